"""Schemathesis fuzzing of the spec against the sandbox (default) or a real UAT (``--base-url``)."""
