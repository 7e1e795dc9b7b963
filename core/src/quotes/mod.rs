//! Quotations and their speakers.
//!
//! Three passes over the segmented article, all linear in its length:
//! 1. [`marks::scan`] pairs the quotation marks into quoted stretches (over paragraphs too).
//! 2. Each stretch gets an attribution: a cue after it ("…,” he said", "…,” said the
//!    minister", "…,” X told AFP"), else a cue before it in its sentence ("X said: “…”",
//!    "X said that “…”", ", he said, “…”"), else a colon introduction ("X: “…”"), else the
//!    attribution of the quotation just before it in the same or the previous paragraph (the
//!    continuation of a speech). A stretch that opens its sentence (or follows a cue, a colon or
//!    a comma) and ends it is `direct`; one inside the writer's sentence is `partial`, and a
//!    one-word partial (a scare quote) is kept only when a speaker is found.
//! 3. Reporting verbs that did not attribute a direct quotation give indirect speech: the
//!    clause after "X said (that)", "X told reporters", "according to X,", or the clause before
//!    "…, X said." / "…, according to X.".
//!
//! Speakers are found and resolved in [`speaker`].

mod lexicon;
mod marks;
mod nominal;
mod speaker;

use crate::facts::{Entity, Mention, MentionKind, Quote, QuoteKind, Span};
use crate::segment::Doc;
use lexicon::{CueClass, CueInfo};
use speaker::{Phrase, Resolved, SpeakerKind};

/// A reporting verb (or phrase) found at a token.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Cue {
    /// First and last-plus-one token of the cue words ("called for", "according to").
    pub start: usize,
    pub end: usize,
    pub info: CueInfo,
}

/// Read-only view of the article shared by the passes.
pub(crate) struct Ctx<'a> {
    text: &'a str,
    doc: &'a Doc,
    toks: &'a [Span],
    entities: &'a [Entity],
    /// Name mentions with an entity, sorted by start.
    names: Vec<Mention>,
    /// Sentence index of each token.
    tok_sent: Vec<u32>,
    /// Token lies inside a quoted stretch.
    in_quote: Vec<bool>,
    /// Token is a quotation mark (of a quoted stretch, or a double mark or guillemet).
    mark: Vec<bool>,
    /// The reporting verb each token is a form of (looked up once).
    cue_info: Vec<Option<CueInfo>>,
    /// The closed word classes of each token ([`lexicon::bit`]).
    flags: Vec<u32>,
    /// Token lies in a title-case headline (after its first word).
    headline: Vec<bool>,
    /// [`Ctx::cue_at`] of each token, computed on first use: the passes ask about the same
    /// tokens many times, and the answer depends only on this read-only view.
    cues: Vec<std::cell::OnceCell<Option<Cue>>>,
}

/// Causative verbs whose object is the subject of the infinitive after it ("led her to declare").
pub(crate) fn is_causative(w: &str) -> bool {
    matches!(
        w,
        "led her to declare"
            | "lead"
            | "leads"
            | "led"
            | "leading"
            | "leave"
            | "leaves"
            | "left"
            | "leaving"
            | "force"
            | "forces"
            | "forced"
            | "forcing"
            | "prompt"
            | "prompts"
            | "prompted"
            | "prompting"
            | "allow"
            | "allows"
            | "allowed"
            | "allowing"
            | "cause"
            | "causes"
            | "caused"
            | "causing"
            | "drive"
            | "drives"
            | "drove"
            | "driving"
            | "driven"
            | "enable"
            | "enables"
            | "enabled"
            | "enabling"
            | "inspire"
            | "inspires"
            | "inspired"
            | "inspiring"
            | "compel"
            | "compels"
            | "compelled"
            | "compelling"
    )
}

/// Verbs of continuing and attempting that take a cue as their infinitive ("continued to say",
/// "tried to rebuke", "went on to call for").
pub(crate) const CONTROL_VERBS: &[&str] = &[
    "try",
    "tries",
    "tried",
    "trying",
    "go",
    "goes",
    "went",
    "going",
    "gone",
    "begin",
    "begins",
    "began",
    "begun",
    "beginning",
    "start",
    "starts",
    "started",
    "starting",
    "attempt",
    "attempts",
    "attempted",
    "attempting",
    "used",
    "rushed",
    "moved",
    "moves",
    "moving",
    "continues",
    "continued",
    "continuing",
    "continue",
    "appeared",
    "seemed",
    "appears",
    "seems",
];

fn is_control_verb(w: &str) -> bool {
    CONTROL_VERBS.contains(&w)
}

/// Words that open a cue without being a form of a reporting verb themselves ("according
/// to", "saw X as Y", "made clear that"), beside [`CONTROL_VERBS`].
pub(crate) const CUE_LEADS: &[&str] = &[
    "according",
    "see",
    "sees",
    "saw",
    "seeing",
    "regard",
    "regards",
    "regarded",
    "make",
    "makes",
    "made",
    "making",
    "put",
    "puts",
];

/// Capitalised forms that in a title-case headline are mostly nouns ("Report", "State").
const NOT_HEADLINE_CUES: &[&str] = &[
    "report", "state", "post", "answer", "charge", "counter", "demand", "note", "object",
    "protest", "reason", "comment", "estimate", "talk", "talks", "focus", "rail", "speak", "tweet",
];

const SEE_AS: CueInfo = CueInfo {
    lemma: "see",
    class: CueClass::Stance,
    participle: false,
    takes_object: false,
    adjective: false,
};

const MAKE_CLEAR: CueInfo = CueInfo {
    lemma: "make clear",
    class: CueClass::Speech,
    participle: false,
    takes_object: false,
    adjective: false,
};

const PUT_IT: CueInfo = CueInfo {
    lemma: "put it",
    class: CueClass::Speech,
    participle: false,
    takes_object: false,
    adjective: false,
};

const ACCORDING: CueInfo = CueInfo {
    lemma: "according to",
    class: CueClass::Speech,
    participle: false,
    takes_object: false,
    adjective: false,
};

impl<'a> Ctx<'a> {
    fn new(
        text: &'a str,
        doc: &'a Doc,
        entities: &'a [Entity],
        mentions: &[Mention],
        q: &[marks::Quoted],
    ) -> Self {
        let toks = &doc.tokens[..];
        let mut tok_sent = vec![u32::MAX; toks.len()];
        for (si, s) in doc.sentences.iter().enumerate() {
            for t in s.tokens.clone() {
                if let Some(x) = tok_sent.get_mut(t) {
                    *x = si as u32;
                }
            }
        }
        let mut in_quote = vec![false; toks.len()];
        // A quotation mark: one that opens or closes a quoted stretch, or any token that is a
        // double mark or a guillemet.
        let mut mark: Vec<bool> = toks
            .iter()
            .map(|t| {
                matches!(
                    &text[t.start..t.end],
                    "“" | "”" | "\"" | "''" | "``" | "«" | "»"
                )
            })
            .collect();
        for qq in q {
            let a = toks.partition_point(|t| t.start < qq.inner.start);
            for (k, t) in toks.iter().enumerate().skip(a) {
                if t.start >= qq.inner.end {
                    break;
                }
                in_quote[k] = true;
            }
            for m in [Some(qq.open), qq.close].into_iter().flatten() {
                let a = toks.partition_point(|t| t.end <= m.start);
                for (k, t) in toks.iter().enumerate().skip(a) {
                    if t.start >= m.end {
                        break;
                    }
                    mark[k] = true;
                }
            }
        }
        let mut names: Vec<Mention> = mentions
            .iter()
            .filter(|m| {
                m.kind == MentionKind::Name && m.entity.is_some_and(|id| id < entities.len())
            })
            .cloned()
            .collect();
        // A place inside an organisation's name ("the Tulsa Police Department") lies inside the
        // organisation's mention: the organisation is what speaks, so only the outer is kept
        // (the rest do not overlap).
        names.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
        let mut reach = 0;
        names.retain(|m| {
            let outer = m.span.start >= reach;
            reach = reach.max(m.span.end);
            outer
        });
        // Headlines in title case ("Senator Says Talks Will Resume"): there a capitalised
        // speech verb after the first word is a cue.
        let mut headline = vec![false; toks.len()];
        for sent in &doc.sentences {
            let (mut caps, mut words) = (0, 0);
            for t in sent.tokens.clone() {
                let w = toks.get(t).map_or("", |x| &text[x.start..x.end]);
                let Some(c) = w.chars().next().filter(|c| c.is_alphabetic()) else {
                    continue;
                };
                if matches!(
                    w,
                    "a" | "an" | "the" | "of" | "to" | "in" | "on" | "for" | "and" | "or" | "at"
                ) {
                    continue;
                }
                words += 1;
                caps += usize::from(c.is_uppercase());
            }
            if words >= 4 && caps * 10 >= words * 9 {
                for t in sent.tokens.clone().skip(1) {
                    if let Some(h) = headline.get_mut(t) {
                        *h = true;
                    }
                }
            }
        }
        let (flags, cue_info): (Vec<u32>, Vec<Option<CueInfo>>) = toks
            .iter()
            .zip(&headline)
            .map(|(t, &head)| {
                let w = &text[t.start..t.end];
                let (f, c) = lexicon::lookup_in(text, t.start, t.end);
                // Cues are lower-case words ("Said" opens no attribution; "According to" is
                // handled apart), but for speech verbs in a headline.
                let lower = w.starts_with(|c: char| c.is_ascii_lowercase());
                // A stance verb counts in its inflected forms ("Lee Praises X", "Lee Slammed X"),
                // also those more often nouns ("Praises", "Backs").
                let inflected =
                    head && ((w.ends_with('s') && !w.ends_with("ss")) || w.ends_with("ed"));
                let c = if inflected && c.is_none() && w.len() <= 24 {
                    lexicon::noun_form_cue(&w.to_ascii_lowercase())
                } else {
                    c
                };
                let head_cue =
                    head && c.is_some_and(|c| {
                        !c.participle && !c.adjective && (c.class == CueClass::Speech || inflected)
                    }) && !NOT_HEADLINE_CUES.contains(&w.to_ascii_lowercase().as_str());
                (f, if lower || head_cue { c } else { None })
            })
            .unzip();
        Ctx {
            text,
            doc,
            toks,
            entities,
            names,
            tok_sent,
            in_quote,
            mark,
            cues: (0..toks.len())
                .map(|_| std::cell::OnceCell::new())
                .collect(),
            cue_info,
            flags,
            headline,
        }
    }

