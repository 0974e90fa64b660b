//! Briefs on the real `data/`: every kind round-trips through its URL value with order and
//! notes, a 30-item brief fits a short URL, bad tokens are dropped and named, and the editing
//! operations keep one of each item.

mod common;

use bluebook::domain::brief::{
    clean_note, code_of, decode, encode, raw_param, Brief, BriefItem, DropReason, Dropped,
    ItemKind, CODE_LEN, NOTE_MAX_CHARS, PARAM,
};
use bluebook::domain::compare::Selection;
use bluebook::domain::{Dataset, TierId};

const PREFIX: &str = "https://example.org/brief?b=";

fn ops(ids: &[&str]) -> BriefItem {
    BriefItem::Compare(Selection::Operators(
        ids.iter().map(|id| (*id).into()).collect(),
    ))
}

/// One item of every kind, from the real data.
fn one_of_each(data: &Dataset) -> Vec<BriefItem> {
    let example = data
        .measures
        .iter()
        .flat_map(|m| &m.examples)
        .next()
        .expect("an example");
    vec![
        BriefItem::Operator(data.operators[0].id.clone()),
        ops(&["ntt", "skt", "china-mobile"]),
        BriefItem::Compare(Selection::Tiers(vec![
            TierId::Optimisation,
            TierId::Transformation,
        ])),
        BriefItem::Case(data.cases[3].id.clone()),
        BriefItem::Challenge(data.challenges[1].id.clone()),
        BriefItem::Example(example.id.clone()),
        BriefItem::Indicator(data.indicators[2].id.clone()),
        BriefItem::Finding(data.findings[0].id.clone()),
    ]
}

/// Every record of every hashed kind.
fn everything(data: &Dataset) -> Vec<BriefItem> {
    let mut items: Vec<BriefItem> = Vec::new();
    items.extend(
        data.operators
            .iter()
            .map(|r| BriefItem::Operator(r.id.clone())),
    );
    items.extend(data.cases.iter().map(|r| BriefItem::Case(r.id.clone())));
    items.extend(
        data.challenges
            .iter()
            .map(|r| BriefItem::Challenge(r.id.clone())),
    );
    items.extend(
        data.measures
            .iter()
            .flat_map(|m| &m.examples)
            .map(|r| BriefItem::Example(r.id.clone())),
    );
    items.extend(
        data.indicators
            .iter()
            .map(|r| BriefItem::Indicator(r.id.clone())),
    );
    items.extend(
        data.findings
            .iter()
            .map(|r| BriefItem::Finding(r.id.clone())),
    );
    items
}

fn brief_of(items: impl IntoIterator<Item = BriefItem>) -> Brief {
    let mut brief = Brief::new();
    for item in items {
        assert!(brief.add(item.clone()), "{item:?} added twice");
    }
    brief
}

fn url_safe(value: &str) -> bool {
    value
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "-_.~,%".contains(c))
}

#[test]
fn every_kind_round_trips_with_order_and_notes() {
    let data = common::real_dataset();
    let items = one_of_each(&data);
    let kinds: Vec<ItemKind> = items.iter().map(BriefItem::kind).collect();
    for kind in ItemKind::ALL {
        assert!(kinds.contains(&kind), "no {kind:?} in the test brief");
    }
    // Reverse the data's order so the test sees order kept, not order restored.
    let mut brief = brief_of(items.into_iter().rev());
    assert!(brief.set_note(0, "看第 3 页. 100% ~ a+b & c=d #1 / 中文"));
    assert!(brief.set_note(2, "second\nline   joined"));
    assert!(brief.set_note(7, "end."));
    let value = encode(&brief, &data);
    assert!(url_safe(&value), "{value}");
    let decoded = decode(&value, &data);
    assert_eq!(decoded.dropped, vec![]);
    assert_eq!(decoded.brief, brief);
    let notes: Vec<Option<&str>> = decoded
        .brief
        .items()
        .iter()
        .map(|p| p.note.as_deref())
        .collect();
    assert_eq!(notes[0], Some("看第 3 页. 100% ~ a+b & c=d #1 / 中文"));
    assert_eq!(notes[2], Some("second line joined"));
    assert_eq!(notes[7], Some("end."));
    assert_eq!(notes.iter().filter(|n| n.is_none()).count(), 5);
}

#[test]
fn every_record_round_trips_and_is_a_short_hashed_code() {
    let data = common::real_dataset();
    let items = everything(&data);
    assert!(items.len() > 100, "{}", items.len());
    let brief = brief_of(items.clone());
    let value = encode(&brief, &data);
    let tokens: Vec<&str> = value.split('.').collect();
    assert_eq!(tokens.len(), items.len());
    for (token, item) in tokens.iter().zip(&items) {
        let id = item.id().expect("a record id");
        assert_eq!(token.len(), 1 + CODE_LEN, "{token} for {id}");
        assert!(token.ends_with(&code_of(id)), "{token} for {id}");
    }
    let decoded = decode(&value, &data);
    assert_eq!(decoded.dropped, vec![]);
    assert_eq!(decoded.brief, brief);
}

