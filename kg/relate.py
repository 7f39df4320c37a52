"""Relate: facts between the entities of a document, each with its evidence.

This stage cuts a document into sentences and records which entities occur together
in a sentence (``coOccursWith``, with a count). Typed relations found by patterns in
sentences are added by the pattern rules of this module.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from kg.model import DocumentResult, Evidence, LinkedMention, Relation

_SENTENCE_END = re.compile(r"[。！？!?；;]+[”’」』）)]*|\n\s*\n|\n(?=#)")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a document with its offsets."""

    start: int
    end: int
    text: str


def sentences(text: str) -> list[Sentence]:
    """The sentences of ``text``: cut after 。！？； and at blank lines, trimmed.

    Examples
    --------
    >>> [s.text for s in sentences("第一句。第二句！\\n\\n标题")]
    ['第一句。', '第二句！', '标题']
    """
    result = []
    position = 0
    for match in _SENTENCE_END.finditer(text):
        _append_trimmed(result, text, position, match.end())
        position = match.end()
    _append_trimmed(result, text, position, len(text))
    return result


def _append_trimmed(result: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        result.append(Sentence(start, end, text[start:end]))


def sentence_index(text: str) -> list[Sentence]:
    """Alias of :func:`sentences`, kept for readability at call sites."""
    return sentences(text)


def _sentence_of(sentence_list: list[Sentence], offset: int) -> Sentence | None:
    low, high = 0, len(sentence_list) - 1
    while low <= high:
        middle = (low + high) // 2
        sentence = sentence_list[middle]
        if offset < sentence.start:
            high = middle - 1
        elif offset >= sentence.end:
            low = middle + 1
        else:
            return sentence
    return None


def relate(result: DocumentResult) -> DocumentResult:
    """Add the relations of one document to ``result`` and return it."""
    text = result.document.text
    sentence_list = sentences(text)
    by_sentence: dict[Sentence, list[LinkedMention]] = defaultdict(list)
    for linked in result.mentions:
        sentence = _sentence_of(sentence_list, linked.mention.start)
        if sentence is not None:
            by_sentence[sentence].append(linked)
    relations: list[Relation] = []
    pairs: dict[tuple[str, str], list[Evidence]] = defaultdict(list)
    for sentence, linked_mentions in sorted(by_sentence.items(), key=lambda item: item[0].start):
        article = linked_mentions[0].article
        keys = sorted({m.entity_key for m in linked_mentions})
        evidence = Evidence(result.document.id, article, sentence.text, sentence.start, sentence.end, "same-sentence")
        for i, first in enumerate(keys):
            for second in keys[i + 1 :]:
                pairs[(first, second)].append(evidence)
    for (first, second), evidence in sorted(pairs.items()):
        relations.append(Relation(first, "coOccursWith", second, tuple(evidence)))
    result.relations.extend(relations)
    return result
