// The one helper module of the browser tests: launches Debian's Chromium headless through
// playwright-core, serves a release build through nginx with the reference configuration
// (deploy/nginx.conf, scripts/nginx.mjs), opens a route and waits until it has settled,
// and collects console errors and Content-Security-Policy violations.
//
// No fixed sleeps: pages are settled when the data has loaded (or the error panel shows)
// and every chart has drawn (`data-finished="true"`, set by the chart component on ECharts'
// `finished` event).
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startNginx } from '../../scripts/nginx.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// DIST may point elsewhere so that several builds can be tested side by side.
export const DIST = path.resolve(process.env.DIST ?? path.join(ROOT, 'dist'));
export const SCREENSHOTS = path.join(ROOT, 'docs/screenshots');

/// Every route of the app, each in a state that shows its content: the suites that must hold
/// "on every route" (CSP, accessibility, narrow screens) walk this list.
export const ROUTES = [
  '/',
  '/strategy',
  '/operators',
  '/operators/china-mobile',
  '/compare?ops=ntt,skt,china-mobile',
  '/cases',
  '/cases/china-mobile-compute-layout',
  '/challenges',
  '/search?q=5G',
  '/brief',
];

export async function launch() {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // Every page records CSP violations from the start, before any script of the app runs.
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return context;
}

/// Serves a build folder (default: DIST) through nginx on loopback.
export function serve(root = DIST, options = {}) {
  return startNginx(root, options);
}

/// A private copy of the build that a test may change. It leaves out the precompressed
/// twins (.gz, .br), which nginx would otherwise serve in place of a changed or removed file.
export async function distCopy() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dist-'));
  await cp(DIST, dir, { recursive: true, filter: (file) => !/\.(gz|br)$/.test(file) });
  await chmod(dir, 0o755); // nginx's workers (not root) must read it
  return dir;
}

/// Collects uncaught page errors and console errors (CSP violations are console errors
/// too). The list is filled as the page runs; tests assert it is empty.
export function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' || /panicked|Content Security Policy/i.test(msg.text())) {
      errors.push(`console: ${msg.text()}`);
    }
  });
  return errors;
}

/// The CSP violations the page's `securitypolicyviolation` listener saw.
export const cspViolations = (page) => page.evaluate(() => window.__cspViolations ?? []);

/// What shows once the data has loaded: the header's record counts, or in a portal frame
/// (`embed=1`, no header) the source line.
const LOADED = '[data-testid="record-counts"], [data-testid="embed-source"]';

/// Waits until the app has settled: data loaded (or the error panel shown) and every chart
/// on the page drawn. Fails at once, naming them, if CSP violations stop the app.
export async function settle(page, { timeout = 30_000 } = {}) {
  await page.waitForFunction(
    (LOADED) =>
      document.querySelector(LOADED + ', [data-testid="error-panel"]') ||
      window.__cspViolations?.length,
    LOADED,
    { timeout },
  );
  const violations = await cspViolations(page);
  if (violations.length && !(await page.locator(LOADED).count())) {
    throw new Error(`the app did not start; CSP violations:\n${violations.join('\n')}`);
  }
  await chartsDrawn(page, { timeout });
}

/// Waits until every chart on the page has finished drawing (animations included).
export async function chartsDrawn(page, { timeout = 30_000 } = {}) {
  await page.waitForFunction(
    () => [...document.querySelectorAll('.chart-canvas')].every((el) => el.dataset.finished === 'true'),
    null,
    { timeout, polling: 50 },
  );
}

/// Opens `route` of `server` in `page` and waits until it has settled.
export async function open(page, server, route, options) {
  await page.goto(server.url + route);
  await settle(page, options);
}

/// Holds the page's wasm back (its request waits): what shows meanwhile is what the page
/// shows before any Rust runs. Returns the function that lets it go.
export async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/_bg\.wasm$/, async (route) => {
    await held;
    await route.continue().catch(() => {});
  });
  return release;
}

/// Opens a new page with error collection, at `route`, settled.
export async function openPage(browser, server, route, options) {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await open(page, server, route, options);
  return { page, errors };
}

/// Saves a screenshot under docs/screenshots/ — only under `make screenshots`
/// (SCREENSHOTS=1), so that `make test` never writes into the tracked docs.
export async function screenshot(page, file, options = {}) {
  if (!process.env.SCREENSHOTS) return;
  await chartsDrawn(page);
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, file), ...options });
}

/// For a test file whose tests share one browser and one nginx serving DIST: registers the
/// hooks that start and stop them, and returns the object that holds them once started.
export function shared() {
  const it = { browser: null, server: null };
  before(async () => {
    it.browser = await launch();
    it.server = await serve();
  });
  after(async () => {
    await it.server?.close();
    await it.browser?.close();
  });
  return it;
}

/// Prints the open page to PDF as "Save as PDF" would — `beforeprint` (which Chromium's
/// page.pdf does not fire), print media, `afterprint` — and reads it back with poppler:
/// the file, its page count and its text per page.
export async function printPdf(page, format = 'A4') {
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'print-'));
  const file = path.join(dir, 'out.pdf');
  await writeFile(file, await page.pdf({ format }));
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))[1]);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f');
  return { file, pages, text: text.slice(0, pages) };
}
