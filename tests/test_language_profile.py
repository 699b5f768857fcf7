"""A second language: a profile folder beside (or outside) `briefing/lang/en/`, chosen at run time.

The toy language here is ours. It has its own few words: one verb that reports speech, one of plain
action, two states, one condition marker, its own wording of the bottom line; every other list is
empty. It has its own pipeline too: the English model with one step added at its end that writes
every dependency label and tag in a toy scheme ("T.NSUBJ", "T.VBD"), and its profile maps that
scheme back onto the engine's labels (`labels.tsv`, `tags.tsv`), as a language whose pipeline labels another way would.
The brief must follow the toy's words, not English's, and an English analysis in the same process
must be untouched.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from importlib import resources
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from briefing.analysis import AnalysisOptions, analyse
from briefing.errors import UsageProblem
from briefing.lang import load_profile, per_language, relabel, speaking, word_map, word_set
from briefing.model import Article
from briefing.nlp import parse
from briefing.pipeline import Options, generate_one

ENGLISH = resources.files("briefing.lang").joinpath("en")

TOY_LISTS = {
    "reporting_verbs.txt": "# verbs that report speech\nproclaim\n",
    "states.txt": "# states: name|other names|demonyms|seats\nBorduria|||Szohod\nSyldavia||Syldavian|Klow\n",
    "condition_markers.tsv": "# markers of a condition\nonly if\tstrong\n",
    "pronouns.tsv": "# person number gender forms\nwe\t1 pl - subject\nhe\t3 sg m subject\n",
    "deal_words.txt": "# talks words\ntalks\n",
    "non_stance_verbs.txt": "# plain acts\nhold\n",
}
TOY_PROFILE = """name = "Toy"
models = ["{model}"]

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


TOY_SCHEME = "T."  # the toy pipeline's labels: "nsubj" is "T.NSUBJ", the tag "VBD" is "T.VBD"


def _toy_label(label: str) -> str:
    return TOY_SCHEME + label.upper() if label else label


@Language.component("toy_label_scheme")
def toy_label_scheme(doc: Doc) -> Doc:
    """The toy pipeline's last step: every label and tag rewritten in the toy scheme."""
    for token in doc:
        token.dep_, token.tag_ = _toy_label(token.dep_), _toy_label(token.tag_)
    return doc


def make_toy_pipeline(folder: Path) -> tuple[Path, dict[str, str], dict[str, str]]:
    """The English model with the toy scheme's step at its end, saved as a pipeline of its own; and
    the maps from the toy's labels and tags back to the model's (the engine's)."""
    english = next(name for name in load_profile("en").models if spacy.util.is_package(name))
    nlp = spacy.load(english)
    nlp.add_pipe("toy_label_scheme", last=True)
    nlp.to_disk(folder)
    deps = {_toy_label(label): label for label in nlp.get_pipe("parser").labels} | {"T.ROOT": "ROOT"}
    tags = {_toy_label(label): label for label in nlp.get_pipe("tagger").labels}
    return folder, deps, tags


def make_toy_profile(folder: Path, pipeline: Path, deps: dict[str, str], tags: dict[str, str]) -> Path:
    """Every list the English profile has, empty unless the toy gives it a few words, and the maps
    from its pipeline's labels onto the engine's."""
    folder.mkdir()
    for entry in ENGLISH.iterdir():
        if entry.name.endswith((".txt", ".tsv")):
            (folder / entry.name).write_text("# empty in the toy language\n", encoding="utf-8")
    for name, text in TOY_LISTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    for name, table in (("labels.tsv", deps), ("tags.tsv", tags)):
        rows = "".join(f"{toy}\t{engine}\n" for toy, engine in table.items())
        (folder / name).write_text(f"# the toy scheme, tab, the engine's label\n{rows}", encoding="utf-8")
    (folder / "profile.toml").write_text(TOY_PROFILE.replace("{model}", str(pipeline)), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def toy_pipeline(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str], dict[str, str]]:
    return make_toy_pipeline(tmp_path_factory.mktemp("pipelines") / "toy")


@pytest.fixture(scope="module")
def toy(tmp_path_factory: pytest.TempPathFactory, toy_pipeline: tuple[Path, dict[str, str], dict[str, str]]) -> Path:
    return make_toy_profile(tmp_path_factory.mktemp("profiles") / "toy", *toy_pipeline)


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


def test_the_parse_stage_maps_the_toy_pipelines_labels_onto_the_engines(toy: Path) -> None:
    profile = load_profile(str(toy))
    doc = parse(ARTICLE, profile.models)
    assert {t.dep_ for t in doc} >= {"T.NSUBJ", "T.ROOT"} and "T.VBD" in {t.tag_ for t in doc}  # the toy's own scheme
    english = parse(ARTICLE, load_profile("en").models)
    relabel(doc, profile)
    assert [(t.dep_, t.tag_) for t in doc] == [(t.dep_, t.tag_) for t in english]
    relabel(doc, profile)  # a Doc analysed again is mapped once
    assert [t.dep_ for t in doc] == [t.dep_ for t in english]


