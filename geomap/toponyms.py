"""Place names in a report's text: find the spans, then resolve them with document context.

Finding: every token position is tried against the gazetteer's key index for the longest
name of up to four words, the first word with or without its proclitics («بمدينة»,
«وريف», «بالقريتين»). The span grows to take in head words («مدينة», «قرية», «ريف»,
"town"), direction words before or after («شرقي حلب», «ريف حمص الجنوبي الشرقي»,
«الأحياء الشرقية من حلب») and a locating phrase after it («عفرين شمالي حلب», «القريتين
الواقعة في ريف حمص»: the second place becomes a hint of the first, not a place of its own).

Not places: words inside actor names («تنظيم الدولة», «الجيش الحر»), people's names
(after a title, a first name or «قال»), and common words that happen to be village names:
a one-word name that the lexicon or the common-word list knows needs a head word, and a
one-word village needs a head word or a preposition before it. English names must be
capitalised.

Resolving: places that only one governorate offers vote for it; every mention is then
resolved with those votes as context, so a report's places pull each other together; a lone
village far from all the others, which agree on another governorate, is doubted.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, compress, count, islice, repeat
from operator import attrgetter, contains

from .distance import KM_PER_DEGREE_OF_LATITUDE, distance_km
from .lexicon import MatcherGroup, WordTable, lexicon_words, word_matcher, words_lists
from .normalize import AR_HEADS, EN_HEADS, is_arabic, strip_article_ar, strip_proclitic, word_key
from .normalize import key as name_key
from .quantities import NUMBER_WORDS
from .records import KIND_RANK, Match, Mention, Place
from .resolver import GENERIC_FIRST, Context, ParsedQuery, Resolver
from .segment import Segmented, Token, fold, is_latin, readings

MAX_WORDS = 4
_DIRECTION_STEMS = ("شمال", "جنوب", "شرق", "غرب")
_EN_DIRECTIONS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                  "northeast", "northwest", "southeast", "southwest", "north-east", "north-west",
                  "south-east", "south-west"}
# Words between a place and the one that locates it: «X الواقعة في Y», «حي X وسط دمشق».
_LOCATING = {"الواقعه", "الواقع", "التابعه", "التابع", "الواقعتين", "وسط", "located", "in",
             "طرف", "الطرف", "بالطرف"}  # «X بالطرف الشمالي من Y», "X at the northern edge of Y"
_LINKS = {"في", "ب", "من", "ل", "of", "in"}
_IN = {"في", "داخل", "قباله", "in", "inside"}  # «في إيران»: the country, not its army (see country_after_in)
_DISTANCE_UNITS = {"km", "kms", "kilometres", "kilometers", "miles", "كم", "كلم", "كيلومتر", "كيلومترات"}
_BETWEEN = {"بين", "between"}  # before a place, of kind near: the place and the one after "and"
# «غارة على مطار حلب [تخرجه عن الخدمة]، وأخرى على مطار دمشق», "a strike on X and another on Y":
# another of the same at the place after, as in a list.
_ANOTHER = {"واخري", "واخر", "another"}
_ANOTHER_AT = {"علي", "في", "on", "in", "at", "near"}
_ROADS = {"طريق", "الطريق", "اوتوستراد", "الاوتوستراد", "اتوستراد"}  # «طريق حلب - دمشق»: a road named after the places it joins
_EN_ROADS = {"road", "highway", "motorway"}  # "the Deir ez-Zor - Palmyra road"
_ROAD_ADJECTIVES = {"الدولي", "السريع", "العام", "الرئيسي"}  # «الطريق الدولي حلب - دمشق»
_EN_ARTICLE = re.compile(r"(?:a|e)[lnrstdz]h?-")  # "al-", "el-", "ash-": "Bab al-Salama" is no Al Bab
# In every Latin token that holds a hyphen (see segment._TOKEN); begun with one character, searched for at C speed.
_LATIN_HYPHEN = re.compile(r"-(?<=[a-z]-)(?=[a-z])")
_QUARTERS = {"الاحيا", "احيا", "الحي"}  # folded «الأحياء», «الحي»: quarters, when a direction says which
_LEAD_INS = _BETWEEN | _ROADS | _QUARTERS  # see ToponymFinder._lead_in
_CONJUNCTIONS = {"و", "او", "and", "or"}
_AIR_WORDS = ("airbase", "airport")
_AIR_KEYS = tuple(map(word_key, _AIR_WORDS))
_AIR_LEADS = {"military", *_AIR_WORDS}  # the words that may follow the name of a base (see _air_base)
_FORCES = {"قوات", "جبهه", "جيش", "forces", "front", "army"}  # of a group named after a place it would free
_RULERS = {"حكومه", "نظام", "سلطه", "سلطات", "government", "regime"}  # «حكومة دمشق», "the Damascus regime": who rules from the city
_PLURAL_HEADS = {"قري", "بلدات", "قريتي", "بلدتي", "مدن"}  # folded «قرى»...: every name listed after is a place
# English heads that may follow the name ("Kafr Nabl town", "the Sakhour neighbourhood of Aleppo").
_EN_TRAILING_HEADS = {w: h for w, h in EN_HEADS.items() if h not in ("near", "airport") or w in ("front", "axis")}
_MIN_RANK_ALONE = 4  # a one-word name with no head word or preposition must be a town or larger
_MAX_LISTED = 3  # unknown names in a list between a known one and the place that locates them
_CLITIC_ARTICLES = ("بال", "وال", "فال", "كال")  # a proclitic and the article, folded
_GENERIC_HOMONYMS = 6  # a name that many Syrian villages share («المزرعة») is a common word


@lru_cache(maxsize=100_000)
def _word_key(word: str) -> str:
    """word_key of one token; a Latin token may hold several words ("al-numan", "ez-zor"),
    which are keyed as the gazetteer keys a name, article dropped."""
    return name_key(word) if "-" in word or "'" in word else word_key(word)


def _listed_after(seg: Segmented, end: int, i: int) -> bool:
    """Whether token i is listed after a mention that ends at token `end` («كفرنبل وحاس»,
    "Kafranbel and Hass", "Kafranbel, Hass") or is of it ("Aleppo's Hazwan"): such a name needs
    no other evidence to be a place."""
    tokens = seg.tokens
    if tokens[i].sentence != tokens[end - 1].sentence:
        return False
    if i == end + 1:  # «#كفرنبل و #حاس», not «و"نداء الفرات"», a name in quotes
        return tokens[end].text in ("and", "or", "و", "او") and not seg.original(tokens[end].end, tokens[i].start).strip(" #")
    # The gap as written is a comma only if it is one once folded (folding keeps commas and
    # spaces, and drops no space): most gaps are told by a slice of the folded text.
    return i == end and (tokens[i].text.startswith("و") or tokens[i - 1].text.endswith("'s") or (
        seg.folded[tokens[i - 1].end:tokens[i].start].strip() in (",", "،")
        and seg.original(tokens[i - 1].end, tokens[i].start).strip() in (",", "،")))


def _comma_region(tokens: list[Token], a: "Found", b: "Found") -> bool:
    """"Al Shaafa, Deir Ezzor governorate", «سراقب، إدلب»: a governorate or countryside after a
    comma locates the smaller place before it (but «دير الزور، الحسكة», «X، وريف حلب» list); so
    does a region wider than a governorate («بريف دير الزور الشرقي، شرقي سورية»), and in English
    an area ("Mreimin, Afrin district")."""
    if tokens[b.first].clause == tokens[a.last - 1].clause or tokens[b.first].text.startswith("و"):
        return False
    governorate = [p.kind == "governorate" or p.kind == "region" and p.country == "SY" and not p.admin1_id
                   for p in b.candidates]
    return b.head in ("governorate", "countryside") or is_latin(tokens[b.first]) and _names_area(b) or (
        b.head is None and any(governorate) and (
        all(governorate) or not _big(a.candidates)))  # "Al Bab, Aleppo governorate": only a governorate


def _after_between(tokens: list[Token], k: int, since: int = 0) -> bool:
    """Whether the mention at token k begins «بين X وY» ("between X and Y"), the word «بين» (at
    `since` or later) its first or right before it, or before a word that counts the places
    («بين مدينتي X وY»)."""
    return any(k - n >= since and tokens[k - n].text in _BETWEEN and tokens[k - n].clause == tokens[k].clause
               for n in (0, 1, 2))


def _group_named(tokens: list[Token], f: "Found") -> bool:
    """«قوات تحرير عفرين», "Afrin Liberation Forces": the place is part of an armed group's name,
    no place of what the group does; so is the city of «قوات حكومة دمشق», «ميليشيات نظام دمشق»,
    "Damascus government forces" (who rules from it)."""
    k, e = f.name_first, f.name_last
    return f.head is None and (k >= 2 and tokens[k - 1].text == "تحرير" and tokens[k - 2].text in _FORCES
                               or e + 1 < len(tokens) and tokens[e].text == "liberation" and tokens[e + 1].text in _FORCES
                               or k >= 1 and tokens[k - 1].text in _RULERS and tokens[k - 1].clause == tokens[k].clause
                               or e < len(tokens) and tokens[e].text in _RULERS and tokens[e].clause == tokens[e - 1].clause)


_SPAN_WORDS = _DISTANCE_UNITS | {"كيلومترين", "كيلو", "متر", "مترا", "امتار", "kilometre", "kilometer", "metres", "meters"}


def _measured_from(tokens: list[Token], k: int) -> bool:
    """«على بعد عدة كيلومترات من دمشق», "10 km from Hama": the place at token k is where a
    distance is measured from, somewhere near it, not the place itself (but «بعد خروجه من حلب»,
    "after he left Aleppo", measures nothing)."""
    if k < 2 or tokens[k - 1].text not in ("من", "from"):
        return False
    words = [t.text for t in tokens[max(0, k - 6):k - 1] if t.clause == tokens[k].clause]
    return not _SPAN_WORDS.isdisjoint(words) or ("علي", "بعد") in zip(words, words[1:])


def _big(places: list[Place]) -> bool:
    """Whether a name is that of a Syrian city, region or governorate: one that locates others."""
    return any(p.country == "SY" and p.rank >= KIND_RANK["city"] for p in places)


_START = attrgetter("start")


def _quoted(seg: Segmented) -> list[tuple[int, int]]:
    """(first, end) token spans that a pair of quotes encloses (folding writes all as \")."""
    tokens, spans, opened = seg.tokens, [], None
    if '"' not in seg.folded:
        return spans
    # the gaps between tokens that hold a quote: the token after each quote (a quote is no letter)
    for k in sorted({bisect_left(tokens, m.start(), key=_START) for m in re.finditer('"', seg.folded)}):
        gap = seg.folded[tokens[k - 1].end if k else 0:tokens[k].start if k < len(tokens) else len(seg.folded)]
        if opened is not None and gap.count('"') == 1:
            spans.append((opened, k))
            opened = None
        else:
            opened = k if gap.rstrip().endswith('"') else None
    return spans


def _bracket_before(seg: Segmented, k: int) -> bool:
    """Whether an opening bracket stands between tokens k - 1 and k ("Jasim (Daraa)")."""
    return 0 < k < len(seg.tokens) and "(" in seg.folded[seg.tokens[k - 1].end:seg.tokens[k].start]


def _sites(places: list[Place]) -> bool:
    """Whether the places are all airports, bases and other landmarks."""
    return bool(places) and all(p.kind in ("airport", "landmark") for p in places)


def _locates(places: list[Place]) -> bool:
    """Whether a name is that of a Syrian area or city, one that can locate a smaller place."""
    return any(p.country == "SY" and (p.is_area or p.rank >= KIND_RANK["city"]) for p in places)


def _in_abroad(tokens: list[Token], a: "Found", b: "Found") -> bool:
    """Whether mention b, a country abroad, locates the smaller place a before it: after «في» or
    "in" and perhaps a direction b left out («في شمال العراق»), or «ب» on b or its direction."""
    # (the cheap tests first: asked of every two mentions in a row)
    if not (a.candidates and tokens[a.last - 1].sentence == tokens[b.first].sentence
            and any(map(_abroad_country, b.candidates)) and not _big(a.candidates)):
        return False
    words = [t.text for t in tokens[a.last:b.first]]
    if words[:1] in (["in"], ["في"]):
        return len(words) == 1 or len(words) == 2 and _is_direction(words[1])
    bare = (words or [tokens[b.first].text])[0]
    return len(words) <= 1 and bare.startswith("ب") and (not words or _is_direction(bare[1:]))


def _verbal_noun(tokens: list[Token], i: int) -> bool:
    """«من الكشف عن المقبرة», «بالإفراج عن»: a word with the article that governs «عن» is a verbal
    noun ("the uncovering of"), not a village so called («عن طريق», "by way of", follows a place)."""
    return i + 2 < len(tokens) and tokens[i + 1].text == "عن" and any(r.startswith("ال") for r in tokens[i].readings) \
        and tokens[i + 1].clause == tokens[i].clause and tokens[i + 2].text != "طريق"  # (the rare «عن» first)


def _spelled_apart(word: str, spellings: tuple[str, ...], listed: bool) -> bool:
    """Whether an Arabic word differs from every Arabic spelling of a place in what folding
    hides: a hamza on the line («جاءت», a verb, is not «جات»), a final «ة» («صفحة», «شقة»: common
    nouns, not «صفحا», «شقا»), or a missing article («روضة», «يجي»: not «الروضة», «اليجي»), but
    not in a list of places or after a direction (`listed`), where a name may drop its article."""
    if not spellings or not is_arabic(word):
        return False
    return ("ء" in word[:-1] and not any("ء" in n for n in spellings)) \
        or (word.endswith("ة") and not any(n.endswith(("ة", "ه")) for n in spellings)) \
        or (not listed and "ال" not in word[:4] and all(n.startswith("ال") for n in spellings))  # «وبالقريتين»


def _possessive(tok: Token) -> bool:
    """Whether an English word is a possessive ("raided Ali's house"): a person's, more likely
    than a small place's."""
    return tok.text.endswith(("'s", "’s"))


def _capitalised(word: str) -> bool:
    """"Aleppo", and "al-Bab": a lower-case article may come before the capital."""
    return word[:1].isupper() or (word.partition("-")[2][:1].isupper() and not _word_key(word.partition("-")[0]))


@lru_cache(maxsize=100_000)
def _first_keys(word: str) -> tuple[str, ...]:
    """Distinct keys of a word's readings (as written, without proclitics or article)."""
    return tuple(dict.fromkeys(k for k in map(_word_key, readings(word)) if k))


_NO_START = (False, (), False, None)  # what ToponymFinder._word says of most words


_BUCKET = 3


class _KeyPrefixes:
    """Whether some gazetteer key begins with a string: asked for every word that could begin a
    name and every word after one. The keys are sorted, and only those that share its first
    _BUCKET characters are bisected (20 on average, not 190k: far fewer string comparisons, in
    memory that stays in the cache)."""

    def __init__(self, keys: Iterable[str]):
        self.keys = sorted(keys)
        self.buckets: dict[str, tuple[int, int]] = {}
        for i, k in enumerate(self.keys):
            lo, _hi = self.buckets.get(k[:_BUCKET], (i, i))
            self.buckets[k[:_BUCKET]] = (lo, i + 1)

    def __call__(self, prefix: str) -> bool:
        keys = self.keys
        lo, hi = self._bucket(prefix)
        i = bisect_left(keys, prefix, lo, hi)
        return i < hi and keys[i].startswith(prefix)

    def _bucket(self, prefix: str) -> tuple[int, int]:
        if len(prefix) < _BUCKET:
            return 0, len(self.keys)
        return self.buckets.get(prefix[:_BUCKET], (0, 0))


@lru_cache(maxsize=100_000)  # pure, and asked of every token
def _is_direction(word: str) -> bool:
    w = strip_article_ar(word)
    return any(w in (s, s + "ي", s + "يه", s + "يا") for s in _DIRECTION_STEMS) or word in _EN_DIRECTIONS


_NEIGHBOURHOOD = "حي"


@lru_cache(maxsize=100_000)  # pure, and asked of every token
def _head(word: str) -> str | None:
    """The kind a head word announces. «مدينة X» is a head, «المدينة» ("the city") is not,
    except in «الأحياء الشرقية»."""
    for r in (word, *strip_proclitic(word)):
        if r in AR_HEADS:
            return AR_HEADS[r]
    if word[1:] == _NEIGHBOURHOOD and word[0] in "وبف":
        return AR_HEADS[_NEIGHBOURHOOD]  # «وحي الصالحين», «بحي الشعار»: too short a word for strip_proclitic
    return EN_HEADS.get(word)


# «سيطرت على 15 قرية، أبرزها: X، Y»: what follows them (past a colon) names the places among those told.
LIST_LEADS = frozenset({"ابرزها", "اهمها", "بينها", "وبينها", "منها", "ومنها", "including", "namely"})
_ADJECTIVES = {"صغيره", "كبيره", "مجاوره", "قريبه", "حدوديه", "نائيه", "اخري", "واحده", "ثانيه", "اولي"}
# «الحراك السلمي», «الحراك الشعبي»: a bare name these follow is the common noun (a movement), no place
_COMMON_NOUN_ADJECTIVES = {"السلمي", "الشعبي", "الثوري", "العشايري", "المدني", "الاحتجاجي", "الشبابي"}
# «في هذا الصدد», «هذه الغارات», "that attack": what follows them is told before, or no name.
DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك", "this", "that", "these", "those"})


# «مركز المدينة», «وسط مدينة X»: the centre of the city told before, or of the one named next
# (a gazetteer's place of that name, some city's centre, is no name of its own)
_CENTRE = frozenset(("مركز", "وسط", "قلب"))


def _centre_of(word: str, head: str) -> bool:
    """Whether two words say "the centre of the city (town, village)"."""
    return not _CENTRE.isdisjoint((word, *strip_proclitic(word))) and _head(strip_article_ar(head)) is not None


_KUNYA = frozenset(("ابو", "ام"))  # folded «أبو», «أم»: "father of", "mother of"


def _opens_place(tok: Token) -> bool:
    """Whether the word announces a place name next: a head word («قرية») or a list's («أبرزها»)."""
    return _head(tok.text) is not None or tok.text in LIST_LEADS


def counts_places(tokens: list[Token], i: int, j: int) -> bool:
    """Whether tokens i..j count places, a number before a head word («و3 قرى», "and seven
    villages"): a list after them («، بينها X وY», "including X") names some of those."""
    return any(_head(tokens[k + 1].text) is not None and (
        tokens[k].text.isdigit() or not NUMBER_WORDS.isdisjoint(readings(tokens[k].text))) for k in range(i, j - 1))


def _glued(tokens: list[Token], k: int) -> bool:
    """Whether tokens k and k + 1 are one word as written, a letter and digits ("T4", "T-4" is
    not): a one-letter token there is part of a name."""
    return k + 1 < len(tokens) and tokens[k].end == tokens[k + 1].start and tokens[k + 1].text.isdigit() \
        and is_latin(tokens[k])


_HEADING = re.compile(r"\s*::")


def _sections(seg: Segmented, found: list[Found]) -> dict[int, Found]:
    """Mention index -> the heading of the digest part it is in: a daily round-up («حصاد
    الأحداث») opens each governorate's part with its name and «::» («حلب::استشهدت ...»), and
    the villages told under it are in that governorate."""
    if "::" not in seg.text:
        return {}  # most reports
    starts = []  # (mention index, offset) of each heading
    for n, f in enumerate(found):
        a, b = seg.span(*f.span(seg))
        if _HEADING.match(seg.text, b) and not seg.text[seg.text.rfind("\n", 0, a) + 1:a].strip():
            starts.append((n, a))
    if len(starts) < 2:
        return {}  # one «X::» is a page's label, no digest
    # each part runs to the next heading; the last, to the end of its paragraph (what follows
    # a digest on a page is other news)
    last_end = seg.text.find("\n", starts[-1][1])
    out: dict[int, Found] = {}
    for (n, _a), (m, _b) in zip(starts, starts[1:] + [(len(found), -1)]):
        for k in range(n + 1, m):
            if m < len(found) or last_end < 0 or seg.span(*found[k].span(seg))[0] < last_end:
                out[k] = found[n]
    return out


def _abroad_country(place: Place) -> bool:
    return place.kind == "country" and place.country != "SY"


@lru_cache(maxsize=None)
def _stopwords() -> frozenset[str]:
    """Words too common to be read as a place without a head word (as _stop_form gives them):
    every word of the lexicon (actor names, triggers, titles, ...) and the common-word list."""
    return frozenset(map(_stop_form, filter(None, lexicon_words() | NUMBER_WORDS)))  # «سبعة» is no village


@lru_cache(maxsize=100_000)
def _stop_form(word: str) -> str:
    """How a word is compared with the common words: Arabic by its key (spellings vary), Latin as
    written, since vowel-blind keys would make "Waer" the common "war" and "Hass" "has"."""
    return word if "a" <= word[:1] <= "z" else word_key(word)


@lru_cache(maxsize=None)
def _word_set(name: str) -> frozenset[str]:
    return frozenset(fold(w)[0] for ws in words_lists()[name].values() for w in ws if not w.endswith("*"))


@dataclass
class Found:
    """A place mention while it is being read: token span, phrase parts, candidates."""

    first: int  # token span of the whole phrase (heads and directions included)
    last: int
    name_first: int  # token span of the name itself
    name_last: int
    key: str
    candidates: list[Place]
    head: str | None = None
    conj: bool = False  # joined to the previous mention by «و» / "and"
    hint_of: int | None = None  # index of the mention this one locates
    hint: int | None = None  # index of the mention that locates this one
    match: Match | None = None
    extra: dict = field(default_factory=dict)

    def span(self, seg: Segmented) -> tuple[int, int]:
        """Folded offsets of the mention as it names the place: without the «و» or preposition
        fused to its first word («وحاس», «وبلدة بنش», «بريف عفرين»: «حاس», «بلدة بنش», «ريف عفرين»)."""
        tok = seg.tokens[self.first]
        if self.first < self.name_first:  # a head word read without its proclitic
            bare = [] if tok.text in AR_HEADS else [r for r in strip_proclitic(tok.text) if r in AR_HEADS] or (
                [_NEIGHBOURHOOD] if tok.text[1:] == _NEIGHBOURHOOD else [])
        elif not self.key:  # a name the gazetteer lacks: only the «و» of a list is not its own
            bare = [tok.text[1:]] if self.conj else []
        elif self.key.startswith(_word_key(tok.text)):
            bare = []
        else:
            bare = [r for r in readings(tok.text)[1:] if self.key.startswith(_word_key(r))]
        cut = len(tok.text) - len(bare[0]) if bare and tok.text.endswith(bare[0]) else 0
        return tok.start + cut, seg.tokens[self.last - 1].end


_FATHATAN = "\u064b"  # of «رداً» («ردًا»): after the word's alif, or before it
_THAT = frozenset(("ان", "بان", "لان"))  # «أن», «بأن», «لأن», folded: what an adverb in «ا» leads («علما أن»)


class ToponymFinder:
    """Finds and resolves the place mentions of one document. Holds the gazetteer and resolver."""

    def __init__(self, resolver: Resolver):
        self.resolver = resolver
        self.gaz = resolver.gaz
        self.begins_a_key = _KeyPrefixes(self.gaz.keys())  # the prefix test that ends name lookups early
        # Answers about words, pairs of words and name keys, remembered: reports repeat them.
        self._by_word = WordTable(self._word, 200_000)  # word -> self._word(word)
        self._by_pair = WordTable(self._can_begin, 200_000)  # (word, next word) -> self._can_begin(...)
        self._two_words = WordTable(self._go_on, 100_000)  # (word, next word) -> self._go_on(...)
        self._name_facts = WordTable(self._facts, 100_000)  # name key -> self._facts(key)
        self._spellings = WordTable(self._arabic_spellings, 100_000)  # name key -> its places' Arabic spellings
        self._places = WordTable(self.gaz.lookup, 100_000)  # name key -> its places (a shared list: not to be changed)
        self._common_name = WordTable(lambda pair: self._common(*pair), 100_000)  # (word, key) -> self._common(...)
        self.stop = _stopwords()
        # The words around people's names (see _people), all found in one pass.
        self.people_words = MatcherGroup(word_matcher(n) for n in ("first_names", "person_titles", "name_titles",
                                                                   "speech_verbs"))
        self.prepositions = _word_set("prepositions")
        # «روضة أطفال», «صفحة الناشط»: a word in construct with these is a thing of theirs, no village
        self.owners = frozenset(fold(w)[0] for w in words_lists()["victims"]["children"]) \
            | {w for w in _word_set("name_titles") if w.startswith("ال")}
        self.function = _word_set("function")
        # Function words with or without the article: strip_article_ar(w) in function, in one lookup.
        self.function_any = self.function | {"ال" + w for w in self.function if len(w) >= 2}

    # -- finding -------------------------------------------------------------------------
    def find(self, seg: Segmented, blocked: set[int], objects: frozenset[int] = frozenset()) -> list[Found]:
        """Place mentions, none on `blocked` tokens; `objects`: tokens where a verb of attack's
        object begins («قصفت قوات النظام جوبر»), a place's slot as after a preposition."""
        tokens, words = seg.tokens, seg.words
        blocked = blocked | self._people(seg)
        found: list[Found] = []
        end = 0
        # Most words can begin no mention (no head, no direction, no name begins with them, or
        # only longer names that the next word does not go on with): only the others are tried,
        # picked out at C speed, by each word and the one after it.
        for i in compress(count(), map(self._by_pair.__getitem__, zip(words, chain(islice(words, 1, None), (None,))))):
            if i < end or i in blocked:
                continue
            if self._by_word[words[i]][2] and (i + 1 in blocked or tokens[i + 1].clause != tokens[i].clause):
                continue  # the first word of longer names only, and the next word cannot go on with one here
            # "Al Bab", "al Rai": an article written apart begins the mention.
            lead = i - 1 if i > end and tokens[i - 1].text in ("al", "el") and i - 1 not in blocked \
                and tokens[i - 1].clause == tokens[i].clause else i
            # «قرى كنصفرة وسفوهين والبارة»: listed after a known name (right after it, or after «و»
            # or "and": see _listed_after), or after unknown ones listed after it; or the object
            # of a verb of attack (`objects`): a name there needs no head word either
            listed = bool(found) and found[-1].last == end and ((lead - end <= 1 and _listed_after(seg, end, lead)) or (
                0 < i - end <= _MAX_LISTED and tokens[i].text.startswith("و") and tokens[i].sentence == tokens[end].sentence
                and self._listed_unknowns(tokens[end:i], tokens[end - 1].clause) == i - end)) or i in objects
            f = (words[i] in _EN_TRAILING_HEADS and self._named_before_head(seg, i, end, blocked)) \
                or self._mention_at(seg, i, blocked, listed)
            if f is not None and _group_named(tokens, f):
                end = f.last
                continue
            if f is not None:
                if f.first == i:
                    f.first = lead
                found.append(f)
                end = f.last
        found = self._spelled_otherwise(seg, self._hyphen_pairs(seg, found, blocked), blocked)
        found = self._abroad(seg, found)
        self._link(seg, found)
        return found

    @staticmethod
    def _abroad(seg: Segmented, found: list[Found]) -> list[Found]:
        """"near Sinjar in northern Iraq", «سنجار في شمال العراق»: a place that a country abroad
        locates (see _in_abroad) is no Syrian namesake: a name with one is dropped (the resolver
        would pick the Syrian one, hint or not); a foreign name is kept."""
        return [a for a, b in zip(found, found[1:] + [None]) if b is None or not (
            _in_abroad(seg.tokens, a, b) and any(p.country == "SY" for p in a.candidates))]

    def _hyphen_pairs(self, seg: Segmented, found: list[Found], blocked: set[int]) -> list[Found]:
        """"the Qamishli-Amuda road", "Palmyra-Deir ez-Zor highway": an English word of two
        capitalised names joined by a hyphen, the first a Syrian place, that begins no name of its
        own, is a road or front between them (the resolver places it near the first)."""
        if not _LATIN_HYPHEN.search(seg.folded):
            return found  # most reports
        taken = {k for f in found for k in range(f.first, f.last)}
        pairs = []
        # Only Latin tokens hold a hyphen (see segment._TOKEN): picked out at C speed.
        for k in compress(count(), map(contains, seg.words, repeat("-"))):
            t = seg.tokens[k]
            first, _, second = seg.original(t.start, t.end).partition("-")
            if k in taken or k in blocked or not (first[:1].isupper() and second[:1].isupper() and len(first) >= 3):
                continue
            key = _word_key(first.lower())
            if any(p.country == "SY" and p.rank >= _MIN_RANK_ALONE for p in self.gaz.lookup(key)) \
                    and not self._common(first.lower(), key):
                pairs.append(Found(k, k + 1, k, k + 1, "", [], head="road"))
        return sorted(found + pairs, key=lambda f: f.first) if pairs else found

    def _spelled_otherwise(self, seg: Segmented, found: list[Found], blocked: set[int]) -> list[Found]:
        """"Kansafra, Fleifel and Sufuhen", «قرى البوغاز وعوسجلي»: a word listed right after a place,
        that begins no gazetteer key, is the next place of the list in a spelling the gazetteer
        lacks, if it is a capitalised English word, or an Arabic one in a list that a plural head
        word («قرى», «بلدات») announces as places. It is kept for fuzzy resolution, and only near
        the place before it (_resolve_one)."""
        tokens = seg.tokens
        out: list[Found] = []
        for n, f in enumerate(found):
            out.append(f)
            k = f.last + (f.last < len(tokens) and tokens[f.last].text in _CONJUNCTIONS)
            if not (k < len(tokens) and _listed_after(seg, f.last, k)):
                continue
            k += tokens[k].text == "nearby"  # "Maarat al-Numan and nearby Kafr Rouma"
            end = k
            while end < min(k + 2, len(tokens)) and end not in blocked and tokens[end].clause == tokens[k].clause \
                    and self._unknown_word(seg, f, k, end):
                end += 1  # "Kafr Rouma": a second capitalised word goes with the first
            if end > k and not (n + 1 < len(found) and found[n + 1].first < end):
                out.append(Found(k, end, k, end, "", [], conj=end == k + 1 == f.last + 1 and not is_latin(tokens[k]),
                                 extra={"spelled_otherwise": len(out) - 1, "plural": not is_latin(tokens[k])}))
        return out

    def _unknown_word(self, seg: Segmented, f: Found, k: int, i: int) -> bool:
        """Whether token i can be a word of a name listed (from token k) after mention f that the
        gazetteer does not know (see _spelled_otherwise): a capitalised English word, or an Arabic
        one under a plural head word; no common, function, head or direction word."""
        t = seg.tokens[i]
        if is_latin(t):
            word, named = t.text, seg.original(t.start, t.end)[:1].isupper()
        else:  # «وعوسجلي»: the «و» is the list's
            word = t.text[1:] if i == f.last and t.text.startswith("و") else t.text
            named = i == k and (f.extra.get("plural") or any(r in _PLURAL_HEADS for r in readings(seg.tokens[f.first].text)))
        return bool(named) and len(word) >= (4 if is_latin(t) and i == k else 3) and word not in self.function \
            and _stop_form(word) not in self.stop and _head(word) is None and not _is_direction(word)

    def _people(self, seg: Segmented) -> set[int]:
        """Token indices that are people's names: after a title, a first name, or a speech verb;
        before a father's name; a quoted name; and a given name told so, wherever it stands bare."""
        tokens = seg.tokens
        out: set[int] = set()
        given: set[str] = set()  # the given names of people named so
        first_names, person_titles, name_titles, speech_verbs = self.people_words.find(tokens, seg.words)
        for i, j, _group in first_names:
            if j == i + 1 and tokens[i].text[:1] in "وبلفك" and tokens[i].text[1:] in self.function:
                continue  # «بأن» folds to the first name «بان»: a proclitic on a function word
            if i and _opens_place(tokens[i - 1]) or (
                    i >= 2 and _opens_place(tokens[i - 2]) and not self._is_link(tokens[i - 1])):
                continue  # «قرية عرب حسن», «تل حسن»: a first name in a name a head word announces is the place's
            out.update(range(i, j))
            if j < len(tokens) and not self._is_link(tokens[j]):
                out.add(j)
            # «مع جاسم محمد العبيد»: a name right before a first name (a space apart, not
            # «- إدلب (محمد ...)») is a man's, his father's after it
            if i and self._name_slot(tokens, i - 1) and seg.folded[tokens[i - 1].end:tokens[i].start] == " ":
                out.add(i - 1)
                given.add(tokens[i - 1].text)
        # A role title names one word after it («مدير مشفى الباب»: the hospital's town is a place);
        # «المدعو», «الشاب», «الشهيد» introduce a whole name («المدعو صابر السنجار في هجين»).
        for titles, length in ((person_titles, 1), (name_titles, 3)):
            for i, j, _group in titles:
                if i and _opens_place(tokens[i - 1]):
                    continue  # «قرية الشيخ ناصر», «أبرزها: الشيخ عقيل»: a title that begins a place name
                k = j
                # «وزير الخارجية الأميركي جون كيري»: skip the descriptors, but «في» and «قرية»
                # also end in «ي»/«ية» and say that a place comes next («طفل في قرية الرفيد»).
                while (k < len(tokens) and k < j + 3 and tokens[k].text.endswith(("ي", "يه", "ian", "ish"))
                       and not self._is_link(tokens[k]) and _head(tokens[k].text) is None):
                    k += 1
                named = []
                for n in range(k, min(k + length, len(tokens))):
                    t = tokens[n]
                    if (self._is_link(t) or _head(t.text) is not None or _is_direction(t.text)
                            or t.text in self.function or t.clause != tokens[k].clause):
                        break
                    named.append(n)
                after = named[-1] + 1 if named else k
                if after < len(tokens) and tokens[after].text in _EN_TRAILING_HEADS and is_latin(tokens[after]):
                    continue  # "the Sheikh Maqsoud neighbourhood": a head word after says the name is a place's
                out.update(named)
                if named and length > 1:
                    given.add(tokens[named[0]].text)
        for _i, j, _group in speech_verbs:
            if j < len(tokens) and not self._is_link(tokens[j]) and _head(tokens[j].text) is None:
                out.add(j)
        for i, j in _quoted(seg):
            # «وابنها "جاسم العبيد"»: a quoted name of several words apart by spaces only (not
            # "حمص - سلمية"), no place word among them nor before, that no gazetteer name spans
            # whole, and no city's name after its first word (a council's: «"مجلس دير الزور"»)
            if j - i >= 2 and self._name_slot(tokens, i) and seg.folded[tokens[i].start:tokens[j - 1].end].split() \
                    == seg.words[i:j] and not any(
                    _head(t.text) or self._is_link(t) or t.text in self.function for t in tokens[i:j]) \
                    and (self._name_at(tokens, i, set()) or (i,))[0] < j \
                    and not any(_big((self._name_at(tokens, k, set()) or (0, 0, []))[2]) for k in range(i + 1, j)):
                out.update(range(i, j))
                given.add(tokens[i].text)
        # «قتلت جاسم وشقيقه»: a given name told once is the man's wherever it stands bare
        if given:
            # (the words are the tokens' texts: the given names picked out at C speed)
            out.update(k for k in compress(count(), map(given.__contains__, seg.words)) if self._name_slot(tokens, k))
        return out

    def _name_slot(self, tokens: list[Token], k: int) -> bool:
        """Whether token k stands where a person's name can: not after a preposition, a head word
        or the first word of a place name that goes on with it, and no function or place word."""
        t = tokens[k]
        if self._is_link(t) or _head(t.text) is not None or _is_direction(t.text) or t.text in self.function:
            return False
        if not k or tokens[k - 1].clause != t.clause:
            return True
        before = tokens[k - 1]
        if before.text in self.prepositions or self._is_link(before) or _opens_place(before):
            return False
        if not (self._two_words[before.text, t.text] or t.text in _AIR_LEADS):
            return True  # no name of two words or more begins with the word before (see _name_at)
        longer = self._name_at(tokens, k - 1, set())
        return not (longer and longer[0] > k)  # «دير الزور»

    def _is_link(self, tok: Token) -> bool:
        return tok.text in self.prepositions or tok.text in _LINKS or tok.text in _CONJUNCTIONS

    def _mention_at(self, seg: Segmented, i: int, blocked: set[int], listed: bool = False) -> Found | None:
        """The mention that begins at token i (not blocked, and a word that can begin one), which
        may be `listed` right after another."""
        tokens = seg.tokens
        start = i
        # Direction words, «الأحياء الشرقية من», head words: the phrase before the name.
        head = None
        j = i
        while j < len(tokens) and j - start < 4 and tokens[j].clause == tokens[i].clause:
            h = _head(tokens[j].text) or (self._lead_in(seg, i, blocked) if j == i else None)
            if h and h not in ("mountain", "dam", "airport", "camp"):
                if j >= i + 2 and tokens[j - 1].text in ("في", "in") and _head(tokens[j - 2].text) not in (None, "near"):
                    # «15 قرية وبلدة في ريف حلب»: the villages counted have no name; the mention
                    # is the countryside they are in
                    start, head = j, None
                # «قرب قرية X»: X is a village; «بلدات وقرى ريف X»: the countryside of X
                head = h if head in (None, "near") or h == "countryside" else head
            elif not (_is_direction(tokens[j].text) and j + 1 < len(tokens)) and not (
                    j > i and (tokens[j].text in _LINKS or tokens[j].text in ("the", "al", "el"))) and not (
                    head == "road" and tokens[j].text in _ROAD_ADJECTIVES):  # "south of the town of al X"
                break
            elif tokens[j].text == "in" and j > start and _head(tokens[j - 1].text) not in (None, "near"):
                start, head = j + 1, None  # "villages in the Aleppo countryside": the region they are in
            j += 1
        name = None
        # (after an English head word a name is capitalised: "the town market", "the town again"
        # name none, known or not; after "of" it is a name however written. Nor does an Arabic
        # adjective: «مدينة صغيرة», "a small town", is not the village of Sghireh.)
        # A direction word the scan stopped on (the text's last word) is no name either: «بالريف
        # الشمالي» is a part of the report's governorate, not the village of Shamaliyeh.
        no_name = head and j < len(tokens) and (tokens[j].text in _ADJECTIVES or head == "countryside" and _is_direction(tokens[j].text) or is_latin(tokens[j]) and (
            tokens[j - 1].text != "of" and not _capitalised(seg.original(tokens[j].start, tokens[j].end))))
        if j < len(tokens) and tokens[j].clause == tokens[i].clause and not no_name:
            name = self._name_at(tokens, j, blocked)
            if name is not None and name[0] == j + 1 and _head(tokens[j].text) \
                    and not any(p.country == "SY" for p in name[2]):
                name = None  # «سد الفرات»: «سد» is a dam here, not Qatar's al-Sadd
            if name is None and _head(tokens[j].text) == "camp" and j + 1 < len(tokens) \
                    and tokens[j + 1].clause == tokens[i].clause:
                # «مخيم الركبان»: a camp the gazetteer lacks, at the place it is named after
                head, j = "camp", j + 1
                name = self._name_at(tokens, j, blocked)
        if j > i and head is None and name is not None and _is_direction(tokens[i].text):
            # «شمال وشرق سوريا»: a name the gazetteer knows with its directions, not «شرق سوريا» after one
            whole = self._name_at(tokens, i, blocked)
            if whole is not None and whole[0] >= name[0]:
                name, j = whole, i
        if j > i and (name is None or head is None and not self._accept_alone(seg, j, *name[:2], prefixed=True)):
            # «جبل الزاوية», «مطار حماة»: the head is part of the name; «شمال غرب سوريا»: so are
            # the directions, before a word no place alone
            whole = self._name_at(tokens, i, blocked)
            if whole is not None and whole[0] > j and self._accept_alone(seg, i, *whole[:2], prefixed=False):
                name, j, head = whole, i, None
        if name is None:
            if head and not no_name and j < len(tokens) and j not in blocked and tokens[j].clause == tokens[i].clause:
                return self._unknown_named(tokens, i, j, head, blocked)
            return None
        end, key, cands, conj = name
        # «تلة أبو علي»: «أبو», a common word, goes on with the word after it
        kunya = end + 1 < len(tokens) and tokens[end].text in _KUNYA and tokens[end + 1].clause == tokens[j].clause
        if head and end == j + 1 and key in GENERIC_FIRST and not tokens[j].text.startswith("ال") \
                and end < len(tokens) and end not in blocked \
                and tokens[end].clause == tokens[j].clause and (kunya or not self._no_name_word(tokens[end])):
            # «قرية خربة زعفرانة», «قرية تل X»: a name's first word goes on with the next, though the
            # gazetteer lacks the whole (unknown: fuzzy), not the place called «خربة» alone
            return self._unknown_named(tokens, i, j, head, blocked, known=2) \
                or Found(i, end + 1 + kunya, j, end + 1 + kunya, "", [], head=head)
        if end == j + 1 and end < len(tokens) and tokens[end].clause == tokens[j].clause \
                and (self._name_like(seg, tokens[end]) or key in GENERIC_FIRST and is_latin(tokens[end])
                     and _capitalised(seg.original(tokens[end].start, tokens[end].end))) \
                and _head(tokens[end].text) is None and not _bracket_before(seg, end) \
                and (not _big(cands) or _EN_ARTICLE.match(tokens[end].text)):
            # "Tal al-Eis" is not the town of Tall, "Tal Abu Ali" (a common word after a generic
            # first word) neither; "Kerri Mouzan" not Karri, though an American city is Cary: the
            # name goes on, and is unknown (after a head word, "the village of Kfar Zita", kept
            # for fuzzy resolution).
            return self._unknown_named(tokens, i, j, head, blocked, known=1) if head else None
        if head is None and end == j + 1 and self._bare_article_city(seg, j, cands):
            # "Bab Amr", "Bab Sbaa": a city English writes with its article ("al-Bab") is not named
            # by the bare word before another name word: that is a longer name (a quarter, a gate)
            trailing = self._trailing_head(seg, i, end + 1, blocked)  # "the Bab Amr neighbourhood"
            return Found(start, end + 1 + (trailing is not None), j, end + 1, "", [], head=trailing)
        if head == "neighbourhood" and end == j + 1 and end < len(tokens) and cands and all(
                p.is_area or p.rank >= KIND_RANK["town"] for p in cands if p.country == "SY"):
            # «حي باب توما»: no town is a quarter, so the name goes on (unknown: fuzzy, or the city)
            longer = self._unknown_named(tokens, i, j, head, blocked, known=1)
            if longer is not None:
                return longer
        trailing = self._trailing_head(seg, i, end, blocked) if head is None else None
        if trailing is not None and end + 1 < len(tokens) and tokens[end + 1].text == "of" and _big(cands):
            trailing = None  # "the Aleppo countryside village of Hazwan": the head is Hazwan's
        if trailing is not None:
            if not any(p.country == "SY" for p in cands):  # "Hamdaniyeh district": not the Iraqi town
                return Found(start, end + 1, j, end, "", [], head=trailing)
            return Found(start, end + 1, j, end, key, cands, head=trailing, conj=conj and start == j)
        if head is None and not self._accept_alone(seg, j, end, key, prefixed=j > i or listed):
            return None
        if head == "near" and self._in_construct(seg, j, end, key):
            # «بمحيط مقبرة تدمر», "around Palmyra's cemetery": near the place the noun belongs to
            owner = self._name_at(tokens, end, blocked)
            if owner is None or not self._accept_alone(seg, end, *owner[:2], prefixed=True):
                return None  # «قرب مقبرة الشهداء»: a common noun, no place
            j, (end, key, cands, conj) = end, owner
        if head == "near" and (tokens[i].text in _BETWEEN and not self._accept_alone(seg, j, end, key)
                               or self._indefinite_generic(tokens, j, end, key)
                               or self._common_after_near(seg, j, end, key, cands)):
            return None  # «بين شهيد وجريح», "between the dead and the wounded": a village must be called one
        if head and end == j + 1 and not any(p.country == "SY" for p in cands):
            # «قرية جديد بكارة»: a head word announces a Syrian place, so a first word that is
            # only a foreign name («جديد», in Libya) is the start of a longer, unknown name.
            longer = self._unknown_named(tokens, i, j, head, blocked, known=1)
            if longer is not None:
                return longer
        last = end
        while last < len(tokens) and _is_direction(tokens[last].text) and tokens[last].text.startswith(("ال", "al")) \
                and tokens[last].clause == tokens[i].clause:
            last += 1  # «ريف حمص الجنوبي الشرقي»
        if tokens[end - 1].text.endswith("'s"):  # "Deir ez-Zor's eastern countryside" is one region
            k = end
            while k < len(tokens) and _is_direction(tokens[k].text) and tokens[k].clause == tokens[i].clause:
                k += 1
            if k < len(tokens) and tokens[k].clause == tokens[i].clause and _head(tokens[k].text) in ("countryside", "district", "governorate", "near"):
                last = k + 1
        return Found(start, last, j, end, key, cands, head=head, conj=conj and start == j)

    def _lead_in(self, seg: Segmented, i: int, blocked: set[int]) -> str | None:
        """The kind a word that is no head word gives the place after it: "near" after «بين»,
        "neighbourhood" after «الأحياء» and a direction, "road" after «طريق» (unless the two are
        one name, «طريق الباب», a quarter of Aleppo, and no dash and place follow: «طريق الباب -
        منبج» is the road from al-Bab to Manbij)."""
        tokens = seg.tokens
        t = tokens[i].text
        if t in _BETWEEN:
            return "near"
        if t in _QUARTERS:  # «الأحياء الشرقية من حلب», not «الأحياء السكنية» nor «أحياء المدينة»
            return "neighbourhood" if i + 1 < len(tokens) and _is_direction(tokens[i + 1].text) else None
        if t not in _ROADS:
            return None
        whole = self._name_at(tokens, i, blocked)
        if whole is None:
            return "road"
        end = whole[0]
        dashed = end < len(tokens) and "-" in seg.original(tokens[end - 1].end, tokens[end].start)
        return "road" if dashed and self._name_at(tokens, end, blocked) is not None else None

    def _trailing_head(self, seg: Segmented, i: int, end: int, blocked: set[int]) -> str | None:
        """The kind an English head word right after a name announces ("Kafr Nabl town")."""
        tokens = seg.tokens
        if end < len(tokens) and end not in blocked and tokens[end].clause == tokens[i].clause:
            return _EN_TRAILING_HEADS.get(tokens[end].text)
        return None

    def _bare_article_city(self, seg: Segmented, j: int, cands: list[Place]) -> bool:
        """Whether English token j, written without an article, names only cities whose Arabic
        name has one («الباب»), and a name word that is no head word follows it in its clause."""
        tokens = seg.tokens
        if not is_latin(tokens[j]) or "-" in tokens[j].text or (j and tokens[j - 1].text in ("al", "el")) \
                or j + 1 >= len(tokens) or tokens[j + 1].clause != tokens[j].clause:
            return False
        cities = [p for p in cands if p.country == "SY" and p.rank >= KIND_RANK["city"]]
        return bool(cities) and all(p.name_ar.startswith("ال") for p in cities) \
            and self._name_like(seg, tokens[j + 1]) and _head(tokens[j + 1].text) is None

    def _named_before_head(self, seg: Segmented, i: int, start: int, blocked: set[int]) -> Found | None:
        """"the Sakhour neighbourhood of Aleppo": an English head word after capitalised words
        that no mention took is the name's kind, and those words an unknown name (up to three).
        Token i is one of _EN_TRAILING_HEADS (the caller tells, without a call for every word)."""
        tokens = seg.tokens
        j = i
        while j > start and i - j < 3 and j - 1 not in blocked and tokens[j - 1].clause == tokens[i].clause \
                and self._name_like(seg, tokens[j - 1]):
            j -= 1
        return Found(j, i + 1, j, i, "", [], head=_EN_TRAILING_HEADS[tokens[i].text]) if j < i else None

    def _name_like(self, seg: Segmented, tok: Token) -> bool:
        """A Latin word that may be part of a name: capitalised, every part of "Bab al-Nayrab" too
        (not "ISIS-held"), and not a common or function word ("Syrian", "The")."""
        if not ("a" <= tok.text[0] <= "z") or tok.text in self.function or _stop_form(tok.text) in self.stop:
            return False
        written = seg.original(tok.start, tok.end)
        return _capitalised(written) and all(part[:1].isupper() for part in written.split("-")[1:] if _word_key(part))

    def _name_at(self, tokens: list[Token], j: int, blocked: set[int]):
        """(end, key, candidates, via_conjunction) of the longest gazetteer name starting at token j."""
        if j in blocked or tokens[j].text in self.function or len(tokens[j].text) == 1 and not _glued(tokens, j):
            return None  # "near the": nothing is named; «لـ» apart is a preposition, no word of a name (but "T4" is one)
        tok = tokens[j]
        _starts, firsts, _only_longer, one = self._by_word[tok.text]
        best = one and (j + 1, *one)  # the name of one word, as _word remembers it
        rest = ""
        for n in range(2, MAX_WORDS + 1):
            if not firsts:  # no gazetteer key goes on
                break
            last = tokens[j + n - 1] if j + n <= len(tokens) else None
            if last is None or j + n - 1 in blocked or last.clause != tok.clause or last.text in self.function \
                    or len(last.text) == 1 and not _glued(tokens, j + n - 2):
                break
            rest += _word_key(last.text)
            # A longer name must extend a key: readings that begin none are dropped first.
            firsts = self._two_words[tok.text, last.text] if n == 2 else \
                [f for f in firsts if self.begins_a_key(f[0] + rest)]
            for fk, _alone in firsts:
                cands = self._places[fk + rest]
                # A longer reading wins, unless it leaves Syria for a foreign namesake.
                if cands and (best is None or any(p.country == "SY" for p in cands)
                              or not any(p.country == "SY" for p in best[2])):
                    best = (j + n, fk + rest, cands, tok.text.startswith("و") and fk != _word_key(tok.text))
                    break
        if best and best[0] < len(tokens) and tokens[best[0]].text in _AIR_LEADS:  # (most names: no base)
            best = self._air_base(tokens, best, tok.clause) or best
        return best and (best[0], best[1], list(best[2]), best[3])

    def _air_base(self, tokens: list[Token], best: tuple, clause: int) -> tuple | None:
        """"Kuweires military airbase", "Menagh airport": the name of a base the gazetteer knows as
        "Kuweires airbase", "Menagh airbase" (either word, "military" or not, as the resolver reads it)."""
        e = best[0] + (best[0] < len(tokens) and tokens[best[0]].text == "military")
        if e >= len(tokens) or tokens[e].text not in _AIR_WORDS or tokens[e].clause != clause:
            return None
        return next(((e + 1, best[1] + w, cands, best[3]) for w in _AIR_KEYS if (cands := self._places[best[1] + w])), None)

    def _word(self, word: str) -> tuple[bool, tuple[tuple[str, list[Place]], ...], bool, tuple | None]:
        """Whether a mention can begin at this word; (key, places of that key alone) of each of
        its readings that begins some gazetteer key, the first step of every name lookup;
        whether it can only begin a mention as the first word of a longer name: no head or
        direction word, and no place of its own, or one that _accept_alone never takes alone; and
        the name of one word _name_at takes, (key, places, via_conjunction), or None.
        Remembered per word (see self._by_word), since most words are no name at all."""
        firsts = tuple((fk, self.gaz.lookup(fk)) for fk in _first_keys(word) if self.begins_a_key(fk))
        marker = _head(word) is not None or _is_direction(word) or word in _LEAD_INS
        if not (firsts or marker):
            return _NO_START  # most words: shared
        key, alone = next(((fk, alone) for fk, alone in firsts if alone), (None, []))  # the name of one word _name_at takes
        one = None if key is None else (key, alone, word.startswith("و") and key != _word_key(word))
        # a common word is still a country abroad after «في» (see _accept_alone)
        return True, firsts, not marker and (key is None or self._common(word, key) and not any(map(_abroad_country, alone))), one

    def _can_begin(self, pair: tuple[str, str | None]) -> bool:
        """Whether a mention can begin at a word, as far as it and the word after it (None at the
        end of the text) tell: the first word of longer names only (see _word) can only if the
        next word goes on with one of them (most are followed by none). Remembered per pair of
        words (see self._by_pair)."""
        word, after = pair
        starts, _firsts, only_longer, _one = self._by_word[word]
        if not only_longer:
            return starts
        return after is not None and after not in self.function and bool(self._two_words[pair])

    def _go_on(self, pair: tuple[str, str]) -> tuple[tuple[str, list[Place]], ...]:
        """The readings of a word, as _word gives them, that still begin a gazetteer key with
        the next word's key after theirs: the second step of _name_at. Remembered per pair of
        words (see self._two_words)."""
        rest = _word_key(pair[1])
        return tuple(f for f in self._by_word[pair[0]][1] if self.begins_a_key(f[0] + rest))

    def _facts(self, key: str) -> tuple[int, int, bool, bool]:
        """Of the places of a name key: how many are Syrian, the largest rank among those,
        whether any is a city or larger, whether a Syrian one is spelled in Arabic with a
        final «ه». Asked of every name found (see _accept_alone)."""
        places = self.gaz.lookup(key)
        syrian = [p.rank for p in places if p.country == "SY"]
        final_ha = any(n.endswith("ه") for p in places if p.country == "SY"
                       for n in chain([p.name_ar], (m.text for m in p.names if m.lang == "ar")))
        return len(syrian), max(syrian, default=0), any(p.rank >= KIND_RANK["city"] for p in places), final_ha

    def _arabic_spellings(self, key: str) -> tuple[str, ...]:
        """The Arabic spellings of the Syrian places of a name key, all of their names (read
        from the store): the one the key came from may be an alias, «ديرك» of al-Malikiyah."""
        return tuple({n.text for p in self.gaz.lookup(key) if p.country == "SY"
                      for n in self.gaz.names(p) if is_arabic(n.text)})

    def _common(self, word: str, key: str) -> bool:
        """Whether a word that is a name of one word (`key`) is never taken as a place without a
        head word: a number, a function word, a common word, a key too short to tell."""
        return (word[0].isdigit() or word in self.function_any or len(key) <= 2
                or (word if "a" <= word[0] <= "z" else key) in self.stop
                or _stop_form(strip_article_ar(word)) in self.stop)

    def _accept_alone(self, seg: Segmented, i: int, end: int, key: str, prefixed: bool = False) -> bool:
        """A name (tokens i to `end`, of key `key`) with no head word: function words never, common
        words and villages only with more evidence (a preposition or direction word before them)."""
        tokens = seg.tokens
        first = tokens[i].text
        # English place names are capitalised: one word itself, a longer one in some word ("rural
        # Damascus", "central Syria")
        if first[0].isdigit() or (first[0] < "\u0600" and not any(
                _capitalised(seg.original(t.start, t.end)) for t in tokens[i:end])):
            return False
        if not self.function_any.isdisjoint(seg.words[i:end]):  # (the tokens' texts)
            return False
        if i and tokens[i - 1].text in DEMONSTRATIVES:
            return False  # «في هذا الصدد» ("in this regard"), not the town of Sadad
        if end - i == 2 and _centre_of(tokens[i].text, tokens[i + 1].text):
            return False
        if end < len(tokens) and tokens[end].text in _COMMON_NOUN_ADJECTIVES:
            return False
        single = end - i == 1
        if single and first.endswith("ا"):
            a, b = seg.span(tokens[i].start, tokens[i].end)
            if _FATHATAN in seg.text[a:b + 1]:  # the mark may follow the word's last letter
                return False  # «رداً», «تزامناً»: an adverb in the accusative, written so, names no place
            if end < len(tokens) and tokens[end].text in _THAT and tokens[end].clause == tokens[i].clause \
                    and not first.startswith(("ب", "ل", "ال") + _CLITIC_ARTICLES) \
                    and not (i and tokens[i - 1].text in self.prepositions):
                # «علما أن», «نظرا لأن» ("knowing that"): the adverb, indefinite, written without its
                # mark (but «أفاد ناشطون في داريا أن», «في عفرين والشهباء بأن»: where the news came from)
                return False
        if single and self._common_name[first, key]:
            # «قصفت روسيا» names an actor, «في روسيا» a country abroad: a sentence about it tells
            # no event in Syria
            return self.country_after_in(tokens, i, end)
        syrian, big, city, final_ha = self._name_facts[key]
        small = single and big < KIND_RANK["city"]
        written = seg.original(tokens[i].start, tokens[i].end) if small else ""  # (read once for both tests)
        if small and _spelled_apart(written, self._spellings[key], prefixed):
            return False
        if small and not final_ha and written.endswith("ه"):
            # «وحلفائه», «من عمره»: a final «ه» that no spelling of the town has (they end in «ا»,
            # «ة», which folding makes «ه») is a pronoun on a common word («his allies», «his age»)
            return False
        if single and big < _MIN_RANK_ALONE and _verbal_noun(tokens, i):
            return False
        if single and big < KIND_RANK["city"] and end < len(tokens) and tokens[end].text in self.owners \
                and tokens[end].clause == tokens[i].clause:
            return False
        if single and big < KIND_RANK["town"] and not first.startswith("ال") and self._verb_after(tokens, end):
            # «في مشهد يعكس» ("in a scene that shows"): an indefinite noun a verb in the present
            # describes is a common word, not the village of Mashad (but «في تلبيسة يستنجد», a
            # town's people, "call for help")
            return False
        if end - i == 2 and tokens[i + 1].text == "الدين" and not prefixed and not (
                i and tokens[i - 1].clause == tokens[i].clause and tokens[i - 1].text in self.prepositions):
            return False  # «صلاح الدين», «نور الدين»: a man's name of that form, unless a place's slot says otherwise
        if single and not prefixed and big < KIND_RANK["city"] and self._agrees_with_noun(seg, i, key):
            return False
        if single and not prefixed and self._in_construct(seg, i, end, key):
            return False
        generic = single and syrian >= _GENERIC_HOMONYMS
        if big >= _MIN_RANK_ALONE and not generic or (not single and syrian):
            return True
        prev = tokens[i - 1] if i and (tokens[i - 1].clause == tokens[i].clause or tokens[i - 1].text in LIST_LEADS
                                      and tokens[i - 1].sentence == tokens[i].sentence) else None
        after_prep = prefixed or (prev is not None and (
            prev.text in self.prepositions or _is_direction(prev.text)
            or not self.prepositions.isdisjoint(prev.readings)))
        # a city or country abroad after a preposition («في بيروت»): a place, though no event's (a
        # sentence about it tells no event in Syria)
        return after_prep and (syrian > 0 or city) and not _possessive(tokens[end - 1])

    def _indefinite_generic(self, tokens: list[Token], i: int, end: int, key: str) -> bool:
        """«قرب مزرعة في ريف X» ("near a farm"): a name of one word that many villages share,
        written without its article, is the common word, no place (after «قرب» as well)."""
        word = tokens[i].text
        return end - i == 1 and not is_latin(tokens[i]) and not word.startswith(("ال",) + _CLITIC_ARTICLES) \
            and self._name_facts[key][0] >= _GENERIC_HOMONYMS

    def _common_after_near(self, seg: Segmented, i: int, end: int, key: str, cands: list[Place]) -> bool:
        """«محيط السجن», «محيط سجن غويران» ("around the prison", "around Ghwayran prison"): a name of
        one word that is a common word, after a word of nearness, is the thing near which it
        happened, no village so named (a country keeps its name: «قرب تركيا»; and a name many villages
        share, «قرب المزرعة», is one of them: _indefinite_generic)."""
        tokens = seg.tokens
        word = tokens[i].text
        # indefinite, it is the noun only with more words of its phrase after it («سجن غويران», «مسجد في
        # المدينة»; not «قرب مقبرة وتدمر», a village in a list, nor «قرب مقبرة صباحا», before an adverb)
        nxt = tokens[end].text if end < len(tokens) and tokens[end].clause == tokens[i].clause else ""
        construct = bool(nxt) and not nxt.startswith("و") and not (nxt.endswith("ا") and not nxt.startswith("ال"))
        return end - i == 1 and self._common_name[word, key] and not any(map(_abroad_country, cands)) \
            and self._name_facts[key][0] < _GENERIC_HOMONYMS and (word.startswith(("ال",) + _CLITIC_ARTICLES) or construct)

    @staticmethod
    def _agrees_with_noun(seg: Segmented, i: int, key: str) -> bool:
        """«لفترة وجيزة» ("for a short while"): a word in «ة» that is «و» and a name only as read
        with the «و» taken off, right after an indefinite noun in «ة» that no place is listed
        with (see find), is an adjective that agrees with the noun, not "and Jizeh"."""
        tokens = seg.tokens
        word = tokens[i].text
        if not i or not word.startswith("و") or key == _word_key(word) or tokens[i - 1].clause != tokens[i].clause:
            return False
        before = tokens[i - 1]
        return not before.text.startswith(("ال",) + _CLITIC_ARTICLES) \
            and seg.original(before.start, before.end).endswith("ة") \
            and seg.original(tokens[i].start, tokens[i].end).endswith("ة")

    def _in_construct(self, seg: Segmented, i: int, end: int, key: str) -> bool:
        """«قرب مقبرة #غويران», «مقبرة تدمر» ("near the Ghwayran cemetery"): a village's name of one
        word written as an indefinite noun in «ة», right before a name (a place's, a hashtag's) or
        a noun with the article, is that noun in construct with it, no village (a next word in
        «و» lists another, «وكدورة ومنطف»; an adverb, «صباحا», leaves the village)."""
        tokens = seg.tokens
        if not (end - i == 1 and end < len(tokens) and tokens[end].clause == tokens[i].clause
                and not tokens[end].text.startswith("و")
                and not tokens[i].text.startswith(("ال",) + _CLITIC_ARTICLES)
                and self._name_facts[key][1] < KIND_RANK["town"]
                and seg.original(tokens[i].start, tokens[i].end).endswith("ة")):
            return False
        nxt = tokens[end]
        if nxt.text.startswith("ال") and nxt.text not in self.function_any and not _is_direction(nxt.text):
            return True  # «مقبرة الشهداء», «مدرسة البلدة»: any noun with the article
        if seg.original(nxt.start, nxt.end).endswith("ة") and self._name_at(tokens, end, set()) is None:
            return True  # «مدرسة ثالثة», «مقبرة جماعية»: an adjective that agrees with the noun
        at = seg.span(nxt.start, nxt.end)[0]
        return not self._no_name_word(nxt) and (seg.text[at - 1:at] == "#" or self._name_at(tokens, end, set()) is not None)

    def _verb_after(self, tokens: list[Token], k: int) -> bool:
        """Whether token k, in the clause of the word before it, is a verb in the present («يعكس»,
        «يظهر»): «ي» and a root of three letters or more, and no place's name («يبرود», «يلدا»).
        (Not «ت», which as often begins a verb in the past, «تعرض», after a place.)"""
        return k < len(tokens) and tokens[k].clause == tokens[k - 1].clause and tokens[k].text.startswith("ي") \
            and len(tokens[k].text) >= 4 and self._name_at(tokens, k, set()) is None

    def country_after_in(self, tokens: list[Token], i: int, end: int) -> bool:
        """Whether tokens i..end are a country abroad named alone after «في» / "in" («في إيران»):
        a place, though the word names an actor elsewhere («قصفت إيران»)."""
        if end - i != 1 or not i or tokens[i - 1].text not in _IN or tokens[i - 1].clause != tokens[i].clause:
            return False
        name = self._name_at(tokens, i, set())
        return name is not None and name[0] == end and any(map(_abroad_country, name[2]))

    def _begins_longer(self, tokens: list[Token], k: int) -> bool:
        """Whether a common word at token k and the next begin a gazetteer key («قرية عرب حسن»:
        «عرب حسن صغير», «عرب حسن كبير»), so that after a head word they are a name's first words."""
        return k + 1 < len(tokens) and tokens[k + 1].clause == tokens[k].clause \
            and bool(self._two_words[tokens[k].text, tokens[k + 1].text])

    def _unknown_named(self, tokens: list[Token], i: int, j: int, head: str, blocked: set[int],
                       known: int = 0) -> Found | None:
        """«قرية X» with X not in the gazetteer: kept for fuzzy resolution, or for `unresolved`.
        The first `known` words are taken as they are, and at least one more must follow."""
        if head not in ("village", "town", "city", "neighbourhood", "camp", "subdistrict"):
            return None
        end = j + known
        while end < len(tokens) and end - j < 2 + known and end not in blocked and tokens[end].clause == tokens[j].clause:
            t = tokens[end]
            if _stop_form(t.text) in self.stop and end + 1 not in blocked and self._begins_longer(tokens, end):
                end += 2  # «قرية عرب حسن»: a common word and the next, the start of gazetteer names
                continue
            if self._no_name_word(t):
                break
            other = self._name_at(tokens, end, blocked)
            # Right after a name's first word, «بكارة» is its second word, not «ب» + «كارة»; a
            # name known only abroad ("Zita") begins no new Syrian mention.
            if other is not None and any(p.country == "SY" for p in other[2]) and not (
                    known and end == j + known and not other[1].startswith(_word_key(t.text))):
                break
            end += 1
        if end == j + known:
            return None
        return Found(i, end, j, end, "", [], head=head)

    def _no_name_word(self, t: Token) -> bool:
        """Whether a word ends an unknown name rather than goes on with it: a link, a number, a
        direction or head word, a common or function word (also after «بال», «وال»: «بالمدفعية»)."""
        return (self._is_link(t) or t.text.isdigit() or _is_direction(t.text) or _head(t.text) is not None  # (and «لناحية»)
                or _stop_form(t.text) in self.stop or t.text in self.function
                or t.text.startswith(_CLITIC_ARTICLES) and _stop_form(t.text[3:]) in self.stop)

    def _link(self, seg: Segmented, found: list[Found]) -> None:
        """Mark lists («دير الزور والحسكة والرقة») and locating phrases («X شمالي Y»)."""
        tokens = seg.tokens
        for idx_a, (a, b) in enumerate(zip(found, found[1:])):
            gap = tokens[a.last:b.first]
            if tokens[a.last - 1].sentence != tokens[b.first].sentence:
                continue
            words = [t.text for t in gap]
            if (not gap and tokens[b.first].text.startswith("و") or words == ["and"]) and _after_between(tokens, a.first):
                b.hint_of = idx_a  # "the road between Manbij and Aleppo": one place, near Manbij
                continue
            if 1 <= len(gap) <= 3 and _after_between(tokens, b.first, since=a.last):
                # «حاجز X بين مدينتي منبج والباب»: the towns on either side locate the checkpoint
                # between them; they are no places of the event of their own
                b.hint_of = idx_a
                a.hint = idx_a + 1
                continue
            if not gap and a.key and b.first == b.name_first and _bracket_before(seg, b.first) and _locates(b.candidates):
                b.hint_of = idx_a  # "Jasim (Daraa)", "Kabani (Latakia governorate)": the area locates the place
                a.hint = idx_a + 1
                continue
            road = idx_a if a.head == "road" and a.hint is None else a.hint_of
            near = b.first < b.name_first and _head(tokens[b.first].text) == "near" or words[-1:] in (["عند"], ["at"])
            if road is not None and found[road].head == "road" and found[road].hint in (None, idx_a) and near \
                    and len(gap) <= 3 and all(w in _EN_ROADS or w in _ROAD_ADJECTIVES or w in ("عند", "at") for w in words):
                # «طريق حلب - دمشق [الدولي] قرب سراقب», «... عند مدينة حرستا»: the event is near Saraqib, on the road
                found[road].hint_of = idx_a + 1
                continue
            if not gap and is_latin(tokens[b.first]) and a.key and b.key and a.head is None and b.head is None \
                    and "-" in seg.original(tokens[a.last - 1].end, tokens[b.first].start) \
                    and b.last < len(tokens) and tokens[b.last].text in _EN_ROADS:
                a.head = "road"  # "the Deir ez-Zor - Palmyra road": one road, not its two ends
            if not gap and a.head == "road" and b.first == b.name_first:
                b.hint_of = idx_a  # «طريق حلب - دمشق»: the road's other end
                a.hint = idx_a + 1
                continue
            # «مدينة إدلب وبلدة سرمين وقرية النيرب»: a list of places that each have a head word too
            if (not gap and (b.conj or tokens[b.first].text.startswith("و") and b.first < b.name_first and b.head is not None)
                    or words in (["and"], ["or"], ["و"], ["او"], ["and", "nearby"], ["and", "in"], ["وفي"])
                    # "X and the villages of Y", "X and the T4 air base" (a site's name takes "the"),
                    # "near X and in the countryside of Y", «قرب X وفي ريف Y»
                    or words[-1:] == ["the"] and words[:-1] in (["and"], ["and", "in"])
                    and (b.head is not None or _sites(b.candidates))
                    or len(words) >= 2 and words[-2] in _ANOTHER and words[-1] in _ANOTHER_AT):
                b.extra["list_with"] = idx_a
                continue
            # «X شمالي Y», «X قرب Y», "Daraya, southwest of Damascus": Y locates X.
            locating = b.first < b.name_first and (_is_direction(tokens[b.first].text) or _head(tokens[b.first].text) == "near")
            if not gap and tokens[b.first].clause != tokens[a.last - 1].clause and b.head is None and not locating \
                    and not _comma_region(tokens, a, b):
                b.extra["list_with"] = idx_a  # «في دير الزور، الحسكة»
                continue
            # "the Aleppo countryside village of Hazwan", "the Damascus suburb of Douma": in English
            # a town or region before a head word (or "suburb") and "of" locates the place after.
            # "Daraa's Bosra al-Sham" too.
            if is_latin(tokens[b.first]) and a.key and _big(a.candidates) and not locating and (
                    (not gap and (b.head is not None and b.first < b.name_first or tokens[a.last - 1].text.endswith("'s")))
                    or words in (["suburb", "of"], ["suburbs", "of"])):
                a.hint_of = idx_a + 1
                b.hint = idx_a
                continue
            # «قريتي X وY في ريف Z»: Z locates the whole list, X too, though Y is no known name.
            listed = self._listed_unknowns(gap, tokens[a.last - 1].clause, a.name_first > 0 and any(
                r in _PLURAL_HEADS for r in readings(tokens[a.name_first - 1].text)))
            gap, words = gap[listed:], words[listed:]
            if len(words) == 2 and words[0].isdigit() and words[1] in _DISTANCE_UNITS and locating:
                gap, words = [], []  # "Tal Mardikh, 7 km south of Saraqib": Saraqib locates Tal Mardikh
            # A place right after «ب» locates if it is a town or larger, or a countryside even of a
            # village («تل الذهب بريف بلدة الدشيشة»); after «في» or "in the", an area too (see _names_area).
            if (not gap and (locating or _comma_region(tokens, a, b))) \
                    or (len(gap) <= 2 and gap and (_is_direction(words[0]) or words[0] in _LOCATING)
                  and all(_is_direction(w) or w in _LOCATING or w in _LINKS for w in words)) \
                    or (not gap and tokens[b.first].text[:1] in ("ب",) and b.candidates
                        and (any(p.rank >= _MIN_RANK_ALONE for p in b.candidates)
                             or b.head == "countryside" and b.first < b.name_first)) \
                    or (words == ["in", "the"] and (_countryside(tokens, b) or _names_area(b))) \
                    or (len(gap) == 1 and words[0] in ("في", "in", "of") and (
                        a.key == "" or b.head in ("governorate", "countryside") or tokens[a.last - 1].text in _EN_TRAILING_HEADS
                        or _names_area(b)  # «في منطقة سهل الغاب»
                        or a.head == "neighbourhood" and _big(b.candidates))):  # «حي جوبر في مدينة دمشق»
                b.hint_of = idx_a
                a.hint = idx_a + 1
                if a.hint_of is not None and found[a.hint_of].hint is None:
                    found[a.hint_of].hint = idx_a + 1  # «بين مدينة صوران وبلدة كوكب بريف حماة»: Z locates X too
                n = a.extra.get("spelled_otherwise")
                while n is not None:  # «قريتي حرمل ومحرملة في ريف زركان»: Z locates X too
                    found[n].hint = idx_a + 1
                    n = found[n].extra.get("spelled_otherwise")
                n = a.extra.get("list_with")
                while n is not None and found[n].hint is None and not _big(found[n].candidates):
                    # «قرى X وY ومياسة الواقعة في ناحية شيراوا»: Z locates the villages listed before too
                    found[n].hint = idx_a + 1
                    n = found[n].extra.get("list_with")

    def _listed_unknowns(self, gap: list[Token], clause: int, plural: bool = False) -> int:
        """How many words at the start of `gap` are further names of a list joined by «و» that
        the gazetteer does not know («ومحرملة»): neither a common nor a function word. Under a
        `plural` head («قريتي كري موزان وقرقوب») the first of them may be, with no «و», the rest of
        the name before it, the gazetteer knowing another place by its first word only."""
        n = 0
        while n < min(len(gap), _MAX_LISTED) and gap[n].clause == clause:
            w = gap[n].text
            joined = w.startswith("و")
            rest = w[1:] if joined else w
            if not ((joined or plural and n == 0) and len(rest) >= 3 and rest not in self.function_any
                    and _stop_form(rest) not in self.stop and _head(rest) is None and not _is_direction(rest)):
                break
            n += 1
        return n

    # -- resolving -----------------------------------------------------------------------
    def resolve(self, seg: Segmented, found: list[Found]) -> tuple[list[Mention], list[Mention]]:
        """Resolve the mentions with the document's own governorate votes as context."""
        votes: Counter = Counter()
        for f in found:
            admins = {p.admin1_id or p.admin1 for p in f.candidates if p.country == "SY"}
            if len(admins) == 1 and "" not in admins:
                votes[admins.pop()] += 1
        context = Context(admin1_votes=votes)
        proximity = _proximity([(p.lat, p.lon) for f in found for p in f.candidates[:1]
                            if p.lat is not None and p.country == "SY" and len({q.id for q in f.candidates}) == 1])
        governorate_list = self._governorate_lists(found)
        sections = _sections(seg, found)
        # A report names the same place again and again: a mention read as an earlier one was
        # (same query, candidates and phrase shape) gets a copy of its answer.
        answers: dict[tuple, Match | None] = {}
        for n, f in enumerate(found):
            section = sections.get(n)
            query, as_governorate = self._query(seg, found, f, section), n in governorate_list
            # (one spelled otherwise is placed near the mention before it: its answer is its own)
            same = None if "spelled_otherwise" in f.extra else (
                query, as_governorate, f.head, f.hint is None, f.first < f.name_first or f.last > f.name_last,
                tuple(map(id, f.candidates)))
            if same in answers:
                m = answers[same]
                f.match = None if m is None else Match(**vars(m))
            else:
                # «ريفي حلب وإدلب»: a governorate's countryside (a lesser name's may be a namesake's)
                listed = f.first == f.name_first and any(p.kind == "governorate" for p in f.candidates) \
                    and bool(self._list_head(seg, found, f))
                f.match = self._resolve_one(query, found, f, context, as_governorate, proximity,
                                            hinted=f.hint is not None or section is not None or listed)
                if same is not None:
                    answers[same] = f.match
        # A stray lies in a governorate of its own, all the other places in one other (see _stray).
        governorates = {g.match.place.admin1_id or g.match.place.admin1 for g in found
                        if g.match is not None and g.match.resolved}
        if len(governorates) == 2:
            for f in found:
                if _stray(f, found):
                    f.match = self._doubt(seg, found, f)
        mentions, unresolved = [], []
        for f in found:
            a, b = seg.span(*f.span(seg))
            m = Mention(seg.text[a:b], a, b, seg.tokens[f.first].sentence, f.match)
            (mentions if f.match is not None and f.match.resolved else unresolved).append(m)
        return mentions, unresolved

    def _doubt(self, seg: Segmented, found: list[Found], f: Found) -> Match:
        """A stray village (see _stray): at its hint if it has one, since the name alone led
        astray; else kept, as the only reading the text gives, but with a low score and a note.
        Its precision stays: it says how exact the point is, not how sure the reading."""
        h = found[f.hint].match if f.hint is not None else None
        if h is not None and h.resolved:
            m = self.resolver.place_match(self._query(seg, found, f), h.place, _DOUBTED_SCORE)
            m.note = "a namesake far from the report's other places; placed at its hint"
            return m
        m = f.match
        m.score = min(m.score, _DOUBTED_SCORE)
        m.note = "a namesake far from the report's other places"
        return m

    def _governorate_lists(self, found: list[Found]) -> set[int]:
        """Mentions in a list of two or more bare governorate names («في دير الزور والحسكة والرقة»)."""
        out: set[int] = set()
        n = 0
        while n < len(found):
            run = [n]
            while run[-1] + 1 < len(found) and found[run[-1] + 1].extra.get("list_with") == run[-1]:
                run.append(run[-1] + 1)
            if len(run) >= 2 and all(found[k].head is None and any(p.kind == "governorate" for p in found[k].candidates)
                                     for k in run):
                out.update(run)
            n = run[-1] + 1
        return out

    @staticmethod
    def _list_head(seg: Segmented, found: list[Found], f: Found) -> str:
        """«ريفي حلب وإدلب», "the countryside of Idlib and Hama": the countryside head word of a
        list's first name is every name's (with a space after it), else ""."""
        n = f.extra.get("list_with")
        while n is not None and found[n].first == found[n].name_first:
            n = found[n].extra.get("list_with")
        if n is None or found[n].head != "countryside" or found[n].last > found[n].name_last or found[n].hint_of is not None:
            return ""  # «ريف حماة الشمالي وخان شيخون», «السفيرة بريف حلب وخان شيخون»: a region, then a town
        tokens = seg.tokens
        return seg.original(tokens[found[n].first].start, tokens[found[n].name_first - 1].end) + " "

    def _query(self, seg: Segmented, found: list[Found], f: Found, section: Found | None = None) -> str:
        """What the resolver is asked of mention f; `section`: the heading of the part of a
        digest it is in («حلب::»), a hint when it has none of its own."""
        tokens = seg.tokens
        first = f.first
        if f.head == "district" and first + 1 < f.name_first:
            first += 1  # «منطقة شرق حلب» is «شرق حلب»: "area" says nothing of its size
        text = seg.original(tokens[first].start, tokens[f.last - 1].end)
        if f.head == "road" and f.first < f.name_first:
            # «الطريق الدولي حلب - دمشق» as the resolver reads a road: «طريق حلب - دمشق»
            text = "طريق " + seg.original(tokens[f.name_first].start, tokens[f.last - 1].end)
        if f.first == f.name_first and (list_head := self._list_head(seg, found, f)):
            # «ريفي حلب وإدلب»: «ريفي إدلب», the «و» that joins the name not read as part of it
            text = list_head + (text[1:] if f.conj and text.startswith("و") else text)
        if f.head == "road" and is_latin(tokens[f.name_first]):
            text = "near " + text  # "the Deir ez-Zor - Palmyra road": somewhere along it, from the first end
        elif f.head != "near" and _measured_from(tokens, first):
            text = ("near " if is_latin(tokens[first]) else "قرب ") + text
        if f.hint is not None:
            h = found[f.hint]  # its name only: «غرب مدينة عين عيسى» locates by «عين عيسى»,
            # but a countryside's direction says which part of it («بريف حلب الغربي»): all of it
            a, b = (h.first, h.last) if _directed_countryside(tokens, h) else (h.name_first, h.name_last)
            # a road's other end as the resolver reads a road between two places: «طريق X - Y»
            # «X وسط Y»: X is in the middle of the town Y (the resolver looks for it there)
            link = " - " if f.head == "road" else " وسط " if [t.text for t in tokens[f.last:h.first]] == ["وسط"] \
                or _area_of_city(tokens, f, h) else "، "
            text += link + seg.original(tokens[a].start, tokens[b - 1].end)
        elif section is not None:
            text += "، " + seg.original(tokens[section.name_first].start, tokens[section.name_last - 1].end)
        return text

    def _resolve_one(self, query: str, found: list[Found], f: Found, context: Context,
                     as_governorate: bool, proximity, hinted: bool) -> Match | None:
        """`hinted`: the query carries a hint (the mention's own, or its digest part's heading) or
        the head word of the list the mention is in."""
        if "spelled_otherwise" in f.extra:
            m, listed_with = self.resolver.resolve(query, context), found[f.extra["spelled_otherwise"]].match
            near = m.resolved and listed_with is not None and listed_with.resolved and not m.place.is_area \
                and distance_km(m.lat, m.lon, listed_with.lat, listed_with.lon) <= _NEAR_KM
            return m if near else None
        if as_governorate:
            gov = next(p for p in f.candidates if p.kind == "governorate")
            return self.resolver.place_match(query, gov)
        ranked = self.resolver.ranked(query, 5, context)  # shared: the one returned is copied
        if f.hint is None and (city := _city_of_quarter(query, found, f, ranked, self.resolver.parse)) is not None:
            ranked = self.resolver.ranked(city, 5, context)
        ids = {p.id for p in f.candidates}
        # Head words, directions and hints can lead to a place of another name (a curated
        # region such as «شرق حلب»); a bare name must keep to its exact candidates.
        trusted = not ids or hinted or f.first < f.name_first or f.last > f.name_last
        ranked = [m for m in ranked if m.place is not None and m.lat is not None and (trusted or m.place.id in ids)]
        syrian = [p for p in f.candidates if p.country == "SY" and p.lat is not None]
        # The bare name's own places lead (not a region that head and direction words lead to,
        # «ريف الرقة الغربي»), and no hint says which (that, «المستريحة غرب عين عيسى», is the
        # resolver's to weigh): a city is the city, "Hama" in a report about Raqqa too, unless
        # called something else («قرية», «محافظة»); else of namesakes, the one in the
        # governorate the report talks about, near its other places.
        open_choice = not hinted and (not ranked or ranked[0].place.id in ids)
        if open_choice and f.head in (None, "city", "near"):
            city = next((m for m in ranked if m.place.id in ids and m.place.kind == "city" and m.place.country == "SY"), None)
            # (but "Bara" beside Kansafra is the village whose own name it is, not Aleppo, once "Berea")
            if city is not None and (self.resolver.owns_name(city.place, f.key) or not any(
                    self.resolver.owns_name(p, f.key) for p in syrian if p is not city.place)):
                return Match(**vars(city))
        if len(syrian) > 1 and (open_choice or not ranked):
            ranked_ids = {m.place.id for m in ranked}
            return Match(**vars(max(ranked + [self.resolver.place_match(query, p, 0.8) for p in syrian
                                              if p.id not in ranked_ids],
                                    key=lambda m: _namesake_score(m, ranked, context, proximity, f.head))))
        if ranked:
            return Match(**vars(ranked[0]))
        if f.candidates:
            best = max(f.candidates, key=lambda p: (p.country == "SY", p.rank, p.population))
            return self.resolver.place_match(query, best, 0.8) if best.lat is not None else None
        return None


_NEAR_KM, _AROUND_KM = 25, 60
# No two points are closer than their difference in latitude: R·|Δφ| is a lower bound of the
# haversine distance (kept 1 km clear of the threshold, for rounding).

_TOWN_POPULATION = 10_000  # a town this big is told of more than its village namesakes

_STRAY_KM = 150  # farther than this from all of a report's other places, a village is suspect
_DOUBTED_SCORE = 0.5


_QUARTER_WORD = re.compile(r"حي|احياء|أحياء|neighbo|quarter", re.I)


def _city_of_quarter(query: str, found: list[Found], f: Found, ranked: list[Match],
                     parse: Callable[[str], ParsedQuery]) -> str | None:
    """«حي الربوة» or «الأحياء الشرقية» with no town of its own, which the gazetteer knows as no
    quarter: asked again as a quarter of the last city the report named before it («حي الربوة في
    دمشق»), rather than a village of the name elsewhere («الربوة» in Homs, «الشرقية» in Hama); not
    one named with a direction or «قرب» («مراسلنا شمالي حلب»: the land around it, no city's quarters)."""
    if not _QUARTER_WORD.search(query) \
            or any(m.place is not None and m.place.kind in ("neighbourhood", "landmark") for m in ranked):
        return None  # (parsing every mention's query again costs a tenth of the extraction)
    n = next(k for k, g in enumerate(found) if g is f)
    city = next((g.match.place for g in reversed(found[:n]) if g.match is not None and g.match.resolved
                 and g.match.place.kind == "city" and g.match.place.country == "SY" and not g.match.modifier), None)
    if city is None:
        return None  # (before the parse: no city named, no quarter of one)
    q = parse(query)
    if not (q.neighbourhoods or q.kind_hint == "neighbourhood") or q.hints:
        return None
    if not is_arabic(query):
        return f"{query} in {city.name}"
    return f"{query} في {city.name_ar}" if city.name_ar else None


def _area_of_city(tokens: list[Token], f: Found, h: Found) -> bool:
    """«منطقة X بحلب»: an area joined by «ب» to a city it locates is a part of that city (as
    «X وسط Y»), not a namesake village elsewhere in its governorate (but «منطقة X، حلب»,
    «بريف حلب», «بمدينة حلب» and a village or town head say no more than where; nor is a region,
    «منطقة الجزيرة بدير الزور», a part of a city: there «ب» names the governorate)."""
    word = tokens[h.first].text
    return f.head == "district" and h.first == f.last == h.name_first and h.head is None \
        and not any(p.kind == "region" for p in f.candidates) \
        and word.startswith("ب") and not h.key.startswith(_word_key(word)) and _big(h.candidates) \
        and all(p.rank >= KIND_RANK["city"] for p in h.candidates if p.country == "SY" and not p.is_area)


def _names_area(f: Found) -> bool:
    """Whether a mention names an area within a country, not a town nor a country («لبنان وكذلك
    في قبرص» lists): «منطقة سهل الغاب», "the Ghab plain", "Afrin district"."""
    areas = [p.is_area and p.kind != "country" for p in f.candidates]
    return f.head in ("district", "subdistrict") and any(areas) or bool(areas) and all(areas)


def _countryside(tokens: list[Token], f: Found) -> bool:
    """Whether a mention is a countryside: «ريف حلب», "the Aleppo countryside"."""
    return f.head == "countryside" or _head(tokens[f.last - 1].text) == "countryside"


def _directed_countryside(tokens: list[Token], f: Found) -> bool:
    """Whether a mention is a countryside with a direction («ريف حلب الغربي», "western Aleppo
    countryside"): a part of a governorate, not all of it."""
    return _countryside(tokens, f) and any(_is_direction(tokens[k].text) for k in range(f.first, f.last)
                               if not f.name_first <= k < f.name_last)


def _stray(f: Found, found: list[Found]) -> bool:
    """Whether a mention is a village far (> _STRAY_KM) from every other place of the report, in a
    governorate that none of them is in, while they all agree on one: most likely a namesake of
    the place meant, which the gazetteer lacks."""
    m = f.match
    if m is None or not m.resolved or m.place.kind != "village" or m.place.country != "SY":
        return False
    others = [g.match for g in found if g is not f and g.match is not None and g.match.resolved]
    regions = {o.place.admin1_id or o.place.admin1 for o in others}
    return (len(regions) == 1 and "" not in regions and (m.place.admin1_id or m.place.admin1) not in regions
            and all(distance_km(m.lat, m.lon, o.lat, o.lon) > _STRAY_KM for o in others))


def _proximity(points: list[tuple[float, float]]):
    """bonus(lat, lon, own): how near a point is to the report's unambiguous places (`points`)
    other than `own`; remembered, since a name that comes up again brings the same namesakes again."""
    @lru_cache(maxsize=None)  # one report's points: a few dozen at most
    def bonus(lat: float, lon: float, own: tuple[float, float]) -> float:
        near = min((distance_km(lat, lon, a, b) for a, b in points
                    if (a, b) != own and abs(a - lat) * KM_PER_DEGREE_OF_LATITUDE < _AROUND_KM + 1), default=1e9)
        return 3.0 if near <= _NEAR_KM else 1.5 if near <= _AROUND_KM else 0.0
    return bonus


def _namesake_score(m: Match, ranked: list[Match], context: Context, proximity, head: str | None) -> float:
    p = m.place
    # "the town of Jableh": a town or city of its size, not the village namesake that another
    # place's governorate put first (as much as one vote, and the lead that vote gave it in `ranked`)
    named_town = head in ("town", "city") and ranked[0].place.kind == "village" and m in ranked \
        and p.kind in ("town", "city") and p.country == "SY" and p.population >= _TOWN_POPULATION
    return (2.0 * context.admin1_votes.get(p.admin1_id or p.admin1, 0) + (3.0 if named_town else 0.0)
            + proximity(m.lat, m.lon, (p.lat, p.lon))
            + (1.0 if ranked and m is ranked[0] else 0.0) + p.rank / 10)
