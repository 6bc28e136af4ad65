# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from enum import Enum


class SessionReturnCode(str, Enum):
    INTERNAL_ERROR = "3"
    OK = "0"
    RESOURCE_NOT_AVAILABLE = "1"
    RESOURCE_NOT_VISIBLE = "4"
    SERVICE_ERROR = "2"

    def __str__(self) -> str:
        return str(self.value)
