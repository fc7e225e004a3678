#!/usr/bin/env python3
"""Re-creates the imported catalogue designs in designs/ from other people's cut files.

Each entry names the source repository and commit, the file(s), the authors as the source
credits them and the licence. The files are imported with `barnraise import`, then the
manifest's descriptive fields (name, summary, description, category, tags, authors,
material) are filled in; the original file is kept in the package under `source/`.

Usage: scripts/catalogue/import.py BARNRAISE_BINARY SOURCES_DIR DESIGNS_DIR
SOURCES_DIR holds the original files under <repo-name>/<path>, as taken from the commits
below (see docs/catalogue.md).
"""

import os
import re
import shutil
import subprocess
import sys

BOXES = ("https://github.com/florianfesti/boxes", "7d1a89d9145afe8ee3a4c97faec809f7fee62226")
WREN = ("https://github.com/wikihouseproject/Wren", "8051c9ff02ebe045a46ab9731c047f949e8cfeec")
DXF2IFC = ("https://github.com/VDobranov/DXF2IFC2D", "6fe4a25319e0fc2965467a2ff5031fc5080ffae7")
ATLES = ("https://github.com/liffiton/ATLeS", "14996261583a714e4664202ec05d9ecae8789542")
GAMEPARTS = ("https://github.com/wcraigtrader/game-parts", "11bbb4792c006ab35b743a2704755b4e01260b93")
LASER4DIY = ("https://github.com/Laser4DIY/Laser4DIY_Enclosure", "30f294a4de9d6e0a5b970481bd493e2135daba78")

BOXES_CREDIT = "Florian Festi and the boxes.py contributors"


def boxes(slug, gen, name, category, tags, summary, authors=()):
    return dict(
        slug=slug,
        kind="svg",
        repo=BOXES,
        files=[f"boxes/examples/{gen}.svg"],
        name=name,
        category=category,
        tags=["boxes.py", "laser", "finger joints"] + tags,
        summary=summary,
        description=(
            f"The sample output of boxes.py's `{gen}` generator at its default settings "
            "(3 mm sheet, `boxes "
            + gen
            + "`), imported into Barnraise: the finger joints and slots that boxes.py "
            "drew for 3 mm stock follow the `thickness` parameter, so a sheet measured at "
            "2.8 or 3.2 mm still fits. For other sizes, generate a new file with boxes.py "
            "(https://boxes.hackerspace-bamberg.de/) and import it."
        ),
        authors=list(authors) + [BOXES_CREDIT],
        license="GPL-3.0-or-later",
        process="laser",
        material=("plywood", "Plywood or MDF, 3 mm"),
        extra=[],
    )


