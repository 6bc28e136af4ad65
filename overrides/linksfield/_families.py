"""The spec's API families (``x-api-family``: cmp, csss, pool), each one :class:`ApiFamily` object.

Everything that differs between the families is a field of its object, so nothing else in the
package branches on a family's name: where its base URL comes from (``FAMILY_SERVERS``, generated
from the spec, unless a setting overrides it), which settings hold its credentials (and so which
``LINKSFIELD_*`` variables and which hint a missing one gets), how its requests are signed and its
answers verified, when its envelope reports success (``x-linksfield-families.<name>.success`` of
the bundled spec), and which verifier the local sandbox checks its requests with.

A new family is the spec (its servers, envelope and success rule) plus one entry in
:data:`FAMILIES`, its settings fields in ``Settings`` (and the client's keyword arguments, which a
test holds equal to them), a signer in ``_signing`` and a verifier in ``sandbox.gateway.auth``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Final

import attrs
import httpx

from linksfield_api.facade import FAMILY_SERVERS

from ._exceptions import ConfigurationError
from ._secret import without_userinfo
from ._signing import CmpHmacAuth, CmpHmacSigner, CsssAuth, CsssSigner, PoolCredentialAuth
from ._spec import spec_document

if TYPE_CHECKING:
    from ._settings import Settings
    from .sandbox.gateway.auth import SandboxVerifier

__all__ = ["ENV_PREFIX", "FAMILIES", "ApiFamily", "Refusal", "Signing", "env_name", "family_of"]

ENV_PREFIX: Final = "LINKSFIELD_"

Refusal = tuple[object, str]
"""The business code and message of a call the envelope reports as refused."""


def env_name(setting: str) -> str:
    """The environment variable a setting is read from (``access_key`` -> ``LINKSFIELD_ACCESS_KEY``)."""
    return ENV_PREFIX + setting.upper()


@attrs.frozen
class Signing:
    """How one family's requests are authenticated, and (where the family signs them) its answers."""

    auth: httpx.Auth
    verify_response: Callable[[httpx.Response], None] | None = None
    """Raises ``SignatureMismatchError`` for an answer not signed with this client's secret."""


def _matches(value: object, expected: object) -> bool:
    """Equal, and a JSON boolean only matches a boolean (``true`` is not the code ``1``)."""
    return value == expected and isinstance(value, bool) == isinstance(expected, bool)


@attrs.frozen
class SuccessRule:
    """When an envelope reports success: each field equals its value, or one of a list of them.

    ``inner_status``: where the spec names one (``inner-status-success``), a success envelope whose
    ``data.status`` is an object must carry that code there too (CDR and SMS answers).
    """

    fields: Mapping[str, object]
    inner_status: str | None = None

    @classmethod
    def from_spec(cls, family: Mapping[str, Any]) -> SuccessRule:
        return cls(dict(family.get("success") or {}), family.get("inner-status-success"))

    def refusal(self, envelope: Mapping[str, Any], default_message: str) -> Refusal | None:
        """The (code, message) of a refused call, or None when the envelope reports success."""
        message = str(envelope.get("message") or "")
        for name, expected in self.fields.items():
            allowed = expected if isinstance(expected, list) else [expected]
            if not any(_matches(envelope.get(name), value) for value in allowed):
                return envelope.get("code"), message or default_message
        data = envelope.get("data")
        status = data.get("status") if self.inner_status and isinstance(data, Mapping) else None
        if isinstance(status, Mapping) and status.get("code") not in (None, self.inner_status):
            return status.get("code"), str(status.get("message") or status.get("detail") or message)
        return None


@functools.cache
def _success_rule(name: str) -> SuccessRule:
    families = spec_document().get("x-linksfield-families") or {}
    return SuccessRule.from_spec(families.get(name) or {})


