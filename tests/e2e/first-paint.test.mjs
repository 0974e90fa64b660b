// index.html's static first screen (src/first_paint.rs, issue #10): before the wasm has run,
// the reader already sees the header and the view's heading and lede, in the URL's language;
// the app's files are fetched only after that first paint; the app then takes over without
// moving anything, and its lede is painted at the static one's size (so the largest paint
// stays the early one).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { holdWasm, settle, shared, watchErrors } from './browser.mjs';

const it = shared();

/// Opens `route` with the wasm held back; returns the page and the function that lets it go.
async function openHeld(route, viewport) {
  const page = await it.browser.newPage(viewport ? { viewport } : undefined);
  const release = await holdWasm(page);
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(it.server.url + route);
  await page.waitForFunction(() => performance.getEntriesByType('paint').some((e) => e.name === 'first-contentful-paint'));
  return { page, release };
}

/// What is visible of the static block: its view sections, headings, ledes and status.
const visibleFirstScreen = () => {
  const shown = (el) => el.checkVisibility();
  const box = (el) => { const r = el.getBoundingClientRect(); return { width: r.width, height: r.height }; };
  const sections = [...document.querySelectorAll('#first-paint .first-screen')].filter(shown);
  const lede = sections[0]?.querySelector('.lede, .tracing-intro');
  return {
    appEmpty: document.querySelector('#app').childElementCount === 0,
    views: sections.map((s) => s.dataset.view),
    heading: sections[0]?.querySelector('h1')?.textContent ?? null,
    lede: lede?.textContent ?? null,
    ledeBox: lede ? box(lede) : null,
    headers: [...document.querySelectorAll('#first-paint-header .app-header')].filter(shown).length,
    title: [...document.querySelectorAll('#first-paint-header .brand-title')].find(shown)?.textContent,
    status: [...document.querySelectorAll('#first-paint .loading')].find(shown)?.textContent,
  };
};

test('before the wasm runs, the header and the view\'s heading and lede show, in the URL\'s language', async () => {
  for (const [route, view, heading, title, status] of [
    ['/strategy', 'strategy', '战略分层', '电信业智能化发展蓝皮书 · 交互看板', '正在加载报告数据…'],
    ['/cases?lang=en&domain=network', 'cases', 'Case explorer', 'Telecom Intelligentization Blue Book · Dashboard', 'Loading the report data…'],
    ['/challenges/', 'challenges', '挑战 → 建议 → 案例', '电信业智能化发展蓝皮书 · 交互看板', '正在加载报告数据…'],
  ]) {
    const { page, release } = await openHeld(route);
    try {
      const shown = await page.evaluate(visibleFirstScreen);
      assert.equal(shown.appEmpty, true, `${route}: the app has not started`);
      assert.deepEqual(shown.views, [view], `${route}: exactly its own view's first screen`);
      assert.equal(shown.heading, heading, route);
      assert.ok(shown.lede.length > 20, `${route}: a lede`);
      assert.equal(shown.headers, 1, `${route}: one header`);
      assert.equal(shown.title, title, route);
      assert.equal(shown.status, status, route);
    } finally {
      release();
      await page.close();
    }
  }
  // A record's own page: the header and the status only.
  const { page, release } = await openHeld('/cases/no-such-case?lang=en');
  try {
    const shown = await page.evaluate(visibleFirstScreen);
    assert.deepEqual(shown.views, []);
    assert.equal(shown.status, 'Loading the report data…');
  } finally {
    release();
    await page.close();
  }
});

test('the app\'s files are fetched only after the first paint', async () => {
  const page = await it.browser.newPage();
  try {
    await page.goto(it.server.url + '/strategy');
    await settle(page);
    const order = await page.evaluate(() => {
      const fcp = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint').startTime;
      const starts = performance.getEntriesByType('resource')
        .filter((r) => /_bg\.wasm$|\/bluebook-[0-9a-f]+\.js$|\/echarts\.min-[0-9a-f]+\.js$/.test(r.name))
        .map((r) => ({ file: r.name.split('/').pop(), start: r.startTime }));
      return { fcp, starts };
    });
    assert.equal(order.starts.length, 3, JSON.stringify(order));
    for (const { file, start } of order.starts) {
      assert.ok(start >= order.fcp, `${file} requested at ${start} ms, before the first contentful paint at ${order.fcp} ms`);
    }
  } finally {
    await page.close();
  }
});

test('the app takes over without moving anything, and paints the lede at the same size', async () => {
  for (const [route, viewport] of [['/cases', { width: 412, height: 823 }], ['/strategy?lang=en', { width: 1280, height: 900 }]]) {
    const { page, release } = await openHeld(route, viewport);
    const errors = watchErrors(page);
    try {
      const before = await page.evaluate(visibleFirstScreen);
      release();
      await settle(page);
      const after = await page.evaluate(() => {
        const lede = document.querySelector('#main-content .page .lede');
        const r = lede.getBoundingClientRect();
        return {
          staticLeft: Boolean(document.querySelector('#first-paint, #first-paint-header')),
          mains: document.querySelectorAll('main').length,
          ledeBox: { width: r.width, height: r.height },
          shift: window.__shifts.reduce((sum, value) => sum + value, 0),
        };
      });
      assert.equal(after.staticLeft, false, `${route}: the static block is gone`);
      assert.equal(after.mains, 1, route);
      assert.deepEqual(after.ledeBox, before.ledeBox, `${route}: the view's lede has the static lede's size`);
      // The header's edition line filling in moves the nav a little (0.008 on a phone): the
      // take-over itself adds nothing.
      assert.ok(after.shift < 0.02, `${route}: layout shift ${after.shift}`);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  }
});