DESIGNS = [
    boxes("boxes-bird-house", "BirdHouse", "Bird house (boxes.py)", "animal-care",
          ["bird", "nest box", "garden"], "A simple nest box for small birds: walls, floor and a pitched roof joined by finger joints, 3 mm sheet."),
    boxes("boxes-bee-queen-cage", "BeeQueenCage", "Queen bee cage (boxes.py)", "beekeeping",
          ["bee", "queen cage", "hive"], "A small cage for shipping or introducing a queen bee, with ventilation slots, laser-cut from 3 mm sheet.",
          ["Martin Scharrer"]),
    boxes("boxes-fat-ball-dispenser", "FatBallDispenser", "Fat ball bird feeder (boxes.py)", "animal-care",
          ["bird feeder", "fat balls", "garden"], "A hanging dispenser that feeds fat balls to garden birds one at a time, laser-cut from 3 mm sheet.",
          ["Melchior Rabe"]),
    boxes("boxes-stevenson-screen", "StevensonScreenBox", "Stevenson screen (boxes.py)", "farm-tool",
          ["weather station", "thermometer", "louvres"], "A louvred box that shades a thermometer or weather sensor from sun and rain, laser-cut from 3 mm sheet.",
          ["Richard Bowman"]),
    boxes("boxes-crate", "Crate", "Crate with handle holes (boxes.py)", "storage",
          ["crate", "harvest", "box"], "An open crate with hand holes in its ends, finger-jointed, laser-cut from 3 mm sheet.",
          ["Aliaksei Markouski"]),
    boxes("boxes-storage-shelf", "StorageShelf", "Storage shelf (boxes.py)", "storage",
          ["shelf", "drawers", "storage"], "A small shelf unit with compartments for boxes or drawers, laser-cut from 3 mm sheet.",
          ["Germain Lemasson"]),
    boxes("boxes-small-parts-tray", "SmallPartsTray", "Small parts tray (boxes.py)", "workshop",
          ["tray", "screws", "sorting"], "A tray with sloped compartments for screws and small parts, laser-cut from 3 mm sheet."),
    boxes("boxes-divider-tray", "DividerTray", "Divider tray (boxes.py)", "storage",
          ["tray", "dividers", "drawer insert"], "A tray with slotted dividers that slide into notched walls, laser-cut from 3 mm sheet.",
          ["Guillaume Collic"]),
    boxes("boxes-bread-box", "BreadBox", "Bread box with roll-up lid (boxes.py)", "kitchen",
          ["bread", "living hinge", "kitchen"], "A bread box whose lid rolls back on a flexible living hinge, laser-cut from 3 mm sheet."),
    boxes("boxes-magazine-file", "MagazineFile", "Magazine file (boxes.py)", "storage",
          ["magazine file", "office", "paper"], "An open-topped file box for magazines and papers, laser-cut from 3 mm sheet."),
    boxes("boxes-paint-storage", "PaintStorage", "Paint bottle rack (boxes.py)", "workshop",
          ["paint", "rack", "bottles"], "A rack of holes for storing small paint bottles upright, laser-cut from 3 mm sheet.",
          ["jens persson"]),
    boxes("boxes-card-box", "CardBox", "Card box (boxes.py)", "storage",
          ["cards", "box", "games"], "A box with sliding lid and compartments for playing cards, laser-cut from 3 mm sheet.",
          ["jens persson"]),
    boxes("boxes-dice-tower", "DiceTower", "Dice tower (boxes.py)", "other",
          ["dice", "games"], "A tower with internal ramps that tumbles dice onto a tray, laser-cut from 3 mm sheet.",
          ["Juniper"]),
    boxes("boxes-wall-rack", "WallRack", "Wall rack (boxes.py)", "kitchen",
          ["spice rack", "wall", "shelf"], "A wall-hung rack with a rail, for spices or small jars, laser-cut from 3 mm sheet.",
          ["Phillip Thelen"]),
    boxes("boxes-drill-stand", "DrillStand", "Drill bit stand (boxes.py)", "workshop",
          ["drill bits", "stand", "tool storage"], "A stepped stand with holes for drill bits sorted by size, laser-cut from 3 mm sheet."),
    boxes("boxes-photo-frame", "PhotoFrame", "Photo frame (boxes.py)", "other",
          ["photo frame", "picture"], "A layered picture frame with a mat and a back, laser-cut from 3 mm sheet.",
          ["marauder37"]),
    boxes("boxes-stackable-bin", "StackableBin", "Stackable bin (boxes.py)", "storage",
          ["bin", "stackable", "parts bin"], "An open-fronted parts bin that stacks on others of its kind, laser-cut from 3 mm sheet.",
          ["Кочубей Павел Михайлович"]),
    boxes("boxes-closed-box", "ClosedBox", "Closed box (boxes.py)", "storage",
          ["box", "enclosure"], "A fully closed finger-jointed box, the simplest boxes.py design, laser-cut from 3 mm sheet."),
    boxes("boxes-electronics-box", "ElectronicsBox", "Electronics box (boxes.py)", "workshop",
          ["enclosure", "electronics", "screw mounts"], "A closed box with screw mounting holes for an electronics board, laser-cut from 3 mm sheet."),
    boxes("boxes-hinge-box", "HingeBox", "Box with hinged lid (boxes.py)", "storage",
          ["box", "hinge", "lid"], "A box whose lid turns on laser-cut finger hinges, 3 mm sheet."),
    dict(
        slug="wikihouse-wren-tolerance-test",
        kind="dxf",
        repo=WREN,
        files=["Wren/Assembly Test/Wren_Tolerance-Test_CNC-cutting_v1.dxf"],
        name="WikiHouse Wren tolerance test",
        category="structure",
        tags=["wikihouse", "wren", "cnc", "plywood", "fit test", "building"],
        summary="The two-sheet fit test WikiHouse builders cut first: Wren connectors, fins and test pieces in 18 mm plywood.",
        description=(
            "The WikiHouse Wren tolerance test: connectors, fins and fit-test pieces on two "
            "2440 × 1220 mm sheets of 18 mm spruce plywood, cut before a Wren building to "
            "check that the machine and the sheet give a tight fit. The through-slots the "
            "fins pass through follow the `thickness` parameter (with `clearance` as drawn), "
            "so a sheet measured at 17.4 mm gets narrower slots."
        ),
        authors=["Architecture 00", "WikiHouse Foundation contributors"],
        license="MPL-2.0",
        process="cnc",
        material=("plywood", "Spruce plywood, 18 mm"),
        extra=[],
    ),
    dict(
        slug="wikihouse-skylark250-window-xl2",
        kind="dxf",
        repo=DXF2IFC,
        files=["DXF2IFC2D/drawings/SKYLARK250_WINDOW-XL2_cnc_.dxf"],
        name="WikiHouse Skylark 250 window block XL2",
        category="structure",
        tags=["wikihouse", "skylark", "cnc", "plywood", "window", "building"],
        summary="The CNC cutting file of the WikiHouse Skylark 250 WINDOW-XL2 block, 18 mm plywood.",
        description=(
            "One block of the WikiHouse Skylark 250 building system (by Open Systems Lab): "
            "the WINDOW-XL2 block, as its CNC cutting file, here in the copy kept by "
            "V. Dobranov's DXF2IFC2D project (which re-saved it). The half-depth pockets "
            "are kept in `[extra.cutfile]`."
        ),
        authors=["Open Systems Lab", "WikiHouse Foundation contributors", "V. Dobranov"],
        license="CC-BY-SA-4.0",
        process="cnc",
        material=("plywood", "Plywood, 18 mm"),
        extra=[],
    ),
    dict(
        slug="atles-enclosure",
        kind="dxf",
        repo=ATLES,
        files=["ATLeS/designs/dist/side1.dxf", "ATLeS/designs/dist/end1.dxf", "ATLeS/designs/dist/bottom.dxf"],
        name="ATLeS tracking box panels",
        category="other",
        tags=["laboratory", "enclosure", "laser", "openscad"],
        summary="Laser-cut panels of the ATLeS animal-tracking box: side, end and bottom, joined by slots that follow the thickness.",
        description=(
            "Panels of the enclosure of ATLeS (Automated Tracking and Learning System), an "
            "inexpensive box for automated observation and conditioning experiments with "
            "zebrafish, made at Illinois Wesleyan University, as exported from its OpenSCAD "
            "model (`designs/dist/`). The slots the panels interlock with follow the "
            "`thickness` parameter. The project licenses its design files under CC BY-SA "
            "4.0 (`docs/licenses.md`) and its code under MIT."
        ),
        authors=["Mark Liffiton", "Brad Sheese"],
        license="CC-BY-SA-4.0",
        process="laser",
        material=("other", "Sheet, 3 mm"),
        extra=[],
    ),
    dict(
        slug="game-parts-504-tray",
        kind="svg",
        repo=GAMEPARTS,
        files=["game-parts/504/models/504-sheet-4.svg"],
        name="504 board game tray, sheet 4",
        category="storage",
        tags=["board game", "tray", "insert", "laser"],
        summary="Sheet 4 of a laser-cut storage tray for the board game 504: dividers and walls in 3 mm sheet.",
        description=(
            "One sheet of W. Craig Trader's laser-cut box insert for the board game 504, as "
            "he drew it in Inkscape 0.91 (read at 90 px per inch)."
        ),
        authors=["W. Craig Trader"],
        license="CC-BY-SA-3.0",
        process="laser",
        material=("other", "Sheet, 3 mm"),
        extra=[],
    ),
]


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def fill(manifest, d):
    lines = manifest.splitlines()
    out = []
    for line in lines:
        if line.startswith("name = ") and not out_has_table(out):
            line = "name = " + toml_str(d["name"])
        elif line.startswith("summary = ") and not out_has_table(out):
            line = "summary = " + toml_str(d["summary"]) + "\ndescription = " + toml_str(d["description"])
        elif line.startswith("category = ") and not out_has_table(out):
            line = "category = " + toml_str(d["category"]) + "\ntags = [" + ", ".join(toml_str(t) for t in d["tags"]) + "]"
        elif line.startswith("authors = ") and not out_has_table(out):
            line = "authors = [" + ", ".join(toml_str(a) for a in d["authors"]) + "]"
        out.append(line)
    text = "\n".join(out) + "\n"
    kind, mname = d["material"]
    text = re.sub(r'(\[materials\.sheet\]\nname = )"[^"]*"\nkind = "[^"]*"',
                  lambda m: m.group(1) + toml_str(mname) + "\nkind = " + toml_str(kind), text, count=1)
    return text


def out_has_table(out):
    return any(l.startswith("[") for l in out)


def main():
    binary, sources, dest = sys.argv[1:4]
    for d in DESIGNS:
        files = [os.path.join(sources, f) for f in d["files"]]
        target = os.path.join(dest, d["slug"])
        if os.path.exists(target):
            shutil.rmtree(target)
        url, commit = d["repo"]
        cmd = [binary, "import", d["kind"], *files, "--design", d["slug"], "--process", d["process"],
               "--license", d["license"], "--author", d["authors"][0], "--name", d["name"],
               "--source", f"{url}@{commit}", "--out", dest]
        r = subprocess.run(cmd, capture_output=True, text=True)
        if r.returncode != 0:
            print("FAILED", d["slug"], r.stdout[-2000:], r.stderr[-2000:])
            continue
        path = os.path.join(target, "design.toml")
        with open(path, encoding="utf-8") as f:
            manifest = f.read()
        with open(path, "w", encoding="utf-8") as f:
            f.write(fill(manifest, d))
        os.makedirs(os.path.join(target, "source"), exist_ok=True)
        for f in files:
            shutil.copyfile(f, os.path.join(target, "source", os.path.basename(f)))
        print("ok", d["slug"])


if __name__ == "__main__":
    main()
