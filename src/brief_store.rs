//! The open brief: the pinned items every view can add to and `/brief` shows. It lives in a
//! signal, and each change is saved to `localStorage` in the brief's own URL encoding
//! (`domain::brief::encode`), so the open draft survives a reload. (web-sys `Storage`
//! directly: one key, one string, not worth a storage crate in the wasm budget.)

use std::sync::Arc;

use leptos::prelude::*;

use crate::context::view_mirror;
use crate::domain::brief::{decode, encode, Brief, BriefItem};
use crate::domain::catalog::Catalog;

const STORAGE_KEY: &str = "bluebook:brief";

#[derive(Clone, Copy)]
pub struct BriefStore {
    /// The open brief, for the whole session: changes are written here.
    brief: RwSignal<Brief>,
    /// What reads track: a mirror of `brief` owned by the reading view
    /// (`context::view_mirror`), so the views' effects never subscribe to the session's signal.
    tracked: Memo<Brief>,
    catalog: StoredValue<Arc<Catalog>>,
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

impl BriefStore {
    /// The brief (tracked).
    pub fn get(&self) -> Brief {
        self.tracked.get()
    }

    /// Whether `item` is pinned (tracked).
    pub fn contains(&self, item: &BriefItem) -> bool {
        self.tracked.with(|brief| brief.contains(item))
    }

    pub fn len(&self) -> usize {
        self.tracked.with(Brief::len)
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
        self.tracked.with(|brief| self.encode(brief))
    }

    fn encode(&self, brief: &Brief) -> String {
        self.catalog.with_value(|catalog| encode(brief, catalog))
    }

    fn save(&self) {
        if let Some(storage) = storage() {
            let encoded = self.brief.with_untracked(|brief| self.encode(brief));
            let _ = storage.set_item(STORAGE_KEY, &encoded);
        }
    }
}

/// Called by the shell once the data has loaded: the draft saved by an earlier visit.
pub fn provide_brief(catalog: Arc<Catalog>) {
    let saved = storage()
        .and_then(|storage| storage.get_item(STORAGE_KEY).ok().flatten())
        .map(|value| decode(&value, &catalog).brief)
        .unwrap_or_default();
    let brief = RwSignal::new(saved);
    provide_context(BriefStore {
        brief,
        tracked: Memo::new(move |_| brief.get()),
        catalog: StoredValue::new(catalog),
    });
}

/// Called for each routed view (`app::routed`): the same brief, read through
/// the view's own mirror.
pub fn provide_view_brief() {
    if let Some(store) = use_context::<BriefStore>() {
        let brief = store.brief;
        provide_context(BriefStore {
            tracked: view_mirror(move || brief.get()),
            ..store
        });
    }
}

/// The open brief; provided with the data, so every view has it.
pub fn use_brief() -> BriefStore {
    use_context::<BriefStore>().expect("use_brief: the shell provides the brief with the data")
}