#[test]
fn codes_never_change_meaning() {
    // Old links keep their meaning only while the hash stays the same.
    assert_eq!(code_of("ntt"), "l3g1");
    assert_eq!(code_of("china-mobile"), "3eux");
    assert_eq!(code_of(""), "ux45");
}

#[test]
fn thirty_items_fit_a_short_url_and_notes_add_their_own_length() {
    let data = common::real_dataset();
    let mut items: Vec<BriefItem> = Vec::new();
    items.extend(
        data.cases
            .iter()
            .take(12)
            .map(|r| BriefItem::Case(r.id.clone())),
    );
    items.extend(
        data.operators
            .iter()
            .take(5)
            .map(|r| BriefItem::Operator(r.id.clone())),
    );
    items.extend(
        data.indicators
            .iter()
            .take(5)
            .map(|r| BriefItem::Indicator(r.id.clone())),
    );
    items.extend(
        data.findings
            .iter()
            .take(3)
            .map(|r| BriefItem::Finding(r.id.clone())),
    );
    items.extend(
        data.challenges
            .iter()
            .take(2)
            .map(|r| BriefItem::Challenge(r.id.clone())),
    );
    items.extend(
        data.measures
            .iter()
            .flat_map(|m| &m.examples)
            .take(2)
            .map(|r| BriefItem::Example(r.id.clone())),
    );
    items.push(ops(&[
        "china-mobile",
        "china-telecom",
        "china-unicom",
        "skt",
    ]));
    assert_eq!(items.len(), 30);
    let mut brief = brief_of(items);
    let value = encode(&brief, &data);
    let url = format!("{PREFIX}{value}&lang=en");
    assert!(url.len() < 2000, "{} characters: {url}", url.len());
    assert!(url.len() < 300, "codes got long: {} characters", url.len());

    let note = "关键 figure";
    let encoded_note = "%E5%85%B3%E9%94%AE%20figure";
    assert!(brief.set_note(4, note));
    let with_note = encode(&brief, &data);
    assert_eq!(with_note.len(), value.len() + 1 + encoded_note.len());
    assert!(
        with_note.contains(&format!("~{encoded_note}.")),
        "{with_note}"
    );
}

#[test]
fn the_value_is_read_raw_from_the_query() {
    let data = common::real_dataset();
    let mut brief = brief_of(one_of_each(&data));
    brief.set_note(1, "a.b~c&d=e");
    let value = encode(&brief, &data);
    let query = format!("?lang=en&{PARAM}={value}&mode=slides");
    let raw = raw_param(&query, PARAM).expect("the b parameter");
    assert_eq!(raw, value);
    assert_eq!(decode(raw, &data).brief, brief);
    assert_eq!(raw_param("lang=en", PARAM), None);
    assert_eq!(raw_param("b&lang=en", PARAM), Some(""));
    assert_eq!(decode("", &data).brief, Brief::new());
}

fn dropped(token: &str, reason: DropReason) -> Dropped {
    Dropped {
        token: token.into(),
        reason,
    }
}

#[test]
fn bad_tokens_are_dropped_by_name_and_the_rest_kept() {
    let data = common::real_dataset();
    let case = &data.cases[0].id;
    let op = &data.operators[0].id;
    let code = code_of(case);
    let unknown_code = (0..)
        .map(|n| format!("{n:04}"))
        .find(|c| code_of(c) != code && decode(&format!("c{c}"), &data).brief.is_empty())
        .expect("an unused code");
    let long = "q".repeat(100);
    let value = format!(
        "c{code}~first.c{unknown_code}.Cno-such-case.c{code}~again.C{case}.zz.c12.cAB!?.{long}.\
         ..so.sontt,nope,ntt.stoptimisation,never.sonope.~orphan.O{op}.Ox_y"
    );
    let decoded = decode(&value, &data);
    let kept: Vec<&BriefItem> = decoded.brief.items().iter().map(|p| &p.item).collect();
    assert_eq!(
        kept,
        vec![
            &BriefItem::Case(case.clone()),
            &ops(&["ntt"]),
            &BriefItem::Compare(Selection::Tiers(vec![TierId::Optimisation])),
            &BriefItem::Operator(op.clone()),
        ]
    );
    assert_eq!(decoded.brief.items()[0].note.as_deref(), Some("first"));
    assert_eq!(
        decoded.dropped,
        vec![
            dropped(&format!("c{unknown_code}"), DropReason::Unknown),
            dropped("Cno-such-case", DropReason::Unknown),
            dropped(&format!("c{code}"), DropReason::Duplicate),
            dropped(&format!("C{case}"), DropReason::Duplicate),
            dropped("zz", DropReason::Malformed),
            dropped("c12", DropReason::Malformed),
            dropped("cAB!?", DropReason::Malformed),
            dropped(&format!("{}…", "q".repeat(64)), DropReason::Malformed),
            dropped("so", DropReason::Malformed),
            dropped("nope", DropReason::Unknown),
            dropped("ntt", DropReason::Duplicate),
            dropped("never", DropReason::Unknown),
            dropped("sonope", DropReason::Unknown),
            dropped("~orphan", DropReason::Malformed),
            dropped("Ox_y", DropReason::Malformed),
        ]
    );
}

