//! `newsfacts-core`: the extraction engine of newsfacts, pure Rust (it never touches Python).
//!
//! Data flows one way, one module per stage:
//! text → [`title`] → [`boilerplate`] → [`segment`] (paragraphs, sentences, tokens) →
//! [`ner`] (mentions) → [`entities`] (canonical entities, roles, places) → [`quotes`] and
//! [`dates`] → [`article::ArticleFacts`].
//!
//! All spans are UTF-8 **byte** offsets into the article text; the Python binding converts them
//! to code-point offsets once, with [`offsets::CharIndex`].

pub mod article;
pub mod boilerplate;
pub mod dates;
pub mod entities;
pub mod facts;
pub mod invariants;
pub mod lang;
pub mod ner;
pub mod offsets;
pub mod places;
pub mod quotes;
pub mod segment;
pub mod title;

pub use article::{catching, extract, extract_catching, ArticleInput};
pub use facts::{
    ArticleFacts, DateFact, Entity, Label, Mention, MentionKind, Quote, QuoteKind, Span,
};
