#!/usr/bin/env node
// Side-by-side benchmark of vis-timeline (standalone UMD build) in headless Chromium.
// Same synthetic data and the same "window sequence" (open, 26 zoom steps, 40 pan steps)
// as the Qt app's benchmark; see README.md for the exact definitions.
//
// Usage: node run.mjs [--sizes 10000,100000] [--json results.json] [--timeout 180]
//                     [--step-timeout 60] [--settle-ms 250] [--chromium /usr/bin/chromium] [--http]
//                     [--screenshots DIR]

import { createServer } from 'node:http';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';

const HERE = path.dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------- arguments
const { values: argv } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    json: { type: 'string' },
    timeout: { type: 'string', default: '180' }, // s, for the open of one size
    'step-timeout': { type: 'string', default: '60' }, // s, for one zoom/pan step
    'settle-ms': { type: 'string', default: '250' }, // quiet time between steps (not timed)
    chromium: { type: 'string', default: '/usr/bin/chromium' },
    http: { type: 'boolean', default: false }, // serve page.html over 127.0.0.1 instead of file://
    screenshots: { type: 'string' }, // optional folder: PNGs after open, at the 1.5-day zoom, after the 365-day pan
    seed: { type: 'string', default: '42' },
  },
});
const SIZES = argv.sizes.split(',').map((s) => Number.parseInt(s.trim(), 10));
if (SIZES.some((n) => !Number.isInteger(n) || n <= 0)) {
  console.error(`bad --sizes: ${argv.sizes}`);
  process.exit(2);
}
const OPEN_TIMEOUT_MS = Number(argv.timeout) * 1000;
const STEP_TIMEOUT_MS = Number(argv['step-timeout']) * 1000;
const SETTLE_MS = Number(argv['settle-ms']);
const SEED = Number.parseInt(argv.seed, 10);

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const VIEWPORT = { width: 1280, height: 400 };

// ---------------------------------------------------------------- window sequence (days)
// Day 0 = 1992-01-01 (UTC); the full window is [0, 12054) = 1992-01-01 .. 2025-01-01.
const DAY_MS = 86400000;
const EPOCH_MS = Date.UTC(1992, 0, 1);
const FULL_DAYS = (Date.UTC(2025, 0, 1) - EPOCH_MS) / DAY_MS; // 12054
const CENTRE = (Date.UTC(2008, 6, 1) - EPOCH_MS) / DAY_MS + 0.5; // 6026.5
const F = Math.pow(FULL_DAYS / 1.5, 1 / 13);

function clampWindow(centre, span) {
  let s = centre - span / 2;
  let e = centre + span / 2;
  if (s < 0) { e -= s; s = 0; }
  if (e > FULL_DAYS) { s -= e - FULL_DAYS; e = FULL_DAYS; }
  return [Math.max(0, s), Math.min(FULL_DAYS, e)];
}
function shiftWindow([s, e], delta) {
  s += delta; e += delta;
  if (s < 0) { e -= s; s = 0; }
  if (e > FULL_DAYS) { s -= e - FULL_DAYS; e = FULL_DAYS; }
  return [s, e];
}

const ZOOM_STEPS = [];
for (let i = 1; i <= 13; i++) ZOOM_STEPS.push(clampWindow(CENTRE, FULL_DAYS / Math.pow(F, i)));
for (let j = 1; j <= 13; j++) ZOOM_STEPS.push(clampWindow(CENTRE, j === 13 ? FULL_DAYS : 1.5 * Math.pow(F, j)));

// Pan: set-up window (not timed) followed by the timed steps.
const PAN_YEAR_SETUP = clampWindow(CENTRE, 365);
const PAN_YEAR_STEPS = [];
{ let w = PAN_YEAR_SETUP; for (let k = 0; k < 30; k++) { w = shiftWindow(w, 8); PAN_YEAR_STEPS.push(w); } }
const PAN_FULL_SETUP = [0, FULL_DAYS];
const PAN_FULL_STEPS = [];
{ let w = PAN_FULL_SETUP; for (let k = 0; k < 10; k++) { w = shiftWindow(w, 0.1 * (w[1] - w[0])); PAN_FULL_STEPS.push(w); } }

