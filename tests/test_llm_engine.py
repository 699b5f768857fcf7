"""The LLM engine against a real OpenAI-compatible server on loopback (tests/llm_server.py), through
the real `openai` client: each scripted reply of issue 24, point 7, and what the engine makes of it."""

from __future__ import annotations

import dataclasses
import json
import stat
import warnings
from pathlib import Path
from typing import Any

import jsonschema
import llm_replies as R
import pytest
from llm_server import LlmServer, Scripted, error, reply
from smtp_server import free_port

from briefing.analysis.llm import analyse, analyse_auto, last_report
from briefing.analysis.llm import ground as G
from briefing.analysis.llm.client import RATE_LIMIT_TRIES
from briefing.analysis.llm.engine import split_article
from briefing.analysis.llm.prompt import SYSTEM_PROMPT, article_marker, llm_schema
from briefing.analysis.llm.settings import LlmSettings
from briefing.errors import EndpointError
from briefing.model import Article, Brief, brief_json_schema

KEY = "sk-test-0123456789abcdef"


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own cache directory (platformdirs reads XDG_CACHE_HOME)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "briefing" / "llm"


def article(text: str | None = None) -> Article:
    return Article(text if text is not None else R.ARTICLE_PATH.read_text(encoding="utf-8"), published=R.PUBLISHED)


def options(server: LlmServer | str, *, cache: bool = False, timeout: float = 10.0, key: str | None = KEY) -> Any:
    from briefing.analysis.options import AnalysisOptions

    url = server if isinstance(server, str) else server.url
    settings = LlmSettings(url=url, model="test-7b", api_key=key, timeout=timeout)
    return AnalysisOptions(engine="llm", llm=settings, cache=cache)


def always(answer: Scripted | dict[str, Any]) -> Any:
    scripted = answer if isinstance(answer, Scripted) else reply(answer)
    return lambda body, n: scripted


def grounded(brief: Brief, text: str) -> None:
    """The checks every brief passes: each quote is the article's own span, and the JSON fits the schema."""
    for e in brief.evidence():
        assert text[e.start : e.end] == e.quote
    jsonschema.validate(brief.to_dict(), brief_json_schema())


def spans(brief: Brief) -> list[tuple[int, int]]:
    return [(e.start, e.end) for e in brief.evidence()]


def test_good_reply_becomes_a_grounded_brief() -> None:
    art = article()
    with LlmServer(always(R.good())) as server:
        brief = analyse(art, options(server))
    grounded(brief, art.text)
    assert [s.name for s in brief.sides] == ["Dockworkers' Guild", "Harbour Authority"]
    assert [t.name for t in brief.third_parties] == ["regional labour office"]
    assert [(e.date, e.when) for e in brief.upcoming] == [("2026-04-21", "April 21"), ("2026-05-01", "May 1, 2026")]
    report = last_report()
    assert report is not None and not report.grounding.drops and report.grounding.quotes == {"exact": 9}
    assert report.prompt_tokens > 0 and report.completion_tokens > 0
    (request,) = server.requests
    body = request.body
    assert body["temperature"] == 0 and isinstance(body["seed"], int) and body["model"] == "test-7b"
    assert body["response_format"]["type"] == "json_schema"
    assert body["response_format"]["json_schema"]["schema"] == llm_schema()
    system, user = body["messages"]
    assert system == {"role": "system", "content": SYSTEM_PROMPT}
    marker = article_marker(art.text)
    assert f"<{marker}>\n{art.text}\n</{marker}>" in user["content"]
    assert "Publication date: 2026-04-14" in user["content"]
    assert request.headers["authorization"] == f"Bearer {KEY}"


def test_typographic_drift_is_recovered_to_the_articles_words() -> None:
    art = article()
    with LlmServer(always(R.good())) as server:
        clean = analyse(art, options(server))
    with LlmServer(always(R.drifted())) as server:
        drifted = analyse(art, options(server))
    grounded(drifted, art.text)
    report = last_report()
    assert report is not None and not report.grounding.drops
    assert report.grounding.quotes["normalised"] >= 3 and report.grounding.quotes["fuzzy"] >= 1
    # The straight-quoted quote is shown with the article's curly quotes, and so on: the same spans
    # as the clean reply's, give or take the punctuation the model dropped at a quote's end.
    assert "“not up for discussion”" in drifted.sides[1].positions[1].evidence[0].quote
    for (a, b), (c, d) in zip(spans(clean), spans(drifted), strict=True):
        assert abs(a - c) <= 1 and abs(b - d) <= 2


