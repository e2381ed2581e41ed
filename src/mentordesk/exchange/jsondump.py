"""Whole-database JSON export and import (placeholder)."""
