// Cite, copy and print, in real Chromium on the release build over nginx. Copied citations
// are read back through the clipboard; printed PDFs (Chromium's own page.pdf) are read back
// with poppler's pdftotext/pdfinfo, and the first page of one is rendered with pdftoppm.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { execFileSync } from 'node:child_process';
import { readFile, mkdir, copyFile } from 'node:fs/promises';
import path from 'node:path';
import { launch, serve, open, watchErrors, printPdf, SCREENSHOTS } from './browser.mjs';
import { freePort } from '../../scripts/nginx.mjs';

const it = {};
const cases = JSON.parse(await readFile(new URL('../../data/cases.json', import.meta.url), 'utf8')).cases;

before(async () => {
  it.browser = await launch();
  it.server = await serve();
  // A page of another origin to read the clipboard on: the app's Permissions-Policy turns
  // clipboard-read off, as it should.
  const port = await freePort();
  it.reader = http.createServer((_, response) => response.end('<!doctype html><title>reader</title>'));
  await new Promise((resolve) => it.reader.listen(port, '127.0.0.1', resolve));
  it.readerUrl = `http://127.0.0.1:${port}/`;
  await it.browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: it.server.url });
  await it.browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: it.readerUrl.slice(0, -1) });
});

after(async () => {
  it.reader?.close();
  await it.server?.close();
  await it.browser?.close();
});

async function clipboard() {
  const reader = await it.browser.newPage();
  try {
    await reader.goto(it.readerUrl);
    return await reader.evaluate(() => navigator.clipboard.readText());
  } finally {
    await reader.close();
  }
}

/// Clicks `button` and returns what it copied, once the confirmation shows.
async function copied(page, button) {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await button.click();
  await page.getByTestId('copy-status').locator('p').waitFor();
  return clipboard();
}

const today = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

