//! Prints a brief's URL value (`?b=…`) for the given items, through the app's own encoder
//! (`domain::brief::encode`), so browser tests build brief links as the app does:
//!
//! `cargo run -q --bin briefcode -- [--data DIR] case:<id> operator:<id>=<note> ops:ntt,skt …`
//!
//! Kinds: `operator`, `case`, `challenge`, `example`, `indicator`, `finding`, `ops` (a compare
//! selection of operators), `tiers` (of tiers). `=<note>` sets the item's note.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use bluebook::domain::brief::{encode, Brief, BriefItem};
use bluebook::domain::compare::parse_selection;
use bluebook::domain::{load_dir, Dataset};

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut dir = PathBuf::from("data");
    if args.first().is_some_and(|a| a == "--data") {
        let Some(given) = args.get(1) else {
            return usage();
        };
        dir = PathBuf::from(given);
        args.drain(..2);
    }
    let data = match load(&dir) {
        Ok(data) => data,
        Err(message) => {
            eprintln!("briefcode: {message}");
            return ExitCode::FAILURE;
        }
    };
    let mut brief = Brief::new();
    for arg in &args {
        let (spec, note) = match arg.split_once('=') {
            Some((spec, note)) => (spec, Some(note)),
            None => (arg.as_str(), None),
        };
        let Some(item) = item_of(spec, &data) else {
            eprintln!("briefcode: not an item: {arg}");
            return usage();
        };
        if !brief.add(item) {
            eprintln!("briefcode: pinned twice or empty: {arg}");
            return ExitCode::FAILURE;
        }
        if let Some(note) = note {
            brief.set_note(brief.len() - 1, note);
        }
    }
    println!("{}", encode(&brief, &data));
    ExitCode::SUCCESS
}

fn usage() -> ExitCode {
    eprintln!("usage: briefcode [--data DIR] <kind>:<id>[=<note>] …");
    ExitCode::from(2)
}

fn item_of(spec: &str, data: &Dataset) -> Option<BriefItem> {
    let (kind, id) = spec.split_once(':')?;
    Some(match kind {
        "operator" => BriefItem::Operator(id.into()),
        "case" => BriefItem::Case(id.into()),
        "challenge" => BriefItem::Challenge(id.into()),
        "example" => BriefItem::Example(id.into()),
        "indicator" => BriefItem::Indicator(id.into()),
        "finding" => BriefItem::Finding(id.into()),
        "ops" => BriefItem::Compare(parse_selection(data, Some(id), None).selection),
        "tiers" => BriefItem::Compare(parse_selection(data, None, Some(id)).selection),
        _ => return None,
    })
}

fn load(dir: &Path) -> Result<Dataset, String> {
    load_dir(dir).map_err(|errors| {
        let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
        lines.join("\n")
    })
}
