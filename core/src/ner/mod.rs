//! Named-entity tagging: tokens → name mentions with labels.
//!
//! An averaged structured perceptron over BILOU tags (PER, ORG, LOC, MISC), decoded with
//! Viterbi, in two stages: stage 1 uses local, sentence, gazetteer and casing features; stage 2
//! adds how the same word was labelled elsewhere in the article by stage 1 (which fixes all-caps
//! headlines and repeated short names). Features are hashed to 32-bit keys; the model keeps only
//! the keys seen in training. MISC names that are nationality, religious or political adjectives
//! per the lexicon ("French", "Islamic", "Republicans") come out as NORP.
//!
//! The model (`data/ner.model`, built by the `train-ner` binary) and the lexicon
//! (`data/ner_lexicon.txt`, built by `data/build_ner_lexicons.py`) are embedded and parsed
//! once, then shared by all threads.

pub mod decode;
pub mod features;
pub mod lexicon;
pub mod model;
pub mod train;

use std::collections::HashSet;
use std::sync::OnceLock;

use crate::facts::{Label, Span};
use crate::segment::Doc;

use features::{sentence_keys, DocCtx, DocStats, Part};
use lexicon::Lexicon;
use model::Model;

/// Number of BILOU labels: O + 4 types × B, I, L, U.
pub const N_LABELS: usize = 17;
/// Entity types of the tagger, in label order.
pub const TYPES: [Label; 4] = [Label::PER, Label::ORG, Label::LOC, Label::MISC];

/// Indexes of [`TYPES`], as the decoded chunks `(start, end, type)` carry them.
const PER: usize = 0;
const ORG: usize = 1;
const LOC: usize = 2;
const MISC: usize = 3;

/// Type index (0..4) of a label, None for O.
#[inline]
pub fn label_type(l: u8) -> Option<usize> {
    if l == 0 || l as usize >= N_LABELS {
        None
    } else {
        Some((l as usize - 1) / 4)
    }
}

/// Position of a label inside its name: 0 B, 1 I, 2 L, 3 U (0 for O).
#[inline]
pub fn label_pos(l: u8) -> usize {
    if l == 0 {
        0
    } else {
        (l as usize - 1) % 4
    }
}

/// A name found by the tagger, before entity resolution.
#[derive(Debug, Clone, PartialEq)]
pub struct NameMention {
    pub span: Span,
    pub label: Label,
}

static MODEL_BYTES: &[u8] = include_bytes!("../../../data/ner.model");
static LEXICON_TEXT: &str = include_str!("../../../data/ner_lexicon.txt");

/// The shipped lexicon, parsed once.
pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| Lexicon::parse(LEXICON_TEXT))
}

/// The shipped model, parsed once; None if the embedded file is missing or invalid.
pub fn model() -> Option<&'static Model> {
    static MODEL: OnceLock<Option<Model>> = OnceLock::new();
    MODEL.get_or_init(|| Model::parse(MODEL_BYTES)).as_ref()
}

/// Labels of all tokens of an article (indexed like the doc's tokens) under the model, with
/// quiet stretches of lower-case text left out (see [`quiet_tokens`]).
pub fn label_doc(ctx: &DocCtx, model: &Model) -> Vec<u8> {
    label_doc_with(ctx, model, true)
}

/// Tokens that are labelled O without scoring: a token is quiet when it and the two tokens on
/// each side (within its sentence) have no upper-case letter and no name-list membership.
///
/// A name needs a capitalised word within two tokens ("Bank of the West": "of" and "the" are
/// next to capitals), so these tokens are O in practice, and in news text they are about half of
/// all tokens: skipping their features and table lookups is the tagger's largest saving. The
/// neighbours of a quiet token are still scored with their full context.
pub fn quiet_tokens(ctx: &DocCtx) -> Vec<bool> {
    let mut quiet = vec![false; ctx.tokens.len()];
    for r in &ctx.sentences {
        quiet[r.clone()].fill(true);
        for i in r.clone() {
            if ctx.info[i].flags & features::F_UPPER != 0 || ctx.gaz[i] != 0 {
                // A loud token makes its window [i-2, i+2] within the sentence not quiet.
                let from = i.saturating_sub(2).max(r.start);
                quiet[from..(i + 3).min(r.end)].fill(false);
            }
        }
    }
    quiet
}

/// Emission scores that force O.
const FORCED_O: [f32; N_LABELS] = {
    let mut row = [-1.0e6f32; N_LABELS];
    row[0] = 0.0;
    row
};

/// [`label_doc`], scoring every token when `skip_quiet` is false (the trainer does, so that its
/// output does not depend on this shortcut).
pub fn label_doc_with(ctx: &DocCtx, model: &Model, skip_quiet: bool) -> Vec<u8> {
    let n = ctx.tokens.len();
    let skip = if skip_quiet {
        quiet_tokens(ctx)
    } else {
        Vec::new()
    };
    let force = |sc: &mut [f32], base: usize, r: &std::ops::Range<usize>| {
        for i in r.clone() {
            if skip.get(i).copied().unwrap_or(false) {
                let at = (i - r.start) * N_LABELS + base;
                sc[at..at + N_LABELS].copy_from_slice(&FORCED_O);
            }
        }
    };
    let mut labels = vec![0u8; n];
    let (mut keys, mut offs) = (Vec::new(), Vec::new());
    let mut scores = Vec::new();
    let mut back = Vec::new();
    let mut buf = Vec::new();
    // Stage-2 emission scores of the whole article, by token (sized once: growing it by
    // doubling copied it through fresh memory, a tenth of the tagger's cache write misses).
    let mut scores2: Vec<f32> =
        Vec::with_capacity(if model.n_stages > 1 { n * N_LABELS } else { 0 });
    let mut starts = Vec::with_capacity(ctx.sentences.len());
    for (si, r) in ctx.sentences.iter().enumerate() {
        keys.clear();
        offs.clear();
        sentence_keys(ctx, si, None, Part::Static, &skip, &mut keys, &mut offs);
        starts.push(scores2.len());
        model.score_static(&keys, &offs, &mut buf, &mut scores, &mut scores2);
        if !skip.is_empty() {
            force(&mut scores, 0, r);
            if model.n_stages > 1 {
                let base = starts[si];
                force(&mut scores2, base, r);
            }
        }
        let forced = skip.get(r.clone()).unwrap_or(&[]);
        decode::viterbi(
            &scores,
            &model.trans[0],
            forced,
            &mut back,
            &mut labels[r.clone()],
        );
    }
    if model.n_stages > 1 {
        let first = labels.clone();
        let stats = DocStats::new(ctx, &first);
        for (si, r) in ctx.sentences.iter().enumerate() {
            keys.clear();
            offs.clear();
            sentence_keys(
                ctx,
                si,
                Some(&stats),
                Part::Doc,
                &skip,
                &mut keys,
                &mut offs,
            );
            let sc = &mut scores2[starts[si]..starts[si] + r.len() * N_LABELS];
            model.score_add(1, &keys, &offs, &mut buf, sc);
            let forced = skip.get(r.clone()).unwrap_or(&[]);
            decode::viterbi(
                sc,
                &model.trans[1],
                forced,
                &mut back,
                &mut labels[r.clone()],
            );
        }
    }
    labels
}

/// Particles that only ever join two parts of one person's name when written in lower case
/// between capitalised words: Arabic patronymics ("Osama bin Laden", "Abdullah ibn Abdulaziz")
/// and Dutch and German surname particles ("Ursula von der Leyen", "Marc-André ter Stegen").
const STRONG_PARTICLES: &[&str] = &["bin", "ibn", "bint", "binti", "van", "von", "ter", "zu"];
/// Particles that also occur inside place and organisation names ("Rio de Janeiro", "Banco do
/// Brasil"): they join a person's name only when the tagger read one side as a person.
/// "ten" ("Erik ten Hag") is a number word too: a person must stand on one side.
const WEAK_PARTICLES: &[&str] = &[
    "de", "da", "das", "dos", "do", "del", "della", "di", "du", "al", "el", "ten",
];
/// Particles that follow another one ("van der", "von den", "de la"), never first.
const SECOND_PARTICLES: &[&str] = &["der", "den", "de", "la", "le", "des"];
/// Generational suffixes after a person's name ("Martin Luther King Jr.").
const NAME_SUFFIXES: &[&str] = &["Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV"];

/// Join the parts of one person's name that the tagger split at a lower-case particle, and add
/// hyphenated Arabic articles ("Bashar al-Assad") and generational suffixes. The tagger learnt
/// from 1996 Reuters text, where such names are rare, and labels the parts as it would stray
/// capitalised words ("Ursula" LOC, "Leyen" ORG); the particle in lower case between two
/// capitalised words is the stronger evidence. Works on token ranges `(start, end, type)`.
fn join_name_particles(text: &str, tokens: &[Span], chunks: &mut Vec<(usize, usize, usize)>) {
    let word = |i: usize| tokens[i].slice(text);
    let capitalised = |i: usize| {
        let w = word(i);
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
    };
    // Two tokens are one gap apart when only spaces separate them (no line break, no comma).
    let joined = |a: usize, b: usize| {
        text[tokens[a].end..tokens[b].start]
            .chars()
            .all(|c| c == ' ')
    };
    // Joined chunks are written back in place: `w` never passes `k`.
    let mut w = 0;
    let mut k = 0;
    while k < chunks.len() {
        let (s, mut e, mut t) = chunks[k];
        k += 1;
        loop {
            // Particles right after the name, then a capitalised word or the next name.
            let mut j = e;
            let mut strong = false;
            while j < tokens.len() && j - e < 3 && joined(j - 1, j) {
                let w = word(j);
                let first = j == e;
                if STRONG_PARTICLES.contains(&w) && first {
                    strong = true;
                } else if !(WEAK_PARTICLES.contains(&w) && first
                    || !first && SECOND_PARTICLES.contains(&w))
                {
                    break;
                }
                j += 1;
            }
            if j == e || j >= tokens.len() || !joined(j - 1, j) {
                break;
            }
            let next = chunks.get(k).filter(|c| c.0 == j).copied();
            let right_per = next.is_some_and(|c| c.2 == PER);
            if !(strong || t == PER || right_per) {
                break;
            }
            let end = match next {
                Some(c) => {
                    k += 1;
                    c.1
                }
                None if capitalised(j) => {
                    let mut end = j + 1;
                    while end < tokens.len()
                        && end - j < 3
                        && joined(end - 1, end)
                        && capitalised(end)
                        && chunks.get(k).is_none_or(|c| c.0 != end)
                    {
                        end += 1;
                    }
                    end
                }
                None => break,
            };
            e = end;
            t = PER;
        }
        // "Abdel Fattah el-Sisi", "Sharm el-Sheikh"; a person's "Martin Luther King Jr."
        while e < tokens.len() && joined(e - 1, e) {
            let x = word(e);
            let article = ["al-", "el-", "ad-", "as-", "ash-", "at-", "ar-", "az-"]
                .iter()
                .find_map(|p| x.strip_prefix(p))
                .is_some_and(|rest| rest.chars().next().is_some_and(char::is_uppercase));
            let free = chunks.get(k).is_none_or(|c| c.0 != e);
            if free && (article || t == PER && NAME_SUFFIXES.contains(&x)) {
                e += 1;
            } else {
                break;
            }
        }
        chunks[w] = (s, e, t);
        w += 1;
    }
    chunks.truncate(w);
}

