"""Strings of the Vergelijken (compare) page and its comparison grids."""

STRINGS: dict[str, tuple[str, str]] = {
    "nav_compare": ("Vergelijken", "Compare"),
    "compare_title": ("Initiatieven naast elkaar", "Initiatives side by side"),
    "compare_intro": (
        "Hoe verschillen de initiatieven in wie er meedoet, hoe ze werken en hoe ver ze zijn? "
        "Kies twee tot vier initiatieven; standaard staan de casussen naast elkaar. Wat de "
        "bronnen niet noemen, staat er als 'niet bekend uit de bronnen' — nooit als nul.",
        "How do the initiatives differ in who takes part, how they work and how far they are? "
        "Choose two to four initiatives; by default the cases stand side by side. What "
        "the sources do not mention reads 'not known from the sources' — never zero.",
    ),
    "compare_pick": ("Initiatieven (twee tot vier)", "Initiatives (two to four)"),
    "compare_pick_help": (
        "Elk initiatief staat met zijn gemeente in de lijst. De keuze komt in de link, zodat "
        "u deze vergelijking kunt delen.",
        "Every initiative is listed with its municipality. The choice goes into the link, so "
        "you can share this comparison.",
    ),
    "compare_pick_more": (
        "Kies minstens {count} initiatieven om ze te vergelijken.",
        "Choose at least {count} initiatives to compare them.",
    ),
    "compare_too_many": (
        "Er passen er {count} naast elkaar; niet getoond: {names}.",
        "{count} fit side by side; not shown: {names}.",
    ),
    "compare_cards": ("Op een rij", "At a glance"),
    "compare_place": ("Gemeente {municipality} ({province})",
                      "Municipality of {municipality} ({province})"),
    "compare_period": ("Periode: {start} – {end}", "Period: {start} – {end}"),
    "compare_period_unknown": ("Periode: niet bekend uit de bronnen",
                               "Period: not known from the sources"),
    "compare_partners": ("Partners per sector", "Partners by sector"),
    "compare_figures": ("Kerncijfers", "Key figures"),
    "compare_link_network": ("Bekijk het netwerk", "View the network"),
    "compare_figures_header": ("Kerncijfers naast elkaar", "Key figures side by side"),
    "compare_unknown_mark": ("Alleen cijfers die minstens twee van de gekozen initiatieven hebben.",
                             "Only figures that at least two of the chosen initiatives have."),
    "compare_no_shared_figures": ("De gekozen initiatieven hebben geen kerncijfer gemeen; de cijfers van elk staan op de kaarten hierboven.",
                                  "The chosen initiatives share no key figure; each one's figures are on the cards above."),
    "compare_figures_caption": (
        "Cijfers zoals de bron ze geeft: 2–3 is een bereik ('2 à 3'), 'ca.' betekent 'rond de'. "
        "Een cijfer over een organisatie (tussen haakjes) telt mee bij het initiatief waar de "
        "bron het bij noemt.",
        "Figures as the source gives them: 2–3 is a range ('2 à 3'), 'approx.' means 'about'. A "
        "figure about an organisation (in brackets) counts for the initiative the source "
        "gives it for.",
    ),
    "compare_no_figures": (
        "Kerncijfers: niet bekend uit de bronnen voor deze initiatieven.",
        "Key figures: not known from the sources for these initiatives.",
    ),
    "compare_col_figure": ("Kerncijfer", "Key figure"),
    "compare_approach_header": ("Werkwijze", "Way of working"),
    "compare_approach_intro": (
        "Welke onderdelen van de aanpak noemen de bronnen per initiatief, en hoe zeker: in de "
        "praktijk (gevulde cirkel), gaande, gepland, voornemen, overwogen of alleen een "
        "uitgangspunt (open symbolen)? Beweeg over een punt voor het letterlijke citaat.",
        "Which elements of the approach do the sources mention per initiative, and how sure: "
        "in practice (filled circle), under way, planned, intended, considered or only a "
        "principle (hollow symbols)? Hover over a dot for the exact quote.",
    ),
    "compare_approach_caption": (
        "'Niet genoemd' betekent dat de bronnen er niets over zeggen, niet dat het ontbreekt.",
        "'Not mentioned' means the sources say nothing about it, not that it is absent.",
    ),
    "compare_approach_all_one": ("Bij alle {total} initiatieven genoemd: {approach}",
                                 "Mentioned for all {total} initiatives: {approach}"),
    "compare_approach_both_one": ("Bij beide initiatieven genoemd: {approach}",
                                  "Mentioned for both initiatives: {approach}"),
    "compare_approach_all_many": ("{count} onderdelen worden bij alle {total} initiatieven "
                                  "genoemd",
                                  "{count} elements are mentioned for all {total} initiatives"),
    "compare_approach_both_many": ("{count} onderdelen worden bij beide initiatieven genoemd",
                                   "{count} elements are mentioned for both initiatives"),
    "compare_approach_top": ("Het vaakst genoemd, bij {count} van de {total}: {approach}",
                             "Mentioned most often, for {count} of the {total}: {approach}"),
    "compare_approach_at_most": (
        "Elk onderdeel wordt bij hooguit {count} van de {total} initiatieven genoemd",
        "Each element is mentioned for at most {count} of the {total} initiatives",
    ),
    "compare_approach_unshared": ("Geen onderdeel wordt bij meer dan één initiatief genoemd",
                                  "No element is mentioned for more than one initiative"),
    "compare_no_approaches": (
        "Werkwijze: niet bekend uit de bronnen voor deze initiatieven.",
        "Way of working: not known from the sources for these initiatives.",
    ),
    "compare_col_approach": ("Onderdeel van de aanpak", "Element of the approach"),
    "compare_not_mentioned": ("Niet genoemd in de bronnen", "Not mentioned in the sources"),
    "compare_sectors_header": ("Welke sectoren werken samen?", "Which sectors work together?"),
    "compare_sectors_intro": (
        "De kernsectoren die een initiatief samenbrengt, afgeleid uit de deelnemende organisaties.",
        "The core sectors an initiative brings together, from its participating organisations.",
    ),
    "compare_sectors_count": ("{name}: {count} van {total}", "{name}: {count} of {total}"),
    "compare_sectors_nobody": ("De bronnen noemen geen deelnemers uit de kernsectoren",
                               "The sources name no participants from the core sectors"),
    "compare_sectors_none_complete": (
        "Geen initiatief brengt alle {sectors} kernsectoren samen; hooguit {most}",
        "No initiative brings all {sectors} core sectors together; at most {most}",
    ),
    "compare_sectors_all_complete": (
        "Alle {count} initiatieven brengen alle {sectors} kernsectoren samen",
        "All {count} initiatives bring all {sectors} core sectors together",
    ),
    "compare_sectors_both_complete": ("Beide initiatieven brengen alle {sectors} kernsectoren "
                                      "samen",
                                      "Both initiatives bring all {sectors} core sectors "
                                      "together"),
    "compare_sectors_only_one": ("Alleen {names} brengt alle {sectors} kernsectoren samen",
                                 "Only {names} brings all {sectors} core sectors together"),
    "compare_sectors_only_many": ("Alleen {names} brengen alle {sectors} kernsectoren samen",
                                  "Only {names} bring all {sectors} core sectors together"),
    "compare_sectors_some_complete": (
        "{complete} van de {count} initiatieven brengen alle {sectors} kernsectoren samen",
        "{complete} of the {count} initiatives bring all {sectors} core sectors together",
    ),
    "compare_sectors_caption": (
        "Een open rondje: de bronnen noemen geen deelnemer uit die sector.",
        "An open circle: the sources name no participant from that sector.",
    ),
    "compare_sector_present": ("Neemt deel", "Takes part"),
    "compare_sector_unsure": ("Genoemd, niet in praktijk of afgeleid",
                              "Named, not in practice or inferred"),
    "compare_sector_none": ("Geen deelnemer uit deze sector genoemd",
                            "No participant from this sector mentioned"),
}
