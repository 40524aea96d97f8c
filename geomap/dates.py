"""Dates in report text: relative words, weekdays, weeks, months, numeric dates.

Works on folded text (see segment.fold): ASCII digits, lower case, «ا» for «أ/إ/آ», «ه» for «ة».
A date is resolved against the report's publication date:
- «اليوم», «أمس», «أول من أمس», «الليلة الماضية», "yesterday", "overnight", «قبل ثلاثة أيام»,
  "4 days ago" count back from it;
- a weekday («يوم الثلاثاء», "Monday's") is the latest such day not after it;
- a day and month without a year («21 مايو») take the latest such date not after it, and so
  does a bare day of the month ("on the 3rd");
- «الأسبوع الماضي», "earlier this week" give that week (ISO, from Monday) with WEEK precision,
  dated by its Monday; «قبل أسبوعين», "a week ago" count weeks back, «قبل أيام» (no count) is the
  week before the report, "over the weekend" is the latest Saturday, a range of days («بين 10
  و12 آذار») its first day, all with WEEK precision;
- «ليلة الجمعة - السبت» is one night, dated by its first day;
- «أواخر الشهر الماضي», "in March" give a month with MONTH precision, dated by its first day
  (the start of the period, as ACLED's period codes need one day).
- a year before the report's («عام 2013», "in 2013", «قبل عشر سنوات») has YEAR precision: history
  the report recalls, which events.py codes no event from («منذ 2011», "since 2011" is none);
With no report date, relative and year-less dates stay unresolved: `date` is None and
`note` says why. Future phrases («الشهر المقبل», «أغسطس المقبل», "next Monday") and dates
after the report date are not dates of events: the report tells of a plan.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import reduce
from operator import or_
from typing import Iterable

from .lexicon import WordTable
from .segment import fold

DAY, WEEK, MONTH = 1, 2, 3  # ACLED time_precision
YEAR = 4  # no ACLED precision: a year before the report's is history ("captured in 2018"), no event's date

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


def _trie(words: list[str]) -> str:
    """An alternation of words branched letter by letter, «ا(?:ذار|ي(?:ار|لول)|ب(?:ريل)?...)»:
    the regex engine tries the one branch of the letter it reads, where it would try each word
    in turn at every character of a text. Where one word begins another, the longer is tried
    first, as in an alternation sorted longest first: the same matches."""
    heads: dict[str, list[str]] = {}
    for w in words:
        heads.setdefault(w[:1], []).append(w[1:])
    branches = [re.escape(c) + _trie(rest) for c, rest in heads.items() if c]
    if not branches:
        return ""
    if len(branches) == 1 and "" not in heads:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" + ("?" if "" in heads else "")


_MONTH = _trie(list(_MONTHS))
# «وفي 21 أيار», «بـ21 أيار»; a day glued to a Latin word before it («Shared with Public28 نوفمبر», a
# social page's date line) is still read, one glued to an Arabic word or a number is not
_PFX = r"(?<![^\W\da-z])(?:[وفب]|في\s)?"
_FUTURE = r"(?!\s*(?:المقبل|القادم|next|coming))"

_TO_MONTH = rf"(?:st|nd|rd|th)?\s*(?:من\s+)?(?:شهر\s+)?(?:of\s+)?({_MONTH})(?![\w])"  # after a day's digits
_DAY_MONTH = re.compile(
    rf"{_PFX}(?:ال)?(?<!\d)(\d{{1,2}}){_TO_MONTH}"
    rf"(?:\s*/\s*(?:{_MONTH})(?![\w]))?(?:\s*(?:عام|سنه|,)?\s*(\d{{4}})(?!\d))?{_FUTURE}")
# A day's digits and its month, in every match of _DAY_MONTH: a test that stops only at digits,
# where the pattern is tried at every character.
_DAY_MONTH_HINT = re.compile(rf"\d{_TO_MONTH}")
# A range of days in one month: «بين 10 و12 آذار», «من 10 إلى 12 آذار», "between 10 and 12 March",
# "10-12 March", "from March 10 to 12" («إلى» folds to «الي»). It needs "between"/"from" or a
# hyphen: «قتل 3 و12 آذار» is no range.
_TO = r"\s*(?:and|to|until|till|through|و|الي|حتي|لغايه|ولغايه|[-–])\s*"
_TH = r"(?:st|nd|rd|th)?"
_DAY_RANGE = re.compile(  # the lookahead: a first letter of each form, a cheap test at every character
    rf"(?=[bfبفمو\d])(?:(?<![\w])(?:(?:between|from|[وف]?بين|[وف]?من|[وف]?في\s+الفتره\s+من)\s+(?:ال)?(?P<a>\d{{1,2}}){_TH}{_TO}"
    rf"|(?P<b>\d{{1,2}}){_TH}\s*[-–]\s*)(?:ال)?(?P<z>\d{{1,2}}){_TH}\s*(?:من\s+)?(?:شهر\s+)?(?:of\s+)?(?P<name>{_MONTH})(?![\w])"
    rf"(?:\s*/\s*(?:{_MONTH})(?![\w]))?(?:\s*(?:عام|سنه|,)?\s*(?P<year>\d{{4}})(?!\d))?{_FUTURE}"
    rf"|(?<![\w])(?:between|from)\s+(?P<name2>{_MONTH})\s+(?P<a2>\d{{1,2}}){_TH}{_TO}(?P<z2>\d{{1,2}}){_TH}(?!\d)"
    rf"(?:,?\s*(?P<year2>\d{{4}})(?!\d))?)")
# In every match of _DAY_RANGE: "between"/"from", «بين»/«من» before a day's digits, or a hyphen;
# most sentences with a month have none, and this test stops only at those letters.
_RANGE_HINT = re.compile(r"between\s|from\s|بين\s+(?:ال)?\d|من\s+(?:ال)?\d|-|–")
# "on May 14", "since 3 May": a time word before an English "may" that has no year makes it
# the month; so does a day's "th" or "of", or, when "may" ends the date, no word after it
# ("... killed 14 May."), where "14 may have died", "they may 5" are the modal.
_MAY_BEFORE = re.compile(r"(?:^|\W)(?:on|since|from|until|till|before|after|between|early|mid|late)[\s,-]*$")
_MAY_AFTER = re.compile(r"\s*[^\W\d_]")
_MONTH_DAY = re.compile(
    rf"(?<![\w])({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s*(\d{{4}})(?!\d))?")
# A month's name and a digit, in every match of _MONTH_DAY: a test that stops only at a month's
# first letters, where the pattern (begun with a lookbehind) is tried at every character.
_MONTH_DAY_HINT = re.compile(rf"(?:{_MONTH})\.?\s+\d")
_MONTH_YEAR = re.compile(rf"(?<![\w])(?:شهر\s+)?({_MONTH})(?![\w])(?:\s*/\s*(?:{_MONTH}))?\s*(?:عام\s*|سنه\s*|,\s*)?(\d{{4}})(?!\d)")
_MONTH_YEAR_HINT = re.compile(rf"(?:{_MONTH})(?![\w])(?:\s*/\s*(?:{_MONTH}))?\s*(?:عام\s*|سنه\s*|,\s*)?\d{{4}}")  # (as _MONTH_DAY_HINT)
# No digit before the first: tested once that digit is read («\d(?<!\d\d)»), not before it, since a
# pattern that begins with a digit lets the regex engine skip to the digits of a sentence.
_ISO = re.compile(r"(\d(?<!\d\d)\d{3})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_DMY = re.compile(r"(\d(?<!\d\d)\d?)[-/.](\d{1,2})[-/.](\d{4})(?!\d)")
# "on the 3rd" (not "the 3rd Division"): a day of the month, without month or year.
_DAY_ALONE = re.compile(r"(?<![\w])on\s+the\s+(\d{1,2})(?:st|nd|rd|th)(?:\s+of\s+(?:this|the)\s+month)?(?!\s*\w)")
_DIGIT = re.compile(r"\d")  # each pattern above needs one: a text without digits skips them all
_DIGIT_SEP = re.compile(r"\d[-/.]\d")  # in every match of _ISO and _DMY
_FOUR_DIGITS = re.compile(r"\d\d{3}")  # in every match of _MONTH_YEAR (begun with one digit: see _ISO)

# Relative words: (pattern, days before the report date, words one of which is in every match).
# Longest alternatives first.
_RELATIVE = [
    (r"اول\s+من\s+امس|اول\s+امس|امس\s+الاول|(?:قبل|منذ)\s+يومين|the\s+day\s+before\s+yesterday", 2,
     ("امس", "يومين", "yesterday")),
    (r"(?:ليله|مساء|صباح|فجر|ظهر|عصر|ظهيره)?\s*(?:ال)?امس|البارحه|الليله\s+الماضيه|yesterday|last\s+night|overnight", 1,
     ("امس", "البارحه", "الليله", "yesterday", "night")),
    (r"(?:فجر|صباح|مساء|ظهر|عصر|ظهيره|ليله)\s+(?:اليوم|هذا\s+اليوم)|(?<!نفس )(?<!ذات )اليوم(?!\s+(?:التالي|السابق|نفسه|ذاته))|الليله|هذا\s+الصباح"
     r"|today|this\s+morning|tonight|earlier\s+today", 0,
     ("اليوم", "الليله", "الصباح", "today", "morning", "tonight")),
]
_RELATIVE_RE = [(re.compile(rf"(?<![\w])(?:[وفب]|لل)?(?:{p})(?![\w])"), days, 1 << n)
                for n, (p, days, _cues) in enumerate(_RELATIVE)]  # the bit of its cues (_cue_bits)
# "three days ago", «قبل ثلاثة أيام», «منذ 4 أيام»: a count of days back («منذ» + days is
# also "for N days", whose first day is the same date).
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
           "ثلاث": 3, "اربع": 4, "خمس": 5, "ست": 6, "سبع": 7, "ثماني": 8, "تسع": 9, "عشر": 10}
_DAYS_AGO = re.compile(
    rf"(?<![\w])(?:[وف]?(?:قبل|منذ)\s+(?:نحو\s+)?(?P<ar>\d{{1,2}}|(?:{'|'.join(k for k in _COUNTS if not k.isascii())})ه?)"
    rf"\s+(?:ايام|يوما)|(?P<en>\d{{1,2}}|{'|'.join(k for k in _COUNTS if k.isascii())})\s+days\s+ago)(?![\w])")
# «قبل أيام», «منذ بضعة أيام», "a few days ago": no count, no day; a week's precision, dated by
# the first of the seven days before the report (a week's date is its first day, as dedup reads
# it: not the report's own day, so not the event the report is about).
_FEW_DAYS_AGO = re.compile(
    r"(?<![\w])(?:[وف]?(?:قبل|منذ)\s+(?:بضعه\s+|عده\s+)?ايام(?:\s+قليله)?|(?:a\s+few|several)\s+days\s+ago)(?![\w])")
_PAST = r"(?:الماضي|الفايت|المنصرم|السابق)"  # «الفائت» folds to «الفايت»
_PROCLITIC = r"(?:[وفب]|لل)?"
_TIME_CUES = ("في", "خلال", "مطلع", "اوائل", "بدايه", "منتصف", "اواسط", "اواخر", "نهايه")  # «في», «أواخر»...
_PERIOD_CUES = rf"(?:{'|'.join(_TIME_CUES)})"
_PERIOD_PFX = rf"{_PROCLITIC}(?:{_PERIOD_CUES}\s+)?"
# The last week or month, early/mid/late in it or not; the current one only when the event
# came earlier in it ("earlier this week", «منتصف الشهر الجاري»): "the third attack this month"
# is better dated by the report's own day.
_PERIOD = re.compile(
    rf"(?<![\w])(?:(?:early|mid|late|earlier|later)[\s-]+)?(?:(?:last|the\s+previous)\s+(?P<en1>week|month)"
    rf"|{_PERIOD_PFX}(?P<ar1>الاسبوع|الشهر)\s+{_PAST}"
    rf"|(?P<this>(?:earlier|early)\s+this\s+(?P<en2>week|month)"
    rf"|[وفب]?(?:في\s+وقت\s+سابق\s+من|مطلع|اوائل|بدايه|منتصف|اواسط)\s+(?:هذا\s+(?P<ar2>الاسبوع|الشهر)"
    rf"|(?P<ar3>الاسبوع|الشهر)\s+(?:الجاري|الحالي))))(?![\w])")
# «قبل أسبوع», «منذ ثلاثة أسابيع», "two weeks ago": so many weeks back from the report, a week's
# precision (the day is rounded).
_WEEKS_AGO = re.compile(
    rf"(?<![\w])(?:[وف]?(?:قبل|منذ)\s+(?:نحو\s+)?(?:(?P<one>اسبوع)|(?P<two>اسبوعين)|(?P<ar>\d|"
    rf"{'|'.join(k for k in _COUNTS if not k.isascii())})ه?\s+اسابيع)"
    rf"|(?P<en>a|one|\d|{'|'.join(k for k in _COUNTS if k.isascii())})\s+weeks?\s+ago)(?![\w])")
# "over the weekend", "last weekend": the latest Saturday and Sunday (English reports).
_WEEKEND = re.compile(r"(?<![\w])(?:(?:over|during|at|on)\s+the|last|(?:this\s+)?past)\s+weekend(?![\w])")
# «في السابع عشر من الشهر الجاري», «الحادي والعشرين من أيار», «في 3 من الشهر الماضي», «يوم 10
# الجاري» (digits only there: «تشرين الثاني الجاري» is a month, not its 2nd day).
_ORDINALS = {"الاول": 1, "الحادي": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6,
             "السابع": 7, "الثامن": 8, "التاسع": 9, "العاشر": 10, "العشرين": 20, "الثلاثين": 30}
_UNITS = "|".join(w for w, n in _ORDINALS.items() if n < 10)
_DAY_OF = re.compile(
    rf"(?:(?<![\w])(?P<day>\d{{1,2}}|(?:{_UNITS})(?:\s+عشر|\s+و(?:العشرين|الثلاثين))?|العاشر|العشرين|الثلاثين)"
    rf"\s+من\s+(?:(?:شهر\s+)?(?P<name>{_MONTH})(?![\w])(?:\s*(?:عام|سنه)?\s*(?P<year>\d{{4}})(?!\d))?"
    rf"|الشهر\s+(?:(?P<last>{_PAST})|الجاري|الحالي)(?![\w]))"
    rf"|(?<![\w])(?:ال)?(?P<num>\d{{1,2}})\s+(?:الشهر\s+)?(?:الجاري|الحالي)(?![\w])){_FUTURE}")
# In every match of _DAY_OF, its day and the word after it: digits before «من», «الشهر», «الجاري»
# or «الحالي», or an ordinal word before «من». Tested first, as the pattern runs at every character.
_DIGITS_OF = re.compile(r"\d\s+(?:من\s|الشهر\s|الجاري|الحالي)")
_ORDINAL_OF = re.compile(rf"ال(?:{'|'.join(w[2:] for w in _ORDINALS)})(?:\s+عشر|\s+و(?:العشرين|الثلاثين))?\s+من\s")

# A month named without day or year after a cue word: «في أيار», «أواخر شهر تموز الفائت»,
# "in March", "mid-May" (a bare «مارس» or "march" is too often something else).
_MONTH_ALONE = re.compile(
    rf"(?<![\w])(?:{_PROCLITIC}(?:{_PERIOD_CUES}\s+(?P<s1>شهر\s+)?|(?P<s2>شهر\s+))"
    rf"|(?:in|during|early|mid|late|last|earlier\s+in)[\s-]+)(?P<name>{_MONTH})(?![\w])"
    rf"(?>\s*/\s*(?:{_MONTH})(?![\w]))?(?P<past>\s+{_PAST})?(?![\s,]*\d){_FUTURE}")
# A cue word and its month, in every match of _MONTH_ALONE, in one alternation of plain words: a
# test that stops only at their first letters, where the pattern is tried at every character.
_MONTH_ALONE_HINT = re.compile(
    rf"(?:{'|'.join(_TIME_CUES)}|شهر|in|during|early|mid|late|last)[\s-]+(?:شهر\s+)?(?:{_MONTH})(?![\w])")

_EARLY = re.compile(rf"\s*(?:{_PROCLITIC}(?:مطلع|اوائل|بدايه)|early|earlier)(?![\w])")

_WEEKDAYS = {"الاثنين": 0, "الثلاثا": 1, "الاربعا": 2, "الخميس": 3, "الجمعه": 4, "السبت": 5,
             "الاحد": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
             "saturday": 5, "sunday": 6}
_EN_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# «الاثنين» is also "the two" and «الجمعة» Friday prayers: those two need «يوم» or a time word,
# or a verb of announcing before them, with a subject of up to three words between («أعلنوا الجمعة
# سيطرتهم», «أعلنت قسد الجمعة»: the day it was announced).
# English names stand alone ("Sunday night", "Monday's air strike"), but not after "next".
_WEEKDAY = re.compile(
    r"(?<![\w])(?:(?:[وفب]?(?:يوم|فجر|صباح|مساء|ليله|ليل|ظهر|عصر|on|last)\s+)(?P<a>الاثنين|الجمعه|"
    rf"الثلاثا|الاربعا|الخميس|السبت|الاحد|{_EN_DAYS})"
    r"|(?:[وف]?(?:اعلن|اعلنت|اعلنوا)\s+(?:[^\s\d]+\s+){0,3}?)(?P<c>الاثنين|الجمعه)"
    rf"|(?<!next\s)(?P<b>الثلاثا|الاربعا|الخميس|السبت|الاحد|{_EN_DAYS}))(?![\w])(?P<past>\s+{_PAST})?{_FUTURE}")
# Every match of a pattern holds a word with one of its cue words in it: of _DAYS_AGO one of
# _AGO_WORDS, of _WEEKDAY a weekday, of _PERIOD one of the _PERIOD_WORDS, of _WEEKS_AGO and
# _WEEKEND one of the _WEEK_WORDS, of _DAY_OF one of the _PERIOD_WORDS or a month's name
# (_names_month), of _DAY_ALONE "the", of the others a month's name (of
# _RELATIVE_RE, see _RELATIVE). Most sentences hold none, and a test of each word, remembered
# per word, is far cheaper than those patterns, which are tried at every character.
# A year before the report's: «عام 2013», «في 2013», "in 2013", «قبل عشر سنوات», "ten years ago"
# («منذ 2011», "since 2011" is a period still running, not a past date).
_YEAR_IN = re.compile(r"(?<![\w])(?:[وف]?(?:في|خلال|مطلع|اوائل|بدايه|منتصف|اواسط|اواخر|نهايه)\s+(?:ال)?(?:عام|سنه)?"
                      r"|[وف]?(?:ال)?(?:عام|سنه)|(?:(?:early|mid|late)[\s-]+)?(?:in|during)|early|mid|late)[\s-]*((?:19|20)\d\d)(?!\d)")
_YEARS_AGO = re.compile(
    rf"(?<![\w])(?:[وف]?قبل\s+(?:نحو\s+)?(?P<ar>\d{{1,2}}|(?:{'|'.join(k for k in _COUNTS if not k.isascii())})ه?)"
    rf"\s+(?:سنوات|اعوام|عاما|سنه)|(?P<en>\d{{1,2}}|{'|'.join(k for k in _COUNTS if k.isascii())})\s+years\s+ago)(?![\w])")
_YEAR_WORDS = ("سنوات", "اعوام", "عاما", "سنه", "years")  # of _YEARS_AGO (_YEAR_IN needs a year's digits)
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
_AGO_WORDS = ("ايام", "يوما", "days")
_PERIOD_WORDS = ("اسبوع", "اسابيع", "شهر", "جاري", "حالي", "week", "month")
_WEEK_WORDS = ("اسبوع", "اسابيع", "week")
_CUES = [cues for _p, _days, cues in _RELATIVE] + [_AGO_WORDS, tuple(_WEEKDAYS), _PERIOD_WORDS, ("the",), _YEAR_WORDS,
                                                   _WEEK_WORDS]
_AGO, _WEEKDAY_CUE, _PERIOD_CUE, _THE, _YEAR_CUE, _WEEK_CUE, _MONTH_CUE = (
    1 << n for n in range(len(_RELATIVE), len(_CUES) + 1))
MONTH_NAMES = frozenset(_MONTHS)  # folded, Arabic (both forms) and English
MONTH_WORDS = frozenset(name.split()[0] for name in _MONTHS)  # «كانون الثاني»: «كانون»
_ORDINAL_ENDS = ("st", "nd", "rd", "th")
_PARTS = re.compile("['-]")  # inside a Latin token («may's»)
_LETTERS = re.compile(r"[^\W\d_]+")  # words enough for _cue_bits, when the caller has no tokens


def _cue_bits(word: str) -> int:
    """The patterns (bits of _CUES, and _MONTH_CUE) a word may stand in a match of."""
    bits = sum(1 << n for n, cues in enumerate(_CUES) if any(c in word for c in cues))
    return bits | (_MONTH_CUE if _names_month(word) else 0)


# Folded word -> _cue_bits, computed on first sight (see WordTable).
_CUE_BITS = WordTable(_cue_bits, 100_000)


def _names_month(word: str) -> bool:
    """Whether a word is a month's name as the patterns read one: a whole word (no letter or
    digit either side, «الإرهاب» ends in «اب»), or one after the "rd" of a day ("3rdmay")."""
    return any(p in MONTH_WORDS or (p[:2] in _ORDINAL_ENDS and p[2:] in MONTH_WORDS) for p in _PARTS.split(word))


@dataclass
class DateMention:
    start: int  # offsets in the folded text
    end: int
    date: str | None  # ISO date, None when it cannot be fixed
    precision: int  # DAY, WEEK, MONTH
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
    """The latest such date not after the report; but one in the month after the report is
    that coming day («talks on 5 April» in a report of 1 April), a plan find_dates drops."""
    for year in (report.year + 1, report.year, report.year - 1):
        d = _safe_date(year, month, day)
        if d and d <= report + dt.timedelta(days=31):
            return d
    return None


def _latest_day(day: int, report: dt.date) -> dt.date | None:
    """That day of the report's month if not after the report, else of the month before."""
    d = _safe_date(report.year, report.month, day)
    if d and d <= report:
        return d
    before = report.replace(day=1) - dt.timedelta(days=1)
    return _safe_date(before.year, before.month, day)


