"""Corpora for kg's benchmarks, made from the sample bulletin ``data/egov-bulletin-2014-06.md``.

* :func:`synthetic_bulletins` varies the sample into as many distinct bulletins as a size
  asks for, and :func:`write_corpus` writes them as a folder of ``.md`` files or as one
  ``.jsonl`` file;
* :func:`sample_copies` processes the sample once and copies its result under other
  document ids, to make a large graph without extraction time.

How a synthetic bulletin differs from the sample (``seed`` makes it repeatable):

1. its articles are a random choice of 8 to 13 of the sample's 13, in a random order,
   renumbered from 1, with the table of contents rewritten to match;
2. each Chinese prefecture-level city and province the sample names (成都, 广州, 上海,
   广东, 广西 …, found through kg's division gazetteer ``china_divisions.tsv``) becomes
   another one drawn from that gazetteer, its full name for the full name and its short
   form for the short form (成都市 → 绵阳市, 成都 → 绵阳), the same throughout the bulletin;
3. every run of ASCII digits outside the headings' numbers gets random digits of the
   same length (figures, years, dates inside articles), and the bulletin gets a random
   date between 2010 and 2024.

So the documents, their places, the facts about those places and the figures differ
from one bulletin to the next, while the prose keeps the sample's kind of language and
density of names. Sizes are in MB of UTF-8 (10**6 bytes).
"""

from __future__ import annotations

import dataclasses
import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

from kg.gazetteer import GazetteerEntry, read_tsv
from kg.ingest import read_path, split_articles
from kg.model import DocumentResult
from kg.pipeline import Pipeline
from kg.resources import ontology_dir

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "egov-bulletin-2014-06.md"
_DIGITS = re.compile(r"[0-9]+")


@dataclasses.dataclass(frozen=True, slots=True)
class SampleArticle:
    """One article of the sample: its title and its text after the heading line."""

    title: str
    body: str


@dataclasses.dataclass(frozen=True, slots=True)
class Division:
    """A city or province of the gazetteer, by its full name and its short form."""

    name: str
    short: str


def sample_articles() -> list[SampleArticle]:
    """The sample bulletin's articles."""
    text = SAMPLE.read_text(encoding="utf-8")
    articles, _, _ = split_articles(text, SAMPLE.name)
    return [SampleArticle(a.title, text[a.body_start : a.end].strip("\n")) for a in articles]


def divisions() -> dict[str, list[Division]]:
    """The gazetteer's prefecture-level cities and provinces that have a short form, by type."""
    found: dict[str, list[Division]] = {"City": [], "Province": []}
    for entry in read_tsv(ontology_dir() / "gazetteers" / "china_divisions.tsv"):
        if entry.subtype in found and _short_form(entry):
            found[entry.subtype].append(Division(entry.label, _short_form(entry)))
    return found


def _short_form(entry: GazetteerEntry) -> str:
    return next((alias for alias in entry.aliases if len(alias) >= 2 and entry.label.startswith(alias)), "")


def synthetic_bulletins(megabytes: float, *, seed: int = 0) -> Iterator[tuple[str, str]]:
    """``(document id, text)`` of distinct bulletins varied from the sample (see the
    module's docstring), until they hold at least ``megabytes`` MB of UTF-8."""
    rng = random.Random(seed)
    articles = sample_articles()
    every = divisions()
    sample_text = "\n".join(f"{a.title}\n{a.body}" for a in articles)
    named = {
        kind: [d for d in found if d.name in sample_text or d.short in sample_text] for kind, found in every.items()
    }
    wanted, written, index = megabytes * 1_000_000, 0, 0
    while written < wanted:
        renames: dict[str, str] = {}
        for kind, found in named.items():
            for old, new in zip(found, rng.sample(every[kind], len(found)), strict=True):
                renames |= {old.name: new.name, old.short: new.short}
        places = re.compile("|".join(sorted(map(re.escape, renames), key=len, reverse=True)))

        def vary(text: str, places: re.Pattern = places, renames: dict = renames) -> str:
            text = places.sub(lambda match: renames[match.group(0)], text)
            return _DIGITS.sub(lambda match: _random_digits(rng, match.group(0)), text)

        chosen = rng.sample(articles, rng.randint(8, len(articles)))
        titles = [vary(article.title) for article in chosen]
        year, month, day = rng.randint(2010, 2024), rng.randint(1, 12), rng.randint(1, 28)
        contents = "\n".join(f"{number}. {title} .....\t{number + 1}" for number, title in enumerate(titles, start=1))
        parts = [
            f"电子政务云计算应用技术国家工程实验室\n\n# 电子政务信息汇编\n\n{year}年{month}月{day}日\n\n"
            f"第{index + 1}期\n\n秘书处\n\n## 目 录\n\n{contents}\n"
        ]
        for number, (title, article) in enumerate(zip(titles, chosen, strict=True), start=1):
            parts.append(f"\n## {number}. {title}\n\n{vary(article.body)}\n")
        text = "".join(parts)
        yield f"synthetic-{index:05d}.md", text
        written += len(text.encode("utf-8"))
        index += 1


def _random_digits(rng: random.Random, digits: str) -> str:
    first = str(rng.randint(1, 9)) if digits[0] != "0" else "0"
    return first + "".join(str(rng.randint(0, 9)) for _ in digits[1:])


def write_corpus(megabytes: float, out: Path, *, seed: int = 0) -> tuple[int, int]:
    """Write :func:`synthetic_bulletins` to ``out``: one ``{"id", "text"}`` line each
    when ``out`` ends in ``.jsonl``, otherwise one ``.md`` file each in the folder
    ``out``. Returns the number of documents and of bytes of text written."""
    documents = written = 0
    if out.suffix.lower() == ".jsonl":
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", encoding="utf-8") as stream:
            for doc_id, text in synthetic_bulletins(megabytes, seed=seed):
                stream.write(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n")
                documents, written = documents + 1, written + len(text.encode("utf-8"))
    else:
        out.mkdir(parents=True, exist_ok=True)
        for doc_id, text in synthetic_bulletins(megabytes, seed=seed):
            (out / doc_id).write_text(text, encoding="utf-8")
            documents, written = documents + 1, written + len(text.encode("utf-8"))
    return documents, written


def sample_copies(copies: int, *, pipeline: Pipeline | None = None) -> list[DocumentResult]:
    """The sample's pipeline result, copied under ``copies`` document ids (each copy has
    its own articles, mentions and sentences; the entities are shared)."""
    result = (pipeline or Pipeline()).process(next(read_path(SAMPLE)))
    return [
        dataclasses.replace(result, document=dataclasses.replace(result.document, id=f"copy-{index:04d}.md"))
        for index in range(copies)
    ]
