from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.source import Source, check_source

if TYPE_CHECKING:
    from ..models.tags import Tags


T = TypeVar("T", bound="BudgetScope")


@_attrs_define
class BudgetScope:
    """Which cost counts against the budget. Empty lists and maps mean no restriction."""

    sources: list[Source]
    """ Only cost from these sources; empty for all sources. """
    tags: Tags
    """ Key-value tags (FOCUS format); values are scalars, never nested. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sources = []
        for sources_item_data in self.sources:
            sources_item: str = sources_item_data
            sources.append(sources_item)

        tags = self.tags.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sources": sources,
                "tags": tags,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tags import Tags  # noqa: PLC0415

        d = dict(src_dict)
        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = check_source(sources_item_data)

            sources.append(sources_item)

        tags = Tags.from_dict(d.pop("tags"))

        budget_scope = cls(
            sources=sources,
            tags=tags,
        )

        budget_scope.additional_properties = d
        return budget_scope

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
