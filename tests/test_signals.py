"""Signals on a `--jobs 2` batch: SIGTERM behaves like Ctrl-C (workers stopped, no partial files,
one line, status 143), and after SIGTERM or SIGKILL no worker, forkserver or resource tracker
outlives the batch. Real processes, read from /proc."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from terminal import sigint_as_in_a_terminal

# The command as `briefing` runs it, from this interpreter: CI runs pytest without the venv on PATH.
BRIEFING = [sys.executable, "-m", "briefing"]
ARTICLES = 60
pytestmark = [pytest.mark.slow, pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")]


def _children_of(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        if ppid == pid:
            found.add(int(entry.name))
    return found


def _descendants(pid: int) -> set[int]:
    seen: set[int] = set()
    todo = [pid]
    while todo:
        for child in _children_of(todo.pop()):
            if child not in seen:
                seen.add(child)
                todo.append(child)
    return seen


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _start_batch(article_file: Path, tmp_path: Path) -> tuple[subprocess.Popen[str], set[int], Path]:
    articles = tmp_path / "in"
    articles.mkdir()
    text = article_file.read_text(encoding="utf-8")
    for i in range(ARTICLES):
        (articles / f"a{i:03d}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    process = subprocess.Popen(
        [*BRIEFING, "generate", str(articles), "-o", str(out), "-f", "pdf,docx", "--jobs", "2", "-q"],
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    helpers: set[int] = set()
    while time.monotonic() < deadline:
        helpers = _descendants(process.pid)
        if len(helpers) >= 3 and out.exists() and any(out.iterdir()):  # workers busy, briefs coming
            break
        time.sleep(0.2)
    assert helpers, "the batch never started its workers"
    return process, helpers, out


def _all_gone(pids: set[int], within: float = 15.0) -> set[int]:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        left = {p for p in pids if _alive(p)}
        if not left:
            return set()
        time.sleep(0.2)
    return {p for p in pids if _alive(p)}


def test_sigterm_stops_the_batch_like_ctrl_c(article_file: Path, tmp_path: Path) -> None:
    process, helpers, out = _start_batch(article_file, tmp_path)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 143, stderr
    assert "terminated" in stderr and "Traceback" not in stderr
    assert not list(out.glob("*.part")) and not list(out.glob(".*.part"))
    assert _all_gone(helpers) == set()
    written = sorted(p.stem for p in out.iterdir())
    assert len(written) < 2 * ARTICLES  # it stopped early
    for stem in set(written):
        assert (out / f"{stem}.pdf").stat().st_size > 0


def test_no_helper_outlives_a_killed_batch(article_file: Path, tmp_path: Path) -> None:
    process, helpers, _out = _start_batch(article_file, tmp_path)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    assert _all_gone(helpers) == set()


# A batch that has not ended this long after its signal is hung: the test fails, it does not wait on.
HUNG_AFTER = 30.0


def _wchan(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/wchan").read_text()
    except OSError:
        return ""


def _kernel_names_pipe_waits() -> bool:
    """Whether /proc tells a process blocked writing a full pipe (`pipe_write`, `anon_pipe_write`)."""
    read_end, write_end = os.pipe()
    writer = subprocess.Popen(
        [sys.executable, "-c", f"import os; os.write({write_end}, b'x' * 1_000_000)"], pass_fds=(write_end,)
    )
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if "pipe_write" in _wchan(writer.pid):
                return True
            time.sleep(0.05)
        return False
    finally:
        writer.kill()
        writer.wait()
        os.close(read_end)
        os.close(write_end)


def _left_in(session: int) -> str:
    """Each process of the batch's session still there, with what it waits on (for a failure message)."""
    left = []
    for entry in Path("/proc").iterdir():
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            if entry.name.isdigit() and int(fields[3]) == session:
                command = (entry / "cmdline").read_bytes().replace(b"\0", b" ")[:80].decode(errors="replace")
                threads = [_wchan(int(t.name)) or "?" for t in (entry / "task").iterdir()]
                left.append(f"{entry.name} {fields[0]} [{command}] waits on {threads}")
        except (OSError, ValueError, IndexError):
            continue
    return "; ".join(left) or "nothing"


