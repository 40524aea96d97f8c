"""Events and control records from one segmented document, coded in ACLED's taxonomy.

Per clause, trigger phrases (lexicon/triggers.csv) give an event class; a clause whose words
before the trigger speak of a plan, hope, proposal, denial or condemnation gives nothing, nor
does a trigger in or after words of background («بشكل مستمر», «العام الماضي»).
Each event takes:
- its place from the place mentions of its clause (else of trigger-free clauses of its
  sentence): the most precise, then the nearest; a clause that names an attack, a place and
  another attack («... بالتزامن مع قصف مدفعي استهدف أريحا») is two parts with places of their own; a list («في دير الزور والحسكة والرقة»)
  gives one event per place, the fatalities split evenly, but a toll told place by place
  («بينهم 7 في مدينة إدلب و5 في بنش») gives each place it names its own part;
- its actors from the clause: the attacker is the actor next to the trigger or introduced as
  agent («قصف لطائرات التحالف», «تبناه تنظيم داعش», «من طيران النظام»), the target the one after
  «ضد», «عناصر»...; joint attackers («قسد بدعم من التحالف», «قوات النظام وروسيا») are both
  actor1, as ACLED writes a list: «A; B». English puts the attacker before the verb or weapon
  ("US drone strike kills ...", "Hezbollah fighters and regime troops besieged ..."), the target
  after it, and two sides of a clash may stand joined by "and";
- its date from the nearest date expression of its clause, or of a clause that is nothing but a
  date (", on Wednesday."), else the report date;
- "The strikes hit Douma", «وطال القصف ...», «وأدى العدوان إلى مقتل ...»: a generic attack word
  with the article takes the kind, actor, date (and, if it has none, the place) of the attack the
  sentence before told; air defences meeting an attack («تصدت وسائط الدفاع الجوي لعدوان») are no battle;
- its casualty figures from its sentence (quantities.py), with the source that gave each.
Then, per document: events of one kind at one place are merged (several sentences about the
same bombing; not an incident the text dates more than a day from the report's own day), a
region-level event merges into a precise one of the same kind and actor, so does a headline's
city named as its governorate («غارات روسية على إدلب») into the body's place, and an air strike
with no actor takes the attacker the same report names for its other air strikes, when it names
only one. A weapon may name its attacker (barrel bombs: the regime, lexicon/triggers.csv).
Deaths that no word explains («استشهاد», «مقتل») are an attack on civilians only in a report
with nothing else violent in it (an obituary post, a list of the dead).
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import accumulate, compress, count, takewhile
from operator import attrgetter

import shapely

from .actors import CIVILIANS, EXTERNAL, NON_STATE, SOURCE, STATE, UNKNOWN, ActorMention, canonical_actor, named_on, of_its_day
from .dates import (DAY, DAY_BEHIND, MONTH, WEEK, YEAR, DateMention, days_before, find_dates, next_day, posted_day,
                    previous_day, same_day)
from .distance import distance_km
from .lexicon import MatcherGroup, TriggerEntry, WordTable, actor_matcher, trigger_matcher, word_matcher, words_lists
from .normalize import strip_proclitic
from .quantities import AMONG_WORDS, INJURED, KILLED, NUMBER_WORDS, Figure, casualty_figures, numbers, summarize, victims_in
from .records import NEAR, REPORT_DATED, ControlRecord, Event
from .segment import Segmented, Sentence, Token, fold, is_latin, readings, segment
from .toponyms import DEMONSTRATIVES, LIST_LEADS, Found, counts_places


def _folded(*words: str) -> frozenset[str]:
    """Words as the folded tokens spell them."""
    return frozenset(fold(w)[0] for w in words)

EXPLOSIONS, BATTLES = "Explosions/Remote violence", "Battles"
CLASS_TYPES = {
    "air": (EXPLOSIONS, "Air/drone strike"),
    "drone": (EXPLOSIONS, "Air/drone strike"),
    "shelling": (EXPLOSIONS, "Shelling/artillery/missile attack"),
    "suicide": (EXPLOSIONS, "Suicide bomb"),
    "ied": (EXPLOSIONS, "Remote explosive/landmine/IED"),
    "chemical": (EXPLOSIONS, "Chemical weapon"),
    "clash": (BATTLES, "Armed clash"),
    "raid": (BATTLES, "Armed clash"),
    "capture": (BATTLES, "Non-state actor overtakes territory"),
    "siege": ("Strategic developments", "Other"),
    "grave": ("Strategic developments", "Other"),  # a mass grave found: ACLED's record of the finding, not a killing
    "withdrawal": ("Strategic developments", "Non-violent transfer of territory"),
    "handover": ("Strategic developments", "Non-violent transfer of territory"),  # entered under a deal
    "agreement": ("Strategic developments", "Agreement"),
    "arrest": ("Strategic developments", "Arrests"),
    "attack_civ": ("Violence against civilians", "Attack"),
    "abduction": ("Violence against civilians", "Abduction/forced disappearance"),
    "looting": ("Strategic developments", "Looting/property destruction"),
    "killing": ("Violence against civilians", "Attack"),
    "protest": ("Protests", "Peaceful protest"),
}
GOVERNMENT_REGAINS = "Government regains territory"
VIOLENT = {"air", "drone", "shelling", "suicide", "ied", "chemical", "clash", "raid", "capture", "attack_civ", "killing"}
_AIR_CUES = ("طائر", "طيران", "جوي", "حربي", "مقاتلات", "مروحي", "مسير", "غار", "أجواء", "air", "jet", "warplane",
             "plane", "drone", "helicopter", "aircraft")
# «طائرات حربية بالصواريخ», "jets fired missiles": missiles that aircraft fire are their air strike.
_MISSILES = ("صاروخ", "صواريخ", "missile", "rocket")
_TARGET_MARKS = {"ضد", "على", "استهدف", "استهدفت", "عناصر", "مقاتلي", "صفوف", "مواقع", "تمركزات", "نقاط", "معاقل",
                 "حواجز", "مقرات", "مناطق", "من",
                 # «مقتل قيادي في داعش»: a leader of the group is who was hit.
                 "قيادي", "قياديا", "قياديين", "قادة", "أمير", "أميرا", "against", "on", "targeting", "positions", "of",
                 # «اعتقلت شخصين بتهمة الانتماء لداعش», "suspected of belonging to ISIS": the suspects' side
                 "بانتمائهم", "بانتمائه", "بانتمائهما", "الانتماء", "لانتمائهم", "لانتمائه", "بتهمه", "belonging",
                 "affiliated",  # (not "suspected": "suspected ISIS militants attacked" are the attackers)
                 # English puts the target after the verb: "jets targeted / hit / killed X".
                 "targeted", "hit", "hitting", "struck", "striking", "shelled", "bombed", "bombing", "attacked",
                 "attacking", "counterattacked", "counter-attacked", "kills", "killed", "killing", "besieged", "besieging", "at"}
# "X and Y launched an offensive on Z": what one side does to another, so two sides joined by
# "and" make it together (X and Y clashed: with each other).
_ONE_SIDED = {"offensive", "attack", "attacks", "attacked", "assault", "assaults", "stormed", "counterattack",
              "counterattacks", "counterattacked", "counter-attack", "counter-attacks", "counter-attacked"}
_AGAINST = {"ضد", "against"}  # between an actor and the trigger: the actor is the target
_AGENT_MARKS = {"قبل", "نفذه", "نفذته", "نفذها", "شنه", "شنته", "شنها", "شنت", "شن", "تبناه", "تبنته", "تبني",
                "نفذ", "نفذت", "أطلق", "أطلقت", "بواسطة", "by", "claimed",
                "يد", "أيدي"}  # «قتل على يد عناصر قسد», «على أيدي»: at the hands of
# A mark of the attacker this many tokens or more from the trigger speaks of another event
# (a long sentence, a thread of comments), so it does not outweigh a nearer actor.
_AGENT_REACH = 20
# «قصفت قوات النظام ...», «استهدفت طائرات التحالف ...»: Arabic puts the verb first, so an actor
# right after the attack verb is its subject; after a noun of attack («غارة استهدفت قسد») it is not.
_SUBJECT_VERBS = {"قصف", "قصفت", "استهدف", "استهدفت", "شن", "شنت", "هاجم", "هاجمت", "داهم", "داهمت",
                  "اقتحم", "اقتحمت", "أطلق", "أطلقت"}
# Of those, the ones whose unvowelled active is no passive (that of «هاجم» is «هوجم»), or whose
# passive a patrol or post cannot take: «داهمت دورية», "a patrol raided" (_owner_acts).
_ACTIVE_VERBS = {"هاجم", "هاجمت", "داهم", "داهمت", "اقتحم", "اقتحمت"}
# «فيما استهدفت قوات النظام ...»: words after which a verb begins a clause of its own.
_CLAUSE_OPENERS = {"فيما", "كما", "حيث", "إذ", "ثم", "وقد", "قد", "فقد", "بينما", "عندما", "حين", "بعدما", "كذلك"}
# «سيارة تابعة لمشفى كوباني»: the place after these owns what was hit; it is not where.
_OWNER_MARKS = {"تابعة", "التابعة", "تابع", "التابع", "تابعين", "belonging"}
_HANDED_TO = {"to", "لصالح"}  # "handing it to X", «لصالح X»: who gains a place left
# «قوات النظام المتمركزة في X قصفت Y», "troops stationed in X shelled Y": X is where the fire
# came from; a place after these is the target's only if no other is named.
_STATIONED_MARKS = {"المتمركزة", "المتمركزين", "المتمركز", "المتمركزون", "متمركزة", "المنتشرة", "stationed", "based",
                    "positioned", "deployed"}
_PRESENT_PREFIX = ("ي", "ت", "ن")
_NO = frozenset(("no", "not", "never"))
_NO_FILLERS = frozenset(("a", "an", "any", "further", "new", "more"))


def _denied(tokens: list[Token], k: int, actor_at: dict) -> bool:
    """Whether an English trigger at token k follows a "no" or "not": right before it ("was not
    shelled", "no air strikes") or one article or actor's word between ("no Russian air strikes",
    "not a security operation")."""
    if k and tokens[k - 1].text in _NO:
        return True
    return k > 1 and tokens[k - 2].text in _NO and (tokens[k - 1].text in _NO_FILLERS or k - 1 in actor_at)
_BOMBS = ("suicide", "ied", "chemical")
_WEAK = {"explosion", "attack"}  # vague words: an event only if nothing more precise says the same
_UNPLACED_KINDS = {"air", "drone", "shelling", "raid"}  # told without a place, still at the report's place
_PLACED_ELSEWHERE = "its sentence names no place; placed where the report's other sentences say"
_NO_PLACE = "the report names no place for it"
# What a place told before by «القرية» can be the place of: not a capture («يعود النزاع لفترة
# تحرير البلدة»: often the town's history), which would redraw the control map.
_REFERRED_KINDS = VIOLENT - {"capture"} | {"arrest"}
_REFERRED_TO = "its sentence calls the place {!r}: the one of that kind the report named last before it"
_WEAK_TARGETS = {"ied", "clash"}  # what the vague words become when nothing else is there
# Written with hamzas for the reader; matched in folded form.
_AIR_CUES = tuple(fold(w)[0] for w in _AIR_CUES)
# Folded word -> whether one of its readings speaks of aircraft, computed on first sight.
_AIR_WORDS = WordTable(lambda w: any(r.startswith(_AIR_CUES) for r in readings(w)), 100_000)
# «قال المرصد أمس: ...»: words of who spoke, whose date is that of the statement (_in_header).
_SAID = {fold(w)[0] for ws in words_lists()["speech_verbs"].values() for w in ws}
_BLAMES = {"accused", "blamed", "accuses", "blames"}
_TELLERS = {"activists", "sources", "residents", "witnesses", "media", "journalists", "monitors", "outlets"}
# «اتهمت المعارضة قوات النظام بالقصف», "X accused Y of the attack": Y struck, X is no side of it.
_ACCUSE = _folded("اتهم", "اتهمت", "يتهم", "تتهم", "accused", "accuses", "blamed", "blames")
# «حمّلت X Y المسؤولية»: «حمّل» is also "carried", so it blames only beside «المسؤولية».
_HOLD_LIABLE = _folded("حمل", "حملت", "يحمل", "تحمل")
_LIABILITY = ("مسوولي", "المسوولي", "بالمسوولي", "مسيولي", "المسيولي")


def _blame(here: list[ActorMention], tokens: list[Token]) -> tuple[set[int], set[int]]:
    """The first tokens of the accusers and of the accused among the actors `here`: the subject of
    a verb of blame (after it in Arabic, before it in English) and the side named right after it."""
    accusers, accused = set(), set()
    if not here:
        return accusers, accused  # (a sentence with no actor)
    ordered = [a for a in here if a.is_actor]  # (in text order, as find_actors gives them)
    for a, b in zip(ordered, ordered[1:] + [None]):
        if is_latin(tokens[a.first]):
            v = next((k for k in range(a.last, min(a.last + 2, len(tokens))) if tokens[k].text in _ACCUSE), None)
        else:
            v = a.first - 1 if a.first and _accuses(tokens, a.first - 1) else None
        if v is None or tokens[v].clause != tokens[a.first].clause:
            continue
        accusers.add(a.first)
        if b is not None and 0 <= b.first - max(a.last, v + 1) <= 1 and tokens[b.first].clause == tokens[v].clause:
            accused.add(b.first)
    return accusers, accused


def _blamed(tokens: list[Token], actors: list[ActorMention]) -> dict[int, str]:
    """Sentence -> the armed side a verb of blame in it accuses, named right after the verb in
    English ("Activists blamed Russian jets"), after the verb and its subject in Arabic («واتهم
    ناشطون الطيران الروسي»)."""
    out: dict[int, str] = {}
    subject_at = {m.last: m.first for m in actors}
    for a in actors:
        if not a.is_actor or not a.first:
            continue
        latin = is_latin(tokens[a.first])
        # (Arabic: the verb, then its subject, a name of the list or one to three other words,
        # then the side accused)
        k = subject_at.get(a.first, a.first)
        reach = range(a.first - 1, max(a.first - 3, -1), -1) if latin else \
            range(k - 1, k - 2, -1) if k < a.first else range(k - 2, max(k - 5, -1), -1)
        for v in reach:
            if tokens[v].clause != tokens[a.first].clause:
                break
            if tokens[v].text in _ACCUSE if latin else _accuses(tokens, v) and _HABITUAL.isdisjoint(tokens[v].readings):
                # (not «ويتهم بالانتماء لداعش»: the side a man is charged with belonging to; nor
                # «وتتهم أنقرة ...»: a charge it keeps making, no attack's)
                if not any(map(_BELONGING_WORD.__getitem__, _words_back(tokens, a.first, 2))):
                    out.setdefault(tokens[a.first].sentence, a.name)
                break
            if latin and tokens[v].text != "the":
                break
    return out


_HABITUAL = _folded("يتهم", "تتهم")


def _accuses(tokens: list[Token], v: int) -> bool:
    """Whether the Arabic token v is a verb of blame («اتهمت», or «حمّلت» with «المسؤولية» after it)."""
    if _ACCUSING[tokens[v].text]:
        return True
    return _MAKES_LIABLE[tokens[v].text] and any(
        t.text.startswith(_LIABILITY) for t in tokens[v + 1:v + 8] if t.clause == tokens[v].clause)


# (asked of the words before every actor: each word's readings tested once)
_ACCUSING = WordTable(lambda w: not _ACCUSE.isdisjoint(readings(w)), 100_000)
_MAKES_LIABLE = WordTable(lambda w: not _HOLD_LIABLE.isdisjoint(readings(w)), 100_000)


def _tells_or_blames(tokens: list[Token], a: ActorMention, trigger: int) -> bool:
    """Whether an English actor only tells of the attack or blames another: it opens "X accused",
    "X blamed", or "X activists/sources said" (their side is not who struck: "Opposition
    activists said shelling hit Douma"); but "the coalition said it conducted a raid" is the
    attacker telling of its own."""
    after = tokens[a.last:min(a.last + 3, trigger) if a.first < trigger else a.last + 3]
    words = [t.text for t in after]
    return any(w in _BLAMES for w in words) or any(
        w in _SAID and any(x in _TELLERS for x in words[:n]) for n, w in enumerate(words))
# «قذائف مصدرها مناطق سيطرة قسد»: the shells' origin, a few words before the attacker.
_ORIGIN_MARKS = {"مصدره", "مصدرها", "مصدرهم", "مصدرهما"}
# «قسد بمساندة التحالف», «قوات النظام وروسيا»: a second attacker beside the first.
_SUPPORT_MARKS = {"بمساندة", "وبمساندة", "مساندة", "بدعم", "وبدعم", "ودعم", "مدعوم", "مدعومة", "المدعوم", "المدعومة",
                  "بإسناد", "وإسناد",
                  "بمشاركة", "وبمشاركة", "بالتعاون", "بالاشتراك", "برفقة", "وبرفقة", "supported", "backed", "alongside",
                  "with"}
# "Hezbollah fighters and regime troops": the nouns a joined English actor may carry.
_GROUP_NOUNS = {"fighters", "forces", "troops", "militants", "soldiers", "militias", "jets", "warplanes", "units",
                "members", "aircraft", "planes", "army"}
# "Russian raids on Idlib": raids of these are air strikes (they fight in Syria from the air).
_AIR_FORCES = {"Russian military", "US-led Coalition", "Israeli military"}
# "rebels shot down a regime helicopter", «أسقطت الدفاعات الجوية طائرة مسيرة»: the aircraft
# after these was hit, it struck nothing.
_DOWNED = {"down", "downed", "intercepted", "أسقط", "أسقطت", "أسقطوا", "إسقاط", "تصدت", "تصدى", "التصدي", "اعترضت",
           "اعترض", "اعتراض"}
_DROPPED = _folded("أسقط", "أسقطت", "أسقطوا")  # also "dropped": «أسقطت مروحيات النظام براميل»
_AIRCRAFT = tuple(_folded("طائر", "طيران", "مروحي", "مسير", "helicopter", "drone", "jet", "plane", "warplane",
                          "aircraft"))
# «القصف الإسرائيلي على حمص»: Israel strikes Syria from the air; its guns and tanks fire only
# across the Golan line, into Quneitra, or when the text names them.
ISRAEL, _GOLAN = "Israeli military", "Quneitra"
# «وسائط الدفاع الجوي», «دفاعاتنا الجوية», "air defences": a word of defence beside one of the air;
# «المضادات الأرضية», "anti-aircraft fire" need none.
_DEFENCE, _AERIAL, _ANTI_AIRCRAFT = ("دفاع", "defen"), ("جوي", "air"), ("مضادات", "anti-aircraft")
_CRAFT = ("helicopter", "aircraft", "planes", "مروحي")  # what may fly a raid's troops in
_FLOWN_IN = _CRAFT + ("airdrop", "heliborne", "airborne", "landing")
_DESTINATION = _folded("نحو", "باتجاه", "إلى", "الى", "towards", "toward", "to")
_INSTRUMENT = re.compile(r"ب(?!قصف)")  # «بالصواريخ», «بقذائف»: the weapon of the verb before (not «بقصف», an attack)
_HELICOPTER = ("مروحي", "هليكوبتر", "helicopter")
_TROOPS = ("special", "commando", "troops", "soldiers", "marines")
_GROUND_GUNS = ("دباب", "tank", "artiller")
# «في عفرين جراء قصف»: what follows is the cause of what came before, not another attack.
# «سيطرت قوات النظام على X بعد معارك مع الفصائل»: the fighting that won X, not a second event.
_CAUSE_MARKS = {"جراء", "إثر", "بسبب", "نتيجة", "بفعل", "بعيد", "بعد", "عقب", "due", "following", "after", "amid"}
# «استهدفت مسيرة رتلاً عسكرياً للقوات الأمريكية»: the actor these nouns own was hit, even after
# the «ل» that elsewhere marks the attacker.
_TARGET_NOUNS = {"رتل", "رتلا", "دورية", "نقطة", "موقع", "موقعا", "مقر", "مقرا", "حاجز", "حاجزا", "قاعدة",
                 "آلية", "آليات", "سيارة", "عربة", "مدرعة", "قافلة", "تجمع", "تجمعا",
                 "مقرات", "مواقع", "نقاط", "تحصينات", "تجمعات", "أوكار", "معاقل", "تحركات",
                 "مقار", "مخازن", "مستودع", "مستودعات",  # «مخازن أسلحة تابعة للتنظيم»
                 "مخفر", "مخفرا", "مخافر", "المخفر",  # «استهدفت مخفراً للحرس التركي»: a border guard post
                 # «تحركات إرهابيي جبهة النصرة»: regime media's name for the side it strikes
                 "إرهابيي",
                 # «قصفت مسيرة القاعدة التركية»: with the article, the base, patrol... of that actor
                 "القاعدة", "الرتل", "الدورية", "النقطة", "المقر", "الحاجز", "القافلة"}
# «أعدم ... بتهمة التعامل مع التحالف», "accused of collaborating with the coalition": an actor
# named in a charge takes no part in the event.
_CHARGE_MARKS = {"بتهمة", "بتهم", "تهمة", "بحجة", "بدعوى", "التعامل", "التعاون", "العمالة", "accused", "charges",
                 "charged", "collaborating", "collaboration", "spying"}
PROTESTERS = "Protesters (Syria)"
# "on the night of", «فجر يوم»: words that may stand before a date in a clause of its own.
_TIME_OF_DAY = {"on", "the", "in", "at", "of", "during", "early", "late", "night", "morning", "evening", "afternoon",
                "this", "day",  # "On this day in 2013,"
                "dawn", "في", "يوم", "ليلة", "ليل", "فجر", "صباح", "مساء", "ظهر", "عصر",
                "الجاري", "الحالي",  # «، يوم 2 حزيران الجاري»
                "وفي", "الماضي", "الفايت", "المنصرم"}  # «وفي 23 آب الماضي،» («الفائت», folded)
# "... were killed as / when jets hit": English words that open a clause of its own.
_SUBORDINATORS = {"as", "when", "while", "after", "before", "because", "since", "where", "whereas"}
# ", killing three", «، ما أدى إلى مقتل»: a clause opened by these tells what the attack did.
_OUTCOME_MARKS = {"killing", "wounding", "injuring", "leaving", "ما", "مما", "أسفر", "وأسفر", "أدى", "وأدى",
                  "مخلفا", "مخلفة", "موقعا", "موقعة", "تسبب", "تسببت", "وتسبب", "وتسببت"}
(_TARGET_MARKS, _AGENT_MARKS, _ORIGIN_MARKS, _SUPPORT_MARKS, _CAUSE_MARKS, _SUBJECT_VERBS, _ACTIVE_VERBS,
 _CLAUSE_OPENERS, _OWNER_MARKS, _STATIONED_MARKS, _OUTCOME_MARKS, _TIME_OF_DAY, _TARGET_NOUNS, _CHARGE_MARKS,
 _DOWNED) = (
    {fold(w)[0] for w in ws} for ws in (
        _TARGET_MARKS, _AGENT_MARKS, _ORIGIN_MARKS, _SUPPORT_MARKS, _CAUSE_MARKS, _SUBJECT_VERBS, _ACTIVE_VERBS,
        _CLAUSE_OPENERS, _OWNER_MARKS, _STATIONED_MARKS, _OUTCOME_MARKS, _TIME_OF_DAY, _TARGET_NOUNS, _CHARGE_MARKS,
        _DOWNED))
# «بمساندة من X»: help of the verb, not of a noun («مدعومة»), nor a share in the deed («بالتعاون مع X»)
_ASSISTED = _folded("بمساندة", "وبمساندة", "بدعم", "وبدعم", "بإسناد")
_GROUND_GUNS, _DEFENCE, _AERIAL, _ANTI_AIRCRAFT = (tuple(fold(w)[0] for w in ws) for ws in (
    _GROUND_GUNS, _DEFENCE, _AERIAL, _ANTI_AIRCRAFT))


@dataclass
class _Coded:
    """An event with what its merging needs: its casualty figures and how many places share them."""

    event: Event
    figures: list[Figure]
    split: int
    weak: bool  # coded from a vague word only («انفجار», «هجوم»)
    text_dated: bool  # its date comes from its own text, not from the report date
    # at a city named as its governorate (_governorate_name) in the report's headline: «غارات
    # روسية على إدلب» stands for the governorate, where the body tells the place more precisely
    headline_city: bool = False
    part: bool = False  # a site taken within its place («كلية المدفعية في حلب»): not the place's control


@dataclass
class Candidate:
    """One event kind in one clause, before it is placed and merged."""

    cls: str
    sentence: Sentence
    clause: int
    trigger: int  # token index
    strength: float
    span: tuple[int, int]  # the tokens of its part of the clause
    weak: bool = False
    places: list[Found] = field(default_factory=list)
    actor1: str = ""
    actor2: str = ""
    implied: str = ""  # the attacker its weapon names («براميل متفجرة»: the regime)
    generic: bool = False  # only a word of any attack, with the article: "the strikes", «القصف»
    guessed: bool = False  # shelling only because its word («قصف», «مجزرة», "massacre") names no weapon
    retreat: bool = False  # a capture told as the other side's withdrawal: actors as for one
    date: DateMention | None = None
    figures: list[Figure] = field(default_factory=list)
    referred: str = ""  # «القرية», "the town": the word of its sentence that named its place told before
    actor_note: str = ""  # where its attacker was found when its own clause names none


def _reclass(classes: dict[str, float], air_cue: bool, air_raid: bool = False, found: bool = False) -> dict[str, float]:
    """Resolve weak and generic triggers against the stronger ones of the same sentence;
    `air_raid`: its "raids" are flown (English "Russian raids", "jets carried out raids");
    `found`: its deaths are bodies found."""
    out = dict(classes)
    if air_raid and "raid" in out:
        s = out.pop("raid")
        out["air"] = max(out.get("air", 0), s)
    if "strike" in out:
        s = out.pop("strike")
        # "a roadside bomb targeted a patrol": beside a bomb, the word of attack is its verb.
        bomb = next((c for c in _BOMBS if c in out), None)
        # «نفذت قسد مداهمة استهدفت خلايا داعش»: beside a raid, the verb of the raid
        key = "air" if air_cue or "drone" in out else bomb or ("raid" if "raid" in out else "shelling")
        out[key] = max(out.get(key, 0), s)
    if "drone" in out and "suicide" in out:
        out.pop("suicide")  # «مسيرة تركية انتحارية», "a kamikaze drone": a drone strike
    if "ied" in out and "suicide" in out:
        out.pop("ied")
    if "explosion" in out:
        s = out.pop("explosion")
        if not out.keys() & {"suicide", "ied", "air", "drone", "shelling", "chemical"}:
            out["ied"] = s
    if "withdrawal" in out and out.keys() & {"attack", "clash", "raid"}:
        # «انسحبت قوات النظام من X بعد هجوم لجيش الفتح»: a retreat under attack is the attackers
        # taking the place, not a handover.
        out["capture"] = max(out.pop("withdrawal"), out.get("capture", 0))
    if "attack" in out:
        s = out.pop("attack")
        # «أسفر الهجوم عن مقتل»: the deaths are the attack's; but bodies found after an offensive
        # are its victims, killed one-sidedly, not dead of a fight.
        if not out.keys() & (VIOLENT - {"killing"}) and not (found and "killing" in out):
            out["clash"] = s
    if "capture" in out:
        out.pop("clash", None)
        out.pop("raid", None)
    if "drone" in out and "air" in out:
        out.pop("air")
    if "looting" in out and not out.keys().isdisjoint(VIOLENT - {"capture"}):
        out.pop("looting")  # «قصف ... أدى إلى حرق منازل»: the homes the attack burnt are its damage (but
        # «نهبت ... بعد سيطرتهم عليها»: the looting of a place taken is its own event)
    if "grave" in out:
        out.pop("killing", None)  # "bodies found in a mass grave": the dead of a grave are no new attack
    if "killing" in out and len(out.keys() & VIOLENT) > 1:
        out.pop("killing")  # «استشهاد» beside «غارة»: the deaths are the air strike's
    if out.pop("accident", None) is not None:
        out.pop("killing", None)  # «توفي طفل إثر انفجار أسطوانة غاز»: an accident's dead, no attack
    return out


@dataclass
class Phrases:
    """The lexicon phrases of a document that its events are coded from: (first token, end
    token, payload) matches of the trigger, modal, background and war-wide lists."""

    triggers: list[tuple[int, int, object]]
    modal: list[tuple[int, int, object]]
    background: list[tuple[int, int, object]]
    war_wide: list[tuple[int, int, object]]
    verbs: frozenset[int] = frozenset()  # the verbs of split triggers («تدمر ... مقرات»): no place names


# («وادي» is left out: folded, it is also the verb «وأدى»)
_NAME_HEADS = _folded("سد", "جبل", "تل", "تلة", "قرية", "بلدة", "مدينة", "نهر", "بئر", "عين")
_BARE_NAME_HEAD = WordTable(lambda w: not _NAME_HEADS.isdisjoint(rs := readings(w)) and not any(
    r.startswith("ال") for r in rs), 100_000)


def _place_name(tokens: list[Token], k: int) -> bool:
    """Whether the trigger at token k names a place: a bare word after a bare head word («سد عدوان»)."""
    if not k or not _BARE_NAME_HEAD[tokens[k - 1].text] or tokens[k - 1].clause != tokens[k].clause:
        return False  # (asked of every trigger: the head word first, looked up once per word)
    return len(tokens[k].readings) == 1


_OBJECT_VERBS = frozenset(("strike", "shelling", "attack", "capture", "siege", "raid"))
_BODIES = _folded("bodies", "body", "جثث", "جثة", "جثتي", "جثتين", "جثامين")  # the dead found, not killed before one's eyes


def attacked_after(tokens: list[Token], phrases: Phrases, actors: list[ActorMention]) -> frozenset[int]:
    """Where the object of a verb of attack begins, right after its subject («قصفت قوات النظام
    جوبر», «اقتحمت قوات الأمن القابون»): a place's slot, as after a preposition."""
    verbs = {j for _i, j, e in phrases.triggers if e.cls in _OBJECT_VERBS}
    return frozenset(a.last for a in actors if a.first in verbs and a.last < len(tokens)
                     and tokens[a.last].clause == tokens[a.first].clause)


class EventCoder:
    """Codes the events of one document; stateless between documents."""

    def __init__(self) -> None:
        # One scan of a document's words finds the four lists' phrases (a scan is most of what
        # a list with few hits costs).
        self.lexicon = MatcherGroup((trigger_matcher(), word_matcher("modal"), word_matcher("background"),
                                     word_matcher("war_wide")))
        self.concluded = word_matcher("concluded")  # asked only of clauses that name a deal: rare

    def phrases(self, seg: Segmented) -> Phrases:
        """The document's trigger, modal, background and war-wide phrases."""
        triggers, modal, background, war_wide = self.lexicon.find(seg.tokens, seg.words)
        tokens = seg.tokens
        # «في منطقة سد عدوان», «قرب تل حرب»: a bare word of attack right after the bare head word
        # of a place is the place's name, no attack (not «تعرضت القرية لقصف», the place told before).
        triggers = [m for m in triggers if not _place_name(tokens, m[0])]
        split = _split_triggers(seg.tokens, seg.words)
        return Phrases(sorted(triggers + split, key=lambda m: m[0]) if split else triggers, modal, background, war_wide,
                       frozenset(k for k, _j, _e in split))

    def code(self, seg: Segmented, actors: list[ActorMention], found: list[Found], doc_id: str,
             report: dt.date | None, phrases: Phrases | None = None) -> tuple[list[Event], list[ControlRecord], list[str]]:
        """`actors`: in text order, as find_actors gives them; `phrases`: self.phrases(seg), if the
        caller has them."""
        comments = _comments(seg)
        if comments:  # (most reports are no social post)
            actors, phrases = _outside_comments(seg, comments, actors, phrases or self.phrases(seg))
        tokens = seg.tokens
        actor_at = {k: a for a in actors for k in range(a.first, a.last)}
        place_at = {k: n for n, f in enumerate(found) for k in range(f.first, f.last)}
        phrases = self.phrases(seg) if phrases is None else phrases
        # Phrases never cross a sentence end: one pass over the document, shared out per sentence.
        triggers = _by_sentence(tokens, phrases.triggers)
        modal = _by_sentence(tokens, phrases.modal)
        background = _by_sentence(tokens, phrases.background)
        war_wide = {tokens[i].sentence for i, _j, _g in phrases.war_wide}
        place_groups: dict[int, list[list[int]]] = defaultdict(list)  # sentence -> its usable place groups
        by_clause: dict[int, list[ActorMention]] = defaultdict(list)  # actors that are no source, by clause
        by_sentence: dict[int, list[ActorMention]] = defaultdict(list)  # and by sentence
        sources: dict[int, list[ActorMention]] = defaultdict(list)  # the sources, by sentence
        for a in actors:
            if a.type != SOURCE:
                by_clause[tokens[a.first].clause].append(a)
                by_sentence[tokens[a.first].sentence].append(a)
            else:
                sources[tokens[a.first].sentence].append(a)
        named: dict[int, set[str]] = defaultdict(set)  # sentence -> the names of the actors on its tokens
        for k, a in actor_at.items():
            named[tokens[k].sentence].add(a.name)
        usable = list(map(_eligible, found))
        filed = _datelines(seg) + comments
        # The place a report is filed from («دمشق - سانا», "BEIRUT (Reuters) -") is where no event
        # of its sentence happened, nor is one its readers name in their comments; it stays one of
        # the report's places (_fallback).
        sited = [ok and not any(a <= at < b for at in (seg.orig(tokens[f.first].start),) for a, b in filed)
                 for f, ok in zip(found, usable)] if filed else usable
        golan = {tokens[f.first].sentence for f, ok in zip(found, usable) if ok and f.match.place.admin1 == _GOLAN}
        for g in _groups(found):
            if sited[g[0]]:
                place_groups[tokens[found[g[0]].first].sentence].append(g)
        candidates: list[Candidate] = []
        controls: list[ControlRecord] = []
        unplaced: list[Candidate] = []
        previous: list[Candidate] = []  # the candidates of the sentence before
        # "Warplanes bomb Saraqib" over "The raids killed four": the body's first sentence goes on
        # telling the headline's attack, across the blank line.
        headline = _headline(seg)
        flown_above = headline and _aircraft(seg.words[:sum(len(s.tokens) for s in seg.sentences[:headline])], 0,
                                             place_at)
        # No event and no control statement without a trigger phrase: only the sentences with one
        # are read, `previous` kept only from the sentence right before.
        offsets = list(accumulate((len(s.tokens) for s in seg.sentences), initial=0))  # of their first tokens
        teasers = _teasers(seg)
        anaphors = _place_anaphors(seg)
        long_ago = (report - dt.timedelta(days=365)).isoformat() if report else ""  # a date before this is history
        told_day: DateMention | None = None  # the last day-precise date of an event told
        for index in sorted(triggers.keys() - teasers if teasers else triggers):
            sent, offset = seg.sentences[index], offsets[index]
            if index - 1 not in triggers:
                previous = []
            if len(sent.tokens) == 1:
                continue  # a line of one word («استهداف»): a page's tag or label, telling nothing
            # Dates are looked for once a sentence, and only where something needs them.
            words = seg.words[offset:offset + len(sent.tokens)]
            behind = background.get(sent.index, ())
            dates = find_dates(seg.folded, report, sent.start, sent.end, words) if behind else None
            if behind:
                behind = _outside_days(seg, behind, dates)
            if behind and _over_a_period(seg, behind, dates):
                sent_cands, statements = [], []
            else:
                sent_cands, statements = self._sentence(seg, sent, offset, words, triggers[sent.index], modal.get(sent.index, ()),
                                                        behind, actor_at, place_at, named.get(sent.index, set()),
                                                        sent.index in golan, flown_above and sent.index == 1)
            tally = _tally_at(words) if sent_cands else None
            if tally is not None:
                a, b = offset + tally, offset + _tally_end(words, tally)
                before = any(found[g[0]].first < a for g in place_groups.get(sent.index, []))
                sent_cands = [c for c in sent_cands if c.trigger >= b or _told_before_tally(c, a, before)]
            busy = {c.clause for c in sent_cands}
            # "The next day, ...", «وفي اليوم التالي», "the same day": counted from the day told
            # before; "the previous day" from it or, with none, from the report's
            if dates is None:
                dates = find_dates(seg.folded, report, sent.start, sent.end, words) if sent_cands else []
            counted = ((told_day and next_day(seg.folded, sent.start, sent.end, told_day))
                       or same_day(seg.folded, sent.start, sent.end, told_day, dates)
                       or previous_day(seg.folded, sent.start, sent.end, told_day, report)) if sent_cands else None
            how = any(c.cls in VIOLENT and c.cls != "killing" for c in sent_cands)  # the sentence tells how
            groups = place_groups.get(sent.index, []) if sent_cands else []
            # (where the wounded were taken, where the attackers are: the same for every candidate)
            # (told apart only among two or more: _place falls back on the one there is; a
            # hospital's town alone is dropped after, by _only_where_treated)
            cared = {g[0] for g in groups if _cared_at(found[g[0]], tokens)} if len(groups) > 1 else set()
            stationed = {g[0] for g in groups if _stationed(found[g[0]], tokens)}
            broken = _paragraph_break(seg, sent)  # (asked once, not per candidate)
            for c in sent_cands:
                self._place(c, found, tokens, groups, busy - {c.clause}, cared, stationed)
                if c.places and _only_where_treated(c, found, tokens):
                    c.places = []  # (then placed, if at all, by the attack told before)
                if not c.places and sent.index in anaphors and c.cls in _REFERRED_KINDS:
                    _place_referred(seg, c, found, sited, anaphors[sent.index], busy - {c.clause})
                # «انفجار لغم في X، وغارة روسية على Y»: the actors of another kind of attack's
                # clause are that attack's, none of this one's.
                apart = {x.clause for x in sent_cands if x.cls in VIOLENT and x.cls != c.cls} - {c.clause} \
                    if c.cls in VIOLENT else set()
                if c.cls in _TAKEN:
                    # "jets bombed X, while Y arrested five": in a round-up the strike's attacker
                    # makes no arrests (a raid's force may).
                    apart = {x.clause for x in sent_cands if CLASS_TYPES[x.cls][0] == EXPLOSIONS} - {c.clause}
                in_sentence = by_sentence.get(sent.index, [])
                self._actors(c, by_clause.get(c.clause, []), [a for a in in_sentence if tokens[a.first].clause not in apart]
                             if apart else in_sentence, tokens)
                c.date = _nearest_date(seg, c, dates) or counted
                if (c.generic or c.cls == "killing" and not c.places and not how) and (
                        not broken or headline and sent.index == headline):
                    _refer_back(c, previous, c.generic and _hit_after(c, by_clause.get(c.clause, []), tokens))
                if c.guessed and not c.actor1 and is_latin(tokens[c.trigger]):
                    _flown_like_before(c, previous)
                if broken:
                    _goes_on_from(c, previous, sent)
            for c in sent_cands:
                # "captured X on Monday, a day after jets bombed the town": the bombing, the day before;
                # so in "A day after jets bombed X, the army shelled Y on Monday" (an earlier clause's date first)
                then = next((x.date for x in sorted(sent_cands, key=lambda x: x.clause > c.clause)
                             if x is not c and x.date and x.date is not counted and x.date.precision == DAY),
                            None) if len(sent_cands) > 1 and (c.date is None or c.date is counted) else None
                if then is not None:
                    start, _end = sent.clauses[c.clause - sent.first_clause]
                    c.date = days_before(seg.folded, start, seg.tokens[c.trigger].start, then) or c.date
            if any(map(_REVENGE_WORD.__getitem__, words)):  # (looked up once a word)
                self._answered(sent_cands, offset, len(sent.tokens), by_clause, by_sentence.get(sent.index, []), tokens)
            for c in sent_cands:
                _date_across(seg, c, previous, bool(dates) or broken)
            previous = sent_cands
            told_day = next((c.date for c in reversed(sent_cands) if c.date and c.date.precision == DAY), told_day)
            self._figures(seg, sent, offset, sent_cands, by_sentence.get(sent.index, []), sources.get(sent.index, []),
                          sent.index in war_wide, behind)
            for c in sent_cands:
                twin = None if c.places else next((x for x in sent_cands if x.cls == c.cls and x.places and (
                    c.cls != "capture" or c.figures or x.actor1 in ("", c.actor1))), None)
                if twin is None and not c.places and c.cls == "capture" and _repelled(words):
                    # "attacked X on Sunday, ... before being pushed back by the army": the army's regain is of X
                    twin = next((x for x in sent_cands if x.cls == "clash" and x.places), None)
                    if twin is not None and not twin.actor2 and c.actor1 != twin.actor1:
                        twin.actor2 = c.actor1  # who threw the attackers back fought them
                if twin is not None:
                    # «سيطرت الفصائل على X، وقتل في المعارك 8»: X's capture told again, with its toll (not
                    # another side's: "took X, as troops pressed an offensive into the rebel stronghold")
                    c.places = twin.places
                    if c.cls == twin.cls == "capture":
                        c.date = c.date or twin.date  # «دخلت X يوم الاثنين، وبسطت سيطرتها»: on the day told first
            _shots_in_battle(sent_cands)
            sent_cands = _taken_after_withdrawal(sent_cands)
            for c in sent_cands:
                if c.weak and c.cls == "clash" and not c.actor1 and not c.figures and not _armed_target(c, tokens):
                    # a bare «هجوم» with no one and nothing: not an event; but «تعرضت دورية روسية
                    # لهجوم», "a Turkish convoy was attacked" name the armed men it hit
                    continue
                if c.date is not None and (c.date.precision == YEAR or long_ago and (c.date.date or "9") < long_ago):
                    continue  # "captured in 2018", «قبل عشر سنوات», «في أيار 2017»: history the report recalls
                if c.date is None and _told_after_history(seg, c, dates, long_ago):
                    continue
                if c.cls == "arrest" and _detention_served(tokens, c.trigger):
                    continue  # «أفرجت قسد عنه بعد اعتقال دام شهراً»: an arrest long past, recalled by a release
                if c.cls == "capture" and not _takes_ground(c, tokens):
                    continue
                (candidates if c.places else unplaced).append(c)
            controls.extend(self._statements(seg, statements, found, actors, doc_id, report))
        posted_after = report is not None and posted_day(seg.folded) == report + dt.timedelta(days=1)
        _counted_from_the_day_behind(candidates + unplaced, posted_after)
        _toll_of_capture(seg, candidates, unplaced)
        self._updates(seg, offsets, triggers.keys(), candidates + unplaced, sources, war_wide)
        _date_copies(candidates)
        controls.extend(_held(seg, found, doc_id, report))
        arresting = _arresting_raids(candidates + unplaced)
        if arresting:
            # «حملة مداهمات واعتقالات»: a raid that only arrests is, for ACLED, the arrests, made
            # where the raid was unless their own clause says where.
            raids = [c for c in candidates if c.cls == "raid" and c.sentence.index in arresting]
            for c in candidates + unplaced:
                raid = _raid_of(c, raids)
                if c.cls == "arrest" and raid is not None and not any(tokens[f.first].clause == c.clause
                                                                      for f in c.places):
                    c.places = raid.places
                    c.actor1 = c.actor1 or raid.actor1  # («وأسفرت الحملة عن اعتقال شابين»: by the raiders)
                    c.date = c.date or raid.date  # (and on its day: «داهمت ... يوم 10 حزيران، واعتقلت»)
            # («القوة المداهمة» told later with no place of its own is one of those raids again)
            gone = [c for c in candidates + unplaced if c.cls == "raid" and (
                c.sentence.index in arresting or not c.places and not c.figures)]
            candidates = [c for c in candidates + unplaced if c.places and all(c is not g for g in gone)]
            unplaced = [c for c in unplaced if not c.places and all(c is not g for g in gone)]
        if any(c.cls in VIOLENT - {"killing"} for c in candidates + unplaced):
            # Deaths with no word of how («استشهاد», «مقتل») are an event of their own only in a
            # report that says nothing else violent: an obituary, a list of the dead.
            _deaths_to_attacks(candidates, seg, report)
            candidates = [c for c in candidates if c.cls != "killing"]
            unplaced = [c for c in unplaced if c.cls != "killing"]
        claims = _claims(tokens, seg.words, actors)
        if claims:
            # "ISIS claimed responsibility for the attack": the bombing told just before is its
            # (a claim that names a place of its own, "ISIS claimed the killing of two soldiers
            # near Palmyra", is of its own attack, not the one before)
            placed = {tokens[f.first].sentence for f in found}
            for c in candidates + unplaced:
                after = c.sentence.index + 1
                who = claims.get(c.sentence.index) or (claims.get(after) if after not in placed else None)
                if who and c.actor1 in ("", UNKNOWN) and c.cls in VIOLENT:
                    c.actor1, c.actor_note = who, _NOTE_CLAIM
        unclaimed = _unclaimed(tokens, seg.words)
        blamed = {s: who for s, who in _blamed(tokens, actors).items() if not unclaimed & {s, s - 1}}
        self._fill_actors(candidates + unplaced, blamed, tokens)
        _partners_joined(candidates + unplaced)
        for c in candidates + unplaced:
            if c.cls == "attack_civ" and c.actor1 in ("", UNKNOWN) and _armed_target(c, tokens):
                # "Gunmen attacked a regime patrol", «تعرضت دورية لإطلاق نار»: for ACLED an attack
                # on armed men by nameless ones is a battle, not violence against civilians.
                c.cls, c.actor1 = "clash", UNKNOWN
            elif c.weak and c.cls == "clash" and not c.actor1 and _armed_target(c, tokens):
                c.actor1 = UNKNOWN  # «تعرضت دورية روسية لهجوم»: by men the report cannot name, as above
            elif (c.weak or not _AMBUSH.isdisjoint(tokens[c.trigger].readings)) and c.cls == "clash" \
                    and c.actor2 == _CIVILIANS and not _armed_target(c, tokens):
                # "IS gunmen attacked the villages, killing 40 residents", "ambushed truffle hunters":
                # no battle, no other side
                c.cls = "attack_civ"
        # An air strike, shelling or raid told without a place, of a kind the report places
        # nowhere else («المداهمة كانت برية»), happened at the report's main place too; beside placed
        # events, one with no toll only if it names its weapon and is of an event type not placed yet
        # («استهداف العدو البعيد»: talk of aims; «غارة في شرق سوريا ... بطائرة مسيرة»: one strike told twice).
        placed = {c.cls for c in candidates}
        kinds = {CLASS_TYPES[c.cls] for c in candidates}
        # The places an event can be at; hints are not places of their own.
        placeable = [f for f, ok in zip(found, usable) if ok and f.hint_of is None]
        candidates += self._fallback([c for c in unplaced if c.cls not in placed and (not candidates or (
                                      c.cls in _UNPLACED_KINDS and (c.figures or CLASS_TYPES[c.cls] not in kinds and not c.guessed)))], found,
                                     [f for f, ok in zip(found, sited) if ok and f.hint_of is None] or placeable, tokens)
        if any(c.cls == "raid" for c in candidates):
            candidates = _raids_on_civilians(candidates, unplaced)
        candidates = _without_arrests_of_violence(candidates)
        coded = _without_summaries(_merge(self._events(seg, candidates, doc_id, report, placeable, headline), found),
                                   found)
        events = [c.event for c in coded]
        for n, c in enumerate(coded, 1):
            e = c.event
            e.event_id = f"{doc_id}:{n}"
            if not e.actor1 and e.sub_event_type in _BOMB_TYPES:
                e.actor1 = UNKNOWN  # a bomb whose makers no report sentence names: ACLED's unidentified group
            # a town taken or handed over, by a force the report names (the map cannot colour
            # a change to a holder it is not told)
            if e.actor1 and not c.part and e.sub_event_type in (CLASS_TYPES["capture"][1], GOVERNMENT_REGAINS,
                                                 CLASS_TYPES["handover"][1]):
                controls.append(ControlRecord(doc_id, e.location, e.actor1, "change", e.name, e.name_ar, e.lat, e.lon,
                                              e.place_id, e.admin1, e.geo_precision, e.event_date, e.notes))
        warnings = [f"event trigger with no place in sentence {c.sentence.index + 1}: "
                    f"{seg.original(tokens[c.trigger].start, tokens[c.trigger].end)!r}" for c in unplaced
                    if c.cls in VIOLENT and not any(c.cls == e.cls for e in candidates)]
        return events, controls, warnings

    # -- per sentence ---------------------------------------------------------------------
    def _sentence(self, seg: Segmented, sent: Sentence, offset: int, words: list[str], triggers: list, modal: list,
                  background: list, actor_at: dict, place_at: dict, names: set[str], golan: bool = False,
                  flown_above: bool = False):
        """Event candidates and control statements of one sentence, from its trigger and modal
        phrases (token indices in the document; `offset` is that of the sentence's first token,
        `words` the texts of its tokens);
        `names`: those of the actors on its tokens; `golan`: it names a place in Quneitra, in reach
        of Israel's guns; `flown_above`: it opens the body under a headline that speaks of aircraft."""
        toks = sent.tokens
        by_clause: dict[tuple[int, int], dict[str, tuple[float, int]]] = defaultdict(dict)
        statements = []
        aircraft = _aircraft(words, offset, place_at)  # (asked of most sentences: read once, up front)
        # «وتواصل قوات النظام قصف المدن», "Russia continues to bomb the north": an actor's policy
        # told in the present tense, no incident; but «يستمر القصف على القرية» (the attack its
        # subject) is one still going on, and «مواقع التواصل» (with the article) a noun, no verb.
        subject = {k for k, _j, _e in triggers if seg.tokens[k].text.startswith(("ال", "the"))} if modal else set()
        modal_at = {i for i, j, g in modal if g != "ongoing" or j not in subject and (
            is_latin(seg.tokens[i]) or seg.tokens[i].text.lstrip("وف")[:1] in _PRESENT_PREFIX)}
        if "قد" in words or "وقد" in words:  # looked for at C speed: most sentences have neither
            modal_at |= {offset + i for i, t in enumerate(toks[:-1]) if t.text in ("قد", "وقد") and
                         toks[i + 1].text.startswith(_PRESENT_PREFIX)}
        proposal = any(seg.tokens[k].text.startswith(("مقترح", "propos", "مشروع")) for k in modal_at)
        # «تتعرض المدينة بشكل مستمر للقصف», «خلال العام الماضي، استجابت الفرق لـ 64 هجوما»: what
        # happens again and again, or happened in a past period, is background, not an event.
        # «هيئة تحرير الشام» is a group, not «هيئة التحرير» (an editorial board).
        background_at = [i for i, j, _g in background if not all(x in actor_at for x in range(i, j))]
        parts: dict[int, list[int]] = {}  # clause -> first token of each of its parts
        implied: dict[tuple[tuple[int, int], str], str] = {}  # (part, class) -> the attacker a weapon names
        last: dict[int, int] = {}  # clause -> its latest trigger
        israeli = not golan and ISRAEL in names and not any(w.startswith(_GROUND_GUNS) for w in words)
        # "Israeli missiles hit a base near Damascus": Israel's missiles in Syria come from its jets.
        israeli_hit = israeli and any(e.cls == "strike" and is_latin(seg.tokens[k]) for k, _j, e in triggers)
        # "helicopters carried out a raid and arrested two": a raid that arrests was landed, and
        # the aircraft that carried it are no air strike.
        # So is one told as flown in ("a helicopter raid", "an airdrop") or made by troops ("US
        # special forces raided").
        told = {e.cls for _k, _j, e in triggers}
        # «غارة بطائرة هليكوبتر أسفرت عن اعتقال»: a helicopter raid that arrests is landed too.
        landing = {"raid", "arrest"} <= told or {"air", "arrest"} <= told and _heliborne(words) or any(
            e.cls == "raid" and (any(t.text.startswith(_FLOWN_IN) for t in seg.tokens[k:j])
                                 or any(t.text.startswith(_TROOPS) for t in seg.tokens[max(0, k - 5):j]))
            for k, j, e in triggers)
        downed_end = -1  # where the last aircraft brought down is named
        remark = _remark(toks, offset, place_at, actor_at)
        for k, j, entry in triggers:
            if landing and entry.cls == "air" and seg.tokens[k].text.startswith(_CRAFT):
                continue
            if entry.cls in ("air", "drone") and _escort_or_flight(words, k - offset, told):
                continue
            # "Russian jets dropped leaflets": a weapon inside an actor's name is no event; but
            # "a Turkish drone strike" runs on past the name "Turkish drone".
            if all(map(actor_at.__contains__, range(k, j))) or not place_at.keys().isdisjoint(range(k, j)):
                continue
            if _earlier(seg.tokens, k, j):
                continue  # «نتيجة قصف تركي سابق», "a previous strike": an attack the report looks back on
            if _ongoing_campaign(seg.tokens, k, j):
                continue  # «الهجمات المستمرة لنظام الأسد تشكل خطراً»: a campaign talked of, no incident
            if not _PREPARING.isdisjoint(_words_back(seg.tokens, k, _PREPARED_REACH)):
                continue  # «توزع الرتل على القرى تحضيراً لمداهمة المعابر», "in preparation for an assault": not yet done
            if entry.cls == "strike" and _aimed_operation(seg.tokens, k):
                continue  # «عملية إنزال جوي استهدفت منزل فلان»: whom a raid was aimed at, no strike
            if _in_hashtag(seg, k, j):
                continue  # «#الطائرات_المسيرة», «#معركة_ردع_العدوان»: a page's label, no event told
            if entry.cls == "killing" and _mourned(seg.tokens, k, offset, len(toks), told, place_at):
                continue  # «صورة للشهيد فلان رحمه الله»: a mourning post, no killing told
            if seg.tokens[k].clause == remark:
                continue  # «الهجوم الذي استهدف الصحفيين ليس الأول من نوعه»: a word on an attack told before
            if k and len(triggers) > 1 and (seg.tokens[k - 1].text in DEMONSTRATIVES or not _FOLLOWED.isdisjoint(
                    seg.tokens[k - 1].readings)) and seg.tokens[k - 1].sentence == seg.tokens[k].sentence:
                # «تبع هذه الغارات قصف مدفعي على X», «وتبعت الغارات الروسية قصف مدفعي على X»: the raids
                # told before, X's is the shelling
                continue
            if entry.cls in ("air", "drone") and _downed(seg.tokens, k):
                downed_end = j
                continue  # "shot down a regime helicopter": the aircraft is the target
            if entry.cls in ("air", "drone") and _moved(seg.tokens, k):
                continue  # "Russia withdrew some of its jets": aircraft moved about strike nothing
            if entry.cls == "ied" and not _DEFUSED.isdisjoint(_words_back(seg.tokens, k, 3)) or (
                    entry.cls == "explosion" and _BEFORE_IT.intersection(seg.tokens[n].text for n in range(max(0, k - 2), k))):
                continue  # «تفكيك عبوة ناسفة ... قبل انفجارها», "defused a bomb before it exploded": nothing went off
            if entry.cls == "suicide" and k == downed_end:
                continue  # «أسقطت ... طائرة مسيرة انتحارية»: the kamikaze drone brought down
            if entry.cls == "clash" and any(_DOWNED.intersection(t.readings) for t in seg.tokens[k:j]) and \
                    _air_defence(toks):
                continue  # «تصدت الدفاعات الجوية لعدوان», "shot down": air defence firing at missiles is no battle
            if entry.cls == "capture" and _since_taken(seg.tokens, k) and not any(
                    e.cls == "capture" and m < k for m, _n, e in triggers):
                # «منذ سيطرة الفصائل على عفرين»: a past capture that dates something else (but
                # «سيطرت على القريتين بعد طرد داعش منها» tells how the capture told went)
                continue
            if entry.cls == "capture" and any(not _NOT_GROUND.isdisjoint(t.readings) for t in seg.tokens[j:j + 3]
                                              if t.sentence == sent.index):
                continue  # "capturing two soldiers", «استولت على منازل»: people or goods taken, no ground
            if entry.cls == "withdrawal" and j - k == 1 and not any(
                    t.text == "من" for t in seg.tokens[k + 1:k + 5] if t.sentence == seg.tokens[k].sentence):
                continue  # «انسحب تنظيم داعش من تادف»: a withdrawal from somewhere, its subject between
            if entry.cls == "siege" and _besieged(seg.tokens, k, place_at, actor_at):
                continue  # «بلدة الزبداني المحاصرة», "the besieged town of Daraya": a place described, no siege told
            if entry.cls == "context":
                continue  # «خريطة السيطرة», "the control map": words of control that tell no change of it
            if entry.cls == "agreement" and entry is not _SIGNED and not self.concluded.find(
                    [t for t in toks if t.clause == seg.tokens[k].clause]):
                continue  # "in violation of the ceasefire", «الهدنة صامدة»: a deal named, none made
            if entry.cls == "air" and not aircraft and any(
                    e.cls == "shelling" and m < k and seg.tokens[m].clause == seg.tokens[k].clause
                    and _names_missiles(seg.tokens[m:n]) for m, n, e in triggers):
                continue  # «بصاروخ محمل بقنابل عنقودية»: the bombs a rocket carried, no aircraft told
            if entry.cls == "control_statement":
                if not (k and seg.tokens[k - 1].text in _HELD_PEOPLE):  # "detainees held by HTS": people, no ground
                    statements.append((k, j))
                continue
            if proposal or modal_at and any(m < k and seg.tokens[m].clause == seg.tokens[k].clause for m in modal_at):
                continue  # (most sentences have no modal: no loop set up)
            if _denied(seg.tokens, k, actor_at):
                continue  # "saw no shelling", "there were no Russian air strikes": denied, not told
            if entry.cls != "protest" and _protested_against(seg.tokens, k, triggers):
                continue  # "protested in Qamishli against Turkish attacks": what they protest is no new event
            if background_at and any((b < k or seg.tokens[b].clause == seg.tokens[k].clause)
                                     and not (entry.cls == "protest" and _anniversary(seg.tokens[b])) for b in background_at):
                continue  # (but «تظاهرة إحياء لذكرى الثورة», "rallied to mark the anniversary": a protest held now)
            clause = seg.tokens[k].clause
            # «قصف على كفرنبل بالتزامن مع قصف مدفعي استهدف أريحا»: a trigger after a place that
            # follows an earlier trigger of the clause starts a new part, with places of its own.
            starts = parts.setdefault(clause, [k])
            placed = list(filter(place_at.__contains__, range(last.get(clause, k), k)))
            if placed and not {t.text for t in seg.tokens[max(0, k - 4):k]} & _CAUSE_MARKS and not (
                    entry.cls == "shelling" and _INSTRUMENT.match(seg.tokens[k].text)):
                # but «مجزرة في عفرين جراء قصف صاروخي» is one event, and so is «استهدفت مواقع في
                # كفرنبل بالصواريخ» (the weapon it was done with). The new part begins after the
                # place: «... على معرة النعمان و3 بقصف على سراقب», the 3 is the second's.
                starts.append(max(placed) + 1)
            last[clause] = k
            part = (clause, len(starts) - 1)
            cls = entry.cls
            if cls == "strike" and (like := _similar_to(seg.tokens, k, j, triggers)):
                cls = like  # «قصف مدفعي على X، واستهدف قصف مماثل Y»: Y's shelling too
            if cls == "attack" and _flown_attack(seg.tokens, k, place_at):
                cls = "air"  # «شنت طائرات إسرائيلية هجوما على مقر»: aircraft attack from the air
            if landing and cls == "air" and _heliborne(words):
                cls = "raid"  # «غارة بطائرة هليكوبتر ... أسفرت عن اعتقال»: troops landed, no air strike
            if cls == "strike" and is_latin(seg.tokens[k]) and _hits_post(seg.tokens, j) and \
                    not aircraft and not _strike_noun(seg.tokens, k) and names.isdisjoint(_AIR_FORCES):
                cls = "attack"  # "rebels struck a checkpoint": no weapon named, a ground attack (but
                # "the US carried out strikes on militia positions": an air force's strikes are flown)
            if cls == "shelling" and _names_missiles(seg.tokens[k:j]) and ((israeli_hit and is_latin(seg.tokens[k])) or aircraft
                                                                          and _flown_in_clause(seg.tokens, k, place_at, actor_at)):
                cls = "air"  # (not the rockets of «، بينما استهدفت الفصائل مواقع النظام بالصواريخ» beside jets)
            old = by_clause[part].get(cls)
            if old is None or entry.strength > old[0]:
                by_clause[part][cls] = (entry.strength, k)
            if entry.actor:
                implied[part, cls] = entry.actor
        classes = {c: s for per in by_clause.values() for c, (s, _k) in per.items()}
        # A generic «strike» or "raid" asks whether the sentence speaks of aircraft.
        air_cue = bool(classes.keys() & {"strike", "raid"}) and aircraft
        # English "raids" and "strikes" are air strikes when aircraft or an air force carry them
        # out ("the coalition carried out 14 strikes"); an Arabic «إنزال جوي» is a landing, a
        # raid on the ground, and «قصف روسي» may be by artillery.
        air_force = not names.isdisjoint(_AIR_FORCES) and _air_force_acts(seg.tokens, offset, len(toks), actor_at)
        english = {c for per in by_clause.values() for c, (_s, k) in per.items() if is_latin(seg.tokens[k])}
        air_raid = "raid" in english and (air_cue or air_force or flown_above) and not landing
        named_kind = bool(classes.keys() & {"air", "drone", "shelling"})  # "Israeli missiles hit": missiles say
        found = any(seg.words[k] in _BODIES for per in by_clause.values() for c, (_s, k) in per.items() if c == "killing")
        kept = _reclass(classes, air_cue or (not named_kind and (israeli or ("strike" in english and air_force))), air_raid,
                        found)
        out = []
        answer = next((k for k in range(offset, offset + len(toks)) if _REVENGE_WORD[seg.tokens[k].text]), None)
        for (clause, part), per in sorted(by_clause.items()):
            starts = parts[clause]
            span = (starts[part] if part else 0, starts[part + 1] if part + 1 < len(starts) else len(seg.tokens))
            # «قصفت قوات النظام كفرنبل ردا على هجوم الفصائل على مواقعها»: the attack a reply answers,
            # a part of its own after the word of revenge, is of the kind its own words say
            kinds = _reclass({c: s for c, (s, _k) in per.items()}, air_cue, air_raid, found) \
                if answer is not None and all(k > answer for _s, k in per.values()) else kept
            mapped: dict[str, tuple[float, int, bool]] = {}
            generic: dict[str, bool] = {}  # class -> whether only a generic word with the article gave it
            guessed: dict[str, bool] = {}  # class -> whether only a word naming no weapon made it shelling
            # A withdrawal made a capture: its actors are those of a withdrawal, unless a verb
            # of capture names the takers («سيطرت الفصائل على X بعد انسحاب قوات النظام»).
            retreat = set() if "capture" in per else {_mapped_class(c, kept) for c in per if c == "withdrawal"}
            for c, (s, k) in per.items():
                target = c if c in kinds else _mapped_class(c, kinds)
                if c == "strike" and target in _BOMBS and not any(
                        b in _BOMBS or b == "explosion" for (x, _p), bs in by_clause.items() if x == clause for b in bs):
                    # «انفجار عبوة في الباب، وقصف تركي على الدردارة»: a bomb makes its own
                    # clause's word of attack its verb, not another clause's.
                    target = "shelling"
                elif c == "strike" and target != "shelling" and "shelling" in per:
                    # «قصفت قوات النظام بالمدفعية X، فيما شنت الطائرات الروسية غارات على Y»: the verb
                    # of a part that names its guns is their shelling, not the other part's air strike
                    target = "shelling"
                elif c == "attack" and per.keys() <= {"attack", "killing"} and target in _FIRED and _on_post(seg.tokens, k):
                    target = "clash"  # «بهجوم لقسد على قاعدة، وردت المدفعية بقصف X»: a part's own attack, not the guns'
                if c == "strike" and target == "shelling" and "attack_civ" in per:
                    continue  # «قتل جراء استهدافه بالرصاص»: the word of attack is the shooting's verb
                if c == "attack_civ" and per.keys() & _CARRIERS and any(
                        r.startswith(_MANNER_WORDS) for r in seg.tokens[k].readings):
                    continue  # «اغتياله بعبوة ناسفة», «بالقذائف والرشاشات»: the bomb or shell is how, one event
                if c == "attack_civ" and "suicide" in per:
                    continue  # "a suicide bomber opened fire, then blew himself up": one suicide attack
                if target == "capture" and c in ("clash", "attack") and "capture" not in per and _repelled(words):
                    target = "clash"  # "attacked X, seizing buildings before being pushed back": a fight that won nothing
                elif target is None or target == "capture" and c in ("clash", "raid", "attack") and "capture" not in per \
                        and "capture" in classes:
                    # (the fighting that won X, in a clause beside «سيطرت الفصائل على X», "launched a
                    # counter-attack ..., retaking X": that capture, told with its takers by its own verb)
                    continue
                generic[target] = generic.get(target, True) and _refers_back(seg.tokens, k, c, target)
                guessed[target] = guessed.get(target, True) and c == "strike" and target == "shelling"
                weak = c in _WEAK and (target not in mapped or mapped[target][2])
                if target not in mapped or s > mapped[target][0]:
                    mapped[target] = (s, k, weak)
                else:
                    mapped[target] = (*mapped[target][:2], weak)
            if "chemical" in mapped:
                for c in ("air", "drone", "shelling"):
                    mapped.pop(c, None)  # «قصف جوي بغازات سامة»: the strike that carried the gas is the gas attack
            for c, (s, k, weak) in mapped.items():
                out.append(Candidate(c, sent, clause, k, s, span, weak=weak and not (kept.keys() - _WEAK_TARGETS),
                                     implied=implied.get(((clause, part), c), ""), generic=generic[c], guessed=guessed[c],
                                     retreat=c in retreat))
        return _handovers(out, by_clause), statements

    def _place(self, c: Candidate, found: list[Found], tokens: list[Token], usable: list[list[int]],
               busy: set[int], cared: set[int], stationed: set[int]) -> None:
        """The place group of a candidate (among the `usable` ones of its sentence): same clause
        first, then trigger-free clauses of its sentence. `cared`, `stationed`: the sentence's groups
        (by first mention) where the wounded were taken (_cared_at), where the attackers are (_stationed)."""
        if not usable:
            return  # (a sentence with no place of its own: _place_referred, _refer_back, _fallback may place it)
        if c.cls == "withdrawal":
            # «انسحبت الفصائل من البلدة نحو قرية الشريعة»: where they went is no place they gave up
            usable = [g for g in usable if not _words_before(tokens, found[g[0]].first, 2) & _DESTINATION]
        # where the wounded were taken is no place of the attack, unless no other is named
        usable = [g for g in usable if g[0] not in cared] or usable
        # nor is a victim's home town («من أبناء بلدة X»), unless no other place is named
        home = _home_towns(c, found, tokens, usable) if len(usable) > 1 else ()  # (as `cared`: only among two or more)
        usable = [g for g in usable if g[0] not in home] or usable
        in_clause = [g for g in usable if tokens[found[g[0]].first].clause == c.clause]
        lo, hi = c.span
        sited = [g for g in in_clause if g[0] not in stationed]
        # Where the attackers are, or the fire came from, is the place of last resort.
        pool = ([g for g in sited if lo <= found[g[0]].first < hi] or sited
                or [g for g in usable if tokens[found[g[0]].first].clause not in busy
                    and g[0] not in stationed] or in_clause)
        if not pool:
            return
        if not in_clause and all(_governorate_label(found[g[0]], tokens) for g in pool):
            # «حلب:: داهمت قوات النظام بلدة X، وأسفرت عن اعتقال 4»: a governorate's label is no
            # place of the clause after; the place of the sentence's other clause in it is
            regions = {found[g[0]].match.place.admin1 for g in pool}
            pool = [g for g in usable if g[0] not in stationed and found[g[0]].match.place.admin1 in regions
                    and not _governorate_name(found[g[0]])] or pool
        # «غارة على منطقة هجين ديرالزور»: a city named as its governorate is, beside a smaller
        # place of that governorate, the governorate. (A lone place needs no ranking.)
        smaller = {found[g[0]].match.place.admin1 for g in pool
                   if (found[g[0]].match.precision or 3) < 3 and not _governorate_name(found[g[0]])} if len(pool) > 1 else set()

        def rank(g):
            f = found[g[0]]
            precision = f.match.precision if f.match and f.match.precision else 3
            if f.match and f.match.modifier == "near":
                precision = f.match.place.precision  # «قصف محيط بلدة X» names X as sharply as «قصف X»
            if _governorate_name(f) and f.match.place.admin1 in smaller:
                precision = 3
            if _words_before(tokens, f.first, 2) & _OWNER_MARKS:
                precision = 4  # the owner of what was hit (_OWNER_MARKS)
            elif g[0] in stationed:
                precision = 5  # where the attackers are
            # Arabic names the target after the attack («قصف على X», «غارة استهدفت X»): a place
            # before the trigger counts as twice as far.
            return precision, (c.trigger - f.first) * 2 if f.first < c.trigger else f.first - c.trigger
        best = min(pool, key=rank) if len(pool) > 1 else pool[0]
        listed = next((g for g in usable if found[g[0]].first > found[best[0]].first
                       and tokens[found[g[0]].first - 1].text in LIST_LEADS), None) if len(usable) > 1 else None
        if listed is not None and all(not _eligible(found[n]) or (found[n].match.precision or 3) >= 3 for n in best):
            # «سيطرت على 15 قرية في ريف حلب، أبرزها: X، Y», "villages in Idlib, including X and Y":
            # the places named among those of the region are where it happened
            best = listed
        elif listed is not None and counts_places(tokens, found[best[-1]].last, found[listed[0]].first - 1):
            best = best + listed  # «على خان شيخون و3 قرى بريف حماة، بينها X وY»: those places too
        c.places = [found[n] for n in best if _eligible(found[n])]

    def _actors(self, c: Candidate, in_clause: list[ActorMention], in_sentence: list[ActorMention],
                tokens: list[Token]) -> None:
        """actor1 and actor2 of a candidate, from the actors (no sources) of its part of the clause,
        else of its clause, else of its sentence («4 في غارات روسية على X و3 بقصف لقوات النظام على
        Y»: the regime is no side of the Russian strikes). An actor a word marks as the attacker
        («من قبل», «شنته», the subject after «قصفت») wins over one that is only nearer to the trigger."""
        in_part = [a for a in in_clause if c.span[0] <= a.first < c.span[1]]
        # (a side only charged with «بتهمة الانتماء لداعش» is none of the clause's sides, nor one
        # that only helps, «، نفذت إنزالاً بمساندة من التحالف», nor the one a detainee belongs to,
        # «أسفرت عن اعتقال رجل يعرف بانتمائه إلى داعش»)
        # (the clause asked only if it has more than the part: the same actors give the same answer)
        here = next((x for x in ((in_part, in_clause) if len(in_part) < len(in_clause) else (in_part,))
                     if any(_a_side(a, x, tokens) for a in x)), in_sentence) if in_clause else in_sentence
        marked, targets, others, held, helpers = [], [], [], [], []
        accusers, accused = _blame(here, tokens)
        # (a side helps or shares in a deed only after a word of help of its sentence: most have none)
        helped = not _HELP_MARKS.isdisjoint(map(_TEXT, c.sentence.tokens))
        # "rebels pulled out under heavy bombardment", «تحت القصف»: who is under it is its target
        under = c.cls in _REFERRED and not _BENEATH.isdisjoint(_words_back(tokens, c.trigger, 2))
        for a in sorted(here, key=lambda a: abs(a.first - c.trigger)):
            if under and a.last < c.trigger:  # (not "under regime shelling": whose the shelling is)
                targets.append(a)
                continue
            if c.cls == "looting":
                # what is looted or burnt is property: a side named beside it is who did it
                (others if a.is_actor else targets).append(a)
                continue
            if a.first in accusers or _tells_of_others(tokens, a, c.trigger):
                continue
            if _tells_its_losses(a, tokens, here):
                targets.append(a)
                continue
            if a.first in accused:
                marked.append(a)
                continue
            back = _words_back(tokens, a.first, 3)
            if is_latin(tokens[a.first]):
                # "On Monday, IS militants shelled ...": an opener's words mark nothing of the clause after it
                back = back[:next((n for n in range(len(back)) if tokens[a.first - 1 - n].clause != tokens[a.first].clause),
                                  len(back))]
            if not _CHARGE_MARKS.isdisjoint(back) or _sponsored(back):
                continue
            if helped and (not _ASSISTED.isdisjoint(back[:2]) or _helps_with_aircraft(tokens, a)
                           or _mark_of_help(tokens, a, here)) or _patron(back):
                # «حملة ... بمساندة من التحالف»: who helps is never the target, and the attacker only
                # when no other side is named («بدعم جوي روسي بعد استهداف مكثف»)
                helpers.append(a)
                continue
            if c.cls != "agreement" and back[:1] in (["مع"], ["with"]) and back[1:2] != [] and back[1] in _DEAL_WORDS:
                targets.append(a)  # «دخلت قوات النظام البلدة بعد اتفاق مع الفصائل»: who yields it by the deal
                continue
            if a.first > c.trigger and is_latin(tokens[a.first]) and any(
                    t.text in _SAID for t in tokens[a.last:a.last + 3] if t.clause == tokens[a.first].clause):
                # "..., killing five people, Turkish-backed fighters said", "the Turkish defence
                # ministry said": who tells it
                continue
            if is_latin(tokens[a.first]) and _tells_or_blames(tokens, a, c.trigger):
                continue  # "Opposition activists said shelling hit Douma", "the ministry accused the YPG"
            # «عناصر من ميليشيا لواء فاطميون», «من قبل ميليشيا X»: the words before a side's kind of group
            lead = next((n for n, w in enumerate(back) if w not in _GROUP_WORDS), len(back))
            # "were killed in Turkish drone strikes": a side inside a phrase of "in" is not the
            # object of the verb before the phrase
            before = set(back[lead:lead + (1 if back[lead:lead + 1] in (["in"], ["during"], ["amid"]) else 2)])
            if _heading_to(back) and victims_in(tokens, c.trigger + 1, a.first) not in ("", "fighters"):
                # «أطلقوا النار على شاب أثناء عبوره باتجاه مناطق قسد»: where the civilian hit was
                # going: the civilian is hit, not the side (but «قصفت باتجاه مناطق قسد», with no one
                # named, shells the side)
                targets.append(replace(a, name=_CIVILIANS, type=CIVILIANS))
                continue
            if c.cls != "capture" and not _CONTROL_WORDS.isdisjoint(before) and _ORIGIN_MARKS.isdisjoint(back):
                # «الخاضعة لسيطرة الجيش الوطني»: who holds the place, never the attacker (but fire
                # «مصدرها مناطق سيطرة قسد» comes from that side)
                held.append(a)
                continue
            if _marked_by(back, {"by"}, _HOLDING) or _marked_by(back, _SOUGHT_LINKS, _SEEKING):
                targets.append(a)  # "a checkpoint manned by HTS", «بحثا عن خلايا داعش»: who was hit or sought
                continue
            if c.cls != "capture" and (back[:2] and back[0] in _BASED_BEFORE and back[1] == "حيث" or _based_after(a, tokens)):
                targets.append(a)  # "the field where US forces are based", «حيث تتمركز القوات الأمريكية»: who is there
                continue
            if back[1:2] and back[0] in _USING and back[1] in _RELATIVE:
                targets.append(a)  # «نقطة الرادار التابعة للنظام والتي تستخدمها الميليشيات»: who uses what was hit
                continue
            if _said_to_belong(back):
                # "killing two men believed to be ISIS members": who was hit; but "air strikes
                # believed to be Russian": whose the attack is thought to be
                (marked if _attack_believed(tokens, c.trigger, a.first) else targets).append(a)
                continue
            if a.is_actor and not _FORMER.isdisjoint(back) and _former_member(a, tokens, back):
                targets.append(replace(a, name=_CIVILIANS, type=CIVILIANS))  # ACLED: former fighters are civilians
                continue
            if _dead_men_of(a, tokens):
                targets.append(a)  # «قتل ضابط في قوات النظام بانفجار عبوة»: the side of the dead, before the attack
                continue
            if (a.first > c.trigger or c.cls in _TAKEN) and _belongs(a, here, tokens, back):
                # «اعتقال أحمد ... المعروف بانتمائه إلى داعش», "a member of ISIS": who was hit or held
                # (before an arrest too: «داهمت قسد منزل القيادي في داعش واعتقلته»)
                targets.append(a)
                continue
            if c.cls in _TAKEN and a.first > c.trigger + 2 and back[:1] == ["من"]:
                targets.append(a)  # «اعتقال شخصين من داعش»: the side the men held are of
                continue
            noun = _owned_noun(a, tokens)
            # «قذيفة مصدرها القاعدة التركية»: the base the shell came from is the attacker's
            if noun is not None and _ORIGIN_MARKS.isdisjoint(back) and not _opens_clause(noun - 1, tokens, _ACTIVE_VERBS):
                targets.append(a)
                continue
            if _names_weapon(a, c.trigger, tokens) or a.first == c.trigger + 1 and any(
                    r.startswith(_SNIPERS) for r in tokens[c.trigger].readings):
                # «استهدفت مسيرة تركية سيارة»: the drone's nationality is its owner's; «قناصة الجيش
                # التركي»: whose the snipers are
                marked.append(a)
                continue
            if tokens[a.first].text.startswith("ل") and a.first > c.trigger and a.first - c.trigger <= 3 \
                    and not _present_tense(tokens[c.trigger]):  # (after «تقصف X لـ» it owns X)
                before.add("قبل")  # «قصف لطائرات التحالف»: the «ل» of agency
            elif (a.first and tokens[a.first - 1].text == "من" and c.trigger < a.first <= c.trigger + 4
                  and not {t.text for t in tokens[c.trigger + 1:a.first - 1]} & _NOT_BY) or _by_weapon(a, c.trigger, tokens):
                before.add("قبل")  # «قصف جوي من طيران النظام»: «من» right after the trigger is "by"
            if before & _SUPPORT_MARKS and before & _AGENT_MARKS:
                continue  # "forces backed by Russian air power": who helps, not who acts (see _partner)
            if not _ORIGIN_MARKS.isdisjoint(back):
                before.add("قبل")
            # «قصفت قوات النظام»: the subject after a verb; "Russian raids", "US drone strike": the
            # English attacker stands right before its weapon.
            # A headline's subject stands before its present-tense verb: «إسرائيل تقصف مستودعات لحزب الله».
            # («قبل ساعات من سيطرة قوات النظام عليها»: who follows the noun of taking took it)
            # So does the subject of a verb in the plural of men: «عناصر قسد اعتقلوا عشرات الشبان».
            subject = _subject_of_verb(a, tokens) or (a.last == c.trigger and (
                is_latin(tokens[c.trigger]) or _present_tense(tokens[c.trigger])
                or tokens[c.trigger].text.endswith("وا"))) or (
                c.cls == "withdrawal" and _withdrawing(a, c.trigger, tokens)) or (
                c.cls == "capture" and a.first == c.trigger + 1 and tokens[c.trigger].text in _TAKING_NOUNS)
            if a.type == CIVILIANS or _passive_subject(a, tokens, here):
                targets.append(a)
            elif (subject or before & _AGENT_MARKS) and abs(a.first - c.trigger) <= _AGENT_REACH:
                marked.append(a)
            elif (before & _TARGET_MARKS or any(map(_AGAINST.__contains__, map(
                    _TEXT, tokens[min(a.first, c.trigger):max(a.first, c.trigger)])))) and not before & _AGENT_MARKS:
                targets.append(a)
            else:
                others.append(a)  # the nearest of these is the attacker, or the first side of «بين A وB»
        # «طال القصف مواقع لفصائل المعارضة وهيئة تحرير الشام»: a side listed with the one whose
        # positions were hit is hit too
        listed = [a for a in others if any(t.last <= a.first and _joined_by_and(tokens, t.last, a)
                                           and _posts_of(tokens, t) for t in targets)]
        if listed:
            targets += listed
            # (and its other name: «وهيئة تحرير الشام “النصرة سابقا”»)
            others = [a for a in others if all(a.name != b.name for b in listed)]
        # «قتل عنصران من قوات النظام، إثر استهداف سيارة ... لقوات النظام بعبوة»: the side whose dead
        # the sentence tells is hit, not the attacker, wherever else it is named unmarked
        dead = [a for a in in_sentence if a.is_actor and _dead_men_of(a, tokens)]
        if dead:
            targets += [a for a in others if any(a.name == b.name for b in dead)]
            others = [a for a in others if all(a.name != b.name for b in dead)]
        english = is_latin(tokens[c.trigger])
        if english:  # subject, verb, object: the actor before the verb or weapon is the attacker
            others.sort(key=lambda a: (a.first > c.trigger, abs(a.first - c.trigger)))
            if tokens[c.trigger].text.endswith("ed"):
                # "Unknown gunmen assassinated a rebel commander": after a verb is its object.
                targets += [a for a in others if a.first > c.trigger]
                others = [a for a in others if a.first < c.trigger]
        agent = _head_of_list((marked or others or helpers or [None])[0], here, tokens)
        sides: list[ActorMention] = []
        for a in sorted(targets, key=lambda a: a.first):
            if a.is_actor and a.type != CIVILIANS and all(a.name != b.name for b in sides):
                sides.append(a)
        if c.cls == "clash" and agent is None and len(sides) >= 2 and (
                _first_of_two(tokens, sides[0]) or not _joined_by_and(tokens, sides[0].last, sides[1])):
            # «قتل 4 من قوات النظام و3 من الهيئة في اشتباكات»: the tolls of both sides name the two
            # sides of the clash, in the order told (not «على مواقع ميليشيات أسد وإيران»: one side hit).
            agent, targets = sides[0], sides[1:2]
        either = _alternative(agent, here, tokens) if agent is not None and agent.is_actor else None
        if either is not None:  # "Russian or regime airstrikes": one attacker, not known which
            agent, either = sorted((agent, either), key=lambda a: a.first)
            c.actor_note = f"{_NOTE_EITHER}{agent.name} or {either.name}"
        taken = {a.name for a in (agent, either) if a is not None}
        target = next((a for a in targets + others + held if a is not agent and a.name not in taken), None)
        if target is None:
            # «قتل 53 شخصاً، معظمهم من جامعي الكمأة، جراء هجوم»: the dead, told as civilians in an aside
            target = next((a for a in in_sentence if a.type == CIVILIANS
                           and not _AMONG_THEM.isdisjoint(_words_back(tokens, a.first, 2))), None)
        if target is None:
            # «قتل عنصر من قوات النظام، جراء قصف تركي»: the side of the dead, in a clause of its own
            target = next((a for a in dead if a.name not in taken), None)
        if target is None:
            target = _teller_hit(c, in_sentence, tokens, taken)
        if target is None:
            # "..., killing two Asayish members", «مقتل عنصرين من الفيلق الخامس»: the side its
            # counted dead or wounded are of, told in a clause of its own
            target = next((a for a in in_sentence if a.is_actor and a.first > c.trigger and a.name not in taken
                           and _counted_side(a, tokens)), None)
        partner = _partner(agent, here, tokens, helped) if agent is not None and agent.is_actor and either is None else None
        if partner is not None and english and c.cls == "clash" and target in (None, partner) \
                and tokens[c.trigger].text not in _ONE_SIDED or partner is not None and c.cls == "agreement":
            target, partner = partner, None  # "regime forces and rebels clashed", «وقعت قسد والنظام اتفاقاً»: the two sides
        if partner is not None:
            c.actor1 = f"{agent.name}; {partner.name}"  # joint attackers, ACLED's «;» list
            if target is partner:  # «قسد مدعومة من التحالف»: the supporter, then the next in line
                target = next((a for a in targets + others if a is not agent and a is not partner
                               and a.name not in (agent.name, partner.name)), None)
        elif agent is not None and agent.is_actor:
            c.actor1 = agent.name
        else:
            c.actor1 = c.implied
        if target is not None and not _among(target.name, c.actor1):
            c.actor2 = target.name
        if c.cls == "protest":
            c.actor1, c.actor2 = PROTESTERS, ""  # «مظاهرة ... بإسقاط النظام»: the regime is what they ask about
        # (asked of a retreat only)
        by_mark = c.retreat and agent is not None and bool(_words_before(tokens, agent.first, 2) & _AGENT_MARKS)
        if c.cls == "withdrawal" or (c.retreat and not by_mark):
            # "ISIS withdrew from al-Bab, handing it to the rebels": ACLED's actor1 is the side
            # that gains the place, actor2 the one that leaves it (unless the attackers are
            # marked as such: "withdrew after an assault by the SDF").
            c.actor1, c.actor2 = c.actor2, c.actor1
            if not c.actor1:
                # ", handing it to the rebels", «وتسليمها لقوات النظام»: the taker, in a clause of its own
                taker = next((a for a in in_sentence if a.first > c.trigger and a.is_actor and a.name != c.actor2
                              and _words_before(tokens, a.first, 1) & _HANDED_TO), None)
                c.actor1 = taker.name if taker is not None else ""

    def _answered(self, cands: list[Candidate], offset: int, n: int, by_clause: dict[int, list[ActorMention]],
                  in_sentence: list[ActorMention], tokens: list[Token]) -> None:
        """«قصفت قوات النظام كفرنبل ردا على هجوم الفصائل على مواقعها في أريحا», «يأتي التصعيد كانتقام
        على هجوم بطائرة مسيرة استهدف الأكاديمية الحربية في حمص»: the attack a reply answers (at the
        places named after the word of revenge, of the sentence's tokens `offset` to `offset + n`) is
        the other side's. Its actors are those named after that word, the replying side the one hit;
        none named, an unidentified group (left empty, the report's attacker of that kind, the
        replying side, would fill it: _fill_actors). A word of revenge that opens its clause with
        no attack told before it («وردا على المجزرة، قصفت ...») is followed by the reply."""
        w = next((k for k in range(offset + 1, offset + n) if _REVENGE_WORD[tokens[k].text]
                  and (tokens[k - 1].clause == tokens[k].clause or any(c.trigger < k for c in cands))), None)
        if w is None:
            return
        for c in cands:
            if c.cls not in VIOLENT or not (all(f.first > w for f in c.places) if c.places else c.trigger > w):
                continue
            reply = next((r for r in cands if r.trigger < w and r.actor1 and r is not c), None)
            c.actor1 = c.actor2 = c.actor_note = ""
            self._actors(c, [a for a in by_clause.get(c.clause, []) if a.first > w],
                         [a for a in in_sentence if a.first > w], tokens)
            if c.actor1 and reply is not None and _among(c.actor1, reply.actor1):
                c.actor1, c.actor2 = "", c.actor1  # «ردا على استهداف مواقع النظام»: the replying side hit
            if not c.actor1 and reply is not None and reply.actor2 and not _among(reply.actor2, c.actor2):
                c.actor1 = reply.actor2  # the side the reply hits
            c.actor1 = c.actor1 or UNKNOWN
            if not c.actor2 and reply is not None and not _among(reply.actor1, c.actor1):
                c.actor2 = reply.actor1

    def _figures(self, seg: Segmented, sent: Sentence, offset: int, cands: list[Candidate],
                 actors: list[ActorMention], sources: list[ActorMention], wide: bool, behind: list) -> None:
        """Casualty figures of a sentence (its first token at `offset`, its `actors` and `sources`)
        to its violent candidates; `wide`: it speaks of the whole war; `behind`: its words of
        background (outside its days)."""
        violent = [c for c in cands if c.cls in VIOLENT]
        if not violent:
            return
        figures = casualty_figures(sent.tokens, seg.words[offset:offset + len(sent.tokens)])
        if not figures:
            return
        given: list[tuple[Figure, Candidate]] = []  # each figure and the candidate that took it
        totals = _totals_of_incidents(sent.tokens, figures) + _running_totals(sent.tokens, figures)
        # «قصفت الطائرات البلدة اليوم، ووثقنا خلال العام الماضي 75 غارة أدت إلى مقتل 29»: a figure
        # told after words of a past period counts that period, not this event (unlike one after
        # words of how often: «بشكل متكرر اليوم، ما أدى لمقتل 3»)
        past = min((seg.tokens[i].start for i, j, _g in behind
                    if any(not _PAST_PERIODS.isdisjoint(t.readings) for t in seg.tokens[i:j])), default=len(seg.folded))
        for f in figures:  # new figures, this sentence's own: filled in place
            if f.value >= 10000 or (wide and f.value >= 1000) or f in totals or f.start > past or _age_rating(seg.folded, f):
                continue  # a war-wide toll, not this event's; the sum of several incidents told one by one
            if any(t.text in _ALLEGED for t in sent.tokens if t.start < f.start):
                continue  # «زعم مركز المصالحة ... أنها قضت على 120 مسلحاً»: a side's claim the report disowns
            at = offset + bisect_left(sent.tokens, f.start, key=_START)
            clause = seg.tokens[at].clause
            f.source = _source(f, sources, seg.tokens, clause)
            # «ثلاثة عناصر بهجوم نفذه داعش», "three soldiers killed by ISIS": the dead are not the attacker's
            # (nor the side that tells it: ", Turkish-backed fighters said")
            group = next((a for a in actors if f.end <= a.start <= f.window_end and a.is_actor
                          and not (a.first and seg.tokens[a.first - 1].text in _SUBORDINATORS)  # "when ISIS attacked"
                          and not _words_before(seg.tokens, a.first, 2) & _AGENT_MARKS
                          and not (a.last < len(seg.tokens) and seg.tokens[a.last].text in _SAID)), None)
            if group is not None and "fighters" in f.victims:
                f.victims = f.victims.replace("fighters", f"fighters of {group.name}")
            elif not f.victims and (side := _believed_side(seg.tokens, actors, f.end)) is not None:
                f.victims = f"fighters of {side.name}"  # «مقتل شخصين، يرجح أنهما من قسد»
            side = _other_side(f, at, given, seg.tokens, violent)
            if side is not None:
                g, owner = side
                summed = _add_sides(g, f)
                owner.figures[owner.figures.index(g)] = summed
                given[given.index(side)] = (summed, owner)
                continue
            # "..., killing 11": in English a toll in a clause of its own is that of the attack told
            # just before it; so is one in a clause that tells an outcome («، ما أسفر عن إصابة 3»).
            outcome = next(t.text for t in sent.tokens if t.clause == clause) in _OUTCOME_MARKS
            before = [c for c in violent if c.clause < clause and (outcome or is_latin(seg.tokens[c.trigger]))]
            # «استهدفت A، وB وC، مما أسفر عن استشهاد مواطن بين مدينتي A وB»: an outcome that says where
            # it fell is that of the attack told most narrowly at one of those places, not of the
            # latest one over the whole list
            fell = {p.match.place.id for c in violent for p in c.places if seg.tokens[p.first].clause == clause}
            held = sorted((c for c in before if any(p.match.place.id in fell for p in c.places)), key=lambda c: -len(c.places))
            before = held[-1:] if fell and outcome and held else before
            # «مقتل 5 في قصف على كفرنبل، و3 في قصف على أريحا»: each part of a clause its own toll.
            same = [c for c in violent if c.clause == clause]
            owner = next((c for c in same if c.span[0] <= at < c.span[1]), None) or next(iter(same), None) or max(
                before, key=lambda c: c.clause, default=violent[0])
            if f.at is not None and owner.places:
                # «قصفت الطائرات بلدتي A وB، وتسبب القصف بمقتل 5 في A»: a toll told of one of the places
                # an attack told before it in the sentence struck is that attack's, that place's alone (_shares)
                struck = {p.match.place.id for p in owner.places}
                owner = next((c for c in violent if c.clause < owner.clause and c.cls == owner.cls
                              and len(c.places) > len(struck) and struck <= {p.match.place.id for p in c.places}),
                             owner)
            owner.figures.append(f)
            given.append((f, owner))
        # «مقتل 7، هم 4 في X و3 في Y»: a total broken down into parts of several events is only theirs.
        for f, owner in given:
            if any(g.part_of == f.start and o is not owner for g, o in given):
                owner.figures.remove(f)

    def _updates(self, seg: Segmented, offsets: list[int], read: set[int], cands: list[Candidate],
                 sources: dict[int, list[ActorMention]], war_wide: set[int]) -> None:
        """"The toll later rose to nine", «وارتفعت حصيلة القتلى إلى 9», "SNHR put the toll at 36": a
        sentence that tells no attack (none of `read`, the sentences read for events) but a later
        toll, or a source's own, updates the last attack told with a toll before it: the sentence
        right after, or one of the next few in its paragraph (further on, a "rose to" is another story's).
        ACLED's own line of the toll ("3 fatalities.", "No fatalities.") is that of the last attack told
        before it, with a toll or none."""
        violent = sorted((c for c in cands if c.cls in VIOLENT), key=lambda c: (c.sentence.index, c.clause))
        tolled = [c for c in violent if c.figures]
        for index in range(violent[0].sentence.index + 1 if violent else len(seg.sentences), len(seg.sentences)):
            if index in read:
                continue
            sent, offset = seg.sentences[index], offsets[index]
            words = seg.words[offset:offset + len(sent.tokens)]
            if not _EARLIER.isdisjoint(words):
                continue  # "Earlier it had put the toll at 58": an older toll, no update of the latest
            trailer = "fatalities" in words
            owner = next((c for c in reversed(violent if trailer else tolled) if c.sentence.index < index), None)
            gap = range(owner.sentence.index + 1, index + 1) if owner else ()
            if len(gap) > 1 and (len(gap) > _UPDATE_REACH or any(_paragraph_break(seg, seg.sentences[k]) for k in gap)):
                owner = None  # too far
            # "An IED hit a patrol near X. Two members were injured.": the next sentence's toll alone,
            # of a kind the attack told has none of, is its
            after = next((c for c in reversed(violent) if c.sentence.index < index), None)
            after = after if after is not None and after.sentence.index == index - 1 else None
            if owner is None and after is None:
                continue
            figures = [f for f in casualty_figures(sent.tokens, words) if f.value < (1000 if index in war_wide else 10000)]
            for f in figures:
                f.source = _source(f, sources.get(index, []), seg.tokens, seg.tokens[offset].clause)
            if owner is not None and any(f.qualifier == "latest" or f.source or trailer or _more_victims(seg, f)
                                         for f in figures):
                if any(f.source and f.qualifier != "latest" for f in figures):
                    # another source's toll: the report's own figure is one side of a dispute
                    # (summarize), its total told (not its parts, nor who were among it)
                    for g in owner.figures:
                        if not g.source and g.part_of is None and not g.among:
                            g.source = _REPORT_SOURCE
                owner.figures.extend(figures)
            elif after is not None and figures and _only_a_toll(sent, words, figures) \
                    and {f.kind for f in figures}.isdisjoint(g.kind for g in after.figures):
                after.figures.extend(figures)

    def _statements(self, seg: Segmented, statements, found: list[Found], actors: list[ActorMention],
                    doc_id: str, report: dt.date | None) -> list[ControlRecord]:
        """«الخاضعة لسيطرة مقاتلي المعارضة», "held by": who holds the place named just before, as of the report."""
        out = []
        tokens = seg.tokens
        for k, j in statements:
            place = next((f for f in reversed(found) if f.last <= k and tokens[f.first].sentence == tokens[k].sentence
                          and _eligible(f)), None)
            faction = next((a for a in actors if j <= a.first <= j + 3 and a.type not in (SOURCE, CIVILIANS)), None)
            if place is not None and faction is not None:
                out.append(_statement(seg, place, faction.name, doc_id, report))
        return out

    def _fill_actors(self, cands: list[Candidate], blamed: dict[int, str], tokens: list[Token]) -> None:
        """An air strike, shelling, raid, clash or shooting with no named attacker takes the one the
        report names for the same kind of attack elsewhere (the headline's «غارات روسية», the force
        named for the first of two landings, the soldiers who fired the bullet); an attack still
        with none takes the side the sentence right after it, or the one after that, blames
        (`blamed`, _blamed: "... killed in an air strike on X. Activists blamed Russian jets.")."""
        named: dict[str, set[str]] = defaultdict(set)
        for c in cands:
            if c.actor1:
                named[CLASS_TYPES[c.cls][1]].add(c.actor1)
        told = [(p.sentence.index, CLASS_TYPES[p.cls][1], p.actor1) for p in cands if p.actor1]
        for c in cands:
            attackers = named[CLASS_TYPES[c.cls][1]]
            # Two attackers of that kind in one report (a round-up of several strikes): which
            # of them struck here the text does not say, unless those told just before share one.
            if not c.actor1 and c.cls in _FILLED and (
                    shared := next(iter(attackers)) if len(attackers) == 1 else _shared_attacker(c, attackers, told)):
                c.actor1, c.actor_note = shared, _NOTE_SAME_KIND
                if _among(c.actor2, c.actor1):
                    c.actor2 = ""
        # «الهجمات التي شنها داعش على المدينة. وشملت الهجمات قرى ...»: the attack word told
        # again with the article in the next sentence (the noun of «الهجمات الانتحارية» alone)
        # is the same attack, whatever kind the rest of its sentence makes it, and has its attacker
        # (not «الألغام»: mines told again are other mines, laid long before).
        for c in cands:
            word = tokens[c.trigger].text
            if not c.actor1 and c.cls in VIOLENT - {"ied"} and word.startswith("ال"):
                c.actor1 = next((p.actor1 for p in cands if p.actor1 and p.sentence.index == c.sentence.index - 1
                                 and word in (tokens[p.trigger].text, tokens[p.trigger - 1].text)), "")
        # (the blame may come a sentence later, after one that tells more of the attack but no attacker)
        told = {c.sentence.index for c in cands if c.actor1}
        for c in cands:
            at = c.sentence.index
            who = blamed.get(at + 1) or (blamed.get(at + 2) if at + 1 not in told else None)
            if who and c.actor1 in ("", UNKNOWN) and c.cls in VIOLENT and not _among(who, c.actor2):
                c.actor1, c.actor_note = who, _NOTE_BLAMED

    def _fallback(self, unplaced: list[Candidate], found: list[Found], places: list[Found],
                  tokens: list[Token]) -> list[Candidate]:
        """A report with violent triggers but no place beside any of them: the report's main place
        (its most mentioned Syrian place of `places`, those an event can be at, the earliest on a
        tie) is where they happened; not those told in a sentence that names a place abroad (a
        page's other news: «اغتيال قيادي في غزة»). A report that names no place at all makes events
        with no place of the attacks it tells with a toll ("an air strike killed five people,
        activists said"), an incident, not of others («هجمات بغاز الكلور», attacks in general) nor
        of deaths told with no word of how (an obituary says too little)."""
        if not any(c.cls in VIOLENT for c in unplaced):
            return []  # most reports
        abroad = {tokens[f.first].sentence for f in found
                  if f.match is not None and f.match.resolved and f.match.place.country != "SY"}
        violent = [c for c in unplaced if c.cls in VIOLENT and c.sentence.index not in abroad
                   and (places or not found and c.cls != "killing" and c.figures)]
        if not violent:
            return []
        places = [f for f in places if not _cared_at(f, tokens)] or places
        counts: dict[str, int] = defaultdict(int)
        for f in places:
            counts[f.match.place.id] += 1
        main = max(places, key=lambda f: (counts[f.match.place.id], -(f.match.precision or 3), -f.first), default=None)
        out = []
        for cls in dict.fromkeys(c.cls for c in violent):
            group = [c for c in violent if c.cls == cls]
            c = group[0]
            c.places = [main] if main is not None else []
            c.strength *= 0.6
            for other in group[1:]:
                c.figures.extend(other.figures)
            out.append(c)
        return out

    # -- events ---------------------------------------------------------------------------
    def _events(self, seg: Segmented, cands: list[Candidate], doc_id: str, report: dt.date | None,
                places: list[Found], headline: int) -> list[_Coded]:
        """`places`: the mentions an event can be at; `headline`: the sentences of the report's headline (_headline)."""
        out = []
        # Place mentions by where they begin, for the counts told «في»/"in" a place (_shares).
        place_at = {seg.tokens[f.first].start: f for f in places}
        for c in cands:
            event_type, sub = CLASS_TYPES[c.cls]
            # "Hezbollah and regime troops recaptured ...": the government among joint attackers.
            if c.cls == "capture" and any(_actor_type(a) == STATE for a in c.actor1.split("; ") if a):
                sub = GOVERNMENT_REGAINS
            sent = c.sentence
            start, end = seg.span(sent.start, sent.end)
            date, precision, note = _event_date(c.date, report)
            victims = ", ".join(dict.fromkeys(v for f in c.figures if f.kind == KILLED for v in f.victims.split(", ") if v))
            actor1, actor2 = of_its_day(c.actor1, date), of_its_day(c.actor2 or _side_hit(c.figures, c.actor1), date)
            shares = _shares(c, seg.tokens, place_at) if c.places else [_Share(None, c.figures, {KILLED: 1, INJURED: 1})]
            for k, share in enumerate(shares):
                f = share.place
                killed, injured = _tally(share, KILLED, k == 0), _tally(share, INJURED, k == 0)
                part = c.cls == "capture" and f is not None and _site_within(seg.tokens, c, f)
                fields = _place_fields(seg, c, f, place_at)
                if part:
                    fields["geo_precision"] = max(fields["geo_precision"] or NEAR, NEAR)
                out.append(_Coded(Event(
                    event_id="", doc_id=doc_id, event_type=event_type, sub_event_type=sub,
                    actor1=actor1, actor2=actor2, actor_note=c.actor_note,
                    **fields, event_date=date, time_precision=precision, date_note=note,
                    fatalities=killed[0], fatalities_low=killed[1], fatalities_high=killed[2],
                    fatalities_note=killed[3], injuries=injured[0], victims=victims,
                    notes=seg.text[start:end], sentence=sent.index, start=start, end=end,
                    confidence=_confidence(c, f.match.precision if f else None), doc_ids=[doc_id],
                    # a headline's «مجزرة في X», "Massacre in X" is the body's strike at X, of the kind the body says,
                    # as is a bombing told with no weapon, attacker or day of its own («أسفر القصف عن مقتل اثنين»)
                ), list(share.figures), share.split[KILLED], c.weak or c.guessed and (sent.index < headline or not c.actor1 and c.date is None),
                    c.date is not None,
                    f is not None and seg.tokens[f.first].sentence == sent.index < headline and _governorate_name(f),
                    part))
        return out


# «كلية المدفعية في حلب», "the artillery academy in Aleppo": a site that stands within a town
_SITES = _folded("كلية", "مدرسة", "فرع", "حاجز", "كتيبة", "معمل", "مشفى", "مستشفى", "معسكر", "ثكنة", "مقر", "مبنى",
                 "مصنع", "academy", "college", "school", "branch", "checkpoint", "base", "hospital", "barracks",
                 "factory", "headquarters", "building")


def _site_within(tokens: list[Token], c: Candidate, f: Found) -> bool:
    """Whether capture c takes a site named in place f, not f itself: «سيطرت الفصائل على كلية
    المدفعية في حلب», "seized the military academy in Homs" (a part of the town)."""
    k = f.first - 1
    if k <= c.trigger or tokens[k].text not in ("في", "in", "inside", "داخل"):
        return False
    return any(tokens[i].clause == tokens[k].clause and not _SITES.isdisjoint(tokens[i].readings)
               for i in range(max(c.trigger + 1, k - 4), k))


def _place_fields(seg: Segmented, c: Candidate, f: Found | None, place_at: dict[int, Found]) -> dict:
    """The Event fields of where candidate c happened: mention f (resolved), or no place;
    `place_at`: the report's place mentions by where they begin (_province_meant)."""
    if f is None:
        return {"location": "", "location_note": _NO_PLACE}
    m = f.match
    p = m.place
    elsewhere = seg.tokens[f.first].sentence != c.sentence.index
    province = _province_meant(seg.tokens, f, place_at)
    # and how the resolver placed it («a namesake far from the report's other places», a
    # village the sources list without coordinates)
    notes = ((_REFERRED_TO.format(c.referred) if c.referred else _PLACED_ELSEWHERE) if elsewhere else "",
             _AS_PROVINCE if province else "", m.note)
    return {"location": seg.original(*f.span(seg)), "location_note": "; ".join(filter(None, notes)),
            "name": p.name, "name_ar": p.name_ar or None, "lat": m.lat, "lon": m.lon, "place_id": p.id,
            "admin1": p.admin1 or None, "admin2": p.admin2 or None, "admin3": p.admin3 or None, "country": p.country,
            "geo_precision": 3 if province else m.precision}


# «مراسلنا في إدلب», «"الدفاع المدني" في إدلب», "our correspondent in Idlib": who serves a
# governorate is in the governorate, not (only) its city
_SERVING = _folded("مراسل", "مراسلنا", "مراسلة", "مراسلو", "مراسلي", "الدفاع", "correspondent", "reporter", "defence",
                   "defense")
_AS_PROVINCE = "the governorate its city is named for (placed at the city, its seat)"


def _province_meant(tokens: list[Token], f: Found, place_at: dict[int, Found]) -> bool:
    """Whether a city named as its governorate (_governorate_name: «في إدلب», no «مدينة») means the
    governorate: where a reporter or a service of it is (_SERVING), or beside a smaller place of that
    governorate in its sentence («قصف على إدلب وقرية كفرلاتا»), not a quarter or suburb of the city
    («في حي المشلب بالرقة»)."""
    if not _governorate_name(f):
        return False  # most places
    if not _SERVING.isdisjoint(_words_back(tokens, f.first, 5)):
        return True
    sentence, m = tokens[f.first].sentence, f.match
    return any(tokens[g.first].sentence == sentence and (g.match.precision or 3) < 3
               and g.match.place.admin1 == m.place.admin1 and not _governorate_name(g)
               and distance_km(g.match.lat, g.match.lon, m.lat, m.lon) > _COPY_REACH_KM for g in place_at.values())


@dataclass
class _Share:
    """One place of a candidate's event, with the casualty figures it takes and, per kind, how
    many places share them evenly."""

    place: Found | None  # None: an event the report names no place for
    figures: list[Figure]
    split: dict[str, int]


def _tally(share: _Share, kind: str, first: bool) -> tuple:
    """(best, low, high, note) of the figures of one kind that a share takes (_split); `first`: the
    share of an event's first place."""
    if not share.figures:
        return _NO_TALLY  # most events
    figures = [g for g in share.figures if g.kind == kind]
    if share.split[kind] > 1 and figures and all(g.qualifier == "vague" for g in figures):
        return _NO_TALLY  # «وسجلت عدة إصابات» over a list of places: a word, no count of any one place
    return _split(summarize(figures), share.split[kind], first)


_NO_TALLY = summarize([])


def _shares(c: Candidate, tokens: list[Token], place_at: dict[int, Found]) -> list[_Share]:
    """The events a candidate makes: each of its places, its figures split evenly over them; but
    a toll told place by place («بينهم 7 في مدينة إدلب و5 في بنش», "seven in Idlib and five in
    Binnish", or of one of the places struck) makes an event at each place it names, with its own
    part (ACLED codes one event per place), the parts told of one place added up. The total the parts break down goes to none;
    what is not broken down (the wounded of the whole) is split evenly, as for a list."""
    totals = {f.part_of for f in c.figures if f.part_of is not None}
    parts = [(f, m) for f in c.figures if f.start not in totals and (m := _counted_at(f, tokens, place_at))]
    named = list(dict.fromkeys(m.match.place.id for _f, m in parts))
    # No breakdown, or all its parts at one place: one event, as ever; but «قصفت قرى A وB وC،
    # واستشهد طفلان في قرية B»: the toll of one of the places struck is that place's alone.
    if len(named) < 2 and not (named and len(c.places) > 1 and named[0] in {p.match.place.id for p in c.places}):
        n = len(c.places)
        return [_Share(p, c.figures, {KILLED: n, INJURED: n}) for p in c.places]
    told = {f.kind for f, _m in parts}
    shared = [f for f in c.figures if f.kind not in told]
    own = {p.match.place.id: p for p in c.places}  # the attack's own mention of a place reads best
    places = [own.get(pid) or next(m for _f, m in parts if m.match.place.id == pid) for pid in named]
    places += [p for p in c.places if p.match.place.id not in named]  # struck, but no part told of it
    n = len(places)
    out = []
    for p in places:
        here = [f for f, m in parts if m.match.place.id == p.match.place.id]
        added = [replace(fs[0], value=sum(f.value for f in fs)) for kind in told
                 if (fs := [f for f in here if f.kind == kind])]
        out.append(_Share(p, added + shared, {kind: 1 if kind in told else n for kind in (KILLED, INJURED)}))
    return out


_START, _CLAUSE, _TEXT = attrgetter("start"), attrgetter("clause"), attrgetter("text")


def _counted_at(f: Figure, tokens: list[Token], place_at: dict[int, Found]) -> Found | None:
    """The place a figure was counted at («7 في مدينة إدلب», "five in the town of Binnish"): the
    mention that begins within a few words after its «في»/"in", in the same clause."""
    if f.at is None:
        return None
    k = bisect_left(tokens, f.at, key=_START)
    m = next((place_at[t.start] for t in tokens[k:k + 4] if t.start in place_at and t.clause == tokens[k].clause),
             None)
    if m is not None and m.last < len(tokens) and getattr(place_at.get(tokens[m.last].start), "conj", False):
        return None  # «في كل من القامشلي وكوباني», "in Qamishli and Kobani": counted over a list, at no one place
    return m


_HELD = re.compile(r"^([a-z]+)-(?:held|controlled)$")
_BASED_BEFORE = _folded("تتمركز", "يتمركز", "تتواجد", "يتواجد", "تنتشر", "ينتشر", "تتخذ", "يتخذ")
_BASED = {"based", "stationed", "deployed", "positioned"}
_USING = _folded("تستخدمها", "يستخدمها", "تستخدمه", "يستخدمه", "تستعملها", "يستعملها", "تتخذها", "يتخذها", "تتخذه", "يتخذه")
_RELATIVE = _folded("التي", "والتي", "الذي", "والذي")


def _toll_of_capture(seg: Segmented, placed: list[Candidate], unplaced: list[Candidate]) -> None:
    """"Troops recaptured X. Between 10 and 15 rebels were killed.": a toll told with no place
    right after a sentence that tells only the taking of a place (in the same paragraph) is that
    capture's (its deaths, or "the final assault", refer back to no attack of their own)."""
    for c in unplaced:
        before = [x for x in placed if x.sentence.index == c.sentence.index - 1]
        if c.figures and before and all(x.cls == "capture" for x in before) and not _paragraph_break(seg, c.sentence):
            before[-1].figures.extend(c.figures)
            c.figures = []


def _totals_of_incidents(tokens: list[Token], figures: list[Figure]) -> list[Figure]:
    """«وقعت 3 حوادث انفجار أدت لإصابة 9 مدنيين، كان الأول ... وأدى لإصابة 4»: a toll told after a count
    of several incidents, with a toll of the same kind after it, is their sum, no one incident's."""
    if _INCIDENTS.isdisjoint(t.text for t in tokens):
        return []  # (reading the sentence's numbers is dear)
    counts = [tokens[n.last].start for n in numbers(tokens) if n.value > 1 and not n.vague and n.last < len(tokens)
              and tokens[n.last].text in _INCIDENTS]
    out = []
    for k in {next((k for k, f in enumerate(figures) if f.start > c), None) for c in counts} - {None}:
        among = list(takewhile(attrgetter("among"), figures[k + 1:]))  # (and who were among it, «بينهم 7 أطفال»)
        if any(g.kind == figures[k].kind for g in figures[k + 1 + len(among):]):
            out += [figures[k], *among]
    return out


_INCIDENTS = _folded("حوادث", "انفجارات", "هجمات", "تفجيرات", "incidents", "attacks", "blasts", "explosions", "bombings")
_THEREBY = _folded("بذلك", "وبذلك", "بهذا", "وبهذا", "ليرتفع", "لترتفع", "ليصل", "لتصل", "ليبلغ", "لتبلغ", "bringing",
                   "brings")  # «ليرتفع بذلك عدد القتلى إلى 4», "bringing the death toll to 12"


def _tally_end(words: list[str], at: int) -> int:
    """Where the running total told from word `at` ends: a few words after the number it rises to
    («إلى 40 مدنيا»), or with its sentence («وبهذا يرتفع العدد إلى 5.أضاف المراسل أن القرية تشهد
    اشتباكات»: a sentence glued on goes on with another story)."""
    n = next((k for k in range(at + 1, len(words)) if words[k][:1].isdigit() or words[k] in NUMBER_WORDS), None)
    return len(words) if n is None else n + 1 + _TALLY_TAIL


_TALLY_TAIL = 2  # words after a total's number that still tell who it counts


def _told_before_tally(c: Candidate, tally: int, placed: bool) -> bool:
    """Whether candidate c is an event told before the running total at token `tally`: its word of
    attack before it, and a place named before it (`placed`) or more than the total's subject ("The
    shelling brings to 40 the number ...": the attack whose toll is counted, placed by the total's words)."""
    return c.trigger < tally and (placed or tally - c.trigger > _SUBJECT_WORDS)


_SUBJECT_WORDS = 2
_COUNT_NOUNS = _folded("عدد", "العدد", "حصيلة", "الحصيلة", "تعداد", "number", "toll", "total", "tally")
_TALLY_REACH = 5  # words from «بذلك», "brings" to the count it raises


def _tally_at(words: list[str]) -> int | None:
    """«وبذلك يرتفع عدد ضحايا القصف على ريف إدلب إلى 40», "This brings the number of civilians killed by
    shelling in Idlib to 40": the word (of a sentence's `words`) where it starts telling the running
    total that what it told before brings a count to; its words of attack are that total's, no event."""
    return next((i for i, w in enumerate(words) if w in _THEREBY
                 and not _COUNT_NOUNS.isdisjoint(words[i + 1:i + 1 + _TALLY_REACH]) and not _one_attack_s(words[i + 1:])), None)


def _running_totals(tokens: list[Token], figures: list[Figure]) -> list[Figure]:
    """«أدى القصف إلى مقتل عنصرين، ليرتفع بذلك عدد القتلى إلى 4، منهم 3 من قوات الحكومة»: a toll
    that what was just told brings a count to sums this attack's dead with earlier ones; the event's
    own is the one told before it (a figure of the same kind), not the total nor who are among it."""
    out: list[Figure] = []
    for k, f in enumerate(figures):
        if f in out or not any(g.kind == f.kind and g not in out for g in figures[:k]):
            continue
        g = figures[k - 1]
        a, b = bisect_left(tokens, g.end, key=_START), bisect_left(tokens, f.start, key=_START)
        cue = next((i for i in range(a, b) if tokens[i].text in _THEREBY), None)
        if cue is not None and not _one_attack_s(t.text for t in tokens[cue + 1:b]):
            out += [f, *takewhile(attrgetter("among"), figures[k + 1:])]
    return out


_THE_ATTACK = _folded("القصف", "الغارة", "الهجوم", "الاستهداف", "الضربة", "التفجير", "الانفجار", "المجزرة", "العدوان",
                      "strike", "airstrike", "attack", "shelling", "massacre", "blast", "bombing", "explosion")
_SPANS = _folded("منذ", "خلال", "الأسبوع", "الشهر", "العام", "الأيام", "ساعة", "الأخيرة", "الماضية", "since", "during",
                 "this", "recent", "week", "month", "year", "days", "hours")  # (a count over a span is of its attacks)


def _one_attack_s(words) -> bool:
    """Whether the words of a count a toll is raised to name one attack and no span of time: «وبذلك
    يرتفع عدد ضحايا القصف الإسرائيلي إلى 3» is that strike's toll, told again with a later death, not
    «عدد ضحايا القصف على ريف إدلب خلال الأسبوع»."""
    words = set(words)
    return not words.isdisjoint(_THE_ATTACK) and words.isdisjoint(_SPANS)

_UPDATE_REACH = 3  # sentences after an attack's toll within which a later toll updates it
_EARLIER = _folded("earlier", "previously", "سابقا", "سابق")  # «في وقت سابق»
_REPORT_SOURCE = "the report"  # who gave a figure no source is named for, when another source disputes it
_TOLL_ALONE = 12  # words of a sentence that only tells the toll of the attack before it
# «وأصيب 20 آخرون», "dozens more were wounded": more victims of the attack just told
_OTHERS = _folded("آخرون", "آخرين", "اخرون", "أخريات", "more", "others")


def _source(f: Figure, sources: list[ActorMention], tokens: list[Token], clause: int) -> str:
    """Who gave figure f, told in `clause`: the last of its sentence's `sources` named before it, in
    its clause or the one before."""
    src = [a for a in sources if a.end <= f.start and tokens[a.first].clause >= clause - 1]
    return src[-1].name if src else ""


def _based_after(a: ActorMention, tokens: list[Token]) -> bool:
    """Whether an English actor is told as being somewhere: "where US forces are based" (not "US
    forces based at the field shelled ...", who fired)."""
    k = a.last
    return k + 1 < len(tokens) and tokens[k].text in ("are", "is", "were", "was") and tokens[k + 1].text in _BASED \
        and tokens[k + 1].sentence == tokens[a.first].sentence


def _held(seg: Segmented, found: list[Found], doc_id: str, report: dt.date | None) -> list[ControlRecord]:
    """"the rebel-held town of Kafr Nabl", "ISIS-controlled Raqqa": a plain statement of who holds
    the place named right after, as of the report."""
    out = []
    if "-held" not in seg.folded and "-controlled" not in seg.folded:
        return out  # most reports: the words _HELD matches are in neither
    tokens = seg.tokens
    for f in found:
        before = [t for t in tokens[max(0, f.first - 2):f.first] if t.clause == tokens[f.first].clause]
        m = next((m for t in reversed(before) if (m := _HELD.match(t.text))), None)
        if m is None or not _eligible(f):
            continue
        side = m[1]
        faction = next((a for a in (canonical_actor(side), canonical_actor(side + " forces"))
                        if a not in (side, side + " forces")), None)
        if faction is not None and report is not None:
            faction = named_on(report, faction, segment(side).tokens)
        if faction is not None:
            out.append(_statement(seg, f, faction, doc_id, report))
    return out


def _statement(seg: Segmented, f: Found, faction: str, doc_id: str, report: dt.date | None) -> ControlRecord:
    """A plain statement that `faction` holds the place of mention `f`, as of the report."""
    m, tokens = f.match, seg.tokens
    sent = seg.sentences[tokens[f.first].sentence]
    return ControlRecord(doc_id, seg.original(tokens[f.first].start, tokens[f.last - 1].end), faction, "statement",
                         m.place.name, m.place.name_ar, m.lat, m.lon, m.place.id, m.place.admin1, m.precision,
                         report.isoformat() if report else None, seg.original(sent.start, sent.end))


def _outside_days(seg: Segmented, background: list, dates: list[DateMention]) -> list:
    """Background phrases (of one sentence, whose `dates` are given) that are no part of a date of
    one day: «الشهر الماضي» is a past period, but «في السابع عشر من الشهر الماضي» is the day an
    event happened."""
    days = [(d.start, d.end) for d in dates if d.precision == DAY]
    return [b for b in background if not any(a <= seg.tokens[b[0]].start < z for a, z in days)]


# «زعم», «مزاعم», "allegedly": words a report uses to disown what it passes on
_ALLEGED = _folded("زعم", "وزعم", "زعمت", "وزعمت", "يزعم", "تزعم", "مزاعم", "بزعم", "مزاعمه", "allegedly")


def _age_rating(folded: str, f: Figure) -> bool:
    """«فيديوهات صادمة (+18)», "(18+)": a warning that pictures are for adults, not 18 dead."""
    return f.value == 18 and "+" in (folded[f.start - 1:f.start], folded[f.end:f.end + 1])


_REVENGE = _folded("ردا", "انتقاما", "انتقام", "retaliation", "revenge", "reprisal", "response")  # «ردا على», «كانتقام من», "in response to"
_REVENGE_WORD = WordTable(lambda w: not _REVENGE.isdisjoint(readings(w)), 100_000)
_SINCE = _folded("منذ", "ومنذ", "since")
# the words of background phrases that name a past period («العام الماضي», «منذ أشهر», "last year"),
# not how often («بشكل متكرر»)
_PAST_PERIODS = _SINCE | _folded("العام", "عام", "السنة", "سنوات", "السنوات", "الأعوام", "الشهر", "شهر", "الأشهر",
                                 "أشهر", "الأسبوع", "الأيام", "أيام", "الفترة", "الآونة", "year", "years", "month",
                                 "months", "week")


def _over_a_period(seg: Segmented, background: list, dates: list[DateMention]) -> bool:
    """Whether a sentence counts what a period saw («منذ مطلع العام»، "since the start of the
    year") and names no day of its own: «ارتفع إلى 97 عدد الاستهدافات ... منذ مطلع العام، تسببت
    بمقتل 83» is a running total, wherever in the sentence the period stands, not an attack."""
    return not any(d.precision == DAY for d in dates) and any(
        seg.tokens[i].text in _SINCE for i, _j, _g in background)


_BELIEVED = _folded("يرجح", "ويرجح", "يعتقد", "ويعتقد", "يشتبه", "believed", "thought", "suspected",
                                   "reportedly")


def _counted_side(a: ActorMention, tokens: list[Token]) -> bool:
    """Whether the actor at `a` is the side of a count of men: a number right before it ("two
    Asayish members"), or a word for its men before «من»/"of" («عنصرين من», "three members of")."""
    k = a.first - 1
    if k < 1 or tokens[k].sentence != tokens[a.first].sentence:
        return False
    if tokens[k].text in ("the", "ال"):
        k -= 1
    if tokens[k].text in ("من", "of"):
        return _MEN_WORD[tokens[k - 1].text]
    return tokens[k].text.isdigit() or tokens[k].text in NUMBER_WORDS


_MEN = tuple(_folded("عنصر", "عناصر", "مقاتل", "جندي", "جنود", "member", "fighter", "soldier"))


def _dead_men_of(a: ActorMention, tokens: list[Token]) -> bool:
    """Whether the Arabic actor at `a` is the side of men told dead or wounded right before it
    («قتل ضابط في قوات النظام», «إصابة عنصرين من قسد»): a word of harm, maybe a number, a word
    for men, then «في» or «من»; or the men are the side's own in one phrase («مقتل أحد عناصر
    النظام», a word of men in its name: «عناصر الأسد»)."""
    k = a.first - 1
    if k < 2 or tokens[k - 2].sentence != tokens[a.first].sentence:
        return False
    if tokens[k].text in _OWNER_MARKS:
        # «قتل عنصران من "اللواء 12" التابع لقوات النظام»: men of one of the side's units
        k = next((n for n in range(k - 1, max(k - 5, 0), -1) if tokens[n].text == "من"), 0)
        if not k:
            return False
    if tokens[k].text in ("في", "من"):
        if k > 3 and tokens[k - 2].text == _OF_RANK:
            k -= 2  # «قتل ضابط برتبة عقيد في قوات النظام»: the man, then his rank
        k -= 1
    elif not _MEN_WORD[tokens[k].text]:
        k = a.first  # (not «في»/«من» nor a word of men before it: the one of its name, if any)
    if not _MAN_WORD[tokens[k].text]:
        return False
    j = k - 1 if tokens[k - 1].text.isdigit() or tokens[k - 1].text in NUMBER_WORDS else k
    return j > 0 and _HARMED_WORD[tokens[j - 1].text]


_RANKS = tuple(_folded("ضابط", "قيادي", "قائد", "مسؤول"))
# (asked before every actor of every candidate: each word's readings read once)
_MEN_WORD = WordTable(lambda w: any(r.startswith(_MEN) for r in readings(w)), 100_000)
_MAN_WORD = WordTable(lambda w: any(r.startswith(_MEN + _RANKS) for r in readings(w)), 100_000)
_HARMED_WORD = WordTable(lambda w: any(r.startswith(_HARMED) for r in readings(w)), 100_000)
_OF_RANK = fold("برتبة")[0]
_ITS = ("ها", "هم")  # «نقاطها», «عناصرهم»: the pronoun of an owner named before


def _teller_hit(c: Candidate, in_sentence: list[ActorMention], tokens: list[Token], taken: set[str]) -> ActorMention | None:
    """The armed side that tells the attack (a verb of saying beside it) when what the attack hit
    is told as its own, a post or men with a pronoun right after the trigger («قالت قسد إن
    الطيران التركي استهدف إحدى نقاطها»)."""
    own = next((t for t in tokens[c.trigger + 1:c.trigger + 4] if t.clause == tokens[c.trigger].clause
                and t.text.endswith(_ITS) and (t.text[:-2] in _TARGET_NOUNS or t.text[:-2].startswith(_MEN))), None)
    if own is None:
        return None
    return next((a for a in in_sentence if a.is_actor and a.last <= c.trigger and a.name not in taken and (
        a.first and not _SAID.isdisjoint(tokens[a.first - 1].readings)
        or not _SAID.isdisjoint(tokens[a.last].readings))), None)


_THAT = "ان"  # «أنّ», «إنّ» folded


def _tells_of_others(tokens: list[Token], a: ActorMention, trigger: int) -> bool:
    """Whether the Arabic actor is the subject of a verb of saying whose «أن» clause holds the
    trigger and speaks of no deed of its own («وأوضحت الأسايش أن القصف أدى إلى ...»): who tells
    it, no side of it (but «قالت قسد إنها استهدفت», «إن قواتها»: the teller's own attack)."""
    if is_latin(tokens[a.first]) or not a.first or a.last >= trigger or _SAID.isdisjoint(tokens[a.first - 1].readings):
        return False
    that = next((k for k in range(a.last, min(a.last + 4, trigger)) if tokens[k].text == _THAT), None)
    return that is not None and all(t.sentence == tokens[a.first].sentence and not t.text.endswith(_ITS + ("ه",))
                                    for t in tokens[that + 1:trigger + 1])


def _tells_its_losses(a: ActorMention, tokens: list[Token], here: list[ActorMention]) -> bool:
    """Whether the Arabic actor at `a` announces a harm suffered («قوى الأمن الداخلي تعلن إصابة 7
    أشخاص», «أعلنت قسد مقتل 3 من عناصرها»): who tells its losses, hit, not the attacker (but «قسد
    تعلن قتل قيادي في داعش» tells of its own attack, and «أعلن التحالف مقتل قيادي في داعش» of
    the dead of another side of `here`, the actors around)."""
    if is_latin(tokens[a.first]):
        return False
    # (the verb and the loss word first: few actors have them, and every test here is pure)
    if a.last < len(tokens) and _ANNOUNCES[tokens[a.last].text]:
        k = a.last + 1
    elif a.first and _ANNOUNCES[tokens[a.first - 1].text]:
        k = a.last
    else:
        return False
    if k < len(tokens) and tokens[k].text == "عن":
        k += 1
    return k < len(tokens) and any(r.startswith(_LOSSES) for r in tokens[k].readings) and not any(
        b.first > a.first and b.name != a.name and _dead_men_of(b, tokens) for b in here)


_ANNOUNCING = set(_folded("تعلن", "يعلن", "أعلنت", "أعلن"))
_ANNOUNCES = WordTable(lambda w: not _ANNOUNCING.isdisjoint(readings(w)), 100_000)  # asked around every actor
_LOSSES = tuple(_folded("إصابة", "مقتل", "مصرع", "استشهاد"))
_HARMED = tuple(_folded("قتل", "مقتل", "مصرع", "اصيب", "اصابه", "استشهد", "استشهاد", "جرح"))


def _believed_side(tokens: list[Token], actors: list[ActorMention], after: int) -> ActorMention | None:
    """The armed side the dead are said to belong to later in the sentence (`actors`, after
    folded offset `after`)."""
    return next((a for a in actors if a.start >= after and a.is_actor and _said_to_belong(_words_back(tokens, a.first, 3))),
                None)


def _attack_believed(tokens: list[Token], trigger: int, first: int) -> bool:
    """Whether only the attack's own words and "believed to be" stand between a trigger and the
    actor after it: the attack, not its victims, is said to be that side's."""
    between = [t.text for t in tokens[trigger + 1:first]]
    return 0 < len(between) <= 5 and all(w in _BELIEVED or w in ("to", "be") or w in _ATTACK_NOUNS for w in between)


# «بانتمائه إلى», «المنتمين لـ», "a member of", "affiliated with": the side someone belongs to.
_BELONGING = re.compile(r"(?:[وبلف]|ال|لل)*(?:انتما|منتم|ينتم|تنتم)|members?$|affiliated$|belong")
_BELONGING_WORD = WordTable(lambda w: _BELONGING.match(w) is not None, 100_000)  # asked of the words before actors
_ATTACK_NOUNS = {"strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "attack", "attacks", "shelling",
                 "bombardment"}


def _a_side(a: ActorMention, actors: list[ActorMention], tokens: list[Token]) -> bool:
    """Whether an actor among `actors` (those of a clause) is one of the clause's sides: not a
    source or civilians, nor one only charged with belonging to it, helping, or belonged to."""
    if not a.is_actor:
        return False
    back = _words_back(tokens, a.first, 3)
    return _CHARGE_MARKS.isdisjoint(back) and _SUPPORT_MARKS.isdisjoint(back[:2]) and not _sponsored(back) \
        and not _belongs(a, actors, tokens, back)


_DEAL_WORDS = _folded("اتفاق", "اتفاقا", "تسوية", "مصالحة", "deal", "agreement", "settlement", "truce")
# «برعاية روسية», «بوساطة تركية», "a deal brokered by Russia": who sponsors a deal is no side of
# what the deal brings about (the takeover it lets one side make), nor the side that yields.
_SPONSOR_MARKS = _folded("برعاية", "وبرعاية", "رعاية", "بوساطة", "وبوساطة", "وساطة", "بضمانة", "وبضمانة", "ضمانة",
                         "بضمان", "auspices")
_SPONSORED = {"brokered", "sponsored", "mediated", "guaranteed"}


def _sponsored(back: list[str]) -> bool:
    """Whether an actor (`back`: the words before it, _words_back) is named as a deal's sponsor:
    «برعاية روسية», «بوساطة من تركيا», "sponsored by Russia", "under the auspices of the UN"."""
    first = 1 if back[:1] in (["من"], ["of"], ["the"]) else 0
    return len(back) > first and (back[first] in _SPONSOR_MARKS or back[first] == "by" and back[first + 1:first + 2] != []
                                  and back[first + 1] in _SPONSORED)


def _belongs(a: ActorMention, actors: list[ActorMention], tokens: list[Token], back: list[str]) -> bool:
    """Whether the actor is named as the side someone belongs to («بانتمائه إلى داعش», "a member
    of ISIS"), or repeats such a name right after it («تنظيم الدولة (داعش)»; `actors`: those
    around it; `back`: the words before it, _words_back)."""
    if any(map(_BELONGING_WORD.__getitem__, back[:2])) or back[:1] in (["في"], ["من"]) and back[1:2] \
            and any(r.startswith(_RANKS) for r in readings(back[1])):
        return True  # (and «استهداف القيادي في حزب العمال»: the side of the officer hit)
    first = next((b for b in actors if b is not a and b.name == a.name and b.last <= a.first <= b.last + 1), None)
    return first is not None and any(map(_BELONGING_WORD.__getitem__, _words_back(tokens, first.first, 2)))


# «المليشيات المرتبطة بروسيا», «الفصائل الموالية لتركيا», «الجيش الوطني المدعوم من تركيا»
_PATRON_MARKS = _folded(*(p + w for w in ("المرتبطة", "المرتبط", "المرتبطين", "الموالية", "الموالي", "الموالين",
                                            "الموالون", "المدعوم", "المدعومة", "المدعومين", "المدعومتين", "المدعومون")
                          for p in ("", "و")), "مرتبطة", "موالية", "مدعومة", "مدعوم")


def _patron(back: list[str]) -> bool:
    """Whether the words before a side (nearest first) name it as the patron of the group before:
    «والمليشيات المرتبطة بروسيا», «المدعوم من تركيا». Like a helper, it is never what the group hit,
    and the attacker only when no other side is named (_partner still joins a backer to the attacker
    it backs)."""
    return bool(back) and (back[0] in _PATRON_MARKS or back[0] == "من" and back[1:2] != [] and back[1] in _PATRON_MARKS)


def _said_to_belong(back: list[str]) -> bool:
    """Whether an actor (`back`: the three words before it, _words_back) is the side someone is
    believed to belong to: «يرجح أنهما من قسد», "believed to be ISIS members" (not «يعتقد أن الجيش
    الإسرائيلي ...», who is believed to have acted)."""
    return bool(back) and back[0] in ("من", "be", "of") and not _BELIEVED.isdisjoint(back)


def _side_hit(figures: list[Figure], attacker: str) -> str:
    """The side the dead and wounded belong to, when the text names no target: civilians, or the
    one group its fighters are of ("killing seven ISIS fighters"). ACLED's actor2."""
    if not figures:
        return ""
    sides = set()
    for f in figures:
        for v in filter(None, f.victims.split(", ")):
            sides.add(canonical_actor("civilians") if v in ("civilians", "children") else v.removeprefix("fighters of "))
    side = sides.pop() if len(sides) == 1 else ""
    return side if side not in ("", "fighters", attacker) else ""


# "killing four soldiers, while two of the attackers were killed", «فيما قتل اثنان من المهاجمين»:
# the tolls of the two sides of one attack, told either side of "while", add up.
_WHILE = {"while", "whereas", "فيما", "وفيما", "بينما", "وبينما"}


def _other_side(f: Figure, at: int, given: list[tuple[Figure, Candidate]], tokens: list[Token],
                violent: list[Candidate]) -> tuple[Figure, Candidate] | None:
    """The figure (and its candidate) told before "while" whose toll figure f (at token `at`)
    adds to: one of the same kind and source, with no attack of its own told after "while"
    (then the toll is that attack's). None if f is no such other side."""
    if f.qualifier == "latest" or f.part_of is not None:
        return None
    for g, owner in reversed(given):
        if g.kind != f.kind or g.source != f.source or g.qualifier == "latest" or owner.cls == "killing":
            continue
        after = next((k for k in range(at, -1, -1) if tokens[k].start < g.end), at) + 1
        w = next((k for k in range(after, at) if tokens[k].text in _WHILE), None)
        if w is None or any(w < c.trigger < at and c.cls != "killing" for c in violent) or \
                _elsewhere_after(w, at, owner, tokens, violent):
            return None
        return g, owner
    return None


def _elsewhere_after(w: int, at: int, owner: Candidate, tokens: list[Token], violent: list[Candidate]) -> bool:
    """Whether the clause of the figure at token `at`, after "while" (token w), tells an attack
    of its own at a place of its own after the figure («، فيما قتل 3 مدنيين بقصف على قرية Y»):
    then the toll is that attack's, not the other side of `owner`'s."""
    clause = tokens[at].clause
    own = {p.match.place.id for p in owner.places}
    return any(c.trigger > at and tokens[c.trigger].clause == clause and c.cls != "killing" and not c.generic
               and c.places and not own & {p.match.place.id for p in c.places} for c in violent)


def _add_sides(g: Figure, f: Figure) -> Figure:
    """One toll of both sides: figure g with figure f's dead or hurt added."""
    high = (g.high or g.value) + (f.high or f.value) if g.high or f.high else None
    victims = ", ".join(dict.fromkeys(v for v in (g.victims + ", " + f.victims).split(", ") if v))
    return replace(g, value=g.value + f.value, high=high, victims=victims, window_end=max(g.window_end, f.window_end))


_SNIPER = tuple(fold(w)[0] for w in ("قناص", "قنص", "sniper"))
_SNIPERS = fold("قناص")[0]  # the men, not «قنص», the shooting («قنص جنود أتراك» hit them)


def _shots_in_battle(cands: list[Candidate]) -> None:
    """Shots that hit only fighters of an armed side are a battle (ACLED's armed clash), not
    violence against civilians: a sniper's between two named sides («قتل عنصر من قوات النظام
    برصاص قناص من الفصائل»), or any told with clashes in the same sentence ("killed by sniper
    fire ..., while an HTS fighter was killed in the same clashes"), whose other side is the
    attacker. An execution or assassination with no clash told stays an attack."""
    clash = next((c for c in cands if c.cls == "clash"), None)
    for c in cands:
        if c.cls != "attack_civ":
            continue
        victims = {v for f in c.figures for v in f.victims.split(", ") if v}
        if victims & {"civilians", "children"} or _actor_type(c.actor2) in ("", CIVILIANS):
            continue
        if clash is not None:
            c.cls = "clash"
            c.actor1 = next((a for a in (c.actor1, clash.actor1, clash.actor2) if a and a != c.actor2), "")
        elif c.actor1 and _actor_type(c.actor1) != CIVILIANS and any(
                r.startswith(_SNIPER) for t in c.sentence.tokens if t.clause == c.clause for r in t.readings):
            c.cls = "clash"


_OPERATION = _folded("معركة", "عملية", "غزوة", "battle", "operation")


def _in_hashtag(seg: Segmented, k: int, j: int) -> bool:
    """Whether tokens k..j lie in a hashtag of several words, joined by "_" (folding keeps both
    marks), or are a word of battle right before one («لمعركة #فجر_الحرية»: the operation's name)."""
    a, b = seg.tokens[k].start, seg.tokens[j - 1].end
    before = seg.folded[a - 1:a]
    if before in ("#", "_") and "_" in (before, seg.folded[b:b + 1]):
        return True
    if seg.folded[b:b + 2].lstrip()[:1] != "#" or j == len(seg.tokens):
        return False
    joined = seg.tokens[j].end  # the hashtag's first word, joined to the next
    return seg.folded[joined:joined + 1] == "_" and not _OPERATION.isdisjoint(seg.tokens[j - 1].readings)


_MARTYRS = _folded("شهيد", "شهيدة", "شهيدا", "شهيدان", "شهيدين", "شهداء")
_TITLED = _folded("الشهيد", "الشهيدة", "الشهيدان", "الشهيدين", "لشهيد")  # «الشهيد فلان»: before a name
_DIED = _folded("توفي", "توفيت")  # «توفي إلى رحمة الله»: an obituary's word of death, mourned like a martyr's
# prayers, obituaries, name lists and photo captions («رحمه الله», «ننعى», «أسماء الشهداء», «صورة»)
_MOURNING = _folded("رحمه", "رحمها", "رحمهم", "رحمهما", "يرحم", "يرحمه", "يرحمها", "يرحمهم", "يرحمو", "يرحمون", "ارحم",
                    "تقبل", "تقبله", "تقبلها", "تقبلهم", "تقبلهما", "يتقبل", "يتقبله", "يتقبلها", "يتقبلهم",
                    "يتقبلك", "ننعى", "ننعي", "ينعى", "تنعى", "نعي", "نعوة", "صورة", "صور", "أسماء", "تشييع", "جنازة",
                    "راجعون", "جناته", "الفردوس", "عليين", "تزف", "يزف", "بإذن", "المرحوم", "مرحوم")
_HOW_KILLED = _folded("جراء", "إثر", "نتيجة", "بفعل", "بسبب", "برصاص", "بنيران", "رصاص", "نيران")
# (read over a whole sentence: each word's readings looked up once)
_MOURNING_WORD = WordTable(lambda w: not _MOURNING.isdisjoint(readings(w)), 100_000)
_HOW_KILLED_WORD = WordTable(lambda w: not _HOW_KILLED.isdisjoint(readings(w)), 100_000)
_IN = _folded("في", "داخل", "قرب")


def _mourned(tokens: list[Token], k: int, first: int, n: int, told: set[str], place_at: dict) -> bool:
    """Whether the martyr noun at token k names the dead of a post that mourns them («الشهيد البطل
    فلان», «أسماء شهداء البلدة ... رحمهم الله», «صورة لشهيد»; its sentence the n tokens from
    `first`): no killing told, unless its sentence says how («جراء غارة», another kind of attack
    among the `told`) or where («في بلدة X») they were killed."""
    if _MARTYRS.isdisjoint(tokens[k].readings) and _DIED.isdisjoint(tokens[k].readings) or not told.isdisjoint(
            _FIGHTING - {"killing"}):
        return False
    sentence = tokens[first:first + n]
    if _TITLED.isdisjoint(tokens[k].readings) and not any(map(_MOURNING_WORD.__getitem__, map(_TEXT, sentence))):
        return False
    return not any(map(_HOW_KILLED_WORD.__getitem__, map(_TEXT, sentence))) and not any(
        m in place_at and m - 1 not in place_at and tokens[m - 1].text in _IN and not _MOURNING_WORD[tokens[m].text]
        for m in range(first + 1, first + n))  # («في الفردوس», "in paradise", is where they rest)


_FOLLOWED = _folded("تبعت", "تبع", "تلت", "تلا", "أعقبت", "أعقب")  # «وتبعت الغارات قصف»: what came after the raids
_SIMILAR_KINDS = ("air", "drone", "shelling")
_ASSAULT = tuple(_folded("هجوم", "هجمات", "هاجم", "attack"))


def _similar_to(tokens: list[Token], k: int, j: int, triggers: list) -> str | None:
    """The kind of the attack the generic word at tokens k..j is told as like («قصف مماثل», "a
    similar strike"): the last one of a weapon named before it in its sentence."""
    after = tokens[j].text if j < len(tokens) and tokens[j].sentence == tokens[k].sentence else ""
    if after not in _SIMILAR and not (k and tokens[k - 1].text == "similar"):
        return None
    return next((e.cls for m, _n, e in reversed(triggers) if m < k and e.cls in _SIMILAR_KINDS), None)


def _flown_attack(tokens: list[Token], k: int, place_at: dict) -> bool:
    """Whether aircraft make the attack word at token k («شنت طائرات إسرائيلية هجوما», «هاجمت طائرات
    روسية», "jets attacked"): within three words before it or right after, in its clause. («اقتحموا»,
    "stormed" are on foot, whatever flew beside them.)"""
    if not any(r.startswith(_ASSAULT) for r in tokens[k].readings):
        return False
    clause = tokens[k].clause
    return any(tokens[n].clause == clause and n not in place_at and any(r.startswith(_AIRCRAFT) for r in tokens[n].readings)
               for n in range(max(0, k - 3), min(len(tokens), k + 2)) if n != k)


# what gives an attack a time of its own («أمس», «يوم الاثنين», "on Monday")
_WHEN = _folded("اليوم", "أمس", "الليلة", "صباح", "مساء", "فجر", "ظهر", "ليلة", "الاثنين", "الثلاثاء", "الأربعاء",
                "الخميس", "الجمعة", "السبت", "الأحد", "today", "yesterday", "tonight", "monday", "tuesday", "wednesday",
                "thursday", "friday", "saturday", "sunday")


def _remark(toks: list[Token], offset: int, place_at: dict, actor_at: dict) -> int | None:
    """The clause of a sentence (its tokens `toks`, the first at document index `offset`) that opens
    on an attack told before as its subject («الهجوم الذي استهدف الصحفيين ليس الأول من نوعه», «هذه
    الهجمات على الصحافة هدفها ...», "these attacks aim to ...") and names no place, side or day of
    its own, in a sentence with no number: a remark on that attack, no new one."""
    lead = 1 if len(toks) > 2 and toks[0].text in DEMONSTRATIVES else 0
    head = toks[lead]
    if not (head.text in _ATTACK_NOUNS and lead if is_latin(head) else not _ANAPHORIC.isdisjoint(head.readings)):
        return None
    clause = toks[0].clause
    for n, t in enumerate(toks, offset):
        if t.clause == clause and (n in place_at or n in actor_at or not _WHEN.isdisjoint(t.readings)) or \
                t.text.isdigit() or not NUMBER_WORDS.isdisjoint(t.readings):
            return None
    return clause


_EARLIER_AFTER = _folded("سابق", "سابقة", "السابق", "السابقة", "سابقا")
# "an unexploded cluster bomb", «مخلفات القصف» (what an attack left): told of what went off later
_EARLIER_BEFORE = {"earlier", "previous", "past", "prior", "unexploded", "leftover",
                   *_folded("مخلفات", "خلفها", "خلفه", "خلفته")}
# (alone, «قياديا سابقا» is "a former leader")
_BEFORE_NOW = _EARLIER | _folded("before")
_SIMILAR = _folded("مماثلة", "مماثل", "similar")
# (asked of the words around every trigger: each word lowered and looked up once)
_SIMILAR_WORD = WordTable(lambda w: w.lower() in _SIMILAR, 100_000)
_BEFORE_NOW_WORD = WordTable(lambda w: w.lower() in _BEFORE_NOW, 100_000)
_ANNIVERSARY = _folded("anniversary", "الذكرى", "ذكرى", "لذكرى")
_BACK_CUES = _ANNIVERSARY | {"from", "of", "after"}  # what _earlier looks for before a trigger


def _anniversary(t: Token) -> bool:
    """Whether the word is «ذكرى» (with its clitics: «بذكرى», «لذكرى») or "anniversary"."""
    return not _ANNIVERSARY.isdisjoint(t.readings)


_PERIODS = {"year", "years", "months", "month", "decade"}
_LONG = ("-month", "-year", "-week", "-day", "-long")  # "a two-month siege", "a weeks-long battle"
_UNEXPLODED = tuple(_folded("منفجر", "المنفجر"))
_AFTER_CUES = _EARLIER_AFTER | {"غير"}  # what _earlier looks for after a trigger
# «نزوح ... جراء القصف», "fled due to the shelling": the flight is told, its cause is background
_DISPLACED = tuple(_folded("نزوح", "نزح", "تهجير", "displace", "fled", "flee"))
_CAUSED_BY = _folded("جراء", "بسبب", "نتيجة", "بفعل")
_CAUSE_WORDS = _CAUSED_BY | {"due", "because"}  # a cause of the harm told
_CAUSE_FIRST = _CAUSED_BY | {"to", "of"}  # ("due to", "because of", read backwards)
_ON_TARGET = _folded("على", "on")
_DISPLACED_REACH = 25  # tokens back from the cause to the word of flight
# The adjectives of an attack's author or weapon that may stand before «سابق»
_ATTACK_ADJECTIVES = _folded("تركي", "تركية", "روسي", "روسية", "إسرائيلي", "إسرائيلية", "أمريكي",
                                           "أمريكية", "إيراني", "إيرانية", "جوي", "جوية", "مدفعي", "مدفعية",
                                           "صاروخي", "صاروخية")


# An operation that "targeted" someone («عملية إنزال جوي استهدفت منزل», «الحملة استهدفت منازل
# المدنيين»): a raid told by its own words, the verb naming whom it was aimed at.
_PREPARING = _folded("تحضيرا", "تحضيراً", "استعدادا", "استعداداً", "تمهيدا", "تمهيداً", "preparation", "preparations")
_PREPARED_REACH = 3  # words back from an attack to the word of what it is prepared by («تمهيداً لشن هجوم»)
_OPERATIONS = _folded("عملية", "إنزال", "انزال", "مداهمة", "حملة")
_AIMED = ("استهدف", "يستهدف", "تستهدف")


def _aimed_operation(tokens: list[Token], k: int) -> bool:
    """Whether the strike word at token k is the verb «استهدف» with an operation for its subject,
    up to two words between them in its clause («عملية مماثلة استهدفت», «العملية استهدفت»)."""
    if not tokens[k].text.lstrip("و").startswith(_AIMED):
        return False
    return any(tokens[i].clause == tokens[k].clause and not _OPERATIONS.isdisjoint(tokens[i].readings)
               for i in range(max(0, k - 3), k))


# «منذ سيطرة الفصائل على عفرين», «بعد سيطرتها على المدينة», «غداة دخول الهيئة إلى عفرين», «خلال ست
# سنوات من سيطرة الفصائل»: a capture named to say when something else happened, or since when it
# goes on; no capture told.
_SINCE_TAKING = _folded("منذ", "ومنذ", "بعد", "وبعد", "عقب", "غداة", "إثر")
_YEARS = ("سن", "عام", "اعوام")  # «سنوات», «سنتين», «عامين», «أعوام», folded


def _since_taken(tokens: list[Token], k: int) -> bool:
    """Whether the capture word at token k is a noun right after «منذ», «بعد», «غداة» or after the
    «من» of «سنوات من»."""
    if k == 0 or tokens[k - 1].sentence != tokens[k].sentence:
        return False
    before = tokens[k - 1].text
    return before in _SINCE_TAKING or before == "من" and k > 1 and tokens[k - 2].readings[-1].startswith(_YEARS)


def _earlier(tokens: list[Token], k: int, j: int) -> bool:
    """Whether the trigger at tokens k..j is told as an earlier attack: «غارات سابقة», «قصف تركي
    سابق» (a nationality between), "a previous strike", "earlier attacks"."""
    sentence = tokens[k].sentence
    # (asked of every trigger: the words looked for are first sought at C speed, and most are absent)
    if not _AFTER_CUES.isdisjoint(map(_TEXT, tokens[j:j + 2])):
        after = [t.text for t in tokens[j:j + 2] if t.sentence == sentence]
        if after and (after[0] in _EARLIER_AFTER or len(after) == 2 and after[1] in _EARLIER_AFTER
                      and after[0] in _ATTACK_ADJECTIVES):
            return True
        if after[:1] == ["غير"] and after[1:2] and after[1].startswith(_UNEXPLODED):
            return True  # «قذيفة غير منفجرة»: left by an earlier attack, it went off now (an IED for ACLED)
    if k > 0 and tokens[k - 1].sentence == sentence and tokens[k - 1].text in _EARLIER_BEFORE:
        return True
    if k > 0 and tokens[k - 1].sentence == sentence and tokens[k - 1].text in _WAS and \
            tokens[k].text.startswith(_PRESENT_PREFIX):
        return True  # «وكان يختطف النساء بانتظام»: what one used to do, no incident of the day
    if _flight_cause(tokens, k, j):
        return True
    # (two words back: "similar attacks hit", where the verb is the trigger)
    clause = tokens[k].clause
    if any(map(_SIMILAR_WORD.__getitem__, map(_TEXT, tokens[max(0, k - 2):j + 5]))):
        near = [t.text for t in tokens[max(0, k - 2):j + 5] if t.clause == clause]
        if any(map(_SIMILAR_WORD.__getitem__, near)) and any(map(_BEFORE_NOW_WORD.__getitem__, near)):
            return True  # «هجمات مماثلة تعرضت لها سابقا المدينة», "similar attacks hit the town before"
    # "a year after the chemical attack", "on the anniversary of the massacre", «في الذكرى السنوية لمجزرة»
    if _BACK_CUES.isdisjoint(map(_TEXT, tokens[max(0, k - 5):k])):
        return False  # (none of the words looked for below among the five before)
    back = [t.text for t in reversed(tokens[max(0, k - 5):k]) if t.sentence == sentence]  # ("after" ends no look here)
    bare = [w for w in back if w != "the"]
    if bare[:3] == ["from", "over", "left"] or bare[:2] in (["from", "leftover"], ["of", "remnants"]):
        return True  # "a mine left over from the fighting": what an earlier battle left, not a battle now
    if "after" not in back[:3]:
        return not _ANNIVERSARY.isdisjoint(back)
    at = back.index("after")
    # "a year after the chemical attack"; "took Manbij after a two-month siege": what led to it
    return not _PERIODS.isdisjoint(back[at:]) or any(w.endswith(_LONG) for w in back[:at])


# «الهجمات المستمرة», «القصف التركي المستمر», «الانتهاكات المتكررة»: attacks told as going on and on
_ONGOING = _folded("المستمرة", "المستمر", "المتواصلة", "المتواصل", "المتكررة", "المتكرر")
# «أسفرت الاشتباكات المتواصلة عن مقتل»: what the fighting did (with _CAUSE_MARKS: what it was done by)
_BROUGHT_ABOUT = _folded("أسفرت", "وأسفرت", "أسفر", "وأسفر", "أدت", "وأدت", "أدى", "وأدى", "خلفت", "وخلفت", "خلف", "وخلف")


def _ongoing_campaign(tokens: list[Token], k: int, j: int) -> bool:
    """Whether the trigger at tokens k..j speaks of a campaign as a whole: a definite noun with a
    word of its going on after it (a nationality between: «الهجمات المستمرة لنظام الأسد تشكل خطراً
    على المدنيين», «في خضم هذا القصف الروسي المستمر»), a threat or a cause of suffering, no incident.
    One told as what hurt someone now («أصيب أربعة نتيجة القصف التركي المستمر», «أسفرت الاشتباكات
    المتواصلة عن مقتل عنصرين») is that incident."""
    after = [t.text for t in tokens[j:j + 2] if t.clause == tokens[k].clause]
    if not after or after[0] not in _ONGOING and not (
            len(after) == 2 and after[1] in _ONGOING and after[0].removeprefix("ال") in _ATTACK_ADJECTIVES):
        return False  # (most triggers: no such word after them)
    back = _words_back(tokens, k, 2)
    return _definite(tokens[k]) and _CAUSE_MARKS.isdisjoint(back) and _BROUGHT_ABOUT.isdisjoint(back)


def _flight_cause(tokens: list[Token], k: int, j: int) -> bool:
    """Whether the trigger at tokens k..j is the cause of a flight told before it, with no target
    after it («سجلت نزوح عائلات من البلدة مطلع الشهر جراء القصف المكثف», "thousands fled due to the
    fighting"): a wave of displacement over days, no attack event. «نزوح الأهالي نتيجة القصف على
    القرية» names the attack's target: that one is told."""
    if not k or tokens[k - 1].text not in _CAUSE_FIRST and tokens[k - 1].text != "the":
        return False  # (most triggers: the word before can start no cause, "the" aside)
    back = [w for w in _words_back(tokens, k, 3) if w != "the"]
    if not back or not (back[0] in _CAUSED_BY or back[:2] in (["to", "due"], ["of", "because"])):
        return False  # (most triggers: a set lookup)
    clause = tokens[k].clause
    if any(t.text in _ON_TARGET for t in tokens[j:j + 4] if t.clause == clause):
        return False
    for t in reversed(tokens[max(0, k - _DISPLACED_REACH):k - 1]):
        if t.sentence != tokens[k].sentence or _HARMED_WORD[t.text]:
            return False  # «نزح الأهالي وقتل مدنيان جراء القصف»: the attack that killed is told
        if any(r.startswith(_DISPLACED) for r in t.readings):
            return True
    return False


_ENTERED = _folded("دخل", "دخلت", "دخول", "entered")
_TIME_ENTERED = _folded("يومها", "يومه", "أسبوعها", "أسبوعه", "شهرها", "شهره", "عامها", "عامه")
_PEOPLE_PRONOUNS = _folded("عليهم", "عليهما", "عليهن")
# What is entered or seized that is no ground: houses, goods, a new year, a truce («دخول الهدنة حيز التنفيذ»).
_ON = _folded("على", "over")  # («on» after an English verb is mostly a day: "captured X on Monday")
_HOLDING = {"manned", "run", "held", "controlled", "operated", "staffed", "guarded", "occupied", "used", "owned"}


_SEEKING = _folded("بحثا", "searching", "search", "hunting", "looking")
_SOUGHT_LINKS = _folded("عن", "for", "of")  # «بحثا عن», "searching for", "in search of"


def _marked_by(back: list[str], links: frozenset[str] | set[str], verbs: frozenset[str] | set[str]) -> bool:
    """Whether the words before an actor are a verb of `verbs` and its word of `links`, maybe with
    words of the actor's own between: "manned by Kurdish YPG militiamen", "held by fighters of the
    SDF" (who holds what was hit); «بحثا عن عناصر من داعش», "searching for ISIS cells" (whom a raid
    is after)."""
    k = next((k for k, w in enumerate(back[:4]) if w in links), None)
    return k is not None and back[k + 1:k + 2] != [] and back[k + 1] in verbs


_STATE_OF_CONTROL = _folded("وتسيطر", "ويسيطر")  # a headline's «تسيطر» is news; «وتسيطر» in the body a state
_CONTROL_WORDS = _folded("لسيطرة", "سيطرة", "لنفوذ", "نفوذ", "held", "controlled")
_NOT_GROUND = _folded("منازل", "منزل", "منزلين", "منزلا", "بيوت", "بيت", "ممتلكات", "أملاك", "محلات", "سيارات", "سيارة",
                                    "أموال", "مواشي", "أغنام", "عقارات", "شقق", "العام", "الشهر", "السنة", "شهر",
                                    "رمضان", "حيز", "الهدنة", "مرحلة", "houses", "homes", "property", "properties",
                                    "cars", "vehicles", "shops", "livestock", "force", "year",
                                    "week", "month", "day", "phase", "stage",  # "the offensive entered its fifth week"
                                    # people and arms taken: "capturing two soldiers", «أسر عناصر», "seized weapons"
                                    "soldiers", "soldier", "fighters", "fighter", "troops", "militants", "members",
                                    "prisoners", "civilians", "people", "officers", "officer", "weapons", "arms",
                                    "ammunition", "tanks", "tank", "أسلحة", "ذخائر", "ذخيرة", "أسرى", "جنود")


_AREAS = _folded("مناطق", "منطقة")
_HEADING = _folded("باتجاه", "نحو", "إلى")


def _heading_to(back: list[str]) -> bool:
    """Whether the words before an actor, nearest first, are a side's areas after a word of heading
    («باتجاه مناطق قسد», «نحو مناطق سيطرة النظام»)."""
    k = 1 if back[:1] and back[0] in _CONTROL_WORDS else 0
    return len(back) > k + 1 and back[k] in _AREAS and back[k + 1] in _HEADING


def _takes_ground(c: Candidate, tokens: list[Token]) -> bool:
    """Whether a capture takes ground, so that the control map may show it: not an aid convoy or
    the new year that "entered" («دخلت قافلة مساعدات», «بعد دخول العام الجديد»: entering needs an
    armed side), fear that «سيطر عليهم», or houses seized («استولت على منازل المدنيين»)."""
    word = tokens[c.trigger].text
    if word in _STATE_OF_CONTROL or (c.trigger and tokens[c.trigger - 1].text == "عن" and word == "سيطره"):
        return False  # «وتسيطر قسد على منطقة واسعة», «الخارجة عن سيطرة النظام»: who holds what, no change
    if _areas_held(tokens, c.trigger):
        return False
    after = [t for t in tokens[c.trigger + 1:c.trigger + 10] if t.sentence == c.sentence.index]
    if after and not _PEOPLE_PRONOUNS.isdisjoint(after[0].readings):
        return False
    # what was taken: the words after «على» (a subject may stand between), else after the verb
    on = next((n for n, t in enumerate(after) if t.text in _ON), None)
    taken = [t for t in (after[on + 1:on + 5] if on is not None else after[:4]) if t.clause == c.clause]
    if any(not _NOT_GROUND.isdisjoint(t.readings) for t in taken):
        return False
    if _heading_to([t.text for t in after[2::-1]]):
        return False  # «أثناء دخوله إلى مناطق سيطرة النظام»: into the ground a side holds
    if not _ENTERED.intersection(tokens[c.trigger].readings):
        return True
    if any(t.text in _TIME_ENTERED for t in after if t.clause == c.clause):
        return False  # «مع دخول الاشتباكات في محيط المدينة يومها السادس»: a time entered, no ground
    return bool(c.actor1) and _actor_type(c.actor1.split("; ")[0]) in (STATE, NON_STATE, EXTERNAL)


# «مناطق سيطرة النظام», «بين سيطرة النظام ومناطق قسد», «تحت سيطرة»: the words before a noun or
# present verb of control that make it tell who holds an area
_HOLDING_BEFORE = _folded("مناطق", "منطقة", "المناطق", "المنطقة", "ومناطق", "بين", "تحت", "الخاضعة", "خاضعة")


def _areas_held(tokens: list[Token], k: int) -> bool:
    """Whether the word of control at k tells who holds an area, not that it changed hands: «إلى
    مناطق سيطرة قوات النظام», «مصدره المناطق التي تسيطر قسد», «مناطق تسيطر عليها» (but «المناطق
    التي سيطرت عليها الفصائل»: a past taking)."""
    before = tokens[k - 1].text if k else ""
    return before in _HOLDING_BEFORE or before in _RELATIVE and tokens[k].text.startswith(_PRESENT_PREFIX)


def _taken_after_withdrawal(cands: list[Candidate]) -> list[Candidate]:
    """"X took Ariha after the rebels withdrew", «انسحبت الفصائل من أريحا وسيطرت عليها قوات النظام»:
    a withdrawal told beside the capture of its place is that capture, which the side that left
    loses; so is an expulsion told by who was expelled alone, at no place of its own («سيطرت قسد
    على الرقة بعد طرد آخر عناصر داعش من الملعب»)."""
    losses = [c for c in cands if c.cls == "withdrawal" or (
        c.cls == "capture" and not c.actor1 and c.actor2 and (not c.places or c.retreat))]
    captures = [c for c in cands if c.cls == "capture" and all(c is not x for x in losses)]
    if not captures or not losses:
        return cands
    out = []
    for c in cands:
        taken = next((t for t in captures if any(c is x for x in losses) and (
            not c.places or not t.places or {f.key for f in c.places} & {f.key for f in t.places})), None)
        if taken is None:
            out.append(c)
            continue
        if not taken.actor2 and c.actor2 and c.actor2 != taken.actor1:
            taken.actor2 = c.actor2  # the side that withdrew (actor2 of a withdrawal)
        taken.date = taken.date or c.date  # "withdrew on Tuesday, hours before troops seized it"
    return out


# «انسحاب آخر عناصر تنظيم الدولة»: words between a withdrawal and the side that withdraws
_REMNANT = _folded("آخر", "بقية", "باقي")


def _withdrawing(a: ActorMention, trigger: int, tokens: list[Token]) -> bool:
    """Whether the side `a` is named right after an Arabic withdrawal, as its subject: «انسحاب
    عناصر تنظيم الدولة», «انسحب مقاتلو الهيئة» (not «انسحب من مواقع داعش»: the place left)."""
    between = [t.text for t in tokens[trigger + 1:a.first]]
    return a.first > trigger and not is_latin(tokens[trigger]) and (not between or between[0] != "من") and all(
        w in _SIDE_FILLER or w in _REMNANT for w in between)


def _words_before(tokens: list[Token], i: int, n: int) -> set[str]:
    """The words of the n tokens before token i (_words_back)."""
    return set(_words_back(tokens, i, n))


_BELONGING_TO = ("تابع", "التابع")  # «طائرتين تابعتين لقوات التحالف»


def _helps_with_aircraft(tokens: list[Token], a: ActorMention) -> bool:
    """Whether the actor is named as the owner of aircraft that help: «بمساندة طائرتين مروحيتين
    تابعتين لقوات التحالف» (the aircraft's words stand between the mark of help and the side)."""
    back = _words_back(tokens, a.first, 5)
    if _ASSISTED.isdisjoint(back):
        return False  # (most actors: no mark of help before them)
    n = next((k for k, w in enumerate(back) if w in _ASSISTED), 0)
    return n >= 2 and all(w.startswith(_AIRCRAFT + _BELONGING_TO) for w in back[:n])


# «بمشاركة», «برفقة», «بالتعاون مع», «مدعوماً بقوة لقسد»: a share in another's operation (not «مدعومة»,
# which may describe the target: «قصفت فصائل مدعومة من تركيا»)
_IN_DEED = _folded("بمشاركة", "وبمشاركة", "برفقة", "وبرفقة", "بالتعاون", "وبالتعاون", "بالاشتراك", "وبالاشتراك",
                   "بالتنسيق", "وبالتنسيق", "مدعوما", "مدعومين")
# the words of a side's men, units or aircraft that may stand between such a mark and the side's name
_HELPERS_MEN = _folded("مع", "من", "عناصر", "وحدات", "وحدة", "قوة", "قوات", "خاصة", "الخاصة", "أمنية", "الأمنية",
                       "عسكرية", "العسكرية", "برية", "مجموعات", "دوريات", "فرق", "تابعة", "التابعة", "الطيران",
                       "طيران", "المروحي", "الحربي", "طائرات", "مروحيات", "الطائرات", "المروحية")
_HELP_MARKS = _IN_DEED | _ASSISTED


def _mark_of_help(tokens: list[Token], a: ActorMention, here: list[ActorMention]) -> str:
    """The word that names the side as helping or taking part in another's operation, the words
    of its men or aircraft between («وبمشاركة عناصر من قسد», «بمساندة من ميليشيات قسد», «برفقة
    وحدات خاصة من الأسايش»), or "": such a side is never the operation's target. A name right
    after the same side's («قوات سوريا الديمقراطية "قسد"») is that side again, marked as it is."""
    first = next((b.first for b in here if b.name == a.name and b.last == a.first), a.first)
    back = _words_back(tokens, first, 6)
    if _HELP_MARKS.isdisjoint(back):
        return ""  # (most sides: no such mark before them, told at C speed)
    n = next((k for k, w in enumerate(back) if w not in _HELPERS_MEN and w not in _GROUP_WORDS), len(back))
    return back[n] if n < len(back) and (back[n] in _IN_DEED or back[n] in _ASSISTED) else ""


def _words_back(tokens: list[Token], i: int, n: int) -> list[str]:
    """The words of the n tokens before token i, the nearest first, back to the start of its
    sentence or of an English subordinate clause: the end of the sentence before ("... the
    neighborhood of Sukkari. SDF fighters captured"), or a verb before "as" ("five were killed
    as coalition jets hit"), marks nothing here."""
    out = []
    sentence = tokens[i].sentence
    for k in range(i - 1, max(-1, i - n - 1), -1):  # (indexed, not a reversed slice: asked of every actor and place)
        t = tokens[k]
        if t.sentence != sentence or t.text in _SUBORDINATORS:
            break
        out.append(t.text)
    return out


@dataclass(frozen=True)
class _SplitTrigger:
    """A verb of attack split from its object by its subject, which no phrase of the lexicon
    matches: «أطلق مسلحون النار على دورية», «دمرت وحدات من الجيش تحصينات للإرهابيين»."""

    verbs: frozenset[str]
    objects: frozenset[str]  # one of these within `reach` words after the verb
    then: frozenset[str]  # and, when given, one of these within two words after the object
    reach: int
    entry: TriggerEntry


_AT = _folded("على", "باتجاه", "نحو", "صوب")  # «أطلق النار على», «مصدره قسد على»: what follows is hit
_SIGNED = TriggerEntry("agreement", 0.7)  # a deal after its verb of signing: one made, whatever else its clause says
_SPLIT_TRIGGERS = (
    _SplitTrigger(_folded("أطلق", "أطلقت", "أطلقوا", "وأطلق", "وأطلقت", "وأطلقوا", "يطلق", "تطلق"),
                  _folded("النار", "الرصاص", "النيران", "رصاص", "نار"), _AT,
                  5, TriggerEntry("attack_civ", 0.7)),
    # «أحرقت قوات النظام منازل المدنيين», «هدمت الجرافات التركية منازل»: homes burnt, razed or looted
    _SplitTrigger(_folded("أحرقت", "أحرقوا", "أحرق", "هدمت", "هدموا", "هدم", "جرفت", "جرفوا", "نهبت", "نهبوا",
                          "سرقت", "سرقوا"),
                  _folded("منازل", "منزل", "بيوت", "منزلين", "محلات", "ممتلكات", "محاصيل", "أراضي", "الأراضي",
                          "المنازل", "البيوت", "المحلات"), frozenset(), 6, TriggerEntry("looting", 0.6)),
    # «وقعت قسد وقوات النظام اتفاقاً»: the parties between the verb and their deal
    _SplitTrigger(_folded("وقعت", "وقع", "وقعا", "وقعوا", "أبرمت", "أبرم", "أبرموا", "عقدت", "توصلت", "توصل", "توصلوا",
                          "وتوصلت"),
                  _folded("اتفاق", "اتفاقا", "اتفاقية", "هدنة", "تسوية", "اتفاقيه"), frozenset(), 8, _SIGNED),
    # «سلمت قسد عدداً من القرى لقوات النظام»: places handed over (not arms, bodies or oneself)
    _SplitTrigger(_folded("سلمت", "سلم", "سلموا", "وسلمت", "وسلم"),
                  _folded("القرى", "قرى", "القرية", "قرية", "البلدة", "بلدة", "المدينة", "مدينة", "المنطقة", "منطقة",
                          "مواقع", "مواقعها", "مواقعه", "نقاط", "نقاطها", "الحي", "حي", "الأحياء", "أحياء", "بلدات"),
                  frozenset(), 6, TriggerEntry("withdrawal", 0.8)),
    # regime media: the army's units destroy the "terrorists'" posts (a clash, see _reclass)
    _SplitTrigger(_folded("دمرت", "ودمرت", "تدمر", "وتدمر", "دمر", "ودمر"),
                  _folded("مقرات", "مقرا", "مواقع", "موقعا", "أوكار", "أوكارا", "تحصينات", "تجمعات", "آليات",
                          "نقاط", "معاقل"), frozenset(), 9, TriggerEntry("attack", 0.45)),
)


def _split_triggers(tokens: list[Token], words: list[str]) -> list[tuple[int, int, TriggerEntry]]:
    """Triggers at the verbs of _SPLIT_TRIGGERS."""
    out = []
    present = set(words)  # (one set for the few verb lists, not a scan of the text for each)
    for split in _SPLIT_TRIGGERS:
        if split.verbs.isdisjoint(present):
            continue
        for k in compress(count(), map(split.verbs.__contains__, words)):
            # the reach bounds the object only: «على» may follow an object at its end
            ahead = [t for t in tokens[k + 1:k + 3 + split.reach] if t.sentence == tokens[k].sentence]
            n = next((n for n, t in enumerate(ahead[:split.reach]) if t.text in split.objects), None)
            if n is not None and (not split.then or any(t.text in split.then for t in ahead[n + 1:n + 3])):
                out.append((k, k + 1, split.entry))
    return out


_UNDER = {fold(w)[0] for w in ("ضمن", "بموجب", "وبموجب", "وفق", "وفقا", "تنفيذا", "تطبيقا", "under", "per", "part")}
_DEALS = tuple(fold(w)[0] for w in ("اتفاق", "تسوي", "هدن", "مصالح", "تفاهم", "deal", "agreement", "settlement",
                                    "truce", "ceasefire", "accord", "reconciliation", "arrangement"))
_FIGHTING = (VIOLENT | {"attack", "strike", "explosion"}) - {"capture"}


def _handovers(cands: list[Candidate], by_clause: dict) -> list[Candidate]:
    """«دخلت قوات النظام البلدة بموجب تسوية», "Russian police entered the town under a truce": a
    place taken under a deal, with no word of fighting in its clause, is handed over (a
    non-violent transfer, the force entering it actor1); the deal is no event of its own."""
    if not any(c.cls == "capture" for c in cands):
        return cands
    out = []
    for c in cands:
        classes = {x for (clause, _p), per in by_clause.items() if clause == c.clause for x in per}
        if "capture" not in classes or classes & _FIGHTING or not _under_deal(c):
            out.append(c)
        elif c.cls == "capture":
            out.append(replace(c, cls="handover"))
        elif c.cls != "agreement":
            out.append(c)
    return out


def _under_deal(c: Candidate) -> bool:
    """Whether the clause of `c` says it was done under a deal: a word of "under" («ضمن»,
    «بموجب», "under", "part of") with a deal a few words on, or a deal with «ب» («باتفاق»)."""
    clause = [t for t in c.sentence.tokens if t.clause == c.clause]
    for n, t in enumerate(clause):
        deal = any(r.startswith(_DEALS) for r in t.readings)
        if deal and t.text.startswith("ب") and not t.text.startswith(_DEALS):
            return True
        if t.text in _UNDER and any(r.startswith(_DEALS) for u in clause[n + 1:n + 4] for r in u.readings):
            return True
    return False


def _by_sentence(tokens: list[Token], matches: list[tuple[int, int, object]]) -> dict[int, list]:
    """Phrase matches of a document, by the sentence they are in."""
    out: dict[int, list] = defaultdict(list)
    for m in matches:
        out[tokens[m[0]].sentence].append(m)
    return out


# The kinds of attack whose attacker a report names once for all of them (_fill_actors).
_FILLED = {"air", "drone", "shelling", "raid", "clash", "attack_civ"}
_BOMB_TYPES = {CLASS_TYPES[c][1] for c in ("ied", "suicide")}
# actor_note of an attacker its own clause does not name
_NOTE_SAME_KIND = "attacker not named in its sentence: the one the report names for its other attacks of this kind"
_NOTE_CLAIM = "attacker not named in its sentence: the group that claimed it"
_NOTE_BLAMED = "attacker not named in its sentence: the side the next sentence blames"
_NOTE_EITHER = "one of two possible attackers: "
# "the strikes", «القصف», «أسفر الهجوم»: a word of any attack, taking its kind from the attack
# told before; by trigger class, the kind _reclass makes of it when nothing else gives one.
_GENERIC = {"strike": "shelling", "raid": "raid", "attack": "clash", "air": "air", "clash": "clash", "explosion": "ied"}
# The Arabic words of them that refer back (with the article, as "the" in English).
_ANAPHORIC = {fold(w)[0] for w in ("القصف", "العدوان", "الهجوم", "الهجمات", "الغارة", "الغارات", "الاستهداف",
                                   "الضربة", "الضربات", "المعارك", "الاشتباكات", "الاشتباك", "القتال", "المواجهات",
                                   "الانفجار", "التفجير")}
_AGAIN = {"second", "third", "another", "further", "fresh"}
_AGAIN_AR = _folded("ثانية", "ثانيه", "أخرى", "اخرى", "ثالثة")
# The kinds a generic word can stand for: "the raids" after "jets pounded ..." were flown;
# «وأسفر الهجوم عن مقتل» after a car bomb is the bombing's toll.
_REFERRED = ("air", "drone", "shelling", "suicide", "ied", "chemical")
_FLOWN = ("air", "drone")  # what «الغارات» may stand for: it names air strikes
# "Jets bombed Saraqib. Five civilians were killed.": deaths told with no how and no place of
# their own, right after an attack, are its toll.
_TOLLED = _REFERRED + ("clash", "attack_civ", "raid")
# "Five fighters were killed in the fighting", «وقتل في المعارك»: the battle told before, or the capture it won.
_FOUGHT = ("clash", "capture")


def _shared_attacker(c: Candidate, attackers: set[str], told: list[tuple[int, str, str]]) -> str:
    """For bombardment c with no attacker, in a report that names several (`attackers`) for its
    kind: the one each attacker of that kind told in its sentence or the few before includes,
    alone or with another («قصف لقوات النظام» here, «قصف لقوات النظام وروسيا» there, then «قصف
    مماثل»: the regime either way); when only one is told that near, the one each of `attackers`
    includes. "" when they differ, none is told that near, or c is a fight on the ground (which a
    round-up may tell between any two sides). `told`: (sentence, kind, attacker) of those named."""
    kind, at = CLASS_TYPES[c.cls][1], c.sentence.index
    near = {a for s, k, a in told if k == kind and 0 <= at - s <= _NEAR_SENTENCES}
    if c.cls not in _SIMILAR_KINDS or not near:
        return ""
    named = sorted(near if len(near) > 1 else attackers)
    sides = [set(a.split("; ")) for a in named]
    shared = set.intersection(*sides)
    return next((a for a, s in zip(named, sides) if s == shared), "")


_NEAR_SENTENCES = 3  # how far back _shared_attacker looks


def _refers_back(tokens: list[Token], k: int, cls: str, target: str) -> bool:
    """Whether the trigger at token k is a generic word of attack with the article ("the strikes",
    «القصف», «بالقصف», «العدوان») that nothing in its sentence gave a kind of its own (`target` is
    the class _reclass made of `cls`: a cue to aircraft makes a generic «قصف» an air strike)."""
    if _GENERIC.get(cls) != target:
        return False
    if is_latin(tokens[k]):
        return k > 0 and (tokens[k - 1].text == "the" or tokens[k - 1].text in _AGAIN)  # "a second strike"
    if k + 1 < len(tokens) and tokens[k + 1].text in _AGAIN_AR:
        return True  # «غارة ثانية», «غارة أخرى»: one more of those told before
    return not _ANAPHORIC.isdisjoint(tokens[k].readings)  # «العدوان الروسي» names its actor: _refer_back


def _arresting_raids(cands: list[Candidate]) -> set[int]:
    """The sentences whose raids are told with arrests and no violence of their own: no death,
    shot or blast, no casualty figure told in the raid's sentence, or in the one before or the two
    after about its place or no place (a landing that kills someone stays a clash, as ACLED codes
    the violence, not the detentions). A round-up's other items do not count: an attack of
    another kind, at a place of its own."""
    arrests = {c.sentence.index for c in cands if c.cls == "arrest"}
    arrests |= {c.sentence.index - 1 for c in cands if _raids_outcome(c)}  # and those of the next sentence
    raids: dict[int, set] = defaultdict(set)  # sentence -> the places of its raids
    for c in cands:
        if c.cls == "raid" and c.sentence.index in arrests:
            raids[c.sentence.index].update(f.key for f in c.places)
    violent = [c for c in cands if c.figures or (c.cls in VIOLENT and c.cls != "raid")]
    return {s for s, keys in raids.items() if not any(_told_with_raid(c, s, keys) for c in violent)}


# «وأسفرت العملية عن اعتقال», «وتخلل هذه العملية اعتقال»: a sentence that opens with what an
# operation told before it led to
_LED_TO = _folded("أسفرت", "وأسفرت", "أسفر", "وأسفر", "حيث", "تخلل", "وتخلل", "تخللها", "وتخللها", "نتج", "ونتج",
                  "انتهت", "وانتهت")


def _raids_outcome(c: Candidate) -> bool:
    """Whether c is an arrest, at no place of its own, told in a sentence that opens with what the
    operation before led to: «نفذت قسد حملة مداهمات في X. وأسفرت الحملة عن اعتقال شابين» (not
    «فإن عملية الاعتقال جاءت على خلفية خطبة»: why an arrest was made)."""
    return c.cls == "arrest" and not c.places and any(t.text in _LED_TO for t in c.sentence.tokens[:2])


def _raid_of(c: Candidate, raids: list[Candidate]) -> Candidate | None:
    """The arresting raid candidate c is told with: one of its sentence, else, for the arrests the
    next sentence says a raid led to (_raids_outcome), one of the sentence before."""
    return next((r for r in raids if r.sentence.index == c.sentence.index), None) or (
        next((r for r in raids if r.sentence.index == c.sentence.index - 1), None) if _raids_outcome(c) else None)


def _told_with_raid(c: Candidate, s: int, keys: set) -> bool:
    """Whether violent candidate c may tell the violence of the raid of sentence s (at places
    `keys`): in its sentence or near it, about its place or no place; a death with no how of its
    own («وقتل خلال المداهمة رجل») told with it or in the two sentences after may be its toll
    wherever it is placed."""
    n = c.sentence.index
    if not -1 <= n - s <= 2:
        return False
    return not c.places or not keys.isdisjoint(f.key for f in c.places) or (n >= s and c.cls == "killing")


def _raids_on_civilians(cands: list[Candidate], unplaced: list[Candidate]) -> list[Candidate]:
    """A raid or landing whose dead or wounded are civilians, with no fighting told in the report
    at its place or at none (`unplaced`: the candidates left with no place), is for ACLED violence
    against civilians (an attack), not a battle: «إنزال جوي أسفر عن مقتل امرأة وابنها» is recoded
    as the attack, with the other raids of its sentence (one raid told twice); a raid told beside
    its own attack on civilians («مقتل رجل برصاص قسد خلال عملية مداهمة») is that attack told
    again, and left out. Recodes the raids in place; returns the candidates kept."""
    raids: dict[int, list[Candidate]] = defaultdict(list)
    for c in cands:
        if c.cls == "raid":
            raids[c.sentence.index].append(c)
    clashes = [c for c in cands if c.cls == "clash"]
    fought_unplaced = any(c.cls == "clash" for c in unplaced)
    gone: set[int] = set()  # ids of the raids left out
    for s, told in raids.items():
        keys = {f.key for c in told for f in c.places}
        if any(not keys.isdisjoint(f.key for f in c.places) for c in clashes) or fought_unplaced:
            continue  # «أثناء الإنزال حصل اشتباك»: a fight, a battle
        if any(c.cls in ("attack_civ", "killing") and c.sentence.index == s and _civilians_hit(c) for c in cands):
            gone.update(map(id, told))
        elif any(map(_civilians_hit, told)):
            for c in told:
                c.cls = "attack_civ"
    return [c for c in cands if id(c) not in gone]


def _without_arrests_of_violence(cands: list[Candidate]) -> list[Candidate]:
    """The candidates but the arrests told in the sentence of a raid, clash or attack at their
    place that killed or wounded someone, by the same side or none named («مقتل شاب واعتقال
    شقيقيه خلال مداهمة», «إنزال أدى لمقتل طفل واعتقال ثلاثة»): for ACLED one event, the violence."""
    violent = [c for c in cands if c.cls in ("raid", "clash", "attack_civ") and c.figures]
    return [c for c in cands if not (c.cls == "arrest" and any(
        v.sentence.index == c.sentence.index and not {f.key for f in v.places}.isdisjoint(f.key for f in c.places)
        and (not c.actor1 or not v.actor1 or not set(c.actor1.split("; ")).isdisjoint(v.actor1.split("; ")))
        for v in violent))]


def _deaths_to_attacks(cands: list[Candidate], seg: Segmented, report: dt.date | None) -> None:
    """«قصفت قوات النظام مدينة أريحا. وقتلت امرأة في أريحا», "A woman was killed in X" after X's
    shelling: deaths told with no word of how (a killing, dropped beside the report's attacks) at the
    one place of an attack told in the few sentences before in its paragraph, on no other day the text
    gives, are that attack's toll, of the kinds it has none of. Not bodies found or handed over («جثة
    محتجزة»): their dead may be of any day."""
    attacks = [c for c in cands if c.cls in VIOLENT - {"killing"} and len(c.places) == 1]
    for k in cands:
        if k.cls != "killing" or not k.figures or not k.places or seg.words[k.trigger] in _BODIES:
            continue
        keys = {f.key for f in k.places}
        owner = max((c for c in attacks if 0 < k.sentence.index - c.sentence.index <= _UPDATE_REACH
                     and c.places[0].key in keys), key=lambda c: c.sentence.index, default=None)
        if owner is not None and not any(_paragraph_break(seg, seg.sentences[i]) for i in range(
                owner.sentence.index + 1, k.sentence.index + 1)) \
                and _days_told(seg, k.sentence, report) <= _days_told(seg, owner.sentence, report):
            had = {g.kind for g in owner.figures}
            owner.figures.extend(f for f in k.figures if f.kind not in had)


def _days_told(seg: Segmented, sent: Sentence, report: dt.date | None) -> set[str | None]:
    """The dates a sentence gives."""
    return {d.date for d in find_dates(seg.folded, report, sent.start, sent.end)}


def _civilians_hit(c: Candidate) -> bool:
    """Whether candidate c is told with dead or wounded said to be civilians («مقتل امرأة وابنها»;
    not «مقتل ثلاثة أشخاص», whom a raid may have fought)."""
    return _side_hit(c.figures, c.actor1) == _CIVILIANS


# At the head of a line, where a report is filed from: "DAMASCUS, Syria (AP) —", "BEIRUT (Reuters) -", "Damascus, SANA –",
# «دمشق - سانا», «دمشق– «القدس العربي»:», «أربيل (كوردستان24)-».
# (Read from the newline before the line: _line_heads. The Arabic words are read possessively: a word
# cut short, or fewer of them, is followed by a letter, never by the space, «(» or dash that may follow.)
_DATELINE = re.compile(
    r"\n[ \t]*(?:[A-Z][A-Z'.\- ]{2,30}(?:,[ \t]*[A-Z][A-Za-z.' ]{1,30})?(?:[ \t]*\([A-Za-z ]{2,20}\))?[ \t]*[-–—]"
    r"|[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?(?:,[ \t]*[A-Z][a-z]+)?[ \t]*\((?:AP|AFP|Reuters|[A-Z][A-Za-z ]{1,20})\)[ \t]*[-–—]"
    r"|[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?,[ \t]*(?:SANA|AFP|AP|Reuters|Anadolu|ANHA|Hawar)[ \t]*[-–—]"
    r"|[\u0621-\u064a]++(?:[ \t][\u0621-\u064a]++){0,2}+[ \t]*(?:\([^()\n]{1,25}\)[ \t]*[-–—]"
    r"|[-–—](?=[ \t]*(?:[(«\"“]|سانا|رويترز|الأناضول|خاص))))")


def _datelines(seg: Segmented) -> list[tuple[int, int]]:
    """The (start, end) in the report as written of each dateline (_DATELINE)."""
    return _line_heads(_DATELINE, seg.text)


def _line_heads(pattern: re.Pattern, text: str) -> list[tuple[int, int]]:
    """The (start, end) of each match of a pattern at the head of a line of the text. The pattern
    begins with the newline before the line, not «^» (re.M), which a search tries at every
    offset: a newline is found far faster. The text's first line is given one."""
    return [(m.start(), m.end() - 1) for m in pattern.finditer("\n" + text)]


# A social post's readers' comments: from its reaction counter ("All reactions:71") to the end of
# that line. What readers write there («الجيش البارح انسحب من درعا», a name «ابو عبيدة الحمصي»)
# reports nothing; but the page's own comment («التفاصيل في أول تعليق») is the report's: "Author",
# the page's name and its words, up to the comment's age ("43w", "1y").
_COMMENTS = re.compile(r"All reactions:[^\n]*")
_AUTHOR_COMMENT = re.compile(r"Author.*?(?:\d{1,2}[ywdh](?![a-z])|$)", re.M)


def _comments(seg: Segmented) -> list[tuple[int, int]]:
    """The (start, end) in the report as written of each run of readers' comments (_COMMENTS),
    the page's own comments left out."""
    spans = []
    for m in _COMMENTS.finditer(seg.text):
        start = m.start()
        for a in _AUTHOR_COMMENT.finditer(seg.text, m.start(), m.end()):
            spans.append((start, a.start()))
            start = a.end()
        spans.append((start, m.end()))
    return spans


def _outside_comments(seg: Segmented, comments: list[tuple[int, int]], actors: list[ActorMention],
                      phrases: Phrases) -> tuple[list[ActorMention], Phrases]:
    """The actors and trigger phrases of a report that stand before or between its readers'
    comments (their places: see `filed` in EventCoder.code)."""
    starts = [a for a, _b in comments]

    def outside(k: int) -> bool:
        at = seg.orig(seg.tokens[k].start)
        n = bisect_right(starts, at)  # (the runs are in text order and apart: only the last begun by `at` may hold it)
        return not (n and at < comments[n - 1][1])
    return [a for a in actors if outside(a.first)], replace(phrases, triggers=[m for m in phrases.triggers if outside(m[0])])


# A web page's list of its other stories: a heading line, then their headlines, one a line (this
# and _TEASER_LINE read from the newline before the line: _line_heads).
_TEASER_HEADINGS = re.compile(
    r"\n[ \t]*(?i:(?:مقالات|أخبار|مواضيع)[ \t]+(?:ذات[ \t]+صلة|مشابهة|متعلقة)|[اإ]قرأ[ \t]+أيضا|الأكثر[ \t]+"
    r"(?:قراءة|مشاهدة)|اخترنا[ \t]+لك|(?:آخر|أحدث)[ \t]+الأخبار|(?:related|read also|read more|"
    r"more stories|most read|latest news|you may also like)\b"
    r"|(?:السابق|التالي|previous|next)[ \t]*$)", re.M)  # a page's links to its neighbours
# One-line teasers anywhere: "previous post: ...", «المقال التالي», «التعليقات على <title> مغلقة».
_TEASER_LINE = re.compile(r"\n[ \t]*(?i:previous post|next post|(?:المقال|الخبر|الموضوع)[ \t]+(?:السابق|التالي)"
                          r"|التعليقات[ \t]+على\b.*مغلقة[ \t]*$)", re.M)
_TEASER_WORDS = 20  # a line longer than this, or ending with a full stop, is the body again
# A photo's caption: a line that ends with the day it was taken and its credit, «... شمالي حلب- 27 من
# حزيران 2022 (الدفاع المدني)», «... 22 أغسطس/آب 2022 (عمار الزير)» (not a headline's «(صور)», «(فيديو)»).
_CAPTION_LINE = re.compile(
    r"^[^\n]*?(?:\d{1,2}[ \t]*(?:من[ \t]+)?(?:كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين|يناير|فبراير|مارس|"
    r"أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر)[^()\n]{0,25}|\d{4})[ \t]*"
    r"\((?![ \t]*(?:صور|فيديو))[^()\n]{2,40}\)[ \t]*$", re.M)
# A caption's line ends with «)»: only such lines are tried (a failed try at every line start
# costs more than the rest of _teasers).
_LINE_CLOSED = re.compile(r"\)[ \t]*$", re.M)
# A page's list of stories with no heading: paragraphs of one short line each with no full stop,
# at least this many of them of a few words (a date or label line between them keeps the run going),
# after the article's body, or anywhere on a page with no body (a page of headlines only).
_HEADLINE_RUN = 5
_PARAGRAPH = re.compile(r"[^\n]+(?:\n[^\n]+)*")  # lines with no blank line between


def _headline_runs(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each run of headline-like paragraphs (_HEADLINE_RUN) in the text; not
    a run before the body (a site's menu, with the article's own headline in it)."""
    if text.count("\n\n") < _HEADLINE_RUN - 1:
        return []  # a run's paragraphs need blank lines between them
    runs, ahead, start, end, told = [], [], -1, -1, 0  # ahead: the runs before any body paragraph
    body = False
    for m in _PARAGRAPH.finditer(text + "\n\n."):  # a last breaker closes a run at the end
        line = m.group().strip()
        long = line.endswith(".") or (words := len(line.split(None, _TEASER_WORDS))) > _TEASER_WORDS
        if long or "\n" in line or line.endswith(("؟", "!", "?", ":")):
            if told >= _HEADLINE_RUN:
                (runs if body else ahead).append((start, end))
            body = body or long and m.end() <= len(text)
            start, told = -1, 0
            continue
        if start < 0:
            start = m.start()
        end = m.end()
        told += words >= 4  # (a line with no full stop: its words counted above)
    return runs if body else ahead


# A list of other stories' headlines cut short, one a line: this many lines or more in a row, each
# ending with dots («ضربات أمريكية تستهدف مواقع إيرانية حساسة في البوكمال...»).
_CUT_RUN = 3
_CUT_LINE = re.compile(r"^[^\n]*\S(?:\.\.|…)[ \t]*$", re.M)


def _cut_headline_runs(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each run of _CUT_RUN or more short lines cut short with dots (_CUT_LINE),
    with no other line between them: a page's teasers of other stories (a post's own title cut
    short stands alone, its full text after it; a feed's posts cut short are long)."""
    runs, run = [], []
    for m in _CUT_LINE.finditer(text):
        short = len(m.group().split(None, _TEASER_WORDS)) <= _TEASER_WORDS
        if run and (not short or text[run[-1][1]:m.start()].strip()):
            runs += [(run[0][0], run[-1][1])] if len(run) >= _CUT_RUN else []
            run = []
        if short:
            run.append(m.span())
    if len(run) >= _CUT_RUN:
        runs.append((run[0][0], run[-1][1]))
    return runs


# A crawled social post's page title over the line "Facebook<page>'s Post": the page's name and the
# post's first words, cut («داهمت دورية... - نهر ميديا»)
_POST_TITLE = re.compile(r"\A[^\n]*(?=\n[^\n]*Facebook[^\n]*'s Post)")
_TITLE_PARTS = re.compile(r"\.\.\.|…| - ")
_TITLE_ECHO = 20  # characters of the title's words looked for in the post below it


def _post_title(text: str) -> list[tuple[int, int]]:
    """The span of a crawled post's page title (_POST_TITLE) when the post below tells its words
    again in full: the post is the event, its cut title a repeat (or a page's name read as a place:
    «مرصد الحسكة»). A page that kept only its title keeps it."""
    m = _POST_TITLE.match(text)
    if m is None:
        return []
    words = max(_TITLE_PARTS.split(m.group()), key=len).strip()
    return [m.span()] if len(words) >= _TITLE_ECHO and text.find(words[:_TITLE_ECHO], m.end()) >= 0 else []


def _teasers(seg: Segmented) -> set[int]:
    """The sentences of a page's teaser lists and lines (_TEASER_HEADINGS, _TEASER_LINE) and of
    its runs of headlines (_headline_runs, _cut_headline_runs): other stories' headlines, which tell
    no event of this report; and of its photo captions (_CAPTION_LINE), which tell again, or recall,
    what a photo shows."""
    text = seg.text
    spans = [(a, _line_end(text, a)) for a, _b in _line_heads(_TEASER_LINE, text)] + _headline_runs(text) \
        + _cut_headline_runs(text) + _post_title(text)
    starts = (text.rfind("\n", 0, m.start()) + 1 for m in _LINE_CLOSED.finditer(text))
    spans += [m.span() for s in starts if (m := _CAPTION_LINE.match(text, s))]
    for start, _end in _line_heads(_TEASER_HEADINGS, text):
        end = _line_end(text, start)
        while end < len(text):
            line = text[end + 1:_line_end(text, end + 1)].strip()
            if line and (len(line.split()) > _TEASER_WORDS or line.endswith((".", "؟", "!"))):
                break
            end = _line_end(text, end + 1)
        spans.append((start, end))
    if not spans:
        return set()
    # (a sentence's start is mapped to the text as written once, not once a span)
    return {s.index for s in seg.sentences if any(a <= at < b for at in (seg.orig(s.start),) for a, b in spans)}


def _line_end(text: str, i: int) -> int:
    """Where the line holding offset i ends (its newline, or the end of the text)."""
    end = text.find("\n", i)
    return len(text) if end == -1 else end


def _headline(seg: Segmented) -> int:
    """How many sentences the report's headline has, 0 if it opens with none: a first line with no
    full stop, a blank line after it; cut into sentences only at «..» («بعمق 60 كم.. مسيرة تركية تستهدف»)."""
    n = next((s.index for s in seg.sentences[1:] if _paragraph_break(seg, s)), 0)
    if not n:
        return 0
    line = [seg.text[s.start:s.end].strip() for s in seg.sentences[:n]]
    if any("\n" in t for t in line) or line[-1].endswith((".", "!", "?", "؟")) or not all(
            seg.folded[s.start:s.end].rstrip().endswith(_HEADLINE_CUTS) for s in seg.sentences[:n - 1]):
        return 0
    return n


_HEADLINE_CUTS = ("..", "…")


def _only_a_toll(sent: Sentence, words: list[str], figures: list[Figure]) -> bool:
    """Whether a short sentence (its tokens' `words`) opens with its toll and tells no cause of its
    own: "2 Asayish members were injured.", «وأصيب على إثره 17 شخصا» (not «أصيب 6 مدنيين نتيجة حوادث سير»)."""
    return len(words) <= _TOLL_ALONE and figures[0].start < sent.tokens[min(3, len(words) - 1)].end \
        and _CAUSE_WORDS.isdisjoint(words)


def _more_victims(seg: Segmented, f: Figure) -> bool:
    """Whether a figure counts more victims besides those told: «وأصيب 20 آخرون», "five more died"."""
    return not _OTHERS.isdisjoint(seg.folded[f.start:max(f.end, f.window_end)].split())


def _paragraph_break(seg: Segmented, sent: Sentence) -> bool:
    """Whether a blank line stands between the sentence and the one before."""
    if not sent.index:
        return True
    gap = seg.folded[seg.sentences[sent.index - 1].end:sent.start]
    return gap.count("\n") > 1 and _BLANK_LINE.search(gap) is not None  # (most gaps are a space: no search)


_BLANK_LINE = re.compile(r"\n\s*\n")


# «تعرضت القرية لقصف», "the town was shelled again": a head word with the article and no name
# after it is the place of its kind told last. Its kind, and the kinds of place it can be.
_PLACE_ANAPHORS = {"القريه": ("village", ("village", "town")), "البلده": ("town", ("village", "town")),
                   "المدينه": ("city", ("city", "town")), "المخيم": ("camp", ("camp",)),
                   "village": ("village", ("village", "town")), "town": ("town", ("village", "town")),
                   "city": ("city", ("city", "town")), "camp": ("camp", ("camp",)),
                   "village's": ("village", ("village", "town")), "town's": ("town", ("village", "town")),
                   "city's": ("city", ("city", "town")), "camp's": ("camp", ("camp",))}
# ...as written with a proclitic: «بالقرية», «والبلدة», «للمدينة».
_ANAPHOR_FORMS = {p + w: v for w, v in _PLACE_ANAPHORS.items() for p in ("", "و", "ف", "ب", "وب", "فب", "ك")
                  if p == "" or w.startswith("ال")} | {
                 p + w[1:]: v for w, v in _PLACE_ANAPHORS.items() if w.startswith("ال") for p in ("ل", "ول", "فل")}


def _place_anaphors(seg: Segmented) -> dict[int, list[tuple[int, str, tuple[str, ...]]]]:
    """By sentence, the words that name a place told before: (token, head kind, place kinds).
    Not one followed by a word with the article («القرية المجاورة», «المدينة الصناعية»: another
    place), nor "the town of X" or "the town Y" (a name follows)."""
    out: dict[int, list] = defaultdict(list)
    tokens, words = seg.tokens, seg.words
    if _ANAPHOR_FORMS.keys().isdisjoint(words):
        return out  # most reports
    for k in compress(count(), map(_ANAPHOR_FORMS.__contains__, words)):
        if is_latin(tokens[k]):
            nxt = seg.original(tokens[k + 1].start, tokens[k + 1].end) if k + 1 < len(tokens) else ""
            if k == 0 or words[k - 1] != "the" or nxt in ("of", "hall") or nxt[:1].isupper():
                continue
        elif k + 1 < len(tokens) and tokens[k + 1].clause == tokens[k].clause and words[k + 1].startswith("ال"):
            continue
        out[tokens[k].sentence].append((k, *_ANAPHOR_FORMS[words[k]]))
    return out


def _place_referred(seg: Segmented, c: Candidate, found: list[Found], usable: list[bool],
                    anaphors: list[tuple[int, str, tuple[str, ...]]], free: set[int]) -> None:
    """Place a candidate whose clause (or a clause of its sentence with no other event) calls its
    place «القرية» or "the town": at the last place of that kind named before the word, in
    Syria, by name or with that head word («قرية X»)."""
    tokens = seg.tokens
    for k, head, kinds in anaphors:
        if tokens[k].clause != c.clause and tokens[k].clause not in free:
            continue
        before = [n for n, f in enumerate(found) if f.last <= k and usable[n] and f.hint_of is None
                  and (f.match.precision or 3) < 3 and f.match.modifier in ("", "near")  # not "north of" it
                  and (f.head == head or f.head is None and f.match.place.kind in kinds)]
        if before:
            c.places = [found[before[-1]]]
            c.referred = seg.original(tokens[k].start, tokens[k].end)
            return


def _hit_after(c: Candidate, here: list[ActorMention], tokens: list[Token]) -> bool:
    """Whether the attacker found for a generic word of attack is named only after it, with no
    mark of an agent between («الضربات طالت مستودعات يستخدمها الحرس الثوري», "the strikes hit
    depots the IRGC uses"): what was hit, or its owner, names no other attacker."""
    names = set(c.actor1.split("; "))
    own = [a for a in here if a.name in names]
    return bool(own) and all(a.first > c.trigger + 1 and _AGENT_MARKS.isdisjoint(
        t.text for t in tokens[c.trigger + 1:a.first]) for a in own)


def _refer_back(c: Candidate, previous: list[Candidate], hit: bool = False) -> None:
    """"The strikes hit Douma" after "Russian jets pounded Ghouta": a generic attack word with the
    article (or a death with no how and no place, _TOLLED) refers back to the attack of the sentence before, and takes its kind, and its actor
    and date when it names none. One that names another attacker is another attack (but "the army
    repelled the attack" names the other side of the battle told; `hit`: the one named is its target,
    _hit_after)."""
    kinds = _FLOWN if c.cls == "air" else _TOLLED if c.cls == "killing" else _REFERRED
    # (a battle word, or "the attack", refers to a battle told before, else to any attack)
    told = c.cls == "clash" and next((p for p in previous if p.cls in _FOUGHT), None) or next(
        (p for p in previous if p.cls in kinds), None)
    if told is None or c.actor1 not in ("", told.actor1) and not hit \
            and not (c.cls == "clash" and c.actor1 == told.actor2) \
            or c.cls == "killing" and len(told.places) > 1:
        return  # (a toll after attacks on several places is of none of them alone)
    c.cls, c.weak = told.cls, False
    c.places = c.places or told.places  # "The raids killed five": its toll joins the raids told
    c.actor1 = told.actor1 if hit else c.actor1 or told.actor1
    if _among(c.actor2, c.actor1):
        c.actor2 = ""
    c.date = c.date or told.date


_GOES_ON = _folded("كما", "وكما")  # a sentence that opens with it adds to the one before
_ALSO_WORDS = _folded("أيضا", "أيضاً", "كذلك", "also")


def _goes_on_from(c: Candidate, previous: list[Candidate], sent: Sentence) -> None:
    """«كما استهدفت مواقع أخرى في X», «وطال القصف أيضاً قرى Y» after a blank line: an attack that
    names no attacker, told as going on from the sentence before (its sentence opens with «كما», or
    «أيضاً» stands in its clause), is by the attacker of the attack of its kind told there. (Within
    a paragraph, _fill_actors gives it the side the attacks before share.)"""
    if c.actor1 or c.cls not in VIOLENT or not previous:
        return
    if sent.tokens[0].text not in _GOES_ON and all(
            t.text not in _ALSO_WORDS for t in sent.tokens if t.clause == c.clause):
        return
    told = next((p for p in previous if p.cls == c.cls and p.actor1), None)
    if told is not None and not _among(c.actor2, told.actor1):
        c.actor1 = told.actor1


def _flown_like_before(c: Candidate, previous: list[Candidate]) -> None:
    """"Russian jets bombed Ariha. Later, strikes hit Kafr Nabl": English strikes that name neither
    weapon nor attacker, told right after air strikes and no shelling, are more of them (an Arabic
    bare «قصف» is as often artillery's: not it)."""
    told = next((p for p in previous if p.cls in _FLOWN), None)
    if told is not None and not any(p.cls == "shelling" and not p.guessed for p in previous):
        c.cls, c.guessed = told.cls, False


def _date_across(seg: Segmented, c: Candidate, previous: list[Candidate], apart: bool) -> None:
    """Dates across two sentences of one attack kind. "Clashes broke out in Raqqa on Tuesday. 36
    died in clashes in Atarib alone.": a sentence with no word of time that goes on, in the same
    paragraph (not `apart`), with the kind the one just before dated is of that day. «قتل 9 في
    غارات على سوق كفرنبل. وكانت الغارات قد استهدفت السوق صباح أمس»: the attack, told again with
    the article, no place and a day, is on that day. So is one told in the pluperfect («وكانت
    طائرات قد شنت غارات على السوق أمس»: it goes back to what was told), and, the sentence
    before, one of any kind placed by referring back to a place of a dated one ("captured the
    town on Sunday. Airstrikes near the town killed 10": the day's fighting there). One in a
    clause of an outcome is its own sentence's attack («قصفت أعزاز في شباط، ما أسفر عن سقوط
    قتلى جراء القصف»), not one told before."""
    before = [p for p in previous if p.sentence.index == c.sentence.index - 1]
    if c.date is None and not apart:
        c.date = next((p.date for p in before if p.date is not None and p.date.precision == DAY
                       and not _since(seg, p.date) and (p.cls == c.cls or _same_place(p, c))), None)
    elif c.date is not None and c.date.date and not c.places and not _tells_outcome(c.sentence, c.clause) and (
            _definite(seg.tokens[c.trigger]) or _pluperfect(c.sentence, seg.tokens[c.trigger].start)):
        for p in before:
            if p.date is None and p.places and p.cls == c.cls:
                p.date = c.date


_WAS = frozenset(("كان", "وكان", "كانت", "وكانت"))


def _pluperfect(s: Sentence, at: int) -> bool:
    """Whether sentence `s` opens with «كان» and has «قد» before offset `at` («وكانت طائرات قد
    شنت»): it tells back what had happened before what was told."""
    return bool(s.tokens) and s.tokens[0].text in _WAS and any(
        t.text == "قد" for t in s.tokens[1:bisect_left(s.tokens, at, key=_START)])


_COUNTED_BACK = re.compile(r": [1-9]\d* day\(s\) before \S+$")  # a note of «أمس», «قبل يومين», and no weekday


def _counted_from_the_day_behind(cands: list[Candidate], posted_after: bool) -> None:
    """«شنت ليلة أمس السبت» in a report dated that Saturday was written the day after its date
    (dates._report_day_behind), as is a post whose header gives the next day (`posted_after`): a bare
    «أمس» of its sentences is that Saturday, not the Friday before, and the other days it counts back
    from its date are a day later."""
    if not posted_after and not any(c.date is not None and c.date.note.endswith(DAY_BEHIND) for c in cands):
        return  # most reports
    for c in cands:
        d = c.date
        if d is not None and d.date and _COUNTED_BACK.search(d.note):
            c.date = replace(d, date=(dt.date.fromisoformat(d.date) + dt.timedelta(days=1)).isoformat(),
                             note=f"{d.note}, a day on: {DAY_BEHIND}")


def _same_place(a: Candidate, b: Candidate) -> bool:
    """Whether candidate `b` is placed at a place mention of `a` (one it refers back to)."""
    return any(f is g for f in b.places for g in a.places)


def _date_copies(cands: list[Candidate]) -> None:
    """A headline's attack dated by the lead, told again further down with no day of its own and
    cut off from the lead by byline lines: a placed candidate with no date, of the kind and place of
    one dated to a day before it in the report and with figures all among that one's («قتل 9 وأصيب
    آخرون الأحد في غارة» told again as «بلغ عدد القتلى 9»), is that attack again, of its day."""
    dated: list[Candidate] = []
    for c in cands:
        if not c.figures:
            continue
        if c.date is not None:
            if c.date.precision == DAY:
                dated.append(c)
            continue
        told = Counter((f.kind, f.value) for f in c.figures)
        c.date = next((p.date for p in reversed(dated) if p.cls == c.cls and not told - Counter(
            (f.kind, f.value) for f in p.figures) and _near_places(c, p)), None)


_COPY_REACH_KM = 15  # places this close may be one told at two precisions (a village, its subdistrict)


def _near_places(a: Candidate, b: Candidate) -> bool:
    """Whether a place of one candidate lies within _COPY_REACH_KM of a place of the other."""
    ps = [f.match.place for f in a.places if f.match and f.match.place.lat is not None]
    qs = [f.match.place for f in b.places if f.match and f.match.place.lat is not None]
    return any(distance_km(p.lat, p.lon, q.lat, q.lon) <= _COPY_REACH_KM for p in ps for q in qs)


def _since(seg: Segmented, d: DateMention) -> bool:
    """Whether the date is the day a period began ("attacks on the dam since 8 December", «منذ 8
    كانون الأول»): no day of an event told with it. («منذ أمس», "since yesterday", is recent
    enough to stay the day the strikes are of.)"""
    return not d.relative and seg.folded[max(0, d.start - 6):d.start].rstrip().endswith(("منذ", "since"))


def _definite(tok: Token) -> bool:
    """Whether an Arabic word has the article, after any proclitic («وال», «بال»)."""
    return tok.text.startswith("ال") or any(r.startswith("ال") for r in strip_proclitic(tok.text))


# The US-led coalition's partners on the ground in Syria: in one incident told with the coalition
# they fight beside it («قسد مدعومة بالطيران المروحي التابع للتحالف», «إنزال نفذته قوات التحالف بمساندة
# من وحدات قسد»), never against it.
_COALITION = "US-led Coalition"
_COALITION_PARTNERS = {"SDF (Syrian Democratic Forces)", "Asayish (Kurdish security forces)"}


def _partners_joined(cands: list[Candidate]) -> None:
    """A coalition's raid or strike read with its partner as the side hit (or the partner's, with
    the coalition hit: the backer's aircraft taken for the doer) is theirs together: both attackers."""
    for c in cands:
        sides = set(c.actor1.split("; "))
        if (c.actor2 in _COALITION_PARTNERS and _COALITION in sides
                or c.actor2 == _COALITION and not sides.isdisjoint(_COALITION_PARTNERS)):
            c.actor1, c.actor2 = f"{c.actor1}; {c.actor2}", ""


def _told_after_history(seg: Segmented, c: Candidate, dates: list[DateMention], long_ago: str) -> bool:
    """«شن الجيش التركي هجوما في مطلع 2018 على عفرين، وبعد معارك استمرت شهرين سيطر عليها»: an
    event of a sentence that opens in a year long past (before `long_ago`, a year before the
    report, or a year alone) and names no later day is that history told on, however far from
    the date its own clause is."""
    pos = seg.tokens[c.trigger].start
    return bool(dates) and any(d.start < pos for d in dates) and all(
        d.precision == YEAR or long_ago and (d.date or "9") < long_ago for d in dates)


# How long a detention lasted, in weeks or more («بعد 6 أشهر من اعتقالهم», «اعتقال دام نحو عام»).
_DETENTION_SPANS = _folded("أسبوع", "أسبوعين", "أسابيع", "شهر", "شهرا", "شهرين", "أشهر", "شهور", "عام", "عاما",
                           "عامين", "أعوام", "سنة", "سنتين", "سنوات", "سنين")
_LASTED = _folded("دام", "دامت", "استمر", "استمرت", "امتد", "امتدت")
_SINCE_ARREST = _folded("من", "على")  # «بعد شهرين من اعتقاله», «بعد أكثر من عام على اعتقاله»


def _detention_served(tokens: list[Token], k: int) -> bool:
    """Whether the arrest word at token k is told by how long the detention lasted: «أفرجت قسد
    عن الشقيقين بعد اعتقال دام نحو عام», «تطلق سراحهم بعد 6 أشهر من اعتقالهم». The arrest was
    made weeks or more before and the report only recalls it (its news is a release, a death in
    custody); an arrest of days before («بعد اعتقاله أول أمس») is dated as told."""
    clause = tokens[k].clause
    after = [t.text for t in tokens[k + 1:k + 4] if t.clause == clause]
    if after and after[0] in _LASTED and not _DETENTION_SPANS.isdisjoint(after[1:]):
        return True
    before = [t.text for t in tokens[max(0, k - 5):k] if t.clause == clause]
    return bool(before) and before[-1] in _SINCE_ARREST and "بعد" in before \
        and not _DETENTION_SPANS.isdisjoint(before)


def _nearest_date(seg: Segmented, c: Candidate, dates: list[DateMention]) -> DateMention | None:
    """The date of the candidate's sentence (`dates`) nearest to its trigger: in its clause, else
    one that is a clause on its own ("blew himself up in Qamishli, killing 11, on Wednesday.").
    A date in another clause with words of its own is often the day of a statement about the
    event («قال ... أمس، إن», "the Pentagon said on Friday"), not of the event."""
    dates = [d for d in dates if not _since(seg, d)]
    if not dates:
        return None  # most sentences
    s = c.sentence
    pos = seg.tokens[c.trigger].start
    # "shelled X on Tuesday in response to an attack on Y last week": a word of revenge parts the
    # reply's day from the day of the attack it answers (the side of it the attack's places are on,
    # as _answered reads it: "The shelling came in response to an attack on Y")
    revenge = [t.start for t in s.tokens if _REVENGE_WORD[t.text]]
    if revenge:
        sides = {bisect_left(revenge, seg.tokens[f.first].start) for f in c.places}
        side = sides.pop() if len(sides) == 1 else bisect_left(revenge, pos)
        dates = [d for d in dates if bisect_left(revenge, d.start) == side]
    # «تسيطر على العزبة (سيطرت عليها منذ أيام) والدحلة»: a date in brackets is of what they hold
    dates = [d for d in dates if _bracketed(seg.folded, s.start, d.start) == _bracketed(seg.folded, s.start, pos)]
    last = c.clause
    # ", killing a child on Friday", «، ما أدى إلى مقتل طفل يوم الجمعة»: a clause of what the
    # attack did is the attack's own; so is one that goes on with the list of its places
    # ("struck Jisr al-Shughour, Ariha and Saraqeb on Sunday"), or with a place a dash cut in two
    # ("on the Tal Tamr - Hasakah road yesterday").
    listed = {seg.tokens[f.first].clause for f in c.places} | {
        seg.tokens[f.last].clause for f in c.places if f.last < len(seg.tokens) and seg.tokens[f.last].sentence == s.index
        and seg.folded[seg.tokens[f.last - 1].end:seg.tokens[f.last].start].strip() in _DASHES
        and is_latin(seg.tokens[f.last]) == is_latin(seg.tokens[f.last - 1])}  # not «... - YouTube»
    while last + 1 - s.first_clause < len(s.clauses) and (_tells_outcome(s, last + 1) or last + 1 in listed):
        last += 1
    # «شهدت البلدة أمس يوماً عصيباً، حيث اندلعت مواجهات»: a clause of «حيث» tells what the one
    # before it saw, on its day, and one of an outcome («وقعت مداهمة في 3 الجاري، أسفرت عن
    # اعتقال») what the one before it did; «رصد المرصد بتاريخ 30 ...، بأن انفجارات دوت»: what
    # was seen was on the day it was seen (unlike what was said).
    first = c.clause
    while first > s.first_clause and (_elaborates(s, first) or _tells_outcome(s, first)
                                      or _first_word(s, first) in _RESULTED or _tells_cause(s, first)):
        first -= 1
    first = next((k for k in range(s.first_clause, first) if _observed(s, k)), first)
    clause_start, clause_end = s.clauses[first - s.first_clause][0], s.clauses[last - s.first_clause][1]
    same = [d for d in dates if clause_start <= d.start < clause_end] or [
        d for d in dates if _alone(s, d) and not (len(dates) > 1 and d.start < pos and _after_saying(s, d))] or [
        d for d in dates if c.clause > s.first_clause and _in_header(seg, s, d)]
    return min(same, key=lambda d: abs(d.start - pos)) if same else None


_DASHES = frozenset("-–—")  # «تل تمر - الحسكة»: a dash between two names


_PROTESTED = _AGAINST | _folded("على")  # «احتجاجا على», "protested ... against"


def _protested_against(tokens: list[Token], k: int, triggers: list) -> bool:
    """Whether the attack at token k is what a protest told before it in its clause was against
    ("protested in Qamishli on Monday against Turkish attacks", «تظاهروا احتجاجا على الهجمات»)."""
    clause = tokens[k].clause
    return any(t.text in _PROTESTED for t in tokens[max(0, k - 3):k] if t.clause == clause) and any(
        e.cls == "protest" and m < k and tokens[m].clause == clause for m, _n, e in triggers)


def _bracketed(folded: str, start: int, at: int) -> int:
    """Where the bracket that offset `at` stands in opened (after `start`), or -1 if none."""
    k = folded.rfind("(", start, at)
    return k if k >= 0 and folded.find(")", k, at) < 0 else -1


def _in_header(seg: Segmented, s: Sentence, d: DateMention) -> bool:
    """Whether date `d` is in a header that opens sentence `s` before a colon («أبرز أحداث
    الأمس: ...», "Monday's toll: ..."): it dates the items listed after it. One that says who
    spoke («قال المرصد أمس: ...») dates the statement."""
    if len(s.clauses) < 2 or not seg.original(s.clauses[0][0], s.clauses[1][0]).rstrip().endswith(":"):
        return False
    start, end = s.clauses[0]
    return start <= d.start < end and not any(_SAID.intersection(t.readings) for t in s.tokens if t.start < end)


def _tells_outcome(s: Sentence, clause: int) -> bool:
    """Whether clause `clause` of sentence `s` opens with a word of what an attack did, or of who
    were among its dead ("killed four, including two children, in Iblin on Wednesday")."""
    k = bisect_left(s.tokens, clause, key=_CLAUSE)
    return k < len(s.tokens) and s.tokens[k].clause == clause and (
        s.tokens[k].text in _OUTCOME_MARKS or s.tokens[k].text in _AMONG_THEM)


def _tells_cause(s: Sentence, clause: int) -> bool:
    """Whether clause `clause` of sentence `s` opens with a word of cause («استشهد مدني يوم أمس،
    جراء قصف صاروخي»): the attack of the toll told in the clause before, on its day."""
    return _first_word(s, clause) in _CAUSED_BY


_ELABORATE = frozenset(("حيث", "وحيث", "اذ"))  # «إذ», folded
# «وقعت مداهمة، أسفرت عن اعتقال»: the feminine of «أسفر» (not among _OUTCOME_MARKS: a toll after
# it is not always the attack's just before)
_RESULTED = _folded("أسفرت", "وأسفرت")
_OBSERVE = frozenset(("رصد", "ورصد", "يرصد", "ويرصد", "رصدت", "ورصدت", "ترصد", "وثق", "ووثق", "وثقت", "ووثقت"))


def _first_word(s: Sentence, clause: int) -> str:
    k = bisect_left(s.tokens, clause, key=_CLAUSE)
    return s.tokens[k].text if k < len(s.tokens) and s.tokens[k].clause == clause else ""


def _elaborates(s: Sentence, clause: int) -> bool:
    """Whether clause `clause` of sentence `s` opens with «حيث»/«إذ»: it goes on with the clause before."""
    return _first_word(s, clause) in _ELABORATE


def _observed(s: Sentence, clause: int) -> bool:
    """Whether clause `clause` of sentence `s` opens with a word of watching («رصد», «وثّق»), or
    with «كان» before one («وكان المرصد قد وثّق أمس، مجزرة»): what it goes on to tell is what
    was seen, on the day it was seen."""
    first = _first_word(s, clause)
    if first not in _WAS:
        return first in _OBSERVE
    k = bisect_left(s.tokens, clause, key=_CLAUSE)
    return any(t.text in _OBSERVE for t in s.tokens[k + 1:bisect_left(s.tokens, clause + 1, key=_CLAUSE)])


def _after_saying(s: Sentence, d: DateMention) -> bool:
    """Whether the clause before that of date `d` holds a word of saying («أعلنت قسد، الأحد،
    مقتل شخص ... إثر قصف استهدف أمس», "the ministry said, on Friday, that"): with another date
    in the sentence and the event told after it, the date is the statement's day."""
    k = next((k for k, (a, z) in enumerate(s.clauses) if a <= d.start < z), 0)
    if k == 0:
        return False
    start, end = s.clauses[k - 1]
    return any(_SAID.intersection(t.readings) for t in s.tokens[bisect_left(s.tokens, start, key=_START):
                                                                bisect_left(s.tokens, end, key=_START)])


def _alone(s: Sentence, d: DateMention) -> bool:
    """Whether date `d` of sentence `s` fills its clause, but for a word before it ("on", «يوم»)
    or words of the time of day ("On the night of March 18, ...")."""
    start, end = next(((a, z) for a, z in s.clauses if a <= d.start < z), (d.start, d.end))
    clause = s.tokens[bisect_left(s.tokens, start, key=_START):bisect_left(s.tokens, end, key=_START)]
    rest = [t.text for t in clause if not d.start <= t.start < d.end]
    return len(rest) <= 1 or all(w in _TIME_OF_DAY for w in rest)


_REPELLED = {("pushed", "back"), ("driven", "back"), ("beaten", "back"), ("repelled",), ("repulsed",)}


def _repelled(words: list[str]) -> bool:
    """Whether a sentence (`words`) tells that its attackers were thrown back ("before being pushed
    back by government forces"): what they seized on the way was lost again, not won."""
    return any(tuple(words[n:n + len(w)]) == w for n in range(len(words)) for w in _REPELLED if words[n] == w[0])


_FIRED = frozenset(("air", "drone", "shelling"))  # the kinds another part's guns or aircraft lend a word of attack
_ON_POST = _folded("على", "on", "against")


def _on_post(tokens: list[Token], k: int) -> bool:
    """Whether the attack word at token k is aimed at an armed post of its clause («هجوم لقسد على
    قاعدة تركية», "an attack on an army checkpoint"): a fight on the ground, whatever weapon
    another part of its sentence names."""
    near = [t for t in tokens[k + 1:k + 7] if t.clause == tokens[k].clause]
    at = next((n for n, t in enumerate(near) if t.text in _ON_POST), None)
    return at is not None and any(t.text in _GROUND_POSTS or not _TARGET_NOUNS.isdisjoint(t.readings)
                                  for t in near[at + 1:at + 4])


def _mapped_class(cls: str, kept: dict[str, float]) -> str | None:
    """Where a trigger class went after _reclass (e.g. a generic «قصف» became "air")."""
    if cls == "strike":
        return next((c for c in ("air", "drone", "shelling", "suicide", "ied", "chemical") if c in kept), None)
    if cls in ("explosion", "ied"):
        return next((c for c in ("suicide", "ied", "air", "drone", "shelling", "chemical") if c in kept), None)
    if cls == "attack":
        return next((c for c in ("clash", "capture", "air", "drone", "shelling", "suicide", "ied", "attack_civ")
                     if c in kept), None)
    if cls == "raid" and "capture" not in kept and "raid" not in kept:
        return "air" if "air" in kept else None  # an English air raid
    if cls in ("clash", "raid", "withdrawal"):
        return "capture" if "capture" in kept else None
    if cls == "air":
        return "drone" if "drone" in kept else None
    return None


def _names_missiles(toks: list[Token]) -> bool:
    """Whether a trigger's words name missiles («قصف صاروخي», «بصاروخ», "a missile")."""
    return any(r.startswith(_MISSILES) for t in toks for r in t.readings)


def _flown_in_clause(tokens: list[Token], k: int, place_at: dict, actor_at: dict) -> bool:
    """Whether the missiles of the trigger at token k, in a sentence that speaks of aircraft,
    are theirs: their clause speaks of aircraft too, or names no side of its own («غارات روسية،
    مستهدفاً بالصواريخ ...» goes on with the jets; «بينما استهدفت الفصائل ... بالصواريخ» are the
    rebels' rockets). An attack named as a missile one («قصف صاروخي») needs aircraft in its
    clause («بقصف صاروخي من طائرة مسيرة»): «كما تعرضت المدينة لقصف صاروخي» beside air strikes is
    another attack."""
    clause = tokens[k].clause
    lo = hi = k
    while lo and tokens[lo - 1].clause == clause:
        lo -= 1
    while hi + 1 < len(tokens) and tokens[hi + 1].clause == clause:
        hi += 1
    return any(n not in place_at and _AIR_WORDS[tokens[n].text] for n in range(lo, hi + 1)) \
        or _names_missiles(tokens[k:k + 1]) and not any(n in actor_at for n in range(lo, hi + 1))


# «اغتيال», "assassination" name no weapon, and machine guns fire beside the guns of a shelling:
# told with one of these in their part, the attack is that one's.
_MANNER_WORDS = tuple(_folded("اغتيال", "اغتال", "تصفية", "assassinat", "رشاش", "الرشاش"))
_CARRIERS = frozenset(("ied", "suicide", "air", "drone", "shelling"))
# "in the besieged town", "of besieged Daraya": after these "besieged" is an adjective, no verb.
_BEFORE_ADJECTIVE = frozenset(("the", "a", "an", "in", "into", "inside", "of", "to", "from", "on", "at", "near", "around"))


def _besieged(tokens: list[Token], k: int, place_at: dict, actor_at: dict) -> bool:
    """Whether the siege word at `k` describes what it follows or precedes ("the besieged town of
    X", «مدينة دوما المحاصرة», «الأحياء المحاصرة»): the plight of a place, not a siege told.
    («قوات النظام المحاصرة للبلدة» follows an actor: the besiegers, still an event.)"""
    t = tokens[k]
    if not k or tokens[k - 1].sentence != t.sentence:
        return False
    before = tokens[k - 1]
    if is_latin(t):
        return t.text.lower() == "besieged" and before.text.lower() in _BEFORE_ADJECTIVE
    return t.text.startswith("المحاصر") and k - 1 not in actor_at and (
        k - 1 in place_at or before.text.startswith("ال"))


def _aircraft(words: list[str], offset: int, place_at: dict) -> bool:
    """Whether a sentence (its `words`, the first at token `offset`) speaks of aircraft; asked
    only where a trigger needs it. A place's name is no cue: "missiles hit the Shayrat airbase"
    is not an air strike; nor is an aircraft that only flies over («تحليق لطائرات الاستطلاع»)."""
    return any(n not in place_at and not _flown_over(words, n - offset)
               for n in compress(count(offset), map(_AIR_WORDS.__getitem__, words)))


def _flown_over(words: list[str], i: int) -> bool:
    """Whether the aircraft word i of a sentence's `words` is told flying or scouting, next to
    a word of flight («تحليق مكثف لطائرة استطلاع», «طائرات الاستطلاع»); the skies («في أجواء
    المدينة») are flown in wherever the sentence tells a flight."""
    if _SKIES in readings(words[i]):
        return not _FLYING.isdisjoint(words)
    return not _FLYING.isdisjoint(words[max(0, i - _ESCORT_REACH):i]) or not _FLYING.isdisjoint(words[i + 1:i + 3])


def _among(name: str, actor1: str) -> bool:
    """Whether `name` is actor1 or one of its joint attackers («A; B»)."""
    return bool(name) and name in actor1.split("; ")


_PASSIVE = {"was", "were", "been"}
_CAME = {"came", "come", "comes", "coming"}
# "a regime soldier was killed", "seven SDF guards were killed": men of the side
_ONE_OF = {"soldier", "fighter", "militant", "member", "officer", "commander", "guard", "guards", "officers",
           "commanders", "personnel"}
# "Turkish military vehicles were hit", "US bases were struck": what a side owns, hit in its stead.
_OWNED = {"vehicle", "vehicles", "base", "bases", "military", "police", "column", "columns", "tank", "tanks",
          # "a Russian Mi-8 helicopter was shot down": its aircraft, by type
          "helicopter", "helicopters", "jet", "jets", "plane", "planes", "warplane", "drone", "aircraft", "mi", "su"}
_SUFFERED = {"killed", "wounded", "injured", "captured", "executed", "arrested", "targeted", "hit", "struck", "shot",
             "shelled", "bombed", "attacked", "ambushed"}


def _air_force_acts(tokens: list[Token], offset: int, n: int, actor_at: dict) -> bool:
    """Whether an air force named in a sentence (its n tokens from `offset`) is no passive
    subject: "a Russian patrol was targeted" says nothing of aircraft."""
    here = list({id(a): a for a in map(actor_at.get, range(offset, offset + n)) if a is not None}.values())
    return any(a.name in _AIR_FORCES and not _passive_subject(a, tokens, here) and not _owns_post(a, tokens)
               for a in here)


def _owns_post(a: ActorMention, tokens: list[Token]) -> bool:
    """Whether an English actor names the owner of a post, patrol or vehicle ("a Russian military
    police patrol", "Russian positions"): what was hit, not who flew."""
    if not is_latin(tokens[a.first]):
        return False
    words = {t.text for t in tokens[a.last:a.last + 3] if t.sentence == tokens[a.first].sentence}
    return not words.isdisjoint(_GROUND_POSTS | _OWNED)


def _passive_subject(a: ActorMention, tokens: list[Token], here: list[ActorMention]) -> bool:
    """Whether an English actor is the subject of a passive verb of harm ("ISIS fighters were
    killed in air strikes", "SDF positions were shelled", "Russian and Turkish patrols were
    targeted": `here`, the actors around, one of which may be joined to it): who suffered it,
    not the attacker (the agent after "by" is)."""
    if not is_latin(tokens[a.first]):
        return False
    end = a.last
    if end < len(tokens) and tokens[end].text == "and":
        end = next((b.last for b in here if b.first == end + 1 and b.is_actor), end)
    words = [t.text for t in tokens[end:end + 5] if t.sentence == tokens[a.first].sentence]
    while words and (words[0] in _GROUP_NOUNS or words[0] in _ONE_OF or words[0] in _GROUND_POSTS
                     or words[0] in _OWNED or words[0] in {"had", "have", "has"} or words[0].isdigit()):
        words.pop(0)
    # "a Turkish patrol came under fire": the subject of "came under" suffers it too
    return len(words) >= 2 and (words[0] in _PASSIVE and words[1] in _SUFFERED or
                                words[0] in _CAME and words[1] == "under") or _counted_in_headline(a, tokens, words)


def _counted_in_headline(a: ActorMention, tokens: list[Token], words: list[str]) -> bool:
    """"Two SDF members killed in Qamishli": a count of the side's men before a verb of harm
    with no object after it is a headline's passive, its "were" left out (but "two SDF
    fighters killed an ISIS leader": the object makes them the killers)."""
    count = tokens[a.first - 1].text if a.first else ""
    if not (words and words[0] in _SUFFERED and (count.isdigit() or count in NUMBER_WORDS)):
        return False
    verb = next(k for k in range(a.last, len(tokens)) if tokens[k].text == words[0])
    return verb + 1 >= len(tokens) or tokens[verb + 1].clause != tokens[verb].clause \
        or tokens[verb + 1].text in _NO_OBJECT


# Words after a verb that open no object of it: "killed in", "wounded near", "killed by".
_NO_OBJECT = {"in", "near", "on", "at", "by", "outside", "around", "during", "when", "after", "as", "east", "west",
              "north", "south"}


def _present_tense(tok: Token) -> bool:
    """Whether an Arabic trigger is a verb in the present tense («تقصف», «يستهدف»), as headlines
    write them: its subject stands before it, and what follows is what it hits."""
    return tok.text.startswith(("ت", "ي"))


def _subject_of_verb(a: ActorMention, tokens: list[Token]) -> bool:
    """Whether the actor follows an attack verb that opens its clause («قصفت قوات النظام ...»,
    «فيما استهدفت طائرات التحالف ...»): the verb's subject. After a noun of attack the verb
    begins a relative clause and what follows is the target («غارة استهدفت قسد»). The actor's
    aircraft may stand between: «استهدفت طائرات الاحتلال التركي ...»."""
    v = a.first - 1
    if v > 0 and not is_latin(tokens[v]) and tokens[v].text.startswith(_AIRCRAFT):
        v -= 1
    elif v > 1 and tokens[v].text == "من" and tokens[v - 1].text in _SOME_OF:
        v -= 2  # «أطلق عناصر من قوات النظام النار»: some of the actor's men
    elif v > 0 and tokens[v].text in _FORCES:
        v -= 1  # «استهدفت قوات "قسد"»: the name quoted, its forces' word left out of it
    return _opens_clause(v, tokens, _SUBJECT_VERBS)


_SOME_OF = _folded("عناصر", "عنصر", "مقاتلون", "مقاتلين", "جنود", "دورية", "مجموعة")
_FORCES = _folded("قوات", "ميليشيات", "ميليشيا", "مليشيا", "فصائل", "مقاتلو", "عناصر")


def _opens_clause(v: int, tokens: list[Token], verbs: set[str]) -> bool:
    """Whether token v is one of `verbs` and opens its clause (an Arabic verb right after Latin
    words opens one: «Shared with Publicاستهدفت الفصائل ...», a post's text glued to its header)."""
    if v < 0 or verbs.isdisjoint(tokens[v].readings):
        return False
    return v == 0 or tokens[v - 1].clause != tokens[v].clause or tokens[v - 1].text in _CLAUSE_OPENERS \
        or is_latin(tokens[v - 1]) and not is_latin(tokens[v])


# nouns of taking a place, whose possessor is who took it («سيطرة قوات النظام على البلدة»); not
# verbs of expelling, whose object is who lost it («طرد تنظيم داعش من البلدة»)
_TAKING_NOUNS = _folded("سيطرة", "استعادة", "استيلاء")
_CIVILIANS = "Civilians (Syria)"
_FORMER = _folded("former", "ex", "سابق", "سابقا", "السابق")
_MEMBERS = _folded("قيادي", "قياديا", "عنصر", "عنصرا", "مقاتل", "مقاتلا", "قائد", "قائدا", "عضو", "عضوا", "القيادي",
                   "العنصر", "المقاتل", "القائد", "العضو", "commander",
                   "member", "members", "fighter", "fighters", "leader", "official", "officer", "militant", "soldier")
# Between a trigger and «من X», words that make X whose they are, not who did it: «قتل 33 عنصراً
# من الميليشيات», «استهداف مواقع من قسد».
_NOT_BY = _TARGET_MARKS | _MEMBERS
# «بغارة من طيران تركي مسير», «بقصف من مدفعية الجيش التركي», «بواسطة طائرة مسيرة تركية»: the aircraft
# or guns the side after them owns, told between the attack and «من»/«بواسطة» and the side
_BY_WEAPON = _folded("من", "بواسطة")
_WEAPON_WORDS = _AIRCRAFT + _GROUND_GUNS + tuple(_folded("مدفع", "راجم", "صاروخ", "صواريخ", "قذائف", "حربي", "جوي"))


def _weapon_word(t: Token) -> bool:
    return any(r.startswith(_WEAPON_WORDS) for r in t.readings)


def _by_weapon(a: ActorMention, trigger: int, tokens: list[Token]) -> bool:
    """Whether an Arabic side is named after «من» or «بواسطة» and its aircraft or guns, at an attack
    («بغارتين جويتين من طيران تركي مسير», «بقصف من مدفعية الجيش التركي»): the side that fired them,
    not (as «عناصر من X») the one hit."""
    k = a.first - 1
    while k > trigger - 2 and k >= 0 and _weapon_word(tokens[k]):
        k -= 1
    if k < 0 or k == a.first - 1 or tokens[k].text not in _BY_WEAPON or is_latin(tokens[a.first]):
        return False
    # «من» after the attack and its weapon words, or before the weapon the attack is found by
    return k > trigger and all(map(_weapon_word, tokens[trigger + 1:k])) or k == trigger - 1



def _former_member(a: ActorMention, tokens: list[Token], back: list[str]) -> bool:
    """Whether the actor names what a person used to belong to: «قيادي سابق في الجيش الحر», "a
    former rebel commander", "former members of ISIS" (not "gunmen of the former regime", a side)."""
    # «قيادي سابق في» (the member further back), "former members of" (the member nearer)
    if any(w in _FORMER and _MEMBERS & set(back[max(i - 1, 0):i] + back[i + 1:i + 2]) for i, w in enumerate(back)):
        return True
    after = tokens[a.last].text if a.last < len(tokens) and tokens[a.last].sentence == tokens[a.first].sentence else ""
    return bool(back) and back[0] in _FORMER and after in _MEMBERS


def _owned_noun(a: ActorMention, tokens: list[Token]) -> int | None:
    """The token of the patrol, post, vehicle... the actor owns, right before it («دورية للأمن
    العسكري», «بسيارة عسكرية تابعة للجيش الوطني»): what was hit in the actor's stead, unless that
    noun is the subject of a verb that opens the clause and cannot be read as a passive
    («داهمت دورية ... منزلا», «هاجمت دورية ...»: _ACTIVE_VERBS). «استهدفت دورية» may be read
    «استُهدفت», "a patrol was targeted", and stays a target."""
    sentence = tokens[a.first].sentence
    # («بدورية لقسد»: the noun may carry a proclitic)
    if not a.first or (_TARGET_NOUNS.isdisjoint(tokens[a.first - 1].readings) and tokens[a.first - 1].text not in _OWNER_MARKS
                       and (a.first < 2 or _TARGET_NOUNS.isdisjoint(tokens[a.first - 2].readings))):
        return None  # most actors: no noun of what is owned right before them
    near = [k for k in range(a.first - 1, max(a.first - 5, -1), -1) if tokens[k].sentence == sentence]
    noun = next((k for k in near[:2] if not _TARGET_NOUNS.isdisjoint(tokens[k].readings)), None)
    if noun is None and near and tokens[near[0]].text in _OWNER_MARKS:
        noun = next((k for k in near[1:] if not _TARGET_NOUNS.isdisjoint(tokens[k].readings)), None)
    if noun is not None and not _BY_FIRE.isdisjoint(_words_back(tokens, noun, 2)):
        return None  # «برصاص عناصر حاجز تابع للأمن العسكري»: the post's men fired
    return noun


_BY_FIRE = _folded("برصاص", "رصاص", "بنيران", "نيران", "قبل")


# "struck a regime checkpoint": what fighters on the ground attack; English only, as an Arabic
# «استهدف حاجزاً» is mostly told of shells.
_GROUND_POSTS = {"checkpoint", "checkpoints", "post", "posts", "outpost", "outposts", "position", "positions",
                 "barracks", "convoy", "convoys", "patrol", "patrols"}


_TAKEN = {"arrest", "abduction"}
_KILLED_ONE = tuple(fold(w)[0] for w in ("assassin", "execut", "اغتيال", "اغتال", "إعدام", "أعدم"))
_PATROLS = {fold(w)[0] for w in ("patrols", "convoys", "checkpoint", "checkpoints", "convoy", "patrol", "رتل", "رتلا",
                                 "الرتل", "دورية", "الدورية", "دوريات", "حاجز", "حاجزا", "الحاجز")}


_AMBUSH = _folded("كمين", "كمينا", "ambush", "ambushed", "ambushes")


def _armed_target(c: Candidate, tokens: list[Token]) -> bool:
    """Whether what a shooting hit is armed: an armed side, or a patrol, convoy or checkpoint of its clause."""
    if tokens[c.trigger].text.startswith(_KILLED_ONE):
        return False  # an assassination or execution of a fighter stays one
    if c.actor2:  # of joint targets («A; B»), the first
        return _actor_type(c.actor2.split("; ")[0]) in (STATE, NON_STATE, EXTERNAL)
    return any(t.text in _PATROLS for t in tokens[c.span[0]:c.span[1]] if t.clause == c.clause)


def _strike_noun(tokens: list[Token], k: int) -> bool:
    """Whether the English "strike" at token k is the noun ("an Israeli strike on a position"),
    a strike from the air or by missile, not the verb of a ground attack ("rebels strike a post")."""
    return tokens[k].text in ("strike", "strikes") and k > 0 and (
        tokens[k - 1].text in ("a", "an", "the") or tokens[k - 1].text in _NATIONALITIES)


_NATIONALITIES = {"israeli", "russian", "turkish", "american", "us", "u.s.", "coalition", "jordanian", "iranian"}


def _hits_post(tokens: list[Token], j: int) -> bool:
    """Whether a ground post is the object of the English verb of attack ending at token j (a
    few words of article and owner between)."""
    return any(t.text in _GROUND_POSTS for t in tokens[j:j + 4] if t.sentence == tokens[j - 1].sentence)


def _names_weapon(a: ActorMention, trigger: int, tokens: list[Token]) -> bool:
    """Whether a one-word Arabic adjective of nationality («تركية», «الروسي») stands right after the
    weapon at `trigger` («مسيرة تركية», «قصف مدفعي تركي»), no word of target between."""
    if a.last - a.first != 1 or a.type != EXTERNAL or is_latin(tokens[a.first]) or not 0 < a.first - trigger <= 2:
        return False
    between = {t.text for t in tokens[trigger + 1:a.first]}
    return not between & (_TARGET_MARKS | _TARGET_NOUNS) and not tokens[a.first].text.startswith(("و", "ل"))


def _head_of_list(a: ActorMention | None, here: list[ActorMention], tokens: list[Token]) -> ActorMention | None:
    """«قوات النظام وروسيا», "Hezbollah fighters and regime troops": the second of two joined
    actors stands for the pair, led by the first."""
    if a is None:
        return a
    if is_latin(tokens[a.first]):
        return next((b for b in here if b.is_actor and b.last < a.first and _and_joined(tokens, b.last, a.first)), a)
    # («بين عناصر من الهيئة وقوات النظام»: of two sides, the first, but only right before the second:
    # «بين أبناء العشائر وقوات قسد بعد اعتقال شيخ» tells who arrested him)
    return next((b for b in here if b.is_actor and b.last <= a.first and _joined_by_and(tokens, b.last, a)
                 and (b.last == a.first or not _first_of_two(tokens, b))), a)


_POSTS = _folded("مواقع", "نقاط", "تمركزات", "مقرات", "حواجز", "معاقل", "تجمعات", "أرتال", "تحصينات")


def _posts_of(tokens: list[Token], a: ActorMention) -> bool:
    """Whether the actor is named as the owner of positions hit: «مواقع وأرتال ميليشيات أسد»,
    «مواقع لفصائل المعارضة» (not «برصاص عناصر قسد», whose men shot)."""
    return any(not _POSTS.isdisjoint(t.readings) for t in tokens[max(0, a.first - 3):a.first])


def _joined_by_and(tokens: list[Token], end: int, a: ActorMention) -> bool:
    """Whether the Arabic actor `a` is joined by «و» to one ending at token `end`: «قوات النظام
    وروسيا», «القوات التركية وفصائل الجيش الوطني», «الطيران الروسي والطيران التابع للنظام»."""
    gap = [t.text for t in tokens[end:a.first]]
    if not gap:
        return tokens[a.first].text.startswith("و")
    if gap == ["و"]:
        return True  # «”التحالف الدولي” و”قسد”»: the «و» parted from a quoted name
    if len(gap) > 2 or not gap[0].startswith("و") or gap[1:] and gap[1] not in _OWNER_MARKS:
        return False
    return gap[0][1:] in _SIDE_FILLER or any(r.startswith(_AIRCRAFT) for r in readings(gap[0][1:]))


# «نقلوا إلى مشفى في مدينة X», «أسعف إلى X», "were rushed to a hospital in X", "treated in X".
_CARE = re.compile(r"^[وف]?(?:اسعف|اسعاف|treated|علاج|العلاج|يعالج|تعالج)")  # words of care alone («يتلقى العلاج»)
_CARRIED = re.compile(r"^[وف]?(?:نقل|taken|rushed|transferred|evacuated|brought|admitted)")  # with a hospital
_HOSPITAL = re.compile(r"^(?:[وبل]|لل|ال|بال)?(?:مشف|مشاف|مستشف|hospital|clinic)")
# (asked of the words before every place of every candidate: each word matched once)
_CARE_WORD = WordTable(lambda w: _CARE.match(w) is not None, 100_000)
_CARRIED_WORD = WordTable(lambda w: _CARRIED.match(w) is not None, 100_000)


def _cared_at(f: Found, tokens: list[Token]) -> bool:
    """Whether a place is where casualties were taken or treated (_CARE, _CARRIED): told as what
    followed the attack, no place of it."""
    back = _words_back(tokens, f.first, 7)
    if not any(map(_CARE_WORD.__getitem__, back)) and not any(map(_CARRIED_WORD.__getitem__, back)):
        return False  # (most places: no word of care before them, told at C speed)
    for n, w in enumerate(back):
        if tokens[f.first - n - 1].clause != tokens[f.first].clause:
            return False
        if _CARE_WORD[w] or _CARRIED_WORD[w] and any(_HOSPITAL.match(x) for x in back[:n]):
            return True
    return False


def _only_where_treated(c: Candidate, found: list[Found], tokens: list[Token]) -> bool:
    """«أصيب فلان في القصف التركي على المحطة، ونقل إلى مشافي القامشلي»: whether an attack told
    before (its trigger has the article) is placed only by where its wounded were taken (_cared_at),
    a town the report has not told as a place of its own before («سقط صاروخ في الباب ... ونقل
    الجرحى إلى مشفى الباب»: the town of the attack, and of its hospital)."""
    if not _definite(tokens[c.trigger]) or not all(_cared_at(f, tokens) for f in c.places):
        return False
    ids = {f.match.place.id for f in c.places}
    return not any(g.first < c.places[0].first and g.hint_of is None and _eligible(g) and g.match.place.id in ids
                   and not _cared_at(g, tokens) for g in found)  # (a hint, «بريف القامشلي», tells no place of its own)


# «من أبناء قرية X», «من أهالي X», «ابن مدينة X», «ينحدر من X»: where a person named is from
_HOME_PEOPLE = _folded("أبناء", "أهالي")  # after «من»: one of the people of X
_SON_OF = _folded("ابن", "إبن", "ابنة", "نجل")
_COMING_FROM = _folded("ينحدر", "تنحدر", "وينحدر", "وتنحدر", "المنحدر", "المنحدرة", "ينحدران", "ينحدرون")
_OF = _folded("من", "ومن")


def _home_town(f: Found, tokens: list[Token]) -> bool:
    """Whether a place is named as where a person is from: no evidence of where he was hit
    («قتل شاب من أبناء بلدة X بقصف على Y»)."""
    back = _words_back(tokens, f.first, 2)
    if not back:
        return False
    if back[0] in _SON_OF:
        return True
    return len(back) == 2 and (back[0] in _HOME_PEOPLE and back[1] in _OF or back[0] in _OF and back[1] in _COMING_FROM)


def _home_towns(c: Candidate, found: list[Found], tokens: list[Token], usable: list[list[int]]) -> set[int]:
    """The place groups (by first mention) that tell where a person is from: a home town
    (_home_town) and the places that follow it in its clause before the candidate's trigger,
    which locate it («من أهالي قرية X غرب مدينة Y، أصيب برصاصة»)."""
    home: set[int] = set()
    last = None  # the last home town's mention
    for g in sorted(usable, key=lambda g: found[g[0]].first):
        f = found[g[0]]
        if _home_town(f, tokens) or last is not None and tokens[f.first].clause == tokens[last.first].clause \
                and not last.first < c.trigger < f.first:
            home.add(g[0])
            last = f
    return home


def _stationed(f: Found, tokens: list[Token]) -> bool:
    """Whether a place is where the attackers are stationed (_STATIONED_MARKS), or where the fire
    came from («مصدرها القاعدة التركية في قرية X», but not «مصدره قسد على مدينة X»), not what they hit."""
    back = _words_back(tokens, f.first, 5)  # (read once: the tests below look at its first words)
    if not _STATIONED_MARKS.isdisjoint(back[:2]):
        return True
    if f.first > 1 and tokens[f.first - 1].text == "in" and tokens[f.first - 2].text in _GROUP_NOUNS \
            and _TARGET_MARKS.isdisjoint(_words_back(tokens, f.first - 2, 3)):
        # "Militants in Jobar fired shells at ...": where they are, not what they hit (but "jets
        # targeted government forces in Sweida": where those hit are)
        return True
    if f.first > 1 and tokens[f.first - 1].text in ("من", "from") and any(
            _LAUNCHED_WORD[w] for w in _words_back(tokens, f.first - 1, 4)):
        return True  # «قذائف أطلقها مسلحون من حرستا على حي X», "fired rockets from X at Y": where they were fired from
    if _from_direction(back):
        return True
    for w in back:
        if w in _TOWARDS:
            return False
        if w in _ORIGIN_MARKS:
            return True
    return False


_TOWARDS = _AT | _folded("استهدف", "استهدفت", "طال")  # what follows was hit
# «أطلقها», «انطلقت», «إطلاق», "fired", "shelled": words of firing (what is fired «من X» came from X)
_LAUNCHED = re.compile(r"^[وف]?(?:ا|ان)?طلا?ق|^(?:fired|launched|shelled|shelling)$")  # (not «طلاب»)
_LAUNCHED_WORD = WordTable(lambda w: _LAUNCHED.match(w) is not None, 100_000)


# «صواريخ من اتجاه الجولان», "missiles from the direction of the Golan": the words, nearest first,
# before a place the fire came from or over, not one it hit
_FROM_DIRECTION = ((fold("اتجاه")[0], "من"), ("of", "direction", "the", "from"))
_FROM_DIRECTION_FIRST = [[w[0]] for w in _FROM_DIRECTION]  # (asked of every place: most words before one are neither)


def _from_direction(back: list[str]) -> bool:
    """Whether the words before a place (`back`, the nearest first) say fire came from its
    direction («من اتجاه X», "from the direction of X")."""
    return back[:1] in _FROM_DIRECTION_FIRST and any(tuple(back[:len(w)]) == w for w in _FROM_DIRECTION)


def _and_joined(tokens: list[Token], end: int, start: int) -> bool:
    """Whether the English words between two actors join them: "and", beside group nouns, a
    possessive or "Syrian" ("the Turkish army and its mercenaries", "Turkish forces and their
    Syrian rebel allies")."""
    words = [t.text for t in tokens[end:start]]
    return words.count("and") == 1 and all(w in _JOINING or w in _GROUP_NOUNS for w in words)


_JOINING = {"and", "its", "their", "syrian", "affiliated", "allied", "loyal", "loyalist", "proxy", "backed"}


_GROUP_WORDS = _folded("ميليشيا", "مليشيا", "ميليشيات", "لواء", "فصيل", "حركة", "جماعة", "كتيبة", "تنظيم")
_HELD_PEOPLE = {"detainees", "prisoners", "hostages", "captives", "people", "civilians", "men", "women", "children",
                "soldiers", "fighters", "journalists", "activists", "those"}
_BENEATH = _folded("under", "تحت")  # who is under fire
# «بين عناصر من X», «بين فصائل X»: the words of a side's men before its name
_SIDE_FILLER = _folded("عناصر", "من", "مقاتلي", "مسلحي", "فصائل", "قوات", "ميليشيا", "مليشيا", "خلايا", "fighters",
                       "members", "forces", "troops", "militias", "cells", "of", "the")


def _partner(agent: ActorMention, here: list[ActorMention], tokens: list[Token], helped: bool) -> ActorMention | None:
    """A second attacker joined to the first: «قوات النظام وروسيا», «قسد بدعم من التحالف الدولي».
    Not the two sides of «اشتباكات بين قوات النظام وقسد», «بين عناصر من الفرقة الرابعة ومسلحين».
    `helped`: whether the sentence has a word of help (_HELP_MARKS), without which none shares a deed."""
    if _first_of_two(tokens, agent):
        return None
    end = agent.last
    for a in here:  # (in text order, as find_actors gives them)
        if a.first < agent.last or not a.is_actor:
            continue
        if a.name == agent.name:
            end = a.last  # «التحالف يعتقل 16 ... نفذت قوات التحالف برفقة قسد»: the agent named again, joined there
            continue
        gap = tokens[end:a.first]
        # («قصفت القوات التركية وفصائل الجيش الوطني»: «و» on the group's noun)
        joined = _joined_by_and(tokens, end, a) or (
            len(gap) <= 3 and bool(gap) and gap[0].text in _SUPPORT_MARKS) or _and_joined(tokens, end, a.first) \
            or _backer_joined([t.text for t in gap])
        return a if joined else (_deed_partner(agent, here, tokens) if helped else None)
    return _deed_partner(agent, here, tokens) if helped else None


def _deed_partner(agent: ActorMention, here: list[ActorMention], tokens: list[Token]) -> ActorMention | None:
    """A side the clause names as taking part in the agent's operation, wherever it stands: «نفذت
    قوات التحالف إنزالاً في الشحيل، بالتعاون مع قسد» (one that only helps, «بمساندة», is no attacker)."""
    return next((a for a in here if a.is_actor and a.name != agent.name
                 and _mark_of_help(tokens, a, here) in _IN_DEED), None)


def _backer_joined(gap: list[str]) -> bool:
    """Whether the words between an attacker and a side end with a mark of support that is the
    attacker's, or that of a group joined to it by «و»: «قسد بين الحين والآخر مدعومة بقوات التحالف»,
    «قوات النظام وجماعات مدعومة من إيران» (not «قصفت قوات النظام فصائل مدعومة من تركيا»: its target's)."""
    if gap[-1:] == ["من"]:
        gap = gap[:-1]
    if not 1 < len(gap) <= 4 or gap[-1] not in _SUPPORT_MARKS or gap[-1] in _ASSISTED:
        return False  # («نفذت إنزالاً بمساندة من التحالف»: who only helps the deed is no attacker)
    return gap[0].startswith("و") or _NOT_BACKED.isdisjoint(gap)


_NOT_BACKED = _SIDE_FILLER | _GROUP_WORDS | _TARGET_MARKS | _TARGET_NOUNS


def _first_of_two(tokens: list[Token], a: ActorMention) -> bool:
    """Whether the actor is the first side of «اشتباكات بين قوات النظام وقسد», «بين عناصر من
    الفرقة الرابعة ومسلحين», "between A and B": two sides, not one joint side."""
    if all(t.text not in ("بين", "between") for t in tokens[max(0, a.first - 4):a.first]):
        return False  # (most actors: no «بين» among the four words before, which are all `back` can hold)
    back = _words_back(tokens, a.first, 4)
    return any(w in ("بين", "between") and all(x in _SIDE_FILLER for x in back[:n]) for n, w in enumerate(back))


def _alternative(agent: ActorMention, here: list[ActorMention], tokens: list[Token]) -> ActorMention | None:
    """The side named as the other possible attacker, joined to the agent by "or" on either
    side ("Russian or regime airstrikes", «غارات روسية أو تابعة للنظام»)."""
    for a in here:
        if not a.is_actor or a.name == agent.name:
            continue
        gap = [t.text for t in (tokens[agent.last:a.first] if a.first >= agent.last else tokens[a.last:agent.first])]
        if gap and gap[0] in _OR and all(w in _OR or w in _BELONGING_WORDS for w in gap) and len(gap) <= 3:
            return a
    return None


_OR = _folded("or", "أو")
# «بينهم», «معظمهم من», "including", "mostly": what the dead counted just before were
_AMONG_THEM = AMONG_WORDS | _folded("معظمهم", "غالبيتهم", "أغلبهم", "mostly", "mainly")
_BELONGING_WORDS = _folded("تابعة", "التابعة", "تابع", "by", "the")


_ESCORTING = _folded("بمساندة", "وبمساندة", "مساندة", "برفقة", "وبرفقة", "بمرافقة", "وبمرافقة", "بمؤازرة", "وبمؤازرة",
                     "مؤازرة", "بإسناد", "وبإسناد", "بغطاء", "وبغطاء", "بتغطية", "escorted", "covered", "backed",
                     "supported", "support")  # "backed by coalition aircraft", "with the support of Russian jets"
_FLYING = _folded("تحليق", "وتحليق", "حلقت", "وحلقت", "حلق", "يحلق", "تحلق", "استطلاع", "الاستطلاع", "flying", "flew",
                  "hovering", "hovered", "reconnaissance", "surveillance")
_SKIES = fold("أجواء")[0]
_ESCORT_REACH = 3  # words back from an aircraft to the mark of its escort or flight («بمؤازرة من الطيران»)
_TAKEN_OR_RAID = {"raid", "arrest", "abduction", "clash", "capture"}  # what aircraft may escort (a battle's air
# cover is part of the battle)


def _escort_or_flight(words: list[str], i: int, told: set[str]) -> bool:
    """Whether the aircraft named at word i of a sentence's `words` only flies («تحليق مكثف
    لطائرة استطلاع», _flown_over) or, in a sentence that tells a raid or arrests, escorts the
    ground force («داهمت دورية برفقة طائرة مسيرة», «بمؤازرة من الطيران المروحي», "clashed, backed by
    coalition aircraft"): no strike
    either way. `told`: the classes of the sentence's triggers; a blast told with a flight («وقع
    الانفجار لحظة تحليق طائرة مسيرة») may be the aircraft's strike."""
    if "explosion" not in told and _flown_over(words, i):
        return True
    return not told.isdisjoint(_TAKEN_OR_RAID) and not _ESCORTING.isdisjoint(words[max(0, i - _ESCORT_REACH):i])


def _heliborne(words: list[str]) -> bool:
    """Whether a sentence's words name a helicopter (asked only of air strikes beside a landing)."""
    return any(r.startswith(_HELICOPTER) for w in words for r in readings(w))


def _downed(tokens: list[Token], k: int) -> bool:
    """Whether the aircraft named at token k is brought down or intercepted ("shot down a regime
    helicopter", «أسقطت الدفاعات الجوية طائرة مسيرة»); right after «أسقطت» it is the verb's
    subject, which dropped something («أسقطت مروحيات النظام براميل متفجرة»)."""
    if not any(r.startswith(_AIRCRAFT) for r in tokens[k].readings):
        return False  # a munition («أسقط الطيران براميل», "intercepted missiles") was still fired
    for n, w in enumerate(_words_back(tokens, k, 7)):  # (past a long subject: «الدفاعات الجوية التابعة لـ...»)
        said = _DOWNED.intersection(readings(w))
        if said:
            return not (n == 0 and said <= _DROPPED)
    # "a Russian helicopter was shot down", «سقوط طائرة ... بعد إسقاطها»: the passive, after it
    after = [t.text for t in tokens[k + 1:k + 5] if t.sentence == tokens[k].sentence]
    return any(w in ("was", "were") for w in after[:2]) and not _DOWNED.isdisjoint(after) or "crashed" in after[:3]


def _claims(tokens: list[Token], words: list[str], actors: list[ActorMention]) -> dict[int, str]:
    """Sentence -> the side that claims an attack in it («وتبنى تنظيم داعش الهجوم», "ISIS claimed
    responsibility"), unless the claim is denied ("no group claimed", «لم تتبن أي جهة»). `words`:
    the tokens' texts."""
    out: dict[int, str] = {}
    if _CLAIMED.isdisjoint(words):
        return out  # most reports claim nothing: told with one lookup per word, at C speed
    for k in compress(count(), map(_CLAIMED.__contains__, words)):
        t = tokens[k]
        if t.text == "claimed" and not (k + 1 < len(tokens) and tokens[k + 1].text in ("responsibility", "the", "credit")):
            continue
        if not _DENIED.isdisjoint(_words_back(tokens, k, 3)):
            continue
        near = [a for a in actors if a.is_actor and a.type != SOURCE and tokens[a.first].sentence == t.sentence
                and (0 < k - a.last + 1 <= 3 or 0 < a.first - k <= 2)]
        if near:
            out.setdefault(t.sentence, min(near, key=lambda a: abs(a.first - k)).name)
    return out


_CLAIMED = _folded("تبنى", "تبنت", "وتبنى", "وتبنت", "يتبنى", "تتبنى", "يتبن", "تتبن", "claimed")  # («لم تتبن»)


def _unclaimed(tokens: list[Token], words: list[str]) -> set[int]:
    """Sentences that say no one claimed an attack ("No group claimed responsibility, but officials
    blamed the YPG", «ولم تتبن أي جهة التفجير»): a side blamed there or in the sentence after is
    accused, not known to be the attacker."""
    if _CLAIMED.isdisjoint(words):
        return set()
    return {tokens[k].sentence for k in compress(count(), map(_CLAIMED.__contains__, words))
            if not _DENIED.isdisjoint(_words_back(tokens, k, 3))}
_DENIED = _folded("no", "not", "لم", "لا", "ولم")


def _moved(tokens: list[Token], k: int) -> bool:
    """Whether the aircraft named at token k is the object of a verb that moves it ("withdrew some
    of its jets", «نشرت روسيا طائرات»)."""
    return any(r.startswith(_AIRCRAFT) for r in tokens[k].readings) and not _MOVED.isdisjoint(
        _words_back(tokens, k, 5))


_BEFORE_IT = _folded("قبل", "before")
_DEFUSED = _folded("تفكيك", "فكك", "فككت", "وتفكيك", "إبطال", "ابطال", "defused", "defuse", "dismantled", "disarmed",
                   "defusing")
_MOVED = _folded("withdrew", "withdraw", "withdrawn", "deployed", "deploy", "sent", "send", "moved", "redeployed",
                 "relocated", "pulled", "سحبت", "سحب", "نشرت", "نشر", "أرسلت", "أرسل", "نقلت", "نقل")


def _air_defence(toks: list[Token]) -> bool:
    """Whether a sentence names air defences (_DEFENCE beside _AERIAL, or _ANTI_AIRCRAFT)."""
    for i, t in enumerate(toks):
        if any(r.startswith(_ANTI_AIRCRAFT) for r in t.readings):
            return True
        if any(r.startswith(_DEFENCE) for r in t.readings) and any(
                r.startswith(_AERIAL) for n in (i - 1, i + 1) if 0 <= n < len(toks) for r in toks[n].readings):
            return True
    return False


def _groups(found: list[Found]) -> list[list[int]]:
    """Place mentions grouped into lists («X وY وZ»); hints are not places of their own."""
    groups: list[list[int]] = []
    for n, f in enumerate(found):
        if f.hint_of is not None:
            continue
        prev = f.extra.get("list_with")
        if prev is not None and groups and groups[-1][-1] == prev:
            groups[-1].append(n)
        else:
            groups.append([n])
    return groups


def _governorate_label(f: Found, tokens: list[Token]) -> bool:
    """«حلب:: قصفت ...»: a governorate's name begins its sentence, a clause of its own (a label)."""
    return _governorate_name(f) and (f.first == 0 or tokens[f.first - 1].sentence != tokens[f.first].sentence) \
        and f.last < len(tokens) and tokens[f.last].clause != tokens[f.first].clause


def _governorate_name(f: Found) -> bool:
    """«#ديرالزور», «شرق حلب»: a city named as its governorate is, with no «مدينة» before it."""
    p = f.match.place if f.match is not None else None
    return p is not None and f.head is None and p.kind == "city" and bool(p.admin1) and p.name == p.admin1


def _eligible(f: Found) -> bool:
    """A place an event can happen at: resolved, in Syria, smaller than the country."""
    m = f.match
    return (m is not None and m.place is not None and m.lat is not None and m.place.country == "SY"
            and m.place.kind != "country")


@lru_cache(maxsize=None)  # a few hundred actor names; asked per candidate
def _actor_type(name: str) -> str:
    for cands in actor_matcher().exact.values():
        for _toks, entry in cands:
            if entry.name == name:
                return entry.type
    return ""


def _event_date(d: DateMention | None, report: dt.date | None) -> tuple[str | None, int | None, str]:
    if d is not None and d.date is not None:
        return d.date, d.precision, d.note
    if d is not None:
        return None, None, d.note
    if report is not None:
        return report.isoformat(), DAY, REPORT_DATED
    return None, None, "no date in the text and no report date"


def _split(summary, n: int, first: bool) -> tuple:
    """Fatalities shared evenly over the n places of one event (ACLED practice), the remainder to
    the `first`: the parts still add up to the report's figure."""
    best, low, high, note = summary
    if n <= 1 or best is None:
        return best, low, high, note
    low, best, high = (None if v is None else v // n + (v % n if first else 0) for v in (low, best, high))
    return best, low, high, (note + "; " if note else "") + f"{summary[0]} in all, split evenly over {n} places"


_PLACE_CONFIDENCE = {1: 0.3, 2: 0.2}  # by geo_precision; 0.1 for a region


def _confidence(c: Candidate, precision: int | None) -> float:
    place = _PLACE_CONFIDENCE.get(precision or 3, 0.1)
    actor = 0.15 if c.actor1 else 0.0
    date = 0.05 if c.date is not None and c.date.date else 0.0
    return round(min(1.0, 0.5 * c.strength + place + actor + date), 2)


def _merge(coded: list[_Coded], found: list[Found]) -> list[_Coded]:
    """One event per kind and place in a report: later sentences about the same bombing add
    their figures to the first; a region-level event folds into a precise one of the same kind
    told beside it (a headline's «قصف على ريف دير الزور» and its body's town), not into one of a
    round-up of separate attacks told after other places hit the same way, nor into one outside
    the region (`found`: the report's places, with their outlines)."""
    out: list[tuple[int, _Coded]] = []  # (position in `coded`, event)
    areas = None  # the outlines, looked up only for a pair of a region and a place (_outside)
    for n, c in enumerate(coded):
        kind = c.event.event_type  # _same joins events of one type, or a vague attack: the cheap test first
        fits = [k for k, (m, o) in enumerate(out) if (o.event.event_type == kind or o.weak or c.weak) and _same(o, c) and (
            o.event.place_id == c.event.place_id or o.headline_city or _told_beside(coded, m, n))]
        if fits and (c.event.geo_precision == 3) != (out[fits[0]][1].event.geo_precision == 3):
            areas = _areas(found) if areas is None else areas
            fits = [k for k in fits if not _outside(out[k][1], c, areas)]
        at = fits[0] if fits else None
        if at is not None and not out[at][1].headline_city:
            # a strike retold (_retold) joins the one at its own place before one at a town near it
            # (a headline's city, standing for its governorate, gives way to the body's place first)
            at = next((k for k in fits if out[k][1].event.place_id == c.event.place_id), at)
        if at is None:
            out.append((n, c))
        elif out[at][1].headline_city and not c.headline_city:
            _absorb(c, out[at][1])  # the body's event is the one, with what the headline adds
            out[at] = (n, c)
        else:
            _absorb(out[at][1], c)
    return [c for _n, c in out]


def _areas(found: list[Found]) -> dict:
    """The places a report names, by id."""
    return {f.match.place.id: f.match.place for f in found if f.match is not None and f.match.place is not None}


def _outside(x: _Coded, y: _Coded, areas: dict) -> bool:
    """Whether one of two events whose tolls disagree (dead or wounded counted by both, differently)
    is at a region whose outline the other's place lies outside («قتل عشرة عسكريين باستهداف حافلتهم
    في ريف حلب الغربي» beside a child killed by the shelling of a town of the northern countryside:
    two attacks, not the region's copy of the town's; a region's copy may place its town loosely,
    but it tells the same dead)."""
    region, other = (x, y) if x.event.geo_precision == 3 else (y, x)
    if region.event.geo_precision != 3 or other.event.geo_precision == 3 or other.event.lat is None:
        return False
    a, b = region.event, other.event
    if not (a.fatalities and b.fatalities and a.fatalities != b.fatalities
            or a.injuries and b.injuries and a.injuries != b.injuries):
        return False
    area = areas.get(a.place_id)
    return area is not None and area.is_area and area.geometry_wkb is not None and not _within(b, a, areas)


def _told_beside(coded: list[_Coded], m: int, n: int) -> bool:
    """Whether events m and n of a report are told within two sentences of each other, or with
    no event of their kind at a third place between them."""
    a, b = coded[m].event, coded[n].event
    if abs(a.sentence - b.sentence) <= 2:
        return True
    kind = (a.event_type, a.sub_event_type)
    return not any((e.event_type, e.sub_event_type) == kind and e.place_id not in (a.place_id, b.place_id)
                   for e in (x.event for x in coded[m + 1:n]))


def _same(x: _Coded, y: _Coded) -> bool:
    a, b = x.event, y.event
    if not _dates_agree(x, y):
        return False
    if (x.weak or y.weak) and a.place_id == b.place_id:
        return a.event_type == b.event_type or _vague_attack(x, y) or _vague_attack(y, x)
    if _one_blast(a, b) or _strike_retold(a, b):
        return True
    if (a.event_type, a.sub_event_type) != (b.event_type, b.sub_event_type):
        return False
    if a.place_id != b.place_id and _retold(x, y):
        return True
    if a.place_id == b.place_id:
        # (a toll shared over several places joins only the like: «وأدى القصف إلى مقتل» after
        # strikes on two villages is those strikes' toll, not that of one village's strike; but
        # «قصف على A وB» with no toll is A's strike, whose dead a later sentence tells at A)
        return x.split == y.split or a.sentence == b.sentence or not (x.figures if x.split > 1 else y.figures)
    # «غارات روسية على إدلب» over a body that tells the strikes on a town of Idlib: one event.
    region = (a.geo_precision == 3) != (b.geo_precision == 3) or x.headline_city != y.headline_city
    # ("Turkish drone strikes kill five in northeast Syria" over the body's five killed near Derik:
    # a part of the country spans governorates, so the same toll tells it is one attack)
    return region and (a.admin1 == b.admin1 or not (a.admin1 and b.admin1) and bool(a.fatalities)
                       and a.fatalities == b.fatalities) and _same_attackers(a, b)


def _same_attackers(a: Event, b: Event) -> bool:
    """Whether two tellings of an attack agree on who made it, or one names nobody: joint
    attackers are one side whatever order a sentence lists them in («قوات النظام وروسيا»)."""
    return not a.actor1 or not b.actor1 or set(a.actor1.split("; ")) == set(b.actor1.split("; "))


def _retold(x: _Coded, y: _Coded) -> bool:
    """«قتل 9 الأحد في غارة على مبنى بجنوب دمشق», then «بلغ عدد القتلى 9 في غارة على مبنى في
    السيدة زينب»: one attack told again in another sentence, of the same day (_dates_agree: both
    dated by the text) and toll at a place within _COPY_REACH_KM (a city, its quarter). Two attacks
    of a kind on one day seldom kill the same number."""
    a, b = x.event, y.event
    return (bool(a.fatalities) and a.fatalities == b.fatalities and x.text_dated and y.text_dated
            and a.time_precision == DAY and a.sentence != b.sentence and x.split == y.split == 1
            and _same_attackers(a, b)
            and a.lat is not None and b.lat is not None
            and distance_km(a.lat, a.lon, b.lat, b.lon) <= _COPY_REACH_KM)


def _vague_attack(x: _Coded, y: _Coded) -> bool:
    """«هجوم إسرائيلي على تدمر» over a body telling Israel's air strikes on Tadmor: a vague attack
    word read as a clash (x) is the strike or killing told at its place, by its attacker if it names one."""
    a, b = x.event, y.event
    return (x.weak and not y.weak and a.sub_event_type == CLASS_TYPES["clash"][1]
            and (b.event_type == EXPLOSIONS or (b.event_type, b.sub_event_type) == CLASS_TYPES["attack_civ"])
            and (not a.actor1 or _among(a.actor1, b.actor1)))


def _one_blast(a: Event, b: Event) -> bool:
    """A blast and another kind of remote violence one sentence tells at the same words of a
    place, at most one of them by a named attacker: a nameless drone's bomb read as a drone strike
    and as a bomb is one strike. Shelling and air strikes told together («قصف مدفعي وغارات جوية
    على البلدة») are two, as are two attacks by two named attackers."""
    return (a.event_type == b.event_type == EXPLOSIONS and a.sentence == b.sentence and a.place_id == b.place_id
            and a.location == b.location and _IED in {a.sub_event_type, b.sub_event_type}
            and (a.actor1 in ("", UNKNOWN) or b.actor1 in ("", UNKNOWN)))


_IED = CLASS_TYPES["ied"][1]
_AIR, _SHELLING = CLASS_TYPES["air"][1], CLASS_TYPES["shelling"][1]
# what makes a nameless shelling the guns' own, not an air strike's missile told again
_GUNS = ("مدفع", "هاون", "دباب", "راجم", "صواريخ أرض", "artiller", "mortar", "tank", "launcher", "howitzer")


def _strike_retold(a: Event, b: Event) -> bool:
    """«استهدفت مسيرة للتحالف مدينة الباب», then «سقط الصاروخ في وسط المدينة»; «قصف إسرائيلي على
    المنطقة الوسطى», then «شن الطيران الإسرائيلي عدوانا جويا على المنطقة الوسطى»: an air strike told
    again in another sentence at its place as a missile or bombardment by nobody named, or by the
    same air force (whose bombardment of Syria comes from the air). Guns named, or a ground force's
    shelling beside air strikes on one town, are another attack."""
    if a.sub_event_type == _SHELLING:
        a, b = b, a
    if not (a.sub_event_type == _AIR and b.sub_event_type == _SHELLING and a.sentence != b.sentence
            and a.place_id == b.place_id) or any(g in b.notes for g in _GUNS):
        return False
    if not b.actor1:
        # told just after the strike: a nameless bombing told first or far off may be another's
        return 0 < b.sentence - a.sentence <= 2
    return _same_attackers(a, b) and set(b.actor1.split("; ")) <= _AIR_FORCES


def _dates_agree(x: _Coded, y: _Coded) -> bool:
    """Whether two events of a report can be one by their dates: the same date, or one dated by
    the report's day and the other by its text within a day of it («قصف مماثل في 2 شباط
    الماضي» in a report of March is an earlier incident, not the one the report is about)."""
    a, b = x.event, y.event
    if a.event_date == b.event_date:
        return True
    if x.text_dated != y.text_dated:
        dated, undated = (a, b) if x.text_dated else (b, a)
    elif x.text_dated and a.event_date and b.event_date and sorted((a.time_precision, b.time_precision)) in (
            [DAY, MONTH], [WEEK, MONTH]):
        # «في أيلول» and «اليوم الخميس»: a day the text gives within a month it gives (not a week:
        # «قبل أسبوع» is a day about a week back, not the week the report's other days fall in)
        dated, undated = (a, b) if a.time_precision == MONTH else (b, a)
    else:
        return False  # two dates the text gives, and they differ
    if dated.event_date is None or undated.event_date is None:
        return True  # a date that could not be resolved, or no report date: nothing to compare
    lag = (dt.date.fromisoformat(undated.event_date) - dt.date.fromisoformat(dated.event_date)).days
    return -1 <= lag <= _PERIOD_DAYS.get(dated.time_precision, 1)


# A week or month date is its first day: the report's day may lie anywhere in that period.
_PERIOD_DAYS = {WEEK: 6, MONTH: 31}


def _guessed_attacker(e: Event) -> bool:
    """Whether event e's attacker is the one the report names for its other attacks of that kind
    (_fill_actors), not one told of it."""
    return e.actor_note == _NOTE_SAME_KIND


def _absorb(x: _Coded, y: _Coded) -> None:
    target, e = x.event, y.event
    if x.weak and not y.weak:
        target.event_type, target.sub_event_type, x.weak = e.event_type, e.sub_event_type, False
    # A headline's city stands for its governorate: never a sharper place than the body's.
    if e.geo_precision is not None and (target.geo_precision or 3) > e.geo_precision and not y.headline_city:
        for k in ("location", "name", "name_ar", "lat", "lon", "place_id", "admin1", "admin2", "admin3",
                  "country", "geo_precision"):
            setattr(target, k, getattr(e, k))
        x.part = y.part
    if _strike_retold(target, e):
        target.sub_event_type = _AIR  # the air strike, of which the missile or bombardment is a retelling
    if e.actor1 not in ("", UNKNOWN) and _one_blast(target, e):
        # the kind told with its attacker is the one the report is sure of
        target.sub_event_type = e.sub_event_type
    if not target.actor1 or _guessed_attacker(target) and e.actor1 and not _guessed_attacker(e):
        target.actor1, target.actor_note = e.actor1, e.actor_note  # (the report's own word beats a guess)
    target.actor2 = target.actor2 or ("" if _among(e.actor2, target.actor1) else e.actor2)
    if _among(target.actor2, target.actor1):
        target.actor2 = ""  # a joint attacker absorbed after the target was set
    # (_same has checked that the two dates agree): the date the text gives, the sharper of two
    if y.text_dated and (not x.text_dated or (e.time_precision or YEAR) < (target.time_precision or YEAR)):
        target.event_date, target.time_precision, target.date_note = e.event_date, e.time_precision, e.date_note
        x.text_dated = True
    if x.split == 1 and y.split == 1:
        x.figures += y.figures
        killed = summarize([f for f in x.figures if f.kind == KILLED])
        target.fatalities, target.fatalities_low, target.fatalities_high, target.fatalities_note = killed
        target.injuries = summarize([f for f in x.figures if f.kind == INJURED])[0]
    else:
        # the same share of a toll told over several places, or a vague word's event joined to one
        # place's share (_same): no figure to add up, the first told stands
        if target.fatalities is None:
            for k in ("fatalities", "fatalities_low", "fatalities_high", "fatalities_note"):
                setattr(target, k, getattr(e, k))
        if target.injuries is None:
            target.injuries = e.injuries
    target.victims = ", ".join(dict.fromkeys(v for v in (target.victims + ", " + e.victims).split(", ") if v))
    target.confidence = max(target.confidence, e.confidence)


_AREA_SLACK_DEG = 0.05  # reports draw a region's edge loosely: a town just outside its outline is in it


def _without_summaries(coded: list[_Coded], found: list[Found]) -> list[_Coded]:
    """«قصف النظام على ريف إدلب» as the lead of a body telling the shelled towns of Idlib one by one:
    an event at a region (a governorate, «ريف X», a plain) whose kind and attackers the report's
    events at places inside it repeat on its days is their summary, not an event of its own, as is a
    region of its sentence told with it («قصف ... في ريفي إدلب وحلب») where the report tells events.
    Its toll, if it has one, must be told again at a place inside, or go to the one place inside its
    sentence names («قتلت فتاة جراء قصف على ريف إدلب، حيث قصفت بلدة فريكة»); else it is kept."""
    areas = {f.match.place.id: f.match.place for f in found if f.match is not None and f.match.place is not None}
    summed: list[_Coded] = []
    for c in coded:
        if not _region_level(c):
            continue
        inside = [o for o in coded if not _region_level(o) and o.event.place_id != c.event.place_id
                  and (o.event.event_type, o.event.sub_event_type) == (c.event.event_type, c.event.sub_event_type)
                  and _some_attacker_of(c.event, o.event) and _dates_agree(c, o) and _within(o.event, c.event, areas)]
        if inside and _toll_told(c, inside):
            summed.append(c)
    if not summed:
        return coded
    for c in coded:
        if _region_level(c) and all(c is not x for x in summed) and any(
                x.event.sentence == c.event.sentence and (x.event.event_type, x.event.sub_event_type) == (
                    c.event.event_type, c.event.sub_event_type) and x.event.actor1 == c.event.actor1 for x in summed) \
                and not (c.event.fatalities or c.event.injuries) and any(
                    not _region_level(o) and _within(o.event, c.event, areas) for o in coded):
            summed.append(c)
    return [c for c in coded if all(c is not x for x in summed)]


def _region_level(c: _Coded) -> bool:
    """Whether an event is placed at a region the report names as such (not at the region of a
    place the gazetteer lacks, nor one another sentence gave it)."""
    e = c.event
    return c.headline_city or e.geo_precision == 3 and e.location_note in ("", _AS_PROVINCE)


def _some_attacker_of(region: Event, e: Event) -> bool:
    """Whether an event names an attacker of a region's («قصف للنظام» and «قوات النظام وروسيا»), or the
    region's names none (a nameless one in the body may be another side's answer)."""
    return not region.actor1 or not set(region.actor1.split("; ")).isdisjoint(e.actor1.split("; "))


def _within(e: Event, region: Event, areas: dict) -> bool:
    """Whether event e is placed inside the region another event is placed at: its outline when
    the gazetteer has one, else its governorate (a city that stands for its governorate)."""
    if e.lat is None or region.place_id == e.place_id:
        return False
    area = areas.get(region.place_id)
    if area is None or not area.is_area or area.geometry_wkb is None:
        return bool(region.admin1) and e.admin1 == region.admin1
    return _outline(area.geometry_wkb).distance(shapely.Point(e.lon, e.lat)) <= _AREA_SLACK_DEG


@lru_cache(maxsize=256)  # pure; reports name the same few regions again and again
def _outline(wkb: bytes):
    """A region's outline (Place.geometry), parsed once."""
    return shapely.from_wkb(wkb)


def _toll_told(c: _Coded, inside: list[_Coded]) -> bool:
    """Whether a region's toll is told again at a place inside it (no other figure than that place's),
    or goes to the one place inside that its own sentence names, if that has no toll of its own (it
    then takes the region's); a region event with no toll has none to tell. (A sum over several
    places may be another attack's dead with them.)"""
    e = c.event
    if not (e.fatalities or e.injuries):
        return True
    if any(e.fatalities in (None, o.event.fatalities) and e.injuries in (None, o.event.injuries) for o in inside):
        return True
    told = [o for o in inside if o.event.sentence == e.sentence]
    if len(told) == 1 and not (told[0].event.fatalities or told[0].event.injuries):
        _absorb(told[0], c)
        return True
    return False
