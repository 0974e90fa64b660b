//! Citing the report: its bibliographic metadata, and a full citation for a page (and its
//! footnotes), a permalink and an access date, in GB/T 7714-2015 (zh) or APA 7 (en).
//!
//! Everything the report states about itself stands on its cover page (page 1 by the page
//! convention of docs/DATA.md): the four institutes, `2024年9月`, `No.202408`, the title
//! `电信业发展蓝皮书 / --智能化发展 / (2024 年)`, the 版权声明 naming the same four institutes as
//! copyright holders, and the 更名声明 (the “集智” white paper renamed “集智” blue book).
//!
//! **Not in the report, so not given here:** a place of publication (no city, address or
//! back cover in the text), a publisher other than the four institutes, an ISBN, a DOI or a
//! web address. GB/T 7714-2015 (8.4.1.3) writes a missing Chinese place as `[出版地不详]`;
//! APA 7 gives no place at all. No clock is read: the access date is passed in.

use std::fmt::Write as _;

use super::keys::keyed_enum;
use super::model::{Cite, Footnote};
use crate::i18n::Lang;

/// The title as on the cover (p. 1). The text extracts the cover's dash as `--`; it is
/// written `——`, as in `data/edition.json`.
pub const TITLE_ZH: &str = "电信业发展蓝皮书——智能化发展";
/// The edition, printed under the title on the cover (p. 1) as `(2024 年)`.
pub const EDITION_ZH: &str = "(2024年)";
/// Our translation of [`TITLE_ZH`] (the report has no English title), in APA sentence case.
pub const TITLE_EN: &str = "Blue book on telecom industry development: Intelligent development";
/// Our translation of [`EDITION_ZH`].
pub const EDITION_EN: &str = "(2024)";
/// The authors in the cover's order (p. 1); the 版权声明 (p. 1) names the same four.
pub const AUTHORS_ZH: [&str; 4] = [
    "中国信息通信研究院",
    "中国电信股份有限公司研究院",
    "中国移动通信研究院（中移智库）",
    "中国联合网络通信有限公司研究院",
];
/// The authors in English: CAICT's own English name; the other three are our translation.
pub const AUTHORS_EN: [&str; 4] = [
    "China Academy of Information and Communications Technology",
    "China Telecom Corporation Limited Research Institute",
    "China Mobile Research Institute (China Mobile Think Tank)",
    "China United Network Communications Co., Ltd. Research Institute",
];
/// The date on the cover (p. 1); the report gives no day.
pub const DATE_ZH: &str = "2024年9月";
pub const DATE_EN: &str = "September 2024";
/// The year of [`DATE_ZH`].
pub const YEAR: u16 = 2024;
/// The report number on the cover (p. 1).
pub const REPORT_NUMBER: &str = "No.202408";
/// The series, from the 更名声明 (p. 1). Neither style below has a slot for it in a report.
pub const SERIES_ZH: &str = "“集智”蓝皮书";
/// The page that carries all of the above.
pub const METADATA_PAGE: u32 = 1;

keyed_enum! {
    /// A citation style; the key is what a URL or a setting stores.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
    pub enum CitationStyle {
        /// GB/T 7714-2015, for the zh UI.
        #[default]
        Gbt7714 => "gbt7714",
        /// APA 7th edition, for the en UI.
        Apa => "apa",
    }
}

impl CitationStyle {
    /// The style a language starts with: GB/T 7714 for zh, APA for en.
    pub fn for_lang(lang: Lang) -> Self {
        match lang {
            Lang::Zh => CitationStyle::Gbt7714,
            Lang::En => CitationStyle::Apa,
        }
    }
}

/// The day a view was accessed, given by the caller (no clock here).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AccessDate {
    year: u16,
    month: u8,
    day: u8,
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl AccessDate {
    /// A calendar date (years 1000–9999), or `None` (month 13, 30 February, …).
    pub fn new(year: u16, month: u8, day: u8) -> Option<Self> {
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        ((1000..=9999).contains(&year) && (1..=days).contains(&day)).then_some(AccessDate {
            year,
            month,
            day,
        })
    }

    /// Reads the first ten characters of an ISO date or timestamp (`2026-11-30T…`).
    pub fn from_iso(text: &str) -> Option<Self> {
        let date = text.get(..10)?;
        let mut parts = date.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        AccessDate::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }

    pub fn year(self) -> u16 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// `2026-03-07`, as GB/T 7714 writes an 引用日期.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// `March 7, 2026`, as APA writes a retrieval date.
    pub fn apa(self) -> String {
        let month = MONTHS_EN
            .get(usize::from(self.month) - 1)
            .copied()
            .unwrap_or_default();
        format!("{month} {}, {}", self.day, self.year)
    }
}