def _worker_blocked_handing_back(parent: int, within: float = 90.0) -> int | None:
    """A worker stuck writing its result into the pipe the (stopped) batch reads: half of it is sent."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        for pid in _descendants(parent):
            if "pipe_write" in _wchan(pid):
                return pid
        time.sleep(0.05)
    return None


def test_a_worker_stopped_half_way_through_its_result_does_not_hang_the_batch(
    article_file: Path, tmp_path: Path
) -> None:
    """The stuck state, made on purpose: a brief (PDF, DOCX and JSON: more than a pipe holds) is half
    sent when SIGTERM comes, and the worker sending it never sends the rest. The pool's reading thread
    waits for the rest of that message forever unless the batch frees it; the batch must still end,
    with status 143, one line and no partial file."""
    if not _kernel_names_pipe_waits():
        pytest.skip("this kernel does not say in /proc which process waits on a full pipe")
    articles = tmp_path / "in"
    articles.mkdir()
    for i in range(8):
        (articles / f"a{i}.txt").write_text(article_file.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    process = subprocess.Popen(
        [*BRIEFING, "generate", str(articles), "-o", str(out), "-f", "pdf,docx,json", "--jobs", "2", "-q"],
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not (out.exists() and any(out.glob("*.json"))):
            time.sleep(0.05)
        assert process.poll() is None, "the batch ended before the test could stop it"
        os.kill(process.pid, signal.SIGSTOP)  # nobody reads the results now: a finished worker blocks
        worker = _worker_blocked_handing_back(process.pid)
        assert worker is not None, "no worker was seen handing back a brief"
        os.kill(worker, signal.SIGSTOP)  # it never sends the rest of its brief
        os.kill(process.pid, signal.SIGTERM)
        os.kill(process.pid, signal.SIGCONT)
        try:
            _, stderr = process.communicate(timeout=HUNG_AFTER)
        except subprocess.TimeoutExpired:
            pytest.fail(f"the batch did not end within {HUNG_AFTER:.0f} s of SIGTERM: {_left_in(process.pid)}")
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
    assert process.returncode == 143, stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and "terminated" in lines[0], stderr
    assert not [p for p in out.rglob("*") if p.name.endswith(".part")]


def _catches(pid: int, signum: int) -> bool:
    """Whether the process has a handler of its own for `signum` (its SigCgt mask in /proc)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("SigCgt:"):
                return bool(int(line.split()[1], 16) >> (signum - 1) & 1)
    except OSError:
        pass
    return False


def test_sigterm_while_the_command_starts_is_still_terminated(article_file: Path, tmp_path: Path) -> None:
    """SIGTERM the moment the command can take it, while it still loads its modules: click turns an
    interrupt it sees into 'Aborted', which must still read as terminated, with status 143."""
    articles = tmp_path / "in"
    articles.mkdir()
    for i in range(3):
        (articles / f"a{i}.txt").write_text(article_file.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    process = subprocess.Popen(
        [*BRIEFING, "generate", str(articles), "-o", str(out), "--jobs", "2", "-q"], stderr=subprocess.PIPE, text=True
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None and not _catches(process.pid, signal.SIGTERM):
        time.sleep(0.001)
    process.send_signal(signal.SIGTERM)
    try:
        _, stderr = process.communicate(timeout=HUNG_AFTER)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        pytest.fail(f"the command did not end within {HUNG_AFTER:.0f} s of SIGTERM")
    assert process.returncode == 143, stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and "terminated" in lines[0] and "Traceback" not in stderr, stderr
    assert not out.exists() or not [p for p in out.rglob("*") if p.name.endswith(".part")]


def _mask(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1], 16)
    return 0


def test_the_forkserver_starts_with_ctrl_c_held_back(article_file: Path, tmp_path: Path) -> None:
    """Ctrl-C to the whole group while the forkserver still imports must not make it print a
    KeyboardInterrupt traceback: it starts with SIGINT blocked (a mask survives exec)."""
    process, helpers, _out = _start_batch(article_file, tmp_path)
    try:
        servers = [p for p in helpers if b"forkserver" in Path(f"/proc/{p}/cmdline").read_bytes()]
        assert servers, "no forkserver found"
        assert all(_mask(p, "SigBlk") >> (signal.SIGINT - 1) & 1 for p in servers)
    finally:
        process.kill()
        process.communicate()


# Run as `python -m briefing`, with a real Ctrl-C sent to itself the moment the command starts to
# import its CLI (a finder that only watches, then steps aside): the window before the CLI's own
# handling exists, a good part of a second on a loaded machine.
_CTRL_C_WHILE_IMPORTING = """
import os, runpy, signal, sys

class CtrlCOnImport:
    def find_spec(self, name, path=None, target=None):
        if name == "briefing.cli":
            sys.meta_path.remove(self)
            os.kill(os.getpid(), signal.SIGINT)
        return None

sys.meta_path.insert(0, CtrlCOnImport())
sys.argv = ["briefing", "--version"]
runpy.run_module("briefing", run_name="__main__", alter_sys=True)
print("not interrupted")
"""


def test_ctrl_c_while_the_command_still_imports_is_one_line_and_130() -> None:
    process = subprocess.run(
        [sys.executable, "-c", _CTRL_C_WHILE_IMPORTING],
        capture_output=True,
        text=True,
        timeout=HUNG_AFTER,
        preexec_fn=sigint_as_in_a_terminal,
    )
    assert process.returncode == 130, process.stderr
    lines = process.stderr.strip().splitlines()
    assert len(lines) == 1 and "interrupted" in lines[0] and "Traceback" not in process.stderr, process.stderr
    assert "not interrupted" not in process.stdout


def test_the_installed_command_starts_through_the_guarded_entry_point() -> None:
    """`briefing` (the console script) and `python -m briefing` both start in `briefing.launch`."""
    import tomllib

    project = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["scripts"]["briefing"] == "briefing.launch:main"
    main_module = (Path(__file__).parent.parent / "briefing" / "__main__.py").read_text(encoding="utf-8")
    assert "from briefing.launch import main" in main_module
