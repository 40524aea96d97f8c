"""Cross-source deduplication: several reports of one incident become one event.

Two events are the same incident (`same_incident`) when all of these hold:

* same kind: equal `event_type` AND `sub_event_type` (an airstrike and a shelling of the
  same town on the same day are two incidents) - unless both are violent kinds (armed
  clash, attack on civilians, any remote violence) told with the same toll (`_same_toll`):
  reports disagree on how one strike or raid was carried out (air strike vs shelling, a raid
  that killed a family as a clash or an attack), but two incidents at one place on one day
  seldom kill the same number;
* dates at most one day apart (`MAX_DAYS`). A report published after midnight, or one that
  dates a night raid by the morning, is off by one day; more than that is another strike.
  Events without a day-precise date (no date, or ACLED time_precision week/month) never
  merge with dated ones, and merge with each other only inside one report (same document,
  same place): without a day there is no telling two strikes on one town apart;
* places close together, the distance allowed set by the LESS precise of the two:
  - precision 1 (the place itself): 2 km. Two reports that both name the place point at the
    same gazetteer entry (distance 0) or at a neighbourhood / landmark of it; 2 km covers a
    town's built-up area but not the next village (Syrian villages are 3-5 km apart);
  - precision 2 (near a place, "east of X", a community placed at its sub-district
    centroid, an unknown village of a named sub-district): 10 km. The resolver shifts a directional point a few km and a sub-district
    centroid can lie ~5-10 km from the community;
  - precision 3 (a region or governorate, "ريف إدلب"): the same governorate (admin1) when
    both events know it - the report only says "somewhere in it" - else 50 km;
  - no coordinates: only within one report, at the same place (same place_id / location);
* two precise locations (precision 1 or 2) that name different places are different
  incidents however close: a day's shelling of neighbouring villages 2-10 km apart is told
  as one incident per village, and a report naming village A is no report of village B.
  Places one of which is named after the other («مزرعة X», "Eastern X", a sub-district
  named after its town) count as the same place;
* events of one report at different places are different incidents, whatever the distance:
  two events that share a document merge only when they name the same place.

Clusters are complete-link: an event joins a cluster only if it is the same incident as
EVERY member, so A~B~C never chains three days or 3 x 2 km together. Events are processed
day by day, and within a day in a fixed order (most precise location first, then highest
confidence, then ids), so the result does not depend on input order and `deduplicate`
equals `deduplicate_stream` on the same events. Candidates come from an index keyed by
kind x day x grid cell (plus kind x day x governorate for vague events), so the cost is
about linear in the number of events, not quadratic.

The merged event keeps the record of its best-located report (lowest geo_precision, then
highest confidence) and adds every report: `doc_ids` (sorted, unique), `source_count`
(number of distinct documents), and in `notes` the other reports' sentences after the kept
one. Fatalities follow ACLED's spirit of a range plus one figure: low = min of the lows,
high = max of the highs, best = the figure most reports give, ties broken upwards (first
tolls are provisional and rise as the dead are counted; the mode resists one outlier), or
with no two reports agreeing and more than two of them, the upper median (when one report
counts only civilians and another only fighters, ties go downwards and the lower median: no
later count of the same dead, the most conservative figure stands);
`fatalities_note` says which report gave which figure. `actor1` lists every attacker the
reports name for the side most of them blame (`_side`: one camp of allies, actors.csv),
most-named first, and `actor_note` which report named which when they differ; `actor2` is
the side most reports say was hit (`_target`), which may be a side a report took for the attacker.
The date is the one most reports state (`_date`; a report's own day only breaks ties, or dates
it when no text states one). The kind is the one most reports give, ties going to the more specific
(`_SPECIFIC`), and `actor_note` says which report gave which kind when they differ.
"""
from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter, defaultdict
from datetime import date
from typing import Iterable, Iterator

from .actors import UNKNOWN
from .distance import KM_PER_DEGREE_OF_LATITUDE, distance_km
from .lexicon import actor_camps, actor_categories
from .records import EXACT, NEAR, REGION, REPORT_DATED, Event