// ---------------------------------------------------------------- statistics
function stats(values) {
  if (!values.length) return { median: null, p95: null, max: null };
  const v = [...values].sort((a, b) => a - b);
  const n = v.length;
  const median = n % 2 ? v[(n - 1) / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  const p95 = v[Math.max(0, Math.ceil(0.95 * n) - 1)]; // nearest rank
  const r = (x) => Math.round(x * 10) / 10;
  return { median: r(median), p95: r(p95), max: r(v[n - 1]) };
}

// ---------------------------------------------------------------- in-page code
// Everything below runs inside the page (serialised by puppeteer).

/** Installs helpers and generates N events into window.__B.items (a vis.DataSet). */
function pageGenerate(n, seed, epochMs, fullDays) {
  const DAY = 86400000;
  function mulberry32(a) {
    return function () {
      a |= 0; a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const WORDS = ['treaty', 'river', 'festival', 'northern', 'council', 'steppe', 'archive',
    'merchant', 'opening', 'railway', 'season', 'museum', 'border', 'harvest', 'congress',
    'exhibition', 'caravan', 'province', 'reform', 'theatre', 'monument', 'library',
    'mountain', 'delegation', 'festival', 'academy', 'poetry', 'textile', 'bridge', 'census',
    'of', 'the', 'and', 'in', 'new', 'great', 'first', 'eastern', 'silk', 'road'];
  const rnd = mulberry32(seed);
  const endLimit = epochMs + fullDays * DAY; // 2025-01-01T00:00Z = end of 2024-12-31
  const t0 = performance.now();
  const data = new Array(n);
  const counts = { point: 0, day: 0, month: 0, year: 0 };
  let minLen = Infinity, maxLen = 0;
  for (let i = 0; i < n; i++) {
    // Fixed draw order per event: kind, start day, category, title length, title words.
    const k = rnd();
    const day = Math.floor(rnd() * fullDays); // 0 .. 12053 = 1992-01-01 .. 2024-12-31
    const cat = Math.floor(rnd() * 8);
    const len = 30 + Math.floor(rnd() * 41); // target 30..70 characters
    let title = '';
    while (title.length < len) {
      const w = WORDS[Math.floor(rnd() * WORDS.length)];
      title = title ? title + ' ' + w : w[0].toUpperCase() + w.slice(1);
    }
    if (title.length > 70) title = title.slice(0, 70);
    minLen = Math.min(minLen, title.length); maxLen = Math.max(maxLen, title.length);
    const startMs = epochMs + day * DAY;
    const item = { id: i, content: title, className: 'cat' + cat, start: new Date(startMs) };
    if (k < 0.4) {
      item.type = 'point'; counts.point++;
    } else {
      const d = new Date(startMs);
      let endMs;
      if (k < 0.6) { endMs = startMs + DAY; counts.day++; }
      else if (k < 0.8) { endMs = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()); counts.month++; }
      else { endMs = Date.UTC(d.getUTCFullYear() + 1, d.getUTCMonth(), d.getUTCDate()); counts.year++; }
      item.type = 'range';
      item.end = new Date(Math.min(endMs, endLimit));
    }
    data[i] = item;
  }
  const tGen = performance.now();
  const items = new vis.DataSet(data);
  const tDs = performance.now();

  const B = (window.__B = { items, tl: null, onChanged: null, lastChanged: -Infinity });
  B.raf2 = () => new Promise((res) => requestAnimationFrame(() => requestAnimationFrame(() => res(performance.now()))));
  B.sleep = (ms) => new Promise((res) => setTimeout(res, ms));
  B.dayToDate = (d) => new Date(epochMs + d * DAY);
  B.dateToDay = (t) => (t.valueOf() - epochMs) / DAY;
  // Subclass only to see 'changed' even when it is emitted inside the constructor.
  B.Timeline = class BenchTimeline extends vis.Timeline {
    emit(name, ...args) {
      if (name === 'changed') {
        B.lastChanged = performance.now();
        if (B.onChanged) B.onChanged();
      }
      return super.emit(name, ...args);
    }
  };
  return { generate_ms: tGen - t0, dataset_ms: tDs - tGen, counts, title_len: [minLen, maxLen] };
}

/** Opens the timeline; resolves when the first 'changed' has fired and two rAFs have passed. */
async function pageOpen() {
  const B = window.__B;
  const container = document.getElementById('timeline');
  let tFirstChanged = null;
  const painted = new Promise((res) => {
    B.onChanged = () => {
      if (tFirstChanged !== null) return;
      tFirstChanged = performance.now();
      console.log('BENCH first changed event');
      B.raf2().then(res);
    };
  });
  let tInitialDraw = null;
  const visible = new Promise((res) => {
    B.onInitialDrawComplete = () => { tInitialDraw = performance.now(); B.raf2().then(res); };
  });
  const options = {
    start: '1992-01-01',
    end: '2025-01-01',
    stack: true,
    zoomMin: 3600 * 1000 * 24,
    height: '400px',
    showCurrentTime: false,
    onInitialDrawComplete: () => B.onInitialDrawComplete(),
  };
  console.log('BENCH constructing timeline');
  const t0 = performance.now();
  B.tl = new B.Timeline(container, B.items, options);
  const tCtor = performance.now();
  console.log('BENCH constructor returned');
  const tPainted = await painted;
  B.onChanged = null;
  // Secondary milestone: vis-timeline's own "initial draw complete" (root made visible),
  // which waits for its 200 ms debounced 'rangechanged'. Not the headline number.
  const tVisible = await Promise.race([visible, B.sleep(30000).then(() => null)]);
  const w = B.tl.getWindow();
  return {
    ctor_ms: tCtor - t0,
    first_changed_ms: tFirstChanged - t0,
    open_ms: tPainted - t0,
    initial_draw_complete_ms: tInitialDraw === null ? null : tInitialDraw - t0,
    visible_painted_ms: tVisible === null ? null : tVisible - t0,
    window_days: [B.dateToDay(w.start), B.dateToDay(w.end)],
  };
}

/** Waits (untimed) until no 'changed' event has fired for quietMs (at most maxMs). */
async function pageSettle(quietMs, maxMs) {
  const B = window.__B;
  const t0 = performance.now();
  await B.raf2();
  while (performance.now() - t0 < maxMs) {
    if (performance.now() - B.lastChanged >= quietMs) return performance.now() - t0;
    await B.sleep(Math.min(50, quietMs));
  }
  return performance.now() - t0;
}

/** Untimed set-up of a window (used before the pan sequences). */
async function pageSetWindow(s, e) {
  const B = window.__B;
  B.tl.setWindow(B.dayToDate(s), B.dayToDate(e), { animation: false });
  await B.raf2();
}

/** One timed step: setWindow(animation false) until 'changed' fired + two rAFs. */
async function pageStep(s, e) {
  const B = window.__B;
  const before = B.tl.getWindow();
  let fired = false;
  const painted = new Promise((res) => {
    B.onChanged = () => {
      if (fired) return;
      fired = true;
      B.raf2().then(res);
    };
  });
  const t0 = performance.now();
  B.tl.setWindow(B.dayToDate(s), B.dayToDate(e), { animation: false });
  const after = B.tl.getWindow();
  const rangeChanged = after.start.valueOf() !== before.start.valueOf() || after.end.valueOf() !== before.end.valueOf();
  let t1;
  if (!rangeChanged && !fired) {
    // vis-timeline emits no 'rangechange' (and so no redraw, no 'changed') when the window
    // does not move; the step then costs only the two frames.
    B.onChanged = null;
    t1 = await B.raf2();
  } else {
    t1 = await painted;
    B.onChanged = null;
  }
  return { ms: t1 - t0, noop: !rangeChanged, window_days: [B.dateToDay(after.start), B.dateToDay(after.end)] };
}

// ---------------------------------------------------------------- node side
class StepTimeout extends Error {}

function withTimeout(promise, ms, what) {
  let timer;
  const t = new Promise((_, rej) => { timer = setTimeout(() => rej(new StepTimeout(`${what} did not finish within ${ms / 1000} s`)), ms); });
  return Promise.race([promise, t]).finally(() => clearTimeout(timer));
}

async function startServer() {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };
  const server = createServer(async (req, res) => {
    const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/+/, '');
    const file = path.resolve(HERE, rel || 'page.html');
    if (!file.startsWith(HERE + path.sep)) { res.writeHead(403).end(); return; }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' }).end(body);
    } catch { res.writeHead(404).end(); }
  });
  await new Promise((res) => server.listen(0, '127.0.0.1', res));
  return server;
}