def _month_start(month: int, report: dt.date, past: bool) -> dt.date:
    """The first day of the latest such month not after the report's (before it when `past`)."""
    same_year = month < report.month or (month == report.month and not past)
    return dt.date(report.year if same_year else report.year - 1, month, 1)


def _numeric_dates(folded: str, report: dt.date | None, start: int, end: int, cues: int, add, digit: int) -> None:
    """The dates written with digits: ISO and d/m/y, day and month names, month and year, "on the 3rd"
    (`cues`: _cue_bits of folded[start:end]; `digit`: the offset of its first digit, where the
    patterns that begin with one are searched from: a search for a digit tests each character's
    Unicode category, and a sentence's first digit often comes late in it)."""
    for rx in (_ISO, _DMY) if _DIGIT_SEP.search(folded, digit, end) else ():
        for m in rx.finditer(folded, digit, end):
            y, a, b = (int(g) for g in m.groups()) if rx is _ISO else (int(m[3]), int(m[2]), int(m[1]))
            if rx is _DMY and a > 12 >= b:  # 11/26/2024: month first after all
                a, b = b, a
            d = _safe_date(y, a, b)
            if d:
                add(m, d, DAY, m.group(), False)
    for m in _DAY_ALONE.finditer(folded, start, end) if cues & _THE else ():
        if report:
            add(m, _latest_day(int(m[1]), report), DAY, f"{m.group()}: month of the report", True)
        else:
            add(m, None, DAY, f"{m.group()}: day of the month, no report date", True)
    if not cues & _MONTH_CUE:
        return
    # (each pattern after a cheaper test its matches pass; no match begins more than `back` characters
    # before the test's first, «وفي ال21 أيار»: the pattern is searched for from there)
    for rx, hint, hint_from, back, day_group, month_group, year_group in (
            (_DAY_MONTH, _DAY_MONTH_HINT, digit, 6, 1, 2, 3), (_MONTH_DAY, _MONTH_DAY_HINT, start, 0, 2, 1, 3)):
        first = hint.search(folded, hint_from, end)
        for m in rx.finditer(folded, max(start, first.start() - back), end) if first else ():
            month = _MONTHS[m[month_group]]
            if m[month_group] == "may" and not m[year_group] and _modal_may(folded, m):
                continue
            day = int(m[day_group])
            if m[year_group]:
                d = _safe_date(int(m[year_group]), month, day)
                if d:
                    add(m, d, DAY, m.group().strip(), False)
            elif report:
                add(m, _latest_not_after(month, day, report), DAY, f"{m.group().strip()}: year of the report", False)
            else:
                add(m, None, DAY, f"{m.group().strip()}: no year and no report date", False)
    for m in _DAY_RANGE.finditer(folded, start, end) if _RANGE_HINT.search(folded, start, end) else ():
        name, year = m["name"] or m["name2"], m["year"] or m["year2"]
        if name == "may" and not year and _modal_may(folded, m):
            continue
        first, last = int(m["a"] or m["b"] or m["a2"]), int(m["z"] or m["z2"])
        if not first < last <= 31:
            continue  # "from 3 to 3 March", "10-2 March": not a range of days
        if year:
            d = _safe_date(int(year), _MONTHS[name], first)
        else:
            d = _latest_not_after(_MONTHS[name], last, report) if report else None
            d = d and _safe_date(d.year, d.month, first)
        # ACLED: a range of days is dated by its first, a week's precision (a month's if longer).
        note = f"{m.group().strip()}: days {first} to {last}" + ("" if year or report else ", no year and no report date")
        add(m, d, WEEK if last - first < 7 else MONTH, note, False)
    hint = _FOUR_DIGITS.search(folded, digit, end) and _MONTH_YEAR_HINT.search(folded, start, end)
    for m in _MONTH_YEAR.finditer(folded, start, end) if hint else ():
        if m[1] == "may" and not re.match(r"may\s+\d{4}", m.group()):
            continue
        add(m, _safe_date(int(m[2]), _MONTHS[m[1]], 1), MONTH, m.group().strip(), False)


