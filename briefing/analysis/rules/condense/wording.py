"""The words shown: a leading pronoun or determiner becomes the name it stands for, and the spacing
around punctuation, clitics and quote marks is tidied."""

from __future__ import annotations

import re

from spacy.tokens import Token

from briefing.analysis.doctext import head_indices, tokens_of
from briefing.analysis.punctuation import tidy_punctuation
from briefing.analysis.rules.condense.referents import (
    bracketed_referents,
    extraposed_it,
    names_its_body,
    referent_words,
    spelled_clitic,
)
from briefing.analysis.rules.lexicon import REPORTING_VERBS, pronouns
from briefing.analysis.rules.quoting import inside_quotes
from briefing.lang import LanguageProfile, per_language, word_map, word_set

SUBJECT_DEPS = word_set("grammar/subject_deps")


# Agreement after a plural pronoun is replaced by a (singular) name: "we are" -> "Norland is".
_SINGULAR = {
    "are": "is",
    "were": "was",
    "have": "has",
    "do": "does",
    "am": "is",
    "'re": "is",
    "’re": "is",
    "'ve": "has",
    "’ve": "has",
    "'m": "is",
    "’m": "is",
}


_AFTER_NAMED = {"we": "it", "us": "it", "our": "its", "ours": "its"}
# after a plural noun put for 'we' ('the managers remain hopeful that they ...'), never 'it'
_AFTER_PLURAL_NAMED = {"we": "they", "us": "them", "our": "their", "ours": "theirs"}


_PERSON_PRONOUNS = pronouns(
    "a speaker's subjects",
    lambda p: "subject" in p.forms and p.number == "sg" and (p.person == "1" or p.gender in ("m", "f")),
)


_GROUP_PRONOUNS = pronouns(
    "a side's pronouns", lambda p: bool(p.forms & {"subject", "object"}) and (p.number == "pl" or p.gender == "n")
)


_POSSESSIVES = pronouns("possessives", lambda p: "possessive" in p.forms)
_PERSON_POSSESSIVES = pronouns(
    "a person's possessives",
    lambda p: "possessive" in p.forms and (p.gender in ("m", "f") or (p.person, p.number) == ("1", "sg")),
)


DEMONSTRATIVES = pronouns("demonstratives", lambda p: "demonstrative" in p.forms)
_THIRD_PERSON_POSSESSIVES = pronouns(
    "possessives of a person spoken of", lambda p: "possessive" in p.forms and p.person == "3" and p.number == "sg"
)
# "his government", "our union": the body the speaker speaks for is the side's, not the speaker's.
_OWN_BODIES = word_set("own_body_nouns")


# The words `name_for_pronoun` may put a name (or "The") for; any other word stays as it is written.
_NAMEABLE = _PERSON_PRONOUNS | _GROUP_PRONOUNS | _POSSESSIVES | DEMONSTRATIVES


# A party "is" these: "it is ready to talk" speaks of the party; "it is a long road" and "it is
# plain that ..." use an empty "it", which no party's name may replace.
_PARTY_STATES = word_set("stance_adjectives")


_NEUTER_PRONOUNS = word_set("neuter_pronouns")


def _dummy_it(tok: Token) -> bool:
    if tok.lower_ not in _NEUTER_PRONOUNS:
        return False
    if tok.dep_ == "expl" or extraposed_it(tok):
        return True
    head = tok.head
    return is_be(head) and not any(c.dep_ == "acomp" and c.lemma_.lower() in _PARTY_STATES for c in head.children)


_BE_CLITICS = word_set("be_clitics")


_BE_LEMMAS = word_set("be_lemmas")


def is_be(verb: Token) -> bool:
    return verb.lemma_ in _BE_LEMMAS or verb.lower_ in _BE_CLITICS  # the model leaves a curly "’s" unlemmatised


def render(tokens: list[Token], statement, replace: dict[int, str] | None = None) -> str:
    """The tokens as text, spaced as in the article, with the first pronoun of each kind named;
    `replace` gives other words for some tokens (by index), as a reversed condition needs."""
    names = _PronounNamer(statement)
    # 'that plan' -> 'the fleet plan'; 'they [the crews]' -> 'the crews'
    replace = {**referent_words(tokens), **bracketed_referents(tokens), **(replace or {})}
    out: list[str] = []
    for n, t in enumerate(tokens):
        adjacent = n + 1 < len(tokens) and tokens[n + 1].i == t.i + 1
        if t.i in replace:
            out.append(replace[t.i] + (t.whitespace_ if adjacent else " "))
            continue
        out.append(names.word(t, first=(n == 0), adjacent=adjacent, before=out))
    return _tidy_spacing("".join(out))


