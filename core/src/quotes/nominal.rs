//! Nominal cues: a reporting or attitude noun with its owner and its complement ("his claim
//! that …", "her plan to …", "Smith's support for …", "their criticism of …"). The owner (a
//! possessive pronoun or a name with "'s") is the source; the complement is the content.
//!
//! The nouns are nominalisations of the communication, judgment, belief and intention verbs
//! of the lexicon, grouped by the complement they take.

use super::lexicon;
use super::speaker::{Phrase, SpeakerKind};
use super::Ctx;
use crate::facts::Span;

/// What follows a nominal cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Complement {
    /// A "that" clause ("the claim that …").
    That,
    /// An infinitive ("the plan to …").
    To,
    /// A noun phrase after a preposition ("support for …").
    Prep(&'static [&'static str]),
}

/// Nouns whose content is a "that" clause.
const THAT_NOUNS: &[&str] = &[
    "claim",
    "claims",
    "statement",
    "assertion",
    "assertions",
    "argument",
    "belief",
    "view",
    "warning",
    "warnings",
    "promise",
    "pledge",
    "vow",
    "prediction",
    "suggestion",
    "insistence",
    "contention",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "charge",
    "complaint",
    "concern",
    "fear",
    "fears",
    "hope",
    "assurance",
    "assurances",
    "admission",
    "acknowledgment",
    "acknowledgement",
    "conclusion",
    "observation",
    "remark",
    "announcement",
    "declaration",
    "assessment",
    "conviction",
    "notion",
    "idea",
    "theory",
    "suspicion",
    "impression",
    "feeling",
    "denial",
    "reminder",
    "explanation",
    "confirmation",
    "testimony",
    "opinion",
    "worry",
    "expectation",
    "recognition",
    "sense",
    "point",
    "case",
    "retort",
    "reply",
    "response",
    "answer",
    "boast",
    "lament",
    "estimate",
    "forecast",
    "finding",
    "findings",
    "determination",
];

/// Nouns whose content is an infinitive.
const TO_NOUNS: &[&str] = &[
    "plan",
    "plans",
    "promise",
    "promises",
    "pledge",
    "pledges",
    "vow",
    "vows",
    "threats",
    "call",
    "calls",
    "demand",
    "demands",
    "decision",
    "refusal",
    "offer",
    "proposal",
    "desire",
    "wish",
    "hope",
    "hopes",
    "intention",
    "intent",
    "goal",
    "aim",
    "willingness",
    "determination",
    "commitment",
    "request",
    "order",
    "orders",
    "reluctance",
    "readiness",
    "eagerness",
    "unwillingness",
    "urge",
    "resolve",
    "vote",
    "agreement",
];

const FOR: &[&str] = &["for"];
const OF: &[&str] = &["of"];
const TO: &[&str] = &["to", "toward", "towards"];
const ON: &[&str] = &["on", "about", "of", "over", "regarding"];
const ON_AGAINST: &[&str] = &["on", "against", "upon"];
const OF_FOR: &[&str] = &["of", "for"];

/// Nouns whose content is the object of a preposition, with the prepositions they take.
const PREP_NOUNS: &[(&str, &[&str])] = &[
    ("support", FOR),
    ("backing", OF_FOR),
    ("endorsement", OF),
    ("endorsements", OF),
    ("praise", OF_FOR),
    ("admiration", FOR),
    ("enthusiasm", FOR),
    ("sympathy", FOR),
    ("respect", FOR),
    ("contempt", FOR),
    ("disdain", FOR),
    ("affection", FOR),
    ("fondness", FOR),
    ("call", FOR),
    ("calls", FOR),
    ("demand", FOR),
    ("demands", FOR),
    ("plan", FOR),
    ("plans", FOR),
    ("proposal", FOR),
    ("proposals", FOR),
    ("request", FOR),
    ("case", ON_AGAINST),
    ("criticism", OF),
    ("criticisms", OF),
    ("critique", OF),
    ("condemnation", OF),
    ("denunciation", OF),
    ("rejection", OF),
    ("dismissal", OF),
    ("defense", OF),
    ("defence", OF),
    ("denial", OF),
    ("embrace", OF),
    ("approval", OF),
    ("disapproval", OF),
    ("assessment", OF),
    ("characterization", OF),
    ("dislike", OF),
    ("distrust", OF),
    ("hatred", OF),
    ("mockery", OF),
    ("ridicule", OF),
    ("opposition", TO),
    ("objection", TO),
    ("objections", TO),
    ("hostility", TO),
    ("commitment", TO),
    ("response", TO),
    ("reply", TO),
    ("answer", TO),
    ("attack", ON_AGAINST),
    ("attacks", ON_AGAINST),
    ("assault", ON_AGAINST),
    ("assaults", ON_AGAINST),
    ("warning", ON),
    ("warnings", ON),
    ("view", ON),
    ("views", ON),
    ("stance", ON),
    ("comments", ON),
    ("comment", ON),
    ("remarks", ON),
    ("statement", ON),
    ("concern", ON),
    ("concerns", ON),
    ("worries", ON),
    ("fears", ON),
    ("questions", ON),
    ("complaint", ON),
    ("complaints", ON),
    ("thoughts", ON),
    ("skepticism", ON),
    ("doubts", ON),
    ("opinion", ON),
    ("claims", ON),
    ("rhetoric", ON),
    ("testimony", ON),
];

