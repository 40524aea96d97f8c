"""Place names to places: exact lookup, then fuzzy, then disambiguation by hints and context.

A query such as «قرية حزوان شرقي حلب», "Al Azba town, Deir Ezzor" or «ريف حمص الجنوبي الشرقي»
is first parsed into a core name, a kind hint (from head words), a modifier (direction,
countryside, near) and hints (the parts after a comma, «في Y», parentheses). Candidates come from
the exact key index and, failing that, from the trigram index scored with rapidfuzz; hints and
the document's context then pick one, or none when nothing scores well enough.
"""
from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Sequence

import shapely
from rapidfuzz import fuzz, process

from . import normalize as nz
from .distance import KM_PER_DEGREE_OF_LATITUDE, distance_km
from .records import EXACT, KIND_RANK, NEAR, Match, Place
from .sources.curated import SOURCE as CURATED
from .store import Gazetteer, qualifier_stem, skeleton

MEMO_SIZE = 50_000  # entries per cache of a Resolver (answers, parsed queries...); cleared when full
MAX_QUERY = 300  # characters; longer "names" are sentences, not places
FUZZY_CUTOFF = 84  # rapidfuzz ratio on keys; below this a fuzzy match is not trusted
FUZZY_CUTOFF_HINTED = 78  # ...unless the place lies inside the area the query's own hint names
PARTIAL_SCORE = 76  # a name that is the start or end of a longer one
SLIP_SCORE = 80  # one slip of the pen: two letters swapped, or dots misplaced (see Gazetteer.slips)
SKELETON_CUTOFF = 66  # same consonants, vowels spelled differently ("Harem"/"Harim")
SAME_QUALIFIER_SCORE = 0.97  # the same qualifier spelled otherwise: «كبير», «الكبيرة», "Big"
STEM_SCORE = 0.93  # the name with or without a qualifier: «جرن» for «جرن غربي»
TWIN_SCORE = 0.88  # the name with another qualifier: the twin village, often next door
GENERIC_SCORE = 0.9  # the name with a generic first word added: «رمانة» for «تل رمانة»
GENERIC_DROPPED_SCORE = 0.85  # ...or dropped: "Ain Saffura" for "Saffura", more often another place
ACROSS_SCRIPTS = 70  # the same consonants in the other script; below both cutoffs: the hint must agree
ACROSS_SCRIPTS_LIKENESS = 85  # ...and this rapidfuzz ratio between the two, romanized
SWAPPED_SCORE = 0.7  # a two-word name with its words the other way round; below both cutoffs, as above
SKELETON_MIN = 3  # consonants a skeleton needs to stand for a name on its own
VOWEL_BLIND = 0.88  # weight of a Latin match with vowels read as one ("Dabis"/"Dabes")
HOME_BONUS = FOREIGN_BONUS = 0.3  # a place at home; a country or big city abroad (see _score)
SPELLING_WEIGHT = 0.1  # likeness of the query to a candidate's own spelling, among equals
OLD_NAME_PENALTY, UNLIKE = 0.2, 0.6  # a city matched by an old name the query is unlike (_prefer_own_name)
STAND_IN_PENALTY = 0.1  # a place known only by its sub-district's centroid
QUARTER_CALLED_VILLAGE = 0.3  # a city quarter, when the query calls the place a village
LISTED_KM = 15  # two names written together with no separator: at most this far apart
HINT_TOWN_KM = 40  # a place this close to a town the query names agrees with it
SUBDISTRICT_KM = 15  # and this close to the point of a sub-district it names (with no outline)
TOWN_PART_KM = 15  # a quarter of a town the query names lies this close to it
TOWN_COUNTRYSIDE_KM = 12  # «ريف منبج الشمالي»: this far from the town, towards the direction
BORDER = 0.7  # agreement of a place just across the border of the area the query names...
BORDER_DEG = 0.1  # ...within this much of its outline (~10 km)
NEAR_MISS = -0.5  # agreement of a place just outside the area the query names...
NEAR_MISS_DEG = 0.3  # ...within this much of its outline (~30 km), or twice HINT_TOWN_KM of a town
NAMED_TOWN = -0.8  # the only town of the exact name, in another region than the query names
WEAK_SPELLING = 0.97  # reported score (see _score) of a spelling match inside the named area that
# loses to the exact name just outside it: «بابيلا، حماة» is Babila across the line, not Aslieh
INNER_MARGIN = 0.1  # how much worse a name match inside the narrowest named area may be, and still win
NEAR_NAMESAKE_CITY = 0.95  # near the city a hint names, but outside the governorate of the same name
# «قرية/بلدة/حي X», "village of X", "X district": a settlement or area at home or just across the
# border («بلدة عرسال»), never a country or a city far abroad that shares the spelling (a Libyan
# «الجديد» for «قرية جديد», a Moroccan town for "the Waer district").
SETTLEMENT_HEADS = {"village", "town", "neighbourhood", "district", "subdistrict"}
NEIGHBOUR_KM = 150  # how far outside the home country's extent such a place may lie

_DIRS_AR = {
    "شمال": "north", "جنوب": "south", "شرق": "east", "غرب": "west",
}
_AR_DIR_ADJ = {"north": "الشمالي", "south": "الجنوبي", "east": "الشرقي", "west": "الغربي"}
_DIRS_EN = {
    "north": "north", "northern": "north", "south": "south", "southern": "south",
    "east": "east", "eastern": "east", "west": "west", "western": "west",
    "northeast": "north-east", "northeastern": "north-east", "northwest": "north-west",
    "northwestern": "north-west", "southeast": "south-east", "southeastern": "south-east",
    "southwest": "south-west", "southwestern": "south-west",
}
# Words that say "near" in a query but are too common in running text to be head words there
# (the others, «قرب», «محيط», ..., are head words of kind "near").
_NEAR_AR = {"حول", "بين"}
_ROADS_AR = {"طريق", "اوتوستراد", "اتوستراد"}  # a road named after a place: «طريق حلب»
_BETWEEN_ENDS = re.compile(r"\s-\s")  # «طريق X - Y»: a road named after both its ends
_NEAR_EN = {"near", "vicinity", "outskirts", "around", "close", "nearby", "between", "edge", "edges",
            "centre", "center", "central", "middle", "downtown", "road",  # "X city centre"
            "crossing", "farm", "farms"}  # "Hatla crossing", "Maysaloun farms": by the village
# "X hospital" is by X, but a school named after a person is not by a village of that name: what
# is left once a landmark word is dropped is a place only if it is one exactly, in the region named.
_LANDMARKS_EN = {"hospital", "school", "mosque", "market", "roundabout", "bridge"}
_LANDMARKS_AR = {"مشفي", "مستشفي", "مدرسه", "جامع", "مسجد", "دوار"}
_FILLER_EN = {"of", "the", "to", "from", "a", "an", "in", "on", "at", "and", "residential", "house", "houses",
              "civilian", "homes", "home"}
_FILLER_AR = {"من", "في", "على", "الى", "عن", "منطقه"}
_DESERTS = {"باديه", "desert"}  # countryside head words of a wide, empty land
_EAST_HOODS = re.compile(r"^(?:ال)?(?:احيا|حي)\s+(?:ال)?(شرقيه?|غربيه?|شماليه?|جنوبيه?)\b")
_ALTERNATIVES = re.compile(r"\s+(?:و|أو|او|or|and|&)\s+|\s*/\s*", re.I)
# "the Qamishli-Amuda road", "Palmyra-Deir ez-Zor highway": two places joined by a hyphen are a
# road or front between them; unless the whole is a name, it lies near the first.
_HYPHEN_PAIR = re.compile(r"(?<![\w'-])([A-Z][a-z]{2,})-[A-Z][a-z]{2,}")
_GLUED_AL = re.compile(r"^(al|el)(?=[a-z]{4})", re.I)
_GLUED_AND = re.compile(r"\s+و(?=[^\W\d_]{3})")  # «عامودا وجولي»: «و» written onto the next name
# «X التابعة لناحية Y», «X الواقعة في/بريف Y»: "belonging to", "lying in" Y.
_IN_AR = re.compile(r"\s(?:في|ب)\s*(?=(?:مدينه|بلده|قريه|ريف|حي|ناحيه|منطقه)\s)|\s(?:في|وسط)\s"
                    r"|\sال(?:تابع|واقع)ه?(?:\s+في)?\s+")
_IN_EN = re.compile(r"\s(?:in|of|at|near)\s+(?:the\s+)?(?=\S)", re.I)
# «٫», the Arabic decimal separator, stands for a comma in some lists: «قرية٫ناحية٫منطقة».
_SPLIT = re.compile(r"\s*[,،;؛:٫]\s*|\s+-\s+|\s*[(\[]\s*|\s*[)\]]\s*")

_GOVERNORATE_HEADS = {"governorate", "province"}
# First words that say what a place is (hill, spring, ruin, farm...) and that reports may drop.
GENERIC_FIRST = sorted({nz.key(w) for w in (
    "tal tell tallet um abu kherbet khirbet ain bir jubb mazraat rasm hawi hwaijet "
    "تل تلة ام ابو خربة عين بئر جب مزرعة رسم حاوي حويجة").split()}, key=len, reverse=True)
# «كرم» (orchard) begins the names of many city quarters, which reports may drop ("Qaterji" for
# "Karm al-Qaterji"); but «كرم X» and X are two quarters: the word is only ever added.
_GENERIC_ADDED = GENERIC_FIRST + [nz.key(w) for w in ("karm", "karam", "كرم")]
_KIND_FAMILY = {
    "city": {"city", "town"}, "town": {"town", "city", "village"}, "village": {"village", "town"},
    "neighbourhood": {"neighbourhood", "landmark"}, "camp": {"camp", "landmark", "village"},
    "airport": {"airport", "landmark"}, "subdistrict": {"subdistrict"}, "district": {"district", "subdistrict", "region"},
    "governorate": {"governorate", "region"}, "countryside": {"governorate", "region", "city", "town", "district"},
}


@dataclass
class Context:
    """What else is known when resolving a name: the report's other places and its country."""

    admin1_votes: Counter = field(default_factory=Counter)  # governorate id -> weight
    country: str = "SY"
    kind_hint: str | None = None


# Ranking scores closer than this may be swapped by the rounding of a vote added alike to both
# (rounding moves a score by far less: about 1e-15).
_CLOSE = 1e-9


@dataclass
class _Unvoted(Context):
    """A context without votes, in which resolve_top works out the answer it remembers for a
    name; it notes what a report's votes could change in that answer. Votes only add to
    candidates' ranking scores (see Resolver._score), each the share of its governorate; which
    candidates are scored does not depend on them (only their order does), so the candidates
    noted here are those that votes would weigh."""

    admin1_ids: set[str] = field(default_factory=set)  # the governorates of all candidates scored
    close: bool = False  # whether two candidates were ranked less than _CLOSE apart

    def same_with(self, votes: Counter) -> bool:
        """Whether the answer is also the one with these votes: they add nothing to any
        candidate, or the same to all (one governorate) and no two were ranked close."""
        voted = {a for a in self.admin1_ids if a and votes.get(a, 0)}
        return not voted or (len(voted) == 1 and voted == self.admin1_ids and not self.close)


@dataclass
class ParsedQuery:
    text: str
    core: str  # the place name itself, heads and modifiers removed
    full: str  # the main part as written (head words kept), tried first
    kind_hint: str | None = None
    directions: list[str] = field(default_factory=list)
    countryside: bool = False
    near: bool = False
    neighbourhoods: str = ""  # "east" for «الأحياء الشرقية»
    hints: list[str] = field(default_factory=list)
    fallback: str = ""  # "Y" in "X in Y": where to fall back, as near Y
    alternatives: list[str] = field(default_factory=list)  # "Y" in "X or Y", "X and Y"
    note: str = ""
    landmark: bool = False  # a landmark word was dropped ("X hospital"): near X, which must match exactly
    # «طريق حلب»: somewhere along the road named after the place (unless the whole is a name,
    # «طريق الباب», a quarter of Aleppo: the full query is tried first)
    road: bool = False
    curated: str = ""  # a countryside as the curated regions spell it, tried after `full` (see _countryside_as_curated)
    named: str = ""  # the name with its trailing direction words, head words dropped: «الدير الشرقي»
    in_town: bool = False  # «X وسط Y»: X is a part of the town Y, in its middle
    # (but an airport's head word, part of its name, kept: «مطار الشعيرات», "Shayrat airbase")

    @property
    def modifier(self) -> str:
        if not (self.neighbourhoods or self.countryside or self.directions or self.near or self.landmark or self.road):
            return ""  # most queries: asked of every answer
        parts = []
        if self.neighbourhoods:
            parts.append(f"{self.neighbourhoods}ern neighbourhoods")
        if self.countryside:
            parts.append("countryside")
        if self.directions:
            parts.append("-".join(self.directions))
        if self.near or self.landmark:
            parts.append("near")
        if self.road:
            parts.append("road")
        return " ".join(parts)


def parse_query(text: str) -> ParsedQuery:
    """Split a query into its core name, head words, modifiers and hints."""
    text = nz.clean(text)
    if not text or not nz.words(text):
        return ParsedQuery(text, "", "", note="empty query")
    if len(text) > MAX_QUERY:
        return ParsedQuery(text, "", "", note=f"query longer than {MAX_QUERY} characters")
    parts = [p for p in _SPLIT.split(text) if p and nz.words(p)]
    main, hints = parts[0], parts[1:]
    # «عامودا و جولي», "Hajin/Shaafa", "Maarbalit and Maarzaf": the first name, the others if it fails.
    main, *alternatives = [a for a in _ALTERNATIVES.split(main) if nz.words(a)] or [main]
    if not alternatives and nz.is_arabic(main):
        # A name may also begin with «و» («وادي»): the whole stays the name, its parts are fallbacks.
        glued = [a for a in _GLUED_AND.split(main) if nz.words(a)]
        alternatives = glued if len(glued) > 1 else []
    arabic = nz.is_arabic(main)
    pair = None if alternatives or arabic else _HYPHEN_PAIR.search(main)
    if pair and pair.group(1).lower() not in nz.EN_ARTICLES and nz.key(pair.group(1)) not in GENERIC_FIRST:
        alternatives = [f"near {pair.group(1)}"]
    elif not (alternatives or arabic) and _GLUED_AL.match(main):
        alternatives = [_GLUED_AL.sub(r"\1 ", main, count=1)]  # "Albouleil" is "Al Bouleil" (but "Aleppo" is a name)
    folded = " ".join(nz.words(main))
    q = ParsedQuery(text, "", folded, hints=hints, alternatives=alternatives)
    # "X in Y" / «X في Y»: Y is where X is; if X is unknown, Y is where to fall back.
    splitter = _IN_AR if arabic else _IN_EN
    for m in splitter.finditer(" " + folded):
        if m.start() == 0:  # "near the X": nothing before the preposition
            continue
        head, tail = folded[: m.start() - 1].strip(), folded[m.end() - 1:].strip()
        # "village of X", "outskirts of X": the words before are heads of X, not a place; and in
        # «المنطقة الواقعة بين X وY» («the area lying between») the place is all that follows.
        if head and tail and {nz.strip_article_ar(w) for w in head.split()} <= _HEAD_WORDS:
            if m.group().strip().startswith("ال"):
                folded = tail
                break
        elif head and tail:
            folded, q.fallback = head, tail
            q.hints.append(tail)
            q.in_town = m.group().strip() == "وسط"
            break
    toks = folded.split()
    (_parse_ar if arabic else _parse_en)(q, toks)
    return q


_HEAD_WORDS = set(nz.EN_HEADS) | _FILLER_EN | set(_DIRS_EN) | _NEAR_EN | set(nz.AR_HEADS) | _NEAR_AR | _FILLER_AR


def _direction_ar(tok: str) -> str | None:
    t = nz.strip_article_ar(tok)
    for stem, d in _DIRS_AR.items():
        if t in (stem, stem + "ي", stem + "يه", stem + "يا"):
            return d
    return None


def _parse_ar(q: ParsedQuery, toks: list[str]) -> None:
    if toks:
        toks[0] = next((v for v in [toks[0], *nz.strip_proclitic(toks[0])]
                        if v in nz.AR_HEADS or v in _NEAR_AR or _direction_ar(v)
                        or v.startswith("احيا") or v.startswith("الاحيا")), toks[0])
    m = _EAST_HOODS.match(" ".join(toks))
    if m:
        q.neighbourhoods = _direction_ar(m.group(1)) or ""
        toks = " ".join(toks)[m.end():].split()
    if len(toks) > 1 and toks[0] in _ROADS_AR:
        q.road = True
        toks = toks[1:]
        if _BETWEEN_ENDS.search(q.text):  # «طريق الباب - منبج»: from al-Bab, not the quarter «طريق الباب»
            q.full = " ".join(toks)
    lead = ""  # «مطار» of «محيط مطار الشعيرات»: a head that is also the first word of the name
    while toks:
        t = toks[0]
        if t in nz.AR_HEADS:
            head = nz.AR_HEADS[t]
            lead = t if head == "airport" else lead
            if head == "countryside":
                q.countryside = True
            elif head == "near":
                q.near = True
            elif head not in ("mountain", "dam"):  # «جبل X», «سد X» are names in their own right
                q.kind_hint = head
            else:
                break
        elif t in _NEAR_AR:
            q.near = True
        elif t in _LANDMARKS_AR and len(toks) > 1:
            q.landmark = True
        elif _direction_ar(t):
            q.directions.append(_direction_ar(t))
        elif q.directions and t.startswith("و") and _direction_ar(t[1:]):
            q.directions.append(_direction_ar(t[1:]))  # «شمال وشمال غرب سوريا»: one area, two sides
        elif t in _FILLER_AR or nz.strip_proclitic(t) and nz.strip_proclitic(t)[-1] in nz.AR_HEADS:
            if t not in _FILLER_AR:
                toks[0] = nz.strip_proclitic(t)[-1]
                continue
        else:
            break
        toks = toks[1:]
    # Trailing direction adjectives: «ريف حمص الجنوبي الشرقي» (unless they are part of a name,
    # «بلدة الدير الشرقي»: q.named is tried first).
    named = " ".join(toks)
    while len(toks) > 1 and _direction_ar(toks[-1]):
        q.directions.insert(0, _direction_ar(toks[-1]))
        toks = toks[:-1]
    if lead:  # «محيط مطار كويرس الشرقي»: east of the airport (the direction is no part of its name)
        named = " ".join([lead, *toks])
    q.named = named if named != " ".join(toks) and named != q.full else ""
    # «حزوان شرقي حلب»: X lies east of Y; Y is where to look for X, X itself is the place.
    for i in range(1, len(toks) - 1):
        if _direction_ar(toks[i]):
            q.hints.append(" ".join(toks[i + 1:]))
            toks = toks[:i]
            break
    # «ريف حلب»: the article-less core after the head word, with any proclitic of the first word kept
    # as an alternative reading.
    q.core = " ".join(toks)
    # «الريف الجنوبي لإدلب»: the countryside «ل» a place, as the curated regions spell it
    place = q.core
    if toks and toks[0].startswith("ل") and nz.strip_proclitic(toks[0]):
        place = " ".join([nz.strip_proclitic(toks[0])[-1], *toks[1:]])
    _countryside_as_curated(q, lambda d: " ".join(["ريف", place, _AR_DIR_ADJ.get(d, "")]).strip())


def _parse_en(q: ParsedQuery, toks: list[str]) -> None:
    kept = ""  # "airbase" of "near Shayrat airbase", "bridge": a head word that is also part of the name

    def strip_edges(toks: list[str]) -> list[str]:
        nonlocal kept
        changed = True
        while toks and changed:
            changed = False
            t = toks[0]
            if t in _DIRS_EN:
                q.directions.append(_DIRS_EN[t]); toks = toks[1:]; changed = True
            elif t in _NEAR_EN:
                q.near = True; toks = toks[1:]; changed = True
            elif t in nz.EN_HEADS or t in _FILLER_EN:
                _head_en(q, t); toks = toks[1:]; changed = True
            if toks:
                t = toks[-1]
                if t in nz.EN_HEADS or t in _FILLER_EN:
                    kept = t if nz.EN_HEADS.get(t) == "airport" else kept
                    _head_en(q, t); toks = toks[:-1]; changed = True
                elif t in _DIRS_EN and len(toks) > 1:
                    q.directions.append(_DIRS_EN[t]); toks = toks[:-1]; changed = True
                elif t in _NEAR_EN and len(toks) > 1:
                    q.near = True; toks = toks[:-1]; changed = True
                elif t in _LANDMARKS_EN and len(toks) > 1:
                    q.landmark = True; kept = t; toks = toks[:-1]; changed = True
        return toks

    toks = strip_edges(toks)
    q.core = " ".join(toks)
    if kept and q.core:
        q.named = f"{q.core} {kept}"
    _countryside_as_curated(q, lambda d: f"{d}ern {q.core} countryside" if d else f"{q.core} countryside")


def _stem_text(core: str) -> str:
    """The name without its qualifier word, as written ("Hatla" of "Hatla Tahtani", "Dabsa" of
    "Upper Dabsa"); "" when it has none."""
    stem, _ = qualifier_stem(nz.key(core))
    words = core.split()
    return next((t for t in (" ".join(words[:-1]), " ".join(words[1:])) if stem and t and nz.key(t) == stem), "")


def _airport_spellings(named: str) -> list[str]:
    """"Kuweires airport" is also spelled "Kuweires airbase" (and the other way round), and
    "Kuweires military airbase" is either of them too."""
    stem, _, last = named.rpartition(" ")
    other = {"airport": "airbase", "airbase": "airport"}.get(last)
    if not (other and stem):
        return [named]
    bare, _, military = stem.rpartition(" ")
    stems = [stem, bare] if bare and military.lower() == "military" else [stem]
    return [named] + [f"{s} {w}" for s in stems for w in (last, other) if f"{s} {w}" != named]


def _countryside_as_curated(q: ParsedQuery, spelled) -> None:
    """"Idlib's southern countryside", «بلدات وقرى أرياف إدلب»: the countryside of a place, with
    one main direction or none, is tried as the curated regions spell it (`spelled(direction or
    "")`: "Southern Idlib countryside", «ريف إدلب»), right after the phrase as written (a name of its
    own: «بادية الشام»)."""
    if q.countryside and q.core and (not q.directions or (len(q.directions) == 1 and q.directions[0] in _AR_DIR_ADJ)):
        q.curated = spelled(q.directions[0] if q.directions else "")


def _head_en(q: ParsedQuery, t: str) -> None:
    head = nz.EN_HEADS.get(t)
    if head == "countryside":
        q.countryside = True
    elif head == "near":
        q.near = True
    elif head:
        q.kind_hint = head


class Resolver:
    """Resolves names against one gazetteer. Holds nothing but it and caches of its own answers."""

    def __init__(self, gazetteer: Gazetteer):
        self.gaz = gazetteer
        self._areas: dict[str, object] = {}  # prepared outlines of hint areas, by place id
        self._seats: dict[str, Place | None] = {}  # the capital of each admin unit, by place id
        self._extents: dict[str, tuple[float, float, float, float] | None] = {}  # by country: its places' box
        # Answers, by query and context: reports repeat names. A name's answer is worked out again for
        # each new set of the report's governorates that could change it (see _Unvoted); its parts
        # that do not depend on them are kept too.
        self._unvoted: dict[tuple, tuple[list[Match], _Unvoted]] = {}  # without votes, and what they could change
        self._memo: dict[tuple, list[Match]] = {}  # with them
        self._parsed: dict[str, ParsedQuery] = {}  # by query
        self._hints: dict[str, list[Place]] = {}  # the places a hint names, by hint
        self._key_lists: dict[str, list[str]] = {}  # by phrase, see _keys
        self._variants: dict[tuple, list[tuple[float, Place, str]]] = {}  # by _variant_matches' arguments
        self._shifted: dict[tuple, tuple[float, float] | None] = {}  # by area id and compass quadrant
        self._plain: dict[str, str] = {}  # names and queries, as _plain folds them
        self._vowelless: dict[str, str] = {}  # name keys, as _vowels_as_one reads them
        self._own: dict[str, frozenset[str]] = {}  # by place id: the keys of its own names
        self._points: dict[str, shapely.Point] = {}  # the places tested against hint areas, by id

    # -- public API -------------------------------------------------------------------------
    def resolve(self, query: str, context: Context | None = None) -> Match:
        ranked = self.resolve_top(query, 1, context)
        return ranked[0]

    def resolve_top(self, query: str, k: int = 5, context: Context | None = None) -> list[Match]:
        # Copies: callers may annotate the matches they get. (Faster than dataclasses.replace.)
        return [Match(**vars(m)) for m in self.ranked(query, k, context)]

    def ranked(self, query: str, k: int = 5, context: Context | None = None) -> list[Match]:
        """resolve_top's answers as remembered, not copied: shared, so the caller must change
        none of them, and copy the one it keeps (it need not copy the four it drops)."""
        context = context or Context()
        # The first k answers of a longer list are the answers for k: one list of at least two
        # serves both the caller and the ambiguity test below.
        n = max(k, 2)
        found, unvoted = _remember(self._unvoted, (query, n, context.country, context.kind_hint),
                                   self._resolve_unvoted, query, n, context.country, context.kind_hint)
        # The report's other places can only change the answer when the name is ambiguous.
        if context.admin1_votes and len(found) > 1 and not unvoted.same_with(context.admin1_votes):
            votes = tuple(sorted(context.admin1_votes.items()))
            found = _remember(self._memo, (query, k, context.country, context.kind_hint, votes),
                              self._resolve_top, query, k, context)
        return found[:k]

    def _resolve_unvoted(self, query: str, k: int, country: str, kind_hint: str | None) -> tuple[list[Match], _Unvoted]:
        context = _Unvoted(country=country, kind_hint=kind_hint)
        return self._resolve_top(query, k, context), context

    def parse(self, text: str) -> ParsedQuery:
        # A copy: resolving sets some of its flags. Its lists are only changed while parsing.
        return ParsedQuery(**vars(_remember(self._parsed, text, parse_query, text)))

    def _resolve_top(self, query: str, k: int, context: Context) -> list[Match]:
        q = self.parse(query)
        if q.note:
            return [Match(query, note=q.note)]
        # ("Idlib province, Syria", "Syria's Idlib": the report's own country says nothing of where in
        # it, unless a direction is told from it: «شمال غرب سوريا»)
        by_hint = [found for h in q.hints if (found := _remember(self._hints, h, self._hint_places, h)) and (
            q.directions or not all(p.kind == "country" and p.country == context.country for p in found))]
        hint_places = [p for found in by_hint for p in found]
        ranked = self._rank(q, q.full, q.core, hint_places, context)
        for alt in (q.alternatives or self._run_together(q.core, q.road)) if not ranked else ():
            aq = self.parse(alt)
            ranked = self._rank(aq, aq.full, aq.core, hint_places, context)
            if ranked:  # «طريق إدلب بنش»: the road from the first, still a road
                aq.road, aq.near = aq.road or q.road, aq.near or q.near
                q = aq
                break
        # (a quarter's name is one name: «حي منبج كرمة» is no Manbij)
        if not ranked and hint_places and not _part_of_town(q, context) \
                and (part := self._one_of_two(q.core, hint_places))[0]:
            pq = self.parse(part[0])
            ranked = self._rank(pq, pq.full, pq.core, hint_places, context)
            if ranked:
                pq.near = pq.near or part[1]
                q = pq
        if not ranked and q.fallback:
            # "X near Y" with X unknown: honest answer is "near Y".
            fq = self.parse(q.fallback)
            ranked = self._rank(fq, fq.full, fq.core, hint_places, context)
            q.near = True
        if not ranked and hint_places:
            # The name is unknown but where it is is given: place it there.
            # ("the Waer district of Homs": in English, a district of a city is a quarter of it)
            m = self._match(query, self._where_hinted(by_hint, context.country, _part_of_town(q, context)), 0.5, q,
                            hint_fallback=True)
            m.note = "name not found; placed at the region the query names"
            return [m]
        if not ranked:
            return [Match(query, note="no match above the threshold")]
        if len(by_hint) > 1:
            ranked = self._inside_first(ranked, by_hint[0])
        out, seen = [], set()
        for score, place, matched in ranked:
            if place.id in seen:
                continue
            seen.add(place.id)
            m = self._match(query, place, score, q)
            m.matched = matched
            out.append(m)
            if len(out) >= k:
                break
        return out

    def _inside_first(self, ranked: list[tuple[float, Place, str]], innermost: list[Place]
                      ) -> list[tuple[float, Place, str]]:
        """"Qota Sharqiya, Bulbul district, Afrin, Aleppo": the first hint is the narrowest area the
        query names; a candidate inside it comes before one only inside the wider ones, if its name
        is matched nearly as well (INNER_MARGIN)."""
        inside = [t for t in ranked if self._hint_agreement(t[1], innermost) == 1.0]
        if not inside or inside[0] is ranked[0] or inside[0][0] < ranked[0][0] - INNER_MARGIN:
            return ranked
        return inside + [t for t in ranked if t not in inside]

    def _where_hinted(self, by_hint: list[list[Place]], country: str, part_of_town: bool = False) -> Place:
        """The place named by the first (the most specific) hint that the later ones agree with:
        "X, near Tell Y, Aleppo" is by Tell Y, unless the only Tell Y is in another governorate.
        A neighbourhood of «حلب» or of «بلدة ذيبان» is in the city or town, not somewhere in the
        governorate or sub-district."""
        def likeliest(places: list[Place]) -> Place:
            best = max(places, key=lambda p: (p.country == country, part_of_town and not p.is_area, p.rank))
            # «حي X ببلدة Y»: a neighbourhood of a town is in the town the sub-district is named after.
            return (self._seat(best) or best) if part_of_town and best.is_area else best

        for i, places in enumerate(by_hint[:-1]):
            later = [p for found in by_hint[i + 1:] for p in found]
            agreed = [p for p in places if self._hint_agreement(p, later) >= 0]
            if agreed:
                return likeliest(agreed)
        return likeliest(by_hint[-1])

    def _run_together(self, core: str, road: bool = False) -> list[str]:
        """«مشمشان كنيسة نخلة»: two names written one after the other, with no «و» or comma. The
        longest first words that are a name, and the rest, when it is one too: the alternatives
        to try, in order. Both must be known and name places next to each other, as the places
        of one list are (or, for a `road`, «طريق دير الزور الميادين», any two places); else an
        unknown «دير X» would be read as some «دير»."""
        words = core.split()
        for i in range(len(words) - 1, 0, -1):
            first, rest = " ".join(words[:i]), " ".join(words[i:])
            (places_a, key_a), (places_b, key_b) = self._exact(first), self._exact(rest)
            if min(len(key_a), len(key_b)) < SKELETON_MIN:
                continue  # "al", a stray letter: no name
            pairs = ((a, b) for a in places_a for b in places_b)
            if any(a.lat is not None and b.lat is not None and not (a.is_area or b.is_area)
                   and (road or distance_km(a.lat, a.lon, b.lat, b.lon) < LISTED_KM) for a, b in pairs):
                return [first, rest]
        return []

    def _one_of_two(self, core: str, hints: Sequence[Place]) -> tuple[str, bool]:
        """Two names written one after the other that are no list of neighbours (see _run_together),
        in the area the query names: a town and a village near it («عقيربات أبو حواديد»: the town
        tells where the village is), the village; a known name and an unknown one («الكندير
        صبيخان», the crossing between them), near the known one. ("", False) when neither, and
        whether the answer is only near the part."""
        words = core.split()
        for i in range(len(words) - 1, 0, -1):
            if nz.key(words[i - 1]) in _GENERIC_ADDED:
                continue  # «كرم الرميسة», «X خربة نور»: a generic first word belongs to the name after it
            parts = [" ".join(words[:i]), " ".join(words[i:])]
            found = [self._exact(part) for part in parts]
            inside = [[p for p in places if not p.is_area and p.lat is not None
                       and self._hint_agreement(p, hints) == 1.0] if len(k) >= SKELETON_MIN else []
                      for places, k in found]
            if all(inside):
                # «شيا عفرين», «مريمين عفرين»: a place and the district or sub-district it lies in
                unit = nz.key(parts[1])
                if any(unit in {nz.key(p.admin2), nz.key(p.admin2_ar), nz.key(p.admin3), nz.key(p.admin3_ar)}
                       for p in inside[0]):
                    return parts[0], False
                towns = [(j, t) for j in (0, 1) for t in inside[j] if t.kind in ("city", "town")]
                for j, town in towns:
                    if any(p.kind == "village" and distance_km(town.lat, town.lon, p.lat, p.lon) < HINT_TOWN_KM
                           for p in inside[1 - j]):
                        return parts[1 - j], False
            elif any(inside) and not all(k for _, k in found):
                return parts[0 if inside[0] else 1], True
        return "", False

    # -- candidates ----------------------------------------------------------------------------
    def _keys(self, text: str) -> list[str]:
        """Keys to try for a phrase: as written, then without a proclitic on its first word."""
        return _remember(self._key_lists, text, self._keys_of, text)

    @staticmethod
    def _keys_of(text: str) -> list[str]:
        if not text:
            return []
        keys = [nz.key(text)]
        first, _, rest = text.partition(" ")
        if nz.is_arabic(first):
            keys += [nz.key(f"{v} {rest}") for v in nz.strip_proclitic(first)]
            # «دررويش», «الهيشةة»: a letter written twice by a slip (Arabic doubles a letter with a
            # shadda, not by writing it again; but «لل» is «الله» in «عطالله»); tried last
            keys += [_DOUBLED.sub(r"\1", k) for k in keys]
        return [k for k in dict.fromkeys(keys) if k]

    def _exact(self, text: str) -> tuple[list[Place], str]:
        for k in self._keys(text):
            found = self.gaz.lookup(k)
            if found:
                return found, k
        return [], ""

    def _fuzzy(self, text: str, cutoff: float, country: str = "SY") -> list[tuple[float, str]]:
        out: dict[str, float] = {}
        for k in self._keys(text):
            sk = skeleton(k)
            if len(k) < 4:
                # «صفير» for «سفير»: a short name may differ only by an emphatic letter
                for cand in self.gaz.same_skeleton(k, country) if len(sk) == len(k) >= SKELETON_MIN else ():
                    out.setdefault(cand, cutoff)
                continue
            cands = self.gaz.fuzzy_candidates(k, country)
            for cand, score, _ in process.extract(k, cands, scorer=fuzz.ratio, limit=8,
                                                  score_cutoff=min(cutoff, SKELETON_CUTOFF)):
                if score >= cutoff or skeleton(cand) == sk:
                    out[cand] = max(out.get(cand, 0), max(score, cutoff))
            # "Dabis" for "Dabes", "Sfaira" for "Safira": in Latin script vowels are the least
            # reliable letters; a match with every vowel run read as one vowel is a good one.
            if not nz.is_arabic(k) and len(sk) >= SKELETON_MIN:
                vowelless = [_remember(self._vowelless, c, _vowels_as_one, c) for c in cands]
                for _, score, i in process.extract(_vowels_as_one(k), vowelless, scorer=fuzz.ratio,
                                                   limit=8, score_cutoff=min(100, cutoff / VOWEL_BLIND)):
                    out[cands[i]] = max(out.get(cands[i], 0), VOWEL_BLIND * score)
            # "Suwaylima" for "Salma": three or more consonants alike in order, however unlike the
            # vowels make the two look. Spelled unlike the query, that is a guess: kept only where
            # the query's hint agrees («العطالة» alone is not «عتيل», 680 km away).
            if len(sk) >= SKELETON_MIN:
                for cand in self.gaz.same_skeleton(k, country):
                    alike = fuzz.ratio(k, cand) >= SKELETON_CUTOFF
                    out.setdefault(cand, cutoff if alike else min(cutoff, FUZZY_CUTOFF_HINTED))
            # "Tareeq al-Bab" for «طريق الباب» (known in English as "Bab Road"): a name in the other
            # script with the same consonants, and spelled alike once romanized. Still a guess: kept
            # only inside the area the query names.
            if len(nz.consonants(k)) >= SKELETON_MIN:
                roman = nz.romanize(k)
                for cand in self.gaz.other_script(k, country):
                    if fuzz.ratio(roman, nz.romanize(cand)) >= ACROSS_SCRIPTS_LIKENESS:
                        out.setdefault(cand, ACROSS_SCRIPTS)
            # «راحو» for «راجو», «الشفعة» for «الشعفة»: one slip, which the ratio of a short name
            # cannot tell from any other change and the trigrams miss. Weak on its own, as below.
            for cand in self.gaz.slips(k, country):
                out[cand] = max(out.get(cand, 0), SLIP_SCORE, fuzz.ratio(k, cand))
            # «زركان» for «مجيبرة زركان»: a name that is one end of a longer one; «هيشان» for
            # «هيشة», «قحطان» for «القحطانية»: the name with another Arabic ending (a nisba, a
            # dual, a feminine). Weak on their own; kept only where the query's hint agrees (see _rank).
            for cand in cands:
                if len(k) >= 4 and len(cand) >= len(k) + 3 and (cand.startswith(k) or cand.endswith(k)) \
                        or cand != k and _same_base(k, cand):
                    out.setdefault(cand, PARTIAL_SCORE)
        return sorted(((s / 100, c) for c, s in out.items()), reverse=True)

    def _variant_matches(self, text: str, country: str, shorter: bool) -> list[tuple[float, Place, str]]:
        return _remember(self._variants, (text, country, shorter), self._variant_matches_of, text, country, shorter)

    def _variant_matches_of(self, text: str, country: str, shorter: bool) -> list[tuple[float, Place, str]]:
        """Places whose name is this one with a word added: a qualifier («جرن» for «جرن غربي»)
        or a generic first word («رمانة» for «تل رمانة»). With `shorter`, the weaker converse: the
        name without its qualifier (or with another, the twin village) or without its generic
        first word. The same qualifier spelled otherwise («جرن كبير», «جرن الكبيرة») is a match
        either way."""
        found: dict[str, tuple[float, Place, str]] = {}

        def add(score: float, places: Iterable[Place], k: str) -> None:
            for p in places:
                if p.country == country and score > found.get(p.id, (0,))[0]:
                    found[p.id] = (score, p, k)

        for k in self._keys(text):
            stem, what = qualifier_stem(k)
            if not shorter:
                add(STEM_SCORE, (p for p, _ in self.gaz.lookup_stem(k)), k)
                for g in _GENERIC_ADDED:
                    add(GENERIC_SCORE, self.gaz.lookup(g + k), k)
            if stem:
                add(STEM_SCORE, self.gaz.lookup(stem) if shorter else (), k)
                for p, w in self.gaz.lookup_stem(stem):
                    if w == what or shorter:
                        add(SAME_QUALIFIER_SCORE if w == what else TWIN_SCORE, [p], k)
            for g in GENERIC_FIRST if shorter else ():
                if k.startswith(g) and len(k) - len(g) >= 3:
                    add(GENERIC_DROPPED_SCORE, self.gaz.lookup(k[len(g):]), k)
        return list(found.values())

    def _hint_places(self, hint: str) -> list[Place]:
        q = self.parse(hint)
        if q.note:
            return []
        for text in (q.full, q.curated, q.core):
            found, _ = self._exact(text)
            if found:
                break
        # "Idlib" is also "Idleb": a near spelling may name the governorate the exact one misses.
        # Not when the name is an area's own: «صرين» is Sarin sub-district, not Suran (same consonants)
        # nor Maaret Tamsrin (a longer name ending in it).
        if not any(p.is_area for p in found):
            found = found + [p for _, k in self._fuzzy(q.core, 85) for p in self.gaz.lookup(k) if p.is_area]
            found = list({id(p): p for p in found}.values())
        # A hint names a region or a known town: «القنيطرة» is the governorate and its city,
        # not the villages called Quneitra in four other governorates.
        if any(p.is_area for p in found):
            found = [p for p in found if p.is_area or p.kind == "city"]
        return found

    def _rank(self, q: ParsedQuery, full: str, core: str, hints: Sequence[Place],
              context: Context) -> list[tuple[float, Place, str]]:
        """Candidates scored and sorted, best first; empty when none is good enough.

        Tried in turn until one gives a candidate the hints do not contradict: the whole phrase
        as a name («ريف حلب», «سد تشرين»), the core name exactly, with a qualifier added or
        dropped, fuzzily. When none does, or the fuzzy stage finds only a weak spelling, the exact
        candidates that the hints only just contradict (see _score_all) are the answer.
        """
        doubtful: list[tuple[float, Place, str]] = []
        for text in dict.fromkeys(filter(None, (full, q.curated))):  # «بادية الشام» as written, then «ريف الشام»
            found, matched = self._exact(text)
            if found:
                full = text
                break
        if found and q.directions and q.kind_hint is None and all(p.kind == "village" for p in found) \
                and self._names_city(q.core):
            # "eastern Suwayda", «السويداء الشرقية»: the east of Sweida, not a village of that name in
            # Hama, 250 km off (a direction from a city or governorate outweighs a village's name)
            found = []
        if found:
            # The whole phrase is a name: its head, road and near words are part of it («طريق الباب»,
            # «معبر باب السلامة»).
            first = full.split()[0]
            whole = dataclasses.replace(q, countryside=False, kind_hint=None, road=q.road and first not in _ROADS_AR, landmark=False,
                                        near=q.near and first not in _NEAR_AR and first.lower() not in _NEAR_EN
                                        and nz.AR_HEADS.get(first) != "near",
                                        directions=[] if nz.key(full) == matched else q.directions)
            ranked, doubtful = self._score_all(whole, [(1.0, p, matched) for p in found], hints, context)
            if ranked or doubtful:
                q.countryside, q.kind_hint, q.directions = whole.countryside, whole.kind_hint, whole.directions
                q.road, q.near, q.landmark = whole.road, whole.near, whole.landmark
            if ranked:
                return ranked
        found, matched = next((hit for n in _airport_spellings(q.named) if (hit := self._exact(n))[0]), ([], ""))
        if found and q.countryside and q.directions and self._names_city(q.core):
            # «بادية السويداء الشرقية»: the east of Sweida's desert, not the desert of the village
            # «السويداء الشرقية» in Hama
            found = []
        if found:  # «بلدة الدير الشرقي»: the direction word is part of the name
            directions = q.directions if not _direction_ar(q.named.split()[-1]) else []
            ranked, maybe = self._score_all(dataclasses.replace(q, directions=directions, landmark=False),
                                            [(1.0, p, matched) for p in found], hints, context)
            if ranked:  # "Qara Qozak bridge": the landmark itself, not near the village of its name
                q.directions, q.landmark = directions, False
                return ranked
            doubtful = doubtful or maybe
        found, matched = self._exact(core)
        if q.landmark:
            return self._score_all(q, [(1.0, p, matched) for p in found], hints, context, lenient=False)[0]
        for scored in ([(1.0, p, matched) for p in found], self._variant_matches(core, context.country, False)):
            ranked, maybe = self._score_all(q, scored, hints, context)
            if ranked and hints and self._hint_agreement(ranked[0][1], hints, _road(q)) == -1.0:
                # "Jabala town, Idlib": the one town so spelled is in Lattakia, but a village spelled
                # nearly so lies in Idlib; a close spelling in the named area beats the town elsewhere
                inside = self._spelled_like(q, core, hints, context)[0]
                if inside and inside[0][0] >= FUZZY_CUTOFF / 100 and self._hint_agreement(inside[0][1], hints) == 1.0:
                    return inside
            if ranked:
                return ranked
            doubtful = doubtful or maybe
        ranked, maybe = self._spelled_like(q, core, hints, context)
        if doubtful and ranked and ranked[0][0] < WEAK_SPELLING:
            return doubtful  # the report's region is wrong more often than a name is misspelt this much
        return ranked or doubtful or maybe

    def _spelled_like(self, q: ParsedQuery, core: str, hints: Sequence[Place], context: Context
                      ) -> tuple[list[tuple[float, Place, str]], list[tuple[float, Place, str]]]:
        """The fuzzy stage of _rank: places whose names are spelled like `core`, ranked, and the
        doubtful ones apart. Of spellings alike, one inside the area the query names comes first:
        the named area is surer than the spelling ("Ltamenah, Hama" is al-Latamneh in Hama, not
        Tamanaah just across the line in Idlib, though spelled a little more like it)."""
        cutoff = FUZZY_CUTOFF_HINTED if hints else FUZZY_CUTOFF
        # Spelling slips are matched at home only; abroad a name must be exact.
        # "Hatla Tahtani": the twin's name spelled otherwise, or the one village of its stem («حطلة»)
        # A name with no qualifier of its own («تالوارد») may be either twin («تل الورد غربي») of
        # a spelling, as the exact name may be (see _variant_matches)
        stem = _stem_text(core)
        scored = [(sc * weight * twin, p, k) for text, weight in ((core, 1.0), (stem, STEM_SCORE)) if text
                  for sc, k in self._fuzzy(text, cutoff, context.country)
                  for twin, places in ((1.0, self.gaz.lookup(k)),
                                       (STEM_SCORE, () if stem else (p for p, _ in self.gaz.lookup_stem(k))))
                  for p in places if p.country == context.country]
        # «مصطفى الشيخ» for «الشيخ مصطفى»
        words = core.split()
        found, k = self._exact(" ".join(reversed(words))) if len(words) == 2 else ([], "")
        scored += [(SWAPPED_SCORE, p, k) for p in found if p.country == context.country]
        ranked, maybe = self._score_all(q, scored + self._variant_matches(core, context.country, True),
                                        hints, context)
        if hints and len(ranked) > 1:
            inside = [t for t in ranked if t[0] >= cutoff / 100 and self._hint_agreement(t[1], hints) == 1.0]
            if inside:
                ranked = inside + [t for t in ranked if t not in inside]
        return ranked, maybe

    def _names_city(self, core: str) -> bool:
        """Whether a name is exactly that of a governorate or a city."""
        return any(p.kind in ("governorate", "city") for p in self._exact(core)[0])

    def _score_all(self, q: ParsedQuery, scored: list[tuple[float, Place, str]], hints: Sequence[Place],
                   context: Context, lenient: bool = True
                   ) -> tuple[list[tuple[float, Place, str]], list[tuple[float, Place, str]]]:
        """The candidates the hints do not contradict, ranked; and, apart, those they only just
        contradict: a near match just outside the named area (reports and OCHA draw borders
        differently). Unless not `lenient`, the one town of a name is ranked even in another
        region than the query names: the report's region is wrong more often than it names a
        place the gazetteer lacks. A weak spelling match must lie inside the named area: just across
        its border is one doubt too many, and the hint itself is the better answer."""
        ranked, doubtful = [], []
        if not scored:
            return ranked, doubtful
        core, arabic = _remember(self._plain, q.core, _plain, q.core), nz.is_arabic(q.core)
        if (q.kind_hint or context.kind_hint) in SETTLEMENT_HEADS or q.landmark:  # "X roundabout" is no city abroad
            scored = [t for t in scored if t[1].country == context.country or self._neighbour(t[1], context.country)]
        if isinstance(context, _Unvoted):
            context.admin1_ids.update(p.admin1_id for _, p, _ in scored)
        named = [p for sc, p, _ in scored if sc == 1.0 and not p.is_area and p.country == context.country]
        # «حي القصور بدير الزور»: a quarter of a named town is in that town, not anywhere in the
        # governorate of the same name (Sur, 45 km off, only looks like «القصور»).
        towns = [h for h in hints if not h.is_area and h.lat is not None] if _part_of_town(q, context) else []
        town = lenient and _one_place(named) and any(p.kind in ("city", "town") for p in named)
        agreements = {place.id: _in_town(place, towns) if towns else self._hint_agreement(place, hints, _road(q))
                      for _, place, _ in scored}
        areas = [p for _, p, _ in scored if p.is_area]
        settlement = q.kind_hint in ("town", "village")  # «بلدة X», «قرية X»
        for name_score, place, k in scored:
            # «بلدة بيت جن جنوب غربي دمشق»: a town or village so called, that the hint's radius
            # just misses, agrees as much as the outline of the unit named after it, which reaches
            # nearer (the head word asks for the seat, not the unit)
            agree = max([agreements[place.id]] + [agreements[a.id] for a in areas
                                                  if settlement and not place.is_area and _seat_of(place, a)])
            if agree == -1.0 and town and place in named:
                agree = NAMED_TOWN
            if agree == NAMED_TOWN or agree >= 0 and (name_score >= FUZZY_CUTOFF / 100 or agree >= NEAR_NAMESAKE_CITY):
                ranked.append((self._score(name_score, place, agree, q, context,
                                           self._likeness(core, arabic, place)), place, k))
            # A namesake elsewhere is a wrong answer, not a weak one.
            elif agree > -1 and name_score >= STEM_SCORE:
                doubtful.append((self._score(name_score, place, agree, q, context,
                                             self._likeness(core, arabic, place)), place, k))
        return self._sorted(ranked, q, context), self._sorted(doubtful, q, context)

    def _sorted(self, ranked, q: ParsedQuery, context: Context) -> list[tuple[float, Place, str]]:
        if not ranked:  # as often as not: the doubtful ones
            return []
        ranked = self._prefer_home_town_over_foreign_city(
            self._prefer_own_name(self._prefer_settlement_over_namesake_area(ranked, q), q), context.country)
        ranked.sort(key=lambda t: (-t[0][0], -t[0][1]))
        if isinstance(context, _Unvoted) and any(a[0][0] - b[0][0] < _CLOSE for a, b in zip(ranked, ranked[1:])):
            context.close = True
        return [(s[2], p, k) for s, p, k in ranked]

    # -- scoring ----------------------------------------------------------------------------------
    def _hint_agreement(self, place: Place, hints: Sequence[Place], road: bool = False) -> float:
        """+1 when the place lies in an area the query names (or in the governorate of a town that
        names its governorate, or near a town it names), BORDER when on the wrong side of its border by a few km,
        NEAR_MISS when just outside, -1 when it contradicts every such hint, 0 with no hints or
        nothing to check. A `road`'s hint is its other end, no area around it: a town there
        agrees with every place in its governorate («طريق حمص - تدمر»)."""
        if not hints:
            return 0.0
        checkable = near = False
        best = -1.0
        # "X, Idlib" names the governorate first: near its city but across the line ties no more.
        governorates = {h.admin1_id for h in hints if h.kind == "governorate" and h.admin1_id}
        admin_names = {nz.key(x) for x in (place.admin1, place.admin1_ar, place.admin2, place.admin2_ar,
                                           place.admin3, place.admin3_ar) if x}
        for h in hints:
            if h is place or h.country != place.country:
                continue
            if h.admin1_id and place.admin1_id:
                checkable = True
                if (h.kind == "governorate" or _names_governorate(h) or road and not h.is_area) \
                        and h.admin1_id == place.admin1_id:
                    return 1.0
                if h.kind == "region" and h.admin1_id == place.admin1_id:
                    # «ريف حلب الشمالي»: reports draw a governorate's parts loosely (al-Bab is in
                    # its north) and a town is the town; but of a village's many namesakes, the
                    # direction says which: one outside is only just contradicted (inside, below)
                    if place.kind != "village":
                        return 1.0
                    near = True
            if admin_names and {nz.key(h.name), nz.key(h.name_ar)} & admin_names:
                return 1.0
            area = self._area(h)
            if area is not None and place.lat is not None:
                checkable = True
                point = _remember(self._points, place.id, shapely.Point, place.lon, place.lat)
                inside, border, around = area
                if inside.contains(point):
                    return 1.0
                if border.contains(point):
                    best = max(best, BORDER)
                near = near or around.contains(point)
            elif (not h.is_area or h.kind == "subdistrict") and h.lat is not None and place.lat is not None:
                # (a sub-district with no outline, a curated one, is checked from its point)
                checkable = True
                d = distance_km(h.lat, h.lon, place.lat, place.lon)
                reach = SUBDISTRICT_KM if h.is_area else HINT_TOWN_KM
                if d < reach:
                    if place.admin1_id in governorates or not (governorates and place.admin1_id):
                        return 1.0
                    best = max(best, NEAR_NAMESAKE_CITY)
                near = near or d < 2 * reach
        if any(h.country != place.country for h in hints) and not any(h.country == place.country for h in hints):
            return -1.0
        if not checkable:
            return 0.0
        return best if best > 0 else NEAR_MISS if near else -1.0

    def _neighbour(self, place: Place, country: str) -> bool:
        """Is this foreign place a settlement within NEIGHBOUR_KM of the home country's extent?"""
        if place.is_area or place.lat is None:
            return False
        if country not in self._extents:
            home = [(p.lat, p.lon) for p in self.gaz.places if p.country == country and p.lat is not None]
            self._extents[country] = (min(a for a, _ in home), max(a for a, _ in home),
                                      min(o for _, o in home), max(o for _, o in home)) if home else None
        box = self._extents[country]
        if box is None:
            return False
        lat, lon = min(max(place.lat, box[0]), box[1]), min(max(place.lon, box[2]), box[3])
        return distance_km(place.lat, place.lon, lat, lon) <= NEIGHBOUR_KM

    def _seat(self, area: Place) -> Place | None:
        """The town an admin unit is named after and governed from (Ar-Raqqa for SY11), if any."""
        if area.id not in self._seats:
            cands = [p for n in (area.name, area.name_ar, area.name_ar.removeprefix("مركز ")) if n
                     for p in self.gaz.lookup(nz.key(n))
                     if not p.is_area and p.kind in ("city", "town") and p.lat is not None and _seat_of(p, area)]
            self._seats[area.id] = max(cands, key=lambda p: (p.rank, p.population), default=None)
        return self._seats[area.id]

    def _countryside_town(self, q: ParsedQuery, region: Place) -> Place | None:
        """The town a curated countryside region is named after («ريف البوكمال»: Albukamal), when
        the query asks for a countryside, not a desert («بادية تدمر» is wide), its name is no
        governorate's («ريف حلب» keeps its region) and the town lies inside the region."""
        if region.kind != "region" or not self.parse(q.text).countryside \
                or _DESERTS & set(nz.words(q.full)):
            return None
        named = self._exact(q.core)[0]
        if any(p.kind == "governorate" for p in named):
            return None
        towns = [p for p in named if p.kind in ("city", "town") and p.lat is not None
                 and self._hint_agreement(p, [region]) == 1.0]
        return max(towns, key=lambda p: (p.rank, p.population), default=None)

    def _area(self, place: Place):
        """The outline of an area hint, and that outline widened a little (reports and the OCHA
        lines disagree near borders) and more (just outside), prepared for fast point tests."""
        if place.id not in self._areas:
            geom = place.geometry
            if geom is not None:
                geom = geom.simplify(0.01)
                geom = geom, geom.buffer(BORDER_DEG, quad_segs=2), geom.buffer(NEAR_MISS_DEG, quad_segs=2)
                for g in geom:
                    shapely.prepare(g)
            self._areas[place.id] = geom
        return self._areas[place.id]

    def _likeness(self, core: str, arabic: bool, place: Place) -> float:
        """How like the query's name (`core`, folded by _plain) the place's own spelling is, in the
        query's script. Names are folded once: the same candidates come up again and again."""
        name = place.name_ar if arabic else place.name
        return fuzz.ratio(core, _remember(self._plain, name, _plain, name)) / 100 if name else 0.0

    @staticmethod
    def _score(name_score: float, place: Place, agree: float, q: ParsedQuery,
               context: Context, likeness: float) -> tuple[float, float, float]:
        """(ranking score, tie-break, reported score); `likeness` as _likeness gives it."""
        s = name_score + 0.3 * agree
        votes = sum(context.admin1_votes.values())
        if votes and place.admin1_id:
            s += 0.2 * context.admin1_votes.get(place.admin1_id, 0) / votes
        kind_hint = q.kind_hint or context.kind_hint
        if place.country == context.country:
            s += HOME_BONUS  # a Syrian village beats a foreign town that shares its spelling...
        elif (place.kind == "country" or place.population >= 100_000) and kind_hint not in SETTLEMENT_HEADS:
            s += FOREIGN_BONUS  # ...but «قطر» and «الدوحة» are Qatar and Doha, not villages (unless called one)
        if q.countryside:
            kind_hint = "countryside"
        if kind_hint and place.kind in _KIND_FAMILY.get(kind_hint, {kind_hint}):
            s += 0.06
        elif kind_hint == "village" and place.kind == "neighbourhood":
            s -= QUARTER_CALLED_VILLAGE  # «قرية الحميدية»: the village, not the Homs quarter of its name
        # Bigger places are likelier answers, all else equal; and of two candidates, the one whose
        # name is spelled most like the query ("Ghafar" and "Jafar" share a key, not a spelling).
        # A spelling slip is not made likelier by a big place: size only breaks ties of full matches.
        if name_score >= SAME_QUALIFIER_SCORE:
            s += 0.015 * _news_rank(place) + 0.01 * math.log10(1 + place.population)
        s += SPELLING_WEIGHT * likeness
        if place.precision == NEAR and not place.is_area:
            s -= STAND_IN_PENALTY  # known only by its sub-district: a namesake with its own point first
        tie = len(place.sources)
        reported = max(0.0, min(1.0, name_score + 0.1 * agree))
        return s, tie, reported

    @staticmethod
    def _prefer_home_town_over_foreign_city(ranked, country: str):
        """"Palmyra" is Tadmor, though Colombia's Palmira is bigger and spelled more like it: a
        town or city at home that has the name beats a foreign city that shares it (a country
        keeps its name: «قطر»)."""
        if not any(p.country == country and not p.is_area and p.kind in ("city", "town") and s[2] >= SAME_QUALIFIER_SCORE
                   for s, p, _ in ranked):
            return ranked
        return [(((s[0] - FOREIGN_BONUS, *s[1:]) if p.country != country and p.kind != "country" else s), p, k)
                for s, p, k in ranked]

    def _prefer_own_name(self, ranked, q: ParsedQuery):
        """"Bara" is the village of al-Bara, whose own name it is, not Aleppo, one of whose old
        names ("Berea") shares its key: a city matched only by another name, that the query does
        not even look like, loses the edge its size gives it to a place the key names by its own
        English or Arabic name (but "Qamishli" is still the city OCHA spells "Quamishli")."""
        own = [self.owns_name(p, k) for _s, p, k in ranked]
        if all(own) or not any(own):
            return ranked
        core, arabic = _remember(self._plain, q.core, _plain, q.core), nz.is_arabic(q.core)
        return [(((s[0] - OLD_NAME_PENALTY, *s[1:]) if not mine and p.rank >= KIND_RANK["city"]
                  and self._likeness(core, arabic, p) < UNLIKE else s), p, k)
                for (s, p, k), mine in zip(ranked, own)]

    def owns_name(self, place: Place, key: str) -> bool:
        """Whether `key` is one of the place's own names: its English or Arabic name, or a name
        the project's curated table gives it («الطبقة», what everyone calls al-Thawrah), not an
        old or foreign name a source lists ("Berea" for Aleppo)."""
        if key in (nz.key(place.name), nz.key(place.name_ar or "")):
            return True  # most calls: read without the store
        return key in _remember(self._own, place.id, lambda: frozenset(
            nz.key(n.text) for n in self.gaz.names(place) if n.source == CURATED))

    @staticmethod
    def _prefer_settlement_over_namesake_area(ranked, q: ParsedQuery):
        """«حلب» is the city, not the governorate around it, unless the query asks for the area.

        An admin unit named after its seat (governorate Aleppo, district Afrin, «مركز عفرين») loses
        to the seat itself; «محافظة حلب», «ريف حلب» and "Aleppo province" keep the area.
        """
        wants_area = q.countryside or q.kind_hint in ("governorate", "district", "subdistrict")
        if wants_area:
            return [(((s[0] + 0.5) if p.is_area else s[0], *s[1:]), p, k) for s, p, k in ranked]
        # A sub-district may be named after a village; larger units after towns.
        seats = [p for _, p, _ in ranked if not p.is_area and p.kind in ("city", "town", "village")]
        out = []
        for s, p, k in ranked:
            if p.is_area and any(_seat_of(seat, p) for seat in seats
                                 if seat.kind != "village" or p.kind == "subdistrict"):
                s = (s[0] - 0.5, *s[1:])
            out.append((s, p, k))
        return out

    # -- the answer --------------------------------------------------------------------------------
    def _towards(self, place: Place, directions: list[str]) -> tuple[float, float] | None:
        """_direction_point, remembered: cutting an outline is slow, and few areas are cut often."""
        quadrant = (place.id, *_quadrant(directions))
        if quadrant not in self._shifted:
            self._shifted[quadrant] = _direction_point(place, *quadrant[1:])
        return self._shifted[quadrant]

    def place_match(self, query: str, place: Place, score: float = 1.0) -> Match:
        """A Match for a place chosen by the caller, located by the same rules as any answer
        (an admin unit at its capital)."""
        m = self._match(query, place, score, ParsedQuery(query, "", ""))
        m.matched = place.name
        return m

    def _match(self, query: str, place: Place, score: float, q: ParsedQuery, hint_fallback: bool = False) -> Match:
        precision = place.precision
        lat, lon = place.lat, place.lon
        # Somewhere in an area, or around a place: as vague as the area itself (a governorate or a
        # wide region REGION, a district or sub-district NEAR, see the sources), never exact.
        if hint_fallback or q.countryside:
            precision = max(precision, NEAR)
        # «مطار الرقة» with no such airport known: by the town it is named after, not in its
        # centre; «منطقة السفيرة», "the Deir Hafer area": around the town
        around = (q.kind_hint == "airport" and place.kind != "airport") or (q.kind_hint == "district" and not place.is_area)
        # "the X neighbourhood of Aleppo", «حي في حلب»: a quarter asked, its town found: a part of it
        quarter = q.kind_hint == "neighbourhood" and place.kind in ("city", "town")
        if q.near or q.landmark or q.neighbourhoods or q.road or around or quarter:
            precision = max(precision, NEAR)
        if q.directions:
            precision = max(precision, NEAR)
            # «ريف منبج الشمالي» is the country north of the town, not the north of its district
            # (whose middle may lie south of the town); a governorate's are curated regions, or its
            # outline's parts («ريف دير الزور الشمالي», not the Deir ez-Zor district's)
            town = (self._seat(place) if place.kind in ("district", "subdistrict") else
                    place if place.kind in ("city", "town") else None) \
                if q.countryside and not any(p.kind == "governorate" for p in self._exact(q.core)[0]) else None
            shifted = _offset(town, q.directions) if town is not None else self._towards(place, q.directions)
            if shifted:
                lat, lon = shifted
        elif (town := self._countryside_town(q, place)) is not None:
            # «ريف عين العرب», "the Kobani countryside": around the town (as near as its directional
            # countrysides are), not in its district's middle, 35 km off. It stays a region: a
            # headline's countryside is the body's village, not an incident of its own.
            lat, lon = town.lat, town.lon
        elif place.is_area and (seat := self._seat(place)) is not None:
            # ACLED's rule for an event known only to its governorate or district: the point
            # is the unit's capital (the area keeps precision 3 or 2), not a desert centroid.
            lat, lon = seat.lat, seat.lon
        modifier = q.modifier if not hint_fallback else "within"
        if around and not (q.near or q.landmark):
            modifier = f"{modifier} near".strip()
        # a settlement the sources list without coordinates stands at its admin unit's centre: say so
        note = _AT_UNIT if place.precision != EXACT and not place.is_area else ""
        return Match(query, place, score, precision, modifier, lat=lat, lon=lon, note=note)


def _news_rank(place: Place) -> float:
    """A place's rank as a likely answer: a quarter of a city ranks above villages, below towns, for
    the quarters of Aleppo, Homs or Damascus («جوبر», «الوعر») are told of more than villages of their names."""
    return KIND_RANK["village"] + 0.5 if place.kind == "neighbourhood" else place.rank


_AT_UNIT = "the sources give it no coordinates: placed at the centre of its sub-district or district"


def _remember(table: dict, key, compute, *args):
    """compute(*args), kept in `table` under `key`; the table is emptied when full, to stay bounded.
    What is kept is shared: callers must not change it."""
    found = table.get(key)
    if found is None:
        if len(table) >= MEMO_SIZE:
            table.clear()
        found = table[key] = compute(*args)
    return found


_VOWEL_RUN = re.compile(r"[aeiouy]+")
_DOUBLED = re.compile(r"([^ل])\1")


def _vowels_as_one(key: str) -> str:
    return _VOWEL_RUN.sub("a", key)


# Endings that make a place name of a stem (in key spelling: «ة» is «ه»), longest first.
_ENDINGS_AR = ("يه", "ان", "ه")


def _base(key: str) -> str:
    """An Arabic key without its ending, if what is left is a name (three letters or more)."""
    for end in _ENDINGS_AR:
        if key.endswith(end) and len(key) - len(end) >= SKELETON_MIN:
            return key[: -len(end)]
    return key


def _same_base(a: str, b: str) -> bool:
    """Are two Arabic keys one name with different endings (one may have none)?"""
    if not (nz.is_arabic(a) and nz.is_arabic(b)):
        return False
    base_a, base_b = _base(a), _base(b)
    return base_a == base_b or base_a == b or a == base_b


def _plain(text: str) -> str:
    """A name folded (case, diacritics, letter variants) but not transliteration-blind, without
    its articles."""
    return "".join(nz.strip_article_ar(w) for w in nz.words(text) if w not in ("al", "el"))


def _part_of_town(q: ParsedQuery, context: Context) -> bool:
    """Does the query name a part of a town: «حي X», «X وسط Y», a landmark, or in English "the X
    district" (in Arabic «منطقة X» is as often a rural area)?"""
    kind = q.kind_hint or context.kind_hint
    return q.in_town or kind in ("neighbourhood", "landmark") or (kind == "district" and not nz.is_arabic(q.core))


def _in_town(place: Place, towns: Sequence[Place]) -> float:
    """Agreement (as _hint_agreement gives it) of a candidate quarter with the towns named."""
    near = place.lat is not None and any(distance_km(t.lat, t.lon, place.lat, place.lon) < TOWN_PART_KM
                                         for t in towns)
    return 1.0 if near else -1.0


def _road(q: ParsedQuery) -> bool:
    """Does the query name a road, «طريق حمص - تدمر» or "near Homs - Palmyra" (its hint the other end)?"""
    return q.road or _BETWEEN_ENDS.search(q.text) is not None


def _names_governorate(town: Place) -> bool:
    """Is this town (no area) its governorate's namesake, standing for it («X، حلب»)? Another
    town locates only the places near it: «قرية X بريف بلدة Y» is not anywhere in Y's governorate."""
    return not town.is_area and bool(town.admin1_id) and (
        nz.key(town.name_ar) == nz.key(town.admin1_ar) if town.name_ar and town.admin1_ar
        else nz.key(town.name) == nz.key(town.admin1))


def _one_place(places: list[Place]) -> bool:
    """Are these the same place, told by several sources (all within a few km)?"""
    return bool(places) and all(p.lat is not None and distance_km(places[0].lat, places[0].lon, p.lat, p.lon) < 10
                                for p in places)



def _seat_of(seat: Place, area: Place) -> bool:
    """Is `seat` the town that admin unit `area` is named after, in the same governorate?"""
    if nz.key(seat.name) not in (nz.key(area.name), nz.key(area.name.removeprefix("Markaz "))) and \
            nz.key(seat.name_ar) not in (nz.key(area.name_ar), nz.key(area.name_ar.removeprefix("مركز "))):
        return False
    return bool(area.admin1_id) and area.admin1_id == seat.admin1_id


def _quadrant(directions: list[str]) -> tuple[int, int]:
    """(dx, dy) of directions such as ["north", "east"] or ["south-west"]: east or north 1, west or south -1."""
    dy = sum({"north": 1, "south": -1}.get(p, 0) for d in directions for p in d.split("-"))
    dx = sum({"east": 1, "west": -1}.get(p, 0) for d in directions for p in d.split("-"))
    return (dx > 0) - (dx < 0), (dy > 0) - (dy < 0)


def _offset(town: Place, directions: list[str]) -> tuple[float, float] | None:
    """A point TOWN_COUNTRYSIDE_KM from a town towards the directions (diagonals as far)."""
    dx, dy = _quadrant(directions)
    if (not dx and not dy) or town.lat is None:
        return None
    step = TOWN_COUNTRYSIDE_KM / math.hypot(dx, dy) / KM_PER_DEGREE_OF_LATITUDE
    return town.lat + dy * step, town.lon + dx * step / math.cos(math.radians(town.lat))


def _direction_point(place: Place, dx: int, dy: int) -> tuple[float, float] | None:
    """The middle of the part of an area that lies in a direction («ريف حمص الجنوبي الشرقي»):
    east for `dx` 1, west for -1; north for `dy` 1, south for -1."""
    if not dx and not dy:
        return None
    geom = place.geometry
    if geom is None or place.lat is None:
        return None
    c = geom.centroid
    minx, miny, maxx, maxy = geom.bounds
    big = max(maxx - minx, maxy - miny) * 2
    # A quarter (or half) plane from the centre, towards the direction.
    box = shapely.box(
        c.x if dx > 0 else c.x - big if dx < 0 else minx,
        c.y if dy > 0 else c.y - big if dy < 0 else miny,
        c.x + big if dx > 0 else c.x if dx < 0 else maxx,
        c.y + big if dy > 0 else c.y if dy < 0 else maxy,
    )
    part = geom.intersection(box)
    if part.is_empty:
        return None
    pt = part.representative_point()
    return pt.y, pt.x



def resolve(names: str | Iterable[str], gazetteer: Gazetteer | None = None,
            context: Context | None = None) -> Match | list[Match]:
    """Resolve one name (-> Match) or several (-> list of Match, in order)."""
    from .gazetteer import load_gazetteer

    r = Resolver(gazetteer or load_gazetteer())
    if isinstance(names, str):
        return r.resolve(names, context)
    return [r.resolve(n, context) for n in names]
