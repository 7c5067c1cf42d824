"""Printed documents as data: what they say, gathered without Qt."""
