"""Serve: a SPARQL 1.1 Protocol endpoint over a graph file or a store folder, read-only
unless asked otherwise.

``/sparql`` takes a query by GET (``?query=``) or POST (``application/sparql-query`` or
``application/x-www-form-urlencoded`` bodies) and answers, by content negotiation (or a
``format``/``output`` parameter), SPARQL JSON, XML, CSV or TSV results, and Turtle,
N-Triples, RDF/XML or JSON-LD for CONSTRUCT and DESCRIBE. ``/`` is a small query page
with the example queries, ``/map`` the relationship map.

Queries run in worker processes over the graph opened read-only (a graph file is first
copied into a temporary Oxigraph store, so workers start fast and share it): a query that
outlives ``timeout`` is really stopped, by stopping its worker, and answered 503; at most
``max_rows`` rows (or triples) are returned, the cut being named in a ``KG-Row-Limit``
header. Updates are refused with 403, and so are federated queries (``SERVICE``) and
``LOAD``, so the server never fetches other URLs. Every answer allows cross-origin requests.

With ``allow_updates`` (``kg serve --allow-updates``), SPARQL Update is accepted by POST
(``application/sparql-update``, or ``update=`` in a form) and answered 204: one worker
opens the graph writable and runs both updates and queries, so every client sees every
write; an update that outlives ``timeout`` is stopped like a query, and nothing of it is
kept. A store folder is changed in place (its default graph); a graph file is never
changed, only the server's temporary copy of it, which goes when the server stops.

A store folder is read as it was when the workers opened it: restart ``kg serve`` after
``kg build --store`` into it (Oxigraph leaves a writer beside read-only readers undefined).
"""

from __future__ import annotations

import html
import json
import logging
import queue
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import islice
from multiprocessing.connection import Connection
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from kg.errors import InputError, KGError, OutputError
from kg.query import calls_other_endpoints, one_line_message

log = logging.getLogger(__name__)

#: Result formats of SELECT and ASK, by media type: the name kg's formatters know them by.
RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
#: Graph formats of CONSTRUCT and DESCRIBE, by media type: rdflib's serializer names.
GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/n-triples": "nt",
    "application/rdf+xml": "xml",
    "application/ld+json": "json-ld",
}
_SHORT_NAMES = {
    "json": ("application/sparql-results+json", "application/ld+json"),
    "xml": ("application/sparql-results+xml", "application/rdf+xml"),
    "csv": ("text/csv", None),
    "tsv": ("text/tab-separated-values", None),
    "turtle": (None, "text/turtle"),
    "ttl": (None, "text/turtle"),
    "nt": (None, "application/n-triples"),
    "ntriples": (None, "application/n-triples"),
    "n-triples": (None, "application/n-triples"),
    "rdf+xml": (None, "application/rdf+xml"),
    "rdfxml": (None, "application/rdf+xml"),
    "json-ld": (None, "application/ld+json"),
    "jsonld": (None, "application/ld+json"),
}
#: One white-space character a repetition, not a run: runs inside a repeated group split
#: a query's leading white space every way before it fails (30 spaces before SELECT took
#: the server minutes).
_UPDATE = re.compile(
    r"""^(?:\s|\#[^\n]*(?:\n|$)|PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)*
        (?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b""",
    re.IGNORECASE | re.VERBOSE,
)
MAX_BODY = 1 << 20
"""The largest request body accepted, in bytes."""
WORKER_WAIT = 30.0
"""Seconds a request may wait for a free query worker."""
MAP_TOP = 500
"""The most connected entities the served map shows."""
_CORS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "KG-Row-Limit",
}


@dataclass(frozen=True, slots=True)
class Reply:
    """One HTTP answer: status, media type, body and extra headers."""

    status: int
    content_type: str
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()

    @classmethod
    def text(cls, status: int, message: str) -> Reply:
        """A plain-text answer, for errors: one line that says what to do."""
        return cls(status, "text/plain; charset=utf-8", (message.rstrip("\n") + "\n").encode("utf-8"))


