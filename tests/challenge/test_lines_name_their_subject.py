"""Lines that name what they are about (issue #25, class 3; invented cases).

A line is read away from the sentences before it. One whose subject points back to them ('they will
not listen', 'this includes a pay rise') names nothing: "Valdoria says they will not listen" leaves
the reader asking who. It is left out, never shown with a subject only the article can resolve; an
editor's bracket that names the pronoun ('they [the envoys]') is used instead. A judgement of what was
just told ('this is a costly delay') and an empty "it" ('it is time to sign') still read as the side's
stance. A line that lost its subject ('Included a rise in pay') is never shown. And what a side says
to "you" (its staff, a crowd) never reaches the brief as "you": the reader of a brief is not the one
addressed.
"""

from __future__ import annotations

from briefing.analysis.rules.condense.subjects import said_by
from briefing.analysis.rules.types import Party, Statement
from briefing.nlp import load_model
from tests.challenge import points_of

_OPENING = "Norland and Valdoria remained far apart on Tuesday over the fishing accord. "


def _valdoria(*sentences: str) -> list[str]:
    text = _OPENING + "Norland offered to cut the quotas by a tenth. " + " ".join(sentences)
    return points_of(text + " Valdoria said it wanted a deal.", "Valdoria")


def test_a_subject_pointing_back_never_stands_in_a_line() -> None:
    points = _valdoria("“They will not listen to our fleets at all,” Valdoria's fisheries minister Tor Ek said.")
    assert not any("they will not listen" in p.lower() for p in points), points


def test_a_judgement_and_an_empty_it_still_read_as_the_sides_stance() -> None:
    points = _valdoria(
        "“This is a costly delay for our fleets,” Valdoria's fisheries minister Tor Ek said. "
        "“It is time to sign the accord,” Ek added."
    )
    assert any("this is a costly delay" in p.lower() for p in points), points
    assert any("it is time to sign" in p.lower() for p in points), points


def test_an_editors_bracket_names_the_pronoun() -> None:
    points = _valdoria("“They [Norland's envoys] have not called us since May,” Valdoria's minister Tor Ek said.")
    assert any(p.startswith("Norland's envoys have not called") for p in points), points


def test_a_line_that_lost_its_subject_is_never_shown() -> None:
    text = (
        "Harborline and the Dockers union failed to agree on Tuesday. Harborline put fresh terms to the union "
        "on Monday. That included a rise in base pay and pensions, the firm said. The union said it would strike."
    )
    points = points_of(text, "")  # every side's: the model may name the company 'company'
    assert not any(p.lower().startswith("included") for p in points), points
    assert not any("says that included" in p for p in points), points


_LETTER = (
    "The Dockers union and Harborline remained far apart on Tuesday. In a note to its crews, Harborline chief "
    'Ana Ruiz wrote: "We write to assure you that our team keeps talking in good faith and has put a better '
    "offer to the union. We are making headway on the issues that we believe matter most to you. Our fleet "
    'is our strength, and that is thanks to you." The Dockers union said it would strike on Friday.'
)


def test_what_a_side_tells_you_is_its_point_without_the_address() -> None:
    points = points_of(_LETTER, "Harborline")
    assert not any(" you" in f" {p.lower()}" for p in points), points
    assert any(p.startswith("Harborline’s team keeps talking in good faith") for p in points), points
    assert any(p.endswith("its strength") for p in points), points


def test_a_clause_that_says_which_keeps_all_but_the_you() -> None:
    """The positive control: 'the issues' alone names none, so only 'to you' goes, not the clause."""
    points = points_of(_LETTER, "Harborline")
    assert any("headway on the issues that" in p and "matter most" in p for p in points), points


def test_we_after_a_plural_speaker_is_they() -> None:
    text = (
        "Some 9,000 dock workers could walk out on Friday as talks between Norport Logistics and the Dockers "
        'Union stalled over the weekend. "No deal can be reached until Norport stops bargaining in bad faith," '
        'union official Mia Holm said. In a written note on Sunday, Norport officials said they "remain hopeful '
        'that we can settle and avoid a needless walkout."'
    )
    points = points_of(text, "Norport")
    assert not any("hopeful that it can" in p for p in points), points
    assert any("officials remain hopeful that they can settle" in p for p in points), points


_LEAGUE = "Valdoria and the Norland League are at odds over the fishing accord. "


def test_a_wanted_small_clause_keeps_who_wants_it() -> None:
    """'(fishing groups want) the vote on it delayed until the autumn' has no verb a reader can take."""
    text = (
        _LEAGUE + "Valdoria hopes to sign the accord this spring, but fishing groups including the Norland League "
        "want the vote on it delayed until the autumn. Valdoria said it wanted a deal."
    )
    points = points_of(text, "League")
    assert not any(p.startswith("The vote on it delayed") for p in points), points
    assert any("wants the vote on it delayed until the autumn" in p for p in points), points


def test_a_reported_past_clause_is_no_small_clause() -> None:
    """The positive control: 'said the round collapsed' is what was said, with no one added to it."""
    text = (
        _LEAGUE + "League chief Ivo Berg said the earlier round collapsed in May over the quotas. "
        "Valdoria said it wanted a deal."
    )
    points = points_of(text, "League")
    assert any(p.startswith("The earlier round collapsed in May") for p in points), points


# --- the line's first word is the line's own, not one spelled alike before it ---------------------------
def _said_by(sentence: str, line: str) -> str:
    """`said_by` on a statement whose content is `line`, made of the sentence's own tokens."""
    sent = next(iter(load_model()(sentence).sents))
    start = sentence.index(line)
    content = (start, start + len(line))
    statement = Statement(sent, Party("Harborline", "company"), None, None, content, reported=True)
    words = [t for t in sent if content[0] <= t.idx < content[1]]
    return said_by(statement, line[:1].upper() + line[1:], words)


def test_an_empty_it_after_a_speakers_it_still_says_who_says_it() -> None:
    # the speaker's 'It' (subject of 'said') points back; the line's own 'it' is the empty one of 'time to act'
    assert _said_by("It said it was time to act on the fares.", "it was time to act on the fares") == (
        "Harborline says it was time to act on the fares"
    )


def test_a_line_whose_own_subject_points_back_is_still_left_out() -> None:
    assert _said_by("They said they would not listen to the guild.", "they would not listen to the guild") == ""
