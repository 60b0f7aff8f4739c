"""A table on screen: every cell as the reader should see it, nothing from the data as markup."""

import pandas as pd
from markupsafe import Markup

from dashboard.data.context import InContext
from dashboard.viz.tables import table_html
from tests.pages.apptest import html_tables

TABLE = pd.DataFrame({
    "Naam": pd.array(["Assen", '<img src=x onerror="alert(1)">', None], dtype="string"),
    "Aantal": [12500, 7, 12],
    "Aandeel": [2.5, 0.25, 1.0],
})


def test_every_cell_reads_as_the_language_writes_it():
    [shown] = html_tables(table_html(TABLE, "Gemeenten", "nl"))
    assert shown.to_dict("list") == {
        "Naam": ["Assen", '<img src=x onerror="alert(1)">', ""],
        "Aantal": ["12.500", "7", "12"],
        "Aandeel": ["2,5", "0,25", "1"],
    }
    [english] = html_tables(table_html(TABLE, "Municipalities", "en"))
    assert list(english["Aantal"]) == ["12,500", "7", "12"]


def test_text_from_the_data_stays_text():
    html = table_html(TABLE, 'Naam "met" <b>tekens</b>', "nl")
    assert isinstance(html, Markup)
    assert "<img" not in html and "<b>" not in html
    assert 'aria-label="Naam &#34;met&#34; &lt;b&gt;tekens&lt;/b&gt;"' in html


def test_a_named_scroll_area_with_column_headers_and_numbers_on_the_right():
    html = table_html(TABLE, "Gemeenten", "nl")
    assert '<div class="bso-table whole" role="region" aria-label="Gemeenten" tabindex="0">' \
        in html
    assert "bso-table-more" not in html  # three rows are shown whole
    assert html.count('<th scope="col"') == 3
    assert '<th scope="col" class="num">Aantal</th>' in html
    assert html.count('<td class="num">') == 6  # two number columns, three rows


def test_a_long_table_scrolls_and_says_how_many_rows_it_holds():
    long = pd.DataFrame({"Gemeente": [f"Gemeente {i}" for i in range(1, 1235)]})
    html = table_html(long, "Gemeenten", "nl")
    assert '<div class="bso-table" role="region"' in html
    assert '<p class="bso-table-more">1234 rijen: scroll in de tabel om ze allemaal te zien.</p>' \
        in html
    assert "1234 rows: scroll within the table" in table_html(long, "Municipalities", "en")


def test_an_excerpt_opens_its_context_in_place_with_the_excerpt_marked():
    table = pd.DataFrame({"Bewijs": ["gestart | elders"]})
    quotes = [(InContext("gestart", True, before="Het project is ", found="gestart",
                         after=" in april."), InContext("elders", False))]
    html = table_html(table, "Feiten", "nl", {"Bewijs": quotes})
    assert html.count('<details>') == 2
    assert ('<summary>gestart <small>In de bron</small></summary>'
            '<p>Het project is <mark>gestart</mark> in april.</p>') in html
    assert "De brontekst is hier niet beschikbaar" in html
    assert '<small lang="en">In the source</small>' in table_html(table, "Facts", "en",
                                                                {"Bewijs": quotes})
    # A reader who has opened nothing sees the excerpts; the tests read the cell so too.
    [shown] = html_tables(html)
    assert shown["Bewijs"].tolist() == ["gestart | elders"]
    english = table_html(table, "Facts", "en", {"Bewijs": quotes})
    assert english.count('<details lang="nl">') == 2  # the quotes stay Dutch
