"""Render: the graph as one self-contained HTML page (an interactive map).

The page is vis-network (the library pyvis draws with, inlined from the installed pyvis
package) plus kg's own script and style from ``kg/map/``, so it loads nothing from the
network: it works on intranets and straight from disk. It has a search box, filters by
entity type, article, source outlet, relation and confidence, a side panel with every
mention and every piece of evidence, and a geographic view of the places.

All text from documents reaches the page as JSON inside
``<script type="application/json">`` (see :func:`script_json`) and is shown with
``textContent`` only, so a name such as ``</script><img onerror=…>`` stays text.

Reading the RDF graph (:func:`map_data`) is separate from writing the page
(:func:`map_html`), and the page is laid out in the browser, so writing the page for
5,000 entities takes a fraction of a second. For graphs too big to read,
:func:`most_connected` and :func:`neighbourhood` cut the map down first.

Examples
--------
>>> from rdflib import Graph, Literal, URIRef
>>> from kg.vocab import KG, RDF, SKOS
>>> graph = Graph()
>>> _ = graph.add((URIRef("urn:x:gacc"), RDF.type, KG.Organization))
>>> _ = graph.add((URIRef("urn:x:gacc"), SKOS.prefLabel, Literal("海关总署", lang="zh")))
>>> data = map_data(graph)
>>> [entity.label for entity in data.entities]
['海关总署']
>>> '"海关总署"' in map_html(data)
True
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter, defaultdict, deque
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib.resources import files
from importlib.util import find_spec
from pathlib import Path

from rdflib import Graph, Literal, URIRef

from kg import relate
from kg.errors import InputError, OutputError
from kg.graph import IRIs, containing_sentence, iri_segment, text_literal
from kg.model import ENTITY_TYPES, DocumentResult, Entity
from kg.store import first_values, literals, subject_objects, subjects_of_type, text_literal_of
from kg.vocab import DCTERMS, DEFAULT_BASE_IRI, GEO, KG, ORG, RDF, RDFS, RELATIONS, SCHEMA, SKOS

#: How each entity type is drawn: Chinese name, colour and vis-network shape.
TYPE_STYLES = {
    "Organization": ("机构", "#4e79a7", "dot"),
    "Place": ("地点", "#59a14f", "triangle"),
    "Person": ("人物", "#e15759", "star"),
    "Technology": ("技术", "#f28e2b", "diamond"),
    "Document": ("文件", "#b07aa1", "square"),
    "Event": ("活动", "#17becf", "hexagon"),
}

#: The relation of a parent in a gazetteer (成都市 ⊂ 四川省), drawn beside the facts read from text.
HIERARCHY = "hierarchy"

#: How each relation is drawn: Chinese name, colour, line style (solid, dashed, dotted).
RELATION_STYLES = {
    "publishes": ("发布", "#b07aa1", "solid"),
    "organizes": ("主办", "#17becf", "solid"),
    "establishes": ("设立", "#9c755f", "solid"),
    "cooperatesWith": ("合作", "#59a14f", "solid"),
    "competesWith": ("竞争", "#e15759", "solid"),
    "locatedIn": ("位于", "#76b7b2", "solid"),
    "partOf": ("隶属", "#4e79a7", "solid"),
    "roleAt": ("任职", "#ff9da7", "solid"),
    "formerRoleAt": ("曾任职", "#ff9da7", "dotted"),
    "about": ("关于", "#edc948", "solid"),
    "uses": ("使用", "#f28e2b", "solid"),
    "regulates": ("监管", "#af7aa1", "solid"),
    "visits": ("访问", "#499894", "solid"),
    "coOccursWith": ("同句共现", "#a0a0a0", "dashed"),
    HIERARCHY: ("上级（词表）", "#c8c8c8", "dotted"),
}

_PARENT_PROPERTIES = (SCHEMA.containedInPlace, ORG.subOrganizationOf, SKOS.broader, DCTERMS.isPartOf)
_ASSETS = ("page.html", "map.css", "map.js")


@dataclass(frozen=True, slots=True)
class MapArticle:
    """An article of a bulletin, as the side panel names it."""

    key: str
    number: int | None
    title: str
    source: str
    date: str


@dataclass(frozen=True, slots=True)
class MapSentence:
    """A sentence that a mention sits in or that is evidence for a fact."""

    key: str
    text: str
    start: int | None
    """Offset of the sentence in its document, to place mentions inside it."""
    article: str | None


@dataclass(frozen=True, slots=True)
class MapMention:
    """One place where a document names an entity."""

    entity: str
    surface: str
    start: int | None
    end: int | None
    sentence: str | None
    article: str | None


@dataclass(frozen=True, slots=True)
class MapEntity:
    """An entity with what the map shows of it."""

    key: str
    """The entity's IRI."""
    label: str
    label_en: str
    aliases: tuple[str, ...]
    type: str
    classes: tuple[str, ...]
    """Its finer kg classes (GovernmentOrganization, City …)."""
    parent: str | None
    """Its parent in a gazetteer hierarchy (a province for a city), if in the graph."""
    lat: float | None
    lon: float | None
    gazetteer_id: str = ""


