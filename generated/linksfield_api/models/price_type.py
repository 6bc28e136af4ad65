# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from enum import Enum


class PriceType(str, Enum):
    PACKAGE = "2"
    SINGLE_DAY = "1"

    def __str__(self) -> str:
        return str(self.value)
