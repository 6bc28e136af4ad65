# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from enum import Enum


class OrderStatus(str, Enum):
    ACTIVE = "2"
    ENDED = "3"
    NOT_ENABLED = "1"
    PAUSED = "5"

    def __str__(self) -> str:
        return str(self.value)
