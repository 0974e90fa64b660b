//! Citing the report: the metadata is the report's own (cover page and data/edition.json), and
//! both styles carry the page, footnotes, permalink and access date in their standard forms.

mod common;

use bluebook::domain::citation::{
    apa, cite, csv_comment, gbt7714, title_and_link, AccessDate, CitationStyle, Pinpoint,
    AUTHORS_EN, AUTHORS_ZH, DATE_EN, DATE_ZH, EDITION_EN, EDITION_ZH, METADATA_PAGE, REPORT_NUMBER,
    SERIES_ZH, TITLE_EN, TITLE_ZH, YEAR,
};
use bluebook::domain::{Footnote, Text};
use bluebook::i18n::Lang;

const LINK: &str = "https://example.org/cases/quanzhou-5g-planning?lang=en";

fn date(y: u16, m: u8, d: u8) -> AccessDate {
    AccessDate::new(y, m, d).expect("a valid date")
}

/// The cover page's text (page 1: up to the first line that starts with a single space),
/// without whitespace.
fn cover() -> String {
    let text = common::source::text();
    let mut page = String::new();
    for (index, line) in text.lines().enumerate() {
        if index > 0 && line.starts_with(' ') && !line.starts_with("  ") {
            break;
        }
        page.extend(line.chars().filter(|c| !c.is_whitespace()));
    }
    page
}

fn text(zh: &str, en: &str) -> Text {
    Text {
        zh: zh.into(),
        en: en.into(),
    }
}

fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn metadata_stands_on_the_cover_page() {
    let cover = cover();
    assert_eq!(METADATA_PAGE, 1);
    // The extraction writes the cover's dash as "--".
    let title = format!("{}{EDITION_ZH}", TITLE_ZH.replace("——", "--"));
    assert!(cover.contains(&squeeze(&title)), "title not on p. 1");
    for piece in AUTHORS_ZH
        .iter()
        .chain(&[DATE_ZH, REPORT_NUMBER, SERIES_ZH, "版权声明"])
    {
        assert!(cover.contains(&squeeze(piece)), "{piece} not on p. 1");
    }
    assert!(DATE_ZH.starts_with(&YEAR.to_string()));
    // What the report does not state is not given: no place, no ISBN or DOI.
    for absent in ["北京", "ISBN", "DOI"] {
        assert!(!cover.contains(absent), "{absent} is on p. 1 after all");
    }
}

#[test]
fn metadata_agrees_with_edition_json() {
    let data = common::real_dataset();
    let edition = data.edition.expect("edition.json has its edition");
    assert_eq!(edition.title.zh, TITLE_ZH);
    assert_eq!(edition.subtitle.zh, EDITION_ZH);
    assert_eq!(edition.subtitle.en, EDITION_EN);
    assert_eq!(edition.title.en.to_lowercase(), TITLE_EN.to_lowercase());
    assert_eq!(edition.date, text(DATE_ZH, DATE_EN));
    assert_eq!(edition.report_number, REPORT_NUMBER);
    assert_eq!(edition.cite.page, METADATA_PAGE);
    let zh: Vec<&str> = edition.publishers.iter().map(|p| p.zh.as_str()).collect();
    let en: Vec<&str> = edition.publishers.iter().map(|p| p.en.as_str()).collect();
    assert_eq!(zh, AUTHORS_ZH);
    assert_eq!(en, AUTHORS_EN);
}

#[test]
fn gbt7714_is_a_report_entry_with_page_access_date_and_link() {
    let text = gbt7714(&Pinpoint::page(12), LINK, date(2026, 3, 7));
    assert_eq!(
        text,
        format!(
            "中国信息通信研究院, 中国电信股份有限公司研究院, 中国移动通信研究院（中移智库）, 等. \
             电信业发展蓝皮书——智能化发展(2024年): No.202408[R]. [出版地不详]: \
             中国信息通信研究院, 2024: 12[2026-03-07]. {LINK}."
        )
    );
    // Zero-padded [YYYY-MM-DD] right after the page, the link at the end.
    assert!(text.contains(": 12[2026-03-07]. "));
    assert!(text.ends_with(&format!("{LINK}.")));
    assert!(!text.contains("北京"), "the report names no place");
    assert!(!text.contains('\n'));
}

#[test]
fn a_whole_report_citation_has_no_page() {
    let text = gbt7714(&Pinpoint::whole(), LINK, date(2026, 11, 30));
    assert!(text.contains(", 2024[2026-11-30]. "), "{text}");
    let text = apa(&Pinpoint::whole(), LINK, date(2026, 11, 30));
    assert!(text.contains("(Report No.202408)"), "{text}");
    assert!(!text.contains("p. "), "{text}");
}

