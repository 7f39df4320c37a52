"""Evaluate extraction against gold annotations: precision, recall and F1 per type,
on exact spans and on distinct entities, with the lists of misses and false alarms.

Gold files hold one JSON object per line: ``{"id", "text", "entities": [{"start",
"end", "type", "text"}, ...]}`` with types PER, LOC, ORG, TECH (and DOC), the format of
the sample's gold annotation and of the People's Daily NER test set.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError
from kg.ingest import make_document
from kg.model import DocumentResult

#: kg entity types and the gold labels they are scored against.
GOLD_TYPES = {
    "Person": "PER",
    "Place": "LOC",
    "Organization": "ORG",
    "Technology": "TECH",
    "Document": "DOC",
    "Event": "EVENT",
}


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """One annotated document."""

    id: str
    text: str
    spans: frozenset[tuple[int, int, str]]
    """``(start, end, type)`` of every gold mention."""
    groups: tuple[frozenset[tuple[int, int]], ...] = ()
    """Spans of each distinct gold entity (mentions sharing a canonical name)."""
    group_types: tuple[str, ...] = ()


@dataclass(slots=True)
class Score:
    """Counts of true positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class Evaluation:
    """Scores per type (and ``ALL``) for spans and for distinct entities."""

    spans: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    entities: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    misses: Counter = field(default_factory=Counter)
    false_alarms: Counter = field(default_factory=Counter)
    documents: int = 0


def gold_lines(path: Path) -> list[tuple[int, str]]:
    """The numbered, non-blank lines of a UTF-8 JSON-lines gold file. Lines end at
    ``\n`` only: JSON strings may hold U+2028 and the like."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise InputError(f"{path}: not a UTF-8 JSON-lines gold file (byte {error.start} cannot be decoded)") from error
    except OSError as error:
        raise InputError(f"{path}: cannot read the gold file ({error.strerror})") from error
    return [(number, line) for number, line in enumerate(text.split("\n"), start=1) if line.strip()]


def read_gold(path: str | Path, *, types: Iterable[str] | None = None) -> list[GoldDocument]:
    """Gold documents of a JSON-lines file, keeping only ``types`` when given."""
    path = Path(path)
    wanted = set(types) if types else None
    documents = []
    for number, line in gold_lines(path):
        try:
            record = json.loads(line)
            text = record["text"]
            spans, by_canonical, group_type = set(), defaultdict(set), {}
            for entity in record.get("entities", []):
                gold_type = entity["type"]
                if wanted is not None and gold_type not in wanted:
                    continue
                span = (int(entity["start"]), int(entity["end"]))
                spans.add((*span, gold_type))
                canonical = (gold_type, entity.get("canonical") or entity.get("text") or text[span[0] : span[1]])
                by_canonical[canonical].add(span)
                group_type[canonical] = gold_type
        except (KeyError, TypeError, ValueError) as error:
            raise InputError(
                f'{path}:{number}: not a gold line ({error}); expected {{"id", "text", "entities"}}'
            ) from error
        keys = sorted(by_canonical)
        documents.append(
            GoldDocument(
                id=str(record.get("id", number)),
                text=text,
                spans=frozenset(spans),
                groups=tuple(frozenset(by_canonical[k]) for k in keys),
                group_types=tuple(group_type[k] for k in keys),
            )
        )
    return documents


def score_document(gold: GoldDocument, result: DocumentResult, evaluation: Evaluation, *, types: set[str]) -> None:
    """Add one document's counts to ``evaluation``."""
    text = gold.text
    predicted = set()
    predicted_groups: dict[str, set[tuple[int, int]]] = defaultdict(set)
    predicted_group_type: dict[str, str] = {}
    for linked in result.mentions:
        gold_type = GOLD_TYPES.get(linked.mention.type)
        if gold_type not in types:
            continue
        span = (linked.mention.start, linked.mention.end)
        predicted.add((*span, gold_type))
        predicted_groups[linked.entity_key].add(span)
        predicted_group_type[linked.entity_key] = gold_type
    gold_spans = {s for s in gold.spans if s[2] in types}
    for span in predicted & gold_spans:
        evaluation.spans[span[2]].tp += 1
    for span in predicted - gold_spans:
        evaluation.spans[span[2]].fp += 1
        evaluation.false_alarms[(span[2], text[span[0] : span[1]])] += 1
    for span in gold_spans - predicted:
        evaluation.spans[span[2]].fn += 1
        evaluation.misses[(span[2], text[span[0] : span[1]])] += 1
    # Distinct entities: a gold entity is found when a predicted entity of its type
    # shares one of its exact spans, and the other way round for precision.
    predicted_by_span = {(s, predicted_group_type[k]): k for k, spans in predicted_groups.items() for s in spans}
    gold_by_span = {
        (s, t): i for i, (group, t) in enumerate(zip(gold.groups, gold.group_types, strict=True)) for s in group
    }
    for group, gold_type in zip(gold.groups, gold.group_types, strict=True):
        if gold_type not in types:
            continue
        found = any((span, gold_type) in predicted_by_span for span in group)
        evaluation.entities[gold_type].tp += found
        evaluation.entities[gold_type].fn += not found
    for key, spans in predicted_groups.items():
        gold_type = predicted_group_type[key]
        if not any((span, gold_type) in gold_by_span for span in spans):
            evaluation.entities[gold_type].fp += 1
    evaluation.documents += 1


