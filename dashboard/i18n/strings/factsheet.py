"""Strings of the printable factsheet per initiative (dashboard.viz.factsheet)."""

STRINGS: dict[str, tuple[str, str]] = {
    "factsheet_title": ("Factsheet: {name}", "Factsheet: {name}"),
    "factsheet_kicker": ("Factsheet", "Factsheet"),
    "factsheet_kind": ("Soort", "Kind"),
    "factsheet_place": ("Plaats", "Place"),
    "factsheet_municipality": ("Gemeente", "Municipality"),
    "factsheet_province": ("Provincie", "Province"),
    "factsheet_status": ("Status (bij verschijnen van de bron)", "Status (when the source appeared)"),
    "factsheet_period": ("Periode", "Period"),
    "factsheet_period_value": ("{start} – {end}", "{start} – {end}"),
    "factsheet_programme": ("Programma", "Programme"),
    "factsheet_narrative": ("tekst van de nieuwsbrief (geen citaat)",
                            "the newsletter's own text (not a quotation)"),
    "factsheet_no_programme": ("Geen programma genoemd in de bronnen", "No programme named in the sources"),
    "factsheet_summary": ("Samenvatting", "Summary"),
    "factsheet_figures": ("Kerncijfers", "Key figures"),
    "factsheet_col_metric": ("Kenmerk", "Measure"),
    "factsheet_col_value": ("Waarde", "Value"),
    "factsheet_col_about": ("Over", "About"),
    "factsheet_partners": ("Partners", "Partners"),
    "factsheet_col_organisation": ("Organisatie", "Organisation"),
    "factsheet_generic": ("soort organisatie; de bron noemt geen naam", "type of organisation; the source gives no name"),
    "factsheet_approach": ("Aanpak", "Approach"),
    "factsheet_col_element": ("Onderdeel", "Element"),
    "factsheet_timeline": ("Tijdlijn", "Timeline"),
    "factsheet_source_line": ("Bronnen:", "Sources:"),
    "factsheet_appendix": ("Bijlage: het programma, tijdlijn, uitspraken en de citaten uit de "
                           "bronnen",
                           "Appendix: the programme, timeline, statements and the excerpts from "
                           "the sources"),
    "factsheet_col_event": ("Gebeurtenis", "Event"),
    "factsheet_initiative_start": ("Start van het initiatief", "Start of the initiative"),
    "factsheet_initiative_end": ("Einde van het initiatief", "End of the initiative"),
    "factsheet_planned": ("gepland (volgens de bron)", "planned (per the source)"),
    "factsheet_statements": ("Uitspraken en activiteiten", "Statements and activities"),
    "factsheet_col_topic": ("Onderwerp", "Topic"),
    "factsheet_col_statement": ("In het kort (eigen woorden)", "In short (our own words)"),
    "factsheet_col_speaker": ("Wie", "Who"),
    "factsheet_programme_heading": ("Over het programma {name}", "About the programme {name}"),
    "factsheet_programme_heading_inferred": ("Over het programma {name} (lidmaatschap afgeleid)",
                                             "About the programme {name} (membership inferred)"),
    "factsheet_programme_section": ("Over het programma", "About the programme"),
    "factsheet_programme_about": (
        "Wat de bronnen over het programma als geheel zeggen, niet over {initiative} zelf. Dat "
        "{initiative} bij het programma hoort, is {basis}.",
        "What the sources say about the programme as a whole, not about {initiative} itself. "
        "That {initiative} belongs to the programme is {basis}.",
    ),
    "factsheet_programme_empty": ("De bronnen zeggen niets over het programma als geheel.",
                                  "The sources say nothing about the programme as a whole."),
    "factsheet_programme_summary": ("Wat het programma is", "What the programme is"),
    "factsheet_programme_waves": ("Metingen van de monitor van het programma",
                                  "The programme's monitor waves"),
    "factsheet_programme_relations": ("Relaties op programmaniveau", "Ties at programme level"),
    "factsheet_programme_timeline": ("Gebeurtenissen in het programma", "Events in the programme"),
    "factsheet_programme_statements": ("Uitspraken en activiteiten over het programma",
                                       "Statements and activities about the programme"),
    "factsheet_col_from": ("Organisatie", "Organisation"),
    "factsheet_col_relation": ("Relatie", "Tie"),
    "factsheet_col_to": ("Met", "With"),
    "factsheet_sources": ("Bronnen en bewijs", "Sources and evidence"),
    "factsheet_sources_intro": (
        "Elk feit op dit blad komt uit een van deze bronnen; het nummer tussen haken verwijst ernaar. "
        "Onder elke bron staan de letterlijke citaten die de feiten op dit blad onderbouwen.",
        "Every fact on this sheet comes from one of these sources; the number in brackets refers to "
        "it. Below each source are the exact excerpts that support the facts on this sheet.",
    ),
    "factsheet_published": ("verschenen {date}", "published {date}"),
    "factsheet_no_evidence": ("Geen citaat op dit blad.", "No excerpt on this sheet."),
    "factsheet_note": (
        "Samengesteld uit de gegevens van het BSO-dashboard. Samenvattingen zijn in eigen woorden; "
        "citaten staan letterlijk in de bron. Wat de bronnen niet zeggen, staat er als "
        "‘niet bekend uit de bronnen’.",
        "Compiled from the data of the BSO dashboard. Summaries are in our own words; excerpts "
        "are quoted exactly from the source. Whatever the sources do not say is shown as "
        "‘not known from the sources’.",
    ),
    "factsheet_generated": ("Gemaakt op {date}.", "Generated on {date}."),
    "factsheet_button": ("Factsheet (afdrukbaar)", "Factsheet (printable)"),
    "factsheet_button_help": (
        "Eén pagina over dit initiatief om te printen (A4), met bronnen en citaten.",
        "One printable page (A4) about this initiative, with sources and excerpts.",
    ),
}
