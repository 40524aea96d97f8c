"""Numbers and casualty figures (killed, injured) in folded sentence tokens.

Numbers are digits (Arabic-Indic digits are already ASCII after folding), number words
(«خمسة», «خمسين», «خمسة وعشرين», "twenty five") and vague amounts, coded as:
«عدة»/«بضعة»/«عدد من»/"several"/"a number of" -> 3, «عشرات» ("tens")/"scores" -> 10, "dozens" -> 12 (ACLED's
convention: 10 for "tens", 12 for "dozens"), «مئات»/"hundreds" -> 100, «آلاف»/"thousands" -> 1000.
A single victim noun («مقتل طفل», «قتيل وجرحى», "killing a child") counts 1, a dual («قتيلان»,
«طفلين») 2, and the items of a list add up («امرأة وطفلين», "a woman and her two children": 3).

A number is a casualty figure when a death or injury word stands just after it («44 قتيلا»,
"5 killed") or shortly before it («مقتل 51 من عناصر», "killed at least 9"). The qualifier
records "at least", "about" and "latest" («ارتفع عدد القتلى إلى 50», "rose to"). A count told «في»/"in"
a place keeps where its place begins, and the parts of a total broken down («بينهم 7 في X و5 في Y»)
the total they are part of, for events.py to give each place its own.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache, reduce
from itertools import compress
from operator import attrgetter, or_
from typing import Iterable

from .dates import MONTH_NAMES, MONTH_WORDS
from .lexicon import WordTable, words_lists
from .segment import Token, fold, is_latin, readings, segment

_UNITS = {"واحد": 1, "واحده": 1, "اثنان": 2, "اثنين": 2, "اثنتين": 2, "اثنتان": 2,
          "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6,
          "سبع": 7, "سبعه": 7, "ثمان": 8, "ثماني": 8, "ثمانيه": 8, "تسع": 9, "تسعه": 9, "عشر": 10,
          "عشره": 10, "احد": 1, "احدي": 1,
          "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
          "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40,
         "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70, "ثمانون": 80,
         "ثمانين": 80, "تسعون": 90, "تسعين": 90, "مئة": 100, "مائة": 100, "مئتان": 200, "مئتين": 200,
         "مائتين": 200, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
         "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100}
_VAGUE = {"عده": 3, "بضعه": 3, "بضع": 3, "عشرات": 10, "مئات": 100, "الاف": 1000, "several": 3,
          "few": 3, "dozens": 12, "scores": 10, "dozen": 12, "hundreds": 100, "thousands": 1000}
# «عدد من المدنيين», «عدداً من», "a number of civilians": a vague amount in two words, 3 as «عدة»;
# the head word and the word after it («العدد من», "the number of" are no amount).
_SOME_OF = {"عدد": "من", "عددا": "من", "number": "of"}
_SCALE = {"الف": 1000, "الاف": 1000, "thousand": 1000, "مليون": 1_000_000, "million": 1_000_000,
          "dozen": 12}  # "two dozen"
NUMBER_WORDS = frozenset(_UNITS) | frozenset(_TENS) | frozenset(_VAGUE) | frozenset(_SCALE)
# One of the one just named, a victim too: «وابنه», «ومرافقه», «وسائقه» (his companion, his driver).
_HIS = {"ابنه", "ابنته", "ابنتها", "ابنها", "زوجته", "زوجها", "والدته", "والده", "والدتها", "والدها", "شقيقه",
        "شقيقته", "شقيقها", "شقيقتها", "طفلها", "طفلته", "طفلتها", "حفيده", "حفيدها", "حفيدته",
        "مرافقه", "مرافقها", "سائقه", "سائقها", "حارسه", "حارسها"}
# One victim, or two, written as a noun: «قتيل», «قتيلان», «مقتل طفل», «طفلين».
_SINGULAR = {"قتيل", "شهيد", "شهيده", "جريح", "مصاب", "طفل", "طفله", "شخص", "مدني", "رجل", "امراه", "شاب",
             "سيده", "عنصر", "جندي", "مقاتل", "مسن", "مواطن", "مواطنه", "فتاه", "قيادي", "قياديا", "ضابط", "مختار",
             "person", "child", "wife", "husband", "son",
             "daughter",
             # the object of a verb of killing: «قتل مسلحون شاباً»
             "شابا", "طفلا", "رجلا", "مدنيا", "عنصرا", "جنديا", "مقاتلا", "ضابطا", "مواطنا", "شخصا",
             "راع", "راعي", "راعيا", "مزارع", "مزارعا",
             # «ما أدى لمقتله»: the death of the one just named
             "مقتله", "مقتلها", "مصرعه", "مصرعها", "استشهاده", "استشهادها",
             "civilian", "man", "woman", "soldier", "fighter", "boy", "girl", "mother", "father", "leader",
             "commander", "member",
             # people by their work, as «راع» and «مزارع» above: "a mine killed a shepherd"
             "shepherd", "farmer", "driver", "worker", "doctor", "nurse", "teacher", "student", "journalist",
             "activist", "officer", "policeman", "teenager", "youth", "elder", "official", "militant", "gunman",
             "operative", "resident", "guard", "paramedic", "photographer", "reporter", "cleric", "judge", "citizen",
             "ناشط", "ناشطا", "صحفي", "صحفيا", "اعلامي", "اعلاميا", "طبيب", "طبيبا", "مسعف", "مسعفا", "سائق", "سائقا",
             "مسؤول", "مسؤولا", "قائد", "قائدا", "عسكري", "عسكريا", "مهندس", "مهندسا", "مهندسه", "engineer",
             "متطوع", "متطوعا", "volunteer",  # «جثمان المتطوع فلان»: a rescuer
             # «مقتل الطالب», «طالباً» (not «طالب» alone: also the verb "demanded")
             "الطالب", "طالبا", "طالبه",
             "bodyguard", "companion", "escort",
             # «قتل مدني وأصيب آخر», "killing one and wounding another": one more; «قتل عنصران وأصيب ثالث»:
             # a third, one more after a count
             "اخر", "another", "ثالث", "رابع", "خامس",
             # one named: «قتل المدعو فلان» (a given name alone tells no count: no list of names is kept)
             "مدعو", "مدعوه"}
_DUAL = {"قتيلان", "قتيلين", "شهيدين", "شهيدان", "جريحين", "جريحان", "طفلين", "طفلان", "شخصين",
         "شابين", "امراتين", "عنصرين", "جنديين", "مدنيين اثنين",
         # the nominative of a dual subject: «قتل عنصران», «أصيب شخصان»
         "عنصران", "شخصان", "شابان", "جنديان", "مدنيان", "مقاتلان", "امراتان", "رجلان", "طفلتان", "طفلتين",
         "مواطنان", "عسكريان", "عسكريين",
         # duals whose plural is another word (رجال، سيدات، ضباط، فتيات): «أعدم رجلين», «إصابة سيدتين»
         "رجلين", "سيدتين", "سيدتان", "ضابطين", "ضابطان", "فتاتين", "فتاتان", "شابتين", "شابتان", "رضيعين", "رضيعان",
         # «امرأة وطفليها»: two of the one just named
         "طفليها", "طفليه", "ابنيها", "ابنيه", "ولديها", "ولديه",
         "شقيقان", "شقيقين", "شقيقتان", "شقيقتين", "اخوين",  # «قتل شقيقان»: two brothers
         "شهيدتان", "شهيدتين",  # two women martyrs
         # «أصيب طفلاها», «آخران»: two of one's own, two others
         "طفلاه", "طفلاها", "طفليه", "طفليها", "ولداه", "ولداها", "ولديه", "ولديها", "ابناه", "ابناها",
         "ابنيه", "ابنيها", "اخران", "مقتلهما", "مصرعهما", "استشهادهما"}

_KILLED = ("قتيل", "قتلي", "قتلا", "قتل", "مقتل", "شهيد", "شهدا", "استشهاد", "استشهد", "مصرع", "ضحايا",
           "ضحيه", "جثث", "جثامين", "جثه", "حتف", "بحياة", "وفاه", "توفي", "اعدام", "اعدم",
           "killed", "kill", "dead", "death", "deaths", "died", "lives", "fatalities", "toll", "executed",
           "martyr",  # "a civilian was martyred", "martyring two": SANA's and the Kurdish agencies' word
           "bodies",  # "300 bodies were found", as «جثث» (not "body": "bodyguard")
           "assassinat",
           "ارتقا", "ارتقي", "ارتقوا", "ارتقت")  # «ارتقاء 7 أشخاص», «ارتقى 9 مدنيين»: "rose" (as martyrs), killed
_INJURED = ("جريح", "جرحي", "جرح", "اصابه", "اصابات", "اصيب", "مصاب", "injur", "wound", "hurt")
# Words that may stand between a number and its casualty word («50 شخصا», "9 civilians were").
_FILLER = ("شخص", "اشخاص", "مدني", "طفل", "اطفال", "امراه", "نسا", "عنصر", "عناصر", "مقاتل", "جندي",
           "جنود", "اخر", "من", "بين", "مواطن", "ضحيه", "people", "person", "civilian", "citizen", "others", "other", "more",
           "children", "child", "soldier", "fighter", "member", "militant", "were", "was", "have", "has",
           "been", "are", "and", "of", "women", "woman", "men", "boy", "girl", "at", "least", "shot", "على", "الاقل",
           "lost", "their",  # "16 civilians lost their lives"
           # "seven members of one family", «6 أفراد من عائلة واحدة», «إلى 6 عدد المدنيين الذين»
           "reported", "allegedly", "all",  # "were reported killed", "reportedly"
           # "her two daughters", "seven SDF guards", "three council members": victims by kin or role
           "daughter", "son", "brother", "sister", "guard", "employee", "council",
           "one", "same", "family", "families", "افراد", "عائله", "اسره", "واحد", "عدد", "الذين")
# "3 rebel fighters", "two SDF fighters were shot dead": the side a victim noun belongs to, no
# word of its own in the reach of the number's casualty word.
_SIDES = ("rebel", "regime", "government", "opposition", "pro-", "syrian", "kurdish", "turkish", "russian",
          "iranian", "isis", "isil", "sdf", "hts", "fsa", "sna", "ypg", "ndf", "asayish")
_FILLER += _SIDES
# Units that make a number something other than a count of people.
_NOT_PEOPLE = ("ساع", "يوم", "ايام", "اسبوع", "شهر", "اشهر", "عام", "اعوام", "سنه", "سنوات", "كيلو",
               "كم", "متر", "دقيق", "غاره", "غارات", "صاروخ", "صواريخ", "قذيف", "قذائف", "طائر", "برميل",
               "hour", "day", "week", "month", "year", "km", "kilomet", "mile", "meter", "metre", "minute",
               "strike", "rocket", "missile", "shell", "aircraft", "dollar", "دولار", "ليره", "بالمئه", "%",
               "مواش", "ماشيه", "اغنام", "livestock", "sheep", "cattle")  # «نفق عدد من المواشي»: beasts
_LATEST = ("ارتفع", "ارتفعت", "وصل", "وصلت", "بلغ", "بلغت", "rose", "risen", "climbed", "reached", "rises",
           "raised")  # "later raised the toll to 31"
_AT_LEAST = ("الاقل", "يقل", "least")
_ABOUT = ("نحو", "حوالي", "قرابه", "زهاء", "اكثر", "about", "around", "nearly", "approximately", "some",
          "more", "over", "almost")

KILLED, INJURED = "killed", "injured"
_TEXT, _START = attrgetter("text"), attrgetter("start")


def _folded_keys(d: dict) -> dict:
    return {fold(k)[0]: v for k, v in d.items()}


def _folded(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(fold(w)[0] for w in words)


# Written with hamzas for the reader; matched in folded form («مئة» -> «ميه»).
_UNITS, _TENS, _VAGUE, _SCALE = map(_folded_keys, (_UNITS, _TENS, _VAGUE, _SCALE))
_HIS = frozenset(fold(w)[0] for w in _HIS)
_SINGULAR, _DUAL = {fold(w)[0] for w in _SINGULAR} | _HIS, {fold(w)[0] for w in _DUAL}
_KILLED, _INJURED, _FILLER, _NOT_PEOPLE, _LATEST, _AT_LEAST, _ABOUT = map(
    _folded, (_KILLED, _INJURED, _FILLER, _NOT_PEOPLE, _LATEST, _AT_LEAST, _ABOUT))


@dataclass
class Number:
    value: int
    first: int  # token indices (inclusive, exclusive)
    last: int
    vague: bool = False
    word: str = ""


@dataclass
class Figure:
    """A casualty count as one report gave it."""

    kind: str  # KILLED or INJURED
    value: int
    start: int  # folded offsets of the number
    end: int
    qualifier: str = ""  # "at least", "about", "latest", "vague" or ""
    victims: str = ""  # "civilians", "children", "fighters" (the group is named by the caller)
    source: str = ""  # who gave it, filled in by the caller
    word: str = ""  # the number as written (folded)
    window_end: int = 0  # folded offset where the victims' description ends
    high: int | None = None  # the top of a range ("between 3 and 6": value 3, high 6)
    part_of: int | None = None  # the start of the total this figure is a part of («هم 4 في X و3 في Y»)
    at: int | None = None  # folded offset of the words after «في»/"in" that say where it was counted («7 في إدلب»)
    among: bool = False  # who were among a total told before it («بينهم طفلان»): no estimate of the toll


def numbers(tokens: list[Token], at: Iterable[int] | None = None) -> list[Number]:
    """Numbers among tokens, compounds («خمسة وعشرين», "twenty five", "3 آلاف") joined; `at`:
    the indices of the tokens that may begin one (_may_count), when the caller has them."""
    out: list[Number] = []
    end = 0
    if at is None:  # only the tokens that may begin a number, picked out at C speed
        at = compress(range(len(tokens)), map(_may_count, map(_TEXT, tokens)))
    for i in at:
        if i >= end and (n := _number_at(tokens, i)) is not None:
            out.append(n)
            end = n.last
    return out


def _may_count(w: str) -> bool:
    """Whether a folded word is a number or may begin one («عدد» of «عدد من», «اثنا» of «اثنا عشر»)."""
    return _text_value(w) is not None or _some_of_head(w) is not None or w in _TWELVE


# «اثنا عشر», «اثني عشر»: "two" only before «عشر»; alone the word is «أثناء» ("during"), folded.
_TWELVE = frozenset(("اثنا", "اثني"))


def _some_of_head(w: str) -> str | None:
    """The word that must follow `w` for the two to say "a number of" («عدد», «وعدداً»: «من»)."""
    return _SOME_OF.get(w) or (_SOME_OF.get(w[1:]) if w[:1] in ("و", "ب", "ل") and not w.isascii() else None)


def _some_of(tokens: list[Token], i: int) -> bool:
    """Whether tokens i and i + 1 say "a number of" people («قتل عدد من المدنيين», "a number of
    civilians were killed"), not «عدد من الغارات» nor "the number of the dead"."""
    of = _some_of_head(tokens[i].text)
    if of is None or i + 1 >= len(tokens) or tokens[i + 1].text != of:
        return False
    if tokens[i].text == "number" and not (i and tokens[i - 1].text == "a"):
        return False
    return i + 2 >= len(tokens) or not any(r.startswith(_NOT_PEOPLE) for r in tokens[i + 2].readings)


@lru_cache(maxsize=100_000)  # pure, and asked of every token of a violent sentence
def _text_value(w: str) -> tuple[int, bool] | None:
    """(value, vague) of a folded word that is a number, else None."""
    if w.isdigit():
        return (int(w), False) if len(w) <= 6 else None
    tens, dash, unit = w.partition("-")
    if dash and _TENS.get(tens, 100) < 100 and _UNITS.get(unit, 10) < 10:
        return _TENS[tens] + _UNITS[unit], False  # "thirty-three", one token
    for r in readings(w):
        if r in _UNITS:
            return _UNITS[r], False
        if r in _TENS:
            return _TENS[r], False
        if r in _VAGUE:
            return _VAGUE[r], True
    if any(r in _DUAL for r in readings(w)):  # «طفلين», «وطفلين»
        return 2, False
    return None


def _number_at(tokens: list[Token], i: int) -> Number | None:
    if i and tokens[i - 1].text == "no":
        return None  # "no one was hurt"
    v = _text_value(tokens[i].text)
    if tokens[i].text.removeprefix("و") == "الاثنين":
        return None  # «اليوم الاثنين»: Monday (a count of two takes no article)
    if tokens[i].text in _TWELVE:
        return Number(12, i, i + 2, word=f"{tokens[i].text} {tokens[i + 1].text}") \
            if i + 1 < len(tokens) and tokens[i + 1].text in ("عشر", "عشره") else None
    if v is None:
        return Number(3, i, i + 2, True, f"{tokens[i].text} {tokens[i + 1].text}") if _some_of(tokens, i) else None
    value, vague = v
    j = i + 1
    # 1,000: digits split at a thousands comma
    while (value and not vague and j < len(tokens) and tokens[j].text.isdigit() and len(tokens[j].text) == 3
           and tokens[j].start == tokens[j - 1].end + 1):
        value = value * 1000 + int(tokens[j].text)
        j += 1
    while j < len(tokens) and not vague:
        nxt = tokens[j]
        word = nxt.text
        if word in ("عشر", "عشره", "teen") and value < 10:  # «ثلاثة عشر»
            value += 10
        elif not _SCALE.keys().isdisjoint(nxt.readings):
            value *= next(_SCALE[r] for r in nxt.readings if r in _SCALE)
        elif _TENS.get(word) == 100 and value < 10:  # "two hundred", «ثلاث مئة»
            value *= 100
        elif (added := _added(value, word[1:] if word.startswith("و") else
                              tokens[j + 1].text if word == "and" and j + 1 < len(tokens) else "")):
            j += word == "and"
            value += added
        elif word in _UNITS and value >= 20 and value % 10 == 0 and not tokens[i].text.isdigit():
            value += _UNITS[word]  # "twenty five"
        else:
            break
        j += 1
    return Number(value, i, j, vague, tokens[i].text if j == i + 1 else " ".join(t.text for t in tokens[i:j]))


def _added(value: int, word: str) -> int:
    """What number word `word`, joined to `value` by «و»/"and", adds to it, or 0 when the two are
    two numbers: "hundred and five", «خمسة وعشرين», «مئة وخمسة وعشرين» join; "between three and
    five", «ثلاثة وخمسة» do not."""
    added = _TENS.get(word) or _UNITS.get(word, 0)
    fits = value % 10 ** len(str(added)) == 0  # into the zeros of value
    unit_then_tens = 0 < value % 100 < 10 and 20 <= added <= 90  # Arabic puts units first
    return added if fits or unit_then_tens else 0


_BETWEEN = frozenset(("بين", "between"))  # «بين قتيل وجريح»: see casualty_figures


def casualty_figures(tokens: list[Token], words: list[str] | None = None) -> list[Figure]:
    """Killed/injured figures among the tokens of one sentence, in text order; `words`: the
    tokens' texts, when the caller has them."""
    words = list(map(_TEXT, tokens)) if words is None else words
    # Every figure needs a number or a victim noun, and a word of death or injury (its own or
    # one around it): a sentence without both (half of those with an attack) has none, told
    # with one lookup per word, at C speed.
    kinds = list(map(_WORD_KINDS.__getitem__, words))
    present = reduce(or_, set(kinds), 0)
    figures = _no_fatalities(tokens, words)
    if not present & _CASUALTY:
        return figures
    figures += _named_dead(tokens, words, kinds)  # (no number nor victim noun needed: one named)
    figures += _death_of_named(tokens, words)
    figures += _relative_dead(tokens, words, kinds)
    if not present & _CUE:
        return figures
    cues = list(compress(range(len(words)), map(_IS_CUE.__getitem__, kinds)))
    nums = [n for n in numbers(tokens, [i for i in cues if kinds[i] & _COUNT])
            if not _adjective_one(tokens, n) and not _page_counter(tokens, n) and not _day_of_month(tokens, n)
            and not _outlet_name(tokens, n) and not _numeric_date(tokens, n)]
    taken = set()
    tops = {m + 1 for m in range(len(nums) - 1) if _range(tokens, nums[m], nums[m + 1])}
    for m, n in enumerate(nums):
        if m in tops:
            continue  # the top of a range, told with its bottom
        if m + 1 < len(nums) and _rose_from(tokens, n, nums[m + 1]):
            taken.update(range(n.first, n.last))
            continue  # "rose from 10 to 15": the toll is the second
        top = nums[m + 1] if m + 1 in tops else None
        kind, where = _kind_around(tokens, n)
        if kind is None and top is not None:
            kind, where = _kind_around(tokens, top)  # "between 3 and 6 civilians were killed"
        if kind is None and m and _rose_from(tokens, nums[m - 1], n):
            kind, where = _kind_around(tokens, nums[m - 1])  # «ارتفع عدد القتلى من 10 إلى 15»
        part_of, victims = None, ""
        if kind is None and figures:
            # (after a part's own aside, «5 في X بينهم طفلان، و4 في Y», the next part is of the total)
            before = figures[-2] if len(figures) >= 2 and figures[-2].part_of is not None \
                and figures[-1].part_of is None and _aside(tokens, figures[-1]) else figures[-1]
            kind, part_of = _part(tokens, n, before)
            where, victims = n.first, before.victims  # «و3 آخرين»: more of the same victims
        if kind is None:
            continue
        taken.update(range(n.first, (top or n).last))
        f = _figure(tokens, n, kind, where)
        at = _place_word(tokens, n)
        # a new figure, filled in place
        f.high, f.part_of, f.victims = top.value if top else None, part_of, f.victims or victims
        if _each_side(tokens, (top or n).last):  # "three were killed on each side": two sides' dead
            f.value, f.high = 2 * f.value, f.high and 2 * f.high
        f.at = tokens[at + 1].start if at is not None else None
        figures.append(f)
    # Lone nouns: «قتيل وجرحى», «مقتل طفل», "a child was killed".
    lone: dict[int, str | None] = {}
    for i in [i for i in cues if kinds[i] & _SINGLE]:
        if i in taken or not _BETWEEN.isdisjoint(words[max(0, i - 2):i]):
            continue  # «بين قتيل وجريح»: the dead and the hurt of a number before it
        tok = tokens[i]
        kind = _lone_kind(tokens, i)
        lone[i] = kind
        if kind is not None:
            f = Figure(kind, 1, tok.start, tok.end, "", victims_in(tokens, i, i + 1), word=tok.text, window_end=tok.end)
            at = _lone_place_word(tokens, i)
            f.at = tokens[at + 1].start if at is not None else None
            figures.append(f)
    figures.sort(key=lambda f: f.start)
    figures = _add_lists(tokens, figures, nums, lone)
    for f in figures:
        if _kin_of_named(tokens, bisect_left(tokens, f.start, key=_START)):
            f.value += 1  # (a new figure, filled in place)
    return _among(tokens, figures)


# «قُتل», «استُشهد», «أُصيب», «توفي»: a verb of one's death or wound whose subject may stand before it.
_ONES_HARM = {**dict.fromkeys(_folded(("قتل", "استشهد", "ارتقى", "توفي", "قضى")), KILLED),
              **dict.fromkeys(_folded(("اصيب", "جرح")), INJURED)}
# Words that open a clause before a verb and name no one («الذي قتل», «وقد قتل», «كما أصيب»).
_NO_NAME = frozenset(_folded(("الذي", "والذي", "التي", "الذين", "قد", "وقد", "فقد", "لقد", "كما", "من", "ما", "لم", "لا",
                              "ان", "انه", "في", "وفي", "الى",
                              "كان", "وكان", "بعد", "حيث", "عندما", "حين", "فيما", "بينما", "ثم", "وقال", "قال", "اليوم",
                              "امس", "ايضا")))
_THEIR = ("هم", "هن", "هما")  # «بعضهم أصيب»: some of those counted, no one named


def _named_dead(tokens: list[Token], words: list[str], kinds: list[int]) -> list[Figure]:
    """One victim for an Arabic name of one to three words that opens a clause right before a
    verb of death or wound with no count, victim or object after it («العبدالله قُتل أثناء
    الإنزال», «أحمد العلي أصيب برصاص قناص»): the one named is its subject."""
    out = []
    for i in compress(range(1, len(words) - 1), map(_ONES_HARM.__contains__, words[1:-1])):
        clause = tokens[i].clause
        s = next((k for k in range(i - 1, max(-1, i - 4), -1) if tokens[k].clause == clause
                  and (k == 0 or tokens[k - 1].clause != clause)), None)
        if s is None or tokens[i + 1].clause != clause or kinds[i + 1] & (_SINGLE | _CASUALTY) \
                or _victim_bits(words[i + 1]) or _number_at(tokens, i + 1) is not None:  # («أثناء»: no twelve)
            continue
        if all(not kinds[k] and words[k] not in _NO_NAME and len(words[k]) > 2 and words[k].isalpha()
               and not words[k].isascii() and not words[k].endswith(_THEIR) for k in range(s, i)):
            out.append(Figure(_ONES_HARM[words[i]], 1, tokens[i].start, tokens[i].end, word=words[i],
                              window_end=tokens[i].end))
    return out


# «مقتل أحمد العلي», «اغتيال "محمد الويس"», «وفاة خالد المسعود»: the death of one named by a given name.
_DEATH_NOUNS = frozenset(_folded(("مقتل", "استشهاد", "ارتقاء", "اغتيال", "وفاة", "مصرع", "إعدام")))
_GIVEN_NAMES = [fold(w)[0] for w in words_lists()["first_names"]["ar"]]
_GIVEN = frozenset(w for w in _GIVEN_NAMES if not w.endswith("*"))
_GIVEN_STEMS = tuple(w[:-1] for w in _GIVEN_NAMES if w.endswith("*"))
# (asked of every word of a sentence with a word of death or injury: each word tried once)
_GIVEN_WORD = WordTable(lambda w: w in _GIVEN or w.startswith(_GIVEN_STEMS), 100_000)


def _death_of_named(tokens: list[Token], words: list[str]) -> list[Figure]:
    """One dead for a noun of death right before a given name («بمقتل أحمد العلي في قرية فريكة»,
    «مقتل "عبدالله الخاطر"»): a name tells no count by itself (_SINGULAR), but one named dead is one;
    and one more for each name the list adds («استشهد كل من أحمد العلي ومحمود الخالد»: two)."""
    out = []
    for i in compress(range(len(words) - 1), map(_GIVEN_WORD.__getitem__, words[1:])):
        d = i - 2 if i >= 2 and words[i - 1] in _EACH_OF and words[i] == "من" else i  # «مقتل كل من أحمد»
        noun = not _DEATH_NOUNS.isdisjoint(tokens[d].readings)
        if tokens[i + 1].clause != tokens[d].clause or not noun and _ONES_HARM.get(words[d]) != KILLED:
            continue
        end = _names_listed(tokens, words, i + 1)
        if noun or end[0] > 1 or not _kin_after(tokens, i + 1):
            last = tokens[end[1]].end
            f = Figure(KILLED, end[0], tokens[d].start, last, word=words[d], window_end=last)
            at = _lone_place_word(tokens, i)
            f.at = tokens[at + 1].start if at is not None else None
            out.append(f)
    return out


_WHO = frozenset(_folded(("الذي", "التي")))
_NAME_REACH = 4  # words of a name between a person's noun and «الذي»


def _relative_dead(tokens: list[Token], words: list[str], kinds: list[int]) -> list[Figure]:
    """One dead for a person's noun and name told with a relative clause of his death: «الشهيد
    الإعلامي أنس خربوطلي الذي استشهد جراء غارة», «المتطوع "سليمان الحريري" الذي استشهد أثناء
    قيامه بمهامه», «الزميل أنس الصحفي الذي ارتقى» (no count, victim or object after the verb; not
    one whose death a word before the noun tells, «مقتل الطفل فلان الذي ...», counted as a lone noun)."""
    out = []
    for i in compress(range(1, len(words) - 2), map(_WHO.__contains__, words[1:-2])):
        verb = i + 1
        if _ONES_HARM.get(words[verb]) != KILLED or kinds[verb + 1] & (_SINGLE | _CASUALTY) \
                or _victim_bits(words[verb + 1]) or _number_at(tokens, verb + 1) is not None:
            continue
        for p in range(i - 1, max(-1, i - 1 - _NAME_REACH), -1):
            if kinds[p] & _SINGLE and any(r.startswith("ال") for r in tokens[p].readings):  # «الصحفي», «والمتطوع»
                if not (p and _tells_death(tokens[p - 1])):
                    out.append(Figure(KILLED, 1, tokens[verb].start, tokens[verb].end, word=words[verb],
                                      window_end=tokens[verb].end, victims=victims_in(tokens, p, p + 1)))
                break
            if kinds[p] or words[p] in _NO_NAME or not words[p].isalpha() or words[p].isascii():
                break  # a count, a victim or a word that is no name: no one named before «الذي»
    return out


_EACH_OF = frozenset(("كل", "كلا"))  # «كل من»: "each of" the names that follow


def _kin_after(tokens: list[Token], first: int) -> bool:
    """Whether a victim noun follows the name at token `first` within its clause («قتل خالد العمر
    وابنه»): the one named is counted with his kin (_kin_of_named), not on his own."""
    return any(_WORD_KINDS[t.text] & _SINGLE for t in tokens[first + 1:first + 5] if t.clause == tokens[first].clause)


def _names_listed(tokens: list[Token], words: list[str], first: int) -> tuple[int, int]:
    """(how many given names, the last token) of a list that begins with the one at token `first`
    and adds «وفلان» in its clause: «أحمد العلي ومحمود الخالد وخالد» is three. Any word that counts
    or names harm (a number, «وأصيب», «وابنه») ends it."""
    count, last = 1, first
    for k in range(first + 1, min(len(words), first + 15)):
        w = words[k]
        if tokens[k].clause != tokens[first].clause or _WORD_KINDS[w] or not w.isalpha():
            break
        if w[:1] == "و" and _GIVEN_WORD[w[1:]]:
            count, last = count + 1, k
    return count, last


def _kin_of_named(tokens: list[Token], k: int) -> bool:
    """Whether the victim noun at token k is the kin of one named right after the word of death or
    injury («لإصابة راجي وطفليه», «مقتل أحمد العلي وابنه»): the one named is a victim too, whom
    no noun counts (a given name tells no count by itself, _SINGULAR)."""
    w = tokens[k].text
    if w[:1] != "و" or not (w[1:] in _HIS or w[1:] in _DUAL and w.endswith(("ه", "ها"))):
        return False  # (nearly every figure)
    for j in range(k - 1, max(-1, k - 5), -1):  # a name of up to three words
        t = tokens[j]
        kind = _WORD_KINDS[t.text]
        if t.clause != tokens[k].clause:
            return False
        if kind & _CASUALTY:
            return j < k - 1
        if kind or t.text[:1] == "و" or not t.text.isalpha() or t.text in _AT_PLACE:
            return False  # a number, another victim, a list or a place: no name alone
    return False


def _no_fatalities(tokens: list[Token], words: list[str]) -> list[Figure]:
    """"No fatalities (were reported).": ACLED's note of an event that killed nobody, a toll of 0."""
    if "fatalities" not in words:
        return []  # (nearly every sentence)
    return [Figure(KILLED, 0, tokens[i - 1].start, tokens[i].end, word=words[i - 1], window_end=tokens[i].end)
            for i in range(1, len(words)) if words[i] == "fatalities" and words[i - 1] == "no"]


def _among(tokens: list[Token], figures: list[Figure]) -> list[Figure]:
    """Mark the counts of who were among a total told before them («7 مدنيين بينهم طفلان», "five
    civilians were killed, among them a mother and her two children"): no estimate of the toll."""
    for n, f in enumerate(figures):
        k = bisect_left(tokens, f.start, key=_START)
        back = [t.text for t in tokens[max(0, k - 3):k]]
        while back and back[-1] in _ASIDE_FILLER:
            back.pop()
        if back and back[-1] in AMONG_WORDS and (f.part_of is None or f.at is not None):
            total = next((g for g in reversed(figures[:n]) if not g.among), None)
            among = total is not None and total.kind == f.kind and total.value > f.value
            if f.at is not None:
                # «5 مدنيين بينهم 3 أطفال في كفرحمرة»: where the five died; but «بينهم 3 في إدلب»,
                # a number with no noun of its own, is the part counted there
                if not (among and total.at is None and k + 1 < len(tokens) and tokens[k + 1].text not in _AT_PLACE):
                    continue
                total.at, f.at, f.part_of = f.at, None, None
            f.among = among
    return figures


def _adjective_one(tokens: list[Token], n: Number) -> bool:
    """Whether a "one" is no count but says "the same": "of one family", «من عائلة واحدة»."""
    if n.value != 1 or n.word.isdigit():
        return False
    return n.word.startswith("واحد") or (n.first > 0 and tokens[n.first - 1].text in ("of", "from"))


# The first word of each month's name («تشرين» of «تشرين الثاني»); not "may", a verb as often.
_MONTH_WORDS = MONTH_WORDS - {"may"}
_MONTH_PARTS = frozenset(w for name in MONTH_NAMES for w in name.split()) - {"may"}  # and «الثاني» of it


def _day_of_month(tokens: list[Token], n: Number) -> bool:
    """Whether a number is the day of a date, its month after it («قتل في 20 تشرين الثاني 4
    مدنيين», "on 20 November"), or after «من» («في 24 من حزيران», «في العشرين من الشهر الماضي»,
    a day written out), or in English after it ("on Nov. 3", "March 12th"), no count of people."""
    if n.value > 31:
        return False
    if n.first and n.word.isdigit() and tokens[n.first - 1].text in _MONTH_WORDS and tokens[n.first - 1].text.isascii():
        return True
    if n.last >= len(tokens):
        return False
    after = tokens[n.last].text
    if after == "من" and n.last + 1 < len(tokens):
        return tokens[n.last + 1].text in _OF_MONTH or tokens[n.last + 1].text in _MONTH_WORDS
    return n.word.isdigit() and after in _MONTH_WORDS


_OF_MONTH = frozenset(_folded(("الشهر", "شهر")))


def _numeric_date(tokens: list[Token], n: Number) -> bool:
    """Whether a number written with digits is part of a date written in digits ("2024/12/7",
    «20_11_2022»), even one glued to the word after it («2024/12/7ارتقاء الشهيد»): one of three
    numbers a single mark apart, one of them a year. No count of people."""
    if not n.word.isdigit():
        return False
    first = last = n.first
    while first > 0 and tokens[first - 1].text.isdigit() and tokens[first - 1].end + 1 == tokens[first].start:
        first -= 1
    while last + 1 < len(tokens) and tokens[last + 1].text.isdigit() and tokens[last].end + 1 == tokens[last + 1].start:
        last += 1
    return last - first == 2 and any(len(t.text) == 4 for t in tokens[first:last + 1])


# «درعا 24», «دير الزور 24»: local news pages named after their place and the hours they cover.
_OUTLET_NUMBERS = frozenset(("24",))
# Words a count follows that are no word of death, of a count or a victim: «أسفر عن 24», «إلى 24».
_BEFORE_COUNT = frozenset(_folded(("عن", "إلى", "الى", "في", "من", "ب", "ل", "حتى", "منهم", "بينهم"))
                          + _ABOUT + _AT_LEAST + _LATEST)


def _outlet_name(tokens: list[Token], n: Number) -> bool:
    """Whether an Arabic «24» ends an outlet's name («أفاد مراسل درعا 24 بوفاة شاب»): right after
    a word that is none of death, count, victim or one a count follows, and before no victim
    noun («خلّف القصف 24 قتيلاً», «24 إصابة» are counts; «24 بوفاة» is none: a count takes no
    preposition)."""
    if n.word not in _OUTLET_NUMBERS or not n.first or tokens[n.first - 1].sentence != tokens[n.first].sentence:
        return False
    before = tokens[n.first - 1].text
    if before.isascii() or _WORD_KINDS[before] or before in _BEFORE_COUNT:
        return False
    after = tokens[n.last].text if n.last < len(tokens) else ""
    victim = _WORD_KINDS[after] & (_SINGLE | _CASUALTY) and after[:1] not in ("ب", "ل")
    return not (victim or after.startswith(_FILLER) or after in _AMONG_THEM)


# A social page's counters: "All reactions:316", "1.6KViews511", "316 comments".
_COUNTERS = frozenset(("reactions", "comments", "comment", "views", "likes", "shares", "share", "retweets", "replies",
                       "followers", "reposts"))


def _page_counter(tokens: list[Token], n: Number) -> bool:
    """Whether a number written with digits is a page's counter, a post's age or part of a
    handle, no count of people: beside a counter's word ("All reactions:316"), followed by a
    Latin letter ("40w", "1y"), or inside a word ("@dikur100استشهد"; but a handle glued to the
    count after it, "@AsharqNewsSYR8 قتلى", leaves the count), or a decimal or a time ("191.1K"
    views, "3:37 PM": no one counts people in tenths). (A count glued to the word before it,
    «وأصيب11 مدنياً», «غربي إدلب5 شهداء», is one: posts lose their spaces.)"""
    if not n.word.isdigit():
        return False
    before = tokens[n.first - 1] if n.first > 0 else None
    after = tokens[n.last] if n.last < len(tokens) else None
    glued_before = before is not None and before.end == tokens[n.first].start and before.text.isascii()
    glued_after = after is not None and after.start == tokens[n.last - 1].end
    decimal = after is not None and after.text.isdigit() and after.start == tokens[n.last - 1].end + 1
    return (glued_after and (after.text.isascii() or glued_before)) or decimal \
        or any(t is not None and t.text in _COUNTERS for t in (before, after))


def _range(tokens: list[Token], a: Number, b: Number) -> bool:
    """Whether numbers a and b are the ends of one range: "between 3 and 6", «بين 3 و6», "10 to
    15", «10 إلى 15» (not a toll that rose "from 10 to 15", «من 10 إلى 15»)."""
    if a.vague or b.vague or a.value >= b.value or b.first != a.last + 1:
        return False  # (one word between them)
    between = tokens[a.last].text
    before = tokens[a.first - 1].text if a.first > 0 else ""
    if before in ("between", "بين"):
        return between in ("and", "و")
    # «منذ الأحد، إلى تسعة»: "one" is the weekday, no bottom of a range
    return between in ("to", "الي") and before not in ("from", "من") and a.value > 1


_EACH = frozenset(_folded(("each", "كل")))
_SIDE = frozenset(_folded(("side", "طرف", "جانب")))


def _each_side(tokens: list[Token], j: int) -> bool:
    """Whether "each side" / «كل طرف» follows within a few words after token j."""
    words = [t.text for t in tokens[j:j + 6] if t.sentence == tokens[j - 1].sentence]
    return any(a in _EACH and b in _SIDE for a, b in zip(words, words[1:]))


def _rose_from(tokens: list[Token], a: Number, b: Number) -> bool:
    """Whether number a is the old toll of "from a to b", «من a إلى b»."""
    return a.first > 0 and tokens[a.first - 1].text in ("from", "من") \
        and b.first == a.last + 1 and tokens[a.last].text in ("to", "الي")


# «و3 آخرين», "and two others": a count of more victims, of the kind told before it.
_OTHERS = ("اخر", "other")
# «مقتل 7 أشخاص، هم 4 في ... و3 في ...»: «هم» ("they are") breaks the total just told into parts.
_THEY_ARE = frozenset(("هم", "وهم"))
_AT_PLACE = frozenset(("في", "in", "at"))
# «مقتل 6 أشخاص بينهم 3 أطفال»: "among them", a part of the total that says who its victims were.
_AMONG_THEM = frozenset(_folded(("بينهم", "منهم", "بينهن", "منهن")))


def _after_figure(tokens: list[Token], f: Figure) -> int:
    """The index of the token after figure f's number."""
    return bisect_left(tokens, f.end, key=_START)


def _aside(tokens: list[Token], f: Figure) -> bool:
    """Whether figure f is told as who were among a count before it («بينهم طفلان»)."""
    k = bisect_left(tokens, f.start, key=_START)
    return k > 0 and tokens[k - 1].text in _AMONG_THEM


def _part(tokens: list[Token], n: Number, before: Figure) -> tuple[str | None, int | None]:
    """The kind of a number with no casualty word of its own that counts more victims of the
    figure `before` it: «و3 آخرين» (others, kind only), or a part of a total broken down
    («هم 4 في X و3 في Y», "including 7 in X", «7 منهم في X»: kind, and the start of the total)."""
    if n.vague or (n.word.isdigit() and 1900 <= n.value <= 2100) or (
            n.last < len(tokens) and tokens[n.last].text.startswith(_NOT_PEOPLE)):
        return None, None
    prev = tokens[n.first - 1].text if n.first else ""
    where = _place_word(tokens, n) is not None
    # "8 civilians: 5 in X and 3 in Y", «12 قتيلا، بينهم 7 في X»: a count of a place right after
    # the total (only its words between), or opening the clause after the total's ("killed 12
    # on Sunday, 7 in X"), is a part of it.
    total = _after_figure(tokens, before) - 1
    right_after = all(_after_number(t.text) != _STOP for t in tokens[total + 1:n.first])
    opens_next = n.first > 0 and tokens[n.first - 1].clause == tokens[total].clause == tokens[n.first].clause - 1
    if before.value > n.value and (prev in _THEY_ARE or _of_them(tokens, n.last)
                                   or (where and (right_after or opens_next or prev in _ASIDE))):
        return before.kind, before.start
    if before.value > n.value and prev in _AMONG_THEM:
        return before.kind, None
    if prev in ("و", "and") and (before.part_of is not None or (where and before.at is not None)):
        # the next part of the same total, or the next place of a toll told place by place
        # («مقتل 7 في X و5 في Y»)
        return before.kind, before.part_of
    if n.last < len(tokens) and any(r.startswith(_OTHERS) for r in tokens[n.last].readings):
        return before.kind, None
    if prev in ("و", "and") and tokens[n.first - 1].clause != tokens[max(0, n.first - 2)].clause and not where \
            and not _aside(tokens, before) and n.last < len(tokens) \
            and (_victim_bits(tokens[n.last].text) or tokens[n.last].text in _PEOPLE):
        # «قتل 31 مدنياً بغارات على X، و4 مدنيين بغارات على Y»: a clause of a round-up that tells
        # more victims, its casualty word left out, and how: the next toll, of the same kind (but
        # «، و4 مدنيين في X» may be a part of a total told place by place)
        return before.kind, None
    return None, None


_PEOPLE = frozenset(_folded(("اشخاص", "شخصا", "people", "persons")))


def _of_them(tokens: list[Token], i: int) -> int:
    """How many tokens from token i say "of them" («منهم», "of them"): 0 if they do not."""
    if i < len(tokens) and tokens[i].text in _AMONG_THEM:
        return 1
    return 2 if [t.text for t in tokens[i:i + 2]] == ["of", "them"] else 0


def _place_word(tokens: list[Token], n: Number) -> int | None:
    """The index of the «في»/"in" right after a count, its victims' nouns and «منهم» between, that
    says where the count was made («7 مدنيين في مدينة إدلب», "seven of them in Idlib"); None if none."""
    j = n.last
    j += _of_them(tokens, j)
    while j < min(len(tokens), n.last + 3) and tokens[j].text not in _AT_PLACE and _after_number(tokens[j].text) == _GO:
        j += _of_them(tokens, j) or 1
    if j + 1 < len(tokens) and tokens[j].text in _AT_PLACE and tokens[j + 1].clause == tokens[n.first].clause:
        return j
    return None


def _lone_place_word(tokens: list[Token], i: int) -> int | None:
    """The «في»/"in" after a lone victim noun and a name of a few words («بمقتل مدني في قرية X»,
    «بمقتل أحمد العلي في قرية X»), none of them a number, a word of death or injury or an «و»."""
    k = i + 1
    while k < min(len(tokens), i + 4) and tokens[k].text not in _AT_PLACE and not tokens[k].text.startswith("و") \
            and not _number_like(tokens[k]) and not _WORD_KINDS[tokens[k].text] & _CASUALTY:
        k += 1
    if k + 1 < len(tokens) and tokens[k].text in _AT_PLACE and tokens[k + 1].clause == tokens[i].clause:
        return k
    return None


def _lone_kind(tokens: list[Token], i: int) -> str | None:
    """The casualty kind of a lone victim noun: its own word («قتيل»), the noun of death or injury
    right before it («مقتل طفل»), or in English the verb a few words before ("killing a child",
    "kills al-Qaeda leader"), no number between."""
    tok = tokens[i]
    # «قتيل», «وجريح», «لمقتله»; not «الشهيد فلان», a title
    word = tok.text[1:] if tok.text.startswith(("و", "ل")) else tok.text
    # «لمقتل قيادي», «استشهد طفل», «إعدام شاب»: the word of death before it, proclitics aside.
    if word.startswith(_KILLED) or (i and _tells_death(tokens[i - 1])) or (
            i + 1 < len(tokens) and tokens[i + 1].text.startswith(("حتف", "مقتول"))):  # «لقي مدني حتفه»
        return KILLED
    if i and tokens[i - 1].text in _THAT and i + 1 < len(tokens) and tokens[i + 1].clause == tok.clause:
        # «أفاد بأن شخصاً قُتل», «بأن مدنياً أصيب»: the victim before its verb, after «أن»
        if _tells_death(tokens[i + 1]):
            return KILLED
        if any(r.startswith(("اصيب", "جرح")) for r in tokens[i + 1].readings):
            return INJURED
    # «اغتال مسلحون مجهولون قيادياً»: Arabic puts the subject between the verb and its object.
    for k in range(i - 1, max(-1, i - 4), -1):
        t = tokens[k]
        if t.sentence != tok.sentence or t.clause != tok.clause:
            break
        if k < i - 1 and _tells_death(t):
            return KILLED
        if t.text.startswith("و") or _number_like(t) or _singular(t.text):
            break  # another victim, or a list: not this one's verb
    if word.startswith(_INJURED) or (i and any(r.startswith(("اصابه", "اصيب", "جرح")) for r in tokens[i - 1].readings)):
        return INJURED
    if tok.text.isascii():
        aside = any(t.text in _ASIDE for t in tokens[max(0, i - 3):i])  # "among them a woman": the verb is the total's
        be = _passive_after(tokens, i)
        if be is not None and be + 1 < len(tokens) and not aside:
            after = _after_number(tokens[be + 1].text)  # "a man and his wife were killed"
            if after is _GO and be + 2 < len(tokens) and tokens[be + 2].text == "dead":
                after = KILLED  # "was shot dead"
            if after in (KILLED, INJURED):
                return after
        for k in range(i - 1, max(-1, i - 6), -1):  # "shot dead a former rebel commander"
            w = tokens[k].text
            if tokens[k].sentence != tok.sentence or _number_like(tokens[k]) or w in _AND:
                break
            if w.startswith(_INJURED):
                return INJURED
            if w.startswith(_KILLED) or w in _REMAINS:
                return KILLED
    return None


def _passive_after(tokens: list[Token], i: int, verb: str = "was") -> int | None:
    """The "was"/"were" whose subject is the victim noun at i: right after it, or `verb` after a
    few words that tell who the victim was ("a man from Homs was killed", "four fighters of the
    Manbij Military Council were killed"), none of them a number, another victim, "and" or a verb
    of death or injury (then the noun is not the subject)."""
    tok = tokens[i]
    for k in range(i + 1, min(len(tokens), i + 9)):
        t = tokens[k]
        if t.text in ("was", "were"):
            return k if k == i + 1 or t.text == verb else None
        if t.sentence != tok.sentence or t.clause != tok.clause or _number_like(t) or _singular(t.text) or \
                t.text in _AND or t.text.startswith(_KILLED + _INJURED) or not t.text.replace("-", "").isalpha():
            return None
    return None


_DEATH_BEFORE = _folded(("مقتل", "استشهاد", "استشهد", "ارتقاء", "ارتقى", "مصرع", "قتل", "يقتل", "تقتل", "اعدام", "اعدم", "اغتيال", "اغتال", "جثه", "جثمان",
                         "وفاه"))  # «وفاة الطالب فلان الذي توفي في القصف»
# «قضى شخصان», «قضت امرأة», «توفي الشاب فلان»: "passed away", whole words, as «قضية» (a case) and
# «توفيق» (a name) begin the same way.
_DIED = frozenset(_folded(("قضى", "قضت", "قضوا", "توفي", "توفيت")))
# "the body of a man", "bodies of three men": the dead, as «جثة»; whole words, as "bodyguard" is not.
_REMAINS = frozenset(("body", "bodies"))


_THAT = frozenset(("ان", "بان", "وان"))  # «أن», «بأن», «وأن», folded


def _tells_death(tok: Token) -> bool:
    """Whether a word before a victim noun says that the victim died («مقتل», «اغتال», «جثة», «قضى»)."""
    return any(r.startswith(_DEATH_BEFORE) or r in _DIED or r in _REMAINS for r in tok.readings)


# Between two items of a list of victims: their nouns and the words that join them.
# "as well as", «إلى جانب» ("alongside"): an "and" of a list of victims
_ALSO = frozenset(_folded(("as well as", "in addition to", "إلى جانب", "بالإضافة إلى", "فضلا عن")))
_LIST_GLUE = frozenset(_folded(("and", "و", "her", "his", "their", "its", "a", "an", "other", "others", "people",
                                "as", "well", "addition", "to", "إلى", "جانب", "بالإضافة", "فضلا", "عن",
                                "rebel", "regime", "government", "opposition", "isis", "sdf", "kurdish", "turkish",
                                "civilians", "children", "women", "men", "soldiers", "fighters", "members",
                                "militants", "اشخاص", "مدنيين", "مدنيا", "اطفال", "نساء", "عناصر", "مقاتلين",
                                "جنود",
                                # a qualifier of the next item: "and at least seven", «وأكثر من 7»
                                "at", "least", "more", "than", "about", "around", "nearly", "over", "some",
                                "ما", "لا", "يقل", "اكثر", "نحو", "حوالي")))


def _add_lists(tokens: list[Token], figures: list[Figure], nums: list[Number],
               lone: dict[int, str | None]) -> list[Figure]:
    """Items of one list of victims joined by "and"/«و» add up: «امرأة وطفلين» is 3, "3 civilians
    and 2 children were killed" is 5. An item may have no casualty word of its own; the list
    takes the one kind its items have, and stays apart when they have two («4 قتلى و9 جرحى»)."""
    # A vague amount («عدة جرحى», "dozens") is no count to add to.
    items = [(n.first, n.last, n.value) for n in nums if not n.vague
             and not (n.last < len(tokens) and tokens[n.last].text.startswith(_NOT_PEOPLE))
             and not (n.word.isdigit() and 1900 <= n.value <= 2100)]
    items += [(i, i + 1, 1) for i in lone]
    if len(items) < 2:
        return figures  # no list (most sentences)
    items.sort()
    by_start = {f.start: f for f in figures}
    out = list(figures)
    chain: list[tuple[int, int, int]] = []
    links: list[str] = []  # how each item of the chain after the first is joined to the one before
    for item in items + [None]:
        link = _joined(tokens, chain[-1], item) if item is not None and chain else None
        if link is not None:
            chain.append(item)
            links.append(link)
            continue
        while links and links[-1] == _COMMA:
            chain.pop()  # "five people, three of them children": no "and" closes it, no list
            links.pop()
        if len(chain) > 1:
            _sum_list(tokens, chain, by_start, out)
        chain, links = ([item] if item is not None else []), []
    out.sort(key=lambda f: f.start)
    return out


_AND, _COMMA = "and", "comma"


def _joined(tokens: list[Token], a: tuple[int, int, int], b: tuple[int, int, int]) -> str | None:
    """How item b follows item a in one list: only victim nouns and one "and"/«و» between
    (_AND), or a comma that a later "and" must close: "a man, his wife and their three children"
    (_COMMA). None when b is no next item."""
    clauses = tokens[b[0]].clause - tokens[a[0]].clause
    if clauses not in (0, 1):
        return None  # no list across sentences or clauses apart: the cheapest test
    if a[0] and tokens[a[0] - 1].text in ("بين", "between"):
        return None  # "between 5 and 7": a range, not a list
    gap = tokens[a[1]:b[0]]
    # «4 من قوات النظام و6 من الفصائل»: each item may name its side after «من».
    side = next((k for k, t in enumerate(gap) if not _glue(t.text)), len(gap))
    # («قيادي في قسد ومرافقه», "the village's mukhtar and his driver": the words between tell who
    # the one before was, as a side's name does)
    if side < len(gap) and not (_his(tokens, b[0]) and not _number_like(tokens[a[0]]) and not clauses and len(gap) <= 5):
        # the side's name runs to the «و» of the next item, which may bring a qualifier
        # («4 من قسد وما لا يقل عن 7»)
        nxt = next((k for k in range(side + 1, len(gap)) if gap[k].text.startswith("و") or gap[k].text == "and"),
                   len(gap))
        if clauses or not (gap[side].text in ("من", "of") and not any(map(_number_like, gap[side:]))
                           and (len(gap) - side <= 5 or nxt - side <= 4 and all(_glue(t.text) for t in gap[nxt:]))):
            return None
    words = " ".join(t.text for t in gap)
    ands = sum(t.text in ("and", "و") or t.text[:1] == "و" and _glue(t.text) for t in gap) + tokens[b[0]].text.startswith("و") + sum(
        words.count(p) for p in _ALSO)
    if clauses:  # («11 قتيلاً بينهم 4 أطفال وامرأة، و20 مصاباً»: a new clause of another count)
        return _COMMA if not ands else None
    return _AND if ands == 1 else None


def _his(tokens: list[Token], i: int) -> bool:
    """Whether the victim noun at token i is someone's own, of the one named before it: «ومرافقه»,
    «وابنه» (_HIS), "his driver"."""
    return tokens[i].text.removeprefix("و") in _HIS or i > 0 and tokens[i - 1].text in ("his", "her")


def _glue(word: str) -> bool:
    """Whether a word may stand between two items of a list of victims, with its «و» («وما») or
    a possessive ending («وأطفالهما الثلاثة»: and their three children)."""
    w = word[1:] if word[:1] == "و" else word
    return word in _LIST_GLUE or w in _LIST_GLUE or any(
        w.endswith(end) and w[:-len(end)] in _LIST_GLUE for end in _POSSESSIVE_ENDS)


_POSSESSIVE_ENDS = ("هما", "هم", "هن", "ها", "ه")


def _sum_list(tokens: list[Token], chain: list[tuple[int, int, int]], by_start: dict[int, Figure],
              out: list[Figure]) -> None:
    parts = [by_start.get(tokens[i].start) for i, _j, _v in chain]
    kinds = {f.kind for f in parts if f is not None}
    if len(kinds) != 1:
        return
    first = next(f for f in parts if f is not None)
    for f in parts:
        if f is not None:
            out.remove(f)
    a, b = chain[0][0], chain[-1][1]
    window = max([b] + [f.window_end for f in parts if f is not None])
    end = next((k for k in range(b, len(tokens)) if tokens[k].end >= window), b - 1)
    # "four soldiers and at least seven militants": the sum is as loose as its items
    inner = {t.text.removeprefix("و") for t in tokens[a + 1:b]}
    qualifier = ("at least" if any(w.startswith(_AT_LEAST) for w in inner) else "about" if not inner.isdisjoint(_ABOUT)
                 else next((f.qualifier for f in parts if f is not None and f.qualifier), ""))
    out.append(Figure(first.kind, sum(v for _i, _j, v in chain), tokens[a].start, tokens[b - 1].end, qualifier,
                      victims_in(tokens, a, end + 1), word=" ".join(t.text for t in tokens[a:b]),
                      window_end=window))


@lru_cache(maxsize=100_000)  # pure, and asked of every token of a violent sentence
def _singular(word: str) -> bool:
    """A noun for one victim («قتيل», «طفل»), proclitics and article aside."""
    return any(r in _SINGULAR for r in readings(word))


def _word_kind(w: str) -> int:
    """Whether a word is a number or may begin one (_COUNT), a victim noun (_SINGLE), starts
    with a word of death or injury in any of its forms (_CASUALTY: all the tests of _kind_around
    and _lone_kind): the sum of those that are true."""
    casualty = any(r.startswith(_KILLED + _INJURED + _DEATH_BEFORE) or r in _DIED or r in _REMAINS
                   for r in (w, w[1:], *readings(w))) or w in _TOLL
    return _may_count(w) * _COUNT + _singular(w) * _SINGLE + casualty * _CASUALTY


_COUNT, _CASUALTY, _SINGLE = 1, 2, 4
_CUE = _COUNT | _SINGLE  # every figure needs one of these, and a word of death or injury
_IS_CUE = tuple(bool(kind & _CUE) for kind in range(8))  # by _word_kind
# Folded word -> _word_kind, computed on first sight (see WordTable).
_WORD_KINDS = WordTable(_word_kind, 100_000)


def _kind_around(tokens: list[Token], n: Number) -> tuple[str | None, int]:
    """Casualty kind of a number: a casualty word just after it wins over one shortly before."""
    if n.last < len(tokens) and tokens[n.last].text.startswith(_NOT_PEOPLE):
        return None, 0
    if n.word.isdigit() and 1900 <= n.value <= 2100:
        return None, 0  # a year
    if n.last - n.first == 1 and not n.word.isdigit():
        kind = _before_number(n.word)  # «قتيلين», «وجريحين»: the dual is the casualty word itself
        if kind is not None:
            return kind, n.first
    sentence = tokens[n.first].sentence
    j, end, aside = n.last, n.last + 4, False
    while j < min(len(tokens), end) and tokens[j].sentence == sentence:
        w = tokens[j].text
        if j == n.last and w.isascii() and _after_number(w) in (_GO, _STOP) \
                and (be := _passive_after(tokens, j, "were")) is not None:
            # "six tribesmen were wounded", "four fighters of the Deir Ezzor Military Council were
            # killed": whoever they were, the verb after them tells (but "40 bodies were found": the word)
            j, end = be, be + 3
            continue
        if w in _ASIDE or w in _SET_OFF_ASIDE and j > n.last and tokens[j - 1].clause != tokens[j].clause:
            # "40 people, including 12 children, were killed": the verb after the aside is the 40's too;
            # an aside set off by commas is passed whole ("four civilians, among them a woman and her
            # son, were killed")
            if j > n.last and tokens[j - 1].clause != tokens[j].clause:
                j = next((x for x in range(j + 1, len(tokens)) if tokens[x].clause != tokens[j].clause), len(tokens))
                end, aside = j + 4, False
                continue
            j, end, aside = j + 1, j + 6, True
            continue
        if aside and (_text_value(w) is not None or w in _ASIDE_FILLER):  # "among them 4 women", "a child"
            j += 1
            continue
        if w in _LIGHT:  # "seven members of the same family": too light to count in the reach
            j, end = j + 1, end + 1
            continue
        kind = _after_number(w)
        if kind == _STOP or (w in _AND and j + 1 < len(tokens)
                             and _after_number(tokens[j + 1].text) in (KILLED, INJURED)):
            break  # "killing three people and wounding 12": "and" opens a clause, as «وأصيب» does
        if kind != _GO:
            return (None, 0) if _both_kinds(tokens, j, kind) or _vague_victims(tokens, n, j, kind) else (kind, j)
        j += 1
    k, reach, rose = n.first - 1, n.first - 6, []
    if k >= 0 and tokens[k].text in ("الي", "to"):
        # «ارتفع عدد القتلى جراء الغارات على أريحا إلى 12»: the toll's word is before the place.
        rose = [x for x in range(max(0, k - 15), k) if tokens[x].text.lstrip("و").startswith(_LATEST)
                and tokens[x].sentence == tokens[k].sentence]
        reach = min(reach, rose[-1] - 1) if rose else reach
    while k > max(-1, reach) and tokens[k].sentence == sentence:
        w = tokens[k].text
        if w in _MONTH_WORDS and k and tokens[k - 1].text.isdigit():
            # «قتل في 20 تشرين الثاني الماضي 4 مدنيين»: a date between the verb and its count
            # takes no room of the reach
            k, reach = k - 2, min(reach, k - 5)
            continue
        if w.isdigit() and len(w) == 4 and k and tokens[k - 1].text in _MONTH_PARTS:  # (and its year)
            k, reach = k - 1, reach - 1
            continue
        if w.isdigit() or (k and _text_value(w) is not None):
            break
        # «وارتفعت الحصيلة إلى 15»: the toll that rose to a number is of the dead
        kind = _before_number(w) or (KILLED if rose and w in _TOLL else None)
        if kind is not None:
            return (None, 0) if _both_kinds(tokens, k, kind) else (kind, k)
        if w.startswith(_LATEST):
            # "the death toll from the attack on X in Y province on Tuesday rose to 18": the subject is farther
            reach = k - 20
        k -= 1
    return None, 0


_GO, _STOP = "go on", "stop"
_VICTIMS = frozenset(_folded(("ضحايا", "الضحايا", "ضحية", "والضحايا")))


def _vague_victims(tokens: list[Token], n: Number, k: int, kind: str) -> bool:
    """Whether a vague amount counts «ضحايا» («عدة ضحايا», «عدد من الضحايا», «عشرات الضحايا»):
    casualties, the dead or the wounded, so no count of the dead (ACLED codes no death a report
    does not tell); a number («7 ضحايا») is one."""
    return kind == KILLED and n.vague and tokens[k].text in _VICTIMS


_TOLL = frozenset(("الحصيله", "حصيله", "والحصيله"))
_ASIDE = ("including", "among")  # words that open a part of a count of victims
# "20 people, most of them women, were killed": who the victims were, told between commas
_SET_OFF_ASIDE = ("most", "mostly", "many", "half", "all", "some", "mainly", "largely")
AMONG_WORDS = _AMONG_THEM | frozenset(_ASIDE)  # «بينهم», "including": who were among a total
_ASIDE_FILLER = ("them", "a", "an", "the")
# Words too light to count in the reach of a casualty word: of an aside that are no number
# ("among the dead", "seven members of the same family"), and the side of the victims.
_LIGHT = frozenset(_folded(("of", "the", "one", "same", "من", "واحده", "واحد") + _SIDES))
_AND = ("and", "or", "او")


def _both_kinds(tokens: list[Token], k: int, kind: str) -> bool:
    """Whether the casualty word at token k is paired with one of the other kind: «45 مدنيا بين
    قتيل وجريح», «عدد القتلى والجرحى», "killed and wounded" count the dead and the hurt
    together, so the number is neither a death toll nor a count of the injured."""
    other = _INJURED if kind == KILLED else _KILLED

    def is_other(t: Token) -> bool:
        return any(r.startswith(other) for r in readings(t.text))

    after = tokens[k + 1:k + 4]
    # The other kind after it: «القتلى والجرحى», "killed and wounded"; but not one with a number
    # of its own («3 شهداء وإصابة 12 آخرين»: two counts).
    if after and after[0].text.startswith("و") and is_other(after[0]):
        return not any(_text_value(t.text) is not None for t in after[1:2])
    if len(after) >= 2 and after[0].text in _AND and is_other(after[1]):
        return not any(_text_value(t.text) is not None for t in after[2:3])
    # Or before it: «الجرحى والقتلى», "wounded or killed"; but «شهيدان وجرح 5» counts its dead
    # with the dual itself, and the number after is the wounded.
    if k and tokens[k].text.startswith("و"):
        # (the other kind's word with a number of its own, «3 شهداء وإصابة 12», «3 أشخاص مصرعهم،
        # وأصيب 14», is its own count)
        return is_other(tokens[k - 1]) and _text_value(tokens[k - 1].text) is None and not any(
            _text_value(t.text) is not None for t in tokens[max(0, k - 4):k - 1])
    return k >= 2 and tokens[k - 1].text in _AND and is_other(tokens[k - 2])


@lru_cache(maxsize=100_000)  # pure, and asked of the words after every number
def _after_number(w: str) -> str:
    """What a word after a number says: the figure's kind, or whether the words about it go on."""
    if w.startswith("و") and not w.startswith(_KILLED + _INJURED + _FILLER):
        return _STOP  # «وأصيب»: a new clause
    if any(r.startswith(_INJURED) for r in readings(w)):
        return INJURED
    if any(r.startswith(_KILLED) and not r.startswith("قتل") or r.startswith("قتلي") or r == "قتلوا"
           for r in readings(w)):
        return KILLED  # «40 قتلى», «الذين قتلوا»; a bare «قتل» after a number starts a new clause
    if not any(r.startswith(_FILLER) for r in readings(w)):  # «6 من المدنيين»: the article aside
        return _STOP
    return _GO


@lru_cache(maxsize=100_000)  # pure, and asked of the words before every number
def _before_number(w: str) -> str | None:
    """The casualty kind a word before a number gives it («مقتل 51», "killed at least 9")."""
    for r in readings(w):
        if r.startswith(_INJURED):
            return INJURED
        if r.startswith(_KILLED) or r in _DIED or r in _REMAINS:
            return KILLED
    return None


def _number_like(tok: Token) -> bool:
    return _text_value(tok.text) is not None


def _figure(tokens: list[Token], n: Number, kind: str, where: int) -> Figure:
    sentence = tokens[n.first].sentence
    if n.vague:
        qualifier = "vague"
    else:  # the qualifiers the words of its sentence before and after it may give
        before = reduce(or_, [_QUALIFIERS[t.text] for t in tokens[max(0, min(n.first, where) - 6):n.first]
                              if t.sentence == sentence], 0)
        after = reduce(or_, [_QUALIFIERS[t.text] for t in tokens[n.last:n.last + 3] if t.sentence == sentence], 0)
        qualifier = ("latest" if before & _LATEST_BIT else "at least" if (before | after) & _AT_LEAST_BIT
                     else "about" if before & _ABOUT_BIT else "")
    end = min(len(tokens), max(n.last, where) + 6)
    # «مدنيين اثنين», «طفل واحد»: one and two follow their noun, as adjectives.
    noun = n.first - (n.first > 0 and n.word in _AFTER_NOUN and tokens[n.first - 1].sentence == sentence)
    if n.first >= 2 and tokens[n.first - 1].text == "of" and tokens[n.first - 2].text in ("family", "families"):
        noun = n.first - 2  # "a family of five": civilians
    return Figure(kind, n.value, tokens[n.first].start, tokens[n.last - 1].end, qualifier,
                  victims_in(tokens, noun, end), word=n.word, window_end=tokens[end - 1].end)


_AFTER_NOUN = _folded(("واحد", "واحدة", "اثنان", "اثنين", "اثنتين", "اثنتان"))
_LATEST_BIT, _AT_LEAST_BIT, _ABOUT_BIT = 1, 2, 4


def _qualifier_bits(w: str) -> int:
    """The qualifiers a folded word near a number may give it: "latest" («ارتفع»), "at least", "about"."""
    # («وارتفعت»: the conjunction on the verb)
    rose = w.startswith(_LATEST) or w[:1] == "و" and w[1:].startswith(_LATEST)
    return rose * _LATEST_BIT | w.startswith(_AT_LEAST) * _AT_LEAST_BIT | (w in _ABOUT) * _ABOUT_BIT


# Folded word -> _qualifier_bits, computed on first sight (see WordTable).
_QUALIFIERS = WordTable(_qualifier_bits, 100_000)


_CHILDREN = ("طفل", "اطفال", "children", "child", "kids")
_CIVILIANS = ("مدني", "امراه", "نسا", "اهالي", "مواطن", "civilian", "women", "woman", "residents", "citizen",
              "شاب", "شبان", "رجل", "رجال", "مسن", "سيده", "فتاه",  # «استشهد شاب»: a young man is a civilian
              "family", "families", "عائله", "عوائل", "اسره",  # "a family of five"
              "سكان",  # «استشهاد أحد سكان القرية»: one of the residents
              "صحفي", "اعلامي", "متطوع", "مسعف",  # ACLED's civilians: a journalist, a rescuer
              "boy", "girl", "shepherd", "farmer", "elderly")
# English words of civilians that begin other words ("Manbij", "members"): matched whole
_CIVILIAN_WORDS = frozenset(("man", "men"))
_FIGHTERS = ("عنصر", "عناصر", "مقاتل", "جنود", "جندي", "عسكري", "مسلح", "fighters", "militants",
             "soldiers", "troops", "داعشي")
_CHILDREN, _CIVILIANS, _FIGHTERS = map(_folded, (_CHILDREN, _CIVILIANS, _FIGHTERS))


_VICTIM_KINDS = (("civilians", _CIVILIANS), ("children", _CHILDREN), ("fighters", _FIGHTERS))
# The victims a set of kinds names (bit n: the n-th of _VICTIM_KINDS), in that order.
_VICTIM_NAMES = tuple(", ".join(name for n, (name, _stems) in enumerate(_VICTIM_KINDS) if bits >> n & 1)
                      for bits in range(1 << len(_VICTIM_KINDS)))


@lru_cache(maxsize=100_000)  # pure, and asked of the words around every figure
def _victim_bits(word: str) -> int:
    """The kinds of victim (bits, as in _VICTIM_NAMES) a folded word names by any of its readings."""
    return sum(1 << n for n, (_name, stems) in enumerate(_VICTIM_KINDS)
               if any(r.startswith(stems) for r in readings(word))) | (word in _CIVILIAN_WORDS)  # (bit 0: civilians)


def victims_in(tokens: list[Token], a: int, b: int) -> str:
    """Who the dead or wounded were, from the words around the figure, but those who tell of
    it ("two died on each side, residents said", «بحسب الأهالي»)."""
    # (a word naming no victim adds no bit: only the few that do are asked whether they tell)
    return _VICTIM_NAMES[reduce(or_, [v for k in range(a, b) if (v := _victim_bits(tokens[k].text)) and not _teller(tokens, k)], 0)]


# "residents said", «قال الأهالي»: the verb after an English teller, before an Arabic one
# (not "according": "5 civilians, according to ..." are the victims).
_TOLD_AFTER = frozenset(("said", "says", "say", "told", "stated", "added", "reported"))
_TOLD_BEFORE = frozenset(fold(w)[0] for w in words_lists()["speech_verbs"]["ar"])


def _teller(tokens: list[Token], k: int) -> bool:
    """Whether the word at token k is the subject of a verb of telling."""
    if is_latin(tokens[k]):
        return k + 1 < len(tokens) and tokens[k + 1].text in _TOLD_AFTER
    return k > 0 and tokens[k - 1].text in _TOLD_BEFORE


def summarize(figures: list[Figure]) -> tuple[int | None, int | None, int | None, str]:
    """(best, low, high, note) of one kind of figure from several reports.

    The best estimate is the latest reported figure; else, when named sources disagree («قال
    المرصد 35 ... بينما قال الدفاع المدني 41»), the lowest of their figures (ACLED codes the most
    conservative estimate and notes the dispute); else the highest "at least" figure, else the
    highest (unsourced figures of one report are mostly a total and its parts). Vague amounts
    count only when no report gives a number. A range ("between 3 and 6") counts its bottom,
    and its top is the high estimate.
    """
    if not figures:
        return None, None, None, ""
    exact = [f for f in figures if f.qualifier != "vague"] or figures
    values = [f.value for f in exact]
    # (who were among the toll it rose to, «ارتفع عدد القتلى إلى 9 بينهم طفلان», are no later toll)
    latest = [f for f in exact if f.qualifier == "latest" and not f.among]
    at_least = [f for f in exact if f.qualifier == "at least"]
    by_source: dict[str, int] = {}
    for f in exact:
        if f.source:
            by_source[f.source] = max(by_source.get(f.source, 0), f.value)
    disputed = len(set(by_source.values())) > 1
    if latest:
        best = latest[-1].value
    elif disputed:
        best = min(by_source.values())
    elif at_least:
        best = max(f.value for f in at_least)
    else:
        best = max(values)
    note = ("disputed: " if disputed and not latest else "") + "; ".join(
        f"{f.value}" + (f"-{f.high}" if f.high else "")
        + (f" ({', '.join(x for x in (f.qualifier, 'among them' if f.among else '', f.source) if x)})"
           if f.qualifier or f.among or f.source else "")
        for f in figures)
    # The parts of a total («7 في X و5 في Y», «بينهم 6 أطفال») are no lower estimate of it.
    low = min(f.value for f in ([f for f in exact if f.part_of is None and not f.among] or exact))
    return best, low, max([f.high for f in exact if f.high] + values), note


def figures_in(text: str) -> list[Figure]:
    """Casualty figures in one raw sentence: a convenience for callers and tests."""
    return casualty_figures(segment(text).tokens)

