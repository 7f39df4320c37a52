"""The source itself: rules live in module-level tables, so a table bound twice under one
name silently replaces the first for every rule above it; curated gazetteers are built
from one-line-per-entry sources, so a table edited by hand loses its edit on the next build."""

from __future__ import annotations

import ast
import csv
from collections import Counter
from pathlib import Path

from conftest import load_script

import kg

ROOT = Path(__file__).resolve().parent.parent


def module_level_names(path: Path) -> Counter[str]:
    """How often each name is bound by a plain assignment at the top level of ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: Counter[str] = Counter()
    for node in tree.body:
        targets = (
            node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        )
        names.update(target.id for target in targets if isinstance(target, ast.Name))
    return names


def test_no_module_binds_a_table_twice():
    twice = {
        f"{path.name}: {name}"
        for path in sorted(Path(kg.__file__).parent.glob("*.py"))
        for name, count in module_level_names(path).items()
        if count > 1 and name != "__all__"
    }
    assert not twice


def test_the_check_sees_a_name_bound_twice(tmp_path):
    source = tmp_path / "rules.py"
    source.write_text('_KINDS = frozenset("处科")\n_OTHER = 1\n_KINDS = frozenset(["自治区"])\n', encoding="utf-8")
    assert module_level_names(source)["_KINDS"] == 2


def test_the_curated_gazetteers_are_what_their_sources_build():
    # An alias added to a TSV by hand is lost the next time the script rebuilds it.
    script = load_script("build_gazetteers")
    for source, target in script.SOURCES.items():
        with (ROOT / "ontology" / "gazetteers" / target).open(encoding="utf-8", newline="") as handle:
            table = list(csv.reader(handle, delimiter="\t"))
        assert table[1:] == script.rows_of(ROOT / "scripts" / source), target
