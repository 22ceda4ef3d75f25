"""The registry (:mod:`tensorcost_mock.handlers.registry`): the one list of service modules, the
order their seeders run in, who subscribes to which event and the plain functions one service
reads of another, handed to the runtime. Every service is split into ``api/<svc>.py`` (handlers),
``domain/<svc>.py`` (rules) and ``seed/<svc>.py`` (seeder)."""
