"""Distances on the Earth, for matching places and events."""
from __future__ import annotations

import math

EARTH_RADIUS_KM = 6371.0088  # mean radius
KM_PER_DEGREE_OF_LATITUDE = math.radians(1) * EARTH_RADIUS_KM


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))
