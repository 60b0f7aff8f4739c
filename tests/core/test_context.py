"""An excerpt in its context (data.context): found in the PDF's layout, widened to whole
sentences, tidied for reading, contact details masked; and said plainly when the source text is
not here. On the fixture's sources, which are the real newsletters."""

import shutil

import pytest

from dashboard import config
from dashboard.data.context import MASK, InContext, in_context, source_texts

ALERT4YOU = "alert4you-nieuwsbrief-2012"
SAMEN = "samen-bso-nieuwsbrief-4"


@pytest.fixture(scope="module")
def texts(ds):
    return source_texts(ds.sources)


def test_an_excerpt_across_a_hyphenated_line_break_is_found_and_marked(texts):
    # The source prints "drie kinderop-\nvangvoorzieningen" (figures.csv, line 3).
    assert in_context(texts, ALERT4YOU, "drie kinderopvangvoorzieningen") == InContext(
        "drie kinderopvangvoorzieningen", True,
        # The sentence before is long: cut at a word, nearest the excerpt, and marked so.
        before="… samenwerking op de werkvloer "
               "tussen onderwijs, opvang en zorg een effectief middel om bijzondere kinderen in "
               "de eigen omgeving op te vangen en te ondersteunen? In de Drentse hoofdstad werkt "
               "een groot aantal partners (twaalf basisscholen, ",
        found="drie kinderopvangvoorzieningen",
        after=", het Centrum voor Jeugd en Gezin en jeugdzorgaanbieder Yorneo) samen, mét de "
              "gemeente Assen. Vertrekpunten zijn positief opvoeden, het kind in de eigen "
              "omgeving begeleiden en er vroeg bij zijn.")


def test_the_context_is_whole_sentences_around_the_excerpts_sentence(texts):
    shown = in_context(texts, SAMEN, "medio april 2012 gestart")
    # One sentence before the excerpt's (after the newsletter's title line) and one after,
    # cut where they end; "jeugd- en" keeps the source's own hyphen.
    assert shown.before == ("Kinderopvang & Jeugdzorg bundelen de krachten. "
                            "Het project “Samen in de BSO-groep” is ")
    assert shown.after == (" en duurt tot januari 2014. Het project Samen in de BSO-groep is "
                           "een project van SKSG (Stichting Kinderopvang Stad Groningen) en "
                           "Elker (jeugd- en opvoedhulp).")


def test_a_hyphen_the_excerpt_writes_is_kept_at_a_line_break(texts):
    # The source breaks "soep-\nbijeenkomsten"; the excerpt (aliases.csv, line 5) reads the
    # hyphen as the source's own, so the context does not join the word.
    shown = in_context(texts, SAMEN, "“soep-bijeenkomsten” van de CJG’s in de wijken")
    assert shown.found == "soep-bijeenkomsten” van de CJG’s in de wijken"
    assert shown.before.endswith("• Vanuit beide locaties zijn “")


def test_contact_details_in_the_context_are_masked(texts):
    # The project leader's line (data/people.csv) is followed by her e-mail address and phone
    # number in the source.
    shown = in_context(texts, SAMEN, "Projectleider: Karin Schoolderman, Elker")
    assert shown.after == (f" {MASK} {MASK} (MKD Haren) Dit is de vierde van een reeks "
                           "nieuwsbrieven die eens per kwartaal gedurende het project “Samen in "
                           "de BSO-groep” verschijnen.")
    assert "@" not in shown.after and "5239900" not in shown.after


def test_a_missing_source_file_gives_not_available_with_the_excerpt(ds, tmp_path):
    shutil.copy(config.sources_dir() / "004_c09a3788d941b864.txt", tmp_path)
    texts = source_texts(ds.sources, tmp_path)
    assert list(texts) == [ALERT4YOU]
    assert in_context(texts, SAMEN, "medio april 2012 gestart") == InContext(
        "medio april 2012 gestart", False)
    assert in_context(texts, ALERT4YOU, "drie kinderopvangvoorzieningen").available


def test_an_excerpt_the_source_no_longer_holds_is_not_available(texts):
    assert in_context(texts, SAMEN, "twintig locaties") == InContext("twintig locaties", False)
