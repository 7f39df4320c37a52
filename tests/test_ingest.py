"""Ingest: decoding, bulletin splitting, sources and dates."""

from __future__ import annotations

import json

import pytest

from kg.errors import InputError
from kg.ingest import decode, html_to_text, iter_documents, make_document, parse_date, read_path, split_articles

SAMPLE_TITLES = {
    1: "互联网成中国公民发表言论重要渠道之一",
    3: "《广东省信息化促进条例》9月开始实施",
    4: "广西成立物联网标准化技术委员会",
    7: "Gartner 发布报告称云服务市场竞争日趋激烈",
    12: "海关总署：一季度无纸通关逾七成",
    13: "政务服务改革将推“广州模式”",
}
SAMPLE_SOURCES = {
    1: "新华网",
    2: "中国政府采购报",
    5: "四川新闻网",
    6: "ZDNet CIO 与应用频道",
    7: "中关村在线",
    12: "国际商报",
    13: None,
}


def test_the_sample_bulletin_splits_into_its_thirteen_articles(sample):
    assert [a.number for a in sample.articles] == list(range(1, 14))
    assert sample.title == "电子政务信息汇编"
    assert sample.date == "2014-06-13"
    for number, title in SAMPLE_TITLES.items():
        assert sample.articles[number - 1].title == title


def test_each_article_keeps_its_source_outlet_and_the_bulletin_date(sample):
    for number, source in SAMPLE_SOURCES.items():
        assert sample.articles[number - 1].source == source
    assert {a.date for a in sample.articles} == {"2014-06-13"}


def test_article_offsets_point_at_their_headings_and_the_toc_is_not_an_article(sample):
    first = sample.articles[0]
    assert sample.text[first.start : first.body_start].startswith("## 1. 互联网成中国公民")
    assert "目 录" not in sample.text[first.start : first.end]
    third = sample.articles[2]
    assert sample.text[third.start :].startswith("### **3. 《广东省信息化促进条例》")
    assert sample.articles[-1].end == len(sample.text)


def test_a_document_without_numbered_headings_is_one_article():
    articles, _title, date = split_articles("国务院常务会议2020年3月1日召开。\n会议指出……（新华社）\n", "a.txt")
    assert len(articles) == 1
    assert articles[0].source == "新华社"
    assert date == "2020-03-01"
    assert articles[0].body_start == 0  # its first line is a sentence, no heading


@pytest.mark.parametrize(
    "text, body",
    [
        ("# 多地组建数据集团\n\n浙江省数据集团成立。\n", "\n浙江省数据集团成立。\n"),
        ("多地组建数据集团\n浙江省数据集团成立。\n", "浙江省数据集团成立。\n"),
        ("多地组建数据集团\n", "多地组建数据集团\n"),
    ],
)
def test_a_single_articles_body_starts_after_its_headline(text, body):
    (article,), _title, _date = split_articles(text, "a.txt")
    assert article.title == "多地组建数据集团"
    assert text[article.body_start :] == body


def test_plain_numbered_headings_split_when_they_count_up():
    text = "简报\n\n1. 第一篇标题\n\n正文一。\n\n2. 第二篇标题\n\n正文二。（人民网）\n"
    articles, title, _ = split_articles(text, "b.txt")
    assert [(a.number, a.title, a.source) for a in articles] == [(1, "第一篇标题", None), (2, "第二篇标题", "人民网")]
    # Without a Markdown title, the bulletin's title is its first line.
    assert title == "简报"
    assert split_articles("2014年6月13日\n\n1. 甲\n\n正文。\n\n2. 乙\n\n正文。\n", "b.txt")[1] is None


