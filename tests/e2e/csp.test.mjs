// The app under the strict Content-Security-Policy that nginx sends (deploy/nginx.conf):
// every route, in zh and en, while hovering every chart so its tooltip shows, toggling
// every table, downloading a PNG and a CSV, and opening a citation. Violations are counted
// two ways: by a `securitypolicyviolation` listener and from the console.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { open, watchErrors, cspViolations, chartsDrawn, ROUTES, shared } from './browser.mjs';

const env = shared();

/// The tooltip ECharts shows for the chart in `figure`, or null: its text if it is shown.
const tooltipOf = (figure) =>
  figure.evaluate((fig) => {
    const el = fig.querySelector('.chart-canvas');
    const chart = window.echarts.getInstanceByDom(el);
    const view = chart?._componentsViews?.find((v) => v && v.type === 'tooltip');
    const content = view?._tooltipContent;
    if (!content?._show) return null;
    return { text: String(content.el?.style?.text ?? ''), dom: el.querySelectorAll('div div').length };
  });

/// Where ECharts drew the chart's first data items (page coordinates), from its own layout.
const itemCentres = (figure) =>
  figure.evaluate((fig) => {
    const el = fig.querySelector('.chart-canvas');
    const chart = window.echarts.getInstanceByDom(el);
    const box = el.getBoundingClientRect();
    const points = [];
    for (const series of chart.getModel().getSeries()) {
      const data = series.getData();
      for (let i = 0; i < data.count() && points.length < 12; i++) {
        const shape = data.getItemGraphicEl(i);
        if (!shape) continue;
        const rect = shape.getBoundingRect().clone();
        rect.applyTransform(shape.getComputedTransform());
        if (rect.width > 0 || rect.height > 0) {
          points.push({ x: box.left + rect.x + rect.width / 2, y: box.top + rect.y + rect.height / 2 });
        }
      }
    }
    return points;
  });

/// Moves the mouse over the chart's data items until its tooltip shows.
async function hover(page, figure) {
  await figure.locator('.chart-canvas').scrollIntoViewIfNeeded();
  for (const { x, y } of await itemCentres(figure)) {
    await page.mouse.move(x, y, { steps: 2 });
    const tip = await tooltipOf(figure);
    if (tip) return tip;
  }
  return null;
}

const done = { png: 0, csv: 0, citations: 0 };

async function exercise(page, route) {
  const charts = page.locator('figure.chart');
  const count = await charts.count();
  for (let i = 0; i < count; i++) {
    const figure = charts.nth(i);
    const name = await figure.getAttribute('data-chart');
    const tip = await hover(page, figure);
    assert.ok(tip, `${route}: a tooltip shows on chart ${name}`);
    assert.ok(tip.text.trim().length > 0, `${route}: the ${name} tooltip has text`);
    assert.doesNotMatch(tip.text, /<br|&amp;|&lt;/, `${route}: the ${name} tooltip is plain text`);
    await page.mouse.move(0, 0);
  }
  for (let i = 0; i < count; i++) {
    const toggle = charts.nth(i).getByTestId('table-toggle');
    await toggle.click();
    await charts.nth(i).getByTestId('chart-table').waitFor();
    await toggle.click();
    await charts.nth(i).getByTestId('chart-table').waitFor({ state: 'detached' });
  }
  if (count > 0) {
    await chartsDrawn(page);
    const [png] = await Promise.all([page.waitForEvent('download'), charts.first().getByTestId('png-download').click()]);
    assert.match(png.suggestedFilename(), /\.png$/);
    const bytes = await readFile(await png.path());
    assert.equal(bytes.subarray(1, 4).toString(), 'PNG', `${route}: a real PNG`);
    done.png++;
  }
  const csv = page.getByTestId('download-csv');
  if (await csv.count()) {
    const [file] = await Promise.all([page.waitForEvent('download'), csv.click()]);
    assert.match(file.suggestedFilename(), /\.csv$/);
    assert.match(await readFile(await file.path(), 'utf8'), /^\uFEFF/, `${route}: the CSV has its BOM`);
    done.csv++;
  }
  const summary = page.locator('details > summary').first();
  if (await summary.count()) {
    await summary.scrollIntoViewIfNeeded();
    await summary.click();
    assert.equal(await page.locator('details[open]').count() > 0, true, `${route}: a citation opened`);
    done.citations++;
  }
  return count;
}

