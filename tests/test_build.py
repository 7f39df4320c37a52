"""``kg build`` end to end on the sample bulletin, and the commands around it."""

from __future__ import annotations

import gc
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph

from kg.cli import main
from kg.query import format_result, run_query
from kg.store import load_graph

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "examples" / "queries"


def test_build_writes_the_graph_the_mentions_and_the_map(built):
    out, report = built
    assert {p.name for p in out.iterdir()} >= {"graph.ttl", "mentions.jsonl", "graph.html"}
    assert report.documents == 1 and report.articles == 13
    assert set(report.entities) >= {"Organization", "Place", "Person", "Technology"}
    assert report.triples > 1000


def test_the_map_a_build_writes_is_the_one_kg_view_draws_from_its_graph(built, tmp_path):
    out, _ = built
    drawn = tmp_path / "map.html"
    assert main(["view", str(out / "graph.ttl"), "-o", str(drawn)]) == 0
    assert drawn.read_bytes() == (out / "graph.html").read_bytes()


def test_the_turtle_parses_with_rdflib_and_with_oxigraph_to_the_same_triples(built):
    out, report = built
    data = (out / "graph.ttl").read_bytes()
    graph = Graph().parse(data=data, format="turtle")
    store = pyoxigraph.Store()
    store.load(data, format=pyoxigraph.RdfFormat.TURTLE)
    assert len(graph) == len(store) == report.triples


