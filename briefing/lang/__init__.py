"""Language data as files, one folder per language (as spaCy keeps `lang/en/`).

Each file holds one list with one job. Lines starting with "#" say what the list is for; blank
lines are ignored. A `.txt` file is a set of entries, one a line; a `.tsv` file maps the first
column to the second, tab-separated, or (for the gazetteer) holds `|`-separated rows. A second
language is a new folder beside `en/`, read by the same code.
"""

from __future__ import annotations

import functools
from importlib import resources

LANGUAGE = "en"


@functools.cache
def word_rows(name: str, language: str = LANGUAGE) -> tuple[str, ...]:
    """The data lines of `<language>/<name>.txt|.tsv`, without comments and blank lines."""
    folder = resources.files(__package__).joinpath(language)
    for suffix in (".txt", ".tsv"):
        path = folder.joinpath(name + suffix)
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            return tuple(line.rstrip("\n") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    raise FileNotFoundError(f"no word list {language}/{name} in {folder}")


def word_set(name: str, language: str = LANGUAGE) -> frozenset[str]:
    """A list of words or phrases, one a line."""
    return frozenset(row.strip() for row in word_rows(name, language))


def word_map(name: str, language: str = LANGUAGE) -> dict[str, str]:
    """A two-column tab-separated table: word -> label."""
    pairs = (row.split("\t", 1) for row in word_rows(name, language))
    return {key.strip(): value.strip() for key, value in pairs}
