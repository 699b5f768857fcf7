"""The shortcuts taken for speed give what the slow, obvious code gives.

Each fast path here replaced a library call or a regex that was too slow on long articles or long
briefs; each test compares it with that call on real input (the real model, python-docx reading the
XML back, ReportLab laying the paragraph out afresh).
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.text.paragraph import Paragraph as DocxParagraph
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph
from spacy.tokens import Doc

from briefing.analysis import doctext
from briefing.analysis.dates.patterns import PATTERNS as DATE_PATTERNS
from briefing.analysis.doctext import (
    CaseBlind,
    entities_of,
    lower_lemmas_of,
    lower_words_of,
    noun_chunks_in,
    sentence_at,
    sentence_of,
    sentences_of,
    span_text,
    subtree_ends,
    subtree_extent,
    tagged_in,
    tokens_from,
    tokens_in,
    tokens_of,
    tokens_tagged,
)
from briefing.analysis.feasts import feast_names
from briefing.analysis.rules import analyse_parsed
from briefing.analysis.rules.parties.names import whole_word_occurrences
from briefing.ingest import article_from_bytes
from briefing.nlp import BLOCK_CHARS, SOURCE_TEXT, parse
from briefing.render.docx import _run_xml
from briefing.render.fonts import in_visual_order, needs_shaping
from briefing.render.pdf import _Paragraph

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.fixture(scope="module")
def sample_doc() -> Doc:
    return parse((SAMPLES / "port-strike-talks.txt").read_text(encoding="utf-8"))


def test_span_text_tokens_and_entities_are_spacys(sample_doc: Doc) -> None:
    assert [t.i for t in tokens_of(sample_doc)] == [t.i for t in sample_doc]
    for sent in sample_doc.sents:
        assert span_text(sent) == sent.text
        assert [t.i for t in tokens_in(sent)] == [t.i for t in sent]
    assert [(e.start, e.end, e.label_) for e in entities_of(sample_doc)] == [
        (e.start, e.end, e.label_) for e in sample_doc.ents
    ]


def test_a_words_sentence_is_the_one_spacy_gives(sample_doc: Doc) -> None:
    assert [(s.start, s.end) for s in sentences_of(sample_doc)] == [(s.start, s.end) for s in sample_doc.sents]
    assert len(sentences_of(sample_doc)) > 5
    for tok in sample_doc:
        assert (sentence_of(tok).start, sentence_of(tok).end) == (tok.sent.start, tok.sent.end)
    for ent in sample_doc.ents:
        assert (sentence_at(sample_doc, ent.start).start, sentence_at(sample_doc, ent.start).start_char) == (
            ent.sent.start,
            ent.sent.start_char,
        )


@pytest.mark.parametrize("tags", [("VERB", "AUX"), ("NOUN",), ("NOUN", "PROPN"), ("PROPN",), ("X",)])
def test_the_words_of_a_part_of_speech_are_the_ones_spacy_tags(sample_doc: Doc, tags: tuple[str, ...]) -> None:
    assert [t.i for t in tokens_tagged(sample_doc, *tags)] == [t.i for t in sample_doc if t.pos_ in tags]
    for sent in sample_doc.sents:
        assert [t.i for t in tagged_in(sent, *tags)] == [t.i for t in sent if t.pos_ in tags]
    if tags != ("X",):
        assert tokens_tagged(sample_doc, *tags)


def test_the_words_and_lemmas_read_at_once_are_spacys(monkeypatch: pytest.MonkeyPatch) -> None:
    """Read through a table of every string seen in the process, kept across articles and emptied
    when full: each article still gets its own words."""
    monkeypatch.setattr(doctext, "MAX_KNOWN_STRINGS", 40)
    for extra in (" İstanbul ÅSA Ünïcode MIXED case", " Other WORDS, other Lemmas: ran, went, Seen."):
        doc = parse((SAMPLES / "port-strike-talks.txt").read_text(encoding="utf-8") + extra)
        assert lower_words_of(doc) == [t.lower_ for t in doc]
        assert lower_lemmas_of(doc) == [t.lemma_.lower() for t in doc]
    # The first article filled the table past its limit: the second found it emptied, then added its own.
    assert len(doctext._known_strings[str]) == len({t.lower for t in doc})


def _sample_and_block_parsed_docs() -> list[Doc]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.*")) if path.is_file()]
    long_text = "\n\n".join(texts * (1 + BLOCK_CHARS // sum(map(len, texts))))  # parsed in blocks, joined
    return [parse(text) for text in [*texts, long_text]]


def test_the_words_from_an_offset_are_the_ones_whose_offset_is_in_range(sample_doc: Doc) -> None:
    rng = random.Random(4)
    for sent in sentences_of(sample_doc):
        for _ in range(40):
            start = rng.randrange(sent.start_char - 5, sent.end_char + 5)
            end = rng.choice([None, rng.randrange(start - 3, sent.end_char + 8)])
            wanted = [t.i for t in sent if start <= t.idx and (end is None or t.idx < end)]
            assert [t.i for t in tokens_from(sent, start, end)] == wanted, (start, end)


def test_a_subtrees_ends_are_the_first_and_last_words_spacy_walks() -> None:
    words = 0
    for doc in _sample_and_block_parsed_docs():
        for tok in doc:
            walked = list(tok.subtree)
            first, last = subtree_ends(tok)
            assert (first.i, last.i) == (walked[0].i, walked[-1].i), tok.text
            assert subtree_extent(tok) == (walked[0].idx, walked[-1].idx + len(walked[-1].text))
            words += 1
    assert words > 5000


def test_a_sentences_noun_chunks_are_the_ones_spacy_keeps_for_it(sample_doc: Doc) -> None:
    sentences = list(sample_doc.sents)
    assert sentences
    for sent in sentences:
        assert [(c.start, c.end) for c in noun_chunks_in(sent)] == [(c.start, c.end) for c in sent.noun_chunks]


def test_the_analysis_leaves_no_token_list_on_the_doc(sample_doc: Doc) -> None:
    """Tokens and spans refer back to their Doc: a list of them (or a stage's findings) left in
    `user_data` would keep every parsed article of a batch alive until the cyclic collector ran.
    Only the text the parse kept stays."""
    article = article_from_bytes(sample_doc.text.encode(), published=dt.date(2025, 3, 3))
    analyse_parsed(article, sample_doc)
    assert list(sample_doc.user_data) == [SOURCE_TEXT]


@pytest.mark.parametrize("seed", range(3))
def test_whole_word_occurrences_are_what_the_boundary_regex_finds(seed: int) -> None:
    rng = random.Random(seed)
    alphabet = "ab -_.é1'\u0301\u216b"  # a combining accent and a Roman numeral: word characters too
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30)))
        name = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 4)))
        expected = [m.span() for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text)]
        assert list(whole_word_occurrences(text, name)) == expected, (text, name)
        found += len(expected)
    assert found > 100  # the strings are short enough that names do occur


@pytest.mark.parametrize(
    ("text", "bold", "italic", "style"),
    [
        ("plain words", False, False, None),
        ("  spaces kept at both ends  ", True, False, None),
        ("a\ttab and\na line break\r\nand a pair", False, True, "Hyperlink"),
        ('<markup> & "quotes" stay text', True, True, 'Odd "style" & id'),
    ],
)
def test_a_written_run_reads_back_as_python_docx_would_have_made_it(
    text: str, bold: bool, italic: bool, style: str | None
) -> None:
    p = parse_xml(f"<w:p {nsdecls('w')}>{_run_xml(text, style=style, bold=bold, italic=italic)}</w:p>")
    run = DocxParagraph(p, None).runs[0]
    reference = docx.Document().add_paragraph().add_run(text)
    assert run.text == reference.text
    assert bool(run.bold) == bold and bool(run.italic) == italic
    assert run._r.style == style


def test_a_paragraph_keeps_its_lines_per_width_and_lays_out_as_a_fresh_one() -> None:
    style = getSampleStyleSheet()["BodyText"]
    markup = " ".join(["The negotiators met again on Tuesday and agreed on a timetable."] * 12)
    kept = _Paragraph(markup, style)
    sizes = [kept.wrap(width, 800) for width in (400, 200, 400, 400, 300)]
    assert sizes == [Paragraph(markup, style).wrap(width, 800) for width in (400, 200, 400, 400, 300)]
    # After a split (the paragraph goes on over a page break) both parts lay out afresh.
    first, rest = kept.split(300, 60)
    assert first.wrap(300, 60)[1] <= 60
    assert rest.wrap(300, 800) == Paragraph(markup, style).split(300, 60)[1].wrap(300, 800)


@pytest.mark.parametrize(
    ("text", "shaped"),
    [
        ("Plain English — with a dash and ‘quotes’", False),
        ("Named in Hebrew: \u05e9\u05dc\u05d5\u05dd", True),
        ("Named in Arabic: \u0645\u0631\u062d\u0628\u0627", True),
        ("Named in Hindi: \u0928\u092e\u0938\u094d\u0924\u0947", True),
        ("Greek and Cyrillic: \u03b1\u03b2 \u0434\u0430", False),
    ],
)
def test_shaping_is_asked_for_the_scripts_that_need_it(text: str, shaped: bool) -> None:
    assert needs_shaping(text) is shaped


def test_right_to_left_words_swap_and_left_to_right_text_is_untouched() -> None:
    assert in_visual_order("Plain English — ‘quoted’ é") == "Plain English — ‘quoted’ é"
    assert in_visual_order("said \u05d0\u05d1 \u05d2\u05d3 today") == "said \u05d2\u05d3 \u05d0\u05d1 today"


DATED_PHRASES = [
    "signed on 2025-03-04 in the capital",
    "talks resume March 9, 2026",
    "from 4 of June",
    "in Sept 2025",
    "by the end of this month",
    "within the coming weeks",
    "in two weeks",
    "ten days left before the vote",
    "this morning the envoys met",
    "TOMORROW the strike begins",
    "on Friday the board meets",
    "by the 21st the money is due",
    "an answer is expected shortly",
    "since 2019 the talks have stalled",
    "until mid-August the truce holds",
]


@pytest.mark.parametrize("phrase", DATED_PHRASES)
def test_a_sentence_skipped_as_undated_holds_no_date_any_pattern_finds(phrase: str) -> None:
    """The one search that lets a sentence skip the fifteen date patterns must never skip a date."""
    from briefing.analysis.dates.patterns import PATTERNS as _PATTERNS
    from briefing.analysis.dates.patterns import clues_in as _clues_in
    from briefing.analysis.dates.patterns import maybe_a_date as _maybe_a_date

    found = [kind for kind, pattern in _PATTERNS if kind != "feast" and pattern.search(phrase)]
    assert found, phrase  # each phrase is a date some pattern reads
    assert _maybe_a_date(_clues_in(phrase))


def test_no_undated_sentence_of_the_samples_hides_a_date(sample_doc: Doc) -> None:
    from briefing.analysis.dates.patterns import PATTERNS as _PATTERNS
    from briefing.analysis.dates.patterns import clues_in as _clues_in
    from briefing.analysis.dates.patterns import maybe_a_date as _maybe_a_date

    for sent in sample_doc.sents:
        if not _maybe_a_date(_clues_in(sent.text)):
            assert not [k for k, p in _PATTERNS if k != "feast" and p.search(sent.text)], sent.text


# Date words in odd cases, and two letters regex case folding matches to 's' and 'k'.
SOUP_WORDS = (
    "the on by in of next this coming two 3 21st 2025 May june Sept MARCH Friday weeks days year left from now soon it"
    " ſ K"
)


def test_random_word_soups_never_hide_a_date_from_the_prefilter() -> None:
    from briefing.analysis.dates.patterns import PATTERNS as _PATTERNS
    from briefing.analysis.dates.patterns import clues_in as _clues_in
    from briefing.analysis.dates.patterns import maybe_a_date as _maybe_a_date

    words = SOUP_WORDS.split()
    rng = random.Random(7)
    dated = 0
    for _ in range(4000):
        text = " ".join(rng.choice(words) for _ in range(rng.randrange(1, 8)))
        if [k for k, p in _PATTERNS if k != "feast" and p.search(text)]:
            dated += 1
            assert _maybe_a_date(_clues_in(text)), text
    assert dated > 1000


def samples_and_soups(pieces: list[str], seed: object, count: int, longest: int, joiner: str = "") -> list[str]:
    """The sample articles, then `count` random strings of up to `longest` pieces."""
    rng = random.Random(seed)
    texts = [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.*")) if path.is_file()]
    return texts + [joiner.join(rng.choice(pieces) for _ in range(rng.randrange(1, longest))) for _ in range(count)]


def texts_matched_alike(fast: Callable[[str], list], slow: Callable[[str], list], texts: list[str]) -> int:
    """Asserts that the fast way finds what the slow one finds in each text; the number of texts with a find."""
    found = 0
    for text in texts:
        ours = fast(text)
        assert ours == slow(text), text
        found += bool(ours)
    return found


def spans(pattern: Any) -> Callable[[str], list]:
    return lambda text: [m.span() for m in pattern.finditer(text)]


def test_the_date_prefilter_answers_as_a_case_blind_search_or_lets_the_patterns_decide() -> None:
    """The prefilter tests the lower-cased text for date words: its answer is a case-blind search's,
    except in text with a letter that folds onto an ASCII one ('ſ'), where the patterns are tried."""
    from briefing.analysis.dates.patterns import clues_in as _clues_in
    from briefing.analysis.dates.patterns import maybe_a_date as _maybe_a_date

    case_blind = re.compile(
        r"\d|day|week|month|year|tomorrow|tonight|morning|afternoon|evening|night|soon|shortly|imminently"
        r"|nineteen|two thousand"
        r"|(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)",
        re.IGNORECASE,
    )
    pieces = ["DAY", "Week", "mONTH", "jan", "Jan", "SOON", "ſoon", "\u212aey", "WEEK\u00e9", "talks", "é", "٣", " "]
    texts = samples_and_soups(pieces, 3, 5000, 6)
    answers = [_maybe_a_date(_clues_in(text)) for text in texts]
    folding = [doctext.lowered_for_plain_search(text) is None for text in texts]
    expected = [fold or case_blind.search(text) is not None for text, fold in zip(texts, folding, strict=True)]
    assert answers == expected
    assert 100 < sum(answers) < len(texts) - 100 and sum(folding) > 100


# Whole phrases as well, so that every pattern's shape turns up often in a soup.
DATE_SOUP_EXTRAS = (
    "until|since|early|late|mid-|remaining|away|ten|twelve|1st|August|Jan.|March 3|3 March|2025-03-04"
    "|the end of|weeks left|two days left|12 months away|the 3rd|in the coming weeks"
    "|within 3 weeks|tonight|next week|May 2025|Friday, March 3|Monday May 4|June last year|two years ago|year-ago"
    "|two days later|the day before|last month|1996|fiscal 1989|Last April|In January|nineteen ninety-six"
    "|January nineteen seventy|the year two thousand"
)
LEAD = re.compile(r"^\(\?=\[[^\]]+\]\)")


@pytest.mark.parametrize("kind", [kind for kind, _ in DATE_PATTERNS])
def test_a_date_patterns_leading_letters_never_lose_a_match(kind: str) -> None:
    """Each date pattern opens with the letters its matches start with; without them it must find the
    same matches, on the samples and on word soups in odd cases."""
    pattern = dict(DATE_PATTERNS)[kind]
    led = pattern.blind if isinstance(pattern, CaseBlind) else pattern
    assert LEAD.match(led.pattern), led.pattern
    plain = re.compile(LEAD.sub("", led.pattern), led.flags)
    words = SOUP_WORDS.split() + DATE_SOUP_EXTRAS.split("|") + sorted(feast_names())[:20]
    texts = samples_and_soups(words, kind, 3000, 10, " ")
    assert texts_matched_alike(spans(led), spans(plain), texts) > 50


@pytest.mark.parametrize("kind", [kind for kind, _ in DATE_PATTERNS if kind != "feast"])
def test_a_date_pattern_is_skipped_only_in_sentences_where_it_cannot_match(kind: str) -> None:
    """A sentence is searched with a date pattern only when it holds what the pattern needs (a digit,
    a month's first letters, a unit word): on samples and soups in odd cases and scripts, every text
    the pattern matches passes its test, and some texts are skipped."""
    from briefing.analysis.dates.patterns import PATTERN_NEEDS as _PATTERN_NEEDS
    from briefing.analysis.dates.patterns import clues_in as _clues_in

    pattern = dict(DATE_PATTERNS)[kind]
    pieces = [*SOUP_WORDS.split(), *DATE_SOUP_EXTRAS.split("|"), *CASE_SOUP.split("|"), "the", "-", "20"]
    texts = samples_and_soups(pieces, kind, 4000, 9, " ")
    texts += [text.upper() for text in texts[:800]]
    matched = skipped = 0
    for text in texts:
        passes = _PATTERN_NEEDS[kind](_clues_in(text))
        if pattern.search(text):
            matched += 1
            assert passes, text
        skipped += not passes
    assert matched > 20 and skipped > 100


def test_a_name_loses_its_leading_article_and_possessive_as_the_regexes_took_them() -> None:
    from briefing.analysis.rules.lexicon import normalise_name, without_possessive

    def by_regex(text: str) -> str:
        text = text.replace("’", "'").replace("\u00a0", " ").strip()
        text = re.sub(r"^(?:the)\s+", "", text, flags=re.IGNORECASE)
        text = re.sub(r"'s?$", "", text)
        return " ".join(text.split()).lower().rstrip(".")

    pieces = ["the", "The", "THE", "there", " ", "\t", "\u00a0", "'", "’", "'s", "s", "Norland", "é", ".", "x"]
    texts = samples_and_soups(pieces, 5, 5000, 7)
    assert texts_matched_alike(lambda t: [normalise_name(t)], lambda t: [by_regex(t)], texts) > 1000
    stripped = [text.strip() for text in texts]
    assert [without_possessive(t) for t in stripped] == [re.sub(r"'s?$", "", t) for t in stripped]


def test_hyphened_pairs_are_the_ones_a_pattern_opening_with_its_lookbehind_finds() -> None:
    from briefing.analysis.rules.side_choice import hyphened_pair

    lookbehind_first = re.compile(
        r"(?<![\w.])([A-Z][\w.]+)[-–]([A-Z][\w.]+)"
        r"(?= (?:talks|negotiations|trade|relations|dialogue|summit|deal|agreement|war|conflict|dispute))"
    )
    pieces = ["Norland", "Valdoria", "U.S.", "EU", "x", ".", "-", "–", " ", " talks", " war", "aB", "é", "Ω"]
    pieces += ["Norland-Valdoria", "U.S.–EU", "-Valdoria", "Norland-"]
    texts = samples_and_soups(pieces, 9, 5000, 7)
    assert texts_matched_alike(spans(hyphened_pair()), spans(lookbehind_first), texts) > 100


def _case_blind_patterns() -> dict[str, CaseBlind]:
    from briefing.analysis.dates import patterns as dates
    from briefing.analysis.rules.conditions import markers as conditions

    found = {f"date {kind}": p for kind, p in dates.PATTERNS if isinstance(p, CaseBlind)}
    found["feast named"] = dates.NAMES_A_FEAST
    return found | {"condition marker": conditions.multiword_markers()}


# Case, non-ASCII letters that fold onto ASCII ones ('ſ', the Kelvin sign), accents, other scripts.
CASE_SOUP = (
    "Next|WEEK|monday|FRIDAY|In|Two|Days|LEFT|Soon|ſoon|\u212aey|On Condition That|AS LONG AS|é|٣|3|2025"
    "|“|”|’s|İstanbul|ı|ß|ﬁ|Σ|ς|Ωmega|É"
)


@pytest.mark.parametrize("name", sorted(_case_blind_patterns()))
def test_a_case_blind_pattern_finds_what_a_case_blind_regex_finds(name: str) -> None:
    """`CaseBlind` lower-cases ASCII text for a plain search, then takes each match again on the
    text: the matches, groups included, are those of Python's case-blind search."""
    pattern = _case_blind_patterns()[name]
    feasts = sorted(feast_names())[:10]
    pieces = [*SOUP_WORDS.split(), *DATE_SOUP_EXTRAS.split("|"), *CASE_SOUP.split("|"), " ", ", "]
    pieces += [*feasts, *(f.title() for f in feasts), "the start of"]
    texts = samples_and_soups(pieces, name, 3000, 9, " ")
    texts += [text.upper() for text in texts[:500]]

    def matches(found: Any) -> Callable[[str], list]:
        return lambda text: [(m.span(), m.groups()) for m in found.finditer(text)]

    assert texts_matched_alike(matches(pattern), matches(pattern.blind), texts) > 20


def test_every_letter_that_folds_onto_an_ascii_one_sends_its_text_to_the_case_blind_search() -> None:
    """Outside the listed letters, lower-casing a character gives one character, never an ASCII one,
    and case-blind matching pairs no character with an ASCII letter: the plain search is exact. The
    regex engine's own table of extra case pairs is read to check it."""
    from re import _casefix

    listed = re.compile(f"[{doctext.FOLDS_ONTO_ASCII}]")
    cases = _casefix._EXTRA_CASES.items()
    extra = {chr(c) for a, others in cases for c in (a, *others) if a < 128 or min(others) < 128}
    for code in range(128, 0x110000):
        char = chr(code)
        lower, upper, folded = char.lower(), char.upper(), char.casefold()
        # Case-blind regexes use simple case mapping; full folding ('ß' -> 'ss') is listed to be safe.
        folds = len(lower) != 1 or lower.isascii() or upper.isascii() or folded.isascii() or char in extra
        assert bool(listed.match(char)) == folds, hex(code)
    assert doctext.lowered_for_plain_search("“Talks” É ٣") == "“talks” é ٣"
    assert doctext.lowered_for_plain_search("ſoon") is None


def test_a_case_blind_pattern_must_be_written_in_lower_case() -> None:
    with pytest.raises(ValueError):
        CaseBlind("Monday")
    assert CaseBlind(r"(?P<day>monday)").search("MONDAY").group("day") == "MONDAY"


def test_place_names_tried_by_first_letter_match_as_one_alternation_of_all_names() -> None:
    from briefing.analysis.rules.lexicon import place_pattern, places

    names = sorted({a for p in places() for a in p.all_names() if len(a) > 1}, key=len, reverse=True)
    flat = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w])")
    pieces = [*random.Random(5).sample(names, 60), "the", "x", ".", "-", "’s", " ", "\n", "South", "New", "Guinea"]
    texts = samples_and_soups(pieces, 5, 2000, 14, " ")
    texts += samples_and_soups(pieces, 6, 2000, 14)  # joined without spaces: a letter or dot before a name
    assert texts_matched_alike(spans(place_pattern()), spans(flat), texts) > 1000