/// Every noun that may head a nominal report (for the lexicon's flag).
pub(super) fn nouns() -> impl Iterator<Item = &'static str> {
    THAT_NOUNS
        .iter()
        .chain(TO_NOUNS)
        .copied()
        .chain(PREP_NOUNS.iter().map(|(n, _)| *n))
}

/// The complement a noun takes before word `next`, if it is a nominal cue there.
fn complement(noun: &str, next: &str) -> Option<Complement> {
    if !matches!(
        next,
        "that"
            | "to"
            | "for"
            | "of"
            | "on"
            | "about"
            | "over"
            | "regarding"
            | "against"
            | "upon"
            | "toward"
            | "towards"
    ) {
        return None;
    }
    match next {
        "that" if THAT_NOUNS.contains(&noun) => Some(Complement::That),
        "to" if TO_NOUNS.contains(&noun) => Some(Complement::To),
        _ => PREP_NOUNS
            .iter()
            .find(|(n, ps)| *n == noun && ps.contains(&next))
            .map(|(_, ps)| Complement::Prep(ps)),
    }
}

/// A nominal report in the token range `s..end` starting its search at token `i`:
/// (cue tokens, content tokens, the owner's phrase).
pub(super) struct Nominal {
    pub cue: (usize, usize),
    pub content: (usize, usize),
    pub speaker: Phrase,
}

impl Ctx<'_> {
    /// The owner of the noun at token `n`: "his", "their", "Smith's", with up to two
    /// modifiers between ("his repeated calls", "Smith's latest attack").
    fn owner(&self, n: usize, s: usize) -> Option<Phrase> {
        let mut j = n;
        for _ in 0..3 {
            if j <= s {
                return None;
            }
            j -= 1;
            let w = self.word(j);
            let lower = w.to_ascii_lowercase();
            if matches!(
                lower.as_str(),
                "his" | "her" | "their" | "its" | "my" | "our" | "your"
            ) {
                return Some(Phrase {
                    span: Span::new(self.toks[j].start, self.toks[j].end),
                    first_tok: j,
                    head: j,
                    kind: SpeakerKind::Pronoun,
                });
            }
            if matches!(w, "'s" | "’s") {
                let e = j.checked_sub(1)?;
                if e < s || !self.is_cap(e) || self.in_quote[e] {
                    return None;
                }
                let mut b = e;
                while b > s && b + 6 > e && self.is_cap(b - 1) && !self.is_sentence_start(b) {
                    b -= 1;
                }
                if lexicon::is_determiner(self.word(b)) && b < e {
                    b += 1;
                }
                return Some(self.classify_phrase(b, e));
            }
            // A modifier: a lower-case word that is no function word ("repeated", "latest").
            // A role noun is the subject, not a modifier: in "Kenya's president vows to", the
            // word "vows" is the verb.
            let modifier = w.starts_with(|c: char| c.is_ascii_lowercase())
                && !lexicon::is_role_head(w)
                && !self.has(j, lexicon::bit::IS_NP_BOUNDARY)
                && !self.has(j, lexicon::bit::IS_DETERMINER)
                && !self.in_quote[j];
            if !modifier {
                return None;
            }
        }
        None
    }

    /// The nominal report whose noun is at token `n`, if any.
    pub(super) fn nominal_at(&self, n: usize, s: usize, end: usize) -> Option<Nominal> {
        if self.in_quote[n] || n + 2 >= end || !self.has(n, lexicon::bit::IS_NOMINAL_NOUN) {
            return None;
        }
        let w = self.word(n);
        if !w.starts_with(|c: char| c.is_ascii_lowercase()) {
            return None;
        }
        let comp = complement(w, self.word(n + 1))?;
        // "drone attacks on refineries", "a missile assault on the city": weapons attack
        // places; only words attack people.
        if n > 0
            && matches!(w, "attack" | "attacks" | "assault" | "assaults")
            && matches!(
                self.word(n - 1),
                "drone"
                    | "missile"
                    | "rocket"
                    | "air"
                    | "artillery"
                    | "terror"
                    | "terrorist"
                    | "militant"
                    | "military"
                    | "suicide"
                    | "bomb"
                    | "cyber"
                    | "armed"
                    | "ground"
                    | "naval"
                    | "knife"
                    | "gun"
            )
        {
            return None;
        }
        let speaker = self.owner(n, s)?;
        let (cue_end, cs) = match comp {
            // PolNeAR's content opens on "that" and "to".
            Complement::That | Complement::To => (n + 1, n + 1),
            Complement::Prep(_) => (n + 2, n + 2),
        };
        let clause = !matches!(comp, Complement::Prep(_));
        let mut ce = if clause { cs + 1 } else { cs };
        while ce < end && ce - cs < 40 {
            let w = self.word(ce);
            // (A quotation inside the content goes on with it: "her claim that there were
            // “thousands of errors” in the count".)
            let punct =
                matches!(w, "," | ";" | ":" | "—" | "–" | "--" | "(" | ")") || self.is_stop(ce);
            // A noun phrase ends before a verb, a relative or a subordinate clause.
            let np_end = !clause
                && ce > cs
                && (lexicon::is_modal(w)
                    || matches!(
                        w,
                        "is" | "was"
                            | "were"
                            | "are"
                            | "has"
                            | "have"
                            | "had"
                            | "did"
                            | "that"
                            | "which"
                            | "who"
                            | "because"
                            | "when"
                            | "after"
                            | "before"
                            | "while"
                            | "since"
                            | "if"
                            | "as"
                            | "but"
                    )
                    || self.cue_at(ce).is_some_and(|c| !c.info.participle));
            if punct || np_end {
                break;
            }
            ce += 1;
        }
        (ce > cs + usize::from(clause)).then_some(Nominal {
            cue: (n, cue_end),
            content: (cs, ce),
            speaker,
        })
    }
}

