"""The curated word lists (package data) and the token matcher that finds them in text.

- `actors.csv`: canonical actor name, type (state, non_state, external, civilians, source),
  ACLED's actor category (`inter`: "State forces", "Rebel group", ...), its camp (the alliance
  it fights in: regime, opposition (Turkey and the factions it backs), coalition (the US-led
  coalition and the SDF), isis, israel, jordan; blank for a side that changes or none), Arabic
  and English variants separated by «|».
- `triggers.csv`: event trigger phrases, their class (air, shelling, capture, ...; "context" for
  longer phrases that hold a trigger's word but tell no event, «خريطة السيطرة»; "accident" for
  what kills with no attack, «انفجار أسطوانة غاز», "traffic accident"), strength, and
  the attacker the weapon itself names, if any (barrel bombs: the regime, by ACLED's convention).
- `words.json`: small closed lists (modal words, person titles, prepositions, common words...).

Phrases are written naturally and folded (segment.fold) when loaded; a trailing «*» on a word
matches any ending. Matching runs over tokens with dictionary lookups, so its cost grows with
the length of the text, not with the size of the lists.
"""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import compress, count
from operator import attrgetter
from typing import Any, Iterable

from ..normalize import strip_article_ar
from ..segment import _TOKEN, Token, fold, readings


def _phrase_tokens(phrase: str) -> tuple[str, ...]:
    """A lexicon phrase as folded tokens; a trailing «*» survives on the word it ends."""
    folded = fold(phrase.strip())[0].lower()
    out = []
    for part in folded.split():
        star = part.endswith("*")
        toks = _TOKEN.findall(part.rstrip("*"))
        if star and toks:
            toks[-1] += "*"
        out.extend(toks)
    return tuple(out)


def _lookup_form(word: str) -> str:
    return strip_article_ar(word)


class PhraseMatcher:
    """Longest non-overlapping matches of lexicon phrases in a token list.

    The first word of a phrase may carry proclitics and the article in the text («لطائرات»,
    «بالغارات»); later words must match as written (or by prefix when they end in «*»).
    With `enclitics`, a phrase of one word also matches with a pronoun after it («غاراتها»,
    «غارتها», «ضرباته»): nouns of events take them, and listing every form would not end.
    With `definite`, a first word written with the article needs it in the text (alone or
    after a proclitic: «بالقاعدة», «والنظام»): the name «القاعدة» (al-Qaeda) is not the noun
    «قاعدة» (a base), nor «النظام» (the regime) «نظام» (a system).
    """

    def __init__(self, entries: Iterable[tuple[str, Any]], enclitics: bool = False, definite: bool = False):
        self.enclitics = enclitics
        self.exact: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
        self.prefix: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
        for phrase, payload in entries:
            toks = _phrase_tokens(phrase)
            if not toks:
                continue
            first = toks[0]
            if first.endswith("*"):
                self.prefix.setdefault(_lookup_form(first[:-1]), []).append((toks, payload))
            else:
                key = first if definite and first.startswith("ال") else _lookup_form(first)
                self.exact.setdefault(key, []).append((toks, payload))
        for table in (self.exact, self.prefix):
            for cands in table.values():
                cands.sort(key=lambda c: -len(c[0]))
        self.prefix_lengths = sorted({len(k) for k in self.prefix}, reverse=True)
        # Folded word -> the phrases it can start, filled as words are seen. Most words start
        # none, so a text is scanned with one dictionary lookup per token, at C speed.
        self._by_word = WordTable(self._lookup, _MAX_WORDS)

    def _lookup(self, word: str) -> tuple:
        """The phrases a word can start, as (length, later words, payload), longest first (the
        sort is stable: among equals, the reading and table order decide): () if none, else
        (by second word, others). Most phrases fail on their second word, so each text a second
        word may have maps to the phrases it lets through (those it matches the second word of,
        and those that take any), in order; `others`, those that take any (one word, or a
        prefix), go for any other text."""
        found = []
        for r in readings(word):
            found.extend(self.exact.get(r, ()))
            if self.enclitics:
                found.extend(c for stem in _without_pronoun(r) for c in self.exact.get(stem, ()) if len(c[0]) == 1)
            for n in self.prefix_lengths:
                if len(r) >= n:
                    found.extend(self.prefix.get(r[:n], ()))
        if not found:
            return ()  # most words: one shared empty tuple
        found.sort(key=lambda c: -len(c[0]))
        seconds = [_texts_matching(toks[1]) if len(toks) > 1 else None for toks, _payload in found]
        phrases = [(len(toks), toks[1:], payload) for toks, payload in found]
        by_second = {text: tuple(p for p, second in zip(phrases, seconds) if second is None or text in second)
                     for second in seconds if second for text in second}
        return by_second, tuple(p for p, second in zip(phrases, seconds) if second is None)

    def matches_at(self, tokens: list[Token], i: int) -> tuple[int, Any] | None:
        """(end token index, payload) of the longest phrase starting at token i."""
        starts = self._by_word[tokens[i].text]
        return self._longest(tokens, i, starts) if starts else None

    @staticmethod
    def _longest(tokens: list[Token], i: int, starts: tuple) -> tuple[int, Any] | None:
        """The longest phrase of `starts` (a word's _lookup) at token i."""
        by_second, others = starts
        candidates = by_second.get(tokens[i + 1].text, others) if i + 1 < len(tokens) else others
        for n, later, payload in candidates:  # longest first: the first that fits wins
            if n == 1:
                return i + 1, payload
            if i + n > len(tokens) or tokens[i + n - 1].sentence != tokens[i].sentence:
                continue
            if all(map(_word_matches, later, tokens[i + 1:i + n])):
                return i + n, payload
        return None

    def find(self, tokens: list[Token], words: list[str] | None = None) -> list[tuple[int, int, Any]]:
        """All matches (first token, end token, payload), left to right, longest first. `words`:
        the tokens' texts, when the caller has them (Segmented.words)."""
        candidates = list(map(self._by_word.__getitem__, map(_TEXT, tokens) if words is None else words))
        out = []
        end = 0
        # Only the positions whose word can start a phrase, picked out at C speed.
        for i in compress(range(len(candidates)), candidates):
            if i < end:
                continue
            m = self._longest(tokens, i, candidates[i])
            if m is not None:
                out.append((i, m[0], m[1]))
                end = m[0]
        return out

    def contains(self, tok: Token) -> bool:
        """Whether a single-word phrase matches this token."""
        starts = self._by_word[tok.text]
        return bool(starts) and any(c[0] == 1 for c in starts[1])


