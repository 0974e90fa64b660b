// Benchmark (not a test): prints bundle bytes, time to first chart and memory for the
// release build in dist/ (or $DIST), served over real HTTP to headless Chromium.
// Run with `make bench`. Figures go to stdout and to docs/benchmarks/app.json.
import { chromium } from 'playwright-core';
import { readdir, readFile, stat, writeFile, mkdir } from 'node:fs/promises';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import path from 'node:path';
import { serve } from './server.mjs';
import { DIST, ROOT } from '../e2e/browser.mjs';

const RUNS = Number(process.env.RUNS ?? 7);
const CHART_PATH = process.env.CHART_PATH ?? '/strategy';

async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(full)));
    else out.push(full);
  }
  return out;
}

function kind(file) {
  if (file.endsWith('.wasm')) return 'wasm';
  if (file.includes('echarts')) return 'echarts js';
  if (file.endsWith('.js')) return 'app js';
  if (file.endsWith('.css')) return 'css';
  if (file.endsWith('.json')) return 'data json';
  return 'other';
}

async function bundleBytes() {
  const totals = {};
  for (const file of await files(DIST)) {
    if (file.includes('/.stage')) continue;
    const body = await readFile(file);
    const k = kind(file);
    totals[k] ??= { raw: 0, gzip: 0, brotli: 0 };
    totals[k].raw += body.length;
    totals[k].gzip += gzipSync(body, { level: 9 }).length;
    totals[k].brotli += brotliCompressSync(body).length;
  }
  totals.total = Object.values(totals).reduce(
    (sum, t) => ({ raw: sum.raw + t.raw, gzip: sum.gzip + t.gzip, brotli: sum.brotli + t.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
  return totals;
}

function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

async function firstChart(browser, url) {
  const times = [];
  let memory;
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      addEventListener('TrunkApplicationStarted', (event) => {
        window.__wasm = event.detail.wasm;
      });
    });
    await page.goto(url + CHART_PATH);
    const handle = await page.waitForFunction(
      () => {
        const canvas = document.querySelector('.chart-canvas canvas');
        if (canvas && !window.__firstChart) window.__firstChart = performance.now();
        return window.__firstChart;
      },
      null,
      { polling: 'raf', timeout: 30000 },
    );
    times.push(await handle.jsonValue());
    if (run === RUNS - 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
      const wasm = await page.evaluate(() => window.__wasm?.memory?.buffer?.byteLength ?? 0);
      memory = { jsHeapUsedBytes: heap, wasmMemoryBytes: wasm };
    }
    await context.close();
  }
  return { runs: RUNS, medianMs: quantile(times, 0.5), p95Ms: quantile(times, 0.95), memory };
}

const server = await serve(DIST);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const bundle = await bundleBytes();
  const chart = await firstChart(browser, server.url);
  const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
  console.log('Bundle bytes (raw / gzip -9 / brotli):');
  for (const [k, t] of Object.entries(bundle)) {
    console.log(`  ${k.padEnd(10)} ${kb(t.raw).padStart(11)} ${kb(t.gzip).padStart(11)} ${kb(t.brotli).padStart(11)}`);
  }
  console.log(`Time to first chart on ${CHART_PATH} (cold context, loopback, ${chart.runs} runs): ` +
    `median ${chart.medianMs.toFixed(0)} ms, p95 ${chart.p95Ms.toFixed(0)} ms`);
  console.log(`Memory after first chart: JS heap ${kb(chart.memory.jsHeapUsedBytes)}, ` +
    `wasm linear memory ${kb(chart.memory.wasmMemoryBytes)}`);
  const out = path.join(ROOT, 'docs/benchmarks');
  await mkdir(out, { recursive: true });
  await writeFile(path.join(out, 'app.json'),
    JSON.stringify({ date: new Date().toISOString(), bundle, firstChart: chart }, null, 2) + '\n');
} finally {
  await browser.close();
  await server.close();
}
