//! Where a fault stands in a file's JSON text, as record and field.
//!
//! serde_json names a syntax error (a stray comma, a lone surrogate such as `"\ud800"`, nesting
//! past its limit of 128) only by line and column, and a `Value` silently keeps the last of two
//! equal keys. This tokenizer walks the text once with its own stack (no recursion, so no depth
//! limit) to name the record and field at a byte offset, and to find duplicated keys. It trusts
//! nothing: on malformed text it still ends, and names the closest record it can.

use std::borrow::Cow;
use std::collections::HashSet;

/// A place in a file, in the terms of [`super::DataError`]: `-` for the file as a whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spot {
    pub record: String,
    pub field: String,
}

/// A duplicated key and where it stands; `spot.field` ends with the key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duplicate {
    pub spot: Spot,
    pub key: String,
}

/// Field paths deeper than this are cut with `…` (a 200-level nest needs no 200-step name).
const MAX_STEPS: usize = 16;

/// Past this depth the walk stops: serde_json gave up at 128, so the fault is behind us, and a
/// file of a million `[` must not cost a million frames.
const MAX_DEPTH: usize = 512;

/// Objects with more keys than this look duplicates up in a hash set instead of a list.
const FEW_KEYS: usize = 32;

/// Stack index of a collection's record: root object (0), collection array (1), record (2).
const RECORD_DEPTH: usize = 2;

#[derive(Debug, Clone)]
enum Step {
    Key(String),
    Index(usize),
}

#[derive(Debug)]
struct Frame<'t> {
    object: bool,
    /// Keys seen so far (objects only; a few each, so a list beats a hash set).
    keys: Vec<Cow<'t, str>>,
    /// The keys of a large object.
    many: Option<HashSet<Cow<'t, str>>>,
    /// The key being read or last read (objects).
    key: Option<Cow<'t, str>>,
    /// Whether a key comes next (objects).
    expect_key: bool,
    /// Index of the current element (arrays).
    index: usize,
    /// The object's own `id`, when it is a string.
    id: Option<String>,
}

impl<'t> Frame<'t> {
    fn new(object: bool) -> Self {
        Self {
            object,
            keys: Vec::new(),
            many: None,
            key: None,
            expect_key: object,
            index: 0,
            id: None,
        }
    }

    /// Notes a key; false when the object already has it.
    fn insert_key(&mut self, key: Cow<'t, str>) -> bool {
        if let Some(many) = &mut self.many {
            return many.insert(key);
        }
        if self.keys.contains(&key) {
            return false;
        }
        self.keys.push(key);
        if self.keys.len() > FEW_KEYS {
            self.many = Some(self.keys.drain(..).collect());
        }
        true
    }
}

/// A found place whose record id may only be known once the record's text ends.
struct Pending {
    steps: Vec<Step>,
    id: Option<String>,
    /// Duplicated key, or `None` for the stop offset.
    key: Option<String>,
    /// Found inside a record whose text has not ended yet.
    open: bool,
}

/// The record and field at `line` and `column` (1-based, as serde_json counts them).
pub fn at_line_column(text: &str, line: usize, column: usize) -> Spot {
    let mut start = 0;
    for _ in 1..line {
        match text[start..].find('\n') {
            Some(newline) => start += newline + 1,
            None => break,
        }
    }
    // serde_json's column counts the bytes read on the line, the faulty one included.
    let offset = start + column.saturating_sub(1);
    let (mut found, _) = scan(text, Some(offset));
    match found.pop() {
        Some(pending) => spot(&pending),
        None => Spot {
            record: "-".into(),
            field: "-".into(),
        },
    }
}

/// Every key that appears twice in one object.
pub fn duplicate_keys(text: &str) -> Vec<Duplicate> {
    let (_, duplicates) = scan(text, None);
    duplicates
        .iter()
        .filter_map(|pending| {
            let key = pending.key.clone()?;
            Some(Duplicate {
                spot: spot(pending),
                key,
            })
        })
        .collect()
}

