// Opens pages written by `newsgraph ... -o graph.html` in headless Chromium
// (Debian's /usr/bin/chromium, driven by playwright-core) and checks what a
// reader would see:
//   - the page loads with no console error and makes no network request;
//   - the nodes and edges drawn are those of the graph (counted in the GraphML
//     written from the same input);
//   - a click on a node shows its facts with their evidence sentences, a click
//     on an edge shows that fact; the legend filters by node type and by
//     relation type; search finds a name;
//   - in a diff, elements are coloured by change (schemas/diff-style.json).
// A screenshot of each page, with a node's evidence open, is kept.
//
// usage: node html_view_check.js MODULES_DIR PAGE.html GRAPH.graphml SHOT.png [PAGE GRAPH SHOT]...
//   MODULES_DIR is the node_modules that holds playwright-core (viewer/node_modules).
// Exit 0 when every page passes, 1 otherwise (each problem is printed).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const {pathToFileURL} = require('url');

const [modules, ...rest] = process.argv.slice(2);
const {chromium} = require(path.resolve(modules, 'playwright-core'));

const problems = [];
const fail = (page, msg) => problems.push(`${path.basename(page)}: ${msg}`);

// Node and edge counts of a GraphML file written by newsgraph (one element a line).
function graphmlCounts(file) {
  const text = fs.readFileSync(file, 'utf8');
  return {nodes: (text.match(/<node\s/g) || []).length, edges: (text.match(/<edge\s/g) || []).length};
}

// A single click. Sigma counts two clicks within its doubleClickTimeout as a
// double click, which zooms the camera (animated) instead of selecting: so a
// click waits until that time has passed since the page's last click, and
// until the camera is at rest (node positions are read after it).
const lastClick = new WeakMap();
async function clickAt(page, point) {
  const timeout = await page.evaluate(() => window.newsgraphView.renderer.getSetting('doubleClickTimeout'));
  const wait = (lastClick.get(page) || 0) + timeout + 50 - Date.now();
  if (wait > 0) await page.waitForTimeout(wait);
  await page.mouse.move(point.x, point.y);
  await page.mouse.click(point.x, point.y);
  lastClick.set(page, Date.now());
}
async function cameraAtRest(page) {
  await page.evaluate(() => new Promise((resolve) => {
    const camera = window.newsgraphView.renderer.getCamera();
    let last = JSON.stringify(camera.getState());
    const check = () => {
      const now = JSON.stringify(camera.getState());
      if (now === last) return resolve();
      last = now;
      requestAnimationFrame(() => requestAnimationFrame(check));
    };
    requestAnimationFrame(() => requestAnimationFrame(check));
  }));
}

// Viewport coordinates of a node, in the page.
function nodePoint(page, key) {
  return page.evaluate((key) => {
    const {graph, renderer} = window.newsgraphView;
    const rect = renderer.getContainer().getBoundingClientRect();
    const a = graph.getNodeAttributes(key);
    const p = renderer.graphToViewport({x: a.x, y: a.y});
    return {x: rect.left + p.x, y: rect.top + p.y};
  }, key);
}

