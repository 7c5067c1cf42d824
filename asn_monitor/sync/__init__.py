"""Sync between this PC's replica and the office hub on the shared folder."""
