"""Relations: given these sentences, these typed facts come out, each with its evidence."""

from __future__ import annotations

from kg.ingest import make_document


def facts(pipeline, text: str) -> set[tuple[str, str, str, str | None]]:
    result = pipeline.process(make_document("r.txt", text, path="r.txt"))
    found = set()
    for relation in result.relations:
        if relation.predicate == "coOccursWith":
            continue
        assert relation.evidence, relation
        for evidence in relation.evidence:
            assert text[evidence.start : evidence.end] == evidence.sentence
        label = lambda key: result.entities[key].label  # noqa: E731
        found.add((label(relation.subject), relation.predicate, label(relation.object), relation.detail))
    return found


def test_a_spokesperson_has_a_role_at_the_body_named_before_the_title(pipeline):
    found = facts(pipeline, "外交部新闻发言人华春莹表示，中方对此表示欢迎。")
    assert ("华春莹", "roleAt", "外交部", "新闻发言人") in found


def test_a_ministry_publishes_a_named_document(pipeline):
    found = facts(pipeline, "工业和信息化部日前印发《工业互联网创新发展行动计划》，提出到2025年的目标。")
    assert ("工业和信息化部", "publishes", "工业互联网创新发展行动计划", None) in found


def test_two_bodies_that_build_something_together_cooperate_and_establish_it(pipeline):
    found = facts(pipeline, "清华大学与杭州市数据资源管理局共建数字治理研究中心。")
    assert ("清华大学", "cooperatesWith", "杭州市数据资源管理局", None) in found
    assert ("清华大学", "establishes", "数字治理研究中心", None) in found


def test_an_organization_named_after_a_place_is_located_there(pipeline):
    found = facts(pipeline, "深圳市政务服务数据管理局推出新平台。")
    assert ("深圳市政务服务数据管理局", "locatedIn", "深圳市", None) in found


def test_a_school_of_a_university_is_part_of_it(pipeline):
    found = facts(pipeline, "北京大学政府管理学院院长燕继荣说，数字政府建设要以人民为中心。")
    assert ("北京大学政府管理学院", "partOf", "北京大学", None) in found
    assert ("燕继荣", "roleAt", "北京大学政府管理学院", "院长") in found


def test_a_body_that_uses_a_technology(pipeline):
    found = facts(pipeline, "浙江省人民政府利用大数据提升政务服务水平。")
    assert ("浙江省人民政府", "uses", "大数据", None) in found


def test_a_document_is_about_the_technologies_in_its_title(pipeline):
    found = facts(pipeline, "国务院发布《新一代人工智能发展规划》。")
    assert ("新一代人工智能发展规划", "about", "人工智能", None) in found
    assert ("国务院", "publishes", "新一代人工智能发展规划", None) in found


def test_a_party_secretary_has_a_role_at_the_committee_in_the_title(pipeline):
    found = facts(pipeline, "市委书记李强提出要加快建设。")
    assert ("李强", "roleAt", "市委", "市委书记") in found
