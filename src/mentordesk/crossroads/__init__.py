"""Crossroads: weigh improving in place, switching fields or going back to school (plain Python, no Qt)."""
