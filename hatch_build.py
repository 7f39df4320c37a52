"""Build hook: with ``KG_COMPILE=1``, a wheel of kg carries its hot modules compiled by mypyc.

The per-document stages (extraction rules, linking, relations, RDF triples, Turtle) are
plain, fully typed Python; mypyc turns them into C extensions that run the same code about
1.5 times as fast (see the README's benchmark). It is opt-in, as black and mypy ship it:

    KG_COMPILE=1 pip install .

needs a C compiler and the Python headers and takes about a minute. Editable installs are
never compiled, so that editing a module always takes effect; without ``KG_COMPILE=1``
the wheel is pure Python. The sources are compiled in a copy, never in the checkout, so
no stray extension module can shadow a ``.py`` file there. ``kg.compiled_modules()``
(and ``kg --version``) says which modules an installation runs compiled.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def compilable_modules(root: Path) -> list[str]:
    """The files of ``kg.COMPILABLE_MODULES``, read from ``kg/__init__.py`` without
    importing kg (whose dependencies a build environment does not have)."""
    tree = ast.parse((root / "kg" / "__init__.py").read_text(encoding="utf-8"))
    for statement in tree.body:
        if isinstance(statement, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "COMPILABLE_MODULES" for target in statement.targets
        ):
            return [name.replace(".", "/") + ".py" for name in ast.literal_eval(statement.value)]
    raise RuntimeError("kg/__init__.py names no COMPILABLE_MODULES")


_SETUP = """\
from setuptools import setup
from mypyc.build import mypycify

setup(name="kg-compiled", ext_modules=mypycify({arguments!r}, opt_level="3", debug_level="0", group_name="kg"))
"""

_MYPY_CONFIG = """\
[mypy]
ignore_missing_imports = True
follow_imports = silent
"""


def _wanted() -> bool:
    return os.environ.get("KG_COMPILE", "") not in ("", "0")


class CompileHook(BuildHookInterface):
    """Compiles ``kg.COMPILABLE_MODULES`` with mypyc into a wheel when ``KG_COMPILE=1``."""

    PLUGIN_NAME = "custom"

    def dependencies(self) -> list[str]:
        return ["mypy>=2.0", "setuptools>=69"] if _wanted() else []

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if not _wanted() or self.target_name != "wheel" or version == "editable":
            return
        self._folder = Path(tempfile.mkdtemp(prefix="kg-mypyc-"))
        shutil.copytree(
            Path(self.root) / "kg", self._folder / "kg", ignore=shutil.ignore_patterns("__pycache__", "*.so")
        )
        (self._folder / "mypy.ini").write_text(_MYPY_CONFIG, encoding="utf-8")
        (self._folder / "setup.py").write_text(
            _SETUP.format(arguments=["--config-file", "mypy.ini", *compilable_modules(Path(self.root))]),
            encoding="utf-8",
        )
        done = subprocess.run(
            [sys.executable, "setup.py", "build_ext", "--inplace"],
            cwd=self._folder,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        if done.returncode != 0:
            shutil.rmtree(self._folder, ignore_errors=True)
            raise RuntimeError(
                "KG_COMPILE=1: mypyc could not compile kg (it needs a C compiler and the Python headers; "
                f"without KG_COMPILE kg installs as pure Python). mypyc said:\n{done.stdout[-4000:]}"
            )
        for library in sorted(self._folder.rglob("*.so")) + sorted(self._folder.rglob("*.pyd")):
            if "build" not in library.relative_to(self._folder).parts:
                build_data["force_include"][str(library)] = str(library.relative_to(self._folder))
        build_data["pure_python"] = False
        build_data["infer_tag"] = True

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        folder = getattr(self, "_folder", None)
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
