"""scripts/add_english_division_names.py: the English names of provinces and cities."""

from __future__ import annotations

from conftest import load_script

english = load_script("add_english_division_names")


def row(id_: str, type_: str, label: str) -> dict[str, str]:
    return dict.fromkeys(["id", "type", "label_zh", "label_en", "aliases"], "") | {
        "id": id_,
        "type": type_,
        "label_zh": label,
    }


def test_a_place_is_named_by_its_pinyin_as_one_word():
    assert english.pinyin_name("贵阳") == "Guiyang"
    # An apostrophe where a syllable begins with a vowel; ü kept.
    assert english.pinyin_name("西安") == "Xi'an"
    assert english.pinyin_name("吕梁") == "Lüliang"


def test_provinces_and_cities_get_english_names_and_namesakes_get_none():
    table = """
        cn-520000 Province 贵州省
        cn-520100 City 贵阳市
        cn-610100 City 西安市
        cn-150000 Province 内蒙古自治区
        cn-220000 Province 吉林省
        cn-220200 City 吉林市
        cn-321200 City 泰州市
        cn-331000 City 台州市
        cn-320500 City 苏州市
        cn-341300 City 宿州市
        cn-140400 City 长治市
        cn-513200 City 阿坝藏族羌族自治州
    """
    rows = [row(*line.split()) for line in table.strip().splitlines()]
    named = english.english_names(rows)
    assert named["cn-520000"] == ("Guizhou", [])
    assert named["cn-520100"] == ("Guiyang", [])
    assert named["cn-610100"] == ("Xi'an", ["Xian"])
    assert named["cn-150000"] == ("Inner Mongolia", [])
    # The province keeps a name its city shares; two cities of one name get none,
    # unless one is far better known (苏州).
    assert "cn-220200" not in named and named["cn-220000"][0] == "Jilin"
    assert "cn-321200" not in named and "cn-331000" not in named
    assert named["cn-320500"][0] == "Suzhou" and "cn-341300" not in named
    # A place name's own reading of a character (长治 is Changzhi), and no autonomous
    # prefecture, whose English forms vary.
    assert named["cn-140400"][0] == "Changzhi"
    assert "cn-513200" not in named
