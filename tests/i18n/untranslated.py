"""Finds user-visible text in the Qt code that is not marked for translation (an AST scan, no Qt needed).

A string literal counts as user-visible when it is what a Qt text setter or constructor receives: the argument
itself, either side of a `+`, the literal parts of an f-string, a branch of `a if c else b`, an item of a
list or tuple of labels, or the string that `.format()`, `.replace()` or `.join()` is called on. Text inside
tr(), translate(), QT_TR_NOOP() and QT_TRANSLATE_NOOP() is marked; so is any literal without a letter
("…", " · ", "%1: %2"). ALLOWED lists the few literals with letters that stay as they are, with the reason.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

from tools.translations import call_name, class_finder  # the same reading of calls and classes as `make translations`

SRC = Path(__file__).resolve().parents[2] / "src" / "mentordesk"

# Method name -> positions of its text arguments (None: every positional argument).
SETTERS: dict[str, tuple[int, ...] | None] = {
    "setText": (0,), "setWindowTitle": (0,), "setToolTip": (0,), "setStatusTip": (0,), "setWhatsThis": (0,),
    "setPlaceholderText": (0,), "setTitle": (0,), "setLabelText": (0,), "setSubTitle": (0,),
    "setAccessibleName": (0,), "setAccessibleDescription": (0,), "setInformativeText": (0,),
    "setHeaderLabels": (0,), "setHorizontalHeaderLabels": (0,), "setVerticalHeaderLabels": (0,),
    "setSpecialValueText": (0,), "setSuffix": (0,), "setPrefix": (0,), "setButtonText": (1,),
    "setCancelButtonText": (0,), "setOkButtonText": (0,), "setTabText": (1,), "setTabToolTip": (1,),
    "setItemText": (1,), "setHeaderLabel": (0,), "setNameFilter": (0,), "setNameFilters": (0,),
    "showMessage": (0,), "addTab": (1, 2), "insertTab": (2, 3), "addMenu": (0, 1), "addAction": (0, 1),
    "addItem": (0, 1), "addItems": (0,), "insertItem": (1, 2), "addButton": (0,), "addRow": (0,),
    "addSection": (0,), "setEmptyText": (0,), "information": (1, 2), "warning": (1, 2), "critical": (1, 2),
    "question": (1, 2), "about": (1, 2), "getText": (1, 2), "getItem": (1, 2), "getInt": (1, 2),
    "getOpenFileName": (1, 3), "getOpenFileNames": (1, 3), "getSaveFileName": (1, 3),
    "getExistingDirectory": (1,), "setDefaultSuffix": (),
}
CONSTRUCTORS: dict[str, tuple[int, ...] | None] = {
    "QLabel": (0,), "QPushButton": (0, 1), "QCheckBox": (0,), "QRadioButton": (0,), "QGroupBox": (0,),
    "QAction": (0, 1), "QMenu": (0,), "QCommandLinkButton": (0, 1), "QMessageBox": (1, 2),
    "QTreeWidgetItem": (0,), "QTableWidgetItem": (0, 1), "QListWidgetItem": (0, 1), "QStandardItem": (0, 1),
    "QProgressDialog": (0, 1), "QToolButton": (), "QLineEdit": (0,),
    # MentorDesk's own helpers that put their text arguments on screen
    "plain_label": (0,), "message": (0,), "hint": (0,), "line": (0, 1), "spin": (2, 3), "money": (0, 1),
    "Field": (1,), "ErrorLabel": (0,),
}
KEYWORDS = {"placeholder", "text", "title", "windowTitle", "toolTip", "statusTip", "placeholderText", "suffix", "prefix",
            "specialValueText", "caption", "filter", "label", "labelText", "accessibleName", "whatsThis"}
ICON_FIRST = {"addItem", "addAction", "addMenu", "insertItem", "QPushButton", "QAction", "QTableWidgetItem",
              "QListWidgetItem", "QStandardItem"}
MARKERS = {"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3", "trUtf8"}

# Literals with letters that are fine untranslated: (file suffix, the literal) -> why.
ALLOWED: dict[tuple[str, str], str] = {
    ("ui/sync/account.py", "https://dav.example.com/"): "an example server address, the same in every language",
}
ALLOWED_ANYWHERE = {
    "MentorDesk": "the product's name",
    "CardDAV": "a protocol's name",
    "CalDAV": "a protocol's name",
    "vCard": "a file format's name",
}


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    call: str
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.call}(…) gets {self.text!r} unmarked"




def _is_icon(node: ast.expr) -> bool:
    """Whether a first argument is an icon (addItem(icon, text, …)): by its name, as the code writes it."""
    text = ast.unparse(node).lower()
    return "icon" in text or "pixmap" in text


def has_letters(text: str) -> bool:
    """Whether a literal reads as words: a letter outside placeholders (%1, %n, {name}) and HTML tags."""
    stripped = re.sub(r"%L?[0-9n]|\{[^{}]*\}|<[^<>]*>|&[a-z]+;", "", text)
    return bool(re.search(r"[^\W\d_]", stripped))


def text_literals(node: ast.expr):
    """The string literals (with their line) that end up as the text of `node`, outside translation calls."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.lineno, node.value
    elif isinstance(node, ast.JoinedStr):
        for part in node.values:
            if isinstance(part, ast.Constant):
                yield node.lineno, part.value
            elif isinstance(part, ast.FormattedValue):
                yield from text_literals(part.value)
    elif isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        yield from text_literals(node.left)
        if isinstance(node.op, ast.Add):
            yield from text_literals(node.right)
    elif isinstance(node, ast.IfExp):
        yield from text_literals(node.body)
        yield from text_literals(node.orelse)
    elif isinstance(node, (ast.List, ast.Tuple)):
        for item in node.elts:
            yield from text_literals(item)
    elif isinstance(node, ast.Call):
        name = call_name(node.func)
        if name in MARKERS:
            return
        if name in {"format", "replace", "join", "strip", "capitalize", "upper", "lower", "title"} \
                and isinstance(node.func, ast.Attribute):
            yield from text_literals(node.func.value)
            if name == "replace" and len(node.args) == 2:
                yield from text_literals(node.args[1])


