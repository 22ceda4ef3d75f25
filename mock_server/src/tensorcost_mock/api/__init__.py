"""Thin handlers, one module per service: parse the request, call the service's domain rules,
render the answer (``context.py``: the request context, ``Reply`` and ``@handler``)."""
