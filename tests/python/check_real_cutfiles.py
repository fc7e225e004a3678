"""Independent areas of the real cut files in tests/fixtures/interop/real, for tests/it/interop_real.rs.

Usage: check_real_cutfiles.py FILE:MM_PER_UNIT[:SKIP_COLOUR]...

Reads each file with ezdxf (DXF) or svgelements (SVG, lengths in px at 96 per inch, so
MM_PER_UNIT converts those px or drawing units to mm as the file's true unit says), turns every
contour that is cut (not on a sheet, notes, do-not-cut, label or engrave layer, not stroked in
SKIP_COLOUR) into lines, lets shapely form the faces they bound, and prints JSON: per file
the area in mm² inside the largest outline (a face's outer ring or a closed contour: the
largest part, its notches cut, its holes not) and the number of faces.
"""

import json
import re
import sys

from shapely.geometry import LineString, Polygon
from shapely.ops import polygonize, unary_union

NOT_CUT = re.compile(r"SHEET|NOTE|DONOTCUT|LABEL|ENGRAV|TEXT|DIM|HALF_MILL|POCKET|DEEP", re.I)


def dxf_lines(name, mm):
    import ezdxf
    from ezdxf import path as ezpath

    doc = ezdxf.readfile(name)
    lines = []
    for e in doc.modelspace():
        if NOT_CUT.search(e.dxf.layer or ""):
            continue
        if e.dxftype() in ("TEXT", "MTEXT", "INSERT", "DIMENSION", "HATCH", "POINT"):
            continue
        try:
            p = ezpath.make_path(e)
        except Exception:
            continue
        pts = [(v.x * mm, v.y * mm) for v in p.flattening(0.005 / mm)]
        if len(pts) >= 2:
            lines.append(LineString(pts))
    return lines


def svg_lines(name, mm, skip):
    from svgelements import SVG, Path, Shape

    svg = SVG.parse(name)
    lines = []
    for el in svg.elements():
        if not isinstance(el, Shape):
            continue
        stroke = el.stroke
        if skip and stroke is not None and stroke.hex and stroke.hex.lower().startswith(skip):
            continue
        path = Path(el)
        for sub in path.as_subpaths():
            sp = Path(sub)
            n = max(int(sp.length(error=1e-3) / 0.05), 8) if sp.length(error=1e-3) > 0 else 0
            if n == 0:
                continue
            pts = [(p.x * mm, -p.y * mm) for p in (sp.point(i / n) for i in range(n + 1))]
            lines.append(LineString(pts))
    return lines


out = {}
for arg in sys.argv[1:]:
    parts = arg.split(":")
    name, mm = parts[0], float(parts[1])
    skip = parts[2].lower() if len(parts) > 2 else None
    lines = dxf_lines(name, mm) if name.lower().endswith(".dxf") else svg_lines(name, mm, skip)
    faces = list(polygonize(unary_union(lines)))
    # The largest outline: a face's outer ring, or a closed contour (parts drawn on top of
    # each other split each other's faces, but not their own contours).
    areas = [Polygon(f.exterior).area for f in faces]
    for ln in lines:
        c = list(ln.coords)
        if len(c) >= 4 and abs(c[0][0] - c[-1][0]) < 0.01 and abs(c[0][1] - c[-1][1]) < 0.01:
            p = Polygon(c)
            if p.is_valid:
                areas.append(p.area)
    out[name] = {"largest": max(areas) if areas else 0.0, "faces": len(faces)}
print(json.dumps(out))
