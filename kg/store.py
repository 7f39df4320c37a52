"""Where a graph lives: a file loaded into memory, or an Oxigraph store on disk.

kg reads every graph through rdflib's ``Graph`` API, so the commands that read a graph
(``kg query``, ``kg export``, ``kg analyse``, ``kg view``, ``kg serve``) take either:

* a graph file (Turtle, N-Triples, JSON-LD, RDF/XML), loaded into an in-memory Oxigraph
  store through oxrdflib (rdflib's own memory store is too slow for aggregate queries on
  large graphs); or
* a store folder made by ``kg build PATHS --store DIR``, read in place and never loaded
  into memory. A plain Oxigraph folder (``oxigraph load --location DIR``) works too.

A kg store keeps one named graph per source document, named after the document's IRI
(``<document IRI>/graph``), so that rebuilding or removing a document replaces or removes
exactly its triples, while an entity mentioned by several documents stays as long as one
of them does. The store's *default graph is the union* of the document graphs, kept up to
date with every change (each triple once, as RDF merge wants it; Oxigraph's own "union
default graph" option would count a triple once per graph holding it). So a query without
``GRAPH`` answers as over the ``graph.ttl`` of the same documents, and ``GRAPH ?g { … }``
reaches each document's own triples. Other SPARQL tools see the same layout:
``oxigraph serve --location DIR/oxigraph``.

A store folder holds::

    DIR/oxigraph/          the Oxigraph (RocksDB) database
    DIR/kg-store.sqlite    per document: its graph, content hash (SHA-256), source path
                           and the kg version that built it; and the store's base IRI

Readers open the database read-only, so several can share it; do not build into a store
while something reads it (Oxigraph leaves a concurrent writer undefined for readers).
``kg serve --allow-updates`` opens it writable (``open_store(DIR, writable=True)``), and
so does a build: one writer at a time.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from urllib.request import pathname2url

import pyoxigraph
from oxrdflib._converter import to_ox
from oxrdflib.store import OxigraphStore
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg import __version__
from kg.errors import InputError, OutputError
from kg.graph import Triple, ntriples
from kg.vocab import DEFAULT_BASE_IRI, RDF

FORMATS = {"ttl": "turtle", "turtle": "turtle", "nt": "nt", "ntriples": "nt", "jsonld": "json-ld", "json-ld": "json-ld"}
_SUFFIX_FORMATS = {
    ".ttl": "turtle",
    ".nt": "nt",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".rdf": "xml",
    ".xml": "xml",
}

_OX_PARSERS = {
    "turtle": pyoxigraph.RdfFormat.TURTLE,
    "nt": pyoxigraph.RdfFormat.N_TRIPLES,
    "json-ld": pyoxigraph.RdfFormat.JSON_LD,
    "xml": pyoxigraph.RdfFormat.RDF_XML,
}

MANIFEST_NAME = "kg-store.sqlite"
"""The file in a store folder that remembers what each document's graph was built from."""
DATA_NAME = "oxigraph"
"""The folder in a store folder that holds the Oxigraph database."""
BUILT_WITH = f"kg {__version__}"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    graph TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    source TEXT NOT NULL,
    built_with TEXT NOT NULL,
    triples INTEGER NOT NULL
);
"""
_DEFAULT_GRAPH_SIZE = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
_OX_SERIALIZERS = {"turtle": "ox-turtle", "ttl": "ox-turtle", "nt": "ox-nt", "nt11": "ox-nt", "ntriples": "ox-nt"}
_OX_WRITERS = {"turtle": pyoxigraph.RdfFormat.TURTLE, "nt": pyoxigraph.RdfFormat.N_TRIPLES}
_REPLACE_GRAPH = """
DELETE {{ ?s ?p ?o }} WHERE {{
  GRAPH <{graph}> {{ ?s ?p ?o }}
  FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != <{graph}>) }}
}} ;
DROP SILENT GRAPH <{graph}> ;
INSERT DATA {{ GRAPH <{graph}> {{ {triples} }} }} ;
INSERT DATA {{ {triples} }}
"""


def load_graph(path: str | Path, *, store: str = "Oxigraph") -> Graph:
    """The graph at ``path``: a graph file (Turtle, N-Triples, JSON-LD, RDF/XML by its
    suffix) loaded into an rdflib ``store``, or a store folder read in place (see
    :func:`open_store`; ``store`` does not apply to it).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "g.ttl").write_text("<urn:x:a> <urn:x:p> 'b' .", encoding="utf-8")
    >>> len(load_graph(folder / "g.ttl"))
    1
    """
    path = Path(path)
    if path.is_dir():
        return open_store(path)
    if not path.is_file():
        raise InputError(
            f"{path}: no such graph file or store; build one with `kg build PATH --out DIR` or `--store DIR`"
        )
    rdf_format = _SUFFIX_FORMATS.get(path.suffix.lower(), "turtle")
    graph = Graph(store=store)
    # Into Oxigraph, Oxigraph's own parsers are about 8 times faster than rdflib's
    # (JSON-LD stays with rdflib, whose reading of contexts kg's exports rely on).
    parser = f"ox-{rdf_format}" if store == "Oxigraph" and rdf_format != "json-ld" else rdf_format
    try:
        graph.parse(path, format=parser)
    except Exception as error:  # parsers raise many kinds of errors
        raise InputError(f"{path}: not a valid {rdf_format} file ({str(error).splitlines()[0][:200]})") from error
    return graph


def oxigraph_graph(path: str | Path | None = None, *, triples: Iterable[Triple] = ()) -> Graph:
    """A new in-memory Oxigraph database as an rdflib graph, holding the Turtle file
    ``path`` (one kg wrote) or kg's ``triples``."""
    database = pyoxigraph.Store()
    if path is not None:
        database.bulk_load(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)
    else:
        database.bulk_load(input=ntriples(triples).encode("utf-8"), format=pyoxigraph.RdfFormat.N_TRIPLES)
    return StoreGraph(store=OxigraphStore(store=database), identifier=DATASET_DEFAULT_GRAPH_ID)


