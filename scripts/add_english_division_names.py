"""Give China's provinces and prefecture-level cities in
``ontology/gazetteers/china_divisions.tsv`` their English names, so that English and
mixed text (``Guiyang, Guizhou province``) finds them.

China's places are named in English by their Hanyu Pinyin, written without tones and
joined into one word (the national standard GB/T 16159 and the UN's resolution of 1977):
贵阳市 is Guiyang, 西安市 Xi'an (with an apostrophe where a syllable begins with a, o or
e, and also written Xian). The syllables come from ``pypinyin``; its readings of a few
characters that place names read otherwise (长治 is Changzhi, 朝阳 Chaoyang) and the
names English has long used in another form (Inner Mongolia, Tibet, Shaanxi, Hong Kong,
Macao, Harbin, Hohhot, Urumqi, Lhasa) are set below. Only provinces and the cities whose
name ends in 市 are named: prefectures, leagues and autonomous prefectures go by several
English forms, and county-level names repeat too often. A name two cities share
(Taizhou for 泰州 and 台州, Yulin for 玉林 and 榆林) is given to neither, unless one of
them is a province's capital or far larger (Fuzhou is 福州, not 抚州; Suzhou 苏州, not
宿州); a city that shares its province's name (吉林市) leaves it to the province.

Usage::

    pip download pypinyin==0.55.0 --no-deps -d /tmp/pypinyin
    PYTHONPATH=/tmp/pypinyin/pypinyin-0.55.0-py2.py3-none-any.whl python scripts/add_english_division_names.py
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from pypinyin import lazy_pinyin, load_phrases_dict

from kg.gazetteer import read_rows, write_rows  # the table, as kg reads it

TABLE = Path(__file__).resolve().parent.parent / "ontology" / "gazetteers" / "china_divisions.tsv"
#: Names English writes otherwise than in pinyin, and the other forms it also uses
#: (Chinese name = English name | other forms).
_CONVENTIONAL_FORMS = """
内蒙古自治区 = Inner Mongolia
西藏自治区 = Tibet | Xizang
陕西省 = Shaanxi
香港特别行政区 = Hong Kong
澳门特别行政区 = Macao | Macau
哈尔滨市 = Harbin
呼和浩特市 = Hohhot
乌鲁木齐市 = Urumqi
拉萨市 = Lhasa
日喀则市 = Shigatse | Xigaze
克拉玛依市 = Karamay
吐鲁番市 = Turpan
昌都市 = Qamdo | Chamdo
林芝市 = Nyingchi
那曲市 = Nagqu
齐齐哈尔市 = Qiqihar
鄂尔多斯市 = Ordos
呼伦贝尔市 = Hulunbuir
巴彦淖尔市 = Bayannur
乌兰察布市 = Ulanqab
"""
CONVENTIONAL = {
    label.strip(): (names.split("|")[0].strip(), [other.strip() for other in names.split("|")[1:]])
    for label, names in (line.split("=") for line in _CONVENTIONAL_FORMS.strip().splitlines())
}
#: The city an English name two cities share stands for in the news: a province's
#: capital or a city far larger than its namesake (苏州, not 宿州).
PREFERRED = {"Suzhou": "苏州市", "Fuzhou": "福州市"}
#: Readings of place names that pypinyin's dictionary reads otherwise (name = syllables).
_READINGS = """
长治 = cháng zhì
长春 = cháng chūn
长沙 = cháng shā
朝阳 = cháo yáng
蚌埠 = bèng bù
六安 = lù ān
丽水 = lí shuǐ
乐山 = lè shān
大理 = dà lǐ
重庆 = chóng qìng
厦门 = xià mén
漯河 = luò hé
"""
READINGS = {
    name.strip(): [[syllable] for syllable in syllables.split()]
    for name, syllables in (line.split("=") for line in _READINGS.strip().splitlines())
}
#: Kinds that end a division's name, left out of its English name.
_KINDS = ("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "省", "市")


def pinyin_name(name: str) -> str:
    """The pinyin of a place's name as one capitalised word (西安 → Xi'an)."""
    syllables = [syllable.replace("v", "ü") for syllable in lazy_pinyin(name)]
    word = syllables[0]
    for syllable in syllables[1:]:
        word += ("'" if syllable[0] in "aoe" else "") + syllable
    return word[:1].upper() + word[1:]


def stem(label: str) -> str:
    """The name without its kind (广西壮族自治区 → 广西, 贵阳市 → 贵阳)."""
    for kind in _KINDS:
        if label.endswith(kind) and len(label) > len(kind):
            return label[: -len(kind)]
    return label


def english_names(rows: list[dict[str, str]]) -> dict[str, tuple[str, list[str]]]:
    """The English name and other forms of each province and 市-city, by id."""
    load_phrases_dict(READINGS)
    named = {}
    for row in rows:
        label = row["label_zh"]
        if row["type"] == "Province" or (row["type"] == "City" and label.endswith("市")):
            if label in CONVENTIONAL:
                named[row["id"]] = CONVENTIONAL[label]
            else:
                english = pinyin_name(stem(label))
                others = [english.replace("'", "")] if "'" in english else []
                others += [english.replace("ü", "v"), english.replace("ü", "u")] if "ü" in english else []
                named[row["id"]] = (english, others)
    provinces = {named[row["id"]][0] for row in rows if row["type"] == "Province"}
    labels = {row["id"]: row["label_zh"] for row in rows}
    counts = Counter(english for english, _ in named.values())
    return {
        key: (english, others)
        for key, (english, others) in named.items()
        if counts[english] == 1
        or (english in provinces and key.endswith("0000"))
        or PREFERRED.get(english) == labels[key]
    }


def main() -> None:
    rows = read_rows(TABLE)
    named = english_names(rows)
    for row in rows:
        if row["id"] in named and not row["label_en"]:
            english, others = named[row["id"]]
            row["label_en"] = english
            aliases = [alias for alias in row["aliases"].split("|") if alias]
            row["aliases"] = "|".join(aliases + [other for other in others if other not in aliases])
    write_rows(TABLE, rows)
    print(f"{len(named)} divisions named in English")


if __name__ == "__main__":
    main()