_SPEAKING_SUBJECTS = pronouns(
    "first person or plural subjects", lambda p: "subject" in p.forms and (p.person == "1" or p.number == "pl")
)


_FIRST_PLURAL_PRONOUNS = word_set("first_plural_pronouns")
_PLURAL_CLITICS = {"has": "have", "is": "are"}
_FIRST_SINGULAR = pronouns(
    "first person singular",
    lambda p: p.person == "1" and p.number == "sg" and bool(p.forms & {"subject", "object", "possessive"}),
)


class _PronounNamer:
    """Names the first pronoun of each kind ('he' -> the speaker, 'we' -> the side); a later 'we',
    'us' or 'our' refers back to the name; a verb after a name put for 'we' agrees with it."""

    def __init__(self, statement) -> None:
        self.statement = statement
        self.named: set[str] = set()
        self.agree = False  # a plural or first-person subject became a name: its verb follows in the singular
        self.named_before = -1  # the index of the word right after a pronoun that became a name
        self.agreeing: set[int] = set()  # the verbs of a subject that became a name: they follow it
        self.plural_name = False  # the name put for 'they' is a plural noun ('many crews'), not a side

    def word(self, t: Token, first: bool, adjacent: bool, before: list[str] | None = None) -> str:
        low = t.lower_
        kind = "person" if low in _PERSON_PRONOUNS or low in _PERSON_POSSESSIVES else "group"
        if kind not in self.named:
            named = self._named_first(t, kind, first, before or [])
            if named is not None:
                return named
        elif kind == "group" and _refers_back_to_the_group(t):
            return self._group_again(t)
        elif low in _FIRST_SINGULAR and (t.pos_ == "PRON" or t.dep_ == "poss"):
            again = self._named_again(t)
            if again is not None:
                return again
        spelled = spelled_clitic(t) if self.named_before == t.i and t.dep_ != "case" else None
        if spelled is not None and self.plural_name:
            spelled = _PLURAL_CLITICS.get(spelled, spelled)  # "they've" -> "many crews have"
        if spelled is not None:
            # "he's missing" -> "Tomas Warden is missing", never "Warden's missing"; "we'll" -> "Norland will"
            self.agree = False
            return spelled + (t.whitespace_ or " ")
        return self._agreeing(t) + (t.whitespace_ if adjacent else " ")

    def _group_again(self, t: Token) -> str:
        """A later 'we', 'us' or 'our' once the group is named: 'it' for a side; 'they' after a plural
        noun ('the managers remain hopeful that they will ...'), never 'it'."""
        if self.plural_name:
            return _AFTER_PLURAL_NAMED[t.lower_] + (t.whitespace_ or " ")
        self._agree_with(t, t.lower_ in _FIRST_PLURAL_PRONOUNS)
        return _AFTER_NAMED[t.lower_] + (t.whitespace_ or " ")

    def _named_first(self, t: Token, kind: str, first: bool, before: list[str]) -> str | None:
        """The first pronoun of its kind replaced by its name (with its space), if it has one; not
        when the point has just named them ('Berg said that he had asked', never 'Berg said that Ana
        Berg had asked')."""
        name = name_for_pronoun(t, self.statement, first=first) if t.lower_ in _NAMEABLE else t.text
        if name == t.text or _said_already(name, before):
            return None
        if t.pos_ == "PRON" or t.dep_ == "poss":
            self.named.add(kind)
        self.named_before = t.i + 1
        self.plural_name = t.pos_ == "PRON" and _reporters_of(t) is not None  # 'skippers have lost', as 'they have'
        self._agree_with(t, t.lower_ in _SPEAKING_SUBJECTS and not self.plural_name)
        return name + (t.whitespace_ or " ")

    def _named_again(self, t: Token) -> str | None:
        """A later 'I', 'me' or 'my' once the speaker is named: the speaker's surname again ('Ivo Rask
        values the crews' work; still, Rask cannot accept the terms'), or 'it' for a side that spoke; never a line that
        turns from a name to 'I'. A speaker told by a description ('the fisheries minister') keeps
        the 'I': its last word names nobody."""
        speaker = self.statement.speaker
        party = getattr(getattr(self.statement, "party", None), "name", None)
        words = speaker.split() if speaker else []
        if speaker and (len(words) < 2 or not all(w[:1].isupper() for w in words)):
            return None
        if not speaker and not party:
            return None
        self.named_before = t.i + 1
        self._agree_with(t, t.dep_ in SUBJECT_DEPS)
        if not speaker:  # the side spoke: 'it', as a later 'we' reads
            return ("its" if t.dep_ == "poss" else "it") + (t.whitespace_ or " ")
        return (words[-1] + "’s" if t.dep_ == "poss" else words[-1]) + (t.whitespace_ or " ")

    def _agree_with(self, subject: Token, agree: bool) -> None:
        """The verbs that follow a name put for 'we' or 'they': those the parse gives that subject,
        with a joined verb of its own ('we continue to bargain and have presented'); failing a
        parse, the next verb."""
        verbs = verbs_of_subject(subject) if agree else set()
        self.agreeing |= verbs
        self.agree = agree and not verbs

    def _agreeing(self, t: Token) -> str:
        if t.i in self.agreeing:
            return _singular(t)
        if self.agree and t.pos_ in ("VERB", "AUX"):
            self.agree = False
            return _singular(t)
        if self.agree and not t.is_space and t.dep_ not in ("advmod", "neg"):
            self.agree = False
        return t.text


