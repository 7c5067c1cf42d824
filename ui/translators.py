"""Loading the UI's translations: ours for English, Qt's own Indonesian for standard dialogs."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from asn_monitor.paths import resource_path


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load our .qm (and Qt's own for standard dialogs) when English is chosen."""
    translators: list[QTranslator] = []
    if language == "id":
        QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
        qt = QTranslator(app)
        if qt.load(
            QLocale(QLocale.Language.Indonesian),
            "qtbase",
            "_",
            QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        ):
            app.installTranslator(qt)
            translators.append(qt)
        return translators
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"asn_monitor_{language}.qm"))):
        app.installTranslator(ours)
        translators.append(ours)
    return translators