def test_condition_markers_tried_by_first_letter_match_as_a_word_bounded_alternation() -> None:
    from briefing.analysis.rules.conditions.markers import STRONG_MARKERS, WEAK_MARKERS, multiword_markers

    phrases = [m for m in sorted(STRONG_MARKERS | WEAK_MARKERS, key=len, reverse=True) if " " in m]
    flat = re.compile(r"\b(?:" + "|".join(map(re.escape, phrases)) + r")\b", re.IGNORECASE)
    pieces = [*phrases, *(p.upper() for p in phrases[:5]), "x", "é", "_", "3", " ", ".", "only", "as"]
    texts = samples_and_soups(pieces, 8, 3000, 8)  # joined without spaces: letters, digits, '_' touch them
    assert texts_matched_alike(spans(multiword_markers()), spans(flat), texts) > 500


@pytest.mark.parametrize(
    ("name", "plus_form"),
    [
        ("_SPACE_BEFORE_PUNCTUATION", r"\s+([,.;:!?%)’])(?=\s|$)"),
        ("_space_before_clitic", r"\s+(’s|'s|’re|'re|n’t|n't)\b"),
    ],
)
def test_a_spacing_pattern_opening_with_one_space_tidies_as_its_plus_form(name: str, plus_form: str) -> None:
    from briefing.analysis.rules.condense import wording as condense

    fast, slow = getattr(condense, name), re.compile(plus_form)
    fast = fast() if callable(fast) else fast  # a pattern built per language
    pieces = [" ", "  ", "\n", "\t", "\u00a0", ",", ".", "%", ")", "’", "’s", "'s", "n't", "word", "x"]
    texts = samples_and_soups(pieces, name, 3000, 10)
    tidied = [fast.sub(r"\1", text) for text in texts]
    assert tidied == [slow.sub(r"\1", text) for text in texts]
    assert sum(a != b for a, b in zip(tidied, texts, strict=True)) > 300