@dataclass(frozen=True, slots=True)
class MapFact:
    """A relation between two entities with its evidence, summed over documents."""

    subject: str
    predicate: str
    object: str
    count: int
    confidence: float
    role: str
    evidence: tuple[str, ...]
    """Keys of the sentences it was read from (none for gazetteer hierarchy)."""


@dataclass(frozen=True, slots=True)
class MapData:
    """Everything the map shows, read from a graph once."""

    entities: tuple[MapEntity, ...]
    facts: tuple[MapFact, ...]
    mentions: tuple[MapMention, ...] = ()
    sentences: dict[str, MapSentence] = field(default_factory=dict)
    articles: dict[str, MapArticle] = field(default_factory=dict)

    def degrees(self) -> Counter:
        """How many other entities each entity is connected to."""
        return Counter(key for pair in _pairs(self.facts) for key in pair)

    def keep(self, keys: Iterable[str]) -> MapData:
        """The map of only these entities, their facts among themselves and their mentions."""
        kept = set(keys)
        entities = tuple(e for e in self.entities if e.key in kept)
        facts = tuple(f for f in self.facts if f.subject in kept and f.object in kept)
        mentions = tuple(m for m in self.mentions if m.entity in kept)
        used = {m.sentence for m in mentions} | {s for f in facts for s in f.evidence}
        sentences = {k: s for k, s in self.sentences.items() if k in used}
        cited = {m.article for m in mentions} | {s.article for s in sentences.values()}
        articles = {k: a for k, a in self.articles.items() if k in cited}
        entities = tuple(replace(e, parent=None) if e.parent not in kept else e for e in entities)
        return MapData(entities, facts, mentions, sentences, articles)


def _pairs(facts: Iterable[MapFact]) -> set[tuple[str, str]]:
    """The pairs of distinct entities that facts join, each pair once."""
    return {(min(f.subject, f.object), max(f.subject, f.object)) for f in facts if f.subject != f.object}


