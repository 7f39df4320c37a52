"""Link: resolve every mention to one canonical entity.

Gazetteer names resolve to their entry whatever surface form was used (成都 and 成都市,
亚马逊 and Amazon). Names found by rules get a canonical label of their own; a short
form or an alias defined in parentheses resolves to the mention it points at; local
governments get their official name (成都市政府 → 成都市人民政府).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, replace

from kg.extract import (
    BODY_OF_A_LEVEL,
    COMMITTEES_OF_LEVELS,
    DATELINE,
    DEMOCRATIC_PARTIES,
    EVENT_EDITION,
    LOCAL_BODY_IN_TERM,
    TERM,
    TRADES_OF_A_GROUPS_ARMS,
    TRANSLITERATION,
    UNIT_OF_A_LEVEL,
)
from kg.gazetteer import AUTONOMOUS_NAME, MINISTRIES_OF_EVERY_COUNTRY, Gazetteer, GazetteerEntry, default_gazetteer
from kg.model import Document, DocumentResult, Entity, LinkedMention, Mention

_SPACES = re.compile(r"\s+")
_GOVERNMENT = re.compile(r"^(?P<place>.+?)(?P<level>[省市县区])?(?:人民)?政府$")
#: 华为公司, 支付宝公司, 阿里巴巴集团公司: a known company's name with a generic word for a company.
_COMPANY_FORM = re.compile(
    r"(?:股份有限公司|有限责任公司|有限公司|股份公司|集团公司|集团|公司"
    # Huawei Technologies, Tencent Holdings Ltd, Baidu Inc, Microsoft Corporation
    r"|(?:\s+(?:Technologies|Technology|Holdings|Group|Corporation|Corp|Inc|Co|Ltd|Limited|Company|PLC|plc)\.?,?)+)$"
)
#: A court's or a procuratorate's kind as news writes it after its place (杭州中院, 江宁区
#: 检察院), then any unit of it (第一检察部), and the kind by its official name.
_JUDICIAL_BODY = re.compile(
    r"(?P<kind>中级人民法院|中级法院|中院|高级人民法院|高级法院|高院|人民法院|法院|人民检察院|检察院)(?P<unit>.*)"
)
#: A numbered intermediate court after its municipality or province (三中院, 第一中级人民法院).
_NUMBERED_INTERMEDIATE_COURT = re.compile(
    r"(?:第?(?P<short>[一二三四五])中院|第(?P<full>[一二三四五])中级(?:人民)?法院)(?P<unit>.*)"
)
_JUDICIAL_KINDS = {
    "中院": "中级人民法院",
    "中级法院": "中级人民法院",
    "高院": "高级人民法院",
    "高级法院": "高级人民法院",
    "法院": "人民法院",
    "检察院": "人民检察院",
}
#: The level of place whose court a kind of court is (a basic court a county's or a
#: district's: 北京市法院 are the city's courts, no one court).
_COURT_LEVELS = {"中级人民法院": "City", "高级人民法院": "Province", "人民法院": "District"}
#: The words of a holding company before its legal form (腾讯|控股|有限公司).
_HOLDING = re.compile(r"(?:国际控股|控股|集团|控股集团|集团控股)$")  # (海底捞|国际控股)
#: A company's legal name: a brand, a trade, perhaps a place in brackets, the legal form
#: (月之暗面|科技|有限公司, 腾讯云|计算|（北京）|有限责任公司, 百度|在线网络技术|（北京）|有限公司).
_LEGAL_NAME = re.compile(
    r"(?P<stem>.+?)(?:[（(][^（()）]{2,6}[）)])?(?:(?:集团)?(?:股份有限公司|有限责任公司|有限公司)|集团)"
)
_TRADE = re.compile(
    r"(?:在线)?(?:网络|信息|数字|智能|软件|电子|通信|计算机|云)?(?:科技|技术|计算|软件|网络|信息|通信|电子|服务)"
    # 安踏|体育用品|集团有限公司, 中芯国际|集成电路制造|有限公司: a trade of goods
    r"|体育用品|集成电路制造|集成电路|半导体|电器|汽车|食品|医药|能源|物流|电子商务|新能源"
    # 广西柳工|机械股份有限公司, 罗兰贝格|咨询公司
    r"|工程机械|机械|管理咨询|咨询|装备制造|装备|制造"
)
#: A trade that ends a company's name before its legal form (罗兰贝格|咨询公司).
_TRADE_AT_END = re.compile(f"(?:{_TRADE.pattern})$")
#: A local Party committee's cyberspace office, which is also the government's (上海市委网信办
#: is 上海市网信办, 自治区党委网信办 自治区网信办): one office under two plates.
_TWIN_PLATED_OFFICE = re.compile(r"^(?P<place>.+?(?:省|市|县|区|州|自治区))(?:委|党委)(?P<office>网信办)$")
#: How the names of groups of companies end (中国建筑集团有限公司).
_GROUP_LABELS = ("集团", "集团有限公司", "集团有限责任公司", "集团股份有限公司", "集团公司")
#: What a known company's name is written with and still names the company itself
#: (阿里云|智能集团, 百度智能云|事业群, 纳斯达克|交易所).
_SAME_COMPANY_TAILS = ("智能集团", "事业群", "交易所")
#: What joins the items of a list of names (美国国土安全部、国防部).
_LIST_JOINERS = frozenset(["、", "和", "及", "与", "以及"])
#: How many passes :func:`_link_rounds` makes at most over the mentions that point at others.
_LINK_PASSES = 8
#: Words that follow a river's or a lake's name (黑河|流域, 嫩江|水位), not a division's.
_WATER_WORDS = (
    "流域",
    "水位",
    "沿岸",
    "干流",
    "支流",
    "水系",
    "水域",
    "湖区",
    "江段",
    "河段",
    "大堤",
    "上游",
    "中游",
    "下游",
    "水质",
    "湖面",
    "江面",
    "河道",
    "入海口",
)
#: Words of floods, which the clause of a river's name says of it (沅江将出现超警洪水).
_FLOOD_WORDS = ("洪水", "洪峰", "汛情", "超警", "涨水", "决口")
#: Punctuation that ends a clause: a title across it is not the next name's.
_CLAUSE_BREAK = re.compile(r"[，。；！？：,;!?:\n]")
#: Beginnings of national bodies' names, whose heads may be public figures.
_NATIONAL_BEGINNINGS = ("中国", "中华", "全国", "国家", "中央", "国务院", "中共中央")
_CHINA_AND_NONE = ("iso-cn", "", None)
#: Kinds of body whose heads and staff are no public figure of the gazetteer, whatever
#: place or nation begins their names (中国医学科学院肿瘤医院, 江苏省实验中学).
_BODIES_WITHOUT_FIGURES = (
    "医院",
    "卫生院",
    "诊所",
    "疾控中心",
    "疾病预防控制中心",
    "中学",
    "小学",
    "幼儿园",
    "研究所",
    "实验室",
    "课题组",
    "研究中心",
    "工程中心",
)
#: Titles of professions that no public figure of the gazetteer holds as such
#: (研究员|李强, 主任医师|王勇); titles of office (院长, 校长, 主任) are not here, as the
#: heads of a court or of the Party school may be figures.
_PROFESSIONAL_TITLES = (
    "研究员",
    "教授",
    "讲师",
    "医生",
    "医师",
    "护士",
    "护士长",
    "教师",
    "老师",
    "班主任",
    "工程师",
    "技术员",
    "记者",
    "编辑",
    "律师",
    "会计师",
    "运动员",
    "教练",
    "教练员",
    "队员",
    "选手",
    "村民",
    "农民",
    "工人",
    "职工",
    "学生",
    "博士",
    "硕士",
    "博士生",
    "研究生",
    "球员",
    "前锋",
    "中锋",
    "后卫",
    "门将",
    "守门员",
    "棋手",
    "球星",
    "名将",
)
#: A people's congress, its standing committee or a political consultative conference,
#: named without a place, and what before it says whose it is: 该省, 本市 (the place the
#: article is about), 县级, 各级 (any of that level, no one body).
_CONGRESSES = frozenset(["人大", "人大常委会", "政协"])
#: What follows the place someone was born in, in a biography (山西|原平人，, 浙江|宁波人。).
_NATIVE_OF = re.compile(r"[\u4e00-\u9fff]{0,4}?人[，,。；;）)]")
#: A city's or county's numbered middle school by its short form (成都七中, 会宁一中).
_NUMBERED_SCHOOL = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,6}?)(?P<number>[一二三四五六七八九十]{1,3})中")
#: Units a body's news names by their own names alone after naming them in full with the
#: bodies above them (三里屯派出所, 康桥消防救援站, 北京分行), and how those bodies' names end.
_UNITS_NAMED_ALONE = ("派出所", "分局", "支队", "大队", "中队", "分行", "支行", "研究所", "实验室", "救援站", "医院")
_BODIES_ABOVE_UNITS = ("局", "分局", "总队", "支队", "公司", "集团", "银行", "大学", "研究院", "科学院")
#: The gazetteer's keys of Taiwan's places and bodies (geo-tw-taipei, org-tw-moe), and
#: those of its outlets, which tell an article of Taiwan's news.
_TAIWANS_KEYS = ("org-tw-", "geo-tw-")
_TAIWANS_OUTLETS = frozenset(["org-cna-taiwan", "org-united-daily-news", "org-china-times-taiwan", "org-liberty-times"])
#: Taiwan's ministries the gazetteer names bare, as no mainland ministry is named (经济部).
_TAIWANS_BARE_MINISTRIES = frozenset(["经济部"])
#: The names Taiwan's five Yuans and their units begin with.
_TAIWANS_YUANS = ("台湾行政院", "台湾立法院", "行政院", "立法院", "监察院", "考试院", "司法院")
#: South Korea, whose ministers are 长官 (外交部长官).
_SOUTH_KOREA = "iso-kr"
#: Titles of vice-ministers only Taiwan's ministries have (教育部次长, 外交部政务次长).
_VICE_MINISTERS_OF_TAIWAN = ("次长", "政务次长", "常务次长")
#: The mainland's central bodies, whose naming tells an article of the mainland's news
#: (国台办发言人, 国务院; not its armed forces, which Taiwan's news reports on too).
_MAINLANDS_CENTRE = frozenset(
    [
        "org-state-council",
        "org-cpc-central-committee",
        "org-tao",
        "org-npc",
        "org-cmc",
        "org-xinhua",
        "org-people-daily",
    ]
)
#: What the mainland's news writes of Taiwan and Taiwan's does not (台湾地区, 民进党当局).
_MAINLANDS_WORDS_OF_TAIWAN = ("台湾地区", "当局", "台独", "中方", "祖国", "我国", "海峡两岸", "国台办", "对台")
#: Words that name a body as the mainland's (中国教育部, 中华人民共和国外交部, 国家…).
_MAINLANDS_OWN_WORDS = ("中国", "中华人民共和国", "国家", "中央")
#: The gazetteer's key of 台湾省, whose bodies no news names by the province's level (the gazetteer lists them as 台湾…).
TAIWAN = "cn-710000"
#: What follows 人大 where it is Renmin University's short form, not the congress's (人大
#: 原校长陈雨露, 人大教授, 人大附中, 人大国际关系学院).
_AFTER_RENMIN_UNIVERSITY = re.compile(
    r"(?:原|前|时任|常务)?副?(?:校长|教授|副教授|讲师|学生|校友|附中|附小|党委书记|师生|博士|硕士"
    r"|[\u4e00-\u9fff]{2,8}?学院)"
)
#: A congress or conference in one of its terms (十四届人大常委会), and the level written
#: right before it (省|十四届人大常委会, 自治区|十四届人大常委会).
_CONGRESS_IN_TERM = re.compile(r"第?[一二三四五六七八九十]{1,3}届(?P<body>人大常委会|人大|政协)")
_LEVEL_BEFORE_A_TERM = re.compile(r"(自治区|[省市县区州])$")
_LEVEL_BEFORE_A_CONGRESS = re.compile(
    r"(?:该|本)(?P<level>[省市县区])$|(?:各级|县级|市级|省级|乡级|县乡|基层)$"
    # 2025年省人大代表建议, 在市人大: the level's character alone, after a date or a word
    # that ends a clause or begins a place (not 城市人大, 直辖市人大)
    r"|(?<=[年月日，。、；：\s在由向])(?P<alone>[省市县])$"
    # 自治区党委书记、人大常委会主任: the congress of the level of the Party committee
    # listed before it, with its secretary's title
    r"|(?<![\u4e00-\u9fff])(?P<listed>自治区|自治州|[省市县区州旗盟])(?:党委|委)(?:常委、)?(?:副?书记|常委)、$"
)
#: A city's police bureau opening a body's name (北京市公安局, 北京市公安局网安总队).
_CITY_POLICE = re.compile(r"[\u4e00-\u9fff]{1,8}?市公安局")
#: The key of a department listed after one named by its level (see
#: ``Extractor._departments_listed_after_a_placed_body``).
_LISTED_AFTER_A_LEVEL = frozenset(
    "+" + level for level in ("自治区", "自治州", "省", "市", "县", "区", "州", "旗", "盟")
)
#: A run of Chinese characters only (a title between two names, no punctuation).
_ALL_CHINESE = re.compile(r"[\u4e00-\u9fff]+")
#: The grass-roots levels no gazetteer lists, by how their names end: townships and
#: streets (镇, 乡, 街道, 苏木) and villages and urban communities (村, 社区, 嘎查), and the
#: levels of the place written right before one that it lies in (德清县莫干山镇, 杭州市
#: 文新街道; 莫干山镇仙潭村, 湄潭县核桃坝村).
_GRASS_ROOTS_LEVELS = (
    (("街道", "镇", "乡", "苏木"), "Township", frozenset({"City", "District"})),
    (("社区", "村", "嘎查"), "Village", frozenset({"District", "Township"})),
)
#: How the names of a body's departments, sections and offices end (司, 局, 科,
#: 办公室, 中心).
_DEPARTMENT_ENDINGS = ("司", "局", "处", "科", "室", "中心", "厅", "所", "院", "站")
#: 美国《华尔街日报》: an outlet named with its country, its name in title marks.
_OUTLET_OF_A_COUNTRY = re.compile(r"[^《》]{2,8}《(?P<name>[^《》]+)》")
_LATIN_GAP = re.compile(r"(?<=[A-Za-z0-9]) +(?=[A-Za-z0-9])")


#: A town's or township's body named by its level alone (镇人大, 乡人大主席团, 镇财政所,
#: 镇农业综合服务中心): the article's one town's (not 乡村振兴…, 乡镇…: fields).
_TOWNS_OWN_BODY = re.compile(
    r"(?P<level>[镇乡])(?![村镇])"
    r"(?P<body>党委|人大|人大主席团|政府|人民政府|纪委|[\u4e00-\u9fff]{1,10}?(?:所|站|中心|办|办公室))"
)
#: A town's, township's or village's body, named by the settlement (西江镇人民政府, 控拜村村委会).
_SETTLEMENTS_BODY = re.compile(
    r"[\u4e00-\u9fff]{2,5}?(?:镇|乡|村|街道)(?:人民政府|党委|纪委|人大|村委会|村民委员会|党支部|办事处|党工委)"
)
#: How many bodies' names the linker keeps the shapes of (see Linker._cached_shape).
_SHAPES_KEPT = 50_000
#: Hong Kong and Macao by their keys, with the name their bodies' names begin with.
SARS = {"cn-810000": "香港", "cn-820000": "澳门"}
#: How the keys of the two regions' bodies begin.
_SAR_KEY_PREFIXES = ("org-hk", "org-macao", "org-mo-")
#: A body's acronym in brackets between its name and more of a longer name's words.
_SHORT_NAME_BEFORE_COMMITTEE = re.compile(
    r"(?<=[\u4e00-\u9fff])[（(][\u4e00-\u9fff]{2,10}[）)](?=管委会|管理委员会|党工委|工委)"
)
_ACRONYM_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff])（[A-Z][A-Za-z0-9&-]{1,9}）(?=[\u4e00-\u9fff])")


#: A government's or parliament's term written inside its name (巴基斯坦|新一届|联邦政府).
_TERM_OF_A_GOVERNMENT = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})(?:新一届|本届|上一届|新一任)(?=[\u4e00-\u9fff]{0,4}(?:政府|内阁|议会|国会)$)"
)


#: A document's name in title marks and the kind of document after them (《世界经济展望》报告).
_TITLE_AND_KIND = re.compile(r"《([^《》]+)》(?:报告|白皮书|蓝皮书|绿皮书)")


#: How many mentions' texts :func:`canonical_text` keeps the labels of.
_LABELS_KEPT = 50_000
_labels: dict[str, str] = {}


def canonical_text(text: str) -> str:
    """A mention's text as a label: line breaks and spaces between Chinese characters
    removed, spaces between Latin words kept, title marks dropped.

    The label depends on the text alone, and the linker asks for it several times a
    mention, of names a corpus repeats: it is kept, so a text seen before costs one
    look-up, not five substitutions (emptied when it holds :data:`_LABELS_KEPT`)."""
    label = _labels.get(text)
    if label is None:
        if len(_labels) >= _LABELS_KEPT:
            _labels.clear()
        label = _labels[text] = _canonical_text(text)
    return label


def _canonical_text(text: str) -> str:
    text = text.strip()
    if text.startswith("《") and text.endswith("》"):
        text = text[1:-1]
    elif (titled := _TITLE_AND_KIND.fullmatch(text)) is not None:
        text = titled[1]  # 《世界经济展望》报告: the document named in the marks, of that kind
    # 世界粮食计划署（WFP）中国办公室: a body's acronym in brackets inside a longer name
    text = _ACRONYM_INSIDE.sub("", text)
    # 长春汽车经济技术开发区（长春汽开区）管委会: a zone's short name before its committee
    text = _SHORT_NAME_BEFORE_COMMITTEE.sub("", text)
    # 巴基斯坦新一届联邦政府: the government, whichever its term
    text = _TERM_OF_A_GOVERNMENT.sub("", text)
    text = _LATIN_GAP.sub("\x00", text)
    text = _SPACES.sub("", text)
    return text.replace("\x00", " ")


def add_grass_roots_place(entities: dict[str, Entity], label: str, subtype: str, parent_key: str) -> str:
    """The key of the township or village ``label`` (``subtype`` Township or Village) in
    the place ``parent_key``, added to ``entities`` when new: 城关镇 of 固始县 and 城关镇 of
    霍邱县 are two places, told apart by the place each lies in."""
    key = f"Place:{label}@{parent_key}"
    entities.setdefault(key, Entity(key=key, type="Place", label=label, subtype=subtype, parent=parent_key))
    return key


#: How many gazetteer entries :func:`entity_from_entry` keeps the entities of.
_ENTITIES_KEPT = 50_000
_entities: dict[str, tuple[GazetteerEntry, Entity]] = {}


def entity_from_entry(entry: GazetteerEntry) -> Entity:
    """The entity a gazetteer entry describes. Both are frozen, and the linker and relate
    ask for the same entries in document after document (a place's chain of parents
    each time), so the entity is made once per entry and kept (by the entry's key, for
    that very entry: another gazetteer's entry of the key gets its own)."""
    kept = _entities.get(entry.key)
    if kept is not None and kept[0] is entry:
        return kept[1]
    entity = _new_entity(entry)
    if len(_entities) >= _ENTITIES_KEPT:
        _entities.clear()
    _entities[entry.key] = (entry, entity)
    return entity


def _new_entity(entry: GazetteerEntry) -> Entity:
    return Entity(
        key=entry.key,
        type=entry.type,
        label=entry.label,
        subtype=entry.subtype,
        label_en=entry.label_en,
        aliases=entry.aliases,
        parent=entry.parent,
        lat=entry.lat,
        lon=entry.lon,
        concept_iri=entry.concept_iri,
    )


class Linker:
    """Resolves the mentions of a document to entities."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or default_gazetteer()
        # the shapes of bodies' names by label, which a corpus names again and again
        self._shapes: dict[str, _BodyShape | None] = {}

    def link(self, document: Document, mentions: list[Mention]) -> DocumentResult:
        """Entities and linked mentions of one document.

        Examples
        --------
        >>> from kg.ingest import make_document
        >>> from kg.extract import extract
        >>> doc = make_document("d", "成都市政府与成都云计算中心。成都很大。", path="d")
        >>> result = Linker().link(doc, extract(doc))
        >>> sorted({result.entities[m.entity_key].label for m in result.mentions})
        ['成都云计算中心', '成都市', '成都市人民政府']
        """
        result = DocumentResult(document=document)
        by_span: dict[tuple[int, int], str] = {}
        articles = [document.article_at(mention.start) for mention in mentions]
        numbers = [article.number if article else None for article in articles]
        places, first_named, sent_from = self._places_named(mentions, numbers, document.text)
        regions = {number: region for number, named in places.items() if (region := self._one_region_named(named))}
        namesakes = self.gazetteer.namesakes
        local_people: set[str] = set()
        grass_roots: dict[tuple[int | None, str], str | None] = {}
        documents: list[tuple[int | None, str, str]] = []  # (article, label, key) so far
        editions = _editions_named(mentions, numbers) if any(m.type == "Document" for m in mentions) else {}
        bodies = frozenset(canonical_text(m.text) for m in mentions if m.type == "Organization")
        # A mention that points at a later one (李主任 … 李建国) is linked after it, and so
        # is one that points at such a mention (库克 in the headline, then 库克 … 蒂姆·库克).
        order = sorted(range(len(mentions)), key=_link_rounds(mentions).__getitem__)
        for index in order:
            mention, number = mentions[index], numbers[index]
            if mention.rule == "place-abbreviation" and (
                place := (
                    # (陕甘宁: 宁 of two divisions of China is told by those beside it first)
                    (
                        self._abbreviated_beside(mention.text, _abbreviations_beside(mentions, index, document.text))
                        if self._of_divisions_only(mention.text)
                        else None
                    )
                    or self._abbreviated(
                        mention.text,
                        places[number],
                        side=document.text.startswith("方", mention.end)
                        or self._beside_a_country(_abbreviations_beside(mentions, index, document.text)),
                    )
                    or self._abbreviated_beside(mention.text, _abbreviations_beside(mentions, index, document.text))
                )
            ):
                key = self._add_entry(place, result)
            elif mention.type == "Person" and self._namesake_of_public_figure(mention, document, result, local_people):
                key = self._local_entity(canonical_text(mention.text), mention, result)
            elif (
                mention.type == "Organization"
                and mention.text == "人大"
                and _AFTER_RENMIN_UNIVERSITY.match(document.text, mention.end) is not None
                and (university := self.gazetteer.lookup("中国人民大学")) is not None
            ):
                key = self._add_entry(university, result)  # 人大原校长陈雨露: Renmin University
            elif (
                mention.type == "Organization"
                and canonical_text(mention.text) in _CONGRESSES
                and (
                    level_before := _LEVEL_BEFORE_A_CONGRESS.search(
                        document.text, max(0, mention.start - 12), mention.start
                    )
                )
            ):
                # 该省人大常委会: the province's; 县级人大代表, 各级人大: any such congress, not
                # the National People's Congress
                label = canonical_text(mention.text)
                level = level_before["level"] or level_before["listed"] or level_before["alone"]
                if level and (level_body := BODY_OF_A_LEVEL.fullmatch(level + label)) is not None:
                    key = self._body_of_a_level(
                        level_body,
                        mention,
                        places[number],
                        number,
                        result,
                        document.text,
                        first_named,
                        sent_from[number],
                    )
                else:
                    key = self._body_of_this_article(label, mention, number, result, "GovernmentOrganization")
            elif (
                mention.type == "Organization"
                and (term := _CONGRESS_IN_TERM.fullmatch(canonical_text(mention.text))) is not None
                and (
                    level_before := _LEVEL_BEFORE_A_TERM.search(document.text, max(0, mention.start - 3), mention.start)
                )
                and (level_body := BODY_OF_A_LEVEL.fullmatch(level_before.group(1) + term["body"])) is not None
            ):
                # 省十四届人大常委会: the province's congress, in its term
                key = self._body_of_a_level(
                    level_body, mention, places[number], number, result, document.text, first_named, sent_from[number]
                )
            elif (
                (
                    mention.type == "Organization"
                    and mention.key is None
                    and (
                        level_body := BODY_OF_A_LEVEL.fullmatch(canonical_text(mention.text))
                        or self._unit_of_a_level(canonical_text(mention.text))
                    )
                )
                or (
                    # 自治区农业农村厅、|商务厅: a department listed after one of a level's (key
                    # ``+自治区``), that level's
                    mention.type == "Organization"
                    and mention.key in _LISTED_AFTER_A_LEVEL
                    and (level_body := self._unit_of_a_level(mention.key[1:] + canonical_text(mention.text)))
                )
                or (
                    # 省委常委、|宣传部部长 (key ``+省委``): the department of the committee of the
                    # article's province, as 省委宣传部 written whole is
                    mention.type == "Organization"
                    and mention.key in _COMMITTEES_OF_A_LEVEL
                    and (level_body := self._unit_of_a_level(mention.key[1:] + canonical_text(mention.text)))
                )
            ):
                key = self._body_of_a_level(
                    level_body, mention, places[number], number, result, document.text, first_named, sent_from[number]
                )
            elif (
                mention.type == "Organization"
                and mention.key is None
                and mention.text.endswith("分局")
                and (branch := self._branch_of_a_city_police(canonical_text(mention.text), number, result))
            ):
                key = self._organization(branch, mention, result)
            elif mention.type == "Organization" and (
                country := self._country_of_a_foreign_minister(mentions, numbers, index, document)
                or self._country_of_a_listed_ministry(mentions, index, document)
            ):
                key = self._ministry_of(country, canonical_text(mention.text), mention, result)
            elif (
                mention.type == "Organization"
                and (region := regions.get(number)) is not None
                and (own := self._body_of_the_sar(mention, region))
            ):
                key = self._add_entry(own, result)  # 劳工处, 立法会 in news of Hong Kong or Macao
            elif mention.type == "Place" and (
                grass_roots_key := self._grass_roots_place(mention, number, result, grass_roots)
            ):
                key = grass_roots_key
            elif mention.type == "Document" and (edition := editions.get((number, canonical_text(mention.text)))):
                key = self._local_entity(edition, mention, result)  # 《…行动计划》 … 《…行动计划（2024—2026年）》
            elif mention.type == "Document" and (
                earlier := _document_named_in_full(canonical_text(mention.text), number, documents)
            ):
                key = earlier  # 《关于加快公共数据资源开发利用的意见》 … 《意见》明确
            elif (
                mention.type == "Event"
                and mention.key is None
                and (edition_of := self._edition_of_known_event(mention))
            ):
                key = self._local_entity(edition_of, mention, result)  # 第136届广交会 = 第136届中国进出口商品交易会
            elif mention.type == "Place" and self._water_named_like_a_division(mention, document, result):
                key = self._local_entity(canonical_text(mention.text), mention, result, subtype="Region")
            elif mention.type == "Place" and (label := canonical_text(mention.text)) in namesakes:
                # 北京市朝阳区: the place right before it decides first, then the article's.
                before = result.mentions[-1] if result.mentions else None
                place = None
                if before is not None and before.mention.end == mention.start:
                    place = self._namesake(label, {before.entity_key})
                place = place or self._namesake(label, places[number])
                key = self._add_entry(place, result) if place else self._local_entity(label, mention, result)
            elif (
                mention.type == "Organization"
                and mention.key is None
                and (town_body := _TOWNS_OWN_BODY.fullmatch(canonical_text(mention.text))) is not None
                # (镇江市政务服务中心: a place's body, whose name begins with 镇)
                and self.gazetteer.leading_place(canonical_text(mention.text))[0] is None
                and (town := self._one_town_named_before(mention, town_body["level"], number, result)) is not None
            ):
                # 樟树镇召开会议。…镇人大主席周水平: the body of the one town the article named
                key = self._organization(town + town_body["body"], mention, result)
            else:
                key = self._resolve(mention, by_span, result, bodies)
            by_span[(mention.start, mention.end)] = key
            result.mentions.append(LinkedMention(mention, key, number))
            if mention.type == "Document":
                documents.append((number, result.entities[key].label, key))
        if order != sorted(order):
            linked = dict(zip(order, result.mentions, strict=True))
            result.mentions = [linked[i] for i in range(len(mentions))]
        self._join_short_forms_of_bodies(result)
        self._taiwans_own_bodies(result)
        if "部长官" in result.document.text:
            self._koreas_ministries(result)
        return result

    def _koreas_ministries(self, result: DocumentResult) -> None:
        """A ministry named bare before 长官, the title of South Korea's ministers (外交部长官,
        国防部长官赵显: the mainland's are 部长), is South Korea's (韩国外交部)."""
        korea = self.gazetteer.entries.get(_SOUTH_KOREA)
        if korea is None:
            return
        text = result.document.text
        # (the articles that name South Korea: 国防部长官邸 in news of Israel is no minister's)
        korean = {
            linked.article
            for linked in result.mentions
            if linked.entity_key == _SOUTH_KOREA or result.entities[linked.entity_key].label.startswith("韩国")
        }
        relinked = []
        for linked in result.mentions:
            entry = self.gazetteer.entries.get(linked.entity_key)
            written = canonical_text(linked.mention.text)
            if (
                entry is not None
                and linked.article in korean
                and entry.subtype == "GovernmentOrganization"
                and written.endswith("部")
                and written in entry.names
                and self.gazetteer.leading_place(written)[0] is None
                and text.startswith("长官", linked.mention.end)
                # (外交部长|官邸, 外交部长|官方网站, 外交部长|官员: the minister's residence, site, officials)
                and text[linked.mention.end + 2 : linked.mention.end + 3] not in ("邸", "方", "员", "僚")
            ):
                linked = replace(linked, entity_key=self._ministry_of(korea, written, linked.mention, result))
            relinked.append(linked)
        _relink(result, relinked)

    def _taiwans_own_bodies(self, result: DocumentResult) -> None:
        """In an article of Taiwan's news (see :meth:`_articles_of_taiwans_news`), a
        ministry named as bare as the mainland's of the same name (教育部, 国防部, 外交部长)
        is Taiwan's (台湾教育部): Taiwan's news writes its own ministries so; and so is one
        before a vice-minister's title anywhere (教育部次长刘孟奇: the mainland has none).
        Outside Taiwan's news, bare 经济部 (Taiwan's by the gazetteer, which no mainland
        ministry is named) in an article of one foreign country is that country's
        (德国经济部长哈贝克…。经济部发言人…)."""
        text = result.document.text
        taiwans = self._articles_of_taiwans_news(result)
        if not taiwans and "次长" not in text and "经济部" not in text:
            return  # (most documents: nothing to move)
        relinked = []
        for linked in result.mentions:
            entry = self.gazetteer.entries.get(linked.entity_key)
            written = canonical_text(linked.mention.text)
            if (
                entry is not None
                and entry.subtype == "GovernmentOrganization"
                and not entry.key.startswith(_TAIWANS_KEYS)
                and written in entry.names
                and not written.startswith(_MAINLANDS_OWN_WORDS)
                and (linked.article in taiwans or text.startswith(_VICE_MINISTERS_OF_TAIWAN, linked.mention.end))
                and (own := self.gazetteer.lookup("台湾" + entry.label)) is not None
                and own.key.startswith(_TAIWANS_KEYS)
            ):
                linked = replace(linked, entity_key=self._add_entry(own, result))
            elif (
                entry is not None
                and written in _TAIWANS_BARE_MINISTRIES
                and entry.label == "台湾" + written
                and linked.article not in taiwans
                and (country := self._one_foreign_country(result, linked.article)) is not None
            ):
                linked = replace(linked, entity_key=self._ministry_of(country, written, linked.mention, result))
            relinked.append(linked)
        _relink(result, relinked)

    def _articles_of_taiwans_news(self, result: DocumentResult) -> set[int | None]:
        """The articles of Taiwan's news: naming two of Taiwan's places (台湾 itself too),
        bodies (its Yuans and their units, its ministries, not bare 经济部) or outlets, at
        least one a body or outlet, none of the mainland's central bodies, and none of the
        words the mainland's news writes of Taiwan (台湾地区, 当局, 中方, 海峡两岸 …)."""
        if any(word in result.document.text for word in _MAINLANDS_WORDS_OF_TAIWAN):
            return set()
        signs: dict[int | None, set[str]] = {}
        bodies: set[int | None] = set()
        mainland: set[int | None] = set()
        for linked in result.mentions:
            key = linked.entity_key
            entity = result.entities[key]
            if key in _MAINLANDS_CENTRE:
                mainland.add(linked.article)
            elif key.startswith(_TAIWANS_KEYS) or key in _TAIWANS_OUTLETS or key == TAIWAN:
                if canonical_text(linked.mention.text) in _TAIWANS_BARE_MINISTRIES:
                    continue  # (经济部: what is to be told, no sign)
                signs.setdefault(linked.article, set()).add(key)
                if key.startswith("org-") or key in _TAIWANS_OUTLETS:
                    bodies.add(linked.article)
            elif entity.type == "Organization" and entity.label.startswith(_TAIWANS_YUANS):
                # 立法院外交及国防委员会: a unit of one of Taiwan's Yuans
                signs.setdefault(linked.article, set()).add(key)
                bodies.add(linked.article)
        return {
            article
            for article, keys in signs.items()
            if len(keys) >= 2 and article in bodies and article not in mainland
        }

    def _one_foreign_country(self, result: DocumentResult, article: int | None) -> GazetteerEntry | None:
        """The one country other than China the article names, if it names one only."""
        countries = {
            entry.key
            for linked in result.mentions
            if linked.article == article
            and (entry := self.gazetteer.entries.get(linked.entity_key)) is not None
            and entry.subtype == "Country"
            and entry.key != "iso-cn"
        }
        return self.gazetteer.entries[countries.pop()] if len(countries) == 1 else None

    def _join_short_forms_of_bodies(self, result: DocumentResult) -> None:
        """Point the mentions of a body the document names by a short form of a name it
        also writes in full to that name's entity: a name without some of its places or
        its legal form (鑫源化工 … 淄博市临淄区鑫源化工有限公司, 南山区教育局 … 深圳市南山区
        教育局, 广州公共资源交易中心 … 广州市公共资源交易中心), and a company's arm in a
        province by the province and the company's short name (浙江移动 … 中国移动通信集团
        浙江有限公司). Only where one body of the document fits."""
        local = {
            m.entity_key
            for m in result.mentions
            if m.mention.type == "Organization" and m.entity_key not in self.gazetteer.entries
        }
        bodies = {m.entity_key for m in result.mentions if m.mention.type == "Organization"}
        if len(bodies) < 2 or not local:
            return
        shapes = {key: self._cached_shape(result.entities[key].label) for key in bodies}
        joined: dict[str, str] = {}
        # the longer short forms first: a body named by two of them (中国电信四川公司, 四川电信)
        # is one body, once the longer is joined to the name in full
        for key in sorted(local, key=lambda k: (-len(result.entities[k].label), k)):
            label = result.entities[key].label
            if len(label) >= 4 and label.endswith(_UNITS_NAMED_ALONE):
                # 北京市公安局朝阳分局三里屯派出所 … 三里屯派出所: a unit named in full with
                # the bodies above it, then by its own name alone
                above = {
                    other
                    for other in bodies
                    if other != key
                    and (whole := result.entities[other].label).endswith(label)
                    and whole[: -len(label)].endswith(_BODIES_ABOVE_UNITS)
                }
                if len(above) == 1:
                    joined[key] = above.pop()
                    continue
            short = shapes[key]
            if short is None:
                # 中信重工 … 中信重工机械股份有限公司: a company's name without its last words
                # of trade and its legal form, which the one name in full begins with
                label = result.entities[key].label
                fuller = {
                    other
                    for other in bodies
                    if other != key
                    and result.entities[other].label.startswith(label)
                    and (more := _IN_FULL_WITH_TRADE_AND_FORM.fullmatch(result.entities[other].label, len(label)))
                    # (恒大地产|集团南昌有限公司: the group's company in a place, another)
                    and not self._names_a_place(more["trade"])
                    and "分" not in more["trade"]
                }
                if len(label) >= 4 and len(fuller) == 1:
                    joined[key] = fuller.pop()
                continue
            fitting = {
                joined.get(other, other)
                for other in bodies
                if other != key
                and (full := shapes[other]) is not None
                and len(result.entities[other].label) > len(result.entities[key].label)
                and self._shortens(short, full)
            }
            if len(fitting) == 1:
                joined[key] = fitting.pop()
        if joined:
            result.mentions = [
                replace(m, entity_key=joined[m.entity_key]) if m.entity_key in joined else m for m in result.mentions
            ]
            for key in joined:
                result.entities.pop(key, None)

    def _names_a_place(self, words: str) -> bool:
        """Whether a place the gazetteer knows is written anywhere in ``words`` (集团|南昌)."""
        return any(
            (entry := self.gazetteer.lookup(words[start:end])) is not None and entry.type == "Place"
            for start in range(len(words))
            for end in range(start + 2, len(words) + 1)
        )

    @staticmethod
    def _one_town_named_before(mention: Mention, level: str, number: int | None, result: DocumentResult) -> str | None:
        """The label of the one town or township (as ``level``, 镇 or 乡, says) the
        article ``number`` named before ``mention``, if it named one only."""
        towns = {
            label
            for linked in result.mentions
            if linked.article == number
            and linked.mention.end <= mention.start
            and linked.mention.type == "Place"
            and len(label := result.entities[linked.entity_key].label) >= 3
            and label.endswith(level)
        }
        return towns.pop() if len(towns) == 1 else None

    def _cached_shape(self, label: str) -> _BodyShape | None:
        """:meth:`_shape_of_a_body`, read once per label (and forgotten when many)."""
        if label not in self._shapes:
            if len(self._shapes) > _SHAPES_KEPT:
                self._shapes.clear()
            self._shapes[label] = self._shape_of_a_body(label)
        return self._shapes[label]

    def _shape_of_a_body(self, label: str) -> _BodyShape | None:
        """A body's name taken apart (see :class:`_BodyShape`), or None for a company's
        name that is no arm of it in a place."""
        core = _LEGAL_FORM_AT_END.sub("", label)
        # (阿联酋G42公司: a company written with 公司 alone, as news writes foreign ones)
        legal_form = core != label or label.endswith("公司")
        company = None
        for length in range(min(len(core) - 1, 12), 1, -1):
            entry = self.gazetteer.lookup(core[:length])
            if entry is not None and entry.subtype == "Company":
                company, core = entry, _LEGAL_FORM_AT_START.sub("", core[length:])
                break
        places: list[str] = []
        while core:
            place, rest = self.gazetteer.leading_place(core)
            if place is None:
                whole = self.gazetteer.lookup_unambiguous(core)
                if whole is not None and whole.type == "Place":
                    places.append(whole.key)  # 中国移动通信集团|浙江|有限公司
                    core = ""
                break
            places.append(place.key)
            core = rest
        # 内蒙古电力集团 … 内蒙古电力（集团）有限责任公司, 国网江苏电力 … 国网江苏省电力公司:
        # the words of a group or company after the name are no part of what tells it
        core = _BRANCH_FORM.sub("", core)
        if company is None and core.endswith("集团") and len(core) > 3:
            core = core[:-2]  # 江苏农垦集团 … 江苏省农垦集团有限公司: a group by its name alone
        if company is not None:
            # 中国电信|股份有限公司|四川|分公司, 国网|江苏省|电力|有限公司: the company's arm in a place
            return _BodyShape(tuple(places), core, company, legal_form) if places and len(core) <= 2 else None
        return _BodyShape(tuple(places), core, None, legal_form, "集团" in label) if len(core) >= 2 else None

    def _shortens(self, short: _BodyShape, full: _BodyShape) -> bool:
        """Whether the body of the shape ``short`` is the one of the shape ``full``, a name
        of it with something left out: some places, a company's legal form (鑫源化工), or
        the company's full name (国网江苏电力, 浙江移动)."""
        if full.company is not None:
            if short.places != full.places:
                return False
            family = [full.company, *self.gazetteer.ancestors(full.company.key)]
            if short.company is not None:
                # 中国电信四川公司, 国网江苏电力: the company (or the group its listed arm
                # belongs to) and the same words after the place
                return short.core == full.core and bool(
                    {e.key for e in family} & {short.company.key, short.company.parent}
                )
            # 浙江|移动: the province, then the operator's short name
            return (
                not full.core
                and short.core in OPERATOR_TAILS
                and any(name.endswith(short.core) for entry in family for name in entry.names)
            )
        if short.company is not None or not set(short.places) <= set(full.places):
            return False
        if short.group and not full.group:
            return False  # 陕西能源投资集团 is no 陕西能源投资股份有限公司, the group's listed company
        if (
            short.core != full.core
            and full.legal_form
            and not short.legal_form  # (乌镇旅游股份有限公司 is no 桐乡市乌镇旅游投资有限公司)
            and full.core.startswith(short.core)
            and full.core[len(short.core) :] in _TRADE_WORDS
            and len(short.core) >= 2
        ):
            # 大北农集团 of 北京大北农科技集团股份有限公司, 首农集团 of 北京首农食品集团有限公司: a
            # company's name without the words of its trade
            return not short.places or short.places[-1] == full.places[-1]
        if short.core.endswith("委") and full.core.endswith("委员会") and short.places:
            # 重庆市商务委 of 重庆市商务委员会, 北京市科委 of 北京市科学技术委员会: a commission
            # by 委, its field's words kept or abbreviated in order
            field, full_field = short.core[:-1], full.core[:-3]
            return (
                short.places[-1] == full.places[-1]
                and bool(field)
                and field[-1] not in "省市县区州"  # (越南广宁省委, a Party committee, is no 人民委员会)
                and field[0] == full_field[:1]
                and (field == full_field or _abbreviates(field, full_field))
            )
        if short.core != full.core and not short.places and not full.places:
            # 公安部网安局 of 公安部网络安全保卫局: a known body's unit, its words abbreviated
            # in order after the body's name, with the same first and last character
            length = next(
                (
                    n
                    for n in range(min(len(short.core) - 2, 12), 1, -1)
                    if full.core.startswith(short.core[:n])
                    and (entry := self.gazetteer.lookup(short.core[:n])) is not None
                    and entry.type == "Organization"
                ),
                0,
            )
            if not length:
                return False
            short_place, _ = self.gazetteer.innermost_leading_place(short.core[length:])
            full_place, _ = self.gazetteer.innermost_leading_place(full.core[length:])
            if (short_place is None) != (full_place is None) or (
                short_place is not None and full_place is not None and short_place.key != full_place.key
            ):
                # 国家税务总局天津市税务局 is no 国家税务总局天津市滨海新区税务局: the body's arm in
                # another place, not its name abbreviated
                return False
            return self._abbreviates_the_name(short.core[length:], full.core[length:])
        if short.core != full.core:
            # 深圳市疾控中心 of 深圳市疾病预防控制中心: the kind's words abbreviated, in the same
            # innermost place
            return (
                bool(short.places)
                and short.places[-1] == full.places[-1]
                and self._abbreviates_the_name(short.core, full.core)
                # (not 天津市职业大学 of 天津职业技术师范大学: the first words of the name kept whole)
                and not full.core.startswith(short.core[:-2])
            )
        if short.places:
            # 南山区教育局 of 深圳市南山区教育局, but not 浙江省人民检察院 of 浙江省湖州市人民检察院:
            # each level has a body of that kind, told apart by the innermost place
            return short.places[-1] == full.places[-1]
        # 鑫源化工 of 淄博市临淄区鑫源化工有限公司: a company's own name, not a kind of body;
        # 西江镇人民政府 of 雷山县西江镇人民政府: a town's or village's body, named by the
        # settlement the gazetteer does not list
        return (full.legal_form and len(short.core) >= 3) or _SETTLEMENTS_BODY.match(short.core) is not None

    def _abbreviates_the_name(self, short: str, full: str) -> bool:
        """Whether ``short`` is ``full`` with its words abbreviated in order, keeping the
        first and last character and the kind of body (疾控中心 of 疾病预防控制中心, 网安局 of
        网络安全保卫局); not a name inside it (公安局 of 公安局公安交通管理局, a unit of it),
        nor with the kind cut (农业科学院 of 农业大学…学院)."""
        return (
            3 <= len(short) < len(full)
            and short[0] == full[0]
            and short[-1] == full[-1]
            and short not in full
            and _abbreviates(short, full)
            and self._kind_of_body(full).endswith(self._kind_of_body(short))
        )

    def _kind_of_body(self, name: str) -> str:
        """The longest suffix of a body's name that names a kind of body (科学院 of 农业
        科学院, 管理局 of 大数据应用发展管理局), or its last character."""
        suffixes = self.gazetteer.suffix_by_text
        return next((name[-n:] for n in range(min(len(name) - 1, 6), 1, -1) if name[-n:] in suffixes), name[-1:])

    def _edition_of_known_event(self, mention: Mention) -> str | None:
        """The label of an edition of an event the gazetteer knows, its edition and the
        event's full name (第136届广交会 → 第136届中国进出口商品交易会), so the edition named
        by the short form and by the full name is one entity; None for any other event."""
        text = canonical_text(mention.text)
        edition = _EVENT_EDITION.match(text)
        if edition is None:
            return None
        entry = self.gazetteer.lookup(text[edition.end() :])
        return edition.group() + entry.label if entry is not None and entry.type == "Event" else None

    def _grass_roots_place(
        self,
        mention: Mention,
        number: int | None,
        result: DocumentResult,
        named: dict[tuple[int | None, str], str | None],
    ) -> str | None:
        """A township, street or village written right after the place it lies in (固始县
        城关镇, 莫干山镇仙潭村): a place of its own in that one, told from another's of the
        same name (霍邱县城关镇). Named alone later in the article, it is that place, when
        the article has written only one of that name so far. ``named`` maps (article,
        name) to such places found so far (``None`` for a name of several)."""
        label = canonical_text(mention.text)
        level = next((level for level in _GRASS_ROOTS_LEVELS if label.endswith(level[0]) and len(label) >= 2), None)
        if level is None or self.gazetteer.lookup(label) is not None:
            return None
        before = result.mentions[-1] if result.mentions else None
        _, subtype, parent_levels = level
        if (
            before is not None
            and before.mention.type == "Place"
            and result.document.text[before.mention.end : mention.start] == "、"
            and (listed := result.entities[before.entity_key]).subtype == subtype
            and listed.parent is not None
            and listed.key == f"Place:{listed.label}@{listed.parent}"
        ):
            # 积石山县刘集乡、|柳沟乡、大河家镇: a township listed after one of the county's
            # is the county's too
            key = add_grass_roots_place(result.entities, label, subtype, listed.parent)
            named[(number, label)] = key if named.get((number, label), key) == key else None
            return key
        if before is None or before.mention.end != mention.start or before.mention.type != "Place":
            return named.get((number, label))
        parent = result.entities[before.entity_key]
        # 天荒坪镇余村: a village of one character's name only right after its township
        if parent.subtype not in parent_levels or (len(label) == 2 and parent.subtype != "Township"):
            return named.get((number, label))
        key = add_grass_roots_place(result.entities, label, subtype, parent.key)
        named[(number, label)] = key if named.get((number, label), key) == key else None
        return key

    def _namesake_of_public_figure(
        self, mention: Mention, document: Document, result: DocumentResult, local_people: set[str]
    ) -> bool:
        """Whether a person the gazetteer knows (李强, 王毅) is someone else of that name:
        one whose title belongs to a company, a school or a body below a province
        (杭州市数据资源管理局局长|李强, 浪潮集团副总裁|王勇, 市委宣传部部长|李强), where no
        public figure of the gazetteer serves; the article's later mentions of the name are
        that person too. A title of a province, a central body or no title keeps the figure
        (国务院总理|李强, 浙江省省长|李强)."""
        label = canonical_text(mention.text)
        if label in local_people:
            return True
        entry = self.gazetteer.entries.get(mention.key or "") or self.gazetteer.lookup(label)
        if entry is None or entry.type != "Person":
            return False
        if document.text.endswith(_PROFESSIONAL_TITLES, max(0, mention.start - 5), mention.start):
            local_people.add(label)  # 中国疾控中心研究员|李强: a profession no figure practises
            return True
        if not result.mentions:
            return False
        before = result.mentions[-1]
        gap = document.text[before.mention.end : mention.start]
        if not gap or len(gap) > 12 or _CLAUSE_BREAK.search(gap) or not self._ends_with_title(gap):
            return False
        holder = result.entities[before.entity_key]
        if not self._below_public_figures(holder):
            return False
        local_people.add(label)
        return True

    def _country_of_a_foreign_minister(
        self, mentions: list[Mention], numbers: list[int | None], index: int, document: Document
    ) -> GazetteerEntry | None:
        """The one foreign country the article names before a bare ministry's name that is
        its head's title before a foreign name (俄罗斯…涅姆佐夫，外交部长普里马科夫: Russia's
        ministry, not China's), or before an officer's title and a foreign name (美国国防部
        … 国防部首席信息官约翰·谢尔曼); None otherwise, and where the article names no foreign
        country before it or several (a country named after it is more often one visited)."""
        mention = mentions[index]
        if canonical_text(mention.text) not in MINISTRIES_OF_EVERY_COUNTRY or index + 1 == len(mentions):
            return None
        person = mentions[index + 1]
        title = document.text[mention.end : person.start]
        # 外交部长普里马科夫, 国防部首席信息官约翰·谢尔曼: the head's or another officer's title
        if person.type != "Person" or not (title == "长" or title in self.gazetteer.titles):
            return None
        # 普里马科夫, 谢尔盖·拉夫罗夫: a transliterated name (not 王毅, 迟浩田)
        if "·" not in person.text and not all(ch in TRANSLITERATION for ch in person.text):
            return None
        countries = set()
        for before, number in zip(mentions[:index], numbers[:index], strict=True):
            if number != numbers[index] or before.type not in ("Place", "Organization"):
                continue
            label = canonical_text(before.text)
            place = self.gazetteer.lookup(label) if before.type == "Place" else self.gazetteer.leading_place(label)[0]
            if place is not None and place.subtype == "Country" and place.key != "iso-cn":
                countries.add(place.key)
        return self.gazetteer.entries[countries.pop()] if len(countries) == 1 else None

    def _country_of_a_listed_ministry(
        self, mentions: list[Mention], index: int, document: Document
    ) -> GazetteerEntry | None:
        """The foreign country whose ministry, named with the country, a bare ministry's
        name is listed right after (美国国土安全部、国防部; 美国商务部和财政部: the United
        States' defence and finance ministries, not China's); None otherwise."""
        mention = mentions[index]
        if index == 0 or canonical_text(mention.text) not in MINISTRIES_OF_EVERY_COUNTRY:
            return None
        before = mentions[index - 1]
        if before.type != "Organization" or document.text[before.end : mention.start] not in _LIST_JOINERS:
            return None
        place, rest = self.gazetteer.leading_place(canonical_text(before.text))
        if place is None or place.subtype != "Country" or place.key == "iso-cn" or not rest.endswith(("部", "省")):
            return None
        return place

    def _ministry_of(self, country: GazetteerEntry, ministry: str, mention: Mention, result: DocumentResult) -> str:
        """The key of ``country``'s ministry named ``ministry`` (俄罗斯外交部), the
        gazetteer's where it knows it."""
        label = country.label + ministry
        entry = self.gazetteer.lookup(label)
        if entry is not None and entry.type == "Organization":
            return self._add_entry(entry, result)
        return self._organization(label, mention, result)

    def _unit_of_a_level(self, label: str) -> re.Match[str] | None:
        """市教育局, 省公安厅: a department named by its government's level alone, which
        the gazetteer does not know by that name (市场监管总局 is a national body)."""
        if self.gazetteer.lookup(label) is not None:
            return None
        return UNIT_OF_A_LEVEL.fullmatch(label)

    def _body_of_a_level(
        self,
        level_body: re.Match[str],
        mention: Mention,
        named: set[str],
        number: int | None,
        result: DocumentResult,
        text: str,
        first_named: dict[tuple[int | None, str], int],
        sent_from: set[str],
    ) -> str:
        """The body a committee, government or department named by its level alone (市委,
        县政府, 市教育局) stands for: that of the one Chinese place of that level the article
        names (广州 … 市委书记 → 广州市委; 石嘴山市原市委书记 → 石嘴山市委; 深圳市 … 市教育局 →
        深圳市教育局), or where it names several, of the one its sentence and the sentence
        before name (南江县地处大巴山腹地。近年来，县委、县政府… → 南江县委). Otherwise a body
        of this article alone, never merged with another article's 市委."""
        level, body = level_body["level"], level_body["body"]
        if level == "区" and (body == "党委" or body.endswith("厅")):
            # 区党委书记王君正: a district's committee is its 区委; 区党委 is the autonomous
            # region's (西藏自治区党委), as news from one calls it; and 区公安厅, 区教育厅:
            # a department (厅) only a province-level government has
            level = "自治区"
        if (listed := self._place_of_the_body_listed_before(mention, level, result, text)) is not None:
            # 庄河市委、市政府: the body of the place whose body the list named just before
            # (庄河市, a county-level city of 大连市, which the article also names)
            places = [listed]
        else:
            places = self._places_of_a_level(named, level)
            # 阆中市召开会议。市应急管理局… 南充市有关部门: the one place of that level named
            # before it, though a place it lies in is named later
            before = {key for key in named if first_named.get((number, key), mention.start) < mention.start}
            if len(named_before := self._places_of_a_level(before, level)) == 1:
                places = named_before
            if len(places) > 1 and (about := [place for place in places if place.key not in sent_from]):
                # 新华社杭州3月3日电 宁波市政府… 市委书记: the city the news is about, not
                # the one its dateline says it was sent from
                places = about
        if not places:
            # 省委书记许勤到大庆市调研: the province (or city) the places the article names
            # lie in, when it names none of that level itself
            around = {a.key for key in named if key.startswith("cn-") for a in self.gazetteer.ancestors(key)}
            places = self._places_of_a_level(around, level)
        if len(places) > 1:
            begins = sentence_start(text, mention.start)
            nearby = {
                linked.entity_key
                for linked in result.mentions
                if linked.article == number
                and sentence_start(text, begins - 1) <= linked.mention.start
                and linked.mention.end <= mention.start
            }
            near = self._places_of_a_level(nearby, level)
            if len(near) != 1:
                # 天津市委 … 北京市、河北省 … 市人大常委会: the one place whose bodies the article
                # names (with its level: 天津市委, not 北京市 named as a place only)
                bodies = {
                    result.entities[linked.entity_key].label
                    for linked in result.mentions
                    if linked.article == number and result.entities[linked.entity_key].type == "Organization"
                }
                near = [place for place in places if any(label.startswith(place.label) for label in bodies)]
            places = near
        if len(places) == 1:
            label = places[0].label + body
            if (known := self.gazetteer.lookup(label)) is not None and known.type == "Organization":
                return self._add_entry(known, result)  # 省三防办 … 广东省三防办, a listed body's short form
            return self._organization(label, mention, result)
        return self._body_of_this_article(canonical_text(mention.text), mention, number, result, mention.subtype)

    @staticmethod
    def _body_of_this_article(
        label: str, mention: Mention, number: int | None, result: DocumentResult, subtype: str | None
    ) -> str:
        """A body named by its level or kind alone that no place resolves (市委, 各级人大): an
        entity of this article alone, never merged with another article's."""
        key = f"Organization:{label}@{mention.doc_id}:{number if number is not None else ''}"
        result.entities.setdefault(key, Entity(key=key, type="Organization", label=label, subtype=subtype))
        return key

    def _place_of_the_body_listed_before(
        self, mention: Mention, level: str, result: DocumentResult, text: str
    ) -> GazetteerEntry | None:
        """The place of ``level`` whose body is named right before ``mention`` with 、 or 和
        between (庄河市委、|市政府 → 庄河市), or that body's or the place's with a title
        between (开封市人民政府副市长、|市公安局局长, 开封市副市长、|市公安局: 开封市), or None."""
        if mention.start < 2 or text[mention.start - 1] not in "、和及与" or not result.mentions:
            return None
        before = result.mentions[-1]
        gap = text[before.mention.end : mention.start - 1]
        if gap and not (len(gap) <= 8 and _ALL_CHINESE.fullmatch(gap) and self._ends_with_title(gap)):
            return None
        entity = result.entities.get(before.entity_key)
        if entity is None or entity.type not in ("Organization", "Place") or (entity.type == "Place" and not gap):
            return None
        place, _ = self.gazetteer.innermost_leading_place(entity.label.removeprefix("中共"))
        if place is None or not place.key.startswith("cn-") or not place.label.endswith(level):
            return None
        return place

    def _branch_of_a_city_police(self, label: str, number: int | None, result: DocumentResult) -> str | None:
        """The full name of a city police's district branch named by the district alone
        (北京市公安局 … 会同朝阳分局: 北京市公安局朝阳分局, not one of 朝阳市), where the
        article named before it one city's police bureau and the district is the city's."""
        district = label.removesuffix("分局")
        if not 1 <= len(district) <= 5:
            return None
        bureaus = {
            found.group()
            for linked in result.mentions
            if linked.article == number
            and (entity := result.entities[linked.entity_key]).type == "Organization"
            and (found := _CITY_POLICE.match(entity.label)) is not None
        }
        if len(bureaus) != 1:
            return None  # (none, or the police of two cities: whose branch it is, is not said)
        bureau = next(iter(bureaus))
        city = self.gazetteer.lookup(bureau.removesuffix("公安局"))
        if city is None or city.type != "Place":
            return None
        for name in (district, district + "区", district + "县", district + "新区"):
            place = self.gazetteer.lookup(name)
            if place is not None and place.type == "Place" and place.parent == city.key:
                return bureau + label
        for key in self.gazetteer.namesakes.get(district + "区", ()):
            if self.gazetteer.entries[key].parent == city.key:
                return bureau + label
        return None

    def _places_of_a_level(self, keys: set[str], level: str) -> list[GazetteerEntry]:
        """The Chinese places among ``keys`` whose names end in ``level`` (县, 市), but
        not one inside another of them: 瑞金市 named among the county-level cities of
        赣州市 leaves 市 the prefecture's, as an article from a city names its parts."""
        places = [
            entry
            for key in sorted(keys)
            if key.startswith("cn-")
            and (entry := self.gazetteer.entries[key]).label.endswith(level)
            # 香港特别行政区 has no Party committee (区委) or district congress, and a
            # district's 区委 is no autonomous region's (广西壮族自治区党委)
            and not (level == "区" and entry.label.endswith(("特别行政区", "自治区")))
            # 台湾省 has none of the provinces' bodies (省委, 省人大常委会, 省政协) either
            and key != TAIWAN
        ]
        if len(places) < 2:
            return places
        outermost = self.gazetteer.outermost({place.key for place in places})
        return [place for place in places if place.key in outermost]

    def _water_named_like_a_division(self, mention: Mention, document: Document, result: DocumentResult) -> bool:
        """Whether a place the gazetteer knows as a division's short form is the river or
        lake the division is named after: 黑河|流域, 巢湖 listed among lakes, 黑龙江|水位
        (not 黑河市, 巢湖市, 黑龙江省)."""
        label = canonical_text(mention.text)
        if label[-1:] not in "江河湖海":
            return False
        entry = self.gazetteer.lookup(label)
        if entry is None or entry.type != "Place" or not entry.key.startswith("cn-") or entry.label == label:
            return False
        if document.text.startswith(_WATER_WORDS, mention.end):
            return True
        clause = _CLAUSE_BREAK.split(document.text[mention.end : mention.end + 20], maxsplit=1)[0]
        if any(word in clause for word in _FLOOD_WORDS):
            return True  # 沅江、资水将出现超警洪水: the rivers in flood
        before = result.mentions[-1] if result.mentions else None
        if before is None or document.text[before.mention.end : mention.start] not in ("、", "和", "与"):
            return False
        listed = result.entities.get(before.entity_key)
        return listed is not None and listed.subtype == "Region" and listed.label[-1:] in "江河湖海"

    def _ends_with_title(self, text: str) -> bool:
        titles = self.gazetteer.titles
        return any(text[-length:] in titles for length in range(1, min(len(text), 6) + 1))

    def _below_public_figures(self, holder: Entity) -> bool:
        """A company, school or other body outside government, or a place or body below a
        province: no public figure of the gazetteer holds a title there."""
        entry = self.gazetteer.entries.get(holder.key)
        if holder.type == "Organization" and holder.label.endswith(_BODIES_WITHOUT_FIGURES):
            return True  # 浙江省肿瘤医院副院长, 中国医学科学院肿瘤医院副院长
        if holder.type == "Place":
            return entry is not None and entry.key.startswith("cn-") and entry.parent not in _CHINA_AND_NONE
        if holder.type != "Organization" or holder.label.startswith(_NATIONAL_BEGINNINGS):
            return False  # 中国社会科学院院长, 中国石油董事长: heads of national bodies may be figures
        if entry is not None:
            return entry.subtype in ("Company", "University", "ResearchOrganization", "MediaOutlet")
        place, _ = self.gazetteer.leading_place(holder.label)
        if place is None:
            # 市委宣传部, 县公安局: a level below a province; 腾讯政务: a company's unit
            return holder.label[0] in "市县区镇乡村" or holder.subtype == "Company"
        return place.key.startswith("cn-") and place.parent not in _CHINA_AND_NONE

    def _places_named(
        self, mentions: list[Mention], numbers: list[int | None], text: str
    ) -> tuple[dict[int | None, set[str]], dict[tuple[int | None, str], int], dict[int | None, set[str]]]:
        """The gazetteer keys of the places each article names in full, on their own or
        at the start of a body's name (深圳市龙华区教育局 names 深圳市), where each article
        first names each (``mentions`` are in the text's order), and those it names only
        in a dateline (新华社杭州|3月3日电), where the news was sent from."""
        named: dict[int | None, set[str]] = defaultdict(set)
        first_at: dict[tuple[int | None, str], int] = {}
        in_dateline: dict[int | None, set[str]] = defaultdict(set)
        outside_dateline: dict[int | None, set[str]] = defaultdict(set)
        for mention, number in zip(mentions, numbers, strict=True):
            key: str | None = None
            if mention.type == "Organization" and len(mention.text) > 3:
                place, _ = self.gazetteer.leading_place(canonical_text(mention.text))
                if place is not None and canonical_text(mention.text) not in self.gazetteer.namesakes:
                    key = place.key
                    inner, _ = self.gazetteer.innermost_leading_place(canonical_text(mention.text))
                    if inner is not None and inner.key != place.key:
                        # 海口市龙华区政务服务中心 names 龙华区 too (区政府 after it is its)
                        named[number].add(inner.key)
                        first_at.setdefault((number, inner.key), mention.start)
                        outside_dateline[number].add(inner.key)
            elif mention.type == "Place" and len(mention.text) > 1:
                if canonical_text(mention.text) in self.gazetteer.namesakes:
                    continue  # 朝阳区: which place it is depends on the others
                if _NATIVE_OF.match(text, mention.end) is not None:
                    continue  # 刘伟，男，1968年出生，山西原平人: where someone was born, not the news's place
                known = mention.key if mention.key in self.gazetteer.entries else None
                entry = self.gazetteer.entries[known] if known else self.gazetteer.lookup(canonical_text(mention.text))
                key = entry.key if entry is not None else None
            if key is not None:
                named[number].add(key)
                first_at.setdefault((number, key), mention.start)
                # (新华社杭州|3月3日电, 本报北京|5月9日讯: the place of a dateline)
                dateline = mention.type == "Place" and DATELINE.match(text, mention.end) is not None
                (in_dateline if dateline else outside_dateline)[number].add(key)
        sent_from: dict[int | None, set[str]] = defaultdict(set)
        for number, keys in in_dateline.items():
            sent_from[number] = keys - outside_dateline[number]
        return named, first_at, sent_from

    def _one_region_named(self, named: set[str]) -> str | None:
        """The key of Hong Kong or Macao, when the places an article names lie in one of
        them and not in the other."""
        regions = {
            place
            for key in named
            for place in (key, *(entry.key for entry in self.gazetteer.ancestors(key)))
            if place in SARS
        }
        return regions.pop() if len(regions) == 1 else None

    def _body_of_the_sar(self, mention: Mention, region: str) -> GazetteerEntry | None:
        """The body of Hong Kong's or Macao's government an article about one of them (the
        ``region``) names without the region (卫生署, 劳工处 in news of Hong Kong; 立法会,
        which alone is Hong Kong's, in news of Macao), when the gazetteer knows the body
        by the region's name and the bare one."""
        label = canonical_text(mention.text)
        if label.startswith(("香港", "澳门")) or len(label) < 2:
            return None
        known = self.gazetteer.entries.get(mention.key or "")
        if mention.key is not None and known is None:
            return None  # 数码港 … 香港数码港管理有限公司: a body the article named in full
        entry = self.gazetteer.lookup(SARS[region] + label)
        if entry is None or entry.type != "Organization" or (known is not None and entry.key == known.key):
            return None
        if known is not None and not known.key.startswith(_SAR_KEY_PREFIXES) and entry.parent != known.parent:
            # a body the gazetteer knows by the bare name, not a region's (but 中联办 in news
            # of Macao is Macao's, the twin of Hong Kong's the bare name stands for)
            return None
        return entry

    def _abbreviated(self, character: str, named: set[str], *, side: bool = False) -> GazetteerEntry | None:
        """The place a one-character abbreviation stands for: 美 is the United States;
        巴 is Pakistan, Brazil or Palestine, whichever of them the article names in full,
        and none if it names none or several; a character news seldom abbreviates a
        country by (玻 of 玻方) is the country the article names in full that begins with it,
        and so is one news often abbreviates a country by where the article names only
        another country that begins with it (土方 in news of 土库曼斯坦, not Türkiye).
        A side (``side``: 蒙方, or a character beside a country's, 中津) is a country's,
        not a province's (蒙古国, not 内蒙古), and the country the article names before any
        other meaning (津方 in news of 津巴布韦, 亚方 of 亚美尼亚); China's character stays
        China's whatever the article names (中方 beside 中非共和国)."""
        keys = self.gazetteer.place_abbreviations.get(character, ())
        named_countries = tuple(
            key
            for key in named
            if self.gazetteer.entries[key].subtype == "Country" and self.gazetteer.entries[key].label[0] == character
        )
        if not keys or (
            len(named_countries) == 1
            and not any(key in named for key in keys)
            and "iso-cn" not in keys
            # (only a country's character for other countries: 津 stays Tianjin, 亚 Asia,
            # except as a side, whatever country the article names that begins with them)
            and (side or all(self.gazetteer.entries[key].subtype == "Country" for key in keys))
        ):
            keys = named_countries
        if len(keys) > 1 and side:
            keys = tuple(key for key in keys if self.gazetteer.entries[key].subtype == "Country")
        if len(keys) > 1:
            keys = tuple(key for key in keys if key in named)
        return self.gazetteer.entries[keys[0]] if len(keys) == 1 else None

    def _beside_a_country(self, beside: list[str]) -> bool:
        """Whether one of the abbreviations ``beside`` stands for a country alone (中 of 中津)."""
        for neighbour in beside:
            keys = self.gazetteer.place_abbreviations.get(neighbour, ())
            if len(keys) == 1 and self.gazetteer.entries[keys[0]].subtype == "Country":
                return True
        return False

    def _of_divisions_only(self, character: str) -> bool:
        """Whether the abbreviation ``character`` stands for several divisions of China and
        no country (宁: 宁夏 or 南京)."""
        keys = self.gazetteer.place_abbreviations.get(character, ())
        return len(keys) > 1 and all(key.startswith("cn-") for key in keys)

    def _abbreviated_beside(self, character: str, beside: list[str]) -> GazetteerEntry | None:
        """The place an abbreviation of several places stands for, told by the one written
        beside it: 澳 is Macao in 港澳 (beside a part of China), Australia in 中澳 (beside a
        country)."""
        keys = self.gazetteer.place_abbreviations.get(character, ())
        for neighbour in beside:
            neighbour_keys = self.gazetteer.place_abbreviations.get(neighbour, ())
            if len(keys) < 2 or len(neighbour_keys) != 1:
                continue
            country = self.gazetteer.entries[neighbour_keys[0]].subtype == "Country"
            fitting = [key for key in keys if (self.gazetteer.entries[key].subtype == "Country") == country]
            if len(fitting) > 1 and not country:
                # 陕甘宁: beside provinces, a province; 沪宁: beside a municipality, a city
                # (宁夏 and 南京 both stand by 宁)
                wanted = "City" if neighbour_keys[0] in _MUNICIPALITIES else "Province"
                fitting = [key for key in fitting if self.gazetteer.entries[key].subtype == wanted]
            if len(fitting) == 1:
                return self.gazetteer.entries[fitting[0]]
        return None

    def _namesake(self, name: str, named: set[str]) -> GazetteerEntry | None:
        """The place a name several places share stands for: the one inside a place the
        article names (朝阳区 after 北京市 is 北京's, after 长春市 长春's), if exactly one
        is; none otherwise, the name then being a place of its own."""
        keys = self.gazetteer.namesakes[name]
        around = {key: {a.key for a in self.gazetteer.ancestors(key)} for key in keys}
        shared = set.intersection(*around.values())  # 中国 surrounds them all
        fitting = [key for key in keys if (around[key] - shared) & named]
        if len(fitting) > 1:
            # 山东省济南市 … 市中区: 济南's, inside two places the article names, not 枣庄's,
            # inside only the province
            most = max(len(around[key] & named) for key in fitting)
            fitting = [key for key in fitting if len(around[key] & named) == most]
        return self.gazetteer.entries[fitting[0]] if len(fitting) == 1 else None

    def _local_entity(self, label: str, mention: Mention, result: DocumentResult, subtype: str | None = None) -> str:
        """An entity no gazetteer entry describes, known by its label and type."""
        key = f"{mention.type}:{label}"
        if key not in result.entities:
            result.entities[key] = Entity(key=key, type=mention.type, label=label, subtype=subtype or mention.subtype)
        return key

    def _resolve(
        self, mention: Mention, by_span: dict[tuple[int, int], str], result: DocumentResult, bodies: frozenset[str]
    ) -> str:
        if mention.key and mention.key.startswith("@"):
            start, end = (int(n) for n in mention.key[1:].split(":"))
            if (start, end) in by_span:
                return by_span[(start, end)]
        if mention.key and mention.key.startswith("~"):
            # 张主席 with no full name in the article: a person of this document alone,
            # known by surname and title, never merged with another document's 张主席;
            # 老 and 小 come before the surname (老王, 小赵).
            address = mention.key[1:]
            label = address + mention.text if address in ("老", "小") else mention.text + address
            key = f"Person:{label}@{mention.doc_id}:{mention.start}"
            result.entities.setdefault(key, Entity(key=key, type="Person", label=label, subtype=mention.subtype))
            return key
        if mention.key and mention.key in self.gazetteer.entries:
            return self._add_entry(self.gazetteer.entries[mention.key], result)
        label = canonical_text(mention.text)
        if mention.key and mention.key.startswith("+"):
            whose = mention.key[1:]
            # (总局|人事司 after 国家金融监督管理总局: the body's kind, written once)
            overlap = next((n for n in (3, 2) if len(label) > n and whose.endswith(label[:n])), 0)
            label = whose + label[overlap:]  # the unit's body: 北京大学 of 光华管理学院
            if BODY_OF_A_LEVEL.fullmatch(level_body := mention.key[1:]) is not None:
                # 省委|组织部 after 湖北省委组织部, 市委|宣传部 after 深圳市委: the one body
                # (or the one committee of that level) the article named in full
                fuller = [body for body in bodies if body.endswith(label) and len(body) > len(label)]
                committees = [body for body in bodies if body.endswith(level_body) and len(body) > len(level_body)]
                if len(fuller) == 1:
                    label = fuller[0]
                elif not fuller and len(committees) == 1:
                    label = committees[0] + label[len(level_body) :]
        if mention.rule == "team-list":
            label += "队"  # 德国 listed among teams is 德国队, the team, as where it is written so
        if mention.type == "Place":
            label = _zone_in_full(label)
        entry = self.gazetteer.lookup(label)
        if entry is not None and entry.type == mention.type:
            return self._add_entry(entry, result)
        if mention.type == "Organization":
            return self._organization(self._named_in_full(label, bodies) or label, mention, result)
        return self._local_entity(label, mention, result)

    def _add_entry(self, entry: GazetteerEntry, result: DocumentResult) -> str:
        """Add an entry's entity and its chain of parents (so places carry their
        province and country)."""
        if entry.key not in result.entities:
            result.entities[entry.key] = entity_from_entry(entry)
            for ancestor in self.gazetteer.ancestors(entry.key):
                result.entities.setdefault(ancestor.key, entity_from_entry(ancestor))
        return entry.key

    def _organization(self, label: str, mention: Mention, result: DocumentResult) -> str:
        if (known := self._known_with_its_body_in_full(label)) is not None:
            return self._add_entry(known, result)
        label = _mission_in_full(
            self._department_named_in_full(
                self._level_written_once(self._without_the_partys_name(self._league_in_full(label)))
            )
        )
        if label.endswith("委会") and label.startswith(tuple(DEMOCRATIC_PARTIES)):
            label = label[:-1]  # 九三学社湖南省委会 is 九三学社湖南省委, as news writes both
        if (school := _NUMBERED_SCHOOL.fullmatch(label)) is not None:
            place = self.gazetteer.lookup(school["place"])
            if place is not None and place.type == "Place" and place.key.startswith("cn-"):
                # 成都七中 is 成都市第七中学, 北京四中 北京市第四中学: a city's numbered school
                label = place.label + "第" + school["number"] + "中学"
        for short, bank in _BANKS_BY_SHORT_NAMES.items():
            if (
                label.startswith(short)
                and len(label) > len(short) + 2
                and label.endswith(_BRANCHES_OF_BANKS)
                and self.gazetteer.leading_place(label[len(short) :])[0]
            ):
                # 人民银行柳州市中心支行, 人行南宁中心支行, 工行杭州分行: a bank's branch by the
                # bank's name in full
                label = bank + label[len(short) :]
                break
        if label.endswith("纪委监委") and len(label) > 4:
            # 浙江省纪委监委: the commission for discipline inspection and the supervisory
            # commission working as one office, named as the first (as 中央纪委国家监委 is
            # 中央纪律检查委员会)
            label = label[:-2]
        elif len(label) > 6 and label[-5:-3] == "纪委" and label[-3] in "省市州县区旗盟" and label.endswith("监委"):
            # 大理白族自治州纪委州监委, 福州市纪委市监委: the same, the level said again
            label = label[:-3]
        # 上海市委网信办 and 上海市网信办: one office under the Party's and the government's plates
        label = _TWIN_PLATED_OFFICE.sub(r"\g<place>\g<office>", label)
        if (shortened := self._parent_by_its_short_form(label)) is not None:
            university, unit = shortened
            begun = len(label) - len(unit)
            if (
                (university.subtype == "University" or unit in _PARTY_BODIES_OF_AN_ORGANIZATION)
                and unit.endswith(UNITS_OF_UNIVERSITIES + _PARTY_BODIES_OF_AN_ORGANIZATION)
                # (北大荒集团党委: the party committee of another body the name begins with)
                and not any(word in unit for word in ("集团", "公司", "有限", "股份", "银行"))
                and not any(
                    (known := self.gazetteer.lookup(label[:end])) is not None and known.type == "Organization"
                    for end in range(begun + 1, len(label))
                )
            ):
                # 哈工大航天学院 is 哈尔滨工业大学航天学院, 西工大党委 西北工业大学党委: a
                # university's unit named with the university's short form; 证监会党委 is
                # 中国证券监督管理委员会党委: any body's Party committee or group
                label = university.label + unit
        if (
            (taxes := _LOCAL_TAX_BUREAU.fullmatch(label)) is not None
            and (where := self.gazetteer.lookup(taxes["place"])) is not None
            and where.subtype in ("Province", "City")
            and where.key.startswith("cn-")
        ):
            # 江苏省税务局, 宁波市税务局第一稽查局: since 2018 a province's or city's tax bureau
            # is the State Taxation Administration's, 国家税务总局江苏省税务局
            label = "国家税务总局" + label
        if (formal := _FORMAL_LOCAL_BODY.fullmatch(label)) is not None:
            place = self.gazetteer.lookup(formal["place"])
            if place is None or place.type != "Place":
                place, rest = self.gazetteer.innermost_leading_place(formal["place"])  # 上海市|浦东新区
                place = place if not rest else None
            if place is not None and place.key.startswith("cn-"):
                # 中国共产党四川省第十二届委员会 is 四川省委 (中共四川省委, see
                # _without_the_partys_name), 中国人民政治协商会议湖北省第十三届委员会 湖北省
                # 政协: a local committee by its formal name in a term
                if formal["party"]:
                    label = place.label + ("党委" if place.label.endswith("自治区") else "委")
                else:
                    label = place.label + "政协"
                if formal["standing"]:
                    label += "常委会"  # …委员会常务委员会: its standing committee (厦门市政协常委会)
        if (
            self.gazetteer.leading_place(label)[0] is None
            and (city := self._city_of_a_shared_district(label, result.entities.keys())) is not None
        ):
            # 朝阳区市场监管局, 朝阳区人民法院 in an article naming 北京市: the district of
            # the city named
            label = city.label + label
        if (judicial := self._judicial_body_named_in_full(label)) is not None:
            label, court_place = judicial
            self._add_entry(court_place, result)  # with the places above it, now named by the body
        if (outlet := _OUTLET_OF_A_COUNTRY.fullmatch(label)) is not None:
            place, _ = self.gazetteer.leading_place(label)
            entry = self.gazetteer.lookup(outlet["name"])
            if place is not None and entry is not None and entry.subtype == "MediaOutlet":
                # 美国《华尔街日报》: the country's outlet the gazetteer knows (华尔街日报)
                return self._add_entry(entry, result)
            if place is not None and entry is None:
                # 柬埔寨《高棉时报》: an outlet the gazetteer does not know, by its name, as
                # the article names it without the country (据《高棉时报》报道)
                label = outlet["name"]
        if label.endswith("队") and (club := self.gazetteer.lookup(label[:-1])) and club.label.endswith("俱乐部"):
            return self._add_entry(club, result)  # 北京国安队: the team of 北京国安足球俱乐部
        if (
            label.endswith("报社")
            and (paper := self.gazetteer.lookup(label[:-1])) is not None
            and paper.subtype == "MediaOutlet"
        ):
            return self._add_entry(paper, result)  # 光明日报社: the house that publishes 光明日报, as 人民日报社
        company = self._company_named(label) if _COMPANY_FORM.search(label) else None
        if company is not None:
            # 华为公司 is 华为, the company the gazetteer knows, not a part of it.
            return self._add_entry(company, result)
        if (tail := next((t for t in _SAME_COMPANY_TAILS if label.endswith(t)), None)) is not None and (
            (known := self.gazetteer.lookup(label[: -len(tail)])) is not None and known.subtype == "Company"
        ):
            # 阿里云智能集团, 百度智能云事业群, 纳斯达克交易所: the company the gazetteer knows,
            # by the name of its business group or its kind
            return self._add_entry(known, result)
        if (
            len(label) >= 3
            and (countries := self.gazetteer.place_abbreviations.get(label[0], ()))
            and len(countries) == 1
            and label[1:] in MINISTRIES_OF_EVERY_COUNTRY
        ):
            # 英外交部, 美国务院: the country's body, named with the country in full
            label = self.gazetteer.entries[countries[0]].label + label[1:]
            if (entry := self.gazetteer.lookup(label)) is not None and entry.type == "Organization":
                return self._add_entry(entry, result)
        place, rest = self.gazetteer.leading_place(label)
        # (广东证监局|党委: the office's Party committee, named after the office's short name)
        unit = next((u for u in _PARTY_UNITS_OF_OFFICES if rest.endswith(u) and len(rest) > len(u)), "")
        if (
            place is not None
            and (place.key.startswith("cn-") or place.parent == "iso-cn")  # (华北能源监管局: a region's)
            and (regulator := _LOCAL_OFFICES_OF_REGULATORS.get(rest.removesuffix(unit))) is not None
        ):
            # 四川金融监管局 is 国家金融监督管理总局四川监管局, 深圳证监局 中国证券监督管理委员会
            # 深圳监管局: a national regulator's office in a province or city, by the name
            # it has in full (the place as written, without its level)
            office = rest.removesuffix(unit)
            written = label[: len(label) - len(rest)].removesuffix("省").removesuffix("市")
            kind = "监管分局" if office.endswith("分局") else "监管办公室" if office.endswith("办") else "监管局"
            label = regulator + written + kind + unit
            place, rest = self.gazetteer.leading_place(label)
        if (
            label.startswith("民航")
            and label.endswith("监管局")
            and (office_place := self.gazetteer.leading_place(label[2:]))[0] is not None
            and office_place[1] == "监管局"
        ):
            # 民航安徽监管局 is 中国民用航空安徽安全监督管理局: the civil aviation regulator's
            # office in a province or city (the place as written)
            label = "中国民用航空" + label[2:-3] + "安全监督管理局"
            place, rest = self.gazetteer.leading_place(label)
        if label.startswith("央行") and label.endswith(("总部", "分行", "支行", "营业管理部")) and len(label) > 4:
            label = "中国人民银行" + label[2:]  # 央行上海总部 is 中国人民银行上海总部
            place, rest = self.gazetteer.leading_place(label)
        if place is not None and (in_full := self._autonomous_place_in_full(label, place, rest)) != label:
            label = in_full
            place, rest = self.gazetteer.leading_place(label)
        if (
            place is not None
            and place.subtype == "Country"
            and len(rest) >= 3
            and (known := self.gazetteer.lookup(rest)) is not None
            and known.type == "Organization"
            and known.subtype in _NAMED_WITH_THEIR_COUNTRY
            # (巴西|国家开发银行: a national body's generic name, the country's own body)
            and not rest.startswith(("国家", "国立", "中央"))
            # (赞比亚|中国银行: the bank of another country, whose arm there this is; but
            # 英国|剑桥大学, named by a place in that country)
            and (
                (inner := self.gazetteer.leading_place(rest)[0]) is None
                or place.key in {inner.key, *(a.key for a in self.gazetteer.ancestors(inner.key))}
            )
        ):
            # 美国斯坦福大学, 日本丰田公司: a university or company the gazetteer knows, named
            # with its country first as news often writes it
            return self._add_entry(known, result)
        if (
            place is not None
            and place.subtype == "Province"
            and place.key.startswith("cn-")
            and _ADMINISTRATIVE_ORGAN.search(rest) is not None
            and "法院" not in rest  # (…中级人民法院审判委员会: a court's unit keeps it too)
            and "检察院" not in rest
            and (city := self.gazetteer.leading_place(rest)[0]) is not None
            and (
                city.parent == place.key
                # (湖北钟祥市工业局: a county-level city of a city of the province, whose
                # name no other place has)
                or (
                    city.label not in self.gazetteer.namesakes
                    and place.key in {a.key for a in self.gazetteer.ancestors(city.key)}
                )
            )
        ):
            # 江苏省南京市公安局 is 南京市公安局, 北京市怀柔县民政局 怀柔县民政局: an organ of
            # a city or county by its own name, the province left out, the rest as written
            # (a court's or a company's name keeps it: 江苏省宿迁市中级人民法院)
            self._add_entry(place, result)
            label = rest
            place, rest = self.gazetteer.leading_place(label)
        if (
            place is not None
            and place.subtype == "City"
            and place.key.startswith("cn-")
            and (county := self.gazetteer.leading_place(rest)[0]) is not None
            and county.parent == place.key
            and county.subtype == "District"
            and county.label not in self.gazetteer.namesakes
            and rest.startswith(county.label)
            and _ADMINISTRATIVE_ORGAN.search(organ := rest[len(county.label) :]) is not None
            and "法院" not in organ
            and "检察院" not in organ
        ):
            # 湖州市安吉县委 is 安吉县委, 临汾市隰县县委 隰县县委, 湖州市安吉县公安局 安吉县
            # 公安局: a county's Party committee or organ by the county's name, the city it
            # is in left out (not 北京市朝阳区委: two cities have a 朝阳区)
            self._add_entry(place, result)
            label = rest
            place, rest = self.gazetteer.leading_place(label)
        if place is not None and LOCAL_BODY_IN_TERM.fullmatch(rest):
            # 深圳市七届人大常委会, 吉林省政协八届常委会: the body, whichever its term
            without_term = re.sub(TERM, "", rest)
            label, rest = label[: len(label) - len(rest)] + without_term, without_term
        if (short := local_congress_by_short_name(label, self.gazetteer)) != label:
            label = short
            place, rest = self.gazetteer.leading_place(label)
        subtype = mention.subtype
        if subtype != "GovernmentOrganization" and self._ends_like_a_government_body(label):
            subtype = "GovernmentOrganization"  # 晋江市消防救援|大队: its kind in words jieba cut apart
        if place is not None and (full := _department_of_a_place_in_full(place, rest)) is not None:
            # 江西省发展改革委, 江西省人社厅: the department by its official name
            label, rest = full, full[len(place.label) :]
        elif place is not None and (district := self._shared_district_of(place, rest)) is not None:
            # 北京市朝阳区市场监管局: the department of a district two cities share, by its
            # official name, with the city that tells which
            full = _full_department_name(rest[len(district.label) :])
            label = place.label + district.label + full
            rest = label[len(place.label) :]
        if place is not None and place.key.startswith("cn-") and rest not in ("政府", "人民政府"):
            inner, inner_rest = self.gazetteer.innermost_leading_place(label)
            if inner is not None and inner_rest in ("政府", "人民政府"):
                # 上海市徐汇区政府 is 徐汇区人民政府; 北京市朝阳区政府 keeps its city, as two
                # cities have a 朝阳区
                self._add_entry(place, result)
                label = self.gazetteer.government_label(inner.key)
                key = f"Organization:{label}"
                result.entities.setdefault(
                    key, Entity(key=key, type="Organization", label=label, subtype="GovernmentOrganization")
                )
                return key
        if place is not None:
            self._add_entry(place, result)
            government = _GOVERNMENT.match(label)
            if (
                rest
                and government
                # (南江县政府: the county's name with its level, its short form being none)
                and self._place_named(government["place"] + (government["level"] or "")) is place
                # 朝阳区政府 is no government of 朝阳市: a level written must be the place's
                and not (
                    government["level"] and place.label[-1] in "省市县区" and place.label[-1] != government["level"]
                )
            ):
                # 成都政府, 成都市政府 and 成都市人民政府 are one body.
                label = self.gazetteer.government_label(place.key)
                subtype = "GovernmentOrganization"
            elif (
                place.key in ("iso-cn", "geo-mainland-china")
                and (inner := self.gazetteer.lookup(rest))
                and inner.type == "Organization"
            ):
                # 中国财政部 is the 财政部 of the gazetteer; so is 中国大陆国家数据局, as Taiwan's
                # news writes it, 国家数据局.
                return self._add_entry(inner, result)
            elif (
                place.key.startswith("iso-")
                and (company := self._company_named(rest)) is not None
                # 赞比亚中国银行: a company named by another place, in this country, is its branch
                and self.gazetteer.leading_place(rest)[0] is None
                # 巴西国家开发银行: a national body's generic name, the country's own body
                and not rest.startswith(("国家", "中央", "全国", "国立"))
            ):
                # 美国英特尔公司, 日本软银集团: a known company with its country written
                # before it (a city before one names a joint venture: 上海大众).
                return self._add_entry(company, result)
        if place is None and _TOWNSHIP_GOVERNMENT.fullmatch(label):
            label = label[:-2] + "人民政府"  # 织里镇政府 is 织里镇人民政府, as a county's is
            subtype = "GovernmentOrganization"
        if (
            subtype == "Company"
            and (head := self._leading_body(label)) is not None
            and head.subtype == "GovernmentOrganization"
        ):
            subtype = head.subtype  # 中国人民银行上海市分行: a central bank's branch, no company
        key = f"Organization:{label}"
        if key not in result.entities:
            result.entities[key] = Entity(key=key, type="Organization", label=label, subtype=subtype or "Organization")
        return key

    def _autonomous_place_in_full(self, label: str, place: GazetteerEntry, rest: str) -> str:
        """玉树州委 is 玉树藏族自治州委, 阿坝州市场监管局 阿坝藏族羌族自治州市场监管局, 石柱县委
        石柱土家族自治县委: a body of an autonomous prefecture or county named by the
        place's short form, one entity with the body named by the place in full, as its
        official name is and news writes it too (not a company: 楚雄州文投集团 is named so)."""
        written = label[: len(label) - len(rest)]
        match = AUTONOMOUS_NAME.match(place.label)
        if (
            match is None
            or not place.key.startswith("cn-")
            # (延边大学, 伊犁日报, 楚雄师范学院: a name with the place's own name alone is its own)
            or written != match["own"] + match["kind"]
            or not rest
            or _COMPANY_WORD.search(rest) is not None
        ):
            return label
        return place.label + rest

    def _league_in_full(self, label: str) -> str:
        """团重庆市委 is 共青团重庆市委: the Communist Youth League's committee of a Chinese
        place, written with 团 alone or with 共青团 (one entity either way)."""
        if not label.startswith("团"):
            return label
        place, rest = self.gazetteer.leading_place(label[1:])
        return "共青团" + label[1:] if place is not None and place.key.startswith("cn-") and rest else label

    def _without_the_partys_name(self, label: str) -> str:
        """中共烟台市委 is 烟台市委, 中共长沙市委组织部 长沙市委组织部, 中共广西壮族自治区委员会
        组织部 广西壮族自治区党委组织部: a Chinese place's Party body, one entity whether
        written with 中共 or without (as news writes it both ways, often in one article)."""
        if not label.startswith("中共"):
            return label
        place, rest = self.gazetteer.leading_place(label[2:])
        if place is None or not place.key.startswith("cn-") or not rest:
            return label  # 中共中央办公厅, 中共越南: no Chinese place's body
        named = label[2 : len(label) - len(rest)]
        if rest.startswith("委员会"):
            # (中共四川省委员会: the committee's formal name, 四川省委)
            rest = ("党委" if named.endswith("自治区") else "委") + rest[3:]
        return named + rest

    def _level_written_once(self, label: str) -> str:
        """延边朝鲜族自治州州委 is 延边朝鲜族自治州委, 北京市市委 北京市委: a place's Party
        committee with its level written twice, one entity with the usual name (not for a
        place of one character and its level, 和县县委)."""
        place, rest = self.gazetteer.innermost_leading_place(label)  # (吉林省|延边朝鲜族自治州|州委)
        if place is None or len(rest) < 2 or not place.key.startswith("cn-"):
            return label
        named = label[: len(label) - len(rest)]
        if len(place.label) >= 3 and named[-1] == rest[0] and rest[1] == "委":
            return named + rest[1:]
        return label

    def _ends_like_a_government_body(self, label: str) -> bool:
        """Whether the longest strong suffix of three or more characters that ``label``
        ends with names a government body (消防救援大队, 看守所)."""
        suffixes = self.gazetteer.suffix_by_text
        for length in range(min(len(label) - 1, 6), 2, -1):
            suffix = suffixes.get(label[-length:])
            if suffix is not None and suffix.strong:
                return suffix.subtype == "GovernmentOrganization"
        return False

    def _leading_body(self, label: str) -> GazetteerEntry | None:
        """The longest listed organization a longer name begins with (中国人民银行|上海市分行),
        or None."""
        for length in range(len(label) - 2, 1, -1):
            entry = self.gazetteer.lookup(label[:length])
            if entry is not None and entry.type == "Organization":
                return entry
        return None

    def _named_in_full(self, label: str, bodies: frozenset[str]) -> str | None:
        """The name of a body the document also names with the short form of its
        parent written in full (上合组织数字经济论坛 … 上海合作组织数字经济论坛, 工行北京分行
        … 中国工商银行北京分行), so that both forms are one body; None if it does not."""
        shortened = self._parent_by_its_short_form(label)
        if shortened is not None and (full := shortened[0].label + shortened[1]) in bodies:
            return full
        if label[:1] == "团" and label[1:] in COMMITTEES_OF_LEVELS:
            # 团省委 after 共青团广东省委 (or 团广东省委): the one League committee of that
            # level the document names in full
            leagues = {
                full
                for body in bodies
                if body.endswith(label[1:])
                and (full := self._league_in_full(body.removeprefix("共青"))).startswith("共青团")
                and len(full) > len(label) + 2
            }
            return leagues.pop() if len(leagues) == 1 else None
        return None

    def _parent_by_its_short_form(self, label: str) -> tuple[GazetteerEntry, str] | None:
        """The known body a name begins with by a short form of its name, and the rest of
        the name (工信部|信息技术发展司, 上合组织|数字经济论坛): the longest known body the
        name begins with, when it is written so (工信部 for 工业和信息化部: its characters in
        the name's order, which a former name mostly is not: 卫生部 of a body now 国家卫生
        健康委员会); None otherwise."""
        for length in range(min(len(label) - 2, 12), 1, -1):
            entry = self.gazetteer.lookup(label[:length])
            if entry is not None and entry.type == "Place" and length > 2:
                return None  # 北大荒|精准农业农机中心: a longer name, a place, begins it (not 北大)
            if entry is None or entry.type != "Organization":
                continue
            if entry.label != label[:length] and _abbreviates(label[:length], entry.label):
                return entry, label[length:]
            return None
        return None

    def _city_of_a_shared_district(self, label: str, named: Collection[str]) -> GazetteerEntry | None:
        """The city whose district a name two cities' districts share begins ``label``
        with (朝阳区…: 北京市 or 长春市), where the document (``named``, the keys of its
        entities so far) names that city and not the other; else None."""
        for length in range(2, min(len(label) - 1, 7)):
            keys = self.gazetteer.namesakes.get(label[:length], ())
            if len(keys) < 2:
                continue
            cities = [
                city
                for key in keys
                if (city := self.gazetteer.entries.get(self.gazetteer.entries[key].parent or "")) is not None
                and city.key in named
            ]
            return cities[0] if len(cities) == 1 else None
        return None

    def _shared_district_of(self, city: GazetteerEntry, rest: str) -> GazetteerEntry | None:
        """The district of ``city`` whose name, which another city's district shares,
        begins ``rest`` (北京市|朝阳区市场监管局 → 朝阳区 of 北京市), or None."""
        for length in range(2, min(len(rest) - 1, 7)):
            for key in self.gazetteer.namesakes.get(rest[:length], ()):
                if self.gazetteer.entries[key].parent == city.key:
                    return self.gazetteer.entries[key]
        return None

    def _judicial_body_named_in_full(self, label: str) -> tuple[str, GazetteerEntry] | None:
        """The official name of a court or procuratorate of China, written with every
        place it is in from its province down (杭州中院 and 杭州市中级人民法院 are 浙江省
        杭州市中级人民法院, 江宁区检察院 江苏省南京市江宁区人民检察院), so that the forms
        news uses are one body; None for any other name, for a court whose kind is not its
        place's level, or where the place is a name two places share and no place above it
        is written (朝阳区法院; see :meth:`_city_of_a_shared_district` for the city the
        article names). The place the body is in comes with its name."""
        place, rest = self.gazetteer.innermost_leading_place(label)
        if place is None or not place.key.startswith(("cn-", "geo-cn-")):
            return None
        if place.key.startswith("geo-cn-") and place.subtype != "Region":
            return None
        chain = [place, *(a for a in self.gazetteer.ancestors(place.key) if a.key.startswith("cn-"))]
        if (numbered := _NUMBERED_INTERMEDIATE_COURT.fullmatch(rest)) is not None:
            # 北京三中院, 上海市第一中级人民法院: a municipality's or province's numbered court
            number = numbered["short"] or numbered["full"]
            court = "第" + number + "中级人民法院"
            return "".join(p.label for p in reversed(chain)) + court + numbered["unit"], place
        match = _JUDICIAL_BODY.fullmatch(rest)
        if match is None:
            return None
        kind = _JUDICIAL_KINDS.get(match["kind"], match["kind"])
        # (苏州工业园区人民法院: a development zone has a basic court of its own)
        level = "District" if place.key.startswith("geo-cn-") else place.subtype
        if _COURT_LEVELS.get(kind, level) != level:
            return None  # 浙江中院: no intermediate court of a province
        if place.label in self.gazetteer.namesakes and label.startswith(place.label):
            return None
        if place.key.startswith("geo-cn-"):
            return place.label + kind + match["unit"], place  # 苏州工业园区人民法院: by the zone alone
        return "".join(p.label for p in reversed(chain)) + kind + match["unit"], place

    def _department_named_in_full(self, label: str) -> str:
        """A department of a government body named with the body's short form, by the
        body's full name (国家卫生健康委规划发展与信息化司 → 国家卫生健康委员会规划发展与
        信息化司, 工信部信息技术发展司 → 工业和信息化部信息技术发展司), so that both forms
        are one department; any other name as it is."""
        shortened = self._parent_by_its_short_form(label)
        if shortened is None:
            return label
        entry, rest = shortened
        if (
            entry.subtype == "GovernmentOrganization"
            and rest.endswith(_DEPARTMENT_ENDINGS)
            and self.gazetteer.lookup(rest) is None
        ):
            return entry.label + rest
        return label

    def _known_with_its_body_in_full(self, label: str) -> GazetteerEntry | None:
        """The listed body a name stands for once the body it begins with is written in
        full: 香港特区政府数字政策办公室 is 香港特别行政区政府数字政策办公室, as 香港特区政府
        is 香港特别行政区政府, and 澳门特区经济财政司 澳门特别行政区政府经济财政司."""
        for length in range(len(label) - 2, 1, -1):
            head = self.gazetteer.lookup(label[:length])
            if head is not None and head.type == "Organization" and head.label != label[:length]:
                entry = self.gazetteer.lookup(head.label + label[length:])
                if entry is None and head.label.endswith("特别行政区政府"):
                    # 澳门特区政府司法警察局 is 澳门司法警察局, as the gazetteer names it
                    entry = self.gazetteer.lookup(head.label.removesuffix("特别行政区政府") + label[length:])
                return entry if entry is not None and entry.type == "Organization" else None
        place, rest = self.gazetteer.leading_place(label)
        department = rest.removeprefix("政府")
        if place is not None and place.label.endswith("特别行政区") and len(department) >= 2:
            # 澳门特区经济财政司 is 澳门特别行政区政府经济财政司: a department of the region's
            # government, named after the region alone; 澳门特别行政区廉政公署 and 香港特别
            # 行政区政府警务处 are 澳门廉政公署 and 香港警务处, as the gazetteer names them
            entry = self.gazetteer.lookup(place.label + "政府" + department) or self.gazetteer.lookup(
                place.label.removesuffix("特别行政区") + department
            )
            return entry if entry is not None and entry.type == "Organization" else None
        return None

    def _company_named(self, name: str) -> GazetteerEntry | None:
        """The known company ``name`` is, with or without a word for a company (软银集团,
        英特尔公司), and then without a holding's words before it (腾讯控股有限公司), or None."""
        stem = _COMPANY_FORM.sub("", name)
        # (中国石油天然气集团公司: the group the gazetteer knows, of 1998 called 集团公司)
        for form in (name, stem, _HOLDING.sub("", stem), name.removesuffix("公司")):
            entry = self.gazetteer.lookup(form) if form else None
            if entry is not None and entry.subtype == "Company":
                return entry
        if (
            name.endswith("公司")
            and _LEGAL_NAME.fullmatch(name) is None  # (a legal name is read below)
            and (trade := _TRADE_AT_END.search(stem)) is not None
            and trade.start() >= 2
        ):
            entry = self.gazetteer.lookup(stem[: trade.start()])
            if entry is not None and entry.subtype == "Company" and not entry.label.endswith(_GROUP_LABELS):
                return entry  # 罗兰贝格咨询公司: the known company, by its trade
        if (legal := _LEGAL_NAME.fullmatch(name)) is not None:
            # 月之暗面科技有限公司, 腾讯云计算（北京）有限责任公司: the known brand's company,
            # by its trade and legal form (the longest brand: 腾讯云, not 腾讯)
            stem = legal["stem"]
            place, brand = self.gazetteer.leading_place(stem)
            # (not 新加坡星展银行（中国）有限公司: the company's arm in the place in brackets)
            in_brackets = "（" in name.replace("（集团）", "") or "(" in name
            entry = self.gazetteer.lookup(brand) if place is not None and len(brand) >= 2 and not in_brackets else None
            if entry is not None and entry.subtype == "Company":
                return entry  # 上海|复星医药|（集团）股份有限公司: the known company, by its place
            group_of_its_own = name[len(stem) :].startswith("集团")
            stem_with_place = _COMPANY_FORM.sub(
                "", name.replace("(", "（").replace(")", "）")
            )  # (摩尔线程智能科技（北京）)
            for length in range(len(stem) - 2, 1, -1):
                if _TRADE.fullmatch(stem, length) is None:
                    continue
                entry = self.gazetteer.lookup(stem[:length])
                if entry is not None and entry.subtype == "Company":
                    if (
                        in_brackets
                        and entry.parent is None
                        and not any(_COMPANY_FORM.sub("", n) == stem_with_place for n in entry.names)
                        and self._elsewhere_than_its_brackets(entry, name)
                    ):
                        # 特斯拉汽车（北京）有限公司, 格力电器（合肥）有限公司: a company's arm in
                        # the place in brackets, a company of its own (but not 摩尔线程智能科技
                        # （北京）股份有限公司, the legal name the gazetteer knows, in another
                        # form; and 腾讯云计算（北京）有限责任公司 is 腾讯云, an arm of 腾讯)
                        return None
                    if group_of_its_own and entry.label.endswith(_GROUP_LABELS):
                        return None  # 中建科技集团有限公司: a group of its own under 中国建筑集团
                    if entry.label.endswith(_GROUP_LABELS) and (
                        stem[:length].endswith("集团") or stem[length:] in TRADES_OF_A_GROUPS_ARMS
                    ):
                        # 中国大唐集团|新能源|股份有限公司, 华能|新能源|股份有限公司: the group's
                        # listed arm in a trade of its own, no name of the group
                        return None
                    known = [
                        m["stem"]
                        for n in entry.names
                        if n.endswith("公司") and (m := _LEGAL_NAME.fullmatch(n)) is not None
                    ]
                    if any(k.startswith(stem[:length]) for k in known) and stem not in known:
                        # 比亚迪半导体股份有限公司: not 比亚迪股份有限公司, the legal name the
                        # gazetteer knows the brand's company by, but another of the group's
                        # (滴滴出行科技有限公司 is 滴滴出行, whose 北京小桔科技有限公司 is named
                        # otherwise)
                        return None
                    return entry
        return None

    def _elsewhere_than_its_brackets(self, company: GazetteerEntry, name: str) -> bool:
        """Whether the known ``company`` lies elsewhere than the place in the brackets of
        ``name``, one of its arms: a company abroad (特斯拉, with no Chinese legal name
        among its names), or a Chinese one whose names begin with another place (珠海格力
        电器 of 格力电器（合肥）有限公司). A Chinese company whose seat its names do not say
        (沐曦集成电路（上海）股份有限公司) may be named so itself."""
        chinese = any(n.endswith(("有限公司", "有限责任公司", "股份")) for n in company.names)
        if not chinese:
            return True
        bracketed = re.search(r"[（(]([^（）()]+)[）)]", name)
        where = self.gazetteer.lookup(bracketed.group(1)) if bracketed is not None else None
        if where is None or where.type != "Place":
            return False
        seats = {place.key for n in company.names if (place := self.gazetteer.leading_place(n)[0]) is not None}
        return bool(seats) and where.key not in seats

    def _place_named(self, name: str) -> GazetteerEntry | None:
        entry = self.gazetteer.lookup(name)
        if entry is None and name and name[-1] in "省市县区":
            entry = self.gazetteer.lookup(name[:-1])
        return entry if entry is not None and entry.type == "Place" else None