/// Nouns of a leader's tenure or team: a surname right before one of them, in lower case, names
/// the leader ("the Biden administration", "the Modi government", "the Sanders campaign").
const LEADER_NOUNS: &[&str] = &[
    "administration",
    "administrations",
    "presidency",
    "campaign",
    "government",
    "cabinet",
];

/// A one-word name right before a leader noun ("the Biden administration") is a person when it is
/// the surname of a person named in the article, or when the tagger read it as MISC, it is shaped
/// like a surname and the lexicon knows it as no place, nationality or party ("the Kenya government", "the Republican
/// administration" and "the Labour government" keep their labels). The tagger learnt from 1996
/// text and reads an unknown surname before "administration" as an adjective (MISC), where
/// CoNLL annotates "the Clinton administration" with Clinton a person.
fn leader_before_office(
    text: &str,
    tokens: &[Span],
    chunks: &mut [(usize, usize, usize)],
    lex: &Lexicon,
) {
    for k in 0..chunks.len() {
        let (s, e, t) = chunks[k];
        if e != s + 1 || !(t == MISC || t == ORG) || e >= tokens.len() {
            continue;
        }
        let next = tokens[e].slice(text);
        if !LEADER_NOUNS.contains(&next) || text[tokens[s].end..tokens[e].start].trim() != "" {
            continue;
        }
        let word = tokens[s].slice(text);
        let named = chunks
            .iter()
            .any(|c| c.2 == PER && tokens[c.1 - 1].slice(text) == word);
        // A word the lexicon does not know, shaped like a surname: capitalised, no hyphen, and
        // no demonym ending ("Nepali", "Philippine", "Maltese" are adjectives of a country).
        let surname_shape = word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().all(char::is_alphabetic)
            && !["ine", "ese", "ish", "ian", "ean", "ic", "i"]
                .iter()
                .any(|x| word.ends_with(x));
        let unknown = t == MISC
            && surname_shape
            && lex.classes_of(text, &tokens[s..e]) & lexicon::PLACE_OR_NATIONALITY == 0;
        if named || unknown {
            chunks[k].2 = PER;
        }
    }
}

/// Last words of names of places people gather in, never of a person's name: a person-labelled
/// name ending in one is the place ("Madison Square Garden", "the Rose Garden").
const FACILITY_WORDS: &[&str] = &[
    "Garden",
    "Gardens",
    "Square",
    "Avenue",
    "Boulevard",
    "Stadium",
    "Arena",
    "Airport",
    "Station",
    "Plaza",
    "Mall",
    "Cathedral",
    "Palace",
];

/// Last words of place names that are surnames too ("Stuart Hall", "Tony Park"): a
/// person-labelled name ending in one is a place when its first word is no first name
/// ("Downing Street", "Wall Street", "Hyde Park").
const STREET_WORDS: &[&str] = &[
    "Street", "Road", "Lane", "Park", "Hall", "Bridge", "Center", "Centre", "Tower",
];

/// Names whose shape says more than the tagger's label:
/// - a name is split at a dash between spaces ("DENVER — Police on Saturday …"): a dateline and
///   the sentence after it are never one name. The capitalised dateline before the dash is a
///   place; the part after keeps its label unless it is one common word, written in lower case
///   elsewhere in the article ("police"), which is dropped;
/// - "St.", "Ft.", "Mt." before a name are part of it ("St. Lucie County");
/// - a storm's name after "Hurricane", "Typhoon", "Cyclone" is MISC without that word, as CoNLL
///   annotates it ("Hurricane Milton" is no town), unless the word after is an organisation's
///   ("the Hurricane Center");
/// - a name in capitals opening a paragraph or sentence before a dash is a dateline, a place
///   ([`dateline`]);
/// - a person-labelled name ending in a facility word ([`FACILITY_WORDS`]), in a street word
///   after a word that is no first name ([`STREET_WORDS`]), or in "County", "Parish",
///   "Township", "Borough" is a place (an organisation keeps its label: "Notts County").
fn reshape_names(
    text: &str,
    tokens: &[Span],
    lex: &Lexicon,
    chunks: &mut Vec<(usize, usize, usize)>,
) {
    let storm = |i: usize| matches!(tokens[i].slice(text), "Hurricane" | "Typhoon" | "Cyclone");
    let is_dash = |i: usize| {
        matches!(tokens[i].slice(text), "—" | "–" | "--")
            && i > 0
            && text[tokens[i - 1].end..tokens[i].start] == *" "
    };
    let mut out = Vec::with_capacity(chunks.len());
    for &(s, e, t) in chunks.iter() {
        // "St. Lucie County": a saint's or fort's abbreviation before a place's name is part of it.
        let s = if s > 0
            && matches!(tokens[s - 1].slice(text), "St." | "Ft." | "Mt." | "Pt.")
            && text[tokens[s - 1].end..tokens[s].start] == *" "
            && out.last().is_none_or(|c: &(usize, usize, usize)| c.1 < s)
        {
            s - 1
        } else {
            s
        };
        let last = tokens[e - 1].slice(text);
        // "Hurricane Milton", "Typhoon Haiyan": a storm's name is a named event (MISC) without
        // the word before it, as CoNLL annotates it, never the town of that name.
        if s > 0 && storm(s - 1) && e - s == 1 {
            out.push((s, e, MISC));
            continue;
        }
        if e - s == 2
            && storm(s)
            && tokens[e - 1].slice(text).starts_with(char::is_uppercase)
            && lex.classes_of(text, &tokens[e - 1..e]) & lexicon::ORG_WORD_BIT == 0
        {
            out.push((s + 1, e, MISC));
            continue;
        }
        // ("Grant Park" after "in" or "at" is the park, though "Grant" is a first name.)
        let street = STREET_WORDS.contains(&last)
            && e - s >= 2
            && (lex.classes_of(text, &tokens[s..s + 1]) & lexicon::FIRST_NAME_BIT == 0
                || (s > 0
                    && matches!(
                        tokens[s - 1].slice(text),
                        "in" | "at" | "near" | "outside" | "inside" | "across"
                    )));
        // ("Second Thomas Shoal", "the Spratly Islands": a feature of land or sea, though
        // its first word is a first name.)
        let feature = e - s >= 2
            && matches!(
                last,
                "Shoal"
                    | "Reef"
                    | "Island"
                    | "Islands"
                    | "Peninsula"
                    | "Strait"
                    | "Mountains"
                    | "Canyon"
                    | "Desert"
                    | "Ocean"
                    | "Gulf"
                    | "Glacier"
                    | "Volcano"
                    | "Archipelago"
                    | "Atoll"
            );
        let division = feature || matches!(last, "County" | "Parish" | "Township" | "Borough");
        // (An organisation ending in "County" stays one: "Notts County" is a club.)
        let t = if (t == PER && (FACILITY_WORDS.contains(&last) || street || division))
            || dateline(text, tokens[s].start, tokens[e - 1].end)
        {
            LOC
        } else {
            t
        };
        let Some(d) = (s + 1..e.saturating_sub(1)).find(|&i| is_dash(i)) else {
            out.push((s, e, t));
            continue;
        };
        let caps = tokens[s..d].iter().all(|tok| {
            let w = tok.slice(text);
            !w.chars().any(char::is_lowercase)
        });
        out.push((s, d, if caps { LOC } else { t }));
        let single = e == d + 2;
        let common = single && {
            let lower = tokens[d + 1].slice(text).to_lowercase();
            written_lower(text, &lower)
        };
        if !common {
            out.push((d + 1, e, t));
        }
    }
    *chunks = out;
}

/// Is the text from `start` to `end` a dateline: capital letters only (more than three), opening
/// a paragraph or a sentence, followed by a dash, perhaps after a state and a wire service's
/// credit ("BANTAM — A mason was …", "CAMP HOLT, Wash. - Officers …", "HOUSTON (AP) -"), in
/// a line that is no all-capital headline ("SOCCER - LEEDS WIN")? The tagger reads such a word
/// alone as anything; a dateline names a place.
fn dateline(text: &str, start: usize, end: usize) -> bool {
    let name = &text[start..end];
    if name.chars().filter(|c| c.is_alphabetic()).count() <= 3
        || name.chars().any(char::is_lowercase)
        || !char_before(text, start).is_none_or(|c| matches!(c, '\n' | '.' | '!' | '?'))
    {
        return false;
    }
    // (The line's first 300 bytes: enough to see a dateline's dash and the sentence after it,
    // and a bounded look on a text of one long line.)
    let mut limit = (end + 300).min(text.len());
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    let line = &text[end..text[end..limit].find('\n').map_or(limit, |k| end + k)];
    let mut rest = line.trim_start();
    // ", Wash." or ", SC": the state, one or two capitalised words.
    if let Some(r) = rest.strip_prefix(',') {
        let stop = r.find(['(', '—', '–', '-']).unwrap_or(r.len());
        let state: Vec<&str> = r[..stop].split_whitespace().collect();
        if !(1..=2).contains(&state.len())
            || !state.iter().all(|w| w.starts_with(char::is_uppercase))
        {
            return false;
        }
        rest = &r[stop..];
    }
    // "(AP)": a wire service's credit.
    if let Some(r) = rest.strip_prefix('(') {
        match r.find(')') {
            Some(k) if k <= 12 => rest = r[k + 1..].trim_start(),
            _ => return false,
        }
    }
    ["— ", "– ", "-- ", "- "]
        .iter()
        .any(|d| rest.starts_with(d))
        && line.chars().any(char::is_lowercase)
}

/// A wire service credited in brackets after a dateline ("LOS ANGELES (AP) —", "PARIS, Dec 8
/// (AFP) -") is an organisation: one capitalised word in brackets, followed by a dash, in a
/// paragraph that opens with an all-capital word. (The tagger, reading "AP" alone, sees a
/// state's abbreviation or nothing.)
fn wire_credits(text: &str, tokens: &[Span], chunks: &mut Vec<(usize, usize, usize)>) {
    let mut found = Vec::new();
    for i in 1..tokens.len().saturating_sub(2) {
        let w = tokens[i].slice(text);
        if tokens[i - 1].slice(text) != "("
            || tokens[i + 1].slice(text) != ")"
            || !matches!(tokens[i + 2].slice(text), "—" | "–" | "-" | "--")
            || w.len() < 2
            || !w.starts_with(|c: char| c.is_ascii_uppercase())
            || !w.chars().all(|c| c.is_alphabetic())
        {
            continue;
        }
        let line = &text
            [text[..tokens[i - 1].start].rfind('\n').map_or(0, |n| n + 1)..tokens[i - 1].start];
        let dateline = line.len() <= 60
            && line.split_whitespace().next().is_some_and(|first| {
                let letters = first.trim_end_matches([',', '.']);
                letters.len() >= 3 && letters.chars().all(|c| c.is_ascii_uppercase() || c == '-')
            });
        if dateline {
            found.push(i);
        }
    }
    if found.is_empty() {
        return;
    }
    chunks.retain(|c| !found.iter().any(|&i| c.0 <= i && i < c.1));
    for i in found {
        let at = chunks.partition_point(|c| c.0 < i);
        chunks.insert(at, (i, i + 1, ORG));
    }
}

