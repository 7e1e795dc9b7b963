//! Acting states: a capital or country name used for its government ("Moscow said",
//! "Ankara accuses", "Paris and Washington mediating", "talks with Moscow", "Baku's decision").
//!
//! Only LOC mentions linked to a country or a national capital are considered. Plain locative
//! uses ("in Moscow", "to Paris", "from Ankara", "Moscow, Russia", "the Moscow metro") keep
//! None. Positive evidence: a verb right after the name (or after a coordinated list of such
//! names), a possessive, or a preposition or verb before it that takes an agent or partner
//! ("with", "alongside", "against", "by", "accuses", "calls on").

use super::text::{is_capitalised, is_lower, with_lower, Tokens};
use crate::facts::{Entity, Label, Mention};
use crate::places::{gazetteer, Kind};

/// Prepositions that make a place a location.
const LOCATIVE: &[&str] = &[
    "in",
    "at",
    "to",
    "from",
    "into",
    "near",
    "across",
    "throughout",
    "inside",
    "outside",
    "within",
    "around",
    "toward",
    "towards",
    "via",
    "of",
    "over",
    "through",
    "onto",
    "off",
    "beyond",
    "outside",
    "around",
    "visit",
    "visited",
    "visiting",
    "visits",
    "flew",
    "arrived",
    "returned",
    "traveled",
    "travelled",
    "based",
    "born",
    "live",
    "lives",
    "lived",
    "living",
    "near",
    "downtown",
    "central",
    "northern",
    "southern",
    "eastern",
    "western",
    "north",
    "south",
    "east",
    "west",
    "leave",
    "left",
    "reach",
    "reached",
    "entered",
    "enter",
    "fled",
    "streets",
    "capital",
    "city",
];

/// Nouns after which "to" introduces a party, not a destination ("in reference to X").
const IDIOM_TO: &[&str] = &[
    "reference",
    "regard",
    "respect",
    "response",
    "addition",
    "relation",
    "reply",
    "appeal",
    "letter",
    "message",
    "ultimatum",
    "warning",
    "threat",
    "offer",
];

/// Words before a name that take an agent or a partner.
const AGENT_BEFORE: &[&str] = &[
    "with",
    "alongside",
    "against",
    "by",
    "urged",
    "urges",
    "accuses",
    "accused",
    "blamed",
    "blames",
    "warned",
    "warns",
    "told",
    "pressed",
    "asked",
    "asks",
    "criticized",
    "criticised",
    "condemned",
    "condemns",
    "supports",
    "supported",
    "supporting",
    "backs",
    "backed",
    "backing",
    "sanctioned",
    "sanction",
    "persuade",
    "convince",
    "allies",
    "ally",
];

/// Verbs (and auxiliaries) that show a subject acting or speaking.
const VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "has",
    "have",
    "had",
    "will",
    "would",
    "wants",
    "wanted",
    "must",
    "can",
    "could",
    "should",
    "may",
    "might",
    "did",
    "does",
    "do",
    "announced",
    "announces",
    "rejected",
    "rejects",
    "denied",
    "denies",
    "insists",
    "insisted",
    "warned",
    "warns",
    "accused",
    "accuses",
    "calls",
    "called",
    "demanded",
    "demands",
    "urged",
    "urges",
    "agreed",
    "agrees",
    "refused",
    "refuses",
    "signed",
    "signs",
    "sent",
    "sends",
    "launched",
    "launches",
    "imposed",
    "imposes",
    "expelled",
    "expels",
    "recalled",
    "recalls",
    "responded",
    "responds",
    "threatened",
    "threatens",
    "supports",
    "supported",
    "backs",
    "backed",
    "blamed",
    "blames",
    "claimed",
    "claims",
    "condemned",
    "condemns",
    "welcomed",
    "welcomes",
    "hopes",
    "hoped",
    "plans",
    "planned",
    "seeks",
    "sought",
    "tries",
    "tried",
    "continues",
    "continued",
    "considers",
    "considered",
    "believes",
    "believed",
    "decided",
    "decides",
    "stated",
    "states",
    "declared",
    "declares",
    "confirmed",
    "confirms",
    "argued",
    "argues",
    "maintains",
    "maintained",
    "retaliated",
    "vowed",
    "vows",
    "pledged",
    "pledges",
    "offered",
    "offers",
    "approved",
    "approves",
    "ordered",
    "orders",
    "isn't",
    "wasn't",
    "won't",
    "wouldn't",
    "gave",
    "took",
    "made",
    "told",
    "began",
    "won",
    "lost",
    "struck",
    "led",
    "held",
    "kept",
    "met",
    "paid",
    "brought",
    "bought",
    "fought",
    "built",
    "chose",
    "drew",
    "got",
    "knew",
    "left",
    "meant",
    "put",
    "ran",
    "saw",
    "spoke",
    "spent",
    "stood",
    "threw",
    "went",
    "wrote",
    "became",
    "broke",
    "came",
    "cut",
    "sold",
    "withdrew",
    "beat",
];

