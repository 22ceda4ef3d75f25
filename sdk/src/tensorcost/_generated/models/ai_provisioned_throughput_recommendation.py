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
from ..models.ai_provisioned_throughput_recommendation_commitment_term import (
    AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_COMMITMENT_TERM_VALUES,
    AiProvisionedThroughputRecommendationCommitmentTerm,
    check_ai_provisioned_throughput_recommendation_commitment_term,
)
from ..models.ai_provisioned_throughput_recommendation_source import (
    AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_SOURCE_VALUES,
    AiProvisionedThroughputRecommendationSource,
    check_ai_provisioned_throughput_recommendation_source,
)
from ..models.ai_provisioned_throughput_recommendation_throughput_unit import (
    AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_THROUGHPUT_UNIT_VALUES,
    AiProvisionedThroughputRecommendationThroughputUnit,
    check_ai_provisioned_throughput_recommendation_throughput_unit,
)
from ..models.ai_provisioned_throughput_recommendation_verdict import (
    AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_VERDICT_VALUES,
    AiProvisionedThroughputRecommendationVerdict,
    check_ai_provisioned_throughput_recommendation_verdict,
)
from ..models.recommendation_status import (
    RECOMMENDATION_STATUS_VALUES,
    RecommendationStatus,
    check_recommendation_status,
)
from ..types import (
    model_repr,
    parse_const,
    parse_datetime,
    parse_float,
    parse_int,
    parse_object,
    parse_str,
)

if TYPE_CHECKING:
    from ..models.money import Money
    from ..models.time_window import TimeWindow


T = TypeVar("T", bound="AiProvisionedThroughputRecommendation")
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "status",
        "created_at",
        "source",
        "model_id",
        "region",
        "throughput_unit",
        "recommended_units",
        "commitment_term",
        "analysis_window",
        "avg_tokens_per_minute",
        "peak_tokens_per_minute",
        "on_demand_monthly_cost",
        "provisioned_monthly_cost",
        "break_even_utilization",
        "projected_utilization",
        "verdict",
        "estimated_monthly_savings",
        "confidence",
        "rationale",
    }
)


