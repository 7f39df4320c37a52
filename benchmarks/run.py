"""Benchmark kg: speed and memory on a corpus, a 1M-triple graph and large maps, in one run.

Prints one report (``--json``: the same figures as JSON) of:

1. the corpus: documents, characters and MB of UTF-8;
2. throughput in characters per second of the whole pipeline as ``kg build`` runs it
   (ingest → extract → link → relate → RDF triples → Turtle: each document's triples go
   to the sorted Turtle writer as the document is done, and the writer writes the file
   at the end), in one process, with the
   time of each stage measured inside that same pass, next to plain ``jieba.cut`` and
   ``jieba.posseg.cut`` over the same texts in the same run, and the ratios to
   ``jieba.cut``; the three are measured in turn in every round, so that other load on
   the machine falls on all of them alike; plus the one-off startup (gazetteer load,
   jieba tokenizer build), outside the passes;
3. the peak memory and wall time of a whole ``kg build`` of the corpus, into a folder
   (``--out``) and into a new store (``--store``), each run in a subprocess first of all
   (while this process is still small: a child's ``ru_maxrss`` also counts the parent
   pages it started with) and read with ``os.wait4``;
4. the speed-up of ``--jobs 2`` on the processing stage (extract, link, relate):
   ``run_pipeline(jobs=1)`` against ``run_pipeline(jobs=2)`` over the same documents,
   each paying its processes' pipeline startup as ``kg build`` does;
5. at about one million triples (the sample bulletin processed once, its result copied
   under other document ids until the graph has that many triples; entities are
   shared): Turtle export with kg's sorted writer (``write_turtle``, what ``kg build``
   writes) and with Oxigraph (``Store.dump`` of an in-memory pyoxigraph store), and three
   SPARQL queries on that store (count by type, the most mentioned entities of
   ``examples/queries/04``, one entity's triples);
6. writing the map's HTML (``kg.render.map_html``) for synthetic maps of 500 and 5,000
   entities (``synthetic_map`` of ``tests/test_map.py``);

and, last, which of issue 7's targets the figures meet.

The corpus is CORPUS (folders, ``.md``/``.txt``/``.html`` files, or ``.jsonl`` files of one
``{"id", "text"}`` or ``{"text"}`` object per line); without one, a synthetic corpus of
``--generate-mb`` MB (default 10) varied from the sample bulletin, written to a temporary
folder (how it is varied: ``benchmarks/corpus.py``). ``--generate-mb MB --out DIR`` only
writes such a corpus, as ``.md`` files in the folder DIR or as one ``.jsonl`` file when DIR
ends in ``.jsonl``, and stops. ``--quick`` shrinks everything
(0.1 MB, 20,000 triples, maps of 50 and 500 entities, one round) for a smoke run.

    python benchmarks/run.py [CORPUS ...] [--generate-mb MB] [--rounds N] [--quick] [--json]
    python benchmarks/run.py --generate-mb 10 --out DIR
"""

from __future__ import annotations

import argparse
import datetime
import gc
import importlib.util
import json
import math
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import jieba
import jieba.posseg
import pyoxigraph
from corpus import sample_copies, write_corpus

import kg
from kg.errors import KGError
from kg.gazetteer import default_gazetteer
from kg.graph import document_triples, graph_triples, prefixes
from kg.ingest import iter_documents, make_document
from kg.parallel import run_pipeline
from kg.pipeline import Pipeline
from kg.relate import relate
from kg.render import map_html
from kg.store import copy_into_store
from kg.turtle import TurtleWriter, collector_paused, write_turtle

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("ingest", "extract", "link", "relate", "RDF triples", "Turtle")
QUERIES = {
    "count by type": "SELECT ?type (COUNT(*) AS ?n) WHERE { ?s a ?type } GROUP BY ?type",
    "most mentioned entities (04)": (ROOT / "examples" / "queries" / "04-most-mentioned-entities.rq").read_text(
        encoding="utf-8"
    ),
    "one entity's triples": "SELECT ?p ?o WHERE { <https://w3id.org/kg/id/organization/org-gacc> ?p ?o }",
}


