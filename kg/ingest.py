"""Ingest: read files and folders of documents and split bulletins into articles.

Reads ``.txt``, ``.md`` and ``.html`` files (UTF-8 with or without BOM, UTF-16 with BOM,
GB18030/GBK) and ``.jsonl`` files holding one ``{"id", "text"}`` document per line (with
``"title"``, ``"date"`` and ``"source"`` when a crawler gives them).
A bulletin is split at its numbered headings (``## 1.``, ``### **3. ...**``); its table
of contents is not an article. Offsets always point into the decoded document text.
"""

from __future__ import annotations

import codecs
import datetime
import itertools
import json
import logging
import re
import stat
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from pathlib import Path

from kg.errors import InputError
from kg.model import Article, Document

log = logging.getLogger(__name__)

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
DOCUMENT_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file that was passed over, and why."""

    path: str
    reason: str


def decode(data: bytes, *, name: str = "<bytes>") -> tuple[str, str]:
    """Decode document bytes, returning ``(text, encoding)``.

    A byte-order mark decides first; then strict UTF-8; then GB18030 (a superset of
    GBK and GB2312). Bytes that fit none of them raise :class:`InputError`.

    Examples
    --------
    >>> decode("海关总署".encode("gbk"))
    ('海关总署', 'gb18030')
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise InputError(
                    f"{name}: starts with a {encoding} byte-order mark but is not valid {encoding}"
                ) from error
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like a binary file (NUL bytes), not a text document")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name}: cannot decode byte {error.start}: the file is neither UTF-8 nor GB18030/GBK; "
            "convert it to UTF-8 first"
        ) from error


