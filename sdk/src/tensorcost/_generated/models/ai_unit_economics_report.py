from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ai_unit_economics import AiUnitEconomics
    from ..models.time_window import TimeWindow


T = TypeVar("T", bound="AiUnitEconomicsReport")


@_attrs_define
class AiUnitEconomicsReport:
    """Unit economics for a window, tenant-wide and per model."""

    window: TimeWindow
    """ A time window in UTC; `start` inclusive, `end` exclusive. In a request, `start` must be before `end`;
    otherwise the answer is a 400 `VALIDATION_FAILED`. """
    overall: AiUnitEconomics
    """ Unit costs for a set of requests (the whole tenant when `model_id` is null, else one model).
    Per-1K prices are cost divided by tokens times 1000: the input price covers uncached input,
    cache writes and cache reads over all prompt tokens; the output price covers output tokens.
     """
    by_model: list[AiUnitEconomics]
    """ One row per model, highest cost first. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        window = self.window.to_dict()

        overall = self.overall.to_dict()

        by_model = []
        for by_model_item_data in self.by_model:
            by_model_item = by_model_item_data.to_dict()
            by_model.append(by_model_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "window": window,
                "overall": overall,
                "by_model": by_model,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ai_unit_economics import AiUnitEconomics  # noqa: PLC0415
        from ..models.time_window import TimeWindow  # noqa: PLC0415

        d = dict(src_dict)
        window = TimeWindow.from_dict(d.pop("window"))

        overall = AiUnitEconomics.from_dict(d.pop("overall"))

        by_model = []
        _by_model = d.pop("by_model")
        for by_model_item_data in _by_model:
            by_model_item = AiUnitEconomics.from_dict(by_model_item_data)

            by_model.append(by_model_item)

        ai_unit_economics_report = cls(
            window=window,
            overall=overall,
            by_model=by_model,
        )

        ai_unit_economics_report.additional_properties = d
        return ai_unit_economics_report

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
