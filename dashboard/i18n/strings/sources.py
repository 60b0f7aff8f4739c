"""Strings of the Bronnen (sources) page."""

STRINGS: dict[str, tuple[str, str]] = {
    "sources_title": ("Bronnen: waar elk feit vandaan komt", "Sources: where every fact comes from"),
    "sources_intro": (
        "Hieronder elke bron met het aantal feiten eruit, alle gegevens als open data, en een "
        "zoekfunctie over alle feiten en hun citaten.",
        "Below: each source with the number of facts taken from it, all data as open data, and "
        "a search over every fact and its excerpt.",
    ),
    "sources_publisher": ("Uitgever", "Publisher"),
    "sources_published": ("Verschenen", "Published"),
    "sources_file": ("Bestand", "File"),
    "sources_fact_count": ("Feiten uit deze bron", "Facts from this source"),
    "sources_search": ("Zoek in feiten en citaten", "Search facts and excerpts"),
    "sources_filter_source": ("Bron", "Source"),
    "sources_filter_table": ("Soort gegeven", "Kind of data"),
    "sources_facts": ("{count} feiten", "{count} facts"),
    "sources_facts_one": ("{count} feit", "{count} fact"),
    "sources_first_rows": ("De eerste {shown} van {count} feiten; zoek of filter om de rest te vinden.", "The first {shown} of {count} facts; search or filter to find the rest."),
    "sources_package_title": ("De hele dataset als open data", "The whole dataset as open data"),
    "sources_package_intro": (
        "Eén zip met alle tabellen (CSV), een Frictionless Data Package (datapackage.json) met kolommen, typen, sleutels en verwijzingen, het gegevenswoordenboek en de bronvermelding. Een licentie is niet vermeld.",
        "One zip with every table (CSV), a Frictionless Data Package (datapackage.json) with columns, types, keys and references, the data dictionary and the attribution. No licence is stated.",
    ),
    "sources_package_download": ("Download de dataset (zip)", "Download the dataset (zip)"),
    "sources_none": ("Geen feiten gevonden voor deze zoekopdracht.", "No facts match this search."),
}
