# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from enum import Enum


class OrderPushOperation(str, Enum):
    CANCELLED = "1002"
    CYCLES_REDUCED = "1010"
    EXPIRED = "1008"
    FINISHED_EARLY = "1001"
    NEW_ORDER = "1000"
    NON_OTA_ENABLED = "1005"
    OTA_ENABLED = "1007"
    OTA_IMSI_REDOWNLOAD = "1012"
    PAUSED = "1003"
    RENEWED = "1009"
    RESTARTED = "1004"
    UNDOCUMENTED_1006 = "1006"

    def __str__(self) -> str:
        return str(self.value)
