"""Numbers and dates in a sentence of any language, as values that can be compared across
languages: "15 тыс." and "15,000", "1,5 млрд" and "1.5 billion", "пять" and "five",
"9 мая" and "May 9".

Digits are read with the language's decimal mark (a comma in Russian, German, French...; a
point in English), so "1,500" is fifteen hundred in English and one and a half in Russian.
Number words are known for English and Russian (with their case forms) and a few other
languages' small numbers; a spelled small number ("one of", "два") is *weak*: it counts
against a number of the other side only when that side has one to compare with.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

__all__ = ["Quantity", "find_months", "find_quantities"]

# Languages that write "1.5" (the rest write "1,5" and group thousands with a space or point).
_DECIMAL_POINT = frozenset("en zh ja ko he th hi".split())

# Digits glued to a word by a hyphen name a thing, not a quantity: COVID-19, Су-57, F-16.
_ALONE = r"(?<![\p{N}\p{L}]|\p{L}-)"
_DIGITS = regex.compile(
    _ALONE + r"\d{1,3}(?:(?:[ \u00a0\u202f\u2009]\d{3})+(?!\d)|(?:[.,]\d{3})+(?![.,]?\d))"
    r"|" + _ALONE + r"\d+(?:[.,]\d+)?"
)
_WORD = regex.compile(r"\p{L}+\.?")

# Scale words that follow a number ("15 тыс.", "2 million").
_SCALES: dict[str, float] = {
    "thousand": 1e3, "thousands": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9,
    "billions": 1e9, "trillion": 1e12, "bn": 1e9, "mn": 1e6, "bln": 1e9, "tln": 1e12, "trln": 1e12,
    "тыс.": 1e3, "тыс": 1e3, "млн": 1e6, "млн.": 1e6, "млрд": 1e9, "млрд.": 1e9,
    "трлн": 1e12, "трлн.": 1e12,
    "tausend": 1e3, "millionen": 1e6, "milliarde": 1e9, "milliarden": 1e9, "mio.": 1e6,
    "mrd.": 1e9, "mille": 1e3, "millions_fr": 1e6, "milliard": 1e9, "milliards": 1e9,
    "mil": 1e3, "millones": 1e6, "milhões": 1e6, "milhão": 1e6, "bilhões": 1e9,
    "milioni": 1e6, "miliardi": 1e9, "tys.": 1e3, "mln": 1e6, "mld": 1e9,
}  # fmt: skip
_SCALE_STEMS = (("тысяч", 1e3), ("миллион", 1e6), ("миллиард", 1e9), ("триллион", 1e12))

# Number words: strong ones (tens, hundreds, scale words alone) and weak small ones.
_RU_SMALL = {
    1: "один одна одно одного одной одному одним одном одну",
    2: "два две двух двум двумя",
    3: "три трех трёх трем трём тремя",
    4: "четыре четырех четырёх четырем четырём четырьмя",
    5: "пять пяти пятью", 6: "шесть шести шестью", 7: "семь семи семью",
    8: "восемь восьми восемью", 9: "девять девяти девятью", 10: "десять десяти десятью",
    11: "одиннадцать одиннадцати", 12: "двенадцать двенадцати", 15: "пятнадцать пятнадцати",
    20: "двадцать двадцати", 30: "тридцать тридцати", 40: "сорок сорока",
    50: "пятьдесят пятидесяти", 100: "сто ста", 1000: "тысяча тысячи тысячу",
    1.5: "полтора полторы полутора",
    24: "сутки суток суткам",  # "за сутки": "in the past 24 hours"
}  # fmt: skip
_EN_SMALL = {
    1: "one",
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    7: "seven",
    8: "eight",
    9: "nine",
    10: "ten",
    11: "eleven",
    12: "twelve",
    15: "fifteen",
    20: "twenty",
    30: "thirty",
    40: "forty",
    50: "fifty",
    100: "hundred",
    1000: "thousand",
    1.5: "one-and-a-half",
}
_OTHER_SMALL = {
    1: "ein eine un une uno una um", 2: "zwei deux dos dois due dwa dva", 3: "drei trois tres "
    "três tre trzy tri", 4: "vier quatre cuatro quatro quattro cztery", 5: "fünf cinq cinco "
    "cinque pięć", 10: "zehn dix diez dez dieci",
}  # fmt: skip
_NUMBER_WORDS: dict[str, float] = {
    word: float(value)
    for table in (_RU_SMALL, _EN_SMALL, _OTHER_SMALL)
    for value, words in table.items()
    for word in words.split()
}
# Spelled numbers that stand for a count a reader checks (not "one of", "two sides").
_STRONG_WORDS = {w for w, v in _NUMBER_WORDS.items() if v >= 11}

# Month names (with Russian and Ukrainian case forms) -> month number.
_MONTHS: dict[str, int] = {}
for number, names in enumerate(
    (
        "january январь января январе jan. januar janvier enero janeiro gennaio "
        "styczeń stycznia січня січень",
        "february февраль февраля феврале feb. februar février febrero fevereiro febbraio "
        "luty lutego лютого лютий",
        "march март марта марте mar. märz mars marzo março marca березня березень",
        "april апрель апреля апреле apr. avril abril aprile kwiecień kwietnia квітня квітень",
        "may май мая мае mai mayo maio maggio maj maja травня травень",
        "june июнь июня июне jun. juni juin junio junho giugno czerwiec czerwca червня червень",
        "july июль июля июле jul. juli juillet julio julho luglio lipiec lipca липня липень",
        "august август августа августе aug. août agosto sierpień sierpnia серпня серпень",
        "september сентябрь сентября сентябре sep. sept. septembre septiembre setembro "
        "settembre wrzesień września вересня вересень",
        "october октябрь октября октябре oct. oktober octobre octubre outubro ottobre "
        "październik października жовтня жовтень",
        "november ноябрь ноября ноябре nov. novembre noviembre novembro listopad listopada "
        "листопада листопад",
        "december декабрь декабря декабре dec. dezember décembre diciembre dezembro dicembre "
        "grudzień grudnia грудня грудень",
    ),
    start=1,
):
    for name in names.split():
        _MONTHS[name] = number
# Russian adjectives of a month ("мартовские наработки": "what we worked on in March").
_MONTH_ADJECTIVES = tuple(
    (stem, number)
    for number, stem in enumerate(
        "январск февральск мартовск апрельск майск июньск июльск августовск сентябрьск "
        "октябрьск ноябрьск декабрьск".split(),
        start=1,
    )
)
# Words that are also month names only beside a number ("May 9", not "may say"), or when
# capitalised inside a sentence ("in May"); "Mars" and "mai" only beside a number.
_AMBIGUOUS_MONTHS = frozenset("may march".split())
_NUMBER_ONLY_MONTHS = frozenset("mar. mars mai".split())


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number as written and its value (with its scale word: "15 тыс." is 15000)."""

    text: str
    value: float
    weak: bool = False  # a small number spelled out: checked only against another number
    start: int = -1  # where it starts in the text read


