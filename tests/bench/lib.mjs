// Shared helpers of the benchmarks (never tests): the browser, statistics, serving a staged
// copy of the release build through nginx with or without compression (the app and the
// hand-written baseline page side by side), CPU throttling, the "first chart" mark, bytes on
// the wire, writing figures to docs/benchmarks/ and checking them against budgets.json.
import { chromium } from 'playwright-core';
import { chmod, cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { gzipSync, brotliCompressSync, constants as zlib } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST, ROOT, serve as serveNginx } from '../e2e/browser.mjs';

export { DIST, ROOT };
/// The release build served as deployed: nginx with deploy/nginx.conf (as the browser tests).
export const serveBuild = serveNginx;
export const BENCH = path.dirname(fileURLToPath(import.meta.url));
export const FIGURES = path.join(ROOT, 'docs/benchmarks');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const VIEWPORT = { width: 1280, height: 900 };

/// Debian's Chromium, headless, through playwright-core (fresh contexts come from
/// `browser.newContext()`, so every cold load starts with an empty cache).
export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/// A new page with `window.benchPainted()`: resolves in the first task after the next frame
/// has been painted — posted from that frame's animation callbacks at `user-blocking`
/// priority, so it runs as soon as the frame is done, ahead of work the app queued for after
/// the paint (the explorer's cards below its first batch, its chart panels). Benchmarks that
/// time "input → painted" await it after the input's DOM change.
export async function newBenchPage(browser, options = { viewport: VIEWPORT }) {
  const page = await browser.newPage(options);
  await page.addInitScript(() => {
    const nextTask = (resolve) => (globalThis.scheduler?.postTask
      ? scheduler.postTask(resolve, { priority: 'user-blocking' })
      : setTimeout(resolve, 0));
    window.benchPainted = () => new Promise((resolve) => requestAnimationFrame(() => nextTask(resolve)));
  });
  return page;
}

// ---- statistics -------------------------------------------------------------------------

/// The q-quantile by the nearest-rank method.
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1))];
}

/// n, median, p95, min and max of a list of numbers.
export function stats(values) {
  return {
    n: values.length,
    median: quantile(values, 0.5),
    p95: quantile(values, 0.95),
    min: Math.min(...values),
    max: Math.max(...values),
  };
}

export const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
export const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
export const ms = (value) => `${value.toFixed(0)} ms`;

// ---- serving ----------------------------------------------------------------------------

/// How the staged site is served: `identity` has no precompressed twins (nginx sends every
/// file as it is), `gzip` only the `.gz` twins, `br` both (what a browser gets from a deploy).
export const ENCODINGS = ['identity', 'gzip', 'br'];

const COMPRESSIBLE = /\.(html|js|mjs|css|json|wasm|svg)$/;

/// The path of the ECharts bundle in `dist` (its name carries a content hash).
export async function echartsBundle(dist = DIST) {
  const name = (await readdir(dist)).find((f) => /^echarts\.min-[0-9a-f]+\.js$/.test(f));
  if (!name) throw new Error(`no echarts.min-<hash>.js in ${dist}`);
  return `/${name}`;
}

/// A copy of the release build with the baseline page under /baseline/, with the
/// precompressed twins that `encoding` asks for. The baseline's `/echarts.min.js` is pointed
/// at the build's hashed ECharts bundle, so both pages load the very same file.
export async function stageSite(encoding, dist = DIST) {
  if (!ENCODINGS.includes(encoding)) throw new Error(`unknown encoding ${encoding}`);
  const dir = await mkdtemp(path.join(os.tmpdir(), `bench-site-${encoding}-`));
  const keep = (file) =>
    !file.includes('/.stage') &&
    !(file.endsWith('.gz') && encoding === 'identity') &&
    !(file.endsWith('.br') && encoding !== 'br');
  await cp(dist, dir, { recursive: true, filter: keep });
  const baseline = path.join(dir, 'baseline');
  await mkdir(baseline, { recursive: true });
  const bundle = await echartsBundle(dist);
  for (const entry of await readdir(path.join(BENCH, 'baseline'))) {
    let body = await readFile(path.join(BENCH, 'baseline', entry));
    if (entry.endsWith('.html')) body = Buffer.from(body.toString().replace('src="/echarts.min.js"', `src="${bundle}"`));
    await writeFile(path.join(baseline, entry), body);
    if (COMPRESSIBLE.test(entry) && encoding !== 'identity') {
      await writeFile(path.join(baseline, `${entry}.gz`), gzipSync(body, { level: 9 }));
      if (encoding === 'br') {
        await writeFile(path.join(baseline, `${entry}.br`),
          brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }));
      }
    }
  }
  await chmod(dir, 0o755); // nginx's workers (not root) must read it
  return dir;
}

