"""Frictionless validation for the tests, without its side effect on the csv module.

Loading frictionless's CSV parser raises the process-wide `csv.field_size_limit` (to many
megabytes) for good, when a Package is first made. The monitor importer's tests rely on the
standard limit to report an over-long cell as unreadable CSV, so every validation here makes its
Package itself and puts the limit back.
"""

import csv

from frictionless import Package


def package_problems(source: str | dict, basepath: str | None = None) -> list[list]:
    """Every problem frictionless finds in a package (its path, or a descriptor and the folder
    of its files): [type, row, field, note]; empty when valid."""
    limit = csv.field_size_limit()
    try:
        package = Package(source) if basepath is None else \
            Package.from_descriptor(source, basepath=basepath)
        report = package.validate()
    finally:
        csv.field_size_limit(limit)
    return report.flatten(["type", "rowNumber", "fieldName", "note"])
