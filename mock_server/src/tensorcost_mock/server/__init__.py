"""The server layer: the app factory, the router, the request pipeline, the control surface."""

from __future__ import annotations

from .app import MockApp, create_app

__all__ = ["MockApp", "create_app"]
