"""The plain values that flow from one pipeline stage to the next.

Offsets are always character offsets into the original decoded document text, end
exclusive, so that ``document.text[m.start:m.end] == m.text`` holds for every mention.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

#: The entity types kg recognises, in the order they are reported.
ENTITY_TYPES = ("Organization", "Place", "Person", "Technology", "Document", "Event")


@dataclass(frozen=True, slots=True)
class Article:
    """One article of a document: a bulletin holds many, a plain document is one."""

    doc_id: str
    number: int
    title: str
    start: int
    """Offset of the article's heading (or of the document's first character)."""
    end: int
    body_start: int
    """Offset where the article's text starts, after its heading line."""
    source: str | None = None
    """The outlet named in the trailing parentheses, such as 新华网."""
    date: str | None = None
    """ISO date (YYYY-MM-DD) of the article or of its bulletin."""


@dataclass(frozen=True, slots=True)
class Document:
    """A decoded input document and the articles it was split into."""

    id: str
    """The file name, or the ``id`` of a ``.jsonl`` line."""
    text: str
    path: str
    title: str | None = None
    date: str | None = None
    encoding: str = "utf-8"
    articles: tuple[Article, ...] = ()

    def article_at(self, offset: int) -> Article | None:
        """The article containing ``offset``, or ``None`` for front matter. Articles
        follow one another, so the one starting last at or before ``offset`` is found by
        bisection: a document of thousands of articles is asked for each name."""
        index = bisect_right(self.articles, offset, key=_article_start) - 1
        if index >= 0 and offset < self.articles[index].end:
            return self.articles[index]
        return None


def _article_start(article: Article) -> int:
    return article.start


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of a document that names something of a known type."""

    doc_id: str
    start: int
    end: int
    text: str
    type: str
    rule: str
    """What found it: ``gazetteer``, ``org-suffix``, ``person-title`` ..."""
    key: str | None = None
    """Gazetteer id (or canonical name) the span was matched against, if any;
    ``@START:END`` when it is a short form of the mention at those offsets; ``~TITLE``
    for a bare surname before a title (刘 of 刘主任) that names no one else in the
    article, which the linker makes a person of this document alone; ``+BODY`` for a
    unit named without its body, after another unit of it or after the body and its
    short form in brackets (光华管理学院 in 北京大学经济学院、光华管理学院: ``+北京大学``)."""
    subtype: str | None = None
    """A finer class such as ``City`` or ``GovernmentOrganization``."""


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world thing, whatever names it goes by."""

    key: str
    """Stable identifier: a gazetteer id or ``<type>:<canonical name>``."""
    type: str
    label: str
    subtype: str | None = None
    label_en: str | None = None
    aliases: tuple[str, ...] = ()
    parent: str | None = None
    """Key of the containing entity (a division's province, an agency's ministry)."""
    lat: float | None = None
    lon: float | None = None
    concept_iri: str | None = None
    """For technologies, the SKOS concept IRI of the vocabulary."""


@dataclass(frozen=True, slots=True)
class LinkedMention:
    """A mention resolved to the entity it names."""

    mention: Mention
    entity_key: str
    article: int | None
    """Number of the article it stands in, ``None`` for front matter."""


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact was read: the sentence, its offsets and the rule that fired."""

    doc_id: str
    article: int | None
    sentence: str
    start: int
    end: int
    rule: str


@dataclass(frozen=True, slots=True)
class Relation:
    """A typed fact between two entities with the evidence for it."""

    subject: str
    predicate: str
    object: str
    evidence: tuple[Evidence, ...] = ()
    detail: str | None = None
    """Extra text of the fact, such as the role in ``roleAt`` (新闻发言人)."""


@dataclass(slots=True)
class DocumentResult:
    """Everything the pipeline learned from one document."""

    document: Document
    mentions: list[LinkedMention] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
