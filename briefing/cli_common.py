"""What every command shares at the CLI edge: exit codes and the one-line error a library error becomes."""

from __future__ import annotations

import click

from briefing.errors import BriefingError
from briefing.terminal import shown

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class BriefingClickError(click.ClickException):
    exit_code = EXIT_FAILURE

    def format_message(self) -> str:
        return shown(self.message.replace("\n", " ").strip())


def fail(exc: BriefingError) -> BriefingClickError:
    err = BriefingClickError(str(exc))
    err.exit_code = exc.exit_code
    return err
