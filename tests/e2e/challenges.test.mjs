// The tracing view (挑战 → 建议 → 案例) in real headless Chromium against the release build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { launch, serve, watchErrors, chartsDrawn, screenshot, DIST, ROOT } from './browser.mjs';

const report = JSON.parse(await readFile(path.join(ROOT, 'data/challenges.json'), 'utf8'));
const cases = JSON.parse(await readFile(path.join(ROOT, 'data/cases.json'), 'utf8')).cases;
const linkCount =
  report.challenges.reduce((n, c) => n + c.recommendations.length + c.cases.length, 0) +
  report.recommendations.reduce((n, r) => n + r.cases.length, 0);

let browser;
let server;
before(async () => {
  browser = await launch();
  server = await serve(DIST);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const chart = (page) => page.locator('figure.chart[data-chart="challenge-tracing"]');

/// Opens a path and waits until the chart has drawn and the list is there.
async function open(page, target) {
  await page.goto(server.url + target);
  await chart(page).locator('canvas').first().waitFor();
  await page.getByTestId('challenge-list').locator('> li').first().waitFor();
}

/// Waits until ECharts has finished drawing (its entry animation included).
const settled = (page) => chartsDrawn(page);

/// The page position of a Sankey node whose name contains `text`, from ECharts' own layout.
async function nodeCentre(page, text) {
  return page.evaluate((text) => {
    const el = document.querySelector('figure[data-chart="challenge-tracing"] .chart-canvas');
    const instance = window.echarts.getInstanceByDom(el);
    const data = instance.getModel().getSeriesByIndex(0).getData();
    for (let i = 0; i < data.count(); i++) {
      if (data.getName(i).includes(text)) {
        const { x, y, dx, dy } = data.getItemLayout(i);
        const box = el.getBoundingClientRect();
        return { x: box.left + x + dx / 2, y: box.top + y + dy / 2 };
      }
    }
    return null;
  }, text);
}

test('the view draws the Sankey and lists all eight challenges with their links', async () => {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1280, height: 1400 });
  const errors = watchErrors(page);
  try {
    await open(page, '/challenges');
    assert.equal(await page.locator('h1').textContent(), '挑战 → 建议 → 案例');
    const items = page.getByTestId('challenge-list').locator('> li');
    assert.equal(await items.count(), 8);
    for (const challenge of report.challenges) {
      const item = page.locator(`[data-challenge="${challenge.id}"]`);
      assert.match(await item.locator('h3').textContent(), new RegExp(`挑战 ${challenge.number}`));
      assert.ok((await item.locator('h3').textContent()).includes(challenge.title.zh));
      // Its recommendations and cases are listed, or the absence of cases is said.
      assert.equal(await item.locator('.tracing-rec-list > li').count(), challenge.recommendations.length);
      if (challenge.cases.length === 0) {
        assert.equal(await item.getByTestId('no-case').textContent(), '报告中没有展示应对这项挑战的案例。');
      } else {
        const hrefs = await item.locator('.tracing-case-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        assert.deepEqual(hrefs, challenge.cases.map((id) => `/cases/${id}`));
      }
      assert.ok((await item.locator('.cite').count()) >= 1, `${challenge.id} has a citation`);
    }
    // All eight recommendations are listed too, with their cases.
    assert.equal(await page.locator('.rec-item').count(), 8);
    for (const rec of report.recommendations) {
      const item = page.locator(`.rec-item[data-rec="${rec.id}"]`);
      assert.equal(await item.locator('.tracing-case-list > li').count(), rec.cases.length);
      assert.equal(await item.getByTestId('rec-cases-link').getAttribute('href'), `/cases?rec=${rec.id}`);
    }
    // The page says what the link widths are.
    assert.match(await page.getByTestId('value-note').textContent(), /每条链接计 1/);
    // The canvas has really been drawn on (not blank).
    await settled(page);
    const drawn = await chart(page).locator('canvas').first().evaluate((canvas) => {
      const ctx = canvas.getContext('2d');
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let inked = 0;
      for (let i = 3; i < data.length; i += 4 * 16) if (data[i] > 0) inked++;
      return inked;
    });
    assert.ok(drawn > 1000, `canvas pixels drawn: ${drawn}`);
    await screenshot(page, 'challenges-zh.png');
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('the table toggle lists every link, each counting 1', async () => {
  const page = await browser.newPage();
  try {
    await open(page, '/challenges');
    await chart(page).getByTestId('table-toggle').click();
    const table = chart(page).getByTestId('chart-table');
    await table.waitFor();
    const rows = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
    );
    assert.equal(rows.length, linkCount);
    assert.ok(rows.every((row) => row.length === 4 && row[3] === '1'));
    const has = (from, to) => rows.some((row) => row[1].includes(from) && row[2].includes(to));
    const title = (id) => cases.find((c) => c.id === id).title.zh;
    for (const challenge of report.challenges) {
      for (const recId of challenge.recommendations) {
        const rec = report.recommendations.find((r) => r.id === recId);
        assert.ok(has(challenge.title.zh, rec.title.zh), `${challenge.id} → ${recId}`);
      }
      for (const id of challenge.cases) assert.ok(has(challenge.title.zh, title(id)), `${challenge.id} → ${id}`);
    }
    for (const rec of report.recommendations) {
      for (const id of rec.cases) assert.ok(has(rec.title.zh, title(id)), `${rec.id} → ${id}`);
    }
  } finally {
    await page.close();
  }
});

test('a challenge in the list opens the explorer filtered by it, keeping English', async () => {
  const page = await browser.newPage();
  try {
    await open(page, '/challenges');
    await page.locator('[data-challenge="high-quality-data-shortage"]').getByTestId('challenge-cases-link').click();
    await page.waitForURL((url) => url.pathname === '/cases');
    assert.equal(new URL(page.url()).searchParams.get('challenge'), 'high-quality-data-shortage');
    // It lands on exactly that challenge's cases.
    const want = report.challenges.find((c) => c.id === 'high-quality-data-shortage').cases;
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="results"] [data-testid="case"]').length === n,
      want.length,
    );
    const shown = await page
      .locator('[data-testid="results"] [data-testid="case"]')
      .evaluateAll((els) => els.map((e) => e.dataset.caseId));
    assert.deepEqual([...shown].sort(), [...want].sort());

    await open(page, '/challenges?lang=en');
    await page.locator('[data-challenge="competition-risk"]').getByTestId('challenge-cases-link').click();
    await page.waitForURL((url) => url.pathname === '/cases');
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('challenge'), 'competition-risk');
    assert.equal(url.searchParams.get('lang'), 'en');
  } finally {
    await page.close();
  }
});