MAX_DAYS = 1
# Allowed distance (km) by the less precise location of a pair; REGION is special-cased.
MAX_KM = {EXACT: 2.0, NEAR: 10.0, REGION: 50.0}
# Grid cell for candidate search, in degrees of latitude; lookups widen in longitude.
_CELL_DEG = 0.1


# Kinds a report may give one violent incident under; more specific first (a drone strike
# or a shelling names the weapon, an attack on civilians names the victims, a clash neither).
_SPECIFIC = (("Explosions/Remote violence", "Suicide bomb"),
             ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
             ("Explosions/Remote violence", "Air/drone strike"),
             ("Explosions/Remote violence", "Grenade"),
             ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
             ("Violence against civilians", "Attack"),
             ("Battles", "Armed clash"))
_VIOLENT = frozenset(_SPECIFIC)
_AIR_STRIKE = "Air/drone strike"
_FLYING = frozenset(("State forces", "External/Other forces"))  # the ACLED categories of the forces with aircraft


# ---------------------------------------------------------------- the same-incident rule

def event_day(event: Event) -> int | None:
    """Day ordinal of a day-precise date, or None (no date, unparsable, week/month precision)."""
    if not event.event_date or (event.time_precision or 1) > 1:
        return None
    try:
        return date.fromisoformat(event.event_date[:10]).toordinal()
    except ValueError:
        return None


def _name_words(e: Event) -> tuple[frozenset[str], ...]:
    """The place's English and Arabic names as sets of words, for `_named_apart`."""
    words = (frozenset(w for w in re.split(r"\W+", n.lower()) if w) for n in (e.name, e.name_ar) if n)
    return tuple(w for w in words if w)


def _named_apart(a: _Report, b: _Report) -> bool:
    """Do two precise reports name different places, neither named after the other?"""
    if max(a.precision, b.precision) == REGION or not (a.names and b.names):
        return False
    if a.event.place_id and a.event.place_id == b.event.place_id:
        return False
    return not any(x <= y or y <= x for x in a.names for y in b.names)


@dataclasses.dataclass(slots=True, frozen=True)
class _Report:
    """An event with what the rule compares worked out once (clusters compare it many times)."""

    event: Event
    kind: tuple[str, str]
    family: tuple[str, str]  # the index key: one for all violent kinds, else the kind
    day: int | None
    docs: frozenset[str]
    place: str
    precision: int  # 1-3; unknown with coordinates counts as NEAR, neither strictest nor loosest
    point: bool
    names: tuple[frozenset[str], ...]  # the gazetteer names of the place, as sets of words

    @classmethod
    def of(cls, e: Event) -> _Report:
        kind = (e.event_type, e.sub_event_type)
        return cls(e, kind, ("violent", "") if kind in _VIOLENT else kind, event_day(e), frozenset([*e.doc_ids, e.doc_id]),
                   e.place_id or " ".join(e.location.lower().split()),
                   e.geo_precision if e.geo_precision in MAX_KM else NEAR,
                   e.lat is not None and e.lon is not None, _name_words(e))

    def order_key(self) -> tuple:
        """Processing order within a day: best location first, so precise reports anchor clusters."""
        e = self.event
        return (self.precision if self.point else 4, -e.confidence, e.event_date or "", e.doc_id, e.event_id)


def _same_place(a: _Report, b: _Report) -> bool:
    if not (a.point and b.point):
        return False
    if _named_apart(a, b):
        return False
    worst = max(a.precision, b.precision)
    ea, eb = a.event, b.event
    if worst == REGION and ea.admin1 and eb.admin1:
        return ea.admin1 == eb.admin1
    return distance_km(ea.lat, ea.lon, eb.lat, eb.lon) <= MAX_KM[worst]


_NOT_FOUND = "name not found"  # the resolver's note of a place it lacks, placed at the region named with it


def _told_vaguely(a: _Report, b: _Report) -> bool:
    """Is one of two events of a report its region («ريف إدلب», "south Syria") and the other a
    place in it, struck the same way by attackers that do not differ? A report that names the
    town names the incident; its region-level copy (headline, lead, round-up) adds no place, and
    `_same_place` still checks the town lies inside (or near) the region."""
    if (a.precision == REGION) == (b.precision == REGION) or not (a.point and b.point) or a.day != b.day:
        return False
    if (a if a.precision == REGION else b).event.location_note.startswith(_NOT_FOUND):
        return False  # «مخيم "مرام" للنازحين», placed at its governorate: a place of its own, not the region told
    x, y = set(a.event.actor1.split("; ")) - {"", UNKNOWN}, set(b.event.actor1.split("; ")) - {"", UNKNOWN}
    return not x or not y or bool(x & y)


