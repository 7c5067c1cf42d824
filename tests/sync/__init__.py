"""Sync across several OS processes, with faults injected (see harness.py)."""
