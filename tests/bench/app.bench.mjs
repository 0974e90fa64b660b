// Benchmark (not a test): prints bundle bytes, time to first chart and memory for the
// release build in dist/ (or $DIST), served over real HTTP to headless Chromium.
// Run with `make bench`. Figures go to stdout and to docs/benchmarks/app.json.
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import path from 'node:path';
import { serve } from './server.mjs';
import {
  DIST, VIEWPORT, appChart, firstChart, kib, launchBrowser, markAppChart, markFirstChart, printBudgets, quantile,
  writeFigures,
} from './lib.mjs';

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
    // The build's precompressed twins (.gz, .br) are what is measured here, not more files.
    if (file.includes('/.stage') || /\.(gz|br)$/.test(file)) continue;
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

/// The first chart (on /strategy drawn before the app), the app's chart (the app is up and
/// has taken it over), and memory once the app is up.
async function timeFirstChart(browser, url) {
  const times = [];
  const appTimes = [];
  let memory;
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    await page.addInitScript(markFirstChart);
    await page.addInitScript(markAppChart);
    await page.goto(url + CHART_PATH);
    times.push(await firstChart(page));
    appTimes.push(await appChart(page));
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
  return {
    runs: RUNS, medianMs: quantile(times, 0.5), p95Ms: quantile(times, 0.95),
    appChart: { medianMs: quantile(appTimes, 0.5), p95Ms: quantile(appTimes, 0.95) },
    memory,
  };
}

const server = await serve(DIST);
const browser = await launchBrowser();
try {
  const bundle = await bundleBytes();
  const chart = await timeFirstChart(browser, server.url);
  console.log('Bundle bytes (raw / gzip -9 / brotli):');
  for (const [k, t] of Object.entries(bundle)) {
    console.log(`  ${k.padEnd(10)} ${kib(t.raw).padStart(11)} ${kib(t.gzip).padStart(11)} ${kib(t.brotli).padStart(11)}`);
  }
  console.log(`Time to first chart on ${CHART_PATH} (cold context, loopback, ${chart.runs} runs): ` +
    `median ${chart.medianMs.toFixed(0)} ms, p95 ${chart.p95Ms.toFixed(0)} ms; the app up, its chart drawn: ` +
    `median ${chart.appChart.medianMs.toFixed(0)} ms, p95 ${chart.appChart.p95Ms.toFixed(0)} ms`);
  console.log(`Memory once the app is up: JS heap ${kib(chart.memory.jsHeapUsedBytes)}, ` +
    `wasm linear memory ${kib(chart.memory.wasmMemoryBytes)}`);
  await printBudgets('app.json', await writeFigures('app.json', { bundle, firstChart: chart }));
} finally {
  await browser.close();
  await server.close();
}
