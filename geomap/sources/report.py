"""What a gazetteer build read, repaired, skipped and wrote: counted, never raised."""
from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field


@dataclass
class BuildReport:
    """Counts of a build. Readers call `repair`/`skip` for every dirty row they survive."""

    files: dict[str, str] = field(default_factory=dict)  # path -> reader kind
    read: dict[str, int] = field(default_factory=dict)  # source -> records read
    sources: dict[str, int] = field(default_factory=dict)  # source -> places in the store citing it
    kinds: dict[str, int] = field(default_factory=dict)  # kind -> places in the store
    repairs: dict[str, int] = field(default_factory=dict)  # reason -> rows repaired
    skipped: dict[str, int] = field(default_factory=dict)  # reason -> rows left out
    merges: dict[str, int] = field(default_factory=dict)  # how records were merged -> count
    errors: list[str] = field(default_factory=list)  # unreadable files, one message each
    places: int = 0
    seconds: float = 0.0
    curated: str = ""  # digest of the curated tables built in (curated.digest), "" without them

    def repair(self, reason: str, n: int = 1) -> None:
        _bump(self.repairs, reason, n)

    def skip(self, reason: str, n: int = 1) -> None:
        _bump(self.skipped, reason, n)

    def merged(self, how: str, n: int = 1) -> None:
        _bump(self.merges, how, n)

    def count_read(self, source: str, n: int = 1) -> None:
        _bump(self.read, source, n)

    def summarise(self, places) -> None:
        """Fill the per-source and per-kind counts from the final places."""
        self.places = len(places)
        self.kinds = dict(Counter(p.kind for p in places).most_common())
        self.sources = dict(Counter(s for p in places for s in p.sources).most_common())

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "BuildReport":
        known = cls.__dataclass_fields__
        return cls(**{k: v for k, v in d.items() if k in known})


def _bump(counter: dict[str, int], reason: str, n: int) -> None:
    if n:
        counter[reason] = counter.get(reason, 0) + n