def test_a_role_written_onto_a_name_is_read_as_from_the_cut_out_window() -> None:
    """'Norland-backed': matched in place, up to the window's end, as on the 14 characters cut out."""
    from briefing.analysis.rules.roles import _role_suffix

    pieces = ["-backed", "-led", "-ledger", "-hosted", "x", "-", " ", "é", "Norland", "-mediated talks"]
    texts = samples_and_soups(pieces, 14, 2000, 6)
    read = 0
    for text in texts:
        for end in range(len(text) + 1):
            cut = _role_suffix().match(text[end : end + 14])
            in_place = _role_suffix().match(text, end, end + 14) if text.startswith("-", end) else None
            assert (cut and cut.group(1)) == (in_place and in_place.group(1)), (text, end)
            read += cut is not None
    assert read > 300


def test_a_points_edges_are_trimmed_as_the_edge_regex_trimmed_them() -> None:
    from briefing.analysis.rules.condense.propositions import without_edges

    edge = re.compile(r"^[\s,;:—–\-\"“”'‘’]+|[\s,;:.—–\-\"“”'‘’]+$")
    pieces = [" ", "\n", "\u00a0", ",", ";", ".", "—", "-", '"', "“", "’", "'", "word", "é", "x.y"]
    texts = samples_and_soups(pieces, 12, 4000, 9)
    trimmed = [without_edges(text) for text in texts]
    assert trimmed == [edge.sub("", text) for text in texts]
    assert sum(a != b for a, b in zip(trimmed, texts, strict=True)) > 1000


