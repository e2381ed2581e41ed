"""Render the app icon to every size the installers need, with Qt itself (no extra image tools).

Writes into OUT (default build/icons): hicolor/<N>x<N>/apps/mentordesk.png for Linux,
hicolor/scalable/apps/mentordesk.svg when the source is SVG, mentordesk.ico (Windows, PNG entries)
and mentordesk.icns (macOS, PNG entries). The source is the app icon in resources/ when the UI has
one, else packaging/icons/mentordesk.svg.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns entry type for each PNG size (Apple's "icp4".."ic10" PNG-capable types)
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09", 1024: b"ic10"}
SOURCE_CANDIDATES = (
    "resources/icons/app/mentordesk.svg", "resources/icons/mentordesk.svg", "resources/mentordesk.svg",
    "resources/icons/app.svg", "resources/icons/app-icon.svg", "resources/icons/app/mentordesk.png",
    "resources/icons/mentordesk.png", "resources/icons/app.png",
)
FALLBACK = "packaging/icons/mentordesk.svg"


def find_source(root: Path = ROOT) -> Path:
    """The app icon in resources/ if the UI ships one, else the packaging fallback."""
    for candidate in SOURCE_CANDIDATES:
        if (root / candidate).is_file():
            return root / candidate
    return root / FALLBACK


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG images (supported since Windows Vista), smallest first."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG images, one entry per Apple-defined size."""
    body = b"".join(ICNS_TYPES[s] + struct.pack(">I", 8 + len(pngs[s])) + pngs[s]
                    for s in sorted(pngs) if s in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def render_pngs(source: Path, sizes) -> dict[int, bytes]:
    """PNG bytes of the icon at each size, drawn by QtSvg (SVG) or smooth-scaled (PNG)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841 - Qt needs one
    renderer = QSvgRenderer(str(source)) if source.suffix == ".svg" else None
    if renderer is not None and not renderer.isValid():
        raise SystemExit(f"make_icons: {source} is not a valid SVG")
    original = None if renderer else QImage(str(source))
    if original is not None and original.isNull():
        raise SystemExit(f"make_icons: cannot read {source}")
    out = {}
    for size in sizes:
        if renderer:
            image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter)
            painter.end()
        else:
            image = original.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                                    Qt.TransformationMode.SmoothTransformation)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        out[size] = bytes(data)
    return out


def make_icons(out: Path, source: Path | None = None, name: str = "mentordesk") -> Path:
    """Write every icon file into `out`; returns the source used."""
    source = source or find_source()
    out.mkdir(parents=True, exist_ok=True)
    pngs = render_pngs(source, sorted(set(HICOLOR_SIZES) | set(ICO_SIZES) | {1024}))
    for size in HICOLOR_SIZES:
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{name}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
    if source.suffix == ".svg":
        scalable = out / "hicolor" / "scalable" / "apps" / f"{name}.svg"
        scalable.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, scalable)
    (out / f"{name}.png").write_bytes(pngs[256])
    (out / f"{name}.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    (out / f"{name}.icns").write_bytes(icns_bytes({s: pngs[s] for s in ICNS_TYPES if s in pngs}))
    return source


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "icons")
    parser.add_argument("--source", type=Path, help="icon to render (default: resources/ app icon or fallback)")
    args = parser.parse_args()
    source = make_icons(args.out, args.source)
    print(f"icons from {source.relative_to(ROOT) if source.is_relative_to(ROOT) else source} -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
