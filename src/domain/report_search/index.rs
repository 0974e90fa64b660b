//! The inverted index: every field's folded text and token ids, postings from token id to
//! (field, position), and a sorted vocabulary of surface words for prefix matching.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::domain::model::Term as GlossaryTerm;
use crate::i18n::Lang;

use super::normalise::{fold, stem, tokens, Folded, TokenKind};
use super::records::Doc;
use super::Field;

/// A small multiplicative hasher (FxHash) for the index's short keys: much faster than SipHash
/// at build time, and the keys come from the report, not from an attacker.
#[derive(Debug, Default, Clone, Copy)]
pub struct Fx(u64);

impl Hasher for Fx {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(word));
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A `HashMap` with [`Fx`] hashing.
pub type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<Fx>>;

/// One indexed text of one record.
#[derive(Debug)]
pub struct FieldEntry {
    pub doc: u32,
    pub field: Field,
    pub lang: Lang,
    pub original: String,
    pub folded: Folded,
    /// Token ids with their folded byte ranges.
    pub tokens: Vec<(u32, u32, u32)>,
}

/// A glossary entry's forms, folded: the abbreviation, the zh and the en expansion.
#[derive(Debug)]
pub struct Synonyms {
    pub forms: [String; 3],
}

#[derive(Debug)]
pub struct Index {
    pub docs: Vec<Doc>,
    pub fields: Vec<FieldEntry>,
    /// Token key (a word's stem, a CJK character, a symbol) → id.
    ids: FxMap<String, u32>,
    /// One-character keys, the bulk of CJK text, looked up without a string.
    chars: FxMap<char, u32>,
    /// id → (field, token position), in field order.
    pub postings: Vec<Vec<(u32, u32)>>,
    /// (surface word, id), sorted, for prefix look-ups.
    vocab: Vec<(String, u32)>,
    pub synonyms: Vec<Synonyms>,
}

impl Index {
    pub fn new(mut docs: Vec<Doc>, terms: &[GlossaryTerm]) -> Self {
        let mut index = Index {
            docs: Vec::new(),
            fields: Vec::new(),
            ids: FxMap::default(),
            chars: FxMap::default(),
            postings: Vec::new(),
            vocab: Vec::new(),
            synonyms: terms
                .iter()
                .map(|t| Synonyms {
                    forms: [fold(&t.abbreviation), fold(&t.full.zh), fold(&t.full.en)],
                })
                .collect(),
        };
        let mut vocab: FxMap<String, u32> = FxMap::default();
        for (at, doc) in docs.iter_mut().enumerate() {
            for raw in std::mem::take(&mut doc.fields) {
                index.add_field(at as u32, raw.field, raw.lang, raw.text, &mut vocab);
            }
        }
        index.docs = docs;
        index.vocab = vocab.into_iter().collect();
        index.vocab.sort_unstable();
        index
    }

    fn add_field(
        &mut self,
        doc: u32,
        field: Field,
        lang: Lang,
        original: String,
        vocab: &mut FxMap<String, u32>,
    ) {
        let folded = Folded::new(&original);
        let at = self.fields.len() as u32;
        let mut ids = Vec::new();
        for token in tokens(&folded.text) {
            let surface = &folded.text[token.start..token.end];
            let id = match token.kind {
                TokenKind::Word => {
                    let id = self.intern(&stem(surface));
                    if !vocab.contains_key(surface) {
                        vocab.insert(surface.to_string(), id);
                    }
                    id
                }
                TokenKind::Cjk | TokenKind::Symbol => self.intern_char(surface),
            };
            self.postings[id as usize].push((at, ids.len() as u32));
            ids.push((id, token.start as u32, token.end as u32));
        }
        self.fields.push(FieldEntry {
            doc,
            field,
            lang,
            original,
            folded,
            tokens: ids,
        });
    }

    fn new_id(&mut self) -> u32 {
        self.postings.push(Vec::new());
        (self.postings.len() - 1) as u32
    }

    fn intern(&mut self, key: &str) -> u32 {
        if let Some(&id) = self.ids.get(key) {
            return id;
        }
        let id = self.new_id();
        self.ids.insert(key.to_string(), id);
        id
    }

    fn intern_char(&mut self, key: &str) -> u32 {
        let mut chars = key.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => {
                if let Some(&id) = self.chars.get(&c) {
                    return id;
                }
                let id = self.intern(key);
                self.chars.insert(c, id);
                id
            }
            _ => self.intern(key),
        }
    }

    /// The id of a stemmed word, a CJK character or a symbol, if the text has it.
    pub fn id(&self, key: &str) -> Option<u32> {
        let mut chars = key.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => self.chars.get(&c).or_else(|| self.ids.get(key)).copied(),
            _ => self.ids.get(key).copied(),
        }
    }

    /// Ids of every word whose folded surface starts with `prefix` (the exact stem aside).
    pub fn prefixed(&self, prefix: &str) -> Vec<u32> {
        let from = self
            .vocab
            .partition_point(|(word, _)| word.as_str() < prefix);
        let mut ids: Vec<u32> = self.vocab[from..]
            .iter()
            .take_while(|(word, _)| word.starts_with(prefix))
            .map(|&(_, id)| id)
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// The token id at `pos` of `field`, if any.
    pub fn token_at(&self, field: u32, pos: usize) -> Option<u32> {
        self.fields[field as usize].tokens.get(pos).map(|t| t.0)
    }
}
