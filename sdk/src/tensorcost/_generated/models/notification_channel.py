from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.email_channel_config import EmailChannelConfig
    from ..models.pager_duty_channel_config import PagerDutyChannelConfig
    from ..models.slack_channel_config import SlackChannelConfig
    from ..models.teams_channel_config import TeamsChannelConfig
    from ..models.webhook_channel_config import WebhookChannelConfig


T = TypeVar("T", bound="NotificationChannel")


@_attrs_define
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_channel_config import EmailChannelConfig  # noqa: PLC0415
        from ..models.pager_duty_channel_config import PagerDutyChannelConfig  # noqa: PLC0415
        from ..models.slack_channel_config import SlackChannelConfig  # noqa: PLC0415
        from ..models.teams_channel_config import TeamsChannelConfig  # noqa: PLC0415
        from ..models.webhook_channel_config import WebhookChannelConfig  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        enabled = d.pop("enabled")

        def _parse_config(
            data: object,
        ) -> (
            EmailChannelConfig
            | PagerDutyChannelConfig
            | SlackChannelConfig
            | TeamsChannelConfig
            | WebhookChannelConfig
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_notification_channel_config_type_0 = (
                    SlackChannelConfig.from_dict(data)
                )

                return componentsschemas_notification_channel_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_notification_channel_config_type_1 = (
                    PagerDutyChannelConfig.from_dict(data)
                )

                return componentsschemas_notification_channel_config_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_notification_channel_config_type_2 = (
                    TeamsChannelConfig.from_dict(data)
                )

                return componentsschemas_notification_channel_config_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_notification_channel_config_type_3 = (
                    EmailChannelConfig.from_dict(data)
                )

                return componentsschemas_notification_channel_config_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_notification_channel_config_type_4 = (
                WebhookChannelConfig.from_dict(data)
            )

            return componentsschemas_notification_channel_config_type_4

        config = _parse_config(d.pop("config"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_last_delivery_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_delivery_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_delivery_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_delivery_at = _parse_last_delivery_at(d.pop("last_delivery_at"))

        notification_channel = cls(
            id=id,
            name=name,
            description=description,
            enabled=enabled,
            config=config,
            created_at=created_at,
            updated_at=updated_at,
            last_delivery_at=last_delivery_at,
        )

        notification_channel.additional_properties = d
        return notification_channel

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
