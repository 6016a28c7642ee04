// The legend, which is also the filter: one checkbox per node type (with its
// colour and shape), per relation type (grouped by family, with the family's
// colour) and, in a diff, per kind of change, with a switch between colouring
// by change and by type, and display switches.
import {el, swatch} from './details.js';

function checkbox(label, color, shape, checked, onChange, attrs = {}) {
  const input = el('input', {type: 'checkbox', ...attrs});
  input.checked = checked;
  input.addEventListener('change', () => onChange(input.checked));
  return el('label', {className: 'ng-check'}, [input, swatch(color, shape), ' ', label]);
}

function counts(items, keyOf) {
  const m = new Map();
  for (const x of items) m.set(keyOf(x), (m.get(keyOf(x)) || 0) + 1);
  return m;
}

function toggle(set, value, shown) {
  if (shown) set.delete(value);
  else set.add(value);
}

export function buildLegend(box, data, style, renderer, view, update) {
  box.textContent = '';
  const nodeTypes = counts(data.nodes || [], (n) => n.type);
  const relations = counts(data.edges || [], (e) => e.type);

  if (style.changes) {
    const changes = counts([...(data.nodes || []), ...(data.edges || [])], (x) => x.change);
    const section = el('section', {}, [el('h2', {}, ['Change'])]);
    for (const c of data.changes) {
      section.append(checkbox(`${c.name} (${changes.get(c.name) || 0})`, c.color, 'circle', true,
                              (on) => { toggle(view.hiddenChanges, c.name, on); update(); },
                              {'data-change': c.name}));
    }
    const byType = el('input', {type: 'checkbox', id: 'ng-color-by-type'});
    byType.addEventListener('change', () => {
      view.colorBy = byType.checked ? 'type' : 'change';
      update();
    });
    section.append(el('label', {className: 'ng-check ng-switch'}, [byType, ' colour by type']));
    box.append(section);
  }

  const types = el('section', {}, [el('h2', {}, ['Node types'])]);
  for (const t of data.node_types || []) {
    if (!nodeTypes.has(t.name)) continue;
    const look = style.nodeLook({type: t.name});
    types.append(checkbox(`${t.name} (${nodeTypes.get(t.name)})`, look.color, look.shape, true,
                          (on) => { toggle(view.hiddenNodeTypes, t.name, on); update(); },
                          {'data-node-type': t.name, title: t.description || ''}));
    for (const k of t.kinds || []) {
      const kl = style.nodeLook({type: t.name, kind: k.name});
      types.append(el('div', {className: 'ng-kind'}, [swatch(kl.color, kl.shape), ' ', k.name]));
    }
  }
  for (const [name, count] of nodeTypes) {
    if (style.nodeTypes.has(name)) continue;
    types.append(checkbox(`${name || 'untyped'} (${count})`, '#808080', 'circle', true,
                          (on) => { toggle(view.hiddenNodeTypes, name, on); update(); },
                          {'data-node-type': name}));
  }
  box.append(types);

  const rels = el('section', {}, [el('h2', {}, ['Relations'])]);
  for (const f of data.families || []) {
    const present = (f.relations || []).filter((r) => relations.has(r));
    if (!present.length) continue;
    rels.append(el('h3', {title: f.description || '', style: `color:${f.color}`}, [f.name]));
    for (const r of present) {
      rels.append(checkbox(`${r} (${relations.get(r)})`, f.color, 'line', true,
                           (on) => { toggle(view.hiddenRelations, r, on); update(); },
                           {'data-relation': r}));
    }
  }
  const unknown = [...relations.keys()].filter((r) => !style.familyOf.has(r));
  if (unknown.length) rels.append(el('h3', {}, ['other']));
  for (const r of unknown) {
    rels.append(checkbox(`${r || 'untyped'} (${relations.get(r)})`, '#808080', 'line', true,
                         (on) => { toggle(view.hiddenRelations, r, on); update(); },
                         {'data-relation': r}));
  }
  box.append(rels);

  const display = el('section', {}, [el('h2', {}, ['Display'])]);
  const edgeLabels = el('input', {type: 'checkbox', id: 'ng-edge-labels'});
  edgeLabels.addEventListener('change', () => {
    renderer.setSetting('renderEdgeLabels', edgeLabels.checked);
    update();
  });
  display.append(el('label', {className: 'ng-check ng-switch'}, [edgeLabels, ' relation names on edges']));
  box.append(display);
}
