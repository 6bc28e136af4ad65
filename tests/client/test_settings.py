"""Settings: arguments, LINKSFIELD_* variables, environments, timeouts, with_options and lifetimes."""

from __future__ import annotations

import inspect
import types
import typing
from typing import Any

import attrs
import httpx
import pytest

import linksfield
import linksfield._client as linksfield_client
import linksfield._settings as linksfield_settings
from linksfield_api.models import OrderPackageData, PoolDetail, QueryOrdersData

from .support import (
    ACCESS_KEY,
    CMP_URL,
    CSSS_ACCESS_CODE,
    CSSS_SECRET,
    CSSS_URL,
    POOL_CREDENTIAL,
    POOL_URL,
    SECRET_KEY,
    Stub,
    answer,
    arguments_for,
    credentials,
    facade_method,
    run,
    spec,
)

ENVIRONMENT = {
    "LINKSFIELD_ACCESS_KEY": ACCESS_KEY,
    "LINKSFIELD_SECRET_KEY": SECRET_KEY,
    "LINKSFIELD_BASE_URL": CMP_URL,
    "LINKSFIELD_CSSS_ACCESS_CODE": CSSS_ACCESS_CODE,
    "LINKSFIELD_CSSS_SECRET": CSSS_SECRET,
    "LINKSFIELD_CSSS_BASE_URL": CSSS_URL,
    "LINKSFIELD_POOL_BASE_URL": POOL_URL,
    "LINKSFIELD_POOL_CREDENTIAL": POOL_CREDENTIAL,
}


def _bare_client(stub: Stub, **settings: Any) -> linksfield.Client:
    """A client with only the given settings (no default credentials), wired to the stub."""
    http = httpx.Client(transport=httpx.MockTransport(stub))
    return stub.quiet(linksfield.Client(**settings, http_client=http))


def _published(family: str, environment: str) -> str | None:
    url: str | None = spec()["x-linksfield-families"][family]["servers"][environment]
    return url


# -- arguments and environment variables ---------------------------------------------------------------


