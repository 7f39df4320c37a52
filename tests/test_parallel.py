"""The same input gives the same bytes, however many processes or machines did the work."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import pytest

from kg.cli import main
from kg.ingest import make_document
from kg.parallel import pack, run_pipeline, unpack

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "egov-bulletin-2014-06.md"

EXTRA = {
    "hangzhou.txt": "杭州市数据资源管理局与阿里巴巴集团签署合作协议，共建城市大脑。市长表示将推进云计算应用。",
    "beijing.txt": "国家发展和改革委员会发布《数字经济发展规划》。北京市大数据中心负责人介绍了进展。",
    "shenzhen.txt": "深圳市政务服务数据管理局推出新平台。华为与腾讯签署合作协议。",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The sample bulletin and a few short articles, as separate documents."""
    folder = tmp_path_factory.mktemp("corpus")
    shutil.copy(SAMPLE, folder / SAMPLE.name)
    for name, text in EXTRA.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def build(corpus: Path, out: Path, *options: str) -> dict[str, bytes]:
    assert main(["build", str(corpus), "-o", str(out), "--no-validate", *options]) == 0
    return {name: (out / name).read_bytes() for name in ("graph.ttl", "mentions.jsonl", "graph.html")}


def test_two_processes_write_the_same_bytes_as_one(corpus, tmp_path):
    one = build(corpus, tmp_path / "one")
    two = build(corpus, tmp_path / "two", "--jobs", "2")
    assert one == two
    assert b"org-alibaba" in one["graph.ttl"] or "阿里巴巴".encode() in one["graph.ttl"]


def test_a_result_survives_the_trip_to_another_process_unchanged():
    from kg.pipeline import Pipeline

    document = make_document("s.md", SAMPLE.read_text(encoding="utf-8"), path=str(SAMPLE))
    result = Pipeline().process(document)
    assert result.mentions and result.relations and document.articles
    assert unpack(document, pickle.loads(pickle.dumps(pack(result)))) == result
    # Every optional field set somewhere, so a field out of order would show.
    assert any(r.detail for r in result.relations)
    assert any(e.parent and e.lat is not None for e in result.entities.values())


def test_results_come_back_in_input_order_from_worker_processes():
    documents = [make_document(f"d{i}.txt", f"第{i}条：华为与腾讯签署合作协议。", path=f"d{i}.txt") for i in range(20)]
    results = list(run_pipeline(documents, jobs=2))
    assert [r.document.id for r in results] == [d.id for d in documents]
    assert all(any(r.predicate == "cooperatesWith" for r in result.relations) for result in results)


@pytest.fixture(scope="module")
def dask_cluster():
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
    )
    yield cluster
    cluster.close()


def test_a_dask_cluster_builds_the_same_graph_as_one_process(corpus, tmp_path, dask_cluster):
    local = build(corpus, tmp_path / "local")
    on_dask = build(corpus, tmp_path / "dask", "--executor", "dask", "--scheduler", dask_cluster.scheduler_address)
    assert local == on_dask
    workers = dask_cluster.scheduler_info["workers"]
    assert len(workers) == 2


def test_an_unreachable_scheduler_is_one_line(corpus, tmp_path, capsys):
    code = main(
        ["build", str(corpus), "-o", str(tmp_path / "x"), "--executor", "dask", "--scheduler", "tcp://127.0.0.1:9"]
    )
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("kg: cannot reach the Dask scheduler") and err.count("\n") == 1
    assert not (tmp_path / "x" / "graph.ttl").exists()


def test_scheduler_without_dask_is_a_usage_error(corpus, tmp_path, capsys):
    assert main(["build", str(corpus), "-o", str(tmp_path / "x"), "--scheduler", "tcp://127.0.0.1:9"]) == 2
    assert "--executor dask" in capsys.readouterr().err


def test_worker_processes_leave_the_parents_collector_as_they_found_it():
    # The parent's objects are frozen for the collector while workers run (so that neither
    # side's collections copy shared pages); afterwards, or when the caller stops early,
    # they must be collectable again, or their reference cycles would never be freed.
    import gc

    documents = [make_document(name, text, path=name) for name, text in EXTRA.items()]
    assert [r.document.id for r in run_pipeline(iter(documents), jobs=2)] == list(EXTRA)
    assert gc.get_freeze_count() == 0
    results = run_pipeline(iter(documents), jobs=2)
    next(results)
    assert gc.get_freeze_count() > 0  # frozen while the workers run
    results.close()
    assert gc.get_freeze_count() == 0