def test_both_sides_are_found_where_the_case_blind_regex_finds_them() -> None:
    from briefing.analysis.rules.attribution.statements import _both, _both_sides

    pieces = ["both", "Both", "BOTH", "the two", "The Two", "sides", "Leaders", "each", "other", "each other"]
    pieces += ["x", " ", "é", "ſ", "\u212a"]
    texts = samples_and_soups(pieces, 13, 4000, 7)
    found = [(_both_sides(text), _both_sides(text, at_start=True)) for text in texts]
    assert found == [(bool(_both().search(text)), bool(_both().match(text))) for text in texts]
    assert sum(any_place for any_place, _ in found) > 50


def test_a_statement_has_enough_letters_exactly_when_it_counts_that_many() -> None:
    from briefing.analysis.rules.positions import MIN_STATEMENT_LETTERS, _has_letters

    texts = samples_and_soups(["a", "é", "Ω", "1", "٣", " ", ".", "—"], 3, 3000, 30)
    for count in (0, 1, MIN_STATEMENT_LETTERS):
        assert [_has_letters(t, count) for t in texts] == [sum(map(str.isalpha, t)) >= count for t in texts]


def test_datelines_tried_at_line_starts_are_the_ones_finditer_finds() -> None:
    from briefing.analysis.doctext import DATELINE, dateline_spans

    pieces = ["WASHINGTON", "PORT ARLEN", " (Wire)", ", March 3", " — ", " - ", "--", "\n", "\n\n", "The union said"]
    pieces += ["**", "LONDON, 2 May (AP)", "  ", "\t", "Ms", "–", "a", "B."]
    texts = [*samples_and_soups(pieces, 1, 5000, 12), "x" * 1990 + "\nPARIS — talks", "\n" * 2001 + "PARIS — late"]

    def finditer(text: str) -> list:
        return [m.span() for m in DATELINE.finditer(text[:2000])]

    assert texts_matched_alike(lambda text: list(dateline_spans(text)), finditer, texts) > 500


