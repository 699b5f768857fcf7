"""The desk's work: briefs made from what the page sends, kept for the session, rendered and mailed.

Everything here goes through the library (ingest, the engine, the writers, `deliver.email`); the
web layer only adds a history and two worker threads. The analysis runs on one thread of its own:
the model is loaded there once, at start-up, and every brief after it is made there one at a time,
so however many requests arrive the process holds one model and never loads it twice, while the
event loop stays free to answer other pages. Downloads render on a second thread, so a PDF does not
wait behind someone else's analysis.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import secrets
import tempfile
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeVar

from markupsafe import Markup

from briefing.deliver.files import output_stem
from briefing.errors import BriefingError, DeliveryError, InputError, UsageProblem
from briefing.formats import EXTENSIONS, FORMATS
from briefing.ingest import MAX_INPUT_BYTES, article_from_bytes
from briefing.model import Article, Brief, dated
from briefing.pipeline import build_options
from briefing.render import RenderOptions, render_all
from briefing.serve.evidence import Annotated, annotate, article_html

HISTORY_SIZE = 20  # briefs kept for this run of the server; the oldest is forgotten first
OFFLINE, LLM = "rules", "llm"  # names in `briefing.analysis.engines.ENGINES`
OFFLINE_LABEL = "Offline (spaCy, on this machine)"
# What a dropped file may be, by its name's ending: the kinds the CLI reads (see `ingest.kind_of`).
KINDS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}
PASTED = "the pasted text"  # how an error names pasted input, as the CLI names a file by its path

T = TypeVar("T")


def available_engines() -> dict[str, str]:
    """The engines the form offers, name -> label, the one configured as the default first: the
    offline engine always, the LLM engine when an endpoint is configured (as `briefing generate
    --engine llm` would accept it). The one list the form, the check of a request and the analysis
    read; the engines themselves are `briefing.analysis.engines.ENGINES`."""
    from briefing.analysis.llm.settings import check_engine
    from briefing.config import load_engine_settings

    engines = {OFFLINE: OFFLINE_LABEL}
    try:
        (default, _), settings = load_engine_settings()
        check_engine(LLM, settings)
    except BriefingError:  # no endpoint, no client library, or a config file the form will report
        return engines
    engines[LLM] = f"LLM ({settings.model} at {settings.endpoint})"
    return dict(sorted(engines.items(), key=lambda item: item[0] != default))


def _analyse(engine: str, article: Article) -> Brief:
    from briefing.analysis import analyse
    from briefing.analysis.options import AnalysisOptions

    if engine == OFFLINE:
        return analyse(article, AnalysisOptions(engine=OFFLINE))
    from briefing.config import load_engine_settings

    _, settings = load_engine_settings()
    return analyse(article, AnalysisOptions(engine=engine, llm=settings))


@dataclass(frozen=True)
class Submission:
    """An article as the page sent it: its bytes, what kind of document it is, and the options."""

    data: bytes
    kind: str  # "text", "markdown" or "html"
    label: str  # what an error calls it: the pasted text, or the dropped file's name
    name: str  # the file's stem, or "pasted"
    published: dt.date | None = None
    title: str | None = None
    template: str = "brief"
    engine: str = OFFLINE


def submission_from_file(filename: str, data: bytes, options: Submission) -> Submission:
    """A dropped file, with the form's other choices (`options`): its kind from its name's ending.
    The name is only ever read, never opened: no request value becomes a path."""
    base = filename.replace("\\", "/").rsplit("/", 1)[-1] or "upload"
    stem, dot, suffix = base.rpartition(".")
    kind = KINDS.get(f".{suffix.lower()}") if dot else None
    if kind is None:
        raise InputError(f"{base}: not a .txt, .md or .html file")
    return replace(options, data=data, kind=kind, label=base, name=stem or "upload")


def check_size(data: bytes, label: str) -> None:
    """The CLI's input limit, with its message."""
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"{label}: larger than the {MAX_INPUT_BYTES // 1_000_000} MB input limit")


@dataclass
class Made:
    """One brief made on the desk: the article, the brief, how it was rendered, and its panes."""

    id: str
    article: Article
    brief: Brief
    render: RenderOptions
    template: str
    engine: str
    annotated: Annotated
    article_html: Markup
    seconds: float
    made_at: dt.datetime
    outputs: dict[str, bytes] = field(default_factory=dict)  # formats rendered so far

    @property
    def stem(self) -> str:
        """The file names' stem, as `briefing generate` names a single brief."""
        published = self.brief.source.published
        return output_stem(self.brief.title, published.isoformat() if published else None)

    def file_name(self, fmt: str) -> str:
        return f"{self.stem}.{EXTENSIONS[fmt]}"


