// The deploy artifact and the reference nginx configuration: nothing inline and no dev
// reload script in the build, the external loader works, the security headers, caching,
// precompressed files, and the SPA fallback for route paths only.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import zlib from 'node:zlib';
import { readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { launch, serve, distCopy, watchErrors, cspViolations, settle, DIST, ROOT } from './browser.mjs';
import { contentSecurityPolicy, parentOrigins, headersConf } from '../../scripts/nginx.mjs';

let browser;
let server;
let files;
before(async () => {
  browser = await launch();
  server = await serve();
  files = await readdir(DIST, { recursive: true });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/// A raw GET (no decompression), resolving to { status, headers, body }.
function get(url, headers = {}) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

const html = () => readFile(path.join(DIST, 'index.html'), 'utf8');
const loaderName = async () => (await html()).match(/<script type="module" src="\/(loader-[0-9a-f]{16}\.js)"/)?.[1];

test('the build has nothing inline, and its loader is a same-origin file', async () => {
  const text = await html();
  // Every script is a file, or a JSON data block (the first chart's option), which no browser
  // runs and no CSP governs.
  for (const [tag] of text.matchAll(/<script\b[^>]*>/g)) {
    assert.match(tag, /\ssrc="|^<script type="application\/json" id="first-chart-[a-z-]+-(zh-CN|en)">$/, `inline script: ${tag}`);
  }
  assert.doesNotMatch(text, /<style\b/i);
  assert.doesNotMatch(text, /\sstyle\s*=/i);
  assert.doesNotMatch(text, /\son[a-z]+\s*=/i);
  // The style sheets joined into one file: one render-blocking request before the first paint.
  const sheets = [...text.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => match[1]);
  assert.equal(sheets.length, 1, `one style sheet: ${sheets}`);
  assert.match(sheets[0], /^\/styles-[0-9a-f]{16}\.css$/);
  const loader = await loaderName();
  assert.ok(loader, 'index.html loads loader-<hash>.js as a module');
  const code = await readFile(path.join(DIST, loader), 'utf8');
  assert.match(code, /import\('\/bluebook-[0-9a-f]{10,16}\.js'\)/);
  assert.match(code, /bluebook-[0-9a-f]{10,16}_bg\.wasm/);
  // Its integrity attribute matches the file.
  const { createHash } = await import('node:crypto');
  const sri = `sha384-${createHash('sha384').update(code).digest('base64')}`;
  assert.ok(text.includes(`integrity="${sri}"`), 'the loader carries its SRI hash');
});

test('the deployable build holds no dev reload script', async () => {
  for (const file of files.filter((f) => /\.(html|js)$/.test(f))) {
    const text = await readFile(path.join(DIST, file), 'utf8');
    assert.doesNotMatch(text, /__TRUNK_ADDRESS__|__trunk|\/\.well-known\/trunk\/ws|new WebSocket/, file);
  }
});

test('the loader file really starts the app (and the app needs it)', async () => {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  try {
    await page.goto(server.url + '/operators/ntt?lang=en');
    await settle(page);
    await page.getByTestId('record-counts').waitFor();
    assert.deepEqual(errors, []);
    assert.deepEqual(await cspViolations(page), []);
  } finally {
    await page.close();
  }
  // Without the loader file nothing starts: it is what runs the app.
  const dir = await distCopy();
  await rm(path.join(dir, await loaderName()));
  const broken = await serve(dir);
  const page2 = await browser.newPage();
  try {
    await page2.goto(broken.url + '/');
    await page2.waitForLoadState('load');
    assert.equal(await page2.getByTestId('record-counts').count(), 0);
  } finally {
    await page2.close();
    await broken.close();
  }
});

test('every answer carries the security headers, the CSP exactly as specified', async () => {
  const embed = JSON.parse(await readFile(path.join(ROOT, 'deploy/embed.json'), 'utf8'));
  const csp = contentSecurityPolicy(parentOrigins(embed));
  assert.equal(
    csp,
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; " +
      "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'; " +
      `frame-ancestors ${["'self'", ...embed.parent_origins].join(' ')}`,
  );
  const wasm = files.find((f) => /_bg\.wasm$/.test(f));
  for (const target of ['/', '/cases', '/data/cases.json', `/${wasm}`, '/no-such-file.js', '/data/missing.json']) {
    const { headers } = await get(server.url + target);
    assert.equal(headers['content-security-policy'], csp, target);
    assert.equal(headers['x-content-type-options'], 'nosniff', target);
    assert.equal(headers['referrer-policy'], 'strict-origin-when-cross-origin', target);
    const permissions = headers['permissions-policy'];
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
      assert.ok(permissions.includes(`${feature}=()`), `${target}: ${feature} off`);
    }
    // Full screen for the brief's slides, for the app's own origin only.
    assert.ok(permissions.includes('fullscreen=(self)'), `${target}: fullscreen for self only`);
    assert.ok(!permissions.includes('fullscreen=()'), `${target}: fullscreen not off`);
  }
});

test('frame-ancestors comes from deploy/embed.json, and a bad origin is refused', async () => {
  const embed = { parent_origins: ['https://portal.example.com', 'https://intranet.example.org:8443'] };
  const portal = await serve(DIST, { embed });
  try {
    const { headers } = await get(portal.url + '/');
    assert.match(
      headers['content-security-policy'],
      /; frame-ancestors 'self' https:\/\/portal\.example\.com https:\/\/intranet\.example\.org:8443$/,
    );
  } finally {
    await portal.close();
  }
  for (const bad of ['*', 'https://x.example/path', "'self'", 'http://x.example', 'https://a.example; script-src *']) {
    assert.throws(() => headersConf({ parent_origins: [bad] }), /embed\.json/, bad);
  }
});

test('hashed assets are immutable for a year; index.html and data are revalidated by ETag', async () => {
  const hashed = files.filter((f) => /-[0-9a-f]{10,16}(_bg)?\.(js|wasm|css|svg)$/.test(f));
  assert.ok(hashed.length >= 5, hashed.join());
  for (const file of hashed) {
    const { status, headers } = await get(`${server.url}/${file}`);
    assert.equal(status, 200, file);
    assert.equal(headers['cache-control'], 'public, max-age=31536000, immutable', file);
  }
  for (const target of ['/', '/index.html', '/strategy', '/data/cases.json', '/data/glossary.json']) {
    const first = await get(server.url + target);
    assert.equal(first.status, 200, target);
    assert.equal(first.headers['cache-control'], 'no-cache', target);
    assert.ok(first.headers.etag, `${target} has an ETag`);
    const again = await get(server.url + target, { 'if-none-match': first.headers.etag });
    assert.equal(again.status, 304, `${target} revalidates`);
  }
});

test('precompressed .br and .gz files are served as such, with the right type', async () => {
  const wasm = files.find((f) => /_bg\.wasm$/.test(f));
  for (const target of [`/${wasm}`, '/data/cases.json', '/index.html']) {
    const plain = await get(server.url + target);
    const br = await get(server.url + target, { 'accept-encoding': 'br, gzip' });
    assert.equal(br.headers['content-encoding'], 'br', target);
    assert.deepEqual(zlib.brotliDecompressSync(br.body), plain.body, target);
    const gz = await get(server.url + target, { 'accept-encoding': 'gzip' });
    assert.equal(gz.headers['content-encoding'], 'gzip', target);
    assert.deepEqual(zlib.gunzipSync(gz.body), plain.body, target);
    assert.equal(br.headers['content-type'], plain.headers['content-type'], target);
    assert.match(br.headers.vary ?? '', /Accept-Encoding/i, target);
  }
  assert.equal((await get(`${server.url}/${wasm}`)).headers['content-type'], 'application/wasm');
});

test('only route paths fall back to the app; a missing asset or data file is a real 404', async () => {
  // Every route the source declares is served the app.
  const sources = await readdir(path.join(ROOT, 'src'), { recursive: true });
  const routes = new Set();
  for (const file of sources.filter((f) => f.endsWith('.rs'))) {
    const text = await readFile(path.join(ROOT, 'src', file), 'utf8');
    for (const [, route] of text.matchAll(/path!\("([^"]*)"\)/g)) routes.add(route.replace(/:[a-z_]+/g, 'some-id'));
  }
  assert.ok(routes.size >= 8, [...routes].join());
  const index = await html();
  for (const route of routes) {
    const { status, headers, body } = await get(server.url + route);
    assert.equal(status, 200, route);
    assert.match(headers['content-type'], /^text\/html/, route);
    assert.equal(body.toString(), index, route);
  }
  for (const missing of ['/data/nope.json', '/data/cases.json.bak', '/bluebook-0000000000000000.js', '/missing.wasm', '/assets/x.css', '/not-a-route', '/cases/a/b']) {
    const { status, body } = await get(server.url + missing);
    assert.equal(status, 404, missing);
    assert.ok(!body.toString().includes('<base'), `${missing} is not index.html`);
  }
});

test('the build hook moves the loader out, and refuses a dev-server build in dist/ or inline code in a release', async () => {
  const { execFileSync } = await import('node:child_process');
  const { mkdtemp, writeFile } = await import('node:fs/promises');
  const os = await import('node:os');
  const hook = path.join(ROOT, 'scripts/trunk-post-build.mjs');
  const loader = `<script type="module">import init from '/app-1.js'; await init({ module_or_path: '/app-1_bg.wasm' });</script>`;
  const run = async (body, env) => {
    const staging = await mkdtemp(path.join(os.tmpdir(), 'staging-'));
    await writeFile(path.join(staging, 'index.html'), `<!DOCTYPE html><html><head>${body}</head><body></body></html>`);
    const out = { TRUNK_STAGING_DIR: staging, TRUNK_PUBLIC_URL: '/', TRUNK_PROFILE: 'release', ...env };
    try {
      execFileSync('node', [hook], { cwd: ROOT, env: { ...process.env, BLUEBOOK_DEV_SERVE: '', ...out }, stdio: 'pipe' });
      return { ok: true, staging, files: await readdir(staging), html: await readFile(path.join(staging, 'index.html'), 'utf8') };
    } catch (err) {
      return { ok: false, message: String(err.stderr) };
    }
  };
  const good = await run(loader, { TRUNK_DIST_DIR: '/tmp/some-dist' });
  assert.ok(good.ok);
  assert.match(good.html, /<script type="module" src="\/loader-[0-9a-f]{16}\.js" integrity="sha384-/);
  assert.ok(good.files.some((f) => /^loader-[0-9a-f]{16}\.js$/.test(f)));
  const reload = '<script>const address = "{{__TRUNK_ADDRESS__}}"; new WebSocket(".well-known/trunk/ws")</script>';
  const dev = await run(loader + reload, { TRUNK_DIST_DIR: path.join(ROOT, 'dist') });
  assert.equal(dev.ok, false);
  assert.match(dev.message, /must not go to dist\//);
  assert.equal((await run(loader + reload, { TRUNK_DIST_DIR: path.join(ROOT, 'target/dev-dist') })).ok, true);
  for (const inline of ['<style>p{}</style>', '<p style="color:red">', '<script>alert(1)</script>', '<img onerror="x">']) {
    const bad = await run(loader + inline, { TRUNK_DIST_DIR: '/tmp/some-dist' });
    assert.equal(bad.ok, false, inline);
    assert.match(bad.message, /inline code left/, inline);
  }
});
