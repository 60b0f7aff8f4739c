"""Strings of the Tijdlijn (timeline) page and its figure builder."""

STRINGS: dict[str, tuple[str, str]] = {
    "nav_timeline": ("Tijdlijn", "Timeline"),
    "timeline_title": ("Hoe ver is elk initiatief?", "How far along is each initiative?"),
    "timeline_intro": (
        "De looptijd van de initiatieven en wat er gebeurde of gepland stond, zoals de bronnen "
        "het vertellen. Een datum die alleen tot op de maand of het jaar bekend is, staat als "
        "een lichte band over die maand of dat jaar, met een ruit in het midden. Wat (nog) niet "
        "heeft plaatsgevonden – gepland of gaande – is een open symbool; wat na de "
        "gegevensdatum gepland staat is gearceerd.",
        "How long the initiatives run and what happened or was planned, as the sources tell "
        "it. A date known only to the month or year is a light band across that month or year, "
        "with a diamond in the middle. What has not (yet) taken place – planned or under way – "
        "is a hollow symbol; what is planned after the data date is hatched.",
    ),
    "timeline_month_known": ("maand bekend", "month known"),
    "timeline_year_known": ("alleen jaar bekend", "only the year known"),
    "timeline_hover_start": ("Begin: {date}", "Start: {date}"),
    "timeline_hover_end": ("Einde: {date}", "End: {date}"),
    "timeline_open_end": (
        "niet bekend uit de bronnen; open getekend tot de gegevensdatum ({date})",
        "not known from the sources; drawn open up to the data date ({date})",
    ),
    "timeline_open": ("open", "open"),
    "timeline_no_start": ("begin niet bekend", "start not known"),
    "timeline_not_yet_planned": ("gepland", "planned"),
    "timeline_not_yet_under_way": ("gaande", "under way"),
    "timeline_not_yet_intended": ("voornemen", "intended"),
    "timeline_not_yet_considered": ("overwogen", "considered"),
    "timeline_not_yet_principle": ("uitgangspunt", "principle"),
    "timeline_legend_span": ("Looptijd initiatief", "Initiative period"),
    "timeline_legend_open": ("Einde niet bekend", "End not known"),
    "timeline_legend_band": ("Maand of jaar bekend", "Month or year known"),
    "timeline_legend_wave": ("Meting NJI-monitor", "NJI monitor wave"),
    "timeline_legend_event": ("Gebeurtenis", "Event"),
    "timeline_lane_context": ("Beleid en programma (context)", "Policy and programme (context)"),
    "timeline_lane_monitor": ("NJI-monitor", "NJI monitor"),
    "timeline_filter_initiatives": ("Initiatief", "Initiative"),
    "timeline_filter_municipalities": ("Gemeente", "Municipality"),
    "timeline_filter_kinds": ("Soort gebeurtenis", "Kind of event"),
    "timeline_grouping": ("Rijen per", "Rows per"),
    "timeline_grouping_initiative": ("initiatief", "initiative"),
    "timeline_grouping_municipality": ("gemeente", "municipality"),
    "timeline_show_waves": ("Metingen van de monitor tonen", "Show monitor waves"),
    "timeline_show_whole": ("Hele periode tonen", "Show the whole period"),
    "timeline_show_whole_help": (
        "De as opent op de jaren waarin de initiatieven lopen; dit zet ook eerdere context op "
        "dezelfde as.",
        "The axis opens on the years the initiatives run; this puts earlier context on the same "
        "axis too.",
    ),
    "timeline_at_edge": (
        "Wat buiten de jaren van de initiatieven valt ({count}), staat met zijn jaartal aan de "
        "rand van de as; ‘Hele periode tonen’ zet alles op één as.",
        "What falls outside the years the initiatives run ({count}) is marked with its year at "
        "the edge of the axis; ‘Show the whole period’ puts everything on one axis.",
    ),
    "timeline_only_events_one": ("Geen initiatief in deze keuze, alleen één gebeurtenis",
                                 "No initiative in this choice, only one event"),
    "timeline_only_events_many": ("Geen initiatief in deze keuze, alleen {count} gebeurtenissen",
                                  "No initiative in this choice, only {count} events"),
    "timeline_none_dated_one": ("De looptijd van {name} is niet bekend",
                                "The period of {name} is not known"),
    "timeline_none_dated_many": ("Van geen van de {count} initiatieven is de looptijd bekend",
                                 "None of the {count} initiatives has a known period"),
    "timeline_one_period": ("{name}: van {start} tot {end}", "{name}: from {start} to {end}"),
    "timeline_one_since": ("{name}: sinds {start}, einde niet bekend",
                           "{name}: since {start}, end not known"),
    "timeline_one_until": ("{name}: tot {end}, begin niet bekend",
                           "{name}: until {end}, start not known"),
    "timeline_all_dated": ("Van alle {count} initiatieven is de looptijd bekend",
                           "All {count} initiatives have a known period"),
    "timeline_only_dated_one": (
        "Alleen van {names} is de looptijd bekend, van het andere initiatief niet",
        "Period known only for {names}, not for the other initiative",
    ),
    "timeline_only_dated_many": (
        "Alleen van {names} is de looptijd bekend, van {count} andere niet",
        "Period known only for {names}, not for {count} others",
    ),
    "timeline_some_dated": ("Van {dated} van de {count} initiatieven is de looptijd bekend",
                            "{dated} of the {count} initiatives have a known period"),
    "timeline_kind_span": ("Looptijd initiatief", "Initiative period"),
    "timeline_more_here": ("en nog {count} op deze plek", "and {count} more at this spot"),
    "timeline_lanes_drawn": ("Getekend zijn de eerste {shown} van {count} rijen; kies in het filter om andere te zien. De tabel noemt alles.", "Drawn are the first {shown} of {count} rows; use the filter to see others. The table lists everything."),
    "timeline_chart_caption": (
        "Stippellijn: de gegevensdatum (de verschijning van de nieuwste bron). Een open einde "
        "vervaagt tot die datum en eindigt in een pijl met 'open'; er wordt geen einddatum "
        "bedacht.",
        "Dotted line: the data date (when the newest source appeared). An open end fades out "
        "up to that date and ends in an arrow marked 'open'; no end date is made up.",
    ),
    "timeline_undated": (
        "Looptijd niet bekend uit de bronnen (niet getekend): {names}",
        "Period not known from the sources (not drawn): {names}",
    ),
    "timeline_nothing": (
        "Bij deze keuze is er niets te tonen. Maak het filter ruimer.",
        "Nothing to show for this choice. Widen the filter.",
    ),
    "timeline_events": ("Getoonde gebeurtenissen ({count})", "Events shown ({count})"),
    "timeline_col_title": ("Gebeurtenis", "Event"),
    "timeline_col_initiative": ("Initiatief", "Initiative"),
    "timeline_col_note": ("Toelichting datum", "Note on the date"),
}
