"""Shared fixtures: the sample bulletin and one pipeline for the whole session."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest import read_path
from kg.model import Document
from kg.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "egov-bulletin-2014-06.md"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="session")
def sample() -> Document:
    return next(read_path(SAMPLE))


@pytest.fixture(scope="session")
def sample_result(pipeline, sample):
    return pipeline.process(sample)


@pytest.fixture(scope="session")
def built(tmp_path_factory, pipeline):
    """The sample built once with ``kg build`` into a temporary folder."""
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("built")
    report = build([SAMPLE.parent], out, pipeline=pipeline)
    return out, report
