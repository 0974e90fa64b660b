// The portal kit in real Chromium against the release build over nginx: a real
// cross-origin host (another port on 127.0.0.1 is another origin) embeds the explorer with
// the dashboard's embed.js, and the frame's height follows its content. A host that is not
// on the allow-list hears nothing; forged messages change nothing. Embed mode, the theme
// before the first paint, and the "Embed this view" dialog.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { launch, serve, distCopy, settle, open, watchErrors, screenshot, holdWasm } from './browser.mjs';
import { freePort } from '../../scripts/nginx.mjs';

const it = {};

/// A portal page: the marked dashboard frame, an unmarked dashboard frame, a frame of the
/// host's own origin (a would-be forger), the helper script, and a log of every message.
function hostPage(app, route) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Portal</title></head><body>
<h1>Intranet portal</h1>
<iframe id="dashboard" data-bluebook src="${app}${route}" title="Cases" width="100%" height="300"></iframe>
<iframe id="unmarked" src="${app}/strategy?embed=1" title="Unmarked" height="200"></iframe>
<iframe id="forger" src="/blank.html" title="Forger" height="50"></iframe>
<script>
  window.__messages = [];
  addEventListener('message', (event) => {
    window.__messages.push({ origin: event.origin, data: event.data, fromDashboard: event.source === document.getElementById('dashboard').contentWindow });
  });
</script>
<script src="${app}/embed.js" defer></script>
</body></html>`;
}

/// A plain HTTP server for a host page on its own port, i.e. its own origin.
async function startHost(port) {
  const server = http.createServer((request, response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end(request.url === '/blank.html' ? '<!doctype html><title>blank</title>' : hostPage(it.app.url, ROUTE));
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

const ROUTE = '/cases?embed=1&lang=en';

before(async () => {
  it.browser = await launch();
  // Two host origins may frame the app (frame-ancestors), but only the first is on the
  // app's own allow-list (embed.json): so the app's check is what the second one meets.
  const allowedPort = await freePort();
  const otherPort = await freePort();
  const allowed = `http://127.0.0.1:${allowedPort}`;
  const other = `http://127.0.0.1:${otherPort}`;
  const dist = await distCopy();
  await writeFile(path.join(dist, 'embed.json'), JSON.stringify({ parent_origins: [allowed] }));
  it.app = await serve(dist, { embed: { parent_origins: [allowed, other] } });
  it.host = await startHost(allowedPort);
  it.other = await startHost(otherPort);
});

after(async () => {
  await it.host?.close();
  await it.other?.close();
  await it.app?.close();
  await it.browser?.close();
});

const frameHeight = (page) => page.$eval('#dashboard', (frame) => frame.getBoundingClientRect().height);

async function dashboardFrame(page) {
  const handle = await page.waitForSelector('#dashboard');
  const frame = await handle.contentFrame();
  await settle(frame);
  return frame;
}

