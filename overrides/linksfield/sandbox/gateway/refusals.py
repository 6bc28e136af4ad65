"""Business refusals: the sandbox's codes and the exception handlers raise.

The pages document no error codes besides the inner ``CB-99-94xx`` family, so the sandbox uses that
family for malformed requests and its own ``CB-10-1xxx`` range for business rules, one code per
rule, so tests and users can tell "order not found" from "order in the wrong state" without parsing
the message. The pool API's envelope has an integer code; each rule maps to one there too.
A refusal is an answer (HTTP 200, ``success: false``, R-HTTP-STATUS-ON-REFUSAL), never a 500.
"""

from __future__ import annotations

from enum import Enum

__all__ = ["Refusal", "Rule"]


class Rule(Enum):
    """A business rule and its codes: (CMP/CSSS code, pool code)."""

    INVALID = ("CB-99-9400", 400)
    SIGNATURE = ("CB-99-9403", 401)
    NOT_FOUND_ORDER = ("CB-10-1001", 404)
    ORDER_STATE = ("CB-10-1002", 409)
    ORDER_UNPAID = ("CB-10-1003", 409)
    ORDER_OTA_SECONDARY = ("CB-10-1004", 409)
    NOT_FOUND_DEVICE = ("CB-10-1005", 404)
    NOT_FOUND_PACKAGE = ("CB-10-1006", 404)
    HISTORY_WINDOW = ("CB-10-1007", 422)
    DATE_RANGE = ("CB-10-1008", 422)
    MSG_ID_USED = ("CB-10-1009", 409)
    PACKAGE_OBSOLETE = ("CB-10-1010", 409)
    PACKAGE_MISMATCH = ("CB-10-1011", 422)
    ORDER_PERIOD = ("CB-10-1012", 422)
    TEST_FLOW_NOT_FIRST = ("CB-10-1013", 409)
    OTA_OPEN = ("CB-10-1014", 409)
    DEVICE_MISMATCH = ("CB-10-1015", 409)
    BIND_UNSUPPORTED = ("CB-10-1016", 409)
    BIND_STATE = ("CB-10-1017", 409)
    POOL_LIMIT = ("CB-10-1018", 409)
    NOT_FOUND_POOL = ("CB-10-1019", 404)
    NOT_FOUND_CARD = ("CB-10-1020", 404)
    NOT_FOUND_BATCH = ("CB-10-1021", 404)

    @property
    def cmp_code(self) -> str:
        return self.value[0]

    @property
    def pool_code(self) -> int:
        return self.value[1]


class Refusal(Exception):
    """Raised by a handler to answer ``success: false`` with the rule's code and ``message``."""

    def __init__(self, rule: Rule, message: str) -> None:
        super().__init__(message)
        self.rule = rule
        self.message = message
