"""Gazetteers: the lists of known places, organizations and technologies, and rule lists.

Everything is loaded once per process from ``ontology/gazetteers`` (tab-separated files
with the columns ``id type label_zh label_en aliases parent lat lon source`` and the SKOS
vocabulary ``technology.ttl``) and ``ontology/rules`` (surnames, titles, organization
suffixes and words that are never entities).
"""

from __future__ import annotations

import csv
import logging
import re
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

import ahocorasick

from kg.resources import ontology_dir

log = logging.getLogger(__name__)

PLACE_SUBTYPES = frozenset({"Country", "Province", "City", "District", "Region", "Place"})
ORGANIZATION_SUBTYPES = frozenset(
    {
        "Organization",
        "GovernmentOrganization",
        "Company",
        "ResearchOrganization",
        "University",
        "MediaOutlet",
        "InternationalOrganization",
        "PoliticalOrganization",
    }
)
#: The header of every gazetteer table (`ontology/gazetteers/*.tsv`).
COLUMNS = ["id", "type", "label_zh", "label_en", "aliases", "parent", "lat", "lon", "source"]
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
#: The levels of China's divisions as their names end (成都市, 四川省, 朝阳区).
_LEVELS = frozenset("省市县区旗")
#: Bodies every country has, which news writes after a country's one character (英外交部,
#: 美国务院 for the State Department, 日外务省): the extractor finds them so, and the
#: linker names them with the country in full.
MINISTRIES_OF_EVERY_COUNTRY = frozenset(
    [
        "外交部",
        "国防部",
        "财政部",
        "商务部",
        "司法部",
        "内政部",
        "国务院",
        "外务省",
        "防卫省",
        "国会",
        "议会",
        "内阁",
        "央行",
    ]
)
#: An acronym of capitals (and digits or &) of three or more characters: IMF, AT&T, G20.
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{2,}")
#: Acronyms whose lower-case spelling is an English word or name, which a text means as
#: that word, or a part of web addresses (www, cas of www.cas.cn).
_ENGLISH_WORDS = frozenset(["who", "its", "sap", "abs", "etc", "ana", "tee", "ids", "rand", "ted", "www", "cas"])
#: A county-level name: the place's own name, then any ethnic groups, then the kind.
_DISTRICT_NAME = re.compile(r"^([\u4e00-\u9fff]{2,}?)(?:[\u4e00-\u9fff]{1,4}族)*(?:自治)?[县市区旗]$")
#: China's 55 ethnic minorities, as the names of autonomous divisions write them.
ETHNIC_GROUPS = [
    "蒙古",
    "回",
    "藏",
    "维吾尔",
    "苗",
    "彝",
    "壮",
    "布依",
    "朝鲜",
    "满",
    "侗",
    "瑶",
    "白",
    "土家",
    "哈尼",
    "哈萨克",
    "傣",
    "黎",
    "傈僳",
    "佤",
    "畲",
    "高山",
    "拉祜",
    "水",
    "东乡",
    "纳西",
    "景颇",
    "柯尔克孜",
    "土",
    "达斡尔",
    "仫佬",
    "羌",
    "布朗",
    "撒拉",
    "毛南",
    "仡佬",
    "锡伯",
    "阿昌",
    "普米",
    "塔吉克",
    "怒",
    "乌孜别克",
    "俄罗斯",
    "鄂温克",
    "德昂",
    "保安",
    "裕固",
    "京",
    "塔塔尔",
    "独龙",
    "鄂伦春",
    "赫哲",
    "门巴",
    "珞巴",
    "基诺",
]
#: An autonomous division's name: its own name, its peoples (with or without 族, or 各族
#: for all of them), then 自治 and its kind (恩施土家族苗族自治州, 石柱土家族自治县,
#: 伊犁哈萨克自治州, 龙胜各族自治县).
AUTONOMOUS_NAME = re.compile(
    "^(?P<own>[\u4e00-\u9fff]{2,}?)(?:(?:" + "|".join(sorted([*ETHNIC_GROUPS, "各"], key=len, reverse=True)) + ")族?)+"
    "自治(?P<kind>[县州旗])$"
)
#: How many of the single surnames at the head of ``surnames.txt`` (most frequent
#: first) count as the commonest.
COMMON_SURNAMES = 100
_SKOS = "http://www.w3.org/2004/02/skos/core#"


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One known thing with all the names it goes by."""

    key: str
    type: str
    """``Organization``, ``Place``, ``Technology``, ``Person`` or ``Event``."""
    subtype: str
    label: str
    label_en: str | None
    aliases: tuple[str, ...]
    parent: str | None
    lat: float | None
    lon: float | None
    concept_iri: str | None = None
    former: bool = False
    """A division since renamed, merged or abolished (its source gives the years it was
    used, ``used 1983-1986``)."""

    @property
    def names(self) -> tuple[str, ...]:
        """Every surface form: label, English label and aliases."""
        return tuple(dict.fromkeys(n for n in (self.label, self.label_en, *self.aliases) if n))


def read_rows(path: Path) -> list[dict[str, str]]:
    """The rows of one gazetteer TSV file as they are written, for scripts that change it."""
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream, delimiter="\t"))


def write_rows(path: Path, rows: list[dict[str, str]]) -> None:
    """Write ``rows`` back to a gazetteer TSV file, in kg's column order."""
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def names_in_tables(directory: Path, leaving_out: Path | None = None) -> set[str]:
    """Every label and alias of the gazetteer TSV files in ``directory`` (but ``leaving_out``)."""
    names = set()
    for table in directory.glob("*.tsv"):
        if table != leaving_out:
            for row in read_rows(table):
                names.add(row["label_zh"])
                names.update(a for a in row["aliases"].split("|") if a)
    return names


