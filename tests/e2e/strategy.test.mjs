// The strategy views (overview, tier map, operators, profile, compare) in real headless
// Chromium against the release build served by nginx. Reads the real data from the build to
// know what to expect, inspects ECharts through `echarts.getInstanceByDom`, and (under
// `make screenshots`) saves screenshots of each view in zh and en under docs/screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { launch, serve, openPage, chartsDrawn, screenshot as save, DIST } from './browser.mjs';

let browser;
let server;
let data;

async function json(file) {
  return JSON.parse(await readFile(path.join(DIST, 'data', file), 'utf8'));
}

before(async () => {
  browser = await launch();
  server = await serve(DIST);
  data = {
    tiers: (await json('tiers.json')).tiers,
    operators: (await json('operators.json')).operators,
    indicators: (await json('indicators.json')).indicators,
  };
});
after(async () => {
  await server?.close();
  await browser?.close();
});

const nameOf = (id, lang = 'zh') => data.operators.find((op) => op.id === id).name[lang];

/// Opens a page, settled, collecting any console or page error it logs.
async function open(url) {
  const { page, errors } = await openPage(browser, server, url);
  await page.getByTestId('record-counts').waitFor();
  return { page, errors };
}

/// Waits until the named chart has an ECharts instance and returns its option's series.
async function chartSeries(page, name) {
  await page.waitForFunction((name) => {
    const el = document.querySelector(`[data-chart="${name}"] .chart-canvas`);
    return el && window.echarts?.getInstanceByDom(el);
  }, name);
  return page.evaluate((name) => {
    const el = document.querySelector(`[data-chart="${name}"] .chart-canvas`);
    const option = window.echarts.getInstanceByDom(el).getOption();
    return option.series.map((s) => ({ name: s.name, data: s.data }));
  }, name);
}

/// How many elements on the page carry an ECharts instance.
const instanceCount = (page) =>
  page.evaluate(() => document.querySelectorAll('[_echarts_instance_]').length);

/// Under `make screenshots` only, once ECharts has finished its entry animation.
const screenshot = (page, file) => save(page, file, { fullPage: true });

/// The text of each body cell of the table inside `locator`, row by row.
const tableCells = (locator) =>
  locator.evaluate((table) =>
    [...table.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td, th')].map((cell) => cell.textContent.trim()),
    ),
  );

