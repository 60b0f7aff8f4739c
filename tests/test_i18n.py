"""Every string and label exists in Dutch and English, and every key used in code exists."""

import re
import string

from dashboard import config, i18n
from dashboard.data import vocab
from dashboard.i18n.labels import LABELS

VOCABULARIES = {
    "sector": vocab.SECTORS, "initiative_kind": vocab.INITIATIVE_KINDS,
    "initiative_status": vocab.INITIATIVE_STATUSES, "programme_basis": vocab.PROGRAMME_BASIS,
    "role": vocab.PARTICIPANT_ROLES, "relation_kind": vocab.RELATION_KINDS,
    "approach": vocab.APPROACHES, "modality": vocab.MODALITIES,
    "metric": vocab.METRICS, "per": vocab.PER, "coord_precision": vocab.COORD_PRECISIONS,
    "event_kind": vocab.EVENT_KINDS,
    "wave_status": vocab.WAVE_STATUSES, "topic": vocab.STATEMENT_TOPICS,
    "unit": vocab.UNITS, "location_kind": vocab.LOCATION_KINDS,
    "rating": tuple(level for levels in vocab.RATING_SCALES.values() for level in levels),
}


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_string_has_both_languages_with_the_same_placeholders():
    for key, (dutch, english) in i18n.catalogue().items():
        assert dutch.strip() and english.strip(), key
        assert placeholders(dutch) == placeholders(english), key


def test_every_vocabulary_code_has_labels_in_both_languages():
    for name, codes in VOCABULARIES.items():
        for code in codes:
            dutch, english = LABELS[name][code]
            assert dutch and english, (name, code)


def test_every_key_used_in_the_code_exists():
    used = set()
    for path in (config.ROOT / "dashboard").rglob("*.py"):
        used |= set(re.findall(r"""\bt\(\s*["']([a-z0-9_]+)["']""", path.read_text()))
    assert used, "no t('...') calls found"
    missing = used - set(i18n.catalogue())
    assert not missing, missing


def test_unknown_value_reads_as_unknown():
    assert i18n.label("sector", None) == "niet bekend uit de bronnen"
    assert i18n.label("sector", None, "en") == "not known from the sources"


def test_jeugd_ggz_stays_unexpanded_in_english():
    """The sources never spell out GGZ; the English label keeps the abbreviation."""
    assert i18n.label("sector", "jeugd_ggz", "en") == "Youth GGZ"
    assert i18n.label("sector", "jeugd_ggz", "nl") == "Jeugd-GGZ"