@_attrs_define(repr=False)
class AiProvisionedThroughputRecommendation:
    """Break-even analysis of provisioned capacity against on-demand pricing for one model
    deployment. `break_even_utilization` is the share of provisioned capacity that must be used
    for provisioned cost to equal on-demand cost for the same tokens.

    """

    id: str
    """ Recommendation id. Opaque string; ids start with `rec_`. """
    type_: Literal["provisioned_throughput"]
    """ Always `provisioned_throughput`. """
    status: RecommendationStatus
    """ Lifecycle: `open` until a decision; `accepted` or `dismissed` by a user; `implemented`
    once the change is observed; `expired` when an open one goes stale (`expires_at`).
     """
    created_at: datetime.datetime
    """ When the recommender produced it. """
    source: AiProvisionedThroughputRecommendationSource
    """ The provider (a subset of `Source`; only these two sell provisioned throughput). """
    model_id: str
    """ The model or deployment's model id. """
    region: str
    """ Provider region of the deployment. """
    throughput_unit: AiProvisionedThroughputRecommendationThroughputUnit
    """ Unit of provisioned capacity. """
    recommended_units: int
    """ Units to buy (Azure global PTU deployments start at 15 and grow in steps of 5). """
    commitment_term: AiProvisionedThroughputRecommendationCommitmentTerm
    """ Commitment term (Bedrock offers no commitment, one or six months; Azure hourly, monthly or yearly
    reservations). """
    analysis_window: TimeWindow
    """ A time window in UTC; `start` inclusive, `end` exclusive. In a request, `start` must be before `end`;
    otherwise the answer is a 400 `VALIDATION_FAILED`. """
    avg_tokens_per_minute: int
    """ Average tokens per minute over the analysis window. """
    peak_tokens_per_minute: int
    """ Peak tokens per minute (p99 of 1-minute buckets). """
    on_demand_monthly_cost: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    provisioned_monthly_cost: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    break_even_utilization: float
    """ Utilisation at which provisioned equals on-demand cost; above 1 means it never pays off. """
    projected_utilization: float
    """ Share of provisioned capacity the observed traffic would use. """
    verdict: AiProvisionedThroughputRecommendationVerdict
    """ `provision` when projected utilisation exceeds break-even. """
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

        model_id = self.model_id

        region = self.region

        throughput_unit: str = self.throughput_unit

        recommended_units = self.recommended_units

        commitment_term: str = self.commitment_term

        analysis_window = self.analysis_window.to_dict()

        avg_tokens_per_minute = self.avg_tokens_per_minute

        peak_tokens_per_minute = self.peak_tokens_per_minute

        on_demand_monthly_cost = self.on_demand_monthly_cost.to_dict()

        provisioned_monthly_cost = self.provisioned_monthly_cost.to_dict()

        break_even_utilization = self.break_even_utilization

        projected_utilization = self.projected_utilization

        verdict: str = self.verdict

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
                "model_id": model_id,
                "region": region,
                "throughput_unit": throughput_unit,
                "recommended_units": recommended_units,
                "commitment_term": commitment_term,
                "analysis_window": analysis_window,
                "avg_tokens_per_minute": avg_tokens_per_minute,
                "peak_tokens_per_minute": peak_tokens_per_minute,
                "on_demand_monthly_cost": on_demand_monthly_cost,
                "provisioned_monthly_cost": provisioned_monthly_cost,
                "break_even_utilization": break_even_utilization,
                "projected_utilization": projected_utilization,
                "verdict": verdict,
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
        obj.type_ = parse_const("provisioned_throughput", d["type"])
        obj.status = (
            v
            if (v := d["status"]) in RECOMMENDATION_STATUS_VALUES
            else check_recommendation_status(d["status"], "AiProvisionedThroughputRecommendation.status")
        )
        obj.created_at = parse_datetime(d["created_at"])
        obj.source = (
            v
            if (v := d["source"]) in AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_SOURCE_VALUES
            else check_ai_provisioned_throughput_recommendation_source(
                d["source"], "AiProvisionedThroughputRecommendation.source"
            )
        )
        obj.model_id = v if (v := d["model_id"]).__class__ is str else parse_str(d["model_id"])
        obj.region = v if (v := d["region"]).__class__ is str else parse_str(d["region"])
        obj.throughput_unit = (
            v
            if (v := d["throughput_unit"]) in AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_THROUGHPUT_UNIT_VALUES
            else check_ai_provisioned_throughput_recommendation_throughput_unit(
                d["throughput_unit"], "AiProvisionedThroughputRecommendation.throughput_unit"
            )
        )
        obj.recommended_units = (
            v if (v := d["recommended_units"]).__class__ is int else parse_int(d["recommended_units"])
        )
        obj.commitment_term = (
            v
            if (v := d["commitment_term"]) in AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_COMMITMENT_TERM_VALUES
            else check_ai_provisioned_throughput_recommendation_commitment_term(
                d["commitment_term"], "AiProvisionedThroughputRecommendation.commitment_term"
            )
        )
        obj.analysis_window = _time_window.TimeWindow.from_dict(d["analysis_window"])
        obj.avg_tokens_per_minute = (
            v if (v := d["avg_tokens_per_minute"]).__class__ is int else parse_int(d["avg_tokens_per_minute"])
        )
        obj.peak_tokens_per_minute = (
            v
            if (v := d["peak_tokens_per_minute"]).__class__ is int
            else parse_int(d["peak_tokens_per_minute"])
        )
        obj.on_demand_monthly_cost = _money.Money.from_dict(d["on_demand_monthly_cost"])
        obj.provisioned_monthly_cost = _money.Money.from_dict(d["provisioned_monthly_cost"])
        obj.break_even_utilization = (
            v
            if (v := d["break_even_utilization"]).__class__ is float and v - v == 0.0 or v.__class__ is int
            else parse_float(d["break_even_utilization"])
        )
        obj.projected_utilization = (
            v
            if (v := d["projected_utilization"]).__class__ is float and v - v == 0.0 or v.__class__ is int
            else parse_float(d["projected_utilization"])
        )
        obj.verdict = (
            v
            if (v := d["verdict"]) in AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_VERDICT_VALUES
            else check_ai_provisioned_throughput_recommendation_verdict(
                d["verdict"], "AiProvisionedThroughputRecommendation.verdict"
            )
        )
        obj.estimated_monthly_savings = _money.Money.from_dict(d["estimated_monthly_savings"])
        obj.confidence = (
            v
            if (v := d["confidence"]).__class__ is float and v - v == 0.0 or v.__class__ is int
            else parse_float(d["confidence"])
        )
        obj.rationale = v if (v := d["rationale"]).__class__ is str else parse_str(d["rationale"])
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 21 else {}
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
