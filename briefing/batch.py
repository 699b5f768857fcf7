"""Batch runs: many articles in, one brief each out, in parallel, past any article that fails.

`collect_inputs` turns command-line arguments (files, folders, globs, `-`) into a list of
inputs; `batch_stems` gives each input a unique, traceable output name; `run_batch` runs
them (in process, or in a process pool that loads the language model once per worker) and
writes each brief in the parent, atomically, as its result arrives. Nothing here prints:
the caller gets one `Outcome` per input through a callback and reports as it likes.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import multiprocessing
import os
import re
import signal
import traceback
import warnings
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from briefing.deliver.files import Target, output_stem, remove_stale_parts, write_targets
from briefing.errors import BriefingError, Terminated
from briefing.formats import EXTENSIONS
from briefing.ingest import FOLDER_SUFFIXES
from briefing.model import Brief
from briefing.parent_watch import die_with_parent
from briefing.pipeline import Options, generate_one, plan_targets
from briefing.pool_stop import stop_pool

_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True)
class Inputs:
    """The articles to run, plus the arguments that named nothing runnable (each a failure)."""

    sources: list[str]
    problems: list[tuple[str, str]] = field(default_factory=list)  # (argument, reason)
    is_batch: bool = False  # a folder or a glob was given, or several articles


@dataclass
class Outcome:
    """What happened to one input: the files written, or why it failed (one line)."""

    source: str
    written: list[Path] = field(default_factory=list)
    error: str | None = None
    exit_code: int = 0
    undated: bool = False  # no publication date given or found; dates resolved against today
    published: str | None = None
    note: str = ""  # what was found, for --verbose
    detail: str = ""  # the traceback of an internal error, for --verbose
    warnings: list[str] = field(default_factory=list)  # e.g. a glyph no font has, one line each
    brief: Brief | None = None  # for the e-mail body, when the article was briefed

    @property
    def ok(self) -> bool:
        return self.error is None


# ---------------------------------------------------------------------------------------------
# Inputs and names


def collect_inputs(args: Sequence[str], *, recursive: bool = False) -> Inputs:
    """Files as given, folders as their article files (sorted), globs expanded here for shells that
    don't; an input named twice runs once."""
    sources: list[str] = []
    problems: list[tuple[str, str]] = []
    batch = len(args) > 1
    for arg in args:
        if arg == "-":
            sources.append(arg)
        elif os.path.isdir(arg):
            batch = True
            found = _folder_articles(Path(arg), recursive)
            if not found:
                kinds = " ".join(FOLDER_SUFFIXES)
                problems.append((arg, f"no articles ({kinds}) in this folder"))
            sources.extend(found)
        elif not os.path.lexists(arg) and _GLOB_CHARS & set(arg):
            batch = True
            # A pattern we expand ourselves picks articles as a folder does: 'samples/*' is not meant
            # to brief the script that sits beside them.
            matches = sorted(
                m
                for m in glob.glob(arg, recursive=recursive)
                if os.path.isfile(m) and Path(m).suffix.lower() in FOLDER_SUFFIXES
            )
            if not matches:
                kinds = " ".join(FOLDER_SUFFIXES)
                problems.append((arg, f"no article file ({kinds}) matches this pattern"))
            sources.extend(matches)
        else:
            sources.append(arg)  # a missing file fails when it is read, with the reader's message
    return Inputs(_unique(sources), problems, batch or len(sources) > 1)


def _folder_articles(folder: Path, recursive: bool) -> list[str]:
    pattern = "**/*" if recursive else "*"
    files = [
        p
        for p in folder.glob(pattern)
        if p.suffix.lower() in FOLDER_SUFFIXES and p.is_file() and not p.name.startswith(".")
    ]
    return [str(p) for p in sorted(files)]


def _unique(sources: list[str]) -> list[str]:
    seen: set[str] = set()
    unique = []
    for s in sources:
        key = s if s == "-" else os.path.realpath(s)
        if key not in seen:
            seen.add(key)
            unique.append(s)
    return unique


def batch_stems(sources: Sequence[str]) -> list[str]:
    """One output name per input, from its file stem, unique even on a case-insensitive disk.

    Inputs that share a stem take what tells them apart: their folder's name in front when the
    folders differ (`north/a.txt`, `south/a.txt` -> `north-a`, `south-a`), else their kind behind
    (`c.txt`, `c.html` -> `c-txt`, `c-html`); any clash left after that gets `-2`, `-3`... in input
    order. The names depend only on the list of inputs, so a rerun writes the same files.
    """
    stems = [_stem(s) for s in sources]
    stems = _tell_apart(sources, stems, lambda src, stem: f"{_folder_name(src)}-{stem}", _folder_name)
    stems = _tell_apart(sources, stems, lambda src, stem: f"{stem}-{_kind(src)}", _kind)
    stems = [short_name(stem) for stem in stems]
    taken: set[str] = set()
    unique = []
    for stem in stems:
        name, n = stem, 1
        while name.casefold() in taken:
            n += 1
            name = f"{stem}-{n}"
        taken.add(name.casefold())
        unique.append(name)
    return unique


