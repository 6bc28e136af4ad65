"""Reading device files, the result journal and config profiles (no network), plus quick argument
checks through typer's CliRunner. The real script's paths are in test_bulk and test_cdr_export."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from linksfield.cli.app import app, main
from linksfield.cli.bulk import chunks, vendor_time
from linksfield.cli.bulk_journal import Journal, Outcome, load_outcomes
from linksfield.cli.cdr_export import windows
from linksfield.cli.config import load_profile
from linksfield.cli.errors import CliError
from linksfield.cli.iccids import DeviceFileError, read_device_file, read_devices

GOOD = ["89852022018041800192", "8961026924500530494", "89430101523088119435F"]


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_csv_with_a_named_column_in_any_position(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "d.csv",
        "name,ICCID\nfirst," + GOOD[0] + '\nsecond,"' + GOOD[1] + '"\n,\nthird,' + GOOD[2] + "\n",
    )
    assert read_devices(path) == GOOD


def test_csv_without_header_uses_the_first_column(tmp_path: Path) -> None:
    path = write(tmp_path, "d.csv", "\n".join(f"{d},extra" for d in GOOD) + "\n")
    assert read_devices(path) == GOOD


def test_plain_text_skips_blank_lines_and_comments(tmp_path: Path) -> None:
    path = write(tmp_path, "d.txt", f"# fleet A\n{GOOD[0]}\n\n  {GOOD[1]}  \n{GOOD[2]}\n")
    assert read_devices(path) == GOOD


def test_every_bad_line_is_named_with_its_reason(tmp_path: Path) -> None:
    text = (
        "iccid,site\n"
        f"{GOOD[0]},a\n"  # line 2 ok
        "8985202201804180,b\n"  # line 3 too short
        "89852022O18041800193,c\n"  # line 4 letter O
        f"{GOOD[0]},d\n"  # line 5 duplicate of line 2: dropped, not bad
        ",e\n"  # line 6 empty
        "898520220180418001931234567,f\n"  # line 7 too long
        f"{GOOD[1]},g\n"  # line 8 ok
    )
    with pytest.raises(DeviceFileError) as caught:
        read_devices(write(tmp_path, "bad.csv", text))
    bad = {line.line: line for line in caught.value.bad_lines}
    assert sorted(bad) == [3, 4, 6, 7]
    assert "16 digits" in bad[3].reason
    assert "not all digits ('O')" in bad[4].reason
    assert bad[6].reason == "empty"
    assert "27 digits" in bad[7].reason


def test_duplicates_are_dropped_and_listed(tmp_path: Path) -> None:
    found = read_device_file(write(tmp_path, "d.txt", f"{GOOD[0]}\n{GOOD[1]}\n{GOOD[0]}\n"))
    assert found.devices == GOOD[:2]
    assert [str(d) for d in found.duplicates] == [f"line 3 repeats line 1 ({GOOD[0]})"]


def test_an_empty_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DeviceFileError, match="no devices"):
        read_devices(write(tmp_path, "empty.txt", "# nothing\n\n"))


def test_journal_last_row_wins_and_torn_rows_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    journal = Journal(path)
    journal.record([Outcome(GOOD[0], "unknown", package="P"), Outcome(GOOD[1], "unknown", package="P")])
    journal.record([Outcome(GOOD[0], "ordered", "ORDER_1", package="P")])
    journal.close()
    with path.open("a") as handle:
        handle.write(f"{GOOD[1]},ordered,ORD")  # killed mid-line: no package, wrong shape
    outcomes = load_outcomes(path)
    assert outcomes[GOOD[0]].status == "ordered" and outcomes[GOOD[1]].status == "unknown"
    resumed = Journal(path)
    assert resumed.outcomes == outcomes
    resumed.compact([GOOD[1], GOOD[0]])
    lines = path.read_text().splitlines()
    assert lines[0].startswith("device,status") and len(lines) == 3 and lines[1].startswith(GOOD[1])


def test_compaction_keeps_devices_missing_from_the_input_and_write_ahead_rows(tmp_path: Path) -> None:
    """A row saying "ordered" is never dropped (a later run with the full file would order again),
    and a write-ahead ``unknown`` of a request still in flight is what the compacted file says."""
    path = tmp_path / "r.csv"
    journal = Journal(path)
    journal.record([Outcome(GOOD[2], "ordered", "ORDER_2", package="P")])
    journal.record([Outcome(GOOD[0], "failed", error="not ordered", package="P", attempted_at="T0")])
    journal.record([Outcome(GOOD[0], "unknown", package="P", attempted_at="T1")])  # sent, no answer yet
    journal.compact([GOOD[0], GOOD[1]])
    assert [(o.device, o.status, o.attempted_at) for o in load_outcomes(path).values()] == [
        (GOOD[0], "unknown", "T1"), (GOOD[2].upper(), "ordered", ""),
    ]  # fmt: skip
    assert path.read_text().count("\n") == 3


def test_lower_case_ids_of_an_older_result_file_resume_as_the_same_devices(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "r.csv",
        f"device,status,order_id,error,package,attempted_at\n{GOOD[2].lower()},ordered,O1,,P,\n",
    )
    assert list(load_outcomes(path)) == [GOOD[2].upper()]


def test_helpers() -> None:
    assert chunks(list("abcde"), 2) == [["a", "b"], ["c", "d"], ["e"]]
    assert vendor_time("20250102030405") == vendor_time("2025-01-02 03:04:05")
    assert vendor_time("") is None
    from datetime import date

    spans = windows(date(2025, 1, 1), date(2025, 3, 1), 31)
    assert spans[0] == (date(2025, 1, 1), date(2025, 1, 31)) and spans[-1][1] == date(2025, 3, 1)
    assert all((b - a).days < 31 for a, b in spans)


def test_profiles(tmp_path: Path) -> None:
    config = write(
        tmp_path,
        "c.toml",
        '[profiles.sb]\nbase_url = "http://x"\nrate_limit = 50\n[profiles.typo]\nbase_ulr = "x"\n',
    )
    assert load_profile("sb", config) == {"base_url": "http://x", "rate_limit": 50}
    with pytest.raises(CliError, match="base_ulr"):
        load_profile("typo", config)
    with pytest.raises(CliError, match="profiles: sb, typo"):
        load_profile("missing", config)


runner = CliRunner()


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert runner.invoke(app, ["orders", "bulk", "--devices", "x.csv"]).exit_code == 2  # no --package
    assert runner.invoke(app, ["cdr", "export", "--out", "o", "--from", "2025-01-01"]).exit_code == 2
    assert runner.invoke(app, ["nonsense"]).exit_code == 2


def test_main_maps_errors_to_exit_codes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in (
        "LINKSFIELD_BASE_URL",
        "LINKSFIELD_ACCESS_KEY",
        "LINKSFIELD_SECRET_KEY",
        "LINKSFIELD_PROFILE",
    ):
        monkeypatch.delenv(name, raising=False)
    bad = write(tmp_path, "bad.txt", "123\n")
    assert main(["orders", "bulk", "--package", "P", "--devices", str(bad)]) == 2
    assert "line 1: '123'" in capsys.readouterr().err
    assert main(["--profile", "nope", "--config", str(tmp_path / "none.toml"), "packages", "list"]) == 2
    sim = GOOD[0]
    assert (
        main(
            [
                "cdr",
                "export",
                "--sim",
                sim,
                "--from",
                "2000-01-01",
                "--to",
                "2000-01-02",
                "--out",
                str(tmp_path / "o"),
            ]
        )
        == 2
    )
    assert "180 days" in capsys.readouterr().err
    assert main(["packages", "list"]) == 2  # no base URL / credentials configured: a usage error