class _TextOfHTML(HTMLParser):
    """Collects the visible text of an HTML page, one line per block element."""

    _BLOCKS = frozenset(
        [
            "p",
            "div",
            "br",
            "li",
            "ul",
            "ol",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "tr",
            "table",
            "section",
            "article",
            "header",
            "footer",
            "title",
            "blockquote",
            "pre",
        ]
    )
    _HIDDEN = frozenset({"script", "style", "noscript", "template"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._HIDDEN:
            self._hidden += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")
            if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
                self.parts.append("#" * int(tag[1]) + " ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)

    def parse_html_declaration(self, i: int) -> int:
        # Browsers read ``<![ ... >`` outside SVG and MathML as a comment; html.parser
        # raises AssertionError on malformed ones (``<![ x``), so kg skips them itself.
        if self.rawdata.startswith("<![", i):
            end = self.rawdata.find(">", i + 3)
            return -1 if end < 0 else end + 1
        return super().parse_html_declaration(i)


_BLANKS = " \t\r\f\v"


def html_to_text(html: str, *, main_content: bool = True) -> str:
    """The text of an HTML page; headings keep Markdown ``#`` marks.

    With ``main_content`` (the default), only the page's article: its title, the line of
    facts under it (date, outlet) and the lines trafilatura reads as the main content,
    without menus, breadcrumbs, share buttons, related links and the site's footer,
    whose 微信, 微博 and 主办单位 would otherwise be mentions of every page. Where
    trafilatura finds no main content (a short page), all the visible text. Markup that
    the parser cannot read raises :class:`InputError`.
    """
    text = _visible_text(html)
    if not main_content:
        return text
    lines = _main_content(html, text) or text.split("\n")
    # a site's furniture that trafilatura keeps (an old page's table holds it all): the
    # footer's 版权所有 … ICP备 line and a menu or breadcrumb from 首页
    return _joined([line for line in lines if len(line) > _FURNITURE_LENGTH or _SITE_FURNITURE.search(line) is None])


def _joined(lines: list[str]) -> str:
    """``lines`` as one text, with no more than one blank line in a row and none at its
    ends, ending in a line break."""
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"


def _visible_text(html: str) -> str:
    """All the visible text of an HTML page, one line per block element."""
    parser = _TextOfHTML()
    try:
        parser.feed(html)
        parser.close()
    except AssertionError as error:  # html.parser's way of refusing malformed markup
        detail = str(error).splitlines()[0][:80] if str(error) else "malformed markup"
        raise InputError(f"cannot read the HTML ({detail}); fix the markup or save the text as .txt") from error
    lines = "".join(parser.parts).split("\n")
    # Blanks next to a line break go (str methods: a regex is quadratic on long blank runs).
    for index in range(len(lines)):
        if index > 0:
            lines[index] = lines[index].lstrip(_BLANKS)
        if index < len(lines) - 1:
            lines[index] = lines[index].rstrip(_BLANKS)
    return _joined(lines)


#: What a line is compared by, to find it among trafilatura's: its letters and digits.
_NOT_WORD = re.compile(r"[\W_]+")
#: A line whose letters are this many or more is kept when it is part of a content line
#: (kg ends lines at <br>, where trafilatura may not); a shorter one only when it is one.
_PART_OF_LINE = 6
#: Lines of a site's furniture, not of its article: the footer (版权所有, ICP备案号,
#: 公网安备, 网站标识码, 技术支持：) and a menu or breadcrumb that starts at 首页
#: (网站首页 机构设置 政策法规, 当前位置：首页 > 政务公开).
_SITE_FURNITURE = re.compile(
    r"版权所有(?![者人权])|ICP备\s*\d|公网安备\s*\d|网站标识码|技术支持[:：]|Copyright\s*©"
    r"|^\s*(?:当前位置[:：]\s*)?(?:网站)?首页(?:(?:\s*[|｜>＞»/]\s*|\s+)[^\s|｜>＞»/，。；、]{2,8}){2,}\s*$"
)
#: Furniture lines are short; a longer line is the article's, whatever it holds.
_FURNITURE_LENGTH = 200
#: How many lines under the title may hold the page's facts (date, outlet).
_FACT_LINES = 3


def _main_content(html: str, text: str) -> list[str] | None:
    """The lines of ``text`` (the page's visible text, as :func:`_visible_text` reads
    it) that trafilatura (favouring recall) reads as the main content, with the title
    heading and the lines of facts under it; None where it reads none. kg's own lines are
    kept, not trafilatura's text, so headings, line ends and characters stay as kg reads
    every page."""
    import trafilatura  # imported here: only HTML needs it, and it takes 0.15 s to load

    try:
        result = trafilatura.bare_extraction(
            html,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            favor_recall=True,
            deduplicate=False,
            with_metadata=True,
        )
    except Exception as error:  # a heuristic's failure on odd markup is no input error: read it all
        log.debug("trafilatura read no main content: %s", error)
        return None
    body = getattr(result, "text", None) if result is not None else None
    if not body:
        return None
    content = "\n".join(_NOT_WORD.sub("", line) for line in body.splitlines())
    lines_of_content = set(content.split("\n"))
    title = _NOT_WORD.sub("", getattr(result, "title", None) or "")
    lines = text.split("\n")
    headings = [i for i, line in enumerate(lines) if line.startswith("#")]
    # the title: the heading trafilatura names the page's title, else the first heading
    title_index = next((i for i in headings if title and _NOT_WORD.sub("", lines[i].lstrip("#")) == title), None)
    if title_index is None and headings:
        title_index = headings[0]
    facts_end = len(lines)
    if title_index is not None:
        below = [i for i in range(title_index + 1, len(lines)) if lines[i].strip()][:_FACT_LINES]
        facts_end = below[-1] + 1 if below else title_index + 1
    kept = []
    for index, line in enumerate(lines):
        word = _NOT_WORD.sub("", line)
        if (
            not word
            or word in lines_of_content
            or (len(word) >= _PART_OF_LINE and word in content)
            or index == title_index
            # 发布时间：2024-03-20　来源：新华社: the facts under the title, which the
            # article's date and outlet are read from
            or (
                title_index is not None
                and title_index < index < facts_end
                and len(line) <= _META_LINE_LENGTH
                and (_META_SOURCE.search(line) or parse_date(line))
            )
        ):
            kept.append(line)
    return kept if any(line.strip() for line in kept) else None


# -- splitting a bulletin ------------------------------------------------------------

# Headings match to the end of their line and titles are trimmed in Python: trailing
# ``[ \t]*(?:\*\*)?[ \t]*$`` after a lazy title backtracks in cubic time on long blank runs.
_MD_HEADING = re.compile(
    r"^(?P<marks>#{1,6})[ \t]*(?:\*\*[ \t]*)?(?P<number>\d{1,3})[ \t]*[.．、][ \t]*(?P<title>[^\n]*)$",
    re.MULTILINE,
)
_PLAIN_HEADING = re.compile(
    r"^(?:\*\*)?[ \t]*(?P<number>\d{1,3})[ \t]*[.．、][ \t]*(?P<title>\S[^\n]*)$",
    re.MULTILINE,
)
#: 一、标题, ## 二、标题, （三）标题: headings numbered in Chinese numerals.
_CHINESE_HEADING = re.compile(
    r"^(?:#{1,6}[ \t]*)?(?:\*\*[ \t]*)?"
    r"(?:(?P<number>[一二三四五六七八九十]{1,3})[ \t]*[、．.]|[（(][ \t]*(?P<bracketed>[一二三四五六七八九十]{1,3})[ \t]*[）)])"
    r"[ \t　]*(?P<title>\S[^\n]*)$",
    re.MULTILINE,
)
_CHINESE_DIGITS = {digit: value for value, digit in enumerate("一二三四五六七八九", start=1)}
_PLAIN_TITLE_LENGTH = 61
_TOC_LEADER = re.compile(r"(?:\.{3,}|…{2,}|·{3,}|\s\.\s\.\s)\s*\d*\s*$")
_TRAILING_SOURCE = re.compile(
    r"(?:[（(][ \t　]*(?P<source>[^（）()\n]{1,40}?)[ \t　]*[）)]|【[ \t　]*(?P<bracketed>[^【】\n]{1,40}?)[ \t　]*】)[ \t　]*$"
)
#: A year or a full date inside brackets, which makes them a note, not an outlet.
_DATE_IN_NOTE = re.compile(r"\d{4}\s*年|\d{1,2}\s*月\s*\d{1,2}\s*日(?!电)")
#: 新华社纽约11月18日电: the place and day of a news agency's dateline after its name, with
#: its 电 or (in 据新华社北京5月9日电, whose 电 the pattern of 据… takes) without.
_OUTLETS_DATELINE = r"(?<=[社网台报])[\u4e00-\u9fff]{1,8}?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日"
_DATELINE_AFTER_OUTLET = re.compile(_OUTLETS_DATELINE + "电$")
_DATELINE_BEFORE_DIAN = re.compile(_OUTLETS_DATELINE + "$")
#: ——据新华日报报道, （据《新华日报》报道）, 据新华社电 on a line of its own: the outlet an
#: article was taken from, named after a dash, in brackets or alone on its last line.
_REPORTED_BY = re.compile(
    r"(?:(?:——|－－|—)[ \t　]*|[（(][ \t　]*|^|\n)据[ \t　]*《?(?P<source>[^\s，。,；;（）()《》]{2,20}?)》?"
    r"[ \t　]*(?:报道|消息|电)[。.]?[ \t　]*[）)]?$"
)
#: What may follow a label such as 来源 (来源：人民网, 来源｜国家数据局微信公众号).
_LABEL_MARKS = ":：｜|丨"
#: 来源：人民网 2015-03-01, 稿件来源: 新华社: a line of its own that names the outlet (and
#: perhaps the date and time of publication).
_SOURCE_LINE = re.compile(
    rf"^[ \t　]*(?:\*\*)?[ \t　]*(?:稿件|文章|信息|新闻|内容)?来源[ \t　]*[{_LABEL_MARKS}][ \t　]*(?:\*\*)?[ \t　]*"
    rf"(?P<source>[^\s{_LABEL_MARKS}，。,;；（）()]{{1,40}}(?:[ \t]+(?![\d]|\S*[{_LABEL_MARKS}])[^\s{_LABEL_MARKS}，。,;；（）()]+)*)[^\n]*$",
    re.MULTILINE,
)
#: 2015-03-01 10:20　来源：新华社　作者：张三: a web page's line of facts under its title.
_META_SOURCE = re.compile(
    r"(?:^|[\s|｜])(?:稿件|文章|信息|新闻|内容)?来源[ \t　]*[:：][ \t　]*(?P<source>[^\s:：，。,;；（）()【】|｜]{1,40})"
)
_META_LINE_LENGTH = 100
#: 来源：新华网, 本文来源: in parentheses before the outlet's name.
_SOURCE_LABEL = re.compile(rf"^(?:本文|稿件|文章|信息|新闻|内容)?来源[ \t　]*[{_LABEL_MARKS}][ \t　]*")
#: （责任编辑：张三）, 【编辑：李四】, (记者 王五), or a line 责任编辑：张三: credits that
#: may follow the outlet.
_CREDIT = re.compile(
    r"(?:[（(【\[][ \t　]*(?:责任编辑|编辑|责编|审核|校对|记者|作者|通讯员|摄影|编译)[^（）()【】\[\]\n]{0,30}[）)】\]]"
    r"|^[ \t　]*(?:责任编辑|编辑|责编|审核|校对)[ \t　]*[:：][^\n]{0,30})[ \t　]*$",
    re.MULTILINE,
)
_CN_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})[ \t]*年[ \t]*(?P<m>\d{1,2})[ \t]*月[ \t]*(?P<d>\d{1,2})[ \t]*日")
_ISO_DATE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)")
#: The date of publication after the outlet inside its brackets (（人民网 2015年3月1日）).
_DATE_ENDING_SOURCE = re.compile(rf"\s*{_CN_DATE.pattern}$")
#: A Markdown heading's marks (## 标题), not a hashtag's (#数字政府#).
_MARKDOWN_HEADING_MARKS = re.compile(r"^#{1,6}[ \t]+")
#: Words right before or after a date that make it a start or a deadline, not the date
#: a text was written (将于|2027年1月1日|起施行, 截至|2026年6月30日).
_DATE_AS_START_OR_DEADLINE = re.compile(r"(?:将于|自|从|截至|截止|截止到|至|到)[ \t]*$")
_STARTS_OR_ENDS = re.compile(r"[ \t]*(?:起|前|后|以前|以后|之前|之后|止|到期|施行|实施|生效)")
_H1 = re.compile(r"^#[ \t]+(?P<title>\S[^\n]*)$", re.MULTILINE)
#: What an outlet's name holds: a word for a paper, site, agency or station, or the name
#: of a portal or news app whose channels are cited by their own names (新浪科技,
#: 腾讯新闻, 第一财经, 36氪), or a paper or magazine whose name holds none of these words
#: (参考消息, 半月谈, 求是, 瞭望, 南方周末).
#: （四川日报记者 张三 李四）: the outlet's reporters after it, no part of its name (but
#: 中国记者网 is an outlet).
_REPORTERS_AFTER_OUTLET = re.compile(r"[ \t　]*(?:本报|特约|首席)?(?:记者|通讯员|实习生)(?![网报社站])[\s\S]*$")
_SOURCE_WORDS = re.compile(
    r"[报网社台刊志频道在线]|日报|新闻|时报|周刊|[A-Za-z]{2,}"
    r"|新浪|腾讯|网易|搜狐|凤凰|澎湃|界面|财新|第一财经|36氪|虎嗅|钛媒体|观察者|央视|总台|中新"
    r"|参考消息|半月谈|求是|瞭望|南方周末"
    # the papers' news apps and accounts (南方+, 新湖南, 新重庆客户端, …公众号)
    r"|[+＋]$|客户端|公众号|新湖南|新甘肃|新重庆|新黄河"
)


