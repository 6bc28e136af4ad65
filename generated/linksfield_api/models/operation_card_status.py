# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from enum import IntEnum


class OperationCardStatus(IntEnum):
    PENDING = 1
    RUNNING = 2
    DONE = 3
    FAILED = 4

    def __str__(self) -> str:
        return str(self.value)
