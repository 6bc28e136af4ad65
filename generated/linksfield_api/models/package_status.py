# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from enum import Enum


class PackageStatus(str, Enum):
    AVAILABLE = "1"
    OBSOLETE = "2"

    def __str__(self) -> str:
        return str(self.value)
