"""Validate: check a graph against kg's SHACL shapes (``ontology/shapes.ttl``).

The shapes say what a graph built by kg must hold: labels on entities, one span per
mention, and above all evidence for every fact. Validation runs pySHACL with kg's
ontology as the ontology graph, so ``sh:class kg:Organization`` accepts a
``kg:GovernmentOrganization`` through ``rdfs:subClassOf``; no other inference is done.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from itertools import product

from oxrdflib._converter import from_ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SH
from rdflib.term import Node

from kg.errors import KGError
from kg.resources import ontology_dir
from kg.store import oxigraph_quads
from kg.vocab import KG, RDF

#: The focus node of checks that run once over the whole graph.
_WHOLE_GRAPH = str(KG.shapes)


@dataclass(frozen=True, slots=True)
class Violation:
    """One result of validation: which node broke which constraint, and how."""

    focus: str
    path: str
    value: str
    message: str
    severity: str


@dataclass(slots=True)
class ValidationReport:
    """Whether a graph conforms, with every violation found."""

    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    triples: int = 0


@cache
def shapes_graph() -> Graph:
    """kg's SHACL shapes."""
    return Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")


@cache
def ontology_graph() -> Graph:
    """kg's ontology: the class hierarchy the shapes rely on."""
    return Graph().parse(ontology_dir() / "kg.ttl", format="turtle")


def validate_graph(graph: Graph) -> ValidationReport:
    """Check ``graph`` against kg's shapes.

    Examples
    --------
    >>> from rdflib import Graph, URIRef
    >>> from kg.vocab import KG
    >>> g = Graph()
    >>> a, b = URIRef("https://example.org/a"), URIRef("https://example.org/b")
    >>> g.add((a, KG.partOf, b))  # a fact without a statement or evidence
    <Graph identifier=... (<class 'rdflib.graph.Graph'>)>
    >>> report = validate_graph(g)
    >>> report.conforms
    False
    >>> any("no statement with evidence" in v.message for v in report.violations)
    True
    """
    from pyshacl import validate

    data = _plain_copy(graph)
    conforms, results, _ = validate(
        data,
        inplace=True,  # on kg's own copy: pySHACL would copy the whole graph again to add the ontology
        shacl_graph=_shapes_run_by_pyshacl(),
        ont_graph=ontology_graph(),
        inference="none",
        advanced=True,
        allow_warnings=True,
    )
    if not isinstance(results, Graph):  # pySHACL could not run the shapes at all
        raise KGError(f"validation failed: {str(results).strip().splitlines()[0]}")
    unevidenced = _relations_without_evidence(data)  # data now holds the ontology too, as pySHACL's did
    violations = sorted(
        _violations(results) + unevidenced, key=lambda v: (v.severity, v.message, v.focus, v.path, v.value)
    )
    return ValidationReport(conforms=bool(conforms) and not unevidenced, violations=violations, triples=len(graph))


#: The shape whose one SPARQL query kg runs itself (see :func:`_relations_without_evidence`).
_EVIDENCE_SHAPE = KG.EvidencedRelationShape


@cache
def _shapes_run_by_pyshacl() -> Graph:
    """kg's shapes without :data:`_EVIDENCE_SHAPE`, which kg checks itself."""
    shapes = Graph()
    skipped = {_EVIDENCE_SHAPE, *shapes_graph().objects(_EVIDENCE_SHAPE, SH.sparql)}
    for triple in shapes_graph():
        if triple[0] not in skipped:
            shapes.add(triple)
    return shapes


@cache
def _evidence_shape() -> tuple[tuple[URIRef, ...], str]:
    """The relations :data:`_EVIDENCE_SHAPE` checks (one pattern each in its query) and its
    message, read from the shapes so that the two cannot drift apart."""
    constraint = shapes_graph().value(_EVIDENCE_SHAPE, SH.sparql)
    query = str(shapes_graph().value(constraint, SH.select))
    relations = tuple(KG[name] for name in re.findall(r"\?subject kg:(\w+) \?value", query))
    return relations, str(shapes_graph().value(constraint, SH.message))


