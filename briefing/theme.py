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
        if self.logo is not None:
            check_logo(self.logo)

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
MAX_LOGO_BYTES = 10_000_000  # a header logo; a larger file is a photograph or a mistake
# A header logo is drawn about 12 mm high: 4096 x 4096 pixels is far more than any printer shows. A
# 13,000 x 13,000 PNG is 530 KB on disk and 680 MB decoded, so the size is read from the header first.
MAX_LOGO_PIXELS = 4096 * 4096
LOGO_FORMATS = ("PNG", "JPEG", "GIF")


def check_logo(path: Path) -> None:
    """Refuse a logo that is not a regular file of bounded size, not a PNG, JPEG or GIF, or has more
    than `MAX_LOGO_PIXELS` pixels, reading only its header (the pixels are never decoded here)."""
    import io
    import warnings

    from PIL import Image, UnidentifiedImageError

    data = read_regular_file(path, MAX_LOGO_BYTES, "logo image", ConfigError)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:  # reads the header only
                kind, (width, height) = image.format, image.size
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, ValueError, SyntaxError):
        raise ConfigError(f"logo image {path} is not a PNG, JPEG or GIF image") from None
    if kind not in LOGO_FORMATS:
        raise ConfigError(f"logo image {path} is {kind}; use PNG, JPEG or GIF")
    if width * height > MAX_LOGO_PIXELS:
        raise ConfigError(
            f"logo image {path} is {width} x {height} pixels, over the limit of {MAX_LOGO_PIXELS:,} pixels; "
            "scale it down (a header logo needs a few hundred pixels)"
        )


def load_theme(path: Path) -> Theme:
    import tomllib  # here, not at the top: the CLI imports this module for --help too

    raw = read_regular_file(path, MAX_THEME_BYTES, "theme file", ConfigError)
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: cannot read the theme ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML ({exc})") from None
    except RecursionError:
        raise ConfigError(f"{path}: invalid TOML (nested too deeply)") from None
    table = data.get("theme", data)
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: 'theme' must be a table of settings, not {type(table).__name__}")
    return Theme.from_mapping(table, base_dir=path.parent)
