"""Writes DXF cut files with ezdxf, and the areas their parts must have, for tests/it/interop.rs.

Usage: make_dxf_fixtures.py OUT_DIR

Writes parts_mm.dxf ($INSUNITS mm), parts_in.dxf (the same parts drawn in inches),
unitless.dxf (no $INSUNITS) and expected.json: per file, the net area of every part in mm²
(largest first), computed here independently with shapely (circles and arcs analytically
fine, the spline from ezdxf's own flattening).
"""

import json
import math
import sys
from pathlib import Path

import ezdxf
from ezdxf import units
from shapely.geometry import Point, Polygon, box
from shapely.ops import unary_union

out = Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)

SPLINE_CTRL = [(300, 0), (320, 80), (380, 80), (400, 0)]


def draw(msp, s):
    """The parts, every length multiplied by s (1 for mm, 1/25.4 for inches)."""
    p = lambda *xy: tuple(v * s for v in xy)
    cut = {"layer": "CUT"}
    # Part A: 200 x 100 with one rounded corner (bulge), three holes.
    b = math.tan(math.radians(90) / 4)
    msp.add_lwpolyline([p(0, 0) + (0, 0, 0), p(190, 0) + (0, 0, b), p(200, 10) + (0, 0, 0),
                        p(200, 100) + (0, 0, 0), p(0, 100) + (0, 0, 0)],
                       format="xyseb", close=True, dxfattribs=cut)
    msp.add_circle(p(50, 50), 10 * s, dxfattribs=cut)
    # a slot as a chain of lines and arcs
    msp.add_line(p(90, 40), p(130, 40), dxfattribs=cut)
    msp.add_arc(p(130, 50), 10 * s, -90, 90, dxfattribs=cut)
    msp.add_line(p(130, 60), p(90, 60), dxfattribs=cut)
    msp.add_arc(p(90, 50), 10 * s, 90, 270, dxfattribs=cut)
    msp.add_line(p(90, 40), p(130, 40), dxfattribs=cut)  # a duplicate line
    msp.add_ellipse(p(170, 60), major_axis=p(15, 0), ratio=0.5, dxfattribs=cut)
    msp.add_text("A-SIDE", height=5 * s, dxfattribs={"layer": "ENGRAVE", "insert": p(150, 80)})
    msp.add_line(p(20, 85), p(60, 85), dxfattribs={"layer": "ENGRAVE"})  # a score line
    # Part B: a spline closed by a line.
    msp.add_open_spline([p(*c) for c in SPLINE_CTRL], degree=3, dxfattribs=cut)
    msp.add_line(p(400, 0), p(300, 0), dxfattribs=cut)
    # Part C: an old-style POLYLINE triangle.
    msp.add_polyline2d([p(0, 150), p(60, 150), p(30, 200)], close=True, dxfattribs=cut)
    # Part D: a frame with an island in its hole (the island is a part of its own).
    for (x0, y0, x1, y1) in [(300, 150, 400, 250), (320, 170, 380, 230), (340, 190, 360, 210)]:
        msp.add_lwpolyline([p(x0, y0), p(x1, y0), p(x1, y1), p(x0, y1)], close=True, dxfattribs=cut)
    # An open contour.
    msp.add_line(p(500, 0), p(520, 10), dxfattribs=cut)


def spline_polygon():
    doc = ezdxf.new()
    sp = doc.modelspace().add_open_spline(SPLINE_CTRL, degree=3)
    pts = [(v.x, v.y) for v in sp.construction_tool().flattening(0.0005)]
    return Polygon(pts)  # closed by the line back to the start


def circle(c, r):
    return Point(c).buffer(r, quad_segs=4096)


def expected_areas():
    corner = box(190, 0, 200, 10).difference(circle((190, 10), 10))
    a_outer = box(0, 0, 200, 100).difference(corner)
    slot = unary_union([box(90, 40, 130, 60), circle((90, 50), 10), circle((130, 50), 10)])
    ellipse_area = math.pi * 15 * 7.5
    a = a_outer.difference(circle((50, 50), 10)).difference(slot).area - ellipse_area
    b = spline_polygon().area
    c = Polygon([(0, 150), (60, 150), (30, 200)]).area
    d = box(300, 150, 400, 250).difference(box(320, 170, 380, 230)).area
    island = box(340, 190, 360, 210).area
    return sorted([a, b, c, d, island], reverse=True)


def save(name, s, insunits):
    doc = ezdxf.new("R2010", setup=False)
    doc.header["$INSUNITS"] = insunits
    draw(doc.modelspace(), s)
    doc.saveas(out / name)


save("parts_mm.dxf", 1.0, units.MM)
save("parts_in.dxf", 1 / 25.4, units.IN)
doc = ezdxf.new("R2010", setup=False)
doc.header["$INSUNITS"] = 0
doc.modelspace().add_lwpolyline([(0, 0), (50, 0), (50, 30), (0, 30)], close=True)
doc.saveas(out / "unitless.dxf")

areas = expected_areas()
json.dump({"parts_mm.dxf": areas, "parts_in.dxf": areas, "unitless.dxf": [1500.0]},
          open(out / "expected.json", "w"), indent=1)
print(json.dumps(areas))
