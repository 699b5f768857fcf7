"""Grounding: the model's reply becomes a `Brief` holding only what the article says.

Every quote is located in the article (`locate.py`); offsets and the words shown are the article's.
An item with no located quote is dropped; a side or third party the article never names is
dropped with its items (`names.py`); an "upcoming" event dated before publication is dropped
(`dating.py`). Lines the model wrote itself (an item's point, a role, the summary) are kept only
when every name in them is one the article uses. Each drop is counted by its reason, for `-v`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from briefing.analysis.firmness import judged
from briefing.analysis.grounding import clip_texts, ungrounded
from briefing.analysis.llm.dating import before, dates_ahead, valid_iso
from briefing.analysis.llm.locate import ArticleText, Located, fold
from briefing.analysis.llm.names import NameIndex
from briefing.model import MAX_QUOTE_CHARS, Article, Brief, Event, Evidence, Item, Side, Source, ThirdParty

# Sentences of an article written to a language model rather than to a reader. Quotes inside them
# support nothing, and names found only there name nothing: an article cannot vouch for itself.
# The pattern asks for the words such an instruction is made of ("ignore all previous instructions",
# "you are now an assistant", "new instructions:"), not for "ignore" or "rules" alone, which news
# about a dispute uses ("accused of ignoring the rules of the truce").
INSTRUCTION = re.compile(
    r"\b(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+|the\s+|of\s+)*(?:your\s+|my\s+)?(?:previous|"
    r"prior|above|earlier|preceding|your|these|those|system|other)\s+(?:instructions?|prompts?|rules|guidelines|"
    r"directions)\b"
    r"|\byou are (?:now )?(?:an? )?(?:ai|assistant|chatbot|llm|language model)\b"
    r"|\b(?:reveal|print|repeat|output) (?:your|the) (?:system )?prompt\b"
    r"|\bnew instructions?\s*:",
    re.IGNORECASE,
)

# Reasons a line is dropped or changed, as counted and shown with -v.
NOT_FOUND = "quote not found in the article"
IN_INSTRUCTION = "quote inside an instruction in the article"
TOO_LONG = f"quote over {MAX_QUOTE_CHARS} characters"
NO_QUOTE = "item with no located quote"
UNNAMED_SIDE = "side the article never names"
OF_DROPPED_SIDE = "item of a dropped side"
UNNAMED_THIRD = "third party the article never names"
THIRD_IS_SIDE = "third party that is a side"
UNNAMED_ACTOR = "actor the article never names"
UNNAMED_SPEAKER = "speaker the article never names (cleared)"
UNKNOWN_NAME_TEXT = "point naming a name or figure the article does not (quote shown instead)"
UNKNOWN_NAME_ROLE = "role naming a name or figure the article does not (quote shown instead)"
UNKNOWN_NAME_SUMMARY = "summary sentence naming a name or figure the article does not"
PAST_UPCOMING = "upcoming event dated before publication"
BAD_DATE = "date not a calendar date in ISO form (cleared)"
DATE_NOT_QUOTED = "date the quote's own date words contradict (the quote's date kept)"
DUPLICATE = "duplicate item"

Read = list[tuple[str, str]]  # (words, ISO date) of each date expression in a quote, read ahead

_SUMMARY_SENTENCE = re.compile(r"[^.!?]+[.!?]*")


@dataclass
class Grounding:
    """What grounding kept and dropped, for -v."""

    quotes: Counter[str] = field(default_factory=Counter)  # located quotes by how: exact, normalised, fuzzy
    drops: Counter[str] = field(default_factory=Counter)

    def describe(self) -> str:
        kept = sum(self.quotes.values())
        how = ", ".join(f"{n} {k}" for k, n in sorted(self.quotes.items())) or "none"
        dropped = "; ".join(f"{n} {reason}" for reason, n in sorted(self.drops.items())) or "nothing"
        return f"grounding: {kept} quotes located ({how}); dropped: {dropped}"


def ground(reply: dict[str, Any], article: Article) -> tuple[Brief, Grounding]:
    """The brief the reply supports, and what was dropped on the way."""
    return _Grounder(article).brief(reply)


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _dict_items(value: Any) -> list[dict[str, Any]]:
    return [v for v in _list(value) if isinstance(v, dict)]


def _quotes_given(raw: Any) -> list[str]:
    """The quotes of an evidence field: a list of {"quote": ...} or of strings, or one quote given
    bare, not listed; empty ones left out."""
    entries = raw if isinstance(raw, list) else [raw] if raw else []
    quotes = (entry.get("quote") if isinstance(entry, dict) else entry for entry in entries)
    return [quote for quote in quotes if isinstance(quote, str) and quote.strip()]


def _text(value: Any) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


class _Grounder:
    def __init__(self, article: Article) -> None:
        self.article = article
        self.at = ArticleText(article.text)
        self.blocked = [(s, e) for s, e in self.at.sentences if INSTRUCTION.search(article.text[s:e])]
        readable = list(article.text)
        for s, e in self.blocked:
            readable[s:e] = " " * (e - s)
        # The headline is the article's words too: a party it names is named.
        self.names = NameIndex("".join(readable) + "\n" + (article.title or ""))
        self.report = Grounding()

    def brief(self, reply: dict[str, Any]) -> tuple[Brief, Grounding]:
        sides = [s for s in (self._side(raw) for raw in _dict_items(reply.get("sides"))) if s is not None]
        sides = _merged_sides(sides)
        article = self.article
        brief = Brief(
            title=article.title or self._title(_text(reply.get("title")), sides),
            source=Source.of(article),
            summary="",
            sides=sides,
            third_parties=self._third_parties(_dict_items(reply.get("third_parties")), sides),
            upcoming=self._events(_dict_items(reply.get("upcoming")), upcoming=True),
            background=self._events(_dict_items(reply.get("background")), upcoming=False),
        )
        brief.summary = self._summary(_text(reply.get("summary")), brief)
        return _clipped(brief, self.article.text), self.report

    # --- evidence -------------------------------------------------------------------------------

    def _evidence(self, raw: Any) -> list[Evidence]:
        found: list[Evidence] = []
        for quote in _quotes_given(raw):
            spans = self.at.locate_all(quote)
            if not spans:
                self.report.drops[NOT_FOUND] += 1
            for located in filter(self._may_cite, spans):
                evidence = Evidence(self.article.text[located.start : located.end], located.start, located.end)
                if evidence not in found:
                    found.append(evidence)
                    self.report.quotes[located.how] += 1
        return found

    def _may_cite(self, located: Located) -> bool:
        """A located quote outside the prompt's instructions and within the length a quote may have."""
        if any(s < located.end and located.start < e for s, e in self.blocked):
            self.report.drops[IN_INSTRUCTION] += 1
            return False
        if located.end - located.start > MAX_QUOTE_CHARS:
            self.report.drops[TOO_LONG] += 1
            return False
        return True

    def _quotes(self, evidence: list[Evidence]) -> list[str]:
        return [e.quote for e in evidence]

    # --- sides and items ----------------------------------------------------------------------

    def _side(self, raw: dict[str, Any]) -> Side | None:
        name = _text(raw.get("name"))
        positions = self._items(raw.get("positions"))
        preconditions = self._items(raw.get("preconditions"))
        quotes = [q for item in positions + preconditions for q in self._quotes(item.evidence)]
        actors = self._actors(raw.get("actors"), name, quotes)
        if not name or not (self.names.names(name, quotes) or actors):
            self.report.drops[UNNAMED_SIDE] += 1
            if positions or preconditions:
                self.report.drops[OF_DROPPED_SIDE] += len(positions) + len(preconditions)
            return None
        return Side(name, actors=actors, positions=positions, preconditions=preconditions)

    def _actors(self, raw: Any, name: str, quotes: list[str]) -> list[str]:
        """The side's actors the article (or the side's own quotes) names, each once."""
        actors: list[str] = []
        for actor in (_text(a) for a in _list(raw)):
            if not actor or actor in actors or actor == name:
                continue
            if self.names.names(actor, quotes):
                actors.append(actor)
            else:
                self.report.drops[UNNAMED_ACTOR] += 1
        return actors

    def _items(self, raw: Any) -> list[Item]:
        items: list[Item] = []
        for entry in _dict_items(raw):
            evidence = self._evidence(entry.get("evidence"))
            if not evidence:
                self.report.drops[NO_QUOTE] += 1
                continue
            spans = {(e.start, e.end) for e in evidence}
            if any(spans == {(e.start, e.end) for e in other.evidence} for other in items):
                self.report.drops[DUPLICATE] += 1
                continue
            speaker = _text(entry.get("speaker")) or None
            if speaker and not self.names.names(speaker, self._quotes(evidence)):
                self.report.drops[UNNAMED_SPEAKER] += 1
                speaker = None
            items.append(Item(self._point(_text(entry.get("text")), evidence), speaker, evidence))
        return items

    def _point(self, text: str, evidence: list[Evidence]) -> str:
        """The model's wording of a point, when every name in it is the article's; else its quote."""
        if text and not self.names.unknown_names(text):
            return text
        if text:
            self.report.drops[UNKNOWN_NAME_TEXT] += 1
        return evidence[0].quote

    # --- third parties ------------------------------------------------------------------------

    def _third_parties(self, raw: list[dict[str, Any]], sides: list[Side]) -> list[ThirdParty]:
        kept: list[ThirdParty] = []
        # A side's own name through the gazetteer ("Russian" is Russia); its actors by name only: a
        # side's actor may be a place's body ("Yemen's Houthi-run ministry") without the place being the side.
        side_names = {key for side in sides for key in _party_keys(side.name)}
        side_names |= {_folded(actor) for side in sides for actor in side.actors}
        for entry in raw:
            name, role = _text(entry.get("name")), _text(entry.get("role"))
            evidence = self._evidence(entry.get("evidence"))
            dropped = self._third_party_drop(name, evidence, side_names, kept)
            if dropped:
                self.report.drops[dropped] += 1
                continue
            if role and self.names.unknown_names(role):
                self.report.drops[UNKNOWN_NAME_ROLE] += 1
                role = ""
            # Without a role of its own, the party's role is what its quote says of it.
            kept.append(ThirdParty(name, role or evidence[0].quote, evidence))
        return kept

    def _third_party_drop(
        self, name: str, evidence: list[Evidence], side_names: set[str], kept: list[ThirdParty]
    ) -> str | None:
        """Why a third party the model gave is dropped, or None when it is kept."""
        if not name or not self.names.names(name, self._quotes(evidence)):
            return UNNAMED_THIRD
        if not side_names.isdisjoint(_party_keys(name)):
            return THIRD_IS_SIDE
        if not evidence:
            return NO_QUOTE
        if any(_folded(name) == _folded(other.name) for other in kept):
            return DUPLICATE
        return None

    # --- events -------------------------------------------------------------------------------

    def _events(self, raw: list[dict[str, Any]], *, upcoming: bool) -> list[Event]:
        events: list[Event] = []
        for entry in raw:
            evidence = self._evidence(entry.get("evidence"))
            if not evidence:
                self.report.drops[NO_QUOTE] += 1
                continue
            kept, date, read = self._date(entry, evidence[0].quote, upcoming=upcoming)
            if not kept:
                continue
            if any({(e.start, e.end) for e in evidence} == {(e.start, e.end) for e in ev.evidence} for ev in events):
                self.report.drops[DUPLICATE] += 1
                continue
            when = self._when(_text(entry.get("when")), evidence, read)
            events.append(Event(date, when, self._point(_text(entry.get("event")), evidence), evidence))
        return judged(sorted(events, key=lambda ev: (ev.date is None, ev.date or "")))

    def _date(
        self, entry: dict[str, Any], quote: str, *, upcoming: bool
    ) -> tuple[bool, str | None, list[tuple[str, str]]]:
        """An event's date: the model's when the quote can bear it, else the quote's own. False when
        an upcoming event is dated before publication, which drops it."""
        published = self.article.published
        date = self._model_date(entry.get("date"))
        read = dates_ahead(quote, published) if published else []
        ahead_of = published if upcoming else None  # an upcoming event's dates fall on or after this
        if ahead_of is not None and date is not None and before(date, ahead_of):
            self.report.drops[PAST_UPCOMING] += 1
            return False, None, read
        date = self._borne_by_quote(date, read, quote, upcoming=upcoming)
        if ahead_of is not None and date is None:
            date = next((d for _, d in read if not before(d, ahead_of)), None)  # the quote's own date
        return True, date, read

    def _borne_by_quote(self, date: str | None, read: Read, quote: str, *, upcoming: bool) -> str | None:
        """The model's date when its quote can bear it; else None (counted), and the quote's own stands."""
        if date is not None and not _agrees(date, read, quote, upcoming=upcoming):
            self.report.drops[DATE_NOT_QUOTED] += 1
            return None
        return date

    def _model_date(self, given: Any) -> str | None:
        """The model's date when it is an ISO date; a date given in any other form is counted as dropped."""
        date = valid_iso(given)
        if date is None and given not in (None, ""):
            self.report.drops[BAD_DATE] += 1
        return date

    def _when(self, when: str, evidence: list[Evidence], read: list[tuple[str, str]]) -> str:
        """The article's words for the time: the model's, found in the quote, else the date module's."""
        if when:
            folded_when, _ = fold(when)
            for e in evidence:
                folded_quote, index = fold(e.quote)
                at = folded_quote.find(folded_when)
                if at >= 0:
                    return e.quote[index[at] : index[at + len(folded_when) - 1] + 1]
        if read:
            return read[0][0]
        return when if when and not self.names.unknown_names(when) else ""

    # --- title and summary --------------------------------------------------------------------

    def _title(self, title: str, sides: list[Side]) -> str:
        if title and not self.names.unknown_names(title):
            return title
        if len(sides) >= 2:
            return f"{sides[0].name} and {sides[1].name}"
        return sides[0].name if sides else "Brief"

    def _summary(self, summary: str, brief: Brief) -> str:
        kept = []
        for sentence in (m.group(0).strip() for m in _SUMMARY_SENTENCE.finditer(summary)):
            if not sentence:
                continue
            if self.names.unknown_names(sentence):
                self.report.drops[UNKNOWN_NAME_SUMMARY] += 1
            else:
                kept.append(sentence)
        if kept:
            return " ".join(kept)
        lines = [f"{side.name}: {side.positions[0].text.rstrip('.')}." for side in brief.sides if side.positions]
        return " ".join(lines) or "The article names no side with a stated position."


