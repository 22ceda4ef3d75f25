from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    model_repr,
    parse_int,
    parse_object,
)

T = TypeVar("T", bound="AiTokenUsage")
_FIELDS: frozenset[str] = frozenset(
    {
        "input_tokens",
        "cache_read_input_tokens",
        "cache_write_input_tokens",
        "output_tokens",
    }
)


@_attrs_define(repr=False)
class AiTokenUsage:
    """Token counts, Anthropic-style: `input_tokens` EXCLUDES cache reads and cache writes, so the
    four counts add up to all tokens processed. For providers whose input count includes cached
    tokens (OpenAI's `prompt_tokens`), TensorCost subtracts the cached tokens on ingestion.

    """

    input_tokens: int
    """ Uncached input tokens (cache reads and writes excluded). """
    cache_read_input_tokens: int
    """ Input tokens read from the prompt cache. """
    cache_write_input_tokens: int
    """ Input tokens written to the prompt cache (0 for providers that do not bill cache writes). """
    output_tokens: int
    """ Output tokens, reasoning tokens included. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        input_tokens = self.input_tokens

        cache_read_input_tokens = self.cache_read_input_tokens

        cache_write_input_tokens = self.cache_write_input_tokens

        output_tokens = self.output_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_tokens": input_tokens,
                "cache_read_input_tokens": cache_read_input_tokens,
                "cache_write_input_tokens": cache_write_input_tokens,
                "output_tokens": output_tokens,
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
        obj.input_tokens = v if (v := d["input_tokens"]).__class__ is int else parse_int(d["input_tokens"])
        obj.cache_read_input_tokens = (
            v
            if (v := d["cache_read_input_tokens"]).__class__ is int
            else parse_int(d["cache_read_input_tokens"])
        )
        obj.cache_write_input_tokens = (
            v
            if (v := d["cache_write_input_tokens"]).__class__ is int
            else parse_int(d["cache_write_input_tokens"])
        )
        obj.output_tokens = v if (v := d["output_tokens"]).__class__ is int else parse_int(d["output_tokens"])
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
