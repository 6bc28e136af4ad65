# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from enum import IntEnum


class EpiConfigType(IntEnum):
    PURCHASE = 1
    RENEWAL = 2
    ADD_ON = 3

    def __str__(self) -> str:
        return str(self.value)
