"""Versions and changelog from the spec diff, in a throw-away git repository.

First release (no spec/RELEASED): the version already set is released, against the empty spec.
Then each release diffs the spec against the commit recorded in spec/RELEASED: breaking → major,
additions → minor, other → patch; the newest changelog section comes first.
"""

from __future__ import annotations

import copy
import datetime
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.errors import GeneratorError
from generator.specdiff import changelog, release, versioning

from .test_specdiff import BASE

DAY = datetime.date(2025, 1, 31)


def git(root: Path, *args: str) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.invalid",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.invalid",
    }
    done = subprocess.run(["git", *args], cwd=root, env=env, capture_output=True, text=True, check=True)
    return done.stdout


def write_spec(root: Path, document: dict[str, Any]) -> None:
    (root / "spec" / "openapi.yaml").write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")


def commit(root: Path, message: str) -> None:
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", message)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / "spec").mkdir()
    (tmp_path / "overrides" / "linksfield").mkdir(parents=True)
    (tmp_path / versioning.VERSION_FILE).write_text('__version__ = "0.1.0"\n', encoding="utf-8")
    write_spec(tmp_path, BASE)
    git(tmp_path, "init", "-q")
    commit(tmp_path, "initial")
    return tmp_path


def cut(root: Path, allow_empty: bool = False) -> release.Plan:
    plan = release.plan(root, allow_empty)
    release.apply(root, plan, DAY)
    commit(root, f"release {plan.next}")
    return plan


def test_versions_follow_the_diff_and_the_changelog_grows_newest_first(repo: Path) -> None:
    first = cut(repo)
    assert (first.first, first.next) == (True, "0.1.0")
    recorded = release.read_released(repo)
    assert recorded is not None and recorded.version == "0.1.0"

    spec = copy.deepcopy(BASE)
    spec["components"]["schemas"]["Item"]["properties"]["owner"] = {"type": "string"}
    write_spec(repo, spec)
    commit(repo, "spec: Item.owner")
    assert cut(repo).next == "0.2.0"  # an addition

    spec["components"]["schemas"]["NewItem"]["required"].append("note")
    write_spec(repo, spec)
    commit(repo, "spec: note required")
    breaking = cut(repo)
    assert breaking.next == "1.0.0" and breaking.baseline.startswith("0.2.0 (spec of ")

    spec["components"]["schemas"]["Item"]["properties"]["label"]["type"] = "string"
    write_spec(repo, spec)
    commit(repo, "spec: label never null")
    assert cut(repo).next == "1.0.1"  # a narrowed response: neither breaking nor an addition

    assert versioning.read_version(repo) == "1.0.1"
    text = (repo / changelog.CHANGELOG).read_text(encoding="utf-8")
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings == [f"## {v} — 2025-01-31" for v in ("1.0.1", "1.0.0", "0.2.0", "0.1.0")]
    assert "**required_flipped** `NewItem.note`: optional → required (request)" in text
    assert text.count(changelog.MARKER) == 1


def test_nothing_to_release_unless_asked(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cut(repo)
    with pytest.raises(GeneratorError, match=r"no API changes since 0\.1\.0"):
        release.plan(repo)
    assert release.main(["notes", "--root", str(repo)]) == 0
    assert "would refuse (`-- --allow-empty` would cut 0.1.1)" in capsys.readouterr().out
    assert cut(repo, allow_empty=True).next == "0.1.1"


def test_an_uncommitted_spec_is_refused(repo: Path) -> None:
    cut(repo)
    spec = copy.deepcopy(BASE)
    spec["paths"].pop("/items")
    write_spec(repo, spec)
    plan = release.plan(repo)
    assert plan.next == "1.0.0"
    with pytest.raises(GeneratorError, match="commit the spec first"):
        release.apply(repo, plan, DAY)
    assert versioning.read_version(repo) == "0.1.0"


def test_a_hand_edited_version_is_refused(repo: Path) -> None:
    cut(repo)
    versioning.write_version(repo, "0.3.0")
    with pytest.raises(GeneratorError, match="the version is set by `nox -s release` only"):
        release.plan(repo)


def test_notes_change_nothing(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = sorted(p.name for p in repo.rglob("*") if ".git" not in p.parts)
    assert release.main(["notes", "--root", str(repo)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("next release: 0.1.0 (current 0.1.0; baseline nothing (first release))")
    assert "| operation_added | 3 |" in out
    assert sorted(p.name for p in repo.rglob("*") if ".git" not in p.parts) == before


@pytest.mark.parametrize(
    ("version", "level", "expected"),
    [
        ("0.1.0", "major", "1.0.0"),
        ("1.4.2", "minor", "1.5.0"),
        ("1.4.2", "patch", "1.4.3"),
        ("2.0.9", "major", "3.0.0"),
    ],
)
def test_semver_bump(version: str, level: str, expected: str) -> None:
    assert versioning.bump(version, level) == expected


def test_versions_must_be_plain_semver() -> None:
    with pytest.raises(GeneratorError):
        versioning.bump("1.0", "patch")
    with pytest.raises(GeneratorError):
        versioning.bump("1.0.0rc1", "patch")
