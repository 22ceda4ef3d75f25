"""Money amounts as `decimal.Decimal` (the API sends them as decimal strings)."""

from __future__ import annotations

import decimal
from collections.abc import Mapping
from typing import Protocol


class MoneyLike(Protocol):
    """Anything with a decimal-string `amount`, such as the generated `Money` model."""

    @property
    def amount(self) -> str: ...


def to_decimal(money: MoneyLike | Mapping[str, object] | str) -> decimal.Decimal:
    """The exact amount of a `Money` (or its dict, or the amount string) as a Decimal.

    >>> to_decimal({"amount": "0.000000150", "currency": "USD"})
    Decimal('1.50E-7')
    """
    if isinstance(money, str):
        amount: object = money
    elif isinstance(money, Mapping):
        amount = money.get("amount")
    else:
        amount = money.amount
    if not isinstance(amount, str):
        raise TypeError(f"expected a decimal string amount, got {type(amount).__name__}")
    try:
        return decimal.Decimal(amount)
    except decimal.InvalidOperation:
        raise ValueError(f"{amount!r} is not a decimal amount") from None
