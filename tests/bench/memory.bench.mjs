// Benchmark (not a test): leaks over a long session. 400 route switches through the header's
// links (every second one to /cases, which then gets one filter change: 200 in all), no
// throttle, the release build through nginx. At switch 0, 200 and 400, once every chart has
// finished drawing:
//   - ECharts instances alive against charts on screen. On screen: the `.chart-canvas`
//     elements in the document, each with its instance (`echarts.getInstanceByDom`). Alive:
//     every instance ECharts' own registry still holds (`echarts.getInstanceById`), found by
//     their ids, which are `ec_` + a counter that starts at the bundle's load time in ms, so
//     an instance that was never disposed is counted even when its element is gone.
//   - the JS heap after a forced GC (CDP HeapProfiler.collectGarbage, Runtime.getHeapUsage),
//     DOM nodes and event listeners (Performance.getMetrics) and the wasm linear memory;
//   - at 200 and 400, a heap snapshot's share of compiled code (node type "code": bytecode and
//     V8's optimised code). V8 keeps optimising ECharts and glue functions as they warm up, so
//     the heap grows by their code without any object being retained; the heap without it is
//     the one that shows a leak of objects.
// Switch 200 and 400 land on the same view with the same filter, so their heaps compare.
// SWITCHES (default 400). Writes docs/benchmarks/memory.json.
import { DIST, VIEWPORT, kib, launchBrowser, printBudgets, serveBuild, writeFigures } from './lib.mjs';
import { chartsDrawn, settle } from '../e2e/browser.mjs';

const SWITCHES = Number(process.env.SWITCHES ?? 400);
// The header's links in order, and what marks each view as rendered.
const NAV = ['overview', 'strategy', 'operators', 'compare', 'cases', 'challenges'];
const VIEWS = {
  overview: ['/', 'section.page.overview'],
  strategy: ['/strategy', 'section.page.strategy'],
  operators: ['/operators', 'section.page.operators'],
  compare: ['/compare', 'section.page.compare'],
  cases: ['/cases', 'section.page.cases-page'],
  challenges: ['/challenges', 'section.page.tracing-page'],
};
// Ten switches, /cases every second one; 200 and 400 are multiples, so both checkpoints
// are on /cases after a filter change.
const CYCLE = ['strategy', 'cases', 'overview', 'cases', 'operators', 'cases', 'compare', 'cases', 'challenges', 'cases'];

// Runs in the page: follows a header link (client-side navigation), waits for the view and
// a canvas in each of its charts; on /cases then ticks one of the first ten enabled facet
// values (the `visit`-th, modulo ten) and waits for the URL and the charts to follow.
async function step({ link, path, ready, filter, visit }) {
  const until = (what, condition) => new Promise((resolve, reject) => {
    const started = performance.now();
    const tick = () => {
      if (condition()) resolve();
      else if (performance.now() - started > 15000) reject(new Error(`timed out waiting for ${what}`));
      else requestAnimationFrame(tick);
    };
    tick();
  });
  const drawn = () => [...document.querySelectorAll('.chart-canvas')].every((el) => el.querySelector('canvas'));
  document.querySelectorAll('nav.app-nav a')[link].click();
  await until(path, () => location.pathname === path && document.querySelector(ready) && drawn());
  if (!filter) return;
  const values = [...document.querySelectorAll('fieldset[data-facet] label input:not(:disabled)')];
  const search = location.search;
  values[(visit % 10) % values.length].click();
  await until(`a filter on ${path}`, () => location.search !== search && drawn());
}

// Runs in the page: charts on screen and ECharts instances alive.
function countCharts(loadedAt) {
  const elements = [...document.querySelectorAll('.chart-canvas')];
  const attached = elements.filter((el) => window.echarts.getInstanceByDom(el)).length;
  const end = Date.now() + 100000; // ids: load time in ms + one per instance ever made
  let alive = 0;
  for (let id = loadedAt; id < end; id += 1) if (window.echarts.getInstanceById(`ec_${id}`)) alive += 1;
  return { onScreen: elements.length, attached, alive };
}

// Self sizes of a heap snapshot's nodes, summed by node type ("code", "object", "string", …),
// and the "code" nodes summed by name ("system / InstructionStream": machine code from V8's
// tiers; "system / BytecodeArray": bytecode; …), to show what kind of code grows.
async function heapByType(cdp) {
  const chunks = [];
  const onChunk = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const { snapshot, nodes, strings } = JSON.parse(chunks.join(''));
  const fields = snapshot.meta.node_fields;
  const types = snapshot.meta.node_types[fields.indexOf('type')];
  const [typeAt, sizeAt, nameAt] = [fields.indexOf('type'), fields.indexOf('self_size'), fields.indexOf('name')];
  const sizes = {};
  const code = {};
  for (let i = 0; i < nodes.length; i += fields.length) {
    const type = types[nodes[i + typeAt]];
    sizes[type] = (sizes[type] ?? 0) + nodes[i + sizeAt];
    if (type === 'code') {
      // Builtins and functions carry their own name after the kind: keep the kind.
      const kind = strings[nodes[i + nameAt]].split(' / ').slice(0, 2).join(' / ');
      code[kind] = (code[kind] ?? 0) + nodes[i + sizeAt];
    }
  }
  return { sizes, code };
}