def negotiate(accept: str, offered: dict[str, str], default: str) -> str | None:
    """The media type of ``offered`` that the ``Accept`` header ``accept`` prefers, the
    ``default`` for ``*/*`` or no header, ``None`` when nothing offered is acceptable.

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", RESULT_TYPES, "application/json")
    'application/sparql-results+xml'
    >>> negotiate("text/html,*/*;q=0.8", RESULT_TYPES, "application/sparql-results+json")
    'application/sparql-results+json'
    >>> negotiate("image/png", RESULT_TYPES, "application/sparql-results+json") is None
    True
    """
    if not accept.strip():
        return default
    ranges = []
    for position, part in enumerate(accept.split(",")):
        media, *parameters = (piece.strip() for piece in part.split(";"))
        quality = 1.0
        for parameter in parameters:
            name, _, value = parameter.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        ranges.append((-quality, position, media.lower()))
    for negative_quality, _, media in sorted(ranges):
        if negative_quality >= 0:
            break
        if media in offered:
            return media
        if media == "*/*":
            return default
        if media.endswith("/*"):
            family = media[:-1]
            if default.startswith(family):
                return default
            match = next((m for m in offered if m.startswith(family)), None)
            if match is not None:
                return match
    return None


def is_update(sparql: str) -> bool:
    """Whether ``sparql`` is a SPARQL Update request rather than a query.

    >>> is_update("PREFIX ex: <http://example.org/#>  # add one\\nINSERT DATA { ex:a ex:b ex:c }")
    True
    >>> is_update("SELECT * WHERE { ?s ?p ?o }")
    False
    """
    return _UPDATE.match(sparql) is not None


def answer(graph, sparql: str, *, accept: str = "", fmt: str | None = None, max_rows: int = 10_000) -> Reply:
    """Run ``sparql`` over ``graph`` and serialize the result the way the client asked.

    ``fmt`` is a ``format``/``output`` parameter (``json``, ``csv``, ``turtle`` … or a media
    type); it wins over ``accept`` when it suits the query form.
    """
    from kg.errors import QueryError
    from kg.query import run_query

    try:
        result = run_query(graph, sparql)
    except QueryError as error:
        return Reply.text(HTTPStatus.BAD_REQUEST, str(error))
    graph_form = result.type in ("CONSTRUCT", "DESCRIBE")
    offered = GRAPH_TYPES if graph_form else RESULT_TYPES
    media = _requested(fmt, offered, graph_form) or negotiate(
        accept, offered, "text/turtle" if graph_form else "application/sparql-results+json"
    )
    if media is None:
        return Reply.text(
            HTTPStatus.NOT_ACCEPTABLE,
            f"cannot answer a {result.type} query as {accept!r}; accept one of: {', '.join(offered)}",
        )
    try:
        return _serialize(graph, result, media, offered[media], max_rows)
    except Exception as error:  # Oxigraph evaluates lazily: errors can come while reading rows
        message = (str(error).splitlines() or [type(error).__name__])[0]
        return Reply.text(HTTPStatus.INTERNAL_SERVER_ERROR, f"query failed: {message}")


def apply_update(graph, sparql: str) -> Reply:
    """Run the SPARQL Update ``sparql`` on ``graph`` (opened writable): 204 when done, 400
    with the position of the error when it is malformed."""

    try:
        graph.update(sparql)
    except SyntaxError as error:
        return Reply.text(HTTPStatus.BAD_REQUEST, f"malformed SPARQL update: {one_line_message(str(error))}")
    except Exception as error:  # Oxigraph raises OSError and ValueError while evaluating
        return Reply.text(
            HTTPStatus.INTERNAL_SERVER_ERROR, f"update failed: {one_line_message(str(error) or type(error).__name__)}"
        )
    return Reply(HTTPStatus.NO_CONTENT, "text/plain; charset=utf-8", b"")