def _tell_apart(
    sources: Sequence[str],
    stems: list[str],
    rename: Callable[[str, str], str],
    feature: Callable[[str], str],
) -> list[str]:
    """Rename the members of each clashing group, if `feature` differs between them."""
    groups: dict[str, list[int]] = {}
    for i, stem in enumerate(stems):
        groups.setdefault(stem.casefold(), []).append(i)
    renamed = list(stems)
    for members in groups.values():
        if len(members) > 1 and len({feature(sources[i]).casefold() for i in members}) > 1:
            for i in members:
                renamed[i] = rename(sources[i], stems[i])
    return renamed


def _stem(source: str) -> str:
    if source == "-":
        return "stdin"
    return clean_name(Path(source).stem).lstrip(".") or "article"  # a dot-file must not become a hidden brief


# Control characters (a newline would split the one-path-per-line output, an ESC would reach the
# terminal), bidi controls (they reorder the name as shown) and separators go; bytes that were not
# UTF-8 (lone surrogates) become "_", so every output name is valid text.
_NAME_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_UNDECODABLE = re.compile("[\ud800-\udfff]")
# An output name's stem, in UTF-8 bytes: the file system allows 255 for the whole name, and the
# temporary `.NAME.XXXXXXXX.part` file written first, the extension and a `-2` suffix need room.
MAX_STEM_BYTES = 150
HASH_CHARS = 8  # of the whole name, added to a shortened one: two long names never meet


def clean_name(name: str) -> str:
    return _UNDECODABLE.sub("_", _NAME_CONTROLS.sub("", name)).strip() or "article"


def short_name(stem: str) -> str:
    """`stem` if it fits `MAX_STEM_BYTES`, else its start and a short hash of the whole of it: still
    recognisable, and unique, since names that share a start differ in their hash."""
    if len(stem.encode("utf-8", "surrogatepass")) <= MAX_STEM_BYTES:
        return stem
    digest = hashlib.sha256(stem.encode("utf-8", "surrogatepass")).hexdigest()[:HASH_CHARS]
    room = MAX_STEM_BYTES - HASH_CHARS - 1
    head = stem.encode("utf-8", "surrogatepass")[:room].decode("utf-8", "ignore").rstrip(" .-_")
    return f"{head}-{digest}"


def _folder_name(source: str) -> str:
    return clean_name(Path(os.path.abspath(source)).parent.name or "root")


def _kind(source: str) -> str:
    return clean_name(Path(source).suffix.lstrip(".") or "txt")


def batch_targets_exist(stem: str, output: Path, formats: Sequence[str]) -> Path | None:
    """The first brief of this input already on disk, if any; checked before the article is analysed."""
    for fmt in formats:
        path = output / f"{stem}.{EXTENSIONS[fmt]}"
        remove_stale_parts(path)  # a run killed between its link and its clean-up left one behind
        if path.exists():
            return path
    return None


# ---------------------------------------------------------------------------------------------
# Running


@dataclass(frozen=True)
class Job:
    index: int
    source: str
    stem: str | None  # None: name the files from the brief's title and date (a single article)


@dataclass
class JobResult:
    """What a worker sends back: the rendered bytes (the parent writes them) or the failure."""

    index: int
    outputs: dict[str, bytes] | None = None
    title: str = ""
    published: str | None = None
    undated: bool = False
    note: str = ""
    error: str | None = None
    exit_code: int = 0
    detail: str = ""
    warnings: list[str] = field(default_factory=list)
    brief: Brief | None = None


