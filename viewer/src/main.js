// The newsgraph page: the embedded graph drawn with sigma, a legend that is
// also the filter (node types, relation types, changes of a diff), search by
// name, and a panel with the facts and evidence of what is clicked.
// window.newsgraphView exposes the graph and renderer to tests.
import Sigma, {DEFAULT_STYLES} from 'sigma';
import {
  extremityArrow, pathCurved, pathLine, pathLoop, layerPlain, sdfCircle, sdfDiamond, sdfSquare,
  sdfTriangle,
} from 'sigma/rendering';
import css from './style.css';
import {buildGraph, makeStyle, readDocument} from './graph_data.js';
import {el, renderDetails} from './details.js';
import {buildLegend} from './legend.js';

// A regular hexagon with its vertices at distance `size` (Inigo Quilez's SDF).
const HEXAGON = {
  name: 'hexagon',
  inradiusFactor: 0.8660254,
  glsl: `
float sdf_hexagon(vec2 uv, float size) {
  const vec3 k = vec3(-0.866025404, 0.5, 0.577350269);
  float r = size * 0.866025404;
  vec2 p = abs(uv);
  p -= 2.0 * min(dot(k.xy, p), 0.0) * k.xy;
  p -= vec2(clamp(p.x, -k.z * r, k.z * r), r);
  return length(p) * sign(p.y);
}
`,
};

const DIM_COLOR = '#e6e6e6';