def _serialize(graph, result, media: str, fmt_name: str, max_rows: int) -> Reply:
    from rdflib import Graph, Variable
    from rdflib.query import Result

    from kg.query import format_result

    headers: tuple[tuple[str, str], ...] = ()
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        triples = list(islice(result.graph, max_rows + 1))
        if len(triples) > max_rows:
            triples, headers = triples[:max_rows], (("KG-Row-Limit", str(max_rows)),)
        out = Graph(bind_namespaces="core")
        for prefix, namespace in graph.namespaces():
            out.bind(prefix, namespace, override=True)
        for triple in triples:
            out.add(triple)
        body = out.serialize(format=fmt_name, encoding="utf-8")
        return Reply(HTTPStatus.OK, _with_charset(media), body, headers)
    limited = Result(result.type)
    if result.type == "ASK":
        limited.askAnswer = result.askAnswer
    else:
        limited.vars = result.vars
        rows = list(islice(result, max_rows + 1))
        if len(rows) > max_rows:
            rows, headers = rows[:max_rows], (("KG-Row-Limit", str(max_rows)),)
        limited.bindings = [{Variable(name): term for name, term in row.asdict().items()} for row in rows]
    if fmt_name == "xml":
        body = limited.serialize(format="xml", encoding="utf-8")
    else:
        body = format_result(limited, fmt_name).encode("utf-8")
    return Reply(HTTPStatus.OK, _with_charset(media), body, headers)


def _requested(fmt: str | None, offered: dict[str, str], graph_form: bool) -> str | None:
    if not fmt:
        return None
    fmt = fmt.strip().lower()
    if fmt in offered:
        return fmt
    pair = _SHORT_NAMES.get(fmt)
    return pair[1 if graph_form else 0] if pair else None


def _with_charset(media: str) -> str:
    return f"{media}; charset=utf-8"


# --- worker processes ------------------------------------------------------------------


_WORKER_CODE = (
    "import sys; from kg.serve import worker_process; "
    "worker_process(int(sys.argv[1]), sys.argv[2], writable=sys.argv[3] == 'writable')"
)


