// Benchmark (not a test): where the time of a cold /strategy load goes, until its first chart
// and until the app has taken that chart over.
// Records Chromium performance traces (CDP Tracing, through playwright-core) of cold loads,
// CPU throttled 4×, the release build served gzip by nginx, and splits the time from
// navigation start into phases, each with what the page's main thread did meanwhile. The first
// chart is drawn from index.html's first screen before the wasm is fetched
// (assets/first-chart.js); the app's phases follow it. Writes docs/benchmarks/trace-strategy.md (the method is written there too) and
// trace-strategy.json. RUNS (default 3) traced loads; the one with the median first chart
// is summarised. RATE (default 4).
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  DIST, FIGURES, VIEWPORT, appChart, coldLoad, firstChart, launchBrowser, markAppChart, markFirstChart, ms,
  serveSite, stats, throttle, writeFigures,
} from './lib.mjs';

const RUNS = Number(process.env.RUNS ?? 3);
const RATE = Number(process.env.RATE ?? 4);
// Two traces a run: a light one (the timeline, wasm compilation, User Timing marks), which
// barely slows the load, for the moments and the main thread's events; and one with V8's
// sampling profiler too, which slows it much more (see the .md), for what the main thread
// ran, and to tell the data's parsing from the first render and from ECharts' work.
const LIGHT = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.wasm', 'blink.user_timing'];
const PROFILED = [...LIGHT, 'disabled-by-default-v8.cpu_profiler'];
// Glue calls from the wasm that write the DOM: the view is being rendered.
const DOM_WRITE = /^__wbg_(cloneNode|createComment|createElement|createTextNode|insertBefore|setAttribute|set_nodeValue|removeAttribute)_/;
const SAMPLE_KINDS = ['idle', 'wasm', 'js called from wasm', 'echarts', 'app js', 'other js', 'gc', 'native'];
const SAMPLE_LABELS = {
  idle: 'idle (waiting: network, other threads)',
  wasm: 'wasm code',
  'js called from wasm': 'JS called from wasm (glue, DOM, JSON)',
  echarts: 'ECharts code',
  'app js': 'app JS (loader, glue start-up)',
  'other js': 'other JS',
  gc: 'garbage collection',
  native: 'native (HTML, style, layout, paint, compile)',
};
// Trace events on the main thread, summed inside each phase (nested in the samples above).
const EVENT_KINDS = {
  'wasm compile (lazy, main thread)': (e) => e.name === 'wasm.CompileLazy',
  'wasm compile (streaming finish, instantiate)': (e) =>
    ['wasm.FinishStreaming', 'wasm.SyncInstantiate', 'v8.wasm.compileConsume', 'wasm.OnBytesReceived'].includes(e.name),
  'JS compile': (e) => e.name === 'v8.compile',
  'JS evaluate (top level)': (e) => e.name === 'EvaluateScript' || e.name === 'v8.evaluateModule',
  'style + layout': (e) => e.name === 'UpdateLayoutTree' || e.name === 'Layout',
  'paint': (e) => ['Paint', 'PrePaint', 'Layerize', 'Commit'].includes(e.name),
  'GC': (e) => e.name === 'MinorGC' || e.name === 'MajorGC',
};

// Runs in the page once the app's chart is there: the marks and the Resource Timing entries.
function pageTimes() {
  const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
  return {
    firstChart: window.__firstChart,
    appChart: window.__appChart,
    wasmStarted: mark('bench:wasm-started'),
    firstPaint: mark('first-contentful-paint'),
    documentEnd: performance.getEntriesByType('navigation')[0]?.responseEnd ?? null,
    resources: performance.getEntriesByType('resource').map((r) => ({
      path: new URL(r.name).pathname, start: r.startTime, end: r.responseEnd,
      transfer: r.transferSize, decoded: r.decodedBodySize,
    })),
  };
}

async function tracedLoad(browser, url, categories) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript(markFirstChart);
    await page.addInitScript(markAppChart);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await throttle(cdp, RATE);
    await browser.startTracing(page, { categories });
    await page.goto(url);
    await firstChart(page);
    await appChart(page);
    await page.waitForTimeout(300);
    const trace = JSON.parse(await browser.stopTracing());
    return { times: await page.evaluate(pageTimes), events: trace.traceEvents ?? trace };
  } finally {
    await context.close();
  }
}

