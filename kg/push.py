"""Push: load a graph into any SPARQL 1.1 store with the Graph Store HTTP Protocol.

The graph (a file, or the union graph of a store folder) goes to the store's default
graph or to the named graph ``--graph IRI``, replacing it: the first batch is a ``PUT``,
the following ones ``POST`` to the same graph. With ``documents=True`` a kg store's
document graphs are pushed one by one under their own names, each replaced whole, so
pushing again after a rebuild changes exactly the documents that changed.

Batches are N-Triples (a subset of Turtle) sent as ``text/turtle``, which every Graph
Store implementation reads. A graph with blank nodes goes in one request so that they
keep their identity.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path
from urllib.parse import quote, urlsplit

import pyoxigraph

from kg.errors import InputError, OutputError

BATCH_SIZE = 50_000
"""Triples per request."""


@dataclass(slots=True)
class PushReport:
    """What a push sent."""

    graphs: int = 0
    triples: int = 0
    requests: int = 0
    seconds: float = 0.0


@dataclass(frozen=True, slots=True)
class _Upload:
    """One graph to send: where it goes, and its triples in the local database."""

    target: str | None
    """The remote graph IRI, ``None`` for the default graph."""
    source: pyoxigraph.NamedNode | pyoxigraph.DefaultGraph
    size: int


def push(
    path: str | Path,
    endpoint: str,
    *,
    graph: str | None = None,
    documents: bool = False,
    batch_size: int = BATCH_SIZE,
    timeout: float = 60.0,
    progress: Callable[[int, int], None] | None = None,
) -> PushReport:
    """Upload the graph at ``path`` (a graph file or a store folder) to the Graph Store
    ``endpoint`` (for Oxigraph ``http://host:port/store``), into ``graph`` or the
    default graph; with ``documents``, each document graph of a kg store under its own
    name. ``progress`` is called after each batch with the number of triples it held
    and the number of triples to send in all.
    """
    from kg.store import copy_into_store, open_database, stored_documents

    _check_endpoint(endpoint)
    if batch_size < 1:
        raise InputError(f"batch size {batch_size} is not positive")
    path = Path(path)
    if path.is_dir():
        database = open_database(path)
        held = stored_documents(path)
    else:
        if documents:
            raise InputError(f"{path}: a graph file has no document graphs; push a store folder for that")
        database = copy_into_store(path)
        held = {}
    if documents:
        if graph is not None:
            raise InputError("give --graph IRI or push the document graphs, not both")
        if not held:
            raise InputError(
                f"{path}: not a kg store with document graphs; build one with `kg build PATHS --store DIR`"
            )
        uploads = [
            _Upload(stored.graph, pyoxigraph.NamedNode(stored.graph), stored.triples)
            for stored in sorted(held.values(), key=lambda stored: stored.graph)
        ]
    else:
        uploads = [_Upload(graph, pyoxigraph.DefaultGraph(), _size(database, pyoxigraph.DefaultGraph()))]
    report = PushReport()
    started = time.perf_counter()
    total = sum(upload.size for upload in uploads)
    for upload in uploads:
        sent = _send_graph(database, upload, endpoint, batch_size=batch_size, timeout=timeout, report=report)
        for count in sent:
            if progress is not None:
                progress(count, total)
    report.seconds = time.perf_counter() - started
    return report


def _size(database: pyoxigraph.Store, graph_name) -> int:
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    return int(next(iter(database.query(query, default_graph=graph_name)))[0].value)


def _has_blank_nodes(database: pyoxigraph.Store, graph_name) -> bool:
    return bool(database.query("ASK { ?s ?p ?o FILTER(isBlank(?s) || isBlank(?o)) }", default_graph=graph_name))


def _send_graph(
    database: pyoxigraph.Store,
    upload: _Upload,
    endpoint: str,
    *,
    batch_size: int,
    timeout: float,
    report: PushReport,
) -> Iterator[int]:
    """Send one graph, batch by batch; yield the size of each batch once it is sent."""
    triples = (quad.triple for quad in database.quads_for_pattern(None, None, None, upload.source))
    if _has_blank_nodes(database, upload.source):
        batch_size = max(batch_size, upload.size)
    url = graph_url(endpoint, upload.target)
    what = f"<{upload.target}>" if upload.target else "the default graph"
    batches = _batches(triples, batch_size)
    first = next(batches, [])  # an empty graph is still sent, so that it replaces the remote one
    for number, batch in enumerate(chain([first], batches), start=1):
        body = pyoxigraph.serialize(batch, format=pyoxigraph.RdfFormat.N_TRIPLES) if batch else b""
        method = "PUT" if number == 1 else "POST"
        sent_before = f" after {report.triples} triples" if number > 1 else ""
        _request(method, url, body, timeout=timeout, what=f"{what} (batch {number}{sent_before})")
        report.requests += 1
        report.triples += len(batch)
        yield len(batch)
    report.graphs += 1


def _batches(triples: Iterable[pyoxigraph.Triple], size: int) -> Iterator[list[pyoxigraph.Triple]]:
    iterator = iter(triples)
    while batch := list(islice(iterator, size)):
        yield batch


def graph_url(endpoint: str, graph: str | None) -> str:
    """The Graph Store Protocol URL of ``graph`` (``None``: the default graph).

    >>> graph_url("http://localhost:7878/store", "https://w3id.org/kg/id/document/a.md/graph")
    'http://localhost:7878/store?graph=https%3A%2F%2Fw3id.org%2Fkg%2Fid%2Fdocument%2Fa.md%2Fgraph'
    >>> graph_url("http://localhost:7878/store", None)
    'http://localhost:7878/store?default'
    """
    separator = "&" if urlsplit(endpoint).query else "?"
    return f"{endpoint}{separator}{'default' if graph is None else 'graph=' + quote(graph, safe='')}"


def _check_endpoint(endpoint: str) -> None:
    url = urlsplit(endpoint)
    if url.scheme not in ("http", "https") or not url.netloc:
        raise InputError(
            f"{endpoint!r} is not an http(s) URL; give the store's Graph Store endpoint, "
            f"such as http://localhost:7878/store"
        )


def _request(method: str, url: str, body: bytes, *, timeout: float, what: str) -> None:
    request = urllib.request.Request(url, data=body, method=method, headers={"Content-Type": "text/turtle"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
    except urllib.error.HTTPError as error:
        detail = error.read().decode("utf-8", "replace").strip().splitlines()
        reason = f": {detail[0][:200]}" if detail else ""
        raise OutputError(f"{url}: {method} of {what} failed with HTTP {error.code} {error.reason}{reason}") from error
    except urllib.error.URLError as error:
        raise OutputError(f"{url}: cannot reach the store ({error.reason}); is it running?") from error
    except (TimeoutError, OSError) as error:
        raise OutputError(f"{url}: {method} of {what} failed ({error})") from error
