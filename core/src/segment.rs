//! Segmentation: paragraphs → sentences → tokens, all with byte offsets.
//!
//! Tokens follow the Penn Treebank / CoNLL-2003 conventions the tagger was trained on:
//! punctuation split off, clitics split ("Turkey" + "’s", "do" + "n't"), but "U.S.", "Mr.",
//! "3.5", "1,991", "cease-fire", "AT&T" and "O'Neill" kept whole. Unicode word segmentation
//! (UAX #29) splits hyphenated words and keeps clitics attached, the opposite of what the model
//! needs, so the scanner is written here; it is a single linear pass over the characters.
//!
//! Sentences end at `.`, `!`, `?` (with any closing quotation marks after the stop), at
//! paragraph ends, and after abbreviations only when a sentence obviously starts next.

use std::ops::Range;

use crate::facts::Span;

/// A sentence: its span and the range of its tokens in [`Doc::tokens`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub tokens: Range<usize>,
    /// Index of the paragraph in [`Doc::paragraphs`].
    pub paragraph: usize,
}

/// The segmented article. Boilerplate lines are left out of paragraphs, sentences and tokens.
#[derive(Debug, Clone, Default)]
pub struct Doc {
    pub paragraphs: Vec<Span>,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Span>,
}

/// Abbreviations that carry their period ("Mr." is one token).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "cpt", "sgt",
    "maj", "adm", "cmdr", "st", "rev", "fr", "sr", "jr", "hon", "pres", "supt", "det", "insp",
    "no", "nos", "vol", "vols", "pp", "ch", "fig", "art", "sec", "dept", "univ", "assn", "bros",
    "inc", "corp", "ltd", "co", "plc", "llc", "cie", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
    "fri", "sat", "sun", "vs", "etc", "approx", "est", "ft", "mt", "ave", "blvd", "rd", "hwy",
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans",
    "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore",
    "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "dak", "mex",
];

/// Abbreviations that stand before a name or number and so never end a sentence.
const PREFIX_ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "cpt", "sgt",
    "maj", "adm", "cmdr", "st", "rev", "fr", "hon", "pres", "supt", "det", "insp", "no", "nos",
    "vol", "vols", "pp", "ch", "fig", "art", "sec", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "mt", "vs",
];

/// Words that go on after "a.m."/"p.m." besides day and month names (which chrono parses, in
/// full or in three letters): time zones, the longer abbreviations, "local", "today".
const TIME_CONTINUERS: &[&str] = &[
    "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "GMT", "BST",
    "UTC", "CET", "CEST", "Eastern", "Central", "Mountain", "Pacific", "local", "Tues", "Thurs",
    "Sept", "today", "tomorrow",
];

/// Does `w` ("ET", "Tuesday", "Jan.") go on the clock time before it ("3 p.m. ET")?
fn continues_time(w: &str) -> bool {
    let w = w.trim_end_matches('.');
    TIME_CONTINUERS.iter().any(|c| w.eq_ignore_ascii_case(c))
        || w.parse::<chrono::Weekday>().is_ok()
        || w.parse::<chrono::Month>().is_ok()
}

/// Words that start a sentence after an abbreviation that can also end one ("... in the U.S. The").
const SENTENCE_STARTERS: &[&str] = &[
    "The",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "In",
    "But",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "His",
    "Her",
    "Their",
    "Its",
    "On",
    "At",
    "As",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "There",
    "Some",
    "Many",
    "Most",
    "Meanwhile",
    "However",
    "And",
    "Yet",
    "So",
    "For",
    "Officials",
    "According",
];

fn is_abbreviation(word: &str, list: &[&str]) -> bool {
    word.len() <= 6 && list.iter().any(|a| a.eq_ignore_ascii_case(word))
}

#[inline]
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_mark(c)
}

