//! Grouping name mentions into entities, and gazetteer names the tagger missed.

use super::text::{is_capitalised, with_lower, words, Tokens};
use crate::facts::{Label, Span};
use crate::ner::NameMention;
use crate::places::{gazetteer, FastMap, FastSet, Kind, MINOR_DIVISION};

/// Mentions of one entity.
#[derive(Debug, Clone)]
pub struct Cluster<'t> {
    pub label: Label,
    /// The longest name.
    pub name: &'t str,
    /// Indices of the mentions, in text order.
    pub members: Vec<usize>,
    /// Distinct surface forms, longest first.
    pub surfaces: Vec<&'t str>,
    words: Vec<String>,
    place: Option<u32>,
    /// `acronym_of(name)`, kept with the name: later mentions compare themselves with it.
    acronym: Option<String>,
}

/// Words left out of acronyms ("United Nations" → UN, "Bank of America" → BOA is allowed too).
const ACRONYM_SKIP: &[&str] = &["of", "the", "and", "for", "de", "on", "in", "&"];

/// The letters of an acronym ("U.N." → "UN"), if the name is one.
fn acronym_of(s: &str) -> Option<String> {
    // Most names have a lower-case letter: no acronym, and no string built to find out.
    if !s.bytes().all(|b| b.is_ascii_uppercase() || b == b'.') {
        return None;
    }
    let letters: String = s.chars().filter(|c| *c != '.').collect();
    let n = letters.chars().count();
    ((2..=6).contains(&n) && letters.chars().all(|c| c.is_ascii_uppercase())).then_some(letters)
}

/// The initials of a multi-word name, with and without the skipped small words (the reference
/// [`has_initials`] is tested against).
#[cfg(test)]
fn initials(ws: &[String]) -> Vec<String> {
    if ws.len() < 2 {
        return Vec::new();
    }
    let all: String = ws.iter().filter_map(|w| w.chars().next()).collect();
    let content: String = ws
        .iter()
        .filter(|w| !ACRONYM_SKIP.contains(&w.as_str()))
        .filter_map(|w| w.chars().next())
        .collect();
    vec![all.to_uppercase(), content.to_uppercase()]
}

/// Is `a` one of the [`initials`] of `ws`? The same test without building them.
fn has_initials(ws: &[String], a: &str) -> bool {
    fn spells(firsts: impl Iterator<Item = char>, a: &str) -> bool {
        let mut rest = a.chars();
        firsts
            .flat_map(char::to_uppercase)
            .all(|c| rest.next() == Some(c))
            && rest.next().is_none()
    }
    let firsts = |skip: bool| {
        ws.iter()
            .filter(move |w| !(skip && ACRONYM_SKIP.contains(&w.as_str())))
            .filter_map(|w| w.chars().next())
    };
    if ws.len() >= 2 && (spells(firsts(false), a) || spells(firsts(true), a)) {
        return true;
    }
    // An acronym that leaves out a last "and …" part ("Centers for Disease Control and
    // Prevention" → CDC): the initials of the words before that "and" (at least two).
    match ws.iter().rposition(|w| w == "and") {
        Some(k) if k >= 2 => has_initials(&ws[..k], a),
        _ => false,
    }
}

/// Is `short` a contiguous run of `long` that ends with its last word (a surname, "Van der Berg")?
/// A generational suffix after the surname does not count ("Marcos" of "Ferdinand Marcos Jr.").
fn is_name_tail(short: &[String], long: &[String]) -> bool {
    let long = match long.split_last() {
        Some((last, rest))
            if rest.len() > 1 && matches!(last.as_str(), "jr" | "sr" | "ii" | "iii" | "iv") =>
        {
            rest
        }
        _ => long,
    };
    !short.is_empty() && short.len() < long.len() && long.ends_with(short)
}

/// Is `short` one inner word of a long person's name, by which the person is known ("Lula" of
/// "Luiz Inácio Lula da Silva")? Only in names of four words or more: in shorter ones an inner
/// word is a middle name ("John Fitzgerald Kennedy").
fn is_inner_name(short: &[String], long: &[String]) -> bool {
    short.len() == 1
        && long.len() >= 4
        && long[1..long.len() - 1].contains(&short[0])
        && !matches!(
            short[0].as_str(),
            "da" | "de" | "do" | "dos" | "del" | "van" | "von" | "der" | "la" | "le" | "bin" | "al"
        )
}

/// Words that open many organisations' names without naming one ("National", "University"):
/// never taken alone as the short form of a longer name.
const ORG_GENERIC_OPENERS: &[&str] = &[
    "the",
    "university",
    "college",
    "school",
    "bank",
    "national",
    "new",
    "first",
    "united",
    "american",
    "british",
    "european",
    "international",
    "general",
    "royal",
    "state",
    "federal",
    "central",
    "world",
    "global",
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "ministry",
    "department",
    "office",
    "council",
    "party",
    "association",
    "institute",
    "democratic",
    "republican",
    "city",
    "county",
    "supreme",
    "high",
    "court",
    "house",
    "senate",
    "us",
    "u.s",
    "uk",
    "eu",
];

/// Last words of organisations' full names that their short forms drop: legal forms and
/// the head nouns of companies and institutions.
const ORG_TAILS: &[&str] = &[
    "inc",
    "corp",
    "co",
    "ltd",
    "llc",
    "plc",
    "lp",
    "llp",
    "ag",
    "sa",
    "nv",
    "se",
    "gmbh",
    "asa",
    "ab",
    "oy",
    "oyj",
    "bv",
    "spa",
    "kk",
    "bhd",
    "pty",
    "pte",
    "incorporated",
    "corporation",
    "company",
    "limited",
    "group",
    "holdings",
    "international",
    "technologies",
    "technology",
    "industries",
    "systems",
    "partners",
    "associates",
    "enterprises",
    "brands",
    "motors",
    "airlines",
    "airways",
    "pharmaceuticals",
    "energy",
    "media",
    "entertainment",
    "communications",
    "networks",
    "labs",
    "laboratories",
    "news",
    "foundation",
    "institute",
    "institution",
    "university",
    "college",
    "school",
    "hospital",
    "party",
    "department",
    "ministry",
    "agency",
    "fund",
    "bank",
    "trust",
    "association",
    "society",
    "union",
    "council",
    "committee",
    "commission",
    "club",
];

/// Is `short` the opening words of an organisation's longer name ("Norvex" / "Norvex
/// Technologies Inc.", "Goldman Sachs" / "Goldman Sachs Group", "Harvard" / "Harvard
/// University")? Companies and institutions are named in full once, then by their first words.
/// The full name must end like an organisation's name: a title-case headline tagged as one
/// long name ("FDIC Accused Of Covering Up …") must not take over its first word's mentions.
fn is_org_short_form(short: &[String], long: &[String]) -> bool {
    !short.is_empty()
        && short.len() < long.len()
        && long.starts_with(short)
        && !ORG_GENERIC_OPENERS.contains(&short[0].as_str())
        && long.last().is_some_and(|w| ORG_TAILS.contains(&w.as_str()))
        // Two names the tagger ran together ("FBI and Justice Department").
        && !long.iter().any(|w| w == "and")
}

/// Head nouns that name an institution of their own, whatever organisation ending in them was
/// named before: "the House" after "the White House" is the House of Representatives, "the
/// Senate" after "the Ohio Senate" is often the national one.
const SELF_NAMED_HEADS: &[&str] = &["house", "senate", "congress", "parliament"];

/// The town's name in a municipality's ("City of Richmond", "TOWN OF ERIN", "Village of
/// Avon"): what follows the prefix, when it is a capitalised name; else the name as it is.
fn municipality_of(s: &str) -> &str {
    const PREFIXES: &[&str] = &["city of ", "town of ", "village of ", "borough of "];
    for p in PREFIXES {
        if let Some(rest) = s.get(..p.len()).filter(|h| h.eq_ignore_ascii_case(p)) {
            let rest = &s[rest.len()..];
            if rest.starts_with(|c: char| c.is_uppercase()) {
                return rest;
            }
        }
    }
    s
}

/// The word right before byte `start` (letters only; "" after punctuation or at the start).
fn word_before(text: &str, start: usize) -> &str {
    let before = text[..start].trim_end();
    let from = before
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    &before[from..]
}

/// Does the word "the" (any case) stand right before byte `start`?
fn after_the(text: &str, start: usize) -> bool {
    word_before(text, start).eq_ignore_ascii_case("the")
}

/// Key for exact joins: lower case, NORP plurals folded ("Republicans" = "Republican"), from
/// the name's [`words`].
fn key(label: Label, ws: &[String]) -> String {
    let k = ws.join(" ");
    if label == Label::NORP {
        if let Some(r) = k.strip_suffix('s') {
            return r.to_string();
        }
    }
    k
}

/// How many clusters back (and forth) a mention is compared with. News articles name far fewer
/// things; the bound keeps an adversarial text of many distinct names linear.
const WINDOW: usize = 512;

