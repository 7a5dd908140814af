#!/usr/bin/env python3
"""Makes map.svg, the country outlines of the watch page's map, from Natural Earth.

Input: countries-110m.json of the npm package world-atlas 2.0.2 (ISC, Michael Bostock): Natural
Earth's 1:110m Admin 0 countries (public domain) as TopoJSON, in degrees.

usage: make-map.py countries-110m.json > map.svg

The outlines are drawn in an equirectangular projection at its simplest, x = longitude and
y = -latitude in degrees, so that the page puts a place at (lon, -lat) and may stretch the map
(a Europe detail scales x by the cosine of its latitude) without projecting anything itself.
Antarctica is left out: no news place lies there, and the map is a third shorter without it. A
country that crosses the antimeridian is drawn on both sides, the page's frame cutting it there.
Coordinates are written to a tenth of a degree (the 1:110m data is coarser), each point as the
step from the one before, to keep the file small.
"""
import json
import sys

LEFT_OUT = {"010"}  # Antarctica
TENTHS = 10


def main(topojson_file):
    with open(topojson_file, encoding="utf-8") as f:
        topology = json.load(f)
    arcs = decoded_arcs(topology)
    rings = []
    for country in topology["objects"]["countries"]["geometries"]:
        if country.get("id") in LEFT_OUT:
            continue
        polygons = country["arcs"] if country["type"] == "MultiPolygon" else [country["arcs"]]
        for polygon in polygons:
            for ring in polygon:
                rings.extend(either_side(unwrapped(ring_points(ring, arcs))))
    d = "".join(path(ring) for ring in rings if len(ring) >= 3)
    top = -max(lat for ring in rings for _, lat in ring) / TENTHS
    bottom = -min(lat for ring in rings for _, lat in ring) / TENTHS
    print('<svg xmlns="http://www.w3.org/2000/svg" '
          f'viewBox="-180 {top:.1f} 360 {bottom - top:.1f}">')
    print("<!-- Country outlines: Natural Earth 1:110m Admin 0 countries (naturalearthdata.com, public domain),"
          " as TopoJSON by world-atlas 2.0.2 (Copyright 2013-2019 Michael Bostock, ISC licence)."
          " x = longitude, y = -latitude, in degrees. Made by cli/scripts/make-map.py. -->")
    print(f'<path id="countries" fill-rule="evenodd" vector-effect="non-scaling-stroke" d="{d}"/>')
    print("</svg>")


def decoded_arcs(topology):
    """Each arc as absolute points in tenths of a degree, (lon, lat); TopoJSON quantises and delta-encodes them."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((round((x * sx + tx) * TENTHS), round((y * sy + ty) * TENTHS)))
        arcs.append(points)
    return arcs


def ring_points(ring, arcs):
    points = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        # consecutive arcs share their end and start point
        points.extend(arc[1:] if points else arc)
    deduplicated = [p for i, p in enumerate(points) if i == 0 or p != points[i - 1]]
    if len(deduplicated) > 1 and deduplicated[0] == deduplicated[-1]:
        deduplicated.pop()
    return deduplicated


def unwrapped(ring):
    """A ring that crosses the antimeridian (Russia's Chukotka, Fiji) continued past it, not folded back across the map."""
    result = [ring[0]]
    shift = 0
    for (lon, lat), (next_lon, next_lat) in zip(ring, ring[1:]):
        if next_lon - lon > 180 * TENTHS:
            shift -= 360 * TENTHS
        elif next_lon - lon < -180 * TENTHS:
            shift += 360 * TENTHS
        result.append((next_lon + shift, next_lat))
    return result


def either_side(ring):
    """The ring, and where it reaches past a side of the map a copy a turn of the globe over, for the other side."""
    copies = [ring]
    if max(lon for lon, _ in ring) > 180 * TENTHS:
        copies.append([(lon - 360 * TENTHS, lat) for lon, lat in ring])
    if min(lon for lon, _ in ring) < -180 * TENTHS:
        copies.append([(lon + 360 * TENTHS, lat) for lon, lat in ring])
    return copies


def path(ring):
    """M to the first point, then each step with l; y grows southwards."""
    lon, lat = ring[0]
    parts = ["M" + number(lon) + " " + number(-lat) + "l"]
    steps = []
    for next_lon, next_lat in ring[1:]:
        steps.append(number(next_lon - lon) + " " + number(lat - next_lat))
        lon, lat = next_lon, next_lat
    # a negative number needs no separator before it
    parts.append(" ".join(steps).replace(" -", "-"))
    return "".join(parts) + "z"


def number(tenths):
    """Tenths of a degree as the shortest decimal: 125 -> 12.5, 120 -> 12, 5 -> .5, -5 -> -.5."""
    sign = "-" if tenths < 0 else ""
    whole, tenth = divmod(abs(tenths), TENTHS)
    text = (str(whole) if whole else "") + ("." + str(tenth) if tenth else "")
    return sign + (text or "0")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
