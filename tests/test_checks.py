"""The built graph checked three ways: SHACL shapes, a SPARQL audit of its evidence, and
networkx analysis; and typed relations scored against a gold list."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import RDFS, Graph, Literal, URIRef

from kg.analyse import central_entities, communities, entity_network, shortest_path
from kg.cli import main
from kg.errors import InputError
from kg.gazetteer import default_gazetteer
from kg.graph import IRIs, entity_triples
from kg.ingest import make_document
from kg.link import entity_from_entry
from kg.relation_eval import score_relations
from kg.validate import validate_graph
from kg.vocab import KG, RDF, RELATIONS


@pytest.fixture(scope="module")
def graph(built) -> Graph:
    out, _ = built
    return Graph().parse(out / "graph.ttl", format="turtle")


def test_the_built_graph_conforms_to_the_shapes(built, graph):
    _, report = built
    assert report.validation is not None and report.validation.conforms
    assert validate_graph(graph).conforms


def test_no_relation_in_the_built_graph_lacks_evidence(graph):
    values = " ".join(f"kg:{name}" for name in RELATIONS)
    rows = list(
        graph.query(
            f"""
            PREFIX kg: <https://w3id.org/kg/ontology#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            SELECT ?s ?p ?o WHERE {{
                VALUES ?p {{ {values} }}
                ?s ?p ?o .
                FILTER NOT EXISTS {{
                    ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:evidence ?sentence .
                    ?sentence kg:text ?text ; kg:startOffset ?start ; kg:endOffset ?end .
                }}
            }}"""
        )
    )
    assert rows == []
    typed = sum(1 for name in RELATIONS if name != "coOccursWith" for _ in graph.triples((None, KG[name], None)))
    assert typed >= 20  # the audit looked at real facts, not an empty graph


def test_a_fact_without_evidence_or_of_the_wrong_kind_breaks_the_shapes(graph):
    broken = Graph()
    for triple in graph:
        broken.add(triple)
    statement = next(broken.subjects(RDF.type, RDF.Statement))
    broken.remove((statement, KG.evidence, None))
    org = next(broken.subjects(RDF.type, KG.GovernmentOrganization))
    place = next(broken.subjects(RDF.type, KG.Place))
    broken.add((org, KG.publishes, place))
    broken.add((place, KG.endOffset, Literal("soon")))
    report = validate_graph(broken)
    assert not report.conforms
    messages = {v.message for v in report.violations}
    assert "a fact needs at least one evidence sentence" in messages
    assert "kg:publishes points at a document" in messages
    assert any(m.endswith("has no statement with evidence") and str(place) in m for m in messages)


def test_kg_checks_facts_for_evidence_exactly_as_pyshacl_runs_the_shapes_query(graph):
    # kg evaluates kg:EvidencedRelationShape's SPARQL query itself (pySHACL's run of it is
    # slow on large graphs); run the full shapes with pySHACL and compare the results.
    from pyshacl import validate

    from kg.validate import _relations_without_evidence, _violations, ontology_graph, shapes_graph

    broken = Graph()
    for triple in graph:
        broken.add(triple)
    for statement in list(broken.subjects(RDF.type, RDF.Statement))[:3]:
        broken.remove((statement, KG.evidence, None))
    org = next(broken.subjects(RDF.type, KG.GovernmentOrganization))
    broken.add((org, KG.partOf, URIRef("https://example.org/nowhere")))
    broken.add((org, KG.regulates, Literal("a literal, not an entity")))
    _, results, _ = validate(broken, shacl_graph=shapes_graph(), ont_graph=ontology_graph(), advanced=True)
    by_pyshacl = sorted((v for v in _violations(results) if v.focus == str(KG.shapes)), key=repr)
    by_kg = sorted(_relations_without_evidence(broken), key=repr)
    assert by_kg == by_pyshacl
    assert len(by_kg) >= 4  # three facts lost their evidence, two never had any
    # and the report of validate_graph holds them
    report = validate_graph(broken)
    assert set(by_kg) <= set(report.violations) and not report.conforms


def test_two_roles_of_one_person_at_one_body_are_two_statements_that_conform(pipeline):
    from kg.graph import build_graph

    text = "国务院总理李克强主持召开国务院常务会议。\n国务院副总理李克强出席会议。\n"
    graph = build_graph([pipeline.process(make_document("roles.txt", text, path="roles.txt"))])
    roles = {
        str(graph.value(statement, KG.role))
        for statement in graph.subjects(RDF.predicate, KG.roleAt)
        if str(graph.value(graph.value(statement, RDF.subject), RDFS.label)) == "李克强"
    }
    assert roles == {"总理", "副总理"}
    assert validate_graph(graph).conforms


def test_a_post_held_before_is_a_former_role_with_its_title_that_conforms(pipeline):
    from kg.graph import build_graph

    text = "杭州市人民政府原党组成员、副市长王宏被开除党籍。\n"
    graph = build_graph([pipeline.process(make_document("former.txt", text, path="former.txt"))])
    held = {
        (str(graph.value(graph.value(statement, RDF.object), RDFS.label)), str(graph.value(statement, KG.role)))
        for statement in graph.subjects(RDF.predicate, KG.formerRoleAt)
    }
    assert held == {("杭州市人民政府", "副市长"), ("杭州市人民政府", "党组成员")}
    assert not any(graph.subjects(RDF.predicate, KG.roleAt))
    assert validate_graph(graph).conforms


def test_a_visit_is_a_statement_that_conforms_and_a_place_visiting_breaks_the_shapes(pipeline):
    from kg.graph import build_graph

    text = "国家数据局局长刘烈宏赴贵州省贵阳市调研。\n"
    graph = build_graph([pipeline.process(make_document("visit.txt", text, path="visit.txt"))])
    visited = {
        (
            str(graph.value(graph.value(s, RDF.subject), RDFS.label)),
            str(graph.value(graph.value(s, RDF.object), RDFS.label)),
        )
        for s in graph.subjects(RDF.predicate, KG.visits)
    }
    assert visited == {("刘烈宏", "贵阳市")}
    assert validate_graph(graph).conforms
    place = next(graph.subjects(RDF.type, KG.City))
    graph.add((place, KG.visits, place))
    messages = {v.message for v in validate_graph(graph).violations}
    assert "kg:visits joins a person or an organization to a place or an organization" in messages


def test_the_vocabulary_module_and_the_ontology_declare_the_same_terms():
    # kg/vocab.py promises this check: a term used in code is declared in ontology/kg.ttl,
    # and a term declared there is one the code knows
    from kg.vocab import CLASSES, PROPERTIES

    ontology = Graph().parse(Path(__file__).parent.parent / "ontology" / "kg.ttl", format="turtle")
    declared = {str(term).removeprefix(str(KG)) for term in ontology.subjects() if str(term).startswith(str(KG))}
    assert set(CLASSES) | set(RELATIONS) | set(PROPERTIES) == declared


def test_every_gazetteer_entity_has_one_preferred_label_per_language():
    # The shapes allow one skos:prefLabel per language: an entry labelled in Latin
    # letters (Meta) with an English label beside it (Meta Platforms) has that as an
    # alternative, not a second English preferred label.
    iris, pref_label = IRIs(), "<http://www.w3.org/2004/02/skos/core#prefLabel>"
    for entry in default_gazetteer().entries.values():
        entity = entity_from_entry(entry)
        labels = [o for _, p, o in entity_triples(entity, iris, {entity.key: entity}) if p == pref_label]
        languages = [label.rpartition("@")[2] for label in labels]
        assert len(languages) == len(set(languages)), (entry.key, labels)


def test_kg_validate_exits_1_on_violations_and_0_on_a_good_graph(built, tmp_path, capsys):
    out, _ = built
    assert main(["validate", str(out / "graph.ttl")]) == 0
    assert capsys.readouterr().out.startswith("conforms")
    bad = tmp_path / "bad.ttl"
    bad.write_text(
        "<https://example.org/a> <https://w3id.org/kg/ontology#partOf> <https://example.org/b> .\n", encoding="utf-8"
    )
    assert main(["validate", str(bad)]) == 1
    assert "does not conform" in capsys.readouterr().out


def test_pagerank_puts_the_bulletins_main_places_and_technologies_on_top(graph):
    network = entity_network(graph)
    top = [r.label for r in central_entities(network, top=10)]
    assert "大数据" in top and "澳大利亚" in top
    assert central_entities(network, top=10) == central_entities(entity_network(graph), top=10)


def test_the_network_is_the_same_whichever_store_the_graph_is_read_into(built, graph, tmp_path, pipeline):
    # rdflib's memory, Oxigraph (read straight from its database) and a kg store give
    # statements in different orders; the network, and so its communities, must not differ.
    from kg.pipeline import build_into_store
    from kg.store import load_graph

    out, _ = built
    store = tmp_path / "store"
    build_into_store([Path(__file__).resolve().parent.parent / "data"], store, pipeline=pipeline, validate=False)
    networks = [entity_network(g) for g in (graph, load_graph(out / "graph.ttl"), load_graph(store))]
    first = networks[0]
    for other in networks[1:]:
        assert list(other.graph.nodes(data=True)) == list(first.graph.nodes(data=True))
        assert list(other.graph.edges(data=True)) == list(first.graph.edges(data=True))
        assert communities(other) == communities(first)


def test_communities_group_the_entities_of_one_story(graph):
    groups = [{entity_network(graph).labels[n] for n in g} for g in communities(entity_network(graph))]
    new_zealand = next(g for g in groups if "新西兰" in g)
    assert "Bill English" in new_zealand
    assert not any("广州大学" in g and "新西兰" in g for g in groups)


def test_a_path_between_two_entities_lists_each_hop_with_its_evidence(graph):
    network = entity_network(graph, typed_only=True)
    hops = shortest_path(network, "张广志", "海关总署")
    assert len(hops) == 1
    (_, _, facts) = hops[0]
    assert facts[0].predicate == "roleAt"
    assert any("张广志" in sentence for sentence in facts[0].evidence)


def test_a_path_to_an_unknown_name_is_an_input_error_with_suggestions(graph):
    with pytest.raises(InputError, match="did you mean"):
        shortest_path(entity_network(graph), "海关总署", "海关总")


def test_kg_analyse_prints_rankings_communities_and_the_path(built, capsys):
    out, _ = built
    assert main(["analyse", str(out / "graph.ttl"), "--top", "5", "--path", "CSIRO", "澳大利亚"]) == 0
    printed = capsys.readouterr().out
    assert "most central" in printed and "communities (Louvain)" in printed
    assert "path from 澳大利亚联邦科学与工业研究组织 to 澳大利亚: 1 hops" in printed


def test_relations_are_scored_against_a_gold_list_with_names_and_aliases(pipeline, tmp_path):
    text = "国家发展和改革委员会发布《数字经济发展规划》。阿里巴巴总部位于杭州市。华为与腾讯签署合作协议。"
    result = pipeline.process(make_document("g.txt", text, path="g.txt"))
    gold = tmp_path / "g.relations.jsonl"
    facts = [
        {"subject": "发改委", "predicate": "publishes", "object": "《数字经济发展规划》"},
        {"subject": "阿里巴巴", "predicate": "locatedIn", "object": "杭州"},
        {"subject": "腾讯", "predicate": "cooperatesWith", "object": "华为"},  # symmetric
        {"subject": "腾讯", "predicate": "locatedIn", "object": "深圳市"},  # not in the text
    ]
    gold.write_text("\n".join(json.dumps(f, ensure_ascii=False) for f in facts), encoding="utf-8")
    evaluation = score_relations([result], gold)
    total = evaluation.scores["ALL"]
    assert (total.tp, total.fn) == (3, 1)
    assert [m.object for m in evaluation.misses] == ["深圳市"]
    assert evaluation.scores["publishes"].precision == 1.0


def test_a_relation_gold_file_that_is_not_json_is_one_input_error(tmp_path):
    gold = tmp_path / "bad.relations.jsonl"
    gold.write_text('{"subject": "a"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.relations\.jsonl:1"):
        score_relations([], gold)


def test_kg_eval_reports_relation_scores_by_confidence(tmp_path, capsys):
    document = tmp_path / "news.txt"
    document.write_text("阿里巴巴总部位于杭州市。浙江大学计算机学院召开会议。", encoding="utf-8")
    gold = tmp_path / "news.relations.jsonl"
    gold.write_text(
        json.dumps({"subject": "阿里巴巴集团", "predicate": "locatedIn", "object": "杭州市"}, ensure_ascii=False),
        encoding="utf-8",
    )
    assert main(["eval", "--gold", str(gold), str(document), "--min-confidence", "0.8"]) == 0
    printed = capsys.readouterr().out
    assert "confidence >= 0.8" in printed and "by minimum confidence" in printed
    row = next(line.split() for line in printed.splitlines() if line.startswith("ALL"))
    assert float(row[2]) == 1.0  # recall


def test_statements_carry_a_confidence_between_0_and_1(graph):
    values = [float(o) for o in graph.objects(None, KG.confidence)]
    assert values and all(0 < v <= 1 for v in values)
    assert len(set(values)) > 3


def test_gazetteer_parents_use_standard_containment_properties(graph):
    chengdu = URIRef("https://w3id.org/kg/id/place/" + "cn-510100")
    contained = set(graph.objects(chengdu, URIRef("https://schema.org/containedInPlace")))
    assert contained, "成都市 should carry its province"