def _known_outlet(name: str) -> bool:
    """Whether the gazetteer knows ``name`` as a paper, site or station (（计算机世界）,
    whose name has none of the words outlets' names end in)."""
    from kg.gazetteer import default_gazetteer  # (read once per process, as extraction reads it)
    from kg.simplify import simplified_text

    # （香港商報）, （中央社）: an outlet written in traditional characters
    entry = default_gazetteer().lookup(simplified_text(name))
    return entry is not None and entry.subtype == "MediaOutlet"


def parse_date(text: str) -> str | None:
    """The first date written as ``2014年6月13日`` or ``2014-06-13``, in ISO form; not
    one the text gives as a start or a deadline (将于2027年1月1日起施行, 截至2026年底),
    which is no date of writing."""
    for pattern in (_CN_DATE, _ISO_DATE):
        for match in pattern.finditer(text):
            before = max(0, match.start() - 6)
            if _DATE_AS_START_OR_DEADLINE.search(text, before, match.start()) or _STARTS_OR_ENDS.match(
                text, match.end()
            ):
                continue
            try:
                return datetime.date(int(match["y"]), int(match["m"]), int(match["d"])).isoformat()
            except ValueError:  # 2014年2月31日 is no date
                return None
    return None


def _clean_title(title: str) -> str:
    return re.sub(r"\s+", " ", title.replace("**", "")).strip()


