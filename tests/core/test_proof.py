"""One broken fixture per proof rule: an excerpt that occurs in its source but does not prove
its row is reported at its file, row and column (issue 12)."""

import pandas as pd
import pytest

from dashboard.data import DataValidationError, load_dataset
from dashboard.data.proof import future_words
from tests.conftest import set_cell_where

RELATION = {"initiative_id": "groningen", "from_org_id": "elker", "to_org_id": "sksg",
            "kind": "coaching"}
# (table, row, column, bad value, column reported, words in the message)
BROKEN = [
    ("relations", RELATION, "evidence", "De bijeenkomsten werden verzorgd door trainers van Elker.",
     "to_org_id", "do not name organisation 'sksg'"),
    ("participants", {"initiative_id": "groningen", "org_id": "renn4"}, "evidence",
     "De training is geëvalueerd.", "org_id", "do not name organisation 'renn4'"),
    ("participants", {"initiative_id": "groningen", "org_id": "renn4"}, "evidence",
     "De training is geëvalueerd.", "initiative_id", "do not name initiative 'groningen'"),
    ("figures", {"initiative_id": "assen", "metric": "schools"}, "value", "13", "value",
     "do not contain 13"),
    ("figures", {"initiative_id": "assen", "metric": "schools"}, "evidence",
     "Er wordt samengewerkt in drie wijken", "metric", "do not name what is counted"),
    ("events", {"event_id": "samen-bso-start"}, "date", "2012-05", "date", "(mei)"),
    ("events", {"event_id": "landelijke-werkplaats"}, "date", "2011-09-27", "date",
     "the source appeared in 2012"),
    ("monitor_waves", {"wave_id": "nji-meting-2"}, "date", "2013-07", "date", "(juli)"),
    ("initiatives", {"initiative_id": "groningen"}, "end", "2014-02", "end", "(februari)"),
    ("people", {"person_id": "maurice-hoogeveen"}, "role", "burgemeester", "role",
     "role as written"),
    ("people", {"person_id": "els-rienstra"}, "name", "Els Riemersma", "person_id",
     "do not name person"),
    ("statements", {"statement_id": "assen-ontstaan"}, "person_id", "maurice-hoogeveen",
     "evidence", "not inside a quotation of 'maurice-hoogeveen'"),
    ("approaches", {"initiative_id": "lent", "approach": "neighbourhood_teams"}, "modality",
     "in_practice", "modality", "aim or option (intended)"),
    ("approaches", {"initiative_id": "assen", "approach": "positive_parenting"}, "modality",
     "in_practice", "modality", "(principle)"),
    ("events", {"event_id": "monitor-resultaten-gepresenteerd"}, "modality", "planned",
     "modality", "no wording that makes this planned"),
    ("initiatives", {"initiative_id": "assen"}, "programme_evidence",
     "Onder meer in de BSO-pilots die Het Kinderopvangfonds op 8 locaties is gestart.",
     "initiative_id", "do not name initiative 'assen'"),
    ("initiatives", {"initiative_id": "groningen"}, "programme_inference", "",
     "programme_inference", "needs its reasoning"),
    ("participants", {"initiative_id": "lent", "org_id": "ministerie-onderwijs"}, "inference",
     "", "inference", "needs its reasoning"),
    ("relations", RELATION, "inference", "Afgeleid uit de samenhang.", "basis",
     "basis is not 'inferred'"),
    ("quotes", {"quote_id": "hoogeveen-1"}, "first_words",
     "samenwerking in Assen is niet een traject", "first_words", "opening quotation mark"),
    ("quotes", {"quote_id": "hengelmolen-1"}, "first_words", "De tijd vliegt voorbij",
     "first_words", "attribution"),
    ("aliases", {"alias": "deze pilot"}, "evidence",
     "Assen is één van de acht locaties voor de pilot Alert4you in de BSO.", "alias",
     "do not contain the alias"),
    ("ratings", {"location_id": "merdeka"}, "rating", "zeer goed", "rating",
     "rating as written"),
    ("relations", RELATION, "evidence_2", "Elker werkt samen met de hele provincie", "evidence_2",
     "not found in source"),
]


@pytest.mark.parametrize(("table", "match", "column", "value", "reported", "words"), BROKEN,
                         ids=[f"{b[0]}.{b[2]}={b[3][:24]!r}" for b in BROKEN])
def test_an_excerpt_that_does_not_prove_its_row_is_reported(data_copy, table, match, column,
                                                            value, reported, words):
    line = set_cell_where(data_copy, table, match, column, value)
    with pytest.raises(DataValidationError) as caught:
        load_dataset(data_copy)
    found = caught.value.problems
    # The damage stays in its row, but for what depends on it: what was said in a broken
    # quotation, or the quotations of a person renamed.
    elsewhere = [p for p in found if (p.file, p.row) != (f"{table}.csv", line)]
    assert all("not inside a quotation" in p.message or words in p.message
               for p in elsewhere), found
    assert any(p.column == reported and words in p.message for p in found), found


def test_a_second_excerpt_can_name_the_other_end(data_copy):
    line = set_cell_where(data_copy, "relations", RELATION, "evidence",
                          "De bijeenkomsten werden verzorgd door trainers van Elker.")
    set_cell_where(data_copy, "relations", RELATION, "evidence_2",
                   "twee locaties van de SKSG")
    assert line and load_dataset(data_copy) is not None


def test_a_dutch_number_word_counts_as_the_value(ds):
    schools = ds.figures[(ds.figures["initiative_id"] == "assen")
                         & (ds.figures["metric"] == "schools")]
    assert schools["evidence"].item() == "twaalf basisscholen" and schools["value"].item() == 12



@pytest.mark.parametrize(("table", "match", "column", "value", "expected"), [
    ("monitor_waves", {"wave_id": "nji-meting-2"}, "status", "completed",
     "monitor_waves.csv, row 3, column 'status': the excerpts word a measurement still to come "
     "(zal), not a completed wave"),
    ("events", {"event_id": "tweede-monitormeting"}, "modality", "in_practice",
     "events.csv, row 7, column 'modality': the excerpts word a step still to come (zal), not "
     "an event that happened"),
    ("events", {"event_id": "lent-tweede-gesprek"}, "modality", "in_practice",
     "events.csv, row 5, column 'modality': the excerpts word a step still to come (volgt), "
     "not an event that happened"),
    ("monitor_waves", {"wave_id": "nji-meting-1"}, "status", "planned",
     "monitor_waves.csv, row 2, column 'status': the excerpts have no wording that makes this "
     "wave planned (such as zal, volgt, gepland)"),
], ids=["completed-wave-zal", "happened-event-zal", "happened-event-volgt", "planned-wave"])
def test_a_status_agrees_with_the_wording_of_its_excerpts(data_copy, table, match, column,
                                                          value, expected):
    set_cell_where(data_copy, table, match, column, value)
    with pytest.raises(DataValidationError) as caught:
        load_dataset(data_copy)
    assert [str(p) for p in caught.value.problems] == [expected]


@pytest.mark.parametrize("sentence", [
    "De tweede meting wordt in juni gehouden.", "Eind november volgt een tweede gesprek.",
    "Een tweede bijeenkomst is gepland.", "Binnenkort start de tweede meting.",
    "In juni zal de meting worden gehouden.",
])
def test_future_wording_is_recognised(sentence):
    assert future_words(pd.Series({"evidence": sentence}))