def _relink(result: DocumentResult, relinked: list[LinkedMention]) -> None:
    """Give ``result`` the mentions ``relinked`` (its own, some pointed at other entities)
    and drop the entities no mention points at any longer."""
    still = {linked.entity_key for linked in relinked}
    for linked in result.mentions:
        if linked.entity_key not in still:
            result.entities.pop(linked.entity_key, None)
    result.mentions = relinked


_default: Linker | None = None


def link(document: Document, mentions: list[Mention]) -> DocumentResult:
    """Link ``mentions`` of ``document`` with the default gazetteer."""
    global _default
    if _default is None:
        _default = Linker()
    return _default.link(document, mentions)


#: China's municipalities, which news abbreviates beside cities (沪宁, 京津): Beijing,
#: Tianjin, Shanghai and Chongqing.
_MUNICIPALITIES = frozenset(["cn-110000", "cn-120000", "cn-310000", "cn-500000"])
#: The keys of a department named after a member's title of a local Party committee
#: named by its level alone (省委常委、|组织部部长).
_COMMITTEES_OF_A_LEVEL = frozenset("+" + level + "委" for level in ("省", "市", "区", "县", "州", "盟"))
#: A local government's departments by the short forms news uses and their official
#: names (江西省发展改革委 is 江西省发展和改革委员会, 南昌市人社局 南昌市人力资源和社会保障局),
#: and so its people's organizations (北京市消协 北京市消费者协会, 福建省残联 福建省残疾人联合会):
#: short form, official form, and whether the level's 厅 or 局 ends both.
_DEPARTMENT_SHORT_FORMS = (
    ("发展改革委", "发展和改革委员会", False),
    ("发改委", "发展和改革委员会", False),
    ("经信委", "经济和信息化委员会", False),
    ("经济信息化委", "经济和信息化委员会", False),
    ("卫健委", "卫生健康委员会", False),
    ("教委", "教育委员会", False),
    ("科委", "科学技术委员会", False),
    ("住建委", "住房和城乡建设委员会", False),
    ("住房城乡建委", "住房和城乡建设委员会", False),
    ("住房城乡建设委", "住房和城乡建设委员会", False),
    ("建委", "建设委员会", False),
    ("城管委", "城市管理委员会", False),
    ("交委", "交通委员会", False),
    ("商委", "商务委员会", False),
    ("农委", "农业委员会", False),
    ("卫生健康委", "卫生健康委员会", False),
    ("市场监管局", "市场监督管理局", False),
    ("市监局", "市场监督管理局", False),
    ("药监局", "药品监督管理局", False),
    ("政府办公厅", "人民政府办公厅", False),
    ("政府办公室", "人民政府办公室", False),
    ("政府办", "人民政府办公室", False),
    ("国资委", "人民政府国有资产监督管理委员会", False),
    ("政府国资委", "人民政府国有资产监督管理委员会", False),
    ("防指", "防汛抗旱指挥部", False),
    ("森防指", "森林草原防灭火指挥部", False),
    ("安委会", "安全生产委员会", False),
    ("安委办", "安全生产委员会办公室", False),
    ("减灾委", "减灾委员会", False),
    ("消协", "消费者协会", False),
    ("消保委", "消费者权益保护委员会", False),
    ("消委会", "消费者委员会", False),
    ("人武部", "人民武装部", False),
    ("残联", "残疾人联合会", False),
    ("科协", "科学技术协会", False),
    ("妇联", "妇女联合会", False),
    ("侨联", "归国华侨联合会", False),
    ("文联", "文学艺术界联合会", False),
    ("作协", "作家协会", False),
    ("记协", "记者协会", False),
    ("工商联", "工商业联合会", False),
    ("网信办", "互联网信息办公室", False),
    ("通管局", "通信管理局", False),
    ("外办", "外事办公室", False),
    ("政府外办", "人民政府外事办公室", False),
    ("侨办", "侨务办公室", False),
    ("台办", "台湾事务办公室", False),
    ("金融办", "金融工作办公室", False),
    ("新闻办", "人民政府新闻办公室", False),
    ("政府新闻办", "人民政府新闻办公室", False),
    ("民宗委", "民族宗教事务委员会", False),
    ("住房城乡建设", "住房和城乡建设", True),
    ("发展改革", "发展和改革", True),
    ("人力资源社会保障", "人力资源和社会保障", True),
    ("人力社保", "人力资源和社会保障", True),
    ("人社", "人力资源和社会保障", True),
    ("工信", "工业和信息化", True),
    ("经信", "经济和信息化", True),
    ("住建", "住房和城乡建设", True),
    ("科技", "科学技术", True),
    ("文旅", "文化和旅游", True),
    ("医保", "医疗保障", True),
    ("卫健", "卫生健康", True),
    ("广电", "广播电视", True),
    ("应急", "应急管理", True),
)