def findings_in(path: Path, root: Path = SRC.parent) -> list[Finding]:
    """The unmarked texts of one file, named by its path under `root` (ALLOWED uses the path below the package)."""
    rel = str(path.relative_to(root))
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=rel)
    found = []
    called = {id(node.func) for node in ast.walk(tree) if isinstance(node, ast.Call)}
    for node in tree.body:  # a module's own tr(): lupdate files its bare calls under the empty context, it may not
        if isinstance(node, ast.FunctionDef) and node.name == "tr" and not rel.endswith("ui/i18n.py"):
            found.append(Finding(rel, node.lineno, "def tr", "a tr() of its own (use mentordesk.ui.i18n.tr)"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr == "tr" and id(node) not in called:
            # `tr = self.tr; tr("…")`: lupdate files the bare call under the empty context, Qt looks in the class's
            found.append(Finding(rel, node.lineno, ast.unparse(node), "an alias of a class's tr()"))
        if not isinstance(node, ast.Call):
            continue
        name = call_name(node.func)
        if name == "tr" and isinstance(node.func, ast.Attribute) and getattr(node.func.value, "id", "") != "self":
            # window.tr("…"): lupdate files it under "window", Qt looks in the window's class
            found.append(Finding(rel, node.lineno, ast.unparse(node.func), "tr() of another object"))
        if name in MARKERS:
            for arg in node.args[:1]:
                if isinstance(arg, ast.JoinedStr):  # tr(f"…") looks up the formatted text: never translated
                    found.append(Finding(rel, node.lineno, name, "f-string inside " + name))
            continue
        positions = SETTERS.get(name) if isinstance(node.func, ast.Attribute) else None
        if positions is None:
            positions = CONSTRUCTORS.get(name)
        if positions is None:
            continue
        if name in ICON_FIRST and node.args and not _is_icon(node.args[0]):
            positions = (0,)  # addItem(text, data), addAction(text, slot): only the first is text
        args = [a for i, a in enumerate(node.args) if i in positions]
        args += [k.value for k in node.keywords if k.arg in KEYWORDS]
        for arg in args:
            for line, text in text_literals(arg):
                if not has_letters(text) or text.strip() in ALLOWED_ANYWHERE:
                    continue
                if (rel.split("/", 1)[-1], text) in ALLOWED:
                    continue
                found.append(Finding(rel, line, name, text))
    return found


def qt_modules() -> list[Path]:
    """The source files that use Qt (the only ones that show text on screen)."""
    return sorted(p for p in SRC.rglob("*.py") if "PySide6" in p.read_text(encoding="utf-8"))


def untranslated() -> list[Finding]:
    return [finding for path in qt_modules() for finding in findings_in(path)]


if __name__ == "__main__":
    for finding in untranslated():
        print(finding)


def marked_texts(path: Path) -> set[tuple[str, str]]:
    """(context, text) of every literal marked in one file, in the context Qt looks it up in at run time:
    self.tr in the enclosing class's, a bare tr() or QT_TR_NOOP in the empty one (ui.i18n.tr), translate and
    QT_TRANSLATE_NOOP in the one they name."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    enclosing_class = class_finder(tree)

    def literal(node) -> str | None:
        return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None

    found = set()
    for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call) and call_name(n.func) in MARKERS and n.args):
        name, func = call_name(call.func), call.func
        if name in ("translate", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"):
            context, text = (literal(call.args[0]), literal(call.args[1])) if len(call.args) > 1 else (None, None)
        elif isinstance(func, ast.Attribute) and getattr(func.value, "id", "") == "self":
            context, text = enclosing_class(call), literal(call.args[0])
        elif isinstance(func, ast.Name):
            context, text = "", literal(call.args[0])
        else:
            continue
        if context is not None and text:
            found.add((context, text))
    return found
