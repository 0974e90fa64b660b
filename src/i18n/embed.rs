//! UI strings of the portal kit (embed mode, the Embed dialog) and of the shell's
//! accessibility aids, in zh and en.

strings! {
    /// UI strings; each key has zh and en, or the build fails.
    pub enum EmbedUi {
        SkipToContent => "跳到主要内容", "Skip to main content";
        ViewActions => "本视图操作", "Actions for this view";
        Embed => "嵌入", "Embed";
        EmbedTitle => "嵌入此视图", "Embed this view";
        EmbedIntro => "把下面的代码粘贴到门户页面中。iframe 显示本视图的当前状态（筛选、选择），并随内容自动调整高度。", "Paste this code into a portal page. The iframe shows this view in its current state (filters, selection) and sizes itself to its content.";
        EmbedLanguage => "语言", "Language";
        EmbedTheme => "主题", "Theme";
        ThemeLight => "浅色", "Light";
        ThemeDark => "深色", "Dark";
        ThemeAuto => "跟随系统", "Follow the system";
        Snippet => "嵌入代码", "Embed code";
        HelperNote => "辅助脚本 embed.js 让 iframe 随内容调整高度；门户的来源须列在本站的 embed.json 中。", "The helper script embed.js sizes the iframe to its content; the portal's origin must be listed in this dashboard's embed.json.";
        Copy => "复制代码", "Copy code";
        Copied => "已复制到剪贴板。", "Copied to the clipboard.";
        CopyByHand => "浏览器不允许自动复制：代码已选中，请按 Ctrl+C（或 ⌘C）。", "The browser refused to copy: the code is selected, press Ctrl+C (or ⌘C).";
        Preview => "实时预览", "Live preview";
        PreviewFrame => "嵌入预览", "Embed preview";
        Close => "关闭", "Close";
        OpenFull => "在完整看板中打开", "Open in the full dashboard";
        NewTab => "（新标签页）", "(new tab)";
        SearchButton => "搜索", "Search";
    }
}