/// Walks `text`, returning the place at `stop` (if given) and every duplicated key.
fn scan(text: &str, stop: Option<usize>) -> (Vec<Pending>, Vec<Pending>) {
    let bytes = text.as_bytes();
    let mut stack: Vec<Frame<'_>> = Vec::new();
    let mut stopped: Vec<Pending> = Vec::new();
    let mut duplicates: Vec<Pending> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let byte = bytes[i];
        if byte.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let end = token_end(text, i);
        let is_key = byte == b'"' && stack.last().is_some_and(|f| f.object && f.expect_key);
        if is_key {
            let key = decode(&text[i..end]).unwrap_or_else(|raw| raw);
            if let Some(top) = stack.last_mut() {
                let fresh = top.insert_key(key.clone());
                top.key = Some(key.clone());
                if !fresh && stop.is_none() {
                    duplicates.push(Pending {
                        steps: steps(&stack),
                        id: None,
                        key: Some(key.into_owned()),
                        open: stack.len() > RECORD_DEPTH,
                    });
                }
            }
        }
        // The stop offset falls in this token: note where we are, then read on to the end of
        // the record to learn its id (keys are in any order, so the id may come later).
        let faulty = stop.is_some_and(|stop| stop < end) && stopped.is_empty();
        if faulty {
            stopped.push(Pending {
                steps: steps(&stack),
                id: record_id(&stack),
                key: None,
                open: stack.len() > RECORD_DEPTH,
            });
            if stack.len() <= RECORD_DEPTH {
                return (stopped, duplicates);
            }
        }
        match byte {
            b'{' | b'[' if stack.len() >= MAX_DEPTH => break,
            b'{' | b'[' => stack.push(Frame::new(byte == b'{')),
            b'}' | b']' => {
                if stack.len() == RECORD_DEPTH + 1 {
                    if let Some(record) = stack.pop() {
                        resolve(&mut stopped, &record);
                        resolve(&mut duplicates, &record);
                    }
                    if !stopped.is_empty() {
                        return (stopped, duplicates);
                    }
                } else {
                    stack.pop();
                }
            }
            b':' => {
                if let Some(top) = stack.last_mut().filter(|f| f.object) {
                    top.expect_key = false;
                }
            }
            b',' => {
                if let Some(top) = stack.last_mut() {
                    if top.object {
                        top.expect_key = true;
                    } else {
                        top.index += 1;
                    }
                }
            }
            b'"' if !is_key => {
                if let Some(top) = stack.last_mut() {
                    // An id that is itself the fault does not name its record.
                    if top.object && !top.expect_key && top.key.as_deref() == Some("id") && !faulty
                    {
                        top.id = decode(&text[i..end]).ok().map(Cow::into_owned);
                    }
                }
            }
            _ => {}
        }
        i = end;
    }
    // The text ended (maybe mid-record): what is known now is all there is.
    if let Some(record) = stack.get(RECORD_DEPTH) {
        resolve(&mut stopped, record);
        resolve(&mut duplicates, record);
    }
    if stop.is_some() && stopped.is_empty() {
        stopped.push(Pending {
            steps: steps(&stack),
            id: record_id(&stack),
            key: None,
            open: false,
        });
    }
    (stopped, duplicates)
}

/// Gives the places found inside `record` its id, once the record's text has ended.
fn resolve(found: &mut [Pending], record: &Frame<'_>) {
    for pending in found.iter_mut().filter(|p| p.open) {
        if pending.id.is_none() {
            pending.id.clone_from(&record.id);
        }
        pending.open = false;
    }
}

