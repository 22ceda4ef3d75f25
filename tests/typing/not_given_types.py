"""Checked by mypy --strict in `nox -s typecheck`, never run: options default to `NOT_GIVEN`,
yet a value of the wrong type is still an error. Each `type: ignore[...]` below must be needed
(--strict warns about unused ones), so each line proves mypy rejects that call.
"""

from __future__ import annotations

from typing import assert_type

import httpx
from tensorcost import AsyncTensorCost, RetryPolicy, TensorCost
from tensorcost._not_given import NOT_GIVEN, NotGiven


def accepted(tc: TensorCost, atc: AsyncTensorCost) -> None:
    assert_type(NOT_GIVEN, NotGiven)
    assert_type(tc.with_options(), TensorCost)
    assert_type(atc.with_options(max_retries=1), AsyncTensorCost)
    tc.with_options(tenant_id=None, max_retries=3, timeout=httpx.Timeout(5), total_timeout=None)
    tc.with_options(retry_policy=RetryPolicy(), on_retry=None, timeout=NOT_GIVEN)


def rejected(tc: TensorCost, atc: AsyncTensorCost) -> None:
    tc.with_options(max_retries="3")  # type: ignore[arg-type]
    tc.with_options(max_retries=None)  # type: ignore[arg-type]
    tc.with_options(timeout="5s")  # type: ignore[arg-type]
    tc.with_options(tenant_id=42)  # type: ignore[arg-type]
    tc.with_options(retry_policy=None)  # type: ignore[arg-type]
    atc.with_options(total_timeout="soon")  # type: ignore[arg-type]
    atc.with_options(on_retry="log")  # type: ignore[arg-type]