def test_the_items_of_a_numbered_list_in_a_notice_are_no_articles():
    # 1. and 2. with no paragraph between them are a list (a notice's named cases).
    text = (
        "国家数据局关于公布典型案例名单的通知\n\n现将入选名单予以公布。\n\n一、工业制造领域\n"
        "1. 中国商用飞机有限责任公司：民机研制协同平台\n2. 三一重工股份有限公司：工程机械数据应用\n\n"
        "国家数据局\n2026年11月20日\n"
    )
    articles, _, _ = split_articles(text, "n.txt")
    assert [a.title for a in articles] == ["国家数据局关于公布典型案例名单的通知"]


def test_headings_numbered_in_chinese_split_a_bulletin_whose_articles_end_with_their_outlet():
    text = (
        "动态\n\n一、国务院印发指导意见\n\n正文一。（来源：新华网）\n\n二、贵州建成云平台\n\n正文二。\n\n来源：人民网\n"
    )
    articles, _, _ = split_articles(text, "b.txt")
    assert [(a.number, a.title, a.source) for a in articles] == [
        (1, "国务院印发指导意见", "新华网"),
        (2, "贵州建成云平台", "人民网"),
    ]


def test_articles_numbered_again_in_each_column_of_a_bulletin():
    # 一、 and 二、 are columns; （一）, （二） number the articles again in each.
    text = (
        "简报\n\n一、国内动态\n\n（一）浙江推进改革\n\n正文。（浙江日报）\n\n（二）深圳挂牌\n\n正文。（新华社）\n\n"
        "二、国外动态\n\n（一）英国发布战略\n\n正文。（人民网）\n"
    )
    articles, _, _ = split_articles(text, "b.txt")
    assert [(a.number, a.title, a.source) for a in articles] == [
        (1, "浙江推进改革", "浙江日报"),
        (2, "深圳挂牌", "新华社"),
        (3, "英国发布战略", "人民网"),
    ]


def test_chinese_numbered_headings_listed_in_a_table_of_contents_split_without_outlets():
    text = "简报\n目录\n一、第一篇\n二、第二篇\n\n一、第一篇\n\n正文一。\n\n二、第二篇\n\n正文二。\n"
    articles, _, _ = split_articles(text, "b.txt")
    assert [(a.number, a.title) for a in articles] == [(1, "第一篇"), (2, "第二篇")]
    assert text[articles[0].start :].startswith("一、第一篇\n\n正文一")


def test_a_policy_papers_numbered_sections_are_no_articles():
    text = "关于推进政务服务的意见\n\n一、总体要求\n\n坚持以人民为中心。\n\n二、主要任务\n\n（一）推进一网通办。\n\n三、保障措施\n\n加强领导。（新华社）\n"
    articles, _, _ = split_articles(text, "p.txt")
    assert len(articles) == 1
    assert articles[0].source == "新华社"


def test_unnumbered_markdown_headings_split_a_bulletin_whose_articles_end_with_their_outlet():
    text = (
        "# 数字人民币试点扩大\n\n试点扩大至26个地区。（经济日报）\n\n"
        "# 东数西算工程全面启动\n\n四部门联合印发通知。（光明日报）\n\n"
        "# 省长调研一网通办\n\n12月1日，省长到杭州市调研。\n"
    )
    articles, _, _ = split_articles(text, "b.md")
    assert [(a.number, a.title, a.source) for a in articles] == [
        (1, "数字人民币试点扩大", "经济日报"),
        (2, "东数西算工程全面启动", "光明日报"),
        (3, "省长调研一网通办", None),
    ]
    assert text[articles[1].start :].startswith("# 东数西算")
    # Under a bulletin's title (# 简报), the articles are the next level, its table
    # of contents none.
    text = "# 简报\n\n## 目录\n\n甲篇\n乙篇\n\n## 甲篇\n\n正文。（新华社）\n\n## 乙篇\n\n正文。（人民网）\n"
    articles, title, _ = split_articles(text, "b.md")
    assert title == "简报"
    assert [(a.title, a.source) for a in articles] == [("甲篇", "新华社"), ("乙篇", "人民网")]
    # ... outlets written in traditional characters too (a Hong Kong or Taiwan bulletin)
    text = "# 港澳台簡訊\n\n## 甲篇\n\n正文。（澳門日報）\n\n## 乙篇\n\n正文。（中央社）\n\n## 丙篇\n\n正文。\n"
    articles, _, _ = split_articles(text, "b.md")
    assert [(a.title, a.source) for a in articles] == [("甲篇", "澳門日報"), ("乙篇", "中央社"), ("丙篇", None)]


