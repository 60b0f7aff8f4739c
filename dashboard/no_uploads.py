"""An ASGI middleware that refuses Streamlit's upload endpoint, for the public app.

Streamlit accepts a file at /_stcore/upload_file/<session>/<file> for any live session, whether
or not its page shows an uploader, and keeps it in memory for that session: a visitor could
send file after file. The public app has no uploader, so every request there is refused before
its body is read (docs/decisions/0010-beheer-apart-behind-a-proxy.md).
"""

from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Receive, Scope, Send

# Streamlit's route, under any base path; matched anywhere in the path so that a prefix or a
# doubled slash in front of it does not slip past.
UPLOAD_ROUTE = "/_stcore/upload_file"


class NoUploads:
    """Answers 405 to any request for the upload endpoint; passes everything else on."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and UPLOAD_ROUTE in scope["path"]:
            refusal = PlainTextResponse("Uploads are not accepted here.", status_code=405,
                                        headers={"Allow": ""})
            await refusal(scope, receive, send)
            return
        await self.app(scope, receive, send)
