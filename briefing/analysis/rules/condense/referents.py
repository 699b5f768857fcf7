"""Words that point at things a line never names, made to name them or left as they read alone.

A line is read on its own, away from the sentences around it. "The board turned down that plan"
names no plan; "Norland must be made plain that ..." puts a side's name where the article had an
empty "it"; "our union" said by the union's president is not "the Dock Workers Union's union". Each
function here answers one of these from the parse:

- `referent_words` (in `rules/pointing.py`, which the events stage shares): a noun with a word
  pointing back ('that plan', 'such a pact', 'these talks') takes the words of the nearest earlier
  noun of its kind in the few sentences before, when those words say which one ('the ten-year fleet
  plan'); otherwise it is left as it is.
- `extraposed_it`: the empty "it" of "it must be understood that ...", "it remains to be decided
  whether ...": no party's name may stand for it.
- `names_its_body`: "our union" under a side whose name holds "union" is "the union".
- `spelled_clitic`: "we'll" named is "Norland will", never "Norland 'll".
- `said_once`: "Norland says ... with Norland" becomes "Norland says ... with it".
"""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.rules.condense.gate import OPENING_REFERRERS, words_of
from briefing.analysis.rules.pointing import names_a_referent, referent_words
from briefing.lang import word_map, word_set

__all__ = [
    "extraposed_it",
    "names_a_referent",
    "names_its_body",
    "referent_words",
    "said_once",
    "spelled_clitic",
]

_HEARER_VERBS = word_set("hearer_verbs")
_RAISING_VERBS = word_set("raising_verbs")
_CLITICS = word_map("spelled_clitics")
_NEUTER = word_set("neuter_pronouns")


# --- an empty "it" ----------------------------------------------------------------------------------


def extraposed_it(tok: Token) -> bool:
    """'It must be understood that ...', 'it remains to be decided whether ...', 'it was agreed that
    ...': an "it" whose clause comes after its verb stands for that clause, not for a party. Not the
    "it" told or asked something ('it was told that the yard would close': the party was told)."""
    if tok.lower_ not in _NEUTER or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    passive = tok.dep_ == "nsubjpass" or any(c.dep_ == "auxpass" for c in verb.children)
    if passive and verb.lemma_.lower() in _HEARER_VERBS:
        return False
    if not passive and verb.lemma_.lower() not in _RAISING_VERBS:
        return False
    return any(_clause_after(v, tok) for v in [verb, *_chained(verb)])


def _chained(verb: Token) -> list[Token]:
    """'remains to be decided', 'must be made plain': the verbs and complements the clause hangs from."""
    return [c for c in verb.children if c.dep_ in ("xcomp", "acomp", "oprd")]


def _clause_after(verb: Token, it: Token) -> bool:
    """A clause the verb takes after it, opened by a complementiser or a wh-word."""
    for c in verb.children:
        if c.dep_ not in ("ccomp", "csubj") or c.i < verb.i or c.i < it.i:
            continue
        first = c.left_edge
        if first.dep_ == "mark" or first.tag_ in ("WDT", "WP", "WRB", "IN"):
            return True
    return False


# --- the words put for a pronoun --------------------------------------------------------------------


def names_its_body(owner: str, noun: Token) -> bool:
    """'our union' said for the Dock Workers Union: the side's name holds the noun, so it is 'the union'."""
    return noun.lower_ in owner.lower().split() or noun.lemma_.lower() in owner.lower().split()


def spelled_clitic(tok: Token) -> str | None:
    """The clitic after a name put for a pronoun, spelled out: "'ll" -> "will", "'d" -> "had" or "would"."""
    word = _CLITICS.get(tok.lower_)
    if word is None:
        return None
    if tok.lemma_.lower() == "have":
        return "had" if tok.tag_ == "VBD" or word == "would" else "has"
    if word == "would" and _participle_follows(tok):
        return "had"  # "we'd already signed": the tagger may read "'d" as "would", the participle says "had"
    return word


def _participle_follows(tok: Token) -> bool:
    """The next verb after the clitic, past any adverbs, is a past participle."""
    for t in tok.doc[tok.i + 1 : tok.i + 4]:
        if t.pos_ != "ADV":
            return t.tag_ == "VBN"
    return False


def said_once(who: str, text: str, source: str, *, group: bool) -> str:
    """'Norland says they have not talked with Norland' -> '... with it': a name put for a pronoun
    inside the words a side is said to say is the side itself once more. A name the article's own
    words (`source`) hold stays, and so does a person's (no pronoun is safe for it)."""
    if not group or who not in text or who in source:
        return text
    return text.replace(who + "’s", "its").replace(who + "'s", "its").replace(who, "it")


def said_by(statement, text: str) -> str:
    """'It is time to act' -> 'Norland says it is time to act': a clause that opens on a word pointing
    back keeps who says it, so that it reads alone."""
    words = words_of(text)
    who = statement.party.name if statement.party is not None else statement.speaker
    if not words or words[0] not in OPENING_REFERRERS or not who:
        return text
    said = statement.sent.doc.text[statement.content[0] : statement.content[1]]
    text = said_once(who, text, said, group=statement.party is not None)  # never "X says ... with X"
    return f"{who} says {text[:1].lower()}{text[1:]}"
