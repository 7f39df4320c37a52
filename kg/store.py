"""Where a graph lives. kg reads graphs through rdflib's ``Graph`` API; the store behind
it is Oxigraph (through oxrdflib) by default, because rdflib's memory store is too slow
for aggregate queries on large graphs."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from kg.errors import InputError

FORMATS = {"ttl": "turtle", "turtle": "turtle", "nt": "nt", "ntriples": "nt", "jsonld": "json-ld", "json-ld": "json-ld"}
_SUFFIX_FORMATS = {
    ".ttl": "turtle",
    ".nt": "nt",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".rdf": "xml",
    ".xml": "xml",
}


def load_graph(path: str | Path, *, store: str = "Oxigraph") -> Graph:
    """Load an RDF file (Turtle, N-Triples, JSON-LD, RDF/XML by its suffix)."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such graph file; build one with `kg build PATH --out DIR`")
    rdf_format = _SUFFIX_FORMATS.get(path.suffix.lower(), "turtle")
    graph = Graph(store=store)
    try:
        graph.parse(path, format=rdf_format)
    except Exception as error:  # parsers raise many kinds of errors
        raise InputError(f"{path}: not a valid {rdf_format} file ({str(error).splitlines()[0][:200]})") from error
    return graph
