#!/usr/bin/env python3
"""Draws the app icons web/static/icon-192.png and icon-512.png from the shapes of
web/static/favicon.svg (a barn: roof and walls, a door), on the page colour with a margin
so that the icon also works where a launcher masks it to a circle ("maskable").
Only the standard library: the PNG is written with zlib, 4x4 samples per pixel."""
import math
import struct
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BG = (0xFB, 0xF8, 0xF3)
WOOD = (0xB9, 0x86, 0x4F)
DARK = (0x7A, 0x54, 0x26)
# favicon.svg in its 32 x 32 viewBox: M4 14 16 4l12 10v14H4z and the door M12 28v-8h8v8.
HOUSE = [(4, 14), (16, 4), (28, 14), (28, 28), (4, 28)]
DOOR = [(12, 28), (12, 20), (20, 20), (20, 28)]
HALF_STROKE = 1.0


def inside(poly, x, y):
    n, hit = len(poly), False
    for i in range(n):
        (x1, y1), (x2, y2) = poly[i], poly[(i + 1) % n]
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            hit = not hit
    return hit


def near(points, x, y, closed):
    n = len(points)
    for i in range(n if closed else n - 1):
        (x1, y1), (x2, y2) = points[i], points[(i + 1) % n]
        dx, dy = x2 - x1, y2 - y1
        t = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
        if math.hypot(x - x1 - t * dx, y - y1 - t * dy) <= HALF_STROKE:
            return True
    return False


def colour(x, y):
    """The colour at a point of the 32 x 32 drawing."""
    if near(DOOR, x, y, False):
        return DARK
    if inside(DOOR, x, y):
        return BG
    if near(HOUSE, x, y, True):
        return DARK
    if inside(HOUSE, x, y):
        return WOOD
    return BG


def icon(size):
    # The drawing (x 3..29, y 3..29) fills the middle 70 % (the maskable safe zone is 80 %).
    scale = size * 0.7 / 26
    off = size * 0.15
    rows = []
    s = 4
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            acc = [0, 0, 0]
            for sy in range(s):
                for sx in range(s):
                    x = (px + (sx + 0.5) / s - off) / scale + 3
                    y = (py + (sy + 0.5) / s - off) / scale + 3
                    c = colour(x, y)
                    for k in range(3):
                        acc[k] += c[k]
            row += bytes(round(a / (s * s)) for a in acc)
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


if __name__ == "__main__":
    for size in (192, 512):
        out = ROOT / "web" / "static" / f"icon-{size}.png"
        out.write_bytes(icon(size))
        print(f"{out.relative_to(ROOT)}: {out.stat().st_size} bytes", file=sys.stderr)