test('the tier map renders a canvas, lists every tier operator in its table, and says it is ordinal', async () => {
  for (const lang of ['zh', 'en']) {
    const { page, errors } = await open(lang === 'en' ? '/strategy?lang=en' : '/strategy');
    try {
      const figure = page.locator('[data-chart="tier-map"]');
      await figure.locator('canvas').first().waitFor();
      const series = await chartSeries(page, 'tier-map');
      const expected = data.tiers.flatMap((tier) => tier.operators.map((id) => nameOf(id, lang)));
      const charted = series.flatMap((s) => s.data.map((point) => point.name));
      assert.deepEqual([...charted].sort(), [...expected].sort());
      assert.equal(series.length, data.tiers.length);

      assert.match(
        await page.getByTestId('ordinal-note').textContent(),
        lang === 'en' ? /ordinal reading.*not a score/ : /序数解读.*不是评分/,
      );
      // Tier cards: one per tier, each field filled or "not stated", each with a citation.
      const cards = page.getByTestId('tier-card');
      assert.equal(await cards.count(), data.tiers.length);
      for (const tier of data.tiers) {
        const card = page.locator(`[data-testid="tier-card"][data-tier="${tier.id}"]`);
        assert.equal(await card.locator('dd').count(), 5);
        const missing = ['positioning', 'business_layout', 'infrastructure', 'own_capabilities', 'ai_role'].filter(
          (field) => !tier[field],
        ).length;
        assert.equal(await card.locator('dd .not-stated').count(), missing, tier.id);
        assert.equal(await card.locator('.cite').getAttribute('data-page'), String(tier.cite.page));
      }
      await screenshot(page, `strategy-${lang}.png`);

      // The table view lists every tier operator with its tier's ordinal on both axes.
      await figure.getByTestId('table-toggle').click();
      const rows = await tableCells(figure.getByTestId('chart-table'));
      assert.deepEqual(rows.map((row) => row[0]).sort(), [...expected].sort());
      for (const row of rows) {
        const tier = data.tiers.find((t) => t.operators.some((id) => nameOf(id, lang) === row[0]));
        assert.equal(row[1], tier.name[lang]);
        assert.equal(row[2], String(tier.rank));
        assert.equal(row[3], String(tier.rank));
      }
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  }
});

test('the measures list the examples and the investment charts keep money and shares apart', async () => {
  const { page, errors } = await open('/strategy?lang=en');
  try {
    assert.equal(await page.locator('[data-testid="measures"] [data-measure]').count(), 5);
    const money = await chartSeries(page, 'investments-money');
    assert.deepEqual(money[0].data, [500, 100, 200, 1.4, 1, 2]);
    const share = await chartSeries(page, 'investments-share');
    assert.deepEqual(share[0].data, [12, 33]);
    // The unit on the money axis is the report's own.
    const axis = await page.evaluate(() => {
      const el = document.querySelector('[data-chart="investments-money"] .chart-canvas');
      return window.echarts.getInstanceByDom(el).getOption().xAxis[0].name;
    });
    assert.equal(axis, '×100 million USD');
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('clicking an operator on the map or in the cards opens its profile', async () => {
  const { page, errors } = await open('/strategy');
  try {
    await chartSeries(page, 'tier-map');
    await chartsDrawn(page); // the entry animation is over: points are where they stay
    // A real mouse click on the canvas, at NTT's point.
    const target = await page.evaluate((name) => {
      const el = document.querySelector('[data-chart="tier-map"] .chart-canvas');
      el.scrollIntoView({ block: 'center' });
      const chart = window.echarts.getInstanceByDom(el);
      const series = chart.getOption().series;
      for (let s = 0; s < series.length; s++) {
        const point = series[s].data.find((p) => p.name === name);
        if (point) {
          const [x, y] = chart.convertToPixel({ seriesIndex: s }, point.value);
          const box = el.getBoundingClientRect();
          return { x: box.left + x, y: box.top + y };
        }
      }
      return null;
    }, nameOf('ntt'));
    assert.ok(target, 'NTT is on the map');
    await page.mouse.click(target.x, target.y);
    await page.waitForURL((url) => url.pathname === '/operators/ntt');
    assert.equal(await page.getByTestId('operator-name').textContent(), 'NTT');

    // Back to the map, then a card's link.
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/strategy');
    await page.locator('[data-testid="tier-card"] a[data-operator="china-mobile"]').click();
    await page.waitForURL((url) => url.pathname === '/operators/china-mobile');
    assert.equal(await page.getByTestId('operator-name').textContent(), '中国移动');
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('an operator profile shows tier, models, compute, measures and cases with sources; unknown ids say not found', async () => {
  for (const lang of ['zh', 'en']) {
    const suffix = lang === 'en' ? '?lang=en' : '';
    const { page, errors } = await open(`/operators/china-mobile${suffix}`);
    try {
      const op = data.operators.find((o) => o.id === 'china-mobile');
      await page.getByTestId('operator-name').waitFor();
      assert.equal(await page.getByTestId('operator-name').textContent(), op.name[lang]);
      assert.match(await page.getByTestId('operator-tier').textContent(), new RegExp(data.tiers[2].name[lang]));
      assert.equal(await page.locator('[data-testid="models-list"] > li').count(), op.models.length);
      assert.equal(await page.locator('[data-testid="compute-list"] > li').count(), op.compute_layouts.length);
      // Every figure shows its page; a citation with a quote opens the original sentence.
      const cites = page.locator('[data-testid="operator-page"] .cite');
      assert.ok((await cites.count()) > op.models.length);
      const first = page.locator('[data-testid="models-list"] details.cite').first();
      await first.locator('summary').click();
      assert.equal(await first.locator('blockquote').textContent(), op.models[0].cite.quote);
      // Cases by domain link into the explorer by organisation.
      const links = page.locator('[data-testid="operator-cases"] a.org-link');
      assert.ok((await links.count()) > 0);
      const hrefs = await links.evaluateAll((as) => as.map((a) => new URL(a.href).search));
      assert.ok(hrefs.every((h) => /^\?org=china-mobile/.test(h)), hrefs.join());
      const series = await chartSeries(page, 'operator-cases');
      assert.equal(series.length, 1);
      await screenshot(page, `operator-${lang}.png`);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  }

  const { page, errors } = await open('/operators/no-such-operator?lang=en');
  try {
    const missing = page.getByTestId('operator-not-found');
    await missing.waitFor();
    assert.match(await missing.textContent(), /No operator with this id:\s*no-such-operator/);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }

  // An operator the report gives no case or country for says so instead of showing zeros.
  const ntt = await open('/operators/ntt?lang=en');
  try {
    await ntt.page.getByTestId('cases-none').waitFor();
    assert.match(await ntt.page.getByTestId('operator-country').textContent(), /Not stated/);
    assert.equal(await ntt.page.locator('[data-chart="operator-cases"]').count(), 0);
  } finally {
    await ntt.page.close();
  }
});

test('the operator list groups every operator by tier', async () => {
  for (const lang of ['zh', 'en']) {
    const { page, errors } = await open(lang === 'en' ? '/operators?lang=en' : '/operators');
    try {
      await page.getByTestId('operators-page').waitFor();
      assert.equal(await page.getByTestId('operator-card').count(), data.operators.length);
      for (const tier of data.tiers) {
        const group = page.locator(`[data-testid="tier-group"][data-tier="${tier.id}"]`);
        const ids = await group.getByTestId('operator-card').evaluateAll((cards) => cards.map((c) => c.dataset.operator));
        assert.deepEqual(ids, tier.operators);
      }
      await screenshot(page, `operators-${lang}.png`);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  }
});

test('a compare URL opened cold shows that selection, with "not stated" cells and highlighted differences', async () => {
  for (const lang of ['zh', 'en']) {
    const { page, errors } = await open(`/compare?ops=ntt,skt,china-mobile${lang === 'en' ? '&lang=en' : ''}`);
    try {
      const table = page.getByTestId('compare-table');
      await table.waitFor();
      const columns = await table.locator('thead th[data-column]').evaluateAll((ths) => ths.map((th) => th.dataset.column));
      assert.deepEqual(columns, ['ntt', 'skt', 'china-mobile']);
      for (const id of ['ntt', 'skt', 'china-mobile']) {
        assert.equal(await page.getByTestId(`pick-${id}`).isChecked(), true, id);
      }
      assert.equal(await page.getByTestId('pick-china-unicom').isChecked(), false);
      const notStated = lang === 'en' ? 'Not stated in the report' : '报告未说明';
      const countryCells = await table.locator('tr[data-row="country"] td').allTextContents();
      assert.equal(countryCells[0].trim(), notStated);
      assert.equal(countryCells[1].trim(), notStated);
      assert.match(countryCells[2], lang === 'en' ? /China/ : /中国/);
      // Cases: NTT has none in the report — not stated, never 0.
      const management = await table.locator('tr[data-row="cases-management"] td').allTextContents();
      assert.equal(management[0].trim(), notStated);
      assert.equal(management[2].trim(), '7');
      assert.equal(await table.locator('tr[data-row="cases-management"]').getAttribute('data-differs'), 'true');
      assert.equal(await table.locator('tr[data-row="tier"]').getAttribute('data-differs'), 'false');
      // No blank cell anywhere.
      const cells = await table.locator('tbody td').allTextContents();
      assert.ok(cells.every((text) => text.trim().length > 0));
      const series = await chartSeries(page, 'compare-cases');
      assert.deepEqual(series.map((s) => s.name), ['ntt', 'skt', 'china-mobile'].map((id) => nameOf(id, lang)));
      await screenshot(page, `compare-${lang}.png`);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  }
});

test('tiers can be compared, and invalid ids in the URL are ignored with a notice', async () => {
  const { page, errors } = await open('/compare?tiers=optimisation,transformation&lang=en');
  try {
    const table = page.getByTestId('compare-table');
    await table.waitFor();
    const columns = await table.locator('thead th[data-column]').evaluateAll((ths) => ths.map((th) => th.dataset.column));
    assert.deepEqual(columns, ['optimisation', 'transformation']);
    const members = await table.locator('tr[data-row="operators"] td').allTextContents();
    assert.match(members[0], /AT&T/);
    assert.match(members[1], /China Mobile/);
    await screenshot(page, 'compare-tiers-en.png');

    await page.goto(server.url + '/compare?ops=ntt,bogus,skt&lang=en');
    const notice = page.getByTestId('compare-notice');
    await notice.waitFor();
    assert.match(await notice.textContent(), /unknown operator: bogus/);
    const after = await page
      .getByTestId('compare-table')
      .locator('thead th[data-column]')
      .evaluateAll((ths) => ths.map((th) => th.dataset.column));
    assert.deepEqual(after, ['ntt', 'skt']);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('changing the selection pushes the URL and updates the chart; the table toggle shows the chart numbers', async () => {
  const { page, errors } = await open('/compare?ops=ntt,china-mobile');
  try {
    await chartSeries(page, 'compare-cases');
    await page.getByTestId('pick-china-unicom').click();
    await page.waitForURL((url) => url.searchParams.get('ops') === 'ntt,china-mobile,china-unicom');
    await page.waitForFunction(() => {
      const el = document.querySelector('[data-chart="compare-cases"] .chart-canvas');
      return window.echarts.getInstanceByDom(el).getOption().series.length === 3;
    });
    const series = await chartSeries(page, 'compare-cases');
    assert.deepEqual(series.map((s) => s.name), ['NTT', '中国移动', '中国联通']);

    // Table view: the same numbers, "not stated" where the chart has no bar.
    const figure = page.locator('[data-chart="compare-cases"]');
    await figure.getByTestId('table-toggle').click();
    const rows = await tableCells(figure.getByTestId('chart-table'));
    assert.equal(rows.length, 5);
    rows.forEach((row, domain) => {
      series.forEach((s, column) => {
        const value = s.data[domain];
        const cell = row[column + 1];
        if (value === '-' || value === null || value === undefined) assert.equal(cell, '报告未说明');
        else assert.equal(cell, String(value));
      });
    });
    // The chart's numbers also match the comparison table's case rows.
    const management = await page.locator('[data-testid="compare-table"] tr[data-row="cases-management"] td').allTextContents();
    assert.equal(management[1].trim(), String(series[1].data[4]));

    // Push, not replace: Back restores the previous selection and chart.
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('ops') === 'ntt,china-mobile');
    await page.waitForFunction(() => {
      const el = document.querySelector('[data-chart="compare-cases"] .chart-canvas');
      return window.echarts.getInstanceByDom(el).getOption().series.length === 2;
    });
    assert.equal(await page.getByTestId('pick-china-unicom').isChecked(), false);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('each chart keeps exactly one ECharts instance over 20 selection changes and is disposed on leaving', async () => {
  const { page, errors } = await open('/compare?ops=ntt,skt');
  try {
    await chartSeries(page, 'compare-cases');
    const before = await page.evaluate(() => {
      const el = document.querySelector('[data-chart="compare-cases"] .chart-canvas');
      window.__compareChart = el;
      return el.getAttribute('_echarts_instance_');
    });
    assert.ok(before);
    // Adds and removes operators, never more than four at a time.
    const toggles = ['china-mobile', 'china-unicom', 'china-mobile', 'china-telecom', 'china-unicom', 'china-telecom'];
    for (let i = 0; i < 20; i++) {
      const id = toggles[i % toggles.length];
      const was = new URL(page.url()).searchParams.get('ops');
      await page.getByTestId(`pick-${id}`).click();
      await page.waitForURL((url) => url.searchParams.get('ops') !== was);
      const ops = new URL(page.url()).searchParams.get('ops').split(',');
      await page.waitForFunction(
        (n) => {
          const el = document.querySelector('[data-chart="compare-cases"] .chart-canvas');
          return window.echarts.getInstanceByDom(el)?.getOption().series.length === n;
        },
        ops.length,
      );
    }
    const state = await page.evaluate(() => {
      const el = document.querySelector('[data-chart="compare-cases"] .chart-canvas');
      return {
        same: el === window.__compareChart,
        id: el.getAttribute('_echarts_instance_'),
        alive: !!window.echarts.getInstanceByDom(el),
        charts: document.querySelectorAll('.chart-canvas').length,
        instances: document.querySelectorAll('[_echarts_instance_]').length,
      };
    });
    assert.deepEqual(state, { same: true, id: before, alive: true, charts: 1, instances: 1 });

    // Leave by the app's own navigation: the instance is disposed.
    await page.locator('nav.app-nav a[href^="/operators"]').click();
    await page.getByTestId('operators-page').waitFor();
    const left = await page.evaluate(() => ({
      old: window.echarts.getInstanceByDom(window.__compareChart),
      instances: document.querySelectorAll('[_echarts_instance_]').length,
    }));
    assert.equal(left.old, undefined);
    assert.equal(left.instances, 0);
    assert.equal(await instanceCount(page), 0);

    // The strategy page's three charts: one instance each, all gone after leaving.
    await page.locator('nav.app-nav a[href^="/strategy"]').click();
    await chartSeries(page, 'investments-share');
    // A chart off screen is first drawn when the browser is idle (ChartView): wait for all three.
    await page.waitForFunction(() => document.querySelectorAll('[_echarts_instance_]').length >= 3);
    await chartsDrawn(page);
    assert.equal(await instanceCount(page), await page.locator('.chart-canvas').count());
    assert.equal(await instanceCount(page), 3);
    await page.locator('nav.app-nav a[href="/"]').click();
    await page.getByTestId('overview-page').waitFor();
    await chartSeries(page, 'capex-opex');
    await page.waitForFunction(() => document.querySelectorAll('[_echarts_instance_]').length >= 2);
    assert.equal(await instanceCount(page), 2);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('switching language keeps the compare selection and the chart', async () => {
  const { page, errors } = await open('/compare?ops=skt,china-unicom');
  try {
    await chartSeries(page, 'compare-cases');
    const id = await page.evaluate(() =>
      document.querySelector('[data-chart="compare-cases"] .chart-canvas').getAttribute('_echarts_instance_'),
    );
    await page.getByTestId('lang-switch').click();
    await page.waitForURL((url) => url.searchParams.get('lang') === 'en');
    assert.equal(new URL(page.url()).searchParams.get('ops'), 'skt,china-unicom');
    await page.waitForFunction(() => {
      const el = document.querySelector('[data-chart="compare-cases"] .chart-canvas');
      return window.echarts.getInstanceByDom(el).getOption().series[1].name === 'China Unicom';
    });
    assert.equal(await page.getByTestId('pick-skt').isChecked(), true);
    assert.equal(await page.getByTestId('pick-china-unicom').isChecked(), true);
    const columns = await page
      .getByTestId('compare-table')
      .locator('thead th[data-column]')
      .evaluateAll((ths) => ths.map((th) => th.dataset.column));
    assert.deepEqual(columns, ['skt', 'china-unicom']);
    // Same chart element and instance: the language changed the option, not the chart.
    const after = await page.evaluate(() =>
      document.querySelector('[data-chart="compare-cases"] .chart-canvas').getAttribute('_echarts_instance_'),
    );
    assert.equal(after, id);
    // Picking again in English keeps lang=en in the URL.
    await page.getByTestId('pick-ntt').click();
    await page.waitForURL((url) => url.searchParams.get('ops') === 'skt,china-unicom,ntt');
    assert.equal(new URL(page.url()).searchParams.get('lang'), 'en');
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('the overview shows headline indicators with sources, the stated ratios and growth, and entry points', async () => {
  for (const lang of ['zh', 'en']) {
    const { page, errors } = await open(lang === 'en' ? '/?lang=en' : '/');
    try {
      await page.getByTestId('overview-page').waitFor();
      const cards = page.locator('[data-testid="indicator-card"]');
      const charted = ['telecom-revenue-cagr-13th-fyp', 'telecom-revenue-cagr-14th-fyp'];
      const expected = data.indicators.filter((i) => i.group !== 'capex-opex' && !charted.includes(i.id));
      assert.equal(await cards.count(), expected.length);
      for (const indicator of expected) {
        const card = page.locator(`[data-indicator="${indicator.id}"]`);
        assert.equal(await card.locator('.cite').getAttribute('data-page'), String(indicator.cite.page));
      }
      const capex = await chartSeries(page, 'capex-opex');
      assert.deepEqual(capex[1].data, [85, 93, 87, 96]);
      const growth = await chartSeries(page, 'growth');
      assert.deepEqual(growth[0].data, [3.86, 7.3]);
      const entries = await page.getByTestId('entry-points').locator('a').evaluateAll((as) => as.map((a) => new URL(a.href).pathname));
      assert.deepEqual(entries, ['/strategy', '/operators', '/compare', '/cases', '/challenges']);
      await screenshot(page, `overview-${lang}.png`);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  }
});
