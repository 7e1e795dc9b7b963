//! Roles, affiliations, group members and countries stated around names.
//!
//! - a title before a name: "French Foreign Minister X", "US Secretary of State X", "President X";
//! - an apposition after it: "X, a Republican lawmaker,";
//! - parentheses after it: "X (Republicans, opposition)" → affiliation, "X (R-Fla.)";
//! - a name in parentheses after a title: "the President of the Republic (X)" → X's role;
//! - a group's members in parentheses: "the Y Group (Norway, Chile and Japan)".
//!
//! The country of a person or organisation comes from a nationality in its role ("French",
//! "US") or, for an organisation, a nationality opening its name.

use super::text::{is_capitalised, with_lower, Tokens};
use crate::facts::{Entity, Label, Span};
use crate::ner::NameMention;
use crate::places::{gazetteer, FastMap, Kind};

/// Head words of titles and functions (lower case).
const TITLES: &[&str] = &[
    "minister",
    "president",
    "secretary",
    "representative",
    "rep.",
    "senator",
    "sen.",
    "governor",
    "gov.",
    "mayor",
    "chancellor",
    "premier",
    "king",
    "queen",
    "prince",
    "princess",
    "general",
    "gen.",
    "ambassador",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "director",
    "chairman",
    "chairwoman",
    "chair",
    "ceo",
    "judge",
    "justice",
    "commissioner",
    "chief",
    "leader",
    "pope",
    "archbishop",
    "bishop",
    "cardinal",
    "professor",
    "prof.",
    "dr.",
    "lt.",
    "col.",
    "sgt.",
    "capt.",
    "officer",
    "detective",
    "sheriff",
    "coach",
    "councilman",
    "councilwoman",
    "councillor",
    "councilor",
    "speaker",
    "deputy",
    "envoy",
    "adviser",
    "advisor",
    "attorney",
    "lawmaker",
    "legislator",
    "congressman",
    "congresswoman",
    "founder",
    "emir",
    "sheikh",
    "ayatollah",
    "commander",
    "admiral",
    "adm.",
    "colonel",
    "captain",
    "sergeant",
    "lieutenant",
    "inspector",
    "superintendent",
    "dean",
    "rabbi",
    "imam",
    "reverend",
    "rev.",
    "head",
    "official",
    "analyst",
    "economist",
    "candidate",
    "nominee",
    "executive",
    "manager",
    "treasurer",
    "editor",
    "correspondent",
    "researcher",
    "scientist",
    "activist",
    "lawyer",
    "prosecutor",
    "coordinator",
    "delegate",
    "mp",
    "ombudsman",
    "magistrate",
    "marshal",
    "principal",
    "chairperson",
    "vice-president",
    "president-elect",
    "spokesperson",
    "member",
    "mayor-elect",
    "physician",
    "doctor",
    "surgeon",
    "trooper",
    "firefighter",
    "pastor",
    "priest",
    "player",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "forward",
    "owner",
    "partner",
    "author",
    "writer",
    "professor",
    "student",
    "expert",
    "secretary-general",
    "director-general",
    "diplomat",
    "negotiator",
    "mediator",
    "ruler",
    "dictator",
    "monarch",
    "alderman",
    "alderwoman",
    "alderperson",
    "selectman",
    "selectwoman",
    "assemblyman",
    "assemblywoman",
    "assemblymember",
    "councilmember",
    "supervisor",
    "trustee",
    "comptroller",
    "coroner",
    "clerk",
    "constable",
    "administrator",
    "astronaut",
    "auditor",
    "provost",
    "curator",
    "actor",
    "actress",
    "singer",
    "musician",
    "novelist",
    "historian",
    "architect",
    "entrepreneur",
    "investor",
    "billionaire",
    "referee",
    "pilot",
    "quarterback",
    "linebacker",
    "pitcher",
    "shortstop",
    "winger",
];

