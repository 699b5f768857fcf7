"""The look of a brief: organisation, marking, page size, colours, fonts, logo.

Read from a small TOML file (`--theme FILE` or the config file's `[theme]`
table); every key is optional and falls back to the default below.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from briefing.errors import ConfigError
from briefing.reading import read_regular_file

PAGE_SIZES = ("A4", "Letter")


_PRINTED_KEYS = frozenset({"organisation", "marking", "author"})


@dataclass(frozen=True)
class Theme:
    organisation: str = ""
    marking: str = ""  # handling marking, e.g. "OFFICIAL – SENSITIVE"; empty for none
    author: str = ""
    page_size: str = "A4"
    logo: Path | None = None
    primary_color: str = "#1F3864"  # headings and rules
    accent_color: str = "#C00000"  # the marking
    body_font: str = ""  # a font family name or a .ttf path; empty for the bundled family
    heading_font: str = ""

    @classmethod
    def from_mapping(cls, data: dict[str, Any], *, base_dir: Path | None = None) -> Theme:
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"unknown theme key(s): {', '.join(unknown)} (known: {', '.join(sorted(known))})")
        from briefing.textclean import clean_line  # here: the CLI's start-up reads PAGE_SIZES only

        values: dict[str, Any] = {}
        for key, value in data.items():
            if not isinstance(value, str):
                raise ConfigError(f"theme key {key!r} must be text, not {type(value).__name__} {value!r}")
            # Words the brief prints are cleaned like article text: no terminal escapes, no bidi overrides.
            values[key] = clean_line(value) if key in _PRINTED_KEYS else value.strip()
        logo = values.pop("logo", "")
        if logo:
            path = Path(logo).expanduser()
            values["logo"] = base_dir / path if base_dir is not None and not path.is_absolute() else path
        theme = cls(**values)
        theme.validate()
        return theme

    def validate(self) -> None:
        if self.page_size not in PAGE_SIZES:
            raise ConfigError(f"page_size must be one of {', '.join(PAGE_SIZES)}, not {self.page_size!r}")
        for name in ("primary_color", "accent_color"):
            value = getattr(self, name)
            if not (len(value) == 7 and value.startswith("#") and _is_hex(value[1:])):
                raise ConfigError(f"{name} must be a colour like #1F3864, not {value!r}")
        if self.logo is not None and not self.logo.exists():
            raise ConfigError(f"logo image not found: {self.logo}")
        if self.logo is not None and not self.logo.is_file():
            raise ConfigError(f"logo image {self.logo} is not a regular file")

    def with_overrides(self, **changes: Any) -> Theme:
        changes = {k: v for k, v in changes.items() if v is not None}
        theme = replace(self, **changes)
        theme.validate()
        return theme


def _is_hex(s: str) -> bool:
    try:
        int(s, 16)
    except ValueError:
        return False
    return True


MAX_THEME_BYTES = 1_000_000  # a theme is a few lines of TOML


def load_theme(path: Path) -> Theme:
    import tomllib  # here, not at the top: the CLI imports this module for --help too

    raw = read_regular_file(path, MAX_THEME_BYTES, "theme file", ConfigError)
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: cannot read the theme ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML ({exc})") from None
    table = data.get("theme", data)
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: 'theme' must be a table of settings, not {type(table).__name__}")
    return Theme.from_mapping(table, base_dir=path.parent)
