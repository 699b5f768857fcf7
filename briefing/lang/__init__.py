"""Language profiles, one folder per language (as spaCy keeps `lang/en/`).

A folder holds `profile.toml` (the language's name, the spaCy pipelines that parse it, the wording
of the sentences the engine writes) and the word lists. Each list has one job. Lines starting with
"#" say what the list is for; blank lines are ignored. A `.txt` file is a set of entries, one a
line; a `.tsv` file maps the first column to the second, tab-separated, or (for the gazetteer) holds
`|`-separated rows. The label sets in `grammar/` are the engine's, shared by every language; a
profile maps its pipeline's labels onto them (`labels.tsv`, `tags.tsv`, see `labels.py`). A second
language is a new folder beside `en/` with the same files, read by the same code: see the README,
"A second language".
"""

from __future__ import annotations

from briefing.lang.labels import relabel
from briefing.lang.lists import WordMap, WordSet, per_language, word_keys, word_map, word_set
from briefing.lang.profile import (
    DEFAULT_LANGUAGE,
    LanguageProfile,
    active_profile,
    load_profile,
    profile_at,
    speaking,
)

LANGUAGE = DEFAULT_LANGUAGE  # the built-in profile the word-list tests read

__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGE",
    "LanguageProfile",
    "WordMap",
    "WordSet",
    "active_profile",
    "load_profile",
    "per_language",
    "profile_at",
    "relabel",
    "speaking",
    "word_keys",
    "word_map",
    "word_rows",
    "word_set",
]


def word_rows(name: str) -> tuple[str, ...]:
    """The data lines of the active language's `<name>.txt|.tsv` (read when called: call it inside a
    function, or a `per_language` one, never at import)."""
    return active_profile().rows(name)
