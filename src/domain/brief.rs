//! A brief: an ordered list of pinned items, each with an optional one-line note, kept whole
//! in one URL query value (`?b=…`) so a link shares it.
//!
//! ## The URL value
//! Items are joined by `.`; an item is a token, optionally followed by `~` and its note:
//!
//! | token | item |
//! |---|---|
//! | `o` + code | operator |
//! | `c` + code | case |
//! | `h` + code | challenge (shown with its recommendations) |
//! | `x` + code | measure example |
//! | `i` + code | indicator |
//! | `f` + code | finding (`indicators.json` `findings`) |
//! | `so` + ids joined by `,` | compare selection of operators (`?ops=` of the compare page) |
//! | `st` + tier keys joined by `,` | compare selection of tiers (`?tiers=`) |
//! | `O`, `C`, `H`, `X`, `I`, `F` + the id itself | the same kinds, by literal id |
//!
//! **The code is a hash of the id**, not the record's position in its file:
//! [`CODE_LEN`] base-36 characters of FNV-1a (64-bit) of the id, per kind. A position would be
//! shorter (two characters) but would change meaning whenever a record is inserted, removed
//! or reordered, silently pointing old links at other records. Ids are stable by rule
//! (docs/DATA.md), so a hash keeps a link's meaning across data edits; a link breaks only when
//! an id is renamed, and then the item is reported as unknown, never swapped for another.
//! The cost is four characters instead of two (a 30-item brief is about 180 characters), and
//! the chance that two ids of one kind share a code: the encoder then writes those items by
//! literal id (`C…`), and the decoder treats a code that matches two ids as unknown.
//!
//! Compare selections reuse the compare page's own encoding (ids and tier keys, comma
//! separated) and its parser, [`parse_selection`].
//!
//! Notes are percent-encoded (UTF-8; everything but ASCII letters, digits, `-` and `_`), so
//! they add their own encoded length and nothing else. [`encode`] returns the value exactly as
//! it goes into the URL (only `A–Z a–z 0–9 - _ . ~ , %`); [`decode`] takes it as it stands in
//! the URL, before any percent-decoding: read it with [`raw_param`] from the raw query string.

use std::collections::HashMap;

use super::compare::{parse_selection, Ignored, Selection};
use super::ids::{CaseId, ChallengeId, ExampleId, FindingId, IndicatorId, OperatorId};
use super::keys::keyed_enum;
use super::model::Dataset;
use super::query::decode_component;

/// The URL query parameter that holds a brief.
pub const PARAM: &str = "b";
/// Characters of a hashed code.
pub const CODE_LEN: usize = 4;
/// A note is one line of at most this many characters; longer notes are cut.
pub const NOTE_MAX_CHARS: usize = 200;
/// A dropped token is reported cut to this many characters.
const TOKEN_MAX_CHARS: usize = 64;

keyed_enum! {
    /// What kind of record an item pins.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum ItemKind {
        Operator => "operator",
        Compare => "compare",
        Case => "case",
        Challenge => "challenge",
        Example => "example",
        Indicator => "indicator",
        Finding => "finding",
    }
}

impl ItemKind {
    /// The token's first letter for a hashed code (upper case: a literal id).
    fn letter(self) -> char {
        match self {
            ItemKind::Operator => 'o',
            ItemKind::Compare => 's',
            ItemKind::Case => 'c',
            ItemKind::Challenge => 'h',
            ItemKind::Example => 'x',
            ItemKind::Indicator => 'i',
            ItemKind::Finding => 'f',
        }
    }

    fn of_letter(letter: char) -> Option<Self> {
        ItemKind::ALL
            .into_iter()
            .find(|kind| kind.letter() == letter.to_ascii_lowercase())
    }
}

/// One pinned record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BriefItem {
    Operator(OperatorId),
    Compare(Selection),
    Case(CaseId),
    /// A challenge, shown with its recommendations.
    Challenge(ChallengeId),
    Example(ExampleId),
    Indicator(IndicatorId),
    Finding(FindingId),
}

impl BriefItem {
    pub fn kind(&self) -> ItemKind {
        match self {
            BriefItem::Operator(_) => ItemKind::Operator,
            BriefItem::Compare(_) => ItemKind::Compare,
            BriefItem::Case(_) => ItemKind::Case,
            BriefItem::Challenge(_) => ItemKind::Challenge,
            BriefItem::Example(_) => ItemKind::Example,
            BriefItem::Indicator(_) => ItemKind::Indicator,
            BriefItem::Finding(_) => ItemKind::Finding,
        }
    }

