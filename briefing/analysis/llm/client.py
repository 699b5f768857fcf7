"""One request to an OpenAI-compatible Chat Completions endpoint, through the `openai` client.

Structured output is asked for as a JSON Schema; a server that refuses it is asked in JSON mode,
then for plain text from which the JSON object is cut out. A reply that is not JSON gets one
request to repair it. A rate limit (HTTP 429) is waited out a bounded number of times. Every other
failure is one line naming the endpoint, never the key.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass
from typing import Any

from briefing.analysis.llm.prompt import REPAIR_PROMPT, SCHEMA_NAME, SHAPE_HINT
from briefing.analysis.llm.settings import API_KEY_ENV, LLM_ENV, LlmSettings
from briefing.errors import EndpointError

MODES = ("json_schema", "json_object", "text")
SEED = 7  # any fixed number: the same article gives the same reply where the server honours a seed
TEMPERATURE = 0.0
# 429: at most this many tries, waiting the server's Retry-After (capped) or doubling from 1 s.
RATE_LIMIT_TRIES = 5
FIRST_BACKOFF_SECONDS = 1.0
MAX_BACKOFF_SECONDS = 30.0
# Parameters a server may refuse with HTTP 400, and what to do then: drop it, or use another name.
_OPTIONAL_PARAMETERS = ("seed", "temperature")
_FORMAT_WORDS = re.compile(r"response_format|json_schema|json_object|structured|schema|grammar", re.IGNORECASE)
_FENCE = re.compile(r"```(?:json)?\s*(.*?)```", re.DOTALL | re.IGNORECASE)
_SHOWN_ERROR_CHARS = 160


@dataclass
class Reply:
    data: dict[str, Any]
    mode: str  # the response format the server took
    prompt_tokens: int = 0
    completion_tokens: int = 0
    requests: int = 0
    seconds: float = 0.0


def request_brief(settings: LlmSettings, messages: list[dict[str, str]], schema: dict[str, Any]) -> Reply:
    """The reply's JSON object for these messages, or EndpointError with a one-line reason."""
    return _Conversation(settings, schema).run(messages)


class _Conversation:
    def __init__(self, settings: LlmSettings, schema: dict[str, Any]) -> None:
        import openai

        self.openai = openai
        self.settings = settings
        self.schema = schema
        self.client = openai.OpenAI(
            base_url=settings.url,
            api_key=settings.api_key or "no-key",  # local servers take any key; the client wants one
            timeout=settings.timeout,
            max_retries=0,  # retries are ours: bounded, and only where they can help
        )
        self.parameters: dict[str, Any] = {"temperature": TEMPERATURE, "seed": SEED, "max_tokens": settings.max_tokens}
        self.reply = Reply({}, MODES[0])

    def run(self, messages: list[dict[str, str]]) -> Reply:
        started = time.monotonic()
        try:
            content, finish = self._first_answer(messages)
            data, problem = parse_json_object(content)
            if data is None and finish == "length":
                raise self._error(
                    f"the reply was cut at the token limit ({self.settings.max_tokens}); raise "
                    f"{LLM_ENV['max_tokens']} or max_tokens in [llm]"
                )
            if data is None:
                repair = [
                    *self._shaped(messages),
                    {"role": "assistant", "content": content},
                    {"role": "user", "content": REPAIR_PROMPT.format(problem=problem)},
                ]
                content, _ = self._complete(repair, self.reply.mode)
                data, problem = parse_json_object(content)
            if data is None:
                raise self._error(f"the reply is not valid JSON, even after a request to repair it ({problem})")
        finally:
            self.reply.seconds = time.monotonic() - started
            self.client.close()
        self.reply.data = data
        return self.reply

    def _first_answer(self, messages: list[dict[str, str]]) -> tuple[str, str | None]:
        """The first reply, in the first response format the server takes."""
        for mode in MODES:
            self.reply.mode = mode
            try:
                return self._complete(self._shaped(messages), mode)
            except _FormatRefused:
                continue
        raise self._error("refused every response format (JSON schema, JSON mode, plain text)")

    def _shaped(self, messages: list[dict[str, str]]) -> list[dict[str, str]]:
        """Without a schema the model is told the shape in words."""
        if self.reply.mode == "json_schema":
            return messages
        system, *rest = messages
        return [{"role": "system", "content": f"{system['content']}\n{SHAPE_HINT}"}, *rest]

    def _complete(self, messages: list[dict[str, str]], mode: str) -> tuple[str, str | None]:
        """One answer, the rate limit waited out and refused optional parameters dropped."""
        openai = self.openai
        waited = 0
        while True:
            self.reply.requests += 1
            try:
                response = self.client.chat.completions.create(
                    model=self.settings.model or "",
                    messages=messages,
                    **self._request_options(mode),  # type: ignore[arg-type]
                )
            except openai.RateLimitError as exc:
                waited += 1
                if waited >= RATE_LIMIT_TRIES:
                    raise self._error(f"rate limited (HTTP 429) {waited} times in a row; try again later") from None
                time.sleep(_backoff(exc, waited))
                continue
            except (openai.BadRequestError, openai.UnprocessableEntityError) as exc:
                if self._drop_refused_parameter(exc):
                    continue
                if mode != "text" and _FORMAT_WORDS.search(_message_of(exc)):
                    raise _FormatRefused from None
                raise self._failure(exc) from None
            except (openai.APIStatusError, openai.APIConnectionError) as exc:
                raise self._failure(exc) from None
            return self._answer(response)

    def _request_options(self, mode: str) -> dict[str, Any]:
        """The request's parameters (as many as the server still takes) and its response format."""
        options: dict[str, Any] = dict(self.parameters)
        if mode == "json_schema":
            options["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": SCHEMA_NAME, "strict": True, "schema": self.schema},
            }
        elif mode == "json_object":
            options["response_format"] = {"type": "json_object"}
        return options

    def _failure(self, exc: Exception) -> EndpointError:
        """The one-line error a refused or failed request ends the run with."""
        openai = self.openai
        if isinstance(exc, openai.AuthenticationError):
            return self._error(f"HTTP {exc.status_code}: the key was refused (check {API_KEY_ENV})")
        if isinstance(exc, openai.APIStatusError):
            return self._error(f"HTTP {exc.status_code}: {self._short(_message_of(exc))}")
        if isinstance(exc, openai.APITimeoutError):
            return self._error(
                f"no reply within {self.settings.timeout:g} s (raise {LLM_ENV['timeout']} or timeout in [llm])"
            )
        return self._error(f"cannot connect ({self._short(_root_cause(exc))})")

    def _answer(self, response: Any) -> tuple[str, str | None]:
        usage = getattr(response, "usage", None)
        if usage is not None:
            self.reply.prompt_tokens += getattr(usage, "prompt_tokens", 0) or 0
            self.reply.completion_tokens += getattr(usage, "completion_tokens", 0) or 0
        choices = getattr(response, "choices", None) or []
        if not choices:
            raise self._error("the reply holds no answer (no choices)")
        message = choices[0].message
        content = getattr(message, "content", None)
        if not content and getattr(message, "refusal", None):
            raise self._error(f"the model refused: {self._short(message.refusal)}")
        return content or "", getattr(choices[0], "finish_reason", None)

    def _drop_refused_parameter(self, exc: Exception) -> bool:
        """A server that refuses `seed` or `temperature` is asked without it; one that wants
        `max_completion_tokens` (newer OpenAI models) gets the limit under that name."""
        text = _message_of(exc)
        if "max_completion_tokens" in text and "max_tokens" in self.parameters:
            self.parameters["max_completion_tokens"] = self.parameters.pop("max_tokens")
            return True
        for name in _OPTIONAL_PARAMETERS:
            if name in self.parameters and re.search(rf"\b{name}\b", text):
                del self.parameters[name]
                return True
        return False

    def _short(self, text: str) -> str:
        text = " ".join(str(text).split())
        if self.settings.api_key:
            text = text.replace(self.settings.api_key, "********")
        return text if len(text) <= _SHOWN_ERROR_CHARS else text[: _SHOWN_ERROR_CHARS - 1] + "…"

    def _error(self, reason: str) -> EndpointError:
        return EndpointError(f"LLM endpoint {self.settings.endpoint} (model {self.settings.model}): {reason}")