def _trailing_source(text: str, start: int, end: int) -> tuple[str | None, str | None]:
    """The outlet at the very end of an article and the date written with it: in
    parentheses or 【】 (（新华网）, （来源：人民网）, 【浙江日报】), perhaps before an
    editor's credit (（责任编辑：张三）), or on the article's last line of its own
    (来源：人民网 2015-03-01, whose date is returned too)."""
    tail = text[max(start, end - 300) : end].rstrip()
    # What may follow the outlet: an editor's credit, or the heading of the bulletin's
    # next column (二、国外动态) when the articles are numbered （一） in each column.
    while (credit := _CREDIT.search(tail) or _last_chinese_heading(tail)) is not None:
        tail = tail[: credit.start()].rstrip()
    if (reported := _REPORTED_BY.search(tail)) is not None:
        # ——据新华日报报道, （据《新华日报》报道）, （据新华社北京5月9日电）: without its dateline
        return _DATELINE_BEFORE_DIAN.sub("", reported["source"]) or None, None
    match = _TRAILING_SOURCE.search(tail)
    if match:
        source = _SOURCE_LABEL.sub("", match["source"] or match["bracketed"])
        if source.startswith("据") and len(source) > 2:
            source = source[1:].lstrip()  # （据新华社）, （据中国农业大学官网）: the outlet after 据
        source = _REPORTERS_AFTER_OUTLET.sub("", source)
        source = _DATELINE_AFTER_OUTLET.sub("", source)  # （新华社纽约11月18日电）
        source = re.sub(r"\s+", " ", source).strip()
        if source.startswith("《") and source.endswith("》") and source.count("《") == 1:
            source = source[1:-1]  # （《联合早报》）: the outlet, named as a work is
        dated = None
        if (ending := _DATE_ENDING_SOURCE.search(source)) is not None:
            dated, source = parse_date(ending.group()), source[: ending.start()].rstrip()  # （人民网 2015年3月1日）
        # A closing parenthesis that ends a sentence's own remark is not an outlet, nor is a
        # law's note of its adoption (（2025年5月28日国务院第XX次常务会议通过）).
        if (
            source
            and "，" not in source
            and "。" not in source
            and (_SOURCE_WORDS.search(source) or _known_outlet(source))
            and not _DATE_IN_NOTE.search(source)
        ):
            # （本报朗斯6月28日电）: the paper's own dateline, which names no outlet
            return (None if source in _THIS_OUTLET else source), dated
    last_line = tail[tail.rfind("\n") + 1 :]
    if (line_match := _SOURCE_LINE.match(last_line)) is not None:
        return line_match["source"].removesuffix("**").strip() or None, parse_date(last_line)
    return None, None


def _leading_source(text: str, start: int, end: int) -> tuple[str | None, str | None]:
    """The outlet named in the line of facts that a web page puts under its title
    (2015-03-01 10:20　来源：新华社　作者：张三), among the three lines under it (four
    from the article's start when no heading marks the title: an old page's table
    repeats the title and a menu before the facts), and the date that line gives."""
    lines = [line for line in text[start : min(end, start + 400)].splitlines() if line.strip()][: _FACT_LINES + 1]
    for line in lines:
        if len(line) <= _META_LINE_LENGTH and (match := _META_SOURCE.search(line)) is not None:
            return match["source"], parse_date(line)
    return None, None


#: "This paper", "this site": the outlet's own word for itself, which names none.
_THIS_OUTLET = frozenset(["本报", "本刊", "本网", "本台", "本社"])
#: 新华社新加坡10月1日电, 中新网北京3月5日电, 据新华社北京5月10日电, 光明日报北京4月22日电,
#: 湖北日报讯, 大众日报寿光讯, 川观新闻1月9日讯, 浙江在线12月5日讯: the dateline that opens an
#: agency's, a paper's or a news app's story, naming it (本报北京…电, 本报讯, the paper's own,
#: name none; 通讯, 资讯, 喜讯 are no datelines).
_OPENING_DATELINE = re.compile(
    r"^[ \t　]*(?:[(（][^()（）\n]{0,30}[)）][ \t　]*)?据?(?!本[报网刊台社])"
    r"(?P<source>[\u4e00-\u9fff]{1,6}?(?:新闻网|[社网台报]|新闻客户端|新闻|在线|财经|客户端))"
    r"[\u4e00-\u9fff]{0,8}?(?:(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:电|讯)|(?<![通资喜音死传视问简])讯"
    # 新华社北京电, 央视网消息, 四川在线消息, 浙江新闻客户端消息: an agency's dateline with
    # no date, a site's or app's news
    r"|电(?=[ \t　（(—]|$)|(?<=网|线|端)消息)"
)


