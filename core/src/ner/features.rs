//! Feature extraction: every token becomes a list of 32-bit feature keys (a template id hashed
//! with a value), computed without allocating per token.
//!
//! Stage 1 uses local features (word, lower case, shapes, affixes, a ±2 window), the sentence's
//! capitalisation pattern, how the same word is cased elsewhere in the article, and gazetteer
//! membership. Stage 2 adds document-level features built from stage 1's labels: how the same
//! word was labelled elsewhere in the article, and where it stood inside those names.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

use crate::facts::Span;
use crate::segment::Doc;

use super::lexicon::Lexicon;
use super::{label_pos, label_type, N_LABELS};

/// A hasher for keys that are already hashes.
#[derive(Default, Clone, Copy)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x100_0000_01b3);
        }
    }
    fn write_u64(&mut self, x: u64) {
        self.0 = x;
    }
}

pub type IdMap<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;

#[inline]
pub fn mix(x: u64) -> u64 {
    // splitmix64 finaliser
    let mut z = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// FNV-1a over bytes, finished with a mixer.
#[derive(Clone, Copy)]
pub struct Fnv(u64);

impl Fnv {
    #[inline]
    pub fn new(seed: u64) -> Self {
        Fnv(0xcbf2_9ce4_8422_2325 ^ seed.wrapping_mul(0x9E37_79B9_7F4A_7C15))
    }
    #[inline]
    pub fn byte(&mut self, b: u8) {
        self.0 = (self.0 ^ b as u64).wrapping_mul(0x100_0000_01b3);
    }
    #[inline]
    pub fn char(&mut self, c: char) {
        let mut buf = [0u8; 4];
        for &b in c.encode_utf8(&mut buf).as_bytes() {
            self.byte(b);
        }
    }
    #[inline]
    pub fn finish(self) -> u64 {
        mix(self.0)
    }
}

/// Hash of a string's lower case, as the lexicon and the doc-level features use it.
#[inline]
pub fn lower_hash(s: &str) -> u64 {
    let mut h = Fnv::new(2);
    for c in s.chars() {
        for l in c.to_lowercase() {
            h.char(l);
        }
    }
    h.finish()
}

/// Fold the hashes of several lower-cased tokens into the hash of the phrase.
#[inline]
pub fn phrase_step(acc: u64, tok: u64) -> u64 {
    mix(acc.rotate_left(17) ^ tok)
}

/// A feature key: template id and value hashed into 32 bits (never 0).
#[inline]
pub fn key(tpl: u32, v: u64) -> u32 {
    let h = mix(v ^ (tpl as u64).wrapping_mul(0xD6E8_FEB8_6659_FD93));
    let k = (h >> 32) as u32;
    if k == 0 {
        1
    } else {
        k
    }
}

#[inline]
fn key2(tpl: u32, a: u64, b: u64) -> u32 {
    key(tpl, a.rotate_left(21) ^ mix(b))
}

#[inline]
fn key3(tpl: u32, a: u64, b: u64, c: u64) -> u32 {
    key(
        tpl,
        a.rotate_left(21) ^ mix(b).rotate_left(42) ^ mix(c ^ 0x55),
    )
}

/// Character class for shapes.
#[inline]
fn shape_char(c: char) -> char {
    if c.is_uppercase() {
        'X'
    } else if c.is_lowercase() {
        'x'
    } else if c.is_numeric() {
        'd'
    } else if c.is_alphabetic() {
        'a'
    } else {
        c
    }
}

/// Flags of one token.
pub const F_INITCAP: u16 = 1;
pub const F_ALLCAPS: u16 = 2;
pub const F_LOWER: u16 = 4;
pub const F_DIGIT: u16 = 8;
pub const F_ALPHA: u16 = 16;
/// At least one upper-case letter anywhere ("iPhone" too).
pub const F_UPPER: u16 = 32;
/// Only ASCII characters.
pub const F_ASCII: u16 = 64;

/// Per-token values the features are built from.
#[derive(Debug, Clone, Copy, Default)]
pub struct TokInfo {
    pub w: u64,
    pub lw: u64,
    pub shape: u64,
    pub sshape: u64,
    pub flags: u16,
}

impl TokInfo {
    pub fn new(tok: &str) -> TokInfo {
        if tok.is_ascii() {
            let mut info = TokInfo::new_ascii(tok.as_bytes());
            info.flags |= F_ASCII;
            return info;
        }
        TokInfo::new_general(tok)
    }

    /// [`TokInfo::new`] for any text, char by char.
    fn new_general(tok: &str) -> TokInfo {
        let mut w = Fnv::new(1);
        let mut lw = Fnv::new(2);
        let mut shape = Fnv::new(3);
        let mut sshape = Fnv::new(4);
        let (mut prev, mut run) = ('\0', 0usize);
        let (mut upper, mut lower, mut digit, mut alpha) = (0usize, 0usize, 0usize, 0usize);
        for c in tok.chars() {
            w.char(c);
            for l in c.to_lowercase() {
                lw.char(l);
            }
            let s = shape_char(c);
            if s == prev {
                run += 1;
            } else {
                run = 1;
                sshape.char(s);
            }
            if run <= 4 {
                shape.char(s);
            }
            prev = s;
            if c.is_uppercase() {
                upper += 1;
            } else if c.is_lowercase() {
                lower += 1;
            }
            if c.is_numeric() {
                digit += 1;
            }
            if c.is_alphabetic() {
                alpha += 1;
            }
        }
        let first_upper = tok.chars().next().is_some_and(char::is_uppercase);
        TokInfo::finish(
            w,
            lw,
            shape,
            sshape,
            first_upper,
            [upper, lower, digit, alpha],
        )
    }

    /// [`TokInfo::new`] for ASCII text, byte by byte: the same values (an ASCII character's
    /// lower case, class and UTF-8 encoding are the byte's), without the Unicode tables.
    fn new_ascii(tok: &[u8]) -> TokInfo {
        let mut w = Fnv::new(1);
        let mut lw = Fnv::new(2);
        let mut shape = Fnv::new(3);
        let mut sshape = Fnv::new(4);
        let (mut prev, mut run) = (0u8, 0usize);
        let (mut upper, mut lower, mut digit) = (0usize, 0usize, 0usize);
        for &b in tok {
            w.byte(b);
            lw.byte(b.to_ascii_lowercase());
            let s = match b {
                b'A'..=b'Z' => {
                    upper += 1;
                    b'X'
                }
                b'a'..=b'z' => {
                    lower += 1;
                    b'x'
                }
                b'0'..=b'9' => {
                    digit += 1;
                    b'd'
                }
                _ => b,
            };
            if s == prev {
                run += 1;
            } else {
                run = 1;
                sshape.byte(s);
            }
            if run <= 4 {
                shape.byte(s);
            }
            prev = s;
        }
        let first_upper = tok.first().is_some_and(u8::is_ascii_uppercase);
        TokInfo::finish(
            w,
            lw,
            shape,
            sshape,
            first_upper,
            [upper, lower, digit, upper + lower],
        )
    }

    /// Hashes and flags from the counts `[upper, lower, digit, alpha]`.
    #[inline]
    fn finish(
        w: Fnv,
        lw: Fnv,
        shape: Fnv,
        sshape: Fnv,
        first_upper: bool,
        [upper, lower, digit, alpha]: [usize; 4],
    ) -> TokInfo {
        let mut flags = 0;
        if first_upper {
            flags |= F_INITCAP;
        }
        if upper > 0 && lower == 0 {
            flags |= F_ALLCAPS;
        }
        if lower > 0 && upper == 0 {
            flags |= F_LOWER;
        }
        if digit > 0 {
            flags |= F_DIGIT;
        }
        if alpha > 0 {
            flags |= F_ALPHA;
        }
        if upper > 0 {
            flags |= F_UPPER;
        }
        TokInfo {
            w: w.finish(),
            lw: lw.finish(),
            shape: shape.finish(),
            sshape: sshape.finish(),
            flags,
        }
    }
}

/// Casing of a word seen elsewhere in the article (not sentence-initial, not in an all-caps line).
const SEEN_TITLE: u8 = 1;
const SEEN_LOWER: u8 = 2;
const SEEN_UPPER: u8 = 4;

/// One article prepared for feature extraction.
pub struct DocCtx<'t> {
    pub text: &'t str,
    pub tokens: &'t [Span],
    pub sentences: Vec<Range<usize>>,
    pub info: Vec<TokInfo>,
    /// Per sentence: mostly upper case (a headline or a table line).
    pub allcaps: Vec<bool>,
    /// Per token: gazetteer membership bits (class × BILOU position).
    pub gaz: Vec<u32>,
    pub casing: IdMap<u8>,
}