/// The most recent of the last [`WINDOW`] clusters that satisfies `pred`.
fn recent(out: &[Cluster], pred: impl Fn(&Cluster) -> bool) -> Option<usize> {
    let from = out.len().saturating_sub(WINDOW);
    out[from..].iter().rposition(pred).map(|i| from + i)
}

/// Of the last [`WINDOW`] clusters that satisfy `pred`, the one named most so far, the most
/// recent on a tie.
fn most_named(out: &[Cluster], pred: impl Fn(&Cluster) -> bool) -> Option<usize> {
    let from = out.len().saturating_sub(WINDOW);
    (from..out.len())
        .filter(|&i| pred(&out[i]))
        .max_by_key(|&i| (out[i].members.len(), i))
}

/// Group mentions (sorted by position) into clusters, in order of first mention.
/// `state[i]` tells that mention `i` is used as a state's name ("upstate New York"): such a
/// mention joins the state of its name, never a city of that name ("New York" the city).
/// `settled[i]` tells that place mention `i` stands after "in" with its qualifier ("in Lincoln,
/// Nebraska"): it joins no person as a surname.
pub fn cluster<'t>(
    text: &'t str,
    names: &[NameMention],
    state: &[bool],
    settled: &[bool],
) -> Vec<Cluster<'t>> {
    let g = gazetteer();
    let mut out: Vec<Cluster> = Vec::new();
    let mut by_key: FastMap<(bool, String), usize> = FastMap::default();
    for (i, n) in names.iter().enumerate() {
        let surface = n.span.slice(text);
        // "The City of Richmond" is Richmond: one entity of the town's name, not a second
        // place that resolves on its own (to the biggest namesake, pulling the article's other
        // places with it).
        let surface = if n.label == Label::LOC {
            municipality_of(surface)
        } else {
            surface
        };
        let ws = words(surface);
        if ws.is_empty() {
            // Nothing word-like: its own entity.
            out.push(new_cluster(n.label, surface, i, ws, None));
            continue;
        }
        let mut k = key(n.label, &ws);
        let is_loc = n.label == Label::LOC;
        // The state of the name, for a name used as a state's: a key of its own ("new york
        // state", as "New York State" written out has), so that it joins no city's cluster.
        let division = (is_loc && state.get(i).copied().unwrap_or(false))
            .then(|| {
                g.lookup(surface).iter().find(|h| {
                    let p = &g.places[h.place as usize];
                    h.primary && p.kind == Kind::Admin1
                })
            })
            .flatten();
        if division.is_some() && !k.ends_with(" state") {
            k.push_str(" state");
        }
        let place = if let Some(h) = division {
            Some(h.place)
        } else if is_loc {
            g.resolve(surface, &Default::default())
        } else {
            None
        };
        // (A nationality joins a person of that surname only where used as a noun.)
        let as_person = n.label == Label::NORP && used_as_person(text, n.span);
        let mut target = by_key
            .get(&(is_loc, k.clone()))
            .copied()
            .filter(|&t| !(n.label == Label::NORP && out[t].label == Label::PER) || as_person);
        // A place already named otherwise ("U.S." / "United States").
        if target.is_none() && place.is_some() {
            target = recent(&out, |c| {
                c.label == Label::LOC && c.place.is_some() && c.place == place
            });
        }
        // A surname or short form of a person named in full before (a nationality word used
        // as a noun too: "Officer Ella French … French, 29, was", "French's family").
        if target.is_none()
            && (n.label != Label::NORP || as_person)
            && !settled.get(i).copied().unwrap_or(false)
        {
            // The person already named by these very words (a place-tagged "Clinton" after
            // "Clinton said", unless after a place preposition: "docked in Obama"); else, of two people sharing the surname, the one named most so
            // far (the headline's subject, not the relative named once: "His daughter, Ana
            // Jamal, said"), else the one named last.
            target = (is_loc && !PLACE_PREPOSITIONS.contains(&word_before(text, n.span.start)))
                .then(|| by_key.get(&(false, k.clone())).copied())
                .flatten()
                .filter(|&t| out[t].label == Label::PER)
                .or_else(|| {
                    most_named(&out, |c| {
                        c.label == Label::PER && is_name_tail(&ws, &c.words)
                    })
                })
                .or_else(|| {
                    recent(&out, |c| {
                        c.label == Label::PER && is_inner_name(&ws, &c.words)
                    })
                });
        }
        // The short form of an organisation named in full before (also one the tagger read
        // as another kind of name: "Arm" after "Arm Holdings").
        if target.is_none() && matches!(n.label, Label::ORG | Label::MISC) {
            target = recent(&out, |c| {
                c.label == Label::ORG && is_org_short_form(&ws, &c.words)
            });
        }
        // The head noun of an organisation named in full before, after "the" ("the Post"
        // after "The Washington Post", "the Ministry" after "the External Affairs Ministry"):
        // the most recent such organisation.
        if target.is_none()
            && matches!(n.label, Label::ORG | Label::MISC)
            && ws.len() == 1
            && !SELF_NAMED_HEADS.contains(&ws[0].as_str())
            && after_the(text, n.span.start)
        {
            target = recent(&out, |c| {
                c.label == Label::ORG
                    && c.words.len() >= 2
                    && c.words.last() == ws.first()
                    && !c.words.iter().any(|w| w == "and")
            });
        }
        // An acronym of a name given before, or the expansion of an acronym given before.
        if target.is_none() && matches!(n.label, Label::ORG | Label::MISC | Label::LOC) {
            if let Some(a) = acronym_of(surface) {
                target = recent(&out, |c| {
                    c.label != Label::PER && has_initials(&c.words, &a)
                });
            } else {
                target = recent(&out, |c| {
                    c.label != Label::PER
                        && c.acronym.as_ref().is_some_and(|a| has_initials(&ws, a))
                });
            }
        }
        match target {
            Some(t) => {
                let c = &mut out[t];
                c.members.push(i);
                if !c.surfaces.contains(&surface) {
                    c.surfaces.push(surface);
                }
                // The longest proper name becomes the name (and a person's label wins).
                let longer = surface.chars().count() > c.name.chars().count()
                    && acronym_of(surface).is_none();
                // A dateline's "BERLIN" gives way to "Berlin" written in the story.
                let better_case = surface.chars().count() == c.name.chars().count()
                    && all_caps(c.name)
                    && !all_caps(surface)
                    && n.label == c.label;
                if longer && (n.label == c.label || c.acronym.is_some()) || better_case {
                    c.name = surface;
                    c.acronym = acronym_of(c.name);
                    c.words = ws;
                    c.label = n.label;
                }
                if !(n.label == Label::NORP && c.label == Label::PER) {
                    by_key.insert((c.label == Label::LOC, k), t);
                }
            }
            None => {
                by_key.insert((is_loc, k), out.len());
                out.push(new_cluster(n.label, surface, i, ws, place));
            }
        }
    }
    // A short form named before its full name ("Smith ... John Smith", a headline's "Norvex
    // to cut jobs" before "Norvex Technologies Inc."): join them now.
    let mut merged_into: Vec<Option<usize>> = vec![None; out.len()];
    for a in 0..out.len() {
        let label = out[a].label;
        if !matches!(label, Label::PER | Label::ORG | Label::MISC) {
            continue;
        }
        let window = a.saturating_sub(WINDOW)..(a + WINDOW).min(out.len());
        for b in window {
            if a != b
                && merged_into[b].is_none()
                && if label == Label::MISC {
                    out[b].label == Label::ORG
                } else {
                    out[b].label == label
                }
                && if label == Label::PER {
                    is_name_tail(&out[a].words, &out[b].words)
                } else {
                    b > a && is_org_short_form(&out[a].words, &out[b].words)
                }
            {
                merged_into[a] = Some(b);
                break;
            }
        }
    }
    for a in 0..out.len() {
        let mut t = a;
        let mut hops = 0;
        while let Some(n) = merged_into[t] {
            t = n;
            hops += 1;
            if hops > out.len() {
                break;
            }
        }
        if t != a {
            let moved = std::mem::take(&mut out[a].members);
            let surfaces = std::mem::take(&mut out[a].surfaces);
            out[t].members.extend(moved);
            out[t].members.sort_unstable();
            for s in surfaces {
                if !out[t].surfaces.contains(&s) {
                    out[t].surfaces.push(s);
                }
            }
        }
    }
    out.retain(|c| !c.members.is_empty());
    out.sort_by_key(|c| c.members[0]);
    for c in &mut out {
        c.surfaces
            .sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
    }
    out
}

/// Is a nationality word at `span` used as a noun for a person, the way a surname is: followed
/// by a comma, a possessive or a verb of saying or being ("French, 29, was", "French's",
/// "French said"), not by the noun it qualifies ("French officials")?
fn used_as_person(text: &str, span: Span) -> bool {
    let after = &text[span.end..];
    if after.starts_with(',') || after.starts_with("'s") || after.starts_with("’s") {
        return true;
    }
    let next = after
        .trim_start_matches([' ', '\t'])
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    matches!(
        next,
        "said" | "says" | "told" | "was" | "is" | "had" | "has" | "added" | "wrote" | "died"
    )
}

