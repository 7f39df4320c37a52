"""Score typed relations against a gold list of facts a careful analyst recorded.

Gold files hold one JSON object per line: ``{"subject", "predicate", "object",
"evidence"}`` (and ``"role"`` for ``roleAt``), where subject and object are canonical
names. A predicted relation matches a gold one when the predicates are equal and each
side's entity goes by the gold name: its label, English label or one of its aliases,
compared without spaces, title marks (《》) and quotes, and case-insensitively. When the
gold entity annotation of the same document (``*.entities.jsonl`` beside the relations
file) is at hand, an entity also goes by the canonical name of every gold mention it
shares an exact span with — 市委 in a sentence about 广州 is then 中共广州市委, as the
annotation says. ``cooperatesWith`` and ``competesWith`` are symmetric. Co-occurrence
is not a typed relation and is never scored.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError
from kg.evaluate import Score, gold_lines
from kg.model import DocumentResult, Entity
from kg.relate import confidence

#: Predicates whose direction does not matter.
SYMMETRIC = frozenset({"cooperatesWith", "competesWith", "coOccursWith"})

_NOISE = re.compile(r"[\s《》〈〉“”‘’\"'「」『』()（）]+")
_INNER_TITLE = re.compile(r"《([^《》]+)》")


def normalise_name(name: str) -> str:
    """A name as it is compared: no spaces, title marks, quotes or brackets, lower case.

    Examples
    --------
    >>> normalise_name("《2013 年中国人权事业的进展》白皮书")
    '2013年中国人权事业的进展白皮书'
    >>> normalise_name("Magic  Quadrant")
    'magicquadrant'
    """
    return _NOISE.sub("", name).lower()


def _gold_names(name: str) -> frozenset[str]:
    """The forms a gold name is recognised by: the whole name, the part before an
    English name (``北京 | Beijing``), and a title in 《》 on its own (《…》白皮书)."""
    forms = {name, *name.split(" | ")}
    forms.update(match.group(1) for match in _INNER_TITLE.finditer(name))
    return frozenset(normalise_name(form) for form in forms if form.strip())


@dataclass(frozen=True, slots=True)
class GoldRelation:
    """One fact of the gold list."""

    subject: str
    predicate: str
    object: str
    evidence: str = ""
    role: str | None = None


@dataclass(frozen=True, slots=True)
class PredictedRelation:
    """A typed relation found by kg, with the names its entities go by."""

    subject: str
    predicate: str
    object: str
    subject_names: frozenset[str]
    object_names: frozenset[str]
    evidence: str
    rule: str
    confidence: float = 1.0


@dataclass(slots=True)
class RelationEvaluation:
    """Precision and recall per predicate (and ``ALL``), with the facts behind them.

    ``by_confidence`` holds, for each confidence a prediction has, the overall score of
    the predictions at least that sure: the precision-recall trade-off in one table."""

    scores: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    found: list[tuple[GoldRelation, PredictedRelation]] = field(default_factory=list)
    misses: list[GoldRelation] = field(default_factory=list)
    false_alarms: list[PredictedRelation] = field(default_factory=list)
    min_confidence: float = 0.0
    by_confidence: dict[float, Score] = field(default_factory=dict)


def read_gold_relations(path: str | Path) -> list[GoldRelation]:
    """The facts of a gold relations file."""
    path = Path(path)
    gold = []
    for number, line in gold_lines(path):
        try:
            record = json.loads(line)
            gold.append(
                GoldRelation(
                    subject=record["subject"],
                    predicate=record["predicate"],
                    object=record["object"],
                    evidence=record.get("evidence", ""),
                    role=record.get("role"),
                )
            )
        except (KeyError, TypeError, ValueError) as error:
            raise InputError(
                f'{path}:{number}: not a gold relation ({error}); expected {{"subject", "predicate", "object", "evidence"}}'
            ) from error
    return gold


def _entity_names(entity: Entity) -> set[str]:
    names = {entity.label, *entity.aliases}
    if entity.label_en:
        names.add(entity.label_en)
    return {normalise_name(name) for name in names if name}


def _gold_span_names(entities_gold: Path | None) -> dict[str, dict[tuple[int, int], str]]:
    """Per gold text id, the canonical name of each gold mention span."""
    if entities_gold is None or not entities_gold.is_file():
        return {}
    by_document: dict[str, dict[tuple[int, int], str]] = {}
    for number, line in gold_lines(entities_gold):
        try:
            record = json.loads(line)
        except ValueError as error:
            raise InputError(f"{entities_gold}:{number}: not JSON ({error})") from error
        spans = {}
        for entity in record.get("entities", []):
            canonical = entity.get("canonical") or entity.get("text", "")
            spans[(int(entity["start"]), int(entity["end"]))] = canonical
        by_document[record.get("text", "")] = spans
    return by_document


def predicted_relations(
    results: Iterable[DocumentResult], *, entities_gold: str | Path | None = None
) -> list[PredictedRelation]:
    """The typed relations of ``results`` with every name their entities go by."""
    span_names = _gold_span_names(Path(entities_gold) if entities_gold else None)
    predicted = []
    for result in results:
        names: dict[str, set[str]] = {key: _entity_names(entity) for key, entity in result.entities.items()}
        gold_spans = span_names.get(result.document.text, {})
        for linked in result.mentions:
            canonical = gold_spans.get((linked.mention.start, linked.mention.end))
            if canonical:
                names[linked.entity_key] |= _gold_names(canonical)
        for relation in result.relations:
            if relation.predicate == "coOccursWith":
                continue
            evidence = relation.evidence[0] if relation.evidence else None
            predicted.append(
                PredictedRelation(
                    subject=result.entities[relation.subject].label,
                    predicate=relation.predicate,
                    object=result.entities[relation.object].label,
                    subject_names=frozenset(names.get(relation.subject, ())),
                    object_names=frozenset(names.get(relation.object, ())),
                    evidence=evidence.sentence if evidence else "",
                    rule=evidence.rule if evidence else "",
                    confidence=confidence(relation),
                )
            )
    return predicted


def _matches(gold: GoldRelation, predicted: PredictedRelation) -> bool:
    if gold.predicate != predicted.predicate:
        return False
    subject, obj = _gold_names(gold.subject), _gold_names(gold.object)
    if subject & predicted.subject_names and obj & predicted.object_names:
        return True
    return gold.predicate in SYMMETRIC and bool(subject & predicted.object_names and obj & predicted.subject_names)


def score_relations(
    results: Iterable[DocumentResult],
    gold_path: str | Path,
    *,
    entities_gold: str | Path | None = None,
    min_confidence: float = 0.0,
) -> RelationEvaluation:
    """Precision and recall of the typed relations of ``results`` against ``gold_path``.

    ``entities_gold`` is the gold entity annotation of the same documents; by default
    the ``*.entities.jsonl`` file beside a ``*.relations.jsonl`` gold file, when present.
    A predicted relation that matches no gold fact is a false alarm, a gold fact that
    no predicted relation matches is a miss; several predictions of one gold fact (two
    subjects linked to the same gold entity) count once. Only predictions at least
    ``min_confidence`` sure are scored.

    Examples
    --------
    >>> import json, tempfile
    >>> from kg.ingest import make_document
    >>> from kg.model import DocumentResult, Entity, Evidence, Relation
    >>> doc = make_document("d", "国务院印发《规划》。", path="d")
    >>> result = DocumentResult(doc, entities={
    ...     "a": Entity("a", "Organization", "国务院"), "b": Entity("b", "Document", "规划")})
    >>> result.relations.append(Relation("a", "publishes", "b", (Evidence("d", None, "国务院印发《规划》。", 0, 10, "publishes-verb"),)))
    >>> with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as gold:
    ...     _ = gold.write(json.dumps({"subject": "国务院", "predicate": "publishes", "object": "《规划》"}) + "\\n")
    >>> score = score_relations([result], gold.name).scores["ALL"]
    >>> score.precision, score.recall
    (1.0, 1.0)
    """
    gold_path = Path(gold_path)
    if entities_gold is None and gold_path.name.endswith(".relations.jsonl"):
        entities_gold = gold_path.with_name(gold_path.name.replace(".relations.jsonl", ".entities.jsonl"))
    gold = read_gold_relations(gold_path)
    predicted = predicted_relations(results, entities_gold=entities_gold)
    evaluation = _score(gold, [p for p in predicted if p.confidence >= min_confidence])
    evaluation.min_confidence = min_confidence
    for threshold in sorted({p.confidence for p in predicted}, reverse=True):
        evaluation.by_confidence[threshold] = _score(gold, [p for p in predicted if p.confidence >= threshold]).scores[
            "ALL"
        ]
    return evaluation


def _score(gold: list[GoldRelation], predicted: list[PredictedRelation]) -> RelationEvaluation:
    evaluation = RelationEvaluation()
    matched_predictions: set[int] = set()
    for fact in gold:
        hits = [i for i, p in enumerate(predicted) if _matches(fact, p)]
        if hits:
            evaluation.scores[fact.predicate].tp += 1
            evaluation.found.append((fact, predicted[hits[0]]))
            matched_predictions.update(hits)
        else:
            evaluation.scores[fact.predicate].fn += 1
            evaluation.misses.append(fact)
    for index, prediction in enumerate(predicted):
        if index not in matched_predictions:
            evaluation.scores[prediction.predicate].fp += 1
            evaluation.false_alarms.append(prediction)
    total = Score()
    for score in list(evaluation.scores.values()):
        total.tp, total.fp, total.fn = total.tp + score.tp, total.fp + score.fp, total.fn + score.fn
    evaluation.scores["ALL"] = total
    return evaluation


def format_relation_evaluation(evaluation: RelationEvaluation, *, show: int = 20) -> str:
    """A readable report: precision and recall per predicate, then the misses and false alarms."""
    lines = [f"typed relations with confidence >= {evaluation.min_confidence:g}", ""]
    lines.append(f"{'predicate':<15} {'P':>6} {'R':>6} {'F1':>6}   {'gold':>4} {'found':>5} {'right':>5}")
    for predicate in sorted(evaluation.scores, key=lambda p: (p == "ALL", p)):
        s = evaluation.scores[predicate]
        lines.append(
            f"{predicate:<15} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}   {s.tp + s.fn:4d} {s.tp + s.fp:5d} {s.tp:5d}"
        )
    if evaluation.by_confidence:
        lines += ["", "all predicates, by minimum confidence:", f"{'confidence':>10} {'P':>6} {'R':>6} {'F1':>6}"]
        lines += [
            f"{threshold:>10.2f} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}"
            for threshold, s in evaluation.by_confidence.items()
        ]
    lines += ["", f"misses ({len(evaluation.misses)}):"]
    lines += [f"  {g.subject} {g.predicate} {g.object}  — {g.evidence}" for g in evaluation.misses[:show]]
    lines += ["", f"false alarms ({len(evaluation.false_alarms)}):"]
    lines += [
        f"  {p.subject} {p.predicate} {p.object}  [{p.rule} {p.confidence:.2f}] {p.evidence[:60]}"
        for p in evaluation.false_alarms[:show]
    ]
    return "\n".join(lines) + "\n"