def oxigraph_quads(graph: Graph, predicate: URIRef | None = None) -> Iterator[pyoxigraph.Quad] | None:
    """The quads of ``graph`` (with ``predicate``, if given) read straight from its Oxigraph
    database, or ``None`` when the graph does not live in Oxigraph. Reading through
    oxrdflib makes rdflib objects for every term (and a graph object per triple), which is
    most of the time of reading a large graph."""
    database = getattr(graph.store, "_inner", None)  # oxrdflib keeps its database there
    if not isinstance(database, pyoxigraph.Store):
        return None
    name = to_ox(graph.identifier)
    return database.quads_for_pattern(None, None if predicate is None else pyoxigraph.NamedNode(predicate), None, name)


class Text(str):
    """A literal read straight from Oxigraph (or collected from a document): its text,
    and its language tag (cheaper than an rdflib ``Literal``)."""

    language: str | None


def text_literal_of(value: str, language: str | None) -> Text:
    """The :class:`Text` of ``value`` in ``language``."""
    text = Text(value)
    text.language = language
    return text


def subject_objects(graph: Graph, prop: URIRef) -> Iterator[tuple]:
    """``graph.subject_objects(prop)``, read straight from Oxigraph when the graph lives
    there: oxrdflib would build an rdflib term (and a graph object) for every term, which
    took 5 s of the 6 s that drawing 1 MB of news took, and most of analysing a large graph. IRIs come back as ``URIRef``,
    literals as :class:`Text`."""
    quads = oxigraph_quads(graph, prop)
    if quads is None:
        yield from graph.subject_objects(prop)
        return
    iris: dict[str, URIRef] = {}
    texts: dict[tuple[str, str | None], Text] = {}

    def term(node):
        if isinstance(node, pyoxigraph.Literal):
            key = (node.value, node.language)
            text = texts.get(key)
            if text is None:
                text = texts[key] = text_literal_of(node.value, node.language)
            return text
        value = node.value
        named = iris.get(value)
        if named is None:
            named = iris[value] = URIRef(value) if isinstance(node, pyoxigraph.NamedNode) else BNode(value)
        return named

    for quad in quads:
        yield term(quad.subject), term(quad.object)


