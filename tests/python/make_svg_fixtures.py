"""Writes SVG cut files, and the areas their parts must have, for tests/it/interop.rs.

Usage: make_svg_fixtures.py OUT_DIR

One drawing (every path command incl. arcs and cubic/quadratic Béziers in relative and
smooth forms, rect with rx/ry, circle, ellipse, polygon, polyline, line, <use>, a text,
a blue score line, a black-filled engraving, an open contour and a duplicate contour),
written five ways:

- parts_mm.svg: width/height in mm with a viewBox, 1 user unit = 1 mm;
- parts_px_viewbox.svg: width/height in px with a viewBox, 1 user unit = 2 px;
- parts_px.svg: width/height in px without a viewBox, 1 user unit = 1 px;
- unitless.svg: no width/height at all (px at 96 dpi assumed, with a warning);
- transformed.svg: the drawing in mm under nested translate + rotate + scale groups, with
  a matrix() and a skewX() on elements inside.

expected.json holds, per file, the net area of every part in mm² (largest first), computed
here independently: svgelements reads each file (units, viewBox, transforms, <use>), its
red-stroked contours are sampled densely and nested with shapely. As a check of this
script itself, those areas must match areas computed by hand from the drawing's
coordinates (shapely and closed formulas) times the file's scale.
"""

import json
import math
import sys
from pathlib import Path

from shapely.geometry import LineString, Point, Polygon, box
from shapely.ops import polygonize, unary_union
from svgelements import SVG, Close, Line, Move, Path as SvgPath, Shape, SimpleLine

out = Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)
MM_PER_PX = 25.4 / 96

# The drawing in user units, SVG y down. Part letters as in the expected areas below.
PART_C = '<polygon points="0,150 60,150 30,200"/>'
DRAWING = f"""
<defs><circle id="peg" r="4"/></defs>
<g fill="none" stroke="#ff0000">
  <!-- A: 200 x 100 with a rounded corner (arc), holes of every kind -->
  <path d="M0 0 H190 A10 10 0 0 1 200 10 V100 H0 Z"/>
  <circle cx="50" cy="50" r="10"/>
  <path d="M90 40 h40 a10 10 0 0 1 0 20 h-40 a10 10 0 0 1 0 -20 z"/>
  <ellipse cx="170" cy="60" rx="15" ry="7.5"/>
  <rect x="20" y="70" width="30" height="15" rx="4" ry="3"/>
  <use href="#peg" x="150" y="30"/>
  <text x="150" y="90" font-size="5" stroke="none" fill="#000000">A-SIDE</text>
  <line x1="60" y1="20" x2="120" y2="20" stroke="#0000ff"/>
  <polygon points="100,75 110,75 110,85 100,85" fill="#000000" stroke="none"/>
  <!-- B: a cubic closed by a line -->
  <path d="M300 100 C320 20 380 20 400 100 Z"/>
  <!-- C: a triangle, twice -->
  {PART_C}
  {PART_C}
  <!-- D: a frame with an island in its hole -->
  <rect x="420" y="150" width="100" height="100"/>
  <rect x="440" y="170" width="60" height="60"/>
  <rect x="460" y="190" width="20" height="20"/>
  <!-- E: quadratic + smooth quadratic; F: cubic + smooth cubic (relative) -->
  <path d="M220 200 q15 -30 30 0 t30 0 v30 h-60 z"/>
  <path d="M300 200 c0 -20 20 -20 20 0 s20 20 20 0 v30 h-40 z"/>
  <!-- G: a polyline whose ends meet, turned by a matrix -->
  <polyline points="100,150 160,150 160,190 100,190 100,150" transform="matrix(0 1 -1 0 0 0)"/>
  <!-- H: four lines, skewed -->
  <g transform="skewX(20)">
    <line x1="0" y1="220" x2="40" y2="220"/>
    <line x1="40" y1="220" x2="40" y2="260"/>
    <line x1="40" y1="260" x2="0" y2="260"/>
    <line x1="0" y1="260" x2="0" y2="220"/>
  </g>
  <!-- an open contour -->
  <polyline points="540,0 560,10"/>
</g>
"""


def svg(attrs, body):
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" {attrs}>{body}</svg>\n'
    )


FILES = {
    # file: (root attributes, body, mm per user unit)
    "parts_mm.svg": ('width="600mm" height="300mm" viewBox="0 0 600 300"', DRAWING, 1.0),
    "parts_px_viewbox.svg": (
        'width="1200px" height="600px" viewBox="0 0 600 300"', DRAWING, 2 * MM_PER_PX),
    "parts_px.svg": ('width="600px" height="300px"', DRAWING, MM_PER_PX),
    "unitless.svg": ("", DRAWING, MM_PER_PX),
    "transformed.svg": (
        'width="800mm" height="800mm" viewBox="0 0 800 800"',
        f'<g transform="translate(100 700) rotate(-30)"><g transform="scale(0.5)">'
        f"{DRAWING}</g></g>",
        0.5,
    ),
}


