"""A page's URL parameters declared once: the link seeds the widgets once, with one notice per
refused parameter, and the widgets' values are written back (empty ones left out)."""

from streamlit.testing.v1 import AppTest


def page() -> None:
    """A page with a list, a single choice, a switch and a list in which one value stands for
    two (as a municipality code stands for its initiatives)."""
    import streamlit as st

    from dashboard.ui.url import Param, keep, seed
    from dashboard.ui.url_parse import Choice, Word

    def spelled(values: list[str]) -> list[str]:
        return list(dict.fromkeys(letter for value in values for letter in value))

    params = (Param("rol", Choice(["pilot", "case"], many=True), key="kinds"),
              Param("gemeente", Choice(["GM0106", "GM0014"]), key="place", default="GM0014"),
              Param("monitor", Word({"1": True}, default=False), key="waves"),
              Param("letters", Choice(["a", "b", "ab"], many=True), key="letters",
                    adapt=spelled))
    seed(params)
    st.multiselect("rol", ["pilot", "case"], key="kinds")
    st.selectbox("gemeente", ["GM0106", "GM0014"], key="place")
    st.toggle("monitor", key="waves")
    st.multiselect("letters", ["a", "b"], key="letters")
    keep(params)


def opened(**query: str | list[str]) -> AppTest:
    at = AppTest.from_function(page)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_the_link_seeds_the_widgets_and_refusals_are_named_once_per_parameter():
    at = opened(rol=["case,x", "pilot,y"], gemeente="GM9999", monitor="1", letters="b,ab")
    assert at.multiselect(key="kinds").value == ["case", "pilot"]
    assert at.selectbox(key="place").value == "GM0014"  # the default stands in
    assert at.toggle(key="waves").value is True
    assert at.multiselect(key="letters").value == ["b", "a"]
    assert sorted(n.value.split("'")[1] for n in at.info) == ["gemeente", "rol"]
    assert "x; y" in next(n.value for n in at.info if "'rol'" in n.value)
    # Written back clean: the refused values are gone and the default is named.
    assert at.query_params["rol"] == "case,pilot" and at.query_params["gemeente"] == "GM0014"
    assert at.query_params["monitor"] == "1" and at.query_params["letters"] == "b,a"


def test_later_choices_are_the_users_and_empty_values_leave_the_link():
    at = opened(rol="pilot", monitor="1")
    at.multiselect(key="kinds").set_value([])
    at.toggle(key="waves").set_value(False)
    at.run()
    assert "rol" not in at.query_params and "monitor" not in at.query_params
    at.query_params["rol"] = "case"  # the link changing under a running page seeds nothing
    at.run()
    assert at.multiselect(key="kinds").value == [] and not at.info