class MatcherGroup:
    """Several matchers that read the same texts, together in one pass: `find` gives each
    matcher's matches, the same as its own `find` would, for the cost of one scan of the words
    (the scan, one dictionary lookup per word, is most of what a matcher with few hits costs)."""

    def __init__(self, matchers: Iterable[PhraseMatcher]):
        self.matchers = tuple(matchers)
        self._by_word = WordTable(self._lookup, _MAX_WORDS)  # word -> (matcher number, its candidates)

    def _lookup(self, word: str) -> tuple[tuple[int, tuple], ...]:
        # only the matchers the word starts a phrase of: a word is seldom in more than one list
        return tuple((n, found) for n, m in enumerate(self.matchers) if (found := m._by_word[word]))

    def find(self, tokens: list[Token], words: list[str]) -> list[list[tuple[int, int, Any]]]:
        """Per matcher, its matches (first token, end token, payload), as PhraseMatcher.find."""
        table = self._by_word
        out: list[list[tuple[int, int, Any]]] = [[] for _ in self.matchers]
        ends = [0] * len(self.matchers)
        for i in compress(count(), map(table.__getitem__, words)):
            for n, candidates in table[words[i]]:
                if i >= ends[n]:
                    m = PhraseMatcher._longest(tokens, i, candidates)
                    if m is not None:
                        out[n].append((i, m[0], m[1]))
                        ends[n] = m[0]
        return out


# Distinct words a matcher remembers before it starts afresh. 5k reports of the dev texts
# hold 18k distinct words (20k at 20k reports). Eight matchers keep such a table, at about
# 40 bytes a word each plus the word (about 90 bytes in Arabic, shared by the tables): 50k
# words bound them to about 20 MB in all, where 200k allowed about 80 MB.
_MAX_WORDS = 50_000
_LISTS = 20  # words.json has 16 lists
_TEXT = attrgetter("text")


class WordTable(dict):
    """Word -> lookup(word), computed on first sight: `table[word]` stays in C for every word
    seen before, and `map(table.__getitem__, words)` reads a whole text at C speed."""

    def __init__(self, lookup, bound: int):
        super().__init__()
        self.lookup = lookup
        self.bound = bound

    def __missing__(self, word: str):
        if len(self) >= self.bound:  # a bound on memory for endless streams of new words
            self.clear()  # safe if another thread reads the table: a word gone is looked up again
        value = self[word] = self.lookup(word)
        return value


# Attached pronouns (folded), longest first: «ـهما», «ـهم», «ـها», «ـه».
_PRONOUNS = ("هما", "هم", "ها", "ه")


@lru_cache(maxsize=100_000)  # pure, and asked of each new word of a text
def _without_pronoun(word: str) -> tuple[str, ...]:
    """The word without an attached pronoun, if it ends in one: «غاراتها» -> «غارات»; a
    feminine noun gets its «ة» back, folded «ه»: «غارتها» -> «غاره». The stem keeps three letters.
    Without the alif of the accusative, too: «فرضت حصاراً», «وقعت اتفاقاً» («حصار», «اتفاق»)."""
    for p in _PRONOUNS:
        if word.endswith(p) and len(word) - len(p) >= 3:
            stem = word[:-len(p)]
            return (stem, stem[:-1] + "ه") if stem.endswith("ت") else (stem,)
    if word.endswith("ا") and len(word) >= 4 and "\u0621" <= word[0] <= "\u064a":
        return (word[:-1],)
    return ()


