"""Degenerate text: time per 1,000 characters and peak memory of the parse and the analysis.

    .venv/bin/python benchmarks/bench.py --degenerate     # about 5 minutes

Four families that once took minutes (spaCy's tokenizer is quadratic in a whitespace-free run;
a text with no sentence end is one sentence), and news-like prose of the same length beside them:
each must grow at most linearly, and at 100 KB none may take more than 3x the prose. One fresh
process per family and size, warmed up on another article; sizes under 100,000 characters are
timed over 100,000 characters (several runs, summed), so no figure rests on one short sample.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from corpus import corpus

SIZES = (10_000, 40_000, 100_000, 400_000)
FAMILIES = ("nested brackets", "quote run", "one long word", "one-character lines", "news-like prose")
CHARS_PER_ROW = 100_000
RATIO_SIZE = 100_000
MAX_RATIO = 3.0

_PROBE = """
import datetime as dt, json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from briefing.analysis import analyse
from briefing.model import Article
from briefing.nlp import load_model
load_model()
warm = open(sys.argv[2], encoding="utf-8").read()
analyse(Article(text=warm, published=dt.date(2025, 3, 3)))  # the engine parses, then analyses
loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
text = open(sys.argv[3], encoding="utf-8").read()
runs = int(sys.argv[4])
start = time.perf_counter()
for _ in range(runs):
    analyse(Article(text=text, published=dt.date(2025, 3, 3)))
seconds = (time.perf_counter() - start) / runs
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "peak_mb": peak / 1024, "loaded_mb": loaded / 1024}))
"""


def degenerate_text(family: str, size: int, prose: str) -> str:
    """`size` characters of one family."""
    if family == "nested brackets":
        return "(" * (size // 2) + ")" * (size - size // 2)
    if family == "quote run":
        return '"' * size
    if family == "one long word":  # 300,000 characters in the issue; here as long as the size
        return "a" * size
    if family == "one-character lines":
        return "a\n" * (size // 2)
    return (prose * (size // len(prose) + 1))[:size]


def bench_degenerate(work: Path, repo: Path) -> dict[str, Any]:
    articles = corpus(40, seed=7)
    prose = "\n\n".join(articles)
    warm = work / "warm-up.txt"
    warm.write_text(corpus(1, seed=6)[0], encoding="utf-8")
    rows: dict[str, dict[str, Any]] = {}
    # Size by size, the families one after another: the prose a family is compared with is timed
    # minutes, not an hour, away from it, on a machine whose speed drifts.
    for size in SIZES:
        for family in FAMILIES:
            path = work / f"degenerate-{size}.txt"
            path.write_text(degenerate_text(family, size, prose), encoding="utf-8")
            runs = max(1, CHARS_PER_ROW // size)
            probe = [sys.executable, "-c", _PROBE, str(repo), str(warm), str(path), str(runs)]
            done = subprocess.run(probe, capture_output=True, text=True, check=True)
            row = json.loads(done.stdout.strip().splitlines()[-1])
            row["ms_per_1000_chars"] = row["seconds"] * 1000 / (size / 1000)
            rows[f"{family}|{size}"] = row
            print(
                f"{family:22s} {size:>8,} {row['ms_per_1000_chars']:8.1f} ms/1k {row['peak_mb']:6.0f} MB",
                file=sys.stderr,
            )
    return rows


def degenerate_table(rows: dict[str, dict[str, Any]]) -> str:
    head = "| Text | " + " | ".join(f"{s // 1000} KB" for s in SIZES) + f" | at {RATIO_SIZE // 1000} KB vs prose |"
    lines = [head, "|---|" + "---:|" * (len(SIZES) + 1)]
    prose = rows[f"news-like prose|{RATIO_SIZE}"]["seconds"]
    for family in FAMILIES:
        cells = [
            f"{rows[f'{family}|{s}']['ms_per_1000_chars']:.1f} ms, {rows[f'{family}|{s}']['peak_mb']:.0f} MB"
            for s in SIZES
        ]
        ratio = rows[f"{family}|{RATIO_SIZE}"]["seconds"] / prose
        lines.append(f"| {family} | " + " | ".join(cells) + f" | {ratio:.2f}x |")
    lines.append("")
    lines.append("Each cell: parse and analysis time per 1,000 characters, and the process's peak RSS.")
    worst = max(rows[f"{f}|{RATIO_SIZE}"]["seconds"] / prose for f in FAMILIES if f != "news-like prose")
    verdict = "met" if worst <= MAX_RATIO else "NOT met"
    lines.append(
        f"Worst family at {RATIO_SIZE // 1000} KB: {worst:.2f}x the prose (target <= {MAX_RATIO:g}x: {verdict})."
    )
    return "\n".join(lines)
