"""Graph: turn entities, mentions and relations into RDF following ``ontology/kg.ttl``.

IRIs are deterministic: the same input under the same base IRI gives the same IRIs,
so graphs diff and merge cleanly. Every document's triples can be produced on their own
(:func:`document_triples`), which is what lets a store keep one named graph per document.

Provenance: a relation is stated directly (``<s> kg:publishes <o>``) and described by an
``rdf:Statement`` that carries the rule, the count and the evidence sentences.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from decimal import Decimal
from functools import lru_cache
from itertools import chain
from operator import attrgetter

from rdflib import Graph

from kg.errors import InputError
from kg.model import DocumentResult, Entity, Relation
from kg.relate import confidence, sentences
from kg.vocab import DCTERMS, DEFAULT_BASE_IRI, GEO, KG, ORG, PROV, RDF, RDFS, SCHEMA, SKOS, XSD

Term = str
"""An RDF term written as in N-Triples: ``<https://…>``, ``"成都市"@zh``,
``"12"^^<http://www.w3.org/2001/XMLSchema#integer>``. kg makes hundreds of triples per
kilobyte of text; plain strings are several times faster to make, hash and sort than
rdflib's term objects, and Oxigraph reads them as they are."""

Triple = tuple[Term, Term, Term]

_SAFE = frozenset("-_.~")
_ESCAPES = str.maketrans(
    {
        "\\": "\\\\",
        '"': '\\"',
        "\n": "\\n",
        "\r": "\\r",
        # a lone surrogate (which a document made from any Python string may hold) is no
        # character RDF or UTF-8 can carry: the replacement character stands for it
        **{chr(code): "\ufffd" for code in range(0xD800, 0xE000)},
    }
)
_IRI_FORBIDDEN = frozenset('<>"{}|^`\\ ') | {chr(code) for code in range(0x21)}


def iri(text: str) -> Term:
    """An IRI term; ``text`` must be a valid IRI already (see :func:`iri_segment`)."""
    return f"<{text}>"


def literal(text: str, language: str | None = None) -> Term:
    r"""A string literal, with a language tag when one is given.

    Examples
    --------
    >>> print(literal('说 "你好"\n', "zh"))
    "说 \"你好\"\n"@zh
    """
    quoted = '"' + text.translate(_ESCAPES) + '"'
    return f"{quoted}@{language}" if language else quoted


def typed(lexical: str, datatype: str) -> Term:
    """A literal of an XSD (or other) datatype given by its IRI."""
    return f'"{lexical.translate(_ESCAPES)}"^^<{datatype}>'


def integer(value: int) -> Term:
    return f'"{value}"^^<{_XSD_INTEGER}>'


@lru_cache(maxsize=1 << 16)  # names and titles recur in every document that names them
def text_literal(text: str) -> Term:
    """A literal tagged ``zh`` or ``en`` by its script, for names and titles."""
    return literal(text, _language(text))


_XSD_INTEGER = str(XSD.integer)
_XSD_DECIMAL = str(XSD.decimal)
_XSD_DATE = str(XSD.date)


@lru_cache(maxsize=1 << 16)  # surface forms, rules and file names recur
def _recurring_literal(text: str) -> Term:
    """:func:`literal` of a text written again and again, made once (one string, whose
    hash is computed once for :func:`graph_triples` and the Turtle writer)."""
    return literal(text)


@lru_cache(maxsize=1024)  # a few dozen classes and properties
def _kg_term(name: str) -> Term:
    """The IRI of a class or property of kg's ontology, such as ``kg:publishes``."""
    return iri(str(KG[name]))


@lru_cache(maxsize=256)  # confidences are rounded to two places
def _decimal(value: float) -> Term:
    """A confidence as an ``xsd:decimal`` literal."""
    return typed(str(Decimal(str(value))), _XSD_DECIMAL)


