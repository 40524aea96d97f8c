"""A small hand-written gazetteer for extraction tests: a few real Syrian places (public facts:
names and approximate coordinates), two namesake villages, and one place abroad."""
from __future__ import annotations

from geomap.records import REGION, Document, Event, Name, Place
from geomap.store import Gazetteer

GOVERNORATES = {  # P-code: (English, Arabic, lat, lon)
    "SY02": ("Aleppo", "حلب", 36.20, 37.60),
    "SY04": ("Homs", "حمص", 34.55, 38.20),
    "SY07": ("Idleb", "إدلب", 35.80, 36.60),
    "SY08": ("Al-Hasakeh", "الحسكة", 36.50, 40.75),
    "SY09": ("Deir-ez-Zor", "دير الزور", 35.33, 40.14),
    "SY11": ("Ar-Raqqa", "الرقة", 35.95, 39.01),
}
TOWNS = [  # id, English, Arabic, kind, governorate, lat, lon, more spellings
    ("C1007", "Aleppo", "حلب", "city", "SY02", 36.20, 37.16, []),
    ("C2001", "Homs", "حمص", "city", "SY04", 34.73, 36.71, []),
    ("C2002", "Al-Qaryatayn", "القريتين", "town", "SY04", 34.23, 37.24, ["Qaryatein"]),
    ("C2003", "Tadmor", "تدمر", "town", "SY04", 34.56, 38.28, ["Palmyra"]),
    ("C3001", "Kafr Nabl", "كفرنبل", "town", "SY07", 35.61, 36.56, ["كفر نبل"]),
    ("C3002", "Ariha", "أريحا", "town", "SY07", 35.81, 36.60, []),
    ("C3003", "Idleb", "إدلب", "city", "SY07", 35.93, 36.63, ["Idlib"]),
    ("C4001", "Qamishli", "القامشلي", "city", "SY08", 37.05, 41.23, ["Al-Qamishli"]),
    ("C4002", "Tell Ahmar", "تل أحمر", "village", "SY08", 36.90, 41.00, []),
    ("C5001", "Tell Ahmar", "تل أحمر", "village", "SY02", 36.65, 38.13, []),
    ("C5002", "Manbij", "منبج", "city", "SY02", 36.53, 37.95, []),
    ("C5003", "Al-Youm", "اليوم", "village", "SY02", 36.40, 37.30, []),
    ("C5004", "Hazwan", "حزوان", "village", "SY02", 36.42, 37.70, []),
    ("C6001", "Raqqa", "الرقة", "city", "SY11", 35.96, 39.01, ["Raqqa"]),
    ("curated:shayrat-airbase", "Shayrat airbase", "مطار الشعيرات", "airport", "SY04", 34.49, 36.91, []),
]


def tiny_gazetteer() -> Gazetteer:
    places = []
    for pcode, (en, ar, lat, lon) in GOVERNORATES.items():
        places.append(Place(pcode, en, ar, lat, lon, "governorate", admin1=en, admin1_ar=ar, admin1_id=pcode,
                            precision=REGION, names=[Name(en, "en", "test"), Name(ar, "ar", "test")]))
    for pid, en, ar, kind, gov, lat, lon, more in TOWNS:
        names = [Name(en, "en", "test"), Name(ar, "ar", "test")] + [Name(m, "", "test") for m in more]
        places.append(Place(pid, en, ar, lat, lon, kind, admin1=GOVERNORATES[gov][0], admin1_ar=GOVERNORATES[gov][1],
                            admin1_id=gov, population=100000 if kind == "city" else 5000, names=names))
    places.append(Place("geonames:524901", "Moscow", "موسكو", 55.75, 37.62, "city", country="RU",
                        population=10_000_000, names=[Name("Moscow", "en", "test"), Name("موسكو", "ar", "test")]))
    return Gazetteer(places)


def extra_place(pid: str, en: str, ar: str, lat: float, lon: float, kind: str, gov: str = "",
                country: str = "SY", population: int = 0, precision: int | None = None) -> Place:
    """A place a test adds to the tiny gazetteer, named as written in either script."""
    admin1, admin1_ar = GOVERNORATES[gov][:2] if gov else ("", "")
    names = [Name(n, lang, "test") for n, lang in ((en, "en"), (ar, "ar")) if n]
    extra = {"precision": precision} if precision is not None else {}
    return Place(pid, en, ar, lat, lon, kind, country=country, admin1=admin1, admin1_ar=admin1_ar,
                 admin1_id=gov, population=population, names=names, **extra)


def tiny_gazetteer_with(*extra: Place) -> Gazetteer:
    return Gazetteer(tiny_gazetteer().places + list(extra))


def extract_events(ex, text: str, date: str = "2023-05-02") -> list[Event]:
    """The events an extractor finds in one report of `date`."""
    return ex.extract_document(Document("t", text, date=date)).events


def kinds_at(ex, text: str, date: str = "2023-05-02") -> list[tuple[str, str]]:
    """The (sub-event type, place) of each event of one report, sorted."""
    return sorted((e.sub_event_type, e.name) for e in extract_events(ex, text, date))


def ocha_community(code: str, en: str, ar: str, lat: float, lon: float, *,
                   district: tuple[str, str] = ("Jebel Saman", "جبل سمعان"),
                   subdistrict: tuple[str, str] = ("Wadi Rumman", "وادي رمان"),
                   governorate: tuple[str, str, str] = ("Aleppo", "حلب", "SY02")) -> dict:
    """One feature of an OCHA communities file (names in English and Arabic, admin units, P-code)."""
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": {
        "NAME_EN": en, "NAME_ARA": ar, "PCODE": code, "ADMIN3_EN": subdistrict[0], "ADMIN3_ARA": subdistrict[1],
        "ADMIN2_EN": district[0], "ADMIN2_ARA": district[1], "ADMIN1_EN": governorate[0], "ADMIN1_ARA": governorate[1],
        "ADMIN1_COD": governorate[2], "LATITUDE": lat, "LONGITUDE": lon, "CAPIT_LVL": None}}