def _folded(name: str) -> str:
    return fold(name)[0].removeprefix("the ").strip()


def _party_keys(name: str) -> set[str]:
    """What tells a party apart: its folded name, and the gazetteer's place for a state's name,
    demonym or capital ("Russian", "Moscow", "Russia" are one party)."""
    from briefing.analysis.rules.lexicon import lookup_place

    place = lookup_place(name)
    return {_folded(name)} | ({f"place:{place.name}"} if place is not None else set())


def _merged_sides(sides: list[Side]) -> list[Side]:
    """Sides the model (or two parts of a long article) gave twice under one name become one."""
    merged: dict[str, Side] = {}
    for side in sides:
        key = _folded(side.name)
        if key not in merged:
            merged[key] = side
            continue
        _merge_into(merged[key], side)
    return list(merged.values())


def _merge_into(into: Side, side: Side) -> None:
    """`side`'s actors and items that `into` does not have yet (an item by its quotes' spans)."""
    into.actors += [a for a in side.actors if a not in into.actors]
    for section in ("positions", "preconditions"):
        have = {_spans_of(item) for item in getattr(into, section)}
        getattr(into, section).extend(item for item in getattr(side, section) if _spans_of(item) not in have)


def _spans_of(item: Item) -> tuple[tuple[int, int], ...]:
    return tuple((e.start, e.end) for e in item.evidence)


def _clipped(brief: Brief, text: str) -> Brief:
    """Every text within the contract's limits, clipped as the offline engine clips; then the check
    every engine's brief passes: each quote is the article's own words at its offsets."""
    clip_texts(brief)
    wrong = ungrounded(brief, text)
    if wrong:  # cannot happen: every span above is cut from the article; a bug must not reach a reader
        raise AssertionError(f"ungrounded evidence after grounding: {wrong[0]}")
    return brief


def _agrees(date: str, read: Read, quote: str, *, upcoming: bool) -> bool:
    """Whether the model's date can be the one the quote gives. A quote with no date words cannot
    contradict it. Ahead of publication the quote's dates read forward, so one must match at the
    shared precision; behind it (background) they do not, so the model's year must be in the quote."""
    if not read:
        return True
    if upcoming:
        return any(found.startswith(date) or date.startswith(found) for _, found in read)
    if date[:4] in quote:
        return True
    # "voted in March": read forward it is next March; the month and day must still agree.
    return any(found[5:].startswith(date[5:]) or date[5:].startswith(found[5:]) for _, found in read)
