"""Ingest: read files and folders of documents and split bulletins into articles.

Reads ``.txt``, ``.md`` and ``.html`` files (UTF-8 with or without BOM, UTF-16 with BOM,
GB18030/GBK) and ``.jsonl`` files holding one ``{"id", "text"}`` document per line.
A bulletin is split at its numbered headings (``## 1.``, ``### **3. ...**``); its table
of contents is not an article. Offsets always point into the decoded document text.
"""

from __future__ import annotations

import codecs
import json
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from kg.errors import InputError
from kg.model import Article, Document

log = logging.getLogger(__name__)

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
DOCUMENT_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file that was passed over, and why."""

    path: str
    reason: str


def decode(data: bytes, *, name: str = "<bytes>") -> tuple[str, str]:
    """Decode document bytes, returning ``(text, encoding)``.

    A byte-order mark decides first; then strict UTF-8; then GB18030 (a superset of
    GBK and GB2312). Bytes that fit none of them raise :class:`InputError`.

    Examples
    --------
    >>> decode("海关总署".encode("gbk"))
    ('海关总署', 'gb18030')
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise InputError(
                    f"{name}: starts with a {encoding} byte-order mark but is not valid {encoding}"
                ) from error
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like a binary file (NUL bytes), not a text document")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name}: cannot decode byte {error.start}: the file is neither UTF-8 nor GB18030/GBK; "
            "convert it to UTF-8 first"
        ) from error


class _TextOfHTML(HTMLParser):
    """Collects the visible text of an HTML page, one line per block element."""

    _BLOCKS = frozenset(
        [
            "p",
            "div",
            "br",
            "li",
            "ul",
            "ol",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "tr",
            "table",
            "section",
            "article",
            "header",
            "footer",
            "title",
            "blockquote",
            "pre",
        ]
    )
    _HIDDEN = frozenset({"script", "style", "noscript", "template"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._HIDDEN:
            self._hidden += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")
            if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
                self.parts.append("#" * int(tag[1]) + " ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """The visible text of an HTML page; headings keep Markdown ``#`` marks."""
    parser = _TextOfHTML()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\r\f\v]*\n[ \t\r\f\v]*", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"


# -- splitting a bulletin ------------------------------------------------------------

_MD_HEADING = re.compile(
    r"^(?P<marks>#{1,6})[ \t]*(?:\*\*)?[ \t]*(?P<number>\d{1,3})[ \t]*[.．、][ \t]*"
    r"(?P<title>.*?)[ \t]*(?:\*\*)?[ \t]*\r?$",
    re.MULTILINE,
)
_PLAIN_HEADING = re.compile(
    r"^(?:\*\*)?[ \t]*(?P<number>\d{1,3})[ \t]*[.．、][ \t]*(?P<title>\S.{0,60}?)[ \t]*(?:\*\*)?[ \t]*\r?$",
    re.MULTILINE,
)
_TOC_LEADER = re.compile(r"(?:\.{3,}|…{2,}|·{3,}|\s\.\s\.\s)\s*\d*\s*$")
_TRAILING_SOURCE = re.compile(r"[（(][ \t　]*(?P<source>[^（）()\n]{1,40}?)[ \t　]*[）)][ \t　]*$")
_CN_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})[ \t]*年[ \t]*(?P<m>\d{1,2})[ \t]*月[ \t]*(?P<d>\d{1,2})[ \t]*日")
_ISO_DATE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)")
_H1 = re.compile(r"^#[ \t]+(?P<title>\S.*?)[ \t]*\r?$", re.MULTILINE)
_SOURCE_WORDS = re.compile(r"[报网社台刊志频道在线]|日报|新闻|时报|周刊|[A-Za-z]{2,}")


def parse_date(text: str) -> str | None:
    """The first date written as ``2014年6月13日`` or ``2014-06-13``, in ISO form."""
    match = _CN_DATE.search(text) or _ISO_DATE.search(text)
    if not match:
        return None
    year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _clean_title(title: str) -> str:
    return re.sub(r"\s+", " ", title.replace("**", "")).strip()


def _trailing_source(text: str, start: int, end: int) -> str | None:
    """The outlet in parentheses at the very end of an article, such as 新华网."""
    tail = text[max(start, end - 200) : end].rstrip()
    match = _TRAILING_SOURCE.search(tail)
    if not match:
        return None
    source = re.sub(r"\s+", " ", match["source"]).strip()
    # A closing parenthesis that ends a sentence's own remark is not an outlet.
    if not source or "，" in source or "。" in source or not _SOURCE_WORDS.search(source):
        return None
    return source


