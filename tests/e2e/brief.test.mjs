// The brief (/brief): the whole brief lives in its URL (`?b=`), built here by the app's own
// encoder (`cargo run --bin briefcode`); it shows each item with its quote and page, keeps
// notes and order through a reload and in a fresh page, names what a bad link drops, reorders
// and removes by the keyboard with the URL following, and shows one item per slide.
//
// The first test pins through the views' own Pin buttons; the others build the URL directly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT, open, printPdf, shared, watchErrors } from './browser.mjs';

const env = shared();

const data = (file) => JSON.parse(readFileSync(path.join(ROOT, 'data', file), 'utf8'));
const operators = data('operators.json').operators;
const cases = data('cases.json').cases;
const challenges = data('challenges.json').challenges;
const indicators = data('indicators.json').indicators;
const examples = data('measures.json').measures.flatMap((m) => m.examples);

/// The URL value of a brief of `specs` (`kind:id[=note]`), from the app's own encoder.
function briefcode(...specs) {
  const out = execFileSync('cargo', ['run', '-q', '--bin', 'briefcode', '--', ...specs], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return out.trim();
}

/// The `b` value as it stands in the page's URL (not decoded).
const rawB = (page) => {
  const query = new URL(page.url()).search.replace(/^\?/, '');
  const pair = query.split('&').find((p) => p.startsWith('b='));
  return pair?.slice(2) ?? null;
};

const itemKeys = (page) =>
  page.locator('[data-testid="brief-item"]').evaluateAll((els) => els.map((el) => el.dataset.key));
const notes = (page) =>
  page.locator('[data-testid="brief-note"]').evaluateAll((els) => els.map((el) => el.value));
const waitForB = (page, b) =>
  page.waitForFunction((b) => location.search.replace(/^\?/, '').split('&').includes(`b=${b}`), b, { timeout: 10_000 });

const five = {
  specs: [
    `case:${cases[0].id}`,
    'operator:ntt',
    `challenge:${challenges[0].id}`,
    `indicator:${indicators[0].id}`,
    `example:${examples[0].id}`,
  ],
  keys: [
    `case-${cases[0].id}`,
    'operator-ntt',
    `challenge-${challenges[0].id}`,
    `indicator-${indicators[0].id}`,
    `example-${examples[0].id}`,
  ],
};

test('pin 5 items across three views: the brief holds them in order, survives a reload, and prints as an A4 document', async () => {
  const page = await env.browser.newPage();
  const errors = watchErrors(page);
  try {
    await open(page, env.server, '/');
    await page.evaluate(() => localStorage.clear());
    await open(page, env.server, '/');
    const indicator = page.locator('[data-testid="indicator-card"]').first();
    const indicatorId = await indicator.getAttribute('data-indicator');
    await indicator.getByTestId('pin').click();
    const finding = page.locator('[data-testid="finding-card"]').first();
    const findingId = await finding.getAttribute('data-finding');
    await finding.getByTestId('pin').click();
    await open(page, env.server, `/cases/${cases[0].id}`);
    const pin = page.getByTestId('pin').first();
    await pin.click();
    assert.equal(await pin.getAttribute('aria-pressed'), 'true');
    await open(page, env.server, '/operators/ntt');
    await page.getByTestId('pin').first().click();
    await open(page, env.server, '/challenges');
    await page.locator(`[data-challenge="${challenges[0].id}"] [data-testid="pin"]`).first().click();

    await open(page, env.server, '/brief');
    const pinned = [
      `indicator-${indicatorId}`,
      `finding-${findingId}`,
      `case-${cases[0].id}`,
      'operator-ntt',
      `challenge-${challenges[0].id}`,
    ];
    assert.deepEqual(await itemKeys(page), pinned);
    const shared = rawB(page);
    assert.ok(shared, 'the brief is in the URL');
    await page.reload();
    await page.getByTestId('brief-item').first().waitFor();
    assert.deepEqual(await itemKeys(page), pinned, 'intact after a reload');

    // A4 document: the five items, the numbered source list, the print footer.
    const { pages, text } = await printPdf(page, 'A4');
    assert.ok(pages >= 1 && pages <= 6, `${pages} pages`);
    const all = text.join('\n');
    assert.match(all, /No\.202408/);
    assert.ok(text.every((t) => t.includes(`${env.server.url}/brief`)), 'the permalink on every page');
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('a 5-item brief shows quotes and pages; notes and order survive a reload and a fresh page', async () => {
  const page = await env.browser.newPage();
  const errors = watchErrors(page);
  try {
    const note = '要点：成本 & AI 100%';
    const b = briefcode(`${five.specs[0]}=${note}`, ...five.specs.slice(1));
    await open(page, env.server, `/brief?b=${b}`);
    assert.deepEqual(await itemKeys(page), five.keys);
    for (const item of await page.locator('[data-testid="brief-item"]').all()) {
      assert.ok((await item.getByTestId('brief-quote').count()) >= 1, 'a quote');
      const quote = await item.getByTestId('brief-quote').first().textContent();
      assert.match(quote, /[\u4e00-\u9fff]/, 'the quote is the Chinese original');
      assert.match(await item.locator('.cite-page').first().textContent(), /页 \d+/);
    }
    assert.equal((await notes(page))[0], note);
    assert.equal(await page.getByTestId('brief-source').count(), 5);
    assert.match(await page.getByTestId('brief-source').first().textContent(), /No\.202408/);

    // A note on the third item, then the first item moved down: both in the URL.
    await page.getByTestId('brief-note').nth(2).fill('第三项备注');
    await page.getByTestId('brief-note').nth(2).press('Tab');
    await page.getByTestId('brief-down').first().click();
    const order = [five.keys[1], five.keys[0], ...five.keys.slice(2)];
    const expected = briefcode(five.specs[1], `${five.specs[0]}=${note}`, `${five.specs[2]}=第三项备注`, ...five.specs.slice(3));
    await waitForB(page, expected);
    assert.deepEqual(await itemKeys(page), order);
    assert.equal(await page.getByTestId('brief-url').inputValue(), page.url());

    await page.reload();
    await page.getByTestId('brief-item').first().waitFor();
    assert.deepEqual(await itemKeys(page), order);
    assert.deepEqual((await notes(page)).slice(0, 3), ['', note, '第三项备注']);

    // The draft alone (no `b`): the same brief, written back into the URL.
    await open(page, env.server, '/brief');
    await waitForB(page, expected);
    assert.deepEqual(await itemKeys(page), order);

    // A fresh page with no draft: the link alone gives the same brief.
    const shared = page.url();
    await page.evaluate(() => localStorage.clear());
    const fresh = await env.browser.newPage();
    const freshErrors = watchErrors(fresh);
    try {
      await fresh.goto(env.server.url + '/');
      await fresh.evaluate(() => localStorage.clear());
      await fresh.goto(shared);
      await fresh.getByTestId('brief-item').first().waitFor();
      assert.deepEqual(await itemKeys(fresh), order);
      assert.deepEqual((await notes(fresh)).slice(0, 3), ['', note, '第三项备注']);
      assert.deepEqual(freshErrors, []);
    } finally {
      await fresh.close();
    }
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('a 30-item brief without notes has a URL under 2,000 characters', async () => {
  const specs = [
    ...operators.map((o) => `operator:${o.id}`),
    ...cases.map((c) => `case:${c.id}`),
  ].slice(0, 30);
  const b = briefcode(...specs);
  const url = `${env.server.url}/brief?b=${b}`;
  assert.ok(url.length < 2000, `${url.length} characters`);
  const page = await env.browser.newPage();
  const errors = watchErrors(page);
  try {
    await open(page, env.server, `/brief?b=${b}`);
    assert.equal(await page.getByTestId('brief-item').count(), 30);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('a link with unknown, duplicate and malformed items shows the valid ones and names the dropped', async () => {
  const valid = briefcode('operator:ntt', `case:${cases[1].id}`);
  const [first] = valid.split('.');
  const bad = ['czzzz', 'Onot-an-operator', first, '9x', 'so', 'c!'];
  const page = await env.browser.newPage();
  const errors = watchErrors(page);
  try {
    await open(page, env.server, `/brief?b=${valid}.${bad.join('.')}`);
    assert.deepEqual(await itemKeys(page), ['operator-ntt', `case-${cases[1].id}`]);
    const notice = page.getByTestId('brief-dropped');
    await notice.waitFor();
    const named = await notice.locator('li').evaluateAll((els) => els.map((el) => el.dataset.token));
    // `c!` is not a URL-safe value: the browser sends it percent-encoded or as it is.
    for (const token of ['czzzz', 'Onot-an-operator', first, '9x', 'so']) {
      assert.ok(named.includes(token), `${token} named in ${JSON.stringify(named)}`);
    }
    const text = await notice.textContent();
    assert.match(text, /报告中没有此条目/);
    assert.match(text, /重复/);
    assert.match(text, /格式不正确/);

    // Nothing valid at all: the notice and the empty brief's help, never a blank page.
    await open(page, env.server, '/brief?b=czzzz.9x&lang=en');
    await page.getByTestId('brief-dropped').waitFor();
    await page.getByTestId('brief-empty').waitFor();
    assert.match(await page.getByTestId('brief-empty').textContent(), /Pin to brief/);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('slides: one item per slide, arrows and Page Up/Down move, Escape returns to the document', async () => {
  const b = briefcode(...five.specs);
  const page = await env.browser.newPage();
  const errors = watchErrors(page);
  try {
    await open(page, env.server, `/brief?b=${b}&mode=slides`);
    const slide = page.getByTestId('slide');
    const at = async () => ({
      number: await page.getByTestId('slide-number').textContent(),
      key: await slide.getAttribute('data-key'),
      count: await slide.count(),
    });
    const expect = async (index) => {
      await page.waitForFunction(
        (n) => document.querySelector('[data-testid="slide-number"]')?.textContent === `${n} / 5`,
        index + 1,
      );
      assert.deepEqual(await at(), { number: `${index + 1} / 5`, key: five.keys[index], count: 1 });
      assert.match(await page.getByTestId('slide-announce').textContent(), new RegExp(`第 ${index + 1} 张，共 5 张`));
    };
    await expect(0);
    assert.equal(await page.getByTestId('brief-item').count(), 0, 'no document behind the slides');
    const box = await page.locator('.slide-stage').boundingBox();
    assert.ok(Math.abs(box.width / box.height - 16 / 9) < 0.02, `16:9, got ${box.width}x${box.height}`);
    for (const [key, index] of [
      ['ArrowRight', 1], ['PageDown', 2], ['ArrowDown', 3], ['ArrowLeft', 2], ['PageUp', 1], ['ArrowUp', 0],
      ['ArrowLeft', 0], ['PageDown', 1], ['PageDown', 2], ['PageDown', 3], ['PageDown', 4], ['ArrowRight', 4],
    ]) {
      await page.keyboard.press(key);
      await expect(index);
    }
    await page.keyboard.press('Escape');
    await page.getByTestId('brief-item').first().waitFor();
    assert.ok(!page.url().includes('mode=slides'), page.url());
    assert.equal(rawB(page), b);
    assert.deepEqual(await itemKeys(page), five.keys);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('reorder by the keyboard and remove: the list and the URL follow, focus stays on the item', async () => {
  const b = briefcode(...five.specs);
  const page = await env.browser.newPage();
  const errors = watchErrors(page);
  try {
    await open(page, env.server, `/brief?b=${b}&lang=en`);
    const down = page.getByTestId('brief-down').first();
    assert.match(await down.getAttribute('aria-label'), /^Move down: /);
    await down.focus();
    await page.keyboard.press('Enter');
    await waitForB(page, briefcode(five.specs[1], five.specs[0], ...five.specs.slice(2)));
    assert.deepEqual(await itemKeys(page), [five.keys[1], five.keys[0], ...five.keys.slice(2)]);
    // Focus follows the moved item, so Enter again moves it further.
    await page.waitForFunction((id) => document.activeElement?.id === id, `brief-down-${five.keys[0]}`);
    await page.keyboard.press('Enter');
    await waitForB(page, briefcode(five.specs[1], five.specs[2], five.specs[0], ...five.specs.slice(3)));

    // Space on Move up, then remove the (now) first item.
    const up = page.locator(`#brief-up-${five.keys[0]}`);
    await up.focus();
    await page.keyboard.press(' ');
    await waitForB(page, briefcode(five.specs[1], five.specs[0], five.specs[2], ...five.specs.slice(3)));
    await page.getByTestId('brief-remove').first().focus();
    await page.keyboard.press('Enter');
    await waitForB(page, briefcode(five.specs[0], five.specs[2], ...five.specs.slice(3)));
    assert.deepEqual(await itemKeys(page), [five.keys[0], five.keys[2], ...five.keys.slice(3)]);
    assert.equal(await page.getByTestId('brief-source').count(), 4);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('axe finds no violation on the brief: document in both languages, slides, empty; light and dark', async () => {
  const AXE = await readFile(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  const b = briefcode(`${five.specs[0]}=note`, ...five.specs.slice(1), 'ops:ntt,skt');
  const page = await env.browser.newPage();
  const errors = watchErrors(page);
  try {
    const found = [];
    for (const theme of ['light', 'dark']) {
      for (const route of [`/brief?b=${b}&doc=both`, `/brief?b=${b}&lang=en`, `/brief?b=${b}&mode=slides`, '/brief?b=']) {
        await open(page, env.server, `${route}&theme=${theme}`);
        await page.evaluate(AXE);
        found.push(
          ...(await page.evaluate(async () => {
            const result = await window.axe.run(document, { resultTypes: ['violations'] });
            return result.violations.map((v) => `${location.search} ${v.impact} ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
          })),
        );
      }
    }
    assert.deepEqual(found, []);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});