#: BEIJING, Dec. 2 (Xinhua) --: an English story's dateline and its agency.
_ENGLISH_OPENING_DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z .'-]+(?:, [A-Z][A-Za-z .'-]+)?, [A-Z][a-z]{2,8}\.? \d{1,2} \((?P<source>[A-Z][A-Za-z .]{1,30})\)"
)


def _article_source(text: str, start: int, end: int, title_end: int | None = None) -> tuple[str | None, str | None]:
    """An article's outlet and the date written with it: at its end as news agencies
    write it, else under its title (which ends at ``title_end``) as web pages do, else
    in the dateline that opens its first paragraph (新华社新加坡10月1日电)."""
    source, date = _trailing_source(text, start, end)
    if source is None:
        source, date = _leading_source(text, title_end or start, end)
    if source is None:
        # (a plain text's first line is its title, so its dateline opens the second)
        lines = [line for line in text[title_end or start : end].splitlines() if line.strip()][: 1 if title_end else 2]
        for first in lines:
            if (dateline := _OPENING_DATELINE.match(first) or _ENGLISH_OPENING_DATELINE.match(first)) is not None:
                return dateline["source"], parse_date(dateline.group())
    return source, date


def _last_chinese_heading(text: str) -> re.Match[str] | None:
    """The heading numbered in Chinese numerals that ends ``text``, if one does."""
    line_start = text.rfind("\n") + 1
    match = _CHINESE_HEADING.match(text, line_start)
    return match if match is not None and line_start > 0 and _is_plain_heading(match) else None


def _trimmed_title(title: str) -> str:
    """A heading's title without the blanks and closing ``**`` that end its line."""
    title = title.removesuffix("\r").rstrip(" \t")
    return title.removesuffix("**").rstrip(" \t")


def _is_plain_heading(match: re.Match[str]) -> bool:
    title = _trimmed_title(match["title"])
    return (
        len(title) <= _PLAIN_TITLE_LENGTH
        and not title.endswith(("。", "，", "；"))
        and not _TOC_LEADER.search(match.group(0))
    )


@dataclass(frozen=True, slots=True)
class _Heading:
    """A numbered heading line: where it is, its number and its title."""

    start: int
    end: int
    number: int
    title: str


def _heading(match: re.Match[str], number: int) -> _Heading:
    return _Heading(match.start(), match.end(), number, match["title"])


def _chinese_number(numeral: str) -> int | None:
    """一 → 1, 十二 → 12, 二十三 → 23; None for what is no number from 1 to 99 (十十)."""
    tens, _, units = numeral.rpartition("十")
    if "十" not in numeral:
        return _CHINESE_DIGITS.get(numeral) if len(numeral) == 1 else None
    if len(tens) > 1 or len(units) > 1 or (tens and tens not in _CHINESE_DIGITS):
        return None
    if units and units not in _CHINESE_DIGITS:
        return None
    return (_CHINESE_DIGITS[tens] if tens else 1) * 10 + (_CHINESE_DIGITS[units] if units else 0)


def _heading_matches(text: str) -> list[_Heading]:
    """Numbered headings: Markdown ones first, plain numbered lines as a fallback, then
    headings numbered in Chinese numerals (一、, （一）) where the text shows them to
    begin articles."""
    markdown = [_heading(m, int(m["number"])) for m in _MD_HEADING.finditer(text) if _trimmed_title(m["title"]).strip()]
    if len(markdown) >= 2:
        return markdown
    plain = [_heading(m, int(m["number"])) for m in _PLAIN_HEADING.finditer(text) if _is_plain_heading(m)]
    # Plain numbered lines are headings only when they count up from 1 with prose between.
    numbers = [h.number for h in plain]
    if (
        len(plain) >= 2
        and numbers == list(range(numbers[0], numbers[0] + len(numbers)))
        # (not the items of a numbered list: 1. 某公司：某案例 on the next line after 2.)
        and all(_prose_between(text, heading, after) for heading, after in itertools.pairwise(plain))
    ):
        return plain
    chosen: list[_Heading] = []
    for group in ("number", "bracketed"):
        found = _chinese_headings(text, group)
        if len(found) > len(chosen):
            chosen = found
    if chosen or markdown:
        return chosen or markdown
    levels = Counter(len(match["marks"]) for match in _ANY_MD_HEADING.finditer(text))
    if any(count >= 2 for count in levels.values()):
        # Markdown marks its titles: then unmarked lines are no titles (# 甲 … # 乙 …（新华网）
        # # 丙 … are three articles or one, never 甲 with 乙 inside it).
        return _unnumbered_markdown_headings(text)
    return _plain_titles_after_outlets(text)


def _prose_between(text: str, heading: _Heading, after: _Heading) -> bool:
    """Whether a paragraph of prose stands between two headings (an article's body)."""
    return any(_is_prose(line) for line in text[heading.end : after.start].splitlines() if line.strip())


def _ending_with_outlets(text: str, headings: list[_Heading]) -> int:
    """How many of the articles these headings begin end with their outlet."""
    ends = [heading.start for heading in headings[1:]] + [len(text)]
    return sum(
        _trailing_source(text, heading.end, end)[0] is not None for heading, end in zip(headings, ends, strict=True)
    )


#: Any Markdown heading: its marks and its title.
_ANY_MD_HEADING = re.compile(r"^(?P<marks>#{1,6})[ \t]+(?P<title>\S[^\n]*)$", re.MULTILINE)
_TABLE_OF_CONTENTS = ("目录", "目次")


