"""Shared types of the generated models, and the parsers their `from_dict` uses.

A response body is checked while it is parsed (a tolerant reader with strict types): a value
of the wrong JSON type, a non-finite number or a malformed decimal raises `ValueMismatch`
(a `ValueError`); unknown object fields are kept in `additional_properties`; an enum marked
`x-extensible-enum` accepts values it does not know as `UnknownEnumValue` (logged once).
"""

import datetime
import logging
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import IO, Any, BinaryIO, Literal, Protocol, TypeVar

import attrs
from attrs import define


class Unset:
    """The type of `UNSET`: an optional argument or field that was not given."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


class ValueMismatch(ValueError):
    """A value in a body does not have the type or format the spec gives it."""


class UnknownEnumValue(str):
    """A value of an extensible enum that this version of the SDK does not know.

    It is the exact string the server sent (`==`, hashing and JSON behave as for a `str`); its
    own type makes `mypy` ask code that matches on the known values to handle it too.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return f"UnknownEnumValue({str.__repr__(self)})"


_logger = logging.getLogger("tensorcost")
_reported: set[tuple[str, str]] = set()


def unknown_enum_value(field: str, value: object, known: object) -> UnknownEnumValue:
    """An extensible enum's unknown value, logged at WARNING once per (field, value)."""
    if value.__class__ is not str:
        raise ValueMismatch(f"expected one of {known!r}, got {_describe(value)}")
    if (field, value) not in _reported:
        _reported.add((field, value))
        _logger.warning(
            "%s: the server sent %r, a value this version of tensorcost does not know; "
            "it is kept as UnknownEnumValue (upgrade tensorcost to get it typed)",
            field,
            value,
        )
    return UnknownEnumValue(value)


def not_one_of(value: object, known: object) -> ValueMismatch:
    """The error for a closed enum's unknown value."""
    return ValueMismatch(f"expected one of {known!r}, got {_describe(value)}")


def _describe(value: object) -> str:
    text = repr(value)
    return f"{type(value).__name__} {text if len(text) <= 60 else text[:57] + '...'}"


def parse_str(value: Any) -> str:
    if value.__class__ is str:
        return value
    raise ValueMismatch(f"expected a string, got {_describe(value)}")


def parse_int(value: Any) -> int:
    if value.__class__ is int:
        return value
    raise ValueMismatch(f"expected an integer, got {_describe(value)}")


def parse_float(value: Any) -> float:
    """A JSON number: an `int` stays an `int` (as sent); NaN and the infinities are refused."""
    if value.__class__ is float:
        if value - value == 0.0:  # false for NaN and the infinities
            return value
        raise ValueMismatch(f"expected a finite number, got {value!r}")
    if value.__class__ is int:
        return value
    raise ValueMismatch(f"expected a number, got {_describe(value)}")


def parse_bool(value: Any) -> bool:
    if value.__class__ is bool:
        return value
    raise ValueMismatch(f"expected a boolean, got {_describe(value)}")


def parse_decimal(value: Any) -> Decimal:
    """A decimal string (`"-12.50"`) as an exact `Decimal`; `"NaN"`, `"Infinity"`, `"12,5"` are refused."""
    if value.__class__ is str and value.isascii():  # Decimal() reads other scripts' digits too
        try:
            number = Decimal(value)
        except InvalidOperation:
            pass
        else:
            if number.is_finite():
                return number
    if value.__class__ is str:
        raise ValueMismatch(f"expected a finite decimal string such as '12.50', got {value!r}")
    raise ValueMismatch(f"expected a decimal string, got {_describe(value)}")


def format_decimal(value: Decimal) -> str:
    """The wire form of a decimal amount: fixed point, never an exponent (`'0.000000150'`)."""
    return format(value, "f")


# The standard library's C parsers; a non-string raises TypeError ("argument must be str").
parse_datetime = datetime.datetime.fromisoformat
parse_date = datetime.date.fromisoformat


def parse_none(value: Any) -> None:
    if value is not None:
        raise ValueMismatch(f"expected null, got {_describe(value)}")


def parse_any(value: Any) -> Any:
    return value


def parse_object(value: Any) -> dict[str, Any]:
    """The fields of a JSON object, copied (a model pops its own fields from the copy)."""
    if value.__class__ is dict or isinstance(value, Mapping):
        return dict(value)
    raise ValueMismatch(f"expected an object, got {_describe(value)}")


def parse_list(parse: Callable[[Any], T], value: Any) -> list[T]:
    if value.__class__ is list:
        # A loop, not a comprehension: the failing `item` must stay in this frame's locals for the
        # runtime to name its index (Python 3.12 inlines comprehensions and clears their variables).
        parsed: list[T] = []
        for item in value:
            parsed.append(parse(item))
        return parsed
    raise ValueMismatch(f"expected an array, got {_describe(value)}")


def parse_nullable(parse: Callable[[Any], T], value: Any) -> T | None:
    return None if value is None else parse(value)


