"""Build ontology/gazetteers/technology.ttl (a SKOS concept scheme) from
scripts/technology_terms.txt, so the vocabulary stays reviewable as one line per concept."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, SKOS

ROOT = Path(__file__).resolve().parent.parent
SCHEME = URIRef("https://w3id.org/kg/tech")
TECH = Namespace("https://w3id.org/kg/tech/")


def language(text: str) -> str:
    return "zh" if any("\u3400" <= ch <= "\u9fff" for ch in text) else "en"


def main() -> None:
    graph = Graph()
    graph.bind("skos", SKOS)
    graph.bind("tech", TECH)
    graph.add((SCHEME, RDF.type, SKOS.ConceptScheme))
    graph.add((SCHEME, SKOS.prefLabel, Literal("信息技术与数字政府词表", lang="zh")))
    graph.add((SCHEME, SKOS.prefLabel, Literal("Information technology and digital government vocabulary", lang="en")))
    lines = (ROOT / "scripts" / "technology_terms.txt").read_text(encoding="utf-8").splitlines()
    seen: dict[str, int] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        slug, zh, en, alternatives, broader = (part.strip() for part in line.split("|"))
        if slug in seen:
            # a second line would merge into the first concept: two preferred labels
            raise SystemExit(f"technology_terms.txt:{number}: {slug} already on line {seen[slug]}")
        seen[slug] = number
        concept = TECH[slug]
        graph.add((concept, RDF.type, SKOS.Concept))
        graph.add((concept, SKOS.inScheme, SCHEME))
        # The first label is how Chinese text names the concept, in whatever script (5G-A,
        # Windows): one prefLabel per language, as SKOS requires.
        graph.add((concept, SKOS.prefLabel, Literal(zh, lang="zh")))
        graph.add((concept, SKOS.prefLabel, Literal(en, lang="en")))
        for alternative in filter(None, (a.strip() for a in alternatives.split(","))):
            graph.add((concept, SKOS.altLabel, Literal(alternative, lang=language(alternative))))
        if broader:
            graph.add((concept, SKOS.broader, TECH[broader]))
            graph.add((TECH[broader], SKOS.narrower, concept))
        else:
            graph.add((concept, SKOS.topConceptOf, SCHEME))
            graph.add((SCHEME, SKOS.hasTopConcept, concept))
    graph.serialize(ROOT / "ontology" / "gazetteers" / "technology.ttl", format="turtle")


if __name__ == "__main__":
    main()
