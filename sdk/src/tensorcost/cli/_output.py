"""How results reach the user: a table on a terminal (rich), plain columns in a pipe, or `--json`."""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import IO, Any

from tensorcost import to_decimal


@dataclass
class Table:
    title: str
    columns: Sequence[str]
    rows: list[list[str]] = field(default_factory=list)
    #: Columns aligned to the right (numbers).
    numeric: frozenset[str] = frozenset()
    footer: str | None = None


def money(value: Any) -> str:
    """`Money` as `48,213.77 USD` (every decimal the API sent is kept)."""
    amount = to_decimal(value)
    exponent = amount.as_tuple().exponent
    if isinstance(exponent, int) and exponent > -2:
        amount = amount.quantize(Decimal("0.01"))
    return f"{amount:,f} {value.currency}"


def when(value: datetime | date | None) -> str:
    if value is None:
        return "-"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M") + ("Z" if value.utcoffset() is not None else "")
    return value.isoformat()


def jsonable(value: Any) -> Any:
    """Generated models (and lists of them) as JSON-ready values."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


def _default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


class Output:
    """Where one command writes: `stdout` for results, `stderr` for progress and errors."""

    def __init__(
        self, *, as_json: bool, stdout: IO[str] | None = None, stderr: IO[str] | None = None
    ) -> None:
        self.as_json = as_json
        self.stdout = stdout or sys.stdout
        self.stderr = stderr or sys.stderr

    @staticmethod
    def _isatty(stream: IO[str]) -> bool:
        isatty = getattr(stream, "isatty", None)
        return bool(isatty and isatty())

    def json(self, data: Any) -> None:
        self.stdout.write(json.dumps(jsonable(data), indent=2, default=_default) + "\n")

    def table(self, table: Table) -> None:
        console = self._rich_console(self.stdout)
        if console is None:
            self._plain(table)
            return
        from rich.table import Table as RichTable

        rich_table = RichTable(title=table.title, caption=table.footer, title_justify="left")
        for column in table.columns:
            rich_table.add_column(column, justify="right" if column in table.numeric else "left")
        for row in table.rows:
            rich_table.add_row(*row)
        console.print(rich_table)

    def _plain(self, table: Table) -> None:
        widths = [len(c) for c in table.columns]
        for row in table.rows:
            widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]

        def line(cells: Sequence[str]) -> str:
            parts = [
                cell.rjust(w) if col in table.numeric else cell.ljust(w)
                for cell, w, col in zip(cells, widths, table.columns, strict=True)
            ]
            return "  ".join(parts).rstrip()

        out = [table.title, line(table.columns), *(line(r) for r in table.rows)]
        if table.footer:
            out.append(table.footer)
        self.stdout.write("\n".join(out) + "\n")

    def _rich_console(self, stream: IO[str]) -> Any:
        """A rich console for a terminal; None in a pipe or without the `cli` extra."""
        if not self._isatty(stream):
            return None
        try:
            from rich.console import Console
        except ImportError:
            return None
        return Console(file=stream)

    @contextlib.contextmanager
    def progress(self, description: str) -> Iterator[ProgressLine]:
        """A spinner with a status line on stderr, only when stderr is a terminal."""
        console = self._rich_console(self.stderr)
        if console is None:
            yield ProgressLine(None, description)
            return
        with console.status(description) as status:
            yield ProgressLine(status, description)

    def error(self, message: str) -> None:
        self.stderr.write(f"tensorcost: error: {message}\n")


class ProgressLine:
    """Updates the spinner's text (a no-op when there is no terminal)."""

    def __init__(self, status: Any, description: str) -> None:
        self._status = status
        self._description = description

    def update(self, detail: str) -> None:
        if self._status is not None:
            self._status.update(f"{self._description} {detail}")