/// Participles that open a sentence about someone ("Born in 1924, …", "Raised in Ohio, …").
const OPENING_PARTICIPLES: &[&str] = &[
    "Born",
    "Based",
    "Founded",
    "Raised",
    "Educated",
    "Married",
    "Elected",
    "Appointed",
    "Located",
    "Named",
    "Known",
    "Nicknamed",
    "Trained",
];

/// Abbreviated titles written before names with a full stop ("Sens.", "Gov.", "Lt.").
const TITLE_ABBREVIATIONS: &[&str] = &[
    "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Gen", "Gens", "Lt", "Col", "Sgt", "Capt", "Cpl",
    "Adm", "Maj", "Dr", "Drs", "Prof", "Rev", "Supt", "Atty", "Messrs", "Mr", "Mrs", "Ms",
];

/// Titles that stand between an office and a person's name ("County Sheriff Jane Roe").
const NAME_TITLES: &[&str] = &[
    "Sheriff",
    "Governor",
    "Mayor",
    "President",
    "Minister",
    "Superintendent",
    "Chief",
    "Director",
    "Commissioner",
    "Senator",
    "Judge",
    "Justice",
    "Coach",
    "Officer",
    "Secretary",
    "Chairman",
    "Chairwoman",
    "Spokesman",
    "Spokeswoman",
    "Administrator",
    "Ambassador",
    "Attorney",
    "Prosecutor",
    "Treasurer",
    "Councilman",
    "Councilwoman",
    "Detective",
];

/// Words that belong to a title before a name ("Vice President", "Deputy Police Chief").
const TITLE_MODIFIERS: &[&str] = &[
    "Vice",
    "Prime",
    "Foreign",
    "Deputy",
    "Assistant",
    "Former",
    "Acting",
    "Interim",
    "Senior",
    "Associate",
    "Executive",
    "Managing",
    "Police",
    "Fire",
    "Defense",
    "Defence",
    "Finance",
    "Interior",
    "Health",
    "Justice",
    "Head",
    "Chief",
    "Attorney",
    "General",
    "State",
];

/// One name read over an office, its title and a person ("Christian County Sheriff Jane Roe")
/// is two names, as CoNLL annotates them: the office (a place when it ends in "County" or
/// "Parish", else an organisation) and the person after the title, when at least two
/// capitalised words follow the title. A single common word before the title ("Police Chief")
/// is no name.
fn split_at_titles(
    text: &str,
    tokens: &[Span],
    lex: &Lexicon,
    chunks: &mut Vec<(usize, usize, usize)>,
) {
    let word = |i: usize| tokens[i].slice(text);
    let cap = |i: usize| word(i).starts_with(|c: char| c.is_uppercase());
    let mut out = Vec::with_capacity(chunks.len());
    for &(s, e, t) in chunks.iter() {
        let title = (s + 1..e.saturating_sub(2))
            .find(|&i| NAME_TITLES.contains(&word(i)) && (i + 1..e).all(cap));
        let Some(ti) = title else {
            out.push((s, e, t));
            continue;
        };
        let office_label = if matches!(word(ti - 1), "County" | "Parish") {
            LOC
        } else if t == PER {
            ORG
        } else {
            t
        };
        // ("Vice President", "Prime Minister", "Deputy Police Chief": words of the title.)
        let common = (s..ti).all(|i| TITLE_MODIFIERS.contains(&word(i)))
            || (ti - s == 1
                && (written_lower(text, &word(s).to_lowercase())
                    || lex.classes_of(text, &tokens[s..s + 1]) & lexicon::ORG_WORD_BIT != 0));
        if !common {
            out.push((s, ti, office_label));
        }
        out.push((ti + 1, e, PER));
    }
    *chunks = out;
    // The office before a title read as a person of its own ("Scott County Deputy" before
    // "Sgt. Bob Lee"): the county, without the title's words.
    for c in chunks.iter_mut() {
        let (s, e, t) = *c;
        if t != PER {
            continue;
        }
        let first_title = (s..e)
            .rev()
            .take_while(|&i| NAME_TITLES.contains(&word(i)) || TITLE_MODIFIERS.contains(&word(i)))
            .last();
        if let Some(ti) = first_title.filter(|&ti| ti > s + 1) {
            if matches!(word(ti - 1), "County" | "Parish") {
                *c = (s, ti, LOC);
            }
        }
    }
}

/// An organisation read over "in" and the town it lies in ("North Memorial Medical Center in
/// Robbinsdale"): two names, the organisation and the town (a name the gazetteer knows only as
/// towns, counties or capitals, after two words or more: "the Organisation for Security and
/// Cooperation in Europe", "Democracy in Rwanda" and "a Democrat in Congress" stay one name).
fn split_at_in(text: &str, tokens: &[Span], chunks: &mut Vec<(usize, usize, usize)>) {
    use crate::places::Kind;
    let word = |i: usize| tokens[i].slice(text);
    let g = crate::places::gazetteer();
    let mut out = Vec::with_capacity(chunks.len());
    for &(s, e, t) in chunks.iter() {
        let at = (t == ORG)
            .then(|| (s + 2..e.saturating_sub(1)).find(|&i| word(i) == "in"))
            .flatten()
            .filter(|&i| {
                if !(i + 1..e).all(|j| word(j).starts_with(|c: char| c.is_uppercase())) {
                    return false;
                }
                let hits = g.lookup(&text[tokens[i + 1].start..tokens[e - 1].end]);
                !hits.is_empty()
                    && hits.iter().all(|h| {
                        matches!(
                            g.places[h.place as usize].kind,
                            Kind::City | Kind::County | Kind::Capital
                        )
                    })
            });
        match at {
            Some(i) => {
                out.push((s, i, t));
                out.push((i + 1, e, LOC));
            }
            None => out.push((s, e, t)),
        }
    }
    *chunks = out;
}

/// A country's name of several words that the tagger cut into pieces ("Democratic" NORP,
/// "Republic" LOC and "Congo" LOC for "the Democratic Republic of Congo"; "Islamic" and
/// "Republic" for "the Islamic Republic"): one place, where the gazetteer knows the whole as a
/// country's name. The longest such name from the start of a chunk (or the capitalised word
/// before it) replaces the chunks inside it; a chunk reaching past it ("the Democratic Republic
/// of Congo Embassy") keeps the tagger's reading.
fn join_country_names(text: &str, tokens: &[Span], chunks: &mut Vec<(usize, usize, usize)>) {
    use crate::places::Kind;
    // Longest gap between two pieces of one name ("of the" in "Democratic Republic of the
    // Congo").
    const GAP: usize = 2;
    let g = crate::places::gazetteer();
    // (Never across a line: "Czech" ending one line and "Republic" opening the next are two.)
    let firsts = g.country_first_words();
    let first_word = |s: usize| firsts.contains(tokens[s].slice(text).to_lowercase().as_str());
    let country = |s: usize, e: usize| {
        let words = &text[tokens[s].start..tokens[e - 1].end];
        !words.contains('\n')
            && g.lookup(words)
                .iter()
                .any(|h| g.places[h.place as usize].kind == Kind::Country)
    };
    let mut out: Vec<(usize, usize, usize)> = Vec::with_capacity(chunks.len());
    let mut k = 0;
    while k < chunks.len() {
        let cs = chunks[k].0;
        // Chunks k..k+n run on with short gaps: n = 1, 2, … as long as they do.
        let mut run = 1;
        while chunks
            .get(k + run)
            .is_some_and(|c| c.0 >= chunks[k + run - 1].1 && c.0 - chunks[k + run - 1].1 <= GAP)
        {
            run += 1;
        }
        // The capitalised word before the chunk, which the tagger may have left out ("the
        // Democratic Republic of Congo" read from "Republic"); never "The".
        let before = cs.checked_sub(1).filter(|&b| {
            let w = tokens[b].slice(text);
            w != "The"
                && w.starts_with(|c: char| c.is_uppercase())
                && out.last().is_none_or(|l| l.1 <= b)
                && first_word(b)
        });
        // (Only where a country's name of several words opens with the first word.)
        let from_chunk = run > 1 && first_word(cs);
        let joined = (1..=run).rev().find_map(|n| {
            let e = chunks[k + n - 1].1;
            [(n > 1 && from_chunk).then_some(cs), before]
                .into_iter()
                .flatten()
                .find(|&s| country(s, e))
                .map(|s| (s, e, n))
        });
        match joined {
            Some((s, e, n)) => {
                out.push((s, e, LOC));
                k += n;
            }
            None => {
                out.push(chunks[k]);
                k += 1;
            }
        }
    }
    *chunks = out;
}

/// Nouns that name a kind of place before "of" and its name ("the island of Rhodes").
const PLACE_KIND_NOUNS: &[&str] = &[
    "island", "city", "town", "village", "province", "state", "region", "port", "district",
    "county", "capital", "suburb", "republic", "emirate", "kingdom",
];

/// Plurals of [`PLACE_KIND_NOUNS`] (and a few more), before "of" or a colon and a list of
/// names ("the villages of Arden and Wyke", "four towns: Arden, Wyke and Holm").
const PLACE_KIND_PLURALS: &[&str] = &[
    "islands",
    "cities",
    "towns",
    "villages",
    "hamlets",
    "provinces",
    "states",
    "regions",
    "ports",
    "districts",
    "suburbs",
    "municipalities",
    "communities",
    "neighbourhoods",
    "neighborhoods",
];

/// A place's name with a particle inside ("Rio Grande do Sul", "Newcastle upon Tyne",
/// "Trinidad and Tobago") read as two names is one place, when the lexicon knows the whole.
fn join_place_particles(
    text: &str,
    tokens: &[Span],
    lex: &Lexicon,
    chunks: &mut Vec<(usize, usize, usize)>,
) {
    // Joined chunks are written to a new list (no removal inside the list: linear time).
    let mut out: Vec<(usize, usize, usize)> = Vec::with_capacity(chunks.len());
    for &(ns, ne, nt) in chunks.iter() {
        let joined = out.last().is_some_and(|&(s, e, t)| {
            let particle = ns == e + 1
                && matches!(
                    tokens[e].slice(text),
                    "do" | "da"
                        | "dos"
                        | "das"
                        | "de"
                        | "del"
                        | "della"
                        | "di"
                        | "du"
                        | "des"
                        | "y"
                        | "and"
                        | "upon"
                        | "on"
                )
                && text[tokens[e - 1].end..tokens[ns].start]
                    .chars()
                    .all(|c| c == ' ' || c.is_alphabetic());
            t == LOC
                && particle
                && ne - s <= 5
                && lex.classes_of(text, &tokens[s..ne]) & lexicon::PLACE != 0
        });
        match out.last_mut() {
            Some(last) if joined => *last = (last.0, ne, LOC),
            _ => out.push((ns, ne, nt)),
        }
    }
    *chunks = out;
}