    fn word(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    /// Token `i` belongs to the word class `bit` ([`lexicon::bit`]).
    fn has(&self, i: usize, bit: u32) -> bool {
        self.flags.get(i).is_some_and(|f| f & bit != 0)
    }

    fn is_cap(&self, i: usize) -> bool {
        self.word(i).chars().next().is_some_and(char::is_uppercase)
    }

    fn is_quote_mark(&self, i: usize) -> bool {
        self.mark.get(i).copied().unwrap_or(false)
    }

    fn is_sentence_start(&self, i: usize) -> bool {
        self.sent_range(i).0 == i
    }

    fn is_stop(&self, i: usize) -> bool {
        matches!(self.word(i), "." | "!" | "?" | ";" | "..." | "…")
    }

    fn sentence_of_byte(&self, pos: usize) -> usize {
        self.doc
            .sentences
            .partition_point(|s| s.span.end <= pos)
            .min(self.doc.sentences.len().saturating_sub(1))
    }

    /// Token range of the sentence holding token `i`.
    fn sent_range(&self, i: usize) -> (usize, usize) {
        match self.tok_sent.get(i).copied() {
            Some(s) if s != u32::MAX => {
                let r = &self.doc.sentences[s as usize].tokens;
                (r.start, r.end)
            }
            _ => (i, i + 1),
        }
    }

    /// The paragraph end (byte) of the paragraph holding `pos`.
    fn para_end(&self, pos: usize) -> usize {
        let p = &self.doc.paragraphs;
        let k = p.partition_point(|s| s.end < pos);
        p.get(k).map_or(self.text.len(), |s| s.end)
    }

    /// A cue starting at token `i`, if any (never inside a quotation, never capitalised).
    fn cue_at(&self, i: usize) -> Option<Cue> {
        match self.cues.get(i) {
            Some(c) => *c.get_or_init(|| self.find_cue_at(i)),
            None => None,
        }
    }

    /// [`Ctx::cue_at`], computed.
    fn find_cue_at(&self, i: usize) -> Option<Cue> {
        if self.in_quote.get(i).copied().unwrap_or(true) {
            return None;
        }
        // Most tokens are no reporting verb and open no cue phrase: one flag test turns them
        // away (the lexicon marks the words every path below starts from).
        if self.cue_info[i].is_none()
            && !self.has(i, lexicon::bit::IS_NOUN_FORM | lexicon::bit::IS_CUE_LEAD)
        {
            return None;
        }
        let w = self.word(i);
        if !w.chars().next().is_some_and(|c| c.is_ascii_lowercase()) && self.cue_info[i].is_none() {
            if w == "According" && self.word(i + 1) == "to" {
                return Some(Cue {
                    start: i,
                    end: i + 2,
                    info: ACCORDING,
                });
            }
            return None;
        }
        if w == "according" && self.word(i + 1) == "to" {
            return Some(Cue {
                start: i,
                end: i + 2,
                info: ACCORDING,
            });
        }
        if let Some(c) = self.chain_at(i) {
            return Some(c);
        }
        // "The agency estimates that …": a form more often a noun is a verb before "that"
        // after a name or a pronoun.
        // So is one after a subject pronoun or a name and before its object ("She supports
        // universal health care", "Smith backs the mayor", "a group that supports the law").
        let noun_verb = || {
            // Only a form listed as more often a noun can be one (one flag test, most tokens).
            if !self.has(i, lexicon::bit::IS_NOUN_FORM) {
                return None;
            }
            let prev = if i > 0 { self.word(i - 1) } else { "" };
            let next = self.word(i + 1);
            let before_that = next == "that"
                && i > 0
                && ((self.is_cap(i - 1) && !self.is_sentence_start(i - 1))
                    || lexicon::is_subject_pronoun(prev));
            // The subject before an adverb or two ("The PAC also plans to …").
            let mut p = i;
            while p > 1
                && i - p < 2
                && matches!(
                    self.word(p - 1),
                    "also" | "still" | "now" | "already" | "reportedly"
                )
            {
                p -= 1;
            }
            let prev_s = if p > 0 { self.word(p - 1) } else { "" };
            // (A capitalised preposition opening the sentence is no subject: "For reasons …".)
            let preposition = matches!(
                prev_s.to_ascii_lowercase().as_str(),
                "for"
                    | "in"
                    | "on"
                    | "at"
                    | "with"
                    | "by"
                    | "from"
                    | "of"
                    | "to"
                    | "after"
                    | "before"
                    | "during"
                    | "despite"
                    | "amid"
                    | "among"
                    | "under"
                    | "over"
                    | "about"
                    | "since"
                    | "without"
                    | "unlike"
            );
            let not_name = preposition
                || (p > 0 && self.has(p - 1, lexicon::bit::IS_DETERMINER))
                || (p > 1 && self.has(p - 2, lexicon::bit::IS_DETERMINER));
            let singular_subject = p > 0
                && (["he", "she", "it", "who", "which", "that"]
                    .iter()
                    .any(|x| prev_s.eq_ignore_ascii_case(x))
                    || (self.is_cap(p - 1) && !not_name)
                    // "the president vows to": a singular role noun.
                    || lexicon::is_role_head(prev_s)
                    // "The Treasury estimates the measure will …": an organisation's name.
                    || (self.mention_label(p - 1) == Some(crate::facts::Label::ORG) && !preposition));
            // (A gerund or a quantifier opens an object too: "Lee supports raising the wage",
            // "Lee backs more of the cuts".)
            let gerund = next.len() > 5
                && next.ends_with("ing")
                && next.bytes().all(|b| b.is_ascii_lowercase())
                && self.cue_info.get(i + 1).copied().flatten().is_none();
            let object_next = self.has(i + 1, lexicon::bit::IS_DETERMINER)
                || gerund
                || matches!(
                    next,
                    "him"
                        | "her"
                        | "them"
                        | "it"
                        | "to"
                        | "that"
                        | "more"
                        | "most"
                        | "some"
                        | "all"
                        | "both"
                        | "any"
                )
                || (self.is_cap(i + 1) && !self.in_quote.get(i + 1).copied().unwrap_or(true));
            // "would comment", "did not comment": a bare form after a modal is a verb.
            let after_modal = i > 0
                && !w.ends_with('s')
                && (lexicon::is_modal(prev)
                    || (matches!(prev, "not" | "n't" | "n’t")
                        && i > 1
                        && (lexicon::is_modal(self.word(i - 2))
                            || matches!(self.word(i - 2), "did" | "does" | "do"))));
            let verb = before_that
                || after_modal
                || (singular_subject && object_next && w.ends_with('s') && !w.ends_with("ss"));
            verb.then(|| lexicon::noun_form_cue(w)).flatten()
        };
        // "Voters see him as a leader", "saw the deal as a win": a judgment, when "as" follows
        // the object (not "saw him as he left", "see as well").
        if matches!(
            w,
            "see" | "sees" | "saw" | "seeing" | "regard" | "regards" | "regarded"
        ) {
            let as_at = (i + 2..(i + 8).min(self.toks.len()))
                .take_while(|&t| {
                    let x = self.word(t);
                    x.chars().any(char::is_alphanumeric) && !self.in_quote[t] && x != "that"
                })
                .find(|&t| self.word(t) == "as");
            let judged = as_at.is_some_and(|t| {
                let n = self.word(t + 1);
                !lexicon::is_subject_pronoun(n)
                    && !matches!(
                        n,
                        "well"
                            | "soon"
                            | "long"
                            | "much"
                            | "many"
                            | "far"
                            | "if"
                            | "though"
                            | "part"
                            | "of"
                            | "to"
                            | "for"
                    )
                    && !matches!(self.word(t + 2), "result" | "whole" | "matter")
            });
            if judged && !self.has(i + 1, lexicon::bit::IS_NP_BOUNDARY) {
                return Some(Cue {
                    start: i,
                    end: i + 1,
                    info: CueInfo {
                        participle: w == "seeing",
                        lemma: if w.starts_with('r') { "regard" } else { "see" },
                        ..SEE_AS
                    },
                });
            }
        }
        // "as Lee put it", "Lee put it bluntly:": a way of saying (not "put it in a drawer").
        if matches!(w, "put" | "puts") && self.word(i + 1) == "it" {
            let after = self.word(i + 2);
            let manner = matches!(
                after,
                "," | ":"
                    | "."
                    | "this"
                    | "bluntly"
                    | "simply"
                    | "best"
                    | "succinctly"
                    | "mildly"
                    | "plainly"
                    | "another"
                    | "more"
                    | "differently"
                    | "starkly"
            );
            let as_before = (i.saturating_sub(8)..i)
                .rev()
                .take_while(|&t| !matches!(self.word(t), "," | ";" | ":") && !self.is_stop(t))
                .any(|t| self.word(t).eq_ignore_ascii_case("as"));
            if manner || as_before {
                return Some(Cue {
                    start: i,
                    end: i + 2,
                    info: PUT_IT,
                });
            }
        }
        // "made it clear that …", "has made clear that …".
        if matches!(w, "make" | "makes" | "made" | "making") {
            let (a, b) = (self.word(i + 1), self.word(i + 2));
            let span = match (a, b) {
                ("it", "clear" | "plain" | "known") if self.word(i + 3) == "that" => Some(3),
                ("clear" | "plain" | "known", "that") => Some(2),
                _ => None,
            };
            if let Some(n) = span {
                return Some(Cue {
                    start: i,
                    end: i + n,
                    info: MAKE_CLEAR,
                });
            }
        }
        let info = self.cue_info[i].or_else(noun_verb)?;
        let next = self.word(i + 1);
        // Phrasal verbs that say nothing: "show up", "write off", "write down".
        if matches!(
            (info.lemma, next),
            ("show", "up") | ("write", "off") | ("write", "down")
        ) {
            return None;
        }
        // "The sides agreed a ceasefire", "EU agrees landmark rules": "agree" with a noun
        // phrase as its object settles something; it reports nothing.
        if info.lemma == "agree"
            && (self.has(i + 1, lexicon::bit::IS_DETERMINER)
                || (next.len() > 2
                    && next.bytes().all(|b| b.is_ascii_lowercase())
                    && !next.ends_with("ly")
                    && !matches!(
                        next,
                        "that"
                            | "with"
                            | "upon"
                            | "about"
                            | "and"
                            | "but"
                            | "not"
                            | "was"
                            | "is"
                            | "the"
                            | "this"
                    )
                    && !self.has(i + 1, lexicon::bit::IS_PP_START)))
        {
            return None;
        }
        // "The launch was pushed to May, Roe said": a stance verb in the passive with no agent
        // and no judgment ("was described as", "is called X") reports nothing of its own.
        if info.class == CueClass::Stance
            && i > 0
            && matches!(
                self.word(i - 1),
                "is" | "are" | "was" | "were" | "been" | "be" | "being"
            )
            && self.word(i).ends_with("ed")
            && !matches!(next, "by" | "as" | "for")
            && !matches!(
                info.lemma,
                "call"
                    | "dub"
                    | "label"
                    | "term"
                    | "brand"
                    | "expect"
                    | "believe"
                    | "think"
                    | "report"
                    | "say"
                    | "allege"
                    | "rumor"
            )
        {
            return None;
        }
        // "is confident that …", "was critical of …": an attitude adjective after a copula and
        // before its complement; a preposition belongs to the cue.
        if let Some(comps) = info
            .adjective
            .then(|| lexicon::adjective_complements(info.lemma))
            .flatten()
        {
            if !comps.contains(&next) {
                return None;
            }
            let mut j = i;
            while j > 0 {
                let p = self.word(j - 1);
                if p.ends_with("ly")
                    || matches!(
                        p,
                        "not"
                            | "n't"
                            | "n’t"
                            | "very"
                            | "so"
                            | "too"
                            | "more"
                            | "less"
                            | "quite"
                            | "all"
                            | "also"
                            | "still"
                            | "now"
                            | "already"
                            | "equally"
                            | "deeply"
                            | "fairly"
                            | "pretty"
                            | "even"
                    )
                {
                    j -= 1;
                } else {
                    break;
                }
            }
            let copula = j > 0
                && matches!(
                    self.word(j - 1),
                    "is" | "was"
                        | "are"
                        | "were"
                        | "be"
                        | "been"
                        | "being"
                        | "am"
                        | "'s"
                        | "’s"
                        | "'re"
                        | "’re"
                        | "'m"
                        | "’m"
                        | "remain"
                        | "remains"
                        | "remained"
                        | "feel"
                        | "feels"
                        | "felt"
                        | "became"
                        | "become"
                        | "becomes"
                        | "grew"
                        | "grow"
                        | "grows"
                );
            if !copula {
                return None;
            }
            let prep = !matches!(next, "that" | "to");
            return Some(Cue {
                start: i,
                end: if prep { i + 2 } else { i + 1 },
                info,
            });
        }
        // "continues to lead in polls": a verb of continuing before an infinitive that
        // reports nothing is no cue itself.
        if info.lemma == "continue"
            && next == "to"
            && self.cue_info.get(i + 2).is_some_and(Option::is_none)
        {
            return None;
        }
        // "by 25 basis points to 3%", "two percentage points to 48%": a measure, not "point to".
        if info.lemma == "point"
            && i > 0
            && (matches!(self.word(i - 1), "basis" | "percentage")
                || self.word(i - 1).starts_with(|c: char| c.is_ascii_digit()))
        {
            return None;
        }
        let particle = lexicon::has_particle(info.lemma, next);
        if lexicon::NEEDS_PARTICLE.contains(&info.lemma) && !particle {
            // "called the plan “a disaster”": "call" counts before a quotation.
            // So does "called him divisive", "calls it a disgrace" (a pronoun object).
            // So does "called Lee a liar", "calls the plan a disgrace": an object and a noun
            // phrase naming it.
            let named_as = || {
                let lim = (i + 7).min(self.toks.len());
                let first = i + 1;
                let object = if self.is_cap(first) {
                    (first..lim).find(|&k| !self.is_cap(k))
                } else if matches!(
                    next,
                    "the" | "this" | "that" | "his" | "her" | "their" | "its"
                ) {
                    (first + 1..lim).find(|&k| matches!(self.word(k), "a" | "an"))
                } else {
                    None
                };
                object.is_some_and(|k| {
                    k > first + usize::from(!self.is_cap(first))
                        && matches!(self.word(k), "a" | "an")
                        && (first..k).all(|t| {
                            self.cue_info[t].is_none()
                                && self
                                    .word(t)
                                    .chars()
                                    .all(|c| c.is_alphanumeric() || c == '.')
                        })
                })
            };
            let quote_near = info.lemma == "call"
                && ((i + 1..(i + 12).min(self.toks.len())).any(|k| self.is_quote_mark(k))
                    || (w != "call" && matches!(next, "him" | "her" | "them" | "it"))
                    || named_as());
            // "voted to repeal the law": the infinitive is what was voted.
            let voted_to = info.lemma == "vote"
                && w != "vote"
                && next == "to"
                && self
                    .word(i + 2)
                    .starts_with(|c: char| c.is_ascii_lowercase())
                && !self.has(i + 2, lexicon::bit::IS_DETERMINER);
            if !quote_near && !voted_to {
                return None;
            }
        }
        // "Ford recalls 300,000 vehicles", "recalling several lots of its drug": a product
        // recall (a figure, or a product noun within the object's few words), no memory.
        if info.lemma == "recall"
            && (next.starts_with(|c: char| c.is_ascii_digit())
                || (i + 1..(i + 6).min(self.toks.len()))
                    .take_while(|&k| !self.is_stop(k) && !self.is_quote_mark(k))
                    .any(|k| {
                        matches!(
                            self.word(k),
                            "vehicles"
                                | "cars"
                                | "trucks"
                                | "products"
                                | "pills"
                                | "tablets"
                                | "lots"
                                | "batches"
                                | "units"
                                | "devices"
                                | "models"
                                | "bottles"
                                | "packages"
                                | "pounds"
                                | "doses"
                                | "drugs"
                                | "toys"
                                | "batteries"
                        )
                    }))
        {
            return None;
        }
        // "showed no emotion", "showed little remorse": a face shows, a speaker does not say.
        let shown_feeling = |w: &str| {
            matches!(
                w,
                "emotion"
                    | "emotions"
                    | "remorse"
                    | "restraint"
                    | "sign"
                    | "signs"
                    | "interest"
                    | "inclination"
                    | "respect"
                    | "irritation"
                    | "mercy"
            )
        };
        if info.lemma == "show"
            && (shown_feeling(next)
                || (matches!(next, "no" | "little" | "any") && shown_feeling(self.word(i + 2))))
        {
            return None;
        }
        // "pushed the bill through the House", "pushing the reform through": passing a law is
        // no stance (a "through" within the object's few words, before any punctuation).
        if info.lemma == "push"
            && (i + 1..(i + 8).min(self.toks.len()))
                .take_while(|&k| {
                    self.word(k).chars().all(char::is_alphanumeric) && !self.is_quote_mark(k)
                })
                .any(|k| self.word(k) == "through")
        {
            return None;
        }
        // "Lee, speaking in Ohio, urged …", "Speaking to reporters, Lee said …": the
        // participle of speaking before a place or audience only sets the scene; the main verb
        // after the comma reports.
        if matches!(w, "speaking" | "talking")
            && (i == 0 || matches!(self.word(i - 1), "," | "—") || self.is_sentence_start(i))
            && matches!(
                next,
                "in" | "at" | "to" | "from" | "before" | "during" | "on" | "after" | "outside"
            )
        {
            return None;
        }
        // "shouting matches", "the policy thinking": an -ing form is a cue only as a verb.
        if info.participle && i > 0 {
            let prev = self.word(i - 1);
            let verbal = matches!(
                prev,
                "," | "and"
                    | "but"
                    | "by"
                    | "while"
                    | "after"
                    | "before"
                    | "when"
                    | "without"
                    | "in"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "been"
                    | "be"
                    | "am"
                    | "also"
                    | "then"
                    | "—"
                    | "–"
                    | "--"
                    | "-"
                    | "'s"
                    | "’s"
                    | "'re"
                    | "’re"
                    | "not"
                    | "n't"
                    | "n’t"
            ) || self.is_quote_mark(i - 1)
                || prev.ends_with("ly")
                // "released a statement Wednesday saying …"
                || (self.has(i - 1, lexicon::bit::IS_TIME_WORD) && self.is_cap(i - 1));
            // "with 30 percent of voters saying …": an absolute phrase after "with".
            let with_subject = (i.saturating_sub(6)..i.saturating_sub(1))
                .rev()
                .take_while(|&k| !matches!(self.word(k), "," | ";") && !self.is_quote_mark(k))
                .any(|k| self.word(k) == "with")
                && !self.has(i - 1, lexicon::bit::IS_DETERMINER)
                && self.word(i - 1).chars().any(char::is_alphanumeric);
            // "Democrats supporting Lee", "polls showing Lee ahead": a participle after a
            // plural noun modifies it (the noun is the source).
            let plural_noun = prev.len() > 3
                && prev.ends_with('s')
                && !prev.ends_with("ss")
                && prev.bytes().all(|b| b.is_ascii_alphabetic())
                && !self.has(i - 1, lexicon::bit::IS_NP_BOUNDARY)
                && !self.has(i - 1, lexicon::bit::IS_VERB_MODIFIER)
                && self.cue_info[i - 1].is_none()
                && !self.in_quote[i - 1];
            // "released a statement saying …", "ran ads attacking …": a participle after a
            // text that carries words reports them.
            let vehicle = VEHICLES.contains(&prev) && !self.in_quote[i - 1];
            if !verbal && !with_subject && !plural_noun && !vehicle {
                return None;
            }
        }
        // "beat back", "come back": "back" is a verb only after a modal, a negation, a pronoun
        // or a plural subject ("they back the plan", "would back", "farmers back").
        if w == "back" {
            let prev = if i > 0 { self.word(i - 1) } else { "" };
            // "paying the loans back, he said": a particle before punctuation.
            if matches!(next, "," | "." | ";" | ":" | "?" | "!" | ")" | "—" | "–") {
                return None;
            }
            let lower = prev.to_ascii_lowercase();
            let verbal = lexicon::is_modal(&lower)
                || matches!(
                    lower.as_str(),
                    "do" | "does" | "did" | "not" | "n't" | "they" | "we" | "i" | "you" | "also"
                )
                || (prev.len() > 3
                    && prev.ends_with('s')
                    && !matches!(prev, "this" | "goes" | "comes" | "turns" | "gets" | "looks"));
            if !verbal {
                return None;
            }
        }
        // "found himself embroiled in …": a verb of finding with a reflexive object reports
        // a state, no finding.
        if info.lemma == "find"
            && matches!(
                next,
                "himself" | "herself" | "themselves" | "itself" | "myself" | "ourselves"
            )
        {
            return None;
        }
        // "thanks to the tax cut", "thanks in part to X": a preposition, not a thanking.
        if w == "thanks"
            && (next == "to" || (self.word(i + 2) == "part" && self.word(i + 3) == "to"))
        {
            return None;
        }
        // "…, compared with 23% for X": a comparison, not a report.
        if w == "compared"
            && matches!(self.word(i + 1), "with" | "to")
            && i > 0
            && self.word(i - 1) == ","
        {
            return None;
        }
        // "271 pledged delegates", "more pledged delegates": a participle used as an adjective.
        if i > 0 && w.ends_with("ed") {
            let prev = self.word(i - 1);
            let next = self.word(i + 1);
            let figure = prev.starts_with(|c: char| c.is_ascii_digit())
                || matches!(prev, "more" | "most" | "fewer" | "many");
            if figure
                && next.len() > 3
                && next.ends_with('s')
                && next.starts_with(|c: char| c.is_ascii_lowercase())
                && !self.has(i + 1, lexicon::bit::IS_SUBJECT_PRONOUN)
            {
                return None;
            }
        }
        // "A poll released Friday found …", "in a statement issued by the party,": a participle
        // after a common noun, before a time phrase or its agent, modifies the noun when a
        // finite cue follows in its clause or a preposition governs the noun phrase.
        if matches!(
            w,
            "released" | "published" | "issued" | "conducted" | "commissioned" | "sponsored"
        ) && i > 1
            && (self.has(i + 1, lexicon::bit::IS_TIME_WORD) || matches!(next, "by" | "in"))
        {
            let prev = self.word(i - 1);
            let noun = prev.len() > 2
                && prev.bytes().all(|b| b.is_ascii_lowercase())
                && !self.has(i - 1, lexicon::bit::IS_SUBJECT_PRONOUN)
                && !self.has(i - 1, lexicon::bit::IS_VERB_MODIFIER)
                && !self.has(i - 1, lexicon::bit::IS_DETERMINER)
                && !prev.ends_with("ly")
                && !matches!(
                    prev,
                    "has"
                        | "have"
                        | "had"
                        | "was"
                        | "were"
                        | "are"
                        | "been"
                        | "being"
                        | "who"
                        | "which"
                        | "that"
                        | "and"
                        | "but"
                        | "also"
                        | "just"
                        | "not"
                );
            // The noun phrase's start, past its modifiers and determiner.
            let mut b = i - 1;
            while b > 0 && i - b < 5 {
                let x = self.word(b - 1);
                if x.chars().all(char::is_alphanumeric)
                    && !x.is_empty()
                    && !lexicon::is_pp_start(&x.to_ascii_lowercase())
                    && !matches!(x, "of" | "by" | "for" | "under")
                    && self.cue_info[b - 1].is_none()
                {
                    b -= 1;
                } else {
                    break;
                }
            }
            let governed = b > 0
                && matches!(
                    self.word(b - 1).to_ascii_lowercase().as_str(),
                    "in" | "on" | "at" | "from" | "with" | "under" | "of" | "by" | "for"
                );
            let finite_after = (i + 1..(i + 12).min(self.toks.len()))
                .take_while(|&t| !matches!(self.word(t), "," | ";" | ".") && !self.mark[t])
                .any(|t| {
                    self.cue_info[t].is_some_and(|c| !c.participle && !c.adjective)
                        && self.word(t).starts_with(|ch: char| ch.is_ascii_lowercase())
                        && !matches!(self.word(t - 1), "to" | "of" | "'s" | "’s")
                        && !self.has(t - 1, lexicon::bit::IS_DETERMINER)
                });
            if noun && (governed || finite_after) {
                return None;
            }
        }
        // "the conference report was filed": a base or -s form before a finite verb is a noun
        // (not in "a group who officials say is tied to …", a relative clause's report).
        let relative_before = || {
            (i.saturating_sub(6)..i.saturating_sub(1))
                .rev()
                .take_while(|&k| {
                    self.word(k)
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric)
                })
                .any(|k| matches!(self.word(k), "who" | "which" | "that" | "whom"))
        };
        if !info.participle
            && (w == info.lemma
                || w.strip_suffix('s')
                    .is_some_and(|b| b == info.lemma || b.strip_suffix('e') == Some(info.lemma)))
            && (lexicon::is_modal(self.word(i + 1))
                || matches!(
                    self.word(i + 1),
                    "was" | "is" | "were" | "are" | "has" | "had"
                )
                // "A new report shows …": the subject of the next cue, an inflected verb (not
                // "Smith says praise …", "they report back").
                || (i > 0
                    && !self.is_cap(i - 1)
                    && !lexicon::is_subject_pronoun(self.word(i - 1))
                    && self.cue_info.get(i + 1).copied().flatten().is_some_and(|n| {
                        !n.participle
                            && !self.in_quote[i + 1]
                            && !self.word(i + 1).eq_ignore_ascii_case(n.lemma)
                    })))
            && !relative_before()
        {
            return None;
        }
        // "led her to declare", "leaving many to wonder": the object of a causative verb is
        // the source of the infinitive; the cue opens on "to".
        if i > 2
            && !info.participle
            && self.word(i - 1) == "to"
            && w == info.lemma
            && self.causative_object(i - 2)
        {
            let particle = lexicon::has_particle(info.lemma, next);
            if lexicon::NEEDS_PARTICLE.contains(&info.lemma) && !particle {
                return None;
            }
            return Some(Cue {
                start: i - 1,
                end: if particle { i + 2 } else { i + 1 },
                info,
            });
        }
        // "his own promise to …", "a press release", "the short term": a base form after a
        // determiner and one modifier heads a noun phrase (not "the experts say", "the people
        // say": a plural subject).
        if i > 1 && !info.participle && w == info.lemma {
            let prev = self.word(i - 1);
            let modifier = prev.len() > 1
                && prev.bytes().all(|b| b.is_ascii_lowercase())
                && (!prev.ends_with('s') || prev.ends_with("ss"))
                && !lexicon::is_modal(prev)
                && !self.has(i - 1, lexicon::bit::IS_SUBJECT_PRONOUN)
                && !self.has(i - 1, lexicon::bit::IS_DETERMINER)
                && !prev.ends_with("ly")
                && self.cue_info[i - 1].is_none()
                && !matches!(
                    prev,
                    "people"
                        | "media"
                        | "police"
                        | "public"
                        | "staff"
                        | "military"
                        | "men"
                        | "women"
                        | "children"
                        | "clergy"
                        | "not"
                        | "to"
                        | "do"
                        | "did"
                        | "also"
                        | "never"
                        | "who"
                        | "which"
                        | "that"
                        | "and"
                        | "or"
                        | "but"
                        | "then"
                        | "still"
                        | "just"
                        | "even"
                        | "only"
                        | "now"
                        | "all"
                        | "both"
                        | "each"
                        | "more"
                        | "most"
                        | "some"
                        | "many"
                        | "few"
                        | "they"
                        | "we"
                );
            let det = matches!(
                self.word(i - 2),
                "a" | "an"
                    | "the"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "our"
                    | "my"
                    | "your"
                    | "this"
                    | "that"
                    | "'s"
                    | "’s"
            );
            if modifier && det {
                return None;
            }
        }
        // "the report", "his claim", "to say": a noun or an infinitive, not a finite cue.
        if i > 0 && !info.participle {
            let prev = self.word(i - 1);
            // "Some believe …", "…, but many say …": a quantifier standing alone is the subject.
            let quantifier = matches!(
                prev.to_ascii_lowercase().as_str(),
                "some"
                    | "many"
                    | "most"
                    | "several"
                    | "few"
                    | "both"
                    | "others"
                    | "one"
                    | "another"
                    | "each"
                    | "neither"
                    | "either"
            ) && (self.is_sentence_start(i - 1)
                || matches!(
                    self.word(i - 2).to_ascii_lowercase().as_str(),
                    "," | "and"
                        | "but"
                        | "while"
                        | "whereas"
                        | "although"
                        | "though"
                        | "because"
                        | "that"
                        | "which"
                        | "who"
                ));
            // "The two said …", "all three agreed": a number standing for people.
            let numeral = matches!(
                prev,
                "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
            ) && i > 1
                && matches!(
                    self.word(i - 2).to_ascii_lowercase().as_str(),
                    "the" | "all" | "those" | "these" | "both"
                );
            if quantifier || numeral {
            } else if self.has(i - 1, lexicon::bit::IS_DETERMINER)
                || matches!(prev, "'s" | "’s" | "of" | "to" | "for" | "a" | "an")
            {
                return None;
            }
        }
        Some(Cue {
            start: i,
            end: if particle { i + 2 } else { i + 1 },
            info,
        })
    }

