"""Opening the database for the GUI: single instance, passphrase, and a damaged file caught before start."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from mentordesk import db
from mentordesk.safety.errors import DatabaseDamaged, PassphraseRequired, WrongPassphrase
from mentordesk.safety.passphrase import passphrase_from_env
from mentordesk.ui.single_instance import SingleInstance
from mentordesk.ui.i18n import tr


_pending = False  # the last open_for_app ran only the sanity check
_claimed: SingleInstance | None = None  # the lock this process holds on its database (see claimed_instance)


def full_check_pending() -> bool:
    """True when the database was opened with the sanity check only and still needs the full check."""
    return _pending


def claimed_instance() -> SingleInstance | None:
    """The single-instance guard this process claimed when it opened its database, while it holds it."""
    return _claimed if _claimed is not None and _claimed.lock.held else None


def ask_passphrase(path: Path, wrong: bool, parent=None) -> str | None:
    """The passphrase typed in the unlock dialog, None when cancelled."""
    from mentordesk.ui.safety.passphrase import UnlockDialog

    dialog = UnlockDialog(path, wrong, parent)
    return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None


def claim_instance(path: Path, parent=None, listen: bool = True) -> SingleInstance | None:
    """Become the one app on `path`, or wake the one already running and return None.

    With `listen=False` the caller starts `guard.listen()` itself (app start-up does, after the first frame,
    and connects `activated` to its window)."""
    global _claimed
    guard = SingleInstance(path, QApplication.instance())
    if guard.claim(listen=listen):
        _claimed = guard
        QApplication.instance().aboutToQuit.connect(guard.release)  # a clean exit, however early, leaves no stale lock behind
        return guard
    if guard.wake_other():
        print(f"MentorDesk is already open on {path}; its window was brought to the front.", file=sys.stderr)
    else:
        QMessageBox.information(parent, tr("Already Open"),
                                tr("%1 is already open in another MentorDesk (process %2). "
                                   "Close it there first.").replace("%1", str(path)).replace("%2", str(guard.owner)))
    return None


def offer_restore(path: Path, passphrase: str | None, error: DatabaseDamaged, parent=None,
                  before_restore=None) -> bool:
    """Say plainly that the file is damaged and offer the newest good backup; True when restored.

    `before_restore` runs once the user said yes, right before the file is replaced (the running
    app closes its connection there)."""
    from mentordesk.safety.integrity import file_stats, newest_good_backup
    from mentordesk.safety.restore import restore_backup

    newest = newest_good_backup(path, passphrase)
    problem = error.problems[0] if error.problems else str(error)
    if newest is None:
        QMessageBox.critical(parent, tr("Your Data Is Damaged"),
                             tr("%1 is damaged (%2) and there is no good backup to restore. MentorDesk will not "
                                "open it; the file is left exactly as it is.").replace("%1", str(path))
                             .replace("%2", problem))
        return False
    counts = file_stats(newest.path, passphrase) or {}
    summary = ", ".join(f"{n} {k}" for k, n in counts.items())
    answer = QMessageBox.question(
        parent, tr("Your Data Is Damaged"),
        tr("%1 is damaged (%2).\n\nThe newest good backup is from %3 (%4). Restore it? The damaged file "
           "is kept beside it, and no backup is changed.").replace("%1", str(path)).replace("%2", problem)
        .replace("%3", newest.created.strftime("%Y-%m-%d %H:%M")).replace("%4", summary),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    if before_restore is not None:
        before_restore()
    restore_backup(newest.path, path, passphrase)
    return True


def open_for_app(path, parent=None, defer_full_check: bool = False, listen: bool = True) -> bool:
    """Open the database for the GUI, asking what is needed; False (after saying why) when it must not start.

    With `defer_full_check` only a cheap sanity check runs now, unless the last session did not exit
    cleanly (its lock was left behind); `full_check_pending()` then says the caller must start
    ui.safety.check once the window shows. With `listen=False` the single-instance server is left for
    the caller to start (`claimed_instance().listen()`).
    """
    global _pending
    _pending = False
    path = Path(path) if path else db.default_path()
    try:
        db.prepare_folder(path)  # a first launch: the lock file below lives in this folder
    except db.DatabaseOpenError as exc:
        QMessageBox.critical(parent, tr("MentorDesk Cannot Open Your Data"),
                             tr("The database could not be opened:\n\n%1").replace("%1", str(exc)))
        return False
    guard = claim_instance(path, parent, listen=listen)
    if guard is None:
        return False
    if open_claimed(path, guard, parent, defer_full_check):
        return True
    guard.release()
    return False


def open_claimed(path: Path, guard: SingleInstance, parent=None, defer_full_check: bool = False) -> bool:
    """Open `path`, whose lock `guard` holds, asking for a passphrase or offering a restore; False after saying why.

    The guard is left as it is either way (open_for_app releases it; switching files keeps the old one)."""
    global _pending
    _pending = False
    full = not defer_full_check or guard.recovered_from is not None
    passphrase, restored = passphrase_from_env(), False
    while True:
        try:
            db.open_database(path, passphrase=passphrase, full_check=full)  # False: still after an unclean exit
            _pending = not db.fully_checked
            return True
        except (PassphraseRequired, WrongPassphrase) as exc:
            passphrase = ask_passphrase(path, isinstance(exc, WrongPassphrase), parent)
            if passphrase is None:
                break
        except DatabaseDamaged as exc:
            if restored or not offer_restore(path, passphrase, exc, parent):
                break
            restored = True
        except db.DatabaseOpenError as exc:
            QMessageBox.critical(parent, tr("MentorDesk Cannot Open Your Data"),
                                 tr("The database could not be opened:\n\n%1").replace("%1", str(exc)))
            break
    return False


def adopt(guard: SingleInstance | None) -> None:
    """Make `guard` the lock this process holds on its database (after switching files)."""
    global _claimed
    _claimed = guard