/// Written in capitals only ("BERLIN"), with at least one letter.
fn all_caps(s: &str) -> bool {
    s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase)
}

fn new_cluster<'t>(
    label: Label,
    surface: &'t str,
    i: usize,
    ws: Vec<String>,
    place: Option<u32>,
) -> Cluster<'t> {
    Cluster {
        label,
        name: surface,
        members: vec![i],
        surfaces: vec![surface],
        acronym: acronym_of(surface),
        words: ws,
        place,
    }
}

/// Suffixes that make a name a place whatever the tagger said ("Anderson County").
const PLACE_SUFFIXES: &[&str] = &[" County", " Parish", " Township", " Twp.", " Borough"];

/// Towns named with ordinary words that open organisation names ("Central High School",
/// "Union Bank"): never taken as places from a tagger's ORG/MISC name.
const COMMON_WORD_TOWNS: &[&str] = &[
    "Congress",
    "Parliament",
    "Central",
    "Union",
    "Liberty",
    "Independence",
    "Progress",
    "Unity",
    "Hope",
    "Justice",
    "Freedom",
    "Victory",
    "Enterprise",
    "Commerce",
    "Industry",
    "Opportunity",
    "Concord",
    "Harmony",
    "Paradise",
    "Eden",
    "Friendship",
    "Providence",
    "Reform",
    "Alliance",
    "Mission",
    "Temple",
    "Trinity",
    "Phoenix",
    "Orange",
    "Mobile",
    "Reading",
    "Bath",
    "Nice",
    "Split",
    "Of",
    "Corona",
];

/// Towns named after people, that open the names of organisations named after those people
/// ("Washington Post", "Lincoln Center"): not taken as places inside organisation names.
const PERSON_NAMED_TOWNS: &[&str] = &[
    "Lincoln",
    "Jackson",
    "Washington",
    "Franklin",
    "Madison",
    "Hamilton",
    "Jefferson",
    "Houston",
    "Columbus",
    "Marshall",
];

/// Is this one of the towns named after people ([`PERSON_NAMED_TOWNS`])?
pub(super) fn person_named_town(surface: &str) -> bool {
    PERSON_NAMED_TOWNS
        .iter()
        .any(|w| w.eq_ignore_ascii_case(surface.trim()))
}

/// Is this surface, as a whole, a well-known place: a country, division, region, capital or a
/// city of at least `min_city` people (primary names only)?
fn well_known_place(surface: &str, min_city: u64) -> bool {
    well_known(surface, min_city, true)
}

/// [`well_known_place`], optionally without regions and oceans (for names inside organisation
/// names: "North Atlantic Treaty Organization" is no mention of the ocean).
pub(super) fn well_known(surface: &str, min_city: u64, regions: bool) -> bool {
    well_known_in(gazetteer().lookup(surface), surface, min_city, regions)
}

/// [`well_known`] of the places `hits` found for `surface` (its lookup with "St." spelt out,
/// say).
pub(super) fn well_known_in(
    hits: &[crate::places::Hit],
    surface: &str,
    min_city: u64,
    regions: bool,
) -> bool {
    let g = gazetteer();
    let s = surface.trim();
    // The lookup first: most names asked about are no place, and a hash lookup is cheaper
    // than the scans of the word lists.
    let known = hits.iter().filter(|h| h.primary).any(|h| {
        let p = &g.places[h.place as usize];
        match p.kind {
            Kind::City => p.population >= min_city,
            Kind::Region => regions,
            _ => true,
        }
    });
    let listed = |l: &[&str]| l.iter().any(|w| w.eq_ignore_ascii_case(s));
    known && !listed(COMMON_WORD_TOWNS) && (regions || !listed(PERSON_NAMED_TOWNS))
}

/// Last words of the names of rivers, lakes, valleys and the like, and of townships: a name
/// ending in one is that place ("the Catawba River", "a Red River crest", "Readington
/// Township"), whatever the tagger called it. CoNLL-2003 annotates no such name as anything but
/// a place.
const FEATURE_HEADS: &[&str] = &[
    "River", "Creek", "Canal", "Islands", "Township", "Twp", "Twp.",
];

/// [`FEATURE_HEADS`] that are surnames too ("Ricki Lake", "Michael Bay").
const FEATURE_HEADS_SURNAMES: &[&str] = &["Valley", "Lake", "Lakes", "Bay", "Harbor", "Harbour"];

/// Does a name end in a [`FEATURE_HEADS`] word, or is it "Lake" and one word ("Lake
/// Pontchartrain")? A person-tagged name only with a head that is no surname
/// ([`FEATURE_HEADS_SURNAMES`]), and no name with a possessive inside ("Dawson's Creek" is a
/// television series).
fn names_a_feature(s: &str, label: Label) -> bool {
    let ws: Vec<&str> = s.split_whitespace().collect();
    let (first, last) = match ws.as_slice() {
        [first, .., last] => (*first, *last),
        _ => return false,
    };
    if s.contains("'s") || s.contains("’s") {
        return false;
    }
    let head = FEATURE_HEADS.contains(&last)
        || (label != Label::PER
            && (FEATURE_HEADS_SURNAMES.contains(&last) || (first == "Lake" && ws.len() == 2)));
    head && ws.iter().all(|w| is_capitalised(w))
}

/// Correct the tagger's label where the gazetteer or the name's shape is sure: names of rivers,
/// lakes and townships ([`names_a_feature`]) become LOC; nationality adjectives tagged MISC
/// become NORP; MISC and ORG names that are, whole, a well-known place become LOC (a
/// CoNLL-trained tagger calls an acting capital ORG: "Baku accused ..."), except ORG names in
/// sports reports (`sports`), where places name teams ("Leeds beat Chelsea"): relabelling those
/// cost 7 F1 on CoNLL-2003 dev. Person-tagged names become places only with a place
/// suffix ("Boone County") or as a state abbreviation.
pub fn relabel(text: &str, mut n: NameMention, sports: bool) -> NameMention {
    let g = gazetteer();
    let s = n.span.slice(text);
    match n.label {
        // (A team may be named after a bay or valley: "Tampa Bay" in a sports report.)
        Label::MISC | Label::ORG | Label::PER
            if !(sports && n.label == Label::ORG) && names_a_feature(s, n.label) =>
        {
            n.label = Label::LOC
        }
        Label::MISC | Label::ORG if g.demonym(s).is_some() && !well_known_place(s, 20_000) => {
            n.label = Label::NORP
        }
        Label::MISC
            if (acronym_of(s).is_none()
                || g.nationality(s).is_some()
                || division_abbreviation(s))
                && well_known_place(s, 20_000) =>
        {
            n.label = Label::LOC;
        }
        Label::ORG
            if !sports
                && (acronym_of(s).is_none() || g.nationality(s).is_some())
                && well_known_place(s, 20_000) =>
        {
            n.label = Label::LOC;
        }
        Label::PER => {
            let suffixed = PLACE_SUFFIXES.iter().any(|x| s.ends_with(x));
            let abbreviation = s.ends_with('.')
                && g.lookup(s)
                    .iter()
                    .any(|h| g.places[h.place as usize].kind == Kind::Admin1);
            if (suffixed || abbreviation) && !g.lookup(s).is_empty() {
                n.label = Label::LOC;
            }
        }
        _ => {}
    }
    n
}

/// Is an acronym, whole, the abbreviation news uses for a large first-level division ("B.C.",
/// "NSW", "N.J.")? Tagged MISC, those are places ("the B.C. government"); other acronyms that
/// match a place are not ("EU" is no French town).
fn division_abbreviation(s: &str) -> bool {
    let g = gazetteer();
    g.lookup(s).iter().any(|h| {
        let p = &g.places[h.place as usize];
        h.primary && p.kind == Kind::Admin1 && p.population >= MINOR_DIVISION && p.name != s
    })
}

/// Prepositions after which a person-tagged name that is a place is the place ("in Columbus").
const PLACE_PREPOSITIONS: &[&str] = &[
    "in", "at", "near", "from", "outside", "to", "into", "across",
];

/// Is `w` one of [`PLACE_PREPOSITIONS`] (any case: "In Columbus, ...")?
pub(crate) fn place_preposition(w: &str) -> bool {
    PLACE_PREPOSITIONS.iter().any(|p| p.eq_ignore_ascii_case(w))
}

