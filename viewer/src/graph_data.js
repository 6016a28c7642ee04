// The graph the HTML writer embeds (a JSON document in
// <script type="application/json" id="newsgraph-data">) turned into a
// graphology graph with display attributes. Every colour and shape comes from
// the document, which the writer takes from schemas/ontology.json (and
// schemas/diff-style.json for a diff).
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

// Graphviz shape names of the ontology (dot_shape) to the viewer's shapes.
const SHAPE_OF_DOT = {
  box: 'square', rect: 'square', rectangle: 'square', square: 'square', note: 'square',
  ellipse: 'circle', oval: 'circle', circle: 'circle', point: 'circle',
  diamond: 'diamond', house: 'triangle', triangle: 'triangle', invhouse: 'triangle',
  hexagon: 'hexagon', octagon: 'hexagon', polygon: 'hexagon',
};
export const SHAPES = ['circle', 'square', 'diamond', 'triangle', 'hexagon'];
const UNKNOWN_COLOR = '#808080';

export function shapeOfDot(dotShape) {
  return SHAPE_OF_DOT[dotShape] || 'circle';
}

export function readDocument(doc) {
  const el = doc.getElementById('newsgraph-data');
  if (!el) throw new Error('newsgraph: the page holds no graph (#newsgraph-data is missing)');
  return JSON.parse(el.textContent);
}

// Lookup tables of the ontology part of the document.
export function makeStyle(data) {
  const nodeTypes = new Map((data.node_types || []).map((t) => [t.name, t]));
  const families = new Map((data.families || []).map((f) => [f.name, f]));
  const familyOf = new Map();
  for (const f of data.families || []) for (const r of f.relations || []) familyOf.set(r, f);
  const changes = data.changes ? new Map(data.changes.map((c) => [c.name, c.color])) : null;
  return {
    nodeTypes, families, familyOf, changes,
    nodeLook(n) {
      const t = nodeTypes.get(n.type);
      if (!t) return {color: UNKNOWN_COLOR, shape: 'circle'};
      const k = (t.kinds || []).find((x) => x.name === n.kind);
      return {color: (k && k.color) || t.color, shape: shapeOfDot((k && k.shape) || t.shape)};
    },
    edgeLook(e) {
      const f = familyOf.get(e.type);
      return {color: f ? f.color : UNKNOWN_COLOR, width: f ? f.width : 1, family: f ? f.name : ''};
    },
  };
}

// A deterministic pseudo-random sequence (mulberry32), so that the layout,
// and so the page, is the same at every load.
function seeded(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The graphology graph: node keys are the canonical ids, edge keys e0, e1 ...
// in the document's (deterministic) order. Display attributes: color, shape,
// size, label; the document's own fields under `data`.
export function buildGraph(data, style) {
  const graph = new Graph({type: 'directed', multi: true, allowSelfLoops: true});
  const random = seeded(0x6e677261);
  const nodes = data.nodes || [];
  nodes.forEach((n, i) => {
    const look = style.nodeLook(n);
    const angle = (2 * Math.PI * i) / Math.max(1, nodes.length);
    graph.addNode(n.id, {
      label: n.label || n.id,
      x: Math.cos(angle) * 100 + random() * 10,
      y: Math.sin(angle) * 100 + random() * 10,
      size: 5 + 2 * Math.log2(1 + Math.max(0, n.mentions || 0)),
      typeColor: look.color,
      color: look.color,
      shape: look.shape,
      data: n,
    });
  });
  (data.edges || []).forEach((e, i) => {
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target)) {
      throw new Error(`newsgraph: edge ${i} (${e.type}) names a node that is not in the graph`);
    }
    const look = style.edgeLook(e);
    graph.addEdgeWithKey('e' + i, e.source, e.target, {
      label: e.label || e.type,
      size: look.width * (1 + 0.5 * Math.log2(Math.max(1, e.weight || 1))),
      typeColor: look.color,
      color: look.color,
      family: look.family,
      data: e,
    });
  });
  if (data.changes) {
    for (const key of graph.nodes()) {
      const c = graph.getNodeAttribute(key, 'data').change;
      graph.setNodeAttribute(key, 'changeColor', style.changes.get(c) || UNKNOWN_COLOR);
    }
    for (const key of graph.edges()) {
      const c = graph.getEdgeAttribute(key, 'data').change;
      graph.setEdgeAttribute(key, 'changeColor', style.changes.get(c) || UNKNOWN_COLOR);
    }
  }
  layout(graph);
  return graph;
}

// ForceAtlas2, synchronously and for a bounded amount of work, so that a large
// graph still opens in about a second.
function layout(graph) {
  if (graph.order < 2) return;
  // Strong gravity keeps the parts that no edge links near the rest.
  const settings = {...forceAtlas2.inferSettings(graph), scalingRatio: 30, gravity: 1,
                    strongGravityMode: true, barnesHutOptimize: graph.order > 300};
  const iterations = Math.max(30, Math.min(500, Math.floor(4e6 / (graph.order * graph.order + 1))));
  forceAtlas2.assign(graph, {iterations, settings, getEdgeWeight: null});
}
