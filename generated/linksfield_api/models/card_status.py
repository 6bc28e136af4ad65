# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from enum import IntEnum


class CardStatus(IntEnum):
    SILENT_PERIOD = 1
    SHUT_DOWN = 4
    NORMAL = 8
    TEST_PERIOD = 12
    SHUTDOWN_PROTECTION = 16
    LIQUIDATION = 18
    ABNORMAL = 99

    def __str__(self) -> str:
        return str(self.value)