/// Words that qualify a title ("Foreign", "Deputy", "former").
const MODIFIERS: &[&str] = &[
    "foreign",
    "prime",
    "vice",
    "deputy",
    "former",
    "interior",
    "defense",
    "defence",
    "finance",
    "health",
    "state",
    "assistant",
    "acting",
    "interim",
    "senior",
    "top",
    "national",
    "security",
    "federal",
    "district",
    "county",
    "city",
    "first",
    "lady",
    "general",
    "associate",
    "economy",
    "trade",
    "justice",
    "education",
    "energy",
    "agriculture",
    "labor",
    "labour",
    "transport",
    "environment",
    "culture",
    "home",
    "affairs",
    "european",
    "armed",
    "forces",
    "supreme",
    "executive",
    "managing",
    "chief",
    "press",
    "communications",
    "public",
    "attorney",
    "u.s.",
    "us",
    "army",
    "navy",
    "air",
    "force",
    "police",
    "fire",
    "opposition",
    "party",
    "republican",
    "democratic",
    "democrat",
    "conservative",
    "labour",
    "liberal",
    "socialist",
    "green",
    "regional",
    "local",
    "provincial",
    "state's",
    "crown",
    "royal",
    "majority",
    "minority",
    "house",
    "senate",
    "high",
    "commissioner",
    "development",
    "information",
    "sports",
    "chief's",
    "ministry",
    "department",
    "embassy",
    "government",
    "military",
    "campaign",
    // "Chief Financial Officer", "Chief Operating Officer", "Chief Technology Officer"
    "financial",
    "operating",
    "technology",
    "marketing",
    "medical",
    "investment",
    "legal",
    "commercial",
    "strategy",
    // Sport, opposition and cabinet offices: "head coach", "athletic director", "defensive
    // coordinator", "race director", "shadow chancellor", "Chief Cabinet Secretary".
    "head",
    "athletic",
    "defensive",
    "offensive",
    "race",
    "football",
    "basketball",
    "baseball",
    "hockey",
    "soccer",
    "team",
    "shadow",
    "cabinet",
    "principal",
    "creative",
    "artistic",
    // "Circuit Judge", "Appeals Court Judge", "Bankruptcy Judge"
    "circuit",
    "appeals",
    "bankruptcy",
    "probate",
    "superior",
];

/// Parties and political families an apposition or parenthesis may name.
const PARTY_WORDS: &[&str] = &[
    "republican",
    "republicans",
    "democrat",
    "democrats",
    "democratic",
    "labour",
    "conservative",
    "conservatives",
    "liberal",
    "liberals",
    "socialist",
    "socialists",
    "green",
    "greens",
    "communist",
    "communists",
    "tory",
    "tories",
    "independent",
];

/// What a lower-case word is in the lists above: [`TITLE`] and/or [`MODIFIER`] bits. One
/// hash lookup (on a lower case built without allocating) instead of scanning both lists for
/// every word before every person's name.
fn word_kind(w: &str) -> u8 {
    static KINDS: std::sync::OnceLock<FastMap<&'static str, u8>> = std::sync::OnceLock::new();
    let kinds = KINDS.get_or_init(|| {
        let mut m: FastMap<&'static str, u8> = FastMap::default();
        for t in TITLES {
            *m.entry(t).or_default() |= TITLE;
        }
        for t in MODIFIERS {
            *m.entry(t).or_default() |= MODIFIER;
        }
        m
    });
    with_lower(w, |l| kinds.get(l).copied().unwrap_or(0))
}

const TITLE: u8 = 1;
const MODIFIER: u8 = 2;

/// Is this word (any case) the head of a title written before a person's name ("President",
/// "Sen.")?
fn is_title(w: &str) -> bool {
    word_kind(w) & TITLE != 0
}

/// A title's head or an honorific ("Mr.") written before a person's name.
pub(super) fn is_title_or_honorific(w: &str) -> bool {
    is_title(w) || matches!(w, "Mr." | "Mrs." | "Ms." | "Mr" | "Mrs" | "Ms")
}

fn is_modifier(w: &str) -> bool {
    word_kind(w) != 0
}

