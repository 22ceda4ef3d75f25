from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import money as _money
from ..models import time_window as _time_window
from ..models.recommendation_type import (
    RECOMMENDATION_TYPE_VALUES,
    RecommendationType,
    check_recommendation_type,
)
from ..models.savings_status import (
    SAVINGS_STATUS_VALUES,
    SavingsStatus,
    check_savings_status,
)
from ..types import (
    model_repr,
    parse_datetime,
    parse_object,
    parse_str,
)

if TYPE_CHECKING:
    from ..models.money import Money
    from ..models.time_window import TimeWindow


T = TypeVar("T", bound="SavingsLedgerEntry")
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "recommendation_id",
        "recommendation_type",
        "window",
        "baseline_cost",
        "actual_cost",
        "savings",
        "status",
        "created_at",
        "updated_at",
    }
)


@_attrs_define(repr=False)
class SavingsLedgerEntry:
    """Savings over a window attributed to one recommendation; `savings = baseline_cost - actual_cost`."""

    id: str
    """ Ledger entry id. Opaque string; ids start with `led_`. """
    recommendation_id: str
    """ The recommendation the savings come from. Opaque string; ids start with `rec_`. """
    recommendation_type: RecommendationType
    """ The recommender that produced a recommendation. """
    window: TimeWindow
    """ A time window in UTC; `start` inclusive, `end` exclusive. In a request, `start` must be before `end`;
    otherwise the answer is a 400 `VALIDATION_FAILED`. """
    baseline_cost: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    actual_cost: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    savings: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    status: SavingsStatus
    """ `projected`: expected savings of an accepted recommendation; `realized`: measured after the change;
    `reversed`: the change was undone and the savings withdrawn. """
    created_at: datetime.datetime
    """ When the entry was recorded. """
    updated_at: datetime.datetime
    """ When the amounts or status last changed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        id = self.id

        recommendation_id = self.recommendation_id

        recommendation_type: str = self.recommendation_type

        window = self.window.to_dict()

        baseline_cost = self.baseline_cost.to_dict()

        actual_cost = self.actual_cost.to_dict()

        savings = self.savings.to_dict()

        status: str = self.status

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "recommendation_id": recommendation_id,
                "recommendation_type": recommendation_type,
                "window": window,
                "baseline_cost": baseline_cost,
                "actual_cost": actual_cost,
                "savings": savings,
                "status": status,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """This object as a JSON document (`from_dict(json.loads(...))` reads it back)."""
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a JSON object; a value of the wrong type or format raises `ValueMismatch`."""
        d = src_dict if src_dict.__class__ is dict else parse_object(src_dict)
        v: Any
        obj = object.__new__(cls)
        obj.id = v if (v := d["id"]).__class__ is str else parse_str(d["id"])
        obj.recommendation_id = (
            v if (v := d["recommendation_id"]).__class__ is str else parse_str(d["recommendation_id"])
        )
        obj.recommendation_type = (
            v
            if (v := d["recommendation_type"]) in RECOMMENDATION_TYPE_VALUES
            else check_recommendation_type(d["recommendation_type"], "SavingsLedgerEntry.recommendation_type")
        )
        obj.window = _time_window.TimeWindow.from_dict(d["window"])
        obj.baseline_cost = _money.Money.from_dict(d["baseline_cost"])
        obj.actual_cost = _money.Money.from_dict(d["actual_cost"])
        obj.savings = _money.Money.from_dict(d["savings"])
        obj.status = (
            v
            if (v := d["status"]) in SAVINGS_STATUS_VALUES
            else check_savings_status(d["status"], "SavingsLedgerEntry.status")
        )
        obj.created_at = parse_datetime(d["created_at"])
        obj.updated_at = parse_datetime(d["updated_at"])
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 10 else {}
        )
        return obj

    def __repr__(self) -> str:
        return model_repr(self)

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
