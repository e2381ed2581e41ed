"""Import, export and duplicates dialogs (over mentordesk.exchange)."""
