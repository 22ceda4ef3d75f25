"""Answers sized for a model's context: the API's data, trimmed on request, capped in size.

Money stays as the API sends it (`{"amount": "<decimal string>", "currency": ...}`): the JSON is
passed through, never turned into floats.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

#: No answer's JSON is larger than this (bytes of UTF-8); a larger one is cut and says what was cut.
MAX_ANSWER_BYTES = 25_000


def size(value: Any) -> int:
    return len(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode())


def select_fields(data: Any, fields: list[str]) -> Any:
    """Keep only `fields` of the data object, or of each object of a data list."""
    wanted = set(fields)

    def trim(item: Any) -> Any:
        return {k: v for k, v in item.items() if k in wanted} if isinstance(item, dict) else item

    return [trim(item) for item in data] if isinstance(data, list) else trim(data)


@dataclass
class Cut:
    """What `fit` removed: `(where, kept, of)` for each shortened list."""

    lists: list[tuple[str, int, int]] = field(default_factory=list)
    dropped: bool = False

    def describe(self) -> str | None:
        if self.dropped:
            return "the data alone exceeds the size limit and was left out; select fewer `fields`"
        if not self.lists:
            return None
        parts = [f"{where or 'data'}: {kept} of {of} items" for where, kept, of in self.lists]
        return "cut to fit the size limit: " + "; ".join(parts)


def _largest_list(value: Any, where: str = "") -> tuple[str, list[Any]] | None:
    best: tuple[str, list[Any]] | None = None
    if isinstance(value, list):
        if len(value) > 1:
            best = (where, value)
        children = [(f"{where}[{i}]", item) for i, item in enumerate(value)]
    elif isinstance(value, dict):
        children = [(f"{where}.{k}" if where else k, v) for k, v in value.items()]
    else:
        return None
    for child_where, child in children:
        found = _largest_list(child, child_where)
        if found is not None and (best is None or size(found[1]) > size(best[1])):
            best = found
    return best


def fit(data: Any, budget: int) -> tuple[Any, Cut]:
    """`data` within `budget` bytes of JSON: the largest list is halved until it fits."""
    cut = Cut()
    originals: dict[str, int] = {}
    data = json.loads(json.dumps(data))  # a private copy to cut
    while size(data) > budget:
        found = _largest_list(data)
        if found is None:
            cut.dropped = True
            return None, cut
        where, items = found
        originals.setdefault(where, len(items))
        del items[max(1, len(items) // 2) :]
    cut.lists = [(where, len(_at(data, where)), of) for where, of in originals.items()]
    return data, cut


def _at(data: Any, where: str) -> list[Any]:
    """The list at a path `fit` recorded (`items[3].points`)."""
    node = data
    for part in where.replace("[", ".[").split("."):
        if not part:
            continue
        node = node[int(part[1:-1])] if part.startswith("[") else node[part]
    return node if isinstance(node, list) else []
