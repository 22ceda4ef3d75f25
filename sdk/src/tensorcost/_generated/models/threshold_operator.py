from typing import Literal

from ..types import not_one_of

ThresholdOperator = Literal["gt", "gte", "lt", "lte"]

THRESHOLD_OPERATOR_VALUES: frozenset[ThresholdOperator] = frozenset(
    {
        "gt",
        "gte",
        "lt",
        "lte",
    }
)


def check_threshold_operator(value: object) -> ThresholdOperator:
    if value in THRESHOLD_OPERATOR_VALUES:
        return value
    raise not_one_of(value, THRESHOLD_OPERATOR_VALUES)


def check_threshold_operator_or_none(value: object) -> ThresholdOperator | None:
    if value is None or value in THRESHOLD_OPERATOR_VALUES:
        return value
    raise not_one_of(value, THRESHOLD_OPERATOR_VALUES)
