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
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, chain, compress, count, islice, repeat
from operator import not_, sub
from sys import intern

from .normalize import AR_LETTER_FOLD, AR_PROCLITICS, strip_article_ar, strip_proclitic

# Kurdish and Turkish spellings («Serêkaniyê», «Qamişlo», «Kobanî»): an accented Latin letter is
# its base letter, lower case, so that a word is one token of [a-z] as every stage reads them.
_LATIN_ACCENTED = {c: b for c, b in ((chr(n), unicodedata.normalize("NFKD", chr(n))[0].lower())
                                     for n in range(0xC0, 0x250)) if "a" <= b <= "z"} \
    | dict(zip("ıøØłŁđĐ", "ioolldd"))
# One character in, one character out: the folded text keeps the original's length...
_ONE_TO_ONE = (
    AR_LETTER_FOLD
    | dict(zip("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789"))
    | {c: '"' for c in "«»“”„‟″"} | {c: "'" for c in "‘’‚‛′`´"}
    | dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz"))
    | _LATIN_ACCENTED
    | {"\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u061f": "?", "\u066b": ".", "\u066c": ","}
)
# ...except for these, which carry no spelling and are dropped: diacritics, tatweel, hamza on
# the line, zero-width and bidi marks.
_DROPPED = "".join(chr(c) for a, b in ((0x610, 0x61a), (0x64b, 0x65f), (0x670, 0x670), (0x6d6, 0x6ed), (0x640, 0x640),
                                       (0x621, 0x621), (0x200b, 0x200f), (0x202a, 0x202e), (0x2066, 0x2069),
                                       (0xfeff, 0xfeff), (0x61c, 0x61c), (0xad, 0xad)) for c in range(a, b + 1))
# Replaced by a regex rather than str.translate: few characters change (about 6% of an Arabic
# report) and translate pays a dictionary lookup for every character that is not ASCII. The text
# is split at them (a group: re.split keeps them) and they are replaced in the list, at C speed
# (a dropped one by "", which tells where the folded text lost it).
_FOLDED = _ONE_TO_ONE | dict.fromkeys(_DROPPED, "")
_TO_FOLD = re.compile("([" + "".join(map(re.escape, _FOLDED)) + "])")

# Each pattern begins with one set of characters, and what follows depends on the character
# read («\n+», «\.{2,}», «[!?]+», or a dot after a character that is no space or dot): a pattern
# that begins with a set lets the regex engine skip to its characters, rather than try every
# alternative at every character of the text.
_SENTENCE_END = re.compile(r"[\n.!?](?:(?<=\n)\n*|(?<=\.)\.+|(?<=[!?])[!?]*"
                           r"|(?<=\.)(?<![\s.]\.)(?=[\s\"')\]]|$)"
                           # A dot glued between Arabic words: after a word's last letter (ة,
                           # folded to ه, «المنطقة.العملية», not «السورية.نت») or before «و» and a word
                           # («سوريا.وأفادت», «(داعش).وذكرت») or a clause opener and its space
                           # («الدانا.كما استهدف»). Not the dots that break a word
                           # apart to dodge filters («الإسر.ائيلي», «إس.را.ئ.يل»).
                           r"|(?:(?<=[\u0621-\u064a]{2}\u0647\.)(?=[\u0621-\u064a]{3})"
                           r"|(?:(?<=[\u0621-\u064a]{3}\.)|(?<=[)\"]\.))"
                           r"(?=\u0648[\u0621-\u064a]{3}|(?:\u0643\u0645\u0627|\u062d\u064a\u062b)\s))"
                           r"(?![\u0621-\u064a]*\.[\u0621-\u064a]))")
