//! Named-entity tagging: tokens → name mentions with labels.
//!
//! Placeholder stage: the trained tagger (issue 3) fills it. Until then it finds nothing.

use crate::facts::{Label, Span};
use crate::segment::Doc;

/// A name found by the tagger, before entity resolution.
#[derive(Debug, Clone, PartialEq)]
pub struct NameMention {
    pub span: Span,
    pub label: Label,
}

/// Tag the names of one segmented article.
pub fn tag(_text: &str, _doc: &Doc) -> Vec<NameMention> {
    Vec::new()
}
