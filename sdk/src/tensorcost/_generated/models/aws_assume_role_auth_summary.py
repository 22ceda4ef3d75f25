from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AwsAssumeRoleAuthSummary")


@_attrs_define
class AwsAssumeRoleAuthSummary:
    """The IAM role TensorCost assumes."""

    method: Literal["aws_assume_role"]
    """ Always `aws_assume_role`. """
    role_arn: str
    """ ARN of the IAM role. """
    external_id: str
    """ The external ID TensorCost sends (an identifier, not a secret). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        role_arn = self.role_arn

        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
                "role_arn": role_arn,
                "external_id": external_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        method = cast(Literal["aws_assume_role"], d.pop("method"))
        if method != "aws_assume_role":
            raise ValueError(
                f"method must match const 'aws_assume_role', got '{method}'"
            )

        role_arn = d.pop("role_arn")

        external_id = d.pop("external_id")

        aws_assume_role_auth_summary = cls(
            method=method,
            role_arn=role_arn,
            external_id=external_id,
        )

        aws_assume_role_auth_summary.additional_properties = d
        return aws_assume_role_auth_summary

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
