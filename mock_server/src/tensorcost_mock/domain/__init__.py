"""Per-service rules without HTTP, one module per service; modules never import each other
(cross-service effects go through :mod:`tensorcost_mock.events`). ``common.py`` and ``refs.py``
hold what every service shares: id schemes, record helpers, the ids of seeded records."""