@dataclass(frozen=True, slots=True)
class Scale:
    """How big each part of the benchmark is."""

    megabytes: float
    """Size of the synthetic corpus, when no CORPUS is given."""
    triples: int
    """Size of the graph that export and queries run on."""
    map_sizes: tuple[int, ...]
    document_sizes: tuple[int, ...]
    """Characters of the single large documents that show whether time grows with a
    document's length alone."""
    repeats: int
    """Runs of each short measurement (export, query, map); the best and median are kept."""


FULL = Scale(megabytes=10, triples=1_000_000, map_sizes=(500, 5000), document_sizes=(250_000, 2_000_000), repeats=3)
QUICK = Scale(megabytes=0.1, triples=20_000, map_sizes=(50, 500), document_sizes=(10_000, 30_000), repeats=1)


@dataclass(frozen=True, slots=True)
class Timing:
    """Seconds taken by one measurement over its runs."""

    name: str
    best: float
    median: float


def timings(name: str, seconds: Sequence[float]) -> Timing:
    return Timing(name, min(seconds), statistics.median(seconds))


def clocked(function: Callable[[], object]) -> tuple[float, object]:
    """The wall time of one call of ``function`` (after a garbage collection), and its result."""
    gc.collect()
    started = time.perf_counter()
    result = function()
    return time.perf_counter() - started, result


def timed(name: str, function: Callable[[], object], repeats: int) -> tuple[Timing, object]:
    """Best and median wall time of ``function`` over ``repeats`` calls, and its last result."""
    runs = [clocked(function) for _ in range(repeats)]
    return timings(name, [seconds for seconds, _ in runs]), runs[-1][1]


def load_average() -> str:
    """The load average over 1, 5 and 15 minutes and, where Linux reports it, the share of
    the last minute in which some task waited for a CPU (``/proc/pressure/cpu``)."""
    load = " / ".join(f"{value:.2f}" for value in os.getloadavg())
    try:
        waiting = Path("/proc/pressure/cpu").read_text().split()[2].removeprefix("avg60=")
    except (OSError, IndexError):
        return load
    return f"{load} (CPU pressure {float(waiting):.0f}%)"


def cpu_seconds() -> float:
    """CPU time of this process and of its finished child processes so far."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


# ---------------------------------------------------------------- 3. memory of kg build


def measure_build(paths: Sequence[str], folder: Path, *, validate: bool, into: str = "--out") -> dict:
    """Run ``kg build`` over ``paths`` into a new folder (``into``: ``--out`` or
    ``--store``) in a subprocess: its wall time and its own peak RSS (``os.wait4`` reads
    that child's resource use alone)."""
    target = folder / ("build" if into == "--out" else "store")
    command = [sys.executable, "-m", "kg", "build", *paths, into, str(target)]
    if not validate:
        command.append("--no-validate")
    unit = 1 if sys.platform == "darwin" else 1024  # ru_maxrss is in bytes on macOS, KiB on Linux
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * unit / 2**20
    with tempfile.TemporaryFile("w+", encoding="utf-8") as errors:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors, text=True)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        if process.returncode not in (0, 1):  # 1: the graph breaks a SHACL shape, the files are written
            raise KGError(f"kg build failed ({process.returncode}): {errors.read().strip()[-500:]}")
    figures = {
        "command": " ".join(["kg", "build", "CORPUS", into, "DIR", *command[len(paths) + 6 :]]),
        "seconds": seconds,
        "peak_rss_mib": usage.ru_maxrss * unit / 2**20,
        "benchmark_rss_mib": own,
    }
    if into == "--out":
        figures["graph_ttl_mb"] = (target / "graph.ttl").stat().st_size / 1e6
    return figures


# ---------------------------------------------------------------- 2. throughput


def pipeline_pass(pipeline: Pipeline, paths: Sequence[str], turtle: Path) -> dict[str, float]:
    """One run of the whole pipeline over ``paths``, as ``kg build`` runs it in one
    process (with Python's cyclic garbage collector paused, as there): the seconds of
    each stage, and of the whole pass under ``"whole"``."""
    with collector_paused():
        return _timed_pass(pipeline, paths, turtle)


