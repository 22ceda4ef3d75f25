from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RecommendationDismissal")


@_attrs_define
class RecommendationDismissal:
    """Why and by whom a recommendation was dismissed."""

    reason: str
    """ The reason given with the dismissal, as sent. """
    comment: None | str
    """ Free-text comment given with the dismissal. """
    dismissed_at: datetime.datetime
    """ When it was dismissed. """
    dismissed_by: str
    """ Email address of the user who dismissed it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        comment: None | str
        comment = self.comment

        dismissed_at = self.dismissed_at.isoformat()

        dismissed_by = self.dismissed_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reason": reason,
                "comment": comment,
                "dismissed_at": dismissed_at,
                "dismissed_by": dismissed_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        def _parse_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comment = _parse_comment(d.pop("comment"))

        dismissed_at = datetime.datetime.fromisoformat(d.pop("dismissed_at"))

        dismissed_by = d.pop("dismissed_by")

        recommendation_dismissal = cls(
            reason=reason,
            comment=comment,
            dismissed_at=dismissed_at,
            dismissed_by=dismissed_by,
        )

        recommendation_dismissal.additional_properties = d
        return recommendation_dismissal

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
