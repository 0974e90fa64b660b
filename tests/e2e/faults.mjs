// A fault-injecting HTTP proxy on loopback, in front of nginx: requests pass through to
// nginx unchanged, except for the data files a test has set a fault on. The faulty answers
// are built from the real file in the build folder.
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const JSON_TYPE = 'application/json; charset=utf-8';

/// What the proxy can do to a data file, and how the app must name it (`kind` is the
/// panel row's `data-fault`, `words` its English wording).
export const FAULTS = {
  http404: { kind: 'http', words: /the file is not on the server \(HTTP 404\)/ },
  http500: { kind: 'http', words: /the server failed to deliver the file \(HTTP 500\)/ },
  http503: { kind: 'http', words: /temporarily unavailable \(HTTP 503\); it asks to try again in 120 s/ },
  reset: { kind: 'cut-off', words: /the connection was cut in the middle of the download/ },
  truncated: { kind: 'truncated', words: /the download is truncated: only \d+ of \d+ bytes arrived/ },
  stall: { kind: 'no-answer', words: /no answer within \d+ s/ },
  stallBody: { kind: 'stalled', words: /the download stalled: nothing arrived for \d+ s/ },
  drip: null, // slow but steady: must load
  html200: { kind: 'web-page', words: /the server sent a web page instead of data/ },
  empty: { kind: 'empty', words: /the file is empty/ },
  malformed: { kind: 'malformed', words: /the data is damaged: not valid JSON at line \d+, column \d+/ },
  shape: { kind: 'wrong-shape', words: /the data has the wrong shape/ },
  schema: { kind: 'schema-version', words: /unknown schema_version 99: this app reads version 1/ },
};

const CAPTIVE_PAGE = `<!DOCTYPE html>
<html><head><title>Wi-Fi login</title></head>
<body><h1>Please log in to use the Wi-Fi</h1><form action="/login"><input name="user"></form></body></html>
`;

/// Starts the proxy. `dist` is the build folder (for the real file contents), `upstream`
/// the nginx URL. `drip` is how long a slow drip takes in all (ms).
export async function faultProxy(dist, upstream, { drip = 12_000 } = {}) {
  const faults = new Map(); // '/data/cases.json' → fault name
  const requests = new Map(); // '/data/cases.json' → count
  const arrivals = new Map(); // '/data/cases.json' → time of the last request (ms)
  const open = new Set();
  const target = new URL(upstream);
  const agent = new http.Agent({ keepAlive: true });

  const server = http.createServer(async (req, res) => {
    const { pathname } = new URL(req.url, 'http://x');
    requests.set(pathname, (requests.get(pathname) ?? 0) + 1);
    arrivals.set(pathname, Date.now());
    const fault = faults.get(pathname);
    if (fault) {
      open.add(res);
      res.on('close', () => open.delete(res));
      try {
        await inject(fault, req, res, path.join(dist, pathname), drip);
      } catch {
        res.destroy();
      }
      return;
    }
    const forward = http.request(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers, agent },
      (answer) => {
        res.writeHead(answer.statusCode, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  // A reset must be a TCP reset, not a clean close.
  server.keepAliveTimeout = 1000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    /// Sets (or with `null` clears) the fault of `file` (a name in data/).
    set(file, fault) {
      if (fault) faults.set(`/data/${file}`, fault);
      else faults.delete(`/data/${file}`);
    },
    clear() {
      faults.clear();
      open.forEach((res) => res.destroy());
    },
    /// How many requests for data/*.json have arrived, file by file.
    dataRequests() {
      return Object.fromEntries([...requests].filter(([p]) => p.startsWith('/data/')).map(([p, n]) => [p.slice(6), n]));
    },
    lastArrival: (file) => arrivals.get(`/data/${file}`),
    /// Resolves once every faulty answer still open has been closed (by the browser).
    async allClosed(timeout = 5000) {
      const end = Date.now() + timeout;
      while (open.size && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 20));
      return open.size === 0;
    },
    close() {
      open.forEach((res) => res.destroy());
      agent.destroy();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function inject(fault, req, res, file, drip) {
  const real = () => readFile(file);
  switch (fault) {
    case 'http404':
      return res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    case 'http500':
      return res.writeHead(500, { 'content-type': 'text/plain' }).end('internal error');
    case 'http503':
      return res.writeHead(503, { 'content-type': 'text/plain', 'retry-after': '120' }).end('busy');
    case 'reset': {
      // Half the body, chunked, then a TCP RST.
      const body = await real();
      res.writeHead(200, { 'content-type': JSON_TYPE });
      res.write(body.subarray(0, body.length >> 1));
      await sleep(100); // server-side pacing: the headers and half the body reach the browser first
      return res.socket.resetAndDestroy();
    }
    case 'truncated': {
      // Content-Length of the whole file, half of it sent, then a clean close.
      const body = await real();
      res.writeHead(200, { 'content-type': JSON_TYPE, 'content-length': body.length });
      res.write(body.subarray(0, body.length >> 1));
      await sleep(100); // server-side pacing, as for the reset
      return res.socket.end();
    }
    case 'stall':
      return; // never a byte
    case 'stallBody': {
      const body = await real();
      res.writeHead(200, { 'content-type': JSON_TYPE, 'content-length': body.length });
      res.write(body.subarray(0, 100));
      return; // and nothing more
    }
    case 'drip': {
      // The whole file, in pieces at a steady pace, `drip` ms in all.
      const body = await real();
      res.writeHead(200, { 'content-type': JSON_TYPE, 'content-length': body.length });
      const pieces = 24;
      const size = Math.ceil(body.length / pieces);
      for (let i = 0; i < pieces; i++) {
        res.write(body.subarray(i * size, (i + 1) * size));
        await sleep(drip / pieces);
      }
      return res.end();
    }
    case 'html200':
      return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(CAPTIVE_PAGE);
    case 'empty':
      return res.writeHead(200, { 'content-type': JSON_TYPE, 'content-length': 0 }).end();
    case 'malformed':
      return res.writeHead(200, { 'content-type': JSON_TYPE }).end('{"schema_version": 1, "items": [1, 2,, 3]}');
    case 'shape':
      return res.writeHead(200, { 'content-type': JSON_TYPE }).end('{"schema_version": 1, "rows": [{"id": "a"}]}');
    case 'schema': {
      const data = JSON.parse(await real());
      data.schema_version = 99;
      return res.writeHead(200, { 'content-type': JSON_TYPE }).end(JSON.stringify(data));
    }
    default:
      throw new Error(`unknown fault ${fault}`);
  }
}
