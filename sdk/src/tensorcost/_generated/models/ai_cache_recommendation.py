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
from ..models.ai_cache_ttl import (
    AI_CACHE_TTL_VALUES,
    AiCacheTtl,
    check_ai_cache_ttl,
    check_ai_cache_ttl_or_none,
)
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
    parse_int,
    parse_object,
    parse_str,
    parse_str_or_none,
)

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="AiCacheRecommendation")
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "status",
        "created_at",
        "source",
        "model_id",
        "application",
        "current_cache_ttl",
        "recommended_cache_ttl",
        "cacheable_prefix_tokens",
        "reuses_per_write",
        "cache_write_multiplier",
        "cache_read_multiplier",
        "break_even_reuses",
        "requests_analyzed",
        "current_monthly_cost",
        "projected_monthly_cost",
        "estimated_monthly_savings",
        "confidence",
        "rationale",
    }
)


@_attrs_define(repr=False)
class AiCacheRecommendation:
    """Enable prompt caching, or change its TTL, for requests sharing a stable prefix."""

    id: str
    """ Recommendation id. Opaque string; ids start with `rec_`. """
    type_: Literal["prompt_cache"]
    """ Always `prompt_cache`. """
    status: RecommendationStatus
    """ Lifecycle: `open` until a decision; `accepted` or `dismissed` by a user; `implemented`
    once the change is observed; `expired` when an open one goes stale (`expires_at`).
     """
    created_at: datetime.datetime
    """ When the recommender produced it. """
    source: Source
    """ Where spend comes from. """
    model_id: str
    """ The model the requests go to. """
    application: None | str
    """ The application sending the requests; null for untagged traffic. """
    current_cache_ttl: AiCacheTtl | None
    """ The cache TTL in use today; null when caching is off. """
    recommended_cache_ttl: AiCacheTtl
    """ Prompt-cache lifetime (Anthropic's two tiers; writes cost 1.25x base input for `5m`, 2x for `1h`). """
    cacheable_prefix_tokens: int
    """ Median length of the shared prefix that can be cached, in tokens. """
    reuses_per_write: float
    """ Expected cache reads per cache write at the recommended TTL. """
    cache_write_multiplier: float
    """ Price of a cache write relative to base input (1.25 for 5 minutes, 2 for 1 hour). """
    cache_read_multiplier: float
    """ Price of a cache read relative to base input (0.1). """
    break_even_reuses: int
    """ Reads per write needed for caching to pay off (1 for a 5-minute cache, 2 for a 1-hour cache). """
    requests_analyzed: int
    """ Requests the analysis looked at. """
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

        model_id = self.model_id

        application: None | str
        application = self.application

        current_cache_ttl: None | str
        if isinstance(self.current_cache_ttl, str):
            current_cache_ttl = self.current_cache_ttl
        else:
            current_cache_ttl = self.current_cache_ttl

        recommended_cache_ttl: str = self.recommended_cache_ttl

        cacheable_prefix_tokens = self.cacheable_prefix_tokens

        reuses_per_write = self.reuses_per_write

        cache_write_multiplier = self.cache_write_multiplier

        cache_read_multiplier = self.cache_read_multiplier

        break_even_reuses = self.break_even_reuses

        requests_analyzed = self.requests_analyzed

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
                "model_id": model_id,
                "application": application,
                "current_cache_ttl": current_cache_ttl,
                "recommended_cache_ttl": recommended_cache_ttl,
                "cacheable_prefix_tokens": cacheable_prefix_tokens,
                "reuses_per_write": reuses_per_write,
                "cache_write_multiplier": cache_write_multiplier,
                "cache_read_multiplier": cache_read_multiplier,
                "break_even_reuses": break_even_reuses,
                "requests_analyzed": requests_analyzed,
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
        obj.type_ = parse_const("prompt_cache", d["type"])
        obj.status = (
            v
            if (v := d["status"]) in RECOMMENDATION_STATUS_VALUES
            else check_recommendation_status(d["status"], "AiCacheRecommendation.status")
        )
        obj.created_at = parse_datetime(d["created_at"])
        obj.source = (
            v
            if (v := d["source"]) in SOURCE_VALUES
            else check_source(d["source"], "AiCacheRecommendation.source")
        )
        obj.model_id = v if (v := d["model_id"]).__class__ is str else parse_str(d["model_id"])
        obj.application = (
            v
            if (v := d["application"]) is None or v.__class__ is str
            else parse_str_or_none(d["application"])
        )
        obj.current_cache_ttl = (
            v
            if (v := d["current_cache_ttl"]) is None or v in AI_CACHE_TTL_VALUES
            else check_ai_cache_ttl_or_none(d["current_cache_ttl"], "AiCacheRecommendation.current_cache_ttl")
        )
        obj.recommended_cache_ttl = (
            v
            if (v := d["recommended_cache_ttl"]) in AI_CACHE_TTL_VALUES
            else check_ai_cache_ttl(d["recommended_cache_ttl"], "AiCacheRecommendation.recommended_cache_ttl")
        )
        obj.cacheable_prefix_tokens = (
            v
            if (v := d["cacheable_prefix_tokens"]).__class__ is int
            else parse_int(d["cacheable_prefix_tokens"])
        )
        obj.reuses_per_write = (
            v
            if (v := d["reuses_per_write"]).__class__ is float and v - v == 0.0 or v.__class__ is int
            else parse_float(d["reuses_per_write"])
        )
        obj.cache_write_multiplier = (
            v
            if (v := d["cache_write_multiplier"]).__class__ is float and v - v == 0.0 or v.__class__ is int
            else parse_float(d["cache_write_multiplier"])
        )
        obj.cache_read_multiplier = (
            v
            if (v := d["cache_read_multiplier"]).__class__ is float and v - v == 0.0 or v.__class__ is int
            else parse_float(d["cache_read_multiplier"])
        )
        obj.break_even_reuses = (
            v if (v := d["break_even_reuses"]).__class__ is int else parse_int(d["break_even_reuses"])
        )
        obj.requests_analyzed = (
            v if (v := d["requests_analyzed"]).__class__ is int else parse_int(d["requests_analyzed"])
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
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 20 else {}
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