def _modal_may(folded: str, m: re.Match) -> bool:
    """Whether an English "may" without a year in match m is the modal, not the month."""
    if re.search(r"\d(?:st|nd|rd|th)|\bof\b|\b(?:between|from)\b", m.group()):
        return False
    if _MAY_BEFORE.search(folded, max(0, m.start() - 12), m.start()):
        return False
    return not m.group().rstrip().endswith("may") or bool(_MAY_AFTER.match(folded, m.end()))


def _ordinal(day: str) -> int:
    """«17», «السابع عشر», «الحادي والعشرين» as a number."""
    if day.isdigit():
        return int(day)
    first, *rest = day.split()
    return _ORDINALS[first] + (10 if rest == ["عشر"] else _ORDINALS[rest[0][1:]] if rest else 0)


def _periods(folded: str, report: dt.date | None, start: int, end: int, cues: int, add, digit: int | None) -> None:
    """Weeks and months without a year («الأسبوع الماضي», "earlier this month", «في أيار»),
    and days of them («السابع عشر من الشهر الجاري»); `cues`: _cue_bits of folded[start:end];
    `digit`: the offset of its first digit, None if it has none (see _numeric_dates)."""
    if not cues & (_PERIOD_CUE | _MONTH_CUE):
        return  # each pattern needs a word of a period or a month's name

    def period(m: re.Match, first: dt.date | None, precision: int, what: str) -> None:
        if report:
            add(m, first, precision, f"{m.group().strip()}: the {what} of {first.isoformat()}", True)
        else:
            add(m, None, precision, f"{m.group().strip()}: relative, no report date", True)

    monday = report - dt.timedelta(days=report.weekday()) if report else None
    this_month = report.replace(day=1) if report else None
    last_month = (this_month - dt.timedelta(days=1)).replace(day=1) if report else None
    for m in _PERIOD.finditer(folded, start, end) if cues & _PERIOD_CUE else ():
        if (m["en1"] or m["en2"] or m["ar1"] or m["ar2"] or m["ar3"]) in ("week", "الاسبوع"):
            period(m, monday if m["this"] or not monday else monday - dt.timedelta(days=7), WEEK, "week")
        else:
            period(m, this_month if m["this"] else last_month, MONTH, "month")
    for m in _WEEKS_AGO.finditer(folded, start, end) if cues & _WEEK_CUE else ():
        count = m["ar"] or m["en"]
        weeks = 1 if m["one"] or count in ("a", "one") else 2 if m["two"] else int(count) if count.isdigit() else _COUNTS[count]
        if report:
            add(m, report - dt.timedelta(days=7 * weeks), WEEK, f"{m.group().strip()}: {weeks} week(s) before {report.isoformat()}", True)
        else:
            add(m, None, WEEK, f"{m.group().strip()}: relative, no report date", True)
    for m in _WEEKEND.finditer(folded, start, end) if cues & _WEEK_CUE else ():
        period(m, report - dt.timedelta(days=(report.weekday() - 5) % 7) if report else None, WEEK, "weekend")
    day_of = (digit is not None and _DIGITS_OF.search(folded, digit, end)) or _ORDINAL_OF.search(folded, start, end)
    for m in _DAY_OF.finditer(folded, start, end) if day_of else ():
        day, note = _ordinal(m["day"] or m["num"]), m.group().strip()
        if m["year"]:
            add(m, _safe_date(int(m["year"]), _MONTHS[m["name"]], day), DAY, note, False)
        elif not report:
            add(m, None, DAY, f"{note}: no year and no report date", m["name"] is None)
        elif m["name"]:
            add(m, _latest_not_after(_MONTHS[m["name"]], day, report), DAY, f"{note}: year of the report", False)
        else:
            month = last_month if m["last"] else this_month
            add(m, _safe_date(month.year, month.month, day), DAY, f"{note}: month of {month.isoformat()[:7]}", True)
    hint = cues & _MONTH_CUE and _MONTH_ALONE_HINT.search(folded, start, end)
    for m in _MONTH_ALONE.finditer(folded, start, end) if hint else ():
        if m["name"] == "اب" and not (m["s1"] or m["s2"]):
            continue  # «اب» is also "father": only «شهر آب» is the month
        past = bool(m["past"]) or m.group().lstrip().startswith("last")
        first = _month_start(_MONTHS[m["name"]], report, past) if report else None
        # The report's own month only early in it, as "earlier this month" above.
        if report is None or first != this_month or _EARLY.match(m.group()):
            period(m, first, MONTH, "month")


