"""Relate: facts between the entities of a document, each with its evidence.

This stage cuts a document into sentences, records which entities occur together in a
sentence (``coOccursWith``, with a count) and finds typed relations with patterns over
the mentions of one sentence: publishes (发布, 发表, 印发 …), establishes (成立, 设立,
共建 …), cooperatesWith (A 与 B 合作/共建/签署), roleAt (a person with a title at an
organization), uses (利用, 采用 … a technology), about (a named document whose title
names a technology), locatedIn and partOf (an organization whose name begins with a
place or with another organization's name). Every relation keeps the sentence, its
offsets and the rule that produced it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from kg.gazetteer import Gazetteer, default_gazetteer
from kg.link import entity_from_entry
from kg.model import DocumentResult, Entity, Evidence, LinkedMention, Relation

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


_PUBLISH = re.compile(r"发布|发表|印发|公布|出台|推出|颁布|发出")
_ESTABLISH = re.compile(r"成立|设立|挂牌|组建|建立|共建|创建|筹建")
_COOPERATE = re.compile(r"合作|共建|签署|签订|联合|携手|共同")
_USE = re.compile(r"利用|使用|采用|应用|运用|借助|部署|引入")
_AND = re.compile(r"^\s*(?:与|和|同|及|、)\s*$")
_CLAUSE_BREAK = re.compile(r"[，,；;。！？：:]")


def _evidence(result: DocumentResult, sentence: Sentence, article: int | None, rule: str) -> Evidence:
    return Evidence(result.document.id, article, sentence.text, sentence.start, sentence.end, rule)


class _Facts:
    """Collects typed relations, merging repeated ones and their evidence."""

    def __init__(self) -> None:
        self.found: dict[tuple[str, str, str, str | None], list[Evidence]] = defaultdict(list)

    def add(self, subject: str, predicate: str, obj: str, evidence: Evidence, detail: str | None = None) -> None:
        if subject != obj and evidence not in self.found[(subject, predicate, obj, detail)]:
            self.found[(subject, predicate, obj, detail)].append(evidence)

    def relations(self) -> list[Relation]:
        return [
            Relation(s, p, o, tuple(evidence), detail)
            for (s, p, o, detail), evidence in sorted(
                self.found.items(), key=lambda item: (item[0][:3], item[0][3] or "")
            )
        ]


def _typed_relations(
    result: DocumentResult, sentence: Sentence, mentions: list[LinkedMention], facts: _Facts, gazetteer: Gazetteer
) -> None:
    text = result.document.text
    entities = result.entities
    article = mentions[0].article

    def kind(linked: LinkedMention) -> str:
        return entities[linked.entity_key].type

    def between(first: LinkedMention, second: LinkedMention) -> str:
        return text[first.mention.end : second.mention.start]

    for index, linked in enumerate(mentions):
        # roleAt: 海关总署新闻发言人张广志, 广州大学公共管理学院院长陈潭, 市委书记万庆良
        if kind(linked) == "Person":
            previous = mentions[index - 1] if index > 0 else None
            gap = between(previous, linked).strip() if previous else ""
            title = _title_in(gap, gazetteer) if previous else None
            if title and previous and kind(previous) == "Organization" and not _CLAUSE_BREAK.search(gap):
                if previous.mention.text in _BODIES_IN_TITLES and gap == title:
                    title = previous.mention.text + title  # 市委书记: the role as it is said
                facts.add(
                    linked.entity_key,
                    "roleAt",
                    previous.entity_key,
                    _evidence(result, sentence, article, "title-between"),
                    title,
                )
            elif (
                body := _body_before_title(text[max(0, linked.mention.start - 8) : linked.mention.start], gazetteer)
            ) is not None:
                # 市委书记万庆良: the body is written into the title.
                label, role = body
                key = f"Organization:{label}"
                entities.setdefault(
                    key, Entity(key=key, type="Organization", label=label, subtype="PoliticalOrganization")
                )
                facts.add(linked.entity_key, "roleAt", key, _evidence(result, sentence, article, "body-in-title"), role)
            elif (
                title
                and previous
                and kind(previous) == "Place"
                and not _CLAUSE_BREAK.search(gap)
                and title.endswith("长")
            ):
                body = title[:-1]
                if body and body[-1] in "部局委署厅":
                    label = entities[previous.entity_key].label + body
                    key = f"Organization:{label}"
                    entities.setdefault(
                        key, Entity(key=key, type="Organization", label=label, subtype="GovernmentOrganization")
                    )
                    facts.add(
                        linked.entity_key,
                        "roleAt",
                        key,
                        _evidence(result, sentence, article, "place-ministry-title"),
                        title,
                    )
        if index + 1 >= len(mentions):
            continue
        following = mentions[index + 1]
        gap = between(linked, following)
        # cooperatesWith: A 与 B … 合作/共建/签署
        if kind(linked) == kind(following) == "Organization" and _AND.match(gap):
            rest = text[following.mention.end : sentence.end]
            if _COOPERATE.search(rest[:20]):
                facts.add(
                    linked.entity_key,
                    "cooperatesWith",
                    following.entity_key,
                    _evidence(result, sentence, article, "a-and-b-cooperate"),
                )
    # Verb patterns: subject before the verb in the same clause, object after it.
    for pattern, predicate, object_types in (
        (_PUBLISH, "publishes", {"Document"}),
        (_ESTABLISH, "establishes", {"Organization"}),
        (_USE, "uses", {"Technology"}),
    ):
        for match in pattern.finditer(text, sentence.start, sentence.end):
            subjects = [m for m in mentions if m.mention.end <= match.start() and kind(m) in ("Organization", "Person")]
            objects = [m for m in mentions if m.mention.start >= match.end() and kind(m) in object_types]
            if not objects:
                continue
            target = objects[0]
            if _CLAUSE_BREAK.search(text[match.end() : target.mention.start]) and predicate != "publishes":
                continue
            # The subjects: the nearest one, and the one joined to it by 与/和 (A 与 B 共建 C).
            chosen = []
            if subjects:
                nearest = subjects[-1]
                if not _CLAUSE_BREAK.search(text[nearest.mention.end : match.start()]) or predicate == "publishes":
                    chosen.append(nearest)
                    if len(subjects) > 1 and _AND.match(between(subjects[-2], nearest)):
                        chosen.append(subjects[-2])
            for subject in chosen:
                facts.add(
                    subject.entity_key,
                    predicate,
                    target.entity_key,
                    _evidence(result, sentence, article, f"{predicate}-verb"),
                )
    # about: a named document whose title names a technology.
    for linked in mentions:
        if kind(linked) != "Document":
            continue
        for _start, _end, key in gazetteer.find(linked.mention.text):
            entry = gazetteer.entries[key]
            if entry.type == "Technology":
                entities.setdefault(entry.key, entity_from_entry(entry))
                facts.add(
                    linked.entity_key, "about", entry.key, _evidence(result, sentence, article, "technology-in-title")
                )


_BODIES_IN_TITLES = ("市委", "省委", "县委", "区委", "州委", "党委", "市政府", "省政府", "县政府")


def _body_before_title(before: str, gazetteer: Gazetteer) -> tuple[str, str] | None:
    """``(body, role)`` when ``before`` ends with a body and a title: 市委书记."""
    for body in _BODIES_IN_TITLES:
        index = before.rfind(body)
        if index >= 0:
            title = before[index + len(body) :]
            if title and title in gazetteer.titles:
                return body, before[index:]
    return None


def _title_in(gap: str, gazetteer: Gazetteer) -> str | None:
    """The title that ``gap`` ends with (新闻发言人, 院长, 市委书记), if any."""
    if not gap or len(gap) > 10:
        return None
    for start in range(len(gap)):
        candidate = gap[start:]
        if candidate in gazetteer.titles:
            return candidate
    for length in range(min(len(gap), 4), 1, -1):
        if gap[-length:] in gazetteer.titles:
            return gap
    return None


def _name_relations(
    result: DocumentResult, first_sentence: dict[str, tuple[Sentence, int | None]], facts: _Facts, gazetteer: Gazetteer
) -> None:
    """locatedIn and partOf read from names: 广西物联网标准化技术委员会 is in 广西,
    广州大学公共管理学院 is part of 广州大学."""
    entities = result.entities
    organizations = [e for e in entities.values() if e.type == "Organization" and e.key in first_sentence]
    labels = {e.label: e.key for e in organizations}
    for entity in organizations:
        sentence, article = first_sentence[entity.key]
        for length in range(len(entity.label) - 1, 1, -1):
            head = entity.label[:length]
            place = gazetteer.lookup(head)
            if place is not None and place.type == "Place":
                entities.setdefault(place.key, entity_from_entry(place))
                facts.add(entity.key, "locatedIn", place.key, _evidence(result, sentence, article, "place-in-name"))
                break
        if entity.subtype == "MediaOutlet":
            continue
        for length in range(len(entity.label) - 2, 2, -1):
            head = entity.label[:length]
            parent_key = labels.get(head)
            if parent_key is None and (known := gazetteer.lookup(head)) is not None and known.type == "Organization":
                parent_key = known.key
                entities.setdefault(known.key, entity_from_entry(known))
            if parent_key and parent_key != entity.key and entities[parent_key].subtype != "MediaOutlet":
                facts.add(
                    entity.key, "partOf", parent_key, _evidence(result, sentence, article, "organization-in-name")
                )
                break


def relate(result: DocumentResult, *, gazetteer: Gazetteer | None = None) -> DocumentResult:
    """Add the relations of one document to ``result`` and return it."""
    gazetteer = gazetteer or default_gazetteer()
    text = result.document.text
    sentence_list = sentences(text)
    by_sentence: dict[Sentence, list[LinkedMention]] = defaultdict(list)
    for linked in result.mentions:
        sentence = _sentence_of(sentence_list, linked.mention.start)
        if sentence is not None:
            by_sentence[sentence].append(linked)
    relations: list[Relation] = []
    facts = _Facts()
    first_sentence: dict[str, tuple[Sentence, int | None]] = {}
    pairs: dict[tuple[str, str], list[Evidence]] = defaultdict(list)
    for sentence, linked_mentions in sorted(by_sentence.items(), key=lambda item: item[0].start):
        article = linked_mentions[0].article
        for linked in linked_mentions:
            first_sentence.setdefault(linked.entity_key, (sentence, article))
        _typed_relations(result, sentence, linked_mentions, facts, gazetteer)
        keys = sorted({m.entity_key for m in linked_mentions})
        evidence = Evidence(result.document.id, article, sentence.text, sentence.start, sentence.end, "same-sentence")
        for i, first in enumerate(keys):
            for second in keys[i + 1 :]:
                pairs[(first, second)].append(evidence)
    _name_relations(result, first_sentence, facts, gazetteer)
    relations.extend(facts.relations())
    for (first, second), evidence in sorted(pairs.items()):
        relations.append(Relation(first, "coOccursWith", second, tuple(evidence)))
    result.relations.extend(relations)
    return result
