"""The gate: after a decision's revisit date, the wizard first asks how each of its tests came out."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from mentordesk.crossroads import assumption_service
from mentordesk.crossroads.assumptions import RESULTS
from mentordesk.services import ServiceError
from mentordesk.ui.crossroads.pages import AnswersPage, hint, line, tr
from mentordesk.ui.plain import plain


class GatePage(AnswersPage):
    """One row per pending test: what was assumed, the test, the stop-or-commit criterion, its result."""

    def __init__(self, pending: list[dict]):
        super().__init__()
        self.pending = pending
        self.setTitle(tr("Before you decide again: how did your tests go?"))
        # A wizard's header does not grow with its text: the short sentence there, the details wrap in the page.
        self.setSubTitle(tr("The revisit date of your last decision has come: record each test's result."))
        outer = QVBoxLayout(self)
        outer.addWidget(hint(tr("A result counts as tested evidence in this decision (above opinion, not fading). "
                                "Results are saved when you click Next; leave a test at \u201cnot yet\u201d to be "
                                "asked again.")))
        inner = QWidget()
        grid = QGridLayout(inner)
        self.results: dict[int, QComboBox] = {}
        self.notes: dict[int, object] = {}
        self.descriptions: dict[int, QLabel] = {}
        for row, test in enumerate(pending):
            what = plain(QLabel(wordWrap=True))
            if row:
                what.setContentsMargins(0, 10, 0, 0)   # a gap between tests
            what.setText(assumption_service.describe(test) + "\n" + tr("Stop or commit: {c}").format(c=test["criterion"]))
            combo = QComboBox()
            combo.setAccessibleName(tr("Result of: {need}").format(need=test["need"]))
            combo.addItem(tr("not yet"), "")
            for key, label in RESULTS.items():
                combo.addItem(tr(label), key)
            note = line(tr("What happened: {need}").format(need=test["need"]), tr("What happened"))
            grid.addWidget(what, row * 2, 0, 1, 2)
            grid.addWidget(combo, row * 2 + 1, 0)
            grid.addWidget(note, row * 2 + 1, 1)
            self.results[test["id"]], self.notes[test["id"]], self.descriptions[test["id"]] = combo, note, what
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(len(pending) * 2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer.addWidget(scroll)
        self.add_error_label(outer)
        self.recorded: list[dict] | None = None

    def load(self, a):
        pass   # the tests come from the database, not the answers

    def chosen(self) -> list[tuple[int, str, str]]:
        return [(test_id, combo.currentData(), self.notes[test_id].text().strip())
                for test_id, combo in self.results.items() if combo.currentData()]

    def validatePage(self) -> bool:
        """Save the results (once; undoable with the wizard's edits) so this run's evidence includes them."""
        wizard = self.wizard()
        chosen = self.chosen()
        if chosen and self.recorded is None:
            try:
                self.recorded = wizard.run_edit(tr("Record test results"),
                                                lambda: assumption_service.record_results(chosen, wizard.today),
                                                assumption_service.undo_results)
            except ServiceError as exc:
                self.error.setText(str(exc))
                self.error.show()
                return False
            for widget in [*self.results.values(), *self.notes.values()]:
                widget.setEnabled(False)
            wizard.reread_network()
        return True

    def store(self, a):
        pass