def find_dates(folded: str, report: dt.date | None, start: int = 0, end: int | None = None,
               words: Iterable[str] | None = None) -> list[DateMention]:
    """Date expressions in folded[start:end], in text order, overlapping ones dropped, and
    none after the report date (the date of a plan, not of an event). `words`: the tokens of
    folded[start:end] (segment), when the caller has them."""
    end = len(folded) if end is None else end
    found: list[DateMention] = []

    def add(m: re.Match, date: dt.date | None, precision: int, note: str, relative: bool) -> None:
        found.append(DateMention(m.start(), m.end(), date.isoformat() if date else None, precision, note, relative))

    if words is None:
        words = _LETTERS.findall(folded, start, end)
    cues = reduce(or_, map(_CUE_BITS.__getitem__, words), 0)
    digits = _DIGIT.search(folded, start, end)
    if not (cues or digits):
        return found  # every pattern needs a cue word or a digit: most sentences have neither
    digit = digits.start() if digits else None
    if digits:
        _numeric_dates(folded, report, start, end, cues, add, digit)
    _relative_days(folded, report, start, end, cues, add)
    _periods(folded, report, start, end, cues, add, digit)
    if report is not None:
        _past_years(folded, report, start, end, cues, add, digit)
    if not found:
        return found  # most sentences
    kept = _explicit_wins(folded, _day_and_weekday(folded, _drop_overlaps(found)))
    if report is None:
        return kept
    return [d for d in kept if d.date is None or d.date <= report.isoformat()]


