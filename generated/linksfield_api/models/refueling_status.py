# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from enum import Enum


class RefuelingStatus(str, Enum):
    CANCELLED = "4"
    IN_USE = "2"
    NOT_ENABLED = "1"
    USED_UP = "3"

    def __str__(self) -> str:
        return str(self.value)
