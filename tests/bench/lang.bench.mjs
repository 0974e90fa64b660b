// Benchmark (not a test): the language switch on /cases, timed in the page from the click
// on the header's zh/en link to the next painted frame after the document's language
// changed (the view's text, the facets, the result cards and both charts re-rendered in the
// same reactive flush), no CPU throttle, the release build through nginx. Alternates
// zh → en → zh; also reports until every chart has finished drawing (animations included).
// RUNS (default 20). Writes docs/benchmarks/lang-switch.json.
import { DIST, launchBrowser, ms, newBenchPage, printBudgets, serveBuild, stats, writeFigures } from './lib.mjs';
import { chartsDrawn, settle } from '../e2e/browser.mjs';

const RUNS = Number(process.env.RUNS ?? 20);

// Runs in the page: clicks the switch; resolves with ms until the frame after <html lang>
// changed has been painted, and keeps the start for `settledMs`.
async function switchLanguage() {
  const html = document.documentElement;
  const before = html.lang;
  const switched = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (html.lang !== before) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(html, { attributes: true, attributeFilter: ['lang'] });
  });
  window.__langStart = performance.now();
  document.querySelector('[data-testid="lang-switch"]').click();
  await switched;
  await benchPainted();
  return { to: html.lang, paintedMs: performance.now() - window.__langStart };
}

const server = await serveBuild(DIST);
const browser = await launchBrowser();
const runs = [];
try {
  const page = await newBenchPage(browser);
  await page.goto(server.url + '/cases');
  await settle(page);
  for (let run = 0; run < RUNS + 1; run += 1) {
    const { to, paintedMs } = await page.evaluate(switchLanguage);
    await chartsDrawn(page);
    const settledMs = await page.evaluate(() => performance.now() - window.__langStart);
    if (run > 0) runs.push({ to, paintedMs, settledMs }); // the first switch warms up the other language
  }
} finally {
  await browser.close();
  await server.close();
}

const painted = stats(runs.map((r) => r.paintedMs));
const settled = stats(runs.map((r) => r.settledMs));
const byTarget = Object.fromEntries(['en', 'zh-CN'].map((to) =>
  [to, stats(runs.filter((r) => r.to === to).map((r) => r.paintedMs))]));
console.log(`Language switch on /cases, click → painted (${DIST}; no throttle, ${runs.length} switches):`);
console.log(`  painted median ${ms(painted.median)}, p95 ${ms(painted.p95)} (to en ${ms(byTarget.en.median)}, ` +
  `to zh ${ms(byTarget['zh-CN'].median)}); charts finished (with animation) median ${ms(settled.median)}`);
const figures = await writeFigures('lang-switch.json', { route: '/cases', painted, settled, byTarget, runs });
await printBudgets('lang-switch.json', figures);
