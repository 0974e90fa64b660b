//! Writes the static first screen into `index.html` (between its `first-paint` markers):
//! `cargo run --bin first_paint`. With `--check`, only says whether it is current (exit 1 if
//! not); `cargo test` checks the same. `/strategy`'s first chart is built from `data/`.

use std::process::ExitCode;

use bluebook::domain::load_dir;
use bluebook::first_paint::{static_block, with_block};

fn main() -> ExitCode {
    let check = std::env::args().any(|arg| arg == "--check");
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/index.html");
    let current = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(err) => {
            eprintln!("first_paint: cannot read {path}: {err}");
            return ExitCode::FAILURE;
        }
    };
    let data_dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data");
    let data = match load_dir(std::path::Path::new(data_dir)) {
        Ok(data) => data,
        Err(errors) => {
            for error in &errors {
                eprintln!("first_paint: {error}");
            }
            eprintln!("first_paint: {data_dir} does not load; `make check-data` says more");
            return ExitCode::FAILURE;
        }
    };
    let Some(updated) = with_block(&current, &static_block(&data)) else {
        eprintln!("first_paint: {path} has no first-paint markers");
        return ExitCode::FAILURE;
    };
    if updated == current {
        println!("first_paint: {path} is current");
        return ExitCode::SUCCESS;
    }
    if check {
        eprintln!("first_paint: {path} is out of date: run `cargo run --bin first_paint`");
        return ExitCode::FAILURE;
    }
    if let Err(err) = std::fs::write(path, updated) {
        eprintln!("first_paint: cannot write {path}: {err}");
        return ExitCode::FAILURE;
    }
    println!("first_paint: {path} updated");
    ExitCode::SUCCESS
}
