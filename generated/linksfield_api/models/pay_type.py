# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from enum import Enum


class PayType(str, Enum):
    ALIPAY = "2"
    IPAY88 = "0"
    WECHAT = "1"

    def __str__(self) -> str:
        return str(self.value)
