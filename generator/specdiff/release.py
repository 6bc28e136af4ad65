"""Cut a release: next version from the spec diff, changelog section, ``spec/RELEASED``.

``python -m generator.specdiff.release notes`` prints what the next release would be (changes
nothing); ``... apply [--allow-empty]`` writes it. ``nox -s release`` runs ``apply`` and then
builds and checks the distributions; ``nox -s release-notes`` runs ``notes``.

Where the last release came from: ``spec/RELEASED`` records the version and the git commit whose
``spec/`` it was cut from (plus the entry file's SHA-256, checked when read back). The commit is
HEAD at release time, which is why ``apply`` refuses a spec with uncommitted changes: the
recorded commit must hold exactly the spec that was released. The release commit itself (with
the bumped version, CHANGELOG.md and spec/RELEASED) is made afterwards, by a person.

Without ``spec/RELEASED`` nothing was released yet: the baseline is the empty spec and the first
release keeps the version already in ``_version.py``.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from generator.errors import GeneratorError
from generator.layout import Layout
from generator.specdiff import changelog, versioning
from generator.specdiff.classify import diff
from generator.specdiff.model import Bump, DiffReport
from generator.specdiff.render import body
from generator.specdiff.sources import EMPTY, SPEC_PATH, git, load_side

RELEASED = Path("spec/RELEASED")
_RELEASED_HEADER = (
    "# Written by `nox -s release`: the last release and the commit whose spec/ it was cut from.\n"
    "# The next release diffs the spec against this commit. Do not edit by hand.\n"
)


@dataclass(frozen=True)
class Released:
    version: str
    spec_commit: str
    spec_sha256: str


@dataclass(frozen=True)
class Plan:
    current: str
    next: str
    baseline: str
    report: DiffReport
    first: bool


def read_released(root: Path) -> Released | None:
    path = root / RELEASED
    if not path.exists():
        return None
    fields: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            key, _, value = line.partition(":")
            fields[key.strip()] = value.strip()
    try:
        return Released(fields["version"], fields["spec-commit"], fields["spec-sha256"])
    except KeyError as exc:
        raise GeneratorError(f"{RELEASED}: missing {exc.args[0]!r}") from None


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def plan(root: Path, allow_empty: bool = False) -> Plan:
    current = versioning.read_version(root)
    released = read_released(root)
    new = load_side(str(root / SPEC_PATH), root)
    if released is None:
        report = diff(load_side(EMPTY, root), new)
        return Plan(current, current, "nothing (first release)", report, True)
    if released.version != current:
        raise GeneratorError(
            f"{versioning.VERSION_FILE} says {current} but {RELEASED} says {released.version} was the last "
            "release: the version is set by `nox -s release` only"
        )
    recorded = git(root, "show", f"{released.spec_commit}:{SPEC_PATH}")
    if _sha256(recorded) != released.spec_sha256:
        raise GeneratorError(
            f"{RELEASED}: {SPEC_PATH} at {released.spec_commit[:12]} does not match its SHA-256"
        )
    old = load_side(released.spec_commit, root)
    report = diff(old, new)
    level = report.bump
    if level is Bump.NONE:
        if not allow_empty:
            raise GeneratorError(
                f"no API changes since {current} (spec of {released.spec_commit[:12]}): nothing to release. "
                "Pass --allow-empty for a patch release of client-side fixes."
            )
        level = Bump.PATCH
    baseline = f"{current} (spec of {released.spec_commit[:12]})"
    return Plan(current, versioning.bump(current, level.value), baseline, report, False)


def section(release: Plan, day: datetime.date) -> str:
    intro = (
        "First release: the whole API is new." if release.first else f"Spec changes since {release.baseline}."
    )
    return f"## {release.next} — {day.isoformat()}\n\n{intro}\n\n{body(release.report, level=3)}"


def apply(root: Path, release: Plan, day: datetime.date) -> None:
    spec_dir = (root / SPEC_PATH).parent.relative_to(root).as_posix()
    dirty = [
        line
        for line in git(root, "status", "--porcelain", "--", spec_dir).splitlines()
        if line[3:].endswith((".yaml", ".yml", ".json"))
    ]
    if dirty:
        listing = ", ".join(line[3:] for line in dirty)
        raise GeneratorError(
            f"commit the spec first ({listing}): {RELEASED} must name a commit holding the released spec"
        )
    commit = git(root, "rev-parse", "HEAD").strip()
    spec_text = git(root, "show", f"{commit}:{SPEC_PATH}")
    versioning.write_version(root, release.next)
    changelog.prepend(root, section(release, day))
    (root / RELEASED).write_text(
        f"{_RELEASED_HEADER}version: {release.next}\nspec-commit: {commit}\nspec-sha256: {_sha256(spec_text)}\n",
        encoding="utf-8",
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.specdiff.release", description=__doc__)
    parser.add_argument("action", choices=["notes", "apply"])
    parser.add_argument("--allow-empty", action="store_true", help="release a patch even without API changes")
    parser.add_argument("--root", type=Path, help="repository root (default: this checkout)")
    args = parser.parse_args(argv)
    root = Layout.create(args.root, None, None).root
    today = datetime.datetime.now(datetime.timezone.utc).date()
    try:
        if args.action == "notes":
            release = plan(root, allow_empty=True)
            if release.report.bump is Bump.NONE and not release.first and not args.allow_empty:
                print(
                    f"no API changes since {release.baseline}: `nox -s release` would refuse "
                    f"(`-- --allow-empty` would cut {release.next})"
                )
                return 0
            print(f"next release: {release.next} (current {release.current}; baseline {release.baseline})\n")
            print(section(release, today), end="")
            return 0
        release = plan(root, args.allow_empty)
        apply(root, release, today)
    except GeneratorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    counts = ", ".join(f"{n} {kind}" for kind, n in release.report.counts().items()) or "no API changes"
    print(
        f"release {release.next} (was {release.current}, bump {release.report.bump.value}): {counts}; "
        f"wrote {versioning.VERSION_FILE}, {changelog.CHANGELOG}, {RELEASED}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
