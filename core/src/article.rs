//! The article pipeline: one function from text to facts, and its panic-safe wrapper.

use std::panic::{catch_unwind, AssertUnwindSafe};

use chrono::NaiveDate;

use crate::facts::{ArticleFacts, Span};
use crate::{boilerplate, dates, entities, lang, ner, quotes, segment, title};

/// One article as the engine receives it.
#[derive(Debug, Clone, Copy, Default)]
pub struct ArticleInput<'a> {
    pub text: &'a str,
    /// A title given by the caller; when None, a headline line is detected in the text.
    pub title: Option<&'a str>,
    /// Publication date: the reference for relative dates.
    pub published: Option<NaiveDate>,
}

impl<'a> ArticleInput<'a> {
    pub fn new(text: &'a str) -> Self {
        ArticleInput {
            text,
            title: None,
            published: None,
        }
    }
}

/// Run the whole pipeline on one article.
pub fn extract(input: &ArticleInput) -> ArticleFacts {
    let text = input.text;
    let published = input.published.map(|d| d.format("%Y-%m-%d").to_string());

    // text → title → boilerplate → paragraphs/sentences/tokens
    let title_span: Option<Span> = title::detect(text);
    let title = match input.title {
        Some(t) => Some(t.to_string()),
        None => title_span.map(|s| s.slice(text).to_string()),
    };
    let boilerplate = boilerplate::detect(text);
    let doc = segment::segment(text, &boilerplate);

    // → names → entities → quotes, dates
    let mut names = ner::tag(text, &doc);
    ner::drop_headline_orphans(text, title_span, &mut names);
    let (entities, mut mentions) = entities::resolve(text, &doc, &names);
    let quotes = quotes::extract(text, &doc, &entities, &mut mentions);
    let dates = dates::extract(text, &doc, input.published);
    mentions.sort_by_key(|m| (m.span.start, m.span.end));

    ArticleFacts {
        title,
        title_span: if input.title.is_none() {
            title_span
        } else {
            None
        },
        published,
        language: lang::detect(text),
        boilerplate,
        sentences: doc.sentences.len(),
        entities,
        mentions,
        quotes,
        dates,
        error: None,
    }
}

/// [`extract`], with a panic inside this one article turned into its `error`.
pub fn extract_catching(input: &ArticleInput) -> ArticleFacts {
    catching(input, extract)
}

/// Run `pipeline` on one article, turning a panic into the article's `error`: the boundary that
/// keeps one bad article from taking down a batch (or the interpreter).
pub fn catching(
    input: &ArticleInput,
    pipeline: impl FnOnce(&ArticleInput) -> ArticleFacts,
) -> ArticleFacts {
    match catch_unwind(AssertUnwindSafe(|| pipeline(input))) {
        Ok(facts) => facts,
        Err(payload) => {
            let msg = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".to_string());
            ArticleFacts::failed(
                format!("internal error while processing this article: {msg}"),
                input.published.map(|d| d.format("%Y-%m-%d").to_string()),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_boilerplate_and_sentences() {
        let text = "Council approves new budget\n\nThe city council approved the budget on Monday. It passed 7-2.\n\nShare it...";
        let f = extract(&ArticleInput::new(text));
        assert_eq!(f.title.as_deref(), Some("Council approves new budget"));
        assert_eq!(f.boilerplate.len(), 1);
        assert_eq!(f.boilerplate[0].slice(text), "Share it...");
        assert_eq!(f.sentences, 3);
        assert_eq!(f.language, "en");
        assert!(f.error.is_none());
    }

    #[test]
    fn given_title_wins() {
        let input = ArticleInput {
            text: "Some headline\n\nBody.",
            title: Some("Given"),
            published: None,
        };
        let f = extract(&input);
        assert_eq!(f.title.as_deref(), Some("Given"));
        assert_eq!(f.title_span, None);
    }

    #[test]
    fn a_panic_becomes_the_article_error() {
        let input = ArticleInput {
            text: "x",
            title: None,
            published: NaiveDate::from_ymd_opt(2020, 1, 2),
        };
        let f = catching(&input, |_| panic!("boom in stage"));
        assert_eq!(
            f.error.as_deref(),
            Some("internal error while processing this article: boom in stage")
        );
        assert_eq!(f.published.as_deref(), Some("2020-01-02"));
        assert!(f.entities.is_empty() && f.mentions.is_empty() && f.quotes.is_empty());
        let f = catching(&input, |_| std::panic::panic_any(42u8));
        assert_eq!(
            f.error.as_deref(),
            Some("internal error while processing this article: unknown panic")
        );
    }

    #[test]
    fn empty_text() {
        let f = extract(&ArticleInput::new(""));
        assert_eq!(f.sentences, 0);
        assert!(f.error.is_none());
    }
}
