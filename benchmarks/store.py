"""Benchmark kg's graph stores: a Turtle file loaded into memory against an Oxigraph store
folder (``kg build --store``), and the SPARQL endpoint (``kg serve``).

Measures, on one corpus and in one process:

1. writing: the store built document by document (one named graph each, the union kept
   as the default graph), replacing and removing one document, against writing the
   same graph as ``graph.ttl`` (rdflib, as ``kg build --out`` does);
2. loading: ``load_graph(graph.ttl)`` (the path of ``kg query FILE``: Oxigraph's parser
   into an in-memory Oxigraph), rdflib's parser into the same, Oxigraph's on-disk bulk
   loader, and opening the store;
3. querying: every example query (``examples/queries/*.rq``) and an aggregate (count
   per class) on the loaded file and on the store, median over ``--rounds`` runs;
4. exporting Turtle from each (``kg export graph.ttl`` reads the file into Oxigraph and
   writes Turtle or N-Triples with Oxigraph's writer), and the endpoint's round trip for
   small queries over a kept-alive HTTP connection.

The corpus is the sample bulletin processed once and copied ``--copies`` times under
other document ids (each copy has its own articles, mentions and sentences; entities
are shared), so no extraction time is measured. ``--copies 145`` gives about one million
triples.

    python benchmarks/store.py [--copies N] [--rounds N] [--skip-rdflib-write] [--skip NAME] [--json]
"""

from __future__ import annotations

import argparse
import gc
import http.client
import json
import resource
import shutil
import statistics
import sys
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Callable
from pathlib import Path

from corpus import sample_copies
from rdflib import Graph

from kg.graph import build_graph, document_triples
from kg.query import run_query
from kg.serve import SparqlServer
from kg.store import DocumentStore, copy_into_store, graph_writer, load_graph, open_store

ROOT = Path(__file__).resolve().parent.parent
QUERIES = sorted((ROOT / "examples" / "queries").glob("*.rq"))
COUNT_PER_CLASS = "SELECT ?class (COUNT(*) AS ?n) WHERE { ?s a ?class } GROUP BY ?class ORDER BY DESC(?n)"
SMALL_QUERIES = {
    "ASK": "ASK { ?s ?p ?o }",
    "one entity's labels": (
        "SELECT ?label WHERE { <https://w3id.org/kg/id/organization/org-gacc> "
        "<http://www.w3.org/2004/02/skos/core#prefLabel> ?label }"
    ),
}


def seconds(function: Callable[[], object], rounds: int = 1) -> tuple[float, object]:
    """Median wall time of ``function`` over ``rounds`` calls, and its last result."""
    times, result = [], None
    for _ in range(rounds):
        gc.collect()
        started = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def consume(graph, query: str) -> int:
    return sum(1 for _ in run_query(graph, query))


def round_trips(server: SparqlServer, query: str, count: int) -> list[float]:
    host, port = server.server_address[:2]
    connection = http.client.HTTPConnection(host, port, timeout=30)
    path = "/sparql?" + urllib.parse.urlencode({"query": query})
    times = []
    for _ in range(count):
        started = time.perf_counter()
        connection.request("GET", path, headers={"Accept": "application/sparql-results+json"})
        response = connection.getresponse()
        response.read()
        times.append(time.perf_counter() - started)
        assert response.status == 200, response.status
    connection.close()
    return times