/// The CPU profile samples of thread `tid` of `pid`, each with its page time (ms), its
/// weight (ms until the next sample), its kind and whether its stack writes the DOM.
function samples(events, pid, tid, toPage) {
  const nodes = new Map();
  const out = [];
  const profiles = new Map(); // profile id → current time (µs)
  for (const e of events) {
    if (e.pid !== pid) continue;
    if (e.name === 'Profile' && e.tid === tid) profiles.set(e.id, e.args.data.startTime);
    if (e.name !== 'ProfileChunk' || !profiles.has(e.id)) continue;
    const data = e.args.data;
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const ids = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    let time = profiles.get(e.id);
    ids.forEach((id, i) => {
      time += deltas[i] ?? 0;
      out.push({ ts: time, id });
    });
    profiles.set(e.id, time);
  }
  out.sort((a, b) => a.ts - b.ts);
  const stackOf = (id) => {
    const stack = [];
    for (let node = nodes.get(id); node; node = nodes.get(node.parent)) stack.push(node.callFrame);
    return stack;
  };
  return out.map((sample, i) => {
    const stack = stackOf(sample.id);
    const leaf = stack[0] ?? { functionName: '(root)' };
    const isWasm = (f) => f.codeType === 'wasm' || (f.url ?? '').endsWith('.wasm');
    let kind;
    if (leaf.functionName === '(idle)') kind = 'idle';
    else if (leaf.functionName === '(garbage collector)') kind = 'gc';
    else if (['(program)', '(root)'].includes(leaf.functionName)) kind = 'native';
    else if (stack.some((f) => (f.url ?? '').includes('/echarts.min'))) kind = 'echarts';
    else if (isWasm(leaf)) kind = 'wasm';
    else if (stack.some(isWasm)) kind = 'js called from wasm';
    else if (stack.some((f) => /\/(bluebook|loader)-/.test(f.url ?? ''))) kind = 'app js';
    else kind = 'other js';
    const next = out[i + 1]?.ts ?? sample.ts;
    return { at: toPage(sample.ts), dur: (next - sample.ts) / 1000, kind, domWrite: stack.some((f) => DOM_WRITE.test(f.functionName)) };
  });
}

