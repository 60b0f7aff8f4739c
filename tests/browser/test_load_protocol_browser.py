"""The werkatelier load test's client (benchmarks/stream.py) against a live server: what it
counts as served and as an error must match what a person would see. Not timed."""

import asyncio
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest

from benchmarks.load import FIRST_PAGE
from benchmarks.stream import Visit, visit
from tests.browser.conftest import (
    ON_FIXTURE,
    _free_port,
    start_server,
    stop_server,
    wait_healthy,
)

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server_url() -> Iterator[str]:
    """A server of its own: the protocol needs no browser, so no Chromium is started."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    server = start_server(port, ON_FIXTURE)
    try:
        wait_healthy(server, url)
        yield url
    finally:
        stop_server(server)


def visit_in_own_loop(url: str, page: str) -> Visit:
    """One simulated person, on an event loop of its own thread: after the other browser
    tests, Playwright's sync API keeps a loop running in this one, and asyncio.run refuses."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, visit(url, page)).result()


def test_one_person_gets_the_presentation_and_the_overview(server_url):
    person = visit_in_own_loop(server_url, FIRST_PAGE)
    assert person.errors == []
    assert person.served
    assert person.first_run_s is not None and person.overview_s is not None
    assert person.received_bytes > 0


def test_a_page_that_does_not_exist_is_an_error(server_url):
    person = visit_in_own_loop(server_url, "bestaat-niet")
    assert not person.served
    assert any("page not found" in error for error in person.errors)
