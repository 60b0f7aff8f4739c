"""The benchmark's synthetic data must be valid data, or its timings mean nothing."""

from benchmarks.synthetic import SHARED_TABLES, write_synthetic
from dashboard.data import load_dataset


def test_ten_times_the_data_loads_and_has_ten_times_the_rows(ds, tmp_path):
    synthetic = load_dataset(write_synthetic(tmp_path / "x10", 10))

    for name, real in ds.tables().items():
        scaled = synthetic.tables()[name]
        expected = len(real) if name in SHARED_TABLES else 10 * len(real)
        if name == "aliases":  # plus each clone's original name where an excerpt uses it
            assert len(scaled) >= expected
        else:
            assert len(scaled) == expected, name


def test_pilot_counts_grow_with_the_pilots(ds, tmp_path):
    synthetic = load_dataset(write_synthetic(tmp_path / "x3", 3))

    declared = ds.programmes["pilot_count"].dropna()
    assert (synthetic.programmes["pilot_count"].dropna() == 3 * declared).all()


def test_case_studies_stay_the_editors_pick(ds, tmp_path):
    synthetic = load_dataset(write_synthetic(tmp_path / "x3", 3))

    assert synthetic.initiatives["case_study"].sum() == ds.initiatives["case_study"].sum()


def test_one_times_is_the_real_data(ds, tmp_path):
    synthetic = load_dataset(write_synthetic(tmp_path / "x1", 1))

    for name, real in ds.tables().items():
        assert synthetic.tables()[name].equals(real), name


def test_never_writes_into_data():
    from dashboard import config

    try:
        write_synthetic(config.DATA_DIR, 2)
    except ValueError:
        return
    raise AssertionError("write_synthetic accepted data/ as its target")
