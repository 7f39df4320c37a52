"""Fuzz ``kg build`` with mutated copies of the sample bulletin.

Each case takes ``data/egov-bulletin-2014-06.md``, applies a few random mutations
(byte flips, truncations, a switch of encoding, inserted HTML or Markdown fragments,
huge repetitions, control characters, another file suffix) and runs
``kg.cli.main(["build", FILE, "--out", DIR])`` in this process. A case is a bug when

- an exception escapes ``main`` (or ``main`` reports an ``internal error``),
- ``main`` fails and stderr is not exactly one line starting with ``kg: ``,
- ``main`` fails and leaves an output folder or a temporary file behind,
- ``main`` succeeds but an output is missing, a mention does not slice back to its
  text, or ``graph.ttl`` does not parse,
- the case runs longer than ``--timeout`` seconds.

Findings are grouped by kind and message; the input of the first case of each group is
kept so that it can be replayed with ``--case N``. Exits 1 when a bug was found.

Usage::

    python scripts/fuzz.py --iterations 300 --seed 1
    python scripts/fuzz.py --seed 1 --case 17      # replay one case, with its traceback
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import logging
import os
import random
import re
import shutil
import signal
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "egov-bulletin-2014-06.md"
OUTPUTS = ("graph.ttl", "mentions.jsonl", "graph.html")

HTML_FRAGMENTS = [
    "<script>var 海关总署 = '<p>国务院</p>'; if (a < b) {}</script>",
    "<style>.成都市 { color: red } /* 微软 */</style>",
    "<h2>1. 国务院召开常务会议</h2>",
    "<p>广州大学&amp;中心&#0;&#xD800;&#x110000;&nbsp;</p>",
    "<!-- 注释 <p>海关总署</p> -->",
    "<div><table><tr><td>成都</td><td>四川省</td></tr></table></div>",
    "<script>",
    "</div></p></body>",
    "<![CDATA[ 国务院 ]]>",
    "<p",
    '<a href="javascript:alert(1)">新华网</a>',
    "<template><p>澳大利亚财政部</p></template><noscript>微软</noscript>",
    "<br/><br><hr/>",
]
MARKDOWN_FRAGMENTS = [
    "\n## 1. 重复的第一篇\n",
    "\n## 0. 第零篇\n",
    "\n### **999. **\n",
    "\n# \n",
    "\n#\n",
    "\n## 14.\n",
    "\n1、第一条\n2、第二条\n",
    "\n14. 目录条目 ........ 15\n",
    "（新华网）",
    "（",
    "）",
    "2014年2月31日",
    "2014-13-45",
    "\n```\n## 2. 代码块里的标题\n```\n",
    "\n| 机构 | 地点 |\n|---|---|\n| 海关总署 | 北京 |\n",
    "**",
    "《",
    "》",
    "《》",
    "“”",
    "\n> 引用：国务院新闻办公室\n",
    "[海关总署](http://www.customs.gov.cn)",
]
CONTROL = ["\x00", "\x01", "\x1b[31m", "\x7f", "\x0b", "\x0c", "\r", "\x85", "\u2028", "\u2029", "\ufeff", "\u200b"]
ENCODINGS = [
    "gb18030",
    "gbk",
    "gb2312",
    "big5",
    "shift_jis",
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "utf-32",
    "utf-8-sig",
    "latin-1",
    "cp1252",
]
SUFFIXES = [".md", ".md", ".md", ".txt", ".html", ".htm", ".jsonl", ".markdown", ".MD", ""]


# -- mutations ----------------------------------------------------------------------------


def _decode(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def flip_bytes(rng: random.Random, data: bytes, max_bytes: int) -> tuple[bytes, str]:
    if not data:
        return data, "flip (empty)"
    mutable = bytearray(data)
    count = rng.choice([1, 2, 5, 20, 200])
    for _ in range(count):
        position = rng.randrange(len(mutable))
        mutable[position] ^= 1 << rng.randrange(8)
    return bytes(mutable), f"flip {count} bits"


def random_bytes(rng: random.Random, data: bytes, max_bytes: int) -> tuple[bytes, str]:
    position = rng.randrange(len(data) + 1)
    noise = rng.randbytes(rng.choice([1, 3, 16, 256]))
    return data[:position] + noise + data[position:], f"insert {len(noise)} random bytes at {position}"


def truncate(rng: random.Random, data: bytes, max_bytes: int) -> tuple[bytes, str]:
    cut = rng.choice([0, 1, 2, 3, rng.randrange(len(data) + 1), len(data) - 1])
    cut = max(0, min(cut, len(data)))
    return (data[cut:], f"drop the first {cut} bytes") if rng.random() < 0.3 else (data[:cut], f"truncate at {cut}")


def switch_encoding(rng: random.Random, data: bytes, max_bytes: int) -> tuple[bytes, str]:
    encoding = rng.choice(ENCODINGS)
    return _decode(data).encode(encoding, errors="replace"), f"re-encode as {encoding}"


def insert_fragment(rng: random.Random, data: bytes, max_bytes: int) -> tuple[bytes, str]:
    text = _decode(data)
    fragments = rng.choice([HTML_FRAGMENTS, MARKDOWN_FRAGMENTS, CONTROL])
    pieces = [rng.choice(fragments) for _ in range(rng.choice([1, 3, 10]))]
    for piece in pieces:
        position = rng.randrange(len(text) + 1)
        text = text[:position] + piece + text[position:]
    return text.encode("utf-8", errors="surrogatepass"), f"insert {pieces!r}"[:200]


def repeat(rng: random.Random, data: bytes, max_bytes: int) -> tuple[bytes, str]:
    text = _decode(data)
    start = rng.randrange(len(text) + 1)
    piece = text[start : start + rng.choice([1, 2, 7, 50, 2000])] or "国"
    if rng.random() < 0.3:
        piece = rng.choice(["a", "国", "国务院", "。", "\n", " ", "## 1. 标题\n", "（", "《", "海关总署新闻发言人"])
    times = max(1, (max_bytes - len(data)) // max(1, len(piece.encode())))
    times = rng.choice([times, times // 10 or 1, 1000])
    text = text[:start] + piece * times + text[start:]
    return text.encode()[:max_bytes], f"repeat {piece[:20]!r} x{times} at {start}"


def shuffle_lines(rng: random.Random, data: bytes, max_bytes: int) -> tuple[bytes, str]:
    lines = data.split(b"\n")
    rng.shuffle(lines)
    return b"\n".join(lines), "shuffle lines"


def strip_newlines(rng: random.Random, data: bytes, max_bytes: int) -> tuple[bytes, str]:
    replacement = rng.choice([b"", b" ", b"\r", b"\r\n"])
    return data.replace(b"\n", replacement), f"newlines -> {replacement!r}"


def as_jsonl(rng: random.Random, data: bytes, max_bytes: int) -> tuple[bytes, str]:
    text = _decode(data)
    parts = [text[i : i + 3000] for i in range(0, len(text), 3000)] or [""]
    lines = []
    for index, part in enumerate(parts):
        record: dict = {"text": part}
        if rng.random() < 0.7:
            record["id"] = rng.choice([f"doc-{index}", index, "same", "", None, "a/b c<>", "国务院"])
        lines.append(json.dumps(record, ensure_ascii=rng.random() < 0.5))
    if rng.random() < 0.3:
        lines.insert(rng.randrange(len(lines) + 1), rng.choice(["{", "[]", '{"text": 1}', "null", "   "]))
    return "\n".join(lines).encode(), f"as {len(lines)} JSON lines"


#: Mutations with their weights: the byte-level ones mostly test decoding, so the
#: text-level ones, which reach the whole pipeline, are picked more often.
MUTATIONS: dict[Callable[[random.Random, bytes, int], tuple[bytes, str]], int] = {
    flip_bytes: 1,
    random_bytes: 1,
    truncate: 2,
    switch_encoding: 2,
    insert_fragment: 4,
    repeat: 2,
    shuffle_lines: 1,
    strip_newlines: 1,
    as_jsonl: 1,
}


def make_case(seed: int, number: int, source: bytes, max_bytes: int) -> tuple[bytes, str, list[str]]:
    """The bytes, file suffix and mutation log of case ``number`` (reproducible)."""
    rng = random.Random(f"{seed}:{number}")
    data = source
    steps = []
    for _ in range(rng.choice([1, 1, 2, 3])):
        mutation = rng.choices(list(MUTATIONS), weights=list(MUTATIONS.values()))[0]
        data, step = mutation(rng, data, max_bytes)
        steps.append(step)
        if mutation is as_jsonl:
            return data[:max_bytes], ".jsonl", steps
    suffix = rng.choice(SUFFIXES)
    return data[:max_bytes], suffix, steps


# -- running one case ---------------------------------------------------------------------


class CaseTimeout(BaseException):
    """Raised by the alarm: a BaseException, so that kg's own handlers let it through."""


