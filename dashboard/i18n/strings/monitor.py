"""Strings of the Monitor page."""

STRINGS: dict[str, tuple[str, str]] = {
    "monitor_waves_listed": ("De bevindingen van de eerste {shown} van {count} metingen; de tabel bij de grafiek noemt alle metingen.", "The findings of the first {shown} of {count} waves; the table with the chart lists every wave."),
    "nav_monitor": ("Monitor", "Monitor"),
    "monitor_title": ("Wat vond de monitor?", "What did the monitor find?"),
    "monitor_intro": (
        "Het NJI houdt een monitoronderzoek onder alle projecten van Alert4you in de BSO. Hier "
        "staan de metingen en wat de bronnen over de uitkomsten vertellen; alleen wat de bronnen "
        "met de monitor verbinden.",
        "The NJI runs a monitoring study among all projects of Alert4you in de BSO. Here are its "
        "waves and what the sources tell about the results; only what the sources tie to the "
        "monitor.",
    ),
    "monitor_waves_done_none": ("Nog geen meting afgerond", "No wave completed yet"),
    "monitor_waves_done_one": ("Eén meting afgerond ({date})", "One wave completed ({date})"),
    "monitor_waves_done_many": ("{count} metingen afgerond, de laatste in {date}",
                                "{count} waves completed, the latest in {date}"),
    "monitor_waves_next_one": ("de volgende gepland in {date}", "the next planned for {date}"),
    "monitor_waves_first_one": ("de eerste gepland in {date}", "the first planned for {date}"),
    "monitor_waves_next_many": ("{count} gepland, de eerste in {date}",
                                "{count} planned, the first for {date}"),
    "monitor_waves_none": ("De bronnen noemen nog geen metingen",
                           "The sources do not mention any wave yet"),
    "monitor_findings": ("Uitkomsten per meting", "Findings per wave"),
    "monitor_wave_heading": ("{name} ({status}) — {date}", "{name} ({status}) — {date}"),
    "monitor_no_findings": (
        "De bronnen noemen nog geen uitkomsten van deze meting.",
        "The sources do not yet mention findings of this wave.",
    ),
    "monitor_no_findings_in_words": (
        "De bronnen beschrijven de uitkomsten van deze meting niet in woorden; wel in cijfers.",
        "The sources do not describe the findings of this wave in words; they do in figures.",
    ),
    "ratings": ("Oordelen", "Ratings"),
    "ratings_caption": (
        "De schaal loopt van links (laagst) naar rechts (hoogst): {levels}. Alleen de oordelen "
        "die de bronnen geven staan erop.",
        "The scale runs from left (lowest) to right (highest): {levels}. Only the ratings the "
        "sources give are shown.",
    ),
    "ratings_subjects": ("{count} onderwerpen", "{count} subjects"),
    "ratings_one": ("{subject}: beoordeeld als {rating}", "{subject}: rated ‘{rating}’"),
    "ratings_same": ("{subject}: alle {count} oordelen zijn {rating}",
                             "{subject}: all {count} ratings are ‘{rating}’"),
    "ratings_range": ("{subject}: oordelen van {lowest} tot {highest}",
                              "{subject}: ratings from ‘{lowest}’ to ‘{highest}’"),
    "monitor_no_ratings": ("De bronnen geven geen oordelen.", "The sources give no ratings."),
    "monitor_col_location": ("Locatie", "Location"),
    "monitor_col_subject": ("Onderwerp", "Subject"),
    "monitor_col_rating": ("Oordeel", "Rating"),
    "monitor_col_rated_by": ("Gegeven door", "Given by"),
    "monitor_col_note": ("Toelichting", "Note"),
    "monitor_indicators": ("Cijfers per initiatief en meting", "Figures per initiative and wave"),
    "monitor_no_indicators": (
        "De bronnen publiceren nog geen cijfermatige uitkomsten van de monitor. Zodra de "
        "programmaleider cijfers van een meting toevoegt, staan ze hier.",
        "The sources do not publish any numeric monitor results yet. As soon as the programme "
        "leader adds the figures of a wave, they appear here.",
    ),
    "monitor_indicators_caption": (
        "Waarden die op minder dan 5 respondenten rusten, worden niet getoond (\"< 5\"), om "
        "kinderen niet herkenbaar te maken.",
        "Values based on fewer than 5 respondents are not shown (\"< 5\"), so that no child "
        "can be recognised.",
    ),
    "monitor_suppressed_count": (
        "{count} waarde(n) niet getoond: minder dan 5 respondenten.",
        "{count} value(s) not shown: fewer than 5 respondents.",
    ),
    "monitor_suppressed_value": ("niet getoond: minder dan 5 antwoorden",
                                 "not shown: fewer than 5 responses"),
    "monitor_suppressed_excerpt": ("waarde en citaat niet getoond: minder dan 5 antwoorden",
                                   "value and excerpt not shown: fewer than 5 responses"),
    "monitor_result_value": ("{value} {unit} (n = {n})", "{value} {unit} (n = {n})"),
    "monitor_result_line": ("{initiative}: {indicator} — {value}",
                            "{initiative}: {indicator} — {value}"),
    "monitor_wave_results": ("Cijfers van deze meting", "Figures of this wave"),
    "monitor_col_wave": ("Meting", "Wave"),
    "monitor_col_indicator": ("Indicator", "Indicator"),
    "monitor_col_value": ("Waarde", "Value"),
    "monitor_col_unit": ("Eenheid", "Unit"),
    "monitor_col_n": ("n (respondenten)", "n (respondents)"),
}
