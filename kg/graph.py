"""Graph: turn entities, mentions and relations into RDF following ``ontology/kg.ttl``.

IRIs are deterministic: the same input under the same base IRI gives the same IRIs,
so graphs diff and merge cleanly. Every document's triples can be produced on their own
(:func:`document_triples`), which is what lets a store keep one named graph per document.

Provenance: a relation is stated directly (``<s> kg:publishes <o>``) and described by an
``rdf:Statement`` that carries the rule, the count and the evidence sentences.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from decimal import Decimal

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from kg.model import DocumentResult, Entity, Relation
from kg.relate import confidence, sentences
from kg.vocab import DCTERMS, DEFAULT_BASE_IRI, GEO, KG, ORG, PROV, RDF, RDFS, SCHEMA, SKOS, XSD

Triple = tuple[Node, Node, Node]

_SAFE = frozenset("-_.~")
_PARENT_PROPERTY = {
    "Place": SCHEMA.containedInPlace,
    "Organization": ORG.subOrganizationOf,
    "Technology": SKOS.broader,
}
_TYPE_PATHS = {
    "Organization": "organization",
    "Place": "place",
    "Person": "person",
    "Technology": "technology",
    "Document": "document",
}


def iri_segment(text: str) -> str:
    """``text`` as one IRI path segment: letters and digits of any script are kept,
    everything else is percent-encoded as UTF-8, so any name yields a valid IRI.

    Examples
    --------
    >>> iri_segment("广州市 <政务> 中心")
    '广州市%20%3C政务%3E%20中心'
    """
    out = []
    for char in text:
        if (char.isalnum() and char.isprintable()) or char in _SAFE:
            out.append(char)
        else:
            out.extend(f"%{byte:02X}" for byte in char.encode("utf-8"))
    return "".join(out) or "_"


def _language(text: str) -> str:
    return "zh" if any("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in text) else "en"


class IRIs:
    """Mints the IRIs of one graph under a base IRI."""

    def __init__(self, base_iri: str = DEFAULT_BASE_IRI) -> None:
        self.base = base_iri if base_iri.endswith(("/", "#")) else base_iri + "/"

    def document(self, doc_id: str) -> URIRef:
        return URIRef(f"{self.base}document/{iri_segment(doc_id)}")

    def article(self, doc_id: str, number: int) -> URIRef:
        return URIRef(f"{self.base}article/{iri_segment(doc_id)}/{number}")

    def sentence(self, doc_id: str, start: int, end: int) -> URIRef:
        return URIRef(f"{self.base}sentence/{iri_segment(doc_id)}/{start}-{end}")

    def mention(self, doc_id: str, start: int, end: int) -> URIRef:
        return URIRef(f"{self.base}mention/{iri_segment(doc_id)}/{start}-{end}")

    def entity(self, entity: Entity) -> URIRef:
        if entity.concept_iri:
            return URIRef(entity.concept_iri)
        key = entity.key.split(":", 1)[1] if ":" in entity.key else entity.key
        return URIRef(f"{self.base}{_TYPE_PATHS.get(entity.type, 'entity')}/{iri_segment(key)}")

    def statement(self, doc_id: str, relation: Relation) -> URIRef:
        digest = hashlib.sha1(f"{relation.subject}|{relation.predicate}|{relation.object}".encode()).hexdigest()[:16]
        return URIRef(f"{self.base}statement/{iri_segment(doc_id)}/{digest}")


def entity_triples(entity: Entity, iris: IRIs, entities: dict[str, Entity]) -> Iterator[Triple]:
    """The description of one entity: class, labels, parent, coordinates."""
    node = iris.entity(entity)
    yield node, RDF.type, KG[entity.subtype or entity.type]
    if entity.subtype and entity.subtype != entity.type:
        yield node, RDF.type, KG[entity.type]
    yield node, SKOS.prefLabel, Literal(entity.label, lang=_language(entity.label))
    yield node, RDFS.label, Literal(entity.label, lang=_language(entity.label))
    if entity.label_en and entity.label_en != entity.label:
        yield node, SKOS.prefLabel, Literal(entity.label_en, lang="en")
    for alias in entity.aliases:
        if alias not in (entity.label, entity.label_en):
            yield node, SKOS.altLabel, Literal(alias, lang=_language(alias))
    if ":" not in entity.key:
        yield node, KG.gazetteerId, Literal(entity.key)
    if entity.parent and entity.parent in entities:
        # The gazetteer's hierarchy describes the entity; kg:partOf is kept for facts read
        # in the text, each with its evidence (see ontology/README.md).
        parent = iris.entity(entities[entity.parent])
        yield node, _PARENT_PROPERTY.get(entity.type, DCTERMS.isPartOf), parent
    if entity.type == "Technology" and entity.concept_iri:
        yield node, SKOS.inScheme, URIRef(entity.concept_iri.rsplit("/", 1)[0])
    if entity.lat is not None and entity.lon is not None:
        yield node, GEO.lat, Literal(f"{entity.lat:.6f}", datatype=XSD.decimal)
        yield node, GEO.long, Literal(f"{entity.lon:.6f}", datatype=XSD.decimal)


def document_triples(result: DocumentResult, *, base_iri: str = DEFAULT_BASE_IRI) -> Iterator[Triple]:
    """Every triple that one document contributes: itself, its articles, the entities
    it mentions (with their parents), its mentions, sentences and relations."""
    iris = IRIs(base_iri)
    document = result.document
    doc_node = iris.document(document.id)
    yield doc_node, RDF.type, KG.Bulletin
    yield doc_node, KG.fileName, Literal(document.id)
    if document.title:
        yield doc_node, DCTERMS.title, Literal(document.title, lang=_language(document.title))
    if document.date:
        yield doc_node, SCHEMA.datePublished, Literal(document.date, datatype=XSD.date)
    for article in document.articles:
        node = iris.article(document.id, article.number)
        yield node, RDF.type, KG.Article
        yield node, DCTERMS.isPartOf, doc_node
        yield node, KG.articleNumber, Literal(article.number)
        yield node, DCTERMS.title, Literal(article.title, lang=_language(article.title))
        yield node, KG.startOffset, Literal(article.start)
        yield node, KG.endOffset, Literal(article.end)
        if article.source:
            yield node, KG.source, Literal(article.source)
        if article.date:
            yield node, SCHEMA.datePublished, Literal(article.date, datatype=XSD.date)
    for entity in result.entities.values():
        yield from entity_triples(entity, iris, result.entities)
    sentence_list = sentences(document.text)
    needed: dict[tuple[int, int], int | None] = {}
    for linked in result.mentions:
        mention = linked.mention
        entity_node = iris.entity(result.entities[linked.entity_key])
        node = iris.mention(document.id, mention.start, mention.end)
        yield node, RDF.type, KG.Mention
        yield node, KG.refersTo, entity_node
        yield node, KG.surfaceForm, Literal(mention.text)
        yield node, KG.startOffset, Literal(mention.start)
        yield node, KG.endOffset, Literal(mention.end)
        yield node, KG.extractedBy, Literal(mention.rule)
        yield node, KG.inDocument, doc_node
        if linked.article is not None:
            article_node = iris.article(document.id, linked.article)
            yield node, KG.inArticle, article_node
            yield article_node, KG.mentions, entity_node
        else:
            yield doc_node, KG.mentions, entity_node
        sentence = _containing(sentence_list, mention.start)
        if sentence is not None:
            yield node, KG.inSentence, iris.sentence(document.id, sentence[0], sentence[1])
            needed[sentence] = linked.article
    for relation in result.relations:
        subject = iris.entity(result.entities[relation.subject])
        obj = iris.entity(result.entities[relation.object])
        predicate = KG[relation.predicate]
        yield subject, predicate, obj
        statement = iris.statement(document.id, relation)
        yield statement, RDF.type, RDF.Statement
        yield statement, RDF.subject, subject
        yield statement, RDF.predicate, predicate
        yield statement, RDF.object, obj
        yield statement, KG["count"], Literal(len(relation.evidence))
        yield statement, KG.confidence, Literal(Decimal(str(confidence(relation))))
        if relation.detail:
            yield statement, KG.role, Literal(relation.detail, lang=_language(relation.detail))
        for evidence in relation.evidence:
            sentence_node = iris.sentence(document.id, evidence.start, evidence.end)
            needed[(evidence.start, evidence.end)] = evidence.article
            yield statement, KG.evidence, sentence_node
            yield statement, KG.extractedBy, Literal(evidence.rule)
            if evidence.article is not None:
                yield statement, PROV.wasDerivedFrom, iris.article(document.id, evidence.article)
    for (start, end), article in sorted(needed.items()):
        node = iris.sentence(document.id, start, end)
        yield node, RDF.type, KG.Sentence
        yield node, KG.text, Literal(document.text[start:end])
        yield node, KG.startOffset, Literal(start)
        yield node, KG.endOffset, Literal(end)
        yield node, KG.inDocument, doc_node
        if article is not None:
            yield node, KG.inArticle, iris.article(document.id, article)


def _containing(sentence_list, offset: int) -> tuple[int, int] | None:
    low, high = 0, len(sentence_list) - 1
    while low <= high:
        middle = (low + high) // 2
        sentence = sentence_list[middle]
        if offset < sentence.start:
            high = middle - 1
        elif offset >= sentence.end:
            low = middle + 1
        else:
            return sentence.start, sentence.end
    return None


def bind_prefixes(graph: Graph, base_iri: str = DEFAULT_BASE_IRI) -> Graph:
    """Give ``graph`` the prefixes kg's Turtle output uses."""
    graph.bind("kg", KG)
    graph.bind("schema", SCHEMA)
    graph.bind("skos", SKOS)
    graph.bind("dcterms", DCTERMS)
    graph.bind("prov", PROV)
    graph.bind("geo", GEO, replace=True)
    graph.bind("org", ORG)
    graph.bind("id", IRIs(base_iri).base)
    return graph


def prefixes(base_iri: str = DEFAULT_BASE_IRI) -> dict[str, str]:
    """The prefixes of kg's Turtle output."""
    return {name: str(namespace) for name, namespace in bind_prefixes(Graph(), base_iri).namespaces()} | {
        "rdf": str(RDF),
        "rdfs": str(RDFS),
        "xsd": str(XSD),
    }


def graph_triples(results: Iterable[DocumentResult], *, base_iri: str = DEFAULT_BASE_IRI) -> set[Triple]:
    """Every document's triples, as a set (an entity named in several documents is
    described once). Much faster than filling an rdflib graph."""
    triples: set[Triple] = set()
    for result in results:
        triples.update(t for t in document_triples(result, base_iri=base_iri) if not isinstance(t[0], BNode))
    return triples


def build_graph(
    results: Iterable[DocumentResult], *, base_iri: str = DEFAULT_BASE_IRI, store: str = "default"
) -> Graph:
    """One RDF graph holding every document's triples."""
    graph = bind_prefixes(Graph(store=store), base_iri)
    for result in results:
        for triple in document_triples(result, base_iri=base_iri):
            if not isinstance(triple[0], BNode):
                graph.add(triple)
    return graph