# The terms of kg's vocabulary, made once.
A = iri(str(RDF.type))
_T = {name: iri(str(KG[name])) for name in ("Bulletin", "Article", "Mention", "Sentence")}
_STATEMENT = iri(str(RDF.Statement))
(
    _PREF_LABEL, _ALT_LABEL, _RDFS_LABEL, _GAZETTEER_ID, _IN_SCHEME, _LAT, _LONG, _FILE_NAME, _TITLE,
    _DATE_PUBLISHED, _IS_PART_OF, _ARTICLE_NUMBER, _START, _END, _SOURCE, _REFERS_TO, _SURFACE_FORM,
    _EXTRACTED_BY, _IN_DOCUMENT, _IN_ARTICLE, _MENTIONS, _IN_SENTENCE, _SUBJECT, _PREDICATE, _OBJECT,
    _COUNT, _CONFIDENCE, _ROLE, _EVIDENCE, _DERIVED_FROM, _TEXT,
) = (
    iri(str(term))
    for term in (
        SKOS.prefLabel, SKOS.altLabel, RDFS.label, KG.gazetteerId, SKOS.inScheme, GEO.lat, GEO.long, KG.fileName,
        DCTERMS.title, SCHEMA.datePublished, DCTERMS.isPartOf, KG.articleNumber, KG.startOffset, KG.endOffset,
        KG.source, KG.refersTo, KG.surfaceForm, KG.extractedBy, KG.inDocument, KG.inArticle, KG.mentions,
        KG.inSentence, RDF.subject, RDF.predicate, RDF.object, KG["count"], KG.confidence, KG.role, KG.evidence,
        PROV.wasDerivedFrom, KG.text,
    )
)  # fmt: skip
_PARENT_PROPERTY = {
    "Place": iri(str(SCHEMA.containedInPlace)),
    "Organization": iri(str(ORG.subOrganizationOf)),
    "Technology": iri(str(SKOS.broader)),
}
_IS_PART_OF_ANY = iri(str(DCTERMS.isPartOf))
_TYPE_PATHS = {
    "Organization": "organization",
    "Place": "place",
    "Person": "person",
    "Technology": "technology",
    "Document": "document",
    "Event": "event",
}


@lru_cache(maxsize=1 << 16)  # entity names recur in every document that mentions them
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


def check_base_iri(base_iri: str) -> str:
    """``base_iri`` ending in ``/`` or ``#``, or an :class:`InputError` saying why it is
    not an absolute IRI that can prefix kg's names."""
    scheme, colon, _ = base_iri.partition(":")
    if not colon or not scheme[:1].isalpha() or not all(c.isalnum() or c in "+-." for c in scheme):
        raise InputError(f"{base_iri!r}: the base IRI must be absolute, such as https://example.org/kg/")
    bad = sorted({c for c in base_iri if c in _IRI_FORBIDDEN})
    if bad:
        raise InputError(f"{base_iri!r}: the base IRI may not contain {' '.join(repr(c) for c in bad)}")
    return base_iri if base_iri.endswith(("/", "#")) else base_iri + "/"


class IRIs:
    """Mints the IRIs of one graph under a base IRI, as terms (``<…>``)."""

    def __init__(self, base_iri: str = DEFAULT_BASE_IRI) -> None:
        self.base = check_base_iri(base_iri)

    def document(self, doc_id: str) -> Term:
        return f"<{self.base}document/{iri_segment(doc_id)}>"

    def article(self, doc_id: str, number: int) -> Term:
        return f"<{self.base}article/{iri_segment(doc_id)}/{number}>"

    def sentence(self, doc_id: str, start: int, end: int) -> Term:
        return f"<{self.base}sentence/{iri_segment(doc_id)}/{start}-{end}>"

    def mention(self, doc_id: str, start: int, end: int) -> Term:
        return f"<{self.base}mention/{iri_segment(doc_id)}/{start}-{end}>"

    def entity(self, entity: Entity) -> Term:
        if entity.concept_iri:
            return f"<{entity.concept_iri}>"
        key = entity.key.split(":", 1)[1] if ":" in entity.key else entity.key
        return f"<{self.base}{_TYPE_PATHS.get(entity.type, 'entity')}/{iri_segment(key)}>"

    def statement(self, doc_id: str, relation: Relation) -> Term:
        # The role is part of a fact (国务院总理 and 国务院副总理 are two roleAt facts
        # between the same person and body), so it is part of the statement's name.
        key = f"{relation.subject}|{relation.predicate}|{relation.object}"
        if relation.detail:
            key += f"|{relation.detail}"
        digest = hashlib.sha1(key.encode()).hexdigest()[:16]
        return f"<{self.base}statement/{iri_segment(doc_id)}/{digest}>"


