# The commands of the README: `make serve` (develop), `make serve-nginx` (the deploy build
# through the reference nginx) and `make test`. Each installs what it needs first.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/binaryen/bin:$(HOME)/.cargo/bin:$(PATH)

# The deploy artifact (release build, precompressed, nothing inline) and where the dev
# server builds: two folders, so a dev build never ends up deployed.
DIST := dist
DEV_DIST := target/dev-dist
NGINX_PORT ?= 8081

.PHONY: serve serve-nginx nginx-conf test setup setup-browser build check-data lint test-native test-e2e screenshots bench fuzz

# trunk serve with auto-reload, into target/dev-dist (never dist/).
serve: setup
	BLUEBOOK_DEV_SERVE=1 trunk serve --release --dist $(DEV_DIST)

# The release build served by nginx with deploy/nginx.conf, in the foreground.
serve-nginx: setup-browser build
	node scripts/nginx.mjs serve $(DIST) $(NGINX_PORT)

# deploy/bluebook-headers.conf (security headers, frame-ancestors from deploy/embed.json).
nginx-conf:
	node scripts/nginx.mjs headers

setup:
	scripts/setup.sh

setup-browser:
	scripts/setup.sh --browser

build: setup
	trunk build --release --dist $(DIST)

check-data:
	cargo run -q --bin datacheck -- check data/

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings

test-native:
	cargo test

test-e2e: setup-browser build
	DIST=$(DIST) npm run -s test:e2e

test: setup-browser lint check-data test-native test-e2e

# Random seeds against the loader for FUZZ_SECONDS (default 300); prints the cases tried.
# The 2,000-case seeded run is part of test-native.
fuzz:
	cargo test -q --test fuzz_load fuzz_for_a_while -- --ignored --nocapture

# Writes docs/screenshots/*.png (the browser tests, with screenshots on).
screenshots: setup-browser build
	DIST=$(DIST) SCREENSHOTS=1 node --test tests/e2e/strategy.test.mjs tests/e2e/cases.test.mjs tests/e2e/challenges.test.mjs tests/e2e/embed.test.mjs tests/e2e/a11y.test.mjs tests/e2e/cite-print.test.mjs

# Prints every figure and writes docs/benchmarks/; never a pass/fail timing test. The last
# step checks the budget of issue #10 (tests/bench/budgets.json → docs/benchmarks/budgets.md)
# and fails only if a budget recorded as met has regressed.
bench: build
	scripts/setup.sh --bench
	DIST=$(DIST) node tests/bench/wasm-profile.mjs
	cargo run -q --release --bin bench | tee docs/benchmarks/filter-native.txt
	DIST=$(DIST) node tests/bench/app.bench.mjs
	DIST=$(DIST) node tests/bench/filter.bench.mjs
	cargo run -q --release --bin search_bench | tee docs/benchmarks/search-native.txt
	DIST=$(DIST) node tests/bench/search.bench.mjs
	DIST=$(DIST) node tests/bench/coldload.bench.mjs
	DIST=$(DIST) node tests/bench/trace.bench.mjs
	DIST=$(DIST) node tests/bench/lang.bench.mjs
	DIST=$(DIST) node tests/bench/memory.bench.mjs
	DIST=$(DIST) node tests/bench/lighthouse.bench.mjs
	node tests/bench/budgets.mjs
