"""Which language a document is written in: by its script, then by its commonest words.

A whole news article gives hundreds of function words, so counting how many of its words are
a language's most frequent ones ("the", "of", "и", "в", "der", "und") tells the languages
apart as reliably as a statistical identifier on text that long, with no model to load: this
runs for every comparison, same-language ones included, and costs about a millisecond.
Languages not listed here are named by their script ("und" when no script dominates), and
two documents are compared across languages only when both are named and differ.
"""

from __future__ import annotations

from collections import Counter

import regex

from viewer.core.model import Comparison

__all__ = [
    "LANGUAGE_NAMES",
    "UNDETERMINED",
    "detect_language",
    "document_languages",
    "language_name",
]

UNDETERMINED = "und"  # ISO 639-2's code for "undetermined"
_SAMPLE = 20_000  # characters read from the start, the middle and the end of a long text
_MIN_LETTERS = 12
_MIN_HITS = 2  # common words a language needs in a text to be named
_MIN_WORDS = 8  # words a text needs for its language to be told by its words
_MARGIN = 1.5  # ... and how many times the runner-up's count

# Scripts whose language the script alone names (as far as news goes).
_SCRIPTS: tuple[tuple[str, str], ...] = (
    ("Greek", "el"), ("Hebrew", "he"), ("Thai", "th"), ("Armenian", "hy"),
    ("Georgian", "ka"), ("Hangul", "ko"), ("Devanagari", "hi"), ("Bengali", "bn"),
    ("Tamil", "ta"), ("Ethiopic", "am"), ("Khmer", "km"), ("Sinhala", "si"),
)  # fmt: skip
_LETTER_SCRIPTS = ("Latin", "Cyrillic", "Arabic", "Han", "Hiragana", "Katakana", *dict(_SCRIPTS))
_SCRIPT_RE = {s: regex.compile(rf"\p{{Script={s}}}") for s in _LETTER_SCRIPTS}
_WORD = regex.compile(r"\p{L}+(?:['’]\p{L}+)?")

# The commonest words of each language written in Latin or Cyrillic letters or in Arabic
# script: function words, chosen so that the lists of close languages differ.
_STOPWORDS: dict[str, frozenset[str]] = {
    code: frozenset(words.split())
    for code, words in {
        "en": "the of and to in is that for it was on with as are be at by this have from or "
        "but not were which he she they said has had his her their an been will would who",
        "de": "der die und das ist nicht den des dem ein eine einer mit sich auf für von zu im "
        "auch es wird wurde sind sie er hat werden als bei nach noch über aus dass oder aber",
        "fr": "le la les et des est une un du dans que qui pour pas sur par au aux avec ce il "
        "elle sont ont été plus mais ou cette nous vous leur ses selon",
        "es": "el la los las y de que en un una es por con para se del al lo como más pero sus "
        "le ha fue son está este esta también sobre entre cuando muy sin según",
        "pt": "o a os as e de que em um uma é do da dos das no na nos nas por com para se não "
        "mais como mas foi são ao pelo pela também seu sua ele ela segundo",
        "it": "il lo la i gli le e di che in un una è per con del della dei delle non si da al "
        "alla sono anche più come ma questo questa nel nella ha stato",
        "nl": "de het een en van in is dat op te zijn met voor niet aan er die wordt werd door "
        "ook als bij uit maar om naar dan nog wel zich hij ze",
        "pl": "i w na z się nie do to że jest jak o po a od przez dla ale jego jej czy są był "
        "była było tak który która które także już może",
        "cs": "a v se na je že s z o to do jak by ale jsou byl byla bylo které který která "
        "také podle jeho při pro za nebo jen už může",
        "sv": "och i att det som en på är av för med till den har de inte om ett var men från "
        "han hon kan vid också eller efter",
        "da": "og i at det en den til er som på de med for af ikke der var har et fra men han "
        "hun kan også eller efter blev",
        "no": "og i det er som en på til av for med at den de ikke har et var fra men han hun "
        "kan også eller etter ble",
        "fi": "ja on ei se että oli hän ovat mutta kun myös tai joka jos niin ole kuin sen "
        "tämä mukaan vuonna kanssa",
        "tr": "ve bir bu da de ile için olarak çok daha gibi ama en olan sonra kadar ne var ki "
        "değil o şu her",
        "ro": "și în de la a cu că nu pe o un este din se care pentru mai au sau sunt fost "
        "acest această dar",
        "hu": "a az és hogy nem is egy van volt meg de már csak el ki be ez azt mint szerint "
        "még után között",
        "id": "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke ada oleh "
        "karena atau telah sudah bisa mereka",
        "hr": "i je u se na da su za od a ne kao što to sa iz koji koja koje bi ali ili nije "
        "bio bila",
        "ru": "и в не на что с по он как это к но из у за от о же так она для они его все был "
        "было были бы мы вы уже ещё ли если или только также который которые года",
        "uk": "і в не на що з до як це але від у за та його її вони він вона було були також "
        "які який",
        "bg": "и в на е да се от за не с по че са като това но той тя те бе бил беше ще",
        "sr": "и у на је да се за од не са по као што то из који која али или био била",
        "be": "і ў не на што з да як гэта але ад па за яго яна яны ён было быў",
        "ar": "في من على أن إن إلى عن مع هذا هذه التي الذي كان قد لا ما أو بين بعد كما قبل "
        "منذ حيث لم لن ثم حتى عند كل هو هي",
        "fa": "و در به از که این را با است برای آن یک خود تا بر هم نیز شد می",
        "ur": "کے میں کی ہے اور سے کو نے پر کہ یہ ایک تھا ہیں گیا",
    }.items()
}
# A word on several lists ("a", "de", "la") says less than one on a single list ("the"):
# each counts 1/k for the k languages that list it.
_WEIGHT: Counter[str] = Counter(w for words in _STOPWORDS.values() for w in words)
_BY_SCRIPT = {
    "Latin": ("en de fr es pt it nl pl cs sv da no fi tr ro hu id hr").split(),
    "Cyrillic": ("ru uk bg sr be").split(),
    "Arabic": ("ar fa ur").split(),
}

