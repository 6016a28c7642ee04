// Loads the GEXF and JSON files newsgraph wrote for one graph in graphology
// (graphology-gexf's parse, and Graph.import of the JSON as it is) and checks
// that both see the graph graphology-graphml reads from the GraphML written
// beside them: the same nodes, edges (by key) and attribute values, and the
// same display colours and sizes in the GEXF and the JSON.
//
// usage: node formats_check.js NAME...   (NAME.graphml, NAME.gexf, NAME.json exist)
// Exit 0 when everything matches, 1 otherwise (each mismatch is printed).
'use strict';
const fs = require('fs');
const {DOMParser} = require('@xmldom/xmldom');
const Graph = require('graphology');
const gexf = require('graphology-gexf');
const graphml = require('graphology-graphml');

const problems = [];
const DISPLAY = ['r', 'g', 'b', 'size', 'color', 'dates', 'kind', 'id'];

function hex(color) {
  const m = /^rgb\((\d+),(\d+),(\d+)\)$/.exec(color || '');
  if (!m) return color;
  return '#' + m.slice(1).map((v) => ('0' + (+v).toString(16)).slice(-2)).join('');
}

function facts(attributes) {
  const out = {};
  for (const [k, v] of Object.entries(attributes)) {
    if (!DISPLAY.includes(k)) out[k] = v;
  }
  return out;
}

function same(a, b) {
  if (typeof a === 'number' || typeof b === 'number') return Math.abs(+a - +b) < 1e-9;
  return a === b;
}

function compare(name, client, got, want) {
  if (got.order !== want.order || got.size !== want.size) {
    problems.push(`${name}: ${client}: ${got.order} nodes, ${got.size} edges != ` +
                  `${want.order}, ${want.size}`);
    return;
  }
  want.forEachNode((n, w) => {
    if (!got.hasNode(n)) return problems.push(`${name}: ${client}: no node ${n}`);
    const g = got.getNodeAttributes(n);
    for (const [k, v] of Object.entries(facts(w))) {
      if (!same(g[k], v)) problems.push(`${name}: ${client}: node ${n} ${k}: ${g[k]} != ${v}`);
    }
  });
  want.forEachEdge((e, w, s, t) => {
    if (!got.hasEdge(e)) return problems.push(`${name}: ${client}: no edge ${e}`);
    if (got.source(e) !== s || got.target(e) !== t) {
      problems.push(`${name}: ${client}: edge ${e} endpoints differ`);
    }
    const g = got.getEdgeAttributes(e);
    for (const [k, v] of Object.entries(facts(w))) {
      if (!same(g[k], v)) problems.push(`${name}: ${client}: edge ${e} ${k}: ${g[k]} != ${v}`);
    }
  });
}

for (const name of process.argv.slice(2)) {
  const reference = graphml.parse(Graph, fs.readFileSync(name + '.graphml', 'utf8'),
                                  {addMissingNodes: false});
  const fromGexf = gexf.parse(Graph, fs.readFileSync(name + '.gexf', 'utf8'));
  const data = JSON.parse(fs.readFileSync(name + '.json', 'utf8'));
  const fromJson = new Graph(data.options);
  fromJson.import(data);
  if (fromJson.type !== 'directed' || !fromJson.multi) {
    problems.push(`${name}: import: not a directed multigraph`);
  }
  compare(name, 'graphology-gexf', fromGexf, reference);
  compare(name, 'graphology import', fromJson, reference);
  // The display data, GEXF's viz: against the JSON's attributes.
  fromJson.forEachNode((n, a) => {
    if (!fromGexf.hasNode(n)) return;
    const g = fromGexf.getNodeAttributes(n);
    if (hex(g.color) !== a.color || !same(g.size, a.size)) {
      problems.push(`${name}: node ${n}: GEXF colour/size ${g.color} ${g.size} != JSON ` +
                    `${a.color} ${a.size}`);
    }
  });
  fromJson.forEachEdge((e, a) => {
    if (!fromGexf.hasEdge(e)) return;
    const g = fromGexf.getEdgeAttributes(e);
    if (hex(g.color) !== a.color || g.kind !== a.type) {
      problems.push(`${name}: edge ${e}: GEXF colour/kind ${g.color} ${g.kind} != JSON ` +
                    `${a.color} ${a.type}`);
    }
  });
  if (problems.length === 0) {
    console.log(`ok ${name.split('/').pop()}: ${reference.order} nodes, ${reference.size} edges ` +
                'in graphology-gexf and graphology import');
  }
}
problems.slice(0, 40).forEach((p) => console.error(p));
process.exit(problems.length ? 1 : 0);