/// Label of the mention covering token `t`, if any.
fn label_at(names: &[NameMention], toks: &Tokens, t: usize) -> Option<Label> {
    let s = toks.spans[t];
    super::text::overlapping(names, s)
        .filter(|&i| names[i].span.contains(&s))
        .map(|i| names[i].label)
}

/// The title phrase that ends right before token index `end` (exclusive): "French Foreign
/// Minister", "US Secretary of State", "President of the Republic". None without a title word.
fn title_before(toks: &Tokens, names: &[NameMention], end: usize) -> Option<Span> {
    if end == 0 {
        return None;
    }
    let floor = toks.sentence_start(end - 1);
    let mut i = end;
    let mut steps = 0;
    while i > floor && steps < 10 {
        let t = i - 1;
        let w = toks.s(t);
        let lab = label_at(names, toks, t);
        let ok = match lab {
            Some(Label::PER) => false,
            Some(_) => true,
            None => {
                is_modifier(w)
                    || matches!(w, "of" | "for")
                    || (w == "the" && t > floor && matches!(toks.s(t - 1), "of" | "for"))
                    || (is_capitalised(w)
                        && t > floor
                        && matches!(toks.s(t - 1), "of" | "for" | "the"))
                    || (w == "-")
                    // "Chairman and CEO", "president and chief executive": two titles.
                    || (w == "and" && t > floor && i < end && is_title(toks.s(t - 1)) && {
                        let next = toks.s(i);
                        is_title(next) || is_modifier(next)
                    })
            }
        };
        if !ok {
            break;
        }
        i = t;
        steps += 1;
    }
    // Trim on the left to the first title, modifier or nationality; on the right nothing.
    while i < end {
        let w = toks.s(i);
        let lab = label_at(names, toks, i);
        let lead = is_modifier(w) || matches!(lab, Some(Label::LOC | Label::NORP | Label::ORG));
        if lead && !matches!(w, "of" | "for" | "the" | "-") {
            break;
        }
        i += 1;
    }
    if i >= end {
        return None;
    }
    if !(i..end).any(|t| is_title(toks.s(t))) {
        return None;
    }
    // Must end with a title word or a capitalised word of the title ("Secretary of State").
    let last = toks.s(end - 1);
    if matches!(last, "of" | "for" | "the" | "-") {
        return None;
    }
    Some(Span::new(toks.spans[i].start, toks.spans[end - 1].end))
}

/// "X, a Republican lawmaker," → the phrase after the comma, with a title word in it.
fn apposition(toks: &Tokens, after: usize) -> Option<Span> {
    if toks.s(after) != "," {
        return None;
    }
    let mut i = after + 1;
    let end_s = toks.sentence_end(after);
    if i < end_s && with_lower(toks.s(i), |w| matches!(w, "a" | "an" | "the")) {
        i += 1;
    }
    let start = i;
    let mut j = i;
    while j < end_s && j - start < 10 && !matches!(toks.s(j), "," | "." | ";" | ")" | "(" | ":") {
        if with_lower(toks.s(j), |w| {
            matches!(w, "who" | "which" | "said" | "says" | "and")
        }) {
            return None;
        }
        j += 1;
    }
    if j == start || j >= end_s || !matches!(toks.s(j), "," | "." | ";" | ")") {
        return None;
    }
    titled_phrase(toks, start..j)
}

/// The span of tokens `r` when the phrase carries a title: its head is a title word, or it
/// holds "title of/for/at/in Y" ("spokesman for the ministry", "an official in that office").
fn titled_phrase(toks: &Tokens, r: std::ops::Range<usize>) -> Option<Span> {
    let (start, end) = (r.start, r.end);
    let titled = is_title(toks.s(end - 1))
        || r.clone().any(|t| {
            is_title(toks.s(t))
                && t + 1 < end
                && matches!(toks.s(t + 1), "of" | "for" | "at" | "in")
        });
    titled.then(|| Span::new(toks.spans[start].start, toks.spans[end - 1].end))
}