function start() {
  const style0 = document.createElement('style');
  style0.textContent = css;
  document.head.appendChild(style0);

  const data = readDocument(document);
  const style = makeStyle(data);
  const graph = buildGraph(data, style);
  const isDiff = !!data.changes;

  // Page skeleton.
  const title = data.title || (isDiff ? 'newsgraph diff' : 'newsgraph');
  document.title = title;
  const search = el('input', {type: 'search', id: 'ng-search', placeholder: 'Search a name…',
                              'aria-label': 'Search a name', list: 'ng-names'});
  const names = el('datalist', {id: 'ng-names'});
  const status = el('span', {id: 'ng-status'});
  const header = el('header', {id: 'ng-header'}, [el('h1', {}, [title]), search, names, status]);
  const legendBox = el('aside', {id: 'ng-legend'});
  const stage = el('main', {id: 'ng-stage'});
  const details = el('aside', {id: 'ng-details'}, [
    el('p', {className: 'ng-hint'}, ['Click a node or an edge to see its facts and evidence.']),
  ]);
  document.body.append(header, el('div', {id: 'ng-body'}, [legendBox, stage, details]));

  // What is shown: filters, search matches and the selection.
  const view = {
    hiddenNodeTypes: new Set(), hiddenRelations: new Set(), hiddenChanges: new Set(),
    colorBy: isDiff ? 'change' : 'type',
    matches: null,    // Set of node keys matching the search, or null
    selected: null,   // {kind: 'node'|'edge', key}
  };

  const renderer = new Sigma(graph, stage, {
    primitives: {
      nodes: {shapes: [sdfCircle(), sdfSquare({cornerRadius: 0.15}), sdfDiamond(), sdfTriangle(), HEXAGON]},
      edges: {
        paths: [pathLine(), pathCurved(), pathLoop()],
        extremities: [extremityArrow()],
        layers: [layerPlain()],
        defaultHead: 'arrow',
      },
    },
    styles: {
      nodes: [DEFAULT_STYLES.nodes, {shape: {attribute: 'shape', defaultValue: 'circle'}}],
      edges: [DEFAULT_STYLES.edges,
              {head: 'arrow', path: 'line', parallelPath: 'curved', selfLoopPath: 'loop'}],
    },
    settings: {
      renderEdgeLabels: false,  // a switch in the legend: costly to draw in software GL
      enableEdgeEvents: true,
      labelDensity: 0.5,
      labelRenderedSizeThreshold: 6,
      stagePadding: 40,
      itemSizesReference: 'screen',  // node sizes in pixels, not graph units
    },
    nodeReducer: (key, display, attrs) => look('node', key, attrs),
    edgeReducer: (key, display, attrs) => look('edge', key, attrs),
  });

  // What the filters, the search and the selection make of a node or edge.
  function look(kind, key, attrs) {
    const out = {color: view.colorBy === 'change' ? attrs.changeColor : attrs.typeColor};
    if (!(kind === 'node' ? nodeShown(key) : edgeShown(key))) out.visibility = 'hidden';
    if (!focusActive()) return out;
    if (!inFocus(kind, key)) {
      out.color = DIM_COLOR;
      out.labelVisibility = 'hidden';
    } else if (kind === 'node') {
      out.labelVisibility = 'visible';
      out.zIndex = 1;
    }
    return out;
  }

  function nodeShown(key) {
    const n = graph.getNodeAttribute(key, 'data');
    if (view.hiddenNodeTypes.has(n.type)) return false;
    if (isDiff && view.hiddenChanges.has(n.change)) return false;
    return true;
  }
  function edgeShown(key) {
    const e = graph.getEdgeAttribute(key, 'data');
    if (view.hiddenRelations.has(e.type)) return false;
    if (isDiff && view.hiddenChanges.has(e.change)) return false;
    return nodeShown(graph.source(key)) && nodeShown(graph.target(key));
  }
  function focusActive() {
    return view.matches !== null || view.selected !== null;
  }
  // The selection and its neighbourhood, or the search matches.
  function inFocus(kind, key) {
    const s = view.selected;
    if (s) {
      if (s.kind === 'node') {
        if (kind === 'node') return key === s.key || graph.areNeighbors(key, s.key);
        return graph.hasExtremity(key, s.key);
      }
      if (kind === 'edge') return key === s.key;
      return graph.hasExtremity(s.key, key);
    }
    if (kind === 'node') return view.matches.has(key);
    return view.matches.has(graph.source(key)) && view.matches.has(graph.target(key));
  }

  function countShown() {
    let nodes = 0;
    let edges = 0;
    graph.forEachNode((key) => {
      const d = renderer.getNodeDisplayData(key);
      if (d && d.visibility !== 'hidden') ++nodes;
    });
    graph.forEachEdge((key) => {
      const d = renderer.getEdgeDisplayData(key);
      if (d && d.visibility !== 'hidden') ++edges;
    });
    return {nodes, edges};
  }
  function update() {
    renderer.refresh();
    const c = countShown();
    status.textContent = `${c.nodes} of ${graph.order} nodes, ${c.edges} of ${graph.size} edges shown`;
    status.dataset.nodes = c.nodes;
    status.dataset.edges = c.edges;
  }

  function select(sel) {
    view.selected = sel;
    renderDetails(details, graph, style, data, sel);
    update();
  }

  // Search: a name, alias or id, case-insensitive.
  const nameIndex = [];
  graph.forEachNode((key, attrs) => {
    const n = attrs.data;
    const words = [n.label || '', n.id, ...(n.aliases || [])].map((w) => w.toLowerCase());
    nameIndex.push({key, words});
    names.append(el('option', {value: n.label || n.id}));
  });
  function runSearch() {
    const q = search.value.trim().toLowerCase();
    view.selected = null;
    if (!q) {
      view.matches = null;
      renderDetails(details, graph, style, data, null);
      update();
      return;
    }
    const exact = nameIndex.find((x) => x.words.includes(q));
    view.matches = new Set(nameIndex.filter((x) => x.words.some((w) => w.includes(q))).map((x) => x.key));
    if (exact) {
      select({kind: 'node', key: exact.key});
      view.matches = null;
      update();
      return;
    }
    status.dataset.matches = view.matches.size;
    update();
  }
  search.addEventListener('input', runSearch);

  renderer.on('clickNode', ({node}) => select({kind: 'node', key: node}));
  renderer.on('clickEdge', ({edge}) => select({kind: 'edge', key: edge}));
  renderer.on('clickStage', () => select(null));
  details.addEventListener('click', (ev) => {
    const a = ev.target.closest('[data-node]');
    if (a) select({kind: 'node', key: a.dataset.node});
  });

  buildLegend(legendBox, data, style, renderer, view, update);
  update();
  window.newsgraphView = {graph, renderer, view, select, countShown, search: runSearch};
  document.body.dataset.ready = 'true';
}

try {
  start();
} catch (err) {
  document.body.textContent = '';
  document.body.append(el('pre', {id: 'ng-error'}, [String(err && err.message ? err.message : err)]));
  throw err;
}
