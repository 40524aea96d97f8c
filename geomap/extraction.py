"""Report text -> events: the extraction stages and their Python API.

    segment (sentences, clauses, tokens) -> actors -> place mentions (found, then resolved with
    the report's own context) -> events and control records (events.py)

    ex = Extractor(gazetteer)            # cheap to keep, picklable: holds the gazetteer and resolver
    res = ex.extract_document(doc)       # ExtractResult(events, controls, mentions, unresolved, warnings)
    events = extract(text, date="2016-07-28")
    gdf = to_geodataframe(events)
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace

from .actors import find_actors
from .dates import parse_report_date
from .events import EventCoder, attacked_after
from .records import ControlRecord, Document, Event, Mention
from .resolver import Resolver
from .segment import segment
from .store import Gazetteer
from .toponyms import ToponymFinder


@dataclass
class ExtractResult:
    events: list[Event] = field(default_factory=list)
    controls: list[ControlRecord] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)  # resolved place mentions
    unresolved: list[Mention] = field(default_factory=list)  # «قرية X» that nothing placed
    warnings: list[str] = field(default_factory=list)


class Extractor:
    """Extracts events from documents against one gazetteer. No state is kept between documents."""

    def __init__(self, gazetteer: Gazetteer | None = None):
        if gazetteer is None:
            from .gazetteer import load_gazetteer

            gazetteer = load_gazetteer(quiet=True)
        self.gazetteer = gazetteer
        self.resolver = Resolver(gazetteer)
        self.toponyms = ToponymFinder(self.resolver)
        self.coder = EventCoder()

    def __getstate__(self):
        return {"gazetteer": self.gazetteer}

    def __setstate__(self, state):
        self.__init__(state["gazetteer"])

    def extract_document(self, doc: Document) -> ExtractResult:
        """Events, control records and place mentions of one report.

        Raises ValueError when the document's date is not an ISO date.
        """
        try:
            report = parse_report_date(doc.date)
        except ValueError:
            raise ValueError(f"document {doc.id}: date {doc.date!r} is not an ISO date (YYYY-MM-DD)") from None
        text = doc.text or ""
        seg = replace(segment(unglue_captions(unmask(text))), text=text)
        actors = [a for a in find_actors(seg.tokens, seg.words, seg.original, report)
                  if not self.toponyms.country_after_in(seg.tokens, a.first, a.last)]  # «في إيران»: a place
        phrases = self.coder.phrases(seg)
        blocked = {k for a in actors for k in range(a.first, a.last)}
        blocked |= {k for i, j, _e in phrases.triggers if j - i > 1 for k in range(i, j)} | phrases.verbs
        found = self.toponyms.find(seg, blocked, attacked_after(seg.tokens, phrases, actors))
        mentions, unresolved = self.toponyms.resolve(seg, found)
        events, controls, warnings = self.coder.code(seg, actors, found, doc.id, report, phrases)
        for e in events:
            e.url = doc.url
            e.source = doc.source
        for c in controls:
            c.url = doc.url
        warnings += [f"place not found: {m.text!r}" for m in unresolved]
        return ExtractResult(events, controls, mentions, unresolved, warnings)


# Posts written past platform filters break words up: «قـ ـصـ ـف», «إصـ.ـابة», «جيـ*ـش», «إ.س.ر.ا.ئ.ي.ل».
# A tatweel with a space, dot or star beside it, or dots between runs of one to three letters, inside a
# word. Folding drops tatweel, so these separators become tatweel: same length, offsets unchanged.
_AR = "\u0621-\u063a\u0641-\u064a"
# The letter before a separator is checked once its first character is read («ـ(?<=بـ)»), not
# before it: a pattern that starts with a character lets the regex engine skip to its occurrences.
_LETTER = f"[{_AR}\u064b-\u065f]"
_MASK = re.compile(f"(?:\u0640(?<={_LETTER}\u0640)\u0640*[ .*]+\u0640+|\u0640(?<={_LETTER}\u0640)\u0640*\\."
                   f"|\\.(?<={_LETTER}\\.)\u0640+)(?=[{_AR}\u0640])")
_DOTTED = re.compile(f"(?<![{_AR}.])[{_AR}]{{1,3}}(?:\\.[{_AR}]{{1,3}}){{2,}}(?![{_AR}])")
# In every _DOTTED match (a letter, a dot, one to three letters, a dot, a letter); found far faster.
_TWO_DOTS = re.compile(f"\\.(?<=[{_AR}]\\.)[{_AR}]{{1,3}}\\.[{_AR}]")
# «ا.ستهدفت», «غار.ة»: a word's first letter, or its final «ة», cut off by a dot (no word is one
# letter; «م.ط», «أ.ف.ب» are abbreviations, «سوريا.وقال» a missing space, «قرقوزاق.ؤ» a slip after a
# sentence's end)
_LETTER_CUT = re.compile(f"\\.(?:(?<=(?<![{_AR}.])[{_AR}]\\.)(?=[{_AR}]{{3}})|(?<=[{_AR}]{{2}}\\.)(?=\u0629(?![{_AR}.])))")
# «الاحتـــ*لال», «جي*ش»: a star inside an Arabic word is never the word's own
_STARRED = re.compile(f"\\*+(?<=[{_AR}\u0640]\\*)(?=[{_AR}\u0640])")


def unmask(text: str) -> str:
    """The text with masked words joined again, character for character the same length."""
    if "\u0640" in text:  # in every _MASK match
        text = _MASK.sub(lambda m: "\u0640" * len(m.group()), text)
    if "*" in text:
        text = _STARRED.sub(lambda m: "\u0640" * len(m.group()), text)
    text = _LETTER_CUT.sub("\u0640", text)
    if not _TWO_DOTS.search(text):
        return text
    # Four letters at least: «أ.ف.ب» is an abbreviation, not a masked word.
    return _DOTTED.sub(lambda m: m.group().replace(".", "\u0640") if len(m.group()) - m.group().count(".") >= 4
                       else m.group(), text)


# «... على مدينة تدمر يوم أمسصورة بالتعليق»: a post's "photo in the comments" glued to its last
# word hides that word («أمس», «حمص»); blanked, it parts from it (the same length, offsets unchanged).
_GLUED_CAPTION = re.compile(f"(?<=[{_AR}])صورة[ \t]+(?:بالتعليقات|بالتعليق|في[ \t]+التعليقات|في[ \t]+التعليق)")


def unglue_captions(text: str) -> str:
    """The text with a post's caption cue glued to the word before it blanked out."""
    if "صورة" not in text:
        return text
    return _GLUED_CAPTION.sub(lambda m: " " * len(m.group()), text)


def extract(text: str, date: str | None = None, gazetteer: Gazetteer | None = None, doc_id: str = "text",
            url: str | None = None) -> list[Event]:
    """Events in one report's text; `date` is its publication date (ISO), for «أمس» and the like."""
    return Extractor(gazetteer).extract_document(Document(doc_id, text, date=date, url=url)).events


_EVENT_FIELDS = [f.name for f in fields(Event)]


def to_geodataframe(events: list[Event]):
    """Events as a GeoDataFrame in EPSG:4326: one Point per event (None when it has no place)."""
    import geopandas as gpd
    from shapely.geometry import Point

    rows = [e.to_dict() for e in events]
    geometry = [Point(e.lon, e.lat) if e.lat is not None and e.lon is not None else None for e in events]
    return gpd.GeoDataFrame(rows, columns=_EVENT_FIELDS, geometry=geometry, crs="EPSG:4326")
