"""Language detection: the script, then each language's commonest words."""

from __future__ import annotations

import pytest

from tests.conftest import seed_path
from viewer.core.language import detect_language, language_name

SAMPLES = {
    "en": "The mayor said on Monday that the flood barrier would be repaired by the end of May.",
    "ru": "Мэр заявил в понедельник, что дамбу отремонтируют до конца мая, и жители вернутся.",
    "uk": "Мер заявив у понеділок, що дамбу відремонтують до кінця травня, і мешканці повернуться.",
    "bg": "Кметът заяви в понеделник, че дигата ще бъде ремонтирана до края на май.",
    "sr": "Градоначелник је у понедељак рекао да ће брана бити поправљена до краја маја.",
    "de": "Der Bürgermeister sagte am Montag, dass der Damm bis Ende Mai repariert werden soll.",
    "fr": "Le maire a déclaré lundi que la digue serait réparée avant la fin du mois de mai.",
    "es": "El alcalde dijo el lunes que el dique será reparado antes de que termine mayo.",
    "pt": "O prefeito disse na segunda-feira que o dique será reparado até o fim de maio.",
    "it": "Il sindaco ha detto lunedì che la diga sarà riparata entro la fine di maggio.",
    "nl": "De burgemeester zei maandag dat de dijk voor het einde van mei wordt hersteld.",
    "pl": "Burmistrz powiedział w poniedziałek, że wał zostanie naprawiony do końca maja.",
    "zh": "市长周一表示，防洪堤将在五月底之前修复完毕。",
    "ja": "市長は月曜日、堤防を五月末までに修理すると述べた。",
    "ko": "시장은 월요일 제방을 5월 말까지 보수하겠다고 말했다.",
    "el": "Ο δήμαρχος δήλωσε τη Δευτέρα ότι το φράγμα θα επισκευαστεί έως τα τέλη Μαΐου.",
    "he": "ראש העיר אמר ביום שני כי הסוללה תתוקן עד סוף מאי.",
    "ar": "قال رئيس البلدية يوم الاثنين إن السد سيتم إصلاحه قبل نهاية شهر مايو.",
}


# A second sentence: one short sentence may hold too few common words to name a language
# (then it is undetermined, and never compared across languages).
SECOND = {
    "en": "Residents were told to stay away from the river until the water goes down.",
    "ru": "Жителям сказали не подходить к реке, пока вода не спадёт.",
    "uk": "Мешканцям сказали не підходити до річки, поки вода не спаде.",
    "bg": "На жителите е казано да стоят далеч от реката, докато водата не спадне.",
    "sr": "Становницима је речено да се не приближавају реци док вода не опадне.",
    "de": "Die Bewohner sollen sich vom Fluss fernhalten, bis das Wasser gesunken ist.",
    "fr": "Les habitants doivent rester loin de la rivière tant que l’eau ne baisse pas.",
    "es": "A los vecinos se les pidió que se alejen del río hasta que baje el agua.",
    "pt": "Os moradores foram orientados a ficar longe do rio até a água baixar.",
    "it": "Ai residenti è stato detto di stare lontano dal fiume finché l’acqua non cala.",
    "nl": "Bewoners moeten uit de buurt van de rivier blijven tot het water zakt.",
    "pl": "Mieszkańcom polecono trzymać się z dala od rzeki, dopóki woda nie opadnie.",
    "zh": "居民被告知在水位下降之前远离河流。",
    "ja": "住民は水が引くまで川に近づかないよう指示された。",
    "ko": "주민들은 물이 빠질 때까지 강에 가까이 가지 말라는 말을 들었다.",
    "el": "Οι κάτοικοι κλήθηκαν να μείνουν μακριά από το ποτάμι μέχρι να πέσει το νερό.",
    "he": "לתושבים נאמר להתרחק מהנהר עד שהמים ירדו.",
    "ar": "وطلب من السكان الابتعاد عن النهر حتى تنخفض المياه.",
}


def test_one_short_line_may_be_undetermined() -> None:
    """Regression: 'A senior US official said "4" buses left.' was taken for another
    language than its typographic twin, and the pair lost its word diff."""
    assert detect_language('A senior US official said "4" buses left.') == "und"


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_two_sentences_are_enough(code: str) -> None:
    assert detect_language(SAMPLES[code] + " " + SECOND[code]) == code


def test_too_little_text_is_undetermined() -> None:
    assert detect_language("") == "und"
    assert detect_language("2024-05-14 12:00 — 1,200 / 3.5") == "und"
    assert detect_language("OK") == "und"


def test_a_long_text_is_sampled_at_its_start_middle_and_end() -> None:
    english = SAMPLES["en"] + " "
    assert detect_language(english * 5_000) == "en"
    # Mostly Russian with an English quotation: still Russian.
    assert detect_language((SAMPLES["ru"] + " ") * 20 + SAMPLES["en"]) == "ru"


def test_names() -> None:
    assert language_name("ru") == "Russian"
    assert language_name("und") == "undetermined"
    assert language_name("xx") == "xx"


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_the_seeds_are_english(prefix: str) -> None:
    """001 and 003 (a machine-translated round trip) stay a same-language pair."""
    assert detect_language(seed_path(prefix).read_text(encoding="utf-8")) == "en"
