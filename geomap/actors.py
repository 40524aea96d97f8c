"""Actors named in a report, normalised to the canonical names of `lexicon/actors.csv`.

«قوات النظام», «جيش الأسد» and "regime forces" all become "Syrian regime forces (government)".
Sources (SOHR, SANA, "medical sources") are found too, so that they are neither read as
actors nor as places, and so that casualty figures can say who gave them. A bare «التنظيم»
("the group") stands for the last armed group the report named. An adjective of nationality
that only describes a place or an office ("the Turkish border", «الأراضي التركية») is no actor.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import compress, count
from typing import Callable

from .lexicon import WordTable, actor_matcher, word_matcher, words_lists
from .quantities import NUMBER_WORDS
from .segment import Token, fold, is_latin, readings, segment

SOURCE, CIVILIANS, ANAPHOR, STATE, NON_STATE, EXTERNAL = "source", "civilians", "anaphor", "state", "non_state", "external"
LABEL = "label"  # «الإرهابيين», "terrorists": what regime media call any armed group it fights


@dataclass
class ActorMention:
    name: str  # canonical name
    type: str
    first: int  # token indices (inclusive, exclusive)
    last: int
    start: int  # folded offsets
    end: int

    @property
    def is_actor(self) -> bool:
        """Can take part in an event (sources and civilians are not actor1)."""
        return self.type in (STATE, NON_STATE, EXTERNAL)


def find_actors(tokens: list[Token], words: list[str] | None = None,
                original: Callable[[int, int], str] | None = None, report: dt.date | None = None) -> list[ActorMention]:
    """Actor and source mentions in a document's tokens (`words`: their texts, if at hand),
    anaphors resolved, in text order. `original` gives the text as written of a folded span
    (Segmented.original): without it, a two-letter name ("US", "AP") is not trusted. `report`:
    the report's date, which tells whose the Syrian army is (_of_its_time)."""
    found = _found_actors(tokens, words, original)
    if report is None:
        return found
    return [a for a in (_of_its_time(a, tokens, report) for a in found) if a is not None]


