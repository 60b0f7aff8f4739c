"""Strings of the shared chart/table card."""

STRINGS: dict[str, tuple[str, str]] = {
    "card_table": ("Tabel bij deze grafiek", "Table for this chart"),
    "card_download_csv": ("Download CSV", "Download CSV"),
    "card_download_xlsx": ("Download Excel", "Download Excel"),
    "card_first_rows": ("De eerste {shown} van {count} rijen; de downloads bevatten ze allemaal.", "The first {shown} of {count} rows; the downloads hold them all."),
}
