"""The LLM engine from the command line, as a user runs it: a real `briefing` process against the real
OpenAI-compatible server of tests/llm_server.py on loopback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from llm_replies import ARTICLE_PATH, good
from llm_server import LlmServer, Scripted, error, reply

from briefing.analysis.llm.prompt import llm_schema
from briefing.analysis.llm.settings import LlmSettings

KEY = "sk-cli-secret-42"


def run(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefing", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=300,
    )


@pytest.fixture()
def env(tmp_path: Path) -> dict[str, str]:
    """No config file, a private cache, and no endpoint unless a test sets one."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFING_")}
    return {**base, "BRIEFING_CONFIG": str(tmp_path / "config.toml"), "XDG_CACHE_HOME": str(tmp_path / "cache")}


def endpoint(env: dict[str, str], server: LlmServer, **extra: str) -> dict[str, str]:
    return {
        **env,
        "BRIEFING_LLM_URL": server.url,
        "BRIEFING_LLM_MODEL": "test-7b",
        "BRIEFING_LLM_API_KEY": KEY,
        **extra,
    }


def always(answer: Scripted) -> Any:
    return lambda body, n: answer


ARGS = ("generate", str(ARTICLE_PATH), "--published", "2026-04-14", "--engine", "llm")


def test_engine_llm_without_an_endpoint_is_a_usage_error_naming_what_to_set(env: dict[str, str]) -> None:
    done = run(*ARGS, "-f", "json", "-o", "-", env=env)
    assert done.returncode == 2
    assert "BRIEFING_LLM_URL and BRIEFING_LLM_MODEL" in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_schema_llm_prints_the_schema_that_is_sent(env: dict[str, str]) -> None:
    done = run("schema", "--llm", env=env)
    assert done.returncode == 0
    printed = json.loads(done.stdout)
    assert printed["schema"] == llm_schema() and printed["strict"] is True


def test_a_brief_on_stdout_from_the_endpoint(env: dict[str, str]) -> None:
    with LlmServer(always(reply(good()))) as server:
        done = run(*ARGS, "-f", "json", "-o", "-", env=endpoint(env, server))
    assert done.returncode == 0, done.stderr
    brief = json.loads(done.stdout)
    text = ARTICLE_PATH.read_text(encoding="utf-8")
    quotes = [e for s in brief["sides"] for i in s["positions"] + s["preconditions"] for e in i["evidence"]]
    assert quotes and all(text[e["start"] : e["end"]] == e["quote"] for e in quotes)
    assert done.stderr == ""


def test_verbose_shows_time_tokens_and_grounding_but_never_the_key(env: dict[str, str], tmp_path: Path) -> None:
    data = good()
    data["sides"][0]["positions"].append({"text": "x", "speaker": None, "evidence": [{"quote": "never said"}]})
    with LlmServer(always(reply(data))) as server:
        done = run(*ARGS, "-f", "json", "-o", str(tmp_path / "out"), "-v", env=endpoint(env, server))
    assert done.returncode == 0, done.stderr
    assert "prompt +" in done.stderr and "completion tokens" in done.stderr
    assert "1 quote not found in the article" in done.stderr and "1 item with no located quote" in done.stderr
    assert KEY not in done.stderr + done.stdout


def test_a_server_error_is_one_line_naming_the_endpoint_and_exit_1(env: dict[str, str]) -> None:
    with LlmServer(always(error(500, "out of memory"))) as server:
        done = run(*ARGS, "-f", "json", "-o", "-", env=endpoint(env, server))
    assert done.returncode == 1
    assert done.stderr.strip() == f"Error: LLM endpoint {server.url} (model test-7b): HTTP 500: out of memory"


def test_auto_falls_back_to_the_offline_engine_with_a_warning(env: dict[str, str]) -> None:
    with LlmServer(always(error(503, "overloaded"))) as server:
        done = run(
            "generate",
            str(ARTICLE_PATH),
            "--published",
            "2026-04-14",
            "--engine",
            "auto",
            "-f",
            "json",
            "-o",
            "-",
            env=endpoint(env, server),
        )
    assert done.returncode == 0, done.stderr
    assert "briefed with the offline engine instead" in done.stderr and server.url in done.stderr
    assert json.loads(done.stdout)["sides"]


