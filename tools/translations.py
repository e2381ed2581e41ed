"""`make translations`: refresh resources/i18n/*.ts from the sources with pyside6-lupdate, then compile the .qm files.

Every `mentordesk_<lang>.ts` gets the texts marked in src/mentordesk (tr(), QCoreApplication.translate,
QT_TRANSLATE_NOOP) and the core's texts the UI translates by value (mentordesk.ui.core_texts, written to
build/i18n for lupdate); texts that vanished are dropped. `mentordesk_en.ts` holds only the plural texts, whose
English forms ("%n person" / "%n people") come from it. The compiled .qm files are committed, so a fresh
clone and the bundle run translated without this step; tests/i18n checks they match their .ts.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "mentordesk"
I18N = ROOT / "resources" / "i18n"
CATALOGUE = "mentordesk"
ENGLISH = I18N / f"{CATALOGUE}_en.ts"


def tool(name: str) -> str:
    """A Qt linguist tool of the venv's PySide6 (pyside6-lupdate, pyside6-lrelease)."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        sys.exit(f"translations: {name} not found (it comes with PySide6: pip install PySide6)")
    return found


GENERATED = ROOT / "build" / "i18n" / "core_texts.py"


def sources() -> list[str]:
    """The Python files lupdate reads: src/mentordesk, and the core's texts the UI translates by value."""
    sys.path.insert(0, str(ROOT / "src"))
    from mentordesk.ui.core_texts import as_lupdate_source, core_messages_source

    GENERATED.parent.mkdir(parents=True, exist_ok=True)
    GENERATED.write_text(as_lupdate_source(), encoding="utf-8")
    messages = SOURCES / "ui" / "core_messages.py"  # imported at run time: the app translates these messages
    if not messages.exists() or messages.read_text(encoding="utf-8") != core_messages_source():
        messages.write_text(core_messages_source(), encoding="utf-8")
    return sorted(str(path.relative_to(ROOT)) for path in SOURCES.rglob("*.py")) + [str(GENERATED.relative_to(ROOT))]


def update(ts: Path, plurals_only: bool | None = None) -> None:
    """Merge the current source texts into one .ts (the English one: plural texts only)."""
    plurals_only = ts.name == ENGLISH.name if plurals_only is None else plurals_only
    extra = ["-pluralonly"] if plurals_only else []
    subprocess.run([tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "relative", *extra,
                    *sources(), "-ts", str(ts.resolve())], cwd=ROOT, check=True)


def release(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def translation_files() -> list[Path]:
    return sorted(I18N.glob(f"{CATALOGUE}_*.ts"))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compile-only", action="store_true", help="compile the .qm files, leave the .ts alone")
    parser.add_argument("--add", metavar="LANG", help="start a new language: mentordesk_LANG.ts with every text to "
                                                     "translate (LANG as in de, fr, pt_BR)")
    args = parser.parse_args(argv)
    I18N.mkdir(parents=True, exist_ok=True)
    if args.add:
        ts = I18N / f"{CATALOGUE}_{args.add}.ts"
        if ts.exists():
            sys.exit(f"translations: {ts.relative_to(ROOT)} exists already")
        subprocess.run([tool("pyside6-lupdate"), "-silent", "-locations", "relative", "-target-language", args.add,
                        *sources(), "-ts", str(ts)], cwd=ROOT, check=True)
        print(f"translations: {ts.relative_to(ROOT)} holds every text to translate; `make translations` compiles it")
        return 0
    for ts in translation_files() or [ENGLISH]:
        if not args.compile_only:
            update(ts)
        release(ts, ts.with_suffix(".qm"))
        print(f"translations: {ts.relative_to(ROOT)} -> {ts.with_suffix('.qm').name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
