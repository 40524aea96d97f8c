"""geomap: news reports about the war in Syria -> places, events, maps and GIS data.

The Python API mirrors the CLI:
    geomap.resolve("قرية حزوان شرقي حلب")        -> Match
    geomap.extract(text, date="2016-07-28")       -> list[Event]
    geomap.to_geodataframe(events)                -> GeoDataFrame
    geomap.render(events, controls)               -> folium.Map
"""
from __future__ import annotations

__version__ = "0.1.0"

# Imported lazily so `import geomap` stays cheap and the CLI starts fast.
_API = {
    "resolve": "geomap.resolver",
    "Resolver": "geomap.resolver",
    "load_gazetteer": "geomap.gazetteer",
    "build_gazetteer": "geomap.gazetteer",
    "extract": "geomap.extraction",
    "Extractor": "geomap.extraction",
    "to_geodataframe": "geomap.extraction",
    "render": "geomap.mapping",
    "save_map": "geomap.mapping",
    "read_events": "geomap.export",
    "write_events": "geomap.export",
}
__all__ = sorted(_API)


def __getattr__(name: str):
    if name in _API:
        import importlib

        return getattr(importlib.import_module(_API[name]), name)
    raise AttributeError(f"module 'geomap' has no attribute {name!r}")
