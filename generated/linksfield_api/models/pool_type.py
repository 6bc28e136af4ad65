# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from enum import IntEnum


class PoolType(IntEnum):
    USER_POOL = 1
    USAGE_BILLED = 2
    UNIFIED_PAYMENT = 3

    def __str__(self) -> str:
        return str(self.value)