def map_data(graph: Graph) -> MapData:
    """Read the entities, facts, mentions, sentences and articles of a graph kg built.

    Entities are the nodes typed with one of :data:`ENTITY_TYPES` (mentioned or not: a
    gazetteer parent such as 四川省 is one too). A fact is every ``rdf:Statement`` between
    two entities, merged over documents, plus each gazetteer parent link (``hierarchy``).
    A build does not read its graph back: :class:`MapCollector` gathers the same data
    from the documents as they are processed.
    """
    classes: dict[URIRef, set[str]] = defaultdict(set)
    for node, cls in subject_objects(graph, RDF.type):
        if isinstance(node, URIRef) and isinstance(cls, URIRef) and cls.startswith(str(KG)):
            classes[node].add(cls.removeprefix(str(KG)))
    parents: dict[URIRef, set[URIRef]] = defaultdict(set)
    for prop in _PARENT_PROPERTIES:
        for child, parent in subject_objects(graph, prop):
            parents[child].add(parent)
    keys, entities, hierarchy = _entities(
        classes,
        *(literals(graph, p) for p in (SKOS.prefLabel, SKOS.altLabel, RDFS.label)),
        *(first_values(graph, p) for p in (KG.gazetteerId, GEO.lat, GEO.long)),
        parents,
    )
    mentions, sentences, articles = _provenance(graph, keys)
    return MapData(tuple(entities), tuple(_facts(graph, keys) + hierarchy), mentions, sentences, articles)


def _entities(
    classes: dict, pref: dict, alt: dict, rdfs_labels: dict, gazetteer_ids: dict, lats: dict, lons: dict, parents: dict
) -> tuple[set, list[MapEntity], list[MapFact]]:
    """The entities among the typed nodes, in key order, and their gazetteer parent links
    as ``hierarchy`` facts; also the set of entity nodes. Every argument is keyed by node:
    its kg classes, its labels by property (sorted by language, then text), the least
    gazetteer id, latitude and longitude (compared as text), and its parent nodes."""
    main_types = {n: next((t for t in ENTITY_TYPES if t in c), None) for n, c in classes.items()}
    keys = {n for n, t in main_types.items() if t}
    found = {child: {p for p in ps if p in keys and p != child} for child, ps in parents.items() if child in keys}
    entities = []
    for node in sorted(keys):
        labels = pref.get(node, []) + rdfs_labels.get(node, [])
        label = _pick_label(labels, ("zh", "en", None)) or str(node).rstrip("/").rsplit("/", 1)[-1]
        label_en = _pick_label(labels, ("en",)) or ""
        names = {label, label_en}
        aliases = sorted({str(x) for x in pref.get(node, []) + alt.get(node, [])} - names)
        entities.append(
            MapEntity(
                key=str(node),
                label=label,
                label_en=label_en if label_en != label else "",
                aliases=tuple(aliases),
                type=main_types[node],
                classes=tuple(sorted(classes[node] - {main_types[node]})),
                parent=str(min(found[node])) if found.get(node) else None,
                lat=_float(lats.get(node)),
                lon=_float(lons.get(node)),
                gazetteer_id=str(gazetteer_ids.get(node, "")),
            )
        )
    hierarchy = [
        MapFact(str(child), HIERARCHY, str(parent), 1, 1.0, "", ())
        for child, above in sorted(found.items())
        for parent in sorted(above)
    ]
    return keys, entities, hierarchy