def verbs_of_subject(subject: Token) -> set[int]:
    """The finite words of the verbs a subject governs: its verb's auxiliary (or the verb), and those
    of the verbs joined to it that have no subject of their own."""
    head = subject.head
    if subject.dep_ not in ("nsubj", "nsubjpass") or head.pos_ not in ("VERB", "AUX"):
        return set()
    joined = [c for c in head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    own = [v for v in joined if not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in v.children)]
    if _finite_word(head).i != head.i:
        # 'shall wait and see': a verb joined under the auxiliary shares it; only one with an
        # auxiliary of its own agrees ('has agreed and will sign')
        own = [v for v in own if _finite_word(v).i != v.i]
    return {_finite_word(v).i for v in [head, *own]}


def _finite_word(verb: Token) -> Token:
    """'have' of 'have presented', 'remain' of 'remain optimistic': the word that agrees."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i and c.tag_ != "TO"]
    return auxes[0] if auxes else verb


def _said_already(name: str, before: list[str]) -> bool:
    """Whether the last word of a name is among the words a point has shown so far."""
    last = name.split()[-1:] if name else []
    return bool(last) and last[0].lower() in {w.strip(".,;:“”\"'’").lower() for w in "".join(before).split()}


def _refers_back_to_the_group(t: Token) -> bool:
    """A later 'we', 'us' or 'our' (a pronoun or possessive) once the side has been named."""
    return t.lower_ in _AFTER_NAMED and (t.pos_ == "PRON" or t.dep_ == "poss")


# `\s\s*` is `\s+`, written so that the pattern opens with a set of characters: the engine then
# skips along the text to the next space instead of trying a match at every character.
_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s\s*([,.;:!?%)’])(?=\s|$|[\"”])")  # 'shrinking ,"' too


@per_language
def _space_before_clitic(profile: LanguageProfile) -> re.Pattern[str]:
    """A space the tokens left before a clitic that belongs to the word before it."""
    return re.compile(rf"\s\s*({profile.alternation('spaced_clitics')})\b")


_REPEATED_SEPARATORS = re.compile(r"([,;:])(?:\s*[,;:])+")
# 'has time – – to act': the aside between two dashes went, and the dashes that set it off go too
_EMPTIED_DASHES = re.compile(r"\s*[–—](?:\s*[–—])+\s*")


_QUOTE_MARKS = re.compile(r"[\"“”]")


# An ellipsis marks words the article left out: the point reads on across it when a word follows
# in the same quotation ('the fleet will ... never sail' -> 'the fleet will never sail'); one before a
# closing mark or at the end stays, and warns the reader that the words stop there.
_ELLIPSIS = re.compile(r"\s*(?:\.\s?\.\s?\.|…)\s*(?=\w)")


def _tidy_spacing(text: str) -> str:
    text = _ELLIPSIS.sub(" ", text)
    # a quotation cut open loses its marks first: the mark may stand between the commas that set off
    # what the cut took ('the board, " , had planned' would read 'the board, , had planned')
    if text.count("“") != text.count("”") or text.count('"') % 2:
        text = _QUOTE_MARKS.sub("", text)
    text = _SPACE_BEFORE_PUNCTUATION.sub(r"\1", text)
    text = _space_before_clitic().sub(r"\1", text)
    text = _REPEATED_SEPARATORS.sub(r"\1", text)
    text = _EMPTIED_DASHES.sub(" ", text)
    return tidy_punctuation(" ".join(text.split()))


def _singular(verb: Token) -> str:
    """'want' -> 'wants', 'are' -> 'is': the verb after a name put for 'we' or 'they'."""
    low = verb.lower_
    if low in _SINGULAR:
        return _SINGULAR[low]
    if verb.tag_ != "VBP":
        return verb.text
    if re.search(r"(?:s|sh|ch|x|z|o)$", low):
        return verb.text + "es"
    if re.search(r"[^aeiou]y$", low):
        return verb.text[:-1] + "ies"
    return verb.text + "s"


# Inside a quotation the speaker's side is "we"; "they" and "their" are someone else.
_OTHERS = word_set("their_words")


def others_in_a_quote(tok: Token) -> bool:
    """'they', 'their' inside a quotation: the speaker's side is 'we', so these are someone else."""
    return tok.lower_ in _OTHERS and inside_quotes(tok)