def test_paraphrased_and_invented_lines_are_dropped_and_counted() -> None:
    art = article()
    with LlmServer(always(R.invented())) as server:
        brief = analyse(art, options(server))
    grounded(brief, art.text)
    assert [s.name for s in brief.sides] == ["Dockworkers' Guild", "Harbour Authority"]
    assert [t.name for t in brief.third_parties] == ["regional labour office"]
    assert [len(s.positions) for s in brief.sides] == [1, 2]  # the invented and the paraphrased quote went
    report = last_report()
    assert report is not None
    assert report.grounding.drops == {
        G.NOT_FOUND: 2,
        G.NO_QUOTE: 2,
        G.UNNAMED_SIDE: 1,
        G.OF_DROPPED_SIDE: 1,
        G.UNNAMED_ACTOR: 1,
        G.UNNAMED_SPEAKER: 1,
        G.UNNAMED_THIRD: 1,
    }


def test_an_upcoming_event_dated_before_publication_is_dropped() -> None:
    art = article()
    with LlmServer(always(R.past_upcoming())) as server:
        brief = analyse(art, options(server))
    assert all(e.date and e.date >= "2026-04" for e in brief.upcoming)
    assert len(brief.upcoming) == 2
    report = last_report()
    assert report is not None and report.grounding.drops == {G.PAST_UPCOMING: 1}


def test_an_undated_upcoming_event_takes_the_date_module_reading_of_its_quote() -> None:
    data = R.good()
    data["upcoming"][0]["date"] = None
    with LlmServer(always(data)) as server:
        brief = analyse(article(), options(server))
    assert brief.upcoming[0].date == "2026-04-21"


def test_a_date_its_quote_contradicts_gives_way_to_the_quotes_own() -> None:
    data = R.good()
    data["upcoming"][0]["date"] = "2027-12-25"  # the quote says April 21
    with LlmServer(always(data)) as server:
        brief = analyse(article(), options(server))
    assert brief.upcoming[0].date == "2026-04-21"
    report = last_report()
    assert report is not None and report.grounding.drops == {G.DATE_NOT_QUOTED: 1}