def _unnumbered_markdown_headings(text: str) -> list[_Heading]:
    """Unnumbered Markdown headings that begin articles: those of the shallowest level
    that has two or more, each followed by prose (a table of contents, 目录, is none),
    where at least half of the articles end with their outlet (# 数字人民币试点扩大 …
    （经济日报） # 东数西算工程全面启动 …（光明日报）). A paper's sections (## 总体要求,
    ## 主要任务) end with no outlet and stay one article."""
    by_level: dict[int, list[re.Match[str]]] = {}
    for match in _ANY_MD_HEADING.finditer(text):
        by_level.setdefault(len(match["marks"]), []).append(match)
    for level in sorted(by_level):
        found = by_level[level]
        if len(found) < 2:
            continue
        ends = [match.start() for match in found[1:]] + [len(text)]
        headings = [
            _Heading(match.start(), match.end(), number, match["title"])
            for number, (match, end) in enumerate(zip(found, ends, strict=True), start=1)
            if text[match.end() : end].strip()
            and not _ANY_MD_HEADING.fullmatch(text[match.end() : end].strip())
            and re.sub(r"\s", "", _trimmed_title(match["title"])) not in _TABLE_OF_CONTENTS
        ]
        if len(headings) < 2:
            return []
        return headings if 2 * _ending_with_outlets(text, headings) >= len(headings) else []
    return []


_SENTENCE_ENDS = ("。", "！", "？", "；", "，", "：", "…", ".", "!", "?", ";", ",", ":")


def _is_plain_title(line: str) -> bool:
    """Whether a line of plain text may be an article's title: short, no sentence (it
    ends with no stop or comma), no date and no outlet of its own."""
    line = line.strip()
    return (
        0 < len(line) <= _PLAIN_TITLE_LENGTH
        # 新加坡推出“智慧国2.0”, but not 他说：“我们会努力。”
        and not line.rstrip("”’」』").endswith(_SENTENCE_ENDS)
        and not _TRAILING_SOURCE.search(line)
        and not _CN_DATE.fullmatch(line)
        and not _ISO_DATE.fullmatch(line)
    )


def _is_prose(line: str) -> bool:
    """Whether a line of plain text is a paragraph of an article: no title, no date."""
    line = line.strip()
    return not _is_plain_title(line) and not _CN_DATE.fullmatch(line) and not _ISO_DATE.fullmatch(line)


def _plain_titles_after_outlets(text: str) -> list[_Heading]:
    """Unmarked titles of a plain-text bulletin (one copied out of a word processor):
    each article ends with its outlet on its last line (……（新华网）), and the title
    line after it begins the next; the first article begins at the title line right
    before the first paragraph of prose. At least two articles, else none."""
    lines = []
    offset = 0
    for line in text.splitlines(keepends=True):
        lines.append((offset, line.rstrip("\r\n")))
        offset += len(line)
    filled = [(start, line) for start, line in lines if line.strip()]
    starts: list[int] = []
    for index, (_, line) in enumerate(filled):
        if _is_plain_title(line) and index + 1 < len(filled) and _is_prose(filled[index + 1][1]):
            starts.append(index)  # the title right before the first paragraph
            break
    if not starts:
        return []
    for index in range(starts[0] + 1, len(filled) - 1):
        start, line = filled[index]
        if (
            _is_plain_title(line)
            and _is_prose(filled[index + 1][1])
            and _trailing_source(text, filled[index - 1][0], start)[0] is not None
        ):
            starts.append(index)
    if len(starts) < 2:
        return []
    return [
        _Heading(
            filled[index][0],
            filled[index][0] + len(filled[index][1]),
            number,
            _MARKDOWN_HEADING_MARKS.sub("", filled[index][1].strip()),  # # 标题 whose outlet was not found
        )
        for number, index in enumerate(starts, start=1)
    ]


def _chinese_headings(text: str, group: str) -> list[_Heading]:
    """Headings numbered 一、 (``group`` "number") or （一） ("bracketed") that begin
    articles: each counts up from the one before or starts again at 一 (（一） under each
    column of a bulletin), each is followed by prose (so a table of contents is none), and
    the text shows a bulletin: at least half of the articles end with their outlet, or the
    first two titles were listed before them. A policy paper's sections (一、总体要求) show neither."""
    found = []
    for match in _CHINESE_HEADING.finditer(text):
        numeral = match[group]
        number = _chinese_number(numeral) if numeral else None
        if number is not None and _is_plain_heading(match):
            found.append(_heading(match, number))
    if len(found) < 2:
        return []
    # A heading right before another is an entry of a table of contents.
    headings = [
        heading
        for heading, after_start in zip(found, [h.start for h in found[1:]] + [len(text)], strict=True)
        if text[heading.end : after_start].strip()
    ]
    if len(headings) < 2 or any(
        heading.number not in (1, before.number + 1) for before, heading in itertools.pairwise(headings)
    ):
        return []
    if headings[0].number != 1:
        return []
    with_outlet = _ending_with_outlets(text, headings)
    front = text[: headings[0].start]
    listed = all(_trimmed_title(heading.title) in front for heading in headings[:2])
    return headings if listed or 2 * with_outlet >= len(headings) else []


def _front_title(front: str) -> str | None:
    """A plain-text bulletin's title: the first line before its first article that is
    short enough for a title and no date or table of contents (电子政务简报, not 目录)."""
    for line in front.splitlines():
        line = _clean_title(_MARKDOWN_HEADING_MARKS.sub("", line))
        if not line:
            continue
        if len(line) > _PLAIN_TITLE_LENGTH or re.sub(r"\s", "", line) in ("目录", "目次"):
            return None
        if _CN_DATE.fullmatch(line) or _ISO_DATE.fullmatch(line):
            return None
        return line
    return None


