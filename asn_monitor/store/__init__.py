"""Storage: the local SQLite replica, its schema, and the change log (audit + outbox)."""