    /// The record id; `None` for a compare selection.
    pub fn id(&self) -> Option<&str> {
        match self {
            BriefItem::Operator(id) => Some(id),
            BriefItem::Compare(_) => None,
            BriefItem::Case(id) => Some(id),
            BriefItem::Challenge(id) => Some(id),
            BriefItem::Example(id) => Some(id),
            BriefItem::Indicator(id) => Some(id),
            BriefItem::Finding(id) => Some(id),
        }
    }

    fn with_id(kind: ItemKind, id: &str) -> Option<Self> {
        Some(match kind {
            ItemKind::Operator => BriefItem::Operator(id.into()),
            ItemKind::Compare => return None,
            ItemKind::Case => BriefItem::Case(id.into()),
            ItemKind::Challenge => BriefItem::Challenge(id.into()),
            ItemKind::Example => BriefItem::Example(id.into()),
            ItemKind::Indicator => BriefItem::Indicator(id.into()),
            ItemKind::Finding => BriefItem::Finding(id.into()),
        })
    }
}

/// A pinned item and its note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pinned {
    pub item: BriefItem,
    pub note: Option<String>,
}

/// The ordered pinned items; an item appears once.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Brief {
    items: Vec<Pinned>,
}

/// A note as stored: one line, spaces collapsed, at most [`NOTE_MAX_CHARS`]; `None` if empty.
pub fn clean_note(note: &str) -> Option<String> {
    let spaced: String = note
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let line = spaced.split_whitespace().collect::<Vec<_>>().join(" ");
    let cut: String = line.chars().take(NOTE_MAX_CHARS).collect();
    let cut = cut.trim_end();
    (!cut.is_empty()).then(|| cut.to_string())
}

impl Brief {
    pub fn new() -> Self {
        Brief::default()
    }

    pub fn items(&self) -> &[Pinned] {
        &self.items
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn position(&self, item: &BriefItem) -> Option<usize> {
        self.items.iter().position(|p| &p.item == item)
    }

    pub fn contains(&self, item: &BriefItem) -> bool {
        self.position(item).is_some()
    }

    /// Appends an item; false (and no change) if it is already pinned or is an empty
    /// compare selection.
    pub fn add(&mut self, item: BriefItem) -> bool {
        let empty = matches!(&item, BriefItem::Compare(s) if s.is_empty());
        if empty || self.contains(&item) {
            return false;
        }
        self.items.push(Pinned { item, note: None });
        true
    }

    /// Removes the item at `index`.
    pub fn remove(&mut self, index: usize) -> Option<Pinned> {
        (index < self.items.len()).then(|| self.items.remove(index))
    }

    /// Removes `item` wherever it stands; false if it is not pinned.
    pub fn remove_item(&mut self, item: &BriefItem) -> bool {
        self.position(item).and_then(|at| self.remove(at)).is_some()
    }

    /// Swaps the item at `index` with the one before it; false at the top or out of range.
    pub fn move_up(&mut self, index: usize) -> bool {
        let ok = index > 0 && index < self.items.len();
        ok.then(|| self.items.swap(index - 1, index)).is_some()
    }

    /// Swaps the item at `index` with the one after it; false at the bottom or out of range.
    pub fn move_down(&mut self, index: usize) -> bool {
        let ok = index + 1 < self.items.len();
        ok.then(|| self.items.swap(index, index + 1)).is_some()
    }

    /// Sets (or, with blank text, clears) the note of the item at `index`, cleaned by
    /// [`clean_note`]; false if there is no such item.
    pub fn set_note(&mut self, index: usize, note: &str) -> bool {
        let pinned = self.items.get_mut(index);
        pinned.map(|p| p.note = clean_note(note)).is_some()
    }
}

/// Why a token of the URL was not used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DropReason {
    /// Well formed, but no such record in the data (or a code matching two ids).
    Unknown,
    /// The item is already in the brief.
    Duplicate,
    /// Not a token at all.
    Malformed,
}

/// A token that was not used, by name (without its note, cut to 64 characters).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dropped {
    pub token: String,
    pub reason: DropReason,
}

/// What a URL value gave: the brief made of its valid tokens, and every token dropped.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DecodedBrief {
    pub brief: Brief,
    pub dropped: Vec<Dropped>,
}

