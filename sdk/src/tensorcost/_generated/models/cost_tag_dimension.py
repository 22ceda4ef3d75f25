from typing import Literal

from ..types import not_one_of

CostTagDimension = Literal["application", "environment", "owner", "team"]

COST_TAG_DIMENSION_VALUES: frozenset[CostTagDimension] = frozenset(
    {
        "application",
        "environment",
        "owner",
        "team",
    }
)


def check_cost_tag_dimension(value: object) -> CostTagDimension:
    if value in COST_TAG_DIMENSION_VALUES:
        return value
    raise not_one_of(value, COST_TAG_DIMENSION_VALUES)


def check_cost_tag_dimension_or_none(value: object) -> CostTagDimension | None:
    if value is None or value in COST_TAG_DIMENSION_VALUES:
        return value
    raise not_one_of(value, COST_TAG_DIMENSION_VALUES)
