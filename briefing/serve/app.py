"""The desk's pages: the form, a brief beside its article, downloads, e-mail, a short history.

Routes (every POST carries the CSRF token; no request value is ever used as a file path):

    GET  /                          the form and the history
    POST /brief                     make a brief from pasted text or a dropped file -> 303 to its page
    GET  /brief/{id}                the brief beside its article
    GET  /brief/{id}/download/{fmt} the brief as PDF, DOCX, JSON, Markdown, HTML or text
    POST /brief/{id}/email          send it with the configured SMTP server, or download an .eml draft
    POST /inspect                   the title and date found in an input, to prefill the form (JSON)
    GET  /static/...                the desk's stylesheet and script
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import jinja2
from starlette.applications import Starlette
from starlette.datastructures import FormData, UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from briefing import __version__
from briefing.errors import BriefingError, InputError
from briefing.formats import FORMATS, MEDIA_TYPES, REGISTRY
from briefing.ingest import MAX_INPUT_BYTES, article_from_bytes, parse_date
from briefing.model import PUBLISHED_BASES
from briefing.render.context import long_date
from briefing.serve.desk import (
    OFFLINE,
    PASTED,
    Desk,
    Made,
    MailForm,
    NotSent,
    Submission,
    available_engines,
    check_size,
    submission_from_file,
    templates,
)
from briefing.serve.security import CSRF_FIELD, CSRF_HEADER, MAX_BODY_BYTES, BodyTooLarge, Guard, csrf_ok

HERE = Path(__file__).resolve().parent
FORM_FIELDS = 20  # the most fields any of the desk's forms has, with room to spare
# The download buttons' names (the format table's labels are for e-mail bodies: "Word document").
FORMAT_LABELS = {"pdf": "PDF", "docx": "DOCX", "json": "JSON", "md": "Markdown", "html": "HTML", "txt": "Text"}
assert set(FORMAT_LABELS) == set(FORMATS), "a new format needs a download button's name here"
BASIS = {"given": "as set in the form", "document": "found in the article", "today": "not found: today's date"}
assert set(BASIS) == set(PUBLISHED_BASES)


def create_app(*, token: str | None = None, local: bool = True, desk: Desk | None = None) -> Guard:
    """The ASGI application: the routes behind the `Guard` (see `security`). Its start-up loads the
    model, so a server answers its first request only when it can make a brief."""
    pages = Pages(desk or Desk())

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await pages.desk.warm_up()
        yield
        pages.desk.close()

    routes = [
        Route("/", pages.home),
        Route("/brief", pages.make, methods=["POST"]),
        Route("/brief/{brief_id}", pages.show),
        Route("/brief/{brief_id}/download/{fmt}", pages.download),
        Route("/brief/{brief_id}/email", pages.email, methods=["POST"]),
        Route("/inspect", pages.inspect, methods=["POST"]),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    app = Starlette(routes=routes, lifespan=lifespan, exception_handlers={HTTPException: pages.http_error})
    return Guard(app, token=token, local=local)


class Pages:
    """One method per route, all rendering the one page template."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self.templates = _environment()

    def page(self, request: Request, status: int = 200, **context: Any) -> HTMLResponse:
        defaults = {
            "csrf": request.state.csrf,
            "made": None,
            "error": None,
            "notice": None,
            "values": {},
            "mail_values": {},
            "mail_open": False,
            "history": self.desk.recent(),
            "templates": templates(),
            "engines": available_engines(),
            "formats": FORMAT_LABELS,
            "version": __version__,
            "basis": BASIS,
            "long_date": long_date,
        }
        html = self.templates.get_template("desk.html").render({**defaults, **context})
        return HTMLResponse(html, status_code=status)

    async def home(self, request: Request) -> Response:
        return self.page(request)

    async def make(self, request: Request) -> Response:
        try:
            form = await _form(request)
        except BodyTooLarge:
            return self.page(request, 413, error=TOO_LARGE)
        values = _values(form)
        if not csrf_ok(request.state.csrf, _text(form, CSRF_FIELD)):
            return self.page(request, 403, error=CSRF_MESSAGE, values=values)
        try:
            made = await self.desk.make(await _submission(form))
        except BriefingError as exc:
            return self.page(request, 400, error=str(exc), values=values)
        # Server-Timing: what making the brief took here, for a browser's developer tools and the benchmark.
        timing = {"server-timing": f"brief;dur={made.seconds * 1000:.1f}"}
        return RedirectResponse(f"/brief/{made.id}", status_code=303, headers=timing)

    async def show(self, request: Request) -> Response:
        return self.page(request, made=self._made(request))

    async def download(self, request: Request) -> Response:
        made = self._made(request)
        fmt = request.path_params["fmt"]
        if fmt not in FORMATS:
            raise HTTPException(404, f"no format {fmt!r}")
        try:
            data = await self.desk.output(made, fmt)
        except BriefingError as exc:
            return self.page(request, 500, made=made, error=str(exc))
        media = MEDIA_TYPES[fmt] + ("" if REGISTRY[fmt].binary else "; charset=utf-8")
        return Response(data, media_type=media, headers=_attachment(made.file_name(fmt)))

    async def email(self, request: Request) -> Response:
        made = self._made(request)
        try:
            form = await _form(request)
        except BodyTooLarge:
            return self.page(request, 413, made=made, error=TOO_LARGE)
        if not csrf_ok(request.state.csrf, _text(form, CSRF_FIELD)):
            return self.page(request, 403, made=made, error=CSRF_MESSAGE)
        mail_form = MailForm(
            to=_addresses(form, "to"),
            cc=_addresses(form, "cc"),
            bcc=_addresses(form, "bcc"),
            sender=_text(form, "from").strip(),
            subject=_text(form, "subject").strip(),
            formats=tuple(str(v) for v in form.getlist("formats")),
            draft=_text(form, "action") == "draft",
        )
        try:
            result = await self.desk.mail(made, mail_form)
        except BriefingError as exc:
            status = 502 if isinstance(exc, NotSent) else 400  # the mail server's failure, or the form's
            return self.page(request, status, made=made, error=str(exc), mail_values=_values(form), mail_open=True)
        if result.draft is not None:
            return Response(result.draft, media_type="message/rfc822", headers=_attachment(f"{made.stem}.eml"))
        return self.page(request, made=made, notice=result.said)

    async def inspect(self, request: Request) -> Response:
        """The title and publication date an input gives, for the form to fill in (nothing is kept)."""
        if not csrf_ok(request.state.csrf, request.headers.get(CSRF_HEADER)):
            return JSONResponse({"error": CSRF_MESSAGE}, status_code=403)
        try:
            submission = await _submission(await _form(request))
            check_size(submission.data, submission.label)
            # Reading a web page (trafilatura) takes a while: off the event loop, like the analysis.
            article = await asyncio.to_thread(
                article_from_bytes, submission.data, kind=submission.kind, label=submission.label
            )
        except BodyTooLarge:
            return JSONResponse({"error": TOO_LARGE}, status_code=413)
        except BriefingError as exc:
            return JSONResponse({"error": str(exc)}, status_code=400)
        published = article.published.isoformat() if article.published else None
        return JSONResponse({"title": article.title, "published": published})

    async def http_error(self, request: Request, exc: Exception) -> Response:
        detail = getattr(exc, "detail", "Not found.")
        return self.page(request, getattr(exc, "status_code", 404), error=str(detail))

    def _made(self, request: Request) -> Made:
        made = self.desk.get(request.path_params["brief_id"])
        if made is None:
            raise HTTPException(
                404, "This brief is not in this server's history: it keeps the most recent briefs only."
            )
        return made


