"""Crossroads on a large network: one evaluation (what `mentordesk crossroads evaluate` runs), the wizard's
network read, a re-evaluation after one tick, and the real wizard's evidence and result pages. Prints timings.

Figures: crossroads_evaluate_s (a whole evaluation from the database), network_read_ms (network.read, once per
wizard), tick_analysis_ms (service.analyse on the read network after unticking one person from "who works in UX
research"), and in the offscreen wizard: wizard_network_read_ms, to_evidence_page_ms (Next from the start to the
evidence page, the network already read), evidence_tick_*_ms (a tick in "Who works in", until its events are
processed) and to_result_page_ms.

Usage: python benchmarks/bench_crossroads.py [--people 20000] [--db PATH] [--json] [--no-ui]
Without --db the network comes from benchmarks/generate.py (cached by size); it is copied first, so the wizard's
table creation on open never touches the cached file.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGET = "UX research"


def scenario():
    """A switch to UX research with a program and an organization, as a user of the generated network might."""
    from mentordesk.crossroads.answers import Answers

    answers = Answers()
    answers.choices.switch_target = TARGET
    answers.choices.switch_organization = "Cedar Design Co."
    answers.choices.school_program = "MSc Human-Computer Interaction"
    answers.choices.school_institution = "Northwind University"
    answers.situation.current_organization = "Cedar Capital"
    answers.situation.downsizing_risk = 4
    answers.school.tuition = 30000
    answers.school.current_income = 60000
    return answers


def _median_ms(func, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = func()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def engine_figures(runs: int) -> dict:
    """The engine alone: a full evaluation from the database, and the wizard's read-once session with a tick."""
    from mentordesk.crossroads import evaluation, network, service
    from mentordesk.crossroads.matching import field_key

    answers = scenario()
    cold_ms, data = _median_ms(lambda: evaluation.evaluate_answers(copy.deepcopy(answers)), runs)
    read_ms, net = _median_ms(network.read, runs)
    first_ms, analysis = _median_ms(lambda: service.analyse(copy.deepcopy(answers), net=net), 1)
    counted = [c["person_id"] for c in network.field_candidates(answers, net.people) if c["counted"]]
    ticks = []
    for drop in counted[:runs]:  # untick one person from "who works in UX research", as the evidence page does
        changed = copy.deepcopy(answers)
        changed.field_people[field_key(TARGET)] = [p for p in counted if p != drop]
        ticks.append(_median_ms(lambda: service.analyse(changed, net=net), 1)[0])
    return {"crossroads_evaluate_s": round(cold_ms / 1000, 3), "network_read_ms": round(read_ms, 1),
            "first_analysis_ms": round(first_ms, 1), "tick_analysis_ms": round(statistics.median(ticks), 1),
            "people": len(net.people), "advice_weighed": len(analysis.evidence),
            "in_target_field": len(counted), "flips": len(data["flips"])}


def ui_figures() -> dict:
    """The real wizard, offscreen: Next up to the evidence page, ticks there, and the result page."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from mentordesk.ui.crossroads.evidence_page import EvidencePage
    from mentordesk.ui.crossroads.result import ResultPage
    from mentordesk.ui.crossroads.wizard import CrossroadsWizard

    app = QApplication.instance() or QApplication([])
    start = time.perf_counter()
    wizard = CrossroadsWizard(answers=scenario())
    wizard.show()
    app.processEvents()
    opened_ms = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    wizard.network()   # once per wizard, on a worker thread behind a progress dialog (the scores page asks first)
    read_ms = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    while not isinstance(wizard.currentPage(), EvidencePage):
        wizard.next()
        app.processEvents()
    to_evidence_ms = (time.perf_counter() - start) * 1000
    page = wizard.currentPage()
    ticks = []
    for row in range(min(5, page.field_people.count())):
        item = page.field_people.item(row)
        start = time.perf_counter()
        item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                           else Qt.CheckState.Checked)
        app.processEvents()
        ticks.append((time.perf_counter() - start) * 1000)
    start = time.perf_counter()
    while not isinstance(wizard.currentPage(), ResultPage):
        wizard.next()
        app.processEvents()
    to_result_ms = (time.perf_counter() - start) * 1000
    wizard.close()
    return {"wizard_open_ms": round(opened_ms, 1), "wizard_network_read_ms": round(read_ms, 1),
            "to_evidence_page_ms": round(to_evidence_ms, 1),
            "evidence_tick_max_ms": round(max(ticks), 1) if ticks else None,
            "evidence_tick_median_ms": round(statistics.median(ticks), 1) if ticks else None,
            "to_result_page_ms": round(to_result_ms, 1), "field_people_listed": page.field_people.count()}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=20_000, help="network size (default 20000)")
    parser.add_argument("--db", help="an existing network instead of the generated one")
    parser.add_argument("--runs", type=int, default=3, help="repeats of each engine figure (median)")
    parser.add_argument("--json", action="store_true", help="print one JSON line (what `make bench` records)")
    parser.add_argument("--no-ui", action="store_true", help="skip the wizard figures")
    args = parser.parse_args(argv)
    from mentordesk import db

    with tempfile.TemporaryDirectory(prefix="mentordesk-crossroads-") as tmp:
        if args.db:
            source = Path(args.db)
        else:
            import generate

            source = generate.ensure_network(args.people, quiet=True)
        path = Path(tmp) / "network.db"
        shutil.copyfile(source, path)
        db.open_database(str(path))
        figures = engine_figures(max(1, args.runs))
        if not args.no_ui:
            figures.update(ui_figures())
        db.close_database()
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key:26} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