def _found_actors(tokens: list[Token], words: list[str] | None,
                  original: Callable[[int, int], str] | None) -> list[ActorMention]:
    out: list[ActorMention] = []
    last_group: str | None = None
    last_organisation: tuple[str, int] | None = None  # (name, token) of the last group called «تنظيم» (_organisations)
    found = actor_matcher().find(tokens, words)
    for n, (i, j, entry) in enumerate(found):
        if _abbreviation(tokens, i, j) and not _written_as_name(tokens, i, original):
            continue  # folded to lower case, "US" is the pronoun "us": only capitals make it the name
        name, kind = entry.name, entry.type
        if kind == EXTERNAL and j - i == 1 and (_describes_noun(tokens, i, original) or _nisba_of_name(tokens, i)):
            continue
        if j - i == 1 and tokens[i].text in _BASE and _is_base(tokens, i):
            continue
        if i and tokens[i - 1].text in _LANDFORMS:
            continue  # «جبل الأكراد», «جبل التركمان»: mountains named after a people, not its fighters
        if tokens[i].text == "government" and j - i == 1 and (j == len(tokens) or tokens[j].text not in _GOVERNMENT_FIRE):
            continue  # "government shelling" names the regime's fire; "the Lebanese government said" does not
        if tokens[i].text == "army" and out and out[-1].last == i and out[-1].type != SOURCE:
            continue  # "Israeli army units": the army of the actor just named, not SANA's "army units"
        if name == UNKNOWN and i and any(r.startswith(_DEAD_OR_VICTIM) for r in readings(tokens[i - 1].text)):
            continue  # «جثث أشخاص مجهولي الهوية»: the dead are unknown, not their killers
        if name == UNKNOWN and _group_follows(tokens, j, found[n + 1:n + 2], any_side=True):
            continue  # «المسلحين من عناصر داعش», "gunmen loyal to the regime": the side named next
        if name == UNKNOWN and out and out[-1].last == i and out[-1].is_actor and tokens[i].text.isascii():
            continue  # "IS gunmen": the gunmen of the side just named (not «الفرقة الرابعة ومسلحين», two sides)
        if kind == LABEL:
            if _group_follows(tokens, j, found[n + 1:n + 2]):
                continue  # "terrorists of the Nusra Front", «إرهابيين من داعش»: the group named next
            if _counted(tokens, i):
                continue  # «مقتل ثلاثة إرهابيين»: dead or counted, the label names victims, no side
            # A group the report named, else one ACLED cannot name: an unidentified armed group.
            name, kind = last_group or UNKNOWN, NON_STATE
        elif kind == ANAPHOR:
            # «تنظيم الدولة ... قسد ... مواقع للتنظيم»: «التنظيم» is the last group called one, not the last group
            # (a paragraph or two back at most: on a page of joined articles it is another article's;
            # counted in words, as the lines of a thread of posts are many short "sentences")
            near = last_organisation and i - last_organisation[1] <= _ORGANISATION_REACH
            named = (last_organisation[0] if near and not _ORGANISATION.isdisjoint(tokens[i].readings) else None) or last_group
            if named is None:
                continue
            name, kind = named, NON_STATE
        elif kind == NON_STATE:
            last_group = name
            if name in _organisations() or (i and not _ORGANISATION.isdisjoint(tokens[i - 1].readings)):
                last_organisation = name, i  # (or one the report calls so: «تنظيم "ي ب ك" الإرهابي»)
        if name == _FACTIONS and _factions_of_next(tokens, j, found[n + 1:n + 2]):
            continue  # «الفصائل التابعة للجيش الوطني»: the factions are the group named next
        if name == _FACTIONS and out and out[-1].name in _PROXIES and out[-1].last >= i - 1 and _loyal_to_it(tokens, j):
            # «القوات التركية والفصائل الموالية لها»: the factions loyal to the side just named are its proxies
            name, kind = _PROXIES[out[-1].name]
        if name in _PROXIES and out and out[-1].name == UNKNOWN and out[-1].last == i - 2 and tokens[i - 1].text == "من" \
                and tokens[i - 2].text in _BACKED:
            # «التنظيمات الإرهابية المدعومة من النظام التركي»: a group known only by its backer is the backer's proxy
            name, kind, i = *_PROXIES[name], out.pop().first
        elif kind == EXTERNAL and out and _side_by_side(out[-1], tokens, i, j) and out[-1].name != name:
            # «الدوريات الروسية التركية»: two adjectives of nationality side by side are one joint
            # actor, as «الدوريات الروسية والتركية» would be.
            first = out.pop()
            name, i = f"{first.name}; {name}", first.first
        elif out and out[-1].name == name and out[-1].last == i and tokens[i - 1].text.endswith(_LED_OR_BACKED):
            # "a checkpoint of the Turkish-backed Syrian National Army": one mention of one side,
            # so that what stands before it is read as of the whole
            i = out.pop().first
        out.append(ActorMention(name, kind, i, j, tokens[i].start, tokens[j - 1].end))
    words = [t.text for t in tokens] if words is None else words
    if _ARMY in words:  # (looked up at C speed: few reports say «الجيش» bare)
        out = sorted(out + _regaining_army(tokens, words, out), key=lambda a: a.first)
    # "Russian-Turkish patrols": one word, a joint actor (looked up at C speed: few words have a hyphen).
    at = list(compress(count(), map(_HYPHENED.__getitem__, words)))
    if not at:
        return out
    joint = [ActorMention(_HYPHENED[words[i]], EXTERNAL, i, i + 1, tokens[i].start, tokens[i].end) for i in at]
    return sorted(out + joint, key=lambda a: a.first)


_LED_OR_BACKED = ("-led", "-backed")

# Assad's rule ended on 8 December 2024. In a report from then on, the army, "government forces"
# and the state's other names that are no one's own (words.json's governing_forces) are the
# transitional government's. Before it a "General Security" was HTS's in Idlib, the National
# Army's in the north, or Lebanon's: no side can be told.
FALL_OF_ASSAD = dt.date(2024, 12, 8)
GOVERNMENT = "Syrian government forces (2024-)"


def _of_its_time(a: ActorMention, tokens: list[Token], report: dt.date) -> ActorMention | None:
    """The mention with the side its words named on the report's date; None if they named none."""
    name = named_on(report, a.name, tokens[a.first:a.last])
    return None if name is None else a if name == a.name else replace(a, name=name)


def named_on(report: dt.date, name: str, words: list[Token]) -> str | None:
    """The side that `words`, read as actor `name`, named on the report's date; None if none."""
    if report >= FALL_OF_ASSAD and name == _SYRIAN_ARMY and _governing(words):
        return GOVERNMENT
    return None if report < FALL_OF_ASSAD and name == GOVERNMENT else name


def of_its_day(names: str, day: str | None) -> str:
    """Actor names ("A; B") of an event on an ISO `day`: before Assad's fall the government's forces
    were his (a report written after it may tell what the army did before it)."""
    if not day or day >= FALL_OF_ASSAD.isoformat() or GOVERNMENT not in names:
        return names
    return "; ".join(dict.fromkeys(_SYRIAN_ARMY if n == GOVERNMENT else n for n in names.split("; ")))


