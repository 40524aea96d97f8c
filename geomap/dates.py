"""Dates in report text: relative words, weekdays, Arabic/English month names, numeric dates.

Works on folded text (see segment.fold): ASCII digits, lower case, «ا» for «أ/إ/آ», «ه» for «ة».
A date is resolved against the report's publication date:
- «اليوم», «أمس», «أول من أمس», «الليلة الماضية», "yesterday" count back from it;
- a weekday («يوم الثلاثاء») is the latest such day not after it;
- a day and month without a year («21 مايو») take the latest such date not after it.
With no report date, relative and year-less dates stay unresolved: `date` is None and
`note` says why. Future phrases («الشهر المقبل», «أغسطس المقبل») are not dates of events.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .segment import fold

DAY, WEEK, MONTH = 1, 2, 3  # ACLED time_precision

_MONTHS = {
    # Levantine, then Egyptian/MSA, then English names; «آب» is only read next to a number.
    "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7,
    "اب": 8, "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "افريل": 4, "مايو": 5, "يونيو": 6,
    "يونيه": 6, "يوليو": 7, "يوليه": 7, "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11,
    "نونبر": 11, "ديسمبر": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True))
# In every match of the three patterns with a month name below: the name, then no letter or digit.
_MONTH_NAME = re.compile(rf"(?:{_MONTH})(?![\w])")
_PFX = r"(?<![\w])(?:[وفب]|في\s)?"  # «وفي 21 أيار», «بـ21 أيار»
_FUTURE = r"(?!\s*(?:المقبل|القادم|next|coming))"

_DAY_MONTH = re.compile(
    rf"{_PFX}(?<!\d)(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:من\s+)?(?:شهر\s+)?(?:of\s+)?({_MONTH})(?![\w])"
    rf"(?:\s*/\s*(?:{_MONTH})(?![\w]))?(?:\s*(?:عام|سنه|,)?\s*(\d{{4}})(?!\d))?{_FUTURE}")
_MONTH_DAY = re.compile(
    rf"(?<![\w])({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s*(\d{{4}})(?!\d))?")
_MONTH_YEAR = re.compile(rf"(?<![\w])(?:شهر\s+)?({_MONTH})(?![\w])(?:\s*/\s*(?:{_MONTH}))?\s*(?:عام\s*|سنه\s*|,\s*)?(\d{{4}})(?!\d)")
_ISO = re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_DMY = re.compile(r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)")
_DIGIT = re.compile(r"\d")  # each pattern above needs one: a text without digits skips them all
_DIGIT_SEP = re.compile(r"\d[-/.]\d")  # in every match of _ISO and _DMY

# Relative words: (pattern, days before the report date, label). Longest alternatives first.
_RELATIVE = [
    (r"اول\s+من\s+امس|اول\s+امس|امس\s+الاول|قبل\s+يومين|the\s+day\s+before\s+yesterday|two\s+days\s+ago", 2),
    (r"(?:ليله|مساء|صباح|فجر|ظهر|عصر|ظهيره)?\s*امس|البارحه|الليله\s+الماضيه|yesterday|last\s+night", 1),
    (r"(?:فجر|صباح|مساء|ظهر|عصر|ظهيره|ليله)\s+(?:اليوم|هذا\s+اليوم)|اليوم|الليله|هذا\s+الصباح"
     r"|today|this\s+morning|tonight|earlier\s+today", 0),
]
_RELATIVE_RE = [(re.compile(rf"(?<![\w])(?:[وفب]|لل)?(?:{p})(?![\w])"), days) for p, days in _RELATIVE]

_WEEKDAYS = {"الاثنين": 0, "الثلاثا": 1, "الاربعا": 2, "الخميس": 3, "الجمعه": 4, "السبت": 5,
             "الاحد": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
             "saturday": 5, "sunday": 6}
# «الاثنين» is also "the two" and «الجمعة» Friday prayers: those two need «يوم» or a time word.
_WEEKDAY = re.compile(
    r"(?<![\w])(?:(?:[وفب]?(?:يوم|فجر|صباح|مساء|ليله|ظهر|عصر|on|last)\s+)(?P<a>الاثنين|الجمعه|"
    r"الثلاثا|الاربعا|الخميس|السبت|الاحد|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|(?P<b>الثلاثا|الاربعا|الخميس|السبت|الاحد))(?![\w])(?P<past>\s+(?:الماضي|الفائت|المنصرم))?")
# Every match of _RELATIVE_RE and _WEEKDAY holds one of these words. Most sentences hold none,
# and a substring search is far cheaper than those patterns, which are tried at every character.
_DAY_WORDS = ("امس", "يوم", "بارحه", "ليله", "صباح", "اثنين", "جمعه", "ثلاثا", "اربعا", "خميس", "سبت", "احد",
              "day", "night", "morning")


@dataclass
class DateMention:
    start: int  # offsets in the folded text
    end: int
    date: str | None  # ISO date, None when it cannot be fixed
    precision: int  # DAY, MONTH
    note: str
    relative: bool  # counted from the report date


def parse_report_date(value: str | dt.date | None) -> dt.date | None:
    """An ISO date (or datetime string) as a date; None when absent. Raises ValueError if malformed."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value if not isinstance(value, dt.datetime) else value.date()
    return dt.date.fromisoformat(str(value).strip()[:10])


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _latest_not_after(month: int, day: int, report: dt.date) -> dt.date | None:
    for year in (report.year, report.year - 1):
        d = _safe_date(year, month, day)
        if d and d <= report:
            return d
    return None


