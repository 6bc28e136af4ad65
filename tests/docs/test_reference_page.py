"""The API reference in a real headless Chromium, with every host but 127.0.0.1 unresolvable.

Run by ``nox -s docs`` (marker ``browser``; a plain ``pytest`` deselects it, as it needs Debian's
``chromium`` and ``chromium-driver``, which ``.ci/run`` installs). The page is the one the sandbox
serves at ``/docs``, from a real sandbox process; the screenshot is kept in ``reports/docs/``.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from linksfield_api.facade import OPERATIONS
from tests.sandbox.support import SandboxProcess

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOT = ROOT / "reports" / "docs" / "reference.png"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
OFFLINE_FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1280,900",
    # No network: every name but the sandbox's address fails to resolve, so a CDN asset could not load.
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
)


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxProcess]:
    process = SandboxProcess().start()
    try:
        yield process
    finally:
        process.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in OFFLINE_FLAGS:
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def test_the_sandbox_serves_one_self_contained_page(sandbox: SandboxProcess) -> None:
    response = httpx.get(f"{sandbox.url}/docs", timeout=10)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    page = response.text
    assert "<script src" not in page and '<link rel="stylesheet"' not in page, "an asset is not inlined"
    assert "http://" not in page.split("<main>")[0] and "https://cdn" not in page


def test_the_page_renders_offline_and_its_search_finds_an_operation(
    sandbox: SandboxProcess, browser: Any
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    driver = browser
    driver.get(f"{sandbox.url}/docs")
    assert "API reference" in driver.title
    fetched = driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert fetched == [], f"the page fetched more than itself: {fetched}"
    sections = driver.find_elements(By.CSS_SELECTOR, "section.op")
    assert {s.get_attribute("id") for s in sections} == {f"op-{op}" for op in OPERATIONS}

    search = driver.find_element(By.ID, "search")
    search.send_keys("query_orders")
    visible = driver.execute_script(
        "return Array.from(document.querySelectorAll('section.op'))"
        ".filter(e => e.offsetParent !== null).map(e => e.id)"
    )
    assert visible == ["op-query_orders"]
    assert driver.find_element(By.ID, "match-count").text == "1 matching"
    search.send_keys(Keys.ENTER)
    assert driver.execute_script("return location.hash") == "#op-query_orders"
    snippet = driver.find_element(By.CSS_SELECTOR, "#op-query_orders pre code").text
    assert "client.packages.query_orders(" in snippet

    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    assert driver.save_screenshot(str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 10_000
