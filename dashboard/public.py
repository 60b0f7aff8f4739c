"""The public app as it is served: `streamlit run dashboard/public.py` (`make run`, and behind
the proxy in `make serve`). It runs dashboard/app.py unchanged inside Streamlit's ASGI app, with
one addition: its upload endpoint is closed (no_uploads.NoUploads), so even without the proxy
in front a visitor cannot make the server hold uploaded files. Streamlit finds `app` by name.
"""

import streamlit as st
from starlette.middleware import Middleware

from dashboard.no_uploads import NoUploads

app = st.App("app.py", middleware=[Middleware(NoUploads)])
