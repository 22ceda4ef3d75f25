from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ai_token_usage import AiTokenUsage
    from ..models.money import Money


T = TypeVar("T", bound="AiSpendGroup")


@_attrs_define
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ai_token_usage import AiTokenUsage  # noqa: PLC0415
        from ..models.money import Money  # noqa: PLC0415

        d = dict(src_dict)
        key = d.pop("key")

        cost = Money.from_dict(d.pop("cost"))

        requests = d.pop("requests")

        tokens = AiTokenUsage.from_dict(d.pop("tokens"))

        ai_spend_group = cls(
            key=key,
            cost=cost,
            requests=requests,
            tokens=tokens,
        )

        ai_spend_group.additional_properties = d
        return ai_spend_group

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
