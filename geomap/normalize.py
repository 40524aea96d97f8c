"""Spelling normalisation for matching place names, in Arabic and in Latin script.

`key(text)` is the one function the gazetteer and the resolver agree on: two spellings of
the same name should give the same key. It lower-cases, folds letter variants, drops the
article from every word and then all spaces, so «كفر نبل» and «كفرنبل», or "Al-Qaryatayn"
and "Qaryatein", meet.
"""
from __future__ import annotations

import functools
import re
import unicodedata

# Stores keep the keys of their names: bump this whenever `key` gives other keys, so that a store
# written before is re-keyed on load (see store.Gazetteer.read).
KEY_VERSION = 2

ARABIC_RE = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")

# Characters that carry no spelling: zero-width joiners, bidi controls, BOM, Arabic letter mark.
_INVISIBLE = dict.fromkeys(
    map(ord, "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
             "\u2066\u2067\u2068\u2069\ufeff\u061c\u00ad"),
    None,
)
_QUOTES = str.maketrans({c: '"' for c in "«»“”„‟″〝〞"} | {c: "'" for c in "‘’‚‛′`´ʹʻʼʽʾʿ"})
_AR_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# Letter variants folded for matching, one letter for one (hamza seats, taa marbuta, alef
# maqsura, Persian and Kurdish forms: «البچاري» is «البجاري», «ڤ» a «ف»).
AR_LETTER_FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا", "ؤ": "و", "ئ": "ي", "ى": "ي",
    "ة": "ه", "ک": "ك", "ی": "ي", "ګ": "ك", "ڪ": "ك", "ۀ": "ه", "ہ": "ه", "ە": "ه",
    "چ": "ج", "پ": "ب", "ڤ": "ف", "گ": "ك",
}
_AR_FOLD = str.maketrans(AR_LETTER_FOLD | {"ء": None, "ـ": None})
_AR_MARKS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
_WORD = re.compile(r"[^\W_]+")  # letters and digits of any script; not «،» or «؟»

# Proclitics tried, longest first, when a word as written is not a known name.
AR_PROCLITICS = ("وبال", "وال", "فال", "بال", "كال", "لل", "و", "ف", "ب", "ل", "ك")
# Head words: kept as hints of the kind of place, but not part of its name.
AR_HEADS = {
    "مدينه": "city", "بلده": "town", "قريه": "village", "قري": "village", "ناحيه": "subdistrict",
    "منطقه": "district", "حي": "neighbourhood", "مخيم": "camp",
    "مطار": "airport", "ريف": "countryside", "ريفي": "countryside", "ارياف": "countryside",
    "محافظه": "governorate", "جبل": "mountain", "سد": "dam", "قريتي": "village", "بلدتي": "town",
    "مدن": "city", "بلدات": "town", "باديه": "countryside",  # «بادية تدمر»: the desert around Palmyra
    "قرب": "near", "بالقرب": "near", "محيط": "near", "اطراف": "near", "جوار": "near", "مشارف": "near",
    "ضواحي": "near", "محور": "near", "محاور": "near",  # «على محور كبانة»: the front by Kabanah
    "معبر": "near", "معبار": "near",  # «معبر الحمران»: the crossing by al-Hamran
    "جبهه": "near", "جبهات": "near",  # «جبهة كبانة»: the front by Kabanah (actors such as «جبهة النصرة» are found first)
    # «الريف الشرقي لمحافظة دير الزور», «الأطراف الشمالية لمدينة منبج»: with the article, before
    # a direction and «ل» (but «المدينة», "the city", is no head)
    "الريف": "countryside", "الاطراف": "near", "الضواحي": "near",
    "المحيطه": "near", "القريبه": "near",  # «الأراضي المحيطة ببلدة X», «القرى القريبة من X»
}
EN_HEADS = {
    "city": "city", "town": "town", "village": "village", "villages": "village",
    "subdistrict": "subdistrict", "sub-district": "subdistrict", "district": "district",
    "neighbourhood": "neighbourhood", "neighborhood": "neighbourhood", "camp": "camp",
    "airport": "airport", "airbase": "airport", "countryside": "countryside",
    "governorate": "governorate", "province": "governorate", "area": "district",
    "region": "district", "outskirts": "near", "vicinity": "near", "near": "near", "around": "near",
    "outside": "near", "front": "near", "axis": "near",  # "the Khan al-Sheih front", "the al-Rayhan axis"
    "desert": "countryside",  # "the desert of al-Sukhnah", «بادية السخنة»
    "suburbs": "near",  # "the southern suburbs of Damascus" (but "the Damascus suburb of Douma" is Douma)
}
# English qualifiers that stand first in English, last in Arabic: «خاروفية كبيرة» = "Big Kharufiyeh".
_EN_QUALIFIERS = {
    "big": "kabir", "great": "kabir", "small": "saghir", "little": "saghir", "upper": "fawqani",
    "lower": "tahtani", "western": "gharbi", "eastern": "sharqi", "northern": "shamali",
    "southern": "janubi", "new": "jadid", "old": "qadim",
}
# Latin transliterations of the Arabic article, standing alone or joined by a hyphen.
EN_ARTICLES = {"al", "el", "il", "ul", "ar", "as", "ash", "ad", "adh", "at", "ath", "az",
                "an", "es", "esh", "ed", "et", "ez", "en", "er", "ech", "ei", "a"}