def test_a_plain_text_bulletins_unmarked_titles_follow_the_outlets_that_end_articles():
    # Copied out of a word processor: no marks, a title line after each outlet.
    text = (
        "电子政务动态\n2024年12月1日\n\n"
        "数字人民币试点扩大\n试点扩大至26个地区。（经济日报）\n\n"
        "东数西算工程全面启动\n四部门联合印发通知。\n局长说：“要加快建设。”\n贵州已聚集多家企业。（光明日报）\n\n"
        "新加坡推出“智慧国2.0”\n12月1日，新加坡宣布新计划。\n"
    )
    articles, title, date = split_articles(text, "b.txt")
    assert (title, date) == ("电子政务动态", "2024-12-01")
    assert [(a.title, a.source) for a in articles] == [
        ("数字人民币试点扩大", "经济日报"),
        ("东数西算工程全面启动", "光明日报"),
        ("新加坡推出“智慧国2.0”", None),
    ]
    # A paper's short section titles follow no outlet: one article.
    text = "关于推进政务服务的意见\n\n总体要求\n坚持以人民为中心。\n\n主要任务\n推进一网通办。（新华社）\n"
    assert len(split_articles(text, "p.txt")[0]) == 1


def test_markdown_titles_are_the_only_titles_of_a_markdown_bulletin():
    # One of three articles ends with its outlet: the Markdown titles still decide,
    # and no title line keeps its marks (# 乙地 was inside the first article).
    text = (
        "# 甲地推出新计划\n\n新华社甲地10月1日电 甲地宣布新计划。\n\n"
        "# 乙地发布报告\n\n乙地发布了报告。（新华网）\n\n"
        "# 丙地召开会议\n\n丙地召开了会议。（参考消息）\n"
    )
    articles, _, _ = split_articles(text, "b.md")
    assert [(a.title, a.source) for a in articles] == [
        ("甲地推出新计划", "新华社"),
        ("乙地发布报告", "新华网"),
        ("丙地召开会议", "参考消息"),
    ]


def test_a_papers_unnumbered_markdown_sections_are_no_articles():
    text = "# 关于推进政务服务的意见\n\n## 总体要求\n\n坚持以人民为中心。\n\n## 主要任务\n\n推进一网通办。\n"
    articles, title, _ = split_articles(text, "p.md")
    assert len(articles) == 1
    assert title == "关于推进政务服务的意见"


