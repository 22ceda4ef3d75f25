from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="BudgetBurnRate")


@_attrs_define
class BudgetBurnRate:
    """How fast the budget is being spent in the current period."""

    daily_avg: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    pct_period_elapsed: float
    """ Percent of the current period that has elapsed. """
    pct_budget_consumed: float
    """ Actual spend as a percent of the limit; above 100 when overspent. """
    projected_exhaustion_date: datetime.date | None
    """ The UTC date on which spend reaches the limit at the current daily average; `null` if it will not within the
    period. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        daily_avg = self.daily_avg.to_dict()

        pct_period_elapsed = self.pct_period_elapsed

        pct_budget_consumed = self.pct_budget_consumed

        projected_exhaustion_date: None | str
        if isinstance(self.projected_exhaustion_date, datetime.date):
            projected_exhaustion_date = self.projected_exhaustion_date.isoformat()
        else:
            projected_exhaustion_date = self.projected_exhaustion_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "daily_avg": daily_avg,
                "pct_period_elapsed": pct_period_elapsed,
                "pct_budget_consumed": pct_budget_consumed,
                "projected_exhaustion_date": projected_exhaustion_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415

        d = dict(src_dict)
        daily_avg = Money.from_dict(d.pop("daily_avg"))

        pct_period_elapsed = d.pop("pct_period_elapsed")

        pct_budget_consumed = d.pop("pct_budget_consumed")

        def _parse_projected_exhaustion_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                projected_exhaustion_date_type_0 = datetime.date.fromisoformat(data)

                return projected_exhaustion_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        projected_exhaustion_date = _parse_projected_exhaustion_date(
            d.pop("projected_exhaustion_date")
        )

        budget_burn_rate = cls(
            daily_avg=daily_avg,
            pct_period_elapsed=pct_period_elapsed,
            pct_budget_consumed=pct_budget_consumed,
            projected_exhaustion_date=projected_exhaustion_date,
        )

        budget_burn_rate.additional_properties = d
        return budget_burn_rate

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