def subjects_of_type(graph: Graph, cls: URIRef) -> Iterator:
    """``graph.subjects(RDF.type, cls)``."""
    for node, found in subject_objects(graph, RDF.type):
        if found == cls:
            yield node


def literals(graph: Graph, prop: URIRef) -> dict[URIRef, list[Literal]]:
    """The literal values of ``prop`` by node, each node's sorted by language, then text."""
    found: dict[URIRef, list[Literal]] = defaultdict(list)
    for node, value in subject_objects(graph, prop):
        if isinstance(value, (Literal, Text)):
            found[node].append(value)
    for values in found.values():
        values.sort(key=lambda x: (x.language or "", str(x)))
    return found


def first_values(graph: Graph, prop: URIRef) -> dict:
    """The least value (compared as text) of ``prop`` by node."""
    found: dict = {}
    for node, value in subject_objects(graph, prop):
        if node not in found or str(value) < str(found[node]):
            found[node] = value
    return found


def copy_into_store(path: str | Path, folder: str | Path | None = None) -> pyoxigraph.Store:
    """Load the graph file ``path`` into the default graph of a new Oxigraph database in
    ``folder`` (in memory without one), with Oxigraph's own parsers, which are fast."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such graph file")
    rdf_format = _OX_PARSERS[_SUFFIX_FORMATS.get(path.suffix.lower(), "turtle")]
    try:
        database = pyoxigraph.Store(None if folder is None else str(folder))
    except OSError as error:
        raise OutputError(f"{folder}: cannot create a store there ({_first_line(error)})") from error
    try:
        database.bulk_load(path=str(path), format=rdf_format, base_iri=path.absolute().as_uri())
        database.flush()
    except SyntaxError as error:
        raise InputError(f"{path}: not a valid {rdf_format.name} file ({_first_line(error)})") from error
    except OSError as error:
        raise InputError(f"{path}: cannot read the graph ({_first_line(error)})") from error
    return database


def graph_writer(path: str | Path, *, fmt: str = "ttl") -> Callable[[IO[bytes]], None]:
    """Read the graph at ``path`` (a graph file or a store folder) and return what writes
    it to a binary stream as ``fmt`` (ttl, nt or jsonld), so that a bad graph is reported
    before any output is opened.

    Turtle and N-Triples are written by Oxigraph, with the prefixes the file declares at
    its top (rdflib's writer takes half a minute on a graph of a million triples, Oxigraph's
    about a second); JSON-LD by rdflib.

    Examples
    --------
    >>> import io, tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "g.ttl").write_text("@prefix x: <urn:x:> . x:a x:p 'b' .", encoding="utf-8")
    >>> out = io.BytesIO()
    >>> graph_writer(folder / "g.ttl", fmt="ttl")(out)
    >>> print(out.getvalue().decode())
    @prefix x: <urn:x:> .
    x:a x:p "b" .
    <BLANKLINE>
    """
    rdf_format = FORMATS.get(fmt)
    if rdf_format is None:
        raise InputError(f"unknown format {fmt!r}; choose one of: ttl, nt, jsonld")
    path = Path(path)
    source_format = _SUFFIX_FORMATS.get(path.suffix.lower(), "turtle")
    if path.is_dir() or rdf_format not in _OX_WRITERS or source_format == "json-ld":
        graph = load_graph(path)
        writer = _OX_SERIALIZERS.get(rdf_format, rdf_format)  # a store's graph or a file read into Oxigraph
        return lambda stream: graph.serialize(stream, format=writer, encoding="utf-8")
    database = copy_into_store(path)
    prefixes = _declared_prefixes(path, source_format)
    return lambda stream: database.dump(
        stream, _OX_WRITERS[rdf_format], from_graph=pyoxigraph.DefaultGraph(), prefixes=prefixes
    )


def _declared_prefixes(path: Path, rdf_format: str) -> dict[str, str]:
    """The prefixes a graph file declares before its first triple (where Turtle writers,
    kg's among them, put them all)."""
    parser = pyoxigraph.parse(path=str(path), format=_OX_PARSERS[rdf_format], base_iri=path.absolute().as_uri())
    try:
        next(parser, None)
    except (SyntaxError, OSError):
        return {}
    return dict(parser.prefixes)


def is_store(path: str | Path) -> bool:
    """Whether ``path`` is a store folder: made by ``kg build --store``, or a plain
    Oxigraph database folder."""
    path = Path(path)
    return path.is_dir() and ((path / MANIFEST_NAME).is_file() or _is_oxigraph_folder(path))


def _is_oxigraph_folder(path: Path) -> bool:
    return (path / "CURRENT").is_file() and any(path.glob("OPTIONS-*"))


def open_database(path: str | Path, *, writable: bool = False) -> pyoxigraph.Store:
    """The Oxigraph database of the store folder ``path``, opened read-only (or
    ``writable``, by one process at a time)."""
    path = Path(path)
    if (path / MANIFEST_NAME).is_file():
        data = path / DATA_NAME
    elif _is_oxigraph_folder(path):
        data = path
    elif (path / "graph.ttl").is_file():
        raise InputError(f"{path}: a folder of `kg build --out`, not a store; give {path / 'graph.ttl'}")
    else:
        raise InputError(
            f"{path}: a folder but not a kg store; give a graph file or a folder made by `kg build --store`"
        )
    try:
        return pyoxigraph.Store(str(data)) if writable else pyoxigraph.Store.read_only(str(data))
    except OSError as error:
        if writable:
            raise InputError(
                f"{path}: cannot open the store for writing ({_first_line(error)}); "
                f"is a kg build or another kg serve --allow-updates using it?"
            ) from error
        raise InputError(f"{path}: cannot open the store ({_first_line(error)})") from error


def open_store(path: str | Path, *, writable: bool = False) -> Graph:
    """The default graph of the store folder ``path`` (for a kg store, the union of its
    document graphs), read-only and read in place: queries run inside Oxigraph.

    ``writable`` opens it for SPARQL Update (``graph.update(...)``) as well, by one
    process at a time. An update changes the default graph only: a kg store's document
    graphs, and what ``kg build --store`` knows of them, stay as they are.

    Examples
    --------
    >>> import tempfile
    >>> folder = tempfile.mkdtemp()
    >>> with DocumentStore(folder) as store:
    ...     _ = store.replace("a.txt", [("<urn:x:gacc>", "<urn:x:label>", '"海关总署"')], sha256="0")
    ...     _ = store.replace("b.txt", [("<urn:x:gacc>", "<urn:x:label>", '"海关总署"')], sha256="1")
    >>> graph = open_store(folder)
    >>> len(graph), [str(row.n) for row in graph.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")]
    (1, ['2'])
    """
    path = Path(path)
    database = open_database(path, writable=writable)
    base_iri = (_read_setting(path, "base_iri") if (path / MANIFEST_NAME).is_file() else None) or DEFAULT_BASE_IRI
    from kg.graph import bind_prefixes

    store = OxigraphStore(store=database) if writable else ReadOnlyStore(database, location=path)
    graph = StoreGraph(store=store, identifier=DATASET_DEFAULT_GRAPH_ID, bind_namespaces="core")
    return bind_prefixes(graph, base_iri)


class ReadOnlyStore(OxigraphStore):
    """oxrdflib's store over an Oxigraph database opened read-only: writing through it
    is refused with a :class:`~kg.errors.OutputError` instead of a low-level error."""

    def __init__(self, database: pyoxigraph.Store, *, location: Path | None = None) -> None:
        super().__init__(store=database)
        self.location = location
        self._size: int | None = None

    def __len__(self, context=None) -> int:
        if context is not None and to_ox(context) != pyoxigraph.DefaultGraph():
            return super().__len__(context)
        if self._size is None:  # the database is read-only: count once
            self._size = int(next(iter(self._inner.query(_DEFAULT_GRAPH_SIZE)))[0].value)
        return self._size

    def _read_only(self, *args: Any, **kwargs: Any) -> None:
        where = f"the store {self.location}" if self.location else "this store"
        raise OutputError(f"{where} is open read-only; change it with `kg build PATHS --store DIR`")

    add = addN = remove = update = add_graph = remove_graph = _read_only


class StoreGraph(Graph):
    """The rdflib ``Graph`` over the default graph of an Oxigraph database: Turtle and
    N-Triples are written by Oxigraph itself (tens of times faster than rdflib's
    serializers on large graphs)."""

    def serialize(
        self,
        destination: str | Path | IO[bytes] | None = None,
        format: str = "turtle",
        base: str | None = None,
        encoding: str | None = None,
        **args: Any,
    ):
        if encoding in (None, "utf-8", "UTF-8"):
            format = _OX_SERIALIZERS.get(format, format)
        return super().serialize(destination, format=format, base=base, encoding=encoding and "utf-8", **args)


@dataclass(frozen=True, slots=True)
class StoredDocument:
    """What a store remembers of one document: where its triples are and what they were
    built from."""

    id: str
    graph: str
    """The IRI of the document's named graph."""
    sha256: str
    """SHA-256 of the document's decoded text."""
    source: str
    """The path the document was read from."""
    built_with: str
    """The kg version that built the graph; another version rebuilds it."""
    triples: int


def content_hash(text: str) -> str:
    """The content hash a store keeps per document: SHA-256 of its decoded text.

    >>> content_hash("海关总署")[:12]
    'ae71cdcccffd'
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def document_graph(document_iri: str) -> URIRef:
    """The name of the graph holding a document's triples, derived from its IRI.

    >>> str(document_graph("https://w3id.org/kg/id/document/a.md"))
    'https://w3id.org/kg/id/document/a.md/graph'
    """
    return URIRef(f"{document_iri}/graph")


class DocumentStore:
    """A kg store folder open for writing: one named graph per document, and what each
    was built from.

    Each change is safe on its own: a document's hash is forgotten before its graph is
    replaced and recorded after, so an interrupted build leaves documents to rebuild,
    never a stale graph that looks current. Nothing is created on disk until the first
    change.

    A document the store does not hold yet (:meth:`put`) is gathered with other new ones
    and written by Oxigraph's bulk loader (:meth:`flush`): written in transactions, the
    database's in-memory write buffers grew by about as much as the data (a build of
    6 MB of news reached 2.1 GB and kept growing, some 6 MB per document), while the bulk
    loader writes sorted files straight to disk, so memory stays flat however large the
    archive.
    """

    #: How many triples of new documents are gathered before they are written in one go:
    #: enough that each write makes few files, few enough to keep the text small (~50 MB).
    BATCH_TRIPLES = 200_000

    def __init__(self, path: str | Path, *, base_iri: str = DEFAULT_BASE_IRI) -> None:
        from kg.graph import IRIs

        self.path = Path(path)
        self.base_iri = base_iri
        self._iris = IRIs(base_iri)
        self._db: sqlite3.Connection | None = None
        self._database: pyoxigraph.Store | None = None
        if self.path.exists() and not self.path.is_dir():
            raise OutputError(f"{self.path}: is a file; --store needs a folder")
        if self.path.is_dir() and not (self.path / MANIFEST_NAME).is_file() and any(self.path.iterdir()):
            raise OutputError(f"{self.path}: is not a kg store and is not empty; choose a new folder for --store")
        stored_base = _read_setting(self.path, "base_iri") if (self.path / MANIFEST_NAME).is_file() else None
        if stored_base is not None and stored_base != base_iri:
            raise InputError(
                f"{self.path}: the store was built with --base-iri {stored_base}; "
                f"build with that base IRI or into a new store"
            )
        self._documents = stored_documents(self.path)
        self._new: dict[str, tuple[StoredDocument, list[Triple]]] = {}  # gathered new documents, by id
        self._new_triples = 0
        self._unflushed = 0  # triples written in transactions since the write buffers were last flushed

    def __enter__(self) -> DocumentStore:
        return self

    def __exit__(self, kind: type[BaseException] | None, *exc_info: object) -> None:
        if kind is None:
            self.flush()  # after a failure the gathered documents are left to the next build
        self.close()

    def _open(self) -> tuple[sqlite3.Connection, pyoxigraph.Store]:
        if self._db is None or self._database is None:
            try:
                self.path.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise OutputError(f"{self.path}: cannot create the store folder ({error.strerror})") from error
            self._db = _manifest(self.path, read_only=False)
            with self._db:
                self._db.executescript(_SCHEMA)
                self._db.execute("INSERT OR IGNORE INTO settings VALUES ('base_iri', ?)", (self.base_iri,))
                self._db.execute("INSERT OR IGNORE INTO settings VALUES ('format', '1')")
            try:
                self._database = pyoxigraph.Store(str(self.path / DATA_NAME))
            except OSError as error:
                raise OutputError(
                    f"{self.path}: cannot open the store for writing ({_first_line(error)}); "
                    f"is another kg build using it?"
                ) from error
        return self._db, self._database

    @property
    def documents(self) -> dict[str, StoredDocument]:
        """The documents the store holds, by id."""
        return dict(self._documents)

    def graph_of(self, doc_id: str) -> URIRef:
        """The IRI of the named graph of document ``doc_id``."""
        return document_graph(self._iris.document(doc_id)[1:-1])

    def is_current(self, doc_id: str, sha256: str) -> bool:
        """Whether the store holds ``doc_id`` built by this kg version from text with this hash."""
        stored = self._documents.get(doc_id)
        return stored is not None and stored.sha256 == sha256 and stored.built_with == BUILT_WITH

    def replace(self, doc_id: str, triples: Iterable, *, sha256: str, source: str = "") -> StoredDocument:
        """Make ``triples`` the whole graph of document ``doc_id``."""
        db, database = self._open()
        name = self.graph_of(doc_id)
        unique = sorted(set(triples))
        with db:
            db.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
        old = self._documents.pop(doc_id, None)
        self._replace_graph(database, str(name), unique, old.triples if old else 0)
        stored = StoredDocument(doc_id, str(name), sha256, source, BUILT_WITH, len(unique))
        with db:
            db.execute("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?)", _row(stored))
        self._documents[doc_id] = stored
        return stored

    def put(self, doc_id: str, triples: Iterable, *, sha256: str, source: str = "") -> None:
        """Make ``triples`` the whole graph of document ``doc_id``: at once (:meth:`replace`)
        if the store holds the document or a graph of that name, else gathered with other
        new documents and written by :meth:`flush`, which :meth:`put` calls itself when
        :attr:`BATCH_TRIPLES` have gathered."""
        _, database = self._open()
        name = str(self.graph_of(doc_id))
        if (
            doc_id in self._documents
            or doc_id in self._new
            or database.contains_named_graph(pyoxigraph.NamedNode(name))
        ):
            self.flush()
            self.replace(doc_id, triples, sha256=sha256, source=source)
            return
        unique = sorted(set(triples))
        self._new[doc_id] = (StoredDocument(doc_id, name, sha256, source, BUILT_WITH, len(unique)), unique)
        self._new_triples += len(unique)
        if self._new_triples >= self.BATCH_TRIPLES:
            self.flush()

    def flush(self) -> None:
        """Write the gathered new documents: their graphs with the bulk loader, each graph
        first and then the default graph (so that a write cut short leaves at most part of
        a named graph, which the next build replaces, and never default-graph triples no
        graph holds), then their records. Not one transaction: a reader may see a document
        half written, as the module notes for any reader during a build."""
        if not self._new:
            return
        db, database = self._open()
        gathered = self._new.values()
        named = "".join(f"{s} {p} {o} <{stored.graph}> .\n" for stored, triples in gathered for s, p, o in triples)
        default = "".join(ntriples(triples) for _, triples in gathered)
        try:
            database.bulk_load(input=named.encode("utf-8"), format=pyoxigraph.RdfFormat.N_QUADS)
            database.bulk_load(input=default.encode("utf-8"), format=pyoxigraph.RdfFormat.N_TRIPLES)
        except OSError as error:
            raise OutputError(
                f"{self.path}: cannot write {len(self._new)} document graphs ({_first_line(error)})"
            ) from error
        with db:
            db.executemany("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?)", [_row(stored) for stored, _ in gathered])
        self._documents.update((stored.id, stored) for stored, _ in gathered)
        self._new, self._new_triples = {}, 0

    def remove(self, doc_id: str) -> None:
        """Remove document ``doc_id`` and its graph."""
        db, database = self._open()
        stored = self._documents.pop(doc_id, None)
        with db:
            db.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
        if stored:
            self._replace_graph(database, stored.graph, (), stored.triples)
        else:
            self._replace_graph(database, str(self.graph_of(doc_id)), ())

    def _replace_graph(
        self, database: pyoxigraph.Store, name: str, triples: list[Triple] | tuple, old: int = 0
    ) -> None:
        """In one transaction: take the graph's triples out of the default graph unless
        another graph holds them, drop the graph, then add ``triples`` to both. ``old``
        is how many triples the graph held, if known."""
        try:
            database.update(_REPLACE_GRAPH.format(graph=pyoxigraph.NamedNode(name).value, triples=ntriples(triples)))
            self._unflushed += len(triples) + old
            if self._unflushed >= self.BATCH_TRIPLES:
                # Transactions go through the database's write buffers, which otherwise
                # only grow (6 MB of news built in transactions: 2.1 GB and growing);
                # flushing them to disk keeps memory flat.
                database.flush()
                self._unflushed = 0
        except OSError as error:
            raise OutputError(f"{self.path}: cannot write the graph {name} ({_first_line(error)})") from error

    def orphan_graphs(self) -> list[str]:
        """Named graphs no document owns (left by an interrupted build)."""
        if not (self.path / DATA_NAME).is_dir():
            return []
        _, database = self._open()
        owned = {stored.graph for stored in self._documents.values()}
        names = (g.value for g in database.named_graphs() if isinstance(g, pyoxigraph.NamedNode))
        return sorted(name for name in names if name not in owned)

    def remove_graph(self, name: str) -> None:
        """Remove one named graph, whoever owns it."""
        _, database = self._open()
        self._replace_graph(database, name, ())

    def __len__(self) -> int:
        """The number of triples in the union of the store's graphs (its default graph)."""
        if not (self.path / DATA_NAME).is_dir():
            return 0
        _, database = self._open()
        return int(next(iter(database.query(_DEFAULT_GRAPH_SIZE)))[0].value)

    def close(self) -> None:
        """Write everything to disk and release the folder."""
        if self._database is not None:
            self._database.flush()
            self._database = None
        if self._db is not None:
            self._db.close()
            self._db = None


