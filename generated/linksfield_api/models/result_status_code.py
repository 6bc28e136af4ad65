# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from enum import Enum


class ResultStatusCode(str, Enum):
    AUTHENTICATION_FAILED = "CB-99-9403"
    AUTHORIZATION_MISSING = "CB-99-9401"
    BUSY = "CB-99-9500"
    INTERNAL_ERROR = "CB-99-9999"
    INVALID_PARAMETERS = "CB-99-9400"
    MISSING_PARAMETERS = "CB-99-9402"
    SUCCESS = "CB-00-0000"

    def __str__(self) -> str:
        return str(self.value)