impl<'t> DocCtx<'t> {
    pub fn new(text: &'t str, doc: &'t Doc, lex: &Lexicon) -> DocCtx<'t> {
        let tokens = &doc.tokens[..];
        let info: Vec<TokInfo> = tokens.iter().map(|t| TokInfo::new(t.slice(text))).collect();
        let sentences: Vec<Range<usize>> = doc
            .sentences
            .iter()
            .map(|s| s.tokens.clone())
            .filter(|r| !r.is_empty() && r.end <= tokens.len())
            .collect();
        let allcaps: Vec<bool> = sentences
            .iter()
            .map(|r| {
                let (mut caps, mut alpha) = (0, 0);
                for t in &info[r.clone()] {
                    if t.flags & F_ALPHA != 0 {
                        alpha += 1;
                        if t.flags & F_ALLCAPS != 0 {
                            caps += 1;
                        }
                    }
                }
                alpha >= 1 && caps * 10 >= alpha * 8 && !(alpha == 1 && caps == 1 && r.len() > 3)
            })
            .collect();
        let mut casing: IdMap<u8> = IdMap::default();
        let mut gaz = vec![0u32; tokens.len()];
        for (si, r) in sentences.iter().enumerate() {
            lex.mark(text, tokens, &info, r.clone(), &mut gaz);
            if allcaps[si] {
                continue;
            }
            for i in r.start + 1..r.end {
                let f = info[i].flags;
                let bit = if f & F_ALLCAPS != 0 && tokens[i].len() > 1 {
                    SEEN_UPPER
                } else if f & F_INITCAP != 0 {
                    SEEN_TITLE
                } else if f & F_LOWER != 0 {
                    SEEN_LOWER
                } else {
                    0
                };
                if bit != 0 {
                    *casing.entry(info[i].lw).or_insert(0) |= bit;
                }
            }
        }
        DocCtx {
            text,
            tokens,
            sentences,
            info,
            allcaps,
            gaz,
            casing,
        }
    }

    #[inline]
    fn tok(&self, i: usize) -> &'t str {
        self.tokens[i].slice(self.text)
    }
}