def _past_years(folded: str, report: dt.date, start: int, end: int, cues: int, add, digit: int | None) -> None:
    """Years before the report's (_YEAR_IN, _YEARS_AGO), dated by their first day, with YEAR
    precision; a date of month or day in them wins (_drop_overlaps). `cues`: as for _relative_days;
    `digit`: as for _periods."""
    years = digit is not None and _YEAR_DIGITS.search(folded, digit, end) and _year_after_word(folded, start, end)  # (most have none)
    for m in _YEAR_IN.finditer(folded, start, end) if years else ():
        year = int(m[1])
        if year < report.year and not folded[max(start, m.start() - 5):m.start()].rstrip().endswith(("منذ", "since")):
            add(m, dt.date(year, 1, 1), YEAR, f"{m.group().strip()}: a year before the report's", False)
    for m in _YEARS_AGO.finditer(folded, start, end) if cues & _YEAR_CUE else ():
        count = m["ar"] or m["en"]
        years = int(count) if count.isdigit() else _COUNTS[count.removesuffix("ه")]
        if years:
            add(m, dt.date(report.year - years, 1, 1), YEAR, f"{m.group().strip()}: {years} year(s) before the report", True)


def _year_after_word(folded: str, start: int, end: int) -> bool:
    """Whether the digits of a year stand right after a word, spaces and hyphens between, as in
    every match of _YEAR_IN («عام 2013», "in 2013"), not after a day and month («5/3/2013»): a
    test of the few years, where the pattern is tried at every character."""
    for m in _YEAR_DIGITS.finditer(folded, start, end):
        k = m.start()
        while k > start and (folded[k - 1].isspace() or folded[k - 1] == "-"):
            k -= 1
        if k > start and folded[k - 1].isalpha():
            return True
    return False