class MapCollector:
    """Gathers the map's data from documents as they are processed, so that a build need
    not read its graph back: :meth:`data` is what :func:`map_data` reads from the graph
    of the same documents (the triples of :func:`kg.graph.document_triples`, merged).

    Examples
    --------
    >>> from kg.ingest import make_document
    >>> from kg.model import DocumentResult, Entity, LinkedMention, Mention
    >>> document = make_document("d", "海关总署在成都。", path="d")
    >>> gacc = Entity("gacc", "Organization", "海关总署", "GovernmentOrganization")
    >>> mention = LinkedMention(Mention("d", 0, 4, "海关总署", "Organization", "gazetteer"), "gacc", 1)
    >>> collector = MapCollector()
    >>> collector.add(DocumentResult(document, [mention], {"gacc": gacc}))
    >>> data = collector.data()
    >>> [(e.label, e.classes, len(data.mentions)) for e in data.entities]
    [('海关总署', ('GovernmentOrganization',), 1)]
    """

    def __init__(self, *, base_iri: str = DEFAULT_BASE_IRI) -> None:
        self._iris = IRIs(base_iri)
        self._entity_iris: dict[Entity, str] = {}
        self._described: set[tuple[Entity, str | None]] = set()
        self._classes: dict[str, set[str]] = defaultdict(set)
        self._labels: tuple[dict[str, set[tuple[str, str]]], ...] = tuple(defaultdict(set) for _ in range(3))
        self._values: tuple[dict[str, set[str]], ...] = tuple(defaultdict(set) for _ in range(3))
        self._parents: dict[str, set[str]] = defaultdict(set)
        self._bulletins: set[str] = set()
        self._facts = _FactTally()
        self._mentions: list[MapMention] = []
        self._sentences: dict[str, MapSentence] = {}
        self._articles: dict[str, MapArticle] = {}

    def add(self, result: DocumentResult) -> None:
        """Take in what one document adds to the map."""
        document = result.document
        segment = iri_segment(document.id)
        self._bulletins.add(self._iris.document(document.id)[1:-1])
        article_base = f"{self._iris.base}article/{segment}/"
        sentence_base = f"{self._iris.base}sentence/{segment}/"
        for article in document.articles:
            key = f"{article_base}{article.number}"
            self._articles[key] = MapArticle(
                key, article.number, article.title, article.source or "", article.date or ""
            )
        nodes = {key: self._describe(entity, result.entities) for key, entity in result.entities.items()}
        sentence_list = relate.sentences(document.text)
        needed: dict[tuple[int, int], int | None] = {}
        named: set[tuple[int, int, str]] = set()
        for linked in result.mentions:
            mention, entity = linked.mention, nodes[linked.entity_key]
            sentence = containing_sentence(sentence_list, mention.start)
            if sentence is not None:
                needed[sentence] = linked.article
            if (mention.start, mention.end, entity) in named:
                continue  # the same triples again
            named.add((mention.start, mention.end, entity))
            self._mentions.append(
                MapMention(
                    entity=entity,
                    surface=mention.text,
                    start=mention.start,
                    end=mention.end,
                    sentence=f"{sentence_base}{sentence[0]}-{sentence[1]}" if sentence is not None else None,
                    article=f"{article_base}{linked.article}" if linked.article is not None else None,
                )
            )
        for relation in result.relations:  # one statement each (see kg.graph.IRIs.statement)
            for evidence in relation.evidence:
                needed[(evidence.start, evidence.end)] = evidence.article
            self._facts.add(
                nodes[relation.subject],
                relation.predicate,
                nodes[relation.object],
                count=len(relation.evidence),
                confidence=_float(relate.confidence(relation)),
                role=relation.detail or None,
                evidence={f"{sentence_base}{e.start}-{e.end}" for e in relation.evidence},
            )
        for (start, end), article in needed.items():
            key = f"{sentence_base}{start}-{end}"
            self._sentences[key] = MapSentence(
                key, document.text[start:end], start, f"{article_base}{article}" if article is not None else None
            )

    def _describe(self, entity: Entity, entities: dict[str, Entity]) -> str:
        """The IRI of ``entity``, whose description (as :func:`kg.graph.entity_triples`
        gives it) is taken in unless it was already."""
        node = self._iri(entity)
        parent = self._iri(entities[entity.parent]) if entity.parent and entity.parent in entities else None
        if (entity, parent) in self._described:
            return node
        self._described.add((entity, parent))
        classes = self._classes[node]
        classes.add(entity.subtype or entity.type)
        if entity.subtype and entity.subtype != entity.type:
            classes.add(entity.type)
        pref, alt, rdfs_labels = (labels[node] for labels in self._labels)
        label = _tagged(entity.label)
        pref.add(label)
        rdfs_labels.add(label)
        if entity.label_en and entity.label_en != entity.label:
            pref.add(("en", entity.label_en))
        alt.update(_tagged(a) for a in entity.aliases if a not in (entity.label, entity.label_en))
        gazetteer_ids, lats, lons = (values[node] for values in self._values)
        if ":" not in entity.key:
            gazetteer_ids.add(entity.key)
        if parent is not None:
            self._parents[node].add(parent)
        if entity.lat is not None and entity.lon is not None:
            lats.add(_canonical_decimal(f"{entity.lat:.6f}"))
            lons.add(_canonical_decimal(f"{entity.lon:.6f}"))
        return node

    def _iri(self, entity: Entity) -> str:
        node = self._entity_iris.get(entity)
        if node is None:
            node = self._entity_iris[entity] = self._iris.entity(entity)[1:-1]
        return node

    def data(self) -> MapData:
        """The map of every document taken in so far."""
        classes = {
            node: found | {"Bulletin"} if node in self._bulletins else found for node, found in self._classes.items()
        }
        pref, alt, rdfs_labels = (
            {
                node: [text_literal_of(value, language) for language, value in sorted(found)]
                for node, found in labels.items()
            }
            for labels in self._labels
        )
        gazetteer_ids, lats, lons = (
            {node: min(found) for node, found in values.items() if found} for values in self._values
        )
        keys, entities, hierarchy = _entities(classes, pref, alt, rdfs_labels, gazetteer_ids, lats, lons, self._parents)
        mentions = sorted((m for m in self._mentions if m.entity in keys), key=_mention_order)
        return MapData(
            tuple(entities),
            tuple(self._facts.facts(keys) + hierarchy),
            tuple(mentions),
            dict(self._sentences),
            dict(self._articles),
        )