def _toll_range(e: Event) -> tuple[int, int] | None:
    if not e.fatalities:
        return None
    low, high = e.fatalities_low, e.fatalities_high
    return (e.fatalities if low is None else low, e.fatalities if high is None else high)


def _same_toll(a: _Report, b: _Report) -> bool:
    """May two violent events of different kinds be one incident? Both must be placed at a
    place (a region's toll is a total over many incidents) and give death tolls whose ranges
    meet (a first toll of 1-2 and a later one of 2 are one count)."""
    if a.kind not in _VIOLENT or b.kind not in _VIOLENT or max(a.precision, b.precision) == REGION:
        return False
    x, y = _toll_range(a.event), _toll_range(b.event)
    return bool(x and y) and x[0] <= y[1] and y[0] <= x[1]


def _same(a: _Report, b: _Report) -> bool:
    if a.kind != b.kind and not _same_toll(a, b):
        return False
    if a.day is not None and b.day is not None and abs(a.day - b.day) > MAX_DAYS:
        return False
    shared_doc = not a.docs.isdisjoint(b.docs)
    if shared_doc and a.place != b.place and not _told_vaguely(a, b) and not (a.names and a.names == b.names):
        return False  # one report, two places: two incidents (not one name the gazetteer holds twice)
    if a.day is None or b.day is None:
        return a.day is None and b.day is None and shared_doc and a.event.event_date == b.event.event_date
    if not (a.point and b.point):
        return shared_doc  # same report, same place (checked above)
    return _same_place(a, b)


def same_place(a: Event, b: Event) -> bool:
    """Are the two locations close enough for one incident, given their precision?"""
    return _same_place(_Report.of(a), _Report.of(b))


def same_incident(a: Event, b: Event) -> bool:
    """The pairwise rule of the module docstring."""
    return _same(_Report.of(a), _Report.of(b))


# ---------------------------------------------------------------- clustering

class _Cluster:
    __slots__ = ("members", "first_day", "closed")

    def __init__(self, report: _Report):
        self.members = [report]
        self.first_day = report.day
        self.closed = False