def test_a_batch_asks_concurrently_and_keeps_the_briefs_that_succeeded(env: dict[str, str], tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    text = ARTICLE_PATH.read_text(encoding="utf-8")
    for name in ("a", "b", "c"):
        (inbox / f"{name}.txt").write_text(text + f"Filed by desk {name}.\n", encoding="utf-8")

    def script(body: dict[str, Any], n: int) -> Scripted:
        return error(500, "broken") if "desk c." in body["messages"][1]["content"] else reply(good())

    # Each request is held until two have arrived (or 60 s pass): a batch that asks one at a time
    # shows one in flight at most.
    with LlmServer(script, hold_until=2, hold_seconds=60) as server:
        done = run(
            "generate",
            str(inbox),
            "--published",
            "2026-04-14",
            "--engine",
            "llm",
            "-f",
            "json",
            "-o",
            str(tmp_path / "out"),
            "--jobs",
            "3",
            env=endpoint(env, server),
        )
    assert server.most_in_flight >= 2
    assert done.returncode == 1
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.json", "b.json"]
    assert "2 briefed, 1 failed" in done.stderr and "HTTP 500: broken" in done.stderr


def test_rendering_again_from_the_cache_asks_nothing(env: dict[str, str], tmp_path: Path) -> None:
    with LlmServer(always(reply(good()))) as server:
        first = run(*ARGS, "-f", "json", "-o", str(tmp_path / "one"), env=endpoint(env, server))
        second = run(*ARGS, "-f", "md", "-o", str(tmp_path / "two"), env=endpoint(env, server))
        assert len(server.requests) == 1
        third = run(*ARGS, "-f", "md", "-o", str(tmp_path / "three"), "--no-cache", env=endpoint(env, server))
        assert len(server.requests) == 2
    assert first.returncode == second.returncode == third.returncode == 0


def test_the_llm_engine_never_loads_the_offline_model(env: dict[str, str]) -> None:
    """spacy.load imports the model's package: after an LLM run, no English model package is imported."""
    code = (
        "import sys; sys.path.insert(0, 'tests');"
        "from briefing.pipeline import Options, generate_one;"
        "from briefing.analysis.options import AnalysisOptions;"
        "from briefing.analysis.llm.settings import LlmSettings;"
        "s = LlmSettings(url=sys.argv[1], model='m');"
        "llm = AnalysisOptions(engine='llm', llm=s, cache=False);"
        "generate_one(sys.argv[2], Options(formats=('json',), analysis=llm));"
        "print(sorted(m for m in sys.modules if m.startswith('en_core_web')))"
    )
    with LlmServer(always(reply(good()))) as server:
        done = subprocess.run(
            [sys.executable, "-c", code, server.url, str(ARTICLE_PATH)],
            capture_output=True,
            text=True,
            env=env,
            cwd=Path(__file__).parent.parent,
            timeout=300,
        )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_config_show_masks_the_key_and_the_environment_wins_over_the_file(env: dict[str, str]) -> None:
    Path(env["BRIEFING_CONFIG"]).write_text(
        'engine = "auto"\n[llm]\nurl = "http://localhost:11434/v1"\nmodel = "file-model"\ntimeout = 60\n',
        encoding="utf-8",
    )
    done = run("config", "show", env={**env, "BRIEFING_LLM_MODEL": "env-model", "BRIEFING_LLM_API_KEY": KEY})
    assert done.returncode == 0, done.stderr
    rows = {line.split()[0]: line for line in done.stdout.splitlines()}
    assert "auto" in rows["engine"] and "config file" in rows["engine"]
    assert "http://localhost:11434/v1" in rows["llm.url"] and "[llm] url" in rows["llm.url"]
    assert "env-model" in rows["llm.model"] and "env BRIEFING_LLM_MODEL" in rows["llm.model"]
    assert "60 s" in rows["llm.timeout"]
    assert "********" in rows["llm.api_key"] and KEY not in done.stdout + done.stderr


def test_a_key_in_the_config_file_is_refused(env: dict[str, str]) -> None:
    Path(env["BRIEFING_CONFIG"]).write_text('[llm]\napi_key = "sk-in-a-file"\n', encoding="utf-8")
    done = run("config", "show", env=env)
    assert done.returncode == 1 and "BRIEFING_LLM_API_KEY" in done.stderr and "sk-in-a-file" not in done.stderr


@pytest.mark.parametrize(
    ("url", "warned"),
    [
        ("http://10.1.2.3:8000/v1", True),
        ("http://gpu-box.example.org/v1", True),
        ("https://gpu-box.example.org/v1", False),
        ("http://127.0.0.1:11434/v1", False),
        ("http://localhost:8080/v1", False),
        ("http://[::1]:8000/v1", False),
    ],
)
def test_plain_http_to_another_machine_is_warned_about(url: str, warned: bool) -> None:
    assert bool(LlmSettings(url=url, model="m").warnings()) is warned


def test_credentials_in_the_url_are_never_shown() -> None:
    settings = LlmSettings(url="https://user:pw-secret@llm.example.org/v1?token=t0k", model="m")
    assert settings.endpoint == "https://llm.example.org/v1"
