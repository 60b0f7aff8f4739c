"""No personal contact details ever enter data/."""

import re

from dashboard import config

EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
PHONE = re.compile(r"\b0\d{2,3}[- ]?\d{6,7}\b|\+31[\d ]{9,}")


def test_no_email_address_or_phone_number_in_data():
    offending = []
    for path in config.DATA_DIR.rglob("*.csv"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if EMAIL.search(line) or PHONE.search(line):
                offending.append(f"{path.name}:{number}")
    assert not offending
