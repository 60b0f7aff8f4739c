"""Municipality codes, names and provinces checked against the CBS 2013 reference.

municipalities.csv copies CBS's codes, names and provinces by hand; a typo in a code puts a
pilot in another municipality, a wrong province on another part of the map. The reference is
the municipality list that `make geodata` derives from the CBS / Kadaster 2013 boundaries
(data/geo/, config.GEO_DIR). Read with pandas only, so loading data needs no geo libraries.
"""

import io
from pathlib import Path

import pandas as pd

from dashboard import config
from dashboard.data.errors import Problem
from dashboard.data.files import Refused, read_capped
from dashboard.data.schemas import TABLES

POINTS_FILE = "gemeente_punten_2013.csv"
COLUMNS = ("gm_code", "name", "prov_code", "province")

Frames = dict[str, pd.DataFrame]


def reference(geo_dir: Path | None = None) -> pd.DataFrame | None:
    """The CBS 2013 municipalities by gm_code (name, prov_code, province), or None when the
    reference is not there or not readable (a pipe or a device in its place included: read as
    the tables are, dashboard.data.files): then nothing is checked against it."""
    folder = Path(geo_dir or config.GEO_DIR)
    try:
        content = read_capped(folder / POINTS_FILE, folder)
        frame = pd.read_csv(io.BytesIO(content), dtype="string", keep_default_na=False,
                            encoding="utf-8")
    except (Refused, ValueError, UnicodeDecodeError):
        return None
    if not set(COLUMNS) <= set(frame.columns):
        return None
    return frame[list(COLUMNS)].drop_duplicates("gm_code").set_index("gm_code")


def check_cbs(frames: Frames, geo_dir: Path | None = None) -> list[Problem]:
    """Every row of municipalities.csv agrees with CBS 2013 (code, name, province), and every
    gm_code of any table is a CBS 2013 code. Without the reference, nothing is said."""
    cbs = reference(geo_dir)
    if cbs is None:
        return []
    problems = _municipality_rows(frames.get("municipalities"), cbs)
    for table in TABLES.values():
        frame = frames.get(table.name)
        if table.name == "municipalities" or frame is None or "gm_code" not in frame:
            continue
        for index, code in frame["gm_code"].items():
            if pd.notna(code) and code not in cbs.index:
                problems.append(Problem(table.file, int(index) + 2, "gm_code",
                                        f"{code} is not a municipality code of CBS 2013"))
    return problems


def _municipality_rows(frame: pd.DataFrame | None, cbs: pd.DataFrame) -> list[Problem]:
    if frame is None:
        return []
    file = TABLES["municipalities"].file
    code_of = dict(zip(cbs["name"], cbs.index, strict=True))
    problems = []
    for index, record in frame.iterrows():
        row, code = int(index) + 2, record["gm_code"]
        if code not in cbs.index:
            hint = (f" (CBS 2013 gives {record['name']} the code {code_of[record['name']]})"
                    if record["name"] in code_of else "")
            problems.append(Problem(file, row, "gm_code",
                                    f"{code} is not a municipality code of CBS 2013{hint}"))
            continue
        expected = cbs.loc[code]
        for column in ("name", "prov_code", "province"):
            if record[column] != expected[column]:
                problems.append(Problem(file, row, column,
                                        f"is {record[column]!r} but CBS 2013 gives {code} "
                                        f"{expected[column]!r}"))
    return problems
