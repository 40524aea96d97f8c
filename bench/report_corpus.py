"""Synthetic corpora of ~4 KB reports for the extraction benchmarks.

Built from the development texts in ../shared (real Arabic reports, cut or joined to the
wanted size) when they are there, else from the short sentence templates of
`dask_vs_local.py` about towns of the gazetteer. Written as JSONL, read back by the
benchmarks through `geomap.documents.read_inputs`, as a real run reads its input.
"""
from __future__ import annotations

import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Iterator

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
DEV_TEXTS = REPO.parent / "shared" / "data" / "eval" / "airwars-dev-texts.jsonl"
sys.path[:0] = [str(REPO), str(BENCH)]  # run from a checkout, installed or not
START = date(2012, 1, 1)


def source_texts(gazetteer, dev: Path | None = DEV_TEXTS, seed: int = 0) -> tuple[list[str], str]:
    """Texts to build reports from, and where they came from."""
    if dev is not None and dev.is_file():
        with open(dev, encoding="utf-8") as f:
            texts = [json.loads(line)["text"] for line in f if line.strip()]
        return [t for t in texts if t.strip()], f"dev texts ({dev.name})"
    from dask_vs_local import AR, EN, towns

    rnd = random.Random(seed)
    places = towns(gazetteer)
    texts = []
    for _ in range(2000):
        p = rnd.choice(places)
        template = rnd.choice(AR if rnd.random() < 0.7 else EN)
        texts.append(template.format(ar=p.name_ar, en=p.name, gov_ar=p.admin1_ar or "", gov=p.admin1 or "Syria",
                                     n=rnd.randrange(1, 9)) + ".")
    return texts, "sentence templates (no dev texts found)"


def reports(texts: list[str], n: int, size: int = 4000, seed: int = 0) -> Iterator[dict]:
    """n report records of about `size` UTF-8 bytes each: random texts joined, cut at a space."""
    rnd = random.Random(seed)
    for i in range(n):
        parts, length = [], 0
        while length < size:
            t = rnd.choice(texts)
            parts.append(t)
            length += len(t.encode()) + 2
        text = "\n\n".join(parts).encode()[:size].decode("utf-8", errors="ignore")
        text = text[:text.rfind(" ")] if " " in text[size // 2:] else text
        # About 30 reports a day, as in a busy archive: a bigger corpus spans more days, not
        # more reports per day (which is what keeps deduplication's memory flat).
        yield {"id": f"r{i}", "date": (START + timedelta(days=i // 30)).isoformat(), "text": text}


def write_corpus(path: Path, texts: list[str], n: int, size: int = 4000, seed: int = 0) -> Path:
    with open(path, "w", encoding="utf-8") as f:
        for record in reports(texts, n, size, seed):
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path
