"""Relate: facts between the entities of a document, each with its evidence.

This stage cuts a document into sentences, records which entities occur together in a
sentence (``coOccursWith``, with a count) and finds typed relations with patterns over
the linked mentions of one sentence:

=================  ==========================================================================
predicate          pattern (rule names in brackets)
=================  ==========================================================================
publishes          organization or person (several when joined by 和/、/联合/会同), then
                   发布/发表/印发/公布/出台/制定/编写/审议通过 …, then a named document, or the
                   document first: 《意见》由 X 印发; an official given a title at a
                   government body publishes for it (国家数据局副局长沈竹林发布) [publishes-verb];
                   由 X 牵头制订的 …标准
                   names the document itself [drafted-document]; not one that only takes
                   part (X 参与起草的《办法》); X 就《办法（征求意见稿）》公开征求意见
                   [consultation]; the bodies an official document's title
                   names before 关于 (《国务院办公厅关于…的意见》, or with no title marks on a
                   line of its own) [issuer-in-title]
organizes          an organization, then 主办/承办/协办/举办, then an event (由上海市人民政府主办的
                   世界人工智能大会), or the event before 由 (进博会由商务部主办) [organizes-verb]
establishes        organization or person, then 成立/设立/挂牌/组建/建立/共建 …, then an
                   organization [establishes-verb]
cooperatesWith     A 与/和/同 B … 合作/共建/签署/签约/联合, also A 近日/在北京与 B, “A”与 B and
                   A 校长张三与 B (the head speaks for the body);
                   A 局长张三表示，将与 B 合作 (the head speaks for the body);
                   A 和 B 分别与 C 签约, A、B 已与 C 签约 (each with C, not with each
                   other), A 愿与/将加强与 B …合作, 续签, 信息共享
                   [a-and-b-cooperate]; A 联合/携手/会同 B, 由 A 牵头，联合 B, 由 A 牵头，B、C 参加 [a-joins-b]; 由 A 主办、B 承办
                   [co-organisers]; the governments of two cities or provinces twinned (西安市与
                   阿拉木图市缔结友好城市关系) [twinned-places]; the two bodies of a meeting's
                   sentence (or of the sentence before) when 双方签署, or 会谈…，并共同签署
                   [both-sides-sign];
                   A 表示/宣布，将与 B 合作 (A is the speaker and the subject), A 发布…，
                   并宣布与 B 共建 (A opening the sentence) [a-says-with-b]
competesWith       A 与 B 竞争, A 与 B 在…领域的竞争, B 是 A 的对手, A、B 与 C 竞争 (each
                   with C), not X 同 A、B 抗衡 (each X's rival) [a-and-b-compete];
                   来自 B 的竞争, with the sentence's first organization as A, or the one
                   heading the next clause (面对来自 B 的竞争，A …) [competition-from]
locatedIn          an organization whose name begins with a place, in the innermost one
                   (…合肥市蜀山区市场监督管理局 in 蜀山区; 南江县长赤镇便民服务中心 in the
                   township 长赤镇 of 南江县), not a sea, river or lake
                   (北大西洋公约组织, 渤海银行), nor an international body named after
                   the city it was founded in (上海合作组织), nor a subdistrict's body named
                   like a city (玉林街道办); a zone, park or airport the rules found by the
                   place before its name (合肥高新技术产业开发区); a campus with its place in
                   brackets (香港中文大学（深圳）) [place-in-name]; X 位于/设在/
                   设于/坐落在/注册于 Place, 位于 Place 的 X, 在 Place 的 X, X 在 Place 挂牌/
                   揭牌/正式运行, Place 是 X 总部所在地 [located-verb]; a
                   country, a kind of body and its name (美国芯片巨头英伟达) [country-and-kind];
                   在 Place 设立/成立 X
                   (the one set up, in the innermost place) [set-up-in-place]; an event
                   在/于 Place 举办/举行/开幕/召开, 在 Place 举行的 event [event-held-in];
                   a company right after a city, county or town (淄博市临淄区山东齐鲁石化
                   工程有限公司, 盐城市某化工企业江苏德联化学有限公司) [place-before-company];
                   the places of one level listed before the last one's body (淄博市、
                   枣庄市大数据局; 约谈安阳市、聊城市人民政府), each place's body of that
                   kind, which takes the last one's part in the sentence's other facts
                   (regulated, cooperating), not its posts [shared-head]
partOf             an organization whose name begins with another's full name, or with a
                   local body ended by a strong suffix (上海市人民政府|办公厅), not where a
                   word runs across the join (中国银行|业协会) [organization-in-name]; a
                   division (or agency) and the division (or ministry) the gazetteer puts
                   it in, when the document names both
                   [gazetteer-hierarchy]; a township or village written right after the
                   county, city or township it lies in (德清县莫干山镇, 莫干山镇仙潭村), or
                   after a region and the word for its seat (鞑靼斯坦共和国首府喀山)
                   [place-after-place]; B 隶属于 A, A 下属的/旗下 B, B 是 A 的直属单位/子公司
                   (also after a comma: B，为 A 直属事业单位), B 由 A 管理, B 为 A 工作部门 [part-of-verb]
roleAt             organization + title + person (海关总署新闻发言人张广志) [title-between];
                   市委书记万庆良 [body-in-title]; 新西兰财政部长, 巴西外长, 美国国务卿
                   [place-ministry-title];
                   北京市市长 [place-government-title]; 任命斯塔默为首相, 当选总统, 宣誓就任
                   总理: at the government of the one country the sentence names
                   [state-office-taken]; 中国驻柬埔寨大使, 美国驻华大使, 中国
                   常驻联合国代表: at the mission (大使馆, 总领事馆, 代表团) [mission-title];
                   X 举行新闻发布会。发言人 Y: at X [spokesperson-at-briefing]; a head by
                   the kind of body alone opening a sentence (局党组书记、局长张建平,
                   赵乐际委员长主持会议): at the one body of that kind named in it or the
                   sentence before [head-of-body-named-before];
                   刘冬，国家信息中心主任， [title-in-apposition]; a title before or after the name with the
                   nearest organization of the clause [title-nearest-organization]; the
                   earlier posts of one person (深圳市人民政府副秘书长、市政务服务数据管理局
                   局长张三: both) [listed-titles]; the next of a list (局长李明、副局长王伟)
                   [title-in-list]; X 法定代表人为 Y, 北京大学校长为 Y (the title, 为, the
                   name ending the clause) [title-between]; X 总部位于 Y，董事长为 Z,
                   X 董事长为 Y、行长为 Z: at the body of the clause or opening the sentence
                   [title-is]; 王伟担任/出任
                   X 首席技术官, 王伟同志任 X 局长, 王伟，1972年生，现任 X 局长, 任命王伟为
                   X 局长, 现任/后任/调任/2022年起任 X 局长 in a later clause, 当选为 X 市长, not
                   拟任命 [serves-as]; a career sentence without the name after the
                   person's biography opens (张伟，男，…。曾任…), or with a pronoun (此前
                   她担任…) [serves-as]; a regulator's 核准 X 公司董事长的任职资格
                   [qualification-approved]; a government head's title read next to a Party
                   committee is at the place's government (省委副书记、省长; with no place
                   named, the article's own 省政府), a president's
                   at the committee's unit (大学党委书记、校长), a department head's at the
                   department (市委常委、宣传部部长 → 市委宣传部)
formerRoleAt       the same patterns for a post held before: 原 before the title (原副市长,
                   and each title of 原党委委员、副行长), 曾/曾任/历任 in the clause before;
                   免去 X 的 … 职务, X 不再担任/辞去/此前任/原任 …, and 曾任 in a later
                   clause of X's biography [serves-as]
about              a document whose title names a technology [technology-in-title]; a
                   technology between the publishing verb and the document
                   [technology-in-publication]; an organization set up to work on a
                   technology (旨在/致力于/专注于 …) [purpose-clause]
uses               organization or person, or a place with only adverbs before the verb
                   (杭州市率先运用, not 上海市民使用), then 利用/使用/采用/应用 …, then a
                   technology, not in a case the subject handles (法院审结一起利用
                   AI换脸实施诈骗案) [uses-verb]; an organization's account on a platform (…微信公众号)
                   [platform-account]
regulates          a government or Party body, then 批准/监管/审批/核准/约谈/责令 …, then an
                   organization or place, or X 对 Y 实施监管 [regulates-verb]; X 对 Y 处以
                   罚款/作出行政处罚/立案调查 (Y a list, 等5家银行 after it; X opening an
                   earlier clause; X also a union of states), Y 被 X 处罚 [penalises]; 经 X
                   批准，(…)组建/成立
                   Y [approved-setup]; a court, then 对被告人 Y 以…罪判处, 判处被告人 Y or
                   Y 被判处 [sentences]; a procuratorate, then 对 Y 提起公诉, or Y
                   涉嫌…一案 before it [indicts]; a government body, the controlling shareholder of a
                   company (B 的控股股东为上海市国资委, B 由 A 履行出资人职责) [state-shareholder]
coOccursWith       two entities in one sentence, with the count of sentences [same-sentence]
=================  ==========================================================================

Verbs are looked for only outside entity names (管理 inside 上海出入境管理局 is no
verb) and events (发布 in 新闻发布会), and a subject is the nearest suitable mention
before the verb in the same clause (several when joined by 与/和/、, or 联合/会同; the
source in 据…发布的 too). Every relation keeps the sentences it was read from, their
offsets and the rule that produced it.

A sentence that does not state a fact gives none: a verb denied or only wished for
(未印发, 合作而非竞争, 应当利用), done by someone asked to do it (要求各地利用, 要求研究院编制),
only taken part in (参与起草的《办法》) or done after an approval (经教育局批准于2015年成立:
the bureau approved, someone else set up, and the bureau regulates what was set up;
X 经国务院批准 regulates X, not what follows). A role held before (原部长, 前局长, 曾担任)
is no roleAt, nor is a form of address (先生, 同志); a title right after a place is the
place's (印尼新总统), and a news agency in a dateline (新华社北京3月5日电) is the
organization of its reporters only.

Each rule has a confidence (:data:`RULE_CONFIDENCE`): a verb stating the fact is
surer than a fact read from a name (中国政务研究基地 is named for China, not placed in
it). A relation's confidence combines the confidences of all its evidence
(:func:`confidence`), so a fact stated twice is surer than one stated once (a fact
read from names counts once, however often the names recur). The graph keeps
every relation with its confidence; ``kg eval --min-confidence`` and SPARQL filters
choose how sure is sure enough.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from itertools import accumulate, combinations, pairwise, product

import rjieba

from kg.extract import (
    COMMITTEES_OF_LEVELS,
    COUNTRIES_OF_SHENG,
    FORMER_WORDS,
    LEVELS_OF_SETTLEMENTS,
    OFFICE_LEFT_VERBS,
    POST_GIVING_UP_VERBS,
    PREPOSITIONS_BEFORE_NAMES,
    SAYING_VERBS,
    TITLE_LINE_LENGTH,
    TRANSLITERATION,
    VISIT_VERBS,
    ZONE_BODIES,
    ZONE_KINDS,
    has_departments,
    is_title_line,
    outrun_by_next_line,
)
from kg.gazetteer import Gazetteer, GazetteerEntry, Suffix, default_gazetteer
from kg.link import (
    OPERATOR_TAILS,
    SARS,
    TAIWAN,
    UNITS_OF_UNIVERSITIES,
    add_grass_roots_place,
    entity_from_entry,
    local_congress_by_short_name,
    local_department_in_full,
    sentence_start,
)
from kg.model import DocumentResult, Entity, Evidence, LinkedMention, Mention, Relation

#: Schools inside a university's name that have heads of their own (北京大学附属中学校长).
_SCHOOLS_WITH_THEIR_OWN_HEADS = ("中学", "小学", "学校", "附中", "附小", "幼儿园", "分校", "校区")
#: How the names of foreign provinces, cities, counties and towns end (萨拉戈萨省, 新山市, 肯特郡; not
#: 区, which ends zones too: 库哈经济特区).
_FOREIGN_DIVISION_LEVELS = ("市", "县", "镇", "郡", "省")
#: A head's title named by the kind of body it heads (局长, 副厅长, 院长, 署长, 委员长).
#: Verbs of taking up a post after its holder (组长由赵刚|担任).
_TAKING_UP = ("担任", "出任", "兼任")
_HEAD_OF_A_KIND = re.compile(r"(?:副|常务副|执行)?(?P<kind>[局厅部院署处所行校站馆社台司科组]|委员|总队|支队|大队)长")
#: How the names of the bodies end whose heads' titles name them by a character that is
#: not their names' last (行长 heads a bank, 校长 a university or school).
_KINDS_OF_HEADED_BODIES = {
    "委员": ("委员会",),
    "行": ("银行", "分行", "支行"),
    "校": ("大学", "学院", "学校", "中学", "小学"),
}


#: The Party bodies of a body, named with it (浙江大学党委, 国家税务总局党组).
_PARTY_BODIES_OF = ("党委", "党组")
#: The heads of diplomatic missions, whose titles name the kind of mission (总领事 of a 总领事馆).
_HEADS_OF_MISSIONS = {"大使": ("大使馆",), "总领事": ("总领事馆",), "领事": ("领事馆",)}


def _kind_headed(title: str) -> tuple[str, ...] | None:
    """How the names of the kind of body a head's title names end (局 of 局长, 委员会 of
    委员长, 银行 of 行长, 总领事馆 of 总领事), or None."""
    if title in _HEADS_OF_MISSIONS:
        return _HEADS_OF_MISSIONS[title]
    head = _HEAD_OF_A_KIND.fullmatch(title)
    if head is None:
        return None
    return _KINDS_OF_HEADED_BODIES.get(head["kind"], (head["kind"],))


#: What may stand before such a title at a sentence's start: other titles, listed with 、,
#: after what is chaired by them (典礼由|常务副校长张锦主持).
_TITLES_BEFORE = re.compile(r"(?:[\u4e00-\u9fff]{1,6}由)?(?:时任)?(?:[\u4e00-\u9fff]{2,8}、)*")

#: The characters a unit's number begins with (第二十八研究所, 第3分院).
_NUMERAL_CHARACTERS = frozenset("一二三四五六七八九十0123456789")
#: The kinds of a company's branch in a place (华为海南|分公司, 工商银行北京|分行).
_KINDS_OF_BRANCH = ("分公司", "子公司", "分行", "支行", "办事处", "代表处", "分部")
#: The kinds of branch a Chinese bank, company or outlet keeps abroad, named by the place
#: (中国银行匈牙利分行, 新华社莫斯科分社, 华为德国代表处).
_UNITS_ABROAD = ("分行", "分社", "代表处", "办事处", "总站", "记者站")
#: The units of a paper, agency or broadcaster named after it (北京日报社党委, 新华社莫斯科
#: 分社, 总台欧洲总站), which are part of it.
_UNITS_OF_OUTLETS = ("党委", "党组", "分社", "总站", "记者站", "编辑部", "分台")
#: How the names of a group's companies, plants and stations end (…电力有限公司, …热电厂,
#: …核电站), which a place after the group's name tells where they are.
#: What follows a group's name in its own legal name (集团|控股有限公司, 集团|有限公司), not a
#: listed arm's (集团|股份有限公司, another company); but a name that ends in 集团 is its
#: company's own before 股份有限公司 (暴风集团|股份有限公司).
_LEGAL_NAME_OF_THE_SAME = re.compile(
    r"(?:控股)?(?:集团)?(?:有限公司|有限责任公司)|(?<=集团)股份有限公司"
    # 深圳市大疆创新|科技有限公司, 松下电器|产业株式会社: the company's legal name, a word of
    # its trade and its legal form after the name it is known by
    r"|(?:科技|技术|电器|电子|产业|实业)(?:股份)?(?:有限公司|株式会社)"
)
_ENDINGS_OF_COMPANIES = ("公司", "厂", "电站", "电场", "供电局", "油田", "矿")

#: Words after a group of countries that make it say where its members' bodies are
#: (东盟多国企业, 欧盟成员国政府), not the group itself.
_MEMBERS_AFTER = re.compile("多国|各国|成员国|国家的?(?:企业|机构|政府)")
#: The kinds of body 该 refers back to (该中心, 该公司), and a title after (集团总经理), and how
#: the names of such bodies end.
_ANAPHOR_KINDS: dict[str, tuple[str, ...]] = {
    "中心": ("中心",),
    "公司": ("公司",),
    "集团": ("集团", "集团有限公司", "集团股份有限公司"),
    "局": ("局",),
    "院": ("院",),
    "委员会": ("委员会",),
    "委": ("委", "委员会"),
    "厅": ("厅",),
    "部": ("部",),
    "署": ("署",),
    "行": ("银行", "分行", "支行"),
    "分行": ("分行",),
    "支行": ("支行",),
    "分公司": ("分公司",),
    "支公司": ("支公司",),
    "校": ("学校", "大学", "学院", "中学", "小学"),
    "协会": ("协会",),
    "基金会": ("基金会",),
    "实验室": ("实验室",),
    "研究所": ("研究所", "所"),
    "所": ("研究所", "交易所", "事务所", "所"),
    "大学": ("大学",),
    "平台": ("平台",),
    "合作社": ("合作社",),
    "医院": ("医院",),
    "学院": ("学院",),
    "研究院": ("研究院",),
    "管委会": ("管委会", "管理委员会"),
    # (read only as the session's body, see _BARE_ANAPHOR)
    "常委会": ("常委会", "常务委员会", "人民代表大会", "人大"),
}
#: The words for a company or group opening a sentence of its heads' titles (集团公司党组书记、
#: 董事长, 公司总经理), and how the names of the bodies each stands for end.
_COMPANY_KINDS: dict[str, tuple[str, ...]] = {
    "集团公司": ("集团", "集团有限公司", "集团股份有限公司", "集团公司"),
    "集团": ("集团", "集团有限公司", "集团股份有限公司", "集团公司"),
    "公司": ("公司",),
}
_KIND_OPENING_TITLES = re.compile("(?P<kind>集团公司|集团|公司)(?=[\u4e00-\u9fff]{2,8}(?:、|[\u4e00-\u9fff]))")
#: 集团总经理, 合作社理事长, 公司总经理: a title after the word for a kind of body (of two
#: characters or more) written in place of the body's name.
_KIND_THEN_TITLE = re.compile(
    "(?P<kind>"
    + "|".join(sorted((k for k in _ANAPHOR_KINDS if len(k) > 1), key=len, reverse=True))
    + ")(?P<title>.{2,8})"
)
#: (not 该局面, 该部分, 该行为, 该院校, 该所属: the kind's character begins another word;
#: but 该校校长 is the school's head)
_ANAPHOR = re.compile(
    "该(?P<kind>"
    + "|".join(sorted(_ANAPHOR_KINDS, key=len, reverse=True))
    + ")(?!面(?!临)|[势限分门为业动政使程列距]|(?<=院)校|(?<=所)[属得谓以有在述长])"
)

#: A company, school or hospital named by its kind alone at a sentence's start, before its
#: head's title or what it does (公司董事长王明辉表示, 学校与北大荒集团共建, 医院将与…合作,
#: 公司总部位于): the last body of that kind the article named, as with 该.
_BARE_ANAPHOR = re.compile(
    # (贵州茅台发布公告称，公司董事长丁雄军…: opening what a notice says, too)
    r"(?:^|(?<=[。！？；\n])|(?<=称[，,：:])|(?<=公告[，,：:])|(?<=表示[，,：:]))[ \t\u3000]*(?:(?P<kind>公司|集团|学校|医院|交易所)"
    # (公司位于…, 公司注册于…: where it is)
    r"(?=董事长|总经理|总裁|首席|负责人|党委|总部|将|与|已|正|还|也|目前|位于|注册于|注册地|坐落)"
    # 中心主任张三表示, 管委会副主任孙文军: a centre, laboratory or zone's committee before its
    # head's title
    r"|(?P<unit>中心|实验室|研究院|管委会|管理局)"
    r"(?=主任|副主任|常务副主任|局长|副局长|院长|副院长|负责人|党委书记|(?:正|将|已|还)?与)"
    # 其董事长尹志尧表示: its chairman, of the company named before
    r"|(?P<its>其)(?=董事长|总经理|总裁|首席执行官|创始人)"
    # 会议表决通过了《…条例》: the session of the congress's standing committee named before
    r"|(?P<session>会议)(?=还|也|并|表决|审议|批准|决定))"
)
#: A session a standing committee holds, written after its name (…常务委员会第十三次会议,
#: …人大常委会召开第十次会议): 会议 opening a later sentence is that session.
_HOLDS_SESSION = re.compile(r"[^。；！？]{0,8}?第[一二三四五六七八九十百零〇\d]+次(?:全体|主任)?会议")
#: Where a match of :data:`_BARE_ANAPHOR` may begin, besides the text's start: right
#: after what one of its lookbehinds asks for (a sentence's end, 称， 公告： 表示，).
_BARE_ANAPHOR_OPENINGS = re.compile(r"[。！？；\n]|(?:称|公告|表示)[，,：:]")


def _bare_anaphors(text: str) -> list[re.Match[str]]:
    """The matches of ``_BARE_ANAPHOR.finditer(text)``, found by trying the pattern only
    where a match may begin (:data:`_BARE_ANAPHOR_OPENINGS`): the pattern opens with
    lookbehinds, no word, so ``finditer`` tries it at every character of the text."""
    found: list[re.Match[str]] = []
    resume = 0  # (matches do not overlap: the next may begin where the last ended)
    for position in (0, *(opening.end() for opening in _BARE_ANAPHOR_OPENINGS.finditer(text))):
        if position < resume:
            continue
        match = _BARE_ANAPHOR.match(text, position)
        if match is not None:
            found.append(match)
            resume = match.end()
    return found


#: The kind of :data:`_ANAPHOR_KINDS` each bare kind of :data:`_BARE_ANAPHOR` refers by.
_BARE_KINDS = {"学校": "校", "交易所": "所", "会议": "常委会", "管理局": "局", "其": "公司"}

#: How often a rule's facts are right, roughly: a stated fact is surer than one read from
#: a name or background knowledge. Rules not listed count 0.5.
RULE_CONFIDENCE: dict[str, float] = {
    "publishes-verb": 0.9,
    "drafted-document": 0.85,
    "consultation": 0.85,
    "establishes-verb": 0.9,
    "organizes-verb": 0.85,
    "event-held-in": 0.85,
    "a-and-b-cooperate": 0.9,
    "a-joins-b": 0.8,
    "twinned-places": 0.9,
    "both-sides-sign": 0.8,
    "qualification-approved": 0.85,
    "plays-for": 0.85,
    "worked-at": 0.8,
    "co-organisers": 0.75,
    "a-says-with-b": 0.8,
    "a-and-b-compete": 0.85,
    "competition-from": 0.75,
    "located-verb": 0.9,
    "visits-verb": 0.8,
    "place-before-company": 0.75,
    "country-and-kind": 0.85,
    "set-up-in-place": 0.8,
    "part-of-verb": 0.9,
    "title-between": 0.95,
    "state-office-taken": 0.85,
    "body-in-title": 0.9,
    "place-ministry-title": 0.9,
    "place-government-title": 0.9,
    "village-title": 0.85,
    "mission-title": 0.9,
    "spokesperson-at-briefing": 0.8,
    "published-at-briefing": 0.8,
    "reporter-of-own-paper": 0.85,
    "title-in-brackets": 0.9,
    "title-nearest-organization": 0.75,
    "title-in-list": 0.85,
    "title-shared-in-list": 0.85,
    "colleague-title": 0.75,
    "head-of-body-named-before": 0.75,
    "listed-titles": 0.85,
    "title-in-apposition": 0.85,
    "serves-as": 0.9,
    "title-is": 0.85,
    "uses-verb": 0.75,
    "platform-account": 0.8,
    "regulates-verb": 0.8,
    "state-shareholder": 0.8,
    "penalises": 0.8,
    "sentences": 0.85,
    "indicts": 0.85,
    "approved-setup": 0.75,
    "purpose-clause": 0.8,
    "unit-before-title": 0.8,
    "technology-in-title": 0.8,
    "issuer-in-title": 0.9,
    "technology-in-publication": 0.75,
    "organization-in-name": 0.7,
    "gazetteer-hierarchy": 0.7,
    "place-after-place": 0.7,
    "place-in-name": 0.6,
    "shared-head": 0.7,
    "same-sentence": 0.5,
}


def confidence(relation: Relation) -> float:
    """How sure kg is of a relation: the chance that at least one of its pieces of
    evidence is right, taking each as independent (noisy-or), rounded to two places.

    Examples
    --------
    >>> from kg.model import Evidence, Relation
    >>> once = Evidence("d", 0, "X 位于 Y。", 0, 7, "located-verb")
    >>> confidence(Relation("x", "locatedIn", "y", (once,)))
    0.9
    >>> named = Evidence("d", 0, "Y大学", 0, 3, "place-in-name")
    >>> confidence(Relation("x", "locatedIn", "y", (once, named)))
    0.96
    """
    doubt = 1.0
    counted: set[str] = set()
    for evidence in relation.evidence:
        if evidence.rule in _READ_FROM_NAMES:
            # A name says the same thing however often it is written: count it once.
            if evidence.rule in counted:
                continue
            counted.add(evidence.rule)
        doubt *= 1.0 - RULE_CONFIDENCE.get(evidence.rule, 0.5)
    return round(1.0 - doubt, 2) if relation.evidence else 0.0


#: Rules that read a fact from names or the gazetteer rather than from what a sentence
#: states: more sentences naming the same things add no evidence.
_READ_FROM_NAMES = frozenset({"place-in-name", "organization-in-name", "gazetteer-hierarchy", "place-after-place"})


#: Words before a title that make it an office of the state, not of the body named
#: before it (国家副主席; 国务委员长, North Korea's chairman of State Affairs).
_STATE_WORDS = frozenset(["国家", "国务"])

#: Marks that close a line which is a title or a label of its own (…（国际论坛）).
_CLOSING_MARKS = "）)》」』】"
_SENTENCE_END = re.compile(r"[。！？!?；;]+[”’」』）)]*|\n\s*\n|\n(?=#)")
#: The longest a sentence runs. Text without full stops (a directory of units one per
#: line, a table flattened into cells, a page that lost its punctuation) would make one
#: "sentence" of thousands of names, all co-occurring: such a run is cut at its line
#: breaks, a line still longer at its blanks, and a piece still longer after its last
#: clause break within this many characters, else at this many. Of 19,819 sentences of
#: news (People's Daily, the sample, kg's synthetic corpus, probes) none was over 577.
LONGEST_SENTENCE = 1000
#: The most entities a sentence may name for them to co-occur. More make a list or a
#: page of names (a run without stops cut into pieces of 1,000 characters may name 200),
#: whose every pair would be tens of thousands of facts saying nothing; of 15,767
#: sentences of news none named more than 60.
MOST_ENTITIES_COOCCURRING = 64
#: Where a run too long to be a sentence is cut: line breaks, then blanks.
_RUN_ON_BREAKS = (re.compile(r"\n\s*"), re.compile(r"\s+"))
#: Where a piece of such a run, still too long, may be cut.
_SOFT_BREAKS = ("，", ",", "：", ":", "、", "；", ";")


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

    A run of more than :data:`LONGEST_SENTENCE` characters without them is cut at its
    line breaks, then at blanks, then after clause breaks:

    >>> [len(s.text) for s in sentences("甲 甲\\n" + "乙" * 900 + "，" + "丙" * 1200 + " 丁")]
    [3, 901, 1000, 200, 1]
    """
    result: list[Sentence] = []
    position = 0
    for match in _SENTENCE_END.finditer(text):
        _append_lines(result, text, position, match.end())
        position = match.end()
    _append_lines(result, text, position, len(text))
    return result


def _append_lines(result: list[Sentence], text: str, start: int, end: int) -> None:
    """The piece of text between two sentence ends, cut after each of its lines that is a
    title or a list's item rather than a hard-wrapped part of a sentence (see
    :func:`kg.extract.is_title_line`), or closed by a bracket (欧元启动与欧美关系（国际
    论坛）, then the news item's first sentence)."""
    # The piece since the last cut, trimmed, is text[first:last + 1]; both ends are kept
    # line by line, so a long run of lines (or of blank lines) is read once, not once a line.
    first = last = -1
    line_start = start
    line_end = text.find("\n", start, end)
    while line_end >= 0:
        line = text[line_start:line_end]
        if line.strip():
            if first < 0:
                first = line_start + len(line) - len(line.lstrip())
            last = line_start + len(line.rstrip()) - 1
        if first >= 0 and (
            (last + 1 - first < TITLE_LINE_LENGTH and is_title_line(text[first : last + 1]))
            or text[last] in _CLOSING_MARKS
            # (the line alone, not the piece since the last cut: a run of lines is read once)
            or (line_end + 1 < end and outrun_by_next_line(line.strip(), text, line_end + 1))
        ):
            _append_trimmed(result, text, start, line_end)
            start = line_end + 1
            first = last = -1
        line_start = line_end + 1
        line_end = text.find("\n", line_start, end)
    _append_trimmed(result, text, start, end)


def _append_trimmed(result: list[Sentence], text: str, start: int, end: int, level: int = 0) -> None:
    if end - start > LONGEST_SENTENCE:
        _append_run_on(result, text, start, end, level)
        return
    piece = text[start:end]
    trimmed = piece.lstrip()
    start += len(piece) - len(trimmed)
    trimmed = trimmed.rstrip()
    if trimmed:
        result.append(Sentence(start, start + len(trimmed), trimmed))


def _append_run_on(result: list[Sentence], text: str, start: int, end: int, level: int) -> None:
    """The sentences of a run of text too long to be one: its lines; of a line too long,
    its pieces between blanks; a piece still too long is cut after the last clause break
    within :data:`LONGEST_SENTENCE` characters, or at that length when there is none.
    ``level`` is the first of :data:`_RUN_ON_BREAKS` still to cut at."""
    if level < len(_RUN_ON_BREAKS):
        piece_start = start
        for found in _RUN_ON_BREAKS[level].finditer(text, start, end):
            _append_trimmed(result, text, piece_start, found.start(), level + 1)
            piece_start = found.end()
        _append_trimmed(result, text, piece_start, end, level + 1)
        return
    while end - start > LONGEST_SENTENCE:
        limit = start + LONGEST_SENTENCE
        soft = max(text.rfind(mark, start, limit) for mark in _SOFT_BREAKS)
        cut = soft + 1 if soft > start else limit
        _append_trimmed(result, text, start, cut, level)
        start = cut
    _append_trimmed(result, text, start, end, level)


#: Not 发布会 or 发布厅: a press conference or hall, where no document need be published.
_PUBLISH = re.compile(
    r"发布(?![会厅])|发表|印发|公布|出台|推出|颁布|发出|制定|制订|编制|起草|编写|编撰|编纂|撰写|(?:审议|表决)通过"
    # 人民文学出版社出版的《雪山大地》: a publisher's book (not 出版社, 出版物, 出版署)
    r"|出版(?![社物业署界商])"
)
#: Hosting or organizing an event (主办, 承办, 举办, 主办方); not 举办地, where it is held.
#: What joins two parties of an agreement (福建省与中国移动; not 和, which lists places:
#: 北京和上海的企业), and what says where a place
#: is the scene, not a party (在贵州省与当地企业签约).
_PARTY_JOINERS = frozenset("与同")
_WHERE_BEFORE = frozenset("在于赴到从")
#: Prepositions and particles that end the words between a body and a title before
#: its unit's name (派出由|防汛抗旱司|司长), as no unit's name holds them.
_BEFORE_A_UNIT = "由的在对向把被将从"
#: Words that name again the event an article is about (大会由…主办, 本届博览会由…承办).
_EVENT_AGAIN = ("大会", "论坛", "峰会", "博览会", "展会", "交易会", "年会", "运动会", "活动", "会议")
_ORGANIZE = re.compile(r"(?:联合|共同)?(?:主办|承办|协办|举办)(?!地|城市|权)")
#: An event taking place (举办, 举行, 开幕, 召开), after 在 and the place it is held in.
_HELD = re.compile(r"(?:隆重|盛大|正式)?(?:举办|举行|开幕|召开|闭幕|落幕)")
#: Helping another body (对口帮扶, 支援), which those listed right before do each on its own.
_HELPING = re.compile(r"\s*(?:将|要|继续|持续|分别)?(?:对口|结对)?(?:帮扶|支援|援助|援建)")
_ESTABLISH = re.compile(r"成立|设立|挂牌|组建|建立|共建|创建|创立|筹建|创办|组织成立|共同发起(?!成立|设立)")
#: A clause of what a body does, then 会同 or 联合 opening the next clause, whose subject
#: it is too (派出工作队，会同…开展评估).
_JOINING_IN_THE_NEXT_CLAUSE = re.compile(
    r"^[^，,。；;：:！？!?]{1,20}[，,]\s*(?:并|还|同时)?(?:会同|联合|联手|携手)\s*$"
)
#: An agreement the bodies listed before sign as three or more parties together (签署三方
#: 合作协议, 四方共建): each is the partner of every other.
_PARTIES_OF_ONE_AGREEMENT = re.compile(
    r"[^，,。；;]{0,8}?(?<!第)[三四五六七八九多]方(?!面)[^，,。；;]{0,10}?(?:合作|协议|备忘录|签约|共建)"
)
#: What is held within or beside an event, named after it (进博会配套活动, 分论坛, 开幕式):
#: those who host it host no more than that.
_PART_OF_AN_EVENT = re.compile(r"\s*(?:的)?(?:配套活动|配套|分论坛|平行论坛|主题论坛|专题论坛|系列活动)")
#: How far after a verb of using what is used may stand (运用|大数据, 采用了基于|人工智能的…).
_USED_WITHIN = 8
#: What of a body is merged into a new one, which the body does not set up (由A的…职责,
#: 由A原下属单位, 由A部分机构整合组建).
_PARTS_MERGED = re.compile(
    r"\s*(?:的\s*)?(?:原有?的?\s*)?(?:下属|所属|部分)[^，,。；;]{0,6}?(?:单位|机构|部门|职责|企业|公司)|[^，,。；;]*?职责"
)
#: The verbs of _ESTABLISH by which a person founds a body (创办, 创建), where the
#: others (成立, 挂牌) say what bodies do.
_FOUNDING_VERBS = frozenset(["创办", "创建", "创立"])
#: (联合 in 联合国, 联合会 and 联合体 is a body's word, no verb: 百度、科大讯飞等企业牵头组建的
#: 创新联合体)
_COOPERATE = re.compile(
    # (联合重组: a merger, one company taking the other in, no work together)
    r"合作(?![区社])|共建|签署|签订|签约|续签|互签|缔结|联合(?![国会体]|重组)|携手|共同|联手|协作|协同|结为|结成"
    # 与郑州市公安局的联动配合, 与地铁集团加强协调: acting in concert (_IN_CONCERT)
    r"|联动|配合|协调(?![员会])"
    # 与宁夏隆德县开展结对帮扶, 与青海大学签署对口支援协议: paired for support
    # (not 等对口帮扶高校: the kind of partner, of someone else)
    r"|(?:结对(?:帮扶|共建)?|对口(?:支援|帮扶|协作|合作))(?!(?:的)?(?:高校|单位|医院|城市|学校|企业|部门|地区|省份|省市|县|市))"
    # 与上海证券交易所加强信息共享: sharing what each holds
    r"|(?:信息|数据|资源)共享"
    # 与斯洛伐克InoBat公司合资建设工厂: a joint venture
    r"|合资"
    # 与香港天文台将共享预警信息 (not 共享单车, 共享经济: a kind of service); 与A、B形成监督
    # 合力: joining forces
    r"|共享(?!单车|经济|汽车|充电|出行|办公|空间|平台)|形成[^，,。；;]{0,4}?合力"
    # 建立了校际交流关系, 建立友好合作关系: a relation set up between the two; 建立联合会商
    # 机制, 建立联动机制: a way of working together
    r"|建立[^，,。；;！？!?]{0,8}?(?:关系|机制)"
)
#: Verbs of acting in concert, which make partners only of the bodies after 与.
_IN_CONCERT = frozenset(["联动", "配合", "协调"])
#: Verbs of attending or witnessing what others do (参加签约仪式, 共同见证).
_ATTENDING = re.compile(r"参加|出席|列席|见证|观摩|观看|参观")
#: A body's team, perhaps named after its leader (研究团队, 陈军团队, 赵忠贤院士团队, 课题组).
_TEAM = r"(?:(?:(?:\x00+|[\u4e00-\u9fff]{2,4}?)(?:院士|教授|研究员)?)?(?:科研|研究|创新)?(?:团队|课题组))"
_JOIN = re.compile(
    # (由北京市民政局牵头，联合…: the one who leads, then those it joins)
    # (国家医保局表示将会同, 青海省自然资源厅近日联合: what it says it will do, when)
    # (each optional part takes its own spaces after it, and no adverb is two others run
    # together: parts that may each take the same spaces, repeated, backtrack without end
    # over a long blanked-out gap)
    r"^\s*(?:牵头\s*(?:[，,]\s*)?)?(?:(?:表示|宣布|决定)\s*)?"
    # (浙江大学研究团队联合, 该所赵忠贤院士团队与: the body's team)
    rf"(?:{_TEAM}\s*)?"
    r"(?:(?:则|将|已|已经|还|也|又|正|正在|再次|首次|近日|日前|近期|今年|此前|积极|主动|要|需|须|应|应当)+\s*)?"
    # (清华大学对口支援青海大学, 杭州市对口帮扶黔东南州: paired for support, 东西部协作)
    r"(?:联合|携手|联手|牵手|会同|联同|对口(?:支援|帮扶|协作|合作)|结对帮扶)\s*$"
)
#: 调查组由A牵头，B、C派员参加: the body that leads a joint group, then those taking part.
_LEADS_THEN = re.compile(r"^\s*牵头\s*[，,、]\s*$")
_TAKING_PART_IN_A_GROUP = re.compile(r"\s*(?:等(?:部门|单位|机构)?\s*)?(?:派员|共同)?(?:参加|参与)")
#: 由A主办、B承办 (协办): who hosts an event, then who organises it with them.
_HOSTS_THEN = re.compile(r"^\s*(?:联合|共同)?主办\s*[，,、]\s*(?:由\s*)?$")
_ORGANISES = re.compile(r"\s*(?:联合|共同)?(?:承办|协办)")
#: (not 具有竞争优势, 竞争力: an edge each has, no rivalry between them)
#: (not competition as a field of law and policy: 竞争政策对话, 关于竞争领域合作,
#: 欧盟委员会竞争总司, 反不正当竞争)
_COMPETE = re.compile(
    r"(?<!正当)(?<!反)竞争(?!优势|力|性|格局|政策|法|执法|领域|监管|中立|规则|审查|总司|主管|事务|机构|局)"
    r"|争夺|角逐|抗衡"
)
_RIVAL_BETWEEN = re.compile(r"^\s*的?\s*(?:主要|最大的?|直接)?\s*竞争对手\s*(?:是|为|包括|有)?\s*$")
_RIVAL_AFTER = re.compile(r"^\s*的\s*(?:主要|最大的?|直接)?\s*(?:竞争)?对手")
_COMPETITION_FROM = re.compile(r"^\s*(?:等?公司)?\s*的\s*(?:激烈|强有力的|强烈)?\s*竞争")
#: Words after what 部署 acts on that make it work arranged, not a system deployed
#: (部署数字经济工作, 部署人工智能发展任务).
_TASK_WORDS = re.compile(r"(?:发展|建设|改革)?(?:工作|任务|行动|举措|措施)")
_USE = re.compile(r"利用|使用|采用|应用|运用|借助|部署|引入|开通|依托|引进")
#: Verbs of handling a criminal case, and counts of cases (审结一起…案, 破获多起…案件).
_CASE_HANDLING = re.compile(r"审结|审理|判决|宣判|审判|侦破|破获|查处|查获|起诉|公诉|办理|立案|一起|多起|系列")
#: What follows a body that is itself the object of a verb of using (依托|浪潮云|为): a
#: preposition or a verb that begins the rest of the predicate.
_AFTER_AN_OBJECT_BODY = frozenset("为向给对在从，,、和与及")
_REGULATE = re.compile(r"批准|监管|审批|核准|批复|许可|授权|监督|查处|约谈|责令|安全审查|(?<=\x00)审查|反垄断调查")
#: Verbs of regulating that, like those of penalising, may follow a list after 对 (对美团、
#: 饿了么、京东开展联合约谈).
_REGULATING_A_LIST = frozenset(["约谈", "责令", "查处"])
#: Who regulates: government bodies, and Party bodies (中央编办 approves new agencies,
#: 中央网信办 supervises platforms).
_REGULATORS = frozenset({"GovernmentOrganization", "PoliticalOrganization"})
#: Organizations with arms in many countries (微软中国, IDC中国) whose heads are named
#: with the country: companies and research firms, not governments.
_COMPANIES_WITH_ARMS = frozenset({"Company", "ResearchOrganization"})
#: 市场监管总局对阿里巴巴集团处以罚款, 依法对腾讯公司作出行政处罚, 吊销…许可证: a body penalises another.
#: 开出罚单, 采取出具警示函的监管措施, 予以公开谴责, 没收业务收入: a regulator's other
#: penalties.
#: 被罚款, 被处以罚款, 被给予警告: a penalty put on the one named before (see
#: ``penalised_for_a_cause``).
_PENALISED_AFTER_BEI = re.compile(r"被\s*(?:依法)?\s*(?:处以|给予|处|罚|警告|$)")
#: The names of bodies that fine: regulators, enforcement bureaus and the central bank's branches.
_PENALISING_BODY = re.compile(
    r"监管|监督管理|人民银行|证监|银保监|保监|税务|海关|生态环境|应急管理|网信|执法|外汇管理|财政"
    # the regulators of telecoms, posts, building, transport, land, towns, health and
    # fire safety, which fine the firms they license
    r"|通信管理|邮政管理|住房和城乡建设|交通运输|自然资源|城市管理|卫生健康|消防救援"
    # the health insurance bureaus, which sanction the hospitals and pharmacies they pay
    r"|医疗保障|医保"
)
_PENALISE = re.compile(
    r"处以|处罚|罚款|罚没|立案调查|吊销|罚单|警示函|监管函|监管措施|公开谴责|通报批评|没收"
    # 对康美药业责令改正，给予警告，并处以罚款: an order to put right and a warning
    r"|责令(?:其)?(?:限期)?(?:改正|整改|停业整顿|停产整顿|停产停业)|(?:给予|予以)警告"
    # 予以书面警示; 暂停该院医保结算资格, 解除…医保服务协议, 责令其退回医保基金: an
    # exchange's warning and the health insurance bureaus' sanctions
    r"|书面警示|监管警示|责令(?:其)?退回"
    r"|暂停(?=[^，。；;]{0,30}?(?:结算|经营|执业)资格)|解除(?=[^，。；;]{0,30}?服务协议)"
    # 对美国通用动力公司实施制裁, 采取反制措施; 将…列入不可靠实体清单: a government's
    # sanctions on a firm, and its lists of those sanctioned
    r"|(?<=实施|采取|进行|予以)制裁|反制措施|(?:列入|纳入)(?=[^，。；;]{0,6}?(?:实体清单|管控名单|制裁名单|出口管制))"
    # 对黄永强采取终身市场禁入措施: a bar from the markets
    r"|市场禁入"
)
#: The verbs of listing someone sanctioned (将…列入实体清单), whose object stands after 将 or 把.
_LISTING = ("列入", "纳入")
#: 对张三立案审查调查, 对李四进行立案审查, 被湖南省监委留置: a discipline or supervisory commission's case
#: against a person.
_INVESTIGATE = re.compile(r"立案审查调查|审查调查|立案审查|(?<!接受)纪律审查|留置")
#: What may stand between a verb of approving and what it approves (批准了, 批准同意,
#: 批准设立).
_APPROVED_GAP = re.compile(
    r"^(?:\s|了|同意|设立|成立|建立|组建|正式|依法)*"
    # 约谈该平台运营主体|X, 责令相关运营主体|X: the one regulated, described before its name
    r"(?:(?:该|相关|涉事)(?:平台|网站|应用|App|APP)?(?:运营主体|运营方|经营主体|企业|公司|平台)|(?:平台)?运营主体)?\s*$"
)
#: 欧盟委员会对苹果公司处以罚款: a union of states fines as a government body does.
_PENALISERS = _REGULATORS | {"InternationalOrganization"}
#: 给予 before those a governing body sanctions, and the sanction after them (开除党籍处分,
#: 党内严重警告, 政务撤职, 开除公职).
_GIVING_A_SANCTION = re.compile("(?:决定|研究|依规依纪依法)?给予")
#: How far after 对 (in characters) an official may be named behind the body and post.
_OFFICIAL_AFTER_POST = 30
#: How far before 给予其 (in characters) the person 其 stands for may be named.
_PRONOUN_REACH = 200
#: Words after a place's name that make the place describe them (中国|企业参与投资的大桥,
#: 中国|援建的体育场): the place of those who built or run what is visited, no place visited.
_PLACE_DESCRIBING_WHAT_FOLLOWS = re.compile(
    r"(?:企业|公司|商人|客商|游客|工人|员工|专家|留学生|建设者|援建|承建|投资|参建|品牌|制造)"
    # 中国捐建的…, 中国资助建设的…, 中国和伊拉克合作建设的…: who built or paid for it, then 的
    r"|[^，,。；;、\s]{0,8}?(?:建|援|资助|帮助|捐|出资)[^，,。；;、\s]{0,3}?的"
)
#: An athlete's team after the name (郑钦文|现效力于|湖北省网球队, 孙颖莎|注册于|河北省体育局,
#: 王楚钦|代表|北京市队参赛, 樊振东…|注册单位为|八一队), a former one after 曾 or 此前.
_PLAYS_FOR = re.compile(
    r"(?:[，,]?\s*(?P<before>(?:此前|早年|之前|曾经|曾)+)|现|目前|如今|现已)?"
    r"(?:(?:一直|长期)?(?P<verb>效力于|效力|注册于|注册单位为|代表))"
)
#: How the names of the bodies athletes play for end (湖北省网球队, 广州足球俱乐部, 河北省体育局).
_SPORTS_BODY_ENDINGS = (
    "俱乐部", "体育局", "体育总会", "体育运动学校", "女篮", "男篮", "女排", "男排", "女足", "男足",
    "市队", "省队", "区队", "八一队", "国家队", "青年队",
)  # fmt: skip
#: The sports a team's name may say (湖北省网球队, 中国国家女子排球队, 纽约自由人队 is none:
#: a league's team, named after its league's note).
_SPORTS_IN_NAMES = re.compile(
    "球|篮|排|足|泳|田径|冰|雪|棋|体操|举重|射击|击剑|跳水|自行车|赛艇|皮划艇|拳击|摔跤|柔道|跆拳道"
)
#: Teams of other kinds, whose members play no sport (救援队, 特警支队, 仪仗队, 地质大队).
_TEAMS_OF_NO_SPORT = re.compile("大队|支队|总队|救援队|仪仗队|服务队|医疗队|工作队|突击队|巡逻队|志愿")
#: Nothing, or a note in brackets, between two names (美国职业女篮（WNBA）纽约自由人队).
_A_NOTE_IN_BRACKETS = re.compile(r"\s*(?:[（(][^（）()，。]{0,20}[）)])?\s*")
#: What follows a team one plays for by 代表 (代表北京市队|参赛).
_TAKING_PART_IN_A_GAME = re.compile(
    r"(?:参赛|出战|出赛|征战|夺得|获得|参加[^，。；]{0,12}?(?:比赛|锦标赛|联赛|运动会|全运会|奥运会|世界杯))"
)
#: The posts of a village's (or community's) Party branch written after its name (大利村|
#: 第一书记, 东郊村|党支部书记), and those of its villagers' committee (村委会主任).
_VILLAGE_PARTY_POSTS = frozenset(
    {
        "第一书记", "书记", "党支部书记", "支部书记", "党总支书记", "党支部副书记", "党总支副书记", "副书记",
        "支书", "党组织书记", "党委书记",
    }
)  # fmt: skip
#: Places called 村 where no villagers elect a committee (冬奥村, 运动员村, 度假村, 地球村).
_VILLAGES_OF_NO_VILLAGERS = re.compile("(?:奥|运|动员|手|球|假|创|客|媒体|记者)村$")
_VILLAGE_COMMITTEE_POSTS = frozenset({"村委会主任", "村主任", "主任", "村委会副主任", "副主任", "居委会主任"})
#: 分别 between the visitors and the verb of their trips (A、B分别赴C、D): each to one.
_SEPARATELY_BEFORE_A_TRIP = re.compile("分别")
#: 访问了位于…的…: the visit's object described by where it is.
_VISITED_WHERE_IT_IS = re.compile(r"\s*了?\s*位于\s*")
#: 中国常驻联合国日内瓦办事处和瑞士其他国际组织代表, 常驻维也纳联合国和其他国际组织副代表:
#: the title of China's representative to the UN office and the other bodies of a city.
_MISSION_TO_SEVERAL_BODIES = re.compile(
    r"(?:中国|我国)?常驻(?P<hosts>[^，,。；;、]{2,30}?其他国际组织)(?P<title>副代表|代表)(?:大使)?\s*$"
)
#: Words of one who goes with a visitor, reports or briefs, in that person's clause: not
#: whom a later 他 (he) stands for.
_NOT_THE_ONE_TOURING = ("陪同", "汇报", "介绍", "报道", "记者", "主持", "一同", "随同")
#: 他先后, 她还: a person's pronoun opening a clause, adverbs after it.
_PRONOUN_OPENING = re.compile(r"\s*[他她](?:还|又|也|先后|随后|随即|并|则|专门|一行)*\s*")
#: Courts, which sentence the defendants they try (…中级人民法院, 知识产权法庭).
_COURTS = ("法院", "法庭")
#: A court's sentence (判处有期徒刑), and how a defendant is named right after 对 (对被告人
#: 李建国以受贿罪判处) or right after 判处 (判处被告人张三).
_SENTENCES = re.compile("判处|执行(?=有期徒刑|无期徒刑|死刑)")
#: A case named by its defendant and the charge (杜宏伟受贿案, 张三贪污、受贿一案): who 其
#: after the verb of a sentence is (以受贿罪判处其有期徒刑).
_CASE_OF = re.compile(r"(?:(?!该|此|本|审理|宣判|审判|公诉|起诉|主持|判决|裁定|的)[\u4e00-\u9fff、]){1,14}?一?案")
_DEFENDANT = "被告人|被告单位|犯罪嫌疑人|被告|罪犯"
_DEFENDANT_AFTER_DUI = re.compile(rf"对\s*(?P<word>{_DEFENDANT})?\s*$")
_SENTENCE_AFTER_NAME = re.compile(
    r"\s*(?:(?:一审|二审|再审|依法|当庭|公开|宣判|数罪并罚)[，,]?\s*)*(?:以|判处|犯|决定执行|执行)"
)
#: A former post at a court right after its name (原副院长, 原院长), before its holder: where
#: the holder worked, not a court trying them (its judges, 法官, 审判员, sentence for it).
_POST_AT_A_COURT = re.compile(
    r"\s*(?:原|前)(?:党组书记|党组成员|副?院长|副?庭长|审判委员会|审判员|法官|专职委员|执行局|政治部|纪检组)"
)
_DEFENDANT_AFTER_VERB = re.compile(rf"\s*(?:{_DEFENDANT})?\s*")
#: A procuratorate's indictment (提起公诉), and how the accused is named: right after 对
#: (依法对被告人王占军提起公诉, 以涉嫌受贿罪对赖小民提起公诉) or before the case of the
#: sentence (王占军（正部级）涉嫌受贿一案，由长春市人民检察院…提起公诉).
_INDICTMENTS = re.compile("提起公诉")
#: A body handing a case over to the procuratorate (对朝阳公安分局移送审查起诉的…).
_HANDED_OVER = re.compile(r"\s*(?:依法)?(?:移送|移交|报送|提请)")
#: 提起公诉 ending its clause (…已向…法院提起公诉。), and the words of counting indictments.
_INDICTMENT_ENDS_CLAUSE = re.compile(r"\s*(?:[。，,；;]|$)")
_COUNTING = re.compile(
    r"共(?=[\d一二两三四五六七八九十百千]|计|对|提起|起诉)|累计|总计|全年|[\d一二两三四五六七八九十百千万余]+(?:件|人|名)"
)
_ACCUSED_JOINED = re.compile(rf"\s*(?:和|、|及|以及)\s*(?:{_DEFENDANT})?\s*")
#: A body's title between it and its holder (原党委书记, 董事长): the holder is the accused.
_A_TITLE = re.compile(r"\s*[原前]?(?:(?!和|及|与|被告)[\u4e00-\u9fff]){1,10}\s*")
_ACCUSED_CASE = re.compile(r"\s*(?:（[^（）]{1,12}）)?\s*(?:等\d*人)?\s*涉嫌[\u4e00-\u9fff、]{1,16}?一?案")
#: 接受 before the commission that investigates, and the investigation after it; 由 before
#: the commission or police that closed the investigation of a case (由湖南省监察委员会调查终结).
_UNDER_INVESTIGATION = re.compile("接受|由|被")
_INVESTIGATION = re.compile("(?:的)?(?:立案)?(?:纪律审查|监察调查|审查调查|组织审查)|立案调查")
_INVESTIGATION_CLOSED = re.compile("(?:依法)?(?:调查终结|侦查终结)")
#: What joins a second investigating body to the first investigation (…纪律审查和|北京市监委…).
_SECOND_INVESTIGATOR = re.compile(r"\s*(?:和|及|、)\s*")
_SANCTION = re.compile("处分|开除党籍|开除公职|撤职|严重警告|记大过|记过")
#: Stock exchanges, which discipline the companies listed on them (上交所对…予以公开谴责).
_EXCHANGES = ("证券交易所", "期货交易所")
#: 对工商银行、招商银行等5家银行处以罚款, 对A和B分别处以: what may follow those penalised.
_PENALISED_COUNT = re.compile(
    r"^\s*(?:等\s*(?:[\d一二两三四五六七八九十百几多]+\s*[家个所名]\s*[\u4e00-\u9fff]{0,4})?)?\s*(?:分别|均|一并|各)?"
)
#: What follows a place where bodies in it are left unnamed or counted (某中医医院, 8家定点
#: 医疗机构, 多家企业).
_UNNAMED_OR_COUNTED = re.compile(r"某|(?:\d+|[一二两三四五六七八九十百几多数]+)\s*[家所个]")
_LOCATED = re.compile(
    r"位于|设在|设于|坐落于|坐落在|落户|落户于|总部在|总部位于|总部设在|总部设于|地处|注册于|注册在|落地于|落地在"
    # 恒大地产注册地为广东省广州市天河区, 广田集团住所为…: a company's registered seat
    # (not 原注册地为北京市: a seat since moved)
    r"|(?<![原曾前])(?:注册地(?:址)?(?:为|是|在|位于)|住所(?:地)?(?:为|在)|(?:总部|办公)地址(?:为|是|在))"
)
#: The places a company named right after one is in (see place_before_a_company): a
#: city, county or town, not a province, whose name begins many a company's own.
_PLACES_OF_COMPANIES = frozenset({"City", "District", "Township"})
#: What may stand between a place and the company there: nothing, or 某 and the kind of
#: company (某造纸企业, 一家化工厂).
_SOME_COMPANY = re.compile(r"(?:(?:某|一家)[\u4e00-\u9fff]{0,6}?(?:企业|公司|工厂|厂))?")
#: 西湖区是蚂蚁集团|总部所在地: the place a body is seated in.
_SEAT_AFTER = re.compile(r"\s*的?\s*(?:总部|总部的|注册地|驻地)?\s*所在地")
#: A body opened or put to work in a place (在海口市江东新区挂牌运营, 已在西安正式运行): the
#: place after 在, then these words, is where the body opening the clause is.
_OPENED_IN_PLACE = re.compile(
    r"\s*(?:(?:正式|隆重)?\s*(?:揭牌|挂牌|开业|落地|启用|开园)|(?:正式|投入)\s*(?:运行|运营)|(?:运行|运营)(?=[，,。；;]|$))"
)
_PURPOSE = re.compile(r"旨在|致力于|专注于|专门从事|负责(?!人)|聚焦|主要从事|着力")
#: An account on a platform right after a name. This and the other patterns read right
#: after a name (_SEPARATELY, _HELD_TITLE, _APPOSED_TITLE) are matched at the name's end
#: with ``pattern.match(text, offset)``, not on a copy of the rest of the sentence, so
#: they have no ``^`` (it would only match at the text's start).
_PLATFORM_ACCOUNT = re.compile(
    r"\s*(?:官方|政务)?\s*(?:公众号|服务号|订阅号|公众平台|账号|帐号|客户端|小程序|APP|App|app)"
)
#: A name's other names or code in brackets right after it, and the comma or slash between
#: two of them.
_NOTE_IN_BRACKETS = re.compile(r"\s*[（(][^（）()]{1,40}[）)]")
_NAMES_APART = re.compile(r"\s*[，,、/；;]\s*")
#: A 与 B, A、B, “A”和“B”: two names of a list.
_OPENING_BRACKETS = ("（", "(")
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")  # (escapes: mypyc takes no surrogates in a literal)
#: Verbs of being moved to another post, right after a name (刘平|调任…): the title
#: before the name is the post left.
_TRANSFERRED = ("调任", "转任", "改任", "调往", "交流至", "交流到")
#: 已 or a time before a verb of leaving a post (已调任, 近日辞职, 已于3月卸任).
_ALREADY_OR_LATELY = r"(?:已经?|近日|日前|已于[^，。；,;]{0,10}?)?"
#: A post before the name is left where the name is followed, right away or after 已 or a
#: time, by a verb of leaving it (院长胡志坚|退休, 市委书记王浩|已调任, 董事长王伟|近日辞职). A
#: transfer with nowhere after it ending a headline's line or clause (南开大学党委书记杨庆山调任)
#: says the post is new; one ending a sentence (王浩已调任。) that it is left. 辞去, 卸任 and 辞任
#: leave it before a headline's space (徐惠彬卸任 王云鹏接任), a clause's end, 后 or 职务, not
#: before another post (张德芹辞去总经理职务 keeps the 董事长 before the name; see _GIVING_UP).
#: The verbs are kg.extract's, where a name before them is no company.
_TRANSFERRED_AWAY = "(?:" + "|".join(_TRANSFERRED) + r")(?![ \t\u3000\n]|$)"
_LEFT_THE_POST = re.compile(
    _ALREADY_OR_LATELY
    + r"(?:"
    + _TRANSFERRED_AWAY
    + "".join("|" + verb for verb in OFFICE_LEFT_VERBS)
    + "|(?:"
    + "|".join(POST_GIVING_UP_VERBS)
    + r")(?=[\s，。；,;]|$|后|以来|时|之后|上述|相关|(?:其|该|所任|所担任的?)?(?:职务|一职)))"
)
#: 辞去 or 卸任 before the post given up, written as the one before the name (董事长马明哲辞去
#: 公司董事长职务), and what may follow a post's name where it ends (董事长职务, 董事长一职,
#: 董事长、董事, 董事长的职务, 董事长后).
_GIVING_UP = re.compile(
    _ALREADY_OR_LATELY + "(?:" + "|".join(POST_GIVING_UP_VERBS) + r")(?:公司|本公司|其|所任|所担任的?)?"
)
_END_OF_A_POST = re.compile(r"职务|一职|职位|岗位|以及|[、，,。；;兼及和等的与后并]|$")
#: The bodies of villages and towns that a title may begin with (党支部书记).
_SETTLEMENT_UNITS = ("党总支", "党支部", "党委", "村委会", "居委会", "纪委")
#: ... or nothing, where the note of its other names reads as spaces (see _SentenceFacts._alias_notes).
_OPENING_BRACKETS_OR_NONE = ("（", "(", "")
#: What opens a short form in brackets right after a name (（, （以下简称“, (下称).
_SHORT_FORM_OPENS = re.compile(r"\s*[（(]\s*(?:以下简称|以下称|下称|简称)?\s*[：:]?\s*[“‘\"]?\s*")
_AND = re.compile(r"^\s*(?:[（(][^（）()]{1,20}[）)])?\s*[”’」』]?\s*(?:与|和|同|及|以及|、)\s*[“‘「『]?\s*$")
#: Words of when and where that may stand between a subject and 与 or 分别 (近日, 9月10日,
#: 已, 在北京).
_WHEN = (
    r"(?:\s|近日|日前|近期|今天|今日|昨天|昨日|当天|同日|当日|上午|下午|晚间|今年|去年|此前|已经|正在(?!\s*\x00)|正式|再次|首次"
    # (正|在 + a place: 正在 before a place blanked out is 正, then 在 and the place)
    r"|[\d一二三四五六七八九十〇○]+\s*[年月日号]|[还也正已将都均亦再于]|在\s*\x00+)"
)
#: What may stand between 在 Place and 设立 (在杭州市正式设立, 在深圳市投资成立).
_SETTING_UP_GAP = re.compile(rf"^(?:{_WHEN}|率先|先后|分别|共同|投资|出资|注册|挂牌)*$")
#: A 近日与 B, A 9月10日在北京与 B: a time, adverbs or a place between A and 与.
#: What a body means or goes on to do with another (愿与, 将继续加强与, 进一步深化与).
_INTENT = r"(?:愿意?|计划|拟|准备|继续|积极|进一步|加强|深化|持续|不断|全面|携手|希望|期待|要|应当?|需要|必须)"
#: (each repetition atomic, the team first: a team's name of any two to four characters
#: could take other words or another team, every way, before a gap failed)
_WORDS_THEN_WITH = re.compile(rf"^\s*[”’」』]?(?>{_TEAM}|{_WHEN}|{_INTENT}|并)+\s*(?:与|同|跟)\s*[“‘「『]?\s*$")
#: A 和 B 分别与 C 签约: A and B each cooperate with C, not with each other.
_SEPARATELY_WITH = re.compile(rf"^\s*[”’」』]?{_WHEN}*\s*分别\s*(?:与|和|同|跟)\s*[“‘「『]?\s*$")
#: A、B、C 等单位分别与 D 签署, A、B 等5家企业已与 D: the end of a list (等, a count, the
#: kind of its members), then its members each with the one after 与.
_LIST_THEN_WITH = re.compile(
    rf"^\s*[”’」』]?\s*等\s*(?:[\d一二两三四五六七八九十百几多]+\s*余?\s*[家个所名]\s*)?"
    r"(?:[\u4e00-\u9fff]{0,3}?(?:单位|企业|机构|部门|高校|院校|银行|公司|平台|医院)|城市|省份|地区|国家|方面)?"
    rf"\s*(?:{_WHEN}|{_INTENT})*\s*(?:分别\s*)?(?:与|同|跟)\s*[“‘「『]?\s*$"
)
#: 国家信息中心表示，将与清华大学合作: the speaker is the subject of what it says it does.
_SAYS_WITH = re.compile(
    r"^\s*(?:表示|宣布|称|透露|指出|介绍说?)\s*[，,：:]?\s*(?:将|已|已经|正|正在|也|还|计划|准备|拟|愿|愿意)*\s*"
    r"(?:与|同|和|跟)\s*$"
)
#: A 发布…，并宣布与 B 共建, A 推出…，并与 B 合作: the body opening a clause, then a later clause
#: of the same sentence that announces or tells the partnership without naming its subject again.
#: A Party committee, branch or group named by its kind alone, whose body is not said.
_UNNAMED_PARTY_BODIES = frozenset(["党委", "党支部", "党组", "党总支", "党工委"])
#: The levels of villages, towns and neighbourhoods whose Party committee news names by the
#: level alone once it has named the place (村党支部, 镇党委, 社区党委).
_SETTLEMENT_LEVELS = ("村", "镇", "乡", "社区", "街道")
_THEN_SAYS_WITH = re.compile(
    r"^[^。；;！？!?]*?[，,]\s*(?:(?:并|同时|还|也|随后)?\s*(?:表示|宣布|透露)\s*[，,：:]?\s*"
    r"(?:将|已|已经|正|正在|也|还|计划|准备|拟|愿|愿意)*\s*(?:与|同|和|跟)"
    # 上海数据交易所推出…，并与 B 合作: a later clause of what the body also does with B
    r"|(?P<also>并|同时|还|也|随后|并且)\s*(?:将|已|已经|正|正在|也|还|先后|积极)*\s*(?:与|同|跟))\s*$"
)
#: A 与 B、C 分别签署: each signs on its own, so only the one before 与 is the partner of all.
_SEPARATELY = re.compile(rf"\s*[”’」』]?{_WHEN}*\s*分别")
_WITH = re.compile(r"^\s*(?:与|同|跟)\s*$")
#: 《国务院办公厅关于…的意见》: an official document's title names its issuers before 关于,
#: joined by 、 or a space (《国家发展改革委 国家能源局关于…的通知》).
_ISSUERS_IN_TITLE = re.compile(r"^《?(?P<issuers>(?:[^《》关]|关(?!于)){2,60}?)关于[^《》]+(?:》|$)")
_ISSUER_SEPARATOR = re.compile(r"[、\s\u3000]+")
#: …就《办法》|公开征求意见, 向社会征求意见: a draft put to public consultation.
_CONSULTATION = re.compile(
    r"\s*(?:(?:再次|第二次)\s*)?(?:(?:向社会|面向社会)\s*)?(?:公开\s*)?征求(?:公众|社会各界)?意见"
)
#: 《意见》由国务院办公厅印发: the document before 由 and its publisher.
_BY = re.compile(r"^\s*(?:日前|近日|已|已经|将|正式)?\s*由\s*$")
#: What may stand between a place and its verb when the place acts (杭州市率先运用大数据):
#: adverbs and auxiliaries only, so that 上海市民使用微信 (the residents) or
#: 杭州市的企业采用云计算 (the companies) are not read as the place acting.
_PLACE_ACTOR_GAP = re.compile(
    r"^(?:\s|[还也正已将要会都均亦再在]|已经|目前|当前|今后|下一步|开始|率先|积极|大力|全面|重点|尝试|着手|计划|拟|准备"
    r"|进一步|继续|首次|不断|充分|加快|努力|着力|探索|逐步|深入|广泛)*$"
)
#: A pseudo-cleft, 成都市还在重点推进的是利用大数据 (what 成都市 pushes is using big data):
#: the gap ends in a verb and 的是; the verb is checked with jieba's part of speech.
_PSEUDO_CLEFT = re.compile(r"^([\u4e00-\u9fff]{1,10})的是\s*$")
#: 刘冬、副主任王伟 after 国家信息中心主任: the next title and person of a list.
_NEXT_IN_LIST = re.compile(
    # (张仕波少将、政治委员王玉发: a rank after the name before)
    r"^\s*(?:[上中少大准][将校尉])?\s*(?:、|和|及|与|以及)\s*(\S{1,14}?)\s*$"
)
#: 院长侯建国，副院长、党组成员周琪: the titles of the next person of a list, after a comma.
_COLLEAGUES_TITLES = re.compile(r"\s*[，,]\s*([^\s，,。；;：:！？!?（）()“”]{2,30}?)\s*$")
#: Bodies whose leadership lists a secretary-general after the deputies (a congress's or a
#: conference's standing committee, an association).
_BODIES_WITH_A_SECRETARY_GENERAL = ("委员会", "常委会", "政协", "人大", "协会", "学会", "联合会", "商会", "基金会")
#: 深圳市人民政府副秘书长、市政务服务数据管理局局长张三: the titles after an earlier body
#: of a list of the person's posts (each a title, 副主任、高级工程师).
_LISTED_TITLES = re.compile(r"^\s*的?\s*([^\s，,。；;：:！？!?（）()“”]{1,30}?)\s*[、兼]\s*$")
#: 王伟担任阿里巴巴集团首席技术官: a person said to hold a title at an organization.
#: 王伟同志任…, and in a later clause of a short biography: 王伟，1972年生，现任….
_SERVES_AS = re.compile(
    # (邵广禄同时担任, 廖林自2024年8月2日起就任: posts held at once, from a date; 张海迪继续
    # 担任: held on)
    # (乔杰院士担任: a title of honour after the name)
    # (乌云其木格（女，蒙古族）任: a note of sex and nationality in brackets)
    # (each optional part with its own spaces after it: parts that may each take the same
    # spaces backtrack without end over a long blanked-out gap)
    r"^\s*(?:[（(](?:男|女)?[，,、]?(?:[\u4e00-\u9fff]{1,5}族)?[）)]\s*)?"
    r"(?:(?:同志|先生|女士|院士|教授|研究员)\s*)?(?:等(?:同志|人)?\s*)?(?:(?:现|曾|已|将|后|又|历|先后|此前|之前|先前|一直|长期|同时|继续|仍|仍然)\s*){0,2}"
    r"(?:于(?:近日|日前)\s*)?"
    # (楼文龙利用担任…副行长等职务上的便利: the posts used, held then)
    # (潘建伟是中国科学院院士、…常务副校长, 谭铁牛系…研究员: what one is, by the posts)
    r"(?:自[^，,。；;]{2,16}?起\s*)?(?:正式\s*)?(?:(?:利用(?:其)?|在)\s*)?(?:担任|出任|兼任|升任|就任|改任|调任|转任|接任|当选为|当选|任|系|是"
    # 吴朝晖已被任命为: appointed (not 被提名为, proposed)
    r"|被\s*(?:任命|聘任|委任|选举|推选)\s*为)\s*$"
    r"|^\s*(?:[，,](?:[^，,。；;！？!?]{0,11}[^，,。；;！？!?\s]\s*|\s+))*[，,]\s*(?:现任|现担任|现为)\s*$"
)
#: The words of :data:`_NOW_SERVES`, which a sentence must hold for it to be read.
_NOW_SERVES_WORDS = ("现任", "现担任", "现为", "现系", "后任", "调任", "起任", "年任")
#: 张迈曾不再担任…, 陈四清辞去…, 周伟此前任…, 陈丽原任…: a person said to have left a
#: post, or to have held it before the one the text is about (formerRoleAt).
_LEFT_OFFICE = re.compile(
    r"^\s*(?:同志|先生|女士)?\s*(?:因[^，,。；;]{1,10}?[，,]?)?\s*"
    r"(?:不再担任|不再兼任|辞去|卸任|此前任|此前担任|此前为|此前系|此前曾任|原任|原为|原系|曾担任|曾经担任|先后任|先后担任)\s*$"
)
#: 选举吴磊为公司董事长, 任命刘训峰为董事长: a company's board appointing one of its officers,
#: the company named only by its kind or not at all.
_CHOSEN_AT_THE_COMPANY = re.compile(
    r"\s*(?:同志)?\s*为\s*(?:新任|新一任|新一届|首任|第[一二三四五六七八九十\d]{1,3}任)?\s*(?:本|该)?"
    r"(?P<kind>集团公司|集团|公司)?(?P<title>[\u4e00-\u9fff]{2,6}?)"
    r"\s*(?:职务)?\s*(?:[，,。；;、]|$)"
)
#: What may stand between a body and its verb of appointing or electing: a date, words
#: of deciding, the meeting of its members or council that chooses (第十一次全国会员代表
#: 大会, 第三届理事会第一次会议); and the councils named as bodies of their own.
_CHOOSING_GAP = re.compile(
    # (each optional part with its own spaces after it, none of them empty: see _JOIN)
    r"\s*(?:第[一二三四五六七八九十百\d]+(?:次|届)\s*)?"
    r"(?:(?:全国(?:会员代表大会|代表大会|理事会|董事会|常务理事会|股东大会)?(?:第[一二三四五六七八九十\d]+次(?:全体)?会议)?"
    r"|(?:会员代表大会|代表大会|理事会|董事会|常务理事会|股东大会)(?:第[一二三四五六七八九十\d]+次(?:全体)?会议)?"
    r"|第[一二三四五六七八九十\d]+次(?:全体)?会议)\s*)?"
    r"(?:(?:[\d一二三四五六七八九十]{1,3}日|近日|日前|今天|昨天)\s*)?"
    r"(?:(?:经研究(?:决定|研究决定|依法|正式)?|决定|研究决定|依法|正式)\s*)?(?:[，,]\s*)?"
)
_CHOOSING_ORGANS = ("理事会", "董事会", "会员代表大会", "股东大会")
#: The officers a company's board elects or appoints.
#: A board's or body's verb of choosing someone, earlier in the clause of the name.
_APPOINTING_IN_THE_CLAUSE = re.compile(r"选举|聘任|任命|聘请")
#: Words that speak of a company other than one named before (成立新公司, 收购…子公司).
_ANOTHER_COMPANY_WORDS = ("公司", "成立", "设立", "组建", "新设", "收购", "合资")
#: A body bought or invested in, unnamed, after the one named (收购了一家电池企业): a bare
#: kind after it (公司位于…) is that one (but not 成立 or 公司: 华为成立于1987年。公司总部…).
_ANOTHER_BODY_BOUGHT = re.compile(r"一家|收购|入股|并购|参股")
#: 陈炎顺|任董事长，…, 钟宝申|辞任总经理。: a name, 任 (or a verb of giving it up) and a
#: company's post alone, ending the clause.
_COMPANY_POST_TAKEN = re.compile(
    # (董明珠辞去公司总裁职务: the post given up, of the company, then 职务)
    r"(?P<verb>任|辞任|离任|辞去|卸任)(?:公司|本公司)?(?P<title>[\u4e00-\u9fff]{2,6}?)(?:职务|一职)?(?=[，,。；;]|$)"
)
#: 许田将出任第二任校长, 施一公卸任校长: a head's post, whose body its kind says, taken or left.
_HEAD_POST_TAKEN = re.compile(
    r"(?:将|正式)?(?P<verb>出任|接任|卸任|辞去|辞任|离任)(?:第[一二三四五六七八九十\d]{1,3}任)?"
    r"(?P<title>[\u4e00-\u9fff]{2,4}?)(?:职务|一职)?(?=[，,。；;]|$)"
)
_COMPANY_TITLES_OF_A_BOARD = frozenset(
    ["董事长", "副董事长", "总经理", "副总经理", "总裁", "副总裁", "首席执行官", "首席财务官", "财务总监", "董事会秘书",
     # a bank's, and the board's and officers' other posts
     "行长", "副行长", "执行董事", "非执行董事", "独立董事", "监事会主席", "首席技术官", "首席运营官", "首席风险官"]
)  # fmt: skip
#: What makes a verb of appointing or removing only asked for, not done (拟任命, 提请免去,
#: 建议免去, 报请免去, 申请免去, 请求免去).
_NOT_ASKED_FOR = r"(?<!拟)(?<!提请)(?<!建议)(?<!报请)(?<!申请)(?<!请求)"
#: 免去赵志强的国家发展和改革委员会副主任职务: the person removed from the post after 的.
_REMOVING = re.compile(_NOT_ASKED_FOR + r"(?:免去|撤销)\s*[：:]?\s*$")
#: 免去 where it begins the posts taken away, not asked for (建议免去, 报请免去).
_REMOVING_OPENS = re.compile(_NOT_ASKED_FOR + r"(?:免去|撤销)(?!.*(?:免去|撤销))")
#: 免去…副总经理张晋生|职务, 免去…外部董事陶力|的职务: the post named before the one removed.
_POST_AFTER_ONE_REMOVED = re.compile(r"\s*(?:同志)?\s*的?\s*(?:职务|一职)")
#: 决定免去：⏎刘贵忠的…局长职务；⏎胡明朗的…职务, 免去王刚的…职务，黎明的…职务: a later name
#: of the list the verb removes, on a line of its own or after a comma or semicolon.
_REMOVING_LIST = re.compile(_NOT_ASKED_FOR + r"(?:免去|撤销)\s*[：:][ \t\u3000]*\n(?:[^\n。：:]{0,80}\n)*[ \t\u3000]*$")
_REMOVING_EARLIER = re.compile(_NOT_ASKED_FOR + r"(?:免去|撤销)[^。：:]*?的[^。]*?职务\s*[，,；;]\s*$")
_REMOVED_FROM = re.compile(r"^\s*(?:同志)?\s*的?\s*$")  # (免去张敏湖北省…厅长职务: 的 left out)
#: 王光彦生于1966年，医学博士，曾任北京大学常务副校长: a post held before, said in a
#: later clause of the person's sentence (see :data:`_NOW_SERVES`).
_ONCE_SERVED = re.compile(
    r"[，,]\s*(?:后|此后|之后|随后|其后)?\s*(?:曾任|曾担任|此前任|此前担任|原任|先后任|先后担任|历任)\s*$"
)
#: 张三，1965年生，山东青岛人，现任烟台市委书记: the post someone holds now, said in a
#: later clause of their biography, whatever places or dates stand between.
_NOW_SERVES = re.compile(
    r"[，,]\s*(?:现任|现担任|现为|现系|后任|后调任|调任|后又任|\d{4}\s*年(?:\s*\d{1,2}\s*月)?\s*起?\s*任)\s*$"
)
#: 任命张三为市大数据局局长: a person appointed to a title at an organization; not one
#: proposed for it (拟任命, 提请任命, 建议任命).
_APPOINTING = re.compile(_NOT_ASKED_FOR + r"(?:任命|提名|聘任|聘请|委任|推选|选举|增补|补选|增选)\s*[：:]?\s*$")
#: 省人大常委会决定任命：⏎李红梅为省教育厅厅长；⏎张国强为…: a name opening a line of the list
#: that follows the verb and its colon (no line between holds a colon or a full stop).
#: (任命：张三为省教育厅厅长；李四为…: the list's items set apart by semicolons on one line)
_APPOINTING_LIST = re.compile(
    _NOT_ASKED_FOR + r"(?:任命|聘任|委任)\s*[：:]"
    r"(?:[ \t\u3000]*\n(?:[^\n。：:]{0,80}\n)*|(?:[^\n。：:；;]{1,80}[；;])+)[ \t\u3000]*$"
)
#: 任命宁夏大学副校长|李星|为…: the verb of appointing before the appointee's present post and
#: name, in the same clause.
_APPOINTING_IN_CLAUSE = re.compile(_NOT_ASKED_FOR + r"(?:任命|聘任|委任|选举|补选|增选)[^，,。；;：:为]{2,30}$")
_APPOINTED_AS = re.compile(
    # (增选李明山等5人为: the first of those elected, the others unnamed)
    r"^\s*(?:（[^（）]{1,6}）|\([^()]{1,6}\))?\s*(?:同志)?\s*(?:等[\d一二三四五六七八九十]{1,3}(?:人|名同志|位同志))?\s*为\s*$"
)
#: 任命陈晓东为…局长，刘洋为…副厅长: a later name of the list the verb appoints.
_APPOINTING_EARLIER = re.compile(_NOT_ASKED_FOR + r"(?:任命|聘任|委任|选举|补选|增选)[^。；;]*?为[^。]*[，,、；;]\s*$")
#: The title right after the organization, ending the clause or followed by 一职/职务.
_HELD_TITLE = re.compile(
    # (上海国际港务（集团）股份有限公司（上港集团）党委书记: the body's short form, stock code
    # or acronym in brackets before the title)
    r"\s*(?:[（(][^（）()，,。]{1,24}[）)])?"
    # (…副行长等职务上的便利, …局长期间: the posts a bribe-taker used, or held then)
    r"\s*(?:的)?\s*([^\s，,。；;、：:！？!?（）()“”]{1,10}?)\s*(?:一职|职务|等职务?)?(?:上的便利|期间)?\s*"
    # (试用期一年), (挂职): a note on the appointment in brackets after the title
    # (执行董事兼首席执行官: two posts, the second read by titles_listed_after)
    # (接受唐方裕辞去…副市长职务的决定: the post left, 职务 then the decision's 的)
    # (须报请广东省人大常委会批准): a note on the approval still due, however long
    # (当选为省人大常委会主任后向宪法宣誓: the post, then what its holder did after)
    r"(?:[（(][^（）()]{1,40}[）)])?\s*(?:[，,。；;、：:！？!?兼]|$|(?<=职务)的|(?<=[\u4e00-\u9fff])(?:之|以)?后)"
)
#: Between a company and a country in a foreign executive's titles (阿斯利康|全球执行副总裁、
#: 国际业务及|中国|总裁): the company's posts listed, then the scope the country ends.
_TITLES_THEN_SCOPE = re.compile(
    r"(?:(?P<titles>[\u4e00-\u9fff、]{2,20})、)?(?P<scope>[\u4e00-\u9fff]{0,6}?(?:区|业务|市场|地区)?(?:及|和))"
)
#: 其 for the one penalised, named before (对其处以罚款, 责令其改正并罚款).
#: What may open a sentence before its subject: nothing, or 其中/此外 and a comma.
_SENTENCE_LEAD = re.compile(r"\s*(?:(?:其中|此外|另外|同时|另有|经查|据悉)\s*[，,]?)?\s*")
_PENALISED_PRONOUN = re.compile(r"(?:对|责令|给予)其")
#: A note in brackets on how a post is held (（挂职）, （援疆干部）, （正厅级）), between the
#: title and the name.
_NOTE_IN_BRACKETS_AT_END = re.compile(r"[（(][^（）()、，,]{1,8}[）)]$")
#: 任…书记，免去其…院长职务; …，不再担任…常委、秘书长职务; …，兼任…常委: a later clause of
#: the sentence about the same person's other post, taken on or left, without the name.
_POST_IN_LATER_CLAUSE = re.compile(
    r"\s*[，,；;]\s*(?:同时|并|并且)?\s*(?P<verb>兼任|不再担任|不再兼任|免去其|免去|辞去其?)\s*(?:的)?\s*"
)
#: The posts of the river and lake, forest and farmland chief systems (总河长, 湖长, 林长).
_CHIEF_SYSTEM_POSTS = ("河长", "湖长", "林长", "田长")
#: Prepositions whose object is the person named after a title (宪法法院对总统尹锡悦…作出
#: 裁决, 国民议会就总理贝鲁提出的信任案表决): the title is no post at the body before them.
_BEFORE_AN_OBJECT = frozenset("对就向给替把被跟")
#: 此前(，) opening the sentence of a person's post: one held before the one the text is about.
_BEFORE_THAT = re.compile(r"\s*(?:此前|在此之前|此前曾)\s*[，,]?\s*")
_POSTS_LEFT = frozenset(["不再担任", "不再兼任", "免去其", "免去", "辞去", "辞去其"])
#: 中国人民银行对支付宝实施监管: the body regulated stands between 对 and the verb.
_TOWARDS = re.compile(
    r"^\s*(?:将|已|已经|正|正在|也|还|依法)*\s*对\s*(?:[^，,。；;：:—]{1,20}?——|[\u4e00-\u9fff]{1,5}方)?\s*$"
)
#: 对辖区内一家教育培训企业——上海新东方学校…, 对承包经营方温州鑫膳…, 对涉事企业…: who
#: is penalised, described before the name (after a dash, as a party to something,
#: 承包经营方, or as the firm the case is about).
#: A firm's officer by the post (时任董事长, 原总经理, 实际控制人).
_OFFICER_POST = (
    r"(?:时任|原)?(?:副)?(?:总经理|总裁|董事长|法定代表人|财务总监|财务负责人"
    r"|董事会秘书|独立董事|监事会主席|负责人|实际控制人|控股股东|董事|监事|店长)"
)
_PENALISED_DESCRIBED = re.compile(
    r"[^，,。；;：:—]{1,20}?——"
    # 对该公司总经理王建伟, 对公司时任董事长张三: a firm's manager by the post, then the name
    # (before the party's 方, which would take the 方 of 董事长|方志勇)
    # (对实际控制人、时任董事长钟玉: the posts listed)
    rf"|(?:该|其|公司|该公司|涉事企业)?(?:{_OFFICER_POST}、)*{_OFFICER_POST}"
    r"(?=[\u4e00-\u9fff])"
    r"|[\u4e00-\u9fff]{1,5}方(?=[\u4e00-\u9fff])"
    # 对涉事企业广州盛游文化传播有限公司, 对违规企业…: which of them it is, before the name
    r"|(?:涉事|涉案|违规|违法|相关)(?:企业|单位|公司|机构|商家|平台|门店)(?=[\u4e00-\u9fff])"
)
#: Places listed, then their count and level, then the kind of body each has (湖北、湖南、
#: 江西|三省|水利厅, 北京、天津、河北|三省市|发展改革委).
_PLACES_COUNTED_THEN_A_BODY = re.compile(
    r"[两二三四五六七八九十\d]{1,2}(?:省区市|省市区|省市|省区|省|市|地|县区|县市|县|区)"
    # (a body's name ends at its last word, not inside it: 人大常委|会, 人民政府办|公室)
    r"(?P<body>[\u4e00-\u9fff]{1,10}?(?:人民政府|政府|党委|厅|局|委员会|常委会|委(?![会员])|办公室|办(?!公)))"
)
#: What may follow such a count that begins no body's name (三省共同…, 三地签署…).
_NOT_BODIES_AFTER_A_COUNT = (
    "共",
    "联",
    "签",
    "成",
    "召",
    "在",
    "将",
    "要",
    "已",
    "相",
    "合",
    "协",
    "携",
    "分",
    "各",
    "跨",
    # (台北、高雄两地|试办急诊转诊: trying, opening or holding something out there)
    "试",
    "开",
    "举",
    "同",
    "推",
)
#: ... nor holds (三市|入选国家数据局, 两市海关|将与…, 跨省|通办: a verb or a service's name).
_NOT_IN_BODIES_AFTER_A_COUNT = ("的", "将", "与", "和", "及", "入选", "获批", "被", "对", "通办", "为")
#: What opens a sentence before the verb that chooses its officers (会议选举, 大会选举产生,
#: 会上，…选举).
_MEETING_CHOOSES = re.compile(r"\s*(?:会议|大会|全会|会上|全体会议)[，,]?\s*(?:表决)?")
#: The titles of those who speak for a body (新闻发言人), held at the body a department
#: named with them belongs to.
_SPOKESPERSONS = frozenset(["新闻发言人", "发言人"])
#: How the names of a ministry's or bureau's departments end (宣传教育司, 办公厅, 新闻局).
_KINDS_OF_DEPARTMENT = ("司", "局", "厅", "办公室", "中心", "研究室")
#: What may open a clause before its 对 (并, 同时, 另): a clause of those penalised that
#: names no subject.
_CLAUSE_OPENING_TOWARDS = re.compile(r"\s*(?:并|同时|另|此外|另外|还)?\s*[，,]?\s*")
_TOWARDS_VERB_GAP = re.compile(
    # 对上海拉扎斯信息科技有限公司在中国境内网络餐饮平台服务市场实施“二选一”垄断行为作出
    # 行政处罚: the conduct penalised, right after those penalised
    # 对上海拉扎斯…有限公司（饿了么运营主体）…, 对永清环保股份有限公司（证券代码：300187，
    # 证券简称：永清环保）…: a note on it
    r"^(?:[（(][^（）()]{1,40}[）)])?"
    r"(?:[^，,。；;：:]{0,30}?(?:实施|从事|存在|涉嫌)[^，,。；;：:]{1,24}?(?:行为|问题)"
    # 对广西华银铝业有限公司超标排放废水的违法行为作出行政处罚, 对知网滥用市场支配地位
    # 行为作出, 对…宁波分行贷款管理不审慎问题处以: the conduct, described
    r"|[^，,。；;：:]{1,30}?(?:的)?(?:违法|违规|违法违规)?(?:行为|问题))?"
    # (对蚂蚁集团及旗下机构处以罚没款: the body's units with it)
    r"(?:及其?(?:旗下|下属|相关)(?:机构|企业|公司|子公司))?"
    # (对上海泽生科技股份有限公司及其董事长张国伟予以公开谴责: its officers with it)
    r"(?:及其?[^，,。；;：:]{1,16}?(?=予以|给予|采取|出具|作出|处以))?"
    # (对邓伦作出处理处罚: a tax inspection bureau's handling and penalty)
    r"(?:\s|依法|严格|全面|进一步|加强|实施|进行|开展|实行|了|作出|做出|给予|予以|依规|从重|顶格|行政|启动|发起|处理|联合|集体|集中"
    # 采取暂停保荐业务的监管措施, 开出罚单, 出具警示函: the measure taken
    r"|开出|出具|下发|采取(?:[^，,。；;：:]{1,12}?的)?|终身|\d{1,2}年"
    # 给予警告并罚款: a warning, then the fine
    r"|警告并|警告和|警告、"
    # 对A追缴税款、加收滞纳金并处罚款: the tax clawed back and the late fees, then the fine
    r"|(?:追缴|加收|没收|补缴)[^，,。；;、]{1,10}?(?:、|和|并|，并|及)"
    r")*"
    # 依法作出网络安全审查相关的行政处罚: what the penalty is for, described before it
    r"(?:(?:作出|做出|给予|予以)[^，,。；;：:]{1,16}?(?:的|相关)(?:行政)?)?"
    # 对滴滴全球股份有限公司处人民币80.26亿元罚款: the sum before the word for the fine
    r"(?:并?处以?\s*(?:人民币)?\s*[\d.,]+\s*(?:万|亿)?元(?:的)?)?$"
)
#: Liu Liehong, head of the National Data Administration: an English title set off by a
#: comma after the name, of or at the organization that follows.
_ENGLISH_APPOSED_TITLE = re.compile(
    r"\s*,\s*(?:the\s+|a\s+)?(?P<title>(?:[A-Za-z-]+\s+){0,3}?"
    r"(?:head|director|director-general|minister|chairman|chairwoman|chair|president|vice-president|"
    r"spokesperson|spokesman|spokeswoman|secretary|secretary-general|chief|governor|mayor|ambassador|"
    r"commissioner|professor|researcher|founder|CEO|officer|administrator|deputy|member|executive))"
    r"\s+(?:of|at)\s+(?:the\s+)?"
)
#: The title after the body in 王强是清华大学教授。, up to the clause's end.
_TITLE_SAID = re.compile(r"\s*([^\s，,。；;、：:！？!?（）()“”的]{1,10}?)\s*(?:[，,。；;！!]|$)")
#: 刘冬，国家信息中心主任，表示: the title after an organization set off by commas.
_APPOSED_TITLE = re.compile(r"\s*([^\s，,。；;、：:！？!?（）()“”]{1,10}?)\s*[，,]")
#: A 联合 B 发布, A 会同 B 印发, A 将会同 B 制定: both are subjects of the verb.
_JOINT = re.compile(r"^\s*(?:将|已|还|正|拟|也|近日|日前|还将|将继续)?\s*(?:联合|携手|会同|联手)\s*$")
#: A comma and at most an adverb between bodies acting together and their verb (会同B，依法约谈).
_COMMA_BEFORE_THE_VERB = re.compile(r"^\s*[，,]\s*(?:依法|近日|日前|联合|共同|集中|分别|再次)?\s*$")
#: Laboratories and centres a university or institute hosts (依托…建设).
_HOSTED_UNITS = ("实验室", "研究中心", "工程中心", "技术中心", "创新中心", "研究院", "研究所")
#: 依托 A 建设: what is said of a laboratory hosted by A.
_BUILT_ON = re.compile(r"^\s*(?:建设|组建|建立|设立|共建|运行|成立)")
#: Going to a place or body (赴, 到, 前往, 深入, 来, 在), and 对 before one visited (对法国进行国事访问).
_GOING_TO = re.compile(
    "赶赴|赶到|赴|(?<![受谈达得收看想提遇感做直听说])到|前往|深入|来到|走进|抵达|进驻|来|(?<![存现实潜所])在|对"
)
#: What is assessed in 考察 of cadres (考察市财政局领导班子), no visit.
_ASSESSED = re.compile(r"\s*(?:的)?(?:领导班子|班子|干部|人选|考察对象|拟任)")
#: A visit only wished for, invited or welcomed (欢迎…到云南投资考察, 期待…访俄), no fact yet.
_VISIT_WISHED = re.compile("欢迎|期待|邀请|诚邀|希望|盼望|期盼|愿意|乐见")
#: 在…陪同下: the officials accompanying a visitor, named between the visitor and the visit.
_ACCOMPANIED = re.compile(r"在[^，,。；;]{0,40}?陪同下")
#: Verbs of meeting or going with someone, whose object is no visitor listed (拜会了省长王予波).
_MET_BEFORE = re.compile("会见|拜会|会晤|看望|接见|慰问|宴请|陪同|了")
#: Between two visitors listed, each with a title (省委书记王宁、省长王予波到昆明市调研).
_VISITORS_JOINED = re.compile(r"\s*(?P<joiner>[、和与及，,])\s*(?P<title>[^\s、，,。；;]{0,12})\s*")
#: ... of which those that say a visit whatever follows (先后来到…，了解, 深入…企业): the others
#: need what is done there (赴…调研, 在…考察; not 在北京召开, 到2025年).
_GOING_ON_A_VISIT = ("来到", "走进", "深入", "抵达", "赶赴", "进驻")
#: What may stand between a body and the verb of its visit (湖北省通信管理局|近日|赴…): a
#: date, 一行, 带队, its delegation, its other name in brackets (弗劳恩霍夫协会（Fraunhofer-
#: Gesellschaft）代表团); not its officer's title nor its unit (…局局长到, 国务院第十督查组到).
#: Each part takes at least one character: parts that may be empty, repeated, backtrack
#: without end over a long gap that does not match (a name in brackets, blanked out).
_BODY_BEFORE_A_VISIT = re.compile(
    r"\s*(?:(?:近日|日前|近期|专程|一行|带队|组织|于|代表团|考察团|访问团|[（(]\s*[）)]"
    r"|\d{1,2}月|\d{1,2}日|至\d{1,2}日)\s*)*"
)
#: What someone goes to a place or body to do on a visit, a few words after it at most (赴…调研,
#: 到…开展专题调研, 在…实地考察, 来华访问, 赴…检查指导).
#: Directing work on the spot (赴北碚区指挥扑救, 在梅州市现场指挥抢险救灾), what one does
#: where one goes.
_DIRECTING_ON_SITE = (
    "指挥(?!中心|部(?!署)|家|官|所|长|棒|平台|系统)",
    "坐镇",
    "指导(?!意见|思想|下|性|单位|价|中心|委员会|小组|组|员|老师)",  # 赶到赣州市指导救援
)
#: Verbs of travelling after which the place gone to, ending the sentence, is visited
#: (率领代表团前往深圳。).
_TRAVELLING_TO_AN_END = ("前往", "赴")
_VISIT_WORDS = (*VISIT_VERBS, "检查", "督导", "督查", "访问", "参访")
_ON_A_VISIT = re.compile(r"[^\s，,。；;：:！？!?、]{0,6}?(?:" + "|".join((*_VISIT_WORDS, *_DIRECTING_ON_SITE)) + ")")
#: A site or unit written right after a body of a list of what is visited, then the list's
#: joiner (大连港集团|大窑湾集装箱码头、, 哈尔滨工业大学|科技园和).
_UNIT_THEN_JOINER = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,12}?(?:、|和|及|以及)")
#: 在贡山县独龙江乡孔当村，|王予波走进…: a sentence opening with where, then a comma.
_WHERE_OPENS_THE_SENTENCE = re.compile(r"(?:^|(?<=[。！？；;\n]))\s*在(?P<where>[^，,。；;！？\n]{2,30}?)[，,]")
#: 他 or 她 right after where the sentence opens (在芜湖，|他考察了…).
_PRONOUN_AFTER_WHERE = re.compile(r"\s*[他她]")
#: What is done on a tour, after the one touring (走进村民家中, 先后察看了, 详细了解).
_DONE_ON_A_TOUR = re.compile(
    r"\s*(?:先后|还|又|也|详细|仔细|实地|认真|一一|一行|随后|首先)*"
    r"(?:" + "|".join((*VISIT_VERBS, "查看", "听取", "了解", "走进", "看望", "检查", "来到", "深入")) + ")"
)
#: What may open a clause that goes on with the visit of the clause before, sharing its visitor
#: (李强到上海调研，先后考察了…, 拉克森访问广州，参观了比亚迪): adverbs of sequence and time only.
_VISIT_GOES_ON = re.compile(
    r"\s*(?:(?:随后|先后|还|又|并|再|接着|之后|其间|期间|同时|也|一行|当天|上午|下午|\d{1,2}日)\s*)*"
)
#: The purpose of a trip opening the clause after the places gone to (前往珍溪镇，督导…,
#: 赴上海，实地考察…): adverbs, then a verb of visiting, not a noun it begins (调研组,
#: 检查结果, 调研情况) nor a check that finds (检查发现).
_PURPOSE_OPENING_A_CLAUSE = re.compile(
    r"\s*(?:(?:随后|先后|还|又|并|再|接着|实地|重点|深入|专题|现场)\s*)*"
    r"(?:调研|考察|视察|督导|督查|检查|察看|走访|看望|慰问|参观|拜访|访问|指导)"
    r"(?!组|团|员|队|发现|结果|显示|成果|情况|报告|工作会|会议)"
)
#: The last characters of the teams whose 进驻 is a visit (督察组进驻江西省, 工作组, 巡视组).
_TEAMS_ENTERING = frozenset("组团队")
#: A trip planned, no visit made (计划前往武汉, 原定赴京), right before the verb of going.
_PLANNING_WORDS = ("计划", "原定", "打算", "准备", "拟")
_PLANNED_TRIP = re.compile("(?:" + "|".join(_PLANNING_WORDS) + ")$")
#: A visit stated in the clause before one that goes on with it (到…调研, 访问, 来到, 赴上海).
_A_VISIT_STATED = re.compile("|".join((*_VISIT_WORDS, *_GOING_ON_A_VISIT, "赴", "前往", "(?<!采)访")))
#: Words by which someone sends others, or names the one who goes, before a verb of going:
#: the one named before them does not go (派特使赴…, 指示…派工作组赶赴…, 同意…赴…的请求);
#: but one who leads the work group goes with it (率工作组, 带领工作组).
_SENT = re.compile("(?<!特)派(?!员)|委派|指示|责成|委托|同意|特使|(?<![率带领着])(?:联合)?工作组")
#: Leading a work group, which one goes with (率联合工作组, 带领由…组成的工作组, 带着工作组).
_LEADING_A_GROUP = re.compile("率|带领|带着|带队")
#: The verbs of travelling to a place (not 在, 来, 对), after which going there to attend
#: something is a visit too (赴莫斯科出席, 前往西安参加): 在北京出席 is where one attends.
_TRAVELLING = frozenset(["赶赴", "赶到", "赴", "前往", "到", "抵达"])
_TRAVELLED = re.compile("|".join(sorted(_TRAVELLING, key=len, reverse=True)))
_TO_ATTEND = re.compile(r"[^\s，,。；;：:！？!?、]{0,6}?(?:出席|参加)")
#: 对 A 进行国事访问: A is visited (not 对 A 进行检查, what is inspected in someone's care).
_VISIT_OF = re.compile(r"\s*(?:进行|开始|展开)了?[^\s，,。；;]{0,6}?访问")
#: 会见来访的…, 会晤到访的…: a host receiving a visitor, whom the place of the meeting is
#: visited by.
#: The verbs of working at a body, after 在 and its name (曾在百度公司|任职).
_WORKING = ("工作", "任职", "供职", "就职")
_WORKING_AT = re.compile(r"(?:工作|任职|供职|就职)(?:过|多年|至今)?(?=[，,。；;、]|$)")
#: What may stand between one who worked at a body and 在: when (曾, 此前 say the post was
#: held before) and how long (长期, 一直).
_WHEN_ONE_WORKED = re.compile(r"(?:(?P<before>曾经|曾|此前|先后|早年|曾先后)|长期|一直|也|还|现)+$")
#: 在长沙会见法国…主席, 在柏林同德国外长…举行会谈: meeting someone at a place.
_MEETING_A_GUEST = re.compile(r"会见|会晤|接见|(?:同|与)(?=[^，,。；;]{2,40}?(?:举行|进行)?(?:会谈|会晤|会见))")
_WORDS_OF_MEETING = ("会见", "会晤", "接见", "会谈")
#: How far before a name (in characters) its title may name the holder's country (马来西亚交通部长|陆兆福).
_TITLE_REACH = 12
#: A word for the city after its country or region (老挝|首都|万象, 匈牙利南部|城市|塞格德).
_CAPITAL_OR_KIND_OF_CITY = re.compile(
    r"(?:[东南西北中]部(?:沿海|港口|边境)?)?(?:首都|首府|城市|港口城市|港城|边境城市|沿海城市)"
)
#: Titles of those who serve an international organization where it sits (联合国副秘书长).
_INTERNATIONAL_OFFICIAL = re.compile("联合国|国际组织|总干事|秘书长")
#: A reporter's byline closing between an outlet and a title (（大公报记者报道）|行政长官…).
_A_BYLINE_CLOSED = re.compile(r"记者[^（）()]{0,8}?(?:报道|电|讯)?\s*[）)]")
#: Attending what is held at a place (出席在新加坡举行的…).
_ATTENDING_AT_A_PLACE = ("出席", "参加", "列席")
_ATTENDING_AT = re.compile(r"(?:出席|参加|列席)了?在|(?<![出参列存现实潜所正自好])在")
#: Attending at the place named before (在瑞士日内瓦|出席…).
_ATTENDED = re.compile(r"\s*(?:出席|参加|列席|主持召开|主持)")
#: A meeting by telephone or video, which brings no one to the place (举行电话会谈, 以视频方式会见).
_MET_FROM_AFAR = re.compile("电话|视频|线上|连线|通话|书面|远程|云端")
#: Words of one posted abroad, who meets people where he lives (大使, 驻…, 临时代办, 在台协会).
_ENVOY = re.compile("大使|使馆|代办|领事|代表处|在台协会|驻")
#: What follows a country's one character that names one's forebears' country (华|侨, 华|裔,
#: 华|人).
_ORIGIN_AFTER = frozenset("侨裔人")
#: The key of China in the gazetteer.
_CHINA = "iso-cn"
_RECEIVING_A_VISITOR = re.compile(r"(?:会见|会晤|接见|宴请)了?(?:来访|到访)的")
#: What follows a head of state whose envoy or adviser comes (卢拉|首席特别顾问, 普京|特使).
_SENT_BY_A_HEAD = re.compile(r"\s*(?:的\s*)?(?:首席)?(?:特别顾问|特使|特别代表|顾问|夫人|私人代表)")
#: Verbs of visiting with what is visited right after them (访问美国, 考察了中国商飞, 拜访);
#: 访 before a country's one character (访华, 访美).
_VISITING = re.compile(
    r"(?:访问|考察|视察|调研|走访|拜访|拜会|到访|参访|参观|察看|出访)了?|(?<![采拜来出回查寻到参])访"
)
#: A place's own Party committee or government, after the place's name (阿里地委, 和田行署).
_COMMITTEES_OF_PLACES = frozenset(["地委", "行署", "市委", "县委", "区委", "州委", "盟委", "旗委", "市政府", "县政府"])
#: 与 (or 同, 跟) opening the list of partners before its first name the rules found,
#: whatever unnamed item stands between (已与|德国DB Cargo、|哈萨克斯坦国家铁路公司).
_LIST_AFTER_WITH = re.compile(r"(?:与|同|跟)(?:[^，,。；;与同和、]{3,10}、)*$")
#: A body's headquarters, after the place it is in (在巴黎|总部, 在日内瓦世贸组织|总部).
_HEADQUARTERS = re.compile("总部")
#: Visits after 总部, to a body whose seat it is (在杭州总部|调研阿里巴巴).
_VISITING_AT_HEADQUARTERS = re.compile(r"(?:调研|考察|视察|参观|走访)")
#: A body's own seat, after where it lies and 的 (位于深圳的|总部).
_OWN_SEATS = ("总部", "本部", "总公司", "总行")
#: What a body has somewhere, named after where and 的 (位于苏州工业园区的|生产基地,
#: 位于西九龙的|国际商业中心): the place is the facility's, not the body's seat.
_FACILITIES_AFTER_DE = ("基地", "厂", "中心", "园区", "项目", "电站", "门店", "仓库", "实验室", "生产线")
#: What a body has built or runs somewhere, named between it and 位于 (华为云|贵安数据中心|位于,
#: 腾讯|西部云计算数据中心|位于): the place is the facility's, not the body's.
_FACILITIES = ("数据中心", "计算中心", "算力中心", "研发中心", "基地", "工厂", "园区", "产业园", "项目", "厂区", "电站")
#: Only when, and 在, between a body and 位于 (华为公司|当天在|位于深圳的总部).
_WHEN_AND_AT = re.compile(r"\s*(?:(?:当天|今天|今日|日前|近日|昨天|昨日|\d{1,2}日|上午|下午|将|正|也|还)\s*)*在?\s*")
#: Words of a trip still to come or only planned anywhere before the verb in its clause
#: (明日将率团前往深圳, 拟于下月前往新加坡, 准备下周前往上海).
_TRIP_TO_COME = re.compile("|".join((*_PLANNING_WORDS, "将", "预计", "明日", "明天", "下周", "下月", "来年")))
#: What ends the sentence of a trip to a place (前往深圳。), which the trip alone makes a visit.
_SENTENCE_ENDS_AFTER_A_TRIP = frozenset(["。", "；", ";", ""])
#: What joins the places or bodies visited on one trip (赴贵阳市、贵安新区调研).
_VISITED_JOINERS = frozenset(["、", "和", "及", "与", "以及", "，以及", ",以及", "，并"])
#: The verbs by which the names listed before them all take the post after the body (张三、李四已任).
_LIST_TAKING_A_POST = frozenset(["任", "已任", "均任", "出任", "担任", "均担任", "已担任"])
#: 依托 A (建设)的 B: what stands between the host and the laboratory it hosts.
_HOSTED_BY = re.compile(r"^\s*(?:(?:建设|组建|建立|设立|共建|运行)\s*)?的\s*$")
#: B 隶属于 A: B is part of A.
_BELONGS_TO = re.compile(r"^\s*(?:隶属于|隶属|归属于|从属于|整体并入|并入|整体划入|划入)\s*$")
#: A 下属的 B, A 旗下 B, A 全资子公司 B, A 所属 B: B is part of A (but not 所属的: 企业所属的
#: 集团 reads the other way).
_SUBORDINATE_BETWEEN = re.compile(
    # (中国交通建设股份有限公司（中国交建）|下属: after the short form in brackets; 及其下属的;
    # 旗下上市公司, 下属企业)
    # (旗下有|拥有 A、B 等子公司: the companies it has)
    # (each optional part with its own spaces after it: see _JOIN)
    # (下设 A、B: the units it sets below it; 旗下子公司包括 A、B: the kind, then 包括)
    r"^\s*(?:[）)]\s*)?(?:(?:及其|其)\s*)?(?:的\s*)?(?:(?:(?:下属|直属|旗下)\s*(?:(?:有|拥有|设有|包括)\s*)?(?:的\s*)?"
    r"(?:(?:(?:全资|控股|上市)?子公司|分公司|上市公司|企业|单位)\s*(?:(?:包括|有)\s*)?)?"
    r"|(?:(?:全资|控股)?子公司|分公司)\s*)(?:的\s*)?|所属\s*|下设\s*)$"
)
#: B 由 A 管理, B（…），由 A 归口管理: B is part of A (the body that manages it).
_BY_ALONE = re.compile(r"^\s*(?:[，,][^，,。；;]{0,16}[，,])?\s*由\s*$")
_MANAGED = re.compile(r"^\s*(?:归口|统一|负责)?管理(?:[，,。；;]|$)")
#: B 由 A 履行出资人职责: A holds B for the state (a state-owned company and its owner).
_HOLDING_FOR_THE_STATE = re.compile(r"^\s*(?:代表\S{0,6}?)?履行出资人职责")
#: B 是 A 的直属海关, B 为 A 的全资子公司, B，为 A 直属事业单位: B is part of A.
_IS = re.compile(
    # (中车株洲电力机车有限公司位于湖南省株洲市，是…的全资子公司: where it is, then what)
    r"^\s*(?:(?:位于|地处|坐落于|总部位于|成立于|始建于|组建于)[^，,。；;]{0,24}[，,])?"
    r"\s*[，,]?\s*(?:是|为|系|(?:正式|已|已经)?成为)\s*$"
)
_SUBORDINATE_AFTER = re.compile(
    # (（中国电子）下属企业: the body's short form in brackets first)
    r"^\s*(?:（[^（）]{1,12}）)?\s*的?\s*(?:下属|直属|旗下|派出|内设|二级)"
    r"|^\s*(?:（[^（）]{1,12}）)?\s*的\s*(?:全资|控股)?\s*(?:子公司|分公司|分支机构)"
    # (成为中材国际全资子公司: without 的 before the kind of share)
    r"|^\s*(?:全资|控股)\s*子公司"
    # 苏州市数据局为市政府工作部门: a department of the government
    r"|^\s*的?\s*(?:工作部门|组成部门|直属机构|部门管理机构|派出机构)"
    # 河南省大数据中心是…管理局所属公益一类事业单位: a unit it runs
    r"|^\s*的?\s*所属的?[^，,。；;]{0,8}?(?:事业单位|单位|企业|公司|机构)"
)
#: Words of a career told, by which a post was taken (2015年8月起任…副行长, 后任, 调任).
_CAREER_POST = re.compile("起任|起担任|后任|调任|历任")
#: A post taken again (再次出任总理), held now though held before too.
_TAKEN_AGAIN = re.compile("再次|重新|再度|又一次")
#: Verbs of hearing or meeting an official named after them with the title of their own body
#: (听取县长徐榛蔚简报, 会见市长), no qualifier of the title.
_MEETING_AN_OFFICIAL = ("听取", "会见", "看望", "慰问", "接见", "宴请", "会晤", "致电", "致信")
#: 其董事长兼首席执行官为: titles opening a clause, then 为 before the name of who holds them.
#: The words of a penalty in a sentence whose officers held posts then (被罚款, 警告).
_PENALTY_WORDS = re.compile("罚款|处罚|警告|处分|谴责|禁入|禁止|监管措施|责令|批评")
#: 时任 and the titles of posts held then, before a name opening a clause (时任董事长陈萍).
_TITLES_HELD_THEN = re.compile(r"\s*对?\s*时任(?P<titles>[^\s，,。；;、为]{2,16}?)\s*")
_TITLES_ARE = re.compile(r"\s*(?P<prefix>其|的|公司|该公司|该行|该集团)?\s*(?P<titles>[^\s，,。；;、为]{2,20})\s*为\s*")
#: What the clause opening a sentence says when its body finds, approves or judges something
#: about another (中国证监会查明，该公司董事长为…, 民政部批准成立…，其会长为…).
#: What a clause says when its body speaks of, or acts on, another (发布消息, 暂停其股份买卖),
#: and the words opening a clause about that other body (涉事公司, 该公司).
_SPEAKING_OF_ANOTHER = re.compile("发布|消息|表示|宣布|获悉|称|通报|公告|报道|介绍|立案|调查|暂停|处罚|罚款|约谈")
_ANOTHER_BODY_OPENING = re.compile(r"\s*(?:涉事|该|相关|上述|当事)")
_REPORTING_ON_ANOTHER = re.compile("查明|通报|批准|批复|审理|认定")
#: 冯文生任董事长, 李伟任党委副书记、总经理: a name's clause taking posts (see
#: posts_taken_in_a_clause); 董事长由朱华荣担任: posts, 由, the name, 担任.
_TAKES_POSTS = re.compile(r"\s*(?:任|担任|出任)\s*(?P<titles>[^\s，,。；;为由]{2,30})\s*")
_POSTS_HELD_BY = re.compile(r"(?:新集团|新公司|集团|公司|其)?(?P<titles>[^\s，,。；;为由]{2,30})\s*由\s*$")
#: What a clause says of the body opening it when the body is set up (…成立, …揭牌, 正式挂牌).
_SET_UP_CLAUSE = re.compile(
    r"\s*(?:(?:今天|今日|日前|近日|正式|于|在[\u4e00-\u9fff]{2,6}|\d{4}\s*年|\d{1,2}\s*月|\d{1,2}\s*日)\s*)*"
    r"(?:揭牌|挂牌)?(?:成立|揭牌|挂牌|组建|重组成立)(?:大会)?\s*"
)
#: What a company opening a sentence says when it announces its own appointments.
_ANNOUNCING = re.compile(r"\s*(?:(?:今天|今日|日前|近日)\s*)?(?:发布公告|公告称|发布消息|宣布|公告)\s*")
#: What follows a name given after 为: the end of its clause or a list's next item.
_AFTER_A_NAME_GIVEN = frozenset("。，,；;、！？!?")
#: B 的控股股东为 A: A holds a controlling share of B, which is part of it.
_CONTROLLED_BY = re.compile(r"^\s*(?:的\s*)?控股股东\s*(?:为|是|系)\s*$")
#: A 成为 B 控股股东, A 是 B 的控股股东: the same, the holder named first; 控股股东 ends the
#: clause (not A 为 B 的控股股东提供担保, for whom A provides).
_CONTROLLING_AFTER = re.compile(r"^\s*的?\s*控股股东\s*(?:[，,。；;]|后|之后|以来|$)")
#: What a body named last, after 控股股东为, does when 为 means "for" (…的控股股东为中国平安提供担保).
_PROVIDING = re.compile(r"^\s*(?:提供|支付|出具|承担|偿还|代偿|垫付)")
#: Verbs whose object is the body named after them (取代 B 成为…控股股东: B is replaced).
_REPLACING = ("取代", "接替", "替代")
#: The words of a byline before its people's names (（记者 刘恺 黄河）, （通讯员 张三）).
_BYLINE_WORDS = re.compile(r"记者|通讯员|摄影|实习生")
_CLAUSE_BREAK = re.compile(r"[，,；;。！？!?：:\n]")
#: A press conference or briefing (新闻发布会, 例行记者会, 吹风会).
_BRIEFING = re.compile(r"发布会|记者会|记者招待会|吹风会")
_NOT_A_SUBJECT = re.compile(r"(?:据|向|对|给|为|跟|从|在|于|自|来自|关于|针对|通过)\s*$")
_DRAFTED_DOCUMENT = re.compile(
    r"(?:制订|制定|编制|起草|编写|编撰|撰写|发布|出台|印发)的"
    r"([^，,。；;、：:！？!?\s“”‘’《》()（）]{2,24}?(?:标准|规范|指南|白皮书|报告|条例|办法|规划|纲要|指引|方案))"
)
_DOCUMENT_KINDS = (
    ("白皮书", "WhitePaper"),
    ("标准", "Standard"),
    ("规范", "Standard"),
    ("报告", "Report"),
    ("条例", "Regulation"),
    ("办法", "Regulation"),
)
#: The kind of body written between its country and its name (芯片巨头, 人工智能研究公司,
#: 初创企业): a field of a few characters and a word for a company or institution.
_KIND_OF_BODY = re.compile(r"[\u4e00-\u9fff]{0,8}(?:公司|企业|巨头|厂商|制造商|运营商|车企|药企|机构|智库|媒体|银行)")
#: What ends a clause right after a name (赵明路。, 龚旗煌，).
_TERMINAL_PUNCTUATION = frozenset("。，,；;！？!?")
#: 原部长, 前局长, 原工业和信息化部部长, 时任董事长 (then, when what is told happened): a role held before, not now.
_FORMER = FORMER_WORDS
#: 时任重庆农商行渝北支行行长刘德华: 时任 before the names of the body (and its place) whose
#: post follows, with no clause break between.
#: 对公司及|董事长梁斐, 对公司及原|董事长林印孙, 对公司|董事长: the company acted on, named by
#: its kind, and its officer.
_THE_COMPANY_ACTED_ON = re.compile(r"(?:该|上述)?公司(?:及其?|和|以及)?(?:原|时任)?")
#: 及 or 和 before 时任 or 原 after a body acted on (对A公司及时任董事长): the body's officer then.
_AND_BEFORE_THEN = re.compile(r"^(?:及其?|以及|和)(?=时任|原)")
#: (not 同时任命…为: "at the same time appoint")
_THEN_HELD_AT = re.compile(r"(?<!同)时任(?!命)[^，,。；;：:、\s]{0,16}$")
#: 原, opening a list of posts (ending no word: 太原, 中原, 草原, 还原), then the posts
#: listed with 、, none said to be held now (现任, 时任, 新任).
_FORMER_POSTS_LISTED = re.compile(r"(?<![太中草高平还复燎荒雪九五])原(?:[^，,。；;：:、现时新]{2,30}、)+$")
#: The same, the longest first, to cut from a title (原任 before 原).
_FORMER_LONGEST_FIRST = tuple(sorted(_FORMER, key=len, reverse=True))


def _former_prefix(title: str) -> str:
    """The word of a post held before that ``title`` begins with (原, 前任), or "".

    >>> _former_prefix("原副市长"), _former_prefix("前任局长"), _former_prefix("副市长")
    ('原', '前任', '')
    """
    return next((word for word in _FORMER_LONGEST_FIRST if title.startswith(word)), "")


#: Words of a time before, which before 任, 担任 or 出任 (an adverb between) say a post held then.
_EARLIER = frozenset(["此前", "先前", "之前"])
#: 曾担任, 曾经是: a role held once.
_ONCE = frozenset({"曾", "曾经", "曾任", "历任", "利用担任", "利用其担任"})
#: Forms of address, not positions: 陆曦同志, 王广亚先生.
_HONORIFICS = frozenset({"先生", "女士", "同志", "小姐", "夫人"})
#: Words before a title that qualify who holds it, not the office: 新总统, 女发言人, 现任
#: 部长; 波尔多市与该市市长朱佩 (the place's, said again).
_TITLE_QUALIFIER = re.compile(r"(?:与|和)?(?:该|本)[市省县区国州]|新任|现任|新|女|男")
#: 新华社北京5月5日电, 新华社讯: the agency a report comes from, then the report.
_DATELINE = re.compile(
    r"^\s*\x00*\s*(?:(?:[\d一二三四五六七八九十〇○]+\s*年)?\s*(?:[\d一二三四五六七八九十〇○]+\s*月)?"
    r"\s*[\d一二三四五六七八九十〇○]+\s*日\s*[电讯]|讯)"
)
#: Titles of those who file a news agency's reports (新华社北京3月5日电记者王伟).
_REPORTING_TITLES = ("记者", "通讯员")
#: Words that qualify a title after another title listed (党组书记、常务副主任; 董事长、
#: 党组书记).
_TITLE_QUALIFIERS = frozenset(
    {"常务", "执行", "轮值", "专职", "首席", "名誉", "荣誉", "代理", "驻会", "联席", "党组", "党委", "党工委"}
)
#: How the names of the bodies a general secretary (总书记) heads end: a party's central
#: committee, or the party (中共中央, 越共中央, 中国共产党中央委员会, 非国大).
_PARTY_CENTRES = ("中央", "中央委员会", "党", "非国大", "非洲人国民大会")
#: 本报记者, 本报杭州11月30日电（记者, 本报讯（通讯员 苏政 记者: a reporter of the paper the article
#: appeared in, which the article names at its end (（浙江日报）).
_OWN_PAPERS_REPORTER = re.compile(
    r"本报(?:[^\s，。；：（）()]{0,14}?(?:电|讯))?[ \t\u3000]*[（(]?[ \t\u3000]*"
    # （通讯员 苏政 记者 李明）: the byline's other reporters before the title
    r"(?:(?:记者|通讯员)(?:[ \t\u3000]+[\u4e00-\u9fff]{1,4})+[ \t\u3000]+)?(?:特约|首席)?"
    r"(?P<title>记者|通讯员)[ \t\u3000]*$"
)
#: 合肥12月4日电（记者 徐海涛）, 武汉讯（记者 张晖）: a dateline of a place (and a date) opening a
#: paragraph, then the byline: a reporter of the outlet the article ends with.
_DATELINE_REPORTER = re.compile(
    r"(?<![^\n])[ \t\u3000]*[\u4e00-\u9fff]{2,8}?\s*(?:[\d一二三四五六七八九十]+\s*月\s*[\d一二三四五六七八九十]+\s*日)?"
    r"\s*(?:电|讯)[ \t\u3000]*[（(][ \t\u3000]*"
    r"(?:(?:记者|通讯员)(?:[ \t\u3000]+[\u4e00-\u9fff]{1,4})+[ \t\u3000]+)?(?:特约|首席)?"
    r"(?P<title>记者|通讯员)[ \t\u3000]*$"
)
#: （记者 孙奕）, （记者 孙奕 王卓伦）: a byline in brackets, before its first name; and what
#: may follow a name of it to the paragraph's end (the other names, the bracket's close).
_BRACKETED_BYLINE = re.compile(
    r"[（(][ \t\u3000]*(?:(?:记者|通讯员)(?:[ \t\u3000]+[\u4e00-\u9fff]{1,4})+[ \t\u3000]+)?(?:特约|首席)?"
    r"(?P<title>记者|通讯员)[ \t\u3000]*$"
)
_CLOSES_THE_PARAGRAPH = re.compile(r"[\u4e00-\u9fff \t\u3000、]{1,20}[）)][ \t\u3000]*(?:\n|$)")
#: A government head's title of a level alone, opening a clause (，省长|施小琳): the
#: head of the article's province, city or county.
_LEVEL_HEAD = re.compile(
    # (会议由|省长王忠林主持, 书记张三与|省长李四: after 由 or a conjunction as after a comma)
    # (代市长王合生, 代理省长: acting head)
    r"(?:^|[，,。；;、：:\s由与和及同])(?P<title>(?:代理?)?(?:常务)?副?(?P<level>[省市县区州盟旗])长|(?P<region>自治区)(?:代理?)?(?:常务)?副?主席)$"
)
#: The chairman of an autonomous region heads its people's government (自治区主席).
_REGION_HEADS = ("主席", "副主席", "常务副主席")
#: Titles of the head of a local government: 市长 at 北京市 → 北京市人民政府.
_GOVERNMENT_HEADS = frozenset(
    {
        "省长",
        "副省长",
        "市长",
        "副市长",
        "区长",
        "副区长",
        "县长",
        "副县长",
        "州长",
        "副州长",
        "盟长",
        "副盟长",
        "旗长",
        "副旗长",
        "镇长",
        "副镇长",
        "乡长",
        "副乡长",
        "行政长官",
        # 大阪府知事, 京畿道知事: the governor of a Japanese prefecture or a Korean province
        "知事",
        "副知事",
    }
)


#: Levels and kinds written alone before a committee (自治区党委, 省委, 校党委), naming no body.
_LEVELS_NAMED_ALONE = frozenset(["自治区", "省", "市", "县", "区", "州", "盟", "旗", "校", "院"])
#: How the names of government departments and bureaus end (综合司, 发展局, 公安厅, 刑侦处, 卫生署).
_DEPARTMENT_ENDINGS = frozenset("司局厅处署")
#: The levels of places whose head's title is the level and 长 (县长, 旗长, 州长).
_LEVELS_HEADED_BY_A_ZHANG = frozenset("省市县区旗州盟乡镇")
#: The last characters of names of places above towns written in full with their level
#: (长沙县, 江苏省), before a body's field that begins with 乡 or 镇.
_LEVEL_ENDINGS_OF_PLACES = _LEVELS_HEADED_BY_A_ZHANG - frozenset("乡镇")
#: How the names of provinces and regions of that level end.
_PROVINCE_ENDINGS = ("省", "自治区", "特别行政区")


def _government_level(title: str) -> str:
    """The character naming the level of the government whose head ``title`` names: 省 for
    常务副省长, 市 for 代市长, 州 for 州长."""
    return title.removeprefix("常务").removeprefix("代理").removeprefix("代").removeprefix("副")[:1]


def _of_the_level(place: GazetteerEntry | None, title: str) -> bool:
    """Whether ``place`` is a Chinese place of the level whose government's head ``title``
    names, or no Chinese place at all (a foreign place's or none: nothing to say)."""
    level = _government_level(title)
    return place is None or not place.key.startswith("cn-") or level not in "省市县区州" or place.label.endswith(level)


def _heads_a_government(title: str) -> bool:
    """Whether ``title`` is a local government's head's or deputy's, held in full, as the
    executive deputy (常务副省长) or acting (代市长, 代理市长)."""
    return title.removeprefix("常务").removeprefix("代理").removeprefix("代") in _GOVERNMENT_HEADS


#: A country's ministers by their short titles, and the ministries they head: 外长 of
#: 巴西 → 巴西外交部, 国务卿 of 美国 → 美国国务院 (the Department of State).
_MINISTRIES_OF_SHORT_TITLES = {
    "外长": "外交部",
    "副外长": "外交部",
    "防长": "国防部",
    "财长": "财政部",
    "国务卿": "国务院",
    "副国务卿": "国务院",
    # 英国外相, 日本防相 (Japan's and North Korea's ministries are 省, see _MINISTRIES_CALLED_SHENG)
    "外相": "外交部",
    "防相": "国防部",
    # 泰国总理府部长: Thailand's minister of the Prime Minister's Office
    "总理府部长": "总理府",
}
#: The ministries of the countries whose ministries are 省 (see kg.extract.COUNTRIES_OF_SHENG),
#: by the name another country's would have: 日本外交部 is 日本外务省, 朝鲜国防部 朝鲜国防省.
_MINISTRIES_CALLED_SHENG = {
    ("日本", "外交部"): "外务省",
    ("日本", "国防部"): "防卫省",
    ("朝鲜", "外交部"): "外务省",
    ("朝鲜", "国防部"): "国防省",
}
#: Titles of the heads of a national government and of state: 总统 of 美国 → 美国政府, 国王
#: of 巴林 → 巴林政府.
_STATE_HEADS = frozenset(
    {"总统", "副总统", "总理", "副总理", "首相", "国王", "女王", "王储", "埃米尔", "国家主席", "国家副主席"}
)
#: A minister of state, a member of the government heading no ministry (阿联酋国务部长).
_MINISTERS_OF_STATE = frozenset({"国务部长", "国务大臣"})
#: How the names of governments end, whose heads the heads of state are (国务院 is China's).
_GOVERNMENTS = ("政府", "国务院", "内阁")
#: Last characters of a department's name written before its head's title (宣传部|部长,
#: 办公厅|主任, 刑事审判第二庭|庭长).
_UNIT_ENDINGS = frozenset("部办委局处室司厅庭")
#: How the names of units end whose head's title the rules read with the unit as one
#: (医学部主任, 科技司司长), and the boards whose chair's title is one (董事局主席).
_UNIT_ENDINGS_OF_HEADS = frozenset("部司处局厅室庭系")
_BOARDS = ("董事局", "董事会", "监事会", "理事会", "总部", "党委", "党组")
#: Common words that end as units' names do, but name none (依法查处|演员, 全部, 当局, 公司).
_WORDS_ENDING_LIKE_UNITS = (
    "查处", "处理", "惩处", "判处", "论处", "之处", "到处", "各处", "相处", "好处", "全部", "内部", "外部",
    "局部", "干部", "本部", "东部", "西部", "南部", "北部", "中部", "布局", "格局", "当局", "结局", "公司",
    "上司", "餐厅", "大厅", "客厅", "关系", "体系", "联系", "派系", "家庭", "法庭", "俱乐部",
)  # fmt: skip
#: How the names of a university's schools, institutes and hospitals end (医学院, 物理系).
_UNITS_OF_A_UNIVERSITY = ("学院", "研究院", "研究所", "系", "医院", "书院", "学部")
#: The committees villagers and residents elect (村委会, 居委会), beside the village's or
#: community's Party committee.
_SELF_GOVERNING_COMMITTEES = frozenset(["村委会", "居委会", "村民委员会", "居民委员会"])
#: Last characters of the bodies whose head's title may be the body's name and 长 (财政部长,
#: 公安局长, 卫生厅长): ministries, bureaux, commissions, administrations and departments.
_HEADED_BY_ITS_NAME = frozenset("部局委署厅")
#: A country's minister by the field of the ministry (紧急情况|部长, 数码发展及新闻|部长).
_FOREIGN_MINISTER = re.compile(r"(?P<field>[\u4e00-\u9fff]{2,10}?)(?:部(?P<deputy>副|代理)?部长|部长)")
_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")
#: Dashes that join two parties in a name (中国—东盟, 中国-中亚).
_DASHES = ("—", "－", "-", "–")
#: What joins two bodies named at the start of a third's name (浙江大学—阿里巴巴联合研究
#: 中心, 华为与中国移动联合创新中心): the joint unit of both.
_JOINING_TWO_BODIES = frozenset(_DASHES) | {"与", "和"}
#: Heads of a school, institute, court, company, ministry or bank, whose post belongs to
#: the unit and not to its Party committee or group (复旦大学党委书记、校长; 应急管理部党委
#: 书记、部长; 国家发展改革委党组书记、主任).
_HEADS_OF_UNITS = frozenset(
    {
        *("校长", "院长", "所长", "董事长", "总经理", "局长", "部长", "署长", "主任", "行长", "社长", "台长"),
        *("副校长", "副院长", "副所长", "副董事长", "副总经理", "副局长", "副部长", "副署长", "副主任", "副行长"),
        *("厅长", "副厅长", "司长", "副司长", "关长", "副关长"),
        # 证监会党委书记、主席, 全国总工会党组书记、主席: the chairman of the body, not of its committee
        *("主席", "副主席"),
        *("总编辑", "副总编辑", "总裁", "副总裁", "会长", "副会长", "理事长", "副理事长", "馆长", "副馆长"),
        # 国家消防救援局党委书记、政治委员: the political commissar of a fire and rescue or
        # armed unit, beside its commander
        *("政治委员", "副政治委员", "政委", "副政委", "总队长", "副总队长", "支队长", "副支队长"),
    }
)
_BODIES_IN_TITLES = ("市委", "省委", "县委", "区委", "州委", "党委", "市政府", "省政府", "县政府")
#: Institutions the extractor reads as places, as People's Daily tags them (故宫博物院,
#: 上海图书馆), whose heads hold their posts at the institution; and those heads' titles.
_INSTITUTIONS_NAMED_AS_PLACES = (
    "博物馆",
    "博物院",
    "图书馆",
    "美术馆",
    "纪念馆",
    "科技馆",
    "档案馆",
    "文化馆",
    "艺术馆",
)
_HEADS_OF_INSTITUTIONS = frozenset(["馆长", "院长", "主任", "党委书记", "书记"])
#: A diplomat's title after 驻 and the host (or after 常驻 and the international body),
#: and the kind of mission it names: an embassy (中国驻柬埔寨大使馆), a consulate general
#: (中国驻纽约总领事馆), a permanent mission (中国常驻联合国代表团).
#: A head of government or state taking office, right after the name (为首相, 当选总统,
#: 宣誓就任总理), the title ending the clause.
_STATE_OFFICE_TAKEN = re.compile(
    r"\s*(?:（[^（）]{1,8}）)?\s*(?:随后|正式|再次)?\s*(?P<verb>为|宣誓就任|就任|出任|当选为|当选|连任|接任)"
    r"\s*(?:新一?任|新|第[\d一二三四五六七八九十]+任)?\s*(?P<title>总统|副总统|总理|副总理|首相|国家元首)\s*(?:[，,。；;、]|$)"
)
#: Verbs that appoint or elect, before the name of the one appointed to a state's office.
_APPOINTING_OR_ELECTING = re.compile(_NOT_ASKED_FOR + r"(?:任命|选举|推选|选出|提名并任命)")
#: How the names of bodies of their own end, which a title listed after another body's
#: name may be at (CBA公司总经理, 某某集团董事长), not a unit of that body.
_OTHER_BODIES_ENDINGS = ("公司", "集团", "协会", "基金会", "联盟", "俱乐部", "大学", "银行")
#: The titles of a body's representative in a country (驻华代表, 驻华首席代表).
_REPRESENTATIVES = frozenset({"代表", "首席代表", "副代表", "国别代表", "总代表"})
#: Words of a post's term before 驻 (中国新任驻英国大使, 首任驻南苏丹大使): the post is held now.
_NEW_IN_POST = ("新任", "首任", "现任")
_MISSIONS_OF_TITLES = {
    **{
        (False, title): "大使馆" for title in ("大使", "特命全权大使", "临时代办", "公使", "公使衔参赞", "参赞", "武官")
    },
    **{(False, title): "总领事馆" for title in ("总领事", "副总领事", "领事")},
    **{(True, title): "代表团" for title in ("代表", "副代表", "大使")},
    # 巴勒斯坦常驻联合国观察员: the observer state's mission (观察员代表团)
    (True, "观察员"): "观察员代表团",
}
#: Titles that only one body has, named by the title alone: State Councillor (国务委员),
#: and the President and Vice President of China (国家主席), the state's offices, held in
#: the government kg names for a country's head of state (美国总统 → 美国政府).
#: China's Party and state bodies at the head of the gazetteer's chains of parents.
_CHINESE_PARTY_AND_STATE = frozenset(["org-cpc", "org-state-council", "org-npc", "org-cppcc", "org-cmc"])
#: A kind of body written before the titles that open a clause, which says whose they are
#: (法院|审判长、副院长刘言浩).
_KIND_WRITTEN_BEFORE_TITLES = re.compile(
    "(法院|检察院|医院|研究院|设计院|科学院|大学|学院)(?=[\u4e00-\u9fff]{1,8}[、，]?)"
)
#: What follows a place or body named for its visitors (南京市党政代表团, 香港中华总商会访问团).
_VISITORS_AFTER = re.compile(r"(?:党政)?(?:代表团|访问团|考察团|参访团|交流团)|[^，,。；;]{0,8}?一行")
#: What before a head's title says the head is not the one now (副, 前, 原, 首任, 候任, 时任, 第五任).
_NOT_THE_HEAD_NOW = re.compile("(?:副|前|原|首任|候任|时任|前任|原任|历任|曾任|第[一二三四五六七八九十]+任)$")
#: The head of a special administrative region's government (行政长官, 特首).
_HEADS_OF_A_SAR = ("行政长官", "特首")
_TITLES_OF_ONE_BODY = {"国务委员": "国务院", "国家主席": "中国政府", "国家副主席": "中国政府"}
#: 国务委员兼|外交部长王毅: such an office right before the body of another post.
_OFFICE_OF_ONE_BODY_BEFORE = re.compile(r"(?<![副])(?P<title>国务委员|国家副主席|国家主席)\s*[兼、]\s*$")
_MASK = "\x00"
#: What opens a note in brackets that gives another name of the body before it
#: (（以下简称“省数据局”）, （证券代码：300187，证券简称：永清环保）, （英文名：…）).
_ALIAS_NOTE_OPENING = re.compile(
    r"(?:以下简称|以下称|下称|简称|英文名称?|英文简称|外文名|证券代码|股票代码|证券简称|股票简称)"
)
#: What else an alias note may hold besides the body's other names: quotes, commas,
#: colons, Latin letters, digits and spaces (（寒武纪，Cambricon）).
_ALIAS_NOTE_REST = re.compile(r"[\s\x00“”\"‘’'「」『』，,、：:;；/&.·\-A-Za-z0-9]*")
#: X由A指导，: the clause before those who set X up, naming who guides it (ends the text).
_GUIDED_BY = re.compile(f"由\\s*{_MASK}+\\s*(?:指导|主管|牵头|批准|支持|推动|统筹)\\s*[，,]$")
#: 华中科技大学|校长|尤政|与|华为: a title, the head's name (blanked out), then 与.
_HEAD_THEN_WITH = re.compile(
    f"^\\s*([^\\s{_MASK}，,。；;、：:]{{1,8}}?)\\s*{_MASK}+\\s*"
    # (局长吴盛海表示，将与…合作: the head says the body will)
    "(?:(?:表示|说|介绍|透露|称)\\s*[，,：:]?\\s*(?:将|已|已经|正|也|还|计划|准备|拟|愿|愿意|要)*"
    "\\s*(?:进一步|继续|加强|深化|持续)*\\s*)?(?:与|同|跟)\\s*$"
)
#: Words that deny the verb after them (国务院未批准, 合作而非竞争) or make it a wish or a
#: doubt (应当利用, 是否批准): the sentence states no fact of the subject. Whole jieba
#: words, so 不断, 未来 and 非常 do not count.
_NOT_STATED = frozenset(
    {
        "不", "未", "没", "没有", "并未", "尚未", "从未", "未曾", "未能", "并非", "非", "无法",
        "不再", "不会", "不能", "不得", "不予", "拒绝", "否认", "停止", "暂停", "放弃",
        "应当", "应该", "应", "必须", "须", "需要", "亟需", "亟须", "可能", "是否",
    }
)  # fmt: skip
#: Prepositions whose object a list of bodies is (向清华大学、北京大学开放, 给A、B颁发), and
#: what makes the list the subject of a clause of 的 that the preposition's object holds
#: (向清华大学、北京大学合作研发的团队: they did work together).
_PREPOSITIONS_BEFORE_AN_OBJECT = ("向", "给", "面向", "替")
#: 与, a body and the words for its units, before those units (与医管局辖下|玛丽医院).
_UNITS_AFTER_WITH = re.compile(
    r"(?:(?<![参给共协])[与跟]|(?<![共协])同(?![属期比]))[^，,。；;、与]{1,12}?(?:辖下|旗下|下属|所属)的?\s*$"
)
#: What regulators do together to the list after 对 (对A、B开展联合约谈, 进行集中检查).
_JOINT_ACTION_ON = re.compile(
    r"\s*(?:等[^，。；]{0,8}?)?(?:开展|进行|实施)?(?:联合|集体|集中)(?:约谈|检查|督查|执法|调查|整治|审查)"
)
_JOINT_CLAUSE_OF_DE = re.compile(r"(?:等[^，。；]{0,8}?)?(?:联合|共同|合作|携手)[\u4e00-\u9fff]{0,6}?的")
#: Verbs that ask someone to do what follows (要求各地利用, 委托研究院编制): the one
#: asked is not said to have done it, and the one asking does not do it.
_REQUESTS = frozenset(
    {
        "要求", "鼓励", "支持", "引导", "督促", "号召", "呼吁", "建议", "帮助", "协助",
        "允许", "禁止", "动员", "倡导", "敦促", "责令", "指导", "委托", "请", "邀请",
    }
)  # fmt: skip
#: ... of them, those that ask or order what is not yet done (建议工业和信息化部联合财政部设立…,
#: 责令A联合B限期整改),
#: unlike 指导 or 支持, after which bodies are often said to act together (教育部指导A联合B发布).
_ASKED_NOT_DONE = frozenset(
    {"建议", "要求", "鼓励", "号召", "呼吁", "倡导", "敦促", "请", "倡议", "责令", "禁止", "督促", "动员"}
)


#: A proposal before the parties (委员建议，推动武汉市与宜昌市共建…, 建议由国家网信办牵头，
#: 会同…): what is proposed is not said to be done. Not someone's proposal taken (根据…的建议,
#: 采纳建议, 在专家建议下, 意见建议), nor 建议书 or 建议稿.
_PROPOSAL = re.compile(r"(?<![的据照纳取到见《“”])(?:建议|提议|倡议|呼吁|建言)(?![下中后书稿权件条案》”的和])")
#: Words before a proposal in its clause that make it one taken or counted, no proposal
#: made (根据全国人大代表建议, 经市政协提议, 为落实委员建议, 办理代表建议326件, 合理化建议).
_PROPOSAL_TAKEN = re.compile("根据|按照|依照|经|应|落实|采纳|听取|针对|办理|吸收|结合|合理化|提出|收到|征集")

#: 参与起草的《办法》: one who takes part in drafting is not said to be its author.
_TAKING_PART = frozenset({"参与", "参加"})


def _gap_words(gap: str) -> list[str]:
    """The words of the text ``gap`` between two names (names blanked out), by jieba."""
    return [word for part in gap.split(_MASK) if part.strip() for word in rjieba.cut(part.strip())]


def _stated(words: list[str]) -> bool:
    """Whether the words between a subject and its verb leave the verb stated of the
    subject: no denial, wish or doubt (:data:`_NOT_STATED`) and no request to someone
    else (:data:`_REQUESTS`) among them."""
    return not any(word in _NOT_STATED or word in _REQUESTS for word in words)


def _states(gap: str) -> bool:
    """:func:`_stated` of the words of ``gap``."""
    return _stated(_gap_words(gap))


def _acting_gap(gap: str) -> bool:
    """Whether ``gap`` may stand between a place and the verb it does: adverbs only
    (率先运用), or adverbs, one verb and 的是 (还在重点推动的是利用)."""
    if _PLACE_ACTOR_GAP.match(gap):
        return True
    cleft = _PSEUDO_CLEFT.match(gap)
    if cleft is None:
        return False
    *adverbs, (_, last) = rjieba.tag(cleft.group(1))
    return last == "v" and bool(_PLACE_ACTOR_GAP.match("".join(word for word, _ in adverbs)))


class _Facts:
    """Collects typed relations, merging repeated ones and their evidence."""

    def __init__(self) -> None:
        # Each fact's evidence in the order found, as the keys of a dict: a fact stated
        # in a thousand sentences is checked for a repeat in constant time.
        self.found: dict[tuple[str, str, str, str | None], dict[Evidence, None]] = defaultdict(dict)

    def add(self, subject: str, predicate: str, obj: str, evidence: Evidence, detail: str | None = None) -> None:
        if subject != obj:
            self.found[(subject, predicate, obj, detail)].setdefault(evidence, None)

    def take(self, fact: tuple[str, str, str, str | None], sentence_start: int) -> None:
        """Withdraw the evidence of ``fact`` from the sentence starting at ``sentence_start``
        (and the fact, if it had no other)."""
        evidence = self.found[fact]
        for piece in [piece for piece in evidence if piece.start == sentence_start]:
            del evidence[piece]
        if not evidence:
            del self.found[fact]

    def without_posts_held_before(self) -> None:
        """Withdraw a post taken in a career told (roleAt by serves-as) where the article
        says the same person held the same post at the same body before (formerRoleAt):
        昆明市委原副书记、市长王喜良…2019年起任昆明市人民政府市长, a career told up to a
        post that has ended."""
        for (subject, predicate, obj, detail), former in list(self.found.items()):
            if predicate != "formerRoleAt" or (held := self.found.get((subject, "roleAt", obj, detail))) is None:
                continue
            articles = {piece.article for piece in former}
            # (only a career's post taken, not a title before the name, 美国总统特朗普, nor
            # one taken again, 2022年再次出任总理)
            for piece in [
                piece
                for piece in held
                if piece.article in articles
                and (piece.rule == "serves-as" or _CAREER_POST.search(piece.sentence))
                and not _TAKEN_AGAIN.search(piece.sentence)
            ]:
                del held[piece]
            if not held:
                del self.found[(subject, "roleAt", obj, detail)]

    def relations(self) -> list[Relation]:
        return [
            Relation(s, p, o, tuple(evidence), detail)
            for (s, p, o, detail), evidence in sorted(
                self.found.items(), key=lambda item: (item[0][:3], item[0][3] or "")
            )
        ]


#: The relations :meth:`_SentenceFacts.verb_relations` reads: the verb, the predicate,
#: the types of its object and the rule.
_VERB_RELATIONS = (
    (_PUBLISH, "publishes", {"Document"}, "publishes-verb"),
    (_ESTABLISH, "establishes", {"Organization"}, "establishes-verb"),
    (_ORGANIZE, "organizes", {"Event"}, "organizes-verb"),
    (_USE, "uses", {"Technology"}, "uses-verb"),
    (_REGULATE, "regulates", {"Organization", "Place"}, "regulates-verb"),
    # (a person too, named where the one penalised stands: 对公司总经理王建伟处以罚款)
    (_PENALISE, "regulates", {"Organization", "Person"}, "penalises"),
    (_INVESTIGATE, "regulates", {"Person"}, "penalises"),
)


#: What follows an outlet's name in a dateline or a header (【明报专讯】, 新华社北京5月14日电,
#: 【中央社台北电】, 河北新闻网讯 …): a place, a date, then 电 or 讯 (not 【小米集团】, a
#: company's tag).
_DATELINE_AFTER_OUTLET = re.compile(
    r"[\u4e00-\u9fff]{0,8}?(?:\d{1,2}月\d{1,2}日)?(?:电|讯|专讯|消息)\s*[】\]]"
    r"|[\u4e00-\u9fff]{0,8}?\d{1,2}月\d{1,2}日(?:电|讯)"
    r"|讯[ \t\u3000]"
)


#: Words for a kind of town or countryside, which end no township's name (江南水乡, 特色小镇).
_KINDS_OF_TOWNS = frozenset(
    [
        "水乡",
        "家乡",
        "故乡",
        "城乡",
        "老乡",
        "异乡",
        "他乡",
        "侨乡",
        "下乡",
        "小镇",
        "古镇",
        "城镇",
        "乡镇",
        "集镇",
        "重镇",
        "名镇",
    ]
)


def _a_township_found_by_its_kind(entity: Entity) -> bool:
    """Whether ``entity`` is a township or rural township no list names, that the rules
    found by its name's end (杨柳青镇, 坪坝乡), not a kind of town (江南水乡, 特色小镇)."""
    return (
        entity.subtype is None
        and entity.key.startswith("Place:")
        and entity.label[-1] in "镇乡"
        and entity.label[-2:] not in _KINDS_OF_TOWNS
    )


def _is_dateline_outlet(text: str, sentence_at: int, linked: LinkedMention) -> bool:
    """Whether ``linked`` is the outlet opening the sentence beginning at ``sentence_at``
    with its dateline or header."""
    return (
        not text[sentence_at : linked.mention.start].strip(" \u3000【[")
        and _DATELINE_AFTER_OUTLET.match(text, linked.mention.end) is not None
    )


class _SentenceFacts:
    """The patterns of one sentence, over its linked mentions."""

    def __init__(
        self,
        result: DocumentResult,
        sentence: Sentence,
        mentions: list[LinkedMention],
        facts: _Facts,
        gazetteer: Gazetteer,
        outlet: str | None = None,
    ) -> None:
        self.result = result
        self.outlet = outlet
        """The key of the paper the sentence's article appeared in, if the article names it."""
        self.text = result.document.text
        self.sentence = sentence
        self.mentions = sorted(mentions, key=lambda m: (m.mention.start, -m.mention.end))
        self.facts = facts
        self.gazetteer = gazetteer
        self.entities = result.entities
        self.article = self.mentions[0].article if self.mentions else None
        # Cut in slices between the names (mentions are in order), not char by char.
        pieces: list[str] = []
        position = sentence.start
        for linked in self.mentions:
            start, end = max(linked.mention.start, position), min(linked.mention.end, sentence.end)
            if start < end:
                pieces += (self.text[position:start], _MASK * (end - start))
                position = end
        pieces.append(self.text[position : sentence.end])
        masked = "".join(pieces)
        # The patterns look at the mentions and breaks near an offset: they find them by
        # bisection in these lists, so that a sentence of thousands of names (a page
        # without full stops) costs time in proportion to its length, not its square.
        self.starts = [linked.mention.start for linked in self.mentions]
        """The mentions' starts, in order."""
        self.alias_notes: list[tuple[int, int]] = []
        """The document offsets of the brackets of the notes of bodies' other names."""
        if "（" in masked or "(" in masked:
            notes = self._alias_notes(masked)
            self.alias_notes = [(sentence.start + opening, sentence.start + closing) for opening, closing in notes]
            for opening, closing in notes:
                # 中科寒武纪科技股份有限公司（简称寒武纪，Cambricon）与中国移动签署…: the
                # note of the body's other names reads as a space, so that what is said of
                # the body reads on past it (its commas part no clause)
                masked = masked[:opening] + " " * (closing + 1 - opening) + masked[closing + 1 :]

        self.masked = masked
        """The sentence with every entity name blanked out, for finding verbs and breaks
        (and the notes in brackets of a body's other names turned to spaces)."""
        self.reach = list(accumulate((linked.mention.end for linked in self.mentions), max))
        """The furthest end of the mentions up to each one (names may nest)."""
        self.clause_breaks = [sentence.start + match.start() for match in _CLAUSE_BREAK.finditer(self.masked)]
        """The document offsets of the clause breaks outside names."""
        self._of_types: dict[frozenset[str], tuple[list[LinkedMention], list[int]]] = {}
        self._proposals: list[re.Match[str]] | None = None

    def _alias_notes(self, masked: str) -> list[tuple[int, int]]:
        """The notes in brackets right after an organization's name that give its other
        names, as (opening, closing) offsets into ``masked``: one that says so (简称,
        证券代码), or names only the body itself, with quotes, commas and Latin words."""
        notes = []
        base = self.sentence.start
        for linked in self.mentions:
            opening = linked.mention.end - base
            if masked[opening : opening + 1] not in ("（", "(") or self.kind(linked) != "Organization":
                continue
            closing = next(
                (at for at in range(opening + 1, min(opening + 60, len(masked))) if masked[at] in "（(）)"),
                -1,
            )
            if closing < 0 or masked[closing] not in "）)":
                continue
            inside = []
            for index in range(bisect_left(self.starts, opening + base), len(self.mentions)):
                if self.mentions[index].mention.start >= closing + base:
                    break
                inside.append(self.mentions[index])
            if any(m.mention.end > closing + base for m in inside):
                continue  # (a name running past the bracket)
            content = masked[opening + 1 : closing]
            if _ALIAS_NOTE_OPENING.match(content.lstrip("：: ")) is not None or (
                inside
                and all(m.entity_key == linked.entity_key for m in inside)
                and _ALIAS_NOTE_REST.fullmatch(content) is not None
            ):
                notes.append((opening, closing))
        return notes

    # -- helpers -------------------------------------------------------------------
    def sars_government_before(self, previous: LinkedMention | None, title_at: int) -> str | None:
        """The key of the government of the special administrative region written right
        before a head's title at ``title_at`` (香港|特首), or else of the one the article
        names (see :meth:`article_sars_government`)."""
        if previous is not None and self.kind(previous) == "Place" and not self.between(previous.mention.end, title_at):
            label = self.entities[previous.entity_key].label
            region = next((key for key, name in SARS.items() if label.startswith(name)), None)
            if region is not None:
                return self._organization(self.gazetteer.government_label(region), "GovernmentOrganization")
        return self.article_sars_government()

    def article_sars_government(self) -> str | None:
        """The key of the government of the one special administrative region (Hong Kong or
        Macao) this sentence's article names, alone or at the start of a body's name
        (澳门日报, 香港特区政府), or None where it names both or neither."""
        own: set[str] = set()
        delegations: set[str] = set()
        for linked in self.result.mentions:
            if linked.article != self.article:
                continue
            label = self.entities[linked.entity_key].label
            for region, name in SARS.items():
                if not label.startswith(name):
                    continue
                if self.met(linked):
                    continue  # (会见香港贸易发展局主席…: the region of those met)
                (delegations if self.a_delegation(linked) else own).add(region)
        # (a delegation's region only where no other is named: 澳门特区政府代表团一行…，行政长官岑浩辉)
        regions = own or delegations
        if len(regions) != 1:
            return None
        return self._organization(self.gazetteer.government_label(regions.pop()), "GovernmentOrganization")

    def a_visitor(self, linked: LinkedMention) -> bool:
        """Whether ``linked`` names visitors rather than where the article is from: a body
        met (会见香港贸易发展局主席…) or whose delegation comes (香港中华总商会访问团, 南京市
        党政代表团)."""
        return self.a_delegation(linked) or self.met(linked)

    def met(self, linked: LinkedMention) -> bool:
        """Whether ``linked`` is met or welcomed (会见香港贸易发展局主席…)."""
        return self.text[max(0, linked.mention.start - 3) : linked.mention.start].endswith(
            ("会见", "会晤", "接见", "欢迎")
        )

    def a_delegation(self, linked: LinkedMention) -> bool:
        """Whether ``linked`` names a delegation or the body a delegation comes from (南京市党政
        代表团, 澳门特区政府|代表团一行)."""
        return _VISITORS_AFTER.match(self.text, linked.mention.end) is not None or self.entities[
            linked.entity_key
        ].label.endswith(_DELEGATIONS)

    def past_its_note(self, end: int) -> int:
        """Where the words after a body's name ending at ``end`` begin: past the note of
        its other names in brackets, if one follows (中国石油化工集团有限公司（“中国石化
        集团”）|董事长)."""
        return next((closing + 1 for opening, closing in self.alias_notes if opening == end), end)

    def kind(self, linked: LinkedMention) -> str:
        return self.entities[linked.entity_key].type

    def subtype(self, linked: LinkedMention) -> str | None:
        return self.entities[linked.entity_key].subtype

    def evidence(self, rule: str) -> Evidence:
        s = self.sentence
        return Evidence(self.result.document.id, self.article, s.text, s.start, s.end, rule)

    def add(self, subject: str, predicate: str, obj: str, rule: str, detail: str | None = None) -> None:
        self.facts.add(subject, predicate, obj, self.evidence(rule), detail)

    def between(self, start: int, end: int) -> str:
        """The document text from ``start`` to ``end`` with names blanked out."""
        return self.masked[start - self.sentence.start : end - self.sentence.start]

    def in_a_byline(self, person: LinkedMention, offset: int) -> bool:
        """Whether ``person`` is named in a byline in brackets (（记者 刘恺 黄河）) that
        closes before ``offset``."""
        opening = self.text.rfind("（", self.sentence.start, person.mention.start)
        return (
            opening >= 0
            and "）" in self.between(person.mention.end, offset)
            and _BYLINE_WORDS.search(self.text, opening, person.mention.start) is not None
        )

    def breaks(self, start: int, end: int) -> bool:
        """Whether a clause break (，；。：) stands between two offsets, outside names."""
        if start >= end:
            return False
        index = bisect_left(self.clause_breaks, start)
        return index < len(self.clause_breaks) and self.clause_breaks[index] < end

    def last_ending_by(self, offset: int, count: int) -> list[LinkedMention]:
        """The last ``count`` mentions (by start) that end at or before ``offset``, the
        last first."""
        found: list[LinkedMention] = []
        for index in range(bisect_left(self.starts, offset) - 1, -1, -1):
            if self.mentions[index].mention.end <= offset:
                found.append(self.mentions[index])
                if len(found) == count:
                    break
        return found

    def of_types(self, types: set[str]) -> tuple[list[LinkedMention], list[int]]:
        """The mentions of ``types``, in order, and their starts."""
        key = frozenset(types)
        found = self._of_types.get(key)
        if found is None:
            chosen = [linked for linked in self.mentions if self.kind(linked) in types]
            found = self._of_types[key] = (chosen, [linked.mention.start for linked in chosen])
        return found

    def last_of(self, types: set[str], offset: int) -> tuple[list[LinkedMention], int]:
        """The mentions of ``types`` and the index among them of the last to start of
        those that end at or before ``offset`` (-1 when there is none)."""
        mentions, starts = self.of_types(types)
        index = bisect_left(starts, offset) - 1
        while index >= 0 and mentions[index].mention.end > offset:
            index -= 1
        return mentions, index

    def verbs(self, pattern: re.Pattern[str]) -> Iterable[re.Match[str]]:
        """Matches of ``pattern`` outside entity names, with document offsets via ``start()+base``."""
        return pattern.finditer(self.masked)

    def at(self, match: re.Match[str]) -> tuple[int, int]:
        return self.sentence.start + match.start(), self.sentence.start + match.end()

    def subjects_before(self, offset: int, types: set[str]) -> list[LinkedMention]:
        """The subjects of a verb at ``offset``: the nearest mention of ``types`` before it
        in the same clause, with those joined to it by 与/和/、; none when the words between
        deny the verb or do not state it (未印发, 应当利用, 要求各地利用)."""
        candidates, last = self.last_of(types, offset)
        if last < 0 or (
            self.breaks(candidates[last].mention.end, offset)
            and not self.joined_before_a_comma(candidates, last, offset)
        ):
            return []
        nearest = candidates[last]
        if self.in_a_byline(nearest, offset):
            return []  # （记者 刘恺 黄河）俄罗斯…应用…预装: the reporters do not do what the news says
        words = _gap_words(self.between(nearest.mention.end, offset))
        # 参与起草的《办法》: one who only takes part is not said to have done it.
        if not _stated(words) or not _TAKING_PART.isdisjoint(words):
            return []
        before = self.text[max(self.sentence.start, nearest.mention.start - 4) : nearest.mention.start]
        source_acts = before.endswith("据") and _PLACE_ACTOR_GAP.match(self.between(nearest.mention.end, offset))
        if _NOT_A_SUBJECT.search(before) and not before.endswith(("由", "经")) and not source_acts:
            # 据国家统计局发布的数据: the source of a report does what it is said to do.
            return []
        if before.endswith("经") and not _PLACE_ACTOR_GAP.match(self.between(nearest.mention.end, offset)):
            # 经北京市教育局批准，于2015年成立了: the body approved, someone else set up.
            return []
        chosen = [nearest]
        for index in range(last - 1, -1, -1):
            earlier = candidates[index]
            if earlier.mention.end > offset:
                continue
            gap = self.between(earlier.mention.end, chosen[-1].mention.start)
            if earlier.entity_key == chosen[-1].entity_key and gap.strip() in _OPENING_BRACKETS_OR_NONE:
                chosen[-1] = earlier  # 甲骨文（Oracle）均表示: the name before its other name in brackets
                continue
            if (
                index > 0
                and self.text[earlier.mention.start - 1 : earlier.mention.start] in _OPENING_BRACKETS
                and candidates[index - 1].entity_key == earlier.entity_key
                and candidates[index - 1].mention.end == earlier.mention.start - 1
            ):
                continue  # 微软（Microsoft）、谷歌: the gap to the list's next runs from 微软
            if _AND.match(gap) or _JOINT.match(gap) or (len(chosen) == 1 and _WORDS_THEN_WITH.match(gap)):
                chosen.append(earlier)
            else:
                break
        if self.asked(chosen[-1].mention.start):
            return []
        return chosen

    def joined_before_a_comma(self, candidates: list[LinkedMention], last: int, offset: int) -> bool:
        """Whether the mention ``candidates[last]`` is joined to the one before it by 会同 or
        联合 and only a comma stands between it and the verb at ``offset``: in 深圳市委网信办
        会同深圳市市场监督管理局，约谈美团 the two summon, the comma no end of their clause."""
        return (
            last > 0
            and _COMMA_BEFORE_THE_VERB.match(self.between(candidates[last].mention.end, offset)) is not None
            and _JOINT.match(self.between(candidates[last - 1].mention.end, candidates[last].mention.start)) is not None
        )

    def asked(self, offset: int, requests: frozenset[str] = _REQUESTS) -> bool:
        """Whether the clause before ``offset`` ends with a request (要求, 鼓励, 委托; or one of
        ``requests``): what follows is asked of the mention at ``offset``, not stated of it."""
        words = self.words_before(offset)
        return bool(words) and words[-1] in requests

    def proposed(self, offset: int) -> bool:
        """Whether the sentence proposes what it says from ``offset`` on: a proposal
        (建议, 提议, 倡议, 呼吁, 建言) stands before it in the same clause or right before
        a comma or colon that opens it (委员建议，推动武汉市与宜昌市共建…); not one taken
        or counted (根据代表建议, 办理代表建议326件) nor a noun (《建议》, 建议的推动下)."""
        if self._proposals is None:
            # (found once a sentence: every mention of a long one asks)
            self._proposals = list(_PROPOSAL.finditer(self.text, self.sentence.start, self.sentence.end))
        before = bisect_right([p.end() for p in self._proposals], offset)
        if not before:
            return False
        proposal = self._proposals[before - 1]
        if _PROPOSAL_TAKEN.search(self.text, self.clause_start(proposal.start()), proposal.start()) is not None:
            return False
        after = self.text[proposal.end() : offset]
        breaks = [i for i, character in enumerate(after) if character in "，,；;。：:！？"]
        return not breaks or (breaks == [0] and after[0] in "，,：:")

    def words_before(self, offset: int) -> list[str]:
        """The words between the last name or clause break before ``offset`` and ``offset``."""
        base = self.sentence.start
        start = base
        breaks_before = bisect_left(self.clause_breaks, offset)
        if breaks_before:
            start = self.clause_breaks[breaks_before - 1] + 1
        named_before = bisect_left(self.starts, offset)
        if named_before:
            start = max(start, min(self.reach[named_before - 1], offset))
        # A NUL of the text itself ends the words too, as the blanked names do.
        blank = self.masked.rfind(_MASK, start - base, offset - base)
        before = self.masked[blank + 1 if blank >= 0 else start - base : offset - base].strip()
        if not before:
            return []
        try:
            return rjieba.cut(before)
        except UnicodeEncodeError:  # a lone surrogate, which Rust strings cannot hold
            return rjieba.cut(_LONE_SURROGATE.sub("\ufffd", before))

    def object_after(self, offset: int, types: set[str], *, limit: int = 40) -> LinkedMention | None:
        """The first mention of ``types`` after ``offset`` in the same clause."""
        for index in range(bisect_left(self.starts, offset), len(self.mentions)):
            linked = self.mentions[index]
            if self.kind(linked) not in types:
                continue
            if linked.mention.start - offset > limit or self.breaks(offset, linked.mention.start):
                return None
            if self.kind(linked) == "Place" and _UNNAMED_OR_COUNTED.match(self.text, self.end_of_chain(index)):
                # 查处成都某餐饮管理有限公司, 天津市河东区某中医医院, 约谈昆明市8家定点医疗
                # 机构: bodies left unnamed or counted, in that place
                return None
            return linked
        return None

    def end_of_chain(self, index: int) -> int:
        """Where the chain of places that the mention at ``index`` begins ends (天津市|河东区)."""
        end = self.mentions[index].mention.end
        for following in map(self.mentions.__getitem__, range(index + 1, len(self.mentions))):
            if following.mention.start != end or self.kind(following) != "Place":
                break
            end = following.mention.end
        return end

    def listed_with(self, first: LinkedMention) -> list[LinkedMention]:
        """``first`` and the mentions of its type listed after it with 、/和/及/与
        (运用大数据、云计算和人工智能: three technologies)."""
        listed = [first]
        for index in range(bisect_left(self.starts, first.mention.end), len(self.mentions)):
            linked = self.mentions[index]
            if linked.mention.start < listed[-1].mention.end:
                continue
            gap = self.between(listed[-1].mention.end, linked.mention.start)
            if linked.entity_key == listed[-1].entity_key and gap.strip() in _OPENING_BRACKETS_OR_NONE:
                continue  # 微软（Microsoft）、谷歌: the name again in brackets, no item of its own
            if self.kind(linked) != self.kind(first) or not _AND.match(gap):
                break
            listed.append(linked)
        return listed

    def first_listed_before(self, last: LinkedMention) -> LinkedMention:
        """The first of the mentions of ``last``'s type listed with 、/和/及/与 before it,
        ending with it (A、B、C因…分别被处以罚款: A for C), or ``last`` itself."""
        first = last
        for index in range(bisect_left(self.starts, last.mention.start) - 1, -1, -1):
            linked = self.mentions[index]
            if linked.mention.end > first.mention.start:
                continue  # (a mention inside or overlapping)
            if linked.mention.start < self.sentence.start or self.kind(linked) != self.kind(last):
                break
            if not _AND.match(self.between(linked.mention.end, first.mention.start)):
                break
            first = linked
        return first

    # -- patterns ------------------------------------------------------------------
    def run(self) -> None:
        self.roles()
        self.verb_relations()
        self.drafted_documents()
        self.documents_put_to_consultation()
        self.cooperation()
        if any(word in self.sentence.text for word in _FRIENDSHIP_OF_PLACES):
            self.sister_places()
        if any(word in self.sentence.text for word in ("分别", "共同", "对口", "结对")):
            self.places_signing_together()
        if "对口" in self.sentence.text:
            self.teams_of_paired_places()
        if "双方" in self.sentence.text or "会谈" in self.sentence.text or "会见" in self.sentence.text:
            self.both_sides_sign()
        if "给予" in self.sentence.text and ("处分" in self.sentence.text or "开除" in self.sentence.text):
            self.disciplined()
        if (
            ("接受" in self.sentence.text or "被" in self.sentence.text)
            and ("审查" in self.sentence.text or "调查" in self.sentence.text)
        ) or ("终结" in self.sentence.text):
            self.under_investigation()
        if "判处" in self.sentence.text or "执行" in self.sentence.text:
            self.sentenced()
        if "提起公诉" in self.sentence.text:
            self.indicted()
        if "任职资格" in self.sentence.text:
            self.qualifications_approved()
        if "效力" in self.sentence.text or "注册" in self.sentence.text or "代表" in self.sentence.text:
            self.playing_for()
        if "由" in self.sentence.text:
            self.post_filled_from_another_body()
        self.subordination()
        self.competition()
        self.located()
        if (
            any(word in self.sentence.text for word in _VISIT_WORDS + _GOING_ON_A_VISIT)
            or "访" in self.sentence.text
            or "拜会" in self.sentence.text
            or "前往" in self.sentence.text
            or "赴" in self.sentence.text
            or "指挥" in self.sentence.text
            or "指导" in self.sentence.text
            or (
                ("出席" in self.sentence.text or "参加" in self.sentence.text) and _TRAVELLED.search(self.sentence.text)
            )
        ):
            self.visits()
        if "在" in self.sentence.text and any(word in self.sentence.text for word in _WORDS_OF_MEETING):
            self.meetings_away_from_home()
        if "在" in self.sentence.text and any(word in self.sentence.text for word in _ATTENDING_AT_A_PLACE):
            self.attending_abroad()
        if "在" in self.sentence.text and any(word in self.sentence.text for word in _WORKING):
            self.worked_at()
        self.purpose()
        self.platform_accounts()
        self.titled_documents()
        self.issued_documents()
        if any(joiner in self.sentence.text for joiner in _LIST_JOINERS_NOT_WITH):
            self.bodies_sharing_a_head()
            self.places_counted_before_a_body()

    def disciplined(self) -> None:
        """经省纪委常委会会议研究…，决定给予张三开除党籍处分; 给予李四、王五党内严重警告
        处分: a discipline commission, a supervisory commission or another governing body
        opening the sentence (or the clause of 给予) penalises those named right after
        给予, one after another with 、 or 和, when the sanction (…处分, 开除…) follows in
        the clause [penalises]."""
        penalised: list[LinkedMention] = []
        for match in self.verbs(_GIVING_A_SANCTION):
            start, end = self.at(match)
            people, _ = self.of_types({"Person"})
            named = [m for m in people if end <= m.mention.start < self.clause_end(end)]
            if self.text.startswith("其", end):
                # 决定给予张三开除党籍处分；由省监委给予其开除公职处分: 其 is the one just
                # sanctioned, or the last person named shortly before
                before, index = self.last_of({"Person"}, start)
                if not penalised and index >= 0 and before[index].mention.start >= start - _PRONOUN_REACH:
                    penalised = before[index : index + 1]
                if not penalised and (earlier := self.person_named_shortly_before(start)) is not None:
                    penalised = [earlier]  # 李明严重违纪违法；由湖南省监委给予其…: the sentence before
                if not penalised:
                    continue
                named = penalised[-1:]
            elif (towards_person := self.penalised_before_giving(start)) is not None:
                # 沈阳市纪委监委对…原局长韩晓光给予开除党籍处分: the one named after 对, right
                # before 给予 (the commission is the one before 对, not a body in the post)
                named, start = self.listed_before(towards_person[0]), towards_person[1]
            elif not named or self.between(end, named[0].mention.start).strip():
                continue  # (给予其…处分: no one named right after 给予)
            listed = [named[0]]
            for following in named[1:]:
                if not _AND.match(self.between(listed[-1].mention.end, following.mention.start)):
                    break
                listed.append(following)
            sanction = self.between(max(listed[-1].mention.end, end), self.clause_end(end))
            if _SANCTION.search(sanction) is None:
                continue
            bodies, last = self.last_of({"Organization"}, start)
            governing = [
                b
                for b in bodies[: last + 1]
                if b.mention.start >= self.sentence.start and self.subtype(b) in _GOVERNING_SUBTYPES
            ]
            if not governing:
                continue
            # (由省监委给予其…: the body of the clause of 给予, else the one opening the sentence)
            in_clause = [b for b in governing if b.mention.start >= self.clause_start(start)]
            sanctioning = in_clause[-1] if in_clause else governing[0]
            for person in listed:
                self.add(sanctioning.entity_key, "regulates", person.entity_key, "penalises")
            penalised = listed

    def penalised_before_giving(self, giving_at: int) -> tuple[LinkedMention, int] | None:
        """The person named right before 给予 at ``giving_at`` after 对 in its clause
        (对浑南区教育局原局长韩晓光给予…处分), and where that 对 stands."""
        before = self.last_ending_by(giving_at, 1)
        if not before or self.kind(before[0]) != "Person" or self.between(before[0].mention.end, giving_at).strip():
            return None
        clause_start = self.clause_start(giving_at)
        towards = self.between(clause_start, before[0].mention.start).rfind("对")
        return (before[0], clause_start + towards) if towards >= 0 else None

    def listed_before(self, last: LinkedMention) -> list[LinkedMention]:
        """The people listed with 、, 和 or 及 before ``last``, and ``last``, in order (对张三、
        李四给予…处分)."""
        listed = [last]
        while (
            (previous := self.last_ending_by(listed[0].mention.start, 1))
            and self.kind(previous[0]) == "Person"
            and _AND.match(self.between(previous[0].mention.end, listed[0].mention.start))
        ):
            listed.insert(0, previous[0])
        return listed

    def sentenced(self) -> None:
        """南京市中级人民法院对被告人李建国以受贿罪判处有期徒刑十二年; 法院以受贿罪判处
        被告人张三…; 被告单位X公司被判处罚金: the court named before 判处 in the sentence
        penalises the defendant named after 对 in the clause of 判处, right after 判处, or
        right before 被判处 [sentences]."""
        courts = [
            m
            for m in self.mentions
            if m.mention.start >= self.sentence.start and self.entities[m.entity_key].label.endswith(_COURTS)
        ]
        if not courts:
            return
        # (a court before a post and its holder is where the holder worked, no court
        # trying them: 最高人民法院原副院长奚晓明受贿案, 张家口市中级人民法院原院长李明被判处)
        courts = [court for court in courts if _POST_AT_A_COURT.match(self.text, court.mention.end) is None]
        for match in self.verbs(_SENTENCES):
            start, end = self.at(match)
            before = [court for court in courts if court.mention.end <= start]
            if not before:
                continue
            clause_start = self.clause_start(start)
            defendants = []
            # those named in the clause before 判处 (对被告人李建国以受贿罪判处, 李建国被判处)
            for index in range(bisect_left(self.starts, clause_start), bisect_left(self.starts, start)):
                linked = self.mentions[index]
                if (
                    self.kind(linked) in ("Person", "Organization")
                    and linked not in courts
                    and (
                        (
                            (dui := _DEFENDANT_AFTER_DUI.search(self.text, clause_start, linked.mention.start))
                            is not None
                            # (对李明实施诈骗被判处: the one wronged; without 被告人, the sentence
                            # must follow the name: 对张三以受贿罪判处)
                            and (dui["word"] is not None or _SENTENCE_AFTER_NAME.match(self.text, linked.mention.end))
                        )
                        # (not 被告人, which opens the defendant after a body)
                        or (
                            self.text.startswith("被", linked.mention.end)
                            and not self.text.startswith("被告", linked.mention.end)
                        )
                    )
                ):
                    defendants.append(linked)
            if not defendants and self.text.startswith("其", end):
                # 宣判杜宏伟受贿案，以受贿罪判处其有期徒刑: the one whose case the sentence names
                defendants = [
                    linked
                    for linked in self.mentions[
                        bisect_left(self.starts, self.sentence.start) : bisect_left(self.starts, start)
                    ]
                    if self.kind(linked) == "Person" and _CASE_OF.match(self.text, linked.mention.end)
                ][:1]
            # or the one right after it (判处被告人张三)
            following = bisect_left(self.starts, end)
            if (
                following < len(self.mentions)
                and self.kind(self.mentions[following]) in ("Person", "Organization")
                and _DEFENDANT_AFTER_VERB.fullmatch(self.between(end, self.mentions[following].mention.start))
            ):
                defendants.append(self.mentions[following])
            for defendant in defendants:
                self.add(before[-1].entity_key, "regulates", defendant.entity_key, "sentences")

    def indicted(self) -> None:
        """吉林省长春市人民检察院依法对王占军提起公诉; 王占军涉嫌受贿一案，由长春市人民检察院
        向长春市中级人民法院提起公诉: the procuratorate named last before 提起公诉 in the
        sentence (not the court after 向) indicts the one named right after 对 in the clause
        of 提起公诉, or the one whose case (涉嫌…一案) the sentence names before it [indicts]."""
        for match in self.verbs(_INDICTMENTS):
            start, _ = self.at(match)
            procuratorates = [
                m
                for m in self.mentions
                if self.sentence.start <= m.mention.start
                and m.mention.end <= start
                and "检察院" in self.entities[m.entity_key].label
            ]
            if not procuratorates:
                continue
            clause_start = self.clause_start(start)
            accused = [
                m
                for m in self.mentions[bisect_left(self.starts, clause_start) : bisect_left(self.starts, start)]
                if self.kind(m) in ("Person", "Organization")
                and m not in procuratorates
                and _DEFENDANT_AFTER_DUI.search(self.text, clause_start, m.mention.start) is not None
            ][:1]
            if accused:
                # 对被告单位X公司和被告人李明提起公诉: those listed after the first; 对中国华融
                # 原党委书记赖小民: a body's title before a person names the person
                following = bisect_left(self.starts, accused[0].mention.end)
                for linked in self.mentions[following : bisect_left(self.starts, start)]:
                    gap = self.between(accused[-1].mention.end, linked.mention.start)
                    if self.kind(linked) in ("Person", "Organization") and _ACCUSED_JOINED.fullmatch(gap):
                        accused.append(linked)
                    elif (
                        self.kind(linked) == "Person"
                        and self.kind(accused[-1]) == "Organization"
                        and _A_TITLE.fullmatch(gap)
                    ):
                        accused[-1] = linked
                    else:
                        break
                if _HANDED_OVER.match(self.text, accused[-1].mention.end) is not None:
                    accused = []  # 对朝阳公安分局移送审查起诉的李某…: the police who handed the case over
            if not accused:
                accused = [
                    m
                    for m in self.mentions[
                        bisect_left(self.starts, self.sentence.start) : bisect_left(
                            self.starts, procuratorates[-1].mention.start
                        )
                    ]
                    if self.kind(m) == "Person" and _ACCUSED_CASE.match(self.text, m.mention.end)
                ][:1]
            if (
                not accused
                # (…今年共提起公诉三千余人: a count of the indicted, no one indicted)
                and _INDICTMENT_ENDS_CLAUSE.match(self.text, match.end() + self.sentence.start) is not None
                and _COUNTING.search(self.text, clause_start, start) is None
                and (earlier := self.person_whose_case_was_named(procuratorates[-1].mention.start))
            ):
                # 孙大军涉嫌受贿一案，由山西省监察委员会调查终结…。近日，太原市人民检察院已向
                # 太原市中级人民法院提起公诉: the case a sentence shortly before named
                accused = [earlier]
            for person in accused:
                self.add(procuratorates[-1].entity_key, "regulates", person.entity_key, "indicts")

    def under_investigation(self) -> None:
        """王建伟涉嫌严重违纪违法，目前正接受中央纪委国家监委纪律审查和监察调查: the
        commission named right after 接受 investigates the person the sentence names
        last before it [penalises]; so does the one after 由 that closed the investigation
        (李卫东涉嫌受贿一案，由湖南省监察委员会调查终结), and the one after 被 right after
        the person (宋希斌被中央纪委国家监委审查调查)."""
        for match in _UNDER_INVESTIGATION.finditer(self.text, self.sentence.start, self.sentence.end):
            index = bisect_left(self.starts, match.end())
            if index == len(self.mentions) or self.mentions[index].mention.start != match.end():
                continue  # (most 由: no body right after it)
            bodies = [
                m for m in self.mentions if m.mention.start == match.end() and self.subtype(m) in _GOVERNING_SUBTYPES
            ]
            investigation = _INVESTIGATION_CLOSED if match.group() == "由" else _INVESTIGATION
            if not bodies or investigation.match(self.text, bodies[0].mention.end) is None:
                continue
            people, last = self.last_of({"Person"}, match.start())
            if last < 0 or people[last].mention.start < self.sentence.start:
                continue
            if match.group() == "被" and self.between(people[last].mention.end, match.start()).strip() not in (
                "",
                "同志",
            ):
                continue  # 宋希斌被中央纪委国家监委审查调查: only the one right before 被
            self.add(bodies[0].entity_key, "regulates", people[last].entity_key, "penalises")
            first = investigation.match(self.text, bodies[0].mention.end) if match.group() == "接受" else None
            second = _SECOND_INVESTIGATOR.match(self.text, first.end()) if first is not None else None
            if second is not None:
                # …纪检监察组纪律审查和北京市监察委员会监察调查: the body of the second
                # investigation investigates too
                index = bisect_left(self.starts, second.end())
                other = self.mentions[index] if index < len(self.mentions) else None
                if (
                    other is not None
                    and other.mention.start == second.end()
                    and self.subtype(other) in _GOVERNING_SUBTYPES
                    and _INVESTIGATION.match(self.text, other.mention.end) is not None
                ):
                    self.add(other.entity_key, "regulates", people[last].entity_key, "penalises")

    def bodies_sharing_a_head(self) -> None:
        """淄博市、枣庄市大数据局, 约谈河南省安阳市、山东省聊城市、陕西省渭南市人民政府: the
        places of one level listed right before the last one's body each have a body of
        that kind, which the list names once. Each is located in its place and takes the
        last body's part in what this sentence says (regulated, cooperating, publishing),
        where the sentence's other rules saw the places (or their governments) as parties;
        but not its posts: the head of one is no head of the others."""
        places_by_end = {m.mention.end: m for m in self.mentions if self.kind(m) == "Place"}
        if not places_by_end:
            return
        for body in self.mentions:
            start = body.mention.start
            if self.kind(body) != "Organization" or (
                self.text[start - 1 : start] not in _LIST_JOINERS_NOT_WITH and start not in places_by_end
            ):
                continue  # (the cheap test first: a list's 、 or a place right before the body)
            place_entry, rest = self.gazetteer.innermost_leading_place(body.mention.text)
            if place_entry is not None and rest:
                level = place_entry.label
            elif (written := places_by_end.get(start)) is not None:
                level, rest = self.entities[written.entity_key].label, body.mention.text  # 渭南市|人民政府
            else:
                continue
            listed: list[LinkedMention] = []
            while (chain := places_by_end.get(start)) is not None:
                start = chain.mention.start  # (陕西省|渭南市人民政府: the places written before)
            while (
                (
                    self.text[start - 1 : start] == "、"
                    # 临汾市和|邢台市人民政府: the list's last joined by 和
                    or (not listed and self.text[start - 1 : start] in _LIST_JOINERS_NOT_WITH)
                )
                and (element := places_by_end.get(start - 1)) is not None
            ):
                label = self.entities[element.entity_key].label
                if not _places_of_one_level(label, level):
                    break
                if (rest.endswith(ZONE_BODIES) and not label.endswith(_ZONE_KINDS)) or (
                    label.endswith(_ZONE_KINDS) and not level.endswith(_ZONE_KINDS) and not label.endswith("新区")
                ):
                    # (黄埔区、广州开发区管委会: only the zone has a committee; 横琴粤澳深度
                    # 合作区、澳门大学: a zone shares no university with a city; but 黄浦区、
                    # 浦东新区人民政府: a new area is a district with a government)
                    break
                listed.append(element)
                start = element.mention.start
                while (chain := places_by_end.get(start)) is not None:
                    start = chain.mention.start  # (山东省|聊城市、: the element's own chain)
            if listed:
                self._share_the_head(body, listed, rest, start)

    def places_counted_before_a_body(self) -> None:
        """湖北、湖南、江西三省水利厅, 北京、天津、河北三省市发展改革委: the places listed, counted
        with their level, then the kind of body each of them has: one body of the kind for
        each, which takes the place's part in what the sentence says (see
        :meth:`bodies_sharing_a_head`)."""
        places_by_end = {m.mention.end: m for m in self.mentions if self.kind(m) == "Place"}
        for match in _PLACES_COUNTED_THEN_A_BODY.finditer(self.text, self.sentence.start, self.sentence.end):
            body = match["body"]
            if body.startswith(_NOT_BODIES_AFTER_A_COUNT) or any(word in body for word in _NOT_IN_BODIES_AFTER_A_COUNT):
                continue
            listed: list[LinkedMention] = []
            start = match.start()
            while (place := places_by_end.get(start)) is not None:
                listed.append(place)
                start = place.mention.start
                if self.text[start - 1 : start] != "、":
                    break
                start -= 1
            if len(listed) < 2:
                continue
            last = listed[0]
            if body in ("政府", "人民政府"):
                key = self._government_of(last)
            else:
                key = self._organization(self.entities[last.entity_key].label + body, "GovernmentOrganization")
            self._share_the_head(LinkedMention(last.mention, key, last.article), listed, body, start)

    def _share_the_head(self, body: LinkedMention, listed: list[LinkedMention], rest: str, list_start: int) -> None:
        """Add the bodies of kind ``rest`` of the ``listed`` places, which share ``body``'s
        head (see :meth:`bodies_sharing_a_head`), and move to them the facts of this
        sentence that the rules gave their places, the places' governments or the places
        of the list's chains (山东省 of 山东省聊城市)."""
        subtype = self.subtype(body) or "GovernmentOrganization"
        members = {body.entity_key}
        standing_for: dict[str, str | None] = {}  # a place (or its government) → its body, or None
        for place in listed:
            if rest in ("政府", "人民政府"):
                key = self._government_of(place)
            else:
                key = self._organization(self.entities[place.entity_key].label + rest, subtype)
                if place.entity_key in self.gazetteer.entries:
                    government = self.gazetteer.government_label(place.entity_key)
                    known = self.gazetteer.lookup(government)
                    standing_for[known.key if known is not None else f"Organization:{government}"] = key
            standing_for[place.entity_key] = key
            members.add(key)
            self.add(key, "locatedIn", place.entity_key, "shared-head")
        for chained in self.mentions:
            if list_start <= chained.mention.start < body.mention.start and self.kind(chained) == "Place":
                standing_for.setdefault(chained.entity_key, None)  # (山东省 of 山东省聊城市: no party)
        kept = ("roleAt", "formerRoleAt", "locatedIn", "partOf")
        said_here = [
            fact
            for fact, evidence in self.facts.found.items()
            if fact[1] not in kept and any(piece.start == self.sentence.start for piece in evidence)
        ]
        member_facts = set()
        for subject, predicate, obj, detail in said_here:
            if subject in standing_for or obj in standing_for:
                self.facts.take((subject, predicate, obj, detail), self.sentence.start)
                moved_subject, moved_obj = standing_for.get(subject, subject), standing_for.get(obj, obj)
                if moved_subject is None or moved_obj is None or moved_subject == moved_obj:
                    continue
                subject, obj = moved_subject, moved_obj
                self.add(subject, predicate, obj, "shared-head", detail)
            if subject in members or obj in members:
                member_facts.add((subject, predicate, obj, detail))
        for subject, predicate, obj, detail in member_facts:
            for member in members:
                self.add(
                    member if subject in members else subject,
                    predicate,
                    member if obj in members else obj,
                    "shared-head",
                    detail,
                )

    def _unit_and_title(self, written: str) -> tuple[str, str] | None:
        """医学部主任 → 医学部, 主任; 科技司司长 → 科技司, 司长: a unit's name and its head's
        title, where the gazetteer knows the title but not the whole; None for one board's
        post (董事局主席) or one the gazetteer knows whole."""
        if written in self.gazetteer.titles:
            return None
        for cut in range(2, len(written) - 1):
            unit, title = written[:cut], written[cut:]
            if title in self.gazetteer.titles:
                if (
                    unit[-1] in _UNIT_ENDINGS_OF_HEADS
                    and not unit.endswith(_BOARDS)
                    and not unit.endswith(_WORDS_ENDING_LIKE_UNITS)
                    and _CJK_ONLY.fullmatch(unit)
                ):
                    return unit, title
                return None
        return None

    def role(
        self, person: LinkedMention, organization: str, rule: str, title: str, *, said_at: int, former: bool = False
    ) -> None:
        """Record that ``person`` holds ``title`` at ``organization`` (roleAt), or held
        it before (formerRoleAt: 原部长, 原工业和信息化部部长, 曾担任, or ``former`` where
        原 was read before a list of titles): ``said_at`` is where the words naming the
        role begin."""
        if title in _HONORIFICS:
            return  # (李鹏和夫人朱琳: a wife is no office)
        if title.endswith(_CHIEF_SYSTEM_POSTS):
            return  # 省委书记、省级总河长: a chief of rivers, held over them, at no body named
        prefix = _former_prefix(title)
        if (
            title[len(prefix) :] not in self.gazetteer.titles
            and _title_in(title[len(prefix) :], self.gazetteer) is None
        ):
            prefix = ""  # (前锋 is no former 锋; but 原|政法委书记, 原|总裁助理 are former posts)
        title = title[len(prefix) :]
        held_before = (
            former
            or bool(prefix)
            or self.former(said_at)
            or self.superseded(said_at)
            # 上海电气控股集团有限公司党委副书记|刘平|调任…, …院长胡志坚|退休: the post
            # before the name is left
            or (said_at < person.mention.start and _LEFT_THE_POST.match(self.text, person.mention.end) is not None)
            # 免去晋能控股集团有限公司副总经理张晋生职务, 免去中共太原市委常委、太原市副市长
            # 张三职务: the posts before the name, taken away
            or (
                said_at < person.mention.start
                and _POST_AFTER_ONE_REMOVED.match(self.text, person.mention.end) is not None
                and self.removed_before(said_at)
            )
            # 董事长马明哲辞去(公司)董事长职务: the post before the name, given up by name
            or (
                said_at < person.mention.start
                and (leaving := _GIVING_UP.match(self.text, person.mention.end)) is not None
                and self.text.startswith(title[len(prefix) :], leaving.end())
                # (董事王伟辞去董事会秘书职务: a longer post, not the 董事 before the name)
                and _END_OF_A_POST.match(self.text, leaving.end() + len(title) - len(prefix)) is not None
            )
        )
        qualifier = _TITLE_QUALIFIER.match(title)
        if qualifier is not None and title[qualifier.end() :] in self.gazetteer.titles:
            title = title[qualifier.end() :]  # 新总统, 女发言人, 与该市市长: the office itself
        if (place := self.entities.get(organization)) is not None and place.type == "Place":
            return  # 大中华区|董事长: a company's region, no body the title is held at
        if place is not None and place.label in _UNNAMED_PARTY_BODIES:
            return  # 三市镇|党委|书记 (the town not read): a committee of a body unsaid
        if title.endswith("院士") and place is not None and not place.label.endswith(("科学院", "工程院")):
            return  # 清华大学自动化系|戴琼海院士: an academy's member, not the department's
        if title.endswith("院士") and not prefix:
            # 曾任中国石化集团总经理…，中国工程院院士: an academician for life, though
            # listed after posts held before (but 原|院士, a title taken away, was)
            held_before = False
        if (
            title.startswith(("村委会", "居委会"))
            and title[3:] in self.gazetteer.titles
            and place is not None
            and (party := next((c for c in ("党支部", "党总支", "党委") if place.label.endswith(c)), None))
            and len(place.label) > len(party)
        ):
            # 村党支部书记王乐义、村委会主任王新明: the village's own committee, the Party
            # branch's twin, not a unit of it
            organization = self._organization(place.label.removesuffix(party) + title[:3], "GovernmentOrganization")
            title = title[3:]
        body = self._body_of_title(organization, title)
        if (
            body == organization
            and _heads_a_government(title)
            and place is not None
            and place.type == "Organization"
            and not place.label.endswith(_GOVERNMENTS)
            and not place.label.endswith(("委", "党委", "党组", "党工委", "委员会"))
            and not _is_a_congress(place)
            and (named := self.gazetteer.leading_place(place.label)[0]) is not None
            and named.key.startswith("cn-")
            and named.label.endswith(title.removeprefix("常务").removeprefix("副")[:1])
            and (government := self.government_of_the_level(title, named)) is not None
        ):
            # 荆州市防汛指挥部副指挥长、副市长|刘克毅: the city's head, listed after a post at
            # one of its bodies, heads the city's government
            body = government
        if body == organization and _heads_a_government(title) and _is_a_congress(place):
            # 全国人大代表、省长王浩: a government's head, listed after a deputy's seat, heads
            # the government of the one place of the title's level the article names
            government = self.government_of_the_level(title)
            if government is None:
                return
            body = government
        if held_before:
            # a past post: no body the person speaks or acts for now, but the body of the
            # next title of a list (时任董事长刘涛、时任董事会秘书陈芳)
            self.add(person.entity_key, "formerRoleAt", body, rule, title)
            self.former_organization_of[person.mention.start] = organization
            return
        self.add(person.entity_key, "roleAt", body, rule, title)
        self.organization_of[person.mention.start] = organization
        self.roles_said.setdefault(person.mention.start, []).append((body, title))

    def place_named_so(self, name: str) -> GazetteerEntry | None:
        """The place ``name`` names: of the places that share it (东乡县 of Gansu and of
        Jiangxi), the one the document's mentions link to, if one; else the gazetteer's."""
        keys = self.gazetteer.namesakes.get(name)
        if keys:
            # (the mentions written so first: 东乡县 links to Gansu's, 东乡 of 东乡手抓羊肉 to Jiangxi's)
            written = {m.entity_key for m in self.result.mentions if m.mention.text == name} & set(keys)
            linked = written or {key for key in keys if any(m.entity_key == key for m in self.result.mentions)}
            if len(linked) == 1:
                return self.gazetteer.entries[linked.pop()]
        return self.gazetteer.lookup(name)

    def _university_of_a_unit(self, label: str) -> str | None:
        """The key of the known university whose department, school or institute
        ``label`` names (北京外国语大学德语系 → 北京外国语大学), or None; a school with a
        head of its own (附属中学, 分校, 校区, 香港中文大学（深圳）) is no such unit."""
        at = label.find("大学")
        rest = label[at + 2 :]
        if (
            at < 2
            or not rest
            or label.endswith(_SCHOOLS_WITH_THEIR_OWN_HEADS)
            # 香港科技大学（广州）: a campus university with a president of its own; 大学城
            or rest[0] in "（(城"
            # 北京师范大学-香港浸会大学联合国际学院, 深圳大学附属教育集团, 武汉大学老年大学: a
            # joint college, a group, another university, each with a head of its own
            or any(dash in label for dash in _DASHES)
            or rest.endswith(("集团", "大学"))
            # 北京理工大学珠海学院: an independent college in another city
            or (rest.endswith("学院") and self.gazetteer.leading_place(rest)[0] is not None)
        ):
            return None
        known = self.gazetteer.lookup(label[: at + 2])
        if known is None or known.type != "Organization":
            return None
        self.entities.setdefault(known.key, entity_from_entry(known))
        return known.key

    def _body_of_title(self, organization: str, title: str) -> str:
        """The body a title belongs to, when it was read next to a Party committee: a
        government head's is the place's government (云南省委副书记、省长|王予波 → 云南省
        人民政府), a president's or chairman's the committee's own unit (复旦大学党委
        书记、校长 → 复旦大学); any other title stays with the committee."""
        entity = self.entities.get(organization)
        if entity is None or entity.type != "Organization":
            return organization
        label = entity.label
        if title.endswith("校长") and (university := self._university_of_a_unit(label)) is not None:
            # 北京外国语大学德语系主任、副校长: a department has no president; the
            # university has (but 北京大学附属中学校长 heads the school)
            return university
        if title.endswith(tuple(_GOVERNMENT_HEADS)) and label.endswith("委") and not label.endswith("党委"):
            place = self.place_named_so(label.removeprefix("中共")[:-1])
            if place is None and label[-2:-1] in "省市县区州":
                place = self.gazetteer.lookup(label.removeprefix("中共")[:-2])  # 滨海新区|区委
            if place is None:
                # 深圳市南山区|委: a district or county written after its city
                inner, rest = self.gazetteer.innermost_leading_place(label.removeprefix("中共")[:-1])
                place = inner if not rest else None
            if place is not None and place.type == "Place" and place.key.startswith("cn-"):
                return self._organization(self.gazetteer.government_label(place.key), "GovernmentOrganization")
            if label in COMMITTEES_OF_LEVELS and organization.startswith(f"Organization:{label}@"):
                # 省委副书记、省长|王浩 with no province named: the article's own 省政府, as
                # linking keys a level's body that no place resolves (省委@article)
                government = label[:-1] + "政府"
                key = f"Organization:{government}@" + organization.removeprefix(f"Organization:{label}@")
                self.entities.setdefault(
                    key, Entity(key=key, type="Organization", label=government, subtype="GovernmentOrganization")
                )
                return key
        if (
            title.endswith(("州长", "盟长", "旗长"))
            and label.endswith("党委")
            and (place := self.gazetteer.lookup(label.removeprefix("中共")[:-2])) is not None
            and place.type == "Place"
            and place.key.startswith("cn-")
        ):
            # 伊犁州党委副书记、州长|沙尔合提·阿汗: a prefecture's committee is its 党委 in
            # Xinjiang and Inner Mongolia; the 州长 heads the prefecture's government
            return self._organization(self.gazetteer.government_label(place.key), "GovernmentOrganization")
        if (
            title.endswith("专员")
            and label.removeprefix("中共").endswith("地委")
            and (place := self.gazetteer.lookup(label.removeprefix("中共")[:-2])) is not None
            and place.type == "Place"
            and place.key.startswith("cn-")
            and place.label.endswith("地区")
        ):
            # 喀什地委副书记、行署专员|…: a prefecture's (地区) commissioner heads its
            # administrative office, 行政公署, as a mayor heads a city's government
            return self._organization(place.label + "行政公署", "GovernmentOrganization")
        if title.endswith(("镇长", "乡长")) and label.endswith("党委") and len(label) > 3 and label[-3] == title[-2]:
            # 织里镇党委副书记、镇长|陈建华: a township's head heads its people's government
            return self._organization(label[:-2] + "人民政府", "GovernmentOrganization")
        if (
            title.removeprefix("常务").removeprefix("副") in ("市长", "县长", "区长")
            and label.endswith("市党委" if title.endswith("市长") else ("县党委", "区党委"))
            and (place := self._place_ending(label[:-2])) is not None
        ):
            # 兵团第一师阿拉尔市党委副书记、市长|张文全: a city whose Party committee is called
            # 市党委 (the Corps' cities), its mayor heads the city's government
            return self._organization(self.gazetteer.government_label(place.key), "GovernmentOrganization")
        # (黄山风景区管委会党工委副书记、主任: a zone's Party working committee)
        committee = next((c for c in ("党工委", "党委", "党组", "党支部", "党总支") if label.endswith(c)), None)
        if title.removeprefix("自治区") in _REGION_HEADS and label.removeprefix("中共").endswith("自治区党委"):
            # 自治区党委副书记、自治区主席: the chairman heads the region's government
            place = self.gazetteer.lookup(label.removeprefix("中共")[:-2])
            if place is not None and place.type == "Place" and place.key.startswith("cn-"):
                return self._organization(self.gazetteer.government_label(place.key), "GovernmentOrganization")
            if label == "自治区党委" and organization.startswith("Organization:自治区党委@"):
                # 自治区党委副书记、主席 with no region named: the article's own region's
                # government, as linking keys a level's body no place resolves
                key = "Organization:自治区人民政府@" + organization.removeprefix("Organization:自治区党委@")
                self.entities.setdefault(
                    key, Entity(key=key, type="Organization", label="自治区人民政府", subtype="GovernmentOrganization")
                )
                return key
        if (
            title.removeprefix("常务") in _HEADS_OF_UNITS  # (党委副书记、常务副部长)
            and committee is not None
            and len(label) - len(committee) > 2
            # (大田村党支部书记兼村委会主任: a village is a place, its head the committee's)
            and not label[: -len(committee)].endswith(("村", "社区", "镇", "乡", "街道", "嘎查", "苏木"))
            # (自治区党委副书记、主席 with no region named: no body called 自治区)
            and label[: -len(committee)].removeprefix("中共") not in _LEVELS_NAMED_ALONE
        ):
            unit = label[: -len(committee)]
            if committee == "党工委" and not unit.endswith(("管委会", "管理委员会")):
                # 临港新片区党工委副书记、管委会副主任: a zone's working committee's twin is
                # its administrative committee
                unit += "管委会"
            known = self.gazetteer.lookup(unit)
            if known is not None and known.type == "Organization":
                # (人民日报社党委书记、社长: the listed body, an entity of the graph now)
                self.entities.setdefault(known.key, entity_from_entry(known))
                return known.key
            return self._organization(unit, entity.subtype or "Organization")
        return organization

    def former(self, offset: int) -> bool:
        """Whether the words of the clause before ``offset`` end in 原/前 or say 曾."""
        words = self.words_before(offset)
        breaks_before = bisect_left(self.clause_breaks, offset)
        clause_start = self.clause_breaks[breaks_before - 1] + 1 if breaks_before else self.sentence.start
        if _THEN_HELD_AT.search(self.text, max(clause_start, offset - 18), offset) is not None:
            return True  # 时任|重庆农商行渝北支行|行长: 时任 before the body the post was held at
        if self.text[offset - 1 : offset] == "、" and (
            listed := _FORMER_POSTS_LISTED.search(self.text, max(clause_start, offset - 60), offset)
        ):
            # 原中共中央政治局常委、|中央政法委书记周永康: 原 before the first of the posts
            # listed before one name is said of them all (but 原市长张三、|副市长李四: a
            # name ends the first holder's posts; 云冈区原区长、|文旅集团董事长赵刚: 原
            # after a body is said of its post alone)
            index = bisect_left(self.starts, listed.start())
            opened = listed.start() + 1  # (原|中共中央…, 原|副市长: a body or a title after 原, not 原油, 原始)
            if (
                not any(m.mention.type == "Person" for m in self.mentions[index:] if m.mention.start < offset)
                and not any(m.mention.end == listed.start() for m in self.mentions[max(0, index - 8) : index])
                and (
                    any(m.mention.start == opened for m in self.mentions[index : index + 2])
                    or any(self.text[opened : opened + n] in self.gazetteer.titles for n in range(2, 7))
                )
            ):
                return True
        # (局长由原|苏州市大数据管理中心主任谢鸣担任, 依法对原|中国人民银行副行长: a
        # preposition glued to 原)
        return (
            bool(words)
            and (
                words[-1] in _FORMER
                or (words[-1][:1] in PREPOSITIONS_BEFORE_NAMES and words[-1][1:] in _FORMER)
                or any(word in _ONCE for word in words)
                # 利用|担任…等职务上的便利: the posts a bribe-taker used, cut into two words (not
                # 利用 alone, a common verb)
                or any(word == "利用" and after in ("担任", "其") for word, after in pairwise(words))
                # 龚旗煌此前|任|北京大学常务副校长, 此前|一直|担任: a post held before (not 此前|德国…
                # 部长…曾反对: when what is told happened)
                or any(
                    word in _EARLIER and any(later in ("任", "担任", "出任") for later in words[at + 1 : at + 3])
                    for at, word in enumerate(words)
                )
                # 李军在|担任|綦江区委书记|期间: the post held when what is told happened
                or (any(word == "在" and after == "担任" for word, after in pairwise(words)) and self._during(offset))
            )
        )

    def removed_before(self, offset: int) -> bool:
        """Whether 免去 (not asked for: 建议免去, 报请免去) opens the words of posts that
        run from it to ``offset``, with no name between (免去中共太原市委常委、|太原市…)."""
        opening = self.clause_start(offset)
        removing = _REMOVING_OPENS.search(self.text, max(opening, offset - 60), offset)
        return removing is not None and not any(
            self.kind(m) == "Person" for m in self.overlapping(removing.end(), offset)
        )

    def _during(self, offset: int) -> bool:
        """Whether 期间 closes the clause after ``offset`` (在担任…期间)."""
        end = self.clause_end(offset)
        return "期间" in self.text[offset:end]

    def after_second_name(self, body: LinkedMention) -> int:
        """Where the text after ``body`` goes on past the body's second name or acronym in
        brackets (四川省经济合作局（四川省投资促进局）, 政府数字服务局（GDS）), else where the
        body ends."""
        end = body.mention.end
        second = _SECOND_NAME_IN_BRACKETS.match(self.text, end, self.sentence.end)
        return second.end() if second is not None else end

    def superseded(self, offset: int) -> bool:
        """Whether the post said at ``offset`` is a dated step of a career that a later
        step of the same paragraph follows (2012年2月任文成县委副书记、县长；2016年9月任…,
        2017年12月任…董事长，2023年9月退休): one held before."""
        clause_start = self.clause_start(offset)
        if _DATED_POST.match(self.text, clause_start, offset) is None:
            return False
        clause_end = self.clause_end(offset)
        paragraph_end = self.text.find("\n", clause_end)
        later = _LATER_CAREER_STEP.search(
            self.text, clause_end, paragraph_end if paragraph_end >= 0 else len(self.text)
        )
        return later is not None

    def roles(self) -> None:
        """roleAt: a person with a title, at the organization named with the title."""
        self.organization_of: dict[int, str] = {}
        self.former_organization_of: dict[int, str] = {}
        # the bodies and titles each person was given, by where the person is named
        self.roles_said: dict[int, list[tuple[str, str]]] = {}
        self.says_now: bool = any(word in self.sentence.text for word in _NOW_SERVES_WORDS)
        self.says_once: bool = any(
            word in self.sentence.text for word in ("曾任", "曾担任", "此前", "原任", "先后", "历任")
        )
        for index, linked in enumerate(self.mentions):
            if self.kind(linked) != "Person":
                continue
            previous = self.mentions[index - 1] if index > 0 else None
            if previous is not None and previous.mention.end > linked.mention.start:
                continue
            if previous is not None and self.alias_notes:
                # 兰州建设投资（控股）集团有限公司（简称兰州建投）|原党委书记、董事长|马文斌: the
                # body's other name in its note, read as ending where the note closes
                closing = next((b for a, b in self.alias_notes if a < previous.mention.start < b), None)
                if closing is not None:
                    ended = replace(previous.mention, end=closing + 1)
                    previous = LinkedMention(ended, previous.entity_key, previous.article)
            titled = self.role_before(linked, previous)
            if titled and previous is not None:
                self.office_of_one_body_before(linked, previous)
            if not self.role_taken(linked, index) and not titled:
                self.role_after(linked, index)
            self.role_now(linked, index)
            self.state_office_taken(linked)
            if linked.mention.start not in self.roles_said and "为" in self.sentence.text:
                self.titles_of_the_subject(linked)
            if linked.mention.start not in self.roles_said and "任" in self.sentence.text:
                self.posts_taken_in_a_clause(linked)
            if (
                linked.mention.start not in self.roles_said
                and linked.mention.start not in self.former_organization_of
                and "时任" in self.sentence.text
            ):
                self.posts_then_held_in_a_clause(linked)
            if (
                linked.mention.start not in self.roles_said
                and previous is not None
                and self.kind(previous) == "Person"
                and (gap := self.text[previous.mention.end : linked.mention.start]) in ("、", " ", "　", "  ")
            ):
                # 国务院副总理丁薛祥、何立峰: names listed after one title all hold it; a
                # byline's reporters are listed with spaces (甘肃日报记者 王丽 赵刚)
                for body, title in self.roles_said.get(previous.mention.start, []):
                    if gap == "、" or title.endswith(_REPORTING_TITLES):
                        self.role(linked, body, "title-shared-in-list", title, said_at=previous.mention.start)

    def titles_of_the_subject(self, person: LinkedMention) -> None:
        """紫金矿业总部位于福建省上杭县，董事长为陈景河; 太盟投资集团…，其董事长兼首席执行官
        为单伟建; 平安银行董事长为谢永林、行长为冀光恒: titles and 为 opening a clause (or
        an item of a list), the name ending it, are posts at the body named in that clause
        before them, or else at the body that opens the sentence, no other body named
        between [title-is]."""
        start = person.mention.start
        following = self.text[person.mention.end : person.mention.end + 1]
        if following not in _AFTER_A_NAME_GIVEN:
            return
        if (
            following == "、"
            and not self.holders_listed_after(person.mention.end + 1)
            and (
                (listed := _TITLES_ARE.match(self.text, person.mention.end + 1)) is None
                or not self._all_titles(listed["titles"].split("兼"))
            )
        ):
            return  # 校长为陈志刚、李志强两位校友颁发聘书: 为 for whom, not who holds the post
        segment = max(self.clause_start(start), self.text.rfind("、", self.sentence.start, start) + 1)
        subject = self.body_of_the_segment(segment, start)
        if subject is None:
            return
        body, head_at = subject
        said = _TITLES_ARE.fullmatch(self.text, head_at, start)
        if said is None:
            return
        if said["prefix"] in ("公司", "该公司", "该集团") and self.subtype(body) != "Company":
            return  # 法院审理查明，公司法定代表人为…: another company's post, not the court's
        if said["prefix"] == "该行" and not self.entities[body.entity_key].label.endswith("银行"):
            return
        if _ANOTHER_BODY_OPENING.match(said["titles"]) is not None:
            return  # 中国证监会发布消息，涉事公司董事长为张立新: another company's post
        titles = said["titles"].split("兼")
        if not self._all_titles(titles):
            return
        for title in titles:
            self.role(person, body.entity_key, "title-is", title, said_at=said.start("titles"))

    def posts_then_held_in_a_clause(self, person: LinkedMention) -> None:
        """…成都农村商业银行股份有限公司因违规发放贷款被罚款，时任董事长陈萍、时任副行长罗勇被
        警告: 时任 and titles opening a clause (or an item of a list) before the name are
        posts held then at the last body named before that governs no one (not the
        regulator, nor an exchange) [title-is]."""
        start = person.mention.start
        segment = max(self.clause_start(start), self.text.rfind("、", self.sentence.start, start) + 1)
        said = _TITLES_HELD_THEN.fullmatch(self.text, segment, start)
        if said is None or not self._all_titles(said["titles"].split("兼")):
            return
        if _PENALTY_WORDS.search(self.text, self.sentence.start, self.sentence.end) is None:
            return  # (深圳华侨城集团成立，时任总理李鹏出席: a post held then elsewhere)
        bodies = [
            m
            for m in self.mentions
            if self.kind(m) == "Organization" and self.sentence.start <= m.mention.start < start
        ]
        if not bodies or bodies[-1].mention.start >= segment:
            return  # (时任成都农商行董事长陈萍: the body in the clause, read as title-between)
        # the last body named before that governs no one: the one penalised, whose officer
        # the person was (国家金融监督管理总局四川监管局…，成都农村商业银行…被罚款390万元，时任…)
        body = next((m for m in reversed(bodies) if self.subtype(m) not in _GOVERNING_SUBTYPES), None)
        if body is None or self.entities[body.entity_key].label.endswith(("交易所", "交易及结算所")):
            return
        for title in said["titles"].split("兼"):
            self.role(person, body.entity_key, "title-is", title, said_at=said.start("titles"), former=True)

    def holders_listed_after(self, offset: int) -> bool:
        """Whether people's names listed with 、 begin at ``offset`` and end the clause
        (副董事长为李平、|吴凯。: more holders; not 校长为陈志刚、|李志强两位校友颁发聘书)."""
        index = bisect_left(self.starts, offset)
        while (
            index < len(self.mentions) and self.starts[index] == offset and self.kind(self.mentions[index]) == "Person"
        ):
            end = self.mentions[index].mention.end
            following = self.text[end : end + 1]
            if following != "、":
                return following in _AFTER_A_NAME_GIVEN
            offset, index = end + 1, index + 1
        return False

    def body_of_the_segment(self, segment: int, start: int) -> tuple[LinkedMention, int] | None:
        """The body a clause (or list item) from ``segment`` to ``start`` is about, and where
        the words after it begin: the one body named in it, opening it; or, where it names
        none, the one body opening the sentence, no other body named between nor a finding
        about another (查明, 批准), or None."""
        bodies = [
            m
            for m in self.mentions
            if self.kind(m) == "Organization" and self.sentence.start <= m.mention.start < start
        ]
        if not bodies:
            return None
        inside = [m for m in bodies if m.mention.start >= segment]
        if inside:
            if len(inside) > 1 or self.text[segment : inside[0].mention.start].strip():
                return None
            return inside[0], inside[0].mention.end
        if segment - 2 > self.sentence.start:
            # …，恒大总部位于深圳市南山区，董事会主席为许家印: the one body opening the clause
            # right before, of a sentence that named others earlier
            before = self.clause_start(segment - 2)
            opening = [m for m in bodies if m.mention.start >= before]
            if (
                opening
                and not self.text[before : opening[0].mention.start].strip()
                and all(m.entity_key == opening[0].entity_key for m in opening)
                and _REPORTING_ON_ANOTHER.search(self.text, opening[0].mention.end, segment) is None
                # (中国证监会发布消息，涉事公司董事长为…; 港交所暂停其股份买卖，该公司…: a source
                # or a regulator speaking of another body)
                and _SPEAKING_OF_ANOTHER.search(self.text, opening[0].mention.end, segment) is None
                and _ANOTHER_BODY_OPENING.match(self.text, segment) is None
            ):
                return opening[0], segment
        body = bodies[0]
        if (
            self.text[self.sentence.start : body.mention.start].strip()
            or any(m.entity_key != body.entity_key for m in bodies)
            or _REPORTING_ON_ANOTHER.search(self.text, body.mention.end, segment) is not None
            or _ANOTHER_BODY_OPENING.match(self.text, segment) is not None
        ):
            return None
        return body, segment

    def posts_taken_in_a_clause(self, person: LinkedMention) -> None:
        """蜀道投资集团有限责任公司成立，冯文生任董事长，张正红任总经理; 新集团董事长由朱华荣
        担任: a clause of a name and 任 (担任, 出任) and titles, or of titles and 由, the name
        and 担任, holds those posts at the body the clause or the sentence opens with, as
        title-is reads it [title-is]."""
        start, end = person.mention.start, person.mention.end
        segment = max(self.clause_start(start), self.text.rfind("、", self.sentence.start, start) + 1)
        clause_end = _CLAUSE_BREAK.search(self.text, end, self.sentence.end)
        stop = clause_end.start() if clause_end is not None else self.sentence.end
        if not self.text[segment:start].strip() and (taken := _TAKES_POSTS.fullmatch(self.text, end, stop)):
            titles, said_at, head_at = taken["titles"], end + taken.start("titles"), segment
        elif (held := _POSTS_HELD_BY.search(self.text, segment, start)) is not None and (
            self.text[end:stop].strip() in _TAKING_UP
        ):
            titles, said_at, head_at = held["titles"], held.start("titles"), held.start()
        else:
            return
        posts = re.split("[、兼]", titles)
        if not all(self._plain_title(post) for post in posts):
            return
        if any(_heads_a_government(post) for post in posts):
            return  # (冯文生任蜀道集团董事长，张正红任副市长: a city's post, at no company)
        subject = self.body_of_the_segment(segment, head_at)
        key: str | None = None
        if (
            subject is not None
            and not self.text[subject[1] : head_at].strip(" 的其新该")
            # the body opening the sentence only where it is the one set up (蜀道投资集团…
            # 成立，冯文生任董事长; not 澎湃新闻获悉，…, 国务院国资委宣布，…, 中国宝武成立新公司，…)
            and (subject[1] > segment or self.set_up_in_its_clause(subject[0]))
        ):
            key = subject[0].entity_key
        elif head_at == segment:
            # 冯文生任蜀道集团董事长，张正红任总经理: the body of the post the clause before gave
            key = self.body_of_the_post_before(segment)
        if key is None:
            return
        for post in posts:
            self.role(person, key, "title-is", post, said_at=said_at)

    def set_up_in_its_clause(self, body: LinkedMention) -> bool:
        """Whether the clause ``body`` opens says it is set up, with nothing after the verb
        (蜀道投资集团有限责任公司成立, 中国长安汽车集团有限公司揭牌), or, a company, that it
        announces (发布公告, 宣布)."""
        clause_end = _CLAUSE_BREAK.search(self.text, body.mention.end, self.sentence.end)
        stop = clause_end.start() if clause_end is not None else self.sentence.end
        # (比亚迪股份有限公司发布公告，王传福任董事长: a company's own announcement)
        return _SET_UP_CLAUSE.fullmatch(self.text, body.mention.end, stop) is not None or (
            self.subtype(body) == "Company" and _ANNOUNCING.fullmatch(self.text, body.mention.end, stop) is not None
        )

    def body_of_the_post_before(self, segment: int) -> str | None:
        """The body at which the person opening the clause before ``segment`` took a post
        (李希才任山东能源集团党委书记、董事长，李伟任…), or None."""
        people = [
            m
            for m in self.mentions
            if self.kind(m) == "Person" and self.sentence.start <= m.mention.start < segment - 1
        ]
        if not people or self.clause_start(people[-1].mention.start) != self.clause_start(segment - 1):
            return None
        before = people[-1]
        if self.text[self.clause_start(before.mention.start) : before.mention.start].strip():
            return None
        if _TAKES_POSTS.match(self.text, before.mention.end) is None:
            return None
        bodies = {body for body, _ in self.roles_said.get(before.mention.start, [])}
        return next(iter(bodies)) if len(bodies) == 1 else None

    def _plain_title(self, word: str) -> bool:
        """Whether ``word`` is a title, perhaps after a qualifier of two characters or fewer
        (副总经理, 轮值董事长), and names no other body before it (国泰人寿总经理)."""
        return any(word[at:] in self.gazetteer.titles for at in range(min(3, len(word) - 1)))

    def _all_titles(self, words: list[str]) -> bool:
        """Whether each of ``words`` is a title whole (董事长, 首席执行官 of 董事长兼首席执行官)."""
        return all(_title_in(word, self.gazetteer) == word for word in words)

    def _known_body_before_its_heads_title(self, head: str) -> tuple[str, str] | None:
        """``(body key, 院长)`` when ``head`` ends with a 院 the gazetteer knows and its
        head's title written as one word (行政院长 → 行政院, 院长; 立法院长)."""
        if not head.endswith("院长"):
            return None  # (外交部长普里马科夫: a minister, whose country the title does not say)
        for length in range(6, 2, -1):
            name = head[-length - 1 : -1]
            if len(name) < length:
                continue
            entry = self.gazetteer.lookup(name)
            if entry is not None and entry.type == "Organization":
                return self._organization(name, entry.subtype), "院长"
        return None

    def role_before(self, person: LinkedMention, previous: LinkedMention | None) -> bool:
        start = person.mention.start
        if previous is not None and _A_BYLINE_CLOSED.search(self.text, previous.mention.end, start) is not None:
            return False  # (（大公报记者报道）行政长官李家超: the outlet's byline closed before the title)
        if (
            previous is not None
            and previous.mention.text in _UNNAMED_PARTY_BODIES
            and (owner := self.ending_last(previous.mention.start)) is not None
            and owner.mention.end == previous.mention.start
            and self.kind(owner) == "Organization"
        ):
            # 航空工业通飞|党委|书记: the committee of the body right before it, part of it
            label = self.entities[owner.entity_key].label + previous.mention.text
            key = self._organization(label, "PoliticalOrganization")
            if key != owner.entity_key:
                self.add(key, "partOf", owner.entity_key, "unit-before-title")
            previous = LinkedMention(previous.mention, key, previous.article)
        if previous is not None and (named_committee := self.settlements_committee(previous)) is not None:
            previous = named_committee
        head = self.text[max(self.sentence.start, start - 8) : start]
        listed_at = (
            None
            if previous is None
            else self.organization_of.get(
                previous.mention.start, self.former_organization_of.get(previous.mention.start)
            )
        )
        if previous is not None and listed_at is not None:
            # 国家信息中心主任刘冬、副主任王伟: the next title of a list is at the same body.
            joined = _NEXT_IN_LIST.match(self.text[previous.mention.end : start])
            if (
                joined is not None
                and self.kind(previous) != "Place"
                and (split := _unit_before_title(joined.group(1), self.gazetteer)) is not None
            ):
                # 国务院国资委科技创新局局长薛贵、考核分配局局长胡文聪, 政制及内地事务局局长曾国卫、
                # 发展局局长甯汉豪: the next head's unit, of the body the first unit belongs to
                department, head = split
                # a sibling of the first unit where that is a department too (种植业管理司司长…、
                # 畜牧兽医局局长 are both the ministry's), or a unit of the first where that is a
                # ministry; no unit of a Party committee, an office or a company (县委书记…、
                # 招商局局长: the county government's bureau, which the list does not name)
                # (海关总署 ends as a department does, but has departments of its own; 财政部
                # 国库支付中心主任…、税政司副司长: a 司 is a department of the ministry the first
                # unit belongs to)
                listed_label = self.entities[listed_at].label
                whole = self.body_of_a_department(listed_at) if listed_label[-1] in _DEPARTMENT_ENDINGS else None
                if whole is None and (entry := self.gazetteer.entries.get(listed_at)) is not None:
                    whole = listed_at if has_departments(entry) else None
                elif whole is None and department.endswith("司"):
                    whole = self.body_with_departments_beginning(listed_label)
                if whole is not None:
                    key = self._organization(self.entities[whole].label + department, "GovernmentOrganization")
                    if key != whole:
                        self.add(key, "partOf", whole, "unit-before-title")
                    self.role(person, key, "title-in-list", head, said_at=previous.mention.end + joined.start(1))
                    return True
            if (
                joined is not None
                and _title_in(joined.group(1), self.gazetteer) == joined.group(1)
                and not self._names_another_body(joined.group(1))
                # 国防部长莫迪凯与总理内塔尼亚胡: a head of government heads no ministry
                and not (joined.group(1) in _STATE_HEADS and not self.entities[listed_at].label.endswith(_GOVERNMENTS))
            ):
                listed_body = self._body_of_title(
                    self._ministry_in_a_listed_title(listed_at, joined.group(1)), joined.group(1)
                )
                named_place, _ = self.gazetteer.leading_place(self.entities[listed_at].label)
                if _heads_a_government(joined.group(1)) and (
                    not self.entities[listed_body].label.endswith(_GOVERNMENTS)
                    or not _of_the_level(named_place, joined.group(1))
                ):
                    # 广东省政协主席郭荣昌、副省长卢钟鹤: a government's head listed after another
                    # body's officer heads the government of that body's place; 贵阳市委书记胡忠雄、
                    # 副省长郭锡文: of the place of the title's level that place is in
                    if (government := self.government_of_the_level(joined.group(1), named_place)) is not None:
                        self.role(
                            person,
                            government,
                            "place-government-title",
                            joined.group(1),
                            said_at=previous.mention.end + joined.start(1),
                        )
                    return True
                self.role(
                    person,
                    self._ministry_in_a_listed_title(listed_at, joined.group(1)),
                    "title-in-list",
                    joined.group(1),
                    said_at=previous.mention.end + joined.start(1),
                    # 原铁道部部长刘志军、副部长张曙光: a list's posts all held before
                    former=previous.mention.start not in self.organization_of,
                )
                return True
        if previous is not None and self.colleagues_titles(person, previous):
            return True
        if (
            previous is not None
            and not self.breaks(previous.mention.end, start)
            # (【澳门日报】行政长官|岑浩辉: the outlet of the byline, whose bracket closes
            # before the title; but 【小米集团】董事长雷军, a company's tag)
            and not (
                self.text[previous.mention.end : start].lstrip().startswith(("】", "]"))
                and self.subtype(previous) == "MediaOutlet"
            )
        ):
            gap = self.text[previous.mention.end : start].strip()
            # 沙雅县委副书记（援疆干部）|沈伟强, 副县长（挂职）|顾晨: a note on the post in
            # brackets between the title and the name
            # (not 常务副校长（常务副院长）|李书磊: a second title, the twin body's)
            if (note := _NOTE_IN_BRACKETS_AT_END.search(gap)) is not None and not _title_in(
                note.group()[1:-1], self.gazetteer
            ):
                gap = gap[: note.start()]
            elif (
                note is not None
                and note.group()[1:2] == "兼"
                and _title_in(concurrent := note.group()[2:-1], self.gazetteer) == concurrent
                and self.kind(previous) == "Organization"
            ):
                # 西藏大学党委书记（兼校长）|益西达瓦: a second post held at once, at the body
                # the Party committee belongs to (or at the body itself)
                gap = gap[: note.start()]
                label = self.entities[previous.entity_key].label
                holder = previous.entity_key
                if label.endswith(_PARTY_BODIES_OF) and len(label) > 4:
                    holder = self._organization(label[:-2], "Organization")
                self.role(person, holder, "title-between", concurrent, said_at=previous.mention.end)
            if "、" in gap and gap.endswith(_CHIEF_SYSTEM_POSTS):
                # 杭州市副市长、市级河长|陈卫强: a chief of rivers, held over them at no body;
                # the posts listed before it are the person's
                gap = gap[: gap.rfind("、")]
            if (
                gap.endswith(("为", "是"))
                and self.kind(previous) == "Organization"
                and self.text[person.mention.end : person.mention.end + 1] in _TERMINAL_PUNCTUATION
                and _title_in(gap[:-1].removeprefix("的"), self.gazetteer) == gap[:-1].removeprefix("的")
            ):
                gap = gap[:-1]  # 华为技术有限公司法定代表人为|赵明路。: the title, then who holds it
            elif gap.endswith("由") and self.text.startswith(
                ("担任", "出任", "兼任", "同志担任", "同志出任", "同志兼任"), person.mention.end
            ):
                gap = gap[:-1]  # 辽宁省数据局局长由|王志强|担任: the title, then who holds it
            # (上海泽生科技股份有限公司及其董事长|张国伟: the body's own officer; 对上海电气集团
            # 股份有限公司及时任董事长|郑建华: and its officer then)
            gap = _AND_BEFORE_THEN.sub("", gap)
            title = _title_in(gap.removeprefix("的").removeprefix("及其").strip(), self.gazetteer)
            if title is None and (held := _titles_held(gap, self.gazetteer)):
                title = held[-1]  # 董事会主席兼首席执行官: posts held at once, too long to read whole
            if title is None and "兼" in gap and _title_in(head := gap.split("兼")[0], self.gazetteer) == head:
                # 商务部副部长兼国际贸易谈判副代表: the first post at the body, the one after
                # 兼 another office's, which the rules did not find
                title = head
            if title is None and "、" in gap:
                # 国家统计局新闻发言人、国民经济综合统计司司长|刘爱华: titles listed, the last
                # one's department named before it, too long a gap to read whole
                *others, last = (part.strip() for part in gap.removeprefix("的").split("、"))
                if all(_title_in(part, self.gazetteer) == part for part in others):
                    title = _title_in(last[-10:], self.gazetteer)
                    if (split := _unit_before_title(last, self.gazetteer)) is not None:
                        title = split[1]  # 新闻发言人、宣传司|副司长: the department's head
            if (
                not title
                and gap == "长"
                and self.kind(previous) == "Organization"
                and previous.mention.text.endswith("部")
                and not _may_be_chinese_name(person.mention.text, self.gazetteer)
                and not _names_a_foreign_body(self.entities[previous.entity_key].label, self.gazetteer)
                and (nation := self.foreign_country_before(previous)) is not None
            ):
                # 德国环境部长莱姆克、农业部长厄兹代米尔: the next minister of the list heads
                # that country's ministry of the name, not China's
                key = self._organization(nation + previous.mention.text, "GovernmentOrganization")
                self.role(person, key, "place-ministry-title", "部长", said_at=previous.mention.start)
                return True
            if (
                not title
                and gap == "长"
                and self.kind(previous) == "Organization"
                and previous.mention.text[-1] in _HEADED_BY_ITS_NAME
                # 国防部长莫迪凯: a foreigner heads a foreign ministry, which the bare
                # name (linked to China's) does not say, unless linking found whose it is
                # (外交部长普里马科夫 in news of Russia: 俄罗斯外交部)
                and (
                    _may_be_chinese_name(person.mention.text, self.gazetteer)
                    or _names_a_foreign_body(self.entities[previous.entity_key].label, self.gazetteer)
                )
            ):
                # 商务部|长|高虎城, 北京市公安局|长|张明: the head's title glued to the body
                title = previous.mention.text[-1] + gap
            if (
                title in _REPORTING_TITLES
                and _DATELINE.match(gap) is not None
                and (agency := self.ending_last(previous.mention.start)) is not None
                and agency.mention.end == previous.mention.start
                and self.subtype(agency) == "MediaOutlet"
            ):
                # 新华社|联合国|3月25日电（记者 尚绪谦）: the agency's reporter where it dates
                # the report, not the body named as that place
                self.role(person, agency.entity_key, "title-nearest-organization", title, said_at=agency.mention.start)
                return True
            if (office := self._representative_of_a_body(previous, gap)) is not None:
                # 联合国开发计划署驻华代表白雅婷: the body's representative there holds the
                # title at the body, which keeps no mission of that name
                represented, title = office
                self.role(person, represented.entity_key, "title-between", title, said_at=represented.mention.start)
                return True
            if (several := _MISSION_TO_SEVERAL_BODIES.search(self.text, self.sentence.start, start)) is not None:
                # 中国常驻联合国日内瓦办事处和瑞士其他国际组织代表陈旭: China's mission to the
                # UN office and the other bodies of the city, not the UN office itself
                label = "中国常驻" + several["hosts"] + "代表团"
                key = self._organization(label, "GovernmentOrganization")
                self.role(person, key, "mission-title", several["title"], said_at=several.start())
                return True
            if (mission := self._diplomatic_mission(previous, gap)) is not None:
                # 中国驻柬埔寨大使汪文斌, 中国常驻联合国代表傅聪: the sender's mission there
                key, sender = mission
                self.role(person, key, "mission-title", gap, said_at=sender.mention.start)
                if self.kind(previous) == "Place":
                    self.add(key, "locatedIn", previous.entity_key, "mission-title")
                return True
            if (
                title
                and gap == title
                and self.kind(previous) == "Place"
                and self.entities[previous.entity_key].label.endswith(_INSTITUTIONS_NAMED_AS_PLACES)
                and _post_of_deputy(title) in _HEADS_OF_INSTITUTIONS
            ):
                # 三星堆博物馆馆长余健, 中国美术馆馆长吴为山: the museum or library, a place
                # to the extractor (as People's Daily tags it), is the institution he heads
                label = self.entities[previous.entity_key].label
                key = self._organization(label, "Organization")
                self.role(person, key, "title-between", title, said_at=previous.mention.start)
                return True
            if (
                title
                and self.kind(previous) == "Organization"
                and self.entities[previous.entity_key].label in _PARTY_BODIES_OF
                and (party := self.party_body_of_a_kind(previous)) is not None
            ):
                # 天津大学举行学习会。校党委书记杨贤金: the committee of the one body of the
                # kind (校) named just before
                self.role(person, party, "head-of-body-named-before", title, said_at=previous.mention.start)
                return True
            if title and self.kind(previous) == "Organization":
                if (
                    previous.mention.text in _BODIES_IN_TITLES
                    and gap == title
                    # (市政府|副市长: the level's head says the level itself, no 市政府副市长)
                    and not (previous.mention.text.endswith("政府") and title[-2:] == previous.mention.text[0] + "长")
                ):
                    title = previous.mention.text + title  # 市委书记: the role as it is said
                listed = [part.strip() for part in gap.removeprefix("的").split("、")]
                if len(listed) > 1 and any(
                    listed[0].startswith(word) and _title_in(listed[0][len(word) :], self.gazetteer) for word in _FORMER
                ):
                    # 原党委委员、副行长: 原 holds for each title of the list (not 前锋)
                    for part in listed:
                        part = part.removeprefix(_former_prefix(part))
                        if _title_in(part, self.gazetteer) == part:
                            self.role(
                                person,
                                previous.entity_key,
                                "title-between",
                                part,
                                said_at=previous.mention.start,
                                former=True,
                            )
                    return True
                if len(listed) > 1 and all(_title_in(part, self.gazetteer) == part for part in listed[:-1]):
                    # 云南省委副书记、省长王予波: every title listed between the body and the
                    # person is the person's, each at the body it belongs to
                    for part in listed[:-1]:
                        self.role(person, previous.entity_key, "title-between", part, said_at=previous.mention.start)
                # 腾讯公司董事会主席兼首席执行官马化腾: posts held at once, each at the body
                for part in _titles_held(listed[-1], self.gazetteer)[:-1]:
                    self.role(person, previous.entity_key, "title-between", part, said_at=previous.mention.start)
                holder = previous.entity_key
                if (
                    len(listed) > 1
                    and (state := _TITLES_OF_ONE_BODY.get(listed[-1])) is not None
                    and self._is_chinese_body(holder)
                ):
                    # 中共中央政治局委员、国务委员王毅: the State Council's, not the Politburo's
                    key = self._organization(state, "GovernmentOrganization")
                    self.role(person, key, "body-in-title", listed[-1], said_at=start - len(listed[-1]))
                    self.titles_listed_before(person, previous)
                    return True
                if len(listed) > 1 and (body_and_post := self.known_body_opening(listed[-1])) is not None:
                    # 中共中央政治局常委、中央纪委书记李希: the last post at the body it names
                    key, post = body_and_post
                    self.role(person, key, "body-in-title", post, said_at=start - len(listed[-1]))
                    self.titles_listed_before(person, previous)
                    return True
                # 国家发展改革委政策研究室副主任、委新闻发言人: the spokesperson of the body
                # the one character names (委, 部, 局)
                for_the_body = (
                    len(listed[-1]) > 1
                    and listed[-1][0] in _KINDS_SAID_BY_ONE_CHARACTER
                    and listed[-1][1:] in _SPOKESPERSONS
                )
                if len(listed) > 1 and (listed[-1] in _SPOKESPERSONS or for_the_body):
                    # 生态环境部宣传教育司司长、新闻发言人裴晓菲: the ministry's spokesperson,
                    # whose department heads the list
                    holder = self.body_of_a_department(holder) or holder
                unit = listed[-1][: -len(title)] if listed[-1].endswith(title) and not for_the_body else ""
                if not unit and not for_the_body and (split := self._unit_and_title(title)) is not None:
                    # 北京大学常务副校长、医学部主任乔杰, 工业和信息化部…、科技司司长: the head of
                    # a unit, which the rules read as one title
                    unit, title = split
                # 应急管理部派出由|防汛抗旱司|司长: the unit begins after a verb's preposition
                cut = max(unit.rfind(ch) for ch in _BEFORE_A_UNIT) + 1
                # 副厅长兼|刑侦局|局长: the posts held before 兼 are no part of the unit
                cut = max(cut, unit.rfind("兼") + 1)
                # 四川证监局决定对|公司及|董事长梁斐: the officer of the one the body acts on
                acted_on = cut > 0 and unit[cut - 1] in "对向把将"
                unit = unit[cut:]
                then = unit.startswith("时任")  # 汉口银行时任|投资银行部|总经理: the post held then
                unit = unit.removeprefix("时任")
                if acted_on and unit == "其" and (acted := self.one_company_before(previous.mention.start)):
                    # 国资委对其董事长孟凡明: the officer of the company named before, acted on
                    self.role(person, acted, "title-between", title, said_at=previous.mention.start, former=then)
                    return True
                if unit.startswith(("该", "本", "其", "此")):
                    # 大连监管局对时任|该分公司|总经理: the unit of a body named before, not this one's
                    self.titles_listed_before(person, previous)
                    return True
                if unit in _STATE_WORDS:
                    # 中共中央政治局常委、国家副主席胡锦涛: the state's office, not the body's
                    if (state := _TITLES_OF_ONE_BODY.get(listed[-1])) is not None and self._is_chinese_body(holder):
                        key = self._organization(state, "GovernmentOrganization")
                        self.role(person, key, "body-in-title", listed[-1], said_at=start - len(listed[-1]))
                    self.titles_listed_before(person, previous)
                    return True
                label = self.entities[holder].label
                if len(unit) >= 2 and label.endswith(unit):
                    pass  # 上海申花足球俱乐部董事长、俱乐部主教练: the body itself again, by its kind
                elif (
                    unit in _SELF_GOVERNING_COMMITTEES
                    and (committee := next((c for c in ("党委", "党总支", "党支部") if label.endswith(c)), None))
                    and len(label) - len(committee) >= 2  # (no 村委会 of a 党支部 named alone)
                ):
                    # 小岗村党委书记、村委会主任李锦柱: the village's own committee, the Party
                    # committee's twin, not a unit of it
                    holder = self._organization(label.removesuffix(committee) + unit, "Organization")
                elif unit in ("管委会", "管委", "办事处") and label.endswith("党工委"):
                    # 雄安新区党工委委员、管委会副主任于学军, 街道党工委书记、办事处主任: the
                    # administrative committee or office, the Party working committee's twin,
                    # not a unit of it (管委 its short name: 泰山景区党工委书记、管委主任)
                    twin = "管委会" if unit == "管委" else unit
                    holder = self._organization(label.removesuffix("党工委") + twin, "GovernmentOrganization")
                elif (
                    2 <= len(unit) <= 9
                    and (
                        unit[-1] in _UNIT_ENDINGS
                        # 上海交通大学副校长、医学院院长: a school of the university
                        or (self.subtype(previous) == "University" and unit.endswith(_UNITS_OF_A_UNIVERSITY))
                    )
                    and _CJK_ONLY.fullmatch(unit)
                ):
                    # 哈尔滨市委常委、宣传部部长徐宏: the head of a department of the body,
                    # which is part of it (全国总工会保障工作部部长: the federation's)
                    whole = holder
                    if label.endswith(_PARTY_BODIES_OF) and unit[-1] in "局处厅司庭":
                        # 省公安厅党委委员、副厅长兼刑侦局局长: a bureau of the department,
                        # not of its Party committee
                        label = label[:-2]
                        whole = self._organization(label, self.subtype(previous) or "Organization")
                    holder = self._organization(label + unit, self.subtype(previous) or "Organization")
                    self.add(holder, "partOf", whole, "unit-before-title")
                elif unit.endswith(_OTHER_BODIES_ENDINGS):
                    # 中国篮球协会副秘书长、CBA公司总经理: the last post is at another body,
                    # which the rules did not find; the ones listed before are at this one
                    holder = ""
                elif acted_on:
                    # 证监局决定对|公司及|董事长梁斐: the company the article is about, not the
                    # regulator (对|董事长王某: whose, unsaid)
                    holder = (
                        self.one_company_before(previous.mention.start) or ""
                        if _THE_COMPANY_ACTED_ON.fullmatch(unit)
                        else ""
                    )
                    then = then or unit.endswith(("原", "时任"))
                if holder:
                    self.role(person, holder, "title-between", title, said_at=previous.mention.start, former=then)
                self.titles_listed_before(person, previous)
                return True
            if self.kind(previous) == "Place" and "、" in gap and self.titles_of_a_place(person, previous, gap):
                return True
            if self.kind(previous) == "Place" and (
                held := _titles_held(gap, self.gazetteer) or self._titles_sharing_the_level(previous, gap)
            ):
                # 新西兰财政部长; 马来西亚副总理兼财政部长: each post held at its own body
                found = False
                for part in held:
                    if (settlement := self._settlement_unit(previous, part)) is not None:
                        # 大坪村|原党支部书记|谢国荣: a post at the village's committee
                        self.role(person, settlement[0], "title-between", settlement[1], said_at=previous.mention.start)
                        found = True
                        continue
                    body = self._place_body(previous, part)
                    if body is not None:
                        key, rule = body
                        self.role(person, key, rule, part, said_at=previous.mention.start)
                        found = True
                if found:
                    # 省人大代表、厦门市市长伍斌: the bodies and titles listed before the place
                    self.titles_listed_before(person, previous)
                    return True
            if (
                title
                and self.kind(previous) == "Place"
                and (company := self.company_before_scope(previous)) is not None
                and company.mention.end < previous.mention.start
                and self.subtype(company) in _COMPANIES_WITH_ARMS
                and (scope := _TITLES_THEN_SCOPE.fullmatch(self.text, company.mention.end, previous.mention.start))
            ):
                # 阿斯利康全球执行副总裁、国际业务及中国总裁王磊: the company's posts listed,
                # then the head of its business abroad and in the country, all at the company
                for part in filter(None, (scope["titles"] or "").split("、")):
                    if _title_in(part, self.gazetteer) == part:
                        self.role(person, company.entity_key, "title-between", part, said_at=company.mention.start)
                detail = scope["scope"] + previous.mention.text + gap.removeprefix("的")
                self.role(person, company.entity_key, "title-between", detail, said_at=company.mention.start)
                return True
            if (
                title
                and self.kind(previous) == "Place"
                and (company := self.ending_last(previous.mention.start)) is not None
                and company.mention.end == previous.mention.start
                and self.subtype(company) in _COMPANIES_WITH_ARMS
            ):
                # IDC中国副总裁钟振山, 苹果中国区总裁: the head of a company's arm in a
                # country holds the title at the company, as the title says
                posts = _titles_held(gap.removeprefix("的"), self.gazetteer) or [gap.removeprefix("的")]
                for post in posts:  # 大中华区董事长兼首席执行官: each post held at once
                    detail = previous.mention.text + post
                    self.role(person, company.entity_key, "title-between", detail, said_at=company.mention.start)
                return True
            if (
                self.kind(previous) == "Place"
                and self.subtype(previous) == "Country"
                and self.minister_of_a_field(person, previous, gap.removeprefix("的"))
            ):
                return True  # 俄罗斯紧急情况部长绍伊古, 新加坡数码发展及新闻部长杨莉明
        if (
            previous is not None
            and self.kind(previous) == "Technology"
            and (country := self.ending_last(previous.mention.start)) is not None
            and self.kind(country) == "Place"
            and self.subtype(country) == "Country"
            and self.minister_of_a_field(person, country, self.text[country.mention.end : start].strip())
        ):
            # 印度电子和信息技术部长阿什维尼·瓦伊什瑙: a ministry whose field names a
            # technology (信息技术), which the extractor found inside the title
            return True
        if (one_body := next((t for t in _TITLES_OF_ONE_BODY if head.endswith(t)), None)) is not None:
            # 国务委员王小洪: a title only one body has, which names it
            key = self._organization(_TITLES_OF_ONE_BODY[one_body], "GovernmentOrganization")
            self.role(person, key, "body-in-title", one_body, said_at=start - len(one_body))
            return True
        if (
            sar_head := next(
                # (not 副, 前, 原, nor 首任, 第五任, 候任, 时任: a deputy, a head before or to
                # come; but 新任, 现任, 连任: the head now)
                (t for t in _HEADS_OF_A_SAR if head.endswith(t) and not _NOT_THE_HEAD_NOW.search(head[: -len(t)])),
                None,
            )
        ) is not None and (government := self.sars_government_before(previous, start - len(sar_head))) is not None:
            # 香港特首李家超: the region written right before the title; 行政长官岑浩辉今日上午
            # 会见…: the head of the one region's government the article names (澳门日报, 澳门
            # 特区政府), Hong Kong's or Macao's
            self.role(person, government, "place-government-title", sar_head, said_at=start - len(sar_head))
            return True
        level_head = _LEVEL_HEAD.search(head)
        if level_head is None and "、" in head:
            # 省长、省副总河长许昆林: the head's title, then another post of the same person
            # (read in a wider window: 副省长、省副总河长 is longer than the eight characters)
            wide = self.text[max(self.sentence.start, start - 16) : start]
            titles_before, _, last_title = wide.rpartition("、")
            if _title_in(last_title, self.gazetteer) is not None:
                level_head = _LEVEL_HEAD.search(titles_before)
                head = wide if level_head is not None else head
        if (
            level_head is not None
            and (place := self.article_place_of_level(level_head["level"] or level_head["region"], start)) is not None
        ):
            # 省委书记王晓晖出席，省长施小琳主持: the head of the government of the one
            # province (city, county) the article names
            key = self._organization(self.gazetteer.government_label(place.key), "GovernmentOrganization")
            title = level_head.group("title")
            said_at = start - len(head) + level_head.start("title")
            self.role(person, key, "place-government-title", title, said_at=said_at)
            return True
        body_title = _body_before_title(head, self.gazetteer)
        if body_title is not None and body_title[0] not in _UNNAMED_PARTY_BODIES:
            # (三市镇党委书记李志宏, the town not read: whose committee, unsaid)
            # 市委书记万庆良: the body is written into the title.
            label, role = body_title
            key = self._organization(label, "PoliticalOrganization")
            self.role(person, key, "body-in-title", role, said_at=start - len(role))
            return True
        if (headed := self._known_body_before_its_heads_title(head)) is not None:
            # 行政院长陈建仁, 立法院长韩国瑜: a body the gazetteer knows, its head's title glued
            # on as one word (院长), which the rules read as a title alone
            yuan, role = headed
            self.role(person, yuan, "body-in-title", role, said_at=start - len(role) - 1)
            return True
        if self.outlet is not None and (
            (own := _OWN_PAPERS_REPORTER.search(self.text, max(self.sentence.start, start - 30), start)) is not None
            # 合肥12月4日电（记者 徐海涛）, 武汉讯（记者 张晖）: the dateline opening the article
            # of the outlet its end names (（新华社）, （长江日报）)
            or (own := _DATELINE_REPORTER.search(self.text, max(self.sentence.start, start - 30), start)) is not None
            # …宣布上述消息。（记者 孙奕）: the byline in brackets that closes the paragraph
            or (
                (own := _BRACKETED_BYLINE.search(self.text, max(self.sentence.start, start - 30), start)) is not None
                and _CLOSES_THE_PARAGRAPH.match(self.text, start) is not None
            )
        ):
            # 本报杭州11月30日电（记者 王晓东）: a reporter of the article's paper (浙江日报)
            self.role(person, self.outlet, "reporter-of-own-paper", own["title"], said_at=own.start("title"))
            return True
        gap_start = previous.mention.end if previous is not None else self.sentence.start
        written = self.text[max(gap_start, start - 8) : start].strip()
        title = _title_in(written[written.rfind("由") + 1 :], self.gazetteer)  # 典礼由|常务副校长
        if title is None and written.endswith("由") and self.text.startswith(_TAKING_UP, person.mention.end):
            # 组长由|赵刚|担任: the title, 由, then who holds it (read as if 由 were not there)
            title = _title_in(written[:-1], self.gazetteer)
            start -= 1
        if title and self.gazetteer.titles.get(title, "before") in ("before", "both"):
            organization = self.nearest_organization(start - len(title), title)
            if organization is not None:
                self.role(
                    person, organization.entity_key, "title-nearest-organization", title, said_at=start - len(title)
                )
                return True
            if (colleague := self.colleagues_body(start - len(title), title)) is not None:
                # 国家数据局局长刘烈宏讲话，副局长沈竹林主持: the deputy of the post named
                # before, at its body
                self.role(person, colleague, "colleague-title", title, said_at=start - len(title))
                return True
            post = title.removeprefix("时任")  # (时任局长张建国: the post held then)
            if (own_body := self.body_of_its_kind(start - len(post), post)) is not None:
                # 武汉市政务服务和大数据管理局召开推进会。局党组书记、局长张建平出席: the head of
                # the one body of the title's kind named just before
                self.role(person, own_body, "head-of-body-named-before", title, said_at=start - len(title))
                self.party_posts_listed_before(person, own_body, self.clause_start(start), start - len(title))
                return True
            if (
                (opening := _KIND_OPENING_TITLES.match(self.text, self.sentence.start)) is not None
                and _TITLES_BEFORE.fullmatch(self.text, opening.end(), start - len(title))
                and (
                    own_body := self.body_of_its_kind(
                        start - len(title), title, after_name=True, kinds=_COMPANY_KINDS[opening["kind"]]
                    )
                )
                is not None
            ):
                # 航天科技集团召开工作会议。集团公司党组书记、董事长陈亮作报告: the company of
                # that kind named just before, by its kind's word opening the titles
                self.role(person, own_body, "head-of-body-named-before", title, said_at=start - len(title))
                self.party_posts_listed_before(person, own_body, opening.end(), start - len(title))
                return True
            if (
                (named := _KIND_THEN_TITLE.fullmatch(title)) is not None
                and named["title"] in self.gazetteer.titles
                and (own_body := self.body_of_its_kind(start - len(title), title, kinds=_ANAPHOR_KINDS[named["kind"]]))
                is not None
            ):
                # 寿光蔬菜种业集团推出新品种。集团总经理隋申利介绍: the body of that kind named
                # just before, by its kind's word before the title
                self.role(
                    person, own_body, "head-of-body-named-before", named["title"], said_at=start - len(named["title"])
                )
                return True
            if (
                title.endswith("发言人")
                and not self.between(self.clause_start(start - len(title)), start - len(title)).strip()
                and (host := self.briefing_host(start - len(title))) is not None
            ):
                # 国台办举行新闻发布会。发言人朱凤莲表示: the spokesperson of the body holding it
                self.role(person, host.entity_key, "spokesperson-at-briefing", title, said_at=start - len(title))
                return True
        return False

    def minister_of_a_field(self, person: LinkedMention, country: LinkedMention, written: str) -> bool:
        """Record ``person`` as the head of ``country``'s ministry of the field ``written``
        names before 部长 (紧急情况部长, 数码发展及新闻部长: a title the gazetteer cannot
        list), if it names one."""
        held_first, _, written = written.rpartition("兼")  # 副总理兼贸易和一体化部部长
        ministry = _FOREIGN_MINISTER.fullmatch(written)
        if ministry is None or ministry["field"].startswith(_FORMER):
            return False
        for part in filter(None, held_first.split("兼")):
            if _title_in(part, self.gazetteer) == part and (body := self._place_body(country, part)) is not None:
                self.role(person, body[0], body[1], part, said_at=country.mention.start)
        label = self.entities[country.entity_key].label + ministry["field"] + "部"
        key = self._organization(label, "GovernmentOrganization")
        title = (ministry["deputy"] or "") + "部长"
        self.role(person, key, "place-ministry-title", title, said_at=country.mention.start)
        return True

    def body_of_its_kind(
        self, offset: int, title: str, *, after_name: bool = False, kinds: tuple[str, ...] | None = None
    ) -> str | None:
        """The body a head's title names by its kind alone (局长 of a 局, 厅长 of a 厅, 院长
        of a 院, 委员长 of a 委员会), opening its sentence (after other titles only: 局党组
        书记、局长; or, ``after_name``, right after the name that opens it: 赵乐际委员长主持
        会议): the one organization of that kind named in this sentence or the one before
        it, if there is exactly one."""
        kind = kinds or _kind_headed(title)
        if kinds is None and (written := _KIND_WRITTEN_BEFORE_TITLES.match(self.text, self.clause_start(offset))):
            kind = (written.group(1),)  # 法院审判长、副院长刘言浩: a court's, not 检察院第一分院's
        if kind is None or not (
            after_name
            or _TITLES_BEFORE.fullmatch(self.text, self.sentence.start, offset)
            # 浙江大学党委书记任少波主持会议，校长杜江峰出席: opening a later clause, the
            # post not given to someone already (局长刘烈宏…，局长王伟: no two heads of one)
            or (
                _TITLES_BEFORE.fullmatch(self.text, self.clause_start(offset), offset)
                and not any(held == title for roles in self.roles_said.values() for _, held in roles)
            )
        ):
            return None
        named = self.named_since_sentence_before(offset)
        bodies = {
            linked.entity_key
            for linked in named
            if self.kind(linked) == "Organization"
            # (by its name as written too: 中兴通讯股份有限公司, known as 中兴通讯, is a 公司)
            and (self.entities[linked.entity_key].label.endswith(kind) or linked.mention.text.endswith(kind))
            and not (title.endswith("委员长") and self._headed_by_a_director(self.entities[linked.entity_key].label))
        }
        if not bodies and not kinds:
            # 浙江大学党委书记…，校长杜江峰: the body whose Party committee was named
            for linked in named:
                label = self.entities[linked.entity_key].label
                if self.kind(linked) == "Organization" and label.endswith(_PARTY_BODIES_OF):
                    head = label[:-2]  # (each of _PARTY_BODIES_OF has two characters)
                    if head.endswith(kind) and (known := self.gazetteer.lookup(head)) is not None:
                        bodies.add(self._organization(known.label, known.subtype or "Organization"))
        return bodies.pop() if len(bodies) == 1 else None

    def _headed_by_a_director(self, label: str) -> bool:
        """Whether a commission is China's and no standing committee of a congress
        (国家发展和改革委员会, 四川省卫生健康委员会), which a director (主任) heads, no
        委员长 (the chairman of the NPC's Standing Committee, or of a body abroad)."""
        if label.endswith(("常务委员会", "常委会")):
            return False
        place, _ = self.gazetteer.leading_place(label)
        return place is None or place.key == "iso-cn" or place.key.startswith("cn-")

    def briefing_host(self, offset: int) -> LinkedMention | None:
        """The body that holds the press conference told of before ``offset`` in this
        sentence or in the one before it (外交部举行例行记者会。发言人毛宁说; 国台办举行新闻
        发布会，发言人朱凤莲表示): the organization that opens that sentence, before its
        briefing."""
        earlier = sentence_start(self.text, self.sentence.start - 1)
        for begin, end in ((self.sentence.start, offset), (earlier, self.sentence.start)):
            briefing = _BRIEFING.search(self.text, begin, end)
            if briefing is None:
                continue
            mentions = self.result.mentions  # in the order of the text
            index = bisect_left(mentions, begin, key=lambda linked: linked.mention.start)
            if index < len(mentions) and self.subtype(mentions[index]) == "MediaOutlet":
                # 新华网南京3月18日电 江苏省人社厅…: the outlet's dateline, then the host
                after, skipped = mentions[index].mention.end, 1
                if index + 1 < len(mentions) and mentions[index + 1].mention.start == after:
                    after, skipped = mentions[index + 1].mention.end, 2
                if _DATELINE.match(self.text[after : after + 20]) is not None:
                    index += skipped
            if index < len(mentions) and mentions[index].mention.start < briefing.start():
                first = mentions[index]
                if self.entities[first.entity_key].type == "Organization":
                    return first
        return None

    def article_place_of_level(self, level: str, at: int | None = None) -> Entity | None:
        """The one Chinese place of ``level`` (省, 市, 县, 区) that this sentence's article
        names, alone or at the start of a body's name (四川省委), if it names exactly one
        besides those inside it (赣州市 and its 瑞金市); where it names more, the one it
        named before ``at`` (苏州市人大会议开幕，市长吴庆文作报告 … 与上海市、嘉兴市合作:
        the city whose session it is, the others the report's)."""
        places: dict[str, Entity] = {}
        named_before: set[str] = set()
        around: dict[str, Entity] = {}  # the places of that level the others lie in
        for linked in self.result.mentions:
            if linked.article != self.article or len(linked.mention.text) == 1:
                continue  # (京津冀: a region's places by their characters, not what the article is about)
            entity = self.entities[linked.entity_key]
            if entity.type == "Organization":  # 四川省委: the place a body's name begins with
                if entity.subtype == "Company":
                    continue  # 浙江吉利控股集团: where a company was founded, not what the article is about
                entry, _ = self.gazetteer.leading_place(entity.label)
                entity = entity_from_entry(entry) if entry is not None else entity
            if not entity.key.startswith("cn-") or "特别行政区" in entity.label:
                continue
            if entity.label.endswith(level):
                places[entity.key] = entity
                if at is not None and linked.mention.end <= at and not self.a_visitor(linked):
                    named_before.add(entity.key)
            for above in self.gazetteer.ancestors(entity.key):
                if above.key.startswith("cn-") and above.label.endswith(level):
                    around[above.key] = entity_from_entry(above)
        if len(places) > 1:
            # 赣州市 … 瑞金市: not a place inside another of them, as an article from a city names its parts
            places = {key: places[key] for key in self.gazetteer.outermost(places)}
        if len(places) > 1 and len(before := [key for key in places if key in named_before]) == 1:
            return places[before[0]]
        if not places:
            places = around  # 省长施小琳在成都会见…: the province of the city named
        return next(iter(places.values())) if len(places) == 1 else None

    def titles_of_a_place(self, person: LinkedMention, place: LinkedMention, gap: str) -> bool:
        """四川省副省长、公安厅厅长叶寒冰: titles listed after a place, each at the body it
        belongs to: the place's government (副省长), or a department of the place's
        government written before its title (公安厅 → 四川省公安厅). Whether any was read."""
        parts = [part.strip() for part in gap.removeprefix("的").split("、")]
        # 四川省原副省长、公安厅厅长: 原 holds for each title of the list
        former = _former_prefix(parts[0])
        parts[0] = parts[0][len(former) :]
        posts: list[tuple[str, str, str]] = []
        for part in parts:
            if _title_in(part, self.gazetteer) != part or part.startswith(_FORMER):
                return False
            # 公安厅厅长: the department's name, then the title in the gazetteer
            title = next((part[at:] for at in range(len(part)) if part[at:] in self.gazetteer.titles), part)
            unit = part[: -len(title)]
            if not unit:
                if (at := self._place_body(place, title)) is None:
                    return False
                posts.append((at[0], at[1], title))
            elif 2 <= len(unit) <= 9 and unit[-1] in _UNIT_ENDINGS and _CJK_ONLY.fullmatch(unit):
                label = self.entities[place.entity_key].label
                if unit[0] == label[-1] and unit[0] in "省市区县州":
                    unit = unit[1:]  # 安徽省副省长、省公安厅厅长: the place's level again
                label += unit
                posts.append((self._organization(label, "GovernmentOrganization"), "title-between", title))
            else:
                return False
        for key, rule, title in posts:
            self.role(person, key, rule, title, said_at=place.mention.start, former=bool(former))
        return bool(posts)

    def titles_listed_before(self, person: LinkedMention, body: LinkedMention) -> None:
        """深圳市人民政府副秘书长、市政务服务数据管理局局长张三, 微软亚太研发集团主席兼微软
        亚洲研究院院长洪小文: the bodies and titles listed with 、 or held with 兼 before the
        one right before the person are the person's too."""
        while True:
            earlier = self.ending_last(body.mention.start)
            if earlier is None or self.kind(earlier) not in ("Organization", "Place"):
                self.level_head_listed_before(person, body)
                return
            listed = _LISTED_TITLES.match(self.text[earlier.mention.end : body.mention.start])
            if listed is None:
                self.level_head_listed_before(person, body)
                return
            titles = [title.strip() for title in listed.group(1).split("、")]
            if not all(_title_in(title, self.gazetteer) == title for title in titles):
                return
            if any(title.endswith("同志") or title.startswith(("有关", "相关")) for title in titles):
                # 中央组织部有关负责同志、国资委主任张玉卓, 电子政务办公室有关负责人、复旦大学…
                # 教授郑磊: another person, unnamed
                return
            if self.kind(earlier) == "Place":
                # 重庆市副市长、市公安局局长张明全: a place's title, at the body it names
                # (the city's government), and nothing listed before the place
                for title in titles:
                    if (at := self._place_body(earlier, title)) is not None:
                        self.role(person, at[0], at[1], title, said_at=earlier.mention.start)
                return
            for title in titles:
                if (one_body := _TITLES_OF_ONE_BODY.get(title)) is not None:
                    # 中共中央总书记、国家主席、中央军委主席: the state's office, not the Party's
                    # (越共中央总书记、国家主席苏林: Vietnam's, which kg does not guess)
                    if self._is_chinese_body(earlier.entity_key):
                        key = self._organization(one_body, "GovernmentOrganization")
                        self.role(person, key, "body-in-title", title, said_at=earlier.mention.end)
                else:
                    self.role(person, earlier.entity_key, "listed-titles", title, said_at=earlier.mention.start)
            body = earlier

    def level_head_listed_before(self, person: LinkedMention, body: LinkedMention) -> None:
        """副省长、省公安厅厅长胡旭曦: the head of a level's government listed before the
        body, with no place named, heads the government of the one place of that level the
        article names."""
        start = body.mention.start
        head = self.text[max(self.sentence.start, start - 9) : start]
        if not head.endswith("、") or (level_head := _LEVEL_HEAD.search(head[:-1])) is None:
            return
        place = self.article_place_of_level(level_head["level"] or level_head["region"])
        if place is not None:
            key = self._organization(self.gazetteer.government_label(place.key), "GovernmentOrganization")
            title = level_head.group("title")
            self.role(person, key, "place-government-title", title, said_at=start - 1 - len(title))

    def _is_chinese_body(self, key: str) -> bool:
        """Whether the body ``key`` is one of China's Party or state (中共中央, 全国人大,
        中央军委, 国务院 and what the gazetteer places under them, or a name that says so:
        中共…, 中国…), so that a title of China's state listed with it (国家主席) is China's."""
        chain = [key, *(entry.key for entry in self.gazetteer.ancestors(key))]
        if any(link in _CHINESE_PARTY_AND_STATE for link in chain):
            return True
        return self.entities[key].label.startswith(("中共", "中国", "全国", "中央"))

    def overlapping(self, start: int, end: int) -> list[LinkedMention]:
        """The mentions that overlap the text from ``start`` to ``end``, the last to start first."""
        found: list[LinkedMention] = []
        for index in range(bisect_left(self.starts, end) - 1, -1, -1):
            if self.reach[index] <= start:
                break
            if self.mentions[index].mention.end > start:
                found.append(self.mentions[index])
        return found

    def company_before_scope(self, place: LinkedMention) -> LinkedMention | None:
        """The mention before the places of a scope that ends with ``place`` (施耐德电气
        全球执行副总裁、|中国|及|东亚|区总裁: 施耐德电气), the company whose arm it names."""
        before = self.ending_last(place.mention.start)
        while before is not None and self.kind(before) == "Place" and place.mention.start - before.mention.end <= 2:
            place = before
            before = self.ending_last(before.mention.start)
        return before

    def body_meeting_before(self, verb_start: int) -> str | None:
        """深圳市工商联第八次代表大会召开。会议选举张三为主席: the body whose meeting the
        sentence before names (the organization that opens it), when the verb of choosing
        follows 会议 or 大会 opening this sentence; None otherwise."""
        if _MEETING_CHOOSES.fullmatch(self.text, self.sentence.start, verb_start) is None:
            return None
        mentions = self.result.mentions  # in the order of the text
        index = bisect_left(mentions, self.sentence.start, key=lambda linked: linked.mention.start) - 1
        opening = None
        while index >= 0:
            linked = mentions[index]
            if linked.article != self.article or self.sentence.start - linked.mention.start > 120:
                break
            if self.text.count("。", linked.mention.end, self.sentence.start) > 1:
                break  # (only the sentence right before)
            if self.kind(linked) == "Organization":
                opening = linked
            index -= 1
        return opening.entity_key if opening is not None else None

    def body_choosing(self, verb_start: int) -> str | None:
        """The key of the organization right before a verb of appointing or electing at
        ``verb_start`` (中国足球协会|选举, 国家数据局|任命, with a date or its meeting
        between: 中国红十字会|第十一次全国会员代表大会|选举), whose post is chosen: the body
        its council or board (理事会, 董事会) belongs to, when the rules found that
        council as a name of its own; None when no such body stands there."""
        body = self.ending_last(verb_start)
        if (
            body is None
            or body.mention.start < self.sentence.start
            or self.kind(body) != "Organization"
            or _CHOOSING_GAP.fullmatch(self.between(body.mention.end, verb_start)) is None
        ):
            return None
        label = self.entities[body.entity_key].label
        if label in _CHOOSING_ORGANS:
            return None  # 董事会选举…为董事长: whose board, unsaid here
        organ = next(
            (organ for organ in _CHOOSING_ORGANS if label.endswith(organ) and len(label) > len(organ) + 1), None
        )
        if organ is not None:
            whole = self.gazetteer.lookup(label[: -len(organ)])
            return whole.key if whole is not None and whole.type == "Organization" else None
        return body.entity_key

    def ending_last(self, offset: int) -> LinkedMention | None:
        """The mention that ends last at or before ``offset`` (the first of those that
        end there, the longest)."""
        best: LinkedMention | None = None
        for index in range(bisect_left(self.starts, offset) - 1, -1, -1):
            if best is not None and self.reach[index] < best.mention.end:
                break
            linked = self.mentions[index]
            if linked.mention.end <= offset and (
                best is None or (linked.mention.end, -linked.mention.start) >= (best.mention.end, -best.mention.start)
            ):
                best = linked
        return best

    def role_now(self, person: LinkedMention, index: int) -> bool:
        """张三，1965年生，山东青岛人，现任烟台市委书记: the first organization after 现任 (or
        后任, 调任, 2022年起任) in a later clause of the person's sentence, and the title
        after it, when no other person is named between."""
        if not self.says_now and not self.says_once:
            return False
        held_before = False
        places_before: int | None = None  # where the places written right before a body begin
        for position in range(index + 1, len(self.mentions)):
            later = self.mentions[position]
            if self.kind(later) == "Person":
                break
            if self.kind(later) not in ("Organization", "Place"):
                continue
            former = False
            verb_end = later.mention.start if places_before is None else places_before
            run_start, places_before = places_before, None
            if _NOW_SERVES.search(self.text, person.mention.end, verb_end) is None:
                if _ONCE_SERVED.search(self.text, person.mention.end, verb_end) is None:
                    continue
                former = True  # 王光彦，医学博士，曾任北京大学常务副校长
            if self.kind(later) == "Place":
                # 王建国，男，1965年生，曾任宁县县长、县委书记: a title of the place's government
                # (of the innermost place written: 重庆市万州区区长)
                innermost = self.innermost_place_from(later)
                if (body := self.mention_at(innermost.mention.end)) is not None and self.kind(body) == "Organization":
                    places_before = later.mention.start if run_start is None else run_start
                    continue  # 现任成都市|新都区委|书记: the body named right after the place holds the post
                held = _HELD_TITLE.match(self.text, innermost.mention.end, self.sentence.end)
                title = _title_in(held.group(1), self.gazetteer) if held else None
                if held is None or title is None or title != held.group(1):
                    if not former:
                        break
                    continue
                if (at := self._place_body(innermost, title)) is None:
                    continue
                self.role(person, at[0], at[1], title, said_at=later.mention.start, former=former)
                government = LinkedMention(innermost.mention, at[0], innermost.article)
                self.titles_listed_after(person, government, held.end(), former=former)
                # (现任…，曾任…: the posts held before may follow the one held now)
                held_before = True
                continue
            held = _HELD_TITLE.match(self.text, self.past_its_note(later.mention.end), self.sentence.end)
            title = _title_in(held.group(1), self.gazetteer) if held else None
            if held is not None and title is not None and title == held.group(1):
                self.role(person, later.entity_key, "serves-as", title, said_at=later.mention.start, former=former)
                self.titles_listed_after(person, later, held.end(), former=former)
                # (曾任…副主任，2019年起任…副秘书长: the post held now may follow; 现任…，曾任…:
                # the posts held before may follow the one held now)
                held_before = True
            elif not former:
                break
        return held_before

    def titles_listed_after(
        self, person: LinkedMention, body: LinkedMention, position: int, *, former: bool = False
    ) -> None:
        """任昆明市委常委、副市长: each title listed after the first one (which ends at
        ``position``) is held too, at the body it belongs to (the city's government for
        副市长, by :meth:`role`), or at another body named in the list (任命陈志刚为自然资源部
        副部长、国家海洋局局长)."""
        former = former or self.former(body.mention.start)  # 曾任…局长、…副局长: each held before
        while (mark := self.text[position - 1 : position]) in ("、", "兼") or (
            # 曾任海关总署综合业务司副司长，广州海关副关长，…: a career's posts listed with
            # commas, each a body (or place) and its title
            former and mark in ("，", ",") and self.mention_at(position) is not None
        ):
            other = self.mention_at(position)
            if other is not None and self.kind(other) == "Organization":
                body, position = other, other.mention.end
            elif other is not None and self.kind(other) == "Place":
                # 曾任峨眉山市委书记、乐山市副市长: a title of another place's government
                other = self.innermost_place_from(other)
                more = _HELD_TITLE.match(self.text, other.mention.end, self.sentence.end)
                title = _title_in(more.group(1), self.gazetteer) if more else None
                if (
                    more is None
                    or title is None
                    or title != more.group(1)
                    or (at := self._place_body(other, title)) is None
                ):
                    break
                self.role(person, at[0], at[1], title, said_at=other.mention.start, former=former)
                position = more.end()
                continue
            more = _HELD_TITLE.match(self.text, position, self.sentence.end)
            if more is None or _title_in(more.group(1), self.gazetteer) != more.group(1):
                break
            self.role(person, body.entity_key, "serves-as", more.group(1), said_at=body.mention.start, former=former)
            position = more.end()
        self.posts_in_later_clauses(person, position - 1)

    def innermost_place_from(self, place: LinkedMention) -> LinkedMention:
        """The last of the places written one right after another from ``place`` (重庆市|
        万州区 → 万州区), the one a title after them belongs to."""
        while (after := self.mention_at(place.mention.end)) is not None and self.kind(after) == "Place":
            place = after
        return place

    def posts_in_later_clauses(self, person: LinkedMention, position: int) -> None:
        """任命孙丽娟为…主任，免去其郑州市中心医院院长职务; 任…书记，不再担任河北省委常委、
        秘书长职务; 任…书记，兼任苏州市委常委: the person's other posts, taken on or left, in
        the clauses after the one that names a post (at ``position``, its end)."""
        later = _POST_IN_LATER_CLAUSE.match(self.text, position, self.sentence.end)
        body = self.mention_at(later.end()) if later is not None else None
        if later is None or body is None or self.kind(body) != "Organization":
            return
        held = _HELD_TITLE.match(self.text, body.mention.end, self.sentence.end)
        if held is None or _title_in(held.group(1), self.gazetteer) != held.group(1):
            return
        left = later["verb"] in _POSTS_LEFT
        self.role(person, body.entity_key, "serves-as", held.group(1), said_at=body.mention.start, former=left)
        # the clause's other titles, then the clauses after it
        self.titles_listed_after(person, body, held.end(), former=left)

    def state_office_taken(self, person: LinkedMention) -> None:
        """任命基尔·斯塔默为首相, 选举夏巴兹·谢里夫为总理, 欣鲍姆当选总统, 宣誓就任总统: a
        head of government or state appointed, elected or sworn in, with no body after the
        title, holds it in the government of the one country the sentence names."""
        taken = _STATE_OFFICE_TAKEN.match(self.text, person.mention.end, self.sentence.end)
        if taken is None:
            return
        before = self.text[max(self.sentence.start, person.mention.start - 30) : person.mention.start]
        if taken["verb"] == "为" and _APPOINTING_OR_ELECTING.search(before) is None:
            return  # 他为总统服务: no appointment
        countries = {self.entities[m.entity_key].label for m in self.mentions if self.subtype(m) == "Country"}
        for linked in self.mentions:
            if self.kind(linked) == "Organization":
                # 巴基斯坦国民议会选举…: the country a body of it is named with
                place, _ = self.gazetteer.leading_place(self.entities[linked.entity_key].label)
                if place is not None and place.subtype == "Country":
                    countries.add(place.label)
        if len(countries) != 1:
            return
        label = countries.pop() + "政府"
        key = self._organization(label, "GovernmentOrganization")
        self.role(person, key, "state-office-taken", taken["title"], said_at=taken.start("title"))

    def role_taken(self, person: LinkedMention, index: int) -> bool:
        """张三担任清华大学副校长, 任命张三为…局长, 张三当选…院士, 张三不再担任…职务: a post
        taken, held or left, said by a verb between the name and the body (read even when
        a title before the name gave another: 总工程师李明华当选中国工程院院士)."""
        following = self.mentions[index + 1] if index + 1 < len(self.mentions) else None
        after = self.text[person.mention.end : following.mention.start if following else self.sentence.end]
        # 任命沈竹林、陈荣辉为…副局长: the names listed before this one are appointed with it
        appointees = self.people_listed_before(index) if _APPOINTED_AS.match(after) else []
        first_named = appointees[-1].mention.start if appointees else person.mention.start
        appointed = _APPOINTED_AS.match(after) and (
            # (searched in the text, not a slice, so that 拟 before the window is seen)
            _APPOINTING.search(self.text, max(0, first_named - 6), first_named)
            # 任命宁夏大学副校长李星为…: the post the appointee holds now, between
            or _APPOINTING_IN_CLAUSE.search(self.text, max(self.sentence.start, first_named - 32), first_named)
            # 任命陈晓东为…局长，刘洋为…: each name of the list is appointed
            or _APPOINTING_EARLIER.search(self.text, self.sentence.start, person.mention.start)
            or _APPOINTING_LIST.search(self.text, max(0, person.mention.start - 800), person.mention.start)
        )
        # 张迈曾不再担任…, 周伟此前任…, 免去赵志强的…副主任职务: a post left or held before
        left = bool(_LEFT_OFFICE.match(after)) or (
            _REMOVED_FROM.match(after) is not None
            and (
                _REMOVING.search(self.text, max(0, person.mention.start - 8), person.mention.start) is not None
                or _REMOVING_EARLIER.search(self.text, self.sentence.start, person.mention.start) is not None
                or _REMOVING_LIST.search(self.text, max(0, person.mention.start - 800), person.mention.start)
                is not None
            )
        )
        # 此前，刘文彬任深圳市科技创新委员会主任: the sentence opens with when, before now
        # (not 此前，吴朝晖已被任命为…副部长: appointed before, and holding it still)
        clause = self.clause_start(person.mention.start)
        left = left or (
            (
                _BEFORE_THAT.fullmatch(self.text, self.sentence.start, person.mention.start) is not None
                # (…主任，此前她担任…局长: a later clause's)
                or _BEFORE_THAT.fullmatch(self.text, clause, person.mention.start) is not None
            )
            and not appointed
            and "被" not in after
            and _SERVES_AS.match(after) is not None
        )
        if (
            following is not None
            and self.kind(following) == "Organization"
            and (_SERVES_AS.match(after) or appointed or left)
        ):
            # (四川省经济合作局（四川省投资促进局）副局长: the body's second name in brackets
            # before the title)
            held = _HELD_TITLE.match(self.text, self.after_second_name(following), self.sentence.end)
            title = _title_in(held.group(1), self.gazetteer) if held else None
            if held is not None and title is not None and title == held.group(1):
                self.role(
                    person, following.entity_key, "serves-as", title, said_at=following.mention.start, former=left
                )
                if (
                    after.lstrip().startswith("等")
                    or (appointed and appointees)
                    # 王辰、李为民当选中国医院协会副会长: each name of the list before the verb
                    or (not left and _SERVES_AS.match(after) and after.lstrip().startswith(("当选", "分别")))
                    # 喻宝才、赵东、钟韧已任…副总经理: a list before the verb, each given the post
                    or (not left and after.strip() in _LIST_TAKING_A_POST)
                ):
                    # 吴义龙、刘瑞平等当选为…副区长, 任命沈竹林、陈荣辉为…: each name of the list
                    for listed in self.people_listed_before(index):
                        self.role(listed, following.entity_key, "serves-as", title, said_at=following.mention.start)
                        if not left and after.strip() in _LIST_TAKING_A_POST:
                            self.titles_listed_after(listed, following, held.end())
                self.titles_listed_after(person, following, held.end(), former=left)
                return True
        if (chosen := _CHOSEN_AT_THE_COMPANY.match(self.text, person.mention.end, self.sentence.end)) and (
            _APPOINTING.search(self.text, max(0, person.mention.start - 6), person.mention.start)
            or _APPOINTING_EARLIER.search(self.text, self.sentence.start, person.mention.start)
        ):
            # 选举吴磊为公司董事长, 董事会任命刘训峰为董事长: the post at the one company named
            # in this sentence or the one before
            title = chosen["title"]
            if title in _COMPANY_TITLES_OF_A_BOARD:
                kinds = _COMPANY_KINDS.get(chosen["kind"] or "公司", ("公司",))
                company = (
                    self.company_of_a_board_before(person.mention.start)
                    or self.body_of_its_kind(person.mention.start, title, after_name=True, kinds=kinds)
                    or self.one_company_before(person.mention.start)
                )
                if company is not None:
                    self.role(person, company, "serves-as", title, said_at=chosen.start("title"))
                    return True
        if (head := _HEAD_POST_TAKEN.match(self.text, person.mention.end, self.sentence.end)) is not None and (
            body := self.body_of_its_kind(person.mention.start, head["title"], after_name=True)
        ) is not None:
            # 西湖大学宣布，许田将出任第二任校长，施一公卸任: the head's post of the one body of
            # its kind just named (卸任, 辞去: given up)
            left = head["verb"] in ("卸任", "辞去", "辞任", "离任")
            self.role(person, body, "serves-as", head["title"], said_at=head.start("title"), former=left)
            return True
        if (
            (post := _COMPANY_POST_TAKEN.match(self.text, person.mention.end, self.sentence.end)) is not None
            and post["title"] in _COMPANY_TITLES_OF_A_BOARD
            and (company := self.one_company_before(person.mention.start)) is not None
            and not self._another_company_since(company, person.mention.start)
            # (平安银行董事会选举谢永林任董事长: the board's company, which elects him)
            and _APPOINTING_IN_THE_CLAUSE.search(
                self.text, self.clause_start(person.mention.start), person.mention.start
            )
            is None
        ):
            # 京东方公告。陈炎顺任董事长，高文宝任首席执行官; 钟宝申辞任总经理: a company's
            # post alone, of the one company just named (辞任, 离任: given up)
            self.role(
                person, company, "serves-as", post["title"], said_at=post.start("title"), former=post["verb"] != "任"
            )
            return True
        if (
            chosen is not None
            and chosen["kind"] is None
            and chosen["title"] in self.gazetteer.titles
            and (verb := _APPOINTING.search(self.text, max(0, person.mention.start - 6), person.mention.start))
            and (
                (body := self.body_choosing(verb.start())) is not None
                or (body := self.body_meeting_before(verb.start())) is not None
            )
        ):
            # 中国足球协会选举宋凯为主席, 国家数据局任命陈敏为副局长, 亚投行理事会选举邹加怡为
            # 第二任行长: the body that chooses, the post its own (its council's, the bank's)
            self.role(person, body, "serves-as", chosen["title"], said_at=chosen.start("title"))
            return True
        if chosen is not None and chosen["kind"] is None and not appointees:
            # 选举梁惠玲为黑龙江省人民政府省长，选举张巍、王志军为副省长: the deputies of the post
            # an earlier clause of the sentence filled, at the same body
            named_with = self.people_listed_before(index)
            first_named = named_with[-1].mention.start if named_with else person.mention.start
            if (
                _APPOINTING.search(self.text, max(0, first_named - 6), first_named) is not None
                or _APPOINTING_EARLIER.search(self.text, self.sentence.start, person.mention.start) is not None
            ) and (at := self.post_chosen_before(first_named, chosen["title"])) is not None:
                for chosen_one in (person, *named_with):
                    self.role(chosen_one, at[0], at[1], chosen["title"], said_at=chosen.start("title"))
                return True
        if (
            following is not None
            and (appointed or left)
            and (mission := self.mission_named_after(following)) is not None
        ):
            # 任命王小龙为中华人民共和国驻新西兰大使, 免去…驻美利坚合众国特命全权大使职务
            key, title, host = mission
            self.role(person, key, "mission-title", title, said_at=following.mention.start, former=left)
            if self.kind(host) == "Place":
                self.add(key, "locatedIn", host.entity_key, "mission-title")
            return True
        if following is not None and self.kind(following) == "Place" and (_SERVES_AS.match(after) or appointed or left):
            # 任命吴清为上海市副市长, 方红卫任陕西省副省长: a title of the place's government
            # (曾任重庆市万州区区长: of the innermost place written)
            innermost = self.innermost_place_from(following)
            held = _HELD_TITLE.match(self.text, innermost.mention.end, self.sentence.end)
            title = _title_in(held.group(1), self.gazetteer) if held else None
            if (
                held is not None
                and title is not None
                and title == held.group(1)
                and (at := self._place_body(innermost, title)) is not None
            ):
                self.role(person, at[0], at[1], title, said_at=following.mention.start, former=left)
                # 任西安市副市长、西安市委常委, 任命…为日喀则市副市长、代理市长: the titles listed
                # after, at the bodies named with them or at the same government
                government = LinkedMention(innermost.mention, at[0], innermost.article)
                # (利用担任四川省成都市市长、四川省人民政府副省长…等职务上的便利: each held before)
                former = left or self.former(following.mention.start)
                self.titles_listed_after(person, government, held.end(), former=former)
                return True
        return False

    def role_after(self, person: LinkedMention, index: int) -> bool:
        """张三教授, 张三（清华大学教授）, 张三，清华大学教授，: a title after the name."""
        end = person.mention.end
        following = self.mentions[index + 1] if index + 1 < len(self.mentions) else None
        after = self.text[end : following.mention.start if following else self.sentence.end]
        if (
            following is not None
            and self.kind(following) == "Organization"
            and after.strip() in ("，", ",", "，原", ",原")
        ):
            # 刘冬，国家信息中心主任，表示: the title set off by commas after the name (汪德明，
            # 原中国农业银行…副总经理，涉嫌…: one held before).
            held = _APPOSED_TITLE.match(self.text, following.mention.end, self.sentence.end)
            title = _title_in(held.group(1), self.gazetteer) if held else None
            if held is not None and title is not None and title == held.group(1):
                self.role(
                    person,
                    following.entity_key,
                    "title-in-apposition",
                    title,
                    said_at=following.mention.start,
                    former=after.strip().endswith("原"),
                )
                return True
        if (
            following is not None
            and self.kind(following) == "Organization"
            and (english := _ENGLISH_APPOSED_TITLE.fullmatch(after)) is not None
        ):
            # Liu Liehong, head of the National Data Administration: a title in English
            self.role(person, following.entity_key, "title-in-apposition", english["title"], said_at=end)
            return True
        if (
            following is not None
            and self.kind(following) == "Organization"
            and after.strip() in ("是", "系", "现为", "现任")
            and (held := _TITLE_SAID.match(self.text, following.mention.end, self.sentence.end)) is not None
            and (title := _title_in(held.group(1), self.gazetteer)) is not None
            and title == held.group(1)
        ):
            # 李术才是中国工程院院士, 王强系清华大学教授: the body and title said to be the person's
            self.role(person, following.entity_key, "title-in-apposition", title, said_at=following.mention.start)
            return True
        if following is not None and self.kind(following) == "Organization" and after.strip() in _OPENING_BRACKETS:
            closing = self.text[following.mention.end : following.mention.end + 12]
            title = _title_in(re.split(r"[）)]", closing, maxsplit=1)[0].strip(), self.gazetteer)
            if title and re.search(r"[）)]", closing):
                self.role(person, following.entity_key, "title-in-brackets", title, said_at=following.mention.start)
                return True
        for length in range(min(len(after), 5), 1, -1):
            title = after[:length]
            if title in _HONORIFICS:
                break
            if self.gazetteer.titles.get(title) in ("after", "both") or (
                title in self.gazetteer.titles and title.endswith(("教授", "院士", "研究员"))
            ):
                organization = self.nearest_organization(person.mention.start, title)
                if organization is not None:
                    self.role(
                        person,
                        organization.entity_key,
                        "title-nearest-organization",
                        title,
                        said_at=person.mention.start,
                    )
                    return True
        if not self.text[self.sentence.start : person.mention.start].strip():
            # 全国人大常委会会议闭幕。赵乐际委员长主持会议: the head, named first, of the
            # one body of the title's kind named just before
            for length in range(min(len(after), 4), 1, -1):
                title = after[:length]
                if (own_body := self.body_of_its_kind(person.mention.start, title, after_name=True)) is not None:
                    self.role(person, own_body, "head-of-body-named-before", title, said_at=end)
                    return True
        return False

    def party_posts_listed_before(self, person: LinkedMention, body: str, begin: int, end: int) -> None:
        """集团公司党组书记、董事长陈亮, 厅党组书记、厅长夏文斌: a post at the body's Party
        group or committee listed before the head's title (from ``begin`` to ``end``), held
        at that group, part of the body (the body's kind, 厅, may open the list); and a post
        at the body itself listed so (集团公司董事长、党组书记温枢刚)."""
        for earlier in self.text[begin:end].split("、"):
            earlier = earlier.strip().lstrip("厅局委办院部署")
            party = next((p for p in _PARTY_BODIES_OF if earlier.startswith(p)), None)
            if party and _title_in(post := earlier[len(party) :], self.gazetteer) == post:
                key = self._organization(self.entities[body].label + party, "PoliticalOrganization")
                self.add(key, "partOf", body, "head-of-body-named-before")
                self.role(person, key, "head-of-body-named-before", post, said_at=begin)
            elif not party and earlier and _title_in(earlier, self.gazetteer) == earlier:
                # 集团公司董事长、党组书记温枢刚: a post at the body itself, listed first
                self.role(person, body, "head-of-body-named-before", earlier, said_at=begin)

    def government_of_the_level(self, title: str, place: GazetteerEntry | None = None) -> str | None:
        """The key of the government whose head ``title`` names (省长, 副市长, 常务副省长,
        州长): ``place``'s, where it is a Chinese place of the title's level, else that of
        the one place of that level the article names; None where there is none."""
        level = _government_level(title)
        where: GazetteerEntry | Entity | None = place
        if place is not None and place.key.startswith("cn-") and not place.label.endswith(level):
            # 贵阳市 for 副省长: the province it is in
            where = next(
                (
                    above
                    for above in self.gazetteer.ancestors(place.key)
                    if above.label.endswith(level) and not above.label.endswith("自治区")
                ),
                None,
            )
        if where is None or not where.key.startswith("cn-") or not where.label.endswith(level):
            where = self.article_place_of_level(level) if level in "省市县区" else None
        if where is None:
            return None
        return self._organization(self.gazetteer.government_label(where.key), "GovernmentOrganization")

    def settlements_committee(self, committee: LinkedMention) -> LinkedMention | None:
        """在贾家庄村…村党支部书记李二虎, 在九峰镇…镇党委书记黄少峰: a village's or town's Party
        committee named by the level alone (村|党支部, 镇党委) is the committee of the one
        village or town of that level this sentence or the one before names last (贾家庄村
        党支部), in it; None where none is named."""
        written = committee.mention.text
        if self.kind(committee) != "Organization":
            return None
        level = next(
            (
                level
                for level in _SETTLEMENT_LEVELS
                if written.startswith(level) and written[len(level) :] in _UNNAMED_PARTY_BODIES
            ),
            None,
        )
        if level is None and written in _UNNAMED_PARTY_BODIES:
            level = next(
                (level for level in _SETTLEMENT_LEVELS if self.text.endswith(level, 0, committee.mention.start)), None
            )
        if level is None:
            return None
        settlement = next(
            (
                linked
                for linked in reversed(self.named_since_sentence_before(committee.mention.start))
                if self.kind(linked) == "Place" and self.entities[linked.entity_key].label.endswith(level)
            ),
            None,
        )
        if settlement is None:
            return None
        unit = written.removeprefix(level)
        key = self._organization(self.entities[settlement.entity_key].label + unit, "PoliticalOrganization")
        self.add(key, "locatedIn", settlement.entity_key, "head-of-body-named-before")
        return LinkedMention(committee.mention, key, committee.article)

    def company_of_a_board_before(self, offset: int) -> str | None:
        """The company whose board (董事会) this sentence or the one before names last,
        before ``offset``: 福建水泥董事会…聘任林建平为公司总经理 → 福建水泥股份有限公司, the
        company the article names whose name the board's begins with."""
        named = self.named_since_sentence_before(offset)
        board = next((m for m in reversed(named) if self.entities[m.entity_key].label.endswith("董事会")), None)
        if board is None:
            return None
        owner = self.entities[board.entity_key].label.removesuffix("董事会")
        companies = {
            linked.entity_key
            for linked in self.result.mentions
            if linked.article == board.article
            and self.subtype(linked) == "Company"
            and self.entities[linked.entity_key].label.startswith(owner)
            and len(owner) >= 2
        }
        if not companies and owner.endswith(("公司", "集团")):
            return self._organization(owner, "Company")  # 福建水泥股份有限公司|董事会: the company's name in full
        return companies.pop() if len(companies) == 1 else None

    def _another_company_since(self, company: str, offset: int) -> bool:
        """Whether the words between the last mention of ``company`` and ``offset`` speak
        of another company, unnamed (中国宝武成立新公司，|冯文生任董事长: the new one's post)."""
        last = max(
            (linked.mention.end for linked in self.named_since_sentence_before(offset) if linked.entity_key == company),
            default=offset,
        )
        return any(word in self.text[last:offset] for word in _ANOTHER_COMPANY_WORDS)

    def one_company_before(self, offset: int) -> str | None:
        """The one company named in this sentence or the one before, before ``offset``
        (格力电器召开董事会。会议选举董明珠为公司董事长), if there is exactly one."""
        named = self.named_since_sentence_before(offset)
        companies = {linked.entity_key for linked in named if self.subtype(linked) == "Company"}
        return companies.pop() if len(companies) == 1 else None

    def named_since_sentence_before(self, offset: int) -> list[LinkedMention]:
        """The mentions from the start of the sentence before this one up to ``offset``,
        in the order of the text (where a body named by its kind alone is looked for);
        from the one before that where it is on the same line (湖南省交通运输厅印发…。方案
        提出…。厅党组书记、厅长刘明欣表示)."""
        earlier = sentence_start(self.text, self.sentence.start - 1)
        if earlier > 0 and "\n" not in self.text[earlier - 1 : self.sentence.start]:
            before = sentence_start(self.text, earlier - 1)
            if "\n" not in self.text[before:earlier]:
                earlier = before
        mentions = self.result.mentions  # in the order of the text
        first = bisect_left(mentions, earlier, key=lambda linked: linked.mention.start)
        last = bisect_left(mentions, offset, key=lambda linked: linked.mention.start)
        return mentions[first:last]

    def party_body_of_a_kind(self, party: LinkedMention) -> str | None:
        """The key of the Party committee (or group) ``party`` names after the word for a
        kind of body (校党委, 公司党组, 集团党委), of the one body of that kind named in
        this sentence or the one before; the committee is part of that body."""
        written = self.text[max(self.sentence.start, party.mention.start - 4) : party.mention.start]
        kind = next((k for k in sorted(_ANAPHOR_KINDS, key=len, reverse=True) if written.endswith(k)), None)
        if kind is None:
            return None
        start = party.mention.start - len(kind)
        body = self.body_of_its_kind(start, "", after_name=True, kinds=_ANAPHOR_KINDS[kind])
        if body is None:
            return None
        key = self._organization(self.entities[body].label + party.mention.text, "PoliticalOrganization")
        self.add(key, "partOf", body, "head-of-body-named-before")
        return key

    def office_of_one_body_before(self, person: LinkedMention, body: LinkedMention) -> None:
        """国务委员兼外交部长王毅, 国务委员兼国务院秘书长吴政隆: an office of one body only
        (国务委员, the State Council's), written before the body of the person's other post
        and joined to it by 兼 or 、, is held too."""
        before = _OFFICE_OF_ONE_BODY_BEFORE.search(self.text, self.sentence.start, body.mention.start)
        if before is None:
            return
        key = self._organization(_TITLES_OF_ONE_BODY[before["title"]], "GovernmentOrganization")
        self.role(person, key, "title-between", before["title"], said_at=before.start("title"))

    def foreign_country_before(self, linked: LinkedMention) -> str | None:
        """The label of the last country other than China named in the sentence before
        ``linked``, if any."""
        for index in range(bisect_left(self.starts, linked.mention.start) - 1, -1, -1):
            entity = self.entities[self.mentions[index].entity_key]
            if entity.type == "Place" and entity.subtype == "Country":
                return entity.label if entity.label != "中国" else None
        return None

    def colleagues_titles(self, person: LinkedMention, previous: LinkedMention) -> bool:
        """院长、党组书记侯建国，副院长、党组成员周琪: the titles listed after a comma between
        two people are held at the body of the one before, when the first is a deputy of
        (or the same post as) one that person holds there."""
        if previous.mention.start not in self.organization_of or self.kind(previous) != "Person":
            return False
        listed = _COLLEAGUES_TITLES.match(self.text, previous.mention.end, person.mention.start)
        if listed is None:
            return False
        titles: list[str] = listed.group(1).split("、")
        if not all(
            _title_in(title, self.gazetteer) == title and not self._names_another_body(title) for title in titles
        ):
            return False
        body = self.organization_of[previous.mention.start]
        held = {_post_of_deputy(title) for _, title in self.roles_said.get(previous.mention.start, [])}
        # (主任…，副主任A、B，秘书长C: a leadership's secretary-general listed after its deputies)
        if _post_of_deputy(titles[0]) not in held and not (
            titles[0] in ("秘书长", "副秘书长")
            and held
            and self.entities[body].label.endswith(_BODIES_WITH_A_SECRETARY_GENERAL)
        ):
            return False
        for title in titles:
            self.role(person, body, "title-in-list", title, said_at=previous.mention.end + listed.start(1))
        return True

    def _ministry_in_a_listed_title(self, body: str, title: str) -> str:
        """The country's other ministry a listed minister's title names (德国交通部长维辛、
        环境部长莱姆克: 德国环境部), or ``body``, the ministry listed before."""
        label = self.entities[body].label
        field = title[:-2]
        if title.endswith("大臣") and 2 <= len(field) <= 8 and not field.startswith(("副", "前", "原")):
            # 日本外务大臣上川阳子和经济产业大臣齐藤健: Japan's 经济产业省, not 外务省 again
            place, _ = self.gazetteer.leading_place(label)
            if place is not None and place.subtype == "Country" and place.key != "iso-cn":
                if (headed := self._ministry_of_a_minister(place.label, field)) is not None:
                    return headed
                if place.label in COUNTRIES_OF_SHENG:
                    # 地方创生大臣, a minister for a mission, heads none: a member of the government
                    return self._organization(place.label + "政府", "GovernmentOrganization")
            return body
        ministry = title[:-1]
        if not title.endswith("部长") or len(ministry) < 3 or ministry.startswith("副") or label.endswith(ministry):
            return body
        place, rest = self.gazetteer.leading_place(label)
        if place is None or place.subtype != "Country" or place.key == "iso-cn" or not rest.endswith("部"):
            return body
        return self._organization(place.label + ministry, "GovernmentOrganization")

    def _ministry_of_a_minister(self, country: str, field: str) -> str | None:
        """The key of the ministry a country's 大臣 of ``field`` heads, by the name the
        gazetteer knows (日本外务省, 日本数字厅, 英国内政部), or Japan's 省 of one of its
        ministries (日本农林水产大臣 → 日本农林水产省); None where kg knows of none."""
        for kind in ("省", "厅", "部"):
            headed = self.gazetteer.lookup(country + field + kind)
            if headed is not None and headed.type == "Organization":
                return self._organization(headed.label, "GovernmentOrganization")
        if country == "日本" and field in _JAPANS_MINISTRIES:
            return self._organization(country + field + "省", "GovernmentOrganization")
        return None

    def _names_another_body(self, title: str) -> bool:
        """Whether a title names its own body before the title proper: 本报记者 (this
        newspaper's), 俄外长 (Russia's), 北京市副市长."""
        qualifier = title
        for start in range(len(title)):
            if title[start:] in self.gazetteer.titles:
                qualifier = title[:start]
                break
        if not qualifier:
            return False
        known = self.gazetteer.lookup(qualifier)
        return (
            qualifier.startswith("本")
            or qualifier[0] in self.gazetteer.place_abbreviations
            or (known is not None and known.type in ("Place", "Organization"))
            # 、发展局局长: a body the extractor did not find, by the word that ends its name
            or (len(qualifier) >= 3 and (_is_a_department(qualifier) or qualifier.endswith(("办公室", "委员会"))))
        )

    def nearest_organization(self, offset: int, title: str) -> LinkedMention | None:
        """The organization closest before ``offset`` in the same clause, if any, with no
        person between them (each person takes the title of their own organization) and
        no place right before ``offset`` (印尼新总统); a news agency in a dateline
        (新华社北京5月5日电) is the report's source, the organization of its reporters
        only."""
        for index in range(bisect_left(self.starts, offset) - 1, -1, -1):
            linked = self.mentions[index]
            if linked.mention.end > offset:
                continue
            if self.kind(linked) == "Person" or self.breaks(linked.mention.end, offset):
                return None
            if (
                self.kind(linked) == "Place"
                and self.text.endswith(("驻", "派驻"), 0, linked.mention.start)
                and not title.endswith(_REPORTING_TITLES)
            ):
                # 河北省委宣传部驻骆驼湾村工作队队长、第一书记李彦峰: the post is in the place
                # the body sends its people to, not at the body
                return None
            if self.kind(linked) == "Place" and len(self.between(linked.mention.end, offset).strip()) <= 2:
                # 新华社驻东京记者: a reporter the agency keeps in the place
                if title.endswith(_REPORTING_TITLES) and index > 0 and self.text[: linked.mention.start].endswith("驻"):
                    sender = self.mentions[index - 1]
                    if self.kind(sender) == "Organization" and sender.mention.end == linked.mention.start - 1:
                        return sender
                # 印尼新总统, 中国选手, 英国的迈克·盖尔教授: the title is the place's.
                return None
            if self.kind(linked) == "Organization":
                between = self.between(linked.mention.end, offset)
                if sum(between.count(c) for c in "】）)]") > sum(between.count(c) for c in "【（([]"):
                    # 【中央社记者张雄风高雄21日电】总统赖清德: the body inside a byline's
                    # brackets, which close before the title
                    return None
                if title.endswith("总书记") and not self.entities[linked.entity_key].label.endswith(_PARTY_CENTRES):
                    # 广东省委常委会…传达学习习近平总书记讲话: a party's general secretary heads
                    # its central committee, not the body that studies his speech
                    return None
                if title.endswith(_REPORTING_TITLES):
                    # 新华社记者, 新华社北京5月5日电记者: the agency right before its reporter,
                    # or its dateline between; not a body the headline names (健民集团
                    # 捐药本报讯记者艾笑: the reporter is the paper's)
                    return linked if not between.strip() or _DATELINE.match(between) else None
                if not _DATELINE.match(between):
                    return linked
        return None

    def colleagues_body(self, offset: int, title: str) -> str | None:
        """The body of the person named last before ``offset`` in the sentence, with no
        organization between, when that person holds there the post that ``title`` is the
        deputy of, or a deputy of the post ``title`` names (局长 … 副局长, 副主任 … 主任)."""
        index = bisect_left(self.starts, offset) - 1
        while index >= 0 and self.mentions[index].mention.end > offset:
            index -= 1
        if index < 0 or self.kind(self.mentions[index]) != "Person":
            return None
        post = _post_of_deputy(title)
        for body, held in self.roles_said.get(self.mentions[index].mention.start, []):
            if held != title and _post_of_deputy(held) == post and post in self.gazetteer.titles:
                return body
        return None

    def _representative_of_a_body(self, host: LinkedMention, title: str) -> tuple[LinkedMention, str] | None:
        """联合国开发计划署|驻|华|代表, 国际农业发展基金|驻华|首席代表: the organization (not a
        country) right before 驻 and the place after it, and the title it gives its
        representative there (驻华代表)."""
        if (
            title not in _REPRESENTATIVES
            or self.kind(host) != "Place"
            or not self.text.endswith("驻", 0, host.mention.start)
        ):
            return None
        body = self.ending_last(host.mention.start - 1)
        if body is None or body.mention.end != host.mention.start - 1 or self.kind(body) != "Organization":
            return None
        return body, "驻" + host.mention.text + title

    def mission_named_after(self, sender: LinkedMention) -> tuple[str, str, LinkedMention] | None:
        """The key of the mission, the diplomat's title and the mission's host, that follow
        the country or body ``sender`` (中华人民共和国|驻|新西兰|大使 → 中国驻新西兰大使馆,
        大使, 新西兰); None when
        no 驻, host and title of a mission follow it."""
        host = self.mention_at(sender.mention.end + 1) or self.mention_at(sender.mention.end + 2)
        if host is None or self.text[sender.mention.end : host.mention.start] not in ("驻", "常驻"):
            return None
        held = _HELD_TITLE.match(self.text, host.mention.end, self.sentence.end)
        if held is None or (self.text[host.mention.start - 2 : host.mention.start] == "常驻", held.group(1)) not in (
            _MISSIONS_OF_TITLES
        ):
            return None
        mission = self._diplomatic_mission(host, held.group(1))
        return (mission[0], held.group(1), host) if mission is not None else None

    def _diplomatic_mission(self, host: LinkedMention, title: str) -> tuple[str, LinkedMention] | None:
        """The key of the mission a diplomat's title names, and the mention of the country
        or body that sent it: 中国驻柬埔寨|大使 → 中国驻柬埔寨大使馆, 美国驻华|大使 → 美国驻华
        大使馆, 中国驻纽约|总领事 → 中国驻纽约总领事馆, 中国常驻联合国|代表 → 中国常驻联合国
        代表团; ``host`` is the place or body after 驻."""
        stationed = next((word for word in ("常驻", "驻") if self.text.endswith(word, 0, host.mention.start)), None)
        mission = _MISSIONS_OF_TITLES.get((stationed == "常驻", title))
        if stationed is None or mission is None:
            return None
        opening = host.mention.start - len(stationed)
        # 中国新任|驻英国大使: a word of the post's term between the sender and 驻
        new = next((word for word in _NEW_IN_POST if self.text.endswith(word, 0, opening)), "")
        opening -= len(new)
        sender = self.ending_last(opening)
        if sender is None or sender.mention.end != opening:
            before = self.text[max(self.sentence.start, opening - 2) : opening]
            if (
                (self.kind(host) == "Place" and host.entity_key != "iso-cn")
                or (stationed == "常驻" and self.kind(host) == "Organization")
            ) and (before == "" or before[-1] in "，,；;：:（(“、" or before == "我国"):
                # 驻芝加哥总领事赵建, 我国驻法国大使, 常驻联合国副代表耿爽: China's mission, as
                # Chinese news writes it without the sender (but 美国常驻联合国代表…、|常驻联合国
                # 副代表伍德: the sender of the list's first mission)
                sender_named = "中国"
                if before[-1:] == "、" and (earlier := self.text.rfind(stationed, self.sentence.start, opening)) > 0:
                    first = self.ending_last(earlier)
                    if first is not None and first.mention.end == earlier and self.subtype(first) == "Country":
                        sender_named = self.entities[first.entity_key].label
                label = sender_named + stationed + self.entities[host.entity_key].label + mission
                return self._organization(label, "GovernmentOrganization"), host
            return None
        if not (self.subtype(sender) == "Country" or self.kind(sender) == "Organization"):
            return None
        if self.kind(sender) == "Organization":
            mission = "代表团"  # 欧盟驻华大使: the EU's delegation (欧盟驻华代表团)
        sent_by = self.entities[sender.entity_key].label + stationed
        host_names = ["华"] if host.mention.text == "华" else [self.entities[host.entity_key].label, host.mention.text]
        # 法国驻武汉|总领事 → 法国驻武汉总领事馆, as the article names it, not 驻武汉市
        label = next(
            (
                sent_by + name + mission
                for name in host_names
                if f"Organization:{sent_by}{name}{mission}" in self.entities
            ),
            sent_by + host_names[0] + mission,
        )
        return self._organization(label, "GovernmentOrganization"), sender

    def _settlement_unit(self, place: LinkedMention, title: str) -> tuple[str, str] | None:
        """大坪村|原党支部书记, 甘田镇|原党委书记: the key of the village's or town's body a
        title begins with (大坪村党支部) and the title without it (原书记), where extraction
        read the place alone, 原 parting it from its body; else None."""
        label = self.entities[place.entity_key].label
        if not label.endswith(LEVELS_OF_SETTLEMENTS) or self.kind(place) != "Place":
            return None
        former = "原" if title.startswith("原") else ""
        rest = title.removeprefix("原")
        unit = next((unit for unit in _SETTLEMENT_UNITS if rest.startswith(unit)), None)
        if unit is None or rest[len(unit) :] not in self.gazetteer.titles:
            return None
        subtype = "PoliticalOrganization" if unit.startswith("党") else "GovernmentOrganization"
        return self._organization(label + unit, subtype), former + rest[len(unit) :]

    def _place_ending(self, name: str) -> GazetteerEntry | None:
        """The Chinese place the gazetteer knows that ends ``name`` (兵团第一师|阿拉尔市 →
        阿拉尔市), the longest, or None."""
        for start in range(max(0, len(name) - 8), len(name) - 1):
            entry = self.gazetteer.lookup(name[start:])
            if entry is not None and entry.type == "Place" and entry.key.startswith("cn-"):
                return entry
        return None

    def _place_of_the_titles_level(self, place: LinkedMention, title: str) -> Entity | None:
        """The place named as ``place`` is written, with the level its head's ``title`` says,
        where the gazetteer knows it and the place linked is of another level (新竹 of
        新竹县长 is 新竹县, not 新竹市), or None."""
        level = title[-2:-1] if title.endswith("长") else ""
        label = self.entities[place.entity_key].label
        if level not in ("县", "区", "市") or label.endswith(level) or place.mention.text.endswith(level):
            return None
        entry = self.gazetteer.lookup(place.mention.text + level)
        if entry is None or entry.type != "Place" or entry.key == place.entity_key:
            return None
        return self.entities.setdefault(entry.key, entity_from_entry(entry))

    def _titles_sharing_the_level(self, place: LinkedMention, gap: str) -> list[str]:
        """南江县|长|李明, 新竹縣|長: the level of the place written once, the end of its
        name and the start of its head's title (县长), which the rules found as the place's."""
        level = place.mention.text[-1:]
        if not gap.startswith("长") or level not in _LEVELS_HEADED_BY_A_ZHANG:
            return []
        return _titles_held(level + gap, self.gazetteer)

    def _place_body(self, place: LinkedMention, title: str) -> tuple[str, str] | None:
        """新西兰财政部长 → 新西兰财政部; 北京市市长 → 北京市人民政府; 美国总统 → 美国政府."""
        entity = self.entities[place.entity_key]
        # 现任财政部长: the body is named by the title itself, not by a word before it
        written = title
        title = next((title[start:] for start in range(len(title)) if title[start:] in self.gazetteer.titles), title)
        field = written[:-2]
        if (
            title.endswith("大臣")
            and entity.subtype == "Country"
            and field
            and (headed := self._ministry_of_a_minister(entity.label, field)) is not None
        ):
            return headed, "place-ministry-title"
        if (
            written.endswith("大臣")
            and entity.subtype == "Country"
            and entity.label != "日本"  # (its ministries are 省 and 厅, known above; 担当大臣 head none)
            and 2 <= len(field) <= 12
            and _CJK_ONLY.fullmatch(field.replace("、", "")) is not None
            and not field.endswith(("担当", "事务", "国务", "不管部", "首席", "副"))
            and not field.startswith(("副", "前", "原"))
        ):
            # 沙特外交大臣 heads 沙特阿拉伯外交部, 柬埔寨内政大臣 柬埔寨内政部, 英国科学、创新和
            # 技术大臣 英国科学、创新和技术部: the ministry of the minister's field
            return self._organization(entity.label + field + "部", "GovernmentOrganization"), "place-ministry-title"
        if (title in _MINISTERS_OF_STATE or title.endswith("大臣")) and entity.subtype == "Country":
            # 日本数字大臣, 英国科学、创新和技术大臣: a minister, member of the government
            return self._organization(entity.label + "政府", "GovernmentOrganization"), "place-government-title"
        ministry = _MINISTRIES_OF_SHORT_TITLES.get(title)
        if ministry is not None and entity.label in COUNTRIES_OF_SHENG:
            ministry = _MINISTRIES_CALLED_SHENG.get((entity.label, ministry), ministry)  # 日本外相: 外务省
        if title.endswith("长") and len(title) > 2 and title[-2] in _HEADED_BY_ITS_NAME and ministry is None:
            return self._organization(entity.label + title[:-1], "GovernmentOrganization"), "place-ministry-title"
        if ministry is not None and entity.subtype == "Country":
            # 巴西外长, 美国国务卿, 日本防长: a country's minister by the short title
            return self._organization(entity.label + ministry, "GovernmentOrganization"), "place-ministry-title"
        if _heads_a_government(title) and (other := self._place_of_the_titles_level(place, title)) is not None:
            entity = other  # 新竹|县长, 朝阳|区长: the county or district of the name, not its namesake city
        if (
            _heads_a_government(title)  # (广东省常务副省长)
            and entity.subtype in ("Province", "City", "District")
        ) or (title in _REGION_HEADS and entity.label.endswith("自治区") and entity.key.startswith("cn-")):
            # 香港特别行政区政府: a special administrative region's is no people's government
            listed = entity.key in self.gazetteer.entries
            label = self.gazetteer.government_label(entity.key) if listed else entity.label + "政府"
            return self._organization(label, "GovernmentOrganization"), "place-government-title"
        if (
            title in ("镇长", "副镇长", "乡长", "副乡长")
            and entity.label.endswith(title[-2])
            and entity.type == "Place"
        ):
            # 红星镇镇长李晓峰: a township's head, its people's government's
            return self._organization(entity.label + "人民政府", "GovernmentOrganization"), "place-government-title"
        if (title in _STATE_HEADS or written in _STATE_HEADS) and entity.subtype == "Country":
            # (越南国家主席: the gazetteer lists the title as 主席)
            return self._organization(entity.label + "政府", "GovernmentOrganization"), "place-government-title"
        if (
            entity.type == "Place"
            and entity.label.endswith(("村", "社区"))
            and not entity.key.startswith("iso-")
            # (冬奥村, 运动员村, 度假村: villages of no villagers; 驻|岩湾村: the verb glued on)
            and _VILLAGES_OF_NO_VILLAGERS.search(entity.label) is None
            and not entity.label.startswith("驻")
        ):
            # 大利村第一书记吴昌华, 东郊村党支部书记, 新星村党总支书记, 赛汗村村委会主任: the
            # village's Party branch or villagers' committee, which the post is at
            if written in _VILLAGE_PARTY_POSTS:
                branch = "党总支" if written.startswith("党总支") else "党支部"
                return self._organization(entity.label + branch, "PoliticalOrganization"), "village-title"
            if written in _VILLAGE_COMMITTEE_POSTS:
                committee = "居民委员会" if entity.label.endswith("社区") else "村民委员会"
                return self._organization(entity.label + committee, "GovernmentOrganization"), "village-title"
        return None

    def body_with_departments_beginning(self, label: str) -> str | None:
        """The key of the known body with departments whose name begins ``label`` and is
        not all of it (财政部 of 财政部国库支付中心), if any."""
        for length in range(len(label) - 2, 1, -1):
            known = self.gazetteer.lookup(label[:length])
            if known is not None and known.type == "Organization" and has_departments(known):
                self.entities.setdefault(known.key, entity_from_entry(known))
                return known.key
        return None

    def body_of_a_department(self, key: str) -> str | None:
        """The key of the known government body whose name begins the department ``key``'s
        (生态环境部|宣传教育司 → 生态环境部), if any."""
        label = self.entities[key].label
        if not label.endswith(_KINDS_OF_DEPARTMENT):
            return None
        for length in range(len(label) - 2, 1, -1):
            known = self.gazetteer.lookup(label[:length])
            if known is not None and known.type == "Organization" and known.subtype == "GovernmentOrganization":
                self.entities.setdefault(known.key, entity_from_entry(known))
                return known.key
        return None

    def known_body_opening(self, post: str) -> tuple[str, str] | None:
        """The key of the body the gazetteer knows that ``post`` opens with, and the title
        after it (中央纪委|书记, 国家监委|主任), or None."""
        for length in range(len(post) - 2, 1, -1):
            entry = self.gazetteer.lookup(post[:length])
            if entry is not None and entry.type == "Organization" and post[length:] in self.gazetteer.titles:
                return self._organization(entry.label, entry.subtype or "Organization"), post[length:]
        return None

    def _organization(self, label: str, subtype: str) -> str:
        """The key of an organization named by a pattern (市委, 北京市人民政府), added when new;
        a local department by its official name (上海市国资委 → 上海市人民政府国有资产监督管理
        委员会), as linking names it."""
        label = local_department_in_full(local_congress_by_short_name(label, self.gazetteer), self.gazetteer)
        known = self.gazetteer.lookup(label)
        if known is None:
            place, rest = self.gazetteer.leading_place(label)
            if place is not None and place.key == "iso-cn" and rest:
                known = self.gazetteer.lookup(rest)  # 中国外交部 is the 外交部 of the gazetteer
            elif place is not None and place.key == TAIWAN and rest:
                known = self.gazetteer.lookup("台湾" + rest)  # 台湾(省)经济部 is the gazetteer's 台湾经济部
        if known is not None and known.type == "Organization":
            self.entities.setdefault(known.key, entity_from_entry(known))
            return known.key
        key = f"Organization:{label}"
        if key not in self.entities:
            # 武汉地铁集团党委书记、董事长: the body the article wrote so, which linking joined
            # to its full name (武汉地铁集团有限公司)
            for linked in self.result.mentions:
                entity = self.entities[linked.entity_key]
                if entity.type == "Organization" and (
                    linked.mention.text == label
                    # (…有限公司 named in full before: the same body, by its legal form)
                    or (entity.label.startswith(label) and _LEGAL_FORM.fullmatch(entity.label, len(label)) is not None)
                ):
                    return linked.entity_key
        self.entities.setdefault(key, Entity(key=key, type="Organization", label=label, subtype=subtype))
        return key

    def verb_relations(self) -> None:
        """publishes, establishes, uses and regulates: subject, verb, object in one clause."""
        actors = {"Organization", "Person"}
        for pattern, predicate, object_types, verb_rule in _VERB_RELATIONS:
            for match in self.verbs(pattern):
                rule = verb_rule  # (a match may read its fact by another rule: approved-setup)
                start, end = self.at(match)
                if predicate == "publishes":
                    self.published_by(start)
                # (a person after the verb is no one penalised: …处以罚款，局长张三表示)
                bodies = object_types - {"Person"}
                # (what is used stands close after the verb: not 利用车辆夹层藏匿走私手机CPU芯片,
                # what is hidden by the means used)
                target = self.object_after(end, bodies)
                if (
                    predicate == "uses"
                    and target is not None
                    and target.mention.start - end > _USED_WITHIN
                    and not self.between(end, target.mention.start).rstrip().endswith("的")
                ):
                    target = None  # (but 运用了中国气象局自主研发的|风云四号: what it is, after 的)
                subjects = self.subjects_before(start, actors)
                if predicate == "organizes":
                    # 由上海市人民政府主办的世界人工智能大会; 大会由A主办: a body hosts, no person
                    subjects = [s for s in subjects if self.kind(s) == "Organization"]
                    if target is None and subjects:
                        target = self.body_before_by(subjects[-1].mention.start, frozenset({"Event"}))
                    if target is None and subjects and self.hosts_listed_after(subjects[0].mention.start):
                        # 大会由A主办，B承办: the next clause's hosts, of the same event
                        target = self.last_event_before(subjects[0].mention.start)
                    if (
                        target is not None
                        and target.mention.start >= end
                        and _PART_OF_AN_EVENT.match(self.text, target.mention.end)
                    ):
                        continue  # 主办第七届进博会配套活动: a side event of it, not the event
                if (
                    predicate == "establishes"
                    and subjects
                    and _PARTS_MERGED.match(self.between(max(s.mention.end for s in subjects), start))
                ):
                    # 市数据局由市委网信办、市发展改革委…的数据管理职责整合组建, 由北京市经济和信息化局
                    # 原下属单位整合组建: the bodies whose duties or units are merged into the
                    # new one found nothing
                    continue
                if predicate == "establishes" and match.group() not in _FOUNDING_VERBS:
                    # 省委书记出席挂牌仪式并为省数据局揭牌: a body sets up a body; a person
                    # only founds one (创办, 创建)
                    subjects = [s for s in subjects if self.kind(s) == "Organization"]
                if predicate == "establishes" and target is None and subjects:
                    # 北京国际大数据交易所由北京金融控股集团发起设立: what is set up comes
                    # before 由, those who set it up after
                    target = self.body_before_by(subjects[-1].mention.start)
                regulators = _REGULATORS
                towards = None
                if predicate == "regulates" and (towards := self.regulated_towards(start, object_types)):
                    # 中国人民银行对支付宝实施监管: X 对 Y … 监管.
                    target, subjects = towards, self.subjects_before(towards.mention.start, actors)
                elif (rule == "penalises" or match.group() in _REGULATING_A_LIST) and (
                    penalised := self.penalised_list(start, object_types)
                ):
                    # 欧盟委员会宣布，对苹果公司和Meta公司分别处以罚款: the European
                    # Commission fines as a government body does.
                    target, subjects = penalised
                    regulators = _PENALISERS
                if predicate == "regulates":
                    subjects = [
                        s
                        for s in subjects
                        if self.subtype(s) in regulators
                        or (rule == "penalises" and self.entities[s.entity_key].label.endswith(_EXCHANGES))
                    ]
                    marker = self.text[subjects[-1].mention.start - 1 : subjects[-1].mention.start] if subjects else ""
                    marked_at = subjects[-1].mention.start - 1 if subjects else 0
                    if (
                        marker == "得"
                        and self.text[subjects[-1].mention.start - 2 : subjects[-1].mention.start] == "获得"
                    ):
                        marker, marked_at = "获", marked_at - 1  # 北京农商银行获得北京监管局批复: as after 获
                    if marker in ("经", "被", "获"):
                        # 前海管理局经国务院批准成立, 阿里巴巴集团被市场监管总局处以罚款: the
                        # one approved or penalised comes before 经 or 被.
                        target = self.approved_before(marked_at, object_types)
                        if target is None and marker == "被":
                            # 肯德基一家门店因违规被…罚款: the body opening the clause, or
                            # the one fined for a cause in a clause before (中国银行…福建省分行
                            # 因未按规定审核…，被国家外汇管理局福建省分局罚款)
                            target = (
                                self.clause_opener_before(subjects[-1].mention.start - 1, bodies)
                                # (副总经理贾渊因涉嫌违规减持…，被上海证监局立案调查: a person too)
                                or self.penalised_for_a_cause(subjects[-1].mention.start, object_types)
                                or self.sentence_opener_penalised(subjects[-1].mention.start - 1, bodies)
                            )
                    if target is None and marker == "经" and (set_up := self.set_up_after(end)):
                        # 经中央编办批准，组建国家数据局: what is set up with the approval.
                        target, rule = set_up, "approved-setup"
                    if (
                        target is None
                        and rule == "penalises"
                        and _PENALISED_AFTER_BEI.search(self.text, max(self.sentence.start, start - 6), start)
                        and (
                            (fined := self.penalised_for_a_cause(start, bodies)) is not None
                            # 其中，南京华测测绘有限公司被处以罚款: the body that opens the clause,
                            # right before 被
                            or (fined := self.penalised_before_bei(start, bodies)) is not None
                            # 青岛海图地理信息有限公司未按规定汇交…，被处以警告: the body that
                            # opens the sentence, alone named in it
                            or (fined := self.sentence_opener_penalised(start, bodies)) is not None
                        )
                    ):
                        # 深圳监管局公布的行政处罚信息显示，X分公司因…，被罚款42万元: the body
                        # fined for a cause, by the regulator this or an earlier sentence names
                        regulator = subjects[-1] if subjects else self.penaliser_named_before(fined.mention.start)
                        if regulator is not None:
                            # (A、B、C因…分别被处以罚款: each of those listed)
                            target, subjects = self.first_listed_before(fined), [regulator]
                if target is None:
                    continue
                if (
                    predicate == "establishes"
                    and match.group() == "共建"
                    and target.entity_key in self.gazetteer.entries
                ):
                    continue  # 重点共建南京大学: a known body built up together, not founded
                named_first = target
                if predicate == "regulates" and self.kind(target) == "Place":
                    if len(target.mention.text) == 1:
                        continue  # 商务部共批准台商投资项目: 台 of 台商, no place regulated
                    if self.text.startswith("某", target.mention.end):
                        continue  # 桂林|某国际旅行社…被…吊销: the place of a body left unnamed
                    # 约谈河北省|唐山市、邢台市人民政府: the innermost of the places written
                    # one after another, or the body a place's name begins
                    while (inner := self.mention_at(target.mention.end)) is not None and self.kind(inner) in (
                        "Place",
                        "Organization",
                    ):
                        target = inner
                if (
                    rule == "regulates-verb"
                    and named_first is not towards
                    and not self.approved_directly(end, named_first)
                ):
                    continue  # 批准了一项与墨西哥进行…的计划: Mexico is only named in what is approved
                if (
                    predicate == "uses"
                    and match.group() == "部署"
                    and _TASK_WORDS.match(self.text, target.mention.end) is not None
                ):
                    continue  # 部署数字经济工作: the work on it is arranged, no technology deployed
                if predicate == "uses" and self.body_is_the_object(end, target):
                    continue  # 依托浪潮云为全省提供算力: the body is what is relied on
                if predicate == "uses" and self.describes_a_case(start, target):
                    continue  # 法院审结一起利用AI换脸实施诈骗案: the offenders used it, not the court
                if predicate == "uses" and not subjects:
                    subjects = self.place_acting_before(start)
                if (
                    predicate == "publishes"
                    and not subjects
                    and not self.between(self.clause_start(start), start).strip()
                    and (host := self.briefing_host(start)) is not None
                ):
                    # 国务院新闻办公室举行新闻发布会，发布《…》白皮书: the body holding it
                    subjects, rule = [host], "published-at-briefing"
                in_order = sorted(subjects, key=lambda subject: subject.mention.start)
                if (
                    predicate == "regulates"
                    and len(in_order) >= 2
                    and len(each_penalised := self.listed_with(target)) == len(in_order)
                    and _SEPARATELY.match(self.masked, in_order[-1].mention.end - self.sentence.start)
                ):
                    # A局、B局分别对C、D开出罚单: each regulator penalises its own, in order
                    for subject, listed in zip(in_order, each_penalised, strict=True):
                        self.add(subject.entity_key, predicate, listed.entity_key, rule)
                    continue
                for subject in subjects:
                    # 国家数据局副局长沈竹林发布《…》: an official publishes for the government
                    # body the sentence gives the role at (a professor's paper stays the author's)
                    speaker_for = self.organization_of.get(subject.mention.start) if predicate == "publishes" else None
                    if speaker_for is not None and self.entities[speaker_for].subtype not in _GOVERNING_SUBTYPES:
                        speaker_for = None
                    for listed in self.listed_with(target):
                        self.add(speaker_for or subject.entity_key, predicate, listed.entity_key, rule)
                if predicate == "publishes" and subjects:
                    # about: 发布有关云计算的报告 — technologies between the verb and the document.
                    first, after = bisect_left(self.starts, end), bisect_left(self.starts, target.mention.start)
                    for linked in self.mentions[first:after]:
                        if self.kind(linked) == "Technology":
                            self.add(target.entity_key, "about", linked.entity_key, "technology-in-publication")

    def describes_a_case(self, verb_start: int, target: LinkedMention) -> bool:
        """Whether a verb of using and its technology describe a criminal case the
        subject tries, prosecutes or cracks (审结|一起|利用|AI换脸|实施|诈骗案, 侦破|利用|
        区块链|洗钱|案件): the clause names a case after the technology and a verb of
        handling cases, or a count of cases, before the verb of using."""
        clause_start = self.clause_start(verb_start)
        index = bisect_left(self.clause_breaks, target.mention.end)
        clause_end = self.clause_breaks[index] if index < len(self.clause_breaks) else self.sentence.end
        after = self.text[target.mention.end : clause_end]
        return "案" in after and _CASE_HANDLING.search(self.text, clause_start, verb_start) is not None

    def body_is_the_object(self, verb_end: int, target: LinkedMention) -> bool:
        """Whether an organization right after a verb of using, before ``target``, is
        the verb's object, followed by a preposition or verb of a new predicate (依托|浪潮云|
        为…提供算力), rather than the owner of what is used (借助腾讯的人工智能)."""
        index = bisect_left(self.starts, verb_end)
        if index >= len(self.mentions):
            return False
        first = self.mentions[index]
        return (
            first is not target
            and first.mention.start < target.mention.start
            and self.kind(first) == "Organization"
            and not self.between(verb_end, first.mention.start).strip()
            and self.text[first.mention.end : first.mention.end + 1] in _AFTER_AN_OBJECT_BODY
        )

    def regulated_towards(self, verb_start: int, types: set[str]) -> LinkedMention | None:
        """The one regulated in X 对 Y 实施监管: the mention right before the verb, with
        对 before it and only 实施/进行/依法 and the like between it and the verb."""
        before = self.last_ending_by(verb_start, 3)
        if before and self.kind(before[0]) == "Technology" and before[0].mention.end == verb_start:
            # 对滴滴出行实施|网络安全|审查: the field of the review, no target
            verb_start = before[0].mention.start
            before = before[1:]
        if len(before) < 2 or self.kind(before[0]) not in types:
            return None
        target, previous = before[:2]
        if not _TOWARDS_VERB_GAP.match(self.between(target.mention.end, verb_start)):
            return None
        return target if _TOWARDS.match(self.between(previous.mention.end, target.mention.start)) else None

    def approved_directly(self, verb_end: int, target: LinkedMention) -> bool:
        """Whether ``target``, the first name after a verb of approving, is what is approved
        or whose plan is (国务院批准南昌市开展试点, 批准设立雄安新区, 批准了深圳市的试点
        方案): only 了, 同意 or a verb of setting up between, not a name deep inside what
        is approved (批准了一项与墨西哥进行自由贸易谈判的计划)."""
        return _APPROVED_GAP.match(self.between(verb_end, target.mention.start)) is not None

    def penalised_list(self, verb_start: int, types: set[str]) -> tuple[LinkedMention, list[LinkedMention]] | None:
        """The first of those penalised in X 对 A和B分别处以罚款, 对A、B等5家银行处以罚款
        (a list after 对 in the verb's clause, then 等 and their count, 分别 or adverbs)
        and who penalises: the subject before 对, else the body opening an earlier
        clause of the sentence (金融监管总局公布处罚信息，对…处以罚款)."""
        clause_start = self.clause_start(verb_start)
        pronoun = _PENALISED_PRONOUN.search(self.between(clause_start, verb_start))
        if pronoun is not None and types == {"Person"}:
            # 刘振宇…涉嫌严重违纪违法。省纪委监委对其立案审查调查: 其 is the official named
            # shortly before, and the commission opening the clause investigates
            towards = clause_start + pronoun.start()
            person = self.person_named_shortly_before(towards)
            if person is not None:
                # (张建伟与商人刘志强存在利益输送。…对其立案审查调查: 其 is the sentence's subject,
                # the first person it names)
                opened = max(self.text.rfind(stop, 0, person.mention.start) for stop in "。！？\n") + 1
                named = self.result.mentions  # (in the order of the text)
                since = bisect_left(named, opened, key=lambda linked: linked.mention.start)
                person = next(
                    (m for m in named[since:] if m.mention.start <= person.mention.start and self.kind(m) == "Person"),
                    person,
                )
            bodies = [
                b for b in self.subjects_before(towards, {"Organization"}) if self.subtype(b) in _GOVERNING_SUBTYPES
            ]
            return (person, bodies) if person is not None and bodies else None
        if pronoun is not None:
            # (其 is a body: 对其处以罚款 after a firm and its legal representative)
            return self.penalised_before(clause_start + pronoun.start(), types - {"Person"})
        opening = self.between(clause_start, verb_start)
        towards = opening.rfind("对")
        if towards < 0 and self.text.endswith("出具", 0, verb_start):
            towards = opening.rfind("向")  # 深交所向…公司出具监管函: a letter issued to it
        if self.text.startswith(_LISTING, verb_start):
            towards = max(opening.rfind("将"), opening.rfind("把"))  # 将…列入实体清单
        if towards < 0:
            return None
        towards += clause_start
        described = _PENALISED_DESCRIBED.match(self.text, towards + 1)
        first = self.object_after(described.end() if described else towards + 1, types, limit=0)
        if first is None and types == {"Person"}:
            # 对石家庄市政协原副主席王建伟立案审查调查: the official after the body and post
            first = self.object_after(towards + 1, types, limit=_OFFICIAL_AFTER_POST)
        if first is None:
            return None
        last = self.listed_with(first)[-1]
        gap = _PENALISED_COUNT.sub("", self.between(last.mention.end, verb_start), count=1)
        if not _TOWARDS_VERB_GAP.match(gap):
            return None
        subjects = self.subjects_before(towards, {"Organization", "Person"}) or self.clause_opening_bodies(towards)
        if not subjects and _CLAUSE_OPENING_TOWARDS.fullmatch(self.between(clause_start, towards)) is not None:
            # 证监会决定对A责令改正；对时任董事长陈志强给予警告: a later clause that opens with
            # 对, of the regulator named before
            regulator = self.penaliser_named_before(towards)
            subjects = [regulator] if regulator is not None else []
        return first, subjects

    def penalised_before(self, offset: int, types: set[str]) -> tuple[LinkedMention, list[LinkedMention]] | None:
        """The one penalised and who penalises in …发现江苏圣奥化学科技有限公司超标排放，对其
        处以罚款, 责令其改正并罚款: 其 is the last body of the sentence before ``offset`` that
        governs nothing, and the last governing body named before it penalises it."""
        before = [m for m in self.mentions if m.mention.end <= offset and self.kind(m) in types]
        targets = [m for m in before if self.subtype(m) not in _GOVERNING_SUBTYPES]
        if not targets:
            return None
        regulators = [
            m for m in before if self.subtype(m) in _GOVERNING_SUBTYPES and m.mention.end <= targets[-1].mention.start
        ] or [
            # (厦门宏远贸易有限公司违规…，国家外汇管理局厦门市分局对其处以罚款: the regulator
            # after the one it penalises, opening the clause of 对其)
            m
            for m in before
            if self.subtype(m) in _GOVERNING_SUBTYPES and m.mention.start >= self.clause_start(offset)
        ]
        if not regulators:
            return None
        # (国家网信办指导北京市网信办，依法约谈微博公司负责人…，并对其处以罚款: the one guided acts)
        return targets[-1], regulators[-1:]

    def clause_start(self, offset: int) -> int:
        """Where the clause holding ``offset`` begins (after the clause break before it)."""
        index = bisect_left(self.clause_breaks, offset) - 1
        return self.clause_breaks[index] + 1 if index >= 0 else self.sentence.start

    def clause_opening_bodies(self, offset: int) -> list[LinkedMention]:
        """The organization opening the last clause before ``offset`` that one opens,
        the subject that later clauses without one share (金融监管总局公布处罚信息，对…)."""
        organizations, last = self.last_of({"Organization"}, offset)
        for index in range(last, -1, -1):
            body = organizations[index]
            if body.mention.start < self.sentence.start:
                break
            if not self.between(self.clause_start(body.mention.start), body.mention.start).strip():
                return [body]
        return []

    def set_up_after(self, offset: int) -> LinkedMention | None:
        """The organization set up after an approval that ends at ``offset`` (经中央编办批准，
        组建国家数据局; 经国务院批准，深圳市成立前海管理局): the object of the first
        establishing verb in the same or the next clause."""
        following = bisect_left(self.clause_breaks, offset) + 1
        stop = self.clause_breaks[following] if following < len(self.clause_breaks) else self.sentence.end
        rest = self.between(offset, stop)
        verb = _ESTABLISH.search(rest)
        if verb is None or not _states(rest[: verb.start()]):
            return None
        return self.object_after(offset + verb.end(), {"Organization"})

    def approved_before(self, offset: int, types: set[str]) -> LinkedMention | None:
        """What comes right before 经 at ``offset`` (深圳市前海管理局经国务院批准): the one
        approved, with nothing but adverbs between."""
        last = self.last_ending_by(offset, 1)
        if not last or self.kind(last[0]) not in types:
            return None
        before = last[0]
        return before if _PLACE_ACTOR_GAP.match(self.between(before.mention.end, offset)) else None

    def penalised_for_a_cause(self, offset: int, types: set[str]) -> LinkedMention | None:
        """The body named right before 因 in the sentence, with no other body between it and
        the penalty at ``offset`` (X分公司因编制虚假报表，被罚款; 该行因…被罚款)."""
        first = bisect_left(self.starts, self.sentence.start)
        last = bisect_left(self.starts, offset)
        for linked in reversed(self.mentions[first:last]):
            if self.kind(linked) not in types:
                continue
            if not self.text.startswith("因", linked.mention.end):
                return None  # (another body nearer the penalty)
            if any(mark in self.text[linked.mention.end : offset] for mark in "；;。"):
                return None
            return linked
        return None

    def penalised_before_bei(self, offset: int, types: set[str]) -> LinkedMention | None:
        """The body of ``types`` that opens the clause of the penalty at ``offset`` and is
        followed by 被 (其中，X有限公司被处以罚款; X有限公司也被责令改正), no regulator named
        between: the one penalised by a body an earlier sentence names."""
        opener = self.clause_opener_before(offset, types)
        if opener is None or self.subtype(opener) in _GOVERNING_SUBTYPES:
            return None
        return opener if _BEI_RIGHT_AFTER.match(self.text, opener.mention.end) is not None else None

    def sentence_opener_penalised(self, offset: int, types: set[str]) -> LinkedMention | None:
        """The company or other ungoverning body that opens the sentence, penalised in a
        later clause by the body after 被 at ``offset`` with no other such body between
        (北京新氧科技有限公司在其App发布违法广告，违反《广告法》，被朝阳区市场监督管理局
        罚款30万元)."""
        first, last = bisect_left(self.starts, self.sentence.start), bisect_left(self.starts, offset)
        bodies = [m for m in self.mentions[first:last] if m.mention.end <= offset and self.kind(m) in types]
        if not bodies or any(m.entity_key != bodies[0].entity_key for m in bodies[1:]):
            return None
        opener = bodies[0]
        if self.subtype(opener) in _GOVERNING_SUBTYPES or not _SENTENCE_LEAD.fullmatch(
            self.between(self.sentence.start, opener.mention.start)
        ):
            return None
        if self.text.startswith("的", opener.mention.end):
            return None  # 华润怡宝…有限公司的一家经销商…，被…罚款: one of its dealers
        if any(mark in self.text[opener.mention.end : offset] for mark in "；;。"):
            return None
        return opener

    def pronoun_subject(self, offset: int) -> LinkedMention | None:
        """The person 他 or 她, opening the clause of the verb at ``offset`` with only
        adverbs after it, stands for: the last person named shortly before, if any, but
        not one who accompanies, reports or briefs in their clause (王宁在玉溪调研。市委书记
        罗红江陪同。在澄江，他还考察了…: 王宁 tours, 罗红江 goes with him)."""
        if _PRONOUN_OPENING.fullmatch(self.between(self.clause_start(offset), offset)) is None:
            return None
        text, mentions = self.text, self.result.mentions  # (in the order of the text)
        for index in range(bisect_left(mentions, offset, key=lambda linked: linked.mention.start) - 1, -1, -1):
            linked = mentions[index]
            if offset - linked.mention.start > _PRONOUN_REACH or linked.article != self.article:
                return None
            if self.kind(linked) != "Person":
                continue
            reach = max(0, linked.mention.start - _PRONOUN_REACH)
            opening = max((m.end() for m in _CLAUSE_BREAK.finditer(text, reach, linked.mention.start)), default=reach)
            closing = m.start() if (m := _CLAUSE_BREAK.search(text, linked.mention.end)) is not None else len(text)
            if not any(word in text[opening:closing] for word in _NOT_THE_ONE_TOURING):
                return linked
        return None

    def person_whose_case_was_named(self, offset: int) -> LinkedMention | None:
        """The last person the article names within a few sentences before ``offset``
        (:data:`_PRONOUN_REACH` characters) right before their case (涉嫌受贿一案), if any."""
        mentions = self.result.mentions  # in the order of the text
        for index in range(bisect_left(mentions, offset, key=lambda linked: linked.mention.start) - 1, -1, -1):
            linked = mentions[index]
            if offset - linked.mention.start > _PRONOUN_REACH or linked.article != self.article:
                return None
            if self.kind(linked) == "Person" and _ACCUSED_CASE.match(self.text, linked.mention.end):
                return linked
        return None

    def person_named_shortly_before(self, offset: int) -> LinkedMention | None:
        """The last person the article names within a few sentences before ``offset``
        (:data:`_PRONOUN_REACH` characters), if any."""
        mentions = self.result.mentions  # in the order of the text
        for index in range(bisect_left(mentions, offset, key=lambda linked: linked.mention.start) - 1, -1, -1):
            linked = mentions[index]
            if offset - linked.mention.start > _PRONOUN_REACH or linked.article != self.article:
                return None
            if self.kind(linked) == "Person":
                return linked
        return None

    def penaliser_named_before(self, offset: int) -> LinkedMention | None:
        """The last regulator (its name says it supervises, enforces or is a central bank's
        branch) the article named within a few sentences before ``offset``."""
        mentions = self.result.mentions  # in the order of the text
        article = None
        for index in range(bisect_left(mentions, offset, key=lambda linked: linked.mention.start) - 1, -1, -1):
            linked = mentions[index]
            if offset - linked.mention.start > 600:
                return None
            article = linked.article if article is None else article
            if linked.article != article:
                return None
            entity = self.entities[linked.entity_key]
            if (
                entity.type == "Organization"
                and entity.subtype in _PENALISERS
                and _PENALISING_BODY.search(entity.label) is not None
            ):
                return linked
        return None

    def clause_opener_before(self, offset: int, types: set[str]) -> LinkedMention | None:
        """The one mention of ``types`` that opens the clause ``offset`` is in, with no
        other name between it and ``offset``, if any."""
        start = self.clause_start(offset)
        first, last = bisect_left(self.starts, start), bisect_left(self.starts, offset)
        inside = [m for m in self.mentions[first:last] if m.mention.end <= offset]
        if len(inside) != 1 or self.kind(inside[0]) not in types:
            return None
        return inside[0] if not self.between(start, inside[0].mention.start).strip() else None

    def place_acting_before(self, offset: int) -> list[LinkedMention]:
        """The place that is the subject of a verb at ``offset`` (杭州市率先运用大数据):
        the nearest place before it in the clause, with nothing but adverbs between."""
        places, last = self.last_of({"Place"}, offset)
        if last < 0:
            return []
        place = places[last]
        if bisect_left(self.starts, place.mention.end) < bisect_left(self.starts, offset):
            return []  # another name between the place and the verb
        before = self.text[max(self.sentence.start, place.mention.start - 4) : place.mention.start]
        if _NOT_A_SUBJECT.search(before) or not _acting_gap(self.between(place.mention.end, offset)):
            return []
        return [place]

    def published_by(self, verb_start: int) -> None:
        """《意见》由国务院办公厅印发: the document is named before 由 and its publishers."""
        subjects = self.subjects_before(verb_start, {"Organization", "Person"})
        if not subjects:
            return
        first = min(subjects, key=lambda m: m.mention.start)
        document = next(iter(self.last_ending_by(first.mention.start, 1)), None)
        if (
            document is not None
            and self.kind(document) == "Document"
            and _BY.match(self.between(document.mention.end, first.mention.start))
        ):
            for subject in subjects:
                self.add(subject.entity_key, "publishes", document.entity_key, "publishes-verb")

    def documents_put_to_consultation(self) -> None:
        """中国证监会就《…指引（征求意见稿）》公开征求意见: a body that puts a draft to
        public consultation publishes it (the draft, as the title says)."""
        for linked in self.mentions:
            if self.kind(linked) != "Document":
                continue
            if not _CONSULTATION.match(self.text, linked.mention.end, self.sentence.end):
                continue
            before = self.between(self.sentence.start, linked.mention.start).rstrip()
            if not before.endswith("就"):
                continue
            for subject in self.subjects_before(self.sentence.start + len(before) - 1, {"Organization"}):
                self.add(subject.entity_key, "publishes", linked.entity_key, "consultation")

    def drafted_documents(self) -> None:
        """由工业和信息化部电信研究院牵头制订的政府采购云服务所需标准: a document named
        without title marks after a drafting verb is a document too."""
        sentence_text = self.sentence.text
        for match in _DRAFTED_DOCUMENT.finditer(sentence_text):
            start = self.sentence.start + match.start(1)
            end = self.sentence.start + match.end(1)
            if any(self.kind(m) in ("Organization", "Person", "Place") for m in self.overlapping(start, end)):
                continue
            subjects = self.subjects_before(self.sentence.start + match.start(), {"Organization", "Person"})
            if not subjects:
                continue
            label = match.group(1)
            subtype = next((kind for word, kind in _DOCUMENT_KINDS if label.endswith(word)), "Document")
            key = f"Document:{label}"
            self.entities.setdefault(key, Entity(key=key, type="Document", label=label, subtype=subtype))
            for subject in subjects:
                self.add(subject.entity_key, "publishes", key, "drafted-document")

    def is_party_place(self, linked: LinkedMention, *, listed: bool = False) -> bool:
        """Whether a Chinese province, city or county is a party to an agreement, as its
        government (福建省与中国移动签署, 华为云与贵州省签订, 田东县与广西大学农学院合作):
        right before or after 与, 同 or 和, not where something happens (在贵州省与当地企业
        签约)."""
        entity = self.entities[linked.entity_key]
        if (
            entity.type != "Place"
            # (哈尔滨市与新西伯利亚市签署: a city or province abroad too, by its government,
            # also one the rules found by its kind, 乌苏里斯克市)
            or (
                entity.subtype not in ("Province", "City", "District")
                and not (entity.subtype is None and entity.key.startswith("Place:") and entity.label[-1] in "市州省")
                # (八里店镇与曾家镇签订镇镇结对协议: a township too, by its people's government,
                # also one the rules found by its kind, 杨柳青镇与天津大学签约; not 梦想小镇, a
                # park called a town)
                and (
                    (entity.subtype != "Township" and not _a_township_found_by_its_kind(entity))
                    or entity.label.endswith("小镇")
                )
            )
            or (not entity.key.startswith("cn-") and entity.subtype == "District")
            or entity.key.startswith("cn-71")  # Taiwan, whose authorities are no people's government
        ):
            return False
        if listed:
            return True  # (the list's first is a party, see cooperation)
        start = self.foreign_chain_start(linked)
        if start < linked.mention.start and _a_township_found_by_its_kind(entity):
            return False  # (英国剑桥镇与苏州市签署: a town abroad has no people's government)
        before = self.text[max(self.sentence.start, start - 1) : start]
        after = self.text[linked.mention.end : linked.mention.end + 1]
        if _ADVERB_THEN_WITH.match(self.text, linked.mention.end) is not None and before not in _WHERE_BEFORE:
            return True  # 武汉已与IBM公司签署, 重庆市还与微软公司合作
        return (after in _PARTY_JOINERS and before not in _WHERE_BEFORE) or before in _PARTY_JOINERS

    def foreign_chain_start(self, linked: LinkedMention) -> int:
        """Where the places abroad written right before ``linked`` begin (乌兹别克斯坦|撒马尔罕州:
        the country before its region), or where ``linked`` begins."""
        start = linked.mention.start
        # (by bisection, see ending_last: a sentence may name thousands of places)
        while (
            (chain := self.ending_last(start)) is not None
            and chain.mention.end == start
            and self.kind(chain) == "Place"
            and not chain.entity_key.startswith("cn-")
        ):
            start = chain.mention.start
        return start

    def sister_places(self) -> None:
        """西安市与阿拉木图市缔结友好城市关系, 义乌市与意大利普拉托市结为友好城市, 厦门市与宿务市、
        泉州市与纳卯市保持友好关系: two cities or provinces, of China or abroad, twinned, as
        their governments cooperating (the one after 与 the innermost of the places written
        there: 意大利|普拉托市)."""
        for index, first in enumerate(self.mentions):
            if not self._twinned_place(first) or index + 1 >= len(self.mentions):
                continue
            after = self.mentions[index + 1]
            if (
                self.kind(after) != "Place"
                or _PLACES_JOINED.fullmatch(self.between(first.mention.end, after.mention.start)) is None
            ):
                continue
            second = self.innermost_place_from(after)
            if second.entity_key == first.entity_key or not self._twinned_place(second):
                continue
            # (厦门市与宿务市、泉州市与纳卯市保持友好关系: the pairs of a list, the words after it
            # in the same clause)
            clause_end = next((b for b in self.clause_breaks if b >= second.mention.end), self.sentence.end)
            words = self.between(second.mention.end, clause_end)[:40]
            if not any(word in words for word in _FRIENDSHIP_OF_PLACES):
                continue
            first_government, second_government = (
                self._government_of(place)
                if place.entity_key in self.gazetteer.entries
                # (普拉托市: a city the gazetteer does not know, by its name)
                else self._organization(self.entities[place.entity_key].label + "政府", "GovernmentOrganization")
                for place in (first, second)
            )
            self.add(first_government, "cooperatesWith", second_government, "twinned-places")

    def post_filled_from_another_body(self) -> None:
        """深圳大学网络空间安全学院院长由鹏城实验室副主任黄铁军兼任, 实验室主任由中国科学院院士
        骆清铭担任: the post before 由 is held by the person after it, whose other post (at
        another body) stands between."""
        for index, person in enumerate(self.mentions):
            if self.kind(person) != "Person" or not self.text.startswith(("兼任", "担任", "出任"), person.mention.end):
                continue
            by = self.text.rfind("由", self.clause_start(person.mention.start), person.mention.start)
            if by < 0 or by + 1 == person.mention.start:
                continue  # (局长由王志强担任: read with the title before the name)
            bodies = [m for m in self.mentions[:index] if m.mention.end <= by and self.kind(m) == "Organization"]
            if not bodies or self.breaks(bodies[-1].mention.end, by):
                continue
            body = bodies[-1]
            title = _title_in(self.text[body.mention.end : by], self.gazetteer)
            if title is None or title != self.text[body.mention.end : by]:
                continue
            self.role(person, body.entity_key, "title-between", title, said_at=body.mention.start)

    def playing_for(self) -> None:
        """郑钦文现效力于湖北省网球队, 孙颖莎注册于河北省体育局, 王楚钦代表北京市队参赛: an
        athlete playing for a team, club or sports bureau holds a player's post there (one
        held before after 曾, 此前 or 早年: 曾效力于广州恒大). Only a team's, club's or sports
        bureau's name counts, since 效力于 a company is any employee's work."""
        for person in self.mentions:
            if self.kind(person) != "Person":
                continue
            playing = _PLAYS_FOR.match(self.text, person.mention.end)
            if playing is None:
                continue
            team = self.object_after(playing.end(), {"Organization"}, limit=0)
            league = None
            while (
                team is not None
                and (note := _A_NOTE_IN_BRACKETS.match(self.text, team.mention.end)) is not None
                and (following := self.object_after(note.end(), {"Organization"}, limit=0)) is not None
                and following.mention.start == note.end()
            ):
                league, team = team, following  # 美国职业女篮（WNBA）|纽约自由人队: the league, then its team
            if team is None:
                continue
            label = self.entities[team.entity_key].label
            in_a_league = (
                league is not None and label.endswith("队") and _plays_sport(self.entities[league.entity_key].label)
            )
            if (
                not (_plays_sport(label) or in_a_league)
                or (
                    playing["verb"] == "代表"
                    and (
                        _TAKING_PART_IN_A_GAME.match(self.text, team.mention.end) is None
                        # 主教练蔡斌代表中国女排, 局长王刚代表湖北省体育局: who holds another post
                        # there speaks for the team
                        or _title_in(
                            self.text[max(self.sentence.start, person.mention.start - 6) : person.mention.start],
                            self.gazetteer,
                        )
                        is not None
                    )
                )
            ):
                continue
            title = "球员" if "球" in label or label.endswith("俱乐部") else "运动员"
            self.role(
                person, team.entity_key, "plays-for", title, said_at=playing.start(), former=bool(playing["before"])
            )

    def qualifications_approved(self) -> None:
        """核准王军辉中国人民财产保险股份有限公司董事长的任职资格, 核准王军辉、赵鹏…: a
        regulator approving a person for a company's post, which the person takes up (each
        name of a list 、 before the company holds it too)."""
        for index, person in enumerate(self.mentions):
            if self.kind(person) != "Person" or index + 1 >= len(self.mentions):
                continue
            body = self.mentions[index + 1]
            if self.kind(body) != "Organization" or body.mention.start != person.mention.end:
                continue
            approved = _QUALIFIED_FOR.match(self.text, body.mention.end, self.sentence.end)
            if (
                approved is None
                or _APPROVING.search(
                    self.text, max(self.sentence.start, person.mention.start - 40), person.mention.start
                )
                is None
            ):
                continue
            title = _title_in(approved["title"], self.gazetteer)
            if title is None or title != approved["title"]:
                continue
            self.role(person, body.entity_key, "qualification-approved", title, said_at=body.mention.start)

    def both_sides_sign(self) -> None:
        """农业农村部副部长马有祥会见老挝农林部部长…，双方签署…; A与B举行座谈。双方签署…;
        A署长与B主席举行会谈，并共同签署…: the two bodies a meeting's sentence names (or the
        sentence before, when this one names none) sign together. Only where just two
        bodies are named, neither in the other's name."""
        signing = _BOTH_SIDES_SIGN.search(self.text, self.sentence.start, self.sentence.end)
        if signing is None:
            return
        parties = self._bodies_between(self.sentence.start, signing.start())
        if not parties and signing["sides"]:
            before = self.text[max(0, self.sentence.start - 200) : self.sentence.start].rstrip(" \t\u3000")
            if before and not before.endswith("\n"):  # (a paragraph's first sentence: no one to take)
                parties = self._bodies_between(sentence_start(self.text, self.sentence.start - 1), self.sentence.start)
        if len(parties) != 2:
            return
        first, second = parties
        if first.label in second.label or second.label in first.label:
            return  # (海关总署…海关总署广州分署: a body and its own unit)
        self.add(first.key, "cooperatesWith", second.key, "both-sides-sign")

    def _bodies_between(self, start: int, end: int) -> list[Entity]:
        """The distinct organizations named from ``start`` to ``end``, in order."""
        mentions = self.result.mentions  # in the order of the text
        bodies: list[Entity] = []
        for index in range(bisect_left(mentions, start, key=lambda linked: linked.mention.start), len(mentions)):
            linked = mentions[index]
            if linked.mention.start >= end:
                break
            entity = self.entities[linked.entity_key]
            if entity.type == "Organization" and entity not in bodies:
                if _is_dateline_outlet(self.text, sentence_start(self.text, linked.mention.start), linked):
                    continue  # (新华社北京5月14日电: the outlet of the dateline, no party)
                bodies.append(entity)
        return bodies

    def places_signing_together(self) -> None:
        """南京市、苏州市分别与墨竹工卡县、林周县签订…: each place of the first list with the
        one in the same position of the second (or each with the one place after 与);
        北京市、天津市、河北省三地政府共同签署…: every two of the list; 杭州市对口帮扶黔东南州:
        the place paired with another for support. The places are their governments, as
        in cooperation."""
        places = [m for m in self.mentions if self.kind(m) == "Place" and not self.proposed(m.mention.start)]
        index = 0
        while index < len(places):
            first, index = self._listed_places(places, index)
            if not first:
                break
            after = first[-1].mention.end
            rest = self.between(after, self.sentence.end)
            if (separately := _PLACES_SEPARATELY_WITH.match(rest)) is not None and index < len(places):
                chain_start = places[index].mention.start  # (西藏自治区拉萨市|墨竹工卡县: its chain's)
                second, index = self._listed_places(places, index)
                if second and chain_start == after + separately.end():
                    verb = _COOPERATE.search(
                        self.between(second[-1].mention.end, self.clause_end(second[-1].mention.end))
                    )
                    if verb is not None and (len(second) == len(first) or len(second) == 1):
                        for one, other in zip(first, second * len(first) if len(second) == 1 else second, strict=True):
                            self.add(
                                self._government_of(one),
                                "cooperatesWith",
                                self._government_of(other),
                                "a-and-b-cooperate",
                            )
                continue
            if (paired := _PLACES_PAIRED.match(rest)) is not None and index < len(places):
                if places[index].mention.start == after + paired.end():
                    second, index = self._listed_places(places, index)
                    if paired["each"]:
                        # (…分别结对帮扶甘孜州的理塘县、稻城县: a list this reads only in part)
                        pairs = list(zip(first, second, strict=True)) if len(first) == len(second) else []
                    elif len(first) == 1 or len(second) == 1:
                        pairs = list(product(first, second))
                    else:
                        pairs = []  # (A、B对口支援C、D: who supports whom is not said)
                    for one, other in pairs:
                        self.add(self._government_of(one), "cooperatesWith", self._government_of(other), "a-joins-b")
                continue
            if len(first) >= 2 and _PLACES_TOGETHER.match(rest) is not None:
                for one, other in combinations(first, 2):
                    self.add(
                        self._government_of(one), "cooperatesWith", self._government_of(other), "a-and-b-cooperate"
                    )

    def _listed_places(self, places: list[LinkedMention], index: int) -> tuple[list[LinkedMention], int]:
        """The Chinese cities, counties and provinces listed with 、 or 和 from ``index`` (each
        the innermost of a chain: 西藏自治区拉萨市 → 拉萨市), and the index after them."""
        listed: list[LinkedMention] = []
        while index < len(places):
            place = self.innermost_place_from(places[index])
            following = index
            while following < len(places) and places[following].mention.start <= place.mention.start:
                following += 1
            if not self.is_party_place(place, listed=True):
                if listed:
                    break
                index = following
                continue
            if listed and self.between(listed[-1].mention.end, places[index].mention.start).strip() not in (
                "、",
                "和",
                "及",
            ):
                break
            listed.append(place)
            index = following
        return listed, index

    def clause_end(self, offset: int) -> int:
        """Where the clause holding ``offset`` ends (at the next clause break)."""
        index = bisect_right(self.clause_breaks, offset)
        return self.clause_breaks[index] if index < len(self.clause_breaks) else self.sentence.end

    def _twinned_place(self, linked: LinkedMention) -> bool:
        """Whether ``linked`` names a city, county or province (of China or abroad), which
        can be twinned with another; a place the gazetteer does not know by the level its
        name ends with (普拉托市)."""
        entity = self.entities[linked.entity_key]
        if entity.type != "Place" or entity.key.startswith("cn-71"):
            return False  # (Taiwan, whose authorities are no people's government)
        if entity.subtype is None:
            return entity.label.endswith(("市", "省", "州", "县")) and len(entity.label) >= 3
        return entity.subtype in ("Province", "City", "State") or (
            entity.subtype == "District" and entity.label.endswith(("市", "县"))
        )

    def teams_of_paired_places(self) -> None:
        """厦门市对口帮扶临夏州工作组: a team one place sends to support another it is
        paired with, named by both; the two places' governments work together."""
        for body in self.mentions:
            if self.kind(body) != "Organization":
                continue
            label = self.entities[body.entity_key].label
            # (深圳市福田区对口帮扶广西百色市田阳区工作组: the innermost places, 福田区 and 田阳区)
            sender, rest = self.gazetteer.innermost_leading_place(label)
            paired = _PLACES_PAIRED.match(rest) if sender is not None else None
            if paired is None or sender is None:
                continue
            supported, _ = self.gazetteer.innermost_leading_place(rest[paired.end() :])
            if supported is None or supported.type != "Place" or supported.key == sender.key:
                continue
            for place in (sender, supported):
                self.entities.setdefault(place.key, entity_from_entry(place))
            self.add(
                self._organization(self.gazetteer.government_label(sender.key), "GovernmentOrganization"),
                "cooperatesWith",
                self._organization(self.gazetteer.government_label(supported.key), "GovernmentOrganization"),
                "a-joins-b",
            )

    def _government_of(self, linked: LinkedMention) -> str:
        """The key of the people's government of the place ``linked`` names (of a city
        abroad that the gazetteer does not list, its name and 政府: 乌苏里斯克市政府)."""
        if linked.entity_key not in self.gazetteer.entries:
            label = self.entities[linked.entity_key].label
            # (a township's is its people's government, a subdistrict's its office)
            government = "人民政府" if label[-1] in "镇乡" else "办事处" if label.endswith("街道") else "政府"
            return self._organization(label + government, "GovernmentOrganization")
        return self._organization(self.gazetteer.government_label(linked.entity_key), "GovernmentOrganization")

    def cooperation(self) -> None:
        """A 与 B … 合作/共建/签署 (each pair of a list A、B 和 C), A 和 B 分别与 C 签约 (A
        with C, B with C), and A 联合 B."""
        organizations = []
        party_place_end = -1  # where the last province or city that is a party ends
        for m in self.mentions:
            if self.proposed(m.mention.start):
                break  # (what is proposed is not done: 委员建议推动A与B共建)
            if self.kind(m) == "Organization":
                organizations.append(m)
            elif m.mention.start < party_place_end:
                continue  # (a place of the party place's chain, read with it)
            elif self.is_party_place(m) or (
                # 与广东、山东、浙江等沿海省份合作: the list after a party place, each a party
                party_place_end >= 0
                and self.between(party_place_end, m.mention.start) in ("、", "和", "及")
                and self.is_party_place(m, listed=True)
            ):
                # 与宁夏回族自治区|固原市|协作: the innermost place of the chain after 与 is the party
                # (the chain's span, so that what stands between it and the other party is read)
                if (inner := self.innermost_place_from(m)) is not m and self.is_party_place(inner, listed=True):
                    chain = replace(
                        inner.mention, start=m.mention.start, text=self.text[m.mention.start : inner.mention.end]
                    )
                    m = LinkedMention(chain, inner.entity_key, inner.article)
                elif (begins := self.foreign_chain_start(m)) < m.mention.start:
                    # 与乌兹别克斯坦|撒马尔罕州: a region abroad, its country written before it
                    chain = replace(m.mention, start=begins, text=self.text[begins : m.mention.end])
                    m = LinkedMention(chain, m.entity_key, m.article)
                organizations.append(
                    LinkedMention(m.mention, self._government_of(m), m.article)
                )  # 福建省与中国移动签署
                party_place_end = m.mention.end
        # 亚马逊云科技（AWS）、微软, 中国安全生产科学研究院（以下简称“中国安科院”）与: a short
        # form in brackets is the body before it, no list item; so is a second one after a
        # comma (沙特阿拉伯国家石油公司（沙特阿美，Saudi Aramco）与)
        organizations = [
            m
            for i, m in enumerate(organizations)
            if not (
                i > 0
                and organizations[i - 1].entity_key == m.entity_key
                and (
                    _SHORT_FORM_OPENS.fullmatch(gap := self.between(organizations[i - 1].mention.end, m.mention.start))
                    or _NAMES_APART.fullmatch(gap)
                    or not gap.strip()  # (a note of its other names, read as spaces)
                )
            )
        ]
        index = 0
        while index < len(organizations):
            index, group = self._joined(organizations, index)
            last = group[-1]
            following = organizations[index + 1] if index + 1 < len(organizations) else None
            if following is not None and (
                _SEPARATELY_WITH.match(gap := self.between(last.mention.end, following.mention.start))
                # 华中科技大学、武汉大学已与市政府签署: each of the list with the one after 与
                or (len(group) > 1 and (_WORDS_THEN_WITH.match(gap) or _LIST_THEN_WITH.match(gap)))
            ):
                last_partner, partners = self._joined(organizations, index + 1)
                if self._cooperate_after(partners[-1]):
                    pairs = list(product(group, partners))
                    if len(group) > 1 and len(partners) > 1 and _SEPARATELY_WITH.match(gap):
                        # A、B 将分别与 C、D 结对: each with the one in its place of the other list
                        pairs = list(zip(group, partners, strict=True)) if len(group) == len(partners) else []
                    for member, partner in pairs:
                        self.add(member.entity_key, "cooperatesWith", partner.entity_key, "a-and-b-cooperate")
                index = last_partner + 1
                continue
            between = self.between(last.mention.end, following.mention.start) if following is not None else ""
            if (
                len(group) == 1
                and following is not None
                and (
                    _SAYS_WITH.match(between)
                    # 中国电信发布…，并宣布与 B 共建: A opens the first clause
                    or (
                        (then := _THEN_SAYS_WITH.match(between)) is not None
                        and not self.between(self.clause_start(last.mention.start), last.mention.start).strip()
                        # (立法会议员陈克勤认为，…并与: the body of someone who speaks, not the
                        # subject of what is said: no name and no word of saying between)
                        and not (
                            then["also"] is not None
                            and (_MASK in between or any(verb in between for verb in SAYING_VERBS))
                        )
                    )
                )
            ):
                last_partner, partners = self._joined(organizations, index + 1)
                if self._cooperate_after(partners[-1]):
                    for partner in partners:
                        self.add(last.entity_key, "cooperatesWith", partner.entity_key, "a-says-with-b")
                index = last_partner + 1
                continue
            if (
                len(group) > 1
                and self._cooperate_after(last)
                and not self._partners_of_another(group[0])
                # (北京师范大学、华东师范大学对口帮扶贵州师范大学: each helps the one after, see
                # a-joins-b; the helpers are no partners of each other)
                and not (following is not None and _HELPING.match(between) is not None)
                and not self._with_someone_unnamed(last)
                and not self._each_signs_its_own(group)
                # (装置已向清华大学、北京大学等单位开放共享: the list is what the verb is done
                # for, after a preposition, not its subjects)
                and not (
                    self.text.endswith(_PREPOSITIONS_BEFORE_AN_OBJECT, 0, group[0].mention.start)
                    and _JOINT_CLAUSE_OF_DE.match(self.text, last.mention.end) is None
                )
                # (对美团、饿了么、京东开展联合约谈: those the regulators act on together)
                and not (
                    self.text.endswith("对", 0, group[0].mention.start)
                    and _JOINT_ACTION_ON.match(self.text, last.mention.end) is not None
                )
                # (长安号已与德国DB Cargo、哈萨克斯坦国家铁路公司、俄罗斯铁路公司签署: the
                # partners of a subject the rules did not find, after 与, no parties together)
                and _LIST_AFTER_WITH.search(
                    self.text, self.clause_start(group[0].mention.start), group[0].mention.start
                )
                is None
            ):
                pairs = [(first, second) for i, first in enumerate(group) for second in group[i + 1 :]]
                gaps = [self.between(one.mention.end, other.mention.start) for one, other in pairwise(group)]
                withs = [i for i, gap in enumerate(gaps) if _WITH.match(gap) or _WORDS_THEN_WITH.match(gap)]
                if (
                    len(group) > 2
                    and len(withs) == 1
                    and _PARTIES_OF_ONE_AGREEMENT.match(self.masked, last.mention.end - self.sentence.start) is None
                ):
                    # A 与 B、C、D 等企业签署协议: A with each of the list after 与 (and each
                    # before it with each after), not the partners with one another; but every
                    # one with every other where they sign as three or more parties (A与B、C
                    # 签署三方合作协议)
                    cut = withs[0] + 1
                    pairs = list(product(group[:cut], group[cut:]))
                if len(withs) >= 2 and len(group) % 2 == 0 and withs == list(range(0, len(group) - 1, 2)):
                    # A 与 B、C 与 D 分别签约: two pairs, each with its partner
                    pairs = [(group[i], group[i + 1]) for i in withs]
                elif _SEPARATELY.match(self.masked, last.mention.end - self.sentence.start):
                    # A 与 B、C 分别签署: A with B and A with C; A、B 分别签署: each with someone.
                    first_gap = self.between(group[0].mention.end, group[1].mention.start)
                    with_first = _WITH.match(first_gap) or _WORDS_THEN_WITH.match(first_gap)
                    pairs = [(group[0], partner) for partner in group[1:]] if with_first else []
                for first, second in pairs:
                    if _MEMBERS_AFTER.match(self.text, second.mention.end):
                        continue  # 与东盟多国企业签署: companies of its members, not the group
                    self.add(first.entity_key, "cooperatesWith", second.entity_key, "a-and-b-cooperate")
            if following is not None and _HOSTS_THEN.match(self.between(last.mention.end, following.mention.start)):
                last_partner, partners = self._joined(organizations, index + 1)
                if _ORGANISES.match(self.masked, partners[-1].mention.end - self.sentence.start):
                    # 由A主办、B承办: the hosts and the organisers of one event work together
                    everyone = group + partners
                    for member, partner in combinations(everyone, 2):
                        if member.entity_key != partner.entity_key:
                            self.add(member.entity_key, "cooperatesWith", partner.entity_key, "co-organisers")
            if (
                following is not None
                and _LEADS_THEN.match(self.between(last.mention.end, following.mention.start))
                and self.text.endswith("由", 0, group[0].mention.start)
            ):
                partners = self._joined(organizations, index + 1)[1]
                if _TAKING_PART_IN_A_GROUP.match(self.text, partners[-1].mention.end):
                    # 调查组由应急管理部牵头，公安部、生态环境部和江苏省人民政府参加: the
                    # leading body works with each taking part
                    for partner in partners:
                        for member in group:
                            self.add(member.entity_key, "cooperatesWith", partner.entity_key, "a-joins-b")
            if index + 1 < len(organizations):
                following = organizations[index + 1]
                gap = self.between(last.mention.end, following.mention.start)
                if (
                    _JOIN.match(gap)
                    # 中国地震局派出工作队，会同四川省应急管理厅开展评估: the body opening the clause
                    # before joins the next one
                    or (
                        _JOINING_IN_THE_NEXT_CLAUSE.match(gap) is not None
                        and not self.between(self.clause_start(group[0].mention.start), group[0].mention.start).strip()
                    )
                ) and not self.asked(group[0].mention.start, _ASKED_NOT_DONE):
                    # A 联合 B、C 发布: A works with each of the list after 联合 (and so
                    # does each of a list before it: 市发改委、市能源局要会同…); but not where
                    # it is only asked to (建议工业和信息化部联合财政部设立…).
                    for partner in self._joined(organizations, index + 1)[1]:
                        for member in group:
                            self.add(member.entity_key, "cooperatesWith", partner.entity_key, "a-joins-b")
            index += 1

    def _joined(self, organizations: list[LinkedMention], index: int) -> tuple[int, list[LinkedMention]]:
        """The list of organizations joined by 与/和/、 that starts at ``index`` (the first
        also by 近日与, 在北京与), and the index of its last member."""
        group = [organizations[index]]
        while index + 1 < len(organizations) and (
            _AND.match(gap := self.between(group[-1].mention.end, organizations[index + 1].mention.start))
            # (阿斯利康（AstraZeneca）16日与: the other names in brackets, then when and 与)
            or (len(group) == 1 and _WORDS_THEN_WITH.match(_without_a_note_first(gap)))
            or (len(group) == 1 and self._head_then_with(gap))
        ):
            index += 1
            group.append(organizations[index])
        return index, group

    def _head_then_with(self, gap: str) -> bool:
        """Whether ``gap`` is the title and name of the body's head, then 与 (华中科技大学
        校长尤政与华为): the head speaks for the body."""
        match = _HEAD_THEN_WITH.match(gap)
        return match is not None and _title_in(match.group(1), self.gazetteer) == match.group(1)

    def _partners_of_another(self, first: LinkedMention) -> bool:
        """Whether the list starting at ``first`` follows 与/同/跟: 公司与腾讯、百度签署协议
        names the partners of someone else (here no entity), who each work with that one,
        not with one another."""
        before = self.between(max(self.sentence.start, first.mention.start - 3), first.mention.start).rstrip()
        if before.endswith(("与", "同", "跟")):
            return True
        # 将与医管局辖下玛丽医院、威尔斯亲王医院合作: the units of a body after 与
        words = self.text[max(self.sentence.start, first.mention.start - 16) : first.mention.start]
        return _UNITS_AFTER_WITH.search(words) is not None

    def _words_before_cooperation(self, last: LinkedMention) -> str | None:
        """The words between ``last`` and a cooperation verb that follows it closely, or
        None where none follows."""
        after = self._after_brackets(last)
        rest = self.between(after, min(self.sentence.end, after + 20))
        verb = _COOPERATE.search(rest)
        if verb is None or _ATTENDING.search(rest, 0, verb.start()) or _ATTENDING.match(rest, verb.end()):
            # 负责人也参加了签约仪式, 领导人共同见证: who attends or witnesses a signing is
            # no party to it
            return None
        if "框架" in rest[: verb.start()]:
            return None  # 在联合国、二十国集团等框架内加强协调: the frameworks, no parties
        if verb.group() in _IN_CONCERT:
            # 加强与郑州市公安局的联动配合: acting in concert with the body after 与 (not 在联合国、
            # 上合组织等框架内的协调配合, 各单位联动: frameworks, or a word for the units)
            before = self.between(max(self.sentence.start, last.mention.start - 30), last.mention.start)
            if not ("与" in before or "同" in before):
                return None
        return rest[: verb.start()]

    def _each_signs_its_own(self, group: list[LinkedMention]) -> bool:
        """Whether the bodies of ``group``, listed with 、 alone, each sign an agreement of
        its own (国航、南航也已签署购机协议, 京东、美团等平台签署承诺): the verb after them one
        of signing, after a word that makes each do it (也, 均, 都, 各, 等; not 教育部、
        江苏省人民政府在南京签署共建协议, the two parties to one)."""
        if any(self.between(one.mention.end, other.mention.start).strip() != "、" for one, other in pairwise(group)):
            return False
        words = self._words_before_cooperation(group[-1])
        if words is None or not any(word in words for word in "也均都各等"):
            return False
        after = self._after_brackets(group[-1])
        rest = self.between(after, min(self.sentence.end, after + 20))
        return rest.startswith(("签署", "签订", "签约"), len(words))

    def _after_brackets(self, name: LinkedMention) -> int:
        """Where the text after ``name`` goes on, past the other names or the code in
        brackets right after it (阿曼苏哈尔港和自由区公司（Sohar Port and Freezone）在杭州签署)."""
        bracket = _NOTE_IN_BRACKETS.match(self.text, name.mention.end, self.sentence.end)
        return bracket.end() if bracket is not None else name.mention.end

    def _cooperate_after(self, last: LinkedMention) -> bool:
        """Whether a cooperation verb follows ``last`` closely, in the same clause."""
        words = self._words_before_cooperation(last)
        return words is not None and not _CLAUSE_BREAK.search(words) and _states(words)

    def _with_someone_unnamed(self, last: LinkedMention) -> bool:
        """Whether 与 or 跟 comes between ``last``, a list's last item, and the cooperation
        verb after it: the list's members sign with someone the rules did not name
        (南京银行、江苏银行现场与企业签订了协议), not with one another; or 作为, which makes
        合作 a partner's role (之江实验室、阿里云作为首批合作单位加入: partners of another),
        or 通过 (亚马逊AWS、微软Azure已通过合作伙伴进入中国市场: through partners of theirs)."""
        words = self._words_before_cooperation(last)
        return words is not None and any(word in words for word in ("与", "跟", "作为", "通过"))

    def subordination(self) -> None:
        """partOf stated in a sentence: B 隶属于 A; A 下属的 B, A 旗下 B; B 是 A 的直属单位,
        B 为 A 的全资子公司; B 的控股股东为 A, A 成为 B 控股股东."""
        organizations = [m for m in self.mentions if self.kind(m) == "Organization"]
        for index, (first, second) in enumerate(pairwise(organizations)):
            if first.mention.end > second.mention.start:
                continue
            gap = self.between(first.mention.end, second.mention.start)
            after = self.between(second.mention.end, min(self.sentence.end, second.mention.end + 12))
            if _BELONGS_TO.match(gap) and first.entity_key in {
                entry.key for entry in self.gazetteer.ancestors(second.entity_key)
            }:
                # 广州海关隶属南沙海关: the subordinate named after the body above it (as
                # customs write it), which the gazetteer says holds it
                self.add(second.entity_key, "partOf", first.entity_key, "part-of-verb")
            elif (
                _IS.match(gap)
                and _CONTROLLING_AFTER.match(after)
                and not self.text[max(self.sentence.start, first.mention.start - 2) : first.mention.start].endswith(
                    _REPLACING
                )
            ):
                # 紫金矿业成为藏格矿业控股股东: the holder, then the company it controls
                self.controlled(second, first)
            elif (_CONTROLLED_BY.match(gap) and not _PROVIDING.match(after)) or (
                _BY_ALONE.match(gap) and _HOLDING_FOR_THE_STATE.match(after)
            ):
                # 藏格矿业的控股股东为紫金矿业; 福建省大数据集团由福建省国资委履行出资人职责
                self.controlled(first, second)
            elif (
                _BELONGS_TO.match(gap)
                or (_IS.match(gap) and _SUBORDINATE_AFTER.match(after))
                # 福建省大数据管理局由福建省发展和改革委员会管理: the body that manages it
                or (_BY_ALONE.match(gap) and _MANAGED.match(after))
            ):
                self.add(first.entity_key, "partOf", second.entity_key, "part-of-verb")
            elif (
                gap.strip() == "依托"
                and _BUILT_ON.match(after)
                and self.entities[first.entity_key].label.endswith(_HOSTED_UNITS)
            ):
                # 软件开发环境国家重点实验室依托北京航空航天大学建设: a laboratory the body hosts
                self.add(first.entity_key, "partOf", second.entity_key, "part-of-verb")
            elif (
                _HOSTED_BY.match(gap)
                and self.text[max(self.sentence.start, first.mention.start - 2) : first.mention.start] == "依托"
                and self.entities[second.entity_key].label.endswith(_HOSTED_UNITS)
            ):
                # 依托北京航空航天大学(建设)的软件开发环境国家重点实验室: the same, the other way
                self.add(second.entity_key, "partOf", first.entity_key, "part-of-verb")
            elif _SUBORDINATE_BETWEEN.match(gap):
                self.add(second.entity_key, "partOf", first.entity_key, "part-of-verb")
                # 招商银行旗下招银理财、招商基金、招银国际等子公司: each listed is the body's
                # (listed with 、 only: 谷歌旗下的DeepMind和Meta公司 names Meta no part of Google)
                previous = second
                for member in organizations[index + 2 :]:
                    if self.between(previous.mention.end, member.mention.start).strip() != "、":
                        break
                    self.add(member.entity_key, "partOf", first.entity_key, "part-of-verb")
                    previous = member

    def controlled(self, company: LinkedMention, holder: LinkedMention) -> None:
        """``company`` is part of ``holder``, its controlling shareholder; a government body
        that holds it (上港集团控股股东为上海市国资委: the state's assets commission) is no
        group the company belongs to but the body that supervises it."""
        if self.subtype(holder) == "GovernmentOrganization":
            self.add(holder.entity_key, "regulates", company.entity_key, "state-shareholder")
        else:
            self.add(company.entity_key, "partOf", holder.entity_key, "part-of-verb")

    def competition(self) -> None:
        """A 与 B 竞争; A 的竞争对手 B; A 是 B 的对手; 来自 B 的竞争 (A: the sentence's
        first organization, which the sentence is about)."""
        organizations = [
            m for m in self.mentions if self.kind(m) == "Organization" and self.subtype(m) != "MediaOutlet"
        ]
        head = 0  # the first of the list the current pair is in (A、B、C)
        for index, (first, second) in enumerate(pairwise(organizations)):
            gap = self.between(first.mention.end, second.mention.start)
            if index == 0 or not _AND.match(self.between(organizations[index - 1].mention.end, first.mention.start)):
                head = index
            rest = self.between(second.mention.end, min(self.sentence.end, second.mention.end + 20))
            verb = _COMPETE.search(rest)
            if _AND.match(gap) and self._partners_of_another(organizations[head]):
                continue  # 很难同美国、澳大利亚等球队抗衡: each the rival of someone else
            # A 与 B 在政务云领域的竞争; not A 与 B 合作应对竞争 (they work together).
            joined = (
                (_AND.match(gap) or _WORDS_THEN_WITH.match(gap))
                and verb
                and not _CLAUSE_BREAK.search(rest[: verb.start()])
                and not _COOPERATE.search(rest[: verb.start()])
                and _states(rest[: verb.start()])
            )
            rival = _RIVAL_BETWEEN.match(gap) or (re.match(r"^\s*(?:是|成为)\s*$", gap) and _RIVAL_AFTER.match(rest))
            if joined and (sides := self.sides_of(organizations, head)) is not None:
                # 华为、中兴与爱立信竞争: the two before 与 on one side, the one after on the other
                left, right = sides
                if first is left[-1]:
                    for one, other in product(left, right):
                        self.add(one.entity_key, "competesWith", other.entity_key, "a-and-b-compete")
            elif joined or rival:
                self.add(first.entity_key, "competesWith", second.entity_key, "a-and-b-compete")
        for linked in organizations:
            before = self.between(max(self.sentence.start, linked.mention.start - 3), linked.mention.start)
            after = self.between(linked.mention.end, min(self.sentence.end, linked.mention.end + 10))
            if before.endswith("来自") and _COMPETITION_FROM.match(after):
                competitor = next(
                    (
                        m
                        for m in organizations
                        if m.mention.start < linked.mention.start and m.entity_key != linked.entity_key
                    ),
                    None,
                ) or self.facing_competition(linked)
                if competitor is not None:
                    self.add(competitor.entity_key, "competesWith", linked.entity_key, "competition-from")

    def sides_of(
        self, organizations: list[LinkedMention], head: int
    ) -> tuple[list[LinkedMention], list[LinkedMention]] | None:
        """The two sides of the list of organizations starting at ``head`` when 与, 同 or
        跟 joins them after a list joined by 、 or 和 (华为、中兴|与|爱立信), else None."""
        end = head
        while end + 1 < len(organizations) and _AND.match(
            self.between(organizations[end].mention.end, organizations[end + 1].mention.start)
        ):
            end += 1
        for index in range(head + 1, end + 1):
            joiner = self.between(organizations[index - 1].mention.end, organizations[index].mention.start).strip()
            if joiner in ("与", "同", "跟"):
                if index - head < 2:
                    return None  # A 与 B(、C): one on the left, as before
                return organizations[head:index], organizations[index : end + 1]
        return None

    def facing_competition(self, rival: LinkedMention) -> LinkedMention | None:
        """The one facing competition from ``rival`` when the sentence names it only after
        (面对来自阿里巴巴集团的竞争，腾讯公司加快布局): the organization heading the next
        clause."""
        following = bisect_left(self.clause_breaks, rival.mention.end)
        if following == len(self.clause_breaks) or self.text[self.clause_breaks[following]] not in "，,":
            return None
        clause_start = self.clause_breaks[following] + 1
        for index in range(bisect_left(self.starts, clause_start), len(self.mentions)):
            linked = self.mentions[index]
            lead = self.between(clause_start, linked.mention.start)
            if (
                self.kind(linked) == "Organization"
                and self.subtype(linked) != "MediaOutlet"
                and _PLACE_ACTOR_GAP.match(lead)
                and not _NOT_A_SUBJECT.search(lead)
            ):
                return linked
            return None
        return None

    def visits(self) -> None:
        """刘烈宏赴贵州省贵阳市、贵安新区调研, 李强在上海考察, 马克龙来华访问, 对法国进行
        国事访问: a person (or a delegation) going to the places or bodies named right after
        赴, 到, 在 or 来 visits them where what is done on a visit follows (调研, 考察, 视察,
        访问 …); so is what stands right after 访问, 考察 or 视察 (王毅访问美国, 普京访华)
        [visits-verb]. A place inside the one before it (贵州省|贵阳市) is the one visited. A
        visitor received (在东京会见来访的…赵兑烈) visits the place of the meeting."""
        if "在" in self.sentence.text:
            self.visits_where_the_clause_opens()
        for match in self.verbs(_GOING_TO):
            start, end = self.at(match)
            visited, after = self.visited_after(end)
            if not visited:
                continue
            purpose = _VISIT_OF if match.group() == "对" else _ON_A_VISIT
            done = purpose.match(self.masked, after - self.sentence.start)
            if done is not None and match.group() == "在" and done.group().endswith("指导"):
                done = None  # (李兰娟在杭州指导学生: one's own work where one is, no visit)
            if (
                done is not None
                and match.group() == "在"
                and "接受" in done.group()
                and done.group().endswith(("采访", "访问"))
                and all(
                    _may_be_chinese_name(person.mention.text, self.gazetteer)
                    and "·" not in self.entities[person.entity_key].label  # (马克龙: 埃马纽埃尔·马克龙)
                    for person in self.subjects_before(start, {"Person"})
                )
            ):
                # (苏权科在珠海接受访问时: an interview given where one lives, no visit; but
                # 马克龙在广州接受…访问时, a visitor's)
                done = None
            if (
                done is None
                and match.group() in _TRAVELLING
                and self.masked.startswith("，", after - self.sentence.start)
                and _PLANNED_TRIP.search(self.masked, 0, start - self.sentence.start) is None
            ):
                # 冒雨前往珍溪镇、南沱镇，督导防汛工作: the purpose of the trip opens the next
                # clause, after adverbs only (not 前往北京，参加…调研工作会议, 前往医院，检查发现)
                done = _PURPOSE_OPENING_A_CLAUSE.match(self.masked, after - self.sentence.start + 1)
            if done is None and match.group() in _TRAVELLING and all(self.kind(v) == "Place" for v in visited):
                # 赴莫斯科出席, 李强到天津出席: going to a place to attend (not 到人民大会堂出席
                # or 到上海市人大出席, a venue or a body)
                done = _TO_ATTEND.match(self.masked, after - self.sentence.start)
            if (
                done is None
                and match.group() in _TRAVELLING_TO_AN_END
                and all(self.kind(v) == "Place" for v in visited)
                and self.text[after : after + 1] in _SENTENCE_ENDS_AFTER_A_TRIP
                and _TRIP_TO_COME.search(self.text, self.clause_start(start), start) is None
            ):
                self.add_visits(start, visited)  # 率领特区政府代表团前往深圳。: the trip's end
                continue
            if done is None and match.group() in _GOING_ON_A_VISIT:
                if match.group() == "进驻" and self.text[start - 1 : start] not in _TEAMS_ENTERING:
                    continue  # 盒马鲜生进驻成都市高新区: a company settling in, no visit
                self.add_visits(start, visited)  # 先后来到苏州工业园区、南京江北新区，了解…
                continue
            if done is None:
                continue
            if self.masked.startswith("的", done.end()):
                # 会见来华进行国事访问的肯尼亚总统鲁托: the visitor is the one the clause of 的
                # describes, after it
                visitor = self.object_after(self.sentence.start + done.end(), {"Person"}, limit=16)
                if visitor is not None:
                    self.add_visits(start, visited, [visitor])
                continue
            self.add_visits(start, visited)
        for match in self.verbs(_VISITING):
            start, end = self.at(match)
            visited, _ = self.visited_after(end)
            if match.group() == "访" and not (visited and len(visited[0].mention.text) == 1):
                continue  # 访|华, 访|美: a country by its one character only
            if match.group() != "访":
                visited = self.without_characters_of_words(visited)
            if match.group().startswith(("拜会", "拜访")):
                # 拜会了公安部: a call on a body; 拜会了印尼外交部长苏吉奥诺: on a person, whose
                # country is no place visited there
                visited = [
                    body for body in visited if self.kind(body) == "Organization" and not self.officer_named_after(body)
                ]
            if visited and match.group().startswith("考察") and _ASSESSED.match(self.text, visited[-1].mention.end):
                continue  # 市委组织部考察市财政局领导班子: cadres assessed, no visit
            if visited:
                self.add_visits(start, visited)
        for match in self.verbs(_RECEIVING_A_VISITOR):
            start, end = self.at(match)
            visitor = self.object_after(end, {"Person"}, limit=16)
            while visitor is not None and _SENT_BY_A_HEAD.match(self.text, visitor.mention.end):
                # 来访的巴西总统卢拉首席特别顾问阿莫林: the envoy after the one who sent him
                visitor = self.object_after(visitor.mention.end, {"Person"}, limit=24)
            place = self.place_of_the_meeting(start)
            if visitor is not None and place is not None and self.subtype(place) != "Place":
                # 石破茂在东京会见来访的韩国外交部长官赵兑烈: the visitor visits the place
                # (a city or country, not 人民大会堂, a venue)
                self.add(visitor.entity_key, "visits", place.entity_key, "visits-verb")

    def meetings_away_from_home(self) -> None:
        """毛伟明在长沙会见法国新阿基坦大区议会主席阿兰·卢塞一行: one met at a place (a city or
        country) whose title says he comes from another country visits it; 王毅在柏林同德国外长
        贝尔伯克举行会谈: one with a Chinese name, and no title of another country, who meets
        one of that country abroad visits the place (a Chinese newspaper's leader abroad; not
        马克龙在巴黎会见…, 新加坡总理黄循财在新加坡会见…). Not a call (电话会谈, 以视频方式会见), nor an
        envoy where he may be posted (大使, 驻…, 临时代办)."""
        for match in self.verbs(_MEETING_A_GUEST):
            start, end = self.at(match)
            if _RECEIVING_A_VISITOR.match(self.text, start) is not None:
                continue  # (会见来访的…: see visits)
            if _MET_FROM_AFAR.search(self.text, self.clause_start(start), self.clause_end(end)) is not None:
                continue  # (在北京同德国总理朔尔茨举行电话会谈: the guest stays at home)
            place = self.place_of_the_meeting(start)
            if place is None or self.subtype(place) == "Place":
                continue  # (no city or country: 在人民大会堂会见)
            home = self.country_of(place.entity_key)
            if home is None:
                continue
            guest = self.object_after(end, {"Person"}, limit=30)
            if guest is None or _ENVOY.search(self.text, end, guest.mention.start) is not None:
                continue
            country = self.country_named_between(end, guest.mention.start)
            if country is not None and country != home:
                self.add(guest.entity_key, "visits", place.entity_key, "visits-verb")
            if home == _CHINA or country != home:
                # (only one who meets a man of the place there is the visitor: not 三星电子会长
                # 李在镕在水原会见荷兰…, 粮农组织总干事屈冬玉在罗马会见…副部长马有祥)
                continue
            for host in self.subjects_before(start, {"Person"}):
                if self.a_chinese_traveller(host):
                    self.add(host.entity_key, "visits", place.entity_key, "visits-verb")

    def attending_abroad(self) -> None:
        """李强出席在新加坡举行的东亚合作领导人系列会议, 雷海潮在瑞士日内瓦出席…: one with a
        Chinese name, and no title of another country, who attends what is held at a city
        or country abroad, or attends there, visits it (as :meth:`meetings_away_from_home`)."""
        if _MET_FROM_AFAR.search(self.sentence.text) is not None:
            return  # (在北京以视频方式出席在约翰内斯堡举行的…: no one goes there)
        for match in self.verbs(_ATTENDING_AT):
            start, end = self.at(match)
            visited, after = self.visited_after(end)
            if (
                not visited
                or self.kind(visited[-1]) != "Place"
                or self.subtype(visited[-1]) == "Place"
                # 出席在新加坡举行的…, 在日内瓦出席…: held there, or attended there
                or (_HELD if match.group() != "在" else _ATTENDED).match(self.text, after) is None
                or self.country_of(visited[-1].entity_key) in (None, _CHINA)
            ):
                continue
            for person in self.subjects_before(start, {"Person"}):
                if self.a_chinese_traveller(person):
                    self.add(person.entity_key, "visits", visited[-1].entity_key, "visits-verb")

    def a_chinese_traveller(self, person: LinkedMention) -> bool:
        """Whether ``person`` has a Chinese name and no title right before it that names
        another country, nor an envoy's (大使, 驻…)."""
        opening = self.clause_start(person.mention.start)
        # (the title right before the name: not 新华社莫斯科…电 国务院总理李强's dateline)
        start = person.mention.start
        titled = max(opening, start - _TITLE_REACH, self.text.rfind("电", 0, start) + 1)
        return (
            _may_be_chinese_name(person.mention.text, self.gazetteer)
            and "·" not in self.entities[person.entity_key].label
            and self.country_named_between(titled, start) in (None, _CHINA)
            and _ENVOY.search(self.text, opening, person.mention.end + 3) is None  # (吴恳大使在柏林…)
            # (联合国副秘书长李军华在纽约…: one who works where the organization sits)
            and _INTERNATIONAL_OFFICIAL.search(self.text, titled, start) is None
        )

    def country_of(self, key: str) -> str | None:
        """The key of the country the gazetteer's place ``key`` is, or lies in."""
        entry = self.gazetteer.entries.get(key)
        if entry is None or entry.type != "Place":
            return None
        if entry.subtype == "Country":
            return key
        return next((up.key for up in self.gazetteer.ancestors(key) if up.subtype == "Country"), None)

    def country_named_between(self, start: int, end: int) -> str | None:
        """The country of the last place named from ``start`` to ``end``, alone or opening
        a body's name (法国新阿基坦大区议会主席: France; 正在越南进行国事访问的老挝…总书记:
        Laos, whose title the name follows)."""
        country = None
        first = bisect_left(self.starts, start)
        if first > 0 and self.mentions[first - 1].mention.end > start:
            first -= 1  # (a body whose name begins before the title's reach: 新加坡华侨银行总裁…)
        for index in range(first, len(self.mentions)):
            linked = self.mentions[index]
            if linked.mention.start >= end:
                break
            if (
                len(linked.mention.text) == 1
                and self.kind(linked) == "Place"
                and self.text[linked.mention.end : linked.mention.end + 1] in _ORIGIN_AFTER
            ):
                continue  # (泰国华侨华人代表, 美籍华裔: the country of one's forebears)
            if self.kind(linked) == "Place":
                found = self.country_of(linked.entity_key)
            else:
                # (the name as written: 泰国正大集团, whose canonical label is 正大集团)
                entry, _ = self.gazetteer.leading_place(linked.mention.text)
                if entry is None:
                    entry, _ = self.gazetteer.leading_place(self.entities[linked.entity_key].label)
                found = self.country_of(entry.key) if entry is not None else None
            country = found or country
        return country

    def place_of_the_meeting(self, verb_at: int) -> LinkedMention | None:
        """The place named after 在 in the clause of the verb of meeting at ``verb_at``, the
        one inside it where places are written one inside the next (在巴黎|爱丽舍宫), or
        None."""
        clause = self.clause_start(verb_at)
        for index in range(bisect_left(self.starts, clause), len(self.mentions)):
            linked = self.mentions[index]
            if linked.mention.start >= verb_at:
                return None
            if self.kind(linked) == "Place" and self.text[linked.mention.start - 1 : linked.mention.start] == "在":
                visited, _ = self.visited_after(linked.mention.start)
                return visited[0] if visited and self.kind(visited[0]) == "Place" else linked
        return None

    def without_characters_of_words(self, visited: list[LinkedMention]) -> list[LinkedMention]:
        """``visited`` without places' one characters inside a word of something else, and
        without the run of such characters that ends with one (走访中|德|产业园: a park
        named for two countries, neither visited)."""
        dropped: set[int] = set()
        for index, place in enumerate(visited):
            if self.inside_a_word(place):
                dropped.add(index)
                while (
                    index > 0
                    and len(visited[index - 1].mention.text) == 1
                    and visited[index - 1].mention.end == visited[index].mention.start
                ):
                    index -= 1
                    dropped.add(index)
        return [place for index, place in enumerate(visited) if index not in dropped]

    def officer_named_after(self, body: LinkedMention) -> bool:
        """Whether a person is named right after ``body``, perhaps after a title (拜会了世界
        卫生组织总干事谭德塞: the person called on, not the body)."""
        index = bisect_left(self.starts, body.mention.end)
        if index == len(self.mentions) or self.kind(self.mentions[index]) != "Person":
            return False
        gap = self.between(body.mention.end, self.mentions[index].mention.start)
        return len(gap) <= 10 and not _CLAUSE_BREAK.search(gap) and "、" not in gap and "和" not in gap

    def inside_a_word(self, place: LinkedMention) -> bool:
        """Whether ``place`` is a place's one character inside a word of something else,
        no place visited (考察|中|药材种植基地: Chinese medicine), as against 视察港澳."""
        end = place.mention.end
        return (
            len(place.mention.text) == 1
            and "\u4e00" <= self.text[end : end + 1] <= "\u9fff"
            and self.mention_at(end) is None
        )

    def visited_after(self, offset: int) -> tuple[list[LinkedMention], int]:
        """The places and bodies named from ``offset`` on, one after another or listed with
        、 or 和, and where they end; of places written one inside the next, the last."""
        visited: list[LinkedMention] = []
        position = offset
        # 访问了位于广西南宁的中国—东盟博览会秘书处: where the body is, then the body
        located = _VISITED_WHERE_IT_IS.match(self.text, offset)
        if located is not None:
            position = located.end()
        for index in range(bisect_left(self.starts, offset), len(self.mentions)):
            linked = self.mentions[index]
            if linked.mention.start < position:
                continue  # (a name inside the one before)
            if self.kind(linked) not in ("Place", "Organization"):
                break
            if self.kind(linked) == "Place" and _PLACE_DESCRIBING_WHAT_FOLLOWS.match(self.text, linked.mention.end):
                break  # 参观了中国企业参与投资的…, 访问中国援建的…: the country of those who built it
            if (
                visited
                and linked.mention.rule == "place-abbreviation"
                and linked.mention.end - linked.mention.start == 1
                and len(visited[-1].mention.text) > 1  # (but 马|中|关丹产业园: two countries' park)
            ):
                break  # 陇西县|中|药材交易市场: a place's character inside a word, no place gone to
            gap = self.between(position, linked.mention.start)
            if (
                located is not None
                and visited
                and gap == "的"
                and self.kind(visited[-1]) == "Place"
                and self.kind(linked) == "Organization"
            ):
                visited.append(linked)
                position = linked.mention.end
                break
            if (
                len(visited) == 1
                and gap == "的"
                and self.kind(visited[0]) == "Place"
                and self.kind(linked) == "Organization"
            ):
                # 先后来到大连金普新区的英特尔…有限公司、恒力石化…和大连港集团: the place and
                # the bodies in it, one after another
                visited.append(linked)
                position = linked.mention.end
                continue
            if visited and not gap and len(visited[-1].mention.text) == len(linked.mention.text) == 1:
                visited.append(linked)  # 港|澳: two places by their characters
            elif visited and not gap and self.kind(visited[-1]) == "Place":
                visited[-1] = linked  # 贵州省|贵阳市, 深圳|腾讯公司: the one inside
            elif (
                visited
                and self.kind(visited[-1]) == "Place"
                and self.kind(linked) == "Place"
                and _CAPITAL_OR_KIND_OF_CITY.fullmatch(gap.strip()) is not None
            ):
                visited[-1] = linked  # 老挝|首都|万象, 匈牙利|南部城市|塞格德: the city inside
            elif (not visited and not gap.strip()) or (visited and gap.strip() in _VISITED_JOINERS):
                visited.append(linked)
            elif (
                visited
                and (words := _UNIT_THEN_JOINER.fullmatch(gap.strip())) is not None
                and _DONE_ON_A_TOUR.search(words.group()) is None
            ):
                # 大连港集团|大窑湾集装箱码头、|恒力石化…, 哈尔滨工业大学|科技园和|东北农业大学…:
                # a body's site or unit, named with it, then the next of the list
                visited.append(linked)
            else:
                break
            position = linked.mention.end
        return visited, position

    def visits_where_the_clause_opens(self) -> None:
        """在贡山县独龙江乡孔当村，王予波走进村民家中; 在芜湖，他考察了…: a sentence of a tour
        that opens with where, then the one touring (or 他, 她) and what is done on a visit
        (察看, 走进, 听取 …): they visit the place or body named last in where (孔当村)."""
        for match in _WHERE_OPENS_THE_SENTENCE.finditer(self.text, self.sentence.start, self.sentence.end):
            first = bisect_left(self.starts, match.start("where"))
            named = [
                m
                for m in self.mentions[first:]
                if m.mention.end <= match.end("where") and self.kind(m) in ("Place", "Organization")
            ]
            if not named or named[-1].mention.end != match.end("where"):
                continue  # (在会上，他指出: no place; 在公司的支持下: more words after the body)
            visitor = self.object_after(match.end(), {"Person"}, limit=10)
            if visitor is not None:
                verb_at = visitor.mention.end
                title = self.between(match.end(), visitor.mention.start)
                if title and _title_in(title, self.gazetteer) is None:
                    continue
            else:
                pronoun = _PRONOUN_AFTER_WHERE.match(self.text, match.end())
                if pronoun is None or (visitor := self.pronoun_subject(pronoun.end())) is None:
                    continue
                verb_at = pronoun.end()
            if _DONE_ON_A_TOUR.match(self.text, verb_at) is not None:
                self.add_visits(verb_at, [named[-1]], [visitor])

    def add_visits(
        self, verb_at: int, visited: list[LinkedMention], subjects: list[LinkedMention] | None = None
    ) -> None:
        """The subjects of the visit whose verb is at ``verb_at`` (or ``subjects``) visit
        each of ``visited``."""
        if _VISIT_WISHED.search(
            self.masked, self.clause_start(verb_at) - self.sentence.start, verb_at - self.sentence.start
        ):
            return  # 欢迎华能集团到云南投资考察, 期待习近平主席访俄: not (yet) made
        escort = _ACCOMPANIED.search(self.masked, 0, verb_at - self.sentence.start) if subjects is None else None
        if escort is not None and self.subjects_before(self.sentence.start + escort.start(), {"Person"}):
            # 省长王浩在副省长徐文光陪同下赴宁波市调研: the one accompanied, before 在 (after it
            # where the sentence opens with it: 在省委书记王宁陪同下，国务院副总理张国清到…)
            verb_at = self.sentence.start + escort.start()
        if subjects is None:
            # the person who goes, whoever they lead (县长李国勇率县农业农村局负责人到西江镇调研);
            # a body only right before the verb where no one is named (湖北省通信管理局赴武汉、
            # 宜昌调研; not …合作委员会峰会并对沙特阿拉伯进行国事访问, another verb's object, nor
            # 数据管理局局长到福田区调研 or 国务院第十督查组到河南, its officer's or unit's visit)
            subjects = (
                self.subjects_before(verb_at, {"Person"})
                or [
                    body
                    for body in self.subjects_before(verb_at, {"Organization"})
                    if _BODY_BEFORE_A_VISIT.fullmatch(self.between(body.mention.end, verb_at)) is not None
                ]
                or self.visitors_of_the_clause_before(verb_at)
                # 金壮龙…。在芜湖，他考察了…: the person the pronoun stands for
                or [person for person in (self.pronoun_subject(verb_at),) if person is not None]
            )
            if (
                subjects
                and (
                    sent := _SENT.search(
                        self.masked, subjects[-1].mention.end - self.sentence.start, verb_at - self.sentence.start
                    )
                )
                is not None
                and not (
                    sent.group().endswith("工作组")
                    and _LEADING_A_GROUP.search(
                        self.masked, subjects[-1].mention.end - self.sentence.start, sent.start()
                    )
                    is not None
                    and "派" not in self.masked[subjects[-1].mention.end - self.sentence.start : sent.start()]
                )
            ):
                return  # 习近平派特使赴印尼出席, 指示…派工作组赶赴四川: those sent go, unnamed
        subjects = [*self.visitors_listed_before(subjects), *subjects]
        subjects = [s for i, s in enumerate(subjects) if all(s.mention is not t.mention for t in subjects[:i])]
        if (
            len(subjects) > 1
            and len(subjects) == len(visited)
            and _SEPARATELY_BEFORE_A_TRIP.search(self.text, subjects[-1].mention.end, verb_at) is not None
        ):
            # 陈敏尔、唐良智分别赴渝中区、沙坪坝区: each to the place in the same position
            for subject, place in zip(subjects, visited, strict=True):
                self.add(subject.entity_key, "visits", place.entity_key, "visits-verb")
            return
        for subject in subjects:
            if self.subtype(subject) == "MediaOutlet":
                continue
            for place in visited:
                if place.entity_key != subject.entity_key:
                    self.add(subject.entity_key, "visits", place.entity_key, "visits-verb")

    def visitors_of_the_clause_before(self, verb_at: int) -> list[LinkedMention]:
        """The visitors of the clause before the one of the verb at ``verb_at``, where that
        clause states their visit and this one goes on with it without a subject of its own
        (方红卫到西安高新区调研，先后考察了…; not 李强会见马克龙，随后参观了…, where 马克龙
        is no visitor the clause before states)."""
        clause = self.clause_start(verb_at)
        if clause <= self.sentence.start or _VISIT_GOES_ON.fullmatch(self.text, clause, verb_at) is None:
            return []
        comma = clause - 1
        visitors = self.subjects_before(comma, {"Person"})
        if (
            not visitors
            or (stated := _A_VISIT_STATED.search(self.text, visitors[0].mention.end, comma)) is None
            or _PLANNED_TRIP.search(self.text, visitors[0].mention.end, stated.start()) is not None
        ):
            return []
        return visitors

    def visitors_listed_before(self, subjects: list[LinkedMention]) -> list[LinkedMention]:
        """The people listed before the first of ``subjects``, each after a title, who go
        with them (省委书记王宁、省长王予波到昆明市调研: 王宁 too)."""
        if not subjects or self.kind(subjects[0]) != "Person":
            return []
        listed: list[LinkedMention] = []
        later = subjects[0]
        index = bisect_left(self.starts, later.mention.start)
        while index > 0:
            index -= 1
            earlier = self.mentions[index]
            if self.kind(earlier) != "Person" and later.mention.start - earlier.mention.end <= 12:
                continue  # 张清芳、梁子湖区|区长刘芳: a place or body inside the title between
            joined = _VISITORS_JOINED.fullmatch(self.between(earlier.mention.end, later.mention.start))
            if (
                self.kind(earlier) != "Person"
                or joined is None
                or (joined["title"] and _title_in(joined["title"], self.gazetteer) is None)
                # 井冈山市委书记王晓明，茅坪乡乡长刘小英到神山村调研: after a comma, only
                # titled people listed, a title before each, and the first no one's object
                # (not 张智刚拜会了省长王予波，副省长张国华陪同到…)
                or (
                    joined["joiner"] in "，,"
                    and not (
                        joined["title"]
                        and self.titled(earlier)
                        and not _MET_BEFORE.search(
                            self.text, self.clause_start(earlier.mention.start), earlier.mention.start
                        )
                    )
                )
            ):
                break
            listed.append(earlier)
            later = earlier
        return listed

    def titled(self, person: LinkedMention) -> bool:
        """Whether a title the gazetteer knows ends right before ``person``'s name."""
        before = self.text[max(self.sentence.start, person.mention.start - 8) : person.mention.start]
        return any(before[at:] in self.gazetteer.titles for at in range(len(before) - 1))

    def _facility_after(self, offset: int) -> bool:
        """Whether the words at ``offset`` name a facility a body has (生产基地, 国际商业
        中心, 研发中心), not its own seat (总部, 总部基地)."""
        words = self.text[offset : offset + 8]
        # (全球总部园区, 新总部园区: the seat, whatever words before 总部)
        return not any(seat in words for seat in _OWN_SEATS) and any(
            facility in words for facility in _FACILITIES_AFTER_DE
        )

    def located(self) -> None:
        """X 位于/设在/注册于 Place; 位于 Place 的 X; 在 Place 设立 X; X 在 Place 挂牌/揭牌/正式运行."""
        for match in self.verbs(_LOCATED):
            start, end = self.at(match)
            place = self.object_after(end, {"Place"}, limit=6)
            if place is None:
                continue
            place = self.innermost_place(place)
            subjects = self.subjects_before(start, {"Organization"})
            if (
                subjects
                and self.between((nearest := max(subjects, key=lambda s: s.mention.end)).mention.end, start).strip()
                in _OPENING_BRACKETS
            ):
                # 中国疾控中心与世卫组织西太平洋区域办事处（位于菲律宾马尼拉）: the one the
                # brackets follow, not those listed with it (but 华为与中兴（均位于深圳）)
                subjects = [nearest]
            subjects = [
                s
                for s in subjects
                if not self.text[s.mention.end : start].strip().endswith(_FACILITIES)
                # (比亚迪的总部基地位于: the body's own seat; not 华南总部基地, 研发总部园区)
                or self.text[s.mention.end : start].strip().removeprefix("的") in ("总部基地", "总部园区")
            ]
            if not subjects and match.group().startswith("总部"):
                # 组建广东数据资产运营集团有限公司，总部设在广州市: the body that ends the
                # clause before is the one whose headquarters the next begins with
                subjects = self.body_ending_clause_before(start)
            after = self.object_after(place.mention.end, {"Organization"}, limit=12)
            between = self.between(place.mention.end, after.mention.start) if after else ""
            if not subjects:
                # 位于成都的云计算中心: the organization follows 的.
                subjects = [after] if after is not None and "的" in between else []
            elif after is not None and between.strip() == "的":
                # 商汤科技位于临港的上海人工智能计算中心: the body right after 的 is the one
                # located; the one before owns or runs it
                subjects = [after]
            elif self.text.startswith("的", place.mention.end):
                # 由香港赛马会资助、位于肇庆市高要区的颐康院, 【澳门日报消息】位于路氹城的…: what
                # is there follows 的; a body before is there only right before 位于
                # (华为位于深圳的总部)
                # (华为公司当天在位于深圳的总部…: only when and 在 between, before the body's own
                # seat; not 华为当天在位于巴塞罗那的展台, 北京大学在位于深圳的研究生院)
                # (公司位于苏州工业园区的|生产基地, 集团位于西九龙的|国际商业中心: what it
                # has there, not its seat, unless that is named by the body's own name)
                subjects = [
                    s
                    for s in subjects
                    if (
                        not self.between(s.mention.end, start).strip()
                        and not self._facility_after(place.mention.end + 1)
                    )
                    or (
                        _WHEN_AND_AT.fullmatch(self.between(s.mention.end, start))
                        and self.text.startswith(_OWN_SEATS, place.mention.end + 1)
                    )
                ]
            for subject in subjects:
                self.add(subject.entity_key, "locatedIn", place.entity_key, "located-verb")
        self.located_at_place_of()
        self.located_in_country_of_kind()
        self.opened_in_place()
        self.seat_of_a_body()
        if "总部" in self.sentence.text:
            self.seat_named_with_headquarters()
        self.place_before_a_company()
        self.city_after_its_country()
        self.city_after_its_state()
        self.seat_after_its_region()
        for match in self.verbs(_HELD):
            start, end = self.at(match)
            place = self.place_where_held(start)
            if place is None:
                continue
            # 第二届进博会在上海开幕; 在北京举行的服贸会
            events, last = self.last_of({"Event"}, place.mention.start)
            event = events[last] if last >= 0 and not self.breaks(events[last].mention.end, start) else None
            if event is None:
                after = self.object_after(end, {"Event"}, limit=12)
                event = after if after is not None and "的" in self.between(end, after.mention.start) else None
            if event is not None:
                self.add(event.entity_key, "locatedIn", self.innermost_place(place).entity_key, "event-held-in")
        for match in self.verbs(_ESTABLISH):
            start, end = self.at(match)
            place = self.place_of_setting_up(start)
            set_up = self.object_after(end, {"Organization"}) if place is not None else None
            if place is not None and set_up is not None:
                self.add(set_up.entity_key, "locatedIn", place.entity_key, "set-up-in-place")

    def city_after_its_country(self) -> None:
        """老挝首都万象, 日本东京: a city written right after its country, or after the
        country and 首都, is part of it (the gazetteer says it is the country's; the
        hierarchy of names alone relates no place to its country, which any article
        naming both would)."""
        for index, country in enumerate(self.mentions[:-1]):
            city = self.mentions[index + 1]
            if self.kind(country) != "Place" or self.entities[country.entity_key].subtype != "Country":
                continue
            entity = self.entities.get(city.entity_key)
            if entity is None or entity.type != "Place" or entity.parent != country.entity_key:
                continue
            if self.between(country.mention.end, city.mention.start) in ("", "首都", "首府"):
                self.add(city.entity_key, "partOf", country.entity_key, "place-after-place")

    def city_after_its_state(self) -> None:
        """柔佛州新山市, 加利福尼亚州洛杉矶, 雪兰莪州巴生港: a foreign city or district written
        right after a state or province of its country is part of it, a site (a port) is
        there; the gazetteer puts most foreign cities in their country alone, and knows
        few towns."""
        for index, state in enumerate(self.mentions[:-1]):
            city = self.mentions[index + 1]
            if (
                self.kind(state) != "Place"
                or self.subtype(state) != "Province"
                or state.entity_key.startswith("cn-")
                or self.kind(city) != "Place"
                or city.mention.start != state.mention.end
            ):
                continue
            entity, region = self.entities[city.entity_key], self.entities[state.entity_key]
            if entity.parent is not None and entity.parent != region.parent:
                continue  # (a city the gazetteer puts in another country or state)
            if entity.subtype in ("City", "District") or entity.label.endswith(_FOREIGN_DIVISION_LEVELS):
                self.add(city.entity_key, "partOf", state.entity_key, "place-after-place")
            elif entity.subtype in (None, "Place"):
                self.add(city.entity_key, "locatedIn", state.entity_key, "place-after-place")

    def seat_after_its_region(self) -> None:
        """鞑靼斯坦共和国首府喀山, 南基伍省省会布卡武: a city written after a region of a
        country and the word for its seat of government is part of that region, whatever
        the gazetteer says the city is in."""
        for index, region in enumerate(self.mentions[:-1]):
            city = self.mentions[index + 1]
            if self.kind(region) != "Place" or self.kind(city) != "Place":
                continue
            if self.subtype(region) in ("Country", "City", "Place") or self.subtype(city) == "Country":
                continue
            if self.between(region.mention.end, city.mention.start) in ("首府", "省会", "州府", "首邑"):
                self.add(city.entity_key, "partOf", region.entity_key, "place-after-place")

    def seat_named_with_headquarters(self) -> None:
        """联合国教科文组织总干事阿祖莱在巴黎总部宣布, 伊维拉在日内瓦世贸组织总部表示: the
        place after 在 and before 总部 is the seat of the body named between them, or,
        where none is, of the one body opening the sentence whose officer acts there."""
        for match in self.verbs(_HEADQUARTERS):
            start, _ = self.at(match)
            named = self.ending_last(start)
            if named is None or named.mention.end != start:
                continue
            body: LinkedMention | None = None
            if self.kind(named) == "Organization":
                body, named = named, self.ending_last(named.mention.start)
                if named is None or named.mention.end != body.mention.start:
                    continue
            if self.kind(named) != "Place" or _VISITING_AT_HEADQUARTERS.match(self.text, start + 2) is not None:
                continue  # (在杭州总部调研阿里巴巴: a visit to another's seat)
            opening = self.first_of_nested_places(bisect_left(self.starts, named.mention.start))
            if self.text[opening.mention.start - 1 : opening.mention.start] != "在":
                continue
            if body is None:
                bodies = [
                    m
                    for m in self.mentions
                    if self.kind(m) == "Organization" and m.mention.start < opening.mention.start
                ]
                if not bodies or any(m.entity_key != bodies[0].entity_key for m in bodies):
                    continue  # (no body, or several: whose seat, unsaid)
                if self.text[self.sentence.start : bodies[0].mention.start].strip():
                    continue  # (…新闻发布会上，欧盟委员会…: the body opens no sentence)
                if self.subtype(bodies[0]) == "GovernmentOrganization":
                    continue  # (商务部部长在杭州总部…: a ministry has no 总部; another's)
                if self.subtype(bodies[0]) == "Company" and named.entity_key.startswith("cn-"):
                    continue  # (微软公司…在北京总部: a foreign company's in China, or whose, unsaid)
                body = bodies[0]
            self.add(body.entity_key, "locatedIn", named.entity_key, "located-verb")

    def seat_of_a_body(self) -> None:
        """杭州市西湖区是蚂蚁集团总部所在地: the body whose seat the place is said to be is
        there (the innermost of the places written one inside the next)."""
        for index, place in enumerate(self.mentions[:-1]):
            body = self.mentions[index + 1]
            if self.kind(place) != "Place" or self.kind(body) != "Organization":
                continue
            if self.between(place.mention.end, body.mention.start).strip() not in ("是", "为", "系"):
                continue
            if _SEAT_AFTER.match(self.text, body.mention.end) is not None:
                self.add(body.entity_key, "locatedIn", place.entity_key, "located-verb")

    def place_before_a_company(self) -> None:
        """淄博市临淄区|山东齐鲁石化工程有限公司, 盐城市某化工企业|江苏德联化学有限公司: a
        company no gazetteer lists, named right after a city, county or town of China (or
        after 某 and the kind of company), is there, in the innermost of the places written
        before it."""
        for index, place in enumerate(self.mentions[:-1]):
            body = self.mentions[index + 1]
            if self.kind(place) != "Place" or self.kind(body) != "Organization":
                continue
            entity = self.entities[place.entity_key]
            if entity.subtype not in _PLACES_OF_COMPANIES or not entity.key.startswith("cn-"):
                continue
            if body.entity_key in self.gazetteer.entries:
                continue  # 上海|特斯拉: a known company's arm or plant there, not the company
            if not (self.subtype(body) == "Company" or self.entities[body.entity_key].label.endswith(("公司", "集团"))):
                continue
            if _SOME_COMPANY.fullmatch(self.between(place.mention.end, body.mention.start)) is not None:
                self.add(body.entity_key, "locatedIn", place.entity_key, "place-before-company")

    def first_of_nested_places(self, index: int) -> LinkedMention:
        """The first of the places written one inside the next that end with the mention
        at ``index`` (在|云南省|普洱市|思茅区: 云南省)."""
        first = index
        while (
            first > 0
            and self.mentions[first - 1].mention.end == self.mentions[first].mention.start
            and self.kind(self.mentions[first - 1]) == "Place"
        ):
            first -= 1
        return self.mentions[first]

    def opened_in_place(self) -> None:
        """海南国际数据交易中心在海口市江东新区挂牌运营, 秘书处已在西安正式运行: the body opening
        the clause is in the place after 在 where it is opened or put to work (the innermost
        of the places written one inside the next)."""
        for index, place in enumerate(self.mentions):
            if self.kind(place) != "Place" or _OPENED_IN_PLACE.match(self.text, place.mention.end) is None:
                continue
            opening = self.first_of_nested_places(index).mention.start
            if opening <= self.sentence.start or self.text[opening - 1] != "在":
                continue
            subjects = self.subjects_before(opening - 1, {"Organization"})
            for subject in subjects:
                self.add(subject.entity_key, "locatedIn", place.entity_key, "located-verb")

    def located_in_country_of_kind(self) -> None:
        """美国芯片巨头英伟达, 法国初创企业Mistral AI, 韩国三星电子公司: a country, the kind of
        body, then the body's name: the body is in that country."""
        for index, body in enumerate(self.mentions):
            if self.kind(body) == "Organization" and body.entity_key in self.gazetteer.entries:
                # 美国辉瑞公司, 德国拜耳: a known company written after its country, one
                # mention (as People's Daily tags them), whose name holds no place
                written_after, _ = self.gazetteer.leading_place(body.mention.text)
                if (
                    written_after is not None
                    and written_after.subtype == "Country"
                    and written_after.key != "iso-cn"  # (中国商务部: China's own bodies, the gazetteer's)
                    and self.gazetteer.leading_place(self.entities[body.entity_key].label)[0] is None
                ):
                    self.entities.setdefault(written_after.key, entity_from_entry(written_after))
                    self.add(body.entity_key, "locatedIn", written_after.key, "country-and-kind")
            if index == 0 or self.kind(body) != "Organization":
                continue
            before = index - 1
            while before > 0 and self.kind(self.mentions[before]) == "Technology":
                before -= 1  # 美国|芯片|巨头英伟达: the field is a technology's name
            country = self.mentions[before]
            if self.subtype(country) != "Country":
                continue
            kind = self.text[country.mention.end : body.mention.start]
            if _KIND_OF_BODY.fullmatch(kind) is not None:
                self.add(body.entity_key, "locatedIn", country.entity_key, "country-and-kind")

    def located_at_place_of(self) -> None:
        """在 Place 的 X: 在云南省普洱市思茅区的云南爱伲农牧（集团）有限公司, the body right after
        的, in the last of the places written one inside the next after 在."""
        for index, place in enumerate(self.mentions):
            if self.kind(place) != "Place" or self.text[place.mention.end : place.mention.end + 1] != "的":
                continue
            body = self.mention_at(place.mention.end + 1)
            if body is None or self.kind(body) != "Organization":
                continue
            opening = self.first_of_nested_places(index).mention.start
            if opening > self.sentence.start and self.text[opening - 1] == "在":
                self.add(body.entity_key, "locatedIn", place.entity_key, "located-verb")

    def place_where_held(self, verb_start: int) -> LinkedMention | None:
        """The place of 在/于 Place 举办: the places right before a verb of holding, with 在
        or 于 before them (在上海|举办, 在北京国家会议中心开幕 is not read)."""
        places, last = self.last_of({"Place"}, verb_start)
        if last < 0 or self.between(places[last].mention.end, verb_start).strip():
            return None
        first = last
        while first > 0 and places[first - 1].mention.end == places[first].mention.start:
            first -= 1  # 在浙江省杭州市举办: the first of the places written one inside the next
        before = self.text[max(self.sentence.start, places[first].mention.start - 1) : places[first].mention.start]
        return places[first] if before in ("在", "于") else None

    def body_before_by(self, offset: int, types: frozenset[str] = frozenset({"Organization"})) -> LinkedMention | None:
        """The organization (or mention of ``types``: the event of 大会由A主办) right
        before 由 where 由 comes right before ``offset`` (X由|A发起设立), or begins the
        clause before with a body that guides (X由A指导，|B发起设立), if any."""
        before = self.between(self.sentence.start, offset).rstrip()
        if before.endswith(("，", ",")) and (guided := _GUIDED_BY.search(before)) is not None:
            # X由A指导，B等单位发起设立: the clause before says who guided, this one who set up
            before = before[: guided.start() + 1]
        if not before.endswith("由"):
            return None
        by = self.sentence.start + len(before) - 1
        if "Event" in types and before[:-1].endswith(_EVENT_AGAIN):
            # 大会由A、B共同主办, 本届博览会由…承办: the event the article named last
            return self.last_event_before(by)
        organizations, last = self.last_of(set(types), by)
        if last < 0 or self.between(organizations[last].mention.end, by).strip():
            return None
        return organizations[last]

    def hosts_listed_after(self, offset: int) -> bool:
        """Whether the clause that ``offset`` opens follows one of an event's hosts in this
        sentence (大会由A主办，|B承办)."""
        before = self.between(self.sentence.start, offset).rstrip()
        return before.endswith(("，", ",", "；", ";")) and _ORGANIZE.search(before) is not None and "由" in before

    def post_chosen_before(self, offset: int, title: str) -> tuple[str, str] | None:
        found = self._post_chosen_before(offset, title)
        if found is not None:
            return found
        # 会议选举张三为主席，李四、王五为副主席: the body the head's post was found at
        base = title.removeprefix("常务").removeprefix("副")
        for start, roles in self.roles_said.items():
            if self.sentence.start <= start < offset:
                for body, held in roles:
                    if held in (base, title):
                        return body, "serves-as"
        return None

    def _post_chosen_before(self, offset: int, title: str) -> tuple[str, str] | None:
        """The body, and the rule, of the post an earlier clause of the sentence (before
        ``offset``) fills with 为 (为黑龙江省人民政府省长, 为市教育局局长, 为上海市市长), when
        ``title`` is that post or its deputy's (副省长, 副局长); None when no clause does."""
        base = title.removeprefix("常务").removeprefix("副")
        for index in range(bisect_left(self.starts, offset) - 1, -1, -1):
            linked = self.mentions[index]
            if linked.mention.start < self.sentence.start:
                break
            if linked.mention.end > offset or self.text[linked.mention.start - 1 : linked.mention.start] != "为":
                continue
            if self.kind(linked) == "Organization":
                held = _HELD_TITLE.match(self.text, linked.mention.end, offset)
                if held is not None and held.group(1) in (base, title):
                    return linked.entity_key, "serves-as"
            elif self.kind(linked) == "Place":
                innermost = self.innermost_place_from(linked)
                held = _HELD_TITLE.match(self.text, innermost.mention.end, offset)
                if held is not None and held.group(1) in (base, title):
                    return self._place_body(innermost, title)
        return None

    def people_listed_before(self, index: int) -> list[LinkedMention]:
        """The people listed with 、 right before the person ``self.mentions[index]``."""
        listed = []
        while index > 0:
            earlier, later = self.mentions[index - 1], self.mentions[index]
            if self.kind(earlier) != "Person" or self.between(earlier.mention.end, later.mention.start) != "、":
                break
            listed.append(earlier)
            index -= 1
        return listed

    def mention_at(self, offset: int) -> LinkedMention | None:
        """The mention that begins at ``offset``, if any."""
        mentions = self.result.mentions
        index = bisect_left(mentions, offset, key=lambda linked: linked.mention.start)
        return mentions[index] if index < len(mentions) and mentions[index].mention.start == offset else None

    def last_event_before(self, offset: int) -> LinkedMention | None:
        """The last event this sentence's article names before ``offset``, if any."""
        mentions = self.result.mentions
        for index in range(bisect_left(mentions, offset, key=lambda linked: linked.mention.start) - 1, -1, -1):
            linked = mentions[index]
            if linked.article != self.article:
                return None
            if self.kind(linked) == "Event":
                return linked
        return None

    def body_ending_clause_before(self, verb_start: int) -> list[LinkedMention]:
        """The organization whose headquarters a clause opening at ``verb_start`` tells
        of: the one that ends the clause before (…组建X，|总部设在), or the only one the
        sentence names before (X成立于1987年，|总部位于)."""
        clause = self.text[self.sentence.start : verb_start]
        comma = max(clause.rfind("，"), clause.rfind(","))
        if comma < 0 or clause[comma + 1 :].strip():
            return []
        comma += self.sentence.start
        organizations, last = self.last_of({"Organization"}, comma)
        if last < 0:
            return []
        first = bisect_left(self.of_types({"Organization"})[1], self.sentence.start)
        if (
            first <= last
            and not self.between(self.sentence.start, organizations[first].mention.start).strip()
            and _BELONGING_TO.match(self.text, organizations[first].mention.end) is not None
        ):
            # 贵阳大数据交易所隶属于贵州省大数据发展管理局，|总部位于, 中国华能集团是国务院
            # 国资委监管的中央企业，|总部设在: the body the sentence is about, not the one it
            # belongs to
            return [organizations[first]]
        if not self.between(organizations[last].mention.end, comma).strip("）)”’ "):
            return [organizations[last]]
        # 华为技术有限公司成立于1987年，总部位于深圳: the one body the sentence names before
        named = {organizations[index].entity_key for index in range(last + 1)}
        return [organizations[last]] if len(named) == 1 else []

    def place_of_setting_up(self, verb_start: int) -> LinkedMention | None:
        """The place in 在 Place 设立 (阿里巴巴集团在杭州市设立达摩院): the innermost of the
        places right after 在, with only adverbs between them and the verb."""
        places, last = self.last_of({"Place"}, verb_start)
        if last < 0 or not _SETTING_UP_GAP.match(self.between(places[last].mention.end, verb_start)):
            return None
        innermost = first = places[last]
        for index in range(last - 1, -1, -1):
            earlier = places[index]
            if earlier.mention.end > verb_start:
                continue
            if earlier.mention.end != first.mention.start:
                break
            first = earlier
        between = self.mentions[bisect_left(self.starts, first.mention.end) : bisect_left(self.starts, verb_start)]
        if any(self.kind(m) != "Place" for m in between):
            return None
        before = self.between(max(self.sentence.start, first.mention.start - 2), first.mention.start)
        return innermost if before.rstrip().endswith("在") else None

    def innermost_place(self, place: LinkedMention) -> LinkedMention:
        """The last of places written one inside the next (位于上海市徐汇区: 徐汇区), the
        most precise one; the others contain it (the gazetteer's hierarchy says so)."""
        for index in range(bisect_left(self.starts, place.mention.end), len(self.mentions)):
            linked = self.mentions[index]
            if linked.mention.start != place.mention.end:
                break
            if self.kind(linked) == "Place":
                return self.innermost_place(linked)
        return place

    def purpose(self) -> None:
        """An organization set up to work on a technology: 旨在探讨物联网标准化工作."""
        for match in self.verbs(_PURPOSE):
            start, end = self.at(match)
            technology = self.object_after(end, {"Technology"}, limit=12)
            if technology is None or self.last_of({"Person"}, start)[1] >= 0:
                continue
            subject = self.purpose_subject(start)
            if subject is not None:
                self.add(subject.entity_key, "about", technology.entity_key, "purpose-clause")

    def purpose_subject(self, offset: int) -> LinkedMention | None:
        """The organization a purpose clause at ``offset`` is said of: in the nearest
        clause before it that names organizations, the one heading it (中国工业互联网研究院
        于2019年成立，负责…, not 在工业和信息化部的支持下), the one set up there (X 成立的
        Y，专注于…, X 成立 Y，致力于…), and none when two bodies act together (A 与 B 共建
        …，旨在…: the purpose is of what they build)."""
        count = bisect_left(self.clause_breaks, offset)
        for index in range(count, -1, -1):
            clause_start = self.clause_breaks[index - 1] + 1 if index else self.sentence.start
            clause_end = self.clause_breaks[index] + 1 if index < count else offset
            named = self.mentions[bisect_left(self.starts, clause_start) : bisect_left(self.starts, clause_end)]
            organizations = [
                m
                for m in named
                if m.mention.end <= clause_end and self.kind(m) == "Organization" and self.subtype(m) != "MediaOutlet"
            ]
            if not organizations:
                continue
            first, *others = organizations
            if others and self.between(others[-1].mention.start - 1, others[-1].mention.start) == "的":
                return others[-1]  # 中国联通和腾讯公司共同出资成立的云宇科技公司
            set_up = next(
                (m for m in others if _ESTABLISH.search(self.between(first.mention.end, m.mention.start))), None
            )
            if set_up is not None:
                return set_up
            lead = self.between(clause_start, first.mention.start)
            joined = others and (
                _AND.match(self.between(first.mention.end, others[0].mention.start))
                or _JOINT.match(self.between(first.mention.end, others[0].mention.start))
            )
            if _NOT_A_SUBJECT.search(lead) or not _PLACE_ACTOR_GAP.match(lead) or joined:
                return None
            return first
        return None

    def worked_at(self) -> None:
        """王海峰曾在百度公司任职, 方红卫曾在国防科工委、工业和信息化部任职, 李明在华为公司工作:
        one who works or worked at the bodies named between 在 and 工作, 任职, 供职 or 就职
        holds (or held, after 曾, 此前, 先后 or 早年) a post there, whatever its title
        [worked-at]."""
        for match in self.verbs(_WORKING_AT):
            start, _ = self.at(match)
            bodies: list[LinkedMention] = []
            end = start
            while (before := self.last_ending_by(end, 1)) and self.kind(before[0]) == "Organization":
                gap = self.between(before[0].mention.end, end).strip()
                if (gap and not bodies) or (bodies and gap not in ("、", "和", "及", "与")):
                    break  # (the last body right before the verb, the others listed before it)
                bodies.append(before[0])
                end = before[0].mention.start
            if not bodies or self.text[end - 1 : end] != "在":
                continue
            when = _WHEN_ONE_WORKED.search(self.text, max(self.sentence.start, end - 8), end - 1)
            subject_end = when.start() if when is not None else end - 1
            person = self.last_ending_by(subject_end, 1)
            if not person or self.kind(person[0]) != "Person" or person[0].mention.end != subject_end:
                continue
            predicate = "formerRoleAt" if when is not None and when["before"] else "roleAt"
            for body in bodies:
                self.add(person[0].entity_key, predicate, body.entity_key, "worked-at")

    def platform_accounts(self) -> None:
        """上海公安出入境管理的微信公众号: an organization's account on a platform."""
        for index, linked in enumerate(self.mentions):
            if self.kind(linked) != "Technology":
                continue
            if not _PLATFORM_ACCOUNT.match(self.masked, linked.mention.end - self.sentence.start):
                continue
            owner = None
            for earlier in range(index - 1, -1, -1):
                if self.reach[earlier] < linked.mention.start - 12:
                    break  # every name before ends further back
                m = self.mentions[earlier]
                if (
                    self.kind(m) == "Organization"
                    and linked.mention.start - m.mention.end <= 12
                    and not self.breaks(m.mention.end, linked.mention.start)
                ):
                    owner = m
                    break
            if owner is not None:
                self.add(owner.entity_key, "uses", linked.entity_key, "platform-account")

    def titled_documents(self) -> None:
        """about: a named document whose title names a technology, the longest name where
        one holds another (移动互联网, not also 互联网; 互联网+政务服务, not 互联网+)."""
        for linked in self.mentions:
            if self.kind(linked) != "Document":
                continue
            named = [
                (start, end, key)
                for start, end, key in self.gazetteer.find(linked.mention.text)
                if self.gazetteer.entries[key].type == "Technology"
            ]
            for start, end, key in named:
                if any(s <= start and end <= e and e - s > end - start for s, e, _ in named):
                    continue
                entry = self.gazetteer.entries[key]
                self.entities.setdefault(entry.key, entity_from_entry(entry))
                self.add(linked.entity_key, "about", entry.key, "technology-in-title")

    def issued_documents(self) -> None:
        """publishes: the issuers an official document's title names before 关于
        (《国务院办公厅关于…的指导意见》; 《国家发展改革委 国家能源局关于…的通知》: each
        of them), bodies the gazetteer knows or names ending in a strong suffix."""
        for linked in self.mentions:
            if self.kind(linked) != "Document":
                continue
            match = _ISSUERS_IN_TITLE.match(linked.mention.text)
            if match is None:
                continue
            issuers = []
            for name in _ISSUER_SEPARATOR.split(match["issuers"]):
                entry = self.gazetteer.lookup(name)
                suffix = _strong_suffix(name, self.gazetteer)
                if entry is not None and entry.type == "Organization":
                    issuers.append(self._organization(name, entry.subtype or "Organization"))
                elif suffix is not None and len(suffix.text) < len(name):
                    issuers.append(self._organization(name, suffix.subtype))
                elif (committee := _LOCAL_PARTY_BODY.fullmatch(name)) is not None and self.gazetteer.leading_place(
                    committee["body"]
                )[0] is not None:
                    # 中共湘潭县委组织部关于…的公告: a local Party committee or its department
                    issuers.append(self._organization(committee["body"], "PoliticalOrganization"))
                else:
                    issuers = []  # 关于 after words that name no body: no issuer is sure
                    break
            for issuer in issuers:
                self.add(issuer, "publishes", linked.entity_key, "issuer-in-title")


#: A body a place sends to aid another region (援疆, 援藏, 对口支援…), named after the sender.
_BODIES_SENT_OUT = ("前方", "指挥部", "工作队", "工作组", "干部", "医疗队")
_AID_TO_A_REGION = re.compile(
    r"(?:援[疆藏青川渝鄂黔滇甘宁蒙桂陇]|对口(?:支援|帮扶|协作)"
    r"(?:新疆|西藏|青海|宁夏|内蒙古|广西|[\u4e00-\u9fff]{2,5}?(?:省|市|州|县|地区)))"
)
#: The fields of Japan's ministries (省), whose ministers are 大臣 (农林水产大臣 → 农林水产省).
_JAPANS_MINISTRIES = frozenset(
    ["总务", "法务", "外务", "财务", "文部科学", "厚生劳动", "农林水产", "经济产业", "国土交通", "环境", "防卫"]
)
#: Bodies a list of posts names by their kind's one character (委新闻发言人, 部新闻发言人): those
#: headed by their name's head (部长, 局长) and offices (办).
_KINDS_SAID_BY_ONE_CHARACTER = _HEADED_BY_ITS_NAME | frozenset("办")
#: 被 right after the one penalised, with at most an adverb before it (也被, 分别被, 均被).
_BEI_RIGHT_AFTER = re.compile(r"(?:也|还|均|都|分别|同时|已)?被")
#: What joins the items of a list (、) and its last item (和, 及; not 与, "with": 北京市与|
#: 上海市科委签署协议, the city with the commission).
_LIST_JOINERS_NOT_WITH = ("、", "和", "及")
#: Verbs saying which body one belongs to (贵阳大数据交易所|隶属于|贵州省大数据发展管理局).
_BELONGING_TO = re.compile(
    r"(?:系|是|现为)?(?:隶属于|隶属|属于|归属于)"
    # 中国华能集团是国务院国资委监管的中央企业，: what kind of body it is, and whose
    r"|(?:是|系)[^，,。；]{0,25}的[^，,。；的]{0,8}?(?:企业|单位|机构|公司)[，,]"
)


def _strong_suffix(name: str, gazetteer: Gazetteer) -> Suffix | None:
    """The strong organization suffix ``name`` ends with (办公厅, 人民政府, 委员会), the
    longest of up to five characters, if any; it may be all of ``name``."""
    for length in range(min(5, len(name)), 1, -1):
        suffix = gazetteer.suffix_by_text.get(name[-length:])
        if suffix is not None and suffix.strong:
            return suffix
    return None


def _body_before_title(before: str, gazetteer: Gazetteer) -> tuple[str, str] | None:
    """``(body, role)`` when ``before`` ends with a body and a title: 市委书记."""
    for body in _BODIES_IN_TITLES:
        index = before.rfind(body)
        if index >= 0:
            title = before[index + len(body) :]
            if title and title in gazetteer.titles:
                return body, before[index:]
    return None


def _names_a_foreign_body(label: str, gazetteer: Gazetteer) -> bool:
    """Whether the body named ``label`` is another country's than China's, by the
    country its name begins with (俄罗斯外交部; not 外交部, 交通运输部)."""
    place, _ = gazetteer.leading_place(label)
    return place is not None and place.subtype == "Country" and place.key != "iso-cn"


def _may_be_chinese_name(name: str, gazetteer: Gazetteer) -> bool:
    """Whether ``name`` may be a Chinese personal name: two or three characters (four
    with a compound surname) opening with a surname, not all of them characters of the
    transliteration alphabet (迟浩田, 高虎城; not 莫迪凯, 吉洪诺夫, 扎多尔诺夫).

    >>> from kg.gazetteer import default_gazetteer
    >>> [_may_be_chinese_name(name, default_gazetteer()) for name in ("迟浩田", "莫迪凯", "吉洪诺夫")]
    [True, False, False]
    """
    longest = 4 if name[:2] in gazetteer.compound_surnames else 3
    return 2 <= len(name) <= longest and name[0] in gazetteer.surnames and not all(ch in TRANSLITERATION for ch in name)


#: What makes a post its deputy's (副局长, 常务副市长, 执行副总裁).
_DEPUTY_MARKS = ("常务副", "执行副", "副")


def _article_outlets(result: DocumentResult) -> dict[int | None, str]:
    """The key of each article's outlet (（浙江日报） at its end), by the article's number,
    where a mention in the article names it."""
    sources = {article.number: article.source for article in result.document.articles if article.source}
    outlets: dict[int | None, str] = {}
    for linked in result.mentions:
        if (
            linked.article in sources
            and linked.article not in outlets
            and linked.mention.text == sources[linked.article]
            and result.entities[linked.entity_key].type == "Organization"
        ):
            outlets[linked.article] = linked.entity_key
    return outlets


def _post_of_deputy(title: str) -> str:
    """The post a deputy's title is the deputy of (副局长 → 局长); a post's own title as it is."""
    return next((title.removeprefix(mark) for mark in _DEPUTY_MARKS if title.startswith(mark)), title)


def _plays_sport(label: str) -> bool:
    """Whether a body named ``label`` is one athletes play for: a club, a sports bureau,
    a team of a sport (湖北省网球队, 河北女篮) or of a place (北京市队, 八一队); not a team of
    another kind (中国国际救援队, 北京市公安局特警支队)."""
    if _TEAMS_OF_NO_SPORT.search(label) is not None:
        return False
    return label.endswith(_SPORTS_BODY_ENDINGS) or (label.endswith("队") and _SPORTS_IN_NAMES.search(label) is not None)


def _title_in(gap: str, gazetteer: Gazetteer) -> str | None:
    """The title that ``gap`` ends with (新闻发言人, 院长, 市委书记), if any: the whole gap
    when it is a title or ends with one (轮值董事长)."""
    if not gap or len(gap) > 10:
        return None
    for start in range(len(gap)):
        candidate = gap[start:]
        if candidate in gazetteer.titles:
            if _SENT_BY.search(gap, 0, start):
                return None  # 乡村振兴局|选派的驻村第一书记: one the body sent, not its post
            if gap[start - 1 : start] in _BEFORE_AN_OBJECT:
                return None  # 宪法法院4日对|总统|尹锡悦, 国民议会就|总理|贝鲁: the object's title
            if gap[:start].endswith("其") and gap[start - 2 : start - 1] in _BEFORE_AN_OBJECT:
                return candidate  # 对其|董事长: the post of the one acted on, its 对其 no qualifier
            if start == 0 or not _is_word(gap[:start]):
                # 党组书记、常务|副主任: a qualifier right before the title, after another
                # title listed, is part of it
                qualifier = re.split(r"[、，,]", gap[:start])[-1]
                if qualifier in _TITLE_QUALIFIERS:
                    return qualifier + candidate
                # 国家自然资源|副|总督察: a deputy, whatever words name the office before 副
                return "副" + candidate if gap[start - 1 : start] == "副" else candidate
            if any(ch in _BEFORE_AN_OBJECT for ch in gap[:start]):
                # 深圳证券交易所对|公司|董事会秘书: the post of someone the body acts on,
                # at another body
                return None
            if gap[:start].endswith(_MEETING_AN_OFFICIAL):
                return None  # 应变中心，听取|县长徐榛蔚简报: the one heard, another body's officer
            return gap  # 轮值|董事长: the qualifier and the title
    return None


def _begins_with_an_international_body(label: str, gazetteer: Gazetteer) -> bool:
    """Whether a known international organization's name begins ``label`` and is not all
    of it (上海合作组织 of 上海合作组织成员国外长理事会)."""
    for length in range(len(label) - 1, 3, -1):
        entry = gazetteer.lookup(label[:length])
        if entry is not None and entry.type == "Organization":
            return entry.subtype == "InternationalOrganization"
    return False


def _places_of_one_level(label: str, other: str) -> bool:
    """Whether the places ``label`` and ``other`` are of one level by how their names end:
    two provinces or regions (河北省、新疆维吾尔自治区), two cities, two counties or
    districts (民丰县、新疆…: no county beside a region, though both end in 区)."""
    if label.endswith(_PROVINCE_ENDINGS) or other.endswith(_PROVINCE_ENDINGS):
        return label.endswith(_PROVINCE_ENDINGS) and other.endswith(_PROVINCE_ENDINGS)
    return label[-1] == other[-1] or (label[-1] in "县区旗" and other[-1] in "县区旗")


def _unit_before_title(text: str, gazetteer: Gazetteer) -> tuple[str, str] | None:
    """A unit the rules did not find and the title of its head, written as one (考核分配局|局长,
    宣传司|副司长), or None: the unit ends as units do and is no name the gazetteer knows."""
    for start in range(2, len(text) - 1):
        if (
            text[start:] in gazetteer.titles
            and _is_a_department(text[:start])
            and gazetteer.lookup(text[:start]) is None
        ):
            return text[:start], text[start:]
    return None


def _is_a_department(words: str) -> bool:
    """Whether ``words`` before a title name a government department or bureau (宣传司,
    考核分配局, 刑侦处), not a board (董事局), a former or pointed-to one (原…, 该…) or a
    Party committee (党委: 党委书记 is one title)."""
    return (
        len(words) >= 2
        and words[-1] in _DEPARTMENT_ENDINGS
        and words != "董事局"
        and _CJK_ONLY.fullmatch(words) is not None
        and not words.startswith(("本", "该", "其", "原", "前", "时任"))
    )


def _titles_held(gap: str, gazetteer: Gazetteer) -> list[str]:
    """The titles ``gap`` consists of (after a 的): one (财政部长), or several held at once,
    joined by 兼 (副总理兼财政部长); none if any part is no title.

    >>> from kg.gazetteer import default_gazetteer
    >>> _titles_held("副总理兼财政部长", default_gazetteer())
    ['副总理', '财政部长']
    """
    parts = gap.removeprefix("的").split("兼")
    return parts if all(part and _title_in(part, gazetteer) == part for part in parts) else []


def _is_word(text: str) -> bool:
    """Whether ``text`` could be a qualifier of a title (轮值, 常务): letters only, and not
    another post held with it (副总理兼)."""
    # (和|行政长官: a conjunction joins the body named before to the title, no qualifier;
    # 听取了|董事长: a verb and its aspect particle, what someone did)
    return (
        text.isalpha()
        and len(text) <= 4
        and "兼" not in text
        and text not in ("和", "与", "及", "暨")
        and not text.endswith(("了", "过", "着"))
        # 官兵在|支队长: a preposition, what follows it the object's
        and text[-1] not in "在由被"
        # 东盟|十国|领导人: the leaders of that many countries, no one's post
        and _COUNTED_COUNTRIES.fullmatch(text) is None
    )


_COUNTED_COUNTRIES = re.compile(r"[一二两三四五六七八九十几多各诸双]+[国方]")


#: Kinds of place that are divisions or regions, part of the larger one the gazetteer
#: puts them in; other places (sites: 故宫, 布达拉宫) are located in it.
_DIVISION_SUBTYPES = frozenset({"Country", "Province", "City", "District", "Township", "Village", "Region"})
#: How the names of lakes, rivers, reservoirs, mountains and other natural features end,
#: which the gazetteer files as regions.
_NATURAL_FEATURE = re.compile(r"(?:湖|江|河|水库|山|峰|岭|盆地|海|湾|岛|高原|草原|沙漠|峡|瀑布|溪|泉|水)$")
_LOCATED_IN_NAME_SKIPPED = frozenset({"MediaOutlet"})
"""Newspapers and news sites take the name of the area they cover (中国质量报, 四川新闻网),
not of where they sit."""
#: A subdistrict's, township's or village's body right after a place's name, which then
#: names the subdistrict, township or village (玉林|街道办, 成都|镇政府, 中华|村村民委员会),
#: not the city, county or country.
_BODY_OF_A_NAMESAKE_SETTLEMENT = re.compile(
    r"街道|[镇乡](?:人民政府|政府|党委|纪委|人大|(?![村镇])[\u4e00-\u9fff]{1,10}?(?:所|站|中心|办|办公室))"
    r"|村(?:村民委员会|村委会|委会|党支部|党总支|党委|股份经济合作社)"
)
#: A place in brackets ending a body's name, where that campus or branch is (香港中文大学（深圳）).
_PLACE_IN_BRACKETS = re.compile(
    r"[（(](?P<place>[\u4e00-\u9fff]{2,6})[）)](?:股份有限公司|有限责任公司|有限公司|集团有限公司|公司)?$"
    # 中国（上海）知识产权保护中心, 中国（宁夏）国际枸杞产业博览会: a body of China's in the province
    r"|^中国[（(](?P<province>[\u4e00-\u9fff]{2,6})[）)]"
)
#: A body's sending someone to a post elsewhere (…局选派的驻村第一书记).
_SENT_BY = re.compile(r"(?:派|派驻|派出|选调)的")
#: The kinds of body whose officials speak and publish for it (ministries, legislatures,
#: parties), and whose short forms begin their units' names (全国人大社会建设委员会, 全国政协常委会).
_GOVERNING_SUBTYPES = frozenset({"GovernmentOrganization", "PoliticalOrganization"})
#: The units of a national body named by their place after the body's field (中国铁路|上海|
#: 局集团有限公司, 中国银行|上海|分行).
_BRANCH_KINDS = (
    *_KINDS_OF_BRANCH,
    *("中心支行", "分院", "分局", "管理局", "监管局", "监管分局", "监管办公室", "税务局", "局"),
    *("分社", "总站", "记者站"),  # 新华社|莫斯科|分社, 总台|欧洲|总站: an outlet's bureau there
    # 四川省药监局|成都|检查分局, 江苏省税务局|苏州|稽查分局: a regulator's inspection branch
    *("检查分局", "稽查分局", "执法分局", "监察分局"),
    *("调查队", "调查总队"),  # 国家统计局|河南|调查总队: a survey team of the statistics bureau
)
#: The areas an international body's name may place it in (亚洲开发银行, 非洲联盟); a city
#: or province in its name is where it was founded (上海合作组织, 巴黎俱乐部).
_WIDE_AREAS = frozenset({"Region", "Country"})
#: Delegations take the name of the place that sends them (中国代表团, 香港泉州市同乡总会访问团)
#: and are, in the news, somewhere else.
_DELEGATIONS = ("代表团", "访问团", "考察团", "观察团", "友好团", "访华团", "慰问团", "使团")


#: How the names of railways, bridges, roads and tunnels end, in which no body is.
_LINES_HOLDING_NO_BODY = ("铁路", "大桥", "公路", "高速", "隧道", "通道", "运河", "高铁")
#: A company's legal form, which names no unit of it (集团|有限公司, 投资集团|控股有限公司,
#: 广州酒家|集团股份有限公司).
_LEGAL_FORM = re.compile(r"(?:控股)?(?:集团)?(?:股份有限公司|有限责任公司|有限公司|集团公司|公司)")
#: How often (in jieba's dictionary counts) a word must be used for a name's head to be
#: no parent when the word runs across the head's end (中国银行|业 in 中国银行业协会).
_COMMON_SPANNING_WORD = 100


#: How the names of research units end (中国石化石油化工科学研究院, 中国疾控中心病毒病所).
_RESEARCH_UNIT_ENDINGS = ("研究院", "研究所", "所", "研究中心", "中心")


def _crosses_a_word(
    label: str, length: int, words: Mapping[str, int], gazetteer: Gazetteer, *, alias: bool, governing: bool = False
) -> bool:
    """Whether a word of the dictionary runs across the end of ``label[:length]``, so that
    the head is no body's name but the start of a longer word: 中国银行|业 (行业, 银行业),
    腾讯云|计算 (云计算). A common word is enough; for a head that is only a body's short
    form (中国石油 of 中国石油天然气集团) any word is (中国石油|化工, 石油化工). A unit's
    number after the head is no such word (中国电科|第二十八研究所, not 科第), nor, after a
    governing body (``governing``), a unit's kind alone (全国政协|常委会, not 政协常委会)."""
    if label.startswith("第", length) and label[length + 1 : length + 2] in _NUMERAL_CHARACTERS:
        return False
    if (
        governing
        and (unit := gazetteer.suffix_by_text.get(label[length:])) is not None
        and unit.subtype == "GovernmentOrganization"
        and not unit.text.endswith("政府")
    ):
        # (but 印度人民党|政府: the party's government, and 解放军|代表团, the army's
        # delegation, none of their units)
        return False
    if any(
        (place := gazetteer.lookup(label[length : length + size])) is not None and place.type == "Place"
        for size in (2, 3)
    ):
        return False  # 水利部|长江水利委员会, not 部长: a place's name begins the unit's
    if label[length - 2 : length + 1] == "大学生" and label.endswith(UNITS_OF_UNIVERSITIES):
        return False  # 兰州大学|生命科学学院, not 大学生 (students): a college of the university
    if label.endswith("分局") and any(
        (county := gazetteer.lookup(label[length : length + size] + level)) is not None and county.type == "Place"
        for size in (2, 3)
        for level in ("县", "区")
    ):
        return False  # 湖州市生态环境局|长兴分局, not 局长: the branch in a county, by its short name
    if (
        alias
        and length >= 4
        and words.get(label[length - 2 : length], 0) >= _COMMON_SPANNING_WORD
        and words.get(label[length : length + 2], 0) >= _COMMON_SPANNING_WORD
        # (a unit's: not 中国建筑|工程总公司, 鸿海|科技集团, a company's whole name)
        and label.endswith(_RESEARCH_UNIT_ENDINGS)
    ):
        return False  # 中国石化|石油化工科学研究院: the short form and the unit's field, each a word
    for start in range(max(0, length - 3), length):
        for end in range(length + 1, min(len(label), length + 3) + 1):
            word = label[start:end]
            known = gazetteer.lookup(word) if word in gazetteer.by_name else None
            if end - start == len(label) or (known is not None and known.type == "Organization"):
                continue  # a body's name (国务院新闻办), not a word of the language
            count = words.get(word, 0)
            if count >= _COMMON_SPANNING_WORD or (alias and count > 0):
                return True
    return False


def _group_of_company(label: str, gazetteer: Gazetteer, words: Mapping[str, int]) -> GazetteerEntry | None:
    """The known company whose company in a place ``label`` names, in its legal form:
    北京|字节跳动|科技有限公司, 腾讯科技（深圳）有限公司 is not (no place first), 北京|京东|世纪
    贸易有限公司. None where no known company follows the place, or a word runs across
    its end."""
    if not _LEGAL_FORM.search(label, len(label) - 6):
        return None
    place, rest = gazetteer.leading_place(label)
    if place is None or not rest or gazetteer.lookup(rest) is not None:
        return None  # 深圳|万科企业股份有限公司: the known company itself, by its place
    for length in range(len(rest) - 2, 1, -1):
        known = gazetteer.lookup(rest[:length])
        if known is not None and known.type == "Organization" and known.subtype == "Company":
            if _crosses_a_word(rest, length, words, gazetteer, alias=rest[:length] != known.label):
                return None
            if _LEGAL_NAME_OF_THE_SAME.fullmatch(rest, length) is not None or rest[length:] == "股份有限公司":
                return None  # 四川|宜宾五粮液集团|有限公司: the known company itself, by its legal name
            return known
    return None


def _company_of_branch(label: str, gazetteer: Gazetteer) -> GazetteerEntry | None:
    """The known company a branch's name begins with, then the place the branch is in and
    the kind of branch: 华为|海南|分公司, 工商银行|北京|分行. None for any other name."""
    if not label.endswith(_KINDS_OF_BRANCH):
        return None
    for length in range(2, len(label) - 3):
        known = gazetteer.lookup(label[:length])
        if known is None or known.type != "Organization" or known.subtype != "Company":
            continue
        place, rest = gazetteer.leading_place(label[length:])
        if place is not None and rest in _KINDS_OF_BRANCH:
            return known
    return None


def _is_a_congress(body: Entity | None) -> bool:
    """Whether ``body`` is a people's congress (全国人大, 福建省人大), no government."""
    return body is not None and body.label.endswith(("人大", "人民代表大会"))


def _operator_of_arm(label: str, gazetteer: Gazetteer) -> GazetteerEntry | None:
    """The national telecom operator whose arm in a place ``label`` names by the place and
    the operator's short name (湖南|移动 → 中国移动, 内蒙古|铁塔 → 中国铁塔); None for any
    other name."""
    place, rest = gazetteer.leading_place(label)
    if place is None or rest not in OPERATOR_TAILS:
        return None
    operator = gazetteer.lookup("中国" + rest)
    return operator if operator is not None and operator.subtype == "Company" else None


def _brackets_closed(text: str) -> bool:
    """Whether every bracket ``text`` opens it also closes (英特尔（中国）, not 武汉钢铁（集团).

    >>> _brackets_closed("英特尔（中国）"), _brackets_closed("武汉钢铁（集团")
    (True, False)
    """
    return text.count("（") == text.count("）") and text.count("(") == text.count(")")


#: How the names of the units end that have departments of their own inside a known
#: body (a university's hospital, institute or college: 北京大学人民医院|血液科; a national
#: body's bureau in a province or city: 国家税务总局宁波市税务局|稽查局, 国家外汇管理局北京市
#: 分局|党委).
_UNITS_WITH_DEPARTMENTS = ("医院", "研究院", "研究所", "学院", "税务局", "监管局", "分局", "分行", "分公司")


def _without_a_note_first(gap: str) -> str:
    """``gap`` without the other names or code in brackets it opens with."""
    note = _NOTE_IN_BRACKETS.match(gap)
    return gap[note.end() :] if note is not None else gap


def _unit_between(label: str, known_end: int) -> str | None:
    """The unit named between a known body, which ``label`` begins with up to
    ``known_end``, and the department that ends ``label``: the longest beginning of
    ``label`` that ends like a unit with departments, at least two characters after
    the body and before the end (北京大学|人民医院|血液科 → 北京大学人民医院), or None.

    >>> _unit_between("北京大学人民医院血液科", 4), _unit_between("北京大学光华管理学院", 4)
    ('北京大学人民医院', None)
    """
    for end in range(len(label) - 2, known_end + 1, -1):
        head = label[:end]
        if (
            head.endswith(_UNITS_WITH_DEPARTMENTS)
            and end - known_end >= 3
            and _brackets_closed(head)
            and not _LEGAL_FORM.fullmatch(label[end:])  # …设计研究院|有限公司: the unit itself
        ):
            return head
    return None


#: How the names of a department's divisions end (儿童福利处, 执法稽查局, 信息中心).
_UNITS_OF_DEPARTMENTS = ("处", "科", "室", "局", "所", "中心", "总队", "支队", "大队")


def _local_parent(label: str, gazetteer: Gazetteer, words: Mapping[str, int]) -> tuple[str, str] | None:
    """The local body a unit's name begins with, ended by a strong suffix, with more
    than a word after it: 上海市人民政府|办公厅, 成都市公安局交通管理局|第五分局. Its
    label and subtype; none for a name that is a place and one body (深圳市教育局), nor
    where a word runs across the suffix's end (中国银行|业协会)."""
    place, rest = gazetteer.leading_place(label)
    if place is None:
        return _company_named_first(label)
    start = len(label) - len(rest)
    if (
        rest[:1] == "委"
        and label[start - 1 : start + 1] in COMMITTEES_OF_LEVELS
        and rest[1:] in _UNITS_OF_A_COMMITTEE
        and place.key.startswith("cn-")
    ):
        # 贵州省委|组织部, 成都市委|政法委: a department of the place's Party committee
        return label[: start + 1], "PoliticalOrganization"
    for end in range(len(label) - 2, start + 1, -1):
        if (
            _crosses_a_word(label, end, words, gazetteer, alias=False)
            or _LEGAL_FORM.fullmatch(label[end:])
            or not _brackets_closed(label[:end])
            # 澳门工会|联合总会, 供销合作社|联合社: a federation of such bodies, no unit of one;
            # 香港银行|公会: the banks' association (but 公司|工会, a company's union, is its)
            or label.startswith(("联合会", "联合总会", "联合体", "联合社", "公会", "同业公会"), end)
        ):
            # 中国银行|业协会; 中国中车集团|有限公司: the same company in its legal form;
            # 武汉钢铁（集团|）公司: a cut inside brackets
            continue
        if (suffix := _strong_suffix(label[start:end], gazetteer)) is not None:
            return label[:end], suffix.subtype
        if (
            label[end - 1] in "厅局委"
            and end - start >= 3
            and label.endswith(_UNITS_OF_DEPARTMENTS)
            and len(label) - end >= 3
        ):
            # 湖南省民政厅|儿童福利处, 广州市市场监管局|执法稽查局: a division of a
            # province's or city's department, whose one-character suffix is weak
            return label[:end], "GovernmentOrganization"
    return None


_COMPANY_IN_FULL = re.compile(r".{2,}?(?:股份有限公司|有限责任公司|有限公司)(?:（[^（）]{1,6}）有限公司)?")


#: The departments and offices of a local Party committee (省委|组织部, 市委|政法委).
_UNITS_OF_A_COMMITTEE = ("组织部", "宣传部", "统战部", "政法委", "办公室", "办公厅", "编办", "网信办")
#: A local Party committee or one of its departments, as an issuer writes itself (中共
#: 湘潭县委组织部, 中共杭州市委办公厅).
_LOCAL_PARTY_BODY = re.compile(
    r"(?:中共|中国共产党)?(?P<body>.{2,12}?[省市县区州旗盟]委(?:" + "|".join(_UNITS_OF_A_COMMITTEE) + r")?)"
)


def _company_named_first(label: str) -> tuple[str, str] | None:
    """The company in its legal form that begins the name of its branch, plant or arm,
    where no place begins it (中海石油（中国）有限公司|天津分公司, 龙源电力集团股份有限公司|
    甘肃分公司): the company's name and subtype, or None."""
    match = _COMPANY_IN_FULL.match(label)
    if match is None or len(label) - match.end() < 3 or not label.endswith(_ENDINGS_OF_COMPANIES):
        return None
    if not _brackets_closed(match.group()):
        return None
    return match.group(), "Company"


#: How the names of seas, straits, rivers and lakes end (太平洋, 渤海, 台湾海峡, 长江, 太湖,
#: 滇池, 纳木错, 日月潭).
_WATER_ENDINGS = ("洋", "海", "湾", "峡", "运河", "河", "江", "湖", "池", "错", "潭")


def _named_after_sights(entity: Entity) -> bool:
    """Whether ``entity`` is of the kinds that take a sight's or mountain's name without
    being there: companies, sports clubs, hospitals and their units and laboratories (长城
    汽车, 山东泰山足球俱乐部, 北京天坛医院神经外科, 紫金山实验室), not a museum or a management
    committee (故宫博物院, 泰山管理委员会)."""
    return entity.subtype == "Company" or entity.label.endswith(("俱乐部", "队", "实验室")) or "医院" in entity.label


def _is_port_company(entity: Entity, place: GazetteerEntry) -> bool:
    """Whether ``entity`` is a company named after a port the gazetteer lists (湛江港集团,
    大连港集团 after 湛江港 and 大连港), which runs the port and is there."""
    return entity.subtype == "Company" and place.subtype == "Place" and place.label.endswith("港")


def _is_sight(place: GazetteerEntry) -> bool:
    """Whether ``place`` is a sight or landmark (长城, 故宫) or a mountain (泰山, 黄山 the
    mountain), not a division or a region of them."""
    return place.subtype == "Place" or (place.subtype == "Region" and place.label.endswith(("山", "岭", "峰")))


def _is_water(place: GazetteerEntry) -> bool:
    """Whether ``place`` is a body of water, which a body named after it (北大西洋公约组织,
    渤海银行, 长江水利委员会) is not located in.

    >>> from kg.gazetteer import default_gazetteer
    >>> g = default_gazetteer()
    >>> _is_water(g.lookup("北大西洋")), _is_water(g.lookup("上海")), _is_water(g.lookup("欧洲"))
    (True, False, False)
    """
    return place.subtype == "Region" and place.label.endswith(_WATER_ENDINGS)


def _name_relations(
    result: DocumentResult,
    first_sentence: dict[str, tuple[Sentence, int | None]],
    facts: _Facts,
    gazetteer: Gazetteer,
    words: Mapping[str, int],
) -> None:
    """locatedIn and partOf read from names: 广西物联网标准化技术委员会 is in 广西,
    广州大学公共管理学院 is part of 广州大学, 上海市人民政府办公厅 of 上海市人民政府."""
    entities = result.entities
    organizations = [e for e in entities.values() if e.type == "Organization" and e.key in first_sentence]
    labels = {e.label: e.key for e in organizations}
    short_forms: set[str] = set()  # the names in ``labels`` written for a body of another label
    for linked in result.mentions:
        # 山东省国资委|党委: a body's unit named with the short form its body was written
        # in, which linking gave the official name (山东省国有资产监督管理委员会)
        if (
            linked.entity_key in first_sentence
            and entities[linked.entity_key].type == "Organization"
            and linked.mention.text not in labels
            # (not 浙江 of 浙江队, a place's name the team goes by, which 浙江男排 begins with)
            and len(linked.mention.text) >= 3
            and ((place := gazetteer.lookup(linked.mention.text)) is None or place.type != "Place")
        ):
            labels[linked.mention.text] = linked.entity_key
            short_forms.add(linked.mention.text)

    def evidence(key: str, rule: str) -> Evidence:
        sentence, article = first_sentence[key]
        return Evidence(result.document.id, article, sentence.text, sentence.start, sentence.end, rule)

    def located_in(key: str, place: GazetteerEntry) -> None:
        # (no call of evidence() here: compiled, a nested function calling another makes a
        # reference cycle each run, see tests/test_compiled.py)
        entities.setdefault(place.key, entity_from_entry(place))
        sentence, article = first_sentence[key]
        where = Evidence(result.document.id, article, sentence.text, sentence.start, sentence.end, "place-in-name")
        facts.add(key, "locatedIn", place.key, where)

    # The places of China the document names, alone or opening a body's name (北京市卫健委).
    named: set[str] = set()
    for linked in result.mentions:
        entity = entities[linked.entity_key]
        if entity.type == "Organization":
            entity = entity_from_entry(lead) if (lead := gazetteer.leading_place(entity.label)[0]) else entity
        if entity.type == "Place" and entity.key.startswith("cn-"):
            named.add(entity.key)
    # The names each body is written by in the document: a body the text itself calls
    # by a known company's name (…股份有限公司（以下简称药明康德）) is that company, no part of it.
    written: dict[str, set[str]] = defaultdict(set)
    for linked in result.mentions:
        written[linked.entity_key].add(linked.mention.text)
    parents: dict[str, str] = {}
    # what follows the parent's name in a body's name, where a known company begins it
    # (国网|浙江省电力有限公司, 华能|北京热电厂)
    after_company: dict[str, str] = {}
    for entity in organizations:
        if entity.subtype == "MediaOutlet" and not entity.label.endswith(_UNITS_OF_OUTLETS):
            continue  # (a paper's name holds the place it covers; but 新华社|莫斯科分社 is the agency's)
        # A body the gazetteer lists is part of what the list says it is part of (or of
        # that one's parents), whatever its name begins with: 中国国民党革命委员会 is no
        # part of 中国国民党, 世界银行集团 none of 世界银行, 香港工会联合会 none of a 香港工会.
        # (but a hospital it lists under nothing, 重庆医科大学附属第一医院, is part of the
        # university its name begins with)
        listed_in = {a.key for a in gazetteer.ancestors(entity.key)} if entity.key in gazetteer.entries else None
        if not listed_in and "医院" in entity.label:
            listed_in = None
        joint = False
        for length in range(len(entity.label) - 2, 1, -1):
            head = entity.label[:length]
            if not _brackets_closed(head):
                continue  # 英特尔（中|国）: no name ends inside brackets
            if entity.label[length:] in _COMMITTEES_OF_PLACES:
                continue  # 阿里|地委: a place's Party committee, whatever body the place's name also names
            # (中共云南省委|组织部: the committee the article names as 云南省委)
            parent_key = labels.get(head) or (labels.get(head[2:]) if head.startswith("中共") else None)
            known = gazetteer.lookup(head) if parent_key is None else None
            if known is None and parent_key is None and head.endswith("集团公司") and len(head) >= 6:
                # 中国电子科技集团公司|第十五研究所: the group the gazetteer knows by its name of
                # before 2017, a 集团公司
                known = gazetteer.lookup(head[:-2]) or gazetteer.lookup(head[:-4])  # (中国石化|集团公司)
                known = known if known is not None and known.subtype == "Company" else None
            if known is None and parent_key is None and head.startswith("中国") and len(head) >= 5:
                # 中国|生态环境部|应对气候变化司: the country's ministry, named with the country
                inner = gazetteer.lookup(head[2:])
                if inner is not None and inner.subtype == "GovernmentOrganization" and inner.key.startswith("org-"):
                    known = inner
            if entity.label[length] in _JOINING_TWO_BODIES and (
                parent_key is not None or (known is not None and known.type == "Organization")
            ):
                joint = True  # 浙江大学—阿里巴巴联合研究中心: the two bodies' joint unit, part of neither
                break
            if known is not None and known.type == "Organization":
                # 中国银行|业协会, 中国石油|化工集团: a longer word, no parent; but a body's
                # long full name is one whatever word follows (中国证券监督管理委员会|上市…, 会上)
                # (厦门大学|海洋与地球学院: a university's name ends where 大学 does, 学海
                # notwithstanding; but not before 生, 北京大学生联合会 the students')
                whole = (head == known.label and len(head) >= 6) or (
                    head == known.label and head.endswith("大学") and not entity.label.startswith("生", length)
                )
                if not whole and _crosses_a_word(
                    entity.label,
                    length,
                    words,
                    gazetteer,
                    # (全国人大|社会建设委员会: a governing body's short form before a
                    # committee of it is no company's cut from a longer word, 大社
                    # notwithstanding; but 解放军|代表团 is no unit of the army, 军代表 a word)
                    alias=head != known.label
                    and not (known.subtype in _GOVERNING_SUBTYPES and entity.label.endswith("委员会")),
                    governing=known.subtype in _GOVERNING_SUBTYPES,
                ):
                    continue
                parent_key = known.key
                entities.setdefault(known.key, entity_from_entry(known))
                if (
                    (up := gazetteer.entries.get(known.parent or "")) is not None
                    and head.startswith(up.label)
                    and head != up.label
                ):
                    # 北京大学人民医院|血液科: the known hospital is the university's, which
                    # its name begins with
                    entities.setdefault(up.key, entity_from_entry(up))
                    facts.add(known.key, "partOf", up.key, evidence(entity.key, "organization-in-name"))
                if listed_in is None and (middle := _unit_between(entity.label, length)) is not None:
                    # 北京大学人民医院|血液科: the department is the hospital's, which is
                    # the university's, though the article names the hospital nowhere alone
                    key = labels.get(middle) or f"Organization:{middle}"
                    entities.setdefault(key, Entity(key=key, type="Organization", label=middle, subtype="Organization"))
                    facts.add(key, "partOf", parent_key, evidence(entity.key, "organization-in-name"))
                    parent_key = key
            elif parent_key is not None and _crosses_a_word(
                entity.label, length, words, gazetteer, alias=head in short_forms
            ):
                continue  # (中国建筑|工程总公司: the group's former name, not a unit of 中国建筑)
            if (
                parent_key
                and parent_key != entity.key
                # (铜陵有色金属集团|控股有限公司: the group by its legal name, no part of it)
                and _LEGAL_NAME_OF_THE_SAME.fullmatch(entity.label, length) is None
                # (浙江日报|报业集团: a paper's group publishes it, no part of it; but a paper's
                # Party committee or bureau abroad is: 北京日报社|党委, 新华社|莫斯科分社)
                and (entities[parent_key].subtype != "MediaOutlet" or entity.label.endswith(_UNITS_OF_OUTLETS))
            ):
                if listed_in is not None and parent_key not in listed_in:
                    break
                facts.add(entity.key, "partOf", parent_key, evidence(entity.key, "organization-in-name"))
                parents[entity.key] = parent_key
                if entities[parent_key].subtype == "Company":
                    after_company[entity.key] = entity.label[length:]
                break
        if listed_in is not None:
            continue
        if not joint and entity.key not in parents and (company := _company_of_branch(entity.label, gazetteer)):
            # 华为海南分公司, 腾讯广东分公司: a known company's branch in a place
            entities.setdefault(company.key, entity_from_entry(company))
            facts.add(entity.key, "partOf", company.key, evidence(entity.key, "organization-in-name"))
            parents[entity.key] = company.key
            continue
        if not joint and entity.key not in parents and (operator := _operator_of_arm(entity.label, gazetteer)):
            # 湖南移动, 内蒙古铁塔: a national operator's arm in a province, by its short name
            # (in the province it names, so not filed among the departments in ``parents``)
            entities.setdefault(operator.key, entity_from_entry(operator))
            facts.add(entity.key, "partOf", operator.key, evidence(entity.key, "organization-in-name"))
            continue
        if (
            not joint
            and entity.key not in parents
            and (group := _group_of_company(entity.label, gazetteer, words))
            and not written[entity.key].intersection((group.label, *group.aliases))
        ):
            # 北京字节跳动科技有限公司: a known company's company in a place, which is
            # where the place says (so not filed among the departments in ``parents``)
            entities.setdefault(group.key, entity_from_entry(group))
            facts.add(entity.key, "partOf", group.key, evidence(entity.key, "organization-in-name"))
            continue
        if (
            not joint
            and entity.key not in parents
            and (local := _local_parent(entity.label, gazetteer, words))
            # (浙江日报|报业集团: the group publishes the paper, no part of it)
            and local[1] != "MediaOutlet"
        ):
            label, subtype = local
            # 江苏省市场监管局|产品质量安全监督管理处: the department by its official name
            label = local_department_in_full(label, gazetteer)
            parent_key = labels.get(label) or f"Organization:{label}"
            entities.setdefault(parent_key, Entity(key=parent_key, type="Organization", label=label, subtype=subtype))
            facts.add(entity.key, "partOf", parent_key, evidence(entity.key, "organization-in-name"))
            if label[-2:] not in COMMITTEES_OF_LEVELS:
                # (a Party committee's department keeps the place its name says, 贵州省委|
                # 组织部 in 贵州省, as the committee is often named nowhere alone)
                parents[entity.key] = parent_key
    for entity in organizations:
        bracketed = _PLACE_IN_BRACKETS.search(entity.label)
        if (
            bracketed is not None
            and (where := gazetteer.lookup(bracketed["place"] or bracketed["province"]))
            and where.type == "Place"
            # (but 中国（上海）自由贸易试验区临港新片区管委会 is in the zone its name begins with)
            and (bracketed["place"] or _begins_with_country(entity.label, gazetteer))
        ):
            # 香港中文大学（深圳）, 星展银行（中国）有限公司: a campus, branch or company in the
            # place its brackets name (not in the country the name begins with)
            located_in(entity.key, where)
            continue
        if entity.label.endswith("校区"):
            # 浙江大学海宁国际校区, 北京四中雄安校区: a campus is in the place named before
            # 校区, not where the school's name begins
            if (where := _place_of_a_campus(entity.label, gazetteer)) is not None:
                located_in(entity.key, where)
            continue
        if entity.key in parents and (where := _place_of_a_branch(entity.label, gazetteer)) is not None:
            # 中国银行苏州分行, 中国人民银行苏州市中心支行: a branch is in its place
            located_in(entity.key, where)
            continue
        if (rest := after_company.get(entity.key)) and (where := _place_of_a_companys_arm(rest, gazetteer)):
            # 国网浙江省电力有限公司, 华能北京热电厂, 中国电信广东公司: a group's company or
            # plant named by the place it is in, after the group's name
            located_in(entity.key, where)
            continue
        # A department is where its parent is; a newspaper names what it covers.
        if entity.subtype in _LOCATED_IN_NAME_SKIPPED or entity.key in parents or entity.label.endswith(_DELEGATIONS):
            continue
        place, rest = gazetteer.innermost_leading_place(entity.label)
        if place is None and entity.subtype == "Company" and ":" in entity.key:
            # 大唐|山东|发电有限公司, 中海石油（中国）有限公司|天津|分公司: a brand kg does not
            # know, then the place of the company or branch there
            if (arm := _place_of_a_companys_arm(entity.label, gazetteer)) is not None:
                located_in(entity.key, arm)
            continue
        if place is not None and len(rest) <= 1 and entity.subtype == "Company" and ":" not in entity.key:
            continue  # 埃森|哲 (Accenture), 汉堡|王 (Burger King): a known brand, no body of Essen
        if place is not None and rest.startswith(_DASHES):
            continue  # 中国—东盟博览会, 中国-中亚峰会: a body of two parties, not in the first
        if (
            place is not None
            and _AID_TO_A_REGION.match(rest) is not None
            # (but 福建省对口帮扶宁夏工作领导小组: the sending province's own body, there)
            and not (
                rest.endswith(("领导小组", "领导小组办公室"))
                # (but 广东省援疆前方指挥部办公室: the office of the headquarters sent out)
                or (rest.endswith("办公室") and not any(word in rest for word in _BODIES_SENT_OUT))
            )
            and not place.label.startswith(("新疆", "西藏", "青海"))
        ):
            continue  # 广东省援疆前方指挥部: the place that sent it, to work in Xinjiang
        if place is not None and rest.startswith(_STREET_KINDS) and not rest.startswith(_NOT_STREETS):
            continue  # 湖南路派出所, 北京路小学: named after a street called after the place
        if place is not None and place.subtype == "Country":
            # 中国铁路上海局集团有限公司, 中国银行上海分行: a national body's branch, in its place
            place = (
                _place_of_a_branch(rest, gazetteer)
                or (_province_inside(rest, gazetteer) if entity.key not in gazetteer.entries else None)
                or place
            )
        if place is not None and (
            district := _namesake_district_of_a_named_city(entity.label, place, named, gazetteer)
        ):
            place = district  # 北京市…朝阳医院: 北京市朝阳区, not the city 朝阳市 in Liaoning
        if place is not None and entity.subtype == "InternationalOrganization" and place.subtype not in _WIDE_AREAS:
            continue  # 上海合作组织, 华沙条约组织: named after the city where it was founded
        if place is not None and _begins_with_an_international_body(entity.label, gazetteer):
            continue  # 上海合作组织成员国外长理事会: a body of such an organization, not in 上海
        if (
            place is not None
            and place.subtype == "Region"
            and (
                entity.subtype == "University"
                or (entity.subtype == "Company" and place.parent == "iso-cn" and entity.label.startswith("中国"))
            )
        ):
            # 西北大学, 华中科技大学; 中国中原对外工程: named after a part of the country, which
            # says little (but 中原银行, 东北制药, 江淮汽车 are there)
            continue
        if (
            place is not None
            and _BODY_OF_A_NAMESAKE_SETTLEMENT.match(rest) is not None
            # (but 长沙县|乡村振兴服务中心, 江苏省|乡镇企业管理办公室: the place in full, a field after it)
            and entity.label[len(entity.label) - len(rest) - 1] not in _LEVEL_ENDINGS_OF_PLACES
        ):
            continue  # 玉林街道办: the body of a subdistrict named like the city 玉林, not in it
        if place is not None and (settlement := _settlement_of_a_body(rest, place, entities)) is not None:
            # 南江县长赤镇人民政府: a township's body is in the township, in the county
            entities.setdefault(place.key, entity_from_entry(place))
            facts.add(entity.key, "locatedIn", settlement, evidence(entity.key, "place-in-name"))
            continue
        if (
            place is not None
            and _named_after_sights(entity)
            and _is_sight(place)
            and not _is_port_company(entity, place)
        ):
            # 长城汽车, 山东泰山足球俱乐部: a company or club named after a sight or mountain
            # is not there; the province before it, if any, is where it is
            place, _ = gazetteer.leading_place(entity.label)
            place = None if place is None or _is_sight(place) else place
        country = gazetteer.lookup(place.label[:-1]) if place is not None and _is_water(place) else None
        if country is not None and country.subtype == "Country":
            place = country  # 日本|海上自卫队: Japan's maritime force, not the Sea of Japan
        if place is not None and (position := entity.label.find("驻", 1)) > 0:
            # 中国驻美国大使馆: a mission is where it is stationed (美国), not in the country
            # that sends it; where that is no known place (驻华), nowhere
            place, _ = gazetteer.leading_place(entity.label[position + 1 :])
        # (海峡两岸关系协会, 渤海银行: what it is about or named after, see _may_be_where_a_body_is)
        if place is not None and _may_be_where_a_body_is(place):
            located_in(entity.key, place)
    zones = [
        e
        for e in entities.values()
        if e.type == "Place" and e.key not in gazetteer.entries and e.key in first_sentence and e.label.endswith(_ZONES)
    ]
    for zone in zones:
        # 合肥高新技术产业开发区, 成都天府国际机场: a zone or facility named by the place
        # before its name is in that place
        place, rest = gazetteer.innermost_leading_place(zone.label)
        if place is not None and rest[:1] in "（(" and (inner := gazetteer.leading_place(rest[1:])[0]) is not None:
            place = inner  # 中国（海南）自由贸易试验区: in the province in brackets
        if place is not None and rest.startswith(_DASHES):
            continue  # 中国—白俄罗斯工业园: the zone of two countries, in neither by its name
        if place is not None and len(rest) >= 2 and _may_be_where_a_body_is(place):
            located_in(zone.key, place)


#: A post and 的任职资格 after a company (…董事长的任职资格), and the regulator's approving
#: before the person (核准王军辉…).
_QUALIFIED_FOR = re.compile(r"(?P<title>[\u4e00-\u9fff]{2,10}?)(?:的)?任职资格")
_APPROVING = re.compile(r"(?:核准|批准|同意)[^。；，,]*$")

#: 双方签署 (the two sides named before sign), or 会谈/会见 and then 并(共同)签署 in the
#: same sentence.
_BOTH_SIDES_SIGN = re.compile(
    # (not 代表双方签约: two people sign for their bodies, which the sentence may not name)
    r"(?<!代表)(?P<sides>双方)(?:还|并|正式|共同|现场|当场|一致)*(?:签署|签订|签约|互签|续签|交换)"
    r"|(?:会谈|会见|会晤|座谈)[^。；]{0,20}?[，,]\s*(?:双方)?(?:还|并)(?:共同|正式|现场|见证)?(?:签署|签订)"
)

#: 分别与 after a list of places (南京市、苏州市分别与…), and what may stand between a list
#: of places and their signing together (三地政府共同签署, 两省共同签订).
_PLACES_SEPARATELY_WITH = re.compile(r"\s*(?:还|也|已|将)?\s*分别\s*(?:与|同|和)\s*")
#: 杭州市对口帮扶黔东南州, 上海市对口支援新疆喀什地区: a place paired with another for support
#: (东西部协作), the places' governments working together; with 分别, each with its own.
_PLACES_PAIRED = re.compile(
    r"\s*(?:还|也|已|将|长期|持续)?\s*(?P<each>分别)?\s*(?:对口(?:支援|帮扶|协作|合作)|结对帮扶)\s*"
)
_PLACES_TOGETHER = re.compile(
    r"\s*(?:(?:[两三四五六七八九十]地|[两三四五六七八九十]省(?:一市|[两三四五六七八九十]市)?|[两三四五六七八九十]市)\s*)?"
    r"(?:(?:党委|政府|人民政府|党委和政府|党委、政府)\s*)?(?:(?:还|也|已|将)\s*)?(?:共同|联合)\s*(?:签署|签订|签约|发布|印发)"
)

#: The words of two places twinned (友好城市, 姐妹城市, 友好省州, 友城).
_FRIENDSHIP_OF_PLACES = ("友好城市", "友城", "姐妹城市", "友好省", "友好州", "友好县", "友好关系", "友好交流关系")

#: 与, 同 or 和 between two places, with an adverb (西安市已与).
_PLACES_JOINED = re.compile(r"\s*(?:已|还|正式|先后|也|曾)?\s*(?:与|同|和)\s*")

#: An adverb, then 与 or 同, after a place that is a party to an agreement (武汉已与…签署).
_ADVERB_THEN_WITH = re.compile(r"(?:还|也|已|已经|将|又|正|正在|先后|首次|再次)[与同]")
#: Kinds of street, named after places in many Chinese cities (南京湖南路, 广州北京路).
_STREET_KINDS = ("路", "街", "大街", "大道", "巷")
#: Words that begin with a kind of street and are none (中国|路桥, 八廓|街道办事处).
_NOT_STREETS = ("路桥", "路政", "路局", "路面", "街道")
#: How the names of zones, parks, transport hubs and metro lines end (…高新区, …工业园, …科学城,
#: …国际机场, …港).
_ZONES = ("区", "园", "城", "机场", "港", "口岸", "号线")
#: How the names of development zones end, which a district's name does not (广州开发区, not 黄埔区):
#: kg.extract's zone kinds and the areas and parks named like them (横琴粤澳深度合作区, 前海蛇口片区).
_ZONE_KINDS = (*ZONE_KINDS, "试验区", "合作区", "示范区", "园区", "片区")
#: A township's or subdistrict's name, a village's or community's, and a body of theirs:
#: the rest of a body's name after its county (德清县|莫干山镇仙潭村村委会).
_BODY_IN_A_SETTLEMENT = re.compile(
    r"(?P<town>[\u4e00-\u9fff]{2,4}?(?:镇|乡|街道|苏木))(?P<village>[\u4e00-\u9fff]{2,4}?(?:村|社区|嘎查))?"
    "(?:党委|党工委|党总支|党支部|人民政府|政府|人大主席团|村委会|居委会|村民委员会|居民委员会|纪委|办事处"
    "|便民服务中心|为民服务中心|卫生院|派出所|中心小学|中心学校|财政所|司法所|综合文化站)"
)


def _may_be_where_a_body_is(place: GazetteerEntry) -> bool:
    """Whether a place a name begins with may be where the body or zone is: not a sea,
    river or lake it is named after (渤海银行), nor both sides of the strait it is about
    (海峡两岸关系协会), nor a railway, bridge, road or tunnel it runs or studies, which
    holds no body (港珠澳大桥管理局, 中老铁路沿线经济研究中心)."""
    return not _is_water(place) and not place.label.endswith(("两岸", *_LINES_HOLDING_NO_BODY))


def _place_of_a_companys_arm(rest: str, gazetteer: Gazetteer) -> GazetteerEntry | None:
    """The place that begins ``rest``, the name of a known company's arm after the
    company's (浙江省|电力有限公司 → 浙江省, 杭州|供电公司 → 杭州市), if a company's word
    ends it (公司, 厂, 电站: not a department, 科技部); the innermost of places written
    one inside another (浙江省杭州市|…), and no sea or river it is named after. An arm of
    an arm is where the place after its parent's name says (浙江省电力有限公司|湖州|供电公司
    → 湖州市); a trade of two characters may come first (中粮|贸易|河南|有限公司)."""
    if not rest.endswith(_ENDINGS_OF_COMPANIES):
        return None
    inner_ends = [m.end() for m in re.finditer("公司", rest) if m.end() < len(rest)]
    for start in (*reversed(inner_ends), 0, 2):
        place, after = gazetteer.innermost_leading_place(rest[start:])
        if place is not None and len(after) >= 2 and not after.startswith(_DASHES) and _may_be_where_a_body_is(place):
            return place
    return None


def _place_of_a_branch(rest: str, gazetteer: Gazetteer) -> GazetteerEntry | None:
    """The Chinese place a national body's branch or regional group is named by, right
    before the word for the unit (铁路|上海|局集团有限公司 → 上海市), or None; a district
    of the city the name begins with, where it has one so called (北京市公安局|朝阳|分局 →
    朝阳区 of 北京市, not 朝阳市)."""
    city, _ = gazetteer.leading_place(rest)
    for start in range(len(rest) - 2):
        # (…|广西壮族自治区|分行: a region's name of up to eight characters)
        for length in (2, 3, 4, 5, 6, 7, 8):
            if rest.startswith(_BRANCH_KINDS, start + length):
                name = rest[start : start + length]
                # (not 荆州市|公安|局: a department's field, named like the city's county 公安县)
                if city is not None and start > 0 and not rest.startswith(("局", "厅"), start + length):
                    for key in (*gazetteer.namesakes.get(name + "区", ()), *gazetteer.namesakes.get(name + "县", ())):
                        if gazetteer.entries[key].parent == city.key:
                            return gazetteer.entries[key]
                    for form in (name + "区", name + "县"):
                        if (district := gazetteer.lookup(form)) is not None and district.parent == city.key:
                            return district
                place = gazetteer.lookup(name)
                if (
                    place is not None
                    and place.type == "Place"
                    # 中国银行|匈牙利|分行, 新华社|莫斯科|分社: a bank's or outlet's branch abroad
                    and (place.key.startswith("cn-") or rest.startswith(_UNITS_ABROAD, start + length))
                ):
                    return place
    return None


def _province_inside(rest: str, gazetteer: Gazetteer) -> GazetteerEntry | None:
    """The province a national body's unit is named by inside its name, after the
    body's short name and before the unit's (中国|南方电网|贵州|电网公司 → 贵州省), or None."""
    for start in range(2, len(rest) - 3):
        for length in (3, 2):
            place = gazetteer.lookup(rest[start : start + length])
            if (
                place is not None
                and place.key.startswith("cn-")
                and (
                    place.subtype == "Province"
                    # 中国民用航空|厦门|安全监督管理局: a city's office of a national body
                    or (place.subtype == "City" and rest.startswith(_OFFICES_IN_A_CITY, start + length))
                )
            ):
                return place
    return None


#: The kinds of a national body's office in a city, after the city's name inside the
#: body's (中国民用航空厦门|安全监督管理局).
_OFFICES_IN_A_CITY = ("安全监督管理局", "监管局", "监督管理局")


def _begins_with_country(label: str, gazetteer: Gazetteer) -> bool:
    """Whether the innermost place ``label`` begins with is a country (中国（上海）知识产权
    保护中心), not a place inside it the gazetteer knows by a longer name (中国（上海）
    自由贸易试验区)."""
    place, _ = gazetteer.innermost_leading_place(label)
    return place is not None and place.subtype == "Country"


def _namesake_district_of_a_named_city(
    label: str, place: GazetteerEntry, named: set[str], gazetteer: Gazetteer
) -> GazetteerEntry | None:
    """The district named like the city ``place`` that begins ``label`` without its 市 (朝阳
    of 朝阳医院), of the one other city or province of China the document names (``named``,
    北京市: 北京市朝阳区), where there is one; or None."""
    short = place.label.removesuffix("市")
    if place.subtype != "City" or short == place.label or not label.startswith(short) or label.startswith(place.label):
        return None
    above = {a.key for a in gazetteer.ancestors(place.key)} | {place.key}
    found = {
        district.key: district
        for key in named - above
        if (district := gazetteer.district_of(key, short)) is not None
        and place.key not in {a.key for a in gazetteer.ancestors(district.key)}
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _place_of_a_campus(label: str, gazetteer: Gazetteer) -> GazetteerEntry | None:
    """The place a campus is named by, right before 校区 (or 国际校区): 浙江大学海宁国际校区
    → 海宁市; None where the word there is no place's (南京大学仙林校区).

    >>> from kg.gazetteer import default_gazetteer
    >>> _place_of_a_campus("浙江大学海宁国际校区", default_gazetteer()).label
    '海宁市'
    """
    stem = label.removesuffix("校区").removesuffix("国际")
    for length in (4, 3, 2):
        place = gazetteer.lookup(stem[-length:]) if len(stem) > length else None
        if place is not None and place.type == "Place":
            return place
    return None


def _settlement_of_a_body(rest: str, place: GazetteerEntry, entities: dict[str, Entity]) -> str | None:
    """The township or village a body's name places it in after its county or city
    (``rest``: the name after ``place``): 南江县|长赤镇人民政府 is in 长赤镇 of 南江县, the
    place kg.link makes of 南江县长赤镇 written in a sentence (its key, made here when
    missing), 莫干山镇仙潭村村委会 in that township's 仙潭村."""
    match = _BODY_IN_A_SETTLEMENT.fullmatch(rest)
    if match is None or place.subtype not in ("City", "District"):
        return None
    key = place.key
    for group, subtype in (("town", "Township"), ("village", "Village")):
        if match[group]:
            key = add_grass_roots_place(entities, match[group], subtype, key)
    return key


def _hierarchy_relations(
    result: DocumentResult,
    named: dict[tuple[str, int | None], Sentence],
    gazetteer: Gazetteer,
    facts: _Facts,
) -> None:
    """partOf between a division and the division that contains it (成都市 in 四川省), or
    an agency and its ministry, when one article names both: the gazetteer says which
    contains which, the evidence is the sentences naming each. A place counts as named
    also inside an organization's name (四川 in 四川新闻网). Both must be in the same
    article: a bulletin naming 广州 in one story and 广东 in another says nothing of how
    they relate."""
    in_names: dict[tuple[str, int | None], Sentence] = {}
    for linked in result.mentions:
        # and a site's (成都 in 成都天府国际机场, which the gazetteer puts in 成都市)
        named_entity = result.entities[linked.entity_key]
        if named_entity.type != "Organization" and not (
            named_entity.type == "Place" and named_entity.subtype in ("Place", "Region")
        ):
            continue
        sentence = named.get((linked.entity_key, linked.article))
        # every place the name begins with, as written (江苏省宿迁市中级人民法院, whose
        # label is 宿迁市中级人民法院), in brackets too (中国（海南）自由贸易试验区)
        place, rest = gazetteer.leading_place(linked.mention.text)
        if place is None and named_entity.subtype == "Company":
            # 国能|宁夏|灵武|发电有限公司, 大唐|山东|…: the places after a group's brand
            place, rest = gazetteer.leading_place(linked.mention.text[2:])
        while place is not None and sentence is not None:
            in_names.setdefault((place.key, linked.article), sentence)
            place, rest = gazetteer.leading_place(rest[1:] if rest.startswith("（") else rest)
    everything = {**in_names, **named}
    for (key, article), sentence in sorted(everything.items(), key=lambda item: (item[0][0], item[0][1] or -1)):
        entity = result.entities.get(key)
        if entity is None or entity.type not in ("Place", "Organization") or not entity.parent:
            continue
        # 江苏省昆山市: where the direct parent (苏州市) goes unnamed, the nearest ancestor
        # the article names contains it (a county-level city in its province)
        parent_key: str | None = entity.parent
        for _ in range(2):
            if parent_key is None or (parent_key, article) in everything:
                break
            above = gazetteer.entries.get(parent_key)
            parent_key = above.parent if above is not None and above.type == "Place" else None
        parent_sentence = everything.get((parent_key, article)) if parent_key is not None else None
        if parent_key is None or parent_sentence is None:
            continue
        parent = result.entities.get(parent_key)
        if parent is None and (entry := gazetteer.entries.get(parent_key)) is not None:
            parent = result.entities[entry.key] = entity_from_entry(entry)
        if parent is None or parent.subtype == "Country":
            continue
        # 成都市 partOf 四川省, a division within a division; 故宫 locatedIn 北京市, a site in one
        # (太湖, 洞庭湖, 九龙江: a lake, river or mountain lies in a province, no part of
        # its administration, and may cross into the next)
        natural = entity.subtype == "Region" and _NATURAL_FEATURE.search(entity.label) is not None
        predicate = (
            "locatedIn"
            if entity.type == "Place" and (entity.subtype not in _DIVISION_SUBTYPES or natural)
            else "partOf"
        )
        # 德清县莫干山镇: a township no gazetteer knows is in the place it was written after
        rule = "gazetteer-hierarchy" if key in gazetteer.entries else "place-after-place"
        for where in (sentence, parent_sentence):
            evidence = Evidence(result.document.id, article, where.text, where.start, where.end, rule)
            facts.add(key, predicate, parent.key, evidence)


def _anaphors(result: DocumentResult, starts: list[int]) -> dict[int, list[LinkedMention]]:
    """该中心, 该公司, 该局: a body referred to by 该 and its kind, as the last body of
    that kind the article named before, by the index of the sentence it is in. Relations
    read through them (该中心由广东省人民政府设立, 该局局长张三); they are no mentions of
    the graph (该中心 is no name)."""
    text = result.document.text
    mentions = result.mentions  # in the order of the text
    mention_starts = [linked.mention.start for linked in mentions]
    found: dict[int, list[LinkedMention]] = defaultdict(list)
    antecedent_sentence_start = 0
    matches = [*_ANAPHOR.finditer(text), *_bare_anaphors(text)] if "该" in text else _bare_anaphors(text)
    for match in matches:
        article = result.document.article_at(match.start())
        number = article.number if article is not None else None
        named = match.groupdict()
        group = next(name for name in ("kind", "unit", "its", "session") if named.get(name))
        kind = _BARE_KINDS.get(match[group], match[group])
        endings = _ANAPHOR_KINDS[kind]
        antecedent = None
        bare = match.re is _BARE_ANAPHOR
        by_brand: LinkedMention | None = None  # a known company by its brand, kept while a name of the kind may come
        for index in range(bisect_left(mention_starts, match.start()) - 1, -1, -1):
            linked = mentions[index]  # (walked back by index: a slice would copy the mentions)
            if linked.article != number:
                break
            if antecedent is not None and linked.mention.start < antecedent_sentence_start:
                break
            if by_brand is not None and linked.mention.start < sentence_start(text, by_brand.mention.start):
                break
            entity = result.entities[linked.entity_key]
            if group == "session" and not _HOLDS_SESSION.match(text, linked.mention.end):
                continue  # (全国人大常委会副委员长 … 中央委员会全体会议。会议审议通过: no session of it)
            if not bare and _UNNAMED_OF_A_KIND.search(text, linked.mention.end, match.start()):
                by_brand = None
                break  # 曹县某服饰有限公司在淘宝平台…对该公司: the body left unnamed, none of the names
            if bare and _ANOTHER_BODY_BOUGHT.search(text, linked.mention.end, match.start()):
                break  # 比亚迪收购了一家电池企业。|公司位于…: the company bought, unnamed
            named_by_kind = entity.label.endswith(endings) or (
                # 江苏江阴农村商业银行股份有限公司 … 该行: a bank by its legal form
                kind == "行" and "银行" in entity.label and entity.label.endswith("公司")
            )
            if entity.type == "Organization" and (
                named_by_kind
                # 腾讯 … 该公司: a known company by its brand
                or (kind in ("公司", "集团") and entity.subtype == "Company")
            ):
                if not bare and not named_by_kind:
                    # 查获恒远公司出口的侵犯阿迪达斯商标权的运动鞋，对该公司: a company named
                    # as one (…公司) in the same sentence before the brand is the one meant
                    by_brand = by_brand or linked
                    continue
                if (
                    not bare
                    and linked.mention.start < starts[bisect_right(starts, match.start()) - 1]
                    and _listed_with_its_kind(result, index, endings)
                ):
                    # 三亚…管理局、海口江东新区管理局已…。该局: not one of a list of an earlier
                    # sentence, the body named before (but 参观五邑大学及江门市第一中学，见证该校: the last)
                    continue
                if not bare:
                    antecedent = linked
                    break
                # 华为技术有限公司与中兴通讯股份有限公司签署协议。公司董事长: a kind alone opening
                # a sentence is the body of that kind the last sentence naming one named, when
                # it named only one
                if antecedent is not None and antecedent.entity_key != linked.entity_key:
                    antecedent = None
                    break
                antecedent = linked
                antecedent_sentence_start = starts[bisect_right(starts, linked.mention.start) - 1]
        antecedent = antecedent or by_brand
        if antecedent is None:
            continue
        sentence = bisect_right(starts, match.start()) - 1
        start = match.start(group) if match.re is _BARE_ANAPHOR else match.start()
        mention = Mention(result.document.id, start, match.end(), text[start : match.end()], "Organization", "anaphor")
        found[sentence].append(LinkedMention(mention, antecedent.entity_key, number))
    return found


def _listed_with_its_kind(result: DocumentResult, index: int, endings: tuple[str, ...]) -> bool:
    """Whether the mention at ``index`` is listed (、, 和, 及, 与) with a body of its own
    kind right before or after it (三亚崖州湾科技城管理局、海口江东新区管理局)."""
    mentions, text = result.mentions, result.document.text
    here = mentions[index].mention
    for other_index in (index - 1, index + 1):
        if not 0 <= other_index < len(mentions):
            continue
        other = mentions[other_index]
        first, second = (other.mention, here) if other_index < index else (here, other.mention)
        if (
            text[first.end : second.start] in _LIST_JOINERS_OF_BODIES
            and result.entities[other.entity_key].type == "Organization"
            and result.entities[other.entity_key].label.endswith(endings)
        ):
            return True
    return False


#: What joins two bodies of a list (a table of its own: mypyc compiles no starred tuple inside a test).
_LIST_JOINERS_OF_BODIES = (*_LIST_JOINERS_NOT_WITH, "与")
#: A body left unnamed (某公司, 某服饰有限公司, 一家企业): what 该公司 after it refers to.
_UNNAMED_OF_A_KIND = re.compile(r"某[\u4e00-\u9fff]{0,12}?(?:公司|企业|集团|医院|学校|机构|银行)")

#: A sentence of a biography that leaves its subject out or names it by a pronoun (曾任…,
#: 历任…, 2021年起任…, 她曾担任…, 此前他担任…): the person is the one the sentences before
#: are about.
_CAREER_WITHOUT_NAME = re.compile(
    r"[ \t\u3000]*(?:此前[，,]?|目前[，,]?|其后[，,]?|后)?(?P<pronoun>他|她)?"
    r"(?:(?(pronoun)(?:曾|曾经|先后|此前|现|目前|还|也|历)?(?:任|担任|兼任|出任)|(?!))"
    r"|(?P<verb>曾任|曾担任|曾经担任|历任|先后任|先后担任|现任|现担任|现为|现系)"
    r"|\d{4}年(?:\d{1,2}月)?(?:起|至今|以来)?[，,]?(?P<since>任|担任|出任))"
)

#: A body's second name or acronym in brackets right after its name (（四川省投资促进局）,
#: （GDS）): an organization's name ending as one does, or Latin letters.
_SECOND_NAME_IN_BRACKETS = re.compile(
    r"[（(](?:[\u4e00-\u9fff]{2,20}(?:局|厅|委|办|办公室|委员会|中心|院|署|部)|[A-Za-z][A-Za-z&*.\-]{1,15})[）)]"
)

#: A clause of a career that opens with the date a post was taken (2012年2月任…), and a
#: later step of that career (2016年9月任…, 2023年9月退休, 2022年10月退出领导岗位).
_DATED_POST = re.compile(r"\s*\d{4}\s*年(?:\s*\d{1,2}\s*月)?\s*(?:起|至今)?\s*[，,]?\s*(?:任|担任|出任|调任|起任)")
_LATER_CAREER_STEP = re.compile(
    r"\d{4}\s*年(?:\s*\d{1,2}\s*月)?\s*(?:起)?\s*[，,]?\s*(?:任|担任|出任|调任|退休|离任)|退休|离任|退出领导岗位|退出现职"
)

#: What follows a name opening a biography: a comma, or 简历 and a colon (潘建军简历：男，…).
_OPENS_BIOGRAPHY = re.compile(r"(?:同志)?(?:简历|个人简历)?[，,：:]")
#: What may come before a name opening a biography: where it is from (公开简历显示，张建国，
#: 男，…; 据公开资料，杨宏伟，男，…).
_BIOGRAPHY_SOURCE = re.compile(r"\s*(?:据)?(?:公开)?(?:简历|资料|公开资料)(?:显示)?\s*[，,：:]\s*")
#: A biography's sentence that opens with a pronoun and something else said of the person,
#: then the posts held (他长期在湖南工作，曾任…).
_CAREER_AFTER_PRONOUNS_CLAUSE = re.compile(
    r"[ \t\u3000]*(?P<pronoun>他|她)[^，,。；;]{1,20}[，,]\s*(?P<verb>曾任|曾担任|历任|先后任|先后担任)"
)

#: A later clause about the sentence's person by a pronoun (…主任，此前她担任…局长).
_CAREER_OF_PRONOUN = re.compile(
    r"[，,；]\s*(?:此前|目前|其后|后来|随后|之后)?[，,]?(?P<pronoun>他|她)(?:曾|曾经|先后|此前|现|目前|还|也|历)?(?:任|担任|兼任|出任)"
)


def _carried_subjects(
    result: DocumentResult, sentence_list: list[Sentence], by_sentence: Mapping[int, list[LinkedMention]]
) -> dict[int, list[LinkedMention]]:
    """曾任贵阳市人民政府副市长… after 张伟，男，汉族，1970年生。, 她曾担任… after a sentence
    about 李娜, …主任，此前她担任…: the person a career sentence or clause without a name
    is about, as a mention where it begins (its pronoun, or no characters before its verb),
    by the sentence's index, so that its posts are read as if it named the person. The
    person is the one whose name and a comma open the last sentence naming anyone, in the
    same paragraph (a biography's first words), or for a pronoun the only person that
    sentence (or the clauses before it) names."""
    found: dict[int, list[LinkedMention]] = {}
    text = result.document.text
    for index in by_sentence:
        sentence = sentence_list[index]
        if "他" in sentence.text or "她" in sentence.text:
            for clause in _CAREER_OF_PRONOUN.finditer(text, sentence.start, sentence.end):
                named = [
                    linked
                    for linked in by_sentence[index]
                    if linked.mention.end <= clause.start() and result.entities[linked.entity_key].type == "Person"
                ]
                if len({linked.entity_key for linked in named}) == 1:
                    start, end = clause.span("pronoun")
                    mention = Mention(result.document.id, start, end, text[start:end], "Person", "carried-subject")
                    found.setdefault(index, []).append(LinkedMention(mention, named[0].entity_key, named[0].article))
        match = _CAREER_WITHOUT_NAME.match(text, sentence.start) or _CAREER_AFTER_PRONOUNS_CLAUSE.match(
            text, sentence.start
        )
        if (
            match is None
            or index == 0
            or any(
                linked.mention.start < match.end() and result.entities[linked.entity_key].type == "Person"
                for linked in by_sentence[index]
            )
        ):
            continue
        # (张伟，男，…。1992年参加工作。曾任…: over sentences naming no one, up to eight;
        # the sentences of a biography are one paragraph, see below)
        before: list[LinkedMention] = []
        for earlier in range(index - 1, max(index - 9, -1), -1):
            before = [
                linked for linked in by_sentence.get(earlier, ()) if result.entities[linked.entity_key].type == "Person"
            ]
            if before:
                break
        if not before or before[0].article != by_sentence[index][0].article:
            continue
        previous = sentence_list[earlier]
        person = before[0]
        if "\n" in text[previous.end : sentence.start]:
            continue  # (a paragraph's first sentence: no one to take)
        if match["pronoun"]:
            if len({linked.entity_key for linked in before}) > 1:
                continue
        else:
            # (现将拟任职干部情况予以公示：⏎王建民，男，…: the name opens its line)
            opening = max(previous.start, text.rfind("\n", previous.start, person.mention.start) + 1)
            lead = text[opening : person.mention.start]
            if (lead.strip() and not _BIOGRAPHY_SOURCE.fullmatch(lead)) or not _OPENS_BIOGRAPHY.match(
                text, person.mention.end
            ):
                continue
        if match.re is _CAREER_AFTER_PRONOUNS_CLAUSE:
            start = end = match.start("verb")  # (他长期在湖南工作，|曾任: the person before the verb)
        else:
            # (2019年起任: where the post is said, the person before its verb)
            start = match.start("pronoun") if match["pronoun"] else match.start("verb" if match["verb"] else "since")
            end = match.end("pronoun") if match["pronoun"] else start
        mention = Mention(result.document.id, start, end, text[start:end], "Person", "carried-subject")
        found.setdefault(index, []).append(LinkedMention(mention, person.entity_key, person.article))
    return found


def relate(
    result: DocumentResult, *, gazetteer: Gazetteer | None = None, words: Mapping[str, int] | None = None
) -> DocumentResult:
    """Add the relations of one document to ``result`` and return it. ``words`` are the
    word counts of the tokenizer's dictionary (jieba's ``FREQ``), by which a body whose
    name begins with another's is told from one whose name begins with a longer word
    (中国银行|业协会); without them every such head counts.

    Examples
    --------
    >>> from kg.ingest import make_document
    >>> from kg.model import DocumentResult, Entity, LinkedMention, Mention
    >>> doc = make_document("d", "华为与腾讯签署合作协议。", path="d")
    >>> result = DocumentResult(doc, entities={
    ...     "hw": Entity("hw", "Organization", "华为", "Company"),
    ...     "tx": Entity("tx", "Organization", "腾讯", "Company")})
    >>> result.mentions = [
    ...     LinkedMention(Mention("d", 0, 2, "华为", "Organization", "test"), "hw", 1),
    ...     LinkedMention(Mention("d", 3, 5, "腾讯", "Organization", "test"), "tx", 1)]
    >>> [(r.subject, r.predicate, r.object) for r in relate(result).relations]
    [('hw', 'cooperatesWith', 'tx'), ('hw', 'coOccursWith', 'tx')]
    """
    gazetteer = gazetteer or default_gazetteer()
    text = result.document.text
    sentence_list = sentences(text)
    starts = [sentence.start for sentence in sentence_list]
    # The mentions of each sentence, by the sentence's index (which hashes much faster
    # than the sentence).
    by_sentence: dict[int, list[LinkedMention]] = defaultdict(list)
    for linked in result.mentions:
        index = bisect_right(starts, linked.mention.start) - 1
        if index >= 0 and linked.mention.start < sentence_list[index].end:
            by_sentence[index].append(linked)
    outlets = _article_outlets(result)
    anaphors = _anaphors(result, starts)
    for index, carried in _carried_subjects(result, sentence_list, by_sentence).items():
        anaphors.setdefault(index, []).extend(carried)
    facts = _Facts()
    first_sentence: dict[str, tuple[Sentence, int | None]] = {}
    named: dict[tuple[str, int | None], Sentence] = {}
    pairs: dict[tuple[str, str], list[Evidence]] = defaultdict(list)
    for index, linked_mentions in sorted(by_sentence.items()):
        sentence = sentence_list[index]
        article = linked_mentions[0].article
        if article is None and result.document.articles:
            # Front matter of a bulletin (its table of contents) lists the articles' titles
            # side by side: entities named there are not related by being there.
            continue
        for linked in linked_mentions:
            # The first sentence naming an entity, in an article rather than in the front
            # matter (a table of contents) when there is one.
            known = first_sentence.get(linked.entity_key)
            if known is None or (known[1] is None and article is not None):
                first_sentence[linked.entity_key] = (sentence, article)
            named.setdefault((linked.entity_key, article), sentence)
        in_sentence = linked_mentions + anaphors[index] if index in anaphors else linked_mentions
        if "记者" not in text[sentence.start : sentence.end] and any(
            _is_dateline_outlet(text, sentence.start, m) for m in in_sentence[:2]
        ):
            # 【明报专讯】行政长官李家超…, 新华社北京5月14日电 …双方签署…: the outlet of a
            # dateline says where the news comes from, no party to what it tells (but the
            # paper of the reporters its byline names: 新华社联合国5月3日电（记者潘丽君）)
            in_sentence = [m for m in in_sentence if not _is_dateline_outlet(text, sentence.start, m)]
        _SentenceFacts(result, sentence, in_sentence, facts, gazetteer, outlets.get(article)).run()
        keys = sorted({m.entity_key for m in linked_mentions})
        if len(keys) > MOST_ENTITIES_COOCCURRING:
            continue
        evidence = Evidence(result.document.id, article, sentence.text, sentence.start, sentence.end, "same-sentence")
        for pair in combinations(keys, 2):
            pairs[pair].append(evidence)
    _name_relations(result, first_sentence, facts, gazetteer, words or {})
    _hierarchy_relations(result, named, gazetteer, facts)
    facts.without_posts_held_before()
    result.relations.extend(facts.relations())
    for (first, second), pieces in sorted(pairs.items()):
        result.relations.append(Relation(first, "coOccursWith", second, tuple(pieces)))
    return result
