//! UI strings of the brief (/brief), in zh and en, and the brief document's languages.

use super::Lang;
use crate::domain::brief::{DropReason, Dropped, ItemKind};

/// The languages a brief document is shown in (`?doc=zh|en|both`); without `doc` it follows
/// the UI language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DocLang {
    Zh,
    En,
    /// zh and en side by side.
    Both,
}

impl DocLang {
    pub const ALL: [DocLang; 3] = [DocLang::Zh, DocLang::En, DocLang::Both];

    /// The `doc` URL value.
    pub fn key(self) -> &'static str {
        match self {
            DocLang::Zh => "zh",
            DocLang::En => "en",
            DocLang::Both => "both",
        }
    }

    /// Reads a `doc` URL value; anything else is `None` (the UI language).
    pub fn parse(value: &str) -> Option<Self> {
        DocLang::ALL.into_iter().find(|doc| doc.key() == value)
    }

    /// The document's languages, in column order, when the UI speaks `ui`.
    pub fn langs(doc: Option<DocLang>, ui: Lang) -> Vec<Lang> {
        match doc {
            None => vec![ui],
            Some(DocLang::Zh) => vec![Lang::Zh],
            Some(DocLang::En) => vec![Lang::En],
            Some(DocLang::Both) => vec![Lang::Zh, Lang::En],
        }
    }
}

strings! {
    /// UI strings; each key has zh and en, or the build fails.
    pub enum BriefUi {
        Title => "简报", "Brief";
        Intro => "钉选的报告内容：每项附报告原文、页码与备注，可排序、打印为 A4 文档或以幻灯片放映。链接即简报本身，可直接分享。", "What you pinned from the report: each item with the report's own words, its page and your note. Reorder it, print it as an A4 document or show it as slides. The link is the brief itself: share it as it is.";
        Empty => "简报还是空的。", "The brief is empty.";
        HowToPin => "在运营企业、对比、案例、挑战、举措实例和指标卡片上点击“钉到简报”，所选内容就会出现在这里。", "Use “Pin to brief” on an operator, a comparison, a case, a challenge, a measure example or an indicator card, and it appears here.";
        DroppedNotice => "链接中有以下条目无法使用，已略过：", "Some items in the link could not be used and were left out:";
        DroppedUnknown => "报告中没有此条目", "no such item in the report";
        DroppedDuplicate => "重复", "duplicate";
        DroppedMalformed => "格式不正确", "not a valid item";
        DocLanguage => "文档语言", "Document language";
        DocZh => "中文", "Chinese";
        DocEn => "英文", "English";
        DocBoth => "中英对照", "Both, side by side";
        Slides => "幻灯片放映", "Slide show";
        ShareLink => "分享链接", "Link to share";
        Note => "备注", "Note";
        NotePlaceholder => "一行备注（可选）", "A one-line note (optional)";
        MoveUp => "上移", "Move up";
        MoveDown => "下移", "Move down";
        Remove => "移除", "Remove";
        Sources => "资料来源", "Sources";
        KindOperator => "运营企业", "Operator";
        KindCompare => "对比", "Comparison";
        KindCase => "案例", "Case";
        KindChallenge => "挑战", "Challenge";
        KindExample => "举措实例", "Measure example";
        KindIndicator => "指标", "Indicator";
        KindFinding => "定性判断", "Finding";
        Tier => "战略层级", "Tier";
        Models => "大模型", "Models";
        Platforms => "平台", "Platforms";
        Outcomes => "成效", "Outcomes";
        Recommendations => "对策建议", "Recommendations";
        Investments => "投资", "Investments";
        Operators => "运营企业", "Operators";
        Missing => "数据中已无此条目", "This item is no longer in the data";
        Quote => "报告原文", "The report's words";
        SlideLabel => "幻灯片", "Slide";
        PreviousSlide => "上一张", "Previous slide";
        NextSlide => "下一张", "Next slide";
        FullScreen => "全屏", "Full screen";
        LeaveSlides => "退出放映（Esc）", "Leave slides (Esc)";
        SlideKeys => "方向键或 PageUp/PageDown 翻页，Esc 退出。", "Arrow keys or Page Up/Down to move, Escape to leave.";
    }
}

/// An item's kind, as a label.
pub fn kind_label(kind: ItemKind, lang: Lang) -> &'static str {
    let key = match kind {
        ItemKind::Operator => BriefUi::KindOperator,
        ItemKind::Compare => BriefUi::KindCompare,
        ItemKind::Case => BriefUi::KindCase,
        ItemKind::Challenge => BriefUi::KindChallenge,
        ItemKind::Example => BriefUi::KindExample,
        ItemKind::Indicator => BriefUi::KindIndicator,
        ItemKind::Finding => BriefUi::KindFinding,
    };
    lang.t(key)
}

/// A dropped token and why, in words: `cZZZZ（报告中没有此条目）`, `cZZZZ (duplicate)`.
pub fn dropped_text(dropped: &Dropped, lang: Lang) -> String {
    let reason = lang.t(match dropped.reason {
        DropReason::Unknown => BriefUi::DroppedUnknown,
        DropReason::Duplicate => BriefUi::DroppedDuplicate,
        DropReason::Malformed => BriefUi::DroppedMalformed,
    });
    match lang {
        Lang::Zh => format!("{}（{reason}）", dropped.token),
        Lang::En => format!("{} ({reason})", dropped.token),
    }
}

/// "3 / 7" — the slide number.
pub fn slide_number(at: usize, of: usize) -> String {
    format!("{} / {of}", at + 1)
}

/// The slide's announcement: "第 3 张，共 7 张：…" / "Slide 3 of 7: …".
pub fn slide_announcement(at: usize, of: usize, title: &str, lang: Lang) -> String {
    let n = at + 1;
    match lang {
        Lang::Zh => format!("第 {n} 张，共 {of} 张：{title}"),
        Lang::En => format!("Slide {n} of {of}: {title}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doc_keys_read_back() {
        for doc in DocLang::ALL {
            assert_eq!(DocLang::parse(doc.key()), Some(doc));
        }
        assert_eq!(DocLang::parse("fr"), None);
        assert_eq!(DocLang::langs(None, Lang::En), vec![Lang::En]);
        assert_eq!(
            DocLang::langs(Some(DocLang::Both), Lang::En),
            vec![Lang::Zh, Lang::En]
        );
    }

    #[test]
    fn slides_are_numbered_from_one() {
        assert_eq!(slide_number(2, 7), "3 / 7");
        assert_eq!(slide_announcement(2, 7, "x", Lang::En), "Slide 3 of 7: x");
    }
}
