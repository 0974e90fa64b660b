//! The one error type for bad data: which file, which record, which field, what is wrong.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    pub file: String,
    /// The record's id, `collection[index]` when it has no usable id, or `-` for a fault at
    /// the top level of the file (docs/DATA.md, "Errors").
    pub record: String,
    /// A path into the record, such as `outcomes[0].range`; the key of a top-level fault; `-`
    /// for the file as a whole (unreadable, not one object, malformed outside every key).
    pub field: String,
    pub reason: String,
}

impl DataError {
    pub fn new(
        file: impl Into<String>,
        record: impl Into<String>,
        field: impl Into<String>,
        reason: impl Into<String>,
    ) -> Self {
        Self {
            file: file.into(),
            record: cut(record.into()),
            field: cut(field.into()),
            reason: cut(reason.into()),
        }
    }
}

/// The most characters an error keeps of each part: a 10 MB string in the data (which serde
/// quotes in its messages) is not echoed whole.
const MAX_CHARS: usize = 300;

fn cut(text: String) -> String {
    match text.char_indices().nth(MAX_CHARS) {
        Some((end, _)) => format!("{}… ({} bytes in all)", &text[..end], text.len()),
        None => text,
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: record {}, field {}: {}",
            self.file, self.record, self.field, self.reason
        )
    }
}

impl std::error::Error for DataError {}
