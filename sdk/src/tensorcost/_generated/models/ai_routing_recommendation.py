from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import money as _money
from ..models import time_window as _time_window
from ..models.recommendation_status import (
    RECOMMENDATION_STATUS_VALUES,
    RecommendationStatus,
    check_recommendation_status,
)
from ..models.source import SOURCE_VALUES, Source, check_source
from ..types import (
    model_repr,
    parse_const,
    parse_datetime,
    parse_float,
    parse_float_or_none,
    parse_int,
    parse_object,
    parse_str,
    parse_str_or_none,
)

if TYPE_CHECKING:
    from ..models.money import Money
    from ..models.time_window import TimeWindow


T = TypeVar("T", bound="AiRoutingRecommendation")
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "status",
        "created_at",
        "source",
        "application",
        "current_model_id",
        "recommended_model_id",
        "traffic_share",
        "requests_analyzed",
        "analysis_window",
        "quality_delta",
        "current_monthly_cost",
        "projected_monthly_cost",
        "estimated_monthly_savings",
        "confidence",
        "rationale",
    }
)


@_attrs_define(repr=False)
class AiRoutingRecommendation:
    """Move part of a workload's traffic from one model to a cheaper one."""

    id: str
    """ Recommendation id. Opaque string; ids start with `rec_`. """
    type_: Literal["model_routing"]
    """ Always `model_routing`. """
    status: RecommendationStatus
    """ Lifecycle: `open` until a decision; `accepted` or `dismissed` by a user; `implemented`
    once the change is observed; `expired` when an open one goes stale (`expires_at`).
     """
    created_at: datetime.datetime
    """ When the recommender produced it. """
    source: Source
    """ Where spend comes from. """
    application: None | str
    """ The application the traffic belongs to; null for untagged traffic. """
    current_model_id: str
    """ The model the traffic uses today. """
    recommended_model_id: str
    """ The cheaper model to route to. """
    traffic_share: float
    """ Fraction of the scope's requests to route. """
    requests_analyzed: int
    """ Requests the analysis looked at. """
    analysis_window: TimeWindow
    """ A time window in UTC; `start` inclusive, `end` exclusive. In a request, `start` must be before `end`;
    otherwise the answer is a 400 `VALIDATION_FAILED`. """
    quality_delta: float | None
    """ Change in offline-eval pass rate on a replayed sample (negative is worse); null when not evaluated. """
    current_monthly_cost: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    projected_monthly_cost: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    estimated_monthly_savings: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    confidence: float
    """ Recommender confidence. """
    rationale: str
    """ Why, in a sentence or two. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        id = self.id

        type_ = self.type_

        status: str = self.status

        created_at = self.created_at.isoformat()

        source: str = self.source

        application: None | str
        application = self.application

        current_model_id = self.current_model_id

        recommended_model_id = self.recommended_model_id

        traffic_share = self.traffic_share

        requests_analyzed = self.requests_analyzed

        analysis_window = self.analysis_window.to_dict()

        quality_delta: float | None
        quality_delta = self.quality_delta

        current_monthly_cost = self.current_monthly_cost.to_dict()

        projected_monthly_cost = self.projected_monthly_cost.to_dict()

        estimated_monthly_savings = self.estimated_monthly_savings.to_dict()

        confidence = self.confidence

        rationale = self.rationale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "status": status,
                "created_at": created_at,
                "source": source,
                "application": application,
                "current_model_id": current_model_id,
                "recommended_model_id": recommended_model_id,
                "traffic_share": traffic_share,
                "requests_analyzed": requests_analyzed,
                "analysis_window": analysis_window,
                "quality_delta": quality_delta,
                "current_monthly_cost": current_monthly_cost,
                "projected_monthly_cost": projected_monthly_cost,
                "estimated_monthly_savings": estimated_monthly_savings,
                "confidence": confidence,
                "rationale": rationale,
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
        obj.type_ = parse_const("model_routing", d["type"])
        obj.status = (
            v
            if (v := d["status"]) in RECOMMENDATION_STATUS_VALUES
            else check_recommendation_status(d["status"], "AiRoutingRecommendation.status")
        )
        obj.created_at = parse_datetime(d["created_at"])
        obj.source = (
            v
            if (v := d["source"]) in SOURCE_VALUES
            else check_source(d["source"], "AiRoutingRecommendation.source")
        )
        obj.application = (
            v
            if (v := d["application"]) is None or v.__class__ is str
            else parse_str_or_none(d["application"])
        )
        obj.current_model_id = (
            v if (v := d["current_model_id"]).__class__ is str else parse_str(d["current_model_id"])
        )
        obj.recommended_model_id = (
            v if (v := d["recommended_model_id"]).__class__ is str else parse_str(d["recommended_model_id"])
        )
        obj.traffic_share = (
            v
            if (v := d["traffic_share"]).__class__ is float and v - v == 0.0 or v.__class__ is int
            else parse_float(d["traffic_share"])
        )
        obj.requests_analyzed = (
            v if (v := d["requests_analyzed"]).__class__ is int else parse_int(d["requests_analyzed"])
        )
        obj.analysis_window = _time_window.TimeWindow.from_dict(d["analysis_window"])
        obj.quality_delta = (
            v
            if (v := d["quality_delta"]) is None
            or v.__class__ is float
            and v - v == 0.0
            or v.__class__ is int
            else parse_float_or_none(d["quality_delta"])
        )
        obj.current_monthly_cost = _money.Money.from_dict(d["current_monthly_cost"])
        obj.projected_monthly_cost = _money.Money.from_dict(d["projected_monthly_cost"])
        obj.estimated_monthly_savings = _money.Money.from_dict(d["estimated_monthly_savings"])
        obj.confidence = (
            v
            if (v := d["confidence"]).__class__ is float and v - v == 0.0 or v.__class__ is int
            else parse_float(d["confidence"])
        )
        obj.rationale = v if (v := d["rationale"]).__class__ is str else parse_str(d["rationale"])
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 17 else {}
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