test('a challenge named under a recommendation jumps to it in the list, staying on the view', async () => {
  const page = await browser.newPage();
  try {
    await open(page, '/challenges?lang=en');
    const rec = report.recommendations.find((r) => r.id === 'development-and-security');
    const first = report.challenges.filter((c) => c.recommendations.includes(rec.id)).sort((a, b) => a.number - b.number)[0];
    await page.locator(`.rec-item[data-rec="${rec.id}"] .challenge-chip`).first().click();
    await page.waitForURL((url) => url.hash === `#challenge-${first.id}`);
    const url = new URL(page.url());
    assert.equal(url.pathname, '/challenges');
    assert.equal(url.searchParams.get('lang'), 'en');
    await page.waitForFunction(
      (id) => {
        const box = document.getElementById(`challenge-${id}`).getBoundingClientRect();
        return box.top >= 0 && box.top < window.innerHeight / 2;
      },
      first.id,
    );
    assert.equal(await page.getByTestId('challenge-list').locator('> li').count(), 8);
  } finally {
    await page.close();
  }
});

test('clicking a challenge node in the chart opens the explorer filtered by it', async () => {
  const page = await browser.newPage();
  try {
    await open(page, '/challenges?lang=en');
    const challenge = report.challenges.find((c) => c.id === 'compute-infrastructure-operation');
    // English chart labels are "C3 · <title, shortened>".
    const at = await nodeCentre(page, `C${challenge.number} · `);
    assert.ok(at, 'the node is laid out');
    await page.mouse.click(at.x, at.y);
    await page.waitForURL((url) => url.pathname === '/cases');
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('challenge'), challenge.id);
    assert.equal(url.searchParams.get('lang'), 'en');
  } finally {
    await page.close();
  }
});

test('tracing one challenge is kept in the URL and survives switching language', async () => {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1280, height: 1400 });
  const errors = watchErrors(page);
  try {
    await open(page, '/challenges');
    const id = 'high-end-talent-shortage';
    await page.locator(`[data-challenge="${id}"]`).getByTestId('trace-link').click();
    await page.waitForURL((url) => url.searchParams.get('focus') === id);
    await page.getByTestId('tracing-focus').waitFor();
    await chart(page).locator('canvas').first().waitFor();
    // The chart now traces only this challenge: its recommendation and that one's cases.
    const challenge = report.challenges.find((c) => c.id === id);
    const recCases = report.recommendations
      .filter((r) => challenge.recommendations.includes(r.id))
      .reduce((n, r) => n + r.cases.length, 0);
    await chart(page).getByTestId('table-toggle').click();
    const rows = chart(page).getByTestId('chart-table').locator('tbody tr');
    assert.equal(await rows.count(), challenge.recommendations.length + challenge.cases.length + recCases);
    await chart(page).getByTestId('table-toggle').click();

    await page.getByTestId('lang-switch').click();
    await page.waitForURL((url) => url.searchParams.get('lang') === 'en');
    const url = new URL(page.url());
    assert.equal(url.pathname, '/challenges');
    assert.equal(url.searchParams.get('focus'), id);
    assert.equal(await page.locator('h1').textContent(), 'Challenges → recommendations → cases');
    await page.getByTestId('challenge-list').locator('> li').first().waitFor();
    assert.equal(await page.getByTestId('challenge-list').locator('> li').count(), 8);
    assert.ok((await page.getByTestId('tracing-focus').textContent()).includes(challenge.title.en));
    assert.equal(
      await page.locator(`[data-challenge="${id}"]`).getByTestId('no-case').textContent(),
      'The report shows no case for this challenge.',
    );
    await chart(page).locator('canvas').first().waitFor();

    // Back to all challenges, still in English, for the screenshot.
    await page.getByTestId('focus-clear').click();
    await page.waitForURL((url) => !url.searchParams.has('focus'));
    assert.equal(new URL(page.url()).searchParams.get('lang'), 'en');
    await page.getByTestId('tracing-focus').waitFor({ state: 'detached' });
    await chart(page).locator('canvas').first().waitFor();
    await settled(page);
    await screenshot(page, 'challenges-en.png');
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});
