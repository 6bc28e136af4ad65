# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from enum import Enum


class MultiImsiFlag(str, Enum):
    MULTI_IMSI = "1"
    SINGLE_IMSI = "0"

    def __str__(self) -> str:
        return str(self.value)
