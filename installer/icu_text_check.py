"""Print what Qt's ICU-backed text handling gives for Dutch and English, to compare ICU data sets.

installer/shrink_icu.py makes a smaller ICU data library for the Linux build. Run this once
with PySide6's own ICU data and once with the smaller library preloaded; the two outputs must
be the same:
    .venv/bin/python installer/icu_text_check.py > full.txt
    LD_PRELOAD=build/icu/libicudata.so.73 .venv/bin/python installer/icu_text_check.py > small.txt
    diff full.txt small.txt
It covers every ICU call Qt Core makes: collation (QCollator, which QString.localeAwareCompare
and sorting use), locale case mapping, time-zone names, and text converters.
"""

from __future__ import annotations

from PySide6.QtCore import QCollator, QDateTime, QLocale, QStringDecoder, QStringEncoder, QTimeZone

NAMES = [
    "Zoë de Vries",
    "zoe",
    "Ötzi",
    "Oosterhout",
    "'s-Hertogenbosch",
    "IJsselstein",
    "Ijmuiden",
    "Éclair",
    "eclair",
    "Ångström",
    "van den Berg",
    "Van Dam",
    "2026-010",
    "2026-9",
    "café",
    "Cafe",
    "straße",
    "Strasse",
    "œuvre",
    "Ærø",
    "Łódź",
    "Ñandú",
    "ß",
    "Ελλάδα",
    "Москва",
]
LOCALES = ("nl_NL", "nl_BE", "en_GB", "en_US", "C")


def main() -> None:
    for name in LOCALES:
        locale = QLocale(name)
        collator = QCollator(locale)
        print(f"sort {name}:", " | ".join(sorted(NAMES, key=collator.sortKey)))
        collator.setNumericMode(True)
        print(f"numeric {name}:", " | ".join(sorted(NAMES, key=collator.sortKey)))
        collator.setCaseSensitivity(collator.caseSensitivity().CaseInsensitive)
        print(f"ignore case {name}:", collator.compare("Zoë", "zoë"), collator.compare("a", "B"))
        print(
            f"upper {name}:",
            locale.toUpper("ijsselmeer straße ﬁjn ǆ ı i"),
            locale.toLower("İSTANBUL ÀÉÎ ΣΑΣ"),
        )
    moment = QDateTime.fromString("2026-03-10T19:30:00Z", "yyyy-MM-ddTHH:mm:ssZ")
    for zone_id in (b"Europe/Amsterdam", b"Europe/Brussels", b"UTC", b"America/Curacao"):
        zone = QTimeZone(zone_id)
        for name in ("nl_NL", "en_GB"):
            names = [
                zone.displayName(moment, kind, QLocale(name))
                for kind in (
                    QTimeZone.NameType.LongName,
                    QTimeZone.NameType.ShortName,
                    QTimeZone.NameType.OffsetName,
                )
            ]
            print(f"zone {zone_id.decode()} {name}:", names, zone.offsetFromUtc(moment))
    # PySide6 cannot run a QStringEncoder/QStringDecoder from Python; BuurtDesk reads and
    # writes text with Python's codecs. What Qt offers is checked all the same.
    for encoding in (
        "windows-1252",
        "ISO-8859-15",
        "ISO-8859-1",
        "IBM437",
        "macintosh",
        "KOI8-R",
        "UTF-16LE",
    ):
        encoder, decoder = QStringEncoder(encoding), QStringDecoder(encoding)
        print(f"codec {encoding}:", encoder.isValid(), decoder.isValid(), encoder.name())


if __name__ == "__main__":
    main()