/// Lower-case nouns of a kind of land or water that, after a name, make it a place ("the
/// Reykjanes peninsula", "the Tagus river").
const LAND_AND_WATER_NOUNS: &[&str] = &[
    "peninsula",
    "island",
    "islands",
    "archipelago",
    "river",
    "valley",
    "mountains",
    "highlands",
    "region",
    "province",
    "prefecture",
    "coast",
    "desert",
    "sea",
    "lake",
    "bay",
    "strait",
    "gulf",
    "delta",
    "basin",
    "plateau",
    "canyon",
    "volcano",
    "glacier",
];

/// Lower-case nouns of a division or settlement that, after a name tagged as a person or an
/// organisation, make it a place ("the Marston district", "Tovan county"), unless a noun of an
/// office or a gathering follows ([`NOT_A_DIVISION_AFTER`]: "the Acme district manager", "a
/// Zentrix town hall").
const DIVISION_NOUNS: &[&str] = &[
    "district",
    "county",
    "town",
    "village",
    "township",
    "municipality",
    "suburb",
];

/// Words after a [`DIVISION_NOUNS`] noun that make it part of an office's or a meeting's name.
const NOT_A_DIVISION_AFTER: &[&str] = &[
    "hall",
    "halls",
    "meeting",
    "meetings",
    "manager",
    "managers",
    "attorney",
    "attorneys",
    "office",
    "offices",
    "director",
    "sales",
];

/// Words that may follow a kind of settlement ending a phrase in apposition to a name ("Holmby,
/// a farming town in the east", "Holmby, a village near …"); others make the noun part of a
/// longer one ("Jo Roe, a town councillor").
const AFTER_APPOSED_KIND: &[&str] = &[
    ",", ".", ";", ")", "—", "–", "-", "in", "on", "near", "of", "outside", "north", "south",
    "east", "west", "about", "where", "that", "which", "with", "just", "a",
];

/// Compass adjectives in lower case, before the name of the part of a place they qualify
/// ("eastern Marwa", "southwest Tovan").
const COMPASS_ADJECTIVES: &[&str] = &[
    "northern",
    "southern",
    "eastern",
    "western",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "north-eastern",
    "north-western",
    "south-eastern",
    "south-western",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
];

/// Lower-case nouns of a job held at an organisation ("an economist at Desjardins", "head of
/// macro strategy at Zentrix").
const JOB_NOUNS: &[&str] = &[
    "economist",
    "economists",
    "analyst",
    "analysts",
    "strategist",
    "strategy",
    "professor",
    "researcher",
    "researchers",
    "lecturer",
    "scientist",
    "scientists",
    "director",
    "head",
    "executive",
    "manager",
    "partner",
    "fellow",
    "officer",
    "engineer",
    "trader",
    "editor",
    "correspondent",
    "consultant",
    "chairman",
    "spokesman",
    "spokeswoman",
    "spokesperson",
];

/// Party nouns that name a member ("the Ohio Republican", "the New York Democrat").
pub(crate) const PARTY_MEMBER_NOUNS: &[&str] = &["Democrat", "Republican"];

/// Words after a one-word name that make it a company: its shares trading ("Zentrix shares
/// rose"), its officers ("Zentrix Chairman and CEO Jo Roe") or its founding ("Zentrix, founded
/// in 2019"). A person has no shares that rise nor a chief executive (a spokesman they may
/// have: "a Biden spokesman" is no evidence).
fn company_evidence(text: &str, tokens: &[Span], i: usize) -> bool {
    let w = |k: usize| tokens.get(k).map_or("", |t| t.slice(text));
    match w(i + 1) {
        "shares" | "stock" => matches!(
            w(i + 2),
            "rose"
                | "fell"
                | "jumped"
                | "climbed"
                | "slid"
                | "dropped"
                | "gained"
                | "lost"
                | "closed"
                | "ended"
                | "tumbled"
                | "surged"
                | "sank"
                | "plunged"
                | "edged"
                | "slumped"
                | "soared"
                | "rallied"
                | "traded"
                | "were"
        ),
        "CEO" | "Chairman" | "Chairwoman" => true,
        // "Zentrix, founded in 2019", "Zentrix, headquartered in Ohio": people are born.
        "," => matches!(w(i + 2), "founded" | "headquartered") && matches!(w(i + 3), "in" | "by"),
        "Chief" => w(i + 2) == "Executive",
        "chief" => w(i + 2) == "executive",
        _ => false,
    }
}

/// Labels (and one edge) that the words around a name settle:
/// - a preposition opening a sentence is not the first word of a name ("At Denver on Monday");
/// - a name after a kind of place and "of" ("the island of Rhodes", "the town of Jordan") is a
///   place, unless it ends in an organisation's word ("the city of Chicago Police"); so is each
///   name of a list after a plural kind and "of" or a colon ("the villages of Arden and Wyke"),
///   a name after "a town called", "the village", or before a division's noun ("the Marston
///   district"), one followed by a settlement's kind in apposition ("Holmby, a mining town")
///   and one read as a person or organisation after a compass adjective ("eastern Marwa");
/// - one word tagged as a person after an organisation's possessive ("Alphabet's Google") is
///   an organisation, when it is no first name and the article never names a person with that
///   word in a longer name ("Acme's Roe", with "Jane Roe" named, stays a person);
/// - a name before a land or water noun ("the Reykjanes peninsula") is a place, and a place so
///   settled is one wherever the tagger read the same name as a person;
/// - a name after a job and "at" or "of" ("an economist at Desjardins") is the employer;
/// - a person-tagged name after "in" is a place, and a plural after "the" a team;
/// - a one-word name with [`company_evidence`] is a company wherever it stands alone.
fn labels_from_context(
    text: &str,
    tokens: &[Span],
    lex: &Lexicon,
    chunks: &mut [(usize, usize, usize)],
) {
    let word = |i: usize| tokens[i].slice(text);
    let mut relabel = Vec::new();
    // "At Denver on Thursday.": a preposition opening a sentence is no part of the name after it.
    for c in chunks.iter_mut() {
        let opens = char_before(text, tokens[c.0].start)
            .is_none_or(|ch| matches!(ch, '.' | ':' | '!' | '?' | '\n'));
        if c.1 - c.0 >= 2
            && opens
            && matches!(
                word(c.0),
                "At" | "In" | "From" | "To" | "On" | "For" | "With" | "By" | "Near" | "Against"
            )
        {
            c.0 += 1;
        }
    }
    // The words of people named in more than one word, and their last words (surnames), read
    // once when a rule first asks (a set: each rule stays linear in the number of names).
    let people = std::cell::OnceCell::new();
    let people = || {
        people.get_or_init(|| {
            let mut words = HashSet::new();
            let mut surnames = HashSet::new();
            for &(s, e, t) in chunks.iter() {
                if t == PER && e - s > 1 {
                    words.extend((s..e).map(word));
                    surnames.insert(word(e - 1));
                }
            }
            (words, surnames)
        })
    };
    let in_longer_person = |w: &str| people().0.contains(w);
    // Names the words around them settle as places, whatever the tagger read.
    let mut settled: HashSet<&str> = HashSet::new();
    // The end of the last name of a list after a plural kind of place ("the villages of Arden,
    // Wyke and Holm"): the next name, joined to it by a comma or a conjunction, is listed too.
    let mut list_end: Option<usize> = None;
    for (k, &(s, e, t)) in chunks.iter().enumerate() {
        let no_org_word = || lex.classes_of(text, &tokens[e - 1..e]) & lexicon::ORG_WORD_BIT == 0;
        // (A listed name holds no organisation's word anywhere: "Ardwick Council Offices".)
        let no_org_words =
            || (s..e).all(|i| lex.classes_of(text, &tokens[i..i + 1]) & lexicon::ORG_WORD_BIT == 0);
        let kind_before = |i: usize, kinds: &[&str]| i >= 1 && kinds.contains(&word(i - 1));
        // "the villages of Arden", "four towns: Arden", then the rest of the list.
        let plural_kind =
            s >= 2 && matches!(word(s - 1), "of" | ":") && kind_before(s - 1, PLACE_KIND_PLURALS);
        let listed = list_end.is_some_and(|le| {
            le < s && s - le <= 2 && (le..s).all(|i| matches!(word(i), "," | "and" | "or"))
        });
        // "a town called Arden", "near the village Arden".
        let called = s >= 2
            && matches!(word(s - 1), "called" | "named")
            && kind_before(s - 1, PLACE_KIND_NOUNS);
        let village = s >= 1 && matches!(word(s - 1), "village" | "hamlet");
        list_end = ((plural_kind || listed) && no_org_words()).then_some(e);
        let place_kind_of = (s >= 2
            && word(s - 1) == "of"
            && kind_before(s - 1, PLACE_KIND_NOUNS)
            && no_org_word())
            || ((plural_kind || listed || called || village) && no_org_words());
        let before_land = matches!(t, ORG | PER | LOC)
            && tokens
                .get(e)
                .is_some_and(|n| LAND_AND_WATER_NOUNS.contains(&n.slice(text)));
        // "the Marston district" (a name read as MISC is an adjective there: "a Moslem village",
        // "the Transylvanian town").
        let before_division = matches!(t, ORG | PER)
            && e + 1 < tokens.len()
            && DIVISION_NOUNS.contains(&word(e))
            && !NOT_A_DIVISION_AFTER.contains(&word(e + 1))
            && no_org_words();
        // "Holmby, a farming town in the east": a settlement's kind in apposition, after "a"
        // and up to two more lower-case words.
        let apposed = tokens.get(e).is_some_and(|n| n.slice(text) == ",")
            && matches!(tokens.get(e + 1).map(|n| n.slice(text)), Some("a" | "an"))
            && (e + 2..(e + 5).min(tokens.len())).any(|i| {
                (e + 2..i).all(|j| word(j).bytes().all(|b| b.is_ascii_lowercase()))
                    && matches!(word(i), "town" | "village" | "city" | "suburb" | "hamlet")
                    && tokens
                        .get(i + 1)
                        .is_none_or(|n| AFTER_APPOSED_KIND.contains(&n.slice(text)))
            })
            && no_org_words();
        // "eastern Marwa", "southwest Tovan": after a compass adjective in lower case, a name
        // read as a person or an organisation is a region's (a MISC name is a creed or a people
        // there: "western Christians").
        let after_compass = matches!(t, ORG | PER)
            && s >= 1
            && COMPASS_ADJECTIVES.contains(&word(s - 1))
            && no_org_words();
        if place_kind_of || before_land || before_division || apposed || after_compass {
            settled.insert(&text[tokens[s].start..tokens[e - 1].end]);
            if t != LOC {
                relabel.push((k, LOC));
            }
        }
        if t == PER
            && e - s == 1
            && s >= 2
            && matches!(word(s - 1), "'s" | "’s")
            && k > 0
            && chunks[k - 1].1 == s - 1
            && chunks[k - 1].2 == ORG
            && lex.classes_of(text, &tokens[s..e]) & lexicon::FIRST_NAME_BIT == 0
            && !in_longer_person(word(s))
        {
            relabel.push((k, ORG));
        }
    }
    // "an economist at Desjardins", "head of research at Corvel": after a job and "at" (a few
    // lower-case words between), a name the tagger read as a person or a town is the employer.
    // (A country or region stays a place: "an analyst at Texas" is no usage.)
    for (k, &(s, e, t)) in chunks.iter().enumerate() {
        if matches!(t, PER | LOC)
            && s >= 2
            && word(s - 1) == "at"
            && (s.saturating_sub(6)..s - 1)
                .rev()
                .take_while(|&i| word(i).bytes().all(|b| b.is_ascii_lowercase()))
                .any(|i| JOB_NOUNS.contains(&word(i)))
            && lex.classes_of(text, &tokens[s..e]) & lexicon::COUNTRY_OR_REGION == 0
        {
            relabel.push((k, ORG));
        }
        // "executive director of Street Roots": the same after a job and "of", where the name
        // is no place the lexicon knows ("the head of Ohio" is the state's).
        if matches!(t, PER | LOC)
            && s >= 2
            && word(s - 1) == "of"
            && JOB_NOUNS.contains(&word(s - 2))
            && lex.classes_of(text, &tokens[s..e]) & lexicon::PLACE == 0
        {
            relabel.push((k, ORG));
        }
    }
    // "living in a tent in Khan Younis": a name after "in" is a place, not a person (one
    // believes or trusts in a person; a possessive after is an owner: "in Lee's office").
    // "The Hawks finished 3-9": a plural after "the" is a team or a group, unless the article
    // names a person with that surname ("the Obamas" with "Michelle Obama").
    for (k, &(s, e, t)) in chunks.iter().enumerate() {
        if t != PER || s < 1 {
            continue;
        }
        let owned = tokens
            .get(e)
            .is_some_and(|n| matches!(n.slice(text), "'s" | "’s" | "'" | "’"));
        if word(s - 1) == "in"
            && !owned
            && (s < 2
                || !matches!(
                    word(s - 2),
                    "believe"
                        | "believes"
                        | "believed"
                        | "interest"
                        | "interested"
                        | "confidence"
                        | "trust"
                        | "faith"
                        | "role"
                        | "starring"
                        | "starred"
                ))
        {
            relabel.push((k, LOC));
        }
        let w = word(s);
        if e == s + 1
            && word(s - 1).eq_ignore_ascii_case("the")
            && w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && ![w.strip_suffix('s'), w.strip_suffix("es")]
                .into_iter()
                .flatten()
                .any(|stem| people().1.contains(stem))
        {
            relabel.push((k, ORG));
        }
    }
    // What settles a place settles it for the whole article: "the town of Grindavik … Grindavik,
    // home to 3,800 people, was evacuated" is one place, though the tagger read the second as a
    // person.
    if !settled.is_empty() {
        for (k, &(s, e, t)) in chunks.iter().enumerate() {
            if t == PER && settled.contains(&text[tokens[s].start..tokens[e - 1].end]) {
                relabel.push((k, LOC));
            }
        }
    }
    // A one-word name whose shares trade or whose chief executive is named is a company wherever
    // it stands alone in the article ("Zentrix and Corvel called off their merger … Zentrix
    // shares rose"), unless a person's longer name holds the word.
    let companies: HashSet<&str> = chunks
        .iter()
        .filter(|&&(s, e, _)| e == s + 1 && company_evidence(text, tokens, s))
        .map(|&(s, _, _)| word(s))
        .collect();
    if !companies.is_empty() {
        for (k, &(s, e, t)) in chunks.iter().enumerate() {
            if e == s + 1
                && matches!(t, PER | LOC | MISC)
                && companies.contains(word(s))
                && !in_longer_person(word(s))
                && lex.classes_of(text, &tokens[s..e]) & lexicon::PLACE_OR_NATIONALITY == 0
            {
                relabel.push((k, ORG));
            }
        }
    }
    for (k, t) in relabel {
        chunks[k].2 = t;
    }
}

