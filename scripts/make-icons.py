#!/usr/bin/env python3
"""Draws the Teams app icons manifest/color.png (192x192) and manifest/outline.png (32x32).

The mark is two adults leaning in towards a child: two strokes forming a "V" (for Västbus), a head on top
of each stroke and a smaller head between them. Shapes are signed-distance functions sampled on a 4x4
grid per pixel for anti-aliasing. Standard library only (zlib, struct), so it runs anywhere python3 does.

Usage: python3 scripts/make-icons.py   (writes into manifest/ next to this script's parent folder)
"""

import math
import struct
import zlib
from pathlib import Path

ACCENT = (0x00, 0x5E, 0xA2)  # keep in sync with manifest.json "accentColor"
WHITE = (0xFF, 0xFF, 0xFF)
SUPERSAMPLE = 4


def segment_distance(px, py, ax, ay, bx, by):
    abx, aby = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * abx + (py - ay) * aby) / (abx * abx + aby * aby)))
    return math.hypot(px - (ax + t * abx), py - (ay + t * aby))


def mark(scale, centre=0.5):
    """The mark in unit coordinates (0..1, y down), shrunk by `scale` around the centre. Returns inside(x, y)."""

    def s(v):
        return centre + (v - 0.5) * scale

    stroke = 0.055 * scale  # half-width of each stroke
    left = (s(0.26), s(0.40), s(0.5), s(0.80))
    right = (s(0.74), s(0.40), s(0.5), s(0.80))
    heads = [(s(0.22), s(0.24), 0.085 * scale), (s(0.78), s(0.24), 0.085 * scale), (s(0.5), s(0.42), 0.065 * scale)]

    def inside(x, y):
        if segment_distance(x, y, *left) <= stroke or segment_distance(x, y, *right) <= stroke:
            return True
        return any(math.hypot(x - cx, y - cy) <= r for cx, cy, r in heads)

    return inside


def coverage(inside, size, px, py):
    hits = 0
    for sy in range(SUPERSAMPLE):
        for sx in range(SUPERSAMPLE):
            x = (px + (sx + 0.5) / SUPERSAMPLE) / size
            y = (py + (sy + 0.5) / SUPERSAMPLE) / size
            hits += inside(x, y)
    return hits / (SUPERSAMPLE * SUPERSAMPLE)


def png(width, height, color_type, rows):
    """Encodes rows of raw pixel bytes as a PNG (8-bit depth, filter 0 on every row)."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, color_type, 0, 0, 0)
    raw = b"".join(b"\x00" + bytes(row) for row in rows)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def color_icon(size=192):
    """Opaque RGB: white mark on a full-bleed accent background (Teams rounds the corners itself)."""
    inside = mark(scale=0.62)
    rows = []
    for py in range(size):
        row = []
        for px in range(size):
            a = coverage(inside, size, px, py)
            row.extend(round(bg + (fg - bg) * a) for fg, bg in zip(WHITE, ACCENT))
        rows.append(row)
    return png(size, size, 2, rows)


def outline_icon(size=32):
    """RGBA: white only, shape carried by alpha, transparent background (Teams' rule for outline icons)."""
    inside = mark(scale=0.95)
    rows = []
    for py in range(size):
        row = []
        for px in range(size):
            row.extend((*WHITE, round(255 * coverage(inside, size, px, py))))
        rows.append(row)
    return png(size, size, 6, rows)


def main():
    out = Path(__file__).resolve().parent.parent / "manifest"
    (out / "color.png").write_bytes(color_icon())
    (out / "outline.png").write_bytes(outline_icon())
    print(f"wrote {out / 'color.png'} and {out / 'outline.png'}")


if __name__ == "__main__":
    main()
