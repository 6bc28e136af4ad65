"""Release tooling that is not about the spec: uploading the built distributions (``nox -s publish``).

Cutting a release (version bump from the spec diff, changelog) stays in ``generator/specdiff``,
which reads the spec; this package only moves finished files to an index.
"""
