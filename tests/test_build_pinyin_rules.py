"""scripts/build_pinyin_rules.py: the pinyin kg reads Chinese names written in English by."""

from __future__ import annotations

from conftest import load_script

rules = load_script("build_pinyin_rules")


def test_the_syllables_and_surnames_are_pinyins_and_the_shipped_lists_are_what_it_builds():
    syllables, surnames = rules.syllables(), rules.surnames()
    assert {"liu", "lie", "hong", "zhuang", "lv", "lu"} <= set(syllables)
    assert "th" not in syllables
    # Every reading of a single surname (曾 Zeng), a compound one as one word.
    assert {"Liu", "Wang", "Zeng", "Ouyang", "Sima"} <= set(surnames)
    assert "Liehong" not in surnames
    assert (rules.RULES / "pinyin_syllables.txt").read_text(encoding="utf-8").splitlines()[2:] == syllables
    assert (rules.RULES / "surname_pinyin.txt").read_text(encoding="utf-8").splitlines()[2:] == surnames
