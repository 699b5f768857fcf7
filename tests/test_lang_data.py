"""The language data files: each list well formed, with no entry twice and no word in two lists
that contradict each other."""

from __future__ import annotations

import ast
from importlib import resources
from pathlib import Path

import pytest

from briefing.lang import LANGUAGE, word_map, word_rows, word_set

_FOLDER = resources.files("briefing.lang").joinpath(LANGUAGE)
_LISTS = sorted(p.name for p in _FOLDER.iterdir() if p.name.endswith((".txt", ".tsv")))
_GAZETTEER = {"states.txt", "blocs.txt"}
_PROPER_NAMES = _GAZETTEER | {"ambiguous_place_names.txt"}  # names, matched as the text spells them


def _stem(file_name: str) -> str:
    return file_name.rsplit(".", 1)[0]


def test_there_are_word_lists() -> None:
    assert {"reporting_verbs.txt", "stance_verbs.txt", "states.txt"} <= set(_LISTS)


@pytest.mark.parametrize("file_name", _LISTS)
def test_no_entry_twice(file_name: str) -> None:
    rows = word_rows(_stem(file_name))
    keys = [row.split("\t", 1)[0].split("|", 1)[0].strip().lower() for row in rows]
    repeated = sorted({k for k in keys if keys.count(k) > 1})
    assert repeated == [], f"{file_name} lists {repeated} more than once"


@pytest.mark.parametrize("file_name", [n for n in _LISTS if n.endswith(".tsv")])
def test_every_table_row_has_two_columns(file_name: str) -> None:
    for row in word_rows(_stem(file_name)):
        key, _, value = row.partition("\t")
        assert key.strip() and value.strip(), f"{file_name}: {row!r} needs a word, a tab and a label"


@pytest.mark.parametrize("file_name", [n for n in _LISTS if n.endswith(".txt") and n not in _PROPER_NAMES])
def test_word_lists_are_lower_case(file_name: str) -> None:
    # Lists are matched against lemmas and lower-cased text; a capital letter would never match.
    upper = sorted(w for w in word_set(_stem(file_name)) if w != w.lower())
    assert upper == []


@pytest.mark.parametrize("file_name", sorted(_GAZETTEER))
def test_gazetteer_rows_have_their_fields(file_name: str) -> None:
    fields = 4 if file_name == "states.txt" else 5
    for row in word_rows(_stem(file_name)):
        assert row.split("|")[0].strip(), f"{file_name}: {row!r} has no name"
        assert row.count("|") <= fields - 1, f"{file_name}: {row!r} has too many fields"


def test_quoting_verbs_are_not_stances() -> None:
    # "The wire quoted X": the subject of a quoting verb is the reporter, so it can never take a stance.
    assert word_set("quoting_verbs").isdisjoint(word_set("stance_verbs"))


def test_role_labels_are_few() -> None:
    # Many words name one role; the brief shows only the labels, so they must stay a short list.
    assert len(set(word_map("role_words").values())) <= 12


def test_verb_lists_have_one_job_each() -> None:
    # A verb either reports speech, takes a stance, or takes none; a verb in two lists would be
    # counted twice or contradict itself.
    reporting, stance, non_stance = (word_set(n) for n in ("reporting_verbs", "stance_verbs", "non_stance_verbs"))
    assert reporting.isdisjoint(stance)
    assert stance.isdisjoint(non_stance)


# The engine's label sets, shared by every language (a profile maps its pipeline's labels onto them).
_GRAMMAR = sorted(
    p.name for p in resources.files("briefing.lang").joinpath("grammar").iterdir() if p.name.endswith(".txt")
)


@pytest.mark.parametrize("file_name", _GRAMMAR)
def test_grammar_lists_hold_only_labels_the_model_has(file_name: str) -> None:
    """Dependency labels, tags and parts of speech are the engine's scheme, the English model's: a typo
    would never match."""
    from spacy.parts_of_speech import IDS

    from briefing.nlp import load_model

    nlp = load_model()
    known = set(IDS) | {label for name in ("parser", "tagger", "ner") for label in nlp.get_pipe(name).labels}
    unknown = sorted(word_set("grammar/" + _stem(file_name)) - known)
    assert unknown == [], f"grammar/{file_name}: {unknown} are no labels of {nlp.meta['name']}"


def test_the_english_pipeline_needs_no_label_map() -> None:
    """English labels in the engine's own scheme: its maps are empty, so its parse is left as it is."""
    assert dict(word_map("labels")) == {}
    assert dict(word_map("tags")) == {}


# Universal Dependencies' object label, accepted beside "dobj" in two places; no English pipeline
# gives it, and a pipeline labelling in UD maps it onto "dobj" (labels.tsv), so it never matches.
_ACCEPTED_FOREIGN_LABELS = frozenset({"obj"})
_LABEL_ATTRIBUTES = frozenset({"dep_", "tag_", "pos_", "ent_type_", "label_"})


def _labels_compared(source: str) -> list[str]:
    """The string literals a module compares a token's label, tag, part of speech or entity type with
    (`tok.dep_ == "nsubj"`, `c.tag_ in ("VB", "VBP")`)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Compare) and isinstance(node.left, ast.Attribute)):
            continue
        if node.left.attr not in _LABEL_ATTRIBUTES:
            continue
        for other in node.comparators:
            values = other.elts if isinstance(other, ast.Tuple | ast.Set | ast.List) else [other]
            found += [v.value for v in values if isinstance(v, ast.Constant) and isinstance(v.value, str)]
    return found


def test_labels_the_rules_compare_are_the_engines() -> None:
    """The labels named in the analysis code are the engine's vocabulary, the English model's scheme
    (a profile maps its own pipeline's onto it): a typo, or a label of another scheme, would never match."""
    from spacy.parts_of_speech import IDS

    from briefing.nlp import load_model

    nlp = load_model()
    known = set(IDS) | {label for name in ("parser", "tagger", "ner") for label in nlp.get_pipe(name).labels}
    known |= {"ROOT"} | _ACCEPTED_FOREIGN_LABELS
    analysis = Path(__file__).resolve().parents[1] / "briefing" / "analysis"
    compared = {str(path.relative_to(analysis)): _labels_compared(path.read_text()) for path in analysis.rglob("*.py")}
    assert sum(len(labels) for labels in compared.values()) > 500  # the walk finds the comparisons
    unknown = {module: sorted(set(labels) - known) for module, labels in compared.items() if set(labels) - known}
    assert unknown == {}


def test_body_kinds_are_labels_of_the_party_nouns() -> None:
    # The bottom line picks the party nouns by these labels: one that is no label would pick none.
    assert word_set("body_kinds") <= set(word_map("generic_party_nouns").values())
