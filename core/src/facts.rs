//! The fact types of one article: what the engine produces, serde-serialisable.
//!
//! Field names follow the output contract (`docs/schema.md`). Offsets are UTF-8 byte offsets
//! here; the binding converts them to Python code-point offsets.

use serde::Serialize;

/// A half-open byte range `[start, end)` into the article text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    /// The text of this span. Panics if the span is not on character boundaries.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// Entity labels of the contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Label {
    PER,
    ORG,
    LOC,
    NORP,
    MISC,
}

impl Label {
    pub fn as_str(&self) -> &'static str {
        match self {
            Label::PER => "PER",
            Label::ORG => "ORG",
            Label::LOC => "LOC",
            Label::NORP => "NORP",
            Label::MISC => "MISC",
        }
    }
}

/// How a mention refers to its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MentionKind {
    Name,
    Nominal,
    Pronoun,
}

impl MentionKind {
    pub fn as_str(&self) -> &'static str {
        match self {
            MentionKind::Name => "name",
            MentionKind::Nominal => "nominal",
            MentionKind::Pronoun => "pronoun",
        }
    }
}

/// One place in the text that refers to an entity.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mention {
    #[serde(flatten)]
    pub span: Span,
    pub label: Label,
    /// Index into [`ArticleFacts::entities`] (equal to that entity's `id`).
    pub entity: Option<usize>,
    pub kind: MentionKind,
    /// ISO 3166-1 alpha-2 of the state a place name stands for ("Moscow said"), else None.
    pub stands_for: Option<String>,
}

/// One distinct real-world thing in the article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entity {
    pub id: usize,
    pub name: String,
    pub label: Label,
    pub mentions: usize,
    /// Byte offset of the first mention.
    pub first: usize,
    pub salience: f64,
    pub role: Option<String>,
    pub affiliation: Option<String>,
    pub country: Option<String>,
    pub geonameid: Option<i64>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// Members stated in parentheses after a group ("the X Group (France, Russia ...)").
    pub members: Vec<String>,
}

impl Entity {
    /// An entity with its identity only; the stages that know more fill in the rest.
    pub fn new(id: usize, name: impl Into<String>, label: Label, first: usize) -> Self {
        Entity {
            id,
            name: name.into(),
            label,
            mentions: 1,
            first,
            salience: 0.0,
            role: None,
            affiliation: None,
            country: None,
            geonameid: None,
            lat: None,
            lon: None,
            members: Vec::new(),
        }
    }
}

/// Kinds of quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    Direct,
    Partial,
    Indirect,
}

impl QuoteKind {
    pub fn as_str(&self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// A quotation and who said it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    /// The quoted words without the quotation marks.
    #[serde(flatten)]
    pub span: Span,
    pub kind: QuoteKind,
    pub cue: Option<String>,
    pub speaker: Option<String>,
    pub speaker_entity: Option<usize>,
    pub speaker_span: Option<Span>,
}

/// A temporal expression, TIMEX3 style.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DateFact {
    #[serde(flatten)]
    pub span: Span,
    /// `DATE`, `TIME`, `DURATION` or `SET`.
    pub timex_type: &'static str,
    pub value: Option<String>,
}

/// Everything extracted from one article (byte offsets).
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct ArticleFacts {
    pub title: Option<String>,
    /// Where the detected title stands in the text (None when given by the caller or absent).
    pub title_span: Option<Span>,
    pub published: Option<String>,
    pub language: String,
    pub boilerplate: Vec<Span>,
    pub sentences: usize,
    pub entities: Vec<Entity>,
    pub mentions: Vec<Mention>,
    pub quotes: Vec<Quote>,
    pub dates: Vec<DateFact>,
    pub error: Option<String>,
}

impl ArticleFacts {
    /// The result for an article that could not be processed: everything empty, `error` set.
    pub fn failed(message: impl Into<String>, published: Option<String>) -> Self {
        ArticleFacts {
            published,
            language: String::new(),
            error: Some(message.into()),
            ..Default::default()
        }
    }
}

/// The facts as JSON (byte offsets), for debugging and for tools outside Python.
pub fn to_json(facts: &ArticleFacts) -> Result<String, String> {
    serde_json::to_string(facts).map_err(|e| e.to_string())
}