def _texts_matching(pattern: str) -> frozenset[str] | None:
    """The token texts that _word_matches(pattern) accepts, if they are few (not a prefix)."""
    if pattern.endswith("*"):
        return None
    return frozenset((pattern, pattern[2:]) if pattern.startswith("ال") else (pattern,))


def _word_matches(pattern: str, tok: Token) -> bool:
    if pattern.endswith("*"):
        return tok.text.startswith(pattern[:-1])
    return tok.text == pattern or (pattern.startswith("ال") and tok.text == pattern[2:])


def _read(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


@dataclass(frozen=True)
class ActorEntry:
    name: str  # canonical English name
    type: str  # state, non_state, external, civilians, source, anaphor, label


@dataclass(frozen=True)
class TriggerEntry:
    cls: str  # air, drone, shelling, strike, suicide, ied, explosion, chemical, clash, ...
    strength: float
    actor: str = ""  # the attacker the weapon names, when no actor is written


@lru_cache(maxsize=1)  # built once; the argument-free call is the only entry
def actor_matcher() -> PhraseMatcher:
    entries = []
    for row in csv.DictReader(_read("actors.csv").splitlines()):
        entry = ActorEntry(row["canonical"], row["type"])
        for col in ("ar", "en"):
            entries.extend((v, entry) for v in row[col].split("|") if v.strip())
    for kind in ("anaphor", "label"):
        entry = ActorEntry("", kind)
        for words in words_lists()[kind + "s"].values():
            entries.extend((w, entry) for w in words)
    return PhraseMatcher(entries, definite=True)


@lru_cache(maxsize=1)  # built once; the argument-free call is the only entry
def trigger_matcher() -> PhraseMatcher:
    entries = []
    for row in csv.DictReader(_read("triggers.csv").splitlines()):
        entry = TriggerEntry(row["class"], float(row["strength"]), row["actor"] or "")
        entries.extend((v, entry) for v in row["phrase"].split("|") if v.strip())
    return PhraseMatcher(entries, enclitics=True)


@lru_cache(maxsize=1)  # built once; the argument-free call is the only entry
def words_lists() -> dict[str, dict[str, list[str]]]:
    data = json.loads(_read("words.json"))
    data.pop("_about", None)
    return data


@lru_cache(maxsize=_LISTS)  # one per list of words.json: no more can be asked for
def word_matcher(name: str) -> PhraseMatcher:
    """A matcher for one list of words.json (all its languages or groups), payload = group."""
    return PhraseMatcher((w, group) for group, ws in words_lists()[name].items() for w in ws)


LOCAL_MEDIA = "local media"  # the actors.csv row of outlets named for a place


@lru_cache(maxsize=1)  # built once; the argument-free call is the only entry
def actor_categories() -> dict[str, str]:
    """Canonical actor name -> ACLED's category of it (its `inter` code, as ACLED now writes it)."""
    return {row["canonical"]: row["inter"] for row in csv.DictReader(_read("actors.csv").splitlines()) if row["inter"]}


@lru_cache(maxsize=1)  # built once; the argument-free call is the only entry
def actor_camps() -> dict[str, str]:
    """Canonical actor name -> its camp, the alliance whose members may strike together."""
    return {row["canonical"]: row["camp"] for row in csv.DictReader(_read("actors.csv").splitlines()) if row["camp"]}


@lru_cache(maxsize=1)  # built once; the argument-free call is the only entry
def lexicon_words() -> frozenset[str]:
    """Every word the lexicon knows, folded and without the article: the base of the stoplist
    of common words that must not be read as village names on their own; but not the words
    of words.json's "place_names", which are also well-known places («تدمر», "destroys", is
    Palmyra; the trigger phrases that hold it as a verb keep it from being read so there)."""
    out: set[str] = set()
    for row in csv.DictReader(_read("actors.csv").splitlines()):
        if row["canonical"] == LOCAL_MEDIA:
            continue  # «درعا 24», «حلب اليوم»: outlets named for their towns; their mentions block the place
        for col in ("ar", "en"):
            for v in row[col].split("|"):
                out.update(_phrase_tokens(v))
    for row in csv.DictReader(_read("triggers.csv").splitlines()):
        for v in row["phrase"].split("|"):
            out.update(_phrase_tokens(v))
    lists = words_lists()
    for groups in lists.values():
        for ws in groups.values():
            for w in ws:
                out.update(_phrase_tokens(w))
    names = {_lookup_form(t) for ws in lists["place_names"].values() for w in ws for t in _phrase_tokens(w)}
    return frozenset(_lookup_form(w) for w in out if not w.endswith("*")) - names
