"""Every model, enum and enum value set of the API, as the SDK's supported import path.

    from tensorcost.types import ALERT_SEVERITY_VALUES, AlertSeverity, CostSummary, ResultList

The names come from the spec through the generated code (`_generated/exports.py`); each is
imported on first access, so `import tensorcost.types` loads no model. `ResultList` is the type
of a list result (`tc.cost.list_budgets()`): a `list` with `.to_pandas()` and an HTML table.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ._generated import exports as _exports
from ._generated.types import ResultList
from ._notebook import install as _install_notebook_methods

if TYPE_CHECKING:
    from ._generated.exports import *  # noqa: F403 (type checkers see the real classes)

__all__ = [*_exports.__all__, "ResultList"]
_install_notebook_methods()  # ResultList and a few models get `.to_pandas()`, `_repr_html_()`


def __getattr__(name: str) -> Any:
    module = _exports.MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{_exports.__package__}.models.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