/// A name read over a company and its officer's title ("Zentrix Chairman" in "Zentrix Chairman
/// and CEO Jo Roe") is the company; one over a place and a party member ("the New York Democrat")
/// is the place and the party, as CoNLL annotates them.
fn split_member_and_officer(
    text: &str,
    tokens: &[Span],
    lex: &Lexicon,
    chunks: &mut Vec<(usize, usize, usize)>,
) {
    let word = |i: usize| tokens[i].slice(text);
    let mut out = Vec::with_capacity(chunks.len());
    for &(s, e, t) in chunks.iter() {
        if e - s >= 2 && matches!(word(e - 1), "Chairman" | "Chairwoman" | "CEO") && t != PER {
            out.push((s, e - 1, ORG));
            continue;
        }
        // ("The New York Democrat" opening a sentence may be read with its article.)
        let p = s + usize::from(word(s) == "The");
        if e - p >= 2
            && (p > s || (s > 0 && word(s - 1).eq_ignore_ascii_case("the")))
            && PARTY_MEMBER_NOUNS.contains(&word(e - 1))
            && lex.classes_of(text, &tokens[p..e - 1]) & lexicon::PLACE != 0
        {
            out.push((p, e - 1, LOC));
            out.push((e - 1, e, MISC));
            continue;
        }
        out.push((s, e, t));
    }
    *chunks = out;
}

/// Name mentions from token labels, with MISC nationality adjectives relabelled NORP, and
/// person names split at a particle joined again ([`join_name_particles`]).
pub fn mentions(text: &str, tokens: &[Span], labels: &[u8], lex: &Lexicon) -> Vec<NameMention> {
    let mut chunks = decode::spans(labels);
    join_name_particles(text, tokens, &mut chunks);
    join_place_particles(text, tokens, lex, &mut chunks);
    leader_before_office(text, tokens, &mut chunks, lex);
    reshape_names(text, tokens, lex, &mut chunks);
    wire_credits(text, tokens, &mut chunks);
    split_at_titles(text, tokens, lex, &mut chunks);
    split_at_in(text, tokens, &mut chunks);
    split_member_and_officer(text, tokens, lex, &mut chunks);
    labels_from_context(text, tokens, lex, &mut chunks);
    join_country_names(text, tokens, &mut chunks);
    // A name neither starts nor ends in a quotation mark, a comma or a colon, nor in a full
    // stop before a closing double quotation mark ("Richmond.”" is "Richmond"); brackets inside a
    // name stay ("Mladost (BJ)").
    let quote_or_comma = |i: usize| {
        let w = tokens[i].slice(text);
        !w.is_empty()
            && w.chars()
                .all(|c| matches!(c, ',' | ';' | ':' | '"' | '“' | '”' | '\'' | '‘' | '’'))
    };
    for c in chunks.iter_mut() {
        let mut quoted = false;
        while c.1 > c.0 && quote_or_comma(c.1 - 1) {
            quoted |= matches!(tokens[c.1 - 1].slice(text), "”" | "\"");
            c.1 -= 1;
        }
        if quoted && c.1 > c.0 && tokens[c.1 - 1].slice(text) == "." {
            c.1 -= 1;
        }
        while c.0 < c.1 && quote_or_comma(c.0) {
            c.0 += 1;
        }
    }
    chunks.retain(|c| c.0 < c.1);
    // "Born in 1924 to …", "Based in Ohio, …": a participle opening a sentence before a
    // preposition is no name (the gazetteer knows towns called Born). (A currency's letters
    // before its sign, "A$", stay MISC, as CoNLL annotates them.)
    // "Born Frederick Jones in Pittsburgh in 1930, Lee began …": the birth name is the
    // subject's own, no second person; it is no name of the article's people either.
    chunks.retain(|&(s, e, t)| {
        let w = tokens[s].slice(text);
        let birth_name = w == "Born"
            && e - s >= 3
            && t == PER
            && char_before(text, tokens[s].start)
                .is_none_or(|ch| matches!(ch, '.' | '!' | '?' | '\n' | '"' | '“'))
            && tokens
                .get(e)
                .is_some_and(|n| matches!(n.slice(text), "in" | "on" | ","));
        !birth_name
    });
    chunks.retain(|&(s, e, _)| {
        let w = tokens[s].slice(text);
        let opening = e - s == 1
            && OPENING_PARTICIPLES.contains(&w)
            && char_before(text, tokens[s].start)
                .is_none_or(|ch| matches!(ch, '.' | '!' | '?' | '\n' | '"' | '“'))
            && tokens
                .get(e)
                .is_some_and(|n| matches!(n.slice(text), "in" | "on" | "at" | "to" | "by" | "as"));
        !opening
    });
    // "Sens. Ted Cruz and Marco Rubio": a title's abbreviation before its full stop and a
    // person's name is no name of its own (Sens is a French town; "held in Sens. Officials
    // said" keeps it).
    let persons: Vec<usize> = chunks
        .iter()
        .filter(|c| TYPES[c.2] == Label::PER)
        .map(|c| c.0)
        .collect();
    chunks.retain(|&(s, e, _)| {
        let title = e - s == 1
            && TITLE_ABBREVIATIONS.contains(&tokens[s].slice(text))
            && tokens
                .get(e)
                .is_some_and(|d| d.slice(text) == "." && d.start == tokens[s].end)
            && persons.contains(&(e + 1));
        !title
    });
    chunks
        .into_iter()
        .map(|(s, e, t)| {
            let mut label = TYPES[t];
            if label == Label::MISC
                && lex.classes_of(text, &tokens[s..e]) & (1 << lexicon::NATIONALITY) != 0
            {
                label = Label::NORP;
            }
            NameMention {
                span: Span::new(tokens[s].start, tokens[e - 1].end),
                label,
            }
        })
        .collect()
}

/// Tag the names of one segmented article with the shipped model.
pub fn tag(text: &str, doc: &Doc) -> Vec<NameMention> {
    match model() {
        Some(m) => tag_with(text, doc, m, lexicon()),
        None => Vec::new(),
    }
}

/// Tag with a given model and lexicon.
pub fn tag_with(text: &str, doc: &Doc, model: &Model, lex: &Lexicon) -> Vec<NameMention> {
    if doc.tokens.is_empty() {
        return Vec::new();
    }
    let ctx = DocCtx::new(text, doc, lex);
    let labels = label_doc(&ctx, model);
    let mut names = mentions(text, &doc.tokens, &labels, lex);
    unknown_subjects(text, doc, model, lex, &mut names);
    names
}

