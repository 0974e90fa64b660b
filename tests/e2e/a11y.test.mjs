// Accessibility as portals audit it, in real Chromium on the release build: axe-core (the
// npm package) reports no violation at any impact level on every route — zh and en, light
// and dark, embedded and not, with the charts' table views open and with the Embed dialog
// open. Every route is walked with the Tab key: a skip link first, every visible control
// reached, focus always visible; the controls work from the keyboard. At 375 px wide no
// route scrolls sideways.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { holdWasm, shared, open, ROOT, ROUTES, screenshot, settle } from './browser.mjs';

const AXE = await readFile(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const it = shared();


const withParams = (route, params) => (params ? route + (route.includes('?') ? '&' : '?') + params : route);

/// axe's violations as readable lines. `page.evaluate` runs outside the page's CSP, so the
/// strict policy stays on while axe is injected. Frames (the Embed dialog's preview) are
/// the app itself in embed mode, audited on their own below.
async function violations(page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { iframes: false, resultTypes: ['violations'] });
    return result.violations.map(
      (v) => `${location.pathname}${location.search} ${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`,
    );
  });
}

for (const theme of ['light', 'dark']) {
  test(`axe: no violations on any route, zh and en, embedded and not (${theme})`, async () => {
    const page = await it.browser.newPage();
    try {
      const found = [];
      for (const route of ROUTES) {
        for (const lang of ['', 'lang=en']) {
          for (const embed of ['', 'embed=1']) {
            const params = [lang, embed, `theme=${theme}`].filter(Boolean).join('&');
            await open(page, it.server, withParams(route, params));
            assert.equal(await page.evaluate(() => document.documentElement.lang), lang ? 'en' : 'zh-CN');
            found.push(...(await violations(page)));
          }
        }
      }
      assert.deepEqual(found, []);
    } finally {
      await page.close();
    }
  });

  test(`axe: no violations with every chart's table view open, and with the Embed dialog open (${theme})`, async () => {
    const page = await it.browser.newPage();
    try {
      const found = [];
      for (const route of ['/', '/strategy', '/operators/china-mobile', '/compare?ops=ntt,skt,china-mobile', '/cases', '/challenges']) {
        await open(page, it.server, withParams(route, `theme=${theme}`));
        const toggles = page.getByTestId('table-toggle');
        for (let i = 0; i < (await toggles.count()); i++) await toggles.nth(i).click();
        assert.ok((await page.getByTestId('chart-table').count()) >= 1, route);
        found.push(...(await violations(page)));
      }
      await open(page, it.server, withParams('/cases?d=network', `theme=${theme}`));
      await page.getByTestId('embed-button').click();
      await page.getByTestId('embed-preview').waitFor();
      found.push(...(await violations(page)));
      if (theme === 'dark') await screenshot(page, 'embed-dialog-dark.png');
      assert.deepEqual(found, []);
    } finally {
      await page.close();
    }
  });
}

/// Walks the page with Tab from the top. Returns the stops in order, each with whether its
/// focus is visible, and the visible controls that no stop reached.
async function tabWalk(page, maxStops = 1500) {
  await page.evaluate(() => {
    document.activeElement?.blur?.();
    window.__stops = new Set();
  });
  const stops = [];
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const seen = window.__stops.has(el);
      window.__stops.add(el);
      const style = getComputedStyle(el);
      const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      return { seen, visible, name: `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ')[0] : ''} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}"` };
    });
    if (!stop || stop.seen) break;
    stops.push(stop);
  }
  const missed = await page.evaluate(() => {
    const controls = document.querySelectorAll(
      'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, summary, [tabindex]:not([tabindex="-1"])',
    );
    return [...controls]
      .filter((el) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && !window.__stops.has(el))
      .filter((el) => !el.closest('[inert], dialog:not([open])'))
      .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40)}"`);
  });
  return { stops, missed };
}