/// Nouns before "between" that relate states ("talks between X and Y").
const RELATIONS: &[&str] = &[
    "talks",
    "agreement",
    "deal",
    "relations",
    "ties",
    "tensions",
    "tension",
    "dispute",
    "war",
    "conflict",
    "negotiations",
    "summit",
    "meeting",
    "cooperation",
    "rift",
    "rivalry",
    "treaty",
    "alliance",
    "accord",
    "dialogue",
    "truce",
    "ceasefire",
    "clashes",
    "standoff",
];

/// What a state has or does, after a possessive ("Baku's decision", "Russia's foreign minister").
const STATE_NOUNS: &[&str] = &[
    "decision",
    "decisions",
    "government",
    "position",
    "offer",
    "refusal",
    "move",
    "plan",
    "proposal",
    "response",
    "request",
    "demand",
    "demands",
    "call",
    "policy",
    "stance",
    "support",
    "role",
    "presence",
    "leader",
    "leaders",
    "leadership",
    "president",
    "army",
    "military",
    "forces",
    "troops",
    "ministry",
    "minister",
    "officials",
    "diplomats",
    "ambassador",
    "envoy",
    "intervention",
    "involvement",
    "actions",
    "attack",
    "strikes",
    "threat",
    "warning",
    "accusation",
    "approach",
    "efforts",
    "attempt",
    "bid",
    "claim",
    "claims",
    "insistence",
    "agreement",
    "commitment",
    "withdrawal",
    "invasion",
    "sanctions",
    "veto",
    "vote",
    "backing",
    "campaign",
    "ally",
    "allies",
    "relations",
    "ties",
    "influence",
    "regime",
    "administration",
    "authorities",
    "foreign",
    "prime",
    "defence",
    "defense",
    "embassy",
    "delegation",
    "negotiators",
    "aggression",
    "annexation",
    "retaliation",
    "reaction",
    "objections",
    "concerns",
    "strategy",
];

/// Nouns before "with" that make it a location ("the border with Mexico").
const BORDER: &[&str] = &["border", "borders", "frontier", "boundary", "line", "coast"];

/// Copulas count only before a participle or "set/ready/expected to": "Moscow is a city" is a
/// plain place.
fn copula(w: &str) -> bool {
    matches!(w, "is" | "was" | "are" | "were")
}

fn verb_like(w: &str) -> bool {
    with_lower(w, |l| {
        VERBS.contains(&l)
            || (is_lower(w) && l.len() > 4 && (l.ends_with("ed") || l.ends_with("ing")))
    })
}

