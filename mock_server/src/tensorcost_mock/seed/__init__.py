"""One seeder per service, reading the world (``world/``); ``order.py`` runs them in order."""
