// The wasm size profile of issue #10, written by `make bench` into
// docs/benchmarks/wasm-profile.md: twiggy's top 25 items and the per-crate shares of the code
// and data that ship, of the current build.
//
// It reads the wasm cargo wrote, which keeps its function names
// ($CARGO_TARGET_DIR/wasm32-unknown-unknown/release/bluebook.wasm, before wasm-bindgen and
// wasm-opt), and the shipped dist/*_bg.wasm for the sizes a browser fetches.
//
// Usage: node tests/bench/wasm-profile.mjs  (DIST=dist by default)
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';

const dist = process.env.DIST ?? 'dist';
const target = process.env.CARGO_TARGET_DIR ?? 'target';
const namedWasm = join(target, 'wasm32-unknown-unknown/release/bluebook.wasm');
const shippedName = readdirSync(dist).find((name) => name.endsWith('_bg.wasm'));
if (!shippedName) throw new Error(`no *_bg.wasm in ${dist}/: run make build first`);
const shipped = readFileSync(join(dist, shippedName));

const twiggy = (...args) => execFileSync('twiggy', args, { encoding: 'utf8', maxBuffer: 1 << 28 });
const top25 = twiggy('top', '-n', '25', namedWasm).trimEnd();
const items = parseCsv(twiggy('top', '-n', '1000000', '--format', 'csv', namedWasm));

// Neither of these ships: wasm-bindgen reads its section, wasm-opt drops the names.
const NOT_SHIPPED = [/^"function names" subsection$/, /^custom section '__wasm_bindgen_unstable'$/];
const shippedItems = items.filter(({ name }) => !NOT_SHIPPED.some((pattern) => pattern.test(name)));
const shippedBytes = shippedItems.reduce((sum, { bytes }) => sum + bytes, 0);

const UNNAMED = 'unnamed (tables, types, code without a name)';

/// The crate an item's name starts with: `core::ptr::drop_in_place<charming::Chart>` is `core`,
/// `<charming::Chart as serde_core::Serialize>::serialize` is `charming`, `<F as …>` unnamed.
function firstSegmentCrate(name) {
  if (name.startsWith('data segment')) return 'data segments';
  const path = name.startsWith('<') ? name.slice(1) : name;
  const match = /^([A-Za-z_][A-Za-z0-9_]*)::/.exec(path);
  return match ? match[1] : UNNAMED;
}

/// The crate of the trait for `<T as crate::Trait>::…` and `…::<impl crate::Trait for T>::…`
/// items (a `Serialize` impl counts under `serde_core`), else the first segment's crate.
function traitCrate(name) {
  const asTrait = /^<[^<>]*(?:<.*>)?[^<>]* as ([A-Za-z_][A-Za-z0-9_]*)::/.exec(name);
  if (asTrait) return asTrait[1];
  const implFor = /<impl ([A-Za-z_][A-Za-z0-9_]*)::[^ ]* for /.exec(name);
  if (implFor) return implFor[1];
  return firstSegmentCrate(name);
}

function shares(crateOf) {
  const byCrate = new Map();
  for (const { name, bytes } of shippedItems) {
    const crate = crateOf(name);
    byCrate.set(crate, (byCrate.get(crate) ?? 0) + bytes);
  }
  const rows = [...byCrate].sort((a, b) => b[1] - a[1]).filter(([, bytes]) => bytes >= 2000);
  return [
    '| crate | bytes | share |',
    '|---|---:|---:|',
    ...rows.map(([crate, bytes]) =>
      `| \`${crate}\` | ${bytes.toLocaleString('en')} | ${((100 * bytes) / shippedBytes).toFixed(1)}% |`),
  ].join('\n');
}

function parseCsv(text) {
  const [header, ...lines] = text.trim().split('\n');
  const columns = splitCsvLine(header);
  const nameAt = columns.indexOf('Name');
  const bytesAt = columns.indexOf('ShallowSize');
  if (nameAt < 0 || bytesAt < 0) throw new Error(`twiggy's CSV header changed: ${header}`);
  return lines.map(splitCsvLine)
    .map((cells) => ({ name: cells[nameAt], bytes: Number(cells[bytesAt]) }))
    .filter(({ name, bytes }) => Number.isFinite(bytes) && !/^Σ|^\.\.\. and \d+ more/.test(name));
}

function splitCsvLine(line) {
  const cells = [];
  let cell = '';
  let quoted = false;
  for (let at = 0; at < line.length; at += 1) {
    const char = line[at];
    if (quoted && char === '"' && line[at + 1] === '"') { cell += '"'; at += 1; }
    else if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted) { cells.push(cell); cell = ''; }
    else cell += char;
  }
  cells.push(cell);
  return cells;
}

const gzip = gzipSync(shipped, { level: 9 }).length;
const brotli = brotliCompressSync(shipped, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: shipped.length },
}).length;
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const stamp = new Date().toISOString().slice(0, 16).replace('T', ' ');

const report = `# Wasm size profile of the current build (written by \`make bench\`)

Written by \`tests/bench/wasm-profile.mjs\` on ${stamp} UTC; do not edit by hand. What the
figures mean and what can and cannot be cut: [wasm-size.md](wasm-size.md).

Shipped \`${dist}/${shippedName}\`: ${shipped.length.toLocaleString('en')} bytes raw,
**${kB(gzip)} gzip -9**, ${kB(brotli)} brotli 11. Profiled: \`${namedWasm}\` (cargo's output with
its function names, before wasm-bindgen and \`wasm-opt -Oz\`), of which
${shippedBytes.toLocaleString('en')} bytes are code and data that ship (its names section and
wasm-bindgen's own section do not).

## Top 25 items (\`twiggy top -n 25\`)

\`\`\`
${top25}
\`\`\`

## Shares by crate, of the ${shippedBytes.toLocaleString('en')} bytes that ship (crates ≥ 2 kB)

By the first path segment of an item's name (\`core::ptr::drop_in_place<charming::Chart>\` is
\`core\`; \`<F as tachys::…::ReactiveFunction>::invoke\` has no leading crate: unnamed):

${shares(firstSegmentCrate)}

By the crate of the trait for \`<T as crate::Trait>::…\` items (charming's and the data model's
\`Serialize\`/\`Deserialize\` impls count under \`serde_core\`, Leptos' view impls under \`tachys\`):

${shares(traitCrate)}
`;
writeFileSync('docs/benchmarks/wasm-profile.md', report);
console.log(top25);
console.log(`wasm profile: ${shipped.length} B raw, ${kB(gzip)} gzip -9, ${kB(brotli)} brotli → docs/benchmarks/wasm-profile.md`);