# One call for the common nullable scalars (a page of 500 items has thousands of them).
def parse_str_or_none(value: Any) -> str | None:
    if value is None or value.__class__ is str:
        return value
    raise ValueMismatch(f"expected a string or null, got {_describe(value)}")


def parse_int_or_none(value: Any) -> int | None:
    if value is None or value.__class__ is int:
        return value
    raise ValueMismatch(f"expected an integer or null, got {_describe(value)}")


def parse_float_or_none(value: Any) -> float | None:
    return None if value is None else parse_float(value)


def parse_bool_or_none(value: Any) -> bool | None:
    if value is None or value.__class__ is bool:
        return value
    raise ValueMismatch(f"expected a boolean or null, got {_describe(value)}")


def parse_decimal_or_none(value: Any) -> Decimal | None:
    return None if value is None else parse_decimal(value)


def parse_datetime_or_none(value: Any) -> datetime.datetime | None:
    return None if value is None else datetime.datetime.fromisoformat(value)


def parse_optional(parse: Callable[[Any], T], value: Any) -> T | Unset:
    return value if value is UNSET else parse(value)


def parse_optional_nullable(parse: Callable[[Any], T], value: Any) -> T | None | Unset:
    return value if value is UNSET or value is None else parse(value)


def parse_union(parsers: tuple[Callable[[Any], Any], ...], value: Any) -> Any:
    """The first of several alternatives (`oneOf`/`anyOf`) that accepts the value."""
    reasons = []
    for parse in parsers:
        try:
            return parse(value)
        except (TypeError, ValueError, KeyError) as exc:
            reasons.append(f"{type(exc).__name__}: {exc}")
    raise ValueMismatch("matches none of the alternatives (" + "; ".join(reasons) + ")")


def parse_const(expected: T, value: Any) -> T:
    if value == expected and value.__class__ is expected.__class__:
        return value
    raise ValueMismatch(f"expected {expected!r}, got {_describe(value)}")


def model_repr(model: Any) -> str:
    """`Name(field=value, ...)` without the fields that were not given and without empty
    `additional_properties` (nor fields not set yet: `from_dict` fills a new instance in place,
    and a traceback's locals may show one it left half-filled)."""
    parts = []
    for f in attrs.fields(type(model)):
        value = getattr(model, f.name, UNSET)
        if value is UNSET or (f.name == "additional_properties" and not value):
            continue
        parts.append(f"{f.name}={value!r}")
    return f"{type(model).__name__}({', '.join(parts)})"


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "UnknownEnumValue",
    "Unset",
    "ValueMismatch",
]


# Notebook methods. The result types below and the models named in codegen (`NOTEBOOK_RESULTS`)
# have `to_pandas()`, `_repr_html_()` and `plot()`; they delegate to hooks the SDK runtime
# installs (`tensorcost._notebook`), so this layer imports nothing hand-written and no pandas.

NotebookKind = Literal["list", "record", "items", "forecast"]
"""How a result converts: a list of models, one model, a model with `items`, a forecast."""
MoneyAs = Literal["decimal", "float"]
"""Money columns as exact `Decimal`s or as float64."""


class NotebookHooks(Protocol):
    """DataFrames, HTML tables and plots of results; implemented by the SDK runtime."""

    def to_pandas(self, result: Any, kind: NotebookKind, money: MoneyAs) -> Any: ...

    def repr_html(self, result: Any, kind: NotebookKind) -> str: ...

    def plot(self, result: Any, kind: NotebookKind, ax: Any) -> Any: ...


_notebook_hooks: NotebookHooks | None = None


def install_notebook_hooks(hooks: NotebookHooks) -> None:
    """Plug in the implementation of the notebook methods (the runtime does, once)."""
    global _notebook_hooks
    _notebook_hooks = hooks


def notebook_hooks() -> NotebookHooks:
    if _notebook_hooks is None:
        raise RuntimeError(
            "the notebook methods come with the tensorcost runtime: reach the models through "
            "tensorcost (a client or tensorcost.types)"
        )
    return _notebook_hooks


class ResultList(list[T]):
    """A list result (e.g. `tc.cost.list_budgets()`): a plain list, plus `.to_pandas()` and an
    HTML table in Jupyter."""

    __slots__ = ()

    def to_pandas(self, *, money: MoneyAs = "float") -> Any:
        """A DataFrame with one row per item (needs `tensorcost[pandas]`): money as float64 (or
        exact `Decimal`s with `money="decimal"`), times as UTC, nested fields as `a.b` columns."""
        return notebook_hooks().to_pandas(self, "list", money)

    def _repr_html_(self) -> str:
        return notebook_hooks().repr_html(self, "list")


def parse_result_list(parse: Callable[[Any], T], value: Any) -> ResultList[T]:
    """`parse_list` for the `data` of a list result's envelope, built as a `ResultList` (no copy)."""
    if value.__class__ is list:
        parsed: ResultList[T] = ResultList()
        for item in value:  # a loop, for the same reason as in `parse_list`
            parsed.append(parse(item))
        return parsed
    raise ValueMismatch(f"expected an array, got {_describe(value)}")
