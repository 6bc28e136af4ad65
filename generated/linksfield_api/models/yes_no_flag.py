# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from enum import Enum


class YesNoFlag(str, Enum):
    NO = "0"
    YES = "1"

    def __str__(self) -> str:
        return str(self.value)
