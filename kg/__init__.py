"""kg: a knowledge-graph builder for Chinese (and mixed Chinese/English) government news.

The pipeline is a list of stages over plain values (see :mod:`kg.model`)::

    ingest → (simplify) → extract → link → relate → graph

>>> from kg.ingest import make_document
>>> from kg.pipeline import Pipeline
>>> doc = make_document("d.txt", "海关总署新闻发言人张广志表示。", path="d.txt")
>>> result = Pipeline().process(doc)
>>> sorted(result.entities[m.entity_key].label for m in result.mentions)
['张广志', '海关总署']
"""

__version__ = "0.1.0"


#: The modules ``KG_COMPILE=1 pip install .`` compiles with mypyc (``hatch_build.py`` reads
#: this line): those a document passes through, in pipeline order.
COMPILABLE_MODULES = ("kg.extract", "kg.link", "kg.relate", "kg.graph", "kg.turtle")


def compiled_modules() -> list[str]:
    """The modules this installation runs compiled by mypyc (``KG_COMPILE=1 pip install .``,
    see ``hatch_build.py``); an empty list for the usual pure-Python install.

    >>> set(compiled_modules()) <= set(COMPILABLE_MODULES)
    True
    """
    from importlib.machinery import EXTENSION_SUFFIXES
    from importlib.util import find_spec

    origins = {name: getattr(find_spec(name), "origin", None) or "" for name in COMPILABLE_MODULES}
    return [name for name, origin in origins.items() if origin.endswith(tuple(EXTENSION_SUFFIXES))]
