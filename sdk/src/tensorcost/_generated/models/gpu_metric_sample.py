from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    model_repr,
    parse_datetime,
    parse_float,
    parse_float_or_none,
    parse_int,
    parse_object,
)

T = TypeVar("T", bound="GpuMetricSample")
_FIELDS: frozenset[str] = frozenset(
    {
        "timestamp",
        "gpu_index",
        "gpu_util",
        "fb_used",
        "fb_free",
        "power",
        "gpu_temp",
        "sm_clock",
        "gr_engine_active",
        "tensor_active",
        "dram_active",
    }
)


@_attrs_define(repr=False)
class GpuMetricSample:
    """One DCGM sample of one GPU, named after the dcgm-exporter fields. Profiling fields
    (`gr_engine_active`, `tensor_active`, `dram_active`) are null where the DCGM profiling module
    is unavailable; `gpu_util` is null on MIG-enabled GPUs, which DCGM does not report it for.

    """

    timestamp: datetime.datetime
    """ When the sample was taken. """
    gpu_index: int
    """ The GPU's index on the host (as in nvidia-smi). """
    gpu_util: float | None
    """ Fraction of time a kernel was running on the GPU (DCGM_FI_DEV_GPU_UTIL, which DCGM reports in percent,
    divided by 100), on the same 0-1 scale as `gr_engine_active`. """
    fb_used: int
    """ Framebuffer memory used in MiB (DCGM_FI_DEV_FB_USED). """
    fb_free: int
    """ Framebuffer memory free in MiB (DCGM_FI_DEV_FB_FREE). """
    power: float
    """ Power draw in watts (DCGM_FI_DEV_POWER_USAGE). """
    gpu_temp: float
    """ GPU temperature in degrees Celsius (DCGM_FI_DEV_GPU_TEMP). """
    sm_clock: int
    """ SM clock in MHz (DCGM_FI_DEV_SM_CLOCK). """
    gr_engine_active: float | None
    """ Fraction of time the graphics/compute engine was active (DCGM_FI_PROF_GR_ENGINE_ACTIVE). """
    tensor_active: float | None
    """ Fraction of cycles the tensor pipe was active (DCGM_FI_PROF_PIPE_TENSOR_ACTIVE). """
    dram_active: float | None
    """ Fraction of cycles device memory was busy (DCGM_FI_PROF_DRAM_ACTIVE). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        timestamp = self.timestamp.isoformat()

        gpu_index = self.gpu_index

        gpu_util: float | None
        gpu_util = self.gpu_util

        fb_used = self.fb_used

        fb_free = self.fb_free

        power = self.power

        gpu_temp = self.gpu_temp

        sm_clock = self.sm_clock

        gr_engine_active: float | None
        gr_engine_active = self.gr_engine_active

        tensor_active: float | None
        tensor_active = self.tensor_active

        dram_active: float | None
        dram_active = self.dram_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "gpu_index": gpu_index,
                "gpu_util": gpu_util,
                "fb_used": fb_used,
                "fb_free": fb_free,
                "power": power,
                "gpu_temp": gpu_temp,
                "sm_clock": sm_clock,
                "gr_engine_active": gr_engine_active,
                "tensor_active": tensor_active,
                "dram_active": dram_active,
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
        gpu_metric_sample = cls(
            timestamp=parse_datetime(d["timestamp"]),
            gpu_index=parse_int(d["gpu_index"]),
            gpu_util=parse_float_or_none(d["gpu_util"]),
            fb_used=parse_int(d["fb_used"]),
            fb_free=parse_int(d["fb_free"]),
            power=parse_float(d["power"]),
            gpu_temp=parse_float(d["gpu_temp"]),
            sm_clock=parse_int(d["sm_clock"]),
            gr_engine_active=parse_float_or_none(d["gr_engine_active"]),
            tensor_active=parse_float_or_none(d["tensor_active"]),
            dram_active=parse_float_or_none(d["dram_active"]),
        )
        if len(d) > 11:  # optional or unknown fields
            gpu_metric_sample.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return gpu_metric_sample

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
