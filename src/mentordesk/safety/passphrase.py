"""Where a command-line passphrase comes from: $MENTORDESK_PASSPHRASE, else a prompt without echo."""

from __future__ import annotations

import getpass
import os
from pathlib import Path

from mentordesk.safety.crypto import is_encrypted

ENV_VAR = "MENTORDESK_PASSPHRASE"


class NoPassphrase(Exception):
    """No passphrase could be read (no terminal, or the user gave up)."""


def passphrase_from_env() -> str | None:
    """The passphrase in $MENTORDESK_PASSPHRASE, None when unset or empty."""
    return os.environ.get(ENV_VAR) or None


def ask(prompt: str) -> str:
    """Read a passphrase without echo; NoPassphrase on end of input or an empty answer."""
    try:
        value = getpass.getpass(prompt)
    except (EOFError, KeyboardInterrupt):
        raise NoPassphrase("no passphrase given") from None
    if not value:
        raise NoPassphrase("no passphrase given")
    return value


def passphrase_for(path: Path) -> str | None:
    """The passphrase to open `path` with: None for a plain file, else from the environment or a prompt."""
    if not is_encrypted(path):
        return None
    return passphrase_from_env() or ask(f"Passphrase for {path}: ")


def new_passphrase() -> str:
    """A new passphrase from the environment, or typed twice without echo."""
    env = passphrase_from_env()
    if env:
        return env
    first = ask("New passphrase: ")
    if ask("Repeat the new passphrase: ") != first:
        raise NoPassphrase("the two passphrases differ")
    return first
