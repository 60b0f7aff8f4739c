"""Importing monitor figures: every rule has its own bad file; writes are atomic, locked and
all-or-nothing. Synthetic indicator names, temporary data directories only."""

import io
import os
import threading
from pathlib import Path

import openpyxl
import pytest

from dashboard.admin import importer as imp
from dashboard.data import load_dataset
from dashboard.data.wave_validation import UNSOURCED
from tests.monitor_results import HEADER, SOURCE, UPLOAD_EXCERPT, upload_row, with_report

row = upload_row


@pytest.fixture
def data_copy(data_copy, monkeypatch):
    """The fixture copy with the test-only report registered as a source: results cite it."""
    return with_report(data_copy, monkeypatch, rows=())


def csv_bytes(*rows: str, header: str = HEADER) -> bytes:
    return ("\n".join([header, *rows]) + "\n").encode("utf-8")


def stored(data_dir: Path) -> bytes:
    return (data_dir / "monitor_indicators.csv").read_bytes()


def problems_of(data_dir: Path, content: bytes, name="upload.csv"):
    before, backups = stored(data_dir), list(data_dir.glob("backups/*"))
    result = imp.import_indicators(name, content, data_dir)
    assert not result.ok and not result.written
    assert stored(data_dir) == before  # nothing at all is written
    assert list(data_dir.glob("backups/*")) == backups
    return [(p.row, p.column, p.message) for p in result.problems]


def test_valid_file_is_added_with_a_backup(data_copy):
    before = stored(data_copy)
    result = imp.import_indicators("upload.csv", csv_bytes(row(), row("synthetic-b", "3", "2")),
                                   data_copy)
    assert result.ok and result.written
    assert list(result.added["indicator"]) == ["synthetic-a", "synthetic-b"]
    ds = load_dataset(data_copy)
    assert list(ds.monitor_indicators["value"]) == [12.5, 3.0]
    assert list(ds.monitor_indicators["n"]) == [8, 2]
    assert result.backup.parent == data_copy / "backups"
    assert result.backup.read_bytes() == before
    assert result.backup.name.startswith("monitor_indicators.")
    assert not list(data_copy.glob(".*.tmp"))


def test_dry_run_previews_and_writes_nothing(data_copy):
    before = stored(data_copy)
    result = imp.import_indicators("upload.csv", csv_bytes(row()), data_copy, dry_run=True)
    assert result.ok and not result.written and len(result.added) == 1
    assert stored(data_copy) == before


@pytest.mark.parametrize(("content", "expected"), [
    (csv_bytes(row(wave="nji-meting-9")), (2, "wave_id", "unknown wave_id")),
    (csv_bytes(row(initiative="nowhere")), (2, "initiative_id", "unknown initiative_id")),
    (csv_bytes(row(source="no-such-source")), (2, "source_id", "unknown source_id")),
    (csv_bytes(row(value="abc")), (2, "value", "is not a number")),
    (csv_bytes(row(n="1.5")), (2, "n", "is not a whole number")),
    (csv_bytes(row(n="-1")), (2, "n", "-1 is outside the plausible range 0 to 1000000")),
    (csv_bytes(row(n="1" + "0" * 15)), (2, "n", "has more than 15 digits")),
    (csv_bytes(row(n="1" + "0" * 9)), (2, "n", "1000000000 is outside the plausible range")),
    (csv_bytes(row(value="9" * 5000)), (2, "value", "has more than 15 digits")),
    (csv_bytes(row(value="1" + "0" * 308)), (2, "value", "has more than 15 digits")),
    (csv_bytes(row(value="2000000")), (2, "value", "range -1000000 to 1000000")),
    (csv_bytes(row(wave="nji-meting-2")), (2, "wave_id", "is planned: results are only added")),
    (csv_bytes(row(unit="")), (2, "unit", "value is required but empty")),
    (csv_bytes(row(), row(value="9")), (3, "wave_id, initiative_id, indicator", "duplicate key")),
    (csv_bytes(row().replace(",percent", ""), header=HEADER.replace(",unit", "")),
     (1, "unit", "required column")),
    (csv_bytes(row() + ",x"), (2, None, "has 12 cells but the header has 11")),
    (csv_bytes(row() + ",x", header=HEADER + ",extra"), (1, "extra", "unexpected column")),
    (csv_bytes(row(sep=";", value="1.234,5"), header=HEADER.replace(",", ";")),
     (2, "value", "thousands separator")),
])
def test_each_rule_rejects_its_bad_file(data_copy, content, expected):
    found = problems_of(data_copy, content)
    row_, column, message = expected
    assert any(r == row_ and c == column and message in m for r, c, m in found), found