async function checkPage(browser, file, graphml, shot) {
  const url = pathToFileURL(path.resolve(file)).href;
  const page = await browser.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => { if (r.url() !== url) requests.push(r.url()); });
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url, {waitUntil: 'load'});
  await page.waitForFunction(() => document.body.dataset.ready === 'true' || document.getElementById('ng-error'),
                             null, {timeout: 20000});
  const broken = await page.$eval('body', (b) => (document.getElementById('ng-error') || {}).textContent || '');
  if (broken) {
    fail(file, `the page shows an error: ${broken}`);
    return;
  }
  const want = graphmlCounts(graphml);
  const info = await page.evaluate(() => {
    const v = window.newsgraphView;
    const data = JSON.parse(document.getElementById('newsgraph-data').textContent);
    return {shown: v.countShown(), order: v.graph.order, size: v.graph.size,
            status: document.getElementById('ng-status').textContent, diff: !!data.changes};
  });
  if (info.shown.nodes !== want.nodes || info.shown.edges !== want.edges) {
    fail(file, `drawn ${info.shown.nodes} nodes / ${info.shown.edges} edges, the graph has ` +
               `${want.nodes} / ${want.edges}`);
  }
  if (!info.status.startsWith(`${want.nodes} of ${want.nodes} nodes`)) fail(file, `status line: ${info.status}`);

  // Facts: the node with most edges, clicked where it is drawn.
  const target = await page.evaluate(() => {
    const g = window.newsgraphView.graph;
    let best = null;
    g.forEachNode((k) => { if (best === null || g.degree(k) > g.degree(best)) best = k; });
    if (best === null) return null;
    const evidence = [];
    g.forEachEdge(best, (e, a) => (a.data.evidence || []).forEach((x) => evidence.push(x.text)));
    return {key: best, label: g.getNodeAttribute(best, 'label'), degree: g.degree(best), evidence};
  });
  if (target && target.degree > 0) {
    await cameraAtRest(page);
    await clickAt(page, await nodePoint(page, target.key));
    const shown = await page.waitForSelector('#ng-details .ng-fact blockquote', {timeout: 5000}).catch(() => null);
    const panel = await page.$eval('#ng-details', (d) => ({
      title: (d.querySelector('h2') || {}).textContent || '',
      quotes: [...d.querySelectorAll('.ng-evidence blockquote')].map((q) => q.textContent),
      cites: [...d.querySelectorAll('.ng-evidence cite')].map((q) => q.textContent),
      facts: d.querySelectorAll('.ng-fact').length,
    }));
    if (!shown || !panel.title.includes(target.label)) {
      fail(file, `a click on node ${target.key} did not show it (panel: ${JSON.stringify(panel.title)})`);
    } else {
      if (panel.facts !== target.degree) fail(file, `node ${target.key}: ${panel.facts} facts shown, ${target.degree} edges`);
      if (!panel.quotes.length || !panel.quotes.every((q) => target.evidence.includes(q))) {
        fail(file, `node ${target.key}: evidence shown is not the graph's: ${JSON.stringify(panel.quotes.slice(0, 2))}`);
      }
      if (!panel.cites.every((c) => c.length > 0)) fail(file, 'evidence without its article');
    }
    await page.screenshot({path: shot});
  } else {
    await page.screenshot({path: shot});
  }

  // An edge, clicked at the middle of its straight line: the 8 edges whose
  // middle is clearest of the nodes and the other edges (in a dense graph the
  // middle of the first edges found is often under a node or another edge).
  await page.evaluate(() => window.newsgraphView.select(null));
  await cameraAtRest(page);
  const edges = await page.evaluate(() => {
    const {graph, renderer} = window.newsgraphView;
    const at = (k) => {
      const a = graph.getNodeAttributes(k);
      return renderer.graphToViewport({x: a.x, y: a.y});
    };
    const points = new Map(graph.nodes().map((k) => [k, at(k)]));
    const {width, height} = renderer.getDimensions();
    const toSegment = (p, a, b) => {
      const dx = b.x - a.x, dy = b.y - a.y;
      const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
      return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
    };
    const segments = graph.edges().map((e) => [e, points.get(graph.source(e)), points.get(graph.target(e))]);
    return graph.edges()
        .filter((e) => graph.source(e) !== graph.target(e) && renderer.getEdgeState(e).parallelCount <= 1)
        .map((e) => {
          const a = points.get(graph.source(e)), b = points.get(graph.target(e));
          const mid = {x: (a.x + b.x) / 2, y: (a.y + b.y) / 2};
          let clear = Math.min(mid.x, mid.y, width - mid.x, height - mid.y);
          for (const [k, p] of points) {
            clear = Math.min(clear, Math.hypot(mid.x - p.x, mid.y - p.y) - 2 * renderer.getNodeDisplayData(k).size);
          }
          for (const [other, p, q] of segments) {
            if (other !== e) clear = Math.min(clear, toSegment(mid, p, q));
          }
          return {key: e, source: graph.source(e), target: graph.target(e), clear};
        })
        .sort((x, y) => y.clear - x.clear).slice(0, 8);
  });
  let edgeClicked = edges.length === 0;
  let edgeTries = 0;
  for (const e of edges) {
    edgeTries += 1;
    await page.evaluate(() => window.newsgraphView.select(null));
    await cameraAtRest(page);
    const a = await nodePoint(page, e.source);
    const b = await nodePoint(page, e.target);
    await clickAt(page, {x: (a.x + b.x) / 2, y: (a.y + b.y) / 2});
    // The panel is written in the click handler; a loaded machine may take a while.
    const shown = await page.waitForFunction((want) => {
      const d = document.getElementById('ng-details');
      const fact = d.querySelector('.ng-fact');
      return fact && fact.dataset.edge === want && ((d.querySelector('h2') || {}).textContent || '') === 'Fact';
    }, e.key, {timeout: 1000}).then(() => true).catch(() => false);
    if (shown) {
      edgeClicked = true;
      break;
    }
  }
  if (!edgeClicked) fail(file, `a click on the middle of ${edges.length} edges never showed the edge`);

  // The legend filters: hiding the first node type hides its nodes.
  const filter = await page.evaluate(() => {
    const box = document.querySelector('#ng-legend input[data-node-type]');
    if (!box) return null;
    const type = box.dataset.nodeType;
    const g = window.newsgraphView.graph;
    const ofType = g.filterNodes((k, a) => a.data.type === type).length;
    const before = window.newsgraphView.countShown().nodes;
    box.click();
    const after = window.newsgraphView.countShown().nodes;
    box.click();
    return {type, ofType, before, after, again: window.newsgraphView.countShown().nodes};
  });
  if (filter && (filter.before - filter.after !== filter.ofType || filter.again !== filter.before)) {
    fail(file, `filter on node type ${filter.type}: ${JSON.stringify(filter)}`);
  }
  // And hiding the relation type with most edges hides those edges.
  const relation = await page.evaluate(() => {
    const g = window.newsgraphView.graph;
    const count = (r) => g.filterEdges((k, a) => a.data.type === r).length;
    const boxes = [...document.querySelectorAll('#ng-legend input[data-relation]')];
    if (!boxes.length) return null;
    const box = boxes.reduce((a, b) => (count(b.dataset.relation) > count(a.dataset.relation) ? b : a));
    const before = window.newsgraphView.countShown().edges;
    box.click();
    const after = window.newsgraphView.countShown().edges;
    box.click();
    return {type: box.dataset.relation, ofType: count(box.dataset.relation), before, after,
            again: window.newsgraphView.countShown().edges};
  });
  if (relation && (relation.ofType === 0 || relation.before - relation.after !== relation.ofType ||
                   relation.again !== relation.before)) {
    fail(file, `filter on relation type ${relation.type}: ${JSON.stringify(relation)}`);
  }

  // Search by name selects the node.
  if (target) {
    await page.evaluate(() => window.newsgraphView.select(null));
    await page.fill('#ng-search', target.label.toUpperCase());
    const title = await page.$eval('#ng-details', (d) => (d.querySelector('h2') || {}).textContent || '');
    if (!title.includes(target.label)) fail(file, `search for ${JSON.stringify(target.label)} showed ${JSON.stringify(title)}`);
    await page.fill('#ng-search', '');
  }

  // A diff is coloured by change.
  if (info.diff) {
    const wrong = await page.evaluate(() => {
      const {graph, renderer} = window.newsgraphView;
      const data = JSON.parse(document.getElementById('newsgraph-data').textContent);
      const color = new Map(data.changes.map((c) => [c.name, c.color]));
      const bad = [];
      graph.forEachNode((k, a) => {
        if (renderer.getNodeDisplayData(k).color !== color.get(a.data.change)) bad.push(k);
      });
      graph.forEachEdge((k, a) => {
        if (renderer.getEdgeDisplayData(k).color !== color.get(a.data.change)) bad.push(k);
      });
      return {bad, legend: document.querySelectorAll('#ng-legend input[data-change]').length};
    });
    if (wrong.bad.length) fail(file, `not coloured by their change: ${wrong.bad.slice(0, 5).join(', ')}`);
    if (wrong.legend !== 4) fail(file, `the legend shows ${wrong.legend} kinds of change`);
  }

  if (requests.length) fail(file, `network requests: ${requests.slice(0, 5).join(', ')}`);
  if (errors.length) fail(file, `console: ${errors.slice(0, 5).join(' | ')}`);
  console.log(`${path.basename(file)}: ${info.shown.nodes} nodes, ${info.shown.edges} edges drawn` +
              (target ? `; clicked ${target.key}` : '') +
              (edges.length ? `, an edge at try ${edgeTries}` : '') +
              (relation ? `; hid ${relation.ofType} ${relation.type} edges` : ''));
  await page.close();
}

(async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: {width: 1280, height: 800},
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    for (let i = 0; i + 2 < rest.length; i += 3) {
      try {
        await checkPage(browser, rest[i], rest[i + 1], rest[i + 2]);
      } catch (e) {
        fail(rest[i], String(e && e.stack ? e.stack : e));
      }
    }
  } finally {
    await browser.close();
    fs.rmSync(profile, {recursive: true, force: true});
  }
  problems.forEach((p) => console.error('FAIL ' + p));
  process.exit(problems.length ? 1 : 0);
})();
