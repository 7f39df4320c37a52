"""``kg serve`` answers real SPARQL clients (SPARQLWrapper, rdflib's SPARQLStore, plain
HTTP) as ``kg query`` does, and ``kg push`` loads graphs into a real Oxigraph server."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, TSV, TURTLE, XML, SPARQLWrapper

from kg.cli import main
from kg.pipeline import build_into_store
from kg.push import push
from kg.query import run_query
from kg.serve import SparqlServer
from kg.store import load_graph

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "examples" / "queries"
PEOPLE = "PREFIX kg: <https://w3id.org/kg/ontology#> SELECT ?person WHERE { ?person a kg:Person } ORDER BY ?person"
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"

pytestmark = pytest.mark.server


def start(source: Path, **options) -> SparqlServer:
    server = SparqlServer(source, port=0, **options)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture(scope="module")
def graph_file(built) -> Path:
    out, _ = built
    return out / "graph.ttl"


@pytest.fixture(scope="module")
def server(graph_file):
    server = start(graph_file)
    yield server
    server.close()


@pytest.fixture(scope="module")
def strict_server(graph_file):
    """A server with a one-second timeout and a five-row limit."""
    server = start(graph_file, timeout=1.0, max_rows=5, workers=1)
    yield server
    server.close()


def fetch(url: str, *, data: bytes | None = None, headers: dict | None = None, method: str | None = None):
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def get(server: SparqlServer, query: str, accept: str | None = None):
    return fetch(
        f"{server.url}?{urllib.parse.urlencode({'query': query})}", headers={"Accept": accept} if accept else {}
    )


def local_rows(graph_file: Path, query: str) -> list[tuple[str, ...]]:
    return [tuple(str(term) for term in row) for row in run_query(load_graph(graph_file), query)]


# --- real clients -----------------------------------------------------------------------


def test_sparqlwrapper_gets_what_kg_query_gets(server, graph_file):
    query = (QUERIES / "04-most-mentioned-entities.rq").read_text(encoding="utf-8")
    client = SPARQLWrapper(server.url)
    client.setQuery(query)
    client.setReturnFormat(JSON)
    data = client.query().convert()
    names = data["head"]["vars"]
    remote = [tuple(binding[name]["value"] for name in names) for binding in data["results"]["bindings"]]
    assert remote == local_rows(graph_file, query) and len(remote) == 20


@pytest.mark.parametrize("return_format", [XML, CSV, TSV])
def test_sparqlwrapper_reads_every_result_format(server, graph_file, return_format):
    client = SPARQLWrapper(server.url)
    client.setQuery(PEOPLE)
    client.setReturnFormat(return_format)
    converted = client.query().convert()
    expected = [row[0] for row in local_rows(graph_file, PEOPLE)]
    if return_format == XML:
        names = converted.getElementsByTagName("uri")
        assert [node.firstChild.data for node in names] == expected
    elif return_format == CSV:
        assert list(csv.reader(io.StringIO(converted.decode("utf-8"))))[1:] == [[iri] for iri in expected]
    else:
        assert converted.decode("utf-8").splitlines()[1:] == [f"<{iri}>" for iri in expected]


def test_sparqlwrapper_gets_construct_results_as_turtle(server, graph_file):
    query = "PREFIX kg: <https://w3id.org/kg/ontology#> CONSTRUCT { ?p a kg:Person } WHERE { ?p a kg:Person }"
    client = SPARQLWrapper(server.url)
    client.setQuery(query)
    client.setReturnFormat(TURTLE)
    remote = Graph().parse(data=client.query().convert(), format="turtle")
    assert len(remote) == len(local_rows(graph_file, PEOPLE)) > 0


def test_rdflib_sparqlstore_queries_the_endpoint(server, graph_file):
    query = (QUERIES / "02-articles-mentioning-an-organization.rq").read_text(encoding="utf-8")
    remote = Graph(store=SPARQLStore(server.url, returnFormat="json"))
    assert [tuple(str(term) for term in row) for row in remote.query(query)] == local_rows(graph_file, query)


# --- the protocol, by hand ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("accept", "media"),
    [
        ("application/sparql-results+json", "application/sparql-results+json"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("text/html,application/xhtml+xml,*/*;q=0.8", "application/sparql-results+json"),
        (None, "application/sparql-results+json"),
    ],
)
def test_select_results_come_in_the_negotiated_format(server, graph_file, accept, media):
    status, headers, body = get(server, PEOPLE, accept)
    assert status == 200 and headers["Content-Type"].startswith(media)
    assert headers["Access-Control-Allow-Origin"] == "*"
    expected = [row[0] for row in local_rows(graph_file, PEOPLE)]
    text = body.decode("utf-8")
    if "json" in media:
        assert [b["person"]["value"] for b in json.loads(text)["results"]["bindings"]] == expected
    elif "xml" in media:
        namespace = "{http://www.w3.org/2005/sparql-results#}"
        assert [node.text for node in ET.fromstring(body).iter(f"{namespace}uri")] == expected
    elif media == "text/csv":
        assert text.splitlines() == ["person", *expected]
    else:
        assert text.splitlines() == ["?person", *(f"<{iri}>" for iri in expected)]


@pytest.mark.parametrize(
    ("accept", "media", "rdf_format"),
    [
        ("text/turtle", "text/turtle", "turtle"),
        ("application/n-triples", "application/n-triples", "nt"),
        ("application/rdf+xml", "application/rdf+xml", "xml"),
        (None, "text/turtle", "turtle"),
    ],
)
def test_construct_and_describe_results_are_rdf(server, accept, media, rdf_format):
    for query in (
        "PREFIX kg: <https://w3id.org/kg/ontology#> CONSTRUCT { ?p a kg:Person } WHERE { ?p a kg:Person }",
        "DESCRIBE <https://w3id.org/kg/id/person/张广志>",
    ):
        status, headers, body = get(server, query, accept)
        assert status == 200 and headers["Content-Type"].startswith(media)
        assert len(Graph().parse(data=body, format=rdf_format)) > 0


def test_ask_answers_true_or_false(server):
    status, _, body = get(server, "ASK { ?s ?p ?o }")
    assert status == 200 and json.loads(body) == {"head": {}, "boolean": True}


def test_queries_can_be_posted_as_a_body_or_a_form(server, graph_file):
    expected = [row[0] for row in local_rows(graph_file, PEOPLE)]
    for data, content_type in (
        (PEOPLE.encode("utf-8"), "application/sparql-query"),
        (urllib.parse.urlencode({"query": PEOPLE}).encode(), "application/x-www-form-urlencoded"),
    ):
        status, _, body = fetch(server.url, data=data, headers={"Content-Type": content_type, "Accept": "text/csv"})
        assert status == 200 and body.decode().splitlines()[1:] == expected


def test_a_format_parameter_wins_over_the_accept_header(server):
    status, headers, _ = fetch(
        f"{server.url}?{urllib.parse.urlencode({'query': PEOPLE, 'format': 'csv'})}",
        headers={"Accept": "application/sparql-results+json"},
    )
    assert status == 200 and headers["Content-Type"].startswith("text/csv")


def test_a_query_indented_with_much_white_space_is_answered(server):
    # Telling queries from updates once split leading white space every way before it
    # failed: 30 spaces before SELECT held a worker for minutes (now at once).
    status, _, body = get(server, " " * 40 + "\n" * 20 + PEOPLE, accept="application/sparql-results+json")
    assert status == 200
    assert json.loads(body)["results"]["bindings"]


@pytest.mark.parametrize(
    ("data", "content_type", "method"),
    [
        (b"INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }", "application/sparql-update", "POST"),
        (b"update=INSERT+DATA+%7B%3Curn%3Ax%3Aa%3E+%3Curn%3Ax%3Ab%3E+%3Curn%3Ax%3Ac%3E%7D", None, "POST"),
        (b"PREFIX x: <urn:x:> # a comment\nDELETE WHERE { ?s ?p ?o }", "application/sparql-query", "POST"),
    ],
)
def test_updates_are_refused(server, data, content_type, method):
    headers = {"Content-Type": content_type or "application/x-www-form-urlencoded"}
    status, _, body = fetch(server.url, data=data, headers=headers, method=method)
    assert status == 403 and b"read-only" in body
    assert json.loads(get(server, "ASK { <urn:x:a> ?p ?o }")[2])["boolean"] is False


def test_federated_queries_are_refused_so_the_server_fetches_nothing(server):
    status, _, body = get(server, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    assert status == 403 and b"SERVICE and LOAD are not allowed" in body
    status, _, _ = get(server, 'SELECT ?service WHERE { BIND("SERVICE" AS ?service) }')
    assert status == 200


def test_writing_methods_are_not_allowed(server):
    status, headers, body = fetch(server.url, data=b"<urn:x:a> <urn:x:b> <urn:x:c> .", method="PUT")
    assert status == 405 and "POST" in headers["Allow"] and b"read-only" in body


def test_a_malformed_query_is_answered_400_with_its_position(server):
    status, headers, body = get(server, "SELECT ?s WHERE { ?s ?p }")
    assert status == 400 and headers["Content-Type"].startswith("text/plain")
    assert body.decode().startswith("malformed SPARQL: error at 1:")


@pytest.mark.parametrize(
    ("url_suffix", "data", "headers", "status"),
    [
        ("", None, {}, 400),  # no query
        ("?query=ASK%7B%7D&default-graph-uri=urn:x:g", None, {}, 400),
        ("", b"ASK {}", {"Content-Type": "text/plain"}, 415),
        ("/nowhere", None, {}, 404),
    ],
)
def test_bad_requests_get_a_status_and_a_message(server, url_suffix, data, headers, status):
    url = server.url + url_suffix if not url_suffix.startswith("/") else server.base_url + url_suffix
    answer_status, answer_headers, body = fetch(url, data=data, headers=headers)
    assert answer_status == status and answer_headers["Content-Type"].startswith("text/plain") and body.strip()


def test_cors_preflight_is_answered(server):
    status, headers, _ = fetch(server.url, method="OPTIONS", headers={"Origin": "https://example.org"})
    assert status == 204 and headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in headers["Access-Control-Allow-Methods"]


def test_the_query_page_and_the_map_are_served(server):
    status, headers, body = fetch(server.base_url + "/")
    page = body.decode("utf-8")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "<form" in page and "Organizations mentioned in the same sentence" in page
    status, headers, body = fetch(server.base_url + "/map")
    assert status == 200 and headers["Content-Type"].startswith("text/html") and b"<html" in body[:500].lower()


def test_a_long_query_is_stopped_and_the_server_keeps_answering(strict_server):
    started = time.monotonic()
    status, _, body = get(strict_server, ENDLESS)
    assert status == 503 and b"longer than 1 s" in body
    assert time.monotonic() - started < 5
    status, _, body = get(strict_server, "ASK { ?s ?p ?o }")  # a fresh worker took over
    assert status == 200 and json.loads(body)["boolean"] is True


def test_answers_stop_at_the_row_limit_and_say_so(strict_server):
    status, headers, body = get(strict_server, "SELECT ?s WHERE { ?s ?p ?o }", "text/csv")
    assert status == 200 and headers["KG-Row-Limit"] == "5"
    assert len(body.decode().splitlines()) == 1 + 5
    status, headers, body = get(strict_server, "CONSTRUCT WHERE { ?s ?p ?o }", "application/n-triples")
    assert headers["KG-Row-Limit"] == "5" and len(body.decode().splitlines()) == 5
    status, headers, _ = get(strict_server, "SELECT ?s WHERE { ?s ?p ?o } LIMIT 5", "text/csv")
    assert "KG-Row-Limit" not in headers


def test_a_store_folder_is_served_like_a_file(tmp_path, graph_file, pipeline):
    build_into_store([ROOT / "data"], tmp_path / "store", pipeline=pipeline, validate=False)
    server = start(tmp_path / "store", workers=1)
    try:
        status, _, body = get(server, PEOPLE, "text/csv")
        assert status == 200 and body.decode().splitlines()[1:] == [row[0] for row in local_rows(graph_file, PEOPLE)]
        status, _, body = get(server, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "text/csv")
        assert body.decode().splitlines() == ["n", "1"]
    finally:
        server.close()


# --- the command ----------------------------------------------------------------------------


@pytest.mark.parametrize("sigint", [signal.SIG_DFL, signal.SIG_IGN], ids=["from-a-terminal", "sigint-ignored"])
def test_kg_serve_starts_answers_and_stops_on_ctrl_c_with_one_line(graph_file, sigint):
    # SIG_IGN: a shell script's `kg serve … &` starts it with SIGINT ignored; Ctrl-C stops it all the same.
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", str(graph_file), "--port", "0", "--workers", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a terminal gives it
        preexec_fn=lambda: signal.signal(signal.SIGINT, sigint),
    )
    try:
        first = process.stdout.readline()
        assert first.startswith("serving ") and "/sparql" in first
        url = first.split(" at ")[1].split()[0]
        with urllib.request.urlopen(f"{url}?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D", timeout=30) as response:
            assert json.loads(response.read())["boolean"] is True
        os.killpg(process.pid, signal.SIGINT)  # Ctrl-C reaches the whole group
        _, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0
    assert err.strip().splitlines() == ["kg: stopped serving"]


def test_kg_serve_refuses_bad_input_in_one_line(tmp_path, graph_file, capsys):
    assert main(["serve", str(tmp_path / "missing.ttl")]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    (tmp_path / "broken.ttl").write_text("<urn:x:a> <urn:x:b> .", encoding="utf-8")
    assert main(["serve", str(tmp_path / "broken.ttl")]) == 2
    assert "not a valid Turtle file" in capsys.readouterr().err
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        assert main(["serve", str(graph_file), "--port", str(taken.getsockname()[1])]) == 2
    err = capsys.readouterr().err
    assert "cannot listen there" in err and len(err.strip().splitlines()) == 1


CUSTOMS = "海关总署新闻发言人张广志表示，一季度无纸通关申报已超过七成。"
CHENGDU = "成都市政府将利用大数据和云计算技术打造政府基础数据库。"
AUSTRALIA = "澳大利亚财政部与海关总署就云服务政府采购开展合作。"
CHENGDU_CHANGED = "成都市政府与四川省共建政务云平台，推进大数据决策。"


# --- updates, with --allow-updates -------------------------------------------------------------

INSERT = "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }"
ASK_INSERTED = "ASK { <urn:x:a> <urn:x:b> <urn:x:c> }"


def post_update(server: SparqlServer, update: str, *, form: bool = False):
    if form:
        data, content_type = urllib.parse.urlencode({"update": update}).encode(), "application/x-www-form-urlencoded"
    else:
        data, content_type = update.encode("utf-8"), "application/sparql-update"
    return fetch(server.url, data=data, headers={"Content-Type": content_type})


def asks(server: SparqlServer, query: str) -> bool:
    status, _, body = get(server, query)
    assert status == 200, body
    return json.loads(body)["boolean"]


@pytest.fixture
def updatable(tmp_path, graph_file):
    """A server that takes updates, over a copy of the sample graph file."""
    copy = tmp_path / "graph.ttl"
    shutil.copyfile(graph_file, copy)
    server = start(copy, allow_updates=True, timeout=1.0)
    yield server
    server.close()


def test_updates_are_accepted_with_allow_updates_and_seen_by_the_next_query(updatable):
    before = updatable.source.read_bytes()
    assert updatable.pool.size == 1 and updatable.is_copy
    status, _, body = post_update(updatable, INSERT)
    assert status == 204 and body == b""
    assert asks(updatable, ASK_INSERTED)
    status, _, _ = post_update(updatable, "DELETE WHERE { <urn:x:a> ?p ?o }", form=True)
    assert status == 204 and not asks(updatable, ASK_INSERTED)
    tag_people = (
        "PREFIX kg: <https://w3id.org/kg/ontology#> INSERT { ?p <urn:x:isA> <urn:x:Person> } WHERE { ?p a kg:Person }"
    )
    status, _, _ = post_update(updatable, tag_people)
    people = local_rows(updatable.source, PEOPLE)
    assert status == 204 and people
    status, _, body = get(updatable, "SELECT (COUNT(*) AS ?n) WHERE { ?p <urn:x:isA> <urn:x:Person> }", "text/csv")
    assert body.decode().splitlines() == ["n", str(len(people))]
    assert updatable.source.read_bytes() == before  # only the server's copy changed


def test_a_malformed_update_is_answered_400_with_its_position(updatable):
    status, headers, body = post_update(updatable, "INSERT DATA { <urn:x:a> <urn:x:b> }")
    assert status == 400 and headers["Content-Type"].startswith("text/plain")
    assert body.decode().startswith("malformed SPARQL update: error at 1:") and len(body.decode().splitlines()) == 1


def test_a_long_update_is_stopped_and_leaves_nothing_behind(updatable):
    triples = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    _, _, before = get(updatable, triples, "text/csv")
    started = time.monotonic()
    status, _, body = post_update(updatable, "INSERT { ?a <urn:x:n> ?i } WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
    assert status == 503 and b"update ran longer than 1 s" in body
    assert time.monotonic() - started < 5
    assert get(updatable, triples, "text/csv")[2] == before  # a fresh worker, and nothing of the update
    assert post_update(updatable, INSERT)[0] == 204 and asks(updatable, ASK_INSERTED)


@pytest.mark.parametrize(
    ("request_kind", "status", "message"),
    [
        ("GET", 405, b"must be POSTed"),
        ("as a query", 400, b"this is an update, not a query"),
        ("LOAD", 403, b"SERVICE and LOAD are not allowed"),
        ("using-graph-uri", 400, b"USING or WITH"),
        ("query and update", 400, b"not both"),
    ],
)
def test_updates_are_posted_as_the_protocol_says(updatable, request_kind, status, message):
    url, data, content_type = updatable.url, INSERT.encode(), "application/sparql-update"
    if request_kind == "GET":
        url, data = f"{url}?{urllib.parse.urlencode({'update': INSERT})}", None
    elif request_kind == "as a query":
        content_type = "application/sparql-query"
    elif request_kind == "LOAD":
        data = b"LOAD <http://127.0.0.1:9/data.ttl>"
    elif request_kind == "using-graph-uri":
        url = f"{url}?using-graph-uri=urn:x:g"
    else:
        data = urllib.parse.urlencode({"update": INSERT, "query": "ASK {}"}).encode()
        content_type = "application/x-www-form-urlencoded"
    answer_status, _, body = fetch(url, data=data, headers={"Content-Type": content_type})
    assert answer_status == status and message in body
    assert not asks(updatable, ASK_INSERTED)


def test_updates_need_a_single_worker(graph_file, capsys):
    assert main(["serve", str(graph_file), "--allow-updates", "--workers", "2", "--port", "0"]) == 2
    err = capsys.readouterr().err
    assert "served by one worker" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("source", ["store", "file"])
def test_kg_serve_allow_updates_warns_and_changes_a_store_in_place_but_never_a_file(
    tmp_path, graph_file, pipeline, source
):
    if source == "store":
        (tmp_path / "docs").mkdir()
        (tmp_path / "docs" / "customs.txt").write_text(CUSTOMS, encoding="utf-8")
        target = tmp_path / "store"
        build_into_store([tmp_path / "docs"], target, pipeline=pipeline, validate=False)
        where = ["--store", str(target)]
    else:
        target = tmp_path / "graph.ttl"
        shutil.copyfile(graph_file, target)
        where = [str(target)]
    before = load_graph(target)
    size, had_it = len(before), bool(run_query(before, ASK_INSERTED).askAnswer)
    del before
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", *where, "--port", "0", "--allow-updates"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        first = process.stdout.readline()
        assert first.startswith(f"serving {size} triples of {target} at ")
        warning = process.stderr.readline()
        url = first.split(" at ")[1].split()[0]
        request = urllib.request.Request(
            url, data=INSERT.encode(), headers={"Content-Type": "application/sparql-update"}
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            assert response.status == 204
        with urllib.request.urlopen(f"{url}?{urllib.parse.urlencode({'query': ASK_INSERTED})}", timeout=30) as response:
            assert json.loads(response.read())["boolean"] is True
        os.killpg(process.pid, signal.SIGINT)
        _, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0 and err.strip().splitlines() == ["kg: stopped serving"]
    assert warning.startswith("kg: warning: updates are allowed")
    after = load_graph(target)
    assert not had_it
    if source == "store":
        assert "can change" in warning
        assert run_query(after, ASK_INSERTED).askAnswer and len(after) == size + 1
    else:
        assert "temporary copy" in warning and "never modified" in warning
        assert not run_query(after, ASK_INSERTED).askAnswer and len(after) == size


# --- kg push into a real Oxigraph server ------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def oxigraph_server(tmp_path):
    """A real Oxigraph server (the `oxigraph` PyPI package), empty, on a free port."""
    binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not Path(binary).exists():
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    port = free_port()
    process = subprocess.Popen(
        [binary, "serve", "--location", str(tmp_path / "oxigraph-server"), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=2).read()
            break
        except (urllib.error.URLError, ConnectionError):
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                pytest.fail(f"oxigraph serve did not start: {process.stderr.read().decode()[:500]}")
            time.sleep(0.1)
    yield base
    process.terminate()
    process.wait(timeout=10)


def remote_rows(base: str, query: str) -> list[list[str]]:
    status, _, body = fetch(f"{base}/query?{urllib.parse.urlencode({'query': query})}", headers={"Accept": "text/csv"})
    assert status == 200, body
    return list(csv.reader(io.StringIO(body.decode("utf-8"))))[1:]


def remote_graph(base: str, name: str) -> set:
    status, _, body = fetch(
        f"{base}/store?{urllib.parse.urlencode({'graph': name})}", headers={"Accept": "application/n-triples"}
    )
    assert status == 200
    return set(pyoxigraph.parse(body, format=pyoxigraph.RdfFormat.N_TRIPLES))


def test_kg_push_loads_a_store_into_oxigraph_and_a_second_push_changes_only_the_changed_document(
    tmp_path, pipeline, oxigraph_server, capsys
):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in {"customs": CUSTOMS, "chengdu": CHENGDU, "australia": AUSTRALIA}.items():
        (docs / f"{name}.txt").write_text(text, encoding="utf-8")
    store = tmp_path / "store"
    build_into_store([docs], store, pipeline=pipeline, validate=False)
    local = load_graph(store)

    assert main(["push", str(store), "--endpoint", f"{oxigraph_server}/store", "--batch-size", "100"]) == 0
    assert "pushed" in capsys.readouterr().out
    assert remote_rows(oxigraph_server, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == [[str(len(local))]]
    query = (QUERIES / "04-most-mentioned-entities.rq").read_text(encoding="utf-8")
    assert remote_rows(oxigraph_server, query) == [[str(term) for term in row] for row in run_query(local, query)]

    report = push(store, f"{oxigraph_server}/store", documents=True, batch_size=50)
    graphs = [row[0] for row in remote_rows(oxigraph_server, "SELECT DISTINCT ?g WHERE { GRAPH ?g { } } ORDER BY ?g")]
    assert report.graphs == len(graphs) == 3 and report.requests > 3
    before = {name: remote_graph(oxigraph_server, name) for name in graphs}

    (docs / "chengdu.txt").write_text(CHENGDU_CHANGED, encoding="utf-8")
    assert build_into_store([docs], store, pipeline=pipeline, validate=False).replaced == ["chengdu.txt"]
    assert main(["push", "--store", str(store), "--endpoint", f"{oxigraph_server}/store", "--documents"]) == 0
    after = {name: remote_graph(oxigraph_server, name) for name in graphs}
    changed = [name for name in graphs if before[name] != after[name]]
    assert len(changed) == 1 and "chengdu.txt" in changed[0]
    assert any(triple.object == pyoxigraph.Literal("四川省", language="zh") for triple in after[changed[0]])


def test_kg_push_sends_a_file_into_a_named_graph(tmp_path, graph_file, oxigraph_server):
    report = push(graph_file, f"{oxigraph_server}/store", graph="urn:x:sample", batch_size=1000)
    assert report.requests == -(-report.triples // 1000)
    rows = remote_rows(oxigraph_server, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:x:sample> { ?s ?p ?o } }")
    assert rows == [[str(len(load_graph(graph_file)))]]


def test_kg_push_reports_http_failures_in_one_line(tmp_path, graph_file, oxigraph_server, capsys):
    assert main(["push", str(graph_file), "--endpoint", f"{oxigraph_server}/nowhere"]) == 2
    err = capsys.readouterr().err
    assert "HTTP 404" in err and len(err.strip().splitlines()) == 1
    assert main(["push", str(graph_file), "--endpoint", f"http://127.0.0.1:{free_port()}/store"]) == 2
    err = capsys.readouterr().err
    assert "cannot reach the store" in err and len(err.strip().splitlines()) == 1


def test_the_server_listens_on_the_loopback_interface_unless_told_otherwise(server):
    import inspect

    from kg.serve import SparqlServer

    assert inspect.signature(SparqlServer.__init__).parameters["host"].default == "127.0.0.1"
    assert server.server_address[0] == "127.0.0.1"


def test_an_over_large_body_is_refused_before_it_is_read(server):
    import http.client

    from kg.serve import MAX_BODY

    host, port = server.server_address[:2]
    connection = http.client.HTTPConnection(host, port, timeout=30)
    connection.putrequest("POST", "/sparql")
    connection.putheader("Content-Type", "application/sparql-query")
    connection.putheader("Content-Length", str(MAX_BODY + 1))
    connection.endheaders()  # the body is never sent: the answer must not wait for it
    response = connection.getresponse()
    assert response.status == 413 and b"over" in response.read()
    connection.close()
