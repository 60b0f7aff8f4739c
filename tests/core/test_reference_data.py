"""The dataset's places agree with the CBS / Kadaster 2013 boundaries it is drawn on."""

from dashboard.core.geodata import load_municipalities, load_municipality_points


def test_every_municipality_exists_in_cbs_2013_with_its_name_and_province(ds):
    cbs = load_municipalities().set_index("gm_code")
    for record in ds.municipalities.itertuples():
        assert cbs.at[record.gm_code, "name"] == record.name
        assert cbs.at[record.gm_code, "prov_code"] == record.prov_code
        assert cbs.at[record.gm_code, "province"] == record.province


def test_municipality_precision_coordinates_are_the_cbs_representative_point(ds):
    """A location whose source names only its municipality sits at a derived, not guessed, point."""
    points = load_municipality_points().set_index("gm_code")
    approximate = ds.locations[ds.locations["coord_precision"] == "municipality"]
    assert len(approximate) > 0
    for record in approximate.itertuples():
        assert round(float(record.lat), 5) == points.at[record.gm_code, "lat"]
        assert round(float(record.lon), 5) == points.at[record.gm_code, "lon"]


def test_every_referenced_municipality_is_listed(ds):
    used = set()
    for frame in (ds.initiatives, ds.organisations, ds.locations, ds.events):
        used |= set(frame["gm_code"].dropna())
    assert used <= set(ds.municipalities["gm_code"])
