//! Entity resolution: name mentions → one entity per real-world thing, with roles, countries,
//! places and acting states.
//!
//! Steps, each over the article's mentions in text order:
//! 0. `cluster` also checks the tagger against the gazetteer: nationality adjectives become
//!    NORP, organisation/MISC names that are, whole, well-known places become LOC (as do
//!    person-tagged places after "in"/"at"/"from"); capitalised countries, states, capitals and
//!    large cities the tagger missed are added. Places inside organisation names ("Richmond
//!    Police Department") are no mentions of their own (step 3 gives them to the organisation).
//!    Outside sports reports, a town tagged ORG/PER becomes LOC when the article names its
//!    state, tags it LOC elsewhere, lists it with places or uses it as a town ("a Lebanon woman").
//! 1. `cluster`: surnames and short forms join the person named in full (before or after),
//!    acronyms join their expansions, case and possessive variants join, places join when they
//!    name the same gazetteer place; the longest name is the entity's `name`.
//! 2. [`places`](crate::places): LOC entities are linked to the gazetteer, ranked with the
//!    article's other places (surest first), towns preferred where the text uses the name as a
//!    town's; NORP entities get the country of their demonym or region; a LOC named after a
//!    place ("Ohio Turnpike") is located there. Towns follow the article's home division (the
//!    state most of its place names share, see [`crate::places::home_divisions`]); "Town,
//!    Qualifier" takes the qualifier of that name that has the town ("Athens, Georgia"); a
//!    name coordinated with a state is a state ("Oregon and Washington"); a place the
//!    gazetteer lacks takes the country three in four of the article's places lie in.
//! 3. `roles`: titles, appositions and parentheses give roles, affiliations, members and the
//!    country of people and organisations; an organisation named after a place ("University of
//!    Kansas") then carries that place's `geonameid`, `lat`, `lon` (and country, if none).
//! 4. `metonymy`: capitals and countries used as agents get `stands_for`.

mod cluster;
mod metonymy;
mod roles;
mod text;

use crate::facts::{Entity, Label, Mention, MentionKind};
use crate::ner::NameMention;
use crate::places::{gazetteer, Context, Kind};
use crate::segment::Doc;

use text::Tokens;

