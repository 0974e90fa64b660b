// Every bad answer a data file can get, for each of the 8 data files, through a
// fault-injecting proxy in front of nginx: the error panel names the file and the fault in
// words, a stall is reported within 10 s, a slow download that keeps going is not cut off,
// retry after the fault is cleared loads the app with every file fetched afresh, and
// nothing ever panics.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, watchErrors, settle, DIST } from './browser.mjs';
import { faultProxy, FAULTS } from './faults.mjs';

const FILES = [
  'edition.json',
  'tiers.json',
  'operators.json',
  'measures.json',
  'indicators.json',
  'cases.json',
  'challenges.json',
  'glossary.json',
];
// Faults answered at once: one page load per (file, fault), a few pages at a time.
const QUICK = ['http404', 'http500', 'http503', 'reset', 'truncated', 'html200', 'empty', 'malformed', 'shape', 'schema'];
const WORKERS = 3;

let browser;
let nginx;
before(async () => {
  browser = await launch();
  nginx = await serve(DIST);
});
after(async () => {
  await browser?.close();
  await nginx?.close();
});

/// One page and one proxy, reused for many (file, fault) runs.
async function worker() {
  const proxy = await faultProxy(DIST, nginx.url);
  const page = await browser.newPage();
  const errors = watchErrors(page);
  return { proxy, page, errors, close: async () => (await page.close(), await proxy.close()) };
}

/// The error panel's rows as { file, fault, text }.
const panelRows = (page) =>
  page.locator('[data-testid="error-panel"] tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({ file: tr.dataset.file, fault: tr.dataset.fault, text: tr.textContent })),
  );

/// Loads the app with `fault` on `file`, checks the panel, clears the fault, retries and
/// checks the app loads with every file fetched again.
async function faultThenRetry({ proxy, page, errors }, file, fault, { lang = 'en', route = '/' } = {}) {
  const label = `${file} ${fault}`;
  proxy.set(file, fault);
  const url = `${proxy.url}${route}${lang === 'en' ? '?lang=en' : ''}`;
  await page.goto(url);
  const panel = page.getByTestId('error-panel');
  await panel.waitFor({ timeout: 20_000 });
  const rows = await panelRows(page);
  assert.deepEqual(
    rows.map(({ file, fault }) => ({ file, fault })),
    [{ file: `data/${file}`, fault: FAULTS[fault].kind }],
    label,
  );
  if (lang === 'en') {
    assert.match(rows[0].text, FAULTS[fault].words, label);
    assert.ok((await panel.textContent()).includes(`data/${file}: `), `${label}: the summary names the file`);
  }

  proxy.clear();
  const before = proxy.dataRequests();
  await page.getByTestId('retry').click();
  await page.getByTestId('record-counts').waitFor();
  await settle(page);
  assert.equal(await panel.count(), 0, `${label}: the panel is gone after retry`);
  assert.ok(await page.getByTestId('record-counts').isVisible(), `${label}: the app loaded`);
  const after = proxy.dataRequests();
  for (const name of FILES) {
    assert.equal(after[name], (before[name] ?? 0) + 1, `${label}: ${name} fetched again on retry`);
  }
  assert.deepEqual(errors.filter((e) => /panicked/i.test(e)), [], label);
}

test('each quick fault on each data file is named, and retry recovers', async () => {
  const jobs = FILES.flatMap((file) => QUICK.map((fault) => [file, fault]));
  const workers = await Promise.all(Array.from({ length: WORKERS }, worker));
  try {
    await Promise.all(
      workers.map(async (w) => {
        for (let job = jobs.shift(); job; job = jobs.shift()) await faultThenRetry(w, ...job);
      }),
    );
    // Only network errors of the injected faults reach the console; never a panic.
    for (const w of workers) {
      const unexpected = w.errors.filter((e) => !/Failed to load resource|net::ERR_/.test(e));
      assert.deepEqual(unexpected, []);
    }
  } finally {
    await Promise.all(workers.map((w) => w.close()));
  }
});

test('the fault is worded in Chinese on a Chinese page, on a deep link', async () => {
  const w = await worker();
  try {
    w.proxy.set('cases.json', 'html200');
    await w.page.goto(`${w.proxy.url}/cases/no-such-case`);
    const panel = w.page.getByTestId('error-panel');
    await panel.waitFor();
    assert.match(await panel.textContent(), /data\/cases\.json: 服务器发来的是网页，而不是数据/);
    assert.match(await panel.textContent(), /报告数据加载失败/);
    w.proxy.clear();
    await w.page.getByTestId('retry').click();
    await w.page.getByTestId('case-not-found').waitFor();
    assert.equal(new URL(w.page.url()).pathname, '/cases/no-such-case');
  } finally {
    await w.close();
  }
});

test('several files failing at once are all named', async () => {
  const w = await worker();
  try {
    w.proxy.set('tiers.json', 'http404');
    w.proxy.set('glossary.json', 'schema');
    await w.page.goto(`${w.proxy.url}/?lang=en`);
    await w.page.getByTestId('error-panel').waitFor();
    const rows = await panelRows(w.page);
    assert.deepEqual(
      rows.map((r) => [r.file, r.fault]),
      [['data/tiers.json', 'http'], ['data/glossary.json', 'schema-version']],
    );
  } finally {
    await w.close();
  }
});

/// One page and proxy per file, all at once.
async function perFile(run) {
  const workers = await Promise.all(FILES.map(worker));
  try {
    await Promise.all(FILES.map((file, i) => run(workers[i], file)));
  } finally {
    await Promise.all(workers.map((w) => w.close()));
  }
}

test('a stall — no answer, or a body that stops — is reported within 10 s, and retry recovers', async () => {
  await perFile(async (w, file) => {
    for (const fault of ['stall', 'stallBody']) {
      w.proxy.set(file, fault);
      await w.page.goto(`${w.proxy.url}/?lang=en`);
      const panel = w.page.getByTestId('error-panel');
      await panel.waitFor({ timeout: 30_000 });
      const shown = Date.now();
      const stalledAt = w.proxy.lastArrival(file);
      assert.ok(shown - stalledAt <= 10_000, `${file} ${fault}: reported after ${shown - stalledAt} ms`);
      const rows = await panelRows(w.page);
      assert.deepEqual(rows.map((r) => [r.file, r.fault]), [[`data/${file}`, FAULTS[fault].kind]]);
      assert.match(rows[0].text, FAULTS[fault].words);
      // The app gave up on the download: its connection is closed, not left hanging.
      assert.ok(await w.proxy.allClosed(), `${file} ${fault}: the stalled request was aborted`);
      w.proxy.clear();
      await w.page.getByTestId('retry').click();
      await w.page.getByTestId('record-counts').waitFor();
      await settle(w.page);
      assert.equal(await panel.count(), 0);
    }
    assert.deepEqual(w.errors.filter((e) => /panicked/i.test(e)), []);
  });
});

test('a slow download that keeps making progress is not cut off', async () => {
  await perFile(async (w, file) => {
    w.proxy.set(file, 'drip'); // 12 s in all, longer than the 8 s stall limit
    const started = Date.now();
    await w.page.goto(`${w.proxy.url}/?lang=en`);
    await settle(w.page, { timeout: 60_000 });
    assert.ok(Date.now() - started >= 10_000, `${file}: the drip really was slow`);
    assert.equal(await w.page.getByTestId('error-panel').count(), 0, file);
    assert.ok(await w.page.getByTestId('record-counts').isVisible(), file);
    assert.deepEqual(w.errors, [], file);
  });
});
