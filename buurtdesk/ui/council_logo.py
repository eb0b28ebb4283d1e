"""A council's logo: a chosen image checked, scaled down to what a 12 mm high print needs, and
kept as image data (PNG, or JPEG when that is smaller than 1 MB), never as a path."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QImageWriter

from buurtdesk.domain.validation import MAX_LOGO_BYTES as MAX_LOGO_DATA

MAX_LOGO_BYTES = 20 * 1024 * 1024
MAX_LOGO_SIDE = (
    10_000  # pixels; anything larger is no logo, and would take the memory of a photo album
)
KEPT_LOGO = QSize(1200, 400)  # 12 mm high in print: 400 pixels is sharp at 800 dpi


class LogoRefused(Exception):
    """An image that cannot be a logo; the message is one translated sentence."""


def read_logo(path: Path) -> QImage:
    """The image at `path`, scaled to what print needs; LogoRefused when it cannot be a logo."""
    try:
        size = path.stat().st_size
    except OSError:
        raise LogoRefused(
            QCoreApplication.translate("CouncilDetails", "The file could not be read.")
        ) from None
    if size > MAX_LOGO_BYTES:
        raise LogoRefused(
            QCoreApplication.translate(
                "CouncilDetails", "The file is too large for a logo (at most 20 MB)."
            )
        )
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    dimensions = reader.size()
    if not reader.canRead() or dimensions.isEmpty():
        raise LogoRefused(
            QCoreApplication.translate(
                "CouncilDetails",
                "This file is not an image BuurtDesk can use. Choose a PNG or JPEG file.",
            )
        )
    if dimensions.width() > MAX_LOGO_SIDE or dimensions.height() > MAX_LOGO_SIDE:
        raise LogoRefused(
            QCoreApplication.translate(
                "CouncilDetails",
                "The image is too large for a logo (at most 10,000 pixels wide and high).",
            )
        )
    image = reader.read()
    if image.isNull():
        raise LogoRefused(
            QCoreApplication.translate("CouncilDetails", "The image is damaged and cannot be read.")
        )
    if image.width() > KEPT_LOGO.width() or image.height() > KEPT_LOGO.height():
        image = image.scaled(
            KEPT_LOGO,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return image


def logo_data(image: QImage) -> bytes:
    """The image as the database keeps it: PNG, or JPEG when the PNG is over the 1 MB limit."""
    for kind, quality in ((b"PNG", -1), (b"JPG", 90), (b"JPG", 75)):
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # QImageWriter, not QImage.save: PySide6's stubs give save() a bytes format that it
        # refuses at run time; the writer takes it typed and writes the same bytes.
        writer = QImageWriter(buffer, kind)
        writer.setQuality(quality)
        writer.write(image)
        buffer.close()
        content = bytes(data.data())
        if len(content) <= MAX_LOGO_DATA:
            return content
    raise LogoRefused(
        QCoreApplication.translate(
            "CouncilDetails",
            "The image has too much detail to keep as a logo; choose a simpler one.",
        )
    )