#[inline]
fn is_mark(c: char) -> bool {
    // Combining diacritical marks (spacing vowel signs are already alphabetic).
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Do these letters (after an apostrophe) spell a clitic: "s", "ll", "re", "ve", "m", "d"?
fn is_clitic(letters: &[(usize, char)]) -> bool {
    let mut l = letters.iter().map(|(_, c)| c.to_ascii_lowercase());
    match letters.len() {
        1 => matches!(l.next(), Some('s' | 'm' | 'd')),
        2 => matches!(
            (l.next(), l.next()),
            (Some('l'), Some('l')) | (Some('r' | 'v'), Some('e'))
        ),
        _ => false,
    }
}

/// Do the characters after an apostrophe spell a clitic (or the "t" of "n't") that ends there?
fn is_clitic_tail(rest: &[(usize, char)]) -> bool {
    let n = rest.iter().take_while(|(_, c)| c.is_alphanumeric()).count();
    is_clitic(&rest[..n]) || n == 1 && matches!(rest[0].1, 't' | 'T')
}

#[inline]
fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Is `c` a closing quotation mark or bracket that stays with the sentence before it?
#[inline]
fn is_closer(tok: &str) -> bool {
    matches!(tok, "”" | "\"" | "’" | "'" | "''" | ")" | "]" | "»" | "›")
}

/// Tokenise `text[range]`, appending token spans (absolute byte offsets) to `out`.
pub fn tokenize_into(text: &str, range: Span, out: &mut Vec<Span>) {
    thread_local! {
        /// The decoded characters of the range, kept between calls: collecting them into a
        /// fresh vector grew it several times per paragraph, from a quarter of its byte length.
        static CHARS: std::cell::RefCell<Vec<(usize, char)>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    CHARS.with(|buf| match buf.try_borrow_mut() {
        Ok(mut chars) => {
            chars.clear();
            chars.extend(text[range.start..range.end].char_indices());
            tokenize_chars(text, range, &chars, out);
        }
        // Not reached (tokenising does not call itself); a fresh vector keeps it correct anyway.
        Err(_) => {
            let chars: Vec<(usize, char)> = text[range.start..range.end].char_indices().collect();
            tokenize_chars(text, range, &chars, out);
        }
    })
}

/// [`tokenize_into`] over the range's decoded characters (byte offset within the range, char).
fn tokenize_chars(text: &str, range: Span, chars: &[(usize, char)], out: &mut Vec<Span>) {
    let s = &text[range.start..range.end];
    let base = range.start;
    let n = chars.len();
    let at = |k: usize| -> Option<char> { chars.get(k).map(|&(_, c)| c) };
    let off = |k: usize| -> usize { chars.get(k).map_or(s.len(), |&(b, _)| b) };
    let mut i = 0;
    while i < n {
        let c = chars[i].1;
        if c.is_whitespace() || c.is_control() || c == '\u{200b}' || c == '\u{feff}' {
            i += 1;
            continue;
        }
        let start = i;
        if is_word_char(c) {
            let mut j = i + 1;
            loop {
                match at(j) {
                    Some(d) if is_word_char(d) => j += 1,
                    // Joiners inside a word: hyphen, period, comma between digits, ampersand,
                    // apostrophe in names such as O'Neill (not clitics).
                    Some(d @ ('-' | '‐' | '.' | ',' | '&' | '/' | ':')) => {
                        let next = at(j + 1);
                        let prev = at(j - 1).unwrap_or(' ');
                        let ok = match d {
                            '-' | '‐' => next.is_some_and(is_word_char),
                            '.' => {
                                next.is_some_and(|x| x.is_alphanumeric()) && {
                                    // "U.S", "3.5", "e.g": not "end.Start" of a run-on sentence.
                                    prev.is_numeric()
                                        || next.is_some_and(|x| x.is_numeric())
                                        || (j - start == 1)
                                        || chars[start..j].iter().filter(|(_, x)| *x == '.').count()
                                            > 0
                                }
                            }
                            ',' => {
                                prev.is_ascii_digit()
                                    && next.is_some_and(|x| x.is_ascii_digit())
                                    && at(j + 2).is_some_and(|x| x.is_ascii_digit())
                                    && at(j + 3).is_some_and(|x| x.is_ascii_digit())
                            }
                            ':' | '/' => {
                                prev.is_ascii_digit() && next.is_some_and(|x| x.is_ascii_digit())
                            }
                            '&' => prev.is_uppercase() && next.is_some_and(|x| x.is_uppercase()),
                            _ => false,
                        };
                        if ok {
                            j += 2;
                        } else {
                            break;
                        }
                    }
                    Some(a) if is_apostrophe(a) => {
                        // "O'Neill", "D'Alema": one capital letter then apostrophe then a capital.
                        let next = at(j + 1);
                        if j - start == 1
                            && at(start).is_some_and(char::is_uppercase)
                            && next.is_some_and(char::is_uppercase)
                        {
                            j += 2;
                        } else if at(start).is_some_and(char::is_uppercase)
                            && next.is_some_and(char::is_lowercase)
                            && !is_clitic_tail(&chars[j + 1..])
                        {
                            // "Ndung'u", "Hawai'i", "Shi'ite": an apostrophe inside a name,
                            // followed by letters that are no clitic.
                            j += 2;
                        } else {
                            break;
                        }
                    }
                    _ => break,
                }
            }
            // "n't": split "don't" into "do" + "n't".
            if j < n
                && is_apostrophe(chars[j].1)
                && j - start >= 2
                && matches!(at(j - 1), Some('n' | 'N'))
                && matches!(at(j + 1), Some('t' | 'T'))
                && !at(j + 2).is_some_and(is_word_char)
            {
                out.push(Span::new(base + off(start), base + off(j - 1)));
                out.push(Span::new(base + off(j - 1), base + off(j + 2)));
                i = j + 2;
                continue;
            }
            // "n't" written as its own word (as in PTB-tokenised text).
            let word_start = start == 0 || chars[start - 1].1.is_whitespace();
            if j - start == 1
                && matches!(c, 'n' | 'N')
                && at(j).is_some_and(is_apostrophe)
                && matches!(at(j + 1), Some('t' | 'T'))
                && !at(j + 2).is_some_and(is_word_char)
                && word_start
            {
                out.push(Span::new(base + off(start), base + off(j + 2)));
                i = j + 2;
                continue;
            }
            // Currency prefixes: "C$", "US$", "HK$".
            if at(j) == Some('$')
                && j - start <= 3
                && chars[start..j].iter().all(|(_, x)| x.is_ascii_uppercase())
            {
                j += 1;
            }
            // A rank or list number opening a line: "1. Name".
            if at(j) == Some('.')
                && start == 0
                && j - start <= 3
                && chars[start..j].iter().all(|(_, x)| x.is_ascii_digit())
                && at(j + 1).is_some_and(char::is_whitespace)
            {
                j += 1;
            }
            // A period after an abbreviation, an initial or a dotted acronym belongs to the token.
            if at(j) == Some('.') {
                let word = &s[off(start)..off(j)];
                let single_letter = j - start == 1 && at(start).is_some_and(char::is_alphabetic);
                let dotted = word.contains('.') && word.chars().any(char::is_alphabetic);
                // "R-Pa.", "D-Calif.": a party letter and a state abbreviation.
                let party_state = word
                    .split_once('-')
                    .is_some_and(|(a, b)| a.len() == 1 && is_abbreviation(b, ABBREVIATIONS));
                if single_letter || dotted || party_state || is_abbreviation(word, ABBREVIATIONS) {
                    j += 1;
                }
            }
            out.push(Span::new(base + off(start), base + off(j)));
            i = j;
            continue;
        }
        let after_space = start == 0 || chars[start - 1].1.is_whitespace();
        // ".500", "+44": a sign or a leading period on a number written as its own word.
        if matches!(c, '.' | '+') && after_space && at(i + 1).is_some_and(|x| x.is_ascii_digit()) {
            let mut j = i + 1;
            while at(j).is_some_and(|x| x.is_ascii_digit()) {
                j += 1;
            }
            if !at(j).is_some_and(is_word_char) {
                out.push(Span::new(base + off(i), base + off(j)));
                i = j;
                continue;
            }
        }
        // Clitics: ’s, 's, 'll, 're, 've, 'm, 'd after a word, or written as their own word
        // ("Turkey 's", as in PTB-tokenised text).
        if is_apostrophe(c) && (after_space || is_word_char(chars[start - 1].1)) {
            let mut j = i + 1;
            while at(j).is_some_and(char::is_alphabetic) && j - i <= 3 {
                j += 1;
            }
            let end_ok = if after_space {
                at(j).is_none_or(char::is_whitespace)
            } else {
                !at(j).is_some_and(is_word_char)
            };
            if is_clitic(&chars[i + 1..j]) && end_ok {
                out.push(Span::new(base + off(i), base + off(j)));
                i = j;
                continue;
            }
        }
        // Runs that form one token: "...", "--", "''", "``".
        let mut j = i + 1;
        if matches!(c, '.' | '-' | '\'' | '`' | '!' | '?' | '*') {
            while at(j) == Some(c) {
                j += 1;
            }
        }
        out.push(Span::new(base + off(start), base + off(j)));
        i = j;
    }
}

/// Paragraph spans (trimmed) of `text`, leaving out boilerplate lines.
///
/// Blocks separated by blank lines are paragraphs; in text that is not hard-wrapped, each line
/// is a paragraph too (scraped news puts one paragraph on a line).
pub fn paragraphs(text: &str, boilerplate: &[Span]) -> Vec<Span> {
    let lines: Vec<Span> = {
        let mut v = Vec::new();
        let mut pos = 0;
        for line in text.split_inclusive('\n') {
            let body = line.trim_end_matches(['\n', '\r']);
            v.push(Span::new(pos, pos + body.len()));
            pos += line.len();
        }
        v
    };
    let wrapped = is_hard_wrapped(text, &lines);
    let mut out = Vec::new();
    let mut cur: Option<Span> = None;
    for line in &lines {
        let body = line.slice(text);
        let blank = body.trim().is_empty();
        let is_bp = boilerplate
            .iter()
            .any(|b| line.contains(b) || b.contains(line));
        if blank || is_bp || !wrapped {
            if let Some(p) = cur.take() {
                out.push(p);
            }
            if blank || is_bp {
                continue;
            }
        }
        let lead = body.len() - body.trim_start().len();
        let span = Span::new(line.start + lead, line.start + body.trim_end().len());
        cur = Some(match cur {
            None => span,
            Some(p) => Span::new(p.start, span.end),
        });
    }
    if let Some(p) = cur {
        out.push(p);
    }
    out
}

/// Text is hard-wrapped when many long lines run on into the next line without ending a sentence,
/// and those lines mostly continue in lower case (wrapped prose). Tables and lists of headings
/// (lines that end without a stop and go on with a capital or a digit) are not wrapped prose.
fn is_hard_wrapped(text: &str, lines: &[Span]) -> bool {
    let mut runs_on = 0usize;
    let mut runs_on_lower = 0usize;
    let mut long = 0usize;
    for w in lines.windows(2) {
        let (a, b) = (w[0].slice(text).trim_end(), w[1].slice(text).trim());
        if a.len() < 40 || b.is_empty() {
            continue;
        }
        long += 1;
        let ends = a.ends_with(['.', '!', '?', ':', '"', '”', '’', '\'']);
        if !ends {
            runs_on += 1;
            if b.chars().next().is_some_and(char::is_lowercase) {
                runs_on_lower += 1;
            }
        }
    }
    runs_on >= 2 && runs_on * 10 >= long * 3 && runs_on_lower * 2 >= runs_on
}

/// Segment the text (title included; boilerplate left out) into paragraphs, sentences, tokens.
pub fn segment(text: &str, boilerplate: &[Span]) -> Doc {
    let paragraphs = paragraphs(text, boilerplate);
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut sentences = Vec::new();
    for (pi, para) in paragraphs.iter().enumerate() {
        let first = tokens.len();
        tokenize_into(text, *para, &mut tokens);
        split_sentences(text, &tokens, first, pi, &mut sentences);
    }
    Doc {
        paragraphs,
        sentences,
        tokens,
    }
}

fn first_char(s: &str) -> Option<char> {
    s.chars().next()
}

/// Split the tokens `tokens[first..]` of one paragraph into sentences.
fn split_sentences(
    text: &str,
    tokens: &[Span],
    first: usize,
    paragraph: usize,
    out: &mut Vec<Sentence>,
) {
    let end = tokens.len();
    let mut start = first;
    let mut k = first;
    while k < end {
        let tok = tokens[k].slice(text);
        let mut boundary = false;
        let is_stop = matches!(tok, "." | "!" | "?" | "…" | "?!" | "!?")
            || (tok.len() > 1 && tok.chars().all(|c| c == '!' || c == '?' || c == '.'));
        let mut last = k;
        if is_stop {
            // Closing quotation marks and brackets after the stop stay with the sentence.
            while last + 1 < end && is_closer(tokens[last + 1].slice(text)) {
                last += 1;
            }
            let next = tokens
                .get(last + 1)
                .filter(|_| last + 1 < end)
                .map(|t| t.slice(text));
            boundary = match next {
                None => true,
                // "“Where?” he asked": lower case after the stop continues the sentence.
                Some(w) => !first_char(w).is_some_and(char::is_lowercase) || tok == ".",
            };
            // "Sen. Lee (D-Vt.) said": a period closed inside brackets before a lower-case
            // word ends an abbreviation, not the sentence.
            let bracketed = last > k && tokens[last].slice(text) == ")";
            let lower_next = next.and_then(first_char).is_some_and(char::is_lowercase);
            // "(R-S.C.)": an initial after the period goes on a hyphenated abbreviation whose
            // part before the period is one capital ("-S"); "over. J. Smith said" still ends.
            let initial_next = next.is_some_and(|w| {
                let mut cs = w.chars();
                matches!((cs.next(), cs.next(), cs.next()), (Some(c), Some('.'), None) if c.is_uppercase())
            }) && {
                let mut before = text[..tokens[k].start].chars().rev();
                matches!((before.next(), before.next()), (Some(c), Some('-')) if c.is_uppercase())
            };
            if tok == "." {
                boundary = !(initial_next || bracketed && lower_next);
            }
        } else if tok.ends_with('.') && tok.len() > 1 && k + 1 < end {
            // An abbreviation that can end a sentence: "... in the U.S. The talks ..."
            let word = tok.trim_end_matches('.');
            let next = tokens[k + 1].slice(text);
            let prefix = is_abbreviation(word, PREFIX_ABBREVIATIONS);
            let initial = word.chars().count() == 1;
            if !prefix && !initial && SENTENCE_STARTERS.contains(&next) {
                boundary = true;
            }
            // "No. “The rules only cover new cars,” she said": "No." before no number is the
            // word of refusal ending its sentence, not the abbreviation of "number" ("No. 10").
            if word.eq_ignore_ascii_case("no")
                && !next.starts_with(|c: char| c.is_ascii_digit() || c == '#')
                && !first_char(next).is_some_and(char::is_lowercase)
            {
                boundary = true;
            }
            // "Polls close at 7 p.m. Results are expected …": after a clock time, a capitalised
            // word opens a sentence unless it names a time zone, a day or a month ("3 p.m. ET",
            // "10 a.m. Tuesday", "9 a.m. Jan. 5").
            if matches!(tok, "p.m." | "a.m.")
                && first_char(next).is_some_and(char::is_uppercase)
                && !continues_time(next)
            {
                boundary = true;
            }
        }
        if boundary {
            out.push(Sentence {
                span: Span::new(tokens[start].start, tokens[last].end),
                tokens: start..last + 1,
                paragraph,
            });
            start = last + 1;
            k = last + 1;
        } else {
            k += 1;
        }
    }
    if start < end {
        out.push(Sentence {
            span: Span::new(tokens[start].start, tokens[end - 1].end),
            tokens: start..end,
            paragraph,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<&str> {
        let mut v = Vec::new();
        tokenize_into(s, Span::new(0, s.len()), &mut v);
        v.iter().map(|t| t.slice(s)).collect()
    }

    fn sents(s: &str) -> Vec<&str> {
        segment(s, &[])
            .sentences
            .iter()
            .map(|x| x.span.slice(s))
            .collect()
    }

    #[test]
    fn ptb_style_tokens() {
        assert_eq!(toks("Turkey’s role"), vec!["Turkey", "’s", "role"]);
        assert_eq!(
            toks("Ndung'u's plan for Hawai’i"),
            vec!["Ndung'u", "'s", "plan", "for", "Hawai’i"]
        );
        assert_eq!(
            toks("Smith'll go, Jones'd know"),
            vec!["Smith", "'ll", "go", ",", "Jones", "'d", "know"]
        );
        assert_eq!(toks("Russia's army"), vec!["Russia", "'s", "army"]);
        assert_eq!(
            toks("They don't know."),
            vec!["They", "do", "n't", "know", "."]
        );
        assert_eq!(
            toks("the U.S. and U.N. forces"),
            vec!["the", "U.S.", "and", "U.N.", "forces"]
        );
        assert_eq!(
            toks("a cease-fire, 1,991 people, 3.5%"),
            vec!["a", "cease-fire", ",", "1,991", "people", ",", "3.5", "%"]
        );
        assert_eq!(toks("AT&T and O'Neill"), vec!["AT&T", "and", "O'Neill"]);
        assert_eq!(
            toks("“Hello,” he said"),
            vec!["“", "Hello", ",", "”", "he", "said"]
        );
        assert_eq!(
            toks("Mr. Smith and Dr. Jones"),
            vec!["Mr.", "Smith", "and", "Dr.", "Jones"]
        );
        assert_eq!(toks("J. R. R. Tolkien"), vec!["J.", "R.", "R.", "Tolkien"]);
        assert_eq!(toks("Wait... no"), vec!["Wait", "...", "no"]);
        assert_eq!(
            toks("at 3:30 on 11/9/2020"),
            vec!["at", "3:30", "on", "11/9/2020"]
        );
        assert_eq!(
            toks("1,99 and 1,9911"),
            vec!["1", ",", "99", "and", "1,9911"]
        );
    }

    #[test]
    fn non_ascii_tokens_keep_boundaries() {
        let s = "Zürich’s café — Ἀθῆναι, 東京!";
        assert_eq!(
            toks(s),
            vec!["Zürich", "’s", "café", "—", "Ἀθῆναι", ",", "東京", "!"]
        );
    }

    #[test]
    fn sentences_and_abbreviations() {
        assert_eq!(
            sents("Mr. Smith met Gen. Jones on Jan. 5. They spoke. It was 3.5 p.m. in the U.S. The end."),
            vec!["Mr. Smith met Gen. Jones on Jan. 5.", "They spoke.", "It was 3.5 p.m. in the U.S.", "The end."],
        );
        assert_eq!(
            sents("Polls close at 7 p.m. Results come late. It ends at 9 a.m. ET Tuesday. It opens at 10 a.m. Friday."),
            vec!["Polls close at 7 p.m.", "Results come late.", "It ends at 9 a.m. ET Tuesday.", "It opens at 10 a.m. Friday."]
        );
        // "No." answering a question ends its sentence; before a number it is "number".
        assert_eq!(
            sents(
                "Will it be banned? No. “Only new cars,” she said. He lives at No. 10 and No. #4."
            ),
            vec![
                "Will it be banned?",
                "No.",
                "“Only new cars,” she said.",
                "He lives at No. 10 and No. #4."
            ]
        );
    }

    #[test]
    fn closing_quotes_stay_with_sentence() {
        let s = "He said: “It is over.” Then he left.";
        assert_eq!(sents(s), vec!["He said: “It is over.”", "Then he left."]);
        let s = "“Where is it?” he asked. Nobody knew!";
        assert_eq!(sents(s), vec!["“Where is it?” he asked.", "Nobody knew!"]);
    }

    #[test]
    fn bracketed_abbreviation_before_lower_case_does_not_end_sentence() {
        assert_eq!(
            sents("Sen. Ann Lee (D-Vt.) called for a vote. (It failed.) Then it passed."),
            vec![
                "Sen. Ann Lee (D-Vt.) called for a vote.",
                "(It failed.)",
                "Then it passed."
            ]
        );
    }

    #[test]
    fn party_and_state_abbreviations_keep_their_period() {
        assert_eq!(
            sents("Rep. Ann Lee, R-Pa., said of the fair: fun. Sen. Bo Ray (D-Calif.) agreed."),
            vec![
                "Rep. Ann Lee, R-Pa., said of the fair: fun.",
                "Sen. Bo Ray (D-Calif.) agreed."
            ]
        );
        assert!(toks("Lee, R-Pa., said").contains(&"R-Pa."));
    }

    #[test]
    fn hyphenated_state_initials_do_not_end_sentences() {
        assert_eq!(
            sents("Rep. Ann Lee (R-S.C.) said the claim was false. It was."),
            vec!["Rep. Ann Lee (R-S.C.) said the claim was false.", "It was."]
        );
        // Must not fire: a sentence that starts with an initial.
        assert_eq!(
            sents("The vote was over. J. Smith said so."),
            vec!["The vote was over.", "J. Smith said so."]
        );
    }

    #[test]
    fn initials_do_not_end_sentences() {
        assert_eq!(
            sents("John F. Kennedy spoke. Then J. Smith did."),
            vec!["John F. Kennedy spoke.", "Then J. Smith did."]
        );
    }

    #[test]
    fn paragraphs_split_on_lines_and_blank_lines() {
        let s = "Headline here\n\nFirst paragraph. Two sentences.\nSecond paragraph\n\n\nThird.";
        let d = segment(s, &[]);
        let p: Vec<&str> = d.paragraphs.iter().map(|x| x.slice(s)).collect();
        assert_eq!(
            p,
            vec![
                "Headline here",
                "First paragraph. Two sentences.",
                "Second paragraph",
                "Third."
            ]
        );
        assert_eq!(d.sentences.len(), 5);
        assert_eq!(d.sentences[2].paragraph, 1);
    }

    #[test]
    fn hard_wrapped_text_joins_lines() {
        let s = "The minister said on Tuesday that the talks with the\nrebels would resume next week in the capital, and that\nthe government was ready to compromise on several of the\nissues raised.\n\nNext paragraph.";
        let d = segment(s, &[]);
        assert_eq!(d.paragraphs.len(), 2);
        assert_eq!(d.sentences.len(), 2);
    }

    #[test]
    fn table_lines_are_not_hard_wrapped() {
        // Lines of a results table or a data listing: no stops, but each goes on with a capital
        // or a digit, so each line stays its own paragraph and sentence.
        let s = "RESULTS OF THE REGIONAL LEAGUE MATCHES PLAYED ON SATURDAY\nNorthtown Rovers 3 Eastfield Athletic 1 after extra time\nWestbury United 0 Southport City 2 in front of 4,000\nHillside Wanderers 1 Lakeside Town 1 ( abandoned )";
        let d = segment(s, &[]);
        assert_eq!(d.paragraphs.len(), 4);
        assert_eq!(d.sentences.len(), 4);
    }

    #[test]
    fn conll_style_lines_stay_sentences() {
        // One sentence per line, tokens separated by spaces: each line is one sentence and the
        // tokens are exactly the space-separated words.
        let lines = [
            "EU REJECTS PLAN TO CUT FARM AID",
            "Anna Kowalski , 34 , told the U.S. Senate on Friday that it was n't over .",
            "BRUSSELS 1996-08-22",
            "The talks in São Paulo -- which began in 1994 -- were \" constructive \" , she said .",
            "1. Jan Novak ( Czech Republic ) 4:05.21",
            "Turkey 's C$ 100 bond , shares +44 at .500 , they 're ** fine",
        ];
        let s = lines.join("\n") + "\n";
        let d = segment(&s, &[]);
        assert_eq!(d.sentences.len(), lines.len());
        let toks: Vec<&str> = d.tokens.iter().map(|t| t.slice(&s)).collect();
        let want: Vec<&str> = lines.iter().flat_map(|l| l.split(' ')).collect();
        assert_eq!(toks, want);
    }

    #[test]
    fn boilerplate_is_left_out() {
        let s = "Body text here.\n\nShare it...";
        let bp = crate::boilerplate::detect(s);
        let d = segment(s, &bp);
        assert_eq!(d.paragraphs.len(), 1);
        assert!(d.tokens.iter().all(|t| t.end <= "Body text here.".len()));
    }

    #[test]
    fn decimals_and_numbers_do_not_split() {
        assert_eq!(
            sents("Growth was 2.5 percent. Prices rose."),
            vec!["Growth was 2.5 percent.", "Prices rose."]
        );
    }
}
