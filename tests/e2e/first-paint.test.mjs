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
  const box = (el) => { const r = el.getBoundingClientRect(); return { y: r.y, width: r.width, height: r.height }; };
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
    edition: [...document.querySelectorAll('#first-paint-header .edition')].find(shown)?.textContent,
    counts: [...document.querySelectorAll('#first-paint-header .record-counts')].find(shown)?.children.length,
    navY: [...document.querySelectorAll('#first-paint-header .app-nav')].find(shown)?.getBoundingClientRect().y,
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
      // The edition and the counts of the data, as the app's header shows them.
      assert.match(shown.edition, /No\.202408/, route);
      assert.equal(shown.counts, 8, route);
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

/// When each of the app's big files was requested, and the first paint (ms).
const requestTimes = () => {
  const fcp = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint').startTime;
  const drawn = performance.getEntriesByName('bluebook:first-chart-drawn')[0]?.startTime ?? null;
  const starts = Object.fromEntries(performance.getEntriesByType('resource')
    .filter((r) => /_bg\.wasm$|\/bluebook-[0-9a-f]+\.js$|\/echarts\.min-[0-9a-f]+\.js$/.test(r.name))
    .map((r) => [r.name.split('/').pop().replace(/-[0-9a-f]+(_bg)?\./, '.'), r.startTime]));
  return { fcp, drawn, starts };
};

test('the app\'s files are fetched only after the first paint', async () => {
  const page = await it.browser.newPage();
  try {
    await page.goto(it.server.url + '/cases');
    await settle(page);
    const order = await page.evaluate(requestTimes);
    assert.deepEqual(Object.keys(order.starts).sort(), ['bluebook.js', 'bluebook.wasm', 'echarts.min.js'], JSON.stringify(order));
    for (const [file, start] of Object.entries(order.starts)) {
      assert.ok(start >= order.fcp, `${file} requested at ${start} ms, before the first contentful paint at ${order.fcp} ms`);
    }
    assert.equal(order.drawn, null, 'no chart is drawn before the app on /cases');
  } finally {
    await page.close();
  }
});

test('/strategy draws its tier map before the wasm is fetched, and the app takes over that very chart', async () => {
  const { page, release } = await openHeld('/strategy?lang=en');
  const errors = watchErrors(page);
  try {
    await page.waitForSelector('#first-paint [data-first-chart-drawn] canvas');
    const before = await page.evaluate(() => {
      const drawn = document.querySelector('#first-paint [data-first-chart-drawn]');
      window.__firstCanvas = drawn.querySelector('canvas');
      const r = drawn.getBoundingClientRect();
      const heading = [...document.querySelectorAll('#first-paint h1')].find((h) => h.checkVisibility());
      return {
        headingY: heading.getBoundingClientRect().y,
        appEmpty: document.querySelector('#app').childElementCount === 0,
        instance: Boolean(echarts.getInstanceByDom(drawn)),
        // The English map, drawn from the option beside it: its legend names the three tiers.
        legend: echarts.getInstanceByDom(drawn).getOption().series.map((s) => s.name),
        box: { x: r.x, y: r.y, width: r.width, height: r.height },
      };
    });
    assert.equal(before.appEmpty, true, 'the app has not started');
    assert.equal(before.instance, true);
    assert.equal(before.legend.length, 3, 'three tiers');
    assert.ok(before.legend.every((name) => /^[ -~]+$/.test(name)), `English names: ${before.legend}`);
    release();
    await settle(page);
    const after = await page.evaluate(() => {
      const canvas = document.querySelector('[data-testid="strategy-page"] [data-chart="tier-map"] .chart-canvas');
      const r = canvas.getBoundingClientRect();
      return {
        headingY: document.querySelector('#main-content .page h1').getBoundingClientRect().y,
        same: canvas.querySelector('canvas') === window.__firstCanvas,
        finished: canvas.dataset.finished,
        // No second instance: the view's container answers for the one drawn inside it.
        sameInstance: echarts.getInstanceByDom(canvas) === echarts.getInstanceByDom(canvas.firstElementChild),
        box: { x: r.x, y: r.y, width: r.width, height: r.height },
        // The app's option is set on it: tooltips drawn on the canvas, as the app draws them.
        tooltip: echarts.getInstanceByDom(canvas.firstElementChild).getOption().tooltip?.[0]?.renderMode,
      };
    });
    assert.equal(after.same, true, 'the canvas drawn before the app is the one the view shows');
    assert.equal(after.finished, 'true');
    assert.equal(after.sameInstance, true, 'the view did not start a second ECharts');
    // Nothing moves: the static header and view toolbar hold the app's places.
    assert.equal(after.headingY, before.headingY, 'the view did not move');
    assert.deepEqual(after.box, before.box, 'the chart keeps its size and place');
    assert.equal(after.tooltip, 'richText');
    const order = await page.evaluate(requestTimes);
    assert.ok(order.drawn !== null && order.starts['bluebook.wasm'] >= order.drawn,
      `the wasm is requested after the chart is drawn: ${JSON.stringify(order)}`);
    assert.deepEqual(errors, []);
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
          navY: document.querySelector('.app-header .app-nav').getBoundingClientRect().y,
          ledeBox: { y: r.y, width: r.width, height: r.height },
          shift: window.__shifts.reduce((sum, value) => sum + value, 0),
        };
      });
      assert.equal(after.staticLeft, false, `${route}: the static block is gone`);
      assert.equal(after.mains, 1, route);
      // Same place and size: the lede is not painted anew as a larger, later contentful paint.
      assert.deepEqual(after.ledeBox, before.ledeBox, `${route}: the view's lede has the static lede's place and size`);
      // The app's header has the static one's lines: the nav stays where it was.
      assert.equal(after.navY, before.navY, `${route}: the header's nav did not move`);
      assert.ok(after.shift < 0.001, `${route}: layout shift ${after.shift}`);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  }
});