/// A person-tagged name that is a known place right after a place preposition, or followed by
/// ", State" ("Columbus, Ohio"), is that place. An organisation-tagged name that is, whole, a
/// town of a state or province the article names elsewhere is that town ("Rogersville" in an
/// article about Missouri), except in sports reports (`sports`), where towns name teams
/// ("Houston" in baseball standings that also name "Texas").
pub fn relabel_in_context(text: &str, toks: &Tokens, names: &mut [NameMention], sports: bool) {
    let g = gazetteer();
    let (mut people, by_title) = person_surnames(text, toks, names, &|s| {
        let hits = g.lookup(s);
        !hits.is_empty()
            && hits
                .iter()
                .all(|h| g.places[h.place as usize].kind == Kind::City)
    });
    // A person the article titles or names in full is the one a letter goes "to" and a vote
    // shifts "to" ("a letter to Obama"), and the owner after any preposition ("in Obama's
    // term"): only the plainly locative prepositions keep a mention the town. The weaker cues
    // of `foreign_town_people` leave every preposition.
    let titled = people.clone();
    let persons_object = |n: &NameMention, prep: &str| {
        titled.contains(n.span.slice(text))
            && (["to", "from"].iter().any(|p| p.eq_ignore_ascii_case(prep))
                || toks
                    .after(n.span)
                    .is_some_and(|a| matches!(toks.s(a), "'s" | "’s")))
    };
    people.extend(foreign_town_people(text, toks, names));
    if !people.is_empty() {
        for i in 0..names.len() {
            // (Not the town after a place preposition, nor qualified: "NICE, France".)
            if names[i].label == Label::LOC
                && people.contains(names[i].span.slice(text))
                && !place_qualified(text, names, i)
                && !toks.before(names[i].span).is_some_and(|b| {
                    let w = toks.s(b);
                    PLACE_PREPOSITIONS.contains(&w) && !persons_object(&names[i], w)
                })
            {
                names[i].label = Label::PER;
            }
        }
    }
    let mut divisions: Vec<(&str, &str)> = Vec::new();
    for n in names.iter().filter(|n| n.label == Label::LOC) {
        for h in g.lookup(n.span.slice(text)).iter().filter(|h| h.primary) {
            let p = &g.places[h.place as usize];
            if let (Kind::Admin1, Some(c)) = (p.kind, p.country) {
                if !p.admin1.is_empty() && !divisions.contains(&(c, p.admin1)) {
                    divisions.push((c, p.admin1));
                }
            }
        }
    }
    // (Only a town of a named division turns: none to look for where no division is named.)
    for n in names
        .iter_mut()
        .filter(|n| !sports && !divisions.is_empty() && matches!(n.label, Label::ORG | Label::MISC))
    {
        let s = n.span.slice(text);
        if acronym_of(s).is_some() || !s.split_whitespace().all(is_capitalised) {
            continue;
        }
        let local = g.lookup(s).iter().filter(|h| h.primary).any(|h| {
            let p = &g.places[h.place as usize];
            p.kind == Kind::City
                && p.country
                    .is_some_and(|c| divisions.contains(&(c, p.admin1)))
        });
        if local && !COMMON_WORD_TOWNS.iter().any(|w| w.eq_ignore_ascii_case(s)) {
            n.label = Label::LOC;
        }
    }
    if !sports {
        places_throughout(text, names, &people);
    }
    let was_place: Vec<bool> = names.iter().map(|n| n.label == Label::LOC).collect();
    // A town of a division the article names ("Neligh" in an article that names Nebraska),
    // however small.
    let local_town = |s: &str| {
        !divisions.is_empty()
            && !COMMON_WORD_TOWNS.iter().any(|w| w.eq_ignore_ascii_case(s))
            && g.lookup(s).iter().filter(|h| h.primary).any(|h| {
                let p = &g.places[h.place as usize];
                p.kind == Kind::City
                    && p.country
                        .is_some_and(|c| divisions.contains(&(c, p.admin1)))
            })
    };
    for i in 0..names.len() {
        if names[i].label != Label::PER {
            continue;
        }
        let s = names[i].span.slice(text);
        let before = toks.before(names[i].span);
        // (The person the article titles is the one a letter goes "to": `persons_object`.)
        let after_prep = before.is_some_and(|b| {
            let w = toks.s(b);
            let prep = PLACE_PREPOSITIONS.contains(&w)
                || (toks.sentence_initial(b)
                    && PLACE_PREPOSITIONS.iter().any(|p| p.eq_ignore_ascii_case(w)));
            prep && !persons_object(&names[i], w)
        });
        // "of" after a person ("Tom Smith of Lafayette", "Jane Doe, 32, of Columbus") or
        // after "out" ("out of Columbus").
        let home_of = before.is_some_and(|b| {
            toks.s(b) == "of"
                && b.checked_sub(1).is_some_and(|a| {
                    let w = toks.s(a);
                    w == "out"
                        || (i > 0
                            && names[i - 1].label == Label::PER
                            && names[i - 1].span.end == toks.spans[a].end)
                        || (w == ","
                            && a.checked_sub(1).is_some_and(|n| {
                                let age = toks.s(n);
                                (1..=3).contains(&age.len())
                                    && age.bytes().all(|c| c.is_ascii_digit())
                            }))
                })
        });
        let qualified = || {
            names.get(i + 1).is_some_and(|n| {
                n.span.start >= names[i].span.end
                    && text[names[i].span.end..n.span.start].trim() == ","
                    && g.lookup(n.span.slice(text)).iter().any(|h| {
                        h.primary
                            && matches!(
                                g.places[h.place as usize].kind,
                                Kind::Admin1 | Kind::Country
                            )
                    })
            })
        };
        // "the city of Monroe", "the town of Elida".
        let city_of = before.is_some_and(|b| {
            toks.s(b) == "of"
                && b.checked_sub(1).is_some_and(|a| {
                    matches!(
                        toks.s(a),
                        "city" | "town" | "village" | "township" | "borough"
                    )
                })
        });
        // The words around first, the gazetteer only for the few names they point to.
        if (after_prep || home_of || city_of || qualified())
            && (well_known_place(s, 5_000) || local_town(s))
        {
            names[i].label = Label::LOC;
        }
    }
    // A person-tagged name that is a country's or a city of a million's own name is the place
    // ("improve Tijuana's sewage"), unless the lexicon knows it as a surname ("Houston") or the
    // article names a person with it ("Sydney Smith ... Sydney said").
    let person_words: Vec<&str> = names
        .iter()
        .filter(|n| n.label == Label::PER)
        .map(|n| n.span.slice(text))
        .filter(|s| s.contains(' '))
        .flat_map(str::split_whitespace)
        .collect();
    for n in names.iter_mut().filter(|n| n.label == Label::PER) {
        let s = n.span.slice(text);
        if people.contains(s) || person_words.contains(&s) {
            continue;
        }
        let big = g.lookup(s).iter().any(|h| {
            let p = &g.places[h.place as usize];
            h.primary
                && (p.kind == Kind::Country
                    || matches!(p.kind, Kind::City | Kind::Capital) && p.population >= 1_000_000)
        });
        let surname = || {
            let span = toks.covered(n.span);
            crate::ner::lexicon().classes_of(text, &toks.spans[span])
                & crate::ner::lexicon::LAST_NAME_BIT
                != 0
        };
        if big && !surname() {
            n.label = Label::LOC;
        }
    }
    // A person-tagged name the gazetteer knows as a town is the town when a town's noun follows
    // ("a Columbus woman", "Grayson and Love counties") or when it is listed with places
    // ("Monroe, Trenton and Seven Mile"): forwards, then backwards, so a list is read whole.
    // (Not in sports reports: team sheets list surnames that are also towns.)
    if sports {
        return;
    }
    let town = |s: &str| {
        g.lookup(s).iter().any(|h| h.primary) || g.lookup(&county_name(s)).iter().any(|h| h.primary)
    };
    // Names listed before "counties" that the gazetteer knows as counties ("Butler, Clark and
    // Warren counties") are places, whatever the tagger called them.
    let listed_counties = county_lists(text, toks, names);
    for (n, listed) in names.iter_mut().zip(listed_counties) {
        if listed
            && n.label != Label::LOC
            && g.lookup(&county_name(n.span.slice(text)))
                .iter()
                .any(|h| h.primary && g.places[h.place as usize].kind == Kind::County)
        {
            n.label = Label::LOC;
        }
    }
    for n in names.iter_mut() {
        if n.label == Label::PER
            && toks
                .after(n.span)
                .is_some_and(|a| is_town_noun(toks.s(a)) || toks.s(a) == "counties")
            && town(n.span.slice(text))
        {
            n.label = Label::LOC;
        }
    }
    // An organisation-tagged name that is, whole, a town: "Esperance residents"; "in Pewaukee"
    // only for towns of 5,000+ people (a stake "in" a firm named like a village stays a firm).
    // After a determiner or a possessive, a resident's noun or a home makes any name a town,
    // known to the gazetteer or not ("a Holmby man", "his Holmby home"), unless the lexicon
    // reads a word of it as an organisation's or a party's ("a Labour man").
    let lex = crate::ner::lexicon();
    for n in names.iter_mut() {
        let s = n.span.slice(text);
        if n.label != Label::ORG
            || acronym_of(s).is_some()
            || !s.split_whitespace().all(is_capitalised)
        {
            continue;
        }
        let town_noun = toks.after(n.span).is_some_and(|a| is_town_noun(toks.s(a)));
        let inside = toks
            .before(n.span)
            .is_some_and(|b| matches!(toks.s(b), "in" | "near" | "outside"));
        let resident = toks.after(n.span).is_some_and(|a| {
            is_resident_noun(toks.s(a))
                && toks.before(n.span).is_some_and(|b| {
                    with_lower(toks.s(b), |w| {
                        matches!(
                            w,
                            "a" | "an" | "the" | "his" | "her" | "their" | "our" | "'s" | "’s"
                        )
                    })
                })
                && toks.covered(n.span).all(|t| {
                    let classes = lex.classes_of(text, std::slice::from_ref(&toks.spans[t]));
                    classes
                        & (crate::ner::lexicon::ORG_WORD_BIT
                            | 1 << crate::ner::lexicon::NATIONALITY)
                        == 0
                })
        });
        if (town_noun && well_known(s, 1_000, false))
            || (inside && well_known(s, 5_000, false))
            || resident
        {
            n.label = Label::LOC;
        }
    }
    let listed = |a: &NameMention, b: &NameMention| {
        b.span.start >= a.span.end
            && matches!(
                text[a.span.end..b.span.start].trim(),
                "," | "and" | "or" | ", and" | ", or"
            )
    };
    // A division's abbreviation tagged as an organisation ("NSW", "B.C.") is the division
    // after "in", "near" or "across", listed with a place ("NSW and Queensland"), or before a
    // road's number ("S.C. 5").
    let division = |s: &str| {
        acronym_of(s).is_some()
            && g.lookup(s)
                .iter()
                .any(|h| h.primary && g.places[h.place as usize].kind == Kind::Admin1)
    };
    for i in 0..names.len() {
        if !matches!(names[i].label, Label::ORG | Label::MISC)
            || !division(names[i].span.slice(text))
        {
            continue;
        }
        let inside = toks
            .before(names[i].span)
            .is_some_and(|b| matches!(toks.s(b), "in" | "near" | "across" | "throughout"));
        // A state's numbered road ("S.C. 5", "N.J. 17").
        let road = toks
            .after(names[i].span)
            .is_some_and(|a| toks.s(a).bytes().all(|c| c.is_ascii_digit()));
        let with_place =
            (i > 0 && names[i - 1].label == Label::LOC && listed(&names[i - 1], &names[i]))
                || names
                    .get(i + 1)
                    .is_some_and(|n| n.label == Label::LOC && listed(&names[i], n));
        if inside || with_place || road {
            names[i].label = Label::LOC;
        }
    }
    // Persons listed with a place: forwards, then backwards. So are organisations whose
    // whole name is a town of 1,000 people or more ("Decatur and Avondale Estates").
    let listable = |n: &NameMention| {
        let s = n.span.slice(text);
        match n.label {
            // (Not a person the article titles: "Obama and White House aides".)
            Label::PER => town(s) && !by_title.contains(s),
            Label::ORG => {
                acronym_of(s).is_none()
                    && s.split_whitespace().all(is_capitalised)
                    && well_known(s, 1_000, false)
            }
            _ => false,
        }
    };
    for i in 1..names.len() {
        if names[i - 1].label == Label::LOC
            && listed(&names[i - 1], &names[i])
            && listable(&names[i])
        {
            names[i].label = Label::LOC;
        }
    }
    for i in (0..names.len().saturating_sub(1)).rev() {
        if names[i + 1].label == Label::LOC
            && listed(&names[i], &names[i + 1])
            && listable(&names[i])
        {
            names[i].label = Label::LOC;
        }
    }
    // Again, for the places these rules found ("in Alton" makes "An Alton funeral director"
    // the town's), but a person's name only where the article uses it as a place at least as
    // often: "to Clinton" does not make every "Clinton" a town.
    spread_new_places(text, names, &was_place);
}

