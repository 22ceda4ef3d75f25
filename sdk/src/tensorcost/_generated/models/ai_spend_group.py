from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import ai_token_usage as _ai_token_usage
from ..models import money as _money
from ..types import (
    model_repr,
    parse_int,
    parse_object,
    parse_str,
)

if TYPE_CHECKING:
    from ..models.ai_token_usage import AiTokenUsage
    from ..models.money import Money


T = TypeVar("T", bound="AiSpendGroup")
_FIELDS: frozenset[str] = frozenset(
    {
        "key",
        "cost",
        "requests",
        "tokens",
    }
)


@_attrs_define(repr=False)
class AiSpendGroup:
    """Spend totals for one group (a source, model, application, team, or the model breakdown of an agent or workflow)."""

    key: str
    """ The group value: a `Source` value, a model id, or a tag value (`__unallocated__` for untagged spend). """
    cost: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    requests: int
    """ Requests in the group. """
    tokens: AiTokenUsage
    """ Token counts, Anthropic-style: `input_tokens` EXCLUDES cache reads and cache writes, so the
    four counts add up to all tokens processed. For providers whose input count includes cached
    tokens (OpenAI's `prompt_tokens`), TensorCost subtracts the cached tokens on ingestion.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        key = self.key

        cost = self.cost.to_dict()

        requests = self.requests

        tokens = self.tokens.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "cost": cost,
                "requests": requests,
                "tokens": tokens,
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
        obj.key = v if (v := d["key"]).__class__ is str else parse_str(d["key"])
        obj.cost = _money.Money.from_dict(d["cost"])
        obj.requests = v if (v := d["requests"]).__class__ is int else parse_int(d["requests"])
        obj.tokens = _ai_token_usage.AiTokenUsage.from_dict(d["tokens"])
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 4 else {}
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
