"""The pipeline: ingest → extract → link → relate → graph, and the ``build`` job that
writes ``graph.ttl``, ``mentions.jsonl`` and ``graph.html``.

Stages run in this order, each taking the previous stage's plain values::

    PIPELINE = (extract, link, relate)   # over each Document from ingest
"""

from __future__ import annotations

import itertools
import json
import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.extract import Extractor
from kg.gazetteer import Gazetteer, default_gazetteer
from kg.graph import IRIs, check_base_iri, document_triples, prefixes
from kg.ingest import Skipped, iter_documents
from kg.link import Linker
from kg.model import Document, DocumentResult
from kg.output import atomic_path, atomic_writer, ensure_folder
from kg.parallel import run_pipeline
from kg.relate import relate
from kg.simplify import simplified_document, with_original_text
from kg.store import oxigraph_graph
from kg.turtle import TurtleWriter, collector_paused
from kg.validate import ValidationReport, validate_graph
from kg.vocab import DEFAULT_BASE_IRI

#: The largest graph ``build`` checks against the SHACL shapes (pySHACL takes about
#: 2 s per 10,000 triples here); larger ones are left to ``kg validate``.
VALIDATE_LIMIT = 300_000

log = logging.getLogger(__name__)


class Pipeline:
    """The extraction stages with their shared resources (gazetteer, tokenizer),
    loaded once and reused for every document."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or default_gazetteer()
        self.extractor = Extractor(self.gazetteer)
        self.linker = Linker(self.gazetteer)

    def process(self, document: Document) -> DocumentResult:
        """Run extract, link and relate over one document (over its simplified copy
        when it is written in traditional characters, see :mod:`kg.simplify`)."""
        return self._over_simplified(document, self._related)

    def link(self, document: Document) -> DocumentResult:
        """Run extract and link over one document (no relations), traditional
        characters read as simplified as :meth:`process` reads them."""
        return self._over_simplified(document, self._linked)

    def _linked(self, document: Document) -> DocumentResult:
        return self.linker.link(document, self.extractor.extract(document))

    def _related(self, document: Document) -> DocumentResult:
        return relate(self._linked(document), gazetteer=self.gazetteer, words=self.extractor.tokenizer.FREQ)

    @staticmethod
    def _over_simplified(document: Document, stages: Callable[[Document], DocumentResult]) -> DocumentResult:
        """``stages`` run over ``document``'s simplified copy, the result given the
        original's words (the document itself when it has nothing to simplify)."""
        working = simplified_document(document)
        result = stages(working)
        return result if working is document else with_original_text(result, document)

    def run(self, documents: Iterable[Document]) -> Iterator[DocumentResult]:
        """Process documents one by one, in order."""
        for document in documents:
            yield self.process(document)


def mention_records(result: DocumentResult, *, base_iri: str = DEFAULT_BASE_IRI) -> Iterator[dict]:
    """The mentions of one document in kg's JSON contract:
    ``{"doc", "start", "end", "text", "type", "entity", "label"}``."""
    iris = IRIs(base_iri)
    for linked in result.mentions:
        mention = linked.mention
        entity = result.entities[linked.entity_key]
        yield {
            "doc": mention.doc_id,
            "start": mention.start,
            "end": mention.end,
            "text": mention.text,
            "type": mention.type,
            "entity": iris.entity(entity)[1:-1],
            "label": entity.label,
        }


@dataclass(slots=True)
class BuildReport:
    """What a build read and wrote."""

    documents: int = 0
    articles: int = 0
    mentions: int = 0
    entities: Counter = field(default_factory=Counter)
    relations: Counter = field(default_factory=Counter)
    triples: int = 0
    seconds: float = 0.0
    skipped: list[Skipped] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)
    validation: ValidationReport | None = None
    """The SHACL report of the graph, unless validation was turned off or skipped."""
    validation_skipped: str | None = None
    """Why the graph was not validated, when it was too large to be during a build."""

    def count(self, result: DocumentResult, entity_types: dict[str, str]) -> None:
        """Add one processed document to the counts; ``entity_types`` collects the
        type of every entity mentioned (keyed by entity, so each counts once)."""
        self.documents += 1
        self.articles += len(result.document.articles)
        self.mentions += len(result.mentions)
        for key in {m.entity_key for m in result.mentions}:
            entity_types[key] = result.entities[key].type
        self.relations.update(r.predicate for r in result.relations)