def run_job(job: Job, options: Options) -> JobResult:
    """Ingest, analyse and render one article; every failure becomes a one-line reason.

    Python warnings raised on the way (a writer's missing glyph, say) come back as one-line
    strings: printed by a worker they would land on stderr mid-progress-bar, unattributed.
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = _run_job(job, options)
    seen: set[str] = set()
    for w in caught:
        line = " ".join(str(w.message).split())
        if line not in seen:
            seen.add(line)
            result.warnings.append(line)
    return result


def _run_job(job: Job, options: Options) -> JobResult:
    try:
        result = generate_one(job.source, options)
    except BriefingError as exc:
        return JobResult(job.index, error=_one_line(str(exc), job.source), exit_code=exc.exit_code)
    except MemoryError:
        return JobResult(job.index, error="out of memory while analysing this article", exit_code=1)
    except Exception as exc:
        # A bug must not sink the other articles of a batch; the reason names it for a bug report.
        where = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
        place = f" at {Path(where.filename).name}:{where.lineno}" if where else ""
        reason = f"internal error {type(exc).__name__}{place}: {exc}"
        return JobResult(job.index, error=_one_line(reason, job.source), exit_code=1, detail=traceback.format_exc())
    brief = result.brief
    note = f"{len(brief.sides)} sides, {len(brief.evidence())} quotes"
    return JobResult(
        job.index,
        outputs=result.outputs,
        title=brief.title,
        published=brief.source.published.isoformat() if brief.source.published else None,
        undated=result.article.published_from == "today",
        note="; ".join(filter(None, [note, engine_note(options)])),
        brief=brief,
    )


def engine_note(options: Options) -> str:
    """What the LLM engine's run of this article cost and dropped (for -v); nothing for the offline one."""
    if options.analysis.engine == "rules":
        return ""
    from briefing.analysis.llm import last_report

    report = last_report()
    return report.describe() if report is not None else ""


def _one_line(message: str, source: str) -> str:
    """Reasons are shown after `source:`, so a message that already starts with it drops it."""
    message = " ".join(message.split())
    prefix = f"{source}: "
    return message[len(prefix) :] if message.startswith(prefix) else message


def _init_worker(engine: str = "rules") -> None:
    # Ctrl-C reaches every process in the terminal's group; the parent alone handles it (it
    # cancels the queue and stops the workers), so workers must not die with tracebacks of their own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    die_with_parent()
    if engine != "rules":
        return  # the LLM engine needs no language model; `auto` loads it only if it falls back
    from briefing.nlp import load_model

    # Without a model every article fails with the same one-line reason, raised again in run_job.
    with contextlib.suppress(BriefingError):
        load_model()


def available_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))  # the CPUs this process may use, not all the host has
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def default_jobs(n_articles: int) -> int:
    return max(1, min(available_cpus(), n_articles))


def pool_context() -> multiprocessing.context.BaseContext:
    """'forkserver': each worker starts from a small clean process, not a copy of this one.

    A plain fork copies the parent mid-run: the executor's own thread, any lock some library
    holds at that instant, click's terminal state, and the open temporary files of briefs being
    written. Python 3.12 warns about forking a threaded process for exactly that reason, and 3.14
    stops making fork the default. The cost is that each worker loads the model itself (about a
    second, all workers at once), which the initializer does once per worker, not per article.
    """
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" not in methods:
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    # The forkserver imports this first, and so asks to die with the batch (briefing.parent_watch).
    context.set_forkserver_preload(["briefing.forkserver_preload"])
    return context


def run_batch(
    jobs: Sequence[Job],
    options: Options,
    *,
    output: Path,
    force: bool,
    workers: int,
    on_outcome: Callable[[Outcome], None],
    single_file: bool = False,
    keep_briefs: bool = False,
) -> list[Outcome]:
    """Run every job and write its brief; returns one outcome per job, in input order.

    Results are written by this process as they arrive, so a worker never leaves a file behind;
    a brief that exists already fails its article (unless `force`) before any analysis runs.
    An outcome keeps its `Brief` only with `keep_briefs` (an e-mail is made of them): over a batch
    of thousands, the briefs kept to the end were what made this process grow.
    """
    outcomes: dict[int, Outcome] = {}

    def finish(job: Job, result: JobResult) -> None:
        outcome = _deliver(job, result, output=output, force=force, single_file=single_file)
        if not keep_briefs:
            outcome.brief = None
        outcomes[job.index] = outcome
        on_outcome(outcome)

    runnable = []
    for job in jobs:
        existing = None
        if not force and job.stem is not None:
            existing = batch_targets_exist(job.stem, output, options.formats)
        if existing is not None:
            reason = f"{existing} already exists; use --force to overwrite it"
            finish(job, JobResult(job.index, error=reason, exit_code=1))
        else:
            runnable.append(job)

    if workers <= 1 or len(runnable) <= 1:
        for job in runnable:
            finish(job, run_job(job, options))
    else:
        _run_pool(runnable, options, workers, finish)
    return [outcomes[job.index] for job in jobs]