#: The banks news names by short names before their branches (工行杭州分行, 人行南宁中心支行).
_BANKS_BY_SHORT_NAMES = {
    "人民银行": "中国人民银行",
    "人行": "中国人民银行",
    "工行": "中国工商银行",
    "农行": "中国农业银行",
    "中行": "中国银行",
    "建行": "中国建设银行",
    "交行": "交通银行",
    "国开行": "国家开发银行",
    "农发行": "中国农业发展银行",
    "邮储银行": "中国邮政储蓄银行",
    "进出口银行": "中国进出口银行",
}
#: How the names of banks' branches end.
_BRANCHES_OF_BANKS = ("分行", "支行", "营业部", "管理部", "分理处", "总部")
#: The Party units of an office, named after the office (广东证监局|党委, …监管局|党组).
_PARTY_UNITS_OF_OFFICES = ("机关党委", "党委", "党组", "纪委")
#: The short names of the offices of national financial regulators in a province or city
#: (四川|金融监管局, 深圳|证监局), and the regulator whose office each is.
_LOCAL_OFFICES_OF_REGULATORS = {
    "金融监管局": "国家金融监督管理总局",
    "银保监局": "中国银行保险监督管理委员会",
    "银监局": "中国银行业监督管理委员会",
    "保监局": "中国保险监督管理委员会",
    "证监局": "中国证券监督管理委员会",
    "能源监管局": "国家能源局",
    # 苏州金融监管分局 is 国家金融监督管理总局苏州监管分局: the office of a prefecture
    "金融监管分局": "国家金融监督管理总局",
    # 金华监管分局: since 2023 the name of the financial regulator's office of a city alone
    "监管分局": "国家金融监督管理总局",
    "银保监分局": "中国银行保险监督管理委员会",
    # 甘肃能源监管办 is 国家能源局甘肃监管办公室: the energy regulator's office in a province
    "能源监管办": "国家能源局",
}
#: Kinds of body that news names with their country first (美国斯坦福大学, 日本丰田公司),
#: which are the same bodies as without it; not a government's or a party's, whose names
#: every country's may share (美国国务院 is no 国务院 of China's).
_NAMED_WITH_THEIR_COUNTRY = frozenset({"University", "Company", "ResearchOrganization", "MediaOutlet"})
#: An event's edition written before its name: 第136届, 首届, 2024, 2024年.
_EVENT_EDITION = re.compile(EVENT_EDITION)


