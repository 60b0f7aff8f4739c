"""Comparison tables: the selection from the URL, figures, approaches and sector coverage."""

import dataclasses

import pandas as pd

from dashboard.data import vocab
from dashboard.i18n.formatting import figures_text, metric_label
from dashboard.topics.compare import (
    MAX_CHOICE,
    approach_matrix,
    default_selection,
    figure_table,
    profiles,
    sector_coverage,
    sectors_covered,
)
from dashboard.topics.places import Amount
from dashboard.topics.roles import Role


def test_default_is_the_featured_cases(ds):
    cases = ds.initiatives.loc[ds.initiatives["case_study"].astype(bool), "initiative_id"]
    assert default_selection(ds) == tuple(cases)[:MAX_CHOICE]
    assert set(default_selection(ds)) == {"assen", "groningen", "lent"}


def test_profiles_follow_the_chosen_order_with_places(ds):
    frame = profiles(ds, ["lent", "assen"])
    assert list(frame["initiative_id"]) == ["lent", "assen"]
    assert list(frame["municipality"]) == ["Nijmegen", "Assen"]
    assert list(frame["province"]) == ["Gelderland", "Drenthe"]


def test_figure_table_holds_every_figure_once_and_unknown_as_missing(ds):
    ids = list(default_selection(ds))
    table = figure_table(ds, ids)
    figures = ds.figures[ds.figures["initiative_id"].isin(ids).fillna(False).astype(bool)]
    assert table[ids].notna().sum().sum() == len(figures)
    assert table.loc[table["metric"] == "schools", "assen"].item() == (
        Amount(12.0, None, "count", False),)
    assert pd.isna(table.loc[table["metric"] == "schools", "groningen"].item())
    groups = table[(table["metric"] == "groups")]
    assert groups["per"].item() == "location"
    assert groups["groningen"].item() == (Amount(2.0, 3.0, "count", False),)
    units = table[table["metric"] == "units"]
    assert units["lent"].item() == (Amount(5.0, None, "count", False),)
    assert units["organisations"].item() == ("Basisschool Het Talent",)


def test_figure_table_of_initiatives_without_figures_is_empty(ds):
    without_lent = dataclasses.replace(ds, figures=ds.figures[ds.figures["initiative_id"]
                                                              .ne("lent").fillna(True)])
    table = figure_table(without_lent, ["koploper-almere", "lent"])
    assert table.empty and list(table.columns)[-2:] == ["koploper-almere", "lent"]


def test_approach_matrix_covers_the_vocabulary_with_evidence(ds):
    ids = ["lent", "assen"]
    matrix = approach_matrix(ds, ids)
    assert len(matrix) == len(vocab.APPROACHES) * len(ids)
    said = ds.approaches[ds.approaches["initiative_id"].isin(ids)]
    assert matrix["modality"].notna().sum() == len(said)
    row = matrix[(matrix["approach"] == "coaching_on_the_job")
                 & (matrix["initiative_id"] == "lent")]
    assert row["modality"].item() == "considered"
    assert row["evidence"].item().startswith("Een mogelijke aanpak die overwogen wordt")
    missing = matrix[(matrix["approach"] == "small_scale_units")
                     & (matrix["initiative_id"] == "assen")]
    assert pd.isna(missing["modality"].item()) and pd.isna(missing["evidence"].item())


def test_sector_coverage_follows_participants(ds):
    ids = list(default_selection(ds))
    coverage = sector_coverage(ds, ids)
    assert len(coverage) == len(vocab.CORE_SECTORS) * len(ids)
    merged = ds.participants.merge(ds.organisations[["org_id", "sector"]], on="org_id")
    for row in coverage.itertuples():
        here = merged[(merged["initiative_id"] == row.initiative_id)
                      & (merged["sector"] == row.sector)]
        assert row.named == (not here.empty)
    lent = coverage[coverage["initiative_id"] == "lent"].set_index("sector")
    assert lent.at["cjg", "covered"] and not lent.at["jeugdzorg", "named"]


def test_a_sector_named_only_through_an_exploration_is_not_counted(ds):
    [fund] = sector_coverage(ds, ["lent"], sectors=("fonds",)).itertuples()
    assert (fund.covered, fund.named, fund.organisations) == (False, True, ("Alert4you",))
    assert fund.roles == (Role("verkenning", "under_way", False),)


def test_sectors_covered_counts_each_initiatives_covered_sectors_out_of_all(ds):
    ids = list(default_selection(ds))
    coverage = sector_coverage(ds, ids)
    counts, total = sectors_covered(coverage)
    assert total == len(vocab.CORE_SECTORS)
    assert counts == {i: int(coverage.loc[coverage["initiative_id"] == i, "covered"].sum())
                      for i in ids}


def test_profile_facts_are_the_initiatives_participants_and_figures_rows(ds):
    from dashboard.data.refs import ref
    from dashboard.topics.compare import profile_facts

    expected = {ref(table, label) for table in ("initiatives", "participants", "figures")
                for label in getattr(ds, table).index[
                    getattr(ds, table)["initiative_id"].eq("lent").fillna(False).astype(bool)]}
    assert set(profile_facts(ds, "lent")) == expected and expected


def test_a_figure_not_in_practice_never_shares_a_row_with_practice(ds):
    import dataclasses

    planned = ds.figures[(ds.figures["initiative_id"] == "assen")
                         & (ds.figures["metric"] == "schools")].assign(modality="planned",
                                                                      value=14.0)
    more = dataclasses.replace(ds, figures=pd.concat([ds.figures, planned], ignore_index=True))
    table = figure_table(more, ["assen"])
    schools = table[table["metric"] == "schools"]
    assert list(schools["modality"]) == ["in_practice", "planned"]
    assert [figures_text(cell) for cell in schools["assen"]] == ["12", "14"]
    assert metric_label("schools", None, "nl", "planned") == "Scholen (gepland, met datum)"
    assert metric_label("schools", None, "en", "in_practice") == "Schools"
