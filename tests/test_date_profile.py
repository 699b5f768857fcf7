"""The date finder reads its words and patterns from the active language profile, at run time.

A copy of the English profile whose weekdays are given other names (invented for the test) finds
those names and no longer the English ones; an English run in the same process is untouched.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from importlib import resources
from pathlib import Path

import pytest

from briefing import find_dates
from briefing.analysis.doctext import dateline_spans
from briefing.ingest import find_dateline
from briefing.lang import load_profile, speaking

ENGLISH = resources.files("briefing.lang").joinpath("en")
# Seven invented weekday names, Monday first.
OTHER_WEEKDAYS = ("lunday", "marday", "merday", "jeuday", "venday", "samday", "soliday")
PUB = "2026-03-04"  # a Wednesday


@pytest.fixture(scope="module")
def other_weekdays(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("profiles") / "weekdays"
    shutil.copytree(Path(str(ENGLISH)), folder)
    (folder / "weekdays.tsv").write_text(
        "# weekdays\n" + "".join(f"{name}\t{i}\n" for i, name in enumerate(OTHER_WEEKDAYS)), encoding="utf-8"
    )
    patterns = (folder / "date_patterns.tsv").read_text(encoding="utf-8")
    english = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    assert english in patterns
    patterns = patterns.replace(english, "|".join(OTHER_WEEKDAYS))
    (folder / "date_patterns.tsv").write_text(patterns, encoding="utf-8")
    return folder


def test_the_weekday_names_come_from_the_profile(other_weekdays: Path) -> None:
    text = "The ministers meet next marday. The envoys met on Tuesday."
    with speaking(load_profile(str(other_weekdays))):
        found = [(d.words, d.value) for d in find_dates(text, PUB)]
    assert found == [("next marday", "2026-03-10")]
    assert [(d.words, d.value) for d in find_dates(text, PUB)] == [("on Tuesday", "2026-03-03")]


def test_a_profile_without_date_data_finds_no_dates(tmp_path: Path) -> None:
    folder = tmp_path / "bare"
    shutil.copytree(Path(str(ENGLISH)), folder)
    for name in ("date_patterns.tsv", "date_fragments.tsv", "dateline_patterns.tsv", "dateline_dates.tsv"):
        (folder / name).write_text("# none in this language\n", encoding="utf-8")
    text = "CAIRO (Wire) -- The talks resume on March 10, 2026, the envoy said on 2026-03-02."
    with speaking(load_profile(str(folder))):
        assert find_dates(text, PUB) == []
        assert dateline_spans(text) == ()
        assert find_dateline(text) is None
    assert dateline_spans(text) == ((0, 16),)
    assert find_dateline(text) == dt.date(2026, 3, 2)  # the ISO form is tried first


def test_the_english_date_data_has_what_the_finder_reads() -> None:
    english = load_profile("en")
    kinds = [row.split("\t", 1)[0] for row in english.rows("date_patterns")]
    clues = {row.split("\t", 1)[0] for row in english.rows("date_pattern_clues")}
    assert set(kinds) == clues  # every pattern says what a sentence needs for it
    assert all(re.fullmatch(r"[a-z_]+", kind) for kind in kinds)
    assert len(english.table("months")) == 24 and len(english.table("weekdays")) == 7