/// The staged site for `encoding` served by nginx with deploy/nginx.conf (as the browser
/// tests serve it). `close()` stops nginx and removes the copy.
export async function serveSite(encoding, dist = DIST) {
  const dir = await stageSite(encoding, dist);
  const server = await serveNginx(dir);
  return {
    url: server.url,
    dir,
    close: async () => {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

// ---- pages ------------------------------------------------------------------------------

/// Runs in the page before any of its scripts: marks `window.__firstChart` (ms since
/// navigation start) the moment a canvas appears inside a `.chart-canvas` element, the
/// "first chart" of every benchmark, the app's and the baseline page's alike. Also keeps
/// the app's wasm exports (for its linear memory) once trunk's loader has started it. Both
/// moments are also User Timing marks (`bench:first-chart`, `bench:wasm-started`), which
/// show in a performance trace.
export function markFirstChart() {
  const seen = () => {
    if (!window.__firstChart && document.querySelector('.chart-canvas canvas')) {
      window.__firstChart = performance.now();
      performance.mark('bench:first-chart');
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(seen);
  observer.observe(document, { childList: true, subtree: true });
  addEventListener('TrunkApplicationStarted', (event) => {
    window.__wasm = event.detail.wasm;
    window.__wasmStarted = performance.now();
    performance.mark('bench:wasm-started');
  });
}

/// Runs in the page before its scripts: marks `window.__appChart` and `bench:app-chart` when the
/// app's own chart has drawn its option (`data-finished="true"`, set by the chart component):
/// the app is up. On /strategy the first chart comes before the app (assets/first-chart.js).
export function markAppChart() {
  const observer = new MutationObserver(() => {
    if (!window.__appChart && document.querySelector('.chart-canvas[data-finished="true"]')) {
      window.__appChart = performance.now();
      performance.mark('bench:app-chart');
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-finished'] });
}

/// Waits for the first chart marked by `markFirstChart`; returns its time (ms).
export async function firstChart(page, timeout = 60_000) {
  const handle = await page.waitForFunction(() => window.__firstChart, null, { polling: 50, timeout });
  return handle.jsonValue();
}

/// Waits for the app's chart marked by `markAppChart`; returns its time (ms).
export async function appChart(page, timeout = 60_000) {
  const handle = await page.waitForFunction(() => window.__appChart, null, { polling: 50, timeout });
  return handle.jsonValue();
}

/// Slows the page's CPU by `rate` (DevTools' "low-end" preset is 4).
export async function throttle(cdp, rate) {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/// Records every request of the page from CDP Network events: bytes on the wire
/// (`encodedDataLength`, headers included) and body bytes as decoded (uncompressed), with the
/// time each finished. `before(epochMs)` sums the requests finished by then.
export async function trackNetwork(cdp) {
  const requests = new Map();
  let clockOffset = null; // wall time (s) minus CDP's monotonic timestamp (s)
  cdp.on('Network.requestWillBeSent', (e) => {
    clockOffset ??= e.wallTime - e.timestamp;
    requests.set(e.requestId, { url: e.request.url, decoded: 0, encoded: 0, finished: null });
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { status: e.response.status, encoding: e.response.headers['content-encoding'] ?? e.response.headers['Content-Encoding'] ?? 'identity' });
  });
  cdp.on('Network.dataReceived', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.decoded += e.dataLength;
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { encoded: e.encodedDataLength, finished: e.timestamp });
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return {
    requests,
    before(epochMs) {
      const limit = epochMs / 1000 - (clockOffset ?? 0);
      const done = [...requests.values()].filter((r) => r.finished !== null && r.finished <= limit);
      return {
        requests: done.length,
        encoded: done.reduce((sum, r) => sum + r.encoded, 0),
        decoded: done.reduce((sum, r) => sum + r.decoded, 0),
        files: done.map(({ url, status, encoding, encoded, decoded }) =>
          ({ path: new URL(url).pathname, status, encoding, encoded, decoded })),
      };
    },
  };
}

/// One cold load of `url` in a fresh context (empty cache), CPU throttled by `rate`: the
/// first-chart time and the bytes finished before it.
export async function coldLoad(browser, url, { rate = 1, timeout = 60_000 } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript(markFirstChart);
    const cdp = await context.newCDPSession(page);
    const network = await trackNetwork(cdp);
    if (rate !== 1) await throttle(cdp, rate);
    await page.goto(url);
    const firstChartMs = await firstChart(page, timeout);
    const origin = await page.evaluate(() => performance.timeOrigin);
    // Let the CDP events of the requests finished by then arrive.
    await new Promise((resolve) => setTimeout(resolve, 200));
    return { firstChartMs, bytes: network.before(origin + firstChartMs) };
  } finally {
    await context.close();
  }
}

// ---- figures and budgets ----------------------------------------------------------------

/// Writes `docs/benchmarks/<file>` (JSON, with the date and the build measured).
export async function writeFigures(file, figures) {
  await mkdir(FIGURES, { recursive: true });
  const inside = !path.relative(ROOT, DIST).startsWith('..');
  const body = { date: new Date().toISOString(), dist: inside ? path.relative(ROOT, DIST) : DIST, ...figures };
  await writeFile(path.join(FIGURES, file), JSON.stringify(body, null, 2) + '\n');
  return body;
}

export async function readFigures(file) {
  try {
    return JSON.parse(await readFile(path.join(FIGURES, file), 'utf8'));
  } catch {
    return null;
  }
}

export const BUDGETS_FILE = path.join(BENCH, 'budgets.json');

export async function readBudgets() {
  return JSON.parse(await readFile(BUDGETS_FILE, 'utf8'));
}

/// `a.b.0.c` of an object, or undefined.
export function lookup(object, dotted) {
  return dotted.split('.').reduce((value, key) => (value == null ? undefined : value[key]), object);
}

/// Whether `value` meets `limit` for a row (`lower` is better, or `higher`).
export function meets(row, value, limit) {
  if (row.better === 'higher') return row.strict ? value > limit : value >= limit;
  return row.strict ? value < limit : value <= limit;
}

/// The figure of a budget row in `figures` (the JSON of its source file), scaled.
export function figureOf(row, figures) {
  const value = figures ? lookup(figures, row.path) : undefined;
  return typeof value === 'number' ? value * (row.scale ?? 1) : null;
}

/// A budget row measured: its value, whether it meets must and aim, and whether it regressed
/// (recorded as met in budgets.json, but no longer meeting its must).
export function judge(row, value) {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    return { row, value: null, must: false, aim: false, regressed: false };
  }
  const must = meets(row, value, row.must);
  return { row, value, must, aim: meets(row, value, row.aim), regressed: row.met && !must };
}

export function formatValue(row, value) {
  if (value == null) return 'not measured';
  const digits = row.digits ?? 1;
  return `${value.toFixed(digits)}${row.unit ? ` ${row.unit}` : ''}`;
}

export function formatLimit(row, limit) {
  const sign = row.better === 'higher' ? (row.strict ? '>' : '≥') : (row.strict ? '<' : '≤');
  return `${sign} ${limit}${row.unit ? ` ${row.unit}` : ''}`;
}

/// One line per budget row whose `source` is `file`, judged against `figures` (the JSON just
/// written by a benchmark): what it prints after its own figures.
export async function printBudgets(file, figures) {
  const { rows } = await readBudgets();
  const mine = rows.filter((row) => row.source === file);
  if (!mine.length) return;
  console.log('Budgets (tests/bench/budgets.json; issue #10):');
  for (const row of mine) {
    const verdict = judge(row, figureOf(row, figures));
    console.log(`  ${row.what}: ${formatValue(row, verdict.value)} — must ${formatLimit(row, row.must)} ` +
      `${verdict.must ? 'met' : 'NOT met'}, aim ${formatLimit(row, row.aim)} ${verdict.aim ? 'met' : 'not met'}` +
      `${verdict.regressed ? ' — REGRESSED (recorded as met)' : ''}`);
  }
}
