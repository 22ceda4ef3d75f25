from typing import Literal

ValidationResult = Literal["fail", "pass", "warn"]

VALIDATION_RESULT_VALUES: set[ValidationResult] = {
    "fail",
    "pass",
    "warn",
}


def check_validation_result(value: str) -> ValidationResult:
    if value in VALIDATION_RESULT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VALIDATION_RESULT_VALUES!r}"
    )
