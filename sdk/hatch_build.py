"""Build hook: the sdist and the wheel carry a copy of the spec, which lives once in git (read by `tensorcost mcp`).

In a checkout the spec is `../openapi/tensorcost.yaml`; it is copied into the sdist as
`src/tensorcost/mcp/_data/tensorcost.yaml`, so a wheel built from the sdist (where `../openapi`
does not exist) finds it there as package data.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

SPEC = Path(__file__).resolve().parent.parent / "openapi" / "tensorcost.yaml"
PACKAGED = "tensorcost/mcp/_data/tensorcost.yaml"


class SpecHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if SPEC.is_file():
            target = PACKAGED if self.target_name == "wheel" else f"src/{PACKAGED}"
            build_data["force_include"][str(SPEC)] = target
        elif not (Path(self.root) / "src" / PACKAGED).is_file():
            raise FileNotFoundError(f"no spec to package: neither {SPEC} nor src/{PACKAGED}")
