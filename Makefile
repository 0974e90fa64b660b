# The two commands of the README: `make serve` and `make test`. Each installs what it needs first.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/binaryen/bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: serve test setup setup-browser build check-data lint test-native test-e2e bench fuzz

serve: setup
	trunk serve --release

setup:
	scripts/setup.sh

setup-browser:
	scripts/setup.sh --browser

build: setup
	trunk build --release

check-data:
	cargo run -q --bin datacheck -- check data/

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings

test-native:
	cargo test

test-e2e: setup-browser build
	npm run -s test:e2e

test: setup-browser lint check-data test-native test-e2e

# Random seeds against the loader for FUZZ_SECONDS (default 300); prints the cases tried.
# The 2,000-case seeded run is part of test-native.
fuzz:
	cargo test -q --test fuzz_load fuzz_for_a_while -- --ignored --nocapture

bench: setup-browser build
	cargo run -q --release --bin bench | tee docs/benchmarks/filter-native.txt
	node tests/bench/app.bench.mjs
	node tests/bench/filter.bench.mjs