def test_results_without_excerpts_are_refused(data_copy):
    """A result is a fact: a file in the old form, without excerpts, is refused and says why."""
    old_form = "wave_id,initiative_id,indicator,value,unit,n,source_id"
    found = problems_of(data_copy, csv_bytes(f"nji-meting-1,groningen,synthetic-a,12.5,percent,8,"
                                             f"{SOURCE}", header=old_form))
    assert (1, "evidence", UNSOURCED) in found
    assert (1, "indicator_en", "required column is missing") in found


def test_an_excerpt_must_write_the_value_and_be_in_its_report(data_copy):
    found = problems_of(data_copy, csv_bytes(row(value="13")))
    assert found == [(2, "value", "the excerpts do not contain 13 (in digits or as a Dutch "
                                  "number word)")]
    found = problems_of(data_copy, csv_bytes(row(evidence="Proefwaarde 12.5 die er niet staat")))
    assert found == [(2, "evidence", "excerpt not found in source 'proefrapport'")]


def test_a_cell_too_long_for_csv_is_a_placed_problem_not_a_crash(data_copy):
    found = problems_of(data_copy, csv_bytes(row(), row(indicator="x" * 200_000)))
    assert [(r, c) for r, c, _ in found] == [(3, None)]
    assert found[0][2].endswith("characters long; a row of at most 50 cells fits in 100,150")


def test_every_problem_is_reported_at_once(data_copy):
    found = problems_of(data_copy, csv_bytes(
        row(wave="nji-meting-9", initiative="nowhere", value="abc", n="-1", unit=""),
        row("synthetic-b", n="1.5")))
    assert {(r, c) for r, c, _ in found} == {(2, "wave_id"), (2, "initiative_id"),
                                             (2, "value"), (2, "n"), (2, "unit"), (3, "n")}


def test_rows_already_stored_are_refused(data_copy):
    assert imp.import_indicators("first.csv", csv_bytes(row()), data_copy).written
    found = problems_of(data_copy, csv_bytes(row("synthetic-new"), row(value="99")))
    assert found == [(3, "wave_id, initiative_id, indicator",
                      "this wave, initiative and indicator is already stored")]


def test_empty_and_header_only_files_are_refused(data_copy):
    assert problems_of(data_copy, b"") == [(1, None, "file is empty (no header row)")]
    assert problems_of(data_copy, csv_bytes()) == [(None, None, "the file has no data rows")]


def test_dutch_excel_csv_with_semicolons_and_decimal_commas(data_copy):
    content = csv_bytes(row(value="12,5", sep=";"), row("synthetic-b", "7", sep=";"),
                        header=HEADER.replace(",", ";"))
    result = imp.import_indicators("excel.csv", content.decode().encode("cp1252"), data_copy)
    assert result.ok and result.written
    assert any("';'" in note for note in result.notes)
    assert list(load_dataset(data_copy).monitor_indicators["value"]) == [12.5, 7.0]


def test_xlsx_workbook_is_accepted(data_copy):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER.split(","))
    sheet.append(["nji-meting-1", "groningen", "synthetic-a", "synthetic-a (en)", 12.5,
                  "percent", 8, SOURCE, UPLOAD_EXCERPT])
    sheet.append(["nji-meting-1", "assen", "synthetic-a", "synthetic-a (en)", 40, "percent", 6.0,
                  SOURCE, UPLOAD_EXCERPT])
    buffer = io.BytesIO()
    book.save(buffer)
    result = imp.import_indicators("wave.xlsx", buffer.getvalue(), data_copy)
    assert result.ok, result.problems
    frame = load_dataset(data_copy).monitor_indicators
    assert list(frame["value"]) == [12.5, 40.0] and list(frame["n"]) == [8, 6]
    assert "40,percent,6," in stored(data_copy).decode()


def test_failure_half_way_leaves_the_file_byte_identical(data_copy, monkeypatch):
    imp.import_indicators("first.csv", csv_bytes(row()), data_copy)
    before = stored(data_copy)

    def broken(*args):
        raise OSError("disk gone")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(imp.DataValidationError, match="cannot be read or written: disk gone"):
        imp.import_indicators("second.csv", csv_bytes(row("synthetic-b")), data_copy)
    assert stored(data_copy) == before
    assert not list(data_copy.glob(".*.tmp"))  # the temporary file is cleaned up


def test_concurrent_imports_both_land(data_copy):
    errors = []

    def run(indicator: str) -> None:
        try:
            result = imp.import_indicators(f"{indicator}.csv",
                                           csv_bytes(row(indicator), row(indicator, n="20",
                                                                         initiative="assen")),
                                           data_copy)
            assert result.written
        except Exception as exc:  # surfaced below; a thread's assert would be lost
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(f"synthetic-{i}",)) for i in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    indicators = load_dataset(data_copy).monitor_indicators
    assert sorted(set(indicators["indicator"])) == [f"synthetic-{i}" for i in range(3)]
    assert len(indicators) == 6


