"""Adding an import format touches only its own module: the command line and the dialog read the registry."""

from __future__ import annotations

from mentordesk import cli
from mentordesk.exchange import registry
from mentordesk.models import Person


def test_a_format_registered_by_its_module_is_offered_everywhere(db_path, tmp_path, monkeypatch):
    def import_toy(path, options):
        from mentordesk.exchange import bulk

        names = [line.strip() for line in open(path, encoding="utf-8") if line.strip()]
        result = registry.ImportResult(format="toy", new=len(names), preview=bool(options.get("preview")))
        if not result.preview:
            result.created = bulk.insert_people([{"display_name": name} for name in names])
        return result

    monkeypatch.setitem(registry.FORMATS, "toy", registry.Format("toy", "Toy list", ("toy",), None, import_toy))
    assert "*.toy" in registry.file_filter("import")  # the import dialog's file filter
    path = tmp_path / "friends.toy"
    path.write_text("Ann Toy\nBo Toy\n", encoding="utf-8")
    assert cli.main(["import", "--db", str(db_path), "--format", "toy", str(path)]) == 0
    assert cli.main(["import", "--db", str(db_path), str(tmp_path / "friends.toy")]) == 0  # guessed by extension
    assert Person.select().where(Person.display_name == "Ann Toy").count() == 2


def test_format_modules_are_found_not_listed():
    """Every module of the exchange package is loaded by the registry: no list to edit for a new one."""
    import pkgutil

    from mentordesk import exchange

    names = {f"mentordesk.exchange.{m.name}" for m in pkgutil.iter_modules(exchange.__path__)}
    assert set(registry.format_modules()) == names and "mentordesk.exchange.vcard" in names