/// "A spokesman for the company, X," / "Her lawyer, X, said": the phrase before a name set off
/// by commas, with a title word as its head (or "title of/for/at Y"). `comma` is the token
/// before the name and `after` the one after it. The determiner or possessive opening the
/// phrase is left out of the role ("spokesman for the company", "lawyer").
fn apposition_before(toks: &Tokens, comma: usize, after: Option<usize>) -> Option<Span> {
    // (The name may end the sentence: "…, according to the city's mayor, Jo Price.")
    if toks.s(comma) != "," || after.is_none_or(|a| !matches!(toks.s(a), "," | ".")) || comma == 0 {
        return None;
    }
    let floor = toks.sentence_start(comma);
    let mut i = comma;
    while i > floor && comma - i < 10 {
        let w = toks.s(i - 1);
        if matches!(
            w,
            "," | ";" | ":" | "(" | ")" | "\"" | "“" | "”" | "—" | "--"
        ) {
            break;
        }
        i -= 1;
    }
    // "…, and the Conservative leader, X, called": a conjunction opening the clause; "…,”
    // said the group's regional president, X.": an inverted verb of saying.
    if i + 1 < comma
        && with_lower(toks.s(i), |w| {
            matches!(
                w,
                "and" | "but" | "while" | "said" | "says" | "added" | "wrote"
            )
        })
    {
        i += 1;
    }
    // "according to the city's mayor, X": the phrase after a preposition.
    if let Some(p) = (i..comma.saturating_sub(2)).find(|&t| {
        with_lower(toks.s(t), |w| matches!(w, "to" | "by" | "from" | "with"))
            && with_lower(toks.s(t + 1), |w| {
                matches!(w, "the" | "a" | "an" | "his" | "her")
            })
    }) {
        i = p + 1;
    }
    // The phrase opens the sentence or a clause, with a determiner or possessive.
    let opener = toks.s(i);
    let det = with_lower(opener, |w| {
        matches!(
            w,
            "a" | "an" | "the" | "his" | "her" | "their" | "its" | "our" | "my"
        )
    });
    // Or a possessive: "the mayor's spokesman, X," / "Smith's lawyer, X," (kept in the role).
    let possessive = (i + 1..comma).any(|t| matches!(toks.s(t), "'s" | "’s"));
    if !(det || possessive) || comma - i < 2 {
        return None;
    }
    let start = if det { i + 1 } else { i };
    let body = start..comma;
    let clause = body.clone().any(|t| {
        with_lower(toks.s(t), |w| {
            matches!(
                w,
                "said" | "says" | "who" | "which" | "that" | "and" | "is" | "was"
            )
        })
    });
    if clause {
        return None;
    }
    titled_phrase(toks, body)
}

/// Contents of a parenthesis that opens right at token `open`: the token range inside.
fn parenthesis(toks: &Tokens, open: usize) -> Option<std::ops::Range<usize>> {
    if toks.s(open) != "(" {
        return None;
    }
    let end_s = toks.sentence_end(open);
    let mut j = open + 1;
    while j < end_s && j - open < 16 {
        match toks.s(j) {
            ")" => return (j > open + 1).then_some(open + 1..j),
            "(" => return None,
            _ => j += 1,
        }
    }
    None
}