def test_command_line(data_copy, tmp_path, capsys):
    good = tmp_path / "good.csv"
    good.write_bytes(csv_bytes(row()))
    assert imp.main([str(good), "--dry-run", "--data-dir", str(data_copy)]) == 0
    out = capsys.readouterr().out
    assert "synthetic-a" in out and "dry run" in out
    assert imp.main([str(good), "--data-dir", str(data_copy)]) == 0
    assert "written to" in capsys.readouterr().out
    bad = tmp_path / "bad.csv"
    bad.write_bytes(csv_bytes(row("synthetic-b", initiative="nowhere")))
    assert imp.main([str(bad), "--data-dir", str(data_copy)]) == 1
    err = capsys.readouterr().err
    assert "bad.csv, row 2, column 'initiative_id'" in err


def test_a_file_system_fault_is_a_named_problem_and_nothing_changes(data_copy, monkeypatch):
    before = stored(data_copy)

    def full_disk(target, text):
        raise OSError(28, "No space left on device", str(target))

    monkeypatch.setattr(imp, "write_atomically", full_disk)
    with pytest.raises(imp.DataValidationError) as caught:
        imp.import_indicators("upload.csv", csv_bytes(row()), data_copy)
    assert [str(p) for p in caught.value.problems] == [
        "monitor_indicators.csv: cannot be read or written: No space left on device"]
    assert stored(data_copy) == before
    assert imp.main([str(data_copy / "nowhere.csv")]) == 2


def test_an_indicator_that_only_looks_like_a_stored_one_is_refused(data_copy):
    """A Cyrillic 'о', a zero-width space or a Greek capital would make a second series that
    looks exactly like the first; decomposed accents are the stored indicator itself."""
    assert imp.import_indicators("first.csv", csv_bytes(row("Score samenwerking")),
                                 data_copy).written
    found = problems_of(data_copy, csv_bytes(row("Sc\u043ere samenwerking", initiative="assen"),
                                             row("Score\u200b samenwerking", initiative="lent")))
    assert found == [
        (2, "indicator", "looks like the stored indicator 'Score samenwerking' (differs by "
                         "U+043E (CYRILLIC SMALL LETTER O)); write it as that one, or so that "
                         "the difference can be seen"),
        (2, "indicator_en", "looks like the stored indicator_en 'Score samenwerking (en)' "
                            "(differs by U+043E (CYRILLIC SMALL LETTER O)); write it as that "
                            "one, or so that the difference can be seen"),
        (3, "indicator", "looks like the stored indicator 'Score samenwerking' (differs by "
                         "U+200B (ZERO WIDTH SPACE)); write it as that one, or so that the "
                         "difference can be seen"),
        (3, "indicator_en", "looks like the stored indicator_en 'Score samenwerking (en)' "
                            "(differs by U+200B (ZERO WIDTH SPACE)); write it as that one, or "
                            "so that the difference can be seen"),
    ]


def test_decomposed_accents_are_the_stored_indicator(data_copy):
    assert imp.import_indicators("first.csv", csv_bytes(row("Scor\u00e9")), data_copy).written
    found = problems_of(data_copy, csv_bytes(row("Score\u0301")))
    assert found == [(2, "wave_id, initiative_id, indicator",
                      "this wave, initiative and indicator is already stored")]
    assert imp.import_indicators("second.csv", csv_bytes(row("Score\u0301", initiative="lent")),
                                 data_copy).written
    assert stored(data_copy).decode().count("Scor\u00e9,") == 2


def test_names_within_one_upload_that_only_look_alike_are_refused(data_copy):
    found = problems_of(data_copy, csv_bytes(row("Score"), row("Sc\u043ere", initiative="lent"),
                                             row("Rang", unit="p\u0435rcent")))
    assert found == [
        (3, "indicator", "looks like indicator 'Score' in row 2 (differs by U+043E (CYRILLIC "
                         "SMALL LETTER O)); write it as that one, or so that the difference "
                         "can be seen"),
        (3, "indicator_en", "looks like indicator_en 'Score (en)' in row 2 (differs by U+043E "
                            "(CYRILLIC SMALL LETTER O)); write it as that one, or so that the "
                            "difference can be seen"),
        (4, "unit", "looks like unit 'percent' in row 2 (differs by U+0435 (CYRILLIC SMALL "
                    "LETTER IE)); write it as that one, or so that the difference can be seen"),
    ]


def test_an_invisible_or_mixed_script_name_nothing_resembles_is_refused(data_copy):
    found = problems_of(data_copy, csv_bytes(row("Nieuw\u00ad"),
                                             row("Rang", unit="p\u0435rcentage")))
    assert found == [
        (2, "indicator", "holds U+00AD (SOFT HYPHEN), which draws nothing; remove it"),
        (2, "indicator_en", "holds U+00AD (SOFT HYPHEN), which draws nothing; remove it"),
        (3, "unit", "mixes Latin letters with U+0435 (CYRILLIC SMALL LETTER IE), which looks "
                    "like a Latin letter; type the word with a Latin keyboard"),
    ]
