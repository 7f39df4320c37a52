"""The relationship map in a real browser: Debian's headless Chromium driven by Playwright.

Every page is opened from disk with every request that is not a local file blocked and
recorded, so these tests also prove that the map needs no network. They are skipped when
Playwright or Chromium is missing (``.ci/run`` installs Chromium with apt).

The run writes ``test-artifacts/map.png`` (a screenshot of the sample's map) and
``test-artifacts/map-timings.json`` (how long the 5,000-entity map took); set
``KG_UPDATE_SCREENSHOT=1`` to refresh ``docs/map.png`` as well.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from kg.render import map_data, map_html
from kg.store import load_graph

sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed")

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = Path(os.environ.get("KG_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
LOCAL = ("file:", "data:", "about:", "blob:")


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


class MapPage:
    """One browser tab on a map file, recording console errors and every request."""

    def __init__(self, browser, path: Path, *, width: int = 1600, height: int = 1000) -> None:
        self.context = browser.new_context(viewport={"width": width, "height": height}, service_workers="block")
        self.requests: list[str] = []
        self.blocked: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("dialog", self._dialog)
        self.page.goto(path.as_uri())
        self.page.wait_for_function("window.kgMap && window.kgMap.ready", timeout=120_000)

    def _route(self, route) -> None:
        if route.request.url.startswith(LOCAL):
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def js(self, expression: str, argument=None):
        return self.page.evaluate(expression, argument)

    def entity(self, label: str) -> int:
        return self.js("(label) => kgMap.data.entities.findIndex((e) => e.label === label)", label)

    def drawn_nodes(self) -> int:
        return self.js("kgMap.network.body.nodeIndices.length")

    def click_node(self, index: int) -> None:
        self.js("(i) => kgMap.network.focus(i, {scale: 1.5, animation: false})", index)
        point = self.js("(i) => kgMap.network.canvasToDOM(kgMap.network.getPosition(i))", index)
        box = self.page.locator("#map").bounding_box()
        self.page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])

    def offsite(self) -> list[str]:
        return [url for url in self.requests if not url.startswith(LOCAL)] + self.blocked

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def open_map(browser):
    pages: list[MapPage] = []

    def opener(path: Path, **size) -> MapPage:
        page = MapPage(browser, path, **size)
        pages.append(page)
        return page

    yield opener
    for page in pages:
        page.close()


@pytest.fixture(scope="module")
def sample(built):
    out, _ = built
    return out / "graph.html", map_data(load_graph(out / "graph.ttl"))


def test_the_sample_map_loads_offline_and_draws_every_entity(open_map, sample):
    path, data = sample
    page = open_map(path)
    assert page.errors == [] and page.dialogs == []
    assert page.drawn_nodes() == len(data.entities) == page.js("kgMap.nodes.length")
    assert page.js("kgMap.network.body.edgeIndices.length") == len(
        {frozenset((f.subject, f.object)) for f in data.facts}
    )
    assert page.js("kgMap.network.physics.physicsEnabled") is False
    assert page.offsite() == []
    assert page.requests == [path.as_uri()]
    assert "115 / 115" in page.page.inner_text("#counts") or str(len(data.entities)) in page.page.inner_text("#counts")


def test_typing_a_name_in_the_search_box_selects_that_node(open_map, sample):
    path, _ = sample
    page = open_map(path)
    gacc = page.entity("海关总署")
    page.page.locator("#search").press_sequentially("海关总署", delay=20)
    page.page.wait_for_function("(i) => kgMap.network.getSelectedNodes()[0] === i", arg=gacc)
    assert page.page.inner_text("#panel h2") == "海关总署"
    # an English name or an alias finds the same entity
    page.page.fill("#search", "GACC")
    page.page.keyboard.press("Enter")
    page.page.wait_for_function("(i) => kgMap.network.getSelectedNodes()[0] === i", arg=gacc)
    # a short form picks the city, whose panel shows where it sits
    page.page.fill("#search", "成都")
    page.page.keyboard.press("Enter")
    page.page.wait_for_function("document.querySelector('#panel h2').textContent === '成都市'")
    assert "成都市 ⊂ 四川省 ⊂ 中国" in page.page.inner_text("#panel")
    assert page.errors == []


def test_clicking_a_node_shows_its_names_and_every_mention_with_its_sentence(open_map, sample):
    path, data = sample
    page = open_map(path)
    gacc = page.entity("海关总署")
    page.click_node(gacc)
    page.page.wait_for_function("(i) => kgMap.network.getSelectedNodes()[0] === i", arg=gacc)
    panel = page.page.locator("#panel")
    assert panel.locator("h2").inner_text() == "海关总署"
    assert "General Administration of Customs" in panel.inner_text()
    assert "GACC" in panel.locator(".chips").first.inner_text()
    sentences = panel.locator("#panel-mentions .sentence")
    assert sentences.count() >= 1
    assert "海关总署新闻发言人张广志表示" in " ".join(sentences.all_inner_texts())
    marked = panel.locator("#panel-mentions mark").all_inner_texts()
    key = data.entities[gacc].key
    assert sorted(marked) == sorted(m.surface for m in data.mentions if m.entity == key)
    assert "海关总署：一季度无纸通关逾七成" in " ".join(panel.locator("#panel-mentions .article").all_inner_texts())
    # its neighbourhood stays bright, everything else is dimmed
    assert page.js("(i) => kgMap.network.body.nodes[i].options.color.background", page.entity("张广志")) != "#e6e6e6"
    assert page.js("(i) => kgMap.network.body.nodes[i].options.color.background", page.entity("成都市")) == "#e6e6e6"


def test_clicking_an_edge_shows_the_facts_with_their_evidence(open_map, sample):
    path, _ = sample
    page = open_map(path)
    person, gacc = page.entity("张广志"), page.entity("海关总署")
    edge = page.js(
        "([a, b]) => kgMap.network.getConnectedEdges(a).find((e) => kgMap.network.getConnectedNodes(e).includes(b))",
        [person, gacc],
    )
    page.js("(e) => kgMap.network.fit({nodes: kgMap.network.getConnectedNodes(e), animation: false})", edge)
    a, b = page.js(
        "(e) => kgMap.network.getConnectedNodes(e).map((n) => kgMap.network.canvasToDOM(kgMap.network.getPosition(n)))",
        edge,
    )
    box = page.page.locator("#map").bounding_box()
    # a point on the line a quarter of the way along, clear of both nodes and of the label
    page.page.mouse.click(box["x"] + a["x"] + (b["x"] - a["x"]) * 0.3, box["y"] + a["y"] + (b["y"] - a["y"]) * 0.3)
    page.page.wait_for_function("(e) => kgMap.network.getSelectedEdges()[0] === e", arg=edge)
    facts = page.page.locator("#panel .fact")
    assert facts.count() >= 1
    text = facts.first.inner_text()
    assert "任职" in text and "新闻发言人" in text and "海关总署新闻发言人张广志表示" in text
    assert page.errors == []


def test_filters_hide_nodes_and_connections(open_map, sample):
    path, data = sample
    page = open_map(path)
    total = len(data.entities)
    places = sum(1 for e in data.entities if e.type == "Place")
    page.page.locator("#filter-types input[data-type=Place]").uncheck()
    assert page.drawn_nodes() == total - places == len(page.js("kgMap.visibleNodeIds()"))
    page.page.locator("#filter-types input[data-type=Place]").check()
    assert page.drawn_nodes() == total
    edges = page.js("kgMap.network.body.edgeIndices.length")
    page.page.locator("#filter-relations input[data-relation=coOccursWith]").uncheck()
    assert 0 < page.js("kgMap.network.body.edgeIndices.length") < edges
    page.page.locator("#min-confidence").fill("0.9")
    sure = {
        frozenset((f.subject, f.object)) for f in data.facts if f.predicate != "coOccursWith" and f.confidence >= 0.9
    }
    assert page.js("kgMap.network.body.edgeIndices.length") == len(sure)
    page.page.click("#reset-filters")
    assert page.js("kgMap.network.body.edgeIndices.length") == edges
    page.page.select_option("#filter-article", label="12. 海关总署：一季度无纸通关逾七成")
    shown = {data.entities[i].label for i in page.js("kgMap.visibleNodeIds()")}
    assert "海关总署" in shown and "张广志" in shown and "成都市" not in shown
    page.page.select_option("#filter-article", value="-1")
    page.page.select_option("#filter-source", label="四川新闻网")
    shown = {data.entities[i].label for i in page.js("kgMap.visibleNodeIds()")}
    assert "成都市" in shown and "海关总署" not in shown
    assert page.errors == []


def test_the_geographic_view_places_entities_by_their_coordinates(open_map, sample):
    path, data = sample
    page = open_map(path)
    page.page.click("#view-geo")
    placed = {data.entities[i].label for i in page.js("kgMap.visibleNodeIds()")}
    assert placed == {e.label for e in data.entities if e.lat is not None}
    where = page.js("kgMap.network.getPositions()")
    position = {label: where[str(page.entity(label))] for label in ("成都市", "上海市", "北京市")}
    assert position["上海市"]["x"] > position["成都市"]["x"]  # east is right
    assert position["北京市"]["y"] < position["上海市"]["y"]  # north is up
    page.page.click("#view-graph")
    assert page.drawn_nodes() == len(data.entities)
    assert page.errors == []


def test_hostile_names_are_shown_as_text_and_run_nothing(open_map, tmp_path):
    from test_map import HOSTILE, hostile_graph

    path = tmp_path / "hostile.html"
    path.write_text(map_html(map_data(hostile_graph()), title=HOSTILE[0]), encoding="utf-8")
    page = open_map(path)
    for name in HOSTILE:
        page.page.fill("#search", name)
        page.page.keyboard.press("Enter")
        page.page.wait_for_function("(name) => document.querySelector('#panel h2').textContent === name", arg=name)
        assert page.page.locator("#panel .sentence").count() >= 1
    page.js("() => kgMap.select(0)")
    page.click_node(page.entity(HOSTILE[0]))
    edge = page.js("kgMap.network.getConnectedEdges(kgMap.data.facts[0][1])[0]")
    page.js("(e) => kgMap.network.selectEdges([e])", edge)
    page.page.select_option("#filter-article", index=1)
    page.page.wait_for_timeout(200)
    assert page.js("typeof window.__pwned") == "undefined"
    assert page.dialogs == [] and page.errors == []
    assert page.js("document.querySelectorAll('[onerror], [onload], img, iframe').length") == 0
    assert page.page.title() == HOSTILE[0]
    assert page.offsite() == [] and page.requests == [path.as_uri()]


def test_a_5000_entity_map_draws_and_stays_responsive(open_map, tmp_path):
    from maps import synthetic_map

    data = synthetic_map(5000)
    started = time.perf_counter()
    html = map_html(data)
    write_seconds = time.perf_counter() - started
    path = tmp_path / "big.html"
    path.write_text(html, encoding="utf-8")
    started = time.perf_counter()
    page = open_map(path)
    load_seconds = time.perf_counter() - started
    timings = page.js("kgMap.timings")
    assert page.drawn_nodes() == 5000 and page.errors == []
    assert page.js("kgMap.network.physics.physicsEnabled") is False
    # one full redraw at the overview, and a node selection with its side panel
    redraw_ms = page.js(
        """() => new Promise((done) => {
             const network = kgMap.network, started = performance.now();
             network.once("afterDrawing", () => done(performance.now() - started));
             network.moveTo({scale: network.getScale() * 1.2});
           })"""
    )
    select_ms = page.js("() => { const t = performance.now(); kgMap.select(2); return performance.now() - t; }")
    filter_ms = page.js(
        """() => { const t = performance.now();
                   document.querySelector('#filter-types input[data-type=Place]').click();
                   return performance.now() - t; }"""
    )
    # the places are hidden, the other types' entities still drawn
    assert page.drawn_nodes() == sum(entity.type != "Place" for entity in data.entities)
    figures = {
        "entities": 5000,
        "connections": page.js("kgMap.data.edges.length"),
        "write_html_s": round(write_seconds, 3),
        "page_load_s": round(load_seconds, 2),
        **{f"{name}_ms": round(value) for name, value in timings.items()},
        "redraw_ms": round(redraw_ms),
        "select_ms": round(select_ms),
        "filter_ms": round(filter_ms),
    }
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "map-timings.json").write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print("5,000-entity map:", figures)
    assert timings["firstDraw"] < 30_000, figures
    assert redraw_ms < 1_000 and select_ms < 1_000 and filter_ms < 1_500, figures


def test_a_screenshot_of_the_sample_map(open_map, sample):
    path, _ = sample
    page = open_map(path, width=1600, height=1000)
    page.page.fill("#search", "成都市")
    page.page.keyboard.press("Enter")
    page.page.wait_for_function("kgMap.network.getSelectedNodes().length === 1")
    page.page.click("#fit")
    page.page.wait_for_timeout(800)
    ARTIFACTS.mkdir(exist_ok=True)
    shot = page.page.screenshot(path=str(ARTIFACTS / "map.png"))
    assert shot[:8] == b"\x89PNG\r\n\x1a\n"
    docs = ROOT / "docs" / "map.png"
    if os.environ.get("KG_UPDATE_SCREENSHOT") or not docs.exists():
        docs.parent.mkdir(exist_ok=True)
        docs.write_bytes(shot)
