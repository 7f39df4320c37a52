"""Query: SPARQL 1.1 over a graph, with results as a table, CSV, TSV or the W3C SPARQL
1.1 Query Results JSON format; CONSTRUCT and DESCRIBE results as Turtle."""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.query import Result

from kg.errors import InputError, QueryError

RESULT_FORMATS = ("table", "csv", "tsv", "json")

# Strings, IRIs and comments, blanked out before looking for keywords in a query.
_LITERALS_IRIS_COMMENTS = re.compile(
    "|".join(
        (
            r"\x22\x22\x22(?:[^\x22\\]|\\.|\x22(?!\x22\x22))*\x22\x22\x22",  # """long string"""
            r"\x27\x27\x27(?:[^\x27\\]|\\.|\x27(?!\x27\x27))*\x27\x27\x27",  # '''long string'''
            r"\x22(?:[^\x22\\\n]|\\.)*\x22",  # "string"
            r"\x27(?:[^\x27\\\n]|\\.)*\x27",  # 'string'
            r"<[^<>\x22{}|^`\\\s]*>",  # <IRI>
            r"\#[^\n]*",  # comment
        )
    )
)
_FETCHES = re.compile(r"(?<![\w:?$])(?:SERVICE|LOAD)\b(?![:\-])", re.IGNORECASE)


def run_query(graph: Graph, sparql: str) -> Result:
    """Run one SPARQL query; a malformed query raises :class:`QueryError` naming the
    position of the error."""
    if calls_other_endpoints(sparql):
        raise QueryError(
            "SERVICE and LOAD are not allowed: kg queries its own graph and fetches nothing from the network"
        )
    try:
        return graph.query(sparql)
    except SyntaxError as error:
        raise QueryError(f"malformed SPARQL: {one_line_message(str(error))}") from error
    except Exception as error:
        message = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise QueryError(f"query failed: {message}") from error


def _cell(term) -> str:
    if term is None:
        return ""
    if isinstance(term, Literal):
        return str(term)
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def _term_json(term) -> dict:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    value = {"type": "literal", "value": str(term)}
    if term.language:
        value["xml:lang"] = term.language
    elif term.datatype:
        value["datatype"] = str(term.datatype)
    return value


def format_result(result: Result, fmt: str = "table") -> str:
    """Render a query result in ``fmt`` (one of table, csv, tsv, json)."""
    if fmt not in RESULT_FORMATS:
        raise InputError(f"unknown format {fmt!r}; choose one of: {', '.join(RESULT_FORMATS)}")
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        graph = result.graph
        return graph.serialize(format="turtle")
    if result.type == "ASK":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": bool(result.askAnswer)}) + "\n"
        return ("true" if result.askAnswer else "false") + "\n"
    names = [str(v) for v in result.vars or []]
    rows = [[row[i] if i < len(row) else None for i in range(len(names))] for row in result]
    if fmt == "json":
        bindings = [
            {name: _term_json(term) for name, term in zip(names, row, strict=True) if term is not None} for row in rows
        ]
        return (
            json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}}, ensure_ascii=False, indent=1)
            + "\n"
        )
    if fmt in ("csv", "tsv"):
        buffer = io.StringIO()
        if fmt == "csv":
            writer = csv.writer(buffer, lineterminator="\r\n")
            writer.writerow(names)
            writer.writerows([_cell(term) for term in row] for row in rows)
        else:
            buffer.write("\t".join(f"?{n}" for n in names) + "\n")
            for row in rows:
                buffer.write("\t".join(_tsv_term(term) for term in row) + "\n")
        return buffer.getvalue()
    cells = [[_cell(term) for term in row] for row in rows]
    widths = [max([_width(n)] + [_width(r[i]) for r in cells]) for i, n in enumerate(names)]
    lines = [" | ".join(_pad(n, w) for n, w in zip(names, widths, strict=True)).rstrip()]
    lines.append("-+-".join("-" * w for w in widths))
    lines += [" | ".join(_pad(c, w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _tsv_term(term) -> str:
    if term is None:
        return ""
    return term.n3().replace("\t", "\\t").replace("\n", "\\n")


def one_line_message(message: str, limit: int = 200) -> str:
    """A parser's message on one line: Oxigraph lists every character it expected,
    over several lines, which says less than "unexpected text" at the position.

    Examples
    --------
    >>> one_line_message("error at 1:31: expected one of Prefix not found, ['%'],\\n['.']")
    'error at 1:31: undefined prefix'
    >>> one_line_message("error at 1:27: expected OPTIONAL")
    'error at 1:27: expected OPTIONAL'
    """
    text = " ".join(message.split())
    many = re.match(r"(error at \d+:\d+): expected one of ", text)
    if many:
        text = f"{many.group(1)}: " + ("undefined prefix" if "Prefix not found" in text else "unexpected text")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def calls_other_endpoints(sparql: str) -> bool:
    """Whether ``sparql`` has a ``SERVICE`` clause (a federated query) or a ``LOAD``
    operation, either of which would make the server fetch other URLs.

    >>> calls_other_endpoints("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    True
    >>> calls_other_endpoints("LOAD <http://example.org/data.ttl>")
    True
    >>> calls_other_endpoints('SELECT ?service WHERE { ?service <urn:x:name> "SERVICE desk" }')
    False
    """
    return _FETCHES.search(_LITERALS_IRIS_COMMENTS.sub(" ", sparql)) is not None
