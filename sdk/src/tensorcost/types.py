"""Every model, enum and enum value set of the API, as the SDK's supported import path.

    from tensorcost.types import ALERT_SEVERITY_VALUES, AlertSeverity, CostSummary, ResultList

The names are those of the generated models package (`_generated/models`, rendered from the
spec), which imports each on first access, so `import tensorcost.types` loads no model.
`ResultList` is the type of a list result (`tc.cost.list_budgets()`): a `list` with
`.to_pandas()` and an HTML table.
"""

from typing import TYPE_CHECKING, Any

from ._generated import models as _models
from ._generated.types import ResultList
from ._notebook import install as _install_notebook_methods

if TYPE_CHECKING:
    from ._generated.models import *  # noqa: F403 (type checkers see the real classes)

__all__ = [*_models.__all__, "ResultList"]
_MODELS = frozenset(_models.__all__)
_install_notebook_methods()  # ResultList and a few models get `.to_pandas()`, `_repr_html_()`


if not TYPE_CHECKING:  # type checkers see the names above, and reject a name that is not one

    def __getattr__(name: str) -> Any:
        if name not in _MODELS:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(_models, name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
