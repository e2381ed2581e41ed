"""Keeping the user's data safe: backups, restore, integrity, encryption, locks and file modes (no Qt)."""
