//! Speakers: the phrase that names who speaks, and its entity.
//!
//! The phrase is the subject of the cue, found with word-class rules on the tokens (no
//! parser): walking left from the verb over adverbs and auxiliaries ("he also said"), over an
//! apposition ("Smith, a spokesman, said") or a parenthesis, then over the noun phrase; or
//! walking right after an inverted verb ("…,” said the minister"). The phrase is then resolved:
//! a name to the entity of the name mention on its head word, "he"/"she" to the most recent
//! person (the subject of the nearest sentence that names one), "the minister" to the most
//! recent person whose role has that word; anonymous sources ("officials", "a diplomatic
//! source") stay phrases.

use super::lexicon;
use super::Ctx;
use crate::facts::{Label, Mention, MentionKind, Span};

/// What kind of words name the speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpeakerKind {
    Name,
    Pronoun,
    Nominal,
    Anonymous,
    Other,
}

/// The words that name a speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Phrase {
    /// The words reported as `speaker_start`/`speaker_end` (a name, "he", "the minister").
    pub span: Span,
    /// The first token of the whole subject phrase (before any apposition).
    pub first_tok: usize,
    /// The head token.
    pub head: usize,
    pub kind: SpeakerKind,
}

/// The speaker resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    pub name: Option<String>,
    pub entity: Option<usize>,
    pub span: Span,
    pub kind: SpeakerKind,
}