def _relative_days(folded: str, report: dt.date | None, start: int, end: int, cues: int, add) -> None:
    """Days counted back from the report: «أمس», "three days ago", weekdays (`cues`: _cue_bits
    of folded[start:end])."""
    for rx, days, bit in _RELATIVE_RE:
        for m in rx.finditer(folded, start, end) if cues & bit else ():
            word = m.group().strip()
            if report:
                add(m, report - dt.timedelta(days=days), DAY, f"{word}: {days} day(s) before {report.isoformat()}", True)
            else:
                add(m, None, DAY, f"{word}: relative, no report date", True)
    for m in _DAYS_AGO.finditer(folded, start, end) if cues & _AGO else ():
        count = m["ar"] or m["en"]
        days = int(count) if count.isdigit() else _COUNTS[count.removesuffix("ه")]
        if report:
            add(m, report - dt.timedelta(days=days), DAY, f"{m.group().strip()}: {days} day(s) before {report.isoformat()}", True)
        else:
            add(m, None, DAY, f"{m.group().strip()}: relative, no report date", True)
    for m in _FEW_DAYS_AGO.finditer(folded, start, end) if cues & _AGO else ():
        first = report - dt.timedelta(days=7) if report else None
        note = f"from {first.isoformat()} to {report - dt.timedelta(days=1)}" if report else "relative, no report date"
        add(m, first, WEEK, f"{m.group().strip()}: some days before the report, no day told; {note}", True)
    for m in _WEEKDAY.finditer(folded, start, end) if cues & _WEEKDAY_CUE else ():
        if _names_a_market(folded, m):
            continue
        name = m["a"] or m["b"] or m["c"]
        if report:
            back = (report.weekday() - _WEEKDAYS[name]) % 7
            if back == 0 and (m["past"] or m.group().lstrip().startswith("last")):
                back = 7
            add(m, report - dt.timedelta(days=back), DAY, f"{m.group().strip()}: latest before {report.isoformat()}", True)
        else:
            add(m, None, DAY, f"{m.group().strip()}: weekday, no report date", True)


