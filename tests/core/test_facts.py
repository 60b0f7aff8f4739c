"""Every sourced row appears once among the facts, with its source and evidence."""

from dashboard.content.facts import DESCRIBE, facts, source_line_parts
from dashboard.data.refs import SOURCED_TABLES, source_overview
from dashboard.data.schemas import TABLES


def test_every_table_with_a_source_is_described():
    with_source = {name for name, table in TABLES.items()
                   if any(f.ref == "sources.source_id" for f in table.fields)}
    assert with_source == set(DESCRIBE)


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


def test_a_fact_reference_names_the_table_and_csv_line(ds):
    from dashboard.data.refs import ref

    index = facts(ds).set_index("ref")
    first = ref("figures", 0)
    assert first == "figures:2"  # line 1 is the header
    assert index.at[first, "source_id"] == ds.figures["source_id"].iloc[0]
    assert index.index.is_unique


def test_a_count_keeps_the_facts_it_counts(ds):
    from dashboard.topics.overview import organisations_by_sector

    sectors = organisations_by_sector(ds)
    index = facts(ds).set_index("ref")
    assert (sectors["count"] == sectors["facts"].map(len)).all()
    assert sum(sectors["count"]) == len(ds.organisations)
    for sector, refs in zip(sectors["sector"], sectors["facts"], strict=True):
        described = index.loc[list(refs), "fact"]
        expected = ds.organisations.loc[ds.organisations["sector"] == sector, "name"]
        assert sorted(described) == sorted(expected)


def test_a_comparison_cell_rests_on_its_own_row(ds):
    from dashboard.topics.compare import approach_matrix, sector_coverage

    chosen = tuple(ds.initiatives["initiative_id"][:3])
    index = facts(ds).set_index("ref")
    matrix = approach_matrix(ds, chosen)
    for said, refs in zip(matrix["modality"].notna(), matrix["facts"], strict=True):
        assert len(refs) == (1 if said else 0)
    assert set(index.loc[[r for refs in matrix["facts"] for r in refs], "table"]) <= {
        "approaches"}
    coverage = sector_coverage(ds, chosen)
    assert (coverage["covered"] == coverage["facts"].map(bool)).all()


def test_evidence_lists_each_shown_rows_facts(ds):
    from dashboard.content.facts import evidence
    from dashboard.data.refs import sources_of
    from dashboard.topics.overview import organisations_by_sector

    sectors = organisations_by_sector(ds)
    found = evidence(ds, sectors, "sector")
    assert len(found) == sectors["count"].sum()
    assert set(found["shown"]) == set(sectors["sector"])
    assert found["evidence"].str.len().min() > 0
    assert sources_of(ds, found["ref"]) == [
        s for s in ds.sources["source_id"] if s in set(ds.organisations["source_id"])]


def test_every_table_that_cards_show_declares_its_pages():
    from dashboard.ui.provenance import SHOWN_ON

    assert set(SHOWN_ON) == set(DESCRIBE) == set(SOURCED_TABLES)


def test_a_figure_per_unit_says_per_what_in_its_fact(ds):
    """Groningen's "2 à 3 groepen" is per location: a fact line without its unit would read
    as two or three groups in all."""
    described = facts(ds, "nl").set_index("ref")["fact"]
    assert "Samen in de BSO-groep: Groepen per locatie = 2–3" in set(described)
    described_en = facts(ds, "en").set_index("ref")["fact"]
    assert "Samen in de BSO-groep: Groups per location = 2–3" in set(described_en)


def test_a_row_resting_on_an_inference_is_marked_inferred(ds):
    """Not only a programme membership: a participant, tie or rating whose basis is inferred
    (or element of the way of working) is marked in every list of facts, and a stated row is not."""
    from dashboard.data.refs import fact_rows

    rows = fact_rows(ds)
    inferred = rows[rows["inferred"]]
    assert set(inferred["table"]) == {"initiatives", "participants", "relations", "approaches",
                                       "ratings"}
    lent = ds.participants[(ds.participants["initiative_id"] == "lent")
                           & (ds.participants["org_id"] == "ministerie-onderwijs")]
    assert lent["basis"].item() == "inferred" and lent["inference"].notna().item()
    stated = rows[rows["table"] == "participants"]
    assert stated["inferred"].sum() == (ds.participants["basis"] == "inferred").sum() == 2
