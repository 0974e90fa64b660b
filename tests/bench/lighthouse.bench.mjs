// Benchmark (not a test): Lighthouse's performance category, mobile preset (its default:
// a mid-range phone, simulated slow 4G and 4× CPU), on /strategy and /cases of the release
// build served gzip-compressed by nginx with deploy/nginx.conf, against Debian's Chromium
// (CHROME_PATH). RUNS (default 3) runs a page; the run with the median score is reported.
// Prints score, LCP, TBT (and FCP, Speed Index, CLS); writes docs/benchmarks/lighthouse.json.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM, CHROMIUM_ARGS, ROOT, ms, printBudgets, serveSite, writeFigures } from './lib.mjs';

const RUNS = Number(process.env.RUNS ?? 3);
const ROUTES = (process.env.ROUTES ?? '/strategy,/cases').split(',');
const LIGHTHOUSE = path.join(ROOT, 'node_modules/.bin/lighthouse');
const AUDITS = {
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  fcpMs: 'first-contentful-paint',
  speedIndexMs: 'speed-index',
  cls: 'cumulative-layout-shift',
};

async function lighthouse(url, out) {
  const flags = ['--headless=new', ...CHROMIUM_ARGS.filter((flag) => flag !== '--disable-gpu')];
  await promisify(execFile)(LIGHTHOUSE, [
    url, '--quiet', '--only-categories=performance', '--output=json', `--output-path=${out}`,
    `--chrome-flags=${flags.join(' ')}`,
  ], { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 << 20 });
  const report = JSON.parse(await readFile(out, 'utf8'));
  if (report.runtimeError) throw new Error(`lighthouse ${url}: ${report.runtimeError.message}`);
  const run = { score: Math.round(report.categories.performance.score * 100) };
  for (const [key, audit] of Object.entries(AUDITS)) run[key] = report.audits[audit].numericValue;
  run.lighthouseVersion = report.lighthouseVersion;
  run.formFactor = report.configSettings.formFactor;
  run.throttlingMethod = report.configSettings.throttlingMethod;
  return run;
}

const site = await serveSite('gzip');
const tmp = await mkdtemp(path.join(os.tmpdir(), 'lighthouse-'));
const pages = {};
try {
  for (const route of ROUTES) {
    const runs = [];
    for (let i = 0; i < RUNS; i += 1) runs.push(await lighthouse(site.url + route, path.join(tmp, `${i}.json`)));
    const median = [...runs].sort((a, b) => a.score - b.score)[Math.floor((runs.length - 1) / 2)];
    pages[route] = { ...median, scores: runs.map((r) => r.score) };
  }
} finally {
  await site.close();
  await rm(tmp, { recursive: true, force: true });
}

const first = Object.values(pages)[0];
console.log(`Lighthouse ${first.lighthouseVersion}, performance, ${first.formFactor} preset ` +
  `(${first.throttlingMethod} throttling), nginx gzip, median of ${RUNS} runs by score:`);
for (const [route, p] of Object.entries(pages)) {
  console.log(`  ${route.padEnd(10)} score ${p.score} (runs ${p.scores.join(', ')}), LCP ${ms(p.lcpMs)}, ` +
    `TBT ${ms(p.tbtMs)}, FCP ${ms(p.fcpMs)}, Speed Index ${ms(p.speedIndexMs)}, CLS ${p.cls.toFixed(3)}`);
}
const figures = await writeFigures('lighthouse.json', { runs: RUNS, encoding: 'gzip', pages });
await printBudgets('lighthouse.json', figures);
