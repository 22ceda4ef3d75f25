"""`nox -s spec_diff`: Optic classifies each change; breaking ones need a major bump and a listing.

Pairs of specs: tests/spec_diff/base.yaml (released 1.0.0) and a copy with one edit. Enum
fixtures mirror the real spec: `Severity` (extensible) and `Status` (closed) are shared by a
request and the answers, `Channel` appears in requests only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import BASE_PATH, Edit, edited, write_spec
from spec_diff import Finding, SpecDiffError, apply_policy, changelog_entries, main, problems, run_optic


def schemas(doc: dict[str, Any]) -> dict[str, Any]:
    schemas_: dict[str, Any] = doc["components"]["schemas"]
    return schemas_


def remove_response_field(doc: dict[str, Any]) -> None:
    del schemas(doc)["Alert"]["properties"]["note"]


def require_optional_request_field(doc: dict[str, Any]) -> None:
    schemas(doc)["NewAlert"]["required"].append("note")


def narrow_request_type(doc: dict[str, Any]) -> None:
    schemas(doc)["NewAlert"]["properties"]["threshold"]["type"] = "integer"


def remove_value_of_shared_enum(doc: dict[str, Any]) -> None:
    schemas(doc)["Severity"]["enum"] = ["low"]


def add_request_value_to_closed_enum(doc: dict[str, Any]) -> None:
    schemas(doc)["Status"]["enum"] = ["open", "resolved", "snoozed"]


def remove_operation(doc: dict[str, Any]) -> None:
    del doc["paths"]["/v1/alerts/summary"]


def add_response_field(doc: dict[str, Any]) -> None:
    schemas(doc)["Alert"]["properties"]["owner"] = {"type": "string"}


def add_value_to_extensible_enum(doc: dict[str, Any]) -> None:
    schemas(doc)["Severity"]["enum"] = ["low", "high", "urgent"]


def add_value_to_request_only_enum(doc: dict[str, Any]) -> None:
    schemas(doc)["Channel"]["enum"] = ["email", "slack", "teams"]


# The list, each with the Optic rule (and operation) that must catch it.
BREAKING: dict[str, tuple[Edit, str]] = {
    "field removed": (remove_response_field, "[prevent removing response property] GET /v1/alerts"),
    "optional made required": (
        require_optional_request_field,
        "[prevent changing request property to required] POST /v1/alerts",
    ),
    "type narrowed": (narrow_request_type, "[prevent request property type changes] POST /v1/alerts"),
    # Removed from the answers' enum, which the query filter and the request body share.
    "enum value removed from a response": (
        remove_value_of_shared_enum,
        "[prevent query parameters enum breaking changes] GET /v1/alerts",
    ),
    # Added to the request body's enum, which the (closed) answers share.
    "enum value added to a request": (
        add_request_value_to_closed_enum,
        "[request and response property enums] GET /v1/alerts",
    ),
    "operation removed": (remove_operation, "[prevent operation removal] GET /v1/alerts/summary"),
}
NOT_BREAKING: dict[str, Edit] = {
    "field added to a response": add_response_field,
    "value added to an extensible response enum": add_value_to_extensible_enum,
    "value added to a request-only enum": add_value_to_request_only_enum,
}


def breaking_after(tmp_path: Path, edit: Edit) -> list[Finding]:
    new = write_spec(tmp_path, "new", edited(edit))
    changes, findings = run_optic(BASE_PATH, new)
    assert changes > 0
    return apply_policy(findings)


@pytest.fixture(scope="module", params=sorted(BREAKING))
def breaking_case(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, list[Finding]]:
    edit, expected = BREAKING[request.param]
    return expected, breaking_after(tmp_path_factory.mktemp("pair"), edit)


def test_breaking_change_is_caught(breaking_case: tuple[str, list[Finding]]) -> None:
    expected, breaking = breaking_case
    assert expected in {f.key for f in breaking}
    assert problems("1.0.0", "1.0.0", breaking, changelog="") != []
    assert problems("1.0.0", "1.1.0", breaking, changelog="") != []


def test_breaking_change_ships_with_major_bump_and_changelog(
    breaking_case: tuple[str, list[Finding]],
) -> None:
    _, breaking = breaking_case
    changelog = "# Changelog\n\n## [2.0.0] - 2026-12-05\n\n### Breaking\n\n" + "\n".join(
        f.changelog_line() for f in breaking
    )
    assert problems("1.0.0", "2.0.0", breaking, changelog) == []


def test_major_bump_alone_is_not_enough(breaking_case: tuple[str, list[Finding]]) -> None:
    _, breaking = breaking_case
    [problem] = problems("1.0.0", "2.0.0", breaking, changelog="## [2.0.0]\n")
    for finding in breaking:
        assert finding.changelog_line() in problem.splitlines()


def test_changelog_alone_is_not_enough(breaking_case: tuple[str, list[Finding]]) -> None:
    _, breaking = breaking_case
    changelog = "## [1.1.0]\n" + "\n".join(f.changelog_line() for f in breaking)
    [problem] = problems("1.0.0", "1.1.0", breaking, changelog)
    assert "need a major version" in problem


@pytest.mark.parametrize("case", sorted(NOT_BREAKING))
def test_compatible_change_passes_without_bump(tmp_path: Path, case: str) -> None:
    breaking = breaking_after(tmp_path, NOT_BREAKING[case])
    assert breaking == []
    assert problems("1.0.0", "1.0.0", breaking, changelog="") == []


def test_extensible_enum_addition_is_flagged_by_optic_and_allowed_by_policy(tmp_path: Path) -> None:
    new = write_spec(tmp_path, "new", edited(add_value_to_extensible_enum))
    _, findings = run_optic(BASE_PATH, new)
    assert findings
    assert all(f.extensible for f in findings)
    assert apply_policy(findings) == []


def test_removed_operation_is_one_change(tmp_path: Path) -> None:
    new = write_spec(tmp_path, "new", edited(remove_operation))
    _, findings = run_optic(BASE_PATH, new)
    assert len(findings) > 1
    assert [f.key for f in apply_policy(findings)] == ["[prevent operation removal] GET /v1/alerts/summary"]


def test_changelog_entries_are_read_under_their_version_only() -> None:
    text = (
        "# Changelog\n\n## [2.0.0] - 2026-12-05\n### Breaking\n"
        "- [prevent operation removal] GET /v1/a: gone\n"
        "* [prevent removing response property] POST /v1/b/{id}: `x` removed\n"
        "## [1.0.0] - 2026-01-01\n- [prevent operation removal] GET /v1/c: old\n"
    )
    assert changelog_entries(text, "2.0.0") == {
        "[prevent operation removal] GET /v1/a",
        "[prevent removing response property] POST /v1/b/{id}",
    }
    assert changelog_entries(text, "1.0.0") == {"[prevent operation removal] GET /v1/c"}
    assert changelog_entries(text, "3.0.0") == set()


def test_versions_must_be_semver_and_never_go_down() -> None:
    with pytest.raises(SpecDiffError, match="semantic versioning"):
        problems("1.0.0", "2.0", [], "")
    assert problems("1.2.0", "1.1.9", [], "") == ["info.version 1.1.9 is lower than the released 1.2.0"]
    assert problems("1.0.0", "1.0.1", [], "") == []


def test_command_fails_and_prints_the_missing_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = write_spec(tmp_path, "new", edited(remove_operation, version="2.0.0"))
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text("# Changelog\n\n## [2.0.0] - 2026-12-05\n")
    argv = ["--old", str(BASE_PATH), "--new", str(new), "--changelog", str(changelog)]
    assert main(argv) == 1
    out = capsys.readouterr().out
    line = "- [prevent operation removal] GET /v1/alerts/summary: cannot remove an operation"
    assert line in out.splitlines()
    changelog.write_text(f"# Changelog\n\n## [2.0.0] - 2026-12-05\n\n### Breaking\n\n{line}\n")
    assert main(argv) == 0
    assert "allowed" in capsys.readouterr().out


def test_command_reports_a_spec_that_does_not_parse(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: 3.1.0\ninfo: {title: x, version: 1.0.1}\npaths: {/v1/x: {get: 7}}\n")
    assert (
        main(["--old", str(BASE_PATH), "--new", str(broken), "--changelog", str(tmp_path / "none.md")]) == 2
    )
    assert "optic_breaking.cjs failed" in capsys.readouterr().err
