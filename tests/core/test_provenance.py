"""Every sourced row appears once among the facts, with its source and evidence."""

from dashboard.core.provenance import DESCRIBE, facts, source_line_parts, source_overview
from dashboard.core.schemas import TABLES


def test_every_sourced_table_is_described():
    sourced = {name for name, table in TABLES.items() if table.sourced}
    assert sourced == set(DESCRIBE)


def test_facts_cover_every_sourced_row(ds):
    all_facts = facts(ds)
    assert len(all_facts) == sum(len(getattr(ds, name)) for name in DESCRIBE)
    assert all_facts["fact"].str.len().min() > 0
    assert set(all_facts["source_id"]) <= set(ds.sources["source_id"])


def test_source_overview_counts_add_up(ds):
    overview = source_overview(ds)
    assert overview["facts"].sum() == len(facts(ds))
    assert (overview["facts"] > 0).all()


def test_source_line_parts_in_source_order(ds):
    parts = source_line_parts(ds, ["alert4you-nieuwsbrief-2012", "samen-bso-nieuwsbrief-4"])
    assert parts == ["Samen in de BSO groep! Nieuwsbrief 4 (2013)", "Nieuwsbrief Alert4you (2012)"]
