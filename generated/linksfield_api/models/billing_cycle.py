# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from enum import IntEnum


class BillingCycle(IntEnum):
    MONTHLY = 1
    QUARTERLY = 3
    HALF_YEARLY = 6
    YEARLY = 12

    def __str__(self) -> str:
        return str(self.value)
