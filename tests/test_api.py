"""The notebook API: `geomap.resolve`, `geomap.extract`, `geomap.to_geodataframe`, `geomap.render`."""
import sys
from pathlib import Path

import folium
import geopandas as gpd

import geomap
import geomap.extraction  # noqa: F401  importing the stage modules must not hide the functions
import geomap.mapping  # noqa: F401
import geomap.pipeline  # noqa: F401

sys.path.insert(0, str(Path(__file__).parent))
from tiny_places import tiny_gazetteer  # noqa: E402


def test_api_functions_stay_functions_after_their_modules_load():
    for name in ("resolve", "extract", "to_geodataframe", "render", "save_map", "load_gazetteer"):
        assert callable(getattr(geomap, name)), name


def test_extract_to_geodataframe_and_render():
    gaz = tiny_gazetteer()
    events = geomap.extract("قصفت طائرات حربية روسية مدينة أريحا أمس", date="2020-01-05", gazetteer=gaz)
    assert events and events[0].name == "Ariha" and events[0].event_date == "2020-01-04"
    gdf = geomap.to_geodataframe(events)
    assert isinstance(gdf, gpd.GeoDataFrame) and gdf.crs.to_epsg() == 4326
    assert (gdf.geometry.x.iloc[0], gdf.geometry.y.iloc[0]) == (events[0].lon, events[0].lat)
    assert isinstance(geomap.render(events), folium.Map)
    assert geomap.resolve("Qaryatein", gazetteer=gaz).place.id == "C2002"