def test_without_its_label_maps_the_toy_pipeline_gives_the_rules_nothing_they_read(
    toy: Path, tmp_path: Path, toy_pipeline: tuple[Path, dict[str, str], dict[str, str]]
) -> None:
    """The same toy with empty maps: the rules find no condition and no side speaks; with the maps
    (the first test) Borduria's precondition is there."""
    unmapped = make_toy_profile(tmp_path / "unmapped", toy_pipeline[0], {}, {})
    brief = analyse(Article(text=ARTICLE, published=dt.date(2026, 3, 9)), AnalysisOptions(language=str(unmapped)))
    assert all(side.preconditions == [] for side in brief.sides)


def test_the_rules_patterns_are_built_from_the_active_profiles_words(toy: Path) -> None:
    """The regexes of the rules come from the profile's lists: the toy has no 'both' or 'between' words,
    and an empty list matches nothing (an empty alternation would match everywhere)."""
    from briefing.analysis.rules.attribution.statements import _both_sides
    from briefing.analysis.rules.roles import _role_suffix
    from briefing.analysis.rules.side_choice import hyphened_pair

    text = "both sides met; the Norland-Valdoria talks and a Norland-brokered truce"
    assert _both_sides(text) and hyphened_pair().search(text) and _role_suffix().search(text)
    with speaking(load_profile(str(toy))):
        assert not _both_sides(text) and not _both_sides("x y")
        assert hyphened_pair().search(text) is None and _role_suffix().search(text) is None
    assert load_profile("en").alternation("both_openers") == "both|the\\ two"
    assert load_profile(str(toy)).alternation("both_openers") == "(?!)"


def test_the_lists_read_the_profile_each_thread_speaks_at_every_lookup(toy: Path) -> None:
    """A list keeps the words of the profile it was last read under (the lookups run hundreds of
    thousands of times in a long article). Two threads speaking different languages at once still
    read their own words at every lookup, and outside an analysis the lists are English's."""
    verbs, pronouns = word_set("reporting_verbs"), word_map("pronouns")
    either = verbs | {"zzz"}
    count = per_language(lambda profile: len(profile.words("reporting_verbs")))
    english, toy_language = load_profile("en"), load_profile(str(toy))
    start, wrong = threading.Barrier(2), []

    def read(profile: object, says: str, not_says: str) -> None:
        english_here = profile is english
        with speaking(profile):  # type: ignore[arg-type]
            start.wait()
            for _ in range(20_000):
                if says not in verbs or not_says in verbs or says not in either or not_says in either:
                    wrong.append(says)
                if ("she" in pronouns) != english_here or (count() > 1) != english_here:
                    wrong.append(says)

    threads = [
        threading.Thread(target=read, args=(english, "say", "proclaim")),
        threading.Thread(target=read, args=(toy_language, "proclaim", "say")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert wrong == []
    assert "say" in verbs and "proclaim" not in verbs and count() > 1


def test_a_list_made_of_lists_inside_an_analysis_still_follows_the_language(toy: Path) -> None:
    """A set a rule makes from a list while an analysis runs ('marks & QUESTION_MARKS') holds the
    active profile's words at once, and stays a view: read under another profile, it gives that one's."""
    verbs = word_set("reporting_verbs")
    with speaking(load_profile("en")):
        both = {"say", "proclaim"} & verbs
        neither = {"say", "proclaim"} - verbs
        assert set(both) == {"say"} and "proclaim" in neither and "say" not in neither
    with speaking(load_profile(str(toy))):
        assert set(both) == {"proclaim"} and "say" in neither and len(both) == 1
    assert both.label == "reporting_verbs & {...}" and neither.label == "{...} - reporting_verbs"


def test_a_lists_plain_words_are_the_active_languages(toy: Path) -> None:
    """`now()` gives the words a loop tests one after another: the active profile's, read again
    under another profile, and a list made of lists gives the combined words."""
    verbs = word_set("reporting_verbs")
    either = verbs | {"zzz"}
    with speaking(load_profile("en")):
        assert "say" in verbs.now() and "proclaim" not in verbs.now() and isinstance(verbs.now(), frozenset)
        assert "zzz" in either.now() and "say" in either.now()
    with speaking(load_profile(str(toy))):
        assert "proclaim" in verbs.now() and "say" not in verbs.now()
        assert either.now() == verbs.now() | {"zzz"}
    assert verbs.now() == frozenset(verbs)
