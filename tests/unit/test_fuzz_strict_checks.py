"""Fuzz and contract runs judge answers strictly, whatever the client's tolerant default (issue 15)."""

from __future__ import annotations

import pytest

from linksfield.fuzz import runner


def test_the_fuzz_checks_include_the_response_schema_check() -> None:
    assert runner._checks() == runner.CHECKS
    assert "response_schema_conformance" in runner.STRICT_CHECKS


def test_a_narrowed_check_list_that_would_accept_any_answer_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(runner, "CHECKS", "not_a_server_error")
    with pytest.raises(ValueError, match="response_schema_conformance"):
        runner._checks()
    monkeypatch.setattr(runner, "CHECKS", ",".join(sorted({"not_a_server_error", *runner.STRICT_CHECKS})))
    assert runner._checks() == runner.CHECKS