# «[،؛;:]», «,(?!\d)», «"(?=\s*[-–—])»; and «\s[-–—]\s», found from its dash (see _clause_ends):
# a pattern begun with a space would be tried at every space of the text.
_CLAUSE_MARK = re.compile(r"[،؛;:,\"](?:(?<=[،؛;:])|(?<=,)(?!\d)|(?<=\")(?=\s*[-–—]))")
# One pattern a dash: a pattern that begins with one character is searched for at C speed.
_SPACED_DASHES = [re.compile(f"{d}(?<=\\s{d})(?=\\s)") for d in "-–—"]
# «و140» is two tokens, and so is «عفرينpic» (a link glued to a word): a token is digits,
# Latin letters or Arabic letters, never a mix.
_TOKEN = re.compile(r"[0-9]+|[a-z]+(?:['-][a-z]+)*|[\u0621-\u064a\u0671-\u06d3]+")
# The same tokens, as one group (re.split keeps them), and begun with one set of characters as
# _SENTENCE_END is: Arabic letters, digits or Latin letters go on as the first character was.
_TOKEN_SPLIT = re.compile(r"([0-9a-z\u0621-\u064a\u0671-\u06d3](?:(?<=[\u0621-\u064a\u0671-\u06d3])"
                          r"[\u0621-\u064a\u0671-\u06d3]*|(?<=[0-9])[0-9]*|[a-z]*(?:['-][a-z]+)*))")
_ABBREV = re.compile(r"(?:^|[\s.])[a-z\u0621-\u064a]$")  # «أ.ب», "U.S.": a dot after one letter


# «فقـ ـد», «مقـ.ـتل»: a word stretched by tatweels across a space or dot (to dodge filters) is
# one word; the gap is dropped as the tatweels are.
_TATWEEL_GAP = re.compile(r"\u0640(?:[ .]+\u0640)+")  # (begun with one character: searched for at C speed)


def fold(text: str) -> tuple[str, list[int] | None]:
    """The folded text, and where it lost characters (None: nowhere): for each character dropped,
    in order, the folded offset it was dropped at (see Segmented.orig)."""
    if "\u0640" in text:  # a gap becomes tatweels: dropped, and the text keeps its length
        text = _TATWEEL_GAP.sub(lambda m: "\u0640" * len(m.group()), text)
    parts = _TO_FOLD.split(text)  # unchanged, changed, unchanged, ...
    parts[1::2] = changed = list(map(_FOLDED.__getitem__, parts[1::2]))
    if all(changed):
        return "".join(parts), None
    # Where each dropped character was: the length of the folded text before it.
    before = accumulate(map(len, parts), initial=0)
    return "".join(parts), list(compress(islice(before, 1, None, 2), map(not_, changed)))