def name_for_pronoun(tok: Token, statement, first: bool) -> str:
    """A pronoun replaced by the name it stands for: the speaker for 'he'/'I', the side for 'we'."""
    if others_in_a_quote(tok):
        return tok.text
    party = getattr(getattr(statement, "party", None), "name", None)
    person = statement.speaker or party
    group = party or statement.speaker
    if tok.pos_ == "PRON":
        reporters = _reporters_of(tok)
        if reporters is not None:
            return reporters  # 'many nurses say they work double shifts': the nurses, not the side
        name = _named_pronoun(tok, person, group, first)
        if name is not None:
            return name
    return _named_determiner(tok, person, group, first)


_THEY = pronouns(
    "plural third person subjects", lambda p: p.person == "3" and p.number == "pl" and "subject" in p.forms
)


def _reporters_of(tok: Token) -> str | None:
    """'Many nurses have said they ...': a plural 'they' opening what people named by a plural noun
    said is those people, whose words stand in the sentence; the side's name would clash with 'their'."""
    verb = tok.head
    frame = verb.head
    if tok.lower_ not in _THEY or tok.dep_ not in SUBJECT_DEPS or verb.dep_ != "ccomp" or frame.i == verb.i:
        return None
    if frame.lemma_.lower() not in REPORTING_VERBS:
        return None
    subject = next((c for c in frame.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.tag_ != "NNS":
        return None
    words = [t for t in subject.subtree if not t.is_punct]
    if len(words) > MAX_REPORTER_WORDS:
        return None
    return "".join(t.text_with_ws for t in words).strip()


MAX_REPORTER_WORDS = 4  # 'many teachers', 'the striking crews': a short phrase, not a clause


_WE_US = pronouns(
    "first person plural", lambda p: p.person == "1" and p.number == "pl" and bool(p.forms & {"subject", "object"})
)
_IT_THEY = pronouns("a group as subject", lambda p: p.person == "3" and "subject" in p.forms and p.gender in ("n", "-"))


def _named_pronoun(tok: Token, person: str | None, group: str | None, first: bool) -> str | None:
    low = tok.lower_
    if low in _PERSON_PRONOUNS and person:
        return person
    if low in _WE_US and group:
        return group
    if low in _IT_THEY and first and tok.dep_ in SUBJECT_DEPS and group:
        return tok.text if _dummy_it(tok) else group
    return None


_ONE_PERSONS = pronouns(
    "one person's possessives", lambda p: "possessive" in p.forms and p.number == "sg" and p.gender != "n"
)
_OUR_MY = pronouns("first person possessives", lambda p: "possessive" in p.forms and p.person == "1")


def _named_determiner(tok: Token, person: str | None, group: str | None, first: bool) -> str:
    """'our demands' -> 'Norland’s demands'; 'This offer', opening a point -> 'The offer'."""
    low = tok.lower_
    if low in _POSSESSIVES and tok.dep_ == "poss":
        named = _named_possessive(tok, person, group, first)
        if named is not None:
            return named
    if first and low in DEMONSTRATIVES and tok.dep_ == "det":
        owner = _earlier_holder(tok, group)
        return owner + "’s" if owner else "The"
    return tok.text


def _named_possessive(tok: Token, person: str | None, group: str | None, first: bool) -> str | None:
    """'our demands' -> 'Norland’s demands', 'his offer' -> 'Berg’s offer', where the owner is known."""
    low = tok.lower_
    if low in _THIRD_PERSON_POSSESSIVES and inside_quotes(tok):
        return tok.text  # in a quotation the speaker says 'my': 'his room for manoeuvre' is someone else's
    body = tok.head.lemma_.lower() in _OWN_BODIES
    owner = person if low in _ONE_PERSONS and not body else group
    if owner and (first or low in _OUR_MY):
        # "our union" under the side "Aslef union", "our league" under "Orsa Nurses League": 'the union',
        # 'the league', never "Aslef union’s union"
        return ("The" if first else "the") if names_its_body(owner, tok.head) else owner + "’s"
    return None


_DEMAND_NOUNS = word_set("demand_nouns") | word_set("offer_words")


def _earlier_holder(det: Token, own: str | None) -> str | None:
    """'these demands' -> 'Valdoria’s demands': the subject of the sentence before, when it is a
    name other than the speaker's side and the noun is a demand or an offer."""
    if det.head.lemma_.lower() not in _DEMAND_NOUNS or det.head.tag_ not in ("NNS", "NN"):
        return None
    subject = _subject_of_sentence_before(det)
    if subject is None or subject.pos_ != "PROPN" or subject.text == own:
        return None
    words = [t for t in subject.subtree if t.pos_ == "PROPN"]
    return " ".join(t.text for t in words) if words else None


def _subject_of_sentence_before(tok: Token) -> Token | None:
    """The main clause's subject in the sentence before the token's, if there is one."""
    start = tok.sent.start
    if start == 0:
        return None
    before = tok.doc[start - 1].sent
    return next((t for t in before if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), None)


# Stray punctuation trimmed from a point's start; at its end, a full stop goes as well.
_LEADING_EDGE = frozenset(",;:—–-\"“”'‘’")
_TRAILING_EDGE = _LEADING_EDGE | {"."}


def without_edges(text: str) -> str:
    r"""The text without spaces and stray punctuation at either end. The regex it replaces,
    `^[\s<leading>]+|[\s<trailing>]+$`, tried its second branch at every character."""
    start, end = 0, len(text)
    while start < end and (text[start].isspace() or text[start] in _LEADING_EDGE):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _TRAILING_EDGE):
        end -= 1
    return text[start:end]


def word_count(tokens: list[Token]) -> int:
    return sum(1 for t in tokens if not t.is_punct and not t.is_space)


def words_read(tokens: list[Token]) -> int:
    """Words as a reader counts them when a point is fitted: 'fleet-wide' is one word, not two."""
    return sum(1 for t in tokens if not t.is_punct and not t.is_space and not _after_a_hyphen(t))


HYPHENS = frozenset({"-", "‐", "‑"})


def _after_a_hyphen(t: Token) -> bool:
    """'wide' of 'fleet-wide': the word after a hyphen that no space sets off."""
    if t.i < 2:
        return False
    words = tokens_of(t.doc)
    hyphen, first = words[t.i - 1], words[t.i - 2]
    return hyphen.text in HYPHENS and not hyphen.whitespace_ and not first.whitespace_


def main_predicate(tokens: list[Token]) -> Token | None:
    inside = {t.i for t in tokens}
    heads = head_indices(tokens[0].doc) if tokens else []
    tops = [t for t in tokens if (head := heads[t.i]) == t.i or head not in inside]
    return next((t for t in tops if t.pos_ in ("VERB", "AUX")), tops[0] if tops else None)


_PAST_TO_PRESENT = word_map("past_to_present")


def present_tense(tokens: list[Token]) -> dict[int, str]:
    """'if crews walked out' -> 'crews walk out', 'until the handover was complete' -> 'the handover is
    complete', 'demanded that the board drop its plan' -> 'the board drops its plan': the verb of a
    condition's clause (and of each clause joined to it) in the present, so that a condition
    reported, supposed or demanded reads as one still to be met, never as a thing that happened.
    The words to put, by token index (none for a clause already in the present)."""
    main = main_predicate(tokens)
    if main is None or main.pos_ not in ("VERB", "AUX"):
        return {}
    kept = {t.i for t in tokens}
    joined = [c for c in main.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i in kept]
    subject = _subject_of(main, kept)
    out = _verb_in_present(main, subject, kept)
    for verb in joined:  # a joined verb with a subject of its own; one sharing the main's is in its group
        out |= _verb_in_present(verb, _subject_of(verb, kept), kept)
    return out


def demanded(tokens: list[Token]) -> bool:
    """A clause in the mandative subjunctive ('that the board drop its plan'): a named subject and a
    bare verb with no auxiliary, which only a demand ('insisted that') puts so."""
    main = main_predicate(tokens)
    if main is None or main.tag_ != "VB" or _has_auxiliary(main):
        return False
    subject = _subject_of(main, {t.i for t in tokens})
    return subject is not None and subject.pos_ != "PRON" and subject.tag_ not in ("NNS", "NNPS")


def small_clause(tokens: list[Token]) -> bool:
    """'(wants) the vote delayed until the autumn': a participle with a subject of its own and no
    auxiliary, the clause a verb of wanting takes; alone it has no verb a reader can take."""
    main = main_predicate(tokens)
    if main is None or main.tag_ not in ("VBN", "VBD") or main.dep_ != "ccomp" or _has_auxiliary(main):
        return False  # the tagger often reads the participle of 'wants it postponed' as a past tense
    wanted = main.head.lemma_.lower() in _WANTING_VERBS and main.head.i not in {t.i for t in tokens}
    return wanted and _subject_of(main, {t.i for t in tokens}) is not None


_WANTING_VERBS = word_set("condense_demand_verbs")


def _has_auxiliary(verb: Token) -> bool:
    """A modal or auxiliary on the verb, or on the verb it is joined to ('must stop and eliminate')."""
    heads = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return any(c.dep_ in ("aux", "auxpass") for h in heads for c in h.children)


def _subject_of(verb: Token, kept: set[int]) -> Token | None:
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i in kept), None)


def _verb_in_present(verb: Token, subject: Token | None, kept: set[int]) -> dict[int, str]:
    """The first word of the verb's group (its auxiliary, or itself) in the present, agreeing with
    the subject; nothing when it is already present, has no subject shown, or a pronoun subject the
    line may name."""
    if subject is None or subject.pos_ == "PRON":
        return {}
    group = sorted(
        [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i in kept] + [verb], key=lambda t: t.i
    )
    finite = group[0]
    plural = subject.tag_ in ("NNS", "NNPS")
    if finite.tag_ == "TO":
        return _infinitive_in_present(group, plural)
    if finite.tag_ == "VB" and finite is verb and not plural and not _has_auxiliary(verb):
        # 'that the board drop its plan', never 'must stop and eliminate'
        return {finite.i: third_person(finite.lower_)}
    if finite.tag_ != "VBD":
        return {}
    forms = _PAST_TO_PRESENT.get(finite.lower_)
    if forms is not None:
        singular, plural_form = forms.split()
        return {finite.i: plural_form if plural else singular}
    lemma = finite.lemma_.lower()
    return {finite.i: lemma if plural else third_person(lemma)}


def _infinitive_in_present(group: list[Token], plural: bool) -> dict[int, str]:
    """'the ministers to recognise progress' (of 'wants the ministers to recognise ...') -> 'the
    ministers recognise progress': an infinitive with a subject of its own is what the condition
    asks to happen; without 'to' it reads as a clause, never as a fragment with no verb."""
    to, first = group[0], group[1]
    if first.tag_ != "VB":
        return {}
    if first.lemma_.lower() in _BE_LEMMAS:
        return {to.i: "", first.i: "are" if plural else "is"}
    return {to.i: "", first.i: first.lower_ if plural else third_person(first.lower_)}


def third_person(lemma: str) -> str:
    """'walk' -> 'walks', 'withdraw' -> 'withdraws', 'reach' -> 'reaches', 'carry' -> 'carries'."""
    if re.search(r"(?:s|sh|ch|x|z|o)$", lemma):
        return lemma + "es"
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ies"
    return lemma + "s"
