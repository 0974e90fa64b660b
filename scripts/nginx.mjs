#!/usr/bin/env node
// nginx for the release build, from the reference configuration deploy/nginx.conf.
//
//   node scripts/nginx.mjs headers [out]   writes bluebook-headers.conf (default:
//                                          deploy/bluebook-headers.conf) from deploy/embed.json
//   node scripts/nginx.mjs serve <dist> [port]   runs nginx in the foreground on 127.0.0.1
//
// The browser tests import `startNginx` from here. The allowed portal origins (CSP
// `frame-ancestors`) live in one place, deploy/embed.json `{"parent_origins": [...]}`. The
// build copies it into dist/ (the app reads /embed.json to know whom to tell its height),
// and nginx's header is generated from the embed.json of the folder it serves.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const NGINX_CONF = path.join(ROOT, 'deploy/nginx.conf');
export const EMBED_JSON = path.join(ROOT, 'deploy/embed.json');
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/// The origins allowed to frame the app, checked: each must be a bare https origin (http
/// only for localhost), so nothing else can slip into the header.
export function parentOrigins(embed) {
  const list = embed?.parent_origins;
  if (!Array.isArray(list)) throw new Error('embed.json: "parent_origins" must be a list');
  return list.map((origin) => {
    let url;
    try {
      url = new URL(origin);
    } catch {
      throw new Error(`embed.json: not an origin: ${JSON.stringify(origin)}`);
    }
    const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    if (url.origin !== origin || !(url.protocol === 'https:' || (local && url.protocol === 'http:'))) {
      throw new Error(`embed.json: not a bare https origin: ${JSON.stringify(origin)}`);
    }
    return origin;
  });
}

/// The Content-Security-Policy of the app. `frame-ancestors` lists the portals allowed to
/// embed it, and the app itself (the Embed dialog's live preview frames the app).
export function contentSecurityPolicy(origins) {
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
    `frame-ancestors ${["'self'", ...origins].join(' ')}`,
  ].join('; ');
}

/// Browser features the app does not use, all turned off; full screen is allowed to the app
/// itself (the brief's slide mode), not to any frame of another origin.
export const PERMISSIONS_POLICY = [
  ...[
    'accelerometer', 'autoplay', 'camera', 'display-capture', 'encrypted-media',
    'geolocation', 'gyroscope', 'hid', 'idle-detection', 'magnetometer',
    'microphone', 'midi', 'payment', 'picture-in-picture', 'publickey-credentials-get',
    'screen-wake-lock', 'serial', 'usb', 'xr-spatial-tracking', 'clipboard-read',
  ].map((feature) => `${feature}=()`),
  'fullscreen=(self)',
].join(', ');

/// The security headers every response carries (`always`: error responses too).
export function headersConf(embed) {
  const origins = parentOrigins(embed);
  return [
    '# Generated from deploy/embed.json by `node scripts/nginx.mjs headers`; do not edit.',
    `add_header Content-Security-Policy "${contentSecurityPolicy(origins)}" always;`,
    'add_header X-Content-Type-Options "nosniff" always;',
    'add_header Referrer-Policy "strict-origin-when-cross-origin" always;',
    `add_header Permissions-Policy "${PERMISSIONS_POLICY}" always;`,
    '',
  ].join('\n');
}

/// deploy/nginx.conf with its `# local:` lines pointed at `dir`, `root` and `port`.
export function localConf(conf, { dir, root, port }) {
  const brotli = existsSync(BROTLI_MODULE);
  const local = {
    pid: `pid ${dir}/nginx.pid;`,
    error_log: `error_log ${dir}/error.log warn;`,
    access_log: `access_log ${dir}/access.log;`,
    modules: brotli ? `load_module ${BROTLI_MODULE};` : '',
    listen: `listen 127.0.0.1:${port};`,
    listen6: '',
    root: `root ${root};`,
  };
  let out = conf.replace(/^(\s*).*?#\s*local:\s*(\w+)\s*$/gm, (line, indent, key) => {
    if (!(key in local)) throw new Error(`deploy/nginx.conf: unknown local line ${key}`);
    return indent + local[key];
  });
  if (!brotli) {
    console.warn(`nginx: ${BROTLI_MODULE} missing, serving without brotli (scripts/setup.sh --browser)`);
    out = out.replace(/^\s*brotli_static on;\s*$/m, '');
  }
  // Temp files of a non-root nginx.
  out = out.replace(/^http \{$/m, `http {\n    client_body_temp_path ${dir}/body;\n    proxy_temp_path ${dir}/proxy;`);
  return out;
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/// Starts nginx as a child (not a daemon) serving `root` on a free loopback port.
export async function startNginx(root, { port, embed, stdio = 'ignore' } = {}) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'nginx-'));
  port ??= await freePort();
  // The allow-list the served app reads is the one the header is made from.
  const served = path.join(root, 'embed.json');
  embed ??= JSON.parse(await readFile(existsSync(served) ? served : EMBED_JSON, 'utf8'));
  await writeFile(path.join(dir, 'bluebook-headers.conf'), headersConf(embed));
  const confFile = path.join(dir, 'nginx.conf');
  await writeFile(confFile, localConf(await readFile(NGINX_CONF, 'utf8'), { dir, root: path.resolve(root), port }));
  execFileSync('nginx', ['-t', '-q', '-p', dir, '-c', confFile, '-g', 'daemon off;'], { stdio: 'pipe' });
  const child = spawn('nginx', ['-p', dir, '-c', confFile, '-g', 'daemon off;'], { stdio });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await waitForPort(port, exited);
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    port,
    dir,
    close: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

async function waitForPort(port, exited) {
  let gone = false;
  exited.then(() => (gone = true));
  for (let i = 0; i < 200 && !gone; i++) {
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`nginx did not start on port ${port}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [command, ...args] = process.argv.slice(2);
  if (command === 'headers') {
    const out = args[0] ?? path.join(ROOT, 'deploy/bluebook-headers.conf');
    await writeFile(out, headersConf(JSON.parse(await readFile(EMBED_JSON, 'utf8'))));
    console.log(`wrote ${path.relative(process.cwd(), out)}`);
  } else if (command === 'serve') {
    const root = args[0] ?? path.join(ROOT, 'dist');
    const server = await startNginx(root, { port: Number(args[1] ?? 8081), stdio: 'inherit' });
    console.log(`serving ${root} through nginx (deploy/nginx.conf) at ${server.url}/ — Ctrl-C stops`);
    const stop = () => server.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } else {
    console.error('usage: node scripts/nginx.mjs headers [out] | serve <dist> [port]');
    process.exit(2);
  }
}