/// Document-level facts from stage 1's labels.
pub struct DocStats<'a> {
    pub labels: &'a [u8],
    /// Per lower-cased capitalised word: counts of PER, ORG, LOC, MISC, O.
    counts: IdMap<[u16; 5]>,
    /// Per lower-cased word: bits (type × position) of the names it stood in.
    inside: IdMap<u16>,
}

impl<'a> DocStats<'a> {
    pub fn new(ctx: &DocCtx, labels: &'a [u8]) -> DocStats<'a> {
        let mut counts: IdMap<[u16; 5]> = IdMap::default();
        let mut inside: IdMap<u16> = IdMap::default();
        for (i, &l) in labels.iter().enumerate().take(ctx.info.len()) {
            let inf = &ctx.info[i];
            if inf.flags & (F_INITCAP | F_DIGIT) == 0 {
                continue;
            }
            let c = counts.entry(inf.lw).or_insert([0; 5]);
            match label_type(l) {
                Some(t) => {
                    c[t] = c[t].saturating_add(1);
                    *inside.entry(inf.lw).or_insert(0) |= 1 << (t * 4 + label_pos(l));
                }
                None => c[4] = c[4].saturating_add(1),
            }
        }
        DocStats {
            labels,
            counts,
            inside,
        }
    }

    /// Majority type of the word (0..4) or 4 when it was never in a name; and a confidence code.
    fn majority(&self, lw: u64) -> Option<(usize, u8)> {
        let c = self.counts.get(&lw)?;
        let (mut best, mut bc) = (4usize, 0u16);
        for (t, &n) in c.iter().enumerate().take(4) {
            if n > bc {
                best = t;
                bc = n;
            }
        }
        let total: u16 = c.iter().sum();
        let conf = if bc == 0 {
            0
        } else if bc == total {
            1
        } else if bc * 2 >= total {
            2
        } else {
            3
        };
        Some((best, conf))
    }
}

/// Template ids.
/// The template of the lower-cased word feature (for [`super::Model::has_key`] lookups).
pub const T_LW: u32 = t::LW;

mod t {
    pub const BIAS: u32 = 1;
    pub const W: u32 = 2;
    pub const LW: u32 = 3;
    pub const SHAPE: u32 = 4;
    pub const SSHAPE: u32 = 5;
    pub const PREFIX: u32 = 6; // +k, k = 0..4
    pub const SUFFIX: u32 = 10; // +k
    pub const LW_AT: u32 = 14; // +offset index 0..4
    pub const SSHAPE_AT: u32 = 24; // +offset index
    pub const BI_LEFT: u32 = 29;
    pub const BI_RIGHT: u32 = 30;
    pub const SSHAPE3: u32 = 31;
    pub const INITIAL: u32 = 32;
    pub const ALLCAPS_SENT: u32 = 33;
    pub const ALLCAPS_LW: u32 = 34;
    pub const CASING: u32 = 35;
    pub const GAZ: u32 = 36;
    pub const GAZ_PREV: u32 = 37;
    pub const GAZ_NEXT: u32 = 38;
    pub const SENT_POS: u32 = 39;
    pub const GAZ_SHAPE: u32 = 43;
    pub const S1_LABEL: u32 = 60;
    pub const S1_PREV: u32 = 61;
    pub const S1_NEXT: u32 = 62;
    pub const DOC_MAJ: u32 = 63;
    pub const DOC_INSIDE: u32 = 64;
    pub const DOC_MAJ_PREV: u32 = 65;
    pub const DOC_MAJ_NEXT: u32 = 66;
    pub const DOC_MAJ_SHAPE: u32 = 67;
}

/// Which features [`sentence_keys`] produces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Features that do not depend on stage 1 (all of stage 1's, and most of stage 2's).
    Static,
    /// Only the document-level features from stage 1's labels.
    Doc,
    /// Both, per token (training data for stage 2).
    Both,
}