def _heading_matches(text: str) -> list[re.Match[str]]:
    """Numbered headings, Markdown ones first, plain numbered lines as a fallback."""
    headings = [m for m in _MD_HEADING.finditer(text) if m["title"].strip()]
    if len(headings) >= 2:
        return headings
    plain = [
        m
        for m in _PLAIN_HEADING.finditer(text)
        if not _TOC_LEADER.search(m.group(0)) and not m["title"].rstrip().endswith(("。", "，", "；"))
    ]
    # Plain numbered lines are headings only when they count up from 1 with prose between.
    numbers = [int(m["number"]) for m in plain]
    if len(plain) >= 2 and numbers == list(range(numbers[0], numbers[0] + len(numbers))):
        return plain
    return headings


def split_articles(text: str, doc_id: str) -> tuple[tuple[Article, ...], str | None, str | None]:
    """Split a document into articles; return ``(articles, bulletin title, date)``.

    A document without numbered headings is one article spanning the whole text.

    Examples
    --------
    >>> text = "# 简报\\n2014年6月13日\\n## 1. 第一篇\\n正文。（新华网）\\n## 2. 第二篇\\n正文。\\n"
    >>> articles, title, date = split_articles(text, "x.md")
    >>> [(a.number, a.title, a.source) for a in articles], title, date
    ([(1, '第一篇', '新华网'), (2, '第二篇', None)], '简报', '2014-06-13')
    """
    headings = _heading_matches(text)
    front_end = headings[0].start() if headings else len(text)
    front = text[:front_end]
    h1 = _H1.search(front)
    date = parse_date(front) if headings else parse_date(text[:2000])
    title = _clean_title(h1["title"]) if h1 else None
    if not headings:
        first_line = next((line.strip() for line in text.splitlines() if line.strip()), "")
        title = title or _clean_title(first_line.lstrip("#"))[:120] or doc_id
        article = Article(
            doc_id=doc_id,
            number=1,
            title=title,
            start=0,
            end=len(text),
            body_start=0,
            source=_trailing_source(text, 0, len(text)),
            date=date,
        )
        return (article,), title, date
    articles = []
    for index, heading in enumerate(headings):
        end = headings[index + 1].start() if index + 1 < len(headings) else len(text)
        body_start = min(heading.end() + 1, end)
        articles.append(
            Article(
                doc_id=doc_id,
                number=int(heading["number"]),
                title=_clean_title(heading["title"]),
                start=heading.start(),
                end=end,
                body_start=body_start,
                source=_trailing_source(text, body_start, end),
                date=parse_date(text[body_start : min(end, body_start + 200)]) or date,
            )
        )
    return tuple(articles), title, date


# -- reading files --------------------------------------------------------------------


def make_document(doc_id: str, text: str, *, path: str, encoding: str = "utf-8") -> Document:
    """A :class:`Document` for already decoded text, split into its articles."""
    articles, title, date = split_articles(text, doc_id)
    return Document(id=doc_id, text=text, path=path, title=title, date=date, encoding=encoding, articles=articles)


def _read_jsonl(path: Path, text: str, encoding: str) -> Iterator[Document]:
    for line_number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(
                f'{path}:{line_number}: not valid JSON ({error.msg}); each line must be {{"id", "text"}}'
            ) from error
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InputError(f'{path}:{line_number}: each line must be an object with a string "text" field')
        doc_id = str(record.get("id", f"{path.name}:{line_number}"))
        yield make_document(doc_id, record["text"], path=str(path), encoding=encoding)


def read_path(path: Path) -> Iterator[Document]:
    """The documents of one file (a ``.jsonl`` file holds many)."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot read it ({error.strerror})") from error
    if not data.strip():
        raise InputError(f"{path}: the file is empty")
    text, encoding = decode(data, name=str(path))
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(path, text, encoding)
        return
    if suffix in HTML_SUFFIXES:
        text = html_to_text(text)
    if not text.strip():
        raise InputError(f"{path}: the file has no text")
    yield make_document(path.name, text, path=str(path), encoding=encoding)


def _expand(paths: Iterable[str | Path]) -> Iterator[tuple[Path, bool]]:
    """Every file named or found below a named folder, with whether it was named."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if not any(part.startswith(".") for part in child.relative_to(path).parts):
                    yield child, False
        elif path.exists():
            yield path, True
        else:
            raise InputError(f"{path}: no such file or folder")


def iter_documents(
    paths: Iterable[str | Path],
    *,
    on_skip: Callable[[Skipped], None] | None = None,
) -> Iterator[Document]:
    """Read every document below ``paths`` in a stable order.

    Files named directly must be readable documents; inside folders, files of other
    kinds and files that cannot be read are skipped and reported through ``on_skip``.
    """
    report = on_skip or (lambda skipped: log.warning("skipped %s: %s", skipped.path, skipped.reason))
    for path, named in _expand(paths):
        if not named and path.suffix.lower() not in DOCUMENT_SUFFIXES:
            report(Skipped(str(path), f"not a document type ({', '.join(sorted(DOCUMENT_SUFFIXES))})"))
            continue
        try:
            yield from read_path(path)
        except InputError as error:
            if named:
                raise
            report(Skipped(str(path), str(error).removeprefix(f"{path}: ")))
