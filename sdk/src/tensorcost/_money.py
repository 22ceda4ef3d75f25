"""Money amounts as `decimal.Decimal`. The models already hold `Money.amount` as a `Decimal`;
`to_decimal` also reads a Money's dict or an amount string (the API sends decimal strings)."""

from __future__ import annotations

import decimal
from collections.abc import Mapping
from typing import Protocol

from ._exceptions import InvalidAmountError


class MoneyLike(Protocol):
    """Anything with an `amount`, such as the generated `Money` model."""

    @property
    def amount(self) -> decimal.Decimal | str: ...


def to_decimal(money: MoneyLike | Mapping[str, object] | decimal.Decimal | str) -> decimal.Decimal:
    """The exact amount of a `Money` (or its dict, or the amount string) as a finite Decimal.

    Anything else, and amounts such as `"NaN"` or `"12,5 EUR"`, raise `InvalidAmountError`
    (a `ValueError`).

    >>> to_decimal({"amount": "0.000000150", "currency": "USD"})
    Decimal('1.50E-7')
    """
    if isinstance(money, str | decimal.Decimal):
        amount: object = money
    elif isinstance(money, Mapping):
        amount = money.get("amount")
    else:
        amount = getattr(money, "amount", None)
    if isinstance(amount, decimal.Decimal):
        number = amount
    elif isinstance(amount, str):
        try:
            number = decimal.Decimal(amount)
        except decimal.InvalidOperation:
            raise InvalidAmountError(f"{amount!r} is not a decimal amount such as '12.50'") from None
    else:
        raise InvalidAmountError(
            f"expected a Money, its dict or a decimal string amount, got {type(money).__name__}"
            + ("" if amount is None else f" with an amount of type {type(amount).__name__}")
        )
    if not number.is_finite():
        raise InvalidAmountError(f"{amount!r} is not a finite amount")
    return number