def _tagged(text: str) -> tuple[str, str]:
    """The language tag :func:`kg.graph.text_literal` gives ``text``, and ``text``."""
    term = text_literal(text)
    return term[term.rindex("@") + 1 :], text


def _canonical_decimal(lexical: str) -> str:
    """A decimal as Oxigraph stores and returns it (``30.572900`` → ``30.5729``)."""
    value = Decimal(lexical)
    return "0" if value == 0 else format(value.normalize(), "f")


def _pick_label(labels: list[Literal], languages: tuple[str | None, ...]) -> str | None:
    """The first label in the first of ``languages`` that has one; with ``None`` among
    them, any label at all rather than none."""
    for language in languages:
        for label in labels:
            if label.language == language:
                return str(label)
    return str(labels[0]) if labels and None in languages else None


def _float(value) -> float | None:
    if value is None:
        return None
    try:
        return round(float(Decimal(str(value))), 6)
    except (InvalidOperation, ValueError):
        return None


def _int(value) -> int | None:
    try:
        return int(str(value)) if value is not None else None
    except ValueError:
        return None


def _facts(graph: Graph, keys: set[URIRef]) -> list[MapFact]:
    values = {p: dict(subject_objects(graph, p)) for p in (RDF.subject, RDF.predicate, RDF.object, KG.confidence)}
    counts = dict(subject_objects(graph, KG["count"]))
    roles = dict(subject_objects(graph, KG.role))
    evidence: dict = defaultdict(set)
    for statement, sentence in subject_objects(graph, KG.evidence):
        evidence[statement].add(str(sentence))
    tally = _FactTally()
    for statement in subjects_of_type(graph, RDF.Statement):
        subject, predicate, obj = (values[p].get(statement) for p in (RDF.subject, RDF.predicate, RDF.object))
        if subject not in keys or obj not in keys or not isinstance(predicate, URIRef):
            continue
        name = (
            predicate.removeprefix(str(KG)) if predicate.startswith(str(KG)) else predicate.n3(graph.namespace_manager)
        )
        tally.add(
            str(subject),
            name,
            str(obj),
            count=_int(counts.get(statement)),
            confidence=_float(values[KG.confidence].get(statement)),
            role=str(roles[statement]) if statement in roles else None,
            evidence=evidence.get(statement, ()),
        )
    return tally.facts()


