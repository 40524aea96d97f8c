"""Text -> folded text, sentences, clauses and tokens, with offsets back into the original.

Every later stage (actors, triggers, dates, numbers, place names) matches on the *folded*
text: lower case, one alef, ه for ة, ASCII digits, no diacritics or tatweel. Folding drops
characters, so `Segmented.orig()` maps a folded offset back to the report as written:
events and mentions must be traceable to their exact source span.

Sentences end at «.», «?», «؟», «!», newlines and runs of dots; clauses also end at «،»,
«؛», «,», «;», «:» and at quotation marks that close a quote before a sentence-like break.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .normalize import AR_PROCLITICS, strip_article_ar, strip_proclitic

_AR_LETTER_FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا", "ؤ": "و", "ئ": "ي", "ى": "ي",
    "ة": "ه", "ک": "ك", "ی": "ي", "ګ": "ك", "ڪ": "ك", "ۀ": "ه", "ہ": "ه", "ە": "ه",
}
# One character in, one character out: the folded text keeps the original's length...
_ONE_TO_ONE = (
    _AR_LETTER_FOLD
    | dict(zip("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789"))
    | {c: '"' for c in "«»“”„‟″"} | {c: "'" for c in "‘’‚‛′`´"}
    | dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz"))
    | {"\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u061f": "?", "\u066b": ".", "\u066c": ","}
)
# Replaced by a regex rather than str.translate: few characters change (about 6% of an Arabic
# report) and translate pays a dictionary lookup for every character that is not ASCII.
_TO_FOLD = re.compile("[" + "".join(map(re.escape, _ONE_TO_ONE)) + "]")
# ...except for these, which carry no spelling and are dropped (diacritics, tatweel, hamza
# on the line, zero-width and bidi marks).
_DROP = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u0621"
                   "\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u061c\u00ad]")

_SENTENCE_END = re.compile(r"\n+|\.{2,}|[!?]+|(?<![\s.])\.(?=[\s\"')\]]|$)")
_CLAUSE_END = re.compile(r"[،؛;:]|,(?!\d)|\"(?=\s*[-–—])|\s[-–—]\s")
# «و140» is two tokens, and so is «عفرينpic» (a link glued to a word): a token is digits,
# Latin letters or Arabic letters, never a mix.
_TOKEN = re.compile(r"[0-9]+|[a-z]+(?:['-][a-z]+)*|[\u0621-\u064a\u0671-\u06d3]+")
_ABBREV = re.compile(r"(?:^|[\s.])[a-z\u0621-\u064a]$")  # «أ.ب», "U.S.": a dot after one letter


def _fold_char(m: re.Match) -> str:
    return _ONE_TO_ONE[m[0]]


def fold(text: str) -> tuple[str, list[int] | None]:
    """The folded text, and for each folded character its offset in `text` (None: identical)."""
    t = _TO_FOLD.sub(_fold_char, text)
    drops = [m.start() for m in _DROP.finditer(t)]
    if not drops:
        return t, None
    index: list[int] = []
    prev = 0
    for d in drops:
        index.extend(range(prev, d))
        prev = d + 1
    index.extend(range(prev, len(t)))
    return _DROP.sub("", t), index


@dataclass(eq=False, slots=True)  # slots: a report has thousands, made and read in hot loops
class Token:
    text: str  # folded
    start: int  # offsets in the folded text
    end: int
    sentence: int
    clause: int  # global clause number
    readings: tuple[str, ...] = ()  # the word without proclitics / article, for lexicon lookups


@dataclass
class Sentence:
    index: int
    start: int  # offsets in the folded text
    end: int
    clauses: list[tuple[int, int]] = field(default_factory=list)  # (start, end), folded offsets
    first_clause: int = 0  # global number of its first clause
    tokens: list[Token] = field(default_factory=list)


@dataclass
class Segmented:
    """A document's text cut into sentences, clauses and tokens."""

    text: str  # as written
    folded: str
    index: list[int] | None
    sentences: list[Sentence]
    tokens: list[Token]
    words: list[str]  # the text of each token: lexicon matchers read a document by its words

    def orig(self, i: int) -> int:
        """Offset in the original text of folded offset `i` (`i` may be len(folded))."""
        if self.index is None:
            return i
        return self.index[i] if i < len(self.index) else len(self.text)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of a folded span."""
        return self.orig(start), (self.orig(end - 1) + 1 if end > start else self.orig(start))

    def original(self, start: int, end: int) -> str:
        """The text as written of a folded span."""
        a, b = self.span(start, end)
        return self.text[a:b]


@lru_cache(maxsize=200_000)  # pure, and asked of every token by several stages
def readings(word: str) -> tuple[str, ...]:
    """Lookup forms of a folded word: as written, without proclitics, without the article."""
    out = [word]
    if word[:1] in _PROCLITIC_FIRST:
        out.extend(strip_proclitic(word))
    for w in list(out):
        bare = strip_article_ar(w)
        if bare != w and bare not in out:
            out.append(bare)
    return tuple(out)


_PROCLITIC_FIRST = {p[0] for p in AR_PROCLITICS}


def _cut(text: str, start: int, end: int, pattern: re.Pattern, check=None) -> list[tuple[int, int]]:
    """Pieces of text[start:end] between matches of `pattern`, blank pieces dropped."""
    pieces, prev = [], start
    for m in pattern.finditer(text, start, end):
        if check is not None and not check(text, m):
            continue
        pieces.append((prev, m.end()))
        prev = m.end()
    pieces.append((prev, end))
    out = []
    for a, b in pieces:
        piece = text[a:b]
        body = piece.strip()
        if body:
            a += len(piece) - len(piece.lstrip())
            out.append((a, a + len(body)))
    return out


def _real_stop(text: str, m: re.Match) -> bool:
    """A single dot after a lone letter is an abbreviation («أ.ب», "U.S."), not a sentence end."""
    if m.group() != ".":
        return True
    return not _ABBREV.search(text, max(0, m.start() - 2), m.start())


def segment(text: str) -> Segmented:
    """Cut a document into sentences, clauses and tokens (all offsets in the folded text)."""
    folded, index = fold(text)
    sentences: list[Sentence] = []
    tokens: list[Token] = []
    clause_no = 0
    for s_start, s_end in _cut(folded, 0, len(folded), _SENTENCE_END, _real_stop):
        sent = Sentence(len(sentences), s_start, s_end, first_clause=clause_no)
        sent.clauses = _cut(folded, s_start, s_end, _CLAUSE_END)
        for c_start, c_end in sent.clauses:
            sent.tokens += [Token(m[0], m.start(), m.end(), sent.index, clause_no, readings(m[0]))
                            for m in _TOKEN.finditer(folded, c_start, c_end)]
            clause_no += 1
        tokens.extend(sent.tokens)
        sentences.append(sent)
    return Segmented(text, folded, index, sentences, tokens, [t.text for t in tokens])


def sentences(text: str) -> list[tuple[int, int, str]]:
    """(start, end, sentence) in the original text: the plain view for callers and tests."""
    seg = segment(text)
    out = []
    for s in seg.sentences:
        a, b = seg.span(s.start, s.end)
        out.append((a, b, text[a:b]))
    return out


def clauses(text: str) -> list[tuple[int, int, str]]:
    """(start, end, clause) in the original text."""
    seg = segment(text)
    out = []
    for s in seg.sentences:
        for c_start, c_end in s.clauses:
            a, b = seg.span(c_start, c_end)
            out.append((a, b, text[a:b]))
    return out


__all__ = ["Segmented", "Sentence", "Token", "fold", "readings", "segment", "sentences", "clauses"]