class _Clusterer:
    """Open clusters of the last two days, indexed for candidate lookup."""

    def __init__(self) -> None:
        self.open: list[_Cluster] = []
        # keyed by kind family (`_Report.family`): violent kinds may merge across kinds
        self.cells: dict[tuple, list[_Cluster]] = defaultdict(list)  # family, day, cx, cy
        self.admin: dict[tuple, list[_Cluster]] = defaultdict(list)  # family, day, admin1 (for vague queries)
        self.vague: dict[tuple, list[_Cluster]] = defaultdict(list)  # family, day: has a REGION member
        self.by_doc: dict[tuple, list[_Cluster]] = defaultdict(list)  # family, day, doc

    def add_day(self, reports: list[_Report]) -> None:
        for report in sorted(reports, key=_Report.order_key):
            cluster = self._best_cluster(report)
            if cluster is None:
                cluster = _Cluster(report)
                self.open.append(cluster)
            else:
                cluster.members.append(report)
            self._register(cluster, report)

    def close_before(self, day: int | None) -> list[_Cluster]:
        """Close and return the clusters that no report of `day` or later can join (None: all)."""
        done = [c for c in self.open if day is None or c.first_day is None or c.first_day < day - MAX_DAYS]
        for c in done:
            c.closed = True
        self.open = [c for c in self.open if not c.closed]
        if day is not None:  # forget index entries no later day can reach
            for index in (self.cells, self.admin, self.vague, self.by_doc):
                for k in [k for k in index if k[1] is not None and k[1] < day - MAX_DAYS]:
                    del index[k]
        return done

    @staticmethod
    def _cell(lat: float, lon: float) -> tuple[int, int]:
        return math.floor(lon / _CELL_DEG), math.floor(lat / _CELL_DEG)

    def _register(self, cluster: _Cluster, r: _Report) -> None:
        for doc in r.docs:
            self.by_doc[(r.family, r.day, doc)].append(cluster)
        if not r.point:
            return
        e = r.event
        self.cells[(r.family, r.day, *self._cell(e.lat, e.lon))].append(cluster)
        if e.admin1:
            self.admin[(r.family, r.day, e.admin1)].append(cluster)
        if r.precision == REGION:
            self.vague[(r.family, r.day)].append(cluster)

    def _candidates(self, r: _Report) -> Iterator[_Cluster]:
        kind, e = r.family, r.event
        # Reports come day by day, so only today's and yesterday's clusters are in reach.
        for d in [None] if r.day is None else (r.day - MAX_DAYS, r.day):
            for doc in r.docs:
                yield from self.by_doc.get((kind, d, doc), ())
            if d is None or not r.point:
                continue
            region = r.precision == REGION
            if region and e.admin1:  # anything in the same governorate may be in reach
                yield from self.admin.get((kind, d, e.admin1), ())
            # A vague member may be in reach whatever its distance; they are few.
            yield from self.vague.get((kind, d), ())
            km = MAX_KM[REGION] if region else MAX_KM[NEAR]
            dy = math.ceil(km / KM_PER_DEGREE_OF_LATITUDE / _CELL_DEG)
            coslat = max(math.cos(math.radians(min(89.0, abs(e.lat) + dy * _CELL_DEG))), 0.01)
            dx = math.ceil(km / (KM_PER_DEGREE_OF_LATITUDE * coslat) / _CELL_DEG)
            cx, cy = self._cell(e.lat, e.lon)
            for x in range(cx - dx, cx + dx + 1):
                for y in range(cy - dy, cy + dy + 1):
                    yield from self.cells.get((kind, d, x, y), ())

    def _best_cluster(self, r: _Report) -> _Cluster | None:
        best, best_key = None, None
        seen: set[int] = set()
        for cluster in self._candidates(r):
            if id(cluster) in seen or cluster.closed:
                continue
            seen.add(id(cluster))
            if not all(_same(r, m) for m in cluster.members):
                continue
            anchor = cluster.members[0]
            # Nearest anchor wins; ties go to the better-located anchor (input-order free).
            dist = (distance_km(r.event.lat, r.event.lon, anchor.event.lat, anchor.event.lon)
                    if r.point and anchor.point else 0.0)
            key = (dist, anchor.order_key())
            if r.precision == REGION:
                # A region's point is only its capital, so nearness means nothing: a report of
                # "a village in rural Quneitra" most likely tells the incident most reports tell.
                key = (-len({d for m in cluster.members for d in m.docs}), *key)
            if best_key is None or key < best_key:
                best, best_key = cluster, key
        return best


# ---------------------------------------------------------------- merging

