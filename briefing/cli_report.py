"""What a `generate` run tells its user: the files written on stdout, progress, warnings and
failures on stderr, and whether stdout stopped taking the list of files."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from briefing.terminal import shown, silence_stdout

if TYPE_CHECKING:
    from briefing.batch import Outcome

# Set when stdout stopped taking the list of written briefs ("" for a reader that left, which
# ends quietly): the run goes on, and ends with status 1.
STDOUT_LOSS: dict[str, str] = {}


def undated_warning(source: str, today: str) -> str:
    return (
        f"warning: {source}: no publication date given or found; resolving dates against today "
        f"({today}). Use --published YYYY-MM-DD."
    )


class Report:
    """What a run tells its user: files written on stdout, progress, warnings and failures on stderr.

    The progress bar shows only on a terminal; on a terminal it also replaces the list of files
    (the two would garble each other), which a pipe still gets, one path a line, for scripts.
    """

    def __init__(self, *, quiet: bool, verbose: bool) -> None:
        self.quiet, self.verbose = quiet, verbose
        self.bar: click.progressbar | None = None  # type: ignore[type-arg]
        self.batch = False
        self.undated: list[Outcome] = []
        self.held: list[str] = []  # warnings that would break the progress bar, shown after it
        self.stdout_gone = False  # stdout stopped taking paths: the briefs are still all written
        self.outcomes: list[Outcome] = []  # every article's, for the e-mail sent after the run

    def start(self, total: int) -> None:
        self.batch = True
        if not self.quiet and sys.stderr.isatty() and total > 1:
            self.bar = click.progressbar(
                length=total, label=f"Briefing {total} articles", file=sys.stderr, show_pos=True, show_eta=True
            )
            self.bar.render_progress()

    def outcome(self, outcome: Outcome) -> None:
        self.outcomes.append(outcome)
        if self.bar is not None:
            self.bar.update(1)
        if outcome.undated and outcome.ok:  # a failed article's dates are moot
            self.undated.append(outcome)
            if not self.batch and not self.quiet:
                click.echo(shown(undated_warning(outcome.source, str(outcome.published))), err=True)
        if not self.quiet:
            for warning in outcome.warnings:
                line = f"warning: {outcome.source}: {warning}"
                if self.bar is not None:
                    self.held.append(line)
                else:
                    click.echo(shown(line), err=True)
        if self.verbose and self.bar is None:
            if outcome.ok and outcome.note:
                click.echo(shown(f"{outcome.source}: {outcome.note}"), err=True)
            if outcome.detail:
                click.echo("\n".join(shown(line) for line in outcome.detail.rstrip().split("\n")), err=True)
        if not self.quiet and not self.stdout_gone and not (self.bar is not None and sys.stdout.isatty()):
            for path in outcome.written:
                self._print_path(path)

    def _print_path(self, path: Path) -> None:
        """A written brief's path on stdout. The briefs never depend on it: if stdout is closed, full
        or its reader stopped (`| head -n1`), the paths are dropped and the batch goes on."""
        try:
            click.echo(shown(path))
            sys.stdout.flush()
        except OSError as exc:
            self.stdout_gone = True
            silence_stdout()
            if not isinstance(exc, BrokenPipeError):
                STDOUT_LOSS["lost"] = f"{exc.strerror or exc}; the briefs were written"
            else:
                STDOUT_LOSS.setdefault("lost", "")

    def close(self) -> None:
        if self.bar is not None:
            self.bar.render_finish()
            self.bar = None
        for line in self.held:
            click.echo(shown(line), err=True)
        self.held = []

    def summary(self, outcomes: list[Outcome], failures: list[tuple[str, str]], output: Path, seconds: float) -> None:
        done = sum(o.ok for o in outcomes)
        if self.undated and not self.quiet:
            names = ", ".join(shown(o.source) for o in self.undated[:3]) + (", ..." if len(self.undated) > 3 else "")
            click.echo(
                f"warning: {len(self.undated)} article(s) had no publication date; their dates resolve "
                f"against today ({self.undated[0].published}): {names}. Use --published YYYY-MM-DD.",
                err=True,
            )
        if failures or not self.quiet:
            counts = f"{done} briefed, {len(failures)} failed"
            click.echo(shown(f"briefing: {counts}, in {seconds:.1f} s -> {output}"), err=True)
        for source, reason in failures:
            click.echo(shown(f"{source}: {reason}"), err=True)