@attrs.frozen(kw_only=True)
class ApiFamily:
    """One API family of the spec: its settings, signer, success rule and sandbox verifier."""

    name: str
    """The spec's ``x-api-family`` value, the key of :data:`FAMILIES`."""
    base_url_setting: str
    """The ``Settings`` field that overrides the spec's base URL for this family."""
    credential_settings: tuple[str, ...]
    """The ``Settings`` fields a call of this family cannot do without (named in the hint)."""
    other_settings: tuple[str, ...] = ()
    """Further ``Settings`` fields of this family read from ``LINKSFIELD_<NAME>``."""
    sign: Callable[[Settings], Signing | None]
    """The family's auth from the settings; None when a credential is missing."""
    sandbox_verifier: Callable[[], SandboxVerifier]
    """The sandbox's check of this family's requests (imported on use: the client never needs it)."""

    @property
    def env_settings(self) -> tuple[str, ...]:
        """Every setting of this family that ``LINKSFIELD_<NAME>`` may supply."""
        return (self.base_url_setting, *self.credential_settings, *self.other_settings)

    @property
    def servers(self) -> Mapping[str, str | None]:
        """The base URL the spec publishes for each environment (None where it publishes none)."""
        return FAMILY_SERVERS.get(self.name, {})

    @property
    def success(self) -> SuccessRule:
        return _success_rule(self.name)

    def refusal(self, envelope: Mapping[str, Any]) -> Refusal | None:
        return self.success.refusal(envelope, f"the {self.name} API refused the call")

    def base_url(self, settings: Settings) -> str:
        explicit = getattr(settings, self.base_url_setting)
        url = explicit or self.servers.get(settings.environment)
        if not url:
            raise ConfigurationError(
                f"no {settings.environment} base URL is published for the {self.name} API: "
                f"pass {self.base_url_setting}= or set {env_name(self.base_url_setting)}"
            )
        return without_userinfo(url)

    def signing(self, settings: Settings) -> Signing:
        signing = self.sign(settings)
        if signing is None:
            arguments = "/".join(self.credential_settings)
            variables = "/".join(env_name(name) for name in self.credential_settings)
            raise ConfigurationError(
                f"the {self.name} API needs credentials: pass {arguments} or set {variables}"
            )
        return signing


# -- the families --------------------------------------------------------------------------------------


def _cmp_signing(settings: Settings) -> Signing | None:
    if not settings.access_key or settings.secret_key is None:
        return None
    auth = CmpHmacAuth(CmpHmacSigner(settings.access_key, settings.secret_key, options=settings.cmp_options))
    return Signing(auth, functools.partial(auth.verify_response, date_source="response"))


def _cmp_sandbox() -> SandboxVerifier:
    from .sandbox.gateway.auth import admit_cmp

    return admit_cmp


def _csss_signing(settings: Settings) -> Signing | None:
    if not settings.csss_access_code or settings.csss_secret is None:
        return None
    signer = CsssSigner(settings.csss_access_code, settings.csss_secret, options=settings.csss_options)
    return Signing(CsssAuth(signer))


def _csss_sandbox() -> SandboxVerifier:
    from .sandbox.gateway.auth import admit_csss

    return admit_csss


def _pool_signing(settings: Settings) -> Signing | None:
    if settings.pool_credential is None:
        return None
    return Signing(PoolCredentialAuth(settings.pool_credential, header_name=settings.pool_credential_header))


def _pool_sandbox() -> SandboxVerifier:
    from .sandbox.gateway.auth import admit_pool

    return admit_pool


FAMILIES: Final[Mapping[str, ApiFamily]] = {
    family.name: family
    for family in (
        ApiFamily(
            name="cmp",
            base_url_setting="base_url",
            credential_settings=("access_key", "secret_key"),
            sign=_cmp_signing,
            sandbox_verifier=_cmp_sandbox,
        ),
        ApiFamily(
            name="csss",
            base_url_setting="csss_base_url",
            credential_settings=("csss_access_code", "csss_secret"),
            sign=_csss_signing,
            sandbox_verifier=_csss_sandbox,
        ),
        ApiFamily(
            name="pool",
            base_url_setting="pool_base_url",
            credential_settings=("pool_credential",),
            other_settings=("pool_credential_header",),
            sign=_pool_signing,
            sandbox_verifier=_pool_sandbox,
        ),
    )
}
"""Every family, by the spec's name for it (the keys of ``FAMILY_SERVERS``)."""


def family_of(name: str) -> ApiFamily:
    """The family an operation names (``Operation.family``); a name the package lacks is a bug."""
    try:
        return FAMILIES[name]
    except KeyError:
        raise ConfigurationError(
            f"this version of linksfield does not know the {name!r} API family"
        ) from None