@dataclass(slots=True)
class Outcome:
    number: int
    steps: list[str]
    code: int | None
    stdout: str
    stderr: str
    seconds: float
    problems: list[tuple[str, str]] = field(default_factory=list)


def _run_main(argv: list[str], timeout: int) -> tuple[int | None, str, str, BaseException | None]:
    """``kg.cli.main(argv)`` with stdout, stderr and logging captured."""
    from kg.cli import main

    stdout, stderr = io.StringIO(), io.StringIO()
    for handler in list(logging.root.handlers):  # kg's basicConfig must bind to this case's stderr
        logging.root.removeHandler(handler)

    def expire(signum, frame):
        raise CaseTimeout(f"still running after {timeout} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(timeout)
    error: BaseException | None = None
    code: int | None = None
    try:
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            code = main(argv)
    except BaseException as caught:  # everything that escapes is a finding
        if isinstance(caught, KeyboardInterrupt):
            raise
        error = caught
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    return code, stdout.getvalue(), stderr.getvalue(), error


def _where(error: BaseException) -> str:
    """The innermost frame of kg's own code in a traceback."""
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f"{os.sep}kg{os.sep}" in f.filename]
    frame = frames[-1] if frames else traceback.extract_tb(error.__traceback__)[-1]
    return f"{Path(frame.filename).name}:{frame.lineno} in {frame.name}"


