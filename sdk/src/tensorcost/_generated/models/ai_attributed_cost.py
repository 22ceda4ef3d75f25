from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_attributed_cost_scope_type import (
    AiAttributedCostScopeType,
    check_ai_attributed_cost_scope_type,
)

if TYPE_CHECKING:
    from ..models.ai_spend_group import AiSpendGroup
    from ..models.ai_token_usage import AiTokenUsage
    from ..models.money import Money
    from ..models.time_window import TimeWindow


T = TypeVar("T", bound="AiAttributedCost")


@_attrs_define
class AiAttributedCost:
    """Inference cost attributed to one AI agent or one workflow over a window (shared by `ai_get_agent_cost` and
    `ai_get_workflow_cost`).

    """

    scope_type: AiAttributedCostScopeType
    """ Whether `scope_id` is an agent or a workflow. """
    scope_id: str
    """ The agent (`agt_`) or workflow (`wf_`) id. """
    window: TimeWindow
    """ A time window in UTC; `start` inclusive, `end` exclusive. In a request, `start` must be before `end`;
    otherwise the answer is a 400 `VALIDATION_FAILED`. """
    cost: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    requests: int
    """ Requests attributed. """
    tokens: AiTokenUsage
    """ Token counts, Anthropic-style: `input_tokens` EXCLUDES cache reads and cache writes, so the
    four counts add up to all tokens processed. For providers whose input count includes cached
    tokens (OpenAI's `prompt_tokens`), TensorCost subtracts the cached tokens on ingestion.
     """
    by_model: list[AiSpendGroup]
    """ The same totals by model id (`key`), highest cost first. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scope_type: str = self.scope_type

        scope_id = self.scope_id

        window = self.window.to_dict()

        cost = self.cost.to_dict()

        requests = self.requests

        tokens = self.tokens.to_dict()

        by_model = []
        for by_model_item_data in self.by_model:
            by_model_item = by_model_item_data.to_dict()
            by_model.append(by_model_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scope_type": scope_type,
                "scope_id": scope_id,
                "window": window,
                "cost": cost,
                "requests": requests,
                "tokens": tokens,
                "by_model": by_model,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ai_spend_group import AiSpendGroup  # noqa: PLC0415
        from ..models.ai_token_usage import AiTokenUsage  # noqa: PLC0415
        from ..models.money import Money  # noqa: PLC0415
        from ..models.time_window import TimeWindow  # noqa: PLC0415

        d = dict(src_dict)
        scope_type = check_ai_attributed_cost_scope_type(d.pop("scope_type"))

        scope_id = d.pop("scope_id")

        window = TimeWindow.from_dict(d.pop("window"))

        cost = Money.from_dict(d.pop("cost"))

        requests = d.pop("requests")

        tokens = AiTokenUsage.from_dict(d.pop("tokens"))

        by_model = []
        _by_model = d.pop("by_model")
        for by_model_item_data in _by_model:
            by_model_item = AiSpendGroup.from_dict(by_model_item_data)

            by_model.append(by_model_item)

        ai_attributed_cost = cls(
            scope_type=scope_type,
            scope_id=scope_id,
            window=window,
            cost=cost,
            requests=requests,
            tokens=tokens,
            by_model=by_model,
        )

        ai_attributed_cost.additional_properties = d
        return ai_attributed_cost

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
