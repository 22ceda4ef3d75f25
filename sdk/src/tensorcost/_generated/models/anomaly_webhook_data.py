from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import anomaly_webhook_scope as _anomaly_webhook_scope
from ..models import anomaly_webhook_signals as _anomaly_webhook_signals
from ..models import money as _money
from ..models import time_window as _time_window
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
    parse_object,
    parse_str,
)

if TYPE_CHECKING:
    from ..models.anomaly_webhook_scope import AnomalyWebhookScope
    from ..models.anomaly_webhook_signals import AnomalyWebhookSignals
    from ..models.money import Money
    from ..models.time_window import TimeWindow


T = TypeVar("T", bound="AnomalyWebhookData")
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "severity",
        "window",
        "scope",
        "baseline_cost",
        "observed_cost",
        "excess_cost",
        "signals",
        "detected_at",
    }
)


@_attrs_define(repr=False)
class AnomalyWebhookData:
    """A detected spend anomaly."""

    id: str
    """ Anomaly id. Opaque string; ids start with `anm_`. """
    type_: AiAnomalyType
    """ Kind of anomaly: an agent repeating itself, a spend jump, or clients retrying failed or throttled calls. """
    severity: AlertSeverity
    """ Severity on the PagerDuty Events v2 scale, shared by alerts, incidents and anomalies. """
    window: TimeWindow
    """ A time window in UTC; `start` inclusive, `end` exclusive. In a request, `start` must be before `end`;
    otherwise the answer is a 400 `VALIDATION_FAILED`. """
    scope: AnomalyWebhookScope
    """ What the anomalous spend is attributed to; absent keys are not part of the scope. """
    baseline_cost: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    observed_cost: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    excess_cost: Money
    """ An amount of money. `amount` is a decimal string in major units (it may be negative for credits and
    corrections, and carry up to 12 decimals for per-token prices). """
    signals: AnomalyWebhookSignals
    """ The signals that flagged the anomaly, over the anomaly window. """
    detected_at: datetime.datetime
    """ When the anomaly was detected. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        id = self.id

        type_: str = self.type_

        severity: str = self.severity

        window = self.window.to_dict()

        scope = self.scope.to_dict()

        baseline_cost = self.baseline_cost.to_dict()

        observed_cost = self.observed_cost.to_dict()

        excess_cost = self.excess_cost.to_dict()

        signals = self.signals.to_dict()

        detected_at = self.detected_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "severity": severity,
                "window": window,
                "scope": scope,
                "baseline_cost": baseline_cost,
                "observed_cost": observed_cost,
                "excess_cost": excess_cost,
                "signals": signals,
                "detected_at": detected_at,
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
            else check_ai_anomaly_type(d["type"], "AnomalyWebhookData.type")
        )
        obj.severity = (
            v
            if (v := d["severity"]) in ALERT_SEVERITY_VALUES
            else check_alert_severity(d["severity"], "AnomalyWebhookData.severity")
        )
        obj.window = _time_window.TimeWindow.from_dict(d["window"])
        obj.scope = _anomaly_webhook_scope.AnomalyWebhookScope.from_dict(d["scope"])
        obj.baseline_cost = _money.Money.from_dict(d["baseline_cost"])
        obj.observed_cost = _money.Money.from_dict(d["observed_cost"])
        obj.excess_cost = _money.Money.from_dict(d["excess_cost"])
        obj.signals = _anomaly_webhook_signals.AnomalyWebhookSignals.from_dict(d["signals"])
        obj.detected_at = parse_datetime(d["detected_at"])
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 10 else {}
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
