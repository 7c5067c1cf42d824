"""Turning what someone types in the search box into a safe SQLite FTS5 query.

The index uses the ``unicode61`` tokenizer with diacritics removed, so case and accents
never matter. What the user types is never handed to FTS5 as syntax: each word becomes a
quoted phrase with a prefix star, so quotes, ``AND``/``OR``/``NOT``, ``-``, ``*``, ``:``
and brackets are just text, and "Ma'ruf" or "Nur-Aini" match the names they spell.
"""

from __future__ import annotations

import re

# A word with at least one letter or digit; anything else (",", "+", "_", "()") has no
# tokens, and such words are dropped rather than searched as an empty phrase.
_HAS_TOKEN = re.compile(r"[^\W_]")
# A NIP is often typed the way it is printed (19850101 201001 1 001) or in part (the
# year and month of appointment, "2019 03"): digits alone are one number.
_SPACED_DIGITS = re.compile(r"^[\d\s.]+$")


def fts_query(text: str) -> str | None:
    """The MATCH expression for ``text``, or None when it has nothing to search for."""
    # SQLite ends a string at NUL; other control characters are never part of a word.
    text = "".join(ch if ch.isprintable() else " " for ch in text).strip()
    if not text:
        return None
    if _SPACED_DIGITS.match(text) and re.search(r"\d", text):
        return _phrase(re.sub(r"\D", "", text))
    phrases = [_phrase(word) for word in text.split() if _HAS_TOKEN.search(word)]
    return " ".join(phrases) or None


def _phrase(word: str) -> str:
    # Inside an FTS5 string a double quote is written twice; the tokenizer then splits
    # the phrase the same way it split the indexed text.
    return '"' + word.replace('"', '""') + '"*'
