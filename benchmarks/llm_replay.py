"""Replay the gold annotations through the LLM engine: a check of grounding and merging, not of a model.

    python benchmarks/llm_replay.py serve [--gold ../shared/eval/dev] [--port 8765] [--corrupt drift|invented]
    python benchmarks/llm_replay.py timing [--gold ../shared/eval/dev] [--delay 1.0] [--batch 8] [--jobs 4]

starts an OpenAI-compatible server on 127.0.0.1 (tests/llm_server.py) that answers each article it
is sent with that article's gold annotation turned into a brief: the gold spans as quotes, the gold
sides with their aliases as actors, the required and allowed third parties, the upcoming events with
their gold dates. Then score the engine against it, e.g.

    BRIEFING_LLM_URL=http://127.0.0.1:8765/v1 BRIEFING_LLM_MODEL=gold-replay \\
      python ../shared/eval/score.py --cmd 'briefing generate {input} --published {published} \\
      --engine llm --no-cache --format json --output -'

A perfect engine scores about 1.0; every point lost is grounding or merging dropping what the gold
holds. The gold is read from its folder at run time and never copied into the repository.

`timing` runs `briefing generate --engine llm` against the replay server (each reply held back
`--delay` seconds, as a model would take): one article cold (an empty cache) and cached, then a batch
of `--batch` articles with --jobs 1 and with --jobs N, printing the wall times and the most requests
the server held at once.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from llm_server import LlmServer, Scripted, error, reply

DEFAULT_GOLD = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "dev"
_MARKED = re.compile(r"<(article-[0-9a-f]+)>\n(.*)\n</\1>", re.DOTALL)
_SENTENCE = re.compile(r"[^.!?\n]*[.!?\n]?")


def _sentence_naming(text: str, names: list[str]) -> str | None:
    """The first sentence of the text that holds one of the names as a word, verbatim."""
    for m in _SENTENCE.finditer(text):
        sentence = m.group(0).strip()
        if sentence and any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", sentence) for n in names if n):
            return sentence
    return None


def _in_text(text: str, names: list[str]) -> str | None:
    return next((n for n in names if n and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text)), None)


def gold_brief(gold: dict[str, Any]) -> dict[str, Any]:
    """The brief a perfect model would send for this gold annotation, in the engine's reply shape."""
    text = gold["text"]

    def items(spans: list[str]) -> list[dict[str, Any]]:
        return [{"text": span, "speaker": None, "evidence": [{"quote": span}]} for span in spans]

    sides = [
        {
            "name": side["name"],
            "actors": [a for a in side.get("aliases", []) if a != side["name"]],
            "positions": items(side.get("positions", [])),
            "preconditions": items(side.get("preconditions", [])),
        }
        for side in gold["sides"]
    ]
    third_parties = []
    tps = gold.get("third_parties", {})
    for kind, entries in (("required", tps.get("required", [])), ("allowed", tps.get("allowed", []))):
        for entry in entries:
            names = [entry["name"], *entry.get("aliases", [])]
            sentence = _sentence_naming(text, names)
            if sentence is None:
                continue  # the article never names it: a model could not quote it either
            name = entry["name"] if _in_text(text, [entry["name"]]) else _in_text(text, names)
            role = "party with a clear role" if kind == "required" else "named with a part in the story"
            third_parties.append({"name": name, "role": role, "evidence": [{"quote": sentence}]})
    upcoming = [
        {"date": u.get("date"), "when": "", "event": u.get("event") or u["span"], "evidence": [{"quote": u["span"]}]}
        for u in gold.get("upcoming", [])
    ]
    return {
        "title": gold.get("title") or "Gold replay",
        "summary": "Replay of the gold annotation.",
        "sides": sides,
        "third_parties": third_parties,
        "upcoming": upcoming,
        "background": [],
    }


_STRAIGHTEN = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "—": "-", "–": "-"})
_CURL = str.maketrans({'"': "“", "'": "’"})


def drifted_quote(quote: str) -> str:
    """The quote as a model might copy it: quote marks swapped between straight and curly, dashes
    made hyphens, a space doubled, a comma and a final full stop lost."""
    swapped = quote.translate(_STRAIGHTEN) if any(c in quote for c in "“”‘’—–") else quote.translate(_CURL)
    words = swapped.split(" ")
    if len(words) > 3:
        words[2] = " " + words[2]
    return " ".join(words).replace(",", "", 1).removesuffix(".")


def corrupted(brief: dict[str, Any], how: str, gold: dict[str, Any]) -> dict[str, Any]:
    """The gold brief with typographic drift in every quote ("drift"), or with invented lines added
    ("invented"): a side and a mediator the article never names, an invented quote, a paraphrase, and
    a past event told as upcoming. Grounding should recover the first and drop all of the second."""
    if how == "drift":
        for entry in _entries(brief):
            for evidence in entry["evidence"]:
                evidence["quote"] = drifted_quote(evidence["quote"])
        return brief
    first_sentence = _SENTENCE.match(gold["text"].strip()).group(0).strip()  # type: ignore[union-attr]
    quote = lambda q: [{"quote": q}]  # noqa: E731
    brief["sides"].append(
        {
            "name": "Zorvath Accord Council",
            "actors": ["Ilvane Dross"],
            "preconditions": [],
            "positions": [
                {
                    "text": "Council rejects the deal",
                    "speaker": "Ilvane Dross",
                    "evidence": quote("The council will never accept this deal, Dross said."),
                }
            ],
        }
    )
    if brief["sides"][0]["positions"]:
        original = brief["sides"][0]["positions"][0]["evidence"][0]["quote"]
        paraphrase = "In other words, " + " ".join(reversed(original.split()))
        brief["sides"][0]["positions"].append({"text": "Paraphrase", "speaker": None, "evidence": quote(paraphrase)})
    brief["sides"][0]["positions"].append(
        {
            "text": "Agrees to everything",
            "speaker": None,
            "evidence": quote("they have agreed to every demand without any conditions"),
        }
    )
    brief["third_parties"].append(
        {"name": "Republic of Eldmark", "role": "mediator", "evidence": quote(first_sentence)}
    )
    brief["upcoming"].append({"date": "1999-01", "when": "", "event": "Past talks", "evidence": quote(first_sentence)})
    return brief