def _timed_pass(pipeline: Pipeline, paths: Sequence[str], turtle: Path) -> dict[str, float]:
    spent = dict.fromkeys(STAGES, 0.0)
    clock = time.perf_counter
    started = clock()
    documents = iter_documents(paths)
    writer = TurtleWriter(prefixes())
    while True:
        before = clock()
        document = next(documents, None)
        read = clock()
        spent["ingest"] += read - before
        if document is None:
            break
        mentions = pipeline.extractor.extract(document)
        extracted = clock()
        result = pipeline.linker.link(document, mentions)
        linked = clock()
        result = relate(result, gazetteer=pipeline.gazetteer, words=pipeline.extractor.tokenizer.FREQ)
        related = clock()
        writer.add(document_triples(result))
        made = clock()
        spent["extract"] += extracted - read
        spent["link"] += linked - extracted
        spent["relate"] += related - linked
        spent["RDF triples"] += made - related
    before = clock()
    with turtle.open("w", encoding="utf-8") as stream:
        writer.write(stream)
    written = clock()
    spent["Turtle"] = written - before
    spent["whole"] = written - started
    return spent


def measure_throughput(pipeline: Pipeline, paths: Sequence[str], texts: list[str], rounds: int, folder: Path) -> list:
    """Timings of jieba.cut, jieba.posseg.cut, kg's whole pipeline and its stages, measured
    in turn in every round."""
    jieba.initialize()
    list(jieba.posseg.cut(texts[0][:2000]))  # warm up posseg's tables and jieba's HMM

    def cut() -> None:
        for text in texts:
            for _ in jieba.cut(text):
                pass

    def posseg_cut() -> None:
        for text in texts:
            for _ in jieba.posseg.cut(text):
                pass

    seconds: dict[str, list[float]] = {"jieba.cut": [], "jieba.posseg.cut": []}
    passes = []
    for _ in range(rounds):
        seconds["jieba.cut"].append(clocked(cut)[0])
        seconds["jieba.posseg.cut"].append(clocked(posseg_cut)[0])
        passes.append(clocked(lambda: pipeline_pass(pipeline, paths, folder / "graph.ttl"))[1])
    return [timings(name, found) for name, found in seconds.items()] + [
        timings(stage, [spent[stage] for spent in passes]) for stage in ("whole", *STAGES)
    ]


def measure_startup(repeats: int) -> list[Timing]:
    """``Pipeline()`` with a cold gazetteer cache, and the build of its jieba tokenizer
    (done on the first document otherwise)."""
    construct, tokenizer = [], []
    for _ in range(repeats):
        default_gazetteer.cache_clear()
        gc.collect()
        started = time.perf_counter()
        pipeline = Pipeline()
        constructed = time.perf_counter()
        _ = pipeline.extractor.tokenizer
        tokenizer.append(time.perf_counter() - constructed)
        construct.append(constructed - started)
    return [
        timings("Pipeline() (gazetteer load)", construct),
        timings("jieba tokenizer build (dictionary + gazetteer words)", tokenizer),
    ]


# ---------------------------------------------------------------- 4. --jobs 2


def measure_jobs(documents: list, rounds: int) -> list[dict]:
    """``run_pipeline`` over the same documents with 1 and with 2 processes, in turn: wall
    time, and the CPU time of this process and its workers (the work done, whatever else
    the machine was doing)."""
    seconds: dict[int, list[float]] = {1: [], 2: []}
    cpu: dict[int, list[float]] = {1: [], 2: []}
    for _ in range(rounds):
        for jobs, found in seconds.items():
            before = cpu_seconds()
            spent, processed = clocked(lambda j=jobs: sum(1 for _ in run_pipeline(iter(documents), jobs=j)))
            assert processed == len(documents), (processed, len(documents))
            found.append(spent)
            cpu[jobs].append(cpu_seconds() - before)
    return [
        asdict(timings(f"run_pipeline(jobs={jobs})", found)) | {"cpu": min(cpu[jobs])}
        for jobs, found in seconds.items()
    ]