def test_every_setting_can_come_from_the_environment(stub: Stub, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in ENVIRONMENT.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("LINKSFIELD_TIMEOUT", "4.5")
    monkeypatch.setenv("LINKSFIELD_MAX_RETRIES", "4")
    client = _bare_client(stub)
    settings = client.settings
    assert (settings.access_key, settings.base_url, settings.csss_base_url) == (ACCESS_KEY, CMP_URL, CSSS_URL)
    assert settings.secret_key == linksfield.Secret(SECRET_KEY)
    assert settings.max_retries == 4
    assert settings.timeout == httpx.Timeout(4.5)
    assert isinstance(client.packages.query_orders(page_no=1, page_size=3), QueryOrdersData)
    assert isinstance(client.packages.order_package(**arguments_for("order_package")), OrderPackageData)
    assert isinstance(client.pools.get_pool_detail(pool_code="UP20250401000123"), PoolDetail)
    assert stub.rejections == []  # signed with the credentials read from the environment
    assert_sent_timeout(stub, httpx.Timeout(4.5))


def test_arguments_win_over_the_environment(stub: Stub, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LINKSFIELD_ACCESS_KEY", "env-key")
    monkeypatch.setenv("LINKSFIELD_SECRET_KEY", "env-secret")
    monkeypatch.setenv("LINKSFIELD_BASE_URL", "https://env.example.test")
    monkeypatch.setenv("LINKSFIELD_MAX_RETRIES", "7")
    client = _bare_client(stub, access_key=ACCESS_KEY, secret_key=SECRET_KEY, base_url=CMP_URL, max_retries=0)
    assert client.settings.access_key == ACCESS_KEY
    assert client.settings.max_retries == 0
    client.packages.query_orders(page_no=1, page_size=3)
    assert stub.rejections == []
    assert stub.seen[0].request.url.host == "cmp.example.test"


def test_an_empty_variable_counts_as_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LINKSFIELD_MAX_RETRIES", "")
    monkeypatch.setenv("LINKSFIELD_SECRET_KEY", "")
    settings = linksfield.Client().settings
    assert settings.max_retries == 2
    assert settings.secret_key is None


@pytest.mark.parametrize(
    ("variable", "value"), [("LINKSFIELD_MAX_RETRIES", "two"), ("LINKSFIELD_TIMEOUT", "soon")]
)
def test_a_malformed_number_in_the_environment_names_the_variable(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str
) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(linksfield.ConfigurationError, match=variable):
        linksfield.Client()


@pytest.mark.parametrize(
    "settings",
    [{"environment": "staging"}, {"max_retries": -1}, {"timeout": 0}, {"timeout": -3}],
    ids=["environment", "max_retries", "zero-timeout", "negative-timeout"],
)
def test_bad_settings_are_refused_at_construction(settings: dict[str, Any]) -> None:
    with pytest.raises(linksfield.ConfigurationError):
        linksfield.Client(**settings)
    with pytest.raises(linksfield.ConfigurationError):
        linksfield.AsyncClient(**settings)


# -- environments and base URLs --------------------------------------------------------------------------


def test_production_uses_the_spec_s_published_urls(stub: Stub) -> None:
    cmp_url, csss_url = _published("cmp", "production"), _published("csss", "production")
    assert cmp_url == "https://lk-api-v2.linksfield.net"
    assert csss_url == "https://apiv3.linksfield.net"
    servers = {(s.get("x-api-family"), s.get("x-environment")): s["url"] for s in spec()["servers"]}
    assert servers[("cmp", "production")] == cmp_url
    assert servers[("csss", "production")] == csss_url

    stub.base_urls = {"cmp": cmp_url, "csss": csss_url}
    client = _bare_client(
        stub,
        environment="production",
        access_key=ACCESS_KEY,
        secret_key=SECRET_KEY,
        csss_access_code=CSSS_ACCESS_CODE,
        csss_secret=CSSS_SECRET,
    )
    client.packages.query_orders(page_no=1, page_size=3)
    client.packages.order_package(**arguments_for("order_package"))
    assert [str(seen.request.url) for seen in stub.seen] == [
        "https://lk-api-v2.linksfield.net/cmp-api/package/queryOrder",
        "https://apiv3.linksfield.net/package/orderPackage",
    ]
    assert stub.rejections == []


def test_production_is_the_default_environment() -> None:
    assert linksfield.Client().settings.environment == "production"


def test_uat_keeps_the_csss_base_path(stub: Stub) -> None:
    uat = _published("csss", "uat")
    assert uat == "https://api-uat.io.linksfield.net/cube/v4"
    stub.base_urls = {"csss": uat}
    client = _bare_client(stub, environment="uat", csss_access_code=CSSS_ACCESS_CODE, csss_secret=CSSS_SECRET)
    client.packages.order_package(**arguments_for("order_package"))
    assert str(stub.seen[0].request.url) == "https://api-uat.io.linksfield.net/cube/v4/package/orderPackage"
    assert stub.rejections == []


def test_no_published_cmp_uat_url_is_a_configuration_error_at_call_time(stub: Stub) -> None:
    assert _published("cmp", "uat") is None
    client = _bare_client(stub, environment="uat", access_key=ACCESS_KEY, secret_key=SECRET_KEY)
    with pytest.raises(linksfield.ConfigurationError) as caught:
        client.packages.query_orders(page_no=1, page_size=3)
    assert "base_url=" in str(caught.value)
    assert "LINKSFIELD_BASE_URL" in str(caught.value)
    assert stub.seen == []


def test_a_missing_pool_url_is_reported_when_a_pool_operation_is_called(stub: Stub) -> None:
    assert _published("pool", "production") is None
    stub.base_urls = {"cmp": CMP_URL}
    client = _bare_client(
        stub, access_key=ACCESS_KEY, secret_key=SECRET_KEY, base_url=CMP_URL, pool_credential=POOL_CREDENTIAL
    )
    # Constructing the client and calling the CMP API need no pool settings.
    client.packages.query_orders(page_no=1, page_size=3)
    with pytest.raises(linksfield.ConfigurationError) as caught:
        client.pools.get_pool_detail(pool_code="UP20250401000123")
    assert "pool_base_url" in str(caught.value)
    assert "LINKSFIELD_POOL_BASE_URL" in str(caught.value)
    assert len(stub.seen) == 1


def test_a_missing_pool_url_async(stub: Stub) -> None:
    async def go() -> None:
        http = httpx.AsyncClient(transport=httpx.MockTransport(stub))
        async with linksfield.AsyncClient(pool_credential=POOL_CREDENTIAL, http_client=http) as client:
            await client.cards.get_card_detail(iccid="89852022018041800192")

    with pytest.raises(linksfield.ConfigurationError, match="LINKSFIELD_POOL_BASE_URL"):
        run(go())
    assert stub.seen == []


@pytest.mark.parametrize(
    ("operation_id", "missing", "names"),
    [
        ("query_orders", {"access_key": None, "secret_key": None}, ["access_key", "LINKSFIELD_SECRET_KEY"]),
        ("order_package", {"csss_secret": None}, ["csss_secret", "LINKSFIELD_CSSS_SECRET"]),
        ("get_pool_detail", {"pool_credential": None}, ["pool_credential", "LINKSFIELD_POOL_CREDENTIAL"]),
    ],
)
def test_missing_credentials_are_named_at_call_time(
    stub: Stub, operation_id: str, missing: dict[str, Any], names: list[str]
) -> None:
    settings = {k: v for k, v in credentials().items() if k not in missing}
    client = _bare_client(stub, **settings)
    with pytest.raises(linksfield.ConfigurationError) as caught:
        facade_method(client, operation_id)(**arguments_for(operation_id))
    for name in names:
        assert name in str(caught.value)
    assert stub.seen == []


def test_an_explicit_base_url_wins_over_the_environment_s(stub: Stub) -> None:
    stub.base_urls = {"csss": "https://sandbox.example.test"}
    client = _bare_client(
        stub,
        environment="uat",
        csss_base_url="https://sandbox.example.test",
        csss_access_code=CSSS_ACCESS_CODE,
        csss_secret=CSSS_SECRET,
    )
    client.packages.order_package(**arguments_for("order_package"))
    assert stub.seen[0].request.url.host == "sandbox.example.test"


# -- timeouts ---------------------------------------------------------------------------------------------


def test_the_default_timeout_is_finite_and_sent_with_every_request(stub: Stub) -> None:
    client = stub.client()
    timeout = client.settings.timeout
    assert None not in (timeout.connect, timeout.read, timeout.write, timeout.pool)
    client.cdr.query_sim_cdr(**arguments_for("query_sim_cdr"))
    assert_sent_timeout(stub, timeout)
    assert client.settings.call_budget == 30.0


def assert_sent_timeout(stub: Stub, configured: httpx.Timeout) -> None:
    """The first request went out with ``configured``, each part cut to what was left of the call's
    budget (the largest part): a few milliseconds less where a part equals the budget."""
    sent = stub.seen[0].request.extensions["timeout"]
    budget = max(value for value in configured.as_dict().values() if value is not None)
    for part, value in configured.as_dict().items():
        assert value is not None
        expected = min(value, budget)
        assert expected - 0.5 < sent[part] <= expected, part


def test_a_timeout_argument_reaches_the_wire(stub: Stub) -> None:
    timeout = httpx.Timeout(3.0, connect=1.0)
    client = stub.client(timeout=timeout)
    client.pools.get_pool_detail(pool_code="UP20250401000123")
    assert_sent_timeout(stub, timeout)
    assert stub.seen[0].request.extensions["timeout"]["connect"] == 1.0  # below the budget: as given
    assert client.settings.call_budget == 3.0


def test_timeout_none_never_disables_the_timeout(stub: Stub) -> None:
    """``None`` as an argument means "not given" (then LINKSFIELD_TIMEOUT or the finite default);
    wherever it would mean "no timeout" it is refused."""
    client = stub.client(timeout=None)
    assert client.settings.timeout.read is not None
    with pytest.raises(linksfield.ConfigurationError, match="finite"):
        client.with_options(timeout=None)
    with pytest.raises(linksfield.ConfigurationError, match="finite"):
        linksfield.Settings(timeout=None)  # type: ignore[arg-type]
    with pytest.raises(linksfield.ConfigurationError, match="finite"):
        linksfield.Client(timeout=httpx.Timeout(None))
    with pytest.raises(linksfield.ConfigurationError, match="finite"):
        linksfield.AsyncClient(timeout=httpx.Timeout(5.0, read=None))


# -- with_options -----------------------------------------------------------------------------------------


def test_with_options_copies_settings_and_shares_the_pool(stub: Stub) -> None:
    client = stub.client(max_retries=2)
    copy = client.with_options(max_retries=0, timeout=2.0)
    assert copy is not client
    assert copy._http is client._http
    assert (copy.settings.max_retries, client.settings.max_retries) == (0, 2)
    assert copy.settings.timeout == httpx.Timeout(2.0)
    assert copy.settings.secret_key == client.settings.secret_key
    assert copy.settings.access_key == client.settings.access_key

    stub.quiet(copy)
    stub.default = answer(503, {"message": "down"})
    with pytest.raises(linksfield.ServerError):
        copy.packages.query_orders(page_no=1, page_size=3)
    assert len(stub.seen) == 1  # max_retries=0 on the copy
    with pytest.raises(linksfield.ServerError):
        client.packages.query_orders(page_no=1, page_size=3)
    assert len(stub.seen) == 4  # the original still retries twice


def test_with_options_refuses_unknown_settings(stub: Stub) -> None:
    with pytest.raises(TypeError):
        stub.client().with_options(no_such_setting=1)


def test_closing_a_copy_leaves_the_shared_pool_open() -> None:
    owner = linksfield.Client(access_key=ACCESS_KEY, secret_key=SECRET_KEY)
    copy = owner.with_options(max_retries=5)
    copy.close()
    assert not owner._http.is_closed
    owner.close()
    assert owner._http.is_closed


def test_async_with_options_shares_the_pool(stub: Stub) -> None:
    async def go() -> None:
        async with stub.async_client() as client:
            copy = client.with_options(max_retries=0)
            assert copy._http is client._http
            assert copy.settings.max_retries == 0
            await copy.aclose()
            assert not client._http.is_closed
            assert isinstance(await copy.packages.query_orders(page_no=1, page_size=3), QueryOrdersData)

    run(go())


# -- lifetimes -----------------------------------------------------------------------------------------


def test_the_context_manager_closes_an_owned_http_client() -> None:
    with linksfield.Client() as client:
        http = client._http
        assert not http.is_closed
    assert http.is_closed


def test_the_context_manager_leaves_an_injected_http_client_open() -> None:
    http = httpx.Client()
    with linksfield.Client(http_client=http) as client:
        assert client._http is http
    assert not http.is_closed
    linksfield.Client(http_client=http).close()
    assert not http.is_closed
    http.close()


def test_the_async_context_manager_closes_only_what_it_owns() -> None:
    async def go() -> None:
        async with linksfield.AsyncClient() as client:
            owned = client._http
        assert owned.is_closed

        injected = httpx.AsyncClient()
        async with linksfield.AsyncClient(http_client=injected):
            pass
        assert not injected.is_closed
        await linksfield.AsyncClient(http_client=injected).aclose()
        assert not injected.is_closed
        await injected.aclose()

    run(go())


# -- the constructors are Settings' fields ------------------------------------------------------------


def _union(hint: Any) -> frozenset[Any]:
    """The members of a union (``X | None``, ``Optional[X]``), or the hint itself."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return frozenset(typing.get_args(hint))
    return frozenset({hint})


def _hints(function: Any, module: types.ModuleType) -> dict[str, frozenset[Any]]:
    # ``Self`` (the return type of with_options) is imported for type checkers only.
    hints = typing.get_type_hints(function, globalns=vars(module), localns={"Self": Any})
    return {name: _union(hint) for name, hint in hints.items() if name not in {"return", "http_client"}}


def test_constructors_and_with_options_take_exactly_the_settings_with_their_types() -> None:
    """``Client``/``AsyncClient`` spell their keyword arguments out for editors and type checkers;
    this keeps them equal to ``Settings``' fields (each as its converter accepts it): in
    ``__init__`` ``None`` is added ("read LINKSFIELD_<NAME> or the default"), in ``with_options``
    ``NotGiven`` ("unchanged")."""
    settings = _hints(linksfield.Settings.__init__, linksfield_settings)
    assert settings.keys() == {field.name for field in attrs.fields(linksfield.Settings)}
    none, not_given = frozenset({type(None)}), frozenset({linksfield_client.NotGiven})
    for cls in (linksfield.Client, linksfield.AsyncClient):
        init = _hints(cls.__init__, linksfield_client)
        assert init == {name: types_ | none for name, types_ in settings.items()}, cls
        copy = _hints(cls.with_options, linksfield_client)
        assert copy == {name: types_ | not_given for name, types_ in settings.items()}, cls
        for method in (cls.__init__, cls.with_options):
            parameters = inspect.signature(method).parameters.values()
            assert all(p.kind is p.KEYWORD_ONLY for p in parameters if p.name != "self"), method


def test_with_options_leaves_what_it_is_not_given_and_sets_none_when_given(stub: Stub) -> None:
    client = stub.client(rate_limit=5, max_retries=4)
    assert client.with_options().settings == client.settings
    unlimited = client.with_options(rate_limit=None)
    assert (unlimited.settings.rate_limit, unlimited.settings.max_retries) == (None, 4)
    assert unlimited._invoker.limiter is not client._invoker.limiter


def test_signing_options_of_both_families_are_exported_and_reach_the_signers(stub: Stub) -> None:
    cmp = linksfield.CmpOptions(algorithm="hmac-sha512", signed_headers=["Content-Type"], body_digest=True)
    csss = linksfield.CsssOptions(version="3.0")
    client = stub.client(cmp_options=cmp, csss_options=csss)
    assert client.settings.cmp_options.signed_headers == ("Content-Type",)
    cmp_auth = client._invoker.routes.for_family("cmp").auth
    csss_auth = client._invoker.routes.for_family("csss").auth
    assert cmp_auth.signer.options is cmp and csss_auth.signer.options is csss  # type: ignore[attr-defined]
    with pytest.raises(linksfield.ConfigurationError, match="unsupported algorithm"):
        linksfield.CmpOptions(algorithm="hmac-md5")  # type: ignore[arg-type]
