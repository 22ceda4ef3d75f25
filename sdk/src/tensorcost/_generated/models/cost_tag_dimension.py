from typing import Literal

CostTagDimension = Literal["application", "environment", "owner", "team"]

COST_TAG_DIMENSION_VALUES: set[CostTagDimension] = {
    "application",
    "environment",
    "owner",
    "team",
}


def check_cost_tag_dimension(value: str) -> CostTagDimension:
    if value in COST_TAG_DIMENSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COST_TAG_DIMENSION_VALUES!r}"
    )