class Desk:
    """The briefs of this run of the server, and the two threads that make and render them."""

    def __init__(self, history_size: int = HISTORY_SIZE) -> None:
        self._analysis = ThreadPoolExecutor(max_workers=1, thread_name_prefix="briefing-analysis")
        self._render = ThreadPoolExecutor(max_workers=1, thread_name_prefix="briefing-render")
        self._history: OrderedDict[str, Made] = OrderedDict()
        self._history_size = history_size
        self._lock = threading.Lock()
        self._making = 0  # briefs asked for and not yet made

    @property
    def busy(self) -> bool:
        """Whether a brief is being made (or waits for the analysis thread) right now."""
        return self._making > 0

    async def warm_up(self) -> None:
        """Load the model on the analysis thread before the first request, so the first brief is as
        quick as the rest."""
        from briefing.nlp import load_model

        await self._on(self._analysis, load_model)

    def close(self) -> None:
        self._analysis.shutdown(wait=False, cancel_futures=True)
        self._render.shutdown(wait=False, cancel_futures=True)

    async def make(self, submission: Submission) -> Made:
        """Read, analyse and lay out one article (on the analysis thread); the brief joins the history."""
        check_size(submission.data, submission.label)
        engines = available_engines()
        if submission.engine not in engines:
            raise UsageProblem(f"unknown engine {submission.engine!r} (available: {', '.join(engines)})")
        if submission.template not in templates():
            raise UsageProblem(f"no template {submission.template!r}: choose one of {', '.join(templates())}")
        options = build_options(
            ("html",), published=submission.published, title=submission.title, template=submission.template
        )
        self._making += 1
        try:
            made = await self._on(self._analysis, self._make, submission, options.render)
        finally:
            self._making -= 1
        with self._lock:
            self._history[made.id] = made
            while len(self._history) > self._history_size:
                self._history.popitem(last=False)
        return made

    @staticmethod
    def _make(submission: Submission, render: RenderOptions) -> Made:
        started = time.perf_counter()
        article = dated(
            article_from_bytes(
                submission.data,
                kind=submission.kind,
                name=submission.name,
                label=submission.label,
                published=submission.published,
                title=submission.title,
            )
        )
        brief = _analyse(submission.engine, article)
        outputs = render_all(brief, ["html"], render)
        annotated = annotate(outputs["html"], brief)
        return Made(
            id=secrets.token_urlsafe(9),
            article=article,
            brief=brief,
            render=render,
            template=submission.template,
            engine=submission.engine,
            annotated=annotated,
            article_html=article_html(article.text, annotated),
            seconds=time.perf_counter() - started,
            made_at=dt.datetime.now(dt.UTC),
            outputs=outputs,
        )

    def get(self, brief_id: str) -> Made | None:
        with self._lock:
            return self._history.get(brief_id)

    def recent(self) -> list[Made]:
        """The history, newest first."""
        with self._lock:
            return list(reversed(self._history.values()))

    async def output(self, made: Made, fmt: str) -> bytes:
        """The brief in one format, rendered once (on the render thread) and kept with it."""
        if fmt not in FORMATS:
            raise UsageProblem(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")
        if fmt not in made.outputs:
            rendered = await self._on(self._render, render_all, made.brief, [fmt], made.render)
            made.outputs[fmt] = rendered[fmt]
        return made.outputs[fmt]

    async def mail(self, made: Made, form: MailForm) -> MailResult:
        """Send the brief, or make an `.eml` draft of the same message, with `briefing send`'s checks."""
        from briefing.config import load_config
        from briefing.deliver import email as mail

        formats = [fmt for fmt in FORMATS if fmt in form.formats]
        if not formats:
            raise UsageProblem("choose at least one format to attach")
        with tempfile.TemporaryDirectory(prefix="briefing-serve-") as tmp:
            folder = Path(tmp)
            settings = load_config().smtp
            request = mail.make_request(
                to=form.to,
                cc=form.cc,
                bcc=form.bcc,
                sender=form.sender or None,
                subject=form.subject or None,
                settings=settings,
                eml=folder / "draft.eml" if form.draft else None,
            )
            paths = []
            for fmt in formats:
                path = folder / made.file_name(fmt)
                path.write_bytes(await self.output(made, fmt))
                paths.append(path)
            prepared = mail.build_message(request, [mail.digest_for(made.brief, paths, made.render)], paths)
            if form.draft:
                return MailResult(draft=prepared.data)
            try:
                await asyncio.to_thread(mail.send, prepared, settings)
            except DeliveryError as exc:
                raise NotSent(str(exc)) from None
            return MailResult(
                said=f"e-mailed {len(paths)} file(s) to {len(prepared.rcpt_to)} recipient(s) via {settings.server}"
            )

    @staticmethod
    async def _on(pool: ThreadPoolExecutor, work: Callable[..., T], *args: object) -> T:
        return await asyncio.get_running_loop().run_in_executor(pool, work, *args)


class NotSent(DeliveryError):
    """The mail server could not be reached or refused the message: its fault, not the form's."""


@dataclass(frozen=True)
class MailForm:
    """What the e-mail form asks: recipients, sender and subject (optional), formats, send or draft."""

    to: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()
    bcc: tuple[str, ...] = ()
    sender: str = ""
    subject: str = ""
    formats: tuple[str, ...] = ("pdf", "docx")
    draft: bool = False


@dataclass(frozen=True)
class MailResult:
    said: str = ""  # what was done, for the page
    draft: bytes | None = None  # the .eml file to download


def templates() -> list[str]:
    """The built-in template names: the only templates the page offers (a path would read a file)."""
    from briefing.render.templates import builtin_templates

    return list(builtin_templates())
