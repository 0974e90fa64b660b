#!/usr/bin/env bash
# Installs what the build (and, with --browser, the browser tests; with --bench, also the
# benchmarks' wasm profiler) need. Idempotent:
# each step checks first and skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

want_browser=false
want_bench=false
[ "${1:-}" = "--browser" ] && want_browser=true
# --bench: the browser tests' tools plus the wasm size profiler (twiggy) and Lighthouse
# (npm, in package.json), for `make bench`.
[ "${1:-}" = "--bench" ] && want_browser=true && want_bench=true

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)

step() { printf '== %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  step "installing trunk $TRUNK_VERSION (several minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  step "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "installing npm packages"
  npm ci --no-audit --no-fund
fi

if [ ! -f assets/vendor/echarts.min.js ] || [ package-lock.json -nt assets/vendor/echarts.min.js ] \
  || [ assets/js/echarts-entry.mjs -nt assets/vendor/echarts.min.js ]; then
  step "bundling ECharts"
  npm run -s build:echarts
fi

# Lighthouse is a devDependency, so `npm ci` above brings it; a node_modules/ from before it
# was added lacks it.
if $want_bench && [ ! -x node_modules/.bin/lighthouse ]; then
  step "installing npm packages (Lighthouse)"
  npm ci --no-audit --no-fund
fi

if $want_bench && ! command -v twiggy >/dev/null; then
  step "installing twiggy (wasm size profiles)"
  cargo install twiggy --locked
fi

if $want_browser; then
  missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  [ -d /usr/share/fonts/opentype/noto ] || missing+=(fonts-noto-cjk)
  # The browser tests serve the release build through nginx with deploy/nginx.conf.
  command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
  [ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || missing+=(libnginx-mod-http-brotli-static)
  # The print tests read the PDFs back (pdftotext, pdfinfo) and render a page (pdftoppm).
  command -v pdftotext >/dev/null || missing+=(poppler-utils)
  if [ ${#missing[@]} -gt 0 ]; then
    step "installing ${missing[*]}"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  fi
fi
step "set-up complete"
