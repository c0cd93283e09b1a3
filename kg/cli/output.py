"""What the command line prints: progress on stderr, event lines, score tables, sizes."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING

import typer

from kg.rdf.formats import terminal_safe

if TYPE_CHECKING:
    from kg.build.io import Notice
    from kg.build.jobs import Outcome


class Progress:
    """Documents done of the total, events, failures, rate and time left, on stderr.

    Shown when stderr is a terminal (one live line) or when asked (``--progress``, or ``KG_PROGRESS_EVERY``
    seconds between lines, which scripts and tests set): a line every few seconds.  Quiet on a pipe
    otherwise.  ``total`` is filled in by :meth:`count` from another thread as soon as the inputs are
    counted, so the first documents are not held up by counting a large corpus.
    """

    def __init__(self, *, show: bool | None = None, every: float = 5.0) -> None:
        self.start = self.last = time.monotonic()
        tty = sys.stderr.isatty()
        env = os.environ.get("KG_PROGRESS_EVERY")  # seconds between lines
        self.live = tty
        self.show = show if show is not None else tty or bool(env)
        self.every = float(env) if env else 0.2 if tty else every
        self.done = self.failed = self.events = 0
        self.total: int | None = None

    def count(self, inputs: list[str]) -> None:
        """Count the documents of ``inputs`` in the background (only when progress is shown)."""
        if not self.show:
            return
        import threading

        from kg.build.io import count_documents

        def run() -> None:
            self.total = count_documents(inputs)

        threading.Thread(target=run, name="kg-count", daemon=True).start()

    def update(self, outcome: Outcome) -> None:
        self.done += 1
        self.failed += not outcome.ok
        self.events += outcome.events
        now = time.monotonic()
        if self.show and now - self.last >= self.every:
            self.last = now
            self._show(final=False)

    @property
    def rate(self) -> float:
        elapsed = max(time.monotonic() - self.start, 1e-9)
        return self.done / elapsed

    def line(self) -> str:
        """``120/300 documents (40%), 95 events, 0 failed, 3.2 docs/s, 0:56 left``."""
        total = self.total if self.total is not None and self.total >= self.done else None
        done = (
            f"{self.done}/{total} documents ({100 * self.done // max(total, 1)}%)"
            if total
            else f"{self.done} documents"
        )
        line = f"{done}, {self.events} events, {self.failed} failed, {self.rate:.1f} docs/s"
        if total and self.done and self.done < total:
            left = round((total - self.done) / max(self.rate, 1e-9))
            line += f", {left // 3600}:{left // 60 % 60:02d}:{left % 60:02d} left"
        return line

    def _show(self, *, final: bool) -> None:
        if self.live:
            sys.stderr.write("\r" + self.line() + "\x1b[K" + ("\n" if final else ""))
        else:
            sys.stderr.write(self.line() + "\n")
        sys.stderr.flush()

    def finish(self) -> None:
        if self.show:
            self._show(final=True)


class Notices:
    """Prints each notice of the reader as a warning on stderr and counts the files skipped."""

    def __init__(self) -> None:
        self.skipped: list[str] = []

    def __call__(self, notice: Notice) -> None:
        if notice.skipped:
            self.skipped.append(notice.source)
        if sys.stderr.isatty():
            sys.stderr.write("\r")
        typer.echo(f"kg: warning: {notice.source}: {notice.message}", err=True)

    def summary(self) -> str:
        """``; skipped N files kg does not read (named above)``, or nothing."""
        n = len(self.skipped)
        return f"; skipped {n} file{'s' if n != 1 else ''} kg does not read (named above)" if n else ""


NO_DOCUMENTS = (
    'no document was read; kg reads .txt, .md, .html, .json and .jsonl files (JSON records need a "text"), '
    "and folders of them"
)


def report_failures(outcomes: Iterator[Outcome], progress: Progress) -> Iterator[Outcome]:
    for outcome in outcomes:
        if not outcome.ok:
            if sys.stderr.isatty():
                sys.stderr.write("\r")
            typer.echo(f"kg: skipped {outcome.source}: {outcome.error}", err=True)
        progress.update(outcome)
        yield outcome


def event_lines(record: dict) -> str:
    def name(role: dict | list | None) -> str:
        # A role with several participants is a list of them (docs/ARCHITECTURE.md, "Event representation").
        if isinstance(role, list):
            return " + ".join(r["label"] for r in role) or "-"
        return role["label"] if role else "-"

    lines = [f"# {record['id']}"]
    for e in record["events"]:
        extra = f" -> {name(e['to'])}" if e.get("to") else ""
        lines.append(
            f"{e['type']:<10} {name(e['agent'])} => {name(e['target'])}{extra}"
            f"  [{e['modality']}, {e['confidence']:.2f}]"
        )
    # Names and ids are article text: escapes in them must not reach the terminal raw.
    return "\n".join(terminal_safe(line) for line in lines) + "\n"


def scores_table(scores) -> str:
    def f(x: float | None) -> str:
        return "  -  " if x is None else f"{x:.3f}"

    lines = [f"{scores.records} records", "", f"{'type':<11}{'P':>7}{'R':>7}{'F1':>7}{'support':>9}"]
    for name, d in scores.detection.items():
        lines.append(f"{name:<11}{f(d.precision):>7}{f(d.recall):>7}{f(d.f1):>7}{d.support:>9}")
    lines += [
        f"{'macro-F1':<11}{'':>14}{f(scores.macro_f1):>7}",
        "",
        f"{'role':<11}{'recall':>8}{'prec.':>8}{'F1':>8}{'found':>10}",
    ]
    for role, r in scores.role_recall.items():
        hits, total = scores.counts[role]
        lines.append(
            f"{role:<11}{f(r):>8}{f(scores.role_precision.get(role)):>8}"
            f"{f(scores.role_f1.get(role)):>8}{f'{hits}/{total}':>10}"
        )
    lines += [
        "",
        f"headline (mean of agent and target F1): {f(scores.headline)}",
        f"events predicted per gold event (complete records): {f(scores.events_per_gold)}"
        f" ({scores.events[0]} / {scores.events[1]})",
    ]
    return "\n".join(lines) + "\n"


def size(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} B"
