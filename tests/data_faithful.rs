//! Faithfulness to the report beyond numbers: zh text is the report's own words, English adds
//! nothing, periods are periods, and every footnote a cited sentence carries is cited.

mod common;

use bluebook::domain::validate::cites;
use bluebook::domain::Text;
use common::source;

/// Every record's zh summary, as (file, record id, text).
fn summaries(data: &bluebook::domain::Dataset) -> Vec<(&'static str, &str, &Text)> {
    let cases = data
        .cases
        .iter()
        .map(|c| ("cases.json", c.id.as_str(), &c.summary));
    let challenges = data
        .challenges
        .iter()
        .map(|c| ("challenges.json", c.id.as_str(), &c.summary));
    let recommendations = data
        .recommendations
        .iter()
        .map(|r| ("challenges.json", r.id.as_str(), &r.summary));
    let findings = data
        .findings
        .iter()
        .map(|f| ("indicators.json", f.id.as_str(), &f.statement));
    cases
        .chain(challenges)
        .chain(recommendations)
        .chain(findings)
        .collect()
}

#[test]
fn every_zh_summary_is_made_of_sentences_of_the_report() {
    let report = source::normalised(true);
    let data = common::real_dataset();
    let mut edited = Vec::new();
    for (file, id, summary) in summaries(&data) {
        for sentence in source::sentences(&summary.zh) {
            // A summary may end a sentence where the report goes on: the closing mark is ours.
            let words = sentence.trim_end_matches(['。', '；', '！', '？']);
            if !source::says(&report, words) {
                edited.push(format!("{file}:{id} summary.zh: '{sentence}'"));
            }
        }
    }
    assert!(
        edited.is_empty(),
        "{} sentences are not the report's words:\n{}",
        edited.len(),
        edited.join("\n")
    );
}

#[test]
fn every_case_title_is_the_reports_heading_or_words() {
    let report = source::normalised(true);
    let data = common::real_dataset();
    let invented: Vec<String> = data
        .cases
        .iter()
        // A heading and words from its sentence may be joined by "：".
        .filter(|case| {
            case.title
                .zh
                .split('：')
                .any(|part| !source::says(&report, part))
        })
        .map(|case| format!("{}: '{}'", case.id, case.title.zh))
        .collect();
    assert!(
        invented.is_empty(),
        "titles the report never uses:\n{}",
        invented.join("\n")
    );
}

/// The captions ("图 3 全球 Top10…") of the figures a sentence points to ("如图 3").
fn figure_captions(sentence: &str) -> Vec<String> {
    let report = source::text();
    let sentence: String = sentence.chars().filter(|c| !c.is_whitespace()).collect();
    sentence
        .match_indices("如图")
        .filter_map(|(at, mark)| {
            let number: String = sentence[at + mark.len()..]
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            let caption = format!("图 {number} ");
            report
                .lines()
                .find(|line| !number.is_empty() && line.trim_start().starts_with(&caption))
                .map(str::to_string)
        })
        .collect()
}

#[test]
fn an_indicator_period_is_a_period_its_sentence_gives() {
    let data = common::real_dataset();
    let mut wrong = Vec::new();
    for indicator in &data.indicators {
        let Some(period) = &indicator.period else {
            continue;
        };
        let said = |text: &str| {
            let text: String = text.chars().filter(|c| !c.is_whitespace()).collect();
            let period: String = period.zh.chars().filter(|c| !c.is_whitespace()).collect();
            text.contains(&period)
        };
        let names_a_source = ["《", "报告", "记分牌", "来源"]
            .iter()
            .any(|mark| period.zh.contains(mark));
        // A sentence may give its period through the figure it points to ("（如图 3）").
        let captions = indicator
            .cite
            .quote
            .as_deref()
            .map(figure_captions)
            .unwrap_or_default();
        let in_sentence = indicator.cite.quote.as_deref().is_some_and(said)
            || said(&indicator.metric.wording)
            || captions.iter().any(|caption| said(caption));
        if names_a_source || !in_sentence {
            wrong.push(format!("{}: period '{}'", indicator.id, period.zh));
        }
    }
    assert!(
        wrong.is_empty(),
        "periods that are sources, or that the cited sentence does not give:\n{}",
        wrong.join("\n")
    );
}

/// Every record's report text: its quote, and its zh summary where it has one.
fn report_texts(
    data: &bluebook::domain::Dataset,
) -> Vec<(String, &bluebook::domain::Cite, Vec<String>)> {
    let mut out = Vec::new();
    let summary_of = |file: &str, id: &str| {
        summaries(data)
            .into_iter()
            .find(|(f, record, _)| *f == file && *record == id)
            .map(|(_, _, text)| text.zh.clone())
    };
    for (place, field, cite) in cites(data) {
        let mut texts: Vec<String> = cite.quote.iter().cloned().collect();
        if field == "cite" {
            texts.extend(
                summary_of(place.file, place.record)
                    .map(|summary| {
                        source::sentences(&summary)
                            .into_iter()
                            .map(|s| s.trim_end_matches(['。', '；']).to_string())
                            .collect::<Vec<_>>()
                    })
                    .into_iter()
                    .flatten(),
            );
        }
        out.push((
            format!("{}:{} {field}", place.file, place.record),
            cite,
            texts,
        ));
    }
    out
}

#[test]
fn a_citation_carries_every_footnote_its_sentences_carry() {
    let report = source::normalised(true);
    let defined = source::footnotes(&source::text());
    let data = common::real_dataset();
    let mut wrong = Vec::new();
    for (at, cite, texts) in report_texts(&data) {
        let cited: Vec<u32> = cite.footnotes.iter().map(|note| note.number).collect();
        for note in &cite.footnotes {
            // The report's footnote may run over several lines: its first line must open ours.
            let stated = defined
                .get(&note.number)
                .map(|(_, text)| text.replace(' ', ""));
            let ours = note.text.zh.replace(' ', "");
            if !stated
                .as_deref()
                .is_some_and(|first| ours.starts_with(first))
            {
                wrong.push(format!(
                    "{at}: footnote {} reads '{}', the report: {stated:?}",
                    note.number, note.text.zh
                ));
            }
        }
        for text in texts {
            let markers = source::find(&report, &text).unwrap_or_default();
            for marker in markers.into_iter().filter(|n| defined.contains_key(n)) {
                if !cited.contains(&marker) {
                    wrong.push(format!("{at}: footnote {marker} of '{text}' is not cited"));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "footnotes:\n{}", wrong.join("\n"));
}

/// Every `en` text in a data file, with where it stands.
fn english_texts(value: &serde_json::Value, path: String, out: &mut Vec<(String, String)>) {
    match value {
        serde_json::Value::Object(map) => {
            if let (Some(serde_json::Value::String(en)), true) =
                (map.get("en"), map.contains_key("zh"))
            {
                out.push((path.clone(), en.clone()));
            }
            for (key, child) in map {
                english_texts(child, format!("{path}.{key}"), out);
            }
        }
        serde_json::Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                english_texts(child, format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}

/// A name-like word: Latin letters with a capital after the first letter (TeleChat, AIGC,
/// GenAI), which English translation cannot produce from Chinese words.
fn name_like_words(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '+' || c == '&'))
        .filter(|word| {
            let mut letters = word.chars().filter(char::is_ascii_alphabetic);
            letters.next().is_some() && letters.any(|c| c.is_ascii_uppercase())
        })
        .collect()
}

/// English words for what the report names in Chinese: abbreviations of common words and the
/// established English names of organisations. A product or model name that the report never
/// uses (say, an English brand for 星辰) does not belong here: the translation adds no names.
const ENGLISH_FOR: [(&str, &str); 17] = [
    ("Q&A", "问答"),
    ("O&M", "运维"),
    ("R&D", "研发"),
    ("HD", "高清"),
    ("SOE", "央企"),
    ("CEO", "首席执行官"),
    ("IoT", "物联网"),
    ("USD", "美元"),
    ("UK", "英国"),
    ("EU", "欧盟"),
    ("SoftBank", "软银"),
    ("McKinsey", "麦肯锡"),
    ("MIIT", "工信部"),
    ("SASAC", "国资委"),
    ("iiMedia", "艾媒咨询"),
    ("iFlytek", "科大讯飞"),
    ("CMRI", "中国移动通信研究院"),
];

#[test]
fn english_text_adds_no_names_the_report_does_not_use() {
    let text = source::text();
    for (en, zh) in ENGLISH_FOR {
        assert!(text.contains(zh), "{en}: the report never says {zh}");
    }
    let report = text.to_lowercase();
    let mut added = Vec::new();
    for (file, text) in common::real_files() {
        let json: serde_json::Value = serde_json::from_str(&text).expect("real data is JSON");
        let mut texts = Vec::new();
        english_texts(&json, file.to_string(), &mut texts);
        for (path, en) in texts {
            for word in name_like_words(&en) {
                let singular = word.strip_suffix('s').unwrap_or(word);
                let known = [word, singular].iter().any(|w| {
                    report.contains(&w.to_lowercase()) || ENGLISH_FOR.iter().any(|(en, _)| en == w)
                });
                if !known {
                    added.push(format!("{path}: '{word}'"));
                }
            }
        }
    }
    added.sort();
    added.dedup();
    assert!(
        added.is_empty(),
        "names the report never uses:\n{}",
        added.join("\n")
    );
}

/// Renderings that say something the report does not: (zh words, wrong English, why).
const MISTRANSLATIONS: [(&str, &str, &str); 3] = [
    (
        "数据污染",
        "poisoning",
        "数据污染 is contamination, not a deliberate attack",
    ),
    (
        "上万人",
        "tens of thousands",
        "上万人 is more than ten thousand",
    ),
    (
        "上万",
        "tens of thousands",
        "上万 is more than ten thousand",
    ),
];

#[test]
fn known_mistranslations_are_absent() {
    let data = common::real_dataset();
    let mut wrong = Vec::new();
    for (file, id, text) in summaries(&data) {
        for (zh, en, why) in MISTRANSLATIONS {
            if text.zh.contains(zh) && text.en.contains(en) {
                wrong.push(format!("{file}:{id}: '{en}' ({why})"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