/// What in the report is cited: a page (none for a view that spans the report) and the
/// footnotes the cited sentence carries.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Pinpoint<'a> {
    pub page: Option<u32>,
    pub footnotes: &'a [Footnote],
}

impl<'a> Pinpoint<'a> {
    /// The report as a whole.
    pub fn whole() -> Self {
        Pinpoint::default()
    }

    /// One page, no footnote.
    pub fn page(page: u32) -> Self {
        Pinpoint {
            page: Some(page),
            footnotes: &[],
        }
    }

    /// A record's page and every footnote of its cited sentence.
    pub fn of(cite: &'a Cite) -> Self {
        Pinpoint {
            page: Some(cite.page),
            footnotes: &cite.footnotes,
        }
    }
}

/// Text on one line: line breaks and other control characters become single spaces.
fn one_line(text: &str) -> String {
    let spaced: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// GB/T 7714-2015, report [R]: `主要责任者. 题名: 其他题名信息[R]. 出版地: 出版者, 出版年:
/// 引文页码[引用日期]. 获取和访问路径.` More than three authors: the first three and `等`
/// (8.1.2); the report number as 其他题名信息 (as the standard's `…: PB 91-194001[R]`); no
/// place in the report, so `[出版地不详]` (8.4.1.3); of several publishers the first (8.4.2).
/// Footnotes follow the entry as `脚注12：资料来源：…。`
pub fn gbt7714(at: &Pinpoint, permalink: &str, accessed: AccessDate) -> String {
    let mut out = format!(
        "{}, 等. {TITLE_ZH}{EDITION_ZH}: {REPORT_NUMBER}[R]. [出版地不详]: {}, {YEAR}",
        AUTHORS_ZH[..3].join(", "),
        AUTHORS_ZH[0],
    );
    if let Some(page) = at.page {
        let _ = write!(out, ": {page}");
    }
    let _ = write!(out, "[{}]. {}.", accessed.iso(), one_line(permalink));
    let notes: Vec<String> = at
        .footnotes
        .iter()
        .map(|f| {
            let text = one_line(&f.text.zh);
            format!("脚注{}：{}", f.number, text.trim_end_matches(['。', '.']))
        })
        .collect();
    if !notes.is_empty() {
        let _ = write!(out, " {}。", notes.join("；"));
    }
    out
}

/// APA 7, a report by group authors: `Authors. (2024). Original title [Translated title]
/// (Report No.202408, p. 12; note 3: …). Retrieved Month D, YYYY, from URL`. The original
/// title comes first and the English one in brackets (APA's convention for a work in another
/// language: the bracketed title is a translation, ours). The publisher is omitted because it
/// is the authors; the retrieval date is given because a dashboard view can change; the URL
/// ends the entry. Plain text: the title's italics are lost.
pub fn apa(at: &Pinpoint, permalink: &str, accessed: AccessDate) -> String {
    let (last, first) = AUTHORS_EN.split_last().unwrap_or((&"", &[]));
    let mut details = format!("Report {REPORT_NUMBER}");
    if let Some(page) = at.page {
        let _ = write!(details, ", p. {page}");
    }
    for note in at.footnotes {
        let text = one_line(&note.text.en);
        let _ = write!(
            details,
            "; note {}: {}",
            note.number,
            text.trim_end_matches('.')
        );
    }
    format!(
        "{}, & {last}. ({YEAR}). {TITLE_ZH}{EDITION_ZH} [{TITLE_EN} {EDITION_EN}] ({details}). \
         Retrieved {}, from {}",
        first.join(", "),
        accessed.apa(),
        one_line(permalink),
    )
}

/// The full citation in `style`, on one line.
pub fn cite(style: CitationStyle, at: &Pinpoint, permalink: &str, accessed: AccessDate) -> String {
    match style {
        CitationStyle::Gbt7714 => gbt7714(at, permalink, accessed),
        CitationStyle::Apa => apa(at, permalink, accessed),
    }
}

/// A citation as a CSV comment line (`# …`, no line break), for the top of an export.
pub fn csv_comment(citation: &str) -> String {
    format!("# {}", one_line(citation))
}

/// "Copy title and link": the title on the first line, the permalink on the second.
pub fn title_and_link(title: &str, permalink: &str) -> String {
    format!("{}\n{}", one_line(title), one_line(permalink))
}
