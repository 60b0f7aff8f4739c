"""Which sessions of the admin app may upload: those in which Beheer has been unlocked.

Streamlit keeps a file sent to its upload endpoint for any live session, whether or not that
session's page shows an uploader; a visitor of the admin app who never gave the admin password
could otherwise still make the server hold file after file. Beheer names its session here
when the right password is entered and takes it back when it is locked again; the served
admin app (beheer_served.py) refuses every upload for a session not named here, before its
body is read (docs/decisions/0010-beheer-apart-behind-a-proxy.md).
"""

import threading

_UNLOCKED: set[str] = set()
_GUARD = threading.Lock()  # the page's script threads write, the server's event loop reads


def allow(session_id: str) -> None:
    with _GUARD:
        _UNLOCKED.add(session_id)


def revoke(session_id: str) -> None:
    with _GUARD:
        _UNLOCKED.discard(session_id)


def allowed(session_id: str) -> bool:
    with _GUARD:
        return session_id in _UNLOCKED
