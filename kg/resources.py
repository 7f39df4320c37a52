"""Where the ontology, shapes, gazetteers and rule lists live.

They ship inside the installed package as ``kg/ontology``; in a source checkout they
are the top-level ``ontology/`` folder.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def ontology_dir() -> Path:
    """The folder holding ``kg.ttl``, ``shapes.ttl``, ``gazetteers/`` and ``rules/``."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "ontology", here.parent / "ontology"):
        if (candidate / "kg.ttl").is_file():
            return candidate
    raise FileNotFoundError(
        f"kg's ontology folder is missing (looked in {here / 'ontology'} and {here.parent / 'ontology'})"
    )
