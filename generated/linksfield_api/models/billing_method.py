# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from enum import IntEnum


class BillingMethod(IntEnum):
    NOT_SET = 0
    PLAN = 1
    USAGE = 2
    UNIFIED_PAYMENT_POOL = 3

    def __str__(self) -> str:
        return str(self.value)
