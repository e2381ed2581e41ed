"""Keyboard-only flows on the started window (issue #17).

After the window opens, every step is a real key event sent where a person's key press would go: the open
popup if there is one, else the widget that has focus. No setText, no setCurrentIndex, no mouse.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication

from mentordesk.models import AdviceNote, Ask, Meeting, MeetingAttendee, Person
from tests.ui.full_window import full_window  # noqa: F401 - fixture

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def mnemonic(text: str) -> str:
    """The letter after a single & ("" when none)."""
    plain = text.replace("&&", "")
    i = plain.find("&")
    return plain[i + 1].upper() if 0 <= i < len(plain) - 1 else ""


def target():
    """Where a key press goes: the open popup (a completer's list, a combo's list), else the focused widget."""
    settle()
    widget = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert widget is not None, "focus is nowhere: a key press would be lost"
    return widget


def settle() -> None:
    """Offscreen has no window manager: a closed popup (a completer's list) stays the "active window", and
    keys would go to a stale focus widget. Give activation back to the window on top, as a window manager does."""
    active = QApplication.activeWindow()
    if QApplication.activePopupWidget() is None and active is not None and not active.isVisible():
        top = QApplication.activeModalWidget() or next(
            w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow() and w.inherits("QMainWindow"))
        top.activateWindow()
        deadline = 100
        while not top.isActiveWindow() and deadline:
            QApplication.processEvents()
            deadline -= 1
        assert top.isActiveWindow()


def focus():
    settle()
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(target(), key, modifier)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(target(), text)


def tab_until(qtbot, found, limit: int = 30, back: bool = False) -> None:
    """Press Tab (or Shift+Tab) until `found(focus widget)` is true, as a person tabs to a control."""
    seen = []
    for _ in range(limit):
        if found(focus()):
            return
        seen.append(type(focus()).__name__)
        press(qtbot, K.Key_Backtab if back else K.Key_Tab, SHIFT if back else Qt.KeyboardModifier.NoModifier)
    raise AssertionError(f"Tab never reached the control; went through {seen}")


def go_to(qtbot, window, key: str) -> None:
    """The Go menu's Ctrl+<row> for an area."""
    row = window.area_keys().index(key)
    assert row < 9
    press(qtbot, getattr(K, f"Key_{row + 1}"), CTRL)
    qtbot.waitUntil(lambda: window.current_area() == key)


def when_modal(qtbot, kind, steps) -> dict:
    """Run `steps(dialog)` once a modal dialog of class `kind` is up (its exec() blocks the key that opened it).
    A failing step closes the dialog and is raised again by the caller through `state["error"]`."""
    state: dict = {"error": None, "ran": False, "polls": 250}

    def poll():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or not dialog.isVisible():
            state["polls"] -= 1
            if state["polls"] > 0:  # give up after about five seconds
                QTimer.singleShot(20, poll)
            return
        state["ran"] = True
        try:
            qtbot.waitUntil(dialog.isActiveWindow)
            steps(dialog)
        except BaseException as exc:  # noqa: BLE001 - reported by check()
            state["error"] = exc
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, poll)
    return state


def check(state: dict) -> None:
    assert state["ran"], "the dialog never came up"
    if state["error"] is not None:
        raise state["error"]


def pick_by_enter(qtbot, typed: str) -> None:
    """Type part of a name into the focused type-ahead picker and press Enter for the best match."""
    type_text(qtbot, typed)
    press(qtbot, K.Key_Return)