def _json_line(record: dict) -> str:
    """One JSON object on one line. Line and paragraph separators (U+2028, U+2029,
    U+0085) are escaped although JSON allows them raw, because readers that split on
    every kind of line break (Python's ``str.splitlines``) would cut the record."""
    line = json.dumps(record, ensure_ascii=False)
    return line.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("\u0085", "\\u0085") + "\n"


def build(
    paths: Iterable[str | Path],
    out_dir: str | Path,
    *,
    base_iri: str = DEFAULT_BASE_IRI,
    pipeline: Pipeline | None = None,
    progress: Callable[[Iterable[Document]], Iterable[Document]] | None = None,
    validate: bool = True,
    jobs: int = 1,
    executor: str = "local",
    scheduler: str | None = None,
) -> BuildReport:
    """Build the knowledge graph of the documents under ``paths`` into ``out_dir``.

    Writes ``graph.ttl`` (the RDF graph, sorted so that the same input always gives
    the same bytes), ``mentions.jsonl`` (one mention per line) and ``graph.html`` (the
    interactive map). Nothing is written unless the whole input could be read.
    Documents are processed in this process, in ``jobs`` local processes, or on a Dask
    cluster (``executor="dask"``, at ``scheduler`` or a local one): the output is the
    same. With ``validate`` a graph of up to :data:`VALIDATE_LIMIT` triples is checked
    against kg's SHACL shapes and the report kept in :attr:`BuildReport.validation`;
    the files are written either way, so that a violation can be looked at.
    """
    from kg.render import MapCollector, map_html

    started = time.perf_counter()
    check_base_iri(base_iri)
    out = ensure_folder(Path(out_dir))
    report = BuildReport()
    documents: Iterable[Document] = iter_documents(paths, on_skip=report.skipped.append)
    if progress is not None:
        documents = progress(documents)
    processed = iter(run_pipeline(documents, jobs=jobs, executor=executor, scheduler=scheduler, pipeline=pipeline))
    first = next(processed, None)
    if first is None:
        reasons = "; ".join(f"{s.path}: {s.reason}" for s in report.skipped[:5]) or "no files"
        from kg.errors import InputError

        raise InputError(f"no readable documents found ({reasons})")
    entities: dict[str, str] = {}
    created = not out.exists()
    try:
        # Every file is written to a temporary file and renamed into place only when all
        # three are complete, so that a failure leaves the folder as it was. Documents
        # are streamed: each one's mentions are written, its triples taken by the Turtle
        # writer and what the map shows of it by the map collector (so that the graph
        # need not be read back for the map), then its results are let go.
        with (
            atomic_writer(out / "mentions.jsonl") as mentions,
            atomic_path(out / "graph.ttl") as turtle,
            atomic_writer(out / "graph.html") as page,
        ):
            writer = TurtleWriter(prefixes(base_iri))
            collector = MapCollector(base_iri=base_iri)
            # The writer's triples and the map's data only grow, and kg's objects hold no
            # reference cycles, so the cyclic garbage collector's passes over them would
            # free nothing: it waits until the build is done (reference counting still
            # frees each document's results).
            with collector_paused():
                for result in itertools.chain((first,), processed):
                    first = None  # so that the first document's results do not stay alive
                    report.count(result, entities)
                    for record in mention_records(result, base_iri=base_iri):
                        mentions.write(_json_line(record))
                    writer.add(document_triples(result, base_iri=base_iri))
                    collector.add(result)
            with open(turtle, "w", encoding="utf-8", newline="\n") as stream:
                report.triples = writer.write(stream)
            del writer
            if validate and report.triples <= VALIDATE_LIMIT:
                # The shapes read the graph through rdflib, from Oxigraph, which reads the
                # Turtle just written much faster than rdflib would.
                report.validation = validate_graph(oxigraph_graph(turtle))
            elif validate:
                report.validation_skipped = (
                    f"the graph has {report.triples:,} triples, more than the {VALIDATE_LIMIT:,} checked during a "
                    f"build; run `kg validate {out / 'graph.ttl'}`"
                )
            page.write(map_html(collector.data()))
            del collector
    except BaseException:
        if created and out.is_dir() and not any(out.iterdir()):
            out.rmdir()  # a failed build into a new folder leaves no empty folder behind
        raise
    report.entities = Counter(entities.values())
    report.outputs = [out / "graph.ttl", out / "mentions.jsonl", out / "graph.html"]
    report.seconds = time.perf_counter() - started
    return report


