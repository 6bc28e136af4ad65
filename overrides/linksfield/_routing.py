"""Which base URL and which signer each API family uses (``x-api-family`` of every operation)."""

from __future__ import annotations

import attrs
import httpx

from linksfield_api.facade import FAMILY_SERVERS

from ._exceptions import ConfigurationError
from ._secret import without_userinfo
from ._settings import Settings
from ._signing import CmpHmacAuth, CmpHmacSigner, CsssAuth, CsssSigner, PoolCredentialAuth

_ENV_HINT = {
    "cmp": (
        "base_url",
        "LINKSFIELD_BASE_URL",
        "access_key/secret_key",
        "LINKSFIELD_ACCESS_KEY/LINKSFIELD_SECRET_KEY",
    ),
    "csss": (
        "csss_base_url",
        "LINKSFIELD_CSSS_BASE_URL",
        "csss_access_code/csss_secret",
        "LINKSFIELD_CSSS_ACCESS_CODE/LINKSFIELD_CSSS_SECRET",
    ),
    "pool": ("pool_base_url", "LINKSFIELD_POOL_BASE_URL", "pool_credential", "LINKSFIELD_POOL_CREDENTIAL"),
}


@attrs.frozen
class FamilyRoute:
    family: str
    base_url: str
    auth: httpx.Auth

    def url(self, path: str) -> str:
        return self.base_url.rstrip("/") + path


def _base_url(settings: Settings, family: str) -> str:
    explicit = {"cmp": settings.base_url, "csss": settings.csss_base_url, "pool": settings.pool_base_url}[
        family
    ]
    url = explicit or FAMILY_SERVERS.get(family, {}).get(settings.environment)
    if not url:
        argument, variable, _, _ = _ENV_HINT[family]
        raise ConfigurationError(
            f"no {settings.environment} base URL is published for the {family} API: "
            f"pass {argument}= or set {variable}"
        )
    return without_userinfo(url)


def _auth(settings: Settings, family: str) -> httpx.Auth:
    _, _, arguments, variables = _ENV_HINT[family]
    missing = ConfigurationError(f"the {family} API needs credentials: pass {arguments} or set {variables}")
    if family == "cmp":
        if not settings.access_key or settings.secret_key is None:
            raise missing
        signer = CmpHmacSigner(
            settings.access_key,
            settings.secret_key,
            algorithm=settings.hmac_algorithm,
            signed_headers=settings.signed_headers,
            send_date=settings.send_date,
            body_digest=settings.body_digest,
        )
        return CmpHmacAuth(signer)
    if family == "csss":
        if not settings.csss_access_code or settings.csss_secret is None:
            raise missing
        return CsssAuth(
            CsssSigner(settings.csss_access_code, settings.csss_secret, options=settings.csss_options),
            accept_language=settings.accept_language,
        )
    if settings.pool_credential is None:
        raise missing
    return PoolCredentialAuth(settings.pool_credential, header_name=settings.pool_credential_header)


class Routes:
    """Builds each family's route on first use, so a CMP-only user needs no pool settings."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._routes: dict[str, FamilyRoute] = {}

    def for_family(self, family: str) -> FamilyRoute:
        route = self._routes.get(family)
        if route is None:
            route = FamilyRoute(family, _base_url(self._settings, family), _auth(self._settings, family))
            self._routes[family] = route
        return route
