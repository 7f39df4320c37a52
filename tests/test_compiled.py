"""``KG_COMPILE=1 pip install .`` gives a kg whose stages run compiled by mypyc and that
writes the very same bytes as the pure-Python kg the rest of the suite tests.

Builds a compiled wheel once (about three minutes), unpacks it and runs ``kg build`` from it
and from the checkout, in subprocesses, over the sample, a synthetic corpus and a few
short articles, with one and with two processes and on a local Dask cluster.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from kg import COMPILABLE_MODULES

ROOT = Path(__file__).resolve().parent.parent
OUTPUTS = ("graph.ttl", "mentions.jsonl", "graph.html")

EXTRA = {
    "hangzhou.txt": "杭州市数据资源管理局与阿里巴巴集团签署合作协议，共建城市大脑。市长表示将推进云计算应用。",
    "shenzhen.txt": "深圳市政务服务数据管理局推出新平台。华为与腾讯签署合作协议。（新华网）",
    "un.txt": "联合国秘书长古特雷斯当天在纽约表示，世界卫生组织和欧盟委员会将加强合作。",
}


def _compiler() -> str | None:
    command = shlex.split(sysconfig.get_config_var("CC") or "cc")
    return shutil.which(command[0]) if command else None


@pytest.fixture(scope="module")
def compiled_kg(tmp_path_factory) -> Path:
    """A folder holding kg unpacked from a wheel built with ``KG_COMPILE=1``."""
    if _compiler() is None:
        pytest.skip("no C compiler, so no compiled wheel")
    if not (Path(sysconfig.get_paths()["include"]) / "Python.h").is_file():
        pytest.skip("no Python headers (Python.h), so no compiled wheel")
    before = sorted(ROOT.rglob("*.so"))
    wheels = tmp_path_factory.mktemp("wheel")
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(wheels)],
        env={**os.environ, "KG_COMPILE": "1"},
        capture_output=True,
        text=True,
    )
    assert built.returncode == 0, built.stdout[-2000:] + built.stderr[-2000:]
    assert sorted(ROOT.rglob("*.so")) == before, "compiling wrote extension modules into the checkout"
    (wheel,) = wheels.glob("kg-*.whl")
    assert not wheel.name.endswith("-none-any.whl"), wheel.name
    folder = tmp_path_factory.mktemp("compiled")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(folder)
    return folder


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The sample, a few short articles and 0.3 MB of synthetic bulletins."""
    folder = tmp_path_factory.mktemp("corpus")
    shutil.copy(ROOT / "data" / "egov-bulletin-2014-06.md", folder)
    for name, text in EXTRA.items():
        (folder / name).write_text(text, encoding="utf-8")
    made = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--generate-mb", "0.3", "--out", str(folder / "s.jsonl")],
        capture_output=True,
        text=True,
    )
    assert made.returncode == 0, made.stderr
    return folder


def run_kg(package: Path, *arguments: str, cwd: Path) -> subprocess.CompletedProcess:
    """``python -m kg ARGUMENTS`` with ``package`` first on the module path."""
    environment = {**os.environ, "PYTHONPATH": str(package)}
    return subprocess.run(
        [sys.executable, "-m", "kg", *arguments], env=environment, cwd=cwd, capture_output=True, text=True
    )


def built(package: Path, corpus: Path, out: Path, *options: str) -> dict[str, bytes]:
    done = run_kg(package, "build", str(corpus), "-o", str(out), "--no-validate", *options, cwd=out.parent)
    assert done.returncode == 0, done.stderr[-2000:]
    return {name: (out / name).read_bytes() for name in OUTPUTS}


# Processes the documents of a folder with the cyclic collector off, as kg build does, and
# prints how many objects only the collector could have freed: kg build relies on none.
CYCLES = """
import gc, sys
from kg.graph import document_triples
from kg.ingest import iter_documents
from kg.pipeline import Pipeline
pipeline = Pipeline()
gc.collect()
gc.disable()
for document in iter_documents([sys.argv[1]]):
    for _ in document_triples(pipeline.process(document)):
        pass
print(gc.collect())
"""


def cycles_left(package: Path, corpus: Path, cwd: Path) -> int:
    environment = {**os.environ, "PYTHONPATH": str(package)}
    done = subprocess.run(
        [sys.executable, "-c", CYCLES, str(corpus)], env=environment, cwd=cwd, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return int(done.stdout)


def test_the_wheel_runs_the_stages_compiled(compiled_kg, tmp_path):
    code = "import kg; print(kg.__file__); print(','.join(kg.compiled_modules()))"
    environment = {**os.environ, "PYTHONPATH": str(compiled_kg)}
    done = subprocess.run([sys.executable, "-c", code], env=environment, cwd=tmp_path, capture_output=True, text=True)
    where, modules = done.stdout.split()
    assert Path(where).parent == compiled_kg / "kg"
    assert modules.split(",") == list(COMPILABLE_MODULES)
    assert (compiled_kg / "kg" / "ontology" / "kg.ttl").is_file()
    assert ", ".join(COMPILABLE_MODULES) in run_kg(compiled_kg, "--version", cwd=tmp_path).stdout
    assert "nothing, pure Python" in run_kg(ROOT, "--version", cwd=tmp_path).stdout


def test_compiled_and_pure_kg_write_the_same_bytes(compiled_kg, corpus, tmp_path):
    pure = built(ROOT, corpus, tmp_path / "pure")
    assert len(pure["mentions.jsonl"].splitlines()) > 3_000  # the synthetic bulletins were read
    assert built(compiled_kg, corpus, tmp_path / "compiled") == pure
    assert built(compiled_kg, corpus, tmp_path / "compiled-2", "--jobs", "2") == pure
    assert built(compiled_kg, corpus, tmp_path / "compiled-dask", "--executor", "dask", "--jobs", "2") == pure


def test_neither_kg_leaves_reference_cycles_for_a_paused_collector(compiled_kg, corpus, tmp_path):
    # mypyc makes a cycle of a nested function that another nested function calls
    # (_add_short_forms had one: 13,593 objects a megabyte, 200 MB more in a 10 MB build).
    assert cycles_left(ROOT, corpus, tmp_path) == 0
    assert cycles_left(compiled_kg, corpus, tmp_path) == 0