def _single_article_body_start(text: str, title: str, h1: re.Match[str] | None) -> int:
    """Where the text of a document of one article starts: after its ``# title``, or
    after its first line when that line is its title and more text follows (a page of
    news begins with its headline); at 0 when the text has no heading line: a text of
    one paragraph, or one whose first line is a sentence (ends with 。)."""
    if h1 is not None:
        return min(h1.end() + 1, len(text))
    first = re.search(r"\S[^\n]*", text)
    if first is None or text[first.end() :].strip() == "":
        return 0
    line = _clean_title(_MARKDOWN_HEADING_MARKS.sub("", first.group()))
    if line != title or line.endswith(("。", "！", "？", "；", ".")):
        return 0
    return min(first.end() + 1, len(text))


def split_articles(text: str, doc_id: str) -> tuple[tuple[Article, ...], str | None, str | None]:
    """Split a document into articles; return ``(articles, bulletin title, date)``.

    A document without numbered headings is one article spanning the whole text.
    Articles keep the numbers of their headings when these are distinct and at least 1;
    otherwise (``## 1.`` twice, ``## 0.``) they are numbered by position, so that every
    article of a document has its own number.

    Examples
    --------
    >>> text = "# 简报\\n2014年6月13日\\n## 1. 第一篇\\n正文。（新华网）\\n## 2. 第二篇\\n正文。\\n"
    >>> articles, title, date = split_articles(text, "x.md")
    >>> [(a.number, a.title, a.source) for a in articles], title, date
    ([(1, '第一篇', '新华网'), (2, '第二篇', None)], '简报', '2014-06-13')
    """
    headings = _heading_matches(text)
    front_end = headings[0].start if headings else len(text)
    front = text[:front_end]
    h1 = _H1.search(front)
    date = parse_date(front) if headings else parse_date(text[:2000])
    title = _clean_title(h1["title"]) if h1 else _front_title(front) if headings else None
    if not headings:
        first_line = next((line.strip() for line in text.splitlines() if line.strip()), "")
        title = title or _clean_title(_MARKDOWN_HEADING_MARKS.sub("", first_line))[:120] or doc_id
        source, source_date = _article_source(text, 0, len(text), h1.end() if h1 else None)
        article = Article(
            doc_id=doc_id,
            number=1,
            title=title,
            start=0,
            end=len(text),
            body_start=_single_article_body_start(text, title, h1),
            source=source,
            date=date or source_date,
        )
        return (article,), title, date
    articles = []
    for index, heading in enumerate(headings):
        end = headings[index + 1].start if index + 1 < len(headings) else len(text)
        body_start = min(heading.end + 1, end)
        source, source_date = _article_source(text, body_start, end)
        articles.append(
            Article(
                doc_id=doc_id,
                number=heading.number,
                title=_clean_title(heading.title),
                start=heading.start,
                end=end,
                body_start=body_start,
                source=source,
                date=parse_date(text[body_start : min(end, body_start + 200)]) or source_date or date,
            )
        )
    numbers = [article.number for article in articles]
    if len(set(numbers)) != len(numbers) or min(numbers) < 1:
        articles = [replace(article, number=index) for index, article in enumerate(articles, start=1)]
    return tuple(articles), title, date


# -- reading files --------------------------------------------------------------------


def make_document(doc_id: str, text: str, *, path: str, encoding: str = "utf-8") -> Document:
    """A :class:`Document` for already decoded text, split into its articles."""
    articles, title, date = split_articles(text, doc_id)
    return Document(id=doc_id, text=text, path=path, title=title, date=date, encoding=encoding, articles=articles)