def run(copies: int, rounds: int, rdflib_write: bool, skip: tuple[str, ...] = ()) -> dict:
    figures: dict[str, float | int | str] = {}
    results = sample_copies(copies)
    work = Path(tempfile.mkdtemp(prefix="kg-bench-store-"))
    store_dir, turtle = work / "store", work / "graph.ttl"

    triples = [list(document_triples(result)) for result in results]

    def fill_store() -> int:
        with DocumentStore(store_dir) as store:
            for result, document_graph in zip(results, triples, strict=True):
                store.replace(result.document.id, document_graph, sha256=str(len(document_graph)))
            return len(store)

    figures["write: store, all documents (s)"], size = seconds(fill_store)
    figures["triples (union)"] = size
    figures["documents"] = copies
    with DocumentStore(store_dir) as store:
        figures["write: store, replace one document (s)"], _ = seconds(
            lambda: store.replace(results[0].document.id, triples[0][:-50], sha256="changed"), rounds
        )
        figures["write: store, remove one document (s)"], _ = seconds(lambda: store.remove(results[1].document.id))
        store.replace(results[0].document.id, triples[0], sha256="back")
        store.replace(results[1].document.id, triples[1], sha256="back")
    triples.clear()  # free them before loading the file
    if rdflib_write:
        figures["write: graph.ttl with rdflib (s)"], _ = seconds(
            lambda: build_graph(results).serialize(turtle, format="turtle", encoding="utf-8")
        )
    else:
        open_store(store_dir).serialize(turtle, format="turtle")
    figures["graph.ttl size (MB)"] = round(turtle.stat().st_size / 1e6, 1)

    figures["load: graph.ttl with load_graph, in-memory Oxigraph (s)"], from_file = seconds(lambda: load_graph(turtle))
    figures["load: graph.ttl with rdflib's parser into Oxigraph (s)"], _ = seconds(
        lambda: Graph(store="Oxigraph").parse(turtle, format="turtle")
    )
    figures["load: graph.ttl via Oxigraph bulk load (s)"], _ = seconds(lambda: copy_into_store(turtle))
    figures["load: open the store (s)"], from_store = seconds(lambda: open_store(store_dir), rounds)
    assert len(from_file) == len(from_store) == size, (len(from_file), len(from_store), size)

    for path in [*(q for q in QUERIES if not any(part in q.stem for part in skip)), None]:
        query = path.read_text(encoding="utf-8") if path else COUNT_PER_CLASS
        name = path.stem if path else "count per class (aggregate)"
        file_time, file_rows = seconds(lambda q=query: consume(from_file, q), rounds)
        store_time, store_rows = seconds(lambda q=query: consume(from_store, q), rounds)
        assert file_rows == store_rows, (name, file_rows, store_rows)
        figures[f"query {name}: file (ms)"] = round(file_time * 1000, 1)
        figures[f"query {name}: store (ms)"] = round(store_time * 1000, 1)

    figures["export Turtle: store, Oxigraph writer (s)"], _ = seconds(
        lambda: from_store.serialize(work / "from-store.ttl", format="turtle"), rounds
    )
    for fmt in ("ttl", "nt"):  # `kg export graph.ttl`: read into Oxigraph, written by Oxigraph
        reading, write = seconds(lambda f=fmt: graph_writer(turtle, fmt=f))
        with (work / f"exported.{fmt}").open("wb") as stream:
            writing, _ = seconds(lambda w=write, s=stream: w(s))
        figures[f"export {fmt}: graph.ttl via kg export, read + write (s)"] = reading + writing
        figures[f"export {fmt}: graph.ttl via kg export, write only (s)"] = writing
    if rdflib_write:
        figures["export Turtle: loaded file, rdflib writer (s)"], _ = seconds(
            lambda: from_file.serialize(work / "from-file.ttl", format="turtle")
        )

    server = SparqlServer(store_dir, port=0, workers=1)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        for name, query in SMALL_QUERIES.items():
            round_trips(server, query, 20)  # warm up
            times = sorted(round_trips(server, query, 300))
            figures[f"endpoint {name}: median (ms)"] = round(statistics.median(times) * 1000, 2)
            figures[f"endpoint {name}: p90 (ms)"] = round(times[int(len(times) * 0.9)] * 1000, 2)
    finally:
        server.close()
    figures["peak RSS (MiB)"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    shutil.rmtree(work, ignore_errors=True)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=20, help="copies of the sample (145: about 1M triples)")
    parser.add_argument("--rounds", type=int, default=5, help="runs per query; the median is reported")
    parser.add_argument("--skip-rdflib-write", action="store_true", help="skip rdflib's slow Turtle writing")
    parser.add_argument("--skip", action="append", default=[], help="leave out example queries whose name has this")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    options = parser.parse_args(argv)
    figures = run(options.copies, options.rounds, not options.skip_rdflib_write, tuple(options.skip))
    if options.json:
        print(json.dumps(figures, ensure_ascii=False, indent=1))
    else:
        width = max(map(len, figures))
        for name, value in figures.items():
            print(f"{name:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
