# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from enum import Enum


class PackageType(str, Enum):
    DAILY = "1"
    HALF_YEARLY = "4"
    MONTHLY = "2"
    QUARTERLY = "3"
    UNLIMITED_DAILY = "0"
    YEARLY = "5"

    def __str__(self) -> str:
        return str(self.value)
