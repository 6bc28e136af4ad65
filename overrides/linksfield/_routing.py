"""Each family's route for one client: base URL and signing, built from the settings on first use."""

from __future__ import annotations

from collections.abc import Callable

import attrs
import httpx

from ._families import ApiFamily, Signing, family_of
from ._settings import Settings


@attrs.frozen
class FamilyRoute:
    family: ApiFamily
    base_url: str
    signing: Signing

    @property
    def auth(self) -> httpx.Auth:
        return self.signing.auth

    @property
    def verify_response(self) -> Callable[[httpx.Response], None] | None:
        return self.signing.verify_response

    def url(self, path: str) -> str:
        return self.base_url.rstrip("/") + path


class Routes:
    """Builds each family's route on first use, so a CMP-only user needs no pool settings."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._routes: dict[str, FamilyRoute] = {}

    def for_family(self, name: str) -> FamilyRoute:
        route = self._routes.get(name)
        if route is None:
            family = family_of(name)
            route = FamilyRoute(family, family.base_url(self._settings), family.signing(self._settings))
            self._routes[name] = route
        return route