/// The second pass of [`places_throughout`], for the names that became places after the first
/// (`was_place` holds the labels then): each such name is the place throughout, but a
/// person-tagged mention of it only when the name is a place at least as often as a person in
/// the article and no person named in full has it as surname ("Hillary Clinton"). Linear in
/// the names for each new place name, of which an article has a few at most.
fn spread_new_places(text: &str, names: &mut [NameMention], was_place: &[bool]) {
    let g = gazetteer();
    let mut new: Vec<&str> = Vec::new();
    for (n, &was) in names.iter().zip(was_place) {
        let s = n.span.slice(text);
        if n.label == Label::LOC && !was && !new.contains(&s) {
            new.push(s);
        }
    }
    for place in new {
        if acronym_of(place).is_some() || !g.lookup(place).iter().any(|h| h.primary) {
            continue;
        }
        let (mut loc, mut per, mut surname) = (0u32, 0u32, false);
        for n in names.iter() {
            let s = n.span.slice(text);
            match n.label {
                Label::LOC if s == place => loc += 1,
                Label::PER if s == place => per += 1,
                Label::PER => {
                    surname |= s.rsplit_once(' ').is_some_and(|(_, last)| last == place);
                }
                _ => {}
            }
        }
        let persons = per <= loc && !surname;
        for n in names.iter_mut() {
            if n.span.slice(text) == place
                && (matches!(n.label, Label::ORG | Label::MISC)
                    || (n.label == Label::PER && persons))
            {
                n.label = Label::LOC;
            }
        }
    }
}

/// Is name mention `i` followed by a comma and a place that qualifies it ("Lincoln,
/// Nebraska", "NICE, France")?
pub(super) fn place_qualified(text: &str, names: &[NameMention], i: usize) -> bool {
    names.get(i + 1).is_some_and(|q| {
        q.label == Label::LOC
            && q.span.start >= names[i].span.end
            && text[names[i].span.end..q.span.start].trim() == ","
    })
}

/// One-word names that are only towns' (`town_only`) and that the article gives a person: a
/// name after a title or honorific ("President Obama", "Mr. Carson"), whatever the tagger
/// made of it, or the last word of a person-tagged name of two or more words ("Barack
/// Obama"). The tagger reads such a surname alone as the town ("critics attacked Obama": a
/// town in Japan), and the place would then take the person's other mentions too. The
/// second set holds those of the names found after a title.
fn person_surnames<'t>(
    text: &'t str,
    toks: &Tokens,
    names: &[NameMention],
    town_only: &dyn Fn(&str) -> bool,
) -> (FastSet<&'t str>, FastSet<&'t str>) {
    let mut out: FastSet<&'t str> = FastSet::default();
    let mut by_title: FastSet<&'t str> = FastSet::default();
    for n in names.iter().filter(|n| n.label != Label::NORP) {
        let s = n.span.slice(text);
        let (surname, titled) = match s.rsplit_once(char::is_whitespace) {
            Some((_, last)) if n.label == Label::PER => (last, false),
            Some(_) => continue,
            // (Not in a headline in capitals: "BARATELLI TO COACH NICE".)
            None if !all_caps(s)
                && toks
                    .before(n.span)
                    .is_some_and(|b| super::roles::is_title_or_honorific(toks.s(b))) =>
            {
                (s, true)
            }
            None => continue,
        };
        if is_capitalised(surname) && town_only(surname) {
            out.insert(surname);
            if titled {
                by_title.insert(surname);
            }
        }
    }
    (out, by_title)
}

/// Population under which a town named alone, in no country of the article's other places, is
/// more likely a person's surname than the town ([`foreign_town_people`]).
const SMALL_FOREIGN_TOWN: u64 = 50_000;

/// One-word names that the gazetteer knows only as small towns (under 50,000 people) in
/// countries where none of the article's other places lie, that the article never puts after
/// a place preposition, and that one of its mentions shows to be a person: after a title, or
/// before a speech verb or a possessive ("Obama stated" in an American
/// story: not the Japanese town). Before "administration", a name known only as towns' is a
/// person's wherever the towns lie and however big they are ("the Bush administration").
fn foreign_town_people<'t>(
    text: &'t str,
    toks: &Tokens,
    names: &[NameMention],
) -> FastSet<&'t str> {
    let g = gazetteer();
    // The countries of a name's towns, and whether they are all small; None for a name of
    // anything but towns.
    let towns = |s: &str| -> Option<(Vec<&'static str>, bool)> {
        let hits = g.lookup(s);
        let mut countries = Vec::new();
        let mut small = true;
        for h in hits {
            let p = &g.places[h.place as usize];
            if p.kind != Kind::City {
                return None;
            }
            small &= p.population < SMALL_FOREIGN_TOWN;
            countries.extend(p.country);
        }
        (!countries.is_empty()).then_some((countries, small))
    };
    // Each candidate name once, with its towns' countries, whether they are all small, and its
    // mentions (found in one pass: linear time on a text of many names).
    struct Candidate {
        countries: Vec<&'static str>,
        small: bool,
        mentions: Vec<usize>,
    }
    let mut seen: FastMap<&'t str, Option<usize>> = FastMap::default();
    let mut candidates: Vec<(&'t str, Candidate)> = Vec::new();
    for (i, n) in names.iter().enumerate() {
        let s = n.span.slice(text);
        let k = *seen.entry(s).or_insert_with(|| {
            // (An ordinary word opening a sentence, "Police said", is no one's surname.)
            let t = (!s.contains(char::is_whitespace)
                && is_capitalised(s)
                && acronym_of(s).is_none()
                && !g.ordinary_word(s))
            .then(|| towns(s))
            .flatten()?;
            candidates.push((
                s,
                Candidate {
                    countries: t.0,
                    small: t.1,
                    mentions: Vec::new(),
                },
            ));
            Some(candidates.len() - 1)
        });
        if let Some(k) = k {
            candidates[k].1.mentions.push(i);
        }
    }
    let mut out: FastSet<&'t str> = FastSet::default();
    if candidates.is_empty() {
        return out;
    }
    // The countries of the article's other places (their likeliest reading).
    let mut home: FastSet<&'static str> = FastSet::default();
    for n in names.iter().filter(|n| n.label == Label::LOC) {
        let s = n.span.slice(text);
        if seen.get(s).is_some_and(|k| k.is_some()) {
            continue;
        }
        if let Some(c) = g
            .resolve(s, &Default::default())
            .and_then(|p| g.places[p as usize].country)
        {
            home.insert(c);
        }
    }
    for (s, c) in candidates {
        let mentions = || c.mentions.iter().map(|&i| &names[i]);
        let placed = mentions().any(|n| {
            toks.before(n.span)
                .is_some_and(|b| PLACE_PREPOSITIONS.contains(&toks.s(b)))
        });
        let next_is = |n: &NameMention, f: &dyn Fn(&str) -> bool| {
            toks.after(n.span).is_some_and(|a| f(toks.s(a)))
        };
        // A president's administration is no town's, wherever the towns of the name lie and
        // however big they are.
        let administration = mentions().any(|n| next_is(n, &|w| w == "administration"));
        let foreign = c.small && !c.countries.iter().any(|x| home.contains(x));
        let person = administration
            || foreign
                && mentions().any(|n| {
                    toks.before(n.span)
                        .is_some_and(|b| super::roles::is_title_or_honorific(toks.s(b)))
                        || next_is(n, &|w| {
                            matches!(
                                w,
                                "said"
                                    | "says"
                                    | "stated"
                                    | "told"
                                    | "added"
                                    | "wrote"
                                    | "tweeted"
                                    | "'s"
                                    | "’s"
                            )
                        })
                });
        if person && !placed {
            out.insert(s);
        }
    }
    out
}

