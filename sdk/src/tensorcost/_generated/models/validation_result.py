from typing import Literal

from ..types import not_one_of

ValidationResult = Literal["fail", "pass", "warn"]

VALIDATION_RESULT_VALUES: frozenset[ValidationResult] = frozenset(
    {
        "fail",
        "pass",
        "warn",
    }
)


def check_validation_result(value: object) -> ValidationResult:
    if value in VALIDATION_RESULT_VALUES:
        return value
    raise not_one_of(value, VALIDATION_RESULT_VALUES)


def check_validation_result_or_none(value: object) -> ValidationResult | None:
    if value is None or value in VALIDATION_RESULT_VALUES:
        return value
    raise not_one_of(value, VALIDATION_RESULT_VALUES)
