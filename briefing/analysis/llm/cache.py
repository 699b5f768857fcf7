"""Replies kept on disk, so rendering an article again (another format, another template) asks nothing.

A reply is keyed by what decides it: the endpoint, the model, the messages (the prompt and the
article) and the schema, plus the token limit. The cache lives in the user's cache directory
(`briefing/llm/`); it holds article text, so the directory is the user's alone (0700) and each
file too (0600). The key is never part of it: only a hash of the request names a file.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

import platformdirs

from briefing.analysis.llm.settings import LlmSettings

CACHE_VERSION = 1  # bump when the stored shape changes: old files are then misses, never errors


def cache_dir() -> Path:
    return platformdirs.user_cache_path("briefing") / "llm"


def cache_key(settings: LlmSettings, messages: list[dict[str, str]], schema: dict[str, Any]) -> str:
    request = {
        "version": CACHE_VERSION,
        "endpoint": settings.endpoint,
        "model": settings.model,
        "max_tokens": settings.max_tokens,
        "messages": messages,
        "schema": schema,
    }
    return hashlib.sha256(json.dumps(request, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


def load(key: str) -> dict[str, Any] | None:
    """The stored reply, or None (absent, unreadable or of another version: asked again)."""
    path = cache_dir() / f"{key}.json"
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(stored, dict) or stored.get("version") != CACHE_VERSION:
        return None
    if not isinstance(stored.get("data"), dict):
        return None
    return stored


def store(key: str, entry: dict[str, Any]) -> None:
    """Write atomically, private to the user. A cache that cannot be written is no reason to fail."""
    folder = cache_dir()
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(folder, 0o700)
        fd, temp = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".json")  # mkstemp makes it 0600
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"version": CACHE_VERSION, **entry}, handle, ensure_ascii=False)
            os.replace(temp, folder / f"{key}.json")
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise
