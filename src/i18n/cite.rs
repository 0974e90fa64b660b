//! UI strings of citing, copying, pinning and printing, in zh and en.

strings! {
    /// UI strings; each key has zh and en, or the build fails.
    pub enum CiteUi {
        Cite => "引用", "Cite";
        CiteView => "引用本视图", "Cite this view";
        CopyTitleLink => "复制标题和链接", "Copy title and link";
        Pin => "加入简报", "Pin to brief";
        Pinned => "已加入简报", "Pinned";
        CitationCopied => "引文已复制到剪贴板。", "Citation copied to the clipboard.";
        LinkCopied => "标题和链接已复制到剪贴板。", "Title and link copied to the clipboard.";
        CopyByHand => "浏览器不允许自动复制：文本已选中，请按 Ctrl+C（或 ⌘C）。", "The browser refused to copy: the text is selected, press Ctrl+C (or ⌘C).";
        Style => "引文格式", "Citation style";
        Print => "打印 / PDF", "Print / PDF";
    }
}
