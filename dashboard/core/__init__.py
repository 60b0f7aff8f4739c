"""Pure-Python data layer: schemas, loading, validation and derived tables (no Streamlit)."""

from dashboard.core.dataset import (
    Dataset,
    data_version,
    initiative_names,
    load_dataset,
    organisation_names,
)
from dashboard.core.errors import DataValidationError, Problem

__all__ = ["DataValidationError", "Dataset", "Problem", "data_version", "initiative_names",
           "load_dataset", "organisation_names"]
