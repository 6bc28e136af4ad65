# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from enum import IntEnum


class PoolStatus(IntEnum):
    VALID = 1
    INVALID = 2

    def __str__(self) -> str:
        return str(self.value)
