from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import ai_spend_group as _ai_spend_group
from ..models import ai_token_usage as _ai_token_usage
from ..models import money as _money
from ..models import time_window as _time_window
from ..types import (
    model_repr,
    parse_int,
    parse_list,
    parse_object,
)

if TYPE_CHECKING:
    from ..models.ai_spend_group import AiSpendGroup
    from ..models.ai_token_usage import AiTokenUsage
    from ..models.money import Money
    from ..models.time_window import TimeWindow


T = TypeVar("T", bound="AiSpendSummary")
_FIELDS: frozenset[str] = frozenset(
    {
        "window",
        "cost",
        "requests",
        "tokens",
        "by_source",
        "by_model",
        "by_application",
        "by_team",
    }
)


@_attrs_define(repr=False)
class AiSpendSummary:
    """Managed-inference totals for a window and their breakdowns; every breakdown sums to the totals."""

    window: TimeWindow
    """ A time window in UTC; `start` inclusive, `end` exclusive. In a request, `start` must be before `end`;
    otherwise the answer is a 400 `VALIDATION_FAILED`. """
    cost: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    requests: int
    """ Requests in the window. """
    tokens: AiTokenUsage
    """ Token counts, Anthropic-style: `input_tokens` EXCLUDES cache reads and cache writes, so the
    four counts add up to all tokens processed. For providers whose input count includes cached
    tokens (OpenAI's `prompt_tokens`), TensorCost subtracts the cached tokens on ingestion.
     """
    by_source: list[AiSpendGroup]
    """ Totals by provider (`key` is a `Source` value). """
    by_model: list[AiSpendGroup]
    """ Totals by model id. """
    by_application: list[AiSpendGroup]
    """ Totals by application tag. """
    by_team: list[AiSpendGroup]
    """ Totals by team tag. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        window = self.window.to_dict()

        cost = self.cost.to_dict()

        requests = self.requests

        tokens = self.tokens.to_dict()

        by_source = []
        for by_source_item_data in self.by_source:
            by_source_item = by_source_item_data.to_dict()
            by_source.append(by_source_item)

        by_model = []
        for by_model_item_data in self.by_model:
            by_model_item = by_model_item_data.to_dict()
            by_model.append(by_model_item)

        by_application = []
        for by_application_item_data in self.by_application:
            by_application_item = by_application_item_data.to_dict()
            by_application.append(by_application_item)

        by_team = []
        for by_team_item_data in self.by_team:
            by_team_item = by_team_item_data.to_dict()
            by_team.append(by_team_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "window": window,
                "cost": cost,
                "requests": requests,
                "tokens": tokens,
                "by_source": by_source,
                "by_model": by_model,
                "by_application": by_application,
                "by_team": by_team,
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
        obj.window = _time_window.TimeWindow.from_dict(d["window"])
        obj.cost = _money.Money.from_dict(d["cost"])
        obj.requests = v if (v := d["requests"]).__class__ is int else parse_int(d["requests"])
        obj.tokens = _ai_token_usage.AiTokenUsage.from_dict(d["tokens"])
        obj.by_source = parse_list(_ai_spend_group.AiSpendGroup.from_dict, d["by_source"])
        obj.by_model = parse_list(_ai_spend_group.AiSpendGroup.from_dict, d["by_model"])
        obj.by_application = parse_list(_ai_spend_group.AiSpendGroup.from_dict, d["by_application"])
        obj.by_team = parse_list(_ai_spend_group.AiSpendGroup.from_dict, d["by_team"])
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
