//! Walks the dataset into searchable documents: one per record, each with its display title,
//! page, report order and every zh/en text it carries (quotes, footnotes, metrics included).

use crate::domain::model::*;
use crate::i18n::Lang;

use super::{FactList, Field, Hit};

/// One searchable text of a record.
#[derive(Debug, Clone)]
pub struct RawField {
    pub field: Field,
    pub lang: Lang,
    pub text: String,
}

/// One record as the index sees it.
#[derive(Debug, Clone)]
pub struct Doc {
    pub hit: Hit,
    pub title: Text,
    /// The operator of a fact, the measure of an example: shown beside the title.
    pub context: Option<Text>,
    pub page: u32,
    pub fields: Vec<RawField>,
}

impl Doc {
    fn new(hit: Hit, title: &Text, page: u32) -> Self {
        let mut doc = Doc {
            hit,
            title: title.clone(),
            context: None,
            page,
            fields: Vec::new(),
        };
        doc.text(Field::Title, title);
        doc
    }

    fn push(&mut self, field: Field, lang: Lang, text: &str) {
        if !text.trim().is_empty() {
            self.fields.push(RawField {
                field,
                lang,
                text: text.to_string(),
            });
        }
    }

    /// Both languages of a text.
    fn text(&mut self, field: Field, text: &Text) -> &mut Self {
        self.push(field, Lang::Zh, &text.zh);
        self.push(field, Lang::En, &text.en);
        self
    }

    fn maybe(&mut self, field: Field, text: Option<&Text>) -> &mut Self {
        if let Some(text) = text {
            self.text(field, text);
        }
        self
    }

    /// The quote, footnotes and named source of a cite.
    fn cite(&mut self, cite: &Cite) -> &mut Self {
        if let Some(quote) = &cite.quote {
            self.push(Field::Quote, Lang::Zh, quote);
        }
        for note in &cite.footnotes {
            self.text(Field::Footnote, &note.text);
        }
        self.maybe(Field::Source, cite.source.as_ref())
    }

    fn metric(&mut self, metric: &Metric) -> &mut Self {
        self.text(Field::Figure, &metric.measure)
            .push(Field::Figure, Lang::Zh, &metric.wording);
        self.maybe(Field::Detail, metric.baseline.as_ref())
    }
}

/// Joins the names of `ids` among the operators ("中国移动、中国电信" / "China Mobile, China Telecom").
fn operator_names(data: &Dataset, ids: &[crate::domain::OperatorId]) -> Text {
    let names: Vec<&Text> = ids
        .iter()
        .filter_map(|id| data.operators.iter().find(|op| op.id == *id))
        .map(|op| &op.name)
        .collect();
    Text {
        zh: names
            .iter()
            .map(|n| n.zh.as_str())
            .collect::<Vec<_>>()
            .join("、"),
        en: names
            .iter()
            .map(|n| n.en.as_str())
            .collect::<Vec<_>>()
            .join(", "),
    }
}

fn fact_lists(op: &Operator) -> [(FactList, &Vec<Fact>); 4] {
    [
        (FactList::Models, &op.models),
        (FactList::Platforms, &op.platforms),
        (FactList::ComputeLayouts, &op.compute_layouts),
        (FactList::OrgMoves, &op.org_moves),
    ]
}

fn operators(data: &Dataset, out: &mut Vec<Doc>) {
    for op in &data.operators {
        let mut doc = Doc::new(Hit::Operator(op.id.clone()), &op.name, op.cite.page);
        doc.maybe(Field::Detail, op.country.as_ref()).cite(&op.cite);
        out.push(doc);
        for (list, facts) in fact_lists(op) {
            for (index, fact) in facts.iter().enumerate() {
                let hit = Hit::OperatorFact {
                    operator: op.id.clone(),
                    list,
                    index,
                };
                let mut doc = Doc::new(hit, &fact.label, fact.cite.page);
                doc.context = Some(op.name.clone());
                doc.text(Field::Detail, &op.name)
                    .maybe(Field::Text, fact.detail.as_ref())
                    .maybe(Field::Detail, fact.date.as_ref())
                    .cite(&fact.cite);
                out.push(doc);
            }
        }
    }
}

fn measures(data: &Dataset, out: &mut Vec<Doc>) {
    for measure in &data.measures {
        let mut doc = Doc::new(
            Hit::Measure(measure.id.clone()),
            &measure.name,
            measure.cite.page,
        );
        doc.text(Field::Text, &measure.rationale)
            .cite(&measure.cite);
        out.push(doc);
        for example in &measure.examples {
            let title = operator_names(data, &example.operators);
            let mut doc = Doc::new(Hit::Example(example.id.clone()), &title, example.cite.page);
            doc.context = Some(measure.name.clone());
            doc.text(Field::Detail, &measure.name)
                .text(Field::Text, &example.description)
                .maybe(Field::Detail, example.partner.as_ref())
                .maybe(Field::Detail, example.date.as_ref());
            for investment in &example.investments {
                doc.metric(&investment.amount)
                    .maybe(Field::Detail, investment.period.as_ref())
                    .maybe(Field::Figure, investment.purpose.as_ref());
            }
            doc.cite(&example.cite);
            out.push(doc);
        }
    }
}

fn tiers(data: &Dataset, out: &mut Vec<Doc>) {
    for axis in &data.axes {
        let mut doc = Doc::new(Hit::Axis(axis.id.clone()), &axis.name, axis.cite.page);
        doc.text(Field::Text, &axis.description).cite(&axis.cite);
        out.push(doc);
    }
    for tier in &data.tiers {
        let mut doc = Doc::new(Hit::Tier(tier.id), &tier.name, tier.cite.page);
        for text in [
            &tier.positioning,
            &tier.business_layout,
            &tier.infrastructure,
            &tier.own_capabilities,
            &tier.ai_role,
        ] {
            doc.maybe(Field::Text, text.as_ref());
        }
        doc.cite(&tier.cite);
        out.push(doc);
    }
}

fn indicators(data: &Dataset, out: &mut Vec<Doc>) {
    for ind in &data.indicators {
        let title = Text {
            zh: format!("{}：{}", ind.subject.zh, ind.metric.measure.zh),
            en: format!("{}: {}", ind.subject.en, ind.metric.measure.en),
        };
        let mut doc = Doc::new(Hit::Indicator(ind.id.clone()), &title, ind.cite.page);
        doc.push(Field::Figure, Lang::Zh, &ind.metric.wording);
        doc.maybe(Field::Detail, ind.period.as_ref())
            .maybe(Field::Detail, ind.metric.baseline.as_ref())
            .cite(&ind.cite);
        out.push(doc);
    }
    for finding in &data.findings {
        let mut doc = Doc::new(
            Hit::Finding(finding.id.clone()),
            &finding.topic,
            finding.cite.page,
        );
        doc.text(Field::Text, &finding.statement)
            .maybe(Field::Detail, finding.period.as_ref())
            .cite(&finding.cite);
        out.push(doc);
    }
}

fn cases_and_chapter_five(data: &Dataset, out: &mut Vec<Doc>) {
    for case in &data.cases {
        let mut doc = Doc::new(Hit::Case(case.id.clone()), &case.title, case.cite.page);
        doc.text(Field::Text, &case.summary);
        for outcome in &case.outcomes {
            doc.metric(outcome);
        }
        doc.cite(&case.cite);
        out.push(doc);
    }
    for ch in &data.challenges {
        let mut doc = Doc::new(Hit::Challenge(ch.id.clone()), &ch.title, ch.cite.page);
        doc.text(Field::Text, &ch.summary).cite(&ch.cite);
        out.push(doc);
    }
    for rec in &data.recommendations {
        let mut doc = Doc::new(
            Hit::Recommendation(rec.id.clone()),
            &rec.title,
            rec.cite.page,
        );
        doc.text(Field::Text, &rec.summary).cite(&rec.cite);
        out.push(doc);
    }
}

fn glossary_and_outline(data: &Dataset, out: &mut Vec<Doc>) {
    for term in &data.terms {
        let title = Text {
            zh: format!("{}（{}）", term.abbreviation, term.full.zh),
            en: format!("{} ({})", term.abbreviation, term.full.en),
        };
        let mut doc = Doc::new(Hit::Term(term.id.clone()), &title, term.cite.page);
        doc.cite(&term.cite);
        out.push(doc);
    }
    for section in &data.sections {
        let mut doc = Doc::new(
            Hit::Section(section.id.clone()),
            &section.title,
            section.page,
        );
        doc.context = section.number.as_ref().map(|n| Text {
            zh: n.clone(),
            en: n.clone(),
        });
        out.push(doc);
    }
}

/// Every record of the dataset, sorted into report order: by page, then by the order of
/// the collections within a page (outline first) and of the records within a collection.
pub fn documents(data: &Dataset) -> Vec<Doc> {
    let mut out = Vec::new();
    glossary_and_outline(data, &mut out);
    indicators(data, &mut out);
    tiers(data, &mut out);
    operators(data, &mut out);
    measures(data, &mut out);
    cases_and_chapter_five(data, &mut out);
    // Sections sort before the records on their page; the sort is stable otherwise.
    out.sort_by_key(|doc| (doc.page, !matches!(doc.hit, Hit::Section(_))));
    out
}
