//! The portal kit: how a page load is shown (`embed=1`, `theme=`), the embedded view's
//! source line, auto-height reports to the parent frame, and the "Embed this view" dialog.
//! The rules (allow-list, parent decision, snippet) are in `crate::domain::embed`.

pub mod dialog;
pub mod height;
pub mod presentation;
pub mod source_line;
