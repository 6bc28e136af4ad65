"""What users and the vendor write is shown, never interpreted (issue 16, item 8).

Rich reads ``[...]`` as markup: a file named ``markup[/x].txt`` or a device id with brackets used to
end in a ``MarkupError`` traceback from inside the error handler. And a profile value of the wrong
type used to end in a traceback from inside the client, quoting the value, which was a credential.
These run in-process through ``main`` (what the console script calls), with no server: every path
here fails or finishes before a request could reach one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from linksfield.cli.app import main
from linksfield.cli.iccids import DeviceFileError, read_device_file
from linksfield.cli.output import emit

MARKUP = "[/x]"
"""A closing tag with no opening one: the markup rich refuses with ``MarkupError``."""
GOOD = "89852022018041800192"
CLOSED_PORT = "http://127.0.0.1:9"  # nothing listens: a request fails at connect, never sent


def _markup_path(folder: Path, stem: str) -> Path:
    """``folder/STEM[/x].txt``: the ``/`` of the markup is a path separator, so ``STEM[`` is a folder."""
    (folder / f"{stem}[").mkdir()
    path = folder / f"{stem}[" / "x].txt"
    assert str(path).endswith(f"{stem}{MARKUP}.txt")
    return path


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings that let a command start but never reach anything: a closed local port, no retries."""
    for name in ("LINKSFIELD_PROFILE", "LINKSFIELD_CLI_DEBUG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LINKSFIELD_BASE_URL", CLOSED_PORT)
    monkeypatch.setenv("LINKSFIELD_ACCESS_KEY", "ak")
    monkeypatch.setenv("LINKSFIELD_SECRET_KEY", "sk")
    monkeypatch.setenv("LINKSFIELD_MAX_RETRIES", "0")


def test_a_file_name_with_markup_in_an_error(
    tmp_path: Path, offline: None, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = _markup_path(tmp_path, "markup")  # .../markup[/x].txt: a folder "markup[" and a file "x].txt"
    bad.write_text("12345\n")
    assert main(["orders", "bulk", "--package", "P", "--devices", str(bad)]) == 2
    err = capsys.readouterr().err
    assert f"markup{MARKUP}.txt: 1 bad line(s)" in err
    missing = tmp_path / f"[bold]missing{MARKUP[1:]}.txt"
    assert main(["orders", "bulk", "--package", "P", "--devices", str(missing)]) == 2
    assert f"[bold]missing{MARKUP[1:]}.txt" in capsys.readouterr().err


def test_a_file_name_and_a_package_with_markup_through_a_whole_run(
    tmp_path: Path, offline: None, capsys: pytest.CaptureFixture[str]
) -> None:
    """Progress bar, summary table, not-ordered table, the resume hint: all with user text."""
    listing = _markup_path(tmp_path, "fleet")
    listing.write_text(f"{GOOD}\n")
    code = main(
        ["orders", "bulk", "--package", f"DP{MARKUP}", "--devices", str(listing), "--rate-limit", "0"]
    )
    assert code == 1  # nothing could be ordered (nothing listens), and no traceback on the way
    out, err = capsys.readouterr()
    assert f"fleet{MARKUP}.txt.result.csv" in out and GOOD in out
    assert f"ordering DP{MARKUP}" in err
    assert listing.with_name(listing.name + ".result.csv").read_text().count("\n") == 2  # header + 1 row


def test_a_device_id_with_markup(tmp_path: Path, offline: None, capsys: pytest.CaptureFixture[str]) -> None:
    listing = tmp_path / "ids.txt"
    listing.write_text(f"{GOOD}\n[bold]{GOOD}{MARKUP}\n")
    assert main(["orders", "bulk", "--package", "P", "--devices", str(listing)]) == 2
    assert f"line 2: '[bold]{GOOD}{MARKUP}'" in capsys.readouterr().err
    # Any command that names an id in an error or a title.
    assert main(["orders", "show", MARKUP]) == 1
    assert "Traceback" not in capsys.readouterr().err


def test_tables_and_titles_show_markup_as_text(capsys: pytest.CaptureFixture[str]) -> None:
    emit([{"device": MARKUP, f"col{MARKUP}": "[red]x"}], as_json=False, title=f"t{MARKUP}")
    emit({"device": f"[bold]{MARKUP}"}, as_json=False, title=MARKUP)
    emit(f"[bold]{MARKUP}", as_json=False)
    out = capsys.readouterr().out
    for shown in (f"t{MARKUP}", f"col{MARKUP}", "[red]x", f"[bold]{MARKUP}"):
        assert shown in out


def test_full_width_digits_are_named_as_such(tmp_path: Path) -> None:
    # U+FF18 U+FF19 U+FF18 U+FF15...: the ICCID as a spreadsheet in a CJK locale may write it.
    wide = "".join(chr(ord(ch) - ord("0") + 0xFF10) for ch in GOOD)
    path = tmp_path / "wide.txt"
    path.write_text(f"{wide}\n{GOOD[:-1]}\u0663\n", encoding="utf-8")  # and an Arabic-Indic digit
    with pytest.raises(DeviceFileError) as caught:
        read_device_file(path)
    first, second = (line.reason for line in caught.value.bad_lines)
    assert "full-width digits" in first and "not accepted" in first and "digits;" not in first
    assert "non-ASCII character" in second and "U+0663" in second


def test_case_variants_and_repeats_are_one_device(tmp_path: Path) -> None:
    path = tmp_path / "d.txt"
    path.write_text(f"{GOOD}a\n{GOOD}\n{GOOD}A\n {GOOD} \n")
    found = read_device_file(path)
    assert found.devices == [f"{GOOD}A", GOOD]
    assert [(d.line, d.first_line) for d in found.duplicates] == [(3, 1), (4, 2)]


SECRET = "sk-live-9f8e7d6c5b4a"


@pytest.mark.parametrize(
    ("setting", "expected"),
    [
        (f'timeout = "{SECRET}"', "timeout must be a positive number of seconds (found a string)"),
        (f'max_retries = "{SECRET}"', "max_retries must be a whole number, 0 or more (found a string)"),
        ("secret_key = 98765432109876", "secret_key must be a string (found an integer)"),
        ("timeout = -3", "timeout must be a positive number of seconds (found an integer)"),
        ("max_retries = true", "max_retries must be a whole number, 0 or more (found a boolean)"),
        ('rate_limit = "fast"', "rate_limit must be a number of requests per second"),
        ('environment = "staging"', 'environment must be "uat" or "production" (found a string)'),
    ],
    ids=["timeout-str", "max_retries-str", "secret_key-int", "timeout-neg", "retries-bool", "rate", "env"],
)
def test_a_bad_profile_value_names_the_key_never_the_value(
    tmp_path: Path,
    offline: None,
    capsys: pytest.CaptureFixture[str],
    setting: str,
    expected: str,
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f'[profiles.p]\nbase_url = "{CLOSED_PORT}"\n{setting}\n')
    value = setting.split("=", 1)[1].strip().strip('"')
    for command in (["packages", "list"], ["orders", "bulk", "--package", "P", "--devices", str(config)]):
        if command[0] == "orders":
            listing = tmp_path / "ids.txt"
            listing.write_text(f"{GOOD}\n")
            command[-1] = str(listing)
        code = main(["--profile", "p", "--config", str(config), *command])
        err = capsys.readouterr().err
        assert code == 2, err
        assert err.startswith(f"error: profile 'p' in {config}: {expected}"), err
        assert err.count("\n") == 1 and "Traceback" not in err
        assert value not in err.replace(str(config), "<config>"), (
            "the value was echoed"
        )  # (the path may hold digits)
    assert not (tmp_path / "ids.txt.result.csv").exists()  # refused before the journal was touched


def test_a_good_profile_passes_its_values_through(tmp_path: Path) -> None:
    from linksfield.cli.config import load_profile

    config = tmp_path / "c.toml"
    config.write_text(
        '[profiles.p]\ntimeout = 12.5\nmax_retries = 0\nrate_limit = "off"\nmax_concurrency = 4\n'
        'environment = "uat"\nsecret_key = "s"\n'
    )
    assert load_profile("p", config) == {
        "timeout": 12.5, "max_retries": 0, "rate_limit": "off", "max_concurrency": 4,
        "environment": "uat", "secret_key": "s",
    }  # fmt: skip
