//! Property tests of the whole pipeline on arbitrary text (bounded for CI).

use newsfacts_core::invariants::check;
use newsfacts_core::{extract, ArticleInput};
use proptest::prelude::*;

const PIECES: &[&str] = &[
    "“",
    "”",
    "\"",
    "'",
    "‘",
    "’",
    "«",
    "»",
    "''",
    "``",
    ",",
    ".",
    "!",
    "?",
    ":",
    " - ",
    "—",
    "(",
    ")",
    "\n",
    "\n\n",
    " ",
    "Mr.",
    "U.S.",
    "said",
    "he said",
    "according to",
    "on Tuesday",
    "Nov. 9, 2020",
    "1,991",
    "3.5",
    "Moscow",
    "the minister",
    "Angela Merkel",
    "e\u{301}",
    "🎉",
    "ש",
    "العربية",
    "\u{200f}",
    "\u{0}",
    "\u{feff}",
    "Share it...",
    "Read more: x",
    "1991",
];

fn article() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            prop::sample::select(PIECES).prop_map(str::to_string),
            any::<String>()
        ],
        0..60,
    )
    .prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn every_result_is_well_formed(text in article(), day in 0u32..400) {
        let published = chrono::NaiveDate::from_ymd_opt(2020, 1, 1).and_then(|d| d.checked_add_days(chrono::Days::new(day as u64)));
        let input = ArticleInput { text: &text, title: None, published };
        let facts = extract(&input);
        prop_assert!(check(&text, &facts).is_ok(), "{:?}", check(&text, &facts));
        // A pure function of its input.
        prop_assert_eq!(&facts, &extract(&input));
    }

    #[test]
    fn arbitrary_unicode(text in any::<String>()) {
        let facts = extract(&ArticleInput::new(&text));
        prop_assert!(check(&text, &facts).is_ok(), "{:?}", check(&text, &facts));
    }
}
