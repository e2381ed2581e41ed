"""The import/export commands as a user runs them, and a fuzz test: any bytes import cleanly or not at all."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings, strategies as st

from mentordesk import cli
from mentordesk.exchange import registry
from mentordesk.services.core import ServiceError

from .helpers import row_counts


def test_cli_refuses_broken_file_with_line_numbers(db_path, data_dir, capsys):
    assert cli.main(["import", "--db", str(db_path), str(data_dir / "broken_card.vcf")]) == 1
    err = capsys.readouterr().err
    assert "broken_card.vcf:6: card has no END:VCARD" in err and "Traceback" not in err
    assert cli.main(["stats", "--db", str(db_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["people"] == 0


def test_cli_import_export_formats(db_path, data_dir, tmp_path, capsys):
    db = str(db_path)
    assert cli.main(["import", "--db", db, str(data_dir / "linkedin_connections.csv")]) == 0
    assert "imported 3 people" in capsys.readouterr().out
    assert cli.main(["import", "--db", db, "--format", "vcard", str(data_dir / "apple_30.vcf")]) == 0
    for name in ("all.vcf", "all.csv", "all.json"):
        assert cli.main(["export", "--db", db, "-o", str(tmp_path / name)]) == 0
    assert (tmp_path / "all.vcf").read_text(encoding="utf-8").count("BEGIN:VCARD") == 5
    assert len(json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))["people"]) == 5
    assert cli.main(["export", "--db", db, "--format", "nope", "-o", str(tmp_path / "x")]) == 1
    assert "known formats" in capsys.readouterr().err
    assert cli.main(["import", "--db", db, str(tmp_path / "missing.vcf")]) == 1
    assert "no such file" in capsys.readouterr().err


def test_cli_mapping_and_duplicates(db_path, tmp_path, capsys):
    path = tmp_path / "x.csv"
    path.write_text("Who,Mail\nAnn,ann@x.com\n", encoding="utf-8")
    args = ["import", "--db", str(db_path), str(path), "--mapping", "Who=display_name", "--mapping", "Mail=email"]
    assert cli.main(args) == 0
    assert cli.main(args) == 0
    out = capsys.readouterr()
    assert "imported 0 people; 1 likely duplicate(s), 1 skipped" in out.out and "x.csv:2: likely duplicate" in out.err
    assert cli.main(["duplicates", "--db", str(db_path)]) == 0


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(
    st.binary(max_size=400),
    st.lists(st.sampled_from(["BEGIN:VCARD", "END:VCARD", "VERSION:3.0", "VERSION:2.1", "FN:Ann", "FN:",
                              "N:;;;", "EMAIL:a@b.co", "EMAIL:bad", "TEL:+1 5", "NOTE;ENCODING=QUOTED-PRINTABLE:a=",
                              "PHOTO;ENCODING=BASE64:xx", " folded", "item1.X-ABLabel:x", "", "ORG:A\\;B"]),
             max_size=25).map(lambda lines: "\n".join(lines).encode()),
))
def test_any_bytes_import_cleanly_or_not_at_all(database, tmp_path, data):
    path = tmp_path / "fuzz.vcf"
    path.write_bytes(data)
    before = row_counts(database)
    try:
        result = registry.get("vcard").import_(path, {"backup": False, "duplicates": "add"})
    except ServiceError:
        assert row_counts(database) == before
    else:
        assert not result.problems
        assert row_counts(database)["person"] == before["person"] + result.new