def _parse(digits: str, language: str) -> float:
    """The value of a run of digits as the language writes it."""
    compact = regex.sub(r"[ \u00a0\u202f\u2009]", "", digits)
    point = language in _DECIMAL_POINT
    if regex.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", compact) and (
        point or compact.count(".") + compact.count(",") > 1 or "." in compact
    ):
        # "1,500" in English, "1.500.000" anywhere, "1.500" in German: thousands.
        return float(regex.sub(r"[.,]", "", compact))
    if not point and "." in compact and "," not in compact:
        return float(compact)  # "1.5" in a Russian text: still a decimal
    return float(compact.replace(",", "."))


def find_quantities(text: str, language: str) -> tuple[Quantity, ...]:
    """Numbers in ``text`` with their values, in reading order.

    >>> text = "Ущерб составил 1,5 млрд рублей, пострадали 15 000 человек"
    >>> [q.value for q in find_quantities(text, "ru")]
    [1500000000.0, 15000.0]
    >>> text = "Damage was 1.5 billion rubles; 15,000 people and two dogs"
    >>> [q.value for q in find_quantities(text, "en")]
    [1500000000.0, 15000.0, 2.0]
    """
    found: list[tuple[int, Quantity]] = []
    taken: set[int] = set()  # characters already read as part of a number
    for match in _DIGITS.finditer(text):
        value = _parse(match.group(), language)
        end = match.end()
        scale = _scale_after(text, end)
        if scale:
            value, end = value * scale[0], scale[1]
        found.append(
            (match.start(), Quantity(text[match.start() : end], value, start=match.start()))
        )
        taken.update(range(match.start(), end))
    for match in _WORD.finditer(text):
        word = match.group().lower().rstrip(".")
        if match.start() in taken:
            continue
        spelled = _NUMBER_WORDS.get(word)
        if spelled is None:
            continue
        value = spelled
        end = match.end()
        scale = _scale_after(text, end)
        weak = word not in _STRONG_WORDS
        if scale:
            value, end, weak = value * scale[0], scale[1], False
        found.append(
            (match.start(), Quantity(text[match.start() : end], value, weak, match.start()))
        )
    found.sort(key=lambda item: item[0])
    return tuple(q for _, q in found)


def _scale_after(text: str, end: int) -> tuple[float, int] | None:
    match = regex.match(r"[ \u00a0]*(\p{L}+\.?)", text[end : end + 20])
    if not match:
        return None
    word = match.group(1).lower()
    scale = _SCALES.get(word) or _SCALES.get(word.rstrip("."))
    if scale is None:
        scale = next((v for stem, v in _SCALE_STEMS if word.startswith(stem)), None)
    return (scale, end + match.end()) if scale else None


def find_months(text: str) -> tuple[tuple[str, int], ...]:
    """Month names in ``text`` with their number; "May" and "march" only beside a number.

    >>> find_months("9 мая 2021 года")
    (('мая', 5),)
    >>> find_months("They may meet on May 9.")
    (('May', 5),)
    >>> find_months("Earlier in May, the minister said so.")
    (('May', 5),)
    """
    found = []
    for match in _WORD.finditer(text):
        word = match.group()
        key = word.lower()
        number = _MONTHS.get(key) or _MONTHS.get(key.rstrip("."))
        if number is None:
            number = next((n for stem, n in _MONTH_ADJECTIVES if key.startswith(stem)), None)
        if number is None:
            continue
        near = regex.search(r"\d", text[max(0, match.start() - 4) : match.end() + 5])
        if (key in _NUMBER_ONLY_MONTHS or key.rstrip(".") in _NUMBER_ONLY_MONTHS) and not near:
            continue
        if key in _AMBIGUOUS_MONTHS and not near:
            opening = not text[: match.start()].strip()
            if not word[0].isupper() or opening:
                continue
        # "Jan." keeps its dot (an abbreviation); "мая." at a sentence's end does not
        abbreviation = key.endswith(".") and key.rstrip(".") not in _MONTHS
        found.append((word if abbreviation else word.rstrip("."), number))
    return tuple(found)
