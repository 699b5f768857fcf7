"""User settings: SMTP delivery and the default theme, from the environment and a TOML file.

The config file is `config.toml` in the user's config directory (or the file
named by `BRIEFING_CONFIG`). Its top-level `engine` key picks the analysis engine and its `[llm]`
table the LLM endpoint (see `briefing/analysis/llm/settings.py`). Its `[smtp]` table holds host, port, user,
password, security, from, timeout, verify and cafile; `[theme]` holds theme
keys. A `BRIEFING_SMTP_*` environment variable wins over the file, so a CI job
or a one-off run can override one value without editing the file. Every value
remembers where it came from so `briefing config show` can explain it.
"""

from __future__ import annotations

import os
import stat
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs

from briefing.errors import ConfigError

if TYPE_CHECKING:
    from briefing.analysis.llm.settings import LlmSettings

CONFIG_ENV = "BRIEFING_CONFIG"
SECURITY_MODES = ("starttls", "ssl", "none")
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
DEFAULT_TIMEOUT = 20.0
MAX_TIMEOUT = 600.0
MASK = "********"

# Config file key -> environment variable (BRIEFING_FROM names the sender, hence no SMTP_ in it).
SMTP_ENV = {
    "host": "BRIEFING_SMTP_HOST",
    "port": "BRIEFING_SMTP_PORT",
    "user": "BRIEFING_SMTP_USER",
    "password": "BRIEFING_SMTP_PASSWORD",
    "security": "BRIEFING_SMTP_SECURITY",
    "from": "BRIEFING_FROM",
    "timeout": "BRIEFING_SMTP_TIMEOUT",
    "verify": "BRIEFING_SMTP_VERIFY",
    "cafile": "BRIEFING_SMTP_CAFILE",
}
SMTP_KEYS = tuple(SMTP_ENV)


@dataclass(frozen=True)
class SmtpSettings:
    """How to reach the mail server; `sources` says where each value came from (env, file, default)."""

    host: str | None = None
    port: int = DEFAULT_PORTS["starttls"]
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    security: str = "starttls"
    sender: str | None = None
    timeout: float = DEFAULT_TIMEOUT
    verify: bool = True
    cafile: Path | None = None
    sources: Mapping[str, str] = field(default_factory=dict, compare=False)

    @property
    def server(self) -> str:
        return f"{self.host or '(no host)'}:{self.port}"

    def source_of(self, key: str) -> str:
        return self.sources.get(key, "default")


@dataclass(frozen=True)
class Config:
    path: Path
    file_found: bool
    smtp: SmtpSettings
    theme: dict[str, Any] | None = None
    warnings: tuple[str, ...] = ()


