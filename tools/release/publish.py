"""Upload the current version's sdist and wheel to a package index with twine.

``python -m tools.release.publish --repository-url URL [--dist DIR]`` (``nox -s publish``).
Credentials come from ``TWINE_USERNAME``/``TWINE_PASSWORD`` in the environment only: options or
URLs carrying them are refused, because command lines end up in shell history, CI logs and
``ps`` output. twine's output is relayed with the password masked, and an index refusing a
version it already has is reported as such: published versions are immutable, so the fix is a
new release, never an overwrite.
"""

from __future__ import annotations

import argparse
import html
import os
import re
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlsplit

from generator.layout import Layout
from generator.specdiff.versioning import read_version

DIST_NAME = "linksfield_toolkit"
CREDENTIAL_VARIABLES = ("TWINE_USERNAME", "TWINE_PASSWORD")
_CREDENTIAL_OPTIONS = ("-u", "-p", "--username", "--password", "--client-cert", "--identity")
_ALREADY_THERE = ("already exists", "file already exists", "409 conflict")
_REFUSED_LOGIN = ("401 unauthorized", "403 forbidden", "invalid or non-existent authentication")


class PublishError(Exception):
    """A refusal with a message fit to show as is (never containing a credential)."""


def distributions(dist: Path, version: str) -> list[Path]:
    files = sorted(p for p in dist.glob(f"{DIST_NAME}-{version}*") if p.name.endswith((".whl", ".tar.gz")))
    if not files:
        raise PublishError(
            f"no linksfield-toolkit {version} distributions in {dist}: run `nox -s release` first"
        )
    return files


def check_inputs(url: str, extra: Sequence[str]) -> None:
    if any(arg.split("=", 1)[0] in _CREDENTIAL_OPTIONS for arg in extra):
        raise PublishError(
            "credentials are read from TWINE_USERNAME and TWINE_PASSWORD in the environment only, "
            "never from the command line"
        )
    if extra:
        raise PublishError(f"unexpected arguments: {' '.join(extra)}")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise PublishError(f"--repository-url must be an http(s) URL, got {url!r}")
    if parts.username or parts.password:
        raise PublishError("put the credentials in TWINE_USERNAME/TWINE_PASSWORD, not in the URL")
    missing = [name for name in CREDENTIAL_VARIABLES if not os.environ.get(name)]
    if missing:
        raise PublishError(f"set {' and '.join(missing)} in the environment (the index's upload credentials)")


def mask(text: str) -> str:
    secret = os.environ.get("TWINE_PASSWORD", "")
    return text.replace(secret, "********") if secret else text


_SUMMARY_MARKERS = ("uploading ", "view at", "error", "already exists", "forbidden", "unauthorized")


def summary(output: str) -> str:
    """The lines of twine's ``--verbose`` output that matter (it prints the index's whole HTML page)."""
    text = html.unescape(re.sub(r"<[^>]*>", " ", output))
    lines = (" ".join(line.split()) for line in text.splitlines())
    kept = (line for line in lines if any(m in line.lower() for m in _SUMMARY_MARKERS))
    return "\n".join(dict.fromkeys(kept))


def upload(url: str, files: Sequence[Path], version: str) -> str:
    """Run twine; return its (masked) output, or raise :class:`PublishError` saying why it failed.

    ``--verbose`` because without it twine shows only the HTTP status, and pypiserver (like other
    indexes) says "already exists" only in the response body; twine never prints the password.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("TWINE_REPOSITORY")}
    env["TWINE_NON_INTERACTIVE"] = "1"
    command = [sys.executable, "-m", "twine", "--no-color", "upload", "--non-interactive"]
    command += ["--disable-progress-bar", "--verbose", "--repository-url", url, *(str(f) for f in files)]
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    output = summary(mask(f"{done.stdout}{done.stderr}"))
    if done.returncode == 0:
        return output
    lowered = output.lower()
    if any(marker in lowered for marker in _ALREADY_THERE):
        raise PublishError(
            f"refused: linksfield-toolkit {version} is already published on {url}, and a published "
            "version is never replaced. Cut a new version with `nox -s release` and publish that.\n"
            f"The index said:\n{output}"
        )
    if any(marker in lowered for marker in _REFUSED_LOGIN):
        raise PublishError(
            f"refused: {url} did not accept the credentials in TWINE_USERNAME/TWINE_PASSWORD.\n"
            f"The index said:\n{output}"
        )
    raise PublishError(f"twine upload failed (exit {done.returncode}):\n{output}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.release.publish", description=__doc__)
    parser.add_argument("--repository-url", required=True, help="upload URL of the index")
    parser.add_argument("--dist", type=Path, help="folder holding the distributions (default: <root>/dist)")
    parser.add_argument("--root", type=Path, help="repository root (default: this checkout)")
    args, extra = parser.parse_known_args(argv)
    root = Layout.create(args.root, None, None).root
    try:
        check_inputs(args.repository_url, extra)
        version = read_version(root)
        files = distributions(args.dist or root / "dist", version)
        output = upload(args.repository_url, files, version)
    except PublishError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if output:
        print(output)
    names = ", ".join(f.name for f in files)
    print(f"published linksfield-toolkit {version} to {args.repository_url}: {names}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
