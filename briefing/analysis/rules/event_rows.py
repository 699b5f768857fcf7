"""How an upcoming row is put: the end of a thing a relative clause says runs out, one deadline row a day
for one side, and the date's words with what bounds them ('until Friday', 'no earlier than June 22')."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from briefing.analysis.dates import Temporal
from briefing.analysis.doctext import text_of
from briefing.analysis.rules.event_frames import joined
from briefing.lang import active_profile, word_set
from briefing.model import Event


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


_EXPIRING = word_set("expiring_verbs")


def what_runs_out(verb: Token) -> str | None:
    """'the crews' pay agreement, which runs to May 2028', 'a permit that Norland funds and which
    expires in June': a relative clause that says a thing runs out dates the end of that thing ('End of
    the crews' pay agreement'), not a deadline for it nor the clause cut from its noun. None otherwise."""
    if verb.lemma_.lower() not in _EXPIRING or "thing_runs_out" not in active_profile().wording:
        return None
    clause = verb
    while clause.dep_ in ("conj", "relcl") and clause.head.dep_ == "relcl" and clause.head.i != clause.i:
        # "that Norland funds and which expires": the clause the noun holds, however the parse joins the two
        clause = clause.head
    noun = clause.head
    if clause.dep_ != "relcl" or noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in ("DATE", "TIME"):
        return None
    cut = {t.i for c in noun.children if c.dep_ in ("relcl", "acl", "appos", "punct") for t in c.subtree}
    words = [t for t in noun.subtree if t.i not in cut]
    if words[0].lower_ in _INDEFINITE:
        words = words[1:]  # "a permit that ... expires": the permit's end
        thing = "the " + joined(words)
    else:
        thing = joined(words)
    thing = thing if words[0].pos_ == "PROPN" else thing[:1].lower() + thing[1:]
    return _capitalised(active_profile().say("thing_runs_out", thing=thing))


_INDEFINITE = word_set("indefinite_articles")


def one_deadline_a_day(events: list[Event]) -> list[Event]:
    """A headline and its lead that both give one side the same deadline ('gives Valdoria until July 1 to
    drop the levy', then 'gave Valdoria until July 1 to scrap its levy on salmon'): one row, the first.
    Deadlines for others on that day stay."""
    if "deadline_for" not in active_profile().wording:
        return events  # a language that words no deadline rows has none to merge
    opening = _capitalised(active_profile().say("deadline_for", who="")).strip()
    told: dict[str | None, list[str]] = {}
    out = []
    for e in events:
        if not e.event.startswith(opening):
            out.append(e)
            continue
        who = _first_name_run(e.event[len(opening) :])
        if who and who in told.get(e.date, []):
            continue
        told.setdefault(e.date, []).append(who)
        out.append(e)
    return out


def _first_name_run(words: str) -> str:
    """The name a deadline row is for: its first run of capitalised words ('Trade Ministry' of 'the
    Trade Ministry to publish'), whole, so 'Health Ministry' is another party, not the same one."""
    run: list[str] = []
    for word in words.split():
        if word[:1].isupper():
            run.append(word.strip(",.;:"))
        elif run:
            break
    return " ".join(run)


_DATE_QUALIFIERS = word_set("date_qualifier_words")


def when_of(t: Temporal, doc: Doc) -> str:
    """The date's words as the text gives them, with the word that says how the event stands to
    the date: 'until Friday' (it runs to then), 'by Friday' (at the latest), not a bare 'Friday'."""
    words = t.text.strip()
    if not words:
        return ""  # "as soon as the prisoners are freed": no time is named
    before = text_of(doc)[t.sent.start_char : t.start].split()
    bound = _bound_before(before)
    if bound is not None:
        return f"{bound} {words}"  # 'no earlier than June 22': not a day set, a day it cannot come before
    if before and before[-1].lower() in _DATE_QUALIFIERS and words.split()[0].lower() not in _DATE_QUALIFIERS:
        return f"{before[-1]} {words}"
    return words


_BOUND_PHRASES = word_set("date_bound_phrases")


def _bound_before(before: list[str]) -> str | None:
    """The phrase that bounds the date ('no earlier than'), when the words right before it are one,
    an opening quotation mark aside."""
    for n in {len(p.split()) for p in _BOUND_PHRASES}:
        words = [w.strip("\"“”'‘’") for w in before[-n:]]
        if len(words) == n and " ".join(words).lower() in _BOUND_PHRASES:
            return " ".join(words)
    return None
