#!/usr/bin/env node
// trunk post_build hook (see Trunk.toml). Runs on trunk's staging dir before it becomes the
// dist dir, for `trunk build` and `trunk serve` alike.
//
// 1. Moves trunk's inline loader — `<script type="module">import init … await init(…)`,
//    trunk issue #288 — into a same-origin file `loader-<hash>.js`, referenced with
//    `<script type="module" src integrity>`, so the page runs under `script-src 'self'`.
//    The loader starts the app only after the first paint (index.html's static first screen,
//    src/first_paint.rs): the wasm, its glue and the `defer` scripts (ECharts) are fetched
//    then, so nothing heavy competes with the first screen (issue #10, Lighthouse's LCP).
//    trunk's preload links for them go; the `defer` scripts still run before the app starts.
//    A first screen with a chart (/strategy) fetches the `defer` scripts at once and the wasm
//    only after they have drawn that chart (assets/first-chart.js).
// 2. Release builds (not `make serve`, which sets BLUEBOOK_DEV_SERVE=1): joins the style sheets,
//    in their order, into one `styles-<hash>.css` (one render-blocking request instead of nine
//    before the first paint), fails if anything inline is left in index.html (a `<script>`
//    without `src`, a `<style>`, a `style="…"` attribute, an `on…=` handler, or trunk's
//    auto-reload script), then writes `.gz` and `.br` twins of every compressible file for
//    nginx's gzip_static / brotli_static.
import { createHash } from 'node:crypto';
import { readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('trunk-post-build: TRUNK_STAGING_DIR is not set (run through trunk)');
  process.exit(1);
}
const publicUrl = process.env.TRUNK_PUBLIC_URL ?? '/';
const indexFile = path.join(staging, 'index.html');

const hash = (bytes, algorithm, encoding) => createHash(algorithm).update(bytes).digest(encoding);

let html = await readFile(indexFile, 'utf8');

// `make serve` (trunk serve) builds into target/dev-dist with trunk's inline auto-reload
// script: never a deploy artifact, so neither checked nor compressed — and never in dist/.
const devServe = Boolean(process.env.BLUEBOOK_DEV_SERVE) || /\.well-known\/trunk\/ws|__TRUNK_ADDRESS__/.test(html);
const distDir = path.resolve(process.env.TRUNK_DIST_DIR ?? 'dist');
if (devServe && distDir === path.resolve('dist')) {
  fail('a trunk serve build (with its reload script) must not go to dist/, the deploy folder: use `make serve` (target/dev-dist)');
}
const deployable = process.env.TRUNK_PROFILE === 'release' && !devServe;

// The `defer` scripts (ECharts): the loader runs them, in order, after the first paint.
const deferred = [];
html = html.replace(/[ \t]*<script\b([^>]*\bdefer\b[^>]*)><\/script>\n?/g, (tag, attrs) => {
  const src = attrs.match(/\bsrc="([^"]+)"/)?.[1];
  if (!src) return tag;
  deferred.push({ src, integrity: attrs.match(/\bintegrity="([^"]+)"/)?.[1] ?? '' });
  return '';
});
// trunk's preloads of the glue and the wasm: fetched after the first paint instead.
html = html.replace(/<link rel="(?:modulepreload|preload)"[^>]*>/g, '');

// The loader: the one inline module script trunk writes.
const scripts = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
let moved = 0;
html = await replaceAsync(html, scripts, async (tag, attrs, body) => {
  if (/\bsrc\s*=/.test(attrs) || !/\btype\s*=\s*["']?module\b/.test(attrs)) return tag;
  const code = afterFirstPaint(body.trim(), deferred) + '\n';
  const name = `loader-${hash(code, 'sha256', 'hex').slice(0, 16)}.js`;
  await writeFile(path.join(staging, name), code);
  const integrity = `sha384-${hash(code, 'sha384', 'base64')}`;
  // A nonce, if trunk was told to create one, is dropped: the file needs none.
  const rest = attrs.replace(/\s*\bnonce\s*=\s*("[^"]*"|\S+)/, '').replace(/\s*\btype\s*=\s*["']?module["']?/, '');
  moved++;
  return `<script type="module" src="${publicUrl}${name}" integrity="${integrity}"${rest}></script>`;
});
if (moved !== 1) fail(`expected trunk's one inline loader in index.html, found ${moved}`);
await writeFile(indexFile, html);

if (deployable) {
  html = await joinStyleSheets(html);
  await writeFile(indexFile, html);
  const problems = inlineProblems(html);
  if (problems.length) fail(`inline code left in index.html: ${problems.join('; ')}`);
  await precompress(staging);
}

/// trunk's loader, made to wait for the first paint: then it starts the wasm download, runs
/// the `defer` scripts in order (a failed one is logged; the app starts all the same and
/// shows its chart errors), imports the glue, and starts the app once they have run.
function afterFirstPaint(code, deferredScripts) {
  const imports = /import init(?:, \* as (\w+))? from '([^']+)';/;
  const wasmPath = /module_or_path: ('[^']+')/;
  const found = code.match(imports);
  if (!found || !wasmPath.test(code)) fail(`trunk's loader changed shape; cannot defer it:\n${code}`);
  const [, bindings, glue] = found;
  const rest = code
    .replace(imports, '')
    .replace(wasmPath, 'module_or_path: wasmResponse');
  return `// Written by scripts/trunk-post-build.mjs from trunk's loader: starts after the first paint.
const deferred = ${JSON.stringify(deferredScripts)};
// The chart of the first screen on view, if it has one (src/first_paint.rs: /strategy's tier
// map), as index.html's CSS picks the screen. It is drawn before the app (assets/first-chart.js,
// one of the deferred scripts): its scripts are fetched at once, the wasm only once it is drawn.
const root = document.documentElement;
const firstChart = document.querySelector(
  \`#first-paint > [lang="\${root.lang}"] [data-view="\${root.dataset.view}"] [data-first-chart]\`);
if (firstChart) {
  firstChart.setAttribute('data-first-chart-draw', '');
  for (const { src, integrity } of deferred) {
    const preload = Object.assign(document.createElement('link'), { rel: 'preload', as: 'script', href: src });
    if (integrity) preload.integrity = integrity;
    document.head.append(preload);
  }
}
await new Promise((resolve) => {
  // The first contentful paint once the browser reports it, i.e. once it is on screen.
  if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    new PerformanceObserver((list, observer) => {
      if (!list.getEntries().some((entry) => entry.name === 'first-contentful-paint')) return;
      observer.disconnect();
      resolve();
    }).observe({ type: 'paint', buffered: true });
  } else {
    requestAnimationFrame(() => setTimeout(resolve, 0));
  }
  setTimeout(resolve, 1000); // nothing painted (a hidden page, a frame off screen)
});
const scriptsRun = deferred.reduce((previous, { src, integrity }) => previous.then(() => new Promise((resolve) => {
  const script = document.createElement('script');
  script.src = src;
  if (integrity) script.integrity = integrity;
  script.onload = resolve;
  script.onerror = () => { console.error(\`could not load \${src}\`); resolve(); };
  document.head.append(script);
})), Promise.resolve());
if (firstChart) await scriptsRun;
const wasmResponse = fetch(${code.match(wasmPath)[1]});
const glue = await import('${glue}');
const init = glue.default;
${bindings ? `const ${bindings} = glue;\n` : ''}await scriptsRun;
${rest.trim()}`;
}