_EN_ASSIMILATED = re.compile(r"^[ae]([tdrzsln])\1(?=[a-z]{2})")
_EN_GLUED_ARTICLE = re.compile(r"^el(?=[a-z]{3})")  # OCHA's "Ain Elzaytun" is "Ain al-Zaytun"
# Transliteration alternations folded to one spelling (order matters).
_EN_ALTERNATIONS = [
    (re.compile(r"kh"), "h"), (re.compile(r"gh"), "g"), (re.compile(r"dh"), "z"),
    (re.compile(r"th"), "t"), (re.compile(r"sh"), "s"), (re.compile(r"ch"), "s"),
    (re.compile(r"q"), "k"), (re.compile(r"ou"), "u"), (re.compile(r"oo"), "u"),
    (re.compile(r"ee"), "i"), (re.compile(r"ei|ai|ey"), "ay"), (re.compile(r"ie"), "iy"),
    (re.compile(r"e"), "a"), (re.compile(r"o"), "u"), (re.compile(r"w"), "u"),
    (re.compile(r"j"), "g"), (re.compile(r"y(?=[^aiu]|$)"), "i"),
    (re.compile(r"([a-z])\1+"), r"\1"),
    (re.compile(r"(?<=[aiu])h$"), ""),
]


def clean(text: str) -> str:
    """NFKC, invisible marks removed, quotes unified, digits made ASCII, spaces collapsed."""
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE).translate(_QUOTES)
    return " ".join(text.translate(_AR_DIGITS).split())


def is_arabic(text: str) -> bool:
    return bool(ARABIC_RE.search(text))


def fold_ar(text: str) -> str:
    """Arabic letters folded: no diacritics or tatweel, one alef, ه for ة, ي for ى."""
    return _AR_MARKS.sub("", text).translate(_AR_FOLD)


def strip_article_ar(word: str) -> str:
    if word.startswith("ال") and len(word) > 3:
        return word[2:]
    return word


# "Daraa's countryside": no name ends in a possessive, but «رأس» may be written "Ra's".
_EN_POSSESSIVE = re.compile(r"(?<=[a-z]{3})['’]s\b")


