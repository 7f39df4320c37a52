"""Build the curated gazetteer TSVs from their one-line-per-entry sources in scripts/:

- scripts/organizations.txt → ontology/gazetteers/organizations.tsv (central government
  bodies with current and former names, Party and state organs, international
  organizations, major companies, research bodies, universities and media);
- scripts/world_places.txt → ontology/gazetteers/world_places.tsv (world regions,
  national capitals and major cities, with the Chinese names Xinhua uses);
- scripts/people.txt → ontology/gazetteers/people.tsv (public figures: China's national
  leaders, heads of state and government, heads of international organizations);
- scripts/events.txt → ontology/gazetteers/events.tsv (well-known recurring events:
  expos, trade fairs, summits, forums, games and film festivals, with their short forms).

Source lines are ``id | type | 中文名 | English | aliases (comma-separated) | parent``
followed, for places, by ``| lat | lon``.
"""

from __future__ import annotations

import csv
from pathlib import Path

from kg.gazetteer import COLUMNS  # the tables' header, as kg reads it

ROOT = Path(__file__).resolve().parent.parent
SOURCES = {
    "organizations.txt": "organizations.tsv",
    "world_places.txt": "world_places.tsv",
    "people.txt": "people.tsv",
    "events.txt": "events.tsv",
}


def rows_of(source: Path) -> list[list[str]]:
    """Gazetteer rows of one source file."""
    rows = []
    seen: dict[str, int] = {}
    for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [part.strip() for part in line.split("|")]
        entry_id, kind, zh, en, aliases, parent, lat, lon = (parts + [""] * 8)[:8]
        if entry_id in seen:
            # kg keeps one entry per id; a second row would silently shadow the first.
            raise SystemExit(f"{source.name}:{number}: id {entry_id} already used on line {seen[entry_id]}")
        seen[entry_id] = number
        rows.append([entry_id, kind, zh, en, aliases.replace(",", "|"), parent, lat, lon, "curated"])
    return rows


def main() -> None:
    # Every source is read and checked before any table is written, and each table is
    # written beside its old one and moved over it: a bad row leaves the tables as they were.
    tables = {target: rows_of(ROOT / "scripts" / source) for source, target in SOURCES.items()}
    for target, rows in tables.items():
        path = ROOT / "ontology" / "gazetteers" / target
        partial = path.with_suffix(".tsv.partial")
        with partial.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
            writer.writerow(COLUMNS)
            writer.writerows(rows)
        partial.replace(path)


if __name__ == "__main__":
    main()