    /// "continued to say", "went on to say", "tried to rebuke", "plans to call for": a verb of
    /// continuing, attempting or intending whose infinitive is a cue. The chain is one cue with
    /// the infinitive's behaviour; its subject is the subject of the first verb.
    fn chain_at(&self, i: usize) -> Option<Cue> {
        // Most tokens are followed by neither "to" nor "on to": a cheap test first.
        let n1 = self.word(i + 1);
        if n1 != "to" && n1 != "on" {
            return None;
        }
        let w = self.word(i);
        // Only verbs that report nothing themselves: after "plans", "refused", "vowed" the
        // infinitive is their content ("vowed [to fight]").
        let first = is_control_verb(w);
        if !first {
            return None;
        }
        // "his plans to say", "the effort to call": a noun, not a verb.
        if i > 0
            && (self.has(i - 1, lexicon::bit::IS_DETERMINER)
                || matches!(
                    self.word(i - 1),
                    "'s" | "’s" | "of" | "to" | "for" | "a" | "an"
                ))
        {
            return None;
        }
        // "went on to say", "go on to call".
        let mut t = i + 1;
        if matches!(w, "go" | "goes" | "went" | "going" | "gone") {
            if self.word(t) != "on" {
                return None;
            }
            t += 1;
        }
        if self.word(t) != "to" {
            return None;
        }
        let v = t + 1;
        let info = self.cue_info.get(v).copied().flatten()?;
        // The infinitive is the bare form ("say", "call"), a verb of speaking or of stance.
        if info.participle || info.adjective || self.word(v) != info.lemma {
            return None;
        }
        if self.in_quote.get(v).copied().unwrap_or(true) {
            return None;
        }
        let next = self.word(v + 1);
        let particle = lexicon::has_particle(info.lemma, next);
        if lexicon::NEEDS_PARTICLE.contains(&info.lemma) && !particle {
            return None;
        }
        Some(Cue {
            start: i,
            end: if particle { v + 2 } else { v + 1 },
            info: CueInfo {
                participle: w.ends_with("ing"),
                ..info
            },
        })
    }

    /// Does a causative verb ("led", "forced", "prompting") stand before the short noun phrase
    /// ending at token `end` ("led [many experts] to suspect")?
    fn causative_object(&self, end: usize) -> bool {
        let mut k = end;
        while k > 0 && end - k < 9 {
            let w = self.word(k);
            if is_causative(w) {
                return k < end;
            }
            let np = !self.in_quote[k]
                && !self.is_quote_mark(k)
                && w.chars().any(char::is_alphanumeric)
                && !self.has(k, lexicon::bit::IS_NP_BOUNDARY)
                && self.cue_info[k].is_none();
            if !np {
                return false;
            }
            k -= 1;
        }
        false
    }

    fn cue_text(&self, c: &Cue) -> String {
        self.text[self.toks[c.start].start..self.toks[c.end - 1].end].to_string()
    }
}

/// An attribution found for a quoted stretch or a clause.
#[derive(Debug, Clone)]
struct Attribution {
    cue_text: Option<String>,
    speaker: Option<Phrase>,
}

/// Find the quotations of one article; may add pronoun and nominal mentions of speakers.
pub fn extract(
    text: &str,
    doc: &Doc,
    entities: &[Entity],
    mentions: &mut Vec<Mention>,
) -> Vec<Quote> {
    if doc.tokens.is_empty() || doc.sentences.is_empty() {
        return Vec::new();
    }
    let quoted = marks::scan(text, &doc.paragraphs);
    let ctx = Ctx::new(text, doc, entities, mentions, &quoted);
    let mut state = State::default();
    let mut out: Vec<Quote> = Vec::new();
    let mut direct_spans: Vec<Span> = Vec::new();
    let mut new_mentions = Vec::new();

    // ---- pass 2: quoted stretches ----
    let mut prev: Option<(usize, Attribution)> = None; // (paragraph end, attribution)
                                                       // The attribution of the last quotation and its sentence (for "its “support” of …").
    let mut prev_in_sentence: Option<(usize, Attribution)> = None;
    // The quotation before was a quoted transcript's turns: a one-paragraph quotation opening on
    // a name and a colon right after it is the next turn.
    let mut after_turns = false;
    for q in &quoted {
        // A transcript quoted over several paragraphs ("“WALLACE: … ¶ “PENCE: …"): each
        // speaker's turn is a quotation of its own.
        if let Some(turns) = quoted_turns(&ctx, q, after_turns) {
            after_turns = true;
            for (span, phrase) in turns {
                let attr = Attribution {
                    cue_text: Some(":".to_string()),
                    speaker: Some(phrase),
                };
                let resolved = state.resolve(&ctx, &phrase, &mut new_mentions);
                direct_spans.push(span);
                out.push(make_quote(
                    span,
                    QuoteKind::Direct,
                    Some(&attr),
                    Some(resolved),
                ));
            }
            prev = None;
            continue;
        }
        after_turns = false;
        let before = ctx.toks.partition_point(|t| t.end <= q.open.start);
        let close_end = q.close.map_or(q.inner.end, |c| c.end);
        let after = ctx.toks.partition_point(|t| t.start < close_end);
        let para_end = ctx.para_end(q.open.start);
        let (sent_start, _) = ctx.sent_range(before.min(ctx.toks.len() - 1));
        let lead_min = sent_start.max(prev_close_tok(&ctx, q, &quoted));

        // "“A,” he said, “B.”": a quotation closing on a comma shares the cue of the next one.
        let open_ended = q.inner.slice(text).ends_with(',') || ctx.word(after) == ",";
        let trailing = trailing_attr(&ctx, after, ctx.para_end(close_end), open_ended);
        let leading = if trailing.is_none() {
            leading_attr(&ctx, before, lead_min)
        } else {
            None
        };
        let kind = quote_kind(&ctx, q, before, after, sent_start);
        let from_trailing = trailing.as_ref().is_some_and(|a| a.speaker.is_some());
        let mut attr = trailing.or(leading);
        if attr.as_ref().is_some_and(|a| a.speaker.is_none()) && prev.is_some() {
            attr = None;
        }
        if attr.is_none() && kind == QuoteKind::Direct {
            // Continuation of the previous speech (same or previous paragraph).
            if let Some((pend, a)) = &prev {
                let gap_ok = *pend == para_end || q.open.start.saturating_sub(*pend) <= 4;
                if gap_ok {
                    attr = Some(a.clone());
                }
            }
        }
        if attr.is_none() && kind == QuoteKind::Direct {
            // A quotation on its own after a sentence that reports someone: their words.
            attr = earlier_speaker(&ctx, before);
        }
        if attr.is_none() && kind == QuoteKind::Partial {
            // A second fragment in the sentence of an attributed one.
            if let Some((ps, a)) = &prev_in_sentence {
                if *ps == sent_start {
                    attr = Some(a.clone());
                }
            }
        }
        let has_speaker = attr.as_ref().is_some_and(|a| a.speaker.is_some());
        if kind == QuoteKind::Partial
            && is_title(q.inner.slice(text))
            && !ctx.headline.get(before).copied().unwrap_or(false)
        {
            continue; // a show, a book or a group named in the sentence: “Meet the Press”
        }
        if kind == QuoteKind::Partial && !has_speaker {
            continue; // scare quotes, titles and names in quotation marks
        }
        if q.single && !has_speaker {
            continue;
        }
        let resolved = attr
            .as_ref()
            .and_then(|a| a.speaker.as_ref())
            .map(|p| state.resolve(&ctx, p, &mut new_mentions));
        if kind == QuoteKind::Direct {
            direct_spans.push(q.inner);
        }
        out.push(make_quote(q.inner, kind, attr.as_ref(), resolved));
        prev_in_sentence = attr.clone().map(|a| (sent_start, a));
        // A fragment followed by its attribution ("The plan ''was a mistake,'' said Lee.")
        // is a speech that the next quotation may continue, like a direct one.
        if kind == QuoteKind::Direct || (kind == QuoteKind::Partial && from_trailing) {
            prev = attr.map(|a| (ctx.para_end(q.inner.end), a));
        }
    }

    // ---- pass 3: indirect speech ----
    // The byte end of a transcript turn ("SMITH: …") whose later sentences are its words.
    let mut turn_end = 0;
    for s in &doc.sentences {
        if ctx
            .toks
            .get(s.tokens.start)
            .is_some_and(|t| t.start < turn_end)
        {
            continue;
        }
        if let Some(q) = transcript_turn(&ctx, s.tokens.start, s.tokens.end, &direct_spans) {
            turn_end = q.0.end;
            let attr = Attribution {
                cue_text: Some(":".to_string()),
                speaker: Some(q.1),
            };
            let resolved = state.resolve(&ctx, &q.1, &mut new_mentions);
            out.push(make_quote(
                q.0,
                QuoteKind::Indirect,
                Some(&attr),
                Some(resolved),
            ));
            continue;
        }
        indirect_in_sentence(
            &ctx,
            s.tokens.start,
            s.tokens.end,
            &direct_spans,
            &mut state,
            &mut new_mentions,
            &mut out,
        );
    }

    out.sort_by_key(|q| (q.span.start, q.span.end));
    // A fragment quoted inside reported speech belongs to that report's speaker ("Lee says she
    // admires what she calls “a brave stand”" — Lee's words).
    let mut open: Option<usize> = None; // the indirect quote whose span reaches furthest
    for k in 0..out.len() {
        if out[k].kind == QuoteKind::Partial {
            if let Some(o) = open {
                let (outer, inner) = (&out[o], &out[k]);
                if outer.span.start <= inner.span.start
                    && inner.span.end <= outer.span.end + 3
                    && outer.speaker_span.is_some()
                {
                    let (cue, speaker, entity, span) = (
                        outer.cue.clone(),
                        outer.speaker.clone(),
                        outer.speaker_entity,
                        outer.speaker_span,
                    );
                    let q = &mut out[k];
                    q.cue = cue;
                    q.speaker = speaker;
                    q.speaker_entity = entity;
                    q.speaker_span = span;
                }
            }
        } else if out[k].kind == QuoteKind::Indirect
            && open.is_none_or(|o| out[k].span.end > out[o].span.end)
        {
            open = Some(k);
        }
    }
    mentions.extend(new_mentions);
    out
}

/// Running memory of the speakers met so far, for pronouns.
#[derive(Default)]
struct State {
    last_entity: Option<usize>,
    last_name: Option<String>,
}

impl State {
    fn resolve(&mut self, ctx: &Ctx, p: &Phrase, new_mentions: &mut Vec<Mention>) -> Resolved {
        let r = ctx.resolve(p, self.last_entity, self.last_name.as_deref(), new_mentions);
        if r.entity.is_some() {
            self.last_entity = r.entity;
        }
        if matches!(r.kind, SpeakerKind::Name | SpeakerKind::Nominal) || r.entity.is_some() {
            self.last_name = r.name.clone();
        }
        r
    }
}

fn make_quote(
    span: Span,
    kind: QuoteKind,
    attr: Option<&Attribution>,
    r: Option<Resolved>,
) -> Quote {
    Quote {
        span,
        kind,
        cue: attr.and_then(|a| a.cue_text.clone()),
        speaker: r.as_ref().and_then(|r| r.name.clone()),
        speaker_entity: r.as_ref().and_then(|r| r.entity),
        speaker_span: r.map(|r| r.span),
    }
}

/// Words in title case ("Meet the Press", "The Art of the Deal"): a name, not a quotation.
fn is_title(s: &str) -> bool {
    let mut words = 0;
    for w in s.split_whitespace() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        let Some(c) = w.chars().next() else { continue };
        if matches!(
            w,
            "a" | "an"
                | "the"
                | "of"
                | "to"
                | "in"
                | "on"
                | "for"
                | "and"
                | "or"
                | "at"
                | "by"
                | "with"
                | "from"
        ) {
            continue;
        }
        if !c.is_uppercase() {
            return false;
        }
        words += 1;
    }
    (1..=8).contains(&words)
}

/// The first token after the previous quotation's closing mark (leading search stops there).
fn prev_close_tok(ctx: &Ctx, q: &marks::Quoted, all: &[marks::Quoted]) -> usize {
    let k = all.partition_point(|x| x.open.start < q.open.start);
    if k == 0 {
        return 0;
    }
    let p = &all[k - 1];
    let end = p.close.map_or(p.inner.end, |c| c.end);
    ctx.toks.partition_point(|t| t.start < end)
}

fn is_dash(w: &str) -> bool {
    matches!(w, "—" | "–" | "-" | "--" | "―")
}

/// "…,” he said" / "…,” said the minister" / "…,” X told AFP" / "…” — X said".
fn trailing_attr(
    ctx: &Ctx,
    after: usize,
    para_end: usize,
    open_ended: bool,
) -> Option<Attribution> {
    let n = ctx.toks.len();
    let mut k = after;
    let mut skipped = 0;
    let mut dash = false;
    while k < n && skipped < 2 && (ctx.word(k) == "," || is_dash(ctx.word(k))) {
        dash |= is_dash(ctx.word(k));
        k += 1;
        skipped += 1;
    }
    if k >= n || ctx.toks[k].start >= para_end {
        return None;
    }
    // "…,” as she put it on Monday.", "…,” as Lee said.": the attribution after "as".
    if ctx.word(k) == "as" && k + 2 < n && ctx.toks[k + 1].start < para_end {
        k += 1;
    }
    if dash && ctx.is_cap(k) {
        // "“…” — Maria Lund": a signature after a dash, alone to the end of its line.
        let mut e = k;
        while e + 1 < n && ctx.toks[e + 1].start < para_end && !ctx.is_stop(e + 1) && e - k < 6 {
            e += 1;
        }
        let line_ends = e + 1 >= n
            || ctx.toks[e + 1].start >= para_end
            || ctx.is_stop(e + 1) && (e + 2 >= n || ctx.toks[e + 2].start >= para_end);
        if line_ends && (k..=e).all(|t| ctx.is_cap(t) || matches!(ctx.word(t), "." | "'s" | "’s"))
        {
            let sp = ctx.right_subject(k, e + 1);
            if sp.is_some() {
                return Some(Attribution {
                    cue_text: Some(ctx.word(k - 1).to_string()),
                    speaker: sp,
                });
            }
        }
    }
    let limit = (k + 30).min(n);
    let in_para = |i: usize| ctx.toks[i].start < para_end;
    // A cue that introduces the next quotation is not this one's, unless this one ends on a
    // comma and the two are the parts of one interrupted quotation.
    let introduces = |c: &Cue| {
        let w = ctx.word(c.end);
        w == ":" || (w == "," && ctx.is_quote_mark(c.end + 1) && !open_ended)
    };
    // Inverted: "said the minister", "according to X", "reads the notice".
    let reads = (matches!(ctx.word(k), "read" | "reads")
        && lexicon::is_determiner(ctx.word(k + 1)))
    .then_some(Cue {
        start: k,
        end: k + 1,
        info: lexicon::CueInfo {
            lemma: "read",
            class: CueClass::Speech,
            participle: false,
            takes_object: false,
            adjective: false,
        },
    });
    // "…,” advises Ann Lee, a psychologist.": any present or past verb between a quotation
    // that closes on a comma and a name running to the end of the sentence is its cue.
    let inverted_verb = || {
        let w = ctx.word(k);
        let verb_like = w.len() > 3
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && (w.ends_with("ed") || (w.ends_with('s') && !w.ends_with("ss")))
            && !ctx.has(k, lexicon::bit::IS_NP_BOUNDARY)
            && !ctx.in_quote[k];
        (verb_like && open_ended)
            .then(|| ctx.right_subject(k + 1, limit))
            .flatten()
            .filter(|p| {
                p.kind == SpeakerKind::Name
                    && ctx.toks[p.head].start < para_end
                    && (ctx.is_stop(p.head + 1) || ctx.word(p.head + 1) == ",")
            })
    };
    if ctx.cue_at(k).is_none() && reads.is_none() {
        if let Some(sp) = inverted_verb() {
            return Some(Attribution {
                cue_text: Some(ctx.word(k).to_string()),
                speaker: Some(sp),
            });
        }
    }
    if let Some(c) = ctx.cue_at(k).or(reads) {
        if c.info.class == CueClass::Speech && !c.info.participle && !introduces(&c) {
            let sp = ctx
                .right_subject(c.end, limit)
                .filter(|p| ctx.toks[p.head].start < para_end);
            if sp.is_some() {
                return Some(Attribution {
                    cue_text: Some(ctx.cue_text(&c)),
                    speaker: sp,
                });
            }
        }
        return None;
    }
    // Subject first: the cue must follow a subject phrase that starts right here.
    let mut i = k;
    while i < limit && in_para(i) {
        // "…,” Sen. Ann Lee (D-Ore.) said": a parenthesis inside the subject.
        if ctx.word(i) == "(" && i > k {
            if let Some(j) = (i + 1..(i + 8).min(limit)).find(|&j| ctx.word(j) == ")") {
                i = j + 1;
                continue;
            }
        }
        if ctx.is_stop(i) || ctx.is_quote_mark(i) {
            return None;
        }
        let cue = ctx.cue_at(i).or_else(|| {
            // Any past-tense verb right after the subject: "…,” Oliver barked.; and what a
            // text says of itself: "…,” the statement reads.
            let w = ctx.word(i);
            let closes = ctx.is_stop(i + 1) || matches!(ctx.word(i + 1), "," | "—") || i + 1 >= n;
            // A form more often a noun is a verb here too, also before a phrase of place or
            // time: "…,” a voice-over in the ad states.", "…,” the officials state in a memo.
            // Not a noun after "of" or a determiner ("the secretary of state."); a bare form
            // after a plural ("the officials state").
            let prev = ctx.word(i - 1);
            let noun_form = i > k
                && lexicon::noun_form_cue(w).is_some_and(|c| c.class == CueClass::Speech)
                && (closes || lexicon::is_pp_start(ctx.word(i + 1)))
                && !(prev == "of" || lexicon::is_determiner(prev) || lexicon::is_pp_start(prev))
                && (w.ends_with('s') || prev.ends_with('s'));
            (i > k
                && ((w.len() > 3 && w.ends_with("ed")) || matches!(w, "read" | "reads"))
                && w.starts_with(|c: char| c.is_ascii_lowercase())
                && !ctx.in_quote[i]
                && closes
                || i > k && noun_form && !ctx.in_quote[i])
                .then_some(Cue {
                    start: i,
                    end: i + 1,
                    info: lexicon::CueInfo {
                        lemma: "",
                        class: CueClass::Speech,
                        participle: false,
                        takes_object: false,
                        adjective: false,
                    },
                })
        });
        if let Some(c) = cue {
            if c.info.class != CueClass::Speech
                || c.info.participle
                || c.info.lemma == "according to"
            {
                i = c.end;
                continue;
            }
            if introduces(&c) {
                return None;
            }
            let mut sp = ctx.left_subject(c.start, k)?;
            if sp.first_tok != k {
                // "…,” a spokesman in the capital said": the phrase before a prepositional
                // phrase is the subject.
                let (s0, e0) = ctx.np_starting_at(k, c.start)?;
                // "…,” another friend, Mary Lee told CNN": a name after its description.
                if sp.kind == SpeakerKind::Name
                    && e0 + 2 == sp.first_tok
                    && ctx.word(e0 + 1) == ","
                    && !ctx.is_cap(k)
                {
                    return Some(Attribution {
                        cue_text: Some(ctx.cue_text(&c)),
                        speaker: Some(sp),
                    });
                }
                let prep = matches!(ctx.word(e0 + 1), "in" | "on" | "at" | "from" | "for" | "of");
                // A short phrase with no verb in it ("T-shirts appeared in front of …" is no
                // subject), and the cue closes the attribution (no quotation after it).
                let short = e0 - s0 < 4
                    && (s0..=e0).all(|t| {
                        let w = ctx.word(t);
                        ctx.is_cap(t) || !(w.ends_with("ed") || w.ends_with("ly"))
                    });
                if !(e0 + 2 == sp.first_tok && prep && short && !ctx.is_quote_mark(c.end)) {
                    return None;
                }
                sp = ctx.classify_phrase(s0, e0);
            }
            return Some(Attribution {
                cue_text: Some(ctx.cue_text(&c)),
                speaker: Some(sp),
            });
        }
        i += 1;
    }
    None
}