test('every route, in zh and en, with tooltips, tables, downloads and citations, has 0 CSP violations', async () => {
  let charts = 0;
  for (const route of ROUTES) {
    for (const lang of ['zh', 'en']) {
      const target = lang === 'en' ? `${route}${route.includes('?') ? '&' : '?'}lang=en` : route;
      const page = await env.browser.newPage();
      const errors = watchErrors(page);
      try {
        await open(page, env.server, target);
        assert.ok(await page.getByTestId('record-counts').isVisible(), `${target}: the app ran`);
        charts += await exercise(page, target);
        // Nothing inline was written into the page either.
        const inline = await page.evaluate(() => ({
          styles: document.querySelectorAll('style').length,
          scripts: document.querySelectorAll('script:not([src])').length,
        }));
        assert.deepEqual(inline, { styles: 0, scripts: 0 }, target);
        assert.deepEqual(await cspViolations(page), [], `${target}: securitypolicyviolation events`);
        assert.deepEqual(errors, [], `${target}: console`);
      } finally {
        await page.close();
      }
    }
  }
  assert.ok(charts >= 20, `charts hovered: ${charts}`);
  assert.ok(done.png >= 12 && done.csv >= 2 && done.citations >= 12, JSON.stringify(done));
});

test('embedded, dark, with the Embed dialog and its live preview open, and citing: still 0 CSP violations', async () => {
  for (const route of ROUTES) {
    const page = await env.browser.newPage();
    const errors = watchErrors(page);
    try {
      await open(page, env.server, `${route}${route.includes('?') ? '&' : '?'}embed=1&theme=dark`);
      assert.deepEqual(await cspViolations(page), [], `${route}: embedded, dark`);
      await open(page, env.server, `${route}${route.includes('?') ? '&' : '?'}theme=dark`);
      await page.getByTestId('view-cite').click();
      await page.getByTestId('copy-status').locator('p').waitFor();
      await page.getByTestId('embed-button').click();
      const preview = await (await page.getByTestId('embed-preview').elementHandle()).contentFrame();
      await preview.waitForSelector('[data-testid="embed-source"]');
      assert.deepEqual(await cspViolations(page), [], `${route}: dialog open`);
      assert.deepEqual(await preview.evaluate(() => window.__cspViolations ?? []), [], `${route}: the preview`);
      assert.deepEqual(errors, [], `${route}: console`);
    } finally {
      await page.close();
    }
  }
});

test('the policy is really enforced: an inline script injected into the page is blocked and counted', async () => {
  const page = await env.browser.newPage();
  const errors = watchErrors(page);
  try {
    await open(page, env.server, '/?lang=en');
    const ran = await page.evaluate(() => {
      window.__inline = false;
      const script = document.createElement('script');
      script.textContent = 'window.__inline = true';
      document.body.append(script);
      const div = document.createElement('div');
      div.innerHTML = '<span style="color: red">x</span>';
      document.body.append(div);
      return window.__inline;
    });
    assert.equal(ran, false);
    await page.waitForFunction(() => window.__cspViolations.length >= 2);
    const violations = await cspViolations(page);
    assert.ok(violations.some((v) => v.startsWith('script-src')), violations.join('\n'));
    assert.ok(violations.some((v) => v.startsWith('style-src')), violations.join('\n'));
    assert.ok(errors.some((e) => /Content Security Policy/.test(e)), 'the console reports it too');
  } finally {
    await page.close();
  }
});