/// Append the feature keys of every token of sentence `si` to `keys`; `offs` receives, for each
/// token, the end offset of its keys (the start is the previous entry, or `keys.len()` at entry).
/// Document-level features need `stats`. Tokens marked in `skip` (indexed like the article's
/// tokens; empty = none) get no keys.
pub fn sentence_keys(
    ctx: &DocCtx,
    si: usize,
    stats: Option<&DocStats>,
    part: Part,
    skip: &[bool],
    keys: &mut Vec<u32>,
    offs: &mut Vec<u32>,
) {
    let r = ctx.sentences[si].clone();
    let allcaps = ctx.allcaps[si];
    let sent_pos = si.min(3) as u64;
    let info = &ctx.info;
    for i in r.clone() {
        if skip.get(i).copied().unwrap_or(false) {
            offs.push(keys.len() as u32);
            continue;
        }
        let ii = i as isize;
        let inf = &info[i];
        let ctx_kind = if allcaps {
            2
        } else if i == r.start {
            1
        } else {
            0
        };
        if part != Part::Doc {
            static_keys(ctx, &r, i, allcaps, sent_pos, ctx_kind, keys);
        }
        let stats = if part == Part::Static { None } else { stats };
        if let Some(st) = stats {
            let lab = |j: isize| -> u64 {
                if j < r.start as isize || j >= r.end as isize {
                    N_LABELS as u64
                } else {
                    st.labels[j as usize] as u64
                }
            };
            keys.push(key(t::S1_LABEL, lab(ii)));
            keys.push(key(t::S1_PREV, lab(ii - 1)));
            keys.push(key(t::S1_NEXT, lab(ii + 1)));
            if let Some((maj, conf)) = st.majority(inf.lw) {
                keys.push(key2(t::DOC_MAJ, maj as u64, conf as u64));
                keys.push(key3(t::DOC_MAJ_SHAPE, maj as u64, conf as u64, ctx_kind));
            }
            if let Some(&bits) = st.inside.get(&inf.lw) {
                let mut b = bits;
                while b != 0 {
                    let x = b.trailing_zeros() as u64;
                    b &= b - 1;
                    keys.push(key(t::DOC_INSIDE, x));
                }
            }
            if i > r.start {
                if let Some((maj, conf)) = st.majority(info[i - 1].lw) {
                    keys.push(key2(t::DOC_MAJ_PREV, maj as u64, conf as u64));
                }
            }
            if i + 1 < r.end {
                if let Some((maj, conf)) = st.majority(info[i + 1].lw) {
                    keys.push(key2(t::DOC_MAJ_NEXT, maj as u64, conf as u64));
                }
            }
        }
        offs.push(keys.len() as u32);
    }
}

