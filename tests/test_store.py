"""``kg build --store``: one named graph per document, incremental rebuilds, and the
commands that read a store folder as they read a graph file."""

from __future__ import annotations

import time
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Literal, URIRef

from kg.cli import main
from kg.errors import InputError, OutputError
from kg.graph import document_triples
from kg.ingest import iter_documents
from kg.pipeline import build, build_into_store
from kg.query import run_query
from kg.store import MANIFEST_NAME, DocumentStore, is_store, load_graph, stored_documents

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "examples" / "queries"

CUSTOMS = "海关总署新闻发言人张广志表示，一季度无纸通关申报已超过七成。"
CHENGDU = "成都市政府将利用大数据和云计算技术打造政府基础数据库。"
AUSTRALIA = "澳大利亚财政部与海关总署就云服务政府采购开展合作。"
CHENGDU_CHANGED = "成都市政府与四川省共建政务云平台，推进大数据决策。"

GRAPHS_BY_DOCUMENT = """
SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }
"""


def write_documents(folder: Path, **texts: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def triples_by_graph(store_dir: Path) -> dict[str, set]:
    graphs: dict[str, set] = {}
    for row in run_query(load_graph(store_dir), GRAPHS_BY_DOCUMENT):
        graphs.setdefault(str(row.g).rsplit("/", 2)[-2], set()).add((row.s, row.p, row.o))
    return graphs


def labels(store_dir: Path) -> set[str]:
    rows = run_query(
        load_graph(store_dir),
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT DISTINCT ?l WHERE { ?e skos:prefLabel ?l }",
    )
    return {str(row.l) for row in rows}


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    return write_documents(tmp_path / "docs", customs=CUSTOMS, chengdu=CHENGDU, australia=AUSTRALIA)


def test_a_store_holds_one_named_graph_per_document_and_answers_like_the_graph_file(tmp_path, docs, pipeline):
    report = build_into_store([docs], tmp_path / "store", pipeline=pipeline)
    assert sorted(report.added) == ["australia.txt", "chengdu.txt", "customs.txt"]
    assert report.validation is not None and report.validation.conforms
    assert is_store(tmp_path / "store") and (tmp_path / "store" / MANIFEST_NAME).is_file()
    assert set(triples_by_graph(tmp_path / "store")) == {"australia.txt", "chengdu.txt", "customs.txt"}

    files = build([docs], tmp_path / "out", pipeline=pipeline, validate=False)
    from_file, from_store = load_graph(tmp_path / "out" / "graph.ttl"), load_graph(tmp_path / "store")
    assert report.triples == len(from_store) == len(from_file) == files.triples
    for name in ("04-most-mentioned-entities.rq", "05-entities-in-several-articles.rq"):
        query = (QUERIES / name).read_text(encoding="utf-8")
        assert sorted(map(tuple, run_query(from_store, query))) == sorted(map(tuple, run_query(from_file, query)))


def test_building_again_skips_unchanged_documents(tmp_path, docs, pipeline):
    build_into_store([docs], tmp_path / "store", pipeline=pipeline)
    before = triples_by_graph(tmp_path / "store")
    again = build_into_store([docs], tmp_path / "store", pipeline=pipeline)
    assert sorted(again.unchanged) == ["australia.txt", "chengdu.txt", "customs.txt"]
    assert again.added == again.replaced == again.removed == [] and again.documents == 0
    assert triples_by_graph(tmp_path / "store") == before


def test_a_changed_document_replaces_only_its_own_graph(tmp_path, docs, pipeline):
    build_into_store([docs], tmp_path / "store", pipeline=pipeline)
    before = triples_by_graph(tmp_path / "store")
    write_documents(docs, chengdu=CHENGDU_CHANGED)
    report = build_into_store([docs], tmp_path / "store", pipeline=pipeline)
    assert report.replaced == ["chengdu.txt"] and sorted(report.unchanged) == ["australia.txt", "customs.txt"]
    after = triples_by_graph(tmp_path / "store")
    assert after["customs.txt"] == before["customs.txt"] and after["australia.txt"] == before["australia.txt"]
    assert after["chengdu.txt"] != before["chengdu.txt"]
    assert "四川省" in labels(tmp_path / "store")


def test_a_removed_document_goes_with_prune_and_shared_entities_stay(tmp_path, docs, pipeline):
    build_into_store([docs], tmp_path / "store", pipeline=pipeline)
    assert {"张广志", "海关总署"} <= labels(tmp_path / "store")
    (docs / "customs.txt").unlink()

    kept = build_into_store([docs], tmp_path / "store", pipeline=pipeline)
    assert kept.removed == [] and "customs.txt" in triples_by_graph(tmp_path / "store")

    pruned = build_into_store([docs], tmp_path / "store", pipeline=pipeline, prune=True)
    assert pruned.removed == ["customs.txt"]
    assert set(triples_by_graph(tmp_path / "store")) == {"australia.txt", "chengdu.txt"}
    remaining = labels(tmp_path / "store")
    assert "张广志" not in remaining  # only the removed document mentioned him
    assert "海关总署" in remaining  # the Australian article mentions it too


def test_prune_also_removes_graphs_no_document_owns(tmp_path, docs, pipeline):
    build_into_store([docs], tmp_path / "store", pipeline=pipeline)
    with DocumentStore(tmp_path / "store") as store:  # as an interrupted build would leave it
        store.replace("ghost.txt", [("<urn:x:ghost>", "<urn:x:p>", '"boo"')], sha256="0")
    database = pyoxigraph.Store(str(tmp_path / "store" / "oxigraph"))
    database.add(
        pyoxigraph.Quad(
            pyoxigraph.NamedNode("urn:x:orphan"),
            pyoxigraph.NamedNode("urn:x:p"),
            pyoxigraph.Literal("o"),
            pyoxigraph.NamedNode("urn:x:orphan-graph"),
        )
    )
    del database
    report = build_into_store([docs], tmp_path / "store", pipeline=pipeline, prune=True)
    assert report.removed == ["ghost.txt"]
    assert set(triples_by_graph(tmp_path / "store")) == {"australia.txt", "chengdu.txt", "customs.txt"}


def stored_quads(store_dir: Path) -> list[str]:
    return sorted(str(quad) for quad in pyoxigraph.Store.read_only(str(store_dir / "oxigraph")))


def test_new_documents_written_in_bulk_make_the_store_one_transaction_each_would(tmp_path, docs, pipeline, monkeypatch):
    # New documents are gathered and written by Oxigraph's bulk loader; the store must
    # hold exactly what replacing each document in a transaction of its own gives.
    monkeypatch.setattr(DocumentStore, "BATCH_TRIPLES", 40)  # a write every document or so
    report = build_into_store([docs], tmp_path / "bulk", pipeline=pipeline)
    assert len(report.added) == 3
    with DocumentStore(tmp_path / "one-by-one") as store:
        for document in iter_documents([docs]):
            result = pipeline.process(document)
            store.replace(document.id, document_triples(result), sha256="x")
    assert stored_quads(tmp_path / "bulk") == stored_quads(tmp_path / "one-by-one")
    assert len(stored_quads(tmp_path / "bulk")) > 100
    assert set(stored_documents(tmp_path / "bulk")) == {"australia.txt", "chengdu.txt", "customs.txt"}


def test_a_large_store_build_leaves_validation_to_kg_validate(tmp_path, docs, pipeline, monkeypatch):
    monkeypatch.setattr("kg.pipeline.VALIDATE_LIMIT", 50)  # the three documents hold more
    report = build_into_store([docs], tmp_path / "store", pipeline=pipeline)
    assert report.validation is None
    assert f"kg validate --store {tmp_path / 'store'}" in report.validation_skipped
    assert len(report.added) == 3


def test_an_interrupted_build_records_no_document_it_had_not_written(tmp_path, docs, pipeline, monkeypatch):
    monkeypatch.setattr(DocumentStore, "BATCH_TRIPLES", 10**9)  # nothing is written before the end

    def interrupted(documents):
        for number, document in enumerate(documents):
            if number == 2:
                raise KeyboardInterrupt
            yield document

    with pytest.raises(KeyboardInterrupt):
        build_into_store([docs], tmp_path / "store", pipeline=pipeline, progress=interrupted)
    assert stored_documents(tmp_path / "store") == {}  # the two gathered ones were never written
    report = build_into_store([docs], tmp_path / "store", pipeline=pipeline)
    assert sorted(report.added) == ["australia.txt", "chengdu.txt", "customs.txt"]


def test_another_kg_version_rebuilds_every_document(tmp_path, docs, pipeline, monkeypatch):
    build_into_store([docs], tmp_path / "store", pipeline=pipeline)
    monkeypatch.setattr("kg.store.BUILT_WITH", "kg 99.0")
    report = build_into_store([docs], tmp_path / "store", pipeline=pipeline)
    assert sorted(report.replaced) == ["australia.txt", "chengdu.txt", "customs.txt"]


def test_a_store_is_read_only_for_readers_and_iterates_each_triple_once(tmp_path, docs, pipeline):
    build_into_store([docs], tmp_path / "store", pipeline=pipeline)
    graph = load_graph(tmp_path / "store")
    triples = list(graph)
    assert len(triples) == len(set(triples)) == len(graph)
    customs = next(
        graph.subjects(URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"), Literal("海关总署", lang="zh"))
    )
    assert len(list(graph.triples((customs, None, None)))) == len(set(graph.triples((customs, None, None))))
    with pytest.raises(OutputError, match="read-only"):
        graph.add((customs, URIRef("urn:x:p"), Literal("x")))


def test_a_plain_oxigraph_folder_is_read_as_a_store(tmp_path):
    database = pyoxigraph.Store(str(tmp_path / "ox"))
    database.add(
        pyoxigraph.Quad(pyoxigraph.NamedNode("urn:x:a"), pyoxigraph.NamedNode("urn:x:p"), pyoxigraph.Literal("b"))
    )
    database.flush()
    del database
    assert is_store(tmp_path / "ox")
    assert len(load_graph(tmp_path / "ox")) == 1


def test_folders_that_are_not_stores_are_refused_with_a_hint(tmp_path, built):
    out, _ = built
    with pytest.raises(InputError, match=r"give .*graph\.ttl"):
        load_graph(out)
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="not a kg store"):
        load_graph(tmp_path / "empty")
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "notes.txt").write_text("x", encoding="utf-8")
    with pytest.raises(OutputError, match="not empty"):
        DocumentStore(tmp_path / "busy")


