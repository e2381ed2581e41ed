"""The wizard's result page: the ranking, how sure it is, what would flip it, the money, and the plan to tick."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QFormLayout, QFrame, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QScrollArea,
    QTabWidget, QTextBrowser, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from mentordesk.crossroads.answers import ALL_OPTIONS, CRITERIA, OPTION_LETTERS, MustHave
from mentordesk.crossroads.assumptions import latest_test_date
from mentordesk.crossroads.engine import lead_text
from mentordesk.crossroads.money import summary as money_summary
from mentordesk.crossroads.report import school_line
from mentordesk.crossroads.service import default_revisit
from mentordesk.models import ASK_KINDS
from mentordesk.ui.crossroads.numbers import Local, number
from mentordesk.ui.crossroads.pages import AnswersPage, to_qdate, tr
from mentordesk.ui.crossroads.result_parts import MoneyView, TornadoChart, WarningsBox, flips_html
from mentordesk.ui.crossroads.ticks import tick_rows
from mentordesk.ui.dates import date_format, short_date
from mentordesk.ui.plain import plain

AFTER_LAST_TEST_DAYS = 7   # the revisit (the gate) comes a week after the last test, to have its result


class ResultPage(AnswersPage):
    """The ranking, how sure it is, what would flip it, the gaps, and the plan to tick."""

    PLAN_COLUMNS = (QT_TR_NOOP("Who"), QT_TR_NOOP("Ask"), QT_TR_NOOP("Due"), QT_TR_NOOP("Why them"))

    def __init__(self):
        super().__init__()
        self.setTitle(tr("Result"))
        self.setSubTitle(tr("Pick your option, tick the asks to create and set a date to revisit. "
                            "Nothing is saved until you click Finish."))
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("The result"))
        self.summary = QTextBrowser()
        self.summary.setAccessibleName(tr("Result summary"))
        self.summary.setOpenLinks(False)
        self.warnings = WarningsBox()
        self.warnings.confirmed.connect(self.confirm_warning)
        self.warnings.must_have_added.connect(self.add_must_have)
        summary_tab = QWidget()
        column = QVBoxLayout(summary_tab)
        column.addWidget(self.summary, 1)
        column.addWidget(self.warnings)
        self.tabs.addTab(summary_tab, tr("Summary"))
        self.flips = QTextBrowser()
        self.flips.setAccessibleName(tr("What would flip it"))
        self.tornado = TornadoChart()
        flips_tab = QWidget()
        column = QVBoxLayout(flips_tab)
        column.addWidget(self.flips, 1)
        column.addWidget(plain(QLabel(tr("How the leader's lead moves as each weight goes from 0 to 10 (the line: now; "
                                         "left of the dashed line another option would win; hover a bar):"),
                                      wordWrap=True)))
        bars = QScrollArea()   # every bar stays reachable on a short screen, the tab does not grow with them
        bars.setWidgetResizable(True)
        bars.setFrameShape(QFrame.Shape.NoFrame)
        bars.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bars.setWidget(self.tornado)
        self.tornado_scroll = bars
        column.addWidget(bars)
        self.tabs.addTab(flips_tab, tr("What would flip it"))
        self.money = MoneyView()
        money_tab = QWidget()
        column = QVBoxLayout(money_tab)
        column.addWidget(self.money, 1)
        column.addWidget(plain(QLabel(tr("Present values in today's money over your working years; hover a figure "
                                         "for its formula and numbers."), wordWrap=True)))
        self.tabs.addTab(money_tab, tr("Money"))
        layout.addWidget(self.tabs, 3)
        form = QFormLayout()
        self.choice = QComboBox()
        self.choice.setAccessibleName(tr("Your choice"))
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.choice.setMinimumContentsLength(24)   # a long option name does not widen the page
        self.choice.currentIndexChanged.connect(self.refresh_plan)
        form.addRow(tr("Your &choice:"), self.choice)
        layout.addLayout(form)
        self.plan = QTreeWidget()
        self.plan.setAccessibleName(tr("Suggested asks"))
        self.plan.setRootIsDecorated(False)
        self.plan.setUniformRowHeights(True)
        self.plan.setHeaderLabels([tr(c) for c in self.PLAN_COLUMNS])
        tick_rows(self.plan)
        self.plan.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.plan.header().setStretchLastSection(False)
        layout.addWidget(QLabel(tr("Asks to create (ticked ones become asks with due dates):")))
        layout.addWidget(self.plan, 2)
        bottom = QFormLayout()
        self.revisit = QDateEdit(calendarPopup=True, displayFormat=date_format())
        self.revisit.setAccessibleName(tr("Revisit the decision on"))
        self.note = QLineEdit(placeholderText=tr("optional"))
        self.note.setAccessibleName(tr("Decision note"))
        bottom.addRow(tr("&Revisit on:"), self.revisit)
        bottom.addRow(tr("N&ote:"), self.note)
        layout.addLayout(bottom)
        share_row = QHBoxLayout()
        self.share_button = QPushButton(tr("&Share Version for a Mentor…"))
        self.share_button.setToolTip(tr("What you'd like from one person, your tests, the next 90 days and Plan B and Z: "
                                        "without sensitive people or weights"))
        self.share_button.clicked.connect(lambda _checked=False: self.open_share())
        share_row.addWidget(self.share_button)
        share_row.addStretch()
        layout.addLayout(share_row)
        self.add_error_label(layout)
        self.suggested = []

    def load(self, a):
        self.show_result(a, keep_choice=False)
        today = self.wizard().today
        self.revisit.setMinimumDate(to_qdate(today))
        self.revisit.setDate(to_qdate(self.default_revisit(a)))
        self.completeChanged.emit()

    def show_result(self, a, keep_choice: bool = True) -> None:
        """Summary, warnings, flips, money and the choice list from a fresh analysis of the answers."""
        analysis = self.wizard().analysis(refresh=True)
        result = analysis.result
        labels = {o: a.option_label(o) for o in result.options}
        self.summary.setHtml(self.summary_html(a, analysis))
        self.warnings.show_warnings(result.warnings, a.must_haves)
        self.flips.setHtml(flips_html(result))
        self.tornado.leader = result.ranking[0] if result.ranking else ""
        self.tornado.show_bars(result.sensitivity, labels)
        self.money.show_money(result.money, labels)
        before = self.chosen() if keep_choice else None
        self.choice.blockSignals(True)
        self.choice.clear()
        for option in result.ranking:
            self.choice.addItem(f"{OPTION_LETTERS[option]}. {a.option_label(option)}", option)
        self.choice.blockSignals(False)
        self.choice.setCurrentIndex(max(0, self.choice.findData(before)) if before else 0)
        self.refresh_plan()
        self.completeChanged.emit()

    def confirm_warning(self, key: str, confirmed: bool) -> None:
        a = self.answers()
        a.confirmed = [k for k in a.confirmed if k != key] + ([key] if confirmed else [])
        self.show_result(a)

    def add_must_have(self, offer) -> None:
        a = self.answers()
        if all(m.text != offer.text for m in a.must_haves):
            a.must_haves.append(MustHave(offer.text, list(offer.blocks)))
        self.show_result(a)

    def default_revisit(self, a) -> dt.date:
        """The deadline or three months; the come-back date when exploring; never before a test is done."""
        wizard = self.wizard()
        day = default_revisit(a, wizard.today)
        if a.choices.exploring and wizard.come_back:
            day = wizard.come_back
        last = latest_test_date(wizard.assumptions)
        if last and day < last + dt.timedelta(days=AFTER_LAST_TEST_DAYS):
            day = last + dt.timedelta(days=AFTER_LAST_TEST_DAYS)
        return day

    def check(self) -> str:
        last = latest_test_date(self.wizard().assumptions)
        if last and self.revisit.date().toPython() < last:
            return tr("Revisit on or after {day}, the last test's date: the revisit asks for the tests' results.").format(
                day=short_date(last))
        return ""

    def summary_html(self, a, analysis) -> str:
        r = analysis.result
        if not r.ranking:
            return "<p><b>" + escape(tr("Every option is ruled out by a must-have. Go back and relax one.")) + "</b></p>"
        rows = []
        for place, option in enumerate(r.ranking, start=1):
            o = r.options[option]
            rows.append(f"<tr><td>{place}.</td><td><b>{escape(a.option_label(option))}</b></td>"
                        f"<td align='right'>{number(o.total, 2)}</td></tr>")
        for option, o in r.options.items():
            if o.blocked:
                rows.append(f"<tr><td>\u2014</td><td>{escape(a.option_label(option))}</td>"
                            f"<td>{escape(tr('ruled out: ') + '; '.join(o.blocked))}</td></tr>")
        flip = r.flip.text if r.flip else tr("No single change of one weight or one score would change the winner.")
        more = tr(" (see \u201cWhat would flip it\u201d for {n} more)").format(n=len(r.flips) - 1) if len(r.flips) > 1 else ""
        caps = "".join(f"<li>{escape(tr('{option}: your {criterion} score {given:g} counts as {used:g} ({reason})').format(option=ALL_OPTIONS.get(c['option'], c['option']), criterion=CRITERIA[c['criterion']][0].lower(), given=Local(c['given']), used=Local(c['used']), reason=c['reason']))}</li>"
                       for c in r.adjustments)
        gaps = "".join(f"<li>{escape(g['text'])}</li>" for g in r.gaps) or f"<li>{escape(tr('None found.'))}</li>"
        plan_z = f"<p><b>{escape(r.plan_z.text)}</b></p>" if r.plan_z else ""
        aside = (f"<p>{escape(tr('{n} switch notes are about another target and do not count.').format(n=len(r.off_target)))}</p>"
                 if r.off_target else "")
        why = lead_text(r)
        return (f"<table cellpadding='3'>{''.join(rows)}</table>"
                + (f"<p><b>{escape(tr('Why'))}:</b> {escape(why)}</p>" if why else "")
                + f"<p><b>{escape(tr('Certainty'))}: {escape(tr(r.certainty))}</b> \u2014 {escape('; '.join(r.certainty_reasons))}.</p>"
                f"<p><b>{escape(tr('What would flip it'))}:</b> {escape(flip)}{escape(more)}</p>"
                + (f"<p><b>{escape(tr('Your situation changed these scores'))}:</b></p><ul>{caps}</ul>" if caps else "")
                + f"{plan_z}{self.money_html(a, r)}{aside}"
                f"<p><b>{escape(tr('Gaps in your network'))}:</b></p><ul>{gaps}</ul>")

    @staticmethod
    def money_html(a, r) -> str:
        """The money tab's figures in a sentence (the older school-only line when there are none)."""
        text = money_summary(r.money)
        return f"<p><b>{escape(tr('The money'))}:</b> {escape(text)}</p>" if text else school_line(r.school, a)

    def chosen(self) -> str | None:
        return self.choice.currentData()

    def open_share(self):
        """The share version of the decision as it stands (not saved yet)."""
        from mentordesk.crossroads import share
        from mentordesk.ui.crossroads.share_dialog import ShareDialog

        wizard = self.wizard()
        option = self.chosen()
        if option is None:
            return None
        analysis = wizard.analysis()
        explored = list(wizard.exploration or []) if wizard.answers.choices.exploring else []
        data = share.draft_data(wizard.answers, analysis.result, analysis.used_evidence(), option,
                                self.ticked() + explored, self.revisit.date().toPython(), wizard.today)
        dialog = ShareDialog(data, share.draft_tests(wizard.assumptions), self)
        dialog.show()
        self.share_dialog = dialog
        return dialog

    def refresh_plan(self) -> None:
        self.plan.clear()
        option = self.chosen()
        self.suggested = self.wizard().analysis().plan(option, self.wizard().today) if option else []
        for item in self.suggested:
            due = dt.date.fromisoformat(item.due_on)
            row = QTreeWidgetItem([item.person, f"{item.purpose} ({tr(ASK_KINDS[item.kind])})",
                                   short_date(due), item.why])
            row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            row.setCheckState(0, Qt.CheckState.Checked if item.checked else Qt.CheckState.Unchecked)
            self.plan.addTopLevelItem(row)
        for col in (0, 2, 3):
            self.plan.resizeColumnToContents(col)

    def ticked(self):
        return [item for i, item in enumerate(self.suggested)
                if self.plan.topLevelItem(i).checkState(0) == Qt.CheckState.Checked]

    def isComplete(self) -> bool:
        return self.choice.count() > 0

    def store(self, a):
        pass   # the result page's choices are read by the wizard's accept()