def measure_large_documents(pipeline: Pipeline, texts: list[str], sizes: Sequence[int], rounds: int) -> list[dict]:
    """extract, link and relate over one document made of the corpus's texts joined, of
    each size in characters (an archive's yearbook or a law compilation is one file): a
    step quadratic in a document's length would show as chars/s falling with size."""
    joined = "\n\n".join(texts)
    rows = []
    for size in sizes:
        if size > len(joined):
            continue
        document = make_document("joined.md", joined[:size], path="joined.md")
        found = [clocked(lambda d=document: pipeline.process(d))[0] for _ in range(rounds)]
        rows.append(asdict(timings(f"one document of {size:,} characters", found)) | {"characters": size})
    return rows


# ---------------------------------------------------------------- 5. a graph of 1M triples


def copies_for(triples: int, pipeline: Pipeline) -> int:
    """How many copies of the sample's result make a graph of at least ``triples`` triples."""
    one, two = (len(graph_triples(sample_copies(n, pipeline=pipeline))) for n in (1, 2))
    return max(1, math.ceil((triples - (2 * one - two)) / (two - one)))


def measure_graph(wanted: int, pipeline: Pipeline, repeats: int, folder: Path) -> dict:
    """Turtle export with kg's writer and with Oxigraph, and SPARQL queries on Oxigraph,
    over a graph of about ``wanted`` triples made of copies of the sample's result."""
    copies = copies_for(wanted, pipeline)
    triples = graph_triples(sample_copies(copies, pipeline=pipeline))
    kg_turtle, ox_turtle = folder / "kg-writer.ttl", folder / "oxigraph.ttl"

    def write_kg() -> None:
        with kg_turtle.open("w", encoding="utf-8") as stream:
            write_turtle(triples, stream, prefixes())

    written = timed("Turtle export, kg sorted writer (write_turtle)", write_kg, repeats)[0]
    size = len(triples)
    triples.clear()  # free them before Oxigraph loads the graph
    load, store = timed(
        "load into in-memory Oxigraph (bulk_load of that Turtle)", lambda: copy_into_store(kg_turtle), 1
    )
    assert len(store) == size, (len(store), size)
    dump = timed(
        "Turtle export, Oxigraph (Store.dump)",
        lambda: store.dump(
            str(ox_turtle), pyoxigraph.RdfFormat.TURTLE, from_graph=pyoxigraph.DefaultGraph(), prefixes=prefixes()
        ),
        repeats,
    )[0]
    rows = [asdict(row) for row in (written, dump, load)]
    for name, query in QUERIES.items():
        timing, answers = timed(f"SPARQL: {name}", lambda q=query: len(list(store.query(q))), repeats)
        rows.append(asdict(timing) | {"rows": answers})
    return {"triples": size, "copies": copies, "turtle_mb": kg_turtle.stat().st_size / 1e6, "timings": rows}


# ---------------------------------------------------------------- 6. the map


