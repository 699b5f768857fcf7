"""A language profile: what the offline engine needs to read and write one language.

A profile is a folder (`briefing/lang/en/` is English): `profile.toml` names the language, the
spaCy pipelines that parse it (the first one installed is used) and the wording of the sentences
the engine writes itself (a title, the bottom line); the word lists beside it (`.txt`, `.tsv`) say
which words do which job. A profile is loaded once and chosen at run time
(`AnalysisOptions.language`); the engine makes it the active one while it analyses an article, and
the word lists in the analysis modules (`briefing.lang.word_set` and friends) read the active one.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from briefing.errors import UsageProblem

DEFAULT_LANGUAGE = "en"
PROFILE_FILE = "profile.toml"
NEVER_MATCHES = "(?!)"  # a regex branch that matches nowhere
ENGINE_LABELS = "grammar"  # `briefing/lang/grammar/`: the label sets the rules read, in the engine's scheme


@dataclass(eq=False)
class LanguageProfile:
    """One language: its code, the pipelines that parse it, its wording and its word lists."""

    code: str
    name: str
    models: tuple[str, ...]
    wording: Mapping[str, str]
    folder: Traversable
    _rows: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    _sets: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _maps: dict[str, dict[str, str]] = field(default_factory=dict, repr=False)

    def rows(self, name: str) -> tuple[str, ...]:
        """The data lines of `<name>.txt|.tsv`, without comments and blank lines (read once). The
        label sets `grammar/<name>` are the engine's, the same for every language (`labels.py`)."""
        if name not in self._rows:
            shared = name.startswith(ENGINE_LABELS + "/")
            self._rows[name] = _read_rows(resources.files(__package__) if shared else self.folder, name, self.code)
        return self._rows[name]

    def words(self, name: str) -> frozenset[str]:
        """A list of words or phrases, one a line."""
        if name not in self._sets:
            self._sets[name] = frozenset(row.strip() for row in self.rows(name))
        return self._sets[name]

    def table(self, name: str) -> dict[str, str]:
        """A two-column tab-separated table: word -> label."""
        if name not in self._maps:
            pairs = (row.split("\t", 1) for row in self.rows(name))
            self._maps[name] = {key.strip(): value.strip() for key, value in pairs}
        return self._maps[name]

    def alternation(self, name: str) -> str:
        """The list's words as a regex alternation (`a|b`), in the list's order; one that never matches
        when the list is empty, since an empty alternation would match everywhere."""
        return "|".join(re.escape(word) for word in self.words_in_order(name)) or NEVER_MATCHES

    def words_in_order(self, name: str) -> tuple[str, ...]:
        """A list of words or phrases, one a line, in its file's order."""
        return tuple(row.strip() for row in self.rows(name))

    def say(self, key: str, **values: object) -> str:
        """One of the sentences the engine writes, in this language, with the values filled in."""
        return self.wording[key].format(**values)


def _read_rows(folder: Traversable, name: str, code: str) -> tuple[str, ...]:
    *subfolders, stem = name.split("/")  # "grammar/subject_deps": a list in a subfolder
    for suffix in (".txt", ".tsv"):
        path = folder.joinpath(*subfolders, stem + suffix)
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            return tuple(line.rstrip("\n") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    raise FileNotFoundError(f"no word list {code}/{name} in {folder}")


def profile_at(folder: Traversable | Path, code: str | None = None) -> LanguageProfile:
    """The profile a folder holds (a built-in one, or one of your own on disk)."""
    profile_file = folder.joinpath(PROFILE_FILE)
    if not profile_file.is_file():
        raise UsageProblem(f"{folder} is no language profile: it has no {PROFILE_FILE}")
    data = tomllib.loads(profile_file.read_text(encoding="utf-8"))
    return LanguageProfile(
        code=code or str(data.get("code") or folder.name),
        name=str(data["name"]),
        models=tuple(data["models"]),
        wording=dict(data.get("wording", {})),
        folder=folder,
    )


@functools.cache
def load_profile(code: str = DEFAULT_LANGUAGE) -> LanguageProfile:
    """The built-in profile `briefing/lang/<code>/`, or the profile in the folder `code` names (a path
    holding a `profile.toml`); loaded once per process."""
    if not code.isidentifier() and Path(code).joinpath(PROFILE_FILE).is_file():
        return profile_at(Path(code).resolve())
    folder = resources.files(__package__).joinpath(code)
    if not code.isidentifier() or not folder.joinpath(PROFILE_FILE).is_file():
        known = sorted(p.name for p in resources.files(__package__).iterdir() if p.joinpath(PROFILE_FILE).is_file())
        raise UsageProblem(f"no language profile {code!r} (known: {', '.join(known)})")
    return profile_at(folder, code)


_ACTIVE: contextvars.ContextVar[LanguageProfile | None] = contextvars.ContextVar("briefing_language", default=None)


def active_profile() -> LanguageProfile:
    """The profile of the analysis under way; English when none is (a helper called on its own)."""
    return _ACTIVE.get() or load_profile(DEFAULT_LANGUAGE)


@contextlib.contextmanager
def speaking(profile: LanguageProfile) -> Iterator[LanguageProfile]:
    """Make `profile` the active one for the duration of a `with` block (one analysis)."""
    token = _ACTIVE.set(profile)
    try:
        yield profile
    finally:
        _ACTIVE.reset(token)
