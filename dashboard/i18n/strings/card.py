"""Strings of the shared chart/table card."""

STRINGS: dict[str, tuple[str, str]] = {
    "card_tab_chart": ("Grafiek", "Chart"),
    "card_tab_table": ("Tabel", "Table"),
    "card_tab_facts": ("Hoe weten we dit?", "How do we know?"),
    "full_screen": ("Volledig scherm", "Full screen"),
    "card_download_csv": ("CSV", "CSV"),
    "card_download_xlsx": ("Excel", "Excel"),
    "card_download_help": ("Download de tabel, met bij elke rij de bronnen en de letterlijke citaten.", "Download the table, with each row's sources and verbatim quotes."),
    "card_facts": ("De feiten hierachter", "The facts behind this"),
    "unknown_mark_legend": ("– betekent: niet bekend uit de bronnen.", "– means: not known from the sources."),
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