def test_a_store_keeps_its_base_iri(tmp_path, docs, pipeline):
    build_into_store([docs], tmp_path / "store", pipeline=pipeline)
    with pytest.raises(InputError, match="--base-iri"):
        build_into_store([docs], tmp_path / "store", pipeline=pipeline, base_iri="https://example.org/id/")


def test_the_cli_builds_queries_exports_and_analyses_a_store(tmp_path, docs, capsys):
    store = tmp_path / "store"
    assert main(["build", str(docs), "--store", str(store), "--no-validate"]) == 0
    assert "added 3, replaced 0, unchanged 0, removed 0" in capsys.readouterr().out
    assert main(["build", str(docs), "--store", str(store), "--no-validate"]) == 0
    assert "added 0, replaced 0, unchanged 3, removed 0" in capsys.readouterr().out

    assert (
        main(["query", str(store), "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { } }", "--format", "csv"]) == 0
    )
    assert capsys.readouterr().out.splitlines() == ["n", "3"]
    assert main(["export", str(store), "--format", "nt", "-o", str(tmp_path / "all.nt")]) == 0
    capsys.readouterr()
    exported = set(pyoxigraph.parse(path=str(tmp_path / "all.nt"), format=pyoxigraph.RdfFormat.N_TRIPLES))
    assert len(exported) == len(load_graph(store))
    assert main(["export", str(store), "--format", "ttl"]) == 0
    turtle = capsys.readouterr().out
    assert "@prefix kg: <https://w3id.org/kg/ontology#>" in turtle
    assert len(set(pyoxigraph.parse(turtle, format=pyoxigraph.RdfFormat.TURTLE))) == len(exported)
    assert main(["analyse", str(store), "--top", "3"]) == 0
    assert "most central" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--out", "OUT", "--prune"], "--prune works with --store"),
        (["--out", "OUT", "--store", "STORE"], "either --out DIR"),
        ([], "either --out DIR"),
    ],
)
def test_build_options_are_checked_in_one_line(tmp_path, docs, capsys, args, message):
    args = [a.replace("OUT", str(tmp_path / "o")).replace("STORE", str(tmp_path / "s")) for a in args]
    assert main(["build", str(docs), *args]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


# --- GRAPH or --store DIR ------------------------------------------------------------------


def test_every_reading_command_takes_the_store_as_store_dir(tmp_path, docs, pipeline, capsys):
    store = tmp_path / "store"
    build_into_store([docs], store, pipeline=pipeline, validate=False)
    count_graphs = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { } }"
    assert main(["query", "--store", str(store), count_graphs, "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["n", "3"]
    query_file = str(QUERIES / "04-most-mentioned-entities.rq")
    assert main(["query", "--store", str(store), "--file", query_file, "--format", "csv"]) == 0
    by_option = capsys.readouterr().out
    assert main(["query", str(store), "--file", query_file, "--format", "csv"]) == 0
    assert by_option == capsys.readouterr().out and len(by_option.splitlines()) > 3

    assert main(["export", "--store", str(store), "--format", "nt", "-o", str(tmp_path / "all.nt")]) == 0
    exported = set(pyoxigraph.parse(path=str(tmp_path / "all.nt"), format=pyoxigraph.RdfFormat.N_TRIPLES))
    assert len(exported) == len(load_graph(store))
    assert main(["analyse", "--store", str(store), "--top", "3"]) == 0
    assert "most central" in capsys.readouterr().out
    assert main(["validate", "--store", str(store)]) == 0
    assert "conforms" in capsys.readouterr().out
    assert main(["view", "--store", str(store), "-o", str(tmp_path / "map.html")]) == 0
    assert (tmp_path / "map.html").read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")


GRAPH_COMMANDS = [
    ["query", "ASK {}"],
    ["export"],
    ["analyse"],
    ["validate"],
    ["view", "-o", "MAP"],
    ["serve", "--port", "0"],
    ["push", "--endpoint", "http://127.0.0.1:9/store"],
]


@pytest.mark.parametrize("command", GRAPH_COMMANDS, ids=lambda command: command[0])
def test_graph_and_store_dir_are_one_or_the_other(tmp_path, built, docs, pipeline, capsys, command):
    out, _ = built
    store = tmp_path / "store"
    build_into_store([docs], store, pipeline=pipeline, validate=False)
    name, *options = [part.replace("MAP", str(tmp_path / "map.html")) for part in command]

    both = [name, str(out / "graph.ttl"), "--store", str(store), *options]
    if name == "query":  # two arguments: GRAPH and the query
        both = [name, str(out / "graph.ttl"), "ASK {}", "--store", str(store)]
    assert main(both) == 2
    err = capsys.readouterr().err
    assert "give GRAPH or --store DIR, not both" in err and len(err.strip().splitlines()) == 1

    neither = [name, *options] if name != "query" else [name]
    assert main(neither) == 2
    err = capsys.readouterr().err
    assert "give GRAPH (a graph file or a store folder) or --store DIR" in err and len(err.strip().splitlines()) == 1

    assert main([name, "--store", str(out / "graph.ttl"), *options]) == 2
    err = capsys.readouterr().err
    assert "a file, not a store folder" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "map.html").exists()


def test_kg_query_takes_the_query_as_its_one_argument_with_store_dir(tmp_path, docs, pipeline, capsys):
    store = tmp_path / "store"
    build_into_store([docs], store, pipeline=pipeline, validate=False)
    query = "SELECT ?s WHERE { <http://x.org//a/> ?p ?s } LIMIT 1"  # not taken for a path: // stays
    assert main(["query", "--store", str(store), query, "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["s"]
    assert (
        main(["query", "--store", str(store), "ASK {}", "--file", str(QUERIES / "04-most-mentioned-entities.rq")]) == 2
    )
    assert "not both" in capsys.readouterr().err
    assert main(["query", "--store", str(store)]) == 2
    assert "give a query" in capsys.readouterr().err


def test_the_help_of_kg_query_names_both_forms(capsys):
    assert main(["query", "--help"]) == 0
    text = capsys.readouterr().out
    assert 'kg query (GRAPH | --store DIR) ("SPARQL" | --file Q.rq)' in text
    assert "a Turtle file)" not in text and "--store DIR" in text
    for name in ("serve", "push", "export", "analyse", "validate", "view"):
        assert main([name, "--help"]) == 0
        assert f"kg {name} (GRAPH | --store DIR)" in capsys.readouterr().out


# --- export of a graph file -----------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["ttl", "nt"])
def test_a_graph_file_is_exported_by_oxigraph_with_its_prefixes(tmp_path, built, monkeypatch, fmt):
    out, report = built

    def rdflib_writer(*args, **kwargs):
        raise AssertionError("rdflib's writer is slow on large graphs; Oxigraph's writes Turtle and N-Triples")

    monkeypatch.setattr("rdflib.plugins.serializers.turtle.TurtleSerializer.serialize", rdflib_writer)
    monkeypatch.setattr("rdflib.plugins.serializers.nt.NTSerializer.serialize", rdflib_writer)
    started = time.perf_counter()
    assert main(["export", str(out / "graph.ttl"), "--format", fmt, "-o", str(tmp_path / f"graph.{fmt}")]) == 0
    assert time.perf_counter() - started < 2.0  # about 0.1 s; rdflib's writer took 30 s at 850,000 triples
    rdf_format = pyoxigraph.RdfFormat.TURTLE if fmt == "ttl" else pyoxigraph.RdfFormat.N_TRIPLES
    exported = set(pyoxigraph.parse(path=str(tmp_path / f"graph.{fmt}"), format=rdf_format))
    original = pyoxigraph.Store()  # which writes numbers in their canonical form, as the export does
    original.load(path=str(out / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    assert exported == set(original) and len(exported) == report.triples
    if fmt == "ttl":
        text = (tmp_path / "graph.ttl").read_text(encoding="utf-8")
        assert "@prefix kg: <https://w3id.org/kg/ontology#> ." in text and " kg:Mention" in text
        assert "ns1:" not in text


def test_a_json_ld_file_is_exported_as_turtle(tmp_path, built, capsys):
    out, report = built
    assert main(["export", str(out / "graph.ttl"), "--format", "jsonld", "-o", str(tmp_path / "graph.jsonld")]) == 0
    capsys.readouterr()
    assert main(["export", str(tmp_path / "graph.jsonld"), "--format", "ttl"]) == 0
    assert len(set(pyoxigraph.parse(capsys.readouterr().out, format=pyoxigraph.RdfFormat.TURTLE))) == report.triples


# --- example queries ----------------------------------------------------------------------


def test_relations_with_evidence_stay_fast_on_a_large_graph(built):
    """06 once joined every statement with every sentence before filtering: quadratic."""
    out, _ = built
    query = (QUERIES / "06-relations-with-evidence.rq").read_text(encoding="utf-8")
    where = query.split("WHERE {", 1)[1]
    patterns = [line.strip() for line in where.splitlines() if line.strip()]
    assert patterns[0] == "?statement rdf:predicate ?p ." and patterns[1] == "FILTER(?p != kg:coOccursWith)"
    assert patterns[-3].startswith("OPTIONAL {") and patterns[-2] == "}"
    rows = list(run_query(load_graph(out / "graph.ttl"), query))
    assert rows and all(row.relation != "coOccursWith" for row in rows)