/// The `<link rel="stylesheet">` files of `text`, in order, as one file `styles-<hash>.css` in
/// place of the first link (the others go): the cascade is the same, in one request.
async function joinStyleSheets(text) {
  const link = /([ \t]*)<link rel="stylesheet" href="([^"]+)"[^>]*\/?>\n?/g;
  const files = [...text.matchAll(link)].map(([, , href]) => path.join(staging, href.slice(publicUrl.length)));
  if (files.length < 2) return text;
  const parts = [];
  for (const file of files) parts.push(`/* ${path.basename(file)} */\n${await readFile(file, 'utf8')}`);
  const css = parts.join('\n');
  const name = `styles-${hash(css, 'sha256', 'hex').slice(0, 16)}.css`;
  await writeFile(path.join(staging, name), css);
  await Promise.all(files.map((file) => rm(file)));
  const integrity = `sha384-${hash(css, 'sha384', 'base64')}`;
  let first = true;
  return text.replace(link, (_, indent) => {
    if (!first) return '';
    first = false;
    return `${indent}<link rel="stylesheet" href="${publicUrl}${name}" integrity="${integrity}"/>\n`;
  });
}

/// Everything a strict CSP (no 'unsafe-inline') would block, and trunk's reload script.
function inlineProblems(text) {
  const problems = [];
  for (const [tag] of text.matchAll(/<script\b[^>]*>/g)) {
    // A JSON data block (the first chart's option) is never run: no CSP governs it.
    if (!/\bsrc=/.test(tag) && !/\btype="application\/json"/.test(tag)) problems.push(`inline script ${tag}`);
  }
  if (/<style\b/i.test(text)) problems.push('a <style> element');
  if (/\sstyle\s*=/i.test(text)) problems.push('a style="…" attribute');
  if (/\son[a-z]+\s*=/i.test(text)) problems.push('an on…= handler');
  if (/__trunk_address__|TRUNK_WS|autoreload/i.test(text)) problems.push("trunk's auto-reload script");
  return problems;
}

async function precompress(dir) {
  const gzip = promisify(zlib.gzip);
  const brotli = promisify(zlib.brotliCompress);
  const compressible = /\.(html|js|mjs|css|wasm|json|svg|txt|map)$/;
  let count = 0;
  for (const file of await walk(dir)) {
    if (!compressible.test(file)) continue;
    const bytes = await readFile(file);
    if (bytes.length < 256) continue;
    const [gz, br] = await Promise.all([
      gzip(bytes, { level: 9 }),
      brotli(bytes, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
          [zlib.constants.BROTLI_PARAM_MODE]: /\.wasm$/.test(file)
            ? zlib.constants.BROTLI_MODE_GENERIC
            : zlib.constants.BROTLI_MODE_TEXT,
        },
      }),
    ]);
    await writeFile(`${file}.gz`, gz);
    await writeFile(`${file}.br`, br);
    count++;
  }
  console.log(`trunk-post-build: ${count} files precompressed (.gz, .br)`);
}

async function walk(dir) {
  const out = [];
  for (const entry of await readdir(dir)) {
    const full = path.join(dir, entry);
    if ((await stat(full)).isDirectory()) out.push(...(await walk(full)));
    else out.push(full);
  }
  return out;
}

async function replaceAsync(text, pattern, replacer) {
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    parts.push(text.slice(last, match.index), await replacer(...match));
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return parts.join('');
}

function fail(message) {
  console.error(`trunk-post-build: ${message}`);
  process.exit(1);
}