# «سوق الخميس», "the Friday market": a market named after the day it is held on, no date.
_MARKET_BEFORE = re.compile(r"(?<![\w])[وبل]?(?:ال)?(?:سوق|بازار)[\s\"'«»“”ـ]*$")
_MARKET_AFTER = re.compile(r"(?:'s)?\s+(?:market|bazaar)(?![\w])")


def _names_a_market(folded: str, m: re.Match) -> bool:
    """Whether the weekday of match m is part of a market's name («سوق الخميس», "Thursday market")."""
    day = m.start("a") if m["a"] else m.start("c") if m["c"] else m.start("b")
    return bool(_MARKET_BEFORE.search(folded, max(0, day - 12), day)) or bool(_MARKET_AFTER.match(folded, m.end()))


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


def _day_and_weekday(folded: str, found: list[DateMention]) -> list[DateMention]:
    """«أمس الخميس», "yesterday (Thursday)": a day counted from the report and the weekday
    right after it are one date. When they disagree (a report dated late or early), the
    counted day stands, as nearer the report, and the note gives the weekday's date (but a weekday
    that is the report's own day names the day: _report_day_behind).
    «ليلة الجمعة - السبت», "the night of Friday to Saturday": a weekday and the next one are
    one night, dated by the first (the second may lie after the report, or a week back); but
    «بعد منتصف ليل الجمعة - السبت» (after midnight) is the second day."""
    out: list[DateMention] = []
    for d in found:
        prev = out[-1] if out else None
        first, second = (_weekday_of(folded, x) if x and x.relative else None for x in (prev, d))
        if (first is not None and second == (first + 1) % 7
                and _NIGHT_TO.fullmatch(folded, prev.end, d.start)):
            night = f"{prev.note}, to {folded[d.start:d.end].strip()}"
            if prev.date and _AFTER_MIDNIGHT.search(folded, max(0, prev.start - 20), prev.start):
                day, night = (dt.date.fromisoformat(prev.date) + dt.timedelta(days=1)).isoformat(), night + ", after midnight"
            else:
                day = prev.date
            out[-1] = DateMention(prev.start, d.end, day, DAY, night, True)
            continue
        if (prev is not None and prev.relative and prev.precision == DAY and d.relative and _is_weekday(folded, d)
                and not _is_weekday(folded, prev) and _only_weekday(folded[prev.end:d.start])):
            word = folded[d.start:d.end].strip()
            note = f"{prev.note}, {word}" if d.date == prev.date else f"{prev.note}; {word} would be {d.date}"
            day = prev.date
            if _report_day_behind(prev.date, d.date):
                day, note = d.date, f"{prev.note}; {word} is {d.date}, {DAY_BEHIND}"
            out[-1] = DateMention(prev.start, d.end, day, DAY, note, True)
            continue
        out.append(d)
    return out


DAY_BEHIND = "the report's date a day behind its text"  # the end of a note of _report_day_behind
# "August 13, 2025 · Shared with Public": the header of a crawled social-media post (glued to the
# name before it: "Verified accountNovember 21, 2024")
_POSTED = re.compile(r"(?P<m>january|february|march|april|may|june|july|august|september|october|november|december)"
                     r" (?P<d>\d{1,2}), (?P<y>20\d\d)(?: at [^·\n]{1,12})? · shared with")


def posted_day(folded: str) -> dt.date | None:
    """The day a post's header says it was made, if the text is a crawled post."""
    m = _POSTED.search(folded) if "shared with" in folded else None
    return _safe_date(int(m["y"]), _MONTHS[m["m"]], int(m["d"])) if m else None


def _report_day_behind(counted: str | None, weekday: str | None) -> bool:
    """«أمس السبت» in a report dated that Saturday: the weekday is the report's own day, so the
    report was written the day after its recorded date (a dateline of Sunday; a crawl's date of a
    post made after midnight), and the weekday names the day. Only one day apart: a weekday that
    lies farther from the counted day is a writer's slip or an older event."""
    return bool(counted and weekday) and dt.date.fromisoformat(weekday) - dt.date.fromisoformat(counted) == dt.timedelta(days=1)


def _is_weekday(folded: str, d: DateMention) -> bool:
    """Whether a mention names a weekday («يوم الخميس», "on Thursday")."""
    return _weekday_of(folded, d) is not None


def _weekday_of(folded: str, d: DateMention) -> int | None:
    """The weekday (Monday 0) a mention names, if it names one."""
    return next((_WEEKDAYS[w] for w in _WORD_GAP.split(folded[d.start:d.end]) if w in _WEEKDAYS), None)


_WORD_GAP = re.compile(r"[\s,،()-]+")  # between the words of a date (_weekday_of, _only_weekday)


_AFTER_MIDNIGHT = re.compile(r"بعد\s+منتصف\s*$")
_NIGHT_TO = re.compile(r"\s*(?:[-–/]|to|(?:و\s*)?(?:الي|حتي)|علي)\s*")  # folded «إلى», «حتى», «على»


def _explicit_wins(folded: str, found: list[DateMention]) -> list[DateMention]:
    """«اليوم الجمعة 20 آذار», "yesterday, Friday March 20": relative words right before a day
    and month the text writes out are one date, the written one (a report dated a day late, or
    republished, would move the relative word, not the written day)."""
    out: list[DateMention] = []
    run: list[DateMention] = []
    for d in found + [None]:
        if d is not None and run and run[-1].relative and _only_weekday(folded[run[-1].end:d.start]):
            run.append(d)
            continue
        if len(run) > 1 and not run[-1].relative and run[-1].precision == DAY:
            last = run[-1]
            words = " ".join(folded[r.start:r.end].strip() for r in run[:-1])
            run = [DateMention(run[0].start, last.end, last.date, DAY, f"{last.note} (before it: {words})", False)]
        out.extend(run)
        run = [d] if d is not None else []
    return out


