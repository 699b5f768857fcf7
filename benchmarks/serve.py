"""The web desk's overhead: paste to brief shown, against `briefing generate`'s work after start-up.

    .venv/bin/python benchmarks/serve.py             # 30 articles of about 2,000 characters
    .venv/bin/python benchmarks/serve.py --count 10

For each article, in turn:
- desk: `briefing serve` runs as its own process (started once, model loaded); the clock runs from
  the POST of the pasted text to the last byte of the brief's page (the 303 followed);
- generate: `generate_one`, what `briefing generate` runs for one article, timed in a process of
  its own after start-up (model loaded, warmed up like the desk), with the HTML format the desk
  shows (like for like) and with `briefing generate`'s default PDF + DOCX;
- browser (when Debian's chromium and chromium-driver are installed): headless Chromium pastes the
  text and clicks "Make the brief"; its navigation timing gives the time from the submission to the
  brief's page loaded.
The articles are invented (benchmarks/corpus.py), each different, so no cache sees one twice.
Prints a Markdown table and writes benchmarks/serve.json.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(REPO / "tests"))

import httpx  # noqa: E402
from corpus import article  # noqa: E402
from smtp_server import free_port  # noqa: E402

TARGET_CHARS = 2_000
WARM_UP = 3
SENTENCE_END = re.compile(r"[.!?][\"”]?(?=\s)")


def two_thousand(n: int) -> str:
    """An invented article of about 2,000 characters: one wire story followed by others' bodies,
    cut at the sentence end nearest the target."""
    first, *more = (article(3 * n + k, seed=7).rsplit("\n(Reporting", 1)[0] for k in range(3))
    text = "\n\n".join([first, *(m.split("\n\n", 1)[-1] for m in more)])
    end = min((m.end() for m in SENTENCE_END.finditer(text)), key=lambda end: abs(end - TARGET_CHARS))
    return text[:end] + "\n"


TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used (/proc), so a busy machine slows the clock, not this."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def start_desk(port: int) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "briefing.cli", "serve", "--port", str(port)],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    assert process.stderr is not None
    for line in process.stderr:
        if line.startswith("ready: "):
            return process
    raise RuntimeError("briefing serve did not start")


def csrf_of(client: httpx.Client) -> str:
    """The session's CSRF token: one per browser session, so fetched once."""
    found = re.search(r'name="csrf-token" content="([0-9a-f]+)"', client.get("/").text)
    assert found is not None
    return found.group(1)


def time_desk(client: httpx.Client, csrf: str, text: str) -> tuple[float, float]:
    """Seconds from the POST of the pasted text to the brief's page received, and of those the seconds
    the desk spent making the brief (its Server-Timing header)."""
    started = time.perf_counter()
    response = client.post("/brief", data={"csrf": csrf, "text": text}, follow_redirects=True)
    elapsed = time.perf_counter() - started
    assert response.status_code == 200 and 'class="pane brief-pane"' in response.text, response.status_code
    making = re.search(r"dur=([\d.]+)", response.history[0].headers["server-timing"])
    assert making is not None
    return elapsed, float(making.group(1)) / 1000


_PROBE = """
import sys, time
from briefing.pipeline import Options, generate_one
print("ready", flush=True)
for line in sys.stdin:
    path, *formats = line.split()
    started = time.perf_counter()
    generate_one(path, Options(formats=tuple(formats)))
    print(time.perf_counter() - started, flush=True)
"""


