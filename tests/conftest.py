"""Shared fixtures: the sample bulletin and one pipeline for the whole session."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from kg.ingest import read_path
from kg.model import Document
from kg.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "egov-bulletin-2014-06.md"


def load_script(name: str) -> ModuleType:
    """The script ``scripts/<name>.py`` as a module (scripts are no package), registered
    under its name so that its dataclasses find their module."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


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