def _governing(tokens: list[Token]) -> bool:
    """Whether a mention's words are all one of the state's names that are no one's own."""
    return any(i == 0 and j == len(tokens) for i, j, _g in word_matcher("governing_forces").find(tokens))
_ORGANISATION = frozenset(("تنظيم", "التنظيم"))
_ORGANISATION_REACH = 200  # tokens


@lru_cache(maxsize=1)  # the lexicon is package data: read once
def _organisations() -> frozenset[str]:
    """The groups the lexicon names «تنظيم ...» (ISIS, al-Qaeda, Hurras al-Din): what a bare
    «التنظيم» stands for."""
    return frozenset(e.name for _toks, e in actor_matcher().exact.get("تنظيم", ()) if e.type == NON_STATE)


_LANDFORMS = {"جبل", "بجبل", "وجبل", "لجبل", "سهل", "بسهل", "وادي", "بوادي"}  # folded heads of a region's name

# «الجيش يستعيد السيطرة على مورك», «حرر الجيش البلدة»: a bare «الجيش» that regains ground is the
# Syrian army, as Syrian reports name it. Elsewhere a bare «الجيش» may be any army's (Turkish,
# the National Army, the Free Army), so it names no one.
_ARMY = "الجيش"
_REGAINS = frozenset(fold(w)[0] for w in ("استعاد", "يستعيد", "حرر", "يحرر"))
_SYRIAN_ARMY = "Syrian regime forces (government)"


def _regaining_army(tokens: list[Token], words: list[str], found: list[ActorMention]) -> list[ActorMention]:
    """The bare «الجيش» that is the subject of a verb of regaining, before it (a headline's «الجيش
    يستعيد») or right after it («استعاد الجيش»), with no name or adjective of its own after it."""
    named = {k for a in found for k in range(a.first, a.last)}
    out = []
    for i in (i for i, w in enumerate(words) if w == _ARMY and i not in named):
        after = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].sentence == tokens[i].sentence else None
        before = tokens[i - 1] if i and tokens[i - 1].sentence == tokens[i].sentence else None
        subject_first = after is not None and not _REGAINS.isdisjoint(after.readings)
        # («استعاد الجيش الوطني»: an army of its own name)
        own_name = after is not None and after.text.startswith("ال") and after.text.endswith(("ي", "يه"))
        if subject_first or (before is not None and not _REGAINS.isdisjoint(before.readings) and not own_name):
            out.append(ActorMention(_SYRIAN_ARMY, STATE, i, i + 1, tokens[i].start, tokens[i].end))
    return out


def _side_by_side(a: ActorMention, tokens: list[Token], i: int, j: int) -> bool:
    """Whether the one-word Arabic actor at token i is an adjective right after the external
    actor `a`, itself ending in one («الدوريات الروسية التركية», «القوات الروسية التركية»)."""
    if a.type != EXTERNAL or a.last != i or j - i != 1 or is_latin(tokens[i]):
        return False
    return all(tokens[k].text.endswith(("ي", "يه")) for k in (a.last - 1, i))


def _hyphened(word: str) -> str:
    """The joint actor a hyphened Latin word of two nationalities names ("russian-turkish"), or ""."""
    parts = word.split("-")
    if len(parts) != 2 or not word.isascii():
        return ""
    names = []
    for part in parts:
        found = actor_matcher().find(segment(part).tokens)
        if len(found) != 1 or found[0][2].type != EXTERNAL:
            return ""
        names.append(found[0][2].name)
    return "; ".join(names) if names[0] != names[1] else ""


_HYPHENED = WordTable(lambda w: _hyphened(w) if "-" in w else "", 100_000)


# «القاعدة» is al-Qaeda and "the base": «القاعدة التركية», «قصف القاعدة», «في القاعدة» are bases.
_BASE = {"القاعده"}
_AT_BASE = {"في", "داخل", "محيط", "قرب", "بالقرب", "مدخل", "قصف", "قصفت", "استهدف", "استهدفت", "استهداف", "هاجم",
            "هاجمت", "مهاجمه", "اقتحام", "اقتحم", "الي", "باتجاه", "نحو"}
UNKNOWN = "Unidentified Armed Group (Syria)"
_PRO_GOVERNMENT = ("NDF and pro-government militias", STATE)  # «قوات النظام والفصائل الموالية لها»
_PROXIES = {"Turkish military": ("Syrian National Army (Turkish-backed factions)", NON_STATE),
            "Iran-backed militias (Iranian forces)": ("Iran-backed militias (Iranian forces)", EXTERNAL),
            "Syrian regime forces (government)": _PRO_GOVERNMENT, "Russian military": _PRO_GOVERNMENT}
