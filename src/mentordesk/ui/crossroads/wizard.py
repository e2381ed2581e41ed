"""The Crossroads wizard: pages collect answers in memory; Finish writes the decision and its asks at once."""

from __future__ import annotations

import copy
import datetime as dt

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from mentordesk.crossroads import assumption_service, network as network_mod, service
from mentordesk.crossroads.answers import Answers
from mentordesk.crossroads.assumptions import Assumption
from mentordesk.crossroads.plan import PlanItem
from mentordesk.models import Organization
from mentordesk.services import ServiceError
from mentordesk.ui.background import run_with_progress
from mentordesk.ui.crossroads.assumptions_page import AssumptionsPage
from mentordesk.ui.crossroads.explore_page import ExplorePage
from mentordesk.ui.crossroads.gate_page import GatePage
from mentordesk.ui.crossroads.money_page import MoneyPage
from mentordesk.ui.crossroads.pages import GutPage, MustHavesPage, OptionsPage, ScoresPage, SituationPage, WeightsPage, tr
from mentordesk.ui.crossroads.evidence_page import EvidencePage
from mentordesk.ui.crossroads.result import ResultPage
from mentordesk.ui.widgets.screen_fit import fit_to_screen


def _read_network(answers: Answers, today: dt.date) -> network_mod.Network:
    """network.read() on a worker thread, whose own database connection is closed when done; the advice is
    weighed for the answers so far there too (later analyses re-weigh only what changed)."""
    from mentordesk.models import database

    try:
        net = network_mod.read()
        net.weighed(answers, today)
        return net
    finally:
        if database.obj is not None:
            database.obj.close()   # this thread's connection only


def _choices() -> tuple[list[str], list[str]]:
    """Organization names and fields for type-ahead (a few hundred at most)."""
    rows = list(Organization.select(Organization.name, Organization.field).tuples())
    return sorted({n for n, _ in rows if n}), sorted({f for _, f in rows if f})


class CrossroadsWizard(QWizard):
    """[Gate ->] situation -> options [-> explore] -> money -> must-haves -> weights -> scores -> advice -> gut check
    -> assumptions -> result. The gate shows when a decision's revisit date has come with tests unanswered;
    the exploration page when the user doesn't know yet what they'd switch to."""

    decision_saved = Signal(int)

    def __init__(self, parent=None, edits=None, today: dt.date | None = None, answers: Answers | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Crossroads: improve, switch or go back to school"))
        self.setObjectName("crossroads_wizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.today = today or dt.date.today()
        self.edits = edits
        # Start from the last decision's answers, so a second run only changes what changed.
        self.answers = copy.deepcopy(answers) if answers else (service.latest_answers() or Answers())
        self._analysis = None
        self._network: network_mod.Network | None = None
        self.assumptions: list[Assumption] = []
        self.exploration: list[PlanItem] | None = None   # interviews ticked on the exploration page (None: not seen)
        self.come_back: dt.date | None = None
        organizations, fields = _choices()
        pending = assumption_service.pending(self.today)
        self.gate_page = GatePage(pending) if pending else None
        self.explore_page = ExplorePage()
        # The pages every run visits, in order (the gate and exploration pages show only when they apply).
        self.pages = [SituationPage(organizations), OptionsPage(organizations, fields), MoneyPage(), MustHavesPage(), WeightsPage(),
                      ScoresPage(), EvidencePage(), GutPage(), AssumptionsPage(), ResultPage()]
        if self.gate_page is not None:
            self.addPage(self.gate_page)
        for page in self.pages:
            self.addPage(page)
            if isinstance(page, OptionsPage):
                self.addPage(self.explore_page)
        self.assumptions_page = self.pages[-2]
        self.result_page = self.pages[-1]
        self.saved_id: int | None = None
        fit_to_screen(self, 960, 680)   # never larger than a small (900×600) screen

    def network(self) -> network_mod.Network:
        """The people and advice, read once per wizard (the first analysis waits for it, off the GUI thread with a
        progress dialog on a large network); every tick after that re-weighs it without reading the database."""
        if self._network is None:
            answers, focus = copy.deepcopy(self.answers), QApplication.focusWidget()
            if focus is not None and not self.isAncestorOf(focus):
                focus = None  # only the wizard's own field gets its focus back
            self.setEnabled(False)   # no second Next while the read runs
            try:
                self._network = run_with_progress(self, tr("Crossroads"), tr("Reading your network\u2026"),
                                                  lambda _report: _read_network(answers, self.today))
            finally:
                self.setEnabled(True)
                # The read runs an event loop: the focused field may be gone by now (a page rebuilt its rows).
                if focus is not None and shiboken6.isValid(focus):
                    focus.setFocus()
        return self._network

    def reread_network(self) -> None:
        """After a write the analysis must see (the gate's test results)."""
        self._network = None
        self.analysis(refresh=True)

    def analysis(self, refresh: bool = False):
        """The engine's view of the current answers (recomputed as pages change them)."""
        if refresh or self._analysis is None or self._analysis.answers != self.answers:
            self._analysis = service.analyse(copy.deepcopy(self.answers), self.today, self.network())
        return self._analysis

    def accept(self) -> None:
        """Write the decision, its ticked asks and the revisit date in one transaction, then close."""
        page = self.result_page
        chosen = page.chosen()
        explored = list(self.exploration or []) if self.answers.choices.exploring else []
        args = dict(answers=copy.deepcopy(self.answers), chosen=chosen, asks=page.ticked() + explored,
                    revisit_on=page.revisit.date().toPython(), note=page.note.text().strip(),
                    suggested=page.suggested, assumptions=list(self.assumptions), today=self.today,
                    net=self.network())
        try:
            self.saved_id = self._save(args)
        except ServiceError as exc:
            QMessageBox.warning(self, tr("Decision not saved"), str(exc))
            return
        self.decision_saved.emit(self.saved_id)
        super().accept()

    def _save(self, args: dict) -> int:
        return self.run_edit(tr("Crossroads decision"), lambda: assumption_service.save_decision_with_tests(**args).id,
                             assumption_service.undo_decision_with_tests)

    def run_edit(self, text: str, do, undo):
        """Run a write; undoable (Ctrl+Z in the window) when the wizard has the window's edits."""
        if self.edits is None:
            return do()
        from mentordesk.services.edits import Custom

        return self.edits.run(Custom(text, do=do, undo=undo))
