"""One exception family for the whole library; the CLI maps it to exit codes.

Library code raises these with a message that reads as a complete one-line
sentence for the user; it never prints or exits itself.
"""

from __future__ import annotations


class BriefingError(Exception):
    """Base class: anything the user can fix by changing input, options or environment."""

    exit_code = 1


class UsageProblem(BriefingError):
    """Options that cannot go together, or an output that cannot be what the user meant."""

    exit_code = 2


class InputError(BriefingError):
    """The article cannot be read or is not usable text (empty, binary, too large, bad date)."""


class AnalysisError(BriefingError):
    """The language model is missing or the analysis cannot run."""


class TemplateError(BriefingError):
    """A template is missing or broken; the message names the file and line."""


class RenderError(BriefingError):
    """A format could not be produced from the brief."""


class OutputError(BriefingError):
    """A file could not be written, or would overwrite an existing brief."""


class ConfigError(BriefingError):
    """A configuration or theme file is invalid."""


class DeliveryError(BriefingError):
    """An e-mail could not be built or sent; the briefs stay on disk."""


class Terminated(KeyboardInterrupt):
    """SIGTERM, as `timeout`, CI and systemd send it: handled like Ctrl-C, reported with status 143."""


def raise_terminated(signum: int, frame: object) -> None:
    raise Terminated


# The statuses a shell reports for a process ended by SIGINT and by SIGTERM. Named here, free of click,
# so that the entry point still importing the CLI (briefing.launch) ends a run as the CLI does.
EXIT_INTERRUPTED = 128 + 2
EXIT_TERMINATED = 128 + 15


def how_stopped(stop: BaseException) -> tuple[str, int]:
    """('terminated', 143) for SIGTERM, else ('interrupted', 130). click turns an interrupt it sees into
    Abort, raised from the Terminated: the one it was raised from, or during, counts too."""
    terminated = isinstance(stop, Terminated) or isinstance(stop.__cause__ or stop.__context__, Terminated)
    return ("terminated", EXIT_TERMINATED) if terminated else ("interrupted", EXIT_INTERRUPTED)


def stopped_line(how: str) -> str:
    """The one line a run stopped before anything was written ends with."""
    return f"briefing: {how}; no partial files were left"


class EndpointError(BriefingError):
    """The LLM endpoint failed: unreachable, timed out, refused, or replied with no usable JSON."""