def worker_process(descriptor: int, source: str, *, writable: bool = False) -> None:
    """The entry point of a worker process (see :class:`WorkerPool`): talk over the
    socket ``descriptor`` to the server about the graph at ``source``."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    _worker_main(Connection(descriptor), source, writable=writable)


def _worker_main(connection: Connection, source: str, *, writable: bool = False) -> None:
    """A worker: open the graph (read-only unless ``writable``), then answer requests
    until the socket closes."""
    from kg.store import load_graph, open_store

    try:
        graph = open_store(source, writable=True) if writable else load_graph(source)
        connection.send(("ready", len(graph)))
    except Exception as error:
        connection.send(("failed", str(error)))
        return
    while True:
        try:
            request = connection.recv()
        except (EOFError, OSError):
            return
        try:
            if request.get("map"):
                from kg.render import render_map

                reply = Reply(HTTPStatus.OK, "text/html; charset=utf-8", render_map(graph, top=MAP_TOP).encode())
            elif "update" in request:
                reply = apply_update(graph, request["update"]) if writable else _read_only()
            else:
                reply = answer(
                    graph,
                    request["query"],
                    accept=request["accept"],
                    fmt=request["format"],
                    max_rows=request["max_rows"],
                )
        except Exception as error:  # a bug must not take the worker down
            log.exception("kg serve: internal error")
            reply = Reply.text(HTTPStatus.INTERNAL_SERVER_ERROR, f"internal error: {type(error).__name__}: {error}")
        try:
            connection.send(reply)
        except (EOFError, OSError):
            return


@dataclass(slots=True, eq=False)
class _Worker:
    process: subprocess.Popen
    connection: Connection
    triples: int = 0


@dataclass(slots=True)
class WorkerPool:
    """Worker processes that each hold the graph open; a worker whose query runs too long
    is stopped and replaced.

    Workers are plain ``python -c`` processes in a session of their own (a terminal's
    Ctrl-C goes to the server alone, which stops them), joined to the server by a socket
    pair; unlike ``multiprocessing``'s spawn they do not re-run the caller's ``__main__``.
    """

    source: str
    size: int = 2
    writable: bool = False
    """Whether the workers open the graph for updates (then there must be one)."""
    _idle: queue.Queue = field(default_factory=queue.Queue)
    _workers: set = field(default_factory=set)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _closed: bool = False
    _failure: str | None = None

    def start(self, *, wait: float = 120.0) -> int:
        """Start the workers; wait for the first to be ready and return its triple count."""
        for _ in range(self.size):
            self._spawn()
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            try:
                worker = self._idle.get(timeout=0.05)
            except queue.Empty:
                if self._failure is not None:
                    self.close()
                    raise InputError(self._failure) from None
                continue
            self._idle.put(worker)
            return worker.triples
        self.close()
        raise OutputError(f"{self.source}: the query workers did not start within {wait:g} s")

    def _spawn(self) -> None:
        threading.Thread(target=self._start_one, daemon=True, name="kg-serve-spawn").start()

    def _start_one(self) -> None:
        try:
            self._start_worker()
        except Exception as error:  # reported by start(), not lost in a thread
            self._failure = f"a query worker could not start ({type(error).__name__}: {error})"

    def _start_worker(self) -> None:
        ours, theirs = socket.socketpair()
        try:
            process = subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    _WORKER_CODE,
                    str(theirs.fileno()),
                    self.source,
                    "writable" if self.writable else "read-only",
                ],
                pass_fds=(theirs.fileno(),),
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
        finally:
            theirs.close()
        connection = Connection(ours.detach())
        try:
            status, detail = connection.recv()
        except (EOFError, OSError):
            status, detail = "failed", "a query worker stopped while opening the graph"
        if status != "ready":
            self._failure = str(detail)
            process.kill()
            process.wait(timeout=5)
            connection.close()
            return
        worker = _Worker(process, connection, int(detail))
        with self._lock:
            if self._closed:
                self._stop(worker)
                return
            self._workers.add(worker)
        self._idle.put(worker)

    def run(self, request: dict, timeout: float) -> Reply:
        """Send ``request`` to an idle worker; stop it if no answer comes within ``timeout``.

        Waiting for a worker (busy, or starting after a stopped query) is not part of the
        ``timeout``, but is given up after ``max(timeout, WORKER_WAIT)`` seconds.
        """
        wait = max(timeout, WORKER_WAIT)
        try:
            worker = self._idle.get(timeout=wait)
        except queue.Empty:
            return Reply.text(
                HTTPStatus.SERVICE_UNAVAILABLE,
                f"every query worker stayed busy for {wait:g} s; try again later",
            )
        try:
            worker.connection.send(request)
            if worker.connection.poll(timeout):
                reply = worker.connection.recv()
                self._idle.put(worker)
                return reply
        except (EOFError, OSError):
            self._replace(worker)
            return Reply.text(HTTPStatus.INTERNAL_SERVER_ERROR, "the query worker stopped unexpectedly; try again")
        self._replace(worker)
        what = "update" if "update" in request else "query"
        return Reply.text(
            HTTPStatus.SERVICE_UNAVAILABLE,
            f"the {what} ran longer than {timeout:g} s and was stopped; narrow it down "
            f"(LIMIT, more specific patterns) or start kg serve with a larger --timeout",
        )

    def _replace(self, worker: _Worker) -> None:
        with self._lock:
            self._workers.discard(worker)
            closed = self._closed
        self._stop(worker)
        if not closed:
            self._spawn()

    @staticmethod
    def _stop(worker: _Worker) -> None:
        worker.process.kill()
        worker.process.wait(timeout=5)
        worker.connection.close()

    def close(self) -> None:
        """Stop every worker."""
        with self._lock:
            self._closed = True
            workers, self._workers = list(self._workers), set()
        for worker in workers:
            self._stop(worker)


# --- the HTTP server ---------------------------------------------------------------------


class SparqlServer(ThreadingHTTPServer):
    """A SPARQL 1.1 Protocol endpoint over ``source`` (a graph file or a store folder),
    read-only unless ``allow_updates``. Call :meth:`serve_forever`, then :meth:`close`.

    ``workers`` query worker processes share the work (2 by default); with
    ``allow_updates`` there is one, which opens the graph writable, so that every query
    sees every update.

    Examples
    --------
    >>> import tempfile, pathlib, threading, urllib.request
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "g.ttl").write_text("<urn:x:a> <urn:x:p> 'b' .", encoding="utf-8")
    >>> server = SparqlServer(folder / "g.ttl", port=0, workers=1)
    >>> threading.Thread(target=server.serve_forever, daemon=True).start()
    >>> query = "query=ASK%20%7B%20%3Curn:x:a%3E%20?p%20?o%20%7D"
    >>> urllib.request.urlopen(f"{server.url}?{query}").read()
    b'{"head": {}, "boolean": true}\\n'
    >>> server.close()
    """

    daemon_threads = True
    allow_reuse_address = True

    def __init__(
        self,
        source: str | Path,
        *,
        host: str = "127.0.0.1",
        port: int = 7878,
        timeout: float = 10.0,
        max_rows: int = 10_000,
        workers: int | None = None,
        allow_updates: bool = False,
    ) -> None:
        if allow_updates and workers not in (None, 1):
            raise InputError(
                f"updates are served by one worker, so that every query sees every update; "
                f"--workers {workers} cannot go with --allow-updates"
            )
        self.source = Path(source)
        self.query_timeout = timeout
        self.max_rows = max_rows
        self.allow_updates = allow_updates
        self._snapshot: Path | None = None
        self._map: bytes | None = None
        self._running = False
        readable = self._readable(self.source)
        self.pool = WorkerPool(str(readable), size=1 if allow_updates else workers or 2, writable=allow_updates)
        try:
            super().__init__((host, port), _Handler)
        except OSError as error:
            self._remove_snapshot()
            raise OutputError(
                f"{host}:{port}: cannot listen there ({error.strerror or error}); choose another --port"
            ) from error
        try:
            self.triples = self.pool.start()
        except KGError:
            self.server_close()
            self._remove_snapshot()
            raise

    def _readable(self, source: Path) -> Path:
        """A store folder the workers can open read-only: ``source`` itself, or a
        temporary copy of a graph file."""
        from kg.store import copy_into_store, load_graph

        if not source.is_file():
            load_graph(source)  # a store is checked here; anything else is refused here
            return source
        self._snapshot = Path(tempfile.mkdtemp(prefix="kg-serve-"))
        try:
            copy_into_store(source, self._snapshot)  # dropped at once: the workers open it read-only
        except KGError:
            self._remove_snapshot()
            raise
        return self._snapshot

    @property
    def is_copy(self) -> bool:
        """Whether the server answers from a temporary copy of a graph file (which updates
        change, never the file), rather than from the store folder itself."""
        return self._snapshot is not None

    @property
    def base_url(self) -> str:
        """Where the server listens (``http://host:port``); the query page is at ``/``."""
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def url(self) -> str:
        """The endpoint's URL (``http://host:port/sparql``)."""
        return f"{self.base_url}/sparql"

    def map_page(self) -> Reply:
        """The relationship map, made once by a worker and kept."""
        if self._map is None:
            reply = self.pool.run({"map": True}, max(60.0, self.query_timeout))
            if reply.status != HTTPStatus.OK:
                return reply
            self._map = reply.body
        return Reply(HTTPStatus.OK, "text/html; charset=utf-8", self._map)

    def run_update(self, sparql: str) -> Reply:
        """Run one SPARQL Update within the query timeout (refused unless ``allow_updates``)."""
        if not self.allow_updates:
            return _read_only()
        reply = self.pool.run({"update": sparql}, self.query_timeout)
        if reply.status < 300:
            self._map = None  # drawn again from the changed graph
        return reply

    def serve_forever(self, poll_interval: float = 0.5) -> None:
        self._running = True
        try:
            super().serve_forever(poll_interval)
        finally:
            self._running = False

    def close(self) -> None:
        """Stop serving, stop the workers and remove any temporary copy of the graph."""
        if self._running:
            self.shutdown()
        self.server_close()
        self.pool.close()
        self._remove_snapshot()

    def _remove_snapshot(self) -> None:
        if self._snapshot is not None:
            shutil.rmtree(self._snapshot, ignore_errors=True)
            self._snapshot = None


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    server_version = "kg-serve"
    protocol_version = "HTTP/1.1"

    def setup(self) -> None:
        super().setup()
        # Headers and body leave in two writes; without this, Nagle's algorithm and a
        # client's delayed ACK hold the body back ~40 ms on a kept-alive connection.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args) -> None:
        log.info("%s %s", self.address_string(), format % args)

    # -- methods

    def do_GET(self) -> None:
        self._dispatch(head=False)

    def do_HEAD(self) -> None:
        self._dispatch(head=True)

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        length = self.headers.get("Content-Length")
        if length is None or not length.isdigit() or int(length) > MAX_BODY:
            self.close_connection = True  # the unread body must not be taken for the next request
            if length is None or not length.isdigit():
                return self._send(Reply.text(HTTPStatus.LENGTH_REQUIRED, "a POST needs a Content-Length"))
            return self._send(
                Reply.text(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"the request body is over {MAX_BODY} bytes")
            )
        body = self.rfile.read(int(length))
        if url.path not in ("/sparql", "/"):
            return self._send(Reply.text(HTTPStatus.NOT_FOUND, f"no such page {url.path}; the endpoint is /sparql"))
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        parameters = self._parameters(url.query)
        if parameters is None:
            return None
        if media == "application/sparql-update":
            if not self.server.allow_updates:
                return self._send(_read_only())
            try:
                update = body.decode("utf-8")
            except UnicodeDecodeError:
                return self._send(Reply.text(HTTPStatus.BAD_REQUEST, "the update is not UTF-8"))
            return self._send(self._update(parameters, [update]))
        if media == "application/sparql-query":
            try:
                parameters["query"] = [body.decode("utf-8")]
            except UnicodeDecodeError:
                return self._send(Reply.text(HTTPStatus.BAD_REQUEST, "the query is not UTF-8"))
        elif media == "application/x-www-form-urlencoded":
            form = self._parameters(body.decode("latin-1"))
            if form is None:
                return None
            if "update" in form:
                updates = form.pop("update")
                return self._send(self._update({**parameters, **form}, updates))
            parameters.update(form)
        else:
            return self._send(
                Reply.text(
                    HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                    f"cannot read a {media or 'body without a Content-Type'}; POST application/sparql-query, "
                    f"application/sparql-update or application/x-www-form-urlencoded",
                )
            )
        return self._send(self._query(parameters))

    def do_OPTIONS(self) -> None:
        self._send(
            Reply(HTTPStatus.NO_CONTENT, "text/plain", b""),
            extra=(
                ("Access-Control-Allow-Methods", "GET, POST, OPTIONS"),
                ("Access-Control-Allow-Headers", "Content-Type, Accept"),
                ("Access-Control-Max-Age", "86400"),
            ),
        )

    def _refuse_method(self) -> None:
        why = (
            "POST updates to /sparql as application/sparql-update"
            if self.server.allow_updates
            else "this endpoint is read-only"
        )
        self._send(
            Reply.text(HTTPStatus.METHOD_NOT_ALLOWED, f"{self.command} is not allowed: {why}"),
            extra=(("Allow", "GET, HEAD, POST, OPTIONS"),),
        )

    do_PUT = do_DELETE = do_PATCH = _refuse_method

    # -- pages

    def _dispatch(self, *, head: bool) -> None:
        url = urlsplit(self.path)
        parameters = self._parameters(url.query)
        if parameters is None:
            return
        if url.path == "/map":
            return self._send(self.server.map_page(), head=head)
        if url.path == "/" and "query" not in parameters:
            page = query_page(updates=self.server.allow_updates)
            return self._send(Reply(HTTPStatus.OK, "text/html; charset=utf-8", page.encode()), head=head)
        if url.path not in ("/sparql", "/"):
            return self._send(Reply.text(HTTPStatus.NOT_FOUND, f"no such page {url.path}; the endpoint is /sparql"))
        if "update" in parameters:
            if not self.server.allow_updates:
                return self._send(_read_only())
            return self._send(
                Reply(
                    HTTPStatus.METHOD_NOT_ALLOWED,
                    "text/plain; charset=utf-8",
                    b"an update must be POSTed: as application/sparql-update, or as update= in a form\n",
                    (("Allow", "POST"),),
                )
            )
        return self._send(self._query(parameters), head=head)

    def _query(self, parameters: dict[str, list[str]]) -> Reply:
        queries = parameters.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            return Reply.text(
                HTTPStatus.BAD_REQUEST,
                "give exactly one SPARQL query: GET /sparql?query=…, or POST it as application/sparql-query",
            )
        if parameters.get("default-graph-uri") or parameters.get("named-graph-uri"):
            return Reply.text(
                HTTPStatus.BAD_REQUEST,
                "default-graph-uri and named-graph-uri are not supported; use FROM or GRAPH in the query",
            )
        if is_update(queries[0]):
            if not self.server.allow_updates:
                return _read_only()
            return Reply.text(
                HTTPStatus.BAD_REQUEST,
                "this is an update, not a query: POST it as application/sparql-update, or as update= in a form",
            )
        if calls_other_endpoints(queries[0]):
            return _fetches_nothing()
        fmt = next((v for key in ("format", "output") for v in parameters.get(key, []) if v), None)
        request = {
            "query": queries[0],
            "accept": self.headers.get("Accept") or "",
            "format": fmt,
            "max_rows": self.server.max_rows,
        }
        return self.server.pool.run(request, self.server.query_timeout)

    def _update(self, parameters: dict[str, list[str]], updates: list[str]) -> Reply:
        if not self.server.allow_updates:
            return _read_only()
        if "query" in parameters:
            return Reply.text(HTTPStatus.BAD_REQUEST, "give a query or an update, not both")
        if len(updates) != 1 or not updates[0].strip():
            return Reply.text(
                HTTPStatus.BAD_REQUEST,
                "give exactly one SPARQL update: POST it as application/sparql-update, or as update= in a form",
            )
        if parameters.get("using-graph-uri") or parameters.get("using-named-graph-uri"):
            return Reply.text(
                HTTPStatus.BAD_REQUEST,
                "using-graph-uri and using-named-graph-uri are not supported; use USING or WITH in the update",
            )
        if calls_other_endpoints(updates[0]):
            return _fetches_nothing()
        return self.server.run_update(updates[0])

    def _parameters(self, text: str) -> dict[str, list[str]] | None:
        try:
            return parse_qs(text, keep_blank_values=True, encoding="utf-8", errors="strict")
        except (UnicodeDecodeError, ValueError):
            self._send(Reply.text(HTTPStatus.BAD_REQUEST, "the parameters are not UTF-8 percent-encoded"))
            return None

    def _send(self, reply: Reply, *, head: bool = False, extra: tuple[tuple[str, str], ...] = ()) -> None:
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        for name, value in (*_CORS.items(), *reply.headers, *extra):
            self.send_header(name, value)
        if reply.status >= 400:
            self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if not head:
            self.wfile.write(reply.body)


def _read_only() -> Reply:
    return Reply.text(
        HTTPStatus.FORBIDDEN,
        "updates are not allowed: this endpoint is read-only (kg serve --allow-updates accepts them)",
    )


def _fetches_nothing() -> Reply:
    return Reply.text(HTTPStatus.FORBIDDEN, "SERVICE and LOAD are not allowed: kg serve does not fetch other URLs")


# --- the query page ----------------------------------------------------------------------

_DEFAULT_QUERY = """PREFIX kg: <https://w3id.org/kg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?entity ?label WHERE { ?entity skos:prefLabel ?label } LIMIT 20
"""


def example_queries() -> list[tuple[str, str]]:
    """The example queries of a source checkout (``examples/queries/*.rq``) as (title,
    text) pairs, or one simple query when they are not there."""
    folder = Path(__file__).resolve().parent.parent / "examples" / "queries"
    examples = []
    for path in sorted(folder.glob("*.rq")) if folder.is_dir() else ():
        text = path.read_text(encoding="utf-8")
        first = text.splitlines()[0] if text else ""
        examples.append((first.lstrip("# ").strip() or path.stem, text))
    return examples or [("Twenty entities and their labels", _DEFAULT_QUERY)]


def query_page(*, updates: bool = False) -> str:
    """The HTML page at ``/``: a query form that shows results as a table (and says
    whether the endpoint takes ``updates``)."""
    examples = example_queries()
    options = "".join(f'<option value="{i}">{html.escape(title)}</option>' for i, (title, _) in enumerate(examples))
    texts = json.dumps([text for _, text in examples], ensure_ascii=False).replace("</", "<\\/")
    access = (
        "SPARQL 1.1 query and update (POST <code>application/sparql-update</code>)"
        if updates
        else "Read-only SPARQL 1.1"
    )
    return (
        _PAGE.replace("{{ACCESS}}", access)
        .replace("{{OPTIONS}}", options)
        .replace("{{EXAMPLES}}", texts)
        .replace("{{FIRST}}", html.escape(examples[0][1]))
    )


_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>kg SPARQL endpoint</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;max-width:70em}
textarea{width:100%;height:14em;font:13px monospace}
table{border-collapse:collapse;margin-top:1em}td,th{border:1px solid #ccc;padding:2px 6px;text-align:left}
#status{color:#555;margin-left:1em}pre{background:#f6f6f6;padding:1em;overflow:auto}
</style></head><body>
<h1>kg SPARQL endpoint</h1>
<p>{{ACCESS}} at <code>/sparql</code> (GET <code>?query=</code> or POST).
See also the <a href="/map">relationship map</a>.</p>
<form id="form" method="get" action="/sparql">
<p><label>Example <select id="examples">{{OPTIONS}}</select></label></p>
<textarea name="query" id="query">{{FIRST}}</textarea>
<p><label>Results as <select name="format" id="format">
<option value="">table</option><option value="json">JSON</option><option value="xml">XML</option>
<option value="csv">CSV</option><option value="tsv">TSV</option><option value="turtle">Turtle</option>
</select></label> <button type="submit">Run</button><span id="status"></span></p>
</form><div id="out"></div>
<script>
const examples = {{EXAMPLES}};
const $ = (id) => document.getElementById(id);
$("examples").onchange = () => { $("query").value = examples[$("examples").value]; };
$("form").onsubmit = async (event) => {
  if ($("format").value) return;
  event.preventDefault();
  $("status").textContent = "running…"; $("out").textContent = "";
  const started = performance.now();
  const response = await fetch("/sparql", {method: "POST", body: $("query").value,
    headers: {"Content-Type": "application/sparql-query",
              "Accept": "application/sparql-results+json, text/turtle;q=0.9"}});
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const type = response.headers.get("Content-Type") || "";
  if (!response.ok || !type.includes("json")) {
    const pre = document.createElement("pre"); pre.textContent = await response.text();
    $("out").appendChild(pre); $("status").textContent = response.status + " in " + seconds + " s"; return;
  }
  const data = await response.json();
  if ("boolean" in data) { $("out").textContent = String(data.boolean); $("status").textContent = seconds + " s"; return; }
  const table = document.createElement("table"), head = table.insertRow();
  for (const name of data.head.vars) { const th = document.createElement("th"); th.textContent = name; head.appendChild(th); }
  for (const binding of data.results.bindings) {
    const row = table.insertRow();
    for (const name of data.head.vars) row.insertCell().textContent = binding[name] ? binding[name].value : "";
  }
  $("out").appendChild(table);
  const cut = response.headers.get("KG-Row-Limit");
  $("status").textContent = data.results.bindings.length + " rows in " + seconds + " s" + (cut ? " (cut at " + cut + ")" : "");
};
</script></body></html>
"""
