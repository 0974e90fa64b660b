// Search over the whole report from the header of every view: keyboard only, results as you
// type, the full results page in the URL, Back, highlights as nodes, markup as text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, openPage, shared } from './browser.mjs';

const env = shared();

const hitKeys = (page, scope) => page.locator(`${scope} [data-testid="search-hit"]`).evaluateAll((els) => els.map((el) => el.dataset.hit));

async function reachByKeyboard(page, shortcut, query, wantKey) {
  await page.keyboard.press(shortcut);
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'header-search');
  await page.keyboard.type(query);
  await page.getByTestId('search-suggest').waitFor();
  const keys = await hitKeys(page, '[data-testid="search-suggest"]');
  const at = keys.indexOf(wantKey);
  assert.ok(at >= 0 && at < 5, `${query}: ${wantKey} in ${JSON.stringify(keys)}`);
  for (let i = 0; i <= at; i++) await page.keyboard.press('ArrowDown');
  assert.equal(await page.locator('[data-testid="search-suggest"] .search-hit.active').getAttribute('data-hit'), wantKey);
  await page.keyboard.press('Enter');
}

test('a zh query and an en query each reach their record by the keyboard alone', async () => {
  const { page, errors } = await openPage(env.browser, env.server, '/strategy');
  try {
    await reachByKeyboard(page, '/', '大模型客服', 'case:diting-customer-service-agent');
    await page.waitForURL(/\/cases\/diting-customer-service-agent/);
    await page.getByTestId('case-detail').waitFor();
    await open(page, env.server, '/?lang=en');
    await reachByKeyboard(page, 'Control+k', 'data contamination', 'challenge:high-quality-data-shortage');
    await page.waitForURL(/\/challenges\?focus=high-quality-data-shortage&lang=en/);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('/search?q= opened cold shows the results the header box lists, and Back returns to the previous query', async () => {
  const { page, errors } = await openPage(env.browser, env.server, '/cases');
  try {
    await page.getByTestId('header-search').fill('息壤');
    await page.getByTestId('search-suggest').waitFor();
    const listed = await hitKeys(page, '[data-testid="search-suggest"]');
    await page.getByTestId('header-search').press('Enter');
    await page.waitForURL(/\/search\?q=/);
    const full = await hitKeys(page, '[data-testid="search-results"]');
    assert.ok(listed.length > 0);
    assert.deepEqual(full.slice(0, listed.length).sort(), [...listed].sort());

    const cold = await env.browser.newPage();
    await open(cold, env.server, '/search?q=' + encodeURIComponent('息壤'));
    assert.deepEqual(await hitKeys(cold, '[data-testid="search-results"]'), full);
    await cold.close();

    await page.getByTestId('header-search').fill('反诈');
    await page.getByTestId('header-search').press('Enter');
    await page.waitForURL(/q=%E5%8F%8D%E8%AF%88/);
    await page.goBack();
    await page.waitForURL(/q=%E6%81%AF%E5%A3%A4/);
    assert.equal(await page.getByTestId('search-page-input').inputValue(), '息壤');
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('highlights are whole characters, and markup in a query is shown as text', async () => {
  const { page, errors } = await openPage(env.browser, env.server, '/search?q=' + encodeURIComponent('大模型客服'));
  try {
    const marks = await page.locator('[data-testid="search-results"] mark').allTextContents();
    assert.ok(marks.length > 0);
    assert.ok(marks.every((m) => m.length > 0 && !m.includes('\uFFFD')), JSON.stringify(marks));
    await open(page, env.server, '/search?q=' + encodeURIComponent('<b>x</b>%41'));
    assert.equal(await page.locator('[data-testid="search-page"] b').count(), 0);
    assert.match(await page.getByTestId('search-nothing').textContent(), /<b>x<\/b>%41/);
    assert.equal(await page.getByTestId('search-page-input').inputValue(), '<b>x</b>%41');
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('a record that shares its view opens scrolled to and marked', async () => {
  const { page, errors } = await openPage(env.browser, env.server, '/cases');
  try {
    await reachByKeyboard(page, '/', '网络自动化', 'finding:network-automation-intelligence-level');
    await page.waitForURL(/\/#finding-network-automation-intelligence-level$/);
    const card = page.locator('#finding-network-automation-intelligence-level');
    await card.and(page.locator('.flash')).waitFor();
    assert.ok(await card.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight;
    }), 'the card is in view');
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

