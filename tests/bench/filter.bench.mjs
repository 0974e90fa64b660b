// Benchmark (not a test): filter + search + facet counts in the browser over 1k, 10k and 50k
// synthetic cases, timed from the input event to the next painted frame after the result
// changed. Prints median and p95 ms and writes docs/benchmarks/filter-browser.json.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { serve } from './server.mjs';
import { DIST, ROOT } from '../e2e/browser.mjs';

const SCALES = (process.env.SCALES ?? '1000,10000,50000').split(',').map(Number);
const ROUNDS = Number(process.env.ROUNDS ?? 5);

function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1))];
}

async function siteWith(cases) {
  const dir = await mkdtemp(path.join(os.tmpdir(), `bench-${cases}-`));
  await cp(DIST, dir, { recursive: true });
  execFileSync('cargo', ['run', '-q', '--release', '--bin', 'synth', '--', 'synth',
    '--cases', String(cases), '--out', path.join(dir, 'data')], { cwd: ROOT, stdio: 'inherit' });
  return dir;
}

// Runs in the page: applies one input and resolves with ms until the frame after the
// result count changed has been painted.
async function timeInput(kind) {
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
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return performance.now() - started;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const rows = [];
try {
  for (const cases of SCALES) {
    const dir = await siteWith(cases);
    const server = await serve(dir);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      const loadStart = Date.now();
      await page.goto(server.url + '/cases');
      await page.getByTestId('result-count').waitFor({ timeout: 120000 });
      const loadMs = Date.now() - loadStart;
      const times = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        for (const kind of ['facet', 'facet', 'model', 'model', '智能', '智能']) {
          times.push(await page.evaluate(timeInput, kind));
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
console.log(`  ${'cases'.padStart(7)} ${'load ms'.padStart(9)} ${'median ms'.padStart(10)} ${'p95 ms'.padStart(8)} ${'inputs'.padStart(7)}`);
for (const r of rows) {
  console.log(`  ${String(r.cases).padStart(7)} ${String(r.loadMs).padStart(9)} ${r.medianMs.toFixed(1).padStart(10)} ${r.p95Ms.toFixed(1).padStart(8)} ${String(r.inputs).padStart(7)}`);
}
await mkdir(path.join(ROOT, 'docs/benchmarks'), { recursive: true });
await writeFile(path.join(ROOT, 'docs/benchmarks/filter-browser.json'),
  JSON.stringify({ date: new Date().toISOString(), rows }, null, 2) + '\n');
