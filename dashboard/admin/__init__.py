"""The curators' write path: upload, validation of an upload, import, storage and its brake."""