async function checkpoint(page, cdp, at) {
  await chartsDrawn(page);
  const charts = await page.evaluate(countCharts, await page.evaluate(() => window.__loadedAt));
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((m) => m.name === name)?.value ?? null;
  const wasmMemoryBytes = await page.evaluate(() => window.__wasm?.memory?.buffer?.byteLength ?? null);
  const snapshot = at > 0 ? await heapByType(cdp) : null;
  const compiledCodeBytes = snapshot ? snapshot.sizes.code ?? 0 : null;
  return {
    switch: at,
    url: await page.evaluate(() => location.pathname + location.search),
    ...charts,
    jsHeapUsedBytes: heap.usedSize,
    jsHeapTotalBytes: heap.totalSize,
    domNodes: metric('Nodes'),
    jsEventListeners: metric('JSEventListeners'),
    wasmMemoryBytes,
    compiledCodeBytes,
    compiledCodeByKind: snapshot?.code ?? null,
  };
}

const server = await serveBuild(DIST);
const browser = await launchBrowser();
const checkpoints = [];
let filterChanges = 0;
const started = Date.now();
try {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.addInitScript(() => {
    window.__loadedAt = Date.now(); // before the ECharts bundle runs: no id is smaller
    addEventListener('TrunkApplicationStarted', (event) => { window.__wasm = event.detail.wasm; });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(server.url + '/strategy');
  await settle(page);
  checkpoints.push(await checkpoint(page, cdp, 0));
  for (let n = 1; n <= SWITCHES; n += 1) {
    const view = CYCLE[(n - 1) % CYCLE.length];
    const [path, ready] = VIEWS[view];
    const filter = view === 'cases';
    await page.evaluate(step, { link: NAV.indexOf(view), path, ready, filter, visit: filterChanges });
    if (filter) filterChanges += 1;
    if (n === SWITCHES / 2 || n === SWITCHES) checkpoints.push(await checkpoint(page, cdp, n));
  }
} finally {
  await browser.close();
  await server.close();
}

const [, middle, end] = checkpoints;
const instancesBeyondScreen = Math.max(...[middle, end].map((c) =>
  Math.max(Math.abs(c.alive - c.onScreen), c.onScreen - c.attached)));
const growth = (from, to) => ((to - from) / from) * 100;
const heapGrowthPercent = growth(middle.jsHeapUsedBytes, end.jsHeapUsedBytes);
const withoutCode = (c) => c.jsHeapUsedBytes - c.compiledCodeBytes;
const heapWithoutCodeGrowthPercent = growth(withoutCode(middle), withoutCode(end));
const mib = (bytes) => `${(bytes / 1048576).toFixed(2)} MiB`;
console.log(`Leaks over ${SWITCHES} route switches + ${filterChanges} filter changes (${DIST}; no throttle, ` +
  `${((Date.now() - started) / 1000).toFixed(0)} s):`);
console.log(`  ${'switch'.padStart(6)}  ${'alive = on screen'.padEnd(17)}  ${'JS heap (GC)'.padStart(12)}  ` +
  `${'DOM nodes'.padStart(9)}  ${'listeners'.padStart(9)}  ${'wasm memory'.padStart(12)}  view`);
for (const c of checkpoints) {
  console.log(`  ${String(c.switch).padStart(6)}  ${`${c.alive} ${c.alive === c.onScreen ? '=' : '≠'} ${c.onScreen}`.padEnd(17)}  ` +
    `${mib(c.jsHeapUsedBytes).padStart(12)}  ${String(c.domNodes).padStart(9)}  ${String(c.jsEventListeners).padStart(9)}  ` +
    `${kib(c.wasmMemoryBytes ?? 0).padStart(12)}  ${c.url}`);
}
const signed = (percent) => `${percent >= 0 ? '+' : ''}${percent.toFixed(1)}%`;
console.log(`  JS heap ${mib(middle.jsHeapUsedBytes)} → ${mib(end.jsHeapUsedBytes)} from switch ${middle.switch} to ` +
  `${end.switch}: ${signed(heapGrowthPercent)}`);
console.log(`  of which compiled code ${mib(middle.compiledCodeBytes)} → ${mib(end.compiledCodeBytes)}; ` +
  `the heap without it ${mib(withoutCode(middle))} → ${mib(withoutCode(end))}: ${signed(heapWithoutCodeGrowthPercent)}`);
const codeGrowth = Object.keys(end.compiledCodeByKind)
  .map((kind) => [kind, end.compiledCodeByKind[kind] - (middle.compiledCodeByKind[kind] ?? 0)])
  .sort((a, b) => b[1] - a[1])
  .slice(0, 4);
console.log(`  the code that grew: ${codeGrowth.map(([kind, bytes]) => `${kind.replace('system / ', '')} ${bytes >= 0 ? '+' : ''}${kib(bytes)}`).join(', ')}`);
console.log(`  wasm memory ${kib(middle.wasmMemoryBytes ?? 0)} → ${kib(end.wasmMemoryBytes ?? 0)}`);
const figures = await writeFigures('memory.json', {
  switches: SWITCHES, filterChanges, cycle: CYCLE, checkpoints, instancesBeyondScreen, heapGrowthPercent,
  heapWithoutCodeGrowthPercent, codeGrowth,
  wasmGrowthPercent: growth(middle.wasmMemoryBytes ?? 0, end.wasmMemoryBytes ?? 0),
});
await printBudgets('memory.json', figures);
