//! The open brief: the pinned items every view can add to and `/brief` shows. It lives in a
//! signal, and each change is saved to `localStorage` in the brief's own URL encoding
//! (`domain::brief::encode`), so the open draft survives a reload. (web-sys `Storage`
//! directly: one key, one string, not worth a storage crate in the wasm budget.)

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::brief::{decode, encode, Brief, BriefItem};
use crate::domain::catalog::Catalog;

const STORAGE_KEY: &str = "bluebook:brief";

#[derive(Clone, Copy)]
pub struct BriefStore {
    brief: RwSignal<Brief>,
    catalog: StoredValue<Arc<Catalog>>,
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

impl BriefStore {
    /// The brief (tracked).
    pub fn get(&self) -> Brief {
        self.brief.get()
    }

    /// Whether `item` is pinned (tracked).
    pub fn contains(&self, item: &BriefItem) -> bool {
        self.brief.with(|brief| brief.contains(item))
    }

    pub fn len(&self) -> usize {
        self.brief.with(Brief::len)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Changes the brief and saves the draft.
    pub fn update(&self, change: impl FnOnce(&mut Brief)) {
        self.brief.update(change);
        self.save();
    }

    /// Pins `item`, or unpins it if it is pinned.
    pub fn toggle(&self, item: BriefItem) {
        self.update(|brief| {
            if !brief.remove_item(&item) {
                brief.add(item);
            }
        });
    }

    /// The brief's URL value (`domain::brief::PARAM`), as it stands in a URL.
    pub fn encoded(&self) -> String {
        self.brief
            .with(|brief| self.catalog.with_value(|catalog| encode(brief, catalog)))
    }

    fn save(&self) {
        if let Some(storage) = storage() {
            let _ = storage.set_item(STORAGE_KEY, &self.encoded());
        }
    }
}

/// Called by the shell once the data has loaded: the draft saved by an earlier visit.
pub fn provide_brief(catalog: Arc<Catalog>) {
    let saved = storage()
        .and_then(|storage| storage.get_item(STORAGE_KEY).ok().flatten())
        .map(|value| decode(&value, &catalog).brief)
        .unwrap_or_default();
    provide_context(BriefStore {
        brief: RwSignal::new(saved),
        catalog: StoredValue::new(catalog),
    });
}

/// The open brief; provided with the data, so every view has it.
pub fn use_brief() -> BriefStore {
    use_context::<BriefStore>().expect("use_brief: the shell provides the brief with the data")
}
