from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import email_channel_config as _email_channel_config
from ..models import pager_duty_channel_config as _pager_duty_channel_config
from ..models import slack_channel_config as _slack_channel_config
from ..models import teams_channel_config as _teams_channel_config
from ..models import webhook_channel_config as _webhook_channel_config
from ..types import (
    model_repr,
    parse_bool,
    parse_datetime,
    parse_datetime_or_none,
    parse_object,
    parse_str,
    parse_str_or_none,
    parse_union,
)

if TYPE_CHECKING:
    from ..models.email_channel_config import EmailChannelConfig
    from ..models.pager_duty_channel_config import PagerDutyChannelConfig
    from ..models.slack_channel_config import SlackChannelConfig
    from ..models.teams_channel_config import TeamsChannelConfig
    from ..models.webhook_channel_config import WebhookChannelConfig


T = TypeVar("T", bound="NotificationChannel")
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "description",
        "enabled",
        "config",
        "created_at",
        "updated_at",
        "last_delivery_at",
    }
)


@_attrs_define(repr=False)
class NotificationChannel:
    """A notification channel. Secrets are never included."""

    id: str
    """ Channel id. Opaque string; ids start with `chn_`. """
    name: str
    """ Display name, unique in the tenant. """
    description: None | str
    """ What the channel is for. """
    enabled: bool
    """ Whether events are delivered. """
    config: (
        EmailChannelConfig
        | PagerDutyChannelConfig
        | SlackChannelConfig
        | TeamsChannelConfig
        | WebhookChannelConfig
    )
    """ Channel settings as returned; `type` selects the variant. Secrets appear only as their last four characters.
    """
    created_at: datetime.datetime
    """ When the channel was created. """
    updated_at: datetime.datetime
    """ When the channel was last changed. """
    last_delivery_at: datetime.datetime | None
    """ The last successful delivery (including tests); `null` if none yet. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        from ..models.email_channel_config import EmailChannelConfig  # noqa: PLC0415
        from ..models.pager_duty_channel_config import PagerDutyChannelConfig  # noqa: PLC0415
        from ..models.slack_channel_config import SlackChannelConfig  # noqa: PLC0415
        from ..models.teams_channel_config import TeamsChannelConfig  # noqa: PLC0415

        id = self.id

        name = self.name

        description: None | str
        description = self.description

        enabled = self.enabled

        config: dict[str, Any]
        if isinstance(self.config, SlackChannelConfig):
            config = self.config.to_dict()
        elif isinstance(self.config, PagerDutyChannelConfig):
            config = self.config.to_dict()
        elif isinstance(self.config, TeamsChannelConfig):
            config = self.config.to_dict()
        elif isinstance(self.config, EmailChannelConfig):
            config = self.config.to_dict()
        else:
            config = self.config.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        last_delivery_at: None | str
        if isinstance(self.last_delivery_at, datetime.datetime):
            last_delivery_at = self.last_delivery_at.isoformat()
        else:
            last_delivery_at = self.last_delivery_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "enabled": enabled,
                "config": config,
                "created_at": created_at,
                "updated_at": updated_at,
                "last_delivery_at": last_delivery_at,
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
        obj.name = v if (v := d["name"]).__class__ is str else parse_str(d["name"])
        obj.description = (
            v
            if (v := d["description"]) is None or v.__class__ is str
            else parse_str_or_none(d["description"])
        )
        obj.enabled = v if (v := d["enabled"]).__class__ is bool else parse_bool(d["enabled"])
        obj.config = parse_union(
            (
                _slack_channel_config.SlackChannelConfig.from_dict,
                _pager_duty_channel_config.PagerDutyChannelConfig.from_dict,
                _teams_channel_config.TeamsChannelConfig.from_dict,
                _email_channel_config.EmailChannelConfig.from_dict,
                _webhook_channel_config.WebhookChannelConfig.from_dict,
            ),
            d["config"],
        )
        obj.created_at = parse_datetime(d["created_at"])
        obj.updated_at = parse_datetime(d["updated_at"])
        obj.last_delivery_at = parse_datetime_or_none(d["last_delivery_at"])
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 8 else {}
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
