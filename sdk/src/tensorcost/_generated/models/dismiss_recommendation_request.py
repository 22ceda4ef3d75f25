from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DismissRecommendationRequest")


@_attrs_define
class DismissRecommendationRequest:
    """Body of `cost_dismiss_recommendation`."""

    reason: str
    """ Why the recommendation does not apply, in free text (e.g. `too_risky`, or a sentence); feeds the
    recommenders' feedback loop. """
    comment: str | Unset = UNSET
    """ Optional further detail. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reason": reason,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        comment = d.pop("comment", UNSET)

        dismiss_recommendation_request = cls(
            reason=reason,
            comment=comment,
        )

        dismiss_recommendation_request.additional_properties = d
        return dismiss_recommendation_request

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
