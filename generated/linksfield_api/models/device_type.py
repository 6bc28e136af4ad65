# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from enum import Enum


class DeviceType(str, Enum):
    IOT_CARD = "4"
    MIFI = "1"
    MODULE = "2"
    SOC = "5"
    TOUR_CARD = "3"

    def __str__(self) -> str:
        return str(self.value)
