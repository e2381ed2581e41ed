"""The record areas and their pages: lists, editors, Today, the asks pipeline, opportunities, meeting prep."""