/// The features of token `i` that do not depend on stage 1.
#[inline]
fn static_keys(
    ctx: &DocCtx,
    r: &Range<usize>,
    i: usize,
    allcaps: bool,
    sent_pos: u64,
    ctx_kind: u64,
    keys: &mut Vec<u32>,
) {
    let info = &ctx.info;
    let ii = i as isize;
    let inf = &info[i];
    const NONE: u64 = 0x1234_5678;
    let lw_at = |j: isize| -> u64 {
        if j < r.start as isize {
            NONE ^ 1
        } else if j >= r.end as isize {
            NONE ^ 2
        } else {
            info[j as usize].lw
        }
    };
    let at = |j: isize, f: fn(&TokInfo) -> u64| -> u64 {
        if j < r.start as isize {
            NONE ^ 1
        } else if j >= r.end as isize {
            NONE ^ 2
        } else {
            f(&info[j as usize])
        }
    };
    keys.push(key(t::BIAS, 0));
    keys.push(key(t::W, inf.w));
    keys.push(key(t::LW, inf.lw));
    keys.push(key(t::SHAPE, inf.shape));
    keys.push(key(t::SSHAPE, inf.sshape));
    // Affixes of the lower case, 1..4 characters, when the word is longer.
    let tok = ctx.tok(i);
    if inf.flags & F_ASCII != 0 {
        affix_keys_ascii(tok.as_bytes(), keys);
    } else {
        affix_keys(tok, keys);
    }
    for (k, d) in [-2isize, -1, 1, 2].iter().enumerate() {
        keys.push(key(t::LW_AT + k as u32, lw_at(ii + d)));
        keys.push(key(t::SSHAPE_AT + k as u32, at(ii + d, |x| x.sshape)));
    }
    keys.push(key2(t::BI_LEFT, lw_at(ii - 1), inf.lw));
    keys.push(key2(t::BI_RIGHT, inf.lw, lw_at(ii + 1)));
    keys.push(key3(
        t::SSHAPE3,
        at(ii - 1, |x| x.sshape),
        inf.sshape,
        at(ii + 1, |x| x.sshape),
    ));
    if i == r.start {
        keys.push(key(t::INITIAL, inf.sshape));
    }
    if allcaps {
        keys.push(key(t::ALLCAPS_SENT, inf.sshape));
        keys.push(key(t::ALLCAPS_LW, inf.lw));
    }
    keys.push(key2(t::SENT_POS, sent_pos, inf.sshape));
    // How the word is cased elsewhere in the article, where its own case says little.
    let seen = ctx.casing.get(&inf.lw).copied().unwrap_or(0) as u64;
    keys.push(key2(t::CASING, ctx_kind * 16 + seen, inf.flags as u64 & 7));
    // Gazetteer membership of the token and its neighbours.
    let g = ctx.gaz[i];
    let mut bits = g;
    while bits != 0 {
        let b = bits.trailing_zeros() as u64;
        bits &= bits - 1;
        keys.push(key(t::GAZ, b));
        keys.push(key2(t::GAZ_SHAPE, b, inf.sshape));
    }
    if i > r.start {
        let mut bits = ctx.gaz[i - 1];
        while bits != 0 {
            let b = bits.trailing_zeros() as u64;
            bits &= bits - 1;
            keys.push(key(t::GAZ_PREV, b));
        }
    }
    if i + 1 < r.end {
        let mut bits = ctx.gaz[i + 1];
        while bits != 0 {
            let b = bits.trailing_zeros() as u64;
            bits &= bits - 1;
            keys.push(key(t::GAZ_NEXT, b));
        }
    }
}

