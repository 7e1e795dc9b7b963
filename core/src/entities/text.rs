//! Token neighbourhoods of mentions, and small text helpers.

use crate::facts::Span;
use crate::ner::NameMention;
use crate::segment::Doc;

/// The article's tokens with the sentence each one belongs to.
pub struct Tokens<'t> {
    pub text: &'t str,
    pub spans: &'t [Span],
    /// Token index → index of its sentence (`usize::MAX` for a token in none); its first
    /// and end tokens are read from the sentence (one table instead of three).
    sentence: Vec<usize>,
    doc: &'t Doc,
}

impl<'t> Tokens<'t> {
    pub fn new(text: &'t str, doc: &'t Doc) -> Self {
        let n = doc.tokens.len();
        let mut sentence = vec![usize::MAX; n];
        for (si, s) in doc.sentences.iter().enumerate() {
            for t in s.tokens.clone().filter(|&t| t < n) {
                sentence[t] = si;
            }
        }
        Tokens {
            text,
            spans: &doc.tokens,
            sentence,
            doc,
        }
    }

    /// First token of token `i`'s sentence (`i` itself outside sentences).
    fn start_of(&self, i: usize) -> usize {
        match self.sentence[i] {
            usize::MAX => i,
            s => self.doc.sentences[s].tokens.start,
        }
    }

    /// One past the last token of token `i`'s sentence (`i + 1` outside sentences).
    fn end_of(&self, i: usize) -> usize {
        match self.sentence[i] {
            usize::MAX => i + 1,
            s => self.doc.sentences[s].tokens.end.min(self.spans.len()),
        }
    }

    #[allow(clippy::len_without_is_empty)]
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// The text of token `i`.
    #[inline]
    pub fn s(&self, i: usize) -> &'t str {
        self.spans[i].slice(self.text)
    }

    /// Index of the first token starting at or after `byte`.
    pub fn first_from(&self, byte: usize) -> usize {
        self.spans.partition_point(|t| t.start < byte)
    }

    /// Tokens covered by `span`: `first..last`.
    pub fn covered(&self, span: Span) -> std::ops::Range<usize> {
        let a = self.first_from(span.start);
        let b = self.spans.partition_point(|t| t.end <= span.end);
        a..b.max(a)
    }

    /// The token just before `span`, in the same sentence.
    #[inline]
    pub fn before(&self, span: Span) -> Option<usize> {
        let a = self.first_from(span.start);
        if a == 0 || a > self.len() {
            return None;
        }
        let anchor = a.min(self.len() - 1);
        let p = a - 1;
        (self.spans[p].end <= span.start && p >= self.start_of(anchor)).then_some(p)
    }

    /// The token just after `span`, in the same sentence.
    #[inline]
    pub fn after(&self, span: Span) -> Option<usize> {
        let a = self.spans.partition_point(|t| t.start < span.end);
        if a >= self.len() || a == 0 {
            return None;
        }
        (a < self.end_of(a - 1)).then_some(a)
    }

    /// Is token `i` the first of its sentence?
    pub fn sentence_initial(&self, i: usize) -> bool {
        self.start_of(i) == i
    }

    /// Are tokens `a` and `b` in the same sentence?
    pub fn same_sentence(&self, a: usize, b: usize) -> bool {
        self.sentence[a] == self.sentence[b]
    }

    /// One past the last token of `i`'s sentence.
    pub fn sentence_end(&self, i: usize) -> usize {
        self.end_of(i)
    }

    /// First token of `i`'s sentence.
    pub fn sentence_start(&self, i: usize) -> usize {
        self.start_of(i)
    }
}

/// `f` on the lower case of `w` (as `str::to_lowercase` gives it), built on the stack for
/// short ASCII words: word lists are checked for most tokens near names.
pub fn with_lower<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    const MAX: usize = 32;
    if w.len() <= MAX && w.is_ascii() {
        let mut buf = [0u8; MAX];
        let b = &mut buf[..w.len()];
        b.copy_from_slice(w.as_bytes());
        b.make_ascii_lowercase();
        // ASCII bytes lower-cased are still ASCII, so always valid UTF-8.
        f(std::str::from_utf8(b).unwrap_or_default())
    } else {
        f(&w.to_lowercase())
    }
}

/// Does the word start with an upper-case letter?
#[inline]
pub fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Is the word lower case (its first letter)?
#[inline]
pub fn is_lower(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_lowercase)
}

/// `span` without a trailing possessive (`’s`, `'s`, `'`).
pub fn strip_possessive(text: &str, span: Span) -> Span {
    let s = span.slice(text);
    for suf in ["’s", "'s", "’", "'"] {
        if let Some(r) = s.strip_suffix(suf) {
            if !r.trim_end().is_empty() {
                return Span::new(span.start, span.start + r.trim_end().len());
            }
        }
    }
    span
}

/// Titles written before a person's name that are never a first name themselves.
const NAME_TITLES: &[&str] = &[
    "alderman",
    "alderwoman",
    "alderperson",
    "selectman",
    "selectwoman",
    "councilman",
    "councilwoman",
    "councilmember",
    "councillor",
    "councilor",
    "assemblyman",
    "assemblywoman",
    "assemblymember",
    "senator",
    "sen.",
    "rep.",
    "representative",
    "gov.",
    "governor",
    "mayor",
    "president",
    "minister",
    "secretary",
    "sheriff",
    "commissioner",
    "superintendent",
    "detective",
    "officer",
    "sgt.",
    "lt.",
    "capt.",
    "col.",
    "gen.",
    "adm.",
    "prof.",
    "dr.",
    "chairman",
    "chairwoman",
    "ambassador",
    "spokesman",
    "spokeswoman",
    "trooper",
    "inspector",
    "pastor",
    "rabbi",
    "imam",
    "bishop",
    "archbishop",
    "cardinal",
    "supervisor",
    "coroner",
    "comptroller",
    "congressman",
    "congresswoman",
];

