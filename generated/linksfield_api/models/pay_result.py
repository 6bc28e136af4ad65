# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from enum import Enum


class PayResult(str, Enum):
    PAID = "2"
    UNPAID = "1"

    def __str__(self) -> str:
        return str(self.value)
