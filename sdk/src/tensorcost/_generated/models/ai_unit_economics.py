from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import money as _money
from ..models.source import SOURCE_VALUES, Source, check_source_or_none
from ..types import (
    model_repr,
    parse_float,
    parse_int,
    parse_object,
    parse_str_or_none,
)

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="AiUnitEconomics")
_FIELDS: frozenset[str] = frozenset(
    {
        "model_id",
        "source",
        "cost",
        "requests",
        "cost_per_1k_input_tokens",
        "cost_per_1k_output_tokens",
        "cost_per_request",
        "cache_hit_rate",
    }
)


@_attrs_define(repr=False)
class AiUnitEconomics:
    """Unit costs for a set of requests (the whole tenant when `model_id` is null, else one model).
    Per-1K prices are cost divided by tokens times 1000: the input price covers uncached input,
    cache writes and cache reads over all prompt tokens; the output price covers output tokens.

    """

    model_id: None | str
    """ The model; null for the tenant-wide row. """
    source: None | Source
    """ The model's source; null for the tenant-wide row. """
    cost: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    requests: int
    """ Requests counted. """
    cost_per_1k_input_tokens: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    cost_per_1k_output_tokens: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    cost_per_request: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    cache_hit_rate: float
    """ cache_read_input_tokens / (input_tokens + cache_read_input_tokens + cache_write_input_tokens). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        model_id: None | str
        model_id = self.model_id

        source: None | str
        if isinstance(self.source, str):
            source = self.source
        else:
            source = self.source

        cost = self.cost.to_dict()

        requests = self.requests

        cost_per_1k_input_tokens = self.cost_per_1k_input_tokens.to_dict()

        cost_per_1k_output_tokens = self.cost_per_1k_output_tokens.to_dict()

        cost_per_request = self.cost_per_request.to_dict()

        cache_hit_rate = self.cache_hit_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_id": model_id,
                "source": source,
                "cost": cost,
                "requests": requests,
                "cost_per_1k_input_tokens": cost_per_1k_input_tokens,
                "cost_per_1k_output_tokens": cost_per_1k_output_tokens,
                "cost_per_request": cost_per_request,
                "cache_hit_rate": cache_hit_rate,
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
        obj.model_id = (
            v if (v := d["model_id"]) is None or v.__class__ is str else parse_str_or_none(d["model_id"])
        )
        obj.source = (
            v
            if (v := d["source"]) is None or v in SOURCE_VALUES
            else check_source_or_none(d["source"], "AiUnitEconomics.source")
        )
        obj.cost = _money.Money.from_dict(d["cost"])
        obj.requests = v if (v := d["requests"]).__class__ is int else parse_int(d["requests"])
        obj.cost_per_1k_input_tokens = _money.Money.from_dict(d["cost_per_1k_input_tokens"])
        obj.cost_per_1k_output_tokens = _money.Money.from_dict(d["cost_per_1k_output_tokens"])
        obj.cost_per_request = _money.Money.from_dict(d["cost_per_request"])
        obj.cache_hit_rate = (
            v
            if (v := d["cache_hit_rate"]).__class__ is float and v - v == 0.0 or v.__class__ is int
            else parse_float(d["cache_hit_rate"])
        )
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 8 else {}
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
