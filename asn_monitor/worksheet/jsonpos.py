"""JSON parsing that remembers where each value starts, for errors a person can find.

The standard library reports the position of a syntax error but forgets positions once the
text is parsed; a catalogue error such as an unknown level must still point at its line and
column. So the text is parsed with :func:`json.loads` (its syntax errors are precise) and
then walked once more, trusting that syntax, to note the offset of every value by its path.
"""

from __future__ import annotations

import json
import json.scanner
from dataclasses import dataclass
from typing import Any

JsonPath = tuple[str | int, ...]

_WHITESPACE = " \t\n\r"


class DuplicateKey(ValueError):
    def __init__(self, path: JsonPath, offset: int) -> None:
        super().__init__(path, offset)
        self.path = path
        self.offset = offset


@dataclass(frozen=True)
class Located:
    value: Any
    positions: dict[JsonPath, int]
    text: str

    def line_column(self, path: JsonPath) -> tuple[int, int]:
        """1-based line and column of ``path``'s value, or of its nearest known parent."""
        while path not in self.positions and path:
            path = path[:-1]
        return line_column(self.text, self.positions.get(path, 0))


def line_column(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def format_path(path: JsonPath) -> str:
    """``("regimes", 2, "items", 0)`` → ``regimes[2].items[0]``, as people read it."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out or "$"


def parse(text: str) -> Located:
    """Parse ``text``; raises :class:`json.JSONDecodeError` or :class:`DuplicateKey`."""
    value = json.loads(text)
    positions: dict[JsonPath, int] = {}
    _Walker(text, positions).value(0, ())
    return Located(value, positions, text)


class _Walker:
    """Walks text that :func:`json.loads` accepted; it trusts the syntax and only counts."""

    def __init__(self, text: str, positions: dict[JsonPath, int]) -> None:
        self.text = text
        self.positions = positions

    def skip(self, i: int) -> int:
        while i < len(self.text) and self.text[i] in _WHITESPACE:
            i += 1
        return i

    def value(self, i: int, path: JsonPath) -> int:
        i = self.skip(i)
        self.positions[path] = i
        char = self.text[i]
        if char == "{":
            return self.object(i + 1, path)
        if char == "[":
            return self.array(i + 1, path)
        if char == '"':
            return self.string_end(i)
        for literal in ("true", "false", "null", "NaN", "Infinity", "-Infinity"):
            if self.text.startswith(literal, i):
                return i + len(literal)
        match = json.scanner.NUMBER_RE.match(self.text, i)
        if match is None:  # pragma: no cover - json.loads accepted the text
            raise ValueError(i)
        return match.end()

    def string_end(self, i: int) -> int:
        """Offset just past the string literal that starts (with its quote) at ``i``."""
        i += 1
        while self.text[i] != '"':
            i += 2 if self.text[i] == "\\" else 1
        return i + 1

    def object(self, i: int, path: JsonPath) -> int:
        seen: set[str] = set()
        i = self.skip(i)
        if self.text[i] == "}":
            return i + 1
        while True:
            i = self.skip(i)
            key_start = i
            i = self.string_end(key_start)
            key = json.loads(self.text[key_start:i])
            if key in seen:
                # json.loads keeps the last one silently; a corrected value would then be
                # lost without a word, so a repeated key is an error.
                raise DuplicateKey((*path, key), key_start)
            seen.add(key)
            i = self.skip(i) + 1  # the colon
            i = self.skip(self.value(i, (*path, key)))
            if self.text[i] == ",":
                i += 1
                continue
            return i + 1

    def array(self, i: int, path: JsonPath) -> int:
        i = self.skip(i)
        if self.text[i] == "]":
            return i + 1
        index = 0
        while True:
            i = self.skip(self.value(i, (*path, index)))
            index += 1
            if self.text[i] == ",":
                i += 1
                continue
            return i + 1
