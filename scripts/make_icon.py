"""Draw BuurtDesk's icon (a house with a speech bubble) into resources/icons at the sizes needed.

QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_icon.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPolygonF

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#1f6fb2"))
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 48 * s, 48 * s)
    p.setBrush(QColor("#ffffff"))
    roof = QPolygonF(
        [QPointF(40 * s, 128 * s), QPointF(128 * s, 52 * s), QPointF(216 * s, 128 * s)]
    )
    p.drawPolygon(roof)
    p.drawRect(QRectF(64 * s, 124 * s, 128 * s, 88 * s))
    p.setBrush(QColor("#1f6fb2"))
    p.drawRoundedRect(QRectF(112 * s, 160 * s, 32 * s, 52 * s), 6 * s, 6 * s)
    bubble = QPainterPath()
    bubble.addRoundedRect(QRectF(150 * s, 28 * s, 84 * s, 58 * s), 18 * s, 18 * s)
    tail = QPolygonF(
        [QPointF(166 * s, 80 * s), QPointF(160 * s, 104 * s), QPointF(190 * s, 84 * s)]
    )
    bubble.addPolygon(tail)
    p.setBrush(QColor("#f2b705"))
    p.drawPath(bubble.simplified())
    p.setBrush(QColor("#1f6fb2"))
    for x in (172, 192, 212):
        p.drawEllipse(QPointF(x * s, 57 * s), 6 * s, 6 * s)
    p.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    for size in (16, 32, 48, 64, 128, 256, 512):
        draw(size).save(str(OUT / f"buurtdesk-{size}.png"))
    draw(256).save(str(OUT / "buurtdesk.ico"))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