def main_type(subtype: str) -> str:
    """The top-level entity type of a gazetteer ``type`` column value."""
    if subtype in PLACE_SUBTYPES:
        return "Place"
    if subtype in ORGANIZATION_SUBTYPES:
        return "Organization"
    if subtype in ("Technology", "Person", "Event"):
        return subtype
    raise ValueError(f"unknown gazetteer type {subtype!r}")


def _float(value: str) -> float | None:
    try:
        return float(value) if value.strip() else None
    except ValueError:
        return None


def _is_latin_letter(character: str) -> bool:
    return character.isascii() and character.isalpha()


#: The years a former division was used, as its source gives them (``used -1986``).
_USED_UNTIL = re.compile(r"\bused \d*-\d{4}$")


def read_tsv(path: Path) -> list[GazetteerEntry]:
    """Entries of one gazetteer TSV file."""
    entries = []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        if reader.fieldnames != COLUMNS:
            raise ValueError(f"{path}: header must be {' '.join(COLUMNS)}")
        for row in reader:
            label = (row["label_zh"] or row["label_en"] or "").strip()
            if not row["id"] or not label:
                continue
            entries.append(
                GazetteerEntry(
                    key=row["id"].strip(),
                    type=main_type(row["type"].strip()),
                    subtype=row["type"].strip(),
                    label=label,
                    label_en=(row["label_en"] or "").strip() or None,
                    aliases=tuple(a.strip() for a in (row["aliases"] or "").split("|") if a.strip()),
                    parent=(row["parent"] or "").strip() or None,
                    lat=_float(row["lat"] or ""),
                    lon=_float(row["lon"] or ""),
                    former=_USED_UNTIL.search(row.get("source") or "") is not None,
                )
            )
    return entries


def read_skos(path: Path) -> list[GazetteerEntry]:
    """Technology entries of a SKOS concept scheme (prefLabel, altLabel, broader)."""
    from rdflib import Graph, URIRef

    graph = Graph()
    graph.parse(path, format="turtle")
    pref, alt, broader = (URIRef(_SKOS + name) for name in ("prefLabel", "altLabel", "broader"))
    concept_class = URIRef(_SKOS + "Concept")
    rdf_type = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    entries = []
    for concept in sorted(graph.subjects(rdf_type, concept_class)):
        labels = {str(label.language or ""): str(label) for label in graph.objects(concept, pref)}
        zh = labels.get("zh") or labels.get("zh-cn") or labels.get("")
        en = labels.get("en")
        if not (zh or en):
            continue
        parents = sorted(str(p) for p in graph.objects(concept, broader))
        key = "tech-" + str(concept).rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
        entries.append(
            GazetteerEntry(
                key=key,
                type="Technology",
                subtype="Technology",
                label=zh or en or "",
                label_en=en,
                aliases=tuple(sorted({str(a) for a in graph.objects(concept, alt)})),
                parent=("tech-" + parents[0].rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]) if parents else None,
                lat=None,
                lon=None,
                concept_iri=str(concept),
            )
        )
    return entries


def read_word_list(path: Path) -> list[list[str]]:
    """Rows of a rule list: one entry per line, tab-separated columns, ``#`` comments."""
    if not path.is_file():
        log.warning("rule list %s is missing", path)
        return []
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            rows.append([cell.strip() for cell in line.split("\t")])
    return rows


@dataclass(frozen=True, slots=True)
class Suffix:
    """A word that ends an organization name, with the class it suggests."""

    text: str
    subtype: str
    strong: bool