def _relations_without_evidence(graph: Graph) -> list[Violation]:
    """:data:`_EVIDENCE_SHAPE` evaluated by kg: every relation triple (``<s> kg:partOf <o>``)
    needs an ``rdf:Statement`` of the same subject, predicate and object with a
    ``kg:evidence`` sentence. The results are the ones pySHACL gives for the shape's
    query (focus node ``kg:shapes``, the object as value, the message filled in); its
    ``FILTER NOT EXISTS`` runs once per relation triple in rdflib, and with entities that
    are the subject of thousands of statements it took half of the validation of a
    megabyte of news (about 8 s of 17); as two passes over the triples it takes a few
    hundredths of a second."""
    relations, message = _evidence_shape()
    evidenced = set()
    for statement in set(graph.subjects(KG.evidence, None)):
        evidenced.update(
            product(
                graph.objects(statement, RDF.subject),
                graph.objects(statement, RDF.predicate),
                graph.objects(statement, RDF.object),
            )
        )
    found = []
    for predicate in relations:
        for subject, value in graph.subject_objects(predicate):
            if (subject, predicate, value) not in evidenced:
                text = message
                for name, term in (("subject", subject), ("predicate", predicate), ("value", value)):
                    text = text.replace(f"{{?{name}}}", str(term)).replace(f"{{${name}}}", str(term))
                found.append(Violation(_WHOLE_GRAPH, "", _text(value), text, "Violation"))
    return found


def _plain_copy(graph: Graph) -> Graph:
    """A copy of ``graph`` in rdflib's memory store, which pySHACL is tested with and
    which is fast for its many small pattern lookups. From Oxigraph the terms are read
    directly and each distinct one is made once (through oxrdflib the copy of 300,000
    triples took 6 s)."""
    copy = Graph()
    quads = oxigraph_quads(graph)
    if quads is None:
        for triple in graph:
            copy.add(triple)
        return copy
    made: dict = {}

    def term(node):
        found = made.get(node)
        if found is None:
            found = made[node] = from_ox(node)
        return found

    add = copy.store.add
    for quad in quads:
        add((term(quad.subject), term(quad.predicate), term(quad.object)), copy)
    return copy


def _violations(results: Graph) -> list[Violation]:
    found = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        found.append(
            Violation(
                focus=_text(results.value(result, SH.focusNode)),
                path=_text(results.value(result, SH.resultPath)),
                value=_text(results.value(result, SH.value)),
                message=_text(results.value(result, SH.resultMessage)) or "does not conform",
                severity=_text(results.value(result, SH.resultSeverity)).rsplit("#", 1)[-1] or "Violation",
            )
        )
    return found


def _text(node: Node | None) -> str:
    if node is None:
        return ""
    if isinstance(node, Literal):
        return str(node)
    return node.n3() if not str(node).startswith("http") else str(node)


def format_report(report: ValidationReport, *, show: int = 30) -> str:
    """A readable report: the verdict, then violations grouped by message."""
    if report.conforms:
        return f"conforms: {report.triples} triples satisfy kg's shapes\n"
    by_message: dict[str, list[Violation]] = {}
    for violation in report.violations:
        by_message.setdefault(violation.message, []).append(violation)
    lines = [f"does not conform: {len(report.violations)} violations in {report.triples} triples"]
    for message, group in sorted(by_message.items(), key=lambda item: -len(item[1])):
        lines.append(f"\n{len(group)} × {message}")
        for violation in group[:show]:
            if violation.focus == _WHOLE_GRAPH:
                continue  # a whole-graph check: its message names the triple
            where = f" {violation.path}" if violation.path else ""
            value = f" = {violation.value}" if violation.value else ""
            lines.append(f"  {violation.focus}{where}{value}")
        if len(group) > show:
            lines.append(f"  … and {len(group) - show} more")
    return "\n".join(lines) + "\n"