/// "X said: “…”", "X said that “…”", ", he said, “…”", "X asked the minister, “…”",
/// "X: “…”"; also a cue before a partial quotation in the same sentence.
fn leading_attr(ctx: &Ctx, before: usize, min: usize) -> Option<Attribution> {
    if before == 0 {
        return None;
    }
    let last = before - 1;
    // Colon introduction reaching into the previous sentence or paragraph.
    let min = if before <= min && ctx.word(last) == ":" {
        ctx.sent_range(last).0
    } else {
        min
    };
    if before <= min {
        return None;
    }
    let mut i = before;
    let mut found: Option<Cue> = None;
    let mut min = min;
    while i > min && before - i < 40 {
        i -= 1;
        if (ctx.is_quote_mark(i) && i != last) || (ctx.is_stop(i) && !ctx.in_quote[i]) {
            break;
        }
        // "The agency promised a rule, but Lee is sceptical: “…”": a clause of its own opens
        // before the colon; its subject introduces the quotation, not the verb before.
        if found.is_none()
            && ctx.word(last) == ":"
            && i + 2 < last
            && (ctx.word(i) == ";"
                || (i > min
                    && ctx.word(i - 1) == ","
                    && matches!(ctx.word(i), "but" | "while" | "although" | "though" | "yet")))
        {
            min = i + 1;
            break;
        }
        if let Some(c) = ctx.cue_at(i) {
            // The nearest cue, unless it is a stance verb with a speech verb just before it
            // ("said he wants “…”" keeps "said").
            if c.info.class == CueClass::Speech {
                if found.is_none_or(|f| f.start - c.end <= 3) {
                    found = Some(c);
                }
                break;
            }
            if found.is_some() {
                break;
            }
            found = Some(c);
        }
    }
    if let Some(c) = found {
        let left = if c.start > min {
            ctx.word(c.start - 1)
        } else {
            ""
        };
        let coordinated =
            c.info.participle && left == "," || matches!(left, "and" | "but" | "then");
        let mut sp = if coordinated {
            sentence_subject(ctx, min, c.start).or_else(|| clause_subject(ctx, min, c.start))
        } else {
            ctx.left_subject(c.start, min)
        };
        if sp.is_none() && c.info.lemma == "according to" {
            sp = ctx.right_subject(c.end, before);
        }
        // "X was asked by Y, “…”": the agent asks.
        if ctx.word(c.end) == "by"
            && c.start > min
            && matches!(
                ctx.word(c.start - 1),
                "was" | "were" | "is" | "are" | "been"
            )
        {
            if let Some(agent) = ctx.right_subject(c.end + 1, before) {
                sp = Some(agent);
            }
        }
        if sp.is_none()
            && (c.start == min || ctx.word(c.start - 1) == "," || ctx.is_quote_mark(c.start - 1))
        {
            sp = ctx.right_subject(c.end, before);
        }
        if sp.is_none() && c.info.participle {
            sp = sentence_subject(ctx, min, c.start).or_else(|| clause_subject(ctx, min, c.start));
        }
        // "X, noting that “…,” added: “…”": an apposition too long to walk; the sentence's
        // subject speaks.
        if sp.is_none() && left == "," && c.info.class == CueClass::Speech {
            sp = clause_subject(ctx, ctx.sent_range(c.start).0.max(min), c.start)
                .filter(|p| matches!(p.kind, SpeakerKind::Name | SpeakerKind::Pronoun));
        }
        return Some(Attribution {
            cue_text: Some(ctx.cue_text(&c)),
            speaker: sp,
        });
    }
    // "The email began, “…”": a verb, a comma and the quotation; its subject speaks.
    // So does "X shot back: “…”", "as X put it: “…”" (a particle after the verb).
    if matches!(ctx.word(last), "," | ":") && last > min + 1 {
        let particle = matches!(ctx.word(last - 1), "back" | "it" | "out" | "up") && last > min + 2;
        let vi = if particle { last - 2 } else { last - 1 };
        let v = ctx.word(vi);
        let verb = v.len() > 3
            && v.starts_with(|c: char| c.is_ascii_lowercase())
            && (v.ends_with("ed")
                || matches!(
                    v,
                    "began" | "wrote" | "went" | "put" | "read" | "shot" | "fired" | "struck"
                ));
        let verb = verb || (particle && matches!(v, "put" | "puts" | "shot" | "hit"));
        if verb && (min..last).all(|t| !ctx.is_stop(t)) {
            if let Some(sp) = ctx.left_subject(vi, min).filter(|p| {
                p.first_tok == ctx.sent_range(last).0.max(min)
                    || matches!(p.kind, SpeakerKind::Name | SpeakerKind::Pronoun)
            }) {
                return Some(Attribution {
                    cue_text: Some(
                        ctx.text[ctx.toks[vi].start..ctx.toks[last - 1].end].to_string(),
                    ),
                    speaker: Some(sp),
                });
            }
        }
    }
    if ctx.word(last) == ":" && last > min {
        let smin = min.max(ctx.sent_range(last).0);
        let sp = ctx
            .left_subject(last, smin)
            .filter(|p| {
                matches!(
                    p.kind,
                    SpeakerKind::Name | SpeakerKind::Pronoun | SpeakerKind::Nominal
                )
            })
            .or_else(|| {
                // (Not after a verb of happening and its particle: "The talks broke up: “…”".)
                (last - smin <= 12
                    && !matches!(ctx.word(last - 1), "up" | "down" | "off" | "apart" | "away"))
                .then(|| clause_subject(ctx, smin, last))
                .flatten()
            })?;
        {
            return Some(Attribution {
                cue_text: Some(":".to_string()),
                speaker: Some(sp),
            });
        }
    }
    None
}

/// The speaker reported in the sentence just before a quotation that has no attribution of
/// its own ("Valastro praised the governor. / “We need someone …”").
fn earlier_speaker(ctx: &Ctx, before: usize) -> Option<Attribution> {
    if before == 0 {
        return None;
    }
    let (s, _) = ctx.sent_range(before - 1);
    // "…, members could push to …, said Bart Lee, an analyst. “…”": an inverted speech cue
    // closing the sentence names the speaker, whatever cues its report holds.
    let closing = (s + 1..before).rev().take(40).find_map(|i| {
        let c = ctx.cue_at(i)?;
        let inverted = ctx.word(i - 1) == ","
            && c.info.class == CueClass::Speech
            && !c.info.participle
            && c.info.lemma != "according to";
        let sp = inverted
            .then(|| ctx.right_subject(c.end, before))
            .flatten()?;
        ctx.is_cap(sp.head).then(|| Attribution {
            cue_text: Some(ctx.cue_text(&c)),
            speaker: Some(sp),
        })
    });
    if closing.is_some() {
        return closing;
    }
    for i in s..before {
        if let Some(c) = ctx.cue_at(i) {
            if c.info.participle || c.info.lemma == "according to" {
                continue;
            }
            // "…, said Bart Lee, an analyst.": the speaker follows an inverted cue.
            let inverted =
                c.start > s && ctx.word(c.start - 1) == "," && c.info.class == CueClass::Speech;
            let sp = ctx
                .left_subject(c.start, s)
                .or_else(|| inverted.then(|| ctx.right_subject(c.end, before)).flatten());
            if let Some(sp) = sp {
                if sp.kind != SpeakerKind::Other || ctx.is_cap(sp.head) {
                    return Some(Attribution {
                        cue_text: Some(ctx.cue_text(&c)),
                        speaker: Some(sp),
                    });
                }
            }
        }
    }
    None
}

/// The first noun phrase of a clause, after an opening adverbial ("Here in Columbia, Sanders").
fn clause_subject(ctx: &Ctx, start: usize, end: usize) -> Option<Phrase> {
    let mut k = skip_dateline(ctx, start, end);
    while k < end && (ctx.is_quote_mark(k) || matches!(ctx.word(k), "(" | "—" | "-")) {
        k += 1;
    }
    // A conjunction opening the sentence ("And then Lee went on, saying …", "But Lee …") is
    // no opening phrase: the subject follows it.
    let mut c = k;
    while c + 1 < end
        && ctx.word(c + 1) != ","
        && ["and", "but", "so", "yet", "or", "then"]
            .iter()
            .any(|w| ctx.word(c).eq_ignore_ascii_case(w))
    {
        c += 1;
    }
    // Only before a subject: a name, a pronoun or a phrase not closed by a comma ("But a day
    // later, Lee …" opens with a time phrase).
    let subject_next = c > k
        && (ctx.is_cap(c)
            || lexicon::is_subject_pronoun(ctx.word(c))
            || ctx.np_starting_at(c, end).is_some_and(|(_, e)| {
                e + 1 < end
                    && (c..=e + 1)
                        .all(|t| !matches!(ctx.word(t), "," | "later" | "earlier" | "ago"))
            }));
    if subject_next {
        k = c;
    }
    // An opening participle phrase ("Asked about the plan, …", "Speaking in Ohio, …").
    let participle = {
        let w = ctx.word(k);
        ctx.is_cap(k) && w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing"))
    };
    // A time phrase before a comma ("Hours later, …", "A few minutes later, …", "Two years
    // ago, …") opens the sentence too.
    let time_phrase = (k + 1..end.min(k + 6))
        .find(|&t| ctx.word(t) == ",")
        .is_some_and(|f| matches!(ctx.word(f - 1), "later" | "ago" | "earlier" | "afterward"));
    let opener = k < end
        && (participle
            || time_phrase
            || lexicon::is_np_boundary(ctx.word(k))
            || lexicon::is_pp_start(ctx.word(k)));
    if opener {
        let c = (k..end).find(|&t| ctx.word(t) == ",")?;
        k = c + 1;
    }
    let (mut s, mut e) = ctx.np_starting_at(k, end)?;
    // "Speaking in Salem, Oregon, Lee went …": a place after the opening phrase's comma and
    // before another one is the second part of the phrase's place name.
    if opener
        && e + 2 < end
        && ctx.word(e + 1) == ","
        && ctx.is_cap(e + 2)
        && ctx.mention_label(e) == Some(crate::facts::Label::LOC)
    {
        if let Some((s2, e2)) = ctx.np_starting_at(e + 2, end) {
            if ctx.word(e2 + 1) != "," {
                (s, e) = (s2, e2);
            }
        }
    }
    let p = ctx.classify_phrase(s, e);
    (p.kind != SpeakerKind::Other || ctx.is_cap(s) || lexicon::is_determiner(ctx.word(s)))
        .then_some(p)
}

/// The token after a dateline ("CITY, State. —", "CITY (Agency) —") opening tokens `k..end`.
fn skip_dateline(ctx: &Ctx, k: usize, end: usize) -> usize {
    let w = ctx.word(k);
    let upper =
        w.chars().filter(|c| c.is_alphabetic()).count() >= 3 && !w.chars().any(char::is_lowercase);
    if !upper {
        return k;
    }
    for t in k + 1..end.min(k + 12) {
        let w = ctx.word(t);
        if is_dash(w) {
            return t + 1;
        }
        // ("SYDNEY, Feb 4 (Reuters) -": a date inside the dateline.)
        if !(ctx.is_cap(t)
            || matches!(w, "," | "." | "(" | ")")
            || (w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit())))
        {
            break;
        }
    }
    k
}

/// The subject of the last coordinated clause before token `end` ("…, but Wallace pressed him,
/// asking …"): a name or a pronoun after ", but", ", and", ", while", ", yet".
fn last_clause_subject(ctx: &Ctx, s: usize, end: usize) -> Option<Phrase> {
    let t = (s + 1..end).rev().take(40).find(|&t| {
        matches!(ctx.word(t), "but" | "and" | "while" | "yet")
            && ctx.word(t - 1) == ","
            && !ctx.in_quote[t]
    })?;
    clause_subject(ctx, t + 1, end)
        .filter(|p| matches!(p.kind, SpeakerKind::Name | SpeakerKind::Pronoun))
}

/// The speaker after the first inverted speech cue of tokens `start..end` ("“…,” said the
/// director, adding …").
fn inverted_subject(ctx: &Ctx, start: usize, end: usize) -> Option<Phrase> {
    (start + 1..end).find_map(|i| {
        let prev = ctx.word(i - 1);
        if prev != "," && !ctx.is_quote_mark(i - 1) {
            return None;
        }
        let c = ctx.cue_at(i)?;
        if c.info.participle || c.info.class != CueClass::Speech || c.info.lemma == "according to" {
            return None;
        }
        ctx.right_subject(c.end, end)
    })
}

/// The subject of the main clause of a sentence: the phrase before its first cue.
fn sentence_subject(ctx: &Ctx, start: usize, end: usize) -> Option<Phrase> {
    for i in start..end {
        if let Some(c) = ctx.cue_at(i) {
            if !c.info.participle {
                return ctx.left_subject(c.start, start);
            }
        }
    }
    None
}

fn quote_kind(
    ctx: &Ctx,
    q: &marks::Quoted,
    before: usize,
    after: usize,
    sent_start: usize,
) -> QuoteKind {
    if q.multi_paragraph {
        return QuoteKind::Direct;
    }
    let n = ctx.toks.len();
    let para_start = {
        let p = &ctx.doc.paragraphs;
        let k = p.partition_point(|s| s.end < q.open.start);
        p.get(k).is_some_and(|s| s.start == q.open.start)
    };
    let start_ok = para_start || before <= sent_start || before == 0 || {
        let w = ctx.word(before - 1);
        matches!(w, ":" | "," | "(" | "that" | "…" | "..." | "." | "!" | "?")
            || is_dash(w)
            || ctx.is_quote_mark(before - 1)
            || ctx
                .cue_at(before - 1)
                .is_some_and(|c| c.info.class == CueClass::Speech)
    };
    let inner = q.inner.slice(ctx.text);
    let end_ok = q.close.is_none()
        || inner.ends_with(['.', ',', '?', '!', ';', ':', '—', '…'])
        || after >= n
        || {
            let w = ctx.word(after);
            matches!(w, "." | "," | "?" | "!" | ";" | ":" | ")")
                || is_dash(w)
                || ctx.toks[after].start >= ctx.para_end(q.open.start)
        };
    if start_ok && end_ok {
        QuoteKind::Direct
    } else {
        QuoteKind::Partial
    }
}

