"""Fixtures for the exchange tests: the hand-written sample files."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


@pytest.fixture
def data_dir():
    """Folder of realistic files exported by phones and address books (written by hand)."""
    return DATA
