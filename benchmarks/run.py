"""Benchmark kg's extraction against plain jieba on the same text.

Measures, in one process and one run so that the numbers are comparable:

1. throughput (characters per second) of ``Pipeline.process`` (extract + link + relate)
   and of ``build_graph``, next to plain ``jieba.cut`` and ``jieba.posseg.cut`` over the
   same documents, and the ratio kg / baseline;
2. peak memory of the pipeline over the corpus (tracemalloc peak, ru_maxrss);
3. startup cost: constructing ``Pipeline()`` (gazetteer load) and building its private
   jieba tokenizer (done lazily on the first document), apart from per-document time.

Why: kg does much more than tokenize, so the question is how much more it costs than the
tokenizer it is built on, and what a ``kg build`` pays once versus per document.

By default the corpus is the sample bulletin ``data/egov-bulletin-2014-06.md`` copied
``--repeat`` times (separate documents, ~1 MB of UTF-8 in all) so timings are stable;
give paths to measure other documents. Each measurement runs ``--rounds`` times and the
best and median are reported. Documents are read before any timing starts.

    python benchmarks/run.py [PATH ...] [--repeat N] [--rounds N] [--json]
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import platform
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import jieba
import jieba.posseg

from kg.errors import KGError
from kg.gazetteer import default_gazetteer
from kg.graph import build_graph
from kg.ingest import iter_documents
from kg.model import Document
from kg.pipeline import Pipeline

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "egov-bulletin-2014-06.md"
TARGET_BYTES = 1_000_000
MEMORY_LABELS = {
    "ru_maxrss_loaded_mib": "ru_maxrss, Pipeline loaded (before the corpus)",
    "ru_maxrss_process_mib": "ru_maxrss, after Pipeline.process",
    "ru_maxrss_process_and_graph_mib": "ru_maxrss, after build_graph",
    "tracemalloc_peak_process_mib": "tracemalloc peak, Pipeline.process",
    "tracemalloc_peak_process_and_graph_mib": "tracemalloc peak, build_graph",
}


@dataclass(frozen=True, slots=True)
class Timing:
    """Seconds taken by one measurement over its rounds."""

    name: str
    best: float
    median: float


def timed(name: str, function: Callable[[], object], rounds: int) -> tuple[Timing, object]:
    """Best and median wall time of ``function`` over ``rounds`` calls, and its last result."""
    seconds = []
    result = None
    for _ in range(rounds):
        gc.collect()
        started = time.perf_counter()
        result = function()
        seconds.append(time.perf_counter() - started)
    return Timing(name, min(seconds), statistics.median(seconds)), result


def sample_corpus(folder: Path, repeat: int) -> list[Path]:
    """``repeat`` copies of the sample bulletin, under distinct names so they stay distinct documents."""
    data = SAMPLE.read_bytes()
    paths = []
    for index in range(repeat):
        path = folder / f"{index:04d}-{SAMPLE.name}"
        path.write_bytes(data)
        paths.append(path)
    return paths


def measure_startup(rounds: int) -> tuple[Timing, Timing]:
    """Time ``Pipeline()`` (with a cold gazetteer cache) and the build of its jieba tokenizer."""
    construct, tokenizer = [], []
    for _ in range(rounds):
        default_gazetteer.cache_clear()
        gc.collect()
        started = time.perf_counter()
        pipeline = Pipeline()
        constructed = time.perf_counter()
        _ = pipeline.extractor.tokenizer  # built lazily, on the first document otherwise
        tokenizer.append(time.perf_counter() - constructed)
        construct.append(constructed - started)
    return (
        Timing("Pipeline() (gazetteer load)", min(construct), statistics.median(construct)),
        Timing("tokenizer build (jieba init + gazetteer words)", min(tokenizer), statistics.median(tokenizer)),
    )


def max_rss_mib() -> float:
    """The process's peak resident set size so far (``ru_maxrss``), in MiB."""
    unit = 1 if sys.platform == "darwin" else 1024  # bytes on macOS, KiB on Linux
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * unit / 2**20


def measure_memory(pipeline: Pipeline, documents: Sequence[Document]) -> dict[str, float]:
    """Peak memory of processing the corpus (results kept, as ``kg build`` does) and of its graph.

    ``ru_maxrss`` is read around a plain pass, since tracemalloc's own bookkeeping inflates
    the resident size; a second, traced pass gives the Python allocations of each step.
    """
    memory = {"ru_maxrss_loaded_mib": max_rss_mib()}
    results = [pipeline.process(document) for document in documents]
    memory["ru_maxrss_process_mib"] = max_rss_mib()
    graph = build_graph(results)
    memory["ru_maxrss_process_and_graph_mib"] = max_rss_mib()
    del results, graph
    gc.collect()
    tracemalloc.start()
    results = [pipeline.process(document) for document in documents]
    memory["tracemalloc_peak_process_mib"] = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.reset_peak()
    build_graph(results)
    memory["tracemalloc_peak_process_and_graph_mib"] = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return memory