/// Indirect speech of one sentence (tokens `s..e`).
#[allow(clippy::too_many_arguments)]
fn indirect_in_sentence(
    ctx: &Ctx,
    s: usize,
    e: usize,
    direct: &[Span],
    state: &mut State,
    new_mentions: &mut Vec<Mention>,
    out: &mut Vec<Quote>,
) {
    // Content ends before the final punctuation.
    let mut end = e;
    while end > s
        && (ctx.is_stop(end - 1)
            || ctx.is_quote_mark(end - 1)
            || matches!(ctx.word(end - 1), ")" | "," | ":"))
        && !ctx.in_quote[end - 1]
    {
        end -= 1;
    }
    if let Some(q) = colon_report(ctx, s, end, direct, state, new_mentions) {
        out.push(q);
        return;
    }
    let mut i = s;
    let mut sentence_speaker: Option<Phrase> = None;
    // The sender of a statement whose words a participle reports next ("released a statement
    // saying …").
    let mut vehicle_sender: Option<Phrase> = None;
    // (cue token, index in `out`) of the reports of this sentence not yet dropped, in order.
    let mut live: Vec<(usize, usize)> = Vec::new();
    let mut reported = false;
    // Cues before this token lie inside a report already made.
    let mut skip_until = 0;
    // "When asked about …": the question is reported.
    let asked = (s..end.min(s + 40)).find_map(|i| ctx.asked_at(i, s, end));
    let base = out.len();
    let mut dropped: Vec<usize> = Vec::new();
    while i < end {
        if i >= skip_until && ctx.word(i) == "known" {
            if let Some((parts, cue_end, ce)) = known_as(ctx, i, s, end, direct) {
                let cue = ctx.text[ctx.toks[i].start..ctx.toks[cue_end - 1].end].to_string();
                for part in parts.into_iter().flatten() {
                    out.push(Quote {
                        span: part,
                        kind: QuoteKind::Indirect,
                        cue: Some(cue.clone()),
                        speaker: None,
                        speaker_entity: None,
                        speaker_span: None,
                    });
                }
                reported = true;
                skip_until = ce;
                i = ce;
                continue;
            }
        }
        let Some(c) = ctx.cue_at(i) else {
            i += 1;
            continue;
        };
        i = c.end;
        if c.start < skip_until {
            continue;
        }
        // Cues inside the question of "Asked whether …, X said" belong to the question.
        if asked.is_some_and(|(_, (qs, qe), _)| (qs..qe).contains(&c.start)) {
            continue;
        }
        let passive = c.start > s
            && matches!(
                ctx.word(c.start - 1),
                "is" | "are" | "was" | "were" | "widely"
            )
            && matches!(
                c.info.lemma,
                "expect" | "believe" | "think" | "report" | "say" | "allege" | "rumor"
            );
        // "X was described as …", "which was celebrated for …", "is called X": a judgment in
        // the passive without its agent.
        let judged = !c.info.participle
            && c.info.class == CueClass::Stance
            && ctx.word(c.start).ends_with("ed")
            && (matches!(ctx.word(c.end), "as" | "for")
                || (matches!(c.info.lemma, "call" | "dub" | "label" | "term" | "brand")
                    && !ctx.has(c.end, lexicon::bit::IS_NP_BOUNDARY)));
        if (passive && ctx.word(c.end) == "to") || judged {
            if let Some(two) = passive_to(ctx, &c, s, end, direct) {
                // "X is expected to win": the subject and the infinitive are the two parts of
                // one report with no source.
                for part in two {
                    out.push(Quote {
                        span: part,
                        kind: QuoteKind::Indirect,
                        cue: Some(ctx.cue_text(&c)),
                        speaker: None,
                        speaker_entity: None,
                        speaker_span: None,
                    });
                }
                reported = true;
                let e = two[1].end;
                skip_until = ctx.toks.partition_point(|t| t.start < e);
                continue;
            }
        }
        let found = if let Some(f) = as_reported(ctx, &c, s, end) {
            Some(f)
        } else if let Some(f) = passive_by(ctx, &c, s, end) {
            Some(f)
        } else if passive {
            (end > s + 3).then_some(((skip_leading(ctx, s, end), end), None))
        } else if c.info.lemma == "according to" {
            according(ctx, &c, s, end)
        } else {
            clause(ctx, &c, s, end, sentence_speaker)
        };
        let Some((content, mut speaker)) = found else {
            continue;
        };
        // "Davis added 24 points and 14 rebounds": a figure straight after "added" is what was
        // added, not what was said.
        // So is a quantity ("Healthcare and government added the most jobs", "added more
        // positions", "added about 300 workers"), not what was said.
        if c.info.lemma == "add"
            && (ctx
                .word(content.0)
                .starts_with(|c: char| c.is_ascii_digit())
                || (matches!(
                    ctx.word(content.0),
                    "more" | "fewer" | "most" | "about" | "nearly" | "almost" | "another" | "over"
                ) || (ctx.word(content.0) == "the"
                    && matches!(ctx.word(content.0 + 1), "most" | "fewest")))
                    // (A clause after: "added more talks would follow".)
                    && !(content.0..content.1).any(|k| {
                        let w = ctx.word(k);
                        w == "that" || lexicon::is_auxiliary(w)
                    }))
        {
            continue;
        }
        // The participle after a vehicle object reports for the vehicle's sender ("X released
        // a statement saying …": X).
        let relative_subject =
            speaker.is_some_and(|p| matches!(ctx.word(p.head), "that" | "which"));
        if c.info.participle || relative_subject {
            if let Some(v) = vehicle_sender.take().filter(|_| speaker.is_some()) {
                speaker = Some(v);
            }
        } else {
            vehicle_sender = None;
        }
        if speaker.is_some() && !c.info.participle {
            sentence_speaker = speaker;
        }
        let (ca, cb) = content;
        // "released a statement saying …", "issued a letter that says …", "released the
        // following statement:": the object is the vehicle of the report the next cue (or the
        // quotation after the colon) makes; it is no report of its own.
        if !c.info.participle && ca >= c.end && vehicle_object(ctx, ca, cb, end) {
            vehicle_sender = speaker;
            continue;
        }
        // "X said: “…,” adding that …": content that opens on a direct quotation is that
        // quotation's; the cues after it report on their own.
        let open = ctx.toks[ca].start;
        let d0 = direct.partition_point(|d| d.start < open);
        if direct
            .get(d0)
            .is_some_and(|d| d.start <= open + 4 && d.end < ctx.toks[cb - 1].end)
        {
            continue;
        }
        // "“…,” X told reporters outside the terminal": a cue that attributes the direct
        // quotation just before it reports nothing more after its object, unless a that-clause
        // follows (", referring to …" after a comma is a report of its own).
        let head = speaker.map_or(c.start, |p| p.first_tok.min(c.start));
        if !c.info.participle
            && ctx.word(c.end) != ","
            && ctx.word(ca) != "that"
            && closes_direct(ctx, s, head, direct)
        {
            continue;
        }
        // One attribution per stretch of text (PolNeAR is univocal): a cue inside this content
        // is part of what is reported ("X said he hopes …"), not a second attribution.
        // Reports made earlier from cues inside this content (", X said" closing it) go;
        // `live` is in text order, so they are at its end (each is dropped once: linear).
        // A closing "…, according to X" keeps the report it wraps ("Y said on Tuesday it
        // would cut jobs, according to a filing": Y said it; the filing is where).
        let wraps = c.info.lemma == "according to" && c.start >= cb;
        while let Some(&(ct, oi)) = live.last() {
            if (ca..cb).contains(&ct) && !wraps {
                dropped.push(oi);
                live.pop();
            } else {
                break;
            }
        }
        if ca > c.start {
            // Cues inside the content ahead ("said he hopes …") are part of it.
            skip_until = skip_until.max(cb);
        } else if let Some(p) = speaker.filter(|p| cb <= c.start && p.first_tok >= c.end) {
            // "…, said X, an expert who has published …": cues in the speaker's apposition
            // describe the speaker; they report nothing.
            if apposition_to_end(ctx, p.head + 1, end) {
                skip_until = skip_until.max(end);
            }
        }
        let content = Span::new(ctx.toks[ca].start, ctx.toks[cb - 1].end);
        if content.is_empty() {
            continue;
        }
        // `direct` is in text order and its spans do not overlap: only those from the first one
        // ending after the content's start can cover it (a binary search keeps this linear).
        let first = direct.partition_point(|d| d.end <= content.start);
        let covered: usize = direct[first..]
            .iter()
            .take_while(|d| d.start < content.end)
            .map(|d| {
                d.end
                    .min(content.end)
                    .saturating_sub(d.start.max(content.start))
            })
            .sum();
        if covered * 2 >= content.len() {
            continue;
        }
        let attr = Attribution {
            cue_text: Some(ctx.cue_text(&c)),
            speaker,
        };
        let resolved = speaker.map(|p| state.resolve(ctx, &p, new_mentions));
        // "The law, he said, must change.": an attribution set off by commas inside the
        // reported sentence; the words before it are the first part of the same report.
        // ("Fraudsters, he said in the video, don't last long": a short phrase may follow the
        // cue.)
        let after_cue = ca == c.end + 1
            || (ca > c.end + 1
                && ca - c.end <= 8
                && is_time_or_pp(ctx, c.end)
                && (c.end..ca - 1).all(|t| ctx.word(t) != ","));
        let lead = speaker.filter(|p| {
            c.info.class == CueClass::Speech
                && after_cue
                && ctx.word(ca - 1) == ","
                && p.first_tok > s + 1
                && ctx.word(p.first_tok - 1) == ","
        });
        if let Some(p) = lead {
            let ls = skip_leading(ctx, s, p.first_tok - 1);
            if p.first_tok - 1 > ls {
                let part = Span::new(ctx.toks[ls].start, ctx.toks[p.first_tok - 2].end);
                let first = direct.partition_point(|d| d.end <= part.start);
                let in_direct = direct[first..]
                    .iter()
                    .take_while(|d| d.start < part.end)
                    .any(|d| d.overlaps(&part));
                if !in_direct {
                    out.push(make_quote(
                        part,
                        QuoteKind::Indirect,
                        Some(&attr),
                        resolved.clone(),
                    ));
                }
            }
        }
        // "a rule which critics said was unfair": the relative pronoun is the subject of the
        // report, its first part.
        let relative = speaker.and_then(|p| {
            let r = p.first_tok.checked_sub(1)?;
            let w = ctx.word(ca);
            let verb_first = w.starts_with(|ch: char| ch.is_ascii_lowercase())
                && !ctx.has(ca, lexicon::bit::IS_DETERMINER)
                && !lexicon::is_subject_pronoun(w)
                && !matches!(w, "that" | "to" | "if" | "whether");
            // ("say that Lee …", "was that Lee …": "that" after a verb opens a clause.)
            let complementizer = ctx.word(r) == "that"
                && r > s
                && (ctx.cue_info[r - 1].is_some()
                    || matches!(
                        ctx.word(r - 1),
                        "is" | "was" | "are" | "were" | "be" | "been"
                    ));
            (r > s
                && ca == c.end
                && p.first_tok < c.start
                && verb_first
                && !complementizer
                && matches!(ctx.word(r), "which" | "who" | "that" | "whom"))
            .then(|| ctx.toks[r])
        });
        live.push((c.start, out.len()));
        reported = true;
        out.push(make_quote(
            content,
            QuoteKind::Indirect,
            Some(&attr),
            resolved.clone(),
        ));
        if let Some(r) = relative {
            live.push((c.start, out.len()));
            out.push(make_quote(r, QuoteKind::Indirect, Some(&attr), resolved));
        }
    }
    if !dropped.is_empty() {
        // Remove them touching only this sentence's reports.
        dropped.sort_unstable();
        let tail: Vec<Quote> = out.drain(base..).collect();
        let mut d = dropped.iter().peekable();
        for (k, q) in tail.into_iter().enumerate() {
            if d.peek() == Some(&&(base + k)) {
                d.next();
            } else {
                out.push(q);
            }
        }
    }
    // "When asked about …": the question is reported.
    if let Some(a) = asked {
        let (cue, (cs, ce), asker) = a;
        let content = Span::new(ctx.toks[cs].start, ctx.toks[ce - 1].end);
        let first = direct.partition_point(|d| d.end <= content.start);
        let in_direct = direct[first..]
            .iter()
            .take_while(|d| d.start < content.end)
            .any(|d| d.overlaps(&content));
        if !in_direct && out[base..].iter().all(|q| !q.span.overlaps(&content)) {
            let attr = Attribution {
                cue_text: Some(ctx.word(cue).to_string()),
                speaker: asker,
            };
            let resolved = asker.map(|p| state.resolve(ctx, &p, new_mentions));
            out.push(make_quote(
                content,
                QuoteKind::Indirect,
                Some(&attr),
                resolved,
            ));
            reported = true;
        }
    }
    // Nominal cues outside the reports made so far: "his claim that …", "her support for …".
    // Those reports sorted by start with the furthest end so far: an overlap test is a binary
    // search (nominal reports do not overlap one another: the scan jumps past each).
    let mut made: Vec<(usize, usize)> = out[base..]
        .iter()
        .map(|q| (q.span.start, q.span.end))
        .collect();
    made.sort_unstable();
    let mut reach = 0;
    for m in &mut made {
        reach = reach.max(m.1);
        m.1 = reach;
    }
    let overlaps_made = |sp: Span| {
        let k = made.partition_point(|m| m.0 < sp.end);
        k > 0 && made[k - 1].1 > sp.start
    };
    let mut n = s;
    while n < end {
        let Some(nom) = ctx.nominal_at(n, s, end) else {
            n += 1;
            continue;
        };
        let content = Span::new(
            ctx.toks[nom.content.0].start,
            ctx.toks[nom.content.1 - 1].end,
        );
        let taken = overlaps_made(content) || overlaps_made(ctx.toks[n]);
        let first = direct.partition_point(|d| d.end <= content.start);
        let in_direct = direct[first..]
            .iter()
            .take_while(|d| d.start < content.end)
            .any(|d| d.overlaps(&content));
        if !taken && !in_direct {
            let cue = Span::new(ctx.toks[nom.cue.0].start, ctx.toks[nom.cue.1 - 1].end);
            let attr = Attribution {
                cue_text: Some(cue.slice(ctx.text).to_string()),
                speaker: Some(nom.speaker),
            };
            let resolved = state.resolve(ctx, &nom.speaker, new_mentions);
            out.push(make_quote(
                content,
                QuoteKind::Indirect,
                Some(&attr),
                Some(resolved),
            ));
            reported = true;
        }
        n = nom.content.1.max(n + 1);
    }
    // An impression beside the reports of the sentence ("Officials said X, but voters seemed
    // unmoved"): kept when it overlaps none of them.
    if let Some(q) = evidential(ctx, s, end, direct) {
        let hull = Span::new(q[0].span.start, q[q.len() - 1].span.end);
        if !reported || out[base..].iter().all(|r| !r.span.overlaps(&hull)) {
            out.extend(q);
        }
    }
    // Hearsay without a source ("The firm has reportedly cut 300 jobs"), likewise.
    if let Some(q) = hearsay(ctx, s, end, direct) {
        let hull = Span::new(q[0].span.start, q[q.len() - 1].span.end);
        if out[base..].iter().all(|r| !r.span.overlaps(&hull)) {
            out.extend(q);
        }
    }
    // A finding framed by its poll ("In the latest Gallup poll, Lee leads by 3 points"), likewise.
    if let Some((content, phrase, cue)) = poll_frame(ctx, s, end, direct) {
        if out[base..].iter().all(|r| !r.span.overlaps(&content)) {
            let attr = Attribution {
                cue_text: Some(ctx.word(cue).to_string()),
                speaker: Some(phrase),
            };
            let resolved = state.resolve(ctx, &phrase, new_mentions);
            out.push(make_quote(
                content,
                QuoteKind::Indirect,
                Some(&attr),
                Some(resolved),
            ));
        }
    }
}

/// "In the latest Gallup poll, Lee leads by 3 points.", "In a survey conducted in May, …": a
/// sentence opening on the poll that found what its main clause says. The main clause (to its
/// first break), the poll as the source, and the cue token ("In").
fn poll_frame(ctx: &Ctx, s: usize, end: usize, direct: &[Span]) -> Option<(Span, Phrase, usize)> {
    let i = skip_leading(ctx, s, end);
    if !ctx.word(i).eq_ignore_ascii_case("in") {
        return None;
    }
    // The phrase runs to its comma (past a participle phrase set off after it: "…, conducted in
    // May,"), within 16 tokens.
    let lim = end.min(i + 16);
    let comma = (i + 2..lim)
        .take_while(|&t| !ctx.is_quote_mark(t) && !ctx.is_stop(t))
        .find(|&t| ctx.word(t) == ",")?;
    // The poll is the head of the phrase: near its end (or before a participle phrase: "In a
    // survey conducted in May,"), with no other preposition before it ("In the context of
    // election polls," and "In addition to trailing in polls," are no frames).
    let participle = |x: usize| {
        let w = ctx.word(x);
        w.len() > 4 && w.ends_with("ed") && w.starts_with(|c: char| c.is_ascii_lowercase())
    };
    let poll = (i + 2..comma).any(|t| {
        matches!(
            ctx.word(t).to_ascii_lowercase().as_str(),
            "poll" | "polls" | "survey" | "surveys"
        ) && (t + 3 >= comma || participle(t + 1))
            && (i + 1..t).all(|x| {
                let w = ctx.word(x);
                !lexicon::is_pp_start(w)
                    && !matches!(w, "of" | "to" | "by" | "in" | "for" | "where" | "than")
            })
    });
    if !poll {
        return None;
    }
    let mut cs = comma + 1;
    if participle(cs) {
        cs = (cs + 1..lim)
            .take_while(|&t| !ctx.is_quote_mark(t) && !ctx.is_stop(t))
            .find(|&t| ctx.word(t) == ",")?
            + 1;
    }
    let ce = plain_clause_end(ctx, cs, 2, end);
    if ce < cs + 3 {
        return None;
    }
    let content = Span::new(ctx.toks[cs].start, ctx.toks[ce - 1].end);
    if overlaps_direct(direct, content) {
        return None;
    }
    Some((content, ctx.classify_phrase(i + 1, cs - 2), i))
}

/// Does a direct quotation overlap `span`? (`direct` is in text order and its spans do not
/// overlap: a binary search finds the first that can.)
fn overlaps_direct(direct: &[Span], span: Span) -> bool {
    let first = direct.partition_point(|d| d.end <= span.start);
    direct[first..]
        .iter()
        .take_while(|d| d.start < span.end)
        .any(|d| d.overlaps(&span))
}

/// The parts of a report with no source, all with the cue `cue`.
fn sourceless(parts: Vec<Span>, cue: &str) -> Vec<Quote> {
    parts
        .into_iter()
        .map(|span| Quote {
            span,
            kind: QuoteKind::Indirect,
            cue: Some(cue.to_string()),
            speaker: None,
            speaker_entity: None,
            speaker_span: None,
        })
        .collect()
}

/// Where a plain clause starting at `from` ends (before `end`): at a semicolon, a dash, a
/// parenthesis, a colon or a quotation mark, or at a comma (past the first `min` tokens) before
/// an apposition, a second clause or a participle phrase.
fn plain_clause_end(ctx: &Ctx, from: usize, min: usize, end: usize) -> usize {
    let mut ce = from;
    while ce < end {
        let w = ctx.word(ce);
        if matches!(w, ";" | "—" | "–" | "--" | "(" | ":") || ctx.is_quote_mark(ce) {
            break;
        }
        if w == "," && ce > from + min {
            let n = ctx.word(ce + 1);
            let ing = n.len() > 4 && n.ends_with("ing") && n != "including";
            if matches!(n, "a" | "an" | "and" | "but" | "which" | "who" | "while") || ing {
                break;
            }
        }
        ce += 1;
    }
    ce
}

/// "The firm has reportedly cut 300 jobs.", "Reportedly, the talks failed.": a clause the writer
/// passes on from unnamed reports; the words of the clause before and after the adverb are the
/// two parts of the content and the adverb is the cue.
fn hearsay(ctx: &Ctx, s: usize, end: usize, direct: &[Span]) -> Option<Vec<Quote>> {
    // (Only the first 60 tokens are looked at: a sentence of many cues stays linear.)
    let t = (s..end.min(s + 60))
        .find(|&t| ctx.word(t).eq_ignore_ascii_case("reportedly") && !ctx.in_quote[t])?;
    let mut cs = skip_leading(ctx, s, t);
    if lexicon::is_pp_start(&ctx.word(cs).to_ascii_lowercase()) {
        // "In total, the hackers have reportedly …": an opening phrase up to its comma is the
        // writer's.
        if let Some(c) = (cs + 1..t).find(|&k| ctx.word(k) == ",") {
            cs = c + 1;
        }
    }
    if (cs..t).any(|k| ctx.in_quote[k] || ctx.is_quote_mark(k)) {
        return None;
    }
    // "Reportedly, …": the clause follows the adverb's comma.
    let mut after = t + 1;
    while after < end && ctx.word(after) == "," {
        after += 1;
    }
    let ce = plain_clause_end(ctx, after, 0, end);
    let mut parts = Vec::with_capacity(2);
    if cs < t {
        parts.push(Span::new(ctx.toks[cs].start, ctx.toks[t - 1].end));
    }
    if ce > after {
        parts.push(Span::new(ctx.toks[after].start, ctx.toks[ce - 1].end));
    }
    let hull = Span::new(parts.first()?.start, parts.last()?.end);
    if overlaps_direct(direct, hull) {
        return None;
    }
    Some(sourceless(parts, ctx.word(t)))
}

/// "The race appears closer in Ohio.", "Voters seemed unmoved, …": an impression the writer
/// reports without a source; the clause is the content.
/// Whether the attribution starting at token `head` follows a direct quotation in its sentence
/// (from `s`) with only commas and quotation marks between: "“…,” X said".
fn closes_direct(ctx: &Ctx, s: usize, head: usize, direct: &[Span]) -> bool {
    let mut k = head;
    while k > s && (ctx.word(k - 1) == "," || ctx.is_quote_mark(k - 1)) {
        k -= 1;
    }
    if k == head || k == s || head >= ctx.toks.len() {
        return false;
    }
    let (from, to) = (ctx.toks[k - 1].start, ctx.toks[head].start);
    // `direct` is in text order: the first span ending at or after `from` decides.
    let i = direct.partition_point(|d| d.end < from);
    direct.get(i).is_some_and(|d| d.end <= to)
}

