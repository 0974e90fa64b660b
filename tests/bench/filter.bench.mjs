// Benchmark (not a test): filter + search + facet counts in the browser over 1k, 10k and 50k
// synthetic cases, timed from the input event to the next painted frame after the result
// changed. Prints median (p50) and p95 ms, checks the 1k and 10k rows against the budget
// (tests/bench/budgets.json) and writes docs/benchmarks/filter-browser.json.
//
// The synthetic data comes from `cargo run --release --bin synth`, or from the synth binary
// at $SYNTH when set (no build).
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { serve } from './server.mjs';
import { DIST, ROOT, launchBrowser, newBenchPage, printBudgets, quantile, writeFigures } from './lib.mjs';

const SCALES = (process.env.SCALES ?? '1000,10000,50000').split(',').map(Number);
const ROUNDS = Number(process.env.ROUNDS ?? 10);

async function siteWith(cases) {
  const dir = await mkdtemp(path.join(os.tmpdir(), `bench-${cases}-`));
  await cp(DIST, dir, { recursive: true });
  const args = ['synth', '--cases', String(cases), '--out', path.join(dir, 'data')];
  if (process.env.SYNTH) execFileSync(process.env.SYNTH, args, { cwd: ROOT, stdio: 'inherit' });
  else execFileSync('cargo', ['run', '-q', '--release', '--bin', 'synth', '--', ...args], { cwd: ROOT, stdio: 'inherit' });
  return dir;
}

// Runs in the page: applies one input and resolves with ms until the frame after the
// result count changed has been painted (`benchPainted`, lib.mjs). It first lets the page
// settle — a painted frame, an idle moment, a painted frame — so that what the previous
// input deferred is not counted against this one: each input is timed alone, as a reader
// who clicks, looks, then clicks again meets it.
async function timeInput(kind) {
  await benchPainted();
  await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 }));
  await benchPainted();
  const count = document.querySelector('[data-testid="result-count"]');
  const changed = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(count, { subtree: true, childList: true, characterData: true });
  });
  const started = performance.now();
  if (kind === 'facet') {
    document.querySelector('fieldset[data-facet="domain"] label[data-value="network"] input').click();
  } else {
    const search = document.querySelector('[data-testid="search"]');
    search.value = search.value ? '' : kind;
    search.dispatchEvent(new Event('input', { bubbles: true }));
  }
  await changed;
  await benchPainted();
  return performance.now() - started;
}

const browser = await launchBrowser();
const rows = [];
try {
  for (const cases of SCALES) {
    const dir = await siteWith(cases);
    const server = await serve(dir);
    const page = await newBenchPage(browser);
    try {
      const loadStart = Date.now();
      await page.goto(server.url + '/cases');
      await page.getByTestId('result-count').waitFor({ timeout: 120000 });
      const loadMs = Date.now() - loadStart;
      const times = [];
      // One untimed round first: the first run of each code path compiles it (V8 compiles
      // wasm functions lazily, on their first call), a one-off cost of the page, not of an input.
      for (let round = -1; round < ROUNDS; round += 1) {
        for (const kind of ['facet', 'facet', 'model', 'model', '智能', '智能']) {
          const ms = await page.evaluate(timeInput, kind);
          if (round >= 0) times.push(ms);
        }
      }
      const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? 0);
      rows.push({ cases, loadMs, inputs: times.length, medianMs: quantile(times, 0.5), p95Ms: quantile(times, 0.95), jsHeapBytes: heap });
    } finally {
      await page.close();
      await server.close();
      await rm(dir, { recursive: true, force: true });
    }
  }
} finally {
  await browser.close();
}
console.log('Browser filter + search + facet counts, input → painted results (headless Chromium, release build):');
console.log(`  ${'cases'.padStart(7)} ${'load ms'.padStart(9)} ${'p50 ms'.padStart(10)} ${'p95 ms'.padStart(8)} ${'inputs'.padStart(7)}`);
for (const r of rows) {
  console.log(`  ${String(r.cases).padStart(7)} ${String(r.loadMs).padStart(9)} ${r.medianMs.toFixed(1).padStart(10)} ${r.p95Ms.toFixed(1).padStart(8)} ${String(r.inputs).padStart(7)}`);
}
const figures = await writeFigures('filter-browser.json', { rows, scales: Object.fromEntries(rows.map((r) => [r.cases, r])) });
await printBudgets('filter-browser.json', figures);
