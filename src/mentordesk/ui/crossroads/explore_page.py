"""The wizard's exploration page: when the switch target is unknown, whom to ask about the fields your contacts work in."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtWidgets import QDateEdit, QFormLayout, QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout

from mentordesk.crossroads import explore
from mentordesk.ui.crossroads.pages import AnswersPage, hint, to_qdate, tr
from mentordesk.ui.crossroads.ticks import tick_rows
from mentordesk.ui.dates import date_format, short_date
from mentordesk.ui.plain import plain


class ExplorePage(AnswersPage):
    """Informational interviews, one field and one person each, and a date to come back and choose."""

    COLUMNS = (QT_TR_NOOP("Field"), QT_TR_NOOP("Who"), QT_TR_NOOP("Ask"), QT_TR_NOOP("Due"), QT_TR_NOOP("Why them"))

    def __init__(self):
        super().__init__()
        self.setTitle(tr("Explore before you choose"))
        # A wizard's header does not grow with its text: the short sentence there, the details wrap in the page.
        self.setSubTitle(tr("You don't know yet what you'd switch to: these are the fields your contacts work in."))
        layout = QVBoxLayout(self)
        layout.addWidget(hint(tr("Ask one person in each for 30 minutes, then come back and choose. Ticked ones "
                                 "become informational-interview asks when you click Finish.")))
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(tr("Informational interviews to ask for"))
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([tr(c) for c in self.COLUMNS])
        tick_rows(self.tree)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tree.itemChanged.connect(lambda *_: self.update_come_back())
        layout.addWidget(self.tree, 1)
        self.empty = plain(QLabel(wordWrap=True))
        self.empty.hide()
        layout.addWidget(self.empty)
        form = QFormLayout()
        self.come_back = QDateEdit(calendarPopup=True, displayFormat=date_format())
        self.come_back.setAccessibleName(tr("Come back and choose on"))
        form.addRow(tr("Come back and &choose on:"), self.come_back)
        layout.addLayout(form)
        layout.addWidget(hint(tr("This becomes the decision's revisit date: Today reminds you of it.")))
        self.add_error_label(layout)
        self.leads: list[explore.Lead] = []

    def load(self, a):
        wizard = self.wizard()
        chosen = {i.person_id for i in wizard.exploration} if wizard.exploration is not None else None
        self.leads = explore.leads(a, wizard.analysis().people, wizard.today)
        self.tree.blockSignals(True)
        self.tree.clear()
        for lead in self.leads:
            item = lead.item
            row = QTreeWidgetItem([lead.field, item.person, item.purpose, short_date(item.due_on), item.why])
            row.setToolTip(0, tr("People you know in it: {names}").format(names=", ".join(lead.people)))
            for col in (1, 2, 3, 4):
                row.setToolTip(col, row.text(col))
            row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            ticked = item.person_id in chosen if chosen is not None else item.checked
            row.setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.tree.addTopLevelItem(row)
        self.tree.blockSignals(False)
        for col in (0, 1, 3):
            self.tree.resizeColumnToContents(col)
        self.tree.setColumnWidth(4, 260)
        self.empty.setText(tr("Nobody in your network works outside your own field yet: the plan will ask a mentor "
                              "whom to talk to.") if not self.leads else "")
        self.empty.setVisible(not self.leads)
        self.come_back.setMinimumDate(to_qdate(wizard.today))
        if wizard.come_back:
            self.come_back.setDate(to_qdate(wizard.come_back))
        else:
            self.update_come_back()

    def update_come_back(self) -> None:
        self.come_back.setDate(to_qdate(explore.come_back_on(self.ticked(), self.wizard().today)))

    def ticked(self):
        return [lead.item for i, lead in enumerate(self.leads)
                if self.tree.topLevelItem(i).checkState(0) == Qt.CheckState.Checked]

    def store(self, a):
        wizard = self.wizard()
        wizard.exploration = self.ticked()
        wizard.come_back = self.come_back.date().toPython()
