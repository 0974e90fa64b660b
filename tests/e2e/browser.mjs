// Launches Debian's Chromium headless through playwright-core, and copies dist/ for tests
// that need to break it.
import { chromium } from 'playwright-core';
import { cp, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// DIST may point elsewhere so that several builds can be tested side by side.
export const DIST = process.env.DIST ?? path.join(ROOT, 'dist');
export const SCREENSHOTS = path.join(ROOT, 'docs/screenshots');

export async function launch() {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
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
  return context;
}

/// A private copy of dist/ that a test may change.
export async function distCopy() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dist-'));
  await cp(DIST, dir, { recursive: true });
  return dir;
}

/// Fails the test on any uncaught page error or console error.
export function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  return errors;
}
