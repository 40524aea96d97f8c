"""Small helpers every reader needs to turn a dirty row into a Place."""
from __future__ import annotations

import math
import re
import unicodedata

from ..normalize import clean, is_arabic
from ..records import Name

# Syria's bounding box, with a little margin: a point outside it is not in Syria.
SYRIA_BBOX = (32.2, 35.5, 37.45, 42.5)  # min lat, min lon, max lat, max lon

# Point kinds from population, used when a source gives no better kind.
CITY_POPULATION = 100_000
TOWN_POPULATION = 10_000

_ARABIC_LETTERS = re.compile(r"^[\u0621-\u064a\u0671\u064b-\u0652\u0670\s\-'.()0-9]+$")


def to_float(value) -> float | None:
    """A number from a number or a string; None for blanks, garbage, NaN."""
    if value is None or value == "":
        return None
    try:
        f = float(str(value).strip())
    except ValueError:
        return None
    return f if math.isfinite(f) else None


def to_int(value) -> int:
    f = to_float(value)
    return int(f) if f is not None else 0


def lang_of(text: str) -> str:
    return "ar" if is_arabic(text) else "en"


def is_plain_latin(text: str) -> bool:
    """Latin letters only (accents allowed): drops Cyrillic, CJK, Devanagari... spellings."""
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in text)


def is_arabic_script(text: str) -> bool:
    """Arabic letters of Arabic itself: Persian/Urdu-only letters mark another language's spelling."""
    return bool(_ARABIC_LETTERS.match(text)) and is_arabic(text)


def en_ar(en: str | None, ar: str | None) -> tuple[str, str, bool]:
    """The (English, Arabic) pair, swapped back when the Arabic sits in the English field."""
    en, ar = clean(en or ""), clean(ar or "")
    if en and is_arabic(en) and not (ar and is_arabic(ar)):
        return ar, en, True
    return en, ar, False


def names(source: str, *texts: str | None) -> list[Name]:
    """Name records for the non-empty texts, once each, language told by script."""
    out, seen = [], set()
    for t in texts:
        t = clean(t or "")
        if t and t not in seen:
            seen.add(t)
            out.append(Name(t, lang_of(t), source))
    return out


def kind_by_population(population: int) -> str:
    if population >= CITY_POPULATION:
        return "city"
    return "town" if population >= TOWN_POPULATION else "village"


def in_syria_bbox(lat: float | None, lon: float | None) -> bool:
    if lat is None or lon is None:
        return False
    s, w, n, e = SYRIA_BBOX
    return s <= lat <= n and w <= lon <= e



def slug(text: str) -> str:
    return re.sub(r"[^0-9a-z\u0600-\u06ff]+", "-", clean(text).lower()).strip("-")


def read_text(path) -> tuple[str, int]:
    """A file's text with a BOM dropped and invalid UTF-8 replaced; also the number of bad sequences."""
    raw = path.read_bytes()
    text = raw.decode("utf-8-sig", errors="replace")
    return text, text.count("\ufffd")


def arabic_or_latin_names(source: str, *texts: str | None) -> list[Name]:
    """Name records for the spellings in Arabic script or plain Latin; other scripts are dropped
    (they cost memory and no Arabic or English report uses them)."""
    return names(source, *(t for t in texts if t and (is_arabic_script(t) or is_plain_latin(t))))


_CODE = re.compile(r"[A-Z0-9]{2,4}")  # "DAM", "OSDI": airport codes among GeoNames' alternate names


def geonames_spellings(source: str, name: str, *alternates: str) -> list[Name]:
    """A GeoNames place's spellings (see arabic_or_latin_names), without the codes its alternate
    names include: "DAM" is Damascus airport's code, not a word a report calls it by."""
    return arabic_or_latin_names(source, name, *(a for a in alternates if not _CODE.fullmatch(a)))


def first_arabic(spellings: list[Name]) -> str:
    return next((n.text for n in spellings if n.lang == "ar"), "")


def json_rows(path, source: str, report) -> list[dict]:
    """The objects of a JSON array file (BOM and invalid UTF-8 survived, the latter counted)."""
    import json

    text, bad = read_text(path)
    if bad:
        report.repair(f"{source}: invalid UTF-8 in {path.name}", bad)
    rows = json.loads(text)
    return [r for r in rows if isinstance(r, dict)] if isinstance(rows, list) else []
