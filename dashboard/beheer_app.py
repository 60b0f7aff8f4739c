"""The admin app: `streamlit run dashboard/beheer_app.py` (`make beheer` on one's own machine;
`make serve` puts it behind the proxy's password at /beheer/). Its one page, Beheer, is the
only uploader there is; it lives apart from the public app so that the public server takes no
uploads at all (docs/decisions/0010-beheer-apart-behind-a-proxy.md). The page keeps its own
admin password."""

import streamlit as st

from dashboard.ui import shell
from dashboard.ui.lang import t

PAGES = [st.Page("views/beheer.py", title=t("nav_admin"), url_path="beheer", default=True)]
shell.run(PAGES, t("nav_admin"))