impl Ctx<'_> {
    /// "When asked about the plan, …", "Asked whether she would run, …", "when asked by a
    /// reporter how …": the question put to the subject is the content of "asked"; its asker,
    /// if named ("by a reporter"), is the source. (cue token, content tokens, asker).
    pub(super) fn asked_at(
        &self,
        i: usize,
        s: usize,
        end: usize,
    ) -> Option<(usize, (usize, usize), Option<Phrase>)> {
        if self.in_quote[i] || !self.word(i).eq_ignore_ascii_case("asked") {
            return None;
        }
        let opens = i == s
            || matches!(
                self.word(i - 1).to_ascii_lowercase().as_str(),
                "when" | "after" | "if" | "before" | "once" | "," | "being" | "while"
            );
        if !opens {
            return None;
        }
        let mut k = i + 1;
        let mut asker = None;
        // "asked directly by The Times": an adverb before the agent.
        if self.word(k).ends_with("ly") && self.word(k + 1) == "by" {
            k += 1;
        }
        if self.word(k) == "by" {
            let (ns, ne) = self.np_starting_at(k + 1, end)?;
            asker = Some(self.classify_phrase(ns, ne));
            k = ne + 1;
        }
        // "Asked to describe the device, …": the infinitive is the request.
        let infinitive = self.word(k) == "to"
            && self
                .word(k + 1)
                .starts_with(|c: char| c.is_ascii_lowercase())
            && !self.has(k + 1, lexicon::bit::IS_DETERMINER)
            && !self.has(k + 1, lexicon::bit::IS_OBJECT_WORD);
        // A short time or place phrase before the question ("asked at a briefing Monday").
        let q = if infinitive {
            k
        } else {
            (k..(k + 8).min(end)).find(|&t| {
                matches!(
                    self.word(t),
                    "about" | "whether" | "if" | "how" | "what" | "why" | "which" | "who" | "where"
                )
            })?
        };
        if (k..q).any(|t| self.word(t) == "," || self.is_stop(t) || self.is_quote_mark(t)) {
            return None;
        }
        let cs = if self.word(q) == "about" { q + 1 } else { q };
        let mut ce = cs;
        while ce < end
            && !matches!(self.word(ce), "," | ";" | "—" | "–" | "--")
            && !self.is_stop(ce)
            && !self.is_quote_mark(ce)
        {
            ce += 1;
        }
        // "Asked whether the plan, which critics call costly, would pass, Lee said …": the
        // question runs to the comma before the answer's subject and its cue (looked for
        // within 40 tokens, past commas only).
        if self.word(ce) == "," && !self.answer_after(ce, end) {
            let mut t = ce + 1;
            while t < end.min(ce + 40) && !self.is_stop(t) && !self.is_quote_mark(t) {
                if matches!(self.word(t), ";" | "—" | "–" | "--") {
                    break;
                }
                if self.word(t) == "," && self.answer_after(t, end) {
                    ce = t;
                    break;
                }
                t += 1;
            }
        }
        (ce > cs).then_some((i, (cs, ce), asker))
    }

    /// After the comma at `c`: a subject and its reporting verb ("…, Lee said", "…, the
    /// spokesman declined to comment").
    fn answer_after(&self, c: usize, end: usize) -> bool {
        (c + 1..(c + 8).min(end))
            .take_while(|&x| self.word(x) != "," && !self.is_quote_mark(x))
            .find(|&x| self.cue_at(x).is_some())
            .is_some_and(|x| {
                self.left_subject(x, c + 1)
                    .is_some_and(|p| p.first_tok == c + 1)
            })
    }
}
