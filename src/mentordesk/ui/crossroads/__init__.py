"""The Crossroads wizard, its result and history pages, and the PDF report (over mentordesk.crossroads)."""
