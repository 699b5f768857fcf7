"""Where the LLM endpoint is: the environment, else the config file's `[llm]` table.

`BRIEFING_LLM_URL`, `BRIEFING_LLM_MODEL`, `BRIEFING_LLM_TIMEOUT` and `BRIEFING_LLM_MAX_TOKENS`
win over `url`, `model`, `timeout` and `max_tokens` in `[llm]`. The API key comes from
`BRIEFING_LLM_API_KEY` only: never the command line, never the file, never shown.
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from briefing.errors import ConfigError, UsageProblem

LLM_ENV = {
    "url": "BRIEFING_LLM_URL",
    "model": "BRIEFING_LLM_MODEL",
    "timeout": "BRIEFING_LLM_TIMEOUT",
    "max_tokens": "BRIEFING_LLM_MAX_TOKENS",
}
API_KEY_ENV = "BRIEFING_LLM_API_KEY"
ENGINES = ("rules", "llm", "auto")
DEFAULT_ENGINE = "rules"
# A 7-8B model on a desk machine's CPU may take minutes for a long article; a hosted one, seconds.
DEFAULT_TIMEOUT = 300.0
MAX_TIMEOUT = 3600.0
# Room for the brief of a long article; the reply of a typical one is 1,000-2,500 tokens.
DEFAULT_MAX_TOKENS = 4096
MAX_TOKENS_LIMIT = 200_000
MASK = "********"
_LOCAL_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})


@dataclass(frozen=True)
class LlmSettings:
    """One OpenAI-compatible endpoint; `sources` says where each value came from (env, file, default)."""

    url: str | None = None
    model: str | None = None
    api_key: str | None = field(default=None, repr=False)
    timeout: float = DEFAULT_TIMEOUT
    max_tokens: int = DEFAULT_MAX_TOKENS
    sources: Mapping[str, str] = field(default_factory=dict, compare=False)

    @property
    def configured(self) -> bool:
        return bool(self.url and self.model)

    @property
    def endpoint(self) -> str:
        """The URL as messages show it: without a user or password in it, nor a query."""
        return _without_credentials(self.url or "(no URL)")

    def source_of(self, key: str) -> str:
        return self.sources.get(key, "default")

    def warnings(self) -> list[str]:
        """Plain http to another machine sends the article, and the key if any, in clear text."""
        parts = urlsplit(self.url or "")
        if parts.scheme == "http" and not _is_local(parts.hostname or ""):
            return [f"the LLM endpoint {self.endpoint} is plain http to another machine: the article goes unencrypted"]
        return []


def _without_credentials(url: str) -> str:
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = host + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def _is_local(host: str) -> bool:
    if host.lower() in _LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def llm_settings(table: Mapping[str, Any], where: str, env: Mapping[str, str] | None = None) -> LlmSettings:
    """The endpoint's settings from the `[llm]` table (read from `where`) and the environment."""
    env = os.environ if env is None else env
    _check_keys(table, where)
    raw, sources = _values(table, where, env)
    url = str(raw["url"]).strip() if raw.get("url") else None
    if url and urlsplit(url).scheme not in ("http", "https"):
        raise ConfigError(f"{sources['url']}: the LLM URL must start with http:// or https://, not {url!r}")
    key = env.get(API_KEY_ENV, "").strip() or None
    if key:
        sources["api_key"] = f"env {API_KEY_ENV}"
    return LlmSettings(
        url=url,
        model=str(raw["model"]).strip() if raw.get("model") else None,
        api_key=key,
        timeout=_number(raw, "timeout", sources, DEFAULT_TIMEOUT, 1.0, MAX_TIMEOUT, float),
        max_tokens=int(_number(raw, "max_tokens", sources, DEFAULT_MAX_TOKENS, 256, MAX_TOKENS_LIMIT, int)),
        sources=sources,
    )


def _check_keys(table: Mapping[str, Any], where: str) -> None:
    """The `[llm]` table holds only keys we read, and never the key itself."""
    unknown = sorted(set(table) - set(LLM_ENV))
    if "api_key" in unknown:
        raise ConfigError(f"{where}: [llm] api_key is not read from a file; set {API_KEY_ENV} instead")
    if unknown:
        raise ConfigError(f"{where}: unknown [llm] key(s) {', '.join(unknown)} (known: {', '.join(LLM_ENV)})")


def _values(table: Mapping[str, Any], where: str, env: Mapping[str, str]) -> tuple[dict[str, Any], dict[str, str]]:
    """Each setting's raw value and where it came from: the environment over the config file."""
    raw: dict[str, Any] = {}
    sources: dict[str, str] = {}
    for key, var in LLM_ENV.items():
        if env.get(var, "").strip():
            raw[key], sources[key] = env[var].strip(), f"env {var}"
        elif key in table:
            raw[key], sources[key] = table[key], f"config file [llm] {key} ({where})"
    return raw, sources


def _number(
    raw: dict[str, Any], key: str, sources: dict[str, str], default: float, low: float, high: float, kind: type
) -> float:
    if key not in raw:
        return default
    try:
        value = kind(str(raw[key]).strip())
    except ValueError:
        raise ConfigError(f"{sources[key]}: {key} must be a number, not {raw[key]!r}") from None
    if not low <= value <= high:
        raise ConfigError(f"{sources[key]}: {key} must be between {low:g} and {high:g}, not {value:g}")
    return value


def check_engine(engine: str, settings: LlmSettings) -> None:
    """`--engine llm` needs an endpoint and the client library; said before any article is read."""
    if engine not in ENGINES:
        raise UsageProblem(f"unknown engine {engine!r} (known: {', '.join(ENGINES)})")
    if engine == "rules" or (engine == "auto" and not settings.configured):
        return
    if not settings.configured:
        missing = [var for key, var in LLM_ENV.items() if key in ("url", "model") and not getattr(settings, key)]
        raise UsageProblem(
            f"--engine llm needs an endpoint: set {' and '.join(missing)} (or url and model in the config "
            "file's [llm] table), e.g. BRIEFING_LLM_URL=http://localhost:11434/v1 BRIEFING_LLM_MODEL=qwen2.5:7b"
        )
    try:
        import openai  # noqa: F401
    except ImportError:
        raise UsageProblem("--engine llm needs the openai package: pip install 'briefing[llm]'") from None


def describe(settings: LlmSettings, engine: tuple[str, str]) -> list[tuple[str, str, str]]:
    """(setting, value, source) rows for `briefing config show`; the key masked."""
    return [
        ("engine", engine[0], engine[1]),
        ("llm.url", settings.endpoint if settings.url else "(not set)", settings.source_of("url")),
        ("llm.model", settings.model or "(not set)", settings.source_of("model")),
        ("llm.api_key", MASK if settings.api_key else "(not set)", settings.source_of("api_key")),
        ("llm.timeout", f"{settings.timeout:g} s", settings.source_of("timeout")),
        ("llm.max_tokens", str(settings.max_tokens), settings.source_of("max_tokens")),
    ]
