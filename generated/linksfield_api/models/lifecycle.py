# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from enum import Enum


class Lifecycle(str, Enum):
    DISPOSAL = "4"
    INTERNAL_INVENTORY = "5"
    INVENTORY = "0"
    SILENT = "1"
    SUSPENDED = "3"
    USAGE = "2"

    def __str__(self) -> str:
        return str(self.value)