/// A name tagged as a place in one sentence and as an organisation or person in another is the
/// place throughout, when the gazetteer knows it ("Rogersville voted to annex ...").
fn places_throughout(text: &str, names: &mut [NameMention], people: &FastSet<&str>) {
    let g = gazetteer();
    let places: FastSet<&str> = names
        .iter()
        .filter(|n| n.label == Label::LOC)
        .map(|n| n.span.slice(text))
        .collect();
    if places.is_empty() {
        return;
    }
    // The headline, tagged with no sentence around it ("Twickenham pub hosts charity week"):
    // a name there that the body tags as a place is that place, known to the gazetteer or
    // not.
    // (Found only for a name tagged otherwise that the body tags as a place: few articles
    // have one.)
    let mut headline: Option<Span> = None;
    for n in names.iter_mut().filter(|n| n.label != Label::LOC) {
        let s = n.span.slice(text);
        if !places.contains(s)
            || n.label == Label::NORP
            || acronym_of(s).is_some()
            || (n.label == Label::PER && people.contains(s))
        {
            continue;
        }
        let h = *headline.get_or_insert_with(|| crate::title::detect(text).unwrap_or_default());
        if (!h.is_empty() && h.contains(&n.span)) || g.lookup(s).iter().any(|h| h.primary) {
            n.label = Label::LOC;
        }
    }
}

/// A place-tagged name that joins known places with hyphens ("Amsterdam-London",
/// "Fargo-Moorhead", "Asia-Pacific") and is not itself a known place ("Guinea-Bissau",
/// "Winston-Salem" are): one place mention per part. Otherwise the name as it is.
pub fn split_joined_places(text: &str, n: NameMention) -> Vec<NameMention> {
    let s = n.span.slice(text);
    if n.label != Label::LOC || !s.contains('-') {
        return vec![n];
    }
    let g = gazetteer();
    if !g.lookup(s).is_empty() {
        return vec![n];
    }
    let mut parts = Vec::new();
    let mut start = n.span.start;
    for piece in s.split('-') {
        let end = start + piece.len();
        parts.push(NameMention {
            span: crate::facts::Span::new(start, end),
            label: Label::LOC,
        });
        start = end + 1;
    }
    let known = |p: &NameMention| {
        let w = p.span.slice(text);
        w.split_whitespace().all(is_capitalised)
            && !w.is_empty()
            && g.lookup(w).iter().any(|h| h.primary)
    };
    if parts.len() >= 2 && parts.iter().all(known) {
        parts
    } else {
        vec![n]
    }
}

/// The places in American party-and-place designations after a politician's name: "(D-N.J.)",
/// ", R-Fort Worth,", ", D-Calif": LOC mentions of the place part, where the gazetteer knows it
/// as a division or town. Linear (one regex pass).
pub fn party_places(text: &str) -> Vec<NameMention> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(r"(?:,[ \t]*|\()[DRI]-([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2})")
            .expect("party designation pattern")
    });
    let g = gazetteer();
    let known = |s: &str| {
        let s = s.trim_end_matches('.');
        [s.to_string(), format!("{s}.")].iter().any(|k| {
            g.lookup(k).iter().any(|h| {
                h.primary
                    && matches!(
                        g.places[h.place as usize].kind,
                        Kind::Admin1 | Kind::City | Kind::Capital
                    )
            })
        })
    };
    let mut out = Vec::new();
    for c in re.captures_iter(text) {
        let Some(m) = c.get(1) else { continue };
        // The place ends at the designation's end: a comma, parenthesis or sentence end next.
        let after = text[m.end()..].chars().next();
        if after.is_some_and(|ch| ch.is_alphanumeric() || ch == '-') {
            continue;
        }
        let whole = m.as_str();
        // The longest run of its words that is a known place, from the first word on.
        let mut ends: Vec<usize> = whole.match_indices(' ').map(|(i, _)| i).collect();
        ends.push(whole.len());
        if let Some(&e) = ends.iter().rev().find(|&&e| known(&whole[..e])) {
            // "N.J." keeps its points; "Calif." at a sentence end loses the full stop only
            // where the name is known without it.
            let mut end = m.start() + e;
            if e == whole.len() && whole.ends_with('.') && !known(whole) {
                end -= 1;
            }
            out.push(NameMention {
                span: crate::facts::Span::new(m.start(), end),
                label: Label::LOC,
            });
        }
    }
    out
}

/// Names in a list that ends in "counties" or "parishes" ("Douglas, Lancaster and Sarpy
/// counties"): each is the county of that name. Linear: read backwards from the common noun.
pub fn county_lists(text: &str, toks: &Tokens, names: &[NameMention]) -> Vec<bool> {
    let mut out = vec![false; names.len()];
    // Most articles have neither noun: one scan of the text each, then nothing to read.
    let finder = |w: &str| memchr::memmem::find(text.as_bytes(), w.as_bytes()).is_some();
    if !finder("counties") && !finder("parishes") {
        return out;
    }
    for i in (0..names.len()).rev() {
        // The text first (few names are followed by the noun), then the token.
        let rest = text.get(names[i].span.end..).unwrap_or_default();
        let rest = rest.trim_start();
        let noun = (rest.starts_with("counties") || rest.starts_with("parishes"))
            && toks
                .after(names[i].span)
                .is_some_and(|a| matches!(toks.s(a), "counties" | "parishes"));
        let listed_before = out.get(i + 1).copied().unwrap_or(false)
            && names[i + 1].span.start >= names[i].span.end
            && matches!(
                text[names[i].span.end..names[i + 1].span.start].trim(),
                "," | "and" | "or" | ", and" | ", or" | "&"
            );
        out[i] = noun || listed_before;
    }
    // A list right after the noun ("the three largest counties — Douglas, Lancaster and
    // Sarpy —", "counties, including Adams and Brown"): its first name follows the noun
    // across a dash, colon, comma or "including" only, and the list goes on.
    let mut i = 0;
    while i + 1 < names.len() {
        let before = names[i].span.start;
        let lead = text[..before].trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, '—' | '–' | '-' | ':' | ',' | '”' | '"')
        });
        let lead = lead
            .strip_suffix("including")
            .unwrap_or(lead)
            .trim_end_matches([' ', ',']);
        let after_noun = lead.ends_with("counties") || lead.ends_with("parishes");
        let joined = |a: &NameMention, b: &NameMention| {
            b.span.start >= a.span.end
                && matches!(
                    text[a.span.end..b.span.start].trim(),
                    "," | "and" | "or" | ", and" | ", or" | "&"
                )
        };
        if !after_noun || !joined(&names[i], &names[i + 1]) {
            i += 1;
            continue;
        }
        out[i] = true;
        while i + 1 < names.len() && joined(&names[i], &names[i + 1]) {
            out[i + 1] = true;
            i += 1;
        }
        i += 1;
    }
    out
}

