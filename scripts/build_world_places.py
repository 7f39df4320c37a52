"""Build ontology/gazetteers/world_places.tsv from scripts/world_places.txt: world regions,
national capitals and major cities with their Chinese names as used by Xinhua."""

from __future__ import annotations

import csv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COLUMNS = ["id", "type", "label_zh", "label_en", "aliases", "parent", "lat", "lon", "source"]


def main() -> None:
    rows = []
    for line in (ROOT / "scripts" / "world_places.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        place_id, kind, zh, en, aliases, parent, lat, lon = (part.strip() for part in line.split("|"))
        rows.append([place_id, kind, zh, en, aliases.replace(",", "|"), parent, lat, lon, "curated"])
    with (ROOT / "ontology" / "gazetteers" / "world_places.tsv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(rows)


if __name__ == "__main__":
    main()
