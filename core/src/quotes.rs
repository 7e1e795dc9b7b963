//! Quotations and their speakers.
//!
//! Placeholder stage: issue 5 fills it. Until then it finds nothing.

use crate::facts::{Entity, Mention, Quote};
use crate::segment::Doc;

/// Find the quotations of one article; may add pronoun and nominal mentions of speakers.
pub fn extract(
    _text: &str,
    _doc: &Doc,
    _entities: &[Entity],
    _mentions: &mut Vec<Mention>,
) -> Vec<Quote> {
    Vec::new()
}
