from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import money as _money
from ..models import recommendation_dismissal as _recommendation_dismissal
from ..models import recommendation_evidence as _recommendation_evidence
from ..models import recommendation_resource as _recommendation_resource
from ..models.recommendation_status import (
    RECOMMENDATION_STATUS_VALUES,
    RecommendationStatus,
    check_recommendation_status,
)
from ..models.recommendation_type import (
    RECOMMENDATION_TYPE_VALUES,
    RecommendationType,
    check_recommendation_type,
)
from ..types import (
    model_repr,
    parse_datetime,
    parse_datetime_or_none,
    parse_float,
    parse_list,
    parse_nullable,
    parse_object,
    parse_str,
    parse_str_or_none,
)

if TYPE_CHECKING:
    from ..models.money import Money
    from ..models.recommendation_dismissal import RecommendationDismissal
    from ..models.recommendation_evidence import RecommendationEvidence
    from ..models.recommendation_resource import RecommendationResource


T = TypeVar("T", bound="Recommendation")
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "status",
        "title",
        "description",
        "estimated_monthly_savings",
        "confidence",
        "evidence",
        "resources",
        "created_at",
        "updated_at",
        "expires_at",
        "action_id",
        "dismissal",
    }
)


@_attrs_define(repr=False)
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
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
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
        obj.type_ = (
            v
            if (v := d["type"]) in RECOMMENDATION_TYPE_VALUES
            else check_recommendation_type(d["type"], "Recommendation.type")
        )
        obj.status = (
            v
            if (v := d["status"]) in RECOMMENDATION_STATUS_VALUES
            else check_recommendation_status(d["status"], "Recommendation.status")
        )
        obj.title = v if (v := d["title"]).__class__ is str else parse_str(d["title"])
        obj.description = v if (v := d["description"]).__class__ is str else parse_str(d["description"])
        obj.estimated_monthly_savings = _money.Money.from_dict(d["estimated_monthly_savings"])
        obj.confidence = (
            v
            if (v := d["confidence"]).__class__ is float and v - v == 0.0 or v.__class__ is int
            else parse_float(d["confidence"])
        )
        obj.evidence = _recommendation_evidence.RecommendationEvidence.from_dict(d["evidence"])
        obj.resources = parse_list(_recommendation_resource.RecommendationResource.from_dict, d["resources"])
        obj.created_at = parse_datetime(d["created_at"])
        obj.updated_at = parse_datetime(d["updated_at"])
        obj.expires_at = parse_datetime_or_none(d["expires_at"])
        obj.action_id = (
            v if (v := d["action_id"]) is None or v.__class__ is str else parse_str_or_none(d["action_id"])
        )
        obj.dismissal = parse_nullable(
            _recommendation_dismissal.RecommendationDismissal.from_dict, d["dismissal"]
        )
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 14 else {}
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
