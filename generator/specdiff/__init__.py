"""Classify the differences between two versions of the spec, and release versions from them.

The package version is a promise to users about their code, and their code is written against the
spec: so the version bump is derived from a classified spec diff, not chosen by hand.
``python -m generator diff OLD NEW`` prints the diff; ``nox -s release`` turns it into a version,
a changelog section and the built distributions. See README.md in this folder for the rules.
"""
