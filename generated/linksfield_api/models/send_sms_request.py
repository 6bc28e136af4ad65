# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_type import MessageType

if TYPE_CHECKING:
    from ..models.sms_target import SmsTarget


T = TypeVar("T", bound="SendSmsRequest")


@_attrs_define
class SendSmsRequest:
    """
    Attributes:
        flag_list (list[SmsTarget]):
        sms_content (str): The text (or hex for binary) to send.
        message_type (MessageType): SMS content type. 1 text; 2 binary.
    """

    flag_list: list[SmsTarget]
    sms_content: str
    message_type: MessageType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flag_list = []
        for flag_list_item_data in self.flag_list:
            flag_list_item = flag_list_item_data.to_dict()
            flag_list.append(flag_list_item)

        sms_content = self.sms_content

        message_type = self.message_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "flag_list": flag_list,
                "sms_content": sms_content,
                "message_type": message_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sms_target import SmsTarget  # noqa: PLC0415

        d = dict(src_dict)
        flag_list = []
        _flag_list = d.pop("flag_list")
        for flag_list_item_data in _flag_list:
            flag_list_item = SmsTarget.from_dict(flag_list_item_data)

            flag_list.append(flag_list_item)

        sms_content = d.pop("sms_content")

        message_type = MessageType(d.pop("message_type"))

        send_sms_request = cls(
            flag_list=flag_list,
            sms_content=sms_content,
            message_type=message_type,
        )

        send_sms_request.additional_properties = d
        return send_sms_request

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
