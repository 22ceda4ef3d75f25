"""A tiny loopback HTTP/1.1 server for bench/sdk_bench.py: serves spec examples, keep-alive.

    python bench/sdk_server.py PORT

GET /v1/tenant and /v1/cost/summary answer the spec's examples, GET /v1/ai/spend a 500-event page
built from its examples; GET /v1/gpu/instances serves
TOTAL_ITEMS instances in pages chained by `next_cursor`, generated on the fly.
"""

from __future__ import annotations

import copy
import json
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import yaml

SPEC = yaml.safe_load((Path(__file__).resolve().parents[1] / "openapi" / "tensorcost.yaml").read_text())
TOTAL_ITEMS = 100_000


def example(path: str, status: str = "200") -> dict[str, object]:
    content = SPEC["paths"][path]["get"]["responses"][status]["content"]["application/json"]
    return content["example"]


BODIES = {
    "/v1/tenant": json.dumps(example("/v1/tenant")).encode(),
    "/v1/cost/summary": json.dumps(example("/v1/cost/summary")).encode(),
}
INSTANCE = example("/v1/gpu/instances")["data"][0]  # type: ignore[index]
SPEND_EVENTS = example("/v1/ai/spend")["data"]  # type: ignore[index]
SPEND_PAGE_SIZE = 500


def spend_page() -> bytes:
    """A 500-event page of `GET /v1/ai/spend` (the spec's examples, repeated with distinct ids)."""
    events = []
    for n in range(SPEND_PAGE_SIZE):
        event = copy.deepcopy(SPEND_EVENTS[n % len(SPEND_EVENTS)])  # type: ignore[index]
        event["id"] = f"evt_{n:012d}"
        events.append(event)
    return json.dumps({"success": True, "data": events, "count": len(events), "next_cursor": None}).encode()


def instances_page(query: dict[str, list[str]]) -> bytes:
    limit = min(int(query.get("limit", ["100"])[0]), 500)
    start = int(query.get("cursor", ["0"])[0])
    end = min(start + limit, TOTAL_ITEMS)
    items = []
    for n in range(start, end):
        item = copy.copy(INSTANCE)
        item["id"] = f"gpu_{n:016d}"
        items.append(item)
    next_cursor = str(end) if end < TOTAL_ITEMS else None
    return json.dumps(
        {"success": True, "data": items, "count": len(items), "next_cursor": next_cursor}
    ).encode()


SPEND = spend_page()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body in one segment: with Nagle and delayed ACKs, two writes cost ~40 ms each.
    wbufsize = 1 << 16
    disable_nagle_algorithm = True

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path == "/v1/gpu/instances":
            body = instances_page(parse_qs(url.query))
        elif url.path == "/v1/ai/spend":
            body = SPEND
        else:
            body = BODIES.get(url.path, b"")
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Request-Id", "bench")
        self.send_header("X-RateLimit-Limit", "1000000")
        self.send_header("X-RateLimit-Remaining", "999999")
        self.send_header("X-RateLimit-Reset", str(int(time.time()) + 60))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        return


if __name__ == "__main__":
    server = ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler)
    print("ready", flush=True)
    server.serve_forever()
