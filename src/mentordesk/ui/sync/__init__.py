"""Sync in the app: the controller, its worker thread, account page, conflicts and removed records."""
