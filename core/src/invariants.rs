//! The invariants every result must satisfy, whatever the input: used by the property tests and
//! the fuzz target (and cheap enough to run in debug assertions).

use crate::facts::{ArticleFacts, Span};

fn span_ok(text: &str, s: &Span, what: &str) -> Result<(), String> {
    if s.start > s.end || s.end > text.len() {
        return Err(format!("{what} {s:?} out of the text (len {})", text.len()));
    }
    if !text.is_char_boundary(s.start) || !text.is_char_boundary(s.end) {
        return Err(format!("{what} {s:?} not on character boundaries"));
    }
    Ok(())
}

/// Check `facts` against `text`; the first broken invariant is returned as an error.
pub fn check(text: &str, facts: &ArticleFacts) -> Result<(), String> {
    if facts.error.is_some() {
        return Err(format!("error set: {:?}", facts.error));
    }
    for s in &facts.boilerplate {
        span_ok(text, s, "boilerplate")?;
    }
    if let Some(s) = &facts.title_span {
        span_ok(text, s, "title")?;
    }
    let n = facts.entities.len();
    for (i, e) in facts.entities.iter().enumerate() {
        if e.id != i {
            return Err(format!("entity {i} has id {}", e.id));
        }
        if e.first > text.len() || !text.is_char_boundary(e.first) {
            return Err(format!("entity {i} first {} is no char boundary", e.first));
        }
        if !(0.0..=1.0).contains(&e.salience) || e.salience.is_nan() {
            return Err(format!("entity {i} salience {}", e.salience));
        }
    }
    for m in &facts.mentions {
        span_ok(text, &m.span, "mention")?;
        if m.entity.is_some_and(|id| id >= n) {
            return Err(format!(
                "mention {:?} refers to missing entity {:?}",
                m.span, m.entity
            ));
        }
    }
    for q in &facts.quotes {
        span_ok(text, &q.span, "quote")?;
        if let Some(s) = &q.speaker_span {
            span_ok(text, s, "speaker")?;
        }
        if q.speaker_entity.is_some_and(|id| id >= n) {
            return Err(format!(
                "quote {:?} refers to missing entity {:?}",
                q.span, q.speaker_entity
            ));
        }
    }
    for d in &facts.dates {
        span_ok(text, &d.span, "date")?;
    }
    Ok(())
}
