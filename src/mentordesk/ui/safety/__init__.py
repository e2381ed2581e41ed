"""Backups, restore, passphrase and the checks on open, as the app shows them (over mentordesk.safety)."""
