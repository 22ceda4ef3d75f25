from typing import Literal

PredictionIntervalLevel = Literal[80, 95]

PREDICTION_INTERVAL_LEVEL_VALUES: set[PredictionIntervalLevel] = {
    80,
    95,
}


def check_prediction_interval_level(value: int) -> PredictionIntervalLevel:
    if value in PREDICTION_INTERVAL_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PREDICTION_INTERVAL_LEVEL_VALUES!r}"
    )
