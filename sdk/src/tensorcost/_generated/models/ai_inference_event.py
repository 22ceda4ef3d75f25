from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import ai_attribution as _ai_attribution
from ..models import ai_token_usage as _ai_token_usage
from ..models import money as _money
from ..models.ai_inference_status import (
    AI_INFERENCE_STATUS_VALUES,
    AiInferenceStatus,
    check_ai_inference_status,
)
from ..models.source import SOURCE_VALUES, Source, check_source
from ..types import (
    model_repr,
    parse_datetime,
    parse_int,
    parse_int_or_none,
    parse_object,
    parse_str,
    parse_str_or_none,
)

if TYPE_CHECKING:
    from ..models.ai_attribution import AiAttribution
    from ..models.ai_token_usage import AiTokenUsage
    from ..models.money import Money


T = TypeVar("T", bound="AiInferenceEvent")
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "source",
        "occurred_at",
        "request_id",
        "model_id",
        "region",
        "usage",
        "requests",
        "latency_ms",
        "cost",
        "status",
        "attribution",
    }
)


@_attrs_define(repr=False)
class AiInferenceEvent:
    """One managed-inference request (or one aggregated usage record) with its cost."""

    id: str
    """ Event id. Opaque string; ids start with `evt_`. """
    source: Source
    """ Where spend comes from. """
    occurred_at: datetime.datetime
    """ When the request completed. """
    request_id: str
    """ The provider's request id. """
    model_id: str
    """ Provider-native model id, e.g. `gpt-4.1-mini-2025-04-14` or a Bedrock model/inference-profile id. """
    region: None | str
    """ Provider region; null for global endpoints. """
    usage: AiTokenUsage
    """ Token counts, Anthropic-style: `input_tokens` EXCLUDES cache reads and cache writes, so the
    four counts add up to all tokens processed. For providers whose input count includes cached
    tokens (OpenAI's `prompt_tokens`), TensorCost subtracts the cached tokens on ingestion.
     """
    requests: int
    """ Requests this event covers; 1 unless the provider only reports aggregates. """
    latency_ms: int | None
    """ End-to-end latency in milliseconds; null for aggregated records. """
    cost: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    status: AiInferenceStatus
    """ Outcome of an inference request. Throttled and failed requests are kept because some providers still bill
    them. """
    attribution: AiAttribution
    """ Who an inference event is charged to, from request tags and agent/workflow headers (FOCUS `x_` tag columns).
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        id = self.id

        source: str = self.source

        occurred_at = self.occurred_at.isoformat()

        request_id = self.request_id

        model_id = self.model_id

        region: None | str
        region = self.region

        usage = self.usage.to_dict()

        requests = self.requests

        latency_ms: int | None
        latency_ms = self.latency_ms

        cost = self.cost.to_dict()

        status: str = self.status

        attribution = self.attribution.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "source": source,
                "occurred_at": occurred_at,
                "request_id": request_id,
                "model_id": model_id,
                "region": region,
                "usage": usage,
                "requests": requests,
                "latency_ms": latency_ms,
                "cost": cost,
                "status": status,
                "attribution": attribution,
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
        obj.source = (
            v if (v := d["source"]) in SOURCE_VALUES else check_source(d["source"], "AiInferenceEvent.source")
        )
        obj.occurred_at = parse_datetime(d["occurred_at"])
        obj.request_id = v if (v := d["request_id"]).__class__ is str else parse_str(d["request_id"])
        obj.model_id = v if (v := d["model_id"]).__class__ is str else parse_str(d["model_id"])
        obj.region = v if (v := d["region"]) is None or v.__class__ is str else parse_str_or_none(d["region"])
        obj.usage = _ai_token_usage.AiTokenUsage.from_dict(d["usage"])
        obj.requests = v if (v := d["requests"]).__class__ is int else parse_int(d["requests"])
        obj.latency_ms = (
            v if (v := d["latency_ms"]) is None or v.__class__ is int else parse_int_or_none(d["latency_ms"])
        )
        obj.cost = _money.Money.from_dict(d["cost"])
        obj.status = (
            v
            if (v := d["status"]) in AI_INFERENCE_STATUS_VALUES
            else check_ai_inference_status(d["status"], "AiInferenceEvent.status")
        )
        obj.attribution = _ai_attribution.AiAttribution.from_dict(d["attribution"])
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 12 else {}
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