def entity_triples(entity: Entity, iris: IRIs, entities: dict[str, Entity]) -> Iterator[Triple]:
    """The description of one entity: class, labels, parent, coordinates."""
    node = iris.entity(entity)
    yield node, A, _kg_term(entity.subtype or entity.type)
    if entity.subtype and entity.subtype != entity.type:
        yield node, A, _kg_term(entity.type)
    label = text_literal(entity.label)
    yield node, _PREF_LABEL, label
    yield node, _RDFS_LABEL, label
    if entity.label_en and entity.label_en != entity.label:
        # Meta (Meta Platforms): a label in Latin letters is the English preferred label
        # already, and SKOS allows one per language
        english_label = _PREF_LABEL if _language(entity.label) == "zh" else _ALT_LABEL
        yield node, english_label, literal(entity.label_en, "en")
    for alias in entity.aliases:
        if alias not in (entity.label, entity.label_en):
            yield node, _ALT_LABEL, text_literal(alias)
    if ":" not in entity.key:
        yield node, _GAZETTEER_ID, _recurring_literal(entity.key)
    if entity.parent and entity.parent in entities:
        # The gazetteer's hierarchy describes the entity; kg:partOf is kept for facts read
        # in the text, each with its evidence (see ontology/README.md).
        parent = iris.entity(entities[entity.parent])
        yield node, _PARENT_PROPERTY.get(entity.type, _IS_PART_OF_ANY), parent
    if entity.type == "Technology" and entity.concept_iri:
        yield node, _IN_SCHEME, iri(entity.concept_iri.rsplit("/", 1)[0])
    if entity.lat is not None and entity.lon is not None:
        yield node, _LAT, typed(f"{entity.lat:.6f}", _XSD_DECIMAL)
        yield node, _LONG, typed(f"{entity.lon:.6f}", _XSD_DECIMAL)


def document_triples(result: DocumentResult, *, base_iri: str = DEFAULT_BASE_IRI) -> Iterator[Triple]:
    """Every triple that one document contributes: itself, its articles, the entities
    it mentions (with their parents), its mentions, sentences and relations."""
    iris = IRIs(base_iri)
    document = result.document
    doc_node = iris.document(document.id)
    yield doc_node, A, _T["Bulletin"]
    yield doc_node, _FILE_NAME, literal(document.id)
    if document.title:
        yield doc_node, _TITLE, text_literal(document.title)
    if document.date:
        yield doc_node, _DATE_PUBLISHED, typed(document.date, _XSD_DATE)
    articles = {}
    for article in document.articles:
        node = articles[article.number] = iris.article(document.id, article.number)
        yield node, A, _T["Article"]
        yield node, _IS_PART_OF, doc_node
        yield node, _ARTICLE_NUMBER, integer(article.number)
        yield node, _TITLE, text_literal(article.title)
        yield node, _START, integer(article.start)
        yield node, _END, integer(article.end)
        if article.source:
            yield node, _SOURCE, _recurring_literal(article.source)
        if article.date:
            yield node, _DATE_PUBLISHED, typed(article.date, _XSD_DATE)
    entity_nodes = {}
    for key, entity in result.entities.items():
        entity_nodes[key] = iris.entity(entity)
        yield from entity_triples(entity, iris, result.entities)
    sentence_list = sentences(document.text)
    needed: dict[tuple[int, int], int | None] = {}
    segment = iri_segment(document.id)
    mention_base = f"<{iris.base}mention/{segment}/"
    sentence_base = f"<{iris.base}sentence/{segment}/"
    for linked in result.mentions:
        mention = linked.mention
        entity_node = entity_nodes[linked.entity_key]
        node = f"{mention_base}{mention.start}-{mention.end}>"
        yield node, A, _T["Mention"]
        yield node, _REFERS_TO, entity_node
        yield node, _SURFACE_FORM, _recurring_literal(mention.text)
        yield node, _START, integer(mention.start)
        yield node, _END, integer(mention.end)
        yield node, _EXTRACTED_BY, _recurring_literal(mention.rule)
        yield node, _IN_DOCUMENT, doc_node
        if linked.article is not None:
            article_node = articles.get(linked.article) or iris.article(document.id, linked.article)
            yield node, _IN_ARTICLE, article_node
            yield article_node, _MENTIONS, entity_node
        else:
            yield doc_node, _MENTIONS, entity_node
        sentence = containing_sentence(sentence_list, mention.start)
        if sentence is not None:
            yield node, _IN_SENTENCE, f"{sentence_base}{sentence[0]}-{sentence[1]}>"
            needed[sentence] = linked.article
    for relation in result.relations:
        subject = entity_nodes[relation.subject]
        obj = entity_nodes[relation.object]
        predicate = _kg_term(relation.predicate)
        yield subject, predicate, obj
        statement = iris.statement(document.id, relation)
        yield statement, A, _STATEMENT
        yield statement, _SUBJECT, subject
        yield statement, _PREDICATE, predicate
        yield statement, _OBJECT, obj
        yield statement, _COUNT, integer(len(relation.evidence))
        yield statement, _CONFIDENCE, _decimal(confidence(relation))
        if relation.detail:
            yield statement, _ROLE, text_literal(relation.detail)
        for evidence in relation.evidence:
            needed[(evidence.start, evidence.end)] = evidence.article
            yield statement, _EVIDENCE, f"{sentence_base}{evidence.start}-{evidence.end}>"
            yield statement, _EXTRACTED_BY, _recurring_literal(evidence.rule)
            if evidence.article is not None:
                yield (
                    statement,
                    _DERIVED_FROM,
                    articles.get(evidence.article) or iris.article(document.id, evidence.article),
                )
    for (start, end), article_index in sorted(needed.items()):
        node = f"{sentence_base}{start}-{end}>"
        yield node, A, _T["Sentence"]
        yield node, _TEXT, literal(document.text[start:end])
        yield node, _START, integer(start)
        yield node, _END, integer(end)
        yield node, _IN_DOCUMENT, doc_node
        if article_index is not None:
            yield node, _IN_ARTICLE, articles.get(article_index) or iris.article(document.id, article_index)