def fold_en(text: str) -> str:
    """Latin letters folded: lower case, no diacritics or apostrophes, hyphens as spaces."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _EN_POSSESSIVE.sub("", text).replace("'", "").replace('"', "")
    return re.sub(r"[^a-z0-9\u0600-\u06ff]+", " ", text).strip()


def strip_article_en(word: str) -> str:
    return _EN_ASSIMILATED.sub(r"\1", word)


def words(text: str) -> list[str]:
    """The words of a text, cleaned and folded, articles kept."""
    text = clean(text)
    if is_arabic(text):
        text = fold_ar(text)
    else:
        text = fold_en(text)
    return _WORD.findall(text.lower())


def skeleton_en(word: str) -> str:
    for pat, rep in _EN_ALTERNATIONS:
        word = pat.sub(rep, word)
    return word


def word_key(word: str) -> str:
    """Key of one folded word: the article dropped, transliteration alternations folded."""
    if ARABIC_RE.match(word):
        word = strip_article_ar(word)
        # A final alef is the colloquial spelling of taa marbuta («زعترا», «زعترة»), and what is left
        # of «اء» once hamza is dropped («الحمراء», «الحمرة»).
        return word[:-1] + "ه" if len(word) >= 3 and word.endswith("ا") else word
    if word in EN_ARTICLES:
        return ""
    return skeleton_en(strip_article_en(word))


@functools.lru_cache(maxsize=200_000)  # a pure function, called again and again on the same names
def key(text: str) -> str:
    """The matching key of a name: folded, articles dropped, no spaces."""
    ws = words(text)
    if not ws:
        return ""
    ar = is_arabic(ws[0])
    if not ar:
        # "Al Bab" and "Al-Bab" lose the article; a bare "Al" stays when it is all there is.
        ws = [w for w in ws if w not in EN_ARTICLES] or ws
        ws = ws[:1] + [_EN_GLUED_ARTICLE.sub("", w) for w in ws[1:]]
        # OCHA's "Big Kharufiyeh" is the reports' "Kharoufiyah Kabir".
        if len(ws) > 1 and ws[0] in _EN_QUALIFIERS:
            ws = ws[1:] + [_EN_QUALIFIERS[ws[0]]]
    return "".join(word_key(w) if w not in EN_ARTICLES else w for w in ws)


# Letters as a Latin transliteration writes them, after skeleton_en's folds (kh -> h, q -> k...):
# what a name keeps across scripts is its consonants. «ع», long vowels and a final «ة» leave no
# letter that transliterations agree on.
_AR_TO_LATIN = str.maketrans({
    "ب": "b", "ت": "t", "ث": "t", "ج": "g", "ح": "h", "خ": "h", "د": "d", "ذ": "z", "ر": "r",
    "ز": "z", "س": "s", "ش": "s", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "g", "ف": "f",
    "ق": "k", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ع": None, "ا": None, "و": None,
    "ي": None,
})
_AR_VOWELS_LATIN = str.maketrans({"ا": "a", "و": "u", "ي": "i"})
_LATIN_VOWELS = re.compile(r"[aeiouwy]")
_LATIN_FOREIGN = str.maketrans({"c": "k", "p": "b", "v": "f", "x": "ks"})  # sounds Arabic lacks
_REPEATS = re.compile(r"(.)\1+")


def consonants(key_: str) -> str:
    """The consonants of a name key in Latin letters, whichever its script: «طريقباب» and
    "tarikbab" (the keys of «طريق الباب» and "Tareeq al-Bab") both give "trkb"."""
    if ARABIC_RE.match(key_):
        key_ = key_.removesuffix("ه").translate(_AR_TO_LATIN)
    else:
        key_ = _LATIN_VOWELS.sub("", key_.translate(_LATIN_FOREIGN))
    return _REPEATS.sub(r"\1", key_)


def romanize(key_: str) -> str:
    """An Arabic name key in the Latin letters of skeleton_en, long vowels as vowels («طريقباب» ->
    "trikbab", like "tarikbab"); a Latin key as it is."""
    if not ARABIC_RE.match(key_):
        return key_
    if key_.endswith("ه"):
        key_ = key_[:-1] + "ا"
    return key_.translate(_AR_VOWELS_LATIN).translate(_AR_TO_LATIN)


# Words of two letters that begin place names: «وتل رفعت» is «و» + «تل رفعت».
_SHORT_NAME_WORDS = {"تل", "ام"}


def strip_proclitic(word: str) -> list[str]:
    """Readings of an Arabic word without its proclitics: «بالقريتين» -> «القريتين», «قريتين»."""
    out = []
    for p in AR_PROCLITICS:
        if word.startswith(p) and (len(word) - len(p) >= 3 or word[len(p):] in _SHORT_NAME_WORDS):
            rest = word[len(p):]
            if p.endswith("ال") or p == "لل":
                rest = "ال" + rest
            if rest not in out:
                out.append(rest)
    return out
