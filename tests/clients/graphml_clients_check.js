// Loads GraphML files written by newsgraph with graphology-graphml and checks
// that it sees what the file says: the same nodes, edges and attribute values
// as an independent reading with @xmldom/xmldom, typed by each key's attr.type
// (graphology-graphml turns Gephi's r, g, b into a colour).
//
// usage: node graphml_clients_check.js FILE.graphml...
// Exit 0 when every file matches, 1 otherwise (each mismatch is printed).
'use strict';
const fs = require('fs');
const {DOMParser} = require('@xmldom/xmldom');
const Graph = require('graphology');
const graphml = require('graphology-graphml');

const problems = [];

function cast(type, text) {
  if (['int', 'long', 'float', 'double'].includes(type)) return +text;
  if (type === 'boolean') return text.trim().toLowerCase() === 'true';
  return text;
}

function hex(v) {
  return ('0' + (v | 0).toString(16)).slice(-2);
}

// What the file says, read with xmldom (no graph library).
function expected(path, text) {
  const errors = [];
  const doc = new DOMParser({onError: (level, msg) => errors.push(`${level}: ${msg}`)})
      .parseFromString(text, 'text/xml');
  errors.forEach((e) => problems.push(`${path}: xmldom: ${e}`));
  const keys = {};
  for (const k of Array.from(doc.getElementsByTagName('key'))) {
    keys[k.getAttribute('id')] = {
      for: k.getAttribute('for'), name: k.getAttribute('attr.name'), type: k.getAttribute('attr.type'),
    };
  }
  const dataOf = (el) => {
    const out = {};
    for (const d of Array.from(el.childNodes)) {
      if (d.nodeType !== 1 || d.tagName !== 'data') continue;
      const key = keys[d.getAttribute('key')];
      out[key.name] = cast(key.type, d.textContent);
    }
    if (typeof out.r === 'number' && typeof out.g === 'number' && typeof out.b === 'number') {
      out.color = '#' + hex(out.r) + hex(out.g) + hex(out.b);
      delete out.r;
      delete out.g;
      delete out.b;
    }
    return out;
  };
  const graph = doc.getElementsByTagName('graph')[0];
  const nodes = new Map();
  for (const n of Array.from(doc.getElementsByTagName('node'))) nodes.set(n.getAttribute('id'), dataOf(n));
  const edges = Array.from(doc.getElementsByTagName('edge')).map((e) => ({
    id: e.getAttribute('id'), source: e.getAttribute('source'), target: e.getAttribute('target'),
    attrs: dataOf(e),
  }));
  return {graphAttrs: dataOf(graph), nodes, edges};
}

function sameAttrs(got, want) {
  const a = Object.keys(got).sort();
  const b = Object.keys(want).sort();
  return JSON.stringify(a) === JSON.stringify(b) && a.every((k) => got[k] === want[k]);
}

function check(path) {
  const text = fs.readFileSync(path, 'utf8');
  const want = expected(path, text);
  let g;
  try {
    g = graphml.parse(Graph, text);
  } catch (e) {
    problems.push(`${path}: graphology-graphml: ${e.message}`);
    return;
  }
  if (g.type !== 'directed') problems.push(`${path}: graph type is ${g.type}`);
  if (g.order !== want.nodes.size || g.size !== want.edges.length) {
    problems.push(`${path}: ${g.order} nodes / ${g.size} edges, want ` +
                  `${want.nodes.size} / ${want.edges.length}`);
  }
  for (const [id, attrs] of want.nodes) {
    if (!g.hasNode(id)) {
      problems.push(`${path}: node ${JSON.stringify(id)} missing`);
    } else if (!sameAttrs(g.getNodeAttributes(id), attrs)) {
      problems.push(`${path}: node ${id}: ${JSON.stringify(g.getNodeAttributes(id))} != ` +
                    JSON.stringify(attrs));
    }
  }
  for (const e of want.edges) {
    if (!g.hasEdge(e.id)) {
      problems.push(`${path}: edge ${e.id} missing`);
      continue;
    }
    if (g.source(e.id) !== e.source || g.target(e.id) !== e.target) {
      problems.push(`${path}: edge ${e.id} is ${g.source(e.id)}->${g.target(e.id)}`);
    }
    if (!sameAttrs(g.getEdgeAttributes(e.id), e.attrs)) {
      problems.push(`${path}: edge ${e.id}: ${JSON.stringify(g.getEdgeAttributes(e.id))} != ` +
                    JSON.stringify(e.attrs));
    }
  }
  for (const [name, value] of Object.entries(want.graphAttrs)) {
    if (g.getAttribute(name) !== value) {
      problems.push(`${path}: graph attribute ${name}: ${g.getAttribute(name)} != ${value}`);
    }
  }
  console.log(`${path}: graphology read ${g.order} nodes, ${g.size} edges`);
}

process.argv.slice(2).forEach(check);
problems.forEach((p) => console.error('MISMATCH ' + p));
process.exit(problems.length ? 1 : 0);