def config_path(env: Mapping[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    override = env.get(CONFIG_ENV)
    if override:
        return Path(override).expanduser()
    return platformdirs.user_config_path("briefing") / "config.toml"


def load_config(env: Mapping[str, str] | None = None) -> Config:
    """The effective settings: the config file (if any) overlaid by environment variables."""
    env = os.environ if env is None else env
    path = config_path(env)
    data = _read_file(path)
    smtp_table = _table(data, "smtp", path)
    theme_table = _table(data, "theme", path) if "theme" in data else None
    unknown = sorted(set(smtp_table) - set(SMTP_KEYS))
    if unknown:
        known = ", ".join(SMTP_KEYS)
        raise ConfigError(f"{path}: unknown [smtp] key(s) {', '.join(unknown)} (known: {known})")

    raw: dict[str, Any] = {}
    sources: dict[str, str] = {}
    for key in SMTP_KEYS:
        var = SMTP_ENV[key]
        if env.get(var, "") != "":
            raw[key], sources[key] = env[var], f"env {var}"
        elif key in smtp_table:
            raw[key], sources[key] = smtp_table[key], f"config file [smtp] {key}"
    smtp = _smtp_settings(raw, sources, path)
    warnings = _file_warnings(path, smtp_table)
    return Config(path, path.is_file(), smtp, theme_table, warnings)


def load_engine_settings(env: Mapping[str, str] | None = None) -> tuple[tuple[str, str], LlmSettings]:
    """The engine (name, where it came from) and the LLM endpoint: the top-level `engine` key and the
    `[llm]` table of the config file, each `BRIEFING_LLM_*` variable winning over its key."""
    from briefing.analysis.llm.settings import DEFAULT_ENGINE, ENGINES, llm_settings

    env = os.environ if env is None else env
    path = config_path(env)
    data = _read_file(path)
    engine = (DEFAULT_ENGINE, "default")
    if "engine" in data:
        if data["engine"] not in ENGINES:
            raise ConfigError(f"{path}: engine must be one of {', '.join(ENGINES)}, not {data['engine']!r}")
        engine = (data["engine"], f"config file ({path})")
    return engine, llm_settings(_table(data, "llm", path), str(path), env)


def load_theme_table(env: Mapping[str, str] | None = None) -> tuple[Path, dict[str, Any] | None]:
    """The config file's [theme] table alone: briefing never depends on the mail settings being right."""
    path = config_path(env)
    data = _read_file(path)
    return path, (_table(data, "theme", path) if "theme" in data else None)


MAX_CONFIG_BYTES = 1_000_000  # a config file is a few lines of TOML; /dev/zero is not one


def _read_file(path: Path) -> dict[str, Any]:
    if not os.path.lexists(path):
        return {}
    from briefing.reading import read_regular_file

    data = read_regular_file(path, MAX_CONFIG_BYTES, "config file", ConfigError)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: cannot read the config file ({exc})") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML ({exc})") from None
    except RecursionError:
        raise ConfigError(f"{path}: invalid TOML (nested too deeply)") from None


def _table(data: dict[str, Any], name: str, path: Path) -> dict[str, Any]:
    table = data.get(name, {})
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [{name}] must be a table")
    return table


def _smtp_settings(raw: dict[str, Any], sources: dict[str, str], path: Path) -> SmtpSettings:
    def where(key: str) -> str:
        src = sources[key]
        return f"{src} ({path})" if src.startswith("config file") else src

    security = str(raw.get("security", "starttls")).strip().lower()
    if security not in SECURITY_MODES:
        modes = ", ".join(SECURITY_MODES)
        raise ConfigError(f"{where('security')}: security must be one of {modes}, not {security!r}")
    port = DEFAULT_PORTS[security]
    if "port" in raw:
        port = _int_in_range(raw["port"], 1, 65535, f"{where('port')}: port")
    else:
        sources["port"] = f"default for {security}"
    timeout = DEFAULT_TIMEOUT
    if "timeout" in raw:
        timeout = _float_in_range(raw["timeout"], 0.1, MAX_TIMEOUT, f"{where('timeout')}: timeout (seconds)")
    verify = True
    if "verify" in raw:
        verify = _boolean(raw["verify"], f"{where('verify')}: verify")
    cafile = None
    if raw.get("cafile"):
        cafile = Path(str(raw["cafile"])).expanduser()
        if not cafile.is_file():
            raise ConfigError(f"{where('cafile')}: CA file not found: {cafile}")
    return SmtpSettings(
        host=_text(raw.get("host")),
        port=port,
        user=_text(raw.get("user")),
        password=None if raw.get("password") in (None, "") else str(raw["password"]),
        security=security,
        sender=_text(raw.get("from")),
        timeout=timeout,
        verify=verify,
        cafile=cafile,
        sources=dict(sources),
    )


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _int_in_range(value: Any, low: int, high: int, what: str) -> int:
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ConfigError(f"{what} must be a whole number, not {value!r}") from None
    if not low <= number <= high:
        raise ConfigError(f"{what} must be between {low} and {high}, not {number}")
    return number


def _float_in_range(value: Any, low: float, high: float, what: str) -> float:
    try:
        number = float(str(value).strip())
    except ValueError:
        raise ConfigError(f"{what} must be a number, not {value!r}") from None
    if not low <= number <= high:
        raise ConfigError(f"{what} must be between {low:g} and {high:g}, not {number:g}")
    return number


def _boolean(value: Any, what: str) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off"):
        return False
    raise ConfigError(f"{what} must be true or false, not {value!r}")


def _file_warnings(path: Path, smtp_table: dict[str, Any]) -> tuple[str, ...]:
    # A password in a file others can read is worth a word, not a refusal: the user may share the box alone.
    if "password" not in smtp_table or os.name != "posix":
        return ()
    try:
        mode = path.stat().st_mode
    except OSError:
        return ()
    if mode & (stat.S_IRGRP | stat.S_IROTH):
        return (f"{path} holds an SMTP password and is readable by other users; run: chmod 600 {path}",)
    return ()


def describe(config: Config) -> list[tuple[str, str, str]]:
    """(setting, value, source) rows for `briefing config show`; the password is masked."""
    smtp = config.smtp
    values: dict[str, str] = {
        "host": smtp.host or "(not set)",
        "port": str(smtp.port),
        "security": smtp.security,
        "user": smtp.user or "(not set)",
        "password": MASK if smtp.password else "(not set)",
        "from": smtp.sender or "(not set)",
        "timeout": f"{smtp.timeout:g} s",
        "verify": "true" if smtp.verify else "false (certificates are NOT checked)",
        "cafile": str(smtp.cafile) if smtp.cafile else "(system CA store)",
    }
    rows = [(f"smtp.{key}", values[key], smtp.source_of(key)) for key in SMTP_KEYS]
    if config.theme is not None:
        keys = ", ".join(sorted(config.theme)) or "empty"
        rows.append(("theme", f"[theme] table ({keys})", "config file"))
    else:
        rows.append(("theme", "(not set)", "default"))
    return rows