/// Fill roles, affiliations, members and countries of people and organisations.
pub fn assign(
    text: &str,
    toks: &Tokens,
    names: &[NameMention],
    owner: &[usize],
    entities: &mut [Entity],
) {
    let mut title_role: Vec<Option<Span>> = vec![None; entities.len()];
    let mut appo_role: Vec<Option<Span>> = vec![None; entities.len()];
    let mut paren_role: Vec<Option<Span>> = vec![None; entities.len()];
    for (mi, n) in names.iter().enumerate() {
        let e = owner[mi];
        let label = entities[e].label;
        let cov = toks.covered(n.span);
        if cov.is_empty() {
            continue;
        }
        let after = toks.after(n.span);
        let before = toks.before(n.span);
        if label == Label::PER {
            if title_role[e].is_none() {
                title_role[e] = title_before(toks, names, cov.start);
            }
            if appo_role[e].is_none() {
                appo_role[e] = before.and_then(|b| apposition_before(toks, b, after));
            }
            // Skip a possessive or closing mark between the name and what follows.
            if let Some(a) = after {
                if appo_role[e].is_none() {
                    appo_role[e] = apposition(toks, a);
                }
                if let Some(inside) = parenthesis(toks, a) {
                    if entities[e].affiliation.is_none() {
                        entities[e].affiliation = affiliation_in(text, toks, inside);
                    }
                }
            }
            // "the President of the Republic (X)".
            if let (Some(b), Some(a)) = (before, after) {
                if toks.s(b) == "(" && toks.s(a) == ")" && paren_role[e].is_none() {
                    paren_role[e] = title_before(toks, names, b);
                }
            }
        } else if matches!(label, Label::ORG | Label::MISC) && entities[e].members.is_empty() {
            if let Some(inside) = after.and_then(|a| parenthesis(toks, a)) {
                entities[e].members = members_in(names, owner, entities, toks, inside);
            }
        }
    }
    for (e, ent) in entities.iter_mut().enumerate() {
        if ent.label == Label::PER {
            // An honorific alone ("Dr.") gives way to a role stated in an apposition.
            let honorific = title_role[e]
                .is_some_and(|r| matches!(r.slice(text), "Dr." | "Dr" | "Prof." | "Professor"));
            let title = title_role[e].filter(|_| !(honorific && appo_role[e].is_some()));
            let role = title.or(appo_role[e]).or(paren_role[e]);
            if let Some(r) = role {
                ent.role = Some(r.slice(text).to_string());
            }
            // A party word in the apposition ("a Republican lawmaker") is an affiliation too.
            if ent.affiliation.is_none() {
                if let Some(r) = appo_role[e] {
                    ent.affiliation = r
                        .slice(text)
                        .split_whitespace()
                        .find(|w| {
                            PARTY_WORDS.contains(&w.to_lowercase().as_str()) && is_capitalised(w)
                        })
                        .map(str::to_string);
                }
            }
        }
        if matches!(ent.label, Label::PER | Label::ORG) && ent.country.is_none() {
            let source = match ent.label {
                Label::PER => ent.role.clone(),
                _ => ent.name.split_whitespace().next().map(str::to_string),
            };
            ent.country = source.and_then(|r| nationality_in(&r)).map(str::to_string);
        }
    }
    possessed_organisations(text, toks, names, owner, entities);
}

/// An organisation named right after a country's possessive ("India's External Affairs
/// Ministry", "Japan's Zentor Motors") is that country's, where nothing else gave it one.
fn possessed_organisations(
    text: &str,
    toks: &Tokens,
    names: &[NameMention],
    owner: &[usize],
    entities: &mut [Entity],
) {
    let g = gazetteer();
    for (i, n) in names.iter().enumerate() {
        let e = owner[i];
        if entities[e].label != Label::ORG || entities[e].country.is_some() || i == 0 {
            continue;
        }
        let Some(b) = toks
            .before(n.span)
            .filter(|&b| matches!(toks.s(b), "'s" | "’s"))
        else {
            continue;
        };
        let p = &names[i - 1];
        if p.label != Label::LOC || p.span.end != toks.spans[b].start {
            continue;
        }
        let country = g
            .lookup(p.span.slice(text))
            .iter()
            .find(|h| h.primary && g.places[h.place as usize].kind == Kind::Country)
            .and_then(|h| g.places[h.place as usize].country);
        if let Some(cc) = country {
            entities[e].country = Some(cc.to_string());
        }
    }
}

