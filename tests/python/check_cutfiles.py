"""Independent checks of a Barnraise export folder, with other people's readers.

Usage: check_cutfiles.py OUT_DIR EXPECTED.json

OUT_DIR holds manifest.json and the cut files. EXPECTED.json (written by the Rust test)
gives, per part label, the evaluated nominal size [w, h] in mm, and the kerf / tool used;
`"project": true` for a project's job (labels `design#copy/label`, PDFs skipped).
Prints one JSON object with the figures measured; exits 1 with a message on any failure.
"""

import json
import math
import re
import sys
from pathlib import Path

import ezdxf
import svgelements
from ezdxf import units
from shapely.geometry import Polygon, box
from shapely.ops import unary_union

CUT_RED = "#ff0000"


def fail(msg):
    print(f"FAIL: {msg}", file=sys.stderr)
    sys.exit(1)


def check_overlaps(polys, sheet_w, sheet_h, what, min_gap=0.0):
    """No two part outlines overlap; all lie on the sheet."""
    sheet = box(0, 0, sheet_w, sheet_h)
    for i, (label, p) in enumerate(polys):
        if not p.is_valid:
            fail(f"{what}: part {label} outline is not a valid polygon")
        if p.difference(sheet).area > 1e-6:
            fail(f"{what}: part {label} leaves the sheet")
        for label2, q in polys[i + 1:]:
            inter = p.intersection(q).area
            if inter > 1e-6:
                fail(f"{what}: parts {label} and {label2} overlap by {inter:.4f} mm²")
            if min_gap > 0 and p.distance(q) < min_gap - 0.05:
                fail(f"{what}: parts {label} and {label2} are {p.distance(q):.3f} mm apart (< {min_gap})")


def check_svg(path, sheet, expected, kerf):
    doc = svgelements.SVG.parse(str(path), reify=True)
    w, h = doc.width, doc.height  # svgelements converts mm to px at 96 dpi
    mm = 96 / 25.4
    if abs(w / mm - sheet[0]) > 0.01 or abs(h / mm - sheet[1]) > 0.01:
        fail(f"{path.name}: size {w / mm:.3f} × {h / mm:.3f} mm, expected {sheet}")
    raw = path.read_text()
    if f'width="{fmt(sheet[0])}mm"' not in raw or f'viewBox="0 0 {fmt(sheet[0])} {fmt(sheet[1])}"' not in raw:
        fail(f"{path.name}: width/viewBox not in mm")
    outlines = []
    colours = set()
    order_ok = True
    hole_rings = []
    for group in doc.elements(conditional=lambda e: isinstance(e, svgelements.Group) and e.id and e.id.startswith("part-")):
        label = group.values.get("data-label")
        kinds = []
        for el in group:
            if not isinstance(el, svgelements.Path):
                continue
            stroke = str(el.stroke).lower() if el.stroke is not None else None
            colours.add(stroke)
            kind = el.values.get("data-kind")
            kinds.append(kind)
            if kind == "inside":
                hole_rings.append([(p.x / mm, p.y / mm) for p in el.as_points()])
            if kind == "outside":
                if stroke != CUT_RED:
                    fail(f"{path.name}: outside cut of {label} is {stroke}, not red")
                pts = [(p.x / mm, p.y / mm) for p in el.as_points()]
                # Every subpath closed: the path ends where it began.
                if math.dist(pts[0], pts[-1]) > 1e-3:
                    fail(f"{path.name}: outline of {label} is not closed")
                poly = Polygon(pts, hole_rings).buffer(0)
                hole_rings = []
                outlines.append((label, poly))
                minx, miny, maxx, maxy = Polygon(pts).bounds
                ew, eh = expected["sizes"][label]
                got = sorted([maxx - minx, maxy - miny])
                want = sorted([ew + kerf, eh + kerf])
                if abs(got[0] - want[0]) > 0.01 or abs(got[1] - want[1]) > 0.01:
                    fail(f"{path.name}: {label} measures {got}, expected {want} (nominal + kerf)")
        if "outside" in kinds and any(k == "inside" for k in kinds[kinds.index("outside"):]):
            order_ok = False
    if not order_ok:
        fail(f"{path.name}: an inner contour comes after its part's outline")
    if not outlines:
        fail(f"{path.name}: no parts")
    return outlines, colours


def fmt(v):
    s = f"{v:.3f}".rstrip("0").rstrip(".")
    return s