def evaluate(
    gold_documents: list[GoldDocument],
    *,
    pipeline=None,
    documents: dict[str, object] | None = None,
    types: Iterable[str] | None = None,
) -> Evaluation:
    """Run the pipeline over each gold document's text and score it.

    ``documents`` maps gold ids to already ingested :class:`~kg.model.Document` values
    (so a bulletin keeps its articles); other gold documents are made from their text.
    """
    from kg.pipeline import Pipeline

    pipeline = pipeline or Pipeline()
    scored_types = (
        set(types) if types else {t for g in gold_documents for (_, _, t) in g.spans} or set(GOLD_TYPES.values())
    )
    evaluation = Evaluation()
    for gold in gold_documents:
        document = (documents or {}).get(gold.id) or make_document(gold.id, gold.text, path=gold.id)
        if document.text != gold.text:
            raise InputError(f"{gold.id}: the document's text differs from the gold text; give the original file")
        result = pipeline.link(document)
        score_document(gold, result, evaluation, types=scored_types)
    for table in (evaluation.spans, evaluation.entities):
        total = Score()
        for gold_type in sorted(scored_types):
            score = table[gold_type]
            total.tp, total.fp, total.fn = total.tp + score.tp, total.fp + score.fp, total.fn + score.fn
        table["ALL"] = total
    return evaluation


def format_evaluation(evaluation: Evaluation, *, show: int = 20) -> str:
    """A readable report: the score table, then the most frequent misses and false alarms."""
    lines = [f"documents {evaluation.documents}", ""]
    lines.append(
        f"{'type':<6} {'span P':>7} {'span R':>7} {'span F1':>8}   {'ent P':>6} {'ent R':>6} {'ent F1':>7}   {'gold':>6} {'found':>6}"
    )
    for gold_type in sorted(evaluation.spans, key=lambda t: (t == "ALL", t)):
        s, e = evaluation.spans[gold_type], evaluation.entities[gold_type]
        lines.append(
            f"{gold_type:<6} {s.precision:7.3f} {s.recall:7.3f} {s.f1:8.3f}   {e.precision:6.3f} {e.recall:6.3f} {e.f1:7.3f}"
            f"   {s.tp + s.fn:6d} {s.tp + s.fp:6d}"
        )
    if show:
        for title, counter in (("misses", evaluation.misses), ("false alarms", evaluation.false_alarms)):
            lines += ["", f"{title} (most frequent {show} of {sum(counter.values())}):"]
            lines += [f"  {n:4d}  {t:<5} {text!r}" for (t, text), n in counter.most_common(show)]
    return "\n".join(lines) + "\n"
