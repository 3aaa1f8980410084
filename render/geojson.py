"""Incidents as a GeoJSON FeatureCollection (RFC 7946), ready for QGIS or kepler.gl:
one Point feature per incident at its place's coordinates (lon, lat order), every
contract field as a property, plus the flat lat/lon/place fields GIS tools filter on.
An incident without coordinates keeps its feature with a null geometry."""
from __future__ import annotations

from typing import Iterable


def feature(inc: dict) -> dict:
    loc = inc.get("location") or {}
    lat, lon = loc.get("lat"), loc.get("lon")
    geometry = {"type": "Point", "coordinates": [lon, lat]} if lat is not None and lon is not None else None
    props = dict(inc)
    props.update({"place": loc.get("name"), "place_ar": loc.get("name_ar"), "admin1": loc.get("admin1"),
                  "lat": lat, "lon": lon})
    return {"type": "Feature", "id": inc.get("id"), "geometry": geometry, "properties": props}


def feature_collection(incidents: Iterable[dict]) -> dict:
    return {"type": "FeatureCollection", "features": [feature(i) for i in incidents]}