def _check_outputs(case_file: Path, out: Path) -> list[tuple[str, str]]:
    """Problems with the files a successful build wrote."""
    import pyoxigraph

    from kg.ingest import iter_documents

    problems = []
    missing = [name for name in OUTPUTS if not (out / name).is_file()]
    if missing:
        problems.append(("missing-output", f"no {', '.join(missing)}"))
        return problems
    texts = {document.id: document.text for document in iter_documents([case_file])}
    # JSON lines end at "\n" only: a mention may hold U+2028 or U+0085, which splitlines() splits at.
    for line in (out / "mentions.jsonl").read_text(encoding="utf-8").split("\n"):
        if not line:
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(("bad-mentions", f"mentions.jsonl holds a line that is not JSON ({error.msg})"))
            break
        text = texts.get(record["doc"])
        if text is None or text[record["start"] : record["end"]] != record["text"]:
            problems.append(("bad-offsets", f"mention {record['text']!r} does not slice back to its text"))
            break
    try:
        pyoxigraph.Store().load((out / "graph.ttl").read_bytes(), format=pyoxigraph.RdfFormat.TURTLE)
    except (SyntaxError, ValueError, OSError) as error:
        problems.append(("bad-graph", f"graph.ttl does not parse: {str(error).splitlines()[0][:120]}"))
    return problems


def run_case(number: int, data: bytes, suffix: str, steps: list[str], work: Path, timeout: int) -> Outcome:
    case_file = work / f"case-{number}{suffix}"
    case_file.write_bytes(data)
    out = work / f"out-{number}"
    started = time.perf_counter()
    code, stdout, stderr, error = _run_main(["build", str(case_file), "--out", str(out)], timeout)
    outcome = Outcome(number, steps, code, stdout, stderr, time.perf_counter() - started)
    problems = outcome.problems
    if isinstance(error, CaseTimeout):
        problems.append(("slow", f"no result after {timeout} s ({len(data)} bytes)"))
    elif error is not None:
        problems.append(("exception", f"{type(error).__name__} at {_where(error)}: {str(error)[:120]}"))
    elif "Traceback" in stdout + stderr:
        problems.append(("traceback", "a traceback was printed"))
    elif code != 0:
        lines = stderr.splitlines()
        if "kg: internal error:" in stderr:
            problems.append(("internal-error", _internal_error(number, case_file, out, timeout, stderr)))
        elif len(lines) != 1 or not lines[0].startswith("kg: "):
            problems.append(("bad-stderr", f"exit {code}, {len(lines)} stderr lines: {_first_line(stderr)}"))
        if out.exists() and (code != 1 or "does not conform" not in stderr):
            problems.append(
                ("output-left", f"exit {code} but {out.name}/ holds {sorted(p.name for p in out.iterdir())}")
            )
    else:
        try:
            problems += _check_outputs(case_file, out)
        except Exception as error:  # a check that cannot even run is a finding too
            problems.append(("bad-output", f"{type(error).__name__} while checking the outputs: {str(error)[:120]}"))
    if out.exists():
        temporary = [p.name for p in out.iterdir() if p.name.endswith(".tmp")]
        if temporary:
            problems.append(("temp-left", f"temporary files left: {temporary}"))
    return outcome


def _first_line(text: str) -> str:
    return next((line for line in text.splitlines() if line.strip()), "(empty)")[:160]