def stored_documents(folder: str | Path) -> dict[str, StoredDocument]:
    """The documents a kg store folder holds, by id (none for other folders)."""
    folder = Path(folder)
    if not (folder / MANIFEST_NAME).is_file():
        return {}
    try:
        with closing(_manifest(folder, read_only=True)) as db:
            rows = db.execute("SELECT id, graph, sha256, source, built_with, triples FROM documents").fetchall()
    except sqlite3.Error as error:
        raise InputError(f"{folder / MANIFEST_NAME}: not a kg store manifest ({error})") from error
    return {row[0]: StoredDocument(*row) for row in rows}


def _row(stored: StoredDocument) -> tuple:
    return (stored.id, stored.graph, stored.sha256, stored.source, stored.built_with, stored.triples)


def _manifest(folder: Path, *, read_only: bool) -> sqlite3.Connection:
    path = folder / MANIFEST_NAME
    try:
        if read_only:
            return sqlite3.connect(f"file:{pathname2url(str(path.absolute()))}?mode=ro", uri=True)
        return sqlite3.connect(path)
    except sqlite3.Error as error:
        problem = InputError if read_only else OutputError
        raise problem(f"{path}: cannot open the store's manifest ({error})") from error


def _read_setting(folder: Path, key: str) -> str | None:
    try:
        with closing(_manifest(folder, read_only=True)) as db:
            row = db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    except sqlite3.Error as error:
        raise InputError(f"{folder / MANIFEST_NAME}: not a kg store manifest ({error})") from error
    return row[0] if row else None


def _first_line(error: BaseException) -> str:
    return (str(error).splitlines() or [type(error).__name__])[0][:200]


__all__ = [
    "BUILT_WITH",
    "DATA_NAME",
    "FORMATS",
    "MANIFEST_NAME",
    "DocumentStore",
    "ReadOnlyStore",
    "StoreGraph",
    "StoredDocument",
    "Text",
    "content_hash",
    "copy_into_store",
    "document_graph",
    "first_values",
    "graph_writer",
    "is_store",
    "literals",
    "load_graph",
    "open_database",
    "open_store",
    "stored_documents",
    "subject_objects",
    "subjects_of_type",
    "text_literal_of",
]
