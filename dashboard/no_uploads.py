"""An ASGI middleware around Streamlit's upload endpoint: closed in the public app, open in the
admin app only for a session in which Beheer has been unlocked.

Streamlit accepts a file at /_stcore/upload_file/<session>/<file> for any live session, whether
or not its page shows an uploader, and keeps it in memory for that session: a visitor could
send file after file. So a request there is refused before its body is read unless its session
may upload (docs/decisions/0010-beheer-apart-behind-a-proxy.md).
"""

from collections.abc import Callable

from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Receive, Scope, Send

# Streamlit's route, under any base path; matched anywhere in the path so that a prefix or a
# doubled slash in front of it does not slip past.
UPLOAD_ROUTE = "/_stcore/upload_file"


def nobody(session_id: str) -> bool:
    """The public app's rule: no session may upload."""
    return False


def session_of(path: str) -> str:
    """The session id in an upload path (the segment after the route), or '' if none."""
    rest = path[path.find(UPLOAD_ROUTE) + len(UPLOAD_ROUTE):].strip("/")
    return rest.split("/", 1)[0]


class NoUploads:
    """Answers 405 to a request for the upload endpoint unless `may_upload` allows its
    session; passes everything else on."""

    def __init__(self, app: ASGIApp, may_upload: Callable[[str], bool] = nobody) -> None:
        self.app = app
        self.may_upload = may_upload

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope["path"]
        if (scope["type"] == "http" and UPLOAD_ROUTE in path
                and not (session_of(path) and self.may_upload(session_of(path)))):
            refusal = PlainTextResponse("Uploads are not accepted here.", status_code=405,
                                        headers={"Allow": ""})
            await refusal(scope, receive, send)
            return
        await self.app(scope, receive, send)