_BACKED = {fold(w)[0] for w in ("المدعومة", "مدعومة", "المدعوم", "مدعوم", "المدعومين", "مدعومين")}
_FACTIONS = "Opposition forces (FSA)"  # what «الفصائل» alone names
_LOYAL_ADJECTIVES = {fold(w)[0] for w in ("الموالية", "المدعومة", "التابعة")}
_FACTIONS_WORDS = {fold(w)[0] for w in ("الفصائل", "فصائل", "والفصائل")}  # «الفصائل» itself, not a faction's name
_TO_IT = {"لها", "له", "لهم", "منها", "منه", "منهم"}


def _loyal_to_it(tokens: list[Token], j: int) -> bool:
    """Whether tokens j, j+1 say "loyal to it" («الموالية لها», «المدعومة منها»)."""
    return j + 1 < len(tokens) and tokens[j].text in _LOYAL_ADJECTIVES and tokens[j + 1].text in _TO_IT


def _factions_of_next(tokens: list[Token], j: int, after: list) -> bool:
    """Whether «الفصائل» ending at token j is owned by the armed group named right after
    «التابعة»/«الموالية» («الفصائل التابعة للجيش الوطني»; not «الفصائل المدعومة من تركيا», whose backer
    is a state)."""
    return bool(after) and after[0][2].type == NON_STATE and after[0][2].name != _FACTIONS and after[0][0] == j + 1 \
        and j < len(tokens) and tokens[j].text in _LOYAL_ADJECTIVES and tokens[j - 1].text in _FACTIONS_WORDS


# Words for the dead or for victims: an unknown identity after them is the victims'.
_DEAD_OR_VICTIM = ("جثه", "جثث", "جثت", "جثمان", "رفات", "قتلي", "ضحايا", "اشخاص", "شخص", "مدني", "شبان", "رجال",
                   "نسا", "اطفال", "bodies", "body", "remains", "victims")


# What "government" before it makes the regime's: "government shelling", "government air strikes".
_GOVERNMENT_FIRE = {"shelling", "shells", "strikes", "strike", "airstrikes", "airstrike", "air", "bombardment",
                    "bombing", "bombs", "rockets", "rocket", "missiles", "missile", "barrel", "fire", "snipers",
                    "sniper", "attack", "attacks", "offensive", "raids", "raid", "planes", "aircraft", "tanks",
                    "mortar", "mortars", "artillery", "shell", "soldiers"}
_OF = {"of", "from", "من"}
_MEMBERS_OF = {"the", "عناصر", "مقاتلي", "members", "fighters"}  # «من عناصر داعش», "of the"
# "gunmen loyal to the regime", «مسلحين تابعين للنظام»
_LOYAL = {"loyal", "to", "الموالين", "الموالون", "موالين", "موالون", "التابعين", "التابعون", "تابعين", "تابعون"}


def _group_follows(tokens: list[Token], j: int, after: list, any_side: bool = False) -> bool:
    """Whether the next actor match (`after`: none or one) is an armed group (`any_side`: or any
    armed side) right after token j, or after "of (the)"/«من», "loyal to"."""
    if not after or after[0][2].type not in ((NON_STATE, STATE, EXTERNAL) if any_side else (NON_STATE,)):
        return False
    between = [t.text for t in tokens[j:after[0][0]]]
    return len(between) <= 3 and bool(between) and (between[0] in _OF or between[0] in _LOYAL) and all(
        w in _OF or w in _MEMBERS_OF or w in _LOYAL for w in between)


# Words before a label that make its bearers victims: a count, a word of death or of a number.
_COUNTS = ("مقتل", "قتل", "مصرع", "تحييد", "القضاء", "اصابه", "عدد", "عشرات", "kill", "dead", "neutrali",
           "number", "dozens")


def _counted(tokens: list[Token], i: int) -> bool:
    """Whether the label at token i counts victims: «ثلاثة إرهابيين», «مقتل الإرهابيين», «عدد من
    الإرهابيين», "killing 5 terrorists"."""
    k = i - 2 if i and tokens[i - 1].text in _OF else i - 1  # «عدد من», "a number of": the word before "of"
    if k < 0 or tokens[k].sentence != tokens[i].sentence:
        return False
    t = tokens[k]
    return t.text.isdigit() or t.text in NUMBER_WORDS or any(r.startswith(_COUNTS) for r in readings(t.text))