fn evidential(ctx: &Ctx, s: usize, end: usize, direct: &[Span]) -> Option<Vec<Quote>> {
    let t = (s + 1..end).find(|&t| {
        matches!(
            ctx.word(t),
            "seem" | "seems" | "seemed" | "appear" | "appears" | "appeared"
        ) && !ctx.in_quote[t]
    })?;
    let next = ctx.word(t + 1);
    // "Voters seem to agree": the infinitive is the impression ("appeared to lose his temper").
    let infinitive = next == "to"
        && ctx
            .word(t + 2)
            .starts_with(|c: char| c.is_ascii_lowercase())
        && !ctx.has(t + 2, lexicon::bit::IS_DETERMINER);
    if t + 1 >= end
        || (lexicon::is_pp_start(next) && !infinitive)
        || matches!(
            next,
            "elsewhere" | "before" | "onstage" | "alongside" | "," | "."
        )
    {
        return None;
    }
    // The clause starts after an opening adverbial ("Beneath the noise, X seemed …").
    let mut cs = skip_leading(ctx, s, t);
    if let Some(c) = (cs..t).rev().find(|&k| ctx.word(k) == ",") {
        cs = c + 1;
    }
    if cs >= t || (cs..t).any(|k| ctx.in_quote[k]) {
        return None;
    }
    let mut ce = t + 1;
    while ce < end {
        let w = ctx.word(ce);
        if matches!(w, ";" | "—" | "–" | "--" | "(") {
            break;
        }
        if w == "," && ce > t + 2 {
            let n = ctx.word(ce + 1);
            let ing = n.len() > 4 && n.ends_with("ing");
            if matches!(n, "a" | "an" | "and" | "but" | "which" | "who") || ing {
                break;
            }
        }
        ce += 1;
    }
    let span = Span::new(ctx.toks[cs].start, ctx.toks[ce - 1].end);
    let first = direct.partition_point(|d| d.end <= span.start);
    if direct[first..]
        .iter()
        .take_while(|d| d.start < span.end)
        .any(|d| d.overlaps(&span))
    {
        return None;
    }
    // The subject and the complement are the two parts of the impression ("[The race] seems
    // [to be tightening]"); a dummy "it" is no part ("It appears that …").
    let mut parts = Vec::with_capacity(2);
    // The subject is the noun phrase before the verb, past adverbs and auxiliaries ("Lee
    // didn't seem …"); none when it is not found in the clause.
    if let Some(p) = ctx.left_subject(t, cs).filter(|p| {
        p.first_tok >= cs
            && !["it", "that", "which", "who"]
                .iter()
                .any(|w| ctx.word(p.head).eq_ignore_ascii_case(w))
    }) {
        parts.push(Span::new(ctx.toks[p.first_tok].start, ctx.toks[p.head].end));
    }
    if ce > t + 1 {
        parts.push(Span::new(ctx.toks[t + 1].start, ctx.toks[ce - 1].end));
    }
    if parts.is_empty() {
        return None;
    }
    Some(sourceless(parts, ctx.word(t)))
}

/// "Smith: Taxes must fall." — a short name (headline or transcript style) and a colon open
/// the sentence; the rest of it is what that speaker said.
fn colon_report(
    ctx: &Ctx,
    s: usize,
    end: usize,
    direct: &[Span],
    state: &mut State,
    new_mentions: &mut Vec<Mention>,
) -> Option<Quote> {
    let colon = (s + 1..(s + 7).min(end)).find(|&t| ctx.word(t) == ":")?;
    if end < colon + 4 || !ctx.is_cap(s) || ctx.in_quote[s] {
        return None;
    }
    // A quotation right after the colon is the statement itself, unless the writer's words
    // go on after it ("Smith: ‘No Idea’ If She Knew" is one report with a quoted fragment).
    if ctx.is_quote_mark(colon + 1) {
        let close = (colon + 2..end).find(|&t| ctx.is_quote_mark(t))?;
        if close + 3 > end {
            return None;
        }
    }
    // Labels, not speakers: "Note:", "Editor's note:", "Watch:", "Q:".
    const LABELS: &[&str] = &[
        "note",
        "update",
        "updated",
        "editor",
        "editors",
        "photo",
        "photos",
        "related",
        "read",
        "watch",
        "source",
        "sources",
        "correction",
        "video",
        "listen",
        "see",
        "q",
        "a",
        "question",
        "answer",
        "reporting",
        "disclosure",
        "follow",
        "contact",
        "breaking",
        "clarification",
        "image",
        "caption",
        "credit",
        "via",
        "also",
        "more",
        "tags",
        "topics",
        "subscribe",
        "warning",
        "sign",
        "click",
        "full",
        "transcript",
        "advertisement",
        "exclusive",
        "email",
        "latest",
        "revealed",
        "bombshell",
        "contributing",
        "paid",
        "readers",
    ];
    if LABELS.iter().any(|l| ctx.word(s).eq_ignore_ascii_case(l)) {
        return None;
    }
    let name_like = (s..colon).all(|t| {
        let w = ctx.word(t);
        !ctx.in_quote[t]
            && ctx.cue_at(t).is_none()
            && (ctx.is_cap(t)
                || matches!(w, "'s" | "’s" | "'" | "’" | "." | "-" | "&")
                || (t > s && ctx.has(t, lexicon::bit::IS_DETERMINER)))
    });
    if !name_like {
        return None;
    }
    let content = Span::new(ctx.toks[colon + 1].start, ctx.toks[end - 1].end);
    let first = direct.partition_point(|d| d.end <= content.start);
    if direct[first..]
        .iter()
        .take_while(|d| d.start < content.end)
        .any(|d| d.overlaps(&content))
    {
        return None;
    }
    // A line of its own opened by a short capitalised source ("Poll: …", "WALLACE: …",
    // "Smith: …"): a headline or a transcript turn.
    let pos = ctx.toks[s].start;
    let paras = &ctx.doc.paragraphs;
    let line_start = paras
        .get(paras.partition_point(|p| p.start < pos))
        .is_some_and(|p| p.start == pos);
    // The source is a named entity of any kind, or a speaker's name in capitals (a transcript).
    let named = ctx
        .names
        .iter()
        .any(|m| m.span.start >= ctx.toks[s].start && m.span.end <= ctx.toks[colon - 1].end);
    let caps_name = colon == s + 1
        && ctx.word(s).len() >= 3
        && ctx.word(s).chars().all(|c| c.is_ascii_uppercase());
    // "Poll: Lee leads in Ohio", "Report: …": a headline giving its written source; "Sheriff:
    // Two held after chase", "Police: …": one giving its speaker by role.
    let source_noun = colon == s + 1
        && ([
            "poll", "polls", "report", "survey", "study", "analysis", "audit", "police",
        ]
        .iter()
        .any(|n| ctx.word(s).eq_ignore_ascii_case(n))
            || lexicon::is_role_head(&ctx.word(s).to_ascii_lowercase()));
    let short_source = line_start
        && colon - s <= 3
        && (s..colon).all(|t| ctx.is_cap(t))
        && (named || caps_name || source_noun);
    if end < colon + 6 {
        return None; // a section heading ("Smith: Win big"), not a statement
    }
    let sp = ctx.classify_phrase(s, colon - 1);
    // Only a person named in the article speaks this way; "Poll:", "The Latest:", "EXCLUSIVE:"
    // are headings.
    let person = ctx.names.iter().any(|m| {
        m.span.start >= ctx.toks[s].start
            && m.span.end <= ctx.toks[colon - 1].end
            && m.entity
                .and_then(|e| ctx.entities.get(e))
                .is_some_and(|e| e.label == crate::facts::Label::PER)
    });
    if !person && !short_source {
        return None;
    }
    let attr = Attribution {
        cue_text: Some(":".to_string()),
        speaker: Some(sp),
    };
    let resolved = state.resolve(ctx, &sp, new_mentions);
    Some(make_quote(
        content,
        QuoteKind::Indirect,
        Some(&attr),
        Some(resolved),
    ))
}

/// The colon of a speaker's name in capitals opening a transcript turn at token `s` ("WALLACE:",
/// "MS. LEE:"), before `e`.
fn caps_turn_colon(ctx: &Ctx, s: usize, e: usize) -> Option<usize> {
    let colon = (s + 1..(s + 4).min(e)).find(|&t| ctx.word(t) == ":")?;
    let caps = (s..colon).all(|t| {
        let w = ctx.word(t);
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && w.chars()
                .all(|c| c.is_uppercase() || matches!(c, '.' | '\'' | '-'))
    });
    (caps && !lexicon::is_determiner(ctx.word(s)) && colon + 1 < e).then_some(colon)
}

/// The turns of a transcript quoted over several paragraphs, each opened by a speaker's name in
/// capitals and a colon ("“WALLACE: Do you agree? ¶ “PENCE: Well, …”"): the words of each
/// turn (to the end of the last paragraph before the next turn) and its speaker. None unless
/// the quotation runs over paragraphs (or follows such a transcript: `after_turns`) and opens
/// on such a name.
fn quoted_turns(ctx: &Ctx, q: &marks::Quoted, after_turns: bool) -> Option<Vec<(Span, Phrase)>> {
    if !(q.multi_paragraph || after_turns) || q.single {
        return None;
    }
    let first = ctx.toks.partition_point(|t| t.start < q.inner.start);
    let stop = ctx.toks.partition_point(|t| t.start < q.inner.end);
    caps_turn_colon(ctx, first, stop)?;
    let paras = &ctx.doc.paragraphs;
    let mut k = paras.partition_point(|p| p.end <= q.inner.start);
    // The turn being read: (its name's first token, its colon, its last token so far).
    let mut open: Option<(usize, usize, usize)> = None;
    let mut turns = Vec::new();
    let close = |o: Option<(usize, usize, usize)>, turns: &mut Vec<(Span, Phrase)>| {
        if let Some((ns, colon, mut last)) = o {
            while last > colon + 1 && (ctx.is_stop(last - 1) || ctx.is_quote_mark(last - 1)) {
                last -= 1;
            }
            if last > colon + 1 {
                let span = Span::new(ctx.toks[colon + 1].start, ctx.toks[last - 1].end);
                turns.push((span, ctx.classify_phrase(ns, colon - 1)));
            }
        }
    };
    while let Some(p) = paras.get(k).filter(|p| p.start < q.inner.end) {
        let mut a = ctx
            .toks
            .partition_point(|t| t.start < p.start.max(q.inner.start));
        while a < stop && ctx.is_quote_mark(a) {
            a += 1;
        }
        let b = ctx
            .toks
            .partition_point(|t| t.start < p.end.min(q.inner.end));
        if a < b {
            if let Some(colon) = caps_turn_colon(ctx, a, b) {
                close(open.take(), &mut turns);
                open = Some((a, colon, b));
            } else if let Some(o) = open.as_mut() {
                o.2 = b;
            }
        }
        k += 1;
    }
    close(open, &mut turns);
    (!turns.is_empty()).then_some(turns)
}

/// "WALLACE: Let's start with the news. …": a transcript turn, a line opened by a speaker's
/// name in capitals and a colon, is that speaker's words to the end of its paragraph or to the
/// next speaker's turn in it ("… Thank you. MS. LEE: You are kind."), when no quotation lies
/// inside it. The content and the speaker.
fn transcript_turn(ctx: &Ctx, s: usize, e: usize, direct: &[Span]) -> Option<(Span, Phrase)> {
    let colon = caps_turn_colon(ctx, s, e)?;
    let pos = ctx.toks[s].start;
    let paras = &ctx.doc.paragraphs;
    let k = paras.partition_point(|p| p.start <= pos).checked_sub(1)?;
    let line_start = paras[k].start == pos;
    let para_end = paras[k].end;
    // The turn ends where the next one in the paragraph opens (each sentence is looked at once
    // here: the caller skips the sentences of a turn).
    let mut stop = ctx.toks.partition_point(|t| t.end <= para_end);
    let sents = &ctx.doc.sentences;
    let mut j = (ctx.tok_sent[s] as usize).saturating_add(1);
    while let Some(n) = sents.get(j) {
        if n.tokens.start >= stop {
            break;
        }
        if caps_turn_colon(ctx, n.tokens.start, n.tokens.end).is_some() {
            stop = n.tokens.start;
            break;
        }
        j += 1;
    }
    // The last token of the turn, before its closing punctuation.
    let mut last = stop;
    while last > colon + 1 && (ctx.is_stop(last - 1) || ctx.is_quote_mark(last - 1)) {
        last -= 1;
    }
    // One sentence on its own line is the ordinary colon report's; a turn is longer, or
    // follows other words in its paragraph.
    if (line_start && last <= e) || last <= colon + 1 {
        return None;
    }
    let content = Span::new(ctx.toks[colon + 1].start, ctx.toks[last - 1].end);
    let d = direct.partition_point(|x| x.end <= content.start);
    if direct.get(d).is_some_and(|x| x.start < content.end) {
        return None;
    }
    Some((content, ctx.classify_phrase(s, colon - 1)))
}

/// "As X reported, …" / "As reported by X, …" → (the main clause, X).
fn as_reported(
    ctx: &Ctx,
    c: &Cue,
    s: usize,
    end: usize,
) -> Option<((usize, usize), Option<Phrase>)> {
    let lead = skip_leading(ctx, s, end);
    if !ctx.word(lead).eq_ignore_ascii_case("as") || c.start <= lead || c.start - lead > 10 {
        return None;
    }
    let comma = (c.end..(c.end + 10).min(end)).find(|&t| ctx.word(t) == ",")?;
    if (lead..c.start).any(|t| ctx.word(t) == ",") || end < comma + 3 {
        return None;
    }
    // "As for the plan, …" is no report.
    if ctx.word(lead + 1).eq_ignore_ascii_case("for") {
        return None;
    }
    let sp = if ctx.word(c.end) == "by" {
        ctx.right_subject(c.end + 1, comma)
    } else {
        ctx.left_subject(c.start, lead + 1)
    };
    Some(((comma + 1, end), sp))
}

/// "The vote is expected to pass easily, …" → the subject and the infinitive clause (to its
/// first comma, dash, semicolon or bracket), as two spans.
fn passive_to(ctx: &Ctx, c: &Cue, s: usize, end: usize, direct: &[Span]) -> Option<[Span; 2]> {
    if c.start <= s + 1 {
        return None;
    }
    let mut aux = c.start - 1;
    // Adverbs before the participle ("widely expected", "also described").
    while aux > s
        && c.start - aux < 3
        && (ctx.word(aux).ends_with("ly") || matches!(ctx.word(aux), "also" | "now" | "often"))
    {
        aux -= 1;
    }
    if !matches!(
        ctx.word(aux),
        "is" | "are" | "was" | "were" | "be" | "been" | "being"
    ) {
        return None;
    }
    // "has been", "will be", "has long been": the auxiliaries before.
    while aux > s
        && (lexicon::is_modal(ctx.word(aux - 1))
            || matches!(ctx.word(aux - 1), "has" | "have" | "had" | "long" | "also"))
    {
        aux -= 1;
    }
    if aux <= s {
        return None;
    }
    // "which is expected to …": the relative pronoun stands for the subject.
    let (first_tok, head) = if matches!(ctx.word(aux - 1), "which" | "who" | "that") {
        (aux - 1, aux - 1)
    } else {
        let p = ctx.left_subject(aux, s)?;
        (p.first_tok, p.head)
    };
    if head + 1 != aux {
        return None;
    }
    let first = ctx.toks[first_tok].start;
    let ts = c.end;
    let mut te = ts + 1;
    while te < end
        && !matches!(ctx.word(te), "," | ";" | "—" | "–" | "--" | "-" | "(" | ":")
        && !ctx.is_quote_mark(te)
    {
        te += 1;
    }
    // An agent ("was described as X by Y") is left to the passive-agent rule.
    if te < ts + 2 || (ts..te).any(|t| ctx.word(t) == "by") {
        return None;
    }
    let subj = Span::new(first, ctx.toks[head].end);
    let inf = Span::new(ctx.toks[ts].start, ctx.toks[te - 1].end);
    let k = direct.partition_point(|d| d.end <= subj.start);
    if direct[k..]
        .iter()
        .take_while(|d| d.start < inf.end)
        .any(|d| d.overlaps(&subj) || d.overlaps(&inf))
    {
        return None;
    }
    Some([subj, inf])
}

/// "the contests known as Super Tuesday", "X is best known for Y", "the group, also known as
/// Z": a name or a reputation with no source. The parts (the thing named, when it is the
/// subject, and the name), the token after "as"/"for", and the token after the name.
fn known_as(
    ctx: &Ctx,
    i: usize,
    s: usize,
    end: usize,
    direct: &[Span],
) -> Option<([Option<Span>; 2], usize, usize)> {
    if ctx.in_quote[i] {
        return None;
    }
    // One word between: "known online as", "known here as".
    let mut j = i + 1;
    if j + 1 < end
        && !matches!(ctx.word(j), "as" | "for")
        && matches!(ctx.word(j + 1), "as" | "for")
        && ctx.word(j).bytes().all(|b| b.is_ascii_lowercase())
    {
        j += 1;
    }
    if j + 1 >= end || !matches!(ctx.word(j), "as" | "for") {
        return None;
    }
    let ts = j + 1;
    let mut te = ts;
    while te < end
        && te - ts < 15
        && !matches!(
            ctx.word(te),
            "," | ";" | "—" | "–" | "--" | "-" | "(" | ")" | ":"
        )
        && !ctx.is_stop(te)
        && !(ctx.in_quote[te] && !ctx.in_quote[ts] && ctx.is_quote_mark(te))
    {
        te += 1;
    }
    // A name runs on past the words looked at: not a short name or reputation.
    if te == ts || te - ts >= 15 {
        return None;
    }
    // The subject: before the adverbs and auxiliaries ("is perhaps best known",
    // "has long been known"), or the noun the participle hangs on ("the contests known as").
    let mut p = i;
    while p > s
        && (ctx.word(p - 1).ends_with("ly")
            || matches!(
                ctx.word(p - 1),
                "also" | "now" | "once" | "still" | "best" | "better" | "perhaps" | "long" | "not"
            ))
    {
        p -= 1;
    }
    let aux = p > s
        && matches!(
            ctx.word(p - 1),
            "is" | "are" | "was" | "were" | "be" | "been" | "being"
        );
    if aux {
        p -= 1;
        while p > s
            && (lexicon::is_modal(ctx.word(p - 1))
                || matches!(ctx.word(p - 1), "has" | "have" | "had" | "long" | "been"))
        {
            p -= 1;
        }
    }
    let subject = if p > s && ctx.word(p - 1) != "," {
        if matches!(ctx.word(p - 1), "who" | "which" | "that") {
            Some((p - 1, p - 1))
        } else {
            ctx.left_subject(p, s).map(|ph| (ph.first_tok, ph.head))
        }
    } else {
        None
    };
    // Without an auxiliary the participle must follow its noun directly, and the noun
    // phrase opens at its last determiner ("won the string of contests known as …").
    let subject = subject.filter(|&(_, h)| aux || h + 1 == p).map(|(f, h)| {
        if aux {
            (f, h)
        } else {
            let d = (f..h).rev().find(|&t| {
                ctx.has(t, lexicon::bit::IS_DETERMINER) && !matches!(ctx.word(t), "of" | "'s")
            });
            (d.unwrap_or(f), h)
        }
    });
    let parts = [
        subject.map(|(a, b)| Span::new(ctx.toks[a].start, ctx.toks[b].end)),
        Some(Span::new(ctx.toks[ts].start, ctx.toks[te - 1].end)),
    ];
    let lo = parts[0].unwrap_or(parts[1]?).start;
    let hi = ctx.toks[te - 1].end;
    let k = direct.partition_point(|d| d.end <= lo);
    // A direct quotation over the subject or the cue: its words, not a name.
    if direct[k..]
        .iter()
        .take_while(|d| d.start < hi)
        .any(|d| d.start < ctx.toks[ts].start)
    {
        return None;
    }
    Some((parts, ts, te))
}