def test_malformed_json_gets_one_repair_request() -> None:
    good = json.dumps(R.good())
    script = [reply(good[: len(good) // 2]), reply(good)]
    with LlmServer(lambda body, n: script[n - 1]) as server:
        brief = analyse(article(), options(server))
    assert len(server.requests) == 2
    repair = server.requests[1].body["messages"]
    assert repair[-2]["role"] == "assistant" and "not a valid JSON object" in repair[-1]["content"]
    assert len(brief.sides) == 2


def test_json_invalid_after_the_repair_is_a_one_line_error_naming_the_endpoint() -> None:
    with LlmServer(always(reply("I cannot help with that."))) as server, pytest.raises(EndpointError) as caught:
        analyse(article(), options(server))
    message = str(caught.value)
    assert server.url in message and "not valid JSON" in message and "\n" not in message
    assert len(server.requests) == 2


def test_rate_limit_is_waited_out() -> None:
    script = [error(429, "slow down", **{"Retry-After": "0"}), reply(R.good())]
    with LlmServer(lambda body, n: script[min(n, 2) - 1]) as server:
        brief = analyse(article(), options(server))
    assert len(server.requests) == 2 and len(brief.sides) == 2


def test_rate_limit_retries_are_bounded() -> None:
    limited = error(429, "slow down", **{"Retry-After": "0"})
    with LlmServer(always(limited)) as server, pytest.raises(EndpointError, match="rate limited"):
        analyse(article(), options(server))
    assert len(server.requests) == RATE_LIMIT_TRIES


def test_server_error_names_the_endpoint_and_status() -> None:
    with LlmServer(always(error(500, "model crashed"))) as server, pytest.raises(EndpointError) as caught:
        analyse(article(), options(server))
    assert str(caught.value) == f"LLM endpoint {server.url} (model test-7b): HTTP 500: model crashed"
    assert len(server.requests) == 1  # a server error is not retried: the user sees it at once


def test_a_server_that_never_answers_times_out() -> None:
    with LlmServer(always(Scripted(silent=True))) as server, pytest.raises(EndpointError) as caught:
        analyse(article(), options(server, timeout=1.0))
    assert "no reply within 1 s" in str(caught.value) and server.url in str(caught.value)


def test_a_refused_connection_is_one_line() -> None:
    url = f"http://127.0.0.1:{free_port()}/v1"
    with pytest.raises(EndpointError) as caught:
        analyse(article(), options(url))
    assert str(caught.value) == f"LLM endpoint {url} (model test-7b): cannot connect (connection refused)"


def test_a_server_refusing_json_schema_is_asked_in_json_mode() -> None:
    def script(body: dict[str, Any], n: int) -> Scripted:
        if body.get("response_format", {}).get("type") == "json_schema":
            return error(400, "response_format of type json_schema is not supported")
        return reply(R.good())

    with LlmServer(script) as server:
        brief = analyse(article(), options(server))
    formats = [r.body.get("response_format", {}).get("type") for r in server.requests]
    assert formats == ["json_schema", "json_object"] and len(brief.sides) == 2
    assert "Reply with one JSON object of this shape" in server.requests[1].body["messages"][0]["content"]


def test_json_is_cut_out_of_plain_text_when_no_format_is_taken() -> None:
    def script(body: dict[str, Any], n: int) -> Scripted:
        if "response_format" in body:
            return error(400, "unsupported parameter: response_format")
        return reply("Here is the brief:\n```json\n" + json.dumps(R.good()) + "\n```\nHope it helps.")

    with LlmServer(script) as server:
        brief = analyse(article(), options(server))
    assert len(server.requests) == 3 and len(brief.sides) == 2
    report = last_report()
    assert report is not None and report.modes == ["text"]


def test_a_server_refusing_the_seed_is_asked_without_it() -> None:
    def script(body: dict[str, Any], n: int) -> Scripted:
        return error(400, "Unrecognized request argument supplied: seed") if "seed" in body else reply(R.good())

    with LlmServer(script) as server:
        analyse(article(), options(server))
    assert ["seed" in r.body for r in server.requests] == [True, False]


def test_an_instruction_inside_the_article_changes_nothing_kept() -> None:
    text = R.ARTICLE_PATH.read_text(encoding="utf-8") + R.INJECTION + "\n"
    art = article(text)
    with LlmServer(always(R.obeying_injection())) as server:
        brief = analyse(art, options(server))
    grounded(brief, text)
    assert [s.name for s in brief.sides] == ["Dockworkers' Guild", "Harbour Authority"]
    assert not any("pay rise" in e.quote for e in brief.evidence())
    report = last_report()
    assert report is not None and report.grounding.drops[G.IN_INSTRUCTION] == 1
    assert report.grounding.drops[G.UNNAMED_SIDE] == 1
    system, user = server.requests[0].body["messages"]
    assert system["content"] == SYSTEM_PROMPT  # the article never reaches the instruction
    marker = article_marker(text)
    assert user["content"].index(R.INJECTION) > user["content"].index(f"<{marker}>")


def test_replies_are_cached_privately_and_without_the_key(private_cache: Path) -> None:
    art = article()
    with LlmServer(always(R.good())) as server:
        first = analyse(art, options(server, cache=True))
        second = analyse(art, options(server, cache=True))
        assert len(server.requests) == 1
        report = last_report()
        assert report is not None and report.cached == 1 and report.requests == 0
        analyse(art, options(server, cache=False))  # --no-cache asks again
        assert len(server.requests) == 2
    assert first.to_dict() == second.to_dict()
    (path,) = private_cache.glob("*.json")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(private_cache.stat().st_mode) == 0o700
    assert KEY not in path.read_text(encoding="utf-8")


def test_the_key_never_appears_in_an_error() -> None:
    echoing = error(500, f"bad key {KEY} for this model")
    with LlmServer(always(echoing)) as server, pytest.raises(EndpointError) as caught:
        analyse(article(), options(server))
    assert KEY not in str(caught.value) and "********" in str(caught.value)
    assert KEY not in repr(options(server))


def test_a_long_article_is_sent_in_parts_and_the_replies_merged() -> None:
    base = R.ARTICLE_PATH.read_text(encoding="utf-8")
    filler = "".join(f"Paragraph {i} of background on the port's long history of shipping.\n" for i in range(300))
    text = base + filler + base
    parts = split_article(text)
    assert len(parts) > 1 and "".join(parts) == text
    art = article(text)
    with LlmServer(always(R.good())) as server:
        brief = analyse(art, options(server))
    grounded(brief, text)
    assert len(server.requests) == len(parts)
    told = sorted(line for r in server.requests for line in r.body["messages"][1]["content"].splitlines()[:2])
    assert [line for line in told if line.startswith("This is part")] == [
        f"This is part {i} of {len(parts)} of the article; brief what this part says." for i in range(1, len(parts) + 1)
    ]
    assert [s.name for s in brief.sides] == ["Dockworkers' Guild", "Harbour Authority"]  # merged, once each
    report = last_report()
    assert report is not None and report.grounding.drops[G.DUPLICATE] > 0


def test_auto_falls_back_to_the_offline_engine_with_a_warning() -> None:
    with LlmServer(always(error(503, "overloaded"))) as server:
        opts = dataclasses.replace(options(server), engine="auto")
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            brief = analyse_auto(article(), opts)
    assert any("offline engine" in str(w.message) and server.url in str(w.message) for w in caught)
    grounded(brief, article().text)


def test_the_request_never_leaves_without_an_endpoint() -> None:
    from briefing.errors import UsageProblem

    with pytest.raises(UsageProblem, match="BRIEFING_LLM_URL"):
        analyse(article(), options("").__class__(engine="llm"))
