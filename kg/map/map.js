/* kg relationship map.
 *
 * Reads the graph from the JSON in #kg-data, lays it out once (seeded, so the same graph
 * always gets the same picture), and draws it with vis-network with physics off, which
 * keeps a 5,000-entity map responsive. Text from documents is only ever set with
 * textContent (or drawn on the canvas), never parsed as HTML.
 *
 * window.kgMap exposes the state for tests and for the curious: ready, timings, network,
 * select(name or index), search(text), visibleNodeIds(), setView("graph" | "geo").
 */
(function () {
  "use strict";

  const started = performance.now();
  const api = (window.kgMap = { ready: false, timings: {}, errors: [] });
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  api.timings.parse = performance.now() - started;
  api.data = data;

  const $ = (id) => document.getElementById(id);
  const N = data.entities.length;
  const E = data.edges.length;
  const BIG = N > 1500 || E > 4000;
  const SEED = 20140613;
  const typeOf = {};
  data.types.forEach((t) => (typeOf[t.key] = t));
  const FALLBACK_TYPE = { key: "Entity", name: "实体", color: "#999999", shape: "dot" };
  const relationIndex = {};
  data.relations.forEach((r, i) => (relationIndex[r.key] = i));
  const CO = relationIndex.coOccursWith;
  // dashed lines cost canvas three times as much to draw: big maps draw every line solid
  if (BIG) data.relations.forEach((r) => (r.line = "solid"));
  const HIER = relationIndex.hierarchy;

  // ---------------------------------------------------------------- DOM helpers
  function el(tag, className, ...children) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.appendChild(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
    }
    return node;
  }
  function link(text, onClick, title) {
    const button = el("button", "link", text);
    button.type = "button";
    if (title) button.title = title;
    button.addEventListener("click", onClick);
    return button;
  }
  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }
  const SVG = "http://www.w3.org/2000/svg";
  function svgNode(tag, attributes) {
    const node = document.createElementNS(SVG, tag);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
    return node;
  }
  function shapeIcon(type) {
    const svg = svgNode("svg", { width: 16, height: 16, viewBox: "0 0 16 16", "aria-hidden": "true" });
    const fill = { fill: type.color, stroke: "#0004" };
    const points = {
      triangle: "8,1.5 15,14.5 1,14.5",
      diamond: "8,1 15,8 8,15 1,8",
      hexagon: "4.5,1.5 11.5,1.5 15,8 11.5,14.5 4.5,14.5 1,8",
      star: "8,0.8 10.1,5.6 15.3,5.9 11.3,9.3 12.6,14.6 8,11.7 3.4,14.6 4.7,9.3 0.7,5.9 5.9,5.6",
    }[type.shape];
    if (points) svg.appendChild(svgNode("polygon", { points, ...fill }));
    else if (type.shape === "square") svg.appendChild(svgNode("rect", { x: 2, y: 2, width: 12, height: 12, ...fill }));
    else svg.appendChild(svgNode("circle", { cx: 8, cy: 8, r: 6.5, ...fill }));
    return svg;
  }
  function lineIcon(relation) {
    const svg = svgNode("svg", { width: 28, height: 10, viewBox: "0 0 28 10", "aria-hidden": "true" });
    const dash = { dashed: "6 3", dotted: "2 3" }[relation.line] || "none";
    svg.appendChild(svgNode("line", { x1: 1, y1: 5, x2: 27, y2: 5, stroke: relation.color, "stroke-width": 2.5, "stroke-dasharray": dash }));
    return svg;
  }

  // ---------------------------------------------------------------- indexes
  const entities = data.entities;
  const typeInfo = (i) => typeOf[entities[i].type] || FALLBACK_TYPE;
  const mentionsOf = entities.map(() => []);
  const mentionsInSentence = new Map();
  data.mentions.forEach((m, i) => {
    mentionsOf[m[0]].push(i);
    if (m[1] >= 0) {
      if (!mentionsInSentence.has(m[1])) mentionsInSentence.set(m[1], []);
      mentionsInSentence.get(m[1]).push(i);
    }
  });
  const edgesOf = entities.map(() => []);
  const childrenOf = entities.map(() => []);
  entities.forEach((e, i) => {
    if (e.parent >= 0) childrenOf[e.parent].push(i);
  });
  const factRank = (f) => (f[0] === CO ? 2 : f[0] === HIER ? 1 : 0);
  const edgeInfo = data.edges.map((edge, i) => {
    edgesOf[edge[0]].push(i);
    edgesOf[edge[1]].push(i);
    const facts = edge[2].slice().sort((a, b) => {
      const fa = data.facts[a], fb = data.facts[b];
      return factRank(fa) - factRank(fb) || fb[4] - fa[4] || fa[0] - fb[0];
    });
    const primary = data.facts[facts[0]];
    let count = 0;
    for (const f of facts) count += data.facts[f][3];
    const articles = new Set();
    let noEvidence = false;
    for (const f of facts) {
      const evidence = data.facts[f][6];
      if (!evidence.length) noEvidence = true;
      for (const s of evidence) if (data.sentences[s][1] >= 0) articles.add(data.sentences[s][1]);
    }
    return { a: edge[0], b: edge[1], facts, primary, count, articles, noEvidence };
  });
  const sources = [...new Set(data.articles.map((a) => a[2]).filter(Boolean))].sort();
  const articleSource = data.articles.map((a) => a[2]);
  const normalise = (text) => String(text).normalize("NFKC").toLowerCase().trim();
  const searchNames = entities.map((e) => [e.label, e.en, ...e.aliases, e.gid].filter(Boolean).map(normalise));

  // ---------------------------------------------------------------- layout
  function mulberry32(seed) {
    let a = seed >>> 0;
    return function () {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  /* Force-directed layout of one connected part (Fruchterman–Reingold forces with a
   * Barnes–Hut approximation of the repulsion), run for a fixed number of cooling steps
   * from seeded positions: deterministic and O(n log n) per step. */
  function forceLayout(n, pairs, random) {
    const x = new Float64Array(n), y = new Float64Array(n);
    if (n <= 1) return { x, y };
    const degree = new Float64Array(n);
    for (const [a, b] of pairs) {
      degree[a]++;
      degree[b]++;
    }
    const mass = new Float64Array(n);
    for (let i = 0; i < n; i++) mass[i] = 1 + Math.sqrt(degree[i]);
    const k = 30;
    const spread = k * Math.sqrt(n);
    for (let i = 0; i < n; i++) {
      const r = spread * Math.sqrt(random()), t = 2 * Math.PI * random();
      x[i] = r * Math.cos(t);
      y[i] = r * Math.sin(t);
    }
    const iterations = n <= 300 ? 400 : n <= 2000 ? 300 : 200;
    const theta = n <= 2000 ? 0.8 : 1.0;
    const theta2 = theta * theta;
    const fx = new Float64Array(n), fy = new Float64Array(n);
    const cap = 4 * n + 64;
    const cm = new Float64Array(cap), cx = new Float64Array(cap), cy = new Float64Array(cap);
    const x0 = new Float64Array(cap), y0 = new Float64Array(cap), size = new Float64Array(cap);
    const child = new Int32Array(4 * cap), body = new Int32Array(cap), internal = new Uint8Array(cap);
    const stack = new Int32Array(cap);
    let cells = 0;
    const EMPTY = -1, MANY = -2;
    function newCell(left, top, side) {
      if (cells >= cap) return -1;
      const c = cells++;
      cm[c] = cx[c] = cy[c] = 0;
      x0[c] = left;
      y0[c] = top;
      size[c] = side;
      body[c] = EMPTY;
      internal[c] = 0;
      child[4 * c] = child[4 * c + 1] = child[4 * c + 2] = child[4 * c + 3] = -1;
      return c;
    }
    function quadrant(c, px, py) {
      const half = size[c] / 2;
      return (px >= x0[c] + half ? 1 : 0) + (py >= y0[c] + half ? 2 : 0);
    }
    function childCell(c, q) {
      let d = child[4 * c + q];
      if (d < 0) {
        const half = size[c] / 2;
        d = newCell(x0[c] + (q & 1 ? half : 0), y0[c] + (q & 2 ? half : 0), half);
        child[4 * c + q] = d;
      }
      return d;
    }
    function insert(i) {
      let c = 0, depth = 0;
      for (;;) {
        cm[c] += mass[i];
        cx[c] += mass[i] * x[i];
        cy[c] += mass[i] * y[i];
        if (!internal[c]) {
          if (body[c] === EMPTY) {
            body[c] = i;
            return;
          }
          if (body[c] === MANY || depth > 40 || cells + 4 >= cap) {
            body[c] = MANY;
            return;
          }
          const j = body[c];
          body[c] = EMPTY;
          internal[c] = 1;
          const d = childCell(c, quadrant(c, x[j], y[j]));
          body[d] = j;
          cm[d] = mass[j];
          cx[d] = mass[j] * x[j];
          cy[d] = mass[j] * y[j];
        }
        c = childCell(c, quadrant(c, x[i], y[i]));
        depth++;
      }
    }
    const k2 = k * k;
    let temperature = spread / 4;
    const coolEnd = k / 20;
    const cooling = Math.pow(coolEnd / temperature, 1 / iterations);
    for (let iteration = 0; iteration < iterations; iteration++) {
      let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
      for (let i = 0; i < n; i++) {
        if (x[i] < minX) minX = x[i];
        if (x[i] > maxX) maxX = x[i];
        if (y[i] < minY) minY = y[i];
        if (y[i] > maxY) maxY = y[i];
      }
      cells = 0;
      newCell(minX - 1, minY - 1, Math.max(maxX - minX, maxY - minY) + 2);
      for (let i = 0; i < n; i++) insert(i);
      for (let i = 0; i < n; i++) {
        let sx = 0, sy = 0, top = 0;
        stack[top++] = 0;
        while (top > 0) {
          const c = stack[--top];
          if (cm[c] === 0) continue;
          if (!internal[c] && body[c] === i) continue;
          const mx = cx[c] / cm[c], my = cy[c] / cm[c];
          let dx = x[i] - mx, dy = y[i] - my;
          let d2 = dx * dx + dy * dy;
          const inside = x[i] >= x0[c] && x[i] < x0[c] + size[c] && y[i] >= y0[c] && y[i] < y0[c] + size[c];
          if (internal[c] && (inside || size[c] * size[c] >= theta2 * d2)) {
            for (let q = 0; q < 4; q++) if (child[4 * c + q] >= 0) stack[top++] = child[4 * c + q];
            continue;
          }
          let m = cm[c];
          if (body[c] === MANY && inside) m -= mass[i];
          if (m <= 0) continue;
          if (d2 < 1e-6) {
            dx = random() - 0.5;
            dy = random() - 0.5;
            d2 = dx * dx + dy * dy;
          }
          const f = (k2 * mass[i] * m) / d2;
          sx += dx * f;
          sy += dy * f;
        }
        // a weak pull to the centre keeps separate parts of the graph together
        const r = Math.sqrt(x[i] * x[i] + y[i] * y[i]) || 1;
        const g = (0.02 * mass[i] * r) / k;
        fx[i] = sx - (g * x[i]) / r;
        fy[i] = sy - (g * y[i]) / r;
      }
      for (const [a, b] of pairs) {
        const dx = x[a] - x[b], dy = y[a] - y[b];
        const d = Math.sqrt(dx * dx + dy * dy) || 0.01;
        const f = d / k;
        fx[a] -= dx * f;
        fy[a] -= dy * f;
        fx[b] += dx * f;
        fy[b] += dy * f;
      }
      for (let i = 0; i < n; i++) {
        const f = Math.sqrt(fx[i] * fx[i] + fy[i] * fy[i]);
        if (f > 0) {
          const step = Math.min(f / mass[i], temperature) / f;
          x[i] += fx[i] * step;
          y[i] += fy[i] * step;
        }
      }
      temperature *= cooling;
    }
    return { x, y };
  }

  /* Pushes apart nodes whose labels would overlap (a node and its label take a box of
   * the label's width and about 34 px height), a few rounds over all pairs. */
  function separateLabels(part, x, y, labelWidth) {
    for (let round = 0; round < 60; round++) {
      let moved = false;
      for (let a = 0; a < part.length; a++) {
        const i = part[a];
        for (let b = a + 1; b < part.length; b++) {
          const j = part[b];
          const dx = x[j] - x[i], dy = y[j] - y[i];
          const overlapX = (Math.max(28, labelWidth[i]) + Math.max(28, labelWidth[j])) / 2 + 4 - Math.abs(dx);
          const overlapY = 34 - Math.abs(dy);
          if (overlapX <= 0 || overlapY <= 0) continue;
          moved = true;
          if (overlapX < overlapY) {
            const shift = (overlapX / 2) * (dx < 0 ? -1 : 1);
            x[i] -= shift;
            x[j] += shift;
          } else {
            const shift = (overlapY / 2) * (dy < 0 ? -1 : 1);
            y[i] -= shift;
            y[j] += shift;
          }
        }
      }
      if (!moved) break;
    }
  }

  /* Lays out each connected part on its own, scales all parts alike so that a typical
   * connection is about 110 px long, then packs the parts in rows, largest first, leaving
   * room for the labels (``labelWidth`` px, centred under each node). */
  function computeLayout(n, pairs, labelWidth, seed) {
    const x = new Float64Array(n), y = new Float64Array(n);
    const random = mulberry32(seed);
    const root = Int32Array.from({ length: n }, (_, i) => i);
    const find = (i) => {
      while (root[i] !== i) i = root[i] = root[root[i]];
      return i;
    };
    for (const [a, b] of pairs) root[find(a)] = find(b);
    const members = new Map();
    for (let i = 0; i < n; i++) {
      const r = find(i);
      if (!members.has(r)) members.set(r, []);
      members.get(r).push(i);
    }
    const partPairs = new Map();
    for (const [a, b] of pairs) {
      const r = find(a);
      if (!partPairs.has(r)) partPairs.set(r, []);
      partPairs.get(r).push([a, b]);
    }
    const parts = [...members.entries()].sort((p, q) => q[1].length - p[1].length || p[1][0] - q[1][0]);
    const placed = parts.map(([r, nodesOfPart]) => {
      const local = new Map(nodesOfPart.map((node, k) => [node, k]));
      const own = (partPairs.get(r) || []).map(([a, b]) => [local.get(a), local.get(b)]);
      const part = forceLayout(nodesOfPart.length, own, random);
      nodesOfPart.forEach((node, k) => {
        x[node] = part.x[k];
        y[node] = part.y[k];
      });
      return nodesOfPart;
    });
    const lengths = pairs.map(([a, b]) => Math.hypot(x[a] - x[b], y[a] - y[b])).sort((p, q) => p - q);
    const typical = lengths.length ? lengths[Math.floor(lengths.length / 2)] : 1;
    let scale = 110 / (typical || 1);
    if (placed.length && placed[0].length > 2) {
      // and give each node of the largest part at least 50 × 50 px, which hub-and-spoke graphs need
      const largest = placed[0];
      let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
      for (const node of largest) {
        minX = Math.min(minX, x[node]);
        maxX = Math.max(maxX, x[node]);
        minY = Math.min(minY, y[node]);
        maxY = Math.max(maxY, y[node]);
      }
      const area = Math.max(1, (maxX - minX) * (maxY - minY));
      scale = Math.max(scale, Math.sqrt((largest.length * 2500) / area));
    }
    const gap = 30;
    const boxes = placed.map((nodesOfPart) => {
      for (const node of nodesOfPart) {
        x[node] *= scale;
        y[node] *= scale;
      }
      if (nodesOfPart.length > 1 && nodesOfPart.length <= 800) separateLabels(nodesOfPart, x, y, labelWidth);
      let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
      for (const node of nodesOfPart) {
        const half = Math.max(20, labelWidth[node] / 2);
        minX = Math.min(minX, x[node] - half);
        maxX = Math.max(maxX, x[node] + half);
        minY = Math.min(minY, y[node] - 20);
        maxY = Math.max(maxY, y[node] + 30);
      }
      return { nodesOfPart, minX, minY, width: maxX - minX + gap, height: maxY - minY + gap };
    });
    const area = boxes.reduce((sum, b) => sum + b.width * b.height, 0);
    const rowWidth = Math.max(boxes.length ? boxes[0].width : 0, Math.sqrt(area) * 1.3);
    let cursorX = 0, cursorY = 0, rowHeight = 0;
    for (const box of boxes) {
      if (cursorX > 0 && cursorX + box.width > rowWidth) {
        cursorX = 0;
        cursorY += rowHeight;
        rowHeight = 0;
      }
      for (const node of box.nodesOfPart) {
        x[node] += cursorX - box.minX;
        y[node] += cursorY - box.minY;
      }
      cursorX += box.width;
      rowHeight = Math.max(rowHeight, box.height);
    }
    const middleX = rowWidth / 2, middleY = (cursorY + rowHeight) / 2;
    for (let i = 0; i < n; i++) {
      x[i] = Math.round((x[i] - middleX) * 10) / 10;
      y[i] = Math.round((y[i] - middleY) * 10) / 10;
    }
    return { x, y };
  }

  // ---------------------------------------------------------------- geography
  const geoIds = [];
  entities.forEach((e, i) => {
    if (e.geo) geoIds.push(i);
  });
  const geo = (function () {
    if (!geoIds.length) return null;
    let minLat = 90, maxLat = -90, minLon = 180, maxLon = -180;
    for (const i of geoIds) {
      const [lat, lon] = entities[i].geo;
      minLat = Math.min(minLat, lat);
      maxLat = Math.max(maxLat, lat);
      minLon = Math.min(minLon, lon);
      maxLon = Math.max(maxLon, lon);
    }
    const padLat = Math.max(2, (maxLat - minLat) * 0.1), padLon = Math.max(2, (maxLon - minLon) * 0.1);
    minLat = Math.max(-90, minLat - padLat);
    maxLat = Math.min(90, maxLat + padLat);
    minLon = Math.max(-180, minLon - padLon);
    maxLon = Math.min(180, maxLon + padLon);
    const midLat = (minLat + maxLat) / 2, midLon = (minLon + maxLon) / 2;
    const shrink = Math.max(0.2, Math.cos((midLat * Math.PI) / 180));
    const perDegree = 1200 / Math.max((maxLon - minLon) * shrink, maxLat - minLat, 1);
    const project = (lat, lon) => [(lon - midLon) * shrink * perDegree, -(lat - midLat) * perDegree];
    const span = Math.max(maxLon - minLon, maxLat - minLat);
    const step = [1, 2, 5, 10, 15, 30, 45].find((s) => span / s <= 10) || 60;
    return { minLat, maxLat, minLon, maxLon, project, step };
  })();

  function drawGraticule(ctx) {
    const scale = network.getScale();
    ctx.save();
    ctx.strokeStyle = "#d7dde5";
    ctx.fillStyle = "#8a96a3";
    ctx.lineWidth = 1 / scale;
    ctx.font = `${11 / scale}px sans-serif`;
    const { minLat, maxLat, minLon, maxLon, project, step } = geo;
    const firstLat = Math.ceil(minLat / step) * step, firstLon = Math.ceil(minLon / step) * step;
    for (let lat = firstLat; lat <= maxLat; lat += step) {
      const [x1, y1] = project(lat, minLon), [x2] = project(lat, maxLon);
      ctx.beginPath();
      ctx.moveTo(x1, y1);
      ctx.lineTo(x2, y1);
      ctx.stroke();
      ctx.fillText(`${Math.abs(lat)}°${lat >= 0 ? "N" : "S"}`, x1 + 3 / scale, y1 - 3 / scale);
    }
    for (let lon = firstLon; lon <= maxLon; lon += step) {
      const [x1, y1] = project(maxLat, lon), [, y2] = project(minLat, lon);
      ctx.beginPath();
      ctx.moveTo(x1, y1);
      ctx.lineTo(x1, y2);
      ctx.stroke();
      ctx.fillText(`${Math.abs(lon)}°${lon >= 0 ? "E" : "W"}`, x1 + 3 / scale, y1 + 13 / scale);
    }
    const [ax, ay] = project(maxLat, minLon), [bx, by] = project(minLat, maxLon);
    ctx.strokeStyle = "#aab4c0";
    ctx.strokeRect(ax, ay, bx - ax, by - ay);
    ctx.restore();
  }

  // ---------------------------------------------------------------- network
  const layoutStarted = performance.now();
  const labelWidth = entities.map((e) => {
    let width = 0;
    for (const ch of e.label) width += ch.charCodeAt(0) > 0x2e80 ? 13 : 7.5;
    return Math.min(width, 320);
  });
  const positions = computeLayout(
    N,
    data.edges.map((e) => [e[0], e[1]]),
    labelWidth,
    SEED
  );
  api.timings.layout = performance.now() - layoutStarted;

  const DIM = { background: "#e6e6e6", border: "#d6d6d6" };
  /* Sizes grow with the logarithm of a count, and only reach the largest size at ``top``
   * or more, so that a map of rarely mentioned entities is not drawn in giant shapes. */
  function logScale(top) {
    return (min, max, total, value) => Math.min(1, Math.log1p(Math.max(0, value)) / Math.log1p(Math.max(max, top)));
  }
  function nodeColour(i) {
    const colour = typeInfo(i).color;
    return { background: colour, border: colour, highlight: { background: colour, border: "#222" }, hover: { background: colour, border: "#222" } };
  }
  function nodeTitle(i) {
    const e = entities[i];
    const lines = [e.label];
    if (e.en) lines.push(e.en);
    lines.push(`${typeInfo(i).name} ${e.type} · 提及 ${e.mentions} 次 · 关联 ${edgesOf[i].length}`);
    return lines.join("\n");
  }
  const nodeItems = entities.map((e, i) => ({
    id: i,
    label: e.label,
    title: nodeTitle(i),
    shape: typeInfo(i).shape,
    value: e.mentions,
    color: nodeColour(i),
    x: positions.x[i],
    y: positions.y[i],
  }));
  function edgeStyle(info) {
    const relation = data.relations[info.primary[0]];
    return {
      color: { color: relation.color, highlight: "#333", hover: "#333", opacity: info.primary[0] === CO ? 0.55 : 0.9 },
      dashes: BIG ? false : relation.line === "dashed" ? [6, 4] : relation.line === "dotted" ? [2, 4] : false,
    };
  }
  function edgeTitle(info) {
    const names = [];
    for (const f of info.facts) {
      const fact = data.facts[f];
      names.push(`${entities[fact[1]].label} —${data.relations[fact[0]].name}→ ${entities[fact[2]].label}`);
    }
    return names.join("\n");
  }
  // edge ids are strings so that vis-network never mistakes an edge for the node of the same number
  const edgeId = (e) => `e${e}`;
  const edgeIndex = (id) => Number(String(id).slice(1));
  const edgeItems = edgeInfo.map((info, i) => {
    const typed = factRank(info.primary) === 0;
    return {
      id: edgeId(i),
      from: typed ? info.primary[1] : info.a,
      to: typed ? info.primary[2] : info.b,
      value: info.count,
      title: edgeTitle(info),
      label: typed && !BIG ? data.relations[info.primary[0]].name : undefined,
      arrows: typed ? { to: { enabled: true, scaleFactor: 0.6 } } : undefined,
      ...edgeStyle(info),
    };
  });
  const nodes = new vis.DataSet(nodeItems);
  const edges = new vis.DataSet(edgeItems);
  const networkStarted = performance.now();
  const network = new vis.Network(
    $("map"),
    { nodes, edges },
    {
      autoResize: true,
      layout: { randomSeed: SEED, improvedLayout: false },
      physics: { enabled: false },
      nodes: {
        size: 12,
        scaling: {
          min: 7,
          max: 36,
          label: { enabled: true, min: 11, max: 22, drawThreshold: BIG ? 9 : 5, maxVisible: 28 },
          customScalingFunction: logScale(20),
        },
        font: { size: 13, color: "#222", strokeWidth: 3, strokeColor: "#ffffff" },
        borderWidth: 1,
        borderWidthSelected: 3,
      },
      edges: {
        smooth: false,
        scaling: { min: 1, max: 8, customScalingFunction: logScale(10) },
        selectionWidth: 2,
        font: { size: 10, color: "#555", strokeWidth: 3, align: "middle" },
      },
      interaction: {
        hover: !BIG,
        tooltipDelay: 250,
        hideEdgesOnDrag: BIG,
        hideEdgesOnZoom: BIG,
        multiselect: false,
        keyboard: false,
      },
    }
  );
  api.network = network;
  api.nodes = nodes;
  api.edges = edges;

  /* Writes which items are shown and which are dimmed into the network.
   *
   * vis-network's DataSet.update re-parses every option of each changed item and then
   * rescales every node and edge (about 0.5 ms per item at 5,000 nodes), so hiding or
   * dimming thousands of items through it freezes the page for seconds. The vis-network
   * inlined here is fixed (pyvis ships 9.1.2), so when its internals are as expected the
   * state is written straight into its node and edge objects and drawn once; otherwise
   * the DataSet is updated. */
  const drawn = (function () {
    const body = network.body;
    const direct =
      !!body && !!body.nodes && !!body.edges && typeof network._updateVisibleIndices === "function" && N > 0 &&
      !!body.nodes[0] && !!body.nodes[0].options && !!body.nodes[0].labelModule;
    api.directDrawing = direct;
    const edgeColour = (e, dim) => {
      const style = edgeStyle(edgeInfo[e]).color;
      return dim ? { ...style, color: "#e3e3e3", opacity: 0.5 } : style;
    };
    function show(nodeIds, edgeIds) {
      if (!nodeIds.length && !edgeIds.length) return;
      if (!direct) {
        nodes.update(nodeIds.map((i) => ({ id: i, hidden: !nodeShown[i] })));
        edges.update(edgeIds.map((e) => ({ id: edgeId(e), hidden: !edgeShown[e] })));
        return;
      }
      for (const i of nodeIds) body.nodes[i].options.hidden = !nodeShown[i];
      for (const e of edgeIds) body.edges[edgeId(e)].options.hidden = !edgeShown[e];
      network._updateVisibleIndices();
      network.redraw();
    }
    function paint(nodeIds, edgeIds) {
      if (!nodeIds.length && !edgeIds.length) return;
      if (!direct) {
        nodes.update(nodeIds.map((i) => ({ id: i, color: dimmed[i] ? DIM : nodeColour(i), font: { color: dimmed[i] ? "#bbbbbb" : "#222222" } })));
        edges.update(edgeIds.map((e) => ({ id: edgeId(e), color: edgeColour(e, edgeDimmed[e]), font: { color: edgeDimmed[e] ? "#dddddd" : "#555555" } })));
        return;
      }
      for (const i of nodeIds) {
        const node = body.nodes[i];
        node.options.color = dimmed[i] ? { ...DIM, highlight: DIM, hover: DIM } : nodeColour(i);
        node.labelModule.fontOptions.color = dimmed[i] ? "#bbbbbb" : "#222222";
        node.labelModule.labelDirty = true; // the label keeps its colours until told
      }
      for (const e of edgeIds) {
        const edge = body.edges[edgeId(e)];
        edge.options.color = { ...edge.options.color, ...edgeColour(e, edgeDimmed[e]) };
        if (edge.labelModule) {
          edge.labelModule.fontOptions.color = edgeDimmed[e] ? "#dddddd" : "#555555";
          edge.labelModule.labelDirty = true;
        }
      }
      network.redraw();
    }
    return { show, paint };
  })();
  api.timings.network = performance.now() - networkStarted;

  // ---------------------------------------------------------------- filters
  const state = {
    types: new Set(data.types.map((t) => t.key).concat([FALLBACK_TYPE.key])),
    relations: new Set(data.relations.map((r) => r.key)),
    minConfidence: 0,
    article: -1,
    source: "",
    hideIsolated: false,
    view: "graph",
  };
  const nodeShown = new Uint8Array(N).fill(1);
  const edgeShown = new Uint8Array(E).fill(1);
  const dimmed = new Uint8Array(N);
  const edgeDimmed = new Uint8Array(E);

  function factPasses(f) {
    const fact = data.facts[f];
    const relation = data.relations[fact[0]];
    if (!state.relations.has(relation.key) || fact[4] + 1e-9 < state.minConfidence) return false;
    if (state.article < 0 && !state.source) return true;
    if (!fact[6].length) return true; // gazetteer hierarchy: true whatever the article
    for (const s of fact[6]) {
      const article = data.sentences[s][1];
      if (article < 0) continue;
      if (state.article >= 0 && article !== state.article) continue;
      if (state.source && articleSource[article] !== state.source) continue;
      return true;
    }
    return false;
  }
  function entityPasses(i) {
    const e = entities[i];
    if (!state.types.has(typeOf[e.type] ? e.type : FALLBACK_TYPE.key)) return false;
    if (state.view === "geo" && !e.geo) return false;
    if (state.article >= 0 && !e.articles.includes(state.article)) return false;
    if (state.source && !e.articles.some((a) => articleSource[a] === state.source)) return false;
    return true;
  }
  function applyFilters() {
    const nodeWanted = new Uint8Array(N);
    for (let i = 0; i < N; i++) nodeWanted[i] = entityPasses(i) ? 1 : 0;
    const edgeWanted = new Uint8Array(E);
    const connected = new Uint8Array(N);
    edgeInfo.forEach((info, i) => {
      if (nodeWanted[info.a] && nodeWanted[info.b] && info.facts.some(factPasses)) {
        edgeWanted[i] = 1;
        connected[info.a] = connected[info.b] = 1;
      }
    });
    if (state.hideIsolated) for (let i = 0; i < N; i++) if (!connected[i]) nodeWanted[i] = 0;
    const nodeChanges = [], edgeChanges = [];
    for (let i = 0; i < N; i++) {
      if (nodeWanted[i] !== nodeShown[i]) {
        nodeShown[i] = nodeWanted[i];
        nodeChanges.push(i);
      }
    }
    for (let i = 0; i < E; i++) {
      if (edgeWanted[i] !== edgeShown[i]) {
        edgeShown[i] = edgeWanted[i];
        edgeChanges.push(i);
      }
    }
    drawn.show(nodeChanges, edgeChanges);
    updateCounts();
    if (selected.kind === "node") highlight(selected.id);
  }
  function updateCounts() {
    let n = 0, m = 0;
    for (let i = 0; i < N; i++) n += nodeShown[i];
    for (let i = 0; i < E; i++) m += edgeShown[i];
    $("counts").textContent = `显示 ${n} / ${N} 个实体 · ${m} / ${E} 条连线`;
  }
  function filtersActive() {
    return (
      state.types.size < data.types.length + 1 ||
      state.relations.size < data.relations.length ||
      state.minConfidence > 0 ||
      state.article >= 0 ||
      state.source !== "" ||
      state.hideIsolated
    );
  }

  function buildFilters() {
    const typeCounts = {};
    entities.forEach((e) => (typeCounts[e.type] = (typeCounts[e.type] || 0) + 1));
    const typeBox = $("filter-types");
    const shownTypes = data.types.slice();
    if (entities.some((e) => !typeOf[e.type])) shownTypes.push(FALLBACK_TYPE);
    for (const t of shownTypes) {
      const box = el("input");
      box.type = "checkbox";
      box.checked = true;
      box.dataset.type = t.key;
      box.addEventListener("change", () => {
        if (box.checked) state.types.add(t.key);
        else state.types.delete(t.key);
        applyFilters();
      });
      const count = t === FALLBACK_TYPE ? entities.filter((e) => !typeOf[e.type]).length : typeCounts[t.key] || 0;
      typeBox.appendChild(el("label", "legend-row", box, shapeIcon(t), `${t.name} ${t.key}`, el("span", "count", count)));
    }
    const relationCounts = data.relations.map(() => 0);
    data.facts.forEach((f) => relationCounts[f[0]]++);
    const relationBox = $("filter-relations");
    data.relations.forEach((r, index) => {
      if (!relationCounts[index] && r.key !== "coOccursWith") return;
      const box = el("input");
      box.type = "checkbox";
      box.checked = true;
      box.dataset.relation = r.key;
      box.addEventListener("change", () => {
        if (box.checked) state.relations.add(r.key);
        else state.relations.delete(r.key);
        applyFilters();
      });
      const row = el("label", "legend-row", box, lineIcon(r), r.name, el("span", "count", relationCounts[index]));
      row.title = r.key;
      relationBox.appendChild(row);
    });
    const confidence = $("min-confidence");
    confidence.addEventListener("input", () => {
      state.minConfidence = Number(confidence.value);
      $("min-confidence-value").textContent = state.minConfidence.toFixed(2);
      applyFilters();
    });
    const articleSelect = $("filter-article");
    data.articles.forEach((a, i) => {
      const option = el("option", null, `${a[0] >= 0 ? a[0] + ". " : ""}${a[1] || "(无标题)"}`);
      option.value = String(i);
      articleSelect.appendChild(option);
    });
    articleSelect.addEventListener("change", () => {
      state.article = Number(articleSelect.value);
      applyFilters();
    });
    const sourceSelect = $("filter-source");
    for (const s of sources) {
      const option = el("option", null, s);
      option.value = s;
      sourceSelect.appendChild(option);
    }
    sourceSelect.addEventListener("change", () => {
      state.source = sourceSelect.value;
      applyFilters();
    });
    const isolated = $("hide-isolated");
    isolated.addEventListener("change", () => {
      state.hideIsolated = isolated.checked;
      applyFilters();
    });
    $("reset-filters").addEventListener("click", resetFilters);
  }
  function resetFilters() {
    state.types = new Set(data.types.map((t) => t.key).concat([FALLBACK_TYPE.key]));
    state.relations = new Set(data.relations.map((r) => r.key));
    state.minConfidence = 0;
    state.article = -1;
    state.source = "";
    state.hideIsolated = false;
    document.querySelectorAll("#filters input[type=checkbox]").forEach((box) => (box.checked = box.id !== "hide-isolated"));
    $("min-confidence").value = "0";
    $("min-confidence-value").textContent = "0.00";
    $("filter-article").value = "-1";
    $("filter-source").value = "";
    applyFilters();
  }

  // ---------------------------------------------------------------- selection and highlight
  const selected = { kind: null, id: null };
  function neighbours(i) {
    const around = new Set([i]);
    for (const e of edgesOf[i]) {
      if (!edgeShown[e]) continue;
      around.add(edgeInfo[e].a);
      around.add(edgeInfo[e].b);
    }
    return around;
  }
  function setDimmed(nodeWanted, edgeWanted) {
    const nodeChanges = [], edgeChanges = [];
    for (let i = 0; i < N; i++) {
      const want = nodeWanted ? nodeWanted(i) : 0;
      if (want !== dimmed[i]) {
        dimmed[i] = want;
        nodeChanges.push(i);
      }
    }
    for (let i = 0; i < E; i++) {
      const want = edgeWanted ? edgeWanted(i) : 0;
      if (want !== edgeDimmed[i]) {
        edgeDimmed[i] = want;
        edgeChanges.push(i);
      }
    }
    drawn.paint(nodeChanges, edgeChanges);
  }
  function highlight(i) {
    const around = neighbours(i);
    setDimmed(
      (j) => (around.has(j) ? 0 : 1),
      (e) => (edgeInfo[e].a === i || edgeInfo[e].b === i ? 0 : 1)
    );
  }
  function highlightEdge(e) {
    const { a, b } = edgeInfo[e];
    setDimmed(
      (j) => (j === a || j === b ? 0 : 1),
      (f) => (f === e ? 0 : 1)
    );
  }
  function unhighlight() {
    setDimmed(null, null);
  }

  function selectEntity(i, { focus = true } = {}) {
    if (state.view === "geo" && !entities[i].geo) setView("graph");
    selected.kind = "node";
    selected.id = i;
    if (nodeShown[i]) {
      network.selectNodes([i], false);
      highlight(i);
      if (focus) {
        network.focus(i, { scale: Math.max(network.getScale(), 1.1), animation: BIG ? false : { duration: 350, easingFunction: "easeInOutQuad" } });
      }
    } else {
      network.unselectAll();
      unhighlight();
    }
    showEntity(i);
  }
  function selectEdge(e) {
    selected.kind = "edge";
    selected.id = e;
    network.selectEdges([edgeId(e)]);
    highlightEdge(e);
    showEdge(e);
  }
  function clearSelection() {
    selected.kind = null;
    selected.id = null;
    network.unselectAll();
    unhighlight();
    showOverview();
  }
  network.on("click", (params) => {
    if (params.nodes.length) selectEntity(params.nodes[0], { focus: false });
    else if (params.edges.length) selectEdge(edgeIndex(params.edges[0]));
    else clearSelection();
  });

  // ---------------------------------------------------------------- side panel
  const panel = $("panel");
  function typeLine(i) {
    const e = entities[i];
    const t = typeInfo(i);
    const swatch = el("span", "swatch");
    swatch.style.background = t.color;
    return el("div", "sub", swatch, `${t.name} ${e.type}`, e.classes.length ? ` · ${e.classes.join(", ")}` : "");
  }
  function articleHeading(a) {
    if (a < 0) return el("div", "article", "（不属于任何一篇文章，如目录）");
    const article = data.articles[a];
    const meta = [article[2], article[3]].filter(Boolean).join(" · ");
    return el("div", "article", `${article[0] >= 0 ? "第 " + article[0] + " 篇 " : ""}${article[1] || "(无标题)"}`, meta ? el("span", "meta", ` — ${meta}`) : null);
  }
  /* A sentence with some spans marked: marks are [start, end, className] in document offsets. */
  function sentenceNode(s, marks) {
    const [text, , start] = data.sentences[s];
    const node = el("div", "sentence");
    const spans = marks
      .map(([from, to, cls]) => [from - start, to - start, cls])
      .filter(([from, to]) => start >= 0 && from >= 0 && to <= text.length && from < to)
      .sort((p, q) => p[0] - q[0]);
    let at = 0;
    for (const [from, to, cls] of spans) {
      if (from < at) continue;
      node.appendChild(document.createTextNode(text.slice(at, from)));
      node.appendChild(el("mark", cls, text.slice(from, to)));
      at = to;
    }
    node.appendChild(document.createTextNode(text.slice(at)));
    return node;
  }
  function entityLink(i) {
    return link(entities[i].label, () => selectEntity(i), entities[i].en || entities[i].iri);
  }
  function showMore(list, items, render, first) {
    items.slice(0, first).forEach((item) => list.appendChild(render(item)));
    if (items.length > first) {
      const more = link(`显示全部 ${items.length} 条`, () => {
        more.remove();
        items.slice(first).forEach((item) => list.appendChild(render(item)));
      });
      more.classList.add("more");
      list.after(more);
    }
  }

  function showEntity(i) {
    const e = entities[i];
    clear(panel);
    panel.appendChild(el("h2", null, e.label));
    if (e.en) panel.appendChild(el("div", "sub", e.en));
    panel.appendChild(typeLine(i));
    panel.appendChild(el("div", "iri", e.iri));
    if (!nodeShown[i]) {
      const note = el("p", "note", "此实体被当前的筛选条件隐藏。 ");
      note.appendChild(link("清除筛选", () => {
        resetFilters();
        selectEntity(i);
      }));
      panel.appendChild(note);
    }
    panel.appendChild(el("p", "sub", `提及 ${e.mentions} 次 · ${e.articles.length} 篇文章 · 关联 ${edgesOf[i].length} 个实体`));
    if (e.aliases.length) {
      panel.appendChild(el("h3", null, "别名"));
      const chips = el("div", "chips");
      e.aliases.forEach((alias) => chips.appendChild(el("span", null, alias)));
      panel.appendChild(chips);
    }
    const chain = [];
    const seen = new Set([i]);
    for (let p = e.parent; p >= 0 && !seen.has(p); p = entities[p].parent) {
      chain.push(p);
      seen.add(p);
    }
    if (chain.length || childrenOf[i].length) {
      panel.appendChild(el("h3", null, e.type === "Place" ? "行政层级" : "上下级"));
      if (chain.length) {
        const row = el("div", null, e.label);
        for (const p of chain) {
          row.appendChild(document.createTextNode(" ⊂ "));
          row.appendChild(entityLink(p));
        }
        panel.appendChild(row);
      }
      if (childrenOf[i].length) {
        const row = el("div", "sub", "下级：");
        childrenOf[i].forEach((c, k) => {
          if (k) row.appendChild(document.createTextNode("、"));
          row.appendChild(entityLink(c));
        });
        panel.appendChild(row);
      }
    }
    if (e.geo) panel.appendChild(el("div", "sub", `坐标 ${e.geo[0].toFixed(4)}, ${e.geo[1].toFixed(4)}`));

    // facts: typed relations first, then co-occurrence
    const typed = [], together = [];
    for (const edge of edgesOf[i]) {
      const info = edgeInfo[edge];
      for (const f of info.facts) {
        const fact = data.facts[f];
        if (fact[0] === CO) together.push([edge, fact]);
        else if (fact[0] !== HIER) typed.push([edge, fact]);
      }
    }
    if (typed.length) {
      panel.appendChild(el("h3", null, `关系（${typed.length}）`));
      const list = el("ul");
      panel.appendChild(list);
      typed.sort((p, q) => q[1][4] - p[1][4] || p[1][0] - q[1][0]);
      showMore(list, typed, ([edge, fact]) => {
        const r = data.relations[fact[0]];
        const item = el("li");
        const outgoing = fact[1] === i;
        item.appendChild(document.createTextNode(outgoing ? `${r.name} → ` : `← ${r.name} `));
        item.appendChild(entityLink(outgoing ? fact[2] : fact[1]));
        if (fact[5]) item.appendChild(el("span", "sub", `（${fact[5]}）`));
        item.appendChild(document.createTextNode(" "));
        item.appendChild(link("证据", () => selectEdge(edge)));
        return item;
      }, 30);
    }
    if (together.length) {
      panel.appendChild(el("h3", null, `同句共现（${together.length}）`));
      const list = el("ul");
      panel.appendChild(list);
      together.sort((p, q) => q[1][3] - p[1][3]);
      showMore(list, together, ([edge, fact]) => {
        const other = fact[1] === i ? fact[2] : fact[1];
        const item = el("li", null, entityLink(other), ` ×${fact[3]} `);
        item.appendChild(link("证据", () => selectEdge(edge)));
        return item;
      }, 15);
    }

    // mentions, grouped by article and sentence
    const mentionIds = mentionsOf[i];
    panel.appendChild(el("h3", null, `提及（${mentionIds.length}）`));
    if (!mentionIds.length) {
      panel.appendChild(el("p", "sub", "文中未直接提及（来自地名或机构词表的上级）。"));
      return;
    }
    const forms = new Map();
    mentionIds.forEach((m) => forms.set(data.mentions[m][4], (forms.get(data.mentions[m][4]) || 0) + 1));
    const formLine = el("div", "chips");
    [...forms.entries()].sort((p, q) => q[1] - p[1]).forEach(([form, count]) => formLine.appendChild(el("span", null, `${form.replace(/\s+/g, "")} ×${count}`)));
    panel.appendChild(formLine);
    const groups = [];
    const bySentence = new Map();
    for (const m of mentionIds) {
      const [, s, , , , a] = data.mentions[m];
      const key = s >= 0 ? `s${s}` : `m${m}`;
      if (!bySentence.has(key)) {
        const group = { article: a, sentence: s, mentions: [] };
        bySentence.set(key, group);
        groups.push(group);
      }
      bySentence.get(key).mentions.push(m);
    }
    const order = (a) => (a < 0 ? Infinity : a);
    groups.sort(
      (p, q) => order(p.article) - order(q.article) || data.mentions[p.mentions[0]][2] - data.mentions[q.mentions[0]][2]
    );
    const list = el("div", "mentions");
    list.id = "panel-mentions";
    panel.appendChild(list);
    let lastArticle = null;
    showMore(list, groups, (group) => {
      const block = el("div", "mention");
      if (group.article !== lastArticle) {
        block.appendChild(articleHeading(group.article));
        lastArticle = group.article;
      }
      if (group.sentence >= 0) {
        block.appendChild(sentenceNode(group.sentence, group.mentions.map((m) => [data.mentions[m][2], data.mentions[m][3], ""])));
      } else {
        block.appendChild(el("div", "sentence", el("span", "surface", data.mentions[group.mentions[0]][4])));
      }
      return block;
    }, 40);
  }

  function showEdge(edge) {
    const info = edgeInfo[edge];
    clear(panel);
    const title = el("h2", null, entityLink(info.a), " — ", entityLink(info.b));
    panel.appendChild(title);
    const evidence = new Set();
    info.facts.forEach((f) => data.facts[f][6].forEach((s) => evidence.add(s)));
    panel.appendChild(el("p", "sub", `${info.facts.length} 条事实 · ${evidence.size} 个证据句`));
    for (const f of info.facts) {
      const fact = data.facts[f];
      const relation = data.relations[fact[0]];
      const box = el("div", "fact");
      box.style.borderLeftColor = relation.color;
      box.appendChild(el("div", null, el("strong", null, entities[fact[1]].label), ` —${relation.name}→ `, el("strong", null, entities[fact[2]].label)));
      const meta = [relation.key, `置信度 ${fact[4].toFixed(2)}`, `${fact[3]} 句`];
      if (fact[5]) meta.push(`角色：${fact[5]}`);
      box.appendChild(el("div", "meta", meta.join(" · ")));
      if (!fact[6].length) box.appendChild(el("div", "meta", "来自地名或机构词表，无原文句子。"));
      let lastArticle = null;
      for (const s of fact[6]) {
        const article = data.sentences[s][1];
        if (article !== lastArticle) {
          box.appendChild(articleHeading(article));
          lastArticle = article;
        }
        const marks = (mentionsInSentence.get(s) || [])
          .filter((m) => data.mentions[m][0] === fact[1] || data.mentions[m][0] === fact[2])
          .map((m) => [data.mentions[m][2], data.mentions[m][3], data.mentions[m][0] === fact[1] ? "" : "other"]);
        box.appendChild(sentenceNode(s, marks));
      }
      panel.appendChild(box);
    }
  }

  function showOverview() {
    clear(panel);
    panel.appendChild(el("h2", null, data.title || "关系图"));
    panel.appendChild(el("p", "sub", `${N} 个实体 · ${E} 条连线 · ${data.facts.length} 条事实 · ${data.articles.length} 篇文章`));
    panel.appendChild(
      el(
        "p",
        null,
        "在上方搜索实体（中文、英文或别名），点击节点查看别名、类型、层级和每一次提及的原句；点击连线查看事实和证据句子。左侧图例可按类型、关系、置信度、文章和来源筛选。"
      )
    );
    const ranked = entities.map((e, i) => i).sort((p, q) => entities[q].mentions - entities[p].mentions || edgesOf[q].length - edgesOf[p].length);
    panel.appendChild(el("h3", null, "提及最多"));
    const list = el("ol");
    ranked.slice(0, 15).forEach((i) => list.appendChild(el("li", null, entityLink(i), el("span", "sub", ` ${entities[i].mentions}`))));
    panel.appendChild(list);
    if (data.articles.length) {
      panel.appendChild(el("h3", null, "文章"));
      const articles = el("ol");
      data.articles.forEach((a, i) => {
        const item = el("li");
        item.appendChild(link(a[1] || "(无标题)", () => {
          state.article = i;
          $("filter-article").value = String(i);
          applyFilters();
        }));
        if (a[2]) item.appendChild(el("span", "sub", ` ${a[2]}`));
        articles.appendChild(item);
      });
      panel.appendChild(articles);
    }
  }

  // ---------------------------------------------------------------- search
  const searchInput = $("search");
  const results = $("search-results");
  let hits = [];
  let active = 0;
  function search(text) {
    const q = normalise(text);
    if (!q) return [];
    const found = [];
    for (let i = 0; i < N; i++) {
      let best = 3;
      for (const name of searchNames[i]) {
        const score = name === q ? 0 : name.startsWith(q) ? 1 : name.includes(q) ? 2 : 3;
        if (score < best) best = score;
        if (best === 0) break;
      }
      if (best < 3) found.push([best, i]);
    }
    found.sort((p, q2) => p[0] - q2[0] || entities[q2[1]].mentions - entities[p[1]].mentions || entities[p[1]].label.localeCompare(entities[q2[1]].label));
    return found;
  }
  function showResults() {
    clear(results);
    if (!searchInput.value.trim()) {
      results.hidden = true;
      return;
    }
    results.hidden = false;
    if (!hits.length) {
      results.appendChild(el("li", "empty", "没有匹配的实体"));
      return;
    }
    hits.slice(0, 12).forEach(([, i], k) => {
      const e = entities[i];
      const hint = [e.en, ...e.aliases].filter(Boolean).join(" / ");
      const item = el("li", k === active ? "active" : null, shapeIcon(typeInfo(i)), el("span", "name", e.label), el("span", "hint", hint));
      item.setAttribute("role", "option");
      item.addEventListener("mousedown", (event) => {
        event.preventDefault();
        choose(i);
      });
      results.appendChild(item);
    });
  }
  function choose(i) {
    results.hidden = true;
    searchInput.value = entities[i].label;
    selectEntity(i);
  }
  let searchTimer = null;
  searchInput.addEventListener("input", () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => {
      hits = search(searchInput.value);
      active = 0;
      showResults();
      // a name that matches one entity (exactly, or as the only match) selects it at once
      if (hits.length === 1 || (hits.length && hits[0][0] === 0 && hits[1][0] > 0)) selectEntity(hits[0][1]);
    }, BIG ? 120 : 40);
  });
  searchInput.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const shown = Math.min(hits.length, 12);
      if (shown) active = (active + (event.key === "ArrowDown" ? 1 : shown - 1)) % shown;
      showResults();
    } else if (event.key === "Enter") {
      event.preventDefault();
      clearTimeout(searchTimer);
      hits = search(searchInput.value);
      if (hits.length) choose(hits[Math.min(active, hits.length - 1)][1]);
    } else if (event.key === "Escape") {
      results.hidden = true;
    }
  });
  searchInput.addEventListener("blur", () => setTimeout(() => (results.hidden = true), 150));
  searchInput.addEventListener("focus", () => {
    if (searchInput.value.trim()) showResults();
  });

  // ---------------------------------------------------------------- views
  let savedPositions = null;
  function setView(view) {
    if (view === state.view || (view === "geo" && !geo)) return;
    if (view === "geo") {
      savedPositions = network.getPositions();
      for (const i of geoIds) {
        const [gx, gy] = geo.project(entities[i].geo[0], entities[i].geo[1]);
        network.moveNode(i, gx, gy);
      }
    } else if (savedPositions) {
      for (const i of geoIds) network.moveNode(i, savedPositions[i].x, savedPositions[i].y);
    }
    state.view = view;
    $("view-graph").classList.toggle("active", view === "graph");
    $("view-geo").classList.toggle("active", view === "geo");
    applyFilters();
    if (selected.kind === "edge" && !edgeShown[selected.id]) clearSelection();
    else if (selected.kind === "edge") highlightEdge(selected.id);
    fitView(false);
  }
  function fitView(animate) {
    if (state.view !== "geo") {
      network.fit({ animation: animate && !BIG ? { duration: 300, easingFunction: "easeInOutQuad" } : false });
      return;
    }
    const [ax, ay] = geo.project(geo.maxLat, geo.minLon), [bx, by] = geo.project(geo.minLat, geo.maxLon);
    const box = $("map").getBoundingClientRect();
    const scale = 0.94 * Math.min(box.width / (bx - ax), box.height / (by - ay));
    network.moveTo({ position: { x: (ax + bx) / 2, y: (ay + by) / 2 }, scale, animation: false });
  }
  network.on("beforeDrawing", (ctx) => {
    if (state.view === "geo") drawGraticule(ctx);
  });
  $("view-graph").addEventListener("click", () => setView("graph"));
  $("view-geo").addEventListener("click", () => setView("geo"));
  if (!geo) {
    $("view-geo").disabled = true;
    $("view-geo").title = "图中没有带坐标的地点";
  } else {
    $("view-geo").title = `${geoIds.length} 个地点按经纬度放置`;
  }
  $("fit").addEventListener("click", () => fitView(true));

  // ---------------------------------------------------------------- start
  buildFilters();
  updateCounts();
  showOverview();
  network.fit({ animation: false });
  network.once("afterDrawing", () => {
    api.timings.firstDraw = performance.now() - started;
    api.ready = true;
    $("status").textContent = BIG ? `布局 ${Math.round(api.timings.layout)} ms` : "";
  });
  network.redraw();

  api.select = (what) => {
    const i = typeof what === "number" ? what : (search(what)[0] || [])[1];
    if (i === undefined) return null;
    selectEntity(i);
    return i;
  };
  api.search = (text) => search(text).map(([score, i]) => ({ score, id: i, label: entities[i].label }));
  api.visibleNodeIds = () => {
    const ids = [];
    for (let i = 0; i < N; i++) if (nodeShown[i]) ids.push(i);
    return ids;
  };
  api.visibleEdgeCount = () => edgeShown.reduce((sum, v) => sum + v, 0);
  api.setView = setView;
  api.edgeId = edgeId;
  api.edgeIndex = edgeIndex;
  api.filtersActive = filtersActive;
  api.state = state;
})();
