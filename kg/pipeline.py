"""The pipeline: ingest → extract → link → relate → graph, and the ``build`` job that
writes ``graph.ttl``, ``mentions.jsonl`` and ``graph.html``.

Stages run in this order, each taking the previous stage's plain values::

    PIPELINE = (extract, link, relate)   # over each Document from ingest
"""

from __future__ import annotations

import json
import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.extract import Extractor
from kg.gazetteer import Gazetteer, default_gazetteer
from kg.graph import IRIs, build_graph
from kg.ingest import Skipped, iter_documents
from kg.link import Linker
from kg.model import Document, DocumentResult
from kg.output import ensure_folder, write_text, write_with
from kg.relate import relate
from kg.validate import ValidationReport, validate_graph
from kg.vocab import DEFAULT_BASE_IRI

log = logging.getLogger(__name__)


class Pipeline:
    """The extraction stages with their shared resources (gazetteer, tokenizer),
    loaded once and reused for every document."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or default_gazetteer()
        self.extractor = Extractor(self.gazetteer)
        self.linker = Linker(self.gazetteer)

    def process(self, document: Document) -> DocumentResult:
        """Run extract, link and relate over one document."""
        mentions = self.extractor.extract(document)
        result = self.linker.link(document, mentions)
        return relate(result, gazetteer=self.gazetteer)

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
            "entity": str(iris.entity(entity)),
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
    """The SHACL report of the graph, unless validation was turned off."""


def build(
    paths: Iterable[str | Path],
    out_dir: str | Path,
    *,
    base_iri: str = DEFAULT_BASE_IRI,
    pipeline: Pipeline | None = None,
    progress: Callable[[Iterable[Document]], Iterable[Document]] | None = None,
    validate: bool = True,
) -> BuildReport:
    """Build the knowledge graph of the documents under ``paths`` into ``out_dir``.

    Writes ``graph.ttl`` (the RDF graph), ``mentions.jsonl`` (one mention per line) and
    ``graph.html`` (the interactive map). Nothing is written unless the whole input
    could be read. With ``validate`` the graph is checked against kg's SHACL shapes and
    the report kept in :attr:`BuildReport.validation`; the files are written either way,
    so that a violation can be looked at.
    """
    from kg.render import render_map

    started = time.perf_counter()
    out = ensure_folder(Path(out_dir))
    report = BuildReport()
    documents: Iterable[Document] = iter_documents(paths, on_skip=report.skipped.append)
    if progress is not None:
        documents = progress(documents)
    pipeline = pipeline or Pipeline()
    results = list(pipeline.run(documents))
    if not results:
        reasons = "; ".join(f"{s.path}: {s.reason}" for s in report.skipped[:5]) or "no files"
        from kg.errors import InputError

        raise InputError(f"no readable documents found ({reasons})")
    entities: dict[str, str] = {}
    for result in results:
        report.documents += 1
        report.articles += len(result.document.articles)
        report.mentions += len(result.mentions)
        for key in {m.entity_key for m in result.mentions}:
            entities[key] = result.entities[key].type
        report.relations.update(r.predicate for r in result.relations)
    report.entities = Counter(entities.values())
    graph = build_graph(results, base_iri=base_iri)
    report.triples = len(graph)
    if validate:
        report.validation = validate_graph(graph)

    def write_mentions(stream) -> None:
        for result in results:
            for record in mention_records(result, base_iri=base_iri):
                stream.write(json.dumps(record, ensure_ascii=False) + "\n")

    write_with(out / "mentions.jsonl", write_mentions)
    write_with(
        out / "graph.ttl", lambda stream: graph.serialize(stream, format="turtle", encoding="utf-8"), binary=True
    )
    write_text(out / "graph.html", render_map(graph))
    report.outputs = [out / "graph.ttl", out / "mentions.jsonl", out / "graph.html"]
    report.seconds = time.perf_counter() - started
    return report
