"""The ``kg`` command line: thin wrappers over the library, one command per task.

Every expected failure (bad input, malformed query, unwritable output) is printed as
one line on stderr with exit code 2; nothing prints a traceback unless ``KG_DEBUG=1``.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path

import click

from kg import compiled_modules
from kg.errors import InputError, KGError
from kg.vocab import DEFAULT_BASE_IRI

log = logging.getLogger("kg")


def _echo_summary(report) -> None:
    per_type = ", ".join(f"{name} {count}" for name, count in sorted(report.entities.items())) or "none"
    relations = sum(report.relations.values())
    typed = sum(n for p, n in report.relations.items() if p != "coOccursWith")
    click.echo(f"documents  {report.documents}  (articles {report.articles}, skipped {len(report.skipped)})")
    click.echo(f"mentions   {report.mentions}")
    click.echo(f"entities   {sum(report.entities.values())}  ({per_type})")
    click.echo(f"relations  {relations}  (typed {typed}, co-occurrence {relations - typed})")
    click.echo(f"triples    {report.triples}")
    click.echo(f"time       {report.seconds:.2f} s")
    for path in report.outputs:
        click.echo(f"wrote      {path}")
    if getattr(report, "validation_skipped", None):
        click.echo(f"valid      not checked: {report.validation_skipped}")
    if report.validation is not None:
        if report.validation.conforms:
            click.echo("valid      the graph conforms to kg's SHACL shapes")
        else:
            from kg.validate import format_report

            click.echo(format_report(report.validation, show=5), nl=False)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(
    package_name="kg",
    message=f"%(prog)s %(version)s (compiled with mypyc: {', '.join(compiled_modules()) or 'nothing, pure Python'})",
)
@click.option("-v", "--verbose", count=True, help="Log more (-v info, -vv debug).")
def cli(verbose: int) -> None:
    """kg: build a knowledge graph from Chinese government and e-government news."""
    level = logging.WARNING - 10 * min(verbose, 2)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_OneLineFormatter("kg: %(levelname)s: %(message)s", show_traceback=verbose >= 2))
    logging.basicConfig(level=level, handlers=[handler])
    # trafilatura logs its heuristics' dead ends on a web page as errors ("empty HTML tree");
    # kg then reads the page whole, so they are news only with -vv
    logging.getLogger("trafilatura").setLevel(level if verbose >= 2 else logging.CRITICAL)


class _OneLineFormatter(logging.Formatter):
    """Log records as one line each: libraries (rdflib on an ill-typed literal) log
    warnings with their exception attached, which would print a traceback; the
    traceback is shown only with -vv."""

    def __init__(self, fmt: str, *, show_traceback: bool) -> None:
        super().__init__(fmt)
        self.show_traceback = show_traceback

    def format(self, record: logging.LogRecord) -> str:
        if self.show_traceback:
            return super().format(record)
        message = " ".join(record.getMessage().split())
        if record.exc_info and record.exc_info[1] is not None:
            message += f" ({type(record.exc_info[1]).__name__}: {' '.join(str(record.exc_info[1]).split())[:200]})"
        return f"kg: {record.levelname.lower()}: {message}"


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--out",
    "out_dir",
    type=click.Path(path_type=Path),
    help="Folder for graph.ttl, mentions.jsonl and graph.html.",
)
@click.option(
    "--store",
    "store_dir",
    type=click.Path(path_type=Path),
    help="Build into an Oxigraph store folder instead: one named graph per document, unchanged ones skipped.",
)
@click.option("--prune", is_flag=True, help="With --store: remove the documents PATHS no longer hold.")
@click.option(
    "--base-iri", default=DEFAULT_BASE_IRI, show_default=True, help="Base IRI of the entities, articles and mentions."
)
@click.option(
    "--validate/--no-validate", default=True, show_default=True, help="Check the graph against the SHACL shapes."
)
@click.option(
    "-j", "--jobs", default=1, show_default=True, type=click.IntRange(1), help="Worker processes (or Dask workers)."
)
@click.option(
    "--executor",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Where documents are processed: local processes, or a Dask cluster.",
)
@click.option(
    "--scheduler",
    metavar="tcp://HOST:PORT",
    help="With --executor dask: the cluster's scheduler (default: a local one).",
)
def build(
    paths: tuple[Path, ...],
    out_dir: Path | None,
    store_dir: Path | None,
    prune: bool,
    base_iri: str,
    validate: bool,
    jobs: int,
    executor: str,
    scheduler: str | None,
) -> None:
    """Build the graph of the documents under PATHS into a folder (--out) or a store (--store).

    A store keeps each document's triples in a named graph of their own: building again
    skips unchanged documents, replaces changed ones and, with --prune, removes those
    no longer in PATHS. Queries see the union of the graphs (`kg query DIR ...`).

    Exits with 1 when the graph breaks kg's SHACL shapes (the files are still written).
    """
    from tqdm import tqdm

    from kg.pipeline import build as run_build

    if (out_dir is None) == (store_dir is None):
        raise click.UsageError("give either --out DIR (graph files) or --store DIR (an Oxigraph store)")
    if prune and store_dir is None:
        raise click.UsageError("--prune works with --store DIR")
    if scheduler and executor != "dask":
        raise click.UsageError("--scheduler works with --executor dask")

    def progress(documents):
        return tqdm(documents, unit="doc", desc="kg build", disable=None, delay=1.0, file=sys.stderr)

    options = dict(
        base_iri=base_iri, progress=progress, validate=validate, jobs=jobs, executor=executor, scheduler=scheduler
    )
    if store_dir is not None:
        from kg.pipeline import build_into_store

        report = build_into_store(paths, store_dir, prune=prune, **options)
    else:
        report = run_build(paths, out_dir, **options)
    for skipped in report.skipped:
        click.echo(f"kg: skipped {skipped.path}: {skipped.reason}", err=True)
    _echo_summary(report)
    if store_dir is not None:
        click.echo(
            f"store      {store_dir}  (added {len(report.added)}, replaced {len(report.replaced)}, "
            f"unchanged {len(report.unchanged)}, removed {len(report.removed)})"
        )
    if report.validation is not None and not report.validation.conforms:
        count = len(report.validation.violations)
        click.echo(f"kg: the graph breaks kg's SHACL shapes ({count} violations, listed above)", err=True)
        raise click.exceptions.Exit(1)


class _ReadsGraph(click.Command):
    """A command that reads the graph GRAPH (a graph file or a store folder) or the store
    ``--store DIR``: its usage line says so."""

    def __init__(self, *args, usage: str = "(GRAPH | --store DIR) [OPTIONS]", **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.usage = usage

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        return [self.usage]


_graph_argument = click.argument("graph", required=False, type=click.Path(path_type=Path))
_store_option = click.option(
    "--store",
    "store_dir",
    type=click.Path(path_type=Path),
    metavar="DIR",
    help="Read the store folder DIR made by `kg build --store` (instead of GRAPH).",
)


def _graph_source(graph: Path | None, store_dir: Path | None) -> Path:
    """Where the graph of a reading command is: GRAPH (a graph file or a store folder) or
    ``--store DIR``."""
    if graph is not None and store_dir is not None:
        raise click.UsageError(f"give GRAPH or --store DIR, not both (got {graph} and --store {store_dir})")
    if store_dir is not None:
        if store_dir.is_file():
            raise InputError(f"{store_dir}: a file, not a store folder; give a graph file as GRAPH, without --store")
        return store_dir
    if graph is None:
        raise click.UsageError("give GRAPH (a graph file or a store folder) or --store DIR")
    return graph


@cli.command("analyse", cls=_ReadsGraph)
@_graph_argument
@_store_option
@click.option("--top", default=15, show_default=True, help="How many central entities to list.")
@click.option("--path", "path_ends", nargs=2, metavar="A B", help="Show the shortest chain of facts from A to B.")
@click.option("--typed-only", is_flag=True, help="Leave co-occurrence out; use typed relations only.")
@click.option(
    "--min-confidence", default=0.0, show_default=True, type=click.FloatRange(0, 1), help="Leave out less sure facts."
)
def analyse_command(
    graph: Path | None,
    store_dir: Path | None,
    top: int,
    path_ends: tuple[str, str] | None,
    typed_only: bool,
    min_confidence: float,
) -> None:
    """Central entities, communities and paths in GRAPH (a graph file or a store folder)
    or the store --store DIR (networkx).

    A and B of --path are entity names, aliases or gazetteer ids (CSIRO, 成都, iso-cn).
    """
    from kg.analyse import entity_network, format_analysis
    from kg.store import load_graph

    source = _graph_source(graph, store_dir)
    network = entity_network(load_graph(source), typed_only=typed_only, min_confidence=min_confidence)
    click.echo(format_analysis(network, top=top, path=path_ends), nl=False)


@cli.command("validate", cls=_ReadsGraph)
@_graph_argument
@_store_option
@click.option("--show", default=30, show_default=True, help="How many violations to list per message.")
def validate_command(graph: Path | None, store_dir: Path | None, show: int) -> None:
    """Check GRAPH (a graph file or a store folder) or the store --store DIR against kg's
    SHACL shapes (ontology/shapes.ttl).

    Prints a report and exits with 1 when the graph does not conform.
    """
    from kg.store import load_graph
    from kg.validate import format_report, validate_graph

    # Loaded into Oxigraph, whose parser is much faster than rdflib's; validate_graph
    # copies the triples straight from it into the memory graph pySHACL works on.
    report = validate_graph(load_graph(_graph_source(graph, store_dir)))
    click.echo(format_report(report, show=show), nl=False)
    if not report.conforms:
        raise click.exceptions.Exit(1)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", default="jsonl", show_default=True, help="jsonl or table.")
@click.option("--base-iri", default=DEFAULT_BASE_IRI, show_default=True, help="Base IRI of the entities.")
def extract(paths: tuple[Path, ...], fmt: str, base_iri: str) -> None:
    """Print the mentions found in PATHS, one per line."""
    from kg.graph import check_base_iri
    from kg.ingest import iter_documents
    from kg.pipeline import Pipeline, mention_records

    if fmt not in ("jsonl", "table"):
        raise InputError(f"unknown format {fmt!r}; choose one of: jsonl, table")
    check_base_iri(base_iri)
    pipeline = Pipeline()
    for document in iter_documents(paths, on_skip=lambda s: click.echo(f"kg: skipped {s.path}: {s.reason}", err=True)):
        result = pipeline.link(document)
        for record in mention_records(result, base_iri=base_iri):
            if fmt == "jsonl":
                click.echo(json.dumps(record, ensure_ascii=False))
            else:
                click.echo(
                    f"{record['doc']}\t{record['start']}\t{record['end']}\t{record['type']}\t{record['text']}\t{record['label']}"
                )


@cli.command(cls=_ReadsGraph, usage='(GRAPH | --store DIR) ("SPARQL" | --file Q.rq) [OPTIONS]')
@click.argument("graph", required=False)
@click.argument("sparql", required=False)
@_store_option
@click.option("--file", "query_file", type=click.Path(path_type=Path), help="Read the query from a .rq file.")
@click.option("--format", "fmt", default="table", show_default=True, help="table, csv, tsv or json.")
def query(graph: str | None, sparql: str | None, store_dir: Path | None, query_file: Path | None, fmt: str) -> None:
    """Run a SPARQL query over GRAPH (a graph file: Turtle, N-Triples, JSON-LD, RDF/XML;
    or a store folder) or over the store --store DIR, which is read in place.

    With --store, the one argument is the query: kg query --store DIR "SELECT ...".
    CONSTRUCT and DESCRIBE print Turtle; a malformed query is reported with its line
    and column.
    """
    from kg.query import RESULT_FORMATS, format_result, run_query
    from kg.store import load_graph

    if fmt not in RESULT_FORMATS:
        raise InputError(f"unknown format {fmt!r}; choose one of: {', '.join(RESULT_FORMATS)}")
    if store_dir is not None and sparql is None:
        graph, sparql = None, graph  # `kg query --store DIR "SPARQL"`: the one argument is the query
    source = _graph_source(None if graph is None else Path(graph), store_dir)
    if sparql is not None and query_file is not None:
        raise InputError("give the query either as an argument or with --file Q.rq, not both")
    if sparql is None and query_file is None:
        raise InputError('give a query: kg query GRAPH "SPARQL", or --file Q.rq')
    if query_file is not None:
        try:
            sparql = query_file.read_text(encoding="utf-8")
        except OSError as error:
            raise InputError(f"{query_file}: cannot read the query ({error.strerror})") from error
    result = run_query(load_graph(source), sparql or "")
    click.echo(format_result(result, fmt), nl=False)


@cli.command(cls=_ReadsGraph, usage="(GRAPH | --store DIR) -o map.html [OPTIONS]")
@_graph_argument
@_store_option
@click.option("-o", "--out", "out_file", required=True, type=click.Path(path_type=Path), help="The HTML file to write.")
@click.option("--top", type=click.IntRange(min=1), metavar="N", help="Keep only the N most connected entities.")
@click.option(
    "--focus", metavar="NAME", help="Keep only the entities around NAME (a name, alias, gazetteer id or IRI)."
)
@click.option(
    "--depth",
    type=click.IntRange(min=0),
    metavar="K",
    help="How many facts away from --focus an entity may be.  [default: 1]",
)
@click.option("--title", default="kg relationship map", show_default=True, help="The page title.")
def view(
    graph: Path | None,
    store_dir: Path | None,
    out_file: Path,
    top: int | None,
    focus: str | None,
    depth: int | None,
    title: str,
) -> None:
    """Write the interactive relationship map of GRAPH (a graph file or a store folder) or
    of the store --store DIR as one offline HTML file.

    The map has search, filters, a side panel with every mention and piece of evidence,
    and a geographic view of the places. For big graphs, --top N and --focus NAME
    --depth K cut it down to what a person can read.
    """
    from kg.output import ensure_folder, write_text
    from kg.render import cut_map, map_data, map_html
    from kg.store import load_graph

    source = _graph_source(graph, store_dir)
    if depth is not None and focus is None:
        raise click.UsageError("--depth needs --focus NAME")
    data = cut_map(map_data(load_graph(source)), top=top, focus=focus, depth=1 if depth is None else depth)
    ensure_folder(out_file.parent if str(out_file.parent) else Path("."))
    write_text(out_file, map_html(data, title=title))
    click.echo(f"wrote {out_file} ({len(data.entities)} entities, {len(data.facts)} facts)")


@cli.command(cls=_ReadsGraph)
@_graph_argument
@_store_option
@click.option("--format", "fmt", default="ttl", show_default=True, help="ttl, nt or jsonld.")
@click.option("-o", "--out", "out_file", type=click.Path(path_type=Path), help="Write to a file instead of stdout.")
def export(graph: Path | None, store_dir: Path | None, fmt: str, out_file: Path | None) -> None:
    """Export GRAPH (a graph file or a store folder) or the store --store DIR as Turtle,
    N-Triples or JSON-LD."""
    from kg.output import write_with
    from kg.store import graph_writer

    write = graph_writer(_graph_source(graph, store_dir), fmt=fmt)
    if out_file is None:
        sys.stdout.flush()
        write(sys.stdout.buffer)
        sys.stdout.buffer.flush()
    else:
        write_with(out_file, write, binary=True)
        click.echo(f"wrote {out_file}")


@cli.command("eval")
@click.option("--gold", "gold_path", required=True, type=click.Path(path_type=Path), help="Gold JSON-lines file.")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--types", default=None, help="Comma-separated gold types to score (default: all in the gold file).")
@click.option("--show", default=20, show_default=True, help="How many misses and false alarms to list.")
@click.option(
    "--min-confidence",
    default=0.0,
    show_default=True,
    type=click.FloatRange(0, 1),
    help="Score only relations at least this sure (relation gold only).",
)
def evaluate_command(
    gold_path: Path, paths: tuple[Path, ...], types: str | None, show: int, min_confidence: float
) -> None:
    """Score extraction against gold annotations (P/R/F1 per type).

    PATHS are the original documents (so bulletins keep their articles); without them
    the gold file's own texts are used. A gold file of relations
    (``*.relations.jsonl``) scores the typed relations found in PATHS instead.
    """
    from kg.evaluate import evaluate, format_evaluation, read_gold
    from kg.ingest import iter_documents

    if _is_relation_gold(gold_path):
        from kg.pipeline import Pipeline
        from kg.relation_eval import format_relation_evaluation, score_relations

        if not paths:
            raise click.UsageError("scoring relations needs the original documents as PATHS")
        results = list(Pipeline().run(iter_documents(paths)))
        click.echo(
            format_relation_evaluation(score_relations(results, gold_path, min_confidence=min_confidence), show=show),
            nl=False,
        )
        return
    wanted = [t.strip().upper() for t in types.split(",")] if types else None
    gold = read_gold(gold_path, types=wanted)
    documents = {d.id: d for d in iter_documents(paths)} if paths else None
    click.echo(format_evaluation(evaluate(gold, documents=documents, types=wanted), show=show), nl=False)


@cli.command("serve", cls=_ReadsGraph)
@_graph_argument
@_store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535), help="Port (0: any free one).")
@click.option(
    "--timeout",
    default=10.0,
    show_default=True,
    type=click.FloatRange(0, min_open=True),
    help="Seconds a query (or update) may run; a longer one is stopped and answered 503.",
)
@click.option(
    "--max-rows", default=10_000, show_default=True, type=click.IntRange(1), help="Most rows (or triples) per answer."
)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    help="Query worker processes.  [default: 2; 1 with --allow-updates]",
)
@click.option(
    "--allow-updates",
    is_flag=True,
    help="Accept SPARQL Update (POST application/sparql-update or update=), run by one worker.",
)
def serve_command(
    graph: Path | None,
    store_dir: Path | None,
    host: str,
    port: int,
    timeout: float,
    max_rows: int,
    workers: int | None,
    allow_updates: bool,
) -> None:
    """Serve GRAPH (a graph file or a store folder) or the store --store DIR as a SPARQL
    1.1 endpoint, read-only unless --allow-updates.

    /sparql answers GET ?query= and POST (application/sparql-query or form-encoded) in
    SPARQL JSON, XML, CSV or TSV, and Turtle or N-Triples for CONSTRUCT, by the Accept
    header; / is a query page with the example queries, /map the relationship map.
    Updates are refused (403) unless --allow-updates: then they change the store in
    place, or, for a graph file, the server's temporary copy of it (the file is never
    modified). Ctrl-C stops it.
    """
    import signal
    import threading

    from kg.serve import SparqlServer

    source = _graph_source(graph, store_dir)
    server = SparqlServer(
        source,
        host=host,
        port=port,
        timeout=timeout,
        max_rows=max_rows,
        workers=workers,
        allow_updates=allow_updates,
    )
    if threading.current_thread() is threading.main_thread():
        # Stop cleanly on `kill` as on Ctrl-C, and on Ctrl-C even when started from a script
        # in the background, where the shell hands it an ignored SIGINT.
        signal.signal(signal.SIGTERM, signal.default_int_handler)
        signal.signal(signal.SIGINT, signal.default_int_handler)
    click.echo(f"serving {server.triples} triples of {source} at {server.url} (query page {server.base_url}/)")
    if allow_updates and server.is_copy:
        click.echo(
            f"kg: warning: updates are allowed; they change the server's temporary copy of {source} only "
            f"(the file is never modified; the changes are gone when kg serve stops)",
            err=True,
        )
    elif allow_updates:
        click.echo(f"kg: warning: updates are allowed; anyone who reaches {server.url} can change {source}", err=True)
    click.echo("press Ctrl-C to stop")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("kg: stopped serving", err=True)
    finally:
        server.close()


@cli.command("push", cls=_ReadsGraph, usage="(GRAPH | --store DIR) --endpoint URL [OPTIONS]")
@_graph_argument
@_store_option
@click.option(
    "--endpoint", required=True, help="The store's Graph Store Protocol URL, e.g. http://localhost:7878/store."
)
@click.option("--graph", "graph_iri", help="Push into this named graph (default: the store's default graph).")
@click.option("--documents", is_flag=True, help="Push each document graph of a store folder under its own name.")
@click.option(
    "--batch-size", default=50_000, show_default=True, type=click.IntRange(1), help="Triples per HTTP request."
)
@click.option(
    "--timeout", default=60.0, show_default=True, type=click.FloatRange(0, min_open=True), help="Seconds per request."
)
def push_command(
    graph: Path | None,
    store_dir: Path | None,
    endpoint: str,
    graph_iri: str | None,
    documents: bool,
    batch_size: int,
    timeout: float,
) -> None:
    """Load GRAPH (a graph file or a store folder) or the store --store DIR into a SPARQL
    1.1 store over the Graph Store HTTP Protocol, replacing the target graph (PUT, then
    POST per batch)."""
    from tqdm import tqdm

    from kg.push import push

    source = _graph_source(graph, store_dir)
    bar = None

    def progress(sent: int, total: int) -> None:
        nonlocal bar
        if bar is None:
            bar = tqdm(total=total, unit="triple", desc="kg push", disable=None, delay=1.0, file=sys.stderr)
        bar.update(sent)

    try:
        report = push(
            source,
            endpoint,
            graph=graph_iri,
            documents=documents,
            batch_size=batch_size,
            timeout=timeout,
            progress=progress,
        )
    finally:
        if bar is not None:
            bar.close()
    click.echo(
        f"pushed {report.triples} triples in {report.graphs} graph{'s' if report.graphs != 1 else ''} "
        f"({report.requests} request{'s' if report.requests != 1 else ''}, {report.seconds:.2f} s) to {endpoint}"
    )


def _is_relation_gold(path: Path) -> bool:
    """Whether a gold file lists relations (``{"subject", "predicate", "object"}``) rather than entities."""
    if path.name.endswith(".relations.jsonl"):
        return True
    try:
        with path.open(encoding="utf-8") as lines:
            first = next((line for line in lines if line.strip()), "")
    except (OSError, UnicodeDecodeError):
        return False  # read_gold reports the problem in its own words
    return '"predicate"' in first


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; turn expected failures into one line on stderr and exit code 2."""
    try:
        code = cli.main(args=argv, prog_name="kg", standalone_mode=False)
        return code if isinstance(code, int) else 0
    except click.exceptions.Exit as done:
        return done.exit_code
    except click.exceptions.Abort:
        click.echo("kg: aborted", err=True)
        return 130
    except click.UsageError as error:
        hint = (
            f" (see `kg {error.ctx.command.name} --help`)"
            if error.ctx and error.ctx.command and error.ctx.command.name != "cli"
            else " (see `kg --help`)"
        )
        click.echo(f"kg: {error.format_message()}{hint}", err=True)
        return 2
    except click.ClickException as error:
        click.echo(f"kg: {error.format_message()}", err=True)
        return 2
    except KGError as error:
        if os.environ.get("KG_DEBUG"):
            raise
        click.echo(f"kg: {error}", err=True)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        click.echo("kg: interrupted", err=True)
        return 130
    except Exception as error:  # the last line of defence: no traceback for users
        if os.environ.get("KG_DEBUG"):
            raise
        click.echo(f"kg: internal error: {type(error).__name__}: {error} (rerun with KG_DEBUG=1 for details)", err=True)
        return 1


def entry_point() -> None:
    """Console-script entry point."""
    sys.exit(main())


if __name__ == "__main__":
    entry_point()