@pytest.mark.parametrize(
    ("ending", "source", "date"),
    [
        ("正文。（新华网）", "新华网", None),
        ("正文。（来源：新华网）", "新华网", None),
        ("正文。【浙江日报】", "浙江日报", None),
        # A portal's or app's channel, named by the portal (新浪科技, 第一财经).
        ("正文。（新浪科技）", "新浪科技", None),
        ("正文。（第一财经）", "第一财经", None),
        # An editor's credit after the outlet, in brackets or on a line of its own.
        ("正文。（新华网）\n（责任编辑：张三）", "新华网", None),
        ("正文。\n来源：新华网\n责任编辑：张三", "新华网", None),
        # A WeChat article's line of facts, with a bar after 来源 and the editor after it.
        ("正文。\n来源｜国家数据局微信公众号  编辑｜小李", "国家数据局微信公众号", None),
        # The outlet's reporters after it in the brackets (but 中国记者网 is an outlet).
        ("正文。\n（四川日报记者 张三 李四）", "四川日报", None),
        ("正文。（中国记者网）", "中国记者网", None),
        # The outlet on a line of its own, with the date of publication.
        ("正文。\n\n来源：人民网  2015-03-01 10:20", "人民网", "2015-03-01"),
        ("正文。\n稿件来源: ZDNet 存储频道", "ZDNet 存储频道", None),
        ("正文。\n\n**来源：中国政府网**", "中国政府网", None),
        # A news agency's dateline after its name.
        ("正文。（新华社纽约11月18日电）", "新华社", None),
        # The paper the article was taken from (据…报道), after a dash or in brackets.
        ("正文。——据新华日报报道", "新华日报", None),
        ("正文。（据《新华日报》报道）", "新华日报", None),
        # ... or 据 and the outlet alone, or its dateline (no 据 glued to the outlet's name)
        ("正文。（据新华社）", "新华社", None),
        ("正文。（据新华社北京5月9日电）", "新华社", None),
        # Near-misses: a remark in parentheses, a sentence that begins with 来源.
        ("正文。他说，据路透社报道", None, None),
        # A law's note of its adoption is no outlet; an outlet's date in its brackets is its date.
        ("正文。（2025年5月28日国务院第XX次常务会议通过  2025年8月1日起施行）", None, "2025-05-28"),
        ("正文。（人民网 2015年3月1日）", "人民网", "2015-03-01"),
        # Papers whose names hold no word for a paper.
        ("正文。（参考消息）", "参考消息", None),
        ("正文。（半月谈）", "半月谈", None),
        # A paper's news app or account.
        ("正文。（南方+）", "南方+", None),
        ("正文。（新湖南）", "新湖南", None),
        ("正文。（新重庆客户端）", "新重庆客户端", None),
        # An agency's dateline opening the story, when nothing ends it (本报…电 names none).
        ("新华社新加坡10月1日电（记者 张三）新加坡宣布新计划。", "新华社", None),
        ("中新网北京2024年3月5日电 国家统计局发布数据。", "中新网", "2024-03-05"),
        ("本报北京11月30日电（记者 张三）正文。", None, None),
        # ... a paper's too, with 讯 and no date (本报讯 names none; 通讯 is no dateline)
        ("光明日报北京4月22日电（记者 李四）国家卫健委发布通知。", "光明日报", None),
        ("湖北日报讯（记者 张三）湖北省疾控中心发布提示。", "湖北日报", None),
        ("大众日报寿光讯 寿光蔬菜种业集团发布新品种。", "大众日报", None),
        # ... a news app's or site's named for news or being online (not shortened: 河北新闻网)
        ("川观新闻1月9日讯 四川省医疗保障局召开会议。", "川观新闻", None),
        ("浙江在线12月5日讯 浙江省民政厅发布通知。", "浙江在线", None),
        ("河北新闻网讯 雄安新区交付安置房。", "河北新闻网", None),
        ("本报讯 记者王五报道。", None, None),
        ("本网讯 记者王五报道。", None, None),
        ("新闻网通讯员报道，某地发生火灾。", None, None),
        ("据新华社北京5月10日电 中国选手夺得冠军。", "新华社", None),
        # ... an agency's with no date, a financial outlet's, a site's news (网…消息)
        ("新华社北京电 国务院办公厅日前印发通知。", "新华社", None),
        ("第一财经7月8日讯 中国人民银行公布处罚。", "第一财经", None),
        ("央视网消息 雀巢召回部分批次奶粉。", "央视网", None),
        ("四川在线消息 6月15日，成都市召开会议。", "四川在线", None),
        ("浙江新闻客户端消息 浙江省召开会议。", "浙江新闻客户端", None),
        ("新华社电力记者报道。", None, None),
        ("正文。（本报朗斯6月28日电）", None, None),
        ("BEIJING, Dec. 2 (Xinhua) -- Officials said on Monday.", "Xinhua", None),
        ("正文（见附件）。", None, None),
        ("他说（笑）", None, None),
        ("来源于生活。", None, None),
    ],
)
def test_the_outlet_is_read_in_the_forms_bulletins_write_it(ending, source, date):
    articles, _, _ = split_articles(f"1. 第一篇\n\n正文。\n\n2. 第二篇\n\n{ending}\n", "b.txt")
    assert articles[1].source == source
    assert articles[1].date == date