def _unpaired_surrogate(text: str) -> int | None:
    """The offset of the first lone surrogate (JSON can escape one: ``"\\ud800"``), if any."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        return error.start
    return None


def _jsonl_lines(path: Path) -> Iterator[tuple[int, str]]:
    """The numbered lines of a JSON-lines file, read one at a time so that a large
    corpus is streamed. JSON text is UTF-8 (a leading BOM is allowed); lines end at
    ``\n`` only, since JSON strings may hold U+2028 and the like."""
    try:
        with path.open("rb") as stream:
            for line_number, raw in enumerate(stream, start=1):
                if line_number == 1:
                    raw = raw.removeprefix(b"\xef\xbb\xbf")
                try:
                    yield line_number, raw.decode("utf-8").rstrip("\r\n")
                except UnicodeDecodeError as error:
                    raise InputError(
                        f"{path}:{line_number}: not UTF-8 (byte {error.start} of the line); JSON lines must be UTF-8"
                    ) from error
    except OSError as error:
        raise InputError(f"{path}: cannot read it ({error.strerror})") from error


def _read_jsonl(path: Path, lines: Iterable[tuple[int, str]], encoding: str, *, name: str) -> Iterator[Document]:
    seen: dict[str, int] = {}
    for line_number, line in lines:
        if not line.strip():
            continue
        where = f"{path}:{line_number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(f'{where}: not valid JSON ({error.msg}); each line must be {{"id", "text"}}') from error
        except (ValueError, RecursionError) as error:  # numbers too long, arrays nested too deep
            raise InputError(f'{where}: cannot read this JSON line; each line must be {{"id", "text"}}') from error
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InputError(f'{where}: each line must be an object with a string "text" field')
        raw_id = record.get("id", f"{name}:{line_number}")
        if isinstance(raw_id, bool) or not isinstance(raw_id, str | int) or not str(raw_id).strip():
            shown = json.dumps(raw_id, ensure_ascii=False)[:40]
            raise InputError(f'{where}: the "id" field must be a non-empty string or an integer, not {shown}')
        doc_id = str(raw_id)
        for field_name, value in (("id", doc_id), ("text", record["text"])):
            offset = _unpaired_surrogate(value)
            if offset is not None:
                raise InputError(
                    f'{where}: the "{field_name}" field holds an unpaired surrogate escape at character {offset}; '
                    "write the character itself or a valid surrogate pair"
                )
        if doc_id in seen:
            raise InputError(f"{where}: the id {doc_id!r} was already used on line {seen[doc_id]}; ids must be unique")
        seen[doc_id] = line_number
        yield _with_record_facts(
            make_document(doc_id, record["text"], path=str(path), encoding=encoding), record, where
        )


#: The fields a crawler's JSON line may give besides its text, which kg reads when the
#: text does not say them: a news page's body seldom repeats its title, date and outlet.
_RECORD_FACTS = ("title", "date", "source")


def _with_record_facts(document: Document, record: dict, where: str) -> Document:
    """``document`` with the title, date and outlet its JSON line gives: the title is the
    document's (and its one article's, whose title would be the text's first line);
    the date and outlet are each article's that its text does not give."""
    facts = {}
    for name in _RECORD_FACTS:
        value = record.get(name)
        if value is None:
            continue
        if not isinstance(value, str):
            shown = json.dumps(value, ensure_ascii=False)[:40]
            raise InputError(f'{where}: the "{name}" field must be a string, not {shown}')
        if value.strip():
            facts[name] = " ".join(value.split())
    if not facts:
        return document
    date = parse_date(facts["date"]) if "date" in facts else None
    if "date" in facts and date is None:
        log.warning("%s: the date %r is no date kg reads (2015-03-01, 2015年3月1日); left out", where, facts["date"])
    title = facts.get("title")
    articles = tuple(
        replace(
            article,
            title=title if title and len(document.articles) == 1 else article.title,
            date=article.date or date,
            source=article.source or facts.get("source"),
        )
        for article in document.articles
    )
    return replace(document, title=title or document.title, date=document.date or date, articles=articles)


def read_path(path: Path, *, doc_id: str | None = None) -> Iterator[Document]:
    """The documents of one file (a ``.jsonl`` file holds many).

    ``doc_id`` names the document (by default the file's name); the lines of a
    ``.jsonl`` file without an ``id`` are named ``<doc_id>:<line number>``.
    """
    name = doc_id or path.name
    try:
        mode = path.stat().st_mode
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):  # /dev/zero would never end
            raise InputError(f"{path}: is a device, not a document file")
        suffix = path.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            documents = 0
            for document in _read_jsonl(path, _jsonl_lines(path), "utf-8", name=name):
                documents += 1
                yield document
            if not documents:
                raise InputError(f"{path}: the file is empty")
            return
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot read it ({error.strerror})") from error
    if not data.strip():
        raise InputError(f"{path}: the file is empty")
    text, encoding = decode(data, name=str(path))
    if suffix in HTML_SUFFIXES:
        try:
            text = html_to_text(text)
        except InputError as error:
            raise InputError(f"{path}: {error}") from error
    if not text.strip():
        raise InputError(f"{path}: the file has no text")
    yield make_document(name, text, path=str(path), encoding=encoding)


def _expand(paths: Iterable[str | Path]) -> Iterator[tuple[Path, bool, str]]:
    """Every file named or found below a named folder, with whether it was named and
    its document id: the file's name, or its path below the named folder."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                relative = child.relative_to(path)
                if not any(part.startswith(".") for part in relative.parts):
                    yield child, False, relative.as_posix()
        elif path.exists():
            yield path, True, path.name
        else:
            raise InputError(f"{path}: no such file or folder")


def iter_documents(
    paths: Iterable[str | Path],
    *,
    on_skip: Callable[[Skipped], None] | None = None,
) -> Iterator[Document]:
    """Read every document below ``paths`` in a stable order.

    Files named directly must be readable documents; inside folders, files of other
    kinds and files that cannot be read are skipped and reported through ``on_skip``.
    A document is named by its file name, or by its path below the folder it was found
    in (``2014/06.md``); two documents with the same name are an :class:`InputError`,
    since their articles and mentions would merge in the graph.
    """
    report = on_skip or (lambda skipped: log.warning("skipped %s: %s", skipped.path, skipped.reason))
    seen: dict[str, str] = {}
    for path, named, doc_id in _expand(paths):
        if not named and path.suffix.lower() not in DOCUMENT_SUFFIXES:
            report(Skipped(str(path), f"not a document type ({', '.join(sorted(DOCUMENT_SUFFIXES))})"))
            continue
        # Documents are passed on as they are read, so that a large JSON-lines corpus
        # is streamed. A file found in a folder that fails before giving a document is
        # skipped; one that fails halfway is an error, since its first documents are
        # already on their way.
        given = 0
        try:
            for document in read_path(path, doc_id=doc_id):
                if document.id in seen:
                    raise InputError(
                        f"{path}: a document named {document.id!r} was already read from {seen[document.id]}; "
                        "give each document a distinct file name (or id)"
                    )
                seen[document.id] = str(path)
                given += 1
                yield document
        except InputError as error:
            if named or given or "already read from" in str(error):
                raise
            report(Skipped(str(path), str(error).removeprefix(f"{path}: ")))
