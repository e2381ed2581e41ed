"""Contacts in and out: one module per file format, all reached through `registry`."""
