"""The source itself: rules live in module-level tables, so a table bound twice under one
name silently replaces the first for every rule above it."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import kg


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