/// "Judge blocks merger of Kroger and Albertsons": a name joining two names with "and" is those
/// two when the article names each of them on its own elsewhere; they take the label those
/// mentions have. "Procter and Gamble" or "Bosnia and Herzegovina", never written apart, stay
/// one. `names` must be sorted by start; the result is too.
pub fn split_joined_names(text: &str, names: &mut Vec<NameMention>) {
    let joined = |n: &NameMention| n.span.slice(text).contains(" and ");
    if !names.iter().any(joined) {
        return;
    }
    let label_of = |w: &str, names: &[NameMention]| {
        names
            .iter()
            .find(|m| m.span.slice(text) == w)
            .map(|m| m.label)
    };
    let mut out = Vec::with_capacity(names.len() + 2);
    for n in names.iter() {
        let whole = n.span.slice(text);
        if let Some(k) = whole.find(" and ").filter(|_| joined(n)) {
            let (a, b) = (&whole[..k], &whole[k + 5..]);
            if let (Some(la), Some(lb)) = (label_of(a, names), label_of(b, names)) {
                let start_b = n.span.start + k + 5;
                out.push(NameMention {
                    span: Span::new(n.span.start, n.span.start + k),
                    label: la,
                });
                out.push(NameMention {
                    span: Span::new(start_b, n.span.end),
                    label: lb,
                });
                continue;
            }
        }
        out.push(n.clone());
    }
    *names = out;
}

