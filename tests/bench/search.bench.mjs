// Benchmark (not a test): a keystroke in the header search box, timed from the input event
// to the next painted frame after the listed results changed, over the real data. Prints
// median and p95 ms and writes docs/benchmarks/search-browser.json.
import { serve } from './server.mjs';
import { DIST, launchBrowser, newBenchPage, quantile, writeFigures } from './lib.mjs';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
// Typed a character at a time, as a reader would.
const QUERIES = ['大模型客服', '算力网络', 'customer service', 'data contamination', '息壤', 'NTT'];

// Runs in the page: sets the box to `text` and resolves with ms until the frame after the
// result list changed has been painted (or the list stayed the same: then the next frame).
async function keystroke(text) {
  const box = document.querySelector('[data-testid="header-search"]');
  const header = box.closest('.header-search');
  const changed = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(header, { subtree: true, childList: true, characterData: true, attributes: true });
    setTimeout(() => { observer.disconnect(); resolve(); }, 500);
  });
  const started = performance.now();
  box.value = text;
  box.dispatchEvent(new Event('input', { bubbles: true }));
  await changed;
  await benchPainted();
  return performance.now() - started;
}

const browser = await launchBrowser();
const server = await serve(DIST);
const times = [];
try {
  const page = await newBenchPage(browser);
  await page.goto(server.url + '/');
  await page.getByTestId('header-search').waitFor({ timeout: 60000 });
  await page.getByTestId('header-search').focus();
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const query of QUERIES) {
      const chars = [...query];
      for (let n = 1; n <= chars.length; n += 1) times.push(await page.evaluate(keystroke, chars.slice(0, n).join('')));
      await page.evaluate(keystroke, '');
    }
  }
} finally {
  await server.close();
  await browser.close();
}
const row = { keystrokes: times.length, medianMs: quantile(times, 0.5), p95Ms: quantile(times, 0.95) };
console.log('Search, keystroke → painted results (header box, real data, headless Chromium, release build):');
console.log(`  keystrokes ${row.keystrokes}, median ${row.medianMs.toFixed(1)} ms, p95 ${row.p95Ms.toFixed(1)} ms`);
await writeFigures('search-browser.json', row);