class _FactTally:
    """Facts merged over the statements of them (one per document): counts summed, the
    highest confidence, every role and every evidence sentence."""

    def __init__(self) -> None:
        self._merged: dict[tuple[str, str, str], list] = {}

    def add(
        self,
        subject: str,
        name: str,
        obj: str,
        *,
        count: int | None,
        confidence: float | None,
        role: str | None,
        evidence: Iterable[str],
    ) -> None:
        fact = self._merged.get((subject, name, obj))
        if fact is None:
            fact = self._merged[(subject, name, obj)] = [0, 0.0, set(), set()]
        fact[0] += count or 1
        fact[1] = max(fact[1], 1.0 if confidence is None else confidence)
        if role is not None:
            fact[2].add(role)
        fact[3].update(evidence)

    def facts(self, keys: set[str] | None = None) -> list[MapFact]:
        """The merged facts in (subject, relation, object) order; with ``keys``, only
        those between two of these entities."""
        return [
            MapFact(s, p, o, count, round(confidence, 3), "、".join(sorted(roles)), tuple(sorted(evidence)))
            for (s, p, o), (count, confidence, roles, evidence) in sorted(self._merged.items())
            if keys is None or (s in keys and o in keys)
        ]


def _provenance(
    graph: Graph, keys: set[URIRef]
) -> tuple[tuple[MapMention, ...], dict[str, MapSentence], dict[str, MapArticle]]:
    starts, ends = dict(subject_objects(graph, KG.startOffset)), dict(subject_objects(graph, KG.endOffset))
    in_article, in_sentence = dict(subject_objects(graph, KG.inArticle)), dict(subject_objects(graph, KG.inSentence))
    surfaces = dict(subject_objects(graph, KG.surfaceForm))
    mentions = []
    for mention, entity in subject_objects(graph, KG.refersTo):
        if entity in keys:
            mentions.append(
                MapMention(
                    entity=str(entity),
                    surface=str(surfaces.get(mention, "")),
                    start=_int(starts.get(mention)),
                    end=_int(ends.get(mention)),
                    sentence=str(in_sentence[mention]) if mention in in_sentence else None,
                    article=str(in_article[mention]) if mention in in_article else None,
                )
            )
    mentions.sort(key=_mention_order)
    sentences = {
        str(node): MapSentence(
            str(node),
            str(text),
            _int(starts.get(node)),
            str(in_article[node]) if node in in_article else None,
        )
        for node, text in subject_objects(graph, KG.text)
    }
    titles, sources = literals(graph, DCTERMS.title), first_values(graph, KG.source)
    numbers, dates = first_values(graph, KG.articleNumber), first_values(graph, SCHEMA.datePublished)
    articles = {}
    for node in subjects_of_type(graph, KG.Article):
        title = _pick_label(titles.get(node, []), ("zh", "en", None)) or ""
        articles[str(node)] = MapArticle(
            str(node), _int(numbers.get(node)), title, str(sources.get(node, "")), str(dates.get(node, ""))
        )
    return tuple(mentions), sentences, articles


def _mention_order(mention: MapMention) -> tuple:
    return (
        mention.entity,
        mention.article or "",
        mention.sentence or "",
        mention.start or 0,
        mention.end or 0,
        mention.surface,
    )


def find_entity(data: MapData, name: str) -> MapEntity:
    """The entity that a name, alias, gazetteer id or IRI stands for (case does not matter).

    Raises :class:`~kg.errors.InputError` naming the candidates when the name is unknown
    or names several entities.
    """
    wanted = name.strip().casefold()
    exact = [e for e in data.entities if wanted in _names(e)]
    if len(exact) == 1:
        return exact[0]
    if len(exact) > 1:
        listed = ", ".join(f"{e.label} ({e.key})" for e in exact[:8])
        raise InputError(f"{name!r} names several entities: {listed}; give the IRI instead")
    close = sorted({e.label for e in data.entities if any(wanted in x for x in _names(e))})
    hint = f"; did you mean {', '.join(close[:5])}?" if close else ""
    raise InputError(f"no entity named {name!r} in the graph{hint}")


