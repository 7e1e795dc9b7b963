//! Title detection: the first line that reads as a headline.
//!
//! A headline is the first non-blank line of the text when it is followed by a blank line (or
//! stands alone), is short, has letters, and does not end like a sentence (no final period).

use crate::facts::Span;

/// Longest line taken as a headline, in bytes.
const MAX_TITLE_BYTES: usize = 300;

/// The span of the headline line, if the text starts with one.
pub fn detect(text: &str) -> Option<Span> {
    // Skip leading blank lines.
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        if line.trim().is_empty() {
            start += line.len();
        } else {
            break;
        }
    }
    let rest = &text[start..];
    let line_end = rest.find('\n').map_or(text.len(), |i| start + i);
    let line = &text[start..line_end];
    let trimmed = line.trim_end();
    let lead = line.len() - line.trim_start().len();
    let span = Span::new(start + lead, start + trimmed.len());
    let body = span.slice(text);
    if body.is_empty() || body.len() > MAX_TITLE_BYTES || !body.chars().any(char::is_alphabetic) {
        return None;
    }
    // Followed by a blank line (or nothing but the end of the text)?
    let after = &text[line_end..];
    let followed_by_blank = {
        let mut lines = after.split('\n');
        lines.next(); // the rest of the current line (empty)
        match lines.next() {
            None => false,
            Some(next) => next.trim().is_empty(),
        }
    };
    if !followed_by_blank {
        return None;
    }
    // No sentence-final period ("...", "?" and "!" are headline-like enough; "." is not).
    let last = body.chars().last()?;
    if last == '.' && !body.ends_with("...") {
        return None;
    }
    // A lone boilerplate-like line or a dateline is no headline.
    if crate::boilerplate::is_boilerplate_line(body) {
        return None;
    }
    Some(span)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headline_then_blank_line() {
        let text = "Storm closes ports on the east coast\n\nHeavy rain fell on Monday.";
        let span = detect(text).unwrap();
        assert_eq!(span.slice(text), "Storm closes ports on the east coast");
    }

    #[test]
    fn leading_blank_lines_and_trailing_spaces() {
        let text = "\n\n  Markets rally as rates hold  \n\nBody.";
        let span = detect(text).unwrap();
        assert_eq!(span.slice(text), "Markets rally as rates hold");
    }

    #[test]
    fn a_sentence_is_no_headline() {
        assert_eq!(
            detect("The minister resigned on Friday.\n\nMore text."),
            None
        );
    }

    #[test]
    fn needs_blank_line_after() {
        assert_eq!(
            detect("First line\nsecond line of the same paragraph"),
            None
        );
        assert_eq!(detect("Only one line"), None);
    }

    #[test]
    fn question_headline() {
        let text = "Who will pay for the bridge?\n\nThe council met.";
        assert!(detect(text).is_some());
    }

    #[test]
    fn long_line_is_no_headline() {
        let line = "word ".repeat(100);
        assert_eq!(detect(&format!("{line}\n\nBody.")), None);
    }
}
