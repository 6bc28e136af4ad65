"""Docs drift: read the vendor's exported doc pages and say how they differ from spec/openapi.yaml.

The vendor publishes pages, not a spec; when a page changes, the team needs the list of what changed
(operations, request parameters, response fields, examples) and which of those changes are already
decided in spec/RECONCILIATION.md. Entry point: ``python -m generator drift PAGE...``.

Pipeline: ``blocks`` (JSON examples cut out, HTML flattened) -> ``tables`` (one reader per layout)
-> ``reader`` (the inventory of one page, :mod:`model`) -> ``compare`` (against :mod:`spec_view`)
-> ``known`` (matched against the log's drift index) -> ``render`` / ``suggest``.
"""
