"""Byte identity of the briefs across a change that must not change them (a refactor, a move).

    python benchmarks/identity.py OUT [--base DIR] [--gold ../shared/eval/dev] [--llm]

writes every article's brief in `--gold` (the annotated articles, read at run time and never copied
into the repository) to OUT as JSON, PDF, Markdown, text and HTML, through the library's
`build_options` + `generate_one` (what the CLI calls). With `--llm` it also runs the LLM engine over
the gold replay of `llm_replay.py` (plain, and with drifted and invented quotes, so that grounding
drops something), saving each brief's JSON and the run's report. With `--base`, it compares OUT
with an earlier run, file by file, and prints how many differ per format. Make the base before the
change (e.g. from `git archive` of the old commit on `PYTHONPATH`), the second run after it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import filecmp
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

DEFAULT_GOLD = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "dev"
FORMATS = ("json", "pdf", "md", "txt", "html")
CORRUPTIONS = ("none", "drift", "invented")
# What a run report says that changes from run to run: the replay server's port, the wall time.
_VOLATILE = re.compile(r"http://127\.0\.0\.1:\d+|\d+\.\d+ s,")


def load_golds(folder: Path) -> list[dict[str, Any]]:
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.json"))]


def offline_briefs(golds: list[dict[str, Any]], out: Path) -> None:
    from briefing.pipeline import build_options, generate_one

    with tempfile.TemporaryDirectory() as scratch:
        for gold in golds:
            source = Path(scratch) / f"{gold['id']}.txt"
            source.write_text(gold["text"], encoding="utf-8")
            options = build_options(FORMATS, published=dt.date.fromisoformat(gold["published"]))
            for fmt, data in generate_one(source, options).outputs.items():
                (out / f"{gold['id']}.{fmt}").write_bytes(data)


def llm_briefs(golds: list[dict[str, Any]], out: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from llm_replay import script_for
    from llm_server import LlmServer

    from briefing.analysis import AnalysisOptions, analyse
    from briefing.analysis.llm.engine import last_report
    from briefing.analysis.llm.settings import llm_settings
    from briefing.model import Article

    by_text = {" ".join(gold["text"].split()): gold for gold in golds}  # as the replay server finds them
    for corruption in CORRUPTIONS:
        with LlmServer(script_for(by_text, corruption)) as server:
            settings = llm_settings({"url": server.url, "model": "gold-replay"}, "identity", env={})
            for gold in golds:
                article = Article(text=gold["text"], published=dt.date.fromisoformat(gold["published"]))
                brief = analyse(article, AnalysisOptions(engine="llm", llm=settings, cache=False))
                report = last_report()
                said = _VOLATILE.sub("~", report.describe()) if report else ""
                text = json.dumps(brief.to_dict(), ensure_ascii=False, indent=1) + "\n" + said + "\n"
                (out / f"{gold['id']}.{corruption}.llm.json").write_text(text, encoding="utf-8")


def compare(out: Path, base: Path) -> int:
    """How many of the base's files OUT lacks or holds different bytes of, printed per format."""
    files = sorted(path.name for path in base.iterdir())
    different = [f for f in files if not (out / f).is_file() or not filecmp.cmp(base / f, out / f, shallow=False)]
    kinds = Counter(f.split(".", 1)[1] for f in files)
    differing = Counter(f.split(".", 1)[1] for f in different)
    print(f"{len(files)} files compared, {len(different)} differ")
    for kind, count in sorted(kinds.items()):
        print(f"  {kind}: {differing[kind]} of {count} differ")
    for name in different[:20]:
        print(f"  differs: {name}")
    return len(different)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--base", type=Path, help="an earlier run's folder to compare with")
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--llm", action="store_true", help="also the LLM engine over the gold replay")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    golds = load_golds(args.gold)
    offline_briefs(golds, args.out)
    if args.llm:
        llm_briefs(golds, args.out)
    return 1 if args.base is not None and compare(args.out, args.base) else 0


if __name__ == "__main__":
    sys.exit(main())