def test_mentions_follow_the_json_contract_and_slice_back_to_their_text(built):
    out, _ = built
    text = (ROOT / "data" / "egov-bulletin-2014-06.md").read_text(encoding="utf-8")
    lines = (out / "mentions.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert all(list(r) == ["doc", "start", "end", "text", "type", "entity", "label"] for r in records)
    assert all(text[r["start"] : r["end"]] == r["text"] for r in records)
    by_text = {(r["text"], r["type"]): r for r in records}
    assert ("海关总署", "Organization") in by_text
    assert by_text[("成都", "Place")]["label"] == "成都市"
    assert ("张广志", "Person") in by_text
    assert ("云计算", "Technology") in by_text


def test_the_graph_links_articles_to_entities_with_offsets(built):
    out, _ = built
    graph = load_graph(out / "graph.ttl")
    rows = run_query(
        graph,
        """PREFIX kg: <https://w3id.org/kg/ontology#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?number ?start ?end WHERE {
          ?m kg:refersTo ?e ; kg:inArticle ?a ; kg:startOffset ?start ; kg:endOffset ?end .
          ?e skos:prefLabel "张广志"@zh . ?a kg:articleNumber ?number }""",
    )
    text = (ROOT / "data" / "egov-bulletin-2014-06.md").read_text(encoding="utf-8")
    found = [(int(n), text[int(s) : int(e)]) for n, s, e in rows]
    assert found and all(item == (12, "张广志") for item in found)


def test_example_query_articles_mentioning_customs_lists_article_12_and_its_source(built):
    out, _ = built
    result = run_query(
        load_graph(out / "graph.ttl"), (QUERIES / "02-articles-mentioning-an-organization.rq").read_text()
    )
    assert [(int(n), str(s)) for n, _, s in result] == [(12, "国际商报")]


def test_example_query_places_per_article_resolves_short_forms(built):
    out, _ = built
    result = run_query(load_graph(out / "graph.ttl"), (QUERIES / "03-places-per-article.rq").read_text())
    places = {int(n): set(str(p).split("、")) for n, _, p in result}
    assert "成都市" in places[5]
    assert "广州市" in places[13]


def test_example_queries_all_return_rows_on_the_sample(built):
    out, _ = built
    graph = load_graph(out / "graph.ttl")
    for path in sorted(QUERIES.glob("*.rq")):
        assert len(run_query(graph, path.read_text(encoding="utf-8"))) > 0, path.name


def test_entities_in_several_articles_include_china_and_big_data(built):
    out, _ = built
    result = run_query(load_graph(out / "graph.ttl"), (QUERIES / "05-entities-in-several-articles.rq").read_text())
    names = {str(name) for name, _ in result}
    assert {"中国", "大数据", "云服务"} <= names


def test_the_map_references_no_external_url(built):
    out, _ = built
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert '<meta charset="utf-8">' in html
    assert not re.search(r"""(?:src|href)\s*=\s*["']?https?://""", html)


def test_query_results_in_w3c_json_and_csv(built):
    out, _ = built
    result = run_query(
        load_graph(out / "graph.ttl"),
        "SELECT ?n WHERE { ?a <https://w3id.org/kg/ontology#articleNumber> ?n } ORDER BY ?n LIMIT 2",
    )
    parsed = json.loads(format_result(result, "json"))
    assert parsed["head"]["vars"] == ["n"]
    assert [b["n"]["value"] for b in parsed["results"]["bindings"]] == ["1", "2"]
    assert format_result(result, "csv").splitlines() == ["n", "1", "2"]


def test_kg_on_a_missing_file_prints_one_line_and_exits_2(tmp_path, capsys):
    code = main(["build", str(tmp_path / "missing.md"), "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and "missing.md" in err and "Traceback" not in err
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_malformed_sparql_names_the_position(built, capsys):
    out, _ = built
    assert main(["query", str(out / "graph.ttl"), "SELEC ?x WHERE { ?x ?p ?o }"]) == 2
    assert re.search(r"1:\d+", capsys.readouterr().err)


def test_unknown_formats_list_the_choices(built, capsys):
    out, _ = built
    assert main(["export", str(out / "graph.ttl"), "--format", "ttl2"]) == 2
    assert "choose one of: ttl, nt, jsonld" in capsys.readouterr().err


@pytest.mark.parametrize(("fmt", "parser"), [("nt", "nt"), ("jsonld", "json-ld"), ("ttl", "turtle")])
def test_export_formats_parse_back_to_the_same_number_of_triples(built, tmp_path, fmt, parser):
    out, report = built
    target = tmp_path / f"graph.{fmt}"
    assert main(["export", str(out / "graph.ttl"), "--format", fmt, "-o", str(target)]) == 0
    assert len(Graph().parse(target, format=parser)) == report.triples


def test_the_console_script_runs_the_sample_extraction():
    completed = subprocess.run(
        [sys.executable, "-m", "kg", "extract", str(ROOT / "data"), "--format", "jsonl"],
        capture_output=True,
        text=True,
        check=True,
    )
    first = json.loads(completed.stdout.splitlines()[0])
    assert first["doc"] == "egov-bulletin-2014-06.md"


def test_builds_are_byte_identical_across_hash_seeds(tmp_path):
    outputs = []
    for seed in ("0", "4242"):
        out = tmp_path / seed
        subprocess.run(
            [sys.executable, "-m", "kg", "build", str(ROOT / "data"), "--out", str(out)],
            env={**os.environ, "PYTHONHASHSEED": seed},
            check=True,
            capture_output=True,
        )
        outputs.append([(out / name).read_bytes() for name in ("graph.ttl", "mentions.jsonl", "graph.html")])
    assert outputs[0] == outputs[1]


def test_a_build_gives_the_garbage_collector_back_whether_it_succeeds_or_fails(tmp_path, capsys):
    # The build pauses Python's cyclic collector while its outputs grow; the process
    # that called it gets the collector back either way.
    sample = Path(__file__).resolve().parent.parent / "data" / "egov-bulletin-2014-06.md"
    assert main(["build", str(sample), "--out", str(tmp_path / "out")]) == 0
    assert gc.isenabled()
    empty = tmp_path / "empty.md"
    empty.write_bytes(b"")
    assert main(["build", str(empty), "--out", str(tmp_path / "other")]) != 0
    assert gc.isenabled()
    capsys.readouterr()
