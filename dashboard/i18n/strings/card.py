"""Strings of the shared chart/table card."""

STRINGS: dict[str, tuple[str, str]] = {
    "card_table": ("Tabel bij deze grafiek", "Table for this chart"),
    "full_screen": ("Volledig scherm", "Full screen"),
    "card_download_csv": ("Download CSV", "Download CSV"),
    "card_download_xlsx": ("Download Excel", "Download Excel"),
    "card_where_from": ("Waar komt dit vandaan?", "Where does this come from?"),
    "card_sheet_data": ("Gegevens", "Data"),
    "card_sheet_evidence": ("Bronnen", "Sources"),
    "col_shown": ("Getoond", "Shown"),
    "col_shown_on": ("Te zien op", "Shown on"),
    "col_inferred": ("Afgeleid", "Inferred"),
    "col_fact_ref": ("Vindplaats (tabel:regel)", "Where in the data (table:line)"),
    "col_row_sources": ("Bronnen van deze rij", "Sources of this row"),
    "col_row_excerpts": ("Fragmenten van deze rij", "Excerpts of this row (quotes, in Dutch)"),
    "inferred_yes": ("ja, afgeleid", "yes, inferred"),
    "table_scrolls": ("{count} rijen: scroll in de tabel om ze allemaal te zien.", "{count} rows: scroll within the table to see them all."),
    "card_first_rows": ("De eerste {shown} van {count} rijen; de downloads bevatten ze allemaal.", "The first {shown} of {count} rows; the downloads hold them all."),
}
