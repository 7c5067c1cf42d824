"""Intake: reading public reports and the BKD personnel list from files and endpoints.

Nothing here touches the database; the services in ``asn_monitor/services/`` turn what is
read into cases and registry records, after the user has seen the preview.
"""
