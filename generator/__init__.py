"""Turn spec/openapi.yaml into the generated ``linksfield_api`` package.

The pipeline lives here rather than in a Makefile so that validation, generation and the
staleness check share one implementation and one set of pinned tool invocations.
Entry point: ``python -m generator validate|generate|check``.
"""
