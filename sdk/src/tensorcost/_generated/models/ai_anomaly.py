from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import ai_anomaly_scope as _ai_anomaly_scope
from ..models import ai_anomaly_signals as _ai_anomaly_signals
from ..models import money as _money
from ..models import time_window as _time_window
from ..models.ai_anomaly_status import (
    AI_ANOMALY_STATUS_VALUES,
    AiAnomalyStatus,
    check_ai_anomaly_status,
)
from ..models.ai_anomaly_type import (
    AI_ANOMALY_TYPE_VALUES,
    AiAnomalyType,
    check_ai_anomaly_type,
)
from ..models.alert_severity import (
    ALERT_SEVERITY_VALUES,
    AlertSeverity,
    check_alert_severity,
)
from ..types import (
    model_repr,
    parse_datetime,
    parse_datetime_or_none,
    parse_object,
    parse_str,
    parse_str_or_none,
)

if TYPE_CHECKING:
    from ..models.ai_anomaly_scope import AiAnomalyScope
    from ..models.ai_anomaly_signals import AiAnomalySignals
    from ..models.money import Money
    from ..models.time_window import TimeWindow


T = TypeVar("T", bound="AiAnomaly")
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "severity",
        "status",
        "title",
        "detected_at",
        "window",
        "scope",
        "baseline_cost",
        "observed_cost",
        "excess_cost",
        "signals",
        "alert_id",
        "acknowledged_at",
        "resolved_at",
    }
)


@_attrs_define(repr=False)
class AiAnomaly:
    """A detected inference-spend anomaly."""

    id: str
    """ Anomaly id. Opaque string; ids start with `anm_`. """
    type_: AiAnomalyType
    """ Kind of anomaly: an agent repeating itself, a spend jump, or clients retrying failed or throttled calls. """
    severity: AlertSeverity
    """ Severity on the PagerDuty Events v2 scale, shared by alerts, incidents and anomalies. """
    status: AiAnomalyStatus
    """ Lifecycle of an anomaly. """
    title: str
    """ One-line summary. """
    detected_at: datetime.datetime
    """ When it was detected. """
    window: TimeWindow
    """ A time window in UTC; `start` inclusive, `end` exclusive. In a request, `start` must be before `end`;
    otherwise the answer is a 400 `VALIDATION_FAILED`. """
    scope: AiAnomalyScope
    """ What the anomaly was detected on; null fields are not part of the scope. """
    baseline_cost: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    observed_cost: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    excess_cost: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    signals: AiAnomalySignals
    """ The signals behind the detection; null when a signal does not apply. """
    alert_id: None | str
    """ The alert raised for it, if any. Opaque string; ids start with `alr_`. """
    acknowledged_at: datetime.datetime | None
    """ When it was acknowledged; null if not yet. """
    resolved_at: datetime.datetime | None
    """ When it was resolved; null if not yet. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        id = self.id

        type_: str = self.type_

        severity: str = self.severity

        status: str = self.status

        title = self.title

        detected_at = self.detected_at.isoformat()

        window = self.window.to_dict()

        scope = self.scope.to_dict()

        baseline_cost = self.baseline_cost.to_dict()

        observed_cost = self.observed_cost.to_dict()

        excess_cost = self.excess_cost.to_dict()

        signals = self.signals.to_dict()

        alert_id: None | str
        alert_id = self.alert_id

        acknowledged_at: None | str
        if isinstance(self.acknowledged_at, datetime.datetime):
            acknowledged_at = self.acknowledged_at.isoformat()
        else:
            acknowledged_at = self.acknowledged_at

        resolved_at: None | str
        if isinstance(self.resolved_at, datetime.datetime):
            resolved_at = self.resolved_at.isoformat()
        else:
            resolved_at = self.resolved_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "severity": severity,
                "status": status,
                "title": title,
                "detected_at": detected_at,
                "window": window,
                "scope": scope,
                "baseline_cost": baseline_cost,
                "observed_cost": observed_cost,
                "excess_cost": excess_cost,
                "signals": signals,
                "alert_id": alert_id,
                "acknowledged_at": acknowledged_at,
                "resolved_at": resolved_at,
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
            if (v := d["type"]) in AI_ANOMALY_TYPE_VALUES
            else check_ai_anomaly_type(d["type"], "AiAnomaly.type")
        )
        obj.severity = (
            v
            if (v := d["severity"]) in ALERT_SEVERITY_VALUES
            else check_alert_severity(d["severity"], "AiAnomaly.severity")
        )
        obj.status = (
            v
            if (v := d["status"]) in AI_ANOMALY_STATUS_VALUES
            else check_ai_anomaly_status(d["status"], "AiAnomaly.status")
        )
        obj.title = v if (v := d["title"]).__class__ is str else parse_str(d["title"])
        obj.detected_at = parse_datetime(d["detected_at"])
        obj.window = _time_window.TimeWindow.from_dict(d["window"])
        obj.scope = _ai_anomaly_scope.AiAnomalyScope.from_dict(d["scope"])
        obj.baseline_cost = _money.Money.from_dict(d["baseline_cost"])
        obj.observed_cost = _money.Money.from_dict(d["observed_cost"])
        obj.excess_cost = _money.Money.from_dict(d["excess_cost"])
        obj.signals = _ai_anomaly_signals.AiAnomalySignals.from_dict(d["signals"])
        obj.alert_id = (
            v if (v := d["alert_id"]) is None or v.__class__ is str else parse_str_or_none(d["alert_id"])
        )
        obj.acknowledged_at = parse_datetime_or_none(d["acknowledged_at"])
        obj.resolved_at = parse_datetime_or_none(d["resolved_at"])
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 15 else {}
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