def synthetic_map_maker() -> Callable:
    """``synthetic_map`` of ``tests/maps.py`` (a map with hubs, mentions and evidence)."""
    spec = importlib.util.spec_from_file_location("kg_test_maps", ROOT / "tests" / "maps.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.synthetic_map


def measure_map(sizes: Sequence[int], repeats: int) -> list[Timing]:
    synthetic_map = synthetic_map_maker()
    rows = []
    for size in sizes:
        data = synthetic_map(size)
        map_html(data)  # the page's assets (vis-network, kg's script) are read once per process
        rows.append(
            timed(f"map_html, {size:,} entities ({len(data.facts):,} facts)", lambda d=data: map_html(d), repeats)[0]
        )
    return rows


# ---------------------------------------------------------------- the report


def targets(report: dict, *, full_scale: bool) -> list[dict]:
    """Issue 7's targets, each with the figure that answers it and whether it is met
    (``None`` when the run was too small to say)."""
    rows = {row["name"]: row for row in report["throughput"]}

    def graph(name: str) -> float:
        return next(row["best"] for row in report["graph"]["timings"] if row["name"].startswith(name))

    maps = report["map"]
    megabytes = report["corpus"]["megabytes"]
    big_graph = report["graph"]["triples"] >= 1_000_000
    found = [
        ("whole pipeline ≥ 0.8× jieba.cut", rows["whole"]["ratio_to_cut"], 0.8, ">=", "{:.2f}×", full_scale),
        ("--jobs 2 ≥ 1.7× one process", report["jobs"]["speedup"], 1.7, ">=", "{:.2f}×", full_scale),
        (
            "peak memory of kg build, 10 MB corpus ≤ 2 GB",
            report["build"]["peak_rss_mib"] * 2**20 / 1e9,
            2.0,
            "<=",
            "{:.2f} GB",
            megabytes >= 9.5,
        ),
        (
            "peak memory of kg build --store, 10 MB ≤ 2 GB",
            report["store"]["peak_rss_mib"] * 2**20 / 1e9,
            2.0,
            "<=",
            "{:.2f} GB",
            megabytes >= 9.5,
        ),
        (
            "Turtle export of 1M triples ≤ 2 s, Oxigraph",
            graph("Turtle export, Oxigraph"),
            2.0,
            "<=",
            "{:.2f} s",
            big_graph,
        ),
        (
            "Turtle export of 1M triples ≤ 2 s, kg sorted writer",
            graph("Turtle export, kg sorted writer"),
            2.0,
            "<=",
            "{:.2f} s",
            big_graph,
        ),
        ("count by type at 1M triples ≤ 0.1 s", graph("SPARQL: count by type"), 0.1, "<=", "{:.3f} s", big_graph),
        (
            "map HTML for 5,000 nodes ≤ 0.5 s",
            maps[-1]["best"],
            0.5,
            "<=",
            "{:.3f} s",
            report["map_sizes"][-1] >= 5000,
        ),
    ]
    large = report["large_documents"]
    if len(large) >= 2:
        # "no quadratic steps" (issue 7's second deliverable), with a limit of ours: a step
        # quadratic in a document's length would make the larger document's chars/s a
        # fraction of the smaller one's (eight times the length, an eighth of the speed)
        small, big = large[0], large[-1]
        speed = lambda row: row["characters"] / row["best"]  # noqa: E731
        found.append(
            (
                f"no quadratic step: {big['characters'] // 1000:,}k chars ≥ 0.5× {small['characters'] // 1000:,}k's speed",
                speed(big) / speed(small),
                0.5,
                ">=",
                "{:.2f}×",
                big["characters"] >= 2_000_000,
            )
        )
    return [
        {
            "target": name,
            "figure": figure,
            "shown": shape.format(figure),
            "met": (figure >= limit if sense == ">=" else figure <= limit) if at_scale else None,
        }
        for name, figure, limit, sense, shape, at_scale in found
    ]


def report_table(report: dict) -> str:
    """The report as plain-text tables."""
    corpus = report["corpus"]
    lines = [
        f"kg benchmark, {report['date']}",
        f"machine: {report['machine']}",
        report["kg"],
        f"load average (1/5/15 min): {report['load_average']['start']} at the start, "
        f"{report['load_average']['end']} at the end",
        f"corpus: {corpus['source']}",
        f"        {corpus['documents']:,} documents, {corpus['characters']:,} characters, "
        f"{corpus['megabytes']:.2f} MB of UTF-8",
        f"rounds: {report['rounds']} of each corpus pass; {report['repeats']} of each short measurement "
        "(best and median)",
        "",
        f"{'throughput, one process':<40} {'best s':>8} {'median s':>9} {'chars/s':>12} {'× jieba.cut':>12}",
    ]
    for row in report["throughput"]:
        name = {"whole": "kg whole pipeline (ingest → Turtle)"}.get(row["name"], row["name"])
        if row["name"] in STAGES:
            name = f"  {name}"
        lines.append(
            f"{name:<40} {row['best']:>8.3f} {row['median']:>9.3f} {row['chars_per_second']:>12,.0f} "
            f"{row['ratio_to_cut']:>12.3f}"
        )
    lines.append("(chars/s and × jieba.cut from the best time; the stages are timed inside the whole pass)")
    for row in report["startup"]:
        lines.append(f"{'startup: ' + row['name']:<62} {row['best']:>8.3f} s")
    build = report["build"]
    lines += [
        "",
        f"peak memory of a whole build: `{build['command']}` in a subprocess",
        f"  {'peak RSS (ru_maxrss of that process)':<44} {build['peak_rss_mib']:>10,.0f} MiB",
        f"  {'(this process, when it started the build)':<44} {build['benchmark_rss_mib']:>10,.0f} MiB",
        f"  {'wall time':<44} {build['seconds']:>10.1f} s   ({corpus['characters'] / build['seconds']:,.0f} chars/s)",
        f"  {'graph.ttl':<44} {build['graph_ttl_mb']:>10.1f} MB",
        "",
        f"peak memory of a whole build into a new store: `{report['store']['command']}` in a subprocess",
        f"  {'peak RSS (ru_maxrss of that process)':<44} {report['store']['peak_rss_mib']:>10,.0f} MiB",
        f"  {'wall time':<44} {report['store']['seconds']:>10.1f} s   "
        f"({corpus['characters'] / report['store']['seconds']:,.0f} chars/s)",
        "",
        f"processing stage (extract, link, relate) with --jobs; {report['cpus']} "
        f"(load average {report['load_average']['jobs']} before)",
    ]
    lines.append(f"  {'':<24} {'best s':>8} {'median s':>9} {'chars/s':>12} {'CPU s (all processes)':>22}")
    for row in report["jobs"]["timings"]:
        lines.append(
            f"  {row['name']:<24} {row['best']:>8.3f} {row['median']:>9.3f} "
            f"{corpus['characters'] / row['best']:>12,.0f} {row['cpu']:>22.1f}"
        )
    lines.append(f"  speed-up of jobs=2 over jobs=1 (best wall times): {report['jobs']['speedup']:.2f}×")
    lines += ["", "processing stage of one large document (the corpus joined), one process"]
    lines.append(f"  {'':<40} {'best s':>8} {'median s':>9} {'chars/s':>12}")
    for row in report["large_documents"]:
        lines.append(
            f"  {row['name']:<40} {row['best']:>8.3f} {row['median']:>9.3f} {row['characters'] / row['best']:>12,.0f}"
        )
    graph = report["graph"]
    lines += [
        "",
        f"graph of {graph['triples']:,} triples: the sample's result copied {graph['copies']} times under other "
        f"document ids ({graph['turtle_mb']:.0f} MB of Turtle)",
        f"  {'':<58} {'best s':>8} {'median s':>9}",
    ]
    for row in graph["timings"]:
        rows = f"{row['rows']:,} rows" if "rows" in row else ""
        lines.append(f"  {row['name']:<58} {row['best']:>8.3f} {row['median']:>9.3f}  {rows}".rstrip())
    lines += ["", f"{'map HTML (kg.render.map_html, synthetic maps)':<60} {'best s':>8} {'median s':>9}"]
    for row in report["map"]:
        lines.append(f"  {row['name']:<58} {row['best']:>8.3f} {row['median']:>9.3f}")
    lines += ["", f"{'targets (issue 7)':<54} {'figure':>10}  met"]
    for row in report["targets"]:
        verdict = {True: "yes", False: "NO", None: "— (run smaller than the target's scale)"}[row["met"]]
        lines.append(f"  {row['target']:<52} {row['shown']:>10}  {verdict}")
    return "\n".join(lines)


def run(paths: Sequence[str], *, source: str, scale: Scale, rounds: int, validate: bool) -> dict:
    """Every measurement, as one JSON-ready report."""
    load = {"start": load_average()}
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as work:
        folder = Path(work)
        # first, while this process is small: a child's peak also counts the pages it was forked with
        build = measure_build(paths, folder, validate=validate)
        store = measure_build(paths, folder, validate=validate, into="--store")
        documents = list(iter_documents(paths))
        texts = [document.text for document in documents]
        characters = sum(map(len, texts))
        corpus = {
            "source": source,
            "documents": len(documents),
            "characters": characters,
            "megabytes": sum(len(text.encode("utf-8")) for text in texts) / 1e6,
        }
        startup = measure_startup(scale.repeats)
        pipeline = Pipeline()
        _ = pipeline.extractor.tokenizer
        throughput = measure_throughput(pipeline, paths, texts, rounds, folder)
        load["jobs"] = load_average()
        jobs = measure_jobs(documents, rounds)
        large = measure_large_documents(pipeline, texts, scale.document_sizes, rounds)
        del documents, texts
        graph = measure_graph(scale.triples, pipeline, scale.repeats, folder)
        maps = measure_map(scale.map_sizes, scale.repeats)
    load["end"] = load_average()
    cut = throughput[0].best
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    report = {
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{platform.python_implementation()} {platform.python_version()}, {platform.system()} "
        f"{platform.machine()}, {os.cpu_count()} CPUs ({usable} usable by this process)",
        "cpus": f"{os.cpu_count()} CPUs",
        "kg": f"kg {kg.__version__} from {Path(kg.__file__).parent}; compiled with mypyc: "
        f"{', '.join(kg.compiled_modules()) or 'nothing (pure Python; KG_COMPILE=1 pip install . compiles)'}",
        "load_average": load,
        "corpus": corpus,
        "rounds": rounds,
        "repeats": scale.repeats,
        "throughput": [
            asdict(timing) | {"chars_per_second": characters / timing.best, "ratio_to_cut": cut / timing.best}
            for timing in throughput
        ],
        "startup": [asdict(timing) for timing in startup],
        "build": build,
        "store": store,
        "jobs": {"timings": jobs, "speedup": jobs[0]["best"] / jobs[1]["best"]},
        "large_documents": large,
        "graph": graph,
        "map_sizes": list(scale.map_sizes),
        "map": [asdict(timing) for timing in maps],
    }
    report["targets"] = targets(report, full_scale=scale is FULL)
    return report


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="*", help="folders or files (.md, .txt, .html, .jsonl) to measure")
    parser.add_argument(
        "--generate-mb",
        type=float,
        default=None,
        help="size of the synthetic corpus measured when no CORPUS is given (default 10; 0.1 with --quick)",
    )
    parser.add_argument(
        "--out", type=Path, help="with --generate-mb: write the corpus here (a folder or a .jsonl file) and stop"
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the synthetic corpus (default 0)")
    parser.add_argument("--rounds", type=int, default=1, help="passes over the corpus for each throughput (default 1)")
    parser.add_argument("--quick", action="store_true", help="shrink everything, for a smoke run in seconds")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    scale = QUICK if args.quick else FULL
    megabytes = args.generate_mb if args.generate_mb is not None else scale.megabytes
    if args.rounds < 1 or megabytes <= 0:
        parser.error("--rounds and --generate-mb must be positive")
    if args.out is not None:
        if args.generate_mb is None or args.corpus:
            parser.error("--out goes with --generate-mb and no CORPUS")
        documents, written = write_corpus(megabytes, args.out, seed=args.seed)
        print(f"wrote {documents:,} documents, {written / 1e6:.2f} MB of UTF-8, to {args.out}")
        return
    try:
        if args.corpus:
            report = run(
                args.corpus, source=" ".join(args.corpus), scale=scale, rounds=args.rounds, validate=not args.quick
            )
        else:
            with tempfile.TemporaryDirectory(prefix="kg-bench-corpus-") as folder:
                write_corpus(megabytes, Path(folder), seed=args.seed)
                source = f"synthetic, {megabytes:g} MB varied from the sample bulletin (seed {args.seed})"
                report = run([folder], source=source, scale=scale, rounds=args.rounds, validate=not args.quick)
    except KGError as error:
        parser.exit(2, f"error: {error}\n")
    print(json.dumps(report, ensure_ascii=False, indent=2) if args.json else report_table(report))


if __name__ == "__main__":
    main()