class _FormatRefused(Exception):
    """The server refused the response format asked for: the next one is tried."""


def _message_of(exc: Exception) -> str:
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        error = body.get("error", body)
        if isinstance(error, dict) and error.get("message"):
            return str(error["message"])
        if isinstance(error, str):
            return error
    return str(getattr(exc, "message", "") or exc)


def _root_cause(exc: BaseException) -> str:
    while exc.__cause__ is not None:
        exc = exc.__cause__
    text = str(exc)
    return "connection refused" if "refused" in text.lower() else (text or type(exc).__name__)


def _backoff(exc: Exception, attempt: int) -> float:
    """The server's Retry-After when it gives one in seconds, else 1, 2, 4... seconds; capped."""
    response = getattr(exc, "response", None)
    header = response.headers.get("retry-after") if response is not None else None
    try:
        wait = float(header) if header is not None else FIRST_BACKOFF_SECONDS * 2 ** (attempt - 1)
    except ValueError:
        wait = FIRST_BACKOFF_SECONDS * 2 ** (attempt - 1)
    return max(0.0, min(wait, MAX_BACKOFF_SECONDS))


# A reply's object must hold one of the brief's own keys: a fragment cut out of a broken reply (one
# evidence object, say) is not the brief.
BRIEF_KEYS = frozenset({"sides", "third_parties", "upcoming", "background", "title", "summary"})


def _is_brief(value: Any) -> bool:
    return isinstance(value, dict) and not BRIEF_KEYS.isdisjoint(value)


def parse_json_object(content: str) -> tuple[dict[str, Any] | None, str]:
    """The brief's JSON object in a reply: the whole reply, a fenced block, or the first such object
    in the text. Returns (object, "") or (None, what was wrong)."""
    text = content.strip()
    if not text:
        return None, "empty reply"
    value, problem = _whole_or_fenced(text)
    if value is None:
        value = _first_embedded(text)
    if value is not None:
        return value, ""
    return None, problem or "no JSON object in the reply"


def _whole_or_fenced(text: str) -> tuple[dict[str, Any] | None, str]:
    """The brief's object as the whole reply or a fenced block; else what the first try found wrong."""
    problem = ""
    for candidate in [text, *(m.group(1).strip() for m in _FENCE.finditer(text))]:
        try:
            value = json.loads(candidate)
        except json.JSONDecodeError as exc:
            problem = problem or f"{exc.msg} at line {exc.lineno} column {exc.colno}"
            continue
        if _is_brief(value):
            return value, ""
        problem = problem or "a JSON value that is not the brief's object"
    return None, problem


def _first_embedded(text: str) -> dict[str, Any] | None:
    """The first brief's object that opens at a brace somewhere in the text."""
    decoder = json.JSONDecoder()
    for m in re.finditer(r"\{", text):
        try:
            value, _ = decoder.raw_decode(text, m.start())
        except json.JSONDecodeError:
            continue
        if _is_brief(value):
            return value
    return None
