"""A pipeline's label scheme, mapped onto the engine's own.

The rules read dependency labels and fine-grained tags by name (`tok.dep_ == "nsubj"`, the label
sets in `briefing/lang/grammar/`). That vocabulary is the engine's, the same for every language: the
ClearNLP labels and Penn Treebank tags that spaCy's English pipelines give. A language whose pipeline
labels in another scheme maps its labels onto that vocabulary in its profile: `labels.tsv` (the
pipeline's dependency label, tab, the engine's) and `tags.tsv` (the same for tags). The parse stage
applies the maps once, writing `Token.dep_` and `Token.tag_`, so no rule reads a label in any other
scheme. English's maps are empty: its parse stays as the model gave it.

A map renames labels; it cannot redraw a tree. A scheme that hangs words differently (Universal
Dependencies puts a preposition under its noun as `case`, where the engine reads `prep` over `pobj`)
needs more than a map.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from briefing.lang.profile import LanguageProfile

DEPENDENCY_MAP = "labels"  # `labels.tsv` of a profile
TAG_MAP = "tags"  # `tags.tsv` of a profile
RELABELLED = "briefing_labels"  # `Doc.user_data` key: the profile whose maps the Doc's labels went through


def relabel(doc: Doc, profile: LanguageProfile) -> Doc:
    """The Doc with its labels and tags in the engine's scheme: `profile`'s maps applied, once."""
    deps, tags = profile.table(DEPENDENCY_MAP), profile.table(TAG_MAP)
    if not (deps or tags) or doc.user_data.get(RELABELLED) == profile.code:
        return doc  # nothing to map (English), or mapped already (a Doc analysed again)
    for token in doc:
        dep, tag = deps.get(token.dep_), tags.get(token.tag_)
        if dep is not None:
            token.dep_ = dep
        if tag is not None:
            token.tag_ = tag
    doc.user_data[RELABELLED] = profile.code
    return doc
