"""The data contract: schemas, loading, and every check that can refuse data.

The bottom layer: it imports nothing else of the dashboard (no words, no Streamlit), so a
notebook, a build step and the app all read the same validated tables.
"""

from dashboard.data.dataset import (
    Dataset,
    data_version,
    initiative_names,
    load_dataset,
    organisation_names,
)
from dashboard.data.errors import DataValidationError, Problem

__all__ = ["DataValidationError", "Dataset", "Problem", "data_version", "initiative_names",
           "load_dataset", "organisation_names"]
