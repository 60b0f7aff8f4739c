"""Strings shared by the shell and several pages."""

STRINGS: dict[str, tuple[str, str]] = {
    "unknown": ("niet bekend uit de bronnen", "not known from the sources"),
    # A state that a later source updated says which source it follows (facts over time).
    "according_to": ("volgens {source} ({date})", "according to {source} ({date})"),
    "earlier_state": ("eerder: {state} — {according}", "earlier: {state} — {according}"),
    "figure_approx": ("ca.", "approx."),
    # The sources are Dutch and are quoted as written: in English, a quote says it is Dutch.
    "quotes_in_dutch": ("Letterlijke citaten", "Exact quotes, in Dutch"),
    "quote_marked": ("“{quote}”", "“{quote}” (quote, in Dutch)"),
    "list_and": ("{rest} en {last}", "{rest} and {last}"),
    "list_or": ("{rest} of {last}", "{rest} or {last}"),
    "app_title": ("BSO-pilots en verwante initiatieven", "BSO pilots and related initiatives"),
    "language": ("Taal", "Language"),
    "data_version": ("Gegevens t/m {date}", "Data up to {date}"),
    "source_prefix": ("Bron", "Source"),
    "sources_prefix": ("Bronnen", "Sources"),
    "nav_overview": ("Overzicht", "Overview"),
    "nav_sources": ("Bronnen", "Sources"),
    "data_error_title": ("De gegevens konden niet worden geladen", "The data could not be loaded"),
    "data_error_body": (
        "Er zijn {count} problemen gevonden in de gegevensbestanden. Er is niets gewijzigd; "
        "herstel de genoemde cellen en laad de pagina opnieuw.",
        "{count} problems were found in the data files. Nothing was changed; fix the cells "
        "listed and reload the page.",
    ),
    "data_error_body_one": (
        "Er is {count} probleem gevonden in de gegevensbestanden. Er is niets gewijzigd; "
        "herstel de genoemde cel en laad de pagina opnieuw.",
        "{count} problem was found in the data files. Nothing was changed; fix the cell "
        "listed and reload the page.",
    ),
    "bad_query": (
        "In de link is bij '{param}' niet bruikbaar en genegeerd: {value}.",
        "Not usable in the link for '{param}', and ignored: {value}.",
    ),
    "bad_query_more": (
        "In de link is bij '{param}' niet bruikbaar en genegeerd: {value} en nog {more}.",
        "Not usable in the link for '{param}', and ignored: {value} and {more} more.",
    ),
    "choose_options": ("Alles (kies om te filteren)", "All (choose to filter)"),
    "col_file": ("Bestand", "File"),
    "col_row": ("Rij", "Row"),
    "col_column": ("Kolom", "Column"),
    "col_problem": ("Probleem", "Problem"),
    "col_name": ("Naam", "Name"),
    "col_sector": ("Sector", "Sector"),
    "col_count": ("Aantal", "Count"),
    "col_municipality": ("Gemeente", "Municipality"),
    "col_province": ("Provincie", "Province"),
    "col_initiatives": ("Initiatieven", "Initiatives"),
    "col_kind": ("Soort", "Kind"),
    "col_evidence": ("Bewijs (letterlijk citaat)", "Evidence (exact quote, in Dutch)"),
    "col_source": ("Bron", "Source"),
    "col_table": ("Tabel", "Table"),
    "col_fact": ("Feit", "Fact"),
    "col_date": ("Datum", "Date"),
    "col_status": ("Status", "Status"),
    "col_modality": ("Hoe zeker", "How certain"),
    "col_role": ("Rol", "Role"),
    "col_period": ("Periode", "Period"),
}
