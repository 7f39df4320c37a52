"""``kg build --store``: one named graph per document, incremental rebuilds, and the
commands that read a store folder as they read a graph file."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Literal, URIRef

from kg.cli import main
from kg.errors import InputError, OutputError
from kg.pipeline import build, build_into_store
from kg.query import run_query
from kg.store import MANIFEST_NAME, DocumentStore, is_store, load_graph

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
        store.replace("ghost.txt", [(URIRef("urn:x:ghost"), URIRef("urn:x:p"), Literal("boo"))], sha256="0")
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