function log(msg) {
  process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
}

async function runSize(n, pageUrl) {
  const result = {
    events: n, open_s: null,
    zoom_ms: stats([]), pan_ms: stats([]),
    timed_out: false,
  };
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'vis-bench-profile-'));
  // One fresh browser per size: a renderer stuck in a long synchronous call cannot be
  // recovered, so on a timeout the whole browser is killed and the next size starts clean.
  const browser = await puppeteer.launch({
    executablePath: argv.chromium,
    headless: true,
    ignoreDefaultArgs: true,
    args: [...CHROMIUM_ARGS, `--user-data-dir=${userDataDir}`],
    defaultViewport: VIEWPORT,
    protocolTimeout: 3600 * 1000,
    env: { ...process.env, TZ: 'UTC' },
  });
  let killed = false;
  const kill = () => {
    if (killed) return;
    killed = true;
    try { browser.process()?.kill('SIGKILL'); } catch { /* already gone */ }
  };
  try {
    result.browser = await browser.version();
    const [first] = await browser.pages();
    const page = first ?? (await browser.newPage());
    await page.setViewport(VIEWPORT);
    await page.emulateTimezone('UTC');
    page.on('console', (m) => { if (m.text().startsWith('BENCH ')) log(`  [${n}] page: ${m.text().slice(6)}`); });
    page.on('pageerror', (e) => log(`  [${n}] page error: ${e.message}`));
    await page.goto(pageUrl, { waitUntil: 'load' });
    const hasVis = await page.evaluate(() => typeof window.vis === 'object' && typeof window.vis.Timeline === 'function');
    if (!hasVis) throw new Error(`vis-timeline did not load from ${pageUrl} (try --http, and run npm ci first)`);

    const gen = await page.evaluate(pageGenerate, n, SEED, EPOCH_MS, FULL_DAYS);
    log(`  [${n}] generated in ${gen.generate_ms.toFixed(0)} ms, DataSet in ${gen.dataset_ms.toFixed(0)} ms, ` +
        `kinds ${JSON.stringify(gen.counts)}, title length ${gen.title_len.join('..')}`);
    result.data = gen;

    // ---- open
    log(`  [${n}] open (timeout ${OPEN_TIMEOUT_MS / 1000} s)`);
    let open;
    try {
      open = await withTimeout(page.evaluate(pageOpen), OPEN_TIMEOUT_MS, 'open');
    } catch (e) {
      if (!(e instanceof StepTimeout)) throw e;
      log(`  [${n}] ${e.message}; killing the browser`);
      result.timed_out = true;
      result.timed_out_at = 'open';
      kill();
      return result;
    }
    result.open_s = Math.round(open.open_ms) / 1000;
    result.open_detail = {
      constructor_s: Math.round(open.ctor_ms) / 1000,
      first_changed_s: Math.round(open.first_changed_ms) / 1000,
      initial_draw_complete_s: open.initial_draw_complete_ms === null ? null : Math.round(open.initial_draw_complete_ms) / 1000,
      visible_painted_s: open.visible_painted_ms === null ? null : Math.round(open.visible_painted_ms) / 1000,
      window_days: open.window_days,
    };
    log(`  [${n}] open ${result.open_s} s ${JSON.stringify(result.open_detail)}`);

    // ---- zoom and pan
    const step = async (label, [s, e]) => {
      await page.evaluate(pageSettle, SETTLE_MS, 10000);
      try {
        return await withTimeout(page.evaluate(pageStep, s, e), STEP_TIMEOUT_MS, label);
      } catch (err) {
        if (err instanceof StepTimeout) { err.label = label; }
        throw err;
      }
    };
    const zoom = [], panYear = [], panFull = [];
    let noop = 0;
    let maxWindowError = 0; // days between the requested window and getWindow() after the step
    const check = (r, [s, e]) => {
      maxWindowError = Math.max(maxWindowError, Math.abs(r.window_days[0] - s), Math.abs(r.window_days[1] - e));
    };
    const shot = async (name) => {
      if (!argv.screenshots) return;
      await page.evaluate(pageSettle, SETTLE_MS, 10000);
      await page.screenshot({ path: path.join(argv.screenshots, `vis-${n}-${name}.png`) });
    };
    await shot('open');
    try {
      for (let i = 0; i < ZOOM_STEPS.length; i++) {
        const r = await step(`zoom step ${i + 1}`, ZOOM_STEPS[i]);
        if (i === 12) await shot('zoom-1.5d');
        zoom.push(r.ms); if (r.noop) noop++; check(r, ZOOM_STEPS[i]);
      }
      await page.evaluate(pageSettle, SETTLE_MS, 10000);
      await withTimeout(page.evaluate(pageSetWindow, ...PAN_YEAR_SETUP), STEP_TIMEOUT_MS, 'pan set-up (365 days)');
      for (let k = 0; k < PAN_YEAR_STEPS.length; k++) {
        const r = await step(`pan step ${k + 1} (365-day window)`, PAN_YEAR_STEPS[k]);
        panYear.push(r.ms); if (r.noop) noop++; check(r, PAN_YEAR_STEPS[k]);
      }
      await shot('pan365-end');
      await page.evaluate(pageSettle, SETTLE_MS, 10000);
      await withTimeout(page.evaluate(pageSetWindow, ...PAN_FULL_SETUP), STEP_TIMEOUT_MS, 'pan set-up (full range)');
      for (let k = 0; k < PAN_FULL_STEPS.length; k++) {
        const r = await step(`pan step ${k + 1} (full range)`, PAN_FULL_STEPS[k]);
        panFull.push(r.ms); if (r.noop) noop++; check(r, PAN_FULL_STEPS[k]);
      }
    } catch (err) {
      if (!(err instanceof StepTimeout)) throw err;
      log(`  [${n}] ${err.message}; killing the browser`);
      result.timed_out = true;
      result.timed_out_at = err.label ?? err.message;
      kill();
    }
    const r1 = (x) => Math.round(x * 10) / 10;
    result.zoom_ms = stats(zoom);
    result.pan_ms = stats([...panYear, ...panFull]);
    result.pan_365d_ms = stats(panYear);
    result.pan_full_ms = stats(panFull);
    result.noop_steps = noop;
    result.max_window_error_days = Math.round(maxWindowError * 1e6) / 1e6;
    result.steps_ms = { zoom: zoom.map(r1), pan_365d: panYear.map(r1), pan_full: panFull.map(r1) };
    return result;
  } finally {
    if (!killed) {
      await Promise.race([browser.close().catch(() => {}), new Promise((r) => setTimeout(r, 10000))]);
      kill();
    }
    await rm(userDataDir, { recursive: true, force: true }).catch(() => {});
  }
}

