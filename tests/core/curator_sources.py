"""A sources folder for the curator's commands: the two newsletters and, only in a test's
temporary folder, a made-up third one (every name in it is fictional)."""

import shutil
from pathlib import Path

import pytest

from dashboard import config

NEW_FILE = "999_fictief.txt"
# Fictional throughout: no such newsletter, organisation or place exists in the sources.
NEW_TEXT = ("Nieuwsbrief Voorbeeldland\n\n"
            "De Denkbeeldige Opvang in Verzonnenstad start in\n"
            "maart 2014 met een proef. Het team wil later ook scho-\n"
            "len betrekken.\n\n"
            "Meer weten? Mail naar info@voorbeeld.invalid of bel 050-1234567.\n")


def sources_with_new_newsletter(parent: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """parent/seeds with the real newsletters and NEW_FILE; BSO_SOURCES_DIR points at it."""
    folder = parent / "seeds"
    folder.mkdir()
    for path in config.sources_dir().glob("*.txt"):
        shutil.copy(path, folder)
    (folder / NEW_FILE).write_text(NEW_TEXT, encoding="utf-8")
    monkeypatch.setenv("BSO_SOURCES_DIR", str(folder))
    return folder