/// [`affix_keys`] for ASCII text, byte by byte: the same keys.
fn affix_keys_ascii(b: &[u8], keys: &mut Vec<u32>) {
    let n = 4.min(b.len().saturating_sub(1));
    let mut h = Fnv::new(5);
    for (k, &c) in b[..n].iter().enumerate() {
        h.byte(c.to_ascii_lowercase());
        keys.push(key(t::PREFIX + k as u32, h.finish()));
    }
    let mut h = Fnv::new(6);
    for (k, &c) in b.iter().rev().take(n).enumerate() {
        h.byte(c.to_ascii_lowercase());
        keys.push(key(t::SUFFIX + k as u32, h.finish()));
    }
}

/// Affix keys of the lower case, 1..4 characters, when the word is longer (any text).
fn affix_keys(tok: &str, keys: &mut Vec<u32>) {
    let n_chars = tok.chars().count();
    if n_chars > 1 {
        let mut h = Fnv::new(5);
        for (k, c) in tok.chars().take(4.min(n_chars - 1)).enumerate() {
            for l in c.to_lowercase() {
                h.char(l);
            }
            keys.push(key(t::PREFIX + k as u32, h.finish()));
        }
        let mut h = Fnv::new(6);
        for (k, c) in tok.chars().rev().take(4.min(n_chars - 1)).enumerate() {
            for l in c.to_lowercase() {
                h.char(l);
            }
            keys.push(key(t::SUFFIX + k as u32, h.finish()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_and_flags() {
        let a = TokInfo::new("Berlin");
        let b = TokInfo::new("Madrid");
        let rome = TokInfo::new("Rome");
        let c = TokInfo::new("BERLIN");
        assert_eq!(a.sshape, b.sshape, "Xx for both");
        assert_eq!(a.shape, b.shape, "runs capped at 4");
        assert_ne!(a.shape, rome.shape, "long shape keeps run lengths up to 4");
        assert_eq!(a.sshape, rome.sshape);
        assert_eq!(a.lw, c.lw, "lower case is shared");
        assert_ne!(a.w, c.w);
        assert_ne!(a.sshape, c.sshape);
        assert_eq!(a.flags & F_INITCAP, F_INITCAP);
        assert_eq!(c.flags & F_ALLCAPS, F_ALLCAPS);
        assert_eq!(TokInfo::new("U.S.").sshape, TokInfo::new("E.U.").sshape);
        assert_eq!(
            TokInfo::new("1996-08-22").sshape,
            TokInfo::new("2020-11-17").sshape
        );
        assert_eq!(TokInfo::new("ändern").flags & F_LOWER, F_LOWER);
        assert_eq!(
            TokInfo::new("iPhone").flags & (F_UPPER | F_INITCAP),
            F_UPPER
        );
    }

    #[test]
    fn ascii_fast_path_matches_the_unicode_path() {
        // The model was trained on the general path's values: the fast path must reproduce them.
        for tok in [
            "Berlin",
            "U.S.",
            "1996-08-22",
            "iPhone",
            "McDONALD'S",
            "aaaaaab",
            "--",
            "x",
        ] {
            let fast = TokInfo::new(tok);
            let slow = TokInfo::new_general(tok);
            assert_eq!(
                (
                    fast.w,
                    fast.lw,
                    fast.shape,
                    fast.sshape,
                    fast.flags & !F_ASCII
                ),
                (slow.w, slow.lw, slow.shape, slow.sshape, slow.flags),
                "{tok}"
            );
            assert_eq!(fast.flags & F_ASCII, F_ASCII);
            let (mut a, mut b) = (Vec::new(), Vec::new());
            affix_keys_ascii(tok.as_bytes(), &mut a);
            affix_keys(tok, &mut b);
            assert_eq!(a, b, "{tok}");
        }
        assert_eq!(lower_hash("ZÜRICH"), lower_hash("zürich"));
    }

    #[test]
    fn keys_differ_by_template_and_are_nonzero() {
        assert_ne!(key(1, 5), key(2, 5));
        assert_ne!(key(1, 5), key(1, 6));
        assert!((0..10_000u64).all(|v| key(3, v) != 0));
    }

    #[test]
    fn sentence_features_see_window_and_doc_casing() {
        let lex = Lexicon::parse("#country\nfrance\n#first\nanna\n");
        let text = "PARIS TALKS END\nAnna left Paris for France on Monday.";
        let doc = crate::segment::segment(text, &[]);
        let ctx = DocCtx::new(text, &doc, &lex);
        assert_eq!(ctx.sentences.len(), 2);
        assert!(ctx.allcaps[0] && !ctx.allcaps[1]);
        // "Paris" is seen title-cased later, so "PARIS" in the headline carries that casing.
        assert_eq!(ctx.casing.get(&lower_hash("paris")), Some(&SEEN_TITLE));
        let (mut keys, mut offs) = (Vec::new(), Vec::new());
        sentence_keys(&ctx, 0, None, Part::Static, &[], &mut keys, &mut offs);
        assert_eq!(offs.len(), 3);
        assert!(keys[..offs[0] as usize].contains(&key2(t::CASING, 2 * 16 + 1, 3)));
        // Gazetteer: "Anna" first name (U), "France" country (U).
        let anna = doc.sentences[1].tokens.start;
        assert_eq!(ctx.gaz[anna].count_ones(), 1);
        assert_eq!(ctx.gaz[anna + 4], 1 << 3, "France: country U");
        assert_eq!(ctx.gaz[anna + 1], 0);
        // Identical input gives identical keys; the right neighbour's word is a feature.
        let (mut k2, mut o2) = (Vec::new(), Vec::new());
        sentence_keys(&ctx, 1, None, Part::Static, &[], &mut k2, &mut o2);
        let (mut k3, mut o3) = (Vec::new(), Vec::new());
        sentence_keys(&ctx, 1, None, Part::Both, &[], &mut k3, &mut o3);
        assert_eq!(k2, k3);
        assert!(k2[..o2[0] as usize].contains(&key(t::LW_AT + 2, lower_hash("left"))));
    }

    #[test]
    fn doc_stats_report_majority_and_inside_positions() {
        let lex = Lexicon::parse("");
        let text = "Maria Lopez spoke. Lopez left.";
        let doc = crate::segment::segment(text, &[]);
        let ctx = DocCtx::new(text, &doc, &lex);
        // Maria=B-PER(1) Lopez=L-PER(3) spoke . Lopez=U-PER(4) left .
        let labels = [1u8, 3, 0, 0, 4, 0, 0];
        let st = DocStats::new(&ctx, &labels);
        assert_eq!(st.majority(lower_hash("lopez")), Some((0, 1)));
        assert_eq!(st.inside[&lower_hash("lopez")], (1 << 2) | (1 << 3));
        assert_eq!(
            st.majority(lower_hash("spoke")),
            None,
            "lower-case words are not counted"
        );
    }
}
