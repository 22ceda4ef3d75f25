"""`tensorcost mcp` refuses a bad start with a usage error (exit 2) before it serves anything."""

from __future__ import annotations

from pathlib import Path

import pytest
from tensorcost.cli import main


@pytest.fixture(autouse=True)
def _environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("TENSORCOST_API_TOKEN", "TENSORCOST_BASE_URL", "TENSORCOST_TENANT_ID"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TENSORCOST_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("TENSORCOST_BASE_URL", "http://127.0.0.1:9/v1")


def test_an_unknown_toolset_is_a_usage_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TENSORCOST_API_TOKEN", "not-a-jwt")
    code = main(["mcp", "--tenant-id", "3f6c2b9e-8d4a-4e7b-9c1d-2a5e8f7b6c01", "--toolsets", "cost,bogus"])
    assert code == 2
    assert "unknown toolsets bogus; choose from ai, alert, cost," in capsys.readouterr().err


def test_a_token_without_a_tenant_needs_tenant_id(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TENSORCOST_API_TOKEN", "not-a-jwt")
    assert main(["mcp"]) == 2
    assert "pass --tenant-id" in capsys.readouterr().err


def test_without_credentials_it_says_how_to_log_in(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["mcp"]) == 2
    assert "not logged in" in capsys.readouterr().err


def test_an_unknown_scope_is_refused_by_the_parser() -> None:
    with pytest.raises(SystemExit) as exc:
        main(["mcp", "--scope", "admin"])
    assert exc.value.code == 2
