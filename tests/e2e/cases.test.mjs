// The case explorer and case detail in real headless Chromium against the release build.
// Expected results are computed here from data/cases.json, independently of the Rust code.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, rm } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { launch, serve, distCopy, watchErrors, settle, screenshot, ROOT } from './browser.mjs';

let browser;
let server;
let data;
let challenges;
before(async () => {
  browser = await launch();
  server = await serve();
  data = JSON.parse(await readFile(path.join(ROOT, 'data/cases.json'), 'utf8'));
  challenges = JSON.parse(await readFile(path.join(ROOT, 'data/challenges.json'), 'utf8'));
});
after(async () => {
  await server?.close();
  await browser?.close();
});

// ---------- a naive reference of the facets ----------
const orgOperator = (id) => data.organisations.find((o) => o.id === id)?.operator;
function values(c, facet) {
  switch (facet) {
    case 'domain': return [c.domain];
    case 'sub': return [c.subdomain];
    case 'org': return c.organisations;
    case 'op': return [...new Set(c.organisations.map(orgOperator).filter(Boolean))];
    case 'tech': return c.technologies;
    case 'market': return c.market ? [c.market] : [];
    case 'metric': return [...new Set(c.outcomes.map((m) => m.kind))];
    case 'quant': return [c.outcomes.length ? '1' : '0'];
    case 'challenge': return challenges.challenges.filter((x) => x.cases.includes(c.id)).map((x) => x.id);
    case 'rec': return challenges.recommendations.filter((x) => x.cases.includes(c.id)).map((x) => x.id);
    default: throw new Error(facet);
  }
}
function expected(filters) {
  return data.cases
    .filter((c) => Object.entries(filters).every(([f, wanted]) => values(c, f).some((v) => wanted.includes(v))))
    .map((c) => c.id);
}

async function open(page, url) {
  await page.goto(server.url + url);
  await settle(page);
  await page.getByTestId('result-count').waitFor();
}

async function shownIds(page) {
  return page.locator('[data-testid="results"] [data-testid="case"]').evaluateAll((els) => els.map((e) => e.dataset.caseId));
}

/// Every visible facet value with its count and state.
async function facetCounts(page) {
  return page.locator('fieldset.facet label[data-value]').evaluateAll((labels) =>
    labels.map((l) => ({
      facet: l.closest('fieldset').dataset.facet,
      value: l.dataset.value,
      count: Number(l.querySelector('[data-testid="facet-count"]').textContent),
      checked: l.querySelector('input').checked,
      disabled: l.querySelector('input').disabled,
    })),
  );
}

function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; }
    else if (ch === '\r') { /* CRLF */ }
    else if (ch === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; }
    else cell += ch;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