impl Ctx<'_> {
    fn np_token(&self, i: usize) -> bool {
        if self.in_quote.get(i).copied().unwrap_or(true) || self.is_quote_mark(i) {
            return false;
        }
        let w = self.word(i);
        if matches!(w, "'s" | "’s" | "&" | "'" | "’" | "$" | "%") {
            return true;
        }
        if !w.chars().any(char::is_alphanumeric) {
            return false;
        }
        if self.has(i, lexicon::bit::IS_NP_BOUNDARY) {
            // Inside a name ("CBS This Morning") a capitalised function word is part of it.
            return self.is_cap(i) && i > 0 && self.is_cap(i - 1) && !self.is_sentence_start(i - 1);
        }
        self.cue_at(i).is_none()
    }

    /// The noun phrase that ends at token `end` (inclusive), not reaching before `min`.
    fn np_ending_at(&self, end: usize, min: usize) -> Option<(usize, usize)> {
        // "Both think …", "…, but many say …": a quantifier standing alone.
        if end >= min
            && [
                "both", "many", "some", "most", "several", "few", "all", "one", "another", "each",
                "neither",
            ]
            .iter()
            .any(|q| self.word(end).eq_ignore_ascii_case(q))
            && !self.in_quote.get(end).copied().unwrap_or(true)
        {
            return Some((end, end));
        }
        if end < min || !self.np_token(end) || matches!(self.word(end), "'s" | "’s") {
            return None;
        }
        if ["who", "which"]
            .iter()
            .any(|w| self.word(end).eq_ignore_ascii_case(w))
        {
            return Some((end, end));
        }
        let mut s = end;
        while s > min
            && end - s < 10
            && self.np_token(s - 1)
            && !super::is_causative(self.word(s - 1))
            && self.word(s - 1) != "who"
        {
            s -= 1;
        }
        // "Each side said", "all three agreed": a quantifier opens the phrase.
        if s > min
            && [
                "each", "every", "this", "these", "those", "all", "both", "another",
            ]
            .iter()
            .any(|q| self.word(s - 1).eq_ignore_ascii_case(q))
        {
            s -= 1;
        }
        // "'s" cannot open the phrase.
        while s < end && matches!(self.word(s), "'s" | "’s" | "'" | "’" | "&") {
            s += 1;
        }
        Some((s, end))
    }

    /// The noun phrase starting at token `start`, not reaching `max` (exclusive).
    pub(super) fn np_starting_at(&self, start: usize, max: usize) -> Option<(usize, usize)> {
        if start >= max || !self.np_token(start) {
            return None;
        }
        let w0 = self.word(start);
        if ["of", "for", "about", "to", "with"]
            .iter()
            .any(|p| w0.eq_ignore_ascii_case(p))
        {
            return None;
        }
        // "She closed the shop, citing …": a pronoun is the whole phrase.
        if lexicon::is_subject_pronoun(w0) && !w0.eq_ignore_ascii_case("who") {
            return Some((start, start));
        }
        let mut e = start;
        if self.is_cap(start) && !lexicon::is_determiner(w0) {
            // A name: the run of capitalised words ("Sen. Ted Cruz", "CBS News").
            while e + 1 < max
                && e - start < 8
                && (self.is_cap(e + 1) || matches!(self.word(e + 1), "&" | "'s" | "’s"))
            {
                e += 1;
            }
            // "Trump's spokeswoman": the possessor's noun phrase goes on; so does a phrase
            // whose only capital is the sentence's first letter ("Local authorities").
            // A known name ("Smith quickly pivoted") is not such a word.
            let sentence_initial_word = e == start
                && self.mention_at(start).is_none()
                && self.is_sentence_start(start)
                && e + 1 < max
                && !self.is_cap(e + 1)
                && self.np_token(e + 1);
            // "Spanish media", "Chinese officials": a nationality before a lower-case noun.
            let nationality = e + 1 < max
                && self.mention_label(e) == Some(Label::NORP)
                && !self.is_cap(e + 1)
                && self.np_token(e + 1)
                && self.word(e + 1).chars().all(|c| c.is_ascii_lowercase());
            // "National Security Council spokesman Jon Kerr": an organisation's role before
            // a person's name; the phrase runs to the name.
            let mut r = e + 1;
            while r < max && lexicon::is_role_head(&self.word(r).to_ascii_lowercase()) {
                r += 1;
            }
            if r > e + 1 && r < max && self.is_cap(r) && self.mention_label(r) == Some(Label::PER) {
                e = r;
                while e + 1 < max && self.is_cap(e + 1) {
                    e += 1;
                }
            }
            if !matches!(self.word(e), "'s" | "’s") && !sentence_initial_word && !nationality {
                return Some((start, e));
            }
        }
        while e + 1 < max && e - start < 10 && self.np_token(e + 1) {
            let w = self.word(e + 1);
            if w.eq_ignore_ascii_case("of") || w.eq_ignore_ascii_case("for") {
                break;
            }
            // "His campaign sued the party": a past-tense verb after a noun ends the phrase
            // (not "the retired general", "a newly elected official").
            let prev = self.word(e);
            if ((w.len() > 3 && w.ends_with("ed"))
                || self.has(e + 1, lexicon::bit::IS_IRREGULAR_PAST))
                && w.starts_with(|c: char| c.is_ascii_lowercase())
                && !self.has(e, lexicon::bit::IS_DETERMINER)
                && !prev.ends_with("ly")
            {
                break;
            }
            e += 1;
            if lexicon::is_role_head(self.word(e)) || lexicon::is_anonymous_head(self.word(e)) {
                // "the minister", "a spokeswoman": stop at the head unless a name follows.
                if !(e + 1 < max && self.is_cap(e + 1)) {
                    break;
                }
            }
        }
        Some((start, e))
    }

    pub(super) fn classify_phrase(&self, s: usize, e: usize) -> Phrase {
        self.classify(s, e)
    }

    fn classify(&self, s: usize, e: usize) -> Phrase {
        let head = e;
        let hw = self.word(head);
        let span = Span::new(self.toks[s].start, self.toks[e].end);
        // An object pronoun names a speaker too ("led her to declare").
        // So does a relative pronoun ("a placard that said", "the firm, which sold …").
        // ("WHO warns": the capitals of a name the tagger found are no pronoun.)
        if s == e
            && (lexicon::is_subject_pronoun(hw)
                || matches!(hw, "him" | "her" | "them" | "which" | "that"))
            && !(hw.bytes().all(|b| b.is_ascii_uppercase()) && self.mention_at(head).is_some())
        {
            return Phrase {
                span,
                first_tok: s,
                head,
                kind: SpeakerKind::Pronoun,
            };
        }
        if lexicon::is_anonymous_head(hw) {
            return Phrase {
                span,
                first_tok: s,
                head,
                kind: SpeakerKind::Anonymous,
            };
        }
        // "The New York Democrat said", "the veteran Republican told": a party member, named by
        // the article's words for the person just named.
        let party_member =
            head > s && self.word(s).eq_ignore_ascii_case("the") && is_party_member(hw);
        // "Chancellor defends budget", "Mayor outlines plan": a headline's capitalised title
        // alone names the holder the story gives.
        let headline_title = || {
            s == head
                && self.mention_at(head).is_none()
                && lexicon::is_role_head(&hw.to_ascii_lowercase())
                && self.sentence_of_byte(span.start) == 0
        };
        if party_member || headline_title() {
            return Phrase {
                span,
                first_tok: s,
                head,
                kind: SpeakerKind::Nominal,
            };
        }
        // ("Majed al-Ansari": a person's name may end in a lower-case particle's word.)
        let person_end = !self.is_cap(head)
            && self
                .mention_at(head)
                .is_some_and(|m| m.label == Label::PER && m.span.end == self.toks[head].end);
        if self.is_cap(head) || person_end {
            // The run of capitalised words that ends at the head.
            let mut ns = head;
            while ns > s {
                let p = ns - 1;
                let w = self.word(p);
                if (self.is_cap(p) && !lexicon::is_determiner(w))
                    || (matches!(w, "'s" | "’s" | "&") && ns - 1 > s)
                {
                    ns -= 1;
                } else {
                    break;
                }
            }
            let (mut ns, mut head) = (ns, head);
            if ns >= s + 2
                && self.word(ns - 1) == "of"
                && self.is_cap(ns - 2)
                && self.mention_label(head) != Some(Label::PER)
            {
                // "Senator Ted Cruz of Texas": the person, not the place. (Not where the run
                // after "of" ends in a person: "Bank of England Governor Jane Roe".)
                head = ns - 2;
                ns = head;
                while ns > s && self.is_cap(ns - 1) && !lexicon::is_determiner(self.word(ns - 1)) {
                    ns -= 1;
                }
            }
            // A name with lower-case words inside ("Centers for Disease Control and
            // Prevention") is reported whole: the name mention on the head sets the start.
            let start = self
                .mention_at(head)
                .filter(|m| m.span.end == self.toks[head].end)
                .map_or(self.toks[ns].start, |m| {
                    m.span.start.min(self.toks[ns].start)
                });
            return Phrase {
                span: Span::new(start, self.toks[head].end),
                first_tok: s,
                head,
                kind: SpeakerKind::Name,
            };
        }
        // "Kenya's president", "the company's chief executive": a place's or organisation's
        // possessive makes the phrase definite too (a person's does not: "Lee's spokesman" is
        // someone else).
        let possessed = || {
            (s + 1..head).any(|t| {
                matches!(self.word(t), "'s" | "’s")
                    && match self.mention_label(t - 1) {
                        Some(l) => matches!(l, Label::LOC | Label::ORG),
                        None => !self.is_cap(t - 1),
                    }
            })
        };
        let definite = || {
            ["the", "this", "that"]
                .iter()
                .any(|d| self.word(s).eq_ignore_ascii_case(d))
                || possessed()
        };
        let kind = if lexicon::is_role_head(hw) && definite() {
            SpeakerKind::Nominal
        } else {
            SpeakerKind::Other
        };
        Phrase {
            span,
            first_tok: s,
            head,
            kind,
        }
    }

    /// Are tokens `from..=to` plain words: letters or digits only, outside quotations, no
    /// cue among them ("spent hours", "in the past")?
    fn plain_words(&self, from: usize, to: usize) -> bool {
        (from..=to).all(|k| {
            self.word(k).chars().all(char::is_alphanumeric)
                && !self.in_quote[k]
                && self.cue_info[k].is_none()
        })
    }

    /// The subject of the cue at token `cue` (walking left), not before token `min`.
    pub(super) fn left_subject(&self, cue: usize, min: usize) -> Option<Phrase> {
        if cue == 0 || cue <= min {
            return None;
        }
        let mut j = cue - 1;
        // A participle cue after a verb of spending time: "Smith spent hours explaining" (the
        // subject stands before the verb).
        if self.word(cue).ends_with("ing") && j > min {
            if let Some(p) = (j.saturating_sub(4).max(min + 1)..=j)
                .rev()
                .find(|&p| matches!(self.word(p), "spent" | "spends" | "spend"))
                .filter(|&p| self.plain_words(p + 1, j))
            {
                j = p - 1;
            }
        }
        loop {
            // Adverbs and auxiliaries ("also has"), and time phrases ("on Tuesday said").
            let w = self.word(j);
            let modifier = !self.is_cap(j)
                && (self.has(j, lexicon::bit::IS_VERB_MODIFIER) || w.ends_with("ly"));
            // "Smith in June said", "prosecutors in 2015 charged": a time phrase.
            let when = j > min + 1
                && (is_month(w) || (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())))
                && matches!(self.word(j - 1), "in" | "on" | "since" | "during" | "until");
            // "who has in the past described", "who on Friday criticized": a short phrase of
            // time or place between an auxiliary or a relative pronoun and the verb; and any
            // short phrase ending on a time noun ("X earlier in the day touted", "X on Friday
            // night said").
            let time_noun = [
                "day",
                "week",
                "month",
                "year",
                "morning",
                "afternoon",
                "evening",
                "night",
                "weekend",
            ]
            .contains(&w)
                || (self.has(j, lexicon::bit::IS_TIME_WORD) && self.is_cap(j));
            let pp = (j.saturating_sub(3).max(min + 1)..j)
                .rev()
                .find(|&p| lexicon::is_pp_start(self.word(p)))
                .filter(|&p| {
                    let before = self.word(p - 1);
                    self.plain_words(p + 1, j)
                        && !self.is_cap(p)
                        && (time_noun
                            || matches!(before, "who" | "which" | "that")
                            || lexicon::is_modal(before)
                            || matches!(before, "has" | "have" | "had" | "not" | "also"))
                });
            if when {
                j -= 2;
            } else if j > min && (modifier || self.has(j, lexicon::bit::IS_TIME_WORD)) {
                j -= 1;
            } else if let Some(p) = pp {
                j = p - 1;
            } else {
                break;
            }
        }
        // A parenthesis between subject and verb: "Guy Smith (Republicans) asked".
        if self.word(j) == ")" {
            let mut k = j;
            while k > min && self.word(k) != "(" && j - k < 20 {
                k -= 1;
            }
            if self.word(k) == "(" && k > min {
                j = k - 1;
            } else {
                return None;
            }
        }
        // Or one between paired dashes: "Democrats — and some Republicans — say", "Lee — after a
        // pause — told me": a lower-case aside with no verb of saying in it.
        if matches!(self.word(j), "—" | "–" | "--" | "-") && j > min + 2 {
            let dash = self.word(j);
            let open = (j.saturating_sub(20).max(min + 1)..j - 1)
                .rev()
                .find(|&k| self.word(k) == dash || self.is_stop(k) || self.is_quote_mark(k))
                .filter(|&k| self.word(k) == dash);
            if let Some(k) = open {
                let first = self.word(k + 1);
                let aside = first.starts_with(|c: char| c.is_ascii_lowercase())
                    && !lexicon::is_subject_pronoun(first)
                    && (k + 1..j).all(|t| self.cue_info[t].is_none() && self.word(t) != ",");
                if aside {
                    j = k - 1;
                }
            }
        }
        if self.word(j) == "that" && j > min {
            // "a headline that said", "ads that refer to": the relative pronoun, as written,
            // when a noun phrase stands before it.
            if self.np_ending_at(j - 1, min).is_some() {
                return Some(self.classify(j, j));
            }
        }
        if self.word(j) == "," {
            // An apposition or relative clause: "Smith, a spokesman, said", "X, who …, said";
            // one with commas inside ("Smith, a delegate from Houston, Texas, said") opens at
            // an earlier comma.
            let mut right = j;
            let mut fallback = None;
            // The comma before the last place that ended an address in the subject.
            let mut address: Option<usize> = None;
            for _ in 0..3 {
                let mut k = right;
                while k > min && j - k < 30 {
                    k -= 1;
                    let w = self.word(k);
                    if w == "," || self.is_quote_mark(k) {
                        break;
                    }
                }
                if !(k < right && self.word(k) == "," && k + 1 < right) {
                    break;
                }
                let first = self.word(k + 1);
                // "A spokesman for the firm, Jo Price, said", "Her lawyer, Jo Price, said": the
                // name set off after a described person is the speaker.
                // ("NatWest's corporate parent, the Royal Bank Group, said": an organisation's
                // name after "the".)
                let the_org = self.word(k + 1) == "the"
                    && k + 2 < right
                    && self.mention_label(k + 2) == Some(Label::ORG)
                    && self.mention_at(k + 2).is_some_and(|m| {
                        m.span.start == self.toks[k + 2].start
                            && m.span.end == self.toks[right - 1].end
                    });
                if right == j
                    && k > min
                    && (the_org
                        || (k + 1..right).all(|t| self.is_cap(t))
                        // "Ingrid van der Berg": one name mention over the whole stretch.
                        || self.mention_at(k + 1).is_some_and(|m| {
                            m.span.start == self.toks[k + 1].start
                                && m.span.end == self.toks[right - 1].end
                        }))
                    && (right - k <= 5 || the_org && right - k <= 9)
                    && self.np_ending_at(k - 1, min).is_some_and(|(ps, _)| {
                        let w = self.word(ps);
                        let possessive = (ps + 1..k).any(|t| matches!(self.word(t), "'s" | "’s"));
                        (lexicon::is_determiner(w) && !w.bytes().all(|b| b.is_ascii_digit())
                            || possessive)
                            && (ps == min
                                || self.is_sentence_start(ps)
                                || self.word(ps - 1) == ","
                                // "…, and the opposition leader, Jo Price, called"
                                || ps > min + 1
                                    && matches!(self.word(ps - 1), "and" | "but" | "while")
                                    && self.word(ps - 2) == ",")
                    })
                {
                    return Some(self.classify(k + 1 + usize::from(the_org), right - 1));
                }
                // (A verb after the comma opens a predicate, no apposition: "The galaxy,
                // called Orion, is bright for its age, said Jo Lee".)
                if lexicon::is_auxiliary(first) || matches!(first, "did" | "does") {
                    return fallback;
                }
                let appositive = lexicon::is_determiner(first)
                    || [
                        "who",
                        "which",
                        "whose",
                        "however",
                        "too",
                        "though",
                        "meanwhile",
                    ]
                    .iter()
                    .any(|w| first.eq_ignore_ascii_case(w))
                    || (!self.is_cap(k + 1)
                        && first.chars().next().is_some_and(char::is_alphabetic))
                    || self.is_cap(k + 1) && k + 2 < right // "Smith, President Obama's adviser, said"
                    // An age or a party and state: "Smith, 70, said", "Smith, R-Utah, said".
                    || (k + 2 == right && first.bytes().all(|b| b.is_ascii_digit()))
                    || (k + 2 >= right
                        && first.len() > 2
                        && matches!(&first.as_bytes()[..2], b"R-" | b"D-" | b"I-"));
                if appositive && k > min {
                    let mut end = k - 1;
                    // "Ann Lee, 67, a retired clerk, said": the age is part of the apposition.
                    if end > min + 1
                        && self.word(end).bytes().all(|b| b.is_ascii_digit())
                        && self.word(end - 1) == ","
                    {
                        end -= 2;
                    }
                    if self.word(end) == ")" {
                        let mut p = end;
                        while p > min && self.word(p) != "(" && end - p < 12 {
                            p -= 1;
                        }
                        if self.word(p) == "(" && p > min {
                            end = p - 1;
                        }
                    }
                    if let Some((s, e)) = self.np_ending_at(end, min) {
                        // "Jo Price, a professor at the university in Eastland, who was not
                        // involved, said": a relative clause after a phrase that does not open
                        // the sentence follows an apposition; the subject stands before it.
                        let relative = ["who", "whose"]
                            .iter()
                            .any(|w| first.eq_ignore_ascii_case(w));
                        // "Jo Lee, an astrophysicist at the University of California, Santa
                        // Cruz, and a co-author, said": a place after a comma ends an address
                        // inside the apposition; the subject stands before it.
                        if self.mention_label(e) == Some(Label::LOC)
                            && s > min + 1
                            && self.word(s - 1) == ","
                            && matches!(self.mention_label(s - 2), Some(Label::ORG | Label::LOC))
                            && !matches!(first, "which" | "who" | "whose")
                            && j - (s - 1) < 30
                        {
                            right = s - 1;
                            address = Some(s - 1);
                            continue;
                        }
                        if relative
                            && fallback.is_none()
                            && s > min
                            && !self.is_sentence_start(s)
                            && self.word(s - 1) != "and"
                        {
                            fallback = Some(self.classify(s, e));
                        } else {
                            // "On Monday, Jo Price, who leads the group, said": a fronted time
                            // or place is no subject; the name before the relative clause is.
                            let p = self.classify(s, e);
                            let fronted = matches!(
                                self.word(s).to_ascii_lowercase().as_str(),
                                "outside"
                                    | "inside"
                                    | "in"
                                    | "at"
                                    | "on"
                                    | "after"
                                    | "before"
                                    | "during"
                                    | "near"
                                    | "from"
                                    | "across"
                            );
                            return match fallback {
                                Some(f) if fronted || !self.plausible_subject(&p) => Some(f),
                                _ => Some(p),
                            };
                        }
                    }
                }
                if j - k >= 30 {
                    break;
                }
                right = k;
            }
            // "Officials familiar with the house in Chappaqua, N.Y., speaking on condition of
            // anonymity, said": no comma before the address; the subject ends before it.
            if let (None, Some(a)) = (fallback, address) {
                if a < j {
                    return self.left_subject(a, min);
                }
            }
            return fallback;
        }
        let (mut s, e) = self.np_ending_at(j, min)?;
        // "The book and film blame …": a coordinated subject.
        if s > min + 1 && matches!(self.word(s - 1), "and" | "&") {
            if let Some((s2, _)) = self.np_ending_at(s - 2, min) {
                s = s2;
                // "Kazakhstan, Romania and Russia reported": earlier names of the same kind,
                // listed with commas.
                let label = self.mention_label(e);
                while label.is_some() && s > min + 1 && self.word(s - 1) == "," {
                    match self.np_ending_at(s - 2, min) {
                        Some((s3, e3))
                            if self.mention_label(e3) == label
                                && s3 == e3
                                && !(s3 > min && lexicon::is_pp_start(self.word(s3 - 1))) =>
                        {
                            s = s3
                        }
                        _ => break,
                    }
                }
                // Names of two or more things speak together: the phrase, not the last name.
                if let Some(p) = self.coordinated_names(s, e) {
                    return Some(p);
                }
            }
        }
        // The phrase is an object inside the subject: "officials who spoke with X said", "a
        // letter obtained by X warns". The subject is the phrase before the relative pronoun
        // or the participle.
        if s > min + 1 {
            // ("people briefed on the talks say", "officials based in Ohio said": any
            // preposition after the participle.)
            let by_participle = (self.word(s - 1) == "by"
                || matches!(self.word(s - 1), "on" | "in" | "with" | "about" | "at"))
                && s > min + 2
                && self.word(s - 2).ends_with("ed")
                && self.cue_at(s - 2).is_none();
            let outer = if by_participle {
                self.np_ending_at(s - 3, min)
            } else if lexicon::is_pp_start(self.word(s - 1)) || self.word(s - 1) == "for" {
                (min.max(s.saturating_sub(10))..s - 1)
                    .rev()
                    .take_while(|&r| !matches!(self.word(r), "," | ";") && !self.is_quote_mark(r))
                    .find(|&r| self.word(r) == "who")
                    .filter(|&r| r > min)
                    .and_then(|r| self.np_ending_at(r - 1, min))
            } else {
                None
            };
            if let Some((os, oe)) = outer {
                return Some(self.classify(os, oe)).filter(|p| self.plausible_subject(p));
            }
            if let Some(p) = self.subject_before_places(s, e, min) {
                return Some(p);
            }
        }
        Some(self.classify(s, e)).filter(|p| self.plausible_subject(p))
    }

    /// A subject `s..=e` that coordinates names of different entities ("Israel and Hezbollah",
    /// "Kazakhstan, Romania and Russia"): the whole phrase, with no one entity. Not a name that
    /// holds "and" itself ("Trinidad and Tobago", "Procter & Gamble": one mention).
    fn coordinated_names(&self, s: usize, e: usize) -> Option<Phrase> {
        let mut entities = Vec::new();
        for t in s..=e {
            if matches!(self.word(t), "and" | "&" | ",")
                || (self.mention_at(t).is_none()
                    && (self.has(t, lexicon::bit::IS_TITLE_WORD)
                        || self.has(t, lexicon::bit::IS_DETERMINER)))
            {
                continue;
            }
            let m = self.mention_at(t)?;
            if m.span.start < self.toks[s].start || m.span.end > self.toks[e].end {
                return None;
            }
            if m.kind != MentionKind::Name {
                return None;
            }
            if !entities.contains(&m.entity) {
                entities.push(m.entity);
            }
        }
        (entities.len() >= 2 && (s..=e).any(|t| matches!(self.word(t), "and" | "&"))).then(|| {
            Phrase {
                span: Span::new(self.toks[s].start, self.toks[e].end),
                first_tok: s,
                head: e,
                kind: SpeakerKind::Other,
            }
        })
    }

    /// "Officials in Moscow said", "A spokesman at the embassy in Paris said", "Smith at a
    /// rally in Ohio said": the phrase `s..=e` before the verb is the object of a preposition,
    /// so the subject stands further left. Walk back over up to three such phrases to the first
    /// that names a person or a source: a name the tagger labelled a person, or an anonymous or
    /// role head ("officials", "spokesman"). The anonymous phrase is reported with its
    /// qualifier ("Officials in Moscow").
    fn subject_before_places(&self, s: usize, e: usize, min: usize) -> Option<Phrase> {
        let mut cs = s;
        for _ in 0..3 {
            if cs < min + 2
                || !matches!(
                    self.word(cs - 1),
                    "in" | "at" | "from" | "near" | "outside" | "across" | "inside" | "on"
                )
            {
                return None;
            }
            let (os, oe) = self.np_ending_at(cs - 2, min)?;
            let hw = self.word(oe);
            let person = self.mention_label(oe) == Some(Label::PER);
            if person || lexicon::is_anonymous_head(hw) || lexicon::is_role_head(hw) {
                let mut p = self.classify(os, oe);
                if p.kind == SpeakerKind::Anonymous {
                    p.span.end = self.toks[e].end;
                }
                return Some(p).filter(|p| self.plausible_subject(p));
            }
            // "The appeals court of Eastland in Springfield said": an organisation named before
            // the place it sits in speaks, unless it is itself the object of a preposition
            // ("officials at the bank in Ohio said" are walked back to).
            if cs == s
                && self.mention_label(e) == Some(Label::LOC)
                && self.mention_label(oe) == Some(Label::ORG)
                && !(os > min && lexicon::is_pp_start(self.word(os - 1)))
            {
                return Some(self.classify(os, oe)).filter(|p| self.plausible_subject(p));
            }
            // "Clinics in neighboring Oklahoma and Louisiana have reported": a place is the
            // object of the preposition, so the common noun before it is the subject, reported
            // with its qualifier and no entity (the place did not speak).
            if cs == s
                && self.mention_label(e) == Some(Label::LOC)
                && hw.chars().skip(1).all(|c| c.is_ascii_lowercase())
                && hw.chars().next().is_some_and(|c| {
                    c.is_ascii_lowercase() || c.is_ascii_uppercase() && self.is_sentence_start(oe)
                })
                && !self.has(oe, lexicon::bit::IS_DETERMINER)
            {
                let mut p = self.classify(os, oe);
                // A capitalised first word ("Hospitals in Kent said") reads as a name.
                if p.kind == SpeakerKind::Name && self.mention_label(oe).is_none() {
                    p.kind = SpeakerKind::Other;
                }
                if p.kind == SpeakerKind::Other {
                    p.span.end = self.toks[e].end;
                    return Some(p).filter(|p| self.plausible_subject(p));
                }
            }
            cs = os;
        }
        None
    }

    /// A phrase that can be a subject: not a date, a figure, or a lone bare singular word
    /// ("June said", "3% support", "win back" are no speakers).
    fn plausible_subject(&self, p: &Phrase) -> bool {
        let hw = self.word(p.head);
        // "six in 10", "those over 60"
        let share = p.head > 0 && matches!(self.word(p.head - 1), "in" | "of" | "over" | "under");
        // "43 said the same", "42% say they are liberal": a share of those polled.
        let poll = matches!(self.word(p.head + 1), "say" | "said" | "says" | "saying");
        // "the 43-year-old asked": an age standing for a person.
        let age = hw.ends_with("-year-old") || hw.ends_with("-years-old");
        if ((hw.starts_with(|c: char| c.is_ascii_digit()) && !share && !age) || hw.ends_with('%'))
            && !poll
        {
            return false;
        }
        if p.first_tok != p.head || share {
            return true;
        }
        let lower = hw.to_lowercase();
        if (self.has(p.head, lexicon::bit::IS_TIME_WORD)
            && !self.has(p.head, lexicon::bit::IS_DETERMINER))
            || is_month(&lower)
            || matches!(lower.as_str(), "now" | "then" | "here" | "there")
        {
            return false;
        }
        if p.kind == SpeakerKind::Name {
            // "Speaking to reporters, …": a capitalised participle opening the sentence. (A
            // name ending so right before a finite cue is the subject: "Fleming said …".)
            let finite_cue = self
                .cue_info
                .get(p.head + 1)
                .is_some_and(|c| c.is_some_and(|c| !c.participle));
            return !(lower.ends_with("ing") && self.is_sentence_start(p.head) && !finite_cue);
        }
        p.kind != SpeakerKind::Other
            || lower.ends_with('s')
            || self.has(p.head, lexicon::bit::IS_DETERMINER)
            || [
                "who",
                "which",
                "that",
                "both",
                "many",
                "some",
                "all",
                "most",
                "few",
                "several",
                "none",
                "each",
                "either",
                "neither",
                "another",
                "one",
                "everyone",
                "everybody",
                "someone",
                "somebody",
                "nobody",
                "anyone",
                "staff",
                "police",
                "management",
                "leadership",
                "clergy",
                "media",
                "public",
                "history",
                "research",
                "evidence",
                "experience",
                "science",
                "data",
                "polling",
                "precedent",
                "tradition",
            ]
            .contains(&lower.as_str())
    }

    /// The subject after an inverted cue ("said the minister"), starting at token `start`.
    pub(super) fn right_subject(&self, start: usize, max: usize) -> Option<Phrase> {
        let (s, e) = self.np_starting_at(start, max)?;
        // The name, if any, is the first capitalised run in the phrase.
        let mut p = self.classify(s, e);
        if let Some(mut c) =
            (s..=e).find(|&k| self.is_cap(k) && !lexicon::is_determiner(self.word(k)))
        {
            let mut ce = c;
            while ce < e && (self.is_cap(ce + 1) || matches!(self.word(ce + 1), "&")) {
                ce += 1;
            }
            // "said National Security Council spokesman John Kirby": an organisation and a
            // role before the person's name; the person speaks.
            let mut r = ce + 1;
            while r < e && lexicon::is_role_head(&self.word(r).to_ascii_lowercase()) {
                r += 1;
            }
            if r > ce + 1 && r <= e && self.is_cap(r) && self.mention_label(r) == Some(Label::PER) {
                c = r;
                ce = r;
                while ce < e && self.is_cap(ce + 1) {
                    ce += 1;
                }
            }
            // "according to Spanish media": a nationality before the head is no name.
            let adjective = ce < e && self.mention_label(ce) == Some(Label::NORP);
            if p.kind != SpeakerKind::Anonymous
                && !(p.kind == SpeakerKind::Nominal && c > s)
                && !adjective
            {
                p = Phrase {
                    span: Span::new(self.toks[c].start, self.toks[ce].end),
                    first_tok: s,
                    head: ce,
                    kind: SpeakerKind::Name,
                };
            }
        }
        // "…,” said the group's regional president, Emily Stone.": a description, then the
        // person's name set off to the sentence's end.
        if p.kind != SpeakerKind::Name && e + 2 < max && self.word(e + 1) == "," {
            if let Some(named) = self.name_to_end(e + 2, max) {
                return Some(named);
            }
        }
        Some(p)
    }

    /// One person's name from token `from` to the end of the sentence (`end`, exclusive; the
    /// closing punctuation aside): "…, according to the city's mayor, Jo Price.".
    pub(super) fn name_to_end(&self, from: usize, end: usize) -> Option<Phrase> {
        let mut last = end;
        while last > from
            && self
                .word(last - 1)
                .chars()
                .all(|c| c.is_ascii_punctuation())
        {
            last -= 1;
        }
        (from < last && self.is_person_name(from, last)).then(|| self.classify(from, last - 1))
    }

    /// A name phrase without the titles before it: "French Foreign Minister Ana Lund" →
    /// "Ana Lund" (used only when no entity is known for the name).
    fn without_titles(&self, p: &Phrase) -> String {
        let first = self.toks.partition_point(|t| t.start < p.span.start);
        let mut start = first;
        for k in first..p.head {
            let w = self.word(k);
            if lexicon::is_role_head(w) || lexicon::is_title_word(w) {
                start = k + 1;
            }
        }
        if start > p.head {
            start = p.head;
        }
        self.text[self.toks[start].start..p.span.end].to_string()
    }

    /// Is tokens `s..e` one person's name, exactly ("…, according to the city's mayor, Jo
    /// Price.")?
    fn is_person_name(&self, s: usize, e: usize) -> bool {
        s < e
            && self.mention_label(s) == Some(Label::PER)
            && self.mention_at(s).is_some_and(|m| {
                m.span.start == self.toks[s].start && m.span.end == self.toks[e - 1].end
            })
    }

    /// The name mention whose span holds token `tok`.
    fn mention_at(&self, tok: usize) -> Option<&Mention> {
        let t = self.toks[tok];
        let k = self.names.partition_point(|m| m.span.end <= t.start);
        self.names[k..]
            .iter()
            .take_while(|m| m.span.start < t.end)
            .find(|m| m.span.overlaps(&t))
    }

    /// The label of the name mention on token `tok` (the entity's label when it has one).
    pub(super) fn mention_label(&self, tok: usize) -> Option<Label> {
        let m = self.mention_at(tok)?;
        Some(
            m.entity
                .and_then(|id| self.entities.get(id))
                .map_or(m.label, |e| e.label),
        )
    }

    fn is_person(&self, m: &Mention) -> bool {
        m.entity
            .and_then(|id| self.entities.get(id))
            .is_some_and(|e| e.label == Label::PER)
    }

    /// A person named in the writer's words (not inside someone's quotation).
    fn is_narrated_person(&self, m: &Mention) -> bool {
        let k = self.toks.partition_point(|t| t.end <= m.span.start);
        self.is_person(m) && !self.in_quote.get(k).copied().unwrap_or(false)
    }

    /// The person "he"/"she" at `pos` most likely refers to: the earliest person named in the
    /// nearest sentence that names one (the subject is usually first), looking back from the
    /// sentence of the pronoun; the previous speaker wins when that sentence names them.
    fn antecedent(&self, pos: usize, last_speaker: Option<usize>) -> Option<usize> {
        let k = self.names.partition_point(|m| m.span.end <= pos);
        let mut i = k;
        let mut sentence: Option<usize> = None;
        let mut best: Option<usize> = None;
        let mut best_pos = usize::MAX;
        let mut saw_last = false;
        while i > 0 && k - i < 200 {
            i -= 1;
            let m = &self.names[i];
            if !self.is_narrated_person(m) {
                continue;
            }
            let s = self.sentence_of_byte(m.span.start);
            match sentence {
                None => sentence = Some(s),
                Some(cur) if cur != s => break,
                _ => {}
            }
            if m.span.start <= best_pos {
                best_pos = m.span.start;
                best = m.entity;
            }
            saw_last |= m.entity.is_some() && m.entity == last_speaker;
        }
        if saw_last {
            return last_speaker;
        }
        best
    }

    /// The organisation "it" at `pos` stands for: the previous speaker when that is an
    /// organisation, else the first organisation named (in the writer's words) in the nearest
    /// of the three sentences before that names one.
    fn org_antecedent(&self, pos: usize, last_speaker: Option<usize>) -> Option<usize> {
        if let Some(id) = last_speaker.filter(|&id| self.entities[id].label == Label::ORG) {
            return Some(id);
        }
        let here = self.sentence_of_byte(pos);
        let k = self.names.partition_point(|m| m.span.end <= pos);
        let mut found: Option<(usize, usize)> = None;
        for m in self.names[..k].iter().rev().take(200) {
            let s = self.sentence_of_byte(m.span.start);
            if here.saturating_sub(s) > 3 || found.is_some_and(|(fs, _)| fs != s) {
                break;
            }
            let t = self.toks.partition_point(|t| t.end <= m.span.start);
            if m.label == Label::ORG && !self.in_quote.get(t).copied().unwrap_or(false) {
                if let Some(id) = m.entity {
                    found = Some((s, id));
                }
            }
        }
        found.map(|(_, id)| id)
    }

    /// "The company said", "the bank said": the organisation named last before the phrase.
    /// A generic company noun takes the most recent organisation; a kind of institution
    /// ("bank", "ministry", "university") the most recent one with that word in its name.
    fn org_holder(&self, p: &Phrase, last_speaker: Option<usize>) -> Option<usize> {
        let first = self.toks.partition_point(|t| t.start < p.span.start);
        // "The Santa Clara, California-based company": the phrase starts after the comma, at
        // the "-based" modifier, which is definite the way "the" is.
        let definite = self.word(first).eq_ignore_ascii_case("the")
            || self.word(first).ends_with("-based") && first > 0 && self.word(first - 1) == ",";
        if !definite || first == p.head {
            return None;
        }
        let head = self.word(p.head).to_ascii_lowercase();
        let any = matches!(
            head.as_str(),
            "company"
                | "firm"
                | "group"
                | "carrier"
                | "automaker"
                | "carmaker"
                | "retailer"
                | "lender"
                | "insurer"
                | "manufacturer"
                | "conglomerate"
                | "chainmaker"
                | "chain"
                | "grocer"
                | "utility"
                | "startup"
                | "giant"
                | "maker"
                | "producer"
                | "developer"
                | "publisher"
                | "miner"
                | "operator"
                | "club"
                | "team"
        );
        let named = matches!(
            head.as_str(),
            "bank"
                | "agency"
                | "ministry"
                | "department"
                | "university"
                | "hospital"
                | "party"
                | "union"
                | "commission"
                | "council"
                | "court"
                | "fund"
                | "institute"
                | "foundation"
                | "airline"
                | "network"
                | "newspaper"
        );
        if !(any || named) {
            return None;
        }
        let k = self.names.partition_point(|m| m.span.end <= p.span.start);
        if any {
            // "Zentrix, backed by Acme and Corvel, has raised $1 billion. The company did not
            // say …": of the organisations named in the nearest sentence (of the three before)
            // that names one, the one the article is most about (its salience), the first named
            // on a tie; the organisation that spoke last when that sentence names it.
            let here = self.sentence_of_byte(p.span.start);
            let mut found: Option<(usize, usize)> = None;
            for m in self.names[..k].iter().rev().take(200) {
                let s = self.sentence_of_byte(m.span.start);
                if here.saturating_sub(s) > 3 || found.is_some_and(|(fs, _)| fs != s) {
                    break;
                }
                if let Some(id) = m.entity.filter(|&id| self.business(id, &head)) {
                    let salience = |id: usize| self.entities[id].salience;
                    let last = |id: usize| Some(id) == last_speaker;
                    if found
                        .is_none_or(|(_, f)| !last(f) && (last(id) || salience(id) >= salience(f)))
                    {
                        found = Some((s, id));
                    }
                }
            }
            if let Some((_, id)) = found {
                return Some(id);
            }
            // A description that places the organisation ("the Odesa-based port operator")
            // introduces one where no organisation was named in the last few sentences.
            if (first..p.head).any(|t| self.word(t).ends_with("-based")) {
                return None;
            }
        }
        // As for people, a bounded look back (linear time on any input).
        self.names[..k].iter().rev().take(200).find_map(|m| {
            let id = m.entity?;
            let e = &self.entities[id];
            (e.label == Label::ORG
                && (if any {
                    self.business(id, &head)
                } else {
                    contains_word_ci(&e.name, &head)
                }))
            .then_some(id)
        })
    }

    /// An organisation "the company" (`head`) can be: no public body ("the U.S. Food and Drug
    /// Administration", "the Health Ministry", "the Senate", "the United Nations", "the World
    /// Health Organization"), whose name ends in the word of one; nor, unless `head` is "group" (a union's or a foundation's word too), a union or an
    /// institution ("the United Auto Workers", "Harvard University").
    fn business(&self, id: usize, head: &str) -> bool {
        let e = &self.entities[id];
        let last = e.name.rsplit(' ').next().unwrap_or("");
        let public = matches!(
            last,
            "Administration"
                | "Agency"
                | "Ministry"
                | "Department"
                | "Commission"
                | "Court"
                | "Council"
                | "Parliament"
                | "Congress"
                | "Senate"
                | "House"
                | "Bureau"
                | "Office"
                | "Police"
                | "Government"
                | "Committee"
                | "Party"
                | "Nations"
                | "Organization"
                | "Organisation"
                | "Alliance"
        );
        let institution = matches!(
            last,
            "Union"
                | "Workers"
                | "Federation"
                | "Association"
                | "Guild"
                | "Coalition"
                | "Foundation"
                | "Institute"
                | "University"
                | "College"
                | "School"
                | "Church"
        );
        e.label == Label::ORG && !public && (head == "group" || !institution)
    }

    /// The most recent person before `pos` whose role (or the words just before a mention of
    /// them) holds the role noun `head`.
    fn role_holder(&self, pos: usize, head: &str) -> Option<usize> {
        let k = self.names.partition_point(|m| m.span.end <= pos);
        // As for pronouns, look back a bounded number of names (linear time on any input).
        for m in self.names[..k].iter().rev().take(200) {
            if !self.is_narrated_person(m) {
                continue;
            }
            let id = m.entity?;
            let role = self.entities[id].role.as_deref().unwrap_or("");
            if contains_word_ci(role, head) {
                return Some(id);
            }
            let before_start = floor_boundary(self.text, m.span.start.saturating_sub(48));
            if contains_word_ci(&self.text[before_start..m.span.start], head) {
                return Some(id);
            }
        }
        // A headline names the role before the story names the person ("Kenya's president
        // vows …" over "President Jo Ruto said …"): in the first sentence, look ahead to the
        // first person with that role.
        if self.sentence_of_byte(pos) == 0 {
            for m in self.names[k..].iter().take(50) {
                if !self.is_narrated_person(m) {
                    continue;
                }
                let Some(id) = m.entity else { continue };
                if contains_word_ci(self.entities[id].role.as_deref().unwrap_or(""), head) {
                    return Some(id);
                }
            }
        }
        None
    }

    /// Resolve a phrase to a speaker name and entity; pushes a mention for a pronoun or
    /// nominal resolved to an entity.
    pub(super) fn resolve(
        &self,
        p: &Phrase,
        last_speaker: Option<usize>,
        last_name: Option<&str>,
        new_mentions: &mut Vec<Mention>,
    ) -> Resolved {
        let phrase = p.span.slice(self.text).to_string();
        let (name, entity) = match p.kind {
            SpeakerKind::Name => match self.mention_at(p.head).and_then(|m| m.entity) {
                Some(id) => (Some(self.entities[id].name.clone()), Some(id)),
                None => (Some(self.without_titles(p)), None),
            },
            SpeakerKind::Pronoun => {
                let w = self.word(p.head);
                if lexicon::is_person_pronoun(w) || w == "him" {
                    match self.antecedent(p.span.start, last_speaker) {
                        Some(id) => (Some(self.entities[id].name.clone()), Some(id)),
                        None => (last_name.map(str::to_string), None),
                    }
                } else if w.eq_ignore_ascii_case("it") {
                    // "It said …": the organisation that last spoke, or the first one named in
                    // the nearest sentence before (within three) that names one.
                    match self.org_antecedent(p.span.start, last_speaker) {
                        Some(id) => (Some(self.entities[id].name.clone()), Some(id)),
                        None => (None, None),
                    }
                } else if matches!(w, "who" | "which" | "that") && p.head > 0 {
                    // A relative pronoun stands for the phrase it hangs on ("Lee, who said").
                    let before = if self.word(p.head - 1) == "," {
                        p.head.saturating_sub(2)
                    } else {
                        p.head - 1
                    };
                    // Within the pronoun's sentence, ten tokens back at most.
                    let mut min = before.saturating_sub(10);
                    if let Some(k) = (min..=before).rev().find(|&k| self.is_sentence_start(k)) {
                        min = k;
                    }
                    // "Jo Price, a Democrat who voted no": the phrase is an apposition of a
                    // person named just before it, who is meant.
                    let appositive_of = |q: &Phrase| {
                        let f = q.first_tok;
                        (f >= 2
                            && self.word(f - 1) == ","
                            && self.mention_label(f - 2) == Some(Label::PER)
                            && self.mention_label(q.head) != Some(Label::PER))
                        .then(|| self.np_ending_at(f - 2, min.min(f - 2)))
                        .flatten()
                        .map(|(s, e)| self.classify(s, e))
                        .filter(|n| n.kind == SpeakerKind::Name)
                    };
                    match self
                        .np_ending_at(before, min)
                        .map(|(s, e)| self.classify(s, e))
                        .filter(|q| q.kind != SpeakerKind::Pronoun && q.head < p.head)
                        .map(|q| appositive_of(&q).unwrap_or(q))
                    {
                        Some(q) => {
                            let r = self.resolve(&q, last_speaker, last_name, new_mentions);
                            (r.name, r.entity)
                        }
                        None => (None, None),
                    }
                } else {
                    (None, None)
                }
            }
            SpeakerKind::Nominal => {
                let head = self.word(p.head).to_string();
                // A party member is the person the pronoun "he" or "she" would be.
                match self.role_holder(p.span.start, &head).or_else(|| {
                    is_party_member(&head)
                        .then(|| self.antecedent(p.span.start, last_speaker))
                        .flatten()
                }) {
                    Some(id) => (Some(self.entities[id].name.clone()), Some(id)),
                    None => (Some(phrase), None),
                }
            }
            SpeakerKind::Anonymous | SpeakerKind::Other => match self.org_holder(p, last_speaker) {
                Some(id) => (Some(self.entities[id].name.clone()), Some(id)),
                None => (Some(phrase), None),
            },
        };
        if let (Some(id), SpeakerKind::Pronoun | SpeakerKind::Nominal | SpeakerKind::Other) =
            (entity, p.kind)
        {
            // The same words name the speaker of consecutive parts ("A," he said, "B."): only
            // the last few pushed mentions can repeat this one.
            if !new_mentions.iter().rev().take(8).any(|m| m.span == p.span) {
                new_mentions.push(Mention {
                    span: p.span,
                    label: self.entities[id].label,
                    entity: Some(id),
                    kind: if p.kind == SpeakerKind::Pronoun {
                        MentionKind::Pronoun
                    } else {
                        MentionKind::Nominal
                    },
                    stands_for: None,
                });
            }
        }
        Resolved {
            name,
            entity,
            span: p.span,
            kind: p.kind,
        }
    }
}

/// A party's member as a noun ("the Ohio Republican"): the article's word for a person it
/// has just named.
fn is_party_member(w: &str) -> bool {
    crate::ner::PARTY_MEMBER_NOUNS.contains(&w)
}

/// Month names, lower case.
const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A month name, any case.
pub(super) fn is_month(w: &str) -> bool {
    MONTHS.iter().any(|m| w.eq_ignore_ascii_case(m))
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Does `hay` contain `word` as a whole word, ignoring ASCII case?
fn contains_word_ci(hay: &str, word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    hay.split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|w| w.eq_ignore_ascii_case(word))
}