def _run_pool(jobs: Sequence[Job], options: Options, workers: int, finish: Callable[[Job, JobResult], None]) -> None:
    executor = ProcessPoolExecutor(
        max_workers=min(workers, len(jobs)),  # a worker costs a model load; idle ones are waste
        mp_context=pool_context(),
        initializer=_init_worker,
        initargs=(options.analysis.engine,),
        # Workers live for the whole batch: the benchmark finds a worker's memory flat from its 100th
        # to its 1,000th article, and recycling them (max_tasks_per_child) would reload the model.
    )
    try:
        # Workers start here (the first two submits start them). An interrupt that split a start
        # would leave a worker the pool does not know, never stopped, which Python's exit then waits
        # for, or one that finds its parent gone and prints a traceback; so it waits until they run.
        with _interrupts_deferred(), _ctrl_c_blocked():
            futures: dict[Future[JobResult], Job] = {executor.submit(run_job, job, options): job for job in jobs}
        for future in _as_completed(futures):
            # Dropped as soon as it is done: a future holds its result, PDF and DOCX bytes included,
            # and over a batch of thousands the parent would keep them all until the end.
            job = futures.pop(future)
            try:
                result = future.result()
            except BrokenProcessPool:
                result = JobResult(job.index, error="a worker process died (out of memory?)", exit_code=1)
            except Exception as exc:  # a result that could not be sent back, e.g. unpicklable
                reason = f"internal error {type(exc).__name__}: {exc}"
                result = JobResult(job.index, error=_one_line(reason, job.source), exit_code=1)
            finish(job, result)
        executor.shutdown(wait=True)
    except BaseException:
        # Ctrl-C (or any failure here): drop the queue and stop the workers now rather than letting
        # each finish its article; nothing they hold is a file, so nothing is left half-written.
        # A second Ctrl-C must not cut the stop short: it is bounded (briefing.pool_stop).
        with _interrupts_deferred(reraise=False):
            stop_pool(executor)
        raise


@contextlib.contextmanager
def _ctrl_c_blocked() -> Iterator[None]:
    """Ctrl-C held back (blocked, not dropped) while the pool starts its forkserver and its thread.

    A blocked signal stays blocked across exec, so the forkserver starts immune to a Ctrl-C sent
    to the whole group while it is still importing (it would print a KeyboardInterrupt traceback),
    as CPython starts its resource tracker; and the pool's thread, born now, keeps it blocked, so
    the kernel gives Ctrl-C to the main thread. On leaving, a Ctrl-C that came meanwhile arrives.
    """
    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover - not POSIX
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


# The longest the main thread waits for a result at a time. A signal runs its handler only in the
# main thread, and only once that thread wakes; the kernel may hand it to another thread (it does to
# a process stopped and then continued, as `kill %1` does to a stopped job), which never wakes it.
SIGNAL_POLL_SECONDS = 0.5


def _as_completed(futures: dict[Future[JobResult], Job]) -> Iterator[Future[JobResult]]:
    """`as_completed`, waking every SIGNAL_POLL_SECONDS; the caller removes each future it is given."""
    while futures:
        try:
            yield from as_completed(futures, timeout=SIGNAL_POLL_SECONDS)
        except TimeoutError:
            continue  # nothing finished meanwhile: a pending signal has had its chance to run


def _deliver(job: Job, result: JobResult, *, output: Path, force: bool, single_file: bool) -> Outcome:
    outcome = Outcome(
        job.source,
        error=result.error,
        exit_code=result.exit_code,
        undated=result.undated,
        published=result.published,
        note=result.note,
        detail=result.detail,
        warnings=result.warnings,
        brief=result.brief,
    )
    if result.outputs is None:
        return outcome
    try:
        targets = _targets(job, result, output, single_file)
        with _interrupts_deferred():
            outcome.written = write_targets(targets, force=force)
    except BriefingError as exc:
        outcome.error, outcome.exit_code = _one_line(str(exc), job.source), exc.exit_code
    return outcome


def _targets(job: Job, result: JobResult, output: Path, single_file: bool) -> list[Target]:
    stem = job.stem or output_stem(result.title, result.published)
    return plan_targets(result.outputs or {}, output, single_file=single_file, stem=stem)


@contextlib.contextmanager
def _interrupts_deferred(*, reraise: bool = True) -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM until this article's files are written, so an interrupt never splits a write
    between creating a temporary file and cleaning it up. Main thread only (signals need it). Without
    `reraise` an interrupt that came meanwhile is dropped (one is already being handled)."""
    received: list[int] = []

    def remember(signum: int, frame: object) -> None:
        received.append(signum)

    try:
        previous = {sig: signal.signal(sig, remember) for sig in (signal.SIGINT, signal.SIGTERM)}
    except ValueError:  # not the main thread: write without the guard
        yield
        return
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if reraise and signal.SIGTERM in received:
            raise Terminated
        if reraise and received:
            raise KeyboardInterrupt
