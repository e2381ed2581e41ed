"""Two-way sync of people (vCards) and meetings (events) with CardDAV/CalDAV servers; plain Python, no Qt."""