def test_a_hashtag_opening_a_plain_text_is_part_of_its_title_not_a_heading_mark():
    articles, title, _ = split_articles("#数字政府# 国家数据局发布工作要点\n\n正文。\n", "post.txt")
    assert title == articles[0].title == "#数字政府# 国家数据局发布工作要点"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("海关总署".encode(), "utf-8"),
        ("\ufeff海关总署".encode(), "utf-8-sig"),
        ("海关总署".encode("gbk"), "gb18030"),
        ("海关总署".encode("gb18030"), "gb18030"),
        ("\ufeff海关总署".encode("utf-16-le"), "utf-16"),
    ],
)
def test_documents_decode_from_utf8_gbk_and_utf16(data, encoding):
    assert decode(data) == ("海关总署", encoding)


def test_a_bulletin_with_crlf_line_ends_reads_like_the_original(sample, tmp_path):
    crlf = tmp_path / "bulletin-crlf.md"
    crlf.write_bytes(sample.text.replace("\n", "\r\n").encode("gb18030"))
    (document,) = read_path(crlf)
    assert [(a.number, a.title, a.source, a.date) for a in document.articles] == [
        (a.number, a.title, a.source, a.date) for a in sample.articles
    ]
    assert all(document.text[a.start : a.end].strip() for a in document.articles)


