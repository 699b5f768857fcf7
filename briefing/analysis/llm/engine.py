"""The LLM engine's run: the request (or requests) for one article, then grounding.

One request per article (a very long one is sent in parts and the replies merged), answered in the
brief's own JSON shape with quotes for evidence; then grounding (`ground.py`) keeps only what the
article says. `analyse` is the engine's entry point; `analyse_auto` uses the endpoint when one is
configured and the offline engine when there is none or it fails.
"""

from __future__ import annotations

import threading
import time
import warnings
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from briefing.analysis.llm import cache
from briefing.analysis.llm.ground import Grounding, ground
from briefing.analysis.llm.locate import sentence_spans
from briefing.analysis.llm.prompt import llm_schema, messages_for
from briefing.analysis.llm.settings import LlmSettings, check_engine
from briefing.errors import EndpointError
from briefing.model import Article, Brief, dated

# An 8B model with an 8k-token context holds the prompt, about 4,000 tokens of article and the
# reply; longer articles go in parts of at most this many characters, cut between paragraphs.
MAX_PART_CHARS = 16_000
PART_WORKERS = 4  # parts of one article asked at once

_last = threading.local()


@dataclass
class RunReport:
    """What one article cost and what grounding did, for -v."""

    endpoint: str
    model: str
    seconds: float = 0.0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    requests: int = 0
    parts: int = 0
    cached: int = 0
    modes: list[str] = field(default_factory=list)
    grounding: Grounding = field(default_factory=Grounding)

    def describe(self) -> str:
        asked = f"{self.requests} request(s)"
        if self.cached:
            asked += f", {self.cached} of {self.parts} part(s) from the cache"
        mode = "/".join(sorted(set(self.modes))) or "cache"
        return (
            f"llm {self.model} at {self.endpoint}: {self.seconds:.2f} s, {asked}, {self.prompt_tokens} prompt + "
            f"{self.completion_tokens} completion tokens ({mode}); {self.grounding.describe()}"
        )


def last_report() -> RunReport | None:
    """The report of the last article this thread briefed with the LLM engine."""
    return getattr(_last, "report", None)


def analyse(article: Article, options: Any) -> Brief:
    """The brief of one article from the configured endpoint (options.llm), grounded in its text."""
    settings: LlmSettings = options.llm or LlmSettings()
    check_engine("llm", settings)
    article = dated(article)
    report = RunReport(settings.endpoint, settings.model or "")
    _last.report = None
    started = time.monotonic()
    parts = split_article(article.text)
    report.parts = len(parts)
    replies = _replies(article, parts, settings, bool(getattr(options, "cache", True)), report)
    brief, report.grounding = ground(merge_replies(replies), article)
    report.seconds = time.monotonic() - started
    _last.report = report
    return brief


def analyse_auto(article: Article, options: Any) -> Brief:
    """The endpoint's brief when one is configured and answers; else the offline engine's, with a warning."""
    settings: LlmSettings = options.llm or LlmSettings()
    if settings.configured:
        try:
            return analyse(article, options)
        except EndpointError as exc:
            warnings.warn(f"{exc}; briefed with the offline engine instead", stacklevel=2)
    _last.report = None
    return _offline(article, options)


def _offline(article: Article, options: Any) -> Brief:
    from briefing.analysis.engines import engine_named

    return engine_named("rules")(article, options)


def _replies(
    article: Article, parts: list[str], settings: LlmSettings, use_cache: bool, report: RunReport
) -> list[dict[str, Any]]:
    from briefing.analysis.llm.client import request_brief

    schema = llm_schema()

    def one(index: int) -> dict[str, Any]:
        part = (index + 1, len(parts)) if len(parts) > 1 else None
        messages = messages_for(parts[index], article.published, article.title, part)
        key = cache.cache_key(settings, messages, schema)
        if use_cache:
            stored = cache.load(key)
            if stored is not None:
                report.cached += 1
                return stored["data"]
        reply = request_brief(settings, messages, schema)
        report.prompt_tokens += reply.prompt_tokens
        report.completion_tokens += reply.completion_tokens
        report.requests += reply.requests
        report.modes.append(reply.mode)
        if use_cache:
            cache.store(key, {"data": reply.data, "mode": reply.mode})
        return reply.data

    if len(parts) == 1:
        return [one(0)]
    with ThreadPoolExecutor(max_workers=min(PART_WORKERS, len(parts))) as pool:
        return list(pool.map(one, range(len(parts))))


def split_article(text: str, limit: int = MAX_PART_CHARS) -> list[str]:
    """The article in parts of at most `limit` characters, cut between paragraphs (or, inside a very
    long paragraph, between sentences). Every part is a verbatim slice: quotes stay locatable."""
    if len(text) <= limit:
        return [text]
    cuts = [e for _, e in sentence_spans(text)]
    parts: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        end = window.rfind("\n", limit // 2)
        if end <= 0:
            end = max((c - start for c in cuts if start < c <= start + limit), default=limit)
        parts.append(text[start : start + end])
        start += end
    parts.append(text[start:])
    return [p for p in parts if p.strip()]


def merge_replies(replies: list[dict[str, Any]]) -> dict[str, Any]:
    """One reply from the replies to the parts: lists joined (grounding merges sides and drops
    repeated items), the first part's title and summary."""
    if len(replies) == 1:
        return replies[0]
    merged: dict[str, Any] = {"title": replies[0].get("title"), "summary": replies[0].get("summary")}
    for key in ("sides", "third_parties", "upcoming", "background"):
        merged[key] = [entry for reply in replies if isinstance(reply.get(key), list) for entry in reply[key]]
    return merged
