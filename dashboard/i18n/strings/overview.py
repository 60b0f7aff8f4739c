"""Strings of the Overzicht (home) page."""

STRINGS: dict[str, tuple[str, str]] = {
    "overview_title": ("BSO-pilots en verwante initiatieven in één oogopslag",
                       "BSO pilots and related initiatives at a glance"),
    "overview_intro": (
        "BSO-pilots en praktijkvoorbeelden waarin kinderopvang of BSO samenwerkt met jeugdzorg, "
        "scholen of het CJG, en de andere initiatieven die dezelfde nieuwsbrieven noemen: "
        "experimenten van scholen met dagarrangementen en gemeentelijke koplopers van Alert4you. "
        "Alles hieronder komt uit de bronnen op de pagina Bronnen; wat daar niet in staat, tonen "
        "we als onbekend, en wat alleen is afgeleid, heet afgeleid.",
        "BSO pilots and cases in which childcare or BSO works with youth care, schools or the "
        "youth and family centre (CJG), and the other initiatives the same newsletters name: "
        "schools' experiments with day programmes and municipal front-runners of Alert4you. "
        "Everything below comes from the sources listed on the Sources page; whatever they do "
        "not say is shown as unknown, and whatever is only inferred is called inferred.",
    ),
    "overview_current": ("Stand van de gegevens: {date}, de datum van de nieuwste van {count} bronnen.",
                         "Data as of {date}, the date of the newest of {count} sources."),
    "overview_current_one": ("Stand van de gegevens: {date}, de datum van de enige bron.",
                             "Data as of {date}, the date of the only source."),
    "overview_core": ("Kern", "In short"),
    "core_pilots": ("Het programma telt {declared} BSO-pilots: {known}, en de andere {unidentified} noemen de bronnen niet.",
                    "The programme has {declared} BSO pilots: {known}, and the sources do not name the other {unidentified}."),
    "core_pilots_all": ("Het programma telt {declared} BSO-pilots: {known}.",
                        "The programme has {declared} BSO pilots: {known}."),
    "core_pilots_undeclared": ("Hoeveel BSO-pilots het programma telt, zeggen de bronnen niet: {known}.",
                               "How many BSO pilots the programme has, the sources do not say: {known}."),
    "core_pilots_stated": ("{count} noemen de bronnen als pilot", "the sources name {count} as a pilot"),
    "core_pilots_inferred": ("{count} zijn uit de bronnen afgeleid", "{count} are inferred from them"),
    "core_pilots_inferred_one": ("{count} is uit de bronnen afgeleid", "{count} is inferred from them"),
    "core_reach": ("De bronnen noemen {organisations} organisaties; de initiatieven liggen in {municipalities} gemeenten, en wat de bronnen beschrijven loopt van {first} tot {last}.",
                   "The sources name {organisations} organisations; the initiatives are in {municipalities} municipalities, and what the sources describe runs from {first} to {last}."),
    "metric_pilots_declared": ("BSO-pilots in het programma", "BSO pilots in the programme"),
    "metric_pilots_identified": ("Daarvan te herkennen in de bronnen",
                                 "Of which identifiable in the sources"),
    "metric_pilots_identified_help": (
        "{stated} expliciet als pilot genoemd, {inferred} afgeleid uit de bron",
        "{stated} explicitly named as a pilot, {inferred} inferred from the source",
    ),
    "metric_pilots_identified_inferred": ("waarvan {count} afgeleid", "{count} of them inferred"),
    "metric_pilots_unidentified": ("Nog niet geïdentificeerd", "Not yet identified"),
    "metric_pilots_unidentified_help": (
        "De bronnen noemen het aantal, maar niet welke pilots het zijn. Ze kunnen als "
        "gegevens worden toegevoegd zodra een bron ze noemt.",
        "The sources give the number but not which pilots they are. They can be added as data "
        "once a source names them.",
    ),
    "metric_organisations": ("Organisaties", "Organisations"),
    "metric_municipalities": ("Gemeenten", "Municipalities"),
    "metric_period": ("Periode in de bronnen", "Period in the sources"),
    "overview_cases": ("Praktijkvoorbeelden", "Cases"),
    "overview_factsheets": ("Factsheet van elk initiatief", "A factsheet for every initiative"),
    "overview_factsheets_intro": (
        "Elk initiatief uit de bronnen heeft een factsheet, ook als het geen praktijkvoorbeeld "
        "is. Wat de bronnen niet zeggen, staat erop als niet bekend.",
        "Every initiative in the sources has a factsheet, also when it is not a case. What the "
        "sources do not say is shown on it as not known.",
    ),
    "overview_factsheets_pick": ("Initiatief", "Initiative"),
    "case_period": ("Looptijd: {start} – {end}", "Period: {start} – {end}"),
    "case_period_unknown": ("Looptijd: niet bekend uit de bronnen", "Period: not known from the sources"),
    "case_place": ("{municipality} ({province})", "{municipality} ({province})"),
    "case_membership": ("Onderdeel van {programme}: {basis}", "Part of {programme}: {basis}"),
    "membership_inferred": ("Afgeleid, niet met zoveel woorden gezegd: {reasoning}",
                            "Inferred, not said in so many words: {reasoning}"),
    "membership_none": ("Geen programma genoemd in de bronnen", "No programme named in the sources"),
    "overview_sectors": ("Organisaties per sector", "Organisations by sector"),
    "overview_sectors_takeaway": ("{names} zijn het vaakst betrokken", "{names} are involved most often"),
    "overview_sectors_takeaway_one": ("{names} is het vaakst betrokken", "{names} is involved most often"),
    "overview_sectors_takeaway_tie": ("{count} sectoren zijn even vaak het vaakst betrokken",
                                      "{count} sectors tie for being involved most often"),
    "overview_sectors_caption": (
        "Inclusief organisaties die de bronnen alleen naar soort noemen (bijvoorbeeld "
        "'twaalf basisscholen').",
        "Including organisations that the sources name only by type (for example "
        "'twelve primary schools').",
    ),
    "overview_municipalities": ("Betrokken gemeenten", "Municipalities involved"),
    "overview_unknowns": ("Wat we nog niet weten", "What we do not know yet"),
    "unknown_pilots": (
        "Welke {count} BSO-pilots er nog meer zijn: de bronnen noemen het aantal, niet welke.",
        "Which {count} further BSO pilots there are: the sources give the number, not which.",
    ),
    "unknown_pilots_one": (
        "Welke {count} BSO-pilot er nog meer is: de bronnen noemen het aantal, niet welke.",
        "Which {count} further BSO pilot there is: the sources give the number, not which.",
    ),
    "unknown_start": ("De startdatum van {count} initiatieven.",
                      "The start date of {count} initiatives."),
    "unknown_start_one": ("De startdatum van {count} initiatief.",
                          "The start date of {count} initiative."),
    "unknown_unnamed_orgs": (
        "De namen van {count} organisaties die alleen naar soort worden genoemd.",
        "The names of {count} organisations mentioned only by type.",
    ),
    "unknown_unnamed_orgs_one": (
        "De naam van {count} organisatie die alleen naar soort wordt genoemd.",
        "The name of {count} organisation mentioned only by type.",
    ),
    "unknown_org_sector": ("De sector van {count} organisaties.",
                           "The sector of {count} organisations."),
    "unknown_org_sector_one": ("De sector van {count} organisatie.",
                               "The sector of {count} organisation."),
    "unknown_org_place": ("De vestigingsgemeente van {count} organisaties.",
                          "The home municipality of {count} organisations."),
    "unknown_org_place_one": ("De vestigingsgemeente van {count} organisatie.",
                              "The home municipality of {count} organisation."),
    "unknown_exact_location": ("De precieze plek van {count} locaties: {parts}.",
                               "The exact spot of {count} locations: {parts}."),
    "unknown_exact_location_one": ("De precieze plek van {count} locatie: {parts}.",
                                   "The exact spot of {count} location: {parts}."),
    "unknown_location_area": ("van {count} is de wijk of plaats bekend",
                              "for {count} the neighbourhood or place is known"),
    "unknown_location_municipality": ("van {count} alleen de gemeente",
                                      "for {count} only the municipality"),
    "unknown_monitor_numbers": (
        "Cijfermatige resultaten van de monitor: de bronnen publiceren er nog geen.",
        "Numeric monitor results: the sources do not publish any yet.",
    ),
    "unknown_inferred_membership": (
        "Of {count} projecten formeel Alert4you BSO-pilots zijn: dat is afgeleid, niet "
        "letterlijk gezegd.",
        "Whether {count} projects are formally Alert4you BSO pilots: this is inferred, not "
        "stated.",
    ),
    "unknown_inferred_other_membership": (
        "Of {count} andere initiatieven bij hun programma horen: dat is afgeleid, niet "
        "letterlijk gezegd.",
        "Whether {count} other initiatives belong to their programme: this is inferred, not "
        "stated.",
    ),
    "unknown_inferred_other_membership_one": (
        "Of {count} ander initiatief bij zijn programma hoort: dat is afgeleid, niet letterlijk "
        "gezegd.",
        "Whether {count} other initiative belongs to its programme: this is inferred, not "
        "stated.",
    ),
    "unknown_inferred_rows": (
        "Wie wat doet bij {count} deelnames, relaties, werkwijzen en beoordelingen: dat is "
        "afgeleid, niet letterlijk gezegd.",
        "Who does what in {count} participations, ties, approaches and ratings: this is "
        "inferred, not stated.",
    ),
    "unknown_inferred_rows_one": (
        "Wie wat doet bij {count} deelname, relatie, werkwijze of beoordeling: dat is afgeleid, "
        "niet letterlijk gezegd.",
        "Who does what in {count} participation, tie, approach or rating: this is inferred, "
        "not stated.",
    ),
    "unknown_inferred_membership_one": (
        "Of {count} project formeel een Alert4you BSO-pilot is: dat is afgeleid, niet letterlijk "
        "gezegd.",
        "Whether {count} project is formally an Alert4you BSO pilot: this is inferred, not "
        "stated.",
    ),
}
