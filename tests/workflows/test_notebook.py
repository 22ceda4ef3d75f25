"""examples/quickstart.ipynb, executed top to bottom with nbclient against the mock server."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tensorcost.testing import MockServer

from .conftest import REPO

nbclient = pytest.importorskip("nbclient")
nbformat = pytest.importorskip("nbformat")
pytest.importorskip("ipykernel")
pytest.importorskip("matplotlib")

NOTEBOOK = REPO / "examples" / "quickstart.ipynb"


MOCK_PASSWORD = "correct-horse-battery-staple"  # mock_server/README.md: every seeded user's password


def _execute(notebook: Any, tmp_path: Path) -> list[Any]:
    client = nbclient.NotebookClient(
        notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    )
    client.execute()
    return [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs]


def test_the_mocks_documented_password_is_the_seeded_one(mock: MockServer) -> None:
    assert mock.password == MOCK_PASSWORD
    assert MOCK_PASSWORD in (REPO / "mock_server" / "README.md").read_text()


def test_quickstart_notebook_runs_headless_against_the_mock(
    mock: MockServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No TENSORCOST_PASSWORD and no stdin: on a server on this machine it uses the mock's demo password."""
    monkeypatch.setenv("TENSORCOST_BASE_URL", mock.base_url)  # the kernel inherits the environment
    monkeypatch.delenv("TENSORCOST_PASSWORD", raising=False)
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    assert all(not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code"), (
        "commit it clean"
    )
    outputs = _execute(notebook, tmp_path)

    assert not [o for o in outputs if o.output_type == "error"]
    html = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    assert any("effective_cost" in h for h in html)  # the summary as a table
    assert any("gpu_agent" in h for h in html)  # the by-source DataFrame
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(images) >= 2  # the bar chart and the forecast plot
    streams = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "Wasted on idle GPUs:" in streams
    assert MOCK_PASSWORD not in "".join(map(str, outputs))  # never echoed
    intro = "".join(notebook.cells[0].source)
    assert "ana.ruiz@acme-ai.com" in intro
    assert MOCK_PASSWORD in intro  # says which credentials the mock accepts


def test_tensorcost_password_wins_over_the_demo_password(
    mock: MockServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TENSORCOST_BASE_URL", mock.base_url)
    monkeypatch.setenv("TENSORCOST_PASSWORD", "not-the-password")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    notebook.cells = notebook.cells[:2]  # the login cell
    with pytest.raises(nbclient.exceptions.CellExecutionError) as failure:
        _execute(notebook, tmp_path)
    assert "AuthenticationError" in str(failure.value)
    assert "not-the-password" not in str(failure.value)
