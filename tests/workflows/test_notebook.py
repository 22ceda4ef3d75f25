"""examples/quickstart.ipynb, executed top to bottom with nbclient against the mock server."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from tensorcost.testing import MockServer

from .conftest import REPO

nbclient = pytest.importorskip("nbclient")
nbformat = pytest.importorskip("nbformat")
pytest.importorskip("ipykernel")
pytest.importorskip("matplotlib")

NOTEBOOK = REPO / "examples" / "quickstart.ipynb"


def test_quickstart_notebook_runs_against_the_mock(
    mock: MockServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TENSORCOST_BASE_URL", mock.base_url)  # the kernel inherits the environment
    monkeypatch.setenv("TENSORCOST_PASSWORD", mock.password)
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    assert all(not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code"), (
        "commit it clean"
    )
    client = nbclient.NotebookClient(
        notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    )
    client.execute()

    outputs = [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    html = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    assert any("effective_cost" in h for h in html)  # the summary as a table
    assert any("gpu_agent" in h for h in html)  # the by-source DataFrame
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(images) >= 2  # the bar chart and the forecast plot
    streams = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "Wasted on idle GPUs:" in streams
    assert os.environ["TENSORCOST_PASSWORD"] not in "".join(map(str, outputs))  # never echoed
