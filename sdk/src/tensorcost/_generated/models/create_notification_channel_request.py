from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models import email_channel_config as _email_channel_config
from ..models import pager_duty_channel_config_input as _pager_duty_channel_config_input
from ..models import slack_channel_config_input as _slack_channel_config_input
from ..models import teams_channel_config_input as _teams_channel_config_input
from ..models import webhook_channel_config_input as _webhook_channel_config_input
from ..types import (
    UNSET,
    Unset,
    model_repr,
    parse_bool,
    parse_object,
    parse_optional,
    parse_str,
    parse_union,
)

if TYPE_CHECKING:
    from ..models.email_channel_config import EmailChannelConfig
    from ..models.pager_duty_channel_config_input import PagerDutyChannelConfigInput
    from ..models.slack_channel_config_input import SlackChannelConfigInput
    from ..models.teams_channel_config_input import TeamsChannelConfigInput
    from ..models.webhook_channel_config_input import WebhookChannelConfigInput


T = TypeVar("T", bound="CreateNotificationChannelRequest")
_FIELDS: frozenset[str] = frozenset(
    {
        "name",
        "config",
        "description",
        "enabled",
    }
)


@_attrs_define(repr=False)
class CreateNotificationChannelRequest:
    """Body of `notification_create_channel`."""

    name: str
    """ Display name, unique in the tenant. """
    config: (
        EmailChannelConfig
        | PagerDutyChannelConfigInput
        | SlackChannelConfigInput
        | TeamsChannelConfigInput
        | WebhookChannelConfigInput
    )
    """ Channel settings as sent when creating a channel; `type` selects the variant. Secrets are write-only. """
    description: str | Unset = UNSET
    """ What the channel is for. """
    enabled: bool | Unset = True
    """ Whether events are delivered; a disabled channel can still be tested. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready dict of this object, as the API sends it (`from_dict` reads it back)."""
        from ..models.email_channel_config import EmailChannelConfig  # noqa: PLC0415
        from ..models.pager_duty_channel_config_input import PagerDutyChannelConfigInput  # noqa: PLC0415
        from ..models.slack_channel_config_input import SlackChannelConfigInput  # noqa: PLC0415
        from ..models.teams_channel_config_input import TeamsChannelConfigInput  # noqa: PLC0415

        name = self.name

        config: dict[str, Any]
        if isinstance(self.config, SlackChannelConfigInput):
            config = self.config.to_dict()
        elif isinstance(self.config, PagerDutyChannelConfigInput):
            config = self.config.to_dict()
        elif isinstance(self.config, TeamsChannelConfigInput):
            config = self.config.to_dict()
        elif isinstance(self.config, EmailChannelConfig):
            config = self.config.to_dict()
        else:
            config = self.config.to_dict()

        description = self.description

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "config": config,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

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
        obj.name = v if (v := d["name"]).__class__ is str else parse_str(d["name"])
        obj.config = parse_union(
            (
                _slack_channel_config_input.SlackChannelConfigInput.from_dict,
                _pager_duty_channel_config_input.PagerDutyChannelConfigInput.from_dict,
                _teams_channel_config_input.TeamsChannelConfigInput.from_dict,
                _email_channel_config.EmailChannelConfig.from_dict,
                _webhook_channel_config_input.WebhookChannelConfigInput.from_dict,
            ),
            d["config"],
        )
        obj.description = (
            v
            if (v := d.get("description", UNSET)) is UNSET or v.__class__ is str
            else parse_optional(parse_str, d.get("description", UNSET))
        )
        obj.enabled = (
            v
            if (v := d.get("enabled", UNSET)) is UNSET or v.__class__ is bool
            else parse_optional(parse_bool, d.get("enabled", UNSET))
        )
        obj.additional_properties = (
            {key: value for key, value in d.items() if key not in _FIELDS} if len(d) > 2 else {}
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