def check_dxf(path, sheet, expected):
    doc = ezdxf.readfile(str(path))
    auditor = doc.audit()
    if auditor.has_errors:
        fail(f"{path.name}: ezdxf audit: {[str(e) for e in auditor.errors]}")
    if doc.header.get("$INSUNITS") != units.MM:
        fail(f"{path.name}: $INSUNITS is {doc.header.get('$INSUNITS')}, not 4 (mm)")
    if doc.dxfversion < "AC1015":
        fail(f"{path.name}: DXF version {doc.dxfversion} is older than R2000")
    msp = doc.modelspace()
    outers = []
    inners = []
    layers = set()
    for e in msp.query("LWPOLYLINE"):
        layers.add(e.dxf.layer)
        if not e.closed:
            fail(f"{path.name}: open polyline on layer {e.dxf.layer}")
        pts = [(x, y) for x, y, *_ in e.get_points()]
        if e.dxf.layer.startswith("CUT_OUTSIDE"):
            outers.append(Polygon(pts).buffer(0))
        elif e.dxf.layer.startswith("CUT_INSIDE"):
            inners.append(Polygon(pts).buffer(0))
    # Each hole belongs to the smallest outline around it (a part nested in another part's
    # hole is smaller than its host), so parts are rebuilt with their holes.
    holes = [[] for _ in outers]
    for h in inners:
        hosts = [i for i, o in enumerate(outers) if o.buffer(1e-6).contains(h)]
        if not hosts:
            fail(f"{path.name}: an inside contour lies in no part")
        holes[min(hosts, key=lambda i: outers[i].area)].append(h.exterior.coords)
    outlines = [Polygon(o.exterior.coords, hs) for o, hs in zip(outers, holes)]
    texts = [t.dxf.text for t in msp.query("TEXT")]
    minx = min(p.bounds[0] for p in outlines)
    miny = min(p.bounds[1] for p in outlines)
    maxx = max(p.bounds[2] for p in outlines)
    maxy = max(p.bounds[3] for p in outlines)
    if minx < 0 or miny < 0 or maxx > sheet[0] or maxy > sheet[1]:
        fail(f"{path.name}: parts reach outside the sheet ({minx}, {miny}, {maxx}, {maxy})")
    # Nominal outlines: match each to a label by size.
    sizes = sorted(expected["sizes"].values())
    for p in outlines:
        b = p.bounds
        got = sorted([b[2] - b[0], b[3] - b[1]])
        if not any(abs(got[0] - min(s)) < 0.01 and abs(got[1] - max(s)) < 0.01 for s in sizes):
            fail(f"{path.name}: an outline measures {got}, matching no part {sizes}")
    return outlines, layers, texts


def check_gcode(path, sheet, thickness, z_floor, tool):
    x = y = None
    z = 10.0
    zmin = 0.0
    moves = 0
    word = re.compile(r"([GXYZF])(-?\d+(?:\.\d+)?)")
    for line in path.read_text().splitlines():
        line = re.sub(r"\(.*?\)", "", line).strip()
        if not line:
            continue
        vals = dict((k, float(v)) for k, v in word.findall(line))
        if "X" in vals:
            x = vals["X"]
        if "Y" in vals:
            y = vals["Y"]
        if "Z" in vals:
            z = vals["Z"]
            zmin = min(zmin, z)
        if "X" in vals or "Y" in vals:
            moves += 1
            # The tool centre may pass up to one radius outside the parts, never off the sheet.
            if not (-1e-6 <= x <= sheet[0] + 1e-6 and -1e-6 <= y <= sheet[1] + 1e-6):
                fail(f"{path.name}: move to ({x}, {y}) leaves the {sheet} sheet")
    if zmin < z_floor - 1e-9:
        fail(f"{path.name}: Z reaches {zmin}, below the spoilboard limit {z_floor}")
    if zmin > -thickness:
        fail(f"{path.name}: deepest Z {zmin} does not cut through {thickness} mm")
    return {"moves": moves, "z_min": zmin}


def part_label(job_label):
    """`potting-bench#2/A1.3` → `A1`: a project job's label → the part's own label."""
    rest = job_label.split("/", 1)[1]
    stem, _, n = rest.rpartition(".")
    return stem if stem and n.isdigit() else rest


def main():
    out = Path(sys.argv[1])
    expected = json.loads(Path(sys.argv[2]).read_text())
    manifest = json.loads((out / "manifest.json").read_text())
    report = {"files": 0, "parts": 0, "layers": [], "colours": [], "gcode": []}
    project = expected.get("project", False)
    for f in manifest["files"]:
        if f["kind"] == "pdf":
            continue  # build sheets and a project's cover: not cut files
        path = out / f["file"]
        stock = next(s for s in manifest["stock"] if s["material"] == f["material"])
        sheet = stock["sheet"]
        report["files"] += 1
        if f["kind"] == "svg":
            outlines, colours = check_svg(path, sheet, expected, manifest["machine"]["kerf"])
            # Kerf-grown outlines stay apart by the spacing less the kerf.
            check_overlaps(outlines, sheet[0], sheet[1], path.name,
                           manifest["machine"]["spacing"] - manifest["machine"]["kerf"])
            report["colours"] = sorted(set(report["colours"]) | {c for c in colours if c})
            labels = [l for l, _ in outlines]
        elif f["kind"] == "dxf":
            outlines, layers, texts = check_dxf(path, sheet, expected)
            check_overlaps([(str(i), p) for i, p in enumerate(outlines)], sheet[0], sheet[1], path.name,
                           manifest["machine"]["spacing"])
            report["layers"] = sorted(set(report["layers"]) | layers)
            labels = [t for t in texts if t in expected["sizes"]]
        else:
            g = check_gcode(path, sheet, stock["thickness"], expected["z_floor"], manifest["machine"]["tool_diameter"])
            report["gcode"].append(g)
            labels = f["labels"]
            outlines = labels
        wanted = f["labels"]
        if project and f["kind"] == "dxf":
            # A project job labels parts design#copy/label[.n]; the DXF engraves the label.
            wanted = [part_label(l) for l in wanted]
        if sorted(labels) != sorted(wanted):
            fail(f"{path.name}: labels {sorted(labels)} differ from manifest {sorted(f['labels'])}")
        report["parts"] += len(outlines)
    print(json.dumps(report))


if __name__ == "__main__":
    main()