def _names(entity: MapEntity) -> set[str]:
    names = {entity.key, entity.label, entity.label_en, entity.gazetteer_id, *entity.aliases}
    return {x.casefold() for x in names if x}


def most_connected(data: MapData, top: int, *, always: Iterable[str] = ()) -> MapData:
    """The map cut to the ``top`` entities connected to the most others.

    Ties go to the entity mentioned more often, then to the label, so the cut is stable.
    The entities in ``always`` are kept and count towards ``top``.
    """
    degrees = data.degrees()
    mentioned = Counter(m.entity for m in data.mentions)
    first = set(always)
    ranked = sorted(
        data.entities, key=lambda e: (e.key not in first, -degrees[e.key], -mentioned[e.key], e.label, e.key)
    )
    return data.keep(e.key for e in ranked[: max(top, len(first))])


def neighbourhood(data: MapData, name: str, depth: int = 1) -> MapData:
    """The map cut to the entities at most ``depth`` facts away from the entity ``name``."""
    centre = find_entity(data, name).key
    neighbours: dict[str, set[str]] = defaultdict(set)
    for a, b in _pairs(data.facts):
        neighbours[a].add(b)
        neighbours[b].add(a)
    reached = {centre: 0}
    queue = deque([centre])
    while queue:
        node = queue.popleft()
        if reached[node] < depth:
            for other in neighbours[node] - reached.keys():
                reached[other] = reached[node] + 1
                queue.append(other)
    return data.keep(reached)


def script_json(value: object) -> str:
    """JSON that is safe inside a ``<script>`` element: ``<``, ``>`` and ``&`` are
    escaped (no ``</script>``, no ``<!--``), and so are U+2028 and U+2029.

    Examples
    --------
    >>> script_json({"name": "</script><b>&"})
    '{"name":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escape in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escape)
    return text


def page_data(data: MapData, *, title: str = "") -> dict:
    """The JSON the page reads: entities, facts, mentions, sentences and articles as
    lists that refer to each other by position, so a 5,000-entity map stays small."""
    entity_index = {e.key: i for i, e in enumerate(data.entities)}
    articles = sorted(data.articles.values(), key=lambda a: (a.number is None, a.number or 0, a.key))
    article_index = {a.key: i for i, a in enumerate(articles)}
    sentences = sorted(data.sentences.values(), key=lambda s: s.key)
    sentence_index = {s.key: i for i, s in enumerate(sentences)}
    relations = [r for r in (*RELATIONS, HIERARCHY) if r in RELATION_STYLES]
    relations += sorted({f.predicate for f in data.facts} - set(relations))
    relation_index = {r: i for i, r in enumerate(relations)}
    entity_articles: dict[str, set[int]] = defaultdict(set)
    for mention in data.mentions:
        if mention.article in article_index:
            entity_articles[mention.entity].add(article_index[mention.article])
    mention_counts = Counter(m.entity for m in data.mentions)
    facts = sorted(data.facts, key=lambda f: (f.subject, f.object, f.predicate))
    edges: dict[tuple[int, int], list[int]] = defaultdict(list)
    for number, fact in enumerate(facts):
        a, b = sorted((entity_index[fact.subject], entity_index[fact.object]))
        edges[(a, b)].append(number)

    def index_or_none(index: dict[str, int], key: str | None) -> int:
        return index.get(key, -1) if key is not None else -1

    return {
        "title": title,
        "types": [
            {"key": t, "name": name, "color": colour, "shape": shape}
            for t, (name, colour, shape) in TYPE_STYLES.items()
        ],
        "relations": [
            {"key": r, "name": name, "color": colour, "line": line}
            for r in relations
            for name, colour, line in [RELATION_STYLES.get(r, (r, "#666666", "solid"))]
        ],
        "articles": [[a.number if a.number is not None else -1, a.title, a.source, a.date] for a in articles],
        "sentences": [
            [s.text, index_or_none(article_index, s.article), s.start if s.start is not None else -1] for s in sentences
        ],
        "entities": [
            {
                "iri": e.key,
                "label": e.label,
                "en": e.label_en,
                "aliases": list(e.aliases),
                "gid": e.gazetteer_id,
                "type": e.type,
                "classes": list(e.classes),
                "parent": index_or_none(entity_index, e.parent),
                "geo": [e.lat, e.lon] if e.lat is not None and e.lon is not None else None,
                "mentions": mention_counts[e.key],
                "articles": sorted(entity_articles[e.key]),
            }
            for e in data.entities
        ],
        "mentions": [
            [
                entity_index[m.entity],
                index_or_none(sentence_index, m.sentence),
                m.start if m.start is not None else -1,
                m.end if m.end is not None else -1,
                m.surface,
                index_or_none(article_index, m.article),
            ]
            for m in data.mentions
        ],
        "facts": [
            [
                relation_index[f.predicate],
                entity_index[f.subject],
                entity_index[f.object],
                f.count,
                f.confidence,
                f.role,
                sorted(sentence_index[s] for s in f.evidence if s in sentence_index),
            ]
            for f in facts
        ],
        "edges": [[a, b, numbers] for (a, b), numbers in sorted(edges.items())],
    }


@cache
def _assets() -> dict[str, str]:
    folder = files("kg") / "map"
    found = {name: (folder / name).read_text(encoding="utf-8") for name in _ASSETS}
    found["vis"] = (_pyvis_folder() / "lib" / "vis-9.1.2" / "vis-network.min.js").read_text(encoding="utf-8")
    return found


def _pyvis_folder() -> Path:
    """The installed pyvis package's folder, found without importing pyvis (whose import
    brings networkx, jinja2 and IPython's display along: 0.14 s of every map)."""
    spec = find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise OutputError("the map needs the vis-network script of the pyvis package: pip install pyvis")
    return Path(next(iter(spec.submodule_search_locations)))