def test_quotes_found_after_the_opening_mark_lookahead_are_the_same() -> None:
    from briefing.analysis.rules.attribution.quotes import _QUOTE_RE

    lead = _QUOTE_RE.pattern[: _QUOTE_RE.pattern.index("(?:") + 3]
    assert lead.startswith("(?=[“") and _QUOTE_RE.pattern.endswith(")")
    plain = re.compile(_QUOTE_RE.pattern[len(lead) : -1], _QUOTE_RE.flags)
    pieces = ["“", "”", '"', "‘", "’", "'", "we will not sign", "said", " ", "(", "—", "-", "\n", "x", "talks go on"]
    texts = samples_and_soups(pieces, 9, 5000, 14)
    assert texts_matched_alike(spans(_QUOTE_RE), spans(plain), texts) > 400


@pytest.mark.parametrize("kind", ["year", "month"])
def test_a_year_or_month_read_with_the_word_before_it_is_what_one_whole_pattern_finds(kind: str) -> None:
    """The finder searches for the year or the month alone and reads the word before it backwards
    ("in", "fiscal", "post-", "Last"); on samples and soups in odd cases it finds what one pattern
    with the word in front finds, groups included."""
    from briefing.analysis.dates.finder import _with_lead_in
    from briefing.analysis.dates.patterns import LEAD_INS

    seed, whole = dict(DATE_PATTERNS)[kind], LEAD_INS[kind][1]
    pieces = [*SOUP_WORDS.split(), *DATE_SOUP_EXTRAS.split("|"), "post-", "mid-", "-", "fiscal", "IN", "Last", "by"]
    texts = samples_and_soups(pieces, kind, 3000, 9, " ") + samples_and_soups(pieces, kind, 1000, 9)

    def led(text: str) -> list:
        found = (_with_lead_in(kind, m, text) for m in seed.finditer(text))
        return [(m.span(), m.groups()) for m in found if m is not None]

    def one_pattern(text: str) -> list:
        return [(m.span(), m.groups()) for m in whole.finditer(text)]

    assert texts_matched_alike(led, one_pattern, texts) > 100


@pytest.mark.parametrize("seed", range(3))
def test_an_offset_is_in_merged_ranges_where_it_is_in_any_of_them(seed: int) -> None:
    """The acts stage tests each verb against the article's quotes and reported statements merged
    once; overlapping, touching, nested and empty ranges answer as a test against every range."""
    from briefing.analysis.rules.attribution.acts import _Covered

    rng = random.Random(seed)
    for _ in range(500):
        ranges = [(rng.randint(0, 120), rng.randint(0, 120)) for _ in range(rng.randint(0, 8))]
        covered = _Covered(ranges)
        assert [x in covered for x in range(-2, 125)] == [any(s <= x < e for s, e in ranges) for x in range(-2, 125)]