/// The first nationality in a phrase ("French Foreign Minister" → FR, "U.S. Secretary" → US).
fn nationality_in(phrase: &str) -> Option<&'static str> {
    let g = gazetteer();
    let ws: Vec<&str> = phrase.split_whitespace().collect();
    for i in 0..ws.len() {
        for len in (1..=3.min(ws.len() - i)).rev() {
            // The words as they stand in the phrase: lookups fold the blanks between them as
            // joining them with single spaces would.
            let from = ws[i].as_ptr() as usize - phrase.as_ptr() as usize;
            let last = ws[i + len - 1];
            let to = last.as_ptr() as usize - phrase.as_ptr() as usize + last.len();
            let cand = &phrase[from..to];
            if !is_capitalised(cand) {
                continue;
            }
            // `g.nationality(cand)` and the division below, from one lookup of the name.
            if let Some(cc) = g.demonym(cand) {
                return Some(cc);
            }
            let hits = g.lookup(cand);
            let country = hits
                .iter()
                .find(|h| h.primary && g.places[h.place as usize].kind == Kind::Country)
                .and_then(|h| g.places[h.place as usize].country);
            if country.is_some() {
                return country;
            }
            // A state or province names the country too ("Quebec Health Minister", "New York
            // Gov."), and must not be read word by word ("British Columbia" is not British).
            let division = hits.iter().find_map(|h| {
                let p = &g.places[h.place as usize];
                (h.primary && p.kind == Kind::Admin1)
                    .then_some(p.country)
                    .flatten()
            });
            // Unless a larger city elsewhere has the name: "Manchester United" is named after
            // the English city, not the Jamaican parish.
            let division = division.filter(|&cc| {
                let pop = |inside: bool| {
                    hits.iter()
                        .map(|h| &g.places[h.place as usize])
                        .filter(|p| (p.country == Some(cc)) == inside)
                        .map(|p| p.population)
                        .max()
                        .unwrap_or(0)
                };
                pop(false) <= pop(true)
            });
            if division.is_some() {
                return division;
            }
        }
    }
    None
}

/// "(Republicans, opposition)" → "Republicans"; "(R-Fla.)" → "Republican".
fn affiliation_in(text: &str, toks: &Tokens, inside: std::ops::Range<usize>) -> Option<String> {
    let first = toks.s(inside.start);
    if inside.len() >= 2 && toks.s(inside.start + 1) == "-"
        || first.starts_with("R-")
        || first.starts_with("D-")
    {
        let party = match first.chars().next() {
            Some('R') => "Republican",
            Some('D') => "Democrat",
            Some('I') => "Independent",
            _ => return None,
        };
        if first.len() == 1 || first.as_bytes().get(1) == Some(&b'-') {
            return Some(party.to_string());
        }
    }
    let mut j = inside.start;
    while j < inside.end && toks.s(j) != "," {
        j += 1;
    }
    if j == inside.start
        || !(inside.start..j)
            .all(|t| is_capitalised(toks.s(t)) || matches!(toks.s(t), "of" | "for" | "the" | "and"))
    {
        return None;
    }
    if (inside.start..j).any(|t| is_title(toks.s(t))) {
        return None;
    }
    Some(
        Span::new(toks.spans[inside.start].start, toks.spans[j - 1].end)
            .slice(text)
            .to_string(),
    )
}

/// "(Norway, Chile and Japan)" → their entities' names, when the parenthesis is
/// nothing but a list of two or more names.
fn members_in(
    names: &[NameMention],
    owner: &[usize],
    entities: &[Entity],
    toks: &Tokens,
    inside: std::ops::Range<usize>,
) -> Vec<String> {
    let mut out = Vec::new();
    let mut t = inside.start;
    while t < inside.end {
        let w = toks.s(t);
        if matches!(w, "," | "and" | "the" | "&") {
            t += 1;
            continue;
        }
        let span = toks.spans[t];
        let Some(mi) = names
            .binary_search_by_key(&span.start, |n| n.span.start)
            .ok()
        else {
            return Vec::new();
        };
        let e = owner[mi];
        if !matches!(
            entities[e].label,
            Label::LOC | Label::ORG | Label::NORP | Label::PER
        ) {
            return Vec::new();
        }
        out.push(entities[e].name.clone());
        let end = names[mi].span.end;
        while t < inside.end && toks.spans[t].start < end {
            t += 1;
        }
    }
    if out.len() >= 2 {
        out
    } else {
        Vec::new()
    }
}