def _inline_script(code: str) -> str:
    """Script text that cannot end its ``<script>`` element early (``<\\/`` means ``</``
    in JavaScript strings and regular expressions alike)."""
    return code.replace("</script", "<\\/script")


def map_html(data: MapData, *, title: str = "kg relationship map") -> str:
    """The map of ``data`` as a complete HTML document (UTF-8, nothing to fetch)."""
    assets = _assets()
    parts = {
        "TITLE": html.escape(title),
        "STYLE": assets["map.css"].replace("</style", "<\\/style"),
        "VIS": _inline_script(assets["vis"]),
        "SCRIPT": _inline_script(assets["map.js"]),
        "DATA": script_json(page_data(data, title=title)),
    }
    # One pass, so a document text that looks like a placeholder is never expanded.
    return re.sub(r"\{\{([A-Z]+)\}\}", lambda match: parts[match.group(1)], assets["page.html"])


def render_map(
    graph: Graph,
    *,
    title: str = "kg relationship map",
    top: int | None = None,
    focus: str | None = None,
    depth: int = 1,
) -> str:
    """The interactive map of ``graph`` as a complete HTML document.

    ``focus`` keeps the entities within ``depth`` facts of that entity (a name, alias,
    gazetteer id or IRI); ``top`` then keeps the ``top`` most connected of them.
    """
    return map_html(cut_map(map_data(graph), top=top, focus=focus, depth=depth), title=title)


def cut_map(data: MapData, *, top: int | None = None, focus: str | None = None, depth: int = 1) -> MapData:
    """The part of the map a person can read: with ``focus``, the entities within
    ``depth`` facts of that entity; with ``top``, the ``top`` most connected of those
    (the focus itself always stays)."""
    centre = []
    if focus is not None:
        data = neighbourhood(data, focus, depth)
        centre = [find_entity(data, focus).key]
    if top is not None:
        data = most_connected(data, top, always=centre)
    return data