/// The hashed code of an id: FNV-1a 64 of its bytes, as [`CODE_LEN`] base-36 digits.
pub fn code_of(id: &str) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in id.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    let mut digits = vec![b'0'; CODE_LEN];
    for slot in digits.iter_mut().rev() {
        *slot = DIGITS[(hash % 36) as usize];
        hash /= 36;
    }
    String::from_utf8_lossy(&digits).into_owned()
}

/// The dataset's ids of each hashed kind, by code.
struct Codebook<'a> {
    by_code: HashMap<(ItemKind, String), Vec<&'a str>>,
}

impl<'a> Codebook<'a> {
    fn new(data: &'a Dataset) -> Self {
        let mut by_code: HashMap<(ItemKind, String), Vec<&'a str>> = HashMap::new();
        let mut ids: Vec<(ItemKind, &'a str)> = Vec::new();
        ids.extend(data.operators.iter().map(|r| (ItemKind::Operator, &*r.id)));
        ids.extend(data.cases.iter().map(|r| (ItemKind::Case, &*r.id)));
        ids.extend(
            data.challenges
                .iter()
                .map(|r| (ItemKind::Challenge, &*r.id)),
        );
        let examples = data.measures.iter().flat_map(|m| &m.examples);
        ids.extend(examples.map(|r| (ItemKind::Example, &*r.id)));
        ids.extend(
            data.indicators
                .iter()
                .map(|r| (ItemKind::Indicator, &*r.id)),
        );
        ids.extend(data.findings.iter().map(|r| (ItemKind::Finding, &*r.id)));
        for (kind, id) in ids {
            by_code.entry((kind, code_of(id))).or_default().push(id);
        }
        Codebook { by_code }
    }

    fn ids(&self, kind: ItemKind, code: &str) -> &[&'a str] {
        self.by_code
            .get(&(kind, code.to_string()))
            .map_or(&[], Vec::as_slice)
    }

    fn has(&self, kind: ItemKind, id: &str) -> bool {
        self.ids(kind, &code_of(id)).contains(&id)
    }

    /// The code when it names exactly this id; `None` when the id is unknown or shares it.
    fn unique_code(&self, kind: ItemKind, id: &str) -> Option<String> {
        let code = code_of(id);
        (self.ids(kind, &code) == [id]).then_some(code)
    }
}

/// Percent-encodes a note: every byte but ASCII letters, digits, `-` and `_`.
fn encode_note(note: &str) -> String {
    let mut out = String::with_capacity(note.len());
    for byte in note.bytes() {
        if byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_' {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

fn head_of(item: &BriefItem, book: &Codebook) -> String {
    let kind = item.kind();
    match item {
        BriefItem::Compare(Selection::Operators(ids)) => format!("so{}", ids.join(",")),
        BriefItem::Compare(Selection::Tiers(tiers)) => {
            let keys: Vec<&str> = tiers.iter().map(|t| t.key()).collect();
            format!("st{}", keys.join(","))
        }
        _ => {
            let id = item.id().unwrap_or_default();
            match book.unique_code(kind, id) {
                Some(code) => format!("{}{code}", kind.letter()),
                None => format!("{}{}", kind.letter().to_ascii_uppercase(), encode_note(id)),
            }
        }
    }
}

/// The brief as the URL value of [`PARAM`], ready to be written into the URL as it is.
pub fn encode(brief: &Brief, data: &Dataset) -> String {
    let book = Codebook::new(data);
    let with_note = |pinned: &Pinned| match pinned.note.as_deref().and_then(clean_note) {
        Some(note) => format!("{}~{}", head_of(&pinned.item, &book), encode_note(&note)),
        None => head_of(&pinned.item, &book),
    };
    brief
        .items
        .iter()
        .map(with_note)
        .collect::<Vec<_>>()
        .join(".")
}

/// Reports a token by name, cut to [`TOKEN_MAX_CHARS`].
fn drop(dropped: &mut Vec<Dropped>, token: &str, reason: DropReason) {
    let mut name: String = token.chars().take(TOKEN_MAX_CHARS).collect();
    if name.len() < token.len() {
        name.push('…');
    }
    dropped.push(Dropped {
        token: name,
        reason,
    });
}

fn is_code(text: &str) -> bool {
    text.len() == CODE_LEN
        && text
            .bytes()
            .all(|b| b.is_ascii_digit() || b.is_ascii_lowercase())
}

/// A byte of an id (`[a-z0-9-]`, docs/DATA.md).
fn id_byte(b: u8) -> bool {
    b.is_ascii_digit() || b.is_ascii_lowercase() || b == b'-'
}

fn is_id(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(id_byte)
}

/// A compare token (`so…`, `st…`) through the compare page's own parser; what it ignores is
/// reported by its id or key.
fn compare_item(head: &str, data: &Dataset, dropped: &mut Vec<Dropped>) -> Option<BriefItem> {
    let list = head.get(2..).filter(|list| !list.is_empty());
    let Some(list) = list.filter(|list| list.bytes().all(|b| id_byte(b) || b == b',')) else {
        drop(dropped, head, DropReason::Malformed);
        return None;
    };
    let parsed = match head.as_bytes().get(1) {
        Some(b'o') => parse_selection(data, Some(list), None),
        _ => parse_selection(data, None, Some(list)),
    };
    if parsed.selection.is_empty() {
        drop(dropped, head, DropReason::Unknown);
        return None;
    }
    for ignored in parsed.ignored {
        let (name, reason) = match ignored {
            Ignored::UnknownOperator(id) | Ignored::UnknownTier(id) => (id, DropReason::Unknown),
            Ignored::Duplicate(id) => (id, DropReason::Duplicate),
            Ignored::TooMany(id) => (id, DropReason::Malformed),
            Ignored::TiersWithOperators => (head.to_string(), DropReason::Malformed),
        };
        drop(dropped, &name, reason);
    }
    Some(BriefItem::Compare(parsed.selection))
}

/// A record token: a kind letter and a hashed code (lower case) or a literal id (upper case).
fn record_item(letter: char, rest: &str, book: &Codebook) -> Result<BriefItem, DropReason> {
    let kind = ItemKind::of_letter(letter).filter(|kind| *kind != ItemKind::Compare);
    let kind = kind.ok_or(DropReason::Malformed)?;
    let id = if letter.is_ascii_lowercase() && is_code(rest) {
        match book.ids(kind, rest) {
            [id] => *id,
            _ => return Err(DropReason::Unknown),
        }
    } else if letter.is_ascii_uppercase() && is_id(rest) {
        book.has(kind, rest)
            .then_some(rest)
            .ok_or(DropReason::Unknown)?
    } else {
        return Err(DropReason::Malformed);
    };
    BriefItem::with_id(kind, id).ok_or(DropReason::Malformed)
}

fn item_of(
    head: &str,
    data: &Dataset,
    book: &Codebook,
    dropped: &mut Vec<Dropped>,
) -> Option<BriefItem> {
    if head.starts_with("so") || head.starts_with("st") {
        return compare_item(head, data, dropped);
    }
    let mut chars = head.chars();
    let found = match chars.next() {
        Some(letter) => record_item(letter, chars.as_str(), book),
        None => Err(DropReason::Malformed),
    };
    found.map_err(|reason| drop(dropped, head, reason)).ok()
}

/// Reads a URL value as it stands in the URL (see [`raw_param`]). Never fails: unknown,
/// duplicate and malformed tokens are dropped, each reported by name; empty tokens (`a..b`,
/// a trailing `.`) are skipped silently.
pub fn decode(value: &str, data: &Dataset) -> DecodedBrief {
    let book = Codebook::new(data);
    let mut out = DecodedBrief::default();
    for token in value.split('.').filter(|t| !t.is_empty()) {
        let (head, note) = match token.split_once('~') {
            Some((head, note)) => (head, clean_note(&decode_component(note))),
            None => (token, None),
        };
        if head.is_empty() {
            drop(&mut out.dropped, token, DropReason::Malformed);
            continue;
        }
        let Some(item) = item_of(head, data, &book, &mut out.dropped) else {
            continue;
        };
        if out.brief.add(item) {
            if let Some(pinned) = out.brief.items.last_mut() {
                pinned.note = note;
            }
        } else {
            drop(&mut out.dropped, head, DropReason::Duplicate);
        }
    }
    out
}

/// The raw (not percent-decoded) value of `name` in a query string (with or without `?`).
pub fn raw_param<'a>(raw_query: &'a str, name: &str) -> Option<&'a str> {
    raw_query
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| match pair.split_once('=') {
            Some((key, value)) if key == name => Some(value),
            None if pair == name => Some(""),
            _ => None,
        })
}