/// Set `stands_for` on LOC mentions of countries and capitals used as agents.
pub fn assign(text: &str, toks: &Tokens, mentions: &mut [Mention], entities: &[Entity]) {
    let g = gazetteer();
    let state_of = |m: &Mention| -> Option<&'static str> {
        let e = &entities[m.entity?];
        if m.label != Label::LOC || e.label != Label::LOC {
            return None;
        }
        let cc = e.country.as_deref()?;
        let kind = g
            .lookup(&e.name)
            .iter()
            .map(|h| &g.places[h.place as usize])
            .find(|p| p.geonameid == e.geonameid && p.country == Some(cc))
            .map(|p| p.kind)?;
        matches!(kind, Kind::Country | Kind::Capital)
            .then(|| g.country(cc).and_then(|p| p.country))
            .flatten()
    };
    let n = mentions.len();
    // Places nested in another name ("Washington" in "Washington Post") never stand for states.
    // (Mentions come sorted by start, longer first: a running maximum of ends finds them.)
    let mut max_end = 0;
    let nested: Vec<bool> = mentions
        .iter()
        .map(|m| {
            let inside = m.span.end <= max_end;
            max_end = max_end.max(m.span.end);
            inside
        })
        .collect();
    let states: Vec<Option<&'static str>> = mentions
        .iter()
        .zip(&nested)
        .map(|(m, &nest)| if nest { None } else { state_of(m) })
        .collect();
    let mut acting = vec![false; n];
    // The last member of the coordination a mention heads ("X, Y and Z" share their context:
    // what stands before X and what follows Z).
    let mut skip_until = None;
    for i in 0..n {
        if states[i].is_none() || skip_until.is_some_and(|s| i <= s) {
            continue;
        }
        let mut last = i;
        while last + 1 < n && states[last + 1].is_some() {
            let (a, b) = (mentions[last].span.end, mentions[last + 1].span.start);
            if b < a {
                break;
            }
            let gap = text[a..b].trim();
            if matches!(gap, "and" | "," | "or") {
                last += 1;
            } else {
                break;
            }
        }
        skip_until = Some(last);
        let span = mentions[i].span;
        let before = toks.before(span);
        let prev = before.map(|b| toks.s(b).to_lowercase());
        // "with reference to X", "in response to X": "to" that is no direction.
        let idiom = prev.as_deref() == Some("to")
            && before
                .and_then(|b| b.checked_sub(1))
                .is_some_and(|bb| IDIOM_TO.contains(&toks.s(bb).to_lowercase().as_str()));
        let possessive = text[span.end..].starts_with("’s") || text[span.end..].starts_with("'s");
        // "in Tunisia's decision" is still the state deciding.
        if prev.as_deref().is_some_and(|p| LOCATIVE.contains(&p)) && !idiom && !possessive {
            continue;
        }
        // "talks between X and Y" relate states; "flights between X and Y" relate places.
        let word_before_prev = before
            .and_then(|b| b.checked_sub(1))
            .filter(|&bb| before.is_some_and(|b| toks.same_sentence(bb, b)))
            .map(|bb| toks.s(bb).to_lowercase());
        let relation = word_before_prev
            .as_deref()
            .is_some_and(|w| RELATIONS.contains(&w));
        if prev.as_deref() == Some("between") && !relation {
            continue;
        }
        let border = prev.as_deref() == Some("with")
            && before
                .and_then(|b| b.checked_sub(1))
                .is_some_and(|bb| BORDER.contains(&toks.s(bb).to_lowercase().as_str()));
        if border {
            continue;
        }
        let mut after = toks.after(mentions[last].span);
        // Skip one adverb: "Tunisia closely guards", "Washington also weighed in".
        if let Some(a) = after {
            let w = toks.s(a);
            let short_adverb = matches!(
                w,
                "also"
                    | "still"
                    | "already"
                    | "again"
                    | "then"
                    | "later"
                    | "soon"
                    | "never"
                    | "often"
                    | "now"
            );
            if short_adverb || is_lower(w) && w.len() > 4 && w.ends_with("ly") {
                after = toks.after(toks.spans[a]).or(after);
            }
        }
        let next = after.map(|a| toks.s(a));
        // "Moscow, Russia": a qualified place; "Moscow-based": a location.
        if next.is_some_and(|w| w == "-" || w.starts_with("-")) {
            continue;
        }
        let verb_after = after.is_some_and(|a| {
            let w = toks.s(a);
            if copula(w) {
                // "is expected to", "was quick to", "is ready" are still the state acting.
                return toks.after(toks.spans[a]).is_some_and(|b| {
                    let v = toks.s(b);
                    v.ends_with("ed")
                        || v.ends_with("ing")
                        || matches!(v, "ready" | "set" | "determined" | "willing" | "not")
                });
            }
            verb_like(w)
        });
        // "X, which supports ...": a relative clause with the state as subject.
        let relative = next == Some(",")
            && after
                .and_then(|a| toks.after(toks.spans[a]))
                .is_some_and(|b| matches!(toks.s(b), "which" | "who"));
        let agent_before = prev.as_deref().is_some_and(|p| {
            AGENT_BEFORE.contains(&p)
                || (p == "on"
                    && before.and_then(|b| b.checked_sub(1)).is_some_and(|bb| {
                        toks.same_sentence(bb, before.unwrap_or(bb))
                            && matches!(
                                toks.s(bb).to_lowercase().as_str(),
                                "calls"
                                    | "called"
                                    | "call"
                                    | "calling"
                                    | "pressure"
                                    | "sanctions"
                                    | "relies"
                            )
                    }))
        });
        // Clause subject followed by a verb a few words on ("Paris through the Y will continue").
        let subject = before.is_none_or(|b| {
            matches!(
                toks.s(b).to_lowercase().as_str(),
                "that"
                    | "and"
                    | "but"
                    | "while"
                    | "as"
                    | "because"
                    | "since"
                    | "if"
                    | "when"
                    | "\""
                    | "“"
            )
        }) && after.is_some_and(|a| {
            let end = toks.sentence_end(a).min(a + 6);
            !is_capitalised(toks.s(a))
                && toks.s(a) != ","
                && (a..end)
                    .take_while(|&t| !matches!(toks.s(t), "." | ";" | ":" | "," | "(" | ")"))
                    .any(|t| {
                        matches!(
                            toks.s(t),
                            "will" | "would" | "has" | "have" | "must" | "said" | "says" | "can"
                        )
                    })
        });
        // "X's decision", "X's foreign minister": a possessive before what a state has or does
        // (up to two modifiers between), not "X's athlete of the year".
        let possessive = possessive && {
            let mut t = toks.after(span);
            // Skip the possessive marker itself.
            while let Some(a) = t.filter(|&a| matches!(toks.s(a), "’s" | "'s" | "’" | "'")) {
                t = toks.after(toks.spans[a]);
            }
            let mut hit = false;
            for _ in 0..3 {
                let Some(a) = t else { break };
                let w = toks.s(a).to_lowercase();
                if STATE_NOUNS.contains(&w.as_str()) {
                    hit = true;
                    break;
                }
                t = toks.after(toks.spans[a]);
            }
            hit
        };
        if verb_after || possessive || relative || agent_before || subject {
            for m in acting.iter_mut().take(last + 1).skip(i) {
                *m = true;
            }
        }
    }
    for i in 0..n {
        if acting[i] {
            // A later member of a coordination must not be locative itself ("in X and Y").
            mentions[i].stands_for = states[i].map(str::to_string);
        }
    }
}
