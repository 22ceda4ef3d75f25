"""Progress of long work (`progress=True` on pages and downloads), with no hard dependency.

The bar is tqdm's when tqdm is installed (`tqdm.auto`: a widget in notebooks, a bar in
terminals), else rich's when rich is installed (the `cli` extra), else a plain line on stderr.
"""

from __future__ import annotations

import importlib
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Protocol


class Bar(Protocol):
    def update(self, n: int) -> None: ...


class _NoBar:
    def update(self, n: int) -> None:
        pass


class _TqdmBar:
    def __init__(self, bar: Any) -> None:
        self._bar = bar

    def update(self, n: int) -> None:
        self._bar.update(n)


class _RichBar:
    def __init__(self, progress: Any, task: Any) -> None:
        self._progress = progress
        self._task = task

    def update(self, n: int) -> None:
        self._progress.advance(self._task, n)


class _LineBar:
    """`description: 1,234 items` on stderr: redrawn in place on a terminal (at most 10 times a
    second), else written once at the end."""

    def __init__(self, description: str, unit: str, total: int | None) -> None:
        self._description = description
        self._unit = unit
        self._total = total
        self._count = 0
        self._started = self._drawn = time.monotonic()
        self._tty = sys.stderr.isatty()

    def _text(self) -> str:
        of = f" of {self._total:,}" if self._total is not None else ""
        return f"{self._description}: {self._count:,}{of} {self._unit}"

    def update(self, n: int) -> None:
        self._count += n
        now = time.monotonic()
        if self._tty and now - self._drawn >= 0.1:
            self._drawn = now
            sys.stderr.write(f"\r{self._text()}")
            sys.stderr.flush()

    def close(self) -> None:
        seconds = time.monotonic() - self._started
        redraw = "\r" if self._tty else ""
        sys.stderr.write(f"{redraw}{self._text()} in {seconds:.1f} s\n")
        sys.stderr.flush()


@contextmanager
def progress_bar(
    enabled: bool, description: str, *, unit: str = "items", total: int | None = None
) -> Iterator[Bar]:
    """A bar to `update(n)` while the work goes on; a no-op one unless `enabled`."""
    if not enabled:
        yield _NoBar()
        return
    try:
        tqdm = importlib.import_module("tqdm.auto").tqdm  # untyped; optional
    except ImportError:
        pass
    else:
        bar = tqdm(desc=description, total=total, unit=unit, unit_scale=unit == "B", file=sys.stderr)
        try:
            yield _TqdmBar(bar)
        finally:
            bar.close()
        return
    try:
        from rich.console import Console
        from rich.progress import Progress
    except ImportError:
        pass
    else:
        with Progress(console=Console(file=sys.stderr), transient=False) as rich_progress:
            task = rich_progress.add_task(f"{description} ({unit})", total=total)
            yield _RichBar(rich_progress, task)
        return
    line = _LineBar(description, unit, total)
    try:
        yield line
    finally:
        line.close()