test('Cite copies a full citation — edition, report number, page, footnote, permalink, access date — in GB/T 7714 and APA', async () => {
  const page = await it.browser.newPage();
  const errors = watchErrors(page);
  try {
    const kase = cases.find((c) => c.cite.footnotes?.length);
    await open(page, it.server, `/cases/${kase.id}`);
    const gbt = await copied(page, page.getByTestId('cite-copy').first());
    assert.match(gbt, /电信业发展蓝皮书——智能化发展\(2024年\)/);
    assert.match(gbt, /No\.202408\[R\]/);
    assert.ok(gbt.includes(`2024: ${kase.cite.page}[${today()}]`), gbt);
    assert.ok(gbt.includes(`${it.server.url}/cases/${kase.id}`), gbt);
    assert.ok(gbt.includes(`脚注${kase.cite.footnotes[0].number}`), gbt);
    assert.match(await page.getByTestId('copy-status').textContent(), /引文已复制/);

    await page.getByTestId('cite-style').selectOption('apa');
    const apa = await copied(page, page.getByTestId('cite-copy').first());
    assert.match(apa, /\(2024\)\. 电信业发展蓝皮书/);
    assert.ok(apa.includes(`p. ${kase.cite.page}`), apa);
    assert.match(apa, /Report No\.202408/);
    assert.ok(apa.includes(`${it.server.url}/cases/${kase.id}`), apa);

    const titleLink = await copied(page, page.getByTestId('title-copy').first());
    assert.equal(titleLink, `${kase.title.zh}\n${it.server.url}/cases/${kase.id}`);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('an operator and a filtered explorer view cite with their own permalinks, in both styles', async () => {
  const page = await it.browser.newPage();
  try {
    await open(page, it.server, '/operators/ntt?lang=en');
    const apa = await copied(page, page.getByTestId('cite-copy').first());
    assert.ok(apa.includes(`${it.server.url}/operators/ntt?lang=en`), apa);
    assert.match(apa, /Retrieved .* from/);
    await page.getByTestId('cite-style').selectOption('gbt7714');
    const gbt = await copied(page, page.getByTestId('cite-copy').first());
    assert.match(gbt, /\[R\]/);
    assert.ok(gbt.includes(`/operators/ntt?lang=en`), gbt);

    await open(page, it.server, '/cases?domain=network&op=china-mobile');
    const view = await copied(page, page.getByTestId('view-cite'));
    assert.ok(view.includes(`${it.server.url}/cases?domain=network&op=china-mobile`), view);
    assert.match(view, /No\.202408\[R\]/);
    assert.ok(view.includes(`[${today()}]`), view);
    await page.getByTestId('cite-style').selectOption('apa');
    const viewApa = await copied(page, page.getByTestId('view-cite'));
    assert.ok(viewApa.includes('/cases?domain=network&op=china-mobile'), viewApa);
    assert.match(viewApa, /\(2024\)/);
  } finally {
    await page.close();
  }
});

test('a downloaded chart PNG carries the citation in a footer strip under the chart', async () => {
  const page = await it.browser.newPage();
  try {
    await open(page, it.server, '/strategy');
    const figure = page.locator('figure.chart').first();
    const canvas = await figure.locator('.chart-canvas').boundingBox();
    const [download] = await Promise.all([page.waitForEvent('download'), figure.getByTestId('png-download').click()]);
    const png = await readFile(await download.path());
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    assert.equal(width, Math.round(canvas.width) * 2, 'pixel ratio 2');
    assert.ok(height >= Math.round(canvas.height) * 2 + 28, `a footer strip under the chart: ${height}px`);
  } finally {
    await page.close();
  }
});

async function printed(page, route, format) {
  await open(page, it.server, route);
  return printPdf(page, format);
}

test('every printed page has the report header and a footer with the permalink and page numbers; no navigation or buttons', async () => {
  const page = await it.browser.newPage();
  try {
    for (const format of ['A4', 'Letter']) {
      const { file, pages, text } = await printed(page, '/strategy', format);
      assert.ok(pages >= 2 && pages <= 12, `${format}: ${pages} pages`);
      text.forEach((pageText, index) => {
        assert.match(pageText, /电信业发展蓝皮书/, `${format} page ${index + 1}: header`);
        assert.ok(pageText.includes(`${it.server.url}/strategy`), `${format} page ${index + 1}: permalink`);
        assert.match(pageText, new RegExp(`\\b${index + 1}\\s*/\\s*${pages}\\b`), `${format} page ${index + 1}: page number`);
        assert.ok(!pageText.includes('复制标题和链接') && !pageText.includes('嵌入'), 'no buttons');
      });
      if (format === 'A4' && process.env.SCREENSHOTS) {
        await mkdir(SCREENSHOTS, { recursive: true });
        execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, path.join(path.dirname(file), 'first')]);
        await copyFile(path.join(path.dirname(file), 'first.png'), path.join(SCREENSHOTS, 'print-strategy-a4.png'));
      }
    }
  } finally {
    await page.close();
  }
});

test('printed charts are drawn at the page width with their tables, and no chart is cut across pages', async () => {
  const page = await it.browser.newPage();
  try {
    await open(page, it.server, '/strategy');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const width = await page.evaluate(() => document.querySelector('.chart-canvas canvas').width / devicePixelRatio);
    assert.equal(Math.round(width), 680, 'drawn at the printed width');
    assert.equal(await page.getByTestId('chart-table').count(), await page.locator('figure.chart').count(), 'every table expanded');
    // Each chart's caption and the first row of its table (the canvas is between them) land
    // on the same printed page: the chart is not cut.
    const marks = await page.evaluate(() =>
      [...document.querySelectorAll('figure.chart')].map((figure) => ({
        caption: figure.querySelector('.chart-label').textContent.trim(),
        first: figure.querySelector('[data-testid="chart-table"] tbody tr')?.querySelector('td, th')?.textContent.trim(),
      })),
    );
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    const { text } = await printed(page, '/strategy', 'A4');
    for (const { caption, first } of marks) {
      const at = text.findIndex((t) => t.replace(/\s+/g, '').includes(caption.replace(/\s+/g, '')));
      assert.ok(at >= 0, `caption printed: ${caption}`);
      if (first) assert.ok(text[at].replace(/\s+/g, '').includes(first.replace(/\s+/g, '')), `${caption}: the chart is whole on its page`);
    }
    // A case prints on one or two pages, with its citation footer.
    const kase = await printed(page, `/cases/${cases[0].id}`, 'A4');
    assert.ok(kase.pages >= 1 && kase.pages <= 3, `${kase.pages} pages`);
    assert.ok(kase.text[0].includes(`/cases/${cases[0].id}`));
  } finally {
    await page.close();
  }
});
