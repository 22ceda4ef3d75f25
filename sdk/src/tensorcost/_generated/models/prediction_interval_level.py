from typing import Literal

from ..types import not_one_of

PredictionIntervalLevel = Literal[80, 95]

PREDICTION_INTERVAL_LEVEL_VALUES: frozenset[PredictionIntervalLevel] = frozenset(
    {
        80,
        95,
    }
)


def check_prediction_interval_level(value: object) -> PredictionIntervalLevel:
    if value in PREDICTION_INTERVAL_LEVEL_VALUES:
        return value
    raise not_one_of(value, PREDICTION_INTERVAL_LEVEL_VALUES)


def check_prediction_interval_level_or_none(value: object) -> PredictionIntervalLevel | None:
    if value is None or value in PREDICTION_INTERVAL_LEVEL_VALUES:
        return value
    raise not_one_of(value, PREDICTION_INTERVAL_LEVEL_VALUES)