@dataclass(slots=True)
class StoreBuildReport(BuildReport):
    """What a build into a store read, changed and left alone. The counts of
    :class:`BuildReport` are those of the documents built in this run; ``triples``
    is the size of the whole store."""

    store: Path | None = None
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def build_into_store(
    paths: Iterable[str | Path],
    store_dir: str | Path,
    *,
    base_iri: str = DEFAULT_BASE_IRI,
    pipeline: Pipeline | None = None,
    progress: Callable[[Iterable[Document]], Iterable[Document]] | None = None,
    validate: bool = True,
    prune: bool = False,
    jobs: int = 1,
    executor: str = "local",
    scheduler: str | None = None,
) -> StoreBuildReport:
    """Build the documents under ``paths`` into the Oxigraph store folder ``store_dir``,
    one named graph per document (see :mod:`kg.store`).

    A document whose text and kg version match what the store recorded is skipped; a
    changed one has its graph replaced; with ``prune``, documents the store holds but
    ``paths`` no longer provide are removed (unless their file was unreadable this time).
    A document is recorded only once its graph is written (a changed one at once, new ones
    in batches, see :class:`DocumentStore`), so an interrupted build loses at most the last
    batch, which the next build makes again. With ``validate`` the documents built in this
    run are checked against kg's SHACL shapes, if they hold no more than
    :data:`VALIDATE_LIMIT` triples. ``jobs``, ``executor`` and ``scheduler`` say where the
    changed documents are processed, as for :func:`build`; the store is written here.
    """
    from kg.errors import InputError
    from kg.store import DocumentStore, content_hash

    started = time.perf_counter()
    check_base_iri(base_iri)
    report = StoreBuildReport(store=Path(store_dir))
    documents: Iterable[Document] = iter_documents(paths, on_skip=report.skipped.append)
    if progress is not None:
        documents = progress(documents)
    built: set | None = set() if validate else None
    seen: dict[str, str] = {}
    entities: dict[str, str] = {}
    digests: dict[str, str] = {}
    with DocumentStore(store_dir, base_iri=base_iri) as store:
        known = store.documents

        def changed_documents() -> Iterator[Document]:
            for document in documents:
                if document.id in seen:
                    raise InputError(
                        f"{document.path}: its document id {document.id!r} is also that of {seen[document.id]}; "
                        f"a store names each document's graph after its id, so rename one of them"
                    )
                seen[document.id] = document.path
                digests[document.id] = content_hash(document.text)
                if store.is_current(document.id, digests[document.id]):
                    report.unchanged.append(document.id)
                else:
                    yield document

        processed = run_pipeline(
            changed_documents(), jobs=jobs, executor=executor, scheduler=scheduler, pipeline=pipeline
        )
        for result in processed:
            document = result.document
            triples = set(document_triples(result, base_iri=base_iri))
            store.put(document.id, triples, sha256=digests[document.id], source=document.path)
            (report.replaced if document.id in known else report.added).append(document.id)
            report.count(result, entities)
            if built is not None:
                built.update(triples)
                if len(built) > VALIDATE_LIMIT:
                    # As for a graph file: no more than pySHACL checks in reasonable time,
                    # and the triples are not kept, so memory does not grow with the archive.
                    built = None
                    report.validation_skipped = (
                        f"the documents built in this run hold more than the {VALIDATE_LIMIT:,} triples checked "
                        f"during a build; run `kg validate --store {store_dir}`"
                    )
        if not seen:
            reasons = "; ".join(f"{s.path}: {s.reason}" for s in report.skipped[:5]) or "no files"
            raise InputError(f"no readable documents found ({reasons})")
        store.flush()
        if prune:
            unreadable = {skipped.path for skipped in report.skipped}
            for doc_id, stored in sorted(known.items()):
                if doc_id not in seen and stored.source not in unreadable:
                    store.remove(doc_id)
                    report.removed.append(doc_id)
            for name in store.orphan_graphs():
                store.remove_graph(name)
        report.triples = len(store)
    report.entities = Counter(entities.values())
    if built:
        report.validation = validate_graph(oxigraph_graph(triples=built))
    report.seconds = time.perf_counter() - started
    return report
