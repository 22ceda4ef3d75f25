"""The code generated from openapi/tensorcost.yaml (codegen/generate.py); never edited by hand.

`models`: one attrs class or `Literal` enum per schema, imported lazily; `api`: the typed
per-tag services and the protocols the runtime implements; `types`: the parsers the models use.
"""
