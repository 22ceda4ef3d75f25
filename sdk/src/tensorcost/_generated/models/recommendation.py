from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recommendation_status import (
    RecommendationStatus,
    check_recommendation_status,
)
from ..models.recommendation_type import RecommendationType, check_recommendation_type

if TYPE_CHECKING:
    from ..models.money import Money
    from ..models.recommendation_dismissal import RecommendationDismissal
    from ..models.recommendation_evidence import RecommendationEvidence
    from ..models.recommendation_resource import RecommendationResource


T = TypeVar("T", bound="Recommendation")


@_attrs_define
class Recommendation:
    """A cost-saving recommendation from one of the recommenders."""

    id: str
    """ Recommendation id. Opaque string; ids start with `rec_`. """
    type_: RecommendationType
    """ The recommender that produced a recommendation. """
    status: RecommendationStatus
    """ Lifecycle: `open` until a decision; `accepted` or `dismissed` by a user; `implemented`
    once the change is observed; `expired` when an open one goes stale (`expires_at`).
     """
    title: str
    """ One-line summary of the change. """
    description: str
    """ What to change and why, in a few sentences. """
    estimated_monthly_savings: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    confidence: float
    """ The recommender's confidence that the savings materialise without harm (0-1). """
    evidence: RecommendationEvidence
    """ Recommender-specific data behind the estimate, e.g. lookback days, utilisation
    (DCGM metric names), token counts or eval agreement. Keys vary by `type`.
     """
    resources: list[RecommendationResource]
    """ The resources the recommendation is about. """
    created_at: datetime.datetime
    """ When the recommendation was produced. """
    updated_at: datetime.datetime
    """ When it last changed (status or estimate). """
    expires_at: datetime.datetime | None
    """ When an `open` recommendation turns `expired`; `null` once decided. """
    action_id: None | str
    """ The enforcement action opened on acceptance when remediation is wired; otherwise `null`. Opaque string; ids
    start with `act_`. """
    dismissal: None | RecommendationDismissal
    """ The dismissal details when `status` is `dismissed`; otherwise `null`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.recommendation_dismissal import RecommendationDismissal  # noqa: PLC0415

        id = self.id

        type_: str = self.type_

        status: str = self.status

        title = self.title

        description = self.description

        estimated_monthly_savings = self.estimated_monthly_savings.to_dict()

        confidence = self.confidence

        evidence = self.evidence.to_dict()

        resources = []
        for resources_item_data in self.resources:
            resources_item = resources_item_data.to_dict()
            resources.append(resources_item)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        expires_at: None | str
        if isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        action_id: None | str
        action_id = self.action_id

        dismissal: dict[str, Any] | None
        if isinstance(self.dismissal, RecommendationDismissal):
            dismissal = self.dismissal.to_dict()
        else:
            dismissal = self.dismissal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "status": status,
                "title": title,
                "description": description,
                "estimated_monthly_savings": estimated_monthly_savings,
                "confidence": confidence,
                "evidence": evidence,
                "resources": resources,
                "created_at": created_at,
                "updated_at": updated_at,
                "expires_at": expires_at,
                "action_id": action_id,
                "dismissal": dismissal,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.money import Money  # noqa: PLC0415
        from ..models.recommendation_dismissal import RecommendationDismissal  # noqa: PLC0415
        from ..models.recommendation_evidence import RecommendationEvidence  # noqa: PLC0415
        from ..models.recommendation_resource import RecommendationResource  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = check_recommendation_type(d.pop("type"))

        status = check_recommendation_status(d.pop("status"))

        title = d.pop("title")

        description = d.pop("description")

        estimated_monthly_savings = Money.from_dict(d.pop("estimated_monthly_savings"))

        confidence = d.pop("confidence")

        evidence = RecommendationEvidence.from_dict(d.pop("evidence"))

        resources = []
        _resources = d.pop("resources")
        for resources_item_data in _resources:
            resources_item = RecommendationResource.from_dict(resources_item_data)

            resources.append(resources_item)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_expires_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        expires_at = _parse_expires_at(d.pop("expires_at"))

        def _parse_action_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        action_id = _parse_action_id(d.pop("action_id"))

        def _parse_dismissal(data: object) -> None | RecommendationDismissal:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                dismissal_type_0 = RecommendationDismissal.from_dict(data)

                return dismissal_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecommendationDismissal, data)

        dismissal = _parse_dismissal(d.pop("dismissal"))

        recommendation = cls(
            id=id,
            type_=type_,
            status=status,
            title=title,
            description=description,
            estimated_monthly_savings=estimated_monthly_savings,
            confidence=confidence,
            evidence=evidence,
            resources=resources,
            created_at=created_at,
            updated_at=updated_at,
            expires_at=expires_at,
            action_id=action_id,
            dismissal=dismissal,
        )

        recommendation.additional_properties = d
        return recommendation

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
