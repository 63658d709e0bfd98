"""``slugify: "latin"`` transliterates as the i18n gem's HashTransliterator (no decomposition)."""

from jekpy.transliterate import APPROXIMATIONS, transliterate
from jekpy.utils import slugify


def test_table_letters_and_question_marks() -> None:
    assert transliterate("Crème Brûlée Straße Œuvre") == "Creme Brulee Strasse OEuvre"
    assert transliterate("Tiếng Việt ǎ 中") == "Ti?ng Vi?t ? ?"  # not in the table: "?"
    assert len(APPROXIMATIONS) == 195  # i18n 1.x DEFAULT_APPROXIMATIONS


def test_latin_slug_turns_unknown_letters_into_hyphens() -> None:
    assert slugify("Tiếng Việt có dấu", "latin") == "ti-ng-vi-t-co-d-u"