LANGUAGE_NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "pt": "Portuguese",
    "it": "Italian", "nl": "Dutch", "pl": "Polish", "cs": "Czech", "sv": "Swedish",
    "da": "Danish", "no": "Norwegian", "fi": "Finnish", "tr": "Turkish", "ro": "Romanian",
    "hu": "Hungarian", "id": "Indonesian", "hr": "Croatian", "ru": "Russian",
    "uk": "Ukrainian", "bg": "Bulgarian", "sr": "Serbian", "be": "Belarusian", "ar": "Arabic",
    "fa": "Persian", "ur": "Urdu", "zh": "Chinese", "ja": "Japanese", "el": "Greek",
    "he": "Hebrew", "th": "Thai", "hy": "Armenian", "ka": "Georgian", "ko": "Korean",
    "hi": "Hindi", "bn": "Bengali", "ta": "Tamil", "am": "Amharic", "km": "Khmer",
    "si": "Sinhala", UNDETERMINED: "undetermined",
}  # fmt: skip


def language_name(code: str) -> str:
    """The English name of a language code ("ru" -> "Russian"); unknown codes as given."""
    return LANGUAGE_NAMES.get(code, code)


def document_languages(comparison: Comparison) -> tuple[str, ...]:
    """Each document's language: as the comparison found it, or detected now for a
    comparison made without (one read back from elsewhere)."""
    if len(comparison.languages) == len(comparison.documents):
        return comparison.languages
    return tuple(detect_language(d.text) for d in comparison.documents)


def _sample(text: str) -> str:
    if len(text) <= _SAMPLE:
        return text
    third = _SAMPLE // 3
    middle = len(text) // 2
    return " ".join((text[:third], text[middle - third // 2 : middle + third // 2], text[-third:]))


def detect_language(text: str) -> str:
    """ISO 639-1 code of the language ``text`` is mostly written in, or ``"und"``.

    >>> detect_language("The minister said on Monday that the talks would go on.")
    'en'
    >>> detect_language("Министр заявил в понедельник, что переговоры будут продолжены.")
    'ru'
    >>> detect_language("A senior US official said “four” buses left.")
    'und'
    >>> detect_language("1 2 3")
    'und'
    """
    sample = _sample(text)
    scripts = Counter({s: len(pattern.findall(sample)) for s, pattern in _SCRIPT_RE.items()})
    letters = sum(scripts.values())
    if letters < _MIN_LETTERS:
        return UNDETERMINED
    kana = scripts["Hiragana"] + scripts["Katakana"]
    if kana and kana + scripts["Han"] >= letters / 2:
        return "ja"
    script, count = scripts.most_common(1)[0]
    if count < letters / 2:
        return UNDETERMINED
    if script == "Han":
        return "zh"
    if script == "Cyrillic":
        return _by_words(sample, _cyrillic(sample, count))
    if script in _BY_SCRIPT:
        return _by_words(sample, _BY_SCRIPT[script])
    return dict(_SCRIPTS).get(script, UNDETERMINED)


# Letters that one Cyrillic language has and its neighbours lack (or rarely use): Bulgarian
# shares most of Russian's commonest words, but has no "ы" or "э".
_CYRILLIC_MARKS = (("ў", "be"), ("ј", "sr"), ("їєґ", "uk"), ("ыэ", "ru"))


def _cyrillic(text: str, letters: int) -> list[str]:
    lowered = text.lower()
    for marks, code in _CYRILLIC_MARKS:
        if sum(lowered.count(c) for c in marks) >= max(letters / 500, 1):
            return [code]
    return _BY_SCRIPT["Cyrillic"]


def _by_words(text: str, candidates: list[str]) -> str:
    """The candidate whose commonest words make up the largest share of ``text``'s words,
    when the evidence is clear: at least two of them (a word some languages share counts
    for each in part), and half again as many as any other candidate's. A short line
    ("A senior US official said "4" buses left.") is otherwise undetermined, and two
    versions of it are never taken for two languages."""
    words = Counter(w.lower() for w in _WORD.findall(text))
    if words.total() < _MIN_WORDS:
        return UNDETERMINED
    scores = {
        code: sum(words[w] / _WEIGHT[w] for w in _STOPWORDS[code] if w in words)
        for code in candidates
    }
    ranked = sorted(candidates, key=lambda code: -scores[code])
    best = scores[ranked[0]]
    runner_up = scores[ranked[1]] if len(ranked) > 1 else 0.0
    enough = best > 0 if len(candidates) == 1 else best >= _MIN_HITS  # letters decided
    if not enough or best < _MARGIN * runner_up:
        return UNDETERMINED
    return ranked[0]
