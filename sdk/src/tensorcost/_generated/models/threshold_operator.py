from typing import Literal

ThresholdOperator = Literal["gt", "gte", "lt", "lte"]

THRESHOLD_OPERATOR_VALUES: set[ThresholdOperator] = {
    "gt",
    "gte",
    "lt",
    "lte",
}


def check_threshold_operator(value: str) -> ThresholdOperator:
    if value in THRESHOLD_OPERATOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {THRESHOLD_OPERATOR_VALUES!r}"
    )