#[test]
fn a_code_shared_by_two_ids_falls_back_to_the_literal_id() {
    let mut data = common::real_dataset();
    let original = data.cases[0].clone();
    let code = code_of(&original.id);
    let twin = (0u64..50_000_000)
        .map(|n| format!("twin-{n}"))
        .find(|id| code_of(id) == code)
        .expect("a colliding id");
    let mut copy = original.clone();
    copy.id = twin.as_str().into();
    data.cases.push(copy);

    let brief = brief_of([
        BriefItem::Case(original.id.clone()),
        BriefItem::Case(twin.as_str().into()),
    ]);
    let value = encode(&brief, &data);
    assert_eq!(value, format!("C{}.C{twin}", original.id));
    assert_eq!(decode(&value, &data).brief, brief);
    // An old link's code now names two records: reported, never guessed.
    let decoded = decode(&format!("c{code}"), &data);
    assert!(decoded.brief.is_empty());
    assert_eq!(
        decoded.dropped,
        vec![dropped(&format!("c{code}"), DropReason::Unknown)]
    );
}

#[test]
fn editing_keeps_one_of_each_item_in_order() {
    let data = common::real_dataset();
    let items = one_of_each(&data);
    let mut brief = brief_of(items.clone());
    assert!(!brief.add(items[3].clone()), "a duplicate was added");
    assert!(!brief.add(BriefItem::Compare(Selection::Operators(vec![]))));
    assert_eq!(brief.len(), items.len());

    assert!(!brief.move_up(0));
    assert!(!brief.move_down(items.len() - 1));
    assert!(!brief.move_down(items.len()));
    assert!(brief.move_up(3));
    assert_eq!(brief.items()[2].item, items[3]);
    assert_eq!(brief.items()[3].item, items[2]);
    assert!(brief.move_down(2));
    assert_eq!(brief.items()[3].item, items[3]);

    assert!(brief.set_note(3, "  keep\tthis  "));
    assert_eq!(brief.items()[3].note.as_deref(), Some("keep this"));
    assert!(brief.move_up(3));
    assert_eq!(brief.items()[2].note.as_deref(), Some("keep this"));
    assert!(brief.set_note(2, " \n "));
    assert_eq!(brief.items()[2].note, None);
    assert!(!brief.set_note(99, "x"));

    let removed = brief.remove(0).expect("the first item");
    assert_eq!(removed.item, items[0]);
    assert_eq!(brief.remove(99), None);
    assert!(brief.remove_item(&items[5]));
    assert!(!brief.remove_item(&items[5]));
    assert!(!brief.contains(&items[0]));
    assert_eq!(brief.position(&items[1]), Some(0));
    assert!(brief.add(items[0].clone()));
    assert_eq!(brief.position(&items[0]), Some(brief.len() - 1));
}

#[test]
fn notes_are_one_line_and_capped() {
    assert_eq!(clean_note(""), None);
    assert_eq!(clean_note("a\r\nb"), Some("a b".into()));
    let long = "字".repeat(NOTE_MAX_CHARS + 10);
    let cut = clean_note(&long).expect("a note");
    assert_eq!(cut.chars().count(), NOTE_MAX_CHARS);
}

#[test]
fn the_catalog_finds_every_pinnable_record_by_id() {
    let catalog = bluebook::domain::catalog::Catalog::new(common::real_dataset());
    for indicator in &catalog.indicators {
        assert_eq!(
            catalog.indicator(&indicator.id).map(|r| &r.id),
            Some(&indicator.id)
        );
    }
    for finding in &catalog.findings {
        assert_eq!(
            catalog.finding(&finding.id).map(|r| &r.id),
            Some(&finding.id)
        );
    }
    for measure in &catalog.measures {
        for example in &measure.examples {
            let (found_measure, found) = catalog.example(&example.id).expect("example found");
            assert_eq!((&found_measure.id, &found.id), (&measure.id, &example.id));
        }
    }
    assert!(catalog.indicator("no-such-indicator").is_none());
    assert!(catalog.example("no-such-example").is_none());
}
