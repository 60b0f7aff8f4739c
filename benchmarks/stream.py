"""One person visiting the app, spoken in Streamlit's own WebSocket protocol (no browser).

What the frontend does, reduced to what costs the server: fetch `/_stcore/health` (which
sets the `_streamlit_xsrf` cookie), open `/_stcore/stream` with the subprotocols
`streamlit, <xsrf token>` (the server checks the token against the cookie before it reads an
auth cookie; the app enables XSRF protection), the cookie and a same-origin `Origin`, then
send a `rerun_script` BackMsg for the page in the link (by `page_name`, its URL path, as the
frontend does before it knows the pages). The run streams ForwardMsgs and ends with
`script_finished`. The `navigation` message of that run lists the pages with their
`page_script_hash`; switching page is another `rerun_script` with the target's hash.

The client announces no `cached_message_hashes`, so the server never sends `ref_hash`
references and nothing has to be answered for a run to complete.
"""

import asyncio
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

XSRF_COOKIE = "_streamlit_xsrf"
SUCCESS = {ForwardMsg.FINISHED_SUCCESSFULLY}
# What a Dutch browser tells the server about itself (ClientState.context_info).
TIMEZONE, TIMEZONE_OFFSET_MIN, LOCALE = "Europe/Amsterdam", -60, "nl-NL"


@dataclass
class Visit:
    """What one person saw: seconds to the end of each run, bytes received, every error."""

    number: int
    first_run_s: float | None = None
    overview_s: float | None = None
    received_bytes: int = 0
    errors: list[str] = field(default_factory=list)
    step: str = "waiting to start"  # what the person was doing, named in a timeout

    @property
    def served(self) -> bool:
        return self.first_run_s is not None and self.overview_s is not None and not self.errors


@dataclass
class Run:
    """What one script run sent: its pages (from `navigation`) and the problems it showed."""

    pages: dict[str, str] = field(default_factory=dict)  # url path -> page_script_hash
    problems: list[str] = field(default_factory=list)


async def xsrf_cookie(host: str, port: int) -> str:
    """GET /_stcore/health like the frontend does first; return the XSRF cookie's value."""
    reader, writer = await asyncio.open_connection(host, port)
    try:
        writer.write(f"GET /_stcore/health HTTP/1.1\r\nHost: {host}:{port}\r\n"
                     "Connection: close\r\n\r\n".encode())
        await writer.drain()
        head = (await reader.read()).split(b"\r\n\r\n", 1)[0].decode("latin-1")
    finally:
        writer.close()
    status = head.split("\r\n", 1)[0]
    if " 200 " not in status:
        raise ConnectionError(f"health check answered {status!r}")
    for line in head.split("\r\n")[1:]:
        name, _, value = line.partition(":")
        if name.lower() == "set-cookie" and value.strip().startswith(f"{XSRF_COOKIE}="):
            return value.strip().split(";", 1)[0].split("=", 1)[1]
    raise ConnectionError("no XSRF cookie in the health check's answer")


def rerun(url: str, page_name: str = "", page_script_hash: str = "") -> bytes:
    """A `rerun_script` BackMsg as the frontend sends it: for a page, with browser context."""
    message = BackMsg()
    state = message.rerun_script
    state.query_string = ""
    state.page_name = page_name
    state.page_script_hash = page_script_hash
    state.context_info.timezone = TIMEZONE
    state.context_info.timezone_offset = TIMEZONE_OFFSET_MIN
    state.context_info.locale = LOCALE
    state.context_info.url = f"{url}/{page_name}"
    return message.SerializeToString()


def problems_in(message: ForwardMsg) -> list[str]:
    """What in one ForwardMsg means the person did not get the page: an exception shown, a
    page not found, a run that ended any other way than successfully."""
    kind = message.WhichOneof("type")
    if kind == "delta" and message.delta.WhichOneof("type") == "new_element":
        element = message.delta.new_element
        if element.WhichOneof("type") == "exception":
            return [f"exception shown: {element.exception.type}: {element.exception.message}"]
    if kind == "page_not_found":
        return [f"page not found: {message.page_not_found.page_name!r}"]
    if kind == "script_finished" and message.script_finished not in SUCCESS:
        return [f"run ended {ForwardMsg.ScriptFinishedStatus.Name(message.script_finished)}"]
    return []


async def read_run(socket: ClientConnection, visit: Visit) -> Run:
    """Read ForwardMsgs up to and including the run's `script_finished`."""
    run = Run()
    while True:
        data = await socket.recv(decode=False)
        visit.received_bytes += len(data)
        message = ForwardMsg()
        message.ParseFromString(data)
        run.problems += problems_in(message)
        kind = message.WhichOneof("type")
        if kind == "navigation":
            run.pages = {p.url_pathname: p.page_script_hash for p in message.navigation.app_pages}
        if kind == "script_finished":
            return run


async def session(url: str, first_page: str, visit: Visit, started: float) -> None:
    """Connect, run `first_page`, switch to the default page (Overzicht), run it, close."""
    parts = urlsplit(url)
    visit.step = "fetching the XSRF cookie"
    token = await xsrf_cookie(parts.hostname, parts.port)
    visit.step = "opening the WebSocket"
    # No handshake timeout and no keepalive pings of its own: a browser sends no pings (it
    # only answers the server's), and the visit's deadline bounds every step alike.
    async with connect(f"ws://{parts.netloc}/_stcore/stream", subprotocols=["streamlit", token],
                       additional_headers={"Cookie": f"{XSRF_COOKIE}={token}", "Origin": url},
                       open_timeout=None, ping_interval=None, max_size=None,
                       compression=None) as socket:
        visit.step = f"waiting for the {first_page} run"
        await socket.send(rerun(url, page_name=first_page))
        first = await read_run(socket, visit)
        visit.first_run_s = time.monotonic() - started
        visit.errors += [f"{first_page}: {p}" for p in first.problems]
        if "" not in first.pages:
            visit.errors.append(f"{first_page}: no default page in the navigation message")
            return
        visit.step, asked = "waiting for the Overzicht run", time.monotonic()
        await socket.send(rerun(url, page_script_hash=first.pages[""]))
        overview = await read_run(socket, visit)
        visit.overview_s = time.monotonic() - asked
        visit.errors += [f"overzicht: {p}" for p in overview.problems]
        visit.step = "done"


async def visit(url: str, first_page: str, number: int = 0, delay_s: float = 0.0,
                deadline: float | None = None) -> Visit:
    """One person: wait `delay_s`, then a whole `session`, cut off at `deadline` (the event
    loop's clock, `loop.time()`).

    Every failure is a result here, recorded in the visit's errors, never raised."""
    result = Visit(number)
    await asyncio.sleep(delay_s)
    started = time.monotonic()
    try:
        async with asyncio.timeout_at(deadline):
            await session(url, first_page, result, started)
    except TimeoutError:
        result.errors.append(f"timed out {result.step}")
    except ConnectionClosed as closed:
        result.errors.append(f"connection closed unexpectedly: {closed}")
    except (OSError, ConnectionError) as error:
        result.errors.append(f"connection failed: {error!r}")
    return result