def measure_throughput(pipeline: Pipeline, documents: Sequence[Document], rounds: int) -> list[Timing]:
    """Time, over the same documents and in this order: jieba.cut, jieba.posseg.cut, Pipeline.process,
    build_graph, and process + build_graph."""
    texts = [document.text for document in documents]
    jieba.initialize()
    list(jieba.posseg.cut(texts[0][:2000]))  # warm up: posseg's tables and jieba's HMM

    def cut() -> None:
        for text in texts:
            for _ in jieba.cut(text):
                pass

    def posseg_cut() -> None:
        for text in texts:
            for _ in jieba.posseg.cut(text):
                pass

    def process() -> list:
        return [pipeline.process(document) for document in documents]

    process_timing, results = timed("kg Pipeline.process", process, rounds)
    graph_timing, _ = timed("kg build_graph", lambda: build_graph(results), rounds)
    return [
        timed("jieba.cut (baseline)", cut, rounds)[0],
        timed("jieba.posseg.cut (baseline)", posseg_cut, rounds)[0],
        process_timing,
        graph_timing,
        Timing(
            "kg process + build_graph",
            process_timing.best + graph_timing.best,
            process_timing.median + graph_timing.median,
        ),
    ]


def report_table(report: dict) -> str:
    """The report as plain text tables."""
    corpus = report["corpus"]
    chars = corpus["characters"]
    lines = [
        f"corpus: {corpus['documents']} documents, {chars:,} characters, {corpus['bytes']:,} bytes UTF-8 "
        f"({corpus['source']})",
        f"rounds: {report['rounds']} (best and median)   machine: {report['machine']}",
        "",
        f"{'throughput':<34} {'best s':>8} {'median s':>9} {'chars/s best':>13} {'chars/s med':>12} "
        f"{'kg/posseg':>10} {'kg/cut':>7}",
    ]
    for row in report["throughput"]:
        lines.append(
            f"{row['name']:<34} {row['best']:>8.3f} {row['median']:>9.3f} {row['chars_per_second_best']:>13,.0f} "
            f"{row['chars_per_second_median']:>12,.0f} {row['ratio_to_posseg']:>10.3f} {row['ratio_to_cut']:>7.3f}"
        )
    lines += [
        "(kg/posseg, kg/cut: throughput ratio to the baseline on best times; 1.0 = as fast as it)",
        "",
        f"{'startup':<48} {'best s':>8} {'median s':>9}",
    ]
    for row in report["startup"]:
        lines.append(f"{row['name']:<48} {row['best']:>8.3f} {row['median']:>9.3f}")
    per_document = report["per_document_seconds"]
    lines += [
        f"{'per document, Pipeline.process (mean)':<48} {per_document['best']:>8.4f} {per_document['median']:>9.4f}",
        "",
        f"{'memory (results kept, as kg build does)':<48} {'MiB':>8}",
    ]
    for key, label in MEMORY_LABELS.items():
        lines.append(f"{label:<48} {report['memory'][key]:>8.1f}")
    return "\n".join(lines)


def run(paths: Sequence[str | Path], *, rounds: int, source: str) -> dict:
    """Every measurement over the documents under ``paths``, as one JSON-ready report."""
    documents = list(iter_documents(paths))
    characters = sum(len(document.text) for document in documents)
    pipeline = Pipeline()
    _ = pipeline.extractor.tokenizer
    memory = measure_memory(pipeline, documents)  # first, so ru_maxrss sees one loaded pipeline only
    construct, tokenizer = measure_startup(rounds)
    throughput = measure_throughput(pipeline, documents, rounds)
    cut, posseg, process = throughput[:3]
    return {
        "corpus": {
            "source": source,
            "documents": len(documents),
            "characters": characters,
            "bytes": sum(len(document.text.encode("utf-8")) for document in documents),
        },
        "rounds": rounds,
        "machine": f"{platform.python_implementation()} {platform.python_version()}, {os.cpu_count()} CPUs, "
        f"{platform.system()} {platform.machine()}",
        "throughput": [
            asdict(timing)
            | {
                "chars_per_second_best": characters / timing.best,
                "chars_per_second_median": characters / timing.median,
                "ratio_to_posseg": posseg.best / timing.best,
                "ratio_to_cut": cut.best / timing.best,
            }
            for timing in throughput
        ],
        "startup": [asdict(construct), asdict(tokenizer)],
        "per_document_seconds": {
            "best": process.best / len(documents),
            "median": process.median / len(documents),
        },
        "memory": memory,
    }


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", help="documents or folders to measure (default: the sample bulletin)")
    parser.add_argument(
        "--repeat",
        type=int,
        default=None,
        help="copies of the sample bulletin (default: enough for ~1 MB); ignored when paths are given",
    )
    parser.add_argument("--rounds", type=int, default=3, help="runs of each measurement (default: 3)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    if args.rounds < 1 or (args.repeat is not None and args.repeat < 1):
        parser.error("--rounds and --repeat must be at least 1")

    try:
        if args.paths:
            report = run(args.paths, rounds=args.rounds, source=" ".join(args.paths))
        else:
            repeat = args.repeat or math.ceil(TARGET_BYTES / SAMPLE.stat().st_size)
            with tempfile.TemporaryDirectory(prefix="kg-bench-") as folder:
                paths = sample_corpus(Path(folder), repeat)
                report = run(paths, rounds=args.rounds, source=f"{SAMPLE.name} × {repeat}")
    except KGError as error:
        parser.exit(2, f"error: {error}\n")
    print(json.dumps(report, ensure_ascii=False, indent=2) if args.json else report_table(report))


if __name__ == "__main__":
    main()