# --- 1. log a meeting ---------------------------------------------------------------------------------
def test_log_a_meeting_with_keys_only(full_window, qtbot):
    from mentordesk.ui.areas.log_meeting import LogMeetingDialog

    before = Meeting.select().count()

    def steps(dialog):
        picker = dialog.attendees.picker
        assert focus() is picker, "the dialog opens in the attendee field"
        pick_by_enter(qtbot, "Maya Ch")
        pick_by_enter(qtbot, "Priya")
        assert dialog.attendees.names() == ["Maya Chen", "Priya Raman"]
        assert dialog.isVisible(), "Enter in the attendee field saved the meeting"
        tab_until(qtbot, lambda w: w is dialog.form.widgets["summary"])
        type_text(qtbot, "Portfolio review by keyboard")
        press(qtbot, K.Key_A, ALT)  # &Add advice: a mnemonic "animates" the click, which lands ~100 ms later
        qtbot.waitUntil(lambda: len(dialog.advice_rows) == 1)
        row = dialog.advice_rows[0]
        assert focus() is row.text
        type_text(qtbot, "Lead with the keyboard accessibility study")
        tab_until(qtbot, lambda w: w is row.person, back=True)
        type_text(qtbot, "Pri")  # a combo box picks by typed letters
        assert row.person.currentText() == "Priya Raman"
        press(qtbot, K.Key_Tab)
        assert focus() is row.path
        type_text(qtbot, "Sw")
        assert row.path.currentData() == "switch"
        press(qtbot, K.Key_Return)  # Enter in a closed combo box: the dialog's default button, Save

    state = when_modal(qtbot, LogMeetingDialog, steps)
    press(qtbot, K.Key_L, CTRL)
    check(state)
    assert Meeting.select().count() == before + 1
    meeting = Meeting.select().order_by(Meeting.id.desc()).first()
    assert meeting.summary == "Portfolio review by keyboard"
    names = {a.person.display_name for a in MeetingAttendee.select().where(MeetingAttendee.meeting == meeting)}
    assert names == {"Maya Chen", "Priya Raman"}
    note = AdviceNote.get(AdviceNote.meeting == meeting)
    assert note.person.display_name == "Priya Raman" and note.path == "switch"
    assert note.advice == "Lead with the keyboard accessibility study"


# --- 2. create a person -------------------------------------------------------------------------------
def test_create_a_person_with_keys_only(full_window, qtbot):
    go_to(qtbot, full_window, "people")
    press(qtbot, K.Key_N, CTRL)
    area = full_window.record_areas["people"]
    editor = area.editor
    name = editor.form.widgets["display_name"]
    assert focus() is name, "Ctrl+N puts the cursor in the name"
    type_text(qtbot, "Kira Keyboard")
    tab_until(qtbot, lambda w: w is editor.form.widgets["given_name"])
    type_text(qtbot, "Kira")
    press(qtbot, K.Key_Tab)
    type_text(qtbot, "Keyboard")
    tab_until(qtbot, lambda w: w is editor.form.widgets["title"])
    type_text(qtbot, "Accessibility lead")
    press(qtbot, K.Key_S, CTRL)
    person = Person.get(Person.display_name == "Kira Keyboard")
    assert (person.given_name, person.family_name, person.title) == ("Kira", "Keyboard", "Accessibility lead")


# --- 3. create an ask ---------------------------------------------------------------------------------
def test_create_an_ask_with_keys_only(full_window, qtbot):
    go_to(qtbot, full_window, "asks")
    before = Ask.select().count()
    press(qtbot, K.Key_N, CTRL)
    editor = full_window.record_areas["asks"].editor
    widgets = editor.form.widgets
    assert focus() is widgets["person_id"], "Ctrl+N puts the cursor in the person picker"
    pick_by_enter(qtbot, "Priya")
    assert widgets["person_id"].person_id() == Person.get(Person.display_name == "Priya Raman").id
    tab_until(qtbot, lambda w: w is widgets["kind"])
    type_text(qtbot, "Res")  # Resume review
    assert widgets["kind"].currentText() == "Resume review"
    press(qtbot, K.Key_Tab)
    assert focus() is widgets["purpose"]
    type_text(qtbot, "Keyboard-only resume pass")
    press(qtbot, K.Key_S, CTRL)
    assert Ask.select().count() == before + 1
    ask = Ask.get(Ask.purpose == "Keyboard-only resume pass")
    assert ask.person.display_name == "Priya Raman" and ask.kind == "resume_review"


# --- 4. move an ask along the pipeline ----------------------------------------------------------------
def test_move_an_ask_along_the_pipeline_with_keys_only(full_window, qtbot):
    from mentordesk.ui.areas.pipeline import StatusColumn

    go_to(qtbot, full_window, "pipeline")
    pipeline = full_window.area_widgets["pipeline"]
    idea = pipeline.columns["idea"]
    assert idea.count() > 0, "the demo network has ideas"
    tab_until(qtbot, lambda w: w is idea)
    press(qtbot, K.Key_Down)
    press(qtbot, K.Key_Up)  # the arrow keys pick a card: the first idea
    ask_id = pipeline.cards("idea")[0]
    assert pipeline._selected == ask_id  # noqa: SLF001 - the card the keys act on
    press(qtbot, K.Key_Right, CTRL)  # next step
    assert Ask.get_by_id(ask_id).status == "asked"
    assert isinstance(focus(), StatusColumn) and focus().status == "asked", "the keyboard stays on the moved card"
    press(qtbot, K.Key_Right, CTRL)
    assert Ask.get_by_id(ask_id).status == "in_progress"
    assert focus() is pipeline.columns["in_progress"]
    press(qtbot, K.Key_Z, CTRL)  # and Ctrl+Z takes the last step back
    assert Ask.get_by_id(ask_id).status == "asked"


