//! End-to-end checks of the engine's pipeline on crafted articles.

use chrono::NaiveDate;
use newsfacts_core::{extract, extract_catching, ArticleInput};

#[test]
fn published_is_passed_through_as_iso_date() {
    let input = ArticleInput {
        text: "Body text.",
        title: None,
        published: NaiveDate::from_ymd_opt(2020, 11, 17),
    };
    let f = extract(&input);
    assert_eq!(f.published.as_deref(), Some("2020-11-17"));
}

#[test]
fn every_span_is_on_char_boundaries() {
    let text = "Zürich’s café reopens\n\n“Très bien,” said Ms. Müller. Prices rose 3.5% — 東京 too.\n\nRead more: 🎉 offers";
    let f = extract(&ArticleInput::new(text));
    for s in &f.boilerplate {
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
    }
    assert_eq!(f.boilerplate.len(), 1);
    assert_eq!(f.title.as_deref(), Some("Zürich’s café reopens"));
    assert_eq!(f.sentences, 3);
}

#[test]
fn catching_wrapper_returns_normal_results() {
    let f = extract_catching(&ArticleInput::new("Fine text."));
    assert!(f.error.is_none());
    assert_eq!(f.sentences, 1);
}

#[test]
fn serialises_to_json() {
    let f = extract(&ArticleInput::new("Headline\n\nText."));
    let v = serde_json::to_value(&f).unwrap();
    assert_eq!(v["title"], "Headline");
    assert!(v["entities"].is_array());
}
