"""Simplify: read news written in traditional characters as simplified, offsets kept.

Hong Kong's, Macao's and Taiwan's government news is written in traditional characters
(國務院港澳事務辦公室, 孫東), while jieba's dictionary, kg's gazetteers and rules are
simplified. The pipeline extracts, links and relates over a simplified copy of such a
document, character for character, so every offset stays valid in the original text, and
then gives mentions and evidence their original surface text; labels of entities are the
simplified names, so 孫東 and 孙东 are one person.

Only characters outside GB2312, the standard simplified character set, are converted,
one by one with OpenCC's traditional-to-simplified table: a simplified text is left as it
is (OpenCC's whole-text conversion would turn the surname 沈 into 沉 and 乾隆 into 干隆),
and a simplified text that quotes a traditional name (臺灣) reads it simplified too.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from kg.model import Document, DocumentResult, LinkedMention

if TYPE_CHECKING:
    import opencc


def simplified_text(text: str) -> str:
    """``text`` with its traditional characters simplified, as long as ``text``.

    Examples
    --------
    >>> simplified_text("國務院港澳事務辦公室主任夏寶龍會見代表團")
    '国务院港澳事务办公室主任夏宝龙会见代表团'
    >>> simplified_text("數字政策專員表示，「智方便」平台")  # its quotation marks too
    '数字政策专员表示，“智方便”平台'
    >>> simplified_text("沈思远著有《乾隆传》")  # simplified already: left alone
    '沈思远著有《乾隆传》'
    """
    try:
        text.encode("gb2312")
    except UnicodeEncodeError:
        pass
    else:
        return text  # every character is a simplified one (the common case: C speed)
    mapping = {ord(ch): simple for ch in set(text) if (simple := _simplified_character(ch)) is not None}
    if not mapping:
        return text
    surnames: list[int] = []
    if len(mapping) >= _WRITTEN_IN_TRADITIONAL:
        # 孫東其後前往杭州: a text written in traditional characters writes 後 for 后 (其後,
        # 之後), though GB2312 has 後 as a surname; a simplified text quoting 臺灣 keeps it
        mapping |= {ord(ch): simple for ch, simple in _TRADITIONAL_IN_GB2312.items() if ch in text}
        # …宣傳部部長於幼軍: 於 right after a title or opening a clause, before a name, is
        # the surname 於, which simplified writing keeps (not 於是, 於今日, 於2024年)
        surnames = [m.start() for m in _SURNAME_YU.finditer(text)]
    # 「智方便」: traditional writing's quotation marks, which kg's rules read as “智方便”
    simple = text.translate(mapping | _QUOTES)
    for position in surnames:
        simple = simple[:position] + "於" + simple[position + 1 :]
    return simple


#: 於 as a surname: after a title's last character or a clause's opening, before two
#: characters of a name (not 於是, 於此, 於今, a date or a number after it).
_SURNAME_YU = re.compile(
    r"(?:(?<=^)|(?<=[长長記记席員员任理事裁官，。、；：（(「“\s]))於(?=[\u4e00-\u9fff]{1,2}(?:[^\u4e00-\u9fff]|$|被|表示|說|说|指出))"
    r"(?![是此今後后日月年本該该其明昨會会一二三四五六七八九十\d])"
)


#: Characters of GB2312 that traditional writing uses for other simplified ones (後 for 后
#: in 其後, 於 for 于, 徵 for 征, 夥 for 伙, 麽 for 么), read so in a text written in traditional
#: characters: one with at least this many different characters outside GB2312 to simplify.
_TRADITIONAL_IN_GB2312 = {"後": "后", "於": "于", "徵": "征", "夥": "伙", "麽": "么"}
_WRITTEN_IN_TRADITIONAL = 3

_QUOTES = {ord("「"): "“", ord("」"): "”", ord("『"): "‘", ord("』"): "’"}


@cache
def _simplified_character(character: str) -> str | None:
    """The simplified form of a Chinese character outside GB2312, if it has one."""
    if not ("\u3400" <= character <= "\u9fff" or "\uf900" <= character <= "\ufaff"):
        return None
    if character in _STANDARD_AS_WRITTEN:
        return None
    try:
        character.encode("gb2312")
    except UnicodeEncodeError:
        simple = _converter().convert(character)
        # 頫 → 𫖯: a form beyond the Basic Multilingual Plane, which no name kg knows uses
        return simple if len(simple) == 1 and simple != character and ord(simple) <= 0xFFFF else None
    return None


#: Characters outside GB2312 that simplified Chinese writes as they are (the 2013 Table of
#: General Standard Chinese Characters lists them) though OpenCC maps them to a variant:
#: 昇 of 昇腾 (Huawei's Ascend) and of names, 濛 of 濛濛细雨.
_STANDARD_AS_WRITTEN = frozenset("昇濛")


@cache
def _converter() -> opencc.OpenCC:
    """OpenCC's traditional-to-simplified converter, imported on first use: only text
    with characters outside GB2312 needs it. Hong Kong's, which also knows the variants
    Hong Kong writes (衞 for 衛: 醫務衞生局, 衞生署)."""
    import opencc

    return opencc.OpenCC("hk2s")


def simplified_document(document: Document) -> Document:
    """``document`` with its text and article titles simplified (the same document when
    there is nothing to simplify)."""
    text = simplified_text(document.text)
    if text is document.text:
        return document
    articles = tuple(
        replace(
            article, title=simplified_text(article.title), source=article.source and simplified_text(article.source)
        )
        for article in document.articles
    )
    return replace(document, text=text, articles=articles)


def with_original_text(result: DocumentResult, original: Document) -> DocumentResult:
    """``result``, found over a simplified copy of ``original``, with the original's
    document, and the original's words as the surface text of mentions and evidence."""
    simplified = result.document.text

    def surface(text: str, start: int, end: int) -> str:
        return original.text[start:end] if simplified[start:end] == text else text

    result.document = original
    result.mentions = [
        LinkedMention(
            replace(linked.mention, text=surface(linked.mention.text, linked.mention.start, linked.mention.end)),
            linked.entity_key,
            linked.article,
        )
        for linked in result.mentions
    ]
    result.relations = [
        replace(
            relation,
            evidence=tuple(
                replace(evidence, sentence=surface(evidence.sentence, evidence.start, evidence.end))
                for evidence in relation.evidence
            ),
        )
        for relation in result.relations
    ]
    return result