def _numeric_dates(folded: str, report: dt.date | None, start: int, end: int, add) -> None:
    """The dates written with digits: ISO and d/m/y, day and month names, month and year."""
    for rx in (_ISO, _DMY) if _DIGIT_SEP.search(folded, start, end) else ():
        for m in rx.finditer(folded, start, end):
            y, a, b = (int(g) for g in m.groups()) if rx is _ISO else (int(m[3]), int(m[2]), int(m[1]))
            if rx is _DMY and a > 12 >= b:  # 11/26/2024: month first after all
                a, b = b, a
            d = _safe_date(y, a, b)
            if d:
                add(m, d, DAY, m.group(), False)
    if not _MONTH_NAME.search(folded, start, end):
        return
    for rx, day_group, month_group, year_group in ((_DAY_MONTH, 1, 2, 3), (_MONTH_DAY, 2, 1, 3)):
        for m in rx.finditer(folded, start, end):
            month = _MONTHS[m[month_group]]
            if m[month_group] == "may" and rx is _MONTH_DAY and not m[year_group]:
                continue  # "may 5 people" is a modal, not a date
            day = int(m[day_group])
            if m[year_group]:
                d = _safe_date(int(m[year_group]), month, day)
                if d:
                    add(m, d, DAY, m.group().strip(), False)
            elif report:
                add(m, _latest_not_after(month, day, report), DAY, f"{m.group().strip()}: year of the report", False)
            else:
                add(m, None, DAY, f"{m.group().strip()}: no year and no report date", False)
    for m in _MONTH_YEAR.finditer(folded, start, end):
        if m[1] == "may" and not re.match(r"may\s+\d{4}", m.group()):
            continue
        add(m, _safe_date(int(m[2]), _MONTHS[m[1]], 1), MONTH, m.group().strip(), False)


def find_dates(folded: str, report: dt.date | None, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Date expressions in folded[start:end], in text order, overlapping ones dropped."""
    end = len(folded) if end is None else end
    found: list[DateMention] = []

    def add(m: re.Match, date: dt.date | None, precision: int, note: str, relative: bool) -> None:
        found.append(DateMention(m.start(), m.end(), date.isoformat() if date else None, precision, note, relative))

    if _DIGIT.search(folded, start, end):
        _numeric_dates(folded, report, start, end, add)
    text = folded[start:end]
    if not any(w in text for w in _DAY_WORDS):
        return _drop_overlaps(found)
    for rx, days in _RELATIVE_RE:
        for m in rx.finditer(folded, start, end):
            word = m.group().strip()
            if report:
                add(m, report - dt.timedelta(days=days), DAY, f"{word}: {days} day(s) before {report.isoformat()}", True)
            else:
                add(m, None, DAY, f"{word}: relative, no report date", True)
    for m in _WEEKDAY.finditer(folded, start, end):
        name = m["a"] or m["b"]
        if report:
            back = (report.weekday() - _WEEKDAYS[name]) % 7
            if m["past"] and back == 0:
                back = 7
            add(m, report - dt.timedelta(days=back), DAY, f"{m.group().strip()}: latest before {report.isoformat()}", True)
        else:
            add(m, None, DAY, f"{m.group().strip()}: weekday, no report date", True)
    return _drop_overlaps(found)


def _drop_overlaps(found: list[DateMention]) -> list[DateMention]:
    """Keep the longest of overlapping mentions (a full date beats the weekday inside it)."""
    keep: list[DateMention] = []
    for d in sorted(found, key=lambda d: (d.start, -(d.end - d.start))):
        if keep and d.start < keep[-1].end:
            if d.end - d.start > keep[-1].end - keep[-1].start:
                keep[-1] = d
            continue
        keep.append(d)
    return keep


def dates_in(text: str, report_date: str | dt.date | None = None) -> list[DateMention]:
    """Date expressions in raw text (offsets are into its folded form); a convenience for callers."""
    return find_dates(fold(text)[0], parse_report_date(report_date))
