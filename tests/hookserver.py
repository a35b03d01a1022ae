"""A client's web server stand-in on loopback: answers Zadarma's echo check and call events.

``echo`` says how it answers ``GET ?zd_echo=...``: ``"right"`` (the value), ``"wrong"`` (other
text), ``"extra"`` (the value inside other text), ``"404"``; ``answer`` is the JSON body it
returns to POSTed events. Every request is recorded with its headers and form fields.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit


@dataclass
class Hit:
    method: str
    path: str
    query: dict[str, str]
    form: dict[str, str]
    headers: dict[str, str]


@dataclass
class HookServer:
    echo: str = "right"
    answer: Any = field(default_factory=dict)
    hits: list[Hit] = field(default_factory=list)
    url: str = ""

    def posts(self) -> list[Hit]:
        return [h for h in self.hits if h.method == "POST"]


@contextmanager
def hook_server(echo: str = "right", answer: Any = None) -> Iterator[HookServer]:
    state = HookServer(echo=echo, answer=answer if answer is not None else {})

    class Handler(BaseHTTPRequestHandler):
        def _send(self, status: int, body: bytes, kind: str = "text/plain") -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            query = dict(parse_qsl(parts.query))
            state.hits.append(Hit("GET", parts.path, query, {}, dict(self.headers)))
            value = query.get("zd_echo", "")
            if state.echo == "404":
                self._send(404, b"Not Found")
            elif state.echo == "wrong":
                self._send(200, b"OK")
            elif state.echo == "extra":
                self._send(200, f"<html>{value}</html>".encode())
            else:
                self._send(200, value.encode())

        def do_POST(self) -> None:
            parts = urlsplit(self.path)
            length = int(self.headers.get("Content-Length", "0"))
            form = dict(parse_qsl(self.rfile.read(length).decode()))
            state.hits.append(Hit("POST", parts.path, dict(parse_qsl(parts.query)), form,
                                  dict(self.headers)))
            body = (state.answer if isinstance(state.answer, str)
                    else json.dumps(state.answer)).encode()
            self._send(200, body, "application/json")

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{server.server_address[1]}/zadarma"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
