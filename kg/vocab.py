"""The terms of kg's ontology (``ontology/kg.ttl``) as Python names.

A test checks that every term used here is declared in the ontology file and the other
way round, so the two cannot drift apart.
"""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

KG = Namespace("https://w3id.org/kg/ontology#")
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
GEO = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")

DEFAULT_BASE_IRI = "https://w3id.org/kg/id/"

#: Classes of kg's ontology, by entity subtype name.
CLASSES = (
    "Entity",
    "Organization",
    "GovernmentOrganization",
    "Company",
    "ResearchOrganization",
    "University",
    "MediaOutlet",
    "InternationalOrganization",
    "PoliticalOrganization",
    "Place",
    "Country",
    "Province",
    "City",
    "District",
    "Township",
    "Village",
    "Region",
    "Person",
    "Technology",
    "Document",
    "Event",
    "Report",
    "Regulation",
    "WhitePaper",
    "Standard",
    "Bulletin",
    "Article",
    "Sentence",
    "Mention",
)

#: Relations between entities that kg extracts from sentences.
RELATIONS = (
    "publishes",
    "organizes",
    "establishes",
    "cooperatesWith",
    "competesWith",
    "locatedIn",
    "partOf",
    "roleAt",
    "formerRoleAt",
    "about",
    "uses",
    "regulates",
    "visits",
    "coOccursWith",
)

#: Other properties: document structure, mentions and provenance.
PROPERTIES = (
    "mentions",
    "mentionedIn",
    "refersTo",
    "inArticle",
    "inDocument",
    "inSentence",
    "articleNumber",
    "source",
    "fileName",
    "startOffset",
    "endOffset",
    "surfaceForm",
    "text",
    "extractedBy",
    "evidence",
    "count",
    "confidence",
    "role",
    "gazetteerId",
)

__all__ = ["DCTERMS", "DEFAULT_BASE_IRI", "GEO", "KG", "ORG", "OWL", "PROV", "RDF", "RDFS", "SCHEMA", "SKOS", "XSD"]