class Generate:
    """`generate_one` in a process of its own, as the desk is: the work `briefing generate` does for one
    article after start-up. Timed there, one article at a time, when asked."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", _PROBE], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=REPO
        )
        assert self.process.stdout is not None
        assert self.process.stdout.readline().strip() == "ready"

    def time(self, path: Path, *formats: str) -> float:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(f"{path} {' '.join(formats)}\n")
        self.process.stdin.flush()
        return float(self.process.stdout.readline())

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=20)


def browser_timer(url: str, downloads: Path) -> Any:
    """A function timing paste-to-brief in headless Chromium, or None without the browser."""
    try:
        from selenium.webdriver.common.by import By
        from test_serve_browser import CHROMIUM, DRIVER, start_browser
    except ImportError:
        return None
    if not CHROMIUM or not DRIVER:
        return None
    driver = start_browser(downloads)

    def timed(text: str) -> float:
        driver.get(url + "/")
        area = driver.find_element(By.ID, "text")
        driver.execute_script(
            "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
            area,
            text,
        )
        driver.find_element(By.ID, "make").click()
        while not driver.find_elements(By.CSS_SELECTOR, ".brief-pane .point"):
            time.sleep(0.005)
        # The browser's own clock: from the form's submission to the brief's page loaded (styles
        # applied, script ready to highlight), free of the driver's polling.
        while not driver.execute_script("return performance.getEntriesByType('navigation')[0].loadEventEnd > 0"):
            time.sleep(0.005)
        return float(driver.execute_script("return performance.getEntriesByType('navigation')[0].loadEventEnd")) / 1000

    timed.quit = driver.quit  # type: ignore[attr-defined]
    return timed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=30, help="articles measured (default 30)")
    parser.add_argument("--port", type=int, default=0, help="the desk's port (default: a free one)")
    args = parser.parse_args()

    texts = [two_thousand(n) for n in range(WARM_UP + args.count)]
    rows: dict[str, list[float]] = {
        "desk": [],
        "desk_making": [],
        "generate_html": [],
        "generate_default": [],
        "browser": [],
        "desk_cpu": [],
        "generate_html_cpu": [],
    }
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        port = args.port or free_port()
        server, generate = start_desk(port), Generate()
        url = f"http://127.0.0.1:{port}"
        browser = browser_timer(url, folder / "downloads")
        try:
            with httpx.Client(base_url=url, timeout=120) as client:
                csrf = csrf_of(client)
                for n, text in enumerate(texts):
                    path = folder / f"article-{n}.txt"
                    path.write_text(text, encoding="utf-8")
                    # Turn about, so a load from elsewhere on the machine falls on both alike.
                    for key in ("desk", "generate_html") if n % 2 else ("generate_html", "desk"):
                        pid = server.pid if key == "desk" else generate.process.pid
                        cpu = cpu_seconds(pid)
                        if key == "desk":
                            seconds, making = time_desk(client, csrf, text)
                            if n >= WARM_UP:
                                rows["desk_making"].append(making)
                        else:
                            seconds = generate.time(path, "html")
                        if n >= WARM_UP:
                            rows[key].append(seconds)
                            rows[f"{key}_cpu"].append(cpu_seconds(pid) - cpu)
                    seconds = generate.time(path, "pdf", "docx")
                    if n >= WARM_UP:
                        rows["generate_default"].append(seconds)
                    if browser is not None:
                        # The desk has seen this text: a word changed, so no cache meets it twice.
                        seconds = browser(text.replace("(Reporting", f"(Reported {n}"))
                        if n >= WARM_UP:
                            rows["browser"].append(seconds)
        finally:
            if browser is not None:
                browser.quit()
            server.terminate()
            server.wait(timeout=20)
            generate.close()

    medians = {key: statistics.median(values) for key, values in rows.items() if values and "cpu" not in key}
    result = {
        "articles": args.count,
        "mean_chars": round(statistics.mean(len(t) for t in texts[WARM_UP:])),
        "median_seconds": {k: round(v, 4) for k, v in medians.items()},
        "desk_over_generate_html": round(medians["desk"] / medians["generate_html"] - 1, 4),
        # Article by article (each pair measured back to back), so a load from elsewhere cancels out.
        # CPU the two processes spent, summed over the articles: what a busy machine cannot skew.
        "cpu_seconds": {key: round(sum(rows[f"{key}_cpu"]), 3) for key in ("desk", "generate_html")},
        "desk_over_generate_html_cpu": round(sum(rows["desk_cpu"]) / sum(rows["generate_html_cpu"]) - 1, 4),
        "desk_over_generate_html_paired": round(
            statistics.median(d / g for d, g in zip(rows["desk"], rows["generate_html"], strict=True)) - 1, 4
        ),
    }
    if "browser" in medians:
        result["browser_over_generate_html"] = round(medians["browser"] / medians["generate_html"] - 1, 4)
    (REPO / "benchmarks" / "serve.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"{args.count} invented articles of {result['mean_chars']} characters on average; medians:\n")
    print("| path | median | vs generate (HTML) |\n|---|---|---|")
    labels = {
        "generate_html": "`generate_one`, HTML, after start-up",
        "generate_default": "`generate_one`, PDF + DOCX (the CLI's default)",
        "desk_making": "desk, making the brief (its Server-Timing)",
        "desk": "desk over HTTP: POST paste -> brief page received",
        "browser": "desk in headless Chromium: submit -> brief page loaded",
    }
    for key, label in labels.items():
        if key in medians:
            ratio = medians[key] / medians["generate_html"] - 1
            print(f"| {label} | {medians[key] * 1000:.0f} ms | {ratio:+.1%} |")
    paired = result["desk_over_generate_html_paired"]
    print(f"\nThe desk over `generate_one` (HTML), article by article: {paired:+.1%} (median)")
    cpu = result["cpu_seconds"]
    print(
        f"CPU time over the {args.count} articles: desk process {cpu['desk']:.2f} s, generate process "
        f"{cpu['generate_html']:.2f} s ({result['desk_over_generate_html_cpu']:+.1%})"
    )


if __name__ == "__main__":
    main()