def _is_base(tokens: list[Token], i: int) -> bool:
    """Whether «القاعدة» at token i is a base: an adjective after it («القاعدة الروسية»,
    «القاعدة العسكرية») or a word of place or attack before it."""
    after = tokens[i + 1].text if i + 1 < len(tokens) and tokens[i + 1].sentence == tokens[i].sentence else ""
    adjective = after.startswith("ال") and after.endswith(("يه", "ي"))
    return adjective or (i > 0 and bool(_AT_BASE.intersection(readings(tokens[i - 1].text))))


def _describes_noun(tokens: list[Token], i: int, original: Callable[[int, int], str] | None = None) -> bool:
    """Whether the one-word actor at token i is an adjective of a noun of place, office or outlet
    (lexicon `owned_nouns`): after it in English ("Turkish border"), before it in Arabic. Up to
    three words of the noun's name may stand between: in English written as names ("the Iranian
    Tasnim agency", `original` giving the case) or nouns of the list ("Turkish news agency"), in
    Arabic with the article, as the adjective then has it («الحدود السورية التركية»)."""
    nouns = _owned_nouns()
    clause = tokens[i].clause
    if is_latin(tokens[i]):
        for k in range(i + 1, min(i + 5, len(tokens))):
            if tokens[k].clause != clause:
                return False
            if tokens[k].text in nouns:
                return True
            if original is None or not original(tokens[k].start, tokens[k].start + 1).isupper():
                return False
        return False
    if i and nouns.intersection(readings(tokens[i - 1].text)):
        return True
    if not tokens[i].text.startswith("ال"):
        return False
    for k in range(i - 1, max(i - 4, 0), -1):
        if tokens[k].clause != clause:
            return False
        if nouns.intersection(readings(tokens[k - 1].text)):
            # right after a noun without the article, a name may lack it: «وكالة تسنيم الإيرانية»
            return tokens[k].text.startswith("ال") or not tokens[k - 1].text.startswith("ال")
        if not tokens[k].text.startswith("ال"):
            return False
    return False


# Words that a personal name follows: «شخص يدعى مهاجر التركي», «المدعو», «الملقب», «أبو سالم العراقي»
# (not «أم», also "or": «القصف الروسي أم القصف التركي»).
_NAMED = {fold(w)[0] for w in ("يدعى", "يُدعى", "تدعى", "المدعو", "المدعوة", "الملقب", "الملقبة", "يلقب", "أبو", "ابو",
                                "أبي", "ابن", "بن")}


def _nisba_of_name(tokens: list[Token], i: int) -> bool:
    """Whether the Arabic adjective of nationality at token i ends a person's name, one or two
    words after a word that names («يدعى مهاجر التركي», «أبو محمد التركي»): a nisba, no actor."""
    if is_latin(tokens[i]) or not tokens[i].text.startswith("ال"):
        return False
    for k in (i - 2, i - 3):
        if k < 0 or tokens[k].sentence != tokens[i].sentence:
            return False
        if not _NAMED.isdisjoint(tokens[k].readings):
            return True
    return False


@lru_cache(maxsize=1)  # the list is package data: read once
def _owned_nouns() -> frozenset[str]:
    return frozenset(fold(w)[0].lower() for ws in words_lists()["owned_nouns"].values() for w in ws)


def _abbreviation(tokens: list[Token], i: int, j: int) -> bool:
    """Whether tokens i..j are a name of one Latin word of two letters («us», «ap»), which lower
    case makes a common word."""
    return j - i == 1 and len(tokens[i].text) == 2 and tokens[i].text.isascii()


def _written_as_name(tokens: list[Token], i: int, original: Callable[[int, int], str] | None) -> bool:
    """Whether token i is written in capitals and stands alone: glued to a token beside it
    ("pic.twitter.com/US09PGwdke") it is part of a code."""
    glued = (i and tokens[i - 1].end == tokens[i].start) or (i + 1 < len(tokens) and tokens[i + 1].start == tokens[i].end)
    return original is not None and not glued and original(tokens[i].start, tokens[i].end).isupper()


@lru_cache(maxsize=1024)  # pure; asked again and again for the same few names
def canonical_actor(text: str) -> str:
    """The canonical name of an actor as written, or the text itself when it is not on the list."""
    tokens = segment(text).tokens
    found = actor_matcher().find(tokens)
    if len(found) == 1 and found[0][0] == 0 and found[0][1] == len(tokens) and found[0][2].type != ANAPHOR:
        return found[0][2].name
    return text.strip()
