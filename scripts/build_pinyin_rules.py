"""Write ``ontology/rules/pinyin_syllables.txt`` and ``ontology/rules/surname_pinyin.txt``,
by which kg knows a Chinese name written in English (Liu Liehong, Wang Yi, Ouyang Xiu):
a surname's pinyin, then a given name of one or two pinyin syllables.

The syllables are every toneless Hanyu Pinyin syllable ``pypinyin`` gives any character
of the CJK Unified Ideographs block (ü written v, as English text often does, and u);
the surnames are the pinyin of the single surnames of ``rules/surnames.txt`` in every
reading (曾 is Zeng, 单 Shan) and of its compound ones as one word (Ouyang, Sima).

Usage::

    pip download pypinyin==0.55.0 --no-deps -d /tmp/pypinyin
    PYTHONPATH=/tmp/pypinyin/pypinyin-0.55.0-py2.py3-none-any.whl python scripts/build_pinyin_rules.py
"""

from __future__ import annotations

from pathlib import Path

from pypinyin import Style, lazy_pinyin, pinyin

RULES = Path(__file__).resolve().parent.parent / "ontology" / "rules"
_SYLLABLES_HEADER = (
    "# Every toneless Hanyu Pinyin syllable (ü written v and u), for Chinese names written in English.\n"
    "# Built by scripts/build_pinyin_rules.py from pypinyin's readings of the CJK Unified Ideographs.\n"
)
_SURNAMES_HEADER = (
    "# The pinyin of the Chinese surnames of surnames.txt, every reading of a single one (曾 Zeng, 单 Shan),\n"
    "# a compound one as one word (Ouyang, Sima). Built by scripts/build_pinyin_rules.py with pypinyin.\n"
)


def syllables() -> list[str]:
    """Every toneless syllable of the basic CJK block, ü also as v and u."""
    found = set()
    for code in range(0x4E00, 0x9FA6):
        for reading in pinyin(chr(code), style=Style.NORMAL, heteronym=True, v_to_u=False)[0]:
            if reading.isascii() and reading.isalpha():
                found.add(reading)
                found.add(reading.replace("v", "u"))
    return sorted(found)


def surnames() -> list[str]:
    """The pinyin of every surname of ``rules/surnames.txt``, capitalised."""
    names = [
        line.strip()
        for line in (RULES / "surnames.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    found = set()
    for name in names:
        if len(name) == 1:
            readings = pinyin(name, style=Style.NORMAL, heteronym=True)[0]
        else:
            readings = ["".join(lazy_pinyin(name))]
        for reading in readings:
            if reading.isascii() and reading.isalpha():
                found.add(reading.replace("v", "u").capitalize())
    return sorted(found)


def main() -> None:
    (RULES / "pinyin_syllables.txt").write_text(_SYLLABLES_HEADER + "\n".join(syllables()) + "\n", encoding="utf-8")
    (RULES / "surname_pinyin.txt").write_text(_SURNAMES_HEADER + "\n".join(surnames()) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
