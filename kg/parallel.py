"""Run the pipeline over many documents: in this process, in N local processes, or on a
Dask cluster.

Every way gives the same results in the same order as the input, so a build's output is
byte-identical whichever is used. Each worker process builds its own :class:`Pipeline`
once (gazetteers and jieba dictionary, about a second) and keeps it for every document
it is sent; documents travel as pickled dataclasses and results come back packed as plain
tuples (:func:`pack`), without the document the sender already has.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import fields
from itertools import islice
from operator import attrgetter

from kg.errors import InputError, KGError
from kg.model import Document, DocumentResult, Entity, Evidence, LinkedMention, Mention, Relation

#: How many documents go to a worker at a time, and how many are in flight per worker:
#: enough to keep workers busy, few enough that memory stays bounded on a long stream.
CHUNK = 8
IN_FLIGHT_PER_WORKER = 4

_worker_pipeline = None

_mention_values = attrgetter(*(f.name for f in fields(Mention)))
_entity_values = attrgetter(*(f.name for f in fields(Entity)))
_evidence_values = attrgetter(*(f.name for f in fields(Evidence)))

#: A result as nested tuples and lists: mentions, entities, relations.
Packed = tuple[list[tuple], list[tuple], list[tuple]]


def pack(result: DocumentResult) -> Packed:
    """``result`` as plain tuples, for the trip back from a worker.

    A document's results are tens of thousands of small objects; pickle writes and reads
    tuples in C, where rebuilding dataclasses field by field runs Python for each one, so
    this roughly halves the time the parent spends reading what its workers send. The
    document itself is left out: the parent sent it and keeps it.
    """
    return (
        [(*_mention_values(linked.mention), linked.entity_key, linked.article) for linked in result.mentions],
        [(key, _entity_values(entity)) for key, entity in result.entities.items()],
        [
            (r.subject, r.predicate, r.object, [_evidence_values(e) for e in r.evidence], r.detail)
            for r in result.relations
        ],
    )


def unpack(document: Document, packed: Packed) -> DocumentResult:
    """The :class:`DocumentResult` of ``document`` that :func:`pack` made."""
    mentions, entities, relations = packed
    return DocumentResult(
        document,
        [LinkedMention(Mention(*values[:-2]), values[-2], values[-1]) for values in mentions],
        {key: Entity(*values) for key, values in entities},
        [
            Relation(subject, predicate, obj, tuple(Evidence(*e) for e in evidence), detail)
            for subject, predicate, obj, evidence, detail in relations
        ],
    )


def _pipeline_in_this_process():
    """The pipeline of a worker process, built on its first document."""
    global _worker_pipeline
    if _worker_pipeline is None:
        from kg.pipeline import Pipeline

        _worker_pipeline = Pipeline()
    return _worker_pipeline


def process_one(document: Document) -> DocumentResult:
    """Extract, link and relate one document with this process's pipeline."""
    return _pipeline_in_this_process().process(document)


def process_many(documents: list[Document]) -> list[Packed]:
    """:func:`process_one` over a batch (one round trip for several documents), packed."""
    pipeline = _pipeline_in_this_process()
    return [pack(pipeline.process(document)) for document in documents]


def _unpack_batch(batch: list[Document], packed: list[Packed]) -> Iterator[DocumentResult]:
    return map(unpack, batch, packed)


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(documents)
    while batch := list(islice(iterator, size)):
        yield batch


def run_pipeline(
    documents: Iterable[Document],
    *,
    jobs: int = 1,
    executor: str = "local",
    scheduler: str | None = None,
    pipeline=None,
) -> Iterator[DocumentResult]:
    """The results of ``documents``, in their order.

    ``executor="local"`` with ``jobs=1`` runs in this process (with ``pipeline`` if
    given); with ``jobs>1`` in that many worker processes. ``executor="dask"`` sends
    the documents to a Dask cluster: the one at ``scheduler`` (``tcp://host:8786``) or,
    without it, a local cluster of ``jobs`` worker processes started for the run.
    """
    if jobs < 1:
        raise InputError(f"--jobs must be 1 or more, not {jobs}")
    if executor == "dask":
        yield from _run_on_dask(documents, jobs=jobs, scheduler=scheduler)
    elif executor != "local":
        raise InputError(f"unknown executor {executor!r}; choose local or dask")
    elif jobs == 1:
        if pipeline is None:
            from kg.pipeline import Pipeline

            pipeline = Pipeline()
        for document in documents:
            yield pipeline.process(document)
    else:
        yield from _run_on_processes(documents, jobs)


def _run_on_processes(documents: Iterable[Document], jobs: int) -> Iterator[DocumentResult]:
    # fork shares the parent's loaded modules; the workers build their own pipelines.
    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    # Frozen, the objects the parent holds when the workers are forked (its modules, a
    # pipeline, the documents) are left alone by the cyclic garbage collector, in the
    # workers and in the parent: a worker's collections would otherwise visit, and so
    # copy, every page it shares with the parent, and the parent's would walk them all
    # again while it reads results (the benchmark's --jobs measurement on its 10 MB, two
    # processes against one: 1.66x and 2.5 s of extra CPU before, 1.79x to 1.88x and
    # 0.6 to 1.3 s after).
    gc.freeze()
    try:
        yield from _results_of_pool(documents, jobs, context)
    finally:
        gc.unfreeze()


def _results_of_pool(
    documents: Iterable[Document], jobs: int, context: multiprocessing.context.BaseContext
) -> Iterator[DocumentResult]:
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        pending = []
        for batch in _batches(documents, CHUNK):
            pending.append((batch, pool.submit(process_many, batch)))
            if len(pending) >= jobs * IN_FLIGHT_PER_WORKER:
                sent, future = pending.pop(0)
                yield from _unpack_batch(sent, future.result())
        for sent, future in pending:
            yield from _unpack_batch(sent, future.result())


def _run_on_dask(documents: Iterable[Document], *, jobs: int, scheduler: str | None) -> Iterator[DocumentResult]:
    try:
        from distributed import Client, LocalCluster
    except ImportError as error:  # pragma: no cover - dask is a dependency
        raise KGError("the dask executor needs dask.distributed: pip install 'dask[distributed]'") from error
    cluster = None
    try:
        if scheduler:
            try:
                client = Client(scheduler, timeout="10s")
            except OSError as error:
                raise InputError(f"cannot reach the Dask scheduler at {scheduler} ({error})") from error
        else:
            cluster = LocalCluster(
                n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
            )
            client = Client(cluster)
        with client:
            workers = max(1, len(client.scheduler_info().get("workers", {})) or jobs)
            pending = []
            for batch in _batches(documents, CHUNK):
                pending.append((batch, client.submit(process_many, batch, pure=False)))
                if len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                    sent, future = pending.pop(0)
                    yield from _unpack_batch(sent, future.result())
            for sent, future in pending:
                yield from _unpack_batch(sent, future.result())
    finally:
        if cluster is not None:
            cluster.close()