def _only_weekday(gap: str) -> bool:
    """Whether the text between two dates holds nothing but a weekday («الجمعة», which alone is
    also Friday prayers) and punctuation."""
    return all(w in _WEEKDAYS or w in ("يوم", "on", "الموافق") for w in _WORD_GAP.split(gap.strip(" ,،()-")) if w)


# "The next day", «في اليوم التالي»: a day counted from the date told before it, not from the report's.
_NEXT_DAY = re.compile(r"(?<![\w])(?:[وفب]|لل)?(?:(?:في\s+)?(?:صباح\s+|مساء\s+)?اليوم\s+التالي|the\s+(?:next|following)\s+day"
                       r"|a\s+day\s+(?:later|after(?=\s*[,.;:)]|\s*$)))(?![\w])")


# "the same day", «في اليوم نفسه», «في نفس اليوم»: the day told before it
_SAME_DAY = re.compile(r"(?<![\w])(?:[وفب]|لل)?(?:(?:في\s+)?(?:(?:نفس|ذات)\s+اليوم|اليوم\s+(?:نفسه|ذاته))"
                       r"|(?:the|that)\s+same\s+day|later\s+that\s+day)(?![\w])")


def next_day(folded: str, start: int, end: int, before: DateMention | None) -> DateMention | None:
    """The date of "the next day", «في اليوم التالي», in folded[start:end], counted from `before`,
    the day-precise date told before it; None when the text says no such thing or nothing before."""
    if before is None or before.date is None or before.precision != DAY or (
            folded.find("التالي", start, end) < 0 and folded.find(" day", start, end) < 0):
        return None  # (a word every match holds, found at C speed: most sentences have neither)
    m = _NEXT_DAY.search(folded, start, end)
    if m is None:
        return None
    day = dt.date.fromisoformat(before.date) + dt.timedelta(days=1)
    return DateMention(m.start(), m.end(), day.isoformat(), DAY, f"{m.group().strip()}: the day after {before.date}", False)


def same_day(folded: str, start: int, end: int, before: DateMention | None, told: list[DateMention]) -> DateMention | None:
    """The date of "the same day", «في اليوم نفسه», in folded[start:end]: the last day-precise
    date of `told` (its sentence's) before it, else `before`, the one told in a sentence before;
    None when the text says no such thing or no day was told."""
    if folded.find("اليوم", start, end) < 0 and folded.find(" day", start, end) < 0:
        return None  # (a word every match holds, found at C speed: most sentences have neither)
    if folded.find("نفس", start, end) < 0 and folded.find("ذات", start, end) < 0 and folded.find("day", start, end) < 0:
        return None  # (nor, an Arabic match, «نفس» or «ذات»: most sentences with «اليوم» have neither)
    m = _SAME_DAY.search(folded, start, end)
    if m is None:
        return None
    day = next((d for d in reversed(told) if d.end <= m.start() and d.date and d.precision == DAY), before)
    if day is None or day.date is None or day.precision != DAY:
        return None
    return DateMention(m.start(), m.end(), day.date, DAY, f"{m.group().strip()}: the day of {day.date}", False)


# "the previous day", «في اليوم السابق»; "the day before" only as a time of its own ("the day
# before the attack" is no date), and not "the day before yesterday"
_DAY_BEFORE = re.compile(r"(?<![\w])(?:[وفب]|لل)?(?:(?:في\s+)?(?:صباح\s+|مساء\s+)?اليوم\s+السابق|the\s+(?:previous|preceding)\s+day"
                         r"|a\s+day\s+earlier|the\s+day\s+before(?=\s*[,.;:)]|\s*$))(?![\w])")


def previous_day(folded: str, start: int, end: int, before: DateMention | None, report: dt.date | None
                 ) -> DateMention | None:
    """The date of "the previous day", «في اليوم السابق», in folded[start:end]: the day before
    `before`, the day-precise date told before it, or with none, before the report date."""
    if folded.find("السابق", start, end) < 0 and folded.find(" day", start, end) < 0:
        return None  # (a word every match holds, found at C speed: most sentences have neither)
    m = _DAY_BEFORE.search(folded, start, end)
    told = before is not None and before.date is not None and before.precision == DAY
    if m is None or not (told or report):
        return None
    anchor = dt.date.fromisoformat(before.date) if told else report
    day = anchor - dt.timedelta(days=1)
    return DateMention(m.start(), m.end(), day.isoformat(), DAY,
                       f"{m.group().strip()}: the day before {anchor.isoformat()}", not told)


# "X on Monday, a day after jets bombed Y", «... بعد يومين من قصف ...»: what follows happened that
# many days before X
_DAYS_AFTER = re.compile(r"(?<![\w])(?:(a|one|two|three)\s+days?\s+after|بعد\s+(يوم|يومين)\s+من)(?![\w])")
_HOW_MANY = {"a": 1, "one": 1, "two": 2, "three": 3, "يوم": 1, "يومين": 2}


def days_before(folded: str, start: int, end: int, then: DateMention) -> DateMention | None:
    """The date of what folded[start:end] tells as "a day after", «بعد يومين من» the event dated
    `then` (day-precise): that many days before it; None when it says no such thing."""
    if then.date is None or then.precision != DAY or folded.find(" after", start, end) < 0 and folded.find("بعد", start, end) < 0:
        return None  # (a word every match holds, found at C speed)
    m = _DAYS_AFTER.search(folded, start, end)
    if m is None:
        return None
    n = _HOW_MANY[m.group(1) or m.group(2)]
    day = dt.date.fromisoformat(then.date) - dt.timedelta(days=n)
    return DateMention(m.start(), m.end(), day.isoformat(), DAY, f"{m.group().strip()}: {n} day(s) before {then.date}", False)


def dates_in(text: str, report_date: str | dt.date | None = None) -> list[DateMention]:
    """Date expressions in raw text (offsets are into its folded form); a convenience for callers."""
    return find_dates(fold(text)[0], parse_report_date(report_date))