test('keyboard: on every route a skip link comes first, every control is reached by Tab, and focus is visible', async () => {
  const page = await it.browser.newPage();
  try {
    for (const route of ROUTES) {
      await open(page, it.server, route);
      const { stops, missed } = await tabWalk(page);
      assert.match(stops[0]?.name ?? '', /^a\.skip-link/, `${route}: the skip link is the first stop`);
      assert.deepEqual(missed, [], `${route}: controls Tab never reached`);
      assert.deepEqual(stops.filter((s) => !s.visible).map((s) => s.name), [], `${route}: stops without a visible focus`);
      // The skip link moves focus to the main content (afresh: Tab starts from the top).
      await open(page, it.server, route);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'main-content', route);
    }
  } finally {
    await page.close();
  }
});

test('keyboard: facets, segmented buttons, table toggles, compare pickers and the tracing view work without a mouse', async () => {
  const page = await it.browser.newPage();
  try {
    await open(page, it.server, '/cases');
    await page.locator('fieldset[data-facet="domain"] label[data-value="network"] input').focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/domain=network/);

    const segment = page.locator('.result-bar .segmented button[aria-pressed="false"]').first();
    await segment.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/view=/);

    await open(page, it.server, '/strategy');
    const toggle = page.getByTestId('table-toggle').first();
    await toggle.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('chart-table').first().waitFor();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');

    await open(page, it.server, '/compare');
    const pick = page.getByTestId('pick-china-unicom');
    const before = await pick.isChecked();
    await pick.focus();
    await page.keyboard.press('Space');
    await page.waitForFunction((was) => document.querySelector('[data-testid="pick-china-unicom"]').checked !== was, before);

    await open(page, it.server, '/challenges');
    await page.getByTestId('trace-link').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/focus=/);
  } finally {
    await page.close();
  }
});

test('at 375 px wide no route scrolls sideways, in zh and en, embedded and not', async () => {
  const page = await it.browser.newPage();
  await page.setViewportSize({ width: 375, height: 812 });
  try {
    const wide = [];
    for (const route of ROUTES) {
      for (const params of ['', 'lang=en', 'embed=1&lang=en']) {
        await open(page, it.server, withParams(route, params));
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 375) wide.push(`${withParams(route, params)}: ${width}px`);
      }
    }
    assert.deepEqual(wide, []);
    await open(page, it.server, '/cases?theme=dark');
    await screenshot(page, 'cases-375-dark.png', { fullPage: false });
  } finally {
    await page.close();
  }
});

test('a reader who asks for less motion gets charts without animation, the first chart before the app included', async () => {
  const page = await it.browser.newPage();
  // The `animation` option of each chart on the page.
  const animations = () => page.evaluate(() => [...document.querySelectorAll('.chart-canvas')]
    .map((canvas) => echarts.getInstanceByDom(canvas)?.getOption().animation));
  try {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const release = await holdWasm(page);
    await page.goto(it.server.url + '/strategy');
    await page.waitForSelector('[data-first-chart-drawn]');
    const beforeApp = await page.evaluate(() =>
      echarts.getInstanceByDom(document.querySelector('[data-first-chart-drawn]')).getOption().animation);
    assert.equal(beforeApp, false, 'the first screen\'s chart');
    release();
    await settle(page);
    for (const route of ['/strategy', '/cases', '/challenges']) {
      await open(page, it.server, route);
      const drawn = await animations();
      assert.ok(drawn.length > 0, `${route} has charts`);
      assert.deepEqual(drawn.filter((animation) => animation !== false), [], `${route}: ${drawn}`);
    }
    // Without the preference, a chart the reader sees drawn animates as before (the tracing
    // view's; most charts' first draw has none: it waits until the view is painted).
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await open(page, it.server, '/challenges');
    assert.ok((await animations()).some((animation) => animation !== false), 'charts animate by default');
  } finally {
    await page.unroute(/_bg\.wasm$/).catch(() => {});
    await page.close();
  }
});