test('filtering by one domain shows only its cases and every facet count matches the list', async () => {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  try {
    await open(page, '/cases');
    assert.equal((await shownIds(page)).length, 20, 'first page of 42');
    await page.locator('fieldset[data-facet="domain"] label[data-value="network"] input').check();
    await page.waitForURL((u) => u.searchParams.get('domain') === 'network');
    const want = expected({ domain: ['network'] });
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="results"] [data-testid="case"]').length === n, want.length);
    const ids = await shownIds(page);
    assert.deepEqual(ids, want);
    const domains = await page.locator('[data-testid="results"] [data-testid="case"]').evaluateAll((els) => els.map((e) => e.dataset.domain));
    assert.ok(domains.every((d) => d === 'network'));
    assert.match(await page.getByTestId('result-count').textContent(), new RegExp(`${want.length} 个案例`));

    const shown = data.cases.filter((c) => ids.includes(c.id));
    for (const { facet, value, count, checked, disabled } of await facetCounts(page)) {
      if (facet === 'domain') {
        // The domain facet counts ignore its own selection, so other domains can be added.
        assert.equal(count, data.cases.filter((c) => c.domain === value).length, `domain ${value}`);
        assert.equal(checked, value === 'network');
      } else {
        const inList = shown.filter((c) => values(c, facet).includes(value)).length;
        assert.equal(count, inList, `${facet}=${value}`);
        assert.equal(disabled, count === 0 && !checked, `${facet}=${value} disabled iff zero`);
      }
    }
    // No network case names a market: those values stay visible but disabled.
    const market = (await facetCounts(page)).filter((f) => f.facet === 'market');
    assert.ok(market.length === 2 && market.every((m) => m.disabled && m.count === 0));
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('a filter keeps the cards that stay on the page (patched, not rebuilt) and draws the whole page', async () => {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  try {
    await open(page, '/cases');
    const first = await shownIds(page);
    // The domain of the last card: its cases on the first page stay, the others join them.
    const domain = data.cases.find((c) => c.id === first[first.length - 1]).domain;
    // An expando on each card element: a card built again would not carry it.
    await page.locator('[data-testid="results"] [data-testid="case"]').evaluateAll((els) => {
      for (const el of els) el.__built = el.dataset.caseId;
    });
    await page.locator(`fieldset[data-facet="domain"] label[data-value="${domain}"] input`).check();
    const want = expected({ domain: [domain] });
    // The first six new cards come before the paint, the rest right after it: all of them.
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="results"] [data-testid="case"]').length === n, want.length);
    assert.deepEqual(await shownIds(page), want);
    const cards = await page.locator('[data-testid="results"] [data-testid="case"]').evaluateAll((els) =>
      els.map((el) => ({ id: el.dataset.caseId, kept: el.__built === el.dataset.caseId, href: el.querySelector('h3 a').getAttribute('href') })));
    const stayed = want.filter((id) => first.includes(id));
    assert.ok(stayed.length > 0 && stayed.length < want.length, `some ${domain} cases were on the first page, not all`);
    for (const card of cards) {
      assert.equal(card.kept, stayed.includes(card.id), `${card.id}: kept iff it was on the page before`);
      // The link to the case keeps the query, in kept cards too.
      assert.match(card.href, new RegExp(`domain=${domain}`), card.id);
    }
    // A search marks the words in the kept cards in place.
    await page.getByTestId('search').fill('智能');
    await page.waitForURL((u) => u.searchParams.get('q') === '智能');
    const want2 = data.cases.filter((c) => c.domain === domain).map((c) => c.id);
    await page.waitForFunction(() => document.querySelector('[data-testid="results"] mark'));
    const marked = await page.locator('[data-testid="results"] [data-testid="case"]').evaluateAll((els) =>
      els.filter((el) => el.querySelector('mark')).map((el) => ({ id: el.dataset.caseId, kept: el.__built === el.dataset.caseId })));
    assert.ok(marked.some((card) => card.kept), 'a card kept from the first page now has marks');
    assert.ok(marked.every((card) => want2.includes(card.id)));
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('searching 谛听 finds the China Telecom customer-service agent, highlighted', async () => {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  try {
    await open(page, '/cases');
    await page.getByTestId('search').fill('谛听');
    await page.waitForURL((u) => u.searchParams.get('q') === '谛听');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="results"] [data-testid="case"]').length === 1);
    assert.deepEqual(await shownIds(page), ['diting-customer-service-agent']);
    const marks = await page.locator('[data-case-id="diting-customer-service-agent"] mark').allTextContents();
    assert.ok(marks.length >= 2 && marks.every((m) => m === '谛听'), JSON.stringify(marks));
    // English word-prefix search in the English UI finds it too.
    await open(page, '/cases?lang=en&q=diti');
    assert.deepEqual(await shownIds(page), ['diting-customer-service-agent']);
    assert.deepEqual(await page.locator('[data-case-id="diting-customer-service-agent"] h3 mark').allTextContents(), ['Diti']);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('a URL with three filters opened cold shows the same result', async () => {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  try {
    const filters = { domain: ['network', 'marketing'], op: ['china-mobile'], quant: ['1'] };
    await open(page, '/cases?domain=network,marketing&op=china-mobile&quant=1&view=table');
    const want = expected(filters);
    assert.ok(want.length > 0 && want.length < 20);
    assert.deepEqual(await shownIds(page), want);
    assert.equal(await page.locator('table.case-table').count(), 1, 'table view from the URL');
    const chips = await page.getByTestId('chip').evaluateAll((els) => els.map((e) => `${e.dataset.facet}=${e.dataset.value}`));
    assert.deepEqual(chips, ['domain=network', 'domain=marketing', 'op=china-mobile', 'quant=1']);
    for (const [facet, vals] of Object.entries(filters)) {
      for (const v of vals) {
        assert.ok(await page.locator(`fieldset[data-facet="${facet}"] label[data-value="${v}"] input`).isChecked());
      }
    }
    // A reload restores the same state.
    await page.reload();
    await page.getByTestId('result-count').waitFor();
    assert.deepEqual(await shownIds(page), want);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('challenge links filter with a removable chip; garbage parameters give a notice', async () => {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  try {
    const challenge = challenges.challenges.find((c) => c.id === 'model-deployment-complexity');
    await open(page, `/cases?challenge=${challenge.id}&page=abc&bogus=1&domain=nowhere`);
    assert.deepEqual([...(await shownIds(page))].sort(), [...challenge.cases].sort());
    const notices = await page.getByTestId('notices').textContent();
    assert.match(notices, /bogus/);
    assert.match(notices, /nowhere/);
    assert.match(notices, /abc/);
    const chip = page.locator('[data-testid="chip"][data-facet="challenge"]');
    assert.match(await chip.textContent(), new RegExp(challenge.title.zh));
    await chip.locator('button').click();
    await page.waitForURL((u) => !u.searchParams.has('challenge'));
    assert.equal((await shownIds(page)).length, 20);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('Back restores the previous filter', async () => {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  try {
    await open(page, '/cases?lang=en');
    await page.locator('fieldset[data-facet="domain"] label[data-value="network"] input').check();
    await page.waitForURL((u) => u.searchParams.get('domain') === 'network');
    await page.locator('fieldset[data-facet="op"] label[data-value="china-telecom"] input').check();
    await page.waitForURL((u) => u.searchParams.get('op') === 'china-telecom');
    assert.deepEqual(await shownIds(page), expected({ domain: ['network'], op: ['china-telecom'] }));
    await page.goBack();
    await page.waitForURL((u) => !u.searchParams.has('op') && u.searchParams.get('domain') === 'network');
    assert.equal(new URL(page.url()).searchParams.get('lang'), 'en', 'language kept');
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="results"] [data-testid="case"]').length === n,
      expected({ domain: ['network'] }).length,
    );
    assert.deepEqual(await shownIds(page), expected({ domain: ['network'] }));
    assert.equal(await page.locator('fieldset[data-facet="op"] label[data-value="china-telecom"] input').isChecked(), false);
    await page.goForward();
    await page.waitForURL((u) => u.searchParams.get('op') === 'china-telecom');
    assert.deepEqual(await shownIds(page), expected({ domain: ['network'], op: ['china-telecom'] }));
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('the CSV download holds exactly the rows shown, with a BOM', async () => {
  const page = await browser.newPage();
  try {
    await open(page, '/cases?domain=marketing,management&sort=outcome');
    const ids = await shownIds(page);
    assert.ok(ids.length > 1 && ids.length <= 20);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()]);
    assert.equal(download.suggestedFilename(), 'cases.csv');
    const bytes = await readFile(await download.path());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
    // The first line cites the report with this view's permalink (a `#` comment).
    const [comment, ...body] = bytes.toString('utf8').slice(1).split('\r\n');
    assert.match(comment, /^# .*No\.202408.*\/cases\?domain=marketing,management&sort=outcome/);
    const rows = parseCsv(body.join('\r\n'));
    assert.equal(rows[0][0], 'id');
    assert.deepEqual(rows.slice(1).map((r) => r[0]), ids, 'same rows, same order');
    const titleZh = rows[0].indexOf('title_zh');
    const diting = rows.find((r) => r[0] === 'diting-customer-service-agent');
    assert.equal(diting[titleZh], '中国电信“谛听”客服智能体');

    const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-json').click()]);
    const exported = JSON.parse(await readFile(await json.path(), 'utf8'));
    assert.deepEqual(exported.cases.map((c) => c.id), ids);
    assert.equal(exported.query, 'domain=marketing,management&sort=outcome');
    assert.match(exported.citation, /No\.202408/);
  } finally {
    await page.close();
  }
});

test('clicking a bar segment of the domain chart applies that filter', async () => {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  try {
    await open(page, '/cases');
    const canvas = page.locator('[data-chart="cases-by-domain"] .chart-canvas');
    await canvas.locator('canvas').first().waitFor();
    await canvas.scrollIntoViewIfNeeded();
    // The bottom series of the stack, in the marketing column: its middle in pixels.
    const point = await canvas.evaluate((el) => {
      const chart = window.echarts.getInstanceByDom(el);
      const option = chart.getOption();
      const series = option.series[0];
      const column = option.xAxis[0].data.indexOf('营销服务');
      const value = series.data[column];
      const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, [column, value / 2]);
      const box = el.getBoundingClientRect();
      return { x: box.left + x, y: box.top + y, name: series.name, value };
    });
    assert.ok(point.value > 0);
    await page.mouse.click(point.x, point.y);
    await page.waitForURL((u) => u.searchParams.get('domain') === 'marketing');
    const url = new URL(page.url());
    const op = url.searchParams.get('op');
    const org = url.searchParams.get('org');
    const want = op ? expected({ domain: ['marketing'], op: [op] }) : expected({ domain: ['marketing'], org: [org] });
    assert.equal(want.length, point.value, `${point.name}: segment value = filtered cases`);
    assert.deepEqual(await shownIds(page), want);
    // Table twin of the chart.
    await page.locator('[data-chart="cases-by-domain"] [data-testid="table-toggle"]').click();
    assert.ok(await page.locator('[data-chart="cases-by-domain"] [data-testid="chart-table"]').isVisible());
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('the case detail shows every figure with its wording and steps through the result', async () => {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  try {
    const query = 'domain=marketing&sort=outcome';
    await open(page, `/cases?${query}`);
    const ids = await shownIds(page);
    await page.locator(`[data-case-id="${ids[1]}"] h3 a`).click();
    await page.getByTestId('case-detail').waitFor();
    assert.equal(new URL(page.url()).pathname, `/cases/${ids[1]}`);
    assert.equal(new URL(page.url()).search, `?${query}`, 'the query rides along');
    const c = data.cases.find((x) => x.id === ids[1]);
    assert.deepEqual(await page.getByTestId('wording').allTextContents(), c.outcomes.map((m) => m.wording));
    assert.equal(await page.locator('[data-testid="case-source"] [data-section]').getAttribute('data-section'), c.cite.section);
    assert.match(await page.locator('.case-section:has([data-testid="case-source"]) .cite summary').textContent(), new RegExp(`页 ${c.cite.page}`));
    assert.match(await page.getByTestId('case-position').textContent(), new RegExp(`2 / ${ids.length}`));
    await page.getByTestId('next-case').click();
    await page.waitForURL((u) => u.pathname === `/cases/${ids[2]}`);
    assert.equal(new URL(page.url()).search, `?${query}`);
    await page.getByTestId('previous-case').click();
    await page.waitForURL((u) => u.pathname === `/cases/${ids[1]}`);
    await page.getByTestId('back-to-results').click();
    await page.waitForURL((u) => u.pathname === '/cases');
    assert.deepEqual(await shownIds(page), ids);

    // Related challenges come from challenges.json; diting has some.
    await open(page, '/cases?lang=en&q=diting');
    await page.locator('[data-case-id="diting-customer-service-agent"] h3 a').click();
    await page.getByTestId('case-detail').waitFor();
    const related = await page.locator('[data-testid="related-challenges"] li').evaluateAll((els) => els.map((e) => e.dataset.id));
    const want = challenges.challenges.filter((x) => x.cases.includes('diting-customer-service-agent')).map((x) => x.id);
    assert.deepEqual(related, want);
    assert.ok(want.length > 0);
    await screenshot(page, 'cases-detail-en.png', { fullPage: true });
    await page.goto(server.url + '/cases/diting-customer-service-agent');
    await page.getByTestId('case-detail').waitFor();
    await screenshot(page, 'cases-detail-zh.png', { fullPage: true });
    await page.goto(server.url + '/cases/no-such-case');
    await page.getByTestId('case-not-found').waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('screenshots of the explorer in zh and en', async () => {
  const page = await browser.newPage();
  try {
    await open(page, '/cases?tech=large-model&q=%E6%99%BA%E8%83%BD');
    await page.locator('[data-chart="cases-by-domain"] canvas').first().waitFor();
    await screenshot(page, 'cases-explorer-zh.png', { fullPage: true });
    await open(page, '/cases?lang=en&domain=network,marketing&view=table&q=model');
    await page.locator('[data-chart="cases-by-domain"] canvas').first().waitFor();
    await screenshot(page, 'cases-explorer-en.png', { fullPage: true });
  } finally {
    await page.close();
  }
});

test('10k synthetic cases: the explorer loads, filters and searches', async () => {
  const dir = await distCopy();
  const out = path.join(dir, 'data');
  await rm(path.join(out, 'cases.json'));
  const bin = path.join(ROOT, 'target/debug/synth');
  const args = ['synth', '--cases', '10000', '--out', out, '--from', path.join(ROOT, 'data')];
  try {
    execFileSync(bin, args, { stdio: 'pipe' });
  } catch {
    execFileSync('cargo', ['run', '-q', '--bin', 'synth', '--', ...args], { cwd: ROOT, stdio: 'pipe' });
  }
  const big = await serve(dir);
  const page = await browser.newPage();
  const errors = watchErrors(page);
  try {
    await page.goto(big.url + '/cases?domain=network');
    await page.getByTestId('result-count').waitFor({ timeout: 60_000 });
    const synth = JSON.parse(await readFile(path.join(out, 'cases.json'), 'utf8'));
    const network = synth.cases.filter((c) => c.domain === 'network').length;
    assert.match(await page.getByTestId('result-count').textContent(), new RegExp(`${network} 个案例（共 10000 个）`));
    assert.equal((await shownIds(page)).length, 20, 'paged');
    await page.getByTestId('search').fill('谛听');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="results"] [data-testid="case"]').length === 0);
    await page.locator('fieldset[data-facet="domain"] label[data-value="network"] input').uncheck();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="results"] [data-testid="case"]').length === 1);
    assert.deepEqual(await shownIds(page), ['diting-customer-service-agent']);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
    await big.close();
  }
});