def _entries(brief: dict[str, Any]) -> list[dict[str, Any]]:
    items = [i for side in brief["sides"] for i in side["positions"] + side["preconditions"]]
    return items + brief["third_parties"] + brief["upcoming"]


def load_golds(folder: Path) -> dict[str, dict[str, Any]]:
    return {" ".join(g["text"].split()): g for g in (json.loads(p.read_text("utf-8")) for p in folder.glob("*.json"))}


def script_for(golds: dict[str, dict[str, Any]], corrupt: str = "none") -> Any:
    def answer(body: dict[str, Any], number: int) -> Scripted:
        user = body["messages"][-1]["content"]
        m = _MARKED.search(user)
        if m is None:
            return error(400, "no delimited article in the request")
        gold = golds.get(" ".join(m.group(2).split()))
        if gold is None:
            return error(404, "no gold annotation for this article")
        brief = gold_brief(gold)
        return reply(brief if corrupt == "none" else corrupted(brief, corrupt, gold))

    return answer


def script_with_delay(golds: dict[str, dict[str, Any]], delay: float) -> Any:
    answer = script_for(golds)

    def slow(body: dict[str, Any], number: int) -> Scripted:
        time.sleep(delay)
        return answer(body, number)

    return slow


_ENGINE_SECONDS = re.compile(r"llm gold-replay at \S+: ([0-9.]+) s")


def _briefing(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds one `briefing generate -v` run takes, start to exit, and the engine's own (from -v)."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "briefing", "generate", "-v", *args], env=env, capture_output=True, text=True
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"briefing failed: {done.stderr.strip()}")
    engine = _ENGINE_SECONDS.search(done.stderr)
    return seconds, float(engine.group(1)) if engine else float("nan")


def timing(golds: dict[str, dict[str, Any]], delay: float, batch: int, jobs: int) -> None:
    chosen = sorted(golds.values(), key=lambda g: g["id"])[: max(batch, 1)]
    with tempfile.TemporaryDirectory() as tmp, LlmServer(script_with_delay(golds, delay)) as server:
        folder = Path(tmp)
        inbox = folder / "inbox"
        inbox.mkdir()
        for gold in chosen:
            (inbox / f"{gold['id']}.txt").write_text(gold["text"] + "\n", encoding="utf-8")
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("BRIEFING_")},
            "BRIEFING_CONFIG": str(folder / "none.toml"),
            "XDG_CACHE_HOME": str(folder / "cache"),
            "BRIEFING_LLM_URL": server.url,
            "BRIEFING_LLM_MODEL": "gold-replay",
        }
        one = [str(inbox / f"{chosen[0]['id']}.txt"), "--published", chosen[0]["published"], "--engine", "llm"]
        cold, cold_engine = _briefing([*one, "-f", "json", "-o", str(folder / "cold")], env)
        cached, cached_engine = _briefing([*one, "-f", "md", "-o", str(folder / "cached")], env)
        print(
            f"one article, reply held {delay:g} s: cold {cold:.2f} s (engine {cold_engine:.2f} s), "
            f"cached {cached:.2f} s (engine {cached_engine:.2f} s); requests sent: {len(server.requests)}"
        )
        shutil.rmtree(folder / "cache", ignore_errors=True)
        for n in (1, jobs):
            server.most_in_flight = 0
            out = folder / f"batch-{n}"
            seconds, _ = _briefing(
                [str(inbox), "--engine", "llm", "--no-cache", "-f", "json", "-o", str(out), "--jobs", str(n)], env
            )
            print(
                f"batch of {len(chosen)} articles, --jobs {n}: {seconds:.2f} s, "
                f"at most {server.most_in_flight} requests in flight"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=["serve", "timing"])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument(
        "--corrupt",
        choices=["none", "drift", "invented"],
        default="none",
        help="serve the gold with typographic drift, or with invented lines added",
    )
    parser.add_argument("--delay", type=float, default=1.0, help="seconds each reply is held back (timing)")
    parser.add_argument("--batch", type=int, default=8, help="articles in the timed batch")
    parser.add_argument("--jobs", type=int, default=4, help="--jobs of the concurrent batch")
    args = parser.parse_args(argv)
    golds = load_golds(args.gold)
    if args.command == "timing":
        timing(golds, args.delay, args.batch, args.jobs)
        return 0
    with LlmServer(script_for(golds, args.corrupt), port=args.port) as server:
        print(f"replaying {len(golds)} gold briefs at {server.url}", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            return 0


if __name__ == "__main__":
    sys.exit(main())
