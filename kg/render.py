"""Render: the graph as one self-contained HTML page (an interactive map).

vis-network, the library pyvis draws with, is inlined from the installed pyvis package,
so the page loads nothing from the network: it works on intranets and from disk.
All text from documents reaches the page as JSON data and is shown with
``textContent``, never as HTML.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib.resources import files

from rdflib import Graph

TYPE_COLOURS = {
    "Organization": "#4e79a7",
    "Place": "#59a14f",
    "Person": "#e15759",
    "Technology": "#f28e2b",
    "Document": "#b07aa1",
}
TYPE_NAMES_ZH = {"Organization": "机构", "Place": "地点", "Person": "人物", "Technology": "技术", "Document": "文件"}

_NODES_QUERY = """
PREFIX kg: <https://w3id.org/kg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?entity ?type (SAMPLE(?label) AS ?name) (COUNT(DISTINCT ?mention) AS ?mentions) WHERE {
  ?mention a kg:Mention ; kg:refersTo ?entity .
  ?entity a ?class ; skos:prefLabel ?label .
  VALUES (?class ?type) { (kg:Organization "Organization") (kg:Place "Place") (kg:Person "Person")
                          (kg:Technology "Technology") (kg:Document "Document") }
  FILTER(lang(?label) = "zh" || NOT EXISTS { ?entity skos:prefLabel ?zh FILTER(lang(?zh) = "zh") })
} GROUP BY ?entity ?type
"""

_EDGES_QUERY = """
PREFIX kg: <https://w3id.org/kg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?s ?p ?o (SUM(?n) AS ?count) WHERE {
  ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:count ?n .
} GROUP BY ?s ?p ?o
"""


@dataclass(frozen=True, slots=True)
class MapNode:
    id: str
    label: str
    type: str
    mentions: int


@dataclass(frozen=True, slots=True)
class MapEdge:
    source: str
    target: str
    relation: str
    count: int


def map_data(graph: Graph) -> tuple[list[MapNode], list[MapEdge]]:
    """The entities (with mention counts) and relations of ``graph``."""
    nodes = {}
    for row in graph.query(_NODES_QUERY):
        key = str(row[0])
        if key not in nodes:
            nodes[key] = MapNode(key, str(row[2]), str(row[1]), int(row[3]))
    edges = []
    for row in graph.query(_EDGES_QUERY):
        source, target = str(row[0]), str(row[2])
        if source in nodes and target in nodes:
            relation = str(row[1]).rsplit("#", 1)[-1]
            edges.append(MapEdge(source, target, relation, int(row[3])))
    return sorted(nodes.values(), key=lambda n: n.id), sorted(edges, key=lambda e: (e.source, e.target, e.relation))


def _vis_assets() -> tuple[str, str]:
    folder = files("pyvis") / "lib" / "vis-9.1.2"
    return (folder / "vis-network.min.js").read_text(encoding="utf-8"), (folder / "vis-network.css").read_text(
        encoding="utf-8"
    )


def script_json(value: object) -> str:
    """JSON that is safe inside a ``<script>`` element (no ``</script>``, no HTML)."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    for char, escape in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escape)
    return text


def render_map(graph: Graph, *, title: str = "kg relationship map") -> str:
    """The interactive map of ``graph`` as a complete HTML document."""
    nodes, edges = map_data(graph)
    data = {
        "nodes": [
            {
                "id": n.id,
                "label": n.label,
                "type": n.type,
                "value": n.mentions,
                "color": TYPE_COLOURS.get(n.type, "#999"),
            }
            for n in nodes
        ],
        "edges": [{"from": e.source, "to": e.target, "relation": e.relation, "value": e.count} for e in edges],
        "types": [{"type": t, "name": f"{TYPE_NAMES_ZH[t]} {t}", "color": c} for t, c in TYPE_COLOURS.items()],
    }
    script, css = _vis_assets()
    return (
        _PAGE.replace("{{TITLE}}", title.replace("<", "&lt;"))
        .replace("{{CSS}}", css)
        .replace("{{DATA}}", script_json(data))
        .replace("{{VIS}}", script.replace("</script", "<\\/script"))
    )


_PAGE = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{TITLE}}</title>
<style>{{CSS}}</style>
<style>
body { margin: 0; font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; }
#map { position: absolute; top: 0; bottom: 0; left: 0; right: 0; }
#legend { position: absolute; top: 8px; left: 8px; background: #fffe; padding: 6px 10px; border: 1px solid #ccc; font-size: 13px; z-index: 2; }
#legend span.swatch { display: inline-block; width: 12px; height: 12px; margin-right: 6px; border-radius: 6px; vertical-align: middle; }
</style>
</head>
<body>
<div id="legend"></div>
<div id="map"></div>
<script>{{VIS}}</script>
<script id="kg-data" type="application/json">{{DATA}}</script>
<script>
(function () {
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const legend = document.getElementById("legend");
  for (const t of data.types) {
    const row = document.createElement("div");
    const swatch = document.createElement("span");
    swatch.className = "swatch";
    swatch.style.background = t.color;
    row.appendChild(swatch);
    row.appendChild(document.createTextNode(t.name));
    legend.appendChild(row);
  }
  const nodes = new vis.DataSet(data.nodes.map(n => ({id: n.id, label: n.label, value: n.value, color: n.color, title: n.type})));
  const edges = new vis.DataSet(data.edges.map((e, i) => ({id: i, from: e.from, to: e.to, value: e.value, title: e.relation,
    dashes: e.relation === "coOccursWith"})));
  const network = new vis.Network(document.getElementById("map"), {nodes, edges}, {
    nodes: {shape: "dot", scaling: {min: 8, max: 40}, font: {size: 14}},
    edges: {color: {opacity: 0.5}, smooth: false},
    physics: {stabilization: {iterations: 200}},
  });
  network.once("stabilizationIterationsDone", () => network.setOptions({physics: false}));
  window.kgNetwork = network;
})();
</script>
</body>
</html>
"""