@dataclass(frozen=True, slots=True)
class _BodyShape:
    """A body's name taken apart: the places it begins with (their keys), the words after
    them without a legal form, and the known company it begins with, if any."""

    places: tuple[str, ...]
    core: str
    company: GazetteerEntry | None
    legal_form: bool
    #: whether the name calls the body a group (集团), which its listed company is not
    group: bool = False


#: A company's legal form ending its name (鑫源化工|有限公司), and one right after a known
#: company's name, before the place of its arm (中国电信|股份有限公司|四川|分公司).
#: The words after a company's short name in its name in full: a trade's of up to four
#: characters, a place in brackets, and the legal form (中信重工|机械股份有限公司, 恒大地产|
#: 集团有限公司, 摩根大通证券|（远东）有限公司).
_IN_FULL_WITH_TRADE_AND_FORM = re.compile(
    r"(?P<trade>[\u4e00-\u9fff]{0,4}?)(?:（集团）|集团|（[\u4e00-\u9fff]{2,6}）)?"
    r"(?:股份有限公司|有限责任公司|有限公司|股份公司)"
)
_LEGAL_FORM_AT_END = re.compile(r"(?:（集团）)?(?:集团)?(?:股份有限公司|有限责任公司|有限公司|股份公司)$")
_LEGAL_FORM_AT_START = re.compile(r"^(?:集团)?(?:股份有限公司|有限责任公司|有限公司)")
#: The words around those that tell a company's arm in a province or city or a group
#: apart: the place's level before them (省|电力), its kind after them (省分公司, 有限公司,
#: 集团).
_BRANCH_FORM = re.compile(r"^(?:省|市|自治区)(?=.)|(?:集团)?(?:分公司|公司|有限公司|有限责任公司)$|^集团$")
#: The words of a company's trade its short name leaves out (大北农|科技, 首农|食品, 华强方特|
#: 文化科技, 寿光蔬菜产业|控股).
_TRADE_WORDS = frozenset(
    ["科技", "食品", "文化科技", "控股", "产业控股", "实业", "投资", "发展", "国际", "股份", "技术", "产业", "能源"]
)
#: The short forms of the national telecom operators' names that their arms in a
#: province go by after the province (浙江|移动, 广东|联通, 上海|电信, 山东|铁塔), with the
#: operator (中国 and the short form: 中国移动).
OPERATOR_TAILS = frozenset(["移动", "联通", "电信", "铁塔"])


