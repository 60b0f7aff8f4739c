"""Beheer, the admin app's one page: locked without a password; with one, upload, problems,
preview and the import, which the public app then shows."""

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.admin import throttle, upload_gate
from dashboard.data import load_dataset
from tests.monitor_results import HEADER, upload_row, with_report
from tests.pages.apptest import ADMIN_APP, page_text, run_app, tables

PASSWORD = "synthetic-test-password"
GOOD = f"{HEADER}\n{upload_row('synthetic-indicator-y', '61', '9')}\n"
OLD_FORM = ("wave_id,initiative_id,indicator,value,unit,n,source_id\n"
            "nji-meting-1,groningen,synthetic-indicator-y,61,percent,9,proefrapport\n")


class Clock:
    now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(autouse=True)
def clock(monkeypatch) -> Clock:
    """A fresh password brake on a fake clock for every test (it is one per process)."""
    fake = Clock()
    monkeypatch.setattr(throttle, "ADMIN", throttle.Throttle(clock=fake))
    return fake


def admin_app(secrets: dict | None = None) -> AppTest:
    at = AppTest.from_file(ADMIN_APP, default_timeout=60)
    at.secrets.update(secrets or {})
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def uploaders(at):
    return at.get("file_uploader")


def unlock(at: AppTest, password: str) -> AppTest:
    at.text_input(key="admin_password").input(password)
    at.button[0].click().run()
    assert not at.exception
    return at


def test_locked_without_a_password(monkeypatch):
    monkeypatch.delenv("BSO_ADMIN_PASSWORD", raising=False)
    at = run_app(app=ADMIN_APP)
    assert any("uitgeschakeld" in w.value for w in at.warning)
    assert "BSO_ADMIN_PASSWORD" in page_text(at)
    assert not uploaders(at) and not at.text_input


def test_wrong_password_keeps_it_locked(monkeypatch):
    monkeypatch.setenv("BSO_ADMIN_PASSWORD", PASSWORD)
    at = unlock(admin_app(), "not-it")
    assert any("klopt niet" in e.value for e in at.error)
    assert not uploaders(at)


def test_repeated_wrong_passwords_brake_even_the_right_one(monkeypatch, clock):
    monkeypatch.setenv("BSO_ADMIN_PASSWORD", PASSWORD)
    at = admin_app()
    for _ in range(throttle.FREE_ATTEMPTS):
        unlock(at, "not-it")
        assert not at.warning
    unlock(at, "not-it")
    assert any("over 2 seconden" in w.value for w in at.warning)
    unlock(at, PASSWORD)  # during the wait, not even compared
    assert any("over 2 seconden" in e.value for e in at.error) and not uploaders(at)
    clock.now += 2
    unlock(at, PASSWORD)
    assert uploaders(at)
    assert throttle.ADMIN.failures == 0


def test_unlocking_opens_uploads_for_this_session_and_locking_closes_them(monkeypatch):
    """What the served admin app's upload endpoint asks (admin.upload_gate, no_uploads)."""
    monkeypatch.setenv("BSO_ADMIN_PASSWORD", PASSWORD)
    unlocked: set[str] = set()
    monkeypatch.setattr(upload_gate, "_UNLOCKED", unlocked)
    at = unlock(admin_app(), "not-it")
    assert unlocked == set()
    unlock(at, PASSWORD)
    [session] = unlocked
    assert session and upload_gate.allowed(session)
    at.button[0].click().run()  # Vergrendelen
    assert unlocked == set() and not uploaders(at)


def test_secret_is_used_when_present(monkeypatch):
    monkeypatch.delenv("BSO_ADMIN_PASSWORD", raising=False)
    at = unlock(admin_app({"admin_password": PASSWORD}), PASSWORD)
    assert uploaders(at)


def test_unlocked_upload_shows_problems_then_imports_a_valid_file(data_copy, monkeypatch):
    monkeypatch.setenv("BSO_ADMIN_PASSWORD", PASSWORD)
    monkeypatch.setenv("BSO_DATA_DIR", str(with_report(data_copy, monkeypatch, rows=())))
    before = (data_copy / "monitor_indicators.csv").read_bytes()
    at = unlock(admin_app(), PASSWORD)

    uploaders(at)[0].set_value(("old.csv", OLD_FORM.encode(), "text/csv")).run()
    assert any("niets opgeslagen" in e.value for e in at.error)
    [problems] = tables(at)  # a table whose long messages wrap
    assert "results without excerpts cannot be added" in " ".join(map(str, problems.iloc[:, -1]))

    bad = GOOD.replace("groningen", "nowhere").encode()
    uploaders(at)[0].set_value(("bad.csv", bad, "text/csv")).run()
    assert any("niets opgeslagen" in e.value for e in at.error)
    [problems] = tables(at)
    assert list(problems.iloc[0][["Rij", "Kolom"]]) == ["2", "initiative_id"]
    assert (data_copy / "monitor_indicators.csv").read_bytes() == before

    uploaders(at)[0].set_value(("good.csv", GOOD.encode(), "text/csv")).run()
    [preview] = [d.value for d in at.dataframe]
    assert list(preview["indicator"]) == ["synthetic-indicator-y"]
    next(b for b in at.button if b.label == "Toevoegen aan de gegevens").click().run()
    assert not at.exception
    assert any("1 rijen toegevoegd" in s.value for s in at.success)
    stored = load_dataset(data_copy).monitor_indicators
    assert list(stored["indicator"]) == ["synthetic-indicator-y"]
    assert list((data_copy / "backups").iterdir())

    public = run_app("views/monitor.py")
    [table] = [d for d in tables(public) if "n (respondenten)" in d.columns]
    assert list(table["Waarde"]) == ["61"]