/// Turn name mentions into entities and mentions that refer to them.
pub fn resolve(text: &str, doc: &Doc, names: &[NameMention]) -> (Vec<Entity>, Vec<Mention>) {
    let toks = Tokens::new(text, doc);
    let sports = cluster::is_sports_report(text);
    let mut out: Vec<NameMention> = Vec::with_capacity(names.len() + 8);
    for n in names.iter().filter_map(|n| text::trim_mention(text, n)) {
        // Only a hyphenated place name may be split (no list built for the others).
        if n.label == Label::LOC && n.span.slice(text).contains('-') {
            out.extend(
                cluster::split_joined_places(text, n)
                    .into_iter()
                    .map(|n| cluster::relabel(text, n, sports)),
            );
        } else {
            out.push(cluster::relabel(text, n, sports));
        }
    }
    let mut names = out;
    // Places in party designations ("D-N.J.") replace whatever the tagger made of them.
    let party = cluster::party_places(text);
    if !party.is_empty() {
        let party_spans: Vec<crate::facts::Span> = party
            .iter()
            .map(|p| crate::facts::Span::new(p.span.start.saturating_sub(2), p.span.end))
            .collect();
        names.retain(|n| {
            // Designations are few; the names they overlap are found by binary search.
            let i = party_spans.partition_point(|s| s.end <= n.span.start);
            party_spans.get(i).is_none_or(|s| !s.overlaps(&n.span))
        });
        names.extend(party);
    }
    names.extend(cluster::gazetteer_mentions(text, &toks, &names));
    names.extend(cluster::county_list_gaps(text, &toks, &names));
    names.sort_by_key(|n| (n.span.start, n.span.end));
    names.dedup_by(|a, b| a.span.overlaps(&b.span));
    cluster::split_joined_names(text, &mut names);
    let acronyms = cluster::untagged_acronyms(text, &toks, &names);
    if !acronyms.is_empty() {
        names.extend(acronyms);
        names.sort_by_key(|n| (n.span.start, n.span.end));
    }
    cluster::relabel_in_context(text, &toks, &mut names, sports);
    // (Places inside organisation names, "University of Texas", are not names here: the
    // name is the organisation's. They become mentions of their own after the entities are
    // built: `inner_places`.)

    // Mentions used as a state's ("upstate New York", "New York state"): a state of their own,
    // apart from the city of that name ("New York" in the same story).
    let state: Vec<bool> = names
        .iter()
        .map(|n| n.label == Label::LOC && state_use(text, n))
        .collect();
    // Place mentions after "in" or "near" and qualified by the place after them ("farmers in
    // Lincoln, Nebraska"): the place, whoever in the story bears its name as a surname. (After
    // "to" or "from", and unqualified, a surname is often the person's: "voters turned to
    // Clinton".)
    let settled: Vec<bool> = names
        .iter()
        .enumerate()
        .map(|(i, n)| {
            n.label == Label::LOC
                && toks
                    .before(n.span)
                    .is_some_and(|b| matches!(toks.s(b), "in" | "near"))
                && cluster::place_qualified(text, &names, i)
        })
        .collect();
    let clusters = cluster::cluster(text, &names, &state, &settled);
    let mut entities: Vec<Entity> = clusters
        .iter()
        .enumerate()
        .map(|(id, c)| Entity {
            mentions: c.members.len(),
            ..Entity::new(
                id,
                c.name.to_string(),
                c.label,
                names[c.members[0]].span.start,
            )
        })
        .collect();
    let mut owner = vec![0usize; names.len()];
    for (id, c) in clusters.iter().enumerate() {
        for &m in &c.members {
            owner[m] = id;
        }
    }

    let counties = cluster::county_lists(text, &toks, &names);
    // The place each organisation (or MISC name) is named after, found once: place linking
    // counts it as context, and organisations carry it.
    let mut named: Vec<Option<(&'static crate::places::Place, String)>> = entities
        .iter()
        .map(|e| {
            matches!(e.label, Label::ORG | Label::MISC)
                .then(|| named_after_by(&e.name, true))
                .flatten()
        })
        .collect();
    let picks = link_places(
        text,
        &toks,
        &names,
        &owner,
        &clusters,
        &counties,
        &named,
        &state,
        &mut entities,
    );
    named_after_small_towns(&entities, &picks, &mut named);
    roles::assign(text, &toks, &names, &owner, &mut entities);
    let placed = locate_organisations(&mut entities, &clusters, &named, &picks, sports);
    let inner = if sports {
        Vec::new()
    } else {
        inner_places(text, &names, &owner, &named, &placed, &mut entities)
    };
    let spans = names.iter().zip(&owner).map(|(n, &e)| (n.span, e));
    salience(text, doc, spans.chain(inner.iter().copied()), &mut entities);

    let mut mentions: Vec<Mention> = names
        .iter()
        .zip(&owner)
        .map(|(n, &e)| Mention {
            span: n.span,
            label: entities[e].label,
            entity: Some(e),
            kind: MentionKind::Name,
            stands_for: None,
        })
        .collect();
    metonymy::assign(text, &toks, &mut mentions, &entities);
    // The places inside organisation names come after the acting states are found: a place
    // inside a name acts for no state ("the Bank of Canada's decision" is the bank's).
    mentions.extend(inner.into_iter().map(|(span, e)| Mention {
        span,
        label: entities[e].label,
        entity: Some(e),
        kind: MentionKind::Name,
        stands_for: None,
    }));
    (entities, mentions)
}

/// Organisations named after a town the article names on its own, too small for
/// [`named_after_by`] (which knows towns from 5,000 people): "the East Hampton Police
/// Department" beside "East Hampton", where the word after the town's name is the noun of a
/// town's institution ([`institution_word`]). The organisation is named after the article's
/// place of that name.
fn named_after_small_towns(
    entities: &[Entity],
    picks: &[Option<u32>],
    named: &mut [Option<(&'static crate::places::Place, String)>],
) {
    for (org, slot) in entities.iter().zip(named.iter_mut()) {
        if slot.is_none() && org.label == Label::ORG {
            *slot = own_town_first(&org.name, entities, picks);
        }
    }
}

/// The article's own town (a place entity resolved to a town or county) whose name opens
/// `name` before the noun of a town's institution ([`institution_word`]): "East Hampton" of
/// "East Hampton Police Department", "Cottonport" of "Cottonport Fire Station".
fn own_town_first(
    name: &str,
    entities: &[Entity],
    picks: &[Option<u32>],
) -> Option<(&'static crate::places::Place, String)> {
    let g = gazetteer();
    entities.iter().zip(picks).find_map(|(e, p)| {
        let p = &g.places[p.filter(|_| e.label == Label::LOC)? as usize];
        let rest = name.strip_prefix(e.name.as_str())?.strip_prefix(' ')?;
        let town = matches!(p.kind, Kind::City | Kind::County);
        (town && rest.split_whitespace().next().is_some_and(institution_word))
            .then(|| (p, e.name.clone()))
    })
}

/// Is this word, after a town's name, the noun of the town's institution or event
/// ([`place_pattern_noun`], [`INNER_PLACE_NOUNS`])?
fn institution_word(w: &str) -> bool {
    place_pattern_noun(w) || INNER_PLACE_NOUNS.contains(&w)
}

/// The word after `words` in `name`, if any.
fn word_after<'n>(name: &'n str, words: &str) -> Option<&'n str> {
    let at = text::find_words(name, crate::facts::Span::new(0, name.len()), words)?;
    name[at.end..].split_whitespace().next()
}

/// Population from which a town inside an organisation's name is a place of the story without
/// a town's institution after it ([`inner_places`]).
const INNER_TOWN: u64 = 50_000;

/// Nouns after a town's name, besides [`place_pattern_noun`]s, that make a name the town's
/// own institution or event ("Henderson County Jail", "Walker County Fair").
const INNER_PLACE_NOUNS: &[&str] = &[
    "Sheriff",
    "Sheriff's",
    "Sheriff’s",
    "Jail",
    "Court",
    "Courthouse",
    "Fair",
    "Board",
    "Commission",
    "Library",
    "Schools",
    "Township",
    "Elementary",
    "Middle",
    "Coroner",
    "Coroner's",
    "Coroner’s",
    "Volunteer",
    "Emergency",
    "Water",
    "Parks",
    "Zoo",
    "Mayor",
];

/// Places named inside organisation names ("the Laurel County Sheriff's Office", "the
/// University of Kansas", "the Tulsa Police Department"): each such name mention holds a
/// mention of the place the organisation is named after (found by [`named_after_by`] and
/// placed by [`locate_organisations`]), which refers to the article's entity for that place,
/// or to a new place entity. A reader who asks which places a story names is told of the county
/// whose sheriff made the arrest; the organisation keeps its own mention, so the place mention
/// lies inside it (the only overlap among name mentions). Not in sports reports, where a
/// team's town ("Leeds United") says nothing of where the story is. Hyphenated compounds that
/// the tagger takes whole ("a Toronto-based firm", "the Saudi-led coalition", "Egyptian-US
/// talks") hold the place or nationality they open or join. Returns the spans with their
/// entities.
fn inner_places(
    text: &str,
    names: &[NameMention],
    owner: &[usize],
    named: &[Option<(&'static crate::places::Place, String)>],
    placed: &[Option<&'static crate::places::Place>],
    entities: &mut Vec<Entity>,
) -> Vec<(crate::facts::Span, usize)> {
    let g = gazetteer();
    // The countries of the article's own places: a town inside a name is taken for a place of
    // the story only in one of them ("Georgetown University" in an American story is no
    // mention of Guyana's capital).
    let home: crate::places::FastSet<String> = entities
        .iter()
        .filter(|x| x.label == Label::LOC)
        .filter_map(|x| x.country.clone())
        .collect();
    let at_home = |p: &crate::places::Place| {
        p.population >= INNER_CITY || p.country.is_some_and(|c| home.contains(c))
    };
    let mut index = InnerIndex::new(entities);
    // The surnames of the article's people: a compound that joins one ("the Bush-Clinton
    // years") joins people, not places.
    let surnames: crate::places::FastSet<String> = entities
        .iter()
        .filter(|x| x.label == Label::PER)
        .filter_map(|x| x.name.split_whitespace().last().map(str::to_string))
        .collect();
    let mut out = Vec::new();
    for (n, &e) in names.iter().zip(owner) {
        if !matches!(entities[e].label, Label::ORG | Label::MISC | Label::NORP) {
            continue;
        }
        if n.span.slice(text).contains('-') {
            let word_of_people = |w: &str| surnames.contains(w);
            hyphen_parts(
                text,
                n.span,
                &at_home,
                &word_of_people,
                entities,
                &mut index,
                &mut out,
            );
        }
        let (Some(p), Some((_, words))) = (placed[e], &named[e]) else {
            continue;
        };
        let Some(span) = text::find_words(text, n.span, words).filter(|s| *s != n.span) else {
            continue;
        };
        let known = index.place(words, p.geonameid);
        // The organisation's point may be a small town's that a company or a person is named
        // after ("Jones Medical", "Roosevelt Financial"), or an ordinary word's ("Free Trade"):
        // as a place of the story, a town must be named by the article on its own, or lie in
        // one of the article's countries and be a city of 50,000 or read as the town by the
        // noun after it ("the Byfield Police Department").
        let patterned = || {
            text[span.end..n.span.end]
                .split_whitespace()
                .next()
                .is_some_and(institution_word)
        };
        let ordinary = || !words.contains(' ') && g.ordinary_word(words);
        let sure = match p.kind {
            Kind::Region => false,
            Kind::City | Kind::Capital => {
                at_home(p) && (p.population >= INNER_TOWN || patterned()) && !ordinary()
            }
            // A division by a short form of its name ("Free" for the Free State) only before a
            // town's institution.
            Kind::Admin1 | Kind::County => {
                !ordinary() && (words.contains(' ') || p.name.eq_ignore_ascii_case(words))
                    || patterned()
            }
            _ => !ordinary() || patterned(),
        };
        if !sure && known.is_none() {
            continue;
        }
        let id = known.unwrap_or_else(|| new_place_entity(entities, &mut index, words, p, span));
        out.push((span, id));
    }
    for &(span, id) in &out {
        let x = &mut entities[id];
        x.mentions += 1;
        x.first = x.first.min(span.start);
    }
    out
}

/// Population from which a town inside a name is a place of the story wherever it lies
/// ("Chicago Tribune" in a story with no other American place).
const INNER_CITY: u64 = 1_000_000;

/// The places and nationalities joined by hyphens in a name mention ("Toronto-based",
/// "Saudi-led", "Egyptian-US"): capitalised parts that are a nationality adjective or a
/// well-known place (a country, division, city of 100,000, or a capital or city of 50,000 that
/// lies in one of the article's countries, `at_home`, which a town of that name there is
/// before one abroad), with the capitalised words before the first
/// part where they belong to it ("Northern Ireland-born"). Not in a word that is a place of its own
/// ("Winston-Salem"), in an American's heritage ("Cuban-American": one identity, not two
/// nations), in a language ("Spanish-language"), in a person's era or style ("Bush-era"), in
/// one that joins a surname of the story's people ("the Bush-Clinton years") nor after an
/// Arabic particle ("al-Ahram").
/// Pushed to `out` with their entities.
fn hyphen_parts(
    text: &str,
    span: crate::facts::Span,
    at_home: &dyn Fn(&crate::places::Place) -> bool,
    surname: &dyn Fn(&str) -> bool,
    entities: &mut Vec<Entity>,
    index: &mut InnerIndex,
    out: &mut Vec<(crate::facts::Span, usize)>,
) {
    let g = gazetteer();
    let inside = span.slice(text);
    let words: Vec<&str> = inside.split_whitespace().collect();
    for (k, word) in words.iter().enumerate().filter(|(_, w)| w.contains('-')) {
        let at = span.start + (word.as_ptr() as usize - inside.as_ptr() as usize);
        let last = word.rsplit('-').next().unwrap_or_default();
        if !g.lookup(word).is_empty()
            || matches!(
                last,
                "American" | "Americans" | "language" | "speaking" | "era" | "style"
            )
            || word.split('-').any(surname)
        {
            continue;
        }
        let mut off = at;
        let mut before = "";
        for (i, part) in word.split('-').enumerate() {
            let mut part_span = crate::facts::Span::new(off, off + part.len());
            off += part.len() + 1;
            let particle = matches!(before, "al" | "el" | "ul" | "bin" | "ibn" | "abu" | "abd");
            before = part;
            if part.is_empty() || !text::is_capitalised(part) || particle || part_span == span {
                continue;
            }
            // "Northern Ireland-born": the place is the run of capitalised words it ends.
            if i == 0 {
                if let Some(j) = (0..k).find(|&j| {
                    words[j..k].iter().all(|w| text::is_capitalised(w)) && {
                        let from = words[j].as_ptr() as usize - inside.as_ptr() as usize;
                        let run = crate::facts::Span::new(span.start + from, part_span.end);
                        cluster::well_known(run.slice(text), INNER_TOWN, false)
                    }
                }) {
                    part_span.start =
                        span.start + (words[j].as_ptr() as usize - inside.as_ptr() as usize);
                }
            }
            let name = part_span.slice(text);
            // (A town named after a person names no company here: "Columbus-based".)
            let place = cluster::well_known(name, INNER_TOWN, false)
                || cluster::person_named_town(name) && cluster::well_known(name, INNER_TOWN, true);
            if let Some(cc) = g.demonym(name).filter(|_| !place) {
                let id = index.people(name).unwrap_or_else(|| {
                    let id = entities.len();
                    let mut x = Entity::new(id, name, Label::NORP, part_span.start);
                    x.mentions = 0;
                    set_country(&mut x, cc);
                    index.add(&x, id);
                    entities.push(x);
                    id
                });
                out.push((part_span, id));
            } else if place {
                let id = index.place(name, None).or_else(|| {
                    let hits = g.lookup_spelt(name);
                    let mut p = &g.places[g.resolve_in(hits, &Context::default())? as usize];
                    let town =
                        |p: &crate::places::Place| matches!(p.kind, Kind::City | Kind::Capital);
                    // A town of that name in one of the story's countries, before a bigger one
                    // abroad ("Athens-Clarke County" in a story of Georgia towns).
                    if town(p) && !at_home(p) {
                        if let Some(q) = hits
                            .iter()
                            .filter(|h| h.primary)
                            .map(|h| &g.places[h.place as usize])
                            .filter(|q| town(q) && at_home(q) && q.population >= INNER_TOWN)
                            .max_by_key(|q| q.population)
                        {
                            p = q;
                        }
                    }
                    // ("-based" and the like name a place plainly: a city of 100,000 is
                    // itself, wherever the story's other places lie.)
                    (!town(p) || p.population >= SURE_ORG_TOWN || at_home(p))
                        .then(|| new_place_entity(entities, index, name, p, part_span))
                });
                if let Some(id) = id {
                    out.push((part_span, id));
                }
            }
        }
    }
}

/// The article's place and nationality entities by GeoNames id and by name, for the places
/// inside names: one hash lookup each instead of a scan of every entity for every name (linear
/// time on a text of many names).
struct InnerIndex {
    by_id: crate::places::FastMap<i64, usize>,
    by_name: crate::places::FastMap<(bool, String), usize>,
}

impl InnerIndex {
    fn new(entities: &[Entity]) -> Self {
        let mut index = InnerIndex {
            by_id: Default::default(),
            by_name: Default::default(),
        };
        for (i, x) in entities.iter().enumerate() {
            index.add(x, i);
        }
        index
    }

    /// Index entity `i` (the first of a name or id stays).
    fn add(&mut self, x: &Entity, i: usize) {
        if !matches!(x.label, Label::LOC | Label::NORP) {
            return;
        }
        let loc = x.label == Label::LOC;
        if let (true, Some(id)) = (loc, x.geonameid) {
            self.by_id.entry(id).or_insert(i);
        }
        self.by_name
            .entry((loc, x.name.to_lowercase()))
            .or_insert(i);
    }

    /// The first place entity of that GeoNames id or name, if any.
    fn place(&self, name: &str, geonameid: Option<i64>) -> Option<usize> {
        let by_id = geonameid.and_then(|g| self.by_id.get(&g).copied());
        let by_name = self.by_name.get(&(true, name.to_lowercase())).copied();
        by_id.into_iter().chain(by_name).min()
    }

    /// The nationality entity of that name, if any.
    fn people(&self, name: &str) -> Option<usize> {
        self.by_name.get(&(false, name.to_lowercase())).copied()
    }
}

/// A new entity for a place named inside another name, with no mention counted yet.
fn new_place_entity(
    entities: &mut Vec<Entity>,
    index: &mut InnerIndex,
    name: &str,
    p: &crate::places::Place,
    span: crate::facts::Span,
) -> usize {
    let id = entities.len();
    let mut x = Entity::new(id, name, Label::LOC, span.start);
    x.mentions = 0;
    x.country = p.country.map(str::to_string);
    x.geonameid = p.geonameid;
    x.lat = Some(p.lat);
    x.lon = Some(p.lon);
    index.add(&x, id);
    entities.push(x);
    id
}

/// Link LOC entities to the gazetteer (two passes: alone, then with the other places as
/// context) and give NORP entities the country of their demonym. `named` holds what each
/// organisation or MISC entity is named after ([`named_after_by`] of its whole name).
#[allow(clippy::too_many_arguments)]
fn link_places(
    text: &str,
    toks: &Tokens,
    names: &[NameMention],
    owner: &[usize],
    clusters: &[cluster::Cluster],
    counties: &[bool],
    named: &[Option<(&'static crate::places::Place, String)>],
    state: &[bool],
    entities: &mut [Entity],
) -> Vec<Option<u32>> {
    let g = gazetteer();
    // Entities named in a list before "counties": their county form is tried first.
    let mut county: Vec<Option<String>> = vec![None; entities.len()];
    for (i, &c) in counties.iter().enumerate() {
        let e = &entities[owner[i]];
        if !c || e.label != Label::LOC {
            continue;
        }
        // A state or country before "counties" names whose counties they are ("Indiana
        // counties").
        let division = g.lookup(&e.name).iter().any(|h| {
            let p = &g.places[h.place as usize];
            h.primary
                && match p.kind {
                    Kind::Country | Kind::Region => true,
                    Kind::Admin1 => p.population >= crate::places::MINOR_DIVISION,
                    _ => false,
                }
        });
        if !division {
            let name = cluster::county_name(&e.name);
            if !g.lookup(&name).is_empty() {
                county[owner[i]] = Some(name);
            }
        }
    }
    // Place entities named only right after "the" ("the West", "The Post said"), or only
    // opening a sentence before a lower-case word ("“Can you explain?”", "Mine told me"): a
    // one-word name that is an ordinary English word, used so, is a region or a mis-tagged
    // word, not the town of that name (West, Texas; Post, Texas; Can, Turkey). Such a name
    // keeps the gazetteer's readings only where one is more than a town, or a city of
    // 100,000 ("the Phoenix airport", "Reading won").
    let mut word_use: Vec<Option<bool>> = vec![None; entities.len()];
    // Place entities named right after a place preposition ("in Lakeville", "near Lakeville"),
    // not as an owner ("at Sylvia's"): a name that only postal towns bear is read as one of
    // them only where the article uses it so, or as a town's (`local` below; see
    // [`crate::places::Gazetteer::pointed`]).
    let mut as_place = vec![false; entities.len()];
    for (n, &e) in names.iter().zip(owner) {
        if entities[e].label == Label::LOC {
            let before = toks.before(n.span);
            let the = before.is_some_and(|b| toks.s(b).eq_ignore_ascii_case("the"));
            let opening = || {
                let first = before.is_none_or(|b| {
                    matches!(toks.s(b), "“" | "\"" | "‘") && toks.before(toks.spans[b]).is_none()
                });
                let word = n.span.slice(text);
                first
                    && word.chars().skip(1).all(|c| c.is_lowercase())
                    && toks
                        .after(n.span)
                        .is_some_and(|a| toks.s(a).starts_with(|c: char| c.is_lowercase()))
            };
            word_use[e] = Some(word_use[e].unwrap_or(true) && (the || opening()));
            let owned = toks
                .after(n.span)
                .is_some_and(|a| matches!(toks.s(a), "'s" | "’s"));
            as_place[e] |= !owned && before.is_some_and(|b| cluster::place_preposition(toks.s(b)));
        }
    }
    // Each place entity's gazetteer places (its county form's, if any), with the postal towns
    // of its name (read only where the article points to them: `resolve_pointed`), looked up
    // once for the steps below; none for a place named so only as a word (`no_town`).
    let mut hits_of: Vec<&'static [crate::places::Hit]> = entities
        .iter()
        .zip(&county)
        .map(|(e, c)| {
            if e.label == Label::LOC {
                let name = c.as_deref().unwrap_or(&e.name);
                // "South Wales", "North Georgia": a part of the country, division or region the
                // words after the compass word name, never a postal town of the whole name
                // (South Wales, New York).
                let part = text::without_direction(name).is_some_and(|rest| {
                    g.lookup(rest).iter().any(|h| {
                        h.primary
                            && matches!(
                                g.places[h.place as usize].kind,
                                Kind::Country | Kind::Admin1 | Kind::Region
                            )
                    })
                });
                if part {
                    g.lookup_spelt(name)
                } else {
                    g.lookup_with_postal(name)
                }
            } else {
                &[]
            }
        })
        .collect();
    let no_town: Vec<bool> = entities
        .iter()
        .zip(&county)
        .zip(&word_use)
        .zip(&hits_of)
        .map(|(((e, c), &the), hits)| {
            the == Some(true)
                && c.is_none()
                && !e.name.contains(char::is_whitespace)
                && g.ordinary_spelling(&e.name)
                && hits.iter().all(|h| g.places[h.place as usize].small_town())
        })
        .collect();
    for (hits, &no) in hits_of.iter_mut().zip(&no_town) {
        if no {
            *hits = &[];
        }
    }
    let mut first: Vec<Option<u32>> = entities
        .iter()
        .zip(&hits_of)
        .zip(&as_place)
        .map(|((e, hits), &as_place)| {
            if e.label == Label::LOC {
                g.resolve_pointed(hits, &Context::default(), as_place)
            } else {
                None
            }
        })
        .collect();
    // Qualifiers: "Orlando, Fla.", "Paris, Texas" — a place named right after another.
    let mut qualifier: Vec<Option<(&'static str, &'static str)>> = vec![None; entities.len()];
    // Names whose qualifier ends the run of names ("Washington, D.C., to eat"), not a list
    // that goes on ("Washington, West Virginia and Wyoming").
    let mut qualified_last = vec![false; entities.len()];
    // The qualifier's place, and qualifiers whose pick the qualified name decided.
    let mut qualified_by: Vec<Option<u32>> = vec![None; entities.len()];
    let mut forced: Vec<Option<u32>> = vec![None; entities.len()];
    for (i, n) in names.iter().enumerate() {
        let Some(next) = names.get(i + 1) else {
            continue;
        };
        let (a, b) = (owner[i], owner[i + 1]);
        if a == b || entities[a].label != Label::LOC || entities[b].label != Label::LOC {
            continue;
        }
        if next.span.start < n.span.end {
            continue; // nested (a place inside an organisation's name)
        }
        let gap = &text[n.span.end..next.span.start];
        if gap.trim() != "," {
            continue;
        }
        // The qualifier is the country or division of that name that has a town of the first
        // name: "Athens, Georgia" is the US state, "Tacoma, Washington" the state, not the
        // capital; otherwise the qualifier's own pick.
        let fitting = qualifier_place(&entities[a].name, &entities[b].name);
        // A country or region is never qualified by the next name: "China, Japan" and "Niger,
        // Nigeria" are lists, whatever towns the second has of the first's name. A country
        // named by another of its names is, where the next name has a town of this one
        // ("Trinidad, Colorado"; "Holland, Michigan").
        if first[a].is_some_and(|p| {
            let p = &g.places[p as usize];
            matches!(p.kind, Kind::Country | Kind::Region)
                && (fitting.is_none() || p.name.eq_ignore_ascii_case(&entities[a].name))
        }) {
            continue;
        }
        // A qualifier whose full stop the sentence's end took ("Churchill, Man. her parents"
        // tagged "Man"): the division that the name with its stop abbreviates.
        if text[next.span.end..].starts_with('.') && !next.span.slice(text).ends_with('.') {
            let dotted = format!("{}.", next.span.slice(text));
            if let Some(h) = g
                .lookup(&dotted)
                .iter()
                .find(|h| h.primary && g.places[h.place as usize].kind == Kind::Admin1)
            {
                first[b] = Some(h.place);
                forced[b] = Some(h.place);
            }
        }
        if let Some(q) = fitting {
            first[b] = Some(q);
            forced[b] = Some(q);
        }
        if let Some(q) = first[b].map(|p| &g.places[p as usize]) {
            // A county qualifies too ("Rockingham, Northamptonshire"), outside lists of
            // places ("Sharon, Cornwall and Salisbury").
            let county = q.kind == Kind::County && !in_list(text, names, i);
            if matches!(q.kind, Kind::Country | Kind::Admin1) || county {
                if let Some(c) = q.country {
                    let a1 = if q.kind == Kind::Country {
                        ""
                    } else {
                        q.admin1
                    };
                    if qualifier[a].is_none() {
                        qualifier[a] = Some((c, a1));
                        qualified_last[a] = !listed_on(text, names, i + 1);
                        // Only a town is placed in its qualifier, and not inside a list of
                        // places ("Saipan, Guam and Tinian").
                        let town = first[a].is_none_or(|p| {
                            matches!(
                                g.places[p as usize].kind,
                                Kind::City | Kind::Capital | Kind::County
                            )
                        });
                        if town && !in_list(text, names, i) {
                            qualified_by[a] = first[b];
                        }
                    }
                }
            }
        }
    }
    // A name coordinated with a first-level division ("Oregon and Washington", "Alabama,
    // Georgia") is the division of that name in the same country, if there is one.
    for (i, n) in names.iter().enumerate() {
        let Some(next) = names.get(i + 1) else {
            continue;
        };
        if next.span.start < n.span.end
            || !matches!(
                text[n.span.end..next.span.start].trim(),
                "," | "and" | "or" | ", and" | ", or"
            )
        {
            continue;
        }
        for (x, y) in [(owner[i], owner[i + 1]), (owner[i + 1], owner[i])] {
            if x == y || entities[x].label != Label::LOC || entities[y].label != Label::LOC {
                continue;
            }
            // A name with its own qualifier keeps it ("Texas and Washington, D.C.").
            if qualified_last[y] {
                continue;
            }
            let Some(px) = first[x].map(|p| &g.places[p as usize]) else {
                continue;
            };
            if px.kind != Kind::Admin1
                || first[y].is_some_and(|p| g.places[p as usize].kind == Kind::Admin1)
            {
                continue;
            }
            let division = g
                .lookup(&entities[y].name)
                .iter()
                .filter(|h| h.primary)
                .map(|h| h.place)
                .find(|&q| {
                    let q = &g.places[q as usize];
                    q.kind == Kind::Admin1 && q.country == px.country
                });
            if let Some(q) = division {
                first[y] = Some(q);
                forced[y] = Some(q);
            }
        }
    }
    // Names used only to qualify a currency ("the U.S. dollar", "73 U.S. cents"): no cue of
    // where the article is (a Canadian story quotes its dollar against the American one).
    // The name is still resolved; it is not counted as the other places' context.
    let mut currency_only: Vec<bool> = entities.iter().map(|e| e.label == Label::LOC).collect();
    for (n, &id) in names.iter().zip(owner) {
        if currency_only[id] && !currency_use(text, n) {
            currency_only[id] = false;
        }
    }
    // Names used the way only towns are: "a Lebanon woman", "Jordan residents" (a country
    // would be named by its demonym), or a dateline ("SPRINGFIELD (AP) —").
    let mut local = vec![false; entities.len()];
    // Names used as a town's only in a dateline: a capital there keeps its place against a
    // weak cue for a namesake's country (see [`local_town`]).
    let mut dateline_only = vec![false; entities.len()];
    for (i, n) in names.iter().enumerate() {
        let prev = i.checked_sub(1).map(|h| &names[h]);
        if entities[owner[i]].label != Label::LOC {
            continue;
        }
        if town_use(toks, n, prev) {
            local[owner[i]] = true;
            dateline_only[owner[i]] = false;
        } else if dateline(text, toks, n) && !local[owner[i]] {
            local[owner[i]] = true;
            dateline_only[owner[i]] = true;
        }
    }
    // A town's own government named as an organisation ("City of Paris" beside "Paris" in a
    // story about Edgar County): the place of that name is used as a town's.
    for e in entities.iter().filter(|e| e.label == Label::ORG) {
        let Some(town) = ["City of ", "Town of ", "Village of "]
            .iter()
            .find_map(|p| e.name.strip_prefix(p))
        else {
            continue;
        };
        if let Some(j) = entities
            .iter()
            .position(|x| x.label == Label::LOC && x.name == town)
        {
            local[j] = true;
        }
    }
    // Names used as a state's ("a Washington state farm", "the New York Governor"): the
    // first-level division of that name, where the plain pick is a town of its country.
    for (i, &id) in owner.iter().enumerate() {
        if entities[id].label != Label::LOC || forced[id].is_some() || !state[i] {
            continue;
        }
        let Some(town) = first[id].map(|p| &g.places[p as usize]) else {
            continue;
        };
        if !matches!(town.kind, Kind::City | Kind::Capital | Kind::County) {
            continue;
        }
        let division = g.lookup(&entities[id].name).iter().find(|h| {
            let p = &g.places[h.place as usize];
            h.primary && p.kind == Kind::Admin1 && p.country == town.country
        });
        if let Some(h) = division {
            first[id] = Some(h.place);
            forced[id] = Some(h.place);
        }
    }
    // Each LOC entity is resolved with the others as context; two rounds let a resolved
    // neighbour ("Dallas" → Texas) inform the next pick.
    // Two rounds. In the first, entities are resolved one by one, the surest first (a city
    // that is surely itself, "Atlanta", before a town that shares its name with bigger towns,
    // "Decatur"); a neighbour already resolved counts fully, one not yet resolved as much as
    // its plain pick is sure. In the second, every entity sees all first-round picks, so that
    // places that fit together ("Logan", "Rogersville") confirm each other.
    let sure: Vec<f64> = first
        .iter()
        .zip(&hits_of)
        .map(|(p, hits)| p.map_or(0.0, |p| certainty_in(hits, p)))
        .collect();
    let mut order: Vec<usize> = (0..entities.len())
        .filter(|&i| entities[i].label == Label::LOC)
        .collect();
    order.sort_by(|&a, &b| sure[b].total_cmp(&sure[a]));
    // The states and counties that organisations are named after ("Kentucky State Police",
    // "Olmsted County Attorney's Office") say where the article is, though they are no
    // mentions of their own: they count as context (a county as much as its name is surely
    // that county) and vote for the home division.
    let org_place: Vec<Option<(String, u32)>> = entities
        .iter()
        .zip(named)
        .map(|(e, named)| {
            if !matches!(e.label, Label::ORG | Label::MISC) {
                return None;
            }
            let (p, words) = named.clone()?;
            // A state only when no town of 5,000 people shares its name: "Alexandria Police"
            // and "Delta Police Department" are named after towns, not the divisions of
            // those names abroad.
            let town_named = || {
                g.lookup(&words).iter().any(|h| {
                    let q = &g.places[h.place as usize];
                    h.primary
                        && matches!(q.kind, Kind::City | Kind::Capital)
                        && q.population >= 5_000
                })
            };
            // "Indiana State Police", "Kansas State University": "State" after the name says
            // it is the state's, whatever town shares it (Indiana, Pennsylvania).
            let state_word = e
                .name
                .find(words.as_str())
                .is_some_and(|at| e.name[at + words.len()..].starts_with(" State "));
            match p.kind {
                Kind::County => {}
                Kind::Admin1 if state_word || !town_named() => {}
                _ => return None,
            }
            let id = g
                .lookup(&words)
                .iter()
                .find(|h| std::ptr::eq(&g.places[h.place as usize], p))?;
            Some((words, id.place))
        })
        .collect();
    let currency = currency_country(text);
    // The country of each nationality ("American officials"), found once for the context
    // and for the entity itself.
    let norp: Vec<Option<&'static str>> = entities
        .iter()
        .zip(clusters)
        .map(|(e, c)| {
            if e.label != Label::NORP {
                return None;
            }
            std::iter::once(e.name.as_str())
                .chain(c.surfaces.iter().copied())
                .find_map(|s| g.demonym(s))
        })
        .collect();
    // Countries the article points to without naming a place of theirs: by a nationality
    // ("Canadian officials") or by an organisation named after the country ("Bank of
    // Canada").
    let org_countries = entities.iter().zip(named).filter_map(|(e, named)| {
        let (p, _) = named.as_ref()?;
        (e.label == Label::ORG && p.kind == Kind::Country)
            .then_some(p.country)
            .flatten()
    });
    let mut nationalities: Vec<&'static str> = norp
        .iter()
        .flatten()
        .copied()
        .chain(org_countries)
        .collect();
    nationalities.sort_unstable();
    nationalities.dedup();
    // Towns and counties that several of the article's place names have close together. The
    // towns that organisations and unknown places are named after count among those names
    // ("Middletown" beside "Hartford Hospital" and "Berlin Police Department": the
    // Middletown near that Hartford), though they are no places of their own.
    let mut loc_named: Option<Vec<Option<(&'static crate::places::Place, String)>>> = None;
    let mut support = {
        let mut lists: Vec<(&'static [crate::places::Hit], bool)> = (0..entities.len())
            .filter(|&j| entities[j].label == Label::LOC)
            .map(|j| (hits_of[j], local[j]))
            .collect();
        // Only where a place name has towns to choose between (most articles' have not,
        // and their organisations need not be looked up again).
        let choice = lists.iter().any(|(hits, _)| {
            hits.iter()
                .filter(|h| h.primary)
                .filter(|h| matches!(g.places[h.place as usize].kind, Kind::City | Kind::County))
                .nth(1)
                .is_some()
        });
        if choice {
            // The towns that places the gazetteer lacks are named after ("Hartford
            // Hospital"), found once here for [`named_places`] too. A one-word name is named
            // after no other place (a big city of that name would be in the gazetteer). A
            // postal town's name is looked at as one the gazetteer lacks.
            let found: Vec<Option<(&'static crate::places::Place, String)>> = entities
                .iter()
                .zip(&hits_of)
                .map(|(e, hits)| {
                    let unknown = hits.iter().all(|h| g.places[h.place as usize].postal);
                    (e.label == Label::LOC && unknown && e.name.contains(' '))
                        .then(|| named_after_by(&e.name, false))
                        .flatten()
                })
                .collect();
            for (p, words) in named.iter().chain(&found).flatten() {
                if matches!(p.kind, Kind::City | Kind::County) {
                    lists.push((g.lookup(words), false));
                }
            }
            loc_named = Some(found);
        }
        crate::places::town_support_in(&lists)
    };
    // One-word place entities whose name is a first name in the tagger's lexicon ("Ben").
    let mut first_name = vec![false; entities.len()];
    for (n, &id) in names.iter().zip(owner) {
        let e = &entities[id];
        if e.label == Label::LOC && !first_name[id] && !e.name.contains(char::is_whitespace) {
            let span = toks.covered(n.span);
            first_name[id] = span.len() == 1
                && crate::ner::lexicon().classes_of(text, &toks.spans[span])
                    & crate::ner::lexicon::FIRST_NAME_BIT
                    != 0;
        }
    }
    let mut pick: Vec<Option<u32>> = first.clone();
    let weight = |j: usize| (clusters[j].members.len() as f64).min(2.0);
    for round in 0..2 {
        // Each name's votes for the article's home division, from the picks so far.
        let ballots: Vec<Vec<((&'static str, &'static str), f64)>> = (0..entities.len())
            .map(|j| {
                if entities[j].label == Label::LOC {
                    crate::places::division_votes_in(hits_of[j], first[j])
                } else if let Some((name, p)) = &org_place[j] {
                    crate::places::division_votes(name, Some(*p))
                } else {
                    Vec::new()
                }
            })
            .collect();
        let votes = crate::places::Votes::new(&ballots);
        // One context for the round: every place, resolved ones at full weight, others as
        // much as their plain pick is sure; each entity is taken out while it is resolved.
        let mut ctx = Context::default();
        ctx.support = std::mem::take(&mut support);
        ctx.nationalities.clone_from(&nationalities);
        if let Some(c) = currency {
            ctx.set_prior(c, CURRENCY_PRIOR);
        }
        for (j, place) in org_place.iter().enumerate() {
            if let Some((name, p)) = place {
                // A county as much as its name is surely that county.
                ctx.insert(j, &g.places[*p as usize], certainty(name, *p));
            }
        }
        for (j, p) in first.iter().enumerate() {
            if let (Some(p), false) = (p, currency_only[j]) {
                let w = weight(j);
                ctx.insert(
                    j,
                    &g.places[*p as usize],
                    if round > 0 { w } else { w * sure[j] },
                );
            }
        }
        for &id in &order {
            let e = &entities[id];
            ctx.remove(id);
            if no_town[id] {
                continue;
            }
            ctx.qualifier = qualifier[id];
            // The home division as the other names see it (this name's own ballot left out).
            ctx.home = votes.home_without(&ballots[id]);
            // A county's name is no city's that news would mean instead: two counties that lie
            // together in one state only place each other there.
            let county_pick = first[id].is_some_and(|p| g.places[p as usize].kind == Kind::County);
            if ctx.home.is_empty() && county_pick {
                ctx.home = votes.shared_home(&ballots[id]);
            }
            // The longest name may be unknown where a shorter one is known.
            pick[id] = g
                .resolve_pointed(hits_of[id], &ctx, as_place[id] || local[id])
                .or_else(|| {
                    county[id]
                        .is_some()
                        .then(|| g.resolve(&e.name, &ctx))
                        .flatten()
                })
                .or_else(|| {
                    clusters[id]
                        .surfaces
                        .iter()
                        .find_map(|s| g.resolve(s, &ctx))
                })
                // "North Texas", "Downtown Chicago": a division, a region, a big city or a town
                // of the article's country; not a small town abroad ("South Side" is no
                // quarter of Side, Turkey).
                .or_else(|| {
                    g.resolve(text::without_direction(&e.name)?, &ctx)
                        .filter(|&p| {
                            let p = &g.places[p as usize];
                            !matches!(p.kind, Kind::City | Kind::County)
                                || p.population >= 100_000
                                || p.country.is_some_and(|c| ctx.country_weight(c) > 0.0)
                        })
                })
                .or_else(|| abbreviation_without_stop(&e.name, &ctx))
                .or_else(|| demonym_place(&e.name));
            if pick[id].is_none() {
                pick[id] = qualified_name(&e.name, &mut ctx);
            }
            // A one-word name that is an ordinary English word or a first name, read as a small
            // town abroad in an article whose places and peoples all lie elsewhere, is a
            // mis-tagged word or person ("Time announces its person of the year": Time, Norway;
            // "Ben hinted at a shake-up": Ben, Iran), not that town. A country the article
            // points to, a qualifier or a neighbour close by keeps it ("Drama, Greece"; "Mine"
            // beside "Hagi").
            let abroad_word = |p: u32| {
                let q = &g.places[p as usize];
                q.small_town()
                    && ctx.qualifier.is_none()
                    && ctx.placed_by_names()
                    && q.country.is_some_and(|c| {
                        ctx.country_weight(c) == 0.0 && !ctx.nationalities.contains(&c)
                    })
                    && ctx.support_bonus(p) == 0.0
                    && !e.name.contains(char::is_whitespace)
                    && (g.ordinary_spelling(&e.name) || first_name[id])
            };
            // (In the second round only: the first round's context holds plain picks, which
            // may themselves lie abroad.)
            if round > 0 && pick[id].is_some_and(abroad_word) {
                pick[id] = None;
            }
            if local[id] {
                pick[id] = local_town(&e.name, pick[id], &ctx, dateline_only[id]).or(pick[id]);
            }
            if forced[id].is_some() {
                pick[id] = forced[id];
            }
            if round == 0 {
                first[id] = pick[id];
            }
            // Back into the context: resolved now (round 0), or as it was (round 1).
            if let (Some(p), false) = (first[id], currency_only[id]) {
                ctx.insert(id, &g.places[p as usize], weight(id));
            }
        }
        support = std::mem::take(&mut ctx.support);
        first.clone_from(&pick);
    }
    short_town_names(entities, &mut pick);
    let named_pick = named_places(entities, clusters, &pick, loc_named.as_deref(), currency);
    let owned = possessed_places(text, names, owner, entities, &pick);
    for (id, e) in entities.iter_mut().enumerate() {
        match e.label {
            Label::LOC => {
                let demonym = clusters[id].surfaces.iter().find_map(|s| g.demonym(s));
                let major = |p: &crate::places::Place| {
                    matches!(p.kind, Kind::Country | Kind::Admin1 | Kind::Region)
                };
                if let (Some(cc), false) = (
                    demonym,
                    pick[id].is_some_and(|p| major(&g.places[p as usize])),
                ) {
                    // A nationality tagged as a place ("Russian forces"): its country, not a
                    // town that happens to share the word.
                    set_country(e, cc);
                } else if let Some(q) = qualified_by[id]
                    .map(|q| &g.places[q as usize])
                    .filter(|q| !pick[id].is_some_and(|p| in_place(&g.places[p as usize], q)))
                {
                    // "Stroud, Ontario" with no Stroud of Ontario known: in Ontario, at least.
                    e.country = q.country.map(str::to_string);
                    e.lat = Some(q.lat);
                    e.lon = Some(q.lon);
                } else if let Some(q) = owned[id] {
                    // "London's Heathrow", where no Heathrow of London is known: in London.
                    e.country = q.country.map(str::to_string);
                    e.lat = Some(q.lat);
                    e.lon = Some(q.lon);
                } else if let Some(p) = pick[id].map(|p| &g.places[p as usize]) {
                    e.geonameid = p.geonameid;
                    e.country = p.country.map(str::to_string);
                    e.lat = Some(p.lat);
                    e.lon = Some(p.lon);
                } else if let Some(p) = named_pick[id] {
                    // A road, building or body named after a place ("Ohio Turnpike",
                    // "Mansfield Public Library"): there, though it is not that place.
                    e.country = p.country.map(str::to_string);
                    e.lat = Some(p.lat);
                    e.lon = Some(p.lon);
                }
            }
            Label::NORP => {
                if let Some(cc) = norp[id] {
                    set_country(e, cc);
                    // A people of one region ("Dagestani", "Abkhaz"): that region's point.
                    if let Some(p) = regional_place(&e.name, cc) {
                        e.geonameid = p.geonameid;
                        e.lat = Some(p.lat);
                        e.lon = Some(p.lon);
                    }
                } else if let Some(p) = g
                    .lookup(&e.name)
                    .iter()
                    .map(|h| &g.places[h.place as usize])
                    .find(|p| p.kind == Kind::Region)
                    .or_else(|| demonym_place(&e.name).map(|p| &g.places[p as usize]))
                {
                    // "European", "African": the continent or region the adjective names.
                    e.geonameid = p.geonameid;
                    e.country = p.country.map(str::to_string);
                    e.lat = Some(p.lat);
                    e.lon = Some(p.lon);
                }
            }
            _ => {}
        }
    }
    follow_namesake_places(entities);
    home_country(entities, &pick);
    pick
}

/// A town named in full and then by its first words ("Avondale Estates" … "Avondale"): the
/// short name is that town, not a namesake elsewhere that bears the short name as its own.
/// Only where the full name comes first and is a town's own name, and the short name's pick
/// is no place of 100,000 people or more, nor a country or division ("New York" after "New
/// York Mills" stays the city; "Kansas" after "Kansas City" the state).
fn short_town_names(entities: &[Entity], pick: &mut [Option<u32>]) {
    let g = gazetteer();
    // The towns named in full, by each of their shorter forms ("Avondale" for "Avondale
    // Estates"), the first named kept: one pass, then one lookup per place (linear time on a
    // text of many places).
    let mut by_prefix: crate::places::FastMap<&str, (usize, u32)> = Default::default();
    for (e, &q) in entities.iter().zip(pick.iter()) {
        let Some(q) = q else {
            continue;
        };
        let town = &g.places[q as usize];
        if e.label != Label::LOC
            || town.kind != Kind::City
            || crate::places::norm_key(town.name) != crate::places::norm_key(&e.name)
        {
            continue;
        }
        for (at, _) in e.name.match_indices(' ') {
            let entry = by_prefix.entry(&e.name[..at]).or_insert((e.first, q));
            if e.first < entry.0 {
                *entry = (e.first, q);
            }
        }
    }
    if by_prefix.is_empty() {
        return;
    }
    for i in 0..entities.len() {
        let short = &entities[i];
        if short.label != Label::LOC {
            continue;
        }
        let own = pick[i].map(|p| &g.places[p as usize]);
        if own.is_some_and(|p| !p.small_town()) {
            continue;
        }
        if let Some(&(first, q)) = by_prefix.get(short.name.as_str()) {
            if first < short.first {
                pick[i] = Some(q);
            }
        }
    }
}

/// How close to a town a place of that town must lie ("the town's park").
const OWN_TOWN_KM: f64 = 50.0;

/// Places named with a place's possessive before them ("London's Heathrow", "Seoul's Jamsil
/// Stadium"): for each such entity, the owner's place, where the gazetteer knows no place of
/// the name in it (none at all, or only a small town elsewhere: Heathrow, Florida). The owner
/// is a town, division or country the article resolved; the owned name must be no country,
/// division, capital or city of 100,000 people, as those are never a place's part ("Moscow's
/// Crimea policy", "Beijing's Hong Kong office" name a state's concern, not a part of it).
fn possessed_places(
    text: &str,
    names: &[NameMention],
    owner: &[usize],
    entities: &[Entity],
    pick: &[Option<u32>],
) -> Vec<Option<&'static crate::places::Place>> {
    let g = gazetteer();
    let mut out = vec![None; entities.len()];
    for (i, pair) in names.windows(2).enumerate() {
        let (a, b) = (owner[i], owner[i + 1]);
        if a == b || entities[a].label != Label::LOC {
            continue;
        }
        let (x, y) = (&pair[0], &pair[1]);
        if y.span.start < x.span.end {
            continue;
        }
        let gap = &text[x.span.end..y.span.start];
        let own = x.span.slice(text).ends_with(['\'', '’']) || x.span.slice(text).ends_with("'s");
        let possessive = matches!(gap, "'s " | "’s " | "' " | "’ ")
            || (gap == " " && (own || x.span.slice(text).ends_with("’s")));
        if !possessive {
            continue;
        }
        // An organisation's name opening with one of the article's places ("London's Heathrow
        // Animal Reception Center" beside "Heathrow"): that place is the city's.
        let b = match entities[b].label {
            Label::LOC => b,
            Label::ORG | Label::MISC => {
                let org = &entities[b].name;
                let Some(l) = (0..entities.len())
                    .filter(|&l| l != a && entities[l].label == Label::LOC)
                    .filter(|&l| {
                        org.strip_prefix(entities[l].name.as_str())
                            .is_some_and(|rest| rest.starts_with(' '))
                    })
                    .max_by_key(|&l| entities[l].name.len())
                else {
                    continue;
                };
                l
            }
            _ => continue,
        };
        let Some(q) = pick[a].map(|p| &g.places[p as usize]) else {
            continue;
        };
        if !matches!(
            q.kind,
            Kind::City | Kind::Capital | Kind::Admin1 | Kind::Country
        ) {
            continue;
        }
        let lies_in = |p: &crate::places::Place| match q.kind {
            Kind::City | Kind::Capital => {
                crate::places::km(p.lat, p.lon, q.lat, q.lon) <= OWN_TOWN_KM
            }
            _ => in_place(p, q),
        };
        let fits = match pick[b].map(|p| &g.places[p as usize]) {
            None => false,
            Some(p) => {
                lies_in(p)
                    || !matches!(p.kind, Kind::City | Kind::County)
                    || p.population >= 100_000
            }
        };
        if !fits {
            out[b] = Some(q);
        }
    }
    out
}

/// "Voters in Georgia … Georgians have voted": a plural demonym whose country shares its name
/// with a place the article resolved elsewhere (Georgia the US state) means the people of that
/// place, and takes its country and point. The adjective ("the Georgian court") keeps the
/// country, as it names the state's people far less often.
fn follow_namesake_places(entities: &mut [Entity]) {
    let g = gazetteer();
    for i in 0..entities.len() {
        // The people ("Georgians"), not the adjective ("Georgian police" is the country's).
        if entities[i].label != Label::NORP || !entities[i].name.ends_with('s') {
            continue;
        }
        let Some(cc) = entities[i].country.as_deref() else {
            continue;
        };
        let Some(country) = g.country(cc) else {
            continue;
        };
        let namesake = entities.iter().find(|o| {
            o.label == Label::LOC
                && o.name.eq_ignore_ascii_case(country.name)
                && o.country.is_some()
                && o.country.as_deref() != Some(cc)
        });
        if let Some(o) = namesake {
            let (country, id, lat, lon) = (o.country.clone(), o.geonameid, o.lat, o.lon);
            let e = &mut entities[i];
            e.country = country;
            e.geonameid = id;
            e.lat = lat;
            e.lon = lon;
        }
    }
}

/// For each place entity the gazetteer does not know but that is named after a place ("Huntsville
/// Memorial Hospital", "Paris Public Library"): the place it is named after as the article
/// means it. That is the article's own place of that name where it has one ("Huntsville"
/// elsewhere in the text), else the place of that name that fits the article's other places
/// best, in a country the article places itself in (a town of the article's state before a
/// bigger namesake abroad), else [`named_after_by`]'s place. None for any other entity.
/// `loc_named` holds what [`link_places`] found of them already, where it looked.
fn named_places(
    entities: &[Entity],
    clusters: &[cluster::Cluster],
    pick: &[Option<u32>],
    loc_named: Option<&[Option<(&'static crate::places::Place, String)>]>,
    currency: Option<&'static str>,
) -> Vec<Option<&'static crate::places::Place>> {
    let g = gazetteer();
    let mut out = vec![None; entities.len()];
    // The words each such entity is named after (most articles have none).
    let mut words: Vec<(usize, &'static crate::places::Place, String)> = Vec::new();
    for (i, e) in entities.iter().enumerate() {
        if e.label == Label::LOC && pick[i].is_none() {
            // What link_places found already, if it looked ([`named_after_by`] otherwise).
            // Else a town of the article's that opens the name ("Cottonport Fire Station"
            // beside "Cottonport"), however small.
            let found = match loc_named {
                Some(v) if e.name.contains(' ') => v[i].clone(),
                _ => named_after_by(&e.name, false),
            }
            .or_else(|| own_town_first(&e.name, entities, pick));
            if let Some((p, w)) = found {
                out[i] = Some(p);
                words.push((i, p, w));
            }
        }
    }
    if words.is_empty() {
        return out;
    }
    // The article's places by the names it gives them, and all of them as context.
    let mut own: crate::places::FastMap<String, u32> = Default::default();
    let mut ctx = Context::default();
    if let Some(c) = currency {
        ctx.set_prior(c, CURRENCY_PRIOR);
    }
    for (i, p) in pick.iter().enumerate() {
        let Some(p) = *p else { continue };
        if entities[i].label != Label::LOC {
            continue;
        }
        for s in
            std::iter::once(entities[i].name.as_str()).chain(clusters[i].surfaces.iter().copied())
        {
            own.entry(crate::places::norm_key(s)).or_insert(p);
        }
        ctx.insert(
            i,
            &g.places[p as usize],
            (clusters[i].members.len() as f64).min(2.0),
        );
    }
    for (i, _, w) in words {
        let found = own.get(&crate::places::norm_key(&w)).copied().or_else(|| {
            // Only a place in a country the article places itself in: a state of the
            // article's country, not the country of that name ("Northeast Georgia Medical
            // Center").
            g.resolve(&w, &ctx).filter(|&p| {
                let p = &g.places[p as usize];
                p.kind != Kind::Region && p.country.is_some_and(|c| ctx.country_weight(c) > 0.0)
            })
        });
        if let Some(p) = found {
            out[i] = Some(&g.places[p as usize]);
        }
    }
    out
}

/// A place the gazetteer does not know ("Royal Street", "Catawba River") in an article whose
/// other places lie, three in four at least and two or more, in one country: that country (no
/// point or id, as the place itself is unknown). Names joining places ("India-Pakistan") are
/// left alone.
fn home_country(entities: &mut [Entity], pick: &[Option<u32>]) {
    let g = gazetteer();
    let mut count: crate::places::FastMap<&'static str, usize> = Default::default();
    let mut total = 0;
    for p in pick.iter().flatten().map(|&p| &g.places[p as usize]) {
        if let (Some(c), false) = (p.country, p.kind == Kind::Region) {
            *count.entry(c).or_default() += 1;
            total += 1;
        }
    }
    let Some((&home, &n)) = count
        .iter()
        .max_by_key(|(c, n)| (**n, std::cmp::Reverse(**c)))
    else {
        return;
    };
    if n < 2 || n * 4 < total * 3 {
        return;
    }
    let local = local_centre(entities, pick, home);
    for (e, p) in entities.iter_mut().zip(pick) {
        if e.label == Label::LOC
            && p.is_none()
            && e.country.is_none()
            && e.lat.is_none()
            && !e.name.contains(['-', '–', '/'])
        {
            e.country = Some(home.to_string());
            if let Some(c) = local {
                e.lat = Some(c.lat);
                e.lon = Some(c.lon);
            }
        }
    }
}

/// How close to its main town all the towns of an article's country must lie for the article
/// to be a local story there.
const LOCAL_KM: f64 = 100.0;

/// The town a local story is set in: of the towns (and counties) the article names in
/// `home`, the one named most often (the first of equals), when all of them lie within
/// [`LOCAL_KM`] of it. A street, building or river the gazetteer lacks in such a story lies
/// there too ("Frenchmen Street" in a story about New Orleans, whose other places are its
/// districts). None for a story whose towns lie apart, or that names none.
fn local_centre(
    entities: &[Entity],
    pick: &[Option<u32>],
    home: &str,
) -> Option<&'static crate::places::Place> {
    let g = gazetteer();
    let towns: Vec<(usize, &'static crate::places::Place)> = entities
        .iter()
        .zip(pick)
        .filter_map(|(e, p)| {
            let p = &g.places[(*p)? as usize];
            (e.label == Label::LOC
                && p.country == Some(home)
                && matches!(p.kind, Kind::City | Kind::Capital | Kind::County))
            .then_some((e.mentions, p))
        })
        .collect();
    let mut main: Option<(usize, &crate::places::Place)> = None;
    for &(m, p) in &towns {
        if main.is_none_or(|(n, _)| m > n) {
            main = Some((m, p));
        }
    }
    let (_, c) = main?;
    towns
        .iter()
        .all(|(_, p)| crate::places::km(c.lat, c.lon, p.lat, p.lon) <= LOCAL_KM)
        .then_some(c)
}

/// What the article's currency counts for its country: half a place in it (6 points, a
/// tenfold population gap), enough to choose between towns of one name, not to turn a
/// country or capital into a town.
const CURRENCY_PRIOR: f64 = 0.5;

/// The country an article's money points to: the US for dollar amounts ("$765,000") and
/// Britain for pound amounts, when only one of the two (and no euro) appears. A dollar sign
/// after a country's letters ("A$5", "HK$5") is another country's dollar, and one opening a
/// bracket ("35 million euros ($37.7 million)") is a wire service's conversion of a sum in
/// another currency, so neither counts; euros count written as a word too.
fn currency_country(text: &str) -> Option<&'static str> {
    let bytes = text.as_bytes();
    let dollar = memchr::memchr_iter(b'$', bytes).any(|i| {
        let before = text[..i].strip_suffix("US").unwrap_or(&text[..i]);
        !before.ends_with(|c: char| c == '(' || c.is_alphabetic())
    });
    let pound = text.contains('£');
    let euro = text.contains('€')
        || memchr::memmem::find_iter(bytes, b"euro").any(|i| {
            let after = &text[i + 4..];
            !text[..i].ends_with(char::is_alphabetic)
                && !after
                    .strip_prefix('s')
                    .unwrap_or(after)
                    .starts_with(char::is_alphabetic)
        });
    match (dollar, pound, euro) {
        (true, false, false) => Some("US"),
        (false, true, false) => Some("GB"),
        _ => None,
    }
}

/// How sure a pick for a name is, 0.1..1: 1 for countries, divisions, regions and capitals;
/// for a town, its share of the people living in the towns of that name.
fn certainty(name: &str, pick: u32) -> f64 {
    certainty_in(gazetteer().lookup(name), pick)
}

/// [`certainty`] of a name's places as [`crate::places::Gazetteer::lookup`] gives them.
fn certainty_in(hits: &[crate::places::Hit], pick: u32) -> f64 {
    let g = gazetteer();
    let p = &g.places[pick as usize];
    if !matches!(p.kind, Kind::City | Kind::County) {
        return 1.0;
    }
    let all: u64 = hits
        .iter()
        .filter(|h| h.primary)
        .map(|h| &g.places[h.place as usize])
        .filter(|q| matches!(q.kind, Kind::City | Kind::County))
        .map(|q| q.population.max(1))
        .sum();
    (p.population.max(1) as f64 / all.max(1) as f64).clamp(0.1, 1.0)
}

/// Is the mention used the way only a town's name is: followed by a noun that only a town's
/// name modifies ("a Lebanon woman", "the Salem council"), after "City of" / "Town of", or as
/// the home in a listing of people ("Jane Doe, 22, Salem,") or after a person's name ("Jane Doe
/// of Salem")?
fn town_use(toks: &Tokens, n: &NameMention, prev: Option<&NameMention>) -> bool {
    let next = toks.after(n.span).map(|a| toks.s(a));
    if next.is_some_and(|w| cluster::is_town_noun(w) || w == "council") {
        return true;
    }
    let Some(b1) = toks.before(n.span) else {
        return false;
    };
    let b2 = b1.checked_sub(1).filter(|&b| toks.same_sentence(b, b1));
    let w2 = b2.map(|b| toks.s(b));
    let city_of = toks.s(b1) == "of"
        && w2.is_some_and(|w| {
            ["city", "town", "village", "township"]
                .iter()
                .any(|c| w.eq_ignore_ascii_case(c))
        });
    let age = toks.s(b1) == ","
        && w2.is_some_and(|w| {
            !w.is_empty() && w.len() <= 3 && w.bytes().all(|c| c.is_ascii_digit())
        })
        && b2
            .and_then(|b| b.checked_sub(1))
            .is_some_and(|b| toks.s(b) == ",")
        && next == Some(",");
    // A person's home: "Pamela Rittle of Lebanon", "Jane Doe, 32, of Lebanon".
    let home_of = toks.s(b1) == "of"
        && b2.is_some_and(|b| {
            prev.is_some_and(|p| p.label == Label::PER && p.span.end == toks.spans[b].end)
                || (toks.s(b) == ","
                    && b.checked_sub(1).is_some_and(|a| {
                        let w = toks.s(a);
                        (1..=3).contains(&w.len()) && w.bytes().all(|c| c.is_ascii_digit())
                    }))
        });
    // An address's town: "1301 Lafayette Ave., Lebanon".
    let address = toks.s(b1) == ","
        && w2.is_some_and(|w| {
            matches!(
                w,
                "Ave."
                    | "Avenue"
                    | "St."
                    | "Street"
                    | "Rd."
                    | "Road"
                    | "Dr."
                    | "Drive"
                    | "Blvd."
                    | "Boulevard"
                    | "Ln."
                    | "Lane"
                    | "Hwy."
                    | "Highway"
                    | "Pike"
                    | "Parkway"
            )
        });
    city_of || age || home_of || address
}

/// Lower-case words for a part of a region ("central Washington", "southeastern Ohio").
const COMPASS_WORDS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
];

/// Is the mention used as a state's name: followed by a word that only a state's name takes,
/// "state" in lower case ("Washington state"), its governor or legislature ("the New York
/// Governor", "Ohio Gov."), or after "upstate"/"downstate", "the state of" or a compass word
/// in lower case ("central Washington", "northern New York": a part of a region, not of a
/// city)? Read from the text around the mention (blanks on the line only), as it is asked of
/// every place mention.
fn state_use(text: &str, n: &NameMention) -> bool {
    let blank = |c: char| c == ' ' || c == '\t';
    let after = text[n.span.end..].trim_start_matches(blank);
    // Most mentions are followed by none of the words' first letters.
    if matches!(
        after.as_bytes().first(),
        Some(b's' | b'G' | b'g' | b'l' | b'L')
    ) {
        let word_end = |rest: &str| !rest.starts_with(|c: char| c.is_alphanumeric());
        let next = [
            "state",
            "Gov",
            "Governor",
            "governor",
            "legislature",
            "Legislature",
        ]
        .iter()
        .any(|w| after.strip_prefix(w).is_some_and(word_end));
        if next {
            return true;
        }
    }
    let before = text[..n.span.start].trim_end_matches(blank);
    // ... nor preceded by a word ending as "upstate", "downstate", "of" or a compass word do.
    if !matches!(
        before.as_bytes().last(),
        Some(b'e' | b'E' | b'f' | b'F' | b'n' | b'l' | b'h' | b't')
    ) {
        return false;
    }
    let word_start = |rest: &str| !rest.ends_with(|c: char| c.is_alphanumeric());
    let ends_with_word = |s: &str, w: &str| {
        s.len() >= w.len()
            && s.is_char_boundary(s.len() - w.len())
            && s[s.len() - w.len()..].eq_ignore_ascii_case(w)
            && word_start(&s[..s.len() - w.len()])
    };
    // Lower case only: "North Carolina" and "East Jerusalem" are names of their own.
    let compass = |w: &str| before.ends_with(w) && word_start(&before[..before.len() - w.len()]);
    ends_with_word(before, "upstate")
        || ends_with_word(before, "downstate")
        || COMPASS_WORDS.iter().any(|w| compass(w))
        || before
            .strip_suffix("of")
            .filter(|r| word_start(r) && r.ends_with(blank))
            .is_some_and(|r| ends_with_word(r.trim_end_matches(blank), "state"))
}

/// Is the mention a currency's qualifier: followed by "dollar(s)" or "cent(s)" ("the U.S.
/// dollar", "73.86 U.S. cents")?
fn currency_use(text: &str, n: &NameMention) -> bool {
    let after = text[n.span.end..].trim_start_matches([' ', '\t']);
    ["dollars", "dollar", "cents", "cent"].iter().any(|w| {
        after
            .strip_prefix(w)
            .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
    })
}

/// Is the mention an all-capital dateline at the start of a paragraph ("LEBANON (AP) —",
/// "SPRINGFIELD, Ill. —")?
fn dateline(text: &str, toks: &Tokens, n: &NameMention) -> bool {
    let s = n.span.slice(text);
    let upper = s.chars().any(char::is_alphabetic)
        && s.chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
    let before = text[..n.span.start].trim_end_matches([' ', '\t']);
    let para_start = before.is_empty() || before.ends_with('\n');
    // A dateline run into the headline ("Headline . LEBANON (AP) —"): after a sentence's end,
    // with a wire service's name in brackets or a dash after it.
    let after_sentence = before.ends_with(['.', '!', '?']);
    let next = toks.after(n.span).map(|a| toks.s(a));
    upper
        && ((para_start && matches!(next, Some("," | "(" | "—" | "–" | "-")))
            || (after_sentence && matches!(next, Some("(" | "—" | "–"))))
}

/// For a name used as a town: the best-ranked town of that name in a country the article
/// already places itself in, unless the plain pick is already such a town; in an article that
/// places itself nowhere yet, the best-ranked town of that name anywhere ("a Delta police
/// officer": a town of Delta, not the Nigerian state).
fn local_town(name: &str, pick: Option<u32>, ctx: &Context, dateline: bool) -> Option<u32> {
    let g = gazetteer();
    let in_context =
        |p: &crate::places::Place| p.country.is_some_and(|c| ctx.country_weight(c) > 0.0);
    let placed = ctx.placed();
    let placed_by_names = ctx.placed_by_names();
    if pick.is_some_and(|p| {
        let p = &g.places[p as usize];
        // A town, or a state of the article's country ("an Ohio man", "Grassley of Iowa").
        (matches!(p.kind, Kind::City | Kind::County | Kind::Capital) && (in_context(p) || !placed))
            || (p.kind == Kind::Admin1 && in_context(p))
            // A capital or a city of a million, as wire datelines name them alone ("PARIS
            // (Reuters) —"): the article's currency alone does not move it to a namesake town,
            // nor does any cue where the article points to the capital's own country too
            // ("Canadian", "Bank of Canada"), nor, in a dateline, a weak cue for the
            // namesake's country (one place named once).
            || ((p.kind == Kind::Capital || (p.kind == Kind::City && p.population >= 1_000_000))
                && (!placed_by_names
                    || p.country.is_some_and(|c| {
                        ctx.country_weight(c) > 0.0
                            || ctx.nationalities.contains(&c)
                            || (dateline
                                && ctx.strongest_other_country(c) <= crate::places::WEAK_CUE)
                    })))
    }) {
        return None;
    }
    // "Smith of Georgia" in an American article: the state before any town of that name.
    if let Some(d) = g.lookup(name).iter().find(|h| {
        let p = &g.places[h.place as usize];
        h.primary && p.kind == Kind::Admin1 && in_context(p)
    }) {
        return Some(d.place);
    }
    let towns = || {
        g.lookup(name)
            .iter()
            .filter(|h| h.primary)
            .filter(|h| matches!(g.places[h.place as usize].kind, Kind::City | Kind::Capital))
    };
    let best = |hits: &mut dyn Iterator<Item = &crate::places::Hit>| {
        hits.map(|h| {
            (
                h.place,
                crate::places::score(&g.places[h.place as usize], true, ctx)
                    + ctx.support_bonus(h.place),
            )
        })
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(p, _)| p)
    };
    // With no place in the article, only a city that the name commonly means ("Delta" of
    // British Columbia, not a village called Ohio), and never instead of a country ("Jordan
    // residents" with nothing else to go by stay Jordanians).
    let country = pick.is_some_and(|p| g.places[p as usize].kind == Kind::Country);
    // A town of the name close to a town of another of the article's names is the one meant
    // ("Jane Doe, 60, Lebanon" and "Boone County": the Lebanon in that county), before
    // namesakes that only share a state with other names' first picks.
    // Postal towns too, there: the article points to them ("Berlin police" beside
    // "Middletown" and "Hartford Hospital": Berlin, Connecticut).
    let supported = |h: &&crate::places::Hit| ctx.support_bonus(h.place) > 0.0;
    let postal = || {
        g.lookup_with_postal(name)
            .iter()
            .filter(|h| g.places[h.place as usize].postal)
    };
    best(&mut towns().chain(postal()).filter(supported))
        .or_else(|| best(&mut towns().filter(|h| in_context(&g.places[h.place as usize]))))
        .or_else(|| {
            if placed || country {
                None
            } else {
                best(&mut towns().filter(|h| g.places[h.place as usize].population >= 50_000))
            }
        })
}

/// Is the name `i` joined to the next one as in a list ("A, B", "A and B")?
fn listed_on(text: &str, names: &[NameMention], i: usize) -> bool {
    let (Some(x), Some(y)) = (names.get(i), names.get(i + 1)) else {
        return false;
    };
    y.span.start >= x.span.end
        && matches!(
            text[x.span.end..y.span.start].trim(),
            "," | "and" | "or" | "&" | ", and" | ", or"
        )
}

/// Are the names `i` and `i + 1` ("A, B") part of a longer list of names ("A, B and C",
/// "Z, A, B")?
fn in_list(text: &str, names: &[NameMention], i: usize) -> bool {
    let joined = |x: &NameMention, y: &NameMention| {
        y.span.start >= x.span.end && {
            let gap = text[x.span.end..y.span.start].trim();
            matches!(gap, "," | "and" | "or" | "&" | ", and" | ", or")
        }
    };
    let before = i
        .checked_sub(1)
        .is_some_and(|h| joined(&names[h], &names[i]));
    // "Stroud, Ontario, Canada": a division followed by its country is one address, no list.
    let after = names
        .get(i + 2)
        .is_some_and(|c| joined(&names[i + 1], c) && !division_of_country(text, &names[i + 1], c));
    before || after
}

/// Is `d` a first-level division of the country `c` names, `c` following it after a comma
/// ("Ontario, Canada")?
fn division_of_country(text: &str, d: &NameMention, c: &NameMention) -> bool {
    if text[d.span.end..c.span.start].trim() != "," {
        return false;
    }
    let g = gazetteer();
    let Some(cc) = g.lookup(c.span.slice(text)).iter().find_map(|h| {
        let p = &g.places[h.place as usize];
        (h.primary && p.kind == Kind::Country).then_some(p.country)
    }) else {
        return false;
    };
    g.lookup(d.span.slice(text)).iter().any(|h| {
        let p = &g.places[h.place as usize];
        h.primary && p.kind == Kind::Admin1 && p.country == cc
    })
}

/// Does place `p` lie in the country or division `q`?
fn in_place(p: &crate::places::Place, q: &crate::places::Place) -> bool {
    p.country == q.country && (q.kind == Kind::Country || p.admin1 == q.admin1)
}

/// For "Town, Qualifier": the country or division named `qualifier` that has a town named
/// `town` (a division before a country), if there is one.
fn qualifier_place(town: &str, qualifier: &str) -> Option<u32> {
    let g = gazetteer();
    // Postal towns too: "Bowersville, Georgia" names the state, where only postal towns (of
    // Georgia and Ohio) bear the name.
    let towns: Vec<&crate::places::Place> = g
        .lookup_with_postal(town)
        .iter()
        .map(|h| &g.places[h.place as usize])
        .filter(|p| matches!(p.kind, Kind::City | Kind::Capital | Kind::County))
        .collect();
    let mut qs: Vec<u32> = g
        .lookup(qualifier)
        .iter()
        .filter(|h| h.primary)
        .map(|h| h.place)
        .filter(|&q| {
            let q = &g.places[q as usize];
            matches!(q.kind, Kind::Country | Kind::Admin1 | Kind::County)
                && towns.iter().any(|t| in_place(t, q))
        })
        .collect();
    // A division before a county before a country; of several ("Mansfield, Richland County":
    // counties of that name in six states, two with a Mansfield), the one whose town of the
    // name is biggest.
    let biggest = |q: u32| {
        let q = &g.places[q as usize];
        towns
            .iter()
            .filter(|t| in_place(t, q))
            .map(|t| t.population)
            .max()
            .unwrap_or(0)
    };
    qs.sort_by_key(|&q| {
        let rank = match g.places[q as usize].kind {
            Kind::Admin1 => 0,
            Kind::County => 1,
            _ => 2,
        };
        (rank, std::cmp::Reverse(biggest(q)))
    });
    qs.first().copied()
}

/// A name that carries its own qualifier ("Washington, D.C.", "Belgrade, Minn."): the head
/// resolved in the country or division the qualifier names.
fn qualified_name(name: &str, ctx: &mut Context) -> Option<u32> {
    let (head, tail) = name.split_once(',')?;
    let g = gazetteer();
    let q = g
        .lookup(tail.trim())
        .iter()
        .filter(|h| h.primary)
        .map(|h| &g.places[h.place as usize])
        .find(|p| matches!(p.kind, Kind::Country | Kind::Admin1))?;
    let a1 = if q.kind == Kind::Admin1 { q.admin1 } else { "" };
    let saved = ctx.qualifier.replace((q.country?, a1));
    let out = g.resolve(head.trim(), ctx);
    ctx.qualifier = saved;
    out
}

/// A division's wire-style abbreviation written without its full stop ("Calif", "Ky"): the
/// division, when the name with the stop is one of those abbreviations.
fn abbreviation_without_stop(name: &str, ctx: &Context) -> Option<u32> {
    // Capitalised only ("Ky", not "GA": capitals are acronyms, "general admission").
    let b = name.as_bytes();
    if !(2..=5).contains(&b.len())
        || !b[0].is_ascii_uppercase()
        || !b[1..].iter().all(|c| c.is_ascii_lowercase())
    {
        return None;
    }
    let g = gazetteer();
    let dotted = format!("{name}.");
    let p = g.resolve(&dotted, ctx)?;
    (g.places[p as usize].kind == Kind::Admin1).then_some(p)
}

/// The division or region of country `cc` that a regional people's name is formed from:
/// "Dagestani" → Dagestan, "Abkhaz" → Abkhazia, "Bavarians" → Bavaria.
fn regional_place(name: &str, cc: &str) -> Option<&'static crate::places::Place> {
    let g = gazetteer();
    let of_region = |p: u32| {
        let p = &g.places[p as usize];
        (matches!(p.kind, Kind::Admin1 | Kind::Region) && p.country == Some(cc)).then_some(p)
    };
    // "Abkhaz" → Abkhazia; "Basque" → the Basque Country; "English" → England.
    let stem = name.strip_suffix('s').unwrap_or(name);
    let part = PEOPLES_OF_PARTS
        .iter()
        .find(|(people, _)| *people == name)
        .and_then(|(_, part)| {
            g.lookup(part)
                .iter()
                .filter(|h| h.primary)
                .find_map(|h| of_region(h.place))
        });
    part.or_else(|| demonym_place(name).and_then(of_region))
        .or_else(|| {
            [format!("{stem}ia"), format!("{stem} Country")]
                .iter()
                .find_map(|n| {
                    g.lookup(n)
                        .iter()
                        .filter(|h| h.primary)
                        .find_map(|h| of_region(h.place))
                })
        })
}

/// The peoples of the nations of a country whose demonym lists give them the country's (the
/// English, Scots and Welsh are British): each nation's own division.
const PEOPLES_OF_PARTS: &[(&str, &str)] = &[
    ("English", "England"),
    ("Scottish", "Scotland"),
    ("Scots", "Scotland"),
    ("Welsh", "Wales"),
];

/// The region or division an adjective of it names, when no demonym list has it: the name less
/// an "-n", "-ns", "-i" or "-is" ending ("Dagestani", "South Ossetians").
fn demonym_place(name: &str) -> Option<u32> {
    let g = gazetteer();
    ["ns", "n", "is", "i"].iter().find_map(|suffix| {
        let stem = name.strip_suffix(suffix)?;
        if stem.chars().count() < 4 {
            return None;
        }
        g.lookup(stem)
            .iter()
            .filter(|h| h.primary)
            .map(|h| h.place)
            .find(|&p| {
                matches!(
                    g.places[p as usize].kind,
                    Kind::Country | Kind::Admin1 | Kind::Region
                )
            })
    })
}

/// Last words of names that lie somewhere other than the place they are named after ("Atlantic
/// Avenue", "Washington Street").
const NOT_THERE: &[&str] = &[
    "Street",
    "St.",
    "Avenue",
    "Ave.",
    "Road",
    "Boulevard",
    "Lane",
    "Drive",
    "Sea",
    "Ocean",
];

/// Words of organisation names that are also towns' names ("University", Florida): the nouns
/// of institutions, after which a town's name reads as the town's ("Liberal Police
/// Department", "Green Hospital") ...
const INSTITUTION_NOUNS: &[&str] = &[
    "University",
    "College",
    "Hospital",
    "Center",
    "Centre",
    "Church",
    "School",
    "Academy",
    "Institute",
    "Bank",
    "Council",
    "Police",
    "Department",
    "Museum",
    "Park",
    "Memorial",
    "Community",
];

/// ... and the adjectives, which say nothing of a town before them ("Liberal National Party").
const INSTITUTION_ADJECTIVES: &[&str] = &[
    "Union",
    "National",
    "International",
    "Federal",
    "General",
    "Royal",
];

/// Nouns after a town's name that, besides [`INSTITUTION_NOUNS`], make an organisation's name
/// read as the town's ("Liberal High School", "Green County Sheriff").
const PLACE_PATTERN_NOUNS: &[&str] = &[
    "Schools",
    "High",
    "Fire",
    "Library",
    "Public",
    "City",
    "Township",
    "County",
    "Airport",
    "Chamber",
    "Regional",
    "Municipal",
];

/// Population from which a town named with an ordinary word ("Reading", "Buffalo") is what an
/// organisation opening with the word is named after, without a place's pattern.
const ORDINARY_WORD_TOWN: u64 = 100_000;

/// The well-known place a longer name is named after ("Ohio Turnpike", "Northeast Georgia
/// Medical Center", "Bank of Canada"): the longest, then leftmost, run of up to four
/// capitalised words that is a country, division, capital or town of 5,000+ people. The last
/// word counts only after "of" or as the whole name when `whole`: a generic last word is
/// often a town's name too ("Fire Island", "Barclays Center", "Washington Post"). Continents and
/// oceans are left out ("European Union" lies in no one place), and so are streets. Returns
/// the place and the words of the name that name it.
fn named_after_by(name: &str, whole: bool) -> Option<(&'static crate::places::Place, String)> {
    let g = gazetteer();
    let ws: Vec<&str> = name.split_whitespace().collect();
    if ws.last().is_some_and(|w| NOT_THERE.contains(w)) {
        return None;
    }
    let n = ws.len();
    let after_of = |start: usize| start > 0 && matches!(ws[start - 1], "of" | "de");
    let at = |start: usize, len: usize| -> Option<(&'static crate::places::Place, String)> {
        let end = start + len;
        // A place closing the name only after "of", or as the whole name, or as a big city
        // ("Real Madrid", "Inter Milan", checked below).
        let closing = end == n && !(whole && start == 0 || after_of(start));
        // One word inside the name ("National Hurricane Center") names a town far less often
        // than a state does ("First Ohio Bank"): only a division or country there.
        let inner = len == 1 && start > 0 && end < n && !after_of(start);
        let w = &ws[start..end];
        if !w.iter().all(|x| {
            text::is_capitalised(x)
                && !INSTITUTION_NOUNS.contains(x)
                && !INSTITUTION_ADJECTIVES.contains(x)
        }) {
            return None;
        }
        // The words as they stand in the name (lookups fold the blanks between them, as
        // joining them with single spaces would); the joined form only for a place found.
        let from = ws[start].as_ptr() as usize - name.as_ptr() as usize;
        let to = ws[end - 1].as_ptr() as usize - name.as_ptr() as usize + ws[end - 1].len();
        let cand = &name[from..to];
        // A town named after a person names the organisation after the person ("Lincoln
        // Center"), except before the noun of a town's institution ("Columbus Police").
        let patterned = || ws.get(end).is_some_and(|w| place_pattern_noun(w));
        // "Mt. Pleasant Community School District", "Ft. Myers Police": the towns GeoNames
        // spells out (Mount Pleasant, Fort Myers). Not a saint's name: "St. Patrick's" and
        // "St. James United Methodist Church" are named after the saint, not after Saint
        // Patrick, Saint Vincent, or the parish of Saint James, Jamaica.
        let saint = matches!(ws[start], "St." | "St" | "ST" | "ST.");
        let hits = if saint {
            g.lookup(cand)
        } else {
            g.lookup_spelt(cand)
        };
        let known = cluster::well_known_in(hits, cand, 5_000, false)
            || cluster::person_named_town(cand)
                && patterned()
                && cluster::well_known_in(hits, cand, 5_000, true);
        if !known {
            return None;
        }
        let ordinary = || len == 1 && !after_of(start) && g.ordinary_word(cand);
        hits.iter()
            .filter(|h| h.primary)
            .map(|h| &g.places[h.place as usize])
            .filter(|p| {
                let town = matches!(p.kind, Kind::City | Kind::Capital);
                // An acronym is no town spelt in capitals ("EU Council" is not Eu, France).
                if cand.len() >= 2
                    && cand.bytes().all(|b| b.is_ascii_uppercase())
                    && p.name != cand
                    && p.name.eq_ignore_ascii_case(cand)
                {
                    return false;
                }
                match p.kind {
                    Kind::Region => false,
                    _ if inner && town => false,
                    // A town's name before "County" names a county ("Marlow County Jail"),
                    // which is no town, wherever the gazetteer lacks the county.
                    _ if town
                        && ws.get(end).is_some_and(|w| {
                            matches!(*w, "County" | "Parish" | "Township" | "Borough")
                        }) =>
                    {
                        false
                    }
                    // A town named with an ordinary word ("Liberal Democrats", "Green Party"):
                    // only a town of some size, or where the name reads as a place's ("Liberal
                    // Police Department").
                    _ if town
                        && p.population < ORDINARY_WORD_TOWN
                        && ordinary()
                        && !patterned() =>
                    {
                        false
                    }
                    _ if closing => town && p.population >= 500_000,
                    // An organisation named only a town's name ("Blackwell" chips, "Fulton"
                    // the county) is named after it only when the town is a city clubs are
                    // named after ("Liverpool", "Burnley"): a small town's name alone is more
                    // often a product, a person's or a county's name.
                    Kind::City if len == n => p.population >= 50_000,
                    Kind::City => p.population >= 5_000,
                    _ => true,
                }
            })
            .max_by_key(|p| (p.kind != Kind::City, p.population))
            .map(|p| (p, w.join(" ")))
    };
    // "X of Place" first ("University of Kansas"), then the longest run; of runs as long, the
    // biggest place ("Real Madrid" is Madrid's, not the Portuguese town Real's).
    (1..=4.min(n))
        .rev()
        .find_map(|len| {
            (0..=n - len)
                .filter(|&s| after_of(s))
                .find_map(|s| at(s, len))
        })
        .or_else(|| {
            (1..=4.min(n)).rev().find_map(|len| {
                (0..=n - len)
                    .filter(|&s| !after_of(s))
                    .filter_map(|s| at(s, len))
                    .max_by_key(|(p, _)| p.population)
            })
        })
}

/// Is this word of an organisation's name the noun of a town's institution, after which a
/// town's name reads as the town's ([`INSTITUTION_NOUNS`], [`PLACE_PATTERN_NOUNS`])?
fn place_pattern_noun(w: &str) -> bool {
    INSTITUTION_NOUNS.contains(&w) || PLACE_PATTERN_NOUNS.contains(&w)
}

/// Population from which the town an organisation is named after is that town whatever the
/// article's places ("Chicago Tribune").
const SURE_ORG_TOWN: u64 = 100_000;

/// Organisations named after a place ("University of Kansas", "Leeds United", "Springfield
/// Police Department") get that place as an attribute: its `geonameid`, `lat`, `lon`, and its
/// country where no role or nationality gave one (the place inside the name becomes a mention
/// of its own later: [`inner_places`]). In a sports report (`sports`) a city of 100,000 is
/// itself: a team carries its city's name ("Cleveland" in a round-up of Texas games).
fn locate_organisations(
    entities: &mut [Entity],
    clusters: &[cluster::Cluster],
    named: &[Option<(&'static crate::places::Place, String)>],
    picks: &[Option<u32>],
    sports: bool,
) -> Vec<Option<&'static crate::places::Place>> {
    let g = gazetteer();
    let mut placed = vec![None; entities.len()];
    // The countries the article's places lie in, with how many lie in each: counted only
    // where an organisation is named after a place.
    let mut countries: Option<crate::places::FastMap<&'static str, usize>> = None;
    let countries_of = |entities: &[Entity]| {
        let mut countries: crate::places::FastMap<&'static str, usize> = Default::default();
        for (e, p) in entities.iter().zip(picks) {
            let Some(p) = p.filter(|_| e.label == Label::LOC) else {
                continue;
            };
            // Places inside a country (a country's own name says less of where the story
            // is: "the United States urged Ukraine").
            let q = &g.places[p as usize];
            if let (Some(c), false) = (q.country, q.kind == Kind::Country) {
                *countries.entry(c).or_default() += 1;
            }
        }
        countries
    };
    // The article's own place of a name ("Gaza" beside "the Gaza Health Ministry"): a place
    // entity known by that name.
    let own_place = |entities: &[Entity], words: &str| {
        entities.iter().enumerate().find_map(|(i, e)| {
            let p = picks[i].filter(|_| e.label == Label::LOC)?;
            (e.name.eq_ignore_ascii_case(words)
                || clusters[i]
                    .surfaces
                    .iter()
                    .any(|s| s.eq_ignore_ascii_case(words)))
            .then_some(p)
        })
    };
    // The divisions the article's places lie in, with how many lie in each (counted only where
    // an organisation is named after a town or county, which has namesakes).
    let mut divisions: Option<crate::places::FastMap<(&'static str, &'static str), usize>> = None;
    for i in 0..entities.len() {
        let named = &named[i];
        // MISC names are placed for the places inside them ([`inner_places`]) but carry no
        // point themselves ("the Walker County Fair" is an event).
        if !matches!(entities[i].label, Label::ORG | Label::MISC) {
            continue;
        }
        let own = named
            .as_ref()
            .and_then(|(_, words)| own_place(entities, words));
        // A division or a small town may be another of that name; a country's own name, a
        // capital and a city of 100,000 are themselves, except before the noun of a town's
        // institution ("the Georgetown Police Department" in a story of Kentucky towns).
        let movable = named.as_ref().is_some_and(|(p, words)| match p.kind {
            Kind::Admin1 | Kind::County => true,
            // ("Norwich City" is a club's name, not a town's institution.)
            Kind::City | Kind::Capital => {
                p.kind == Kind::City && p.population < SURE_ORG_TOWN
                    || word_after(&entities[i].name, words)
                        .is_some_and(|w| w != "City" && institution_word(w))
            }
            _ => false,
        });
        if movable && own.is_none() && countries.is_none() {
            countries = Some(countries_of(entities));
        }
        let e = &mut entities[i];
        if let Some((p, words)) = named {
            let mut p: &crate::places::Place = p;
            // The article names the place itself: the organisation is named after the place
            // as the article reads it ("the Gaza Health Ministry" in a story of Gaza, not the
            // Mozambican province). Where it does not, a division or small town of that name
            // in the country where two or more of the article's places lie, or that country
            // itself ("the Movement for a United Georgia" in a story of Tbilisi and Batumi),
            // before one in a country where none does ("Bank of Canada" and "Paris
            // Saint-Germain" stay).
            if let Some(q) = own {
                p = &g.places[q as usize];
            }
            let in_article = |q: &crate::places::Place| {
                q.country
                    .and_then(|c| countries.as_ref()?.get(c))
                    .copied()
                    .unwrap_or(0)
            };
            if own.is_none() && movable && in_article(p) == 0 {
                let best = g
                    .lookup_spelt(words)
                    .iter()
                    .filter(|h| h.primary)
                    .map(|h| &g.places[h.place as usize])
                    .filter(|q| {
                        matches!(
                            q.kind,
                            Kind::Country
                                | Kind::Admin1
                                | Kind::County
                                | Kind::City
                                | Kind::Capital
                        ) && in_article(q) >= 2
                    })
                    .max_by_key(|q| (in_article(q), q.population));
                if let Some(q) = best {
                    p = q;
                }
            }
            // A town or county of that name in the division most of the article's places lie
            // in ("Morrow County Municipal Court" in a story of Ohio towns: Ohio's, not
            // Oregon's bigger namesake). A city of 100,000 that the name surely means is
            // itself ("Chicago Tribune"); one that shares the name with towns of a fifth or
            // more of its people is not ("Amherst College" in a story of Massachusetts towns
            // is no college of Amherst, New York), and a county of any size may be another
            // of its name (the biggest of the Knox Counties is no likelier in a story of
            // Nebraska towns). Such a place of 100,000 moves only to a division of its own
            // country where two or more of the article's places lie: one place named once is
            // a weak cue ("University of Rochester" beside "Chicago" is no college of a
            // Rochester in Illinois), and a firm named after an English city ("Oxford
            // Economics") is no American town's in a story of Ohio towns.
            let sure_city = || {
                p.kind == Kind::City
                    && p.population >= SURE_ORG_TOWN
                    && (sports
                        || g.sure_town(g.lookup(words))
                            .is_some_and(|t| std::ptr::eq(&g.places[t as usize], p)))
            };
            if own.is_none() && matches!(p.kind, Kind::County | Kind::City) && !sure_city() {
                let counts = divisions.get_or_insert_with(|| {
                    let mut m: crate::places::FastMap<_, usize> = Default::default();
                    for q in picks.iter().flatten().map(|&q| &g.places[q as usize]) {
                        if let (Some(c), false) = (q.country, q.admin1.is_empty()) {
                            *m.entry((c, q.admin1)).or_default() += 1;
                        }
                    }
                    m
                });
                let count = |q: &crate::places::Place| {
                    q.country
                        .and_then(|c| counts.get(&(c, q.admin1)))
                        .copied()
                        .unwrap_or(0)
                };
                let best = g
                    .lookup_spelt(words)
                    .iter()
                    .filter(|h| h.primary)
                    .map(|h| &g.places[h.place as usize])
                    .filter(|q| q.kind == p.kind)
                    .max_by_key(|q| (count(q), q.population));
                let big = p.population >= SURE_ORG_TOWN;
                let fits = |q: &crate::places::Place| {
                    count(q) > count(p) && (!big || (count(q) >= 2 && q.country == p.country))
                };
                if let Some(q) = best.filter(|q| fits(q)) {
                    p = q;
                }
            }
            placed[i] = Some(p);
            if e.label == Label::ORG {
                e.geonameid = p.geonameid;
                e.lat = Some(p.lat);
                e.lon = Some(p.lon);
                if e.country.is_none() {
                    e.country = p.country.map(str::to_string);
                }
            }
        }
    }
    placed
}

/// Give an entity a nationality's country, and that country's point (the place a demonym
/// points at).
fn set_country(e: &mut Entity, cc: &str) {
    e.country = Some(cc.to_string());
    if let Some(p) = gazetteer().country(cc) {
        e.geonameid = p.geonameid;
        e.lat = Some(p.lat);
        e.lon = Some(p.lon);
    }
}

/// Salience 0..1: frequency, position of the first mention, presence in the headline and lead
/// (of any of `mentions`: each name mention's span and entity, places inside names included).
fn salience(
    text: &str,
    doc: &Doc,
    mentions: impl Iterator<Item = (crate::facts::Span, usize)>,
    entities: &mut [Entity],
) {
    let headline = crate::title::detect(text).unwrap_or_default();
    let lead = doc
        .paragraphs
        .iter()
        .find(|p| !p.overlaps(&headline) && !p.is_empty())
        .copied()
        .unwrap_or_default();
    let mut in_title = vec![false; entities.len()];
    let mut in_lead = vec![false; entities.len()];
    for (span, e) in mentions {
        in_title[e] |= !headline.is_empty() && headline.contains(&span);
        in_lead[e] |= !lead.is_empty() && lead.contains(&span);
    }
    let max = entities
        .iter()
        .map(|e| e.mentions)
        .max()
        .unwrap_or(1)
        .max(1) as f64;
    let len = text.len().max(1) as f64;
    for (i, e) in entities.iter_mut().enumerate() {
        let freq = (e.mentions as f64).ln_1p() / max.ln_1p();
        let early = 1.0 - (e.first as f64 / len).min(1.0);
        let s = 0.4 * freq
            + 0.2 * early
            + 0.2 * f64::from(u8::from(in_title[i]))
            + 0.2 * f64::from(u8::from(in_lead[i]));
        e.salience = (s.clamp(0.0, 1.0) * 1000.0).round() / 1000.0;
    }
}

#[cfg(test)]
mod tests;
