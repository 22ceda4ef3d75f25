"""Seeder order: registration order, except that ``@seeder(..., after=(...))`` runs after those services."""

from __future__ import annotations

import pytest
from tensorcost_mock import fixtures


def noop(*_: object) -> None:
    return None


def test_after_puts_dependencies_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fixtures, "SEEDERS", {})
    monkeypatch.setattr(fixtures, "SEEDER_AFTER", {})
    fixtures.seeder("alert", after=("gpu", "cost", "unknown"))(noop)
    fixtures.seeder("cost", after=("gpu",))(noop)
    fixtures.seeder("gpu")(noop)
    fixtures.seeder("identity")(noop)
    assert fixtures.seeding_order() == ["gpu", "cost", "alert", "identity"]


def test_a_cycle_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fixtures, "SEEDERS", {})
    monkeypatch.setattr(fixtures, "SEEDER_AFTER", {})
    fixtures.seeder("a", after=("b",))(noop)
    fixtures.seeder("b", after=("a",))(noop)
    with pytest.raises(ValueError, match="a -> b -> a"):
        fixtures.seeding_order()


def test_the_registered_services_keep_their_order() -> None:
    # No handler module declares a dependency yet, so seeding (and every seeded id) is unchanged.
    assert fixtures.seeding_order() == list(fixtures.SEEDERS)
