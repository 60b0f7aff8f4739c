"""Beheer: the programme leader adds the figures of a new monitor wave, without a developer.

Open only when an admin password is configured (st.secrets["admin_password"], else the
environment variable BSO_ADMIN_PASSWORD) and entered; without one the page explains how to
enable it and offers no upload. Validation and writing are the importer's
(dashboard.admin.importer), the same code as the command line.
"""

import hmac
import math
import os

import pandas as pd
import streamlit as st
from streamlit.errors import StreamlitSecretNotFoundError
from streamlit.runtime.scriptrunner import get_script_run_ctx

from dashboard import config
from dashboard.admin import upload_gate
from dashboard.admin.importer import TABLE, import_indicators
from dashboard.admin.throttle import ADMIN as BRAKE
from dashboard.data import DataValidationError
from dashboard.i18n import counted_key
from dashboard.ui.lang import current, t, tm
from dashboard.ui.text import md_escape, show_markup
from dashboard.viz.tables import table_html

UNLOCKED = "admin_unlocked"
UPLOAD_ROUND = "admin_upload_round"  # a new uploader after each import, so it starts empty
DONE = "admin_done"


def configured_password() -> str | None:
    """The admin password from Streamlit secrets, else from the environment; None if unset."""
    try:
        secret = st.secrets.get("admin_password")
    except StreamlitSecretNotFoundError:
        secret = None
    password = secret or os.environ.get("BSO_ADMIN_PASSWORD")
    return str(password) if password else None


def problems_table(problems) -> pd.DataFrame:
    return pd.DataFrame({t("col_row"): [p.row for p in problems],
                         t("col_column"): [p.column or "" for p in problems],
                         t("col_problem"): [p.message for p in problems]})


def show_problems(problems) -> None:
    """Every problem in a table whose long messages wrap (a data grid cuts them off at the
    column's edge), its text escaped."""
    show_markup(table_html(problems_table(problems), t("col_problem"), current()))


def show_broken(error: DataValidationError) -> None:
    st.error(t("admin_stored_broken"))
    show_problems(error.problems)


def write(name: str, content: bytes, round_: int) -> None:
    """The real import (validated again under the lock); on success, a fresh uploader."""
    try:
        result = import_indicators(name, content, config.data_dir())
    except DataValidationError as error:
        show_broken(error)
        return
    if result.ok:
        st.session_state[DONE] = t("admin_written", count=len(result.added), file=TABLE.file,
                                   backup=result.backup.name if result.backup else "-")
        st.session_state[UPLOAD_ROUND] = round_ + 1
        st.rerun()
    st.error(tm(counted_key(len(result.problems), "admin_problems"), count=len(result.problems)))
    show_problems(result.problems)


def session_id() -> str:
    """This visitor's session, as named in the upload endpoint's path (admin.upload_gate)."""
    context = get_script_run_ctx()
    return context.session_id if context is not None else ""


def check_password(entered: str, password: str) -> None:
    """Unlock on the right password; a wrong one, or any attempt during a wait, is refused
    and says how long to wait (the password is not even compared then)."""
    wait = BRAKE.wait()
    if wait > 0:
        st.error(tm("admin_wait", seconds=math.ceil(wait)))
    elif hmac.compare_digest(entered.encode(), password.encode()):
        BRAKE.succeeded()
        st.session_state[UNLOCKED] = True
        upload_gate.allow(session_id())
        st.rerun()
    else:
        delay = BRAKE.failed()
        st.error(t("admin_wrong_password"))
        if delay:
            st.warning(tm("admin_wait", seconds=math.ceil(delay)))


st.title(t("admin_title"))
st.write(t("admin_intro"))
password = configured_password()

if password is None:
    st.warning(t("admin_disabled"))
    st.markdown(t("admin_enable_how"))
elif not st.session_state.get(UNLOCKED):
    with st.form("admin_login"):
        entered = st.text_input(t("admin_password"), type="password", key="admin_password")
        if st.form_submit_button(t("admin_unlock")):
            check_password(entered, password)
else:
    if st.button(t("admin_lock")):
        st.session_state[UNLOCKED] = False
        upload_gate.revoke(session_id())
        st.rerun()
    if DONE in st.session_state:
        st.success(md_escape(st.session_state.pop(DONE)))
    st.markdown(tm("admin_columns", columns=", ".join(TABLE.columns)))
    st.download_button(t("admin_template"), ",".join(TABLE.columns) + "\n",
                       file_name=TABLE.file, mime="text/csv", on_click="ignore")
    round_ = st.session_state.setdefault(UPLOAD_ROUND, 0)
    upload = st.file_uploader(t("admin_upload"), type=["csv", "xlsx"],
                              key=f"admin_upload_{round_}")
    if upload is not None:
        content = upload.getvalue()
        try:
            preview = import_indicators(upload.name, content, config.data_dir(), dry_run=True)
        except DataValidationError as error:
            show_broken(error)
        else:
            for note in preview.notes:
                st.caption(tm("admin_note", note=note))
            if not preview.ok:
                st.error(tm(counted_key(len(preview.problems), "admin_problems"),
                            count=len(preview.problems)))
                show_problems(preview.problems)
            else:
                st.subheader(tm("admin_preview", count=len(preview.added)))
                st.dataframe(preview.added, hide_index=True, width="stretch")
                if st.button(t("admin_confirm"), type="primary"):
                    write(upload.name, content, round_)
    st.caption(t("admin_cli"))