/// A tagger mention cleaned for resolution: on char boundaries, without surrounding blanks,
/// a possessive ending, a leading "the" (or, for a person, "a"/"an"); None when nothing is
/// left.
pub fn trim_mention(text: &str, n: &NameMention) -> Option<NameMention> {
    let (mut a, mut b) = (n.span.start.min(text.len()), n.span.end.min(text.len()));
    if a >= b || !text.is_char_boundary(a) || !text.is_char_boundary(b) {
        return None;
    }
    let s = &text[a..b];
    a += s.len() - s.trim_start().len();
    b -= s.len() - s.trim_end().len();
    if a >= b {
        return None;
    }
    for art in ["the ", "The "] {
        if text[a..b].starts_with(art) && b - a > art.len() {
            a += art.len();
        }
    }
    // No person's name begins with an indefinite article: "An Alton funeral director" names
    // the town (places keep theirs: "A Coruña", "An Giang").
    // Nor does an organisation's or other name that is, past the article, a place's ("An
    // Olmsted County jury" read as one name): the place is named.
    for art in ["An ", "A "] {
        let rest = &text[a..b];
        if rest.starts_with(art) && rest[art.len()..].starts_with(char::is_uppercase) {
            let place = || {
                n.label != crate::facts::Label::LOC
                    && !crate::places::gazetteer()
                        .lookup(&rest[art.len()..])
                        .is_empty()
            };
            if n.label == crate::facts::Label::PER || place() {
                a += art.len();
            }
        }
    }
    // "Alderman Jo Price" read as one name at the start of a sentence: the title is no part
    // of the name (the role finder reads it before the name). Only titles that are never a
    // first name ("Dean Smith" keeps "Dean"), and two words must stay.
    if n.label == crate::facts::Label::PER {
        let rest = &text[a..b];
        if let Some((first, tail)) = rest.split_once(' ') {
            let is_title = with_lower(first, |l| NAME_TITLES.contains(&l));
            if is_title && tail.split_whitespace().count() >= 2 {
                a += rest.len() - tail.trim_start().len();
            }
        }
    }
    let span = strip_possessive(text, Span::new(a, b));
    // A title or a number alone, read as a name in a headline's capitals ("Sheriff: Two held
    // after chase"), names no one.
    let word = span.slice(text);
    let bare = !word.contains(char::is_whitespace)
        && with_lower(word, |l| {
            NAME_TITLES.contains(&l)
                || matches!(
                    l,
                    "one"
                        | "two"
                        | "three"
                        | "four"
                        | "five"
                        | "six"
                        | "seven"
                        | "eight"
                        | "nine"
                        | "ten"
                )
        });
    (!span.is_empty() && !bare).then_some(NameMention {
        span,
        label: n.label,
    })
}

/// "North Texas" → "Texas", "Southern California" → "California": a place named as part of a
/// larger one, for lookups that find nothing for the whole name.
pub fn without_direction(name: &str) -> Option<&str> {
    const DIRECTIONS: &[&str] = &[
        "North",
        "South",
        "East",
        "West",
        "Northern",
        "Southern",
        "Eastern",
        "Western",
        "Central",
        "Northeast",
        "Northwest",
        "Southeast",
        "Southwest",
        "Upstate",
        "Downstate",
        "Greater",
        "Upper",
        "Lower",
        "Coastal",
        "Rural",
        "Downtown",
    ];
    // "Mid-Jutland", "Mid Wales": the middle of the place.
    if let Some(rest) = name
        .strip_prefix("Mid-")
        .or_else(|| name.strip_prefix("Mid "))
    {
        return (!rest.trim().is_empty()).then(|| rest.trim());
    }
    let (first, rest) = name.split_once(char::is_whitespace)?;
    (DIRECTIONS.contains(&first) && !rest.trim().is_empty()).then(|| rest.trim())
}

/// Lower-case words of a name, split at blanks.
pub fn words(s: &str) -> Vec<String> {
    s.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// The index of a mention overlapping `s`, among mentions sorted by start that do not overlap
/// one another (the tagger's output): a binary search, so per-token checks stay linear overall.
pub fn overlapping(names: &[NameMention], s: Span) -> Option<usize> {
    let k = names.partition_point(|n| n.span.start < s.end);
    // Non-overlapping mentions sorted by start end in order too: only the last few can reach s.
    (k.saturating_sub(4)..k)
        .rev()
        .find(|&i| names[i].span.overlaps(&s))
}

/// Where the blank-separated `words` stand, as whole words, inside `span` of `text` (the blanks
/// between them may differ, and so may the letters' case: a headline in capitals), or None.
pub fn find_words(text: &str, span: Span, words: &str) -> Option<Span> {
    let want: Vec<&str> = words.split_whitespace().collect();
    let inside = span.slice(text);
    let have: Vec<(usize, &str)> = inside
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - inside.as_ptr() as usize, w))
        .collect();
    if want.is_empty() || have.len() < want.len() {
        return None;
    }
    have.windows(want.len()).find_map(|run| {
        run.iter()
            .zip(&want)
            .all(|((_, h), w)| h.eq_ignore_ascii_case(w))
            .then(|| {
                let (last_at, last) = run[run.len() - 1];
                Span::new(span.start + run[0].0, span.start + last_at + last.len())
            })
    })
}
