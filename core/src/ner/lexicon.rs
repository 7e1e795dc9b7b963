//! Gazetteer: name lists (countries, regions, cities, nationalities, first and last names,
//! organisation words, titles) matched against capitalised token runs.
//!
//! Every name is tokenised with the runtime tokenizer and stored as the hash of its lower-cased
//! tokens, so matching a run of tokens costs one hash-map probe per candidate length.

use std::ops::Range;

use crate::facts::Span;
use crate::segment::tokenize_into;

use super::features::{lower_hash, phrase_step, IdMap, TokInfo, F_INITCAP};

/// Classes, in the order of the `#class` blocks of the lexicon file.
pub const CLASSES: [&str; 8] = [
    "country",
    "region",
    "city",
    "nationality",
    "first",
    "last",
    "orgword",
    "title",
];
pub const NATIONALITY: usize = 3;
/// Bit masks of [`Lexicon::classes_of`] for the post-rules of the tagger.
pub const FIRST_NAME_BIT: u16 = 1 << 4;
/// Bit of the "last" (surname) class in [`Lexicon::classes_of`].
pub const LAST_NAME_BIT: u16 = 1 << 5;
pub const ORG_WORD_BIT: u16 = 1 << 6;
/// A country, region or city.
pub const PLACE: u16 = 0b111;
/// A country or region (no town).
pub const COUNTRY_OR_REGION: u16 = 0b011;
/// A country, region, city or nationality (party adjectives are in the nationality class).
pub const PLACE_OR_NATIONALITY: u16 = PLACE | (1 << NATIONALITY);
const MAX_LEN: usize = 5;
const PHRASE_SEED: u64 = 0x006c_6578_6963_6f6e;

/// The compiled lexicon.
#[derive(Default)]
pub struct Lexicon {
    /// phrase hash → bit mask of classes
    map: IdMap<u16>,
    max_len: usize,
}

impl Lexicon {
    /// Parse the lexicon text: `#class` lines open a block, other lines are names.
    pub fn parse(src: &str) -> Lexicon {
        let mut map: IdMap<u16> = IdMap::default();
        let mut class: Option<usize> = None;
        let mut max_len = 0;
        let mut toks = Vec::new();
        for line in src.lines() {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            if let Some(name) = line.strip_prefix('#') {
                class = CLASSES.iter().position(|c| *c == name.trim());
                continue;
            }
            let Some(c) = class else { continue };
            toks.clear();
            tokenize_into(line, Span::new(0, line.len()), &mut toks);
            if toks.is_empty() || toks.len() > MAX_LEN {
                continue;
            }
            let h = toks.iter().fold(PHRASE_SEED, |acc, t| {
                phrase_step(acc, lower_hash(t.slice(line)))
            });
            *map.entry(h).or_insert(0) |= 1 << c;
            max_len = max_len.max(toks.len());
        }
        Lexicon { map, max_len }
    }

    /// Classes of a phrase (given as text), for lookups outside tagging (NORP relabelling).
    pub fn classes_of(&self, text: &str, tokens: &[Span]) -> u16 {
        if tokens.is_empty() || tokens.len() > MAX_LEN {
            return 0;
        }
        let h = tokens.iter().fold(PHRASE_SEED, |acc, t| {
            phrase_step(acc, lower_hash(t.slice(text)))
        });
        self.map.get(&h).copied().unwrap_or(0)
    }

    /// Mark gazetteer membership (class × B/I/L/U bits) of the tokens in `range`.
    /// A match must start and end on a capitalised token; longer matches win per class.
    pub fn mark(
        &self,
        text: &str,
        tokens: &[Span],
        info: &[TokInfo],
        range: Range<usize>,
        out: &mut [u32],
    ) {
        let _ = text;
        if self.max_len == 0 {
            return;
        }
        let mut covered_until = [0usize; CLASSES.len()];
        let mut hs = [0u64; MAX_LEN + 1];
        for i in range.clone() {
            if info[i].flags & F_INITCAP == 0 || tokens[i].is_empty() {
                continue;
            }
            let max = self.max_len.min(range.end - i);
            let mut acc = PHRASE_SEED;
            for (l, h) in hs.iter_mut().enumerate().skip(1).take(max) {
                acc = phrase_step(acc, info[i + l - 1].lw);
                *h = acc;
            }
            for l in (1..=max).rev() {
                if info[i + l - 1].flags & F_INITCAP == 0 {
                    continue;
                }
                let Some(&mask) = self.map.get(&hs[l]) else {
                    continue;
                };
                let mut m = mask;
                while m != 0 {
                    let c = m.trailing_zeros() as usize;
                    m &= m - 1;
                    if covered_until[c] > i {
                        continue;
                    }
                    covered_until[c] = i + l;
                    for (k, o) in out[i..i + l].iter_mut().enumerate() {
                        let pos = if l == 1 {
                            3
                        } else if k == 0 {
                            0
                        } else if k + 1 == l {
                            2
                        } else {
                            1
                        };
                        *o |= 1 << (c * 4 + pos);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marks(lex: &Lexicon, text: &str) -> Vec<u32> {
        let mut toks = Vec::new();
        tokenize_into(text, Span::new(0, text.len()), &mut toks);
        let info: Vec<TokInfo> = toks.iter().map(|t| TokInfo::new(t.slice(text))).collect();
        let mut out = vec![0; toks.len()];
        lex.mark(text, &toks, &info, 0..toks.len(), &mut out);
        out
    }

    #[test]
    fn longest_capitalised_match_per_class() {
        let lex = Lexicon::parse("#city\nnew york\nyork\nst. louis\n#region\nnew york\n");
        let city = 2 * 4;
        let region = 4;
        let m = marks(&lex, "From New York to St. Louis via York and new york");
        // From New York to St. Louis via York and new york
        assert_eq!(m[0], 0);
        assert_eq!(m[1], (1 << city) | (1 << region), "B of city and region");
        assert_eq!(m[2], (1 << (city + 2)) | (1 << (region + 2)), "L of both");
        assert_eq!(m[4], 1 << city);
        assert_eq!(m[5], 1 << (city + 2));
        assert_eq!(m[7], 1 << (city + 3), "York alone is U");
        assert_eq!(m[9], 0, "lower case does not match");
        assert_eq!(m[10], 0);
    }

    #[test]
    fn classes_of_phrase() {
        let lex = Lexicon::parse("#nationality\nfrench\nsri lankan\n");
        let text = "Sri Lankan";
        let mut toks = Vec::new();
        tokenize_into(text, Span::new(0, text.len()), &mut toks);
        assert_eq!(lex.classes_of(text, &toks), 1 << NATIONALITY);
        assert_eq!(lex.classes_of(text, &toks[..1]), 0);
    }
}
