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
- `bracketed_referents`: "they [the crews] will not sail": the editor's bracket names what the
  pronoun stands for, so the line says "the crews will not sail".
- `said_once`: "Norland says ... with Norland" becomes "Norland says ... with it".
"""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.rules.pointing import names_a_referent, referent_words
from briefing.lang import word_map, word_set

__all__ = [
    "bracketed_referents",
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


# --- an editor's bracket -----------------------------------------------------------------------------

MAX_BRACKETED_WORDS = 4  # "[the crews]", "[the port operators]": a name in brackets, not an aside


def bracketed_referents(tokens: list[Token]) -> dict[int, str]:
    """'They [crews] will not sail' -> 'The crews will not sail': a pronoun right before a bracket
    holding a short noun phrase is what the editor says it stands for; the bracket itself is an aside
    the point drops. Without an article of its own, a common noun takes 'the'."""
    out: dict[int, str] = {}
    for t in tokens:
        words = _bracket_after(t) if t.pos_ == "PRON" else None
        if words:
            noun = " ".join(w.text for w in words)
            out[t.i] = noun if words[0].pos_ in ("DET", "PROPN") or words[0].tag_ == "PRP$" else "the " + noun
    return out


def _bracket_after(t: Token) -> list[Token] | None:
    """The words of a '[...]' right after the token, if they are a short run of nouns and modifiers."""
    doc = t.doc
    if t.i + 2 >= len(doc) or doc[t.i + 1].text != "[":
        return None
    close = next((w.i for w in doc[t.i + 2 : t.i + 3 + MAX_BRACKETED_WORDS] if w.text == "]"), None)
    words = list(doc[t.i + 2 : close]) if close else []
    nominal = words and any(w.pos_ in ("NOUN", "PROPN") for w in words)
    return words if nominal and all(w.pos_ in _NOUN_PHRASE_POS for w in words) else None


_NOUN_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "PART"})  # PART: a possessive "'s"


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
