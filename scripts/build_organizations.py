"""Build ontology/gazetteers/organizations.tsv from scripts/organizations.txt: central
government bodies (current and former names), Party and state organs, international
organizations, major companies, research bodies, universities and media."""

from __future__ import annotations

import csv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COLUMNS = ["id", "type", "label_zh", "label_en", "aliases", "parent", "lat", "lon", "source"]


def main() -> None:
    rows = []
    for line in (ROOT / "scripts" / "organizations.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = [part.strip() for part in line.split("|")]
        org_id, kind, zh, en, aliases, parent = (parts + [""] * 6)[:6]
        rows.append([org_id, kind, zh, en, aliases.replace(",", "|"), parent, "", "", "curated"])
    with (ROOT / "ontology" / "gazetteers" / "organizations.tsv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(rows)


if __name__ == "__main__":
    main()