fn record_id(stack: &[Frame<'_>]) -> Option<String> {
    stack.get(RECORD_DEPTH).and_then(|f| f.id.clone())
}

/// The path from the root to the innermost open value.
fn steps(stack: &[Frame<'_>]) -> Vec<Step> {
    stack
        .iter()
        .filter_map(|frame| {
            if frame.object {
                frame.key.as_deref().map(|key| Step::Key(key.to_string()))
            } else {
                Some(Step::Index(frame.index))
            }
        })
        .collect()
}

/// Record and field for a path: `key[index]` (or its id) inside a collection, the key itself
/// for a single record such as `edition`, and `-` for top-level faults.
fn spot(pending: &Pending) -> Spot {
    let steps = &pending.steps;
    let (record, rest) = match steps.as_slice() {
        [Step::Key(key), Step::Index(index), rest @ ..] => {
            let record = match &pending.id {
                Some(id) => id.clone(),
                None => format!("{key}[{index}]"),
            };
            // A fault at the record itself is named by its collection, as serde errors are.
            let rest = if rest.is_empty() {
                vec![Step::Key(key.clone())]
            } else {
                rest.to_vec()
            };
            (record, rest)
        }
        [Step::Key(key), rest @ ..] if !rest.is_empty() => (key.clone(), rest.to_vec()),
        [Step::Key(key)] => ("-".to_string(), vec![Step::Key(key.clone())]),
        _ => ("-".to_string(), Vec::new()),
    };
    Spot {
        record,
        field: field(&rest),
    }
}

fn field(steps: &[Step]) -> String {
    if steps.is_empty() {
        return "-".into();
    }
    let mut out = String::new();
    for step in steps.iter().take(MAX_STEPS) {
        match step {
            Step::Key(key) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Step::Index(index) => out.push_str(&format!("[{index}]")),
        }
    }
    if steps.len() > MAX_STEPS {
        out.push('…');
    }
    out
}

/// The end (exclusive) of the token starting at `start`: a string, one punctuation byte, or
/// a run of other bytes (numbers, literals, garbage). Always past `start`.
fn token_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    match bytes[start] {
        b'"' => {
            // The next quote not escaped by an odd run of backslashes.
            let mut j = start + 1;
            // `j` always follows an ASCII quote, so it is a char boundary; `str::find` on one
            // char is the standard library's fast byte search, also in unoptimized builds.
            while let Some(quote) = text.get(j..).and_then(|rest| rest.find('"')) {
                let at = j + quote;
                let backslashes = bytes[..at]
                    .iter()
                    .rev()
                    .take_while(|&&b| b == b'\\')
                    .count();
                if backslashes % 2 == 0 {
                    return at + 1;
                }
                j = at + 1;
            }
            bytes.len()
        }
        b'{' | b'}' | b'[' | b']' | b':' | b',' => start + 1,
        _ => {
            let mut j = start + 1;
            while j < bytes.len()
                && !bytes[j].is_ascii_whitespace()
                && !matches!(bytes[j], b'{' | b'}' | b'[' | b']' | b':' | b',' | b'"')
            {
                j += 1;
            }
            j
        }
    }
}

/// A string token's text, unescaped; `Err` with the raw text between the quotes when the
/// token is not a valid JSON string (a lone surrogate, a raw control character, no end).
fn decode(raw: &str) -> Result<Cow<'_, str>, Cow<'_, str>> {
    let inner = raw.strip_prefix('"').unwrap_or(raw);
    let inner = inner.strip_suffix('"').unwrap_or(inner);
    let plain = raw.len() >= 2 && raw.ends_with('"') && !inner.contains(['"', '\\']);
    if plain && !inner.bytes().any(|b| b < 0x20) {
        return Ok(Cow::Borrowed(inner));
    }
    match serde_json::from_str::<String>(raw) {
        Ok(text) => Ok(Cow::Owned(text)),
        Err(_) => Err(Cow::Borrowed(inner)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spot_of(text: &str) -> Spot {
        match serde_json::from_str::<serde_json::Value>(text) {
            Ok(_) => panic!("expected a syntax error in {text}"),
            Err(err) => at_line_column(text, err.line(), err.column()),
        }
    }

    fn spot(record: &str, field: &str) -> Spot {
        Spot {
            record: record.into(),
            field: field.into(),
        }
    }

    #[test]
    fn a_stray_comma_names_the_field_before_it() {
        let text = "{\"a\": [\n {\"id\": \"x\",\n  \"b\": 1,,\n  \"c\": 2}]}";
        assert_eq!(spot_of(text), spot("x", "b"));
    }

    #[test]
    fn a_lone_surrogate_names_record_and_field_even_before_the_id() {
        let text = r#"{"a": [{"id": "x"}, {"t": {"zh": "\ud800"}, "id": "y"}]}"#;
        assert_eq!(spot_of(text), spot("y", "t.zh"));
        let text = r#"{"a": [{"t": {"zh": "\ud800"}, "id": 5}]}"#;
        assert_eq!(spot_of(text), spot("a[0]", "t.zh"));
        // A broken id does not name its record: the index does.
        let text = r#"{"a": [{"t": 1, "id": "\ud800"}]}"#;
        assert_eq!(spot_of(text), spot("a[0]", "id"));
        let text = "{\"a\": [{\"t\": 1, \"id\": \"tab\there\"}]}";
        assert_eq!(spot_of(text), spot("a[0]", "id"));
    }

    #[test]
    fn deep_nesting_is_named_with_a_cut_path() {
        let text = format!(
            r#"{{"a": [{{"id": "x", "v": {}1{}}}]}}"#,
            "[".repeat(200),
            "]".repeat(200)
        );
        let found = spot_of(&text);
        assert_eq!(found.record, "x");
        assert!(
            found.field.starts_with("v[0][0]") && found.field.ends_with('…'),
            "{found:?}"
        );
    }

    #[test]
    fn a_million_brackets_cost_no_million_frames() {
        let text = format!(r#"{{"a": [{{"v": {}"#, "[".repeat(1_000_000));
        let found = spot_of(&text);
        assert_eq!(found.record, "a[0]");
        assert!(found.field.starts_with("v[0]"), "{found:?}");
    }

    #[test]
    fn large_objects_find_duplicates_too() {
        let keys: Vec<String> = (0..1000).map(|i| format!("\"k{i}\": {i}")).collect();
        let text = format!(r#"{{"a": [{{{}, "k999": 0}}]}}"#, keys.join(", "));
        let found = duplicate_keys(&text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].spot, spot("a[0]", "k999"));
    }

    #[test]
    fn single_records_and_top_level_faults() {
        assert_eq!(
            spot_of(r#"{"edition": {"title": tru}}"#),
            spot("edition", "title")
        );
        assert_eq!(
            spot_of(r#"{"schema_version": 01}"#),
            spot("-", "schema_version")
        );
        assert_eq!(spot_of(r#"{"a": []} x"#), spot("-", "-"));
        assert_eq!(spot_of(r#"{"a": [1 2]}"#), spot("a[0]", "a"));
    }

    #[test]
    fn duplicated_keys_are_found_with_their_record() {
        let text = r#"{"a": [{"t": {"zh": "1", "zh": "2"}, "id": "x"}], "b": 1, "b": 2}"#;
        let found = duplicate_keys(text);
        assert_eq!(
            found,
            vec![
                Duplicate {
                    spot: spot("x", "t.zh"),
                    key: "zh".into()
                },
                Duplicate {
                    spot: spot("-", "b"),
                    key: "b".into()
                },
            ]
        );
        assert!(duplicate_keys(r#"{"a": [{"k": 1}, {"k": 1}]}"#).is_empty());
        let text = r#"{"a": [{"k": 1, "k": 2}, {"id": "y"}]}"#;
        assert_eq!(duplicate_keys(text)[0].spot, spot("a[0]", "k"));
    }
}
