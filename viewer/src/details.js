// The panel of what is clicked: a node with every fact it takes part in, or
// one fact; each fact with its evidence sentences, article, date and who
// asserted it (and, in a diff, what changed).

// el('p', {className: 'x', 'data-node': id}, ['text', child]): a DOM element.
// Text is always set as text, never parsed as HTML.
export function el(tag, attrs = {}, children = []) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null) continue;
    if (k === 'className') e.className = v;
    else if (k === 'style') e.style.cssText = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    e.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return e;
}

function nodeLink(graph, id) {
  if (!graph.hasNode(id)) return el('span', {}, [id]);
  const label = graph.getNodeAttribute(id, 'label');
  return el('a', {href: '#', className: 'ng-node-link', 'data-node': id, title: id}, [label]);
}

// "PRK|RUS" or "RUS" as links to those nodes (plain text when not node ids).
function valueList(graph, joined) {
  const out = [];
  String(joined).split('|').filter(Boolean).forEach((v, i) => {
    if (i) out.push(', ');
    out.push(graph.hasNode(v) ? nodeLink(graph, v) : v);
  });
  return out;
}

function row(name, value) {
  return el('div', {className: 'ng-row'}, [el('span', {className: 'ng-key'}, [name]),
                                          el('span', {className: 'ng-value'}, value)]);
}

function swatch(color, shape) {
  return el('span', {className: 'ng-swatch ng-shape-' + (shape || 'line'),
                     style: `background:${color}`});
}

function factBlock(graph, style, data, key) {
  const e = graph.getEdgeAttribute(key, 'data');
  const color = graph.getEdgeAttribute(key, style.changes ? 'changeColor' : 'typeColor');
  const block = el('section', {className: 'ng-fact', 'data-edge': key}, [
    el('h3', {}, [nodeLink(graph, e.source), ' ',
                  el('span', {className: 'ng-relation', style: `color:${color}`}, [e.label || e.type]),
                  ' ', nodeLink(graph, e.target)]),
  ]);
  if (e.change) {
    block.append(row('change', [e.change + (e.changes ? ': ' + e.changes : '')]));
  }
  for (const [role, value] of Object.entries(e.roles || {})) block.append(row(role, valueList(graph, value)));
  if (e.asserted_by) block.append(row('asserted by', valueList(graph, e.asserted_by)));
  if (e.date) block.append(row('date', [e.date]));
  if ((e.weight || 1) > 1) block.append(row('stated', [`${e.weight} times`]));
  if (e.confidence !== undefined && e.confidence < 1) block.append(row('confidence', [String(e.confidence)]));
  const list = el('ol', {className: 'ng-evidence'});
  for (const ev of e.evidence || []) {
    const article = (data.articles || {})[ev.article] || {};
    const cite = [ev.article || 'unknown article'];
    const date = ev.date || article.date;
    if (date) cite.push(' · ', date);
    if (article.title) cite.push(' · ', article.title);
    list.append(el('li', {}, [el('blockquote', {}, [ev.text]),
                              el('cite', {title: article.source || null}, cite)]));
  }
  if (list.childElementCount) block.append(el('h4', {}, ['Evidence']), list);
  return block;
}

export function renderDetails(panel, graph, style, data, sel) {
  panel.textContent = '';
  if (!sel) {
    panel.append(el('p', {className: 'ng-hint'}, ['Click a node or an edge to see its facts and evidence.']));
    return;
  }
  if (sel.kind === 'edge') {
    panel.append(el('h2', {}, ['Fact']), factBlock(graph, style, data, sel.key));
    return;
  }
  const attrs = graph.getNodeAttributes(sel.key);
  const n = attrs.data;
  const kind = [n.type || 'untyped', n.kind].filter(Boolean).join(', ');
  panel.append(el('h2', {}, [swatch(style.changes ? attrs.changeColor : attrs.typeColor, attrs.shape), ' ',
                             attrs.label]));
  panel.append(row('id', [n.id]), row('type', [kind]));
  if (n.iso3) panel.append(row('ISO 3166', [n.iso3]));
  if (n.aliases && n.aliases.length) panel.append(row('also', [n.aliases.join('; ')]));
  if (n.mentions) panel.append(row('mentions', [String(n.mentions)]));
  if (n.change) panel.append(row('change', [n.change + (n.changes ? ': ' + n.changes : '')]));
  const facts = graph.edges(sel.key);
  panel.append(el('h2', {}, [`Facts (${facts.length})`]));
  for (const key of facts) panel.append(factBlock(graph, style, data, key));
}

export {swatch};
