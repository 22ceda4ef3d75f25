from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recommendation_resource_kind import (
    RecommendationResourceKind,
    check_recommendation_resource_kind,
)

T = TypeVar("T", bound="RecommendationResource")


@_attrs_define
class RecommendationResource:
    """A resource a recommendation is about."""

    kind: RecommendationResourceKind
    """ What kind of resource `id` names. """
    id: str
    """ The resource id: a prefixed TensorCost id (`gpu_...`, `agt_...`, `wf_...`, `con_...`), a provider model id,
    or a tag value. """
    name: str
    """ Display name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind: str = self.kind

        id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "id": id,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = check_recommendation_resource_kind(d.pop("kind"))

        id = d.pop("id")

        name = d.pop("name")

        recommendation_resource = cls(
            kind=kind,
            id=id,
            name=name,
        )

        recommendation_resource.additional_properties = d
        return recommendation_resource

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
