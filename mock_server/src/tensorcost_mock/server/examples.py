"""Answers taken from the spec itself: an operation's examples, ``Prefer``, example headers, and
the deprecation headers (and sunset) of deprecated operations."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any

from tensorcost_mock.api.context import Reply
from tensorcost_mock.auth import REALM
from tensorcost_mock.errors import ApiError
from tensorcost_mock.rate_limit import RateDecision
from tensorcost_mock.spec import Operation, Spec

#: Used when a deprecated operation documents no Sunset header example.
DEFAULT_SUNSET = "Wed, 30 Sep 2026 23:59:59 GMT"
_PREFER = re.compile(r"(code|example)\s*=\s*\"?([^\s,;\"]+)\"?")


@dataclass(frozen=True)
class Sunset:
    """A deprecated operation's headers (read from its success response's header examples)."""

    at: datetime
    headers: dict[str, str]
    successor: str

    @classmethod
    def of(cls, spec: Spec, op: Operation) -> Sunset:
        examples: dict[str, str] = {}
        resp = op.response_for(op.success_status)
        for name, ptr in (resp.headers if resp else {}).items():
            header = spec.resolve_pointer(ptr.rsplit("/schema", 1)[0])
            if "example" in header:
                examples[name.lower()] = str(header["example"])
        link = examples.get("link", '</v1/>; rel="successor-version"')
        sunset = examples.get("sunset", DEFAULT_SUNSET)
        successor = link.split(">", 1)[0].lstrip("<")
        successor_op = next(
            (o for o in spec.operations if o.path == successor and o.method == op.method), None
        )
        return cls(
            at=parsedate_to_datetime(sunset),
            headers={"Deprecation": examples.get("deprecation", "true"), "Sunset": sunset, "Link": link},
            successor=f"{op.method} {successor}" if successor_op else successor,
        )

    def check(self, op: Operation, now: datetime) -> dict[str, str]:
        """The headers before the sunset; 410 GONE after it."""
        if now > self.at:
            raise ApiError(
                410,
                "GONE",
                f"{op.method} {op.path} was removed on {self.at:%Y-%m-%d}; use {self.successor}",
                headers={"Link": self.headers["Link"]},
            )
        return dict(self.headers)


class Examples:
    """The spec's examples as replies."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.sunsets = {op.operation_id: Sunset.of(spec, op) for op in spec.operations if op.deprecated}

    def body(self, op: Operation, status: int, name: str | None = None) -> tuple[Any, str]:
        resp = op.response_for(status)
        if resp is None:
            raise ApiError(500, "INTERNAL_ERROR", f"{op.operation_id} documents no {status}")
        for media_type, media in resp.content.items():
            if name is not None:
                if name in media.examples:
                    return media.examples[name], media_type
                continue
            if media.example is not None:
                return media.example, media_type
            if media.examples:
                return next(iter(media.examples.values())), media_type
        if not resp.content:
            return b"", ""
        if name is not None:
            raise ApiError(
                400, "VALIDATION_FAILED", f"{op.operation_id} has no example named {name!r} for {status}"
            )
        raise ApiError(500, "INTERNAL_ERROR", f"{op.operation_id} has no example for {status} and no handler")

    def reply(self, op: Operation, status: int, trace_id: str, name: str | None = None) -> Reply:
        body, media_type = self.body(op, status, name)
        if isinstance(body, dict) and "trace_id" in body:
            body = {**body, "trace_id": trace_id}
        if isinstance(body, str) and not media_type.endswith("json"):
            body = body.encode()
        return Reply(status, body, {}, media_type or "application/json")

    def success(self, op: Operation, trace_id: str) -> Reply:
        """The success example of an operation without a handler (one page only when paginated)."""
        reply = self.reply(op, op.success_status, trace_id)
        if op.paginated and isinstance(reply.body, dict) and reply.body.get("next_cursor"):
            # One page only: a client that follows next_cursor would otherwise loop forever.
            reply.body = {**reply.body, "next_cursor": None}
        return reply

    def preferred(self, op: Operation, prefer: str, trace_id: str) -> Reply:
        """Prism's ``Prefer: code=404`` / ``Prefer: example=name``, limited to what the spec documents."""
        wanted = dict(_PREFER.findall(prefer))
        code = wanted.get("code")
        name = wanted.get("example")
        if code is not None:
            if not code.isdigit() or op.responses.get(code) is None:
                raise ApiError(
                    400,
                    "VALIDATION_FAILED",
                    f"Prefer: code={code} is not a status {op.operation_id} documents ({', '.join(op.responses)})",
                    [
                        {
                            "location": "header",
                            "field": "Prefer",
                            "message": f"code must be one of {', '.join(op.responses)}",
                        }
                    ],
                )
            return self.reply(op, int(code), trace_id, name)
        if name is not None:
            for status in op.responses:
                if status.isdigit() and any(
                    name in m.examples for m in op.responses[status].content.values()
                ):
                    return self.reply(op, int(status), trace_id, name)
            raise ApiError(
                400,
                "VALIDATION_FAILED",
                f"{op.operation_id} has no example named {name!r}",
                [{"location": "header", "field": "Prefer", "message": "names no example of this operation"}],
            )
        return self.reply(op, op.success_status, trace_id)

    def fill_headers(
        self, op: Operation | None, status: int, headers: dict[str, str], decision: RateDecision
    ) -> None:
        """Documented headers an example reply lacks: Retry-After, WWW-Authenticate, else the spec's example."""
        resp = op.response_for(status) if op else None
        if resp is None:
            return
        present = {k.lower() for k in headers}
        for name, ptr in resp.headers.items():
            if name.lower() in present:
                continue
            if name.lower() == "retry-after":
                headers[name] = str(max(decision.retry_after, 1))
            elif name.lower() == "www-authenticate":
                headers[name] = REALM
            else:
                header = self.spec.resolve_pointer(ptr.rsplit("/schema", 1)[0])
                example = header.get("example", (header.get("schema") or {}).get("example"))
                if example is not None:
                    headers[name] = str(example)
