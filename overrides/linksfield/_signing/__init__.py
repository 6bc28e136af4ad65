"""Request authentication for the three API families, each an ``httpx.Auth``.

Signing lives at the httpx layer because only there are the final method, URL bytes, headers and
body known, and httpx re-runs auth for every request it sends (retries included).
"""

from .base import DEFAULT_HEADERS, SigningAuth
from .canonical import canonical_query, decode_path, string_to_sign
from .cmp_hmac import (
    DEFAULT_SIGNED_HEADERS,
    CmpHmacAlgorithm,
    CmpHmacAuth,
    CmpHmacSigner,
    CmpOptions,
    DateSource,
    http_date,
)
from .csss import GLOBAL_PARAMS, CsssAuth, CsssOptions, CsssSigner
from .pool import PoolCredentialAuth

__all__ = [
    "DEFAULT_HEADERS",
    "DEFAULT_SIGNED_HEADERS",
    "GLOBAL_PARAMS",
    "CmpHmacAlgorithm",
    "CmpHmacAuth",
    "CmpHmacSigner",
    "CmpOptions",
    "CsssAuth",
    "CsssOptions",
    "CsssSigner",
    "DateSource",
    "PoolCredentialAuth",
    "SigningAuth",
    "canonical_query",
    "decode_path",
    "http_date",
    "string_to_sign",
]
