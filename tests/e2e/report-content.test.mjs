// What the data corrections show on screen: the report's qualitative findings on the
// overview, platforms apart from models with their pages, every footnote of a citation,
// repeated figures linked from both cases, and one formatter's "600多家".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { open, openPage, ROOT, shared } from './browser.mjs';

const read = async (file) => JSON.parse(await readFile(path.join(ROOT, 'data', file), 'utf8'));

const env = shared();

test('the overview shows every qualitative finding with its page', async () => {
  const { findings } = await read('indicators.json');
  const { page, errors } = await openPage(env.browser, env.server, '/');
  try {
    const cards = page.getByTestId('finding-card');
    assert.equal(await cards.count(), findings.length);
    const l3 = findings.find((f) => f.statement.zh.includes('L3'));
    const card = page.locator(`[data-finding="${l3.id}"]`);
    assert.match(await card.textContent(), /L3/);
    assert.equal(await card.locator('.cite').getAttribute('data-page'), String(l3.cite.page));
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('an operator profile lists platforms apart from models, each with its page', async () => {
  const { operators } = await read('operators.json');
  const mobile = operators.find((op) => op.id === 'china-mobile');
  const { page, errors } = await openPage(env.browser, env.server, '/operators/china-mobile?lang=en');
  try {
    const models = page.locator('[data-testid="models-list"] > li');
    const platforms = page.locator('[data-testid="platforms-list"] > li');
    assert.equal(await models.count(), mobile.models.length);
    assert.equal(await platforms.count(), mobile.platforms.length);
    const pages = await platforms.locator('.cite').evaluateAll((els) => els.map((el) => el.dataset.page));
    assert.deepEqual(pages, mobile.platforms.map((p) => String(p.cite.page)));
    assert.doesNotMatch(await page.getByTestId('models-list').textContent(), /算网大脑|Computing-network brain/);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('a citation shows every footnote its sentence carries', async () => {
  const { challenges } = await read('challenges.json');
  const loop = challenges.find((c) => c.id === 'model-business-loop');
  assert.ok(loop.cite.footnotes.length >= 2);
  const { page, errors } = await openPage(env.browser, env.server, '/challenges');
  try {
    const item = page.locator('[data-challenge="model-business-loop"]');
    const shown = await item.locator(':scope > .cite [data-footnote]').evaluateAll((els) => els.map((el) => el.dataset.footnote));
    assert.deepEqual(shown, loop.cite.footnotes.map((n) => String(n.number)));
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('cases that repeat figures link to each other, and a qualifier stands where the report puts it', async () => {
  const { page, errors } = await openPage(env.browser, env.server, '/cases/china-mobile-high-quality-data-supply');
  try {
    const note = page.getByTestId('repeat-note');
    assert.equal(await note.count(), 1);
    assert.match(await note.locator('a').getAttribute('href'), /\/cases\/china-mobile-data-network-datasets/);
    await note.locator('a').click();
    await page.getByTestId('case-detail').and(page.locator('[data-case-id="china-mobile-data-network-datasets"]')).waitFor();
    assert.match(await page.getByTestId('repeat-note').locator('a').getAttribute('href'), /china-mobile-high-quality-data-supply/);
    await open(page, env.server, '/cases/china-telecom-xingchen-industry-models');
    const values = await page.getByTestId('outcome').locator('td.num').allTextContents();
    assert.ok(values.includes('600多家'), JSON.stringify(values));
    assert.ok(!values.some((v) => v.includes('家多')), JSON.stringify(values));
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});