#: The endings of the names of towns abroad whose government is named without 市 (东京都政府,
#: 花莲县政府, 平昌郡政府).
_KINDS_OF_TOWNS_ABROAD = ("市", "都", "城", "县", "郡", "区", "州", "省")
#: Countries whose cities are states of their own, governed as such (迪拜政府, the emirate's).
_STATES_OF_CITIES = frozenset(["iso-ae"])
#: Divisions the mainland's lists count in Fujian or as Taiwan province that Taiwan's
#: authorities govern, whose governments are no people's governments.
_GOVERNED_FROM_TAIPEI = frozenset(["cn-350527", "cn-710000"])


class Gazetteer:
    """All known names, searchable at once with an Aho-Corasick automaton.

    Build it with :func:`load_gazetteer`; it is immutable after construction.
    """

    def __init__(
        self,
        entries: list[GazetteerEntry],
        *,
        surnames: frozenset[str] = frozenset(),
        common_surnames: frozenset[str] = frozenset(),
        titles: dict[str, str] | None = None,
        suffixes: tuple[Suffix, ...] = (),
        not_entities: frozenset[str] = frozenset(),
        abbreviations: dict[str, tuple[str, ...]] | None = None,
        given_name_counts: dict[str, int] | None = None,
        japanese_surnames: frozenset[str] = frozenset(),
        pinyin_syllables: frozenset[str] = frozenset(),
        surname_pinyin: frozenset[str] = frozenset(),
        tibetan_name_parts: frozenset[str] = frozenset(),
        mongolian_name_parts: frozenset[str] = frozenset(),
        yi_clan_names: frozenset[str] = frozenset(),
        yi_given_names: frozenset[str] = frozenset(),
        companies_by_context: dict[str, str] | None = None,
    ) -> None:
        self.entries: dict[str, GazetteerEntry] = {}
        for entry in entries:
            if entry.key in self.entries:
                log.warning("duplicate gazetteer id %s: keeping the first", entry.key)
                continue
            self.entries[entry.key] = entry
        self.surnames = surnames
        self.compound_surnames = frozenset(s for s in surnames if len(s) > 1)
        self.common_surnames = common_surnames
        self.titles = titles or {}
        self.suffixes = suffixes
        self.suffix_by_text = {s.text: s for s in suffixes}
        self.not_entities = not_entities
        self.given_name_counts = given_name_counts or {}
        self.japanese_surnames = japanese_surnames
        self.pinyin_syllables = pinyin_syllables
        """Every toneless pinyin syllable (liu, lie, hong), for Chinese names written in English."""
        self.surname_pinyin = surname_pinyin
        """The pinyin of Chinese surnames, capitalised (Liu, Ouyang)."""
        self.tibetan_name_parts = tibetan_name_parts
        self.mongolian_name_parts = mongolian_name_parts
        self.yi_clan_names = yi_clan_names
        """Yi clan names (吉克, 沙马), which begin Yi personal names before a given name."""
        self.yi_given_names = yi_given_names
        """Yi given names (阿呷, 拉且), which end Yi personal names after a clan name."""
        self.companies_by_context = {
            form: key for form, key in (companies_by_context or {}).items() if key in self.entries
        }
        """Short forms that are everyday words too (苹果, 小米, 大众) -> the company they
        name where the words around them say a company is meant."""
        self.by_name, self.namesakes = self._index_names()
        """Surface form -> entry key; and a place's name several places share at the
        same rank (朝阳区 of 北京 and of 长春) -> all their keys, for the linker to choose
        from by context (``by_name`` holds the first of them)."""
        self.automaton = self._build_automaton()
        # Every beginning of a known name: a run of words that is none of these can grow
        # into no name (how the extractor finds names between word boundaries).
        self.name_prefixes = frozenset(name[:length] for name in self.by_name for length in range(1, len(name) + 1))
        self.district_short_forms = self._district_short_forms()
        self.city_short_forms_withheld = {
            entry.label[:-1]: entry.key
            for entry in self.entries.values()
            if entry.subtype == "City"
            and entry.key.startswith("cn-")
            and entry.label.endswith("市")
            and len(entry.label) >= 3
            and entry.label[:-1] not in self.by_name
        }
        """A city's name without 市 that is no name of its own, since it is an ordinary word
        too (大同, 中山): the extractor reads it as the city only in a list of places."""
        self.district_names_by_parent, self._districts_by_name = self._district_names_by_parent()
        self.place_abbreviations = self._place_abbreviations(abbreviations or {})

    def _place_abbreviations(self, names: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        """One-character abbreviation (美, 沪) -> the keys of the places it may stand for,
        from the full names of ``rules/place_abbreviations.txt``."""
        found = {}
        for character, places in names.items():
            keys = []
            for name in places:
                entry = self.lookup(name)
                if entry is None or entry.type != "Place":
                    log.warning("place abbreviation %s: %s is no known place", character, name)
                else:
                    keys.append(entry.key)
            if keys:
                found[character] = tuple(keys)
        return found

    def _index_names(self) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
        """Surface form -> entry key. A form claimed by several entries goes to the
        most important one (label beats alias; higher administrative level beats lower).
        When they tie, it goes to none if they are things of different types, and is a
        namesake of theirs if they are of one type (two districts named 朝阳区)."""
        rank = {"Country": 0, "Region": 1, "Province": 1, "City": 2, "District": 3}
        claims: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for entry in self.entries.values():
            for name in entry.names:
                # rules/not_entities.txt lists words that are no names (中华 is no place);
                # a technology's label names a concept, not a person or place (博客, which
                # jieba calls a name, is the blog).
                if (name in self.not_entities and entry.type != "Technology") or len(name) < 2:
                    continue
                is_alias = 0 if name in (entry.label, entry.label_en) else 1
                claims[name].append((is_alias, rank.get(entry.subtype, 1), entry.key))
        index: dict[str, str] = {}
        namesakes: dict[str, tuple[str, ...]] = {}
        for name, owners in claims.items():
            owners.sort()
            if len(owners) > 1 and owners[0][:2] == owners[1][:2] and owners[0][2] != owners[1][2]:
                tied = tuple(dict.fromkeys(key for is_alias, rank, key in owners if (is_alias, rank) == owners[0][:2]))
                if len({self.entries[key].type for key in tied}) > 1:
                    log.debug("ambiguous name %s: %s", name, tied)
                    continue
                # 朝阳区 of 北京 and of 长春: still a place's name, which the linker
                # resolves by the places around it (see namesakes).
                namesakes[name] = tied
            index[name] = owners[0][2]
        # imf, wto, nba: some corpora (People's Daily's among them) lower-case Latin
        # letters; an acronym of three or more letters is its own name so written, unless
        # that spelling is an English word (who, its, sap).
        for name, key in list(index.items()):
            lowered = name.lower()
            if _ACRONYM.fullmatch(name) and lowered not in index and lowered not in _ENGLISH_WORDS:
                index[lowered] = key
        return index, namesakes

    def _district_short_forms(self) -> dict[str, str]:
        """County-level names without their kind (砀山 for 砀山县, 长阳 for
        长阳土家族自治县) -> entry key. They are not names of their own, since many are
        ordinary words too (和平, 通道); the extractor accepts one only where jieba
        reads the word as a place."""
        forms: dict[str, list[str]] = defaultdict(list)
        # 中山 is 中山市 (a city) before Dalian's 中山区, even where the city's own short
        # form is left out as a word (Sun Yat-sen's name)
        cities = {e.label[:-1] for e in self.entries.values() if e.subtype == "City" and e.label.endswith("市")}
        for entry in self.entries.values():
            if entry.subtype != "District" or entry.key.startswith("geo-tw-"):
                # (Taiwan's districts by their labels only: 香山, 板桥, 淡水 name hills, towns
                # and a river of the mainland more often)
                continue
            match = _DISTRICT_NAME.match(entry.label)
            if (
                match
                and match.group(1) not in self.by_name
                and match.group(1) not in self.not_entities
                and match.group(1) not in cities
                # (北站 of 北站区: a railway station's name more than a district's)
                and not match.group(1).endswith("站")
            ):
                forms[match.group(1)].append(entry.key)
        return {form: keys[0] for form, keys in forms.items() if len(keys) == 1}

    def district_of(self, parent_key: str, name: str) -> GazetteerEntry | None:
        """The county-level division of ``parent_key`` (a city, or a province through its
        cities) named ``name`` without its kind (杭州市, 余杭 -> 余杭区; 四川省, 汶川 ->
        汶川县), if there is exactly one."""
        found = self._districts_by_name.get((parent_key, name), ())
        return self.entries[found[0]] if len(found) == 1 else None

    def _district_names_by_parent(
        self,
    ) -> tuple[dict[str, frozenset[str]], dict[tuple[str, str], tuple[str, ...]]]:
        """Prefecture or province key -> the names of its county-level divisions without
        their kind (连云港市 -> 海州, 连云, 赣榆, ...): inside one city a short name is
        unambiguous even where another city has a district of that name too; and
        (prefecture or province key, such a name) -> the keys of the divisions so named."""
        keys: dict[tuple[str, str], list[str]] = defaultdict(list)
        for entry in self.entries.values():
            if entry.subtype == "District" and entry.parent and (match := _DISTRICT_NAME.match(entry.label)):
                keys[(entry.parent, match.group(1))].append(entry.key)
                # 四川|汶川: a province's counties too, through their prefecture
                parent = self.entries.get(entry.parent)
                if parent is not None and parent.parent and parent.parent != "iso-cn":
                    keys[(parent.parent, match.group(1))].append(entry.key)
        names: dict[str, set[str]] = defaultdict(set)
        for parent_key, name in keys:
            names[parent_key].add(name)
        return (
            {parent: frozenset(found) for parent, found in names.items()},
            {pair: tuple(found) for pair, found in keys.items()},
        )

    def _build_automaton(self) -> ahocorasick.Automaton:
        automaton = ahocorasick.Automaton()
        for name, key in self.by_name.items():
            automaton.add_word(name, (name, key))
        if len(automaton):
            automaton.make_automaton()
        return automaton

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """Every occurrence of a known name in ``text`` as ``(start, end, key)``,
        overlapping ones included; a name that begins or ends with a Latin letter only
        where it is not part of a longer Latin word (agi is not in Magic).

        >>> default_gazetteer().find("Magic Quadrant")
        []
        """
        if not len(self.automaton):
            return []
        found = []
        for end, (name, key) in self.automaton.iter(text):
            start = end + 1 - len(name)
            if (_is_latin_letter(name[0]) and start > 0 and _is_latin_letter(text[start - 1])) or (
                _is_latin_letter(name[-1]) and end + 1 < len(text) and _is_latin_letter(text[end + 1])
            ):
                continue
            found.append((start, end + 1, key))
        return found

    def lookup(self, name: str) -> GazetteerEntry | None:
        """The entry a surface form names, if any (the first of its namesakes, for a
        name several places share: what kind of thing it names is still known)."""
        key = self.by_name.get(name)
        return self.entries.get(key) if key else None

    def lookup_unambiguous(self, name: str) -> GazetteerEntry | None:
        """The entry a surface form names, if it names one thing only (not 朝阳区)."""
        return None if name in self.namesakes else self.lookup(name)

    def leading_place(self, name: str) -> tuple[GazetteerEntry | None, str]:
        """The longest known place that begins ``name`` (an organization's), and the
        rest of it; none where that place's short form is followed by another level
        (朝阳区教育局 is no body of 朝阳市, and 朝阳区 is a name two districts share).

        >>> place, rest = default_gazetteer().leading_place("成都市公安局")
        >>> place.label, rest
        ('成都市', '公安局')
        """
        for length in range(len(name) - 1, 1, -1):
            entry = self.lookup_unambiguous(name[:length])
            if entry is not None and entry.type == "Place":
                level = name[length]
                if name[length - 1] == "港" and level in "口澳务湾" and not name.startswith("口岸", length):
                    # 厦门|港务控股集团, 上海|港口管理局: the city and 港务 or 港口, not the
                    # port 厦门港 (but 天津港|口岸, the port's port of entry)
                    continue
                if (
                    name[:length] != entry.label
                    and level in _LEVELS
                    and not entry.label.endswith(level)
                    # (阿坝州|市场监管局: 市 begins a word, no level)
                    and not name.startswith(("市场", "区域", "县域"), length)
                ):
                    return None, name
                if (
                    entry.subtype in ("Region", "Place")
                    and (level in "镇乡" or name.startswith("街道", length))
                    and (name[length : length + 2] != "乡村")
                ):
                    # 莫干山镇政府: a township named after a mountain, lake or sight, which
                    # no gazetteer lists, is not that place (乡村 after one is rural life)
                    return None, name
                return entry, name[length:]
        return None, name

    def government_label(self, key: str) -> str:
        """The name of the government of the place ``key``: 成都市人民政府 (a people's
        government in mainland China), 香港特别行政区政府 and 日本政府 elsewhere;
        北京市朝阳区人民政府 with its city where another city has a district of that name
        (长春市朝阳区); 兴安盟行政公署 and 阿里地区行政公署 for a league or prefecture, whose
        government is an administrative office; 喀山市政府 for a city abroad named
        without its 市."""
        place = self.entries[key]
        if (
            place.subtype == "City"
            and not place.key.startswith("cn-")
            and not place.label.endswith(_KINDS_OF_TOWNS_ABROAD)
            and place.parent not in _STATES_OF_CITIES
        ):
            return place.label + "市政府"  # 喀山市政府, 纽约市政府: a city abroad, written with 市
        if not place.key.startswith("cn-") or place.label.endswith("特别行政区") or place.key in _GOVERNED_FROM_TAIPEI:
            return place.label + "政府"  # (金门县政府: a county Taiwan's authorities govern)
        if place.label.endswith(("盟", "地区")):
            return place.label + "行政公署"
        shared = place.label in self.namesakes and place.parent in self.entries
        return (self.entries[place.parent].label if shared else "") + place.label + "人民政府"

    def innermost_leading_place(self, label: str) -> tuple[GazetteerEntry | None, str]:
        """The innermost of the places a name begins with, each inside the one before, and
        the rest of the name: 安徽省合肥市蜀山区市场监督管理局 is in 蜀山区 (in 合肥市, in
        安徽省), and 市场监督管理局 is left."""
        place, rest = self.leading_place(label)
        while place is not None:
            inner, after = self.leading_place(rest)
            for length in (2, 3):
                # 北京市|朝阳区, 杭州市|西湖区: a district name two cities share, under its own
                # city (and not 西湖, the lake in 杭州市, which begins 西湖区 too)
                district = self.district_of(place.key, rest[:length])
                if (
                    district is not None
                    and rest.startswith(district.label)
                    and len(district.label) > len(rest) - len(after)
                ):
                    inner, after = district, rest[len(district.label) :]
            if inner is None or after == rest or place.key not in {a.key for a in self.ancestors(inner.key)}:
                return place, rest
            place, rest = inner, after
        return None, label

    def ancestors(self, key: str) -> list[GazetteerEntry]:
        """The chain of parents of an entry, nearest first."""
        chain, seen = [], {key}
        entry = self.entries.get(key)
        while entry and entry.parent and entry.parent not in seen:
            seen.add(entry.parent)
            entry = self.entries.get(entry.parent)
            if entry:
                chain.append(entry)
        return chain

    def outermost(self, keys: Collection[str]) -> set[str]:
        """Those of ``keys`` inside none of the others: of 赣州市 and its county-level
        city 瑞金市, 赣州市.

        >>> sorted(default_gazetteer().outermost({"cn-360700", "cn-360781", "cn-510100"}))
        ['cn-360700', 'cn-510100']
        """
        return {key for key in keys if not any(ancestor.key in keys for ancestor in self.ancestors(key))}


def with_autonomous_short_forms(entry: GazetteerEntry) -> GazetteerEntry:
    """An autonomous prefecture, county or banner with the short forms news uses: its own
    name and its kind (甘孜州 for 甘孜藏族自治州, 石柱县 for 石柱土家族自治县), and a
    prefecture's own name alone (西双版纳, 博尔塔拉), as a county's is not (长阳 is left
    to the extractor, which takes it only where jieba reads a place). Without the
    source's clipped aliases: those ending in 自治 (石柱土家族自治) and a prefecture's
    first two characters (西双 for 西双版纳; 黔西, for 黔西南, is another city's name).
    A former division keeps its names as they were: 海南州 is 青海省's 海南藏族自治州, not
    广东省's 海南黎族苗族自治州 of before 1988."""
    match = AUTONOMOUS_NAME.match(entry.label) if entry.key.startswith("cn-") and not entry.former else None
    if match is None:
        return entry
    own, kind = match["own"], match["kind"]
    aliases = [
        alias
        for alias in entry.aliases
        if not alias.endswith("自治") and not (len(alias) < len(own) and own.startswith(alias))
    ]
    for short in (own + kind, own) if kind == "州" else (own + kind,):
        if short not in aliases:
            aliases.append(short)
    return replace(entry, aliases=tuple(aliases))


def with_new_area_short_forms(entries: list[GazetteerEntry]) -> list[GazetteerEntry]:
    """The districts called new areas (浦东新区, 沈北新区) with the short form news uses,
    their own name (浦东, 沈北), instead of the source's clipped alias (浦东新); not a name
    another division's goes by without its kind (滨海 of 滨海县, also a word: 滨海城市)."""
    stems = {e.label[:-1] for e in entries if e.key.startswith("cn-") and e.label[-1:] in "县区市"}
    result = []
    for entry in entries:
        clipped, own = entry.label[:-1], entry.label[:-2]
        if entry.key.startswith("cn-") and entry.label.endswith("新区") and clipped in entry.aliases:
            aliases = [alias for alias in entry.aliases if alias != clipped]
            if len(own) >= 2 and own not in stems:
                aliases.append(own)
            entry = replace(entry, aliases=tuple(aliases))
        result.append(entry)
    return result


#: Words for a kind of land after a region's own name (库布其沙漠, 准噶尔盆地, 乌拉尔山脉).
_LANDFORM_WORDS = ("沙漠", "沙地", "盆地", "草原", "山脉", "戈壁")


def with_landform_short_forms(entries: list[GazetteerEntry]) -> list[GazetteerEntry]:
    """Deserts, basins, grasslands and mountain ranges with their own name alone, as news
    writes them once named (库布其 for 库布其沙漠, 准噶尔 for 准噶尔盆地; People's Daily tags
    准噶尔 in 准噶尔盆地 as the place): a name of three or more characters that no other
    entry has, and that begins with none (长江中下游 is the Yangtze's part, not a name)."""
    names = {name for entry in entries for name in entry.names}
    result = []
    for entry in entries:
        ending = next((word for word in _LANDFORM_WORDS if entry.label.endswith(word)), None)
        own = entry.label[: -len(ending)] if ending else ""
        if (
            entry.key.startswith("geo-")
            and len(own) >= 3
            and own not in names
            and not any(own[:length] in names for length in range(2, len(own)))
        ):
            entry = replace(entry, aliases=(*entry.aliases, own))
        result.append(entry)
    return result


#: A name of Chinese characters only.
_ALL_CHINESE = re.compile(r"[\u4e00-\u9fff]+")


def with_united_nations_prefix(entries: list[GazetteerEntry]) -> list[GazetteerEntry]:
    """The bodies of the United Nations system also by their names with 联合国 before
    them, as news writes many (联合国世界粮食计划署 for 世界粮食计划署, 联合国粮农组织
    for its short form 粮农组织), where no other entry goes by that name."""
    parents = {entry.key: entry.parent for entry in entries}
    taken = {name for entry in entries for name in entry.names}

    def in_the_system(key: str | None) -> bool:
        seen = 0
        while key and seen < 8:
            if key == "org-un":
                return True
            key, seen = parents.get(key), seen + 1
        return False

    result = []
    for entry in entries:
        if entry.type == "Organization" and entry.key != "org-un" and in_the_system(entry.parent):
            prefixed = [
                "联合国" + name
                for name in (entry.label, *entry.aliases)
                if not name.startswith("联合国") and _ALL_CHINESE.fullmatch(name) and "联合国" + name not in taken
            ]
            if prefixed:
                entry = replace(entry, aliases=(*entry.aliases, *prefixed))
        result.append(entry)
    return result


def with_hyphen_variants(entries: list[GazetteerEntry]) -> list[GazetteerEntry]:
    """People whose transliterated names join two parts with a hyphen (卡瑟姆-若马尔特·
    托卡耶夫, 让-皮埃尔·拉法兰) also by the forms news writes: with a full-width hyphen or
    a long dash, or the two parts run together (卡瑟姆若马尔特·托卡耶夫), where no other
    entry goes by that name.

    >>> entry = GazetteerEntry("p", "Person", "Person", "让-马克·艾罗", None, (), None, None, None)
    >>> with_hyphen_variants([entry])[0].aliases
    ('让－马克·艾罗', '让—马克·艾罗', '让马克·艾罗')
    """
    taken = {name for entry in entries for name in entry.names}
    result = []
    for entry in entries:
        if entry.type == "Person" and "-" in entry.label:
            variants = [entry.label.replace("-", joiner) for joiner in ("－", "—", "")]
            new = tuple(name for name in variants if name not in taken)
            if new:
                entry = replace(entry, aliases=(*entry.aliases, *new))
        result.append(entry)
    return result


def with_other_names_of_cities(entries: list[GazetteerEntry], rows: list[list[str]]) -> list[GazetteerEntry]:
    """The Chinese cities with the other names of ``rules/other_names_of_cities.txt``
    (金陵 for 南京市, 羊城 for 广州市) as aliases; a name another entry already goes by
    is left to that entry."""
    taken = {name for entry in entries for name in (entry.label, *entry.aliases)}
    other_names: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        if len(row) > 1 and row[0] not in taken:
            other_names[row[1]].append(row[0])
    return [
        replace(entry, aliases=(*entry.aliases, *other_names[entry.label]))
        if entry.key.startswith("cn-") and entry.label in other_names
        else entry
        for entry in entries
    ]


#: Names ending in 部 that name no ministry whose head is its 部长 (俱乐部 a club, 总部
#: a headquarters, 指挥部 a command).
_NOT_MINISTRIES = ("俱乐部", "总部", "指挥部", "编辑部", "本部", "分部")


def with_ministers_titles(
    titles: dict[str, str], entries: list[GazetteerEntry], abbreviations: dict[str, tuple[str, ...]]
) -> dict[str, str]:
    """The titles with the head's title of every ministry the gazetteers name, as news
    writes it glued to the ministry (司法部长, 商务部长, 内政部长, 工信部长), standing
    before a name like 部长: 加拿大司法部长麦克莱伦 is Canada's minister of justice. A
    country before a foreign ministry's name is left out (美国能源部 → 能源部长); the
    military's general departments (总后勤部), whose heads have titles of their own, the
    United Nations' departments and names opening with a country's one character
    (俄外交部) give none."""
    places = {name for entry in entries if entry.type == "Place" for name in entry.names}
    ministries = set()
    for entry in entries:
        if entry.type != "Organization":
            continue
        for name in entry.names:
            if not name.endswith("部") or name.endswith(_NOT_MINISTRIES):
                continue
            ministry = next((name[cut:] for cut in range(len(name) - 2, 0, -1) if name[:cut] in places), name)
            if 3 <= len(ministry) <= 6 and not ministry.startswith(("总", "联合")):
                ministries.add(ministry)
    result = dict(titles)
    for ministry in sorted(ministries):
        if not (ministry[0] in abbreviations and ministry[1:] in ministries):
            result.setdefault(ministry + "长", "before")
    return result


def load_gazetteer(directory: Path | None = None) -> Gazetteer:
    """Load every gazetteer and rule list under ``directory`` (default: kg's own)."""
    root = directory or ontology_dir()
    entries: list[GazetteerEntry] = []
    for path in sorted((root / "gazetteers").glob("*.tsv")):
        entries.extend(with_autonomous_short_forms(entry) for entry in read_tsv(path))
    entries = with_new_area_short_forms(entries)
    entries = with_landform_short_forms(entries)
    for path in sorted((root / "gazetteers").glob("*.ttl")):
        entries.extend(read_skos(path))
    rules = root / "rules"
    entries = with_other_names_of_cities(entries, read_word_list(rules / "other_names_of_cities.txt"))
    entries = with_united_nations_prefix(entries)
    entries = with_hyphen_variants(entries)
    surname_list = [row[0] for row in read_word_list(rules / "surnames.txt") if row and row[0]]
    surnames = frozenset(surname_list)
    common_surnames = frozenset([s for s in surname_list if len(s) == 1][:COMMON_SURNAMES])
    titles = {
        row[0]: (row[1] if len(row) > 1 and row[1] else "both") for row in read_word_list(rules / "person_titles.txt")
    }
    suffixes = tuple(
        Suffix(row[0], row[1] if len(row) > 1 and row[1] else "Organization", len(row) > 2 and row[2] == "strong")
        for row in read_word_list(rules / "org_suffixes.txt")
        if row and row[0]
    )
    not_entities = frozenset(row[0] for row in read_word_list(rules / "not_entities.txt") if row and row[0])
    abbreviations = {
        row[0]: tuple(row[1].split("|")) for row in read_word_list(rules / "place_abbreviations.txt") if len(row) > 1
    }
    titles = with_ministers_titles(titles, entries, abbreviations)
    given_name_counts = {
        row[0]: int(row[1])
        for row in read_word_list(rules / "given_name_characters.txt")
        if len(row) > 1 and len(row[0]) == 1 and row[1].isdigit()
    }
    japanese_surnames = frozenset(row[0] for row in read_word_list(rules / "japanese_surnames.txt") if row and row[0])
    pinyin_syllables = frozenset(row[0] for row in read_word_list(rules / "pinyin_syllables.txt") if row and row[0])
    surname_pinyin = frozenset(row[0] for row in read_word_list(rules / "surname_pinyin.txt") if row and row[0])
    tibetan_name_parts = frozenset(row[0] for row in read_word_list(rules / "tibetan_name_parts.txt") if row and row[0])
    mongolian_name_parts = frozenset(
        row[0] for row in read_word_list(rules / "mongolian_name_parts.txt") if row and row[0]
    )
    yi_name_parts = read_word_list(rules / "yi_name_parts.txt")
    yi_clan_names = frozenset(row[0] for row in yi_name_parts if len(row) > 1 and row[1] == "clan")
    yi_given_names = frozenset(row[0] for row in yi_name_parts if len(row) > 1 and row[1] == "given")
    companies_by_context = {
        row[0]: row[1] for row in read_word_list(rules / "companies_by_context.txt") if len(row) > 1 and row[0]
    }
    log.info("loaded %d gazetteer entries from %s", len(entries), root)
    return Gazetteer(
        entries,
        surnames=surnames,
        common_surnames=common_surnames,
        titles=titles,
        suffixes=suffixes,
        not_entities=not_entities,
        abbreviations=abbreviations,
        given_name_counts=given_name_counts,
        japanese_surnames=japanese_surnames,
        pinyin_syllables=pinyin_syllables,
        surname_pinyin=surname_pinyin,
        tibetan_name_parts=tibetan_name_parts,
        mongolian_name_parts=mongolian_name_parts,
        yi_clan_names=yi_clan_names,
        yi_given_names=yi_given_names,
        companies_by_context=companies_by_context,
    )


@cache
def default_gazetteer() -> Gazetteer:
    """kg's own gazetteer, loaded on first use and shared by the whole process."""
    return load_gazetteer()
