//! Temporal expressions, TIMEX3 style, resolved against the publication date.
//!
//! Placeholder stage: issue 6 fills it. Until then it finds nothing.

use chrono::NaiveDate;

use crate::facts::DateFact;
use crate::segment::Doc;

/// Find the temporal expressions of one article.
pub fn extract(_text: &str, _doc: &Doc, _published: Option<NaiveDate>) -> Vec<DateFact> {
    Vec::new()
}