def circle(c, r):
    return Point(c).buffer(r, quad_segs=4096)


def bezier(points, n=4000):
    """Points of a quadratic or cubic Bézier, by the Bernstein form."""
    k = len(points) - 1
    out = []
    for i in range(n + 1):
        t = i / n
        x = y = 0.0
        for j, (px, py) in enumerate(points):
            b = math.comb(k, j) * t**j * (1 - t) ** (k - j)
            x += b * px
            y += b * py
        out.append((x, y))
    return out


def hand_areas():
    """Net part areas in user units², from the drawing's coordinates."""
    corner = box(190, 0, 200, 10).difference(circle((190, 10), 10))
    slot = 40 * 20 + math.pi * 10**2
    rounded = 30 * 15 - (4 - math.pi) * 4 * 3
    a = (200 * 100 - corner.area - math.pi * 10**2 - slot - math.pi * 15 * 7.5 - rounded
         - math.pi * 4**2)
    b = Polygon(bezier([(300, 100), (320, 20), (380, 20), (400, 100)])).area
    c = Polygon([(0, 150), (60, 150), (30, 200)]).area
    d = 100 * 100 - 60 * 60
    island = 20 * 20
    e = Polygon(bezier([(220, 200), (235, 170), (250, 200)])
                + bezier([(250, 200), (265, 230), (280, 200)])[1:]
                + [(280, 230), (220, 230)]).area
    f = Polygon(bezier([(300, 200), (300, 180), (320, 180), (320, 200)])
                + bezier([(320, 200), (320, 220), (340, 220), (340, 200)])[1:]
                + [(340, 230), (300, 230)]).area
    g = 60 * 40
    h = 40 * 40
    return sorted([a, b, c, d, island, e, f, g, h], reverse=True)


def sample(segment, n=400):
    if isinstance(segment, (Line, Close)):
        return [segment.end]
    return [segment.point(i / n) for i in range(1, n + 1)]


def svgelements_areas(path):
    """Net part areas in mm² as svgelements reads the file (px at 96 dpi)."""
    rings, lines = [], []
    for e in SVG.parse(str(path), ppi=96.0).elements():
        if not isinstance(e, Shape) or str(e.stroke) != "#ff0000":
            continue
        if isinstance(e, SimpleLine):
            p = SvgPath(e.segments())
            lines.append(LineString([(q.x, q.y) for q in (p.first_point, p.current_point)]))
            continue
        # segments() carries the element's transform (Path(e) may not, for shapes)
        for sub in SvgPath(e.segments()).as_subpaths():
            pts = []
            for seg in sub:
                if isinstance(seg, Move):
                    pts.append(seg.end)
                else:
                    pts.extend(sample(seg))
            pts = [(q.x, q.y) for q in pts if q is not None]
            closed = isinstance(list(sub)[-1], Close) or math.dist(pts[0], pts[-1]) < 1e-6
            if closed and len(pts) >= 3:
                rings.append(Polygon(pts))
    rings.extend(polygonize(lines))
    unique = []
    for r in rings:
        if not any(r.symmetric_difference(u).area < 1e-6 * r.area for u in unique):
            unique.append(r)
    unique.sort(key=lambda r: r.area, reverse=True)
    depth = [sum(1 for o in unique[:i] if o.contains(r.representative_point()) and o.area > r.area)
             for i, r in enumerate(unique)]
    areas = []
    for i, r in enumerate(unique):
        if depth[i] % 2 == 0:
            holes = [unique[j] for j in range(i + 1, len(unique))
                     if depth[j] == depth[i] + 1 and r.contains(unique[j].representative_point())]
            areas.append(r.difference(unary_union(holes)).area if holes else r.area)
    return sorted((a * MM_PER_PX**2 for a in areas), reverse=True)


expected = {}
hand = hand_areas()
for name, (attrs, body, mm) in FILES.items():
    (out / name).write_text(svg(attrs, body), encoding="utf-8")
    areas = svgelements_areas(out / name)
    want = [a * mm * mm for a in hand]
    assert len(areas) == len(want), (name, areas, want)
    for got, w in zip(areas, want):
        assert abs(got - w) <= w * 1e-4, (name, got, w)
    expected[name] = areas
json.dump(expected, open(out / "expected.json", "w"), indent=1)
print(json.dumps(expected))