# --- 5. the Crossroads wizard -------------------------------------------------------------------------
def run_wizard(qtbot, window) -> int:
    """Ctrl+Shift+W, then Alt+N through every page (typing what a page asks for), a note, and Enter to finish."""
    from mentordesk.crossroads.models import Decision
    from mentordesk.ui.crossroads.pages import OptionsPage
    from mentordesk.ui.crossroads.wizard import CrossroadsWizard

    before = Decision.select().count()
    press(qtbot, K.Key_W, CTRL | SHIFT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), CrossroadsWizard))
    wizard = QApplication.activeModalWidget()
    qtbot.waitUntil(wizard.isActiveWindow)
    for _ in range(len(wizard.pages) - 1):
        page = wizard.currentPage()
        if isinstance(page, OptionsPage):
            for edit, text in ((page.switch_target, "UX research"), (page.program, "HCI master's")):
                if not edit.text().strip():
                    tab_until(qtbot, lambda w, e=edit: w is e)
                    type_text(qtbot, text)
        press(qtbot, K.Key_N, ALT)  # &Next
        qtbot.waitUntil(lambda p=page: wizard.currentPage() is not p, timeout=2000)
    assert wizard.currentPage() is wizard.result_page
    press(qtbot, K.Key_O, ALT)  # N&ote
    assert focus() is wizard.result_page.note
    type_text(qtbot, "Chosen by keyboard")
    press(qtbot, K.Key_Return)  # Enter on the last page: Finish
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=3000)
    assert Decision.select().count() == before + 1
    decision = Decision.get_by_id(wizard.saved_id)
    return decision.id


def test_crossroads_wizard_to_finish_with_keys_only(full_window, qtbot):
    from mentordesk.crossroads.models import Decision

    decision = Decision.get_by_id(run_wizard(qtbot, full_window))
    assert decision.note == "Chosen by keyboard" and decision.chosen


def test_alt_n_is_next_on_every_wizard_page(full_window, qtbot):
    """"&No gut feeling" took Alt+N on the gut-check page: two owners, so Qt only moved focus and Next never came."""
    from mentordesk.ui.crossroads.wizard import CrossroadsWizard

    wizard = CrossroadsWizard(full_window)
    qtbot.addWidget(wizard)
    for page in wizard.pages:
        taken = [b.text() for b in page.findChildren(QAbstractButton) if mnemonic(b.text()) == "N"]
        assert not taken, f"{type(page).__name__}: {taken} share Alt+N with Next"


def test_no_two_items_of_a_menu_share_a_mnemonic(full_window):
    """Tools had Find &Duplicates… and Crossroads &Decisions…: D only highlighted the first."""
    for menu_action in full_window.menuBar().actions():
        letters = [mnemonic(a.text()) for a in menu_action.menu().actions() if not a.isSeparator() and a.isVisible()]
        letters = [x for x in letters if x]
        assert len(letters) == len(set(letters)), f"{menu_action.text()}: {letters}"


# --- 6. export a decision's report --------------------------------------------------------------------
def test_export_a_decision_report_with_keys_only(full_window, qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    from mentordesk.ui.crossroads.history import CrossroadsHistory

    target_path = tmp_path / "decision.pdf"
    asked = []

    def save_as(*args, **kwargs):  # the one stub: no OS file dialog offscreen
        asked.append(args)
        return str(target_path), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    press(qtbot, K.Key_T, ALT)  # &Tools
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    type_text(qtbot, "d")  # Crossroads &Decisions… (was shared with Find &Duplicates…: D only highlighted one)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), CrossroadsHistory))
    history = QApplication.activeModalWidget()
    qtbot.waitUntil(history.isActiveWindow)
    assert history.model.rowCount() > 0, "the demo network has a decision"
    if focus() is not history.view:
        tab_until(qtbot, lambda w: w is history.view)
    press(qtbot, K.Key_Down)
    press(qtbot, K.Key_Up)  # arrow to the decision (the newest is on top)
    assert len(history.selected_ids()) == 1
    press(qtbot, K.Key_E, ALT)  # &Export Report…
    qtbot.waitUntil(lambda: target_path.exists(), timeout=3000)
    assert len(asked) == 1
    assert target_path.read_bytes().startswith(b"%PDF")
    press(qtbot, K.Key_Escape)
    qtbot.waitUntil(lambda: not history.isVisible())