@dataclass(eq=False, slots=True)  # slots: a report has thousands, made and read in hot loops
class Token:
    text: str  # folded
    start: int  # offsets in the folded text
    end: int
    sentence: int
    clause: int  # global clause number

    @property
    def readings(self) -> tuple[str, ...]:
        """The word without proclitics / article, for lexicon lookups: asked of about one token
        in six, so not computed when the token is made."""
        return readings(self.text)


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
    dropped: list[int] | None  # see fold
    sentences: list[Sentence]
    tokens: list[Token]
    words: list[str]  # the text of each token: lexicon matchers read a document by its words

    def orig(self, i: int) -> int:
        """Offset in the original text of folded offset `i` (`i` may be len(folded))."""
        if self.dropped is None:
            return i
        # One more character of the original for every one dropped at or before i.
        return i + bisect_right(self.dropped, i) if i < len(self.folded) else len(self.text)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of a folded span. It ends at its last kept letter, or at a
        hamza written after it, which folding drops but which is a letter («السويداء»)."""
        if end <= start:
            a = self.orig(start)
            return a, a
        b = self.orig(end - 1) + 1
        while self.text.startswith("\u0621", b):
            b += 1
        return self.orig(start), b

    def original(self, start: int, end: int) -> str:
        """The text as written of a folded span."""
        a, b = self.span(start, end)
        return self.text[a:b]


def is_latin(tok: Token) -> bool:
    """A token of English text (word order and joining words differ from Arabic)."""
    # A token is digits, [a-z] letters or Arabic letters (_TOKEN), never empty: its first character
    # is told by comparing the whole text, with no slice made (asked of most tokens, by several stages).
    return "a" <= tok.text < "{"


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


def _cut(text: str, start: int, end: int, ends: list[int]) -> list[tuple[int, int]]:
    """Pieces of text[start:end] that end at each of `ends` (and at `end`), stripped, blank
    pieces dropped."""
    out, prev = [], start
    for b in ends + [end]:
        piece = text[prev:b]
        body = piece.strip()
        if body:
            a = prev + len(piece) - len(piece.lstrip())
            out.append((a, a + len(body)))
        prev = b
    return out


def _clause_ends(start: int, end: int, marks: list[int], dashes: list[int]) -> list[int]:
    """Where the clauses of text[start:end] end: after each _CLAUSE_MARK in it (`marks`: the
    sorted ends of the text's), and after each of the dashes (sorted offsets in the text of
    dashes with a space on either side) that lies with its spaces in the piece, the spaces its
    own: in « - - » only the first is one."""
    ends = marks[bisect_left(marks, start + 1):bisect_right(marks, end)]
    taken = -1  # the space after the last dash taken
    for d in dashes[bisect_left(dashes, start + 1):bisect_left(dashes, end - 1)]:
        if d - 1 > taken:
            ends.append(d + 2)
            taken = d + 1
    return sorted(ends) if taken >= 0 else ends


def _real_stop(text: str, m: re.Match) -> bool:
    """A single dot after a lone letter is an abbreviation («أ.ب», "U.S."), not a sentence end;
    nor is one after a title ("Gen.", "Dr.") or a month before its day ("Aug. 3")."""
    if m.group() != ".":
        return True
    if _ABBREV.search(text, max(0, m.start() - 2), m.start()):
        return False
    word = _WORD_BEFORE.search(text, max(0, m.start() - 6), m.start())
    if word is None:
        return True
    w = word.group(1)
    return not (w in _TITLES or w in _MONTH_ABBREVIATIONS and text[m.end():m.end() + 2].strip()[:1].isdigit())


_WORD_BEFORE = re.compile(r"(?:^|\s)([a-z]+)$")
_TITLES = {"mr", "mrs", "ms", "dr", "gen", "col", "lt", "maj", "sgt", "capt", "brig", "gov", "sen", "rep", "st"}
_MONTH_ABBREVIATIONS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}


def segment(text: str) -> Segmented:
    """Cut a document into sentences, clauses and tokens (all offsets in the folded text)."""
    folded, dropped = fold(text)
    sentences: list[Sentence] = []
    clause_starts: list[int] = []
    clause_sentence: list[int] = []  # clause number -> sentence number
    stops = [m.end() for m in _SENTENCE_END.finditer(folded) if _real_stop(folded, m)]
    # Found in the whole text at once: a mark is one character, in the one sentence it ends a clause of.
    marks = [m.end() for m in _CLAUSE_MARK.finditer(folded)]
    dashes = sorted(m.start() for p in _SPACED_DASHES for m in p.finditer(folded))
    for s_start, s_end in _cut(folded, 0, len(folded), stops):
        ends = _clause_ends(s_start, s_end, marks, dashes)
        # Most sentences have no clause end: a sentence is stripped, so it is then its one clause.
        clauses = _cut(folded, s_start, s_end, ends) if ends else [(s_start, s_end)]
        sentences.append(Sentence(len(sentences), s_start, s_end, clauses, len(clause_starts)))
        clause_starts += [a for a, _b in clauses]
        clause_sentence += [len(sentences) - 1] * len(clauses)
    # Tokenised in one pass over the whole text, with no match object per token: no token
    # crosses a clause end (no separator is a token character) and the pieces of the text
    # between clauses hold no token either, so the tokens are those of each clause in turn.
    parts = _TOKEN_SPLIT.split(folded)  # text between tokens, token, text between, ...
    bounds = list(accumulate(map(len, parts)))
    # Interned: every stage looks the words up in its tables (WordTable, lru_cache), whose keys are
    # then the very same objects, found by identity rather than by comparing the strings.
    words = list(map(intern, parts[1::2]))
    starts = bounds[0::2]
    firsts = list(map(bisect_left, repeat(starts), clause_starts))  # each clause's first token
    per_clause = list(map(sub, firsts[1:] + [len(words)], firsts))  # and its number of tokens
    tokens = list(map(Token, words, starts, bounds[1::2],
                      chain.from_iterable(map(repeat, clause_sentence, per_clause)),
                      chain.from_iterable(map(repeat, count(), per_clause))))
    for sent in sentences:
        sent.tokens = tokens[bisect_left(starts, sent.start):bisect_left(starts, sent.end)]
    return Segmented(text, folded, dropped, sentences, tokens, words)


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


__all__ = ["Segmented", "Sentence", "Token", "fold", "is_latin", "readings", "segment", "sentences", "clauses"]
