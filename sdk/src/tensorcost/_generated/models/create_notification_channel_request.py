from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_channel_config import EmailChannelConfig
    from ..models.pager_duty_channel_config_input import PagerDutyChannelConfigInput
    from ..models.slack_channel_config_input import SlackChannelConfigInput
    from ..models.teams_channel_config_input import TeamsChannelConfigInput
    from ..models.webhook_channel_config_input import WebhookChannelConfigInput


T = TypeVar("T", bound="CreateNotificationChannelRequest")


@_attrs_define
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_channel_config import EmailChannelConfig  # noqa: PLC0415
        from ..models.pager_duty_channel_config_input import PagerDutyChannelConfigInput  # noqa: PLC0415
        from ..models.slack_channel_config_input import SlackChannelConfigInput  # noqa: PLC0415
        from ..models.teams_channel_config_input import TeamsChannelConfigInput  # noqa: PLC0415
        from ..models.webhook_channel_config_input import WebhookChannelConfigInput  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_config(
            data: object,
        ) -> (
            EmailChannelConfig
            | PagerDutyChannelConfigInput
            | SlackChannelConfigInput
            | TeamsChannelConfigInput
            | WebhookChannelConfigInput
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_notification_channel_config_input_type_0 = (
                    SlackChannelConfigInput.from_dict(data)
                )

                return componentsschemas_notification_channel_config_input_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_notification_channel_config_input_type_1 = (
                    PagerDutyChannelConfigInput.from_dict(data)
                )

                return componentsschemas_notification_channel_config_input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_notification_channel_config_input_type_2 = (
                    TeamsChannelConfigInput.from_dict(data)
                )

                return componentsschemas_notification_channel_config_input_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_notification_channel_config_input_type_3 = (
                    EmailChannelConfig.from_dict(data)
                )

                return componentsschemas_notification_channel_config_input_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_notification_channel_config_input_type_4 = (
                WebhookChannelConfigInput.from_dict(data)
            )

            return componentsschemas_notification_channel_config_input_type_4

        config = _parse_config(d.pop("config"))

        description = d.pop("description", UNSET)

        enabled = d.pop("enabled", UNSET)

        create_notification_channel_request = cls(
            name=name,
            config=config,
            description=description,
            enabled=enabled,
        )

        create_notification_channel_request.additional_properties = d
        return create_notification_channel_request

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
