"""Option values the CLI commands share, read the same way everywhere."""

from __future__ import annotations

import datetime as dt

from asn_monitor.errors import ValidationError
from asn_monitor.i18n import QT_TRANSLATE_NOOP
from asn_monitor.intake.dates import parse_date


def date_option(text: str | None, option: str) -> dt.date | None:
    """The date given to ``option`` (dd/mm/yyyy or YYYY-MM-DD, as the forms take it), or
    None when the option was left out."""
    if not text:
        return None
    try:
        return parse_date(text)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "asn_monitor",
                "{option}: tanggal \u201c{value}\u201d tidak dapat dibaca; tulis dd/mm/yyyy atau "
                "YYYY-MM-DD.",
            ),
            option=option,
            value=text,
        ) from None
