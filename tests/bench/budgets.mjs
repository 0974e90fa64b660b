// The performance budget of issue #10, checked (the last step of `make bench`): reads every
// row of tests/bench/budgets.json from the figures the benchmarks wrote to docs/benchmarks/,
// prints row, now, must, aim and whether each is met, and writes docs/benchmarks/budgets.md.
//
// Exits non-zero only when a row recorded as met (`"met": true`) no longer meets its must:
// once a budget is reached, it holds. A row not reached yet is reported, never a failure.
// UPDATE_BUDGETS=1 records the rows that now meet their must as met.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  BUDGETS_FILE, FIGURES, figureOf, formatLimit, formatValue, judge, readBudgets, readFigures,
} from './lib.mjs';

const budgets = await readBudgets();
const sources = {};
for (const row of budgets.rows) sources[row.source] ??= await readFigures(row.source);
const verdicts = budgets.rows.map((row) => judge(row, figureOf(row, sources[row.source])));

const yes = (v, ok) => (v.value == null ? '–' : ok ? 'yes' : 'no');
const table = [
  '| row | now | must | aim | must met? | aim met? | recorded as met |',
  '|---|---:|---:|---:|:---:|:---:|:---:|',
  ...verdicts.map((v) => `| ${v.row.what} | ${formatValue(v.row, v.value)} | ${formatLimit(v.row, v.row.must)} | ` +
    `${formatLimit(v.row, v.row.aim)} | ${yes(v, v.must)} | ${yes(v, v.aim)} | ${v.row.met ? 'yes' : 'no'}${v.regressed ? ' — **regressed**' : ''} |`),
];
const dates = Object.entries(sources)
  .map(([file, figures]) => `\`${file}\` ${figures?.date?.slice(0, 16).replace('T', ' ') ?? 'missing'}`).join(', ');
await writeFile(path.join(FIGURES, 'budgets.md'), [
  '# Performance budget (issue #10)',
  '',
  'Written by `node tests/bench/budgets.mjs`, the last step of `make bench`, from the figures in this folder ' +
    `(${dates}). The limits and the "recorded as met" flags are in \`tests/bench/budgets.json\`; a row recorded as met ` +
    'that no longer meets its must fails `make bench`. kB = 1,000 bytes.',
  '',
  ...table,
  '',
  'Where the figures come from: `coldload.json` (`tests/bench/coldload.bench.mjs`: paired cold loads of `/strategy` and ' +
    'the hand-written `tests/bench/baseline/strategy.html`), `app.json` (`app.bench.mjs`), `filter-browser.json` ' +
    '(`filter.bench.mjs`), `lang-switch.json` (`lang.bench.mjs`), `lighthouse.json` (`lighthouse.bench.mjs`), ' +
    '`memory.json` (`memory.bench.mjs`). Where the time of a cold load goes: [trace-strategy.md](trace-strategy.md). ' +
    'Where the wasm\'s bytes go: [wasm-profile.md](wasm-profile.md) (this build) and why 300 kB is out of reach: ' +
    '[wasm-size.md](wasm-size.md).',
  '',
].join('\n'));

console.log('Performance budget (issue #10; tests/bench/budgets.json → docs/benchmarks/budgets.md):');
for (const v of verdicts) {
  const state = v.value == null ? 'not measured' : v.regressed ? 'REGRESSED' : v.aim ? 'aim met' : v.must ? 'must met' : 'not met';
  console.log(`  ${state.padEnd(12)} ${formatValue(v.row, v.value).padStart(12)}  must ${formatLimit(v.row, v.row.must).padEnd(10)} ` +
    `aim ${formatLimit(v.row, v.row.aim).padEnd(10)} ${v.row.what}`);
}

if (process.env.UPDATE_BUDGETS) {
  const newly = verdicts.filter((v) => v.must && !v.row.met);
  for (const v of newly) v.row.met = true;
  await writeFile(BUDGETS_FILE, JSON.stringify(budgets, null, 2) + '\n');
  console.log(`Recorded as met: ${newly.map((v) => v.row.id).join(', ') || 'nothing new'}`);
}
const regressed = verdicts.filter((v) => v.regressed);
if (regressed.length) {
  console.error(`Budget regressed (recorded as met in tests/bench/budgets.json): ${regressed.map((v) => v.row.id).join(', ')}`);
  process.exit(1);
}