/// Speech verbs after which a sentence's capitalised first word is its subject: verbs whose
/// subject speaks ("Iodine released" may be a participle; "X said" never is).
const SUBJECT_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "declined",
    "announced",
    "added",
    "warned",
    "denied",
    "confirmed",
    "disclosed",
    "agreed",
    "responded",
];

/// Closed-class words that can open a sentence before "said" ("Another said", "Neither
/// agreed"); the model's pruned features need not hold them.
const PRONOUN_LIKE: &[&str] = &[
    "another",
    "neither",
    "either",
    "none",
    "nobody",
    "everyone",
    "everybody",
    "someone",
    "somebody",
    "anyone",
    "each",
    "one",
    "both",
    "all",
    "many",
    "most",
    "some",
    "few",
    "that",
    "this",
    "which",
    "who",
    "whoever",
];

/// The last character before byte `at` past blanks on its line (None at the text's start).
fn char_before(text: &str, at: usize) -> Option<char> {
    text[..at].trim_end_matches([' ', '\t']).chars().next_back()
}

/// Does the text hold `lower` as a whole word in lower case? Then it is a common word.
fn written_lower(text: &str, lower: &str) -> bool {
    let mut from = 0;
    while let Some(i) = text[from..].find(lower) {
        let (a, b) = (from + i, from + i + lower.len());
        let left = text[..a]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let right = text[b..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        if left && right {
            return true;
        }
        from = b;
    }
    false
}

/// A word that opens a sentence before a verb such as "said" ("Moderna declined to comment.")
/// is a name the tagger could not know when the model never saw the word at all, in any case:
/// it learnt from 1996 news, and a sentence's first word is capitalised whatever it is, so the
/// tagger leaves a new company's name untagged there. The word becomes an organisation when it
/// is capitalised, alphabetic, has no plural "-s" ("Epidemiologists said" is a common noun the
/// model may not know), is not written in lower case elsewhere in the article, and is no place
/// or nationality in the lexicon. A person named this way
/// is named in full earlier in a story, where the tagger's document stage already finds them.
fn unknown_subjects(
    text: &str,
    doc: &Doc,
    model: &Model,
    lex: &Lexicon,
    names: &mut Vec<NameMention>,
) {
    let mut found = Vec::new();
    for s in &doc.sentences {
        let i = s.tokens.start;
        if s.tokens.len() < 3 {
            continue;
        }
        let (tok, next) = (doc.tokens[i], doc.tokens[i + 1]);
        let word = tok.slice(text);
        let mut chars = word.chars();
        let shaped = chars.next().is_some_and(|c| c.is_ascii_uppercase())
            && word.len() >= 3
            && chars.all(|c| c.is_ascii_alphabetic())
            && !word.ends_with('s')
            && text[tok.end..next.start] == *" ";
        if !shaped || !SUBJECT_VERBS.contains(&next.slice(text)) {
            continue;
        }
        let lower = word.to_ascii_lowercase();
        if names
            .iter()
            .any(|n| n.span.start < tok.end && n.span.end > tok.start)
            || PRONOUN_LIKE.contains(&lower.as_str())
            || model.has_key(features::key(features::T_LW, features::lower_hash(word)))
            || written_lower(text, &lower)
            || lex.classes_of(text, &doc.tokens[i..i + 1]) & lexicon::PLACE_OR_NATIONALITY != 0
        {
            continue;
        }
        found.push(NameMention {
            span: tok,
            label: Label::ORG,
        });
    }
    if !found.is_empty() {
        names.extend(found);
        names.sort_by_key(|n| n.span.start);
    }
}

/// Drop one-word person names in the headline (`title`) that the story never names again. A
/// title-case headline capitalises common nouns ("Dock workers extend strike"), and the tagger,
/// seeing a capitalised word before a verb, may read one as a surname; a real person in a
/// headline is named again in the story ("Biden signs …" / "President Joe Biden"). "Named
/// again" means a word of another name mention after the headline, so a sentence that merely
/// starts with the same common noun ("Dock workers at the port …") does not count.
pub fn drop_headline_orphans(text: &str, title: Option<Span>, names: &mut Vec<NameMention>) {
    let Some(title) = title else { return };
    let in_title = |n: &NameMention| n.span.start >= title.start && n.span.end <= title.end;
    let orphan: Vec<bool> = names
        .iter()
        .map(|n| {
            let s = n.span.slice(text);
            n.label == Label::PER
                && in_title(n)
                && !s.contains(char::is_whitespace)
                && !names
                    .iter()
                    .filter(|m| m.span.start >= title.end)
                    .any(|m| m.span.slice(text).split_whitespace().any(|w| w == s))
        })
        .collect();
    let mut i = 0;
    names.retain(|_| {
        i += 1;
        !orphan[i - 1]
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn per(text: &str, word: &str, from: usize) -> NameMention {
        let at = from + text[from..].find(word).unwrap();
        NameMention {
            span: Span::new(at, at + word.len()),
            label: Label::PER,
        }
    }

    #[test]
    fn headline_person_never_named_again_is_dropped() {
        let text = "Dock workers strike as Harlow signs deal\n\nDock workers walked out. \
                    Mayor Ann Harlow said the talks failed.";
        let title_end = text.find('\n').unwrap();
        let title = Some(Span::new(0, title_end));
        let body_start = title_end;
        let mut names = vec![
            per(text, "Dock", 0),
            per(text, "Harlow", 0),
            per(text, "Ann Harlow", body_start),
        ];
        drop_headline_orphans(text, title, &mut names);
        let kept: Vec<&str> = names.iter().map(|n| n.span.slice(text)).collect();
        // "Dock" starting a body sentence is no name; "Harlow" is named again in the body.
        assert_eq!(kept, ["Harlow", "Ann Harlow"]);
        // Without a detected headline nothing is dropped.
        let mut names = vec![per(text, "Dock", 0)];
        drop_headline_orphans(text, None, &mut names);
        assert_eq!(names.len(), 1);
    }

    fn names(text: &str) -> Vec<(String, Label)> {
        let doc = crate::segment::segment(text, &[]);
        tag(text, &doc)
            .into_iter()
            .map(|m| (m.span.slice(text).to_string(), m.label))
            .collect()
    }

    #[test]
    fn shipped_model_tags_crafted_sentences() {
        assert!(model().is_some(), "the embedded model parses");
        let got = names(
            "Angela Merkel arrived in Berlin on Tuesday. Shares in Siemens AG fell 3 percent.",
        );
        assert!(
            got.contains(&("Angela Merkel".into(), Label::PER)),
            "{got:?}"
        );
        assert!(got.contains(&("Siemens AG".into(), Label::ORG)), "{got:?}");
        assert!(got.contains(&("Berlin".into(), Label::LOC)), "{got:?}");
        assert_eq!(got.len(), 3, "{got:?}");
        let got = names("The Italian government said John Smith would visit Canada next week.");
        assert!(got.contains(&("Italian".into(), Label::NORP)), "{got:?}");
        assert!(got.contains(&("John Smith".into(), Label::PER)), "{got:?}");
        assert!(got.contains(&("Canada".into(), Label::LOC)), "{got:?}");
    }

    #[test]
    fn name_particles_join_one_person() {
        for (text, name) in [
            (
                "Officials said Osama bin Laden had fled.",
                "Osama bin Laden",
            ),
            (
                "Ursula von der Leyen spoke in Brussels.",
                "Ursula von der Leyen",
            ),
            (
                "The talks with Crown Prince Mohammed bin Salman ended.",
                "Mohammed bin Salman",
            ),
            (
                "Saudi Energy Minister Prince Abdulaziz bin Salman told reporters.",
                "Abdulaziz bin Salman",
            ),
            (
                "Egyptian President Abdel Fattah el-Sisi said so.",
                "Abdel Fattah el-Sisi",
            ),
            (
                "Manager Erik ten Hag said the team played well.",
                "Erik ten Hag",
            ),
            (
                "A statue of Martin Luther King Jr. stands here.",
                "Martin Luther King Jr.",
            ),
        ] {
            let got = names(text);
            assert!(
                got.iter()
                    .any(|(n, l)| n.ends_with(name) && *l == Label::PER),
                "{text}: {got:?}"
            );
            assert!(
                !got.iter()
                    .any(|(n, _)| name.contains(n.as_str()) && n != name && !n.ends_with(name)),
                "{text}: a part of the name stayed apart: {got:?}"
            );
        }
        // Must not fire: particles inside place names, a particle with no person on either side,
        // and a comma between the parts.
        let got = names("Flights from Rio de Janeiro to Sao Paulo were cancelled.");
        assert!(got.iter().all(|(_, l)| *l != Label::PER), "{got:?}");
        let got = names("In Iraq ten Americans died on Sunday.");
        assert!(got.iter().all(|(n, _)| !n.contains(' ')), "{got:?}");
        let got = names("Banco do Brasil and Caixa cut rates.");
        assert!(got.iter().all(|(_, l)| *l != Label::PER), "{got:?}");
        let got = names("The resort of Sharm el-Sheikh hosted the summit.");
        assert!(
            got.contains(&("Sharm el-Sheikh".into(), Label::LOC)),
            "{got:?}"
        );
        let got = names("Smith, van drivers and Jones agreed.");
        assert!(got.iter().all(|(n, _)| !n.contains(' ')), "{got:?}");
    }

    #[test]
    fn surname_before_an_administration_is_a_person() {
        // Named in full elsewhere, or a lexicon surname: the person leads the administration.
        let got = names(
            "President Joe Biden spoke in Ohio. The Biden administration said it would appeal.",
        );
        assert_eq!(
            got.iter()
                .filter(|(n, l)| n == "Biden" && *l == Label::PER)
                .count(),
            1,
            "{got:?}"
        );
        let got = names("A lawsuit brought by the Biden administration was heard on Monday.");
        assert!(got.contains(&("Biden".into(), Label::PER)), "{got:?}");
        // Must not fire: a nationality or a place before the noun, or a name before another noun.
        let got = names("The Republican administration and the Kenya government disagreed.");
        assert!(got.iter().all(|(_, l)| *l != Label::PER), "{got:?}");
        let got = names(
            "The Labour government fell. The Nepali government and the pre-Castro government spoke.",
        );
        assert!(got.iter().all(|(_, l)| *l != Label::PER), "{got:?}");
    }

    #[test]
    fn an_unknown_word_opening_a_sentence_before_said_is_an_organisation() {
        let got = names("Shares fell on Monday. Zentravo declined to comment on the report.");
        assert!(got.contains(&("Zentravo".into(), Label::ORG)), "{got:?}");
        // Must not fire: words the model knows, plural nouns, and a word before another verb.
        for text in [
            "Police said the road was closed.",
            "Epidemiologists said the wave had peaked.",
            "Zentravo shares fell on Monday.",
            "Meanwhile said nothing.",
            "Another said the plan failed.",
            "Zentravo said no. The zentravo was old.",
        ] {
            let got = names(text);
            assert!(got.is_empty(), "{text}: {got:?}");
        }
    }

    #[test]
    fn a_wire_service_credited_after_a_dateline_is_an_organisation() {
        for t in [
            "ABUJA, Nigeria (AP) — The central bank raised rates on Tuesday.",
            "LOS ANGELES (AP) — Jane Roe scored 35 points.",
            "PARIS, Dec 8 (AFP) - The minister resigned.",
            "Rates rise\n\nNEW DELHI (Reuters) - The bank raised rates.",
        ] {
            let got = names(t);
            assert!(
                got.iter().any(
                    |(n, l)| matches!(n.as_str(), "AP" | "AFP" | "Reuters") && *l == Label::ORG
                ),
                "{t}: {got:?}"
            );
        }
        // Must not fire: a bracket before a dash in a line that is no dateline.
        let got = names("Senator Jane Roe (Texas) - a Republican - spoke on Monday.");
        assert!(
            got.iter().all(|(n, l)| n != "Texas" || *l != Label::ORG),
            "{got:?}"
        );
    }

    #[test]
    fn an_office_read_as_a_person_is_its_county_and_an_organisation_is_split_from_its_town() {
        let toks = |t: &str| crate::segment::segment(t, &[]).tokens;
        // "Scott County Deputy" read as a person before "Sgt. Bob Lee": the county.
        let t = "Scott County Deputy Sgt. Bob Lee spoke.";
        let mut chunks = vec![(0, 3, PER), (5, 7, PER)];
        split_at_titles(t, &toks(t), lexicon(), &mut chunks);
        assert_eq!(chunks, vec![(0, 2, LOC), (5, 7, PER)]);
        // Must not fire: a person whose name ends in no title.
        let t = "Jane County Roe spoke.";
        let mut chunks = vec![(0, 3, PER)];
        split_at_titles(t, &toks(t), lexicon(), &mut chunks);
        assert_eq!(chunks, vec![(0, 3, PER)]);
        // "North Memorial Medical Center in Robbinsdale": the hospital, and its town.
        let t = "North Memorial Medical Center in Robbinsdale";
        let mut chunks = vec![(0, 6, ORG)];
        split_at_in(t, &toks(t), &mut chunks);
        assert_eq!(chunks, vec![(0, 4, ORG), (5, 6, LOC)]);
        // Must not fire: a name whose "in" names a continent, a country, or follows one word.
        for t in [
            "Organisation for Security and Cooperation in Europe",
            "Rally for Democracy in Rwanda",
            "Democrat in Congress",
        ] {
            let n = toks(t).len();
            let mut chunks = vec![(0, n, ORG)];
            split_at_in(t, &toks(t), &mut chunks);
            assert_eq!(chunks, vec![(0, n, ORG)], "{t}");
        }
    }

    #[test]
    fn a_countrys_name_cut_into_pieces_is_one_place() {
        let toks = |t: &str| crate::segment::segment(t, &[]).tokens;
        // "Democratic" NORP, "Republic" LOC, "Congo" LOC: the country.
        let t = "Aid reached the Democratic Republic of Congo today.";
        let mut chunks = vec![(3, 4, MISC), (4, 5, LOC), (6, 7, LOC)];
        join_country_names(t, &toks(t), &mut chunks);
        assert_eq!(chunks, vec![(3, 7, LOC)]);
        // The capitalised word the tagger left out before a chunk.
        let mut chunks = vec![(4, 7, LOC)];
        join_country_names(t, &toks(t), &mut chunks);
        assert_eq!(chunks, vec![(3, 7, LOC)]);
        // "The Islamic Republic", read as a nationality and a town called Republic.
        let t = "The Islamic Republic denied it.";
        let mut chunks = vec![(1, 2, MISC), (2, 3, LOC)];
        join_country_names(t, &toks(t), &mut chunks);
        assert_eq!(chunks, vec![(1, 3, LOC)]);
        // Through the whole tagger.
        let got = names("Officials in the Democratic Republic of Congo said the outbreak spread.");
        assert!(
            got.contains(&("Democratic Republic of Congo".into(), Label::LOC)),
            "{got:?}"
        );
        // Must not fire: names that are no country's together, a chunk reaching past the
        // country's name, and "The" before a country.
        for (t, chunks) in [
            (
                "The Democratic Party and Republic Airways met.",
                vec![(1, 3, ORG), (4, 6, ORG)],
            ),
            (
                "The Democratic Republic of Congo Embassy shut.",
                vec![(1, 3, MISC), (4, 6, ORG)],
            ),
            ("The Netherlands won.", vec![(1, 2, LOC)]),
            ("In Germany it rained.", vec![(1, 2, LOC)]),
            (
                "Prague, Czech\n\nRepublic 6 Slovakia 4",
                vec![(2, 3, LOC), (3, 4, LOC)],
            ),
        ] {
            let mut got = chunks.clone();
            join_country_names(t, &toks(t), &mut got);
            assert_eq!(got, chunks, "{t}");
        }
    }

    #[test]
    fn an_abbreviated_title_is_no_name() {
        let got = names("Two rivals, particularly Sens. Ted Cruz and Marco Rubio, gained ground.");
        assert!(got.iter().all(|(n, _)| n != "Sens"), "{got:?}");
        assert!(got.contains(&("Ted Cruz".into(), Label::PER)), "{got:?}");
        // Must not fire: the town's name itself, and a name ending a sentence.
        let got = names("Police in Sens, France, said the bridge would reopen.");
        assert!(got.contains(&("Sens".into(), Label::LOC)), "{got:?}");
        let got = names("The talks were held in Sens. Officials did not comment.");
        assert!(got.contains(&("Sens".into(), Label::LOC)), "{got:?}");
    }

    #[test]
    fn an_office_title_and_a_person_are_two_names() {
        let got = names("Christian County Sheriff Bruce Kettelkamp said two victims were found.");
        assert!(
            got.contains(&("Bruce Kettelkamp".into(), Label::PER)),
            "{got:?}"
        );
        assert!(got.iter().all(|(n, _)| !n.contains("Sheriff")), "{got:?}");
        // Must not fire: a title followed by one word only, and a title word inside a name.
        let got = names("The Director General spoke. Chief Justice Jane Roe agreed.");
        assert!(got.iter().all(|(n, _)| n != "General"), "{got:?}");
        let mut chunks = vec![(0, 4, 0)];
        let t = "Vice President Jane Roe";
        let toks: Vec<Span> = {
            let d = crate::segment::segment(t, &[]);
            d.tokens
        };
        split_at_titles(t, &toks, lexicon(), &mut chunks);
        assert_eq!(chunks, vec![(2, 4, 0)]);
    }

    #[test]
    fn a_place_kind_or_an_organisations_possessive_settles_the_label() {
        let got =
            names("Authorities evacuated thousands from the island of Rhodes over the weekend.");
        assert!(got.contains(&("Rhodes".into(), Label::LOC)), "{got:?}");
        let got = names("It shelters victims in the city of Richmond.” Hope’s Wings is a charity.");
        assert!(got.contains(&("Richmond".into(), Label::LOC)), "{got:?}");
        let got = names("Its members include Acme Corp and Zentrix's Marlowe, the search engine.");
        assert!(got.contains(&("Marlowe".into(), Label::ORG)), "{got:?}");
        let got = names("He retired in 1990.\n\nBorn in 1924 to a fisherman's family, he worked.");
        assert!(got.iter().all(|(n, _)| n != "Born"), "{got:?}");
        let got = names(
            "Ahmad Jamal died on Sunday.\n\nBorn Frederick Russell Jones in Pittsburgh in 1930, \
             Jamal began playing piano at the age of 3.",
        );
        assert!(got.iter().all(|(n, _)| !n.contains("Jones")), "{got:?}");
        assert!(got.contains(&("Pittsburgh".into(), Label::LOC)), "{got:?}");
        let got = names("Warriors: At Denver on Thursday.");
        assert!(got.iter().any(|(n, _)| n == "Denver"), "{got:?}");
        // Must not fire: an organisation's name after "city of", and a person named in full.
        let got = names("He met the city of Zalora Police Department chief on Monday.");
        assert!(
            got.iter().all(|(n, l)| n != "Zalora" || *l != Label::LOC),
            "{got:?}"
        );
        let got = names("Zentrix chief Jane Marlowe spoke. Zentrix's Marlowe said sales rose.");
        assert!(
            got.iter().all(|(n, l)| n != "Marlowe" || *l == Label::PER),
            "{got:?}"
        );
    }

    #[test]
    fn a_division_noun_after_a_name_or_a_settlement_in_apposition_makes_a_place() {
        for (t, place) in [
            (
                "Police in the Marston district arrested two men.",
                "Marston",
            ),
            ("Mudslides cut the road in Tovan county on Sunday.", "Tovan"),
            (
                "The players grew up in Dravno Beyan, a mining town near the coast.",
                "Dravno Beyan",
            ),
        ] {
            let got = names(t);
            assert!(got.contains(&(place.into(), Label::LOC)), "{got:?}");
        }
        // Must not fire: an office's noun after the division's, a longer noun in apposition,
        // another kind of thing in apposition.
        for (t, name) in [
            ("The Acme district manager said sales rose.", "Acme"),
            ("She spoke at a Zentrix town hall on Monday.", "Zentrix"),
            (
                "Police said Tom Brady, a town councillor, was hurt.",
                "Tom Brady",
            ),
            (
                "The players grew up with Dravno Beyan, a mining family near the coast.",
                "Dravno Beyan",
            ),
            ("Rebels shelled a Moslem village overnight.", "Moslem"),
        ] {
            let got = names(t);
            assert!(
                got.iter().all(|(n, l)| n != name || *l != Label::LOC),
                "{got:?}"
            );
        }
    }

    #[test]
    fn a_name_after_a_compass_adjective_is_a_place() {
        for (t, place) in [
            (
                "Rebels still hold parts of eastern Marwa and its farms.",
                "Marwa",
            ),
            ("Troops secured eastern Haddon after a siege.", "Haddon"),
        ] {
            let got = names(t);
            assert!(got.contains(&(place.into(), Label::LOC)), "{got:?}");
        }
        // Must not fire: a name holding an organisation's word, a name after a compass word
        // that is no adjective ("north of").
        for (t, name) in [
            ("She opened a northern Acme Bank branch.", "Acme Bank"),
            (
                "Jo Roe said the storm moved north of Zentrix Park.",
                "Jo Roe",
            ),
        ] {
            let got = names(t);
            assert!(
                got.iter().all(|(n, l)| n != name || *l != Label::LOC),
                "{got:?}"
            );
        }
    }

    #[test]
    fn an_all_capital_dateline_before_a_dash_is_a_place() {
        for (t, place) in [
            (
                "HARLOWTON — A mason was arraigned on Monday in Danfield.",
                "HARLOWTON",
            ),
            (
                "Mason charged. KELBROOK — A mason was arraigned on Monday.",
                "KELBROOK",
            ),
            (
                "ROCKY FELL -- Elderly residents can apply for credits.",
                "ROCKY FELL",
            ),
            ("PERRYTON (AP) - Police said the man fled.", "PERRYTON"),
        ] {
            let got = names(t);
            assert!(got.contains(&(place.into(), Label::LOC)), "{got:?}");
        }
        // Must not fire: a slug before an all-capital headline, a name in mixed case, a name
        // inside a sentence.
        assert!(!dateline("SOCCER - LEEDS WIN AT HOME", 0, 6));
        let t = "Acme Corp — the firm said sales rose.";
        assert!(!dateline(t, 0, 9));
        let t = "He said ACME — the firm — had grown.";
        assert!(!dateline(t, 8, 12));
    }

    #[test]
    fn a_plural_kind_of_place_settles_the_list_after_it() {
        let all_places = |got: &[(String, Label)], want: &[&str]| {
            want.iter()
                .all(|w| got.contains(&(w.to_string(), Label::LOC)))
        };
        let got = names("Floods cut off the villages of Ardwick, Lostmere and Holmby on Sunday.");
        assert!(
            all_places(&got, &["Ardwick", "Lostmere", "Holmby"]),
            "{got:?}"
        );
        let got = names("The virus was found in four villages: Tarnow, Kelvo, Brasca and Mundi.");
        assert!(
            all_places(&got, &["Tarnow", "Kelvo", "Brasca", "Mundi"]),
            "{got:?}"
        );
        let got = names("Police patrolled near the village Kordash on Friday.");
        assert!(all_places(&got, &["Kordash"]), "{got:?}");
        let got = names("Frogs are dying in a town called Velbury in the north.");
        assert!(all_places(&got, &["Velbury"]), "{got:?}");
        // Must not fire: an organisation in the list, nor a name after the list's end.
        let got = names(
            "Offices in the towns of Holmby and Ardwick Borough Council were shut, Jane \
             Marlowe said.",
        );
        assert!(
            got.iter()
                .all(|(n, l)| !n.contains("Council") || *l != Label::LOC),
            "{got:?}"
        );
        assert!(
            got.contains(&("Jane Marlowe".into(), Label::PER)),
            "{got:?}"
        );
    }

    #[test]
    fn land_and_water_nouns_and_a_settled_place_make_places() {
        let got = names(
            "A volcano on Iceland's Reykjanes peninsula erupted, spewing lava toward the \
             evacuated town of Grindavik.\n\nGrindavik, home to about 3,800 people, was \
             evacuated in November.",
        );
        assert!(got.contains(&("Reykjanes".into(), Label::LOC)), "{got:?}");
        assert!(
            got.iter()
                .filter(|(n, _)| n == "Grindavik")
                .all(|(_, l)| *l == Label::LOC),
            "{got:?}"
        );
        let got = names(
            "The shoal, known as Second Thomas Shoal, lies west of the island. Boats \
             reached Thomas Shoal on Monday.",
        );
        assert!(
            got.iter()
                .filter(|(n, _)| n.contains("Shoal"))
                .all(|(_, l)| *l == Label::LOC),
            "{got:?}"
        );
        let got = names("She crossed the finish line in Grant Park on Sunday.");
        assert!(got.contains(&("Grant Park".into(), Label::LOC)), "{got:?}");
        // Must not fire: a person whose name ends in "Park" met, not after "in" or "at".
        let got = names("Grace Park said she would run again.");
        assert!(got.contains(&("Grace Park".into(), Label::PER)), "{got:?}");
    }

    #[test]
    fn a_place_with_a_particle_inside_is_one_place() {
        let got = names("Rains killed 39 people in Brazil's state of Rio Grande do Sul on Friday.");
        assert!(
            got.contains(&("Rio Grande do Sul".into(), Label::LOC)),
            "{got:?}"
        );
        // Must not fire: two places the lexicon does not know as one stay two.
        let got = names("Flights between Paris and Berlin were cancelled.");
        assert!(got.contains(&("Paris".into(), Label::LOC)), "{got:?}");
        assert!(got.contains(&("Berlin".into(), Label::LOC)), "{got:?}");
    }

    #[test]
    fn a_person_after_in_is_a_place_and_a_plural_after_the_is_a_team() {
        let got = names(
            "She had been living in a tent in Khan Younis for a year.\n\n\"I love these \
             players,\" Dan Marlow said in a text message to The Associated Press. He declined to \
             comment further.\n\nThe Hawks finished 3-9 and lost their final six games. \
             Quarterback Tyler Briggs, a junior, said the players were \"shocked\" by the news.",
        );
        assert!(got.contains(&("Khan Younis".into(), Label::LOC)), "{got:?}");
        assert!(got.contains(&("Hawks".into(), Label::ORG)), "{got:?}");
        // Must not fire: a person's office after "in", faith in a person.
        let got = names(
            "The meeting was held in Jo Marlow's office. Voters put their trust in Jo Marlow.",
        );
        assert!(
            got.iter()
                .filter(|(n, _)| n.contains("Marlow"))
                .all(|(_, l)| *l == Label::PER),
            "{got:?}"
        );
    }

    #[test]
    fn a_name_after_a_job_and_at_is_the_employer() {
        let got = names(
            "Royce Mendes, head of macro strategy at Desjardins, said the bank was \
             laying the groundwork.",
        );
        assert!(got.contains(&("Desjardins".into(), Label::ORG)), "{got:?}");
        let got = names(
            "\"Shelters are not homes,\" said Kaia Sand, executive director of Street Roots, a \
             nonprofit newspaper.",
        );
        assert!(
            got.contains(&("Street Roots".into(), Label::ORG)),
            "{got:?}"
        );
        // Must not fire: a country after "at", and a place after "at" with no job before it.
        let got = names("She is a professor at Germany's oldest university.");
        assert!(
            got.iter().all(|(n, l)| n != "Germany" || *l == Label::LOC),
            "{got:?}"
        );
        let got = names("The runners gathered at Lubbock before dawn.");
        assert!(got.contains(&("Lubbock".into(), Label::LOC)), "{got:?}");
    }

    #[test]
    fn shares_and_chief_executives_make_a_company_and_a_party_member_splits() {
        let got = names(
            "Kroger and Albertsons called off their merger on Wednesday.\n\n\"We are \
             disappointed,\" Kroger Chairman and CEO Rodney McMullen said. Kroger shares rose \
             2% in morning trading.",
        );
        assert!(
            got.iter()
                .filter(|(n, _)| n.starts_with("Kroger"))
                .all(|(n, l)| n == "Kroger" && *l == Label::ORG),
            "{got:?}"
        );
        let got = names(
            "Senate Majority Leader Chuck Schumer spoke first. The New York Democrat urged \
             Republicans to act.",
        );
        assert!(got.contains(&("New York".into(), Label::LOC)), "{got:?}");
        assert!(got.iter().all(|(n, _)| n != "New York Democrat"), "{got:?}");
        let got = names(
            "Chip designer Cerebrix on Tuesday unveiled a processor.\n\nCerebrix, founded in \
             2019 and backed by SoftBank, has raised about $1.1 billion.",
        );
        assert!(
            got.iter()
                .filter(|(n, _)| n == "Cerebrix")
                .all(|(_, l)| *l == Label::ORG),
            "{got:?}"
        );
        // Must not fire: a person's surname before "shares his view", and a spokesman.
        let got = names(
            "Senator Jo Kroger spoke on Monday. Kroger shares his party's view, a Kroger \
             spokesman said.",
        );
        assert!(
            got.iter()
                .filter(|(n, _)| n.contains("Kroger"))
                .all(|(_, l)| *l == Label::PER),
            "{got:?}"
        );
    }

    #[test]
    fn a_dateline_dash_splits_a_name_and_a_facility_is_no_person() {
        let got = names("DENVER — Police on Saturday arrested a man. The police said he ran.");
        assert!(got.contains(&("DENVER".into(), Label::LOC)), "{got:?}");
        assert!(
            got.iter().all(|(n, _)| !n.contains('—') && n != "Police"),
            "{got:?}"
        );
        let got = names("Fans packed Madison Square Garden. He spoke in the Rose Garden.");
        assert!(got.iter().all(|(_, l)| *l != Label::PER), "{got:?}");
        let got = names("Downing Street said the plan stands. Traders on Wall Street sold.");
        assert!(got.iter().all(|(_, l)| *l != Label::PER), "{got:?}");
        let got =
            names("Hurricane Zelda hit St. Lucie County on Monday, the Hurricane Center said.");
        assert!(got.contains(&("Zelda".into(), Label::MISC)), "{got:?}");
        assert!(got.iter().all(|(n, _)| n != "Center"), "{got:?}");
        assert!(
            got.iter()
                .any(|(n, l)| n == "St. Lucie County" && *l != Label::PER),
            "{got:?}"
        );
        // Must not fire: a person's name with no facility word or whose first word is a first
        // name, and a dash with no spaces.
        let got = names("Tickets for Rose Smith went fast. Anne-Marie Duval agreed.");
        assert!(got.contains(&("Rose Smith".into(), Label::PER)), "{got:?}");
        assert!(
            got.contains(&("Anne-Marie Duval".into(), Label::PER)),
            "{got:?}"
        );
        let got = names("The historian Stuart Hall died on Monday.");
        assert!(got.contains(&("Stuart Hall".into(), Label::PER)), "{got:?}");
    }

    #[test]
    fn quiet_tokens_are_lower_case_stretches_two_tokens_from_any_capital() {
        let text = "the talks were held in the capital of Ruritania and they ended late on the day";
        let doc = crate::segment::segment(text, &[]);
        let ctx = DocCtx::new(text, &doc, lexicon());
        let quiet: Vec<&str> = quiet_tokens(&ctx)
            .iter()
            .zip(&doc.tokens)
            .filter(|(q, _)| **q)
            .map(|(_, t)| t.slice(text))
            .collect();
        // "capital of Ruritania and they": within two tokens of the capital, so scored.
        assert_eq!(
            quiet,
            ["the", "talks", "were", "held", "in", "the", "ended", "late", "on", "the", "day"]
        );
    }

    #[test]
    fn skipping_quiet_tokens_keeps_the_labels() {
        let text = "Officials in Lisbon said on Tuesday that the Bank of the West would open an \
                    office there, and the chief executive of iPhone maker Apple Inc. agreed. \
                    the talks were held in the capital and they ended late on the day, said \
                    Maria Lopez of the University of Porto.";
        let doc = crate::segment::segment(text, &[]);
        let ctx = DocCtx::new(text, &doc, lexicon());
        let m = model().unwrap();
        assert!(quiet_tokens(&ctx).iter().filter(|&&q| q).count() > 10);
        assert_eq!(
            label_doc_with(&ctx, m, true),
            label_doc_with(&ctx, m, false)
        );
    }

    #[test]
    fn empty_and_odd_input_do_not_panic() {
        assert!(names("").is_empty());
        assert!(names("   \n\n ").is_empty());
        let _ = names("«» “ ’ — 東京 ÄÖÜ x\u{301}y ...!!! 1,2,3");
        let long: String = "Paris ".repeat(5000);
        assert!(!names(&long).is_empty());
    }
}