function fmt(v, digits = 1) {
  return v === null || v === undefined ? '-' : Number(v).toFixed(digits);
}

function printTable(results) {
  const head = ['events', 'open_s', 'zoom med', 'zoom p95', 'zoom max', 'pan med', 'pan p95', 'pan max', 'note'];
  const rows = results.map((r) => [
    String(r.events),
    r.open_s === null ? 'null' : fmt(r.open_s, 3),
    fmt(r.zoom_ms.median), fmt(r.zoom_ms.p95), fmt(r.zoom_ms.max),
    fmt(r.pan_ms.median), fmt(r.pan_ms.p95), fmt(r.pan_ms.max),
    r.timed_out ? `timed out (${r.timed_out_at})` : (r.error ? `error: ${r.error}` : ''),
  ]);
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padStart(w[i]))).join('  ').trimEnd();
  console.log('zoom/pan in ms per step (setWindow -> first "changed" + 2 rAF); open in s');
  console.log(line(head));
  console.log(line(w.map((x) => '-'.repeat(x))));
  for (const row of rows) console.log(line(row));
}

async function main() {
  const pkg = JSON.parse(await readFile(path.join(HERE, 'node_modules/vis-timeline/package.json'), 'utf8'));
  let server = null;
  let pageUrl = pathToFileURL(path.join(HERE, 'page.html')).href;
  if (argv.http) {
    server = await startServer();
    pageUrl = `http://127.0.0.1:${server.address().port}/page.html`;
  }
  log(`vis-timeline ${pkg.version}, ${argv.chromium}, node ${process.version}, page ${pageUrl}`);
  log(`sizes ${SIZES.join(', ')}; open timeout ${OPEN_TIMEOUT_MS / 1000} s, step timeout ${STEP_TIMEOUT_MS / 1000} s`);
  const results = [];
  try {
    for (const n of SIZES) {
      log(`size ${n}`);
      let r;
      try {
        r = await runSize(n, pageUrl);
      } catch (e) {
        log(`  [${n}] failed: ${e.stack || e}`);
        r = { events: n, open_s: null, zoom_ms: stats([]), pan_ms: stats([]), timed_out: false, error: String(e.message || e) };
      }
      r.vis_timeline = pkg.version;
      results.push(r);
      if (argv.json) await writeFile(argv.json, JSON.stringify(results, null, 2) + '\n'); // partial results survive
    }
  } finally {
    server?.close();
  }
  printTable(results);
  if (argv.json) log(`wrote ${argv.json}`);
}

main().catch((e) => { console.error(e); process.exit(1); });
