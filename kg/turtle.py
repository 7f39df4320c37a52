"""A fast, deterministic Turtle writer for the triples kg produces.

rdflib's Turtle serializer analyses the whole graph before it writes (about 4 s per
100,000 triples here) and Oxigraph's writes in the order of its hash indexes, which
changes with insertion order. kg's graphs have a simple shape (IRIs and literals, no
blank nodes), so this module sorts the triples and writes them grouped by subject and
predicate: the same triples always give the same bytes, whatever order they came in,
however many processes produced them.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from kg.graph import Term, Triple
from kg.vocab import RDF, XSD

_LOCAL_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_\-]*$")
_INTEGER = re.compile(r"^[+-]?\d+$")
_DECIMAL = re.compile(r"^[+-]?\d*\.\d+$")
_TYPE = f"<{RDF.type}>"
_BARE = {f"<{XSD.integer}>": _INTEGER, f"<{XSD.decimal}>": _DECIMAL}
_XSD_STRING = f"<{XSD.string}>"


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector: the writer makes a tuple per triple and
    keeps them all, and the collector's passes over millions of them find nothing to
    free (kg's triples hold no cycles) while costing about a quarter of the writer's
    time. Reference counting still frees everything as usual."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


class _Memo(dict):
    """A dict of ``make(key)`` for each key looked up, made on the first lookup and kept
    when ``keep(key)`` is true: a later lookup is a plain dict lookup, with no call."""

    __slots__ = ("keep", "make")

    def __init__(self, make: Callable[[str], Any], *, keep: Callable[[str], bool] | None = None) -> None:
        super().__init__()
        self.make, self.keep = make, keep

    def __missing__(self, key: str) -> Any:
        value = self.make(key)
        if self.keep is None or self.keep(key):
            self[key] = value
        return value


def _recurs(term: Term) -> bool:
    """Whether a term is worth keeping written: names, numbers and classes recur, the
    texts of sentences do not."""
    return len(term) < 120


def _subject_rows(subject: Term) -> list[tuple[str, str]]:
    """The empty rows of a new subject, which must be an IRI."""
    if not subject.startswith("<"):
        raise ValueError(f"kg writes no blank nodes or other terms: {subject!r}")
    return []


class TurtleWriter:
    """Writes N-Triples terms (see :data:`kg.graph.Term`) in Turtle, compacting IRIs
    with the given prefixes where the local name is a plain word (``kg:publishes``,
    ``skos:prefLabel``) and numbers to bare numerals."""

    def __init__(self, prefixes: dict[str, str]) -> None:
        # Longest namespace first, so that a namespace inside another wins.
        self.prefixes = sorted(prefixes.items(), key=lambda item: (-len(item[1]), item[0]))
        self._by_namespace: dict[str, str] = {}
        for prefix, namespace in reversed(self.prefixes):  # the first prefix of a namespace wins
            if namespace.endswith(("/", "#")):
                self._by_namespace[namespace] = prefix
        self._other_namespaces = [(p, ns) for p, ns in self.prefixes if not ns.endswith(("/", "#"))]
        # The same IRIs and literals recur a lot: each is written once. Known terms are
        # plain dict lookups in :meth:`add`, with no call per triple.
        self._written = _Memo(self._term, keep=_recurs)
        self._predicates = _Memo(self._predicate)
        self._predicate_names: dict[str, str] = {}  # sort key -> the predicate as written
        self._by_subject = _Memo(_subject_rows)
        self.written = 0

    def iri(self, text: str) -> str:
        """The IRI ``text`` (without angle brackets) as a prefixed name or ``<text>``."""
        # A local name has no / or #: only the namespace ending at the last one can match.
        cut = max(text.rfind("/"), text.rfind("#")) + 1
        prefix = self._by_namespace.get(text[:cut])
        if prefix is not None and _LOCAL_NAME.match(text[cut:]):
            return f"{prefix}:{text[cut:]}"
        for prefix, namespace in self._other_namespaces:
            if text.startswith(namespace) and _LOCAL_NAME.match(text[len(namespace) :]):
                return f"{prefix}:{text[len(namespace) :]}"
        return f"<{text}>"

    def literal(self, term: Term) -> str:
        close = term.rindex('"')
        suffix = term[close + 1 :]
        if not suffix.startswith("^^"):
            return term  # plain or language-tagged: Turtle writes it as N-Triples does
        lexical, datatype = term[1:close], suffix[2:]
        bare = _BARE.get(datatype)
        if bare is not None and bare.match(lexical):
            return lexical
        if datatype == _XSD_STRING:
            return term[: close + 1]
        return f"{term[: close + 1]}^^{self.iri(datatype[1:-1])}"

    def _term(self, term: Term) -> str:
        """The object ``term`` as written in Turtle (made once per term by ``_written``)."""
        if term.startswith("<"):
            return self.iri(term[1:-1])
        if term.startswith('"'):
            return self.literal(term)
        raise ValueError(f"kg writes no blank nodes or other terms: {term!r}")

    def _predicate(self, predicate: Term) -> str:
        """The sort key of ``predicate`` (``a`` first, then in IRI order), noting how it is
        written: rows of two strings sort faster than rows holding a nested tuple."""
        key, name = ("", "a") if predicate == _TYPE else (predicate[1:-1], self.iri(predicate[1:-1]))
        self._predicate_names[key] = name
        return key

    def add(self, triples: Iterable[Triple]) -> None:
        """Take ``triples`` in, to be written by :meth:`lines` (duplicates are written once)."""
        predicates, by_subject, written = self._predicates, self._by_subject, self._written
        for s, p, o in triples:
            by_subject[s].append((predicates[p], written[o]))

    def lines(self) -> Iterator[str]:
        """The Turtle document of the triples taken in, emptying the writer: prefixes,
        then one block per subject, subjects in IRI order, ``a`` first, then predicates
        and objects in order. :attr:`written` counts the triples."""
        for prefix, namespace in sorted(self.prefixes):
            yield f"@prefix {prefix}: <{namespace}> .\n"
        by_subject, names = self._by_subject, self._predicate_names
        # Sorting each subject's few rows is much cheaper than sorting all triples.
        for subject in sorted(by_subject, key=lambda s: s[1:-1]):
            rows = sorted(set(by_subject.pop(subject)))
            self.written += len(rows)
            parts = [f"\n{self.iri(subject[1:-1])} "]
            previous = None
            for key, obj in rows:
                if previous is None:
                    parts.append(f"{names[key]} {obj}")
                elif key == previous:
                    parts.append(f",\n        {obj}")
                else:
                    parts.append(f" ;\n    {names[key]} {obj}")
                previous = key
            parts.append(" .\n")
            yield "".join(parts)
        self._written.clear()

    def write(self, stream: TextIO) -> int:
        """Write the Turtle document to ``stream``; the number of triples written."""
        buffer: list[str] = []
        with collector_paused():
            for line in self.lines():
                buffer.append(line)
                if len(buffer) >= 1024:
                    stream.write("".join(buffer))
                    buffer.clear()
            stream.write("".join(buffer))
        return self.written


def write_turtle(triples: Iterable[Triple], stream: TextIO, prefixes: dict[str, str]) -> int:
    """Write ``triples`` to ``stream`` as sorted, grouped Turtle; the number of distinct
    triples written.

    Examples
    --------
    >>> import io
    >>> from kg.graph import integer, iri, literal
    >>> from kg.vocab import KG, RDF
    >>> a, kg = iri("https://example.org/a"), str(KG)
    >>> out = io.StringIO()
    >>> write_turtle([(a, iri(kg + "count"), integer(2)), (a, iri(str(RDF.type)), iri(kg + "Mention")),
    ...               (a, iri(kg + "text"), literal('say "hi"'))], out, {"kg": kg})
    3
    >>> print(out.getvalue())
    @prefix kg: <https://w3id.org/kg/ontology#> .
    <BLANKLINE>
    <https://example.org/a> a kg:Mention ;
        kg:count 2 ;
        kg:text "say \\"hi\\"" .
    <BLANKLINE>
    """
    writer = TurtleWriter(prefixes)
    with collector_paused():
        writer.add(triples)
    return writer.write(stream)