def _internal_error(number: int, case_file: Path, out: Path, timeout: int, stderr: str) -> str:
    """Replay a case that ended in ``internal error`` with KG_DEBUG=1 to find where it was raised."""
    shutil.rmtree(out, ignore_errors=True)
    os.environ["KG_DEBUG"] = "1"
    try:
        _, _, _, error = _run_main(["build", str(case_file), "--out", str(out)], timeout)
    finally:
        del os.environ["KG_DEBUG"]
    message = (
        _first_line(stderr).removeprefix("kg: internal error: ").removesuffix(" (rerun with KG_DEBUG=1 for details)")
    )
    if error is None or isinstance(error, CaseTimeout):
        return message
    return f"{message[:120]} at {_where(error)}"


# -- the campaign -------------------------------------------------------------------------


def signature(kind: str, message: str) -> str:
    """What makes two findings the same bug: the kind and the message without numbers,
    quoted values and paths."""
    message = re.sub(r"'[^']*'|\"[^\"]*\"", "'…'", message)
    message = re.sub(r"\S*case-\d+\S*|\S*out-\d+\S*", "PATH", message)
    message = re.sub(r"\d+", "N", message)
    return f"{kind}: {message[:140]}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--iterations", type=int, default=200, help="How many cases to run (default 200).")
    parser.add_argument("--seed", type=int, default=0, help="Seed of the mutations (default 0).")
    parser.add_argument("--case", type=int, help="Run only case N of --seed, and show its traceback.")
    parser.add_argument("--source", type=Path, default=SAMPLE, help="The document to mutate.")
    parser.add_argument("--max-bytes", type=int, default=512 * 1024, help="Largest case (default 512 KiB).")
    parser.add_argument("--timeout", type=int, default=120, help="Seconds before a case counts as a hang.")
    parser.add_argument("--keep", type=Path, help="Folder for the inputs of the findings (default: a temp folder).")
    parser.add_argument("-q", "--quiet", action="store_true", help="Print only the findings and the summary.")
    args = parser.parse_args(argv)

    if not hasattr(signal, "SIGALRM"):
        parser.error("needs a POSIX system (SIGALRM)")
    source = args.source.read_bytes()
    keep = args.keep or Path(tempfile.mkdtemp(prefix="kg-fuzz-findings-"))
    keep.mkdir(parents=True, exist_ok=True)
    numbers = [args.case] if args.case is not None else range(args.iterations)
    findings: dict[str, list[Outcome]] = {}
    kinds: dict[str, int] = {}
    exits: dict[str, int] = {}
    started = time.perf_counter()
    done = 0
    with tempfile.TemporaryDirectory(prefix="kg-fuzz-") as scratch, contextlib.suppress(KeyboardInterrupt):
        for number in numbers:
            data, suffix, steps = make_case(args.seed, number, source, args.max_bytes)
            work = Path(scratch) / str(number)
            work.mkdir()
            outcome = run_case(number, data, suffix, steps, work, args.timeout)
            exit_kind = "ok" if outcome.code == 0 else f"exit {outcome.code}"
            exits[exit_kind] = exits.get(exit_kind, 0) + 1
            for kind, message in outcome.problems:
                kinds[kind] = kinds.get(kind, 0) + 1
                group = findings.setdefault(signature(kind, message), [])
                if not group:
                    kept = keep / f"seed{args.seed}-case{number}{suffix}"
                    kept.write_bytes(data)
                    print(f"BUG   case {number} ({suffix or 'no suffix'}, {len(data)} bytes): {kind}: {message}")
                    print(f"      mutations: {'; '.join(steps)}")
                    print(f"      input kept in {kept}")
                group.append(outcome)
            if not args.quiet and not outcome.problems:
                result = "ok" if outcome.code == 0 else _first_line(outcome.stderr)
                print(f"case {number:4d}  {outcome.seconds:6.1f} s  {suffix or '-':9s} {result[:100]}")
            if args.case is not None:
                print(f"mutations: {'; '.join(steps)}")
                print(outcome.stderr, end="", file=sys.stderr)
            shutil.rmtree(work, ignore_errors=True)
            done += 1

    print()
    interrupted = f" (interrupted; {len(numbers)} asked)" if done < len(numbers) else ""
    print(f"{done} cases in {time.perf_counter() - started:.0f} s, seed {args.seed}{interrupted}")
    print("exits: " + ", ".join(f"{name} {count}" for name, count in sorted(exits.items())))
    if not findings:
        print("no bugs found")
        return 0
    print(f"{sum(len(group) for group in findings.values())} findings in {len(findings)} groups:")
    for name, group in sorted(findings.items(), key=lambda item: -len(item[1])):
        cases = ", ".join(str(outcome.number) for outcome in group[:8]) + (" …" if len(group) > 8 else "")
        print(f"  {len(group):4d} × {name}")
        print(f"         cases {cases}")
    print(f"inputs of the first case of each group are in {keep}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