def test_binary_and_undecodable_files_are_refused_with_the_reason():
    with pytest.raises(InputError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(InputError, match="neither UTF-8 nor GB18030"):
        decode(b"abc\x80\x80\xff")


def test_jsonl_holds_one_document_per_line(tmp_path):
    path = tmp_path / "news.jsonl"
    rows = [{"id": "a", "text": "国务院新闻办公室发表白皮书。"}, {"id": "b", "text": "成都市政府。"}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    documents = list(read_path(path))
    assert [(d.id, d.text) for d in documents] == [("a", rows[0]["text"]), ("b", rows[1]["text"])]


def test_a_crawled_lines_title_date_and_outlet_are_the_articles(tmp_path):
    # A news page's body seldom repeats its title, date and outlet; the crawler's fields
    # give them, where the text's first sentence would have been the title.
    path = tmp_path / "crawl.jsonl"
    row = {
        "id": "a1",
        "title": "国家数据局发布工作要点",
        "date": "2024-03-20 10:15",
        "source": "新华社",
        "url": "http://x",
    }
    row["text"] = "国家数据局20日发布通知。要求各地加快建设。"
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    document = next(read_path(path))
    article = document.articles[0]
    assert (document.title, article.title, article.date, article.source) == (
        "国家数据局发布工作要点",
        "国家数据局发布工作要点",
        "2024-03-20",
        "新华社",
    )
    # Near-miss: an outlet the text names at its end is the article's own.
    row["text"] += "（人民网）"
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    assert next(read_path(path)).articles[0].source == "人民网"
    # A field of the wrong kind is bad input, said in one line.
    path.write_text(json.dumps({"id": "b", "title": 5, "text": "正文。"}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r'crawl\.jsonl:1: the "title" field must be a string'):
        list(read_path(path))


def test_folders_skip_files_of_other_kinds_and_say_why(tmp_path):
    (tmp_path / "a.md").write_text("## 1. 标题\n正文。\n", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00\x00")
    (tmp_path / "empty.txt").write_bytes(b"")
    skipped = []
    documents = list(iter_documents([tmp_path], on_skip=skipped.append))
    assert [d.id for d in documents] == ["a.md"]
    assert sorted((s.path.rsplit("/", 1)[-1], s.reason) for s in skipped) == [
        ("empty.txt", "the file is empty"),
        ("image.png", "not a document type (.htm, .html, .jsonl, .markdown, .md, .ndjson, .text, .txt, .xhtml)"),
    ]


def test_a_missing_path_is_an_input_error():
    with pytest.raises(InputError, match="no such file or folder"):
        list(iter_documents(["/nonexistent/news.md"]))


def test_html_pages_are_read_as_their_visible_text(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><script>var x='<b>';</script></head><body><h2>1. 标题</h2><p>广州大学&amp;中心</p></body></html>"
    )
    document = next(read_path(path))
    assert "var x" not in document.text
    assert "广州大学&中心" in document.text


def test_a_news_pages_outlet_and_date_are_read_from_the_line_under_its_title(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>国务院印发指导意见_中国政府网</title></head><body><div>首页 | 新闻</div>"
        "<h1>国务院印发指导意见</h1><div>2015-07-04 12:30\u3000来源：新华社\u3000【字体：大 中 小】</div>"
        "<p>国务院日前印发指导意见。</p><div>版权所有：中国政府网</div></body></html>"
    )
    document = next(read_path(path))
    article = document.articles[0]
    assert (article.title, article.source, article.date) == ("国务院印发指导意见", "新华社", "2015-07-04")
    # Near-miss: 来源 in the article's prose is no outlet.
    articles, _, _ = split_articles("# 标题\n\n资金来源：财政拨款和社会投资。\n", "a.txt")
    assert articles[0].source is None


GOVERNMENT_PAGE = (
    "<html><head><title>杭州市数据资源管理局召开数字政府建设推进会_杭州市人民政府门户网站</title></head><body>"
    '<div class="header"><a href="/">首页</a> | <a>政务公开</a> | <a>办事服务</a></div>'
    '<div class="article"><h1>杭州市数据资源管理局召开数字政府建设推进会</h1>'
    '<div class="info">发布时间：2024-03-20 10:15　来源：杭州市数据资源管理局　浏览次数：1024</div>'
    '<div class="TRS_Editor"><p>3月19日，杭州市数据资源管理局召开全市数字政府建设推进会。局党组书记、局长张伟出席'
    "会议并讲话。</p><p>会议指出，要深化“最多跑一次”改革，推进“浙里办”与“城市大脑”深度融合。阿里云、海康威视等"
    "企业代表参加会议。</p></div></div>"
    '<div class="share">分享到：微信 微博 QQ空间</div>'
    '<div class="footer">主办单位：杭州市人民政府办公厅 承办单位：杭州市数据资源管理局 浙ICP备05011234号</div>'
    "</body></html>"
)


def test_a_web_pages_menus_share_buttons_and_footer_are_no_part_of_its_text(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(GOVERNMENT_PAGE, encoding="utf-8")
    document = next(read_path(path))
    assert "局党组书记、局长张伟" in document.text and "阿里云、海康威视" in document.text
    for boilerplate in ("政务公开", "分享到", "主办单位", "ICP", "门户网站"):
        assert boilerplate not in document.text
    # the title and the line of facts under it stay, and the article is read from them
    article = document.articles[0]
    assert (article.title, article.source, article.date) == (
        "杭州市数据资源管理局召开数字政府建设推进会",
        "杭州市数据资源管理局",
        "2024-03-20",
    )
    # Near-miss: asked for the whole page, kg keeps every line.
    assert "主办单位" in html_to_text(GOVERNMENT_PAGE, main_content=False)


OLD_TABLE_PAGE = (
    '<html><head><meta charset="gb2312"><title>关于开展政务公开工作考核的通知</title></head><body><table>'
    '<tr><td class="nav"><a>机构概况</a> <a>政务公开</a> <a>办事服务</a></td></tr>'
    "<tr><td><b>关于开展政务公开工作考核的通知</b></td></tr>"
    "<tr><td>发布日期：2023年12月5日　信息来源：县政府办公室</td></tr>"
    "<tr><td><p>各乡镇人民政府，县政府各部门：</p><p>县政府办公室决定开展2023年度政务公开工作考核。</p>"
    "<p>网站的版权所有者应当办理ICP备案。</p></td></tr>"
    '<tr><td class="footer">版权所有：某某县人民政府 技术支持：某某网络科技有限公司 浙ICP备12345678号</td></tr>'
    "</table></body></html>"
)


def test_an_old_table_pages_facts_are_read_after_its_repeated_title_and_menu(tmp_path):
    # No heading marks the title; the page's <title>, a menu and the title again stand
    # before the line of facts, which is the fourth.
    path = tmp_path / "old.htm"
    path.write_bytes(OLD_TABLE_PAGE.encode("gb2312"))
    document = next(read_path(path))
    article = document.articles[0]
    assert (article.title, article.source, article.date) == (
        "关于开展政务公开工作考核的通知",
        "县政府办公室",
        "2023-12-05",
    )
    # trafilatura keeps the whole table; the site's footer is still dropped ...
    assert "技术支持" not in document.text and "浙ICP备" not in document.text
    # ... but not the article's own words about copyright and ICP filing.
    assert "网站的版权所有者应当办理ICP备案。" in document.text


def test_a_menu_or_breadcrumb_from_the_home_page_is_no_part_of_a_pages_text():
    page = GOVERNMENT_PAGE.replace(
        '<div class="header">',
        '<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 部门动态</div><div class="header">',
    )
    text = html_to_text(page.replace("</h1>", "</h1><p>网站首页 机构设置 政策法规</p>"))
    assert "当前位置" not in text and "机构设置" not in text
    # Near-miss: a sentence that begins with 首页 is the article's.
    assert "首页改版后，用户增加。" in html_to_text(
        page.replace("</p></div></div>", "</p><p>首页改版后，用户增加。</p></div></div>")
    )


def test_dates_are_read_in_chinese_and_iso_forms():
    assert parse_date("2014年6月13日") == "2014-06-13"
    assert parse_date("发布于 2020-1-2") == "2020-01-02"
    assert parse_date("2014年13月40日") is None


def test_a_date_given_as_a_start_or_a_deadline_is_no_date_of_writing():
    # A text without a date line: the regulation's start is not when it was written.
    articles, _, date = split_articles("人大常委会通过条例\n\n该条例将于2027年1月1日起施行。\n", "a.txt")
    assert date is None and articles[0].date is None
    assert parse_date("截至2026年6月30日，共有") is None
    assert parse_date("自2015-01-01起实施，2014年12月2日发布") == "2014-12-02"
    # Near-miss: a meeting held on a date is dated by it.
    assert parse_date("会议于2014年6月13日召开") == "2014-06-13"


def test_an_outlet_the_gazetteer_knows_ends_an_article_whatever_its_name():
    # 计算机世界 has none of the words outlets' names end in (报, 网, 社 …)
    text = "# 汇编\n\n## 1. 云计算市场增长\n\n报告指出，政府是私有云的主要用户。（计算机世界）\n"
    document = make_document("b.md", text, path="b.md")
    assert document.articles[0].source == "计算机世界"
    # Near-miss: a remark in brackets at a sentence's end names no outlet.
    text = "# 汇编\n\n## 1. 云计算市场增长\n\n报告指出，政府是私有云的主要用户（部分地区）\n"
    assert make_document("b.md", text, path="b.md").articles[0].source is None


def test_an_outlet_named_in_title_marks_at_an_articles_end_is_the_outlet():
    doc = make_document("d", "# 新加坡推出数码身份\n\n新加坡政府科技局宣布推出新功能。（《联合早报》）\n", path="d.md")
    assert [article.source for article in doc.articles] == ["联合早报"]


def test_a_plain_texts_dateline_opens_the_line_after_its_title():
    articles, _, _ = split_articles(
        "埃及苏伊士运河收入下降\n\n新华社开罗1月11日电 苏伊士运河管理局发布数据。\n", "a.txt"
    )
    assert articles[0].source == "新华社"
