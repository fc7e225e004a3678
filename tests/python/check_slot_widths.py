"""Measures slot widths in exported DXF cut files with ezdxf and shapely, for tests/it/interop_real.rs.

Usage: check_slot_widths.py FILE.dxf...

Prints JSON: the short side of every closed contour that is a rectangle (its area at least
90 % of its minimum rotated rectangle, dogbone reliefs allowed) and no wider than 40 mm —
the slots and mortises — sorted, in mm, and the layers they were on.
"""

import json
import sys

import ezdxf
from ezdxf import path as ezpath
from shapely.geometry import Polygon

widths = []
layers = set()
for name in sys.argv[1:]:
    doc = ezdxf.readfile(name)
    for e in doc.modelspace():
        if e.dxftype() not in ("LWPOLYLINE", "POLYLINE"):
            continue
        if not e.is_closed:
            continue
        pts = [(v.x, v.y) for v in ezpath.make_path(e).flattening(0.01)]
        if len(pts) < 4:
            continue
        poly = Polygon(pts)
        if not poly.is_valid or poly.area <= 0:
            continue
        rect = poly.minimum_rotated_rectangle
        xs = list(rect.exterior.coords)
        sides = sorted(
            ((xs[i][0] - xs[i + 1][0]) ** 2 + (xs[i][1] - xs[i + 1][1]) ** 2) ** 0.5 for i in range(2)
        )
        # dogbone reliefs stick out of the slot: measure across the slot's straight sides
        core = poly.buffer(-1.0).buffer(1.0)
        if sides[0] <= 40 and poly.area >= 0.85 * rect.area and sides[1] > sides[0] * 1.5:
            # the width between the long straight sides: area of the eroded core over its length
            w = core.minimum_rotated_rectangle
            cs = list(w.exterior.coords)
            short = min(
                ((cs[i][0] - cs[i + 1][0]) ** 2 + (cs[i][1] - cs[i + 1][1]) ** 2) ** 0.5 for i in range(2)
            )
            widths.append(round(short, 3))
            layers.add(e.dxf.layer)
print(json.dumps({"widths": sorted(widths), "layers": sorted(layers)}))