_SENTENCE_START = attrgetter("start")


def containing_sentence(sentence_list, offset: int) -> tuple[int, int] | None:
    """The (start, end) of the sentence of ``sentence_list`` (in order) that holds ``offset``."""
    index = bisect_right(sentence_list, offset, key=_SENTENCE_START) - 1
    if index < 0 or offset >= sentence_list[index].end:
        return None
    sentence = sentence_list[index]
    return sentence.start, sentence.end


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


def graph_triples(results: Iterable[DocumentResult], *, base_iri: str = DEFAULT_BASE_IRI) -> dict[Triple, None]:
    """Every document's triples, each once (an entity named in several documents is
    described once), as the keys of a dict, in the order they were made: a writer
    reading them in that order finds each subject's terms close together in memory,
    and writes them about twice as fast as in a set's hash order."""
    return dict.fromkeys(chain.from_iterable(document_triples(result, base_iri=base_iri) for result in results))


def ntriples(triples: Iterable[Triple]) -> str:
    """``triples`` as an N-Triples document (in the order given)."""
    return "".join(f"{s} {p} {o} .\n" for s, p, o in triples)


def build_graph(
    results: Iterable[DocumentResult], *, base_iri: str = DEFAULT_BASE_IRI, store: str = "default"
) -> Graph:
    """One rdflib graph holding every document's triples (for tests and small graphs:
    kg itself writes and loads its triples without rdflib's term objects)."""
    graph = bind_prefixes(Graph(store=store), base_iri)
    for triple in rdflib_triples(graph_triples(results, base_iri=base_iri)):
        graph.add(triple)
    return graph


def rdflib_triples(triples: Iterable[Triple]) -> Iterator[tuple]:
    """kg's triples as rdflib terms, read by Oxigraph's N-Triples parser."""
    import pyoxigraph
    from oxrdflib._converter import from_ox

    text = ntriples(triples).encode("utf-8")
    for triple in pyoxigraph.parse(input=text, format=pyoxigraph.RdfFormat.N_TRIPLES):
        yield from_ox(triple.subject), from_ox(triple.predicate), from_ox(triple.object)
