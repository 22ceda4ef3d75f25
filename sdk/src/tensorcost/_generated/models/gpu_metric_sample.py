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
        v: Any
        obj = object.__new__(cls)
        obj.timestamp = parse_datetime(d["timestamp"])
        obj.gpu_index = v if (v := d["gpu_index"]).__class__ is int else parse_int(d["gpu_index"])
        obj.gpu_util = (
            v
            if (v := d["gpu_util"]) is None or v.__class__ is float and v - v == 0.0 or v.__class__ is int
            else parse_float_or_none(d["gpu_util"])
        )
        obj.fb_used = v if (v := d["fb_used"]).__class__ is int else parse_int(d["fb_used"])
        obj.fb_free = v if (v := d["fb_free"]).__class__ is int else parse_int(d["fb_free"])
        obj.power = (
            v
            if (v := d["power"]).__class__ is float and v - v == 0.0 or v.__class__ is int
            else parse_float(d["power"])
        )
        obj.gpu_temp = (
            v
            if (v := d["gpu_temp"]).__class__ is float and v - v == 0.0 or v.__class__ is int
            else parse_float(d["gpu_temp"])
        )
        obj.sm_clock = v if (v := d["sm_clock"]).__class__ is int else parse_int(d["sm_clock"])
        obj.gr_engine_active = (
            v
            if (v := d["gr_engine_active"]) is None
            or v.__class__ is float
            and v - v == 0.0
            or v.__class__ is int
            else parse_float_or_none(d["gr_engine_active"])
        )
        obj.tensor_active = (
            v
            if (v := d["tensor_active"]) is None
            or v.__class__ is float
            and v - v == 0.0
            or v.__class__ is int
            else parse_float_or_none(d["tensor_active"])
        )
        obj.dram_active = (
            v
            if (v := d["dram_active"]) is None or v.__class__ is float and v - v == 0.0 or v.__class__ is int
            else parse_float_or_none(d["dram_active"])
        )
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 11 else {}
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