def _abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` is made of characters of ``name`` in their order (工信部 of
    工业和信息化部), as a short form is and a former name mostly is not (卫生部).

    >>> _abbreviates("工信部", "工业和信息化部"), _abbreviates("卫生部", "国家卫生健康委员会")
    (True, False)
    """
    characters = iter(name)
    return all(character in characters for character in short)


#: A body's Party committee and Party group, named after the body's short form as after its name.
_PARTY_BODIES_OF_AN_ORGANIZATION = ("党委", "党组")
#: How the names of a university's units end (学院, 系, 研究院, 附属医院, 党委 …).
UNITS_OF_UNIVERSITIES = ("学院", "系", "研究院", "研究所", "医院", "党委", "实验室", "中心", "校区", "学部", "书院")
#: A local Party committee or CPPCC committee by its formal name, in a term or not
#: (中国共产党四川省第十二届委员会, 中国人民政治协商会议湖北省第十三届委员会).
_FORMAL_LOCAL_BODY = re.compile(
    # (政协重庆市第六届委员会: the conference's short name before the place; 政协第十四届
    # 厦门市委员会: the term before it)
    r"(?:(?P<party>中国共产党)|中国人民政治协商会议|政协)(?:第[一二三四五六七八九十百]+届)?"
    r"(?P<place>[\u4e00-\u9fff]{2,12}?[省市县区州盟旗])(?:第[一二三四五六七八九十百]+届)?委员会"
    r"(?P<standing>常务委员会)?"
)
#: A province's or city's tax bureau and its units by the place's name (江苏省税务局稽查局).
_LOCAL_TAX_BUREAU = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,9}?[省市])税务局(?:[\u4e00-\u9fff]{2,12})?")
#: A mission by its short name: 中国驻泰国使馆, 中国驻旧金山总领馆, 驻港领馆.
_MISSION_SHORT_NAME = re.compile(r"(?P<mission>.*驻[\u4e00-\u9fff]{1,12}?)(?P<kind>(?<!大)使馆|总领馆|(?<!总)领馆)")
_MISSIONS_IN_FULL = {"使馆": "大使馆", "总领馆": "总领事馆", "领馆": "领事馆"}


def _mission_in_full(label: str) -> str:
    """A mission's name with its kind in full (中国驻泰国使馆 → 中国驻泰国大使馆, 中国驻
    旧金山总领馆 → 中国驻旧金山总领事馆), as its head's title names it (驻泰国大使), so that
    both are one body; any other name as it is.

    >>> _mission_in_full("中国驻泰国使馆"), _mission_in_full("中国驻旧金山总领馆"), _mission_in_full("美国驻华大使馆")
    ('中国驻泰国大使馆', '中国驻旧金山总领事馆', '美国驻华大使馆')
    >>> _mission_in_full("驻日本使馆经济商务处")
    '中国驻日本大使馆经济商务处'
    """
    if label.startswith("驻") and ("使馆" in label or "领馆" in label or "领事馆" in label):
        label = "中国" + label  # 驻泰国使馆: China's, as Chinese news writes it without the sender
    short = _MISSION_SHORT_NAME.match(label)
    if short is None or "使馆" in label[short.end() :] or "领馆" in label[short.end() :]:
        return label
    # 驻日本使馆经济商务处: its unit, named with the mission in full
    return short["mission"] + _MISSIONS_IN_FULL[short["kind"]] + label[short.end() :]


#: Development zones by the short forms news uses and their official names.
_ZONE_SHORT_FORMS = (("经开区", "经济技术开发区"), ("高新区", "高新技术产业开发区"), ("综保区", "综合保税区"))


def _zone_in_full(label: str) -> str:
    """A development zone's name with its kind in full (长沙经开区 → 长沙经济技术开发区,
    合肥高新区 → 合肥高新技术产业开发区), so that both are one place; any other name as it is.

    >>> _zone_in_full("长沙经开区"), _zone_in_full("合肥高新区"), _zone_in_full("苏州工业园区")
    ('长沙经济技术开发区', '合肥高新技术产业开发区', '苏州工业园区')
    """
    for short, full in _ZONE_SHORT_FORMS:
        if label.endswith(short) and len(label) > len(short):
            return label[: -len(short)] + full
    return label


def local_congress_by_short_name(label: str, gazetteer: Gazetteer) -> str:
    """A local people's congress, its standing committee or a local committee of the CPPCC
    by the short name news gives it, else ``label``: 江苏省人民代表大会 → 江苏省人大,
    贵阳市人民代表大会常务委员会 → 贵阳市人大常委会 (全国人大常委会 is the gazetteer's),
    政协北京市委员会 → 北京市政协. (Written in a term, 第十四届, the term is left out first.)"""
    place, rest = gazetteer.leading_place(label)
    if place is not None and rest == "人民代表大会":
        return label[: len(label) - len(rest)] + "人大"
    if place is not None and rest == "人民代表大会常务委员会":
        return label[: len(label) - len(rest)] + "人大常委会"
    if (
        label.startswith("政协")
        and label.endswith("委员会")
        and (member := gazetteer.lookup(label[2:-3])) is not None
        and member.type == "Place"
        and member.key.startswith("cn-")
    ):
        return label[2:-3] + "政协"
    return label


def local_department_in_full(label: str, gazetteer: Gazetteer) -> str:
    """A local government's department by its official name, the place's name in full
    (江苏省市场监管局 → 江苏省市场监督管理局, 江西省人社厅 → 江西省人力资源和社会保障厅),
    else ``label``."""
    if (full := _department_of_a_place_in_full(*gazetteer.leading_place(label))) is not None:
        return full
    outer, _ = gazetteer.leading_place(label)
    inner, rest = gazetteer.innermost_leading_place(label)
    if (
        inner is None
        or outer is None
        or inner.key == outer.key
        or inner.subtype != "District"
        or inner.label not in label
    ):
        return label  # (陕西证监局, 新疆地矿局: one place, written as it is; 山西霍州矿务局: no district's)
    # 长沙市天心区市场监管局 → 天心区市场监督管理局, 广州市越秀区教育局 → 越秀区教育局: a
    # district's department, named by the district alone as linking names it (北京市朝阳区…:
    # with its city, where two cities have a district so named)
    in_full = _department_of_a_place_in_full(inner, rest)
    if in_full is None and rest.endswith(_DEPARTMENT_KINDS):
        in_full = inner.label + rest
    if in_full is None:
        return label
    if inner.label in gazetteer.namesakes:
        return label[: len(label) - len(rest) - len(inner.label)] + in_full
    return in_full


#: How a government department's name ends (局, 厅, 委员会, 办公室).
_DEPARTMENT_KINDS = ("局", "厅", "委员会", "办公室")


def _department_of_a_place_in_full(place: GazetteerEntry | None, rest: str) -> str | None:
    """The official name of the department ``rest`` of the Chinese place ``place`` named
    before it (江西省, 人社厅 → 江西省人力资源和社会保障厅), if ``rest`` is a short form."""
    if place is not None and place.key.startswith("cn-") and (full := _full_department_name(rest)) != rest:
        return place.label + full
    if (
        place is not None
        and place.key.startswith("cn-")
        and place.label.endswith("市")
        and (full := _full_department_name("市" + rest)) != "市" + rest
    ):
        return place.label + full  # 深圳|市|监局: the city's 市 is the first of 市监局's too
    if place is not None and place.key.startswith("cn-") and rest == "公安":
        # 深圳公安, 广东公安: the police by the place's name, as news and their accounts
        # call themselves; a province's is its 公安厅, a city's or a municipality's 公安局
        return place.label + ("公安厅" if place.label.endswith(("省", "自治区")) else "公安局")
    if place is not None and place.key.startswith("cn-") and rest in ("法院", "检察院"):
        # 湖南省法院, 省检察院: a province's high court and its procuratorate; a county's or
        # district's court (a city's 市法院 may be its intermediate court or all of its courts)
        if rest == "检察院":
            return place.label + "人民检察院"
        if place.label.endswith(("省", "自治区")):
            return place.label + "高级人民法院"
        if place.subtype == "District" or place.label.endswith(("县", "旗")):
            return place.label + "人民法院"
    if place is not None and place.key.startswith("geo-cn-") and rest == "管委会" and place.subtype == "Region":
        return place.label + "管理委员会"  # 兰州新区管委会 is 兰州新区管理委员会
    if place is not None and place.key.startswith("cn-"):
        if rest in _DEPARTMENTS_NAMED_WITH_THE_GOVERNMENT:
            # 上海市国有资产监督管理委员会 is 上海市人民政府国有资产监督管理委员会, as 上海市国资委 is
            return place.label + "人民政府" + rest
        department = rest.removeprefix("人民政府")
        if (
            department != rest
            and department.endswith(_DEPARTMENT_KINDS)
            and department not in ("办公厅", "办公室")
            and department not in _DEPARTMENTS_NAMED_WITH_THE_GOVERNMENT
            and _ALL_CHINESE.fullmatch(department) is not None
        ):
            # 广东省人民政府侨务办公室 is 广东省侨务办公室, as 广东省侨办 is: a department of the
            # government, named with the place alone (but 广东省人民政府办公厅, its general office)
            return place.label + department
    return None


#: The departments of a local government whose official names keep 人民政府 (上海市人民政府
#: 国有资产监督管理委员会), by the rest of the name.
_DEPARTMENTS_NAMED_WITH_THE_GOVERNMENT = frozenset(
    full.removeprefix("人民政府") for _, full, _ in _DEPARTMENT_SHORT_FORMS if full.startswith("人民政府")
) - {"办公厅", "办公室"}


#: A unit of a department, named after the department's name (…|劳动保障监察局, …|价格处).
_UNIT_AFTER_A_DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{2,12}(?:局|处|室|科|所|中心|支队|大队|总队|站)")


def _full_department_name(name: str) -> str:
    """The official name of a department of a local government written by its short
    form (发展改革委 → 发展和改革委员会, 人社厅 → 人力资源和社会保障厅), else ``name``.

    A unit of the department named after its short form is the unit of the department
    in full (人社厅|劳动保障监察局 → 人力资源和社会保障厅劳动保障监察局).

    >>> _full_department_name("人社局"), _full_department_name("科技馆")
    ('人力资源和社会保障局', '科技馆')
    >>> _full_department_name("发改委价格处")
    '发展和改革委员会价格处'
    >>> _full_department_name("卫生健康委员会医政处")  # (the official name, 卫生健康委 and more)
    '卫生健康委员会医政处'
    """
    for short, full, with_level in _DEPARTMENT_SHORT_FORMS:
        if name.startswith(full):
            return name
        if with_level:
            if len(name) == len(short) + 1 and name.startswith(short) and name[-1] in "厅局":
                return full + name[-1]
            department = short + name[len(short) : len(short) + 1]
            full_department = full + department[-1:]
        else:
            if name == short:
                return full
            department, full_department = short, full
        unit = name[len(department) :]
        if name.startswith(department) and department[-1] in "厅局委办" and _UNIT_AFTER_A_DEPARTMENT.fullmatch(unit):
            return full_department + unit
    return name


#: The kinds of document a text names a document by once it has named it in full (《意见》
#: after 《关于加快公共数据资源开发利用的意见》, 《条例》, 《办法》).
_DOCUMENT_KINDS = frozenset(
    [
        "意见",
        "条例",
        "办法",
        "规定",
        "规则",
        "细则",
        "决定",
        "通知",
        "方案",
        "规划",
        "计划",
        "纲要",
        "指南",
        "指引",
        "标准",
        "报告",
        "白皮书",
        "公告",
        "法",
        "协定",
        "协议",
        "宣言",
        "声明",
        "倡议",
        "措施",
        "要点",
    ]
)
#: Words before a kind of document that make no name of their own (《行动计划》, 《实施意见》,
#: 《若干措施》, 《工作方案》): the short name of one named in full before.
_GENERIC_DOCUMENT_WORDS = frozenset(
    ["行动", "实施", "工作", "管理", "指导", "暂行", "试行", "三年行动", "专项行动", "总体", "若干", "发展", "建设"]
)


#: The years a plan or report covers, in brackets after its name (（2024—2026年）, （2025年）).
_EDITION = re.compile(r"[（(]\s*(?:19|20)\d{2}\s*(?:[—–\-－~至]\s*(?:(?:19|20)\d{2}|\d{2})\s*)?年?\s*[）)]$")


#: A township's government by its short name (织里镇政府, 桃源乡政府).
_TOWNSHIP_GOVERNMENT = re.compile(r"[\u4e00-\u9fff]{2,4}[镇乡]政府")

#: The words of a company's or shop's name, whose short place name is its own.
_COMPANY_WORD = re.compile(r"公司|集团|银行|厂|店|商行|合作社")
#: How the names of administrative organs end: bureaus, departments, commissions, offices
#: and Party committees (not courts, procuratorates, companies, schools or centres).
_ADMINISTRATIVE_ORGAN = re.compile(r"(?:局|厅|委|办|办公室|委员会|人大常委会|政协)$")


def _editions_named(mentions: list[Mention], numbers: list[int | None]) -> dict[tuple[int | None, str], str]:
    """Documents an article names both with and without the years they cover
    (《“数据要素×”三年行动计划》 in the headline, 《“数据要素×”三年行动计划（2024—2026年）》
    in the text): the name without them, by article, and the name with them."""
    labels = {
        (number, canonical_text(m.text)) for m, number in zip(mentions, numbers, strict=True) if m.type == "Document"
    }
    editions = {}
    for number, label in labels:
        if (years := _EDITION.search(label)) is not None and (number, label[: years.start()]) in labels:
            editions[(number, label[: years.start()])] = label
    return editions


def _document_named_in_full(
    label: str, article: int | None, documents: list[tuple[int | None, str, str]]
) -> str | None:
    """The key of the document of ``article`` named before in full whose name ends with
    the kind ``label`` names alone (《意见》 → the 意见 named last); none for a label that
    is no kind of document, or where the article has named none of that kind."""
    if label not in _DOCUMENT_KINDS and not any(
        label.endswith(kind) and label[: -len(kind)] in _GENERIC_DOCUMENT_WORDS for kind in _DOCUMENT_KINDS
    ):
        return None
    return next(
        (
            key
            for number, full, key in reversed(documents)
            # (《…行动计划（2024—2025年）》 … 《行动计划》: the years it covers aside)
            if number == article and _EDITION.sub("", full).endswith(label) and full != label
        ),
        None,
    )


def sentence_start(text: str, offset: int) -> int:
    """Where the sentence holding ``offset`` begins: after the full stop or line break
    before it (0 at the text's start or for an offset before it)."""
    if offset <= 0:
        return 0
    return max(text.rfind(stop, 0, offset) for stop in "。！？\n") + 1


def _link_rounds(mentions: list[Mention]) -> list[int]:
    """For each mention, the round it is linked in: 0, in the text's order, for most; one
    more than its mention's for one pointing at a full name written after it (李主任 …
    李建国), and for one pointing at a mention linked in a later round, so that every
    mention is linked after the one it points at (chains are short: a few passes settle
    them, and a cycle stops there)."""
    rounds = [0] * len(mentions)
    if not any(m.key and m.key.startswith("@") for m in mentions):
        return rounds  # most texts: no mention points at another
    index_of = {(m.start, m.end): i for i, m in enumerate(mentions)}
    targets: list[tuple[int, int]] = []  # (mention, the mention it points at)
    for index, mention in enumerate(mentions):
        if mention.key and mention.key.startswith("@"):
            start, end = (int(n) for n in mention.key[1:].split(":"))
            target = index_of.get((start, end))
            if target is not None and target != index:
                targets.append((index, target))
    for _ in range(_LINK_PASSES):
        changed = False
        for index, target in targets:
            later = rounds[target] > 0 or mentions[target].start > mentions[index].start
            linked_in = rounds[target] + 1 if later else 0
            if linked_in != rounds[index]:
                rounds[index] = linked_in
                changed = True
        if not changed:
            break
    return rounds


def _abbreviations_beside(mentions: list[Mention], index: int, text: str) -> list[str]:
    """The one-character place abbreviations written right before and after the one at
    ``index``, or with 、 between (港澳, 中、澳)."""
    mention = mentions[index]
    return [
        other.text
        for other in mentions[max(0, index - 2) : index + 3]
        if other is not mention
        and other.rule == "place-abbreviation"
        and (
            other.end == mention.start
            or other.start == mention.end
            or (other.end + 1 == mention.start and text[other.end] == "、")
            or (mention.end + 1 == other.start and text[mention.end] == "、")
        )
    ]
