"""Replay the gold annotations through the LLM engine: a check of grounding and merging, not of a model.

    python benchmarks/llm_replay.py serve [--gold ../shared/eval/dev] [--port 8765]

starts an OpenAI-compatible server on 127.0.0.1 (tests/llm_server.py) that answers each article it
is sent with that article's gold annotation turned into a brief: the gold spans as quotes, the gold
sides with their aliases as actors, the required and allowed third parties, the upcoming events with
their gold dates. Then score the engine against it, e.g.

    BRIEFING_LLM_URL=http://127.0.0.1:8765/v1 BRIEFING_LLM_MODEL=gold-replay \\
      python ../shared/eval/score.py --cmd 'briefing generate {input} --published {published} \\
      --engine llm --no-cache --format json --output -'

A perfect engine scores about 1.0; every point lost is grounding or merging dropping what the gold
holds. The gold is read from its folder at run time and never copied into the repository.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
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


def load_golds(folder: Path) -> dict[str, dict[str, Any]]:
    return {" ".join(g["text"].split()): g for g in (json.loads(p.read_text("utf-8")) for p in folder.glob("*.json"))}


def script_for(golds: dict[str, dict[str, Any]]) -> Any:
    def answer(body: dict[str, Any], number: int) -> Scripted:
        user = body["messages"][-1]["content"]
        m = _MARKED.search(user)
        if m is None:
            return error(400, "no delimited article in the request")
        gold = golds.get(" ".join(m.group(2).split()))
        if gold is None:
            return error(404, "no gold annotation for this article")
        return reply(gold_brief(gold))

    return answer


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=["serve"])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args(argv)
    golds = load_golds(args.gold)
    with LlmServer(script_for(golds), port=args.port) as server:
        print(f"replaying {len(golds)} gold briefs at {server.url}", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            return 0


if __name__ == "__main__":
    sys.exit(main())