CSRF_MESSAGE = "This form has expired or did not come from this page: reload the page and try again."
TOO_LARGE = f"The upload is larger than the {MAX_INPUT_BYTES // 1_000_000} MB input limit."


async def _form(request: Request) -> FormData:
    # A field may be as large as the whole body the Guard lets through: the Guard's count, not the
    # parser's, refuses an oversized body (413), and the CLI's check names an oversized article.
    return await request.form(max_files=1, max_fields=FORM_FIELDS, max_part_size=MAX_BODY_BYTES)


async def _submission(form: FormData) -> Submission:
    """The article the form sends: a dropped file when there is one, else the pasted text."""
    published_value = _text(form, "published").strip()
    text = _text(form, "text")
    pasted = Submission(
        data=text.encode("utf-8"),
        kind="text",
        label=PASTED,
        name="pasted",
        published=parse_date(published_value) if published_value else None,
        title=_text(form, "title").strip() or None,
        template=_text(form, "template") or "brief",
        engine=_text(form, "engine") or OFFLINE,
    )
    upload = form.get("file")
    if isinstance(upload, UploadFile) and upload.filename:
        return submission_from_file(upload.filename, await upload.read(MAX_INPUT_BYTES + 1), pasted)
    if not text.strip():
        raise InputError("nothing to brief: paste an article or drop a .txt, .md or .html file")
    return pasted


def _values(form: FormData) -> dict[str, str]:
    """What was typed, to show the form again as it was (never the CSRF token, nor a text the page
    refused as too large)."""
    return {k: v for k, v in form.items() if isinstance(v, str) and k != CSRF_FIELD and len(v) <= MAX_INPUT_BYTES}


def _text(form: FormData, name: str) -> str:
    value = form.get(name)
    return value if isinstance(value, str) else ""


def _addresses(form: FormData, name: str) -> tuple[str, ...]:
    value = _text(form, name).strip()
    return (value,) if value else ()


def _attachment(name: str) -> dict[str, str]:
    """A download's name; the stem is made from the brief's title by `output_stem`, ASCII only."""
    return {"content-disposition": f'attachment; filename="{name}"'}


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(HERE / "templates")),
        autoescape=True,  # every value is escaped: article text, titles, errors
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
