"""Strings of the Beheer (admin) page: importing a new wave of monitor figures."""

STRINGS: dict[str, tuple[str, str]] = {
    "nav_admin": ("Beheer", "Admin"),
    "admin_title": ("Nieuwe monitorcijfers toevoegen", "Add new monitor figures"),
    "admin_intro": (
        "Voeg de cijfers van een nieuwe meting toe aan de gegevens, zonder ontwikkelaar. Er wordt "
        "pas iets opgeslagen als elke rij klopt; het oude bestand wordt bewaard als reservekopie.",
        "Add the figures of a new wave to the data without a developer. Nothing is saved "
        "until every row is right; the old file is kept as a backup.",
    ),
    "admin_disabled": (
        "Beheer is uitgeschakeld: er is geen beheerderswachtwoord ingesteld.",
        "Admin is disabled: no admin password is configured.",
    ),
    "admin_enable_how": (
        "Zet het wachtwoord als `admin_password = \"…\"` in `.streamlit/secrets.toml` of in de "
        "omgevingsvariabele `BSO_ADMIN_PASSWORD` en start het dashboard opnieuw.",
        "Set the password as `admin_password = \"…\"` in `.streamlit/secrets.toml` or in the "
        "environment variable `BSO_ADMIN_PASSWORD` and restart the dashboard.",
    ),
    "admin_password": ("Beheerderswachtwoord", "Admin password"),
    "admin_unlock": ("Ontgrendelen", "Unlock"),
    "admin_wrong_password": ("Dat wachtwoord klopt niet.", "That password is not right."),
    "admin_wait": (
        "Te vaak een verkeerd wachtwoord: probeer het over {seconds} seconden opnieuw.",
        "Too many wrong passwords: try again in {seconds} seconds.",
    ),
    "admin_unlocked": ("Ontgrendeld.", "Unlocked."),
    "admin_lock": ("Vergrendelen", "Lock"),
    "admin_columns": (
        "Het bestand (CSV of Excel .xlsx) heeft precies deze kolommen: {columns}. Een CSV uit "
        "Nederlandse Excel (gescheiden door ';', met decimale komma's) wordt ook gelezen. Elke "
        "uitkomst is een feit: `source_id` is het rapport (een bron in sources.csv), "
        "`evidence` een letterlijk fragment uit dat rapport waarin de waarde staat zoals "
        "geschreven, `indicator_en` de indicator in het Engels. Zonder fragment wordt het "
        "bestand geweigerd.",
        "The file (CSV or Excel .xlsx) has exactly these columns: {columns}. A CSV from Dutch "
        "Excel (separated by ';', with decimal commas) is read as well. Every result is a "
        "fact: `source_id` is the report (a source in sources.csv), `evidence` an exact "
        "excerpt from that report that contains the value as written, `indicator_en` the "
        "indicator in English. A file without excerpts is refused.",
    ),
    "admin_template": ("Leeg sjabloon (CSV)", "Empty template (CSV)"),
    "admin_upload": ("Bestand met cijfers", "File with figures"),
    "admin_problems": (
        "{count} problemen gevonden; er is niets opgeslagen. Herstel het bestand en upload het "
        "opnieuw.",
        "{count} problems found; nothing was saved. Fix the file and upload it again.",
    ),
    "admin_problems_one": (
        "{count} probleem gevonden; er is niets opgeslagen. Herstel het bestand en upload het "
        "opnieuw.",
        "{count} problem found; nothing was saved. Fix the file and upload it again.",
    ),
    "admin_preview": ("Dit wordt toegevoegd ({count} rijen)", "This will be added ({count} rows)"),
    "admin_confirm": ("Toevoegen aan de gegevens", "Add to the data"),
    "admin_written": (
        "{count} rijen toegevoegd aan {file}. Reservekopie van het oude bestand: {backup}. De "
        "Monitor-pagina toont de nieuwe cijfers.",
        "{count} rows added to {file}. Backup of the old file: {backup}. The Monitor page "
        "shows the new figures.",
    ),
    "admin_stored_broken": (
        "De opgeslagen gegevens laden niet; er is niets geschreven.",
        "The stored data does not load; nothing was written.",
    ),
    "admin_note": ("Opmerking bij het lezen: {note}", "Note on reading: {note}"),
    "admin_cli": (
        "Voor analisten: dezelfde import op de opdrachtregel met "
        "`python -m dashboard.admin.importer BESTAND --dry-run`.",
        "For analysts: the same import on the command line with "
        "`python -m dashboard.admin.importer FILE --dry-run`.",
    ),
}