/// All-capital words the tagger left untagged that spell the initials of an organisation the
/// article names in full ("WHO warns …" beside "World Health Organization", "FTC Chair Lina
/// Khan" beside "Federal Trade Commission"): organisation mentions, which clustering then joins
/// to the full name. `names` must be sorted by start.
pub fn untagged_acronyms(text: &str, toks: &Tokens, names: &[NameMention]) -> Vec<NameMention> {
    let orgs: Vec<Vec<String>> = names
        .iter()
        .filter(|n| n.label == Label::ORG)
        .map(|n| {
            n.span
                .slice(text)
                .split_whitespace()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .filter(|ws| ws.len() >= 2)
        .collect();
    if orgs.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (t, &span) in toks.spans.iter().enumerate() {
        // An acronym's first two bytes are capitals or stops: most tokens end here, without
        // a call.
        let w = toks.s(t);
        if !matches!(w.as_bytes(), [a, b, ..] if (a.is_ascii_uppercase() || *a == b'.')
            && (b.is_ascii_uppercase() || *b == b'.'))
        {
            continue;
        }
        let Some(a) = acronym_of(w) else {
            continue;
        };
        if super::text::overlapping(names, span).is_some()
            || !orgs.iter().any(|ws| has_initials(ws, &a))
        {
            continue;
        }
        out.push(NameMention {
            span,
            label: Label::ORG,
        });
    }
    out
}

/// Words of a list that ends in "counties" or "parishes" that the tagger left untagged
/// ("Butler, Clark, Montgomery, Preble or Warren counties"): LOC mentions of each capitalised
/// run of up to three words between the list's separators whose county form the gazetteer
/// knows ("Preble County"). The list is read backwards from the noun after its last name, as
/// [`county_lists`] reads it, and stops at the first member that is neither a name nor such a
/// county. Linear: one look after each name, then each list once.
pub fn county_list_gaps(text: &str, toks: &Tokens, names: &[NameMention]) -> Vec<NameMention> {
    let mut out = Vec::new();
    // The lists end in a tagged name and the noun ("Preble or Warren counties"): the nouns
    // right after names, which most articles lack.
    let noun_next = |end: usize| {
        let rest = text.get(end..).unwrap_or_default().trim_start();
        rest.starts_with("counties") || rest.starts_with("parishes")
    };
    let mut nouns: Vec<usize> = names
        .iter()
        .filter(|n| noun_next(n.span.end))
        .filter_map(|n| toks.after(n.span))
        .filter(|&t| matches!(toks.s(t), "counties" | "parishes"))
        .collect();
    if nouns.is_empty() {
        return out;
    }
    nouns.sort_unstable();
    nouns.dedup();
    let g = gazetteer();
    let mut covered = vec![false; toks.len()];
    for n in names {
        for t in toks.covered(n.span) {
            covered[t] = true;
        }
    }
    let separator = |t: usize| matches!(toks.s(t), "," | "and" | "or" | "&");
    for noun in nouns {
        let first = toks.sentence_start(noun);
        let mut end = noun; // one past the member read next
        while end > first {
            // The member: capitalised words back to a separator or the sentence start.
            let mut start = end;
            while start > first
                && end - start < 3
                && !separator(start - 1)
                && is_capitalised(toks.s(start - 1))
            {
                start -= 1;
            }
            if start == end || (start > first && !separator(start - 1)) {
                break;
            }
            if !(start..end).any(|t| covered[t]) {
                let span =
                    crate::facts::Span::new(toks.spans[start].start, toks.spans[end - 1].end);
                let county = g
                    .lookup(&county_name(span.slice(text)))
                    .iter()
                    .any(|h| h.primary && g.places[h.place as usize].kind == Kind::County);
                if !county {
                    break;
                }
                out.push(NameMention {
                    span,
                    label: Label::LOC,
                });
            }
            // The separators before it: ",", "and", "or", ", and".
            let mut k = start;
            while k > first && separator(k - 1) && start - k < 2 {
                k -= 1;
            }
            if k == start {
                break;
            }
            end = k;
        }
    }
    out
}

/// The county form of a name listed before "counties": "Douglas" → "Douglas County".
pub fn county_name(name: &str) -> String {
    format!("{name} County")
}

/// People of a town, after its name ("a Lebanon woman", "Jordan residents"): town nouns
/// ([`is_town_noun`]) and residents ([`is_resident_noun`]) both.
const TOWN_PEOPLE: &[&str] = &[
    "resident",
    "residents",
    "native",
    "man",
    "woman",
    "men",
    "women",
    "couple",
    "teen",
    "teenager",
    "boy",
    "girl",
];

/// Is this a word after a place name that makes it a town: its people ([`TOWN_PEOPLE`]) or its
/// services ("a Lebanon woman", "Jordan residents", "Monroe police"; a country is named by its
/// demonym there)?
pub fn is_town_noun(w: &str) -> bool {
    TOWN_PEOPLE.contains(&w)
        || matches!(
            w,
            "natives" | "police" | "firefighters" | "mayor" | "students" | "schools" | "elementary"
        )
}

/// Is this a noun of a person living in a town ([`TOWN_PEOPLE`]), or of a home, after a name
/// with a determiner ("a Holmby man", "his Holmby home")? With those, the name is a town's,
/// however small.
fn is_resident_noun(w: &str) -> bool {
    TOWN_PEOPLE.contains(&w) || matches!(w, "home" | "residence")
}

/// Longest run of tokens tried as one place name.
const MAX_GAZ_TOKENS: usize = 4;

/// Capitalised gazetteer names the tagger missed, as LOC mentions: countries, US states,
/// regions and capitals anywhere but at a sentence start; cities of 100,000+ people; wire-style
/// state abbreviations only after "City," ("Orlando, Fla."); all-capital datelines at the start
/// of a paragraph. Never inside or next to another capitalised word (part of a longer name).
pub fn gazetteer_mentions(text: &str, toks: &Tokens, names: &[NameMention]) -> Vec<NameMention> {
    let g = gazetteer();
    let mut out = Vec::new();
    // Tokens inside a tagged name.
    let mut covered = vec![false; toks.len()];
    for n in names {
        for t in toks.covered(n.span) {
            covered[t] = true;
        }
    }
    let taken = |a: usize, b: usize| covered[a..=b].iter().any(|&c| c);
    let mut i = 0;
    while i < toks.len() {
        let w = toks.s(i);
        if !is_capitalised(w) || covered[i] {
            i += 1;
            continue;
        }
        // A nationality the tagger missed ("Turkish officials").
        if g.demonym(w).is_some() && g.lookup(w).is_empty() && !w.ends_with('.') {
            let next_cap = i + 1 < toks.len()
                && toks.same_sentence(i, i + 1)
                && is_capitalised(toks.s(i + 1))
                && !covered[i + 1];
            if !next_cap && w.chars().skip(1).any(char::is_lowercase) {
                out.push(NameMention {
                    span: toks.spans[i],
                    label: Label::NORP,
                });
            }
            i += 1;
            continue;
        }
        let mut found = None;
        let max = MAX_GAZ_TOKENS.min(toks.sentence_end(i).saturating_sub(i));
        for len in (1..=max).rev() {
            let j = i + len - 1;
            if !(i..=j).all(|t| is_capitalised(toks.s(t)) || matches!(toks.s(t), "of" | "-")) {
                continue;
            }
            let span = Span::new(toks.spans[i].start, toks.spans[j].end);
            if taken(i, j) {
                continue;
            }
            let surface = span.slice(text);
            let Some(best) = g
                .lookup(surface)
                .iter()
                .filter(|h| h.primary)
                .max_by_key(|h| {
                    let p = &g.places[h.place as usize];
                    (p.kind != Kind::City, p.population)
                })
            else {
                continue;
            };
            let p = &g.places[best.place as usize];
            if !acceptable(text, toks, i, j, surface, p.kind, p.population) {
                continue;
            }
            found = Some(j);
            out.push(NameMention {
                span,
                label: Label::LOC,
            });
            break;
        }
        i = found.map_or(i + 1, |j| j + 1);
    }
    out
}

fn acceptable(
    text: &str,
    toks: &Tokens,
    i: usize,
    j: usize,
    surface: &str,
    kind: Kind,
    pop: u64,
) -> bool {
    let prev = i.checked_sub(1).filter(|&p| toks.same_sentence(p, i));
    let next = (j + 1 < toks.len() && toks.same_sentence(i, j + 1)).then_some(j + 1);
    let initial = toks.sentence_initial(i);
    let upper = surface
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    // Part of a longer capitalised name ("Paris Hilton", "Washington Post")?
    // (A country may open a longer phrase: "US President", "UK Government".)
    let cap_next = next.is_some_and(|n| is_capitalised(toks.s(n))) && kind != Kind::Country;
    let cap_prev = prev.is_some_and(|p| is_capitalised(toks.s(p)) && !initial_word(toks, p));
    if cap_next || cap_prev {
        // "Orlando, Fla." style pairs are separated by a comma, so this only rejects runs.
        return false;
    }
    if surface.ends_with('.') {
        // A state abbreviation: only as "Town, St." qualifiers.
        return prev.is_some_and(|p| toks.s(p) == ",")
            && prev
                .and_then(|p| p.checked_sub(1))
                .is_some_and(|q| is_capitalised(toks.s(q)));
    }
    if upper && surface.chars().count() > 3 {
        // A dateline: "ORLANDO, Fla. (AP)", "COLUMBUS --" at the start of a paragraph or
        // sentence (after a headline run into the text).
        let para_start = text[..toks.spans[i].start]
            .trim_end_matches([' ', '\t'])
            .ends_with('\n')
            || toks.spans[i].start == 0
            || initial;
        // Not a topic slug before an all-capital headline ("GOLF - LEADERS TIED").
        let end = toks.spans[j].end;
        let line = &text[end..text[end..].find('\n').map_or(text.len(), |k| end + k)];
        return para_start
            && next.is_some_and(|n| {
                matches!(toks.s(n), "," | ":" | "(") || toks.s(n).starts_with(['-', '—', '–'])
            })
            && line.chars().any(char::is_lowercase);
    }
    match kind {
        Kind::Country | Kind::Admin1 | Kind::Region | Kind::Capital => !initial || j > i,
        Kind::City => pop >= 100_000 && !initial,
        Kind::County => !initial,
    }
}

/// A capitalised word that is only capitalised because it starts the sentence.
fn initial_word(toks: &Tokens, p: usize) -> bool {
    toks.sentence_initial(p)
        && matches!(
            toks.s(p),
            "In" | "From" | "To" | "At" | "The" | "Near" | "Across" | "Outside"
        )
}

/// Does the text read as a sports report (results, tables, matches)? There, place names are
/// mostly teams. Counts sports words and score-like numbers ("3-1") per kilobyte.
pub fn is_sports_report(text: &str) -> bool {
    let bytes = text.as_bytes();
    let words = sports_words(bytes);
    // Scores: digits, a hyphen, digits, standing alone ("beat Leeds 3-1").
    // (Hyphens are found with memchr; a score's digits hold no hyphen to skip.)
    let mut scores = 0;
    for i in memchr::memchr_iter(b'-', bytes) {
        if i > 0
            && bytes[i - 1].is_ascii_digit()
            && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
        {
            let mut a = i;
            while a > 0 && bytes[a - 1].is_ascii_digit() {
                a -= 1;
            }
            let mut b = i + 1;
            while b < bytes.len() && bytes[b].is_ascii_digit() {
                b += 1;
            }
            if i - a <= 3 && b - i - 1 <= 3 && word_at(bytes, a, b) {
                scores += 1;
            }
        }
    }
    let kb = (text.len() / 1000).max(1);
    (words + 2 * scores) >= 3 * kb.min(3) && (words + 2 * scores) * 4 >= kb * 3
}

/// Is a byte range a whole word: no ASCII letter or digit right before or after it?
fn word_at(bytes: &[u8], s: usize, e: usize) -> bool {
    (s == 0 || !bytes[s - 1].is_ascii_alphanumeric())
        && (e == bytes.len() || !bytes[e].is_ascii_alphanumeric())
}

/// How many sports words stand in the text as whole words (ASCII case ignored): one pass over
/// its runs of ASCII letters and digits, each looked up once. Two-part words ("half-time",
/// "grand prix") are their first part followed by the rest; no later part is a word of its own.
fn sports_words(bytes: &[u8]) -> usize {
    let mut count = 0;
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
            i += 1;
        }
        let run = &bytes[start..i];
        // The longest sports word has 12 letters.
        if run.len() > 12 {
            continue;
        }
        let mut buf = [0u8; 12];
        let lower = &mut buf[..run.len()];
        lower.copy_from_slice(run);
        lower.make_ascii_lowercase();
        let rest: &[u8] = match &*lower {
            b"soccer" | b"football" | b"league" | b"cup" | b"match" | b"tennis" | b"cricket"
            | b"rugby" | b"baseball" | b"basketball" | b"hockey" | b"golf" | b"olympic"
            | b"championship" | b"tournament" | b"goal" | b"goals" | b"innings" | b"wicket"
            | b"halftime" | b"semifinal" | b"striker" | b"midfielder" | b"coach" | b"seeded"
            | b"beat" | b"defeated" | b"draw" | b"scored" | b"standings" | b"season"
            | b"stadium" | b"racing" => {
                // A run of letters ends at a non-alphanumeric byte: a whole word.
                count += 1;
                continue;
            }
            b"half" => b"-time",
            b"semi" | b"quarter" => b"-final",
            b"grand" => b" prix",
            _ => continue,
        };
        let end = i + rest.len();
        if bytes
            .get(i..end)
            .is_some_and(|t| t.eq_ignore_ascii_case(rest))
            && word_at(bytes, start, end)
        {
            count += 1;
            i = end;
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator.
    fn lcg(seed: &mut u64) -> usize {
        *seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (*seed >> 33) as usize
    }

    #[test]
    fn has_initials_is_membership_in_the_initials() {
        let names = [
            "United Nations",
            "Bank of America",
            "the Ministry for Emergency Situations",
            "Ölkraft Energie",
            "ß Straße",
            "solo",
            "",
            "and of the",
        ];
        let probes = [
            "UN", "BOA", "BA", "TMFES", "MES", "ÖE", "SS", "SSS", "S", "", "AOT", "U", "UNX",
        ];
        for n in names {
            let ws = words(n);
            for a in probes {
                assert_eq!(
                    has_initials(&ws, a),
                    initials(&ws).contains(&a.to_string()),
                    "{n:?} {a:?}"
                );
            }
        }
    }

    /// The word count as it was first written: an Aho-Corasick search for the words (case
    /// ignored, leftmost-longest), counting matches that stand as whole words.
    fn sports_words_by_automaton(text: &str) -> usize {
        let words = [
            "soccer",
            "football",
            "league",
            "cup",
            "match",
            "tennis",
            "cricket",
            "rugby",
            "baseball",
            "basketball",
            "hockey",
            "golf",
            "olympic",
            "championship",
            "tournament",
            "goal",
            "goals",
            "innings",
            "wicket",
            "halftime",
            "half-time",
            "semifinal",
            "semi-final",
            "quarter-final",
            "striker",
            "midfielder",
            "coach",
            "seeded",
            "beat",
            "defeated",
            "draw",
            "scored",
            "standings",
            "season",
            "stadium",
            "racing",
            "grand prix",
        ];
        let ac = aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(words)
            .expect("sports words");
        ac.find_iter(text)
            .filter(|m| word_at(text.as_bytes(), m.start(), m.end()))
            .count()
    }

    #[test]
    fn sports_words_count_as_a_search_for_them_would() {
        let crafted = [
            "Leeds beat Chelsea 3-1 in the Cup; GOALS by the striker.",
            "half-time half-timer half time semi-final semifinals quarter-final-ish",
            "the Grand Prix, grand prixes, grand  prix, xgrand prix, grand-prix",
            "cupboard drawn goalkeeper goals2 2goals goal—goal «match» ünmatch matchü",
            "Half-Time SEMI-FINAL Quarter-Final halftime-half-time",
            "",
            "golf",
        ];
        for t in crafted {
            assert_eq!(
                sports_words(t.as_bytes()),
                sports_words_by_automaton(t),
                "{t:?}"
            );
        }
        // Random texts over pieces of the words and separators.
        let pieces = [
            "half", "-", "time", "semi", "final", "quarter", "grand", " ", "prix", "goal", "s",
            "cup", "x", "2", "é", "MATCH", "beat", "en", "season", "\n", ",", "Draw",
        ];
        let mut seed = 5u64;
        for _ in 0..3000 {
            let n = lcg(&mut seed) % 12;
            let t: String = (0..n)
                .map(|_| pieces[lcg(&mut seed) % pieces.len()])
                .collect();
            assert_eq!(
                sports_words(t.as_bytes()),
                sports_words_by_automaton(&t),
                "{t:?}"
            );
        }
    }
}
