"""The Content-Security-Policy of the files that leave the dashboard (deck, factsheet).

They are opened from disk on a venue PC or a partner's laptop, where nothing should be asked
of any server. Escaping keeps data text from becoming markup (viz.text, the autoescaping
templates); the policy is the second wall: should markup slip through anyway, the browser
still loads, sends and runs nothing it names. Only the file's own scripts run (by their
hashes), inline styles apply, and fonts come only from `data:` URLs inside the file. A policy
in a <meta> element cannot set frame-ancestors or report; the file needs neither.
"""

import base64
import hashlib

# Every kind of request falls back to default-src; form-action and base-uri do not.
_NOTHING = ("default-src 'none'", "connect-src 'none'", "form-action 'none'",
            "base-uri 'none'")


def content_security_policy(scripts: tuple[str, ...] = (), fonts: bool = False) -> str:
    """A policy that allows the inline `scripts` (their exact text), inline styles, and fonts
    as data URLs when `fonts`: nothing can be fetched from anywhere."""
    allowed = " ".join(script_source(script) for script in scripts) or "'none'"
    return "; ".join([*_NOTHING, f"script-src {allowed}", "style-src 'unsafe-inline'",
                      *(["font-src data:"] if fonts else [])])


def script_source(script: str) -> str:
    """The CSP source that allows exactly the inline `script` ('sha256-…'), here and in the
    proxy's policy for Streamlit's own page (tools.serve)."""
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return f"'sha256-{digest}'"