/// "The plan was first reported by X." → (the subject, X).
fn passive_by(
    ctx: &Ctx,
    c: &Cue,
    s: usize,
    end: usize,
) -> Option<((usize, usize), Option<Phrase>)> {
    if c.info.participle {
        return None;
    }
    // "X was endorsed by Y", also with a short phrase between ("was endorsed the day before
    // by Y", "was confirmed as a passenger by Y").
    let by = (c.end..(c.end + 8).min(end))
        .take_while(|&t| ctx.word(t) != "," && !ctx.is_stop(t) && !ctx.is_quote_mark(t))
        .find(|&t| ctx.word(t) == "by")?;
    if by > c.end && !ctx.word(c.start).ends_with("ed") {
        return None;
    }
    let mut aux = c.start.checked_sub(1)?;
    while aux > s
        && c.start - aux < 4
        && (ctx.word(aux).ends_with("ly") || matches!(ctx.word(aux), "first" | "also"))
    {
        aux = aux.checked_sub(1)?;
    }
    if aux <= s || !matches!(ctx.word(aux), "is" | "are" | "was" | "were" | "been") {
        return None;
    }
    let mut subj_end = aux;
    while subj_end > s && matches!(ctx.word(subj_end - 1), "has" | "have" | "had") {
        subj_end -= 1;
    }
    let cs = skip_leading(ctx, s, subj_end);
    if subj_end <= cs || (cs..subj_end).any(|t| ctx.word(t) == ",") {
        return None;
    }
    let sp = ctx.right_subject(by + 1, end)?;
    Some(((cs, subj_end), Some(sp)))
}

/// "according to X, …" / "…, according to X" → (content tokens, speaker).
fn according(ctx: &Ctx, c: &Cue, s: usize, end: usize) -> Option<((usize, usize), Option<Phrase>)> {
    let sp = ctx.right_subject(c.end, end)?;
    // Skip the rest of the source phrase up to its comma.
    let mut k = sp.head + 1;
    while k < end && ctx.word(k) != "," && k - sp.head < 15 {
        k += 1;
    }
    let lead_start = skip_leading(ctx, s, c.start);
    // "In addition, according to X, …": a short opening adverbial before the cue.
    let opener = c.start > lead_start + 1
        && c.start - lead_start <= 4
        && ctx.word(c.start - 1) == ","
        && (lead_start..c.start - 1).all(|t| ctx.word(t) != "," && ctx.cue_at(t).is_none());
    if c.start <= lead_start || opener {
        // "According to X, …"
        let cs = (k + 1).min(end);
        return (end > cs + 1).then_some(((cs, end), Some(sp)));
    }
    let mut ce = c.start;
    while ce > s && (ctx.word(ce - 1) == "," || is_dash(ctx.word(ce - 1))) {
        ce -= 1;
    }
    // What follows the source's comma: a relative or a coordinated clause, an apposition or a
    // participle is no part of the report ("…, according to X, which monitors …").
    let after = ctx.word(k + 1);
    let tail_apart = k + 1 < end
        && (matches!(
            after.to_ascii_lowercase().as_str(),
            "which"
                | "who"
                | "whose"
                | "where"
                | "but"
                | "and"
                | "while"
                | "though"
                | "although"
                | "a"
                | "an"
                | "including"
                | "as"
        ) || (after.len() > 4
            && after.ends_with("ing")
            && after.starts_with(|c: char| c.is_ascii_lowercase())));
    // "…, according to the city's mayor, Jo Price.": the source's name set off after its
    // description ends the sentence; the person is the speaker.
    if let Some(named) = (k + 1 < end).then(|| ctx.name_to_end(k + 1, end)).flatten() {
        return (ce > lead_start + 1).then_some(((lead_start, ce), Some(named)));
    }
    if k + 1 < end && !tail_apart {
        // In the middle: the whole sentence is the content.
        return Some(((lead_start, end), Some(sp)));
    }
    (ce > lead_start + 1).then_some(((lead_start, ce), Some(sp)))
}

/// Skip an opening dateline ("CITY (Agency) —"), quotation mark or bracket before a clause.
fn skip_leading(ctx: &Ctx, s: usize, limit: usize) -> usize {
    let mut k = skip_dateline(ctx, s, limit);
    while k < limit && (ctx.is_quote_mark(k) || matches!(ctx.word(k), "(" | "—")) {
        k += 1;
    }
    k
}

fn is_time_or_pp(ctx: &Ctx, i: usize) -> bool {
    // "insist there were problems", "said there certainly was room": an expletive subject
    // opens the clause.
    let verb_at =
        |k: usize| lexicon::is_auxiliary(ctx.word(k)) || matches!(ctx.word(k), "’s" | "'s");
    let w = ctx.word(i);
    let expletive = matches!(w, "there" | "here")
        && (verb_at(i + 1) || (ctx.word(i + 1).ends_with("ly") && verb_at(i + 2)));
    // "said this week", "said last month", but "said this is wrong", "said this plan".
    let not_time = matches!(w, "this" | "last" | "early" | "late")
        && !(ctx.has(i + 1, lexicon::bit::IS_TIME_WORD) || speaker::is_month(ctx.word(i + 1)));
    lexicon::is_pp_start(w) && !expletive && !not_time
}

/// "X said (that) …", "X told reporters …", "…, X said." → (content tokens, speaker).
fn clause(
    ctx: &Ctx,
    c: &Cue,
    s: usize,
    end: usize,
    sentence_speaker: Option<Phrase>,
) -> Option<((usize, usize), Option<Phrase>)> {
    // "Talks are continuing, he said": a participle before a comma reports nothing.
    if c.info.participle && matches!(ctx.word(c.end), "," | "." | ";") {
        return None;
    }
    let prev_comma =
        c.start > s && (ctx.word(c.start - 1) == "," || ctx.is_quote_mark(c.start - 1));
    // "… and has said …": a second verb of the subject, past its auxiliaries.
    let mut b = c.start;
    while b > s
        && c.start - b < 3
        && (lexicon::is_modal(ctx.word(b - 1))
            || matches!(
                ctx.word(b - 1),
                "has" | "have" | "had" | "also" | "later" | "then" | "did" | "does" | "do"
            ))
    {
        b -= 1;
    }
    let coordinated = b > s && matches!(ctx.word(b - 1), "and" | "but" | "then");
    // "…, says Steve Smith, a campaign director.": an inverted cue whose subject runs to the
    // end of the sentence (a subject on the left would be a name inside the report).
    let closing_inverted = (prev_comma && !c.info.participle && c.info.class == CueClass::Speech)
        .then(|| ctx.right_subject(c.end, end))
        .flatten()
        .filter(|p| {
            ctx.is_cap(p.head)
                && (skip_np(ctx, p.head + 1, end) >= end || apposition_to_end(ctx, p.head + 1, end))
        });
    let mut speaker = if closing_inverted.is_some() || (c.info.participle && prev_comma) {
        None
    } else if coordinated {
        // "X, who came out and endorsed Y": the relative pronoun is the subject of both verbs.
        (s + 1..b - 1)
            .rev()
            .take(15)
            .take_while(|&r| !matches!(ctx.word(r), "," | ";") && !ctx.is_quote_mark(r))
            .find(|&r| matches!(ctx.word(r), "who" | "which"))
            // (the subject of its clause: a verb follows, not "which she was doing")
            .filter(|&r| {
                let n = ctx.word(r + 1);
                n.starts_with(|ch: char| ch.is_ascii_lowercase())
                    && !lexicon::is_subject_pronoun(n)
                    && !ctx.has(r + 1, lexicon::bit::IS_DETERMINER)
            })
            .map(|r| ctx.classify_phrase(r, r))
            .or(sentence_speaker)
            .or_else(|| sentence_subject(ctx, s, c.start))
            .or_else(|| clause_subject(ctx, s, c.start))
    } else {
        ctx.left_subject(c.start, s)
    };
    let mut inverted = false;
    if speaker.is_none() && prev_comma && !c.info.participle && c.info.class == CueClass::Speech {
        speaker = closing_inverted.or_else(|| ctx.right_subject(c.end, end));
        inverted = speaker.is_some();
    }
    // A participle whose subject is found elsewhere in the sentence ("…,” she said, adding …").
    let borrowed = speaker.is_none() && c.info.participle;
    if speaker.is_none() && c.info.participle {
        speaker = last_clause_subject(ctx, s, c.start)
            .or(sentence_speaker)
            .or_else(|| sentence_subject(ctx, s, c.start))
            .or_else(|| inverted_subject(ctx, s, c.start))
            .or_else(|| clause_subject(ctx, s, c.start));
        speaker?;
    }
    let sp = speaker?;
    // What follows the cue.
    let mut k = if inverted && apposition_to_end(ctx, sp.head + 1, end) {
        end
    } else if inverted {
        skip_np(ctx, sp.head + 1, end)
    } else {
        c.end
    };
    // Skip an object ("told reporters", "told The Associated Press", "asked the minister").
    let obj_start = k;
    if c.info.takes_object && !inverted && k < end {
        let w = ctx.word(k);
        if lexicon::is_object_word(w) {
            k += 1;
        } else if ctx.is_cap(k) && !lexicon::is_subject_pronoun(w) {
            while k < end && (ctx.is_cap(k) || matches!(ctx.word(k), "'s" | "’s" | "&")) {
                k += 1;
            }
        } else if lexicon::is_determiner(w) && k + 1 < end && !ctx.is_cap(k + 1) {
            // "told the newspaper", "asked the minister"; "told a regular news briefing": up
            // to an audience's noun a few lower-case words on.
            let audience = (k + 1..(k + 5).min(end))
                .take_while(|&t| ctx.word(t).bytes().all(|b| b.is_ascii_lowercase()))
                .find(|&t| {
                    matches!(
                        ctx.word(t),
                        "briefing"
                            | "conference"
                            | "reporters"
                            | "journalists"
                            | "crowd"
                            | "audience"
                            | "meeting"
                            | "rally"
                            | "panel"
                            | "hearing"
                            | "committee"
                            | "gathering"
                            | "forum"
                            | "summit"
                            | "session"
                    )
                });
            k = audience.map_or(k + 2, |t| t + 1);
            while k < end && ctx.is_cap(k) {
                k += 1;
            }
        } else if lexicon::is_determiner(w) && k + 1 < end {
            // "told a Senate panel", "asked the Fox News host to …": a name as modifier, then
            // the noun, when the clause goes on after it.
            let mut t = k + 1;
            while t < end && ctx.is_cap(t) {
                t += 1;
            }
            let n = ctx.word(t);
            let noun = t > k + 1
                && t < end
                && n.len() > 2
                && n.bytes().all(|b| b.is_ascii_lowercase())
                && ctx.cue_info[t].is_none()
                && !ctx.has(t, lexicon::bit::IS_NP_BOUNDARY);
            let after = ctx.word(t + 1);
            if noun
                && (t + 1 >= end
                    || ctx.has(t + 1, lexicon::bit::IS_TIME_WORD)
                    || matches!(after, "that" | "," | "to" | "in" | "on" | "at"))
            {
                k = t + 1;
            }
        }
    }
    // "asked the federal attorney in Washington whether …": the question is the content,
    // past its addressee and a phrase of place.
    if c.info.lemma == "ask" && !inverted {
        if let Some(x) = (k..end.min(k + 10))
            .take_while(|&x| {
                !ctx.is_stop(x)
                    && !ctx.is_quote_mark(x)
                    && ctx.word(x) != ","
                    && (x == k || ctx.cue_at(x).is_none())
            })
            .find(|&x| matches!(ctx.word(x), "whether" | "if" | "why" | "how"))
        {
            k = x;
        }
    }
    // "accused him of lying", "warned voters of a trap": the object is part of the content.
    if k > obj_start && k < end && matches!(ctx.word(k), "of" | "for") {
        k = obj_start;
    }
    // "said pleasantly into the phone", "wrote sarcastically on Twitter", "was released
    // shortly.": a manner adverb before a phrase of place or the end is no content.
    if k < end
        && ctx.word(k).len() > 4
        && ctx.word(k).ends_with("ly")
        && ctx.word(k).bytes().all(|b| b.is_ascii_lowercase())
        && (k + 1 >= end
            || ctx.is_stop(k + 1)
            || matches!(
                ctx.word(k + 1),
                "," | "in" | "on" | "at" | "into" | "from" | "with" | "to"
            ))
    {
        k += 1;
    }
    // Backward: "…, X said (on Tuesday)." / "…, said X."
    let subj_start = if inverted || borrowed {
        c.start
    } else {
        sp.first_tok
    };
    // "…, as police have said.": the clause before the comma is what was said.
    let as_before =
        subj_start > s + 1 && ctx.word(subj_start - 1) == "as" && ctx.word(subj_start - 2) == ",";
    let comma_before = subj_start > s
        && (matches!(ctx.word(subj_start - 1), "," | "—" | "–" | "--")
            || ctx.is_quote_mark(subj_start - 1)
            || as_before);
    // Only the next 11 tokens matter below: looking no further keeps a sentence of many
    // reports linear.
    let tail_lim = end.min(k + 11);
    let tail_end = (k..tail_lim)
        .find(|&t| ctx.is_stop(t) || ctx.is_quote_mark(t))
        .unwrap_or(tail_lim);
    let tail_break = (k..tail_end.min(k + 9))
        .find(|&t| matches!(ctx.word(t), "," | "—" | "–" | "--" | "-" | "("));
    // "…, Lee said, adding …": a participle after the cue is a report of its own.
    let tail_participle = ctx.word(k) == ","
        && ctx
            .cue_at(k + 1)
            .is_some_and(|c2| c2.info.participle || c2.info.lemma == "according to");
    // "pledged to bolster", "urged X to": an infinitive is the content; after "said to",
    // "explained to" it names the audience.
    let to_addressee = matches!(
        c.info.lemma,
        "say"
            | "explain"
            | "write"
            | "speak"
            | "talk"
            | "complain"
            | "announce"
            | "report"
            | "reply"
            | "respond"
            | "admit"
            | "confess"
            | "mention"
            | "tweet"
            | "post"
            | "add"
            | "state"
            | "note"
            | "declare"
            | "confirm"
            | "suggest"
            | "remark"
            | "comment"
            | "testify"
            | "reveal"
            | "whisper"
            | "shout"
            | "yell"
            | "tell"
            | "describe"
    );
    // "In the end, X agreed to lend …": after a verb that does not name its audience with
    // "to", "to" opens the infinitive that is the content, no phrase of place.
    let infinitive = !to_addressee
        && ctx.word(k) == "to"
        && ctx
            .word(k + 1)
            .starts_with(|ch: char| ch.is_ascii_lowercase())
        && !ctx.has(k + 1, lexicon::bit::IS_DETERMINER)
        && !ctx.has(k + 1, lexicon::bit::IS_OBJECT_WORD);
    // "X said “local forces” must lead": a quotation opening right after the cue goes on
    // with the report; "confided to her that …": a that-clause after a short phrase is the
    // report. Neither closes the sentence.
    let opens_quote = ctx.is_quote_mark(k) && ctx.in_quote.get(k + 1).copied().unwrap_or(false);
    let that_soon = (k..tail_break.unwrap_or(tail_end).min(k + 6)).any(|t| ctx.word(t) == "that");
    // "…, he said, in an interview.": a phrase of time or place set off after the cue, closing
    // the sentence.
    let comma_pp = ctx.word(k) == ","
        && k + 1 < end
        && is_time_or_pp(ctx, k + 1)
        && !matches!(
            ctx.word(k + 1),
            "for" | "with" | "than" | "like" | "without" | "despite" | "given" | "unlike" | "to"
        )
        && end - k <= 11
        && (k + 1..end)
            .all(|t| ctx.word(t) != "," && ctx.word(t) != "that" && !ctx.is_quote_mark(t));
    let tail_is_pp = !opens_quote
        && !that_soon
        && (k >= tail_end
            || tail_participle
            || comma_pp
            || ((is_time_or_pp(ctx, k) || ctx.word(k) == "of")
                && !infinitive
                && (tail_break.is_some()
                    || (tail_end - k <= 14 && !(k..tail_end).any(|t| ctx.word(t) == "that")))));
    // "…, records show." / "…, analysts believe.": a verb of belief or evidence closing the
    // sentence reports what comes before it too.
    // ("…, data showed last week.": a short time phrase may close it.)
    let time_tail = tail_end > k
        && tail_end - k <= 4
        && (k..tail_end).all(|t| {
            ctx.has(t, lexicon::bit::IS_TIME_WORD)
                || matches!(ctx.word(t), "last" | "this" | "on" | "earlier" | "late")
        })
        && (k..tail_end).any(|t| ctx.has(t, lexicon::bit::IS_TIME_WORD));
    let closing_stance =
        !inverted && (k >= tail_end || time_tail) && lexicon::takes_clause(c.info.lemma);
    if (comma_before || inverted)
        && !borrowed
        && tail_is_pp
        && (c.info.class == CueClass::Speech || closing_stance)
    {
        let mut ce = if as_before {
            subj_start - 1
        } else {
            subj_start
        };
        while ce > s && matches!(ctx.word(ce - 1), "," | "—" | "–") {
            ce -= 1;
        }
        let cs = skip_leading(ctx, s, ce);
        if ce > cs + 2 {
            return Some(((cs, ce), Some(sp)));
        }
        // "Fraudsters, he said in the video, don't last long": a short first part; the report
        // goes on after the phrase (its first part is added by the caller).
        let goes_on = comma_before
            && tail_break.is_some_and(|t| ctx.word(t) == "," && t + 2 < end)
            && ce > cs;
        if !goes_on {
            return None;
        }
    }
    // "“…,” he told the AP.": the attribution of a direct quotation reports nothing more.
    let after_quote = subj_start > s
        && (ctx.is_quote_mark(subj_start - 1)
            || (subj_start > s + 1
                && ctx.word(subj_start - 1) == ","
                && ctx.is_quote_mark(subj_start - 2)));
    // "“…,” she said, drawing cheers.": what follows the comma describes the saying.
    let adjunct = after_quote && ctx.word(k) == "," && ctx.cue_at(k + 1).is_none();
    if inverted || (after_quote && c.info.class == CueClass::Speech && (end - k <= 4 || adjunct)) {
        return None;
    }
    // Forward: skip a lone time word ("announced Sunday she …"), then time and place
    // phrases, then "that".
    while k < end
        && matches!(
            ctx.word(k).to_ascii_lowercase().as_str(),
            "monday"
                | "tuesday"
                | "wednesday"
                | "thursday"
                | "friday"
                | "saturday"
                | "sunday"
                | "today"
                | "yesterday"
                | "tonight"
                | "recently"
                | "again"
                | "also"
                | "repeatedly"
        )
    {
        k += 1;
    }
    // "announced on Friday the arrest of …": a weekday phrase before a noun-phrase object.
    if k + 2 < end
        && ctx.word(k) == "on"
        && ctx.has(k + 1, lexicon::bit::IS_TIME_WORD)
        && ctx.is_cap(k + 1)
        && ctx.has(k + 2, lexicon::bit::IS_DETERMINER)
    {
        k += 2;
    }
    let mut j = k;
    let mut saw_that = None;
    while j < end && j - k < 10 {
        let w = ctx.word(j);
        if w == "that" {
            saw_that = Some(j);
            break;
        }
        if ctx.is_stop(j) || ctx.is_quote_mark(j) || ctx.cue_at(j).is_some() {
            break;
        }
        j += 1;
    }
    // "said on the radio she would stay": no comma, but a clause opening on a subject
    // pronoun after the phrase.
    let pronoun_after = |k: usize| {
        (k + 1..(k + 7).min(end)).find(|&p| {
            matches!(
                ctx.word(p),
                "he" | "she" | "they" | "we" | "I" | "it" | "there" | "his" | "her" | "their"
            ) && !ctx.is_quote_mark(p - 1)
                && !matches!(
                    ctx.word(p - 1),
                    "to" | "for" | "with" | "by" | "of" | "about"
                )
                && (!lexicon::is_pp_start(ctx.word(p - 1))
                    || (ctx.has(p - 1, lexicon::bit::IS_TIME_WORD) && ctx.word(p - 1) != "on"))
                && (k..p).all(|q| !ctx.is_stop(q) && ctx.word(q) != "," && ctx.cue_at(q).is_none())
        })
    };
    // ("confided to her that …": "to" names the audience before a that-clause.)
    let stance_to = !to_addressee
        && ctx.word(k) == "to"
        && !(ctx.has(k + 1, lexicon::bit::IS_OBJECT_WORD) && ctx.word(k + 2) == "that");
    // "After Lee testified, the committee …": a cue closing a subordinate clause that opens
    // the sentence reports nothing; the main clause after its comma is the writer's.
    if ctx.word(k) == "," && saw_that.is_none() {
        let first = skip_leading(ctx, s, c.start);
        let opener = [
            "after", "when", "before", "once", "until", "since", "although", "though", "if",
            "because", "unless", "whenever",
        ]
        .iter()
        .any(|w| ctx.word(first).eq_ignore_ascii_case(w));
        if opener && (first + 1..c.start).all(|t| ctx.word(t) != "," && !ctx.is_quote_mark(t)) {
            return None;
        }
    }
    let pp_before = k < end && !stance_to && (is_time_or_pp(ctx, k) || ctx.word(k) == ",");
    let mut told_infinitive = false;
    if let Some(t) = saw_that {
        // "argued insistently that …", "said privately Monday that …".
        let adverbs = (k..t).all(|x| {
            let w = ctx.word(x);
            (w.ends_with("ly") && w.starts_with(|ch: char| ch.is_ascii_lowercase()))
                || ctx.has(x, lexicon::bit::IS_TIME_WORD)
                || matches!(w, "yet" | "again" | "also" | "repeatedly" | "now" | "still")
        });
        // "said, however, that …" passes a parenthesis closed by its comma; "said, it may
        // not bother taking that step" is a clause whose "that" is its own.
        let clause_after_comma = ctx.word(k) == "," && t > k + 1 && ctx.word(t - 1) != ",";
        if t == k || (pp_before && !clause_after_comma) || c.info.takes_object || adverbs {
            k = t; // PolNeAR's content spans start at "that"
        }
    } else if pp_before {
        // Skip a short time or place phrase up to a comma: "said on Tuesday, …".
        let mut t = k;
        while t < end && t - k < 8 && ctx.word(t) != "," && !ctx.is_quote_mark(t) {
            t += 1;
        }
        // "told his supporters at a rally to “go vote”": after an object and a phrase of
        // place, the infinitive is what was told.
        let infinitive_after = (k > obj_start && c.info.takes_object)
            .then(|| (k + 1..t).find(|&x| ctx.word(x) == "to"))
            .flatten()
            .filter(|&x| {
                let n = ctx.word(x + 1);
                (ctx.is_quote_mark(x + 1) && ctx.in_quote.get(x + 2).copied().unwrap_or(false))
                    || (n.starts_with(|ch: char| ch.is_ascii_lowercase())
                        && !ctx.has(x + 1, lexicon::bit::IS_DETERMINER)
                        && !ctx.has(x + 1, lexicon::bit::IS_OBJECT_WORD))
            });
        // "said on Tuesday it would cut jobs, according to …": a clause opening on a pronoun
        // before that comma is the content, not what follows the comma.
        let pronoun = pronoun_after(k).filter(|&p| p < t);
        if let Some(x) = infinitive_after {
            k = x;
            told_infinitive = true;
        } else if let Some(p) = pronoun {
            k = p;
        } else if t < end && ctx.word(t) == "," {
            k = t + 1;
        } else if let Some(p) = pronoun_after(k) {
            k = p;
        } else if c.info.class == CueClass::Speech {
            return None; // "he said in an interview." — nothing reported here
        }
    }
    while k < end && matches!(ctx.word(k), "," | ":") {
        k += 1;
    }
    // "A, she said, but only for B": after a parenthetical cue, a conjunction carries on the
    // report (its first part is added by the caller).
    let parenthetical_conj = comma_before
        && c.info.class == CueClass::Speech
        && k == c.end + 1
        && ctx.word(c.end) == ","
        && matches!(
            ctx.word(k),
            "but"
                | "to"
                | "and"
                | "or"
                | "so"
                | "because"
                | "although"
                | "though"
                | "unless"
                | "while"
                | "whereas"
                | "before"
                | "after"
                | "until"
                // "A, he said, for how B": a phrase that is not of time or place goes on too.
                | "for"
                | "with"
                | "than"
                | "like"
                | "without"
                | "despite"
                | "given"
                | "unlike"
        );
    if k < end
        && lexicon::is_bad_content_start(ctx.word(k))
        && !(stance_to && ctx.word(k) == "to")
        && !parenthetical_conj
        && !told_infinitive
    {
        // "said on the radio she …"
        k = pronoun_after(k).filter(|_| c.info.class == CueClass::Speech)?;
    }
    // "X, speaking at the fair, was greeted …": a participle's clause does not open on a verb.
    if c.info.participle
        && matches!(
            ctx.word(k),
            "was" | "were" | "is" | "are" | "had" | "has" | "will" | "would"
        )
    {
        return None;
    }
    // The clause ends at a semicolon, a dash or a parenthesis, before a participle cue
    // (", adding that …") or before a second verb of the subject ("and questioned …").
    // In a subordinate clause ("While X claimed that …, Y …") the content ends at its comma.
    let first_word = ctx.word(skip_leading(ctx, s, end));
    let subordinate = [
        "while", "although", "though", "if", "when", "as", "because", "since", "whereas", "unless",
    ]
    .iter()
    .any(|w| first_word.eq_ignore_ascii_case(w));
    // A subject that is a relative pronoun ("X, who said …, …"): the clause ends at its comma.
    let relative = ["who", "which"]
        .iter()
        .any(|r| ctx.word(sp.head).eq_ignore_ascii_case(r));
    // A stance verb with a noun-phrase object ("endorsed X, …", "favor X, and …"): the object
    // ends at its comma.
    // Speech verbs whose object is a noun phrase: a particle cue ("talked about", "referred
    // to", "responded to") and verbs of taking back or repeating ("recanted the claim").
    let np_speech = c.end - c.start == 2
        || matches!(
            c.info.lemma,
            "recant" | "retract" | "reiterate" | "dispute" | "publish" | "quote" | "discuss"
        );
    let np_object = (c.info.class == CueClass::Stance || np_speech)
        && c.info.lemma != "according to"
        && !lexicon::takes_clause(c.info.lemma)
        && k < end
        && !matches!(
            ctx.word(k),
            "that" | "to" | "whether" | "if" | "how" | "why" | "what" | "when" | "where"
        )
        && !lexicon::is_subject_pronoun(ctx.word(k));
    let mut ce = k;
    // "that, given the divide, the goals …": a parenthesis right after "that" is passed over.
    if ctx.word(k) == "that" && ctx.word(k + 1) == "," {
        if let Some(t) = (k + 2..end.min(k + 14))
            .take_while(|&t| !ctx.is_stop(t) && !ctx.is_quote_mark(t))
            .find(|&t| ctx.word(t) == ",")
        {
            ce = t + 1;
        }
    }
    let mut comma_seen = false;
    while ce < end {
        let w = ctx.word(ce);
        // "… that wages would fall, but that overtime would offset it": a second clause
        // of the same report.
        // (So is one after a clause with no "that": "said the plan failed, but that …"; not
        // a demonstrative "that" before its verb: ", and that is why …".)
        if w == ","
            && matches!(ctx.word(ce + 1), "but" | "and")
            && ctx.word(ce + 2) == "that"
            && (ctx.word(k) == "that"
                || !matches!(
                    ctx.word(ce + 3),
                    "is" | "was" | "'s" | "’s" | "would" | "will" | "means" | "meant"
                ))
        {
            ce += 3;
            continue;
        }
        // (A list after ", including" is still the object: "criticized the plan, including
        // its cost".)
        if (subordinate || relative || np_object)
            && w == ","
            && ce > k
            && !(np_object && ctx.word(ce + 1) == "including")
        {
            break;
        }
        // A noun-phrase object ends before an adjunct of the verb: a time phrase ("endorsed X
        // last week", "on Friday"), a subordinate clause ("when …"), a second verb ("and has
        // appeared …"), a figure ("favored X 46 percent to 32").
        if np_object && ce > k && np_object_ends(ctx, ce) {
            break;
        }
        // An apposition or a participle phrase after the report ("…, a decision X adopted",
        // "…, giving them leverage").
        if w == "," && ce > k + 2 {
            let n = ctx.word(ce + 1);
            let ing = n.len() > 4
                && n != "including"
                && n.ends_with("ing")
                && n.starts_with(|c: char| c.is_ascii_lowercase());
            // An apposition closing the sentence ("…, a finding X accepted."), not one inside
            // the content ("make the shoal, an atoll in the sea, into a base").
            let closing = !(ce + 1..end).any(|t| ctx.word(t) == ",");
            if (matches!(n, "a" | "an") && closing) || ing || n == "compared" {
                break;
            }
        }
        // A relative clause hung on the last noun ("…, who does not need to …"). (A list
        // after ", including" belongs to the report: "said many groups would lose, including
        // farmers"; so does a reason or a concession: ", because …", ", even if …".)
        if w == ","
            && ce > k + 3
            && [
                "who", "which", "whose", "but", "although", "though", "as", "since", "despite",
                "after", "before", "when", "where", "while",
            ]
            .iter()
            .any(|r| ctx.word(ce + 1).eq_ignore_ascii_case(r))
        {
            // "that Gov. Jo Lee, who must decide, has said nothing": a relative clause on a
            // name that is all the clause has so far; its verb comes after the closing comma.
            let name_only = ctx.word(k) == "that"
                && matches!(ctx.word(ce + 1), "who" | "which")
                && (k + 1..ce).all(|t| ctx.is_cap(t) || matches!(ctx.word(t), "the" | "."));
            let close = (ce + 2..end.min(ce + 20))
                .take_while(|&t| !ctx.is_stop(t) && !ctx.is_quote_mark(t))
                .find(|&t| ctx.word(t) == ",")
                .filter(|&t| {
                    t + 1 < end
                        && ctx
                            .word(t + 1)
                            .starts_with(|c: char| c.is_ascii_lowercase())
                });
            match close.filter(|_| name_only) {
                Some(t) => {
                    ce = t + 1;
                    continue;
                }
                None => break,
            }
        }
        // ", and the crowd chanted …", ", with one poll finding …", ", rather than …": a
        // second clause of the writer's, not a list ("A, B, and C" has an earlier comma).
        if w == "," && ce > k + 2 {
            let n = ctx.word(ce + 1);
            let n2 = ctx.word(ce + 2);
            let demonstrative = n2 == "that"
                && matches!(
                    ctx.word(ce + 3),
                    "is" | "was" | "'s" | "’s" | "would" | "will" | "means" | "meant"
                );
            let new_clause = n == "and"
                && !comma_seen
                && (lexicon::is_subject_pronoun(n2)
                    || demonstrative
                    || matches!(n2, "the" | "a" | "an" | "at" | "in" | "through" | "then"));
            let absolute = n == "with"
                && (ce + 2..(ce + 6).min(end)).any(|t| {
                    let x = ctx.word(t);
                    x.len() > 4 && x.ends_with("ing") && !ctx.is_cap(t)
                });
            let contrast = matches!(n, "however" | "rather") || (n == "not" && n2 == "just");
            if new_clause || absolute || contrast {
                break;
            }
        }
        comma_seen |= w == ",";
        // A parenthesis between paired dashes or brackets inside the content ("the number of
        // voters -- always small -- shrinks") is passed over when the content goes on after it.
        if !np_object && matches!(w, "—" | "–" | "--" | "-" | "(") && ce > k + 1 {
            let close = if w == "(" { ")" } else { w };
            let pair = (ce + 1..end.min(ce + 16))
                .take_while(|&t| !ctx.is_stop(t) && !ctx.is_quote_mark(t))
                .find(|&t| ctx.word(t) == close);
            if let Some(t) = pair.filter(|&t| {
                t > ce + 1
                    && t + 1 < end
                    && ctx
                        .word(t + 1)
                        .starts_with(|c: char| c.is_ascii_lowercase())
                    && ctx.cue_at(t + 1).is_none()
            }) {
                ce = t + 1;
                continue;
            }
        }
        if matches!(w, ";" | "—" | "–" | "--" | "(") || (w == "-" && ce > k) {
            break;
        }
        if ce > k + 2 && matches!(w, "and" | "but" | "while" | "whereas") {
            // "… and questioned …", ", but they argued that …"
            let reach = if matches!(w, "while" | "whereas") {
                8
            } else {
                5
            };
            let next_cue = (ce + 1..(ce + reach).min(end)).find(|&t| ctx.cue_at(t).is_some());
            if let Some(t) = next_cue {
                if t == ce + 1
                    || ctx
                        .left_subject(t, ce + 1)
                        .is_some_and(|p| p.first_tok == ce + 1)
                {
                    break;
                }
            }
            // "…, while others …", "… while trying to …": a contrast or a second action of
            // the subject ends the report; "… while she was in office" is part of it.
            let after_pause = ctx.word(ce - 1) == "," || ctx.is_quote_mark(ce - 1);
            let n = ctx.word(ce + 1);
            let participle = n.len() > 4
                && n.ends_with("ing")
                && n.starts_with(|c: char| c.is_ascii_lowercase());
            if (w == "while" || w == "whereas") && (after_pause || participle || w == "whereas") {
                break;
            }
        }
        // (So does ", says X" / ", said the minister": an inverted attribution of its own.)
        if w == ","
            && ce + 1 < end
            && ctx.cue_at(ce + 1).is_some_and(|c2| {
                c2.info.participle
                    || c2.info.lemma == "according to"
                    || (c2.info.class == CueClass::Speech
                        && (ctx.is_cap(c2.end)
                            || ctx.has(c2.end, lexicon::bit::IS_DETERMINER)
                            // "X, noting that …, added: “…”": the subject's own verb.
                            || ctx.word(c2.end) == ":"))
            })
        {
            break;
        }
        ce += 1;
    }
    let min_len = if c.info.class == CueClass::Speech {
        2
    } else {
        1
    };
    (ce >= k + min_len).then_some(((k, ce), Some(sp)))
}

