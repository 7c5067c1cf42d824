"""Services: every operation the UI or CLI can ask for, with its permission checks.

Each service is built with the database and the acting user; the rules live here (and in
``domain``), so a check skipped by a screen is still enforced.
"""