#[test]
fn apa_has_authors_year_original_and_translated_title_and_retrieval() {
    let text = apa(&Pinpoint::page(12), LINK, date(2026, 11, 30));
    assert_eq!(
        text,
        format!(
            "China Academy of Information and Communications Technology, China Telecom \
             Corporation Limited Research Institute, China Mobile Research Institute (China \
             Mobile Think Tank), & China United Network Communications Co., Ltd. Research \
             Institute. (2024). 电信业发展蓝皮书——智能化发展(2024年) [Blue book on telecom \
             industry development: Intelligent development (2024)] (Report No.202408, p. 12). \
             Retrieved November 30, 2026, from {LINK}"
        )
    );
    assert!(text.contains(". (2024). "));
}

#[test]
fn a_record_with_footnotes_is_cited_with_each_of_them() {
    let data = common::real_dataset();
    let indicator = data
        .indicators
        .iter()
        .find(|i| i.cite.footnotes.len() > 1)
        .expect("an indicator with two footnotes");
    let cite_ = &indicator.cite;
    let at = Pinpoint::of(cite_);
    let zh = gbt7714(&at, LINK, date(2026, 1, 2));
    assert!(
        zh.contains(&format!(": {}[2026-01-02]", cite_.page)),
        "{zh}"
    );
    let en = apa(&at, LINK, date(2026, 1, 2));
    assert!(en.contains(&format!("p. {}; note ", cite_.page)), "{en}");
    assert!(en.ends_with(LINK), "{en}");
    for note in &cite_.footnotes {
        assert!(
            zh.contains(&format!(
                "脚注{}：{}",
                note.number,
                note.text.zh.trim_end_matches('。')
            )),
            "{zh}"
        );
        assert!(
            en.contains(&format!(
                "note {}: {}",
                note.number,
                note.text.en.trim_end_matches('.')
            )),
            "{en}"
        );
    }
}

#[test]
fn one_footnote_is_a_note_and_line_breaks_never_reach_the_citation() {
    let note = [Footnote {
        number: 12,
        text: text("资料来源：\n公开新闻信息", "Source: public\r\nnews reports"),
    }];
    let at = Pinpoint {
        page: Some(30),
        footnotes: &note,
    };
    let zh = gbt7714(&at, "https://example.org/x\n", date(2026, 11, 30));
    assert!(
        zh.ends_with("https://example.org/x. 脚注12：资料来源： 公开新闻信息。"),
        "{zh}"
    );
    let en = apa(&at, LINK, date(2026, 11, 30));
    assert!(
        en.contains("(Report No.202408, p. 30; note 12: Source: public news reports). Retrieved"),
        "{en}"
    );
    assert!(en.ends_with(LINK), "{en}");
    for style in CitationStyle::ALL {
        let line = csv_comment(&cite(
            style,
            &at,
            "https://example.org/x\n",
            date(2026, 11, 30),
        ));
        assert!(line.starts_with("# "), "{line}");
        assert!(!line.contains(['\n', '\r']), "{line}");
        assert_eq!(
            line,
            format!(
                "# {}",
                cite(style, &at, "https://example.org/x", date(2026, 11, 30))
            )
        );
    }
}

#[test]
fn styles_are_keyed_and_follow_the_language() {
    assert_eq!(CitationStyle::Gbt7714.key(), "gbt7714");
    assert_eq!(CitationStyle::Apa.key(), "apa");
    assert_eq!(CitationStyle::from_key("apa"), Some(CitationStyle::Apa));
    assert_eq!(CitationStyle::from_key("mla"), None);
    assert_eq!(CitationStyle::for_lang(Lang::Zh), CitationStyle::Gbt7714);
    assert_eq!(CitationStyle::for_lang(Lang::En), CitationStyle::Apa);
    let at = Pinpoint::page(5);
    let accessed = date(2026, 2, 1);
    assert_eq!(
        cite(CitationStyle::Apa, &at, LINK, accessed),
        apa(&at, LINK, accessed)
    );
    assert_eq!(
        cite(CitationStyle::Gbt7714, &at, LINK, accessed),
        gbt7714(&at, LINK, accessed)
    );
}

#[test]
fn access_dates_are_calendar_dates() {
    assert_eq!(date(2026, 3, 7).iso(), "2026-03-07");
    assert_eq!(date(2026, 3, 7).apa(), "March 7, 2026");
    assert_eq!(AccessDate::new(2026, 2, 29), None);
    assert_eq!(
        AccessDate::new(2028, 2, 29).map(AccessDate::iso).as_deref(),
        Some("2028-02-29")
    );
    assert_eq!(AccessDate::new(2100, 2, 29), None);
    assert_eq!(AccessDate::new(2026, 13, 1), None);
    assert_eq!(AccessDate::new(2026, 4, 31), None);
    assert_eq!(AccessDate::new(2026, 1, 0), None);
    assert_eq!(
        AccessDate::from_iso("2026-11-30T08:15:00.000Z"),
        Some(date(2026, 11, 30))
    );
    assert_eq!(AccessDate::from_iso("2026-1-30"), None);
    assert_eq!(AccessDate::from_iso("30/11/2026"), None);
}

#[test]
fn title_and_link_is_two_lines() {
    assert_eq!(
        title_and_link("泉州联通\n5G 规划 ", LINK),
        format!("泉州联通 5G 规划\n{LINK}")
    );
}
