"""Pure domain rules: no storage, no Qt."""