def _best_figure(values: list[int], conservative: bool = False) -> int:
    """The figure most reports give, ties broken upwards; when no two agree, the upper median:
    one report's outlier (a page counter read as a toll, a war-wide total) does not carry it.
    `conservative`: the reports count different people (_count_others), so a higher figure is
    no later count of the same dead: ties go downwards, and the lower median (ACLED codes the
    most conservative of disputed figures)."""
    counts = Counter(values)
    if max(counts.values()) == 1 and len(values) > 2:
        return sorted(values)[(len(values) - 1) // 2 if conservative else len(values) // 2]
    return max(counts, key=lambda v: (counts[v], -v if conservative else v))


def _counted(e: Event) -> str:
    """Whom a report's toll counts, as far as it tells: "civilians" (children among them),
    "fighters" (of whatever side), or "" (both, or not said)."""
    kinds = {"fighters" if v.startswith("fighters") else "civilians" for v in e.victims.split(", ") if v}
    return kinds.pop() if len(kinds) == 1 else ""


def _count_others(told: list[Event]) -> bool:
    """Whether the reports' tolls count different people: one only civilians, another only
    fighters (7 civilians in a village's count, 120 "terrorists" in a ministry's claim)."""
    return len({_counted(e) for e in told} - {""}) > 1


def _side(named: dict[str, list[str]], events: list[Event]) -> set[str]:
    """The attackers of the side most reports blame: the camp (`actor_camps`, an alliance) most
    documents name, and whoever a report names acting jointly with it (the regime shelling
    with the SDF from Tell Rifaat). One strike has one attacking side: reports that disagree
    between allies (regime vs Russian aircraft) all count for it, and one blaming the other
    side mostly took the target for the attacker. Of camps named equally often, one that a
    report names as the target was hit; of an air strike's, one named by a force that flies
    (_FLYING: a state's or a foreign army, not a faction); of camps still tied, the best-located
    report's (`named` is in the order of the reports, the best-located first): listing both would
    make opposing sides one attacker, and `_attackers`' note keeps who said what."""
    camps = actor_camps()

    def camp(actor: str) -> str:  # an actor of no camp stands alone
        return camps.get(actor, actor)

    blamed: dict[str, set[str]] = defaultdict(set)  # a camp: the documents naming it
    for doc, actors in named.items():
        for a in actors:
            blamed[camp(a)].add(doc)
    # Not a region-level report's target (the region's front, not who was hit here), nor an ally
    # of the report's own attacker (a misreading: «قسد بمساندة التحالف» makes no target of قسد).
    hit = {camp(e.actor2) for e in events if e.actor2 and e.geo_precision in (EXACT, NEAR)
           and camp(e.actor2) not in {camp(a) for a in e.actor1.split("; ")}}
    flown = all(e.sub_event_type == _AIR_STRIKE for e in events)
    fly = {camp(a) for actors in named.values() for a in actors if flown and actor_categories().get(a) in _FLYING}
    weight = {c: (len(docs), c not in hit, c in fly) for c, docs in blamed.items()}
    sides = {c for c in weight if weight[c] == max(weight.values())}
    if len(sides) > 1:
        sides = {next(camp(a) for actors in named.values() for a in actors if camp(a) in sides)}
    return {a for actors in named.values() if any(camp(x) in sides for x in actors) for a in actors}


def _attackers(events: list[Event]) -> tuple[str, str, set[str]]:
    """actor1 of the merged event: the attackers of one side (`_side`) the reports name,
    most-named first; a note of who said what when reports disagree (one blames the regime,
    another Russia, a third the side that was hit), for the analyst to weigh; and the
    attackers named but not kept."""
    named: dict[str, list[str]] = {}  # document: the attackers it names (its first event's)
    # a report that could not name the attacker does not dispute one that does
    unsaid = UNKNOWN if any(e.actor1 not in ("", UNKNOWN) for e in events) else ""
    for e in events:
        if e.actor1 and e.actor1 != unsaid:
            named.setdefault(e.doc_id, e.actor1.split("; "))
    side = _side(named, events)
    counts = Counter(a for actors in named.values() for a in set(actors))
    order = list(dict.fromkeys(a for actors in named.values() for a in actors if a in side))  # ties: best-located first
    actor1 = "; ".join(sorted(order, key=lambda a: -counts[a]))
    beaten = set(counts) - side
    if len({tuple(actors) for actors in named.values()}) < 2:
        # the reports agree; but if none named the attacker outright, say how it was found
        notes = {e.actor_note for e in events if e.actor1}
        return actor1, notes.pop() if len(notes) == 1 else "", beaten
    return actor1, "; ".join(f"{d}: {' + '.join(actors)}" for d, actors in named.items()), beaten


def _target(events: list[Event], beaten: set[str]) -> str:
    """actor2 of the merged event: the side most reports say was hit, ties to the best-located
    report's; never a side a report names among the attackers («قسد» raiding with the coalition
    is no target because another report makes it one), unless `_side` found it `beaten`."""
    attackers = {a for e in events for a in e.actor1.split("; ")} - beaten
    hit: dict[str, set[str]] = defaultdict(set)  # a side: the documents saying it was hit
    for e in events:
        if e.actor2 and e.actor2 not in attackers:
            hit[e.actor2].add(e.doc_id)
    return max(hit, key=lambda a: len(hit[a]), default="")


def _kind(events: list[Event]) -> tuple[tuple[str, str], str]:
    """The kind most reports give, ties to the more specific, and a note of which report gave
    which kind when they differ (a strike one calls an air raid and another shelling)."""
    told: dict[str, list[tuple[str, str]]] = {}  # document: the kinds it gives
    for e in events:
        told.setdefault(e.doc_id, []).append((e.event_type, e.sub_event_type))
    counts = Counter(k for kinds in told.values() for k in set(kinds))
    if len(counts) == 1:
        return next(iter(counts)), ""
    rank = {k: i for i, k in enumerate(_SPECIFIC)}
    kind = min(counts, key=lambda k: (-counts[k], rank.get(k, len(rank))))
    return kind, "kind: " + "; ".join(f"{d}: {' + '.join(dict.fromkeys(k[1] for k in kinds))}"
                                      for d, kinds in told.items())


def _date(events: list[Event]) -> Event | None:
    """The report whose date the merged event takes: the date most documents state («أمس», "on
    Thursday", «20 كانون الثاني»); a report's own day (where it was filed: a day late after a
    night strike, a repost's crawl) only breaks ties, after the more precise date. Then the later
    day wins: the earlier of two stated dates a day apart is mostly a «أمس» or "last night"
    counted from a report filed past midnight, or from a repost given an earlier day than it was
    posted. When no text states a date the earliest report's day stands: the incident is no later
    than its first report, and later ones are the reposts. For the same reason a date that one
    document alone states gives way when two others were filed before it (a «أمس» counted
    from a late repost): reports that agree on their own day could not tell of a strike to come."""
    dated = [e for e in events if e.event_date]
    if all(e.date_note == REPORT_DATED for e in dated):
        return min(dated, key=lambda e: (e.event_date, e.time_precision or 1), default=None)
    first: dict[tuple[str, int], Event] = {}  # a date and precision: its best-located report
    stated: dict[tuple[str, int], set[str]] = defaultdict(set)  # a date: the documents stating it
    filed: dict[tuple[str, int], set[str]] = defaultdict(set)  # ... dated by their own day
    for e in dated:
        key = (e.event_date, e.time_precision or 1)
        first.setdefault(key, e)
        (filed if e.date_note == REPORT_DATED else stated)[key].add(e.doc_id)
    told_by = min((k[0] for k, docs in filed.items() if len(docs) > 1), default=None)
    if told_by is not None:
        stated = {k: docs for k, docs in stated.items() if len(docs) > 1 or k[0] <= told_by}
        if not stated:
            return first[min(filed)]
    return first[max(stated, key=lambda k: (len(stated[k]), -k[1], len(filed[k]), k[0]))]


def _tollers(events: list[Event], figure: str) -> list[Event]:
    """The reports whose `figure` counts: a region-level event beside a place of its own report
    gives the report's total over the region («9 killed in rural Idlib since Sunday»), so it
    counts only when the report tells no figure for the place itself."""
    given = [e for e in events if getattr(e, figure) is not None]
    placed = {e.doc_id for e in given if e.geo_precision in (EXACT, NEAR)}
    return [e for e in given if e.geo_precision in (EXACT, NEAR) or e.doc_id not in placed]


def merge_events(events: list[Event]) -> Event:
    """One event from reports of one incident; `events[0]` is the best-located report."""
    kept = events[0]
    doc_ids = sorted({d for e in events for d in (*e.doc_ids, e.doc_id)})
    if len(events) == 1:
        return dataclasses.replace(kept, doc_ids=doc_ids, source_count=len(doc_ids))
    merged = dataclasses.replace(kept, doc_ids=doc_ids, source_count=len(doc_ids))
    # Fill what the kept report leaves blank from the others, in processing order.
    merged.actor1, merged.actor_note, beaten = _attackers(events)
    (merged.event_type, merged.sub_event_type), kind_note = _kind(events)
    merged.actor_note = "; ".join(n for n in (merged.actor_note, kind_note) if n)
    merged.actor2 = _target(events, beaten)
    for f in ("victims", "url", "source", "name", "name_ar", "place_id", "admin1", "admin2", "admin3", "country"):
        if not getattr(merged, f):
            setattr(merged, f, next((getattr(e, f) for e in events if getattr(e, f)), getattr(merged, f)))
    chosen = _date(events)
    if chosen is not None:
        merged.event_date, merged.time_precision, merged.date_note = (
            chosen.event_date, chosen.time_precision, chosen.date_note)
    told = _tollers(events, "fatalities")
    bests = [e.fatalities for e in told]
    lows = [e.fatalities_low for e in told if e.fatalities_low is not None] + bests
    highs = [e.fatalities_high for e in told if e.fatalities_high is not None] + bests
    different = _count_others(told)
    if bests:
        merged.fatalities = _best_figure(bests, different)
    merged.fatalities_low = min(lows) if lows else None
    merged.fatalities_high = max(highs) if highs else None
    if len(bests) > 1:
        # (and whom each counted, when they count different people)
        merged.fatalities_note = "; ".join(
            f"{e.doc_id}: {e.fatalities}" + (f" {_counted(e)}" if different and _counted(e) else "") for e in told)
    injuries = [e.injuries for e in _tollers(events, "injuries")]
    merged.injuries = _best_figure(injuries) if injuries else None
    merged.confidence = max(e.confidence for e in events)
    others = [f"[{e.doc_id}] {e.notes}" for e in events[1:] if e.notes and e.notes != kept.notes]
    merged.notes = " | ".join([kept.notes, *others]) if others else kept.notes
    return merged


def _finished(clusters: list[_Cluster]) -> list[list[Event]]:
    # The best-located report first: members are in processing order only within a day, and a
    # region-level report of the day before may have opened the cluster.
    groups = [[m.event for m in sorted(c.members, key=_Report.order_key)] for c in clusters]
    return sorted(groups, key=lambda g: (g[0].event_date or "", g[0].event_id))


# ---------------------------------------------------------------- entry points

def _undated_groups(reports: list[_Report]) -> Iterator[list[Event]]:
    """Incidents among undated reports that share a document (the only ones they can merge with)."""
    clusterer = _Clusterer()
    clusterer.add_day(reports)
    return _finished(clusterer.close_before(None))


def _cluster_reports(reports: Iterable[_Report]) -> Iterator[list[Event]]:
    clusterer = _Clusterer()
    # Undated reports merge only within one report, so a run of them sharing a document is
    # clustered and released as soon as one of another document comes: memory stays flat.
    undated: list[_Report] = []
    undated_docs: set[str] = set()
    day: int | None = None
    today: list[_Report] = []
    for r in reports:
        if r.day is None:
            if undated and undated_docs.isdisjoint(r.docs):
                yield from _undated_groups(undated)
                undated, undated_docs = [], set()
            undated.append(r)
            undated_docs |= r.docs
            continue
        if day is not None and r.day < day:
            raise ValueError(f"deduplicate_stream needs events sorted by date: "
                             f"{r.event.event_date} came after a later day")
        if r.day != day:
            if today:
                clusterer.add_day(today)
                yield from _finished(clusterer.close_before(r.day))
            day, today = r.day, []
        today.append(r)
    if today:
        clusterer.add_day(today)
    yield from _finished(clusterer.close_before(None))
    if undated:
        yield from _undated_groups(undated)


def cluster_stream(events: Iterable[Event]) -> Iterator[list[Event]]:
    """Group events that arrive sorted by date into incidents.

    Undated events (no day-precise date) may come anywhere, but those of one document must
    come together, as an extractor gives them: they merge only within their document.
    Each group is one incident, best-located report first. Memory holds one day of input,
    the clusters of the two last days, and the undated events of one document. Raises
    ValueError when a dated event arrives after a later day was already started.
    """
    return _cluster_reports(map(_Report.of, events))


def clusters(events: Iterable[Event]) -> list[list[Event]]:
    """Group events into incidents, in any input order (see `cluster_stream`)."""
    # Undated first, each document's together; then by day (`order_key` fixes the rest).
    reports = sorted(map(_Report.of, events),
                     key=lambda r: (r.day or 0, min(r.docs) if r.day is None else "", r.order_key()))
    return list(_cluster_reports(reports))


def deduplicate_stream(events: Iterable[Event]) -> Iterator[Event]:
    """`deduplicate` for events sorted by date, with bounded memory (see `cluster_stream`)."""
    return (merge_events(group) for group in cluster_stream(events))


def deduplicate(events: Iterable[Event]) -> list[Event]:
    """Merge the reports of one incident into one event. Pure; input order does not matter."""
    return [merge_events(group) for group in clusters(events)]
