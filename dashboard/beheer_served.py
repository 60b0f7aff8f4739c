"""The admin app as it is served: `streamlit run dashboard/beheer_served.py` (`make beheer`, and
behind the proxy in `make serve`). It runs dashboard/beheer_app.py unchanged inside Streamlit's
ASGI app, with its upload endpoint open only to a session in which Beheer has been unlocked
(admin.upload_gate), so a visitor without the admin password cannot make the server hold
uploaded files. Streamlit finds `app` by name.
"""

import streamlit as st
from starlette.middleware import Middleware

from dashboard.admin import upload_gate
from dashboard.no_uploads import NoUploads

app = st.App("beheer_app.py", middleware=[Middleware(NoUploads, may_upload=upload_gate.allowed)])