function analyse({ times, events }) {
  const markEvent = events.find((e) => e.name === 'bench:first-chart' && e.cat?.includes('blink.user_timing'));
  if (!markEvent) throw new Error('no bench:first-chart mark in the trace');
  const pid = markEvent.pid;
  const offset = markEvent.ts / 1000 - times.firstChart; // trace ms − page ms
  const toPage = (ts) => ts / 1000 - offset;
  const main = events.find((e) => e.pid === pid && e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain')?.tid;
  const timeline = samples(events, pid, main, toPage);

  const res = times.resources;
  const wasm = res.find((r) => r.path.endsWith('_bg.wasm'));
  const echarts = res.find((r) => r.path.includes('/echarts'));
  const data = res.filter((r) => r.path.startsWith('/data/'));
  const dataStart = Math.min(...data.map((r) => r.start));
  const dataEnd = Math.max(...data.map((r) => r.end));
  // Each phase ends at a moment of the load; a moment before the previous one (ECharts
  // downloaded before the first paint, say) makes an empty phase, never a negative one.
  const moments = [
    ['document (index.html)', times.documentEnd],
    ['CSS and the first paint (the static first screen)', times.firstPaint],
    [`ECharts download (requested at ${(echarts?.start ?? 0).toFixed(0)} ms)`, echarts?.end],
    ['ECharts evaluated, the first chart drawn from the first screen (assets/first-chart.js)', times.firstChart],
    [`the app: wasm download (requested at ${wasm.start.toFixed(0)} ms)`, wasm.end],
    ['the app: wasm compile + instantiate, start-up until the data is requested', dataStart],
    ['the app: data fetch (8 files)', dataEnd],
  ];
  const profiled = timeline.length > 0;
  if (profiled) {
    const render = timeline.find((s) => s.at >= dataEnd && s.domWrite)?.at ?? dataEnd;
    const chartStart = timeline.find((s) => s.at >= render && s.kind === 'echarts')?.at ?? render;
    moments.push(
      ['the app: data parse + validation + indexes (wasm, before any DOM write)', render],
      ['the app: first render of the view (Leptos, until ECharts is called)', chartStart],
      ['the app: takes the chart over, setOption + draw', times.appChart],
    );
  } else {
    moments.push(['the app: data parse + validation, first render, chart taken over (split in the profiled trace)', times.appChart]);
  }
  const bounds = [];
  let previous = 0;
  for (const [name, moment] of moments) {
    const end = Math.max(previous, moment ?? previous);
    bounds.push([name, previous, end]);
    previous = end;
  }
  const phases = bounds.map(([name, start, end]) => {
    const inside = timeline.filter((s) => s.at >= start && s.at < end);
    const bySample = Object.fromEntries(SAMPLE_KINDS.map((k) =>
      [k, inside.filter((s) => s.kind === k).reduce((sum, s) => sum + s.dur, 0)]));
    const byEvent = Object.fromEntries(Object.entries(EVENT_KINDS).map(([k, match]) => [k, events
      .filter((e) => e.pid === pid && e.tid === main && e.ph === 'X' && match(e))
      .reduce((sum, e) => {
        const from = Math.max(toPage(e.ts), start);
        const to = Math.min(toPage(e.ts + (e.dur ?? 0)), end);
        return sum + Math.max(0, to - from);
      }, 0)]));
    return { name, start, end, ms: end - start, samples: bySample, events: byEvent };
  });
  const offMain = events.filter((e) => e.pid === pid && e.tid !== main && e.ph === 'X');
  const sum = (list) => list.reduce((s, e) => s + (e.dur ?? 0) / 1000, 0);
  return {
    profiled,
    firstChartMs: times.firstChart,
    appChartMs: times.appChart,
    wasmStartedMs: times.wasmStarted,
    phases,
    offMainThread: {
      'wasm streaming compile (worker threads)': sum(offMain.filter((e) => e.name === 'wasm.ExecuteCompilationUnits')),
      'JS parse on background threads': sum(offMain.filter((e) => e.name === 'v8.parseOnBackground')),
    },
    resources: res.filter((r) => r.end <= times.appChart),
  };
}

const f = (v) => v.toFixed(0);
const share = (p, total) => `${((p.ms / total) * 100).toFixed(0)}%`;

function phaseTables(summary) {
  const events = Object.keys(EVENT_KINDS);
  const lines = [
    `| phase | from | to | ms | share | ${events.join(' | ')} |`,
    `|---|---:|---:|---:|---:|${events.map(() => '---:').join('|')}|`,
    ...summary.phases.map((p) => `| ${p.name} | ${f(p.start)} | ${f(p.end)} | **${f(p.ms)}** | ` +
      `${share(p, summary.appChartMs)} | ${events.map((k) => f(p.events[k])).join(' | ')} |`),
  ];
  if (summary.profiled) {
    lines.push('', 'What the main thread ran in each phase, from the profiler\'s samples (ms):', '',
      `| phase | ${SAMPLE_KINDS.map((k) => SAMPLE_LABELS[k]).join(' | ')} |`,
      `|---|${SAMPLE_KINDS.map(() => '---:').join('|')}|`,
      ...summary.phases.map((p) => `| ${p.name} | ${SAMPLE_KINDS.map((k) => f(p.samples[k])).join(' | ')} |`));
  }
  lines.push('', `Off the main thread: ${Object.entries(summary.offMainThread).map(([k, v]) => `${k} ${f(v)} ms`).join('; ')}.`);
  return lines;
}

function markdown(light, profiled, untraced) {
  return [
    '# Where a cold `/strategy` load spends its time: until the first chart, and until the app has taken it over',
    '',
    `Written by \`node tests/bench/trace.bench.mjs\` (part of \`make bench\`) on ${new Date().toISOString().slice(0, 10)}: ` +
      `release build (\`${path.basename(DIST)}\`) served gzip by nginx with \`deploy/nginx.conf\`, headless Chromium, ` +
      `a fresh context (empty cache) for every load, CPU throttled ${RATE}× (\`Emulation.setCPUThrottlingRate\`), 1280×900.`,
    '',
    `First chart without tracing: median ${f(untraced.median)} ms (${untraced.n} loads, ${f(untraced.min)}–${f(untraced.max)} ms). ` +
      `With the light trace: ${f(light.firstChartMs)} ms; with the profiler: ${f(profiled.firstChartMs)} ms ` +
      `(the median run of ${RUNS} each). The app has taken the chart over at ${f(light.appChartMs)} ms (light trace), ` +
      `${f(profiled.appChartMs)} ms (profiler). The profiler slows the load, the wasm and ECharts most, so its phases are ` +
      'shares to compare, not absolute times.',
    '',
    'The first chart is drawn before the app: index.html\'s first screen for `/strategy` carries the tier map\'s option ' +
      'JSON (written by the app\'s own chart builder from `data/`), and `assets/first-chart.js` draws it once ECharts has ' +
      'loaded; only then is the wasm fetched. The app\'s phases follow; its chart component adopts the drawn ECharts ' +
      'instance and sets its own option (tooltips on). Shares are of the time until the app\'s chart.',
    '',
    '## Light trace: phases, and main-thread events in each (ms)',
    '',
    'Each phase runs from one moment of the load to the next. The event columns overlap one another: wasm lazy ' +
      'compilation, for one, happens inside calls into the wasm.',
    '',
    ...phaseTables(light),
    '',
    '## Profiled trace: the app\'s last phase split',
    '',
    ...phaseTables(profiled),
    '',
    '## Requests finished before the app\'s chart (light trace)',
    '',
    '| file | start | end | transferred | decoded |',
    '|---|---:|---:|---:|---:|',
    ...light.resources.map((r) => `| \`${r.path}\` | ${f(r.start)} | ${f(r.end)} | ${r.transfer} | ${r.decoded} |`),
    '',
    '## Method',
    '',
    '- **Traces**: CDP `Tracing` through playwright-core, light: ' + LIGHT.map((c) => `\`${c}\``).join(', ') +
      '; profiled: the same and `disabled-by-default-v8.cpu_profiler`. The page\'s renderer is the process of the ' +
      '`bench:first-chart` User Timing mark; its `CrRendererMain` thread is the main thread.',
    '- **Moments** come from the page itself: Resource Timing (`responseEnd` of the document, of the ECharts bundle and ' +
      'of the wasm; the first `startTime` and the last `responseEnd` of `data/*.json`), the first contentful paint, the ' +
      'mark `bench:first-chart` (a canvas inside `.chart-canvas`: the moment `coldload.bench.mjs` times) and the mark ' +
      '`bench:app-chart` (the app\'s chart component has drawn its option: `data-finished="true"`). The first-chart mark ' +
      'also aligns the trace\'s clock with the page\'s. A moment earlier than the one before it makes an empty phase.',
    '- **Parse + validation, render, ECharts** (profiled trace only): the release wasm has no function names, so these are ' +
      'told apart by the stacks of the profiler\'s samples. The render starts at the first sample after the last data file ' +
      'arrived whose stack holds a wasm-bindgen glue call that writes the DOM (`__wbg_createElement…`, `cloneNode`, ' +
      '`insertBefore`, `setAttribute`, …): before it the wasm only parses, validates and builds the indexes ' +
      '(`api::load_all`). ECharts starts at the first sample after that with a frame of the ECharts bundle.',
    '- **Sample columns**: each sample goes to one column by its stack: `(idle)`, `(garbage collector)`, `(program)` ' +
      '(native work: HTML parsing, style, layout, paint, compilation), a frame of the ECharts bundle anywhere in the stack, ' +
      'a wasm function on top, JS called from the wasm (the glue, and what it calls), the app\'s own JS, other JS.',
    '- **Event columns**: main-thread trace events, clipped to the phase: `wasm.CompileLazy` (V8 compiles a wasm ' +
      'function on its first call), the end of the streaming compilation and the instantiation (`wasm.FinishStreaming`, ' +
      '`wasm.SyncInstantiate`, …), `v8.compile`, `EvaluateScript`/`v8.evaluateModule`, `UpdateLayoutTree`/`Layout`, ' +
      'paint, `MinorGC`/`MajorGC`.',
    '',
  ].join('\n');
}

const median = (list) => [...list].sort((a, b) => a.firstChartMs - b.firstChartMs)[Math.floor((list.length - 1) / 2)];

const site = await serveSite('gzip');
const browser = await launchBrowser();
const lightRuns = [];
const profiledRuns = [];
const untracedMs = [];
try {
  for (let i = 0; i < RUNS; i += 1) {
    untracedMs.push((await coldLoad(browser, site.url + '/strategy', { rate: RATE })).firstChartMs);
    lightRuns.push(analyse(await tracedLoad(browser, site.url + '/strategy', LIGHT)));
    profiledRuns.push(analyse(await tracedLoad(browser, site.url + '/strategy', PROFILED)));
  }
} finally {
  await browser.close();
  await site.close();
}
const light = median(lightRuns);
const profiled = median(profiledRuns);
const untraced = stats(untracedMs);
console.log(`Trace of a cold /strategy load (${DIST}; gzip, CPU ${RATE}×; median of ${RUNS} loads each): first chart ` +
  `${ms(untraced.median)} untraced, ${ms(light.firstChartMs)} light trace, ${ms(profiled.firstChartMs)} profiled; ` +
  `the app's chart (taken over) at ${ms(light.appChartMs)} light, ${ms(profiled.appChartMs)} profiled`);
for (const [name, summary] of [['light trace', light], ['profiled trace', profiled]]) {
  console.log(`  ${name}:`);
  for (const p of summary.phases) {
    const top = Object.entries(summary.profiled ? p.samples : p.events).filter(([k]) => k !== 'idle')
      .sort((a, b) => b[1] - a[1]).slice(0, 3).filter(([, v]) => v >= 1).map(([k, v]) => `${k} ${f(v)}`).join(', ');
    console.log(`    ${p.name.padEnd(78)} ${ms(p.ms).padStart(8)} ${share(p, summary.appChartMs).padStart(4)}${top ? `  (${top})` : ''}`);
  }
}
await writeFigures('trace-strategy.json', {
  cpuThrottle: RATE, runs: RUNS, untraced,
  light: { ...light, runs: lightRuns.map((r) => r.firstChartMs) },
  profiled: { ...profiled, runs: profiledRuns.map((r) => r.firstChartMs) },
});
await writeFile(path.join(FIGURES, 'trace-strategy.md'), markdown(light, profiled, untraced));
console.log('  written to docs/benchmarks/trace-strategy.md');
