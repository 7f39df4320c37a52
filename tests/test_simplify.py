"""Simplify: traditional characters read as simplified, offsets and surfaces kept."""

from __future__ import annotations

import pytest

from kg.ingest import make_document
from kg.simplify import simplified_text

TRADITIONAL = "國務院港澳事務辦公室主任夏寶龍會見了香港中華總商會代表團。創新科技及工業局局長孫東表示歡迎。"


def test_traditional_characters_are_simplified_one_for_one():
    simple = simplified_text(TRADITIONAL)
    assert simple.startswith("国务院港澳事务办公室主任夏宝龙会见了香港中华总商会代表团")
    assert len(simple) == len(TRADITIONAL)


def test_a_text_in_traditional_characters_reads_their_forms_that_gb2312_also_has():
    # 後 of 其後 (afterwards), though GB2312 has 後 as a surname: else 孫東其 is a name
    assert simplified_text("創新科技及工業局局長孫東其後前往杭州。") == "创新科技及工业局局长孙东其后前往杭州。"
    # Near-miss: a simplified text quoting one traditional name keeps the surname 後.
    assert simplified_text("後宏伟访问臺北。") == "後宏伟访问台北。"


@pytest.mark.parametrize(
    "text",
    [
        # Near-misses: simplified text stays as it is, though a whole-text conversion
        # would read the surname 沈 as 沉 and 乾隆 as 干隆; so do characters no table maps.
        "生于1986年的沈思远，曾获全国冠军。",
        "乾隆著名的诗作。",
        "朱镕基与吉喆出席会议。㐀•",
        # 昇, a standard character of simplified names and brands (昇腾), though OpenCC
        # maps it to 升; and no character becomes one beyond the BMP (赵孟頫, not 𫖯)
        "华为发布昇腾AI云服务，展出赵孟頫的书法。",
    ],
)
def test_simplified_text_is_left_alone(text):
    assert simplified_text(text) is text or simplified_text(text) == text


def test_a_traditional_article_is_read_as_simplified_with_its_own_words_kept(pipeline):
    document = make_document("hk.txt", TRADITIONAL, path="hk.txt")
    result = pipeline.process(document)
    found = {(m.mention.text, result.entities[m.entity_key].label) for m in result.mentions}
    # the gazetteer's body and a person, named as written and labelled simplified
    assert ("國務院港澳事務辦公室", "国务院港澳事务办公室") in found
    assert ("夏寶龍", "夏宝龙") in found
    assert all(TRADITIONAL[m.mention.start : m.mention.end] == m.mention.text for m in result.mentions)
    role = next(r for r in result.relations if r.predicate == "roleAt")
    assert result.entities[role.object].label == "国务院港澳事务办公室"
    assert all(TRADITIONAL[e.start : e.end] == e.sentence for r in result.relations for e in r.evidence)
    assert result.document is document


def test_hong_kongs_variant_characters_are_simplified_too():
    assert simplified_text("醫務衞生局局長") == "医务卫生局局长"


def test_the_surname_yu_after_a_title_stays_in_traditional_text():
    assert (
        simplified_text("前廣東省委常委、宣傳部部長於幼軍被開除黨籍。")
        == "前广东省委常委、宣传部部长於幼军被开除党籍。"
    )
    # Near-miss: 於 of a place where something is held or lies is 于.
    assert simplified_text("會議於香港會議展覽中心舉行，中心位於灣仔。") == "会议于香港会议展览中心举行，中心位于湾仔。"
