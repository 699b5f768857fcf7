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


class EndpointError(BriefingError):
    """The LLM endpoint failed: unreachable, timed out, refused, or replied with no usable JSON."""
