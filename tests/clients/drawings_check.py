"""Reads back the drawings newsgraph wrote for one graph and checks that each
draws the graph of the GraphML file written beside it (read by networkx):

  NAME.svg      (Graphviz's library) parsed as XML: one <g class="node"> per
                node and the legend, one <g class="edge"> per edge;
  NAME.dot.svg  (when present: NAME.dot drawn by the dot command) the same;
  NAME.png      (Graphviz's library) decoded: the signature, every chunk's
                CRC, IHDR, the inflated image data of the size IHDR says,
                not a blank image, and the size of the SVG drawing at 96 dpi
                (Graphviz's PNG is never scaled down to fit).

usage: /usr/bin/python3 drawings_check.py NAME...   (NAME.graphml, NAME.svg, NAME.png exist)
Exit 0 when every drawing matches, 1 otherwise (each mismatch is printed).
"""
import os
import struct
import sys
import xml.etree.ElementTree as ET
import zlib

import networkx as nx

SVG = "{http://www.w3.org/2000/svg}"
CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}  # PNG colour type -> samples per pixel
problems = []


def problem(name, msg):
    problems.append(f"{os.path.basename(name)}: {msg}")


def svg_groups(path):
    """(node groups, edge groups, width pt, height pt) of a Graphviz SVG."""
    root = ET.parse(path).getroot()
    groups = [g.get("class") for g in root.iter(SVG + "g")]
    size = [float(root.get(k).removesuffix("pt")) for k in ("width", "height")]
    return groups.count("node"), groups.count("edge"), size[0], size[1]


def png_image(path):
    """(width, height, distinct bytes seen) of a PNG file, checked chunk by chunk."""
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("no PNG signature")
    at, idat, header, end = 8, b"", None, False
    while at < len(data) and not end:
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        body = data[at + 8:at + 8 + length]
        (crc,) = struct.unpack(">I", data[at + 8 + length:at + 12 + length])
        if zlib.crc32(kind + body) != crc:
            raise ValueError(f"chunk {kind!r} at {at}: bad CRC")
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        end = kind == b"IEND"
        at += 12 + length
    if header is None or not end:
        raise ValueError("no IHDR or IEND chunk")
    width, height, depth, colour, _, _, interlace = header
    raw = zlib.decompress(idat)
    want = height * (1 + (width * CHANNELS[colour] * depth + 7) // 8)
    if interlace == 0 and len(raw) != want:
        raise ValueError(f"{len(raw)} bytes of image data, {width}x{height} needs {want}")
    return width, height, len(set(raw[:: max(1, len(raw) // 4096)]))


def check(name):
    g = nx.read_graphml(name + ".graphml", force_multigraph=True)
    nodes, edges = g.number_of_nodes(), g.number_of_edges()
    want = (nodes + 1 if nodes else 0, edges)  # and the legend
    size = None
    for svg in (name + ".svg", name + ".dot.svg"):
        if not os.path.exists(svg):
            continue
        got_nodes, got_edges, width, height = svg_groups(svg)
        if (got_nodes, got_edges) != want:
            problem(svg, f"{got_nodes} node and {got_edges} edge groups, expected {want}")
        size = size or (width, height)
    try:
        width, height, distinct = png_image(name + ".png")
    except (OSError, ValueError, zlib.error) as e:
        return problem(name + ".png", str(e))
    if distinct < 3:
        problem(name + ".png", "a blank image")
    if size and (abs(width - size[0] * 96 / 72) > 2 or abs(height - size[1] * 96 / 72) > 2):
        problem(name + ".png", f"{width}x{height} px, the drawing is {size[0]:g}x{size[1]:g} pt")
    if not problems:
        print(f"ok {os.path.basename(name)}: {nodes} nodes, {edges} edges drawn in SVG; "
              f"PNG {width}x{height}")


def main(names):
    for name in names:
        check(name)
    for p in problems[:40]:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
