"""Plugs the notebook layer into the generated result types (dependency inversion).

`ResultList` and the models codegen lists in `NOTEBOOK_RESULTS` have `.to_pandas()`,
`_repr_html_()` and `.plot()`, which call the hooks installed here; the hooks import `_dataframe`
(and through it pandas or matplotlib) on the first call. Installed when a client is built and
when `tensorcost.types` is imported, the two ways to reach the generated types.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._generated.types import MoneyAs, NotebookKind


class NotebookHooks:
    """Implements the generated `NotebookHooks` protocol with `_dataframe`."""

    __slots__ = ()

    def to_pandas(self, result: Any, kind: NotebookKind, money: MoneyAs) -> Any:
        from . import _dataframe

        if kind == "items":
            return _dataframe.items_frame(result, money=money)
        if kind == "forecast":
            return _dataframe.forecast_frame(result, money=money)
        return _dataframe.to_pandas(result, money=money)

    def repr_html(self, result: Any, kind: NotebookKind) -> str:
        from . import _dataframe

        if kind == "list":
            return _dataframe.list_html(result)
        if kind == "items":
            return _dataframe.items_result_html(result)
        if kind == "forecast":
            return _dataframe.forecast_html(result)
        return _dataframe.record_html(result)

    def plot(self, result: Any, kind: NotebookKind, ax: Any) -> Any:
        from . import _dataframe

        return _dataframe.plot_forecast(result, ax)


def install() -> None:
    """Give the generated result types their notebook methods (idempotent)."""
    from ._generated.types import install_notebook_hooks

    install_notebook_hooks(_HOOKS)


_HOOKS = NotebookHooks()
