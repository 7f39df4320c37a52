"""Linking: every surface form of one real-world thing resolves to one entity."""

from __future__ import annotations

from kg.ingest import make_document


def entity_labels(pipeline, text: str) -> dict[str, str]:
    """Surface form -> label of the entity it was linked to."""
    result = pipeline.process(make_document("l.txt", text, path="l.txt"))
    return {m.mention.text: result.entities[m.entity_key].label for m in result.mentions}


def test_a_known_company_with_a_word_for_company_is_that_company(pipeline):
    labels = entity_labels(pipeline, "华为公司与支付宝公司签署协议，百度集团也参加了会议。")
    assert labels["华为公司"] == "华为技术有限公司"
    assert labels["支付宝公司"] == "支付宝"
    assert labels["百度集团"] == "百度"


def test_a_company_of_its_own_named_after_a_known_one_stays_its_own(pipeline):
    # A subsidiary carries more than the parent's name and a word for company.
    labels = entity_labels(pipeline, "华为终端有限公司发布新产品。")
    assert labels["华为终端有限公司"] == "华为终端有限公司"
