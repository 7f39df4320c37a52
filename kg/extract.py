"""Extract: find the mentions of organizations, places, people, technologies and named
documents in a document's text.

The text is cut into words by a private jieba tokenizer that knows every gazetteer
name; words are then typed by the gazetteers, by jieba's dictionary tags and by rules
that generalise (a place followed by an institutional suffix is an organization; a
surname after a title is a person; a term in parentheses names the same thing as the
term before it). Overlaps are resolved in favour of the longest span, so nothing is
tagged inside a longer entity.
"""

from __future__ import annotations

import logging
import re
import threading
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import pairwise
from operator import attrgetter

import ahocorasick
import jieba
import rjieba

from kg.gazetteer import (
    ETHNIC_GROUPS,
    MINISTRIES_OF_EVERY_COUNTRY,
    Gazetteer,
    GazetteerEntry,
    Suffix,
    default_gazetteer,
)
from kg.model import Document, Mention

log = logging.getLogger(__name__)
jieba.setLogLevel(logging.WARNING)

_CJK_CHAR = r"\u3400-\u9fff\uf900-\ufaff"
_IS_CJK = re.compile(f"[{_CJK_CHAR}]")
_LATIN_WITH_SIGNS = re.compile(r"[A-Za-z][-+.&/]|[-+.&/][A-Za-z]")
#: 中央第三巡视组, 中央第三生态环境保护督察组: a numbered team the Party centre sends out,
#: a body of its own though its name begins with no body's.
_CENTRAL_TEAM = re.compile(
    "中央(?:第[一二三四五六七八九十]{1,3})(?:生态环境保护|环境保护|扫黑除恶|安全生产)?(?:巡视组|督察组|督导组|指导组)"
)
#: What follows a government's name in its procurement body's (政府|采购中心, 采购网).
_PROCUREMENT_UNIT = re.compile("采购(?:中心|网|办公室|办|管理办公室|监督管理办公室|管理处|管理局)")
#: How a company's or a group's name ends.
_COMPANY_ENDINGS = ("公司", "集团")
#: A body's acronym in brackets right after its name (世界粮食计划署（WFP）).
_BRACKETED_ACRONYM = re.compile(r"（[A-Z][A-Za-z0-9&-]{1,9}）")
#: The kinds of office a body keeps in a country or city (驻华代表处, 中国办公室).
_OFFICES_ABROAD = ("代表处", "办事处", "办公室", "代表团")
#: A body's office stationed in a country or city, named by 驻 and the place (驻华代表处).
_STATIONED_OFFICE = re.compile(r"驻(?P<place>[\u4e00-\u9fff]{1,5}?)(?:代表处|办事处|办公室|代表团)")
#: How a department's name ends (宣传司, 办公厅), which no given name does.
_UNIT_LAST_CHARACTERS = frozenset("司局处厅部署")
#: How the names of rivers, lakes and canals end (茅洲河), and the words before and after
#: one that tell it is one (沿|龙须河, 茅洲河|流经).
_WATER_ENDINGS = frozenset("河湖渠")
_BEFORE_WATERS = frozenset(["沿", "沿着", "经", "跨", "流入", "注入", "汇入", "横跨"])
_AFTER_WATERS = frozenset(
    [
        "是",
        "流经",
        "发源",
        "发源于",
        "流域",
        "沿岸",
        "两岸",
        "干流",
        "河段",
        "水质",
        "水位",
        "全长",
        "综合治理",
        "治理",
        "上游",
        "中游",
        "下游",
        "支流",
        "河道",
        "堤防",
        "岸线",
        "入海口",
        "水系",
    ]
)


def _places_named_like_people_elsewhere(text: str, chosen: list[_Candidate]) -> list[_Candidate]:
    """A word read as a person only by its surname (茅洲河|共和村) that the same text names
    as a place elsewhere (茅洲河|是|深圳第一大河, 通报|茅洲河|水质) is that place."""
    places = {text[c.start : c.end] for c in chosen if c.type == "Place" and c.end - c.start >= 3}
    if not places:
        return chosen
    return [
        replace(c, type="Place", rule="name-again", subtype="Region")
        if c.rule == "person-surname" and text[c.start : c.end] in places
        else c
        for c in chosen
    ]


def _in_a_waters_context(tokens: list[Token], index: int) -> bool:
    """Whether the word at ``index`` stands where a river or lake does: after 沿, 流入,
    before 流经, 沿岸, 水质 or 是 opening the sentence."""
    before = tokens[index - 1].text if index > 0 else ""
    after = tokens[index + 1].text if index + 1 < len(tokens) else ""
    if before in _BEFORE_WATERS or after in _AFTER_WATERS:
        return True
    # 茅洲河、深圳河等河流: listed with a river or lake of the dictionary's or the gazetteer's
    neighbours = (
        tokens[index - 2] if before == "、" and index >= 2 else None,
        tokens[index + 2] if after == "、" and index + 2 < len(tokens) else None,
    )
    return any(
        n is not None and n.tag in ("ns", "gaz") and len(n.text) >= 2 and n.text[-1] in _WATER_ENDINGS
        for n in neighbours
    )


_ALL_CJK = re.compile(f"^[{_CJK_CHAR}]+\\Z")  # \Z: $ would let a name end in a line break
#: What jieba itself cuts as Chinese (``jieba.re_han_default`` without its other signs).
_JIEBA_HAN = re.compile("^[\u4e00-\u9fd5]+\\Z")
#: Letters or digits alone (Gartner, 2014), which both cut the same way.
_PLAIN_LATIN = re.compile(r"^(?:[A-Za-z]+|[0-9]+)\Z")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&.\-']*")
#: Latin letters, with the accented ones of European names (António, Müller, Łukasz).
_LATIN_LETTERS = re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+")
_TERMINAL = "。！？!?；;：:…」』”）)】]>》|"
# Line breaks and the blanks after them; the blanks before are found by hand, because a
# pattern starting with blanks is tried at every blank of a long run (quadratic).
_LINE_BREAK = re.compile(r"(?:\r?\n[ \t\u3000]*)+")
#: How long a line without a comma may be and still be a title, whose end no break cuts.
TITLE_LINE_LENGTH = 40
_CLAUSE_MARKS = "，、；：,;"
_BLANKS = frozenset(" \t\u3000")
_LIST_OR_HEADING = re.compile(r"^(?:#|[-*+>] |\d{1,3}[.、．]|[（(]?[一二三四五六七八九十]+[、）)])")
#: A field of a page's byline or dateline (作者：, 来源：, 责任编辑：), which makes its line no prose.
_BYLINE_FIELD = re.compile(r"(?:作者|来源|编辑|责编|记者|通讯员|发布时间|时间|日期)\s*[：:]")
#: 来源：东南网, 稿件来源：人民网: the outlet a byline's source field names, up to a space or
#: the line's or field's end.
_SOURCE_FIELD = re.compile(
    rf"来源\s*[：:]\s*(?P<name>[{_CJK_CHAR}]{{1,12}}(?:[报网社台刊]|在线|新闻|频道|客户端|杂志))(?=[\s，。；|/]|$)",
    re.MULTILINE,
)
_BOOK_TITLE = re.compile(r"《[^《》\n]{1,80}》")
#: GB/T 22239-2019, YD/T 1234—2015, ISO/IEC 27001:2022: the number of a national, sector,
#: local or international standard names that standard.
_STANDARD_NUMBER = re.compile(
    r"(?<![A-Za-z0-9/])(?:GB(?:/[TZ])?|[A-Z]{2}/[TZ]|DB\d{2}(?:/T)?|ISO(?:/IEC)?|IEC|ITU-T [A-Z]\.?)"
    r"[ \u00a0]?\d{1,6}(?:\.\d{1,3})*(?:[-—–:：]\d{4})?(?![A-Za-z0-9])"
)
#: （以下简称“国家发改委”）, （简称网信办）: the short name a text defines in parentheses.
_SO_CALLED = re.compile(r"^(?:以下)?简称[“\"‘《]?([^“”\"‘’《》]{2,20}?)[”\"’》]?$")
#: A listed company's short name, then its stock code (药明康德，603259.SH; 腾讯控股，00700.HK).
_STOCK_CODE_AFTER = re.compile(r"^([^，,]{2,20}?)\s*[，,]\s*(?:股票代码|证券代码)?[:：]?\s*\d{4,6}(?:\.[A-Z]{2})?$")
_PARENS = re.compile(r"[（(][ \t\u3000]*([^（）()\n]{1,60}?)[ \t\u3000]*[）)]")
_LATIN_NAME = re.compile(r"(?<![A-Za-z0-9])([A-Z][a-zA-Z]+(?:[ \-][A-Z][a-zA-Z]+){0,3})(?![A-Za-z0-9])")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&\-]{1,9}\Z")
#: What follows a company named by its country and trade and makes it the country's
#: trade (中国电子|行业, 中国电子|信息|产业).
_TRADE_AFTER_COMPANY = re.compile(r"(?:信息|通信|服务)?(?:行业|产业|工业|业界)")
#: A name in Latin letters of up to six words, the first capitalised (Social Commerce, OpenAI).
_LATIN_WORDS = re.compile(r"[A-Z][A-Za-z\-]*(?: [A-Za-z][A-Za-z\-]*){0,5}")
#: The characters foreign names are transliterated with (阿, 克, 斯, 诺, 夫 ...).
TRANSLITERATION = frozenset(
    "阿埃艾爱安昂奥巴拜班邦贝本比彼宾波伯布查达戴丹德迪蒂丁杜顿多厄恩尔法范菲费芬丰弗福盖冈戈格根古哈海汉豪赫亨胡华霍基吉加贾杰金卡凯坎科克肯库奎拉莱兰朗劳勒雷里利莉连列林琳卢鲁路伦罗洛马迈麦曼梅门蒙米敏莫姆穆纳娜奈内尼宁努诺帕潘佩彭皮普奇契乔切琼丘萨塞桑瑟森沙莎舍什史斯松苏索塔泰坦汤特图托瓦万威韦维温沃乌伍西希谢辛休雅亚扬耶伊因尤于约泽扎詹兹卓"
    "思拉齐茨捷赛蒂娃娅丽妮黛琪莉芙茜露薇朵莎曼霍尔"
    "夫嘎汗赖瑞柯鲍叶孔冯贡儒缇佐蕾芭萝柴沙舒绍默珊姗代"
    "玛博涅摩珀撒逊翰哥夸提廉汀瑙纽陀梭腓甫赞圭恰屈庞滕翁隆延热修略"
    "罕密高"  # 史密斯, 密尔沃基, 米高梅
    "朔吕歇济申"  # 朔尔茨, 吕特, 米歇尔, 米尔济约耶夫, 卢卡申科
    "琴钦登伏锡昆"  # 库琴斯基, 克利钦科, 登迪亚斯, 伏尔加, 锡兰, 昆卡: in Xinhua's table
    "卜依"  # 阿卜杜拉, 伊卜拉欣, 卡里莫夫 also written 卡依莫夫
    "施"  # 施密特, 施罗德, 施泰因迈尔: German Schm-, Schr-, Schw-, St-
    "苗"  # 谢苗诺夫, 谢苗诺娃: Russian Sem-
    "南"  # 费尔南德斯, 布坎南, 南希: in Xinhua's table
    "朱"  # 朱莉, 朱迪, 朱利安, 朱塞佩: Ju- in Xinhua's table
    "廷别"  # 赫塞尔廷, 廷德曼, 别列佐夫斯基, 别尔德穆哈梅多夫: in Xinhua's table
    "堡廖"  # 海德堡, 爱丁堡, 汉堡; 科瓦廖夫, 谢廖沙: in Xinhua's table
    "季茹柳若"  # 季莫申科, 茹科夫, 柳德米拉, 若泽: in Xinhua's table
    "义"  # 赛义德, 赛义多夫: Arabic Sayyid
)
#: Characters of the standard transliteration of Uyghur, Kazakh and other Turkic and
#: Mongolian names (买买提, 阿依古丽, 努尔兰, 吐尔逊, 热合曼, 巴特尔), beyond the
#: Western alphabet above.
_TURKIC_TRANSLITERATION = frozenset(
    "阿艾爱安昂奥巴拜班包贝比别宾波布查达代丹德迪丁都杜多尔法夫尕嘎盖甘冈格古姑哈海罕汗合赫"
    "红洪胡吉加江杰金居卡开凯坎康克肯库夸拉来兰朗勒雷力丽里利莲林鲁伦罗洛麦买曼毛美蒙米敏明"
    "莫木穆那纳乃尼娜努帕潘佩皮普齐奇恰切热茹若萨赛桑色沙山尚舍什斯苏素孙索塔太坦唐特提帖铁"
    "图吐托瓦万旺维吾乌西希夏谢辛新亚雅耶伊依衣尤玉约再扎则孜祖卓肉乎其日登朝呼"
    # 阿不都热依木, 司马义·铁力瓦尔地, 肖开提, 也尔江, 排尔哈提, 乌云其木格, 额尔敦, 吾守尔,
    # 赛福鼎, 雪克来提, 祖农, 乌斯满 (not 和 of 苏和: it joins two names in a list)
    "不司义地肖也排云额敦守鼎雪农满福"
)
#: How Russian and other Slavic surnames end in their Chinese forms (-ov, -ev, -ova,
#: -eva, -ski): 伊布拉吉莫夫, 彼得罗娃, 科瓦尔斯基.
_SLAVIC_SURNAME_ENDINGS = ("夫", "娃", "斯基")
_INTERPUNCTS = frozenset("·•・")
#: Prepositions and conjunctions whose characters are in the transliteration alphabet
#: (因, 于, 与): cut as words of their own, they end the name before them.
_PREPOSITIONS_IN_NAMES = frozenset(["因", "于", "与", "和", "在"])
#: Prepositions and verbs of where one is or goes (在黎, 赴美, 驻港), before a place's short name.
_PLACE_PREPOSITIONS = frozenset(["在", "赴", "到", "驻", "从", "来", "离", "访", "回"])
#: 施特劳斯—卡恩: older print joins a double-barrelled name with one em dash (a dash
#: between clauses is two, ——, which jieba keeps as one word).
_NAME_HYPHENS = frozenset("-－‐—")
#: Words of time that jieba's dictionary tags as names (今天下午, 今年夏天, 上周四).
_TIME_WORD = re.compile(
    "^(?:今天|昨天|明天|前天|当天|今年|去年|明年|上周|本周|下周|今晚|昨晚|当晚)|(?:上午|下午|早上|晚上|凌晨|中午|傍晚|夜里)$"
)
_TRANSLITERATED_PART = f"[{''.join(sorted(TRANSLITERATION))}]{{1,8}}"
#: 穆罕默德·本·萨勒曼: Arabic names hold 本 (ibn, "son of") as a part of their own.
#: 多琳·伯格丹-马丁: a double-barrelled part joins its two halves with a hyphen.
_INTERPUNCT_NAME = re.compile(
    f"{_TRANSLITERATED_PART}(?:[·•・](?:本|{_TRANSLITERATED_PART}(?:[{''.join(sorted(_NAME_HYPHENS))}]{_TRANSLITERATED_PART})?)){{1,3}}"
)
#: The interpuncts between the parts of a foreign name.
_INTERPUNCT_SPLIT = re.compile("[·•・]")
#: 本·拉登: a first name's initial, an interpunct and a transliterated name.
_INITIAL_AND_NAME = re.compile(f"[\u4e00-\u9fff][·•・][{''.join(sorted(TRANSLITERATION))}]{{2,6}}")
_TURKIC_ALPHABET = _TURKIC_TRANSLITERATION | TRANSLITERATION
#: Endings of Turkic names that the gazetteer knows as brands (-bek, 别克: Buick).
_BRAND_NAME_ENDINGS = ("别克",)
_TURKIC_PART = f"[{''.join(sorted(_TURKIC_ALPHABET))}]{{2,6}}"
#: 买买提·艾力, 阿依古丽·买买提: a name in that alphabet, two or more parts of two or
#: more characters joined by interpuncts.
_TURKIC_NAME = re.compile(f"{_TURKIC_PART}(?:[·•・]{_TURKIC_PART}){{1,2}}")
_SPEECH_VERBS = frozenset(
    [
        "说",
        "表示",
        "指出",
        "称",
        "认为",
        "强调",
        "介绍",
        "透露",
        "提出",
        "告诉",
        "说道",
        "坦言",
        "解释",
        "回答",
        "宣布",
        "预测",
        "建议",
        "呼吁",
        "承认",
        "补充",
        "称赞",
        "谈到",
        "谈及",
        "提到",
        "提及",
        "主持",
        "会见",
        "出席",
        "率领",
        "签署",
        "致信",
        "看望",
        "通报",
        # reporting to a meeting and speaking at it (市长吴海峰|汇报|说)
        "汇报",
        "讲话",
        "致辞",
        "发言",
    ]
)
_SPEECH_VERB_PREFIXES = tuple(sorted(_SPEECH_VERBS))
#: The verbs of saying themselves, which a speaker's name opens a clause before (王建国说,
#: 据李红军介绍), not those of acts a body does as well (宣布, 主持, 签署).
SAYING_VERBS = frozenset(
    ["说", "表示", "指出", "称", "认为", "强调", "介绍", "透露", "告诉", "说道", "坦言", "解释", "回答", "承认", "补充"]
)
#: Verbs of taking an office (李明|任|省发改委主任, 王伟|现任|首席技术官): a name ends
#: before them, and an organization's name never reaches back across them.
_APPOINTMENT_VERBS = frozenset(
    [
        "任",
        "现任",
        "时任",
        "历任",
        "曾任",
        "原任",
        "出任",
        "兼任",
        "担任",
        "任职",
        "调任",
        "升任",
        "改任",
        "转任",
        "历任",
        "就任",
        "接任",
        "继任",
        "留任",
        "拟任",
        "聘任",
    ]
)
#: ... and with being elected to one, the verbs a person's name comes right before.
_OFFICE_TAKING_VERBS = _APPOINTMENT_VERBS | frozenset(["当选", "当选为", "再次当选", "连任"])
#: Words that, written right before a country, province or city, make the name of a
#: strategy or campaign (宽带中国, 数字中国, 健康中国, 平安浙江, 云上贵州, 大美青海), in
#: which the place is not a mention.
_SLOGAN_WORDS = frozenset(
    [
        "数字",
        "宽带",
        "健康",
        "美丽",
        "平安",
        "法治",
        "智慧",
        "创新",
        "书香",
        "幸福",
        "诚信",
        "信用",
        "绿色",
        "数智",
        "云上",
        "感知",
        "无线",
        "人文",
        "多彩",
        "七彩",
        "大美",
        "好客",
        "清新",
        "活力",
    ]
)
#: A company's name with the place of the branch or subsidiary in parentheses before its
#: legal form: 微软（中国）有限公司, 腾讯云计算（北京）有限责任公司.
_PARENTHESIZED_PLACE = re.compile(
    # (not 哈尔滨工业大学（深圳）|与|比亚迪股份有限公司: a conjunction joins two bodies)
    r"[（(]([\u4e00-\u9fff]{2,8})[）)](?:(?![与和及同])[\u4e00-\u9fff]){0,6}?(?:有限责任公司|股份有限公司|有限公司|公司)"
)
#: Words in parentheses inside a company's name besides a place: 上海国际港务（集团）股份有限公司.
#: How far from an article's end its outlet may stand (credits may follow it), and what
#: comes right before it (（新华网）, 【浙江日报】, 来源：人民网, ——据新华日报报道).
_OUTLET_REACH = 160
_BEFORE_AN_OUTLET = frozenset("（(【：:据 \t\u3000")
#: A stock code in brackets after a listed company's name: （600633）, (300212.SZ), （股票代码：000032）.
_STOCK_CODE = re.compile(r"[（(](?:(?:股票|证券)代码[:：]?\s*)?\d{6}(?:\.(?:SH|SZ|BJ))?[）)]")
#: An outlet that opens a paragraph before the date and 消息 or 讯 (中国网信网12月2日消息).
_OPENING_OUTLET = re.compile(
    r"(?:^|(?<=\n))(?P<name>[\u4e00-\u9fff]{2,10}?(?:网|报|社|台|在线|新闻))(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日)?(?:消息|讯)"
)
#: 法 after a technology's name that makes it a law's (数据安全法、, 个人信息保护法等), not
#: 法人, 法治, 法律 or 法规 (网络安全法律法规: the field's laws).
_LAW_AFTER_TERM = re.compile(r"法(?![人治律规院官庭师学家])")
#: The national strategies named "… China" (数字中国, 健康中国), after which bodies are named.
_CHINA_STRATEGIES = frozenset(["数字", "美丽", "健康", "平安", "法治", "智慧", "创新", "网络"])
#: Words between a body's place and its fields (法国|国家|信息与自由委员会).
_NATIONAL_WORDS_IN_NAMES = frozenset(["国家", "联邦", "国立", "皇家"])
#: A byline right after an outlet's 讯 (千龙网讯（记者 李雪）).
_BYLINE_AFTER_OUTLET = re.compile(r"[（(]\s*(?:本报|本网)?(?:记者|通讯员|实习生)")
#: Characters that begin no outlet's name at a paragraph's opening (据新华社…, 本报…, 从…).
_NOT_BEGINNING_AN_OUTLET = frozenset("据本从在由经")
#: How the name of a paper, site, agency or station ends (an article's outlet).
_OUTLET_NAME = re.compile(r"(?:[报网社台刊]|在线|新闻|频道|客户端|杂志)$")
#: The fields a country's ministry or agency is named by, listed with 、 and 和, and 部,
#: 局, 署 or 办公室 (数字发展、创新和航空航天工业部; 通信、信息技术和大众传媒监督局; 瑞士联邦信息
#: 技术、系统和电信办公室).
_MINISTRY_OF_LISTED_FIELDS = re.compile(
    r"(?:[\u4e00-\u9fff]{2,8}、){1,3}[\u4e00-\u9fff]{2,8}和[\u4e00-\u9fff]{2,10}?(?P<kind>部(?!门)|局|署|办公室)"
)
_MINISTRY_OF_TWO_FIELDS = re.compile(r"[\u4e00-\u9fff]{2,8}?[与及][\u4e00-\u9fff]{1,8}?(?P<kind>部(?!门)|局|署)")
_PARENTHESIZED_FORMS = frozenset(["集团", "控股", "股份", "控股集团", "集团控股"])
#: Zones a place names for itself (新区, 自由贸易试验区, 经济技术开发区); the gazetteer
#: lists them as places (雄安新区, 中国（上海）自由贸易试验区), so after a place, with
#: an optional place in parentheses (中国（海南）), they make a place of their own.
#: The short forms 高新区 and 经开区 are left out for now: read as places they gave
#: 国务院 regulates 西安高新区 from 西安高新区经国务院批准 (where 国务院 approved only the
#: zone's founding) and cost People's Daily LOC 0.001.
_ZONE = re.compile(
    r"(?:[（(][\u4e00-\u9fff]{2,6}[）)])?"
    r"(?:自由贸易试验区|自贸试验区|自由贸易港|自贸港|自贸区|高新技术产业开发区|经济技术开发区|经济开发区"
    r"|新技术开发区|国家自主创新示范区|自主创新示范区|综合保税区|保税区|新区|高新区|经开区|开发区|工业园区)"
)
#: The parts of a city a new area is named after (成都东部新区, 天津南部新区).
_PARTS_OF_A_CITY = frozenset(["东部", "西部", "南部", "北部"])
#: The short names of zones, which jieba's dictionary tags as people's names (高新区 nr).
_ZONE_WORDS = frozenset(["高新区", "经开区", "开发区", "工业园区", "产业园区", "保税区", "新区"])
#: The rest of a zone's kind after a name jieba glued its first character to (郑东新|区,
#: 张江高|科技园区): see ``_zones_read_as_names``.
_ZONE_TAILS = _ZONE_WORDS | {"区", "科技园区", "园区"}
#: An area of a free-trade zone, named after the zone (中国（上海）自由贸易试验区|临港新片区,
#: …自由贸易试验区|前海蛇口片区): one place with it.
_ZONE_AREA = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:新片区|片区)")
#: How a zone's name ends (开发区, 新区, 自由贸易试验区 ...).
_ZONE_KINDS = (
    "开发区",
    "高新区",
    "经开区",
    "新区",
    "实验区",
    "保税区",
    "工业园区",
    "产业园区",
    "自贸区",
    "自由贸易试验区",
)
_FREE_TRADE_ZONES = ("自由贸易试验区", "自贸试验区", "自贸区", "自由贸易港", "自贸港")
#: The administrative committee of a zone, after the zone or after a place and the short
#: name of its zone (成都|高新区|管委会, …临港新片区|管委会, 苏州工业园区|管理委员会).
_ZONE_BODY = re.compile(
    "(?P<zone>高新区|经开区|开发区|高新技术产业开发区|经济技术开发区|经济开发区|综合保税区|保税区|自贸区|新区|工业园区|产业园区|园区)?"
    "(?:管委会|管理委员会|党工委)"
)
_ZONE_ENDINGS = ("区", "港", "园")
#: Industrial parks and science cities, after their place or name (中关村|科学城, 中白|工业园).
_PARK_KINDS = frozenset(["科学城", "科技城", "工业园", "产业园", "科技园", "软件园", "生态城"])
#: Tags of the names of parks and science cities (怀柔 nr, 张江 new, 中白 new).
_PARK_NAME_TAGS = frozenset(["ns", "nr", "nrt", "nz", "new"])
#: A transport hub or protected area named by the place it serves or lies in, or by a
#: name of its own (成都|天府|国际机场, 宁波|舟山|港, 大熊猫|国家公园): a place, like the
#: zones and landmarks of the gazetteer and jieba's 上海港 and 虹桥机场.
_FACILITIES = ("国际机场", "机场", "港", "国家公园", "自然保护区")
_FACILITY_LAST_CHARACTERS = frozenset(kind[-1] for kind in _FACILITIES)
#: A railway line named by the two cities it joins (京广线, 秦沈客运专线): see
#: ``Extractor._railway_lines``.
_LINE_BY_ITS_ENDS = re.compile(r"([\u4e00-\u9fff]{2})(?:客运专线|专线|线)")
#: What follows an expressway's short form (京沪高速) where the words name a railway
#: instead (京沪高速|铁路, 京沪高速|客运专线, 京沪高速|列车).
_RAILWAY_AFTER_HIGH_SPEED = ("铁路", "铁", "客运专线", "客专", "列车", "动车", "磁悬浮", "磁浮")
#: Railways and roads named by the short forms of the places they join (雅万|高铁, 京张|高铁,
#: 沪|昆|高铁, 匈塞|铁路, 蒙内|铁路): the line is one place, as 京九铁路 is.
_LINE_KINDS = ("高速铁路", "城际铁路", "铁路", "高铁", "高速公路")
#: How the name of a railway or road the gazetteer knows ends (京九铁路, 京广线, 石济客专):
#: a station after it (京九铁路|京南第一大站) is a stop on the line, no body named after it.
_LINES_BEFORE_STATIONS = ("铁路", "高铁", "客运专线", "客专", "城际", "线", "公路", "高速")
#: Works named by the place they stand in or a name of their own (丹江口|水库, 大庆|油田,
#: 小浪底|水库, 白鹤|滩|水电站, 港珠澳|大桥, 京唐|港区, 霍尔果斯|口岸): one place each.
_WORKS_KINDS = (
    "水利枢纽",
    "水电站",
    "核电站",
    "电站",
    "水库",
    "大坝",
    "油田",
    "气田",
    "长江大桥",
    "黄河大桥",
    "大桥",
    "隧道",
    "港区",
    "深水港",
    "口岸",
)
#: Railway stations, named only after the city they serve (北京|南站, 杭州|东站).
_STATION_KINDS = frozenset(["南站", "北站", "东站", "西站", "火车站"])
_INFRASTRUCTURE_KINDS = _LINE_KINDS + _WORKS_KINDS + tuple(sorted(_STATION_KINDS))
_INFRASTRUCTURE_LAST_CHARACTERS = frozenset(kind[-1] for kind in _INFRASTRUCTURE_KINDS)
#: Works that news names as the enterprises that run them (大亚湾核电站, 大庆油田):
#: organizations, as People's Daily tags them; the others, railway stations among them
#: (石家庄|火车站, 北京|西站), are places.
_WORKS_RUN_AS_BODIES = frozenset(["水电站", "核电站", "电站", "油田", "气田"])
#: How often jieba's dictionary may have seen a town's name after 首都 or 东部 (加的夫
#: 23); words seen more often are kinds of places (城市, 山区, 重镇 665).
_COMMON_NAME_OF_A_KIND = 50
#: Words for a country's, state's or province's seat of government, before its name.
_SEATS_OF_GOVERNMENT = frozenset(["首都", "首府", "省会", "州府", "首邑"])
#: Oil and gas fields, which a province's name names too (青海油田, 四川气田).
_FIELDS = ("油田", "气田")
#: Words for a kind of work, which name none (光伏|电站, 抽水|蓄能|电站, 跨海|大桥).
_KINDS_OF_WORKS = frozenset(
    [
        "光伏",
        "风力",
        "风电",
        "火力",
        "火电",
        "水力",
        "燃煤",
        "燃气",
        "蓄能",
        "核能",
        "太阳能",
        "潮汐",
        "地热",
        "梯级",
        "跨海",
        "跨江",
        "海底",
        "地下",
        "引水",
        "调水",
        "病险",
        "水源",
        "货运",
        "客运",
        "重载",
        "城际",
    ]
)
#: Tags of a word that may name a line or a work of its own: unknown words, names,
#: places, abbreviations and proper or common nouns jieba seldom sees.
_WORKS_NAME_TAGS = frozenset(["new", "nr", "nrt", "nrfg", "ns", "nz", "j", "n", "ng"])
#: Levels and kinds that stand between a nature reserve's name and 自然保护区
#: (草海|国家级|自然保护区, 黑河|湿地|国家级|自然保护区) and name none on their own.
_RESERVE_LEVELS = frozenset(["国家级", "省级", "市级", "县级", "省", "市", "县"])
#: The kinds of protected area a level is written before (国家级|自然保护区, 省级|森林公园).
_RESERVES = ("保护区", "森林公园", "湿地公园", "地质公园", "风景名胜区", "风景区")
_RESERVE_KINDS = frozenset(["湿地", "森林", "海洋", "草原", "荒漠", "野生动物", "野生动植物", "生态", "自然", "地质"])
#: Words for a kind of airport, not a name (军用机场, 支线机场, 直升机场).
_AIRPORT_KINDS = frozenset(
    [
        "停",
        "飞",
        "直升",
        "军用",
        "民用",
        "民航",
        "通用",
        "支线",
        "干线",
        "枢纽",
        "国内",
        "货运",
        "备降",
        "临时",
        "大型",
        "小型",
        "野战",
        "水上",
        "海上",
        "国际",
        "新",
    ]
)
#: Words that may name a facility between its place and its kind (天府, 大兴, 热带雨林).
_FACILITY_NAME_TAGS = frozenset(["n", "nz", "ns", "nr", "nrt", "ng", "b", "j", "gaz", "new"])
#: Verbs that set up a new body, which may then be named by its field and suffix alone.
_ESTABLISHING_VERBS = frozenset(["成立", "设立", "组建", "筹建", "新建", "创建", "创办", "揭牌"])
#: Crimes named by the means used (电信网络诈骗, 网络犯罪): activities, not technologies.
_CRIMES = ("诈骗", "犯罪")
#: A company's boards: a body after its company's name, but part of a title before one
#: (董事会主席, like 董事长).
_BOARDS = frozenset(["董事会", "董事局", "监事会"])
#: The titles a board gives (董事会主席, 监事会主席, 董事会秘书).
_BOARD_TITLES = frozenset(["主席", "副主席", "执行主席", "秘书", "成员"])
#: The legal form that ends a company's full name (天津港集团|有限公司), which an
#: article leaves out when it names the company again.
_LEGAL_FORMS = frozenset(["有限公司", "股份有限公司", "有限责任公司", "股份公司"])
#: What a company's legal name holds after its own name: a trade, a group, a legal form
#: (大疆创新|科技有限公司, 大北农|科技集团股份有限公司, 北大荒|农垦集团有限公司).
_TRADE_AND_LEGAL_FORM = re.compile(
    r"(?:(?:网络|信息|数字|智能)?科技|技术|信息技术|实业|投资|发展|控股|建设|能源|化工|农垦|农业|汽车|电子|通信|医药|食品|物流)?"
    r"(?:（集团）|集团|控股集团|集团控股|产业集团)?(?:股份有限公司|有限责任公司|有限公司|股份公司|公司)"
)
#: Words for a company by its tie to another (谷歌|母公司, 华为|子公司): after a name
#: they name another company, not one called by that name.
_KIN_COMPANIES = frozenset(["母公司", "子公司", "孙公司", "子集团", "上市公司", "挂牌公司"])
#: One-character abbreviations of China's provinces, municipalities and regions (沪, 苏,
#: 浙, 皖): a run of them is a list of provinces (沪苏浙皖, 苏浙沪), not a name.
_PROVINCE_ABBREVIATIONS = frozenset("京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔贵滇云藏陕秦甘陇青宁新港澳台蒙")
#: A railway or highway named by the two provinces or cities it joins, one character
#: each (京沪高速铁路, 川藏公路, 京九铁路, where 九 is 九龙), and not a body of it (京沪铁路局).
_PROVINCE_CHARACTERS = "".join(sorted(_PROVINCE_ABBREVIATIONS))
_LINE_BETWEEN_PLACES = re.compile(
    f"[{_PROVINCE_CHARACTERS}][{_PROVINCE_CHARACTERS}九]"
    "(?:高速铁路|高速公路|铁路|公路|高铁)(?!局|分局|法院|检察院|公安|运输|公司|集团|管理)"
)
#: What follows a list of provinces: their number (三省, 两地) or a word for a region.
_AFTER_PROVINCES = re.compile(r"^(?:[两二三四五六七八九十]+[省地市区方]|地区|一带|等地|区域|交界)")
#: Words for what a person is or does, which news writes right before the person's name
#: (村民周桂兰, 种植户陈大勇, 民警李强) but which are no titles: they stand inside bodies'
#: names too (村民委员会, 农民专业合作社, 职工医院), where a title never does.
_PEOPLE_WORDS = frozenset(
    [
        "村民",
        "居民",
        "市民",
        "农民",
        "群众",
        "党员",
        "老党员",
        "志愿者",
        "网格员",
        "种植户",
        "养殖户",
        "贫困户",
        "脱贫户",
        "农户",
        "工人",
        "职工",
        "员工",
        "学生",
        "患者",
        "游客",
        "网民",
        "店主",
        "司机",
        "民警",
        "辅警",
        "医生",
        "护士",
        "教师",
        "老师",
        "战士",
        "技术员",
        "快递员",
        "外卖员",
        "外卖骑手",
        "骑手",
        "环卫工人",
        "环卫工",
        "清洁工",
        "保洁员",
        "保安",
        "个体户",
        "摊主",
        "菜农",
        "果农",
        "渔民",
        "牧民",
        "农民工",
        "鞋匠",
        "船员",
        "老人",
        "村医",
        "乡医",
        "国脚",
        "经营户",
        "个体户",
        "村干部",
        "驻村干部",
        "社区干部",
        "干部",
        "家长",
        "专家",
        "学者",
        "企业家",
        "合伙人",
        "实际控制人",
        "控股股东",
        "车主",
        "业主",
        "乘客",
        "旅客",
        # in court and police news
        "被告人",
        "犯罪嫌疑人",
        "嫌疑人",
        "被害人",
        "受害人",
        "证人",
        "当事人",
        "原告",
        "被告",
        "上诉人",
        "被上诉人",
        "申请人",
        "被申请人",
        "被执行人",
        "申诉人",
        "举报人",
        "辩护人",
        "法定代表人",
        "罪犯",
        "逃犯",
        "嫌犯",
        # in disaster and accident news
        "遇难者",
        "死者",
        "伤者",
        "伤员",
        "被困者",
        "幸存者",
        "失踪者",
        "矿工",
        "女孩",
        "男孩",
        "小女孩",
        "小男孩",
        "少年",
        "青年",
        "妇女",
        "姑娘",
        "小伙",
        "小伙子",
        "老汉",
        "大学生",
        "研究生",
        "博士生",
        "留学生",
        "老兵",
        "老红军",
        "退役军人",
        "英雄",
        "烈士",
        "劳模",
        "劳动模范",
        "老板",
        "老板娘",
        "创业者",
        "农场主",
        "厨师",
        "艺人",
        "歌手",
        "演员",
        "主播",
        "茶农",
        "棉农",
        "药农",
        "花农",
        "瓜农",
        # family: 被告人李文华的妻子|王秀英
        "妻子",
        "丈夫",
        "儿子",
        "女儿",
        "父亲",
        "母亲",
    ]
)
#: Last characters of words for what someone does (炊事员, 驾驶员, 车工, 鞋匠, 菜农), which
#: may stand before a name as 村民 does.
_OCCUPATION_ENDINGS = frozenset("员工匠农")
#: Verbs of appointing someone to an office or removing them from it (任命|张建华|为,
#: 免去|刘卫东|的): the name right after them is a person's.
_APPOINTING_VERBS = frozenset(["任命", "提名", "免去", "推荐", "推选", "选举", "补选", "增补", "聘请", "聘任", "委任"])
#: What follows the person an appointing verb names: 为 before the office, 的 before it
#: in a removal, or the next name of a list.
_AFTER_APPOINTEE = frozenset("为的、，")
#: 李路明任清华大学校长: a name of two or three characters opening a clause (after a
#: sentence's start, punctuation or 决定), then 任 (see ``_people_taking_posts``).
#: Adverbs of time before 任 (廖林曾任, 陈丽原任, 他后又任): no name ends with one.
_BEFORE_REN = frozenset("曾原现兼拟时历调升改转出继接留就后又再还也并即")
#: What is built, set up or held somewhere, right after 在 and the place (在塞格德建设).
_WHAT_IS_DONE_AT_A_PLACE = frozenset(
    ["建设", "投资", "设立", "举行", "举办", "开设", "落户", "建厂", "兴建", "新建", "召开", "开幕", "成立", "投产"]
)
_TAKES_A_POST = re.compile(r"(?:^|(?<=[，,。；;：:\n]))\s*(?P<name>[\u4e00-\u9fff]{2,3}?)任(?=[\u4e00-\u9fff])")
#: Words of an election's outcome (甘肃选举|产生|省监察委员会主任): a body's name begins after them.
_ELECTED = frozenset(["产生", "选出", "当选", "选举产生"])
#: What an election body's name goes on with after 选举 (选举委员会, 选举管理委员会).
_ELECTION_BODIES = ("委员会", "管理委员会", "管理局", "监督", "监察", "事务")
#: 免去|黄海的福建省科学技术厅厅长职务: a name of two or three characters, 的, then the post
#: the clause ends with 职务.
_REMOVED_FROM_POST = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,3})(?:同志)?的[^。；;，,、\n]{2,40}?(?:职务|一职)")
#: Titles of government and Party officials, after which a company's two-character short
#: name that begins with a surname is a person's name (副主席|包钢, 副市长|马钢).
_GOVERNMENT_TITLES_BEFORE_NAMES = (
    *("主席", "省长", "市长", "县长", "区长", "州长", "旗长", "镇长", "乡长", "书记", "常委"),
    *("部长", "厅长", "局长", "主任", "秘书长", "委员", "代表", "专员"),
)
#: A ministry's department named alone at a clause's start, before its head's title
#: (，养老服务司司长李邦华).
_DEPARTMENT_BEFORE_ITS_HEAD = re.compile(r"(?:^|(?<=[，,。；;：:\n]))\s*(?P<unit>[\u4e00-\u9fff]{2,10}?司)(?=副?司长)")
#: What an official delivers (作关于…的报告, 作政府工作报告, 作重要讲话): after 作, which a
#: two-character name must not take for its last character.
_WHAT_IS_DELIVERED = (
    "关于",
    "报告",
    "政府工作报告",
    "工作报告",
    "重要讲话",
    "讲话",
    "说明",
    "动员",
    "部署",
    "总结",
    "批示",
)
#: The rest of a document's number after the issuer's code (鲁政|任〔2025〕12号, 苏政|发〔…〕).
_DOCUMENT_NUMBER_AFTER = re.compile(r"[\u4e00-\u9fff]{0,2}[〔\[［]\s*(?:19|20)\d{2}\s*[〕\]］]")
#: Prepositions jieba's HMM glues to a village's or town's name after a verb or adverb
#: (将|以余村|为核心, 前往|在前村).
_PREPOSITIONS_GLUED_TO_SETTLEMENTS = frozenset("以在于从到向对把被由")
#: Words inside the names of standing headquarters that jieba cuts into pieces that end
#: no name (森林草原|防|灭火|指挥部, 省|三|防办): every province has such a body; and an
#: Inner Mongolian banner's committee, government, congress and conference named by the
#: level alone (旗委, 旗|人大常委会), as a county's are (县委); and every government's
#: 发展改革委, which jieba cuts 发展|改|革委会 before 会同 (a revolutionary committee); and
#: the offices and leading groups of the Party committees' inspection tours (省委|巡视|办,
#: 巡视 a verb to jieba: every province's and city's committee has them); and an office of
#: special commissioners (审计署驻武汉|特派员办事处), which holds its head's title; and the
#: fields of market regulators' bureaus that jieba cuts at a verb or adverb
#: (价格监督检查和|反|不|正当竞争|局: 反不正当竞争, 反垄断); and a local government's office
#: of Taiwan, Hong Kong and Macao affairs (市|台|港澳办: no national 港澳办).
_WORDS_OF_BODIES = (
    "防灭火",
    "三防办",
    "旗委",
    "旗政府",
    "旗人大",
    "旗人大常委会",
    "旗政协",
    "旗纪委",
    "发展改革委",
    "巡视办",
    "巡察办",
    "巡视工作领导小组",
    "巡察工作领导小组",
    "特派员办事处",
    "反不正当竞争",
    "反垄断",
    "台港澳办",
)
#: Last characters of titles and words for what someone is that jieba cuts off them
#: (首席风险|官, 实际控制|人).
_TITLE_LAST_CHARACTERS = frozenset("官人员长户者民")
#: Verbs of resigning, after whose subject a congress's 接受 stands (接受殷勇辞去…职务).
_RESIGNING = ("辞去", "辞职", "辞任")
# Bodies named by a generic word that, in news, means one specific body (the city's Party
# committee, the country's parliament); kept as organizations of their own.
#: The services of an armed force, bodies on their own (PLA's, or the country's named
#: before them: 美国海军).
_ARMED_SERVICES = ("陆军", "海军", "空军", "火箭军")
#: Officers' ranks, which a service before them is part of (海军中将, 陆军大校, 空军准将).
_RANKS = frozenset(
    [rank + grade for rank in "上中少大" for grade in "将校尉"]
    + ["准将", "准尉", "上士", "中士", "下士", "士官", "一级军士长"]
)
#: Words for the whole country or a region before its congress or consultative
#: conference written into a member's title (全国|人大代表, 自治区|政协委员).
_NATIONAL_AND_REGIONAL = frozenset(["全国", "自治区", "自治州", "自治县"])
#: A country's chambers of parliament and its constitutional court, which news names
#: alone (解散|国民议会) or after the country (菲律宾|众议院).
_CHAMBERS = ("众议院", "参议院", "上议院", "下议院", "国民议会", "联邦议院", "宪法法院")
#: The last character of a body's short name for the word that ends its full name (省卫健委
#: for 四川省卫生健康委员会, 成都市网络理政办 for 成都市政务服务管理和网络理政办公室, 玉林街道办
#: for …玉林街道办事处, 致公党中央 for 中国致公党中央委员会).
#: The full words that end bodies' names, which a shorter suffix may abbreviate (管委会).
_FULL_SUFFIXES = ("管理委员会", "执行委员会", "委员会", "办公室", "管理局", "办事处")
_SHORT_ENDINGS = {"委": ("委员会",), "办": ("办公室", "办事处"), "央": ("中央委员会",)}
_STANDALONE_ORGANIZATIONS = frozenset(
    [
        "市委",
        "省委",
        "县委",
        "区委",
        "州委",
        "地委",
        "盟委",
        # an Inner Mongolian banner's, a county's peer
        "旗委",
        "旗政府",
        "镇党委",
        "乡党委",
        "村党支部",
        "村党委",
        "社区党委",
        "社区党支部",
        "党支部",
        "党委",
        "党组",
        "工会",
        "军委",
        "市政府",
        "省政府",
        "县政府",
        "区政府",
        "镇政府",
        "乡政府",
        "人大",
        "政协",
        "市人大",
        "省人大",
        "市政协",
        "省政协",
        "内阁",
        "议会",
        "国会",
        # a country's chambers and highest courts, named without the country
        *_CHAMBERS,
        # a sport's national team (People's Daily tags it as a body)
        "国家队",
        "筹委会",
        "组委会",
        # the services of an armed force (PLA's, or the country's named before them)
        *_ARMED_SERVICES,
    ]
    # The province's, city's, county's or district's commission for discipline, people's
    # congress and consultative conference, its federations of trade unions, women,
    # writers and artists, returned overseas Chinese, the disabled, industry and
    # commerce, its association for science (市纪委, 县人大常委会, 市妇联, 省总工会), and
    # its committee of the Communist Youth League (团市委).
    + [
        level + body
        for level in "省市县区旗"
        for body in ["纪委", "人大", "人大常委会", "政协", "总工会", "妇联", "文联", "侨联", "残联", "工商联", "科协"]
    ]
    + ["团省委", "团市委", "团县委", "团区委"]
)
#: The Party committee, branch or group of a unit (every school, firm and village has
#: one) names no body in particular on its own: a mention only inside a title
#: (党委书记) or a longer name.
_UNNAMED_BODIES = frozenset(["党委", "党支部", "党组", "工会"])
#: 以上, 以下 after a level (县级以上): every body of those levels, no one body.
_AND_ABOVE = ("以上", "以下")
#: 某 ("a certain"): a name holding it leaves the body unnamed (某市某局, 原某国有银行).
_UNNAMED = "某"
#: A Party committee, government, congress or conference named by its level alone (市委,
#: 县政府, 区人大常委会): whose it is, the article says.
#: An autonomous region's or prefecture's Party committee is its 党委 (自治区党委, 自治州党委).
BODY_OF_A_LEVEL = re.compile(
    r"(?P<level>自治区|自治州|[省市县区州旗盟])(?P<body>委|党委|政府|人民政府|人大常委会|政协|纪委)"
)
#: A department of that level's government or committee (市教育局, 省公安厅, 区政务服务
#: 中心, 市委宣传部); not a word that begins with the level's character (市场, 区域, 区块链,
#: 县域, 州立, 省级, 市属, 省直).
UNIT_OF_A_LEVEL = re.compile(
    r"(?P<level>自治区|自治州|[省市县区州]|旗(?![下舰帜袍号手])|盟(?![友国军员]))(?![场域块级属直立])"
    r"(?P<body>[\u4e00-\u9fff]{1,16}?(?:局|厅|委|办|办公室|委员会|会|联|中心|院|所|处|署|站|部|馆|总队|支队|大队|党校|巡视组|巡察组|领导小组))"
)
#: 各 and the levels listed after it, up to a level body's first character: a notice's
#: addressees (各市、县人民政府, 各设区市人民政府, 各县（市、区）人民政府); and 设区(的)市,
#: every city with districts (南京、苏州等设区市政府).
_EVERY_BODY_OF_A_LEVEL = re.compile(r"(?:各[省市县区州盟旗乡镇设、（）()]*[省市县区州盟旗乡镇]|设区的?市)$")
# 名为“云服务采购一体化政府采购项目”的专业机构: a quoted name that the sentence calls a body.
#: The Party committee or group of a body, named after the body (国资委党委, 局党组).
_PARTY_UNITS = ("党委", "党组", "党工委", "党支部", "党总支")
#: The standalone bodies as endings: a word ending in one is a place's body of that level.
_LEVEL_BODIES = tuple(sorted(_STANDALONE_ORGANIZATIONS))
#: How a country's central bank's name ends (土耳其中央银行, 印度储备银行, 埃塞俄比亚国家银行,
#: 美国联邦储备委员会).
_CENTRAL_BANK_ENDINGS = ("中央银行", "央行", "储备银行", "国家银行", "联邦储备委员会")
#: Words before 央行 that make it every country's (各国央行, 全球主要央行).
_EVERY_COUNTRY = ("各国", "多国", "全球", "全球主要", "主要", "各", "财长和", "财政部长和", "成员国")
_STANDALONE_PREFIXES = frozenset(body[:2] for body in _STANDALONE_ORGANIZATIONS)
_QUOTED_BODY = re.compile(r"[“\"]([^“”\"\n]{2,30})[”\"]的[^，。；、\n]{0,6}?(?:机构|组织|单位|部门|委员会|协会|联盟)")
#: 共建“智慧审判实验室”, 成立“数字政府联合实验室”: a body set up, named in quotation marks
#: and ending with a unit's kind (``kind``: a research unit's).
_QUOTED_BODY_SET_UP = re.compile(
    r"(?:成立|共建|组建|设立|建立|挂牌|揭牌|联合成立|合作共建)(?:了)?\s*[“\"]"
    r"([^“”\"\n，。、；]{2,20}?(?:(?P<kind>实验室|研究院|研究中心|研究所)|创新中心|联盟|工作室))[”\"]"
)
#: “红双喜”公司, “艺术咖啡”酒吧, 『花儿』队: a short name in quotation marks and, right
#: after the closing mark, the kind of body it names.
_QUOTED_NAME_AND_KIND = re.compile(
    r"[“『「][^“”『』「」\s，。、；：！？,;:!?]{1,8}[”』」]"
    r"(?:公司|集团|酒吧|酒家|饭店|宾馆|商店|俱乐部|游击队|部队|议员团|艺术团|合唱团|剧团|队|分局|协会|学校|研究所|工作室)"
)
_GENERIC_TAILS = frozenset(["部门", "机构", "官员", "人员", "工作人员", "负责人", "领导", "系统", "网站", "官网"])
#: Words before a body's short form that make it the bodies of that kind (两国|海关,
#: 各地|海关, 直属|海关), not the one an article named in full (海关总署); 全国|海关, the
#: service as a whole, is still the administration that runs it.
_SCOPES_OF_KINDS = ("两国", "各国", "各地", "各级", "直属", "地方", "沿海", "基层", "有关", "当地", "各")
#: A count or a scope right before a word for a kind of body (40余家|城市商业银行, 11个设区市|
#: 医保局, 全省|农商银行, 首家省级|农商联合银行; not 全国|海关, the national service): the bodies of
#: that kind, not one named.
_COUNTED_OR_SCOPED = re.compile(
    r"(?:[\d一二两三四五六七八九十百千几多]+\s*余?\s*[家个所座位名]|全省|全市|全区|全县|首家|省级|市级|县级|设区市)\s*$"
)


def _scoped_as_a_kind(text: str, start: int) -> bool:
    """Whether the word at ``start`` names the bodies of a kind, not one: after 两国,
    各地, 直属 … (:data:`_SCOPES_OF_KINDS`), a count or a scope (:data:`_COUNTED_OR_SCOPED`)."""
    return any(text.endswith(scope, 0, start) for scope in _SCOPES_OF_KINDS) or bool(
        _COUNTED_OR_SCOPED.search(text, max(0, start - 10), start)
    )


#: What a body does or who works for it, which jieba writes as one word with the body's
#: short form (海关监管, 海关人员): the short form still names the body.
_BODY_TAILS = _GENERIC_TAILS | frozenset(["监管", "执法", "管理", "关员"])
_DOCTRINES = frozenset(("理论", "思想", "主义", "同志", "精神", "路线"))
#: One character after a surname that makes a form of address, not a name: 杜氏, 胡老.
_HONORIFICS = frozenset("氏老总某家")
#: Characters of negation and disorder, and 两 (two), which no given name holds (People's
#: Daily's and the helper sets' thousands of names: none): 时|未受, 尚|不全, 修|乱建, 巴|两军
#: are words.
_NEVER_IN_GIVEN_NAMES = frozenset("不未没乱两")
#: The twelve animals of the Chinese zodiac, which name years (龙年, 马年).
_ZODIAC_ANIMALS = frozenset("鼠牛虎兔龙蛇马羊猴鸡狗猪")
# Adverbs that with 说 make one word (据说, 又说): after a surname no given name.
_ADVERBS_BEFORE_SAY = frozenset("据听又还就再却来所虽总常才也都只")
#: Last characters of lakes', islands', bays' and gorges' names, which end no given name.
_LAKE_AND_ISLAND_ENDINGS = frozenset("湖岛湾峡")
_NOT_NAME_ENDINGS = frozenset(
    "人者们员家长说称道讲局部处省市县区国队村镇乡庄寨屯寺岭岛湾湖桥厅委办署族宫塔型州峡奖府"
    # the ends of names of institutions, sites, events and groups (敬老院, 马王堆, 慕田峪,
    # 荣宝斋, 龙舟赛, 武僧团), which end no given name
    "院赛团堆峪斋馆场园路街站厂所社校墓陵庙祠窟楼殿"
    # systems named after the officials who run them (林长制, 河长制)
    "制"
    # a deputy's title after a former one (原副|署长), a case (索贿案)
    "副案"
    # festivals (展佛节, 开渔节, 冬捕节)
    "节"
    # the adverb "then" after a name (王刚|则|表示, 徐立|则|在…建议)
    "则"
    # drug makers and drugs (齐二药, 同仁堂药)
    "药"
    # rates and ratios (满意率, 覆盖率)
    "率"
)
#: Endings that name a country (美国, 各国) in a word of two characters, but end many
#: given names of two (何建国, 李卫国, 张兴国); 桥 ends bridges and given names (祝青桥), 社
#: news agencies and given names (刘苏社), 岭 ridges and given names (丁奎岭).
_GIVEN_NAME_ENDINGS = frozenset("国家长员桥社岭")
#: Characters of units and divisions whose head is titled with 长 after them (旗长, 寨长,
#: 局长), so a word of them and 长 after a surname is a surname and a title, no name.
_HEADED_UNITS = frozenset("省市县区乡镇村旗盟州寨屯局处科股司部厅署院所站队组团营连排班社厂矿场馆台行会")
#: One-character words a place name forms a compound with: 希腊人, 中国籍, 美方.
_PLACE_AFFIXES = frozenset("人籍方军侨商队语史")
#: First letters of the tags of words that, after a place inside one dictionary word,
#: leave the place a mention: nouns (中国网民), verbs (香港回归), localisers (长江上游),
#: pronouns (欧洲各国), adverbs (英国首相 is tagged so) and quantities.
_PLACE_HEADED_TAGS = frozenset("nvfrdmqj")
#: Tags of the words that may name a village or town before its cut-off 乡, 镇 or 村:
#: names, places, nouns, distinguishing words and idioms (鸡足山).
_SETTLEMENT_NAME_TAGS = frozenset(["nr", "nrfg", "nrt", "ns", "nz", "new", "n", "b", "i"])
#: Tags jieba's dictionary gives the names of townships and villages it knows (乌镇 ns,
#: 震泽镇 n, 周庄镇 nr).
_SETTLEMENT_WORD_TAGS = frozenset(["ns", "n", "nr", "nz"])
#: Endings of village and town names, which jieba often tags as personal names (乔庄村, 南甸镇).
_SETTLEMENT_ENDINGS = frozenset("村镇乡庄寨屯")
#: Endings of the names of streets, squares, temples, palaces and historic sites (中山路,
#: 王府井大街, 人民广场, 寒山寺, 万国宫, 云冈石窟, 平遥古城), longest first.
_LANDMARK_ENDINGS = (
    "步行街",
    "大道",
    "大街",
    "胡同",
    "广场",
    "石窟",
    "石刻",
    "古城",
    "古镇",
    "公园",
    "水库",
    "路",
    "街",
    "巷",
    "寺",
    "庙",
    "祠",
    "塔",
    "陵",
    "宫",
    "楼",
    "阁",
    "殿",
)
#: Landmarks' endings that end no transliterated personal name (宫, 寺, 庙).
_NO_NAME_ENDS_LIKE_IT = frozenset("宫寺庙")
#: Endings of towers, pavilions and halls (黄鹤楼, 滕王阁, 太和殿), which also end a few
#: Chinese given names (赖云阁): only a word jieba's dictionary holds names one.
_BUILDING_ENDINGS = frozenset("楼阁殿")
#: Uses of a character in the 32 million given-name characters counted above which it is
#: among the commonest in given names (小, 海, 伟, 亚; not 鹤 or 王).
_COMMON_GIVEN_NAME_COUNT = 50_000
#: Words of news about Taiwan, Hong Kong or Macao, where 大陆 is China's mainland.
_CROSS_STRAIT_WORDS = (
    *("台湾", "两岸", "台商", "台胞", "台资", "台办", "赴台", "访台", "对台", "海协会", "海基会"),
    *("香港", "澳门", "港澳"),
)
#: Endings of the words before 大陆 that make it a continent (欧亚|大陆, 美洲|大陆, 新|大陆).
_CONTINENT_ENDINGS = ("洲", "欧亚", "美", "新", "旧", "整个", "古")
#: Beginnings of the words after 大陆 that make it geology or climate (大陆|海岸线, 大陆|漂移).
_NOT_AFTER_THE_MAINLAND = ("海岸", "漂移", "板块", "冰川", "法系", "性", "架", "坡")
#: Words of a kind of building, not the name of one, that jieba's dictionary tags as names.
_KINDS_OF_BUILDING = frozenset(["宿舍楼", "藏书楼", "藏经阁", "大雄宝殿", "金銮殿"])
#: Last two characters of words that are kinds of building, a cabinet or an idiom, not
#: a building's name (新内阁, 束之高阁, 空中楼阁, 办公大楼, 宫殿).
_NOT_A_BUILDINGS_NAME = frozenset(["内阁", "高阁", "楼阁", "大楼", "高楼", "层楼", "宫殿", "大殿", "正殿", "配殿"])
#: Characters before 宫 that make no palace's name of it: going into or out of the
#: palace or prison (进宫, 二进宫), a palace lady's title (崔尚宫).
_NOT_BEFORE_PALACE = frozenset("进出在尚")
#: The trades of financial firms, named after a brand (天风证券, 易方达基金, 红杉资本).
_FINANCIAL_TRADES = frozenset(["证券", "基金", "信托", "期货", "资本", "人寿", "财险", "资管", "农商行", "农商银行"])
#: Old and poetic names of China that firms take as brands (华夏基金, 神州租车).
_POETIC_NAMES_OF_CHINA = frozenset(["华夏", "神州", "九州"])
#: The trades whose firms a place names (长江证券, 山西信托, 成都农商行).
_TRADES_NAMED_BY_PLACES = frozenset(["证券", "信托", "期货", "农商行", "农商银行"])
#: The units a state group numbers (中铁|十四|局, 中建|八|局, 中冶|二十|冶).
_NUMBERED_UNITS = frozenset(["局", "局集团", "院", "公司", "冶", "处"])
#: Words for a housing estate or residents' community (南湖小区, 天景花园, 幸福社区).
_ESTATE_WORDS = frozenset(["小区", "社区", "花园", "家园", "新村", "花苑", "公寓"])
#: The people who live in an estate, after its name (幸福社区|的|居民).
_RESIDENTS = frozenset(["居民", "业主", "居委会", "居民楼", "住户"])
#: Words of living somewhere, before an estate's name (家住|幸福|社区).
_LIVING_IN = frozenset(["家住", "住在", "位于", "居住", "搬进", "入住"])
#: Words for a street that name one wherever they stand: a road's quarter, an avenue.
_NAMING_STREET_KINDS = frozenset(["东路", "西路", "南路", "北路", "中路", "大道", "大街", "胡同", "步行街"])
#: Words for a street after its name or the place it is named after (解放|西路, 人民|路,
#: 南|后街, 金洲|大道; 张掖|路, 南京|东路).
_STREET_KINDS = _NAMING_STREET_KINDS | frozenset(
    ["路", "街", "东街", "西街", "南街", "北街", "后街", "老街", "古街", "巷"]
)
#: 枫林|三路: a numbered road of a name, jieba's word a numeral.
_NUMBERED_ROAD = re.compile("[一二三四五六七八九十]{1,3}[路街巷]")
#: Words of going along, passing or living on a street, before its name.
_ALONG_A_ROAD = frozenset(
    ["沿", "沿着", "位于", "家住", "住在", "途经", "经过", "驶入", "驶离", "穿过", "横穿", "行至"]
)
#: What follows a street's name: a house number, a crossing, another street, a stretch.
_AFTER_A_ROAD = re.compile(
    r"[0-9０-９]|[一二三四五六七八九十百]+号|交叉口|交汇处|路口|段|附近|一带|两侧|沿线|以[东南西北]|[东南西北]侧"
)
#: Tags of words that name no street: punctuation, function words, pronouns, numbers,
#: words for position and time (这|路, 的|路, 一|路, 上|路).
_NOT_ROAD_NAME_TAGS = frozenset("xpcurmfqtdy")
#: Last characters of the names of mountains and peaks (麦金利峰, 玉峰山).
_MOUNTAIN_ENDINGS = frozenset("峰山岭")
#: Words for the foot, top or sides of a mountain, after its name (岳麓山|下, 庐山|脚下).
_AT_A_MOUNTAIN = frozenset(["下", "上", "脚下", "山下", "山上", "山顶", "山麓", "之巅", "顶", "一带", "景区", "风景区"])
#: One-character words that end a place name and rarely a personal one (马塔迪|港):
#: a name-like word before one of them is a place.
_PLACE_NAME_ENDINGS = frozenset("省市县州港河湖岛湾峡堡宫")
#: 罗赖|马州, 马普|马兰|加省: the HMM glues a foreign place's last syllable to its kind.
_GLUED_PLACE_ENDINGS = frozenset("省州")
#: 蔡塘|自然村: words for a village, after the village's name.
_VILLAGE_WORDS = frozenset(["自然村", "行政村"])
#: 呼家楼, 王家庄, 李家湾: a surname, 家 and one of these characters name a village or
#: quarter after the family that lived there, not a person.
_FAMILY_PLACE_ENDINGS = frozenset("楼庄湾营屯坡沟口店堡桥岭寨铺集窝峪洼嘴坝塘墩圩岗坪")
#: Endings of the names of mountains, rivers, lakes and coasts (岳麓山, 张江, 西湖), which
#: also end given names (刘青山, 王长江).
_NATURAL_FEATURE_ENDINGS = frozenset("山江湖河海岭峰岛湾")
#: Words for an area or a structure named after a place (岳麓山|风景区, 张江|科学城, 珠江|
#: 沿岸): a name ending like a mountain's or river's before one of them is that place.
_AREA_WORDS = frozenset(
    [
        "风景区",
        "风景名胜区",
        "景区",
        "园区",
        "科学城",
        "科技城",
        "新城",
        "高新区",
        "新区",
        "片区",
        "示范区",
        "开发区",
        "保税区",
        "自贸区",
        "产业园",
        "工业园",
        "工业园区",
        "软件园",
        "科技园",
        "公园",
        "森林公园",
        "湿地",
        "水库",
        "大桥",
        "隧道",
        "流域",
        "沿岸",
        "两岸",
        "上游",
        "下游",
        "中游",
        "脚下",
        "山顶",
        "山脚",
        "一带",
        "街道",
    ]
)
#: Words for a kind of place, after which a foreign name is that place (城市|伊基克).
_PLACE_KIND_WORDS = frozenset(["城市", "首都", "首府", "州府", "省会", "港口", "小镇", "城镇", "港市", "古城", "名城"])
#: The words Extractor._places_by_context begins at (besides names and glued endings).
_PLACE_CONTEXT_WORDS = _PLACE_NAME_ENDINGS | _SETTLEMENT_ENDINGS | _VILLAGE_WORDS | _PLACE_KIND_WORDS
#: A township or village written right after the county, district, city or township it
#: lies in (宝丰县|大营镇, 满堂乡|二道沟村, 大营镇|四村), whatever jieba makes of it.
_SETTLEMENT_BELOW = re.compile(f"([{_CJK_CHAR}]{{1,5}}?)(嘎查|苏木|[乡镇村])")
#: Inner Mongolia's village (嘎查) and township (苏木), below a banner (旗) or a town;
#: their Mongolian names, like those of the towns in a banner, run to five characters
#: (别力古台镇, 查干补力格苏木, 巴彦图嘎嘎查) and may hold characters that are function
#: words in Chinese (呼和诺尔镇, 乌兰毛都苏木), though never first.
_MONGOLIAN_SETTLEMENT_KINDS = frozenset(["嘎查", "苏木"])
#: Measure words of places, which the HMM glues to what they count (63个|嘎查村).
_MEASURE_WORDS_OF_PLACES = frozenset("个座")
_IN_MONGOLIAN_NAMES = frozenset("和都其")
_SETTLEMENT_KINDS = frozenset("乡镇村")
#: What follows a township or village as its own (乡|乡长, 镇|党委书记, 村|村民, 乡党委):
#: its head, Party committee, government, people and their bodies, without the level.
_SETTLEMENT_OFFICES = frozenset(
    [
        "长",
        "党委",
        "党委书记",
        "党委副书记",
        "政府",
        "人民政府",
        "人大",
        "纪委",
        "民",
        "民委员会",
        "委会",
        "党支部",
        "党支部书记",
        "党总支",
        "主任",
        "支书",
        "干部",
        "卫生院",
        "中心小学",
        "派出所",
    ]
)
#: Ends of the places a township or village is written after.
_SETTLEMENT_ABOVE_ENDINGS = frozenset("县区市旗乡镇")
#: The peoples a township or town is named for, and its kind (苗族乡, 俄罗斯族民族乡, 畲族镇).
_ETHNIC_TOWNSHIP = re.compile(
    "(?:(?:" + "|".join(sorted(ETHNIC_GROUPS, key=len, reverse=True)) + ")族)+(?:民族乡|乡|镇)"
)
#: Characters in no township's or village's name written after its county: levels of
#: government and words that count (全县|四个|乡, 城|乡), besides ``_NOT_LOCAL_NAME``.
_NOT_SETTLEMENT_NAME = frozenset("省市县区乡镇村旗个些几多所")
#: First letters of the tags of words that describe a place rather than name it:
#: adjectives, adverbs, verbs, localisers, pronouns, place words, idioms, conjunctions.
_NOT_NAMING_TAGS = frozenset("advfrslc")
#: What someone delivers after 作 (作了报告, 作重要讲话): the HMM glues 作 to the name before it.
_DELIVERS = re.compile(
    r"了?(?:一个|一次)?(?:政府|常委会|常务委员会)?(?:重要|工作|专题|主题|主旨|学术|辅导|动员|总结|表态|交流|大会|书面)?"
    r"(?:报告|讲话|发言|说明|部署|指示|批示|点评)"
    # 院长张军作的最高人民法院工作报告: the report delivered, named after 的
    r"|的[^，。；;,！？!?]{0,20}?(?:报告|讲话|说明)"
)
#: Rules whose mentions another occurrence of their words does not repeat: the
#: gazetteer's (found wherever they stand), short forms and bare surnames (海关, 刘).
_NOT_NAMING_AGAIN = frozenset(["gazetteer", "short-form", "surname-title"])
#: How often jieba's dictionary must hold a word for it to be common (重点, 文明, 全国).
_COMMON_WORD = 1000
#: How often jieba's dictionary must hold the word a short name's last character makes
#: with the one character after it (航道) for the short name to be carved out of that
#: word (see Extractor._runs_into_a_word).
_WORD_AFTER_A_SINGLE = 300
#: Characters that often follow a name as words of their own (北大|人, 俄共|和, 东航|将).
_AFTER_NAMES = frozenset("人和与及等的是在将也又都为对向")
#: ... and for it to be among the commonest words of the language (通过, 已经, 发展).
_EVERYDAY_WORD = 10 * _COMMON_WORD
#: Words whose first character a gazetteer's name takes however rare they are: a field's
#: departments (文旅部|门), a country's coast guard (菲律宾海|警, not the Philippine Sea),
#: a city's citizens (长春市|民刘桂芳, the HMM gluing 民 to the name after it).
_WORDS_NAMES_OVERREACH = frozenset(["部门", "海警", "市民"])
#: ... and of a word frequent enough to out-rank a gazetteer's name that took its first
#: character (报道 9,955, 部门 16,543).
_FREQUENT_WORD = 5000
#: A village's or community's name and its kind, then its people or its Party branch
#: (岗头村|村民, 柳林社区|党委), or at the start of a clause (石门村|今年).
_VILLAGE_PEOPLE = r"(?:村民|村委|村党|党支部|党总支|党委|两委|村干部|村集体|居民|居委会)"
_VILLAGE_WITH_ITS_PEOPLE = re.compile(rf"([\u4e00-\u9fff]{{2,3}}?)(村|社区)(?={_VILLAGE_PEOPLE})")
#: The same without the name, a quick test of whether a text may hold one.
_KIND_AND_PEOPLE = re.compile(rf"(?:村|社区){_VILLAGE_PEOPLE}")
_VILLAGE_STARTING_A_CLAUSE = re.compile(r"(?:^|[，。；：！？、\n])([\u4e00-\u9fff]{2,3}?)(村|社区)")
#: Prepositions that follow a date and are also countries' characters (20日|以视频方式, 以 for
#: Israel; 5日|与, 与 for none).
_PREPOSITIONS_AFTER_DATES = frozenset("以与同对向在于为")
#: Verbs of going and being somewhere, one character each (到, 赴, 在), which begin no
#: township's name right after its county.
_GOING_CHARACTERS = frozenset("到赴去来往驻在至回进")
#: The kinds of settlement a list carries on from one found (西江镇、丹江镇), and an item.
_LISTED_SETTLEMENT_KINDS = frozenset("乡镇村")
#: The kinds of settlement a list of them names (包家乡、来榜镇、码头镇; 东坡路社区、吴山路
#: 社区), the list's two or more after a first one and 、, and each after its 、.
_KINDS_LISTED_TOGETHER = ("乡", "镇", "村", "社区", "街道")
_SETTLEMENTS_LISTED_AFTER = re.compile(r"(?:、[\u4e00-\u9fff]{2,3}?(?:乡|镇|村|社区|街道)){2,}")
_SETTLEMENT_AFTER_COMMA = re.compile(r"、([\u4e00-\u9fff]{2,3}?(?:乡|镇|村|社区|街道))")
_LISTED_SETTLEMENT = re.compile(r"、(?P<name>[\u4e00-\u9fff]{2,3}?)(?P<kind>[乡镇村])")
#: A verb of going to a place, then a township's or village's name and its kind.
_SETTLEMENT_VISITED = re.compile(r"(?:到|赴|来到|前往|走进|深入|驻|在)([\u4e00-\u9fff]{2,3}?)([乡镇村])")
#: Memorials and the homes of the famous, named after a person or an event (周恩来故居,
#: 毛主席纪念堂, 人民英雄纪念碑); their kinds also follow common words that name no one
#: (烈士陵园, 抗日根据地旧址), so those words are read as part of the kind.
_MEMORIALS = ("纪念堂", "纪念园", "纪念碑", "故居", "旧居", "旧址", "陵园")
#: Markets and shopping centres, which People's Daily tags as places (北城农副产品批发市场).
_MARKETS = ("批发市场", "农贸市场", "综合市场", "商城", "商厦", "购物中心")
_MARKET_LAST_CHARACTERS = frozenset(kind[-1] for kind in _MARKETS)
#: Tags of the words a market's name may hold before its kind: its place or name (北城,
#: 坂下, 新发地) and what it sells (农副产品, 农贸, 粮食).
_MARKET_NAME_TAGS = frozenset(["nr", "nrt", "nrfg", "ns", "nz", "new", "gaz", "n", "j", "a"])
#: ... of which these may begin it.
_MARKET_FIRST_TAGS = frozenset(["nr", "nrt", "nrfg", "ns", "nz", "new", "gaz"])
#: Kinds of building or ground named after a place or a name of its own, which are
#: places one visits (陕西|博物馆, 先农坛|体育场, 荔景|大厦), not the bodies that run them.
_VENUES = (
    "博物馆",
    "纪念馆",
    *_MEMORIALS,
    "体育馆",
    "体育场",
    "图书馆",
    "美术馆",
    "艺术馆",
    "展览馆",
    "天文馆",
    "科技馆",
    "文学馆",
    "大厦",
    "球场",
    "滑雪场",
    "赛车场",
    "赛道",
    "公园",
    "广场",
    "音乐厅",
    "议事堂",
    "动物园",
    "植物园",
)
_VENUE_LAST_CHARACTERS = frozenset(kind[-1] for kind in _VENUES)
#: What a body does that a venue does not (邀请, 主办), after a centre's name.
_ACTS_OF_BODIES = ("邀请", "主办", "举办", "承办", "协办", "联合", "组织", "发起")
#: Words for how a body does what the verb after it says (由总参谋部|统一|组织, 共同|组织).
_HOW_BODIES_ACT = frozenset(["统一", "共同", "联合", "负责", "精心", "专门", "集中", "分别", "先后"])
#: Centres that are venues, not bodies (see _centres_that_are_venues).
_VENUE_CENTRES = (
    "展览中心",
    "博览中心",
    "会展中心",
    "发射中心",
    "会议中心",
    "航展中心",
    "演艺中心",
    "体育中心",
    "运动中心",
    "游泳中心",
    "水上中心",
    "网球中心",
    "购物中心",
)
#: What a text holds if it may name a venue (every kind ends in 馆 or is one of the others).
_VENUE_KINDS_IN_TEXT = ("馆", *(kind for kind in _VENUES if not kind.endswith("馆")))
#: Tags of the proper names a venue is named after (卢浮宫, 闸北, 荔景, 海大).
_VENUE_NAME_TAGS = frozenset(["nr", "nrt", "nrfg", "ns", "nz", "new", "j", "gaz"])
#: First characters of words that point at a venue instead of naming it (这所, 该, 一座).
_NOT_VENUE_NAME = frozenset("这那该此各每本一两几某其")
#: Tags of the words that describe a memorial rather than name it (烈士 n, 抗日 nz).
_MEMORIAL_WORD_TAGS = frozenset(["n", "vn", "nz", "v", "b"])
#: Tags of the common words between that name and the kind (中国|体育|博物馆, 仁川|文化|体育场),
#: how often a noun among them must occur in jieba's dictionary (钱币 519, 丝绸 413; not a
#: name's rare word), and the words of natural history that jieba tags otherwise.
_VENUE_WORD_TAGS = frozenset(["n", "vn", "b", "t", "m"])
_VENUE_NOUN_COUNT = 300
_NATURE_AND_HISTORY = frozenset(["自然", "自然历史", "自然史"])
#: A foreign state, province, district, city or town written in the transliteration
#: alphabet with its level (特罗波亚|区, 阿夸·伊博姆|州, 普利亚|大区, 卡尔梅克|共和国, 塔克|洛班市,
#: 帕拉|代斯镇), which jieba cuts anywhere; not its team (巴斯克省|队), a shop (门市) or an old town (古镇).
#: A county (郡, which no Chinese division is called today) may have a two-character name
#: (肯特郡), but not as a title (郡主, 郡王, 郡守). A town named -burg (沃尔夫斯堡, 海德堡)
#: ends in 堡, a syllable no person's name ends in.
_FOREIGN_DIVISION = re.compile(
    "(?:{0}{{2,7}}[·•・]{0}{{2,7}}|{0}{{3,7}})(?:大区|共和国|[州省区邦](?!队|域)|(?<![政首])府|(?<!门)市(?![部场区])|(?<!古)镇)"
    "|{0}{{2,7}}郡(?![主王守队])"
    "|{0}{{2,7}}堡(?!包)".format(f"[{''.join(sorted(TRANSLITERATION))}]")
)
#: The level that ends a match of :data:`_FOREIGN_DIVISION` (卡尔梅克|共和国, 普利亚|大区).
_DIVISION_LEVEL_AT_END = re.compile("(?:共和国|大区|.)$")
#: The bodies of a subdistrict (街道), written after its name.
_SUBDISTRICT_BODIES = ("办事处", "党工委", "工委", "办")
#: A township or subdistrict and a village or community below a county, then a body of
#: theirs: 花石乡|大湾村|村委会, 陈埭镇|政府, 三元朱村|党支部, 小溪塔街道|东湖社区|党委.
#: The bodies of a township, subdistrict, village or community (镇政府, 村委会, 社区党委).
_SETTLEMENT_BODIES = "(?:党委|党工委|党总支|党支部|人民政府|政府|村委会|居委会|村民委员会|居民委员会|纪委|办事处)"
_LOCAL_BODY = re.compile(
    f"(?P<town>[{_CJK_CHAR}]{{2,3}}?(?:镇|乡|街道))?(?P<village>[{_CJK_CHAR}]{{2,4}}?(?:村|社区))?{_SETTLEMENT_BODIES}"
)
#: Titles of the heads of ministries, bureaus, departments and administrations (部长, 局长).
_BODY_HEAD_TITLES = ("部长", "局长", "厅长", "署长")
#: Heads' titles after which 官 makes 长官, the title of Korea's and Japan's ministers
#: (财政经济部长官, 统一院长官, 防卫厅长官).
_CHIEF_BODY_HEADS = frozenset(["部长", "院长", "厅长", "局长"])
#: 深圳市|场上: words jieba cuts after a city's level that read as the rest of 市场 and a place word.
_MARKET_TAILS = frozenset(("场上", "场内"))
#: 深圳港|澳, 上海港|口管理, 新加坡港|务集团, 北海港|湾大道: a port's name (深圳港) that jieba
#: took before the words 港澳, 港口, 港务 or 港湾 (深圳|港澳|青年, 上海|港口|管理, 新加坡|港务|集团),
#: which the port's last character begins; not 口岸, the port's port of entry (天津港|口岸).
_HARBOUR_WORDS = re.compile("港[口澳务湾]")
#: 成都站|起来, 北京站|在|世界|前列, 上海站|上|新|台阶: a station the gazetteer names, made of a
#: place and 站 (成都站, 北京站), that jieba took before the rest of 站 as a verb (站起来, 站出来,
#: 站着; 站在 or 站上 a front, height or starting point); the text writes the place standing.
_STANDING_WORDS = re.compile("站(?:起|出来|着|在|上)")
#: What follows 站 as a verb at once: 站|起来, 站|出来, 站|着.
_STANDING_TAILS = frozenset(["起来", "起", "起身", "出来", "着"])
#: What one stands in or on, which tells 站在 and 站上 from a station's 在 and 上 in the
#: rest of the clause (北京站|在|世界|前列, 上海站|上|新|台阶; not 北京站|在|春运|首日).
_STOOD_ON = re.compile(
    "前列|前沿|前头|最前|潮头|高度|高点|新高|高位|起点|角度|立场|一边|风口|十字路口|舞台|台阶|大关|关口|C位|中央"
)
#: The end of a clause, to which _STOOD_ON looks.
_CLAUSE_END = re.compile("[，。；！？、：,.;!?:]")
#: The end of a township's, village's or community's body (镇政府, 村委会, 社区党委), which
#: ``_LOCAL_BODY`` may match only where the text holds one.
_LOCAL_BODY_END = re.compile(f"(?:镇|乡|街道|村|社区){_SETTLEMENT_BODIES}")
#: Levels of government that, written alone before a body, mean the one at hand (县|计生委).
_ADMINISTRATIVE_LEVELS = frozenset("省市县区州乡镇")
#: Words for a river's course, banks and floods (干流, 河段, 河堤, 洪峰), which tell that a
#: word before them names a river.
_RIVER_PARTS = frozenset(
    [
        "干流",
        "支流",
        "流域",
        "河段",
        "河道",
        "河堤",
        "圩堤",
        "大堤",
        "堤防",
        "洪峰",
        "水位",
        "沿岸",
        "两岸",
        "上游",
        "中游",
        "下游",
        "入海口",
    ]
)
#: The kinds of water, which no water's name holds (城市|河湖, 大江大河).
_WATER_KINDS = frozenset("江河湖溪湾海")
#: Tags of words that begin no water's name: verbs, prepositions, adverbs, pronouns,
#: numbers, measure words, conjunctions, particles, localisers, distinguishing words.
_NOT_WATER_NAME_TAGS = frozenset("vpdrmqcufb")
#: One-character verbs and prepositions of moving along or into a water (沿|江, 过|河).
_MOVING_ALONG = frozenset("沿到在进过跨经入向至往渡临近")
#: A river's, lake's or bay's kind right before a word for its course or banks (_RIVER_PARTS)
#: or its water.
_WATER_AFTER_ITS_NAME = re.compile(
    "[江河湖溪湾](?="
    + "|".join(sorted(_RIVER_PARTS | {"水质", "水量", "湖区", "湖面", "畔", "水系", "湿地", "冬捕", "岸边"}))
    + ")"
)
#: Storms and weather systems, whose centre (台风|中心) is no body and whose names news
#: writes in quotes after the kind (台风“利奇马”, 飓风“卡特里娜”: no people).
_WEATHER_SYSTEMS = ("台风", "飓风", "风暴", "热带风暴", "强热带风暴", "气旋", "热带气旋", "低压", "冷空气", "寒潮")
#: Words of moving in a direction (向西北|移动, 向东|偏移).
_MOVING = ("移动", "偏移", "推进", "行进", "移", "方向", "偏转", "转向", "偏东", "偏西", "偏南", "偏北")
#: A distance after a direction (约40公里, 15公里, 约三十千米).
_DISTANCE = re.compile(r"约?(?:\d+(?:\.\d+)?|[一二三四五六七八九十几百千两]+)[多余]?(?:公里|千米|米|海里|英里)")
#: Levels whose heads are titled by the level and 长 (市长, 县长, 区长, 省长, 州长).
_HEADED_LEVELS = frozenset("省市县区州")
_HEAD_AFTER_LEVEL = re.compile("[省市县区州]长")
#: Levels written as words, which name the reader's own autonomous region, prefecture or
#: county, or the Xinjiang Production and Construction Corps, as 省 and 县 do (自治区|党委,
#: 自治区|人民政府, 兵团|党委).
_LEVEL_WORDS = frozenset(["自治区", "自治州", "自治县", "兵团"])
#: Units inside an organization, named after it (北京大学|中文系, 公安厅|党组).
_SUB_UNITS = frozenset(
    [
        "党组",
        "党委",
        "党总支",
        "党支部",
        "团委",
        "团总支",
        "学生会",
        "研究生会",
        "工会",
        "项目部",  # 中铁十八局集团|项目部: a contractor's project office
        "附中",
        "附小",
        "分局",
        "分院",
        "分行",
        "分社",
        "分公司",
        "分校",
        "学部",
        "研究生院",  # 清华|研究生院: a university's graduate school
        "书记处",
        "秘书处",
        "秘书局",
    ]
)
#: Branches of an organization, named after it and the place they serve (中国科学院上海分院,
#: 腾讯华南总部).
_BRANCHES = frozenset(
    [
        "分局",
        "分院",
        "分行",
        "支行",
        "中心支行",
        "分社",
        "分公司",
        "分校",
        "分会",
        "分中心",
        "分所",
        "办事处",
        "代表处",
        "总部",  # 百度智能云|西南|总部: a company's regional headquarters
        "区域总部",
        "分部",  # 国家电网有限公司|华东|分部: a regional division
    ]
)
#: A court's tribunals: circuit, local (in a township), detached and specialised ones.
_COURT_UNITS = frozenset(["巡回法庭", "人民法庭", "派出法庭", "知识产权法庭", "金融法庭", "互联网法庭", "环境资源法庭"])
_BRANCH_FIRST_CHARACTERS = frozenset(branch[0] for branch in _BRANCHES if len(branch) > 1)
#: Last characters of abbreviated names of government departments (工信厅, 人社局, 发改委, 网信办).
_ABBREVIATED_BODY_ENDINGS = frozenset("局厅委办")
#: Heads of the boards, committees, offices, teams and works an organization has, named
#: after it by what they do (执行董事会, 新闻处, 专案组, 评估团, 铸锻分厂): see
#: ``_named_sub_unit_end``.
_NAMED_SUB_UNIT_HEADS = (
    *("董事会", "理事会", "委员会", "秘书处", "新闻处", "信访室", "分厂"),
    *("专案组", "纪检组", "巡视组", "工作组", "调查组", "评估团", "考察团", "访问团", "代表团"),
    # a research office, inspection team, leading group or editorial office (浙江省委|政策|
    # 研究室, 全国人大常委会|执法|检查组; not an expert group, which a body sends: 专家组)
    *("研究室", "检查组", "督查组", "领导小组", "编辑部"),
    # the offices of an embassy or consulate (驻华使馆|商务处, 大使馆|商务|参赞处)
    *("商务处", "商务室", "参赞处", "领事部", "领事处", "签证处", "文化处", "教育处", "武官处"),
)
#: Fields of policing, customs and inspection that name a unit of the body before them
#: (禁毒|总队, 缉私|分局, 查验|科), words jieba tags as verbs.
_ENFORCEMENT_FIELDS = frozenset(
    ["禁毒", "缉毒", "缉私", "查验", "稽查", "监管", "刑侦", "经侦", "治安", "反恐", "打私", "反贪", "侦查", "督察"]
)
#: Tags of words that begin no unit's name after its organization: prepositions,
#: conjunctions, particles, punctuation, numbers, pronouns, places and times.
_NOT_SUB_UNIT_NAME_TAGS = frozenset("pcuxmrft")
#: Endings of the units of a university, an academy or a ministry that news lists one
#: after another, the body named only before the first (计算机系、软件学院; 亚洲司、非洲司).
_LISTED_UNIT_ENDINGS = ("学院", "系", "研究所", "研究院", "研究中心", "司")
#: ... and of the units named after a body and its short form in brackets.
_UNITS_OF_BODIES = (*_LISTED_UNIT_ENDINGS, "中心", "实验室")
_LISTED_UNIT = re.compile(r"[\u4e00-\u9fff]{2,10}")
_LISTED_UNIT_END = re.compile("|".join(_LISTED_UNIT_ENDINGS))
#: Last characters of the names of departments (中文系, 心外科, 管理司).
_SUB_UNIT_ENDINGS = frozenset("系科司")
#: Units of the armed forces and the police (八路军冀东第一游击支队, 武警北京总队), which
#: end in 队 like a team's name but are named by their force and place.
_UNITS_OF_FORCES = ("支队", "大队", "中队", "总队", "分队", "小队")
#: The units a field of enforcement names (禁毒|总队, 缉私|科): a force's, or an office's.
_FIELD_UNIT_HEADS = frozenset([*_UNITS_OF_FORCES, "分局", "局", "处", "科", "室", "所", "队", "办"])
#: The initials that begin some clubs' names (AC米兰队, FC东京队).
_TEAM_INITIALS = re.compile(r"[A-Z]{2,4}")
#: An office of a body, named by what it does right before it (巡察|办, 督查|办; not
#: 市政府|组织|办公室|人员, where the verb has an object).
_OFFICES = frozenset(["办"])
#: Generic words for a company, which a description ends before the company's name
#: (美国芯片公司英伟达).
_COMPANY_WORDS_BEFORE_NAMES = frozenset(["公司", "企业", "集团", "厂商", "巨头"])
#: What follows a body's office (区委办) in a list or as its subject: 、, 和, 等, 联合.
_OFFICE_FOLLOWERS = frozenset(["、", "，", "。", "和", "与", "及", "等", "联合", "会同"])
#: Verbs of going somewhere, before a place and the verb 办 (回福州办, 跑省城办).
_GOING_VERBS = frozenset(["回", "去", "到", "来", "跑", "赴"])
#: Police bodies, and the branches and stations they have, named by where they serve.
_POLICE_BODIES = ("公安局", "公安分局", "公安厅")
_POLICE_UNITS = frozenset(["分局", "派出所", "公安处", "公安分处"])
#: Party committees of a province, city, county or district, written without its name.
_LOCAL_PARTY_COMMITTEES = frozenset(["省委", "市委", "县委", "区委", "州委", "盟委", "旗委"])
#: jieba's tags of the words that name a department's field (预算 is a verb to it,
#: 对外 a place word, 信息技术 a technology of the gazetteer, 海洋 a place to it, 安全
#: an adjective used as a noun).
_DEPARTMENT_FIELD_TAGS = frozenset(["n", "vn", "v", "l", "nz", "j", "s", "gaz", "ns", "b", "an", "a"])
#: Words that begin the names of the companies provinces and cities set up to build
#: their digital government, before the place (数字广东, 数字重庆, 云上贵州, 智慧宁夏).
_PLACE_BRAND_PREFIXES = frozenset(["数字", "数智", "云上", "智慧"])
#: A place in a ranking (前三名, 第一名, 前8名), which begins no team's or body's name.
_RANKING = re.compile(r"[前后第]?(?:[一二三四五六七八九十]+|\d+)名")
#: The numbers of public service hotlines (12345 for government services, 12315 for
#: consumers, 110, 119, 120, 96xxx), which name the centres that answer them.
_HOTLINE_NUMBER = re.compile(r"12\d{3}|11[09]|12[02]|96\d{3}")
#: The kinds of a government body's divisions (数据资源处, 治安科), and the tags of
#: the words of their fields (数据|资源, 政务|公开, 信息安全).
_SECTION_KINDS = frozenset("处科")
#: Words ending in 科 after a hospital's name that name none of its departments.
_NOT_HOSPITAL_DEPARTMENTS = frozenset(["学科", "专科", "本科", "文科", "理科", "工科", "医科", "前科", "百科", "科科"])
_SECTION_FIELD_TAGS = frozenset(["n", "vn", "v", "l", "nz", "j", "a", "ad", "ns", "gaz"])
#: Words before 部门 that make it any department, not one named by its field (有关部门).
_ANY_DEPARTMENT = frozenset(
    ["有关", "相关", "主管", "职能", "业务", "下属", "所属", "直属", "内设", "其他", "各", "多个", "该"]
)
#: Words ending in 司 that name no ministry's department.
_NOT_DEPARTMENTS = frozenset(["公司", "官司", "上司", "寿司", "总公司", "分公司", "子公司", "母公司", "警司"])
#: First letters of jieba's tags of function words (conjunctions, adverbs, prepositions,
#: pronouns, particles), which a surname may begin (何时, 于是) but no name is.
_FUNCTION_TAGS = frozenset("cdpru")
#: ... and with verbs: the tags of words that begin no given name (也|并不, 他|认为).
_NO_GIVEN_NAME_TAGS = _FUNCTION_TAGS | {"v"}
#: jieba's tags of personal and other proper names.
_NAME_TAGS = frozenset(["nz", "nr", "nrt", "nrfg"])
# jieba's tags for names of people, places, bodies and times, kg's for unknown words:
# the words :meth:`Extractor._jieba_names` reads by their tag.
_TAGS_OF_NAMES = _NAME_TAGS | {"new", "ns", "nt", "t"}
#: The most times a word occurs in jieba's dictionary counts and still be a rare word.
_RARE_WORD = 100
#: How often a character must occur in given names (of the 32 million counted in
#: ``rules/given_name_characters.txt``, about 150 per million) to count as a
#: given-name character: 阵 (377), 馆 (71) and 质 (1,190) fall short, 聪 (26,911) and 捷
#: (15,693) do not.
_GIVEN_NAME_COUNT = 5000
#: A day of the month right after a name (盛来运3日介绍, 李明二十日表示, 吴金城11月30日宣布).
_DATE_AFTER_NAME = re.compile(
    r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})日"
)
#: 总理马诺维奇18日在, 副社长松本浩一行: a date or the party travelling with a visitor.
_DATE_OR_PARTY_AFTER_NAME = re.compile(_DATE_AFTER_NAME.pattern + "|一行")
#: Tags of words that may be parts of a name: names, transliterated and other, unknown
#: words, places and other proper nouns.
_NAME_PART_TAGS = frozenset(["nr", "nrt", "nrfg", "new", "ns", "nz"])
#: A name written with interpuncts (川·立派, 他信·西那瓦): Xinhua writes foreign names so,
#: in characters of any sound where a language is not transliterated from English.
_NAME_WITH_INTERPUNCTS = re.compile(f"[{_CJK_CHAR}]{{1,6}}(?:[·•・][{_CJK_CHAR}]{{1,8}})+")
#: Words of position, which follow a noun (田径史|上, 会|上) rather than a surname.
_LOCATIVES = frozenset("上下前后里内外中间旁")
#: An unknown pair of a surname and one character (赵明, 苏芮 1,960) needs less.
_PAIR_GIVEN_NAME_COUNT = 1000
#: Below this a character is almost never part of a given name (馆 71, 物 110, 炮 155).
_RARE_GIVEN_NAME_COUNT = 200
#: A character this common in given names (宗 37,647, 文) carries a rarer one beside it
#: (神 691, 焘 872) into a name of three characters.
_COMMON_GIVEN_NAME_IN_PAIR = 20_000
#: From this on a character is among the eighty commonest in given names (国 343,663,
#: 华, 明, 伟 …; 中 68,145 is not).
_COMMONEST_GIVEN_NAME_COUNT = 100_000

#: Verbs of a game's result written between two players' names (常昊胜张文东, 王磊负俞斌).
_RESULT_VERBS = frozenset("胜负")

#: Jieba's tags of a verb, an adverb or a word of position (排, 还, 上), which the HMM
#: glues to a name before it.
_GLUED_WORD_TAGS = frozenset("vdfp")

#: Jieba's tags of a character standing alone that may be the last of a given name
#: jieba cut off (成/n, 智/ng, 美/a, 姣/z): a noun, a morpheme, an adjective or a word
#: of state.
_GIVEN_NAME_MORPHEME_TAGS = frozenset("ngatz")

#: Jieba's tags of particles, adverbs, conjunctions, prepositions, pronouns and words of
#: position (的, 常, 和, 在, 其, 上): none is the last character of a given name.
_FUNCTION_WORD_TAGS = frozenset("udcprf")

#: The same without prepositions, pronouns and words of position, which end words of
#: their own after a name (申思|利用, 斯隆|赛后, 王伟|现任).
_PARTICLE_TAGS = frozenset("udc")

#: China's eight democratic parties by their short names, whose local committees are
#: called 委员会 and written 省委会, 市委会 (民盟湖北省委会).
_DEMOCRATIC_PARTIES = frozenset(["民革", "民盟", "民建", "民进", "农工党", "致公党", "九三学社", "台盟"])
#: Characters that make a word of the word before them (秦汉时, 公正化, 安全性), not the
#: last character of a given name.
_WORD_MAKING_SUFFIXES = frozenset("时化性型式界")
#: Last characters of common nouns for bodies and their units (教育局, 文化厅, 外交部,
#: 登山队, 美术系).
_BODY_ENDINGS = frozenset("局厅部委署办队系所厂")
#: The short names of China's mass organizations and of the member associations of the
#: federations of literary and art circles, writers and scientists, which name one after a
#: place or level (天津市|妇联, 省|科协): 联 and 协 end too many ordinary words (关联, 妥协).
_FEDERATION_SHORT_NAMES = frozenset(
    [
        "妇联",
        "残联",
        "文联",
        "侨联",
        "青联",
        "台联",
        "学联",
        "科协",
        "作协",
        "记协",
        "足协",
        "篮协",
        "美协",
        "书协",
        "剧协",
        "音协",
        "影协",
        "舞协",
        "曲协",
        "民协",
        "摄协",
        "视协",
        "杂协",
        "消协",  # 消费者协会
        "律协",  # 律师协会
        "个协",  # 个体劳动者协会
        "侨办",
        "台办",
        "外办",  # 外事办公室
        "老龄办",  # 老龄工作委员会办公室
        "团委",
        "学生会",
        "少工委",
        "工商联",
        "总工会",
        "红十字会",
    ]
)
#: Common words that end in a body's character but name no body, so that 两国关系 or
#: 经济体系 is not read as a 系 (a university department), nor 国际格局 as a 局.
_NOT_BODY_WORDS = frozenset(
    [
        "部署",  # 国务院安委会|部署, 雄安新区|部署: deploying, no 署
        # 第六|团政委, 四师|师政委: a unit's political commissar, a title jieba writes with
        # the unit's letter (the unit is named by the chain of units, see _army_units)
        "团政委",
        "师政委",
        "旅政委",
        "军政委",
        "非政府",  # 世界妇女大会|非政府|组织|论坛: non-governmental, no government
        "关系",
        "体系",
        "联系",
        "派系",
        "星系",
        "水系",
        "维系",
        "干系",
        "格局",
        "布局",
        "结局",
        "大局",
        "全局",
        "僵局",
        "时局",
        "骗局",
        "大厅",
        "餐厅",
        "客厅",
        "展厅",
        "内部",
        "外部",
        # 公安部|工作汇报, 海关|通报: reports, warnings and notices, no newspaper (报)
        "汇报",
        "通报",
        "举报",
        "申报",
        "上报",
        "呈报",
        "填报",
        "预报",
        "回报",
        "情报",
        "电报",
        "警报",
        "喜报",
        "捷报",
        "战报",
        "公报",
        "年报",
        "全部",
        "局部",
        "干部",
        "场所",
        "住所",
        "处所",
        "厕所",
    ]
)
#: Words of a life, after the name of the one who lived it (鲁迅|原名, 聂耳|出生于, 贺龙|逝世).
_LIFE_VERBS = (
    "原名",
    "本名",
    "出生",
    "生于",
    "祖籍",
    "逝世",
    "病逝",
    "去世",
    "牺牲",
    "就义",
    "作曲",
    "作词",
    "题词",
    "毕业于",
)
_LIFE_VERB_FIRSTS = frozenset(verb[0] for verb in _LIFE_VERBS)
#: One-character adverbs that open what someone did, right after the name (高福|曾|担任).
_ADVERBS_AFTER_NAME = frozenset("曾也还又就都才已正再便均")
#: Suffixes of societies, which a profession's word names (中国医师协会, 作家协会).
_SOCIETIES = frozenset(["协会", "学会", "联合会", "工会", "研究会", "促进会", "总会"])
#: Words that make a foreign name before them the name of a disease or virus (阿尔茨海默病).
_DISEASE_WORDS = ("病", "症", "综合征", "氏症")
#: 病 as a verb after a person's name: falling ill, dying of an illness.
_FALLING_ILL = ("病了", "病倒", "病故", "病逝", "病重", "病危", "病愈")
#: Characters that end a name or are none of it: particles, prepositions, conjunctions,
#: demonstratives and the third-person pronouns (总裁|和他|都赞成: 和 is a surname, 他 no name).
_NAME_STOPPERS = frozenset("的了和与及在是为对从向把被将有也都就而或等这那其此该之于以他她它因到")
#: Function words among them that are also common first characters of given names
#: (陈之华, 李以宁, 刘有成, 张为民, 薛其坤, 平将明).
_GIVEN_NAME_FUNCTION_CHARACTERS = frozenset("之以有为其将")
#: Last characters of a port's or a province's name written as one word (钱凯港, 纳波省,
#: Thailand's 罗勇府, Myanmar's and India's 若开邦).
_PORT_OR_PROVINCE_ENDINGS = frozenset("港省州郡县府邦")
#: The levels a place abroad named after its city takes (贝伦市, 卡诺州, 曼德勒省, 掸邦, 清迈府).
_FOREIGN_LEVELS_AFTER_CITY = frozenset("市州省邦府")
#: Kinds of place written after a place's name: those that belong to the name (阿达纳|省,
#: 阿瓦萨|工业园) and those that only follow it (阿达纳|地区).
_KINDS_OF_PLACE_IN_NAME = frozenset(
    ["省", "州", "市", "郡", "府", "邦", "港", "港口", "工业园", "经济特区", "自治州", "河", "湖", "岛"]
)
_KINDS_OF_PLACE_AFTER_NAME = _KINDS_OF_PLACE_IN_NAME | frozenset(["地区", "一带", "附近", "境内", "郊区", "市郊"])
#: Kinds of division jieba cuts off a name it reads as a person's (郑东新|区).
_DIVISION_AFTER_NAME = frozenset(["区", "县", "镇", "乡", "村", "新区", "街道", "社区"])
#: Last characters of rivers, hills and wards (陶溪川, 龙王山, 永庆坊), after a place.
_WATER_OR_WARD_ENDINGS = frozenset("川江河湖溪山岭坊洲湾")
#: Words for a river's basin or reaches after its name (长江流域, 长江中下游).
_RIVER_COURSE = ("流域", "中下游", "中上游", "上中游", "上游", "中游", "下游")
#: Kinds of administrative division, which name no place in particular (各省、自治区、
#: 直辖市|通信管理局): a body after one is every such division's, not a named one.
_DIVISION_KINDS = frozenset(
    ["直辖市", "自治区", "自治州", "自治县", "自治旗", "地级市", "县级市", "计划单列市", "副省级城市", "特别行政区"]
)
#: Words that, written before a body's common word, make it every body or this one
#: (各委, 各局, 全局, 该局), not the name of one.
_DETERMINERS = frozenset("各每全本该诸此")
#: The titles of clergy written after a religious name, which has no surname (昌明|法师,
#: 嘉雅|活佛, 妙善|长老).
_CLERGY_AFTER_NAME = frozenset(["法师", "禅师", "长老", "大和尚", "活佛", "阿訇", "道长"])
#: The ends of words of religion, which name no one before such a title (佛教|法师, 寺院|住持).
_RELIGIOUS_WORD_ENDINGS = ("教", "寺", "院", "庙", "僧", "界", "观", "宗", "派", "众", "徒", "堂")
#: Words a religious name may follow (和|正果|法师, 协会的|妙善|长老).
_BEFORE_CLERGY_NAME = frozenset(["和", "与", "及", "、", "由", "请", "向", "同", "为", "是", "的", "对"])
#: 两国, 各国, 多国, 双方 at the start of a word: several countries or sides at once.
_COUNTRIES_COUNTED = re.compile(r"^[两双三四五六七八九十几多各诸][国方]")
#: A count of the places just listed (三地, 两省, 三市): the bodies after it are theirs
#: (but 二七区 is a district of 郑州).
_PLACES_COUNTED = re.compile(r"[两二三四五六七八九十几多]+[地省市区县]")
#: How the names of teams end (北京队, 中国女篮, 日本男排).
_TEAM_ENDINGS = ("队", "女篮", "男篮", "女排", "男排", "女足", "男足")
#: What a court or procuratorate 报 (submits upwards): 报请 (for approval), 报送, 报批.
_SUBMITTED_UPWARDS = frozenset("请送批")
#: Jieba's tags of rare characters it keeps as morphemes of their own (轫/g, 琯/zg),
#: which end given names.
_RARE_MORPHEME_TAGS = frozenset(["g", "zg", "ng", "tg"])
#: Prepositions right after a person's name, which the HMM glues to the name's last
#: character (刘纪|原向|记者: 向 of 向记者介绍).
_PREPOSITIONS_AFTER_NAME = frozenset("向为对从将把被")
#: Jieba's tags of the words of a unit's field and of the unit's word (no names, no
#: function words: 乌克兰共产党|领导人|西蒙年科 is no unit).
_UNIT_FIELD_TAGS = frozenset(["n", "nz", "vn", "v", "b", "l", "j"])
#: Verbs of helping a place do something (助力香港建设…中心), and what it is helped to
#: build or become.
_HELPING_VERBS = frozenset(["助力", "支持", "推动", "帮助", "促进", "推进", "加快", "把", "将", "使", "让", "协助"])
#: The fields of the hubs cities and regions build (航运中心, 金融中心, 科技创新中心).
_FIELDS_OF_HUBS = frozenset(["航运", "金融", "贸易", "物流", "经济", "科技创新", "商贸", "消费"])
_BECOMING_VERBS = frozenset(["建设", "打造", "建成", "成为", "构建", "发展成为", "建设成为"])
#: A local Party committee by its formal name, in a term or not (中国共产党广东省第十三届委员会).
_FORMAL_PARTY_COMMITTEE = re.compile(
    r"中国共产党(?P<place>[\u4e00-\u9fff]{2,12}?[省市县区州盟旗])(?:第[一二三四五六七八九十百]+届)?委员会"
)
#: Words that join two bodies doing something together (A联合B发布).
_JOINING_WORDS = frozenset(["联合", "携手", "会同", "联手"])
#: Numbered series of Chinese rockets, spacecraft, satellites and quantum machines, and
#: the slug of each series' concept in ``technology_terms.txt``.
_SPACECRAFT_SERIES = {
    "长征": "long-march",
    "快舟": "kuaizhou",
    "力箭": "lijian",
    "捷龙": "jielong",
    "朱雀": "zhuque",
    "谷神星": "ceres-rocket",
    "远征": "yuanzheng",
    "神舟": "shenzhou",
    "天舟": "tianzhou",
    "嫦娥": "change",
    "天问": "tianwen",
    "鹊桥": "queqiao",
    "风云": "fengyun",
    "高分": "gaofen",
    "九章": "jiuzhang",
    "北斗": "beidou",
}
#: 长征二号F遥十八运载火箭, 快舟一号甲, 风云四号B星, 遥感: the series, its number with 号, a
#: variant (甲, F), the flight (遥十八) and the kind of craft.
_NUMBERED_SPACECRAFT = re.compile(
    "(?P<series>" + "|".join(sorted(_SPACECRAFT_SERIES, key=len, reverse=True)) + ")"
    r"(?:[一二三四五六七八九十]{1,3}|\d{1,3})号"
    r"(?:[甲乙丙丁]|[A-Z](?![A-Za-z]))?(?:\d{2}星)?(?:遥[一二三四五六七八九十百零〇]{1,4})?"
    r"(?:运载火箭|载人飞船|货运飞船|飞船|探测器|卫星|返回器|着陆器|轨道器|中继星|上面级|星)?"
)
#: How drugs' names end (信迪利|单抗, 泽布|替尼, 奥司他|韦): what comes before is no person.
_DRUG_NAME_ENDING = re.compile(r"单抗|替尼|替康|他韦|布韦|拉韦|沙星|西林|霉素|注射液|胶囊|口服液")
#: Characters of a count or an order before a measure word (首个, 一个, 几个, 每个).
_COUNTING_CHARACTERS = frozenset("一二三四五六七八九十百千万两几首每这那某各整半")
#: What a learned society does, which jieba's 会 (学会 cut as 学|会) before it says is the
#: society's, not the modal verb's (考古学|会|联合|主办).
_WHAT_SOCIETIES_DO = frozenset(["联合", "共同", "主办", "承办", "举办", "召开", "发布", "颁发", "组织"])
#: What a body organises others to do, right after 组织 as a verb (组织开展, 组织实施).
_ORGANISED_ACTIONS = frozenset(
    ["开展", "实施", "召开", "举办", "举行", "编制", "编写", "起草", "制定", "修订", "评审", "参加", "动员", "专家"]
)
#: Words of working together after a body's name, which begin no name of another
#: (广东农垦集团|合作|建设|…中心).
_WORKING_TOGETHER = frozenset(["合作", "共建", "合作建设", "联合建设"])
#: Verbs of clauses that stand in no body's name (辞去公司董事长, 加快建设…).
_VERBS_IN_NO_NAME = frozenset(
    [
        "辞去",
        "担任",
        "出任",
        "兼任",
        "调任",
        "加快",
        "推动",
        "诉",
        "起诉",
        "状告",
        "控告",
    ]  # (A公司|诉|B公司: two parties)
)
#: Words for grades of bodies (世界一流大学, 知名企业), no body's own name.
_GRADES_OF_BODIES = frozenset(["一流", "顶尖", "知名", "著名", "领先", "龙头", "高水平"])
#: Words of appointing, which a headline writes with no pause between the body that
#: appoints and the one appointed to (国务院任命北京师范大学新任校长), and no name holds.
_APPOINTING = frozenset(["任命", "任免", "聘任", "免去", "新任", "拟任", "现任", "新当选"])
#: Grades of schools and hospitals right before their kind (重点|大学, 示范|中学, 三甲|医院),
#: which name a class of them, not one.
_GRADES_OF_SCHOOLS = frozenset(["重点", "示范", "一流", "三甲", "二甲", "定点"])
_GRADED_KINDS = frozenset(["大学", "高校", "中学", "小学", "学校", "医院"])
#: The kinds of aid a province or city gives another it is paired with (对口支援, 对口帮扶),
#: right before the second place's name in the name of the body that gives it.
_PAIRING_AID = re.compile(r"对口(?:支援|帮扶|援助|协作|援建)$")
#: What is done in the cloud (在云采购, 在云部署), after 云 that is no 云南.
_DONE_IN_THE_CLOUD = frozenset(["采购", "计算", "服务", "存储", "部署", "迁移", "运行", "办公", "上线"])
#: Words that say what belongs to the body named before them (旗下, 下属, 所属).
_BELONGING = frozenset(["旗下", "下属", "所属", "直属", "控股"])
#: A body's Party group and Party committee, which jieba's dictionary holds together with a
#: few bodies' names (教育部党组, 北京大学党委).
_PARTY_BODIES_OF_A_BODY = ("党组", "党委")
#: Words that end a unit of a body (its office, centre, institute, department, section).
_UNITS_OF_KNOWN_BODIES = ("办公室", "中心", "研究所", "研究室", "工作局", "科", "处", "司")
#: How the names of a body's units end, its branches' too (鼓楼分局, 刑侦支队, 苏州分行, 办公室).
_UNITS_OF_A_BODY = (*_UNITS_OF_KNOWN_BODIES, "分局", "支队", "大队", "派出所", "分行", "支行", "分公司", "分院")
#: The person a court sentences, between 判处 and the sentence (判处欧文龙有期徒刑).
_SENTENCED = re.compile("判处([\u4e00-\u9fff]{2,4}?)(?=有期徒刑|无期徒刑|死刑|死缓|拘役|管制)")
#: The People's Liberation Army's teams, named after its day (八一队, 八一男篮, 八一足球队,
#: 八一火箭队), in every sport; not 八一队伍 (troops).
_ARMY_TEAM = re.compile(
    "八一(?:男子|女子)?(?:足球|篮球|排球|乒乓球|羽毛球|田径|射击|游泳|体操|举重|火箭)?"
    "(?:队(?!伍)|女篮|男篮|女排|男排|女足|男足)"
)
#: Characters in no township's or village's name (各乡镇政府, 全村党支部, 我县各村).
_NOT_LOCAL_NAME = _NAME_STOPPERS | frozenset("各全每本我贵")
#: A byline's reporters: 记者 (right after a parenthesis, or followed by a space), then
#: names of two to four characters set apart by spaces or 、, up to the byline's end. A
#: name of two characters may be written with a space between them, to align with the
#: names of three (记者 王晓东 陈 曦).
_BYLINE_NAME = re.compile(r"[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff](?![\u4e00-\u9fff])|[\u4e00-\u9fff]{2,4}")
_BYLINE = re.compile(
    r"(?:(?<=[（(])记者[ \u3000]*|记者[ \u3000]+)"
    rf"((?:(?:{_BYLINE_NAME.pattern})(?:[ \u3000]*、[ \u3000]*|[ \u3000]+))*(?:{_BYLINE_NAME.pattern}))"
    r"(?=[ \u3000]*(?:[）)\n]|报道|摄|$))"
)
#: A dateline's reporters written without a space: 电记者江南、俞慧友报道, 讯记者刘水明报道,
#: 本报记者李明报道: 记者 after a dateline, an outlet or a space, names set apart by 、, then 报道 or 摄.
_BYLINE_UNSPACED = re.compile(
    r"(?<=[电讯报社台 \u3000])记者((?:[\u4e00-\u9fff]{2,4}、)*[\u4e00-\u9fff]{2,4})(?=报道|摄)"
)
#: Tags of the words jieba knows that may still be a reporter's name in a byline: a name's,
#: or a place's (江山, 高翔).
_BYLINE_NAME_TAGS = _NAME_TAGS | frozenset(["ns"])
_CHINESE_NUMERAL = re.compile("[一二三四五六七八九十]+")
_DECIMAL = re.compile(r"\d+(?:\.\d+)?")
#: Tags of words that are no part of a company's own name: punctuation, prepositions,
#: conjunctions, particles, pronouns.
_BRAND_PART_NOT_TAGS = frozenset("xpcur")
#: Endings of a country's armed forces and authorities (空军, 国防军, 部队, 权力机构).
_FORCES_AND_AUTHORITIES = ("军", "部队", "机构", "当局", "警察")
#: How many countries a run of one-character countries names (中日韩|三国, 美英|两国).
_COUNT_OF_COUNTRIES = re.compile(r"[两二三四五六七八九]国")
#: The countries or their forces counted after a list of them (两国, 两军, 三国海军).
_COUNT_OF_FORCES = re.compile(r"[两二三四五六七八九](?:国|军)")
#: A capitalised Latin name (Anthropic, Palantir, DeepMind), as brands are written.
_LATIN_BRAND = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)*")
#: Prepositions and adverbs that jieba's HMM glues to the unknown character before them
#: (默在, 局对, 财将, 局由); no word it does not know ends in one of them.
_GLUED_PREPOSITIONS = frozenset("在将对把被从于由")
#: Words of jieba's dictionary made of an institution's suffix and its head's title
#: (小汤山|医院院长, 红光|中学校长): cut in two, so the suffix ends the institution's name.
_INSTITUTIONS_WITH_HEADS = {
    word: (word[:2], word[2:])
    for word in ["医院院长", "学院院长", "法院院长", "大学校长", "中学校长", "小学校长", "银行行长", "公司总裁"]
}
#: Prepositions the HMM glues to a name after them (由马时|亨, 向李|明).
_PREPOSITIONS_BEFORE_NAMES = frozenset("由向与对把被将从")
#: Jieba's tags of a one-character word that may end a name (亨/nrt, 燊/zg).
_NAME_END_TAGS = frozenset(["nr", "nrt", "nrfg", "zg", "ng", "new"])
#: Prepositions the HMM glues to the word after a foreign name (东契奇|因伤).
_GLUED_AFTER_FOREIGN_NAME = _GLUED_PREPOSITIONS | frozenset("因以向")
#: What the HMM glues to the last character of a word it does not know: the
#: prepositions (本钢|队以|98比90), the verbs of saying (信息技术|部称|，) and 是 (老|陈是|经理).
_GLUED_BEFORE_NEXT = _GLUED_PREPOSITIONS | frozenset("称说以是")
#: ... and, after the last character of a body's name only (生态环境|局已|对, 农业农村|局向),
#: the adverb and prepositions that also end given names (丁向群, 杨为), and the 作 of
#: 作报告, 作发言 (数据|局作|交流|发言), the 等 that closes a list (市|医保|局等|部门) and the
#: 原 of a former head's title (农业农村|厅原|副厅长), and the modal and other adverbs of a
#: body's task (能源|局要|会同, 发展改革|委将|牵头).
_GLUED_AFTER_BODY = frozenset("已向为作等原要将还也就应")
#: The words that join two bodies, which the HMM glues between the last character of one
#: and the level that begins the next (委与省).
_CONJUNCTIONS_BETWEEN_BODIES = frozenset("与和及同")
#: Prepositions the HMM glues to the level that begins a body after them (为区|人民法院).
_PREPOSITIONS_BEFORE_LEVELS = _GLUED_PREPOSITIONS | frozenset("为向据经与同")
#: How many words each of the extractor's per-word caches holds before it is emptied.
_CACHE_LIMIT = 200_000
#: Conjunctions whose characters may also end a given name (包信和).
_NAME_CONJUNCTIONS = frozenset("和与及")
#: The words Extractor._people_by_title reads a name beside that need not end or begin
#: as a title does: conjunctions, verbs of appointing, 接受 and words for people.
_WORDS_BESIDE_NAMES = _NAME_CONJUNCTIONS | _APPOINTING_VERBS | {"接受"} | _PEOPLE_WORDS
_NAME_CONJUNCTION = re.compile("[和与及]")
#: One-character verbs and prepositions that the HMM glues to an unknown name before
#: them (马晓红到|社区, 李建军赴|北京).
_GLUED_AFTER_NAME = _GLUED_PREPOSITIONS | frozenset("到赴向就与和率为")
#: ... and those, with 是 and 有, that it glues to a name or letter before a body
#: (张华是|北京大学, b组有|广州军区), and the measure word it glues to a verb there
#: (办个|净菜服务公司: to set up a company, whose name does not begin 办个).
_GLUED_BEFORE_BODY = _GLUED_AFTER_NAME | frozenset("是有个")
#: A unit numbered by the group it belongs to, right after the group's name (38所, 六院,
#: 第十四研究所, 第二〇五研究所).
_NUMBERED_INSTITUTE = re.compile(r"第?(?:\d{1,3}|[一二三四五六七八九十〇零]{1,5})(?:研究所|研究院|所|院)")
_NUMBERED_INSTITUTE_IN_TEXT = re.compile(r"(?:\d|[一二三四五六七八九十〇])(?:研究所|研究院|所|院)")
#: Characters the HMM glues before a line's name of two places (一年来|雅万|高铁, 为|雅万|高铁).
_GLUED_BEFORE_A_LINE = frozenset("来为在以从由把被与和到是的")
#: Prepositions that the HMM glues to a company's brand it does not know (由明阳|智慧能源
#: 集团, 被|…), which no brand begins with.
_PREPOSITIONS_GLUED_BEFORE_BRANDS = frozenset("由被把据经")
# One-character abbreviations of countries and regions. Alone most are ambiguous, but
# two or three of them together (中美, 中日韩,
# 港澳台) name places, as some do alone in certain places (_LONE_COUNTRIES). The linker
# reads which place each stands for from ontology/rules/place_abbreviations.txt.
_PLACE_ABBREVIATIONS = frozenset(
    "中美日俄英法德意韩朝印巴以越澳加欧亚非港台苏泰菲马新蒙老缅柬葡西荷比瑞丹挪芬希土伊埃墨阿塞南波捷匈罗保爱古智秘叙约黎沙科斯尼厄乌哈塔孟"
)
#: Countries and regions whose one character alone, in running text, is mostly the
#: place and seldom a word of its own (越, 朝, 台, 藏, 加, 以 are: 越…越, 朝南, 搭台, 藏民族).
_LONE_COUNTRIES = frozenset("俄美英韩澳港巴伊埃墨欧华德法日印")
#: Countries whose character alone is the country in a text that has named it in full
#: (泰, 菲 after 泰国, 菲律宾; 吉, 乌 after 吉尔吉斯斯坦, 乌克兰; 肯, 坦, 赞, 莫 after 肯尼亚,
#: 坦桑尼亚, 赞比亚, 莫桑比克), and seldom a word or a surname there; not 以, 新, 加, 意, 马,
#: 古, 比, 西, 南, 约, 斯 …, which are words of their own as often.
_COUNTRIES_ALONE_ONCE_NAMED = frozenset("泰菲缅柬葡荷丹挪芬捷匈叙黎尼塞阿塔罗哈厄委吉乌肯坦赞莫")
#: Words for a place's people (华人, 港人), emigrants (华侨), descendants (华裔), workers
#: (华工), business people (台商), capital (台资), army (日军), police (港警) or nationality (美籍) that
#: begin with its one-character name. 法军, 中资 are left out: 法 and 中 are law and
#: middle as often.
_PEOPLE_OF_A_PLACE = frozenset(
    [
        "华人",
        "华侨",
        "华裔",
        "华工",
        "华商",
        "港人",
        "港商",
        "港胞",
        "港资",
        "港籍",
        "港警",
        "台商",
        "台胞",
        "台资",
        "澳人",
        "日侨",
        "日军",
        "美军",
        "英军",
        "俄军",
        "德军",
        "苏军",
        "以军",
        "伊军",
        "叙军",
        "土军",
        "埃军",
        "越军",
        "印军",
        "巴军",
        "台军",
        "日资",
        "美资",
        "韩资",
        "美籍",
        "日籍",
        "英籍",
        "法籍",
        "德籍",
        "俄籍",
        "韩籍",
        "美商",
        "日商",
        "韩商",
    ]
    # 湘籍作家, 粤籍华侨: a native of a province, named by its one character
    + [province + "籍" for province in "京沪津渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川黔滇藏陕甘蒙"]
    # 粤商, 浙商, 闽商: a province's business people, as 港商 and 台商 are
    + [province + "商" for province in "沪渝冀晋辽苏浙皖闽赣鲁豫鄂湘粤桂川黔滇陕"]
)
#: 港人治港, 澳人治澳, 台人治台: the slogan of self-rule, whose characters are Hong Kong's,
#: Macao's and Taiwan's (see _places_of_their_people).
_SELF_RULE = re.compile("([港澳台])人治\\1")
_SELF_RULED_PLACES = {"港": "香港", "澳": "澳门", "台": "台湾"}
#: Words of a country's character and 方 (side) that are ordinary nouns: an analogy and
#: recipes (ancient, folk); not 秘方 or 土方, which are Peru's and Turkey's sides as often.
_NO_SIDES = frozenset(["比方", "古方", "丹方"])
#: Courtesy titles written after a person's name or given name (溥杰先生, 小平同志).
_COURTESY_TITLES = frozenset(["先生", "女士", "同志", "夫人"])
#: The same, as ``str.startswith`` takes them.
_COURTESY_TITLE_WORDS = tuple(sorted(_COURTESY_TITLES))
#: Any of those words, to look for them only in texts that hold one.
_PEOPLE_OF_A_PLACE_WORD = re.compile("|".join(sorted(_PEOPLE_OF_A_PLACE)))
#: The kinds of unit an organization numbers (解放军264医院, 北京城建集团一公司, 第二中学).
_NUMBERED_UNIT_KINDS = frozenset(
    ["医院", "公司", "分公司", "工程局", "工程处", "分厂", "研究所", "中学", "小学", "师", "团", "旅", "支队", "大队"]
)
#: A unit's number: digits, or Chinese numerals, after 第 or not (264, 第302, 一五二, 第四).
_UNIT_NUMBER = re.compile(r"第|第?(?:\d{1,4}|[一二三四五六七八九十零〇百]{1,5})")
#: Bodies every locality has, which 地方 or 基层 before them makes a kind (地方政府).
_LOCAL_BODY_KINDS = frozenset(["政府", "人民政府", "党委", "政府部门", "人大"])
#: Verbs of building a body, which after another body end the name of the one built.
_BUILDING_VERBS = frozenset(["建设", "共建", "打造", "筹建", "新建", "援建"])
#: Verbs that jieba's dictionary tags as nouns or adverbs (文件所规定的, 他所代表的, 所领导的;
#: after a name: 于洪波|带队, 李俊明|利用).
#: Nouns that say how or where someone acts, right before the verb (现场|观摩, 实地|察看,
#: 视频|连线), which may follow a name after its title.
_MANNER_NOUNS = frozenset(["现场", "实地", "当场", "视频", "远程", "线上"])
_VERBS_TAGGED_AS_NOUNS = frozenset(
    ["规定", "代表", "领导", "主张", "带队", "率队", "率团", "领队", "利用", "出面", "表态", "讲话", "列席会议"]
)
#: Verbs jieba's dictionary tags as a place's or a body's name (新建 ns, after 新建区 of
#: Nanchang; 新设 nt), or as a noun (会同, "jointly with", also 会同县's name).
_VERBS_TAGGED_AS_NAMES = frozenset(["新建", "新设", "会同"])
#: Adverbs jieba's dictionary tags as nouns (特地 565 n): a name never begins with one
#: (特地|与|国际鹤类保护协会 is "specially with" the society).
_ADVERBS_TAGGED_AS_NOUNS = frozenset(["特地", "专程"])
#: Prepositions between a title and the name of who holds it (主任由王刚担任).
_WHO_HOLDS_A_TITLE = frozenset(["由"])
#: Marks that set apart the items of a list of names.
_LIST_MARKS = frozenset("、，,；：")
#: Words for a kind of hospital, which name none (人民医院, 方舱医院, 私立医院).
_HOSPITAL_KINDS = frozenset(
    [
        "人民",
        "中心",
        "附属",
        "教学",
        "综合",
        "专科",
        "定点",
        "方舱",
        "野战",
        "战地",
        "流动",
        "社区",
        "基层",
        "乡镇",
        "县级",
        "市级",
        "省级",
        "公立",
        "私立",
        "民营",
        "中医",
        "西医",
        "中西医",
        "儿童",
        "妇幼",
        "妇产",
        "妇女",
        "肿瘤",
        "口腔",
        "精神",
        "精神病",
        "传染病",
        "胸科",
        "康复",
        "老年",
        "军队",
        "部队",
        "宠物",
        "动物",
        "兽医",
        "医疗",
        "医学",
        "大学",
        "职工",
        "企业",
        "工人",
        "中医药",
        "眼耳鼻喉",
        "三甲",
        "二甲",
        "一级",
        "二级",
        "三级",
        "民族",
        "藏医",
        "蒙医",
        "维吾尔医",
        "友好",
        "示范",
        "爱婴",
        "中小",
        "主题",
        "整形",
        "网上",
        "特约",
        "甲等",
        "省立",
        "市立",
        "县立",
        "海军",
        "陆军",
        "空军",
        "武警",
        "铁路",
        "人名",
    ]
)
#: Last characters of a medical field's name, which names a kind of hospital (骨科医院,
#: 皮肤病医院, 结核病医院).
_MEDICAL_FIELD_ENDINGS = frozenset("科病")
#: How often jieba's dictionary may have seen a common noun that names a hospital
#: (积水潭 10, 同济 85, 地坛 293), above which it is a kind's word.
_RARE_HOSPITAL_NAME = 500
_ONE_DIGIT_NUMBERS = frozenset("一二三四五六七八九")
#: Levels of government whose hospital a word ending in one is (市医院, 县医院).
_LEVELS_OF_HOSPITALS = frozenset("省市县区乡镇村")
#: A school by its number (三中, 十一中, 一小): the first, third … middle or primary school.
_NUMBERED_SCHOOL = re.compile("[一二三四五六七八九十]{1,3}[中小]")
#: Words after 一中 (one China) that make it no school (一中政策, 一中原则).
_ONE_CHINA_WORDS = frozenset(["政策", "原则", "框架", "立场", "共识", "架构"])
#: Words for a share of things (部分, 一些, 多数), which begin no body's name.
_SHARES = frozenset(["部分", "大部分", "一部分", "一些", "有些", "多数", "少数", "许多", "不少"])
#: Verbs of holding shares in a company, which stand between two bodies' names (A控股B),
#: though 控股 also ends names (汇丰控股).
_HOLDING_VERBS = frozenset(["控股", "参股", "入股"])
#: Conjunctions that jieba's dictionary tags as bodies' names (暨, "and").
_CONJUNCTIONS_TAGGED_AS_BODIES = frozenset(["暨"])
#: Common nouns jieba's dictionary tags as personal or place names (陆军 nr, 慈善 nr,
#: 敬老院 nr, 福利 ns, 卫星 nr): the army, the words of welfare and charity and those
#: of space science that begin and end the names of their bodies (陆军工程大学, 慈善总会,
#: 上津镇敬老院, 德国宇航中心, 国家天文台).
_NOUNS_TAGGED_AS_NAMES = frozenset(
    ["陆军", "慈善", "养老", "养老金", "敬老院", "养老院", "光荣院", "康复", "孤儿", "福利", "卫星", "宇航", "天文台"]
)
#: Common nouns that jieba's dictionary tags as personal names (nr), three characters
#: beginning with a surname's character, so that they read as a surname and a given
#: name: seasons and events (黄金周, 花博会), documents (蓝皮书), policy words (高精尖,
#: 林果业), plants, animals, minerals and substances, forms of writing and art; and the
#: few it tags as places' or foreigners' names (ns: 桥头堡 "bridgehead", 打造开放的桥头堡;
#: nrt: 托拉斯 "trust", a cartel). Found by reading every such word of the dictionary
#: seen 20 times or more, and those seen less often that end like a kind of thing (会,
#: 卡, 素, 性, 病, 法 ...), that the extractor took for a person or a place; not names of
#: places, works or bodies, which other rules may name.
_COMMON_NOUNS_TAGGED_AS_NAMES = frozenset(
    [
        # events, seasons, documents, policy and economy
        "黄金周",
        "花博会",
        "华博会",
        "文博会",
        "陶博会",
        "兰洽会",
        "哈洽会",
        "乌洽会",
        "高峰会",
        "车友会",
        "班前会",
        "贺年卡",
        "车棚费",
        "白皮书",
        "蓝皮书",
        "黄皮书",
        "高精尖",
        "林果业",
        "童养媳",
        "智多星",
        "尚方剑",
        "纪传体",
        "章回体",
        "简繁体",
        # plants
        "郁金香",
        "蒲公英",
        "康乃馨",
        "白玉兰",
        "胡萝卜",
        "车前子",
        "金合欢",
        "连香树",
        # animals
        "沙丁鱼",
        "信天翁",
        "乌骨鸡",
        "白唇鹿",
        "金毛狮",
        # minerals, materials and substances
        "花岗岩",
        "花岗石",
        "金刚石",
        "蓝宝石",
        "白玉石",
        "高岭土",
        "高岭石",
        "金红石",
        "蒙脱石",
        "马氏体",
        "丁二烯",
        "安赛蜜",
        "斯巴甜",
        "阿托品",
        "单克隆",
        "叶绿素",
        "叶绿体",
        "白开水",
        "蒙汗药",
        "花青素",
        "白介素",
        "葛根素",
        "谷维素",
        "花柳病",
        "白塞病",
        "隆鼻术",
        "易容术",
        # qualities and measures, fields and laws
        "鲁棒性",
        "普世性",
        "易读性",
        "易损性",
        "迟发性",
        "富养化",
        "查准率",
        "查全率",
        "占星学",
        "金相学",
        "罗马法",
        "涂布机",
        "蒲式耳",
        # art, architecture and writing
        "巴洛克",
        "须弥座",
        "唐三彩",
        "古体诗",
        "信天游",
        "满江红",
        "全唐诗",
        # common nouns tagged as places' names
        "桥头堡",
        "火山岛",
        "福尔马林",
        # a common noun tagged as a transliterated name (nrt)
        "托拉斯",
        # words of manner
        "冷冰冰",
        "冷森森",
        "白森森",
        "白生生",
        "金灿灿",
        "黄澄澄",
        "麻麻亮",
        "简言之",
    ]
)
#: Words for kinds of people that jieba's dictionary tags as personal names (nr): kin
#: and forms of address (岳父, 阿妈, 师兄), customers and guests (顾客, 宾客), social
#: groups (白领, 明星), trades, ranks and old offices (郎中, 童工, 诸侯, 高中生, 钟点工),
#: which open clauses before verbs of saying as names do (顾客说, 老郎中说, 明星表示)
#: but name no one. Found by reading the two- and three-character words the dictionary
#: tags so that the extractor took for a person before 说, among those ending in a
#: character of kin, rank, trade or kind of person (客, 领, 师, 生, 工, 父, 侯 ...).
_KINDS_OF_PEOPLE_TAGGED_AS_NAMES = frozenset(
    [
        "和尚",
        "明星",
        "童星",
        "寿星",
        "师兄",
        "师哥",
        "师姐",
        "师生",
        "师母",
        "师娘",
        "师爷",
        "师公",
        "师尊",
        "严师",
        "蒙师",
        "顾问",
        "顾客",
        "顾主",
        "常客",
        "宾客",
        "贺客",
        "墨客",
        "宾朋",
        "益友",
        "戚友",
        "白领",
        "蓝领",
        "白丁",
        "祖先",
        "祖宗",
        "祖母",
        "祖孙",
        "曾孙",
        "孙女",
        "孙儿",
        "王孙",
        "岳父",
        "岳母",
        "岳丈",
        "严父",
        "阿公",
        "阿爷",
        "阿爹",
        "阿妈",
        "阿奶",
        "阿娘",
        "阿叔",
        "阿弟",
        "阿兄",
        "阿妹",
        "宗兄",
        "郎舅",
        "郎君",
        "郎中",
        "相公",
        "王爷",
        "王公",
        "王侯",
        "公卿",
        "卿士",
        "诸侯",
        "诸君",
        "诸公",
        "储君",
        "母后",
        "元配",
        "元勋",
        "封臣",
        "史臣",
        "幸臣",
        "史官",
        "尉官",
        "胥吏",
        "童子",
        "童男",
        "童儿",
        "童仆",
        "童工",
        "童生",
        "武生",
        "花旦",
        "司仪",
        "高僧",
        "沙弥",
        "巫师",
        "巫婆",
        "巫医",
        "宿儒",
        "游侠",
        "武夫",
        "屠夫",
        "马夫",
        "富豪",
        "富翁",
        "富婆",
        "权贵",
        "暴君",
        "庄主",
        "庄客",
        "田主",
        "帅哥",
        "苍生",
        "黎民",
        "刁民",
        "师兄弟",
        "祖师爷",
        "祖父母",
        "曾祖父",
        "孙女儿",
        "孙媳妇",
        "干女儿",
        "司令官",
        "司法官",
        "高中生",
        "初中生",
        "文科生",
        "高职生",
        "高才生",
        "师范生",
        "练习生",
        "应考生",
        "钟点工",
        "管道工",
        "陶瓷工",
        "麻醉师",
        "占卜师",
        "修道士",
        "管家婆",
        "黄脸婆",
        "幸运儿",
        "公子哥",
        "富家子",
        "富家女",
        "牧羊女",
        "庄园主",
        "封建主",
        "古玩商",
        "富裕户",
        "雷达兵",
        "常备兵",
    ]
)
#: The words jieba's dictionary tags as names that are ordinary nouns, whatever their tag.
_NOUNS_THE_DICTIONARY_CALLS_NAMES = _COMMON_NOUNS_TAGGED_AS_NAMES | _KINDS_OF_PEOPLE_TAGGED_AS_NAMES
#: Cities news knows by one character of their own (穗 Guangzhou, 蓉 Chengdu, 榕 Fuzhou,
#: 甬 Ningbo, 厦 Xiamen), as ``place_abbreviations.txt`` lists them.
_CITY_CHARACTERS = frozenset("穗蓉榕甬厦")
#: One-character names of provinces, countries and cities that lists join with 、.
_LISTED_PLACE_CHARACTERS = _PROVINCE_ABBREVIATIONS | _PLACE_ABBREVIATIONS | _CITY_CHARACTERS
#: Words that close a list of provinces' characters: a count or 等 and a word for
#: provinces, places or regions (三省, 等省区, 两地, 等地区).
_CLOSES_A_LIST_OF_PROVINCES = re.compile("(?:[两二三四五六七八九十几]|等)(?:省|省区|省市|地|市|区|地区|省份)")
#: What ends a list of countries after its last (美、日等国, 欧、美等地).
_END_OF_LIST_OF_COUNTRIES = frozenset(["等", "等国", "等地", "等国家", "等地区"])
#: A surname, the spaces that line a two-character name up with three-character ones
#: (two or three, or one or two full-width: 王  刚, 赵　英; a single space separates words as
#: often, and the extractor looks for these only where such spaces stand) and the given
#: name's character, with what may follow a name's end.
_SPACED_NAME = re.compile(
    "([\u4e00-\u9fff])( {2,3}|\u3000{1,2})[\u4e00-\u9fff]"
    "(?=[，、。；：（）(),;: \u3000\n]|同志|为|任|不再|当选|等|说|是|和|$)"
)
#: Kinds of body that belong to the state or a party, never to a company.
_PUBLIC_BODY_SUBTYPES = frozenset(["GovernmentOrganization", "PoliticalOrganization"])
#: Tags of the word before a Japanese surname alone before a title (要求|桥本|首相, 与|桥本|
#: 首相, ，|桥本|首相): a verb, a preposition, a conjunction, a particle or punctuation.
_BEFORE_BARE_JAPANESE_SURNAME_TAGS = frozenset("vpcux")
#: What jieba's HMM glues to the last character of a Japanese name it does not know.
_GLUED_AFTER_JAPANESE_NAME = frozenset("等为说在")
#: Characters Japanese men's and women's given names commonly end in (裕彦, 一郎, 富士夫,
#: 伸之, 和子), which a name jieba does not know after a title ends in.
_JAPANESE_GIVEN_NAME_ENDINGS = frozenset("彦郎夫雄男子美枝惠代之也树辅介助藏太朗")
#: Characters that with 也 make a Japanese given name (克也, 哲也, 达也, 拓也, 和也), which
#: jieba cuts before 也 (an adverb, "also", to it).
_BEFORE_YA = frozenset("克哲达拓和直悦信雅纯卓伸真龙智秀胜裕健俊浩博弘宏修彻贵阳敬正久友文英辰淳诚刚")
#: A leader's government or cabinet, called by the leader's name (桥本内阁, 克林顿政府).
_GOVERNMENTS_OF_LEADERS = frozenset(["内阁", "政府", "政权"])
#: What the HMM glues to the end of a long name that no name ends in (see _without_glued_verb):
#: 说, 在, and the 则 of contrast (植田和男则表示).
_GLUED_VERBS_AFTER_LONG_NAMES = frozenset("说在则")
#: What a stop named after its city follows when it is no railway station: a tour or
#: competition (钻石联赛|上海站, 巡回赛|北京站) or a river (黄河|兰州站, 邕江|南宁站).
_BEFORE_A_STOP_NAMED_AFTER_ITS_CITY = ("赛", "杯", "巡演", "巡展", "巡讲", "江", "河", "水文")
#: Those a person signs or speaks for after 代表 (代表双方签约, 代表学校致辞).
_REPRESENTED_SIDES = frozenset(
    ["双方", "学校", "公司", "全体", "大会", "主办方", "政府", "中方", "集团", "医院", "我们"]
)
#: A count soon after (投入专业扑火队员500人, 检查商铺326家).
_COUNT_SOON = re.compile(r"[^，。；,;]{0,14}?[\d一二三四五六七八九十百千万两]+\s*[人家个名次起件辆台处万亿]")
#: The occasion after 在, up to the localiser that ends it, then a pause or a verb of
#: speech (在调研时强调, 在会上说, 在讲话中指出).
_WHERE_AFTER_ZAI = re.compile(
    r"[\u4e00-\u9fff]{1,8}?(?:时|上|中|期间|之际)(?:[，,：:]|强调|指出|表示|说|要求|提出|介绍)"
)
#: A publisher named in the statement of who published a book (由|长征出版社|出版, 由作家
#: 出版社推出): whatever words its name is made of, they name it there.
_PUBLISHED_BY = re.compile("(?<=由)((?:[\u4e00-\u9fff]{2,10}?)出版社)(?=出版|推出|发行|再版|印行|编辑出版)")
#: Words jieba makes of a road's 路 and where on it (湖南|路上, 南京|路口).
_ROAD_AND_SIDE = frozenset(["路上", "路旁", "路口", "路边", "路段"])
_STREET_AND_ROAD_WORDS = _STREET_KINDS | _ROAD_AND_SIDE
#: Verbs of going right before a place, after which 路上 is the way there (前往|上海|路上).
_ON_THE_WAY_TO = frozenset(["去", "往", "前往", "赴", "到", "奔赴", "通往", "回", "返回", "向", "开往", "飞往"])
#: Marks that end a sentence, after which spaces set off a new paragraph.
_SENTENCE_END_MARKS = frozenset("。！？；”」』")
#: Quotation marks that open and close a quoted word (“立法院”, 「行政院长」).
_OPENING_QUOTES = frozenset("“‘「")
_CLOSING_QUOTES = frozenset("”’」")
#: Marks after which a clause begins.
_CLAUSE_OPENING_MARKS = frozenset(["，", "。", "；", "：", "、", "“", "（", "《", "！", "？"])
#: What a clause may begin after: those marks, closing quotes, brackets, dashes, a line's
#: or a space's end, or 据 ("according to": 据李红军介绍).
_CLAUSE_OPENING = _CLAUSE_OPENING_MARKS | frozenset("”‘’「」）()〈〉—…\n 据")
#: Prepositions and conjunctions before a country's one character alone (对|伊|政策,
#: 与|埃|军事合作, 驻|巴|使节), and 全 (全|美).
_BEFORE_LONE_COUNTRY = frozenset("对向与同和跟在驻从使令让及或为给被由全据就将")
#: A team or group that a researcher or doctor leads, named after them (马大为课题组).
_TEAM_WORDS = frozenset(["团队", "课题组", "研究团队", "科研团队", "研究组", "研究小组", "工作室"])
#: Words before 任 (took the office of) in an official's career: 曾|任, 先后|任.
_BEFORE_TAKING_OFFICE = frozenset(["曾", "先后", "历", "后", "又", "再", "并", "兼", "调"])
#: Prepositions that begin no name (unlike 向, 于 and 和, which are surnames too), which
#: jieba's HMM glues to a two-character name it does not know (对|康美, 与|沐曦).
_PREPOSITIONS_NO_NAME_BEGINS = frozenset("对与被把跟")
#: How often jieba's dictionary may have seen a short word it tags as a place for the
#: word to name one after 在 or 到: towns and sites are seen seldom (乌镇 106, 海城 100,
#: 横店 3), the common nouns it also tags so more often (滑坡 195, 海岛 313, 深山 610).
_SELDOM_SEEN_PLACE = 150
#: Words of being or settling somewhere, before the place (在|乌镇|举行, 落户|横店).
_BEING_AT = frozenset(["在", "到", "位于", "地处", "途经", "路过", "离开", "走进", "落户", "扎根", "定居"])
#: Verbs of going or hurrying to a place (赶赴|灾区, 挺进|汶川).
_GOING_TO = frozenset(
    ["赴", "赶赴", "赶到", "驰援", "挺进", "抵达", "前往", "奔赴", "到达", "来到", "深入", "飞抵", "转战", "进驻"]
)
#: 在, 于 or 从 and at most two characters before a word of position (在|信中, 在内部|信中).
#: How the Chinese names of drugs end (替尼 -tinib, 非尼 -fenib, 克拉 -clax, 单抗 -mab,
#: 他韦 and 匹韦 -vir), which no transliterated name does.
_DRUG_NAME_ENDINGS = ("替尼", "非尼", "克拉", "单抗", "他韦", "匹韦", "司韦", "沙坦", "格列汀")
#: What 和美 (harmonious and beautiful) describes in slogans (和美乡村, 和美家园).
_WHAT_IS_HEMEI = frozenset(["乡村", "家园", "社区", "生活", "家庭", "城市", "村庄", "新村", "海岛"])
#: 祖冲之|号, 谷神星|一号, 嫦娥|六号: the number of a craft, ship or machine named after
#: someone (not 号召, 号称, 号令: verbs).
_CRAFT_NUMBER = re.compile(r"[一二三四五六七八九十百零〇两0-9]*号(?![召称令])")
_IN_A_PLACE_BEFORE = re.compile(r"[在于从][\u4e00-\u9fff]{0,2}$|在[致给][\u4e00-\u9fff]{1,4}$")
#: Words for companies or bodies that end a list of them after 等 (…等国产GPU企业).
_KINDS_OF_COMPANY = ("企业", "公司", "厂商", "厂家", "机构", "车企", "药企", "房企", "巨头", "品牌", "名牌")
#: Words for a kind of company that may stand right before one's name, which begins
#: with a place (印尼最大电信|运营商|印尼电信公司), and end no company's name (公司 and 集团
#: do: 阿里巴巴|集团|杭州|总部).
_KINDS_BEFORE_A_NAME = frozenset(
    ["运营商", "服务商", "供应商", "开发商", "制造商", "生产商", "厂商", "厂家", "巨头", "车企", "药企", "房企", "企业"]
)
#: A count of the leading ones that may close a list instead of 等 (海尔、容声、新飞、美菱|四大|品牌).
_COUNT_OF_LEADERS = re.compile("[两二三四五六七八九十几]大")
#: Dashes between the two ends of a route (蒙巴萨—内罗毕铁路).
_ROUTE_DASHES = frozenset(["—", "——", "－", "-", "–"])
#: The words between a route's two ends: a dash or 至 (to).
_ROUTE_JOINERS = _ROUTE_DASHES | {"至"}
#: Words for a route between two places, after their names (…—内罗毕|铁路, …至苏博蒂察|段).
_ROUTE_KINDS = ("铁路", "公路", "高速公路", "高速", "大桥", "隧道", "管道", "运河", "航线", "段")
#: The brands of China's national telecom and broadcast operators, by which news names
#: their companies in a province or city (湖南移动, 广东电信, 江苏有线).
_OPERATOR_BRANDS = frozenset(["移动", "联通", "电信", "铁塔", "广电", "有线"])
_OPERATOR_BRAND_LAST_CHARACTERS = frozenset(brand[-1] for brand in _OPERATOR_BRANDS)
#: Adverbs and prepositions that jieba's HMM glues to a country's side after them
#: (已向|菲方, 愿同|哈方): all the characters of such a word before X方.
_GLUED_BEFORE_SIDE = frozenset("已向同与和对跟将为被请愿并也还就再又均都曾")
#: A country's leaders' and ministers' titles, which jieba writes in one word with the
#: country's character before them (俄外长, 英首相).
_TITLES_OF_A_COUNTRY = frozenset(
    [
        *("总统", "副总统", "总理", "副总理", "首相", "外长", "外相", "防长", "财长", "议长", "国王", "元首"),
        *("外交部长", "国防部长", "财政部长", "驻华大使", "大使", "总参谋长", "外交大臣", "副首相"),
    ]
)
#: jieba's tags of adverbs, adjectives, verbs and function words, which no two-character
#: foreign name after a title has (局长|特别|提到).
_FUNCTION_OR_VERB_TAGS = _FUNCTION_TAGS | frozenset("vamqf")
#: Verbs, adverbs and prepositions that jieba's HMM glues to a country's side before them
#: (欧方|愿, 葡方|还, 新方|将).
_GLUED_AFTER_SIDE = frozenset("愿将已也还就均都曾对在同与和向为称表认则")
#: Offices and forms of address that follow a bare surname when news names someone
#: it has named in full before or knows only so (张主席, 王先生, 李大娘, 刘老).
_TITLES_AFTER_SURNAME = [
    "总书记",
    "董事长",
    "先生",
    "女士",
    "小姐",
    "主席",
    "总理",
    "书记",
    "部长",
    "局长",
    "处长",
    "科长",
    "厂长",
    "县长",
    "市长",
    "省长",
    "区长",
    "乡长",
    "镇长",
    "村长",
    "院长",
    "校长",
    "主任",
    "经理",
    "总统",
    "教授",
    "老师",
    "大夫",
    "医生",
    "师傅",
    "大爷",
    "大娘",
    "大妈",
    "大姐",
    "大哥",
    "队长",
    "教练",
    "指导",
    "记者",
    "站长",
    "所长",
    "社长",
    "阿姨",
    "叔叔",
    "大叔",
    "大婶",
    "奶奶",
    "爷爷",
    "伯伯",
    "阿婆",
    "太太",
    "同志",
    "老汉",
    "大嫂",
    "老板",  # (before 老, which the pattern would take first: 陈|老|板)
    "老总",
    "老",
    *("厅长", "司长", "台长", "馆长", "行长", "会长", "团长", "庭长", "检察长", "秘书长", "总经理", "总裁"),
    *("院士", "参赞", "大使", "议员", "专员", "编辑", "主编", "总编", "政委", "司令", "将军", "律师", "法官"),
    *("关长", "署长", "董事长", "船长", "矿长"),
]
#: A surname's office may be a deputy's (王|副局长, 栾|副主任).
_SURNAME_AND_TITLE = "副?(?:" + "|".join(_TITLES_AFTER_SURNAME) + ")"
_TITLE_AFTER_SURNAME_SET = frozenset(_TITLES_AFTER_SURNAME)
#: The levels whose head's title begins with them (市长, 县长, 省长, 区长, 州长): jieba may
#: cut the level with its place's name and the title's 长 with the name after it.
_LEVELS_BEFORE_HEADS = frozenset("市县省区州镇乡")
#: Last characters of the bodies whose head's title is the last character and 长 (局长,
#: 部长, 厅长, 署长): jieba may cut that title's 长 with the name after it (国家统计局|长宁|吉喆).
_BODIES_BEFORE_HEADS = frozenset("局部厅署")
#: Of those, the bureaux' (局长, 厅长, 署长), whose field may stand before the title
#: (财政|局长); a 部长 after a word is a department's head, read with 部长 elsewhere (宣传|部长).
_BUREAUS_BEFORE_HEADS = _BODIES_BEFORE_HEADS - {"部"}
#: Roles in a sports team written after the team's name (国安|外援, 申花|主教练).
_TEAM_ROLES = frozenset(["主教练", "助理教练", "外援", "中场", "前锋", "后卫", "门将", "主帅"])
#: Marx, Engels, Lenin and Stalin by their first characters (马列主义, 马恩列斯著作).
_FOUNDERS_OF_MARXISM = {
    "马恩列斯": ("马克思", "恩格斯", "列宁", "斯大林"),
    "马列": ("马克思", "列宁"),
    "马恩": ("马克思", "恩格斯"),
}
#: Beijing opera and the medicines named by their place's one character (京剧, 中药,
#: 藏医), where People's Daily tags the character as the place (京剧 4 times in 5, 中药,
#: 中草药, 藏药 and 藏医 every time); not 中医 (1 in 4), nor other operas and cuisines,
#: which it leaves untagged (豫剧) or the test set does not hold.
_ARTS_OF_A_PLACE = ("京剧", "中药", "中草药", "中成药", "藏药", "藏医")
#: First characters of the bodies named by such an art (京剧院, 京剧团, 中药厂, 藏医院).
_BODIES_OF_AN_ART = frozenset("院团厂社所")
#: Wars of resistance and games named by a country's or a continent's one character,
#: with where each such character stands: People's Daily tags 日 of 抗日战争 (5 times in
#: 6), 美 and 朝 of 抗美援朝, 亚 of 亚运会, as it tags 奥 of 奥运会.
#: So are Hong Kong's and Macao's governors and the territory as a whole or one's own
#: (港督, 全港, 本港, 本澳: People's Daily tags 港 of 港督 and 本港), and Tibet where troops are
#: stationed (驻藏).
_PLACES_INSIDE_WORDS = {
    **{"抗日": (1,), "抗美援朝": (1, 3), "抗英": (1,), "抗法": (1,), "亚运": (0,)},
    **{"港督": (0,), "澳督": (0,), "全港": (1,), "本港": (1,), "全澳": (1,), "本澳": (1,), "驻藏": (1,)},
}
#: The characters the arts and those words begin with (京, 中, 藏, 抗, 亚, ...).
_ARTS_AND_PLACES_INSIDE_WORDS_FIRST_CHARACTERS = frozenset(
    word[0] for word in (*_ARTS_OF_A_PLACE, *_PLACES_INSIDE_WORDS)
)
#: The world's cups named after people, by the words news writes before 杯 (汤姆斯杯,
#: 汤尤杯: Thomas and Uber), with where each person's name stands in them.
_CUP_NAMESAKES: dict[str, tuple[tuple[int, int], ...]] = {
    "汤姆斯": ((0, 3),),
    "托马斯": ((0, 3),),
    "尤伯": ((0, 2),),
    "汤": ((0, 1),),
    "尤": ((0, 1),),
    "汤尤": ((0, 1), (1, 1)),
    "苏迪曼": ((0, 3),),
    "斯韦思林": ((0, 4),),
    "考比伦": ((0, 3),),
    "戴维斯": ((0, 3),),
    "莱德": ((0, 2),),
    "斯坦利": ((0, 3),),
    "霍普曼": ((0, 3),),
    "拉沃尔": ((0, 3),),
}
#: Words of 老 or 小 and a common surname that jieba's dictionary knows as words of their
#: own, or that name other things (老何 "why", 小许 "a little", 老汤 "master stock").
_NOT_OLD_OR_YOUNG = frozenset(
    [
        *("老何", "老许", "老汤", "老叶", "老方", "老毛", "小林", "小龙"),
        *("小史", "小叶", "小孔", "小段", "小毛", "小汤", "小熊", "小石", "小钱", "小马", "小金"),
    ]
)
#: One-character adverbs, prepositions and verbs of speech the HMM glues to the surname
#: after 老 or 小 (老|薛且, 小|王说).
_GLUED_AFTER_FAMILIAR = frozenset("且就才也还又都却在把被对向跟说")
#: Words after 老王, 小赵 that end the phrase: a particle, a conjunction, 家 (老刘|家).
_AFTER_OLD_OR_YOUNG = frozenset(["的", "和", "与", "跟", "同", "家", "也", "就", "都", "又", "还", "却", "则"])
#: Tags of a word after X氏 that makes X氏 part of a brand or a company's name.
_NAME_TAGS_AFTER_SHI = frozenset(["nr", "nrt", "nrfg", "nz", "gaz"])
#: Words after 王氏 that make it a family, a clan or a school named after one (王氏家族,
#: 刘氏宗祠, 陈氏太极拳), not one person called by surname.
_FAMILY_AFTER_SHI = frozenset(
    [
        *("家族", "宗族", "族", "一族", "家", "一家", "一门", "宗祠", "祠堂", "宗亲", "族谱", "家谱"),
        *("后裔", "后人", "子孙", "先祖", "祖先", "兄弟", "姐妹", "父子", "夫妇", "兄妹", "三兄弟"),
        *("太极拳", "王朝", "家族企业", "企业", "集团", "公司", "家训", "故居", "老宅"),
    ]
)
#: Characters before a bare surname that end no name of their own: it begins a phrase.
_BEFORE_BARE_SURNAME = frozenset("的和与及给被向对在是为了将跟同把让由找到说请据")
#: Words for kinds of people written right before a name in apposition (市民|张|先生,
#: 村民|李|大爷): the name begins after them.
_PEOPLE_BEFORE_NAMES = frozenset(
    [
        "市民",
        "村民",
        "居民",
        "网友",
        "群众",
        "患者",
        "病人",
        "老人",
        "游客",
        "乘客",
        "旅客",
        "职工",
        "员工",
        "工人",
        "农民",
        "学生",
        "家长",
        "志愿者",
        "党员",
        "干部",
        "民警",
        "读者",
        "观众",
        "选手",
        "车主",
        "业主",
        "户主",
        "店主",
        "老板",
        "顾客",
        "消费者",
        "商人",
        "企业家",
    ]
)
#: Words for kinds of people before a Tibetan or Mongolian name of one part (牧民|扎西,
#: 干警|次仁): those before any name, and the herders, police and monks of the regions
#: where such names are common.
_PEOPLE_BEFORE_ONE_PART_NAMES = _PEOPLE_BEFORE_NAMES | _PEOPLE_WORDS | {"农牧民", "牧户", "干警", "僧人"}
#: Verbs of travel and of being stationed that news writes with a one-character place
#: (访华, 来华, 驻华, 抵京, 进京, 返京), and 在 (在京举行, 在华投资): after them the character
#: is the place visited or where something happens.
_VISIT_VERBS = "访来抵赴离驻旅援进返晋回在"
#: Of those, the verbs after which a city's one-character name begins no body's name
#: (在|京|美国公司, 来|华|日本代表团): all but 驻, which begins a mission's (驻|美|大使馆), and
#: 访, 援, 晋, whose place is seldom a body's seat.
_BEING_AT_VERBS = frozenset(_VISIT_VERBS) - frozenset("驻访援晋")
#: The one-character places those verbs take: China (华), its capital (京), the other
#: municipalities (沪, 津, 渝) and cities known by one character (穗, 蓉, 榕, 甬, 厦); a country's
#: character only after 访, 旅, 赴 and 驻 (访美, 旅日, 赴港), as other verbs end ordinary
#: words before them (越来越, 引进|以外, 支援|法), after 对 (toward: 对华政策, 对美出口) and
#: after 反, 亲, 侵 and 排 (反华势力, 亲美, 侵华日军, 排华); a province's after 赴, 来, 回 and 抵
#: (来桂, 回闽, 赴藏; not 青, 黑, 新, 苏, 吉, 云, 贵, 甘, 宁, which end or begin words there:
#: 来苏; and not after 援 or 进, where news writes 援藏 and 进藏 as terms of their own); and a
#: much-reported country's after 在 and 到 (在美, 到俄; not 日, a day as often: 在日最多).
_VERBS_AND_THEIR_PLACES = (
    (_VISIT_VERBS, "华京沪津渝" + "".join(sorted(_CITY_CHARACTERS))),
    ("访旅赴驻对反亲侵排", "华美日俄英法德意韩朝印泰菲蒙缅墨港澳台"),
    ("在到", "美俄英法德韩"),
    # 来|港, 经|港|转机, 在|港|各界, 从|台|返回: Hong Kong, Macao and Taiwan where someone goes,
    # passes or is (not 回港, a ship's return to port)
    ("来抵返经在涉从", "港澳台"),
    ("赴来回抵", "藏疆桂闽琼川湘粤浙皖赣鄂豫鲁冀辽陕黔滇"),
)
#: One of those places right after one of its verbs (访华, 赴藏, 在美). The place's
#: character comes first in the pattern, the verb in the look-behind, so that the regex
#: engine skips the characters that are no place (most of a text) without trying the
#: look-behinds at each: _visited_places scans a text about ten times faster.
_VISITED_PLACE = re.compile(
    f"[{''.join(sorted({place for _, places in _VERBS_AND_THEIR_PLACES for place in places}))}]"
    f"(?<={'|'.join(f'[{verbs}][{places}]' for verbs, places in _VERBS_AND_THEIR_PLACES)})"
)
#: How often jieba's dictionary must have seen a word beginning at a one-character place
#: for the character to be the word's first rather than the place (华人 940, 京剧 820,
#: 华商 73), as against rare entries that only happen to begin there (华大 12).
_LONGER_WORD_COUNT = 50
#: How many times more often the word after a visited place's character must be seen
#: than the word the character would begin, for the character to stand alone.
_FAR_MORE_OFTEN = 3
#: Characters before 来 that make a word of it (以来, 原来, 越来越, 带来): no verb of coming.
_WORDS_ENDING_IN_LAI = frozenset("以原后将未本从历向近带迎出起过回下上年多归到招引看想越")
#: Characters before 在 that make a word of it (存在, 实在, 内在), no "in" before a place.
_WORDS_ENDING_IN_ZAI = frozenset("存实自内外潜")
#: Compass points that begin both place names (南沙, 西沙) and abbreviations of a
#: country (南 for 南非, 西 for 西班牙).
_COMPASS_POINTS = frozenset("东南西北")
#: What follows provinces' one-character names run together (川陕|毗邻, 苏皖|两省, 湘鄂|交界).
#: Works two countries build together, named after their pair (中哈|原油|管道, 中老|铁路).
_JOINT_WORKS = frozenset(["管道", "管线", "铁路", "公路", "大桥", "口岸", "走廊", "油气管道", "输油管道"])
_NEIGHBOURING_WORDS = ("毗邻", "交界", "边界", "接壤", "地区", "两省", "三省", "两地", "三地", "一体化", "合作", "协同")
_PLACE_ABBREVIATION_RUN = re.compile(f"[{''.join(sorted(_PLACE_ABBREVIATIONS))}]{{2,3}}")
#: Words of going to or through a place (北京|至|上海, 途经|沃伊), before a stop on a line.
#: Also words of going or moving to a town (前往|格罗兹尼|探视, 迁往|阿克莫拉).
_ROUTE_WORDS = frozenset(
    [
        *("至", "抵达", "飞抵", "途经", "经停", "开往", "驶往", "飞往", "直达", "直飞"),
        *("前往", "迁往", "到达", "赶赴", "奔赴", "转往", "撤往", "逃往"),
    ]
)
#: A section, station or port of a line, after the place that names it (诺维萨德|段).
_STOPS_ON_A_ROUTE = frozenset("段站港")
#: Bodies that are often named after a Chinese founder or donor (庄希泉基金会, 邵逸夫医院).
_NAMED_AFTER_DONORS = frozenset(["基金会", "医院", "中学", "小学", "图书馆", "集团", "医学院", "学院"])
#: Kinds of body whose names jieba often reads as a person's: a donor's or founder's
#: (邵逸夫|医院), or a hotel's name of good omen (白云|宾馆, 友谊|宾馆).
_NAMED_LIKE_PEOPLE = _NAMED_AFTER_DONORS | frozenset(["宾馆", "饭店", "酒店", "大酒店"])
#: Titles that only a company's people hold (创始人, 董事长, 首席执行官): the clause's first
#: words before one name the company.
_COMPANY_TITLES = frozenset(
    ["创始人", "联合创始人", "创办人", "联合创办人", "董事长", "首席执行官", "首席技术官", "CEO", "总裁"]
)
#: Verbs whose object is a company (高通|起诉|苹果, 收购|理想).
_VERBS_ON_COMPANIES = frozenset(["起诉", "控告", "收购", "入股", "并购", "投资", "控股", "诉"])
#: Words of a company's business that may follow its name at a clause's start (苹果|股价,
#: 小米|发布, 大众|宣布).
_COMPANY_BUSINESS_WORDS = (
    frozenset(["股价", "市值", "财报", "营收", "股份", "手机", "汽车", "旗下", "发布", "宣布", "推出", "起诉", "收购"])
    | _COMPANY_TITLES
)
#: Courtesy titles and the familiar ones for elders and craftsmen (赵大爷, 熊奶奶, 姜师傅),
#: after which a surname jieba cut alone is the person's, whatever word stands before it
#: (邻居|赵|大爷, 老厨师|姜|师傅; see _surnames_before_titles).
_COURTESY_AND_FAMILIAR_TITLES = _COURTESY_TITLES | frozenset(
    ["大爷", "大娘", "大妈", "大婶", "大伯", "奶奶", "爷爷", "阿婆", "阿姨", "师傅"]
)
#: Words for a time in office written after a title (市长任上, 部长任内, 局长任期内), or
#: before it (干部任前公示, 任前谈话), whose 任 is no surname.
_IN_OFFICE = ("任上", "任内", "任期", "任满", "任职", "任前公示", "任前谈话", "任前考察", "任前培训", "任前廉政")
#: What follows an office that 任 (to serve as) takes, where no one named 任 is
#: addressed: the clause's end, another office listed or held with it (兼).
_AFTER_AN_OFFICE_TAKEN = frozenset(["", "，", "。", "、", "；", "兼", ",", ";"])
#: Words that qualify a title written after them (轮值|董事长, 荣誉|主席), no part of a name.
_TITLE_MODIFIERS = frozenset(["轮值", "常务", "执行", "名誉", "荣誉", "代理", "首任", "前任", "现任", "新任", "联席"])
#: Tags of words no company's brand holds: pronouns, prepositions, conjunctions, adverbs,
#: time words and punctuation (该|公司, 据|介绍).
_NOT_IN_A_BRAND = frozenset(["r", "p", "c", "d", "t", "x", "f", "uj", "ul"])
#: Surnames that are prepositions too (于|柏林, 向|恒山, 任|柏林: in, towards, as).
_PREPOSITIONS_THAT_ARE_SURNAMES = frozenset("于向任")
#: Prepositions that open a list of people and are surnames too (由|张陆、武飞).
_PREPOSITIONS_BEFORE_LISTS = frozenset("由向于和与")
#: How often a given name that is also a word may be used in jieba's dictionary (建国
#: 3,083 times, 光明 1,219), below the everyday words (水平 13,880, 和平 7,998).
_NAME_LIKE_WORD = 5000
#: What is said about a person right after the name at a clause's start (王建国|是|车工).
_ABOUT_SOMEONE = frozenset(["是", "今年", "已", "曾", "也", "说", "表示", "介绍"])
#: Words for parties in general that end like a party's name (执政党, 反对党, 第一大党).
_GENERIC_PARTIES = frozenset(
    ["执政党", "反对党", "在野党", "参政党", "少数党", "多数党", "第一大党", "第二大党", "共产党员", "老党", "入党"]
)
#: China's compass regions by their short forms (西南 for 西南地区).
_COMPASS_REGIONS = frozenset(["东北", "西北", "东南", "西南"])
#: Words of heading before a compass point, which then gives a direction (向南, 由东).
_HEADING_WORDS = frozenset("向往朝由从自偏以之")
#: Words after 海湾 that make it the Persian Gulf region (海湾|国家, 海湾|局势), and the
#: words jieba writes with it in one (海湾战争).
_GULF_FOLLOWERS = frozenset(["国家", "各国", "战争", "局势", "危机", "沿岸国家", "产油国", "阿拉伯国家"])
_GULF_COMPOUNDS = frozenset(["海湾战争", "海湾危机", "海湾国家", "海湾局势"])
_GULF_WORDS = _GULF_COMPOUNDS | {"海湾"}
#: One-character countries that begin no word before such a body (not 以, 中, 新, 加:
#: 以|国务院令 is "by the State Council's decree").
_COUNTRY_CHARACTERS = frozenset("美英法德日俄乌巴印韩朝越泰菲意澳伊叙埃墨蒙缅柬葡荷挪芬希土瑞丹捷匈罗保波")
#: A count of bodies, before the words of a kind of body (一家, 几家, 多家, 这家, 一批).
_COUNTED = re.compile(r"(?:[一二两三四五六七八九十几数多每这那该某另]|\d+)[家所个座批些]")
#: How often jieba's dictionary may have seen the head word of a known body's name for
#: the word alone to name the body in an article that names it in full (海关 813, 南开
#: 155), unlike the everyday words and places that begin other names (长安 5355, 东南 4271).
_COMMON_HEAD_WORD = 2000
#: Kinds of division that a place's short form leaves off (阿里 for 阿里地区).
_PREFECTURE_KINDS = ("地区", "市", "县", "盟", "州")
#: What follows a town or area named right after its city (上海|张江，, 北京|亦庄和): a pause
#: or a conjunction, where a person's name would be followed by what the person did.
_PAUSES_AFTER_A_TOWN = frozenset("，。、；：,;和与及")
_PLACE_SUFFIX_CHARS = frozenset("省市县区镇乡村州岛山河湖江海港湾峡谷盟旗洲街峰岭原关寨屯堡庄")
#: What follows 港澳 or 港澳台 inside one word of jieba's (港澳同胞, 港澳地区, 港澳台侨), or
#: 港台 (港台片, 港台剧: its films and shows, and 港台 alone).
_PEOPLE_AND_REGIONS_OF_HMT = frozenset(
    ["", "同胞", "地区", "居民", "台侨", "侨", "台胞", "台同胞", "台地区", "人士", "片", "剧", "歌星", "明星"]
)
_RELATION_WORDS = frozenset(
    [
        "关系",
        "两国",
        "三国",
        "双方",
        "合作",
        "贸易",
        "会谈",
        "峰会",
        "边境",
        "边界",
        "联合",
        "友好",
        "战略",
        "对话",
        "之间",
        "间",  # 中朝间: between the two
        "首脑",
        "建交",
        "外长",
        "领导人",
        "经贸",
        "交流",
        "友谊",
    ]
)
#: 十八大, 党的二十大: national congresses of the Communist Party of China.
_PARTY_CONGRESS = re.compile(
    r"(?<![\d一二三四五六七八九十])(?:十[一二三四五六七八九]|二十[一二三四五六七八九]?)大(?![学庆队院赛型])"
)
#: A congress by its number right after the party or league that holds it (共青团|十四大,
#: 九三学社|七大); not a university (大学) or a celebration (大庆).
_CONGRESS_AFTER_PARTY = re.compile(r"[一二三四五六七八九十]{1,3}大(?![学庆队院赛型])")
# What a political party stands for, which its name ends with before 党: 人民党,
# 社会民主党, 保守党, 自由党; 执政党, 反对党, 政党 and 全党 end with none.
_PARTY_CREEDS = (
    "人民",
    "民主",
    "共和",
    "保守",
    "自由",
    "社会",
    "民族",
    "共产",
    "工",
    "工人",
    "劳动",
    "劳工",
    "进步",
    "统一",
    "宗教",
    "主义",
    "公民",
    "革命",
    "复兴",
    "独立",
    "正义",
    "团结",
    "绿",
    "国大",
    "社民",
    "基民",
    "自民",
)
# Words that stand in a party's name before its creed: 基督教|民主党, 国家|统一党.
_PARTY_NAME_WORDS = frozenset(
    ["人民", "民主", "社会", "民族", "国家", "全国", "宗教", "主义", "自由", "统一", "佛教", "基督教", "伊斯兰", "工人"]
)
# What follows 党 in words about a party's members and work, not in a party's name:
# 人民党|员, 社会党|派.
_AFTER_PARTY_NOT_NAME = frozenset("员派性风籍龄费章纪校课建务徽旗委支组")
#: A monarch's number after the name (二世, 十六世), not 世纪 or 世界.
_REGNAL_NUMBER = re.compile("[一二三四五六七八九十]{1,3}世(?![纪界代])")
#: A body's term (九届, 第十五届, 首届), not the end of a longer number.
#: A term of office written before a body (九届, 第十四届, 首届).
TERM = r"(?:(?<![\d一二三四五六七八九十])第?[一二三四五六七八九十]{1,3}|首)届"
#: A legislature or advisory body named with its term (十届全国人大常委会, 七届全国政协,
#: 首届立法会).
_BODY_IN_TERM = re.compile(
    TERM + "(全国人大常委会|全国人民代表大会|全国人大|人大常委会|人民代表大会|人大|全国政协|政协|立法会)"
)
#: A province's or city's congress or CPPCC committee in its term, written after the
#: place (江西省|九届|人大常委会, 四川省|第八届|人民代表大会, 吉林省|政协|八届|常委会).
LOCAL_BODY_IN_TERM = re.compile(
    rf"(?:政协|人大){TERM}(?:常委会|常务委员会|委员会)"
    rf"|{TERM}(?:人大常委会|人民代表大会常务委员会|人民代表大会|人大|政协)"
)
#: The formal name of a Party committee or a CPPCC committee: the party or conference,
#: its place (checked against the gazetteer), its term and 中央 or 全国, and 委员会 with
#: its standing committee (中国共产党江西省第十五届委员会, 中国共产党第二十届中央委员会,
#: 政协上海市委员会, 中国人民政治协商会议第十四届全国委员会常务委员会).
_COMMITTEE_FORMAL_NAME = re.compile(
    r"(?:中国共产党|中共|中国人民政治协商会议|政协)"
    r"(?P<place>[一-鿿]{2,12}?(?:省|市|自治区|自治州|县|区|州|盟|旗))?"
    r"(?P<term>第[一二三四五六七八九十]{1,3}届)?(?P<level>中央|全国)?委员会(?:常务委员会)?"
)
#: Designations that laboratories and centres hold, written after their names
#: (固体表面物理化学国家重点实验室); alone they name none.
_DESIGNATIONS = frozenset(
    [
        "国家重点实验室",
        "国家实验室",
        "国家工程实验室",
        "国家工程研究中心",
        "国家工程技术研究中心",
        "国家技术创新中心",
        "国家临床医学研究中心",
        "国家制造业创新中心",
        "国家企业技术中心",
        "省部共建国家重点实验室",
        "国家区域医疗中心",
    ]
)
#: A count of schools, hospitals or other institutions (15所, 三所): what it counts
#: is a kind of institution, no name.
_INSTITUTIONS_COUNTED = re.compile(r"(?:\d+|[一二三四五六七八九十百千两]+)所")
#: Words for a town's old town and walls, after its name (平遥古城, 周庄古镇).
_OLD_TOWN_WORDS = frozenset(["古城", "古镇", "古城墙", "老城"])
#: What a body's joint unit is called (联合实验室, 联合研究中心, 联合创新中心): after
#: 联合, a laboratory or centre, no body acting together with another.
_JOINT_UNITS = frozenset(["实验室", "中心", "研究院", "研究所", "工作室"])
#: Verbs of coming and going after which a province's abbreviation is the one visited (来|闽).
_VERBS_OF_VISITING = frozenset("来赴抵返")
#: The words after which a county's short name is where someone goes or is (see
#: _counties_visited), how often jieba's dictionary may have seen that name for it to be
#: the county there (舟曲 261, 库车 116; not 前进 2,957), and the words for a place's
#: surroundings after it (库车|一带).
_BEFORE_A_COUNTY_VISITED = frozenset(
    ["在", "到", "赴", "去", "来到", "前往", "抵达", "途经", "深入", "奔赴", "赶到", "赶赴", "回到", "返回"]
)
_COUNTY_WORD_COUNT = 300
#: A ship's name: in quotation marks before 轮 or 舰 (see _without_ships_names).
_SHIP_NAME = re.compile("[“‘「]([^“”‘’「」\\n]{1,8})[”’」](?:轮|舰)")
#: The words for a temple or mosque a temple's name ends in, and the tags of the words of
#: such a name (see _temples).
_TEMPLE_WORDS = frozenset(["寺", "禅寺", "大寺", "古寺", "清真寺", "清真大寺", "喇嘛寺"])
_TEMPLE_NAME_TAGS = frozenset(["nr", "ns", "new", "nz", "gaz", "j", "nrt"])
#: How often jieba's dictionary may have seen a common word for it to be part of a
#: temple's name (同心 209, 街子 8; not 现有 2,679, 全市 7,178).
_TEMPLE_WORD_COUNT = 300
_SURROUNDINGS = frozenset(["一带", "境内", "县城", "城区", "地区", "附近", "周边", "以东", "以西", "以南", "以北"])
#: The words a county visited stands after or before (see _counties_visited).
_AROUND_A_COUNTY_VISITED = _BEFORE_A_COUNTY_VISITED | _SURROUNDINGS
#: A short name in quotation marks, and the titles of who heads a body after it (see
#: _quoted_bodies_with_a_head).
_QUOTED_SHORT_NAME = re.compile("[“『「]([^“”『』「」\\s，。、；：！？,;:!?]{2,8})[”』」]")
_HEADS_OF_BODIES = ("总经理", "董事长", "总裁", "厂长", "经理", "社长", "院长", "行长", "校长", "主任")
#: Last characters of bodies whose head is titled by them and 长 (部长, 局长, 署长, 会长).
_HEADED_BY_THEIR_NAME = frozenset("部局署会")
#: Verbs of meetings and ceremonies held somewhere (在|弗罗茨瓦夫|举行).
_HELD_AT_A_PLACE = frozenset(["举行", "召开", "开幕", "闭幕", "举办", "揭幕", "落幕"])
_HELD_AT_A_PLACE_OR_PORT = _HELD_AT_A_PLACE | {"港"}
#: The words that begin with a county's 县 and go with the place before them (丹阳|县|人), as
#: against 县委, 县长 (see _former_counties) and 县城, the place's county town (开封|县城).
_COUNTY_CHARACTER_WORDS = frozenset(["县", "县人", "县境", "县内"])
#: Characters after a county's name and 城 that make 城 part of a word of the county
#: (万县|城区, 万县|城市), not of 县城 (its county town).
_AFTER_A_TOWN = frozenset("区市乡")
#: Battles, campaigns, risings and incidents, named by where they happened (莱芜战役,
#: 平型关战斗, 西安事变, 台儿庄大捷).
_BATTLES_AND_RISINGS = ("战役", "战斗", "起义", "暴动", "事变", "会战", "大捷", "保卫战", "根据地", "边区", "苏区")
#: The cause written between a base area and the place it is named by (太行|抗日|根据地).
_CAUSES_OF_BASES = frozenset(["抗日", "革命"])
#: Battles and risings named by what was done, not where (渡江战役, 百团大战, 秋收起义).
_EVENTS_NAMED_BY_WHAT = frozenset(["渡江", "秋收", "百团", "反围剿", "围剿", "反扫荡", "攻坚", "阻击", "突围"])
#: Ancient sites, named by where they are as battles are (牛河梁|遗址, 石峁|古城, 殷墟|遗存);
#: jieba reads many such names as people's (牛河梁/nr, 二里头/nrt).
_SITES = ("遗址", "古城", "故城", "古墓群", "遗存")
_BATTLE_AND_SITE_LAST_CHARACTERS = frozenset(kind[-1] for kind in _BATTLES_AND_RISINGS + _SITES)
#: Words after a county's short name that make it the county (张北|地震, 汶川|灾区, 县城).
_COUNTY_EVENT_WORDS = frozenset(["地震", "灾区", "震区", "县城", "境内", "抗洪"])
#: How the names of universities end, in full or short (哈工大, 北航).
_UNIVERSITY_ENDINGS = ("大学", "学院", "大", "航")
#: A city or province in brackets right after a name: a campus's (中国石油大学（北京）).
_CITY_IN_BRACKETS = re.compile(r"[（(]([一-鿿]{2,4})[）)]")
#: A group of countries named by their number (7国集团, 77国集团, 二十国集团).
_GROUP_OF_COUNTRIES = re.compile(r"(?<![\d一二三四五六七八九十])(?:\d{1,3}|[一二三四五六七八九十]{1,3})国集团")
#: The word after a Latin name, and the word before one (only letters and spaces between).
_NEXT_LATIN_WORD = re.compile(r"[ \t]+([A-Za-z]+)")
_LAST_LATIN_WORD = re.compile(r"([A-Za-z]+)\.?[ \t]+$")
#: Titles English writes capitalised before a name (Premier Li Qiang, Vice Premier He Lifeng).
_ENGLISH_TITLES = frozenset(
    [
        "President",
        "Premier",
        "Minister",
        "Vice",
        "Chairman",
        "Chairwoman",
        "Secretary",
        "Spokesperson",
        "Spokesman",
        "Spokeswoman",
        "Ambassador",
        "Governor",
        "Mayor",
        "Director",
        "Commissioner",
        "Chancellor",
        "Councillor",
        "Councilor",
        "Justice",
        "Judge",
        "General",
        "Admiral",
        "Professor",
        "Prof",
        "Dr",
        "Mr",
        "Mrs",
        "Ms",
        "Madam",
        "Sir",
    ]
)
#: What may follow a Chinese name written in English that opens a sentence: a comma, a
#: verb of saying, a possessive or a bracket (Liu Liehong, head of …; Wang Yi said).
_OPENING_NAME_ENDS = re.compile(r"\s*(?:[,(]|'s\b|’s\b|(?:said|says|told|added|noted|stressed)\b)")
#: BEIJING, Dec. 2 (Xinhua) --, GUIYANG, Guizhou, May 26 (Xinhua): an English dateline's place.
_ENGLISH_DATELINE = re.compile(
    r"(?:^|\n)[ \t]*(?P<place>[A-Z]{3,}(?: [A-Z]{2,})?)(?:, [A-Z][A-Za-z ]+)?, "
    r"(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2} \("
)
_LATIN_ORG_WORDS = frozenset(
    [
        "Forum",
        "Institute",
        "University",
        "College",
        "Agency",
        "Department",
        "Ministry",
        "Council",
        "Commission",
        "Committee",
        "Organization",
        "Organisation",
        "Association",
        "Bureau",
        "Office",
        "Group",
        "Inc",
        "Corp",
        "Corporation",
        "Ltd",
        "Limited",
        "Foundation",
        "Center",
        "Centre",
        "Bank",
        "Fund",
        "Society",
        "Board",
        "Authority",
        "Service",
        "Services",
        "Company",
        "Laboratory",
        "Lab",
        "Labs",
        "Union",
        "Alliance",
        "Party",
        "Parliament",
        "Congress",
        "Court",
        "Academy",
        "School",
        "Network",
        "Systems",
        "Technologies",
        "Times",
        "Post",
        "News",
        "Daily",
        "Journal",
    ]
)
#: The last words of newspapers' names (Apple Daily, The Straits Times).
_LATIN_OUTLET_WORDS = frozenset(["Times", "Post", "News", "Daily", "Journal", "Herald", "Tribune", "Gazette"])
_LATIN_DOC_WORDS = frozenset(
    ["Report", "Framework", "Quadrant", "Act", "Law", "Strategy", "Plan", "Standard", "Guidelines", "Guide", "Paper"]
)
_DOCUMENT_SUBTYPES = (
    ("白皮书", "WhitePaper"),
    ("条例", "Regulation"),
    ("办法", "Regulation"),
    ("规定", "Regulation"),
    ("法", "Regulation"),
    ("细则", "Regulation"),
    ("意见", "Regulation"),
    ("通知", "Regulation"),
    ("决定", "Regulation"),
    ("标准", "Standard"),
    ("规范", "Standard"),
    ("报告", "Report"),
    ("规划", "Report"),
    ("纲要", "Report"),
)
#: A unit's ordinal number in its name (第一|中级人民法院, 第十四|研究所), not a session
#: (第十六届) or a count of things (第三座).
_ORDINAL_OF_A_UNIT = re.compile(r"第[一二三四五六七八九十百零〇两\d]+")
#: Words for what a party is, before its name (执政党自由民主党).
_KINDS_OF_PARTY = frozenset(["执政党", "反对党", "在野党", "参政党", "主要反对党", "最大反对党", "执政联盟"])
#: A party by its rank in a parliament (第三大党, 第一大党), no party's name.
_RANKED_PARTY = re.compile(
    r"(?:议会|国会|众议院|参议院|下院|上院)?第[一二三四五六七八九十\d]+大(?:党|政党|在野党|反对党)"
)
#: The tags of one-character words that begin no company's name before its legal form
#: (该|公司, 一|家, 和, 的, 在, 等): pronouns, numerals and measure words, function words.
_NOT_A_BRANDS_CHARACTER = frozenset(["r", "m", "q", "p", "c", "u", "uj", "ul", "uz", "ug", "ud", "x", "v", "y", "e"])
#: A company's legal form, or words of one, right after a name (…（中国）有限公司, 投资有限公司).
_LEGAL_FORM_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:有限公司|有限责任公司|股份有限公司|公司)")
#: An adverb glued to a preposition by jieba's HMM (愿同, 将与, 并向), which no name holds.
_ADVERB_AND_PREPOSITION = re.compile(r"[愿将并也还要拟已均都再又亦正][同与和跟向对在为]")
#: Words of place that say when (奥运会|期间, 两会|以来), which begin no body's name.
_SPANS_OF_TIME = frozenset(
    ["期间", "之间", "以来", "之后", "以后", "之前", "以前", "前后", "其间", "之际", "当中", "之中"]
)
#: Words for a company's parent or subsidiary, between two companies' names (谷歌|母公司|字母表公司).
_RELATED_COMPANIES = frozenset(["母公司", "子公司", "控股公司", "全资子公司", "控股子公司", "旗下"])
#: A company's legal form at the end of its name, which the article may leave out later.
_LEGAL_FORM = re.compile(r"(?:股份有限公司|有限责任公司|有限公司)$")
#: A word in brackets inside a company's name (四川金顶（集团）, 汇丰银行（中国）).
_BRACKETED_WORD = re.compile(r"[（(][^（）()]{1,6}[）)]")
#: The life sciences a university's school is named by right after 大学 (河南大学|生命科学学院),
#: which no 大学生 (college students) begins.
_LIFE_SCIENCES = ("生命", "生物", "生态", "生理", "生化", "生殖", "生药")
#: What a company named after a thing does with it (平陆运河|建设, 飞机维修|工程): the thing's
#: name alone is no short name of the company.
_WORK_DONE_ON_A_THING = ("建设", "工程", "开发", "运营", "管理", "投资", "服务")
#: The last words of a company's short name (四川金顶 aside): 宁波舟山港集团, 重庆农商行.
_COMPANY_NAME_ENDINGS = ("集团", "控股", "股份", "科技", "银行", "农商行", "公司", "实业", "工厂")
#: Kinds of document that are verbs too (规定 stipulates, 决定 decides, 通知 notifies):
#: after a title that names its own kind (《网络安全法》规定), the verb.
_KINDS_THAT_ARE_VERBS = frozenset(["规定", "决定", "通知", "意见"])
#: Words for the middle of a town, which end like a 中心 (centre) but name no body.
_CENTRE_OF_TOWN = frozenset(["市中心", "城中心", "镇中心", "县城中心"])
#: Words after 中心 that make it "central" (中心|工作, the central task), not a centre.
_CENTRAL_TASKS = frozenset(["工作", "任务", "环节", "议题"])
#: Keys of China's administrative divisions (cn-510100 for 成都市), which carry their level in their names.
_CHINESE_DIVISION_PREFIX = "cn-"
#: Words after a title in marks that make it a media outlet (《财富》杂志).
_OUTLET_AFTER_TITLE = ("杂志社", "杂志", "周刊", "月刊", "季刊", "报社", "编辑部")
#: How the names of newspapers and magazines end (《人民日报》, 《参考消息报》, 《求是》 aside).
_OUTLET_ENDINGS = (
    "日报",
    "晚报",
    "晨报",
    "时报",
    "商报",
    "周报",
    "画报",
    "快报",
    "导报",
    "电讯报",
    "杂志",
    "周刊",
    "月刊",
    "季刊",
    "旬刊",
    "学报",
)
#: Words for a kind of body that after a bare country name mean that country's bodies in
#: general (中国公司, 日本企业), where a known name (中国银行) is in the gazetteer.
#: Hong Kong, Macao and Taiwan, whose companies news names in general as a country's
#: (香港公司, 台湾企业).
_SEPARATE_ECONOMIES = frozenset(["cn-810000", "cn-820000", "cn-710000"])
#: Words for kinds of owner or scope that open the names of kinds of body (地方法人银行,
#: 民营企业, 外资银行), no body's own name.
_KINDS_OF_OWNERS = frozenset(["地方", "国有", "民营", "外资", "中资", "私营", "中小", "股份制", "村镇"])
#: Verbs of what a body or project works with (采用, 依托), which no body's name holds.
_VERBS_OF_MEANS = frozenset(["采用", "使用", "利用", "借助", "依托", "运用"])
#: Verbs that name a field of science or engineering, as the first word of a laboratory's or
#: research centre's name (催化基础国家重点实验室, 精密测试技术及仪器国家重点实验室, 控制工程
#: 研究所): right after the body that hosts it they begin the unit's name, where another verb
#: would be the host's clause's (大学|拥有|材料|国家重点实验室).
_FIELD_VERBS = frozenset(
    [
        "催化",
        "合成",
        "控制",
        "制造",
        "加工",
        "检测",
        "测试",
        "测量",
        "监测",
        "诊断",
        "治疗",
        "育种",
        "转化",
        "分离",
        "成像",
        "传感",
        "探测",
        "勘探",
        "开采",
        "冶炼",
        "焊接",
        "铸造",
        "成形",
        "发酵",
        "繁育",
        "栽培",
        "养殖",
        "防治",
        "调控",
        "仿真",
        "导航",
        "燃烧",
        "推进",
    ]
)
_GENERIC_BODY_WORDS = frozenset(
    ["公司", "企业", "集团", "银行", "医院", "学校", "大学", "工厂", "厂", "商会", "媒体", "药业"]
)
#: The kinds of body a founder's or a brand's name may name (米高梅公司, 罗斯林研究所,
#: 西德维尔学校), unlike a government (克林顿政府) or a party.
_NAMED_BODY_KINDS = frozenset(["Company", "ResearchOrganization", "University", "Organization"])
#: Verbs of sending, urging, entering, judging and winning, which no name holds whatever
#: jieba's tag (中国|派出|重要|代表团, 市政府|发动|工会, 儿子|考上|大学, 女排|战胜|秘鲁队).
_ACTION_VERBS = frozenset(
    [
        "派出",
        "派遣",
        "发动",
        "动员",
        "号召",
        "邀请",
        "考上",
        "考入",
        "加入",
        "退出",
        "收购",
        "起诉",
        "批评",
        "指控",
        "感谢",
        "祝贺",
        "率领",
        "带领",
        "送给",
        "捐赠",
        "利用",  # 英国|利用|欧洲投资银行: jieba tags it a noun
        "部署",  # 在科索沃|部署|国际|安全部队: deploying, which jieba tags a noun
        # making someone act (利用职权|迫使|银行|向…贷款)
        "迫使",
        "促使",
        "帮助",
        # being approved for, and staying in, a place or body (吉林大学第一医院|获批|建设|
        # 国家区域医疗中心, 扎根|山区小学)
        "获批",
        "扎根",
        "坚守",
        # winning a bid for and bringing in (太极计算机股份有限公司|中标|国家税务总局|项目)
        "中标",
        "引进",
        # buying and selling shares of a body (中央汇金投资有限责任公司|增持|四大国有银行),
        # taking over a body (中国稀土集团|受让|广东省稀土产业集团有限公司)
        "增持",
        "减持",
        "受让",
        # a body's setting up units inside it (前海管理局|内设|跨境金融处, 下设): the unit
        # after the verb is a name of its own
        "内设",
        "下设",
        # a regulator's approving a body's change or its officer (金融监管总局|核准|中国人寿
        # 保险股份有限公司), which jieba tags a noun
        "核准",
        "批准",
        # no verb, but a word between a body and a unit of it (中国华能集团有限公司|所属|
        # 华能山东发电有限公司), never inside a name
        "所属",
        # a game's result or pairing between two teams (中国女排|战胜|秘鲁队)
        # a court's or procuratorate's dealing with a case (湖北省宜昌市中级人民法院|公开审理|
        # 中国人民银行|原|副行长): the next body is the defendant's
        "审理",
        "公开审理",
        "依法审理",
        "开庭审理",
        "审查起诉",
        "提起公诉",
        "判处",
        "宣判",
        "公开宣判",
        "一审",
        "二审",
        "依法",
        # a regulator's summoning, penalising or praising a body (国家网信办|约谈|滴滴出行…)
        "约谈",
        "处罚",
        "查处",
        "责令",
        "表彰",
        "警告",
        "战胜",
        "击败",
        "打败",
        "负于",
        "败给",
        "输给",
        "逼平",
        "迎战",
        "对阵",
        "淘汰",
    ]
)
#: Kinds of government that jieba tags as verbs (巴勒斯坦|自治|政府, 阿富汗|过渡|政府),
#: words of the government's name.
#: The second characters of verbs of meeting that begin with 会 (会见, 会谈, 会晤, 会商),
#: which jieba may cut off a name ending in 学 (彭佳|学会|见).
_MEETING_VERB_ENDINGS = frozenset(["见", "谈", "晤", "商"])
#: One-character words before a body's name that begin none: a verb's object marker,
#: "former", "through", "by" (将|陕西投资集团有限公司, 原|中国船舶重工集团, 经|中国贵州茅台
#: 酒厂（集团）有限责任公司, 由原|中国国电集团公司).
_BEFORE_A_BODY = frozenset("将原经由把被")
_KINDS_OF_GOVERNMENT = frozenset(["自治", "过渡", "临时", "看守", "联合", "流亡", "团结"])
#: The second characters of two-character verbs of direction or result (存入, 驶出, 超过,
#: 聘为, 交给): such a verb moves something to a place or body (把钱|存入|银行,
#: 开车|驶出|使馆) and is no word of a name.
_RESULT_COMPLEMENTS = frozenset("入出过到为给")
#: Words for the sides of a talk or a pair of countries (双方, 两国, 各方), after which a body
#: is each side's, no name with the sides.
_SIDES = frozenset(["双方", "各方", "三方", "多方", "两国", "各国", "两岸", "两党"])
#: Words for a kind of body by its size, owner, reach or fame (一家|大型|旅游|公司,
#: 民营企业|红桃k|集团, 国家级|乡镇企业|集团, 德国|车企|宝马集团): such a word describes the body and is no part
#: of its name, which, if it has one, follows the word.
_KINDS_OF_BODY = frozenset(
    [
        "大型",
        "中型",
        "小型",
        "特大型",
        "超大型",
        "中小型",
        "老牌",
        "知名",
        "著名",
        "国营",
        "民营",
        "私营",
        "外资",
        "合资",
        "独资",
        "全国性",
        "地方性",
        "区域性",
        "国际性",
        "综合性",
        "国家级",
        "省级",
        "市级",
        "县级",
        "世界级",
        "民营企业",
        "私营企业",
        "国有企业",
        "国营企业",
        "外资企业",
        "合资企业",
        # firms of an industry or owner by their short word (德国|车企|宝马集团, 科技|巨头|苹果公司)
        "车企",
        "房企",
        "酒企",
        "药企",
        "险企",
        "乳企",
        "央企",
        "国企",
        "民企",
        "外企",
        "私企",
        "巨头",
        "龙头企业",
        # start-ups and unicorns (人工智能|初创|公司, 科技|独角兽|企业)
        "初创",
        "初创型",
        "独角兽",
    ]
)
#: Words for a firm's owner among them: after a place they may open the name of a
#: society of such firms (中国民营经济研究会, 广东省外资企业协会).
_OWNERSHIPS = frozenset(["国营", "民营", "私营", "外资", "合资", "独资", "民营企业", "私营企业", "外资企业"])
#: 大, 两大, 各大, 10家|大 (jieba glues 家大): a count of big bodies, no word of a name
#: (全国性|大|银行, 两大|军事|集团).
_BIG_ONES = re.compile(r"[一二三四五六七八九十两几各数家]*大")
#: Verbs of visiting and inspecting, which officials do to places and bodies (到|定西市|
#: 调研|基层|法院); no name holds one as a word of its own.
_VISITING_VERBS = frozenset(["调研", "视察", "考察", "检查", "督导", "督查", "走访", "慰问", "看望", "探望", "巡视"])
#: Words ending in 报 for reports, bulletins and notices, not newspapers.
_REPORTS_NOT_PAPERS = frozenset(
    [
        "公报",
        "年报",
        "简报",
        "通报",
        "汇报",
        "情报",
        "月报",
        "季报",
        "海报",
        "电报",
        "警报",
        "预报",
        "举报",
        "申报",
        "捷报",
        "喜报",
        "战报",
    ]
)
# Jieba tags that may stand inside an organization name between its anchor and suffix.
#: Words of an age group that name whom a body serves or is made of (青年话剧团, 少年宫,
#: 老年大学), which jieba tags as time words.
_AGE_GROUPS = frozenset(["青年", "少年", "儿童", "老年", "中年", "少儿", "幼儿"])
#: Sports and the squads of a national team (国家体操队, 国家青年队), as their teams are named.
_SPORTS = frozenset(
    [
        "体操",
        "射击",
        "游泳",
        "田径",
        "举重",
        "跳水",
        "乒乓球",
        "羽毛球",
        "足球",
        "篮球",
        "排球",
        "网球",
        "击剑",
        "柔道",
        "摔跤",
        "拳击",
        "射箭",
        "帆船",
        "赛艇",
        "皮划艇",
        "自行车",
        "马术",
        "围棋",
        "象棋",
        "国际象棋",
        "速滑",
        "短道速滑",
        "花样滑冰",
        "滑冰",
        "滑雪",
        "冰球",
        "手球",
        "水球",
        "曲棍球",
        "垒球",
        "棒球",
        "跆拳道",
        "武术",
        "蹦床",
        "现代五项",
        "铁人三项",
        "冰壶",
        "桥牌",
        "登山",
        "青年",
        "少年",
        "奥运",
    ]
)
#: How the units inside a body end (禁毒局, 翻译室, 物理系, 秘书处, 办公室, 课题组, 北京分社,
#: 武警|29中队), longest first; not 党组 or 党委, which with 书记 after them make a title
#: (党组书记) rather than a unit.
_UNIT_ENDINGS = tuple(
    sorted(
        _SUB_UNIT_ENDINGS
        | _SECTION_KINDS
        | _BRANCHES
        | set(_UNITS_OF_FORCES)
        | {"局", "室", "所", "庭", "部", "厅", "中心", "委员会", "学院", "工会", "课题组", "领导小组", "车间"},
        key=lambda ending: (-len(ending), ending),
    )
)
#: The characters of a unit's name: Chinese, with a number (审批二处, 29中队); no word of
#: a clause's joints (的, 和, 与, 及) or a list's mark.
_UNIT_NAME = re.compile(r"(?:(?![的和与及])[\u4e00-\u9fff0-9])+")
#: Tags of a word that begins no unit's name (adverbs, prepositions, conjunctions,
#: pronouns, particles, punctuation).
_NOT_IN_UNIT_NAME_TAGS = frozenset("dpcrux")
#: The words an event's name ends with: conferences, expos, fairs, forums, games and
#: festivals (not 人民大会堂, a hall, nor 论坛报, a paper).
_EVENT_HEAD = re.compile(
    "(?:博览会|展览会|交易会|洽谈会|研讨会|运动会|奥运会|亚运会|冬奥会|残奥会|世博会|锦标赛"
    "|电影节|艺术节|文化节|音乐节|旅游节|峰会|论坛|大会|年会)(?![堂报场馆])"
)
#: An event's edition before its name: 第六届, 首届, 2024, 2024年 (a pattern, which linking
#: reads too: 第136届广交会 is that edition of 中国进出口商品交易会).
EVENT_EDITION = r"(?:第[一二三四五六七八九十百零〇\d]{1,5}届|首届|(?:19|20)\d{2}年?)"
_EVENT_EDITION = re.compile(EVENT_EDITION + "$")
#: Words that say which or what kind of meeting, not its name: 庆祝大会, 高级别研讨会,
#: 国际论坛 and 专题研讨会 name no event.
_EVENT_GENERIC_WORDS = frozenset(
    [
        "庆祝",
        "追悼",
        "纪念",
        "股东",
        "职工",
        "动员",
        "表彰",
        "颁奖",
        "誓师",
        "总结",
        "专题",
        "高级别",
        "学术",
        "国际",
        "全国",
        "世界",
        "年度",
        "工作",
        "全体",
        "代表",
        "人民",
        "群众",
        "万人",
        "成立",
        "周年",
        "开幕",
        "闭幕",
        "欢迎",
        "新闻",
        "座谈",
        "交流",
        "审议",
        "现场",
        "视频",
        "电视电话",
        "高层",
        "高峰",
        "专家",
        "大型",
        "首次",
        "会员国",
        "理事会",
        "报告",
        "经验",
        "推进",
        "部署",
        "情况",
        "问题",
        "合作",
        "发展",
        "经济",
        "年",
        "届",
        "次",
        "系列",
        "相关",
        "有关",
        "各类",
        "各种",
        "多个",
        "一系列",
        "此类",
        "同类",
        "全市",
        "全省",
        "全区",
        "全县",
        "全校",
        "全院",
        "全厂",
        "全军",
        "全党",
        "省",
        "市",
        "区",
        "县",
    ]
)
#: Words that end the run of a name before an event's head word: which meeting of
#: several (本届大会, 这次大会), not its name.
_EVENT_DEICTICS = frozenset(
    [
        "本届",
        "这届",
        "该届",
        "这次",
        "此次",
        "本次",
        "上届",
        "下届",
        "历届",
        "各届",
        "每届",
        "今年",
        "去年",
        "明年",
        "该",
        "这",
        "此",
        "本",
        "其",
    ]
)
#: Verbs of holding or attending an event, which jieba may tag as nouns (主办/vn): they
#: end the run of its name (主办|中国国际进口博览会).
_EVENT_VERBS = frozenset(
    ["主办", "承办", "协办", "举办", "举行", "召开", "参加", "出席", "参展", "开幕", "闭幕", "筹办", "服务", "支持"]
)
#: The tags of jieba's words that may stand in an event's name before its head word.
_EVENT_NAME_TAGS = frozenset(["n", "nz", "ns", "nt", "gaz", "vn", "j", "new", "eng", "an", "b", "nrt"])

#: Committees that organize an event, named with it (大赛组委会, 全运会筹委会).
_EVENT_COMMITTEES = frozenset(["组委会", "筹委会", "组织委员会", "筹备委员会", "执委会"])
_EVENT_COMMITTEE_WORDS = tuple(sorted(_EVENT_COMMITTEES))
#: How the names of events end: meetings, games, contests, festivals, fairs and weeks.
_EVENT_ENDINGS = ("会", "赛", "节", "展", "周", "博览", "论坛")
#: Endings of events and fields that jieba's dictionary tags as bodies' names (双年展,
#: 艺术节, 古典文学).
_EVENTS_AND_FIELDS_TAGGED_AS_BODIES = ("展", "节", "赛", "文学")
#: Ages of history that name a field and that jieba tags as time words (中国现代国际关系
#: 研究所, 中国近代史研究所).
_PERIODS = frozenset(["现代", "当代", "近代", "古代"])
#: What a company is called after its own name, the titles of its heads, the words of
#: trades that stand between the two (正泰|集团|董事长, X|药业|集团), and jieba's tags of
#: a company's own name (see _companies_before_their_heads).
_COMPANY_WORDS = frozenset(["集团", "公司", "集团公司", "有限公司", "股份公司"])
_COMPANY_HEADS = frozenset(["董事长", "总裁", "总经理", "副董事长", "副总裁", "副总经理", "董事局主席"])
_TRADES = frozenset(["药业", "企业", "实业", "电器", "电子", "科技", "制药", "钢铁", "化工", "食品", "服装", "汽车"])
_BRAND_TAGS = frozenset(["nz", "nr", "nrt", "new", "j", "ns"])
#: Characters before 厂 that make no works' name with it: any factory (工厂), a verb
#: (设厂, 建厂, 进厂) or a determiner (全厂, 本厂, 该厂).
_NOT_PRODUCTS_OF_WORKS = frozenset("工厂设办建到在离入驻下护兴治管进出回全本该各每")
#: Kinds of people that jieba's dictionary writes with a place before them and tags as a
#: body's name (台湾歌手, 香港演员), and a place's police (北京警方, no body's name): the
#: place is the mention.
_PLACES_PEOPLE_TAGGED_AS_BODIES = ("歌手", "演员", "作家", "艺人", "学者", "影星", "歌星", "警方")
#: Suffixes of colleges and schools, whose field may be a verb (指挥学院, 指挥学校).
_COLLEGES = frozenset(["学院", "学校", "大学"])
#: Services of the armed forces that jieba writes in one word with their soldiers
#: (武警战士, 武警官兵), and the soldiers.
_SERVICES_WITH_THEIR_PEOPLE = ("武警", "海军", "空军", "陆军")
#: What a word with such a service begins with: the service, or 国 glued before it (两|国海军).
_SERVICE_WORD_FIRST_CHARACTERS = frozenset(service[0] for service in _SERVICES_WITH_THEIR_PEOPLE) | {"国"}
_SOLDIERS = frozenset(["官兵", "战士", "士兵", "指战员", "将士"])
#: What ends no body of the central government after 国家 (国家|医疗队, 国家|重点实验室).
_NOT_NATIONAL_BODIES = ("队", "实验室")
#: Function words common as the last character of given names (富才, 正其), which in
#: People's Daily and the helper sets never follow a whole name.
_GIVEN_NAME_FUNCTION_WORDS = frozenset("才其")
#: Verbs of going the HMM glues to a name before where someone goes (布赫到|机场).
_VERBS_OF_GOING_GLUED = frozenset("到赴往去至抵")
#: The whole of a division (全省, 全市), whose bodies of a kind are no one body.
#: The kinds of national service named 全国 and their field (全国畜牧总站, 全国农业技术推广
#: 服务中心, 全国学生资助管理中心).
_NATIONAL_SERVICES = frozenset(["中心", "服务中心", "管理中心", "总站", "推广站"])
_WHOLE_DIVISIONS = frozenset(["全省", "全市", "全县", "全区", "全州", "全镇", "全乡", "全国各地"])
#: The Party committees named by their level alone (市委), which begin the names of their units
#: (省委党校) and whose government heads' titles (省长, 市长) are the same level's government's.
COMMITTEES_OF_LEVELS = frozenset(["省委", "市委", "县委", "区委", "州委"])
#: The words of companies' legal forms (集团股份有限公司, 控股有限公司), which begin no brand.
_LEGAL_FORM_WORDS = ("集团", "股份", "控股", "有限")
_ORG_INNER_TAGS = frozenset(
    {"n", "nz", "vn", "ns", "nt", "nr", "j", "l", "b", "an", "eng", "ng", "nrt", "gaz", "new", "i"}
)
#: Words of reach that jieba tags as places of position (s) and names of bodies hold
#: (天津对外经济律师事务所, 上海海外联谊会).
_OUTWARD_WORDS = frozenset(["对外", "海外", "境外"])
# Verbs that start a clause ("广西成立…委员会"); other verbs may stand inside a name
# (审计委员会, 政府采购报, 应用技术国家工程实验室).
_CLAUSE_VERBS = frozenset(
    [
        "会同",
        "接受",
        "约谈",
        "查处",
        "处罚",
        "成立",
        "挂牌",
        "发布",
        "发表",
        "召开",
        "举行",
        "举办",
        "表示",
        "提出",
        "推出",
        "设立",
        "建立",
        "组建",
        "批准",
        "印发",
        "会见",
        "访问",
        "参加",
        "出席",
        "签署",
        "宣布",
        "启动",
        "开展",
        "实施",
        "开通",
        "上线",
        "指出",
        "认为",
        "要求",
        "强调",
        "获悉",
        "介绍",
        "称",
        "说",
        "主办",
        "承办",
        "联合",
        "共建",
        "打造",
        "推动",
        "推进",
        "加快",
        "完成",
        "公布",
        "出台",
        "制定",
        "通过",
        "任命",
        "当选",
        "担任",
        "来到",
        "前往",
        "抵达",
        "离开",
        "表彰",
        "获得",
        "荣获",
        "成为",
        "进入",
        "位于",
        "属于",
        "希望",
        "计划",
        "决定",
        "拟",
        "将",
        "已",
        "正在",
        "开始",
        "继续",
        "支持",
        "反对",
        "欢迎",
        # 车间内|还有|两间|办公室, 艺术界|直至|电台, 清政府|下放|机器厂
        "还有",
        "没有",
        "直至",
        "直到",
        "下放",
        # 附属第一医院|设置|国家呼吸医学中心, 北京昌平|建有|研发中心, 深圳计划|新增|三甲医院
        "设置",
        "建有",
        "新增",
        "重组",
    ]
)
# Words that link two bodies in a clause (隶属于, 会同, 经 国务院 批准) and that jieba
# often tags as nouns; no organization's name holds one as a word of its own.
_LINKING_WORDS = frozenset(
    [
        "隶属",
        "隶属于",
        "直属于",
        "从属于",
        "归属于",
        "会同",
        "经",
        "同",
        "跟",
        "设有",
        "下设",
        "内设",
        "拥有",
        "携手",
        "联手",
        "协同",
        "委托",
        "授权",
        "依托",
        "牵头",
        "规定",  # 规定|村民委员会|是: what a law lays down, which jieba tags as a noun
        "行使",  # 委员会|行使|西藏地方|政府|的职权: exercising a body's powers, a noun to jieba
    ]
)
#: Adverbs that jieba's HMM glues to a one-character preposition after them (已同, 正与).
_ADVERBS_BEFORE_PREPOSITIONS = frozenset("已曾正将也还并又都均再亦")
_GLUED_LINKS = frozenset("同与和跟向对在把被从于")
#: Adverbs, prepositions and conjunctions of one character, which begin no word of a
#: name when the HMM glues them to the word after them (将视, 对美, 已同).
_FUNCTION_CHARACTERS = _ADVERBS_BEFORE_PREPOSITIONS | _GLUED_LINKS | frozenset("就才及让使")
#: One-character verbs and prepositions that the HMM glues to a level word (村, 镇, 县)
#: beginning a body's name: 刚当村|党支部书记 is 当 and 村党支部.
_GLUED_BEFORE_LEVEL = _GLUED_BEFORE_BODY | frozenset("当使让令任")
#: What stands between the items of a list (德国、英格兰和阿根廷).
_LIST_JOINERS = _NAME_CONJUNCTIONS | {"、"}
#: What follows a list of places that are teams: 等队, 等强队, 等一流球队, 队.
_TEAMS_AFTER_LIST = re.compile(r"等?(?:强|一流|劲旅)?球?队")
#: The last character of a sentence about teams right before it lists them
#: (有11个队保持不败：, 名次依次是, 参赛的队有).
_BEFORE_LISTED_TEAMS = frozenset("：:是有为")
_SENTENCE_ENDS = ("。", "；", "！", "？", "\n")
#: Subtypes of the places that field teams: countries and provinces (and England, Scotland).
_TEAM_PLACE_SUBTYPES = frozenset(["Country", "Province"])
#: What comes right before a team that is beaten, drawn with or played (战胜|丹麦, 1∶0小胜|
#: 比利时, 2∶2平|摩洛哥, 迎战|伊朗).
_BEATEN_BEFORE = re.compile(
    "(?:战胜|击败|小胜|大胜|险胜|完胜|力克|负于|输给|不敌|逼平|战平|迎战|对阵|淘汰|"
    "[0-9０-９][∶:][0-9０-９](?:胜|负|平))$"
)
#: What follows a team after 同, 与 or 和 (同|美国|对抗, 与|西班牙|交手, 同|西班牙|这样的球队).
_PLAYED_WITH_AFTER = ("对抗", "交手", "一战", "之战", "这样的球队", "等强手", "等强队", "队")
#: What follows two sides of a match (巴西对苏格兰|那场, 中国与印尼|一战).
_A_MATCH_AFTER_SIDES = ("那场", "一战", "之战", "的比赛", "的半决赛", "的决赛", "的小组赛")
#: What follows a country whose player, not team, is beaten (印尼|男双选手, 印尼|的|苏巴吉亚).
_PLAYERS_AFTER_COUNTRY = ("选手", "名将", "男双", "女双", "男单", "女单", "混双", "的")
#: A team's people after its country (保加利亚|的队员, 克罗地亚|的球迷).
_PEOPLE_OF_A_TEAM = tuple(
    "的" + people for people in ("队员", "球员", "球迷", "主教练", "教练", "门将", "前锋", "后卫", "中场")
)
#: A group of a draw right before its teams (b组有|四川、河北).
_GROUP_DRAWN = re.compile("[a-zA-Zａ-ｚＡ-Ｚ一二三四五六七八ABCDEFGH]组(?:有|是|为|：|:)$")
#: Text without any of these, the words the rules of _places_playing_as_teams look for,
#: cannot hold a place playing as a team, so the pass is skipped.
_SPORTS_WORDS = re.compile(
    "|".join(
        [_BEATEN_BEFORE.pattern.removesuffix("$"), _GROUP_DRAWN.pattern.removesuffix("$")]
        + [re.escape(words) for words in (*_PLAYED_WITH_AFTER, *_A_MATCH_AFTER_SIDES, *_PEOPLE_OF_A_TEAM)]
    )
)

#: Prepositions of where something is done (在|上海|建设|工厂, 于|宁夏|投资).
_LOCATIVE_PREPOSITIONS = frozenset("在于")
#: Words that open a news item after its dateline (本报讯, 4月9日讯).
_NEWS_OPENINGS = frozenset(["本报讯", "讯", "日讯", "电", "日电"])  # 新华社雅加达|电: a dateline
#: Prepositions the HMM glues to a name after them (当丁跃, 像郎芸, 对李明).
_PREPOSITIONS_BEFORE_NAME = _GLUED_LINKS | frozenset("当像给让叫使由被为")
# Rule priorities: on spans of equal length the higher one wins.
_PRIORITY = {
    # 行|长葛|明: a name read across a word jieba glued from a title's last character and
    # a surname; that word (长葛, a city) is no mention, so the name wins a tie with it.
    "person-cut-title": 10,
    # 任命|李|华为|省…局长: a name after an appointing verb that ends before 为, whatever
    # word of the gazetteer (华为, a company) jieba read across the name's end
    "person-appointed": 10,
    # 北京|朝阳: a district named after its city is that city's, not the city of the
    # same name elsewhere (朝阳市) that the gazetteer's short form names.
    "district-after-city": 10,
    "gazetteer": 9,
    "quoted-body": 9,
    # “紫禁城”总经理: a quoted name with its head's title is the body, whatever else it names
    "quoted-head": 10,
    # 电记者江山报道: the reporter a byline names, whatever place has that name
    "person-byline": 10,
    # 主任黄海表示: a name after its title and before a verb of speech, whatever place has it
    "person-speaking": 10,
    "party-congress": 9,
    "place-abbreviation": 8,
    "book-title": 9,
    # 第十九届国际航空货运论坛: an event's name, its edition and head word, over the
    # weak organization suffix 论坛 and the places and fields inside it
    "event-name": 9,
    # 易华录（300212）: a listed company before its stock code
    "stock-code": 9,
    # （台海网）: the outlet ingest read at an article's end
    "article-outlet": 9,
    # 国务院办公厅关于…的指导意见 as a line of its own: an official document's title
    "document-title-line": 9,
    "alias-definition": 8,
    "short-form": 7,
    "name-again": 7,
    "standard-number": 7,  # below alias-definition: 《…》（GB/T 22239-2019） is the title's alias
    "org-suffix": 6,
    # 北京大学经济学院、|光华管理学院: a unit named without its body, which the key names
    "unit-of-body": 7,
    # 福建省委常委、|统战部|部长: the committee's department, over the Central Committee's
    # the gazetteer gives the bare name
    "committee-department": 10,
    # 四川省发展改革委、|财政厅: a department listed after another named with its place
    "listed-department": 6,
    "person-title": 6,
    "place-context": 6,
    "place-list": 6,
    "person-interpunct": 6,
    "person-transliterated": 5,
    "person-list": 4,
    "latin-name": 5,
    "person-surname": 4,
    "person-japanese": 4,
    "person-tibetan": 5,
    "person-mongolian": 5,
    "person-yi": 5,
    "person-name-part": 5,
    "org-before-title": 5,
    "jieba": 3,
}


def _one_of(characters: Iterable[str]) -> str:
    """A pattern for any one of ``characters`` (one that matches nothing if there are
    none, as ``[]`` is no pattern)."""
    chosen = "".join(sorted(set(characters)))
    return f"[{re.escape(chosen)}]" if chosen else "(?!)"


# What the text must hold where a splitter of Extractor.tokens can cut its words, as
# those words run together make the text: a splitter looks at every word, and the
# search of the text for these, which most texts do not hold, costs a tenth of that.
#: _split_committees_from_what_follows: 委 right after a division's level (襄樊市|委原).
_COMMITTEE_AFTER_LEVEL = re.compile("[省市县区州]委")
#: _split_countries_from_defence_and_state: a country's character (or a name ending in 国), 国 and 防 or 务
#: (俄国|防部长, 以色列国|防部长).
_COUNTRY_BEFORE_DEFENCE_OR_STATE = re.compile(f"(?:{_one_of(_COUNTRY_CHARACTERS)}|[\u4e00-\u9fff]{{2}})国[防务]")
#: _split_chiefs_from_bodies: a head's title and 官 (经济部长|官).
_CHIEF_AFTER_BODY = re.compile(f"(?:{'|'.join(sorted(_CHIEF_BODY_HEADS))})官")
#: _split_glued_branches: a branch's word (分|行为 holds 分行).
_GLUED_BRANCH_IN_TEXT = re.compile("|".join(sorted(_BRANCHES)))
#: _split_words_ending(…, "地区", …): two provinces' characters before 地区 (京津|地区).
_ABBREVIATIONS_BEFORE_REGION = re.compile(f"{_one_of(_PROVINCE_ABBREVIATIONS)}{{2}}地区")


@dataclass(frozen=True, slots=True)
class TextView:
    """The text the extractor reads: the document with page breaks inside sentences
    removed, and for each of its characters the offset in the original text."""

    text: str
    offsets: tuple[int, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the view span ``[start, end)``."""
        return self.offsets[start], self.offsets[end - 1] + 1


def is_title_line(line: str) -> bool:
    """Whether a line is a title or a list's item, not part of a sentence that a line
    break cut: shorter than 40 characters and without a comma.

    >>> is_title_line("“干服务工作不屈才”———新德里两个大学生的故事"), is_title_line("据统计，中")
    (True, False)
    """
    return len(line) < TITLE_LINE_LENGTH and not any(mark in line for mark in _CLAUSE_MARKS)


def joined_view(text: str) -> TextView:
    """Remove line breaks that cut a sentence in two (hard wraps and page-break
    artefacts such as ``中\\n\\n国网民``), keeping a map back to original offsets.

    A break is joined when the line before it is prose (20 characters or more, not a
    heading, and if shorter than 40 holding a comma, as a title does not) that stops
    without closing punctuation, and the next line is not a heading.

    Examples
    --------
    >>> view = joined_view("据统计，网民每天发送的信息超过二十亿条，而中\\n\\n国网民规模很大。")
    >>> view.text
    '据统计，网民每天发送的信息超过二十亿条，而中国网民规模很大。'
    >>> view.original_span(21, 23)
    (21, 25)
    """
    if "\n" not in text:
        return TextView(text, tuple(range(len(text))))  # most texts: no break to look at
    pieces: list[str] = []
    offsets: list[int] = []
    position = 0
    for match in _LINE_BREAK.finditer(text):
        start = match.start()
        while start > position and text[start - 1] in _BLANKS:
            start -= 1
        before = text[position:start]
        line_start = text.rfind("\n", 0, start) + 1
        line = text[line_start:start].strip()
        join = (
            len(line) >= 20
            # the cheapest test first: most lines end a sentence
            and line[-1] not in _TERMINAL
            # a short line without a comma is a title (…两个大学生的故事), not a cut sentence
            and not is_title_line(line)
            and not _LIST_OR_HEADING.match(line)
            # 来源：东南网 作者：陈丽: a page's byline, whose last name no next line carries on
            and _BYLINE_FIELD.search(line) is None
            and _may_continue_a_sentence(text, match.end())
        )
        pieces.append(before)
        offsets.extend(range(position, start))
        if not join:
            pieces.append(text[start : match.end()])
            offsets.extend(range(start, match.end()))
        position = match.end()
    pieces.append(text[position:])
    offsets.extend(range(position, len(text)))
    return TextView("".join(pieces), tuple(offsets))


def _may_continue_a_sentence(text: str, start: int) -> bool:
    """Whether the line of ``text`` that begins at ``start`` may carry on the sentence of
    the line before (for :func:`joined_view`): it begins with a letter, a digit or a
    CJK character and is no heading or list item."""
    after = text[start : start + 1]
    line_end = text.find("\n", start)
    return (
        bool(after)
        and (after.isalnum() or _IS_CJK.match(after) is not None)
        and not _LIST_OR_HEADING.match(text[start : line_end if line_end != -1 else len(text)])
    )


def closed_spaced_names(view: TextView, surnames: frozenset[str] | set[str]) -> TextView:
    """Remove the spaces that lists of officials put inside two-character names to line
    them up with three-character ones (``王  刚同志``, ``区长赵　英、``), keeping the map
    to original offsets: a surname, one to three spaces and one character that a name's
    end follows (punctuation, a space, 同志, 为 …).

    >>> view = closed_spaced_names(TextView("任命王  刚为副省长。", tuple(range(11))), {"王"})
    >>> view.text, view.original_span(2, 4)
    ('任命王刚为副省长。', (2, 6))
    """
    pieces: list[str] = []
    offsets: list[int] = []
    position = 0
    for match in _SPACED_NAME.finditer(view.text):
        if match.group(1) not in surnames:
            continue
        pieces.append(view.text[position : match.start(2)])
        offsets.extend(view.offsets[position : match.start(2)])
        position = match.end(2)
    if not pieces:
        return view
    pieces.append(view.text[position:])
    offsets.extend(view.offsets[position:])
    return TextView("".join(pieces), tuple(offsets))


@dataclass(slots=True)
class Token:
    """A word of the view text with what is known about it. Not frozen, only because a
    frozen dataclass takes three times as long to make, and a text makes one per word;
    nothing changes a token once made."""

    start: int
    end: int
    text: str
    tag: str
    """jieba's part-of-speech tag, ``gaz`` for a gazetteer name, ``new`` for a word
    jieba's dictionary does not know, ``x`` for punctuation and spaces."""


@dataclass(slots=True)
class _WordIndex:
    """Where each word, tag, first and last character stands among one text's tokens,
    so that a rule which can only begin at a few words (老, 小; a word ending in 县)
    visits those, not every token: a rule's walk over all the tokens costs more than
    most rules' own work, and extraction runs over a hundred of them. Each table is
    built the first time a rule asks for it."""

    tokens: list[Token]
    tables: dict[str, dict[str, list[int]]] = field(default_factory=dict)
    """``word``, ``tag``, ``first`` and ``last``: each key's indices, in order."""

    def positions(
        self,
        *,
        words: Iterable[str] = (),
        tags: Iterable[str] = (),
        first_chars: Iterable[str] = (),
        last_chars: Iterable[str] = (),
    ) -> list[int]:
        """The indices, in order, of the tokens that are one of ``words``, have one of
        ``tags``, or begin or end with one of the characters given. Give a long list of
        keys as a set: the text's own keys are then looked up in it where they are fewer."""
        hits: list[list[int]] = []
        for kind, wanted in (("word", words), ("tag", tags), ("first", first_chars), ("last", last_chars)):
            if not wanted:
                continue
            table = self.tables.get(kind)
            if table is None:
                table = self.tables[kind] = _positions_by(self._keys(kind))
            if isinstance(wanted, (set, frozenset)) and len(wanted) > len(table):
                # a short text's few words, against a long list of words asked for
                hits += [positions for key, positions in table.items() if key in wanted]
            else:
                for key in wanted:
                    positions = table.get(key)
                    if positions is not None:
                        hits.append(positions)
        if not hits:
            return []  # most rules in most sentences
        if len(hits) == 1:
            return hits[0][:]
        return sorted(set().union(*hits))

    def _keys(self, kind: str) -> Iterator[str]:
        """What each token is filed under in the table ``kind``."""
        if kind == "word":
            return (token.text for token in self.tokens)
        if kind == "tag":
            return (token.tag for token in self.tokens)
        if kind == "first":
            return (token.text[:1] for token in self.tokens)
        return (token.text[-1:] for token in self.tokens)


def _positions_by(keys: Iterable[str]) -> dict[str, list[int]]:
    """Each key with the indices where it stands."""
    table: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        positions = table.get(key)
        if positions is None:
            table[key] = [index]
        else:
            positions.append(index)
    return table


class _CueWords:
    """Which of several lists of words have a word in a text, found in one pass of an
    Aho-Corasick automaton. Many rules run only where one of their words stands (a
    rule for clergy where 法师 or 活佛 does); asking each list's words in turn
    (``any(word in text for word in words)``) cost a fifteenth of extraction."""

    def __init__(self, lists: dict[str, Iterable[str]]) -> None:
        names_of: dict[str, set[str]] = {}
        for name, words in lists.items():
            for word in words:
                if not word:
                    raise ValueError(f"an empty word in the cue list {name}")
                names_of.setdefault(word, set()).add(name)
        self.names = frozenset(lists)
        self._automaton = ahocorasick.Automaton()
        for word, names in names_of.items():
            self._automaton.add_word(word, frozenset(names))
        self._automaton.make_automaton()

    def in_text(self, text: str) -> set[str]:
        """The names of the lists of which a word stands in ``text``."""
        found: set[str] = set()
        for _, names in self._automaton.iter(text):
            found |= names
        return found


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    type: str
    rule: str
    key: str | None = None
    subtype: str | None = None

    @property
    def rank(self) -> tuple[int, int, int]:
        return (self.end - self.start, _PRIORITY.get(self.rule, 0), -self.start)


class Extractor:
    """Finds mentions in documents. One instance holds a private jieba tokenizer that
    knows the gazetteer's names; build it once and reuse it."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or default_gazetteer()
        self._tokenizer: jieba.Tokenizer | None = None
        self._cutter: rjieba.Jieba | None = None
        self._tags: dict[str, str] = {}
        # Answers that depend on nothing but the word, kept so that a word seen before
        # costs one look-up (emptied by _bound when they grow large).
        self._as_jieba: dict[str, tuple[str, ...]] = {}
        self._unglued: dict[str, tuple[str, ...]] = {}
        self._as_jieba_unglued: dict[str, tuple[str, ...]] = {}  # see _cut_unglued
        self._tag_of: dict[str, tuple[str, bool]] = {}  # see _tag_and_whether_to_look
        self._title_words: dict[str, bool] = {}
        self._naming_words: dict[str, bool] = {}  # see _may_name_whatever_its_tag
        self._words_read_untagged: dict[str, bool] = {}  # see _may_name_though_untagged
        self._body_ending_words: dict[str, bool] = {}  # see _may_end_body
        self._lock = threading.Lock()
        self._current = threading.local()  # the _WordIndex of the text being read
        self._suffix_last_chars = frozenset(text[-1] for text in self.gazetteer.suffix_by_text)
        self._suffix_first_chars = frozenset(text[0] for text in self.gazetteer.suffix_by_text)
        # 小学 of 希望|小学, 会 of 学会: what ends a suffix jieba may cut in two (see _may_end_body)
        self._suffix_endings = frozenset(
            text[cut:] for text in self.gazetteer.suffix_by_text for cut in range(1, len(text))
        )
        self._title_last_chars = frozenset(title[-1] for title in self.gazetteer.titles if title)
        self._person_word_last_chars = self._title_last_chars | _OCCUPATION_ENDINGS | {"家"}  # see _people_by_title
        # the characters that stand for a place (中, 美, 沪, 坦): the first of every word
        # _place_abbreviations takes, but a side with words glued before it (已向|菲方)
        self._place_characters = frozenset(
            {*_PLACE_ABBREVIATIONS, *_PROVINCE_ABBREVIATIONS, *self.gazetteer.place_abbreviations}
        )
        # the beginnings of titles written before a name, shorter than the title (主 of 主任)
        self._title_prefixes = frozenset(
            title[:length]
            for title, position in self.gazetteer.titles.items()
            if position in ("before", "both")
            for length in range(1, len(title))
        )
        # the lengths of the titles written before a name, longest first, by their first
        # two characters (主任, 主任委员 under 主任)
        lengths: defaultdict[str, set[int]] = defaultdict(set)
        for title, position in self.gazetteer.titles.items():
            if position in ("before", "both") and len(title) >= 2:
                lengths[title[:2]].add(len(title))
        self._lengths_of_titles_before_names = {
            opening: tuple(sorted(found, reverse=True)) for opening, found in lengths.items()
        }
        self._bare_surnames = self.gazetteer.common_surnames - _NAME_STOPPERS
        # the rarer surnames too (栾, 耿, 聂), taken only where jieba cut one alone as a name;
        # not a place's character (乌|总理, 吉|总理: Ukraine's and Kyrgyzstan's)
        self._rarer_surnames = (
            frozenset(s for s in self.gazetteer.surnames if len(s) == 1)
            - _NAME_STOPPERS
            - frozenset(self.gazetteer.place_abbreviations)
        )
        self._surname_before_title = re.compile(
            f"[{''.join(sorted(self._bare_surnames | self._rarer_surnames))}](?=({_SURNAME_AND_TITLE}))"
        )
        self._japanese_first_chars = frozenset(surname[0] for surname in self.gazetteer.japanese_surnames)
        self._compound_surname_first_chars = frozenset(surname[0] for surname in self.gazetteer.compound_surnames)
        # what the text must hold where three splitters of tokens can cut (see _COMMITTEE_AFTER_LEVEL):
        # a preposition and a surname (由马时|亨), a surname, one character and 报道 (李|明报|道),
        # a surname, one or two characters and 为 (宋秉文为)
        common_surnames = self.gazetteer.common_surnames
        one_character_surname = _one_of(s for s in common_surnames if len(s) == 1)
        self._preposition_before_surname = re.compile(_one_of(_PREPOSITIONS_BEFORE_NAMES) + one_character_surname)
        self._surname_before_wei = re.compile(f"(?s){one_character_surname}.{{1,2}}为")
        self._surname_before_report = re.compile(f"(?s){_one_of(s[-1] for s in common_surnames if s)}.报道")
        # 扎西多吉, 洛桑江村: two or three parts of Tibetan names (one alone may be a word or
        # a place: 洛桑 is Lausanne, 江村 a village)
        # and 苏和巴特尔, 乌云其木格: of Mongolian names (the two kinds are not mixed)
        self._name_part_patterns: list[tuple[re.Pattern[str], str]] = []
        openings: set[str] = set()
        for name_parts, rule in (
            (self.gazetteer.tibetan_name_parts, "person-tibetan"),
            (self.gazetteer.mongolian_name_parts, "person-mongolian"),
        ):
            parts = sorted(name_parts, key=len, reverse=True)
            if parts:
                self._name_part_patterns.append((re.compile(f"(?:{'|'.join(parts)}){{2,3}}"), rule))
                openings.update(part[:2] for part in parts)
        if self.gazetteer.yi_clan_names and self.gazetteer.yi_given_names:
            # 吉克阿呷, 沙马拉毅: a Yi clan name and a given name, in this order
            clans = "|".join(sorted(self.gazetteer.yi_clan_names))
            givens = "|".join(sorted(self.gazetteer.yi_given_names))
            self._name_part_patterns.append((re.compile(f"(?:{clans})(?:{givens})"), "person-yi"))
            openings.update(self.gazetteer.yi_clan_names)
        self._name_part_openings = frozenset(openings)
        # 牧民|扎西|说, 副县长|巴特尔|介绍: one part alone, read as a name only between
        # a word for a kind of people or a title and a verb
        single_parts = sorted(
            (part for part in self.gazetteer.tibetan_name_parts | self.gazetteer.mongolian_name_parts),
            key=len,
            reverse=True,
        )
        self._single_name_part = re.compile("|".join(single_parts)) if single_parts else None
        # 中车, 中铁, 国网: the two-character short forms of central state-owned groups
        self._state_group_short_forms = tuple(
            sorted(
                name
                for name, key in self.gazetteer.by_name.items()
                if len(name) == 2 and name[0] in "中国" and self.gazetteer.entries[key].subtype == "Company"
            )
        )
        # 京广线, 成昆线: the characters a railway line's name takes from the cities it
        # joins (the first of every Chinese city's name) or the provinces (京, 湘, 黔)
        self._line_initials = frozenset(
            [e.label[0] for e in self.gazetteer.entries.values() if e.subtype == "City" and e.key.startswith("cn-")]
            + [
                ch
                for ch, places in self.gazetteer.place_abbreviations.items()
                if any(p.startswith("cn-") for p in places)
            ]
        )
        # 任县: a place's name that is also the verb of taking an office and a level
        self._verb_level_places = frozenset(
            name
            for name in self.gazetteer.by_name
            if len(name) == 2 and name[0] in _APPOINTMENT_VERBS and name[1] in _ADMINISTRATIVE_LEVELS
        )
        self._verb_level_titles = tuple(
            place + ending for place in sorted(self._verb_level_places) for ending in ("长", "政府")
        )
        self._central_committee = self.gazetteer.lookup("中共中央")
        self._olympia = self.gazetteer.lookup("奥林匹亚")  # 奥 of 奥运会, the Games' namesake
        # 俄罗斯 of 白俄罗斯, 苏丹 of 南苏丹: a place's name that ends a longer place's
        # name, with the one or two characters that begin the longer one
        heads: dict[str, set[str]] = defaultdict(set)
        for name, key in self.gazetteer.by_name.items():
            if self.gazetteer.entries[key].type != "Place" or not _ALL_CJK.match(name):
                continue
            for cut in (1, 2):
                inner = self.gazetteer.lookup(name[cut:]) if len(name) - cut >= 2 else None
                if inner is not None and inner.type == "Place":
                    heads[name[cut:]].add(name[:cut])
        self._place_heads = {ending: tuple(sorted(found)) for ending, found in heads.items()}
        self._place_head_ends = frozenset(head[-1] for found in heads.values() for head in found)
        self._place_ending_openings = frozenset(ending[:2] for ending in heads)  # 俄罗 of 俄罗斯
        # the word lists that decide whether a rule runs at all (see _CueWords)
        self._cues = _CueWords(
            {
                "_verb_level_titles": self._verb_level_titles,
                "_BODY_HEAD_TITLES": (*_BODY_HEAD_TITLES, "外长"),
                "_INSTITUTIONS_WITH_HEADS": _INSTITUTIONS_WITH_HEADS,
                "_VERBS_OF_VISITING": _VERBS_OF_VISITING,
                "_CLERGY_AFTER_NAME": _CLERGY_AFTER_NAME,
                "_SERVICES_WITH_THEIR_PEOPLE": _SERVICES_WITH_THEIR_PEOPLE,
                "_TEAM_ROLES": _TEAM_ROLES,
                "_ARTS_OF_A_PLACE": _ARTS_OF_A_PLACE,
                "_PLACES_INSIDE_WORDS": _PLACES_INSIDE_WORDS,
                "companies_by_context": self.gazetteer.companies_by_context,
                "_INTERPUNCTS": _INTERPUNCTS,
                "_BRAND_NAME_ENDINGS": _BRAND_NAME_ENDINGS,
                "_RIVER_PARTS": _RIVER_PARTS,
                "_BATTLES_AND_RISINGS": _BATTLES_AND_RISINGS,
                "_SITES": _SITES,
                "_PARK_KINDS": _PARK_KINDS,
                "_ESTATE_WORDS": _ESTATE_WORDS,
                "_COMPANY_TITLES": _COMPANY_TITLES,
                "_FINANCIAL_TRADES": _FINANCIAL_TRADES,
                "_state_group_short_forms": self._state_group_short_forms,
                "_OPERATOR_BRANDS": _OPERATOR_BRANDS,
                "_ROUTE_KINDS": _ROUTE_KINDS,
                "_FOREIGN_LEVELS_AFTER_CITY": _FOREIGN_LEVELS_AFTER_CITY,
                "MINISTRIES_OF_EVERY_COUNTRY": MINISTRIES_OF_EVERY_COUNTRY,
                "_INFRASTRUCTURE_KINDS": _INFRASTRUCTURE_KINDS,
                "_VENUE_KINDS_IN_TEXT": _VENUE_KINDS_IN_TEXT,
                "_MARKETS": _MARKETS,
                "_COURTESY_TITLES": _COURTESY_TITLES,
                "_SITE_KINDS": _SITE_KINDS,
            }
        )

    def _positions(
        self,
        tokens: list[Token],
        *,
        words: Iterable[str] = (),
        tags: Iterable[str] = (),
        first_chars: Iterable[str] = (),
        last_chars: Iterable[str] = (),
    ) -> list[int]:
        """The indices, in order, of the ``tokens`` that are one of ``words``, have one of
        ``tags``, or begin or end with one of the characters given: where a rule that can
        only begin at such a token need look (see :class:`_WordIndex`). The index of the
        text being read is kept per thread, as extraction's rules all read the one list."""
        index: _WordIndex | None = getattr(self._current, "index", None)
        if index is None or index.tokens is not tokens:
            index = _WordIndex(tokens)
            self._current.index = index
        return index.positions(words=words, tags=tags, first_chars=first_chars, last_chars=last_chars)

    # -- tokenizer -------------------------------------------------------------------

    @property
    def tokenizer(self) -> jieba.Tokenizer:
        """The private jieba tokenizer, built on first use (by one thread; the rules ask
        for it over a hundred thousand times a megabyte, so once built it is returned
        without taking the lock)."""
        tokenizer = self._tokenizer
        if tokenizer is not None:
            return tokenizer
        with self._lock:
            if self._tokenizer is None:
                self._tokenizer = self._build_tokenizer()
            return self._tokenizer

    def _build_tokenizer(self) -> jieba.Tokenizer:
        tokenizer = jieba.Tokenizer()
        tokenizer.initialize()
        self._tags = dictionary_tags(tokenizer)
        cutter = rjieba.Jieba()
        for word, freq in self._extra_words(tokenizer.FREQ):
            known = tokenizer.FREQ.get(word, 0)
            if known == freq:
                # a word jieba's dictionary holds as often already
                continue
            tokenizer.add_word(word, freq=freq)
            # jieba adds a known word's new frequency to its total without taking the old
            # one off, jieba-rs replaces it: left so, the two totals drift apart with every
            # known word the gazetteer names (9,898 of them, 950,000 counts) and weigh long
            # and short words apart (上月 against 上|月)
            tokenizer.total -= known
            cutter.add_word(word, freq, None)
        self._cutter = cutter
        return tokenizer

    def _extra_words(self, known: dict[str, int]) -> Iterator[tuple[str, int]]:
        """The gazetteer's names and titles, as words jieba should keep whole."""
        for name in self.gazetteer.by_name:
            # (not Wi-Fi联盟: Latin letters and signs before Chinese, which jieba-rs and
            # jieba would then cut apart differently, Wi-Fi、 as Wi|-|Fi)
            if name.endswith("高速"):
                # 京沪高速: an expressway's short form, which the matcher finds as a run of
                # words (京沪|高速) and which, kept whole, would take 高速铁路's first word
                # (京沪高速|铁路, a railway)
                continue
            if _IS_CJK.search(name) and " " not in name and not _LATIN_WITH_SIGNS.search(name):
                yield name, max(known.get(name, 0), 3000)
        for title in self.gazetteer.titles:
            if _ALL_CJK.match(title) and len(title) >= 2:
                yield title, max(known.get(title, 0), 2000)
        for word in _WORDS_OF_BODIES:
            yield word, max(known.get(word, 0), 3000)
        for suffix in self.gazetteer.suffix_by_text:
            # 深圳国际|仲裁院: a body's suffix that jieba would cut into a word it knows
            # and a last character alone (仲裁|院) is kept whole, so that it ends the
            # body's name as one word (not 家庭农场, which would cut 家庭农场|主).
            if len(suffix) >= 3 and _ALL_CJK.match(suffix) and suffix not in known and suffix[:-1] in known:
                yield suffix, 2000

    def cut(self, text: str) -> list[str]:
        """The words of ``text`` as ``jieba.cut(text, HMM=True)`` gives them, from
        jieba-rs (rjieba), the Rust port of jieba with the same dictionary and HMM, about
        ten times faster. The two cut Chinese alike; where jieba-rs keeps Latin letters,
        digits, signs or rare characters together that jieba splits (Web-scale, 3.53.5), jieba cuts that
        word again, so the words are the same (checked on the sample, a synthetic
        megabyte and the People's Daily test set, and by a property test).

        >>> Extractor().cut("海关总署采用Software-Defined网络")
        ['海关总署', '采用', 'Software', '-', 'Defined', '网络']
        """
        return self._cut(text, unglue=False)

    def _cut_unglued(self, text: str) -> list[str]:
        """The words of :meth:`cut` with those jieba's HMM glued cut apart again (see
        :meth:`_unglue`), in the same pass over the words."""
        return self._cut(text, unglue=True)

    def _cut(self, text: str, *, unglue: bool) -> list[str]:
        tokenizer = self.tokenizer
        cutter = self._cutter
        assert cutter is not None  # built with the tokenizer
        if unglue:
            cache, rewrite = self._as_jieba_unglued, self._jieba_words_unglued
        else:
            cache, rewrite = self._as_jieba, self._jieba_words
        words: list[str] = []
        for piece in _pieces(text):
            try:
                cut = cutter.cut(piece, True)
            except UnicodeEncodeError:  # a lone surrogate, which Rust strings cannot hold
                jieba_words = tokenizer.cut(piece, HMM=True)
                words += _rewritten(jieba_words, self._unglued, self._unglue) if unglue else jieba_words
                continue
            words += _rewritten(cut, cache, rewrite)
        return words

    def _jieba_words_unglued(self, word: str) -> tuple[str, ...]:
        """The words :meth:`_unglue` makes of each of a jieba-rs word's jieba words."""
        return tuple(part for jieba_word in self._jieba_words(word) for part in self._unglue(jieba_word))

    def _jieba_words(self, word: str) -> tuple[str, ...]:
        """A word of jieba-rs as jieba's own words (one word, or the pieces jieba cuts it into)."""
        known = self.tokenizer.FREQ
        if len(word) > 1 and word not in known and not _JIEBA_HAN.match(word) and not _PLAIN_LATIN.match(word):
            # The two differ only on what jieba does not count as Chinese (Latin
            # letters, digits, signs, the rarer CJK blocks) and no dictionary word
            # covers (Web-scale, 3.53.5, --, 㐀㐀): jieba cuts those itself.
            return tuple(self.tokenizer.cut(word, HMM=True))
        return (word,)

    def tokens(self, text: str, cues: set[str] | None = None) -> list[Token]:
        """The words of ``text`` with their tags (``cues``: the word lists with a word
        in ``text``, see :class:`_CueWords`, found here when not given)."""
        if cues is None:
            cues = self._cues.in_text(text)
        words = self._rejoin_longer_places(self._cut_unglued(text))
        if "_verb_level_titles" in cues:
            words = list(self._split_verbs_from_titles(words))
        if _GLUED_BRANCH_IN_TEXT.search(text) is not None and not _BRANCH_FIRST_CHARACTERS.isdisjoint(words):
            words = list(self._split_glued_branches(words))
        if "_BODY_HEAD_TITLES" in cues:
            words = self._split_titles_from_bodies(words)
        if _CHIEF_AFTER_BODY.search(text) is not None:
            words = self._split_chiefs_from_bodies(words)
        if "处处长" in text:
            words = _split_section_heads(words, self.gazetteer.surnames)
        if "作" in text:
            words = _split_bodies_from_zuo(words)
        if "代表团" in text:
            words = self._rejoin_delegations(words)
        if "_INSTITUTIONS_WITH_HEADS" in cues and not _INSTITUTIONS_WITH_HEADS.keys().isdisjoint(words):
            words = _split_words_at(
                words,
                [index for index, word in enumerate(words) if word in _INSTITUTIONS_WITH_HEADS],
                _INSTITUTIONS_WITH_HEADS.__getitem__,
            )
        if self._preposition_before_surname.search(text) is not None:
            words = self._split_prepositions_from_names(words)
        if self._surname_before_report.search(text) is not None:
            words = self._split_reports_from_names(words)
        if "报社" in text:
            words = self._split_press_after_papers(words)
        if "院报" in text:
            words = self._split_court_requests_from_papers(words)
        if _COMMITTEE_AFTER_LEVEL.search(text) is not None:
            words = self._split_committees_from_what_follows(words)
        if _COUNTRY_BEFORE_DEFENCE_OR_STATE.search(text) is not None:
            words = self._split_countries_from_defence_and_state(words)
        if not _MARKET_TAILS.isdisjoint(words):
            words = self._split_city_markets(words)
        if _HARBOUR_WORDS.search(text) is not None:
            words = self._split_places_from_harbour_words(words)
        if _STANDING_WORDS.search(text) is not None:
            words = self._split_places_from_standing(words)
        if "市场" in text:
            words = _split_words_ending(words, "市场", self._split_place_from_market)
        if _ABBREVIATIONS_BEFORE_REGION.search(text) is not None:
            words = _split_words_ending(words, "地区", self._split_abbreviations_from_region)
        if _UNNAMED in text:
            words = self._split_unnamed_units(words)
        if _HEAD_AFTER_LEVEL.search(text) is not None:
            words = self._split_heads_from_places(words)
        if "联邦" in text:
            words = _split_words_ending(words, "联邦", self._split_country_from_federal)
        if "党组" in text or "党委" in text:
            words = self._split_bodies_from_their_party_bodies(words)
        if "东三省" in text:
            words = self._split_provinces_from_counts(words)
        if self._surname_before_wei.search(text) is not None:
            words = self._split_appointees_from_wei(words)
        if _BODY_BEFORE_ORGANIZE.search(text) is not None:
            words = _split_words_ending(words, "组织", _split_organize_from_body)
        tag_of = self._tag_of
        result: list[Token] = []
        position = 0
        for word in words:
            known = tag_of.get(word)
            if known is None:
                known = tag_of[word] = self._tag_and_whether_to_look(word)
            tag, look = known
            start, end = position, position + len(word)
            position = end
            if (
                word[0] <= "\u024f"
                and result
                and result[-1].text[-1] <= "\u024f"
                and not (word.isascii() and result[-1].text.isascii())
                and _LATIN_LETTERS.fullmatch(word)
                and _LATIN_LETTERS.fullmatch(result[-1].text)
            ):
                # Ant|ó|nio: jieba cuts a Latin word at each accented letter; the word is
                # one (not the brand nio inside António)
                before = result.pop()
                result.append(Token(before.start, end, before.text + word, "eng"))
                continue
            if (
                tag in ("gaz", "ns")
                and len(word) == 2
                and word[-1] in "镇乡"
                and result
                and len(result[-1].text) == 1
                and (
                    (tag == "gaz" and result[-1].tag in ("ng", "n", "nr", "a", "b", "j"))
                    # 东乡族自治县|锁|南镇: any character right after the county it is in
                    # (no function word: 武义县|在|南镇)
                    or (
                        len(result) >= 2
                        and result[-2].tag == "gaz"
                        and result[-2].text[-1] in "县区旗"
                        and result[-1].text not in _NAME_STOPPERS
                        and result[-1].tag[:1] not in "pcudrmqf"
                        and result[-1].text not in _GOING_CHARACTERS  # 长兴县|到|南镇
                    )
                )
                and _ALL_CJK.match(result[-1].text)
            ):
                # 孝|丰镇, 大|新乡: a township whose name ends as a city's short form does
                # (丰镇市, 新乡市), its first character cut off as a word of its own
                before = result.pop()
                result.append(Token(before.start, end, before.text + word, "new"))
                continue
            if (
                tag == "gaz"
                and result
                and result[-1].tag == "new"
                and len(result[-1].text) >= 2
                and self._gazetteer_overreached_before(result[-1].text, word)
            ):
                # 将加|快船队: the HMM glued a character to the one before, and the
                # gazetteer's name took the next; they are a frequent word (加快) and the rest
                # a word of its own (船队), no name
                before = result.pop()
                stem, joined, rest = before.text[:-1], before.text[-1] + word[0], word[1:]
                result.append(Token(before.start, before.end - 1, stem, self._tag(stem)))
                result.append(Token(before.end - 1, start + 1, joined, self._tag(joined)))
                result.append(Token(start + 1, end, rest, self._tag(rest)))
                continue
            if (
                tag == "gaz"
                and len(word) == 2
                and result
                and len(result[-1].text) >= 2
                and result[-1].tag not in ("gaz", "x", "m", "eng")
                and self.tokenizer.FREQ.get(result[-1].text + word[0], 0) >= 10  # (not 利用微|软)
                and result[-1].text + word[0] not in self.gazetteer.titles
                and (entry := self.gazetteer.lookup(word)) is not None
                and entry.type == "Organization"
            ):
                # 主席|国办|好: a body's short name of two characters whose first the word
                # before makes a word of its own (主席国, the country in the chair)
                before = result.pop()
                joined = before.text + word[0]
                result.append(Token(before.start, start + 1, joined, self._tag(joined)))
                result.append(Token(start + 1, end, word[1:], self._tag(word[1:])))
                continue
            if (
                word == "间"
                and result
                and result[-1].tag == "gaz"
                and result[-1].text.endswith("银行")
                and len(result[-1].text) >= 4
            ):
                # 中国|银行间|债券市场: the interbank market (银行间), not a bank's name
                name = result.pop()
                owner, market = name.text[:-2], "银行间"
                result.append(Token(name.start, name.end - 2, owner, self._tag(owner)))
                result.append(Token(name.end - 2, end, market, self._tag(market)))
                continue
            if (
                len(word) == 1
                and len(result) >= 2
                and result[-1].tag == "gaz"
                and len(result[-1].text) == 2
                and len(result[-2].text) == 1
                and _ALL_CJK.match(result[-2].text + word)
                and self.tokenizer.FREQ.get(result[-2].text + result[-1].text[0], 0) > 0
                and self.tokenizer.FREQ.get(result[-1].text[1] + word, 0) >= 100
                and (entry := self.gazetteer.lookup(result[-1].text)) is not None
                and entry.type == "Organization"
            ):
                # 两|国航|天|合作: a body's short name of two characters between two single
                # characters, each of which makes a word with the name's character beside it
                # (两国, 航天): those words, no name
                name, before = result.pop(), result.pop()
                first, second = before.text + name.text[0], name.text[1] + word
                result.append(Token(before.start, name.start + 1, first, self._tag(first)))
                result.append(Token(name.start + 1, end, second, self._tag(second)))
                continue
            if (
                tag == "gaz"
                and word[0] == "港"
                and len(word) <= 3
                and result
                and result[-1].tag == "gaz"
                and self._is_chinese_port_city(result[-1].text)
            ):
                # 宁波|舟山|港大|宗商品, 舟山|港铁|矿石: the city's port (港) and the words
                # after it, not a short name that begins with 港 (港大, 港铁: Hong Kong's)
                result.append(Token(start, start + 1, "港", "n"))
                rest = word[1:]
                result.append(Token(start + 1, end, rest, self._tag(rest)))
                continue
            if not look:
                result.append(Token(start, end, word, tag))
                continue
            if word == "委" and result and result[-1].tag == "gaz" and self._is_level_place(result[-1].text):
                # 章贡区|委|网信办: the HMM cuts a district's Party committee after the
                # district's name, so the body after it would stand alone; 章贡区委, as 杭州市委.
                result[-1] = Token(result[-1].start, end, result[-1].text + word, "nt")
                continue
            if (
                ((len(word) == 1 and tag not in ("x", "m")) or tag == "new")
                and result
                and result[-1].tag == "gaz"
                and (
                    len(result[-1].text) >= 3
                    # 中|俄铁|路: a two-character short form after a country's character
                    or (len(result) >= 2 and len(result[-2].text) == 1 and result[-2].text in _PLACE_ABBREVIATIONS)
                    # 定位|网通|过: a two-character short form before one of the commonest
                    # words (通过; but 北大|人, 俄共|和 keep their bodies)
                    or self.tokenizer.FREQ.get(result[-1].text[-1] + word[0], 0) >= _EVERYDAY_WORD
                )
                and self._gazetteer_overreached(result[-1].text, word)
            ):
                # 文旅部|门, 应急管理部|门要, 消息报|道: a name of the gazetteer out-ranked
                # a frequent word its last character begins with the next (部门, 报道);
                # the words are the field's departments, the news's report
                name = result.pop()
                stem, joined, rest = name.text[:-1], name.text[-1] + word[0], word[1:]
                result.append(Token(name.start, name.end - 1, stem, self._tag(stem)))
                result.append(Token(name.end - 1, start + 1, joined, self._tag(joined)))
                if rest:
                    result.append(Token(start + 1, end, rest, self._tag(rest)))
                continue
            if tag.startswith("nr") and len(word) >= 3 and word[0] == "于" and self._after_yu_is_no_name(word[1:]):
                # 于本周, 于柏林, 于微软: jieba's dictionary holds "at this week", "at Berlin"
                # as names (于 is a surname); the preposition and a time, place or body
                result.append(Token(start, start + 1, "于", "p"))
                result.append(Token(start + 1, end, word[1:], self._tag(word[1:])))
                continue
            if tag.startswith("nr") and word[-1] in "县区" and len(word) >= 3 and result and result[-1].tag == "gaz":
                # 北京市|宣武区, 河北省|宣化县: a county or district jieba's dictionary calls
                # a name, right after its province or city, is a place; the gazetteer holds
                # today's divisions and these were merged or renamed.
                above = self.gazetteer.lookup(result[-1].text)
                if above is not None and above.subtype in ("Province", "City") and above.key.startswith("cn-"):
                    tag = "ns"
            result.append(Token(start, end, word, tag))
        _bound(tag_of)
        return result

    def _tag_and_whether_to_look(self, word: str) -> tuple[str, bool]:
        """The tag of ``word`` and whether :meth:`tokens` must look at its token more
        closely (a word that may join the token before it or be cut again: 委, a word of
        one character, one jieba's dictionary does not know, or a name that begins with
        于 or ends in 县 or 区). Both depend on the word alone, so they are kept per word:
        most words are then made tokens without a test."""
        tag = self._tag(word)
        look = (
            word == "委"
            or (len(word) == 1 and tag not in ("x", "m"))
            or tag == "new"
            or (tag.startswith("nr") and len(word) >= 3 and (word[0] == "于" or word[-1] in "县区"))
        )
        return tag, look

    def _after_yu_is_no_name(self, rest: str) -> bool:
        """Whether ``rest``, after 于 in one word jieba's dictionary tags as a name, is a
        time, a place or a body the gazetteer knows (本周, 柏林, 微软), not a given name."""
        return rest in self.gazetteer.by_name or self._tags.get(rest) == "t" or _TIME_WORD.search(rest) is not None

    def _is_frequent_verb(self, word: str) -> bool:
        """Whether ``word`` is a verb or verbal noun jieba has seen often (判决, 检查)."""
        return self._tags.get(word, "")[:1] == "v" and self.tokenizer.FREQ.get(word, 0) >= _COMMON_WORD

    def _gazetteer_overreached(self, name: str, following: str) -> bool:
        """Whether the gazetteer's ``name`` took the first character of a frequent word
        that the word ``following`` it ends (文旅部|门 for 部门, 消息报|道 for 报道): a
        ministry's name before 门 (the field's departments, 文旅 being no word of
        jieba's) or a sea's before 警 (菲律宾海|警), or any name whose rest is a
        dictionary word (消息), unless the word would end a longer body's name
        (武警水电部|队)."""
        joined = name[-1] + following[0]
        if joined in _WORDS_NAMES_OVERREACH:
            return True
        freq = self.tokenizer.FREQ
        return (
            freq.get(joined, 0) >= _FREQUENT_WORD
            and freq.get(name[:-1], 0) > 0
            # 武警水电部|队: the word ends a longer body's name (部队), which the name begins
            and joined[-1] not in self.gazetteer.suffix_by_text
        )

    def _is_chinese_port_city(self, word: str) -> bool:
        """Whether ``word`` names a city or county of China other than Hong Kong and Macao
        (舟山, 青岛市), which may have a port named after it."""
        entry = self.gazetteer.lookup(word)
        return (
            entry is not None
            and entry.type == "Place"
            and entry.key.startswith("cn-")
            and (entry.subtype in ("City", "County", "District") or entry.label.endswith("市"))  # (天津)
            and entry.key not in ("cn-810000", "cn-820000")
            and len(word) >= 2
        )

    def _gazetteer_overreached_before(self, unknown: str, name: str) -> bool:
        """Whether the gazetteer's ``name`` took the last character of a frequent word
        whose first character the HMM glued into the ``unknown`` word before it (将加|快船队
        for 加快 and 船队): the rest of each is a word of jieba's dictionary."""
        freq = self.tokenizer.FREQ
        return (
            freq.get(unknown[-1] + name[0], 0) >= _COMMON_WORD
            and freq.get(unknown[:-1], 0) > 0
            and freq.get(name[1:], 0) > 0
        )

    def _tag(self, word: str) -> str:
        """The tag of a word: ``gaz``, ``x``, jieba's own, ``eng``, ``m`` or ``new``."""
        if word in self.gazetteer.by_name:
            return "gaz"
        if not word.strip() or not (word.isalnum() or _IS_CJK.search(word)):
            return "x"
        if word in _CONJUNCTIONS_TAGGED_AS_BODIES:
            return "c"  # 宣传部|暨|市委讲师团: "and", which jieba's dictionary calls a body
        if word in _ZONE_WORDS:
            return "n"  # 成都|高新区: a zone of the place before, which jieba calls a name
        if word in _ADVERBS_TAGGED_AS_NOUNS or (len(word) == 3 and word[:2] in _ADVERBS_TAGGED_AS_NOUNS):
            return "d"  # 专程, and 专程到, 特地来 that jieba's dictionary calls idioms
        if word in _NOUNS_TAGGED_AS_NAMES or word in _NOUNS_THE_DICTIONARY_CALLS_NAMES:
            return "n"
        if word in _VERBS_TAGGED_AS_NAMES:
            return "v"  # 批准|新建|半导体|工厂: "newly build", which jieba's dictionary calls a place
        if self.tokenizer.FREQ.get(word, 0) > 0:
            tag = self._tags.get(word, "n")
            if tag.startswith("nr") and _TIME_WORD.search(word) is not None:
                return "t"  # 今天下午, 上周四: words of time that jieba's dictionary tags as names
            if tag.startswith("nr") and len(word) >= 4 and self._is_frequent_verb(word[-2:]):
                return "v"  # 一审判决, 严格执法, 安全检查: phrases jieba's dictionary tags as names
            return tag
        if _LATIN_WORD.fullmatch(word):
            return "eng"
        if word.isdigit():
            return "m"
        return "new"

    def _is_level_place(self, word: str) -> bool:
        """Whether ``word`` is a known province, city, county or district written with its level."""
        if word[-1:] not in "省市县区州旗":
            return False
        entry = self.gazetteer.lookup(word)
        return entry is not None and entry.type == "Place"

    def _split_heads_from_places(self, words: list[str]) -> list[str]:
        """广州市|长温|国辉, 台北市|长蒋|万安, 杭州市|长|姚高员: the gazetteer keeps a city or
        county whole with its level, so the level of the head's title (市长, 县长) went to
        the place and 长 to the name after it; cut back to 广州|市长|温|国辉. Only where
        the place is known without its level too and 长 stands alone or begins a word
        jieba does not know (not 广州市|长期)."""
        by_name = self.gazetteer.by_name
        known = self.tokenizer.FREQ
        result: list[str] = []
        last = len(words) - 1
        index = 0
        while index <= last:
            word = words[index]
            if (
                word[-1:] in _HEADED_LEVELS
                and index < last
                and words[index + 1][:1] == "长"
                and len(word) >= 3
                and word in by_name
                and word[:-1] in by_name
                and (words[index + 1] == "长" or known.get(words[index + 1], 0) == 0)
            ):
                result += (word[:-1], word[-1] + "长")
                if len(words[index + 1]) > 1:
                    result.append(words[index + 1][1:])  # the name's part
                index += 2
                continue
            result.append(word)
            index += 1
        return result

    def _split_country_from_federal(self, word: str) -> tuple[str, ...]:
        """美国联邦|首席信息官办公室, 德国联邦|卫生部长: jieba's dictionary holds a country
        and 联邦 as one word, which begins the name of the country's federal body; the
        country is cut off so the body's name starts with it (美国|联邦|…办公室). A name
        the gazetteer knows whole stays (俄罗斯联邦, the country)."""
        country = word[:-2]
        entry = self.gazetteer.lookup(country) if word.endswith("联邦") and len(word) >= 4 else None
        if entry is not None and entry.subtype == "Country" and word not in self.gazetteer.by_name:
            return country, "联邦"
        return (word,)

    def _split_bodies_from_their_party_bodies(self, words: list[str]) -> list[str]:
        """教育部党组|书记, 北京大学党委|书记: jieba's dictionary holds a few bodies and
        their Party group or committee as one word, so the body the gazetteer knows
        would be lost under it; it is cut off, and the Party body joined to the title
        after it as other bodies' are cut (教育部|党组书记, as 外交部|党组书记)."""
        if not any(word[-2:] in _PARTY_BODIES_OF_A_BODY and len(word) >= 5 for word in words):
            return words  # (most texts that name a Party committee: no such word of jieba's)
        result: list[str] = []
        skip = False
        for index, word in enumerate(words):
            if skip:
                skip = False
                continue
            body, party_body = word[:-2], word[-2:]
            entry = (
                self.gazetteer.lookup(body)
                if party_body in _PARTY_BODIES_OF_A_BODY and len(body) >= 3 and word not in self.gazetteer.by_name
                else None
            )
            if entry is None or entry.type != "Organization":
                result.append(word)
                continue
            result.append(body)
            following = words[index + 1] if index + 1 < len(words) else ""
            if following and self.tokenizer.FREQ.get(party_body + following, 0) > 0:
                result.append(party_body + following)
                skip = True
            else:
                result.append(party_body)
        return result

    def _rejoin_longer_places(self, words: list[str]) -> list[str]:
        """向白|俄罗斯外交部: the HMM glued the first character of a place's name (白俄罗斯)
        to the word before, and jieba read the rest as a shorter place's name (俄罗斯) and
        what follows it; the longer place is made whole again (向|白俄罗斯|外交部). Only
        after a word jieba's dictionary does not know, or the first character alone. So is
        a place whose last character jieba gave to a district's name after it (广|东山区 ->
        广东|山区).

        A text has a few such pairs of words in a thousand: only the words that may be one
        (after a word ending as a longer place's head does and beginning as a shorter
        place's name does, or after a character alone and a known name) are looked at, and
        the words between are copied as they are."""
        head_ends, openings, names = self._place_head_ends, self._place_ending_openings, self.gazetteer.by_name
        maybe_rejoined = [
            index
            for index, (before, word) in enumerate(pairwise(words), 1)
            if (word[:2] in openings and before[-1:] in head_ends)
            or (word in names and len(before) == 1 and len(word) >= 3)
        ]
        if not maybe_rejoined:
            return words[:]
        result: list[str] = []
        copied = 0  # words[:copied] are in result
        for index in maybe_rejoined:
            # a rejoined pair changes the word before the next one, which is looked at too
            while copied <= index < len(words):
                result += words[copied:index]
                copied = index
                rejoined = self._rejoined_place(result[-1] if result else "", words[index])
                if rejoined is None:
                    break
                result.pop()
                result += [part for part in rejoined if part]
                copied = index = index + 1
        result += words[copied:]
        return result

    def _rejoined_place(self, before: str, word: str) -> tuple[str, str, str] | None:
        """What ``before`` and ``word`` are cut into when the place of a longer name is
        split between them (see :meth:`_rejoin_longer_places`): the rest of ``before``, the
        place and the rest of ``word``, any of them empty; None when they are not."""
        heads, known, names = self._place_heads, self.tokenizer.FREQ, self.gazetteer.by_name
        if (
            before[-1:] in self._place_head_ends
            and before not in names
            and (len(before) <= 2 or known.get(before, 0) == 0)
        ):
            for length in (4, 3, 2):
                rest = word[length:]
                if rest and known.get(rest, 0) == 0 and rest not in names:
                    continue  # 俄罗斯|外交部: what follows the place is a word of its own
                head = next((h for h in heads.get(word[:length], ()) if before.endswith(h)), None)
                if head is not None and (len(before) == len(head) or known.get(before, 0) == 0):
                    return (before[: -len(head)], head + word[:length], rest)
        if len(before) == 1 and len(word) >= 3 and word in names and known.get(word[1:], 0) > 0:
            # 广|东山区, 湘|西山区: jieba took a district's name (东山区) over the place
            # that ends in its first character (广东) and the word after it (山区)
            joined = names.get(before + word[0])
            if joined is not None and self.gazetteer.entries[joined].type == "Place":
                return ("", before + word[0], word[1:])
        return None

    def _split_city_markets(self, words: list[str]) -> list[str]:
        """深圳市|场上: jieba reads a city with its level (深圳市) before 场上 or 场内 ("on
        the field", "in the hall") where the text speaks of the city's market (深圳|市场|上),
        as it already cuts 北京|市场 where nothing follows; the words are cut that way."""
        names = self.gazetteer.by_name
        result: list[str] = []
        for word in words:
            before = result[-1] if result else ""
            if word in _MARKET_TAILS and before[-1:] == "市" and before in names and before[:-1] in names:
                result[-1] = before[:-1]
                result += ["市场", word[1:]]
                continue
            result.append(word)
        return result

    def _split_places_from_harbour_words(self, words: list[str]) -> list[str]:
        """深圳港|澳青年, 上海港|口|管理, 厦门港|务控股集团: a port the gazetteer names, made
        of a place and 港 (深圳港, 上海港), that jieba took before a word beginning with 澳,
        口, 务 or 湾 (not 口岸, 天津港|口岸), where the text writes the place and 港澳, 港口,
        港务 or 港湾 (深圳|港澳|青年, 上海|港口|管理, 厦门|港务|控股|集团); cut that way, the
        place is the mention, or the body's name begins with it."""
        names = self.gazetteer.by_name
        result: list[str] = []
        index = 0
        while index < len(words):
            word = words[index]
            after = words[index + 1] if index + 1 < len(words) else ""
            if (
                len(word) >= 3
                and word[-1] == "港"
                and after[:1] in ("口", "澳", "务", "湾")
                and not after.startswith("口岸")
                and word in names
                and word[:-1] in names
            ):
                result.append(word[:-1])
                result += self.cut(word[-1] + after)
                index += 2
                continue
            result.append(word)
            index += 1
        return result

    def _split_places_from_standing(self, words: list[str]) -> list[str]:
        """成都站|起来, 石家庄站|出来, 北京站|在|世界|前列, 上海站|上|新|台阶: a station the
        gazetteer names, made of a place and 站 (成都站, 北京站), that jieba took before the
        rest of 站 as a verb: 起来, 出来 or 着 at once, or 在 or 上 before what one stands in or
        on in the rest of the clause (前列, 高度, 起点, 台阶: _STOOD_ON); cut into the place and
        the verb as one word (北京|站在), the place is the mention. The station stays before its 在 or 上 otherwise (北京站|在|春运|首日,
        上海站|上车)."""
        names = self.gazetteer.by_name
        result: list[str] = []
        index = 0
        while index < len(words):
            word = words[index]
            after = words[index + 1] if index + 1 < len(words) else ""
            standing = False
            if len(word) >= 3 and word[-1] == "站" and word in names and word[:-1] in names:
                if after in _STANDING_TAILS:
                    standing = True
                elif after in ("在", "上"):
                    clause = _CLAUSE_END.split("".join(words[index + 2 : index + 12]), maxsplit=1)[0]
                    standing = _STOOD_ON.search(clause) is not None
            if standing:
                # one word, 站在 or 站起来 (not 站|在, after which the station would match again)
                result += [word[:-1], word[-1] + after]
                index += 2
                continue
            result.append(word)
            index += 1
        return result

    def _split_place_from_market(self, word: str) -> tuple[str, ...]:
        """美国市场, 纽约市场: jieba's dictionary holds a few markets of places as one word;
        the place is the mention, as People's Daily tags 中国|市场 (which jieba cuts)."""
        if len(word) > 3 and word.endswith("市场"):
            entry = self.gazetteer.lookup(word[:-2])
            if entry is not None and entry.type == "Place":
                return word[:-2], "市场"
        return (word,)

    def _split_abbreviations_from_region(self, word: str) -> tuple[str, ...]:
        """京津地区: jieba's word for the region of provinces named by their abbreviations;
        cut from 地区, each is a place, as People's Daily tags 京|津 (京津冀, a region the
        gazetteer holds, stays one)."""
        stem = word[:-2]
        if (
            word.endswith("地区")
            and 2 <= len(stem) <= 3
            and all(ch in _PROVINCE_ABBREVIATIONS for ch in stem)
            and stem not in self.gazetteer.by_name
        ):
            return stem, "地区"
        return (word,)

    def _split_unnamed_units(self, words: list[str]) -> list[str]:
        """西藏|军区某|边防团, 空降兵|军某|旅: the HMM glues 某 ("a certain", the unit
        left unnamed) to the body before it; cut off, the body keeps its name (西藏军区)
        while the unit after stays unnamed."""
        result: list[str] = []
        for word in words:
            if len(word) >= 2 and word[-1] == _UNNAMED and self.tokenizer.FREQ.get(word, 0) <= _RARE_WORD:
                stem = word[:-1]
                if stem in self.gazetteer.suffix_by_text or self._is_body_word(stem):
                    result += [stem, _UNNAMED]
                    continue
            result.append(word)
        return result

    def _unglue(self, word: str) -> tuple[str, ...]:
        """``word`` as one word, or as two: 张伟|任市|教育局: jieba's HMM glues a verb of
        taking an office to the level of government that begins the body after it; the
        two are cut apart again (任|市). 斯塔|默在|伦敦, 督察|局对|浙江省: it also glues the
        last character of a name or body it does not know to the preposition after it,
        and a preposition to the level after it (陈静|为区|人民法院); those are cut apart
        too."""
        known = self.tokenizer.FREQ
        if len(word) >= 3 and word[-1] == "畔" and word[:-1] in self.gazetteer.by_name:
            return (word[:-1], word[-1])  # 松花江|畔, 洞庭湖|畔: a known river or lake and its banks
        if len(word) >= 4 and self._tags.get(word) == "ns" and (places := self._place_and_place_inside(word)):
            return places
        if (
            (
                len(word) >= 2
                and word[-1] in _ADMINISTRATIVE_LEVELS
                and word[:-1] in _APPOINTMENT_VERBS
                and known.get(word, 0) == 0
            )
            or (
                len(word) == 2
                and word[-1] in _GLUED_BEFORE_NEXT
                and _JIEBA_HAN.match(word)
                and known.get(word, 0) == 0
                # 土以|将|联合: Turkey and Israel, not a word and the preposition 以
                and not (word[-1] == "以" and word[0] in _PLACE_ABBREVIATIONS)
            )
            or (
                len(word) == 2
                and word[0] in _ABBREVIATED_BODY_ENDINGS
                and word[1] in _GLUED_AFTER_BODY
                and known.get(word, 0) == 0
            )
            # 省大|数据中心: a level glued to the 大 of 大数据 (省|大|数据中心, a body's name)
            or (len(word) == 2 and word[0] in _ADMINISTRATIVE_LEVELS and word[1] == "大" and known.get(word, 0) == 0)
        ):
            return (word[:-1], word[-1])
        if (
            len(word) == 3
            and word[0] in _ABBREVIATED_BODY_ENDINGS
            and (word[1] in _CONJUNCTIONS_BETWEEN_BODIES or word[1] in "由对向经被")
            and word[2] in _ADMINISTRATIVE_LEVELS
            and known.get(word, 0) == 0
        ):
            # 省卫生健康|委与省|医保局, 疾病预防控制|局由省|卫生健康委员会: a body's end, 与 or a
            # preposition, and the level of the next body
            return tuple(word)
        if len(word) == 3 and word[0] in _PLACE_ABBREVIATIONS and word[1] in "两二三四五六七八九" and word[2] == "国":
            return (word[0], word[1:])  # 中日|韩三国: the last of a run of countries, then their count
        if (
            len(word) == 2
            and word[0] in _PREPOSITIONS_BEFORE_LEVELS
            and word[1] in _ADMINISTRATIVE_LEVELS
            and known.get(word, 0) == 0
        ):
            return (word[0], word[1])  # 陈静|为区|人民法院: a preposition glued to the level of the body after it
        if (
            len(word) == 3
            and word[0] in _PREPOSITIONS_NO_NAME_BEGINS
            and _JIEBA_HAN.match(word)
            and known.get(word, 0) == 0
        ):
            return (word[0], word[1:])  # 中国证监会|对康美|药业: a preposition glued to the name after it
        return (word,)

    def _place_and_place_inside(self, word: str) -> tuple[str, str] | None:
        """上海市|浦东新区, 北京|故宫, 洛阳|龙门石窟: a place word of jieba's dictionary
        that is two known places, the second inside the first, as two words (one unknown
        place hid both, and the district's level from what is written after it); not a
        name the gazetteer knows whole."""
        if word in self.gazetteer.by_name:
            return None
        outer, rest = self.gazetteer.leading_place(word)
        inner = self.gazetteer.lookup(rest) if outer is not None else None
        if inner is None or inner.type != "Place" or outer is None:
            return None
        if outer.key not in {ancestor.key for ancestor in self.gazetteer.ancestors(inner.key)}:
            return None
        return word[: len(word) - len(rest)], rest

    def _split_verbs_from_titles(self, words: list[str]) -> Iterator[str]:
        """刘建平|任县|长: the place 任县 before 长 is the verb 任 and the title 县长
        ("became county head"), as jieba reads 任|市长 and 任|区长; after a date or 曾,
        任县|政府 is 任 and 县政府 ("served in the county government")."""
        held = None
        previous = ""
        for word in words:
            if held is not None:
                if word.startswith("长"):
                    yield held[0]
                    yield held[1] + "长"
                    if len(word) > 1:
                        yield word[1:]
                    held = None
                    previous = word
                    continue
                if word in ("政府", "人民政府") and (
                    previous.endswith(("年", "月")) or previous in _BEFORE_TAKING_OFFICE
                ):
                    # 1991年|任|县政府|及县委主要领导: "served in the county government"
                    yield held[0]
                    yield held[1] + word
                    held = None
                    previous = word
                    continue
                yield held
                held = None
            if word in self._verb_level_places:
                held = word
            else:
                yield word
                previous = word
        if held is not None:
            yield held

    def _split_glued_branches(self, words: Iterable[str]) -> Iterator[str]:
        """招商银行|深圳|分|行为|小微企业: after a place or organization jieba cuts the first
        character of a branch (分行, 支行, 分局) from the rest, which it glues to the word
        after it as a word of its own (行为); the branch is put together again and the
        rest of that word left apart (深圳|分行|为)."""
        previous = held = None
        for word in words:
            if held is not None:
                branch, held = held, None
                joined = next(
                    (branch + word[:k] for k in range(len(word) - 1, 0, -1) if branch + word[:k] in _BRANCHES),
                    None,
                )
                if joined is not None:
                    yield joined
                    yield word[len(joined) - len(branch) :]
                    previous = word
                    continue
                yield branch
            if (
                len(word) == 1
                and word in _BRANCH_FIRST_CHARACTERS
                and previous
                and (entry := self.gazetteer.lookup(previous)) is not None
                and entry.type in ("Place", "Organization")
            ):
                held = word
            else:
                yield word
            previous = word
        if held is not None:
            yield held

    def _split_titles_from_bodies(self, words: list[str]) -> list[str]:
        """美国商务部|长雷蒙多: where the gazetteer knows a ministry by name, jieba keeps
        it whole and glues the 长 of the title 部长 to the name after it; the title is
        no mention of the ministry (美国|商务部长|雷蒙多), so the words are cut again
        around it, the country before it kept as a word of its own. Only the words
        before a word that begins with 长 are looked at."""
        known = self.tokenizer.FREQ

        def recut(index: int) -> list[str] | None:
            body, word = words[index], _word_at(words, index + 1)
            if word[:1] != "长":
                return None
            if body == "外":
                # 老挝|外|长沙|伦赛: a country's foreign minister (外长) before the name
                country = self.gazetteer.lookup(words[index - 1]) if index > 0 else None
                if country is None or country.type != "Place":
                    return None
            elif len(body) == 1 and index > 0 and words[index - 1].endswith(body) and body + "长" in _BODY_HEAD_TITLES:
                return [body + "长", word[1:]]  # 江苏省教育厅|厅|长江|涌: the head's title, then 江涌
            elif not self._may_be_headed_body(body):
                return None
            if (
                word == "长"
                or known.get(word, 0) == 0
                # 旅游部|长沙|巴里: a city's name of jieba's made of 长 and the name's
                # first character, before the rest of a foreign name (not 长沙|铁路局)
                or (
                    (place := self.gazetteer.lookup(word)) is not None
                    and place.type == "Place"
                    and index + 2 < len(words)
                    and self._tag(words[index + 2]).startswith(("nr", "ns", "new"))
                    and words[index + 2] not in self.gazetteer.by_name
                )
            ):
                lead = self._leading_place_length(body)
                return [body[:lead], body[lead:] + "长", word[1:]]
            return None

        return _recut_words(
            words, recut, (index - 1 for index, word in enumerate(words) if word[:1] == "长" and index > 0)
        )

    def _may_be_headed_body(self, word: str) -> bool:
        """Whether ``word`` may be a ministry, bureau, department or administration
        whose head's title (部长, 局长) :meth:`_split_titles_from_bodies` cuts from the
        word after it: one the gazetteer knows, or (法国文化部|长|杜邦, 旅游部|长沙|巴里)
        a body's word jieba tags as a noun that the gazetteer does not."""
        if word[-1:] + "长" not in _BODY_HEAD_TITLES:
            return False
        entry = self.gazetteer.lookup(word)
        if entry is not None:
            return entry.type == "Organization" and word in self.gazetteer.by_name
        return len(word) >= 3 and self._tag(word) in ("nt", "n")

    def _split_provinces_from_counts(self, words: list[str]) -> list[str]:
        """浙江、江苏、山|东三省, 广|东三省: jieba's word for the three north-eastern provinces
        (东三省) takes the last character of a province's name before a count of provinces;
        the province and the count are cut again (山东|三省). Not after a whole province's
        name (辽宁、吉林、黑龙江|东三省)."""

        def recut(index: int) -> list[str] | None:
            first, second = words[index], _word_at(words, index + 1)
            if (
                second == "东三省"
                and len(first) == 1
                and (entry := self.gazetteer.lookup(first + "东")) is not None
                and entry.subtype == "Province"
            ):
                return [first + "东", "三省"]
            return None

        return _recut_words(
            words, recut, (index - 1 for index, word in enumerate(words) if word == "东三省" and index > 0)
        )

    def _split_appointees_from_wei(self, words: list[str]) -> list[str]:
        """任命|宋秉文为|最高人民法院|副院长, 王家|骅为|海口市|副市长: the HMM glues 为 (as)
        to the name of someone appointed, whom jieba does not know, before the body or
        title of the office; the name (a common surname and one or two given-name
        characters, perhaps begun in the word before) and 为 are cut again."""
        surnames = self.gazetteer.common_surnames
        known = self.tokenizer.FREQ
        # the words the name may be glued in: ending in 为, of two characters or more, not
        # jieba's (most texts with 为 have none)
        glued = [
            index
            for index, word in enumerate(words)
            if word[-1:] == "为" and len(word) >= 2 and known.get(word, 0) == 0
        ]
        if not glued:
            return words

        def recut(index: int) -> list[str] | None:
            word, following = words[index], _word_at(words, index + 1)
            if len(word) <= 2 and len(following) >= 2 and following[-1] == "为":
                name, glued, office = word + following[:-1], following, _word_at(words, index + 2)
            elif len(word) >= 3 and word[-1] == "为":
                name, glued, office = word[:-1], word, following
            else:
                return None
            if (
                2 <= len(name) <= 3
                and known.get(glued, 0) == 0
                and name[0] in surnames
                and self._is_given_name(name[1:], _RARE_GIVEN_NAME_COUNT)
                and (office in self.gazetteer.by_name or self._is_title(office))
            ):
                return [name, "为"]
            return None

        # the glued word begins the run cut again (宋秉文为) or follows its first word (王家|骅为)
        return _recut_words(
            words, recut, sorted({start for index in glued for start in (index - 1, index) if start >= 0})
        )

    def _split_press_after_papers(self, words: list[str]) -> list[str]:
        """经济日报|社和, 北京青年报|社与团: the HMM glues the 社 of a paper's publishing
        house (报社) to the word after it, so the paper the gazetteer knows stands alone;
        社 is cut off as a word of its own, the suffix of the house's name (经济日报社),
        and the rest cut again (和; 与|团)."""
        known = self.tokenizer.FREQ

        def recut(index: int) -> list[str] | None:
            word, paper = words[index], words[index - 1] if index else ""
            if (
                len(word) >= 2
                and word[0] == "社"
                and known.get(word, 0) == 0
                and paper.endswith("报")
                and (entry := self.gazetteer.lookup(paper)) is not None
                and entry.type == "Organization"
            ):
                return ["社", *self.cut(word[1:])]
            return None

        return _recut_words(words, recut, (index for index, word in enumerate(words) if word[:1] == "社"))

    def _split_countries_from_defence_and_state(self, words: list[str]) -> list[str]:
        """俄国|防部长, 英国|防|大臣, 以色列国|防部长: a country's one character (or its name,
        where jieba read its formal name ending in 国) before 国防 (defence) or 国务
        (state), which jieba read as the country's name in two (俄国, 英国) and the rest;
        the words are cut again as the character and the ministry's or title's word
        (俄|国防部长, 英|国防|大臣). Only where 国 and what follows make a word of jieba's
        dictionary or what follows is 防 alone (not 英国|防务|大臣, Britain's defence
        secretary)."""
        known = self.tokenizer.FREQ

        def recut(index: int) -> list[str] | None:
            word, following = words[index], _word_at(words, index + 1)
            if not (
                word[-1:] == "国"
                and following[:1] in ("防", "务")
                and (following == "防" or known.get("国" + following, 0) > 0)
            ):
                return None
            if len(word) == 2 and word[0] in _COUNTRY_CHARACTERS:
                return [word[0], "国" + following]
            # 以色列国|防部长: a country's formal name ending in 国 (以色列国), which also
            # goes without it, before the minister's title: the country and 国防部长
            entry = self.gazetteer.lookup(word) if len(word) > 2 else None
            if (
                entry is not None
                and entry.type == "Place"
                and (short := self.gazetteer.lookup(word[:-1])) is not None
                and short.key == entry.key
            ):
                return [word[:-1], "国" + following]
            return None

        return _recut_words(
            words, recut, (index for index, word in enumerate(words) if len(word) >= 2 and word[-1] == "国")
        )

    def _split_committees_from_what_follows(self, words: list[str]) -> list[str]:
        """襄樊市|委原|书记: a division's Party committee (市委, 县委) whose 委 the HMM glued
        to the word after it, the division written in full before it; the words are cut
        again as 委 and the rest (襄樊市|委|原|书记), so the committee is named."""
        known = self.tokenizer.FREQ

        def recut(index: int) -> list[str] | None:
            word, before = words[index], words[index - 1] if index > 0 else ""
            if (
                2 <= len(word) <= 3
                and word[0] == "委"
                and word not in known
                and before[-1:] in "省市县区州"
                and (entry := self.gazetteer.lookup(before)) is not None
                and entry.type == "Place"
            ):
                return ["委", word[1:]]
            return None

        return _recut_words(words, recut, (index for index, word in enumerate(words) if word[:1] == "委"))

    def _split_court_requests_from_papers(self, words: list[str]) -> list[str]:
        """中级|人民法院报|请: a court or procuratorate that submits something upwards
        (报请, 报送, 报批), whose name and 报 are a paper's name to jieba (人民法院报,
        检察日报 aside); the words are cut again as the body and the verb
        (人民法院|报请). A paper that reports (人民法院报|报道) keeps its name."""

        def recut(index: int) -> list[str] | None:
            word, following = words[index], _word_at(words, index + 1)
            if (
                word.endswith("院报")
                and following[:1] in _SUBMITTED_UPWARDS
                and (entry := self.gazetteer.lookup(word)) is not None
                and entry.subtype == "MediaOutlet"
            ):
                return [word[:-1], "报" + following[0], following[1:]]
            return None

        return _recut_words(words, recut, (index for index, word in enumerate(words) if word.endswith("院报")))

    def _split_reports_from_names(self, words: list[str]) -> list[str]:
        """记者|李|明报|道, 记者|王|晨报|道: a reporter's name of two characters before 报道
        (reports), whose given name and 报 jieba read as a paper's name (明报, 晨报); the
        words are cut again as the name and 报道 (李明|报道). Only after a one-character
        surname, so a paper that reports (据|明报|报道) keeps its name."""
        surnames = self.gazetteer.common_surnames

        def recut(index: int) -> list[str] | None:
            surname, paper, following = words[index], _word_at(words, index + 1), _word_at(words, index + 2)
            if surname in surnames and len(paper) == 2 and paper[1] == "报" and following[:1] == "道":
                return [surname + paper[0], "报道", following[1:]]
            return None

        return _recut_words(
            words,
            recut,
            (index - 1 for index, word in enumerate(words) if len(word) == 2 and word[1] == "报" and index > 0),
        )

    def _split_prepositions_from_names(self, words: list[str]) -> list[str]:
        """由马时|亨, 由何|鸿|燊: the HMM glued a preposition to the surname after it and
        cut the rest of the name off; the words are cut again as the preposition and the
        whole name (由|马时亨), its last characters joined while they are one character
        each, tagged as parts of names, and the name has fewer than three. Only words
        jieba does not know (not 由此, 对于)."""
        known = self.tokenizer.FREQ
        surnames = self.gazetteer.common_surnames
        glued = [
            index
            for index, word in enumerate(words)
            if word[0] in _PREPOSITIONS_BEFORE_NAMES
            and 2 <= len(word) <= 3
            and word[1] in surnames
            and word not in known
        ]
        if not glued:
            return words  # most texts: looked at once, in one pass
        result: list[str] = []
        done = 0
        for index in glued:
            if index < done:
                continue
            word = words[index]
            name, end = word[1:], index + 1
            while (
                len(name) < 3 and end < len(words) and len(words[end]) == 1 and self._tag(words[end]) in _NAME_END_TAGS
            ):
                name += words[end]
                end += 1
            if len(name) >= 2:
                result += words[done:index]
                result += [word[0], name]
                done = end
        return result + words[done:]

    def _rejoin_delegations(self, words: list[str]) -> list[str]:
        """贸易代表|团, 贸易代表|团团长: jieba's dictionary knows 贸易代表 (a trade
        representative) and cuts a trade delegation (代表团) after 代表; the words are cut
        again so 代表团 is one, the body's suffix (美国总统贸易代表团). Not before a word
        of jieba's that begins with 团 (谈判代表|团队)."""
        known = self.tokenizer.FREQ

        def recut(index: int) -> list[str] | None:
            word, following = words[index], _word_at(words, index + 1)
            if (
                len(word) >= 3
                and word.endswith("代表")
                and following[:1] == "团"
                and (following == "团" or following.startswith("团团") or known.get(following, 0) == 0)
            ):
                return [word[:-2], "代表团", following[1:]]
            return None

        return _recut_words(words, recut, (index for index, word in enumerate(words) if word.endswith("代表")))

    def _split_chiefs_from_bodies(self, words: list[str]) -> list[str]:
        """经济部长|官|李揆成, 统一|院长|官康|仁德: 长官 (chief) is the title of Korea's and
        Japan's ministers and agency heads, written after the body (财政经济部长官); jieba
        reads 部长 or 院长 and glues 官 to the name after it. The words are cut again
        so the body ends at 部 or 院 and 长官 is a word (not 部长|官邸, 院长|官员: jieba's
        words that begin with 官)."""
        known = self.tokenizer.FREQ

        def recut(index: int) -> list[str] | None:
            word, following = words[index], _word_at(words, index + 1)
            if (
                word[-2:] in _CHIEF_BODY_HEADS
                and following[:1] == "官"
                and (following == "官" or known.get(following, 0) == 0)
            ):
                return [word[:-1], "长官", following[1:]]
            return None

        return _recut_words(words, recut, (index for index, word in enumerate(words) if word[-2:] in _CHIEF_BODY_HEADS))

    def extract(self, document: Document) -> list[Mention]:
        """Every mention in ``document``, sorted by position, none overlapping.

        Examples
        --------
        >>> from kg.ingest import make_document
        >>> doc = make_document("d", "海关总署新闻发言人张广志表示。", path="d")
        >>> [(m.text, m.type) for m in Extractor().extract(doc)]
        [('海关总署', 'Organization'), ('张广志', 'Person')]
        """
        view = joined_view(document.text)
        if "  " in view.text or "\u3000" in view.text:
            view = closed_spaced_names(view, self.gazetteer.surnames)
        cues = self._cues.in_text(view.text)
        tokens = self.tokens(view.text, cues)
        candidates = self._candidates(view.text, tokens, cues)
        if document.articles:
            candidates += self._outlets_of_articles(view, document)
        if "消息" in view.text or "讯" in view.text:
            candidates += self._outlets_opening_paragraphs(view.text, document)
        if "来源" in view.text:
            candidates += self._outlets_after_source_field(view.text)
        chosen = _resolve(candidates)
        if "轮" in view.text or "舰" in view.text:
            chosen = _without_ships_names(view.text, chosen)
        if _DRUG_NAME_ENDING.search(view.text) is not None:
            chosen = [c for c in chosen if not (c.type == "Person" and _DRUG_NAME_ENDING.match(view.text, c.end))]
        chosen = [_without_glued_verb(view.text, c) for c in chosen]
        chosen = _places_named_like_people_elsewhere(view.text, chosen)
        if "中心" in view.text:
            chosen = _centres_that_are_venues(view.text, chosen)
        if "《" in view.text:
            chosen = _names_in_titles_of_works(view.text, candidates, chosen)
        if "队" in view.text and "、" in view.text:
            chosen = _teams_in_lists(view.text, chosen)
        if _SPORTS_WORDS.search(view.text) is not None:
            chosen = _places_playing_as_teams(view.text, chosen)
        if "世" in view.text:
            chosen = _regnal_numbers(view.text, chosen)
        chosen = self._joint_bodies_of_countries(view.text, chosen)
        if "—" in view.text or "－" in view.text:
            chosen = self._joint_names_with_a_dash(view.text, chosen)
        if "对口" in view.text:
            chosen = _pairing_aid_bodies(view.text, chosen)
        chosen = self._bodies_with_their_country(view.text, chosen)
        chosen = self._known_bodies_after_places(view.text, chosen)
        if "村" in view.text or "镇" in view.text or "乡" in view.text:
            chosen = _settlements_cut_at_their_left(view.text, tokens, chosen)
        chosen = self._sub_units_before_titles(view.text, tokens, chosen)
        chosen = self._add_short_forms(view, tokens, chosen, document)
        if "央行" in view.text:
            chosen = self._central_banks_named_before(view, chosen, document)
        chosen = self._known_short_forms_of_bodies_named_before(view, chosen, document)
        if any(c.rule == "surname-title" for c in chosen):
            chosen = self._refer_surnames_to_full_names(view, chosen, document)
        mentions = []
        for candidate in chosen:
            start, end = view.original_span(candidate.start, candidate.end)
            key = candidate.key
            if key and key.startswith("="):
                # A short form or alias points at the mention of its full name.
                full_start, full_end = (int(n) for n in key[1:].split(":"))
                key = "@{}:{}".format(*view.original_span(full_start, full_end))
            mentions.append(
                Mention(
                    doc_id=document.id,
                    start=start,
                    end=end,
                    text=document.text[start:end],
                    type=candidate.type,
                    rule=candidate.rule,
                    key=key,
                    subtype=candidate.subtype,
                )
            )
        self._current.index = None  # the text's tables are not kept alive until the next text
        return mentions

    def _central_banks_named_before(
        self, view: TextView, chosen: list[_Candidate], document: Document
    ) -> list[_Candidate]:
        """央行 alone is the central bank the article named last (土耳其中央银行 … 央行在声明
        中表示: Turkey's), the People's Bank of China only where the article named no other;
        after 各国, 多国, 全球 it is every country's and names no bank."""
        text = view.text
        pboc = self.gazetteer.lookup("央行")
        if pboc is None:
            return chosen
        result: list[_Candidate] = []
        last_bank: _Candidate | None = None
        for candidate in chosen:
            surface = text[candidate.start : candidate.end]
            if surface == "央行" and candidate.key == pboc.key:
                if text.endswith(_EVERY_COUNTRY, 0, candidate.start):
                    continue  # 各国央行: central banks in general
                if last_bank is not None and _article_of(document, view.offsets[last_bank.start]) == _article_of(
                    document, view.offsets[candidate.start]
                ):
                    key = last_bank.key or f"={last_bank.start}:{last_bank.end}"
                    candidate = _Candidate(
                        candidate.start, candidate.end, "Organization", "short-form", key, last_bank.subtype
                    )
                result.append(candidate)
                continue
            if (
                candidate.type == "Organization"
                and candidate.key != pboc.key
                and self._is_central_bank(surface, candidate)
            ):
                last_bank = candidate
            elif candidate.key == pboc.key:
                last_bank = None  # 中国人民银行 named again: 央行 after it is China's
            result.append(candidate)
        return result

    def _known_short_forms_of_bodies_named_before(
        self, view: TextView, chosen: list[_Candidate], document: Document
    ) -> list[_Candidate]:
        """A short form the gazetteer gives one body (证监会: China's securities regulator)
        names the other body the article named in full before it, whose name it
        shortens (香港证券及期货事务监察委员会 … 证监会: Hong Kong's; 上海市发展和改革委员会 …
        发改委: Shanghai's)."""
        text = view.text
        # the organizations named so far in the article, by the first character of their
        # names without the leading place (证 of 香港|证券及期货事务监察委员会)
        bodies: dict[str, list[tuple[str, _Candidate]]] = {}
        article: int | None = None
        result: list[_Candidate] = []
        for candidate in chosen:
            if candidate.type != "Organization":
                result.append(candidate)
                continue
            here = _article_of(document, view.offsets[candidate.start])
            if here != article:
                bodies, article = {}, here
            surface = text[candidate.start : candidate.end]
            if (
                candidate.key is not None
                and 2 < len(surface) <= 4
                and (entry := self.gazetteer.entries.get(candidate.key)) is not None
                and surface != entry.label
                and surface in entry.aliases
                # (四川大学华西医院 … 华西甘孜医院 … 华西医院: the short form's own body, named
                # before in the article, is the one it names)
                and not any(body.key == candidate.key for named in bodies.values() for _, body in named)
            ):
                for core, body in reversed(bodies.get(surface[0], ())):
                    if (
                        body.key != candidate.key
                        and _shortens_body(surface, core)
                        # (国家开发银行四川省分行 … 国开行: a unit of the body the short form names)
                        and not text.startswith(entry.label, body.start)
                    ):
                        key = body.key or f"={body.start}:{body.end}"
                        candidate = _Candidate(
                            candidate.start, candidate.end, "Organization", "short-form", key, body.subtype
                        )
                        break
            core = self._without_leading_place(surface)
            bodies.setdefault(core[:1], []).append((core, candidate))
            result.append(candidate)
        return result

    def _is_central_bank(self, surface: str, candidate: _Candidate) -> bool:
        """Whether a body named ``surface`` is a country's central bank: 土耳其中央银行,
        尼日利亚央行, 印度储备银行, or one the gazetteer calls a central bank (日本银行, 日本央行)."""
        if surface.endswith(_CENTRAL_BANK_ENDINGS) and len(surface) > 4:
            return True
        entry = self.gazetteer.entries.get(candidate.key) if candidate.key else None
        return entry is not None and any(alias.endswith("央行") for alias in entry.aliases)

    @staticmethod
    def _refer_surnames_to_full_names(view: TextView, chosen: list[_Candidate], document: Document) -> list[_Candidate]:
        """A bare surname before a title (张主席) is the one person of the article whose
        full name begins with it (张文东 named earlier; 杜氏 after 杜伊森贝赫, 叶氏 after
        鲍里斯·叶利钦), if there is exactly one; else it
        stays a person of that article alone, known by surname and title."""

        def article_of(position: int) -> int | None:
            return _article_of(document, view.offsets[position])

        people: dict[tuple[int | None, str], set[str]] = {}
        first_at: dict[tuple[int | None, str], _Candidate] = {}
        for candidate in chosen:
            # a foreign name is called by its last part (叶利钦 of 鲍里斯·叶利钦: 叶氏)
            name = view.text[candidate.start : candidate.end].rpartition("·")[2]
            if candidate.type == "Person" and candidate.rule != "surname-title" and len(name) >= 2:
                place = (article_of(candidate.start), name[0])
                people.setdefault(place, set()).add(name)
                first_at.setdefault(place, candidate)
        result = []
        for candidate in chosen:
            if candidate.rule == "surname-title":
                place = (article_of(candidate.start), view.text[candidate.start])
                if len(people.get(place, ())) == 1:
                    full = first_at[place]
                    candidate = replace(candidate, key=f"={full.start}:{full.end}")
            result.append(candidate)
        return result

    def _candidates(self, text: str, tokens: list[Token], cues: set[str]) -> list[_Candidate]:
        starts = {t.start for t in tokens}
        ends = {t.end for t in tokens}
        candidates: list[_Candidate] = []
        candidates += self._gazetteer_matches(text, tokens)
        if "县" in text:
            candidates += self._former_counties(text, tokens)
        candidates += self._places_heading_words(tokens)
        candidates += self._gazetteer_tilings(tokens)
        # 山西省|大同|铁路运输|法院: a division named right after its province anchors a body
        candidates += self._districts_after_their_city(tokens)
        typed = _index_by_start(candidates)
        candidates += self._jieba_names(tokens)
        candidates += self._surnames_before_given_names(tokens)
        by_suffix = self._organizations_by_suffix(tokens, typed)
        if "公司" in text:
            by_suffix = [self._company_after_its_location(text, c) for c in by_suffix]
        candidates += by_suffix
        if "中国" in text:
            # 数字中国研究院, 健康中国研究中心: a body named after a national strategy, whose
            # word before 中国 the walk leaves out as it stops at the place
            candidates += [
                replace(c, start=c.start - 2)
                for c in by_suffix
                if text.startswith("中国", c.start) and text[max(0, c.start - 2) : c.start] in _CHINA_STRATEGIES
            ]
        if "政府采购" in text:
            candidates += _procurement_bodies(text, candidates)
        if "）" in text:
            candidates += self._offices_after_a_bracketed_acronym(text, candidates)
        if "香港" in text or "澳门" in text:
            candidates += self._bodies_of_the_sar_named_alone(text, tokens)
        if "中央" in text:
            candidates += [
                _Candidate(m.start(), m.end(), "Organization", "org-suffix", None, "GovernmentOrganization")
                for m in _CENTRAL_TEAM.finditer(text)
            ]
        candidates += self._units_in_one_word(tokens)
        candidates += self._units_of_known_bodies(tokens)
        if "国家" in text:
            candidates += self._national_bodies(tokens)
        if "党" in text:
            candidates += self._political_parties(text, tokens, typed)
        candidates += [self._speaking_namesake_of_a_place(text, c) for c in self._people_by_title(text, tokens)]
        candidates += self._people_opening_speech(text, tokens)
        if "和" in text or "与" in text or "及" in text:
            candidates += self._name_pairs_after_titles(text, tokens)
        body_ends = {c.end for c in candidates if c.type == "Organization" and c.end - c.start >= 3}
        lone_surnames = {tokens[i].start for i in self._positions(tokens, tags=("nr",)) if len(tokens[i].text) == 1}
        candidates += self._surnames_before_titles(text, starts, ends, body_ends, lone_surnames)
        if "老" in text or "小" in text:
            candidates += self._surnames_after_old_and_young(tokens)
        if "氏" in text:
            candidates += self._surnames_before_shi(tokens)
        if cut_titles := self._people_after_cut_titles(text, tokens):
            # 深圳市|长于|幼军: the city is named without the 市 its mayor's title took
            trimmed = {(c.start, c.end + 1) for c in cut_titles if c.type == "Place"}
            candidates = [c for c in candidates if c.type != "Place" or (c.start, c.end) not in trimmed] + cut_titles
        candidates += self._foreign_names_after_titles(text, tokens)
        candidates += self._japanese_names_by_titles(text, tokens)
        if "_CLERGY_AFTER_NAME" in cues:
            candidates += self._clergy_by_their_names(tokens)
        candidates += self._japanese_names_before_verbs(text, tokens)
        candidates += self._latin_names(text, tokens, typed)
        candidates += self._book_titles(text)
        if "关于" in text:
            candidates += _official_titles_on_their_line(text)
        if "出版社" in text:
            candidates += [
                _Candidate(m.start(1), m.end(1), "Organization", "org-suffix", None, "MediaOutlet")
                for m in _PUBLISHED_BY.finditer(text)
            ]
        if "记者" in text:
            candidates += self._bylines(text)
        if "判处" in text:
            candidates += self._people_sentenced(text)
        if "任" in text:
            candidates += self._people_taking_posts(text, tokens)
        # 何维|作|常委会工作报告: where a name glued to 作 begins, no body's name begins
        givers = self._people_giving_reports(tokens) if "作" in text else []
        candidates += givers
        giver_starts = {giver.start for giver in givers}
        if "八一" in text:
            # 八一队, 八一男篮, 八一火箭队: the army's teams, whose name is a date to jieba
            candidates += [
                _Candidate(m.start(), m.end(), "Organization", "org-suffix", subtype="Organization")
                for m in _ARMY_TEAM.finditer(text)
            ]
        if "号" in text and any(series in text for series in _SPACECRAFT_SERIES):
            candidates += self._numbered_spacecraft(text)
        if "GB" in text or "/T" in text or "ISO" in text or "IEC" in text or "ITU-T" in text:
            candidates += [
                _Candidate(m.start(), m.end(), "Document", "standard-number", subtype="Standard")
                for m in _STANDARD_NUMBER.finditer(text)
            ]
        if "公司" in text:
            candidates += self._companies_with_a_place_in_parentheses(text, tokens, typed)
        if "（" in text or "(" in text:
            candidates += self._companies_by_stock_code(text, tokens)
        if ("、" in text or "与" in text or "及" in text) and any(
            kind in text for kind in ("部", "局", "署", "办公室")
        ):
            candidates += self._ministries_of_listed_fields(text, typed)
        if "与" in text:
            candidates += self._bodies_of_two_fields(tokens, typed)
        candidates += [
            _Candidate(m.start(1), m.end(1), "Organization", "quoted-body", subtype="Organization")
            for m in _QUOTED_BODY.finditer(text)
        ]
        if "”" in text:
            candidates += [
                _Candidate(
                    m.start(1),
                    m.end(1),
                    "Organization",
                    "quoted-body",
                    subtype="ResearchOrganization" if m["kind"] else "Organization",
                )
                for m in _QUOTED_BODY_SET_UP.finditer(text)
            ]
        if "”" in text or "』" in text or "」" in text:
            candidates += self._quoted_names_before_kinds(text, tokens)
            candidates += self._quoted_bodies_with_a_head(text)
        candidates += self._place_abbreviations(tokens)
        if compounds := self._places_by_their_characters(tokens):
            # 青藏|高原, 京津冀: each place's character is a mention, as in 中美 or 京津
            candidates = [c for c in candidates if not any(t.start <= c.start and c.end <= t.end for t, _ in compounds)]
            candidates += [
                _Candidate(t.start + i, t.start + i + 1, "Place", "place-abbreviation")
                for t, places in compounds
                for i in range(places)
            ]
        if parts := self._parts_of_provinces(tokens):
            # 皖南|丘陵, 豫东: the province's character is the mention, not the part
            part_spans = {(c.start, c.start + 2) for c in parts}
            candidates = [c for c in candidates if (c.start, c.end) not in part_spans] + parts
        countries = self._countries_named_in_full(tokens)
        if "方" in text and (sides := self._sides_of_named_countries(tokens, countries)):
            # 莫方|愿意: the country's side, not a person named 莫方
            side_starts = {side.start for side in sides}
            candidates = [c for c in candidates if c.type != "Person" or c.start not in side_starts] + sides
        if "驻" in text:
            candidates += self._countries_of_missions(text)
        candidates += self._visited_places(text)
        candidates += self._lone_place_abbreviations(tokens, countries)
        if _UNNAMED in text:
            candidates = self._without_surnames_of_the_unnamed(text, candidates)
        # 巴中|关系: two countries' characters before their ties, though also a city's name
        pairs = self._pairs_named_like_divisions(tokens)
        candidates += pairs
        paired = {(pair.start, pair.end + 1) for pair in pairs[::2]}
        if "在" in text or "_VERBS_OF_VISITING" in cues:
            candidates += self._provinces_visited(tokens)
        candidates += self._counties_visited(tokens)
        if "中" in text or "小" in text:
            candidates += self._numbered_schools(tokens)
        if _PEOPLE_OF_A_PLACE_WORD.search(text):
            candidates += self._places_of_their_people(tokens)
        if "杯" in text or "奥" in text:
            candidates += self._names_in_cups_and_games(tokens)
        if "马" in text:
            candidates += self._founders_of_marxism(tokens)
        if "委会" in text:
            candidates += _committees_of_events(tokens)
        if "国家" in text:
            candidates += _national_teams(tokens)
        if "_SERVICES_WITH_THEIR_PEOPLE" in cues:
            candidates += self._services_glued_to_their_people(tokens)
        if "集团" in text or "公司" in text:
            candidates += self._companies_before_their_heads(tokens)
        if "_TEAM_ROLES" in cues:
            candidates += self._teams_before_their_people(tokens)
        if "_ARTS_OF_A_PLACE" in cues or "_PLACES_INSIDE_WORDS" in cues:
            candidates += self._places_of_their_arts(tokens)
        if "路" in text or "高" in text:
            candidates += [
                _Candidate(m.start(), m.end(), "Place", "place-context")
                for m in _LINE_BETWEEN_PLACES.finditer(text)
                if m.start() in starts
            ]
        if "、" in text:
            candidates += self._place_abbreviation_lists(tokens)
        candidates += [
            _Candidate(m.start(), m.end(), "Organization", "party-congress", subtype="PoliticalOrganization")
            for m in _PARTY_CONGRESS.finditer(text)
            if m.start() in starts and m.end() in ends
        ]
        if "大" in text:
            candidates += self._congresses_of_parties(text, candidates, ends)
        if "届" in text:
            place_ends = {c.end: c for c in candidates if c.type == "Place" and (c.key or "").startswith("cn-")}
            for match in LOCAL_BODY_IN_TERM.finditer(text):
                place = place_ends.get(match.start())
                if place is not None and match.end() in ends:
                    # 江西省九届人大常委会: the province's congress in its term, not the nation's
                    candidates.append(
                        _Candidate(
                            place.start, match.end(), "Organization", "org-suffix", None, "GovernmentOrganization"
                        )
                    )
            for match in _BODY_IN_TERM.finditer(text):
                if match.end() in ends:
                    # 十届全国人大, 首届立法会: the known body in one of its terms is that body
                    body = self.gazetteer.lookup(match.group(1))
                    key, subtype = (body.key, body.subtype) if body is not None else (None, "GovernmentOrganization")
                    candidates.append(
                        _Candidate(match.start(), match.end(), "Organization", "org-suffix", key, subtype)
                    )
        if "委员会" in text:
            candidates += self._formal_committees(text, starts, ends)
        if "国集团" in text:
            candidates += [
                _Candidate(m.start(), m.end(), "Organization", "org-suffix", subtype="Organization")
                for m in _GROUP_OF_COUNTRIES.finditer(text)
                if m.end() in ends
            ]
        candidates += self._bodies_in_titles(tokens)
        candidates += self._abbreviated_bodies(tokens, typed)
        if "队" in text:
            candidates += self._teams_glued_to_next_word(tokens)
        candidates += self._sub_units(text, tokens, candidates)
        if "（" in text or "(" in text:
            candidates += self._campuses_in_brackets(text, candidates)
            candidates += self._companies_arms_in_brackets(text, candidates)
        if "companies_by_context" in cues:
            candidates += self._companies_by_context(tokens, candidates)
        if "公司" in text:
            candidates += self._companies_with_their_first_characters(text, tokens, candidates)
        candidates += self._alias_definitions(text, candidates)
        if "国网" in text:
            candidates += self._provincial_grid_companies(text, starts)
        if _NUMBERED_INSTITUTE_IN_TEXT.search(text) is not None:
            candidates += self._numbered_units_of_known_bodies(text, tokens)
        if "_INTERPUNCTS" in cues:
            # 阿曼|达·戈尔曼: the known places that begin a name, which both rules below need
            glued_places = _places_beginning_names(tokens)
            candidates += self._interpunct_names(text, tokens, candidates, ends, glued_places)
            candidates += self._interpunct_joins(text, tokens, candidates)
            candidates += self._turkic_names(text, tokens, glued_places)
            candidates += self._names_after_an_initial(text, tokens, starts, ends)
        elif any(text[c.end : c.end + 1] in _NAME_HYPHENS for c in candidates if c.type == "Person"):
            candidates += self._interpunct_joins(text, tokens, candidates)
        candidates += self._married_names(tokens, candidates)
        candidates += self._transliterated_names(tokens)
        candidates += self._foreign_names_with_a_syllable_cut_off(text, tokens, candidates)
        if "_BRAND_NAME_ENDINGS" in cues:
            candidates += self._names_ending_like_brands(tokens)
        candidates += self._names_of_parts(text, tokens, ends)
        candidates += self._names_of_one_part(text, tokens)
        candidates += self._foreign_names_starting_with_places(tokens)
        candidates += self._towns_after_their_state(tokens)
        candidates += self._towns_by_where_they_lie(tokens)
        candidates += self._foreign_places_by_what_happens_there(tokens)
        if "寺" in text:
            candidates += self._temples(tokens)
        candidates += self._places_by_context(tokens)
        if "海湾" in text:
            candidates += self._the_gulf(tokens)
        if "_RIVER_PARTS" in cues:
            candidates += self._rivers(tokens)
        if "江口" in text or "河口" in text:
            candidates += self._river_mouths(tokens)
        if _WATER_AFTER_ITS_NAME.search(text) is not None:
            candidates += self._waters_by_their_courses(text, tokens)
        if "线" in text:
            candidates += self._railway_lines(text, tokens)
            if "号线" in text:
                candidates += self._metro_lines(text, candidates)
        if "_BATTLES_AND_RISINGS" in cues or "_SITES" in cues:
            candidates += self._places_of_battles(tokens)
        candidates += self._compass_parts_of_foreign_places(tokens)
        if "_PARK_KINDS" in cues:
            candidates += self._parks_and_science_cities(tokens)
        if "路" in text or "街" in text or "大道" in text or "胡同" in text or "巷" in text:
            candidates += self._roads_named_after_places(tokens)
            candidates += self._named_roads(tokens)
        if "_ESTATE_WORDS" in cues:
            candidates += self._housing_estates(tokens)
        if "_COMPANY_TITLES" in cues:
            candidates += self._companies_before_founders(tokens, typed)
        if "_FINANCIAL_TRADES" in cues:
            candidates += self._financial_firms(tokens)
        if "_state_group_short_forms" in cues:
            candidates += self._units_of_state_groups(tokens)
        if "_OPERATOR_BRANDS" in cues:
            candidates += self._operator_branches(tokens)
        candidates += self._units_glued_to_their_body(tokens)
        if "_ROUTE_KINDS" in cues:
            candidates += self._route_ends(text, tokens)
        if "至" in text or "从" in text:
            candidates += self._short_forms_between_places(tokens)
        if "_FOREIGN_LEVELS_AFTER_CITY" in cues:
            candidates += self._foreign_places_with_level(tokens)
        if any(level in text for level in "州省区郡市镇邦府堡") or "共和国" in text:
            candidates += self._foreign_divisions(text, tokens)
        if "部" in text and ("和" in text or "、" in text):
            candidates += self._foreign_ministries(tokens, typed)
        if "省" in text and ("日本" in text or "朝鲜" in text):
            candidates += self._ministries_called_sheng(tokens)
        if "MINISTRIES_OF_EVERY_COUNTRY" in cues:
            candidates += self._ministries_of_abbreviated_countries(tokens)
        candidates += self._zones(text, candidates)
        if "区" in text:
            candidates += self._zones_named_after_places(text, tokens, candidates)
        if "区" in text:
            candidates += _zones_read_as_names(tokens, candidates)
        if "机场" in text or "港" in text or "国家公园" in text or "自然保护区" in text:
            candidates += self._facilities(tokens, candidates)
        if "_INFRASTRUCTURE_KINDS" in cues:
            candidates += self._infrastructure(tokens, candidates)
        if "_VENUE_KINDS_IN_TEXT" in cues:
            candidates += self._venues(tokens, candidates)
        if "_MARKETS" in cues:
            candidates += self._markets(tokens)
        if "两岸" in text:
            candidates += self._both_sides_of_the_strait(tokens)
        if "大陆" in text:
            candidates += self._the_mainland(text, tokens)
        if "中院" in text:
            candidates += _numbered_courts(text, candidates)
        candidates += _branches_of_bodies(text, candidates)
        candidates += _numbered_units_of_bodies(text, candidates)
        if "军" in text or _MILITARY_UNIT_LETTER.search(text):
            candidates += _army_units(text, candidates)
        candidates += self._places_after_their_country(tokens)
        candidates += self._places_read_as_names_after_places(tokens)
        if "医院" in text:
            candidates += self._hospitals_by_their_own_name(tokens)
        if "街道" in text:
            candidates += self._subdistricts(text, tokens, typed)
        candidates += self._local_bodies(text, tokens, typed)
        if "乡" in text or "镇" in text or "村" in text or "苏木" in text or "嘎查" in text:
            candidates += self._settlements_below_places(text, candidates)
            if "族" in text:
                candidates += self._ethnic_townships(text, tokens)
            candidates += self._settlements_cut_inside(tokens)
            candidates += self._settlements_visited(text, tokens)
            candidates += self._settlements_by_their_offices(tokens)
            candidates += _bodies_of_settlements(text, candidates)
        if "村" in text or "社区" in text:
            candidates += self._villages_by_their_people(text, tokens)
        if _LOCAL_BODY_END.search(text) is not None:
            candidates += _bodies_after_settlements(text, candidates)
        if "、" in text:
            candidates += self._names_listed_together(tokens)
        candidates += self._people_in_lists(text, tokens, candidates)
        if "／" in text or "/" in text:
            candidates += self._doubles_partners(text, tokens, candidates)
        if "日电" in text or "日讯" in text:
            candidates += self._dateline_places(text, tokens, candidates)
        if "、" in text:
            candidates += self._counted_divisions(tokens)
            # 通渭、会宁、西吉一带: a place found in a list vouches for the items next to it
            for _ in range(3):
                found = {(c.start, c.end) for c in candidates if c.type == "Place"}
                more = [c for c in self._places_in_lists(text, tokens, candidates) if (c.start, c.end) not in found]
                if not more:
                    break
                candidates += more
            if "乡" in text or "镇" in text or "村" in text or "社区" in text or "街道" in text:
                candidates += self._settlements_listed_together(text, tokens, candidates)
            if "乡" in text or "镇" in text or "村" in text:
                candidates += self._settlements_listed_after_settlements(text, tokens, candidates)
            if "等" in text or _COUNT_OF_LEADERS.search(text) is not None:
                candidates += self._companies_in_lists(tokens, candidates)
            candidates += self._units_listed_after_units(text, tokens, candidates)
            candidates += self._regional_offices_listed(text, candidates)
            if "委" in text:
                candidates += _departments_of_a_committee_members_title(text, candidates)
            candidates += self._departments_listed_after_a_placed_body(text, tokens, candidates)
        if "）" in text or ")" in text:
            candidates += self._units_after_aliases(text, candidates)
            if "等" in text and "_SITE_KINDS" in cues:
                candidates += self._sites_in_lists(text, tokens)
        if "，" in text or "是" in text:
            candidates += self._people_in_apposition(text, tokens, candidates)
        if _EVENT_HEAD.search(text) is not None or any(c.type == "Event" for c in candidates):
            candidates = _events_without_places(candidates + self._events(text, tokens, candidates))
        candidates = [self._river_without_its_course(text, c) for c in candidates]
        if "山区" in text or "湖区" in text:
            candidates = [self._place_without_its_area(text, c) for c in candidates]
        if "市区" in text:
            candidates = self._cities_before_their_urban_area(text, tokens, candidates)
        candidates = _names_before_kinds_of_place(tokens, candidates)
        if "贸" in text:
            candidates = _without_trade_agreements(text, candidates)
        if "工程" in text:
            candidates = _without_names_of_projects(tokens, candidates)
        if "大学生" in text:
            candidates = self._places_of_college_students(text, candidates)
        # 这座|电厂, 该|公司: which body, not its name
        candidates = [
            c
            for c in candidates
            if not (c.rule == "org-suffix" and text[c.start] in _DEMONSTRATIVES_OF_BODIES)
            # 各|中师学校: every body of the kind, no one body's name
            and not (c.rule == "org-suffix" and c.key is None and c.start > 0 and text[c.start - 1] == "各")
        ]
        if "在华" in text or "来华" in text or "访华" in text or "驻华" in text:
            # 在|华营收, 在|华电|动化: 华 after 在 (来, 访, 驻) is China, no name's first
            # character, unless a name jieba kept whole begins there (在|华为|工作)
            made_up = {t.start for t in tokens if t.tag == "new"}
            word_starts = {t.start for t in tokens}
            candidates = [
                c
                for c in candidates
                if not (
                    c.start > 0
                    and c.end - c.start >= 2
                    and text[c.start] == "华"
                    and text[c.start - 1] in "在来访驻"
                    and c.type in ("Person", "Organization")
                    # (在|华中科技大学: a word of jieba's dictionary begins there)
                    and (c.start in made_up or c.start not in word_starts or c.end in made_up)
                )
            ]
        if "_COURTESY_TITLES" in cues:
            candidates = [_without_courtesy_title(text, c) for c in candidates]
        if "堡" in text:
            candidates = [_burg_read_as_name(text, c) for c in candidates]
        if "作" in text:
            candidates = [_without_delivering(text, c) for c in candidates]
        slogans = {tokens[i + 1].start for i in self._positions(tokens, words=_SLOGAN_WORDS) if i + 1 < len(tokens)}
        # 微博|董事长: a platform before a company's title names the company, not the technology
        run_by_companies = {(c.start, c.end) for c in candidates if c.rule == "org-before-title"}
        # 南京航空航天大学（南航）: a short form defined in parentheses names the body before it
        defined = {(c.start, c.end) for c in candidates if c.rule == "alias-definition"}
        return [
            c
            for c in candidates
            if not (c.type == "Place" and c.start in slogans)
            and not (c.type == "Technology" and (c.start, c.end) in run_by_companies)
            and not (c.rule != "alias-definition" and (c.start, c.end) in defined)
            and not (c.start in giver_starts and (c.type == "Organization" or text[c.end - 1] == "作"))
            and not (c.type == "Place" and (c.start, c.end) in paired)
            # 议会|第三大党: a party by its rank, no name
            and not (c.type == "Organization" and _RANKED_PARTY.fullmatch(text, c.start, c.end) is not None)
            # 电信网络|诈骗: a technology that names a kind of crime is no technology mention
            and not (c.type == "Technology" and text.startswith(_CRIMES, c.end))
            # 原某国有银行, 某市某局, 某|大型国有企业集团公司: a body left unnamed ("a
            # certain") is no mention
            and not (c.type == "Organization" and _UNNAMED in text[max(c.start - 1, 0) : c.end])
            # 各市、县人民政府, 各设区市人民政府: every such body a notice is sent to, none
            and not (
                c.type == "Organization" and _EVERY_BODY_OF_A_LEVEL.search(text, max(0, c.start - 12), c.start + 1)
            )
            # 20日本市, 20日中美: the 日 of a date, not Japan (日本, 日 of 日中美)
            and not (
                c.type in ("Place", "Organization")
                and text.startswith("日", c.start)
                and c.start > 0
                and text[c.start - 1] in _DAY_NUMERALS
            )
            # 县级以上地方人民政府, 设区的市级以上人民政府: every government of those levels
            and not (
                c.type == "Organization"
                and (text.startswith(_AND_ABOVE, c.start) or text.endswith(_AND_ABOVE, max(0, c.start - 2), c.start))
            )
            # 韩方, 马方: "the Korean side", no person (the country is, see _place_abbreviations)
            and not (
                c.type == "Person"
                and c.end - c.start == 2
                and text[c.start + 1] == "方"
                and text[c.start] in _PLACE_ABBREVIATIONS
            )
            # 在|信中|说, 在内部|信中称: "in the letter", a place in a text, no name
            and not (
                c.type == "Person"
                and c.end - c.start == 2
                and text[c.start + 1] in "中上里内"
                and _IN_A_PLACE_BEFORE.search(text, max(0, c.start - 4), c.start) is not None
            )
            # 飓风“卡特里娜”, 台风“玛莉亚”: a storm's name in quotes, no person
            and not (c.type == "Person" and _names_a_storm(text, c.start))
            # （鲁政任〔2025〕12号）: the issuer's code of a document's number, no person
            and not (c.type == "Person" and _DOCUMENT_NUMBER_AFTER.match(text, c.end) is not None)
            # “祖冲之号”原型机, 谷神星一号运载火箭, 郑和号: a craft named after someone
            and not (c.type == "Person" and _CRAFT_NUMBER.match(text, c.end) is not None)
            # 阿帕替|尼, 索托克拉, 利妥昔单抗: a drug's name (…替尼 -tinib, …克拉 -clax), no person
            and not (
                c.type == "Person"
                and (
                    text.endswith(_DRUG_NAME_ENDINGS, c.start, c.end)
                    or text.endswith(_DRUG_NAME_ENDINGS, c.start, c.end + 1)
                )
            )
            # 主席|林先生: the surname alone is the mention (see _surnames_before_titles)
            and not (c.type == "Person" and self._is_surname_and_title(text[c.start : c.end]))
            # 新建|寄宿制|学校|15所: a kind of school or hospital, counted, names none
            and not (c.type == "Organization" and _INSTITUTIONS_COUNTED.match(text, c.end) is not None)
            # 阿尔茨海默|病, 埃博拉|病毒: a disease or virus named after a person or river
            and not (
                c.type == "Person"
                and text.startswith(_DISEASE_WORDS, c.end)
                and not text.startswith(_FALLING_ILL, c.end)  # 史密斯|病逝: the person fell ill
                and all(ch in TRANSLITERATION for ch in text[c.start : c.end])
            )
        ]

    def _river_without_its_course(self, text: str, candidate: _Candidate) -> _Candidate:
        """长江|流域, 长江|中下游, 淮河|流域: a place that ends in a word for a river's basin
        or reaches is the river, as People's Daily annotates it (the basin is where the
        river is; the gazetteer's 长江流域 names the river too)."""
        if candidate.type != "Place" or not text.endswith(_RIVER_COURSE, candidate.start, candidate.end):
            return candidate
        course = next(word for word in _RIVER_COURSE if text.endswith(word, candidate.start, candidate.end))
        river = self.gazetteer.lookup(text[candidate.start : candidate.end - len(course)])
        if river is None or river.type != "Place":
            return candidate
        return self._entry_candidate(candidate.start, candidate.end - len(course), river, candidate.rule)

    def _cities_before_their_urban_area(
        self, text: str, tokens: list[Token], candidates: list[_Candidate]
    ) -> list[_Candidate]:
        """武汉市|区, 济南市|区: a city before its urban area (市区), whose 市 jieba joined to
        the city's name, is tagged without it, as People's Daily tags 斯德哥尔摩 of
        斯德哥尔摩市区; the city is the same."""
        lone_areas = {tokens[index].start for index in self._positions(tokens, words=("区",))}
        result = []
        for candidate in candidates:
            if (
                candidate.type == "Place"
                and candidate.end in lone_areas
                and candidate.end - candidate.start >= 3
                and text[candidate.end - 1] == "市"
                and candidate.key is not None
                and (short := self.gazetteer.lookup(text[candidate.start : candidate.end - 1])) is not None
                and short.key == candidate.key
            ):
                candidate = replace(candidate, end=candidate.end - 1)
            result.append(candidate)
        return result

    def _place_without_its_area(self, text: str, candidate: _Candidate) -> _Candidate:
        """沂蒙山区, 太行山区, 洞庭湖区: the area of a mountain or lake, one word to jieba (or
        an alias of the gazetteer's: 大别山区), is tagged as the mountain or lake, as People's
        Daily tags 沂蒙山 in 沂蒙山区; a district so named stays whole (东山区, 南山区)."""
        if (
            candidate.type != "Place"
            or candidate.end - candidate.start < 4
            or not text.endswith(("山区", "湖区"), candidate.start, candidate.end)
        ):
            return candidate
        entry = self.gazetteer.lookup(text[candidate.start : candidate.end])
        if entry is not None and entry.subtype != "Region":
            return candidate  # 东山区, 铁山区: a district of a city
        inner = self.gazetteer.lookup(text[candidate.start : candidate.end - 1])
        if inner is not None and inner.type == "Place":
            return self._entry_candidate(candidate.start, candidate.end - 1, inner, candidate.rule)
        return _Candidate(candidate.start, candidate.end - 1, "Place", candidate.rule)

    def _places_read_as_names_after_places(self, tokens: list[Token]) -> list[_Candidate]:
        """郑州市|郑东新|区, 景德镇市|陶溪川|由: a word jieba reads as a person's name,
        right after a place, is a place below it when a kind of division follows it (区,
        镇) or it ends like a river, hill or ward (川, 江, 坊) and no title or speech verb
        is near; People's Daily writes a person right after a place seldom (济南|沈洪嘉).
        Only the words read as names or unknown to jieba are visited."""
        result = []
        for index in self._positions(tokens, tags=("nr", "new")):
            if not 1 <= index < len(tokens) - 1:
                continue
            token, before, following = tokens[index], tokens[index - 1], tokens[index + 1]
            word = token.text
            if (
                token.tag not in ("nr", "new")
                or not 2 <= len(word) <= 4
                or not _ALL_CJK.match(word)
                or word in self.gazetteer.by_name
                or before.tag != "gaz"
                or self._gazetteer_type(before) != "Place"
                or following.text in _SPEECH_VERBS
                or self._is_title(following.text)
            ):
                continue
            if following.text in _DIVISION_AFTER_NAME:
                result.append(_Candidate(token.start, following.end, "Place", "place-context"))
            elif word[-1] in _WATER_OR_WARD_ENDINGS and len(word) >= 3 and following.tag[:1] in ("v", "p", "x"):
                result.append(_Candidate(token.start, token.end, "Place", "place-context"))
        return result

    def _places_after_their_country(self, tokens: list[Token]) -> list[_Candidate]:
        """土耳其|阿达纳, 秘鲁|钱凯港, 埃塞俄比亚|阿瓦萨|工业园: a name the gazetteer does not
        know, right after a country, is a place of that country (not a person read from
        its characters) when a word for a kind of place ends it or follows it (港, 省,
        工业园), or when the country itself comes after a word of going or being there
        (抵达|土耳其|阿达纳) and the name ends the clause. The same holds after a state,
        province or city abroad (得克萨斯州|尤瓦尔迪), where after 在 a verb may follow
        (在|宾夕法尼亚州|巴特勒|遇袭). A name after a country with a verb after it stays a
        person (法国|马克龙|表示). Only the gazetteer's names are visited."""
        result = []
        for index in self._positions(tokens, tags=("gaz",)):
            if index + 1 == len(tokens):
                break
            country = tokens[index]
            if country.tag != "gaz" or self._gazetteer_type(country) != "Place":
                continue
            entry = self.gazetteer.lookup(country.text)
            if entry is None or not (
                entry.subtype == "Country"
                # 得克萨斯州|尤瓦尔迪: a state or province abroad, or a city there
                or (entry.subtype in ("Province", "City") and not entry.key.startswith(_CHINESE_DIVISION_PREFIX))
            ):
                continue
            last = index + 1  # 基|苏木|港: the name may be cut into words and syllables
            while (
                last < min(index + 4, len(tokens))
                and tokens[last].text not in _KINDS_OF_PLACE_AFTER_NAME
                and (
                    tokens[last].tag in ("nr", "nrt", "nrfg", "new", "ns", "nz")
                    or (
                        len(tokens[last].text) == 1
                        and tokens[last].text in TRANSLITERATION
                        and (
                            tokens[last].tag[:1] not in _FUNCTION_TAGS | {"v", "m", "q", "d"}
                            # 得克萨斯州|尤|瓦尔迪: an adverb's character that begins the name
                            or (
                                tokens[last].tag == "d"
                                and last + 1 < len(tokens)
                                and tokens[last + 1].tag in ("nr", "nrt", "new")
                            )
                        )
                    )
                )
            ):
                last += 1
                if len(tokens[last - 1].text) >= 2 and tokens[last - 1].text[-1] in _PORT_OR_PROVINCE_ENDINGS:
                    break  # 钱凯港|开港: the name ends with its kind
            if last == index + 1:
                continue
            start, stop = tokens[index + 1].start, tokens[last - 1].end
            word = "".join(t.text for t in tokens[index + 1 : last])
            if (
                not 2 <= len(word) <= 6
                or not _ALL_CJK.match(word)
                or word in self.gazetteer.by_name
                or word[0] in _NAME_STOPPERS  # 日本|对本|地区: a preposition glued on
                or word[0] in "获遭受"  # 在美国|获批|的: a passive verb, what happened there
                or self._is_ordinary_word(word)
            ):
                continue
            following = tokens[last] if last < len(tokens) else None
            if word[-1] in _PORT_OR_PROVINCE_ENDINGS and len(word) >= 3:
                result.append(_Candidate(start, stop, "Place", "place-context"))
            elif following is not None and following.text in _KINDS_OF_PLACE_AFTER_NAME:
                end = following.end if following.text in _KINDS_OF_PLACE_IN_NAME else stop
                result.append(_Candidate(start, end, "Place", "place-context"))
            elif (
                index > 0
                and (tokens[index - 1].text in _GOING_TO or tokens[index - 1].text in _BEING_AT)
                and (
                    # 在|马赛|出剑: after a city, only 的 ends a place's name (位于|巴黎|凡尔赛门|的)
                    (entry.subtype != "City" and (following is None or following.tag == "x"))
                    or (following is not None and following.text in ("的", "等地"))
                    # 在|宾夕法尼亚州|巴特勒|遇袭: where something happened in a state; 在|匈牙利|
                    # 德布勒森|建设: in a country, a foreign name of a town
                    or (
                        entry.subtype in ("Province", "Country")
                        and tokens[index - 1].text == "在"
                        and following is not None
                        and following.tag[:1] == "v"
                        and (entry.subtype == "Province" or self._looks_transliterated(word))
                    )
                )
            ):
                result.append(_Candidate(start, stop, "Place", "place-context"))
        return result

    def _both_sides_of_the_strait(self, tokens: list[Token]) -> list[_Candidate]:
        """发展两岸经济, 两岸同胞, 台湾海峡|两岸: 两岸 alone, where no river or strait is
        named before it (长江|两岸 are the river's banks), is the two sides of the Taiwan
        Strait, a place as People's Daily has it; after 台湾海峡 it takes the strait in.
        Only the words 两岸 and 两岸关系 are visited."""
        entry = self.gazetteer.lookup("海峡两岸")
        if entry is None:
            return []
        result = []
        for index in self._positions(tokens, words=("两岸", "两岸关系")):
            token = tokens[index]
            if token.text == "两岸关系":
                # 两岸关系 (cross-strait relations), one word of jieba's: the two sides
                result.append(self._entry_candidate(token.start, token.start + 2, entry, "place-context"))
                continue
            if token.text != "两岸":
                continue
            before = tokens[index - 1] if index > 0 else None
            if before is not None and before.text in ("台湾海峡", "海峡"):
                result.append(self._entry_candidate(before.start, token.end, entry, "place-context"))
            elif before is None or (before.tag[:1] not in ("n", "s", "f", "g") and before.tag != "gaz"):
                result.append(self._entry_candidate(token.start, token.end, entry, "place-context"))
        return result

    def _the_mainland(self, text: str, tokens: list[Token]) -> list[_Candidate]:
        """台商到大陆投资, 祖国大陆, 大陆地区: 大陆 alone is China's mainland, a place as People's
        Daily has it, after 祖国 or where the text speaks of Taiwan, Hong Kong or Macao; not
        a continent (欧洲|大陆, 南美大陆) nor a word of geology or climate (大陆架, 大陆|海岸线).
        Only the words 大陆 and 祖国大陆 are visited."""
        entry = self.gazetteer.lookup("中国大陆")
        if entry is None:
            return []
        cross_strait = any(word in text for word in _CROSS_STRAIT_WORDS)
        result = []
        for index in self._positions(tokens, words=("大陆", "祖国大陆")):
            token = tokens[index]
            if token.text == "祖国大陆":
                result.append(self._entry_candidate(token.start + 2, token.end, entry, "place-context"))
                continue
            if token.text != "大陆" or not cross_strait:
                continue
            before = tokens[index - 1] if index > 0 else None
            after = tokens[index + 1] if index + 1 < len(tokens) else None
            if before is not None and (before.tag in ("gaz", "ns") or before.text.endswith(_CONTINENT_ENDINGS)):
                continue
            if after is not None and after.text.startswith(_NOT_AFTER_THE_MAINLAND):
                continue
            result.append(self._entry_candidate(token.start, token.end, entry, "place-context"))
        return result

    @staticmethod
    def _quoted_names_before_kinds(text: str, tokens: list[Token]) -> list[_Candidate]:
        """“红双喜”公司, “艺术咖啡”酒吧, 『花儿』队: a short name in quotation marks right
        before the kind of body it names, with the place or body right before it that it
        belongs to (韩国“小天使”艺术团); not a slogan or a verb in them (“走出去”公司,
        companies that go abroad)."""
        result = []
        for match in _QUOTED_NAME_AND_KIND.finditer(text):
            inside = [t for t in tokens if match.start() < t.start and t.end < match.end() and t.tag != "x"]
            if any(t.tag[:1] in ("v", "d", "a", "i", "l") for t in inside):
                continue
            start = match.start()
            before = next((t for t in tokens if t.end == start), None)
            if before is not None and before.tag in ("gaz", "nt"):
                start = before.start
            result.append(_Candidate(start, match.end(), "Organization", "quoted-body", subtype="Organization"))
        return result

    def _companies_with_a_place_in_parentheses(
        self, text: str, tokens: list[Token], typed: dict[int, list[_Candidate]]
    ) -> list[_Candidate]:
        """微软（中国）有限公司, 腾讯云计算（北京）有限责任公司, 上海国际港务（集团）股份有限公司:
        a company's name, a known place (or 集团, 控股) in parentheses and its legal form
        make one name. The name is the words
        right before the parenthesis that may stand inside an organization's name."""
        index_by_end: dict[int, int] | None = None  # where the words end, found once if needed
        result = []
        for match in _PARENTHESIZED_PLACE.finditer(text):
            place = match.span(1)
            if match.group(1) not in _PARENTHESIZED_FORMS and not any(
                c.end == place[1] and c.type == "Place" for c in typed.get(place[0], ())
            ):
                continue
            if index_by_end is None:
                index_by_end = {t.end: i for i, t in enumerate(tokens)}
            index = index_by_end.get(match.start())
            first = None
            while index is not None and index >= 0 and match.start() - tokens[index].start <= 12:
                token = tokens[index]
                # 腾讯云|计算: a verb may stand inside a company's name, unless it begins a clause
                verb = token.tag == "v" and token.text not in _CLAUSE_VERBS and token.text not in _SPEECH_VERBS
                if (
                    (token.tag not in _ORG_INNER_TAGS and not verb)
                    or token.text in _CLAUSE_VERBS  # 依法|约谈|行吟…（上海）有限公司: the clause's verb
                    or token.text in self.gazetteer.titles
                    or token.text in _PEOPLE_WORDS  # 赔偿原告|腾讯科技（深圳）有限公司: a party to a case
                    or token.text in _KIN_COMPANIES  # 腾讯控股|子公司|腾讯云计算（北京）有限责任公司
                    # 兴业银行|旗下|兴业数字金融服务（上海）股份有限公司 (but 合肥市建设投资|控股|（集团）)
                    or (token.text in _BELONGING and token.text != "控股")
                ):
                    break
                first = index
                index -= 1
                if self._gazetteer_type(token) == "Organization":
                    # 中国银行（香港）有限公司: a known company begins the name, perhaps after
                    # its place (深圳市|腾讯…), not after the clause's words (企业包括|中国银行…)
                    if index >= 0 and self._is_place(tokens[index], typed):
                        first = index
                    break
            # A name begins with no verb (赔偿|腾讯科技（深圳）有限公司), but with a rare
            # word jieba calls one (行吟|信息科技（上海）有限公司)
            while (
                first is not None
                and tokens[first].tag == "v"
                and tokens[first].end < match.start()
                and self.tokenizer.FREQ.get(tokens[first].text, 0) > _RARE_WORD
            ):
                first += 1
            if first is not None and match.start() - tokens[first].start >= 2:
                result.append(
                    _Candidate(tokens[first].start, match.end(), "Organization", "org-suffix", None, "Company")
                )
        return result

    def _outlets_of_articles(self, view: TextView, document: Document) -> list[_Candidate]:
        """The outlet each article names at its end (（台海网）, 【浙江日报】), which ingest
        found: a paper's, site's or agency's name whole, though jieba reads a place in
        it (台海|网 is no Taiwan Strait)."""
        result = []
        for article in document.articles:
            source = article.source
            if not source or _OUTLET_NAME.search(source) is None:
                continue
            end = bisect_right(view.offsets, article.end - 1)
            at = view.text.rfind(source, max(0, end - _OUTLET_REACH), end)
            if at < 1 or view.text[at - 1] not in _BEFORE_AN_OUTLET:
                continue  # (an agency named in the story's opening dateline is found as any name)
            entry = self.gazetteer.lookup(source)
            if entry is not None and entry.type == "Organization":
                result.append(self._entry_candidate(at, at + len(source), entry, "article-outlet"))
            elif entry is None and not self._a_channel_of_a_known_organization(source):
                # (ZDNet 存储频道, 新浪科技: a known outlet's channel is named by the outlet)
                result.append(_Candidate(at, at + len(source), "Organization", "article-outlet", None, "MediaOutlet"))
        return result

    def _outlets_opening_paragraphs(self, text: str, document: Document) -> list[_Candidate]:
        """中国网信网12月2日消息, 浦东时报讯: the outlet that opens a paragraph, right
        before the date and 消息 or 讯, is one name, though it begins with a known
        outlet's (中国网|信网 is not 中国网) or a place (浦东|时报), when it is the outlet an
        article ends with, begins with a known organization (not as the known outlet's
        channel), begins with a place and is followed by 讯 (中国江西网讯), or is followed by
        the day or a byline and 讯 (东南网12月1日讯, 千龙网讯（记者 李雪）)."""
        sources = {article.source for article in document.articles}
        result = []
        for match in _OPENING_OUTLET.finditer(text):
            name = match["name"]
            if (known := self.gazetteer.lookup(name)) is not None:
                if known.type == "Organization":
                    # 南方网讯: the known outlet, which jieba's word for it and 讯 would hide
                    result.append(self._entry_candidate(match.start("name"), match.end("name"), known, "gazetteer"))
                continue
            if (
                name in sources
                or (self._known_organization_before(name) and not self._a_channel_of_a_known_organization(name))
                # 中国江西网讯, 天津北方网讯: a place's paper or site, and 讯, opening the paragraph
                or (match[0].endswith("讯") and self.gazetteer.leading_place(name)[0] is not None)
                # 东南网12月1日讯, 千龙网讯（记者 李雪）: any name, and the day or its reporter's
                # byline, before 讯 (not 据…, 本报)
                or (
                    (match[0].endswith("日讯") or _BYLINE_AFTER_OUTLET.match(text, match.end()) is not None)
                    and match[0].endswith("讯")
                    and name[0] not in _NOT_BEGINNING_AN_OUTLET
                )
            ):
                result.append(
                    _Candidate(
                        match.start("name"), match.end("name"), "Organization", "article-outlet", None, "MediaOutlet"
                    )
                )
        return result

    def _outlets_after_source_field(self, text: str) -> list[_Candidate]:
        """来源：东南网: the outlet a page's byline names is one name, though a shorter
        known name hides in it (南网, the power grid's, in 东南网)."""
        return [
            _Candidate(match.start("name"), match.end("name"), "Organization", "article-outlet", None, "MediaOutlet")
            for match in _SOURCE_FIELD.finditer(text)
            if self.gazetteer.lookup(match["name"]) is None
        ]

    def _a_channel_of_a_known_organization(self, name: str) -> bool:
        """Whether an outlet's ``name`` begins with an organization's name the gazetteer
        holds, and goes on as a channel or edition of it (新浪科技, 人民日报海外版), not as
        a site of its own named with two more characters and 网 (中国网|信网, the cyberspace
        administration's site, is no channel of 中国网)."""
        length = self._known_organization_before(name)
        if not length:
            return False
        rest = name[length:]
        # (FT中文网, BBC中文网: the outlet's edition in a language)
        return not (len(rest) >= 2 and rest[-1] == "网" and _ALL_CJK.match(rest) and not rest.endswith("文网"))

    def _known_organization_before(self, name: str) -> int:
        """The length of the longest organization's name the gazetteer holds that begins
        ``name`` and is shorter than it (中国网 of 中国网信网), or 0."""
        for length in range(len(name) - 1, 1, -1):
            entry = self.gazetteer.lookup(name[:length])
            if entry is not None and entry.type == "Organization":
                return length
        return 0

    def _companies_by_stock_code(self, text: str, tokens: list[Token]) -> list[_Candidate]:
        """浙数文化（600633）, 深桑达A（000032）, 易华录（300212.SZ）: a listed company, the
        words right before its stock code in brackets (after punctuation, a verb or a
        function word), whatever else they read as (易华录 is no person)."""
        result = []
        index_by_end: dict[int, int] | None = None
        for match in _STOCK_CODE.finditer(text):
            if index_by_end is None:
                index_by_end = {t.end: i for i, t in enumerate(tokens)}
            index = index_by_end.get(match.start())
            first = None
            while index is not None and index >= 0 and match.start() - tokens[index].start <= 10:
                token = tokens[index]
                if token.tag in ("x", "m") or token.tag[:1] in _FUNCTION_OR_VERB_TAGS:
                    break
                first = index
                index -= 1
            if first is not None and match.start() - tokens[first].start >= 2:
                result.append(
                    _Candidate(tokens[first].start, match.start(), "Organization", "stock-code", None, "Company")
                )
        return result

    def _bodies_of_two_fields(self, tokens: list[Token], typed: dict[int, list[_Candidate]]) -> list[_Candidate]:
        """法国国家信息与自由委员会, 阿布扎比人工智能与先进技术委员会: a body named by two
        fields joined with 与, after its place (and 国家 or 联邦) and before its suffix,
        is one name, though the walk of :meth:`_organizations_by_suffix` stops at 与. The
        fields are common words or technologies, no place or body (美国与中国贸易委员会,
        北京市政府与人工智能委员会 name two parties)."""
        result = []
        for index in self._positions(tokens, words=("与",)):
            after = index + 1
            while after < len(tokens) and after - index <= 3 and self._field_word(tokens[after], adjective=True):
                after += 1
            if after == index + 1 or after >= len(tokens):
                continue
            suffix = self._suffix_of(tokens[after].text)
            if suffix is None or not suffix.strong or tokens[after].text != suffix.text:
                continue
            before = index - 1
            while before >= 0 and index - before <= 3 and self._field_word(tokens[before], adjective=False):
                before -= 1
            if before == index - 1 or before < 0:
                continue
            if tokens[before].text in _NATIONAL_WORDS_IN_NAMES and before >= 1:
                before -= 1  # 法国|国家|信息: the country's national body
            if not self._is_place(tokens[before], typed):
                continue
            result.append(
                _Candidate(tokens[before].start, tokens[after].end, "Organization", "org-suffix", None, suffix.subtype)
            )
        return result

    def _field_word(self, token: Token, *, adjective: bool) -> bool:
        """Whether ``token`` may name a body's field: a common noun or a technology (and,
        after 与, an adjective: 自由, 先进), no place, body or name."""
        if token.tag == "gaz":
            return self._gazetteer_type(token) == "Technology"
        if token.text in _NATIONAL_WORDS_IN_NAMES or self._suffix_of(token.text) is not None:
            return False
        return token.tag in ("n", "vn", "nz") or (adjective and token.tag == "a")

    def _ministries_of_listed_fields(self, text: str, typed: dict[int, list[_Candidate]]) -> list[_Candidate]:
        """哈萨克斯坦数字发展、创新和航空航天工业部, 俄罗斯联邦通信、信息技术和大众传媒监督局:
        a country's ministry or agency named by the fields it has, listed with 、 and 和, right after
        the country, is one body (its last field alone, 航空航天工业部, is none), however
        many words it has (the walk of :meth:`_organizations_by_suffix` stops at eight). Not a
        list of places or of bodies (俄罗斯、白俄罗斯和哈萨克斯坦外交部, 美国能源部、商务部
        和国防部)."""
        result = []
        countries = [c for found in typed.values() for c in found if c.subtype == "Country"]
        for country in countries:
            # (新加坡可持续发展与环境部, 数字发展及新闻部: two fields joined by 与 or 及)
            match = _MINISTRY_OF_LISTED_FIELDS.match(text, country.end) or _MINISTRY_OF_TWO_FIELDS.match(
                text, country.end
            )
            if match is None or text.startswith("国务部长", match.end() - 3):
                continue  # …远程工作应用|国务部长: a minister of state for the fields, no ministry
            fields = re.split("[、和与及]", match.group()[: match.start("kind") - match.start()])
            if any(
                # (a field may be a technology's name: 信息技术)
                ((entry := self.gazetteer.lookup(field)) is not None and entry.type != "Technology")
                # (哈萨克斯坦副总理兼贸易与一体化部: a title and 兼 before the ministry)
                or "兼" in field
                # (马来西亚副总理法迪拉、投资贸易和工业部: a title and a name listed before
                # another minister's ministry)
                or self._holds_a_title(field)
                or field[-1] in _BODY_ENDINGS
                or self._leading_place_length(field)
                for field in fields
            ):
                continue
            result.append(
                _Candidate(country.start, match.end(), "Organization", "org-suffix", None, "GovernmentOrganization")
            )
        return result

    def _holds_a_title(self, words: str) -> bool:
        """Whether a title of two to four characters stands anywhere in ``words``."""
        titles = self.gazetteer.titles
        return any(words[i : i + n] in titles for n in (2, 3, 4) for i in range(len(words) - n + 1))

    def _bodies_in_titles(self, tokens: list[Token]) -> list[_Candidate]:
        """外交部长, 国防部长: a known ministry or bureau written into the title of its
        head names that body. After a place (日本财政部长) the place is the mention
        and the rest a title, as in 美国总统. Only the words ending in 长 are visited."""
        result = []
        known = self.tokenizer.FREQ
        for index in self._positions(tokens, last_chars="长"):
            token = tokens[index]
            word = token.text
            if (
                len(word) < 4
                or word[-1] != "长"
                or word[-2] not in _BODY_ENDINGS
                or word[-2:] not in self.gazetteer.titles
            ):
                continue
            entry = self.gazetteer.lookup(word[:-1])
            previous = tokens[index - 1] if index > 0 else None
            if entry is None or entry.type != "Organization" or known.get(word, 0) == 0:
                continue
            if previous is not None and (
                previous.tag == "ns"
                or self._gazetteer_type(previous) == "Place"
                or previous.text in _COUNTRY_CHARACTERS  # 俄|国防部长: Russia's minister
                # 成员国|能源部长, 各国|外交部长, 两|国|外交部长: the ministers of countries in
                # general; 金砖国家|外交部长, those of a group's members
                or (len(previous.text) >= 2 and previous.text[-1] == "国" and previous.tag in ("n", "r", "m"))
                or (previous.text == "国" and index >= 2 and tokens[index - 2].tag == "m")
                or self._gazetteer_subtype(previous) == "InternationalOrganization"
            ):
                continue
            if self._foreign_country_in_clause(tokens, index):
                continue  # 爱尔兰|副总理|兼|外交部长: another country's minister, not China's ministry
            result.append(_Candidate(token.start, token.end - 1, "Organization", "org-suffix", None, entry.subtype))
        return result

    def _foreign_country_in_clause(self, tokens: list[Token], index: int) -> bool:
        """Whether a foreign country stands among the few words before ``index`` in its
        clause (瑞士联邦|委员|兼|外交部长)."""
        for previous in reversed(tokens[max(index - 5, 0) : index]):
            if previous.tag == "x":
                return False
            if self._is_foreign_country(previous, {}):
                return True
        return False

    def _political_parties(
        self, text: str, tokens: list[Token], typed: dict[int, list[_Candidate]]
    ) -> list[_Candidate]:
        """Parties named by what they stand for: 自由党, 社会民主党, 民主党人 (its member),
        基督教|民主党, 国家|统一党, with the country before them (英国|工党); not 执政党,
        反对党 or 全党, which name no party. Only the words ending in 党 or 人 and the
        words 党中央 are visited."""
        result = []
        for index in self._positions(tokens, words=("党中央",), last_chars="党人"):
            token = tokens[index]
            word = token.text
            central = word == "党中央" and index > 0  # 统一|工人|党中央: the party's central committee
            if central:
                head = ""
            elif word.endswith("党"):
                head = word[:-1]
            elif word.endswith("党人") and len(word) > 3 and not word.endswith("共产党人"):
                # 民主党人: a member of the party names it; 共产党人, a communist, is a
                # common noun that names none
                head = word[:-2]
            else:
                continue
            end = token.start + len(head) + 1
            if end < len(text) and text[end] in _AFTER_PARTY_NOT_NAME:
                continue  # 人民党|员
            first = index
            # (新德里|印度人民党: a party named with its country, in a city, begins with it)
            named_with_country = token.tag == "gaz" and self.gazetteer.leading_place(word)[0] is not None
            while first > 0 and index - first < 4 and not named_with_country:
                previous = tokens[first - 1]
                if previous.text not in _PARTY_NAME_WORDS and not self._is_place(previous, typed):
                    break
                first -= 1
            name = text[tokens[first].start : end]
            if central:
                if first < index and name[:-1].endswith(_PARTY_CREEDS):
                    result.append(
                        _Candidate(
                            tokens[first].start, token.end, "Organization", "org-suffix", None, "PoliticalOrganization"
                        )
                    )
                continue
            if len(name) < 2 or not name[:-1].endswith(_PARTY_CREEDS):
                known = (
                    len(word) >= 3
                    and word.endswith("党")
                    and token.tag in ("n", "ns", "nz", "nt", "nr")
                    and word not in _GENERIC_PARTIES
                    and word[-2] not in "治建入管爱护兴强整反"  # 从严治党: governing the Party
                    and self.tokenizer.FREQ.get(word, 0) > 0
                )
                if not known:
                    continue
                # 北爱尔兰|新芬党, 奉辛比克党: a party jieba's dictionary knows by name, the
                # place before it no part of it
                first = index
            result.append(
                _Candidate(tokens[first].start, end, "Organization", "org-suffix", None, "PoliticalOrganization")
            )
        return result

    def _abbreviated_bodies(self, tokens: list[Token], typed: dict[int, list[_Candidate]]) -> list[_Candidate]:
        """省工|信厅, 市人|社局, 县住|建局: a level of government, an abbreviation of two
        or three characters and 局, 厅, 委 or 办, which jieba's HMM cuts in the middle
        because it knows no such word (the last piece is a word it does not know).
        兰考县|人|社局: the same abbreviation right after the county or city it serves
        names that county's body, begun by every place before it. 县人社|局局长: the
        HMM may also glue the ending to the title after it. Only the words that begin
        with a level and those right after a word ending like a division's name
        (省市县区州旗) are visited."""
        titles = self.gazetteer.titles
        result = []
        after_a_division = [
            index + 1 for index in self._positions(tokens, last_chars="省市县区州旗") if index + 1 < len(tokens)
        ]
        beginnings = set(self._positions(tokens, first_chars=_ADMINISTRATIVE_LEVELS)).union(after_a_division)
        for index in sorted(beginnings):
            token = tokens[index]
            first = None
            if (
                len(token.text) >= 2
                and token.text[0] in _ADMINISTRATIVE_LEVELS
                and self.tokenizer.FREQ.get(token.text, 0) > _COMMON_WORD
            ):
                continue  # 跨|区域|通办, 县城|信访办: a common word that begins with a level's character
            if token.text[:1] not in _ADMINISTRATIVE_LEVELS:
                place = tokens[index - 1] if index > 0 else None
                if place is None or place.text[-1:] not in "省市县区州旗" or not self._is_place(place, typed):
                    continue
                first = index - 1
                while first > 0 and self._is_place(tokens[first - 1], typed):
                    first -= 1
            text = ""
            for following in tokens[index : index + 3]:
                if (
                    len(text) >= 3 - (first is not None)
                    and following.text[0] in _ABBREVIATED_BODY_ENDINGS
                    and following.text[1:] in titles
                ):
                    end = following.start + 1
                elif len(text + following.text) >= 4 - (first is not None) and following.tag == "new":
                    end = following.end
                else:
                    end = None
                text += following.text[: end - following.start] if end is not None else following.text
                if len(text) > 5 or not _ALL_CJK.match(text):
                    break
                if any(c in _DETERMINERS or c in _NAME_STOPPERS for c in text[1:]):
                    break  # 市政府|各委: every committee of the city government, no abbreviation
                if end is not None and text[-1] in _ABBREVIATED_BODY_ENDINGS:
                    start = token.start if first is None else tokens[first].start
                    result.append(
                        _Candidate(start, end, "Organization", "org-suffix", subtype="GovernmentOrganization")
                    )
                    break
        return result

    def _teams_glued_to_next_word(self, tokens: list[Token]) -> list[_Candidate]:
        """厄瓜多尔|队时, 乌拉圭|队后: jieba's HMM glues 队 to the word after it when no
        dictionary word holds the two; after a place that 队 ends a team's name. Only
        the words beginning with 队 are visited."""
        known = self.tokenizer.FREQ
        result = []
        for index in self._positions(tokens, first_chars="队"):
            if index == 0:
                continue  # no place before it
            token = tokens[index]
            if len(token.text) != 2 or token.text[0] != "队" or known.get(token.text, 0) > 0:
                continue
            previous = tokens[index - 1]
            if previous.tag == "ns" or self._gazetteer_type(previous) == "Place":
                result.append(
                    _Candidate(previous.start, token.start + 1, "Organization", "org-suffix", None, "Organization")
                )
        return result

    def _gazetteer_entry(self, token: Token) -> GazetteerEntry | None:
        return self.gazetteer.lookup(token.text) if token.tag == "gaz" else None

    def _gazetteer_type(self, token: Token) -> str | None:
        entry = self._gazetteer_entry(token)
        return entry.type if entry is not None else None

    def _begins_with_a_city(self, name: str) -> bool:
        """Whether ``name`` begins with a city the gazetteer knows (纽约|大学)."""
        length = self._leading_place_length(name)
        entry = self.gazetteer.lookup(name[:length]) if length else None
        return entry is not None and entry.subtype == "City"

    def _gazetteer_subtype(self, token: Token) -> str | None:
        entry = self._gazetteer_entry(token)
        return entry.subtype if entry is not None else None

    def _sub_units(self, text: str, tokens: list[Token], candidates: list[_Candidate]) -> list[_Candidate]:
        """北京大学|中文系, 中央美术学院|附中, 湖北省公安厅|党组, 加拿大财政委员会|秘书处:
        a department, branch, secretariat or Party body written right after its
        organization is named with it, as one organization."""
        by_start = {t.start: i for i, t in enumerate(tokens)}
        places = {(c.start, c.end) for c in candidates if c.type == "Place"}
        central = self._central_committee
        result = []
        for league_index in self._positions(tokens, words=("团",)):
            if league_index + 1 == len(tokens):
                continue
            league, unit_word = tokens[league_index], tokens[league_index + 1]
            if (
                league.text == "团"
                and unit_word.text.startswith("中央")
                and unit_word.tag == "gaz"
                and central is not None
                and (unit := self.gazetteer.lookup(unit_word.text)) is not None
                and unit.parent == central.key
            ):
                # 团|中央书记处: 团中央 is the Communist Youth League's central committee,
                # and this its secretariat, not the Communist Party's
                result.append(
                    _Candidate(league.start, unit_word.end, "Organization", "org-suffix", None, "PoliticalOrganization")
                )
        for candidate in candidates:
            if candidate.type != "Organization" or (index := by_start.get(candidate.end)) is None:
                continue
            word = tokens[index].text
            if (
                candidate.key
                and tokens[index].tag == "gaz"
                and (unit := self.gazetteer.lookup(word)) is not None
                and unit.type == "Organization"
                and any(parent.key == candidate.key for parent in self.gazetteer.ancestors(unit.key))
            ):
                # 中共中央|统战部, 国务院|办公厅: a body the gazetteer knows as part of the
                # organization written right before it, named with its parent (or with a
                # body further up: 澳门特别行政区政府|经济及科技发展局, under 经济财政司).
                result.append(self._entry_candidate(candidate.start, tokens[index].end, unit, "org-suffix"))
                continue
            if (
                tokens[index].tag == "gaz"
                and central is not None
                and (
                    # 区委|统战部, 县委|组织部: a local Party committee's department
                    (candidate.key is None and text[candidate.start : candidate.end] in _LOCAL_PARTY_COMMITTEES)
                    # 共青团|中央宣传部, 民盟|中央宣传部: another party's or people's
                    # organization's central department
                    or (
                        word.startswith("中央")
                        and candidate.subtype == "PoliticalOrganization"
                        and candidate.key not in (central.key, central.parent)
                    )
                )
                and (unit := self.gazetteer.lookup(word)) is not None
                and unit.parent == central.key
            ):
                # named as the Central Committee's is: a body of its own, not the central one
                result.append(
                    _Candidate(
                        candidate.start, tokens[index].end, "Organization", "org-suffix", None, "PoliticalOrganization"
                    )
                )
                continue
            if (
                candidate.key in self.gazetteer.entries
                and tokens[index].tag == "nt"
                and word not in _KIN_COMPANIES  # 深交所|上市公司: the companies listed on it
                and (suffix := self._suffix_of(word)) is not None
                and suffix.strong
                and len(word) > len(suffix.text)
                # 任命赵国|华为|河北省人民政府: no company has a government or a Party body
                and not (candidate.subtype == "Company" and suffix.subtype in _PUBLIC_BODY_SUBTYPES)
            ):
                # 中国科学院|紫金山天文台: a body jieba knows by name, right after the known
                # body it belongs to, is named with it.
                result.append(
                    _Candidate(candidate.start, tokens[index].end, "Organization", "org-suffix", None, suffix.subtype)
                )
                continue
            if (unit_end := _numbered_unit_end(tokens, index)) is not None:
                # 解放军|264|医院, 济南军区|一|五二|医院, 北京城建集团|一|公司: a unit that an
                # organization numbers, named with it
                result.append(_Candidate(candidate.start, unit_end, "Organization", "org-suffix", None, "Organization"))
                continue
            if (
                candidate.subtype == "PoliticalOrganization"
                and candidate.key is not None
                and tokens[index].tag == "gaz"
                and self._gazetteer_type(tokens[index]) == "Place"
                and index + 1 < len(tokens)
                and tokens[index + 1].text in ("委会", "委员会")
            ):
                # 民盟|贵州省|委会, 九三学社|毕节市|委员会: a democratic party's committee of a
                # province or city, named with the party
                result.append(
                    _Candidate(
                        candidate.start,
                        tokens[index + 1].end,
                        "Organization",
                        "org-suffix",
                        None,
                        "PoliticalOrganization",
                    )
                )
                continue
            if word == "中央" and candidate.subtype == "PoliticalOrganization":
                # 农工党|中央, 致公党|中央: a party's central committee, named by the party
                result.append(
                    _Candidate(
                        candidate.start, tokens[index].end, "Organization", "org-suffix", None, "PoliticalOrganization"
                    )
                )
                continue
            if text.endswith("法院", candidate.start, candidate.end) and (
                court_end := _court_unit_end(tokens, index, places)
            ):
                # 最高人民法院|第一|巡回|法庭, 鹿城区人民法院|南郊|人民法庭, 最高人民法院|
                # 知识产权|法庭: a court's circuit, local or specialised tribunal
                result.append(
                    _Candidate(candidate.start, court_end, "Organization", "org-suffix", None, candidate.subtype)
                )
                continue
            branch_end = _branch_end(tokens, index + 1)
            if branch_end is not None and (
                (tokens[index].start, tokens[index].end) in places
                or (tokens[index].tag == "m" and word.startswith("第"))
            ):
                # 中国科学院|上海|分院, 中国人民银行|杭州|中心|支行, 上海市人民检察院|第一|分院:
                # a branch named by its organization and the place it serves or its number.
                result.append(
                    _Candidate(candidate.start, branch_end, "Organization", "org-suffix", None, candidate.subtype)
                )
                continue
            if (
                text.endswith(_POLICE_BODIES, candidate.start, candidate.end)
                and index + 1 < len(tokens)
                and tokens[index + 1].text in _POLICE_UNITS
                and (
                    (
                        tokens[index].tag in ("ns", "nr", "nrfg", "nz", "new", "gaz")
                        and 2 <= len(word) <= 3
                        and (tokens[index].tag in ("ns", "gaz") or not self._is_ordinary_word(word))
                    )
                    # 郑州市公安局|金水路|分局, 成都市公安局|高新区|分局: a road or a zone
                    or (3 <= len(word) <= 4 and (word.endswith(("路", "街", "大道")) or word in _ZONE_WORDS))
                )
                and _ALL_CJK.match(word) is not None
            ):
                # 东莞市公安局|长安|分局, 雁塔区公安分局|小寨|派出所: a police branch or station
                # named by the town or quarter it serves, whatever jieba made of that name
                result.append(
                    _Candidate(
                        candidate.start, tokens[index + 1].end, "Organization", "org-suffix", None, candidate.subtype
                    )
                )
                continue
            if (district_end := self._district_branch_end(tokens, by_start.get(candidate.start), index)) is not None:
                # 连云港市公安局|海州|分局: a branch named by a district of its city
                result.append(
                    _Candidate(candidate.start, district_end, "Organization", "org-suffix", None, candidate.subtype)
                )
                continue
            hospital = text.endswith("医院", candidate.start, candidate.end)
            if (candidate.subtype in ("GovernmentOrganization", "PoliticalOrganization") or hospital) and (
                section_end := self._section_end(tokens, index, hospital=hospital)
            ) is not None:
                # 管理局|数据|资源|处|副处长, 公安局|治安|科科长: a government body's division
                # named by its field; 同仁医院|眼科|主任, 华山医院|感染|科主任: a hospital's
                # department, named with it as People's Daily does (解放军总医院心外科)
                result.append(
                    _Candidate(candidate.start, section_end, "Organization", "org-suffix", None, candidate.subtype)
                )
                continue
            if candidate.subtype in ("GovernmentOrganization", "InternationalOrganization") and (
                department_end := _department_end(
                    tokens,
                    index,
                    self.gazetteer.compound_surnames,
                    # 部门 names the departments of foreign and international bodies
                    # (澳大利亚财政部|信息与通信技术|部门); after a Chinese body it is any
                    # department of its (赣西供电局|用电|管理|部门)
                    departments=not self._is_chinese_body(text[candidate.start : candidate.end], candidate),
                )
            ):
                # 教育部|基础教育|司, 国家医保局|医药|管理司: a ministry's department;
                # 联合国经社部|公共|机构|和|数字政府|司: an international body's division
                result.append(
                    _Candidate(candidate.start, department_end, "Organization", "org-suffix", None, candidate.subtype)
                )
                continue
            following = tokens[index + 1].text if index + 1 < len(tokens) else ""
            if word in _UNNAMED_BODIES and (following == "成员" or following in self.gazetteer.titles):
                continue  # 国家数据局|党组|成员: a title of the body's member, not a body
            if (
                word in _SUB_UNITS
                or (
                    3 <= len(word) <= 5
                    and word[-1] in _SUB_UNIT_ENDINGS
                    and not word.endswith("公司")  # 谷歌|母公司: a company, not a department (司)
                    and word[-2:] not in _NOT_BODY_WORDS  # 取得联系 (to get in touch): no 系
                    and _ALL_CJK.match(word) is not None
                    and tokens[index].tag in ("n", "nt", "nz", "new")
                )
            ):
                result.append(
                    _Candidate(
                        candidate.start, tokens[index].end, "Organization", "org-suffix", None, candidate.subtype
                    )
                )
            elif (unit_end := _named_sub_unit_end(tokens, index, self._gazetteer_type)) is not None:
                result.append(
                    _Candidate(candidate.start, unit_end, "Organization", "org-suffix", None, candidate.subtype)
                )
        return result

    def _section_end(self, tokens: list[Token], index: int, *, hospital: bool = False) -> int | None:
        """Where the name of a body's division (处) or section (科) that begins at ``index``
        ends: a few words of its field and 处 or 科 (数据|资源|处, 综合处), before its head's
        title, punctuation or a verb; or the first character of a title jieba glued to
        the field (信息安全|处处长, 治安|科科长: 处 and 处长). Its name is the body's and the
        division's (浙江省大数据发展管理局数据资源处)."""
        length = 0
        if tokens[index].text in _ACTION_VERBS:
            return None  # 前海管理局|内设|跨境金融处: a unit it sets up, named after the verb
        for position in range(index, min(index + 5, len(tokens))):
            token = tokens[position]
            text = token.text
            if position > index and text[:1] in _SECTION_KINDS and text[1:] in self.gazetteer.titles:
                return token.start + 1  # 处|处长: the division and its head's title, glued
            if (
                (position > index and text in _SECTION_KINDS)
                or (
                    position == index
                    and 3 <= len(text) <= 4
                    and text[-1] in _SECTION_KINDS
                    and text[-2:] not in _WORDS_ENDING_IN_CHU  # 稽查局|依法查处: the verb, no 处
                    # 医院|呼吸科: jieba's dictionary tags some departments as names
                    and (token.tag in ("l", "n") or (hospital and self.tokenizer.FREQ.get(text[:-1], 0) > 0))
                )
                # 医院|眼科: a hospital's department of two characters (not 学科, 专科)
                or (
                    hospital
                    and position == index
                    and len(text) == 2
                    and text[1] == "科"
                    and text not in _NOT_HOSPITAL_DEPARTMENTS
                )
            ):
                following = tokens[position + 1] if position + 1 < len(tokens) else None
                if (
                    following is None
                    or following.tag[:1] in ("x", "v", "p", "c")
                    or self._is_title(following.text)
                    # 协和医院|内科|的|张孝骞, 第一人民医院|眼科|成功: a department's people or
                    # what it did
                    or (hospital and (following.text == "的" or following.tag[:1] in ("a", "d")))
                ):
                    return token.end
                return None
            if token.tag not in _SECTION_FIELD_TAGS or not _ALL_CJK.match(text) or self._is_title(text):
                return None
            length += len(text)
            if length > 8:
                return None
        return None

    def _names_county_of(self, token: Token, body: str) -> bool:
        """Whether ``token`` is a county-level name without its kind that the level at
        the start of ``body`` completes (田东 + 县委 -> 田东县; 富蕴 + 县委 -> 富蕴县):
        jieba glues the level to the title (县委书记) and reads the county as a name; or
        a prefecture or league before its committee (黄冈|地委书记, 阿里|地委书记)."""
        word = token.text
        if len(word) < 2 or not _ALL_CJK.match(word):
            return False
        if body in ("地委", "盟委"):
            # 黄冈|地委书记, 阿里|地委书记: a prefecture's or league's committee (阿里地区)
            entry = self.gazetteer.lookup(word + ("地区" if body == "地委" else "盟"))
            return (entry is not None and entry.type == "Place") or self._gazetteer_type(token) == "Place"
        if body[:1] not in "县市区旗":
            return False
        entry = self.gazetteer.lookup(word + body[0])
        return entry is not None and entry.type == "Place" and entry.subtype == "District"

    def _companies_before_founders(self, tokens: list[Token], typed: dict[int, list[_Candidate]]) -> list[_Candidate]:
        """月之暗面|创始人, 百川|智能|创始人, 摩尔|线程|创始人: the words that begin a clause
        before a title only a company has (创始人, 董事长, 首席执行官) name the company,
        when they are no known name and one of them is a word jieba does not know, a
        name or a rare word (not 公司|董事长, 品牌|创始人: a kind of company). Only the
        titles are visited."""
        result = []
        for index in self._positions(tokens, words=_COMPANY_TITLES):
            token = tokens[index]
            if token.text not in _COMPANY_TITLES or index == 0:
                continue
            first = index
            while first > 0 and index - first < 4 and tokens[first - 1].tag not in _NOT_IN_A_BRAND:
                first -= 1
            if first == index or (first > 0 and tokens[first - 1].tag != "x"):
                continue  # not the start of a clause: 该|公司, 据|介绍
            run = tokens[first:index]
            length = run[-1].end - run[0].start
            if len(run) == 1 and self._is_named_product(run[0]):
                # 钉钉|总裁: a platform named for the company that runs it
                result.append(_Candidate(run[0].start, run[0].end, "Organization", "org-before-title", None, "Company"))
                continue
            if not (3 if run[0].tag not in ("nz", "new") else 2) <= length <= 8 or any(
                t.tag == "gaz" or t.start in typed for t in run
            ):
                continue  # (淘宝|总裁: a brand of two characters jieba knows as a name)
            if run[0].text[:1] in _DETERMINERS or run[-1].text in _GENERIC_BODY_WORDS:
                continue
            if run[-1].text in _TITLE_MODIFIERS:
                continue  # 华为公司|轮值|董事长: the word belongs to the title
            if any(self._is_title(t.text) or t.text == "兼" for t in run) or (len(run) == 1 and run[0].tag == "ns"):
                continue  # 大中华区|董事长|兼|首席执行官: a company's region and posts held at once
            if any(
                t.tag in ("new", "nz", "ns", "nr", "nrt", "eng") or self.tokenizer.FREQ.get(t.text, 0) <= _RARE_WORD
                for t in run
            ):
                result.append(
                    _Candidate(run[0].start, run[-1].end, "Organization", "org-before-title", None, "Company")
                )
        return result

    def _is_named_product(self, token: Token) -> bool:
        """Whether ``token`` is a technology of the gazetteer that is a product with a
        proper name (钉钉 DingTalk, 微信 WeChat), not a concept (大数据 big data, 微博
        microblog): its English name is capitalised and not an acronym."""
        entry = self.gazetteer.lookup(token.text) if token.tag == "gaz" else None
        name = entry.label_en if entry is not None and entry.type == "Technology" else None
        return name is not None and name[:1].isupper() and any(ch.islower() for ch in name)

    def _numbered_spacecraft(self, text: str) -> list[_Candidate]:
        """长征五号遥八运载火箭, 神舟十八号载人飞船, 嫦娥六号, 风云四号B星, 九章三号: a rocket,
        spacecraft, satellite or machine of a numbered Chinese series, linked to the
        series' concept in the technology vocabulary."""
        result = []
        for match in _NUMBERED_SPACECRAFT.finditer(text):
            entry = self.gazetteer.entries.get("tech-" + _SPACECRAFT_SERIES[match["series"]])
            if entry is not None:
                result.append(self._entry_candidate(match.start(), match.end(), entry, "numbered-series"))
        return result

    def _companies_by_context(self, tokens: list[Token], candidates: list[_Candidate]) -> list[_Candidate]:
        """苹果、三星和华为, 高通起诉苹果, 小米发布新机: a company's short form that is an
        everyday word too (``Gazetteer.companies_by_context``), taken for the company
        where the words around it say a company is meant: listed next to another
        organization, after a verb of suing or buying, or beginning a clause before a
        word of a company's business; once one is, every other in the text is too
        (苹果|向|高通|支付)."""
        forms = self.gazetteer.companies_by_context
        if not forms:
            return []
        organizations_at = {c.start for c in candidates if c.type == "Organization"}
        organizations_to = {c.end for c in candidates if c.type == "Organization"}
        found: list[tuple[Token, str]] = []
        accepted: set[str] = set()
        for index in self._positions(tokens, words=forms):
            token = tokens[index]
            key = forms.get(token.text)
            if key is None:
                continue
            found.append((token, key))
            before = tokens[index - 1] if index > 0 else None
            after = tokens[index + 1] if index + 1 < len(tokens) else None
            listed = (
                (
                    before is not None
                    and before.text in _LIST_JOINERS
                    and before.start in organizations_to
                    # 国家歌剧院、|大众|歌剧院: a noun after it continues another name
                    and (after is None or after.tag[:1] != "n")
                )
                or (after is not None and after.text in _LIST_JOINERS and after.end in organizations_at)
            )
            # 甲骨文（Oracle）: the company's other name in brackets right after it
            named_again = (
                after is not None
                and after.text in ("（", "(")
                and index + 2 < len(tokens)
                and self.gazetteer.by_name.get(tokens[index + 2].text) == key
            )
            acted_on = before is not None and before.text in _VERBS_ON_COMPANIES
            acting = (
                (before is None or before.tag == "x") and after is not None and after.text in _COMPANY_BUSINESS_WORDS
            )
            if listed or acted_on or acting or named_again:
                accepted.add(token.text)
        # once the text has said which it means, the word means the company throughout
        return [
            self._entry_candidate(token.start, token.end, self.gazetteer.entries[key], "gazetteer")
            for token, key in found
            if token.text in accepted
        ]

    def _units_of_state_groups(self, tokens: list[Token]) -> list[_Candidate]:
        """中车|长客, 中车|唐山, 中铁|十四|局: a unit of a central state-owned group, named
        by the group's two-character short form (中车, 中铁, 中交, 国网) and the unit's own
        short name or number, before a pause, a conjunction or a verb. Only the groups'
        short forms are visited."""
        result = []
        for index in self._positions(tokens, words=self._state_group_short_forms):
            if index >= len(tokens) - 2:
                break
            group = tokens[index]
            if len(group.text) != 2 or group.text[0] not in "中国" or group.tag != "gaz":
                continue
            entry = self.gazetteer.lookup(group.text)
            if entry is None or entry.subtype != "Company":
                continue
            unit, after = tokens[index + 1], tokens[index + 2]
            if unit.tag == "m" and _CHINESE_NUMERAL.fullmatch(unit.text) and after.text in _NUMBERED_UNITS:
                result.append(_Candidate(group.start, after.end, "Organization", "org-suffix", None, "Company"))
            elif (
                len(unit.text) == 2
                and _ALL_CJK.match(unit.text)
                and unit.tag in ("new", "nz", "ns", "gaz", "m")
                and (after.tag in ("x", "c", "v") or after.text in _LIST_JOINERS)
            ):
                result.append(_Candidate(group.start, unit.end, "Organization", "org-suffix", None, "Company"))
        return result

    def _route_ends(self, text: str, tokens: list[Token]) -> list[_Candidate]:
        """姆万扎—布西西大桥, 诺维萨德至苏博蒂察段, 安格连—帕普铁路: the two places a
        railway, road, bridge or section runs between, joined by a dash or 至 right before
        the word for the route, whatever jieba made of their names (a person, mostly).
        Only the dashes and 至 are visited."""
        result = []
        for index in self._positions(tokens, words=_ROUTE_JOINERS):
            token = tokens[index]
            if not (token.text in _ROUTE_DASHES or token.text == "至") or index == 0:
                continue
            right = self._route_end_after(tokens, index + 1)
            if right is None:
                continue
            first = index
            while first > 0 and index - first < 3 and self._may_name_a_route_end(tokens[first - 1]):
                first -= 1
                if tokens[first].tag in ("nrt", "ns", "gaz") or len(tokens[first].text) >= 2:
                    break
            if first < index and 2 <= tokens[index - 1].end - tokens[first].start <= 6:
                result.append(_Candidate(tokens[first].start, tokens[index - 1].end, "Place", "place-context"))
                result.append(_Candidate(*right, "Place", "place-context"))
        return [c for c in result if self.gazetteer.lookup(text[c.start : c.end]) is None]

    def _short_forms_between_places(self, tokens: list[Token]) -> list[_Candidate]:
        """武汉|至|阳新, 襄阳|至|万州|高铁, 从|张北|到|北京: where a known place and a short
        name are the two ends of a way (至, or 从 … 到), the short name is the county or city
        it is the short form of (阳新县, 万州区, 张北县); alone it is too often a word or a
        name to be taken for one. A city outranks a district of the same short name
        (中山 → 中山市, not Dalian's 中山区). Only 至 and 到 are visited."""
        result = []
        for index in self._positions(tokens, words=("至", "到")):
            if not 1 <= index < len(tokens) - 1:
                continue
            word = tokens[index].text
            if not (word == "至" or (word == "到" and index >= 2 and tokens[index - 2].text == "从")):
                continue
            ends = (tokens[index - 1], tokens[index + 1])
            for end, other in (ends, ends[::-1]):
                if other.tag != "gaz" or self._gazetteer_type(other) != "Place" or end.tag == "gaz":
                    continue
                if end is ends[0] and end.tag.startswith("v"):
                    continue  # 铁路|延长|至|乌干达: a verb of extent, not the county 延长县
                entry = self._division_by_short_form(end.text)
                if entry is not None:
                    result.append(self._entry_candidate(end.start, end.end, entry, "place-context"))
        return result

    def _route_end_after(self, tokens: list[Token], index: int) -> tuple[int, int] | None:
        """The span of the place right after a route's dash or 至 (布西西|大桥, 苏博蒂察段):
        name-like words of two to six characters, then a word for the route, or a word
        that ends in one."""
        start = tokens[index].start if index < len(tokens) else 0
        for last in range(index, min(index + 3, len(tokens))):
            token = tokens[last]
            ending = next((word for word in _ROUTE_KINDS if token.text.endswith(word)), None)
            if token.text in _ROUTE_KINDS and last > index:
                end = token.start  # 布西西|大桥
            elif ending is not None and len(token.text) > len(ending) and token.tag == "new":
                end = token.end - len(ending)  # 苏博蒂察段
            elif self._may_name_a_route_end(token):
                continue
            else:
                return None
            return (start, end) if 2 <= end - start <= 6 else None
        return None

    def _may_name_a_route_end(self, token: Token) -> bool:
        return (
            _ALL_CJK.match(token.text) is not None
            and token.tag[:1] not in ("v", "p", "c", "u", "d", "m", "q", "r")
            and not self._is_ordinary_word(token.text)
        )

    def _units_glued_to_their_body(self, tokens: list[Token]) -> list[_Candidate]:
        """教育部考试中心: a word of jieba's dictionary that is a known body's name and a
        unit's (考试中心), ending in an organization suffix, is that unit of the body."""
        result = []
        prefixes, by_name = self.gazetteer.name_prefixes, self.gazetteer.by_name
        for token in tokens:
            word = token.text
            if len(word) < 5 or token.tag not in ("n", "nz", "l") or word[:2] not in prefixes:
                continue
            for length in range(len(word) - 2, 1, -1):
                head, rest = word[:length], word[length:]
                entry = self.gazetteer.lookup(head) if head in by_name else None
                if entry is None or entry.type != "Organization":
                    continue
                suffix = self._suffix_of(rest)
                if suffix is not None and len(rest) > len(suffix.text):
                    result.append(
                        _Candidate(token.start, token.end, "Organization", "org-suffix", None, suffix.subtype)
                    )
                break
        return result

    def _operator_branches(self, tokens: list[Token]) -> list[_Candidate]:
        """湖南|移动, 广东电信, 四川|联通|和: a province's or city's company of a national
        telecom or broadcast operator, named by the place and the operator's brand, before
        a pause, a conjunction, a preposition, a verb, an adverb or a title. Only the
        words ending like a brand and the known names (``gaz``) are visited."""
        result = []
        for index in self._positions(tokens, tags=("gaz",), last_chars=_OPERATOR_BRAND_LAST_CHARACTERS):
            token = tokens[index]
            word = token.text
            if word[-2:] in _OPERATOR_BRANDS and len(word) >= 4:
                place, end, following = word[:-2], token.end, index + 1  # 广东电信: one word
            elif token.tag == "gaz" and index + 1 < len(tokens) and tokens[index + 1].text in _OPERATOR_BRANDS:
                place, end, following = word, tokens[index + 1].end, index + 2
            else:
                continue
            entry = self.gazetteer.lookup(place)
            if entry is None or entry.subtype not in ("Province", "City") or not entry.key.startswith("cn-"):
                continue
            after = tokens[following] if following < len(tokens) else None
            if (
                after is None
                or after.tag[:1] in ("x", "c", "p", "v", "u", "d")  # 山东|联通|分别|与
                or after.text in _LIST_JOINERS
                or self._is_title(after.text)
            ):
                result.append(_Candidate(token.start, end, "Organization", "org-suffix", None, "Company"))
        return result

    def _housing_estates(self, tokens: list[Token]) -> list[_Candidate]:
        """南湖|小区, 天景|花园, 幸福|社区|的|居民: a housing estate or community named by a
        word jieba reads as a name or a place (not a known place: 北京市|社区 is the city's
        communities), or by any word when its residents follow or 家住 comes before.
        Only the words for an estate are visited."""
        result = []
        for index in self._positions(tokens, words=_ESTATE_WORDS):
            if index == 0:
                continue
            token, name = tokens[index], tokens[index - 1]
            if token.text not in _ESTATE_WORDS or not 2 <= len(name.text) <= 4 or not _ALL_CJK.match(name.text):
                continue
            if name.text[0] in _DETERMINERS or name.text in self.gazetteer.not_entities:
                continue
            if name.text + token.text in self.gazetteer.not_entities:
                continue  # 老旧|小区: a kind of estate, named by no one
            if name.text[-1] in "到去来在赴进" and self._looks_like_chinese_name(name.text[:-1]):
                continue  # 副区长|马晓红到|社区: a name and a verb of going, glued by the HMM
            following = [t.text for t in tokens[index + 1 : index + 3]]
            residents = bool(following) and (
                following[0] in _RESIDENTS or (following[0] == "的" and following[1:2] and following[1] in _RESIDENTS)
            )
            lives = index >= 2 and tokens[index - 2].text in _LIVING_IN
            if (
                name.tag in ("ns", "nz", "nr", "new")
                # 幸福|社区|居民|很满意 may describe a happy community; 家住 says it is a place
                or (lives and name.tag in ("a", "n", "nrt"))
                or (
                    (residents or lives)
                    and (name.tag in ("n", "nrt") or (name.tag == "gaz" and self._gazetteer_type(name) == "Place"))
                )
            ):
                result.append(_Candidate(name.start, token.end, "Place", "place-context"))
        return result

    def _roads_named_after_places(self, tokens: list[Token]) -> list[_Candidate]:
        """张掖|路, 南京|东路, 长安|大街: a street named after a place (which the
        gazetteer knows) is the street, not the place. Only the words for a street or
        the way along one are visited."""
        result = []
        for index in self._positions(tokens, words=_STREET_AND_ROAD_WORDS):
            if index == 0:
                continue
            token, before = tokens[index], tokens[index - 1]
            if token.text in _STREET_KINDS and before.tag == "gaz" and self._gazetteer_type(before) == "Place":
                result.append(_Candidate(before.start, token.end, "Place", "place-context"))
            elif (
                token.text in _ROAD_AND_SIDE
                and before.tag == "gaz"
                and self._gazetteer_type(before) == "Place"
                # 前往|上海|路上: on the way to the place, no road of its name
                and not (index >= 2 and tokens[index - 2].text in _ON_THE_WAY_TO)
            ):
                # 鼓楼区|湖南|路上, 在|南京|路口: jieba glued the road's 路 to the word after it
                result.append(_Candidate(before.start, token.start + 1, "Place", "place-context"))
        return result

    def _parks_and_science_cities(self, tokens: list[Token]) -> list[_Candidate]:
        """中关村|科学城, 中白|工业园, 怀柔|科学城: an industrial park or a science city named
        by a place or a name of its own (jieba tags 科学城 as a name): a place, like the
        zones the gazetteer knows (苏州工业园区). A word of another kind before it names
        none (光伏|产业园: a field; 东方|工业园: a direction)."""
        result = []
        for index in range(1, len(tokens)):
            kind, name = tokens[index], tokens[index - 1]
            if kind.text not in _PARK_KINDS:
                continue
            if (
                2 <= len(name.text) <= 4
                and _ALL_CJK.match(name.text)
                and name.text[0] not in _NOT_VENUE_NAME
                and (
                    (name.tag == "gaz" and self._gazetteer_type(name) == "Place")
                    # not a field's abbreviation (光伏 j, 电商 j) or a common noun
                    or (name.tag in _PARK_NAME_TAGS and self.tokenizer.FREQ.get(name.text, 0) <= _COMMON_WORD)
                )
            ):
                result.append(_Candidate(name.start, kind.end, "Place", "place-context"))
            elif (
                index >= 2
                and 2 <= len(name.text) <= 4
                and _ALL_CJK.match(name.text)
                and tokens[index - 2].tag == "gaz"
                and self._gazetteer_type(tokens[index - 2]) == "Place"
            ):
                # 庆阳|西部数据|产业园, 合肥|光伏|产业园: a field's park named with its place
                result.append(_Candidate(tokens[index - 2].start, kind.end, "Place", "place-context"))
        return result

    def _named_roads(self, tokens: list[Token]) -> list[_Candidate]:
        """解放|西路, 人民|路|与, 沿着|春|都|路, 金洲|大道: a street named by a word or
        two of its own, which jieba cuts from the word for a road (and may cut in two).
        A one-character word for a road (路, 街, 巷) follows many words that name no
        street (回家|路|上), so it is read as one only where the text places it: after a
        word of going along or being on it (沿着, 位于, 途经) or right after the city or
        district it is in (荔湾区|华林|街), or before a house number, a crossing or another
        street (与, 交叉口, 12号); a road written with its quarter
        (西路) or as an avenue (大道, 大街, 胡同) is one anywhere. Only the words for a
        street and the words ending in 路, 街 or 巷 are visited."""
        result = []
        for index in self._positions(tokens, words=_STREET_KINDS, last_chars="路街巷"):
            if index == 0:
                continue
            road = tokens[index]
            if road.text not in _STREET_KINDS and _NUMBERED_ROAD.fullmatch(road.text) is None:
                continue
            first = index - 1
            name = tokens[first]
            if not self._may_name_a_road(name) or (len(name.text) < 2 and first == 0):
                continue
            if (
                first > 0
                and len(name.text) + len(tokens[first - 1].text) <= 4
                and (len(name.text) == 1 or len(tokens[first - 1].text) == 1)
                and self._may_name_a_road(tokens[first - 1])
                and tokens[first - 1].text[0] not in _NOT_VENUE_NAME
            ):
                first -= 1  # 春|都|路, 梅|溪湖|路: a name jieba cut in two, one part a single character
            start = tokens[first].start
            along = first > 0 and tokens[first - 1].text in _ALONG_A_ROAD
            if tokens[first].tag == "new" and tokens[first].text[0] in _ALONG_A_ROAD:
                start, along = start + 1, True  # 沿金洲|大道: the HMM glued the preposition on
            length = road.start - start
            if not 2 <= length <= 4 or tokens[first].text[0] in _NOT_VENUE_NAME:
                continue
            after = tokens[index + 1].text if index + 1 < len(tokens) else ""
            placed = (
                road.text in _NAMING_STREET_KINDS
                # (落地|一路|绿灯: 一路 is "all the way" as often, placed like any road)
                or (_NUMBERED_ROAD.fullmatch(road.text) is not None and road.text != "一路")
                or along
                # 洛阳市|春|都|路: a street right after the city or district it is in
                or (first > 0 and self._gazetteer_subtype(tokens[first - 1]) in ("City", "District"))
                or _AFTER_A_ROAD.match(after) is not None
                # 人民|路|与|解放|路: another street follows (not 转型|路|与|资本)
                or (after in ("与", "和") and any(self._is_street_word(t.text) for t in tokens[index + 2 : index + 5]))
            )
            if placed:
                result.append(_Candidate(start, road.end, "Place", "place-context"))
        return result

    @staticmethod
    def _is_street_word(word: str) -> bool:
        """Whether ``word`` is a word for a street (路, 西路) or ends with one (中山路)."""
        return word in _STREET_KINDS or _NUMBERED_ROAD.fullmatch(word) is not None or word[-1:] in "路街巷"

    def _may_name_a_road(self, token: Token) -> bool:
        """Whether a word may be (part of) a street's name: a word of Chinese characters,
        no function word, pronoun, number or word for a place's part, no body's name and
        no word that names nothing."""
        return (
            _ALL_CJK.match(token.text) is not None
            and token.tag[:1] not in _NOT_ROAD_NAME_TAGS
            and token.tag != "nt"
            and token.text not in _STREET_KINDS  # 张掖|路|步行街: the street's own kind
            and token.text not in self.gazetteer.not_entities
            and (token.tag != "gaz" or self._gazetteer_type(token) == "Place")
            and (len(token.text) < 2 or self._suffix_of(token.text) is None)  # 阿根廷队|中路: a team's midfield
        )

    def _financial_firms(self, tokens: list[Token]) -> list[_Candidate]:
        """天风|证券, 易方达|基金, 红杉|资本, 长江|证券, 成都|农商行: a financial firm named by
        its brand and its trade, which jieba cuts apart (the brand read as a place or a
        person). A place names securities firms, trusts and rural banks (长江证券, 山西信托);
        a fund or an investment firm needs a brand of its own (not 香港|资本); a noun after
        the trade makes it a kind of business (证券|市场)."""
        result = []
        for index in range(1, len(tokens)):
            trade = tokens[index]
            if trade.text not in _FINANCIAL_TRADES:
                continue
            after = tokens[index + 1] if index + 1 < len(tokens) else None
            titled = self._title_follows(tokens, index + 1)
            if (
                after is not None
                and after.tag in ("n", "vn", "nz", "ng")
                and not titled
                and self._suffix_of(after.text) is None
            ):
                continue  # 证券|市场, 基金|规模 (but 基金|基金经理, 证券|首席|分析师)
            brand = tokens[index - 1]
            word = brand.text
            if not 2 <= len(word) <= 4 or not _ALL_CJK.match(word) or word in self.gazetteer.not_entities:
                continue
            kind = self._gazetteer_type(brand) if brand.tag == "gaz" else None
            if kind == "Place":
                entry = self.gazetteer.lookup(word)
                if trade.text not in _TRADES_NAMED_BY_PLACES and not (
                    # 长城|基金, 前海|人寿, 华夏|基金: a region, site or poetic name of the
                    # country as a brand; not a country's or a division's funds (香港|资本)
                    entry is not None
                    and not entry.key.startswith(_CHINESE_DIVISION_PREFIX)
                    and (entry.subtype != "Country" or word in _POETIC_NAMES_OF_CHINA)
                ):
                    continue
                if self._is_country(brand) and word not in _POETIC_NAMES_OF_CHINA:
                    continue  # 中国|证券
            elif kind is not None:
                continue
            elif brand.tag not in ("new", "nz", "nr", "nrt", "j") and not (
                brand.tag == "ns" and trade.text in _TRADES_NAMED_BY_PLACES
            ):
                # 南方|基金, 平安|证券|发布, 富国|基金, 招商|基金|基金经理: a brand that is an
                # ordinary word (or a place jieba knows and the gazetteer does not, before
                # a fund), where a title, a list or a verb shows the firm
                listed = after is not None and after.text in ("、", "等", "和", "与")
                acting = after is not None and after.tag[:1] == "v"
                if not (
                    len(word) == 2
                    and (
                        (brand.tag in ("f", "s", "a", "ns") and (titled or listed or acting))
                        # 招商|基金|基金经理; not 全球|环境|基金|与: a noun needs the title
                        or (brand.tag == "n" and titled)
                    )
                ):
                    continue
            result.append(_Candidate(brand.start, trade.end, "Organization", "org-suffix", None, "Company"))
        return result

    @staticmethod
    def _in_list_of_division_kinds(tokens: list[Token], index: int) -> bool:
        """Whether the kind of division at ``tokens[index]`` (自治区) follows another in a
        list (各省、自治区, 省区市和自治区): every division of those kinds, no one of them."""
        if index < 2 or tokens[index - 1].text not in ("、", "和", "及", "与"):
            return False
        before = tokens[index - 2].text
        return before in _DIVISION_KINDS or before.lstrip("各")[-1:] in _ADMINISTRATIVE_LEVELS

    def _title_follows(self, tokens: list[Token], index: int) -> bool:
        """Whether a title begins at ``tokens[index]``: one word, two words (基金|经理) or
        首席 before the rest (首席|策略|分析师)."""
        if index >= len(tokens):
            return False
        word = tokens[index].text
        if self._is_title(word) or word == "首席":
            return True
        return index + 1 < len(tokens) and self._is_title(word + tokens[index + 1].text)

    def _districts_after_their_city(self, tokens: list[Token]) -> list[_Candidate]:
        """杭州|余杭, 苏州|吴江, 深圳|坪山: a county-level division named without its kind
        right after its city or province, which makes it that division (alone, jieba reads
        such a word as a name: 余杭 as a person). 上海|张江，: a rare word that looks
        like a person's name, right after a city and before a pause, is a town or area of
        it (a list of clubs, 北京|奥神、, holds no names of people to begin with). Only the
        gazetteer's names are visited."""
        result = []
        for index in self._positions(tokens, tags=("gaz",)):
            if index + 1 == len(tokens):
                break
            token = tokens[index]
            if token.tag != "gaz":
                continue
            entry = self.gazetteer.lookup(token.text)
            if entry is None or not entry.key.startswith("cn-") or entry.subtype == "District":
                continue
            name = ""
            found = False
            for last in range(index + 1, min(index + 3, len(tokens))):
                name += tokens[last].text
                if len(name) > 4 or not _ALL_CJK.match(name):
                    break
                if (
                    (district := self.gazetteer.district_of(entry.key, name)) is not None
                    # 江西|九江: the province's city, not the county of that name (九江县)
                    and not self._city_of(entry, name)
                    and (last + 1 == len(tokens) or tokens[last + 1].text[:1] not in _PLACE_SUFFIX_CHARS)
                    # 天津|和平|发展: a common word that is not read as a place is no district
                    and (self._tags.get(name) == "ns" or self.tokenizer.FREQ.get(name, 0) <= _COMMON_WORD)
                    and name not in _LANDMARK_ENDINGS  # 丽江|古城: the old town, not 古城区
                    # 在南昌|新建|智能分拨中心: a verb jieba reads as one before its object, no
                    # 新建区 (but 南昌|新建|、 in a list)
                    and not (
                        last == index + 1
                        and tokens[last].tag == "v"
                        and last + 1 < len(tokens)
                        and tokens[last + 1].tag[:1] in ("n", "v", "a")
                    )
                ):
                    result.append(
                        self._entry_candidate(
                            tokens[index + 1].start, tokens[last].end, district, "district-after-city"
                        )
                    )
                    found = True
                    break
            following = tokens[index + 1]
            if not found and following.tag == "gaz" and self._gazetteer_type(following) == "Organization":
                # 西藏|阿里: a place of the province that a company's short form spells (阿里地区,
                # not 阿里巴巴), written without its kind
                place = next(
                    (
                        place
                        for kind in _PREFECTURE_KINDS
                        if (place := self.gazetteer.lookup(following.text + kind)) is not None
                        and place.type == "Place"
                        and any(a.key == entry.key for a in self.gazetteer.ancestors(place.key))
                    ),
                    None,
                )
                if place is not None:
                    result.append(self._entry_candidate(following.start, following.end, place, "district-after-city"))
                    found = True
            if (
                not found
                and following.tag in ("ns", "nr", "nz", "new")
                and 2 <= len(following.text) <= 5
                and following.text[-1] in "县旗"
                and _ALL_CJK.match(following.text)
                # 北京市|怀柔县|民政局: the county begins a body's name
                and not (
                    index + 2 < len(tokens)
                    and (
                        self._is_body_word(tokens[index + 2].text)
                        or self._suffix_of(tokens[index + 2].text) is not None
                    )
                )
            ):
                # 宁波市|鄞县, 苏州市|吴江县, 山东|寿光县: a county named in full after its city
                # or province, though the gazetteer has it by a later name (鄞州区, 寿光市); the
                # division of that stem when there is one
                district = self.gazetteer.district_of(entry.key, following.text[:-1])
                result.append(
                    self._entry_candidate(following.start, following.end, district, "district-after-city")
                    if district is not None
                    else _Candidate(following.start, following.end, "Place", "place-context")
                )
                found = True
            if not found:
                after = tokens[index + 2].text[:1] if index + 2 < len(tokens) else "。"
                if (
                    following.tag in ("new", "nr")
                    and len(following.text) == 2
                    and _ALL_CJK.match(following.text)
                    and self.tokenizer.FREQ.get(following.text, 0) <= _RARE_WORD
                    and after in _PAUSES_AFTER_A_TOWN
                    and self._looks_like_chinese_name(following.text)
                ):
                    # 上海|张江，周浦: a town or area, not a person
                    result.append(_Candidate(following.start, following.end, "Place", "place-context"))
        return result

    def _city_of(self, province: GazetteerEntry, name: str) -> bool:
        """Whether ``name`` is, in the gazetteer, a city of ``province`` (九江 of 江西)."""
        city = self.gazetteer.lookup(name)
        return city is not None and city.subtype == "City" and city.parent == province.key

    def _district_branch_end(self, tokens: list[Token], first: int | None, index: int) -> int | None:
        """Where a branch that begins at ``index`` after an organization whose words run
        from ``first`` ends, when the branch is named by a district of the city in that
        organization's name, written without its level (连云港市公安局|海州|分局 for
        海州区 of 连云港市; jieba may cut the district's name in two: 南|谯|分局)."""
        if first is None:
            return None
        districts: frozenset[str] = frozenset()
        for token in tokens[first:index]:
            entry = self.gazetteer.lookup(token.text) if token.tag == "gaz" else None
            if entry is not None and entry.type == "Place":
                districts = self.gazetteer.district_names_by_parent.get(entry.key, districts)
        name = ""
        for last in range(index, min(index + 2, len(tokens))):
            name += tokens[last].text
            if name in districts:
                return _branch_end(tokens, last + 1)
        return None

    def _names_listed_together(self, tokens: list[Token]) -> list[_Candidate]:
        """与|张朝阳|、|丁磊|等: two or more words jieba tags as people's names, each a
        surname and one or two characters, listed with 、 are people, though none has a
        title or speech verb beside it; one such word alone may be an ordinary word
        (朝阳), a list of them is seldom anything but names."""
        result = []
        resume = 0  # the first token after the last list found
        # only the words jieba tags as names (nr) can begin a list (see _is_listed_name)
        for index in self._positions(tokens, tags=("nr",)):
            if index < resume:
                continue
            run = [index]
            while (
                run[-1] + 2 < len(tokens)
                and tokens[run[-1] + 1].text == "、"
                and self._is_listed_name(tokens[run[-1] + 2])
            ):
                run.append(run[-1] + 2)
            if len(run) >= 2 and self._is_listed_name(tokens[index]):
                result += [_Candidate(tokens[i].start, tokens[i].end, "Person", "person-list") for i in run]
                resume = run[-1] + 1
        return result

    def _is_listed_name(self, token: Token) -> bool:
        """Whether ``token`` is a word jieba tags as a person's name that looks like a
        Chinese one (see _names_listed_together)."""
        return (
            token.tag == "nr"
            and len(token.text) in (2, 3)
            and token.text not in self.gazetteer.by_name
            and token.text not in self.gazetteer.not_entities
            and token.text not in self.gazetteer.district_short_forms  # 兰考、封丘等县
            and self.tokenizer.FREQ.get(token.text, 0) <= _RARE_WORD  # 阳光、沙滩
            and self._looks_like_chinese_name(token.text)
        )

    def _people_in_lists(self, text: str, tokens: list[Token], candidates: list[_Candidate]) -> list[_Candidate]:
        """阎敦实、余志华、周道炯、傅立民: in a list of names joined by 、, every item that
        looks like a Chinese name (a surname and one or two characters) or is a whole
        foreign name in the transliteration alphabet is a person when one item is known
        to be, even where the given name is an ordinary word (张森林). The last item
        may end where the sentence's verb begins (、王立新出席), and an item may follow
        和, 与 or 及 (李强和雷鸣、…)."""
        people = {(c.start, c.end) for c in candidates if c.type == "Person"}
        if not people:
            return []  # no known person, no list of people
        by_start = {t.start: t for t in tokens}
        index_by_start = {t.start: i for i, t in enumerate(tokens)}
        found: set[tuple[int, int]] = set()
        foreign: set[tuple[int, int]] = set()  # two-character foreign names found so
        queue = sorted(people)
        while queue:
            start, end = queue.pop()
            for options in (
                [_list_item_after(text, end)],
                _list_items_before(text, start),
                [_list_item_after(text, end, longest=6)],
                _list_items_before(text, start, longest=6)[:1],
                [self._list_item_before_verb(text, end, by_start)],
                [self._name_word_before_conjunction(start, tokens, index_by_start)],
            ):
                for item in options:
                    if item is None or item in people or item in found:
                        continue
                    if self._begins_inside_title(item[0], tokens, index_by_start):
                        continue  # 副主任|韦钰、张天保: 任 ends the title, no name begins there
                    word = text[item[0] : item[1]]
                    if (
                        len(word) == 3
                        and word[0] in _PREPOSITIONS_BEFORE_LISTS
                        and word[1] in self.gazetteer.common_surnames
                        and self._looks_like_chinese_name(word[1:])
                    ):
                        # 乘组由|张陆、武飞: the preposition before a list, no surname 由
                        item = (item[0] + 1, item[1])
                        word = word[1:]
                        if item in people or item in found:
                            continue
                    if (
                        _ALL_CJK.match(word)
                        and (
                            (self._looks_like_chinese_name(word) and not self._is_common_noun_or_verb(word))
                            or (_is_whole_item(text, *item) and self._is_listed_three_character_name(word))
                            or (self._looks_transliterated(word) and _is_whole_item(text, *item))
                            # 奥尔布赖特、科恩和伯杰: a two-character foreign name jieba's
                            # dictionary holds as a name, listed with a foreign one
                            or (
                                len(word) == 2
                                and all(ch in TRANSLITERATION for ch in word)
                                and self._tags.get(word, "").startswith("nr")
                                and _is_whole_item(text, *item)
                                and (
                                    (start, end) in foreign
                                    or self._looks_transliterated(text[start:end].rpartition("·")[2])
                                )
                            )
                        )
                        and word not in self.gazetteer.by_name
                    ):
                        found.add(item)
                        queue.append(item)
                        if len(word) == 2 and not self._looks_like_chinese_name(word):
                            foreign.add(item)
                        break
        married = {
            (start - 1, end)
            for start, end in people | found
            if end - start == 3
            and start >= 1
            and text[start - 1] in self.gazetteer.surnames
            and (start == 1 or text[start - 2] in _LIST_MARKS)
            and text[end : end + 1] in _LIST_MARKS
        }
        # 陈方安生: a married woman named with her husband's surname before her own (as in
        # Hong Kong), a list's whole item of four characters
        found |= married
        return [_Candidate(start, end, "Person", "person-list") for start, end in sorted(found)]

    def _is_listed_three_character_name(self, word: str) -> bool:
        """Whether ``word``, a whole item of a list of people, is a name though a character
        of it seldom sits in one (李卓人, 李长之, 刘于鹤: 人, 之 and 于 end or break most
        words a surname begins): a surname and two characters that are no word jieba
        knows, or a word its dictionary holds as a name (果永毅)."""
        if len(word) != 3 or word in self.gazetteer.by_name:
            return False
        if self._tags.get(word, "").startswith("nr"):
            return True
        return (
            word[0] in self.gazetteer.common_surnames
            and self.tokenizer.FREQ.get(word, 0) == 0
            and self.tokenizer.FREQ.get(word[1:], 0) == 0
            and not any(ch in "的了在是和与及等" for ch in word)
        )

    def _begins_inside_title(self, position: int, tokens: list[Token], index_by_start: dict[int, int]) -> bool:
        """Whether ``position`` falls inside a word that is a title (副主|任 in 副主任)."""
        if position in index_by_start:
            return False
        starts = [start for start in range(position - 1, max(position - 6, -1), -1) if start in index_by_start]
        if not starts:
            return False
        token = tokens[index_by_start[starts[0]]]
        return token.end > position and self._is_title(token.text)

    def _is_common_noun_or_verb(self, word: str) -> bool:
        """Whether jieba's dictionary knows ``word`` well as a common noun, verb or
        adjective (公安, 金融: words that happen to begin with a surname), not as a name or
        place (a name it counts rarely, 程志, may still be one)."""
        tag = self._tags.get(word) if self.tokenizer.FREQ.get(word, 0) >= _COMMON_WORD else None
        return tag is not None and tag[:1] in "nva" and tag[:2] not in ("nr", "ns", "nt", "nz")

    def _doubles_partners(self, text: str, tokens: list[Token], candidates: list[_Candidate]) -> list[_Candidate]:
        """女双刘蕾／萨蒂娅, 男双苏加迪／陈国强: a doubles pair written with a slash, where
        one partner is known to be a person and the other reads as a name (a Chinese name
        or a whole foreign one in the transliteration alphabet) made of whole words."""
        people = {(c.start, c.end) for c in candidates if c.type == "Person"}
        slashed = [
            (start, end)
            for start, end in people
            if (end < len(text) and text[end] in "／/") or (start > 0 and text[start - 1] in "／/")
        ]
        if not slashed:
            return []
        index_by_start = {t.start: i for i, t in enumerate(tokens)}
        index_by_end = {t.end: i for i, t in enumerate(tokens)}
        result = []
        for start, end in slashed:
            if end < len(text) and text[end] in "／/" and end + 1 in index_by_start:
                span = self._partner_name(text, tokens, range(index_by_start[end + 1], len(tokens)), after=True)
                if span and span not in people:
                    result.append(_Candidate(*span, "Person", "person-list"))
            if start > 0 and text[start - 1] in "／/" and start - 1 in index_by_end:
                span = self._partner_name(text, tokens, range(index_by_end[start - 1], -1, -1), after=False)
                if span and span not in people:
                    result.append(_Candidate(*span, "Person", "person-list"))
        return result

    def _partner_name(self, text: str, tokens: list[Token], indexes: range, *, after: bool) -> tuple[int, int] | None:
        """The span of whole words next to a doubles slash, taken one word at a time away
        from it (``indexes``), that reads as a name and is followed (``after``) by a
        verb, a preposition, an adverb or punctuation, or preceded by anything."""
        taken: list[Token] = []
        for index in indexes[:4]:
            token = tokens[index]
            if token.tag == "x":
                break
            taken.append(token)
            start = min(t.start for t in taken)
            end = max(t.end for t in taken)
            word = text[start:end]
            if len(word) > 8:
                break
            if not (self._looks_like_chinese_name(word) or self._looks_transliterated(word)):
                continue
            if word in self.gazetteer.by_name:
                continue
            if after:
                following = tokens[index + 1] if index + 1 < len(tokens) else None
                if following is not None and following.tag not in ("x", "v", "p", "d", "c", "uj"):
                    continue
            return (start, end)
        return None

    def _counted_divisions(self, tokens: list[Token]) -> list[_Candidate]:
        """浦东、闵行、嘉定|三区, 在|福田、南山|两区, 青浦、吴江、嘉善|三地: a list of as many
        short names as the count of districts, counties or places after it names
        county-level divisions, each by its short form (which alone is too often a common
        word to be taken for one); an item the table does not know by its short form is
        looked up among the districts of the city another item lies in (南山 of 深圳).
        Only the tokens that begin with a digit are visited."""
        result = []
        for index in self._positions(tokens, first_chars=_CHINESE_DIGITS.keys()):
            token = tokens[index]
            if index < 3 or token.text[:1] not in _CHINESE_DIGITS:
                continue
            counted = _COUNTED_DIVISIONS.fullmatch(token.text)
            if counted is None and len(token.text) == 1 and index + 1 < len(tokens):
                counted = _COUNTED_DIVISIONS.fullmatch(token.text + tokens[index + 1].text)  # 三|区县
            if counted is None:
                continue
            items = [tokens[index - 1]]
            while (at := index - 2 * len(items)) >= 1 and tokens[at].text == "、":
                items.append(tokens[at - 1])
            if len(items) != _CHINESE_DIGITS.get(counted.group(1), 0) or not all(
                2 <= len(item.text) <= 3 and _ALL_CJK.match(item.text) for item in items
            ):
                continue
            found = {item.start: self._division_by_short_form(item.text) for item in items}
            parents = {entry.parent for entry in found.values() if entry is not None and entry.parent}
            # 秭归 of 宜昌, 巴东 of 恩施: two prefectures, one province to look 兴山 up in
            provinces = {self._province_of(parent) for parent in parents}
            for item in items:
                entry = found[item.start]
                # 通州 of 南通 or of 北京: the city of the other items (顺义, 大兴) decides
                others = {e.parent for at, e in found.items() if at != item.start and e is not None and e.parent}
                if len(others) == 1 and (entry is None or entry.parent not in others):
                    entry = self.gazetteer.district_of(next(iter(others)), item.text) or entry
                if entry is None and len(parents) == 1:
                    entry = self.gazetteer.district_of(next(iter(parents)), item.text)
                if entry is None and len(provinces) == 1 and (province := next(iter(provinces))) is not None:
                    entry = self.gazetteer.district_of(province, item.text)
                if entry is not None:
                    result.append(self._entry_candidate(item.start, item.end, entry, "place-list"))
        return result

    def _province_of(self, key: str) -> str | None:
        """The key of the Chinese province the division ``key`` lies in (itself if one)."""
        entry = self.gazetteer.entries.get(key)
        while entry is not None and entry.subtype != "Province":
            entry = self.gazetteer.entries.get(entry.parent) if entry.parent else None
        return entry.key if entry is not None else None

    def _division_by_short_form(self, name: str) -> GazetteerEntry | None:
        """The Chinese city or county-level division ``name`` is the short form of (中山 →
        中山市, 闵行 → 闵行区, 浦东 → 浦东新区), a city before a district of the same short
        name, or the known place of that name."""
        if not (2 <= len(name) <= 3 and _ALL_CJK.match(name)):
            return None
        city = self.gazetteer.lookup(name + "市")
        if city is not None and city.type == "Place" and city.key.startswith("cn-"):
            return city
        if (key := self.gazetteer.district_short_forms.get(name)) is not None:
            return self.gazetteer.entries[key]
        entry = self.gazetteer.lookup(name) or self.gazetteer.lookup(name + "新区")
        return entry if entry is not None and entry.type == "Place" else None

    def _places_in_lists(self, text: str, tokens: list[Token], candidates: list[_Candidate]) -> list[_Candidate]:
        """旧金山、纽约、波士顿、休斯顿、洛杉矶: in a list joined by 、 (and 和, 及 or 与
        before the last item) whose other items are mostly known places, or that ends
        in 等地 or 等5城市, an item read as a person's name, or a word jieba reads as a
        name and nothing else claims, is a place too. A name found by a title or an
        interpunct keeps its reading."""
        by_span: dict[tuple[int, int], str] = {}
        ends: dict[int, list[_Candidate]] = {}
        starts: dict[int, list[_Candidate]] = {}
        strong: set[tuple[int, int]] = set()
        for candidate in candidates:
            if candidate.type not in ("Place", "Person"):
                continue
            span = (candidate.start, candidate.end)
            if candidate.type == "Place" or span not in by_span:
                by_span[span] = candidate.type
            ends.setdefault(candidate.end, []).append(candidate)
            starts.setdefault(candidate.start, []).append(candidate)
            if candidate.rule in (
                "person-title",
                "person-speaking",
                "person-cut-title",
                "person-appointed",
                "person-interpunct",
            ):
                strong.add(span)
        covered = {c.start for c in candidates}
        items = [(c.start, c.end) for c in candidates if c.type == "Person" and (c.start, c.end) not in strong]
        # 采访了|兰考、封丘等县: the list's first item, a word of jieba's after a verb,
        # preposition or particle, which holds only where the list ends as one of places
        first_items: set[tuple[int, int]] = set()
        for index in self._positions(tokens, tags=("nr", "nrt", "nrfg", "ns", "nz", "new")):
            token = tokens[index]
            if (
                token.tag in ("nr", "nrt", "nrfg", "ns", "nz", "new")
                and 2 <= len(token.text) <= 4
                and token.start not in covered
                and token.text[0] not in _GLUED_AFTER_NAME  # 从美、日、德: a preposition glued on
                and _ALL_CJK.match(token.text)
                # 兴山, 延庆: a county's short form, however often jieba sees the word
                and (not self._is_ordinary_word(token.text) or self.gazetteer.district_short_forms.get(token.text))
            ):
                if _is_list_item(text, token.start, token.end):
                    items.append((token.start, token.end))
                elif (
                    index > 0
                    and tokens[index - 1].tag[:1] in ("v", "p", "u")
                    and text[token.end : token.end + 1] == "、"
                ):
                    items.append((token.start, token.end))
                    first_items.add((token.start, token.end))
        result = []
        for start, end in set(items):
            if _is_place_glued_to_its_count(text[start:end]):
                continue  # 京、津、|冀三地: the list's last place by its character, and the count
            first = (start, end) in first_items
            if not ((start > 0 and text[start - 1] in "、和及与") or (end < len(text) and text[end] == "、")) or not (
                first or _is_list_item(text, start, end)
            ):
                continue
            kinds: list[str | None] = []
            position = start  # items before
            while len(kinds) < 4 and position > 0 and text[position - 1] in "、和及与":
                before = max(ends.get(position - 1, ()), key=lambda c: c.end - c.start, default=None)
                if before is None:
                    break
                kinds.append(by_span.get((before.start, before.end)))
                position = before.start
            position = end  # items after
            while len(kinds) < 8 and position < len(text) and text[position] in "、和及与":
                after = max(starts.get(position + 1, ()), key=lambda c: c.end - c.start, default=None)
                if after is None:
                    break
                kinds.append(by_span.get((after.start, after.end)))
                position = after.end
            if _PLACE_LIST_END.match(text, position):
                kinds += ["Place", "Place"]  # 伦敦希斯罗及曼彻斯特等地, …、洛杉矶等5城市
            elif first:
                continue
            places = kinds.count("Place")
            if places >= 2 and places > 2 * kinds.count("Person"):
                result.append(_Candidate(start, end, "Place", "place-list"))
        return result

    def _sites_in_lists(self, text: str, tokens: list[Token]) -> list[_Candidate]:
        """拙政园、留园等古典园林, 洪崖洞、解放碑等景点: in a list that ends in 等 and a word
        for scenic spots or heritage sites, every item, however jieba cut it, is one,
        unless it is an ordinary word (山水、园林等景观) or holds a function word. The first
        item begins where a word does after the verb or words before it."""
        matches = list(_SITE_LIST.finditer(text))
        if not matches:
            return []
        starts = {t.start for t in tokens}
        ends = {t.end for t in tokens}
        result = []
        for match in matches:
            position = match.start(1)
            items = match.group(1).split("、")
            for number, item in enumerate(items):
                start, end = position, position + len(item)
                position = end + 1
                if number == 0:
                    # 游览了拙政园: the longest end of the first item that begins a word
                    # and holds no function word
                    start = next(
                        (
                            at
                            for at in range(start, end - 1)
                            if at in starts and not any(ch in _NAME_STOPPERS for ch in text[at:end])
                        ),
                        end,
                    )
                    if end - start < 2 or self._tags.get(text[start : start + 2], "")[:1] == "v":
                        continue
                name = text[start:end]
                if (
                    start in starts
                    and end in ends
                    and not any(ch in _NAME_STOPPERS for ch in name)
                    and not self._is_ordinary_word(name)
                ):
                    result.append(_Candidate(start, end, "Place", "place-list"))
        return result

    def _companies_in_lists(self, tokens: list[Token], candidates: list[_Candidate]) -> list[_Candidate]:
        """摩尔线程、壁仞科技、沐曦集成电路等国产GPU企业: in a list joined by 、 that ends in
        等 (or a count of the leading ones: 四大|品牌) and, within a few words, one for
        companies, their brands or bodies (企业, 公司, 厂商, 品牌, 机构), every
        item is an organization whatever jieba made of it (a technology, nothing), unless
        an item is a place or a person (北京、上海等城市的企业, 张三、李四等公司员工)."""
        known = {(c.start, c.end) for c in candidates if c.type == "Organization"}
        others: set[int] | None = None  # where places and people are, found once if needed
        places: set[int] = set()
        result = []
        # the words 等 and 等等 and those ending in 大 (四大: see _COUNT_OF_LEADERS)
        for index in self._positions(tokens, words=("等", "等等"), last_chars="大"):
            token = tokens[index]
            if token.text not in ("等", "等等") and _COUNT_OF_LEADERS.fullmatch(token.text) is None:
                continue
            kind = index + 1  # 等|国产|GPU|企业, not 等|城市|的|企业
            while kind < min(index + 5, len(tokens)) and tokens[kind].tag not in ("x", "uj", "v"):
                if tokens[kind].text.endswith(_KINDS_OF_COMPANY):
                    break
                kind += 1
            if kind >= len(tokens) or not tokens[kind].text.endswith(_KINDS_OF_COMPANY):
                continue
            items: list[tuple[int, int]] = []
            common = None  # how many items came before the first ordinary noun
            end = index
            while end > 0:
                first = end
                while first > 0 and end - first < 3 and self._may_be_list_item(tokens[first - 1]):
                    first -= 1
                if first == end:
                    break
                if common is None and first + 1 == end and self._is_common_noun(tokens[first]):
                    common = len(items)  # 钢铁、煤炭等行业企业: trades and kinds, no names
                items.append((tokens[first].start, tokens[end - 1].end))
                if first == 0 or tokens[first - 1].text not in ("、", "和", "及", "与"):
                    break
                if (
                    tokens[first - 1].text == "与"
                    and first >= 2
                    and self._is_ordinary_word(tokens[first - 2].text)
                    and tokens[first - 2].tag != "gaz"
                ):
                    break  # 学院将|重点|与|阿里巴巴、海康威视等企业: 与 after an ordinary word joins no list
                end = first - 1
            if common is not None and known.isdisjoint(items):
                # An ordinary noun ends the list (焦化厂、电器厂等企业), unless the list
                # names a known company: then it is a brand too (海尔、熊猫、小天鹅等厂家).
                items = items[:common]
            if len(items) < 2:
                continue
            if others is None:
                others = {p for c in candidates if c.type in ("Place", "Person") for p in range(c.start, c.end)}
                places = {p for c in candidates if c.type == "Place" for p in range(c.start, c.end)}
            # 京东方、华勤技术、欧菲光等龙头企业: with a known company among them, an item read
            # as a person's name (欧菲光) is a company's too, unless people of the companies
            # follow (华为、张三等企业|代表)
            of_people = kind + 1 < len(tokens) and tokens[kind + 1].tag[:1] == "n"
            excluded = places if not known.isdisjoint(items) and not of_people else others
            if not any(position in excluded for start, stop in items for position in range(start, stop)):
                result += [
                    _Candidate(start, stop, "Organization", "org-suffix", None, "Company")
                    for start, stop in items
                    if (start, stop) not in known and 2 <= stop - start <= 10
                ]
        return result

    def _units_listed_after_units(
        self, text: str, tokens: list[Token], candidates: list[_Candidate]
    ) -> list[_Candidate]:
        """北京大学经济学院、光华管理学院; 清华大学计算机系、软件学院院长: a unit of a known
        body, then 、 and the name of a unit (a college, a department, an institute)
        is another unit of that body, named without it; its key ``+北京大学``
        tells linking whose it is (北京大学光华管理学院). Not when the second names a body
        or place of its own (国家发展改革委价格司、财政部税政司)."""
        starts = {token.start for token in tokens}
        ends = {token.end for token in tokens}
        named = [
            (c.start, c.end)
            for c in candidates
            # 非洲司: a department named by a continent or region it deals with
            if c.type in ("Organization", "Place", "Person") and not (c.key or "").startswith("geo-")
        ]
        result = []
        for candidate in candidates:
            if candidate.type != "Organization" or not text.startswith("、", candidate.end):
                continue
            name = text[candidate.start : candidate.end]
            kind = next((ending for ending in _LISTED_UNIT_ENDINGS if name.endswith(ending)), None)
            parent = self._known_body_opening(name[: -len(kind)]) if kind else None
            if parent is None:
                continue
            start = candidate.end + 1
            match = _LISTED_UNIT.match(text, start)
            if match is None or start not in starts:
                continue
            end = next(
                (start + m.end() for m in _LISTED_UNIT_END.finditer(match.group(), 1) if start + m.end() in ends), None
            )
            if end is None or (text[end - 1] in "系司" and self.tokenizer.FREQ.get(text[end - 2 : end])):
                continue  # 教育|体系, 服务|公司: a word that ends like a unit
            if any(s < end and start < e and (s, e) != (start, end) and s >= start for s, e in named):
                continue  # 财政部|税政司: a body of its own
            result.append(_Candidate(start, end, "Organization", "unit-of-body", "+" + parent, candidate.subtype))
        return result

    def _is_chinese_body(self, name: str, candidate: _Candidate) -> bool:
        """Whether a government body is China's: not an international one, and named
        after a Chinese division or China, or by no place (赣西供电局, 财政部)."""
        if candidate.subtype == "InternationalOrganization":
            return False
        place, _ = self.gazetteer.leading_place(name)
        return place is None or place.key.startswith(_CHINESE_DIVISION_PREFIX) or place.key == "iso-cn"

    def _departments_listed_after_a_placed_body(
        self, text: str, tokens: list[Token], candidates: list[_Candidate]
    ) -> list[_Candidate]:
        """四川省发展改革委、财政厅、住房城乡建设厅; 北京市怀柔县民政局、畜牧局: the bare
        names of a government's departments listed after one named with its place are that
        place's (key ``+四川省``, as for :meth:`_units_listed_after_units`), or after one
        named by its level, that level's (自治区商务厅 after 自治区农业农村厅: ``+自治区``): each a run of
        words ending in 局, 厅, 委 or 办 that no rule found as a name, and that names no
        place and no body the gazetteer knows (国家发展改革委、财政部: the ministry)."""
        starts = {token.start for token in tokens}
        ends = {token.end for token in tokens}
        named = sorted((c.start, c.end) for c in candidates if c.type in ("Organization", "Place", "Person"))
        result = []
        for candidate in candidates:
            if candidate.type != "Organization" or text[candidate.end : candidate.end + 1] not in _LIST_JOINERS:
                continue
            first = text[candidate.start : candidate.end]
            place, rest = self.gazetteer.innermost_leading_place(first)
            if place is not None and place.key.startswith(_CHINESE_DIVISION_PREFIX) and rest[-1:] in "局厅委办":
                whose = place.label
            elif candidate.key is None and first[-1:] in "局厅委办" and (level := UNIT_OF_A_LEVEL.fullmatch(first)):
                # 自治区农业农村厅、工业和信息化厅、商务厅: the departments of the level's
                # government the article is about, as the first one is
                whose = level["level"]
            else:
                continue
            start = candidate.end + 1
            while start in starts:
                # the first word that ends like a department, or its last character before
                # 等 (数据|资源|局等|部门: the HMM glued 等 to 局)
                end = next(
                    (
                        e
                        for e in range(start + 2, min(start + 10, len(text)) + 1)
                        if text[e - 1] in "局厅委办" and (e in ends or text[e : e + 1] == "等")
                    ),
                    None,
                )
                if end is None or not _ALL_CJK.fullmatch(text[start:end]):
                    break
                word = text[start:end]
                if (
                    word in self.gazetteer.by_name
                    # (市园林局及中央电台体育部|主办的: the verb of hosting, no office)
                    or word.endswith(_ACTS_OF_BODIES)
                    or self.gazetteer.leading_place(word)[0] is not None
                    or _overlaps(named, start, end)
                    or len(word) < 3
                ):
                    break
                result.append(_Candidate(start, end, "Organization", "listed-department", "+" + whose))
                if text[end : end + 1] not in _LIST_JOINERS:
                    break
                start = end + 1
        return result

    def _units_after_aliases(self, text: str, candidates: list[_Candidate]) -> list[_Candidate]:
        """中国信息通信研究院（中国信通院）云计算与大数据研究所: a unit named right after a
        known body and its short form in brackets is that body's (key ``+中国信息通信研究院``,
        as for :meth:`_units_listed_after_units`)."""
        bodies = {
            c.end: self.gazetteer.entries[c.key].label
            for c in candidates
            if c.type == "Organization" and c.key in self.gazetteer.entries and text.startswith(("（", "("), c.end)
        }
        result = []
        for unit in candidates:
            if (
                unit.type != "Organization"
                or unit.key is not None
                or unit.start == 0
                or text[unit.start - 1] not in "）)"
            ):
                continue
            opening = max(text.rfind("（", 0, unit.start), text.rfind("(", 0, unit.start))
            if (
                opening in bodies
                and unit.start - opening <= 20
                and text.endswith(_UNITS_OF_BODIES, unit.start, unit.end)
                and self._known_body_opening(text[unit.start : unit.end]) is None
                and self.gazetteer.leading_place(text[unit.start : unit.end])[0] is None
            ):
                parent = bodies[opening]
                result.append(
                    _Candidate(unit.start, unit.end, "Organization", "unit-of-body", "+" + parent, unit.subtype)
                )
        return result

    def _regional_offices_listed(self, text: str, candidates: list[_Candidate]) -> list[_Candidate]:
        """金融监管总局上海监管局、深圳监管局: a known body's office in a place, then 、 (or 和,
        及) and an office of the same kind in another place, named without the body, is
        that body's too (key ``+国家金融监督管理总局``, as for :meth:`_units_listed_after_units`)."""
        by_start = {c.start: c for c in candidates if c.type == "Organization" and c.key is None}
        result = []
        for candidate in sorted(candidates, key=attrgetter("start")):
            if candidate.type != "Organization" or text[candidate.end : candidate.end + 1] not in _LIST_JOINERS:
                continue
            name = text[candidate.start : candidate.end]
            body_end = next(
                (
                    end
                    for end in range(len(name) - 3, 1, -1)
                    if (entry := self.gazetteer.lookup(name[:end])) is not None and entry.type == "Organization"
                ),
                None,
            )
            if body_end is None:
                continue
            body = self.gazetteer.lookup(name[:body_end])
            place, kind = self.gazetteer.leading_place(name[body_end:])
            if body is None or place is None or len(kind) < 2:
                continue
            following = by_start.get(candidate.end + 1)
            while following is not None:
                other, other_kind = self.gazetteer.leading_place(text[following.start : following.end])
                if other is None or other_kind != kind:
                    break
                result.append(
                    _Candidate(
                        following.start,
                        following.end,
                        "Organization",
                        "unit-of-body",
                        "+" + body.label,
                        candidate.subtype,
                    )
                )
                if text[following.end : following.end + 1] not in _LIST_JOINERS:
                    break
                following = by_start.get(following.end + 1)
        return result

    def _known_body_opening(self, name: str) -> str | None:
        """The label of the longest organization of the gazetteer that ``name`` begins
        with and that leaves a unit's name after it (北京大学|经济, 清华大学|计算机)."""
        for end in range(len(name) - 1, 1, -1):
            entry = self.gazetteer.lookup(name[:end])
            if entry is not None and entry.type == "Organization":
                return entry.label
        return None

    def _is_common_noun(self, token: Token) -> bool:
        """A noun or adjective of jieba's dictionary that is no name (钢铁, 焦化厂)."""
        return (
            token.tag[:1] in ("n", "a", "l")
            and token.tag not in ("nr", "nrt", "nrfg", "ns", "nt", "nz")
            and self.tokenizer.FREQ.get(token.text, 0) > 0
        )

    def _may_be_list_item(self, token: Token) -> bool:
        """Whether ``token`` may stand in a company's name in a list (壁仞|科技, MiniMax);
        not a word of belonging (招商银行|旗下|招银理财: the list begins after it)."""
        return (
            token.tag[:1] not in ("x", "v", "p", "c", "u", "d", "r", "m", "q", "f")
            and token.text not in _BELONGING
            and (_ALL_CJK.match(token.text) is not None or _LATIN_WORD.fullmatch(token.text) is not None)
        )

    def _dateline_places(self, text: str, tokens: list[Token], candidates: list[_Candidate]) -> list[_Candidate]:
        """本报德国罗滕堡5月26日电, （本报朗斯6月28日电）: a news agency's dateline names
        the place the story was filed from; the word right before the date is that
        place, whatever jieba makes of it."""
        ends = {t.end: t for t in tokens}
        index_ending = {t.end: i for i, t in enumerate(tokens)}
        places = {c.end: c for c in candidates if c.type == "Place"}
        result = []
        for match in _DATELINE.finditer(text):
            token = ends.get(match.start())
            if (
                token is not None
                and token.tag in ("nr", "nrt", "nrfg", "ns", "nz", "new")
                and 2 <= len(token.text) <= 6
                and _ALL_CJK.match(token.text)
                and (text.endswith(_AGENCIES, 0, token.start) or token.start in places)
            ):
                result.append(_Candidate(token.start, token.end, "Place", "place-context"))
                continue
            # 新华社|卡马|萨里|7月1日电, 卡马|萨里|7月1日讯 opening a line: a name jieba cut in
            # words, between the agency (or the line's start) and the date
            last = index_ending.get(match.start(), -1)
            for first in range(last - 1, max(-1, last - 3), -1) if last >= 0 else ():
                start = tokens[first].start
                name = text[start : match.start()]
                if not all(t.tag in ("nr", "nrt", "nrfg", "ns", "nz", "new") for t in tokens[first : last + 1]):
                    break
                if (
                    3 <= len(name) <= 6
                    and _ALL_CJK.match(name)
                    and (text.endswith(_AGENCIES, 0, start) or start == 0 or text[start - 1] == "\n")
                ):
                    result.append(_Candidate(start, match.start(), "Place", "place-context"))
                    break
            # 新华社黎巴嫩|纳|古拉|2024年5月20日电: the words between the agency's country
            # and the date, however jieba cut them
            for length in range(3, 7):
                country = places.get(match.start() - length)
                if (
                    country is not None
                    and country.subtype == "Country"
                    and text.endswith(_AGENCIES, 0, country.start)
                    and match.start() - length in ends
                    and _ALL_CJK.match(text[match.start() - length : match.start()]) is not None
                ):
                    result.append(_Candidate(match.start() - length, match.start(), "Place", "place-context"))
                    break
        return result

    def _people_in_apposition(self, text: str, tokens: list[Token], candidates: list[_Candidate]) -> list[_Candidate]:
        """A name that begins a clause and is followed, after a comma or 是, by an
        organization and a title: 王建国，国家信息中心副主任，… and 刘冬是国家信息中心主任.
        The organization and title vouch for a name that is an ordinary word (建国)."""
        # only a word jieba reads as a name, or does not know, that opens a clause can begin one
        openings = [
            index
            for index in self._positions(tokens, tags=("nr", "nrfg", "new"))
            if index == 0 or tokens[index - 1].tag == "x"
        ]
        if not openings:
            return []
        org_ends: dict[int, int] = {}
        for candidate in candidates:
            if candidate.type == "Organization" and candidate.end > org_ends.get(candidate.start, 0):
                org_ends[candidate.start] = candidate.end
        starts = {t.start: i for i, t in enumerate(tokens)}
        result = []
        for index in openings:
            token = tokens[index]
            word = token.text
            if len(word) == 1 and index + 1 < len(tokens) and tokens[index + 1].tag in ("nr", "nrfg", "new"):
                word += tokens[index + 1].text  # 李|红梅: jieba cut the surname from the given name
            name_end = token.start + len(word)
            if word[-1] == "是" and token.tag == "new":
                name_end -= 1  # 刘冬是: the HMM glued the verb to the name
            name = text[token.start : name_end]
            if name_end >= len(text) or text[name_end] not in "，是" or name in self.gazetteer.by_name:
                continue
            if not self._looks_like_chinese_name(name):
                continue
            org_end = org_ends.get(name_end + 1)
            title = tokens[starts[org_end]] if org_end in starts else None
            if title is None or not self._is_title(title.text):
                continue
            if text[name_end] == "，" and text[title.end : title.end + 1] not in ("，", ""):
                continue  # 王建国，…副主任，: the apposition closes with a comma
            result.append(_Candidate(token.start, name_end, "Person", "person-title"))
        return result

    @staticmethod
    def _name_word_before_conjunction(
        start: int, tokens: list[Token], index_by_start: dict[int, int]
    ) -> tuple[int, int] | None:
        """The word before 和, 与 or 及 at ``start - 1`` when jieba tags it as a name and it
        opens a clause (马建华|和|杨丽): 和 also joins a person to a thing (公司和杨丽), so
        the word itself must read as a name."""
        index = index_by_start.get(start - 1)
        if not index or tokens[index].text not in ("和", "与", "及"):
            return None
        word = tokens[index - 1]
        if (
            word.tag in ("nr", "nrfg", "new")
            and len(word.text) in (2, 3)
            and (index == 1 or tokens[index - 2].tag == "x")
        ):
            return (word.start, word.end)
        return None

    def _list_item_before_verb(self, text: str, end: int, by_start: dict[int, Token]) -> tuple[int, int] | None:
        """The name-sized item right after a 、, 和, 与 or 及 at ``end`` that ends on a
        word boundary before a verb, an adverb or punctuation (、王立新|出席, 和|周红|、).
        After a conjunction the item must not be an ordinary word unless the list goes
        on (和|雷鸣|、), since 和 also joins a person to a thing."""
        if end >= len(text) or text[end] not in "、和与及":
            return None
        for length in (3, 2):
            following = by_start.get(end + 1 + length)
            if following is None or end + 1 not in by_start:
                continue
            word = text[end + 1 : end + 1 + length]
            if text[end] != "、" and following.text != "、" and self._is_ordinary_word(word):
                return None
            if (
                length == 3
                and (last := by_start.get(end + 3)) is not None
                and last.end == end + 4
                and self._tags.get(last.text, "")[:1] in _FUNCTION_WORD_TAGS
                and not self._is_given_name(last.text)
            ):
                continue  # 和|申旭|还|分获: an adverb jieba cut off ends no name

            if (
                following.tag[:1] in ("v", "p", "c", "d", "x")
                or following.text in _LIST_FOLLOWERS
                or any(following.text.startswith(verb) for verb in _SPEECH_VERBS if len(verb) >= 2)
            ):
                return (end + 1, end + 1 + length)
        return None

    def _transliterated_names(self, tokens: list[Token]) -> list[_Candidate]:
        """纳扎尔巴耶夫, 阿尔|代尔: runs of words written in the transliteration alphabet
        that jieba tags as names (its ``nrt`` tag is for transliterated names) form one
        foreign name, when the run has three or more characters and either jieba calls
        part of it a transliterated name or a title or speech verb stands next to it.
        A run jieba calls a place, with no such context, is left to the place rules.

        Jieba's HMM often cuts such a name in odd places, so the run also takes in a
        one-character word in that alphabet after it (维尔|普拉|兹|是, 穆尔|里|说), when
        a verb, a preposition or punctuation follows; an unknown word whose last
        character is a verb glued on (韦|尔特|罗尼乘|出租车); and the last
        characters of an unknown word before it glued to the word before (16|号斯|克尔斯)."""
        result = []
        resume = 0  # the first token after the last run read
        # only the words whose tags a run's words have (see _is_transliterated_part) are visited
        for index in self._positions(tokens, tags=("nr", "nrt", "nrfg", "new", "ns", "nz")):
            if index < resume:
                continue
            end = index
            while end < len(tokens) and self._is_transliterated_part(tokens[end]):
                end += 1
            if end == index:
                continue
            while index < end - 1 and tokens[index].text in self.gazetteer.titles:
                index += 1  # 埃米尔|纳瓦夫: a title in that alphabet before the name
            run = tokens[index:end]
            start, stop = run[0].start, run[-1].end
            # A one-character word jieba tags as a place (茨, 加) is a piece of the name.
            tags = {t.tag for t in run if len(t.text) > 1 or t.tag != "ns"}
            tail = ""
            speaks = False
            if end < len(tokens) and (glued := self._glued_verb_part(tokens[end])):
                stop = tokens[end].end - 1  # 罗尼乘: the part before the verb 乘
                tags.add(glued.tag)
                speaks = tokens[end].text[-1] in _SPEECH_VERBS  # 阿赫|马尔说: the name, then 说
            elif end + 1 < len(tokens) and self._ends_transliterated_name(tokens, end):
                stop = tokens[end].end  # 兹, 里: the last syllable, a word of its own
                tail = tokens[end].text
            if index > 0 and stop - start >= 3:
                before = tokens[index - 1]
                if (
                    before.tag == "new"
                    and len(before.text) == 2
                    and before.text[1] in TRANSLITERATION
                    and before.text[0] not in TRANSLITERATION
                    and self.tokenizer.FREQ.get(before.text[0], 0) > 0
                ):
                    start -= 1  # 号斯|克尔斯: the name's first syllable glued to the word before
                elif (
                    len(before.text) == 1
                    and before.text in TRANSLITERATION
                    and before.tag in ("n", "ng", "q")
                    and (index < 2 or tokens[index - 2].tag == "x" or self._is_title(tokens[index - 2].text))
                ):
                    start -= 1  # 总理|马|西莫夫: the first syllable jieba read as a noun (a horse)
            length = stop - start
            context = speaks or self._has_person_context(tokens, index) or self._has_person_context(tokens, end - 1)
            named = (
                "nrt" in tags
                or (len(run) >= 2 and length >= 4 and tags & {"nr", "nrfg"})
                # 伊卜拉|依莫夫, 库兹涅|佐娃, 谢苗诺|娃: a Slavic surname's ending (-ov, -ova,
                # -ski), perhaps in the one-character word the run took in
                or (length >= 4 and self._ends_slavic_surname(tokens[end - 1].text + tail))
            )
            if (
                length >= 3
                and (context or (named and "ns" not in tags))
                # 海洛因, 尼古丁: a loanword jieba tags as a foreign name
                and "".join(t.text for t in run) not in self.gazetteer.not_entities
            ):
                if not context and self._on_a_route(tokens, index, end):
                    # 贝尔格莱德|至|诺维萨德|段, 途经|马奇塔科斯: a stop on a line is a place
                    result.append(_Candidate(start, stop, "Place", "place-context"))
                else:
                    result.append(_Candidate(start, stop, "Person", "person-transliterated"))
            resume = end
        return result

    @staticmethod
    def _on_a_route(tokens: list[Token], first: int, end: int) -> bool:
        """Whether the words ``tokens[first:end]`` stand where a line, road or journey
        names a stop: after a word of going to or through (至, 抵达, 途经), not before
        家 or 处 (到|马丁|家, a person's home), or before a section or station (段, 站)."""
        after = tokens[end].text[:1] if end < len(tokens) else ""
        if after in _STOPS_ON_A_ROUTE:
            return True
        return first > 0 and tokens[first - 1].text in _ROUTE_WORDS and after not in ("家", "处")

    def _foreign_names_starting_with_places(self, tokens: list[Token]) -> list[_Candidate]:
        """罗马|里安, 米兰|达: a foreign name whose first syllables spell a city jieba
        knows, followed by a word jieba tags as a transliterated name (``nrt``), all in
        the transliteration alphabet. A country's name is left alone (巴西|马塞洛 is
        the country and the player)."""
        result = []
        # only the words before one jieba tags as a transliterated name (nrt) are visited
        for following_index in self._positions(tokens, tags=("nrt",)):
            if following_index == 0:
                continue
            token, following = tokens[following_index - 1], tokens[following_index]
            if (
                token.tag == "gaz"
                and following.tag == "nrt"
                and all(ch in TRANSLITERATION for ch in token.text + following.text)
                and (entry := self.gazetteer.lookup(token.text)) is not None
                and entry.type == "Place"
                and entry.subtype != "Country"
            ):
                result.append(_Candidate(token.start, following.end, "Person", "person-transliterated"))
        return result

    def _towns_after_their_state(self, tokens: list[Token]) -> list[_Candidate]:
        """纽约州|罗切斯特, 安大略省|金斯顿: a word in the transliteration alphabet right after
        a foreign state or province the gazetteer knows is a town of it, though jieba
        reads a name in it; not where a title, a courtesy title or a verb of speech
        follows (the state's people are written with their titles between: 加州州长).
        Only the gazetteer's names are visited."""
        result = []
        for index in self._positions(tokens, tags=("gaz",)):
            if index + 1 == len(tokens):
                break
            token, following = tokens[index], tokens[index + 1]
            if token.tag != "gaz" or len(following.text) < 2 or not self._is_transliterated_part(following):
                continue
            entry = self._gazetteer_entry(token)
            if entry is None or entry.subtype != "Province" or entry.key.startswith(_CHINESE_DIVISION_PREFIX):
                continue
            after = tokens[index + 2].text if index + 2 < len(tokens) else ""
            if self._is_title(after) or after in _SPEECH_VERBS or after in _COURTESY_TITLES:
                continue
            result.append(_Candidate(following.start, following.end, "Place", "place-context"))
        return result

    def _towns_by_where_they_lie(self, tokens: list[Token]) -> list[_Candidate]:
        """威尔士|首府|加的夫, 该国|首都|努瓦克肖特, 苏格兰|东北部|的|阿伯丁: a word in the
        transliteration alphabet that jieba reads as a name, or one it reads as a place
        and seldom sees (加的夫), is a town where it follows a word for a seat of
        government (首府, 首都, 省会), or a place the gazetteer knows and a part of it
        (东北部, 南部的); not where a title, a courtesy title or a verb of speech follows
        it (首都|市长, 南部|的|居民|马丁|说). Only the words for a seat and the words ending
        in 部 are visited."""
        result = []
        for index in self._positions(tokens, words=_SEATS_OF_GOVERNMENT, last_chars="部"):
            if index + 1 == len(tokens):
                break
            token = tokens[index]
            name_index = None
            if token.text in _SEATS_OF_GOVERNMENT:
                name_index = index + 1
            elif token.tag == "f" and token.text.endswith("部") and index > 0 and tokens[index - 1].tag == "gaz":
                entry = self._gazetteer_entry(tokens[index - 1])
                if entry is not None and entry.type == "Place":
                    name_index = index + 2 if tokens[index + 1].text == "的" else index + 1
            if name_index is None or name_index >= len(tokens):
                continue
            name = tokens[name_index]
            if len(name.text) < 2 or not (
                self._is_transliterated_part(name) or (name.tag == "ns" and _ALL_CJK.match(name.text))
            ):
                continue  # (加的夫: a place to jieba, though 的 spells no other name)
            if (
                self.tokenizer.FREQ.get(name.text, 0) > _COMMON_NAME_OF_A_KIND
                or name.text in self.gazetteer.not_entities
                or name.text.endswith(("地区", "地带"))
            ):
                continue  # 东部|城市, 南部|山区, 首都|治安, 首都|周边地区: a kind of place, no name
            after = tokens[name_index + 1].text if name_index + 1 < len(tokens) else ""
            if self._is_title(after) or after in _SPEECH_VERBS or after in _COURTESY_TITLES:
                continue
            result.append(_Candidate(name.start, name.end, "Place", "place-context"))
        return result

    def _foreign_places_by_what_happens_there(self, tokens: list[Token]) -> list[_Candidate]:
        """在|弗罗茨瓦夫|举行, 康斯坦察|港: a word in the transliteration alphabet that jieba
        reads as a name is a place where a meeting is held in it (在 before it, 举行 or
        召开 after it; no one is held) or where 港 (port) follows it. Only the words before
        such a verb or 港 are visited."""
        result = []
        for after_index in self._positions(tokens, words=_HELD_AT_A_PLACE_OR_PORT):
            index = after_index - 1
            if index < 1:
                continue
            token, after = tokens[index], tokens[after_index]
            held = after.text in _HELD_AT_A_PLACE and tokens[index - 1].text == "在"
            port = after.text == "港" and after.tag in ("j", "n", "ns", "ng")
            if not (held or port) or len(token.text) < 2 or not self._is_transliterated_part(token):
                continue
            result.append(_Candidate(token.start, token.end if held else after.end, "Place", "place-context"))
        return result

    def _temples(self, tokens: list[Token]) -> list[_Candidate]:
        """灵光|寺, 强|巴林|寺, 同心|清真|大寺, 真如|禅寺, 结|古寺: a temple's or mosque's name, which
        jieba cuts into words (reading a country in 强巴林寺), is the words right before
        寺 or the kind of temple, back to the place it is in (北京|灵光寺): proper nouns,
        or common words seldom seen or of one character, never 的, a pronoun, a number or
        a common word (古老|的|寺, 该寺, 一座|寺, 全市|现有|清真寺), as People's Daily tags
        东大寺, 双林寺 and 云居寺. Only the words for a temple are visited."""
        result = []
        for index in self._positions(tokens, words=_TEMPLE_WORDS):
            token = tokens[index]
            if token.text not in _TEMPLE_WORDS:
                continue
            if index + 1 < len(tokens) and tokens[index + 1].text[:1] in "内里中外":
                continue  # 率|寺内|武僧: inside the temple just named, no name before it
            first, length = index, 0
            if index > 0 and tokens[index - 1].text == "清真":
                first -= 1  # 同心|清真|大寺: a mosque, the kind in two words
            # a name of two characters or more before 寺 alone (灵光|寺), of one before a
            # kind of two (结|古寺)
            shortest = 2 if token.text == "寺" and first == index else 1
            while first > 0 and length < 4:
                previous = tokens[first - 1]
                if not _ALL_CJK.match(previous.text) or not (
                    previous.tag in _TEMPLE_NAME_TAGS
                    # 街子|清真寺, 结|古寺; not 全市|现有|清真寺: common words name no temple
                    or (
                        previous.tag in ("n", "a", "ng", "b")
                        and (len(previous.text) == 1 or self.tokenizer.FREQ.get(previous.text, 0) <= _TEMPLE_WORD_COUNT)
                    )
                ):
                    break
                if length and previous.tag == "gaz" and self._gazetteer_type(previous) == "Place":
                    break  # 北京|灵光寺: the city the temple is in
                if length + len(previous.text) > 4:
                    break
                length += len(previous.text)
                first -= 1
            if length >= shortest:
                result.append(_Candidate(tokens[first].start, token.end, "Place", "place-context"))
        return result

    def _quoted_bodies_with_a_head(self, text: str) -> list[_Candidate]:
        """“紫禁城”总经理张和平: a name in quotation marks right before the title of who heads
        a body (总经理, 董事长, 厂长) names that body, though it names a place as well (a
        film company called 紫禁城); so does every other quoted mention of it in the text
        (“紫禁城”的新体制)."""
        names = set()
        for match in _QUOTED_SHORT_NAME.finditer(text):
            after = text[match.end() : match.end() + 4]
            if any(after.startswith(title) for title in _HEADS_OF_BODIES) or (
                # 台湾“数位发展部”部长: a body the writer quotes (not recognising it), its
                # head's title begun by the body's last character (not “一带一路”部长级会议)
                after[1:2] == "长" and match.group(1).endswith(after[0]) and after[0] in _HEADED_BY_THEIR_NAME
            ):
                names.add(match.group(1))
        if not names:
            return []
        return [
            _Candidate(m.start(1), m.end(1), "Organization", "quoted-head", subtype="Organization")
            for m in _QUOTED_SHORT_NAME.finditer(text)
            if m.group(1) in names
        ]

    @staticmethod
    def _ends_slavic_surname(word: str) -> bool:
        return word.endswith(_SLAVIC_SURNAME_ENDINGS) and len(word) >= 2

    @staticmethod
    def _is_transliterated_part(token: Token) -> bool:
        return token.tag in ("nr", "nrt", "nrfg", "new", "ns", "nz") and all(ch in TRANSLITERATION for ch in token.text)

    def _glued_verb_part(self, token: Token) -> Token | None:
        """The part of an unknown word before a one-character verb the HMM glued to
        its end (罗尼乘 → 罗尼), when that part is in the transliteration alphabet."""
        word = token.text
        if (
            token.tag != "new"
            or len(word) < 2
            or word[-1] in TRANSLITERATION
            or not all(ch in TRANSLITERATION for ch in word[:-1])
            or self._tags.get(word[-1], "")[:1] not in ("v", "p")
        ):
            return None
        return Token(token.start, token.end - 1, word[:-1], "new")

    def _ends_transliterated_name(self, tokens: list[Token], index: int) -> bool:
        """Whether the one-character word at ``index`` is the last syllable of the
        transliterated name before it (兹 in 维尔|普拉|兹|是): in the transliteration
        alphabet, no preposition, conjunction, particle, numeral or adverb (于, 约),
        and followed by a verb, an adverb (谢苗诺|娃|已), a preposition, punctuation, a
        date or 一行."""
        token, following = tokens[index], tokens[index + 1]
        return (
            len(token.text) == 1
            and token.text in TRANSLITERATION
            and token.tag[:1] not in ("p", "c", "u", "m", "q", "d")
            # (梅措|拉|表示: a syllable jieba calls a verb, before no object but a verb of
            # speech, punctuation or a time: the name's end)
            and (token.tag[:1] != "v" or following.text in _SPEECH_VERBS or following.tag[:1] in ("x", "t"))
            and (
                following.tag[:1] in ("v", "p", "x", "c", "m", "t", "d")
                or following.text in _LIST_FOLLOWERS
                or following.text in _SPEECH_VERBS
            )
        )

    def _interpunct_joins(self, text: str, tokens: list[Token], candidates: list[_Candidate]) -> list[_Candidate]:
        """约翰·葛瑞森: a person's name continues across an
        interpunct to a word jieba reads as a name, or does not know, whatever its
        characters; a foreign name in the transliteration alphabet also continues across a
        hyphen (托马斯-格林菲尔德)."""
        by_start = {t.start: i for i, t in enumerate(tokens)}
        by_end = {t.end: i for i, t in enumerate(tokens)}
        result = []
        for candidate in candidates:
            if candidate.type != "Person":
                continue
            start, end = candidate.start, candidate.end
            while (i := by_end.get(start)) is not None and i >= 1 and tokens[i].text in _INTERPUNCTS:
                if not self._is_name_part(tokens[i - 1]):
                    break
                start = tokens[i - 1].start
            if (
                (i := by_end.get(start)) is not None
                and i >= 1
                and tokens[i].text in _NAME_HYPHENS
                and any(mark in text[start:end] for mark in _INTERPUNCTS)
                and 1 <= len(tokens[i - 1].text) <= 4
                and (
                    all(character in TRANSLITERATION for character in tokens[i - 1].text)
                    # 领导人|让|-|吕克: Jean, one character out of the alphabet, after a title
                    or (
                        len(tokens[i - 1].text) == 1
                        and _ALL_CJK.match(tokens[i - 1].text) is not None
                        and (i < 2 or tokens[i - 2].tag == "x" or self._is_title(tokens[i - 2].text))
                    )
                )
            ):
                start = tokens[i - 1].start  # 让-|吕克·梅朗雄: a double first name, its first part before the hyphen
            # 史密斯-琼斯, 奥孔乔-伊韦|阿拉: once an interpunct shows a foreign name, a
            # hyphen joins the two halves of a part, the second in the transliteration alphabet.
            crossed = start != candidate.start or self._looks_transliterated(text[candidate.start : candidate.end])
            while (i := by_start.get(end)) is not None and i + 1 < len(tokens):
                # 玛丽-洛尔·德尼: a part in the alphabet between a hyphen and an interpunct
                # shows a foreign name, whatever the characters before the hyphen and
                # whatever jieba reads the part as (洛尔, a place to it)
                double_first_name = (
                    tokens[i].text in _NAME_HYPHENS
                    and i + 2 < len(tokens)
                    and tokens[i + 2].text in _INTERPUNCTS
                    and 2 <= len(tokens[i + 1].text) <= 4
                    and all(character in TRANSLITERATION for character in tokens[i + 1].text)
                )
                hyphen = tokens[i].text in _NAME_HYPHENS and (crossed or double_first_name)
                if (
                    tokens[i].text in _INTERPUNCTS
                    and i + 2 < len(tokens)
                    and len(tokens[i + 1].text) == 1
                    and tokens[i + 1].text in TRANSLITERATION
                    and not self._is_name_part(tokens[i + 1])
                    and self._is_name_part(tokens[i + 2])
                    and all(character in TRANSLITERATION for character in tokens[i + 2].text)
                ):
                    # 伊丽莎白·加|尔多: a syllable of the alphabet jieba read as a verb (加)
                    crossed = True
                    end = tokens[i + 2].end
                    break
                if not (tokens[i].text in _INTERPUNCTS or hyphen) or not (
                    double_first_name or self._is_name_part(tokens[i + 1])
                ):
                    break
                if hyphen and self._route_end_after(tokens, i + 1) is not None:
                    break  # 安格连—帕普|铁路: the two ends of a railway, not one name
                crossed = True
                if (glued := self._glued_verb_part(tokens[i + 1])) is not None:
                    end = glued.end  # 蒙德利·古古贝莱|说: the HMM glued the verb after the name to it
                    break
                end = tokens[i + 1].end
                while (
                    hyphen and i + 2 < len(tokens) and self._is_name_part(tokens[i + 2]) and tokens[i + 2].start == end
                ):
                    if not all(c in TRANSLITERATION for c in tokens[i + 2].text):
                        break
                    i += 1
                    end = tokens[i + 1].end
            if (
                crossed
                and (i := by_start.get(end)) is not None
                and i + 1 < len(tokens)
                and self._ends_transliterated_name(tokens, i)
            ):
                end = tokens[i].end  # 马可·卢比|奥|表示: the name's last syllable cut off
            if (start, end) != (candidate.start, candidate.end):
                result.append(_Candidate(start, end, "Person", "person-interpunct"))
        return result

    def _names_of_parts(self, text: str, tokens: list[Token], ends: set[int]) -> list[_Candidate]:
        """扎西多吉, 次仁卓玛, 洛桑江村; 苏和巴特尔, 乌云其木格: two or three parts of
        Tibetan or of Mongolian personal names, beginning and ending on word boundaries
        (jieba cuts them as places and names: 扎西|多吉, 洛桑|江村; 苏|和|巴特尔), that no
        known name spells. Only words that begin with a part's first two characters are
        tried, so most text costs one look-up a word."""
        openings = self._name_part_openings
        result = []
        for token in tokens:
            opening = token.text[:2] if len(token.text) > 1 else text[token.start : token.start + 2]
            if opening not in openings:
                continue
            for pattern, rule in self._name_part_patterns:
                match = pattern.match(text, token.start)
                if match is not None and match.end() in ends and match.group() not in self.gazetteer.by_name:
                    result.append(_Candidate(match.start(), match.end(), "Person", rule))
        return result

    def _names_of_one_part(self, text: str, tokens: list[Token]) -> list[_Candidate]:
        """牧民扎西说, 干警次仁介绍, 副县长巴特尔表示: many Tibetans and Mongolians go by
        one name of one part, which alone may be a word or a place (洛桑 is Lausanne), so
        it is read as a name only right after a word for a kind of people (牧民, 村民,
        干警) or a title written before names, and before a verb, an adverb, a
        preposition, a time or punctuation. jieba cuts such names anywhere (老|人格|桑),
        so both ends are found in the text and the end must be a word boundary."""
        matches = list(self._single_name_part.finditer(text)) if self._single_name_part is not None else []
        if not matches:
            return []
        by_start: dict[int, Token] | None = None  # where the words start and end, found once if needed
        ends: set[int] = set()
        titles = self.gazetteer.titles
        result = []
        for match in matches:
            start, end = match.span()
            if match.group() in self.gazetteer.by_name or not (
                any(text.endswith(kind, 0, start) for kind in _PEOPLE_BEFORE_ONE_PART_NAMES)
                or any(titles.get(text[start - length : start]) in ("before", "both") for length in range(2, 5))
            ):
                continue
            if by_start is None:
                by_start = {t.start: t for t in tokens}
                ends = {t.end for t in tokens}
            following = by_start.get(end)
            if (
                following is None
                or end not in ends
                or not (following.tag[:1] in ("v", "d", "p", "t", "x") or following.text in _SPEECH_VERBS)
            ):
                continue
            result.append(_Candidate(start, end, "Person", "person-name-part"))
        return result

    @staticmethod
    def _text_after(tokens: list[Token], index: int, words: int = 2) -> str:
        """The next ``words`` words after ``tokens[index]``, joined."""
        return "".join(t.text for t in tokens[index + 1 : index + 1 + words])

    def _names_after_an_initial(
        self, text: str, tokens: list[Token], starts: set[int], ends: set[int]
    ) -> list[_Candidate]:
        """本·拉登, 川·立派, 贝·布托: a one-character initial, an interpunct and a name in
        the transliteration alphabet (two characters or more), the initial a word of its
        own, as Xinhua writes a first name's initial. Where a word of that alphabet ends
        right before the "initial", the two are the first name jieba cut (洛朗|丝·德卡尔)."""
        result = []
        before: dict[int, Token] | None = None
        for match in _INITIAL_AND_NAME.finditer(text):
            start, end = match.span()
            if end not in ends or start not in starts:
                continue  # 阿卜杜拉·: the initial ends a longer word, a name left to the other rules
            if before is None:
                before = {t.end: t for t in tokens}
            first = before.get(start)
            if first is not None and len(first.text) >= 2 and self._is_transliterated_part(first):
                start = first.start
            elif (
                first is not None
                and len(first.text) == 1
                and first.text in TRANSLITERATION
                and (title := before.get(first.start)) is not None
                and self._is_title(title.text)
            ):
                # 省长|奔|随·西帕塞, 总领事|坎|占·昂苏万: a first name of two characters that
                # jieba cut in two, right after a title
                start = first.start
            result.append(_Candidate(start, end, "Person", "person-interpunct"))
        return result

    def _turkic_names(self, text: str, tokens: list[Token], glued_places: list[int]) -> list[_Candidate]:
        """买买提·艾力, 阿依古丽·买买提: Uyghur, Kazakh and Mongolian names written in
        their transliteration alphabet with an interpunct between the parts. The name
        starts on a word boundary (乡长|买买提), and names no known place or body, but the
        places at ``glued_places`` begin one (see :func:`_places_beginning_names`)."""
        matches = list(_TURKIC_NAME.finditer(text))
        if not matches:
            return []
        starts = {t.start for t in tokens}
        ends = {t.end for t in tokens}
        # (莫, "do not" to jieba, ends many names: 达维德·利维尔莫)
        adverbs = {t.start for t in tokens if len(t.text) == 1 and t.tag == "d" and t.text != "莫"}
        prepositions = _preposition_starts(tokens)
        known_places = {t.start: t.end for t in tokens if self._gazetteer_type(t) == "Place"}
        for start in glued_places:  # (阿曼|达·戈尔曼: see _places_beginning_names)
            known_places.pop(start, None)
        result = []
        for match in matches:
            start, end = match.span()
            while start not in starts and start < end:
                start += 1  # 乡长买|买提: jieba glued the title's last character on
            first_mark = min((i for mark in _INTERPUNCTS if (i := text.find(mark, start, end)) >= 0), default=start)
            start = _after_known_places(known_places, start, first_mark)
            # 玛丽·居里|于|1903年, 詹妮弗·杜德纳|因|基因: a preposition cut as a word of its own
            last_mark = max(text.rfind(mark, start, end) for mark in _INTERPUNCTS)
            end = _end_before_preposition(prepositions, last_mark, end)
            # 艾尔肯·吐尼亚|孜作|政府工作报告: the verb of delivering a report glued on
            delivers = _delivers_after(text, end)
            if end not in ends and text[end : end + 1] not in "说称讲" and not delivers:
                # 吾斯曼|夫妇: a word after the name begins with a character of the alphabet
                end = next((e for e in range(end - 1, last_mark + 2, -1) if e in ends), end)
            if end - 1 in adverbs and end - 1 in ends:
                # 米歇尔·康德苏|则|担心, 马林·费拉里|则|呼吁: an adverb after the name is the
                # clause's (looked at once a verb of the alphabet after it is cut off)
                end -= 1
            # 托合|提说: the HMM may glue a speech verb to the name's end
            if (end not in ends and text[end : end + 1] not in "说称讲" and not delivers) or end - start < 5:
                continue
            name = text[start:end]
            if name[0] in _INTERPUNCTS or all(part in self.gazetteer.by_name for part in _INTERPUNCT_SPLIT.split(name)):
                continue
            result.append(_Candidate(start, end, "Person", "person-interpunct"))
        return result

    def _married_names(self, tokens: list[Token], candidates: list[_Candidate]) -> list[_Candidate]:
        """叶|刘淑仪: a married woman of Hong Kong or Macao written with her husband's
        surname before her own name, which jieba cuts off as a name's piece (nr); the two
        are one name, as in 陈方安生."""
        starts = {c.start for c in candidates if c.type == "Person" and c.end - c.start == 3}
        if not starts:
            return []
        result = []
        # only the words after one jieba tags as a name's piece (nr) are visited
        for before_index in self._positions(tokens, tags=("nr",)):
            if before_index + 1 == len(tokens):
                break
            token, before = tokens[before_index + 1], tokens[before_index]
            if (
                token.start in starts
                and len(token.text) == 3
                and token.text[0] in self.gazetteer.common_surnames
                and before.tag == "nr"
                and len(before.text) == 1
                and before.text in self.gazetteer.common_surnames
                and before.text not in _NAME_STOPPERS
            ):
                result.append(_Candidate(before.start, token.end, "Person", "person-surname"))
        return result

    def _names_ending_like_brands(self, tokens: list[Token]) -> list[_Candidate]:
        """努尔兰|别克, 吐尔逊|别克: a Kazakh or Kyrgyz name ends in -bek (别克), which the
        gazetteer knows as Buick's short name; right after a name in the Turkic
        transliteration alphabet, with nothing between, the two are one person's name.
        Only the words 别克 are visited."""
        result = []
        for index in self._positions(tokens, words=_BRAND_NAME_ENDINGS):
            token = tokens[index]
            if index == 0 or not (token.text in _BRAND_NAME_ENDINGS and token.tag == "gaz"):
                continue
            first = index
            while (
                first > 0
                and index - first < 3
                and tokens[first - 1].tag in ("nr", "nrt", "nrfg", "new")
                and all(ch in _TURKIC_ALPHABET for ch in tokens[first - 1].text)
            ):
                first -= 1  # 努尔|兰|别克
            if token.start - tokens[first].start >= 2:
                result.append(_Candidate(tokens[first].start, token.end, "Person", "person-transliterated"))
        return result

    def _is_name_part(self, token: Token) -> bool:
        return (
            token.tag in ("nr", "nrt", "nrfg", "new")
            and 2 <= len(token.text) <= 6
            and _ALL_CJK.match(token.text) is not None
            and token.text not in self.gazetteer.by_name
        )

    def _compass_parts_of_foreign_places(self, tokens: list[Token]) -> list[_Candidate]:
        """南|西奈, 北|西奈: a compass point standing alone before a foreign place that is no
        country names a part of it, a place of its own (not 越南|胡志明市, whose 南 ends a
        country's name; not a Chinese place; not a direction, 向|南|东京). Only the words
        after a compass point are visited."""
        result = []
        for before_index in self._positions(tokens, words=_COMPASS_POINTS):
            index = before_index + 1
            if index == len(tokens):
                break
            token, before = tokens[index], tokens[before_index]
            if (
                before.text in _COMPASS_POINTS
                and token.tag == "gaz"
                # 向|南|东京, 由|东|向西: a direction after a word of heading, not a place's part
                and (index < 2 or tokens[index - 2].text not in _HEADING_WORDS)
            ):
                entry = self.gazetteer.lookup(token.text)
                if (
                    entry is not None
                    and entry.type == "Place"
                    and entry.subtype != "Country"
                    and not entry.key.startswith(_CHINESE_DIVISION_PREFIX)
                    and not (entry.parent or "").startswith((_CHINESE_DIVISION_PREFIX, "iso-cn"))
                ):
                    result.append(_Candidate(before.start, token.end, "Place", "place-context"))
        return result

    def _river_mouths(self, tokens: list[Token]) -> list[_Candidate]:
        """长江口, 珠江口, 闽江|口: the mouth of a river the gazetteer knows is a place of
        its own (an estuary), whether jieba wrote it as one word or cut 口 off. Only the
        words that end in 口, 江 or 河 are visited."""
        result = []
        for index in self._positions(tokens, last_chars="口江河"):
            token = tokens[index]
            if token.text.endswith(("江口", "河口")) and len(token.text) >= 3 and token.tag in ("ns", "n", "nz"):
                river, end = token.text[:-1], token.end
            elif (
                token.text[-1:] in "江河"
                and index + 1 < len(tokens)
                and tokens[index + 1].text == "口"
                and tokens[index + 1].tag in ("q", "n")
            ):
                river, end = token.text, tokens[index + 1].end
            else:
                continue
            entry = self.gazetteer.lookup(river)
            if entry is not None and entry.type == "Place" and entry.subtype == "Region":
                result.append(_Candidate(token.start, end, "Place", "place-context", subtype="Place"))
        return result

    def _rivers(self, tokens: list[Token]) -> list[_Candidate]:
        """涪江、沱江、渠江|干流, 昌江|圩堤, 削减|伊河、洛河|洪峰: a river of two characters
        jieba reads as a place (…江, …河, …水) and the gazetteer does not list, before a
        word for its course, banks or flood (or before a known place on it and such a word:
        北江|英德|河段), or listed with one that is: a place. Alone such a word is as often a
        town or county (昌江, 北江 are both). Only the words that end in 江, 河 or 水 are
        visited."""
        result: list[_Candidate] = []
        waters = self._positions(tokens, last_chars="江河水")
        rivers = [
            index
            for index in waters
            if tokens[index].tag == "ns"
            and len(tokens[index].text) == 2
            and tokens[index].text[1] in "江河水"
            and tokens[index].text not in self.gazetteer.by_name
        ]
        # 涪江、沱江、渠江|干流: a river the gazetteer knows carries the list on (and is
        # found by the gazetteer itself)
        known_rivers = {
            index
            for index in waters
            if tokens[index].text[-1:] in "江河水"
            and (entry := self.gazetteer.lookup(tokens[index].text)) is not None
            and entry.subtype == "Region"
        }
        for index in rivers:
            group = [index]
            while (
                (at := group[-1] + 2) < len(tokens)
                and tokens[at - 1].text in ("、", "和", "及")
                and (at in rivers or at in known_rivers)
            ):
                group.append(at)
            after = tokens[group[-1] + 1].text if group[-1] + 1 < len(tokens) else ""
            if after in _RIVER_PARTS or (
                after
                and self.gazetteer.lookup(after) is not None
                and len(group) == 1
                and self._text_after(tokens, group[-1] + 1, 1) in _RIVER_PARTS
            ):
                result += [
                    _Candidate(tokens[i].start, tokens[i].end, "Place", "place-context", subtype="Region")
                    for i in group
                    if i not in known_rivers
                ]
        return result

    def _places_of_battles(self, tokens: list[Token]) -> list[_Candidate]:
        """莱芜|战役, 平型关|战斗, 辽沈、平津、淮海|战役, 西安|事变, 晋察冀|根据地: a battle,
        campaign, rising, incident or base area named by where it was names that place, as
        People's Daily tags 莱芜 in 莱芜战役, whether jieba wrote the two as one word or apart,
        and each place of a list of them before one such word. The name is a known place, or
        two or three characters jieba does not count as a common word (平型关, 辽沈; not
        秋收|起义, 渡江|战役). Ancient sites are named the same way (牛河梁|遗址, 石峁|古城),
        and there a name jieba reads as a person's is the place too (牛河梁/nr, 二里头/nrt).
        Only the words that end like a battle's or a site's kind are visited."""
        result = []
        for index in self._positions(tokens, last_chars=_BATTLE_AND_SITE_LAST_CHARACTERS):
            token = tokens[index]
            event = next((e for e in _BATTLES_AND_RISINGS if token.text.endswith(e)), None)
            site = event is None and token.text in _SITES
            if site:
                event = token.text
            if event is None:
                continue
            if len(token.text) > len(event):
                # 莱芜战役, 平江起义: jieba's one word, the place begins it
                name = token.text[: -len(event)]
                if self._names_battle_place(name, token.tag):
                    result.append(self._battle_place(token.start, token.start + len(name), name))
                first = index
            else:
                # 太行|抗日|根据地, 湘鄂西|革命|根据地: the cause between place and base
                first = index - 2 if index >= 2 and tokens[index - 1].text in _CAUSES_OF_BASES else index - 1
                if first < 0 or not self._names_battle_place(tokens[first].text, tokens[first].tag, site=site):
                    continue
                before = tokens[first]
                result.append(self._battle_place(before.start, before.end, before.text))
            # 辽沈、平津、淮海战役: the places of a list before it
            while first >= 2 and tokens[first - 1].text == "、":
                item = tokens[first - 2]
                if not self._names_battle_place(item.text, item.tag, site=site):
                    break
                result.append(self._battle_place(item.start, item.end, item.text))
                first -= 2
        return result

    def _names_battle_place(self, name: str, tag: str, *, site: bool = False) -> bool:
        """Whether ``name``, with jieba's ``tag``, may be the place a battle (or, with
        ``site``, an ancient site) is named by."""
        if name in _SITES:
            return False  # 良渚|古城|遗址: the site's kind, whose place is before it
        entry = self.gazetteer.lookup(name)
        if entry is not None:
            return entry.type == "Place"
        if name in self.gazetteer.district_short_forms:
            return True  # 平江|起义: a county by its short name
        return (
            2 <= len(name) <= 3
            and _ALL_CJK.match(name) is not None
            # 辽沈, 平型关 (a place jieba knows), 衡宝 (one it does not); not a verb or an
            # adjective, nor 黄麻 or 秋收, which jieba reads as names
            and (tag in ("ns", "j", "nz", "new", "n") or (site and tag in ("nr", "nrt")))
            and _CHINESE_NUMERAL.match(name) is None  # 三大|战役: a count of them
            and name[0] not in _NOT_VENUE_NAME  # 这座|古城, 那次|战役: which one, not its name
            # 鄂豫皖|苏区: provinces' abbreviations, each a place of its own (_place_abbreviations)
            and not all(ch in _PROVINCE_ABBREVIATIONS for ch in name)
            and self.tokenizer.FREQ.get(name, 0) <= _COMMON_WORD
            and name not in _EVENTS_NAMED_BY_WHAT
            and name not in self.gazetteer.not_entities
        )

    def _battle_place(self, start: int, end: int, name: str) -> _Candidate:
        """The place a battle is named by, linked to the gazetteer's entry when it has one."""
        entry = self.gazetteer.lookup(name)
        if entry is None and (key := self.gazetteer.district_short_forms.get(name)) is not None:
            entry = self.gazetteer.entries[key]
        if entry is not None:
            return self._entry_candidate(start, end, entry, "place-context")
        return _Candidate(start, end, "Place", "place-context", subtype="Place")

    def _metro_lines(self, text: str, candidates: list[_Candidate]) -> list[_Candidate]:
        """广州地铁11号线, 南宁轨道交通5号线, 贵阳市城市轨道交通S1号线: a city's metro line
        by its number, written after the city the rules found and the metro's word, is a
        place, as 京九线 is."""
        result = []
        for city in candidates:
            if city.type == "Place" and city.end - city.start >= 2:
                line = _METRO_LINE.match(text, city.end)
                if line is not None:
                    result.append(_Candidate(city.start, line.end(), "Place", "place-context", subtype="Place"))
        return result

    def _railway_lines(self, text: str, tokens: list[Token]) -> list[_Candidate]:
        """京九|线, 成昆线, 滨|绥线, 秦沈|客运专线: a railway line named by the first
        characters of the two cities it joins (or the abbreviations of their provinces:
        浙赣线, 湘黔线) before 线, 专线 or 客运专线, as news writes 京广线: a place. The two
        characters start one of jieba's words and are no common word together (上海|线,
        黄金线, 南北线 name no line of this kind); the kind ends one."""
        starts = {t.start for t in tokens}
        ends = {t.end for t in tokens}
        known = self.tokenizer.FREQ
        result = []
        for match in _LINE_BY_ITS_ENDS.finditer(text):
            name = match.group(1)
            if (
                match.start() in starts
                and match.end() in ends
                # 新|上线: a common word of jieba's that ends the line's kind is no line's end
                and not (match.start(1) + 1 in starts and known.get(text[match.start(1) + 1 : match.end()]))
                and all(ch in self._line_initials for ch in name)
                and known.get(name, 0) <= _COMMON_WORD
                and name not in self.gazetteer.not_entities
            ):
                result.append(_Candidate(match.start(), match.end(), "Place", "place-context", subtype="Place"))
        return result

    def _waters_by_their_courses(self, text: str, tokens: list[Token]) -> list[_Candidate]:
        """弥|苴|河|水质, 太浦|河水|位, 查干|湖冬: a river, lake or bay named by one to three
        characters jieba cuts anywhere (even gluing the kind to the word after it), right
        before a word for its water, course or banks (水质, 水位, 上游, 沿岸, 畔). The name
        starts on a word boundary, holds no function word nor another water's kind (城市|
        河湖, 大江大河) and is no common word with its kind (小河, 内河)."""
        by_start = {t.start: t for t in tokens}
        known = self.tokenizer.FREQ
        names = self.gazetteer.by_name
        result = []
        by_end = {t.end: t for t in tokens}
        for match in _WATER_AFTER_ITS_NAME.finditer(text):
            kind_at = match.start()
            if any(text[kind_at - n : kind_at + 1] in names for n in (1, 2, 3)):
                continue  # 长江|干流, 整个|黄河: a water the gazetteer knows
            if (word := by_end.get(kind_at + 1)) is not None and word.tag == "ns" and len(word.text) >= 2:
                # 通报|荆江|河段: a water jieba knows as a place ends the name where it begins
                result.append(_Candidate(word.start, kind_at + 1, "Place", "place-context"))
                continue
            for length in (3, 2, 1):
                start = kind_at - length
                name = text[start:kind_at]
                first = by_start.get(start)
                if (
                    first is None
                    or not _ALL_CJK.match(name)
                    # 沿|赤水河, 走进|长江: a word of going or being, no name's (but 弥|苴|河:
                    # a rare character jieba tags as a verb)
                    or (first.tag[:1] in _NOT_WATER_NAME_TAGS and (len(first.text) > 1 or first.text in _MOVING_ALONG))
                ):
                    continue
                water = name + text[kind_at]
                if (
                    any(ch in _NAME_STOPPERS or ch in _NOT_LOCAL_NAME or ch in _WATER_KINDS for ch in name)
                    or name[0] in _NOT_VENUE_NAME
                    or name in self.gazetteer.not_entities
                    # 小河, 大湖, 内河, 护城河: a kind of water jieba's dictionary sees often
                    or known.get(water, 0) > _RARE_WORD
                    or (length == 1 and known.get(water, 0) == 0)
                ):
                    continue
                result.append(_Candidate(start, kind_at + 1, "Place", "place-context"))
                break
        return result

    def _the_gulf(self, tokens: list[Token]) -> list[_Candidate]:
        """海湾国家, 海湾战争, 海湾局势: 海湾 ("a bay") before a word of states, war or
        crisis is the Persian Gulf region, as news writes it; any other bay stays a bay.
        Only the words 海湾 and those that begin with it are visited."""
        entry = self.gazetteer.lookup("海湾地区")
        if entry is None:
            return []
        result = []
        for index in self._positions(tokens, words=_GULF_WORDS):
            token = tokens[index]
            following = tokens[index + 1].text if index + 1 < len(tokens) else ""
            if (token.text == "海湾" and following in _GULF_FOLLOWERS) or token.text in _GULF_COMPOUNDS:
                result.append(self._entry_candidate(token.start, token.start + 2, entry, "place-context"))
        return result

    def _places_by_context(self, tokens: list[Token]) -> list[_Candidate]:
        """Names that are places, not people: a name-like word (or a run of them in
        the transliteration alphabet) followed by a place ending (马塔迪|港), following
        a word for a kind of place (城市|伊基克), or ending like a mountain's or river's
        before an area named after it (岳麓山|风景区). Only the tokens that are such an
        ending or word, or tagged as a name, are visited."""
        result = []
        for index in self._positions(
            tokens,
            words=_PLACE_CONTEXT_WORDS,
            tags=("nr", "nrfg", "nrt", "new", "ns", "nz"),
            last_chars=_GLUED_PLACE_ENDINGS,
        ):
            token = tokens[index]
            glued = (
                token.tag == "new"
                and len(token.text) == 2
                and token.text[1] in _GLUED_PLACE_ENDINGS
                and token.text[0] in TRANSLITERATION
            )
            if token.text in _PLACE_NAME_ENDINGS or glued:
                first = index
                while first > 0 and self._is_foreign_name_part(tokens[first - 1]):
                    first -= 1
                if first < index and token.start - tokens[first].start >= 2:
                    result.append(_Candidate(tokens[first].start, token.end, "Place", "place-context"))
                elif token.text in "县市" and index > 0 and self._is_county_name(tokens[index - 1]):
                    # 积石山|县, 宁乡|市: a county jieba knows as a place, its level cut off.
                    result.append(_Candidate(tokens[index - 1].start, token.end, "Place", "place-context"))
            elif (
                2 <= len(token.text) <= 4
                and token.tag in ("nr", "nrfg", "nrt", "new", "ns", "nz")
                and _ALL_CJK.match(token.text) is not None
                and self._names_natural_feature(tokens, index)
            ):
                # 岳麓山|风景区, 张江|科学城: a mountain, river or lake and the area named after it.
                result.append(_Candidate(token.start, token.end, "Place", "place-context"))
            elif (
                (token.text in _SETTLEMENT_ENDINGS or token.text in _VILLAGE_WORDS)
                and index > 0
                and self._is_settlement_name(tokens, index - 1)
            ):
                result.append(_Candidate(tokens[index - 1].start, token.end, "Place", "place-context"))
            elif token.text in _PLACE_KIND_WORDS:
                last = index
                while last + 1 < len(tokens) and self._is_foreign_name_part(tokens[last + 1]):
                    last += 1
                if last > index and tokens[last].end - tokens[index + 1].start >= 3:
                    result.append(_Candidate(tokens[index + 1].start, tokens[last].end, "Place", "place-context"))
        return result

    def _foreign_places_with_level(self, tokens: list[Token]) -> list[_Candidate]:
        """A foreign city named with 市 (贝伦|市 is 贝伦), or a state or province named
        after its city with 州, 省, 邦 or 府 (卡诺|州, 曼德勒|省, 清迈府: a place of its own):
        the level word is part of the name. Only the tokens that end in a level are visited."""
        result = []
        for index in self._positions(tokens, last_chars=_FOREIGN_LEVELS_AFTER_CITY):
            token = tokens[index]
            if token.tag != "gaz" and len(token.text) >= 3 and token.text[-1] in _FOREIGN_LEVELS_AFTER_CITY:
                # 墨尔本市, 清迈府 as one word
                if (entry := self._foreign_city(token.text[:-1])) is not None:
                    if token.text[-1] == "市":
                        result.append(self._entry_candidate(token.start, token.end, entry, "place-context"))
                    else:
                        result.append(_Candidate(token.start, token.end, "Place", "place-context"))
                continue
            if index == 0:
                continue
            level, previous = token.text, tokens[index - 1]
            if level not in _FOREIGN_LEVELS_AFTER_CITY or previous.tag != "gaz":
                continue
            if (entry := self._foreign_city(previous.text)) is None:
                continue
            if level == "市":
                result.append(self._entry_candidate(previous.start, tokens[index].end, entry, "place-context"))
            else:
                result.append(_Candidate(previous.start, tokens[index].end, "Place", "place-context"))
        return result

    def _foreign_divisions(self, text: str, tokens: list[Token]) -> list[_Candidate]:
        """特罗|波亚区, 阿|夸|·|伊博姆州: a name of three or more characters in the
        transliteration alphabet (or two parts joined by an interpunct), begun where a
        word begins, not inside a longer such name and not with a known place (巴西|卡赖|
        马州 is 卡赖马州), with the level of a foreign division after it; before the head's
        title (州长, 市长) only if a name follows the title (施托伊贝尔州长 is the governor).
        Only the tokens that begin with a character of the alphabet are visited, and only
        in a text where such a name and level stand."""
        if _FOREIGN_DIVISION.search(text) is None:
            return []
        result = []
        for index in self._positions(tokens, first_chars=TRANSLITERATION):
            token = tokens[index]
            start = token.start
            # (a known person's name may name a division too: 西哈努克|省, Cambodia's
            # province named after its king)
            if token.text[0] not in TRANSLITERATION or (token.tag == "gaz" and self._gazetteer_type(token) != "Person"):
                continue
            if index > 0 and (
                tokens[index - 1].text in _INTERPUNCTS
                or (tokens[index - 1].tag != "gaz" and all(c in TRANSLITERATION for c in tokens[index - 1].text))
            ):
                continue  # inside a longer name
            match = _FOREIGN_DIVISION.match(text, start)
            if match is None:
                continue
            known = self.gazetteer.lookup(_DIVISION_LEVEL_AT_END.sub("", match.group()))
            if known is not None and known.type != "Person":
                continue
            following = next((t for t in tokens if t.start == match.end() + 1), None)
            if text.startswith("长", match.end()) and (following is None or not self._is_name_word(following)):
                continue  # 施托伊贝尔|州长|参观: the governor by name and title, no state
            end = match.end()
            if text[end - 1] == "市" and text.startswith("民", end):
                end -= 1  # 特维尔|市民: the town's people, the town named without 市
            result.append(_Candidate(start, end, "Place", "place-context"))
        return result

    def _foreign_city(self, name: str) -> GazetteerEntry | None:
        """The gazetteer's city outside China that ``name`` names, if any."""
        entry = self.gazetteer.lookup(name)
        if entry is None or entry.subtype != "City" or entry.key.startswith(_CHINESE_DIVISION_PREFIX):
            return None
        return entry

    def _foreign_ministries(self, tokens: list[Token], typed: dict[int, list[_Candidate]]) -> list[_Candidate]:
        """A foreign ministry whose name joins its fields with 和 or 、 (德国联邦数字化和交通部,
        俄罗斯联邦数字发展、通信和大众传媒部). The country that begins it anchors the name;
        without one, 工信部和交通部 are two ministries, and so is any pair whose first
        word already ends a body's name (美国国土安全部和司法部). Only the gazetteer's
        names and the words that end in 邦 are visited."""
        result = []
        for index in self._positions(tokens, tags=("gaz",), last_chars="邦"):
            token = tokens[index]
            if (token.tag != "gaz" and not token.text.endswith("联邦")) or not self._is_foreign_country(token, typed):
                continue  # (a country is a gazetteer name, alone or before 联邦)
            joins = 0
            for last in range(index + 1, min(index + 9, len(tokens))):
                word = tokens[last].text
                if word in ("和", "、"):
                    if joins == 2 or tokens[last - 1].text in ("和", "、") or last == index + 1:
                        break
                    joins += 1
                    continue
                if word[-1] == "部":
                    if joins:
                        end = tokens[last].end
                        result.append(
                            _Candidate(token.start, end, "Organization", "org-suffix", None, "GovernmentOrganization")
                        )
                    break
                if (
                    (
                        tokens[last].tag not in ("n", "vn", "j", "l", "nz", "an", "nt")
                        # 信息、通信和数字经济部: a known technology is a ministry's field
                        and self._gazetteer_type(tokens[last]) != "Technology"
                    )
                    or self._suffix_of(word) is not None
                    or self._is_place(tokens[last], typed)
                    or self._is_title(word)  # 俄罗斯总统和外交部: a person and a ministry
                ):
                    break
        return result

    def _ministries_called_sheng(self, tokens: list[Token]) -> list[_Candidate]:
        """日本|大藏省, 日本|通产省, 朝鲜|国防|省, 朝鲜外务省: Japan's and North Korea's
        ministries are called 省, and neither country has a province, so a word ending
        in 省 right after the country (or a field's word and 省) names a ministry, as
        does one word of jieba's that joins the country and the ministry. Only the
        countries' names and the words that end in 省 are visited."""
        result = []
        for index in self._positions(tokens, words=_COUNTRIES_OF_SHENG, last_chars="省"):
            token = tokens[index]
            word = token.text
            if word.startswith(_COUNTRIES_OF_SHENG) and word[-1] == "省" and token.tag == "nt":
                result.append(
                    _Candidate(token.start, token.end, "Organization", "org-suffix", None, "GovernmentOrganization")
                )
                continue
            if word not in _COUNTRIES_OF_SHENG or index + 1 >= len(tokens):
                continue
            following = tokens[index + 1]
            if (
                3 <= len(following.text) <= 6
                and following.text[-1] == "省"
                and _ALL_CJK.match(following.text) is not None
                and self._gazetteer_type(following) != "Organization"
            ):
                end = following.end
            elif (
                index + 2 < len(tokens)
                and tokens[index + 2].text == "省"
                and following.tag in ("n", "vn")
                and 2 <= len(following.text) <= 4
            ):
                end = tokens[index + 2].end  # 朝鲜|国防|省: the field's word and 省 apart
            else:
                continue
            result.append(_Candidate(token.start, end, "Organization", "org-suffix", None, "GovernmentOrganization"))
        return result

    def _ministries_of_abbreviated_countries(self, tokens: list[Token]) -> list[_Candidate]:
        """英|外交部, 乌|国防部, 美国务院: a country by its one character, then a body every
        country has, is that country's body, not China's (外交部 alone is China's). Not
        after characters that are also words before such a body (以|国务院令, by decree).
        Only the tokens that begin with a country's character are visited."""
        result = []
        for index in self._positions(tokens, first_chars=_COUNTRY_CHARACTERS):
            token = tokens[index]
            word = token.text
            if (
                len(word) == 1
                and word in _COUNTRY_CHARACTERS
                and index + 1 < len(tokens)
                and tokens[index + 1].text in MINISTRIES_OF_EVERY_COUNTRY
            ):
                end = tokens[index + 1].end
            elif (
                len(word) >= 3
                and word[0] in _COUNTRY_CHARACTERS
                and word[1:] in MINISTRIES_OF_EVERY_COUNTRY
                and word not in self.gazetteer.by_name
            ):
                end = token.end  # 美国务院, 日外务省: jieba keeps them in one word
            else:
                continue
            result.append(_Candidate(token.start, end, "Organization", "org-suffix", None, "GovernmentOrganization"))
        return result

    def _is_foreign_country(self, token: Token, typed: dict[int, list[_Candidate]]) -> bool:
        """德国, 俄罗斯联邦, 德国联邦: a country other than China, alone or as a federation."""
        word = token.text[:-2] if token.text.endswith("联邦") and len(token.text) > 3 else token.text
        entry = self.gazetteer.lookup(word)
        return entry is not None and entry.subtype == "Country" and entry.label != "中国"

    @staticmethod
    def _zones(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
        """A zone named by the place before it: 合肥|高新区, 中国（海南）|自由贸易试验区;
        an area of a free-trade zone named after it (…自由贸易试验区|临港新片区); and
        a zone's administrative committee (成都|高新区|管委会, …临港新片区|管委会)."""
        if "区" not in text and "港" not in text:
            return []
        places_by_end = {c.end: c for c in candidates if c.type == "Place"}
        zones = [
            _Candidate(places_by_end[m.start()].start, m.end(), "Place", "place-context")
            for m in _ZONE.finditer(text)
            if m.start() in places_by_end and not _is_trade_agreement(places_by_end[m.start()], m.group())
        ]
        if "片区" in text:
            for zone in [c for c in candidates if c.type == "Place"] + zones:
                area = _ZONE_AREA.match(text, zone.end)
                if (
                    area is not None
                    and text.endswith(_FREE_TRADE_ZONES, zone.start, zone.end)
                    and not any(c in _NOT_LOCAL_NAME for c in area.group(0))
                ):
                    zones.append(_Candidate(zone.start, area.end(), "Place", "place-context"))
        if "管" in text or "党工委" in text:
            for zone in [c for c in candidates if c.type == "Place"] + zones:
                body = _ZONE_BODY.match(text, zone.end)
                if body is not None and (body["zone"] or text.endswith(_ZONE_ENDINGS, zone.start, zone.end)):
                    zones.append(
                        _Candidate(
                            zone.start, body.end(), "Organization", "org-suffix", subtype="GovernmentOrganization"
                        )
                    )
        return zones

    def _zones_named_after_places(
        self, text: str, tokens: list[Token], candidates: list[_Candidate]
    ) -> list[_Candidate]:
        """A zone named by its city and a name of its own, a place's name to jieba
        (天津|滨海|高新技术产业开发区, 武汉|东湖|新技术开发区, 青岛|西海岸|新区, 烟台|黄渤海|
        新区), or a part of the city (成都|东部|新区): one place."""
        place_starts = {c.end: c.start for c in candidates if c.type == "Place"}
        return [
            _Candidate(place_starts[token.start], zone.end(), "Place", "place-context")
            for token in tokens
            if (
                (token.tag in ("ns", "s") and 2 <= len(token.text) <= 3)
                or (token.text in _PARTS_OF_A_CITY and text.startswith("新区", token.end))
            )
            and token.start in place_starts
            and (zone := _ZONE.match(text, token.end)) is not None
        ]

    def _facilities(self, tokens: list[Token], candidates: list[_Candidate]) -> list[_Candidate]:
        """An airport, port or national park named by a place and perhaps a name of its
        own (成都|天府|国际机场, 宁波|舟山|港, 海南|热带雨林|国家公园), by a name of
        jieba's dictionary (白云机场) or, for a national park, by a name alone
        (大熊猫|国家公园): one place."""
        place_candidates = [c for c in candidates if c.type == "Place" and c.end - c.start >= 2]
        places = {(c.start, c.end) for c in place_candidates}
        place_ends = {c.end: c.start for c in place_candidates}
        subtypes = {(c.start, c.end): c.subtype for c in place_candidates}
        words = [t.text for t in tokens]
        result = []
        # only the words that end like a facility's kind, and 国家 of 国家|公园
        for index in self._positions(tokens, words=("国家",), last_chars=_FACILITY_LAST_CHARACTERS):
            token = tokens[index]
            word = token.text
            kind = next((k for k in _FACILITIES if word.endswith(k)), None)
            if kind is None and word == "国家" and index + 1 < len(words) and words[index + 1] == "公园":
                kind, end = "国家公园", tokens[index + 1].end
            elif kind is not None:
                end = token.end
            else:
                continue
            own = word[: len(word) - len(kind)] if kind != "国家公园" or word == kind else ""
            if kind == "港" and own:
                continue  # 上海港: jieba's own names; 深水港, 自由港: kinds
            if own:
                # 白云机场, 首都国际机场: a name of jieba's dictionary, unless a kind of airport;
                # with its city before it (北京|首都国际机场)
                own = own.removesuffix("国际")
                if len(own) >= 2 and _ALL_CJK.match(own) and own not in _AIRPORT_KINDS:
                    start = place_ends.get(token.start, token.start)
                    if subtypes.get((start, token.start)) == "Country":
                        start = token.start
                    result.append(_Candidate(start, end, "Place", "place-context", subtype="Place"))
                continue
            if index == 0:
                continue
            before = tokens[index - 1]
            if kind == "自然保护区":
                reserve_start = self._reserve_name_start(tokens, index, places, place_ends)
                if reserve_start is not None:
                    result.append(_Candidate(reserve_start, end, "Place", "place-context", subtype="Place"))
                continue
            if (before.start, before.end) in places:
                # 深圳|港, 武夷山|国家公园; a country alone does not name a park (美国|国家公园)
                if kind == "国家公园" and subtypes.get((before.start, before.end)) == "Country":
                    continue
                start = place_ends.get(before.start, before.start)
                if subtypes.get((start, before.start)) == "Country":
                    start = before.start  # 乌克兰|马里乌波尔|港: the country is no part of the port's name
            elif (
                before.tag in _FACILITY_NAME_TAGS
                and 2 <= len(before.text) <= 4
                and _ALL_CJK.match(before.text)
                and before.text not in _AIRPORT_KINDS
                and before.text[0] not in _DETERMINERS
                # 布赫到|机场|迎接: a name the HMM glued to the verb of going, no airport's
                and not (before.tag == "new" and before.text[-1] in _VERBS_OF_GOING_GLUED)
            ):
                # 成都|天府|国际机场; a national park may have a name alone (大熊猫|国家公园),
                # and an airport a name of its own jieba does not know (成田|机场)
                if before.start in place_ends:
                    start = place_ends[before.start]
                elif kind == "国家公园" or (
                    kind in ("机场", "国际机场")
                    # a word seldom seen, not 智慧|机场 (a "smart" airport, 智慧 tagged a name)
                    and self.tokenizer.FREQ.get(before.text, 0) <= (_RARE_WORD if before.tag == "n" else _COMMON_WORD)
                    and before.text not in self.gazetteer.not_entities  # 新建|机场: a verb
                ):
                    start = before.start
                    if before.tag == "new" and index >= 2 and tokens[index - 2].tag == "new":
                        start = tokens[index - 2].start  # 素万|那普|机场: a name cut in two
                else:
                    continue
            else:
                continue
            result.append(_Candidate(start, end, "Place", "place-context", subtype="Place"))
        return result

    def _infrastructure(self, tokens: list[Token], candidates: list[_Candidate]) -> list[_Candidate]:
        """A railway, road, dam, reservoir, power station, oil field, bridge, tunnel, port
        area, border port or station (an organization where news names the enterprise that
        runs it: :data:`_WORKS_RUN_AS_BODIES`), named by the city or region it lies in
        (丹江口|水库, 大庆|油田, 北京|南站), by a name of its own that jieba does not know as
        a common word (小浪底|水库, 白鹤|滩|水电站, 港珠澳|大桥), or, for a line, by the short
        forms of the places it joins (雅万|高铁, 沪|昆|高铁); or one word of jieba's that
        ends in such a kind (秦山核电站, 秦岭隧道). A country or province names no work of its
        own (中国|铁路, 四川|水电站), nor does a common word (货运|铁路, 新建|水库). With a
        body's suffix after it, the work names that body (港珠澳大桥|管理局). Only the words
        that end like such a kind are visited."""
        place_ends = {
            c.end: c for c in candidates if c.type == "Place" and c.end - c.start >= 2 and c.subtype != "Country"
        }
        route_ends = {tokens[index].end for index in self._positions(tokens, words=_ROUTE_JOINERS)}
        result = []
        for index in self._positions(tokens, last_chars=_INFRASTRUCTURE_LAST_CHARACTERS):
            token = tokens[index]
            word = token.text
            kind = next((k for k in _INFRASTRUCTURE_KINDS if word.endswith(k)), None)
            if kind is None or (index == 0 and word == kind):
                continue
            start = None
            if word != kind:
                own = word[: -len(kind)]
                if len(own) >= 2 and (
                    token.tag in ("nt", "nz", "ns")
                    or (
                        token.tag in ("n", "l")
                        and (entry := self.gazetteer.lookup(own)) is not None
                        and entry.type == "Place"
                    )
                ):
                    start = token.start  # 秦山核电站, 秦岭隧道: one word of jieba's
                elif (
                    own in _KINDS_OF_WORKS
                    and kind not in _LINE_KINDS
                    and (place := place_ends.get(token.start)) is not None
                    and place.start not in route_ends
                    and not self._is_province(place)
                ):
                    start = place.start  # 杭州湾|跨海大桥: the place and a word for a kind of work
            elif (place := place_ends.get(token.start)) is not None and kind not in _LINE_KINDS:
                # a province names an oil or gas field (青海|油田, the enterprise that runs
                # it), but no other work of its own (四川|水电站)
                if place.start not in route_ends and (kind in _FIELDS or not self._is_province(place)):
                    start = place.start  # 丹江口|水库, 北京|南站 (not 姆万扎—布西西|大桥, see _route_ends)
            elif kind not in _STATION_KINDS:
                start = self._works_name_start(tokens, index, kind in _LINE_KINDS)
                if start is not None and start in route_ends:
                    start = None  # 安格连—帕普|铁路: the ends of a route (see _route_ends)
                glued = next((t for t in tokens[:index] if t.start == start), None) if start is not None else None
                if glued is not None and glued.text[0] == "至" and len(glued.text) >= 3:
                    # 内罗毕|至锡卡|高速公路: the route's far end the HMM glued to 至, a place
                    result.append(_Candidate(glued.start + 1, glued.end, "Place", "place-context"))
                    continue
            if start is None:
                continue
            start += self._glued_before_works(tokens, start)
            if index + 1 < len(tokens) and (suffix := self._suffix_of(tokens[index + 1].text)) is not None:
                # 港珠澳大桥|管理局, 京沪铁路|局: the body that runs the work, named after it
                result.append(
                    _Candidate(start, tokens[index + 1].end, "Organization", "org-suffix", subtype=suffix.subtype)
                )
            else:
                result.append(self._works_candidate(start, token.end, kind))
        return result

    def _glued_before_works(self, tokens: list[Token], start: int) -> int:
        """1 where the made-up word a work's name begins with starts with a preposition
        (双方|就雅万|高铁) or with the end of the verb before it (要|紧盯: 要紧|盯鹤地|水库),
        which jieba's HMM glued to the name; else 0."""
        at = next((i for i, t in enumerate(tokens) if t.start == start), None)
        if at is None or tokens[at].tag != "new" or len(tokens[at].text) < 3:
            return 0
        first = tokens[at].text[0]
        if first in _GLUED_PREPOSITIONS or first in "就向对":
            return 1
        if at > 0 and self.tokenizer.FREQ.get(tokens[at - 1].text[-1] + first, 0) > 0:
            return 1
        return 0

    @staticmethod
    def _works_candidate(start: int, end: int, kind: str) -> _Candidate:
        if kind in _WORKS_RUN_AS_BODIES:
            return _Candidate(start, end, "Organization", "org-suffix", subtype="Organization")
        return _Candidate(start, end, "Place", "place-context", subtype="Place")

    def _is_province(self, candidate: _Candidate) -> bool:
        """Whether ``candidate`` names a province or autonomous region (四川, 广西), not one
        of the four cities at that level (北京, 上海, 天津, 重庆)."""
        entry = self.gazetteer.entries.get(candidate.key or "")
        return entry is not None and entry.subtype == "Province" and not entry.label.endswith("市")

    def _country_split_off_a_name(self, before: Token, word: Token) -> bool:
        """Whether ``word`` is a country's short name (东德, 西德) that jieba cut out of a
        three-character name, leaving its first character a one-character name of its own
        (乌|东德 of 乌东德水电站)."""
        entry = self.gazetteer.lookup(word.text) if word.tag == "gaz" and len(word.text) == 2 else None
        return (
            entry is not None
            and entry.subtype == "Country"
            and len(before.text) == 1
            and before.tag in ("nr", "ns", "nz", "ng")
            and _ALL_CJK.match(before.text) is not None
        )

    def _works_name_start(self, tokens: list[Token], index: int, line: bool) -> int | None:
        """Where the name of its own of the line or work whose kind is ``tokens[index]``
        begins: one or two words of two to four characters together, none a common word
        or a function word; for a line, two characters (雅万, 沪|昆: the places it joins),
        or three in one word jieba does not know or all places' abbreviations (沪渝蓉)."""
        if line:
            first, joined = index, 0
            abbreviations = self.gazetteer.place_abbreviations
            while (
                first > 0
                and index - first < 3
                and joined + len(tokens[first - 1].text) <= 4
                and all(ch in abbreviations for ch in tokens[first - 1].text)
            ):
                # 中|老|铁路, 中|吉|乌|铁路: the countries it joins; 京|港澳|高速公路, the
                # places, some in one word
                first -= 1
                joined += len(tokens[first].text)
            if index - first >= 2:
                return tokens[first].start
        if index >= 2 and self._country_split_off_a_name(tokens[index - 2], tokens[index - 1]):
            return tokens[index - 2].start  # 乌|东德|水电站: no country's power station
        length = 0
        for first in range(index - 1, max(index - 3, -1), -1):
            token = tokens[first]
            if (
                token.tag not in _WORKS_NAME_TAGS
                or token.text[0] in _DETERMINERS
                or token.text[0] in "这那某哪"  # 这座|水库: no name
                or not _ALL_CJK.match(token.text)
                or (self._is_ordinary_word(token.text) and self.tokenizer.FREQ.get(token.text, 0) > _COMMON_WORD)
                or (token.tag in ("n", "ng") and len(token.text) >= 2 and self._is_ordinary_word(token.text))
                or token.text in self.gazetteer.not_entities
                or token.text in _KINDS_OF_WORKS
                or token.tag == "gaz"
            ):
                break
            length += len(token.text)
            if length > 4:
                break
            if line and length == 2:
                # 雅万, 沪|昆, 蒙内 (not 守牢|铁路|安全: guard the railway's, a verb first
                # that begins no place's name)
                opening = token.text[0]
                verb_first = self._tags.get(opening, "")[:1] == "v" and not (
                    opening in self._line_initials or opening in self.gazetteer.place_abbreviations
                )
                return None if verb_first else token.start
            if (
                line
                and length == 3
                and first == index - 1
                and token.tag == "new"
                and token.text[0] in _GLUED_BEFORE_A_LINE
                and token.text[0] not in self.gazetteer.place_abbreviations
            ):
                return token.start + 1  # 一年来|雅万|高铁, 为|雅万|高铁: a word the HMM glued to the line's name
            if (
                line
                and length == 3
                and (
                    (first == index - 1 and token.tag == "new")
                    or all(ch in self.gazetteer.place_abbreviations for t in tokens[first:index] for ch in t.text)
                )
            ):
                return token.start  # 沪渝蓉|高铁, 中吉乌|铁路: three places, in a word jieba does not know
            if not line and length >= 2 and (first == 0 or tokens[first - 1].tag not in _WORKS_NAME_TAGS):
                return token.start
        return None

    def _reserve_name_start(
        self, tokens: list[Token], index: int, places: set[tuple[int, int]], place_ends: dict[int, int]
    ) -> int | None:
        """Where the name of the nature reserve whose 自然保护区 is ``tokens[index]``
        begins: a place or a rare word before it, past a level and a kind (草海|国家级|
        自然保护区, 黑河|湿地|国家级|自然保护区); None for a reserve with no name (该|
        自然保护区, 湿地|自然保护区)."""
        at = index - 1
        if at >= 0 and tokens[at].text in _RESERVE_LEVELS:
            at -= 1
        if at >= 0 and tokens[at].text in _RESERVE_KINDS:
            at -= 1
            if at < 0 or (tokens[at].start, tokens[at].end) not in places:
                return None
        if at < 0:
            return None
        name = tokens[at]
        if (name.start, name.end) in places:
            return place_ends.get(name.start, name.start)
        if (
            name.tag in ("n", "nz", "ns", "nr", "nrt", "new", "j")
            and 2 <= len(name.text) <= 4
            and _ALL_CJK.match(name.text)
            and name.text[0] not in _DETERMINERS
            and (name.tag == "ns" or self.tokenizer.FREQ.get(name.text, 0) <= _RARE_WORD)
        ):
            return name.start
        return None

    def _venues(self, tokens: list[Token], candidates: list[_Candidate]) -> list[_Candidate]:
        """A museum, memorial hall, library, stadium or tower named by the nearest place
        or proper name before it, with the common words between (陕西|博物馆, 中国|体育|
        博物馆, 卢浮宫|艺术|博物馆, 雷锋纪念馆); a place before a name of the venue's own
        is not part of it (上海|闸北|体育场 is 闸北体育场). A venue with no name (这所|
        纪念馆, 大型|体育馆) is none."""
        places = {c.start for c in candidates if c.type == "Place" and c.end - c.start >= 2}
        result = []
        for index in self._positions(tokens, last_chars=_VENUE_LAST_CHARACTERS):
            token = tokens[index]
            word = token.text
            if word[-1] not in _VENUE_LAST_CHARACTERS:
                continue
            kind = next((k for k in _VENUES if word.endswith(k)), None)
            if kind is None or word.endswith(_FACILITIES):
                continue  # 国家公园 is a facility's kind (see _facilities)
            own = word[: len(word) - len(kind)]
            if own and (len(own) < 2 or not _ALL_CJK.match(own) or own[0] in _NOT_VENUE_NAME):
                continue
            if own and (entry := self.gazetteer.lookup(own)) is not None and entry.type == "Organization":
                continue  # 北京大学图书馆: a body's library or museum is a unit of the body
            if own in self.gazetteer.not_entities:
                continue  # 高尔夫球场: any golf course, no venue's name
            memorial = kind in _MEMORIALS
            if own and not self._is_common_venue_word(own, memorial=memorial):
                # 雷锋纪念馆, 先农坛体育场: the venue's own name in one word
                result.append(_Candidate(token.start, token.end, "Place", "place-context"))
                continue
            first = index - 1
            if any(
                _PLACES_COUNTED.fullmatch(t.text) or _COUNTRIES_COUNTED.match(t.text)
                for t in tokens[max(index - 3, 0) : index]
            ):
                continue  # 京津|两地|科技馆, 三省|博物馆: the places' venues, counted, none named
            while first >= max(index - 3, 0) and tokens[first].start not in places:
                if tokens[first].tag == "gaz" or not (
                    self._is_common_venue_word(tokens[first].text, memorial=memorial)
                    and _ALL_CJK.match(tokens[first].text)
                ):
                    # 周恩来|纪念馆: a known name, though jieba's dictionary tags it as a time
                    break
                first -= 1
            if first < max(index - 3, 0):
                if own:
                    # 国家图书馆 alone: jieba's word for one venue
                    result.append(_Candidate(token.start, token.end, "Place", "place-context"))
                continue
            before = tokens[first]
            if self._gazetteer_type(before) == "Organization":
                continue  # 北京大学|图书馆: a body's library or museum is a unit of the body
            if "".join(t.text for t in tokens[first + 1 : index + 1]).endswith(_FACILITIES):
                continue  # 美国|国家|公园: a facility's kind (see _facilities)
            if kind == "旧址" and before.start in places:
                continue  # 绿杨村|旧址: where the village stood, which is the village
            if before.start in places or (
                before.tag in _VENUE_NAME_TAGS
                and 2 <= len(before.text) <= 5
                and _ALL_CJK.match(before.text)
                and before.text[0] not in _NOT_VENUE_NAME
                and before.text not in self.gazetteer.not_entities
            ):
                result.append(_Candidate(before.start, token.end, "Place", "place-context"))
        return result

    def _markets(self, tokens: list[Token]) -> list[_Candidate]:
        """北城|农副产品|批发市场, 坂下|农贸|批发市场, 郑州|粮食|批发市场: a market or shopping
        centre named by a place or a name of its own within the four words before its kind,
        with what it sells between; a place, as People's Daily has it. One with no such
        name (国际|商城, 各大|商厦, 建起|农贸市场) is none. Only the words that end like a
        market's kind are visited."""
        result = []
        for index in self._positions(tokens, last_chars=_MARKET_LAST_CHARACTERS):
            token = tokens[index]
            if not token.text.endswith(_MARKETS):
                continue
            start = None
            for previous in reversed(tokens[max(index - 4, 0) : index]):
                if previous.tag not in _MARKET_NAME_TAGS or not _ALL_CJK.match(previous.text):
                    break
                if previous.tag == "gaz" and self._gazetteer_type(previous) not in ("Place", None):
                    break  # 北京大学|商城: a body's shop, a unit of the body
                if previous.tag in _MARKET_FIRST_TAGS and previous.text[0] not in _NOT_VENUE_NAME:
                    start = previous.start
            if start is not None:
                result.append(_Candidate(start, token.end, "Place", "place-context"))
        return result

    def _is_common_venue_word(self, word: str, *, memorial: bool = False) -> bool:
        """Whether ``word``, before a venue's kind, says what the venue is about (体育,
        革命, 文化, 大学生, 八一) rather than naming it (先农坛, 荔景). Before a
        memorial's kind any word jieba's dictionary holds as a noun or verb of some
        currency is one (烈士, 抗日, 根据地): memorials are named after people (雷锋,
        毛主席) and events, seldom after such words."""
        tag = self._tags.get(word, "")
        frequency = self.tokenizer.FREQ.get(word, 0)
        if memorial and tag in _MEMORIAL_WORD_TAGS and frequency > _RARE_WORD:
            return True
        # 钱币, 丝绸, 陶瓷 (a collection's matter): nouns of some currency; 自然, an adverb
        # to jieba, of natural history
        return (tag in _VENUE_WORD_TAGS and (tag == "m" or frequency > _COMMON_WORD)) or (
            (tag == "n" and frequency > _VENUE_NOUN_COUNT) or word in _NATURE_AND_HISTORY
        )

    def _subdistricts(self, text: str, tokens: list[Token], typed: dict[int, list[_Candidate]]) -> list[_Candidate]:
        """岳麓区|麓谷街道, 城关区|八廓街道办事处: a subdistrict (街道) named by two or
        three characters right after the district, county or city it lies in, which
        jieba cuts anywhere; with its office or Party working committee after it, that
        body. Only the words that end in a level (区, 县, 市, 旗) and the words 街道 are
        visited."""
        result = []
        for index in self._positions(tokens, last_chars="区县市旗"):
            token = tokens[index]
            district = token.text
            if len(district) < 2 or district[-1] not in "区县市旗":
                continue
            if token.tag != "ns" and not self._is_place(token, typed):
                continue
            first = index  # 西安市|雁塔区|小寨路街道党工委: the body's name begins with every place
            while first > 0 and (tokens[first - 1].tag == "ns" or self._is_place(tokens[first - 1], typed)):
                first -= 1
            for length in (2, 3):
                at = token.end + length
                name = text[token.end : at]
                if text.startswith("街道", at) and _ALL_CJK.match(name) and not any(c in _NAME_STOPPERS for c in name):
                    place_end = at + 2
                    body = next((b for b in _SUBDISTRICT_BODIES if text.startswith(b, place_end)), None)
                    if body is None:
                        result.append(_Candidate(token.end, place_end, "Place", "place-context"))
                    else:
                        result.append(
                            _Candidate(
                                tokens[first].start,
                                place_end + len(body),
                                "Organization",
                                "org-suffix",
                                subtype="GovernmentOrganization",
                            )
                        )
                    break
        for index in self._positions(tokens, words=("街道", "道")):
            if index == 0:
                continue
            named = tokens[index - 1]
            first = index - 1
            if (
                tokens[index].text == "道"
                and named.tag == "gaz"
                and named.text.endswith("街")
                and self._gazetteer_type(named) == "Place"
            ):
                # 城关区|八廓街|道: the subdistrict named after its street, which the
                # gazetteer knows
                end = tokens[index].end
            elif (
                tokens[index].text == "街道"
                and (
                    named.tag in ("new", "nr", "nrfg", "nrt", "ns", "nz")
                    # 、|平湖|街道: a subdistrict named like a county-level city elsewhere
                    or (named.tag == "gaz" and self._gazetteer_subtype(named) == "District")
                )
                and 2 <= len(named.text) <= 3
                and _ALL_CJK.match(named.text)
                and (named.tag == "gaz" or not self._is_ordinary_word(named.text))
            ):
                end = tokens[index].end
                if index >= 2 and tokens[index - 2].tag == "ns" and len(tokens[index - 2].text) + len(named.text) <= 4:
                    first = index - 2  # 满城|北街|街道: a name jieba cut in two
            else:
                continue
            if not (
                first == 0 or tokens[first - 1].tag in ("x", "v") or tokens[first - 1].text in _LOCATIVE_PREPOSITIONS
            ):
                continue
            # 在|石岐|街道, 、|吉日|街道, 涉及|八廓街道: a subdistrict named without its
            # district, after 在, a verb, or opening a clause or list item (not a person
            # named 石岐); with its office or
            # Party working committee after it, that body
            body = next((b for b in _SUBDISTRICT_BODIES if text.startswith(b, end)), None)
            if body is None:
                result.append(_Candidate(tokens[first].start, end, "Place", "place-context"))
            else:
                result.append(
                    _Candidate(
                        tokens[first].start,
                        end + len(body),
                        "Organization",
                        "org-suffix",
                        subtype="GovernmentOrganization",
                    )
                )
        return result

    def _local_bodies(self, text: str, tokens: list[Token], typed: dict[int, list[_Candidate]]) -> list[_Candidate]:
        """金寨县|花石乡大湾村村委会, 晋江市|陈埭镇政府: a township, subdistrict, village
        or community right after the county it lies in, and its government, committee
        or Party branch, which jieba cuts anywhere; one organization, begun by every
        place before it. Only the words that end in a level (区, 县, 市, 旗) are visited."""
        result: list[_Candidate] = []
        if _LOCAL_BODY_END.search(text) is None:
            return result
        for index in self._positions(tokens, last_chars="区县市旗"):
            token = tokens[index]
            if len(token.text) < 2 or token.text[-1] not in "区县市旗" or not self._is_place(token, typed):
                continue
            match = _LOCAL_BODY.match(text, token.end)
            if match is None or not (match["town"] or match["village"]):
                continue
            names = (match["town"] or "")[:-1] + (match["village"] or "")[:-1]
            if any(c in _NOT_LOCAL_NAME for c in names):
                continue
            first = index
            while first > 0 and self._is_place(tokens[first - 1], typed):
                first -= 1
            result.append(
                _Candidate(
                    tokens[first].start, match.end(), "Organization", "org-suffix", subtype="GovernmentOrganization"
                )
            )
        return result

    def _hospitals_by_their_own_name(self, tokens: list[Token]) -> list[_Candidate]:
        """积水潭|医院, 协和医院, 湘雅|二|医院: a hospital named by a word of its own (a
        place, a quarter, a motto), with a number or not, and no place before it; not one
        named by its kind (人民|医院, 方舱|医院, 骨科|医院, 这家|医院). Only the words that
        end in 院 are visited."""
        result = []
        freq = self.tokenizer.FREQ
        for index in self._positions(tokens, last_chars="院"):
            token = tokens[index]
            if len(token.text) >= 4 and token.text.endswith("医院"):
                own = token.text[:-2]
                if self._leading_place_length(own) or (
                    own not in _HOSPITAL_KINDS and own[-1] not in _MEDICAL_FIELD_ENDINGS
                ):
                    # 协和医院, 宣武医院, 北京积水潭医院: a hospital jieba's dictionary holds whole
                    result.append(_Candidate(token.start, token.end, "Organization", "org-suffix"))
                continue
            if token.text != "医院" or index == 0:
                continue
            first = index - 1
            if tokens[first].text in _ONE_DIGIT_NUMBERS and first > 0:
                first -= 1  # 湘雅|二|医院: the name's second hospital
            name = tokens[first]
            if (
                2 <= len(name.text) <= 4
                and _ALL_CJK.match(name.text) is not None
                and name.text not in _HOSPITAL_KINDS
                and name.text[-1] not in _MEDICAL_FIELD_ENDINGS
                and name.text not in self.gazetteer.not_entities
                # 地向|市|医院: no function word nor level (the city's hospital) in a name
                and not any(ch in _NAME_STOPPERS for ch in name.text)
                and name.text[-1] not in _LEVELS_OF_HOSPITALS
                and (
                    name.tag in ("ns", "nz", "nr", "nrt", "new")
                    or (name.tag == "n" and freq.get(name.text, 0) <= _RARE_HOSPITAL_NAME)
                )
            ):
                before = tokens[first - 1] if first > 0 else None
                if before is not None and (before.tag == "ns" or self._gazetteer_type(before) == "Place"):
                    first -= 1  # 北京市|小汤山|医院: the place begins the hospital's name
                result.append(_Candidate(tokens[first].start, token.end, "Organization", "org-suffix"))
        return result

    def _settlements_below_places(self, text: str, candidates: list[_Candidate]) -> list[_Candidate]:
        """宝丰县|大营镇|四村, 沈阳市东陵区满堂乡|二道沟村, 平顶山市|山高村: a township or
        village named by two or three characters right after the county, district or
        city it lies in, or a village named by one right after its township, is a
        place, however jieba cuts it (三元|镇鲁村, 山|高村). Not a common word (贫困村,
        新农村) nor a count (全县|四个乡)."""
        pending = [
            c.end
            for c in candidates
            if c.type == "Place" and c.end - c.start >= 2 and text[c.end - 1] in _SETTLEMENT_ABOVE_ENDINGS
        ]
        done: set[int] = set()
        listed_kind: dict[int, str] = {}  # where a list's next item begins, and its kind
        result = []
        while pending:
            end = pending.pop()
            if end in done:
                continue
            done.add(end)
            match = _SETTLEMENT_BELOW.match(text, end)
            if match is None:
                continue
            name, kind = match.groups()
            after = match.end()
            if len(name) == 1 and kind == "村" and text[after : after + 1] in ("镇", "乡"):
                name, kind, after = name + kind, text[after], after + 1  # 张村|镇: the town of 张村
            if len(name) == 1 and not (kind == "村" and text[end - 1] in "乡镇"):
                continue
            in_banner = text[end - 1] == "旗" or text[end - 2 : end] == "苏木"
            mongolian = in_banner or kind in _MONGOLIAN_SETTLEMENT_KINDS
            if kind in _MONGOLIAN_SETTLEMENT_KINDS and not (in_banner or text[end - 1] == "镇"):
                continue
            if len(name) >= 4 and not mongolian and not (end in listed_kind and len(name) == 4):
                continue  # (but …乡、阿恰塔格乡: a list's item begins where the 、 ends)
            if any(
                (c in _NOT_LOCAL_NAME and not (mongolian and i and c in _IN_MONGOLIAN_NAMES))
                # 周市镇, 张村镇: an old market or village that gave a town its name
                or (c in _NOT_SETTLEMENT_NAME and not (len(name) == 2 and i == 1 and c in "市村" and kind in "镇乡"))
                for i, c in enumerate(name)
            ):
                continue
            if name[0] in _ADVERBS_BEFORE_PREPOSITIONS or name[0] in _GOING_CHARACTERS:
                continue  # 小岗村|已|实现|村级, 长兴县|到|南镇: an adverb or a verb of going, no name
            if (
                len(name) == 3
                and self._tags.get(name[:2], "")[:1] in ("v", "n")
                and self.tokenizer.FREQ.get(name[2] + kind, 0) > _COMMON_WORD
            ):
                # 金寨县|调研|农村: a verb and the countryside, no village's name; 重庆市|住房|
                # 城乡|建委: a noun and town and country, the field of a commission
                continue
            # 震泽镇 is a noun to jieba's dictionary, 贫困村 too: the name tells them apart
            if self._tags.get(name + kind, "ns") not in _SETTLEMENT_WORD_TAGS or (
                len(name) >= 2 and self._describes_settlement(name)
            ):
                continue
            if listed_kind.get(end, kind) != kind:
                continue  # (…乡、…村: a list goes on with places of one kind)
            result.append(_Candidate(end, after, "Place", "place-context"))
            pending.append(after)
            if text.startswith("、", after):
                # 乌什县亚曼苏乡、阿恰塔格乡: the next of a list of townships of the county
                listed_kind[after + 1] = kind
                pending.append(after + 1)
        return result

    def _ethnic_townships(self, text: str, tokens: list[Token]) -> list[_Candidate]:
        """车田|苗族|乡, 三家子|满族|乡, 室韦|俄罗斯族|民族乡: a township or town named for the
        minority peoples who live there, after a name of two to four characters (the
        longest that begins a word and holds no known place or function word). Only a
        text that holds 族乡 or 族镇 (民族乡 ends in the first) is searched: the pattern of
        the peoples' names is tried at every character."""
        if "族乡" not in text and "族镇" not in text:
            return []
        by_start = {t.start: t for t in tokens}
        names = self.gazetteer.by_name
        result = []
        for match in _ETHNIC_TOWNSHIP.finditer(text):
            peoples = match.start()
            for length in (4, 3, 2):
                start = peoples - length
                first = by_start.get(start)
                name = text[start:peoples]
                if (
                    first is None
                    or not _ALL_CJK.match(name)
                    or first.tag[:1] in _NOT_WATER_NAME_TAGS
                    or any(ch in _NAME_STOPPERS for ch in name)
                    # 丽水市|竹里|畲族|乡: the township's name begins after a known place
                    or any(name[:cut] in names for cut in range(2, length + 1))
                ):
                    continue
                result.append(_Candidate(start, match.end(), "Place", "place-context"))
                break
        return result

    def _settlements_cut_inside(self, tokens: list[Token]) -> list[_Candidate]:
        """璜|土镇, 蔡|塘村, 北固|碾村: jieba's HMM glues the last character of a village's
        or town's name it does not know to 乡, 镇 or 村, a word of two characters it does
        not know either (or a rare place); with the name-like word before, one place.
        Only the tokens that end in 乡, 镇 or 村 are visited."""
        result = []
        for index in self._positions(tokens, last_chars=_SETTLEMENT_KINDS):
            if index == 0:
                continue
            token, before = tokens[index], tokens[index - 1]
            word = token.text
            if (
                len(word) == 2
                and word[1] in _SETTLEMENT_KINDS
                and (token.tag == "new" or (token.tag == "ns" and self.tokenizer.FREQ.get(word, 0) <= _RARE_WORD))
                and word[0] not in _NOT_LOCAL_NAME
                and word[0] not in _NOT_SETTLEMENT_NAME
                and before.tag in ("nr", "nrfg", "nrt", "ns", "nz", "new")
                and 1 <= len(before.text) <= 2
                and _ALL_CJK.match(before.text)
                and not any(c in _NOT_LOCAL_NAME for c in before.text)
                and before.text not in self.gazetteer.by_name
            ):
                town = tokens[index - 2] if index >= 2 else None
                if (
                    len(before.text) == 2
                    and before.text[0] in _SETTLEMENT_KINDS
                    and town is not None
                    and town.tag in ("nr", "nrfg", "nrt", "ns", "nz", "new")
                    and 1 <= len(town.text) <= 2
                    and _ALL_CJK.match(town.text)
                    and not any(c in _NOT_LOCAL_NAME for c in town.text)
                ):
                    # 金渠|镇宁|渠村: a town and a village below it, the HMM having glued the
                    # town's kind to the village's first character
                    result.append(_Candidate(town.start, before.start + 1, "Place", "place-context"))
                    result.append(_Candidate(before.start + 1, token.end, "Place", "place-context"))
                    continue
                result.append(_Candidate(before.start, token.end, "Place", "place-context"))
        return result

    def _settlements_by_their_offices(self, tokens: list[Token]) -> list[_Candidate]:
        """花石|乡|乡长, 王|村口|镇|党委书记, 花石|乡党委, 双龙|镇|党委: a name of two or three
        characters, then 乡, 镇 or 村, then the settlement's own head, Party committee,
        government or people (乡长, 镇党委, 村民), is that township or village, whatever
        jieba made of the name; the body after it is then named with it (see
        :func:`_bodies_of_settlements`). Only the tokens that begin with 乡, 镇 or 村 are
        visited."""
        result = []
        for index in self._positions(tokens, first_chars=_SETTLEMENT_KINDS):
            token = tokens[index]
            word = token.text
            if word in _SETTLEMENT_KINDS and index + 1 < len(tokens):
                office, level_end = tokens[index + 1].text, token.end
                if not (office[:1] == word and office[1:] in _SETTLEMENT_OFFICES) and office not in _SETTLEMENT_OFFICES:
                    continue
            elif len(word) >= 3 and word[0] in _SETTLEMENT_KINDS and word[1:] in _SETTLEMENT_OFFICES:
                level_end = token.start + 1  # 花石|乡党委
            else:
                continue
            start = self._settlement_name_start(tokens, index)
            if start is not None:
                result.append(_Candidate(start, level_end, "Place", "place-context"))
        return result

    def _settlement_name_start(self, tokens: list[Token], index: int) -> int | None:
        """Where the name of two or three characters of the settlement whose kind begins
        ``tokens[index]`` begins: one or two name-like words right before it, none a
        function word, a determiner or a frequent common word (该|乡, 全|镇, 贫困|村)."""
        length = 0
        for first in range(index - 1, max(index - 3, -1), -1):
            before = tokens[first]
            # (西江|村|党支部: a village named after a place the gazetteer knows)
            known_place = before.tag == "gaz" and self._gazetteer_type(before) == "Place"
            if (
                (before.tag not in _SETTLEMENT_NAME_TAGS and not known_place)
                or before.tag in ("b", "i")  # 新一届|镇|人大: a word that describes
                or not _ALL_CJK.match(before.text)
                or any(c in _NOT_LOCAL_NAME for c in before.text)
                or before.text in _NOT_SETTLEMENT_NAME
                or before.text[-1] in _SETTLEMENT_KINDS
                or before.text in self.gazetteer.not_entities
                # 贫困|村; a surname alone is frequent but may begin a name (王|村口|镇)
                or (len(before.text) > 1 and self._describes_settlement(before.text))
            ):
                break
            length += len(before.text)
            if length > 3:
                break
            if length >= 2 and (first == 0 or tokens[first - 1].tag not in _SETTLEMENT_NAME_TAGS):
                return before.start
        return None

    def _settlements_visited(self, text: str, tokens: list[Token]) -> list[_Candidate]:
        """到|梓|山镇|调研, 前往|桃源|乡: after a verb of going somewhere, a name of two
        or three characters and 乡, 镇 or 村 is the township or village gone to, however
        jieba cut it, when no word of it is a common one (not 到|贫困|村, 走进|特色|小镇)."""
        matches = list(_SETTLEMENT_VISITED.finditer(text))
        if not matches:
            return []
        result = []
        by_start = {t.start: t for t in tokens}
        by_end = {t.end: t for t in tokens}
        freq = self.tokenizer.FREQ
        for match in matches:
            start, end = match.start(1), match.end()
            name = match.group(1)
            if start not in by_start or end not in by_end or any(c in _NOT_LOCAL_NAME for c in name):
                continue
            if name in self.gazetteer.not_entities or (
                freq.get(name, 0) > _COMMON_WORD and name not in self.gazetteer.by_name
            ):
                continue
            if by_end[end].tag == "gaz" and self._gazetteer_type(by_end[end]) == "Place":
                continue  # 来到|浙江|桐乡: a known place whose name ends in 乡, after its province
            position, common = start, False
            while position < match.start(2) and (token := by_start.get(position)) is not None:
                # 到|韶山|村: a known place's name is no common word, however often jieba saw it
                common = common or (
                    len(token.text) >= 2 and token.tag != "gaz" and freq.get(token.text, 0) > _COMMON_WORD
                )
                position = token.end
            if not common:
                result.append(_Candidate(start, end, "Place", "place-context"))
        return result

    def _settlements_listed_after_settlements(
        self, text: str, tokens: list[Token], candidates: list[_Candidate]
    ) -> list[_Candidate]:
        """在西江镇、丹江镇|建设, 走访了岗头村、石门村: after a township or village found,
        a name of two or three characters with the same kind, listed with 、, is a
        settlement of that kind too, however jieba cut it; not a common word nor one of a
        count or a scope (贫困村, 各乡镇)."""
        token_starts = {t.start for t in tokens}
        token_ends = {t.end for t in tokens}
        freq = self.tokenizer.FREQ
        found = {(c.start, c.end) for c in candidates if c.type == "Place"}
        result = []
        for candidate in candidates:
            if candidate.type != "Place" or text[candidate.end - 1 : candidate.end] not in _LISTED_SETTLEMENT_KINDS:
                continue
            kind, end = text[candidate.end - 1], candidate.end
            while (match := _LISTED_SETTLEMENT.match(text, end)) is not None and match["kind"] == kind:
                name = match["name"]
                if (
                    match.start("name") not in token_starts
                    or match.end() not in token_ends
                    or not self._may_name_a_settlement(name, freq)
                ):
                    break
                if (match.start("name"), match.end()) not in found:
                    result.append(_Candidate(match.start("name"), match.end(), "Place", "place-list"))
                end = match.end()
            start = candidate.start  # and the items before it (走访了|岗头村、石门村)
            while text[start - 1 : start] == "、":
                item = next(
                    (
                        (start - 1 - length, start - 1)
                        for length in (4, 3)
                        if text[start - 2 : start - 1] == kind
                        and start - 1 - length in token_starts
                        and self._may_name_a_settlement(text[start - 1 - length : start - 2], freq)
                    ),
                    None,
                )
                if item is None:
                    break
                if item not in found:
                    result.append(_Candidate(item[0], item[1], "Place", "place-list"))
                start = item[0]
        return result

    def _settlements_listed_together(
        self, text: str, tokens: list[Token], candidates: list[_Candidate]
    ) -> list[_Candidate]:
        """包家乡、来榜镇、码头镇负责人, 下辖东坡路社区、吴山路社区、青年路社区: three or
        more names of two or three characters, each with a settlement's kind (乡, 镇, 村,
        社区, 街道), listed with 、 on word boundaries, are settlements, though none is
        known; not common words (城镇、乡镇) nor a count or a scope. The first is taken
        where its name begins on a word boundary."""
        token_starts = {t.start for t in tokens}
        token_ends = {t.end for t in tokens}
        freq = self.tokenizer.FREQ
        found = {(c.start, c.end) for c in candidates if c.type == "Place"}
        result = []
        for run in _SETTLEMENTS_LISTED_AFTER.finditer(text):
            kind = next((k for k in _KINDS_LISTED_TOGETHER if text.endswith(k, 0, run.start())), None)
            if kind is None:
                continue  # (the list begins with one of these kinds too)
            items = [m.span(1) for m in _SETTLEMENT_AFTER_COMMA.finditer(text, run.start(), run.end())]
            first = next(
                (
                    (run.start() - length - len(kind), run.start())
                    for length in (3, 2)
                    if run.start() - length - len(kind) in token_starts
                    and self._may_name_a_settlement(
                        text[run.start() - length - len(kind) : run.start() - len(kind)], freq
                    )
                ),
                None,
            )
            if first is not None:
                items.insert(0, first)
            names = [text[start:end].removesuffix(_settlement_kind(text[start:end])) for start, end in items]
            if (
                not all(
                    start in token_starts
                    and end in token_ends
                    and not any(c in _NOT_LOCAL_NAME or c in _NOT_SETTLEMENT_NAME for c in name)
                    for (start, end), name in zip(items, names, strict=True)
                )
                or sum(self._may_name_a_settlement(name, freq) for name in names) < 2
            ):
                continue  # (码头镇 among them: a name that is a word, as long as others are none)
            result += [
                _Candidate(start, end, "Place", "place-list") for start, end in items if (start, end) not in found
            ]
        return result

    def _may_name_a_settlement(self, name: str, freq: dict[str, int]) -> bool:
        """Whether ``name`` may be a township's or village's own name before its kind:
        Chinese characters, no function word, level or count in it, no common word."""
        return (
            _ALL_CJK.match(name) is not None
            and not any(c in _NOT_LOCAL_NAME or c in _NOT_SETTLEMENT_NAME for c in name)
            and name not in self.gazetteer.not_entities
            and (freq.get(name, 0) <= _COMMON_WORD or name in self.gazetteer.by_name)
        )

    def _villages_by_their_people(self, text: str, tokens: list[Token]) -> list[_Candidate]:
        """岗头村|村民|周桂兰, 柳林社区|党委|书记, 石门村|今年|新建: a name of two or three
        characters and 村 or 社区, followed by the village's people or Party branch or
        starting a clause, is that village or community, however jieba cut it, when no
        word of the name says what kind it is (贫困村, 示范村, 行政村, 幸福社区: common
        words, adjectives, verbs, numbers, 一庄一村)."""
        matches = list(_VILLAGE_STARTING_A_CLAUSE.finditer(text))
        if _KIND_AND_PEOPLE.search(text):
            matches = list(_VILLAGE_WITH_ITS_PEOPLE.finditer(text)) + matches
        if not matches:
            return []
        by_start = {t.start: t for t in tokens}
        by_end = {t.end: t for t in tokens}
        ends = by_end.keys()
        freq = self.tokenizer.FREQ
        result = []
        for match in matches:
            start, kind, name = match.start(1), match.start(2), match.group(1)
            if start not in by_start or match.end(2) not in ends or any(c in _NOT_LOCAL_NAME for c in name):
                continue
            if name in self.gazetteer.not_entities or self._describes_settlement(name):
                continue
            if name[0] in "乡镇" and (before := by_end.get(start)) is not None and before.tag in _SETTLEMENT_NAME_TAGS:
                if len(name) < 3 or start + 1 not in by_start:
                    continue
                # 泗水|镇|金田村|村民, 花石|乡|大湾|村|村民: the town, then the village below
                # it (not 镇金田村); 东|坝头|镇: a point of the compass that jieba cut off
                # (a place to it) begins the town's name
                town_start = before.start
                if (direction := by_end.get(town_start)) is not None and (
                    direction.text in _COMPASS_POINTS and direction.tag == "ns"
                ):
                    town_start = direction.start
                result.append(_Candidate(town_start, start + 1, "Place", "place-context"))
                start, name = start + 1, name[1:]
            position, ordinary = start, False
            while position < kind and (token := by_start.get(position)) is not None:
                ordinary = ordinary or (
                    token.tag[:1] in _NOT_NAMING_TAGS
                    or token.tag[:1] in _FUNCTION_TAGS
                    or token.tag in ("m", "x", "eng")
                    # 比|渔村: a word that holds the kind is a name only if rare (贺|家村)
                    or (token.end > kind and freq.get(token.text, 0) > _RARE_WORD)
                    or (len(token.text) >= 2 and token.tag != "ns" and freq.get(token.text, 0) > _COMMON_WORD)
                )
                position = token.end
            if not ordinary and name[0] != "一":  # 贺|家村: jieba may glue the kind to the name's end
                result.append(_Candidate(start, match.end(2), "Place", "place-context"))
        return result

    def _describes_settlement(self, name: str) -> bool:
        """Whether ``name`` before 乡, 镇 or 村 says what kind it is rather than naming it
        (贫困|村, 偏远|乡, 重点|镇, 文明|村): a word of another part of speech than a
        noun, name or number, or a frequent word that is no place."""
        tag = self._tags.get(name)
        if tag is None:
            return False
        if (entry := self.gazetteer.lookup(name)) is not None and entry.type == "Place":
            return False  # 赤水市|赤水|镇: a town named after its county or city
        if tag[0] in _NOT_NAMING_TAGS:
            return True
        return tag != "ns" and self.tokenizer.FREQ.get(name, 0) > _COMMON_WORD

    def _is_county_name(self, token: Token) -> bool:
        word = token.text
        return (
            token.tag == "ns"
            and 2 <= len(word) <= 3
            and _ALL_CJK.match(word) is not None
            and word not in self.gazetteer.not_entities
            and not self._is_ordinary_word(word)
        )

    def _is_settlement_name(self, tokens: list[Token], index: int) -> bool:
        """Whether the word at ``index``, before a one-character 乡, 镇 or 村 that jieba
        cut off, names that township or village: a word jieba reads as a name or place
        (上庄|村), or any noun right after the county or district it lies in
        (宝丰县|大营|镇, 宾川县|鸡足山|镇, where jieba reads an idiom)."""
        token = tokens[index]
        word = token.text
        if not 2 <= len(word) <= 3 or not _ALL_CJK.match(word) or word in self.gazetteer.by_name:
            return False
        if word in self.gazetteer.not_entities or token.tag not in _SETTLEMENT_NAME_TAGS:
            return False
        if word.endswith(tuple(_MONGOLIAN_SETTLEMENT_KINDS)) or word[0] in _MEASURE_WORDS_OF_PLACES:
            return False  # 所有|嘎查|村, 63|个嘎查|村: the kind of village (嘎查) and villages counted
        if token.tag in ("nr", "nrfg", "nrt", "ns", "nz", "new") and not self._is_ordinary_word(word):
            return True
        county = tokens[index - 1] if index > 0 else None
        if county is None or len(county.text) < 2 or county.text[-1] not in "县区市旗":
            return False
        entry = self.gazetteer.lookup(county.text) if county.tag == "gaz" else None
        return county.tag == "ns" or (entry is not None and entry.type == "Place")

    def _is_foreign_name_part(self, token: Token) -> bool:
        return (
            token.tag in ("nr", "nrt", "nrfg", "new", "ns", "nz", "ng")
            and token.text not in self.gazetteer.by_name
            and all(ch in TRANSLITERATION for ch in token.text)
        )

    @staticmethod
    def _interpunct_names(
        text: str, tokens: list[Token], candidates: list[_Candidate], ends: set[int], glued_places: list[int]
    ) -> list[_Candidate]:
        """盖瑞·吐克, 安德烈斯·帕斯特拉纳: the parts of a foreign name written with an
        interpunct form one name, when one part is already a person and the others are
        written in the transliteration alphabet, up to the last word boundary (卡里姆·汗|
        申请: 申 is in that alphabet, but begins the verb), and from the start of the word
        jieba reads as a name that the first part ends (安德烈斯, 佛|朗切斯科: 烈 and 佛 are
        not in the alphabet), after any known place written right before it (汉堡|伯恩哈德·
        诺赫特, though 汉 and 堡 are in the alphabet) but those at ``glued_places``, which
        begin the name (阿曼|达·戈尔曼, see :func:`_places_beginning_names`)."""
        result = []
        prepositions = _preposition_starts(tokens)
        known_places = {c.start: c.end for c in candidates if c.type == "Place" and c.key is not None}
        for start in glued_places:  # (阿曼|达·戈尔曼: see _places_beginning_names)
            known_places.pop(start, None)
        for candidate in candidates:
            if candidate.type != "Person":
                continue
            match = None
            for found in _INTERPUNCT_NAME.finditer(
                text, max(0, candidate.start - 30), min(len(text), candidate.end + 30)
            ):
                if found.start() <= candidate.start and candidate.end <= found.end():
                    match = found
                    break
            if match is None:
                continue
            start, end = _start_of_name_word(tokens, match.start()), match.end()
            start = _after_known_places(known_places, start, candidate.start)
            last_mark = match.start() + max(match.group().rfind(mark) for mark in _INTERPUNCTS)
            if end not in ends:
                end = next((e for e in range(end - 1, last_mark + 1, -1) if e in ends), end)
            # 詹妮弗·杜德纳|因|基因编辑: a preposition jieba cut as a word of its own ends
            # the last part, though its character is in the alphabet
            end = _end_before_preposition(prepositions, last_mark, end)
            if (start, end) != (candidate.start, candidate.end):
                result.append(_Candidate(start, end, "Person", "person-interpunct"))
        return result

    def _entry_candidate(self, start: int, end: int, entry: GazetteerEntry, rule: str = "gazetteer") -> _Candidate:
        return _Candidate(start, end, entry.type, rule, entry.key, entry.subtype)

    def _gazetteer_matches(self, text: str, tokens: list[Token]) -> list[_Candidate]:
        """Known names that start and end on word boundaries: runs of whole words that
        spell a gazetteer name. The run grows word by word while it is still the beginning
        of some name (:attr:`Gazetteer.name_prefixes`), so most words cost one look-up;
        this finds what the Aho-Corasick automaton would find between word boundaries,
        at a fifth of its time. Ordered as the automaton orders them: by end, longest first."""
        by_name, prefixes = self.gazetteer.by_name, self.gazetteer.name_prefixes
        found = []
        for first, token in enumerate(tokens):
            name = token.text
            following = first + 1
            while name in prefixes:
                if name in by_name:
                    found.append((token.start + len(name), -len(name), by_name[name]))
                if following == len(tokens):
                    break
                name += tokens[following].text
                following += 1
        found.sort()
        result = []
        # 新 as a word of its own (南非|新|国民党), looked for only where the text holds it
        lone_new = {tokens[i].start for i in self._positions(tokens, words=("新",))} if "新" in text else set()
        entries = self.gazetteer.entries
        by_start: dict[int, Token] | None = None  # the words by where they begin and end, if needed
        by_end: dict[int, Token] = {}
        for end, minus_length, key in found:
            start = end + minus_length
            name = text[start:end]
            entry = entries[key]
            if name in _COMPASS_REGIONS:
                if self._direction_from_city(text, tokens, start):
                    continue  # 敦煌|西南|相距七十公里: southwest of the city, not China's Southwest
                if text[start - 1 : start] in ("向", "往", "朝", "偏") and text.startswith(_MOVING, end):
                    continue  # 台风中心|向|西北|移动: a direction of movement, not China's Northwest
            last = name[-1]
            if (
                name in _COMPASS_REGIONS or (last == "约" and text[start - 1 : start] in "以向偏正")
            ) and _DISTANCE.match(text, end - 1 if last == "约" else end):
                # 县城|西北|约40公里, 震中位于…|以|北约|33公里: a direction and a distance, not
                # China's Northwest or NATO
                continue
            if (
                last == "站"
                and entry.type == "Place"
                and text.endswith(_BEFORE_A_STOP_NAMED_AFTER_ITS_CITY, 0, start)
                and (city := self.gazetteer.lookup(name[:-1])) is not None
                and city.type == "Place"
            ):
                # 钻石联赛|上海站, 黄河|兰州站: a tour's leg or a river's gauging station named
                # after the city, not its railway station; the city is the mention
                result.append(self._entry_candidate(start, end - 1, city))
                continue
            if name.endswith("高速") and text.startswith(_RAILWAY_AFTER_HIGH_SPEED, end):
                continue  # 沪昆高速|铁路, 京沪高速|客运专线: a railway, not the expressway 沪昆高速
            if entry.subtype == "Country" and text.startswith("族", end):
                continue  # 吉尔吉斯|族, 俄罗斯|族: a people of China named after a country
            if (
                entry.subtype == "Company"
                and end - start == 2
                and name[0] in self.gazetteer.surnames
                and text.endswith(_GOVERNMENT_TITLES_BEFORE_NAMES, 0, start)
            ):
                continue  # 自治区副主席|包钢, 副市长|马钢: an official's name, not the company
            if last == "部" and entry.type == "Organization" and text.startswith("门", end):
                continue  # 各级生态环境部|门将: the departments of a field (部门), no ministry
            if name[0] == "个" and text[start - 1 : start] in _COUNTING_CHARACTERS:
                continue  # 首|个旧|改 (the first renewal project): a count and 个, no 个旧
            if entry.type == "Technology" and _LAW_AFTER_TERM.match(text, end):
                continue  # 数据安全|法、个人信息保护|法: a law named after the field, no mention of it
            if end - start == 2 and entry.type == "Technology":
                if by_start is None:
                    by_start, by_end = {t.start: t for t in tokens}, {t.end: t for t in tokens}
                before = by_end.get(start)
                if (
                    before is not None
                    and len(before.text) == 1
                    and self.tokenizer.FREQ.get(before.text + name[0], 0) > _COMMON_WORD
                ):
                    continue  # 卫|星链 (卫星链, the satellite industry's chain): no Starlink
            if end - start == 2 and entry.type == "Organization" and name != entry.label:
                if by_start is None:
                    by_start, by_end = {t.start: t for t in tokens}, {t.end: t for t in tokens}
                if self._carved_out_of_words(by_end.get(start), by_start.get(end)) or self._runs_into_a_word(
                    name, by_start.get(end)
                ):
                    continue  # 《海|国图|志》: no 国图
                if (before := by_end.get(start)) is not None and before.text == "一":
                    continue  # 政务|一|网通, 一网通办: a slogan's "one network", no 网通 (China Netcom)
                if (
                    name[0] == "中"
                    and before is not None
                    and before.tag[:1] == "v"
                    and (after := by_start.get(end)) is not None
                    and after.tag[:1] in ("v", "m")
                    and _COUNT_SOON.match(text, end) is not None
                ):
                    # 扑救|中共|投入…500人, 行动|中共|检查…326家: during the action (中), in
                    # all (共) so many (but 强调|中共|坚持…: the Party)
                    continue
            if name.isascii() and _in_dotted_name(text, start, end):
                continue  # GOV.UK, www.gov.cn: part of a web address or a product's name
            if entry.subtype == "PoliticalOrganization" and start - 1 in lone_new:
                # 南非|新|国民党: a new party named after an older one, not the older (the
                # Kuomintang); a body of its own
                result.append(_Candidate(start - 1, end, "Organization", "org-suffix", subtype=entry.subtype))
                continue
            if (
                entry.subtype == "Company"
                and _TRADE_AFTER_COMPANY.match(text, end) is not None
                and (leading := self.gazetteer.leading_place(name))[0] is not None
                and leading[0].subtype == "Country"
            ):
                # 中国电子|行业, 中国建筑|业界: the country's trade, which a company of the
                # country is named after; the country the mention
                result.append(self._entry_candidate(start, end - len(leading[1]), leading[0]))
                continue
            if (
                entry.subtype == "Company"
                and text.startswith(_COURTESY_TITLE_WORDS, end)
                and self._suffix_of(name) is None
            ):
                # 杜邦|先生, 松下|先生: a company named after its founder's family, here the
                # person (not 西门子公司|先生: a company's name with its kind names no one)
                result.append(_Candidate(start, end, "Person", "person-title"))
                continue
            if last == "县" and text.startswith("城", end) and text[end + 1 : end + 2] not in _AFTER_A_TOWN:
                # 连县|城 is 连|县城 (even the county town), 开封县|城 开封|县城 (the town of
                # the city 开封): 县城 is the word, the place before it, if any, the mention;
                # 云阳县|城 is 云阳县's town, the county the mention
                town = self.gazetteer.lookup(name[:-1])
                if town is not None and town.type == "Place" and town.key != entry.key:
                    result.append(self._entry_candidate(start, end - 1, town))
                    continue
                if end - start == 2:
                    continue
            result.append(self._place_without_its_kind(name, start, entry))
        return result

    @staticmethod
    def _carved_out_of_words(before: Token | None, after: Token | None) -> bool:
        """Whether a body's short name of two characters, a word only because the gazetteer
        made it one, was carved out of a longer word: a one-character noun stands on each
        side (《海|国图|志》, no 国图)."""
        return (
            before is not None
            and after is not None
            and len(before.text) == 1
            and len(after.text) == 1
            and before.tag[:1] == "n"
            and after.tag[:1] == "n"
        )

    def _runs_into_a_word(self, name: str, after: Token | None) -> bool:
        """Whether a body's short name of two characters ends inside a word that its last
        character makes with the one character left after it (钦州港|东航|道: 航道, a
        channel), no name of the body (but 川大|学生: a word after it, of its own)."""
        if after is None or len(after.text) != 1 or after.text in _AFTER_NAMES:
            return False  # (北大|人, 俄共|和: a name's people, a list's 和, though 大人, 共和 are words)
        return self.tokenizer.FREQ.get(name[-1] + after.text, 0) > _WORD_AFTER_A_SINGLE

    def _former_counties(self, text: str, tokens: list[Token]) -> list[_Candidate]:
        """丹阳|县, 常熟|县, 寿光县: a city or district of today written with 县, as news
        of the years before it became one names it (丹阳 a county until 1987), is that
        place under its former name; 县 glued to what follows (县委, 县长) is left to the
        rules for bodies and titles."""
        result = []
        counties = self.gazetteer.district_short_forms
        for index, token in enumerate(tokens):
            word = token.text
            if token.tag == "gaz" and index + 1 < len(tokens) and tokens[index + 1].text in _COUNTY_CHARACTER_WORDS:
                stem, end = word, token.end + 1
            elif len(word) >= 3 and word[-1] == "县" and token.tag in ("nr", "n", "new", "nz"):
                stem, end = word[:-1], token.end
            else:
                continue
            key = counties.get(stem) or self.gazetteer.by_name.get(stem)
            entry = self.gazetteer.entries.get(key) if key else None
            if (
                entry is not None
                and entry.type == "Place"
                and entry.subtype in ("City", "District")
                and entry.key.startswith(_CHINESE_DIVISION_PREFIX)
                and not entry.label.endswith("县")
                and text[end - 1] == "县"
            ):
                result.append(self._entry_candidate(token.start, end, entry))
        return result

    def _place_without_its_kind(self, name: str, start: int, entry: GazetteerEntry) -> _Candidate:
        """The candidate for the known ``name`` at ``start``: 西欧地区 is 西欧, the region
        named by its name, 地区 a common noun. A prefecture named so (喀什地区, 阿里地区),
        or a division under its former name as a prefecture (涪陵地区), is the division,
        though its mention, as People's Daily marks 菏泽地区, is 喀什 alone (喀什市 is the
        city inside it)."""
        end = start + len(name)
        if name.endswith("地区") and len(name) >= 4:
            if entry.subtype in ("City", "District"):  # 喀什地区; 涪陵地区, now 涪陵区
                return self._entry_candidate(start, end - 2, entry)
            head = self.gazetteer.lookup(name[:-2])
            if head is not None and head.type == "Place":
                return self._entry_candidate(start, end - 2, head)
        return self._entry_candidate(start, end, entry)

    def _direction_from_city(self, text: str, tokens: list[Token], start: int) -> bool:
        """Whether the compass region at ``start`` follows a province, city or county (成都|西南),
        where it gives a direction from the city; after a country it is the country's
        region (中国|东北)."""
        before = next((t for t in tokens if t.end == start), None)
        if before is None or before.tag != "gaz":
            return False
        entry = self.gazetteer.lookup(before.text)
        return entry is not None and entry.type == "Place" and entry.subtype in ("Province", "City", "District")

    def _gazetteer_tilings(self, tokens: list[Token]) -> list[_Candidate]:
        """北大清华, 中美日: a dictionary word made of known names end to end is those
        names (jieba's dictionary has such compounds; they hide names from the automaton
        matches, which must start and end on word boundaries)."""
        result = []
        for token in tokens:
            word = token.text
            if len(word) < 4 or token.tag in ("gaz", "x", "eng", "m") or not _ALL_CJK.match(word):
                continue
            if (
                word.startswith("国家")
                and (body := self.gazetteer.lookup(word[2:])) is not None
                and body.subtype == "GovernmentOrganization"
            ):
                # 国家人事部, 国家教委: a central body named with 国家 before its own name.
                result.append(self._entry_candidate(token.start, token.end, body))
                continue
            if word[:2] not in self.gazetteer.name_prefixes:
                continue  # no known name begins the word (none is one character long)
            pieces = self._tiling(word)
            if (
                pieces
                and len(pieces) == 2
                and (unit := self.gazetteer.entries[pieces[1][2]]).parent == pieces[0][2]
                and unit.type == "Organization"
            ):
                # 中共中央统战部: a body and a unit of it, one jieba word, name the unit
                # (places keep both names: 法国巴黎 is 法国 and 巴黎).
                result.append(self._entry_candidate(token.start, token.end, unit))
            elif pieces:
                # 俄罗斯远东地区: the names end to end, each without 地区 as above
                result += [
                    self._place_without_its_kind(word[start:end], token.start + start, self.gazetteer.entries[key])
                    for start, end, key in pieces
                ]
        return result

    def _tiling(self, word: str) -> list[tuple[int, int, str]] | None:
        """The two or more known names that make up ``word`` end to end, if any."""
        ends: dict[int, list[tuple[int, str]]] = defaultdict(list)
        for start, end, key in self.gazetteer.find(word):
            ends[start].append((end, key))
        pieces = _tile(ends, 0, len(word))
        return pieces if pieces and len(pieces) >= 2 else None

    def _places_heading_words(self, tokens: list[Token]) -> list[_Candidate]:
        """Jieba's dictionary holds compounds such as 中国网民 or 北京市民; the known
        place that begins one (中国, 北京) is a mention when the rest is a word."""
        result = []
        known, prefixes = self.tokenizer.FREQ, self.gazetteer.name_prefixes
        for token in tokens:
            word = token.text
            if len(word) < 3 or token.tag in ("gaz", "x", "new") or not _ALL_CJK.match(word):
                continue
            if token.tag == "nt" and not any(
                word.endswith(people) and len(word) - len(people) >= 2 for people in _PLACES_PEOPLE_TAGGED_AS_BODIES
            ):
                continue  # 台湾歌手 is a body's name to jieba; 中国银行 is one
            if (
                word[0] in "赴访抵"
                and (country := self.gazetteer.lookup(word[1:])) is not None
                and country.subtype == "Country"
            ):
                # 赴美国: jieba's dictionary holds the verb of going with the country
                result.append(self._entry_candidate(token.start + 1, token.end, country))
                continue
            if token.tag == "i" or (token.tag == "l" and known.get(word, 0) > _RARE_WORD):
                continue  # 长治久安: an idiom, whose first characters only look like a place
            if word[:2] not in prefixes:
                continue  # no known name begins with the word's first two characters
            for length in range(len(word) - 1, 1, -1):
                entry = self.gazetteer.lookup(word[:length])
                rest = word[length:]
                if entry is None or entry.type != "Place":
                    continue
                if len(rest) == 1:
                    # 希腊人, 中国籍, 美国方: a place and a one-character affix.
                    if rest in _PLACE_AFFIXES:
                        result.append(self._entry_candidate(token.start, token.start + length, entry))
                        break
                elif (
                    known.get(rest, 0) > 0
                    and self._tags.get(rest, "n")[:1] in _PLACE_HEADED_TAGS
                    and self._suffix_of(rest) is None
                ):
                    # 中国网民, 香港回归, 欧洲各国, 长江上游: a place and a word.
                    result.append(self._entry_candidate(token.start, token.start + length, entry))
                    break
                # 北京市|民 is no place and a word, but 北京|市民 is: try the shorter place.
        return result

    def _jieba_names(self, tokens: list[Token]) -> list[_Candidate]:
        """Words jieba tags as names, and unknown words that look like Chinese personal
        names, kept only where the evidence is strong enough (see :meth:`_is_person`)."""
        result = []
        stop = self.gazetteer.not_entities
        common_surnames = self.gazetteer.common_surnames
        naming = self._naming_words
        read_untagged = self._words_read_untagged
        for index, token in enumerate(tokens):
            word = token.text
            if token.tag not in _TAGS_OF_NAMES and token.tag != "gaz":
                # the cheapest test first: most words are tagged as no name and, by
                # themselves, can begin nothing below
                may_name = read_untagged.get(word)
                if may_name is None:
                    may_name = read_untagged[word] = self._may_name_though_untagged(word)
                    _bound(read_untagged)
                if not may_name:
                    continue
            if token.tag == "gaz" and len(word) == 2 and self._figure_name_grown(tokens, index):
                # 李鹏|飞|表示, 陈云|霁|说: a public figure's two characters begin someone
                # else's three-character name.
                result.append(_Candidate(token.start, token.end + 1, "Person", "person-surname"))
                continue
            if len(word) == 1:
                if word in common_surnames and (candidate := self._surname_cut_from_name(tokens, index)):
                    result.append(candidate)
                elif token.tag == "nr" and index + 1 < len(tokens):
                    # 王|衡阳, 周|洪江: a surname alone and a two-character place make a name.
                    following = tokens[index + 1]
                    entry = self.gazetteer.lookup(following.text) if following.tag == "gaz" else None
                    if (
                        word in common_surnames
                        and word not in _NAME_STOPPERS
                        and len(following.text) == 2
                        and entry is not None
                        # (not 孟|新县: a place named with its kind, 县, is no given name)
                        and following.text[-1] not in "省市县区州盟旗镇乡村"
                        # (not 在|黎|中国|公民: after a preposition of place, a country's short
                        # name, then China; but 教授|朱|英国)
                        and not (
                            entry.subtype == "Country" and index > 0 and tokens[index - 1].text in _PLACE_PREPOSITIONS
                        )
                        and (
                            entry.type == "Place"
                            # 秘书长|朱|剑桥|表示: a body's short name, between a title and a verb
                            or (
                                entry.type == "Organization"
                                and index > 0
                                and self._is_title(tokens[index - 1].text)
                                and index + 2 < len(tokens)
                                and tokens[index + 2].text in _SPEECH_VERBS
                            )
                        )
                        and (index + 2 == len(tokens) or tokens[index + 2].text not in _PLACE_SUFFIX_CHARS)
                    ):
                        result.append(_Candidate(token.start, following.end, "Person", "person-surname"))
                if (
                    index + 1 < len(tokens)
                    and word + tokens[index + 1].text[:1] in self.gazetteer.compound_surnames
                    and tokens[index + 1].tag in ("nr", "nrfg", "new")
                    and len(tokens[index + 1].text) in (2, 3)
                    and _ALL_CJK.match(tokens[index + 1].text)
                ):
                    # 司|马俊峰: jieba cut a compound surname's first character off the name.
                    result.append(_Candidate(token.start, tokens[index + 1].end, "Person", "person-surname"))
                continue  # one character names nothing else
            if (
                word in self.gazetteer.compound_surnames
                and index + 1 < len(tokens)
                and tokens[index + 1].tag in ("nr", "nrt", "nrfg", "new")
                and len(tokens[index + 1].text) <= 2
                and _ALL_CJK.match(tokens[index + 1].text)
                and not self._is_ordinary_word(tokens[index + 1].text)
            ):
                # 欧阳|娜娜: jieba cut a compound surname from the given name.
                result.append(_Candidate(token.start, tokens[index + 1].end, "Person", "person-surname"))
                continue
            if word in stop or not _ALL_CJK.match(word):
                continue
            if (
                index + 1 < len(tokens)
                and tokens[index + 1].text in _COUNTY_EVENT_WORDS
                and (county := self.gazetteer.district_short_forms.get(word))
                and (token.tag[:1] in ("n", "j") or not self._is_ordinary_word(word))
            ):
                # 张北|地震, 汶川|灾区, 伽师|灾区: a county named without its kind before
                # the disaster that struck it or its seat, whatever jieba's tag
                result.append(self._entry_candidate(token.start, token.end, self.gazetteer.entries[county], "jieba"))
                continue
            if (
                index + 1 < len(tokens)
                and tokens[index + 1].text in _OLD_TOWN_WORDS
                and (county := self.gazetteer.district_short_forms.get(word))
            ):
                # 平遥|古城: the county's old town, the county named before it whatever
                # jieba's tag (平遥 is an adjective to it), as People's Daily tags it
                result.append(self._entry_candidate(token.start, token.end, self.gazetteer.entries[county], "jieba"))
                continue
            if (
                token.tag in ("n", "nz", "l")
                and len(word) >= 5
                and (suffix := self._suffix_of(word)) is not None
                and suffix.strong
                and self._leading_place_length(word) >= 2
            ):
                # 中国交响乐团, 曲阜师范大学, 美国贝尔实验室: a body jieba's dictionary holds
                # whole as a common noun, a place and a strong suffix at its ends
                result.append(_Candidate(token.start, token.end, "Organization", "jieba", subtype=suffix.subtype))
                continue
            if token.tag not in _TAGS_OF_NAMES:
                may_name = naming.get(word)
                if may_name is None:
                    may_name = naming[word] = self._may_name_whatever_its_tag(word)
                    _bound(naming)
                if not may_name:
                    continue  # most words: nothing below applies to them
            if (
                token.tag in ("nt", "ns")
                and len(word) >= 5
                and word.endswith(_ZONE_KINDS)
                and (self._leading_place_length(word) or self._tags.get(word[:2], "") in ("ns", "nr", "nz"))
            ):
                # 北京经济技术开发区, 东湖新技术开发区: a zone jieba's dictionary knows whole,
                # named by a place or a name of its own (not 技术开发区).
                result.append(_Candidate(token.start, token.end, "Place", "jieba"))
                continue
            if (
                token.tag in _NAME_TAGS
                and index + 1 < len(tokens)
                and tokens[index + 1].text == "队"
                and word not in self.gazetteer.by_name
            ):
                # 本菲卡|队: a team named by a name, the suffix cut off by jieba.
                result.append(
                    _Candidate(token.start, tokens[index + 1].end, "Organization", "jieba", subtype="Organization")
                )
                continue
            if token.tag == "new" and len(word) in (3, 4) and word[-1] in "说称讲道":
                # The HMM glued a speech verb to a name: 陈潭说.
                name = word[:-1]
                if self._looks_like_chinese_name(name):
                    result.append(_Candidate(token.start, token.end - 1, "Person", "person-surname"))
                continue
            doctrine = (
                word[-2:] if len(word) >= 4 and word[-2:] in _DOCTRINES else None
            )  # 邓小平理论: every doctrine word has two characters
            if doctrine:
                # 邓小平理论, 毛泽东思想, 马克思主义: the name inside is a person.
                name = word[: -len(doctrine)]
                if self._tags.get(name, "").startswith("nr") and (
                    self._looks_like_chinese_name(name) or self._looks_transliterated(name)
                ):
                    result.append(_Candidate(token.start, token.start + len(name), "Person", "person-surname"))
                continue
            if (
                token.tag in ("nr", "nrfg", "nrt", "new", "ns", "nz")
                and 3 <= len(word) <= 5
                and (
                    word[-1] in _SETTLEMENT_ENDINGS
                    or (len(word) == 3 and word[1] == "家" and word[2] in _FAMILY_PLACE_ENDINGS)
                )
                and word[0] not in "各每该"  # 各乡镇: every township, none named
                and not word.endswith("农村")  # 新型农村: the countryside, no village
                # 在城镇, 到乡镇: a preposition before a common word of settlements
                and not (word[0] in "在于从到向" and self.tokenizer.FREQ.get(word[1:], 0) > _COMMON_WORD)
                # 龙江|乡三安村: the township's kind glued to the village after it
                and not (token.tag == "new" and word[0] in "乡镇" and index > 0 and len(tokens[index - 1].text) >= 2)
            ):
                start = token.start
                if (
                    token.tag == "new"
                    and word[0] in _PREPOSITIONS_GLUED_TO_SETTLEMENTS
                    and index > 0
                    and tokens[index - 1].tag[:1] in ("d", "v", "p", "x")
                ):
                    start += 1  # 将|以余村|为核心: the preposition the HMM glued to the village
                result.append(_Candidate(start, token.end, "Place", "jieba"))
            elif (
                token.tag in ("nr", "nrt", "new", "nz")
                and len(word) >= 3
                and word[-1] in "河江湖"
                and all(ch in TRANSLITERATION for ch in word[:-1])
                and word[0] not in self._bare_surnames
                and not self._has_person_context(tokens, index)
            ):
                # 奥得河, 奥里诺科河: a foreign river or lake by its transliterated name and
                # its kind, which ends no transliterated person's name
                result.append(_Candidate(token.start, token.end, "Place", "jieba", subtype="Region"))
            elif (
                token.tag in ("nr", "nrt", "new", "ns", "nz")
                and word.endswith(_LANDMARK_ENDINGS)
                and (ending := next((e for e in _LANDMARK_ENDINGS if word.endswith(e)), None)) is not None
                and len(word) - len(ending) >= 2
                and _ALL_CJK.match(word)
                and word[0] not in "各每该"
                and not (
                    ending == "宫" and (word[-2] in _NOT_BEFORE_PALACE or word[0] in _NAME_STOPPERS or word[0] == "宫")
                )
                and not (ending in _BUILDING_ENDINGS and not self._names_a_building(token))
                # 阿耶塔, (部)长阿耶塔: a transliterated name that ends in such a character,
                # which 宫, 寺 and 庙 are not (基吉宫, 斯莫尔尼宫 are palaces; 扎什伦布寺,
                # 塔尔寺 Tibetan monasteries)
                and not (
                    len(ending) == 1
                    and ending not in _NO_NAME_ENDS_LIKE_IT
                    and (
                        all(ch in TRANSLITERATION for ch in word[:-1])
                        or (len(word) >= 4 and all(ch in TRANSLITERATION for ch in word[1:-1]))
                    )
                )
                # 归元寺|方丈: a title after a word that ends as no name does is the
                # abbot's of the temple, no sign of a person
                and (word[-1] in _NOT_NAME_ENDINGS or not self._has_person_context(tokens, index))
                # 京沪铁路|局: a body of the line, named with it
                and not (
                    index + 1 < len(tokens)
                    and (
                        tokens[index + 1].text[:1] in _BODY_ENDINGS
                        or self._suffix_of(tokens[index + 1].text) is not None
                    )
                )
            ):
                # 中山路, 王府井大街, 寒山寺, 云冈石窟: a street, square, temple or site jieba
                # knows or guesses as one word, whatever its tag
                result.append(_Candidate(token.start, token.end, "Place", "jieba"))
            elif (
                token.tag in ("nr", "nrt", "new")
                and word[-1] in _MOUNTAIN_ENDINGS
                and (
                    len(word) >= 4
                    or (len(word) == 3 and word[0] not in self.gazetteer.surnames)
                    # 长沙|岳麓山|下: a place before it and a word of its foot after it
                    or (
                        len(word) == 3
                        and index > 0
                        and self._gazetteer_type(tokens[index - 1]) == "Place"
                        and index + 1 < len(tokens)
                        and tokens[index + 1].text in _AT_A_MOUNTAIN
                    )
                )
                and _ALL_CJK.match(word)
                and not self._has_person_context(tokens, index)
            ):
                # 麦金利峰, 卓奥友峰, 玉峰山: a mountain jieba reads as a name (not 王海峰,
                # a surname and a given name ending in 峰)
                result.append(_Candidate(token.start, token.end, "Place", "jieba"))
            elif (
                token.tag.startswith("nr")
                and 3 <= len(word) <= 5
                and word[-1] in _LAKE_AND_ISLAND_ENDINGS
                and not word.endswith("江湖")  # 闯江湖, 老江湖: the world of wanderers
                and _ALL_CJK.match(word)
            ):
                # 阳澄湖, 刘公岛, 瞿塘峡: a lake, island, bay or gorge jieba's dictionary
                # tags as a name
                result.append(_Candidate(token.start, token.end, "Place", "jieba"))
            elif token.tag in ("nr", "nrfg", "nrt", "new") and (
                cut := _appointment_verb_in(word, tokens[index + 1].text if index + 1 < len(tokens) else "")
            ):
                # 王芳任|副局长: the HMM glued the verb of taking an office to the name.
                if self._looks_like_chinese_name(word[:cut]):
                    result.append(_Candidate(token.start, token.start + cut, "Person", "person-surname"))
            elif token.tag in ("nr", "nrfg", "nrt", "new"):
                if (cut := self._glued_word_after_name(tokens, index)) is not None:
                    # 孙俊排|第二, 周宁上|一轮, 常昊胜|张文东: the HMM glued a verb or an
                    # adverb to a two-character name.
                    result.append(_Candidate(token.start, token.start + cut, "Person", "person-surname"))
                    if token.text[-1] in _RESULT_VERBS:
                        # 王磊胜|俞斌: the loser's name after the winner's is a name too
                        following = tokens[index + 1]
                        result.append(_Candidate(following.start, following.end, "Person", "person-surname"))
                    continue
                if self._preposition_glued_before_name(token):
                    # 当丁跃|第一次, 像郎芸|这样: the HMM glued a preposition to the name after it.
                    result.append(_Candidate(token.start + 1, token.end, "Person", "person-surname"))
                    continue
                if (
                    token.tag == "new"
                    and len(word) == 3
                    and word[0] == "官"
                    and index > 0
                    and tokens[index - 1].tag[:1] in ("n", "g")
                    and self._looks_like_chinese_name(word[1:])
                ):
                    # 首席|金融科技|官苏格: the end of a title (…官, officer) the HMM glued to
                    # the name after it
                    result.append(_Candidate(token.start + 1, token.end, "Person", "person-surname"))
                    continue
                if (
                    # (a foreign name's part after an interpunct is no Chinese name:
                    # 约翰·吉尔|通过 is no 吉尔通)
                    not (index > 0 and tokens[index - 1].text in _INTERPUNCTS)
                    and (grown := self._given_name_cut_off(tokens, index)) is not None
                ):
                    # 李揆|成, 田春|美的, 赵致|真是: the last character of the given name
                    # went to the next word.
                    result.append(_Candidate(token.start, token.end + grown, "Person", "person-surname"))
                    continue
                if index > 0 and tokens[index - 1].text == "、" and _is_place_glued_to_its_count(word):
                    continue  # 京、津、|冀三地: a list's last place and the count, no 冀 of a name
                if len(word) == 3 and word[-1] in _WATER_ENDINGS and _in_a_waters_context(tokens, index):
                    # 沿|龙须河|西行, 茅洲河|是|深圳第一大河: a river or lake jieba does not know
                    # (not 罗洗河|负于|马晓春, a player)
                    result.append(_Candidate(token.start, token.end, "Place", "jieba", subtype="Region"))
                elif (
                    0 < index < len(tokens) - 1
                    and tokens[index - 1].text == "在"
                    and tokens[index + 1].text in _WHAT_IS_DONE_AT_A_PLACE
                    and self._looks_transliterated(word)
                ):
                    # 比亚迪在|塞格德|建设…工厂: a foreign town jieba's dictionary calls a name,
                    # where something is built or held
                    result.append(_Candidate(token.start, token.end, "Place", "place-context"))
                elif (
                    self._is_person(tokens, index)
                    and word not in _SPORTS
                    and not (
                        # (自由式|滑雪|名将: a sport jieba's dictionary calls a name)
                        # 国家卫生健康委|宣传司|副司长: a department before its head's title, no name
                        word[-1] in _UNIT_LAST_CHARACTERS
                        and index + 1 < len(tokens)
                        and self._is_title(tokens[index + 1].text)
                    )
                ):
                    result.append(_Candidate(token.start, token.end, "Person", "person-surname"))
            elif (
                token.tag in ("ns", "nz", "t")
                and not (token.tag == "t" and word[-1] in "代朝")  # 唐代|诗人: a dynasty, no name
                # 市长|明年|再来, 市长|明天|说: a common word of time
                and not (token.tag == "t" and self.tokenizer.FREQ.get(word, 0) > _RARE_WORD)
                and word not in self.gazetteer.by_name
                and word not in self.gazetteer.suffix_by_text  # 机场|海关|关长: a body, no name
                and self._looks_like_chinese_name(word)
                and (not self._looks_like_place(word) or self._speaks_or_bears_title(tokens, index))
                and (self._has_person_context(tokens, index) or self._opens_clause_as_name(tokens, index))
            ):
                # 万梓良|表示: jieba's dictionary types some names as places; 钟南山|院士,
                # 钟南山|表示: even one ending like a mountain, when it speaks or bears a title;
                # 刘彦彬|保持: one that opens a clause before a verb.
                result.append(_Candidate(token.start, token.end, "Person", "person-surname"))
            elif body := self._body_in_title(word):
                if (
                    body in _UNNAMED_BODIES
                    and index > 0
                    # (市政|数局|党组书记: a short name defined in the text, cut by jieba)
                    and (
                        self._names_organization(tokens[index - 1])
                        or tokens[index - 1].text[-1] in _BODY_ENDINGS
                        # 局长|、|党组书记, 原|党组书记: another title of a list, at the body
                        # named before the list; 有限公司（重庆轨道集团）|党委书记: the body
                        # named before its short form in brackets
                        or tokens[index - 1].text in ("、", "原", "）", ")")
                    )
                ):
                    continue  # 国家统计局|党组书记: the group of the body before, which holds the title
                start = token.start
                if index > 0 and (
                    tokens[index - 1].text + body in _STANDALONE_ORGANIZATIONS
                    # 全国|人大代表, 自治区|政协委员: the national or regional congress
                    or (tokens[index - 1].text in _NATIONAL_AND_REGIONAL and body in ("人大", "政协"))
                ):
                    start = tokens[index - 1].start  # 镇|党委书记: the level jieba cut off
                elif index > 0 and self._names_county_of(tokens[index - 1], body):
                    start = tokens[index - 1].start  # 田东|县委书记: the county's committee
                elif (
                    index > 1
                    and len(tokens[index - 1].text) == 1
                    and len(tokens[index - 2].text) == 1
                    and self._names_county_of(
                        Token(
                            tokens[index - 2].start,
                            tokens[index - 1].end,
                            tokens[index - 2].text + tokens[index - 1].text,
                            "ns",
                        ),
                        body,
                    )
                ):
                    start = tokens[index - 2].start  # 于|都|县委书记: a county jieba cut in two words
                elif index > 0 and body in ("人大", "政协") and self._is_chinese_division(tokens[index - 1].text):
                    start = tokens[index - 1].start  # 辽宁省|人大代表: the province's congress, not the NPC
                # 市委书记: the body written into a title.
                result.append(
                    _Candidate(start, token.start + len(body), "Organization", "jieba", subtype="PoliticalOrganization")
                )
            elif (
                word in _STANDALONE_ORGANIZATIONS
                # 党支部|书记: an unnamed body only before a title (意等国|工会|代表: the
                # countries' unions' delegates, no one body)
                and (
                    word not in _UNNAMED_BODIES
                    or ((title := _word_at_tokens(tokens, index + 1)) in self.gazetteer.titles and title != "代表")
                )
                # 陆军|大校, 海军|中将: the service is part of an officer's rank
                and not (word in _ARMED_SERVICES and index + 1 < len(tokens) and tokens[index + 1].text in _RANKS)
            ):
                start = token.start
                if word in _CHAMBERS and index > 0 and self._is_country(tokens[index - 1]):
                    start = tokens[index - 1].start  # 菲律宾|众议院: the country's chamber
                result.append(_Candidate(start, token.end, "Organization", "jieba", subtype="GovernmentOrganization"))
            elif (
                token.tag == "ns"
                and (key := self.gazetteer.district_short_forms.get(word))
                and (
                    self.tokenizer.FREQ.get(word, 0) <= _RARE_WORD
                    # 挺进|汶川, 驰援|舟曲: a county known well enough for jieba to count it
                    # often, after a verb of going there (but 来到|古城 is an old town)
                    or (
                        index > 0
                        and tokens[index - 1].text in _GOING_TO
                        and self.tokenizer.FREQ.get(word, 0) <= _COMMON_WORD
                        # and no noun after it (赶到|南关|办理|处: a body's name begins with it)
                        and (index + 1 == len(tokens) or tokens[index + 1].tag[:1] in "xvpcudfmt")
                    )
                )
            ):
                # 砀山, 井陉: a county named without its kind, where jieba reads a place
                # and the word is too rare to be a common noun (古城, 平原 are counties too).
                if (township_end := _ethnic_township_end(tokens, index + 1)) is not None:
                    # 武义县|柳城|畲族|镇: a township of that name, not the county elsewhere
                    result.append(_Candidate(token.start, township_end, "Place", "place-context"))
                    continue
                result.append(self._entry_candidate(token.start, token.end, self.gazetteer.entries[key], "jieba"))
            elif (
                token.tag == "ns"
                and 2 <= len(word) <= 3
                and index > 0
                and (tokens[index - 1].text in _GOING_TO or tokens[index - 1].text in _BEING_AT)
                and word not in stop
                and word[0] not in _DETERMINERS  # 到|各乡镇: every township, none named
                and self.tokenizer.FREQ.get(word, 0) <= _SELDOM_SEEN_PLACE
                and (index + 1 == len(tokens) or tokens[index + 1].tag[:1] in "xvpcudfmt")
            ):
                # 在|乌镇|举行, 在|横店|拍戏: a town or site jieba's dictionary knows as a
                # place, seldom seen (not 山区, 海岛), where something happens or someone goes
                result.append(_Candidate(token.start, token.end, "Place", "jieba"))
            elif (
                token.tag == "ns"
                and len(word) >= 3
                and word[-1] == "城"
                and (entry := self.gazetteer.lookup(word[:-1])) is not None
                and entry.subtype in ("City", "Province")  # 北京 is a municipality, of a province's level
            ):
                # 北京城, 南京城: the city itself, walled or not
                result.append(self._entry_candidate(token.start, token.end, entry, "jieba"))
            elif (
                token.tag == "ns"
                and len(word) >= 5
                and (suffix := self._suffix_of(word)) is not None
                and suffix.strong
                and suffix.subtype != "Place"
            ):
                # 北京故宫博物院, 内蒙古军区, 摩托罗拉公司: jieba's dictionary calls a body a
                # place, but its name ends as only a body's does.
                result.append(_Candidate(token.start, token.end, "Organization", "jieba", subtype=suffix.subtype))
            elif (
                token.tag == "ns"
                and self._looks_like_place(word)
                and not (len(word) >= 4 and self._tiling(word))
                # 沿海|地区, 高原|地区, 丘陵|地区: a kind of land, no place named
                and not (
                    word.endswith("地区")
                    and self.tokenizer.FREQ.get(word[:-2], 0) > _COMMON_WORD
                    and word[:-2] not in self.gazetteer.by_name
                )
                # 两省区, 三省区: a count of the places just named
                and _PLACES_COUNTED.match(word) is None
            ):
                # 西欧地区 again, where jieba reads the whole as a place.
                end = token.end - 2 if word.endswith("地区") and len(word) >= 4 else token.end
                result.append(_Candidate(token.start, end, "Place", "jieba"))
            elif (
                token.tag == "nt"
                and self._names_a_body(word)
                # 上海|三地|高级人民法院: the courts of the places counted, none named
                and not (
                    index > 0 and _PLACES_COUNTED.fullmatch(tokens[index - 1].text) and tokens[index - 1].tag != "gaz"
                )
            ):
                result.append(_Candidate(token.start, token.end, "Organization", "jieba"))
            elif (
                token.tag in ("nt", "nz")
                and 4 <= len(word) <= 8
                and word[-1] in self.gazetteer.suffix_by_text
                and self._leading_place_length(word)
            ):
                # 北京国安队, 兰州炼油厂: a place, a name and a one-character suffix.
                result.append(_Candidate(token.start, token.end, "Organization", "jieba"))
            elif (
                token.tag == "nt"
                and 4 <= len(word) <= 10
                and (place := self._leading_place_length(word))
                and len(word) - place >= 2
                and word.endswith(_FORCES_AND_AUTHORITIES)
            ):
                # 美国空军, 以色列国防军, 巴勒斯坦民族权力机构: jieba's dictionary knows a
                # country's armed force or authority as one word (its other such words
                # are often not bodies: 中国画展, 北京商场).
                result.append(_Candidate(token.start, token.end, "Organization", "jieba"))
            elif (
                3 <= len(word) <= 6
                and word[-1] == "队"
                and (
                    self._tags.get(word[:-1], "") in _NAME_TAGS
                    or (
                        token.tag == "nt"
                        and not word.endswith(_UNITS_OF_FORCES)
                        and self.tokenizer.FREQ.get(word[:-1], 0) <= _RARE_WORD  # not 施工队, 国家队
                    )
                    # AC|米兰队, 国际|米兰队: a team jieba knows, named by a known place,
                    # or by a word ending in one (皇家马德里队)
                    or (
                        token.tag in ("nt", "nz")
                        and any(
                            (entry := self.gazetteer.lookup(word[cut:-1])) is not None and entry.type == "Place"
                            for cut in range(len(word) - 2)
                        )
                    )
                )
            ):
                # 马刺队, 凯尔特人队: a team named by a name (not 施工队, 考察队), or a
                # team jieba's dictionary knows as a body (曼城队). Capitals before it are
                # part of its name (AC|米兰队).
                start = token.start
                if index > 0 and tokens[index - 1].tag == "eng" and _TEAM_INITIALS.fullmatch(tokens[index - 1].text):
                    start = tokens[index - 1].start
                result.append(_Candidate(start, token.end, "Organization", "jieba", subtype="Organization"))
        return result

    def _surname_cut_from_name(self, tokens: list[Token], index: int) -> _Candidate | None:
        """The person a common surname at ``index`` begins where jieba cut it from the
        given name after it, if the words around say it is one."""
        token = tokens[index]
        word = token.text
        if index + 1 < len(tokens) and tokens[index + 1].text in self.gazetteer.titles:
            return None  # 李|科长|说: a surname and a title (see _surnames_before_titles)
        if (
            index + 2 < len(tokens)
            and len(tokens[index + 1].text) == 2
            and tokens[index + 1].text[1] == "说"
            and tokens[index + 1].text[0] not in _ADVERBS_BEFORE_SAY
            and tokens[index + 2].text in ("，", "：", ":", ",")
        ):
            # 李|明说，: jieba read the given name and the speech verb as one verb.
            return _Candidate(token.start, token.end + 1, "Person", "person-surname")
        if (
            word not in _NAME_STOPPERS
            and (
                index == 0
                or tokens[index - 1].tag == "x"
                or tokens[index - 1].text == "据"
                or tokens[index - 1].text in _PEOPLE_BEFORE_NAMES  # 商人|郑|建华|说: in apposition
            )
            and index + 2 < len(tokens)
            # 李|红梅|表示, 赵|立新|当选: a speech verb or the verb of taking an office (赵|立新|
            # 不再|担任: or of leaving it)
            and (
                tokens[index + 2].text in _SPEECH_VERBS
                or tokens[index + 2].text in _OFFICE_TAKING_VERBS
                or (
                    tokens[index + 2].text in ("不再", "曾", "现", "已", "同时")
                    and index + 3 < len(tokens)
                    and tokens[index + 3].text in _OFFICE_TAKING_VERBS
                )
            )
            and 1 <= len(given := tokens[index + 1].text) <= 2
            and _ALL_CJK.match(given)
            and not any(ch in _NAME_STOPPERS or ch in _HONORIFICS or ch in _ADVERBS_BEFORE_SAY for ch in given)
            and self._may_end_name(word + given)
            and given not in self.gazetteer.by_name
            and given not in _TITLE_AFTER_SURNAME_SET  # 张|先生|说: a form of address, see _surnames_before_titles
        ):
            # 李|红梅|表示, 据刘|海燕|介绍: a surname jieba cut from the given name, at the
            # start of a clause or after a word for a kind of people, right before a speech
            # verb.
            return _Candidate(token.start, tokens[index + 1].end, "Person", "person-surname")
        if (
            word not in _NAME_STOPPERS
            and index + 2 < len(tokens)
            and len(given := tokens[index + 1].text) == 2
            and tokens[index + 1].tag not in ("x", "m", "eng")
            and _ALL_CJK.match(given)
            and self._is_given_name(given)
            and given not in self.gazetteer.titles
            and self._title_after_name(tokens[index + 2].text)
        ):
            # 张|金利|教授, 刘|海燕|老师, 张|金华|教授: a surname jieba cut from a given name
            # that is also a word or a place, before a title written after names.
            return _Candidate(token.start, tokens[index + 1].end, "Person", "person-surname")
        if index + 1 < len(tokens) and self._surname_before_given_word(tokens, index):
            # 的|邹|春生|，, 处长|王|和平|出席: a surname jieba cut from a given name that
            # is a word, read as a name (nr) or as another word (a measure word, a noun).
            return _Candidate(token.start, tokens[index + 1].end, "Person", "person-surname")
        return None

    def _names_a_body(self, word: str) -> bool:
        """Whether ``word``, which jieba's dictionary knows as a body's name (``nt``),
        names one body: with a suffix and five characters or a place before it
        (北京市第二中级人民法院), named by a rare word (湘雅|医院; not 人民|医院) or by the
        people it serves (华侨|大学), or beginning with the known body it belongs to
        (中科院|计算所, 越共中央); not two bodies joined (党和政府), member countries
        (安理会常任理事国) nor a part of the land (中西部)."""
        if _is_part_of_a_place(word):
            return False  # 中西部: a part of the land, no 部 (ministry)
        suffix = self._suffix_of(word)
        if suffix is not None and (len(word) >= 5 or self._starts_with_place(word, suffix.text)):
            return True
        joint = next((i for i, ch in enumerate(word) if ch in "和与及"), None)
        if joint is not None and (
            joint == 0 or self._suffix_of(word[:joint]) is not None or self._is_body_word(word[:joint])
        ):
            return False  # 党和政府: two bodies joined (but 三和|银行, a bank's own name)
        if word[-1] == "国":
            return False
        if len(word) >= 4 and word[:2] in ("国家", "中国") and (word[-1] in _BODY_ENDINGS or word[-1] in "院会协社"):
            return True  # 国家环保局, 中国科协: a national body
        if len(word) >= 6 and (word[-1] in _BODY_ENDINGS or word.endswith("兵团")) and self._leading_place_length(word):
            return True  # 新疆生产建设兵团: a long body's name of jieba's that begins with a place
        if suffix is not None and len(word) == 4 and self.tokenizer.FREQ.get(word[:2], 0) <= _RARE_WORD:
            return True
        if suffix is not None and len(word) == 4 and word[:2] in _PEOPLE_OF_A_PLACE:
            return True  # 华侨大学, 华侨医院: a body named for the overseas Chinese it was founded for
        for length in range(min(len(word) - 2, 8), 1, -1):
            entry = self.gazetteer.lookup(word[:length])
            if entry is not None and entry.type == "Organization":
                return True
        return False

    def _may_name_though_untagged(self, word: str) -> bool:
        """Whether :meth:`_jieba_names` may take anything at ``word`` where jieba tags it
        as none of the names it reads (:data:`_TAGS_OF_NAMES`) nor the gazetteer knows it:
        a common surname (李|红梅|表示) or a compound one's first character (司|马俊峰),
        a compound surname (欧阳|娜娜), a county's short name (汶川|灾区), a word of five
        characters or more (中国交响乐团), or a word :meth:`_may_name_whatever_its_tag`.
        Nine words in ten are none of these."""
        if len(word) == 1:
            return word in self.gazetteer.common_surnames or word in self._compound_surname_first_chars
        return (
            len(word) >= 5
            or word in self.gazetteer.compound_surnames
            or word in self.gazetteer.district_short_forms
            or self._may_name_whatever_its_tag(word)
        )

    def _may_name_whatever_its_tag(self, word: str) -> bool:
        """Whether :meth:`_jieba_names` may find a name in ``word`` whatever jieba's tag
        for it: a doctrine after a name (邓小平理论), a body written into a title (市委书记),
        a body that stands alone (县政府) or a team (马刺队)."""
        return (
            word[-2:] in _DOCTRINES
            or word[-1] == "队"
            or word in _STANDALONE_ORGANIZATIONS
            or self._body_in_title(word) is not None
        )

    def _body_in_title(self, word: str) -> str | None:
        """The committee or government a title is written with (市委|书记, 省委|常委,
        镇政府|主任), if ``word`` is one of those and a title."""
        if word[:2] not in _STANDALONE_PREFIXES:
            return None
        body = next((b for b in _STANDALONE_ORGANIZATIONS if word.startswith(b)), None)
        return body if body is not None and word[len(body) :] in self.gazetteer.titles else None

    def _speaks_or_bears_title(self, tokens: list[Token], index: int) -> bool:
        """Whether the word after ``index`` is a speech verb or a title written after names
        (表示, 院士): what a person does or is, never a place."""
        following = tokens[index + 1].text if index + 1 < len(tokens) else ""
        return following in _SPEECH_VERBS or self._title_after_name(following)

    def _title_after_name(self, word: str) -> bool:
        """Whether ``word`` is a title or form of address written after a name (教授, 院士,
        老师, 同志)."""
        return word in _TITLE_AFTER_SURNAME_SET or self.gazetteer.titles.get(word) in ("after", "both")

    def _is_surname_and_title(self, word: str) -> bool:
        """Whether ``word`` is a bare surname and an office or form of address (王先生, 李局长)."""
        return word[:1] in self._bare_surnames and word[1:] in _TITLE_AFTER_SURNAME_SET

    def _listed_with_a_common_noun(self, tokens: list[Token], index: int) -> bool:
        """Whether the word at ``index`` stands in a list (、) right beside a common noun
        of jieba's dictionary (黄桃、茶叶; 深基坑、高支模、起重机械), which lists things."""
        for comma, side in ((index + 1, index + 2), (index - 1, index - 2)):
            if not 0 <= side < len(tokens) or tokens[comma].text != "、":
                continue
            neighbour = tokens[side]
            if neighbour.tag == "n" and self.tokenizer.FREQ.get(neighbour.text, 0) >= _COMMON_WORD:
                return True
        return False

    def _side_cut_from_before(self, tokens: list[Token], index: int) -> bool:
        """Whether the word at ``index`` begins with 方 that ends the word before it, a
        side or party (中|方有何|回应, 利益攸关|方应|参与), which jieba read as the surname 方."""
        if not tokens[index].text.startswith("方") or index == 0:
            return False
        before = tokens[index - 1].text
        return (
            before[-1:] in self.gazetteer.place_abbreviations
            or self.tokenizer.FREQ.get(before[-1:] + "方", 0) > 0
            or before.endswith(("攸关", "相关", "有关"))
        )

    def _is_person(self, tokens: list[Token], index: int) -> bool:
        """Jieba tags many ordinary words as names (文明, 阳光, 明白), so a name needs a
        surname and either three characters whose last two are not an ordinary word, or
        a title or speech verb next to it (李鹏总理, 王毅说). Transliterated names need
        three or more characters of the transliteration alphabet."""
        word = tokens[index].text
        if (
            self._lists_provinces(tokens, index)
            or self._is_surname_and_title(word)
            or word in _TITLE_AFTER_SURNAME_SET
            or _is_side_glued_to_next(word)  # 欧方|愿: a country's side, see _place_abbreviations
            or self._side_cut_from_before(tokens, index)
        ):
            # 王先生, 陈女士: the surname is the mention (see _surnames_before_titles); 阿姨,
            # which jieba tags as a name, is a form of address
            return False
        if word in self.gazetteer.titles:
            return False  # 埃米尔 (emir): a title spelt like a foreign name
        if word in _PEOPLE_OF_A_PLACE or word[1:] in _PEOPLE_OF_A_PLACE or (len(word) >= 3 and word[-1] == "杯"):
            # 华裔|作家, 由|港籍: a place's descendants (the place is the mention); 尤伯杯: a cup
            # named after someone, a competition
            return False
        if len(word) >= 3 and word[-1] == "赛" and self.tokenizer.FREQ.get(word[:-1], 0) > 0:
            return False  # 马拉松赛: a race of a kind jieba knows, though spelt like a name
        if len(word) == 2 and word[1] == "年" and word[0] in _ZODIAC_ANIMALS:
            return False  # 龙年|春节: a year of the zodiac

        if self._looks_transliterated(word):
            return (
                tokens[index].tag in ("nr", "nrfg", "nrt")
                or self._has_person_context(tokens, index)
                or self._acts(tokens, index)
            )
        if (
            len(word) == 2
            and all(ch in TRANSLITERATION for ch in word)
            and (tokens[index].tag == "nrt" or (tokens[index].tag == "nr" and not self._looks_like_chinese_name(word)))
        ):
            # 戴尔|说, 科恩|说: a short foreign name needs a title or speech verb beside it
            # (林丹 is a Chinese name, judged below).
            return self._has_person_context(tokens, index)
        if (
            tokens[index].tag == "new"
            and len(word) == 2
            and all(ch in TRANSLITERATION for ch in word)
            and (index == 0 or tokens[index - 1].tag == "x")
            and index + 1 < len(tokens)
            and tokens[index + 1].text in _SPEECH_VERBS
        ):
            # 萨纳|说: a short foreign name jieba does not know, opening a clause before
            # a speech verb.
            return True
        if (
            tokens[index].tag == "new"
            and len(word) == 2
            and _ALL_CJK.match(word) is not None
            and index + 1 < len(tokens)
            and tokens[index + 1].text in _COURTESY_TITLES
            and (index == 0 or tokens[index - 1].tag[:1] in ("x", "v", "u", "p", "c"))
        ):
            # 小平|同志, 溥杰|先生, 彩美|夫人: a word jieba does not know before a courtesy
            # title is a name, a given name alone or with a rare surname.
            return True
        if not self._looks_like_chinese_name(word):
            return False
        if self._names_natural_feature(tokens, index):
            return False
        if index > 0 and (
            tokens[index - 1].tag == "m"
            or (
                tokens[index - 1].tag == "q"
                and tokens[index - 1].text not in "位名"
                and not _is_household(tokens, index - 1)  # 种植|户|刘春燕
            )
            or _DECIMAL.fullmatch(tokens[index - 1].text) is not None  # 1.2|万列: jieba tags 1.2 as punctuation
        ):
            # 54费丹, 一枚纪念章, 28家|危化品: a numeral or a measure word is followed by a
            # unit or a thing, not a name
            return False
        if _alone_in_quotes(tokens, index):
            return False  # “强村贷”: a coined name alone in quotes, a product's or a campaign's
        if len(word) == 2 and word[1] in _HONORIFICS:
            return False  # 杜氏, 胡老: a surname with a form of address names no one in particular
        if any(ch in _NEVER_IN_GIVEN_NAMES for ch in word[1:]) and not self._has_person_context(tokens, index):
            return False  # 统计|尚不全, 金融危机|时未受|波及: a surname-like character and a phrase
        if self._is_ordinary_word(word) and not self._has_person_context(tokens, index):
            return False  # 纪念章, 强调: a dictionary word that is not a name
        given = word[2:] if word[:2] in self.gazetteer.compound_surnames else word[1:]
        if (
            len(word) == 3
            and self.tokenizer.FREQ.get(word[:2], 0) > 20
            and (
                self.gazetteer.given_name_counts.get(word[2], 0) < _RARE_GIVEN_NAME_COUNT
                or word[2] in _SUB_UNIT_ENDINGS
                or (
                    self.tokenizer.FREQ.get(word, 0) > 0
                    and self.gazetteer.given_name_counts.get(word[1], 0) < _COMMONEST_GIVEN_NAME_COUNT
                )
            )
        ):
            # 陈列馆, 吉祥物, 连珠炮: jieba's dictionary calls these names, but they are a
            # word and a character (馆, 物, 炮) almost never found in a given name; 康复科:
            # a word and a department's ending. 高中生, 卫星城, 宣言书: a word and a
            # character that jieba's dictionary holds as one word and calls a name; a
            # name whose given name begins with one of the commonest characters (王国华:
            # 王国 is a word too) is still one.
            return self._has_person_context(tokens, index)
        # 万国宫: a word and one more character, not a name (a surname and the
        # first character of a given name rarely make a word).
        if (
            len(word) >= 3
            and not self._is_ordinary_word(given)
            and not self._is_ordinary_word(word[:2])
            # 明前茶, 华油杂, 成带色: characters seldom in given names (茶, 杂) make a word
            # jieba does not know, not a name, unless a title or speech verb says so; one
            # such beside a common one still names someone (吴文焘, 宋神宗)
            and (
                self._is_given_name(given, _PAIR_GIVEN_NAME_COUNT)
                or (
                    self._is_given_name(given, _RARE_GIVEN_NAME_COUNT)
                    and any(self._is_given_name(ch, _COMMON_GIVEN_NAME_IN_PAIR) for ch in given)
                )
                # 罗洗河|负于|马晓春: a player, before a game's result
                or (index + 1 < len(tokens) and tokens[index + 1].text[:1] in _RESULT_VERBS)
            )
        ):
            return True
        if (
            tokens[index].tag in ("new", "nrfg")
            and len(word) == 2
            and word[0] in self.gazetteer.common_surnames
            and self._is_given_name(given, _PAIR_GIVEN_NAME_COUNT)
            and given not in _LOCATIVES
            # 黄桃|、|茶叶: listed with a thing, a thing (a list of names lists names)
            and not self._listed_with_a_common_noun(tokens, index)
            and given not in "河湖"  # 史河, 卫河: a river jieba does not know, no person
            # 罗同|世界银行: a country's character and a preposition the HMM glued to it
            # before a body or place, not a surname and a given name
            and not (
                given in _GLUED_LINKS
                and index + 1 < len(tokens)
                and (
                    tokens[index + 1].tag in ("ns", "nt")
                    or self._gazetteer_type(tokens[index + 1]) in ("Place", "Organization")
                )
            )
        ):
            # One of the commonest surnames and one character that jieba's dictionary
            # does not know as a word together: 赵明, 苏芮. With a rarer surname such a
            # pair is more often two words jieba failed to split (满杯), and a character
            # rare in given names (马下, 高危) or a word of position (史|上) says so too.
            return True
        if (
            len(word) == 3
            and tokens[index].tag == "nr"
            and word[0] in self.gazetteer.common_surnames
            and given not in self.gazetteer.titles
            and self._is_given_name(given)
            and self.tokenizer.FREQ.get(given, 0) <= 1000
        ):
            # 王学文, 王宏伟: a name in jieba's dictionary whose given name is also a word
            # (学文, 宏伟), with one of the commonest surnames and given-name characters;
            # not a common word (高|水平, jieba's dictionary calls 高水平 a name too).
            return True
        if (
            len(word) == 3
            and tokens[index].tag == "nr"
            and word[0] in self.gazetteer.common_surnames
            and word[0] not in _PREPOSITIONS_THAT_ARE_SURNAMES
            and given not in self.gazetteer.titles
            and self._is_given_name(given)
            and self.tokenizer.FREQ.get(given, 0) <= _NAME_LIKE_WORD
            and (index == 0 or tokens[index - 1].tag == "x")
            and index + 1 < len(tokens)
            and tokens[index + 1].text in _ABOUT_SOMEONE
        ):
            # 王建国|是, 李卫国|今年: a name whose given name is a commoner word (建国), at
            # a clause's start, before what is said about a person
            return True
        return self._has_person_context(tokens, index)

    def _opens_clause_as_name(self, tokens: list[Token], index: int) -> bool:
        """Whether the three-character word at ``index`` is shaped like a name (one of the
        commonest surnames, a given name of characters common in names and no word) and
        is the subject of a clause: at its start or after 的, before a verb, preposition
        or adverb (刘彦彬|保持, ，|刘彦彬|没有)."""
        word = tokens[index].text
        return (
            len(word) == 3
            and word[0] in self.gazetteer.common_surnames
            and self._is_given_name(word[1:])
            and not self._is_ordinary_word(word[1:])
            and (index == 0 or tokens[index - 1].tag == "x" or tokens[index - 1].text == "的")
            and index + 1 < len(tokens)
            and tokens[index + 1].tag[:1] in ("v", "p", "d")
        )

    def _acts(self, tokens: list[Token], index: int) -> bool:
        """Whether the word at ``index`` is followed by a verb, a preposition or an
        adverb, as the subject of a clause (费尔丹塞|在|机场, 萨比奇|已|离开), and
        does not follow a place or a preposition of place (南非|博克斯堡|举行, 在|博克斯堡|
        举行: a town in the country)."""
        if index + 1 >= len(tokens) or tokens[index + 1].tag not in ("v", "p", "d"):
            return False
        if index == 0:
            return True
        before = tokens[index - 1]
        if before.text in _GLUED_PREPOSITIONS or before.text in ("到", "赴", "至"):
            return False
        entry = self.gazetteer.lookup(before.text) if before.tag == "gaz" else None
        return entry is None or entry.type != "Place"

    def _glued_word_after_name(self, tokens: list[Token], index: int) -> int | None:
        """The length of the name in a word the HMM guessed (a surname, one or two
        characters of a given name and one more) when the last character is a verb,
        adverb or word of position glued on, not part of the name: either one jieba
        knows as such a word alone and rare in given names (孙俊排|第二, 周宁上|一轮,
        申旭还, 周建民带|人; 陈寅恪 and 张廷壁 end in characters jieba knows as nouns),
        等 ending a list of people (龚浩等|参加), or, after a two-character name, a
        game's result between two names (常昊胜|张文东: 胜 is common in names, but a name
        does not run into another without a mark between them)."""
        token = tokens[index]
        word = token.text
        if token.tag != "new" or len(word) not in (3, 4):
            return None
        if _alone_in_quotes(tokens, index):
            return None  # “海易办”, “随申办”: a coined name in quotes, an app's or a campaign's
        name, glued = word[:-1], word[-1]
        if (
            self._looks_like_chinese_name(name)
            and self._tags.get(name[-1], "")[:1] not in _FUNCTION_WORD_TAGS
            and _delivers_after(word + "".join(t.text for t in tokens[index + 1 : index + 8]), len(name))
        ):
            # 院长陈潭作|了|报告, 主任张敏作|工作报告: 作 (of 作报告) is common in given names
            # but not here, which is evidence enough for a rarer one (潭)
            return len(name)
        if (
            not self._looks_like_chinese_name(name)
            or not self._is_given_name(name[1:], _PAIR_GIVEN_NAME_COUNT)
            or self._tags.get(name[-1], "")[:1] in _FUNCTION_WORD_TAGS  # 时未|受
        ):
            return None
        if glued == "等":
            return len(name)  # 顾明等|出席: the word that ends a list of people
        if glued == "时" and _closes_a_meeting(tokens, index):
            return len(name)  # 在会见陈海时|表示: the 时 of 会见…时, no given name's end
        if glued in "自于从" and index + 1 < len(tokens) and tokens[index + 1].tag in ("m", "t"):
            return len(name)  # 廖林自|2024年8月2日起就任: a preposition before a date
        if len(word) == 4:
            # 周建民带|人, 何金荣诉|县国土局: a three-character name and a verb, rarer
            # in given names than the name's own characters
            if (
                self._tags.get(glued, "")[:1] in _GLUED_WORD_TAGS
                and not self._is_given_name(glued)
                and not self._looks_transliterated(word)  # 费尔丹塞: a foreign name, nothing glued
            ):
                return 3
            return None
        if glued in _RESULT_VERBS:
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            if (
                following is not None
                and following.tag in ("nr", "nrfg", "new")
                and len(following.text) in (2, 3)
                and self._looks_like_chinese_name(following.text)
                and not self._is_ordinary_word(following.text)
            ):
                return 2
            return None
        if (
            self._tags.get(glued, "")[:1] in _GLUED_WORD_TAGS
            and not self._is_given_name(glued)
            and not self._looks_transliterated(word)
        ):
            return 2
        return None

    def _surname_before_given_word(self, tokens: list[Token], index: int) -> bool:
        """Whether the surname jieba tagged alone at ``index`` and the two-character word
        after it are one name (的|邹|春生|，, 吴|剑波|是): the word's characters common in
        given names, the pair opening a clause or following 的, and a verb, preposition,
        adverb or punctuation after it."""
        word, following = tokens[index].text, tokens[index + 1]
        if (
            word not in self.gazetteer.common_surnames
            or word in _NAME_STOPPERS
            or tokens[index].tag == "d"  # 曾|先后: an adverb, no surname
            or len(following.text) != 2
            or following.tag in ("gaz", "x", "m")
            or following.tag[:1] in _NO_GIVEN_NAME_TAGS  # 也|并不, 他|认为: no given name
            or self._is_title(following.text)  # 高|太后
            or not self._is_given_name(following.text, _PAIR_GIVEN_NAME_COUNT)
            or index + 2 >= len(tokens)
        ):
            return False
        if (
            tokens[index].tag == "nr"
            and following.tag == "nr"
            and not self._is_title(tokens[index + 2].text)
            # not inside a longer foreign name (阿里|江|普尔)
            and (index == 0 or tokens[index - 1].tag not in ("nr", "nrt", "nrfg", "new", "ns", "gaz"))
        ):
            return True  # 王|秀英|今年, 吴|玉兰|时: jieba reads both as parts of a name
        before = tokens[index - 1] if index > 0 else None
        after = tokens[index + 2]
        titles = self.gazetteer.titles
        return (
            before is None
            or before.tag == "x"
            or before.text == "的"
            # 采访了|吕|建华|。, 看望|宋|保国: the one a verb of meeting people acts on
            or before.text in _MEETING_PEOPLE
            or (before.text in ("了", "过") and index >= 2 and tokens[index - 2].text in _MEETING_PEOPLE)
            # 处长|王|和平, not 先生|曾|先后
            or (self._is_title(before.text) and titles.get(before.text, self._title_position(before.text)) != "after")
            or _is_household(tokens, index - 1)  # 监测|户|陈|德福
        ) and (
            after.tag in ("v", "p", "d", "uj")
            or after.text in "，。、；"
            # 徐|爱民|和|同事们, 看望了|宋|保国|等: a name joined to others
            or after.text in ("和", "与", "等")
            or after.text in _SPEECH_VERBS
            # 王|文采|院士, 刘|小岛|女士: a title written after a name
            or titles.get(after.text) in ("after", "both")
        )

    def _preposition_glued_before_name(self, token: Token) -> bool:
        """Whether a three- or four-character word the HMM guessed is a preposition and a
        two- or three-character name (当|丁跃, 像|郎芸, 由|林兆华; not 向|俊杰: 俊 is no
        surname): the name's given name common in names, the name no ordinary word."""
        word = token.text
        return (
            token.tag == "new"
            and len(word) in (3, 4)
            and word[0] in _PREPOSITIONS_BEFORE_NAME
            and self._is_given_name(word[-1], _PAIR_GIVEN_NAME_COUNT)
            and self._looks_like_chinese_name(word[1:])
            and not self._is_ordinary_word(word[1:])
            and not self._looks_transliterated(word)
            # 由林兆华: a three-character name after it, its given name common in names
            and (len(word) == 3 or self._is_given_name(word[2:]))
        )

    def _given_name_cut_off(self, tokens: list[Token], index: int) -> int | None:
        """How many characters of the next word end the given name of the two-character
        name at ``index``, when jieba cut the name's last character off: a character
        common in given names standing alone as a noun or morpheme (李揆|成|30日,
        李成|智|国际象棋), or the first of a two-character word whose second is a
        function word or verb and rarer in names (田春|美的, 赵致|真是). The second
        case only after a name the HMM guessed, where the split itself is uncertain."""
        token = tokens[index]
        if len(token.text) != 2 or index + 1 >= len(tokens) or not self._looks_like_chinese_name(token.text):
            return None
        if token.tag == "nr" and self.tokenizer.FREQ.get(token.text, 0) > _RARE_WORD:
            return None  # 公正|化, 楚王|好: a word jieba's dictionary also calls a name
        if self._tags.get(token.text[1], "")[:1] in _FUNCTION_WORD_TAGS or token.text[1] in _HONORIFICS:
            return None  # 谈上|大约, 吕老|留下: a word of position, an adverb or a form of address
        following = tokens[index + 1]
        next_word = following.text
        counts = self.gazetteer.given_name_counts
        # 姜素|椿, 梁守|槃: a rare character jieba keeps as a morpheme of its own after a
        # name its HMM guessed, however rare in given names
        rare = (
            len(next_word) == 1
            and token.tag == "new"
            and following.tag in _RARE_MORPHEME_TAGS
            and not (index > 0 and tokens[index - 1].tag == "m")  # 二十三|位北|滘: a count's measure word
        )
        if not _ALL_CJK.match(next_word) or not (rare or self._is_given_name(next_word[0])) or following.tag == "gaz":
            return None
        if next_word in _RANKS or next_word in self.gazetteer.titles:
            return None  # 陈薇|少将|带领: a rank or title after the name, not 少 of it and 将 "will"
        titled = index > 0 and self._is_title(tokens[index - 1].text)
        meeting = (
            len(next_word) == 2
            and next_word[1] == "会"
            and index + 2 < len(tokens)
            and tokens[index + 2].text in _MEETING_VERB_ENDINGS
        )
        cut_through = (
            len(next_word) == 2
            and index + 2 < len(tokens)
            and len(tokens[index + 2].text) == 1
            and next_word[1] + tokens[index + 2].text in _TEAM_WORDS
        )
        if len(next_word) == 1:
            if (
                (
                    following.tag[:1] not in _GIVEN_NAME_MORPHEME_TAGS
                    # 马富|才, 马正|其: after a name the HMM guessed, an adverb or pronoun common
                    # in given names that no name in news is followed by
                    and not (token.tag == "new" and next_word in _GIVEN_NAME_FUNCTION_WORDS)
                    # 校长|包信|和|担任: 和 ending a name after a title, a verb after it (no
                    # list of names goes on with a verb)
                    and not (
                        token.tag == "new"
                        and titled
                        and next_word == "和"
                        and index + 2 < len(tokens)
                        and tokens[index + 2].tag.startswith("v")
                    )
                    # 蒋定|之|表示: 之 ending a name, right before a verb of speech
                    and not (
                        token.tag == "new"
                        and next_word == "之"
                        and index + 2 < len(tokens)
                        and tokens[index + 2].text in _SPEECH_VERBS
                    )
                )
                # not 秦汉|时, 公正|化: a character that makes a word of the word before it
                or next_word in _WORD_MAKING_SUFFIXES
                # not 买|官卖|官: a verb rare in names after the surname (but 校长|李术|才: a
                # name after a title)
                or (
                    self._tags.get(token.text[1], "")[:1] == "v"
                    and not self._is_given_name(token.text[1])
                    and not (titled and token.tag == "new")
                )
            ):
                return None
        elif (
            len(next_word) == 3
            and token.tag == "new"
            and following.tag in ("nr", "new")
            and self.tokenizer.FREQ.get(next_word, 0) <= _RARE_WORD
            and self.tokenizer.FREQ.get(next_word[1:], 0) > _COMMON_WORD
        ):
            # 贾一|凡组合|夺冠: the HMM glued the name's last character to a common word
            # after it, and called the three a name
            return 1
        elif not (
            len(next_word) == 2
            and token.tag == "new"
            and next_word not in _APPOINTMENT_VERBS
            # (not 张伟|正在|开会: the commonest adverb of time, no 正 of the name)
            and next_word != "正在"
            # 美|的, 真|是, 钦|以: a particle, an adverb, the copula or a preposition after the name
            and (
                self._tags.get(next_word[1], "")[:1] in _PARTICLE_TAGS
                or next_word[1] in ("是", "以", "在", "为", "因", "被")
                # 彭佳|学会|见: 会 of 会见 (met) after the name's last character
                or meeting
                # 胡桂|兵团|队: the name's last character, then the word for the person's
                # team, which jieba cut through (团队)
                or cut_through
                # 张智|刚任|市委书记: the verb of taking an office after the name's last
                # character, the two no word of jieba's
                or (next_word[1] == "任" and not self.tokenizer.FREQ.get(next_word))
                # 张喜|武到|现场, 潘敬|东到|浙江: a verb of going the HMM glued to the name's
                # last character, in a word it made up
                or (next_word[1] in _VERBS_OF_GOING_GLUED and following.tag == "new")
                # 孙其|信任|中国农业大学|校长: the word 信任 (trust) before a body or a title
                or (
                    next_word[1] == "任"
                    and index + 2 < len(tokens)
                    and (tokens[index + 2].tag == "gaz" or self._is_title(tokens[index + 2].text))
                )
            )
            and counts.get(next_word[1], 0) < counts.get(next_word[0], 0)
            # not 南繁|基地: a common noun whose second character is also a particle, nor
            # 陈敏|通过: one of the commonest words (but 学会, cut from 会见, may be)
            and (
                meeting
                or cut_through
                or not (following.tag == "n" and self.tokenizer.FREQ.get(next_word, 0) > _COMMON_WORD)
            )
            and (meeting or cut_through or self.tokenizer.FREQ.get(next_word, 0) <= _EVERYDAY_WORD)
        ):
            return None
        name = token.text + next_word[0]
        if (
            not self._may_end_name(name)
            or self._is_ordinary_word(name)
            or name in self.gazetteer.by_name
            or name[1:] in self.gazetteer.titles
        ):
            return None
        return 1

    def _figure_name_grown(self, tokens: list[Token], index: int) -> bool:
        """Whether the gazetteer's two-character person at ``index`` (李鹏, 陈云) is the
        start of a longer name: a character common in given names follows alone as a noun
        or morpheme, and a verb, title or pause follows it (李鹏|飞|表示, 陈云|霁|说; not
        李鹏|同志, 陈云|说)."""
        if index + 2 >= len(tokens) or self._gazetteer_type(tokens[index]) != "Person":
            return False
        if self._given_name_cut_off(tokens, index) != 1 or len(tokens[index + 1].text) != 1:
            return False
        after = tokens[index + 2]
        return (
            after.tag == "x"
            or after.text in _SPEECH_VERBS
            or after.tag[:1] in ("v", "p")
            or (self._is_title(after.text) and after.text not in _TITLE_AFTER_SURNAME_SET)
        )

    def _is_university(self, token: Token) -> bool:
        """Whether ``token`` is a university the gazetteer knows (吉林大学, 北大)."""
        entry = self.gazetteer.lookup(token.text) if token.tag == "gaz" else None
        return entry is not None and entry.subtype == "University"

    def _names_a_building(self, token: Token) -> bool:
        """Whether a word ending in 楼, 阁 or 殿 names a tower, pavilion or hall (黄鹤楼,
        滕王阁, 太和殿): a word jieba's dictionary holds, not a kind of building, a cabinet
        or an idiom (宿舍楼, 新内阁, 束之高阁), nor a surname and a common given name
        (杨小楼, 周伟阁; 鹤 and 王 are rare in given names)."""
        word = token.text
        if token.tag == "new" or word in _KINDS_OF_BUILDING or word[-2:] in _NOT_A_BUILDINGS_NAME:
            return False
        return not (
            len(word) == 3
            and word[0] in self.gazetteer.surnames
            and self.gazetteer.given_name_counts.get(word[1], 0) >= _COMMON_GIVEN_NAME_COUNT
        )

    def _is_given_name(self, given: str, least: int = _GIVEN_NAME_COUNT) -> bool:
        """Whether every character of ``given`` is common in Chinese given names: used
        at least ``least`` times in the 32 million given-name characters
        counted in ``rules/given_name_characters.txt`` (伟, 兵, 莲 are; 馆, 物, 阵 are not)."""
        counts = self.gazetteer.given_name_counts
        return all(counts.get(ch, 0) >= least for ch in given)

    @staticmethod
    def _names_natural_feature(tokens: list[Token], index: int) -> bool:
        """Whether the word at ``index`` ends like a mountain's, river's or lake's name
        and an area named after it follows (岳麓山|风景区, 张江|科学城): a place, not a
        surname and a given name."""
        return (
            tokens[index].text[-1] in _NATURAL_FEATURE_ENDINGS
            and index + 1 < len(tokens)
            and tokens[index + 1].text in _AREA_WORDS
        )

    @staticmethod
    def _lists_provinces(tokens: list[Token], index: int) -> bool:
        """Whether the word at ``index`` is one-character province abbreviations in a
        row, after another one or before their number or a word for a region (沪|苏浙皖|
        三省, 苏浙沪|地区)."""
        if len(tokens[index].text) < 2 or not all(ch in _PROVINCE_ABBREVIATIONS for ch in tokens[index].text):
            return False
        before = tokens[index - 1].text if index > 0 else ""
        after = "".join(t.text for t in tokens[index + 1 : index + 3])
        return before in _PROVINCE_ABBREVIATIONS or _AFTER_PROVINCES.match(after) is not None

    def _is_ordinary_word(self, word: str) -> bool:
        if word in _NOUNS_THE_DICTIONARY_CALLS_NAMES:
            return True  # 白皮书, 顾客: nouns, though jieba's dictionary tags them as names
        tag = self._tags.get(word)
        return len(word) >= 2 and tag is not None and not tag.startswith("nr") and self.tokenizer.FREQ.get(word, 0) > 20

    def _has_person_context(self, tokens: list[Token], index: int) -> bool:
        before = tokens[index - 1].text if index > 0 else ""
        after = tokens[index + 1].text if index + 1 < len(tokens) else ""
        titles = self.gazetteer.titles
        if before and (
            self._is_title(before) and titles.get(before, self._title_position(before)) in ("before", "both")
        ):
            return True
        if after and (after in _SPEECH_VERBS or after in ("同志", "先生", "女士")):
            return True
        if before in ("原名", "本名", "笔名", "化名", "乳名"):
            return True  # 原名|周树人: the other name of someone named before
        if (
            after in ("，", ",")
            and index + 3 < len(tokens)
            and tokens[index + 2].text in ("男", "女")
            and tokens[index + 3].text in ("，", ",", "。", "；")
        ):
            return True  # 王建国|，|男|，|1965年生: the opening of a biography
        if before in _MEETING_PEOPLE and len(tokens[index].text) == 3:
            return True  # 会见|刘建国|时, 看望|王建军: whom a verb of meeting people acts on
        verb = index + 1
        if verb + 1 < len(tokens) and tokens[verb].tag == "d" and len(after) <= 2:
            verb += 1  # 王建国|刚|任|县长, 李明|将|出任: an adverb before the verb
        if (
            verb < len(tokens)
            and tokens[verb].text in _OFFICE_TAKING_VERBS
            and any(self._is_title(t.text) for t in tokens[verb + 1 : verb + 9])
        ):
            return True  # 王建国|任|杭州市数据资源管理局|局长: who takes the office named after
        if after and after[0] in _LIFE_VERB_FIRSTS and self._text_after(tokens, index).startswith(_LIFE_VERBS):
            return True  # 鲁迅|原名, 聂耳|出|生于: a word of a life, however jieba cuts it
        if (
            index + 2 < len(tokens)
            and tokens[index + 1].tag in ("d", "t")
            and len(after) <= 2
            and tokens[index + 2].text in _SPEECH_VERBS
        ):
            return True  # 鲁宾|还|强调, 贝尔热|昨天|强调: an adverb or a time between name and verb
        return (
            bool(after)
            and self._is_title(after)
            and titles.get(after, self._title_position(after)) in ("after", "both", "before")
        )

    def _looks_like_chinese_name(self, word: str) -> bool:
        if not 2 <= len(word) <= 4 or not self._may_end_name(word):
            return False
        if word in _APPOINTMENT_VERBS or word in _SPEECH_VERBS:
            return False  # 曾任, 称赞: a verb that begins with a surname's character
        if word.startswith(_IN_OFFICE):
            return False  # 市长|任上: in office, no one named 任
        if len(word) == 2 and word[1] == "方" and word[0] in _PLACE_ABBREVIATIONS:
            return False  # 欧方|通过, 韩方: a country's side, whose character is a surname too
        if (
            any(ch in _NAME_STOPPERS for ch in word)
            and not self._tags.get(word, "").startswith("nr")
            and not self._surname_yu(word)
        ):
            # 的, 在, 其 … rarely sit inside a name the HMM guessed; a name in the
            # dictionary (钱其琛) is a name all the same.
            return False
        surnames = self.gazetteer.surnames
        if len(word) >= 3 and word[:2] in self.gazetteer.compound_surnames:
            return True
        return word[0] in surnames and len(word) <= 3

    def _surname_yu(self, word: str) -> bool:
        """Whether ``word`` is the surname 于 (also the preposition "at") and a given name
        of two characters common in names, no ordinary word (于晓红, 于建军; not 于|今年)."""
        return (
            len(word) == 3
            and word[0] == "于"
            and not any(ch in _NAME_STOPPERS for ch in word[1:])
            and self._is_given_name(word[1:])
            and not self._is_ordinary_word(word[1:])
        )

    def _may_end_name(self, word: str) -> bool:
        """Whether the last character of ``word`` may end a personal name: not one that
        ends places, bodies and words for people (县, 局, 者), except a given name's 国,
        家, 长 or 员 after a surname and one more character (何建国, 魏哲家, 萧万长, 姚高员),
        where the three are no known name."""
        if word[-1] in "科系" and len(word) >= 3 and self.tokenizer.FREQ.get(word[:-1], 0) > 0:
            return False  # 呼吸科, 中文系: a word and 科 or 系 is a department (but 王科)
        if word[-1] not in _NOT_NAME_ENDINGS:
            return True
        return (
            word[-1] in _GIVEN_NAME_ENDINGS
            and len(word) == 3
            and self.gazetteer.lookup(word[1:]) is None
            and word not in self.gazetteer.by_name
            # 魏哲家, 萧万长, but not 张|专家, 王|家长: the given name is no word
            and (word[-1] == "国" or self.tokenizer.FREQ.get(word[1:], 0) == 0)
            # 王旗长, 李寨长: a surname and the title of a unit's head, no name
            and (word[-1] != "长" or (word[-2] not in _HEADED_UNITS and word[1:] not in self.gazetteer.titles))
        )

    def _office_before(self, following: Token) -> bool:
        """Whether ``following``, the word after a body and 办, shows the 办 is the body's
        office (区委办|、, 县委办|印发, 治沙办|主任), not the verb 办 (to handle)."""
        return (
            self._is_title(following.text)
            or following.text in _OFFICE_FOLLOWERS
            or (following.tag[:1] == "v" and len(following.text) >= 2)
        )

    def _given_name_ending_in_ren(self, word: str) -> bool:
        """Whether ``word``, right after a title, is a surname and a given name ending in
        人 (首席技术官|周靖人): three characters, the last two no word (not 工人, 美人) and
        the first two no known name (海尔人 are Haier's people)."""
        return (
            len(word) == 3
            and word[-1] == "人"
            and self.tokenizer.FREQ.get(word[1:], 0) == 0
            and self.gazetteer.lookup(word[:2]) is None
        )

    def _may_end_body(self, word: str) -> bool:
        """Whether ``word`` could end an organization's name in any of the ways
        :meth:`_organizations_by_suffix` finds a suffix for it (a known government body,
        ``gaz``, may besides be read as one, see :meth:`_generic_body`): a word that is or
        ends with a suffix, or ends with a suffix of one character (电管局); a board; a
        body written into a title (省委常委); a suffix before a title or a generic noun
        (学院院长); what ends a suffix of two words (希望|小学, 物理学|会); or a bureau's
        head's title, its field before it or in it (财政|局长, 教育局长). Without a
        suffix the rule takes nothing at a word, and seven words in eight have none;
        skipping them saves most of its time."""
        suffix_of = self.gazetteer.suffix_by_text
        return (
            word[-1] in suffix_of
            or word in self._suffix_endings
            or word in _BOARDS
            or self._suffix_of(word) is not None
            or ((body := self._body_in_title(word)) is not None and body in suffix_of)
            or self._suffix_before_tail(word) is not None
            or (len(word) >= 2 and word[-1] == "长" and word[-2] in _BUREAUS_BEFORE_HEADS)
        )

    @classmethod
    def _looks_like_place(cls, word: str) -> bool:
        """Jieba's place tag is trusted only for names with a geographic suffix after
        at least two characters (怀柔县, 长安街) or transliterated foreign names
        (科索沃); it also tags ordinary words (城市, 两国, 普及), kinds of division
        (自治县, 直辖市) and every one of a kind (各乡镇) as places."""
        if len(word) >= 3 and word[-1] in _PLACE_SUFFIX_CHARS:
            return word not in _DIVISION_KINDS and word[0] not in "各每该"
        return cls._looks_transliterated(word)

    @staticmethod
    def _looks_transliterated(word: str) -> bool:
        letters = word.replace("·", "")
        return len(letters) >= 3 and all(ch in TRANSLITERATION for ch in letters)

    def _organizations_by_suffix(self, tokens: list[Token], typed: dict[int, list[_Candidate]]) -> list[_Candidate]:
        """Organization names built from a place or organization, optional descriptive
        words, and an institutional suffix: 广西 物联网 标准化 技术 委员会."""
        suffix_of = self.gazetteer.suffix_by_text
        body_ending = self._body_ending_words
        result = []
        for last, token in enumerate(tokens):
            # the cheapest test first: nearly all words can end no body's name. (The
            # word index would find the rest, but by some three hundred first and last
            # characters, which cost more to look up than this test.) A name jieba knows
            # as a body's (nt) is read below whatever it ends with.
            if token.tag != "nt":
                may_end = body_ending.get(token.text)
                if may_end is None:
                    may_end = body_ending[token.text] = self._may_end_body(token.text)
                    _bound(body_ending)
                if not may_end and (token.tag != "gaz" or self._generic_body(token) is None):
                    continue
            if token.text in _NOT_BODY_WORDS or _is_part_of_a_place(token.text):
                continue  # 四川省|西北部, 中国|中西部 (a body's name to jieba): a part of the place
            if (
                token.tag == "new"
                and len(token.text) == 2
                and token.text[0] in "省市县区乡镇村"
                and last + 1 < len(tokens)
                and tokens[last + 1].text[-1:] in "乡镇村"
            ):
                continue  # 大东|镇联|丰村: a town's kind, then the first of a village's name (联丰村)
            if (
                token.tag == "nt"
                and last > 0
                and token.text not in suffix_of
                and token.text not in self.gazetteer.not_entities  # 河北省|党政军: no body's name
                and not self._leading_place_length(token.text)
                and self._is_place(tokens[last - 1], typed)
                and not token.text.endswith(_FACILITIES)  # 北京|首都国际机场: a place (see _facilities)
                # 威尼斯|双年展, 中国|古典文学: an event or a field jieba tags as a body's name
                and not token.text.endswith(_EVENTS_AND_FIELDS_TAGGED_AS_BODIES)
                and not token.text.endswith("讯")  # 深圳|商报讯: a paper's dateline, see _outlets_opening_paragraphs
            ):
                # 美国|联邦快递: a place right before a name jieba knows as an organization's,
                # of the kind its ending says (安徽省|民政厅: a government's department)
                ending = next(
                    (
                        suffix_of[token.text[-n:]]
                        for n in range(min(len(token.text), 5), 0, -1)
                        if token.text[-n:] in suffix_of
                    ),
                    None,
                )
                result.append(
                    _Candidate(
                        tokens[last - 1].start,
                        token.end,
                        "Organization",
                        "org-suffix",
                        subtype=ending.subtype if ending is not None else None,
                    )
                )
            if token.text in _CENTRE_OF_TOWN or (token.text == "中心" and last > 0 and tokens[last - 1].text == "副"):
                continue  # 洛杉矶|市中心, 北京|城市|副|中心: the middle of a town, a sub-centre, no 中心
            if (
                token.text == "组织"
                and token.tag == "v"
                and (
                    # (财政部|具体|组织: how the body organises it, an adjective)
                    (last > 0 and tokens[last - 1].tag in ("d", "v", "vn", "ad", "b", "a"))
                    or (last + 1 < len(tokens) and tokens[last + 1].tag == "gaz")
                    or (last + 1 < len(tokens) and tokens[last + 1].text in _ORGANISED_ACTIONS)
                )
            ):
                # 由总参谋部|统一|组织, 中国海警局|组织|福建海警, 监管司|同期|组织|开展: the
                # verb of organising, no 组织 (organization)
                continue
            if token.tag == "gaz" and self._gazetteer_type(token) == "Place":
                continue  # 南极|长城站: a place the gazetteer knows, though it ends like a body
            if token.text.endswith("会") and last + 1 < len(tokens) and tokens[last + 1].text in _MEETING_VERB_ENDINGS:
                continue  # 彭佳|学会|见: 会见 (met), which jieba cut after 会, no society
            if (
                token.text == "中心"
                and 0 < last < len(tokens) - 1
                and tokens[last + 1].text in _CENTRAL_TASKS
                and (tokens[last - 1].tag == "nt" or self._suffix_of(tokens[last - 1].text) is not None)
            ):
                continue  # 市政府|中心|工作: the government's central task, no 中心 of it
            if (
                token.tag == "gaz"
                and self._gazetteer_type(token) == "Technology"
                and self._suffix_before_tail(token.text) is None  # 人民|政府网站: the suffix begins it
                # 上海市|大|数据中心|主任: a big-data centre, a body of a place's government
                and not (
                    token.text == "数据中心"
                    and last >= 2
                    and tokens[last - 1].text == "大"
                    and self._is_anchor(tokens[last - 2], typed)
                )
            ):
                continue  # 欧盟|数字政府, 韩国|电子政府: a technology, though it ends like a body
            suffix = self._suffix_of(token.text) or self._generic_body(token)
            if last > 0 and (joined := suffix_of.get(tokens[last - 1].text + token.text)) is not None:
                suffix = joined  # 希望|小学: a suffix of two words, the first a verb on its own
            if suffix is not None and token.text[0] in "各每诸" and token.text != suffix.text:
                continue  # 自治区|各级党委: every level's committee, no one body
            society = (
                token.text == "会"
                and last > 0
                and tokens[last - 1].text.endswith("学")
                and len(tokens[last - 1].text) >= 3
                and (
                    last + 1 == len(tokens)
                    or tokens[last + 1].tag[:1] not in ("v", "d", "p", "c")
                    or tokens[last + 1].text in _SPEECH_VERBS  # 皇家天文学|会|指出: the society spoke
                    # 中国考古学|会|联合|主办: what a society does with others, no modal verb's
                    or tokens[last + 1].text in _WHAT_SOCIETIES_DO
                )
            )
            if society:
                # 物理学|会|会长: jieba cut 学会 (a learned society) into the field and a
                # modal verb, which a verb would follow (物理学|会|发展)
                suffix = self.gazetteer.suffix_by_text.get("学会")
            if suffix is not None and _COUNTRIES_COUNTED.match(token.text):
                continue  # 坦桑尼亚|两国政府, 各国政府: the governments of several countries, no name
            if (
                suffix is not None
                and token.tag == "v"
                and not society
                and last > 0
                # 长江|防总, 省|防办: a body's short name jieba's dictionary tags as a verb
                # and seldom sees, unlike 组织 or 办
                and not (token.text in suffix_of and len(token.text) >= 2 and self._rarely_seen(token.text))
                # 国家林业局|治沙|办|主任: 办 before its head's title is the office; so is
                # one a list goes on from, or a verb or 和 follows (区委|办|、, 县委|办|印发)
                and not (
                    token.text == "办"
                    and last + 1 < len(tokens)
                    and self._office_before(tokens[last + 1])
                    # (要|回|福州|办，: going to the place to get it done, the verb)
                    and not (last >= 2 and tokens[last - 2].text in _GOING_VERBS)
                )
                and any(
                    self._is_organization(tokens[before], typed)
                    or self._is_anchor(tokens[before], typed)
                    or tokens[before].text.endswith("街道")
                    or self._is_body_word(tokens[before].text)  # 教育局|组织
                    # 由总参谋部|统一|组织: the verb after a word for how the body does it
                    for before in (
                        [last - 1, last - 2] if last >= 2 and tokens[last - 1].text in _HOW_BODIES_ACT else [last - 1]
                    )
                )
            ):
                continue  # 由中国科协|组织, 朝阳区|组织|志愿者: a verb after a body or place, not a suffix
            if token.text in _BOARDS:
                if last + 1 < len(tokens) and self._is_title(tokens[last + 1].text):
                    continue  # 阿里巴巴集团|董事局|主席: the board is part of the title, as in 董事长
                suffix = Suffix(token.text, "Organization", False)  # 阿里巴巴集团董事会 决定: a body
            if token.text in _KIN_COMPANIES:
                continue  # 谷歌|母公司: the company's parent, not a company named 谷歌母公司
            if (
                token.tag == "v"
                and token.text == "组织"
                and any(t.text in _LOCATIVE_PREPOSITIONS for t in tokens[max(0, last - 4) : last])
            ):
                continue  # 在|南海|海域|组织|演练: where something is organized, no 组织 of it
            if (
                suffix is not None
                and last > 0
                and token.text == suffix.text
                and suffix.subtype == "Company"
                and len(suffix.text) >= 2
                and tokens[last - 1].tag in ("nz", "nr")
                and 2 <= len(tokens[last - 1].text) <= 4
                and _ALL_CJK.match(tokens[last - 1].text) is not None
                and self.tokenizer.FREQ.get(tokens[last - 1].text, 0) <= _RARE_WORD
                # (张家界旅游|集团股份|有限公司: a legal form's words, no brand)
                and not tokens[last - 1].text.startswith(_LEGAL_FORM_WORDS)
                # the brand begins the name: nothing that describes the company before it
                # (美国|有线|新闻|广播|公司 is named by the walk below)
                and (last == 1 or tokens[last - 2].tag[:1] in _WORDS_BEFORE_A_BRAND)
            ):
                # 春兰|集团, 健力宝|集团, 曙光|公司: a brand jieba knows as a proper noun
                # or reads as a name, right after punctuation, a verb or a function word
                # and right before a company's suffix, names the company
                result.append(
                    _Candidate(tokens[last - 1].start, token.end, "Organization", "org-suffix", None, "Company")
                )
                continue
            if (
                suffix is not None
                and last > 0
                and (
                    token.text == suffix.text
                    # 戈麦斯|儿童医院: the suffix with a word for whom the body serves
                    or (token.tag in ("n", "nt") and len(token.text) == len(suffix.text) + 2)
                )
                and len(suffix.text) >= 2
                and suffix.subtype in _NAMED_BODY_KINDS
                # a name jieba reads as one, or a famous person's (霍英东|集团, 巴斯德|研究所)
                and (tokens[last - 1].tag in ("nr", "nrt") or self._gazetteer_type(tokens[last - 1]) == "Person")
                # (高水平|医院: a grade of bodies jieba calls a name)
                and not any(grade in tokens[last - 1].text for grade in _GRADES_OF_BODIES)
                and (
                    self._looks_transliterated(tokens[last - 1].text)
                    # 庄希泉|基金会, 邵逸夫|医院: a foundation, hospital or school named
                    # after its founder or donor; 白云|宾馆: a hotel
                    or (token.text in _NAMED_LIKE_PEOPLE and self._looks_like_chinese_name(tokens[last - 1].text))
                )
            ):
                # 米高梅|公司, 罗斯林|研究所: a foreign name right before a company's, an
                # institute's or a school's suffix names the body (a founder's or a brand),
                # not a person; a government's (克林顿|政府) is the person's own. A
                # university's hospital or school is named with it (山东大学|齐鲁|医院).
                first = last - 1
                if first > 0 and token.text in _NAMED_AFTER_DONORS and self._is_university(tokens[first - 1]):
                    first -= 1
                # 法国|巴斯德|研究所, 中国科学院|上海|巴斯德|研究所: the country or city
                # before such a name begins the body's name, and the parent body before
                # that place (not a body right before another: 南京大学|浙江大学)
                while (
                    first > 0
                    and last - first < 4
                    and (
                        self._is_place(tokens[first - 1], typed)
                        or (self._is_place(tokens[first], typed) and self._is_anchor(tokens[first - 1], typed))
                        # 空军|雷达|学院: the armed service whose college it is
                        or tokens[first - 1].text in _ARMED_SERVICES
                    )
                ):
                    first -= 1
                result.append(
                    _Candidate(tokens[first].start, token.end, "Organization", "org-suffix", None, suffix.subtype)
                )
                continue
            if (
                token.text == "所"
                and last + 1 < len(tokens)
                and (tokens[last + 1].tag[:1] in ("v", "p") or tokens[last + 1].text in _VERBS_TAGGED_AS_NOUNS)
                # but 中科院|电工|所|决定, 中科院|自动化|所|合作: an institute of an academy or
                # university, named by its field (not 国务院|文件|所|规定)
                and not (
                    last >= 2
                    and tokens[last - 1].tag in ("n", "l", "nz")
                    and tokens[last - 2].tag == "gaz"
                    and (academy := self.gazetteer.lookup(tokens[last - 2].text)) is not None
                    and academy.subtype in ("ResearchOrganization", "University")
                )
            ):
                # 改革|所|取得, 法律|所|基于, 文件|所|规定: the particle before a verb, not an institute
                continue
            end = token.end
            if suffix is None and (body := self._body_in_title(token.text)) and body in suffix_of:
                # 海南|省委常委: the committee written into a title; the title is no part of it.
                suffix = suffix_of[body]
                end = token.start + len(body)
            if (
                suffix is None
                and last > 0
                and 2 <= len(token.text) <= 5
                # not 东部, 北部: directions; but 上海市|青联, 省|作协, whatever jieba's tag,
                # and an office jieba's dictionary calls an idiom (省|扶贫办)
                and (
                    token.tag in ("n", "nz", "j", "new", "nt")
                    or token.text in _FEDERATION_SHORT_NAMES
                    or (token.tag == "i" and len(token.text) == 3 and token.text[-1] == "办" and token.text[0] != "不")
                )
                and token.text not in self.gazetteer.titles  # 区委|常委, 总队|政委: a title, no body
                and token.text[0] not in _DETERMINERS  # 市政府|各委: every committee, no body
                and token.text[0] != "等"  # 奥地利|等队: the end of a list of teams
                and token.text[-2:] not in _NOT_BODY_WORDS  # 北京大学|取得联系: no 系 (department)
                # not 总部, 内部; but 教育局, 体委: a body's common name after a place
                and (not self._is_ordinary_word(token.text) or self._is_body_word(token.text))
                and self._is_anchor(tokens[last - 1], typed)
            ):
                # 内蒙古|电管局: a one-character suffix right after a place.
                suffix = suffix_of.get(token.text[-1])
            if (
                suffix is None
                and 3 <= len(token.text) <= 6
                and token.tag in ("n", "nz", "j", "new", "nt", "nr", "l")
                # 韩国|行政|安全部: a word jieba knows as a body's, though it ends like 全部
                and (self._is_body_word(token.text) or token.tag == "nt")
                and token.text not in self.gazetteer.titles
                and _ALL_CJK.match(token.text) is not None
            ):
                # 区|人力资源|和|社会|保障局, 市委|宣传部: a body's common name ends an
                # organization's name that the walk below finds begun by a place, a level
                # or a body (its one-character suffix is weak, so needs that anchor).
                suffix = suffix_of.get(token.text[-1])
            if (
                suffix is None
                and last > 0
                and token.text[-1] == "长"
                and token.text[-2:-1] in _BUREAUS_BEFORE_HEADS
                and token.text[-2:] in self.gazetteer.titles
                and (
                    # 市|教育局长, 广东省|财政厅长: a kind of bureau jieba's dictionary knows
                    # (教育局) and its head's title in one word
                    (
                        len(token.text) >= 4
                        and self.tokenizer.FREQ.get(token.text[:-1], 0) > 0
                        and self._is_anchor(tokens[last - 1], typed)
                    )
                    # 深圳市|财政|局长, 省|卫生|厅长: the bureau's field a word before the
                    # title, the two a kind of bureau jieba's dictionary knows (财政局; not
                    # 新任|局长, 有关|厅长, 文化厅|厅长)
                    or (
                        len(token.text) == 2
                        and last > 1
                        and self.tokenizer.FREQ.get(tokens[last - 1].text + token.text[0], 0) > 0
                        and self._is_anchor(tokens[last - 2], typed)
                    )
                )
            ):
                suffix = suffix_of.get(token.text[-2])
                end = token.end - 1
            if suffix is None:
                # 政府部门, 学院院长: a suffix followed by a title or a generic noun.
                suffix = self._suffix_before_tail(token.text)
                if suffix is None:
                    continue
                end = token.start + len(suffix.text)
            if not suffix.strong and last > 0:
                # 研究 + 中心: two words that together make a strong suffix.
                joined = self.gazetteer.suffix_by_text.get(tokens[last - 1].text + token.text)
                if joined is None and len(tokens[last - 1].text) > 2:
                    # 数据|科学研究|中心: the first word of the suffix ends a longer word
                    joined = self.gazetteer.suffix_by_text.get(tokens[last - 1].text[-2:] + token.text)
                if joined is not None and joined.strong:
                    suffix = joined
            # 律师|事务所: a suffix whose first word is a title, which the walk below stops at
            spans_title = (
                last > 0
                and tokens[last - 1].text in self.gazetteer.titles
                and token.text.startswith(suffix.text)
                and tokens[last - 1].text + suffix.text in suffix_of
            )
            if spans_title:
                suffix = suffix_of[tokens[last - 1].text + suffix.text]
            subtype = suffix.subtype
            # A word that names an organization on its own (人事部, 日本银行) takes a place
            # or body right before it, never words across a verb (内阁拥有日本银行).
            complete = token.tag in ("nt", "gaz") and token.text not in suffix_of
            # Walk left over words that may stand inside an organization name.
            # 联合|总会: a suffix of two words, like one spanning a title, starts the walk
            # before its first word
            two_words = spans_title or (last > 0 and suffix.text == tokens[last - 1].text + token.text)
            first = last - 1 if two_words else last
            anchor_index = None
            related = False  # whether the walk stopped at a related company's word (母公司)
            while first - 1 >= 0 and last - first < 8:
                previous = tokens[first - 1]
                if (
                    previous.text in ("）", ")")
                    and first >= 4
                    and tokens[first - 3].text in ("（", "(")
                    and tokens[first - 4].text == "中国"
                    and self._is_place(tokens[first - 2], typed)
                ):
                    # 中国（上海）|知识产权|保护|中心: a national body's centre in a province,
                    # the province in brackets after 中国
                    first -= 4
                    anchor_index = first
                    break
                if previous.text in _KINDS_BEFORE_A_NAME and (
                    self._is_place(tokens[first], typed) or self._gazetteer_type(tokens[first]) == "Organization"
                ):
                    # 印尼最大电信|运营商|印尼|电信公司, 美国电动汽车|制造商|特斯拉|公司: the kind
                    # of company the one named is
                    break
                if previous.tag == "new" and _ADVERB_AND_PREPOSITION.fullmatch(previous.text):
                    break  # 全国人大|愿同|越南国会: "is willing, with", a clause's words
                if previous.text in _KINDS_OF_PARTY:
                    break  # 日本|执政党|自由民主党: which party the one named is
                if previous.text in _VERBS_OF_MEANS:
                    break  # 项目|采用|明阳智慧能源集团股份公司: what the project uses begins after the verb
                if first == last and previous.text in _GRADES_OF_SCHOOLS and token.text in _GRADED_KINDS:
                    break  # 教育部直属全国|重点|大学, 省级|示范|中学: a grade of schools, no one school
                if previous.tag == "vn" and previous.text in _CLAUSE_VERBS and previous.text != "联合":
                    break  # 上海|启动|社区卫生|服务中心: a clause's verb, which jieba tags a verbal noun
                if (
                    previous.text in _APPOINTING
                    or previous.text in _APPOINTMENT_VERBS
                    or previous.text in _ELECTED
                    # 峰会|选举|新一届|委员会: the verb, but 联邦|选举|委员会, 中央|选举|管理|委员会
                    or (
                        previous.text == "选举"
                        and not "".join(t.text for t in tokens[first : last + 1]).startswith(_ELECTION_BODIES)
                    )
                ):
                    # 国务院|任命|北京师范大学, 任命|新任|党委书记: who appoints, who is new;
                    # 汉口银行|时任|投资银行部: the post held then, at the body before
                    break
                if (
                    previous.tag in ("v", "l")
                    and len(previous.text) >= 2
                    and previous.text[:2] in ("依法", "查处", "处罚", "约谈", "责令", "查封", "起诉")
                ):
                    break  # 生态环境局|依法查处|山东鲁中检测技术有限公司: the object of the regulator's verb
                if (
                    previous.text in ("与", "和", "同")
                    and first >= 2
                    and tokens[first - 2].text.endswith(("机构", "单位", "企业", "高校", "院校", "部门"))
                ):
                    break  # 等科研机构|与|管理局|合作: bodies of a kind, then "with" the one named after
                if previous.text in _BEFORE_A_BODY or (
                    previous.tag == "new"
                    and len(previous.text) == 2
                    and all(c in _BEFORE_A_BODY for c in previous.text)
                ):
                    break  # 将|陕西投资集团有限公司, 原|中国船舶重工集团有限公司, 由原|中国国电集团公司
                if (
                    first == last
                    and previous.tag == "gaz"
                    and token.tag == "gaz"
                    and (described := self.gazetteer.lookup(previous.text)) is not None
                    and described is self.gazetteer.lookup(token.text)
                ):
                    break  # 英国中央银行|英格兰银行: the body described by another of its names
                if (
                    first == last
                    and complete
                    and self._is_place(previous, typed)
                    and (seated := self.gazetteer.lookup(token.text)) is not None
                    and seated.subtype == "InternationalOrganization"
                ):
                    break  # 荷兰|海牙|国际刑事法院: where an international body sits, no name of it
                if (
                    previous.tag in ("n", "vn")
                    and 2 <= first < last
                    and self._is_place(tokens[first], typed)
                    # (中国电建|集团|华东|勘测设计研究院, 北京军区|后勤部|保定|干休所: a unit's
                    # kind, between its parent and the place of the unit)
                    and self._suffix_of(previous.text) is None
                    and not self._is_body_word(previous.text)
                    and (
                        tokens[first - 2].tag == "nt"
                        or self._suffix_of(tokens[first - 2].text) is not None
                        or self._gazetteer_type(tokens[first - 2]) == "Organization"
                    )
                ):
                    # 浙江省人民检察院|指导|湖州市|人民检察院: a body, a word of what it does
                    # (a noun to jieba), then another place's body, named on its own
                    break
                if (
                    token.text in ("政府", "人民政府")
                    and previous.tag in ("j", "v", "vn", "d", "ad")
                    and previous.text not in _KINDS_OF_GOVERNMENT
                    and not self._is_place(previous, typed)
                ):
                    # 市场监管总局|深化|政府|采购: a verb (深化 an abbreviation to jieba's
                    # dictionary) names no government, which only a place and its level do
                    break
                if (
                    previous.tag == "v"
                    and first == last
                    and len(token.text) > len(suffix.text)
                    and token.text.endswith(suffix.text)  # (not 分行|党委书记, the committee's head)
                    and self._suffix_of(token.text[: -len(suffix.text)]) is None  # (not 出版|集团公司)
                    and self.tokenizer.FREQ.get(token.text, 0) >= _RARE_WORD
                ):
                    break  # 上海|累计|认定|跨国公司: a verb, then a kind of body jieba knows as a word
                if previous.text in _RELATED_COMPANIES:
                    related = True
                    # 谷歌|母公司|字母表|公司, 工行|旗下|工银金融租赁有限公司: the company
                    # related to the one before, named after
                    break
                if (
                    (previous.text in _PROVINCE_ABBREVIATIONS or previous.text in _PLACE_ABBREVIATIONS)
                    and first >= 2
                    and tokens[first - 2].text in _BEING_AT_VERBS
                ):
                    break  # 在|京|美国公司: the city where the body is begins no name (but 驻|美|大使馆)
                inner = (
                    previous.tag in _ORG_INNER_TAGS
                    or previous.text in _OUTWARD_WORDS  # 天津|对外|经济|律师事务所
                    # 福建省|台|港澳办: a province's office of Taiwan, Hong Kong and Macao affairs
                    or (previous.text == "台" and first == last and token.text.startswith("港澳"))
                    # 中国|非|物质|文化遗产|保护|中心: a prefix (非) before a noun of the field
                    or (previous.tag == "h" and tokens[first].tag[:1] == "n")
                    # 中国|联合|通信|有限公司, 农工商|联合|总公司, 北京|长途|电信局: joint or
                    # long-distance, which jieba tags as a verb or an adverb, before a noun of
                    # the name (not 海洋局|联合|组织, 环保局|联合|调查组: bodies acting together)
                    or (
                        previous.text in ("联合", "长途")
                        # (湖北省|联合|发展|投资|集团: a verbal noun of the field)
                        and tokens[first].tag in (("n", "j", "nz", "vn") if first < last else ("n", "nt", "j", "nz"))
                        and first >= 2
                        and self._suffix_of(tokens[first - 2].text) is None
                        # (上海市体育局|联合|上海市公安局: a body with another, named whole)
                        and not self._is_body_word(tokens[first - 2].text)
                        and not (tokens[first].tag == "nt" and self._leading_place_length(tokens[first].text))
                        and self._gazetteer_type(tokens[first - 2]) != "Organization"
                    )
                    # 腾讯|联合|实验室, 清华大学—腾讯|联合|研究|中心: a body's joint laboratory or
                    # centre (not 环保局|联合|调查组, 海洋局|联合|组织: bodies acting together)
                    or (
                        previous.text == "联合"
                        and token.text in _JOINT_UNITS
                        and (token.text != "中心" or first < last)  # not 联合|中心|城区
                        # (360数字安全集团|联合|国家|反诈|中心: with the national centre, a
                        # body of its own, whose name begins with 国家)
                        and tokens[first].text not in ("国家", "中国", "全国", "中央")
                        and first >= 2
                        and (
                            self._gazetteer_type(tokens[first - 2]) == "Organization"
                            or tokens[first - 2].tag in ("n", "nz", "vn", "j")  # 前沿技术|联合|研究|中心
                        )
                    )
                    # 浙江大学|与|阿里巴巴|联合|研究|中心: the joint unit of two bodies
                    or (
                        previous.text in ("与", "和")
                        and token.text in _JOINT_UNITS
                        and 2 <= first < last
                        and tokens[first + 1].text == "联合"
                        and self._gazetteer_type(tokens[first]) == "Organization"
                        and self._gazetteer_type(tokens[first - 2]) == "Organization"
                    )
                    or previous.text in _AGE_GROUPS  # 上海|青年|话剧团: jieba tags 青年 a time word
                    or previous.text in _PERIODS  # 中国|现代|国际|关系|研究所: an age of a field
                    # 南京|陆军|指挥|学院: command, a verb to jieba, names a college's field
                    or (previous.text == "指挥" and first == last and token.text in _COLLEGES)
                    or previous.tag in ("a", "ad")  # 市|卫生|健康|委员会, if a place begins it
                    or (  # 信息与通信技术部门, 艺术与科学院: a conjunction between two nouns
                        previous.text in ("与", "和", "及")
                        and first >= 2
                        # 北京|与|全国人大法律委员会: a place, then a body jieba knows whole
                        and not (tokens[first].tag == "nt" and self._gazetteer_type(tokens[first - 2]) == "Place")
                        and (
                            # (探月|与|航天|工程|中心: a field jieba did not know, new; 文化|
                            # 广播电视|和|旅游局: a field jieba tags as a body's name, nt, but
                            # ends unlike one: not 民族民主党|和|社会民主党)
                            tokens[first - 2].tag in ("n", "vn", "nz", "j", "gaz", "ns", "l", "new")
                            or (tokens[first - 2].tag == "nt" and not self._may_end_body(tokens[first - 2].text))
                            # 行政|审批|和|政务服务局: a verb that ends a compound noun
                            or (tokens[first - 2].tag == "v" and first >= 3 and tokens[first - 3].tag == "n")
                        )
                        and (
                            # (空间|与|上层|大气|研究|委员会: a distinguishing word, b)
                            tokens[first].tag in ("n", "vn", "nz", "j", "nt", "l", "b")
                            # 核能|与|新|能源技术|研究院: an adjective before the field's noun
                            or (
                                tokens[first].tag == "a"
                                and first < last
                                and tokens[first + 1].tag in ("n", "vn", "nz", "gaz")
                            )
                            # 人工智能与机器人研究院: a known technology
                            or self._gazetteer_type(tokens[first]) == "Technology"
                            # 疾病|控制|与|预防|中心: two verbs of one field, the second
                            # right before the suffix
                            or (
                                tokens[first].tag == "v"
                                and first + 1 == last
                                and tokens[first - 2].tag == "v"
                                and first >= 3
                                and tokens[first - 3].tag == "n"
                            )
                        )
                        # 县政府和市公安局, 阿里云与浙江省人民政府: not between two bodies,
                        # each a name of its own
                        and self._suffix_of(tokens[first - 2].text) is None
                        and not self._is_body_word(tokens[first - 2].text)  # 市园林局|及|中央电台体育部
                        and tokens[first - 2].text not in _FEDERATION_SHORT_NAMES  # 省残联和市总工会
                        # 河北|联通|与|当地政府: a province's operator (but 文化|广电|和|旅游|厅:
                        # a field of a department's name)
                        and not (
                            tokens[first - 2].text in _OPERATOR_BRANDS
                            and (first < 3 or self._is_anchor(tokens[first - 3], typed))
                        )
                        and self._gazetteer_type(tokens[first - 2]) != "Organization"
                        and not (tokens[first].tag == "nt" and self._leading_place_length(tokens[first].text))
                    )
                    # 中国|驻|美国大使馆: the sender of a mission jieba glued to its host
                    or (previous.text == "驻" and first >= 2 and self._is_anchor(tokens[first - 2], typed))
                    or self._own_countrys_mission(tokens, first, last)
                    # 联合国儿童基金会|驻华|代表处: a body's office in the country of one character
                    or (
                        len(previous.text) == 2
                        and previous.text[0] == "驻"
                        and _VISITED_PLACE.fullmatch(previous.text, 1) is not None
                        and first >= 2
                        and self._is_anchor(tokens[first - 2], typed)
                    )
                    # 大连化物所|催化|基础|国家重点实验室: a field's verb begins a laboratory's name
                    or (previous.text in _FIELD_VERBS and subtype == "ResearchOrganization" and first < last)
                    or (
                        previous.tag == "v"
                        and previous.text not in _CLAUSE_VERBS
                        and not complete
                        # 上海汽车集团|入股|韩国双龙汽车公司: a verb after a body is a clause's,
                        # unless it names an office of that body (县委|巡察|办, 县政府|督查|办);
                        # 江苏省|人民代表大会|选举|产生…: a body jieba knows whole (nt) too
                        and not (
                            first >= 2
                            and (
                                self._suffix_of(tokens[first - 2].text) is not None
                                or (tokens[first - 2].tag == "nt" and len(tokens[first - 2].text) >= 4)
                            )
                            and not (first == last and token.text in _OFFICES)
                            # 有色金属集团|控股|有限公司: a holding company's legal form
                            and not (first == last and previous.text == "控股" and token.text in _LEGAL_FORMS)
                        )
                        # 南山区教育局|组织|辖区|中小学: a verb after a body's common name, then
                        # more words, predicates them; right before the suffix it names a
                        # unit of the body (教育局|招生|办公室)
                        and not (first >= 2 and first < last and self._is_body_word(tokens[first - 2].text))
                    )
                    or (  # 中国—东盟信息港股份有限公司: two places or bodies joined by a dash
                        previous.text in ("—", "－", "-")
                        and first >= 2
                        and self._is_anchor(tokens[first - 2], typed)
                        and self._is_anchor(tokens[first], typed)
                    )
                    or previous.text in _ADMINISTRATIVE_LEVELS  # 县|计生委
                    or self._friendship_of_countries(tokens, first - 1)  # 日中|友好|议员|联盟
                    or previous.text in _LEVEL_WORDS  # 自治区|教育厅
                    # 第一中级人民法院; not 第十六届|国际行动理事会: a session is no part of the name
                    # (not 建设|第三座|整车|工厂: a count of things, not a unit's number)
                    or (previous.tag == "m" and _ORDINAL_OF_A_UNIT.fullmatch(previous.text) is not None)
                    # 杭州市|12345|市长|公开|电话|受理|中心: a hotline's number after its place
                    or (
                        previous.tag == "m"
                        and _HOTLINE_NUMBER.fullmatch(previous.text) is not None
                        and first >= 2
                        and self._is_anchor(tokens[first - 2], typed)
                        # (广州|12345|政府|服务热线: the hotline's words, no government's)
                        and not token.text.endswith("政府")
                    )
                    # 北方电影股份公司; not 奥运会|期间|组织: a time, which ends a clause's phrase
                    or (previous.tag == "f" and len(previous.text) >= 2 and previous.text not in _SPANS_OF_TIME)
                    # 山西省|大同|铁路运输|法院: a division after its province, whatever jieba's
                    # tag for the word (大同 is an adverb to it)
                    or self._is_place(previous, typed)
                )
                ordinary = previous.text in self.gazetteer.not_entities  # 海洋 in 海洋研究所: a word, no name
                if (
                    previous.text in _BUILDING_VERBS
                    and first >= 2
                    and self._is_organization(tokens[first - 2], typed)
                    # (but 共建|人工智能|联合|实验室: a joint unit, named so, after the verb)
                    and not any(t.text == "联合" for t in tokens[first:last])
                ):
                    break  # 南洋理工大学|建设|人工智能|实验室: a body builds the unit named after it
                if self._verbs_before_object(tokens, first, last, typed):
                    # 市人民政府|合作|建设|人工智能计算中心, 得克萨斯州|投资|建设|芯片|工厂: two
                    # verbs in a row after a body or place, then the words of what they act
                    # on, are a clause's predicate; in a name's field verbal nouns stand
                    # right before the suffix (发展|研究|中心) or after a field word
                    # (电子政务云|计算|应用|技术)
                    first += 1
                    break
                if (
                    not inner
                    # (an abbreviation, j, is a noun too: 南京市|医保|局)
                    or (ordinary and previous.tag[:1] not in ("n", "j"))
                    or (
                        len(previous.text) < 2
                        and previous.tag == "v"
                        # 中国|驻|墨西哥|大使馆: a country's mission names the country and the host
                        and not (previous.text == "驻" and first >= 2 and self._is_anchor(tokens[first - 2], typed))
                        and not self._own_countrys_mission(tokens, first, last)
                    )
                    # 共同|建设|能源互联网研究院, 正在|建设, 我国|建设|世界|一流大学: after an
                    # adverb or a pronoun a verbal noun is a verb
                    or (previous.tag == "vn" and first >= 2 and tokens[first - 2].tag in ("d", "ad", "t", "r"))
                ):
                    break
                if (
                    (
                        previous.tag == "nr"
                        and not self._is_place(previous, typed)  # 内蒙古|乌达|矿务局
                        # 中国|滑雪|协会: a word of a field jieba's dictionary calls a name
                        and not (previous.text in _SPORTS and first >= 2 and self._is_anchor(tokens[first - 2], typed))
                        # 清华大学|公共安全|研究院: a word of four characters jieba's dictionary
                        # calls a name (公共安全, 家居时尚), which no Chinese name is without a
                        # compound surname nor a foreign one in common characters
                        and not (
                            len(previous.text) == 4
                            and previous.text[:2] not in self.gazetteer.compound_surnames
                            and not all(character in TRANSLITERATION for character in previous.text)
                        )
                        # 印尼|华裔|总会: a place's people, whom a society of theirs is named by
                        and previous.text not in _PEOPLE_OF_A_PLACE
                        # 北京|格威特|发展|总公司: a brand jieba reads as a name, between a place
                        # and a company's suffix
                        and not (
                            suffix.subtype == "Company"
                            and first >= 2
                            and len(previous.text) >= 2
                            and self._is_anchor(tokens[first - 2], typed)
                        )
                        # 吉林|东北虎|队, 河南|仁和|队: a club's nickname or sponsor jieba
                        # reads as a name, between its place and 队
                        and not (
                            token.text == "队"
                            and first == last
                            and first >= 2
                            and len(previous.text) >= 2
                            and self._is_place(tokens[first - 2], typed)
                        )
                        # 宝山|钢铁|股份有限公司, 扬子|石化|公司: a company's own name that
                        # jieba reads as a person's, before the words of its trade
                        and not (
                            suffix.subtype == "Company"
                            and first < last
                            and len(previous.text) == 2
                            and tokens[first].tag in ("n", "j", "nz", "vn")
                            and not (first >= 2 and self._is_title(tokens[first - 2].text))
                        )
                        # 吉林大学|白求恩|第一|医院, 山东大学|齐鲁|医院: a university's
                        # hospital or school, named after a person or a region
                        and not (
                            suffix.text in _NAMED_AFTER_DONORS
                            and first >= 2
                            and len(previous.text) >= 2
                            and self._is_university(tokens[first - 2])
                        )
                    )
                    or previous.text in _ACTION_VERBS
                    # 部分|参展|书商|和|出版社: a share of some kind of body names none
                    or previous.text in _SHARES
                    # 上海汽车集团|控股|东风汽车公司: a body's holding in a known body
                    or (previous.text in _HOLDING_VERBS and self._gazetteer_type(tokens[first]) == "Organization")
                    # 到|定西市|调研|基层|法院, 到|汉中市|检查|公安局: a verb of visiting is
                    # the clause's (考察团, 慰问团, 检查站 are words of their own)
                    or previous.text in _VISITING_VERBS
                    or previous.text in _LINKING_WORDS
                    or previous.text == "等"  # 挪威、奥地利|等|队: the end of a list, no name
                    # 台湾|驻港|机构|中华旅行社: the kind of body stationed somewhere, before
                    # the body's own name
                    or (previous.text in ("机构", "单位") and first >= 2 and tokens[first - 2].text.startswith("驻"))
                    or _RANKING.fullmatch(previous.text) is not None  # 前三名|古巴队: a ranking, no name
                    # 浙江、江苏、上海|三地|高级人民法院: each place's body, none named
                    or (_PLACES_COUNTED.fullmatch(previous.text) is not None and previous.tag != "gaz")
                    # 辽、吉、黑三省|工会, 英、法、意等国|工会: the HMM glued a list's last
                    # place to the count of the places or to 等; each place's body, none named
                    or (previous.tag == "new" and _is_place_glued_to_its_count(previous.text))
                    # 在|上海|建设|超级工厂: a verb right after a place where something is
                    # done is the clause's, not a word of a name
                    or (
                        previous.tag in ("v", "vn")
                        and previous.text != "驻"  # 在|中国|驻|南非|大使馆: the mission's name
                        and first >= 3
                        and tokens[first - 3].text in _LOCATIVE_PREPOSITIONS
                        and self._is_place(tokens[first - 2], typed)
                    )
                    # 顺利|本报讯|湖南省农业厅, 4月9日|讯: a headline or dateline glued to
                    # the news item's opening
                    or previous.text in _NEWS_OPENINGS
                    # 张华是|北京大学: the HMM glued a verb or preposition to the name before a body
                    or (previous.tag == "new" and previous.text[-1] in _GLUED_BEFORE_BODY)
                    # 国安俱乐部|将视|国安队, 罗|对美|银行: an adverb or preposition the HMM
                    # glued to the word after it begins no name
                    # (but 使村|党支部: a level the start of the name sets apart below)
                    or (
                        previous.tag == "new"
                        and previous.text[0] in _FUNCTION_CHARACTERS
                        and not self._glued_before_level(previous)
                    )
                    # 已同|阿里巴巴集团: an adverb glued to a preposition begins no name
                    or (
                        len(previous.text) == 2
                        and previous.text[0] in _ADVERBS_BEFORE_PREPOSITIONS
                        and previous.text[1] in _GLUED_LINKS
                    )
                    or previous.text in _KIN_COMPANIES
                    or previous.text in _SIDES  # 朝韩|双方|红十字会: each side's body, not one
                    # 四国|女篮|邀请赛, 中、日、韩|三国|奥委会: the teams or bodies of the
                    # countries counted, none named (not Shikoku's team)
                    or (len(previous.text) == 2 and _COUNTRIES_COUNTED.match(previous.text) is not None)
                    or (
                        previous.text in _KINDS_OF_BODY
                        # 卧龙|国家级|自然保护区|管理局: a reserve's level is part of its name
                        and not (previous.text in _RESERVE_LEVELS and tokens[first].text.endswith(_RESERVES))
                        # 中国|民营|经济|研究会: an owner's kind right after the place opens
                        # the name of a society of such firms
                        and not (
                            previous.text in _OWNERSHIPS
                            and suffix.strong
                            and suffix.subtype == "Organization"
                            and first >= 2
                            and self._is_place(tokens[first - 2], typed)
                        )
                    )
                    or (
                        _BIG_ONES.fullmatch(previous.text) is not None
                        # but 韩国|大|检察厅: 大 begins the name of a body of one of a kind
                        and (previous.text != "大" or tokens[first].text in _GENERIC_BODY_WORDS)
                    )
                    or (previous.tag == "v" and len(previous.text) == 2 and previous.text[1] in _RESULT_COMPLEMENTS)
                    # 各省、自治区、直辖市|通信管理局: every such division's body (but 自治区|
                    # 党委 opening a clause, or after a body in a list (发展改革委、自治区|
                    # 大数据发展局), is the reader's own region's, see _LEVEL_WORDS)
                    or (
                        previous.text in _DIVISION_KINDS
                        and not (
                            previous.text in _LEVEL_WORDS and not self._in_list_of_division_kinds(tokens, first - 1)
                        )
                    )
                    or previous.text[0] in "各每诸"  # 自治区|各级|党委: every level's, no one body
                    # 韩国|地方|政府, 基层|党委: the local governments or committees, no one body
                    # (but 北京市|地方|金融|监督管理局, whose field 地方 begins)
                    or (previous.text in ("地方", "基层") and first == last and token.text in _LOCAL_BODY_KINDS)
                    or previous.text in _WEATHER_SYSTEMS  # 台风|中心: the storm's centre, no body
                    or previous.text in ("旗下", "下属")  # 中国电信|旗下|子公司|天翼云科技有限公司
                    or (
                        previous.text in self.gazetteer.titles
                        # 中国|医师|协会, 上海市|作家|协会: a society of a profession, named
                        # with its place; 美国|联邦|首席信息官|办公室, 英国|信息|专员|办公室:
                        # the office of a post
                        and not (
                            first == last
                            # (律师|协会会长: the society's head's title glued to it)
                            and (token.text in _SOCIETIES or suffix.text in _SOCIETIES or token.text == "办公室")
                            and first >= 2
                            and (
                                self._is_anchor(tokens[first - 2], typed)
                                or (
                                    (
                                        tokens[first - 2].text == "联邦"
                                        or (token.text == "办公室" and tokens[first - 2].tag == "n")
                                    )
                                    and first >= 3
                                    and self._is_anchor(tokens[first - 3], typed)
                                )
                            )
                        )
                    )
                    or previous.text in _APPOINTMENT_VERBS
                    # 自治区|政协主席|张延|昆作|常务委员会: a body's head's title, then his name
                    or (len(previous.text) >= 4 and self._body_in_title(previous.text) is not None)
                    # 张延|昆作|常务委员会|工作|报告: a name glued to 作, which delivers the
                    # report of the body named after it
                    or (
                        previous.tag == "new"
                        and previous.text.endswith(("作", "做"))
                        and _delivers_after(
                            previous.text + "".join(t.text for t in tokens[first : last + 4]), len(previous.text) - 1
                        )
                    )
                    or previous.text in ("原", "前")  # 城关镇|原|党委: the former body, 原 no part of it
                    # 省委|省政府, 市委|市政府: a level's Party committee, then that level's
                    # government, are two bodies side by side
                    or (previous.text in _STANDALONE_ORGANIZATIONS and tokens[first].text[0] in _ADMINISTRATIVE_LEVELS)
                    # 邮报|援引|尼泊尔|外交部: a known body takes the place right before it,
                    # never a verb before that place
                    or (
                        complete
                        and first < last
                        and previous.tag in ("v", "vn")
                        and previous.text != "驻"
                        # 政务|服务|和|公共资源|交易中心: a verbal noun that ends the first of
                        # two fields joined by a conjunction
                        and not (previous.tag == "vn" and tokens[first].text in ("和", "与"))
                    )
                    # 北京国安队|客场|挑战|上海上港|队, 甲级联赛|AC|米兰队, NBA|休斯敦|火箭队: a
                    # team's name holds no verb, league or other body
                    or (
                        token.text.endswith("队")
                        and not token.text.endswith(_UNITS_OF_FORCES)
                        and (
                            previous.tag in ("v", "vn")
                            or (previous.tag == "nt" and previous.text.endswith("队"))
                            or previous.text.endswith("联赛")
                            or (
                                self._gazetteer_type(previous) == "Organization"
                                and self._gazetteer_type(tokens[first]) == "Place"
                            )
                        )
                    )
                    # 戴厚良|会见|沙特阿美公司: jieba tags some such verbs as nouns
                    or (previous.text in _SPEECH_VERBS and previous.tag != "vn")
                    # 中国海警局|组织|福建海警: a body organising another, no name of one
                    or (previous.text == "组织" and previous.tag == "v" and tokens[first].tag == "gaz")
                    # 公安部第三研究所|联合|中国信息安全测评中心: two bodies working together
                    or (previous.text in _JOINING_WORDS and tokens[first].tag == "gaz")
                    # 盐城市|与|国际|鹤类|基金会: a city or province, then 与, is a party, no
                    # field of a name (not 中国|与|全球化|智库, a country's name)
                    or (
                        previous.text in ("与", "和", "同")
                        and first >= 2
                        and tokens[first - 2].tag == "gaz"
                        and tokens[first - 2].text[-1] in "省市县区州"
                        and self._gazetteer_type(tokens[first - 2]) == "Place"
                    )
                    # 广东农垦集团|合作|建设|荔枝冷链仓储中心: a body, then what it builds with another
                    or (
                        previous.text in _WORKING_TOGETHER
                        and first >= 2
                        and self._suffix_of(tokens[first - 2].text) is not None
                    )
                    # 缪建民因工作调整|辞去|公司, 加快|建设|世界一流大学: a verb of a clause
                    or (previous.text in _VERBS_IN_NO_NAME and previous.tag[:1] == "v")
                    # 鲁炜任|领导小组办公室: a name and the verb of taking an office after it
                    or (previous.tag == "new" and _appointment_verb_in(previous.text, "") is not None)
                    # 空军|直升机|和|陆军: a list of what the forces bring, no unit's name
                    or (previous.text in ("和", "与", "及") and token.text in _ARMED_SERVICES)
                ):
                    break
                first -= 1
                if not ordinary and (
                    self._is_anchor(previous, typed)
                    or (previous.text == "国家" and anchor_index is not None)
                    or self._friendship_of_countries(tokens, first)
                    # 法|驻沪|总领事馆: a country's character before its mission's 驻
                    or self._own_countrys_mission(tokens, first + 1, last)
                    or (previous.text in _PLACE_ABBREVIATIONS and tokens[first + 1].text.startswith("驻"))
                ):
                    # 国家|超级|计算|天津|中心: a national body named with the place it is in
                    # begins with 国家, not with the place.
                    anchor_index = first
            if (
                anchor_index is None
                and first == last
                and token.text[:2] in COMMITTEES_OF_LEVELS
                and len(token.text) > 3
            ):
                anchor_index = first  # 省委党校 as one word: the level's committee begins it
            if anchor_index is None and suffix.subtype == "Company" and not related:
                anchor_index = self._company_brand_start(tokens, first, typed)
                if anchor_index is not None:
                    first = anchor_index
            if anchor_index is None:
                while first < last and tokens[first].tag in ("v", "a", "ad"):
                    first += 1  # 办起|铺集镇农业技术服务公司, 负于|古巴队: a verb or adjective does not begin a name
                if (
                    first < last - 1
                    and tokens[last - 1].tag == "v"
                    and token.text in ("大学", "学校")
                    and last + 1 < len(tokens)
                    and tokens[last + 1].tag[:1] in ("n", "v")
                ):
                    continue  # 新生|开启|大学|生活: a verb and its object (college life), no name
            if (
                anchor_index is None
                and first == last
                and (
                    self._starts_with_place(token.text, suffix.text)
                    # 柯达公司, 经贸部, 第二汽车制造厂: a body's whole name in jieba's
                    # dictionary, which tags it as one (nt), named by more than a kind
                    # (a suffix of two characters or more: not 中美关|系, 团政|委)
                    or (
                        token.tag == "nt"
                        and len(suffix.text) >= 2
                        and len(token.text) - len(suffix.text) >= 2
                        and not any(ch in _NAME_CONJUNCTIONS for ch in token.text)  # 党和政府
                        and token.text not in _REPORTS_NOT_PAPERS  # 联合公报
                        and not self._is_ordinary_word(token.text[: -len(suffix.text)])
                    )
                    # 俄内务部, 美能源部 as one word: a country's character and a body's
                    # name of two characters or more (内务部 has no suffix of two)
                    or (
                        token.tag == "nt"
                        and token.text[0] in _COUNTRY_CHARACTERS  # (not 科|研院所)
                        and len(token.text) - len(suffix.text) >= 3
                        and token.text[1] not in _PLACE_ABBREVIATIONS  # 中美关系: countries' ties
                    )
                    # 省公安厅, 市财政局 as one word: a level and a body's name
                    or (
                        token.text[0] in _ADMINISTRATIVE_LEVELS
                        and len(suffix.text) >= 2
                        and len(token.text) - len(suffix.text) == 1
                    )
                    # 省农业厅, 市教委 as one word: a level and a body's common name (not
                    # 乡镇党委, townships' committees in general)
                    or (
                        token.text[0] in _ADMINISTRATIVE_LEVELS
                        and token.text[1] not in _ADMINISTRATIVE_LEVELS
                        and token.text[1] not in _SETTLEMENT_ENDINGS
                        and self._is_body_word(token.text[1:])
                        and not self._is_title(token.text)  # 市委常委: a member, no body
                    )
                )
            ):
                result.append(_Candidate(token.start, token.end, "Organization", "org-suffix", None, subtype))
                continue
            if (
                anchor_index is None
                and complete
                # Space|X公司: a Latin name jieba cut where a known name begins is one word
                and not (first == last - 1 and tokens[first].tag == "eng" and token.text[:1].isascii())
            ):
                # 情系|老区|北京军区, 罗同|世界银行: a body known by its whole name takes a
                # place or body before it, not words that name neither
                continue
            if anchor_index is None and any(
                _COUNTED.fullmatch(before.text) for before in tokens[max(0, first - 2) : first]
            ):
                continue  # 一家|老牌|金融服务|公司, 几家|电视广播|公司: a kind of company, counted, no name
            if anchor_index is None:
                named = last - first == 1 and (
                    self._is_brand_word(tokens[first])
                    # 国家|电力公司, 国家|开发银行: a national body, the suffix in one word with its trade
                    or (tokens[first].text == "国家" and suffix.strong and token.text != suffix.text)
                    # 青松|集团: a word jieba seldom sees, before a company's suffix
                    or (suffix.subtype == "Company" and self._is_rare_noun(tokens[first]))
                    # 城市大脑|研究院, 区块链|研究中心: a research body named by its technology
                    or (
                        suffix.subtype == "ResearchOrganization" and self._gazetteer_type(tokens[first]) == "Technology"
                    )
                    # 成立|人工智能|研究院: a new body, named by its field alone, after a verb that sets it up
                    # (not 成立|合资|公司, 创办|科技|公司: a kind of company, no name)
                    or (
                        suffix.strong
                        and suffix.subtype != "Company"  # 成立|人工智能|公司: a kind of company, named by brands
                        and first > 0
                        and tokens[first - 1].text in _ESTABLISHING_VERBS
                        and (
                            self._gazetteer_type(tokens[first]) == "Technology"
                            or not self._is_ordinary_word(tokens[first].text)
                        )
                    )
                )
                # 国家|肝癌|科学|中心, 国家|应急|广播中心: a national body named by its field,
                # whose suffix of two characters or more needs no place before it
                national = (
                    # (全国|畜牧|总站, 全国|农业技术|推广|服务中心: a national service's centre)
                    (
                        tokens[first].text == "国家"
                        or (
                            tokens[first].text == "全国"
                            and suffix.text in _NATIONAL_SERVICES
                            # (not 全国|建成|MAP|技术|服务中心: what was built across the country)
                            and not any(t.tag == "v" and t.text[-1] in "成建设" for t in tokens[first + 1 : last])
                        )
                    )
                    and len(suffix.text) >= 2
                    and last - first >= 2
                    # not 自由党－|国家|党|联盟: a field in words of two characters or more
                    and all(len(t.text) >= 2 for t in tokens[first + 1 : last])
                )
                if (
                    (not suffix.strong and not national)
                    or (last - first < 2 and not named)
                    or (token.text in suffix_of and last == first)
                    # 员工|私下|议论|公司, 企业|建设|黑灯|工厂: people or firms in general open
                    # a clause about some body, no name
                    or tokens[first].text in _PEOPLE_WORDS
                    or tokens[first].text in _GENERIC_BODY_WORDS
                    # 地方|法人|银行, 国有|企业: a kind of owner or scope, no name
                    or tokens[first].text in _KINDS_OF_OWNERS
                    # 世界|一流|大学: a grade of bodies, no body
                    or any(grade in t.text for t in tokens[first : last + 1] for grade in _GRADES_OF_BODIES)
                    # 市场研究|公司|Gartner, 管理咨询|公司|埃森哲: the kind of the body named after
                    or (
                        last + 1 < len(tokens)
                        and suffix.subtype == "Company"
                        and (
                            _LATIN_WORD.fullmatch(tokens[last + 1].text) is not None
                            or self._gazetteer_type(tokens[last + 1]) == "Organization"
                        )
                        and all(t.tag[:1] in ("n", "v") and t.tag != "nt" for t in tokens[first:last])
                    )
                    # 首批|国家|重点|实验室, 建设|国家|实验室: a designation bodies hold, no
                    # body's name
                    or self._only_designation(tokens, first, last)
                ):
                    continue
                start = tokens[first].start + self._glued_before_level(tokens[first])
                if (
                    tokens[first].tag == "new"
                    and len(tokens[first].text) >= 3
                    and tokens[first].text[0] in _PREPOSITIONS_GLUED_BEFORE_BRANDS
                ):
                    start += 1  # 由明阳|智慧|能源|集团: the preposition the HMM glued to the brand
            else:
                start = tokens[anchor_index].start
                if (
                    token.text.endswith("站")
                    and tokens[anchor_index].text.endswith(_LINES_BEFORE_STATIONS)
                    and self._gazetteer_type(tokens[anchor_index]) == "Place"
                ):
                    continue  # 京九铁路|京南|第一|大站, 京港澳高速公路|…站: a stop on the line, no body
                if (
                    anchor_index > 0
                    and tokens[anchor_index - 1].text in _HELPING_VERBS
                    and anchor_index + 1 < last
                    and tokens[anchor_index + 1].text in _BECOMING_VERBS
                ):
                    continue  # 助力|香港|建设|国际创新科技中心: what the place is helped to build
                if (
                    subtype == "Company"
                    and anchor_index > 0
                    and tokens[anchor_index - 1].text in _PLACE_BRAND_PREFIXES
                    and self._is_place(tokens[anchor_index], typed)
                ):
                    start = tokens[anchor_index - 1].start  # 数字|重庆|发展有限公司, 云上|贵州|…公司
                if (
                    anchor_index == last - 1
                    and token.text in _GENERIC_BODY_WORDS
                    and (
                        self._is_country(tokens[anchor_index])
                        # (第二座|欧洲|工厂, but 美洲银行, 大湾区大学, 黄河公司: names)
                        or (
                            self._gazetteer_subtype(tokens[anchor_index]) == "Region" and token.text in ("工厂", "企业")
                        )
                        or (
                            (region := self._gazetteer_entry(tokens[anchor_index])) is not None
                            and region.key in _SEPARATE_ECONOMIES
                        )
                    )
                ):
                    # 中国|公司, 美国|企业, 香港|银行, 欧洲|工厂: a country's, territory's or
                    # region's companies in general, no name
                    continue
            opening = anchor_index if anchor_index is not None else first
            if (
                opening < last
                and tokens[opening].start == start
                and subtype in _PUBLIC_BODY_SUBTYPES
                and self._gazetteer_subtype(tokens[opening]) == "Company"
                # (but 国铁集团|客运|部, 公司|办公室: a company's department)
                and not (suffix.text in ("部", "处", "办公室") and opening + 1 < last and tokens[last - 1].tag != "gaz")
            ):
                # 任命赵国|华为|河北省人民政府|副省长: no company has a government or a Party
                # body; the company's name the gazetteer knows is the end of a person's
                start = tokens[opening + 1].start
            elif (
                opening + 1 < last
                and tokens[opening].start == start
                and tokens[opening].text.endswith("为")
                and any(t.text in _APPOINTING_VERBS for t in tokens[max(0, opening - 3) : opening])
            ):
                # 聘任李|华为|杭州城市大脑研究院|名誉院长: the appointee's name and 为 before
                # the body, not a company's name
                start = tokens[opening + 1].start
            if end - start > 30 or end - start <= len(suffix.text) or (start >= token.start and end < token.end):
                continue
            if anchor_index is not None and self._kind_before_its_name(tokens, anchor_index, last):
                continue  # 美国|芯片|公司|英伟达: what kind of company the one named after is
            if (
                token.text.endswith("中心")
                and (
                    any("国际" in t.text for t in tokens[opening:last])
                    # 建设长江中游|航运|中心: a hub of trade a region builds
                    or (last > opening and tokens[last - 1].text in _FIELDS_OF_HUBS)
                )
                and (
                    (last + 1 < len(tokens) and tokens[last + 1].text == "建设")
                    or (opening > 0 and tokens[opening - 1].text in _BECOMING_VERBS)
                    # 上海|建设|国际经济中心: the city, then what it builds
                    or any(t.text in _BECOMING_VERBS for t in tokens[opening + 1 : last])
                )
            ):
                continue  # 上海国际金融中心建设, 建设东北亚国际航运中心: what a city is to become
            if any(grade in t.text for t in tokens[opening : last + 1] for grade in _GRADES_OF_BODIES):
                continue  # 中国特色世界一流大学: a grade of bodies, though a place begins it
            if tokens[opening].text in _WHOLE_DIVISIONS:
                continue  # 全省|小额|贷款|公司: the province's companies of that kind, no name
            if (
                end == token.end
                and token.text.endswith("委")
                and last + 1 < len(tokens)
                and tokens[last + 1].text == "会"
                and tokens[opening].text in _DEMOCRATIC_PARTIES
            ):
                end += 1  # 民盟|湖北省委|会|副主委: a democratic party's committee is its 省委会
            result.append(_Candidate(start, end, "Organization", "org-suffix", None, subtype))
        return result

    def _own_countrys_mission(self, tokens: list[Token], first: int, last: int) -> bool:
        """Whether the 驻 before ``first`` begins the name of China's mission abroad
        written without the sender, as Chinese news writes it (驻|日本|使馆|经济|商务处,
        我国|驻|温哥华|总领馆, 据|驻|斯里兰卡|使馆): the host place at ``first``, a mission
        among the words up to ``last``, and no sender before 驻."""
        return (
            first >= 1
            and tokens[first - 1].text == "驻"
            and tokens[first].tag == "gaz"
            and any(t.text in _MISSION_WORDS for t in tokens[first + 1 : last + 1])
            and (first == 1 or tokens[first - 2].tag in ("x", "r", "p", "c"))
        )

    def _kind_before_its_name(self, tokens: list[Token], anchor: int, last: int) -> bool:
        """Whether the words from a place at ``anchor`` to a company's generic suffix at
        ``last`` (美国|芯片|公司, 瑞典|流媒体|公司) say what kind of company the one named
        right after is (英伟达, Spotify): the suffix a word of its own, common words or
        technologies between, and a known company or a Latin name after it."""
        if last + 1 >= len(tokens) or tokens[last].text not in _COMPANY_WORDS_BEFORE_NAMES or last - anchor < 2:
            return False
        following = tokens[last + 1]
        named_after = (following.tag == "gaz" and self._gazetteer_subtype(following) == "Company") or (
            following.tag == "eng" and following.text[:1].isupper()
        )
        return named_after and all(
            self._gazetteer_type(t) == "Technology" or (t.tag != "gaz" and self._is_ordinary_word(t.text))
            for t in tokens[anchor + 1 : last]
        )

    def _company_brand_start(self, tokens: list[Token], first: int, typed: dict[int, list[_Candidate]]) -> int | None:
        """江苏|中天|科技股份有限公司, 宁波|均|胜|电子股份有限公司, 中铁|十一|局集团有限公司: a
        company's own name of two or three characters that jieba cut into words of other
        kinds (a time word; an adverb and a verb; a number), between the place or group
        that begins the company's name and the words of its trade. The index of that place
        or group, or None."""
        length = 0
        for index in range(first - 1, max(first - 3, 0), -1):
            token = tokens[index]
            word = token.text
            length += len(word)
            if (
                length > 3
                or token.tag[:1] in _BRAND_PART_NOT_TAGS
                or not _ALL_CJK.match(word)
                or any(ch in _NAME_STOPPERS for ch in word)
                or word in _CLAUSE_VERBS
                or word in _ACTION_VERBS
                or word in _ESTABLISHING_VERBS
                or word in _VISITING_VERBS  # 大连湾镇|调研|茶场: what the visitor saw, no brand
                or word in _KINDS_OF_BODY  # 德国|车企|宝马集团: what kind of firm, no brand
                or all(ch in _BEFORE_A_BODY for ch in word)  # 国家能源集团|由原|中国国电集团公司
                # 国家开发银行|愿同|世界银行: "is willing, with", a clause's words
                or (token.tag == "new" and _ADVERB_AND_PREPOSITION.fullmatch(word) is not None)
                or word in _VERBS_OF_MEANS
                # 上海汽车集团|控股|东风汽车公司: a holding in a known company (but
                # 阿里巴巴集团|控股|有限公司 is a name)
                or (word in _HOLDING_VERBS and self._gazetteer_type(tokens[first]) == "Organization")
                # a word of two characters is a name's part when rare or a numeral (中天, 十一),
                # not a common word or a count (上海|今年|新增|科技公司, 云南|一家|银行)
                or (token.tag == "m" and not _CHINESE_NUMERAL.fullmatch(word))
                or (len(word) > 1 and token.tag != "m" and self.tokenizer.FREQ.get(word, 0) > _COMMON_WORD)
            ):
                return None
            if length >= 2 and self._is_anchor(tokens[index - 1], typed):
                return index - 1
        return None

    def _verbs_before_object(
        self, tokens: list[Token], first: int, last: int, typed: dict[int, list[_Candidate]]
    ) -> bool:
        """Whether the word before ``first`` and the word at it are verbs (合作|建设,
        投资|建设) right after a place or body, and a word that is no verb and no suffix
        follows them before the suffix at ``last``: the verbs predicate the thing named
        after them."""
        if first < 2 or first + 1 >= last or not self._is_anchor(tokens[first - 2], typed):
            return False
        verbal = ("v", "vn")
        following = tokens[first + 1]
        return (
            tokens[first - 1].tag in verbal
            and tokens[first].tag in verbal
            and following.tag not in verbal
            and following.tag != "x"
            and self._suffix_of(following.text) is None
            and not self._is_title(following.text)
        )

    def _is_brand_word(self, token: Token) -> bool:
        """丰华|集团, Anthropic|公司: a word jieba reads as a name, or does not know, or a
        capitalised Latin word, that can name a company on its own before a strong suffix
        (not IT|公司, a kind of company)."""
        if token.tag == "eng":
            return _LATIN_BRAND.fullmatch(token.text) is not None
        return (
            token.tag in ("nr", "nz", "nrt", "new", "ns")
            and len(token.text) >= 2
            and _ALL_CJK.match(token.text) is not None
            and not self._is_ordinary_word(token.text)
        )

    @staticmethod
    def _glued_before_level(token: Token) -> int:
        """1 when the HMM glued a verb or preposition to a level word that begins a body's
        name (刚当村|党支部书记: 当 and the 村's Party branch), else 0."""
        return int(
            token.tag == "new"
            and len(token.text) == 2
            and token.text[0] in _GLUED_BEFORE_LEVEL
            and (token.text[1] in _ADMINISTRATIVE_LEVELS or token.text[1] in _SETTLEMENT_ENDINGS)
        )

    def _is_rare_noun(self, token: Token) -> bool:
        """青松: a noun jieba knows but seldom sees, which before a company's suffix is
        the company's brand (not 贸易|公司, 建筑|公司, a kind of company, nor 科技股份|有限公司,
        a kind of company and its shares)."""
        word = token.text
        return (
            token.tag == "n"
            and len(word) >= 2
            and _ALL_CJK.match(word) is not None
            and self.tokenizer.FREQ.get(word, 0) <= _RARE_WORD
            and not (word.endswith(("股份", "控股")) and self.tokenizer.FREQ.get(word[:-2], 0) > _COMMON_WORD)
        )

    @staticmethod
    def _is_body_word(word: str) -> bool:
        """教育局, 文化厅, 体委, 登山队, 妇联: a common noun for a body or unit, which names
        one after a place or organization (郑州市|教育局); 总部, 局部 and the like name
        none."""
        return (
            (len(word) >= 3 and word[-1] in _BODY_ENDINGS and word[-2:] not in _NOT_BODY_WORDS)
            or (len(word) == 2 and word[-1] in "委厅署" and word not in _NOT_BODY_WORDS)
            # 富锦|糖厂, 北京|钢厂: a works named by its product (not 工厂, any factory, nor a
            # verb's or a determiner's word: 设厂, 进厂, 全厂)
            or (len(word) == 2 and word[-1] == "厂" and word[0] not in _NOT_PRODUCTS_OF_WORKS)
            or word in _FEDERATION_SHORT_NAMES
        )

    def _companies_before_their_heads(self, tokens: list[Token]) -> list[_Candidate]:
        """正泰|集团|董事长: a company's own name of two to four characters that jieba
        does not know as a common word or a known name (a proper noun, a name, a word it
        guesses), perhaps with the word of its trade after it (X|药业|集团), right before
        集团 or 公司 and the title of the company's head, begins a clause: the company,
        though no place anchors it. Only the words 集团 and 公司 (_COMPANY_WORDS) are visited."""
        result = []
        for index in self._positions(tokens, words=_COMPANY_WORDS):
            token = tokens[index]
            if token.text not in _COMPANY_WORDS or index + 1 >= len(tokens):
                continue
            if tokens[index + 1].text not in _COMPANY_HEADS:
                continue
            first = index - 1
            if first >= 1 and tokens[first].tag in ("n", "vn") and tokens[first].text in _TRADES:
                first -= 1  # 扬子江|药业|集团: the word of its trade after the brand
            if first < 0:
                continue
            brand = tokens[first]
            if (
                brand.tag in _BRAND_TAGS
                and 2 <= len(brand.text) <= 4
                and _ALL_CJK.match(brand.text)
                and self.tokenizer.FREQ.get(brand.text, 0) <= _RARE_WORD
                and self._gazetteer_type(brand) is None
                # 聘任|刘肖为|公司|总经理: a name and the verb the HMM glued to it
                and not any(ch in _NAME_STOPPERS for ch in brand.text)
                and (first == 0 or tokens[first - 1].tag[:1] in ("x", "p", "v", "c", "u"))
            ):
                result.append(_Candidate(brand.start, token.end, "Organization", "org-suffix", subtype="Company"))
        return result

    def _services_glued_to_their_people(self, tokens: list[Token]) -> list[_Candidate]:
        """武警战士, 武警官兵: a service of the armed forces in one word of jieba's with its
        soldiers is the service, as People's Daily tags it (武警 of 武警战士); so is one
        the HMM glued to 国 of a count of countries (两|国海军: the two countries' navies).
        Only the words that begin with a service's first character or 国 are visited."""
        result = []
        for index in self._positions(tokens, first_chars=_SERVICE_WORD_FIRST_CHARACTERS):
            token = tokens[index]
            word = token.text
            service = next(
                (s for s in _SERVICES_WITH_THEIR_PEOPLE if word.startswith(s, 1 if word[0] == "国" else 0)), None
            )
            if service is None:
                continue
            if word[0] == "国":
                if (
                    word == "国" + service
                    and index > 0
                    and len(tokens[index - 1].text) == 1
                    and _COUNTRIES_COUNTED.match(tokens[index - 1].text + "国") is not None  # 两|国海军
                ):
                    result.append(self._service_candidate(token.start + 1, token.end, service))
            elif word[len(service) :] in _SOLDIERS:
                result.append(self._service_candidate(token.start, token.start + len(service), service))
        return result

    def _service_candidate(self, start: int, end: int, service: str) -> _Candidate:
        """The candidate for an armed service at ``start``: the gazetteer's entry if it
        knows the service by that name (武警), else an organization of that name."""
        entry = self.gazetteer.lookup(service)
        if entry is not None and entry.type == "Organization":
            return self._entry_candidate(start, end, entry, "jieba")
        return _Candidate(start, end, "Organization", "jieba", subtype="GovernmentOrganization")

    def _national_bodies(self, tokens: list[Token]) -> list[_Candidate]:
        """国家|粮食|储备|局, 国家|粮油|信息中心, 国家|安全|生产|监督管理|局局长: 国家 (the
        state) begins the name of a body of the central government, a few nouns and its
        suffix, as a place begins a local one's. It opens a phrase (据|国家…, 国家…|局长: not 一个|国家|民族,
        洛斯阿拉莫斯|国家|实验室, where it is a country or a word of the name), and a team,
        a laboratory, a list or a particle (国家|医疗队, 国家|和|国际组织, 国家|大政方针|所|
        采取) names no body. Only the words 国家 are visited."""
        result = []
        for index in self._positions(tokens, words=("国家",)):
            if index == len(tokens) - 1:
                continue  # the last word: no body's name after it
            token = tokens[index]
            if token.text != "国家" or (index > 0 and tokens[index - 1].tag[:1] not in ("x", "v", "p")):
                continue
            for last in range(index + 1, min(index + 6, len(tokens))):
                word = tokens[last].text
                suffix = self._suffix_of(word) or self._suffix_before_tail(word)
                # 国家|天文台: a strong suffix of three characters right after 国家 is the
                # body's whole name (not 国家|机关, 国家|部委)
                alone = last == index + 1 and suffix is not None and suffix.strong and len(suffix.text) >= 3
                if suffix is not None and (last > index + 1 or alone):
                    # 方针|所|采取: 所 before a verb is the particle, no institute
                    particle = word == "所" and last + 1 < len(tokens) and tokens[last + 1].tag[:1] == "v"
                    if not (
                        word.endswith(_NOT_NATIONAL_BODIES) or suffix.text.endswith(_NOT_NATIONAL_BODIES) or particle
                    ):
                        end = tokens[last].start + (len(word) if self._suffix_of(word) else len(suffix.text))
                        result.append(
                            _Candidate(token.start, end, "Organization", "org-suffix", subtype=suffix.subtype)
                        )
                    break
                if tokens[last].tag not in ("n", "vn", "an", "nz", "j", "l", "nt") or suffix is not None:
                    break
        return result

    def _suffix_before_tail(self, word: str):
        """The organization suffix that begins ``word`` when the rest is a title or a
        generic noun: 政府|部门, 学院|院长, 公司|总经理."""
        if word[:1] not in self._suffix_first_chars:
            return None
        if len(word) >= 3 and word[-1] == "长" and word[-2] in _BODIES_BEFORE_HEADS:
            glued = self.gazetteer.suffix_by_text.get(word[:-1])
            if glued is not None:
                return glued  # 公安局|长: the bureau's head's title glued to it, not 公安|局长
        for length in range(min(len(word) - 2, 4), 0, -1):
            suffix = self.gazetteer.suffix_by_text.get(word[:length])
            tail = word[length:]
            if suffix is not None and (tail in _GENERIC_TAILS or tail in self.gazetteer.titles):
                return suffix
        return None

    def _generic_body(self, token: Token):
        """A known government body whose name other countries' bodies share (财政部,
        统计局): after a foreign place it names that country's body (澳大利亚财政部)."""
        entry = self.gazetteer.lookup(token.text) if token.tag == "gaz" else None
        if entry is None or len(token.text) > 6:
            return None
        if entry.subtype != "GovernmentOrganization" and not (
            # 广州市委|统战部: a Party department every committee has
            entry.subtype == "PoliticalOrganization" and len(token.text) == 3 and token.text.endswith("部")
        ):
            return None
        if self._leading_place_length(token.text):
            return None
        return Suffix(token.text, entry.subtype, False)

    def _leading_place_length(self, word: str) -> int:
        for length in range(len(word) - 1, 1, -1):
            entry = self.gazetteer.lookup(word[:length])
            if entry is not None and entry.type == "Place":
                return length
        return 0

    def _company_after_its_location(self, text: str, candidate: _Candidate) -> _Candidate:
        """山东省临沂市|山东金锣水务有限公司, 唐山市丰南区|唐山国丰钢铁有限公司: where a
        company's name itself begins with a place, the places before it (the province or
        city again after a place inside it) say where the company is and are no part of
        its name."""
        name = text[candidate.start : candidate.end]
        if candidate.type != "Organization" or not name.endswith(_COMPANY_ENDINGS):
            return candidate
        offset, before = 0, None
        while True:
            place, rest = self.gazetteer.leading_place(name[offset:])
            if place is None or len(rest) < 4:
                return candidate
            if before is not None and (
                place.key == before.key or place.key in {a.key for a in self.gazetteer.ancestors(before.key)}
            ):
                # the province or city again, after a place inside it: the company's own
                # name begins here
                return replace(candidate, start=candidate.start + offset)
            before, offset = place, len(name) - len(rest)

    def _bodies_of_the_sar_named_alone(self, text: str, tokens: list[Token]) -> list[_Candidate]:
        """卫生署, 环境保护署, 劳工处 in news of Hong Kong: a body of the region's government
        named without the region, a name every city's body may have that the gazetteer
        holds only with 香港 or 澳门 before it (the linker tells which region's it is). A
        run of up to three words, right before a title or a verb."""
        regions = [region for region in ("香港", "澳门") if region in text]
        result = []
        for index, token in enumerate(tokens):
            name = ""
            for last in range(index, min(index + 3, len(tokens))):
                name += tokens[last].text
                if len(name) < 3 or last + 1 >= len(tokens):
                    continue
                after = tokens[last + 1]
                if not (self._is_title(after.text) or after.tag.startswith("v")):
                    continue
                entries = [self.gazetteer.lookup(region + name) for region in regions]
                if (
                    any(e is not None and e.type == "Organization" for e in entries)
                    and name not in self.gazetteer.by_name
                ):
                    result.append(
                        _Candidate(
                            token.start, tokens[last].end, "Organization", "org-suffix", None, "GovernmentOrganization"
                        )
                    )
        return result

    def _offices_after_a_bracketed_acronym(self, text: str, candidates: list[_Candidate]) -> list[_Candidate]:
        """世界粮食计划署（WFP）中国办公室, 联合国开发计划署（UNDP）驻华代表处: a known body's
        office in a country or city, its acronym in brackets between the body's name and
        the office's, one name (see :func:`kg.link.canonical_text` for its label)."""
        offices = {c.start: c for c in candidates if c.type == "Organization" and c.rule == "org-suffix"}
        result = []
        for body in candidates:
            if body.type != "Organization" or body.rule != "gazetteer":
                continue
            acronym = _BRACKETED_ACRONYM.match(text, body.end)
            if acronym is None:
                continue
            end = None
            office = offices.get(acronym.end())
            if office is not None and text.endswith(_OFFICES_ABROAD, office.start, office.end):
                end = office.end  # （WFP）|中国办公室, （WWF）|北京代表处
            elif (stationed := _STATIONED_OFFICE.match(text, acronym.end())) is not None:
                place = stationed["place"]
                entry = self.gazetteer.lookup(place)
                if place in self.gazetteer.place_abbreviations or (entry is not None and entry.type == "Place"):
                    end = stationed.end()  # （UNDP）|驻华|代表处
            if end is not None:
                result.append(_Candidate(body.start, end, "Organization", "org-suffix", None, "Organization"))
        return result

    def _units_of_known_bodies(self, tokens: list[Token]) -> list[_Candidate]:
        """国家海洋局|极地|考察|办公室, 香港警务处|商业|罪案|调查科, 香港警务处|刑事|侦缉|处: a
        body the gazetteer knows, then the field of one of its units in a few nouns (a
        verb only last, after a noun: 极地|考察) and the unit's word, is that unit, one
        body; not where a verb of a clause stands between (教育部|支持|建设|研究中心). Only
        the gazetteer's names are visited."""
        result = []
        for index in self._positions(tokens, tags=("gaz",)):
            token = tokens[index]
            if token.tag != "gaz" or self._gazetteer_type(token) != "Organization":
                continue
            for last in range(index + 1, min(index + 6, len(tokens))):
                unit = tokens[last]
                if not _ALL_CJK.match(unit.text) or unit.tag not in _UNIT_FIELD_TAGS or self._is_title(unit.text):
                    break  # 俄罗斯卫生部|副部长, 东南大学|等, 美林公司|董事长|科曼斯基: no unit
                if last == index + 1 or not unit.text.endswith(_UNITS_OF_KNOWN_BODIES) or unit.text.endswith("公司"):
                    continue
                if unit.text == "学科":
                    break  # 中国海洋大学|建设|一流|学科: a discipline, no unit (but 运动|医学科)
                if unit.text in _CLAUSE_VERBS:
                    break  # 稽查局|依法|查处: the verb of investigating, no division (处)
                if unit.text == "处" and _fines_after(tokens, last):
                    break  # 对滴滴全球股份有限公司|处|人民币…罚款: the verb of fining, no division
                field = tokens[index + 1 : last]
                if field[0].text in _BUILDING_VERBS:
                    break  # 川大|建设|天府|国际|医学中心: what the body builds, no unit of it
                verbs = [k for k, t in enumerate(field) if t.tag == "v"]
                if (
                    unit.tag != "v"
                    and (not verbs or (verbs == [len(field) - 1] and len(field) >= 2 and field[-2].tag[:1] in "nb"))
                    and not any(t.text in _CLAUSE_VERBS or t.text in _ACTION_VERBS for t in field)
                ):
                    result.append(_Candidate(token.start, unit.end, "Organization", "org-suffix"))
                break
        return result

    def _units_in_one_word(self, tokens: list[Token]) -> list[_Candidate]:
        """公安部经济犯罪侦查局: a unit of a body the gazetteer knows, in one word of jieba's
        dictionary (a noun to it), which begins with the body's name of three characters
        or more and ends with a suffix."""
        result = []
        for token in tokens:
            word = token.text
            if len(word) < 6 or token.tag not in ("n", "nz", "l", "nt"):
                continue
            if not any(word[-length:] in self.gazetteer.suffix_by_text for length in (1, 2, 3)) and not (
                word.endswith(_UNITS_OF_KNOWN_BODIES) and not word.endswith("公司")
            ):
                continue  # (教育部高校学生司: a department's 司, no suffix of bodies by itself)
            for length in range(min(len(word) - 3, 8), 2, -1):
                entry = self.gazetteer.lookup(word[:length])
                if entry is not None and entry.type == "Organization":
                    result.append(_Candidate(token.start, token.end, "Organization", "org-suffix"))
                    break
        return result

    def _starts_with_place(self, word: str, suffix: str) -> bool:
        """中国队, 成都市政府, 海淀法院: one word made of a known place (a district by its
        short name too) and a suffix (not 美国公司, a country's companies in general)."""
        head = word[: len(word) - len(suffix)] if word.endswith(suffix) else ""
        entry = self.gazetteer.lookup(head) if len(head) >= 2 else None
        if entry is not None and entry.subtype == "Country" and suffix in _GENERIC_BODY_WORDS:
            return False
        if entry is None and head in self.gazetteer.district_short_forms:
            return True
        return entry is not None and entry.type in ("Place", "Organization")

    @staticmethod
    def _friendship_of_countries(tokens: list[Token], index: int) -> bool:
        """Whether ``tokens[index]`` is two or three countries' one-character names before
        友好 (日中|友好|议员|联盟, 中日|友好|环境保护|中心): the body of their friendship is
        named by them, as by a place, whatever its suffix (联盟, 中心, 会馆 need one)."""
        return (
            index + 1 < len(tokens)
            and tokens[index + 1].text == "友好"
            and _PLACE_ABBREVIATION_RUN.fullmatch(tokens[index].text) is not None
        )

    def _suffix_of(self, word: str):
        """The organization suffix ``word`` is or ends with (longest first)."""
        suffixes = self.gazetteer.suffix_by_text
        if word in suffixes:
            return suffixes[word]
        if word[-1:] not in self._suffix_last_chars or word in _NOT_BODY_WORDS:
            return None
        for length in range(min(len(word) - 1, 5), 0, -1):
            suffix = suffixes.get(word[-length:])
            if (
                suffix is not None
                and len(word) - length >= 1
                and (suffix.strong or length >= 2 or self._starts_with_place(word, suffix.text))
            ):
                return suffix
        return None

    def _is_place(self, token: Token, typed: dict[int, list[_Candidate]]) -> bool:
        """Whether a word is a known place."""
        return any(c.end == token.end and c.type == "Place" for c in typed.get(token.start, ()))

    def _is_organization(self, token: Token, typed: dict[int, list[_Candidate]]) -> bool:
        """Whether a word is a known organization or names one by its suffix."""
        if token.tag == "nt" or self._suffix_of(token.text) is not None:
            return True
        return any(c.end == token.end and c.type == "Organization" for c in typed.get(token.start, ()))

    def _names_organization(self, token: Token) -> bool:
        """Whether a word is a known organization, names one by its suffix or is a
        body's common name (科技局)."""
        return (
            self._gazetteer_type(token) == "Organization"
            or self._is_organization(token, {})
            or self._is_body_word(token.text)
        )

    def _is_country(self, token: Token) -> bool:
        entry = self.gazetteer.lookup(token.text) if token.tag == "gaz" else None
        return entry is not None and entry.subtype == "Country"

    def _is_anchor(self, token: Token, typed: dict[int, list[_Candidate]]) -> bool:
        """A word that can begin an organization name: a place or an organization."""
        if token.tag in ("ns", "nt"):
            return token.text not in self.gazetteer.not_entities  # 新建|学校: a verb jieba calls a place
        if (
            token.text in _ADMINISTRATIVE_LEVELS
            or token.text in _LEVEL_WORDS
            or token.text in _STANDALONE_ORGANIZATIONS
        ):
            # 县|计生委, 市|园林局, 省委|组织部: the level names the reader's own
            # province, city or county, and its Party committee is a body of its own.
            return True
        if len(token.text) >= 3 and token.text[0] in _ADMINISTRATIVE_LEVELS and self._suffix_of(token.text[1:]):
            return True  # 省纪委|监委: a level's body, written as one word
        if (
            token.tag == "nz"
            and token.text[-1] not in "会赛节展"  # 亚特兰大奥运会|女排: an event, no brand
            and not token.text.endswith(_FORCES_AND_AUTHORITIES)  # 台湾当局|行政院: a body of its own
            and self._suffix_of(token.text) is None
            and 2 <= self._leading_place_length(token.text) <= len(token.text) - 2
        ):
            return True  # 天津泰达|俱乐部: a place and a brand in one proper noun
        for candidate in typed.get(token.start, ()):
            if candidate.end == token.end and candidate.type in ("Place", "Organization"):
                return True
            if (
                candidate.type == "Place"
                and candidate.end == token.end - 2
                and token.text.endswith("地区")
                and (entry := self.gazetteer.lookup(token.text)) is not None
                and entry.subtype == "City"
            ):
                return True  # 和田地区|行署: a prefecture, its mention without 地区 (not 华南地区|分行)
        return False

    def _speaking_namesake_of_a_place(self, text: str, candidate: _Candidate) -> _Candidate:
        """A name found by its title that is a place's too, and that a verb of speech
        follows, is the person (主任|黄海|表示 is no Yellow Sea, 副市长|江山|说 no 江山市):
        it wins over the place (rule ``person-speaking``)."""
        if not text.startswith(_SPEECH_VERB_PREFIXES, candidate.end):
            return candidate
        entry = self.gazetteer.lookup(text[candidate.start : candidate.end])
        if entry is None or entry.type != "Place":
            return candidate
        return replace(candidate, rule="person-speaking")

    def _people_by_title(self, text: str, tokens: list[Token]) -> list[_Candidate]:
        """Chinese names right after a title (市委书记万庆良, 院长陈潭) or right before
        one (张三教授), cut where the name's two or three characters end."""
        freq = self.tokenizer.FREQ
        result = []
        surnames = self.gazetteer.surnames
        titles = self.gazetteer.titles
        # the characters a title or a word for what someone is ends or begins with (家 of
        # 作曲家, 员 of 炊事员, 官 of 官赵); only the words with one of them, or one of the
        # words below, are visited
        for index in self._positions(
            tokens,
            words=_WORDS_BESIDE_NAMES,
            first_chars=_TITLE_LAST_CHARACTERS,
            last_chars=self._person_word_last_chars,
        ):
            token = tokens[index]
            if token.text in _NAME_CONJUNCTIONS and index >= 1:
                previous = tokens[index - 1]
                if (
                    len(previous.text) == 2
                    and previous.tag in ("new", "nr", "nrfg")
                    and previous.text[0] in surnames
                    and not self._is_ordinary_word(previous.text)
                    and self._conjunction_ends_name(text, tokens, index)
                ):
                    # 包信|和|表示, 包信|和|院士: a given name that ends in a conjunction's character
                    result.append(_Candidate(previous.start, token.end, "Person", "person-title"))
                continue
            if token.text in _APPOINTING_VERBS and index + 1 < len(tokens):
                opening = index + 1
                # 三、任命：⏎汪建国为…: a list's heading, its colon and line breaks before the name
                while opening + 1 < len(tokens) and (
                    tokens[opening].text in ("：", ":") or not tokens[opening].text.strip()
                ):
                    opening += 1
                start = tokens[opening].start
                name = self._name_at(text, start, tokens, opening)
                rule = "person-title"
                if (name is None or text[start + len(name) : start + len(name) + 1] not in _AFTER_APPOINTEE) and (
                    glued := self._name_glued_to_wei(text, start, tokens)
                    or (self._name_removed_from_post(text, start) if token.text == "免去" else None)
                ) is not None:
                    # 任命|李|华为|省…局长, 选举|胡衡|华为|重庆市…: read across a known word
                    name, rule = glued, "person-appointed"
                elif token.text == "免去" and name and self._name_removed_from_post(text, start) == name:
                    rule = "person-appointed"  # 免去|黄海|的…职务: the frame outweighs the sea's name
                if (
                    name
                    and text[start + len(name) : start + len(name) + 1] in _AFTER_APPOINTEE
                    # 任命|文件|为准: a word, no name (but 免去|黄海|的…职务, a name the frame vouches for)
                    and (not self._is_ordinary_word(name) or (rule == "person-appointed" and token.text == "免去"))
                ):
                    result.append(_Candidate(start, start + len(name), "Person", rule))
                    result += self._further_appointees(text, tokens, opening, text[start + len(name)])
                continue
            if token.text == "接受" and index + 1 < len(tokens):
                # 接受|殷勇|辞去|副市长职务: a congress accepts someone's resignation
                start = tokens[index + 1].start
                name = self._name_at(text, start, tokens, index + 1)
                if name and text.startswith(_RESIGNING, start + len(name)) and not self._is_ordinary_word(name):
                    result.append(_Candidate(start, start + len(name), "Person", "person-title"))
                continue
            if (
                token.tag == "n"
                and (len(token.text) >= 3 or token.text in ("作家", "画家"))
                and token.text.endswith("家")
                and index + 1 < len(tokens)
                and tokens[index + 1].tag == "new"
                and len(tokens[index + 1].text) == 3
                and self._looks_like_chinese_name(tokens[index + 1].text)
                and not self._is_ordinary_word(tokens[index + 1].text)
            ):
                # 汉学家|高罗佩, 作曲家|谷建芬: after a scholar's or an artist's field, a whole
                # three-character name the HMM made one new word
                result.append(_Candidate(tokens[index + 1].start, tokens[index + 1].end, "Person", "person-title"))
                continue
            if (
                token.text in _PEOPLE_WORDS
                or (
                    token.tag == "n"
                    and len(token.text) >= 2
                    and token.text[-1] in _OCCUPATION_ENDINGS
                    and not token.text.endswith(("人员", "成员", "委员"))  # 技术人员|智慧: staff in general
                )
            ) and index + 1 < len(tokens):
                # 村民|周桂兰|笑着说, 种植户|陈大勇|告诉: what someone is, then the name
                start = tokens[index + 1].start
                # (科学家|和|学生: a conjunction jieba read as one begins no name)
                name = self._name_at(text, start, tokens, index + 1) if tokens[index + 1].tag != "c" else None
                # weaker than a title: no word (群众|高兴, 农民|丰产), common given-name characters
                if (
                    name
                    and not self._is_ordinary_word(name)
                    and (
                        self._is_given_name(name[-2:])
                        # 研究员|于佳: after a title, a name jieba's HMM made one new word
                        or (
                            titles.get(token.text) in ("before", "both")
                            and tokens[index + 1].text == name
                            and tokens[index + 1].tag in ("new", "nr")
                        )
                    )
                    # 富|起来: a given name that is a frequent verb
                    and not (self._tags.get(name[1:], "")[:1] == "v" and freq.get(name[1:], 0) > _COMMON_WORD)
                ):
                    result.append(_Candidate(start, start + len(name), "Person", "person-title"))
                continue
            if (
                token.tag == "new"
                and token.text[0] == "官"
                and index >= 1
                and tokens[index - 1].text.endswith("部长")
                and (name := self._name_at(text, token.start + 1, tokens, index))
            ):
                # 外交部长|官赵|兑烈: a Korean minister (长官), the HMM glued 官 to the name
                result.append(_Candidate(token.start + 1, token.start + 1 + len(name), "Person", "person-title"))
                continue
            if (
                index >= 1
                and token.text[0] in _TITLE_LAST_CHARACTERS
                and (token.tag == "new" or len(token.text) == 1)
                and self._title_completed_by(tokens, index)
            ):
                # 首席风险|官王|百荣, 实际控制|人何|巧女, 法定代表|人|刘|海涛: jieba cut the
                # title's last character off, alone or glued to the name after it
                start, following = (token.start + 1, index) if len(token.text) > 1 else (token.end, index + 1)
                name = self._name_at(text, start, tokens, following) if following < len(tokens) else None
                if name:
                    result.append(_Candidate(start, start + len(name), "Person", "person-title"))
                continue
            if not self._is_title(token.text):
                continue
            position = titles.get(token.text) or self._title_position(token.text)
            following = index + 1
            if (
                following < len(tokens)
                and tokens[following].text in _CLOSING_QUOTES
                and index >= 1
                and tokens[index - 1].text in _OPENING_QUOTES
            ):
                # “行政院长”|萧万长: a title quoted as one the writer does not recognise
                # (Taiwan's offices in mainland news), the name right after the quote
                following += 1
            if following < len(tokens) and tokens[following].text in _WHO_HOLDS_A_TITLE:
                # 主任|由|王刚|担任: the name after 由 is the office holder's; 委员|由|武术|、
                # 公安: the fields they come from are no names
                following += 1
                if following < len(tokens) and tokens[following].tag not in ("nr", "nrfg", "nrt", "new"):
                    following = len(tokens)
            if (
                position in ("before", "both")
                and following < len(tokens)
                and tokens[following].tag != "c"
                # 主席|国办|好, 主席|台上: the title and the next character are a word of
                # their own (主席国, the country in the chair; 主席台), no name after it
                and not (
                    following == index + 1
                    and self.tokenizer.FREQ.get(token.text + text[token.end : token.end + 1], 0) > 0
                    and token.text + text[token.end : token.end + 1] not in titles
                )
            ):
                start = tokens[following].start
                name = self._name_at(text, start, tokens, following)
                if name:
                    result.append(_Candidate(start, start + len(name), "Person", "person-title"))
                elif self._is_name_word(tokens[following]) and not (
                    # (鲁炜任|领导小组: the HMM glued the verb of taking an office to the name)
                    tokens[following].tag == "new" and tokens[following].text.endswith("任")
                ):
                    # 首相|高村正彦, 王储|阿卜杜拉: a word jieba reads as a name, after a title.
                    result.append(_Candidate(start, tokens[following].end, "Person", "person-title"))
                elif (
                    tokens[following].tag == "new"
                    and 2 <= len(tokens[following].text) <= 6
                    and all(ch in TRANSLITERATION for ch in tokens[following].text)
                    and not self._is_ordinary_word(tokens[following].text)
                ):
                    # 财政部长|耶伦|通话: a word of the transliteration alphabet the HMM made,
                    # after a title, before whatever verb
                    result.append(_Candidate(start, tokens[following].end, "Person", "person-title"))
                elif self._name_glued_to_time(text, tokens[following]):
                    # 国防大臣|叙尔贝时|表示: "when meeting the minister, said", the HMM
                    # glued 时 to a name it does not know.
                    result.append(_Candidate(start, tokens[following].end - 1, "Person", "person-title"))
            if position in ("after", "both") and index >= 1:
                previous = tokens[index - 1]
                word = previous.text
                if (
                    2 <= len(word) <= 3
                    and word[0] in surnames
                    and _ALL_CJK.match(word)
                    and previous.tag in ("new", "nr", "nrfg")
                    and not _appointment_verb_in(word, token.text)
                    and self._may_end_name(word)  # 医院|呼吸科|教授: a department, no name
                ):
                    result.append(_Candidate(previous.start, previous.end, "Person", "person-title"))
                elif (
                    index >= 2
                    and len(word) == 1
                    and previous.tag in _RARE_MORPHEME_TAGS
                    and len(first := tokens[index - 2].text) == 2
                    and tokens[index - 2].tag == "new"
                    and first[0] in surnames
                    and _ALL_CJK.match(first + word)
                ):
                    # 戚发|轫|院士, 李惕|碚|院士: the given name's last character, a rare one
                    # jieba keeps as a morpheme of its own
                    result.append(_Candidate(tokens[index - 2].start, previous.end, "Person", "person-title"))
                elif (
                    index >= 2
                    and len(word) == 1
                    and len(first := tokens[index - 2].text) == 2
                    and tokens[index - 2].tag in ("nr", "nrfg", "new")
                    and first[0] in surnames
                    and previous.tag == "v"  # (not 王伟|和|教授: a conjunction)
                    and self._is_given_name(word)
                ):
                    # 交警支队|杨子|进|支队长: a name of three characters jieba read as one of
                    # two and a verb, which no verb would stand between and a title
                    result.append(_Candidate(tokens[index - 2].start, previous.end, "Person", "person-title"))
        return result

    @staticmethod
    def _name_glued_to_time(text: str, token: Token) -> bool:
        """Whether ``token``, right after a title, is an unknown word of two or three
        characters and 时 before a speech verb (大臣|叙尔贝时|表示, 主席|卡林时|说)."""
        word = token.text
        return (
            token.tag == "new"
            and 3 <= len(word) <= 4
            and word[-1] == "时"
            and _ALL_CJK.match(word) is not None
            and text.startswith(_SPEECH_VERB_PREFIXES, token.end)
        )

    def _foreign_names_after_titles(self, text: str, tokens: list[Token]) -> list[_Candidate]:
        """秘书长古|特雷斯, 行长拉加|德, 总干事格罗|西: a foreign name after a title, which
        jieba cuts anywhere since it knows neither the name nor its characters' sounds.
        The name is the longest run of transliteration characters right after the title
        that ends on a word boundary before a verb, preposition or punctuation."""
        titles = self.gazetteer.titles
        name_starts = []  # where a name may begin, right after a title
        # only the words that end as titles do, and the unknown ones (new) the HMM may have
        # glued a title's last character to, are visited
        for index in self._positions(tokens, last_chars=self._title_last_chars, tags=("new",)):
            token = tokens[index]
            if token.tag == "x":
                continue
            start = token.end
            if not self._is_title(token.text):
                # 贸工部|长阿耶塔: the title's last character glued to the name after it
                cut = self._title_cut_before(tokens, index)
                if cut is None:
                    continue
                start = cut
            elif (titles.get(token.text) or self._title_position(token.text)) not in ("before", "both"):
                continue
            name_starts.append((start, index))
        if not name_starts:
            return []  # most texts: no title, so no need for the table below
        result = []
        # the words by where they begin, for the few names with interpuncts (a long text's
        # table costs more than the rest of the rule; other names find the word after
        # them by bisection)
        by_start: dict[int, Token] | None = None
        for start, title_index in name_starts:
            if (named := _NAME_WITH_INTERPUNCTS.match(text, start)) is not None:
                if by_start is None:
                    by_start = {t.start: t for t in tokens}
                if (end := self._end_of_name_with_interpuncts(text, tokens, by_start, start, named.end())) is not None:
                    result.append(_Candidate(start, end, "Person", "person-interpunct"))
                continue
            stop = start
            while stop < len(text) and stop - start < 8 and text[stop] in TRANSLITERATION:
                stop += 1
            for end in range(stop, start + 1, -1):
                if text[start:end] in self.gazetteer.by_name:
                    continue
                if end - start == 2 and self._tags.get(text[start:end], "n")[:1] in _FUNCTION_OR_VERB_TAGS:
                    continue  # 局长|特别|提到: an adverb of the language, no name
                following_index = _index_of_word_starting_at(tokens, end)
                following = tokens[following_index] if following_index is not None else None
                if (following is not None and self._may_follow_name(text, following, end)) or (
                    # 首席执行官奥博|穆等: the HMM glued 等, closing a list, to the last syllable
                    following is None and text.startswith("等", end) and end - start >= 3
                ):
                    result.append(_Candidate(start, end, "Person", "person-transliterated"))
                    break
            else:
                if (word := self._foreign_word_after_a_countrys_title(text, tokens, title_index, start)) is not None:
                    result.append(_Candidate(word.start, word.end, "Person", "person-transliterated"))
        return result

    def _foreign_word_after_a_countrys_title(
        self, text: str, tokens: list[Token], title_index: int, start: int
    ) -> Token | None:
        """新加坡|外长|维文, 缅甸|副总理|兼|外长|丹穗: after a country and its titles, a word of two or
        three characters jieba does not know (or reads as a name) before a verb or a pause
        is the holder's name, though its characters are not all in the transliteration
        alphabet (Burmese, Thai, Malay and Singaporean names are often not)."""
        if (
            title_index == 0
            or title_index + 2 >= len(tokens)
            or tokens[title_index].end != start
            # an office of state (外长, 总理, 总统, 大使, 首相, 国王), not what someone is (艺术家|访奥)
            or tokens[title_index].text[-1] not in "长理统使席王相臣"
        ):
            return None
        before = title_index - 1
        while (
            before > 0
            and title_index - before < 5
            and (tokens[before].text in ("兼", "、") or self._is_title(tokens[before].text))
        ):
            before -= 1  # 缅甸|副总理|兼|外长|丹穗: the country before the titles held
        country = tokens[before]
        if country.tag != "gaz" or (entry := self.gazetteer.lookup(country.text)) is None or entry.subtype != "Country":
            return None
        word, following = tokens[title_index + 1], tokens[title_index + 2]
        if (
            word.tag not in ("new", "nz", "nr", "nrt")
            or not 2 <= len(word.text) <= 3
            or not _ALL_CJK.match(word.text)
            or word.text in self.gazetteer.by_name
            or self._is_ordinary_word(word.text)
            or not self._may_follow_name(text, following, word.end)
        ):
            return None
        return word

    def _end_of_name_with_interpuncts(
        self, text: str, tokens: list[Token], by_start: dict[int, Token], start: int, stop: int
    ) -> int | None:
        """Where a name with interpuncts that starts after a title at ``start`` ends (总理|
        川|·|立派|10日, 总理|他信|·|西|那瓦|表示), whatever its characters (Thai, Lao, Burmese
        and Indonesian names are not all in the transliteration alphabet, which
        :meth:`_interpunct_names` needs). No common verb, preposition, adverb or numeral
        stands inside (总裁|名叫|保罗·…); the last part is the word after the last interpunct
        and the names or single characters right after it (亚罗|舍|维奇|说, 西庞|占|出席),
        and what follows it must be what may follow a name."""
        last_part = max(text.rfind(mark, start, stop) for mark in _INTERPUNCTS) + 1
        if start not in by_start:
            return None
        end = None
        for token in _tokens_from(tokens, by_start[start]):
            if token.tag[:1] in ("p", "d", "c", "u", "m", "x") and token.text not in _INTERPUNCTS:
                break
            if self._is_common_verb(token) or token.end > stop:
                break
            if token.tag == "gaz" and self._gazetteer_type(token) != "Person":
                break  # 杰米·戴蒙|警告|美国: a known place or body ends the name
            if end is not None and len(token.text) > 1 and token.tag not in _NAME_PART_TAGS:
                break  # 杰米·戴蒙|警告: a word of the sentence after the name
            if token.end <= last_part:
                continue
            if end is not None and (
                (token.tag == "new" and token.text[0] in _GLUED_AFTER_FOREIGN_NAME)
                # 埃尔林·哈兰|梅开二度: an idiom of the sentence, which jieba may tag as a name
                or (len(token.text) >= 4 and self.tokenizer.FREQ.get(token.text, 0) > 0)
            ):
                break  # 卢卡·东契奇|因伤: a preposition glued to the word after the name
            if (glued := self._glued_verb_part(token)) is not None and (
                token.text[-1] in _SPEECH_VERBS or by_start.get(token.end, token).tag[:1] not in ("x", "v")
            ):
                # 古古贝莱说: the HMM glued the speech verb after the name to it (but 赛雅颂|出席,
                # 赛雅颂|。: a verb or the end follows, so 颂 ends the name)
                end = glued.end
                break
            end = token.end
        if end is None or end <= last_part:
            return None
        following = by_start.get(end)
        if following is not None and not (
            self._may_follow_name(text, following, end)
            or following.tag == "t"
            or following.text in self.gazetteer.titles
        ):
            return None
        return end

    def _rarely_seen(self, word: str) -> bool:
        """Whether jieba's dictionary counts ``word`` fewer than :data:`_COMMON_WORD` times."""
        return self.tokenizer.FREQ.get(word, 0) < _COMMON_WORD

    def _is_common_verb(self, token: Token) -> bool:
        """A verb too common to spell a name (名叫, 出任, 是), unlike the rarer ones Thai
        names are spelt with (颂猜: 颂 602, 猜 2,365 in jieba's dictionary)."""
        return token.tag[:1] == "v" and self.tokenizer.FREQ.get(token.text, 0) > (1000 if len(token.text) > 1 else 5000)

    def _foreign_names_with_a_syllable_cut_off(
        self, text: str, tokens: list[Token], candidates: list[_Candidate]
    ) -> list[_Candidate]:
        """东布罗夫斯基|斯|于, 主帅|瓜|迪奥拉: a foreign name found without the one syllable
        jieba cut off at its end or its start, as a word of its own it reads as a name or a
        noun, is the name with it: after it, what may follow a name; before it, a title or
        a word for what someone is."""
        people = [
            c
            for c in candidates
            if c.type == "Person"
            and c.end - c.start >= 2
            and all(ch in TRANSLITERATION for ch in text[c.start + 1 : c.end])
        ]
        result = []
        for person in people:
            # (the words by bisection: most texts name people, few have such a cut)
            after = _index_of_word_starting_at(tokens, person.end)
            if (
                after is not None
                and after + 1 < len(tokens)
                and len(tokens[after].text) == 1
                and tokens[after].text in TRANSLITERATION
                and tokens[after].tag in ("nr", "nrt", "nrfg")
                and self._may_follow_name(text, tokens[after + 1], tokens[after].end)
            ):
                result.append(_Candidate(person.start, tokens[after].end, "Person", person.rule))
            before = _index_of_word_ending_at(tokens, person.start)
            if (
                before is not None
                and before > 0
                and len(tokens[before].text) == 1
                and tokens[before].text in TRANSLITERATION
                and tokens[before].tag in ("nr", "nrt", "n")
                and all(ch in TRANSLITERATION for ch in text[person.start : person.end])
                and (self._is_title(tokens[before - 1].text) or tokens[before - 1].text in _PEOPLE_WORDS)
            ):
                result.append(_Candidate(tokens[before].start, person.end, "Person", person.rule))
        return result

    def _companies_with_their_first_characters(
        self, text: str, tokens: list[Token], candidates: list[_Candidate]
    ) -> list[_Candidate]:
        """极|氪|智能科技控股有限公司, 中|铁二院工程集团有限责任公司, 江苏|吴|中医药发展股份
        有限公司: a company in its legal form found without the one or two characters its
        name begins with, which jieba read as words of their own (an adverb, a localiser, a
        surname), is the company with them, where a pause, a preposition, a verb or a
        known place stands before them."""
        places: dict[int, int] | None = None  # where each known place ending there starts
        result = []
        for company in candidates:
            if (
                company.type != "Organization"
                or company.rule != "org-suffix"
                or not _LEGAL_FORM.search(text, company.start, company.end)
            ):
                continue
            index = _index_of_word_ending_at(tokens, company.start)
            first = company.start
            taken = 0
            while index is not None and taken < 2:
                token = tokens[index]
                if len(token.text) != 1 or not _ALL_CJK.match(token.text) or token.text in _BEFORE_A_BODY:
                    break  # (将|陕西投资集团有限公司, 原|中国船舶重工集团有限公司: no brand's)
                if token.tag in _NOT_A_BRANDS_CHARACTER:
                    if places is None:
                        places = {c.end: c.start for c in candidates if c.type == "Place" and c.key is not None}
                    # 云南|爱|伲|农牧（集团）有限公司: a verb's character between the company's
                    # place and a character jieba does not know begins the brand
                    if not (token.tag == "v" and taken and index > 0 and tokens[index - 1].end in places):
                        break
                first, taken = token.start, taken + 1
                index = index - 1 if index > 0 else None
            if not taken:
                continue
            before = tokens[index] if index is not None else None
            if before is None or before.tag in ("x", "p", "c", "v", "uj", "ul") or before.text in _LIST_JOINERS:
                result.append(_Candidate(first, company.end, "Organization", "org-suffix", None, company.subtype))
                continue
            if places is None:
                places = {c.end: c.start for c in candidates if c.type == "Place" and c.key is not None}
            if before.end in places:
                result.append(
                    _Candidate(places[before.end], company.end, "Organization", "org-suffix", None, company.subtype)
                )
        return result

    @staticmethod
    def _may_follow_name(text: str, following: Token, end: int) -> bool:
        """Whether the word ``following`` may come right after a name that ends at ``end``:
        a verb, preposition, conjunction, adverb or punctuation, a speech verb, a courtesy
        title (先生, 女士), or a date."""
        return (
            following.tag in ("x", "v", "p", "c", "d")
            or following.text in _SPEECH_VERBS
            or following.text in _COURTESY_TITLES  # 副总裁|伯根|先生: a courtesy title after it
            or any(following.text.startswith(verb) for verb in _SPEECH_VERBS if len(verb) >= 2)
            # 总理|马诺维奇|18日|在: a date after the name
            or (following.tag == "m" and _DATE_OR_PARTY_AFTER_NAME.match(text, end) is not None)
        )

    def _title_cut_before(self, tokens: list[Token], index: int) -> int | None:
        """Where a name starts in the word at ``index`` when the word is the last
        character of a title glued to the name by the HMM and the word before ends with
        the rest of the title (贸工部|长阿耶塔, 外交部|长卡西): the position after that
        character, or None."""
        word = tokens[index].text
        if index == 0 or tokens[index].tag != "new" or len(word) < 3 or word[0] not in self._title_last_chars:
            return None
        title = tokens[index - 1].text[-1:] + word[0]
        if self.gazetteer.titles.get(title) not in ("before", "both"):
            return None
        return tokens[index].start + 1

    def _clergy_by_their_names(self, tokens: list[Token]) -> list[_Candidate]:
        """方丈|昌明|法师, 正果|法师|在, 嘉雅|活佛, 妙善|长老: a monk's religious name, a
        living Buddha's or an imam's, written right before the title, is a person's though
        it has no surname (or jieba reads it as a word: 正果). The name opens a phrase
        (after punctuation, a title, a conjunction or 的) and is no word of religion (佛教|
        法师, 寺院|住持). Only the names right before a clergy's title are visited."""
        titles = self.gazetteer.titles
        result = []
        for title_index in self._positions(tokens, words=_CLERGY_AFTER_NAME):
            index = title_index - 1
            if index < 0:
                continue
            name, title = tokens[index], tokens[title_index]
            if title.text not in _CLERGY_AFTER_NAME:
                continue
            if index + 2 < len(tokens) and self._suffix_of(tokens[index + 2].text) is not None:
                continue  # 部落|长老|委员会: the title begins a body's name
            if not (
                2 <= len(name.text) <= 4
                and _ALL_CJK.match(name.text)
                and name.tag in ("nr", "nrfg", "nrt", "new", "nz", "n", "ns", "j")
                and not name.text.endswith(_RELIGIOUS_WORD_ENDINGS)
                and name.text not in titles
                and name.text[0] not in _DETERMINERS
            ):
                continue
            before = tokens[index - 1] if index else None
            if before is None or before.tag == "x" or before.text in titles or before.text in _BEFORE_CLERGY_NAME:
                result.append(_Candidate(name.start, name.end, "Person", "person-title"))
        return result

    def _japanese_names_by_titles(self, text: str, tokens: list[Token]) -> list[_Candidate]:
        """首相|铃木|一郎, 山本|太郎|大臣: a common Japanese surname and a given name of one
        to three characters, right after a title or right before one, which jieba cuts
        anywhere. After a title the name ends on the first word boundary before a verb
        or punctuation; before one it starts on a word boundary."""
        titles_at = [
            index
            for index in self._positions(tokens, last_chars=self._title_last_chars)  # as every title ends
            if tokens[index].tag != "x" and self._is_title(tokens[index].text)
        ]
        if not titles_at:
            return []  # most texts: no title, so no need for the tables below
        result = []
        by_start = {t.start: t for t in tokens}
        by_start_index = {t.start: i for i, t in enumerate(tokens)}
        for index in titles_at:
            token = tokens[index]
            surname = next(
                (n for n in (3, 2) if text[token.end : token.end + n] in self.gazetteer.japanese_surnames), 0
            )
            if surname and (first := by_start.get(token.end + surname)) is not None and first.tag == "p":
                surname = 0  # 总统|藤森|在|利马: a preposition after the surname, no given name
            if not surname and (name := self._unknown_japanese_name_after(tokens, index)):
                # 知事|泉田裕彦|表示, 社长|河添克彦说: a name of four characters jieba does
                # not know, whose surname is rarer than the list's
                result.append(_Candidate(token.end, token.end + len(name), "Person", "person-title"))
                continue
            for end in range(token.end + surname + 1, token.end + surname + 4) if surname else ():
                following = by_start.get(end)
                if not _ALL_CJK.match(text[token.end : end]):
                    continue
                if (
                    (
                        following is not None
                        and (
                            # (行长|浅川雅嗣|此前: a word of time after the name)
                            following.tag in ("x", "v", "p", "c", "d", "t")
                            or following.text in _SPEECH_VERBS
                            # 副社长|松本|浩|一行: a date or a delegation after the name
                            or (following.tag == "m" and _DATE_OR_PARTY_AFTER_NAME.match(text, end) is not None)
                        )
                    )
                    or (
                        # 知事|贝原俊|民等, 干事长|加藤|纮|一为|团长: the HMM glued the name's last
                        # character to 等, 为 or 说 after it
                        text[end : end + 1] in _GLUED_AFTER_JAPANESE_NAME
                        and any(t.start < end and t.end == end + 1 for t in tokens[index + 1 : index + 6])
                    )
                ):
                    if end - token.end - surname == 1 and text[end : end + 1] == "也" and text[end - 1] in _BEFORE_YA:
                        end += 1  # 代表|冈田|克|也|说: a given name ending in 也 (克也, 哲也)
                    elif (
                        end - token.end - surname == 1
                        and following is not None
                        and following.text == "和"
                        and (after := by_start.get(following.end)) is not None
                        and after.tag[:1] in ("x", "v", "d", "p")
                    ):
                        end += 1  # 会长|十仓雅|和|率团: a given name ending in 和 (雅和), no "and"
                    result.append(_Candidate(token.end, end, "Person", "person-title"))
                    break
            if index > 0 and tokens[index - 1].tag[:1] in _FUNCTION_TAGS:
                continue  # 和田|的|代表: a particle or preposition ends no name (和田 is a place here)
            for start in range(max(0, token.start - 6), token.start - 1):
                name = text[start : token.start]
                surname = next(
                    (n for n in (3, 2) if len(name) >= n and name[:n] in self.gazetteer.japanese_surnames), 0
                )
                if (
                    surname
                    and start in by_start
                    and len(name) - surname <= 3
                    and _ALL_CJK.match(name)
                    and name[-1] not in _GLUED_AFTER_JAPANESE_NAME  # 加藤纮一为|团长: 为 is no name's
                    # (not 大使|曹|小林|与|汤加|首相: a Chinese name's given name, then "with" a
                    # country whose head the title is)
                    and not any(name[surname:].startswith(word) for word in ("与", "和", "同", "及"))
                ):
                    if len(name) == surname:
                        # 桥本|首相: the surname alone, as news calls one it has named in
                        # full, linked to that name (see _refer_surnames_to_full_names);
                        # not the given name of a Chinese name before a title (刘|小岛|女士)
                        before = by_start_index.get(start, 0) - 1
                        if name not in self.gazetteer.by_name and (
                            before < 0 or tokens[before].tag[:1] in _BEFORE_BARE_JAPANESE_SURNAME_TAGS
                        ):
                            result.append(
                                _Candidate(start, token.start, "Person", "surname-title", key="~" + token.text)
                            )
                        break
                    result.append(_Candidate(start, token.start, "Person", "person-title"))
                    break
        return result

    def _unknown_japanese_name_after(self, tokens: list[Token], index: int) -> str | None:
        """The name of four characters right after the title ``tokens[index]``: one word
        jieba does not know (or that word and a speech verb it glued on: 河添克彦说),
        ending in a character Japanese given names end in (彦, 郎, 夫, 子), before a verb,
        a preposition or punctuation."""
        if index + 1 >= len(tokens):
            return None
        word = tokens[index + 1]
        name = word.text
        glued = len(name) == 5 and name[-1] in _GLUED_AFTER_JAPANESE_NAME
        if word.tag != "new" or not (len(name) == 4 or glued) or not _ALL_CJK.match(name):
            return None
        name = name[:4]
        after = tokens[index + 2] if index + 2 < len(tokens) else None
        if name[-1] not in _JAPANESE_GIVEN_NAME_ENDINGS or self.tokenizer.FREQ.get(name[:2], 0) > _COMMON_WORD:
            return None  # (主任|王晓红子: a word of its own begins no such name)
        if glued or after is None or after.tag[:1] in ("v", "p", "x", "d", "c"):
            return name
        return None

    def _japanese_names_before_verbs(self, text: str, tokens: list[Token]) -> list[_Candidate]:
        """高野|正树|说, 山本|俊介|表示: a common Japanese surname and a given name of one to
        three characters, which jieba cuts anywhere, ending on a word boundary before a
        speech verb or another verb, an adverb or a preposition: the name of someone
        acting, with no title beside it; or the surname alone before 先生, 女士 (山本|先生)."""
        result = []
        surnames = self.gazetteer.japanese_surnames
        first_chars = self._japanese_first_chars
        for index, token in enumerate(tokens):
            if token.text[0] not in first_chars:
                continue
            if token.tag == "q" and index > 0 and tokens[index - 1].tag == "m":
                continue  # 27|名|和|地方: a count's measure word, no 名和 (a surname)
            if text[token.start : token.start + 3] in surnames:
                surname = 3
            elif text[token.start : token.start + 2] in surnames:
                surname = 2
            else:
                continue
            if text[token.start : token.start + surname] in self.gazetteer.by_name:
                continue  # 本田|宣布, 松下|在: a company or place of that name
            if (
                surname == len(token.text)
                and index + 1 < len(tokens)
                and tokens[index + 1].text in _COURTESY_TITLES
                # 刘|小岛|女士: the end of a Chinese name after its surname
                and not (index > 0 and tokens[index - 1].text in self._bare_surnames)
            ):
                # 山本|先生, 中岛|先生: the surname alone before a courtesy title, which
                # jieba may tag a place (山本/ns)
                result.append(_Candidate(token.start, token.end, "Person", "person-japanese"))
                continue
            for last in range(index, min(index + 3, len(tokens) - 1)):
                end = tokens[last].end
                given = text[token.start + surname : end]
                if not given:
                    continue
                if given in _GOVERNMENTS_OF_LEADERS:
                    # 桥本|内阁: the prime minister's cabinet, called by his surname
                    result.append(_Candidate(token.start, token.start + surname, "Person", "person-japanese"))
                    break
                if (
                    len(given) > 3
                    or not _ALL_CJK.match(given)
                    or tokens[last].tag[:1] in ("v", "d", "p")  # 铃木|表示: a verb, no given name
                    # 稻田|里|穿梭: a word of position after a noun, no given name
                    or (last == index + 1 and tokens[last].tag == "f")
                    or any(ch in _NAME_STOPPERS for ch in given)
                    or not self._is_given_name(given, _RARE_GIVEN_NAME_COUNT)  # 中村|饭店
                    or given in self.gazetteer.titles  # 河野|外相: the surname and a title
                ):
                    break
                if len(given) == 3 and given[-1] not in "郎子":
                    continue  # 木村|健四郎, 土井|多贺子; not 上山|时最累
                name = text[token.start : end]
                if name in self.gazetteer.by_name or not self._may_end_name(name):
                    break
                following = tokens[last + 1]
                if following.text in _SPEECH_VERBS or following.tag in ("v", "p", "d"):
                    if len(given) == 1 and following.text == "也" and given in _BEFORE_YA:
                        end += 1  # 冈田|克|也|表示: a given name ending in 也 (克也, 悦也)
                    result.append(_Candidate(token.start, end, "Person", "person-japanese"))
                    break
        return result

    def _people_after_cut_titles(self, text: str, tokens: list[Token]) -> list[_Candidate]:
        """主|任何|立峰, 市|长江|海涛, 区|长安|志勇: a title whose last character jieba
        joined to the surname after it, into a word of its own (任何, 长江, 长安). The
        name is read from the text, and kept only where it ends on a word boundary
        before a verb or punctuation, as after any title (not in 主任|何时|到场,
        全市|长江|沿线)."""
        result = []
        titles = self.gazetteer.titles
        prefixes = self._title_prefixes
        # only the words that begin a title, and those that end in a level (深圳市)
        ends = _LEVELS_BEFORE_HEADS | _BODIES_BEFORE_HEADS
        for index in self._positions(tokens, words=prefixes, last_chars=ends):
            token = tokens[index]
            title_start = token.start
            if token.text not in prefixes or token.tag == "x":
                kind = self._gazetteer_type(token) if token.tag == "gaz" and len(token.text) >= 3 else None
                if not (
                    (kind == "Place" and token.text[-1] in _LEVELS_BEFORE_HEADS)
                    or (kind == "Organization" and token.text[-1] in _BODIES_BEFORE_HEADS)
                ):
                    continue  # the title must go on into the next word
                # 深圳市|长于|幼军, 国家统计局|长宁|吉喆: the city's 市 or the bureau's 局
                # begins its head's title, jieba having joined the title's 长 to the
                # surname after it
                title_start = token.end - 1
            # the titles that may begin here, longest first: those that begin as the text does
            for length in self._lengths_of_titles_before_names.get(text[title_start : title_start + 2], ()):
                if length > len(text) - title_start - 2:
                    continue
                end = title_start + length
                title = text[title_start:end]
                if titles.get(title) not in ("before", "both"):
                    continue
                inside = bisect_right(tokens, end - 1, key=attrgetter("start")) - 1
                # (外交部|长官|赵显: the word jieba made there is a title of its own, 长官)
                if tokens[inside].start < end < tokens[inside].end and tokens[inside].text not in titles:
                    name = self._name_at(text, end, tokens, inside)
                    if name and self._river_after_a_citys_level(text, tokens[inside], end, name):
                        name = None  # 武汉市|长江|边, 万州区|长江|干流: the river, no mayor 江边
                    if name:
                        result.append(_Candidate(end, end + len(name), "Person", "person-cut-title"))
                        if (
                            title_start > token.start
                            and kind == "Place"
                            and (place := self.gazetteer.lookup(token.text[:-1]))
                        ):
                            # the city without the 市 its mayor's title took (深圳)
                            result.append(self._entry_candidate(token.start, title_start, place))
                break
        return result

    def _river_after_a_citys_level(self, text: str, joined: Token, end: int, name: str) -> bool:
        """Whether the word jieba joined a title's last character into is a place the
        gazetteer knows (长江, 长安) and what the name would be made of reads as an
        ordinary word instead: the name itself (江边, 江段) or the part after that word
        (干流 of 江干流); not a given name (市|长江|海涛: 海涛 is one to jieba)."""
        if len(joined.text) < 2 or (
            self._gazetteer_type(joined) != "Place" and self.gazetteer.lookup(joined.text) is None
        ):
            return False
        given = text[joined.end : end + len(name)]
        return self._is_ordinary_word(name) or (len(given) >= 2 and self._is_ordinary_word(given))

    def _is_name_word(self, token: Token) -> bool:
        """Whether a word jieba tags as a name (or does not know) reads as a personal
        name: a Chinese name or one written in the transliteration alphabet, and no
        known place or organization."""
        word = token.text
        return (
            token.tag in ("nr", "nrt", "nrfg", "new", "ns", "nz")
            and 2 <= len(word) <= 8
            and _ALL_CJK.match(word) is not None
            and word not in self.gazetteer.by_name
            and word not in self.gazetteer.not_entities
            and _UNNAMED not in word  # 张某: an anonymised person is left out
            and (
                self._looks_like_chinese_name(word)
                or self._looks_transliterated(word)
                or token.tag in ("nr", "nrt", "nrfg")
            )
        )

    def _is_title(self, word: str) -> bool:
        """Whether ``word`` is a known title or ends with one (财政部长); asked of most
        words by several rules, so the answers are kept."""
        answer = self._title_words.get(word)
        if answer is None:
            answer = word in self.gazetteer.titles or (
                self._title_position(word) is not None
                # 撒切尔夫人: a person the gazetteer knows by a name that ends like a title
                and not ((entry := self.gazetteer.lookup(word)) is not None and entry.type == "Person")
            )
            self._title_words[word] = answer
            _bound(self._title_words)
        return answer

    def _title_position(self, word: str) -> str | None:
        """Compound titles such as 财政部长 or 市委书记 end with a known title."""
        if word[-1:] not in self._title_last_chars:
            return None
        for length in range(min(len(word) - 1, 4), 1, -1):
            position = self.gazetteer.titles.get(word[-length:])
            if position:
                return position
        return None

    def _title_completed_by(self, tokens: list[Token], index: int) -> bool:
        """Whether the first character of ``tokens[index]`` completes a title or a word
        for what someone is with the one or two words before it (首席|风险 + 官, 实际|
        控制 + 人, 法定代表 + 人)."""
        ending = tokens[index].text[0]
        before = tokens[index - 1].text
        candidates = [before + ending]
        if index >= 2:
            candidates.append(tokens[index - 2].text + before + ending)
        return any(len(word) >= 3 and (word in _PEOPLE_WORDS or word in self.gazetteer.titles) for word in candidates)

    def _further_appointees(self, text: str, tokens: list[Token], index: int, marker: str) -> list[_Candidate]:
        """任命张伟为市长，刘洋为副市长; 免去王刚的…职务；黎明的…职务: the people named after
        the first in the same sentence, each after a comma or semicolon and before the
        same 为 or 的, take the same verb."""
        if marker not in ("为", "的"):
            return []
        result = []
        for position in range(index, len(tokens) - 1):
            mark = tokens[position].text
            if mark in ("。", "！", "？", "!", "?"):
                break
            if mark not in ("，", "；", ",", ";"):
                continue
            following = position + 1
            while following + 1 < len(tokens) and not tokens[following].text.strip():
                following += 1  # …职务；⏎黄海的…: the list's next line
            start = tokens[following].start
            name = self._name_at(text, start, tokens, following)
            rule = "person-title"
            if (name is None or text[start + len(name) : start + len(name) + 1] != marker) and (
                glued := self._name_glued_to_wei(text, start, tokens)
                if marker == "为"
                else self._name_removed_from_post(text, start)
            ) is not None:
                name, rule = glued, "person-appointed"
            elif marker == "的" and name and self._name_removed_from_post(text, start) == name:
                rule = "person-appointed"
            if (
                name
                and text[start + len(name) : start + len(name) + 1] == marker
                and (not self._is_ordinary_word(name) or (rule == "person-appointed" and marker == "的"))
            ):
                result.append(_Candidate(start, start + len(name), "Person", rule))
        return result

    def _name_removed_from_post(self, text: str, start: int) -> str | None:
        """免去|黄海|的…厅长职务, 免去|吴|以|环|的…局长职务: after 免去 (or the next item of
        its list), a surname and one or two characters before 的 and a post that the clause
        ends with 职务 name the person removed, whatever word (黄海, a sea) or cut jieba read."""
        match = _REMOVED_FROM_POST.match(text, start)
        if match is None or match["name"][0] not in self.gazetteer.surnames:
            return None
        return match["name"]

    def _name_glued_to_wei(self, text: str, start: int, tokens: list[Token]) -> str | None:
        """任命|殷|勇为, 聘任|刘肖为: after an appointing verb, a surname and a given name
        of one or two common given-name characters that jieba's HMM or dictionary joined
        to the 为 before the office."""
        ends = {t.end for t in tokens}
        for length in (3, 2):
            name = text[start : start + length]
            if (
                len(name) == length
                and text[start + length : start + length + 1] == "为"
                and start + length + 1 in ends
                and start + length not in ends
                and name[0] in self.gazetteer.surnames
                and _ALL_CJK.match(name)
                and not any(ch in _NAME_STOPPERS for ch in name[1:])
                # (the verb and 为 vouch for a name: 胡衡华为, 衡 less common)
                and self._is_given_name(name[1:], _GIVEN_NAME_COUNT // 5)
            ):
                return name
        return None

    def _name_pairs_after_titles(self, text: str, tokens: list[Token]) -> list[_Candidate]:
        """创始人|宿华和程|一笑, 创始人|张旭|豪和康|嘉: two names joined by 和, 与 or 及
        after a title, which the HMM cuts across the conjunction. Read from the text:
        a surname and one or two characters, the conjunction, a surname and one or two
        characters, ending on a word boundary before a verb or punctuation; each given
        name of characters common in given names."""
        surnames = self.gazetteer.surnames
        titles = self.gazetteer.titles
        # only where a conjunction stands before a surname is a pair tried (a look-up
        # per conjunction, not per word)
        middles = [m.start() for m in _NAME_CONJUNCTION.finditer(text) if text[m.end() : m.end() + 1] in surnames]
        if not middles:
            return []
        # the words at the few offsets tried are found by bisection, not by filing all
        # the words of a long text by their offsets
        result = []
        for middle in middles:
            for first_length in (2, 3):
                start = middle - first_length
                if start < 0 or text[start] not in surnames:
                    continue  # (与崔: no room for a name before the conjunction)
                title = _index_of_word_ending_at(tokens, start)
                if title is None or titles.get(tokens[title].text) not in ("before", "both"):
                    continue
                for second_length in (3, 2):
                    end = middle + 1 + second_length
                    after = _index_of_word_starting_at(tokens, end)
                    following = tokens[after] if after is not None else None
                    first, second = text[start:middle], text[middle + 1 : end]
                    if (
                        following is not None
                        and (following.tag[:1] in ("v", "d", "x", "p") or following.text in _SPEECH_VERBS)
                        and _ALL_CJK.match(first + second)
                        and self._is_given_name(first[1:])
                        and self._is_given_name(second[1:])
                        and not self._is_ordinary_word(first)
                        and not self._is_ordinary_word(second)
                    ):
                        result.append(_Candidate(start, middle, "Person", "person-title"))
                        result.append(_Candidate(middle + 1, end, "Person", "person-title"))
                        break
                else:
                    continue
                break
        return result

    def _name_at(self, text: str, start: int, tokens: list[Token], index: int) -> str | None:
        """A two- or three-character Chinese name (three or four with a compound
        surname) starting at ``start`` that ends on a word boundary followed by a verb,
        punctuation or the end of a clause."""
        # 司马|晓燕, 上官云|飞: a compound surname and a given name of one or two characters.
        compound = text[start : start + 2] in self.gazetteer.compound_surnames
        if start >= len(text) or not (compound or text[start] in self.gazetteer.surnames):
            return None
        if text.startswith(_IN_OFFICE, start):
            return None  # 县委书记|任上, 局长|任期内: in office, no one named 任
        boundary_after = {t.start: t for t in tokens[index : index + 5]}
        if (
            (first := boundary_after.get(start)) is not None
            and first.tag == "t"
            and len(first.text) >= 2
            and ((after := boundary_after.get(first.end)) is None or after.tag[:1] in _FUNCTION_OR_VERB_TAGS)
        ):
            return None  # 市长|明年|再来: a word of time, no name (but 教授|周一|星|认为)
        if (
            text[start] in _PREPOSITIONS_BEFORE_NAMES
            and (word := boundary_after.get(start)) is not None
            and word.tag == "p"
            and (name := boundary_after.get(start + 1)) is not None
            and name.tag in ("nr", "nrfg", "new")
            and len(name.text) >= 2
        ):
            return None  # 大使|向|李明|介绍: the preposition jieba cut off, then the name
        if (
            (word := boundary_after.get(start)) is not None
            and word.tag == "p"
            and (verb := boundary_after.get(word.end)) is not None
            and verb.tag == "v"
        ):
            return None  # 上将|向|来访|的: a preposition and a verb, no name
        if (
            (word := boundary_after.get(start)) is not None
            and word.tag == "c"
            and (known := boundary_after.get(word.end)) is not None
            and self._gazetteer_type(known) == "Person"
        ):
            return None  # 院士|和|王选|院士: a conjunction, then a person the gazetteer knows
        for length in (4, 3) if compound else (3, 2):
            candidate = text[start : start + length]
            if len(candidate) < length or not _ALL_CJK.match(candidate):
                continue
            if (
                not (self._may_end_name(candidate) or self._given_name_ending_in_ren(candidate))
                or _UNNAMED in candidate
            ):
                continue  # 张某: an anonymised person is left out, as everywhere
            if length == 3 and candidate[-1] == "任" and text[start + 3 : start + 4] not in _TERMINAL + "，、,":
                continue  # 主任|鲁炜|任|领导小组办公室主任: the verb of taking an office after the name
            if length == 3 and candidate[-1] == "等" and not self._is_given_name(candidate[1:]):
                # 主任|陈晓等|出席: "and others" after a name, which the HMM glued to it
                return candidate[:2] if self._is_given_name(candidate[1]) else None
            given = boundary_after.get(start + 1)
            conjunction = boundary_after.get(start + 2)
            # 院长|包信|和|表示: a given name that ends in a conjunction's character
            ends_in_conjunction = (
                not compound
                and length == 3
                and candidate[1] not in _NAME_STOPPERS
                and conjunction is not None
                and conjunction.end == start + 3
                and self._conjunction_ends_name(text, tokens, tokens.index(conjunction, index), punctuation=True)
            )
            if ends_in_conjunction:
                return candidate
            whole = boundary_after.get(start)
            if (
                any(ch in _NAME_STOPPERS for ch in candidate[1:])
                and not (
                    (given is not None and given.end == start + length and given.tag in ("nr", "nrfg"))
                    # 代表|马和励|说, 副主任|田向利|、|何延政: the HMM made the whole name one
                    # new word, before a speech verb or the next name of a list
                    or (
                        whole is not None
                        and whole.end == start + length
                        and whole.tag == "new"
                        and length == 3
                        and (after := boundary_after.get(start + length)) is not None
                        # (书记|高向荣|讲话: a verb jieba tags as a noun, after a name that
                        # ends in no function word: not 专家|鲍尔为|领队)
                        and (
                            after.text in _SPEECH_VERBS
                            # (副书记|田向利|出席会议: a verb glued to its object, an idiom to jieba)
                            or (after.tag == "l" and after.text[:2] in _SPEECH_VERBS)
                            or after.text == "、"
                            or (after.text in _VERBS_TAGGED_AS_NOUNS and candidate[-1] not in _NAME_STOPPERS)
                            # 主任|冉承其|在…介绍: 其 or 才 ending a given name, before 在
                            or (after.text == "在" and candidate[-1] in _GIVEN_NAME_FUNCTION_WORDS)
                        )
                    )
                    # 董事长|郭为|在, 市长|杨为|说: jieba's HMM joined the surname and the
                    # one-character given name into one new word; 战士|李向|群|在: the surname
                    # and the first character of the given name
                    or (
                        whole is not None
                        and whole.end == start + 2
                        and whole.tag == "new"
                        and candidate[2:3] not in _NAME_STOPPERS  # 肖辉|的: the name ends before 的
                    )
                    # 主任|张和民称: the HMM glued 称 or 说 to the whole name
                    or (
                        length == 3
                        and whole is not None
                        and whole.tag == "new"
                        and whole.end == start + 4
                        and text[start + 3] in "称说"
                        and candidate[2] not in _NAME_STOPPERS
                    )
                    # 局长|宋|尚有|介绍: a surname jieba reads as one (nr), then a given name
                    # it reads as a verb, right before a speech verb (宋 "still has" says nothing)
                    or (
                        length == 3
                        and whole is not None
                        and whole.end == start + 1
                        and whole.tag == "nr"
                        and given is not None
                        and given.end == start + 3
                        and given.tag[:1] == "v"
                        and (after := boundary_after.get(start + 3)) is not None
                        and after.text in _SPEECH_VERBS
                    )
                    # 研究员|马|大为|课题组: the team named after the person follows
                    or (
                        (team := boundary_after.get(start + length)) is not None
                        and team.text in _TEAM_WORDS
                        and given is not None
                        and given.end == start + length
                    )
                    # 院长|刘有成|介绍, 副校长|张|为民|出席: a given name whose first
                    # character is a function word common in given names, which jieba's
                    # HMM joined to the surname or its dictionary knows with the second
                    # (not 以为, 其中: frequent words of their own)
                    or (
                        length == 3
                        and candidate[1] in _GIVEN_NAME_FUNCTION_CHARACTERS
                        and candidate[2] not in _NAME_STOPPERS
                        and (
                            (whole is not None and whole.end == start + 3 and whole.tag == "new")
                            or (
                                given is not None
                                and given.end == start + 3
                                and self.tokenizer.FREQ.get(given.text, 0) <= _COMMON_WORD
                            )
                        )
                    )
                    # 副局长|陈|于|柱|出席: three words of one character, the last common in
                    # given names, before a verb
                    or (
                        length == 3
                        and candidate[1] in _GIVEN_NAME_FUNCTION_CHARACTERS | {"于"}
                        and whole is not None
                        and whole.end == start + 1
                        and given is not None
                        and given.end == start + 2
                        and (last := boundary_after.get(start + 2)) is not None
                        and last.end == start + 3
                        and self._is_given_name(candidate[2])
                        and (after := boundary_after.get(start + 3)) is not None
                        and after.tag[:1] == "v"
                    )
                )
            ):
                continue  # 局长王|向|大会报告; but 徐|向东, a given name jieba's dictionary knows
            if length == 3 and _appointment_verb_in(candidate, text[start + length : start + length + 2]):
                continue  # 王伟现|任: the name stops before the verb
            if length == 3 and _delivers_after(text, start + 2):
                continue  # 局长王伟作|了|讲话: the name stops before 作 of 作讲话
            if (
                length == 3
                and whole is not None
                and whole.end == start + 2
                and whole.tag in ("new", "nr", "nrfg")
                and (last := boundary_after.get(start + 2)) is not None
                and last.end == start + 3
                and last.tag == "d"
                and last.text in _ADVERBS_AFTER_NAME  # not 蒋荣|猛, a given name's character
                # (校长|李术|才|表示: 才 ends a given name before a verb of saying, as it
                # seldom qualifies one)
                and not (
                    last.text == "才"
                    and (said := boundary_after.get(start + 3)) is not None
                    and said.text in SAYING_VERBS
                )
                # (总理|范明|正|和|…: no verb after it, so no adverb but the name's end)
                and not ((after := boundary_after.get(start + 3)) is not None and after.tag in ("c", "x"))
            ):
                continue  # 研究员|高福|曾|担任: an adverb after a two-character name
            if given is not None and given.text in _SPEECH_VERBS:
                continue  # 主席|时|表示: a surname's character and a speech verb
            if length == 3 and candidate[2] == "时" and start + 2 in boundary_after:
                continue  # 主席|巴赫|时|表示: "when meeting", no name's end
            if (
                self._is_ordinary_word(candidate)
                and self._tags.get(candidate, "")[:1] in _FUNCTION_TAGS | {"v"}
                # 主席|连战|抵达: a rare verb, then a verb, is a name (not 州长|宣布)
                and not (
                    self._tags.get(candidate, "")[:1] == "v"
                    and self.tokenizer.FREQ.get(candidate, 0) <= _RARE_WORD
                    and (after := boundary_after.get(start + length)) is not None
                    and after.tag[:1] == "v"
                )
            ):
                continue  # 局长|何时|到场, 州长|宣布: a function word or a verb, not a name
            if whole is not None and whole.end > start + 1 and (whole.tag[:1] in _FUNCTION_TAGS or whole.tag == "ad"):
                continue  # 记者|由衷|地, 外长|公开|指责, 总理|曾多次: an adverb, not a surname
            if (
                length == 2
                and whole is not None
                and whole.end == start + 2
                and whole.tag == "n"
                and self.tokenizer.FREQ.get(candidate, 0) > _COMMON_WORD
            ):
                continue  # 院士|代表|参加: a frequent noun after a title, no name
            if (
                whole is not None
                and whole.end == start + 2
                and whole.tag in ("a", "an", "b")
                and self.tokenizer.FREQ.get(whole.text, 0) > _COMMON_WORD
            ):
                continue  # 记者|连续|报道, 记者|高兴|地|说: a frequent adjective, no name
            if (
                whole is not None
                and whole.end == start + 1
                and whole.tag == "d"
                and given is not None
                and given.tag[:1] in _NO_GIVEN_NAME_TAGS
                and self.tokenizer.FREQ.get(given.text, 0) > _COMMON_WORD
            ):
                continue  # 县长|都|要|面对: an adverb and a verb, not a surname and a given name
            following = boundary_after.get(start + length)
            if following is None:
                if self._verb_glued_after(text, start + length, tokens[index : index + 5]):
                    return candidate  # 周|明说, 欧阳明|高作|报告: the HMM glued the name's end to a verb
                if (
                    length == 3
                    and (cut := boundary_after.get(start + 2)) is not None
                    and len(cut.text) == 2
                    and (rest := boundary_after.get(cut.end)) is not None
                    and len(rest.text) == 1
                    and cut.text[1] + rest.text in _TEAM_WORDS
                ):
                    return candidate  # 教授|胡桂|兵团|队: jieba cut through 团队 (team) after the name
                continue
            if compound and any(ch in _NAME_STOPPERS or ch in _SPEECH_VERBS for ch in candidate[2:]):
                continue  # 欧阳明|在, 司马光|说: the name ends before the word
            if (
                compound  # a compound surname is evidence enough for any word boundary
                or following.tag == "x"
                or following.text in _SPEECH_VERBS
                or following.tag in ("v", "vd", "p", "c", "u", "uj", "d", "t")
                # 副局长马长鸿|迅速: an adverbial adjective opens what the person does (but
                # 代表|向社会|公开: a preposition and a noun)
                or (following.tag == "ad" and not self._is_ordinary_word(candidate[1:]))
                # 副市长|孙|旭东|到会作|说明: a verb of going the HMM glued into a word after the name
                # (not 艺术家|曾|先后|赴津: an adverb, then an adverb of time)
                or (
                    following.tag == "new"
                    and following.text[0] in _VERBS_OF_GOING_GLUED
                    and not self._is_ordinary_word(candidate[1:])
                    and (whole is None or whole.tag[:1] not in _FUNCTION_TAGS)
                )
                # 副局长盛来运|3日|介绍: a date after the name
                or (following.tag == "m" and _DATE_AFTER_NAME.match(text, start + length) is not None)
                # 校长|巴德|年|院士, 省长|方志|纯|同志, 主席|郑明|如|一行: a title or form of
                # address written after a name, or 一行 (and party)
                or self.gazetteer.titles.get(following.text) in ("after", "both")
                or following.text == "一行"
                # 原副市长|姜|人杰|受贿案: the case named after the person
                or (len(following.text) >= 2 and following.text.endswith("案") and following.tag[:1] == "n")
                or following.text in _RANKS  # 司令员|杨怀庆|上将: an officer's rank after the name
                # 何文华|主持会议: a speech verb jieba joined to its object
                or any(following.text.startswith(verb) for verb in _SPEECH_VERBS if len(verb) >= 2)
                # 区长|叶|建华|带队: jieba cut the surname from a given name it reads as a name
                or (given is not None and given.end == start + length and given.tag in ("nr", "nrfg", "nz"))
                # 研究员|马|大为|课题组, 院长|于波|团队: the team the person leads
                or following.text in _TEAM_WORDS
                # 书记|于洪|波|带队, 被告人|李俊|明|利用: a verb jieba tags as a noun, or
                # an idiom it begins (副主席|夏|立言|率团参加)
                or following.text in _VERBS_TAGGED_AS_NOUNS
                or (following.tag == "l" and following.text[:2] in _VERBS_TAGGED_AS_NOUNS)
                # 研究员|王|卫民|分析|说: a verbal noun, then a speech verb; 市长|盛阅|春|
                # 调研|时: a verbal noun and 时, what the person was doing; 理事长|李俊|峰|
                # 评价|说: a verb jieba tags a noun, then a speech verb
                or (
                    following.tag in ("vn", "n")
                    and (said := boundary_after.get(following.end)) is not None
                    and (said.text in _SPEECH_VERBS or (said.text == "时" and following.tag == "vn"))
                )
                # 原副主席张|太原|严重|违纪|违法, 原副市长黄海|涛|违规: what a discipline
                # report says the person did
                or following.text in _MISCONDUCT_WORDS
                # 副厅长|胡|新民|现场|观摩: how or where the person acts, then the verb
                or (
                    following.text in _MANNER_NOUNS
                    and (acting := boundary_after.get(following.end)) is not None
                    and acting.tag[:1] == "v"
                )
            ):
                if candidate[1:] in self.gazetteer.titles:
                    continue
                return candidate
        return None

    def _conjunction_ends_name(self, text: str, tokens: list[Token], index: int, *, punctuation: bool = False) -> bool:
        """Whether the conjunction's character at ``tokens[index]`` (和, 与, 及) ends the
        name before it (包信和) rather than joining it to another: a speech verb
        (包信和|表示), a title after names with no name after it (包信和|院士|出席) or,
        if ``punctuation`` (after a title), the end of a clause or the preposition 在
        follows, where a joined name or organization would (王伟|和|副校长|李强, 张红|与|市民)."""
        if tokens[index].text not in _NAME_CONJUNCTIONS or index + 1 >= len(tokens):
            return False
        following = tokens[index + 1]
        if following.text == "、" or (punctuation and following.text in "，。；！？,;!?"):
            return True  # 罗富和、张梅颖: no conjunction comes before a list's comma
        if punctuation and following.text in ("在", "为", "向", "从") and following.tag == "p":
            # 总经理|周清|和|在|长沙|介绍, 院士|包信|和|为|毕业生|颁发: 和 joins no noun to a preposition
            return True
        if following.text in _SPEECH_VERBS:
            return True
        if following.text == "代表" and index + 2 < len(tokens) and tokens[index + 2].text in _REPRESENTED_SIDES:
            return True  # 校长|包信|和|代表|双方|签约: on behalf of both sides (not 王伟|和|代表|们)
        if tokens[index].text != "和":
            # 市长|张工|与|市委常委、常务副市长刘桂平: 与 or 及 before a title joins the next
            # person named (given names end in 和, 包信和, hardly in 与)
            return False
        titles = self.gazetteer.titles
        if not self._is_title(following.text) or titles.get(following.text, "both") == "before":
            return False
        after = tokens[index + 2] if index + 2 < len(tokens) else None
        if after is None:
            return True
        # 包信和|院士|出席会议: a verb or the clause's end after the title, not 王伟|和|教授|团队
        # nor a name (王伟|和|教授|李强)
        verbal = after.tag[:1] in ("v", "d", "p", "x") or (
            after.tag == "l" and self._tags.get(after.text[:2], "").startswith("v")
        )
        return verbal and self._name_at(text, after.start, tokens, index + 2) is None

    def _verb_glued_after(self, text: str, position: int, tokens: list[Token]) -> bool:
        """Whether the word holding ``position`` starts one character before it and the
        rest of it is a speech verb (明|说 in 周明说) or, in a word jieba does not know, a
        one-character verb (高|作 in 欧阳明高作报告): the name ends at ``position`` though
        no word does (not in 李强|提出, where a verb begins after the name)."""
        for token in tokens:
            if token.start == position - 1 and token.end == position + 1:
                rest = text[position]
                # 何桂|立等|出席: the word that ends a list (等) glued to the name's end
                return (
                    rest in _SPEECH_VERBS
                    or rest == "等"
                    or (token.tag == "new" and self._tags.get(rest, "") == "v" and rest not in _NAME_STOPPERS)
                    # 总经理|刘纪|原向|记者, 教授|阮仪|三为|保护: the name's end glued to a
                    # preposition after it
                    or (token.tag == "new" and rest in _PREPOSITIONS_AFTER_NAME)
                    # 司长|谢|存在|会上|介绍: the name's end glued to 在, which begins the occasion
                    or (rest == "在" and _WHERE_AFTER_ZAI.match(text, position + 1) is not None)
                    # 院长|孙德|胜率|团|访问: the name's end glued to 率 of 率团 (leads a delegation)
                    or text[position : position + 2] in _VERBS_TAGGED_AS_NOUNS
                )
            if token.start < position - 1 and token.end == position + 1 and token.tag == "new":
                # 副区长|马晓红到|社区: the HMM glued a name it does not know to a one-character
                # verb or preposition after it; 院长|陈潭作|了|报告: 作 of 作报告.
                # 主任|张和民称: a one-character speech verb glued on
                return (
                    text[position] in _GLUED_AFTER_NAME
                    or text[position] in _SPEECH_VERBS
                    or _delivers_after(text, position)
                )
        return False

    def _latin_names(self, text: str, tokens: list[Token], typed: dict[int, list[_Candidate]]) -> list[_Candidate]:
        """Capitalised Latin names typed by what they end with or by context:
        Data Futures Forum (organization), Bill English (person after a title)."""
        result = []
        for match in _LATIN_NAME.finditer(text):
            start, end = match.span(1)
            words = match.group(1).replace("-", " ").split()
            if any(c.start == start and c.end == end for c in typed.get(start, ())):
                continue
            if words[-1] in _LATIN_ORG_WORDS and len(words) >= 2:
                # Apple Daily, The Straits Times: a paper, whatever its first word names
                subtype = "MediaOutlet" if words[-1] in _LATIN_OUTLET_WORDS else None
                result.append(_Candidate(start, end, "Organization", "latin-name", subtype=subtype))
            elif words[-1] in _LATIN_DOC_WORDS and len(words) >= 2:
                result.append(_Candidate(start, end, "Document", "latin-name", subtype="Report"))
            elif 2 <= len(words) <= 3 and all(w[0].isupper() and w[1:].islower() for w in words):
                before = text[max(0, start - 8) : start].rstrip()
                after = text[end : end + 4].lstrip()
                title_before = any(before.endswith(t) for t in self.gazetteer.titles if len(t) >= 2)
                speech_after = any(after.startswith(v) for v in _SPEECH_VERBS)
                if title_before or speech_after or self._pinyin_name(text, start, end, words):
                    result.append(_Candidate(start, end, "Person", "latin-name"))
        if "(" in text:
            # BEIJING, Dec. 2 (Xinhua) --: the place of an English dateline, in capitals
            for match in _ENGLISH_DATELINE.finditer(text):
                entry = self.gazetteer.lookup(match["place"].title())
                if entry is not None and entry.type == "Place":
                    result.append(self._entry_candidate(match.start("place"), match.end("place"), entry))
        return result

    def _pinyin_name(self, text: str, start: int, end: int, words: list[str]) -> bool:
        """Whether two capitalised words are a Chinese name written in English (Liu
        Liehong, Wang Yi): a surname's pinyin and a given name of one or two pinyin
        syllables, inside a sentence (after a lower-case word or a title: met with Wang
        Yi, Premier Li Qiang) or opening one before a comma or 说-like verb (Liu Liehong,
        head of …); not in a headline's capitalised words (You Can Now …)."""
        if len(words) != 2 or words[0] not in self.gazetteer.surname_pinyin:
            return False
        if not _splits_into_syllables(words[1].lower(), self.gazetteer.pinyin_syllables, 2):
            return False
        following = _NEXT_LATIN_WORD.match(text, end)
        if following is not None and following.group(1)[0].isupper():
            return False
        previous = _LAST_LATIN_WORD.search(text, max(0, start - 24), start)
        if previous is not None:
            word = previous.group(1)
            return word[0].islower() or word in _ENGLISH_TITLES
        return _OPENING_NAME_ENDS.match(text, end) is not None

    def _without_surnames_of_the_unnamed(self, text: str, candidates: list[_Candidate]) -> list[_Candidate]:
        """以罗某某为首, 英某: the surname of an anonymised person (and the preposition
        before it) is no country's one-character abbreviation."""

        def of_the_unnamed(c: _Candidate) -> bool:
            after = text[c.end : c.end + 2]
            return after[:1] == _UNNAMED or (after[1:] == _UNNAMED and after[0] != "方")

        return [c for c in candidates if not (c.rule == "place-abbreviation" and of_the_unnamed(c))]

    def _place_abbreviations(self, tokens: list[Token]) -> list[_Candidate]:
        """中美, 中日韩, 港澳台: two or three one-character place abbreviations together
        name that many places, one character each. Alone (沪, 华) they are not tagged.
        Only the words that begin with a place's character or end in 方 are looked at."""
        result = []
        after_last_run = 0  # the first token after the last run of places' characters
        for index in self._positions(tokens, first_chars=self._place_characters, last_chars="方"):
            if index < after_last_run:
                continue
            token = tokens[index]
            word = token.text
            first = index
            if (
                token.tag == "new"
                and len(word) >= 3
                and word[-1] == "方"
                and word[-2] in _PLACE_ABBREVIATIONS
                and word[-2] not in _COMPASS_POINTS
                and all(ch in _GLUED_BEFORE_SIDE for ch in word[:-2])
            ):
                # 已向|菲方, 愿同|哈方: the HMM glued the words before a country's side to it
                result.append(_Candidate(token.end - 2, token.end - 1, "Place", "place-abbreviation"))
                continue
            if (
                word[0] not in _PLACE_ABBREVIATIONS
                and word[0] not in _PROVINCE_ABBREVIATIONS
                and word[0] not in self.gazetteer.place_abbreviations  # 坦中|友谊
            ):
                continue
            if (
                3 <= len(word) <= 5
                and word[1:] in _TITLES_OF_A_COUNTRY
                and word[0] in _PLACE_ABBREVIATIONS
                and word[0] not in self._bare_surnames  # 马总统, 韩总统: a surname as often
            ):
                # 俄外长, 英首相, 俄总统: jieba's word of a country's character and its
                # leader's or minister's title
                result.append(_Candidate(token.start, token.start + 1, "Place", "place-abbreviation"))
                continue
            if (
                len(word) == 1
                and word in _PLACE_ABBREVIATIONS
                and token.tag in ("ns", "j")
                and word not in self._bare_surnames
                and index + 1 < len(tokens)
                and tokens[index + 1].text in _TITLES_OF_A_COUNTRY
            ):
                # 菲|外长, 泰|副总理: the country's character, a word of its own to jieba,
                # before its leader's or minister's title
                result.append(_Candidate(token.start, token.end, "Place", "place-abbreviation"))
                continue
            if token.tag == "new" and _is_side_glued_to_next(word):
                # 欧方|愿, 阿方|愿同: the HMM glued the word after a country's side to it
                result.append(_Candidate(token.start, token.start + 1, "Place", "place-abbreviation"))
                continue
            if (
                len(word) == 2
                and word[1] == "方"
                and word[0] in _PLACE_ABBREVIATIONS
                and word[0] not in _COMPASS_POINTS
                and word not in _NO_SIDES
            ):
                # 中方, 美方, 俄方: "the Chinese side", the country by its abbreviation
                result.append(_Candidate(token.start, token.start + 1, "Place", "place-abbreviation"))
                continue
            if word.startswith("中外"):
                # 中外|记者, 中外合资: China and other countries, 中 standing for China
                result.append(_Candidate(token.start, token.start + 1, "Place", "place-abbreviation"))
                continue
            if len(word) >= 2 and word[1] not in self._place_characters:
                # 中国, 澳大利亚: a word whose second character stands for no place begins
                # none of the runs and pairs of places' characters below
                continue
            # (南南合作: a character twice is no two places, but South-South)
            run = next(
                (word[:n] for n in (3, 2) if _PLACE_ABBREVIATION_RUN.fullmatch(word[:n]) and len(set(word[:n])) == n),
                None,
            )
            accepted = None
            if (
                run == word
                and len(run) == 3
                and word[0] == "以"
                and token.tag == "new"
                and self._relation_word_at(tokens, index + 1)
            ):
                # 以中法|建交60周年为新起点: the preposition 以 ("taking") the HMM glued to
                # the pair of countries after it, not Israel
                result += [
                    _Candidate(token.start + i, token.start + i + 1, "Place", "place-abbreviation") for i in (1, 2)
                ]
                continue
            if run and word[0] in _COMPASS_POINTS and token.tag == "ns" and self.tokenizer.FREQ.get(word, 0) >= 100:
                # 南沙, 西沙: a compass point and a name, which jieba knows as a place
                result.append(_Candidate(token.start, token.end, "Place", "jieba"))
                continue
            if run and self._names_no_countries(tokens, index):
                continue
            if run and _inside_transliteration(tokens, index):
                continue  # 伊斯|托拉|体育馆, 吐尔逊·|尼亚|孜: syllables of a foreign name
            if (
                run
                and len(word) == 2
                and word[0] in "日月"
                and word[1] in _PREPOSITIONS_AFTER_DATES
                and index > 0
                and tokens[index - 1].tag == "m"
            ):
                continue  # 20|日以|视频|方式: the date's day, then a preposition the HMM glued on
            if run and token.tag == "new" and all(self._tags.get(ch) == "a" for ch in word):
                continue  # 新老|结合, “新老|对话”: two adjectives the HMM joined, new and old
            if (
                run
                and (
                    word not in self.gazetteer.not_entities
                    # 中意|两国: a pair that is also a word (to one's liking), before the
                    # count of the countries it names
                    or (len(word) == len(run) and _COUNT_OF_COUNTRIES.match(self._text_after(tokens, index)))
                )
                and word not in self.gazetteer.by_name
            ):
                rest = word[len(run) :]
                following = tokens[index + 1].tag if index + 1 < len(tokens) else "x"
                if (
                    (
                        not rest
                        and token.tag not in ("v", "n", "a", "f", "p", "d", "r", "vn", "ad", "b")
                        # 古老: a common word jieba's dictionary calls a name
                        and not (token.tag.startswith("nr") and self.tokenizer.FREQ.get(word, 0) > 100)
                        # 比赛中以|2∶0: a localiser and a preposition; but 美俄|两|国外|长: two countries
                        and not (
                            token.tag == "new"
                            and following == "m"
                            and _COUNT_OF_COUNTRIES.match(self._text_after(tokens, index)) is None
                        )
                        # 塔台 (a control tower): a word of jieba's whose country (塔) is one
                        # named by its character only where the text has named it in full
                        and not (
                            self.tokenizer.FREQ.get(word, 0) > 0
                            and "中" not in run
                            and any(ch in _COUNTRIES_ALONE_ONCE_NAMED for ch in run)
                        )
                        # 占比约|30%, 以约|22.4亿美元: 约 before a number is "about"
                        and not (word[-1] == "约" and self._text_after(tokens, index)[:1].isdigit())
                        # 决赛|中以|点球: after a noun 中 is "in" and 以 "by", unless a
                        # word of relations follows (发展|中美|关系)
                        and not (
                            word[0] == "中"
                            and index > 0
                            and (
                                tokens[index - 1].tag[:1] == "n"
                                # 川|中古|隆起: the middle of a province, by its character
                                or tokens[index - 1].text in _PROVINCE_ABBREVIATIONS
                                # 构想|中以|科学的形式: a pair the HMM made after a verb
                                or (tokens[index - 1].tag[:1] == "v" and token.tag == "new")
                            )
                        )
                        # 新厂区|比老|厂区: after a noun or pronoun 比 is "than", no Belgium
                        and not (word[0] == "比" and index > 0 and tokens[index - 1].tag[:1] in ("n", "r"))
                    )
                    or rest in _RELATION_WORDS
                    # 港澳同胞, 港澳地区: Hong Kong, Macao and Taiwan in one word with their people
                    or (rest in _PEOPLE_AND_REGIONS_OF_HMT and all(ch in "港澳台" for ch in run))
                    # 中葡|双方同意: a pair jieba calls a noun, before a word of relations
                    or (not rest and self._relation_word_at(tokens, index + 1))
                    # 中意|两|国: before the count of the countries, in two words
                    or (not rest and _COUNT_OF_COUNTRIES.match(self._text_after(tokens, index)) is not None)
                    # 修建|中哈|原油|管道: a pair the HMM made, before a field of ties or a joint work
                    or (not rest and token.tag == "new" and self._field_of_ties_at(tokens, index + 1))
                ):
                    accepted = (token.start, len(run))
            elif (
                len(word) in (2, 3)
                and all(ch in _PROVINCE_ABBREVIATIONS for ch in word)
                and (
                    token.tag in ("ns", "j")
                    # 苏浙皖, 川陕|毗邻: a run jieba reads as a name or does not know, of three,
                    # or of two before a count or a word of neighbours (not 湘云, a name)
                    or (
                        token.tag in ("nr", "new", "nz")
                        and (len(word) == 3 or self._text_after(tokens, index).startswith(_NEIGHBOURING_WORDS))
                    )
                )
                and word not in self.gazetteer.by_name
                and _VISITED_PLACE.match(word, 1) is None  # 晋京|演出: went to Beijing, not Shanxi
            ):
                # 京津, 京津冀, 川渝: China's provinces by their one-character names together
                accepted = (token.start, len(word))
                if index > 0 and tokens[index - 1].tag == "j" and tokens[index - 1].text in _PROVINCE_ABBREVIATIONS:
                    # 沪|苏浙皖: one more before, which jieba cut off
                    result.append(
                        _Candidate(tokens[index - 1].start, tokens[index - 1].end, "Place", "place-abbreviation")
                    )
            elif self._pairs_places_in_relations(tokens, index):
                # 中坦|友谊, 中安|两国, 粤泰|两地, 桂越|边境贸易: two places' characters
                # jieba does not know as a word, before a word of their ties
                accepted = (token.start, 2)
            if accepted is None and self._pair_glued_to_relation_word(tokens, index):
                # 中|韩建交, 中|拉关系: the second place glued to the word of their ties
                accepted = (token.start, 2)
            if accepted is None:
                # Consecutive one-character words: 日 韩, 法 德.
                end = index
                while (
                    end < len(tokens)
                    and end - index < 3
                    and len(tokens[end].text) == 1
                    and (
                        tokens[end].text in _PLACE_ABBREVIATIONS
                        # 川|渝: provinces' one-character names, which jieba tags as abbreviations
                        or (tokens[end].text in _PROVINCE_ABBREVIATIONS and tokens[end].tag == "j")
                    )
                ):
                    end += 1
                if end - index >= 2 and (
                    any(t.tag in ("j", "ns", "nr", "nz") for t in tokens[index:end])
                    or self._relation_word_at(tokens, end)  # 中|缅|边境地区
                ):
                    accepted = (token.start, end - index)
                    index = end - 1
            if accepted is not None and accepted[0] + accepted[1] == token.end:
                # 中日|韩|三国, 美英|澳|三国: the run's last country cut off before their count
                end = index + 1
                while end < len(tokens) and end - index <= 2 and tokens[end].text in _PLACE_ABBREVIATIONS:
                    end += 1
                if end > index + 1 and end < len(tokens) and _COUNT_OF_COUNTRIES.match(tokens[end].text):
                    accepted = (accepted[0], tokens[end - 1].end - accepted[0])
                    index = end - 1
            if (
                accepted is not None
                and first > 0
                and len(before := tokens[first - 1].text) == 1
                and before in _PLACE_ABBREVIATIONS
                and tokens[first - 1].end == accepted[0]
                and (not result or result[-1].end < accepted[0])
                and _COUNT_OF_COUNTRIES.match(self._text_after(tokens, index))
                # 比赛中|美英|两|国: after a noun or verb 中 is "in"
                and not (before == "中" and first > 1 and tokens[first - 2].tag[:1] in ("n", "v"))
            ):
                # 中|美英|三国: the first country cut off before a pair jieba knows as one word
                accepted = (accepted[0] - 1, accepted[1] + 1)
            if accepted is not None:
                start, length = accepted
                result += [_Candidate(start + i, start + i + 1, "Place", "place-abbreviation") for i in range(length)]
            after_last_run = index + 1
        return _without_middles_of_provinces(result, tokens)

    def _numbered_schools(self, tokens: list[Token]) -> list[_Candidate]:
        """廊坊|三中, 长沙|一中, 北京四中: a Chinese city's or county's school by its number
        (三中 for 第三中学, 一小 for 第一小学), written right after the place or with it as one
        word. Only the words that end in 中 or 小 are visited."""
        result = []
        for index in self._positions(tokens, last_chars="中小"):
            token = tokens[index]
            word = token.text
            if word[-1:] not in "中小":
                continue
            if _NUMBERED_SCHOOL.fullmatch(word) and index and self._is_chinese_division(tokens[index - 1].text):
                start = tokens[index - 1].start
            elif (
                (number := _NUMBERED_SCHOOL.search(word)) is not None
                and number.start() >= 2
                and number.end() == len(word)
                and self._is_chinese_division(word[: number.start()])
            ):
                start = token.start
            else:
                continue
            if index + 1 < len(tokens) and tokens[index + 1].text in _ONE_CHINA_WORDS:
                continue  # 台湾|一中|政策: the one-China policy, no school
            result.append(_Candidate(start, token.end, "Organization", "org-suffix", None, "University"))
        return result

    def _is_chinese_division(self, name: str) -> bool:
        """Whether ``name`` is a province, city or county of China (not China itself)."""
        entry = self.gazetteer.lookup(name)
        return entry is not None and entry.type == "Place" and entry.key.startswith(_CHINESE_DIVISION_PREFIX)

    def _places_of_their_people(self, tokens: list[Token]) -> list[_Candidate]:
        """华人, 华侨, 港人, 台商, 日军, 美籍: words for a place's people, emigrants,
        businesses, capital, army or nationality that begin with the place's one-character
        name, as news tags it (the place is the first character); also inside a longer
        word jieba knows (华人华侨, 美籍华人); not a given name after a surname (王|德军)."""
        result = []
        for index, token in enumerate(tokens):
            word = token.text
            if word[:2] not in _PEOPLE_OF_A_PLACE:
                continue
            before = tokens[index - 1] if index else None
            if (
                before is not None
                and len(word) == 2
                and before.text in self.gazetteer.surnames
                and before.text not in _BEFORE_BARE_SURNAME
                and before.text != "籍"  # 台山|籍|华侨: a native of the place, no surname
            ):
                continue  # 王|德军: a given name after a surname
            if (rule := _SELF_RULE.fullmatch(word)) is not None:
                # 港人治港, 澳人治澳: the place's people govern the place, both its characters
                place = self.gazetteer.lookup(_SELF_RULED_PLACES[rule.group(1)])
                key = place.key if place is not None else None
                for offset in (0, len(word) - 1):
                    start = token.start + offset
                    result.append(_Candidate(start, start + 1, "Place", "place-abbreviation", key, "Province"))
                continue
            position = 0
            while word[position : position + 2] in _PEOPLE_OF_A_PLACE:
                result.append(
                    _Candidate(token.start + position, token.start + position + 1, "Place", "place-abbreviation")
                )
                position += 2
        return result

    @staticmethod
    def _only_designation(tokens: list[Token], first: int, last: int) -> bool:
        """Whether the words from ``first`` to ``last`` are a designation laboratories and
        centres hold (国家重点实验室), alone or after verbs (建设|国家|实验室)."""
        words = "".join(t.text for t in tokens[first : last + 1])
        for designation in _DESIGNATIONS:
            if words.endswith(designation):
                length = len(words) - len(designation)
                position = first
                while length > 0 and tokens[position].tag[:1] == "v":
                    length -= len(tokens[position].text)
                    position += 1
                if length == 0:
                    return True
        return False

    def _campuses_in_brackets(self, text: str, candidates: list[_Candidate]) -> list[_Candidate]:
        """中国石油大学（北京）, 香港中文大学（深圳）: a university's campus in another city,
        a university of its own, named with that city in brackets."""
        result = []
        for candidate in candidates:
            if candidate.type != "Organization" or not text.endswith(
                _UNIVERSITY_ENDINGS, candidate.start, candidate.end
            ):
                continue
            if (end := self._known_place_in_brackets(text, candidate.end)) is not None:
                result.append(_Candidate(candidate.start, end, "Organization", "org-suffix", subtype="University"))
        return result

    def _known_place_in_brackets(self, text: str, start: int) -> int | None:
        """Where a known place in brackets right at ``start`` ends (（北京）, （中国）), if
        one stands there."""
        match = _CITY_IN_BRACKETS.match(text, start)
        if match is None or (entry := self.gazetteer.lookup(match.group(1))) is None or entry.type != "Place":
            return None
        return match.end()

    def _companies_arms_in_brackets(self, text: str, candidates: list[_Candidate]) -> list[_Candidate]:
        """大众汽车集团（中国）, 宝马（中国）, 微软（亚洲）: a known company's arm in a country
        or region, named with it in brackets (and no legal form after, which the suffix
        rules read), is one body of its own."""
        result = []
        for candidate in candidates:
            if candidate.type != "Organization" or candidate.subtype != "Company" or candidate.key is None:
                continue
            end = self._known_place_in_brackets(text, candidate.end)
            if end is not None and not _LEGAL_FORM_AFTER.match(text, end):
                result.append(_Candidate(candidate.start, end, "Organization", "org-suffix", subtype="Company"))
        return result

    def _formal_committees(self, text: str, starts: set[int], ends: set[int]) -> list[_Candidate]:
        """中国共产党|江西省|第十五届|委员会, 政协|上海市|委员会: a Party or CPPCC committee by
        its formal name, whose term or place the walk from 委员会 would stop at; the place
        must be one the gazetteer knows, and a place, term or level must be there."""
        result = []
        for match in _COMMITTEE_FORMAL_NAME.finditer(text):
            place, term, level = match.group("place", "term", "level")
            if match.start() not in starts or match.end() not in ends or not (place or term or level):
                continue
            if place is not None and ((entry := self.gazetteer.lookup(place)) is None or entry.type != "Place"):
                continue
            result.append(
                _Candidate(match.start(), match.end(), "Organization", "org-suffix", subtype="PoliticalOrganization")
            )
        return result

    @staticmethod
    def _congresses_of_parties(text: str, candidates: list[_Candidate], ends: set[int]) -> list[_Candidate]:
        """共青团|十四大, 九三学社|七大: a party's or league's congress written right after
        its name is that body's congress, not the Communist Party's (十四大 alone is)."""
        result = []
        for candidate in candidates:
            if candidate.subtype != "PoliticalOrganization" or candidate.rule == "party-congress":
                continue
            match = _CONGRESS_AFTER_PARTY.match(text, candidate.end)
            if match is not None and match.end() in ends and match.group() != "十大":  # 十大: the top ten
                result.append(
                    _Candidate(
                        candidate.start, match.end(), "Organization", "party-congress", subtype="PoliticalOrganization"
                    )
                )
        return result

    def _provinces_visited(self, tokens: list[Token]) -> list[_Candidate]:
        """率团|来|闽|访问, 专程来|宁|参加: a province's abbreviation, a word of its own
        after a verb of coming or going and before what the visitor does there, is the
        province visited (来京, 赴沪 jieba keeps as one word; see _VISITED_PLACE); after 在,
        the province where it is done (在|闽|投资). Only the provinces' characters are
        visited."""
        result = []
        for index in self._positions(tokens, words=_PROVINCE_ABBREVIATIONS):
            if not 1 <= index < len(tokens) - 1:
                continue
            token = tokens[index]
            if (
                len(token.text) == 1
                and token.text in _PROVINCE_ABBREVIATIONS
                and tokens[index + 1].tag.startswith("v")
                and (
                    (
                        token.tag in ("j", "ns")
                        and tokens[index - 1].text[-1:] in _VERBS_OF_VISITING
                        and len(tokens[index - 1].text) <= 3
                    )
                    # 在|闽|投资, 在|鲁|投资: where the visitor does it (not 在|新|建, an adverb)
                    or (token.tag in ("j", "ns", "nr") and tokens[index - 1].text == "在")
                )
                # 在|云|采购, 在|云|部署: the cloud (computing), not 云南
                and not (token.text == "云" and tokens[index + 1].text in _DONE_IN_THE_CLOUD)
            ):
                result.append(_Candidate(token.start, token.end, "Place", "place-abbreviation"))
        return result

    def _counties_visited(self, tokens: list[Token]) -> list[_Candidate]:
        """在|民勤|，, 到|大足|，, 在|舟曲|采访, 库车|一带: a county named without its kind
        after 在 or a verb of going, before punctuation, a verb or a word for its
        surroundings, is the county, whatever jieba's tag (民勤 is a noun, 大足 an adverb to
        it); not a word common in news (在|前进|的, 在|资源|由), nor one before a noun that
        a body's name may go on with (到|越秀|讲学, 在|新会|师范学校). Only the words after
        在 or a verb of going and those before a word for surroundings are visited."""
        result = []
        counties = self.gazetteer.district_short_forms
        visited = sorted(
            {
                cue + 1 if tokens[cue].text in _BEFORE_A_COUNTY_VISITED else cue - 1
                for cue in self._positions(tokens, words=_AROUND_A_COUNTY_VISITED)
            }
        )
        for index in visited:
            if not 0 <= index < len(tokens) - 1:
                continue
            token, after = tokens[index], tokens[index + 1]
            if (
                (county := counties.get(token.text)) is not None
                and self.tokenizer.FREQ.get(token.text, 0) <= _COUNTY_WORD_COUNT
                and (
                    after.text in _SURROUNDINGS
                    or (
                        index > 0
                        and tokens[index - 1].text in _BEFORE_A_COUNTY_VISITED
                        and (after.tag == "x" or after.tag.startswith("v"))
                    )
                )
            ):
                result.append(
                    self._entry_candidate(token.start, token.end, self.gazetteer.entries[county], "place-context")
                )
        return result

    def _places_by_their_characters(self, tokens: list[Token]) -> list[tuple[Token, int]]:
        """青藏高原, 云贵高原, 欧亚大陆, 京津冀: a region the gazetteer knows by the
        one-character names of the places it spans, alone or before a word for a kind of
        land, with the number of those names. People's Daily tags each character as its
        place (青 and 藏 of 青藏高原, in all five of its test set's), as it does 中美 and
        京津, so kg does too. Only the gazetteer's names are visited."""
        abbreviations = self.gazetteer.place_abbreviations
        result = []
        for index in self._positions(tokens, tags=("gaz",)):
            token = tokens[index]
            word = token.text
            if token.tag != "gaz" or len(word) < 2 or word[0] not in abbreviations:
                continue
            entry = self.gazetteer.lookup(word)
            if entry is None or entry.subtype != "Region":
                continue  # (the cheapest test first: few of the names are regions)
            run = word[: len(word) - len(_landform_after_places(word))]
            if (
                2 <= len(run) <= 4
                and len(set(run)) == len(run)
                and all(ch in _SPANNED_PLACE_CHARACTERS and ch in abbreviations for ch in run)
                and (set(run) <= _RIVER_CHARACTERS or not _RIVER_CHARACTERS.intersection(run))
            ):
                result.append((token, len(run)))
        return result

    def _parts_of_provinces(self, tokens: list[Token]) -> list[_Candidate]:
        """皖南, 豫东, 粤西, 辽南, 桂北: a part of a province named by the province's
        one character and a point of the compass, as one word. People's Daily tags the
        province's character alone (皖南丘陵 → 皖, 豫东 → 豫, 苏南 → 苏), so kg does too; not
        a city or county so named (台北, 云南 is a province, 湘西 a prefecture), nor a word
        with 中, which is "in" as often (云中, 京中). The character stands for the province
        (苏 of 苏南 for 江苏省, not the Soviet Union). Only the words that end in a point
        of the compass are visited."""
        result = []
        for index in self._positions(tokens, last_chars=_COMPASS_POINTS):
            token = tokens[index]
            word = token.text
            if len(word) != 2 or word[0] not in _PROVINCE_ABBREVIATIONS or word[1] not in _COMPASS_POINTS:
                continue
            entry = self.gazetteer.lookup(word)
            if entry is not None:
                if not (entry.subtype == "Region" and entry.key.startswith("geo-cn-")):
                    continue
            elif token.tag not in ("ns", "j", "new") or word in self.gazetteer.district_short_forms:
                continue  # 黔西: a county-level city's short form
            keys = self.gazetteer.place_abbreviations.get(word[0], ())
            province = next((key for key in keys if key.startswith(_CHINESE_DIVISION_PREFIX)), None)
            if province is not None:
                province_entry = self.gazetteer.entries[province]
                result.append(self._entry_candidate(token.start, token.start + 1, province_entry, "place-abbreviation"))
        return result

    def _sides_of_named_countries(self, tokens: list[Token], countries: dict[str, str]) -> list[_Candidate]:
        """莫方, 玻方, 委方|愿, 已向|哥方: after a text has named a country in full
        (莫桑比克, 玻利维亚), news calls it "the X side" by its first character, whether
        or not that character is one of the abbreviations news writes in pairs (中方 and
        美方 are found with those). A word jieba does not know or reads as a name, with
        whatever the HMM glued to either side of it (see ``_GLUED_BEFORE_SIDE`` and
        ``_GLUED_AFTER_SIDE``). ``countries``: see ``_countries_named_in_full``."""
        initials = {name[0] for name in countries if _ALL_CJK.match(name)}
        initials -= _COMPASS_POINTS
        if not initials:
            return []
        result = []
        for index in self._positions(tokens, tags=("new", "nr", "nrt", "nz")):
            token = tokens[index]
            word = token.text
            side = word.find("方", 1)
            if (
                side < 0
                or token.tag not in ("new", "nr", "nrt", "nz")
                or word[side - 1] not in initials
                or word[side - 1] in _PLACE_ABBREVIATIONS  # 中方, 美方: found with the pairs
                or not all(ch in _GLUED_BEFORE_SIDE for ch in word[: side - 1])
                or len(word) - side > 2
                or (len(word) - side == 2 and word[-1] not in _GLUED_AFTER_SIDE)
                or self.tokenizer.FREQ.get(word[side - 1 : side + 1], 0) > _RARE_WORD  # 汤方, a decoction
            ):
                continue
            start = token.start + side - 1
            result.append(_Candidate(start, start + 1, "Place", "place-abbreviation"))
        return result

    def _countries_named_in_full(self, tokens: list[Token]) -> dict[str, str]:
        """The countries a text names in full, as written -> gazetteer key (莫桑比克 ->
        iso-mz): after them news may call each by one character (菲 after 菲律宾, 莫方).
        Only the gazetteer's names are visited."""
        named = {}
        for index in self._positions(tokens, tags=("gaz",)):
            token = tokens[index]
            entry = self.gazetteer.lookup(token.text) if token.tag == "gaz" else None
            if entry is not None and entry.subtype == "Country":
                named[token.text] = entry.key
        return named

    def _countries_of_missions(self, text: str) -> list[_Candidate]:
        """驻秘|大使, 驻巴|使节: the country's one character after 驻 and before an
        embassy, a consulate, an ambassador or an envoy is the country the mission is
        in, whichever country it is (驻华, 驻美 are found with the verbs of travel); an
        office so named is a body of its own (驻坦代表处)."""
        result = []
        for match in _MISSION_IN_A_COUNTRY.finditer(text):
            character = match.group(1)
            keys = self.gazetteer.place_abbreviations.get(character, ())
            if any(self.gazetteer.entries[key].subtype == "Country" for key in keys):
                result.append(_Candidate(match.start(1), match.end(1), "Place", "place-abbreviation"))
        return result

    def _lone_place_abbreviations(self, tokens: list[Token], countries: dict[str, str]) -> list[_Candidate]:
        """俄|金融市场, 巴|核试验, 对|伊|政策, 向|俄|提供: news names a country it has
        just named in full by its one character alone, as the subject or the owner of
        what follows. Such a character, cut as a word of its own before a noun, verb or
        number (not a given name: 韩|志强), is the country when it begins a clause, follows
        a preposition or conjunction, or follows a verb or a word of time before a noun
        (抛售|俄|短期债券, 目前|俄|市场; not 日 there, 独立|日, which is a day). Only those
        characters are visited."""
        result = []
        # 泰|财政部长, 菲|经济: a character that is mostly the country once the text has
        # named that country in full (菲 after 菲律宾; ``countries``, see _countries_named_in_full)
        named = set(countries.values())
        lone = _LONE_COUNTRIES
        if named:
            lone = lone | {
                character
                for character, keys in self.gazetteer.place_abbreviations.items()
                if character in _COUNTRIES_ALONE_ONCE_NAMED and named.intersection(keys)
            }
        for index in self._positions(tokens, words=lone):
            if index == len(tokens) - 1:
                break
            token = tokens[index]
            if len(token.text) != 1 or token.text not in lone:
                continue
            after = tokens[index + 1]
            before = tokens[index - 1] if index else None
            if (
                token.text == "美"
                and before is not None
                and before.text == "和"
                and (index < 2 or tokens[index - 2].text not in _PLACE_ABBREVIATIONS)
                and after.text in _WHAT_IS_HEMEI
            ):
                continue  # 更多|和|美|乡村: 和美, harmonious and beautiful, no America
            if (
                token.text == "日"
                and token.tag == "m"
                and not named.intersection(self.gazetteer.place_abbreviations["日"])
            ):
                continue  # 日|处理|订单: "daily", in a text that names no Japan in full
            if after.tag.startswith("nr") or not (
                after.tag[:1] in ("n", "v", "j", "t")
                or after.tag in ("m", "gaz", "d", "p", "uj")
                # 在|澳|最大的: an adjective after a country a preposition governs
                or (after.tag == "a" and before is not None and before.text in _BEFORE_LONE_COUNTRY)
            ):
                continue
            if after.tag in ("d", "p", "uj", "a"):
                # 巴|将|继续, 墨|与|欧盟, 澳|的|债务: an adverb, a preposition or 的 after the
                # country as the clause's subject or owner; 在|澳|永久|居留: after a
                # preposition, where something is or happens
                if (
                    before is None
                    or self._begins_clause_at(tokens, index)
                    or (token.tag == "ns" and before.text in _BEFORE_LONE_COUNTRY)
                ):
                    result.append(_Candidate(token.start, token.end, "Place", "place-abbreviation"))
            elif (
                before is None
                or self._begins_clause_at(tokens, index)
                or before.text in _BEFORE_LONE_COUNTRY
                or (token.text != "日" and before.tag in ("v", "ul", "t") and after.tag in ("n", "vn", "m", "j", "nz"))
            ):
                result.append(_Candidate(token.start, token.end, "Place", "place-abbreviation"))
        return result

    @staticmethod
    def _begins_clause_at(tokens: list[Token], index: int) -> bool:
        """Whether the word at ``index`` begins the text, a line, a clause (after ，, ：,
        “ …) or a paragraph set off by spaces after a sentence's end; not a word after
        spaces inside a sentence (26 日发表)."""
        if index == 0:
            return True
        before = tokens[index - 1].text
        if not before.strip():
            return "\n" in before or index == 1 or tokens[index - 2].text[-1] in _SENTENCE_END_MARKS
        return before in _CLAUSE_OPENING_MARKS

    def _pair_glued_to_relation_word(self, tokens: list[Token], index: int) -> bool:
        """Whether the word at ``index`` is a place's one-character abbreviation and the
        next word another's, glued to a word of their ties that jieba read as one word
        (中|韩建交, 中|拉关系: a name and "pulling strings" to jieba); 中 not after a noun
        or verb, where it is "in" (过程|中|...)."""
        word = tokens[index].text
        if len(word) != 1 or word not in _PLACE_ABBREVIATIONS or index + 1 >= len(tokens):
            return False
        glued = tokens[index + 1].text
        return (
            len(glued) >= 3
            and glued[0] != word
            and (glued[0] in _PLACE_ABBREVIATIONS or glued[0] in self.gazetteer.place_abbreviations)
            and glued[1:3] in _RELATION_WORDS
            and glued not in self.gazetteer.by_name
            and not (word == "中" and index > 0 and tokens[index - 1].tag[:1] in ("n", "v"))
        )

    def _pairs_places_in_relations(self, tokens: list[Token], index: int) -> bool:
        """Whether the word at ``index`` is two places' one-character abbreviations that
        the other rules leave (a country news abbreviates only in such pairs: 中坦, 中赞,
        中安; a province and a country: 粤泰, 桂越, 鲁韩) in a word jieba's dictionary does
        not know, followed by a word of their ties (友谊, 两国, 两地, 边境, 经贸), or with
        the count of the countries glued on (中莫两国)."""
        token = tokens[index]
        word = token.text
        abbreviations = self.gazetteer.place_abbreviations
        if (
            len(word) == 4
            and token.tag == "new"
            and word[0] != word[1]
            and word[0] in abbreviations
            and word[1] in abbreviations
            and _COUNT_OF_FORCES.fullmatch(word[2:]) is not None
        ):
            return True  # 中莫两国, 中坦两军: the HMM glued the count of the countries on
        return (
            len(word) == 2
            and word[0] != word[1]
            and word[0] in abbreviations
            and word[1] in abbreviations
            and token.tag == "new"
            and (
                self._relation_word_at(tokens, index + 1)
                or self._text_after(tokens, index).startswith(_NEIGHBOURING_WORDS)
                or self._field_of_ties_at(tokens, index + 1)
            )
        )

    @staticmethod
    def _field_of_ties_at(tokens: list[Token], index: int) -> bool:
        """Whether the words at ``index`` name a field of two countries' ties or a project
        they share: a noun, then a word of ties or a joint work (中哈|原油|管道, 中伊|文化
        交流, 中老|铁路), or one word that ends in a word of ties (文化交流)."""
        if index >= len(tokens):
            return False
        word = tokens[index].text
        if len(word) >= 4 and word[-2:] in _RELATION_WORDS:
            return True
        return (
            tokens[index].tag in ("n", "vn", "nz")
            and index + 1 < len(tokens)
            and (tokens[index + 1].text in _RELATION_WORDS or tokens[index + 1].text in _JOINT_WORKS)
        ) or word in _JOINT_WORKS

    def _names_no_countries(self, tokens: list[Token], index: int) -> bool:
        """Whether a word made of country abbreviations is part of a foreign name instead:
        a transliterated name jieba knows (亚罗), a half of a route joined by a dash
        (捷斯|—|图巴), or a port after the city it serves or before a zone (海法|新港,
        西港|特区)."""
        token = tokens[index]
        before = tokens[index - 1] if index > 0 else None
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        if self._relation_word_at(tokens, index + 1):
            return False  # 阿伊|双方, 中港|关系: countries whatever jieba's tag
        if token.tag == "nrt":
            return True
        if (before is not None and before.text in _ROUTE_DASHES) or (after is not None and after.text in _ROUTE_DASHES):
            return True
        return token.text.endswith("港") and (
            (
                before is not None
                and before.tag in ("ns", "nrt", "new", "gaz")
                and _ALL_CJK.match(before.text) is not None
            )
            or (after is not None and after.text in _ZONE_WORDS)
        )

    def _surnames_before_titles(
        self, text: str, starts: set[int], ends: set[int], body_ends: set[int], lone_surnames: set[int]
    ) -> list[_Candidate]:
        """张主席, 王先生, 李大娘: one of the commonest surnames alone before an office or
        a form of address names a person, the surname being the mention. It begins a
        phrase (after punctuation or a particle, 找到|张|主席), so it is not the last
        character of another name or word (高|老师傅, 由|于|老), unless jieba read the two
        as one word (感谢|陈女士: its dictionary has many such words, tagged as names), or
        it follows the name of the body the office is in (``body_ends``: 省人大常委会|陈|主任,
        外经贸部|吴|副部长), or jieba cut it as a word of its own before a courtesy or
        familiar title (接上|黄|女士, 邻居|赵|大爷). A rarer surname (栾|副主任, 耿|厂长)
        counts only where jieba tagged it alone as a name (``lone_surnames``)."""
        result = []
        for match in self._surname_before_title.finditer(text):
            start = match.start()
            if text[start] not in self._bare_surnames and start not in lone_surnames:
                continue
            if match.group(1).lstrip("副").startswith(text[start]):
                continue  # 保安司|司长, 处|处长: the kind of body the head's title repeats
            before = text[start - 1] if start else ""
            if start not in starts:
                continue
            if (
                _ALL_CJK.match(before)
                and before not in _BEFORE_BARE_SURNAME
                and any(position in starts for position in range(start + 1, match.end(1)))
                and not any(
                    text.endswith(kind, 0, start) and start - len(kind) in starts for kind in _PEOPLE_BEFORE_NAMES
                )
                and start not in body_ends
                # 储户|黄|女士, 接上|黄|女士: a surname jieba cut as a word of its own before
                # a courtesy title, which no word before it ends
                and not (
                    (match.group(1) in _COURTESY_AND_FAMILIAR_TITLES or start in lone_surnames) and start + 1 in starts
                )
            ):
                continue
            if text[start] == "任" and text[match.end(1) : match.end(1) + 1] in _AFTER_AN_OFFICE_TAKEN:
                continue  # 后，|任|主席|。, 任|校长|、|党委书记: the verb "to serve as", no surname
            if match.end(1) in ends:
                result.append(_Candidate(start, start + 1, "Person", "surname-title", key="~" + match.group(1)))
        return result

    def _teams_before_their_people(self, tokens: list[Token]) -> list[_Candidate]:
        """国安|外援, 申花|主教练, 全兴|中场: a club's short name (its sponsor's, a word
        jieba seldom sees) right before a role in its team is the team, not a person read
        from its characters; not a known place or person, nor a word for a term of
        office (新任|主教练). Only the words right before a role are visited."""
        result = []
        for role_index in self._positions(tokens, words=_TEAM_ROLES):
            index = role_index - 1
            if index < 0:
                continue
            token = tokens[index]
            word = token.text
            if (
                tokens[index + 1].text in _TEAM_ROLES
                and token.tag in ("nz", "new", "j", "b")
                and 2 <= len(word) <= 4
                and _ALL_CJK.match(word)
                and word not in _TITLE_MODIFIERS
                and not any(ch in _NAME_STOPPERS for ch in word)  # 连其|门将: a function word
                and self.tokenizer.FREQ.get(word, 0) <= _COMMON_WORD
                and self._gazetteer_type(token) not in ("Place", "Person")
            ):
                result.append(_Candidate(token.start, token.end, "Organization", "org-suffix", subtype="Organization"))
        return result

    def _founders_of_marxism(self, tokens: list[Token]) -> list[_Candidate]:
        """马列主义, 马恩列斯: Marx, Engels, Lenin and Stalin by their first characters,
        each a person (as news tags them), in a word that begins with them."""
        result = []
        for index in self._positions(tokens, first_chars="马"):
            token = tokens[index]
            if not token.text.startswith("马") or len(token.text) < 2:
                continue
            initials = next((word for word in _FOUNDERS_OF_MARXISM if token.text.startswith(word)), None)
            if initials is None:
                continue
            for offset, founder in enumerate(_FOUNDERS_OF_MARXISM[initials]):
                entry = self.gazetteer.lookup(founder)
                if entry is not None:
                    start = token.start + offset
                    result.append(self._entry_candidate(start, start + 1, entry, "person-context"))
        return result

    def _places_of_their_arts(self, tokens: list[Token]) -> list[_Candidate]:
        """京剧, 中药, 藏医: an opera or a medicine named by its place's one character,
        which news tags as the place (as in 华人, 港商); not inside a body's name
        (京剧院, 中药厂), where the body is the mention. So are the countries of wars of
        resistance and the continent of games (抗日战争, 抗美援朝, 亚运会), one character each.
        Only the words that begin as an art or such a word does are visited."""
        result = []
        for index in self._positions(tokens, first_chars=_ARTS_AND_PLACES_INSIDE_WORDS_FIRST_CHARACTERS):
            token = tokens[index]
            art = next((word for word in _ARTS_OF_A_PLACE if token.text.startswith(word)), None)
            if art is not None and token.text[len(art) : len(art) + 1] not in _BODIES_OF_AN_ART:
                result.append(_Candidate(token.start, token.start + 1, "Place", "place-abbreviation"))
            word = next((word for word in _PLACES_INSIDE_WORDS if token.text.startswith(word)), None)
            if word is not None:
                result += [
                    _Candidate(token.start + offset, token.start + offset + 1, "Place", "place-abbreviation")
                    for offset in _PLACES_INSIDE_WORDS[word]
                ]
        return result

    def _names_in_cups_and_games(self, tokens: list[Token]) -> list[_Candidate]:
        """汤姆斯杯, 欧洲杯, 丰田杯, 奥运会: a cup is named after a person, a place or a
        body, which news tags inside the cup's name (汤姆斯, 欧洲, 丰田; 汤 and 尤 of
        汤尤杯), and the Olympic Games after Olympia (奥 of 奥运, 冬奥). The cup's name
        is a known name or a namesake of one of the world's cups named after people."""
        result = []
        for index, token in enumerate(tokens):
            word = token.text
            if "杯" not in word and "奥" not in word:
                continue  # most words: checked with two look-ups
            cup = word.find("杯")
            if cup > 0:
                namesake, start = word[:cup], token.start
            elif word == "杯" and index > 0 and _ALL_CJK.match(tokens[index - 1].text):
                namesake, start = tokens[index - 1].text, tokens[index - 1].start  # 丰田|杯
            else:
                namesake = ""
            if namesake in _CUP_NAMESAKES:
                for offset, length in _CUP_NAMESAKES[namesake]:
                    result.append(_Candidate(start + offset, start + offset + length, "Person", "person-context"))
            elif namesake and (entry := self.gazetteer.lookup(namesake)) is not None and entry.type != "Technology":
                result.append(self._entry_candidate(start, start + len(namesake), entry, "gazetteer"))
            games = word.find("奥运") if "奥运" in word else word.find("奥会")
            if games >= 0 and self._olympia is not None:
                result.append(self._entry_candidate(token.start + games, token.start + games + 1, self._olympia))
        return result

    def _sub_units_before_titles(self, text: str, tokens: list[Token], chosen: list[_Candidate]) -> list[_Candidate]:
        """公安部|禁毒局|副局长, 外交部|翻译室|主任, 中国科学技术大学|近代物理系|教授: a unit of a
        body, written right after it and right before the title of the person who heads
        or works in it, is named with the body, as People's Daily marks 陕西省委书记处; the
        rules, which follow jieba's words, stop at the body where jieba glued the unit to
        the title (室主任) or tagged its field a verb (禁毒). Places inside the unit's
        name (新华社|北京分社|社长) belong to it; a person never does."""
        result = list(chosen)
        for candidate in chosen:
            if candidate.type != "Organization" or candidate.rule == "team-list":
                continue
            if text.endswith("当局", candidate.start, candidate.end):
                continue  # 台湾当局|经济部: the authorities are no body with units
            first_index = _index_of_word_starting_at(tokens, candidate.end)  # the word after the body
            if first_index is None:
                continue
            first = tokens[first_index]
            if first.text in _CLAUSE_VERBS or first.tag[:1] in _NOT_IN_UNIT_NAME_TAGS:
                continue
            if first.text in _APPOINTMENT_VERBS:
                continue  # 汉口银行|时任|投资银行部|总经理: the post held then, no unit named 时任…
            for end in range(candidate.end + 2, min(candidate.end + 9, len(text)) + 1):
                piece = text[candidate.end : end]
                if _UNIT_NAME.fullmatch(piece) is None or piece in _BOARDS:
                    break  # 阿里巴巴集团|董事局主席: the board is part of the title
                if not piece.endswith(_UNIT_ENDINGS):
                    continue  # (one test of all the endings, before finding which)
                if piece[-2:] in _WORDS_ENDING_IN_CHU:
                    break  # 稽查局|依法查处|演员: the verb, no division (处)
                ending = next(e for e in _UNIT_ENDINGS if piece.endswith(e))
                field_end = end - len(ending)
                if any(ch in _DETERMINERS for ch in text[candidate.end : field_end]) or _verb_before_more_words(
                    tokens, first_index, field_end
                ):
                    # 公安部|部署|各地|公安局|局长: a verb with more words after it, or 各, is
                    # a clause about other bodies; a unit's field is a verb only right
                    # before its ending or its number (禁毒|局, 审批|二处)
                    break
                if any(
                    self._is_plain_title(text[end : end + length]) for length in (2, 3, 4) if end + length <= len(text)
                ):
                    inside = [c for c in chosen if candidate.end <= c.start < end]
                    if all(c.type == "Place" for c in inside):
                        result = [c for c in result if c not in inside]
                        result[result.index(candidate)] = replace(candidate, end=end, key=None, rule="org-suffix")
                    break
        if "司长" in text and (departments := self._departments_of_a_ministry_named_before(text, result)):
            result = sorted(result + departments, key=lambda c: c.start)
        return result

    def _departments_of_a_ministry_named_before(self, text: str, chosen: list[_Candidate]) -> list[_Candidate]:
        """民政部举行新闻发布会，养老服务司司长李邦华介绍: a ministry's department named alone
        before its head's title, opening a clause, is the department of the ministry the
        sentence (or the one before) named last (a unit of that body, ``+`` its name)."""
        result = []
        starts = sorted(chosen, key=lambda c: c.start)
        for match in _DEPARTMENT_BEFORE_ITS_HEAD.finditer(text):
            start, end = match.span("unit")
            if any(c.start < end and start < c.end for c in chosen):
                continue
            since = max(0, text.rfind("。", 0, text.rfind("。", 0, start)) + 1)
            ministry = next(
                (
                    c
                    for c in reversed(starts)
                    if since <= c.start
                    and c.end <= start
                    and c.type == "Organization"
                    and (entry := self.gazetteer.entries.get(c.key or "")) is not None
                    and entry.subtype == "GovernmentOrganization"
                    and entry.label.endswith(("部", "委员会", "总局", "总署"))
                ),
                None,
            )
            if ministry is not None:
                label = self.gazetteer.entries[ministry.key or ""].label
                result.append(
                    _Candidate(start, end, "Organization", "org-suffix", "+" + label, "GovernmentOrganization")
                )
        return result

    def _joint_bodies_of_countries(self, text: str, chosen: list[_Candidate]) -> list[_Candidate]:
        """中德友好协会, 中法经济合作委员会, 美中贸易全国委员会: a body of two countries named
        by their one-character names is one organization, begun by both. The rules read
        the first character as a place and began the body at the second (德友好协会), or
        after both (贸易全国委员会). Not a place visited before a body (驻华|美国大使馆,
        在京|美国公司), nor a body whose name begins with a country's (美国大使馆)."""
        result: list[_Candidate] = []
        for candidate in chosen:
            if candidate.type == "Organization" and result:
                run = 0  # the one-character places right before the body
                while (
                    run < len(result)
                    and (place := result[-1 - run]).rule == "place-abbreviation"
                    and place.end == (candidate.start if run == 0 else result[-run].start)
                ):
                    run += 1
                joint = run >= 2 or (
                    run == 1
                    and text[candidate.start] in _PLACE_ABBREVIATIONS
                    and not self._begins_longer_word(text, candidate.start)
                )
                if joint and _VISITED_PLACE.match(text, result[-run].start) is None:
                    start = result[-run].start
                    del result[-run:]
                    candidate = replace(candidate, start=start, key=None)
            result.append(candidate)
        return result

    def _joint_names_with_a_dash(self, text: str, chosen: list[_Candidate]) -> list[_Candidate]:
        """中国—东盟自由贸易区, 中国—白俄罗斯工业园, 中国—东盟博览会: a country, a dash and a
        name that begins with another country's or a body's is one name, of the two; the
        rules read the country alone and the rest as a body of the second (东盟自由贸易区,
        part of ASEAN). The name is the second's kind (a zone, a body, an event)."""
        result: list[_Candidate] = []
        for candidate in chosen:
            if (
                result
                and candidate.type in ("Organization", "Place", "Event")
                # (中国—联合国开发计划署|南南合作…项目: a known body itself, in a project's name)
                and candidate.key is None
                and (country := result[-1]).type == "Place"
                and country.subtype == "Country"
                and candidate.start == country.end + 1
                and text[country.end] in "—－"
                and candidate.end - candidate.start >= 4
                and self._begins_with_a_party(text[candidate.start : candidate.end])
            ):
                result[-1] = replace(candidate, start=country.start, key=None, rule="org-suffix")
                continue
            result.append(candidate)
        return result

    def _begins_with_a_party(self, name: str) -> bool:
        """Whether ``name`` begins with a country's or region's name or a body's the
        gazetteer knows (白俄罗斯|工业园, 东盟|博览会), with more after it."""
        for length in range(min(len(name) - 2, 6), 1, -1):
            entry = self.gazetteer.lookup(name[:length])
            if entry is not None and (entry.subtype in ("Country", "Region") or entry.type == "Organization"):
                return True
        return False

    def _bodies_with_their_country(self, text: str, chosen: list[_Candidate]) -> list[_Candidate]:
        """日本|丰田, 墨西哥|革命制度党, 美国|芝加哥商品交易所: an organization (most often one
        the gazetteer knows) right after the name of a country is named with it, one
        organization, as People's Daily tags 美国英特尔公司, 德国大众 and 法国参议院; it is
        still the organization the gazetteer knows, unless its own name begins with a place
        of another country (赞比亚|中国银行 is a branch). Not before 长 (美国|国防部|长: the
        country and a minister's title), nor a university by its town's name (英国|牛津)."""
        result: list[_Candidate] = []
        for candidate in chosen:
            if (
                result
                and candidate.type == "Organization"
                and (country := result[-1]).end == candidate.start
                and country.type == "Place"
                and country.subtype == "Country"
                and country.end - country.start >= 2
                and text[candidate.end : candidate.end + 1] != "长"
                # 英国|牛津, 英国|剑桥: a university by its town's name, after the country
                # the town is in (but 日本|丰田, a company)
                and (candidate.end - candidate.start > 2 or candidate.subtype == "Company")
            ):
                # 美国|芝加哥商品交易所: a place of the same country may begin the body's name
                inner = self.gazetteer.leading_place(text[candidate.start : candidate.end])[0]
                key = candidate.key if inner is None or inner.parent == country.key else None
                result[-1] = replace(candidate, start=country.start, key=key)
                continue
            result.append(candidate)
        return result

    def _provincial_grid_companies(self, text: str, starts: set[int]) -> list[_Candidate]:
        """国网江苏电力, 国网新疆电力有限公司, 国网北京市电力公司: the State Grid's company of a
        province, by 国网, the province's name and 电力 (its legal form after, if written),
        one name though jieba cuts it into the grid's short name and a place."""
        result = []
        for match in _PROVINCIAL_GRID_COMPANY.finditer(text):
            place = self.gazetteer.lookup(match["place"])
            if match.start() not in starts or place is None or place.subtype != "Province":
                continue
            result.append(_Candidate(match.start(), match.end(), "Organization", "org-suffix", None, "Company"))
        return result

    def _numbered_units_of_known_bodies(self, text: str, tokens: list[Token]) -> list[_Candidate]:
        """中国电科38所, 航天科技集团六院, 中国电科第十四研究所: a unit a known group or
        body numbers, named after it, one organization (the group's, as its name says).
        Not a count of things (华为捐建10所|学校: a noun follows the measure word)."""
        starts = {t.start: t for t in tokens}
        result = []
        for token in tokens:
            if token.tag != "gaz":
                continue
            unit = _NUMBERED_INSTITUTE.match(text, token.end)
            if unit is None:
                continue
            entry = self.gazetteer.lookup(token.text)
            if entry is None or entry.type != "Organization" or entry.subtype == "MediaOutlet":
                continue
            following = starts.get(unit.end())
            if (
                following is not None
                and following.tag[:1] == "n"
                and not self._is_title(following.text)
                and unit.group().endswith(("所", "院"))
            ):
                continue  # 10所|学校: ten schools
            result.append(_Candidate(token.start, unit.end(), "Organization", "org-suffix", None, entry.subtype))
        return result

    def _known_bodies_after_places(self, text: str, chosen: list[_Candidate]) -> list[_Candidate]:
        """北京|上合组织秘书处, 日内瓦|世贸组织, 意大利罗马|粮农组织, 上海|同济大学: a body
        the gazetteer knows, named after the places it stands in, is that body (the mention
        keeps the places, as People's Daily tags 美国英特尔公司 whole). Only where the rest
        after one place or more is a known body's name or alias (北京|中国银行, not 成都|
        四川|大学), an international one, or one of no government in China after 在 (not
        杭州|电子科技大学, a university of its own, nor 巴基斯坦|外交部, Pakistan's ministry)."""
        result: list[_Candidate] = []
        for candidate in chosen:
            if candidate.type == "Organization" and candidate.key is None and candidate.end - candidate.start >= 4:
                rest = text[candidate.start : candidate.end]
                entry = None
                chinese = True  # whether every place before the body is China's
                while True:
                    place, after = self.gazetteer.leading_place(rest)
                    if place is None or len(after) < 2:
                        break
                    rest = after
                    chinese = chinese and place.key.startswith("cn-")
                    entry = self.gazetteer.lookup_unambiguous(rest)
                    if entry is not None:
                        break  # 北京|中国银行: the bank, though its name begins with a country
                if (
                    entry is not None
                    and entry.type == "Organization"
                    # an international body anywhere; in China a body of no government
                    # where the places say where something is (在上海|同济大学), as a name
                    # of its own may begin with a place and a known name (杭州|电子科技大学),
                    # a ministry's name after another country's is that country's
                    # (巴基斯坦|外交部), and 赞比亚|中国银行 a branch
                    and (
                        entry.subtype == "InternationalOrganization"
                        or (
                            chinese
                            and entry.subtype not in ("GovernmentOrganization", "PoliticalOrganization")
                            and text[candidate.start - 1 : candidate.start] in ("在", "于", "到", "赴")
                        )
                    )
                ):
                    candidate = replace(candidate, key=entry.key, subtype=candidate.subtype or entry.subtype)
            result.append(candidate)
        return result

    def _is_plain_title(self, word: str) -> bool:
        """Whether ``word`` is a title as listed, or its deputy (副局长): not a longer
        phrase that ends in one (队司令员, 的委员), which _is_title also accepts."""
        titles = self.gazetteer.titles
        return word in titles or (word[:1] == "副" and word[1:] in titles)

    def _surnames_after_old_and_young(self, tokens: list[Token]) -> list[_Candidate]:
        """老王, 小赵: one of the commonest surnames after 老 (old) or 小 (young) is how news
        calls someone familiar, the surname being the mention (as after a title, 王师傅).
        Jieba writes it as one word or two (小|赵); a word its dictionary knows as
        something else (小钱, 小马, 小于, 老汤) or as a Japanese surname (小林) is none,
        and a word or a name must end there (老王|说, 小赵|的手; not 小|王刚)."""
        result = []
        surnames = self.gazetteer.common_surnames
        freq = self.tokenizer.FREQ
        for index in self._positions(tokens, first_chars="老小"):
            token = tokens[index]
            word = token.text
            if len(word) == 2 and word[0] in "老小" and word[1] in surnames:
                known = freq.get(word, 0) > 0 and not token.tag.startswith("nr")
                if (known and token.tag not in ("n", "t")) or word in _NOT_OLD_OR_YOUNG:
                    continue
                start, following, familiar = token.start + 1, index + 1, word[0]
            elif (
                word in ("老", "小")
                and index + 1 < len(tokens)
                and len(tokens[index + 1].text) == 1
                and tokens[index + 1].text in surnames
                and tokens[index + 1].tag[:1] in ("n", "z", "j")  # 小|赵/nr, 小|刘/zg
            ):
                start, following, familiar = tokens[index + 1].start, index + 2, word
            elif (
                word in ("老", "小")
                and index + 1 < len(tokens)
                and tokens[index + 1].tag == "new"
                and len(tokens[index + 1].text) == 2
                and tokens[index + 1].text[0] in surnames
                and tokens[index + 1].text[1] in _GLUED_AFTER_FAMILIAR
            ):
                # 老|薛且|不去: the HMM glued an adverb or a preposition to the surname
                result.append(
                    _Candidate(
                        tokens[index + 1].start, tokens[index + 1].start + 1, "Person", "surname-title", key="~" + word
                    )
                )
                continue
            else:
                continue
            after = tokens[following] if following < len(tokens) else None
            if (
                after is None
                or after.tag == "x"
                or after.text in _AFTER_OLD_OR_YOUNG
                or after.tag[:1] in ("v", "d", "c", "p", "t")  # 小胡|以为, 老王|在, 老张|今年
            ):
                # the key gives the form of address, before the surname here (see kg.link)
                result.append(_Candidate(start, start + 1, "Person", "surname-title", key="~" + familiar))
        return result

    def _surnames_before_given_names(self, tokens: list[Token]) -> list[_Candidate]:
        """赵|志强, 李|建华: a surname jieba cut from a two-character word its dictionary
        holds as a given name (tagged nrfg) is a person, the two words one name."""
        surnames = self.gazetteer.surnames
        return [
            _Candidate(token.start, following.end, "Person", "person-surname")
            for token, following in pairwise(tokens)
            if following.tag == "nrfg"
            and len(following.text) == 2
            and self._is_given_name(following.text)  # not 张家, 胡说, 额前
            and following.text[0] not in self.gazetteer.common_surnames  # not 刘备, 李强: names whole
            and len(token.text) == 1
            and token.text in surnames
            and token.tag[:1] in ("n", "z")
        ]

    def _surnames_before_shi(self, tokens: list[Token]) -> list[_Candidate]:
        """杜氏上台后, 据黄氏介绍: one of the commonest surnames before 氏 is how news
        calls a person it has named in full (杜伊森贝赫 … 杜氏), the surname being the
        mention. Not a family, clan or school (王氏家族, 陈氏太极拳), not a word jieba's
        dictionary knows as something else (卢氏 the county, 罗氏 the company), and not a
        married woman's maiden name after 夫人 or 母亲 (夫人|徐氏)."""
        result = []
        surnames = self.gazetteer.common_surnames
        freq = self.tokenizer.FREQ
        for index in self._positions(tokens, last_chars="氏"):
            token = tokens[index]
            word = token.text
            if len(word) != 2 or word[1] != "氏" or word[0] not in surnames:
                continue
            if freq.get(word, 0) > 0 and not token.tag.startswith("nr"):
                continue
            after = tokens[index + 1] if index + 1 < len(tokens) else None
            before = tokens[index - 1] if index > 0 else None
            if after is not None and (after.text in _FAMILY_AFTER_SHI or after.tag in _NAME_TAGS_AFTER_SHI):
                continue  # 王氏家族; 韦氏|黛安娜|化妆品公司, a brand
            if before is not None and before.text.endswith(("夫人", "母亲", "妻子", "之妻", "姓")):
                continue
            result.append(_Candidate(token.start, token.start + 1, "Person", "surname-title", key="~氏"))
        return result

    def _visited_places(self, text: str) -> list[_Candidate]:
        """访华, 来华访问, 抵京, 访美期间: a one-character place right after a verb of
        travel is the place visited; not the first character of a longer place (访问|华沙,
        远赴|澳大利亚), a company (原来|华为) or a word (华人, 华东, 京剧)."""
        result = []
        for match in _VISITED_PLACE.finditer(text):
            start = match.start()
            if text[start - 1] == "来" and text[start - 2 : start - 1] in _WORDS_ENDING_IN_LAI:
                continue
            if text[start - 1] == "在" and text[start - 2 : start - 1] in _WORDS_ENDING_IN_ZAI:
                continue  # 存在|华而不实: no place after 在 of 存在, 实在, 内在
            if self._begins_longer_word(text, start) or (
                start + 2 <= len(text)
                and any(text[start : start + 2] + kind in self.gazetteer.by_name for kind in "县区市")
            ):
                continue  # 在|台江: a county's short name begins there (not 访华 ending a title: 华县)
            result.append(_Candidate(start, start + 1, "Place", "place-abbreviation"))
        return result

    def _begins_longer_word(self, text: str, start: int) -> bool:
        """Whether a known name or a common dictionary word begins at ``start`` with more
        than one character (华沙, 华为, 华人, 京剧; not 华大 in 驻华大使, a rare word)."""
        freq = self.tokenizer.FREQ
        for end in range(start + 2, min(start + 6, len(text)) + 1):
            piece = text[start:end]
            if piece in self.gazetteer.by_name:
                return True
            count = freq.get(piece, 0)
            if count >= _LONGER_WORD_COUNT and not (
                # 访华|表示, 来华|人员: the word the place's character would begin is far
                # rarer than the one its second character begins (华表 1,714, 表示 19,238)
                end == start + 2 and freq.get(text[start + 1 : start + 3], 0) >= _FAR_MORE_OFTEN * count
            ):
                return True
        return False

    def _pairs_named_like_divisions(self, tokens: list[Token]) -> list[_Candidate]:
        """巴中|关系 (Pakistan and China), not the city 巴中: a Chinese division's name of
        two characters, each a country's abbreviation, before a word of relations between
        places, is the two countries. Only the gazetteer's names before such words are
        visited."""
        result = []
        for index in self._positions(tokens, tags=("gaz",)):
            token = tokens[index]
            if (
                len(token.text) == 2
                and all(ch in _PLACE_ABBREVIATIONS for ch in token.text)
                and self._relation_word_at(tokens, index + 1)
                and (entry := self.gazetteer.lookup(token.text)) is not None
                and entry.type == "Place"
                and entry.key.startswith(_CHINESE_DIVISION_PREFIX)
            ):
                result += [
                    _Candidate(token.start, token.start + 1, "Place", "place-abbreviation"),
                    _Candidate(token.start + 1, token.end, "Place", "place-abbreviation"),
                ]
        return result

    @staticmethod
    def _relation_word_at(tokens: list[Token], index: int) -> bool:
        """Whether the word at ``index`` begins with a word of relations between places
        (双方同意, 边境地区, 两国关系)."""
        return index < len(tokens) and tokens[index].text[:2] in _RELATION_WORDS

    def _place_abbreviation_lists(self, tokens: list[Token]) -> list[_Candidate]:
        """中、美、俄三国: one-character place abbreviations listed with 、 are
        places, as they are when written together; so are those of countries news
        abbreviates only beside another (坦、赞两国), where the count closes the list.
        Only the 、 are visited."""
        listed: set[int] = set()
        paired = self.gazetteer.place_abbreviations
        for index in self._positions(tokens, words=("、",)):
            if not 1 <= index < len(tokens) - 1:
                continue
            following = tokens[index + 1].text
            if (
                tokens[index].text == "、"
                and tokens[index - 1].text in paired
                and len(following) == 3
                and following[0] in paired
                and _COUNT_OF_FORCES.fullmatch(following[1:]) is not None
            ):
                listed.update((index - 1, index + 1))  # 坦、|赞两国: the count glued to the last
                continue
            if (
                tokens[index].text == "、"
                and tokens[index - 1].text in _PLACE_ABBREVIATIONS
                and (
                    following in _PLACE_ABBREVIATIONS
                    # 美、日、德、意等国: the HMM glued the list's last country to 等 after it
                    # (美、日、英|等近|10个国家: with what follows 等 too)
                    or (
                        following[0] in _PLACE_ABBREVIATIONS
                        and (
                            following[1:] in _END_OF_LIST_OF_COUNTRIES
                            or following[1:2] == "等"
                            # 辽、吉、黑|三省, 苏、浙|两省: with the count of the places
                            or _PLACES_COUNTED.fullmatch(following[1:]) is not None
                            # 中、巴|两军: the last country glued to the count of the countries' forces
                            or _COUNT_OF_FORCES.fullmatch(following[1:]) is not None
                        )
                    )
                )
            ):
                listed.update((index - 1, index + 1))
        listed.update(_listed_province_characters(tokens))
        return [_Candidate(tokens[i].start, tokens[i].start + 1, "Place", "place-abbreviation") for i in sorted(listed)]

    def _bylines(self, text: str) -> list[_Candidate]:
        """（记者 李光正）, （记者周正阳、赵文华）, 人民日报记者 高翔 王芳 报道: the reporters a
        byline names after 记者, each a whole name of a surname and one to three more
        characters, set apart by spaces, 、 or the byline's end, which jieba cuts as
        words or places (李光|正, 周|正阳, 徐|永春). Written without a space after a
        dateline (电记者江南、俞慧友报道, 讯记者刘水明报道), a name is also no word jieba
        knows as anything but a name or place (记者连续报道, 记者跟踪报道)."""
        result = []
        spaced = [(match, False) for match in _BYLINE.finditer(text)]
        for match, unspaced in spaced + [(match, True) for match in _BYLINE_UNSPACED.finditer(text)]:
            for name in _BYLINE_NAME.finditer(text, match.start(1), match.end(1)):
                word = name.group()
                compound = word[:2] in self.gazetteer.compound_surnames
                if not ((compound and len(word) >= 3) or (word[0] in self.gazetteer.surnames and len(word) <= 3)):
                    continue
                if (
                    unspaced
                    and self.tokenizer.FREQ.get(word, 0) > 0
                    and word not in self.gazetteer.by_name
                    and self._tags.get(word, "n") not in _BYLINE_NAME_TAGS
                ):
                    continue
                result.append(_Candidate(name.start(), name.end(), "Person", "person-byline"))
        return result

    def _people_opening_speech(self, text: str, tokens: list[Token]) -> list[_Candidate]:
        """王建国说, 据李红军介绍, “……”张立新表示, 林强还说: a Chinese name that opens a
        clause right before a verb of saying (or an adverb and the verb), however jieba
        cut it (王|建国, 李|红军): a surname and one or two characters (a compound surname
        and one or two) that jieba's dictionary does not hold as a word, and that are no
        form of address (李总), title (王局长), body (林业局), country's side (巴方则),
        ordinary word and a character (余额宝) or character and a function word (但同时); two
        characters only with a common surname and a character common in names."""
        result = []
        compound_surnames = self.gazetteer.compound_surnames
        for index in self._positions(tokens, words=SAYING_VERBS, last_chars=("说",)):
            verb = tokens[index]
            if verb.text in SAYING_VERBS:
                end = verb.start
                if index == 0:
                    continue
                before = tokens[index - 1]
                if before.text in _ADVERBS_AFTER_NAME:
                    end = before.start  # 林强|还|说: an adverb between the name and the verb
                elif before.tag[:1] in _FUNCTION_TAGS:
                    continue
            elif len(verb.text) == 2:
                end = verb.end - 1  # 韦德|明说: the given name's last character glued to 说
            else:
                continue
            for length in (2, 3, 4):
                start = end - length
                if start < 0 or not (start == 0 or text[start - 1] in _CLAUSE_OPENING):
                    continue
                # the name begins a word, or follows the 据 jieba glued to its surname (据段|建国)
                if _index_of_word_starting_at(tokens, start) is None and text[start - 1 : start] != "据":
                    continue
                name = text[start:end]
                if length == 4 and name[:2] not in compound_surnames:
                    continue
                if (
                    _ALL_CJK.match(name) is None
                    or _UNNAMED in name
                    or not self._looks_like_chinese_name(name)
                    # a word of jieba's dictionary, a name of it (曹操) or not (师傅, 卢比), is
                    # read by the other rules: this one finds the names it cut in two
                    or self.tokenizer.FREQ.get(name, 0) > 0
                    # 李总|表示, 温总则|认为: a form of address, see _surnames_before_titles
                    # (but 家 is common in given names: 王家卫)
                    or name[-1] in _HONORIFICS
                    or (name[1] in _HONORIFICS and name[1] != "家")
                    # 巴方|则|表示: a country's side and the word after it, see _is_side_glued_to_next
                    or (name[1] == "方" and name[0] in _PLACE_ABBREVIATIONS and name[0] not in _COMPASS_POINTS)
                    # 余额|宝: an ordinary word and one more character, a product's name
                    # (but 黄海|峰|表示: a place's name and a character common in given names)
                    or (
                        length == 3
                        and self._is_ordinary_word(name[:2])
                        and not (
                            (entry := self.gazetteer.lookup(name[:2])) is not None
                            and entry.type == "Place"
                            and name[0] in self.gazetteer.common_surnames
                            and self._is_given_name(name[2], _PAIR_GIVEN_NAME_COUNT)
                        )
                    )
                    # 但|同时|也|表示: a character and a function word, no given name
                    or self._tags.get(name[-2:], "")[:1] in _FUNCTION_TAGS
                    # 易观, 鲁能: a surname and one character are a company's short name as
                    # often, unless the surname is common and the character common in names
                    or (
                        length == 2
                        and not (
                            name[0] in self.gazetteer.common_surnames
                            and self._is_given_name(name[1], _PAIR_GIVEN_NAME_COUNT)
                        )
                    )
                    or name in self.gazetteer.by_name
                    or name[1:] in self.gazetteer.titles
                    or name[1:] in _TITLE_AFTER_SURNAME_SET
                    or self._suffix_of(name) is not None
                ):
                    continue
                result.append(_Candidate(start, end, "Person", "person-surname"))
                break
        return result

    def _people_giving_reports(self, tokens: list[Token]) -> list[_Candidate]:
        """何维作|常委会|工作|报告: a name jieba's HMM glued to 作 ("gives"), before the
        report or speech given, is the name without it. Only the words ending in 作 are
        visited."""
        result = []
        for index in self._positions(tokens, last_chars="作"):
            token = tokens[index]
            if (
                len(token.text) == 2
                and token.text[1] == "作"
                and index > 0
                and len(surname := tokens[index - 1].text) == 1
                and tokens[index - 1].tag == "nr"
                and surname in self.gazetteer.surnames
                and self._is_given_name(token.text[0])
                and _REPORT_GIVEN.match("".join(t.text for t in tokens[index + 1 : index + 6])) is not None
            ):
                # 县长|陈|杰作|政府工作报告: a surname, then the given name glued to 作 into a
                # word of the dictionary's (杰作, a masterpiece)
                result.append(_Candidate(tokens[index - 1].start, token.start + 1, "Person", "person-title"))
                continue
            if token.tag != "new" or len(token.text) not in (3, 4) or not token.text.endswith("作"):
                continue
            name = token.text[:-1]
            after = "".join(t.text for t in tokens[index + 1 : index + 6])
            if (
                _REPORT_GIVEN.match(after) is not None
                and self._looks_like_chinese_name(name)
                and not self._is_ordinary_word(name)
            ):
                result.append(_Candidate(token.start, token.end - 1, "Person", "person-title"))
        return result

    def _people_taking_posts(self, text: str, tokens: list[Token]) -> list[_Candidate]:
        """李路明任清华大学校长, 史占中任兰州大学校长: a name opening a clause of an
        appointment, right before 任 and a body or place the gazetteer knows, then a title
        ending the clause; the HMM glues 任 to the name's last character (李路|明任, 史|占|中任)."""
        result: list[_Candidate] = []
        starts: dict[int, Token] | None = None  # where the words start, found once if needed
        for match in _TAKES_A_POST.finditer(text):
            name = match["name"]
            if name[-1] + "任" in _APPOINTMENT_VERBS or name[-1] in _BEFORE_REN:
                continue  # 廖林|曾任, 吴磊|现任: the name ends before the verb's own word
            if starts is None:
                starts = {token.start: token for token in tokens}
            after = starts.get(match.end())
            if after is None or after.tag != "gaz" or self._gazetteer_type(after) not in ("Organization", "Place"):
                continue
            compound = name[:2] in self.gazetteer.compound_surnames
            if not (compound or name[0] in self.gazetteer.surnames) or _UNNAMED in name:
                continue
            # (the frame vouches for a name: 李术才, 术 less common)
            given = name[2:] if compound else name[1:]
            if self._is_ordinary_word(name) or not self._is_given_name(given, _GIVEN_NAME_COUNT // 5):
                continue
            clause_end = next(
                (i for i in range(match.end(), min(len(text), match.end() + 30)) if text[i] in "，,。；;（("), None
            )
            if clause_end is None or not any(
                self._is_title(text[i:clause_end]) for i in range(after.end, clause_end - 1)
            ):
                continue  # (the clause ends in a title: 校长, 党委书记)
            result.append(_Candidate(match.start("name"), match.end("name"), "Person", "person-appointed"))
        return result

    def _people_sentenced(self, text: str) -> list[_Candidate]:
        """判处欧文龙有期徒刑, 判处王建国死刑: the person a court sentences, between 判处 and
        the sentence, whatever jieba made of the name (欧文|龙: a brand and a noun); a
        surname and one or two characters, or a compound surname and one or two."""
        result = []
        for match in _SENTENCED.finditer(text):
            name = match.group(1)
            if _UNNAMED in name:
                continue  # 判处钱某: an anonymised person is left out, as everywhere
            compound = name[:2] in self.gazetteer.compound_surnames
            if (compound and len(name) >= 3) or (
                not compound and name[0] in self.gazetteer.surnames and len(name) <= 3
            ):
                result.append(_Candidate(match.start(1), match.end(1), "Person", "person-title"))
        return result

    def _book_titles(self, text: str) -> list[_Candidate]:
        """Named documents in title marks: 《广东省信息化促进条例》, with a following
        kind word when there is one (《…》白皮书)."""
        result = []
        for match in _BOOK_TITLE.finditer(text):
            start, end = match.span()
            inner = match.group(0)[1:-1]
            outlet = next((word for word in _OUTLET_AFTER_TITLE if text.startswith(word, end)), None)
            known = self.gazetteer.lookup(inner)
            # 《晨报》, 《侨报》: a paper's name of two characters too, no kind of report (《警报》)
            named = (
                (len(inner) >= 3 and inner.endswith(_OUTLET_ENDINGS))
                or (len(inner) >= 2 and _is_newspaper_name(inner))
                or (known is not None and known.subtype == "MediaOutlet")
            )
            country = self._country_before(text, start) if outlet is not None or named else 0
            if country:
                # 英国《新科学家》周刊, 英国《星期日泰晤士报》: a country's outlet, named with it.
                result.append(
                    _Candidate(
                        start - country, end + len(outlet or ""), "Organization", "book-title", subtype="MediaOutlet"
                    )
                )
                continue
            if outlet is not None:
                # 《财富》杂志, 《东方艺术》杂志社: the magazine or its office, a media outlet.
                result.append(_Candidate(start, end + len(outlet), "Organization", "book-title", subtype="MediaOutlet"))
                continue
            if named:
                # 《人民日报》, 《光明日报》社论, 《求是》: a newspaper or magazine named in
                # title marks is the outlet; the marks are no part of its name.
                result.append(_Candidate(start + 1, end - 1, "Organization", "book-title", subtype="MediaOutlet"))
                continue
            subtype = next((kind for word, kind in _DOCUMENT_SUBTYPES if inner.endswith(word)), None)
            for word, kind in _DOCUMENT_SUBTYPES:
                if len(word) >= 2 and text.startswith(word, end):
                    if subtype is not None and word in _KINDS_THAT_ARE_VERBS:
                        break  # 《网络安全法》|规定: the law stipulates, no document called so
                    end += len(word)
                    subtype = kind
                    break
            result.append(_Candidate(start, end, "Document", "book-title", subtype=subtype or "Document"))
        return result

    def _events(self, text: str, tokens: list[Token], candidates: list[_Candidate]) -> list[_Candidate]:
        """Named events: an edition (第六届, 首届, 2024年), a name of bodies, fields or a
        quoted name, and a head word (博览会, 峰会, 论坛, 运动会 …; one whose name holds a
        place is left out after, see :func:`_events_without_places`):
        第十九届国际航空货运论坛, 2024世界智能产业博览会, “一带一路”国际合作高峰论坛. A
        known body stays one (世界经济论坛, 世界互联网大会), and so does a congress of
        deputies (全国人民代表大会, 国际足联代表大会) and a body's own meeting named by the
        body alone (亚洲开发银行年会: the bank, as People's Daily tags it); a head word
        after words that only say which or what kind of meeting is no name (本届大会,
        庆祝大会, 高级别研讨会)."""
        named = {(c.start, c.end): c.type for c in candidates if c.type in ("Place", "Organization")}
        inside_names = {i for (start, end) in named for i in range(start, end)}
        known_bodies = {c.start for c in candidates if c.type == "Organization" and c.rule == "gazetteer"}
        token_at = {token.start: index for index, token in enumerate(tokens)}
        token_ending = {token.end: index for index, token in enumerate(tokens)}
        result = []
        for match in _EVENT_HEAD.finditer(text):
            head_start, head_end = match.span()
            if head_end not in token_ending and head_end not in token_at and head_end != len(text):
                continue  # 大会|战 ... : the head word runs into the next word
            name_start, index = head_start, token_ending.get(head_start, -1) + 1 or None
            if index is None:
                # 体育运动|会, 高峰论坛, 庆祝大会: the head word ends a word of jieba's
                index = bisect_right(tokens, head_start, key=attrgetter("start")) - 1
                if index < 0 or not tokens[index].start < head_start < tokens[index].end:
                    continue
                name_start = tokens[index].start
            words: list[str] = [text[name_start:head_start]] if name_start < head_start else []
            quoted = False
            back = index - 1
            while back >= 0 and head_start - tokens[back].start <= 20:
                token = tokens[back]
                if token.text in _CLOSING_QUOTES:
                    opening = next(
                        (i for i in range(back - 1, max(-1, back - 10), -1) if tokens[i].text in _OPENING_QUOTES), None
                    )
                    if opening is None:
                        break
                    quoted, name_start, back = True, tokens[opening].start, opening - 1
                    continue
                if (
                    token.text in _EVENT_DEICTICS
                    or token.text in _EVENT_VERBS
                    or (_ALL_CJK.match(token.text) is None and token.tag != "eng")
                ):
                    break
                if token.tag not in _EVENT_NAME_TAGS and token.start not in inside_names:
                    break
                words.insert(0, token.text)
                name_start, back = token.start, back - 1
            name = text[name_start:head_start]
            head = match.group()
            if not name or (not quoted and all(word in _EVENT_GENERIC_WORDS for word in words)):
                continue
            if text.startswith(_EVENT_COMMITTEE_WORDS, head_end):
                continue  # 全运会组委会: the committee named with its event, a body
            if head == "大会" and ("代表" in name[-4:] or "人民代表" in name or name.endswith(("党", "团"))):
                continue  # 全国人民代表大会, 国际足联代表大会, 职工代表大会: a congress, a body
            if head in ("大会", "年会") and named.get((name_start, head_start)) == "Organization":
                continue  # 亚洲开发银行年会: the bank's meeting, named by the bank
            if head == "论坛" and name_start in known_bodies:
                continue  # 上合组织数字经济论坛: a known body's forum, linked with it as a body
            known = self.gazetteer.lookup(text[name_start:head_end])
            if known is not None and known.type != "Event":
                continue  # 世界经济论坛, 博鳌亚洲论坛: a body named like an event
            edition = _EVENT_EDITION.search(text, max(0, name_start - 8), name_start)
            start = edition.start() if edition is not None else name_start
            if start == name_start and known is not None:
                continue  # 世界人工智能大会: the gazetteer's match names it
            if start == name_start and not quoted and len(name) < 3:
                continue  # 创业论坛, 软件研讨会: a kind of meeting, no event's name
            result.append(_Candidate(start, head_end, "Event", "event-name", subtype="Event"))
        for candidate in candidates:
            if (
                candidate.type == "Event"
                and not text.startswith(_EVENT_COMMITTEE_WORDS, candidate.end)
                and (edition := _EVENT_EDITION.search(text, max(0, candidate.start - 8), candidate.start))
            ):
                # 第二届进博会: a known event in one of its editions, an event of its own
                result.append(_Candidate(edition.start(), candidate.end, "Event", "event-name", subtype="Event"))
        return result

    def _country_before(self, text: str, position: int) -> int:
        """The length of the country's name that ends at ``position`` (英国 before
        《新科学家》), or 0."""
        for length in range(2, 7):
            entry = self.gazetteer.lookup(text[max(0, position - length) : position])
            if entry is not None and entry.subtype == "Country":
                return length
        return 0

    def _alias_definitions(self, text: str, candidates: list[_Candidate]) -> list[_Candidate]:
        """A name followed by another in parentheses names one thing twice:
        澳大利亚联邦科学与工业研究组织 (CSIRO), 社交化商务（Social Commerce）, a body
        and its second name (安徽省数据资源管理局（安徽省政务服务管理局）)."""
        if "（" not in text and "(" not in text:
            return []
        by_end: dict[int, list[_Candidate]] = {}
        by_span = {(c.start, c.end): c for c in candidates}
        organizations = {(c.start, c.end) for c in candidates if c.type == "Organization"}
        for candidate in candidates:
            by_end.setdefault(candidate.end, []).append(candidate)
        result = []
        for match in _PARENS.finditer(text):
            inner_start, inner_end = match.span(1)
            inner = match.group(1)
            listed = _STOCK_CODE_AFTER.match(inner)
            if listed is not None:
                # （药明康德，603259.SH）: a listed company's short name and its stock code
                inner_end = inner_start + listed.end(1)
                inner = listed.group(1)
            called = _SO_CALLED.match(inner)
            if called:
                # （以下简称“国家发改委”）: the name the text goes on to use
                inner_start, inner_end = inner_start + called.start(1), inner_start + called.end(1)
                inner = called.group(1)
                if text[inner_start - 1] == "《" and text[inner_end : inner_end + 1] == "》":
                    # （以下简称《意见》）: a document's short title, in its title marks
                    inner_start, inner_end = inner_start - 1, inner_end + 1
            before = max(
                by_end.get(match.start(), []) + by_end.get(_skip_space_back(text, match.start()), []),
                key=lambda c: c.end - c.start,
                default=None,
            )
            if before is None:
                continue
            linked = by_span.get((inner_start, inner_end))
            if (
                linked is not None
                and before.type == "Organization" == linked.type
                and self._second_sign_of_a_local_body(text[before.start : before.end], inner)
            ):
                # 浙江省市场监督管理局（知识产权局）: the local body's second name, not the
                # national body the bare name is to the gazetteer
                result.append(
                    _Candidate(
                        inner_start,
                        inner_end,
                        "Organization",
                        "alias-definition",
                        before.key or f"={before.start}:{before.end}",
                        before.subtype,
                    )
                )
                continue
            if (
                linked is not None
                and before.type == "Organization" == linked.type
                and before.key is None
                and (entry := self.gazetteer.entries.get(linked.key or "")) is not None
                and entry.subtype == "Company"
                and text[before.start : before.end].endswith(("公司", "集团"))
                and (entry.label == inner or entry.label in text[before.start : before.end])
            ):
                # 无锡药明康德新药开发股份有限公司（以下简称“药明康德”）: a company the gazetteer
                # knows by that very short name (or whose name the full one holds) is the
                # company the text defines, which the headline may already have named
                result.append(
                    _Candidate(before.start, before.end, "Organization", "alias-definition", linked.key, linked.subtype)
                )
                continue
            if (
                linked is not None
                and linked.key is not None
                # 南京航空航天大学（南航）: a short form of the name before it, which the
                # gazetteer gives to another body (南航, China Southern), is this body's
                and not (
                    before.type == "Organization"
                    and linked.key != before.key
                    and self._is_short_form(inner, text[before.start : before.end])
                )
                # 技术转型服务部（TTS）, 皇冠商业服务局（CCS）: a body's own acronym, which the
                # gazetteer gives to a technology (text to speech, carbon capture)
                and not (
                    before.type == "Organization"
                    and linked.type not in ("Organization", "Place")
                    and _ACRONYM.match(inner) is not None
                )
            ):
                if (
                    before.type == "Organization" == linked.type
                    and before.key is None
                    and linked.key in self.gazetteer.entries
                    and (
                        _ACRONYM.match(inner) is not None
                        or self._is_short_form(inner, text[before.start : before.end])
                        # 美国开放人工智能研究中心(OpenAI): the body's own name in Latin letters
                        or (
                            _LATIN_WORDS.fullmatch(inner) is not None
                            and _ALL_CJK.match(text[before.start : before.end])
                        )
                    )
                ):
                    # 国家互联网应急中心（CNCERT）: a name the gazetteer does not hold, defined
                    # by one it does, is that body
                    result.append(
                        _Candidate(
                            before.start, before.end, "Organization", "alias-definition", linked.key, linked.subtype
                        )
                    )
                continue  # a name of its own, linked already
            is_name = (
                bool(_ACRONYM.match(inner))
                or _LATIN_WORDS.fullmatch(inner) is not None
                # 《信息安全技术 网络安全等级保护基本要求》（GB/T 22239-2019）: a standard and its number
                or (before.type == "Document" and _STANDARD_NUMBER.fullmatch(inner) is not None)
            )
            is_name = (
                is_name
                or (
                    bool(_ALL_CJK.match(inner))
                    and 2 <= len(inner) <= 20
                    and (
                        called is not None
                        or not _IS_CJK.search(text[before.start : before.end])
                        # 中国电子信息产业集团有限公司（中国电子）, 合肥高新技术产业开发区（合肥
                        # 高新区）: some of the name's characters in order
                        or (
                            before.type in ("Organization", "Place")
                            and self._is_short_form(inner, text[before.start : before.end])
                        )
                        # 安徽省数据资源管理局（安徽省政务服务管理局）: the body's second name,
                        # an organization's whole name on its own
                        or (before.type == "Organization" and (inner_start, inner_end) in organizations)
                    )
                )
            )
            if is_name:
                result.append(
                    _Candidate(
                        inner_start,
                        inner_end,
                        before.type,
                        "alias-definition",
                        before.key or f"={before.start}:{before.end}",
                        before.subtype,
                    )
                )
        return result

    def _second_sign_of_a_local_body(self, name: str, inner: str) -> bool:
        """Whether ``inner``, in brackets after the local body ``name``, is that body's
        second name (一个机构两块牌子): ``name`` begins with a place, ``inner`` with none
        and no national word (国家, 中国, 中央, 全国), and ends as a government
        department does (局, 厅, 委, 办)."""
        return (
            inner[-1:] in _ABBREVIATED_BODY_ENDINGS
            and not inner.startswith(("国家", "中国", "中央", "全国"))
            and self._leading_place_length(inner) == 0
            and self._leading_place_length(name) > 0
        )

    def _is_short_form(self, word: str, name: str, rest: str | None = None) -> bool:
        """Whether ``word`` shortens the organization's ``name``, with or without the
        places it begins with (海淀法院 for 北京市海淀区人民法院, 玉林街道办 for 成都市武侯区
        玉林街道办事处, 两江新区管委会 for 重庆两江新区管理委员会); ``rest`` is ``name``
        without its first place, when known."""
        if rest is None:
            rest = self._without_leading_place(name)
        if _shortens(word, name) or _shortens(word, rest):
            return True
        word_place, word_rest = self.gazetteer.leading_place(word)
        name_place, name_rest = self.gazetteer.leading_place(name)
        if word_place is not None and name_place is not None and word_place.key == name_place.key:
            return bool(word_rest) and _shortens(word_rest, name_rest)  # the place by another of its names
        tail = rest
        while (after := self.gazetteer.leading_place(tail)[1]) and after != tail:
            tail = after
            if _shortens(word, tail):
                return True
        return False

    def _place_and_its_body(self, word: str) -> bool:
        """Whether ``word`` is a Chinese division and a body every division has, a name in
        full of its own (绥化市委, 庆安县政府), which abbreviates no other name (but 西安工厂
        may be a company's plant there, 黄河公司 a company named after the river)."""
        place, rest = self.gazetteer.leading_place(word)
        return (
            place is not None
            and place.key.startswith("cn-")
            and (rest.endswith("委") or rest in ("政府", "人民政府", "人大", "政协"))
        )

    def _add_short_forms(
        self, view: TextView, tokens: list[Token], chosen: list[_Candidate], document: Document
    ) -> list[_Candidate]:
        """Inside one article, later short forms of a name resolve to it: 海关 after
        海关总署, 政务服务中心 after 广州市政务服务中心, 标委会 after 广西物联网标准化技术
        委员会, English after Bill English, CSIRO after it was defined in parentheses. A
        short form the rules found as a name of its own is pointed at the full name too."""
        if not chosen:
            return chosen
        text = view.text
        offsets = view.offsets
        references = _ShortForms(document, offsets, chosen)
        refer, added, replaced = references.refer, references.added, references.replaced

        forms: dict[str, list[_Candidate]] = {}
        abbreviated: dict[str, list[tuple[str, _Candidate]]] = {}
        for candidate in chosen:
            surface = text[candidate.start : candidate.end]
            for form in self._short_forms(surface, candidate, tokens) if candidate.type in _SHORTENED_TYPES else ():
                forms.setdefault(form, []).append(candidate)
            if candidate.rule == "alias-definition":
                forms.setdefault(surface, []).append(candidate)
            if candidate.type == "Organization" and candidate.key is None and _ALL_CJK.match(surface):
                # 标委会 abbreviates the name or its last words (标准化技术委员会).
                core_start = candidate.end - len(self._without_leading_place(surface))
                # (by index: islice would step through every word before the first)
                index = bisect_left(tokens, core_start, key=attrgetter("start"))
                while index < len(tokens) and tokens[index].start < candidate.end - 4:
                    start = tokens[index].start
                    abbreviated.setdefault(text[start], []).append((text[start : candidate.end], candidate))
                    index += 1
        # 琼斯 once after a title, then alone; 丝路基金 before a title, then before a verb:
        # a name the rules found written again in the article
        found_names: dict[str, list[_Candidate]] = {}
        for candidate in chosen:
            if candidate.type in ("Person", "Place", "Organization") and candidate.rule not in _NOT_NAMING_AGAIN:
                surface = text[candidate.start : candidate.end]
                if self._may_name_again(surface):
                    found_names.setdefault(surface, []).append(candidate)
        if found_names:
            # whole words only: a run of up to four words that spells the name (a look-up
            # per word, where a pattern of every name would try each at every character);
            # only the words that begin a name are visited
            beginnings = {name[:length] for name in found_names for length in range(1, len(name) + 1)}
            after_last_name = 0  # the first token after the last name found again
            for index in self._positions(tokens, words=beginnings):
                if index < after_last_name:
                    continue
                word, found = "", None
                for following in tokens[index : index + 4]:
                    word += following.text
                    if word not in beginnings:
                        break
                    if word in found_names:
                        found = (following.end, word)
                if found is None:
                    continue
                end, word = found
                refer(tokens[index].start, end, found_names[word], again=True)
                after_last_name = index
                while after_last_name < len(tokens) and tokens[after_last_name].start < end:
                    after_last_name += 1
        # 瓦伊|什瑙说 (jieba's new word): a surname the rules found ends inside a word
        people = {(c.start, c.end) for c in chosen if c.type == "Person"}
        for start, end in _leftmost_longest(text, forms):
            first_word = _index_of_word_starting_at(tokens, start)
            if (
                first_word is not None
                and (
                    _index_of_word_ending_at(tokens, end) is not None
                    # 海关|监管 as one word, 海关人员: the body's short form and a generic tail
                    or tokens[first_word].text[end - start :] in _BODY_TAILS
                    or (start, end) in people
                    # 机管|局主席: the short form the article defined, its last character
                    # glued to its head's title
                    or (
                        any(full.rule == "alias-definition" for full in forms[text[start:end]])
                        and self._title_glued_at(tokens, end)
                    )
                )
                # 两国|海关, 直属|海关: the bodies of that kind, not the one named
                and not _scoped_as_a_kind(text, start)
            ):
                refer(start, end, forms[text[start:end]])
        abbreviating: dict[str, list[_Candidate]] = {}
        token_ends = {t.end for t in tokens} if abbreviated else set()
        for index in self._positions(tokens, first_chars=abbreviated.keys()) if abbreviated else ():
            start = tokens[index].start
            named = abbreviated[text[start]]
            for end in (start + 4, start + 3):
                word = text[start:end]
                # (经科|局局长: the short form's last character glued to its head's title)
                if end not in token_ends and not self._title_glued_at(tokens, end):
                    continue
                if word not in abbreviating:
                    abbreviating[word] = [full for core, full in named if _abbreviates(word, core)]
                fulls = abbreviating[word]
                if (
                    fulls
                    and word not in self.gazetteer.by_name
                    # 管委会 after …管理委员会: a body's short suffix abbreviates its full one
                    and (not self._is_ordinary_word(word) or self._abbreviated_suffix(word))
                    # 第二庭 of another court, not of 第二巡回法庭: a number abbreviates no name
                    and word[0] != "第"
                    # 绥化市委 after 绥化市庆安县委: a place's own body, named in full
                    and not self._place_and_its_body(word)
                    # 当地|司法局 after 司法部公共法律服务管理局: the local body of that kind
                    and not _scoped_as_a_kind(text, start)
                ):
                    refer(start, end, fulls)
                    break
        # The bodies named, by name, and the names by their first and last characters:
        # a body is named again only by a word sharing one of them (see _names_again).
        bodies: dict[str, list[_Candidate]] = {}
        for c in chosen:
            if c.type == "Organization":
                bodies.setdefault(text[c.start : c.end], []).append(c)
        by_first_or_last: dict[str, list[str]] = {}
        named_again: dict[tuple[str, str], bool] = {}
        rests: dict[str, str] = {}  # the names without their leading places
        for name in bodies:
            by_first_or_last.setdefault("^" + name[0], []).append(name)
            by_first_or_last.setdefault(name[-1], []).append(name)
            if name.endswith("公司") and (rest := self._without_leading_place(name)) != name and rest:
                # 三鹿集团 … 石家庄三鹿集团股份有限公司: a company by its name after the place
                rests[name] = rest
                by_first_or_last.setdefault("^" + rest[0], []).append(name)
            if name.endswith("公司") and (own := self._after_parents_short_name(name)):
                # 胜利油田 … 中国石化胜利油田有限公司: a company by its name after its parent's
                by_first_or_last.setdefault("^" + own[0], []).append(name)
        for index, candidate in enumerate(chosen):
            if candidate.type != "Organization" or candidate.key is not None or index in replaced:
                continue
            surface = text[candidate.start : candidate.end]
            if (
                candidate.rule not in ("org-suffix", "jieba")
                # 市委 after 衢州市委: a committee named by its level alone
                or (len(surface) < 3 and surface[:1] not in _ADMINISTRATIVE_LEVELS)
                or not _ALL_CJK.match(surface)
            ):
                continue
            names = {*by_first_or_last.get("^" + surface[0], ()), *by_first_or_last.get(surface[-1], ())}
            for ending in _SHORT_ENDINGS.get(surface[-1], ()):  # 委 for 委员会, 办 for 办公室
                names.update([name for name in by_first_or_last.get(ending[-1], ()) if name.endswith(ending)])
            fulls = []  # of each name that names the body again, its last before the candidate
            for name in names:
                # (菲亚特克莱斯勒汽车集团 after …汽车公司: a group by the company's name)
                if len(name) < len(surface) or (
                    len(name) == len(surface) and not (surface.endswith("集团") and name.endswith("公司"))
                ):
                    continue
                if (surface, name) not in named_again:
                    if name not in rests:
                        rests[name] = self._without_leading_place(name)
                    named_again[(surface, name)] = self._names_again(surface, name, rests[name])
                before = bisect_right(bodies[name], candidate.start, key=_candidate_end)
                if named_again[(surface, name)] and before:
                    fulls.append(bodies[name][before - 1])
            if fulls:
                # of the names it names again, the shortest: 中科院物理所 is 中国科学院物理研究所,
                # not 中国科学院大连化学物理研究所
                shortest = min(full.end - full.start for full in fulls)
                fulls = sorted((full for full in fulls if full.end - full.start == shortest), key=_candidate_start)
                refer(candidate.start, candidate.end, fulls)
        if not added and not replaced:
            return chosen
        kept = [replaced.get(index, candidate) for index, candidate in enumerate(chosen)]
        return sorted(kept + added, key=lambda c: (c.start, c.end))

    def _title_glued_at(self, tokens: list[Token], offset: int) -> bool:
        """Whether a word runs across ``offset`` and its part after it is a title (局|主席
        of 机管|局主席, where 机管局 ends at ``offset``)."""
        index = bisect_right(tokens, offset, key=attrgetter("start")) - 1
        if index < 0 or not tokens[index].start < offset < tokens[index].end:
            return False
        token = tokens[index]
        return token.text[offset - token.start :] in self.gazetteer.titles

    def _may_name_again(self, name: str) -> bool:
        """Whether a name the rules found (a person's, or a place's or body's the gazetteer
        does not hold), wherever else the article writes it as a word, names the same
        thing there too: two to eight Chinese characters, not an everyday word of jieba's
        dictionary (高峰, 黎明) nor a name the gazetteer holds for something else."""
        letters = name.replace("·", "")
        if not 2 <= len(letters) <= 8 or _ALL_CJK.match(letters) is None:
            return False
        if self._is_ordinary_word(name) or name in self.gazetteer.not_entities:
            return False
        entry = self.gazetteer.lookup(name)
        if entry is None and (BODY_OF_A_LEVEL.fullmatch(name) or UNIT_OF_A_LEVEL.fullmatch(name)):
            return False  # 市公安局 is each time the body of the city the sentence is about
        return entry is None or entry.type == "Person"

    def _abbreviated_suffix(self, word: str) -> bool:
        """Whether ``word`` is a body's suffix that shortens a longer one (管委会 of
        管理委员会, 人社局), so written alone it names the article's body of that kind,
        though jieba knows it as a word; not one written out whole (委员会, 办公室)."""
        return word in self.gazetteer.suffix_by_text and any(
            len(suffix) > len(word) and _abbreviates(word, suffix) for suffix in _FULL_SUFFIXES
        )

    def _leading_body(self, name: str) -> GazetteerEntry | None:
        """The longest body the gazetteer knows that begins ``name`` and is not all of it,
        by a name of three characters or more (中国银行 of 中国银行广东省分行), or None."""
        for length in range(len(name) - 1, 2, -1):
            entry = self.gazetteer.lookup(name[:length])
            if entry is not None and entry.type == "Organization":
                return entry
        return None

    def _another_body(self, body: GazetteerEntry, name: str) -> bool:
        """Whether ``name`` is that of no unit of ``body``: it holds none of the body's names
        (驻国务院国资委纪检监察组 holds 国务院国资委) and begins with no body of its family
        (中海石油（中国）有限公司, a company of 中海油's group)."""
        if any(len(known) >= 2 and known in name for known in body.names):
            return False
        theirs = self._leading_body(name)
        if theirs is None:
            return False
        family = {body.key, *(a.key for a in self.gazetteer.ancestors(body.key))}
        return theirs.key not in family and body.key not in {a.key for a in self.gazetteer.ancestors(theirs.key)}

    def _names_again(self, word: str, name: str, rest: str) -> bool:
        """Whether a body's name that rules found, ``word``, names again the body an
        article named in full as ``name``: shortened with its place (杭州中院 for
        杭州市中级人民法院, 陕西高院 for 陕西省高级人民法院), with the level of its place
        alone (省卫健委 for 四川省卫生健康委员会, 省疾控中心 for 广东省疾病预防控制中心),
        without what it belongs to (华西医院 for 四川大学华西医院) or without its legal
        form (天津港集团 for 天津港集团有限公司). It must end as the name does, or in 委
        for a 委员会 and 办 for an 办公室 or 办事处 (成都市网络理政办), so that 上海市委 does not name
        上海市卫生健康委员会 again. ``word``
        is a shorter run of three or more Chinese characters; ``rest`` is ``name``
        without the place it begins with."""
        if name.endswith("纪委监委") and word.endswith("监委") and not word.endswith("纪委监委"):
            return False  # 四川省监委 after 四川省纪委监委: the supervisory commission of the two
        if (mine := self._leading_body(word)) is not None and self._another_body(mine, name):
            return False  # 中国银行广东省分行 after 中国人民银行广东省分行: another bank's branch
        if len(word) == 2 and word[1] == "委" and (formal := _FORMAL_PARTY_COMMITTEE.fullmatch(name)) is not None:
            name = rest = formal["place"] + "委"  # 省委 after 中国共产党广东省第十三届委员会: its formal name
        place, body = self.gazetteer.innermost_leading_place(word) if word.endswith(_LEVEL_BODIES) else (None, "")
        if name.endswith(word) and len(word) >= 4 and place is None:
            # (纽约大学 after 上海纽约大学: the name is a place's and another city's body, a
            # name of its own; but 瑞金医院 after 上海交通大学医学院附属瑞金医院)
            return not (rest == word and self._begins_with_a_city(word))
        if name.startswith(word):
            return name[len(word) :] in _LEGAL_FORMS
        own = self._after_parents_short_name(name) if len(word) >= 4 else ""
        if own.startswith(word) and own[len(word) :] in _LEGAL_FORMS:
            return True  # 胜利油田 after 中国石化胜利油田有限公司
        if rest.startswith(word) and len(word) >= 4:
            tail = rest[len(word) :]
            if tail.removeprefix("（集团）") in _LEGAL_FORMS:
                # 三鹿集团 after 石家庄三鹿集团股份有限公司, 复星医药 after 上海复星医药（集团）
                # 股份有限公司: the company without its place and legal form
                return True
            if tail.endswith(_UNITS_OF_A_BODY) and not tail.endswith("公司"):
                # 南京市公安局 after 江苏省南京市公安局鼓楼分局: the body the unit is part of
                return False
        if name.endswith("公司"):
            # 大疆创新 after 深圳市大疆创新科技有限公司, 大北农集团 after 北京大北农科技集团股份
            # 有限公司, 菲亚特克莱斯勒汽车集团 after …汽车公司: the company by its name without
            # its place, trade, group and legal form
            # (a word with a place of its own names it as the name does: 广州电力交易中心
            # is not 广东电力交易中心有限责任公司)
            stem = word.removesuffix("集团")
            wholes = (name,) if self._without_leading_place(word) != word else (name, rest)
            if len(stem) >= 3 and any(
                whole.startswith(stem) and _TRADE_AND_LEGAL_FORM.fullmatch(whole, len(stem)) for whole in wholes
            ):
                return True
        if name.endswith(_PARTY_UNITS) and not word.endswith(_PARTY_UNITS):
            return False  # 省国资委 is not 山东省国资委党委, the commission's Party committee
        if place is not None:
            # 江阴市委, 深圳市委: that city's committee, which only its own name names again
            # (中共江阴市委员会), not a body of a place inside the city (江阴市华士镇华西村
            # 党委) nor another body of the city (深圳市人民政府国有资产监督管理委员会) nor
            # a democratic party's committee there (台盟福建省委)
            inner, inner_rest = self.gazetteer.innermost_leading_place(name.removeprefix("中共"))
            return inner is not None and inner.key == place.key and inner_rest in (body, "人民" + body, body + "员会")
        if word[-1] != name[-1] and (
            not name.endswith(_SHORT_ENDINGS.get(word[-1], ("\0",)))
            or any(word.endswith(b) for b in _STANDALONE_ORGANIZATIONS)
        ):
            return False
        if self._leaves_out_the_inner_place(word, name):
            return False
        if len(word) == 2 and word[0] in _ADMINISTRATIVE_LEVELS and word[1] == "委":
            # 省委, 市委: the Party committee of the place, not another of its 委 (省发展改革委)
            place, body = self.gazetteer.innermost_leading_place(name.removeprefix("中共"))
            return place is not None and body in ("委", "委员会") and place.label.endswith(word[0])
        if self._is_short_form(word, name, rest):
            return True
        # 市委 after 衢州市委, 市政府 after 南京市(人民)政府; 省卫健委 after 四川省卫生健康委员会;
        # 区委 after 中共郑州市金水区委 (the level of the innermost place)
        inner_rest = self.gazetteer.innermost_leading_place(name.removeprefix("中共"))[1]
        for after_place in (rest, inner_rest):
            level = name[len(name) - len(after_place) - 1]
            if (
                after_place != name
                and word[0] == level
                and level in _ADMINISTRATIVE_LEVELS
                and (word[1:] in (after_place, after_place.removeprefix("人民")) or _shortens(word[1:], after_place))
            ):
                return True
        return False

    def _after_parents_short_name(self, name: str) -> str:
        """A company's name without the known body's short name it begins with
        (中国石化|胜利油田有限公司 → 胜利油田有限公司), or "" where it begins with none."""
        for length in range(min(len(name) - 4, 6), 1, -1):
            parent = self.gazetteer.lookup(name[:length])
            if parent is not None and parent.type == "Organization" and parent.label != name[:length]:
                return name[length:]
        return ""

    def _leaves_out_the_inner_place(self, word: str, name: str) -> bool:
        """Whether ``word`` begins with a place that holds the one ``name`` is a body of,
        and names that inner place nowhere: 黔东南州委 is the prefecture's committee, not
        黔东南苗族侗族自治州雷山县委 (the county's), and 四川省委 is not 四川省成都市委;
        北京海淀法院 still names 北京市海淀区人民法院."""
        outer, _ = self.gazetteer.innermost_leading_place(word)
        if outer is None:
            return False
        inner, _ = self.gazetteer.innermost_leading_place(name)
        return (
            inner is not None
            and inner.key != outer.key
            and outer.key in {a.key for a in self.gazetteer.ancestors(inner.key)}
            and inner.label[:2] not in word
        )

    def _without_leading_place(self, surface: str, place_length: int | None = None) -> str:
        """An organization's name without the place (and its level) it begins with:
        广州市政务服务中心 → 政务服务中心 (``place_length``: that place's length, when known)."""
        if place_length is None:
            place_length = self._leading_place_length(surface)
        rest = surface[place_length:]
        if place_length and rest[:1] in "省市县区" and rest[1:]:
            rest = rest[1:]
        return rest

    def _ministry_of_a_country(self, surface: str, place_length: int) -> bool:
        """Whether ``surface`` is a country's ministry (韩国行政安全部, 日本总务省), whose
        name without the country the article goes on to use (行政安全部长官李相敏)."""
        country = self.gazetteer.lookup(surface[:place_length])
        return country is not None and country.subtype == "Country" and surface[-1] in "部省厅"

    def _unit_after_known_body(self, surface: str) -> str | None:
        """The name of a unit after the known body it belongs to (联合国|开发计划署,
        北京大学|光华管理学院): four characters or more ending in a body's suffix, no known
        name of its own; None for any other name."""
        for length in range(min(len(surface) - 4, 12), 1, -1):
            entry = self.gazetteer.lookup(surface[:length])
            if entry is None or entry.type != "Organization":
                continue
            rest = surface[length:]
            suffixes = self.gazetteer.suffix_by_text
            ends_as_a_body = any(rest[-n:] in suffixes for n in range(1, 6))
            return rest if ends_as_a_body and rest not in self.gazetteer.by_name else None
        return None

    def _places_of_college_students(self, text: str, candidates: list[_Candidate]) -> list[_Candidate]:
        """河北|大学生志愿者, 四川|大学生创业大赛: a place's college students, not the
        university named after the place (河北大学), which jieba's words read first; but
        河南大学|生命科学学院, 北京大学|生物系: the university's school of a life science."""
        result = []
        for c in candidates:
            if (
                c.type == "Organization"
                and text.startswith("大学生", c.end - 2)
                and not text.startswith(_LIFE_SCIENCES, c.end)
                and (length := self._leading_place_length(text[c.start : c.end]))
                and c.start + length == c.end - 2
            ):
                place = self.gazetteer.lookup(text[c.start : c.start + length])
                if place is not None and place.type == "Place":
                    result.append(_Candidate(c.start, c.start + length, "Place", "gazetteer", place.key, place.subtype))
                    continue
            result.append(c)
        return result

    def _stock_short_names(self, named: str, candidate: _Candidate, tokens: list[Token]) -> list[str]:
        """The short names by which news refers back to a company it named in full (the
        name ``named`` without its legal form), as a listed company's stock is called:
        the name without a bracketed word (四川金顶（集团） → 四川金顶), its first four
        characters after the place (江西正邦科技 → 正邦科技, 北京东方园林环境 → 东方园林,
        博士眼镜连锁 → 博士眼镜) where a word ends there and they are no word, name or
        term of their own (not 人工智能 of 人工智能研究院, 数据交易 of 数据交易所), and a
        rural commercial bank's 农商行 (重庆农村商业银行 → 重庆农商行)."""
        forms = []
        plain = _BRACKETED_WORD.sub("", named)
        if plain != named and len(plain) >= 4:
            forms.append(plain)
        if plain.endswith("农村商业银行") and len(plain) > 6:
            forms += [plain[:-6] + "农商行", plain[:-6] + "农商银行"]
            return forms
        place_length = self._leading_place_length(plain)
        core = plain[place_length:]
        short = core[:4]
        if not (place_length or core != plain) or len(core) < 4 or not _ALL_CJK.match(short):
            return forms
        cut = candidate.start + named.find(core) + 4
        if core[4:].startswith(_WORK_DONE_ON_A_THING):
            return forms  # 广西平陆运河建设, 北京飞机维修工程: the canal, the work, not the company
        if (
            # (江西|正邦|科技股份|有限公司: the legal form cuts jieba's word)
            (len(core) == 4 or _index_of_word_ending_at(tokens, cut) is not None)
            and short not in self.gazetteer.by_name
            and short not in self.gazetteer.not_entities
            and self.tokenizer.FREQ.get(short, 0) == 0
            and self._suffix_before_tail(short) is None  # (not 科技中心 of 科技中心集团)
        ):
            forms.append(short)
        return forms

    def _short_forms(self, surface: str, candidate: _Candidate, tokens: list[Token]) -> list[str]:
        """Short forms by which an article refers back to a name it gave in full:
        the name without its leading place (广州市政务服务中心 → 政务服务中心) or with
        its level alone (深圳市政务服务数据管理局 → 市政务服务数据管理局), the head
        word of a known body named by head + generic suffix (海关总署 → 海关), an armed
        force's service (美国海军 → 海军), the surname of a Latin name (Bill English →
        English)."""
        forms = []
        if candidate.type == "Person" and " " in surface:
            last = surface.split()[-1]
            if len(last) >= 3:
                forms.append(last)
        if candidate.type == "Person" and len(parts := _INTERPUNCT_SPLIT.split(surface)) > 1 and len(parts[-1]) >= 2:
            forms.append(parts[-1])  # 马克苏特·沙达耶夫 … 沙达耶夫说: the surname alone
        if candidate.type != "Organization" or not _ALL_CJK.match(_BRACKETED_WORD.sub("", surface)):
            return forms  # (四川金顶（集团）股份有限公司: a word in brackets inside is read)
        service = next((s for s in _ARMED_SERVICES if surface.endswith(s) and len(surface) > len(s)), None)
        if service is not None:
            forms.append(service)  # 美国海军 → 海军, 中国人民解放军空军 → 空军
        if surface.endswith(("常委会", "常务委员会")) and len(surface) > 5:
            forms.append("常委会")  # 十四届全国人大常委会 … 常委会副委员长: the standing committee
        if (legal := _LEGAL_FORM.search(surface)) is not None and legal.start() >= 4:
            forms.append(surface[: legal.start()])  # 宁波舟山港集团有限公司 … 宁波舟山港集团董事长
            forms += self._stock_short_names(surface[: legal.start()], candidate, tokens)
        if (unit := self._unit_after_known_body(surface)) is not None:
            forms.append(unit)  # 联合国开发计划署 … 开发计划署: the unit without its body
        if place_length := self._leading_place_length(surface):
            rest = self._without_leading_place(surface, place_length)
            if (
                rest not in self.gazetteer.by_name
                # (上海|纽约大学: the rest is another city's body, New York University)
                and not self._begins_with_a_city(rest)
                and (
                    (len(rest) >= 4 and self._suffix_of(rest))
                    # 肯尼亚内政部 … 内政部: a country's ministry of three characters too
                    or (len(rest) >= 3 and self._ministry_of_a_country(surface, place_length))
                )
            ):
                forms.append(rest)
                # 深圳市政务服务数据管理局 → 市政务服务数据管理局: the level of the place
                # before the rest, as an article names its own city's body
                level = surface[len(surface) - len(rest) - 1]
                if level in _ADMINISTRATIVE_LEVELS and len(surface) - len(rest) - 1 >= place_length - 1:
                    forms.append(level + rest)
            return forms
        if candidate.rule != "gazetteer":
            return forms
        known = self.tokenizer.FREQ
        for length in range(len(surface) - 2, 1, -1):
            head, rest = surface[:length], surface[length:]
            if (
                known.get(head, 0) > 0
                and head not in self.gazetteer.by_name
                and head not in self.gazetteer.not_entities
            ):
                suffix = self.gazetteer.suffix_by_text.get(rest)
                tag = self._tags.get(head, "n")
                if (
                    suffix is not None
                    # not an outlet's head word: 人民 of 人民日报, 光明 of 光明日报 stand for no paper
                    and suffix.subtype != "MediaOutlet"
                    # a name (海关, 南开) or a company's brand (苹果), not a common noun
                    # (国际贸易 of 国际贸易中心) or a frequent word that begins the body's
                    # name (中央 of 中央气象台, 交通 of 交通银行, 东南 of 东南大学)
                    and tag.startswith("n")
                    and (tag != "n" or suffix.subtype == "Company")
                    and known[head] <= _COMMON_HEAD_WORD
                ):
                    forms.append(head)
                break
        return forms


def _is_newspaper_name(name: str) -> bool:
    """泰晤士报, 消息报: a name ending in 报 that is no kind of report (工作汇报, 统计公报,
    天气预报)."""
    return name.endswith("报") and name[-2:] not in _REPORTS_NOT_PAPERS


def _alone_in_quotes(tokens: list[Token], index: int) -> bool:
    """Whether the word at ``index`` is all a pair of quotation marks holds (“海易办”)."""
    return (
        0 < index < len(tokens) - 1
        and tokens[index - 1].text in _OPENING_QUOTES
        and tokens[index + 1].text in _CLOSING_QUOTES
    )


def _names_a_storm(text: str, start: int) -> bool:
    """Whether the name at ``start`` opens quotes right after a storm's kind (台风“玛莉亚”)."""
    return start > 0 and text[start - 1] in '“"「『' and text.endswith(_WEATHER_SYSTEMS, 0, start - 1)


def _tokens_from(tokens: list[Token], first: Token) -> Iterator[Token]:
    """``tokens`` from ``first`` on, found by bisection on the start offsets and not copied
    (nor stepped through from the beginning, as islice would)."""
    index = bisect_left(tokens, first.start, key=lambda token: token.start)
    return map(tokens.__getitem__, range(index, len(tokens)))


#: Verbs whose object is a person (采访, 看望, 慰问): a surname and a word common in
#: given names after one is a name (采访了|宋|保国).
#: What a discipline inspection report says an official did, right after the name
#: (原副市长黄海涛|违规|公款吃喝, 原副主席张太原|严重|违纪|违法).
_MISCONDUCT_WORDS = frozenset(["严重", "违规", "违纪", "违法", "涉嫌", "受贿", "贪污", "滥用职权", "玩忽职守"])
_MEETING_PEOPLE = frozenset(["采访", "看望", "慰问", "会见", "接见", "拜访", "探望", "表彰", "陪同"])


#: The State Grid's company of a province by its short name (国网江苏电力, 国网江苏省电力有限公司).
_PROVINCIAL_GRID_COMPANY = re.compile(
    r"国网(?P<place>[\u4e00-\u9fff]{2,3}?(?:省|市|自治区)?)电力(?:有限公司|公司)?(?![\u4e00-\u9fff]{0,2}(?:公司|中心|研究院))"
)
#: Words that end in 处 and are no division (查处 investigates, 判处 sentences, 之处 a place).
_WORDS_ENDING_IN_CHU = frozenset(
    ["查处", "惩处", "判处", "论处", "到处", "各处", "之处", "好处", "难处", "住处", "出处"]
)


def _fines_after(tokens: list[Token], index: int) -> bool:
    """Whether the 处 at ``index`` is the verb of a fine (处|人民币|80万元|罚款, 处|以|罚款),
    a sum or 以 after it."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return following is not None and (following.text in ("人民币", "以", "罚款", "警告") or following.tag == "m")


def _closes_a_meeting(tokens: list[Token], index: int) -> bool:
    """Whether the word at ``index`` (a name with 时 glued on) ends the clause 会见…时
    before a verb of saying (会见陈海|时|表示): a verb of meeting people earlier in the
    same clause, a verb of saying right after."""
    if index + 1 >= len(tokens) or tokens[index + 1].text not in SAYING_VERBS:
        return False
    for before in reversed(tokens[max(0, index - 8) : index]):
        if before.tag == "x":
            return False
        if before.text in _MEETING_PEOPLE or before.text in ("会晤", "拜会", "会谈"):
            return True
    return False


def _is_household(tokens: list[Token], index: int) -> bool:
    """Whether ``tokens[index]`` is 户 after a verb or noun, a household of some kind
    (种植|户, 脱贫|户, 监测|户) that the name of its head may follow, not the measure word
    (28|户) that a thing follows."""
    return index >= 1 and tokens[index].text == "户" and tokens[index - 1].tag[:1] in ("v", "n")


def _inside_transliteration(tokens: list[Token], index: int) -> bool:
    """Whether the word at ``index``, all of it in the transliteration alphabet, has a
    word of that alphabet or an interpunct right before or after it: syllables of a
    foreign name (伊斯|托拉, 约克|巴比|肯, ·|尼亚|孜), no run of places' abbreviations."""
    if not all(ch in TRANSLITERATION for ch in tokens[index].text):
        return False
    for neighbour in (index - 1, index + 1):
        if 0 <= neighbour < len(tokens):
            text = tokens[neighbour].text
            if text in _INTERPUNCTS or (_ALL_CJK.match(text) and all(ch in TRANSLITERATION for ch in text)):
                return True
    return False


def _ethnic_township_end(tokens: list[Token], index: int) -> int | None:
    """Where a township's kind that begins at ``index`` ends, with the people it is named
    for before it (畲族|镇, 回族乡): the name before it is a township's."""
    if index + 1 < len(tokens) and tokens[index].text.endswith("族") and tokens[index + 1].text in ("镇", "乡"):
        return tokens[index + 1].end
    if index < len(tokens) and tokens[index].text.endswith(("族镇", "族乡")):
        return tokens[index].end
    return None


#: A mission in a country by the country's one character (驻秘|大使, 驻巴|使节).
#: The words of a country's missions abroad (大使馆 and its short form 使馆, 总领馆).
_MISSION_WORDS = frozenset(["大使馆", "使馆", "总领事馆", "总领馆", "领事馆", "领馆"])
_MISSION_IN_A_COUNTRY = re.compile(r"驻([\u4e00-\u9fff])(?=大使|使馆|总领事|领事|代表处|办事处|使节)")
#: Demonstratives and words of every, which begin no body's name (这座|电厂, 该|公司, 各|医院);
#: not 全 and 本 of _DETERMINERS nor the numerals of _NOT_VENUE_NAME, which do (全国总工会,
#: 本溪钢铁公司, 一汽集团).
_DEMONSTRATIVES_OF_BODIES = (_DETERMINERS - frozenset("全本")) | frozenset("这那哪某")
#: Tags of the words after which a brand begins a company's name (，|春兰|集团, 由|健力宝|集团).
_WORDS_BEFORE_A_BRAND = frozenset("xvpcudrt")
#: Rules that read a person's name from its characters alone (not from a title or a
#: list of known people), which a kind of place right after it proves wrong.
_PERSON_RULES_BY_CHARACTERS = frozenset(["person-surname", "person-transliterated", "person-list"])


def _names_before_kinds_of_place(tokens: list[Token], candidates: list[_Candidate]) -> list[_Candidate]:
    """乌拉尔|地区, 马尔科纳|地区, 马都拉|岛: a name read as a person's from its characters,
    right before a word for a kind of place, is that place's name (with the kind when
    the kind belongs to the name: 马都拉岛); People's Daily writes no person so. Not
    before a team (巴斯克|省|队)."""
    if not any(c.type == "Person" and c.rule in _PERSON_RULES_BY_CHARACTERS for c in candidates):
        return candidates
    result = []
    for candidate in candidates:
        if (
            candidate.type == "Person"
            and candidate.rule in _PERSON_RULES_BY_CHARACTERS
            and (index := _index_of_word_starting_at(tokens, candidate.end)) is not None
            and tokens[index].text in _KINDS_OF_PLACE_AFTER_NAME
            and not (index + 1 < len(tokens) and tokens[index + 1].text.startswith("队"))
        ):
            kind = tokens[index]
            end = kind.end if kind.text in _KINDS_OF_PLACE_IN_NAME else candidate.end
            candidate = _Candidate(candidate.start, end, "Place", "place-context")
        result.append(candidate)
    return result


def _index_of_word_starting_at(tokens: list[Token], start: int) -> int | None:
    """The index of the word of ``tokens`` that begins at the offset ``start``, if one
    does, found by bisection: where a rule looks at the words of a few offsets, filing
    all the words of a long text by their offsets costs more than its own work."""
    index = bisect_left(tokens, start, key=attrgetter("start"))
    return index if index < len(tokens) and tokens[index].start == start else None


def _leftmost_longest(text: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """The spans of ``text`` where one of ``words`` (none empty) stands, as a pattern of
    them all, the longest first, finds them from left to right (the longest at each place,
    then on after it), without compiling a pattern for a set of words that is each
    article's own: a search for each word, then a pass over the places found."""
    longest_at: dict[int, int] = {}  # where a word begins, and the length of the longest there
    for word in words:
        start = text.find(word)
        while start != -1:
            if len(word) > longest_at.get(start, 0):
                longest_at[start] = len(word)
            start = text.find(word, start + 1)
    spans = []
    end = 0
    for start in sorted(longest_at):
        if start >= end:
            end = start + longest_at[start]
            spans.append((start, end))
    return spans


def _index_of_word_ending_at(tokens: list[Token], end: int) -> int | None:
    """The index of the word of ``tokens`` that ends at the offset ``end``, if one does,
    found by bisection (the words follow one another, so their ends increase)."""
    index = bisect_left(tokens, end, key=attrgetter("end"))
    return index if index < len(tokens) and tokens[index].end == end else None


def _without_names_of_projects(tokens: list[Token], candidates: list[_Candidate]) -> list[_Candidate]:
    """金关|工程, 金卡|工程, 金财|工程: the name of a programme before 工程 is no person's,
    though its first character is a surname (China's "golden" e-government projects
    are all named so)."""
    return [
        c
        for c in candidates
        if not (
            c.type == "Person"
            and c.rule in _PERSON_RULES_BY_CHARACTERS
            and (index := _index_of_word_starting_at(tokens, c.end)) is not None
            and tokens[index].text == "工程"
        )
    ]


def _without_courtesy_title(text: str, candidate: _Candidate) -> _Candidate:
    """中岛先生 -> 中岛: a name a rule read with the courtesy title after it, which is no
    part of the name (as People's Daily tags 石川一成 of 石川一成先生). A name the
    gazetteer knows with one stays (撒切尔夫人)."""
    if candidate.type != "Person" or candidate.rule == "gazetteer":
        return candidate
    title = next((t for t in _COURTESY_TITLES if text.endswith(t, candidate.start, candidate.end)), None)
    if title is None or candidate.end - candidate.start - len(title) < 2:
        return candidate
    return replace(candidate, end=candidate.end - len(title), key=None)


def _is_side_glued_to_next(word: str) -> bool:
    """Whether ``word`` is a country's side (欧方, 葡方) and the word after it that jieba's
    HMM glued to it (欧方|愿, 新方|将).

    >>> _is_side_glued_to_next("欧方愿"), _is_side_glued_to_next("东方红")
    (True, False)
    """
    return (
        len(word) == 3
        and word[1] == "方"
        and word[0] in _PLACE_ABBREVIATIONS
        and word[0] not in _COMPASS_POINTS
        and word[2] in _GLUED_AFTER_SIDE
    )


def _without_delivering(text: str, candidate: _Candidate) -> _Candidate:
    """A three-character name ending in 作 before what an official delivers (省长|韩俊作|关于…的
    报告, 主任|阎锐作|关于…: 作 delivers the report) without 作; any other candidate as it is."""
    if (
        candidate.type == "Person"
        and candidate.end - candidate.start == 3
        and text[candidate.end - 1] == "作"
        and text.startswith(_WHAT_IS_DELIVERED, candidate.end)
    ):
        return replace(candidate, end=candidate.end - 1)
    return candidate


def _burg_read_as_name(text: str, candidate: _Candidate) -> _Candidate:
    """沃尔夫斯堡, 萨姆·休斯敦堡: a foreign name that ends in 堡 (-burg, -bourg, fort) is
    a town's or a fort's, whichever rule read it as a person's."""
    name = text[candidate.start : candidate.end]
    if (
        candidate.type == "Person"
        and len(name) >= 3
        and name[-1] == "堡"
        and (any(ch in _INTERPUNCTS for ch in name) or all(ch in TRANSLITERATION for ch in name))
    ):
        return _Candidate(candidate.start, candidate.end, "Place", "place-context")
    return candidate


#: The tags of the words jieba cuts a village's or town's short name into (十八|洞村,
#: 神|山村, 上|口子|村, 廊|下|镇): numerals, nouns, positions and unknown words.
_SETTLEMENT_NAME_PART_TAGS = frozenset(["m", "n", "f", "ng", "zg", "new", "a", "b", "s", "nr", "nz", "ns", "j", "q"])
#: A body of a village, town or township named after it, opening with the settlement's
#: name of one or two characters and its kind (洞村党支部, 山村党支部, 镇党委).
_SHORT_SETTLEMENT_BODY = re.compile(
    "(?P<name>[\u4e00-\u9fff]{0,2})[村镇乡](?:党支部|党总支|党委|村民委员会|村委会|人民政府|政府)"
)


def _settlements_cut_at_their_left(text: str, tokens: list[Token], chosen: list[_Candidate]) -> list[_Candidate]:
    """十八|洞村党支部, 神|山村党支部, 上|口子|村党支部, 廊|下|镇党委: the body of a village
    or town whose name jieba cut so that its first characters went to words of their
    own, which the name takes back (up to four characters before the kind), where a
    clause or a known place ends right before them (not 在|山村党支部, 该|村党委)."""
    token_ending = {t.end: i for i, t in enumerate(tokens)}
    result: list[_Candidate] = []
    for candidate in chosen:
        match = _SHORT_SETTLEMENT_BODY.match(text, candidate.start)
        if candidate.type == "Organization" and match is not None and match.end() == candidate.end:
            name_length = match.end("name") - match.start()  # the settlement's name before its kind
            start = candidate.start
            index = token_ending.get(start)
            while (
                index is not None
                and name_length + (candidate.start - tokens[index].start) <= 4
                and tokens[index].tag in _SETTLEMENT_NAME_PART_TAGS
                # (下司马|镇仁|青岗村: the level of the place before ends it)
                and not any(
                    ch in _NAME_STOPPERS or ch in _DETERMINERS or ch in "村镇乡县区市省" for ch in tokens[index].text
                )
                and tokens[index].end - tokens[index].start <= 2
            ):
                start = tokens[index].start
                index = token_ending.get(start)
            opens = index is None or tokens[index].tag == "x" or tokens[index].tag == "gaz"
            if start != candidate.start and opens and _ALL_CJK.match(text[start : candidate.start]):
                candidate = replace(candidate, start=start, key=None)
        result.append(candidate)
    return result


def _places_beginning_names(tokens: list[Token]) -> list[int]:
    """Where a known place's word begins a foreign name's first part, the rest of which
    jieba cut off as one or two characters it does not know as a name right before the
    interpunct (阿曼|达·戈尔曼, 阿曼|迪普·吉尔: Amanda, Amandeep; not 美国|约翰·史密斯,
    where 约翰 is a name of its own)."""
    result = []
    for index in range(len(tokens) - 2):
        place, rest, mark = tokens[index], tokens[index + 1], tokens[index + 2]
        if (
            place.tag == "gaz"
            and mark.text in _INTERPUNCTS
            and 1 <= len(rest.text) <= 2
            and rest.tag not in ("nr", "nrt", "nrfg", "gaz", "x")
            and all(character in TRANSLITERATION for character in place.text + rest.text)
        ):
            result.append(place.start)
    return result


def _after_known_places(place_ends: dict[int, int], start: int, name_start: int) -> int:
    """Where a foreign name found from ``start`` really begins: after the known places
    (``place_ends`` maps where each begins to where it ends) written right before the
    part at ``name_start``, whose characters the transliteration alphabet may also hold
    (德国|汉堡|伯恩哈德·诺赫特: the city, then the name)."""
    while place_ends.get(start, name_start) < name_start:
        start = place_ends[start]
    return start


def _start_of_name_word(tokens: list[Token], position: int) -> int:
    """Where the word that holds ``position`` begins, when jieba reads that word as a
    name (安德烈斯 in 安德烈|斯·… would be cut), it ends right before the interpunct
    (理查德·, a noun to jieba) or it is a single character before one (佛|朗切斯科); after
    that word when it is another word (参赞|约翰·史密斯) or a known name, and
    the known names after it but the last part's (文莱|苏丹|哈桑纳尔·博尔基亚: 莱 is in the
    alphabet, but ends the country, and 苏丹 is a title there); else ``position``."""
    for index, token in enumerate(tokens):
        if token.start < position < token.end and token.tag in ("nr", "nrt", "nrfg") and _ALL_CJK.match(token.text):
            return token.start
        if token.start < position < token.end and token.tag != "gaz" and _ALL_CJK.match(token.text):
            if index + 1 < len(tokens) and tokens[index + 1].text in _INTERPUNCTS:
                return token.start  # 理查德|·克莱德曼: the first name, whatever jieba's tag
            if index + 1 < len(tokens) and tokens[index + 1].start == token.end and token.tag[:1] in ("v", "n"):
                return token.end  # 参赞|约翰·史密斯: a title's last character is no part of it
        if token.start < position < token.end and token.tag == "gaz":
            following = index + 1
            while (
                following + 1 < len(tokens)
                and tokens[following].tag == "gaz"
                and tokens[following + 1].text not in _INTERPUNCTS
            ):
                following += 1
            return tokens[following].start if following < len(tokens) else token.end
        if token.start == position:
            before = tokens[index - 1] if index else None
            if (
                before is not None
                and len(before.text) == 1
                and _ALL_CJK.match(before.text)
                and before.tag[:1] in ("n", "j")  # not a particle: 采访|了|约翰
                and token.tag in ("nrt",)
                and (index < 2 or tokens[index - 2].tag in ("x", "v", "uj", "n"))
            ):
                return before.start
            return position
        if token.start > position:
            break
    return position


def _numbered_unit_end(tokens: list[Token], index: int) -> int | None:
    """Where a numbered unit that begins at ``index`` ends: a number in one to three
    words (264, 第|302, 一|五二) and the kind of unit an organization numbers (医院, 公司, 师), if one
    is there."""
    position = index
    while position < len(tokens) and position - index < 3 and tokens[position].tag == "m":
        if not _UNIT_NUMBER.fullmatch(tokens[position].text):
            return None
        position += 1
    if position == index or position >= len(tokens) or tokens[position].text not in _NUMBERED_UNIT_KINDS:
        return None
    return tokens[position].end


def _preposition_starts(tokens: list[Token]) -> list[int]:
    """Where the prepositions and conjunctions in the transliteration alphabet that jieba
    cut as words of their own begin (因, 于, 与), in order."""
    return [t.start for t in tokens if t.tag in ("p", "c") and t.text in _PREPOSITIONS_IN_NAMES]


def _end_before_preposition(prepositions: list[int], last_mark: int, end: int) -> int:
    """Where a name written with interpuncts ends: before the first such preposition
    inside its last part (after the interpunct at ``last_mark`` and one character more),
    or at ``end``."""
    return next((start for start in prepositions if last_mark + 2 < start < end), end)


def _court_unit_end(tokens: list[Token], index: int, places: set[tuple[int, int]]) -> int | None:
    """Where a court's tribunal that begins at ``index`` ends: its number or the place it
    sits in, if any (第一, 南郊), then the tribunal's kind in one to three words (巡回|法庭,
    人民法庭, 知识产权|法庭)."""
    position = index
    token = tokens[position]
    if (
        (token.tag == "m" and token.text.startswith("第"))
        or (token.start, token.end) in places
        or (token.tag in ("ns", "nz", "nr", "new") and 2 <= len(token.text) <= 3)
    ):
        position += 1
    joined = ""
    for last in range(position, min(position + 3, len(tokens))):
        joined += tokens[last].text
        if joined in _COURT_UNITS:
            return tokens[last].end
    return None


def _branch_end(tokens: list[Token], index: int) -> int | None:
    """Where a branch's word (分院), or two words that make one (中心|支行), starting at
    ``index`` ends, if one does."""
    if index < len(tokens) and tokens[index].text in _BRANCHES:
        return tokens[index].end
    if index + 1 < len(tokens) and tokens[index].text + tokens[index + 1].text in _BRANCHES:
        return tokens[index + 1].end
    return None


def _zones_read_as_names(tokens: list[Token], candidates: list[_Candidate]) -> list[_Candidate]:
    """郑东新|区, 张江高|科技园区: a zone's name jieba glued to part of its kind, read as a
    person's name (郑 and 张 are surnames), right before the rest of the kind: the name and
    the kind are one place."""
    result = []
    for c in candidates:
        if (
            c.type == "Person"
            and c.rule == "person-surname"
            and (index := _index_of_word_starting_at(tokens, c.end)) is not None
            and tokens[index].text in _ZONE_TAILS
        ):
            result.append(_Candidate(c.start, tokens[index].end, "Place", "place-context"))
    return result


def _named_sub_unit_end(tokens: list[Token], index: int, gazetteer_type: Callable[[Token], str | None]) -> int | None:
    """Where a board, committee, office, team or works of an organization that begins at
    ``tokens[index]`` ends, when one or two words end in such a unit's head however jieba
    cut it (国际货币基金组织|执行董事|会, 独联体|执行秘书|处, 国际奥委会|评估|团,
    俄罗斯国防部|新闻处, 辽宁省公安厅|专案组, 太原重型机器厂|铸锻|分厂): the words are
    Chinese, none a function word, a known organization or a verb before the head, at
    most eight characters; or a field of enforcement, which jieba tags as a verb, and its
    unit (禁毒|总队, 缉私|科)."""
    if (
        tokens[index].text in _ENFORCEMENT_FIELDS
        and index + 1 < len(tokens)
        and tokens[index + 1].text in _FIELD_UNIT_HEADS
    ):
        # 云南省公安厅|禁毒|总队, 湛江海关|缉私|分局, 黄埔海关|查验|科: the unit of a
        # field of enforcement, which jieba tags as a verb
        return tokens[index + 1].end
    text = ""
    for position in range(index, min(index + 2, len(tokens))):
        token = tokens[position]
        if not _ALL_CJK.match(token.text) or token.tag[:1] in _NOT_SUB_UNIT_NAME_TAGS:
            return None
        if token.tag == "gaz" and gazetteer_type(token) == "Organization":
            return None  # 台湾当局|行政院|大陆委员会: a known body is one of its own (not 世贸组织|中国|工作组)
        text += token.text
        if len(text) > 8:
            return None
        if text.endswith(_NAMED_SUB_UNIT_HEADS) and len(text) >= 3:
            if text in _BOARDS and position + 1 < len(tokens) and tokens[position + 1].text in _BOARD_TITLES:
                return None  # 阿里巴巴集团|董事会|主席: the board is part of the title, as in 董事长
            return token.end
        if token.tag in ("v", "vd"):
            return None  # 通过|决议委员会: a verb, before the head, begins no unit's name
    return None


def _department_end(
    tokens: list[Token], index: int, compound_surnames: frozenset[str] = frozenset(), *, departments: bool = True
) -> int | None:
    """Where the name of a ministry's department (司, 部门) that begins at ``index`` ends:
    a few words of its field and 司 (基础教育|司, 预算|司, 对外|投资|和|经济|合作|司,
    种植业|管理司) or 部门 (信息|与|通信|技术|部门), never a company (公司), a lawsuit (官司)
    or the first character of a compound surname (院长|司|马俊峰: 司马)."""
    length = 0
    for position in range(index, min(index + 6, len(tokens))):
        token = tokens[position]
        length += len(token.text)
        if position > index and token.text == "部门":
            # 财政部|信息|与|通信|技术|部门: a department named by its field, as foreign
            # ministries' are translated (not 有关|部门, 相关|部门: any department), where
            # ``departments`` says the body names its departments so
            if not departments or any(t.text in _ANY_DEPARTMENT for t in tokens[index:position]):
                return None
            return token.end if length <= 14 else None
        if position > index and (token.text == "司" or (len(token.text) in (2, 3) and token.text[-1] == "司")):
            if token.text in _NOT_DEPARTMENTS:
                return None
            if position + 1 < len(tokens) and "司" + tokens[position + 1].text[:1] in compound_surnames:
                return None
            return token.end if length <= 13 else None  # 慈善事业促进和社会工作司: 12
        # 对外|投资|和|经济|合作|司: a conjunction inside the field, never opening it
        # (国家统计局|与|联合国统计司: two bodies)
        joins = token.text in ("和", "与") and position > index
        if (token.tag not in _DEPARTMENT_FIELD_TAGS and not joins) or not _ALL_CJK.match(token.text):
            return None
    return None


def _delivers_after(text: str, position: int) -> bool:
    """Whether 作 or 做 at ``position`` begins what someone delivers (作了报告, 作重要讲话),
    a verb the HMM glues to the name before it rather than the end of a given name.

    >>> _delivers_after("局长王伟作了讲话", 4), _delivers_after("王作文说", 1)
    (True, False)
    """
    return text[position : position + 1] in ("作", "做") and _DELIVERS.match(text, position + 1) is not None


def _appointment_verb_in(word: str, following: str) -> int | None:
    """Where, in a name-like ``word`` followed by ``following``, a verb of taking an
    office begins that the HMM glued to the name (王芳任|副局长, 王伟现|任), if it
    begins after two characters.

    >>> _appointment_verb_in("王芳任", "副局长"), _appointment_verb_in("王伟现", "任"), _appointment_verb_in("王伟", "说")
    (2, 2, None)
    """
    joined = word + following
    for position in range(2, len(word)):
        if any(joined.startswith(verb, position) for verb in _APPOINTMENT_VERBS):
            return position
    return None


#: A city's metro line by its number (广州地铁11号线, 贵阳市城市轨道交通S1号线): the
#: city's name, the word for the metro and the number.
_METRO_LINE = re.compile(
    r"市?(?:地铁|城市轨道交通|轨道交通|轻轨)"
    r"(?:[0-9０-９]{1,2}|[A-Z][0-9]{1,2}|[一二三四五六七八九十]{1,3})号?线"
)
#: The date of a dateline (5月26日电), after the place a story was filed from.
_DATELINE = re.compile(r"(?:[0-9０-９]{4}年)?(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日(?:电(?![话视影脑力器子讯网])|讯)")
_AGENCIES = ("本报", "新华社", "中新社", "电")
#: A count of districts, counties, cities or places after a list of them (三区, 两县, 三地).
_COUNTED_DIVISIONS = re.compile("([两二三四五六七八九])(?:区|县|市|地|区县|县区|县市)")
_CHINESE_DIGITS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
#: What closes a list of places: 上海、广州等地, …等国, …等5城市 (not 等地方官员).
_PLACE_LIST_END = re.compile(
    r"等(?:[0-9０-９一二三四五六七八九十几多]{1,3}个?)?(?:城市|国家|区县|县区|县市|市县|国|省|市|县|州|地)(?!方|位|步|质|震|下|面)"
    # 巫山、巫溪等贫困县, …等产粮大县: counties of a kind
    r"|等[\u4e00-\u9fff]{1,4}?县(?![长委级城])"
    # 秭归、兴山、巴东三县, 通渭、会宁、西吉一带: the places counted, or the area they make
    r"|[两三四五六七八九十几]个?(?:县|市|省|区县)(?![长委级城])|一带"
)
#: Words that may follow the last name of a list instead of its verb (王伟、李强|一起|调研).
_LIST_FOLLOWERS = frozenset(["一起", "一同", "一行", "等", "等人", "分别", "共同"])
#: The words for scenic spots and heritage sites that end a list of them (…等景点).
_SITE_KINDS = (
    "景区",
    "景点",
    "名胜",
    "古迹",
    "园林",
    "古村落",
    "遗产点",
    "古镇",
    "名山",
    "遗址",
    "石窟",
    "寺庙",
    "旅游地",
)
#: A list of sites joined by 、 that ends in 等 and a word for such sites (拙政园、留园等
#:古典园林, 洪崖洞、解放碑等景点): each item names one.
_SITE_LIST = re.compile(
    r"((?:[\u4e00-\u9fff]{2,6}、){1,8}[\u4e00-\u9fff]{2,6})等(?:[0-9一二三四五六七八九十几多]{1,3}[个处座])?"
    rf"(?:[\u4e00-\u9fff]{{2}}){{0,1}}(?:{'|'.join(_SITE_KINDS)})"
)
_LIST_ITEM_END = re.compile(r"[、，,。；;：:！？!?\s（）()“”《》等和及与]")


def _splits_into_syllables(word: str, syllables: frozenset[str], most: int) -> bool:
    """Whether ``word`` is a run of at most ``most`` of ``syllables`` (liehong: lie|hong).

    >>> _splits_into_syllables("liehong", frozenset(["lie", "hong", "li", "e"]), 2)
    True
    """
    if not word:
        return True
    if most == 0:
        return False
    return any(
        word[:length] in syllables and _splits_into_syllables(word[length:], syllables, most - 1)
        for length in range(1, min(len(word), 6) + 1)
    )


def _abbreviates(word: str, name: str) -> bool:
    """Whether ``word`` abbreviates ``name`` the Chinese way: some of its characters in
    order, the first and the last among them (标委会 for 标准化技术委员会), but not the
    name's first words (上市公司 of 上市公司监管司, the listed companies it oversees).

    >>> _abbreviates("标委会", "标准化技术委员会"), _abbreviates("委员会", "标准化技术委员会")
    (True, False)
    >>> _abbreviates("上市公司", "上市公司监管司")
    False
    """
    if len(word) >= len(name) - 1 or word[0] != name[0] or word[-1] != name[-1] or name.startswith(word):
        return False
    rest = iter(name)
    return all(char in rest for char in word)


def _shortens_body(short: str, core: str) -> bool:
    """Whether ``short`` (证监会) shortens a body's name without its leading place
    (证券及期货事务监察委员会), ending as it does (委 for 委员会)."""
    if len(core) <= len(short) + 1 or not _shortens(short, core):
        return False
    return core[-1] == short[-1] or core.endswith(_SHORT_ENDINGS.get(short[-1], ("\0",)))


def _shortens(word: str, name: str) -> bool:
    """Whether ``word`` is a short form of ``name``: its first character and then some
    of the others, in order (中国电子 for 中国电子信息产业集团有限公司, 国家发改委 for
    国家发展和改革委员会).

    >>> _shortens("中国电子", "中国电子信息产业集团有限公司"), _shortens("北京", "中国电子信息产业集团")
    (True, False)
    """
    if len(word) > len(name) - 2 or word[0] != name[0]:
        return False
    rest = iter(name)
    return all(char in rest for char in word)


def _list_item_after(text: str, end: int, *, longest: int = 3) -> tuple[int, int] | None:
    """The span of the 、-separated item right after ``end``, if there is one of at
    most ``longest`` characters."""
    if end >= len(text) or text[end] != "、":
        return None
    stop = _LIST_ITEM_END.search(text, end + 1, min(len(text), end + longest + 3))
    item_end = stop.start() if stop else min(len(text), end + longest + 2)
    return (end + 1, item_end) if 2 <= item_end - end - 1 <= longest else None


def _centres_that_are_venues(text: str, chosen: list[_Candidate]) -> list[_Candidate]:
    """日内瓦国际展览中心, 西昌卫星发射中心, 南京奥林匹克体育中心, 国家会议中心: a centre for
    exhibitions, conferences, launches, performances or sport is a place, a venue, as People's Daily tags its
    展览中心, 博览中心, 发射中心 and 演艺中心, though its suffix 中心 ends bodies' names too
    (服务中心, 研究中心 stay bodies); not one that acts as a body (应|中国对外艺术展览中心|邀请,
    由…|主办)."""
    return [
        replace(c, type="Place", key=None, subtype=None)
        if c.type == "Organization"
        and text.endswith(_VENUE_CENTRES, c.start, c.end)
        and text[c.start - 1 : c.start] not in ("应", "由")
        and not text.startswith(_ACTS_OF_BODIES, c.end)
        else c
        for c in chosen
    ]


def _is_part_of_a_place(word: str) -> bool:
    """Whether ``word`` names a part of a place by its compass points (西北部, 中西部), no
    部 (ministry), though jieba's dictionary holds some as bodies' names."""
    return len(word) >= 2 and word[-1] == "部" and all(ch in "东南西北中" for ch in word[:-1])


def _without_glued_verb(text: str, candidate: _Candidate) -> _Candidate:
    """加藤良三说 -> 加藤良三: a name of four characters or more that ends in 说 or 在,
    which the HMM glued to its last word (良三说) and no name ends in, ends before it."""
    if (
        candidate.type == "Person"
        and candidate.end - candidate.start >= 4
        and text[candidate.end - 1] in _GLUED_VERBS_AFTER_LONG_NAMES
        and "·" not in text[candidate.start : candidate.end]
    ):
        return replace(candidate, end=candidate.end - 1, key=None)
    if (
        candidate.type == "Person"
        and candidate.end - candidate.start == 3
        and text[candidate.end - 1] == "在"
        and _WHERE_AFTER_ZAI.match(text, candidate.end) is not None
    ):
        # 书记王立在|调研时强调, 市长张华在|会上说: 在 begins the occasion, ended by its
        # localiser, which the HMM glued to a two-character name (but 刘山在|和…签订)
        return replace(candidate, end=candidate.end - 1, key=None)
    return candidate


def _pairing_aid_bodies(text: str, chosen: list[_Candidate]) -> list[_Candidate]:
    """广东省对口支援新疆工作前方指挥部, 福建省对口帮扶宁夏工作队: a province's or city's
    body for the aid it pairs with another place is named by both; the rules began it at
    the second place (新疆工作前方指挥部, in 新疆). The giving place, 对口 and the kind of
    aid before it make one name with it."""
    result: list[_Candidate] = []
    for candidate in chosen:
        if (
            candidate.type == "Organization"
            and result
            and (aid := _PAIRING_AID.search(text, max(0, candidate.start - 4), candidate.start))
        ):
            giver = result[-1]
            if aid.end() == candidate.start and giver.type == "Place" and giver.end == aid.start():
                result[-1] = replace(candidate, start=giver.start, key=None, rule="org-suffix")
                continue
        result.append(candidate)
    return result


def _without_ships_names(text: str, chosen: list[_Candidate]) -> list[_Candidate]:
    """``chosen`` without the places inside a ship's name: in quotation marks right
    before 轮 or 舰 (“泰山”轮, “德意”轮, “青岛”舰), or right before 舰 (山东舰), a place's
    name names the vessel."""
    ships = [match.span(1) for match in _SHIP_NAME.finditer(text)]
    return [
        c
        for c in chosen
        if not (
            c.type == "Place"
            and (
                any(a <= c.start and c.end <= b for a, b in ships)
                # 山东舰, 辽宁舰, 长沙舰: a warship named after a province or city, unquoted
                # (not 东海舰队, the fleet, nor 舰艇, 舰载)
                or (text.startswith("舰", c.end) and text[c.end + 1 : c.end + 2] not in ("队", "艇", "载", "船"))
            )
        )
    ]


def _is_whole_item(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a whole list item, with a separator on each side."""
    return (start == 0 or _LIST_ITEM_END.match(text[start - 1]) is not None) and (
        end == len(text) or _LIST_ITEM_END.match(text[end]) is not None
    )


def _is_list_item(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a whole item of a list of places: with a separator
    on each side, or the last item before the words that close the list (巴东|三县,
    西吉|一带, 怀柔|等县)."""
    return _is_whole_item(text, start, end) or (
        (start == 0 or _LIST_ITEM_END.match(text[start - 1]) is not None)
        and _PLACE_LIST_END.match(text, end) is not None
    )


def _list_items_before(text: str, start: int, *, longest: int = 3) -> list[tuple[int, int]]:
    """The spans the 、-separated item right before ``start`` may have, longest first:
    the list's first item has no separator before it (编委有刘仁学、范军)."""
    if start < 1 or text[start - 1] != "、":
        return []
    begin = start - 1
    while begin > 0 and start - 1 - begin < longest and not _LIST_ITEM_END.match(text[begin - 1]):
        begin -= 1
    return [(start - 1 - length, start - 1) for length in range(longest, 1, -1) if start - 1 - length >= begin]


#: jieba's segmentation is quadratic in the length of a run it cannot split (a
#: megabyte line without punctuation takes minutes), so text goes to it in pieces of at
#: most this many characters, cut after punctuation or a space where there is one.
_PIECE = 2000
_PIECE_BREAK = re.compile(r"[\s。！？!?；;，,、：:）)」』”’》]")


def _rewritten(
    words: Iterable[str], cache: dict[str, tuple[str, ...]], rewrite: Callable[[str], tuple[str, ...]]
) -> list[str]:
    """``words`` with each one replaced by the words ``rewrite`` makes of it, which depend
    on the word alone: kept in ``cache``, so a word seen before costs one look-up."""
    result: list[str] = []
    for word in words:
        parts = cache.get(word)
        if parts is None:
            parts = cache[word] = rewrite(word)
        result += parts
    _bound(cache)
    return result


def _bound(cache: dict) -> None:
    """Empty a per-word cache that has grown past :data:`_CACHE_LIMIT` words, so a long
    run over many documents keeps its memory flat (a corpus's common words come back at
    once)."""
    if len(cache) > _CACHE_LIMIT:
        cache.clear()


def dictionary_tags(tokenizer: jieba.Tokenizer) -> dict[str, str]:
    """The part-of-speech tag of every word of ``tokenizer``'s dictionary (its lines are
    ``word frequency tag``), the table ``jieba.posseg.POSTokenizer(tokenizer)`` reads.
    Read here because importing ``jieba.posseg`` reads the whole dictionary once more for
    its global tokenizer: 0.28 s of every start against 0.12 s."""
    with tokenizer.get_dict_file() as stream:
        text = stream.read().decode("utf-8")
    fields = text.split()
    lines = text.count("\n") + (not text.endswith("\n"))
    if not text.startswith("\n") and "\n\n" not in text and len(fields) == 3 * lines:
        # three fields on every line (jieba's own dictionary): the words and tags read
        # from all the fields at once, a third faster than line by line
        return dict(zip(fields[0::3], fields[2::3], strict=True))
    tags: dict[str, str] = {}
    for line in text.split("\n"):
        line = line.strip()
        if line:
            word, _, tag = line.split(" ")
            tags[word] = tag
    return tags


def _pieces(text: str) -> Iterator[str]:
    """``text`` in consecutive pieces of at most :data:`_PIECE` characters.

    >>> [len(p) for p in _pieces("字" * 4500)]
    [2000, 2000, 500]
    >>> list(_pieces("短句。"))
    ['短句。']
    """
    start = 0
    while len(text) - start > _PIECE:
        window = text[start : start + _PIECE]
        breaks = [m.end() for m in _PIECE_BREAK.finditer(window, _PIECE // 2)]
        cut = start + (breaks[-1] if breaks else _PIECE)
        yield text[start:cut]
        start = cut
    yield text[start:]


def _tile(ends: dict[int, list[tuple[int, str]]], start: int, stop: int) -> list[tuple[int, int, str]] | None:
    """Names that cover ``start:stop`` end to end (longest first), or ``None``."""
    if start == stop:
        return []
    for end, key in sorted(ends.get(start, ()), reverse=True):
        if end <= stop and (rest := _tile(ends, end, stop)) is not None:
            return [(start, end, key), *rest]
    return None


def _skip_space_back(text: str, position: int) -> int:
    while position > 0 and text[position - 1] in " \t\u3000":
        position -= 1
    return position


#: The characters of places a region may be named by (青藏, 云贵, 京津冀 of China's
#: provinces; 欧亚 of continents; 江淮, 黄淮 of rivers): not a point of the compass or
#: 中, which name parts (南亚, 中亚, 川西 are one place each), nor 华 (华南, 华中), nor
#: countries' characters, which spell foreign names as often (伊比利亚, 加沙).
_SPANNED_PLACE_CHARACTERS = (
    (_PROVINCE_ABBREVIATIONS | frozenset("欧亚非美江淮黄")) - _COMPASS_POINTS - frozenset("中华")
)
#: Of those, the rivers' (江 the Yangtze, 淮, 黄 the Yellow River), which name a region only
#: with each other (江淮, 黄淮), not with a province's (湘江, 赣江 are rivers).
_RIVER_CHARACTERS = frozenset("江淮黄")
#: Words for a kind of land after the places a region spans (青藏|高原, 欧亚|大陆).
_LANDFORMS_AFTER_PLACES = ("高原", "大陆", "平原", "盆地", "地区", "")


def _landform_after_places(word: str) -> str:
    """The word for a kind of land ``word`` ends with (高原 of 青藏高原), or ''."""
    return next(landform for landform in _LANDFORMS_AFTER_PLACES if word.endswith(landform))


def _is_place_glued_to_its_count(word: str) -> bool:
    """Whether ``word`` is a list's last place by its character, which the HMM glued to
    the count of the places or to 等 closing the list (冀三地, 黑三省, 意等国, 浙两省).

    >>> _is_place_glued_to_its_count("冀三地"), _is_place_glued_to_its_count("意等国")
    (True, True)
    >>> _is_place_glued_to_its_count("三地"), _is_place_glued_to_its_count("冀东")
    (False, False)
    """
    rest = word[1:]
    return (
        len(word) >= 2
        and word[0] in _LISTED_PLACE_CHARACTERS
        and (
            rest in _END_OF_LIST_OF_COUNTRIES
            or _CLOSES_A_LIST_OF_PROVINCES.fullmatch(rest) is not None
            or _COUNTRIES_COUNTED.fullmatch(rest) is not None
        )
    )


def _listed_province_characters(tokens: list[Token]) -> set[int]:
    """湘、鄂、赣三省, 闽、粤、桂等省区, 京、津、沪、渝: the indexes of provinces' characters
    listed with 、, which a count of provinces or 等 closes (the HMM may glue it to the
    last, 赣三省) or which run to three or more; two alone (新、云) are as often words."""
    listed: set[int] = set()
    # a run begins at a character right before 、 (looking at those alone keeps this cheap)
    starts = [i - 1 for i, t in enumerate(tokens) if t.text == "、" and i > 0]
    done = -1
    for index in starts:
        if index <= done or tokens[index].text not in _LISTED_PLACE_CHARACTERS:
            continue
        run = [index]
        closed = False
        while run:
            last = run[-1]
            if last + 2 < len(tokens) and tokens[last + 1].text == "、":
                following = tokens[last + 2].text
                if following in _LISTED_PLACE_CHARACTERS:
                    run.append(last + 2)
                    continue
                rest = following[1:] + (tokens[last + 3].text if last + 3 < len(tokens) else "")
                if following[0] in _LISTED_PLACE_CHARACTERS and _CLOSES_A_LIST_OF_PROVINCES.match(rest):
                    run.append(last + 2)
                    closed = True
            elif last + 1 < len(tokens) and _CLOSES_A_LIST_OF_PROVINCES.match(
                "".join(t.text for t in tokens[last + 1 : last + 3])  # 京、沪|等|地: 等 and 地 two words
            ):
                closed = True
            break
        if len(run) >= 3 or (len(run) == 2 and closed):
            listed.update(run)
        done = run[-1]
    return listed


def _procurement_bodies(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """南京市政府采购中心, 广东省政府采购网: a government's procurement centre or website, one
    body, where jieba reads 采购 as the government's verb (南京市政府|采购|中心)."""
    result = []
    for candidate in candidates:
        if candidate.type == "Organization" and text.endswith("政府", candidate.start, candidate.end):
            unit = _PROCUREMENT_UNIT.match(text, candidate.end)
            if unit is not None:
                result.append(
                    _Candidate(
                        candidate.start, unit.end(), "Organization", "org-suffix", None, "GovernmentOrganization"
                    )
                )
    return result


#: A local Party committee's member's title, then 、 and a department of that committee
#: headed by the member (福建省委常委、统战部部长; 市委常委、宣传部部长).
_COMMITTEE_MEMBER_THEN_DEPARTMENT = re.compile(
    r"(?:常委|委员)、(?P<department>组织部|宣传部|统战部|政法委|办公厅|政策研究室|网信办|外办|编办)"
)


def _departments_of_a_committee_members_title(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """福建省委常委、统战部部长张永宁: the department named after a local Party committee's
    member's title is that committee's (key ``+福建省委``, as for
    :meth:`Extractor._units_listed_after_units`), not the Central Committee's department
    the bare name stands for alone."""
    committees = {
        c.end: text[c.start : c.end]
        for c in candidates
        if c.type == "Organization" and text.endswith(("省委", "市委", "区委", "县委", "州委", "盟委"), c.start, c.end)
    }
    result = []
    for match in _COMMITTEE_MEMBER_THEN_DEPARTMENT.finditer(text):
        committee = committees.get(match.start())
        if committee is not None:
            start, end = match.span("department")
            result.append(
                _Candidate(start, end, "Organization", "committee-department", "+" + committee, "PoliticalOrganization")
            )
    return result


#: What someone gives (作) in a meeting: a report, a speech, an explanation, within a few
#: words of the body's name (常委会工作报告, 政府工作报告, 重要讲话).
#: The last characters of bodies' names that jieba's HMM glues to 作 (人民武装|部作|发言).
_BODY_LAST_BEFORE_ZUO = frozenset("部局委办厅院所处站队")
_REPORT_GIVEN = re.compile(r"[\u4e00-\u9fff]{0,12}?(?:报告|讲话|发言|说明|动员|总结|部署)")
#: A numbered intermediate court by its short name (北京三中院, 上海一中院, 海南二中院).
_NUMBERED_COURT = re.compile(r"第?[一二三四五]中院")


def _numbered_courts(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """北京|三中|院 (jieba reads 三中 as a school, No. 3 Middle School), 上海一中院: a
    place, then a numbered intermediate court's short name, is that court."""
    places = {c.end: c for c in candidates if c.type == "Place"}
    result = []
    for match in _NUMBERED_COURT.finditer(text):
        place = places.get(match.start())
        if place is not None:
            result.append(
                _Candidate(place.start, match.end(), "Organization", "org-suffix", None, "GovernmentOrganization")
            )
    return result


def _events_without_places(candidates: list[_Candidate]) -> list[_Candidate]:
    """``candidates`` without the events whose names hold a place (杭州亚运会, 数字中国建设
    峰会, 中国国际进口博览会): news corpora tag the place in such a name, and mentions do
    not nest, so the place is kept and the event is left to its names without one
    (进博会, 世界人工智能大会, 第十九届国际航空货运论坛)."""
    places = sorted((c.start, c.end) for c in candidates if c.type in ("Place", "Person"))
    return [c for c in candidates if c.type != "Event" or not _holds_a_span(places, c.start, c.end)]


def _holds_a_span(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether one of the sorted ``spans`` lies within ``start`` to ``end``."""
    index = bisect_left(spans, (start, 0))
    while index < len(spans) and spans[index][0] < end:
        if spans[index][1] <= end:
            return True
        index += 1
    return False


def _index_by_start(candidates: list[_Candidate]) -> dict[int, list[_Candidate]]:
    index: dict[int, list[_Candidate]] = {}
    for candidate in candidates:
        index.setdefault(candidate.start, []).append(candidate)
    return index


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    index = bisect_right(spans, (start, float("inf")))
    if index > 0 and spans[index - 1][1] > start:
        return True
    return index < len(spans) and spans[index][0] < end


#: The types of the mentions that have short forms (see Extractor._short_forms).
_SHORTENED_TYPES = frozenset(["Person", "Organization"])


class _ShortForms:
    """The short forms that :meth:`Extractor._add_short_forms` finds: those added as new
    mentions and those that replace a mention of the same span. (An object, not a nested
    function: compiled by mypyc, a closure can become a reference cycle, which kg build,
    its collector paused, would never free.)"""

    def __init__(self, document: Document, offsets: tuple[int, ...], chosen: list[_Candidate]) -> None:
        self.document = document
        self.offsets = offsets
        self.chosen = chosen
        # the spans of the mentions chosen, in order, and the index of each one's mention,
        # made when a short form is first found (most texts have none)
        self.occupied: list[tuple[int, int]] = []
        self.chosen_at: dict[tuple[int, int], int] = {}
        self.added: list[_Candidate] = []
        self.replaced: dict[int, _Candidate] = {}

    def refer(self, start: int, end: int, fulls: list[_Candidate], *, again: bool = False) -> None:
        """Point the word from ``start`` to ``end`` at the last of ``fulls`` (in the text's
        order) before it, if that is in the same article (articles follow one another,
        front matter before them). With ``again``, the word is a name written in full once
        more, which may also come before the mention the rules found (a headline's); a
        short form in a headline points at the first full name after it."""
        before = bisect_right(fulls, start, key=_candidate_end)
        document, offsets = self.document, self.offsets
        if before:
            full = fulls[before - 1]
        elif (again or self.headline_short_form(start, end, fulls[0])) and fulls[0].start >= end:
            full = fulls[0]  # 苹果公司首席执行官库克访华 … 蒂姆·库克: the headline's short form
        else:
            return
        if document.article_at(offsets[full.start]) is not document.article_at(offsets[start]):
            return
        rule = "name-again" if again else "short-form"
        short = _Candidate(start, end, full.type, rule, full.key or f"={full.start}:{full.end}", full.subtype)
        if not self.chosen_at:
            self.occupied = sorted((c.start, c.end) for c in self.chosen)
            self.chosen_at = {(c.start, c.end): index for index, c in enumerate(self.chosen)}
        index = self.chosen_at.get((start, end))
        if index is None:
            if not _overlaps(self.occupied, start, end):
                self.added.append(short)
            elif full.type == "Person" and (inner := self.person_inside(start, end, places=again)) is not None:
                # 弗雷迪·塞拉托 … 塞|拉托说: the family name written again, of which the
                # rules found only the end (拉托, the gazetteer's for someone else); 副市长
                # 任珠峰 … 任|珠峰|要求: a name written again with a place's name inside
                self.replaced[inner] = short
            elif (
                (
                    full.rule == "alias-definition"
                    # 四川金顶（集团）股份有限公司 … 四川|金顶: a company's short name, a place's
                    # name beginning it
                    or (
                        full.type == "Organization"
                        and full.subtype == "Company"
                        and not again
                        # (哈尔滨冰雪大世界, 中亚天然气管道: the thing the company is named after)
                        and (
                            end - start == 4
                            or self.document.text[offsets[start] : offsets[end - 1] + 1].endswith(_COMPANY_NAME_ENDINGS)
                        )
                    )
                )
                and (inner := self.person_inside(start, end, places=True)) is not None
            ):
                # 中国生物技术股份有限公司（以下简称“中国生物”）… 中国生物|董事长: the short form
                # the article defined, though a place's name begins it
                self.replaced[inner] = short
        elif (
            self.chosen[index].type == full.type
            # 南京航空航天大学（南航）…南航: a short form the article defined in parentheses
            # names that body throughout, whatever else the gazetteer calls by it
            and (
                self.chosen[index].key is None
                or full.rule == "alias-definition"
                # 克里斯特·米哈尔 … 米哈尔: the family name the article wrote in full names
                # that person, not the gazetteer's of that family name (克里斯滕·米哈尔)
                or (full.type == "Person" and full.key is None and not again and full.end - full.start > end - start)
            )
            and index not in self.replaced
        ):
            # a name the rules found there too keeps its own rule, and links as the other
            self.replaced[index] = replace(self.chosen[index], key=short.key) if again else short
        elif (
            self.chosen[index].type == "Person"
            and self.chosen[index].key is None
            and full.type == "Organization"
            and full.subtype == "Company"
            and not again
            and index not in self.replaced
        ):
            # 北京东方园林环境股份有限公司 … 东方园林|表示: the company's short name, which
            # the rules took for a speaker's
            self.replaced[index] = short

    def person_inside(self, start: int, end: int, *, places: bool = False) -> int | None:
        """The index of the one person's name (or, with ``places``, place's name) chosen
        strictly inside the span from ``start`` to ``end`` that no other chosen name
        overlaps, if there is one."""
        at = bisect_left(self.occupied, (start, start))
        inside = []
        for begin, finish in self.occupied[max(0, at - 1) :]:
            if begin >= end:
                break
            if finish > start:
                inside.append((begin, finish))
        if len(inside) != 1 or not (start <= inside[0][0] and inside[0][1] <= end) or inside[0] == (start, end):
            return None
        index = self.chosen_at[inside[0]]
        kinds = ("Person", "Place") if places else ("Person",)
        return index if self.chosen[index].type in kinds and index not in self.replaced else None

    def headline_short_form(self, start: int, end: int, full: _Candidate) -> bool:
        """Whether the word from ``start`` to ``end`` is a short form in an article's
        heading of a name the article then writes in full: a person's (库克 … 蒂姆·库克),
        or a body's of six characters or more (物联网标准化技术委员会 … 青海物联网标准化技术
        委员会), not a kind of body (多地组建数据集团 … 浙江省数据集团)."""
        return (full.type == "Person" or end - start >= 6) and self.in_a_heading(start)

    def in_a_heading(self, start: int) -> bool:
        """Whether the word at ``start`` stands in an article's heading."""
        offset = self.offsets[start]
        article = self.document.article_at(offset)
        return article is not None and article.start <= offset < article.body_start


def _without_middles_of_provinces(candidates: list[_Candidate], tokens: list[Token]) -> list[_Candidate]:
    """``candidates`` but a 中 right after a province's character (滇中|城市群, 鲁中, 黔中:
    the middle of the province), which stands for no China."""
    ones = {c.start for c in candidates if c.end - c.start == 1}
    if not ones:
        return candidates
    return [
        c
        for c in candidates
        if not (
            c.start in ones
            and c.start - 1 in ones
            and _character_at(tokens, c.start) == "中"
            and _character_at(tokens, c.start - 1) in _PROVINCE_ABBREVIATIONS
            and _character_at(tokens, c.start - 1) not in _PLACE_ABBREVIATIONS
        )
    ]


def _character_at(tokens: list[Token], offset: int) -> str:
    """The character of the text at ``offset``, read from the word holding it."""
    token = tokens[bisect_right(tokens, offset, key=attrgetter("start")) - 1]
    return token.text[offset - token.start]


def _candidate_start(candidate: _Candidate) -> int:
    return candidate.start


def _candidate_end(candidate: _Candidate) -> int:
    return candidate.end


def _article_of(document: Document, offset: int) -> int | None:
    article = document.article_at(offset)
    return article.number if article else None


#: How the titles of laws, rules, treaties, plans and reports end: documents whose
#: title is one name, the people, places and bodies in it no mentions of their own
#: (《广东省信息化促进条例》, 《联合国宪章》, 《中国妇女发展纲要》).
_DOCUMENT_TITLE_ENDINGS = (
    *(word for word, _ in _DOCUMENT_SUBTYPES),
    "条约",
    "公约",
    "宪章",
    "协定",
    "协议",
    "议定书",
    "宣言",
    "声明",
    "规则",
    "通则",
    "章程",
    "方案",
    "计划",
    "议程",
    "指南",
    "决议",
    "公报",
    "法案",
    "草案",
    "目录",
    "清单",
    "战略",
    "倡议",
    "纪要",
    "制度",
    "准则",
    "守则",
    "指引",
    "大纲",
)
#: Last characters of landforms and kinds of work that end the titles of works more often
#: than names (《白鹿原》, 《文昭关》, 《兰亭序》, 《岳阳楼记》).
_ENDS_OF_TITLES_NOT_NAMES = frozenset("原关序记赋颂录歌曲谣碑")
#: A note in brackets that ends a document's title: its status or its years (（修订）,
#: （试行）, （征求意见稿）, （2024—2026年）).
_TITLE_NOTE = re.compile(r"[（(][^（()）]{1,16}[）)]$")
#: The numerals a day of a date is written in before its 日 (28日, 二十八日, ２８日).
_DAY_NUMERALS = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十〇零廿卅")
#: What a title's document is when the text says so after it (题为《…》的报告).
_DOCUMENT_AFTER_TITLE = re.compile(r"的(?:报告|白皮书|文件|规划|方案|决定|意见|通知|研究报告|调查报告)")
#: Verbs done to documents, not to works, right before a title (国务院印发《中国制造2025》).
_DOCUMENT_VERBS_BEFORE_TITLE = (
    "印发",
    "发布",
    "颁布",
    "出台",
    "制定",
    "公布",
    "实施",
    "施行",
    "贯彻",
    "落实",
    "签署",
    "审议",
    "通过",
    "修订",
    "执行",
    "下发",
    "转发",
    "编制",
    "起草",
)


_NUMBER_OF_UNIT = "[一二三四五六七八九十百零〇两0-9０-９]{1,4}"
#: A formation's departments, bodies of it named with it (红4军政治部宣传部, 三五八旅直属队政治处).
_ARMY_DEPARTMENTS = "(?:政治部|司令部|后勤部|参谋部|宣传部|组织部|直属队|政治处)*"
#: An army's numbered formation written alone (第二十九军, 第四野战军, 红四方面军) ...
_NUMBERED_ARMY = re.compile(
    f"(?<![0-9０-９])(?:第{_NUMBER_OF_UNIT}(?:集团军|方面军|野战军|军团|路军|兵团|纵队|军)"
    f"|红{_NUMBER_OF_UNIT}(?:方面军|军团|军|师)"
    # 农八师, 农十四师: the divisions of the Xinjiang Production and Construction Corps
    f"|(?<![务业])农[一二三四五六七八九十]{{1,3}}师(?!傅|生|范)){_ARMY_DEPARTMENTS}"
)
#: ... and the chain of numbered units after a force's name (志愿军|第15军第45师135团,
#: 新四军|第三支队第六团, 八路军|一二九师新一旅, 晋察冀军区|第三军分区二团) ...
_UNIT_CHAIN = re.compile(
    f"(?:(?:第?{_NUMBER_OF_UNIT}|新{_NUMBER_OF_UNIT}|独立第?{_NUMBER_OF_UNIT}?|农{_NUMBER_OF_UNIT}(?=师))"
    f"(?:集团军|方面军|野战军|军分区|军团|路军|纵队|支队|大队|军|师|旅|团|营|连))+{_ARMY_DEPARTMENTS}"
)
#: ... and such a chain of two or more units written without the force's name, each
#: numbered (历任|二纵四师十一团政委: the second column's fourth division's eleventh regiment),
#: or one unit numbered digit by digit, as only units are (一二九师, 三五八旅直属队政治处).
_UNNAMED_UNIT_CHAIN = re.compile(
    f"(?<![一二三四五六七八九十百零〇两0-9０-９第])(?:(?:{_NUMBER_OF_UNIT}(?:纵队|纵|军|师|旅)){{1,3}}"
    f"{_NUMBER_OF_UNIT}(?:师|旅|团|营|支队)|[一二三四五六七八九〇零]{{3}}(?:师|旅|团)){_ARMY_DEPARTMENTS}"
)
#: The kinds of unit a chain of numbered units may follow (新四军|第三支队, 一二九师|新一旅).
_UNITS_BEFORE_A_CHAIN = ("军", "部队", "党", "师", "旅", "团", "支队", "纵队", "军区", "军分区", "军团", "兵团")
_MILITARY_UNIT_LETTER = re.compile("[纵师旅团]")
#: Kinds of army named after the region they fought in (西北野战军, 华北方面军).
_REGIONAL_ARMIES = ("野战军", "方面军")


def _army_units(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """第二十九军, 红四方面军, 中国人民志愿军第15军第45师135团, 国民党第46军: an army's
    numbered formation is a body; written after the force's or party's name, the chain
    of units below it is one body with it (东北抗日联军第一路军); an army named after
    its region is one too (西北野战军, 日本华北方面军)."""
    result = [
        _Candidate(m.start(), m.end(), "Organization", "org-suffix", None, "GovernmentOrganization")
        for pattern in (_NUMBERED_ARMY, _UNNAMED_UNIT_CHAIN)
        for m in pattern.finditer(text)
    ]
    places_by_end = {c.end: c for c in candidates if c.type == "Place"}
    for candidate in candidates + result:
        if candidate.type == "Place" and text.startswith(_REGIONAL_ARMIES, candidate.end):
            # 西北|野战军, 日本|华北|方面军: an army named after its region (and country)
            start, end = candidate.start, candidate.end + 3
            if (country := places_by_end.get(start)) is not None:
                start = country.start
            if (chain := _UNIT_CHAIN.match(text, end)) is not None:
                end = chain.end()  # 东北野战军|第四纵队
            result.append(_Candidate(start, end, "Organization", "org-suffix", None, "GovernmentOrganization"))
            continue
        if candidate.type != "Organization" or not text.endswith(_UNITS_BEFORE_A_CHAIN, candidate.start, candidate.end):
            continue
        match = _UNIT_CHAIN.match(text, candidate.end)
        if match is not None:
            result.append(
                _Candidate(candidate.start, match.end(), "Organization", "org-suffix", None, candidate.subtype)
            )
    return result


#: Countries whose ministries are called 省 (日本外务省, 朝鲜国防省).
_COUNTRIES_OF_SHENG = ("日本", "朝鲜")
#: Kinds of body jieba writes as one word with 组织 after them (工会组织, 党委组织).
_BODIES_BEFORE_ORGANIZE = frozenset(["工会", "党委", "团委", "妇联", "协会", "学会", "总工会", "党支部", "党组"])
#: What the text must hold where _split_organize_from_body can cut a word: such a body and 组织.
_BODY_BEFORE_ORGANIZE = re.compile(f"(?:{'|'.join(sorted(_BODIES_BEFORE_ORGANIZE))})组织")
#: A body's numbered mine, plant, workshop, team or troupe, with the two characters of its
#: trade before the number (十矿, 石油二厂, 采油一厂, 第三车间, 二分厂, 中国京剧院|一团).
_NUMBERED_UNIT = re.compile(
    "([\u4e00-\u9fff]{2})?第?[一二三四五六七八九十]{1,3}(?:分厂|车间|工区|矿|厂|中队|大队|支队|队|团)(?!员|和)"
)
#: Words for a body's branch in a place (浙江分公司, 盐城分行, 广东分署).
_BRANCH_WORDS = ("分公司", "分行", "支行", "分局", "分院", "分署", "分会", "分中心", "营业部", "分所", "项目部")


def _split_organize_from_body(word: str) -> tuple[str, ...]:
    """工会组织 -> 工会|组织: a body's kind that jieba wrote with 组织 after it, which in
    news mostly says what the body does (厂工会|组织|职工|开展比武) and in any case is
    no part of its name (基层工会组织 are unions)."""
    if word.endswith("组织") and word[:-2] in _BODIES_BEFORE_ORGANIZE:
        return (word[:-2], "组织")
    return (word,)


def _numbered_units_of_bodies(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """平顶山矿务局|十矿, 抚顺石油化工公司|石油二厂, 大庆石油管理局|采油一厂: a body, then a
    numbered mine, plant, workshop or team of it (with the two characters of its trade
    before the number), is that unit, one body, however jieba cut the number."""
    result = []
    for candidate in candidates:
        if candidate.type != "Organization":
            continue
        match = _NUMBERED_UNIT.match(text, candidate.end)
        if match is None or any(ch in _NAME_STOPPERS or ch in "年月日今明" for ch in match.group(1) or ""):
            continue
        end = match.end()
        while (more := _NUMBERED_UNIT.match(text, end)) is not None and not more.group(1):
            end = more.end()  # 十矿|三队
        result.append(_Candidate(candidate.start, end, "Organization", "org-suffix", None, candidate.subtype))
    return result


#: A free-trade area between countries (中韩|自贸区, 中国与新西兰|自由贸易区), as opposed to
#: a zone of a place (上海|自贸区, 中国（海南）|自由贸易港).
_FREE_TRADE_AREAS = ("自贸区", "自由贸易区")


def _is_trade_agreement(place: _Candidate, zone: str) -> bool:
    """Whether a free-trade area after ``place`` is an agreement between countries:
    after a country or a country's one-character short form (东盟与中国|自贸区, 中韩|自贸区)."""
    return zone in _FREE_TRADE_AREAS and ((place.key or "").startswith("iso-") or place.rule == "place-abbreviation")


def _without_trade_agreements(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """中国与新西兰|自由贸易区: a free-trade area named by a country (jieba's 自由贸易区 is a
    body's word) is an agreement between countries, neither a body nor a place; the
    country stays a mention of its own."""
    countries = {c.start: c for c in candidates if c.type == "Place" and (c.key or "").startswith("iso-")}
    return [
        c
        for c in candidates
        if not (
            c.type in ("Organization", "Place")
            and c.start in countries
            and _is_trade_agreement(countries[c.start], text[countries[c.start].end : c.end])
        )
    ]


def _branches_of_bodies(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """光大证券|浙江分公司, 人保财险|河北省分公司: a body, then a branch of it named by its
    place, is the branch, one body (as 中国建设银行江西省分行 is), whichever rule found
    the parent."""
    bodies_by_end: dict[int, list[_Candidate]] = {}
    places = {c.start for c in candidates if c.type == "Place"}
    for candidate in candidates:
        if candidate.type == "Organization":
            bodies_by_end.setdefault(candidate.end, []).append(candidate)
    result = []
    for branch in candidates:
        if (
            branch.type != "Organization"
            or branch.start not in places
            or not text.endswith(_BRANCH_WORDS, branch.start, branch.end)
        ):
            continue
        for parent in bodies_by_end.get(branch.start, ()):
            result.append(_Candidate(parent.start, branch.end, "Organization", "org-suffix", None, parent.subtype))
    return result


def _names_in_titles_of_works(text: str, candidates: list[_Candidate], chosen: list[_Candidate]) -> list[_Candidate]:
    """《攻克锦州》, 《怀念曹禺》, 电视剧《中国神火》: the title of a work (a book, song,
    film, play, article or painting) that names people, places or bodies gives those
    names, as People's Daily annotates them; the title of a law, rule, treaty, plan or
    report (《广东省信息化促进条例》, 题为《…》的报告, 印发《中国制造2025》) stays one
    document, its names none of their own, as the sample's annotation has it."""
    result = []
    for candidate in chosen:
        if (
            candidate.rule != "book-title"
            or candidate.type != "Document"
            or candidate.subtype != "Document"
            # 《四川省数据条例（修订）》, 《…计划（2024—2026年）》: a note in brackets after
            # the kind of document
            or _TITLE_NOTE.sub("", text[candidate.start + 1 : candidate.end - 1]).endswith(_DOCUMENT_TITLE_ENDINGS)
            or _DOCUMENT_AFTER_TITLE.match(text, candidate.end)
            # (审议通过了《…》: the verb and 了)
            or text.endswith(_DOCUMENT_VERBS_BEFORE_TITLE, 0, candidate.start - text.endswith("了", 0, candidate.start))
        ):
            result.append(candidate)
            continue
        inside = [
            c
            for c in candidates
            if candidate.start < c.start
            and c.end < candidate.end
            and c.type in ("Person", "Place", "Organization")
            # 《院士思维》: a run of the transliteration alphabet in a title is no foreign name
            and c.rule != "person-transliterated"
            # 《白鹿原》, 《兰亭序》: a work's title ends like a place or a kind of work more
            # often than a person's name does
            and not (c.type == "Person" and text[c.end - 1] in _ENDS_OF_TITLES_NOT_NAMES)
        ]
        names = _resolve(inside)
        result.extend(names or [candidate])
    return sorted(result, key=lambda c: c.start)


def _word_at_tokens(tokens: list[Token], index: int) -> str:
    """The text of the token at ``index``, or "" past the end."""
    return tokens[index].text if index < len(tokens) else ""


def _word_at(words: list[str], index: int) -> str:
    """The word at ``index``, or "" past the end."""
    return words[index] if index < len(words) else ""


def _settlement_kind(name: str) -> str:
    """The kind a settlement's name ends with (乡, 镇, 村, 社区, 街道)."""
    return next((kind for kind in _KINDS_LISTED_TOGETHER if name.endswith(kind)), "")


def _split_bodies_from_zuo(words: list[str]) -> list[str]:
    """嘉峪关市人民武装|部作|交流发言: the last character of a body's name, which jieba's
    HMM glued to 作 ("gives") before the speech or report given; cut so that the body's
    name ends as it should and 作 is a word of its own."""

    def recut(index: int) -> list[str] | None:
        after = "".join(words[index + 1 : index + 6])
        return [words[index][0], "作"] if _REPORT_GIVEN.match(after) is not None else None

    starts = (
        index
        for index, word in enumerate(words)
        if len(word) == 2 and word[1] == "作" and word[0] in _BODY_LAST_BEFORE_ZUO
    )
    return _recut_words(words, recut, starts)


def _split_section_heads(words: list[str], surnames: Collection[str]) -> list[str]:
    """大气环境|处处|长孙|国庆: a division (处) and its head's title (处长), which jieba
    reads as 处处 (everywhere) and glues 长 to the name after it, a surname (not 问题|处处|
    长期|存在). The words are cut again so the division ends at 处 and 处长 is a word."""

    def recut(index: int) -> list[str] | None:
        following = _word_at(words, index + 1)
        if words[index].endswith("处处") and following[:1] == "长" and following[1:2] in surnames:
            return [words[index][:-1], "处长", following[1:]]
        return None

    return _recut_words(words, recut, (index for index, word in enumerate(words) if word.endswith("处处")))


def _recut_words(words: list[str], recut: Callable[[int], list[str] | None], starts: Iterable[int]) -> list[str]:
    """``words`` with the run that begins at each index cut again where ``recut(index)``
    gives its new words: as many words as they hold characters are replaced (a last
    piece that is empty is dropped). ``recut`` is asked only at ``starts``, in increasing
    order: the indices where a run it cuts may begin (every other index it would answer
    with ``None``), found by the caller in one cheap pass. ``words`` itself comes back
    when nothing was cut, as in most texts."""
    result: list[str] = []
    done = 0
    for index in starts:
        if index < done:
            continue  # inside a run already cut
        pieces = recut(index)
        if pieces is None:
            continue
        result += words[done:index]
        length = sum(len(piece) for piece in pieces)
        done = index
        while length > 0:
            length -= len(words[done])
            done += 1
        result += [piece for piece in pieces if piece]
    if done == 0:
        return words
    return result + words[done:]


def _split_words_ending(words: list[str], ending: str, split: Callable[[str], tuple[str, ...]]) -> list[str]:
    """``words`` with each word that ends in ``ending`` (not empty) replaced by the pieces
    ``split`` cuts it into; the other words are not offered to ``split``, and ``words``
    itself comes back when none ends so."""
    length = len(ending)
    # the last characters compared, not word.endswith(ending): a third faster, over every word
    return _split_words_at(words, [index for index, word in enumerate(words) if word[-length:] == ending], split)


def _split_words_at(words: list[str], indices: list[int], split: Callable[[str], tuple[str, ...]]) -> list[str]:
    """``words`` with the word at each of ``indices`` (in increasing order) replaced by
    the pieces ``split`` cuts it into; ``words`` itself comes back when there are none."""
    if not indices:
        return words
    result: list[str] = []
    done = 0
    for index in indices:
        result += words[done:index]
        result += split(words[index])
        done = index + 1
    return result + words[done:]


def _regnal_numbers(text: str, chosen: list[_Candidate]) -> list[_Candidate]:
    """哈桑二世, 伊丽莎白二世, 胡安·卡洛斯一世: a monarch's number after the name is part of
    it (not 世纪, 世界: a century, the world)."""
    starts = {c.start for c in chosen}
    result = []
    for candidate in chosen:
        if (
            candidate.type == "Person"
            and (match := _REGNAL_NUMBER.match(text, candidate.end)) is not None
            and not any(candidate.end <= start < match.end() for start in starts)
        ):
            candidate = replace(candidate, end=match.end(), key=None)
        result.append(candidate)
    return result


#: The units of armed, police and rescue services, which no sports team's name ends with.
_UNITS_OF_SERVICES = frozenset(["支队", "大队", "总队", "中队", "分队"])


def _teams_in_lists(text: str, chosen: list[_Candidate]) -> list[_Candidate]:
    """德国、英格兰、阿根廷等队, 山东、北京和上海队, 队依次是江苏、浙江和上海: places listed as
    teams (before 等队 or a team's name, or after a sentence about teams that introduces
    the list) are the teams, organizations, not the places."""
    result = list(chosen)
    index = 0
    while index < len(result):
        first = result[index]
        if first.type != "Place":
            index += 1
            continue
        last = index
        while last + 1 < len(result) and text[result[last].end : result[last + 1].start] in _LIST_JOINERS:
            following = result[last + 1]
            if (
                following.type != "Place"
                and not (
                    following.type == "Organization"
                    and text[following.end - 1] == "队"
                    # (哈尔滨、牡丹江、绥化支队: the fire and rescue or police units of the cities)
                    and text[following.end - 2 : following.end] not in _UNITS_OF_SERVICES
                )
            ):
                break
            last += 1
        members = result[index : last + 1]
        if len(members) >= 2:
            sentence_start = max(text.rfind(mark, 0, first.start) for mark in _SENTENCE_ENDS) + 1
            before = text[sentence_start : first.start]
            teams = (
                members[-1].type == "Organization"
                or _TEAMS_AFTER_LIST.match(text, members[-1].end) is not None
                or ("队" in before and before[-1:] in _BEFORE_LISTED_TEAMS)
            )
            if teams:
                for position in range(index, last + 1):
                    if result[position].type == "Place":
                        result[position] = replace(
                            result[position], type="Organization", rule="team-list", key=None, subtype="Organization"
                        )
        index = last + 1
    return result


def _places_playing_as_teams(text: str, chosen: list[_Candidate]) -> list[_Candidate]:
    """巴西对苏格兰那场, 1∶0小胜比利时, 同美国、斯洛伐克等强手对抗, 保加利亚的队员, b组有
    四川、河北: a country or province that plays, is beaten or has players and fans is
    its team, an organization as People's Daily tags it, not the place."""
    result = list(chosen)
    teams: set[int] = set()
    places = [i for i, c in enumerate(result) if c.type == "Place" and c.subtype in _TEAM_PLACE_SUBTYPES]
    by_start = {result[i].start: i for i in places}
    # each place's next place in a 、-joined run, and the run's last place, whose words
    # after say what the list is (同A、B|等强手); found in one walk from the right
    next_listed = {i: k for i in places if (k := by_start.get(result[i].end + 1)) is not None}
    last_listed: dict[int, int] = {}
    for i in reversed(places):
        k = next_listed.get(i)
        last_listed[i] = last_listed[k] if k is not None and text[result[i].end] == "、" else i
    for i in places:
        candidate = result[i]
        before = text[max(0, candidate.start - 8) : candidate.start]
        after = text[candidate.end : candidate.end + 8]
        last = last_listed[i]
        # 击败|中国|香港选手, 力克|印尼|男双选手, 负于|印尼|的|苏巴吉亚: a player beaten
        player = candidate.end in by_start or after.startswith(_PLAYERS_AFTER_COUNTRY)
        if (
            (_BEATEN_BEFORE.search(before) is not None and not player)
            or (before[-1:] in ("同", "与", "和") and text.startswith(_PLAYED_WITH_AFTER, result[last].end))
            or after.startswith(_PEOPLE_OF_A_TEAM)
            or _GROUP_DRAWN.search(before) is not None
        ):
            teams.add(i)
        # 巴西|对|苏格兰|那场, 中国|与|印尼|一战: two sides of a match
        if (
            after[:1] in ("对", "与", "同")
            and (j := next_listed.get(i)) is not None
            and text.startswith(_A_MATCH_AFTER_SIDES, result[j].end)
        ):
            teams.update((i, j))
    # the rest of a list that one team begins (同美国、斯洛伐克等强手, b组有四川、河北、…)
    for i in sorted(teams):
        j = i
        while (k := next_listed.get(j)) is not None and text[result[j].end] in "、和":
            teams.add(k)
            j = k
    for i in teams:
        result[i] = replace(result[i], type="Organization", rule="team-list", key=None, subtype="Organization")
    return result


#: A township's, subdistrict's, village's or community's body written right after its
#: name (长赤镇|党委, 碧阳街道|党工委).
_BODY_OF_A_SETTLEMENT = re.compile(_SETTLEMENT_BODIES)
_LEVELS_OF_SETTLEMENTS = ("镇", "乡", "街道", "村", "社区", "苏木", "嘎查")


#: An official document's title on a line of its own, a heading's marks or number before
#: it: the issuers, 关于, the matter, 的 and the kind (国务院办公厅关于加快推进政务服务
#: “高效办成一件事”的指导意见). Without title marks anywhere in it: 关于印发《…》的通知
#: names the document it sends, which is the one to read.
_OFFICIAL_TITLE_LINE = re.compile(
    r"^[ \t\u3000]*(?:#{1,6}[ \t]+)?(?:\d{1,3}[.、．][ \t]*)?"
    r"(?P<title>[^\s，。；：:！？、《》()（）]{2,40}?关于[^\n，。；：！？《》]{2,100}?的"
    r"(?:指导意见|实施意见|若干意见|意见|通知|决定|办法|规定|方案|批复|公告|通告|规划|函)"
    # 《…办法（试行）》 is the document's name; （摘要）, （全文） say which of its text follows
    r"(?:[（(](?:试行|暂行|征求意见稿|草案)[）)])?)(?:[（(](?:摘要|全文|节选)[）)])?[ \t\u3000]*$",
    re.MULTILINE,
)


def _official_titles_on_their_line(text: str) -> list[_Candidate]:
    """国务院办公厅关于加快推进政务服务“高效办成一件事”的指导意见, a line of its own (a
    government portal's title, a document's first line): the document, as if written in
    title marks, so its issuers publish it (see kg.relate). Only with a name before 关于:
    关于澳门特区筹委会设立工作小组的决定 alone names no issuer and stays words."""
    result = []
    for match in _OFFICIAL_TITLE_LINE.finditer(text):
        title = match["title"]
        subtype = next((kind for word, kind in _DOCUMENT_SUBTYPES if title.endswith(word)), "Document")
        result.append(
            _Candidate(match.start("title"), match.end("title"), "Document", "document-title-line", subtype=subtype)
        )
    return result


def _in_dotted_name(text: str, start: int, end: int) -> bool:
    """Whether the Latin word from ``start`` to ``end`` is joined by a dot to letters or
    digits before or after it (GOV.UK, data.gov.cn): one piece of a dotted name."""
    before, after = text[start - 2 : start - 1], text[end + 1 : end + 2]
    return (text[start - 1 : start] == "." and before.isascii() and before.isalnum()) or (
        text[end : end + 1] == "." and after.isascii() and after.isalnum()
    )


def _bodies_after_settlements(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """长赤镇党委, 碧阳街道党工委, 战旗村村委会: a township, subdistrict or village the
    rules found as a place, and its body written right after it, are one organization,
    also where no county is written before them (see :meth:`Extractor._local_bodies`)."""
    result = []
    for c in candidates:
        if c.type == "Place" and text.endswith(_LEVELS_OF_SETTLEMENTS, c.start, c.end) and c.end - c.start >= 3:
            body = _BODY_OF_A_SETTLEMENT.match(text, c.end)
            if body is not None:
                result.append(
                    _Candidate(c.start, body.end(), "Organization", "org-suffix", None, "GovernmentOrganization")
                )
    return result


def _bodies_of_settlements(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """北滘镇|行政服务中心: a body whose name the rules began at the level of a township or
    village (镇行政服务中心), jieba having cut the settlement's name before it, begins
    with that settlement, a place ending where the level is written."""
    settlement_starts = {c.end: c.start for c in candidates if c.type == "Place" and text[c.end - 1] in "乡镇村"}
    return [
        _Candidate(settlement_starts[c.start + 1], c.end, "Organization", c.rule, None, c.subtype)
        for c in candidates
        if c.type == "Organization" and text[c.start] in "乡镇村" and c.start + 1 in settlement_starts
    ]


def _verb_before_more_words(tokens: list[Token], first: int, end: int) -> bool:
    """Whether a verb stands among the words from ``first`` up to ``end`` with more than
    one character after it before ``end`` (部署|各地 before 公安局; not 审批|二 before 处)."""
    for index in range(first, len(tokens)):  # (islice would step through the words before first)
        token = tokens[index]
        if token.start >= end:
            return False
        if token.tag[:1] == "v" and token.end < end - 1:
            return True
    return False


def _national_teams(tokens: list[Token]) -> list[_Candidate]:
    """国家|体操队, 国家|男篮: a national team by 国家 and its sport, one body as People's
    Daily marks 国家队 (not 国家|部队, 国家|梯队)."""
    result = []
    for index, token in enumerate(tokens[:-1]):
        if token.text != "国家":
            continue
        following = tokens[index + 1]
        if following.text in _TEAM_ENDINGS or (
            following.text[-1] == "队" and following.text[:-1].lstrip("男女") in _SPORTS
        ):
            result.append(_Candidate(token.start, following.end, "Organization", "org-suffix", None, "Organization"))
            continue
        # 国家|网球|队, 国家|短道|速滑队: the sport in words of its own before 队
        sport = ""
        for last in tokens[index + 1 : index + 4]:
            sport += last.text
            if sport.endswith("队") and sport[:-1].lstrip("男女") in _SPORTS:
                result.append(_Candidate(token.start, last.end, "Organization", "org-suffix", None, "Organization"))
                break
            if len(sport) > 6:
                break
    return result


def _committees_of_events(tokens: list[Token]) -> list[_Candidate]:
    """大赛|组委会, 全运会|组委会, 世界|互联网|大会|组委会, “幸福工程”|组委会: the
    organizing committee of an event is named with the event, quoted or not, as People's
    Daily marks it; the words of the event's name, a place or a known term among them,
    belong to the committee's name, its session (第九届) does not."""
    result = []
    for index, token in enumerate(tokens):
        if token.text not in _EVENT_COMMITTEES or index == 0:
            continue
        previous = tokens[index - 1]
        start = None
        if previous.text in _CLOSING_QUOTES:
            for back in range(index - 2, max(-1, index - 8), -1):
                if tokens[back].text in _OPENING_QUOTES:
                    start = tokens[back].start if back < index - 2 else None
                    break
                if tokens[back].tag == "x":
                    break
        elif previous.text.endswith(_EVENT_ENDINGS) and previous.tag in ("n", "nz", "j", "nt", "vn", "l", "gaz"):
            first = index - 1
            while (
                first > 0
                and index - first < 5
                # not 第九届: a session is no part of the name, as for 第十六届|国际行动理事会
                and tokens[first - 1].tag in ("n", "nz", "j", "ns", "gaz")
                and _ALL_CJK.match(tokens[first - 1].text) is not None
            ):
                first -= 1
            start = tokens[first].start
        if start is not None:
            result.append(_Candidate(start, token.end, "Organization", "org-suffix", None, "Organization"))
    return result


def _resolve(candidates: list[_Candidate]) -> list[_Candidate]:
    """Keep the longest (then highest-priority) candidates that do not overlap."""
    chosen: list[_Candidate] = []
    if not candidates:
        return chosen
    taken = bytearray(max(c.end for c in candidates) + 1)
    for candidate in sorted(candidates, key=lambda c: c.rank, reverse=True):
        if candidate.end <= candidate.start or any(taken[candidate.start : candidate.end]):
            continue
        taken[candidate.start : candidate.end] = b"\x01" * (candidate.end - candidate.start)
        chosen.append(candidate)
    return sorted(chosen, key=lambda c: (c.start, c.end))


_default: Extractor | None = None


def default_extractor() -> Extractor:
    """The process-wide extractor over kg's own gazetteer."""
    global _default
    if _default is None:
        _default = Extractor()
    return _default


def extract(document: Document) -> list[Mention]:
    """Mentions of ``document`` found by the default extractor."""
    return default_extractor().extract(document)