test('a listed portal gets the height: the iframe follows the content as a filter is applied and removed', async () => {
  const page = await it.browser.newPage();
  const errors = watchErrors(page);
  try {
    await page.goto(it.host.url + '/');
    const frame = await dashboardFrame(page);
    await page.waitForFunction(() => document.getElementById('dashboard').dataset.bluebookHeight);
    const full = await frameHeight(page);
    assert.ok(full > 800, `the whole explorer is tall: ${full}px`);
    const contentHeight = () => frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    assert.ok(Math.abs(full - (await contentHeight())) <= 1, 'frame height = content height');

    // Only the dashboard's own frame spoke, to exactly this origin, with the path.
    const messages = await page.evaluate(() => window.__messages.filter((m) => m.data?.type === 'bluebook:height'));
    assert.ok(messages.length >= 1);
    for (const message of messages) {
      assert.equal(message.origin, it.app.url);
      assert.equal(typeof message.data.height, 'number');
    }
    assert.ok(messages.some((m) => m.fromDashboard && m.data.path === '/cases?embed=1&lang=en'), JSON.stringify(messages));

    // A filter that leaves few cases: the frame shrinks to the new content.
    await frame.locator('fieldset[data-facet="domain"] label[data-value="management"] input').check();
    await page.waitForFunction((before) => document.getElementById('dashboard').getBoundingClientRect().height < before - 100, full);
    const filtered = await frameHeight(page);
    assert.ok(Math.abs(filtered - (await contentHeight())) <= 1);
    const last = await page.evaluate(() => window.__messages.filter((m) => m.fromDashboard).at(-1).data.path);
    assert.match(last, /^\/cases\?.*domain=management/, 'the path follows the filter');

    // Removing it brings the frame back to full height.
    await frame.locator('fieldset[data-facet="domain"] label[data-value="management"] input').uncheck();
    await page.waitForFunction((want) => Math.abs(document.getElementById('dashboard').getBoundingClientRect().height - want) <= 2, full);

    // Links inside the frame keep embed, lang; the full-dashboard link drops embed only.
    const inside = await frame.locator('[data-testid="case"] h3 a').first().getAttribute('href');
    assert.match(inside, /embed=1/);
    assert.match(inside, /lang=en/);
    const openFull = frame.getByTestId('open-full');
    assert.equal(await openFull.getAttribute('target'), '_blank');
    assert.equal(await openFull.getAttribute('rel'), 'noopener');
    assert.equal(await openFull.getAttribute('href'), '/cases?lang=en');
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('inside a portal frame, where the browser refuses the clipboard, Cite shows the citation selected to copy by hand', async () => {
  const page = await it.browser.newPage();
  const errors = watchErrors(page);
  try {
    await page.goto(it.host.url + '/');
    const frame = await dashboardFrame(page);
    // A cross-origin frame without allow="clipboard-write" may not write the clipboard.
    await frame.getByTestId('cite-copy').first().click();
    const field = frame.getByTestId('copy-by-hand');
    await field.waitFor();
    const state = await field.evaluate((el) => ({
      value: el.value,
      selected: el.selectionStart === 0 && el.selectionEnd === el.value.length,
      focused: document.activeElement === el,
    }));
    assert.match(state.value, /No\.202408/);
    assert.match(state.value, /\/cases\/[^ ]*lang=en/);
    assert.ok(!state.value.includes("embed=1"), "a citation points to the full dashboard");
    assert.ok(state.selected && state.focused, JSON.stringify(state));
    assert.match(await frame.getByTestId('copy-status').textContent(), /refused to copy/);
    // Chromium reports the refusal itself on the console; nothing else may be there.
    assert.deepEqual(errors.filter((e) => !/Permissions policy violation: The Clipboard API/.test(e)), []);
  } finally {
    await page.close();
  }
});

test('forged messages, from the host page itself or from another frame, do not change the height', async () => {
  const page = await it.browser.newPage();
  try {
    await page.goto(it.host.url + '/');
    await dashboardFrame(page);
    await page.waitForFunction(() => document.getElementById('dashboard').dataset.bluebookHeight);
    const before = await frameHeight(page);
    // The unmarked dashboard frame (right origin, wrong window) has posted its own height.
    await page.waitForFunction(() => window.__messages.some((m) => m.origin.startsWith('http') && !m.fromDashboard && m.data?.type === 'bluebook:height'));

    await page.evaluate(() => window.postMessage({ type: 'bluebook:height', height: 4321, path: '/' }, '*'));
    const forger = page.frame({ url: /\/blank\.html$/ });
    await forger.evaluate(() => parent.postMessage({ type: 'bluebook:height', height: 4321, path: '/' }, '*'));
    // Both forged messages have been dispatched (to the log and to embed.js alike).
    await page.waitForFunction(() => window.__messages.filter((m) => m.data?.height === 4321).length === 2);
    assert.equal(await frameHeight(page), before);
    assert.notEqual(await page.$eval('#dashboard', (f) => f.dataset.bluebookHeight), '4321');
    assert.equal(await page.$eval('#unmarked', (f) => f.style.height), '', 'an unmarked frame is never sized');
  } finally {
    await page.close();
  }
});

test('a portal that is not on the allow-list hears nothing, and the app says why in the console', async () => {
  const page = await it.browser.newPage();
  const warnings = [];
  page.on('console', (message) => warnings.push(message.text()));
  try {
    await page.goto(it.other.url + '/');
    await dashboardFrame(page);
    await waitFor(() => warnings.some((w) => w.includes(it.other.url) && w.includes('embed.json')));
    const messages = await page.evaluate(() => window.__messages.filter((m) => m.data?.type === 'bluebook:height'));
    assert.deepEqual(messages, []);
    assert.equal(await page.$eval('#dashboard', (f) => f.dataset.bluebookHeight ?? null), null);
  } finally {
    await page.close();
  }
});

async function waitFor(check, timeout = 15_000) {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

test('embed mode: no header, navigation or footer; a source line; a compact search', async () => {
  const page = await it.browser.newPage();
  const errors = watchErrors(page);
  try {
    await open(page, it.app, '/strategy?embed=1&lang=en&theme=dark');
    assert.equal(await page.locator('header.app-header, nav.app-nav, footer.app-footer').count(), 0);
    assert.equal(await page.getByTestId('embed-button').count(), 0, 'no Embed button inside an embed');
    const source = await page.getByTestId('embed-source').textContent();
    assert.match(source, /2024/);
    assert.match(await page.getByTestId('open-full').getAttribute('href'), /^\/strategy\?lang=en&theme=dark$/);
    // The charts use ECharts' dark theme to match (its option says darkMode).
    const darkMode = () =>
      page.evaluate(() => [...document.querySelectorAll('.chart-canvas')].map((el) => window.echarts.getInstanceByDom(el)?.getOption().darkMode));
    assert.ok((await darkMode()).length >= 1 && (await darkMode()).every((mode) => mode === true), 'dark charts');
    await screenshot(page, 'embed-strategy-dark.png', { fullPage: true });

    await page.getByTestId('embed-search-button').click();
    const box = page.getByTestId('header-search');
    await box.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'header-search');
    await box.fill('5G');
    await page.getByTestId('search-suggest').waitFor();
    await box.press('Enter');
    await page.waitForURL(/\/search\?/);
    assert.match(page.url(), /embed=1/);
    assert.match(page.url(), /theme=dark/);
    await page.getByTestId('search-page').waitFor();
    assert.equal(await page.locator('header.app-header').count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('the theme is applied before the app paints: dark background while the wasm is still loading', async () => {
  const context = it.browser;
  for (const [query, scheme, want] of [
    ['theme=dark', 'light', 'rgb(14, 20, 27)'],
    ['theme=auto', 'dark', 'rgb(14, 20, 27)'],
    ['', 'dark', 'rgb(14, 20, 27)'],
    ['theme=light', 'dark', 'rgb(246, 248, 250)'],
  ]) {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    // Hold the wasm back: whatever shows now is the first frame, before any Rust runs.
    const release = await holdWasm(page);
    try {
      await page.goto(`${it.app.url}/strategy${query ? '?' + query : ''}`, { waitUntil: 'domcontentloaded' });
      const painted = await page.evaluate(() => ({
        background: getComputedStyle(document.body).backgroundColor || getComputedStyle(document.documentElement).backgroundColor,
        root: getComputedStyle(document.documentElement).backgroundColor,
        appStarted: Boolean(document.querySelector('#app > *')),
      }));
      assert.equal(painted.appStarted, false, 'the app has not started yet');
      assert.equal(painted.root, want, `${query} with a ${scheme} system`);
    } finally {
      release();
      await page.close();
    }
  }
});

test('"Embed this view": the snippet for this state, language and theme; copy; live preview; Escape; focus trap and return', async () => {
  const page = await it.browser.newPage();
  const errors = watchErrors(page);
  await it.browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: it.app.url });
  await it.browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: it.host.url });
  try {
    await open(page, it.app, '/cases?domain=network');
    const button = page.getByTestId('embed-button');
    await button.click();
    const dialog = page.getByTestId('embed-dialog');
    assert.ok(await dialog.evaluate((d) => d.open));
    const snippet = () => page.getByTestId('embed-snippet').inputValue();
    const first = await snippet();
    assert.ok(first.includes(`src="${it.app.url}/cases?domain=network&amp;embed=1&amp;theme=auto"`), first);
    assert.ok(first.includes('data-bluebook'));
    assert.ok(first.includes(`<script src="${it.app.url}/embed.js" defer></script>`));
    assert.ok(!/style=|onload=/.test(first), 'no inline style or script in the snippet');

    await page.getByTestId('embed-lang').selectOption('en');
    await page.getByTestId('embed-theme').selectOption('dark');
    const chosen = await snippet();
    assert.ok(chosen.includes('/cases?domain=network&amp;embed=1&amp;lang=en&amp;theme=dark'), chosen);
    const preview = page.getByTestId('embed-preview');
    assert.equal(await preview.getAttribute('src'), `${it.app.url}/cases?domain=network&embed=1&lang=en&theme=dark`);
    const previewFrame = await (await preview.elementHandle()).contentFrame();
    await settle(previewFrame);
    assert.equal(await previewFrame.evaluate(() => document.documentElement.dataset.theme), 'dark');

    await page.getByTestId('embed-copy').click();
    await page.getByTestId('embed-status').filter({ hasText: /Copied|已复制/ }).waitFor();
    // Read the clipboard back on a page without the app's Permissions-Policy.
    const reader = await it.browser.newPage();
    await reader.goto(it.host.url + '/blank.html');
    assert.equal(await reader.evaluate(() => navigator.clipboard.readText()), chosen);
    await reader.close();
    await page.bringToFront();

    // Tab and Shift+Tab stay inside the open dialog.
    await page.getByTestId('embed-close').focus();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'embed-lang', 'Tab wraps to the first control');
    await page.keyboard.press('Shift+Tab');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'embed-close', 'Shift+Tab wraps to the last');
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press(i % 3 ? 'Shift+Tab' : 'Tab');
      assert.ok(await page.evaluate(() => document.querySelector('[data-testid="embed-dialog"]').contains(document.activeElement)), `stop ${i}`);
    }
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('[data-testid="embed-dialog"]').open);
    // The dialog's `close` event is queued as a task after `open` turns false: wait for its effects.
    await page.getByTestId('embed-preview').waitFor({ state: 'detached', timeout: 5000 });
    await page.waitForFunction(() => document.activeElement?.dataset.testid === 'embed-button', null, { timeout: 5000 });
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});
