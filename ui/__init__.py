"""PySide6 user interface. Imports ``asn_monitor``; never the reverse."""
