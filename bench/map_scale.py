"""How big the `--offline` map page gets and how fast it becomes interactive, for 1k/10k/100k events.

    python bench/map_scale.py                 # 1,000 10,000 100,000
    python bench/map_scale.py 5000 50000      # other sizes

For each size: synthetic events (made up here: places spread over Syria, sentences of about
160 characters shared by one to three events of the same report, as `extract` gives them),
rendered with `geomap.render(..., offline=True)`, saved with `save_map`, then opened in
headless Chromium (Playwright, all network blocked). Printed per size:

- page size (MB) and Python render + save time;
- time to interactive: navigation start until the page script has built every marker and
  cluster (`geomapPage.readyAt`, performance.now() in the page), plus wall time to the same point;
- the cost of an interaction once ready: unticking one event type, moving the time slider.

Targets (issue 4): at 100,000 events, page <= 20 MB and interactive within 5 s. Exit 1 when
a target is missed.
"""
from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from geomap.records import ControlRecord, Event
from geomap.mapping import render, save_map

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync"]
SIZE_LIMIT_MB, TTI_LIMIT_S = 20.0, 5.0
SUB_EVENTS = ("Air/drone strike", "Shelling/artillery/missile attack", "Suicide bomb", "Remote explosive/landmine/IED",
              "Armed clash", "Chemical weapon", "Non-state actor overtakes territory")
ACTORS = ("Military Forces of Syria", "Military Forces of Russia", "ISIS", "HTS", "SDF", "Turkish Armed Forces",
          "Free Syrian Army", "Unidentified armed group", "Civilians")
LETTERS_AR = "ابتثجحخدذرزسشصضطظعغفقكلمنهوية"


def _vocabulary(rnd: random.Random, size: int = 4000) -> tuple[list[str], list[float]]:
    """Made-up Arabic-script words with Zipf frequencies: text that compresses about as well as news does."""
    words = ["".join(rnd.choice(LETTERS_AR) for _ in range(rnd.randint(2, 8))) for _ in range(size)]
    return words, [1 / (rank + 1) for rank in range(size)]


def synthetic(n: int, seed: int = 4) -> tuple[list[Event], list[ControlRecord]]:
    rnd = random.Random(seed)
    words, weights = _vocabulary(rnd)
    places = [(f"Village {i}", " ".join(rnd.choices(words, k=2)), rnd.uniform(32.4, 37.2), rnd.uniform(35.8, 42.2))
              for i in range(5000)]
    events, doc, left, sentence, url = [], 0, 0, "", ""
    for i in range(n):
        if left == 0:  # a new report: one sentence, shared by its 1-3 events
            doc += 1
            left = rnd.randint(1, 3)
            sentence = " ".join(rnd.choices(words, weights, k=rnd.randint(22, 36)))
            url = f"https://news.example.org/{2012 + doc % 9}/report-{doc}.html"
        left -= 1
        name, name_ar, lat, lon = rnd.choice(places)
        events.append(Event(
            event_id=f"e{i}", doc_id=f"d{doc}", event_type="Explosions/Remote violence",
            sub_event_type=rnd.choice(SUB_EVENTS), actor1=rnd.choice(ACTORS), actor2=rnd.choice(ACTORS),
            location=name_ar, name=name, name_ar=name_ar, lat=lat, lon=lon, geo_precision=rnd.choice((1, 1, 1, 2, 3)),
            event_date=f"{rnd.randint(2012, 2020)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
            fatalities=rnd.choice((None, 0, 1, 2, 3, 5, 8, 13, 40)), injuries=rnd.choice((None, 0, 2, 7)),
            victims="civilians", notes=sentence, url=url))
    factions = ("قوات النظام", "SDF", "ISIS", "Free Syrian Army", "HTS")
    controls = [ControlRecord(f"c{j}", p[0], rnd.choice(factions), "change", name=p[0], lat=p[2], lon=p[3],
                              date=f"{rnd.randint(2012, 2020)}-{rnd.randint(1, 12):02d}-01")
                for j, p in enumerate(rnd.sample(places, min(300, n // 10 + 10)))]
    return events, controls


def measure_page(browser, path: Path) -> dict:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
    start = time.perf_counter()
    page.goto(path.as_uri())
    page.wait_for_function("window.geomapPage && window.geomapPage.ready", timeout=120_000, polling=20)
    wall = time.perf_counter() - start
    tti = page.evaluate("geomapPage.readyAt") / 1000
    filter_ms = page.evaluate("""() => { const t = performance.now();
        const box = document.querySelector('input[data-kind="airstrike"]'); box.click();
        const after = geomapPage.visibleCount(); box.click(); return [performance.now() - t, after]; }""")
    slider_ms = page.evaluate("""() => { const s = document.querySelector('.gm-slider'); if (!s) return 0;
        const t = performance.now(); s.value = Math.floor(s.max / 2); s.dispatchEvent(new Event('input'));
        return performance.now() - t; }""")
    context.close()
    return {"tti": tti, "wall": wall, "filter_ms": filter_ms[0], "slider_ms": slider_ms, "errors": errors}


def main(sizes: list[int]) -> int:
    from playwright.sync_api import sync_playwright

    ok = True
    print(f"{'events':>8} {'page MB':>8} {'render s':>9} {'interactive s':>14} {'wall s':>7} "
          f"{'type filter ms':>15} {'slider ms':>10}")
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for n in sizes:
            events, controls = synthetic(n)
            t = time.perf_counter()
            path = save_map(render(events, controls, title=f"{n:,} events", offline=True), Path(tmp) / f"map-{n}.html")
            render_s = time.perf_counter() - t
            size_mb = path.stat().st_size / 1e6
            r = measure_page(browser, path)
            print(f"{n:>8,} {size_mb:>8.1f} {render_s:>9.1f} {r['tti']:>14.2f} {r['wall']:>7.2f} "
                  f"{r['filter_ms']:>15.0f} {r['slider_ms']:>10.0f}" + (f"  ERRORS: {r['errors']}" if r["errors"] else ""))
            if n >= 100_000 and (size_mb > SIZE_LIMIT_MB or r["tti"] > TTI_LIMIT_S):
                ok = False
            ok = ok and not r["errors"]
        browser.close()
    print(f"targets at 100,000 events: page <= {SIZE_LIMIT_MB:.0f} MB, interactive <= {TTI_LIMIT_S:.0f} s: "
          + ("met" if ok else "MISSED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main([int(a.replace(",", "").replace("_", "")) for a in sys.argv[1:]] or [1_000, 10_000, 100_000]))