/// Does a noun-phrase object end before token `t`?
fn np_object_ends(ctx: &Ctx, t: usize) -> bool {
    let w = ctx.word(t);
    let next = ctx.word(t + 1);
    let digit = |x: &str| x.bytes().next().is_some_and(|b| b.is_ascii_digit());
    // A past-tense verb after a name: "backing Lee hijacked the account".
    if t > 0
        && w.len() > 4
        && w.ends_with("ed")
        && w.starts_with(|c: char| c.is_ascii_lowercase())
        && ctx.is_cap(t - 1)
    {
        return true;
    }
    match w {
        "when" | "after" | "before" | "because" | "since" | "until" | "although" | "though"
        | "despite" | "during" | "earlier" | "yesterday" | "today" | "tonight" | "recently"
        | "whereas" => true,
        "last" | "this" | "next" => ctx.has(t + 1, lexicon::bit::IS_TIME_WORD),
        "in" | "on" => {
            ctx.has(t + 1, lexicon::bit::IS_TIME_WORD)
                || digit(next)
                // A month ("may" is more often the verb), or "early/late/mid" before one.
                || (speaker::is_month(next) && !next.eq_ignore_ascii_case("may"))
                || ["early", "late", "mid"]
                    .iter()
                    .any(|m| next.eq_ignore_ascii_case(m))
        }
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
        | "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday" => {
            true
        }
        "and" | "but" | "or" => {
            lexicon::is_modal(next)
                || matches!(
                    next,
                    "has" | "have" | "had" | "is" | "was" | "are" | "were" | "said" | "says"
                )
                || ctx.cue_at(t + 1).is_some()
                // A second verb of the subject: "… and made comments", "… or conceded".
                || (next.len() > 4
                    && next.ends_with("ed")
                    && next.starts_with(|c: char| c.is_ascii_lowercase()))
                || matches!(
                    next,
                    "also" | "made" | "took" | "gave" | "went" | "left" | "won" | "lost" | "met"
                        | "got" | "ran" | "then"
                )
        }
        _ => digit(w) && next == "percent",
    }
}

/// Texts that carry someone's words: a statement, a letter, an advertisement.
const VEHICLES: &[&str] = &[
    "statement",
    "statements",
    "letter",
    "letters",
    "video",
    "videos",
    "ad",
    "ads",
    "advertisement",
    "memo",
    "release",
    "email",
    "emails",
    "tweet",
    "tweets",
    "message",
    "note",
    "post",
    "op-ed",
    "editorial",
    "report",
];

/// Is the object `ca..cb` a statement, a letter or an advertisement ("a statement", "the
/// following statement", "a new radio ad") whose words the next cue reports: a participle or
/// "that"/"which" and a cue, or a colon, shortly after it in the sentence (before `end`)?
fn vehicle_object(ctx: &Ctx, ca: usize, cb: usize, end: usize) -> bool {
    let head = (ca..cb.min(ca + 4)).any(|t| VEHICLES.contains(&ctx.word(t)));
    if !head {
        return false;
    }
    let lim = (cb + 10).min(end + 1).min(ctx.toks.len());
    for t in ca + 1..lim {
        let w = ctx.word(t);
        if w == ":" {
            return true;
        }
        if ctx.is_stop(t) || ctx.is_quote_mark(t) || w == ";" {
            return false;
        }
        if ctx.cue_at(t).is_some_and(|c| c.info.participle) {
            return true;
        }
        if matches!(w, "that" | "which") && ctx.cue_at(t + 1).is_some_and(|c| !c.info.participle) {
            return true;
        }
    }
    false
}

/// ", a debt expert who has published books, papers and essays." after an inverted cue's
/// name: an apposition (a noun phrase, no quotation, no second clause of the writer's) that
/// runs to the end of the sentence, however many commas it holds.
fn apposition_to_end(ctx: &Ctx, k: usize, end: usize) -> bool {
    // (Looking no further than 40 tokens keeps a sentence of many cues linear.)
    if k + 1 >= end || end - k > 40 || ctx.word(k) != "," {
        return false;
    }
    let first = ctx.word(k + 1);
    // ("…, said Jo Lee, director of the institute at the University of Kent, Canterbury": a
    // role noun without its article opens the apposition too.)
    let np_start =
        matches!(first, "a" | "an" | "the") || ctx.is_cap(k + 1) || lexicon::is_role_head(first);
    np_start
        && (k + 1..end).all(|t| {
            let w = ctx.word(t);
            let stop = ctx.is_quote_mark(t)
                || matches!(w, ";" | ":" | "—" | "–" | "--")
                || (w == "," && matches!(ctx.word(t + 1), "and" | "but" | "while"));
            // ", adding that …": a participle after a comma reports on its own.
            let participle = w != ","
                && ctx.word(t - 1) == ","
                && ctx.cue_at(t).is_some_and(|c| c.info.participle);
            !stop && !participle
        })
}

/// Skip the rest of a speaker phrase after an inverted cue ("said Smith, a spokesman for X,").
fn skip_np(ctx: &Ctx, mut k: usize, end: usize) -> usize {
    if k < end && ctx.word(k) == "," {
        let mut t = k + 1;
        while t < end && ctx.word(t) != "," && t - k < 20 {
            t += 1;
        }
        k = if t < end { t + 1 } else { end };
    }
    k
}

#[cfg(test)]
mod tests;
