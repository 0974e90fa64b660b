// Benchmark (not a test): the first chart of /strategy against the hand-written baseline
// (tests/bench/baseline/strategy.html, the same tier map from the same data with the same
// ECharts bundle), in pairs of cold loads in one run: a fresh browser context each (empty
// cache), CPU throttled 4× (DevTools' low-end preset), the order alternating within pairs.
// Both pages are served by one nginx with deploy/nginx.conf, once without compression and
// once from the build's gzip twins. Prints the median ratio app / baseline with its min and
// max, and the bytes each page transferred before its first chart (on the wire, i.e.
// CDP's encodedDataLength with headers, and decoded); writes docs/benchmarks/coldload.json.
//
//   RUNS (default 7) pairs per encoding after one warm-up pair; RATE (default 4) the CPU
//   slow-down; ENCODINGS (default identity,gzip; br also works).
import { DIST, coldLoad, kib, launchBrowser, ms, printBudgets, serveSite, stats, writeFigures } from './lib.mjs';

const RUNS = Number(process.env.RUNS ?? 7);
const RATE = Number(process.env.RATE ?? 4);
const ENCODINGS = (process.env.ENCODINGS ?? 'identity,gzip').split(',');
const PAGES = { app: '/strategy', baseline: '/baseline/strategy.html' };

async function pairs(browser, url) {
  const loads = { app: [], baseline: [] };
  for (let run = -1; run < RUNS; run += 1) {
    const order = run % 2 === 0 ? ['app', 'baseline'] : ['baseline', 'app'];
    const pair = {};
    for (const name of order) pair[name] = await coldLoad(browser, url + PAGES[name], { rate: RATE });
    if (run < 0) continue; // warm-up: the browser's first loads pay its own start-up
    for (const name of order) loads[name].push(pair[name]);
  }
  const ratios = loads.app.map((load, i) => load.firstChartMs / loads.baseline[i].firstChartMs);
  const page = (name) => {
    const last = loads[name].at(-1).bytes;
    return {
      firstChartMs: stats(loads[name].map((l) => l.firstChartMs)),
      bytes: { encoded: stats(loads[name].map((l) => l.bytes.encoded)).median,
        decoded: stats(loads[name].map((l) => l.bytes.decoded)).median, requests: last.requests },
      files: last.files,
    };
  };
  return { ratio: stats(ratios), ratios, app: page('app'), baseline: page('baseline') };
}

const browser = await launchBrowser();
const results = {};
try {
  for (const encoding of ENCODINGS) {
    const site = await serveSite(encoding);
    try {
      results[encoding] = await pairs(browser, site.url);
    } finally {
      await site.close();
    }
  }
} finally {
  await browser.close();
}

console.log(`First chart on /strategy vs the hand-written baseline (${DIST}; cold contexts, CPU ${RATE}× slower, ` +
  `${RUNS} pairs per encoding, nginx with deploy/nginx.conf):`);
for (const [encoding, r] of Object.entries(results)) {
  console.log(`  ${encoding}: ratio app/baseline median ${r.ratio.median.toFixed(2)} (min ${r.ratio.min.toFixed(2)}, ` +
    `max ${r.ratio.max.toFixed(2)}); ratios ${r.ratios.map((x) => x.toFixed(2)).join(' ')}`);
  for (const name of ['app', 'baseline']) {
    const p = r[name];
    console.log(`    ${name.padEnd(8)} first chart median ${ms(p.firstChartMs.median)} (min ${ms(p.firstChartMs.min)}, ` +
      `max ${ms(p.firstChartMs.max)}); before it: ${p.bytes.requests} requests, ${kib(p.bytes.encoded)} on the wire, ` +
      `${kib(p.bytes.decoded)} decoded`);
  }
}
const figures = await writeFigures('coldload.json', { runs: RUNS, cpuThrottle: RATE, pages: PAGES, ...results });
await printBudgets('coldload.json', figures);
