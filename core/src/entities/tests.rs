use super::*;
use crate::facts::{Label, Span};
use crate::segment::segment;

/// The `nth` occurrence (0-based) of `needle` in `text`, as a mention.
fn at(text: &str, needle: &str, nth: usize, label: Label) -> NameMention {
    let start = text.match_indices(needle).nth(nth).expect(needle).0;
    NameMention {
        span: Span::new(start, start + needle.len()),
        label,
    }
}

/// The first occurrence of each name, as place mentions.
fn locs(text: &str, names: &[&str]) -> Vec<NameMention> {
    names.iter().map(|n| at(text, n, 0, Label::LOC)).collect()
}

fn run(text: &str, names: &[NameMention]) -> (Vec<Entity>, Vec<Mention>) {
    let doc = segment(text, &[]);
    let mut names = names.to_vec();
    names.sort_by_key(|n| n.span.start);
    resolve(text, &doc, &names)
}

fn entity<'a>(ents: &'a [Entity], name: &str) -> &'a Entity {
    ents.iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| panic!("no entity {name}: {ents:?}"))
}

/// The country given to `name` when the first occurrences of `places` are place mentions.
fn country_in(text: &str, places: &[&str], name: &str) -> Option<String> {
    let (ents, _) = run(text, &locs(text, places));
    entity(&ents, name).country.clone()
}

fn mention_at<'a>(text: &str, ms: &'a [Mention], needle: &str, nth: usize) -> &'a Mention {
    let start = text.match_indices(needle).nth(nth).expect(needle).0;
    ms.iter()
        .find(|m| m.span.start == start)
        .unwrap_or_else(|| panic!("no mention {needle}#{nth}"))
}

#[test]
fn surnames_join_the_full_name_and_the_longest_name_wins() {
    let t = "Interior Minister Anna-Maria Van der Berg spoke. Later Van der Berg left, and Berg's aide stayed.";
    let (ents, ms) = run(
        t,
        &[
            at(t, "Anna-Maria Van der Berg", 0, Label::PER),
            at(t, "Van der Berg", 1, Label::PER),
            at(t, "Berg", 2, Label::PER),
        ],
    );
    let e = entity(&ents, "Anna-Maria Van der Berg");
    assert_eq!(e.mentions, 3);
    assert_eq!(e.first, t.find("Anna").unwrap());
    assert!(ms.iter().all(|m| m.entity == Some(e.id)));
    assert_eq!(ents.len(), 1);
    assert_eq!(e.id, 0);
}

#[test]
fn the_inner_name_a_long_name_is_known_by_joins_it() {
    let t = "President Luiz Carlos Lula da Silva flew to the region. Lula told reporters help \
             was coming. John Fitzgerald Kane spoke. Fitzgerald was not there.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Luiz Carlos Lula da Silva", 0, Label::PER),
            at(t, "Lula", 1, Label::PER),
            at(t, "John Fitzgerald Kane", 0, Label::PER),
            at(t, "Fitzgerald", 1, Label::PER),
        ],
    );
    assert_eq!(entity(&ents, "Luiz Carlos Lula da Silva").mentions, 2);
    assert!(ents.iter().all(|e| e.name != "Lula"), "{ents:?}");
    // Must not fire: a middle name of a three-word name is someone else.
    assert!(ents.iter().any(|e| e.name == "Fitzgerald"), "{ents:?}");
    // Of two people sharing a surname, the bare surname is the one named first.
    let t = "Pianist Ahmad Jamal dies at 92\n\nAhmad Jamal died on Sunday. His daughter, Sumayah \
             Jamal, said the cause was cancer. Jamal began playing piano at the age of 3.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Ahmad Jamal", 0, Label::PER),
            at(t, "Ahmad Jamal", 1, Label::PER),
            at(t, "Sumayah Jamal", 0, Label::PER),
            at(t, "Jamal", 3, Label::PER),
        ],
    );
    assert_eq!(entity(&ents, "Ahmad Jamal").mentions, 3, "{ents:?}");
    // Must not fire: named equally often, the bare surname is the person named last.
    let t = "Eric Garner died in 2014. His daughter, Erica Garner, wrote on Twitter. Garner \
             endorsed the senator.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Eric Garner", 0, Label::PER),
            at(t, "Erica Garner", 0, Label::PER),
            at(t, "Garner", 2, Label::PER),
        ],
    );
    assert_eq!(entity(&ents, "Erica Garner").mentions, 2, "{ents:?}");
    // A generational suffix does not hide the surname.
    let t = "President Fernando Marquez Jr. said his country would not yield. Marquez ordered \
             patrols. Sr. officials met Ann Cole.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Fernando Marquez Jr.", 0, Label::PER),
            at(t, "Marquez", 1, Label::PER),
            at(t, "Ann Cole", 0, Label::PER),
        ],
    );
    assert_eq!(
        entity(&ents, "Fernando Marquez Jr.").mentions,
        2,
        "{ents:?}"
    );
}

#[test]
fn short_form_before_the_full_name_joins_it() {
    let t = "Okafor wins\n\nThe vote went to Chidi Okafor on Sunday. Okafor thanked voters.";
    let (ents, ms) = run(
        t,
        &[
            at(t, "Okafor", 0, Label::PER),
            at(t, "Chidi Okafor", 0, Label::PER),
            at(t, "Okafor", 2, Label::PER),
        ],
    );
    assert_eq!(ents.len(), 1);
    assert_eq!(ents[0].name, "Chidi Okafor");
    assert_eq!(ents[0].first, 0);
    assert_eq!(ms.len(), 3);
}

#[test]
fn first_name_alone_and_different_people_stay_apart() {
    let t = "Maria Lopez met Daniel Lopez-Grant. Maria said nothing.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Maria Lopez", 0, Label::PER),
            at(t, "Daniel Lopez-Grant", 0, Label::PER),
            at(t, "Maria", 1, Label::PER),
        ],
    );
    assert_eq!(ents.len(), 3, "{ents:?}");
}

#[test]
fn acronyms_join_their_expansion_both_ways() {
    let t = "The United Nations met. The UN said more. NATO agreed; the North Atlantic Treaty Organization later denied it.";
    let (ents, _) = run(
        t,
        &[
            at(t, "United Nations", 0, Label::ORG),
            at(t, "UN", 0, Label::ORG),
            at(t, "NATO", 0, Label::ORG),
            at(t, "North Atlantic Treaty Organization", 0, Label::ORG),
        ],
    );
    assert_eq!(ents.len(), 2, "{ents:?}");
    assert_eq!(entity(&ents, "United Nations").mentions, 2);
    assert_eq!(
        entity(&ents, "North Atlantic Treaty Organization").mentions,
        2
    );
}

#[test]
fn case_and_possessive_variants_join() {
    let t = "The Harbour Group grew. The harbour group's chief left. Harbour Group’s shares fell.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Harbour Group", 0, Label::ORG),
            at(t, "harbour group's", 0, Label::ORG),
            at(t, "Harbour Group’s", 0, Label::ORG),
        ],
    );
    assert_eq!(ents.len(), 1, "{ents:?}");
    assert_eq!(ents[0].mentions, 3);
}

#[test]
fn titles_before_names_give_role_and_country() {
    let t = "German Foreign Minister Klaus Weber met US Secretary of State Jane Doe and President Ivan Petrov. Representative Paul Hart asked questions.";
    let (ents, _) = run(
        t,
        &[
            at(t, "German", 0, Label::NORP),
            at(t, "Klaus Weber", 0, Label::PER),
            at(t, "US", 0, Label::LOC),
            at(t, "Jane Doe", 0, Label::PER),
            at(t, "Ivan Petrov", 0, Label::PER),
            at(t, "Paul Hart", 0, Label::PER),
        ],
    );
    let w = entity(&ents, "Klaus Weber");
    assert_eq!(w.role.as_deref(), Some("German Foreign Minister"));
    assert_eq!(w.country.as_deref(), Some("DE"));
    let d = entity(&ents, "Jane Doe");
    assert_eq!(d.role.as_deref(), Some("US Secretary of State"));
    assert_eq!(d.country.as_deref(), Some("US"));
    let p = entity(&ents, "Ivan Petrov");
    assert_eq!(p.role.as_deref(), Some("President"));
    assert_eq!(p.country, None);
    assert_eq!(
        entity(&ents, "Paul Hart").role.as_deref(),
        Some("Representative")
    );
}

#[test]
fn sport_shadow_and_joined_titles_are_part_of_the_role() {
    let t = "Athletic director Karen Holt said the search would begin, with defensive \
             coordinator Mike Ruiz serving as interim coach. Shadow chancellor Mel Stride \
             objected. Zentrix Chairman and CEO Rodney Marsh said sales rose. Chief Cabinet \
             Secretary Jo Hayashi spoke. Reporters asked Amy Lee and Mayor Bo Chen.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Karen Holt", 0, Label::PER),
            at(t, "Mike Ruiz", 0, Label::PER),
            at(t, "Mel Stride", 0, Label::PER),
            at(t, "Zentrix", 0, Label::ORG),
            at(t, "Rodney Marsh", 0, Label::PER),
            at(t, "Jo Hayashi", 0, Label::PER),
            at(t, "Amy Lee", 0, Label::PER),
            at(t, "Bo Chen", 0, Label::PER),
        ],
    );
    let role = |n: &str| entity(&ents, n).role.clone();
    assert_eq!(role("Karen Holt").as_deref(), Some("Athletic director"));
    assert_eq!(role("Mike Ruiz").as_deref(), Some("defensive coordinator"));
    assert_eq!(role("Mel Stride").as_deref(), Some("Shadow chancellor"));
    assert_eq!(
        role("Rodney Marsh").as_deref(),
        Some("Zentrix Chairman and CEO")
    );
    assert_eq!(
        role("Jo Hayashi").as_deref(),
        Some("Chief Cabinet Secretary")
    );
    let t = "The river rose, according to the city's mayor, Sebastian Melo. Quarterback Ty \
             Briggs, a junior, said the team was shocked. The crowd cheered Ana Ruiz, Bo Diaz.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Sebastian Melo", 0, Label::PER),
            at(t, "Ty Briggs", 0, Label::PER),
            at(t, "Ana Ruiz", 0, Label::PER),
            at(t, "Bo Diaz", 0, Label::PER),
        ],
    );
    let role2 = |n: &str| entity(&ents, n).role.clone();
    let t2 = "\"Today, patients can breathe,\" said the group's regional president, Emma Stone. \
              Circuit Judge Karen Alva wrote the order.";
    let (ents2, _) = run(
        t2,
        &[
            at(t2, "Emma Stone", 0, Label::PER),
            at(t2, "Karen Alva", 0, Label::PER),
        ],
    );
    assert_eq!(
        entity(&ents2, "Emma Stone").role.as_deref(),
        Some("group's regional president")
    );
    assert_eq!(
        entity(&ents2, "Karen Alva").role.as_deref(),
        Some("Circuit Judge")
    );
    assert_eq!(role2("Sebastian Melo").as_deref(), Some("city's mayor"));
    assert!(role2("Ty Briggs").is_some_and(|r| r.contains("Quarterback")));
    assert_eq!(role2("Bo Diaz"), None);
    // Must not fire: "and" between a person and a title joins no titles.
    assert_eq!(role("Bo Chen").as_deref(), Some("Mayor"));
    assert_eq!(role("Amy Lee"), None);
}

#[test]
fn local_titles_and_an_office_before_a_title_give_the_role() {
    let t = "Alderman Paul Hart voted no. Foreign ministry spokeswoman Lin Wei said the talks \
             would go on. County coroner Ana Cruz ruled. The ministry said Tom Reyes left.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Paul Hart", 0, Label::PER),
            at(t, "Lin Wei", 0, Label::PER),
            at(t, "Ana Cruz", 0, Label::PER),
            at(t, "Tom Reyes", 0, Label::PER),
        ],
    );
    let role = |n: &str| entity(&ents, n).role.clone();
    assert_eq!(role("Paul Hart").as_deref(), Some("Alderman"));
    assert_eq!(
        role("Lin Wei").as_deref(),
        Some("Foreign ministry spokeswoman")
    );
    assert_eq!(role("Ana Cruz").as_deref(), Some("County coroner"));
    // Must not fire: an office word with no title after it.
    assert_eq!(role("Tom Reyes"), None);
    // An agency's administrator, an astronaut, a billionaire: functions stated before a name.
    let t = "Acme Administrator Paul Hart spoke. The crew includes astronaut Ana Cruz. \
             Billionaire Lin Wei bought it.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Acme", 0, Label::ORG),
            at(t, "Paul Hart", 0, Label::PER),
            at(t, "Ana Cruz", 0, Label::PER),
            at(t, "Lin Wei", 0, Label::PER),
        ],
    );
    let role = |n: &str| entity(&ents, n).role.clone();
    assert_eq!(role("Paul Hart").as_deref(), Some("Acme Administrator"));
    assert_eq!(role("Ana Cruz").as_deref(), Some("astronaut"));
    assert_eq!(role("Lin Wei").as_deref(), Some("Billionaire"));
}

#[test]
fn a_title_read_into_a_persons_name_becomes_the_role() {
    let t = "Alderman Paul Hart voted no. Dean Ray Olsen agreed. Later Hart left.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Alderman Paul Hart", 0, Label::PER),
            at(t, "Dean Ray Olsen", 0, Label::PER),
            at(t, "Hart", 1, Label::PER),
        ],
    );
    let h = entity(&ents, "Paul Hart");
    assert_eq!(h.role.as_deref(), Some("Alderman"));
    assert_eq!(h.mentions, 2);
    // Must not fire: a first name that is also a title word elsewhere.
    assert_eq!(entity(&ents, "Dean Ray Olsen").role, None);
}

#[test]
fn a_titled_phrase_set_off_before_a_name_gives_the_role() {
    let t = "A spokesman for the ministry, Paul Hart, said so. Her lawyer, Ana Cruz, agreed. \
             Dr. Lin Wei, the city's health commissioner, spoke. \
             In a statement, Tom Reyes, who is retired, left. The old farmhouse, Ivo Dane, sold. \
             Cruz's spokesman, Ed Lamb, declined to comment.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Paul Hart", 0, Label::PER),
            at(t, "Ana Cruz", 0, Label::PER),
            at(t, "Lin Wei", 0, Label::PER),
            at(t, "Tom Reyes", 0, Label::PER),
            at(t, "Ivo Dane", 0, Label::PER),
            at(t, "Cruz", 1, Label::PER),
            at(t, "Ed Lamb", 0, Label::PER),
        ],
    );
    let role = |n: &str| entity(&ents, n).role.clone();
    assert_eq!(role("Ed Lamb").as_deref(), Some("Cruz's spokesman"));
    assert_eq!(
        role("Paul Hart").as_deref(),
        Some("spokesman for the ministry")
    );
    assert_eq!(role("Ana Cruz").as_deref(), Some("lawyer"));
    assert_eq!(
        role("Lin Wei").as_deref(),
        Some("city's health commissioner")
    );
    // Must not fire: no determiner before the phrase, and a head that is no title.
    assert_eq!(role("Tom Reyes"), None);
    assert_eq!(role("Ivo Dane"), None);
}

#[test]
fn no_role_without_a_title_word() {
    let t = "On Monday Sarah Kim arrived. Yesterday Kim left.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Sarah Kim", 0, Label::PER),
            at(t, "Kim", 1, Label::PER),
        ],
    );
    assert_eq!(ents[0].role, None);
    assert_eq!(ents[0].country, None);
}

#[test]
fn apposition_gives_role_and_party() {
    let t = "Tom Reyes, a Republican lawmaker, said no. Ana Cruz, who lives nearby, agreed.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Tom Reyes", 0, Label::PER),
            at(t, "Ana Cruz", 0, Label::PER),
        ],
    );
    let r = entity(&ents, "Tom Reyes");
    assert_eq!(r.role.as_deref(), Some("Republican lawmaker"));
    assert_eq!(r.affiliation.as_deref(), Some("Republican"));
    assert_eq!(entity(&ents, "Ana Cruz").role, None);
}

#[test]
fn parentheses_after_a_name_give_affiliation() {
    let t =
        "Senator Lena Holm (Social Democrats, majority) objected. Rep. Ed Lane (R-Fla.) agreed.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Lena Holm", 0, Label::PER),
            at(t, "Social Democrats", 0, Label::ORG),
            at(t, "Ed Lane", 0, Label::PER),
            at(t, "Fla.", 0, Label::LOC),
        ],
    );
    let h = entity(&ents, "Lena Holm");
    assert_eq!(h.role.as_deref(), Some("Senator"));
    assert_eq!(h.affiliation.as_deref(), Some("Social Democrats"));
    let l = entity(&ents, "Ed Lane");
    assert_eq!(l.affiliation.as_deref(), Some("Republican"));
    assert_eq!(l.role.as_deref(), Some("Rep."));
}

#[test]
fn name_in_parentheses_takes_the_title_before_it() {
    let t = "Talks began between the Prime Minister of the Kingdom (Omar Said) and envoys.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Kingdom", 0, Label::LOC),
            at(t, "Omar Said", 0, Label::PER),
        ],
    );
    assert_eq!(
        entity(&ents, "Omar Said").role.as_deref(),
        Some("Prime Minister of the Kingdom")
    );
}

#[test]
fn group_members_in_parentheses() {
    let t = "The Contact Group (Germany, Italy and the United Kingdom) met. The Audit Office (London) replied.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Contact Group", 0, Label::ORG),
            at(t, "Germany", 0, Label::LOC),
            at(t, "Italy", 0, Label::LOC),
            at(t, "United Kingdom", 0, Label::LOC),
            at(t, "Audit Office", 0, Label::ORG),
            at(t, "London", 0, Label::LOC),
        ],
    );
    assert_eq!(
        entity(&ents, "Contact Group").members,
        vec!["Germany", "Italy", "United Kingdom"]
    );
    assert!(entity(&ents, "Audit Office").members.is_empty());
}

#[test]
fn places_are_linked_to_the_gazetteer() {
    let t = "Floods hit Germany and Lyon. The Caucasus was calm. Canberra replied.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Germany", 0, Label::LOC),
            at(t, "Lyon", 0, Label::LOC),
            at(t, "Caucasus", 0, Label::LOC),
            at(t, "Canberra", 0, Label::LOC),
        ],
    );
    let de = entity(&ents, "Germany");
    assert_eq!(de.country.as_deref(), Some("DE"));
    assert!(de.geonameid.is_some() && de.lat.is_some());
    let lyon = entity(&ents, "Lyon");
    assert_eq!(lyon.country.as_deref(), Some("FR"));
    assert!((lyon.lat.unwrap() - 45.75).abs() < 0.5);
    let cau = entity(&ents, "Caucasus");
    assert!(cau.lat.is_some());
    assert_eq!(entity(&ents, "Canberra").country.as_deref(), Some("AU"));
}

#[test]
fn ambiguous_places_follow_the_article() {
    let t =
        "Storms moved from Dallas across Texas. In Paris, the town north of Dallas, roofs fell.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Dallas", 0, Label::LOC),
            at(t, "Texas", 0, Label::LOC),
            at(t, "Paris", 0, Label::LOC),
            at(t, "Dallas", 1, Label::LOC),
        ],
    );
    assert_eq!(entity(&ents, "Paris").country.as_deref(), Some("US"));
    let t2 = "Protests spread in Paris and Lyon.";
    let (ents, _) = run(
        t2,
        &[
            at(t2, "Paris", 0, Label::LOC),
            at(t2, "Lyon", 0, Label::LOC),
        ],
    );
    assert_eq!(entity(&ents, "Paris").country.as_deref(), Some("FR"));
}

#[test]
fn wire_style_state_abbreviations() {
    let t = "ORLANDO, Fla. (AP) — A study in Columbia, S.C., found more.";
    let (ents, ms) = run(t, &[at(t, "Columbia", 0, Label::LOC)]);
    let fla = ms
        .iter()
        .find(|m| m.span.slice(t) == "Fla.")
        .expect("Fla. found by the gazetteer");
    let e = &ents[fla.entity.unwrap()];
    assert_eq!(
        (e.name.as_str(), e.country.as_deref()),
        ("Fla.", Some("US"))
    );
    assert!(ms.iter().any(|m| m.span.slice(t) == "ORLANDO"));
    let col = entity(&ents, "Columbia");
    assert_eq!(col.country.as_deref(), Some("US"));
    // Columbia, S.C. rather than the larger Columbia elsewhere.
    assert!((col.lat.unwrap() - 34.0).abs() < 0.5, "{col:?}");
    // Canadian Press abbreviations of provinces: "Man." is Manitoba, not the West Virginia
    // town of Man; the town before it lies in Canada.
    // Also with the stop left out of the name (the sentence's end took it).
    let t = "She was born in Churchill, Man. in a snowstorm.";
    for qualifier in ["Man.", "Man"] {
        let names = vec![
            at(t, "Churchill", 0, Label::LOC),
            at(t, qualifier, 0, Label::LOC),
        ];
        let (ents, _) = run(t, &names);
        for name in ["Churchill", qualifier] {
            assert_eq!(entity(&ents, name).country.as_deref(), Some("CA"), "{name}");
        }
    }
    // Must not fire: the word without its stop is still the town's name.
    let t = "He grew up in Man and moved to Logan.";
    assert_eq!(
        country_in(t, &["Man", "Logan"], "Man").as_deref(),
        Some("US")
    );
}

#[test]
fn norp_gets_the_nationality_country() {
    let t = "Russian and Dutch officials met Israelis.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Russian", 0, Label::NORP),
            at(t, "Dutch", 0, Label::NORP),
            at(t, "Israelis", 0, Label::NORP),
        ],
    );
    assert_eq!(entity(&ents, "Russian").country.as_deref(), Some("RU"));
    assert_eq!(entity(&ents, "Dutch").country.as_deref(), Some("NL"));
    assert_eq!(entity(&ents, "Israelis").country.as_deref(), Some("IL"));
}

#[test]
fn capitals_and_countries_acting_get_stands_for() {
    let t = "Berlin said on Friday it would respond. Rome accuses Vienna of lying. \
             Tokyo and Seoul mediating, talks with Cairo resumed. Madrid's decision surprised Ottawa's allies. \
             Lima also weighed in.";
    let names: Vec<NameMention> = [
        "Berlin", "Rome", "Vienna", "Tokyo", "Seoul", "Cairo", "Madrid", "Ottawa", "Lima",
    ]
    .iter()
    .map(|c| at(t, c, 0, Label::LOC))
    .collect();
    let (_, ms) = run(t, &names);
    for (c, cc) in [
        ("Berlin", "DE"),
        ("Rome", "IT"),
        ("Vienna", "AT"),
        ("Tokyo", "JP"),
        ("Seoul", "KR"),
        ("Cairo", "EG"),
        ("Madrid", "ES"),
        ("Ottawa", "CA"),
        ("Lima", "PE"),
    ] {
        assert_eq!(
            mention_at(t, &ms, c, 0).stands_for.as_deref(),
            Some(cc),
            "{c}"
        );
    }
}

#[test]
fn plain_places_keep_stands_for_none() {
    let t =
        "The talks were held in Moscow. She flew to Berlin from Rome, then to Vienna, Austria. \
             Cairo is a large city. Lima then Quito were next.";
    let places = [
        "Moscow", "Berlin", "Rome", "Vienna", "Austria", "Cairo", "Lima", "Quito",
    ];
    let names: Vec<NameMention> = places.iter().map(|c| at(t, c, 0, Label::LOC)).collect();
    let (_, ms) = run(t, &names);
    for c in places {
        assert_eq!(mention_at(t, &ms, c, 0).stands_for, None, "{c}");
    }
}

#[test]
fn person_and_organisation_names_never_stand_for_states() {
    let t = "Paris Hilton said hello. Jordan scored 30 points; Jordan said he was tired. The Washington Post reported it.";
    let (ents, ms) = run(
        t,
        &[
            at(t, "Paris Hilton", 0, Label::PER),
            at(t, "Jordan", 0, Label::PER),
            at(t, "Jordan", 1, Label::PER),
            at(t, "Washington Post", 0, Label::ORG),
        ],
    );
    assert!(ms.iter().all(|m| m.stands_for.is_none()), "{ms:?}");
    assert!(ents.iter().all(|e| e.geonameid.is_none()));
    // No gazetteer mention is added inside them either.
    assert_eq!(ms.len(), 4);
}

#[test]
fn salience_prefers_headline_frequent_early_entities() {
    let t = "Lisbon grid fails\n\nPower failed in Lisbon on Monday. Engineers from Porto came.\n\nLisbon was dark. Lisbon recovered.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Lisbon", 0, Label::LOC),
            at(t, "Lisbon", 1, Label::LOC),
            at(t, "Porto", 0, Label::LOC),
            at(t, "Lisbon", 2, Label::LOC),
            at(t, "Lisbon", 3, Label::LOC),
        ],
    );
    let l = entity(&ents, "Lisbon").salience;
    let p = entity(&ents, "Porto").salience;
    assert!(
        l > p && (0.0..=1.0).contains(&l) && (0.0..=1.0).contains(&p),
        "{l} {p}"
    );
}

#[test]
fn odd_input_does_not_panic() {
    for t in [
        "",
        "(",
        "Élodie Müller (",
        "“Ça va”, dit-il. Zürich’s",
        "a\u{0301}b (c, d",
    ] {
        let doc = segment(t, &[]);
        let n = vec![
            NameMention {
                span: Span::new(0, t.len()),
                label: Label::PER,
            },
            NameMention {
                span: Span::new(t.len(), t.len() + 3),
                label: Label::LOC,
            },
        ];
        let _ = resolve(t, &doc, &n);
    }
}

#[test]
fn stands_for_edge_cases() {
    let t = "Troops massed on the border with Cairo. In reply to Rome and Vienna negotiating, \
             Lisbon quietly agreed. It was a blow to Madrid's government. Flights between Oslo and Dublin resumed. \
             She was named Warsaw's athlete of the year.";
    let names: Vec<NameMention> = [
        "Cairo", "Rome", "Vienna", "Lisbon", "Madrid", "Oslo", "Dublin", "Warsaw",
    ]
    .iter()
    .map(|c| at(t, c, 0, Label::LOC))
    .collect();
    let (_, ms) = run(t, &names);
    let sf = |c: &str| mention_at(t, &ms, c, 0).stands_for.clone();
    assert_eq!(sf("Cairo"), None, "border with");
    assert_eq!(
        sf("Rome").as_deref(),
        Some("IT"),
        "in reply to X and Y negotiating"
    );
    assert_eq!(sf("Vienna").as_deref(), Some("AT"));
    assert_eq!(
        sf("Lisbon").as_deref(),
        Some("PT"),
        "adverb before the verb"
    );
    assert_eq!(
        sf("Madrid").as_deref(),
        Some("ES"),
        "possessive after a preposition"
    );
    assert_eq!(sf("Oslo"), None);
    assert_eq!(sf("Dublin"), None);
    assert_eq!(sf("Warsaw"), None, "a possessive of no state action");
}

#[test]
fn divisions_counties_and_adjectives() {
    let t = "Fires spread from Alberta into Laurel County. European and Canadian officials met. \
             Russian troops moved.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Alberta", 0, Label::LOC),
            at(t, "Laurel County", 0, Label::LOC),
            at(t, "European", 0, Label::NORP),
            at(t, "Canadian", 0, Label::LOC),
            at(t, "Russian", 0, Label::LOC),
        ],
    );
    assert_eq!(entity(&ents, "Alberta").country.as_deref(), Some("CA"));
    let laurel = entity(&ents, "Laurel County");
    assert_eq!(laurel.country.as_deref(), Some("US"));
    assert!(laurel.lat.is_some());
    assert!(
        entity(&ents, "European").lat.is_some(),
        "continent adjective"
    );
    // Nationalities tagged as places still get their country.
    assert_eq!(entity(&ents, "Canadian").country.as_deref(), Some("CA"));
    assert_eq!(entity(&ents, "Russian").country.as_deref(), Some("RU"));
}

#[test]
fn tagger_labels_corrected_where_the_gazetteer_is_sure() {
    let t = "Officials in Ohio and Texas met. Egyptian diplomats came. Police in Columbus, Ohio, \
             said Monroe left. The Acme Corp board met.";
    let (ents, ms) = run(
        t,
        &[
            at(t, "Ohio", 0, Label::ORG),
            at(t, "Texas", 0, Label::MISC),
            at(t, "Egyptian", 0, Label::MISC),
            at(t, "Columbus", 0, Label::PER),
            at(t, "Ohio", 1, Label::LOC),
            at(t, "Monroe", 0, Label::PER),
            at(t, "Acme Corp", 0, Label::ORG),
        ],
    );
    let lab = |c: &str, nth: usize| mention_at(t, &ms, c, nth).label;
    // A state, country or capital tagged ORG is a place; a MISC that is a well-known place too.
    assert_eq!(lab("Ohio", 0), Label::LOC);
    assert_eq!(lab("Texas", 0), Label::LOC);
    assert_eq!(lab("Egyptian", 0), Label::NORP);
    assert_eq!(
        lab("Columbus", 0),
        Label::LOC,
        "place preposition and state after it"
    );
    assert_eq!(lab("Monroe", 0), Label::PER, "a person stays a person");
    assert_eq!(entity(&ents, "Acme Corp").label, Label::ORG);
}

#[test]
fn places_inside_organisation_names_are_mentions_of_those_places() {
    let t = "The Richmond Police Department and the University of Nebraska joined the talks. \
             Nebraska voters agreed.";
    let (ents, ms) = run(
        t,
        &[
            at(t, "Richmond Police Department", 0, Label::ORG),
            at(t, "University of Nebraska", 0, Label::ORG),
            at(t, "Nebraska", 1, Label::LOC),
        ],
    );
    let mut texts: Vec<(&str, Label)> = ms.iter().map(|m| (m.span.slice(t), m.label)).collect();
    texts.sort_by_key(|&(s, _)| t.find(s));
    assert_eq!(
        texts,
        vec![
            ("Richmond Police Department", Label::ORG),
            ("Richmond", Label::LOC),
            ("University of Nebraska", Label::ORG),
            ("Nebraska", Label::LOC),
            ("Nebraska", Label::LOC),
        ]
    );
    // The organisations stay; the place inside a name joins the article's own entity for it
    // (two mentions, the first inside the university's name), and acts for no state.
    assert_eq!(
        entity(&ents, "Richmond Police Department").label,
        Label::ORG
    );
    let ne = entity(&ents, "Nebraska");
    assert_eq!((ne.mentions, ne.first), (2, t.find("Nebraska").unwrap()));
    let richmond = entity(&ents, "Richmond");
    assert_eq!(
        (richmond.label, richmond.country.as_deref()),
        (Label::LOC, Some("US"))
    );
    assert!(ms.iter().all(|m| m.stands_for.is_none()));
}

#[test]
fn a_place_inside_a_name_needs_the_story_or_the_name_to_make_it_one() {
    // A small town's name opening a company's ("Jones Medical": Jones is a town of some
    // thousands), a town abroad whose namesake institution is at home ("Georgetown University"
    // in an American story: not Guyana's capital), and a short form of a division's name that
    // is an ordinary word ("Free" for the Free State) are no places of the story.
    let t = "Jones Medical Industries and Georgetown University backed the Free Trade \
             Agreement, officials in Ohio said.";
    let (ents, ms) = run(
        t,
        &[
            at(t, "Jones Medical Industries", 0, Label::ORG),
            at(t, "Georgetown University", 0, Label::ORG),
            at(t, "Free Trade Agreement", 0, Label::MISC),
            at(t, "Ohio", 0, Label::LOC),
        ],
    );
    let places: Vec<&str> = ms
        .iter()
        .filter(|m| m.label == Label::LOC)
        .map(|m| m.span.slice(t))
        .collect();
    assert_eq!(places, vec!["Ohio"], "{ents:?}");
    // The same small town before the noun of a town's institution is the town.
    let t = "The Georgetown Police Department said officers in Kentucky found the car near \
             Lexington.";
    let (ents, ms) = run(
        t,
        &[
            at(t, "Georgetown Police Department", 0, Label::ORG),
            at(t, "Kentucky", 0, Label::LOC),
            at(t, "Lexington", 0, Label::LOC),
        ],
    );
    let m = mention_at(t, &ms, "Georgetown", 0);
    let inner = ms
        .iter()
        .find(|x| x.span.start == m.span.start && x.label == Label::LOC);
    let e = &ents[inner.expect("Georgetown inside the name").entity.unwrap()];
    assert_eq!(e.country.as_deref(), Some("US"));
    // The department lies there too, not in Guyana's capital.
    assert_eq!(
        entity(&ents, "Georgetown Police Department")
            .country
            .as_deref(),
        Some("US")
    );
    // A town named after a person names an organisation after the town before the noun of a
    // town's institution ("Columbus Police"), not otherwise ("Columbus Capital Partners").
    let t = "The Columbus Police Department and Columbus Capital Partners met in Ohio.";
    let (ents, ms) = run(
        t,
        &[
            at(t, "Columbus Police Department", 0, Label::ORG),
            at(t, "Columbus Capital Partners", 0, Label::ORG),
            at(t, "Ohio", 0, Label::LOC),
        ],
    );
    let places: Vec<usize> = ms
        .iter()
        .filter(|m| m.span.slice(t) == "Columbus")
        .map(|m| m.span.start)
        .collect();
    assert_eq!(places, vec![t.find("Columbus").unwrap()], "{ms:?}");
    assert!(entity(&ents, "Columbus Police Department").lat.is_some());
    assert!(entity(&ents, "Columbus Capital Partners").lat.is_none());
    // Not in a sports report, where a team's town says nothing of where the story is.
    let t = "Leeds United beat Chelsea 2-1 and Arsenal drew 0-0 with Everton on Saturday.";
    let (_, ms) = run(t, &[at(t, "Leeds United", 0, Label::ORG)]);
    assert!(ms.iter().all(|m| m.label == Label::ORG), "{ms:?}");
}

#[test]
fn hyphenated_compounds_hold_their_places_and_nationalities() {
    let t = "A Toronto-based firm and the Saudi-led coalition met at Egyptian-US talks. \
             Cuban-American voters, Spanish-language radio and Northern Ireland-born actors.";
    let names: Vec<NameMention> = [
        "Toronto-based",
        "Saudi-led",
        "Egyptian-US",
        "Cuban-American",
        "Spanish-language",
        "Northern Ireland-born",
    ]
    .iter()
    .map(|n| at(t, n, 0, Label::MISC))
    .collect();
    let (ents, ms) = run(t, &names);
    let inner: Vec<(&str, Label, Option<&str>)> = ms
        .iter()
        .filter(|m| !names.iter().any(|n| n.span == m.span))
        .map(|m| {
            let e = &ents[m.entity.unwrap()];
            (m.span.slice(t), m.label, e.country.as_deref())
        })
        .collect();
    assert_eq!(
        inner,
        vec![
            ("Toronto", Label::LOC, Some("CA")),
            ("Saudi", Label::NORP, Some("SA")),
            ("Egyptian", Label::NORP, Some("EG")),
            ("US", Label::LOC, Some("US")),
            ("Northern Ireland", Label::LOC, Some("GB")),
        ]
    );
    // The compounds keep their own mentions; a heritage ("Cuban-American") and a language
    // ("Spanish-language") hold none.
    assert_eq!(ms.len(), names.len() + 5);
    // A town named after a person before "-based" is the town; a person's era is no town's.
    let t = "A Columbus-based chain opened stores in Ohio, unlike Bush-era chains. Jeb Bush \
             recalled the Bush-Lima talks.";
    let (_, ms) = run(
        t,
        &[
            at(t, "Columbus-based", 0, Label::MISC),
            at(t, "Ohio", 0, Label::LOC),
            at(t, "Bush-era", 0, Label::MISC),
            at(t, "Jeb Bush", 0, Label::PER),
            at(t, "Bush-Lima", 0, Label::MISC),
        ],
    );
    assert!(ms
        .iter()
        .any(|m| m.span.slice(t) == "Columbus" && m.label == Label::LOC));
    assert!(ms.iter().all(|m| m.span.slice(t) != "Bush"), "{ms:?}");
    // (A compound that joins a surname of the story's people joins people.)
    assert!(ms.iter().all(|m| m.span.slice(t) != "Lima"), "{ms:?}");
}

#[test]
fn a_town_before_county_names_no_place_where_the_county_is_unknown() {
    // The gazetteer knows a town Marlow (in Oklahoma) but no Marlow County: an office of the
    // county, in an Ohio story, is neither in that town nor does it hold it.
    let t = "The Marlow County Sheriff's Office said deputies in Ohio made two arrests.";
    let (ents, ms) = run(
        t,
        &[
            at(t, "Marlow County Sheriff's Office", 0, Label::ORG),
            at(t, "Ohio", 0, Label::LOC),
        ],
    );
    assert!(ms.iter().all(|m| m.span.slice(t) != "Marlow"), "{ms:?}");
    assert_eq!(entity(&ents, "Marlow County Sheriff's Office").lat, None);
}

#[test]
fn missed_nationalities_and_local_towns() {
    let t = "Turkish officials met in Ohio. The Smallville Council and Springdale agreed. \
             Union leaders and Washington were briefed; the Washington Post reported it.";
    let (ents, ms) = run(
        t,
        &[
            at(t, "Ohio", 0, Label::LOC),
            at(t, "Smallville Council", 0, Label::ORG),
            at(t, "Springdale", 0, Label::ORG),
            at(t, "Union", 0, Label::ORG),
            at(t, "Washington", 0, Label::ORG),
            at(t, "Washington Post", 0, Label::ORG),
        ],
    );
    // "Turkish" was not tagged: the demonym list finds it.
    let tr = mention_at(t, &ms, "Turkish", 0);
    assert_eq!(
        (tr.label, ents[tr.entity.unwrap()].country.as_deref()),
        (Label::NORP, Some("TR"))
    );
    // An Ohio town tagged ORG in an article about Ohio is the town.
    assert_eq!(mention_at(t, &ms, "Springdale", 0).label, Label::LOC);
    // Ordinary words stay organisations; a capital alone is the place, inside a name it is not.
    assert_eq!(mention_at(t, &ms, "Union", 0).label, Label::ORG);
    assert_eq!(mention_at(t, &ms, "Washington", 0).label, Label::LOC);
    assert_eq!(
        ms.iter()
            .filter(|m| m.span.slice(t) == "Washington")
            .count(),
        1
    );
    assert_eq!(entity(&ents, "Washington Post").label, Label::ORG);
}

#[test]
fn a_division_in_the_role_names_the_country() {
    let t = "British Columbia Finance Minister Carole James and Texas Gov. Rick Perry spoke.";
    let (ents, _) = run(
        t,
        &[
            at(t, "British Columbia", 0, Label::LOC),
            at(t, "Carole James", 0, Label::PER),
            at(t, "Texas", 0, Label::LOC),
            at(t, "Rick Perry", 0, Label::PER),
        ],
    );
    let j = entity(&ents, "Carole James");
    assert_eq!(j.role.as_deref(), Some("British Columbia Finance Minister"));
    assert_eq!(j.country.as_deref(), Some("CA"));
    let p = entity(&ents, "Rick Perry");
    assert_eq!(
        (p.role.as_deref(), p.country.as_deref()),
        (Some("Texas Gov."), Some("US"))
    );
    // Must not fire: a division whose name a far larger city elsewhere bears ("Manchester",
    // a Jamaican parish and the English city) does not give an organisation its country.
    let t = "Manchester Rovers won on Saturday.";
    let (ents, _) = run(t, &[at(t, "Manchester Rovers", 0, Label::ORG)]);
    assert_eq!(
        entity(&ents, "Manchester Rovers").country.as_deref(),
        Some("GB")
    );
}

#[test]
fn sports_reports_are_recognised() {
    use super::cluster::is_sports_report;
    assert!(is_sports_report(
        "SOCCER - LEADERS WIN\nLeeds beat Chelsea 3-1 in the league on Saturday. The striker scored twice."
    ));
    assert!(!is_sports_report(
        "The minister said on Tuesday that talks with the rebels would resume next week in the capital."
    ));
    assert!(!is_sports_report(
        "Turnout was 55-60 percent, officials said."
    ));
}

#[test]
fn towns_of_named_states_stay_teams_in_sports_reports() {
    let t = "BASEBALL - STANDINGS\nOhio beat Springdale 3-1 in the league on Saturday. \
             Springdale scored twice in the match, the coach said after the season's last game.";
    let (_, ms) = run(
        t,
        &[
            at(t, "Ohio", 0, Label::LOC),
            at(t, "Springdale", 0, Label::ORG),
            at(t, "Springdale", 1, Label::ORG),
        ],
    );
    assert_eq!(mention_at(t, &ms, "Springdale", 0).label, Label::ORG);
    assert_eq!(mention_at(t, &ms, "Springdale", 1).label, Label::ORG);
}

#[test]
fn regions_and_demonyms_of_regions_are_located() {
    let t = "Africans and Dagestani fighters crossed the Atlantic.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Africans", 0, Label::NORP),
            at(t, "Dagestani", 0, Label::NORP),
            at(t, "Atlantic", 0, Label::LOC),
        ],
    );
    // A continent or ocean is located (its GeoNames point) but lies in no one country.
    let af = entity(&ents, "Africans");
    assert_eq!(af.country, None);
    assert!(af.lat.is_some());
    let atlantic = entity(&ents, "Atlantic");
    assert!(atlantic.lat.is_some() && atlantic.country.is_none());
    // An adjective no demonym list has: the region it is formed from.
    let d = entity(&ents, "Dagestani");
    assert_eq!(d.country.as_deref(), Some("RU"));
    assert!(d.lat.is_some_and(|la| (40.0..46.0).contains(&la)));
    // A regional people in the demonym list: its country, at its region's point ("Abkhaz":
    // Abkhazia, not Georgia's centre); must not fire for a nation's own demonym.
    // "Basque": the Basque Country, a division of Spain.
    let t = "Basque leaders met in Madrid.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Basque", 0, Label::NORP),
            at(t, "Madrid", 0, Label::LOC),
        ],
    );
    let b = entity(&ents, "Basque");
    assert_eq!(b.country.as_deref(), Some("ES"));
    assert!(b.lat.is_some_and(|la| la > 42.5), "{b:?}");
    // "English", "Welsh": British, at England's and Wales's points; "British" at the
    // country's.
    let t = "English and Welsh fans joined British officials.";
    let names = [
        at(t, "English", 0, Label::NORP),
        at(t, "Welsh", 0, Label::NORP),
        at(t, "British", 0, Label::NORP),
    ];
    let (ents, _) = run(t, &names);
    let (en, br) = (entity(&ents, "English"), entity(&ents, "British"));
    assert_eq!(en.country.as_deref(), Some("GB"));
    assert!(en.lat.is_some_and(|la| la < 53.0), "{en:?}");
    assert!(entity(&ents, "Welsh").lon.is_some_and(|lo| lo < -3.0));
    assert!(br.lat.is_some_and(|la| la >= 53.5), "{br:?}");
    // Well-known islands, lakes and regions: "Sumatra", "Lake Erie".
    let t = "Floods hit Sumatra and towns on Lake Erie.";
    let (ents, _) = run(t, &locs(t, &["Sumatra", "Lake Erie"]));
    assert_eq!(entity(&ents, "Sumatra").country.as_deref(), Some("ID"));
    assert!(entity(&ents, "Lake Erie").lat.is_some());
    let t = "Abkhaz officials met Georgian and Russian envoys.";
    let names = [
        at(t, "Abkhaz", 0, Label::NORP),
        at(t, "Georgian", 0, Label::NORP),
        at(t, "Russian", 0, Label::NORP),
    ];
    let (ents, _) = run(t, &names);
    let (ab, ge) = (entity(&ents, "Abkhaz"), entity(&ents, "Georgian"));
    assert_eq!(ab.country.as_deref(), Some("GE"));
    assert!(
        ab.lon.unwrap() < 42.5 && ge.lon.unwrap() > 43.0,
        "{ab:?} {ge:?}"
    );
    assert_eq!(entity(&ents, "Russian").geonameid, Some(2017370));
}

#[test]
fn places_named_after_places_are_located_there() {
    let t = "Trucks on the Ohio Turnpike slowed near the Springfield Public Library. \
             Fire Island and Atlantic Avenue were closed.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Ohio Turnpike", 0, Label::LOC),
            at(t, "Springfield Public Library", 0, Label::LOC),
            at(t, "Fire Island", 0, Label::LOC),
            at(t, "Atlantic Avenue", 0, Label::LOC),
        ],
    );
    let oh = entity(&ents, "Ohio Turnpike");
    assert_eq!(oh.country.as_deref(), Some("US"));
    assert!(oh.lat.is_some_and(|la| (38.0..42.0).contains(&la)));
    // Located, but not identified with the place.
    assert_eq!(oh.geonameid, None);
    assert_eq!(
        entity(&ents, "Springfield Public Library")
            .country
            .as_deref(),
        Some("US")
    );
    // A generic last word or a street is not where its namesake is.
    assert_eq!(entity(&ents, "Fire Island").lat, None);
    assert_eq!(entity(&ents, "Atlantic Avenue").lat, None);
}

#[test]
fn organisations_named_after_places_carry_the_place() {
    let t = "The University of Kansas and the European Union signed. Acme Widgets did not.";
    let (ents, ms) = run(
        t,
        &[
            at(t, "University of Kansas", 0, Label::ORG),
            at(t, "European Union", 0, Label::ORG),
            at(t, "Acme Widgets", 0, Label::ORG),
        ],
    );
    let ku = entity(&ents, "University of Kansas");
    assert_eq!(ku.country.as_deref(), Some("US"));
    assert!(ku.geonameid.is_some() && ku.lat.is_some());
    assert_eq!(entity(&ents, "European Union").geonameid, None);
    assert_eq!(entity(&ents, "Acme Widgets").lat, None);
    // Each name stays one organisation mention, with the state's mention inside the first.
    let kansas = ms.iter().find(|m| m.span.slice(t) == "Kansas").unwrap();
    assert_eq!(
        (kansas.label, ents[kansas.entity.unwrap()].name.as_str()),
        (Label::LOC, "Kansas")
    );
    assert_eq!(ms.iter().filter(|m| m.label == Label::ORG).count(), 3);
    // An acronym is no town spelt in capitals ("EU" is not Eu, France); a state's own
    // abbreviation still is the state.
    let t = "Spain holds the presidency of the EU Council. The UK Parliament voted.";
    let (ents, _) = run(
        t,
        &[
            at(t, "EU Council", 0, Label::ORG),
            at(t, "UK Parliament", 0, Label::ORG),
        ],
    );
    assert_eq!(entity(&ents, "EU Council").geonameid, None);
    assert_eq!(
        entity(&ents, "UK Parliament").country.as_deref(),
        Some("GB")
    );
    // A club named only its city's name lies there; a product or county named only a small
    // town's name does not.
    let t = "Liverpool beat Blackwell and Fulton on Sunday.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Liverpool", 0, Label::ORG),
            at(t, "Blackwell", 0, Label::ORG),
            at(t, "Fulton", 0, Label::ORG),
        ],
    );
    assert_eq!(entity(&ents, "Liverpool").country.as_deref(), Some("GB"));
    assert_eq!(entity(&ents, "Blackwell").geonameid, None);
    assert_eq!(entity(&ents, "Fulton").geonameid, None);
    // Of two place names in an organisation's name, the bigger place.
    let t = "Real Madrid signed a striker.";
    let (ents, _) = run(t, &[at(t, "Real Madrid", 0, Label::ORG)]);
    assert_eq!(entity(&ents, "Real Madrid").country.as_deref(), Some("ES"));
    // One word inside a name is a town's only if it is a division's or country's name.
    let t = "The National Hurricane Center and the First Ohio Bank agreed.";
    let (ents, _) = run(
        t,
        &[
            at(t, "National Hurricane Center", 0, Label::ORG),
            at(t, "First Ohio Bank", 0, Label::ORG),
        ],
    );
    assert_eq!(entity(&ents, "National Hurricane Center").geonameid, None);
    assert_eq!(
        entity(&ents, "First Ohio Bank").country.as_deref(),
        Some("US")
    );
}

#[test]
fn names_used_as_towns_resolve_to_towns() {
    let t = "A Lebanon woman was charged in Warren County, Ohio. Officials in Lebanon said the \
             Ohio case was rare.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Lebanon", 0, Label::LOC),
            at(t, "Warren County", 0, Label::LOC),
            at(t, "Ohio", 0, Label::LOC),
            at(t, "Lebanon", 1, Label::LOC),
            at(t, "Ohio", 1, Label::LOC),
        ],
    );
    assert_eq!(entity(&ents, "Lebanon").country.as_deref(), Some("US"));
    // A dateline is a town too.
    let t = "LEBANON (AP) — An Ohio jury heard the case on Monday.";
    let (ents, _) = run(
        t,
        &[
            at(t, "LEBANON", 0, Label::LOC),
            at(t, "Ohio", 0, Label::LOC),
        ],
    );
    assert_eq!(entity(&ents, "LEBANON").country.as_deref(), Some("US"));
    // Without such a use, the country.
    let t = "Troops left Lebanon, officials in Ohio said.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Lebanon", 0, Label::LOC),
            at(t, "Ohio", 0, Label::LOC),
        ],
    );
    assert_eq!(entity(&ents, "Lebanon").country.as_deref(), Some("LB"));
}

#[test]
fn a_surely_known_city_is_not_pulled_away_by_an_ambiguous_town() {
    let t = "A pastor from Atlanta died. A funeral is scheduled in Decatur on Saturday.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Atlanta", 0, Label::LOC),
            at(t, "Decatur", 0, Label::LOC),
        ],
    );
    let lat = |n: &str| entity(&ents, n).lat.unwrap();
    // Both in Georgia: the big city stays itself and the town joins it.
    assert!((33.0..34.5).contains(&lat("Atlanta")));
    assert!((33.0..34.5).contains(&lat("Decatur")), "{}", lat("Decatur"));
}

#[test]
fn a_place_tagged_as_a_place_once_is_the_place_throughout() {
    let t = "Rogersville voted to annex the land. Residents of Rogersville agreed.";
    let (_, ms) = run(
        t,
        &[
            at(t, "Rogersville", 0, Label::ORG),
            at(t, "Rogersville", 1, Label::LOC),
        ],
    );
    assert_eq!(mention_at(t, &ms, "Rogersville", 0).label, Label::LOC);
    // Not in sports reports, where the town's name is its team's.
    let t = "SOCCER - RESULTS\nRogersville beat Lakeside 3-1 in the league match. The coach of \
             Rogersville said the season was long; the striker scored twice.";
    let (_, ms) = run(
        t,
        &[
            at(t, "Rogersville", 0, Label::ORG),
            at(t, "Rogersville", 1, Label::LOC),
        ],
    );
    assert_eq!(mention_at(t, &ms, "Rogersville", 0).label, Label::ORG);
}

#[test]
fn person_tagged_towns_used_or_listed_as_towns_are_places() {
    let t = "A Rogersville woman was hurt. Buses run through Akron, Hopkinton and Lanesborough. \
             Officials from Cooke and Grayson counties met Jim Hopkinton.";
    let (_, ms) = run(
        t,
        &[
            at(t, "Rogersville", 0, Label::PER),
            at(t, "Akron", 0, Label::LOC),
            at(t, "Hopkinton", 0, Label::PER),
            at(t, "Lanesborough", 0, Label::PER),
            at(t, "Cooke", 0, Label::PER),
            at(t, "Grayson", 0, Label::PER),
            at(t, "Jim Hopkinton", 0, Label::PER),
        ],
    );
    for (name, nth) in [
        ("Rogersville", 0),
        ("Hopkinton", 0),
        ("Lanesborough", 0),
        ("Grayson", 0),
        ("Cooke", 0),
    ] {
        assert_eq!(mention_at(t, &ms, name, nth).label, Label::LOC, "{name}");
    }
    assert_eq!(mention_at(t, &ms, "Jim Hopkinton", 0).label, Label::PER);
}

#[test]
fn more_town_uses_pick_towns() {
    // "City of X", "Name, age, X," listings and "the X council".
    for (t, name) in [
        (
            "The City of Lebanon will repave roads, officials in Ohio said.",
            "Lebanon",
        ),
        (
            "Charged were Jane Doe, 22, Palestine, and others in Anderson County, Texas.",
            "Palestine",
        ),
        (
            "The Mansfield council met on Monday; Ohio lawmakers attended.",
            "Mansfield",
        ),
    ] {
        let mut names = vec![at(t, name, 0, Label::LOC)];
        for other in ["Ohio", "Anderson County", "Texas"] {
            if t.contains(other) {
                names.push(at(t, other, 0, Label::LOC));
            }
        }
        names.sort_by_key(|n| n.span.start);
        let (ents, _) = run(t, &names);
        assert_eq!(entity(&ents, name).country.as_deref(), Some("US"), "{t}");
    }
}

#[test]
fn capitalised_topic_slugs_are_no_datelines() {
    let t = "GOLF - LEADERS TIED AFTER ROUND ONE\nThe leaders were tied after the first round.";
    let (_, ms) = run(t, &[]);
    assert!(ms.is_empty(), "{ms:?}");
    let t = "GOLF (AP) - The town council met on Monday.";
    let (_, ms) = run(t, &[]);
    assert_eq!(ms.len(), 1);
    assert_eq!(ms[0].label, Label::LOC);
}

#[test]
fn datelines_after_a_run_in_headline() {
    let t = "Steel is key for the bridge. COLUMBUS -- The warm weather helps the crews.";
    let (_, ms) = run(t, &[]);
    let m = mention_at(t, &ms, "COLUMBUS", 0);
    assert_eq!(m.label, Label::LOC);
}

#[test]
fn names_with_their_own_qualifier_resolve_in_it() {
    let t = "Marchers gathered in Washington, D.C. and in Springfield, Ill. on Sunday.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Washington, D.C.", 0, Label::LOC),
            at(t, "Springfield, Ill.", 0, Label::LOC),
        ],
    );
    let dc = entity(&ents, "Washington, D.C.");
    assert!(
        dc.lat.is_some_and(|la| (38.5..39.5).contains(&la)),
        "{dc:?}"
    );
    let sp = entity(&ents, "Springfield, Ill.");
    assert!(
        sp.lat.is_some_and(|la| (39.0..40.5).contains(&la)),
        "{sp:?}"
    );
}

#[test]
fn institution_words_are_not_the_namesake() {
    let t = "The University of Nebraska and University Hospital and Kansas City Southern agreed.";
    let (ents, _) = run(
        t,
        &[
            at(t, "University of Nebraska", 0, Label::ORG),
            at(t, "University Hospital", 0, Label::ORG),
            at(t, "Kansas City Southern", 0, Label::ORG),
        ],
    );
    let ne = entity(&ents, "University of Nebraska");
    assert!(
        ne.lon.is_some_and(|lo| (-104.5..-95.0).contains(&lo)),
        "{ne:?}"
    );
    assert_eq!(entity(&ents, "University Hospital").lat, None);
    let kc = entity(&ents, "Kansas City Southern");
    assert!(
        kc.lat.is_some_and(|la| (38.5..39.5).contains(&la)),
        "{kc:?}"
    );
}

#[test]
fn organisation_tagged_towns_used_as_towns_are_places() {
    let t = "Nuns in Pewaukee were scammed. Rogersville residents met. Shares in Acme fell.";
    let (_, ms) = run(
        t,
        &[
            at(t, "Pewaukee", 0, Label::ORG),
            at(t, "Rogersville", 0, Label::ORG),
            at(t, "Acme", 0, Label::ORG),
        ],
    );
    assert_eq!(mention_at(t, &ms, "Pewaukee", 0).label, Label::LOC);
    assert_eq!(mention_at(t, &ms, "Rogersville", 0).label, Label::LOC);
    // A village's name after "in" is not enough ("Acme" has some 4,000 people).
    assert_eq!(mention_at(t, &ms, "Acme", 0).label, Label::ORG);
}

#[test]
fn organisation_short_forms_join_the_full_name() {
    let t = "Zentrix Technologies Inc. will build a plant. Zentrix shares rose. \
             The National Bank of Ruritania lent money; National officials declined to comment. \
             Quorvel Accused Of Hiding Losses. Quorvel denied it.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Zentrix Technologies Inc.", 0, Label::ORG),
            at(t, "Zentrix", 1, Label::ORG),
            at(t, "National Bank of Ruritania", 0, Label::ORG),
            at(t, "National", 1, Label::ORG),
            at(t, "Quorvel Accused Of Hiding Losses", 0, Label::ORG),
            at(t, "Quorvel", 1, Label::ORG),
        ],
    );
    assert_eq!(
        entity(&ents, "Zentrix Technologies Inc.").mentions,
        2,
        "{ents:?}"
    );
    // A generic opening word is no short form.
    assert_eq!(
        entity(&ents, "National Bank of Ruritania").mentions,
        1,
        "{ents:?}"
    );
    // A long "name" that does not end like an organisation's keeps its first word apart.
    assert_eq!(entity(&ents, "Quorvel").mentions, 1, "{ents:?}");
    assert_eq!(ents.len(), 5, "{ents:?}");
}

#[test]
fn an_acronym_may_leave_out_a_last_and_part() {
    let t = "The Agency for Water Quality and Safety said so. AWQ staff agreed. \
             AW officials disagreed.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Agency for Water Quality and Safety", 0, Label::ORG),
            at(t, "AWQ", 0, Label::ORG),
            at(t, "AW", 1, Label::ORG),
        ],
    );
    assert_eq!(
        entity(&ents, "Agency for Water Quality and Safety").mentions,
        2,
        "{ents:?}"
    );
    // Must not fire: the initials of only some of the words before the "and".
    assert_eq!(entity(&ents, "AW").mentions, 1, "{ents:?}");
}

#[test]
fn organisation_short_form_before_its_full_name_joins_it() {
    // A headline names the company by its short form; the story then gives the full name.
    let t =
        "Zentrix to cut jobs\n\nZentrix Technologies Inc. said on Monday it would cut 500 jobs. \
             Zentrix shares fell. Quorvel Bank and Quorvel Accused Of Fraud were named.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Zentrix", 0, Label::ORG),
            at(t, "Zentrix Technologies Inc.", 0, Label::ORG),
            at(t, "Zentrix", 2, Label::ORG),
            at(t, "Quorvel", 0, Label::ORG),
            at(t, "Quorvel Accused Of Fraud", 0, Label::ORG),
        ],
    );
    let z = entity(&ents, "Zentrix Technologies Inc.");
    assert_eq!(z.mentions, 3, "{ents:?}");
    assert_eq!(z.first, 0);
    // Must not fire: a long "name" that does not end like an organisation's.
    assert!(
        ents.iter().any(|e| e.name == "Quorvel Accused Of Fraud"),
        "{ents:?}"
    );
    assert_eq!(ents.len(), 3, "{ents:?}");
}

#[test]
fn a_name_in_capitals_gives_way_to_the_same_name_in_mixed_case() {
    let t = "VALDORIA CITY (Wire) - Officials in Valdoria City said so. NATO and UNICEF agreed.";
    let (ents, ms) = run(
        t,
        &[
            at(t, "VALDORIA CITY", 0, Label::LOC),
            at(t, "Valdoria City", 0, Label::LOC),
            at(t, "NATO", 0, Label::ORG),
        ],
    );
    let e = entity(&ents, "Valdoria City");
    assert_eq!(e.mentions, 2, "{ents:?}");
    assert_eq!(e.first, 0);
    assert_eq!(mention_at(t, &ms, "VALDORIA CITY", 0).entity, Some(e.id));
    // An acronym written only in capitals keeps them.
    entity(&ents, "NATO");
}

#[test]
fn towns_follow_the_division_their_names_share() {
    // Four small-town names that each exist in several states: together they point to the one
    // state that has all four, and every one of them is placed there.
    let t = "Scouts from Wayne, Laurel, Wakefield and Bloomfield collected 2,000 cans of food \
             on Saturday for the Nebraska food bank.";
    let names = locs(
        t,
        &["Wayne", "Laurel", "Wakefield", "Bloomfield", "Nebraska"],
    );
    let (ents, _) = run(t, &names);
    let ne = entity(&ents, "Nebraska");
    for n in ["Wayne", "Laurel", "Wakefield", "Bloomfield"] {
        let e = entity(&ents, n);
        let d = crate::places::km(
            e.lat.unwrap(),
            e.lon.unwrap(),
            ne.lat.unwrap(),
            ne.lon.unwrap(),
        );
        assert!(d < 500.0, "{n} is {d:.0} km from Nebraska");
    }
    // A state named once is enough for a town that exists there.
    let t = "A Springfield man was arrested, Illinois police said.";
    let (ents, _) = run(t, &locs(t, &["Springfield", "Illinois"]));
    let il = entity(&ents, "Illinois");
    let sp = entity(&ents, "Springfield");
    assert!(
        crate::places::km(
            sp.lat.unwrap(),
            sp.lon.unwrap(),
            il.lat.unwrap(),
            il.lon.unwrap()
        ) < 300.0
    );
    // Must not fire: one name alone keeps the population prior, and towns abroad do not vote
    // for the American namesakes of the article's other places.
    let t = "Fans travelled from Manchester to Birmingham and Liverpool.";
    let names = locs(t, &["Manchester", "Birmingham", "Liverpool"]);
    let (ents, _) = run(t, &names);
    for n in ["Manchester", "Birmingham", "Liverpool"] {
        assert_eq!(entity(&ents, n).country.as_deref(), Some("GB"), "{n}");
    }
}

#[test]
fn the_home_division_never_turns_a_country_into_a_town() {
    // An American article naming towns that share a state with a town called "China": the
    // country stays the country.
    let t = "Farmers in Vassalboro, Winslow and Augusta fear tariffs on imports from China.";
    let names = locs(t, &["Vassalboro", "Winslow", "Augusta", "China"]);
    let (ents, _) = run(t, &names);
    assert_eq!(entity(&ents, "China").country.as_deref(), Some("CN"));
}

#[test]
fn the_qualifier_is_the_division_that_has_the_town() {
    // "Washington" alone is the capital; after a town of Washington state, the state.
    let t = "Baker Mary Ann Lee of Tacoma, Washington shares her recipes.";
    let (ents, _) = run(t, &locs(t, &["Tacoma", "Washington"]));
    let wa = entity(&ents, "Washington");
    assert!(wa.lon.unwrap() < -115.0, "{wa:?}");
    assert!(entity(&ents, "Tacoma").lat.unwrap() > 46.0);
    // "Athens, Georgia": the state, and Athens there.
    let t = "She studied in Athens, Georgia.";
    let (ents, _) = run(t, &locs(t, &["Athens", "Georgia"]));
    assert_eq!(entity(&ents, "Georgia").country.as_deref(), Some("US"));
    assert_eq!(entity(&ents, "Athens").country.as_deref(), Some("US"));
    // Must not fire: "Tbilisi, Georgia" is the country.
    let t = "Talks opened in Tbilisi, Georgia.";
    let (ents, _) = run(t, &locs(t, &["Tbilisi", "Georgia"]));
    assert_eq!(entity(&ents, "Georgia").country.as_deref(), Some("GE"));
}

#[test]
fn an_unknown_town_is_placed_in_its_qualifier() {
    // Stroud is known in England, not in Ontario: the town is placed in Ontario.
    let t = "The truck was stopped in Stroud, Ontario, on Monday.";
    let (ents, _) = run(t, &locs(t, &["Stroud", "Ontario"]));
    let e = entity(&ents, "Stroud");
    assert_eq!(e.country.as_deref(), Some("CA"));
    assert!(e.lon.unwrap() < -70.0);
    // Must not fire: a known town of the division keeps its own point and id.
    let t = "The truck was stopped in Barrie, Ontario, on Monday.";
    let (ents, _) = run(t, &locs(t, &["Barrie", "Ontario"]));
    assert!(entity(&ents, "Barrie").geonameid.is_some());
}

#[test]
fn lists_of_places_are_no_qualifiers() {
    let t = "Cases were reported in Burkina Faso, Cameroon, Chad and Mali.";
    let names = locs(t, &["Burkina Faso", "Cameroon", "Chad", "Mali"]);
    let (ents, _) = run(t, &names);
    assert_eq!(entity(&ents, "Burkina Faso").country.as_deref(), Some("BF"));
    assert_eq!(entity(&ents, "Chad").country.as_deref(), Some("TD"));
    // A country before another country or a division is listed, not qualified: no town of
    // the second name's country stands for the first.
    for (t, places, name, cc) in [
        (
            "Many countries, among them China, Japan, and Britain, have asked for data.",
            &["China", "Japan", "Britain"][..],
            "China",
            "CN",
        ),
        (
            "The outbreak reached Ghana, Niger, Nigeria and Togo.",
            &["Ghana", "Niger", "Nigeria", "Togo"][..],
            "Niger",
            "NE",
        ),
        // Must not fire: a town is still qualified by its country.
        (
            "The plant in Kingston, Jamaica closed.",
            &["Kingston", "Jamaica"][..],
            "Kingston",
            "JM",
        ),
    ] {
        assert_eq!(country_in(t, places, name).as_deref(), Some(cc), "{t}");
    }
    let t = "Flights link Stroud, Ontario and Quebec.";
    let names = locs(t, &["Stroud", "Ontario", "Quebec"]);
    let (ents, _) = run(t, &names);
    assert_ne!(entity(&ents, "Stroud").country.as_deref(), Some("CA"));
}

#[test]
fn a_name_used_as_a_town_is_a_town_even_with_no_other_place() {
    let t = "A Delta police officer has been called to testify at the inquiry.";
    let (ents, _) = run(t, &locs(t, &["Delta"]));
    assert_eq!(entity(&ents, "Delta").country.as_deref(), Some("CA"));
    // With no other place, a state used as a town's name stays the state: there is no city
    // that "Ohio" commonly means.
    let t = "An Ohio man was charged on Monday.";
    let (ents, _) = run(t, &[at(t, "Ohio", 0, Label::LOC)]);
    assert_eq!(entity(&ents, "Ohio").geonameid, Some(5165418));
    // Nor does a country, with nothing else to go by.
    let t = "Jordan residents were evacuated on Monday.";
    let (ents, _) = run(t, &locs(t, &["Jordan"]));
    assert_eq!(entity(&ents, "Jordan").country.as_deref(), Some("JO"));
    // Must not fire: the same names without a town's use.
    let t = "Oil was found in Delta. Jordan signed the treaty.";
    let (ents, _) = run(t, &locs(t, &["Delta", "Jordan"]));
    assert_eq!(entity(&ents, "Delta").country.as_deref(), Some("NG"));
    assert_eq!(entity(&ents, "Jordan").country.as_deref(), Some("JO"));
}

#[test]
fn a_name_coordinated_with_a_division_is_a_division() {
    let t = "He supported the Oregon and Washington laws on the matter.";
    let (ents, _) = run(t, &locs(t, &["Oregon", "Washington"]));
    assert!(entity(&ents, "Washington").lon.unwrap() < -115.0);
    let t = "Storms hit Alabama and Georgia overnight.";
    let (ents, _) = run(t, &locs(t, &["Alabama", "Georgia"]));
    assert_eq!(entity(&ents, "Georgia").country.as_deref(), Some("US"));
    // Must not fire: capitals and countries together stay themselves.
    let t = "Envoys from Washington and Moscow met in Armenia and Georgia.";
    let names = locs(t, &["Washington", "Moscow", "Armenia", "Georgia"]);
    let (ents, _) = run(t, &names);
    assert!(entity(&ents, "Washington").lon.unwrap() > -80.0);
    assert_eq!(entity(&ents, "Georgia").country.as_deref(), Some("GE"));
}

#[test]
fn an_unknown_place_takes_the_country_the_article_lies_in() {
    let t = "Crews closed Frenchmen Street in New Orleans after a storm hit Baton Rouge and \
             Lafayette.";
    let names = locs(
        t,
        &[
            "Frenchmen Street",
            "New Orleans",
            "Baton Rouge",
            "Lafayette",
        ],
    );
    let (ents, _) = run(t, &names);
    let e = entity(&ents, "Frenchmen Street");
    assert_eq!(e.country.as_deref(), Some("US"));
    assert_eq!((e.lat, e.geonameid), (None, None));
    // Must not fire: an article spread over several countries, or a name joining places.
    let t = "Frenchmen Street is busy; flights from Paris, Tokyo and Lima land in Baton Rouge. \
             The Xyzzy-Pakistan border is quiet.";
    let names = locs(
        t,
        &[
            "Frenchmen Street",
            "Paris",
            "Tokyo",
            "Lima",
            "Baton Rouge",
            "Xyzzy-Pakistan",
        ],
    );
    let (ents, _) = run(t, &names);
    assert_eq!(entity(&ents, "Frenchmen Street").country, None);
    assert_eq!(entity(&ents, "Xyzzy-Pakistan").country, None);
    // Known places joined by a hyphen are places each (see `places_joined_by_hyphens...`).
    let t = "Flights land in Lafayette, Baton Rouge and New Orleans. The India-Pakistan border \
             is quiet.";
    let names = locs(
        t,
        &["Lafayette", "Baton Rouge", "New Orleans", "India-Pakistan"],
    );
    let (ents, _) = run(t, &names);
    assert_eq!(entity(&ents, "India").country.as_deref(), Some("IN"));
    assert_eq!(entity(&ents, "Pakistan").country.as_deref(), Some("PK"));
}

#[test]
fn person_tagged_towns_after_a_person_and_of_are_places() {
    let t = "Tom Beccaro of Lafayette spoke first. Later Robin Garcia, 32, of Columbus died. \
             In Columbus, firefighters agreed. The police in Dayton said so.";
    let (_, ms) = run(
        t,
        &[
            at(t, "Tom Beccaro", 0, Label::PER),
            at(t, "Lafayette", 0, Label::PER),
            at(t, "Robin Garcia", 0, Label::PER),
            at(t, "Columbus", 0, Label::PER),
            at(t, "Columbus", 1, Label::PER),
            at(t, "Dayton", 0, Label::LOC),
        ],
    );
    assert_eq!(mention_at(t, &ms, "Lafayette", 0).label, Label::LOC);
    assert_eq!(mention_at(t, &ms, "Columbus", 0).label, Label::LOC);
    assert_eq!(mention_at(t, &ms, "Columbus", 1).label, Label::LOC);
    // Must not fire: "of" after a common noun, and people who are no places.
    let t = "He is a friend of Jordan and a student of Tom Lee.";
    let (_, ms) = run(
        t,
        &[
            at(t, "Jordan", 0, Label::PER),
            at(t, "Tom Lee", 0, Label::PER),
        ],
    );
    assert_eq!(mention_at(t, &ms, "Jordan", 0).label, Label::PER);
    assert_eq!(mention_at(t, &ms, "Tom Lee", 0).label, Label::PER);
}

#[test]
fn organisation_tagged_division_abbreviations_used_as_places_are_places() {
    let t = "Cases rose in NSW and Queensland. Both the B.C. and Ontario governments acted.";
    let (_, ms) = run(
        t,
        &[
            at(t, "NSW", 0, Label::ORG),
            at(t, "Queensland", 0, Label::LOC),
            at(t, "B.C.", 0, Label::ORG),
            at(t, "Ontario", 0, Label::LOC),
        ],
    );
    assert_eq!(mention_at(t, &ms, "NSW", 0).label, Label::LOC);
    assert_eq!(mention_at(t, &ms, "B.C.", 0).label, Label::LOC);
    // Must not fire: the abbreviation as an organisation's name, and other acronyms.
    let t = "The NSW said it would appeal. Officials in NATO and Ontario agreed.";
    let (_, ms) = run(
        t,
        &[
            at(t, "NSW", 0, Label::ORG),
            at(t, "NATO", 0, Label::ORG),
            at(t, "Ontario", 0, Label::LOC),
        ],
    );
    assert_eq!(mention_at(t, &ms, "NSW", 0).label, Label::ORG);
    assert_eq!(mention_at(t, &ms, "NATO", 0).label, Label::ORG);
    // Tagged MISC ("the B.C. government"), or before a road's number ("S.C. 5"), the
    // abbreviation names the division too; other acronyms tagged MISC stay as tagged.
    let t = "The B.C. government will widen S.C. 5 next year, the EU said.";
    let names = [
        at(t, "B.C.", 0, Label::MISC),
        at(t, "S.C.", 0, Label::ORG),
        at(t, "EU", 0, Label::MISC),
    ];
    let (ents, ms) = run(t, &names);
    assert_eq!(mention_at(t, &ms, "B.C.", 0).label, Label::LOC);
    assert_eq!(mention_at(t, &ms, "S.C.", 0).label, Label::LOC);
    assert_eq!(mention_at(t, &ms, "EU", 0).label, Label::MISC);
    assert_eq!(entity(&ents, "S.C.").country.as_deref(), Some("US"));
}

#[test]
fn a_place_after_a_person_and_of_is_a_town() {
    let t = "She is survived by a son, Bryan Rittle of Lebanon, and a sister in Myerstown.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Bryan Rittle", 0, Label::PER),
            at(t, "Lebanon", 0, Label::LOC),
            at(t, "Myerstown", 0, Label::LOC),
        ],
    );
    assert_eq!(entity(&ents, "Lebanon").country.as_deref(), Some("US"));
    // A state stays the state, and a country named like an American state is the state.
    let t = "Senators Tom Harkin of Iowa and Sam Nunn of Georgia met in Des Moines.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Tom Harkin", 0, Label::PER),
            at(t, "Iowa", 0, Label::LOC),
            at(t, "Sam Nunn", 0, Label::PER),
            at(t, "Georgia", 0, Label::LOC),
            at(t, "Des Moines", 0, Label::LOC),
        ],
    );
    assert!(entity(&ents, "Iowa")
        .geonameid
        .is_some_and(|id| id == 4862182));
    assert_eq!(entity(&ents, "Georgia").country.as_deref(), Some("US"));
    // Must not fire: "of" after a common noun.
    let t = "The president of Lebanon met officials in Myerstown.";
    let (ents, _) = run(t, &locs(t, &["Lebanon", "Myerstown"]));
    assert_eq!(entity(&ents, "Lebanon").country.as_deref(), Some("LB"));
}

#[test]
fn a_name_coordinating_two_organisations_is_no_full_name() {
    // The tagger ran two names together; the first one's later mentions stay its own.
    let t = "The Velmora and Trade Department signed it. Velmora said more.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Velmora and Trade Department", 0, Label::ORG),
            at(t, "Velmora", 1, Label::ORG),
        ],
    );
    assert_eq!(ents.len(), 2, "{ents:?}");
}

#[test]
fn names_listed_before_counties_are_counties() {
    // Names shared by towns and counties in many states; "counties" makes them counties, and
    // the counties they share a state in fit together.
    let t = "The state's largest counties, Douglas, Lancaster and Sarpy counties, grew fast.";
    let names = vec![
        at(t, "Douglas", 0, Label::LOC),
        at(t, "Lancaster", 0, Label::MISC),
        at(t, "Sarpy", 0, Label::LOC),
    ];
    let (ents, ms) = run(t, &names);
    for n in ["Douglas", "Lancaster", "Sarpy"] {
        let e = entity(&ents, n);
        assert_eq!(
            (e.label, e.country.as_deref()),
            (Label::LOC, Some("US")),
            "{e:?}"
        );
        // All three in the one state that has counties of all three names.
        assert!((e.lat.unwrap() - 41.0).abs() < 1.5, "{e:?}");
        assert!((e.lon.unwrap() + 96.5).abs() < 2.0, "{e:?}");
    }
    assert_eq!(mention_at(t, &ms, "Lancaster", 0).label, Label::LOC);
    // Must not fire: a state before "counties" is the state whose counties they are.
    let t = "Its rate is near the middle of Indiana counties this year.";
    let (ents, _) = run(t, &locs(t, &["Indiana"]));
    let e = entity(&ents, "Indiana");
    assert!(
        (e.lat.unwrap() - 40.0).abs() < 1.0 && (e.lon.unwrap() + 86.3).abs() < 1.5,
        "{e:?}"
    );
    // Must not fire: a name listed with places but not before "counties" keeps its own pick.
    let t = "Flights from Douglas, Lancaster and Sarpy were cancelled.";
    let (ents, _) = run(t, &locs(t, &["Douglas", "Lancaster", "Sarpy"]));
    assert_ne!(entity(&ents, "Douglas").country.as_deref(), Some("US"));
}

#[test]
fn places_in_party_designations_are_places() {
    let t =
        "Rep. Jane Roe, D-N.J., and Sen. John Doe (R-Fort Worth) spoke, as did Ann Poe, D-Calif.";
    let names = vec![
        at(t, "Jane Roe", 0, Label::PER),
        at(t, "D-N", 0, Label::MISC),
        at(t, "J.", 0, Label::LOC),
        at(t, "John Doe", 0, Label::PER),
        at(t, "R-Fort Worth", 0, Label::LOC),
        at(t, "Ann Poe", 0, Label::PER),
        at(t, "D-Calif", 0, Label::LOC),
    ];
    let (ents, ms) = run(t, &names);
    let nj = mention_at(t, &ms, "N.J.", 0);
    assert_eq!((nj.span.slice(t), nj.label), ("N.J.", Label::LOC));
    assert_eq!(entity(&ents, "N.J.").country.as_deref(), Some("US"));
    let fw = mention_at(t, &ms, "Fort Worth", 0);
    assert_eq!(fw.span.slice(t), "Fort Worth");
    let ca = mention_at(t, &ms, "Calif", 0);
    assert_eq!(ca.span.slice(t), "Calif.");
    assert!(ents[ca.entity.unwrap()].lon.unwrap() < -110.0);
    // The abbreviation without its full stop is the state too.
    let t2 = "House Speaker Ann Poe, D-Calif, said so.";
    let (ents2, _) = run(t2, &[at(t2, "Ann Poe", 0, Label::PER)]);
    let e = entity(&ents2, "Calif");
    assert!(e.lon.unwrap() < -110.0, "{e:?}");
    // Must not fire: a short word that no abbreviation is stays unknown.
    let t2 = "Passes for GA cost more.";
    let (ents2, _) = run(t2, &locs(t2, &["GA"]));
    assert!(entity(&ents2, "GA").lat.is_none());
    let t2 = "They met in Xqzv on Monday.";
    let (ents2, _) = run(t2, &locs(t2, &["Xqzv"]));
    assert!(entity(&ents2, "Xqzv").lat.is_none());
    // The people are untouched.
    assert_eq!(entity(&ents, "Jane Roe").label, Label::PER);
    // Must not fire: a hyphenated word, a letter-hyphen name that is no place, or no comma
    // or parenthesis before.
    let t = "The R-Xyzzy plan, a D-Day memorial and the T-Mobile deal. He backs D-Calif.";
    assert!(cluster::party_places(t).is_empty());
    assert!(cluster::party_places("Team (R-Rated) won").is_empty());
    assert!(cluster::party_places("").is_empty());
    assert!(cluster::party_places("é, D-").is_empty());
}

#[test]
fn two_counties_that_share_one_state_place_each_other_there() {
    // Each name is a county in several states; only one state has both.
    let t = "A former Hall County official was named to a Forsyth County post.";
    let (ents, _) = run(t, &locs(t, &["Hall County", "Forsyth County"]));
    let (hall, forsyth) = (
        entity(&ents, "Hall County"),
        entity(&ents, "Forsyth County"),
    );
    assert!(
        hall.lon.unwrap() > -90.0 && forsyth.lon.unwrap() > -90.0,
        "{hall:?} {forsyth:?}"
    );
    assert!((hall.lat.unwrap() - forsyth.lat.unwrap()).abs() < 1.0);
    // Must not fire for towns: a city keeps its own pick next to a small namesake's state.
    let t = "Jane Doe, 23, of San Diego, was stopped near Garden City.";
    let (ents, _) = run(t, &locs(t, &["San Diego", "Garden City"]));
    assert!(entity(&ents, "San Diego").lon.unwrap() < -115.0);
}

#[test]
fn names_used_as_a_states_are_the_state() {
    // "Washington" alone is the capital; "Washington state" and its governor are the state.
    for t in [
        "A cow from a Washington state farm tested positive.",
        "The Washington Governor declared an emergency.",
        // A part of the region, in lower case: a state's, not a city's.
        "The team drove to central Washington to test the air.",
    ] {
        let (ents, _) = run(t, &locs(t, &["Washington"]));
        let e = entity(&ents, "Washington");
        assert!(e.lon.unwrap() < -115.0, "{t}: {e:?}");
    }
    // Must not fire: the capital in other uses, and a country before "state" ("Russia state
    // media") stays the country.
    let t = "Talks in Washington ended.";
    let (ents, _) = run(t, &locs(t, &["Washington"]));
    assert!(entity(&ents, "Washington").lon.unwrap() > -80.0);
    // Nor a compass word that is part of the name, or a part of a country ("southern
    // Georgia" stays the country the plain pick is).
    let t = "Talks in East Washington ended.";
    let (ents, _) = run(t, &locs(t, &["Washington"]));
    assert!(entity(&ents, "Washington").lon.unwrap() > -80.0);
    let t = "Shelling hit southern Georgia.";
    let (ents, _) = run(t, &locs(t, &["Georgia"]));
    assert_eq!(entity(&ents, "Georgia").country.as_deref(), Some("GE"));
    let t = "Russia state media said so.";
    let (ents, _) = run(t, &locs(t, &["Russia"]));
    assert_eq!(entity(&ents, "Russia").geonameid, Some(2017370));
}

#[test]
fn states_and_counties_inside_organisation_names_place_the_article() {
    // "Rochester" alone is the larger city in New York; the county attorney's office named in
    // the article lies in Minnesota, where there is a Rochester too.
    let t = "A Rochester man was charged. The Olmsted County Attorney's Office said so.";
    let names = vec![
        at(t, "Rochester", 0, Label::LOC),
        at(t, "Olmsted County Attorney's Office", 0, Label::ORG),
    ];
    let (ents, ms) = run(t, &names);
    let r = entity(&ents, "Rochester");
    assert!(r.lon.unwrap() < -90.0, "{r:?}");
    // The organisation's place is a mention inside its name, of the county in Minnesota.
    let county = ms
        .iter()
        .find(|m| m.span.slice(t) == "Olmsted County")
        .expect("the county inside the office's name");
    assert_eq!(ents[county.entity.unwrap()].country.as_deref(), Some("US"));
    assert!(ents[county.entity.unwrap()].lon.unwrap() < -90.0);
    // Must not fire: an organisation named after a town whose name a division abroad shares
    // ("Alexandria Police") does not place the article in that division.
    let t =
        "Alexandria police found the car. The Alexandria Police Department said so in Virginia.";
    let names = vec![
        at(t, "Alexandria", 0, Label::LOC),
        at(t, "Alexandria Police Department", 0, Label::ORG),
        at(t, "Virginia", 0, Label::LOC),
    ];
    let (ents, _) = run(t, &names);
    assert_eq!(entity(&ents, "Alexandria").country.as_deref(), Some("US"));
}

#[test]
fn the_articles_currency_chooses_between_towns_of_one_name() {
    // A town name shared by a larger English town and smaller American ones: dollars make it
    // American, pounds English.
    for (t, cc) in [
        (
            "MANSFIELD — The City Council approved a $765,000 financing package.",
            "US",
        ),
        (
            "MANSFIELD — The council approved a £765,000 financing package.",
            "GB",
        ),
    ] {
        assert_eq!(
            country_in(t, &["MANSFIELD"], "MANSFIELD").as_deref(),
            Some(cc)
        );
    }
    // Must not fire: a country or capital stays itself, and mixed currencies say nothing.
    let t = "Aid to Jordan rose by $5 million, officials in London said.";
    for (name, cc) in [("Jordan", "JO"), ("London", "GB")] {
        assert_eq!(
            country_in(t, &["Jordan", "London"], name).as_deref(),
            Some(cc)
        );
    }
    assert_eq!(currency_country("It cost $5 or €4."), None);
    assert_eq!(currency_country(""), None);
}

#[test]
fn a_conversion_or_a_foreign_dollar_is_no_american_money() {
    // A wire service converts a sum into dollars in brackets; Australian and Hong Kong
    // dollars are not American; euros written as a word are euros.
    for t in [
        "Fines reach 35 million euros ($37.7 million).",
        "The fine was 35 million euro ($37.7 million).",
        "Profit rose to A$5 million.",
        "Shares closed at HK$12.",
        "It cost $5 and 4 euros.",
    ] {
        assert_eq!(currency_country(t), None, "{t}");
    }
    // Must not fire: dollars, American dollars, and a word that only contains "euro".
    for t in [
        "It cost $5.",
        "It cost US$5.",
        "The eurosceptic party spent $5.",
        "Neurons cost (roughly) $5.",
    ] {
        assert_eq!(currency_country(t), Some("US"), "{t}");
    }
}

#[test]
fn a_dateline_capital_is_not_moved_by_the_currency_alone() {
    // Wire datelines name capitals and big cities alone; dollars in the story do not make
    // PARIS a town in Texas.
    for (t, name, cc) in [
        ("PARIS (Reuters) - The fine was $5 million.", "PARIS", "FR"),
        (
            "BRUSSELS (Reuters) - The fine was $5 million.",
            "BRUSSELS",
            "BE",
        ),
        (
            "SYDNEY (Reuters) - The deal is worth $5 million.",
            "SYDNEY",
            "AU",
        ),
    ] {
        assert_eq!(country_in(t, &[name], name).as_deref(), Some(cc), "{t}");
    }
    // Must not fire: the article's own places still move it ("Paris" beside Texas towns),
    // and a smaller town still follows the money.
    let t = "PARIS (AP) - Lamar County officials in Texas approved $5 million for roads.";
    assert_eq!(
        country_in(t, &["PARIS", "Lamar County", "Texas"], "PARIS").as_deref(),
        Some("US")
    );
    let t = "MANSFIELD — The City Council approved a $765,000 financing package.";
    assert_eq!(
        country_in(t, &["MANSFIELD"], "MANSFIELD").as_deref(),
        Some("US")
    );
}

#[test]
fn places_joined_by_hyphens_are_places_each() {
    let t = "The river will crest in Fargo-Moorhead on Friday, before the Amsterdam-London leg.";
    let names = vec![
        at(t, "Fargo-Moorhead", 0, Label::LOC),
        at(t, "Amsterdam-London", 0, Label::LOC),
    ];
    let (ents, ms) = run(t, &names);
    for (name, cc) in [
        ("Fargo", "US"),
        ("Moorhead", "US"),
        ("Amsterdam", "NL"),
        ("London", "GB"),
    ] {
        let m = mention_at(t, &ms, name, 0);
        assert_eq!((m.span.slice(t), m.label), (name, Label::LOC));
        assert_eq!(
            ents[m.entity.unwrap()].country.as_deref(),
            Some(cc),
            "{name}"
        );
    }
    // Must not fire: a known place with a hyphen, a part that is no place, or a name the tagger
    // gave another label.
    let t =
        "Talks in Guinea-Bissau and Winston-Salem; the Xyzzy-London plan; Russian-American ties.";
    let names = vec![
        at(t, "Guinea-Bissau", 0, Label::LOC),
        at(t, "Winston-Salem", 0, Label::LOC),
        at(t, "Xyzzy-London", 0, Label::LOC),
        at(t, "Russian-American", 0, Label::MISC),
    ];
    for n in &names {
        assert_eq!(cluster::split_joined_places(t, n.clone()), vec![n.clone()]);
    }
    // Edge cases: hyphens at the ends, non-ASCII neighbours.
    let t = "-London- Zürich-Genève";
    for (a, b) in [(0, 8), (9, t.len())] {
        let n = NameMention {
            span: Span::new(a, b),
            label: Label::LOC,
        };
        for p in cluster::split_joined_places(t, n) {
            assert!(t.is_char_boundary(p.span.start) && t.is_char_boundary(p.span.end));
        }
    }
}

#[test]
fn a_county_qualifies_the_town_before_it() {
    // "Rockingham" alone is a larger Australian city; after a comma, the English county has one.
    let t = "The race is at Rockingham, Northamptonshire, in August.";
    let places = ["Rockingham", "Northamptonshire"];
    assert_eq!(country_in(t, &places, "Rockingham").as_deref(), Some("GB"));
    // An unknown circuit is placed in its county.
    let t = "The race is at Xyzzy Park, Northamptonshire, in August.";
    let places = ["Xyzzy Park", "Northamptonshire"];
    assert_eq!(country_in(t, &places, "Xyzzy Park").as_deref(), Some("GB"));
    // Must not fire inside a list of places.
    let t = "Rockingham, Northamptonshire and Perth host the races.";
    let places = ["Rockingham", "Northamptonshire", "Perth"];
    assert_eq!(country_in(t, &places, "Rockingham").as_deref(), Some("AU"));
}

#[test]
fn untagged_names_in_a_county_list_are_counties() {
    // The tagger left "Preble" untagged: the list still reads through it, and it is a county.
    let t = "The fair is open to residents of Butler, Clark, Montgomery, Preble or Warren \
             counties in Ohio.";
    let names = vec![
        at(t, "Butler", 0, Label::MISC),
        at(t, "Clark", 0, Label::LOC),
        at(t, "Montgomery", 0, Label::LOC),
        at(t, "Warren", 0, Label::LOC),
        at(t, "Ohio", 0, Label::LOC),
    ];
    let (ents, ms) = run(t, &names);
    for n in ["Butler", "Clark", "Montgomery", "Preble", "Warren"] {
        let e = entity(&ents, n);
        assert_eq!(e.label, Label::LOC, "{e:?}");
        // Ohio's counties of those names (the state lies between 38.4-42 N, 80.5-84.8 W).
        let (lat, lon) = (e.lat.unwrap(), e.lon.unwrap());
        assert!(
            (38.4..42.0).contains(&lat) && (-84.9..-80.5).contains(&lon),
            "{e:?}"
        );
    }
    assert_eq!(mention_at(t, &ms, "Preble", 0).label, Label::LOC);
    // Must not fire: a capitalised word no county is named after ends the list, and words
    // outside a list before "counties" stay untagged.
    let t = "Voters in Springvale Xyzzy and Warren counties and in Preble voted.";
    let (ents, ms) = run(t, &[at(t, "Warren", 0, Label::LOC)]);
    assert!(ents.iter().all(|e| e.name != "Xyzzy" && e.name != "Preble"));
    assert_eq!(ms.len(), 1);
}

#[test]
fn person_tagged_small_towns_of_a_named_state_after_prepositions_are_places() {
    // Towns of a few hundred or thousand people: places after "from", "of" (after a person)
    // and "the city of" when the article names their state.
    let t = "Scouts from Neligh will collect food. Kaitlin Craig of Elida won in Ohio. \
             The city of Monroe has yet to vote. The troop went to Nebraska.";
    let names = vec![
        at(t, "Neligh", 0, Label::PER),
        at(t, "Kaitlin Craig", 0, Label::PER),
        at(t, "Elida", 0, Label::PER),
        at(t, "Ohio", 0, Label::LOC),
        at(t, "Monroe", 0, Label::PER),
        at(t, "Nebraska", 0, Label::LOC),
    ];
    let (ents, ms) = run(t, &names);
    for n in ["Neligh", "Elida", "Monroe"] {
        assert_eq!(mention_at(t, &ms, n, 0).label, Label::LOC, "{n}");
    }
    assert_eq!(entity(&ents, "Neligh").country.as_deref(), Some("US"));
    // Must not fire: the same small town with no state of its named stays a person, and a
    // person after "of" that is no town stays a person.
    let t = "Scouts from Neligh will collect food. The son of Kaitlin Craig won.";
    let (_, ms) = run(
        t,
        &[
            at(t, "Neligh", 0, Label::PER),
            at(t, "Kaitlin Craig", 0, Label::PER),
        ],
    );
    assert_eq!(mention_at(t, &ms, "Neligh", 0).label, Label::PER);
    assert_eq!(mention_at(t, &ms, "Kaitlin Craig", 0).label, Label::PER);
}

#[test]
fn an_indefinite_article_is_no_part_of_a_persons_name() {
    // "An Alton funeral director" is tagged as a person: the name is "Alton".
    let t = "An Alton funeral director was charged. His home is in Alton, police said.";
    let names = vec![
        at(t, "An Alton", 0, Label::PER),
        at(t, "Alton", 1, Label::PER),
    ];
    let (ents, ms) = run(t, &names);
    assert_eq!(ms[0].span.slice(t), "Alton");
    // The town throughout: "in Alton" shows it, and no other use outvotes it.
    let e = entity(&ents, "Alton");
    assert_eq!((e.label, e.mentions), (Label::LOC, 2), "{ents:?}");
    // Must not fire: a person's name after "An" that is not capitalised stays whole, and a
    // place keeps its article ("A Coruña").
    let t = "Talks with An der Berg failed. Flights to A Coruña resumed.";
    let (ents, _) = run(
        t,
        &[
            at(t, "An der Berg", 0, Label::PER),
            at(t, "A Coruña", 0, Label::LOC),
        ],
    );
    assert!(ents.iter().any(|e| e.name == "An der Berg"), "{ents:?}");
    assert!(ents.iter().any(|e| e.name == "A Coruña"), "{ents:?}");
    // Must not fire: a person named like a town, once after "to", stays a person where the
    // article names them as a person more often.
    let t = "Voters in Ohio turned to Clinton. Clinton won. Clinton thanked them.";
    let names = vec![
        at(t, "Ohio", 0, Label::LOC),
        at(t, "Clinton", 0, Label::PER),
        at(t, "Clinton", 1, Label::PER),
        at(t, "Clinton", 2, Label::PER),
    ];
    let (_, ms) = run(t, &names);
    assert_eq!(mention_at(t, &ms, "Clinton", 1).label, Label::PER);
    assert_eq!(mention_at(t, &ms, "Clinton", 2).label, Label::PER);
    // Nor the surname of a person named in full, however often it is a place.
    let t = "Ann Clinton spoke. Buses went to Clinton. Clinton thanked them.";
    let names = vec![
        at(t, "Ann Clinton", 0, Label::PER),
        at(t, "Clinton", 1, Label::PER),
        at(t, "Clinton", 2, Label::PER),
    ];
    let (_, ms) = run(t, &names);
    assert_eq!(mention_at(t, &ms, "Clinton", 2).label, Label::PER);
}

#[test]
fn places_named_after_a_place_follow_the_article() {
    // A hospital named after a town the article places in Texas lies there, not at the
    // namesake capital abroad; one named after a town the article names elsewhere lies at it.
    let t = "Dallas police drove the man to Paris Regional Hospital in Texas. \
             Later he left the Tyler Memorial Clinic, in Tyler.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Dallas", 0, Label::LOC),
            at(t, "Paris Regional Hospital", 0, Label::LOC),
            at(t, "Texas", 0, Label::LOC),
            at(t, "Tyler Memorial Clinic", 0, Label::LOC),
            at(t, "Tyler", 1, Label::LOC),
        ],
    );
    let h = entity(&ents, "Paris Regional Hospital");
    assert_eq!(h.country.as_deref(), Some("US"));
    assert!(h.lon.is_some_and(|lo| lo < -90.0), "{h:?}");
    assert_eq!(h.geonameid, None);
    let town = entity(&ents, "Tyler");
    let clinic = entity(&ents, "Tyler Memorial Clinic");
    assert_eq!((clinic.lat, clinic.lon), (town.lat, town.lon));
    // Must not fire: with no place of the article in that country, the namesake stays.
    let t = "Staff at the Paris Regional Hospital went on strike.";
    let (ents, _) = run(t, &[at(t, "Paris Regional Hospital", 0, Label::LOC)]);
    assert_eq!(
        entity(&ents, "Paris Regional Hospital").country.as_deref(),
        Some("FR")
    );
    // Nor does a country of the same name replace a state of the article's country.
    let t = "Atlanta doctors joined the Northeast Georgia Medical Center in Gainesville.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Atlanta", 0, Label::LOC),
            at(t, "Northeast Georgia Medical Center", 0, Label::LOC),
        ],
    );
    assert_eq!(
        entity(&ents, "Northeast Georgia Medical Center")
            .country
            .as_deref(),
        Some("US")
    );
}

#[test]
fn a_dateline_run_into_the_headline_is_a_town() {
    // "Headline . TOWN (AP) —": the town of the article's state, not the country of that name.
    let t = "Jury hears Ohio case . LEBANON (AP) — An Ohio jury heard the case on Monday.";
    let names = [
        at(t, "Ohio", 0, Label::LOC),
        at(t, "LEBANON", 0, Label::LOC),
        at(t, "Ohio", 1, Label::LOC),
    ];
    let (ents, _) = run(t, &names);
    assert_eq!(entity(&ents, "LEBANON").country.as_deref(), Some("US"));
    // Must not fire: a capitalised name after a sentence with no bracket or dash after it.
    let t = "Jury hears Ohio case . LEBANON WON the vote in Ohio.";
    let names = [
        at(t, "Ohio", 0, Label::LOC),
        at(t, "LEBANON", 0, Label::LOC),
        at(t, "Ohio", 1, Label::LOC),
    ];
    let (ents, _) = run(t, &names);
    assert_eq!(entity(&ents, "LEBANON").country.as_deref(), Some("LB"));
}

#[test]
fn names_with_towns_close_together_pick_those_towns() {
    // Two names that each have bigger namesakes elsewhere, but towns of both within a few
    // kilometres of each other in one state: those towns.
    let t = "Crews drove from Lexington to Concord on Monday.";
    let (ents, _) = run(t, &locs(t, &["Lexington", "Concord"]));
    for name in ["Lexington", "Concord"] {
        let e = entity(&ents, name);
        assert_eq!(e.country.as_deref(), Some("US"));
        assert!(
            e.lat.is_some_and(|la| la > 42.0) && e.lon.is_some_and(|lo| lo > -72.0),
            "{e:?}"
        );
    }
    // Must not fire: names whose towns lie far apart keep their biggest namesakes.
    let t = "Crews drove from Lexington to Fresno on Monday.";
    let (ents, _) = run(t, &locs(t, &["Lexington", "Fresno"]));
    assert!(entity(&ents, "Lexington").lon.is_some_and(|lo| lo < -84.0));
    // Nor does a town close to another name turn a country into that town.
    let t = "He moved from Italy to Waxahachie, Texas.";
    let (ents, _) = run(t, &locs(t, &["Italy", "Waxahachie", "Texas"]));
    assert_eq!(entity(&ents, "Italy").country.as_deref(), Some("IT"));
}

#[test]
fn a_country_stays_a_country_among_towns_of_its_name() {
    let towns = [
        "Waxahachie",
        "Ennis",
        "Corsicana",
        "Midlothian",
        "Texas",
        "Italy",
    ];
    let italy = |t: &str| {
        let (ents, _) = run(t, &locs(t, &towns));
        entity(&ents, "Italy").country.clone()
    };
    // An article about the towns around one that shares a country's name: the country.
    let t = "Growers in Waxahachie, Ennis, Corsicana and Midlothian, Texas, sold cotton to Italy.";
    assert_eq!(italy(t).as_deref(), Some("IT"));
    // Must not fire: used as a town's name, it is the town.
    let t = "Growers in Waxahachie, Ennis, Corsicana and Midlothian, Texas, met an Italy woman.";
    assert_eq!(italy(t).as_deref(), Some("US"));
}

#[test]
fn a_town_used_as_a_town_is_the_one_near_another_name() {
    // "Lebanon" used as a person's home: of its American towns, the one that lies in the
    // county the article names (Indiana), not the one that shares a state with the biggest
    // county of that name (Missouri).
    let t = "Jane Doe, 60, Lebanon, was arrested Thursday. She has no record in Boone County.";
    let names = vec![
        at(t, "Jane Doe", 0, Label::PER),
        at(t, "Lebanon", 0, Label::LOC),
        at(t, "Boone County", 0, Label::LOC),
    ];
    let (ents, _) = run(t, &names);
    for name in ["Lebanon", "Boone County"] {
        let e = entity(&ents, name);
        assert!(
            e.lat.is_some_and(|la| (39.5..40.5).contains(&la))
                && e.lon.is_some_and(|lo| (-87.0..-86.0).contains(&lo)),
            "{e:?}"
        );
    }
    // Must not fire: the name used as a country's stays the country.
    let t = "Aid to Lebanon was discussed by farmers in Boone County.";
    assert_eq!(
        country_in(t, &["Lebanon", "Boone County"], "Lebanon").as_deref(),
        Some("LB")
    );
}

#[test]
fn a_division_named_after_its_city_reads_as_the_city() {
    // The Egyptian governorate of Alexandria is named after its city: beside a town close
    // to an American Alexandria, the name is that town's.
    let t = "Schools in Alexandria and Fairfax reopened on Monday.";
    let (ents, _) = run(t, &locs(t, &["Alexandria", "Fairfax"]));
    let e = entity(&ents, "Alexandria");
    assert_eq!(e.country.as_deref(), Some("US"), "{e:?}");
    assert!(e.lon.is_some_and(|lo| lo < -76.0), "{e:?}");
    // Must not fire: alone, it is the Egyptian city (its point, not the division's).
    let t = "Ships sailed from Alexandria on Monday.";
    let (ents, _) = run(t, &locs(t, &["Alexandria"]));
    let e = entity(&ents, "Alexandria");
    assert_eq!(e.country.as_deref(), Some("EG"));
    let g = gazetteer();
    let city = g
        .lookup("Alexandria")
        .iter()
        .map(|h| &g.places[h.place as usize])
        .find(|p| p.kind == Kind::City && p.country == Some("EG"))
        .expect("the city");
    assert_eq!(e.geonameid, city.geonameid);
    // Nor does a division named otherwise than its towns lose its rank: a state.
    let t = "Schools in Ohio and Fairfax reopened on Monday.";
    let (ents, _) = run(t, &locs(t, &["Ohio", "Fairfax"]));
    assert_eq!(entity(&ents, "Ohio").geonameid, Some(5165418));
}

#[test]
fn an_article_before_a_place_name_is_no_part_of_an_organisation() {
    // "An Olmsted County jury" read as one organisation: the county is named, and places the
    // article's Rochester in Minnesota.
    let t = "A Rochester man was acquitted. An Olmsted County jury found him not guilty.";
    let names = vec![
        at(t, "Rochester", 0, Label::LOC),
        at(t, "An Olmsted County", 0, Label::ORG),
    ];
    let (ents, ms) = run(t, &names);
    assert!(entity(&ents, "Rochester").lon.unwrap() < -90.0);
    assert!(ms.iter().any(|m| m.span.slice(t) == "Olmsted County"));
    // Must not fire: an organisation whose name is no place keeps its article.
    let t = "A Better Chance gave him a grant.";
    let (_, ms) = run(t, &[at(t, "A Better Chance", 0, Label::ORG)]);
    assert_eq!(ms[0].span.slice(t), "A Better Chance");
}

#[test]
fn a_name_surely_meaning_a_city_abroad_is_that_city_where_its_country_is_named() {
    let places = [
        "Victoria",
        "New South Wales",
        "Melbourne",
        "Canada",
        "Toronto",
    ];
    // "Toronto" holds nearly all people of the towns of its name: with Canada named, the
    // Australian places around its small Australian namesake do not make it that town.
    let t = "Cases rose in Victoria, New South Wales and Melbourne, and in Canada, where Toronto \
             reported two.";
    assert_eq!(country_in(t, &places, "Toronto").as_deref(), Some("CA"));
    // Must not fire: with the city's country unnamed, the article's places choose.
    let t = "Cases rose in Victoria, New South Wales and Melbourne, where Toronto reported two.";
    let places = ["Victoria", "New South Wales", "Melbourne", "Toronto"];
    assert_eq!(country_in(t, &places, "Toronto").as_deref(), Some("AU"));
}

#[test]
fn a_qualified_name_coordinated_with_a_division_keeps_its_qualifier() {
    let t = "Fans came from as far as Texas and Washington, D.C., to eat there.";
    let (ents, _) = run(t, &locs(t, &["Texas", "Washington", "D.C."]));
    let w = entity(&ents, "Washington");
    assert!(w.lon.is_some_and(|lo| lo > -80.0), "{w:?}");
    // Must not fire: unqualified, the name coordinated with a state is the state.
    let t = "Fans came from as far as Texas and Washington to eat there.";
    let (ents, _) = run(t, &locs(t, &["Texas", "Washington"]));
    let w = entity(&ents, "Washington");
    assert!(w.lon.is_some_and(|lo| lo < -115.0), "{w:?}");
    // Nor in a list of states that goes on after the next name.
    let t = "Cases were found in Texas, Washington, West Virginia and Wyoming.";
    let (ents, _) = run(
        t,
        &locs(t, &["Texas", "Washington", "West Virginia", "Wyoming"]),
    );
    let w = entity(&ents, "Washington");
    assert!(w.lon.is_some_and(|lo| lo < -115.0), "{w:?}");
}

#[test]
fn organisation_tagged_towns_listed_with_places_are_places() {
    let t = "An annexation plan for Decatur and Avondale Estates was filed.";
    let names = vec![
        at(t, "Decatur", 0, Label::LOC),
        at(t, "Avondale Estates", 0, Label::ORG),
    ];
    let (_, ms) = run(t, &names);
    assert_eq!(mention_at(t, &ms, "Avondale Estates", 0).label, Label::LOC);
    // Must not fire: an organisation whose name is no town stays one.
    let t = "The plan for Decatur and Acme Holdings was filed.";
    let names = vec![
        at(t, "Decatur", 0, Label::LOC),
        at(t, "Acme Holdings", 0, Label::ORG),
    ];
    let (_, ms) = run(t, &names);
    assert_eq!(mention_at(t, &ms, "Acme Holdings", 0).label, Label::ORG);
}

#[test]
fn an_address_and_a_towns_government_make_a_name_a_towns() {
    // The town of an address, beside a town close to one of its namesakes.
    let t = "Bring it to 1301 Lafayette Ave., Lebanon. Residents of Zionsville may come too.";
    let (ents, _) = run(t, &locs(t, &["Lebanon", "Zionsville"]));
    let e = entity(&ents, "Lebanon");
    assert!(
        e.lon.is_some_and(|lo| (-87.0..-86.0).contains(&lo)),
        "{e:?}"
    );
    // Must not fire: after a comma that ends no address, the country.
    let t = "Bring aid to Syria, Lebanon. Residents of Zionsville may come too.";
    let (ents, _) = run(t, &locs(t, &["Syria", "Lebanon", "Zionsville"]));
    assert_eq!(entity(&ents, "Lebanon").country.as_deref(), Some("LB"));
    // A town's government named beside the name, in an article about an American county.
    let t = "The City of Paris backed the tree project in Paris, funded by the Edgar County \
             Community Foundation.";
    let names = vec![
        at(t, "City of Paris", 0, Label::ORG),
        at(t, "Paris", 1, Label::LOC),
        at(t, "Edgar County Community Foundation", 0, Label::ORG),
    ];
    let (ents, _) = run(t, &names);
    assert_eq!(entity(&ents, "Paris").country.as_deref(), Some("US"));
    // Must not fire: without it, the capital.
    let t = "The board backed the tree project in Paris, funded by the Edgar County Community \
             Foundation.";
    let names = vec![
        at(t, "Paris", 0, Label::LOC),
        at(t, "Edgar County Community Foundation", 0, Label::ORG),
    ];
    let (ents, _) = run(t, &names);
    assert_eq!(entity(&ents, "Paris").country.as_deref(), Some("FR"));
}

#[test]
fn a_list_right_after_counties_lists_counties() {
    let places = ["Nebraska", "Douglas", "Lancaster", "Sarpy"];
    let t = "In Nebraska, the three largest counties — Douglas, Lancaster and Sarpy — grew.";
    let (ents, _) = run(t, &locs(t, &places));
    let e = entity(&ents, "Lancaster");
    assert!(
        e.lat.is_some_and(|la| (40.0..41.5).contains(&la))
            && e.lon.is_some_and(|lo| (-97.5..-96.0).contains(&lo)),
        "{e:?}"
    );
    // Must not fire: names after the noun but not right after it are what they are.
    let t = "In Nebraska, the counties grew, said officials from Douglas, Lancaster and Sarpy.";
    let (ents, _) = run(t, &locs(t, &places));
    let e = entity(&ents, "Lancaster");
    assert!(
        e.lon.is_some_and(|lo| !(-100.0..=-90.0).contains(&lo)),
        "{e:?}"
    );
}

#[test]
fn corporate_officer_titles_and_an_official_in_an_office_are_roles() {
    let t = "Chief Financial Officer Jo Kress told analysts supply was tight. \
             Ben Sterling, a senior official in that office, said turnout was high. \
             Al Price, a teacher in Ohio, said schools were full.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Jo Kress", 0, Label::PER),
            at(t, "Ben Sterling", 0, Label::PER),
            at(t, "Al Price", 0, Label::PER),
            at(t, "Ohio", 0, Label::LOC),
        ],
    );
    assert_eq!(
        entity(&ents, "Jo Kress").role.as_deref(),
        Some("Chief Financial Officer")
    );
    assert_eq!(
        entity(&ents, "Ben Sterling").role.as_deref(),
        Some("senior official in that office")
    );
    // Must not fire: a phrase whose head is no title.
    assert_eq!(entity(&ents, "Al Price").role, None);
}

#[test]
fn a_demonym_follows_the_articles_place_of_its_countrys_name() {
    let t = "Voters in Georgia went to the polls in Atlanta. Many Georgians voted early.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Georgia", 0, Label::LOC),
            at(t, "Atlanta", 0, Label::LOC),
            at(t, "Georgians", 0, Label::NORP),
        ],
    );
    assert_eq!(entity(&ents, "Georgia").country.as_deref(), Some("US"));
    assert_eq!(entity(&ents, "Georgians").country.as_deref(), Some("US"));
    // Must not fire: the adjective, and the country itself named.
    let t = "Voters in Georgia went to the polls in Atlanta. A Georgian court ruled.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Georgia", 0, Label::LOC),
            at(t, "Atlanta", 0, Label::LOC),
            at(t, "Georgian", 0, Label::NORP),
        ],
    );
    assert_eq!(entity(&ents, "Georgian").country.as_deref(), Some("GE"));
    let t = "Troops left Tbilisi, the capital of Georgia. Many Georgians fled.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Tbilisi", 0, Label::LOC),
            at(t, "Georgia", 0, Label::LOC),
            at(t, "Georgians", 0, Label::NORP),
        ],
    );
    assert_eq!(entity(&ents, "Georgians").country.as_deref(), Some("GE"));
}

#[test]
fn an_apposition_before_a_name_may_follow_a_conjunction() {
    let t =
        "Several lawmakers objected, and the opposition leader, Jo Baden, called the cuts cruel.";
    let (ents, _) = run(t, &[at(t, "Jo Baden", 0, Label::PER)]);
    assert_eq!(
        entity(&ents, "Jo Baden").role.as_deref(),
        Some("opposition leader")
    );
    // Must not fire: a conjunction joining two names is no role.
    let t = "Ann Lee, and the voters, Jo Baden, agreed.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Ann Lee", 0, Label::PER),
            at(t, "Jo Baden", 0, Label::PER),
        ],
    );
    assert_eq!(entity(&ents, "Jo Baden").role, None);
}

#[test]
fn an_untagged_acronym_of_an_organisation_named_in_full_joins_it() {
    let t = "WHO warns of measles\n\nThe World Health Organization said cases rose. \
             FTC Chair Lina Khan praised the Federal Trade Commission staff. The IMF agreed.";
    let (ents, ms) = run(
        t,
        &[
            at(t, "World Health Organization", 0, Label::ORG),
            at(t, "Lina Khan", 0, Label::PER),
            at(t, "Federal Trade Commission", 0, Label::ORG),
        ],
    );
    assert_eq!(entity(&ents, "World Health Organization").mentions, 2);
    assert_eq!(entity(&ents, "Federal Trade Commission").mentions, 2);
    assert_eq!(
        entity(&ents, "Lina Khan").role.as_deref(),
        Some("FTC Chair")
    );
    // Must not fire: capitals spelling no organisation of the article.
    assert!(ms.iter().all(|m| m.span.slice(t) != "IMF"));
}

#[test]
fn two_names_joined_by_and_split_when_each_is_named_alone() {
    let t = "Judge blocks merger of Varko and Lindmart\n\nVarko said it was disappointed. \
             Lindmart did not respond. Procter and Gamble rose.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Varko and Lindmart", 0, Label::ORG),
            at(t, "Varko", 1, Label::ORG),
            at(t, "Lindmart", 1, Label::ORG),
            at(t, "Procter and Gamble", 0, Label::ORG),
        ],
    );
    assert_eq!(entity(&ents, "Varko").mentions, 2);
    assert_eq!(entity(&ents, "Lindmart").mentions, 2);
    assert!(ents.iter().all(|e| e.name != "Varko and Lindmart"));
    // Must not fire: the parts are never named apart.
    assert_eq!(entity(&ents, "Procter and Gamble").mentions, 1);
}

#[test]
fn a_surname_spelt_like_a_nationality_and_a_short_form_read_as_misc_join_their_entity() {
    let t = "Police Officer Ella French died. French, 29, was a mother. French officials wrote. \
             Arm rose. Arm Holdings said sales grew. Arm said more.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Ella French", 0, Label::PER),
            at(t, "French", 1, Label::NORP),
            at(t, "French", 2, Label::NORP),
            at(t, "Arm", 0, Label::MISC),
            at(t, "Arm Holdings", 0, Label::ORG),
            at(t, "Arm", 2, Label::MISC),
        ],
    );
    let ella = entity(&ents, "Ella French");
    assert_eq!(ella.mentions, 2, "{ents:?}");
    let arm = entity(&ents, "Arm Holdings");
    assert_eq!((arm.label, arm.mentions), (Label::ORG, 3), "{ents:?}");
    // Must not fire: the nationality before a noun stays a nationality.
    assert!(ents.iter().any(|e| e.label == Label::NORP), "{ents:?}");
}

#[test]
fn a_direction_before_a_small_foreign_town_names_no_part_of_it() {
    // "the city's South Side" in a Chicago story is no part of Side, a Turkish town.
    let t = "Police in Chicago said the shooting on the city's South Side was the third.";
    assert_ne!(
        country_in(t, &["Chicago", "South Side"], "South Side").as_deref(),
        Some("TR")
    );
    // Must not fire: a division after a direction.
    let t = "Storms hit North Texas on Monday.";
    assert_eq!(
        country_in(t, &["North Texas"], "North Texas").as_deref(),
        Some("US")
    );
}

#[test]
fn towns_that_organisations_and_buildings_are_named_after_support_towns() {
    // "Middletown" has bigger namesakes elsewhere; the hospital and the police department
    // are named after the Hartford a few kilometres from one of them: that Middletown.
    let in_connecticut = |e: &Entity| {
        e.lat.is_some_and(|la| (41.3..41.8).contains(&la))
            && e.lon.is_some_and(|lo| (-73.0..-72.4).contains(&lo))
    };
    let t = "The driver, of Middletown, was taken to Hartford Hospital.";
    let names = locs(t, &["Middletown", "Hartford Hospital"]);
    let (ents, _) = run(t, &names);
    assert!(in_connecticut(entity(&ents, "Middletown")), "{ents:?}");
    // The town an organisation is named after.
    let beside_police_of = |town: &str| {
        let org = format!("{town} Police Department");
        let t = format!("The driver, of Middletown, spoke to the {org}.");
        let names = vec![
            at(&t, "Middletown", 0, Label::LOC),
            at(&t, &org, 0, Label::ORG),
        ];
        let (ents, _) = run(&t, &names);
        in_connecticut(entity(&ents, "Middletown"))
    };
    assert!(beside_police_of("Hartford"));
    // Must not fire: a namesake organisation whose town lies nowhere near any Middletown.
    assert!(!beside_police_of("Fresno"));
}

#[test]
fn an_unknown_place_in_a_local_story_lies_in_its_town() {
    // The story names a street, New Orleans twice, and two other towns.
    let story = |a: &str, b: &str| {
        let t = format!(
            "Crews closed Frenchmen Street in New Orleans. New Orleans police said storms hit \
             {a} and {b}."
        );
        let names = vec![
            at(&t, "Frenchmen Street", 0, Label::LOC),
            at(&t, "New Orleans", 0, Label::LOC),
            at(&t, "New Orleans", 1, Label::LOC),
            at(&t, a, 0, Label::LOC),
            at(&t, b, 0, Label::LOC),
        ];
        let (ents, _) = run(&t, &names);
        let city = entity(&ents, "New Orleans").clone();
        (entity(&ents, "Frenchmen Street").clone(), city)
    };
    // All its towns lie close to New Orleans, named most: the street the gazetteer lacks
    // takes its point (but no id, as the street itself is unknown).
    let (e, city) = story("Metairie", "Kenner");
    assert_eq!(e.country.as_deref(), Some("US"));
    assert_eq!((e.lat, e.lon, e.geonameid), (city.lat, city.lon, None));
    // Must not fire: a story whose towns lie hundreds of kilometres apart has no one town.
    let (e, _) = story("Shreveport", "Monroe");
    assert_eq!(e.country.as_deref(), Some("US"));
    assert_eq!(e.lat, None);
}

#[test]
fn a_place_of_a_places_possessive_lies_there() {
    // No Heathrow of London is known (only a town in Florida): London's Heathrow is in London.
    let t = "Crews work out of London's Heathrow, one of the busiest hubs.";
    let (ents, _) = run(t, &locs(t, &["London", "Heathrow"]));
    let (london, h) = (entity(&ents, "London"), entity(&ents, "Heathrow"));
    assert_eq!(h.country.as_deref(), Some("GB"));
    assert_eq!((h.lat, h.lon, h.geonameid), (london.lat, london.lon, None));
    // The same where an organisation named after the place follows the possessive, and the
    // place is named on its own after it.
    let t = "Staff of London's Heathrow Animal Reception Center said 400 horses passed \
             through Heathrow last year.";
    let names = [
        at(t, "London", 0, Label::LOC),
        at(t, "Heathrow Animal Reception Center", 0, Label::ORG),
        at(t, "Heathrow", 1, Label::LOC),
    ];
    let (ents, _) = run(t, &names);
    let (london, h) = (entity(&ents, "London"), entity(&ents, "Heathrow"));
    assert_eq!((h.lat, h.lon), (london.lat, london.lon), "{h:?}");
    // Must not fire: a place that lies in its owner keeps its own point ...
    let t = "Fans filled Florida's Heathrow on Sunday.";
    let (ents, _) = run(t, &locs(t, &["Florida", "Heathrow"]));
    let h = entity(&ents, "Heathrow");
    assert_eq!(h.country.as_deref(), Some("US"));
    assert!(h.geonameid.is_some());
    // ... and a country or capital after a state's possessive is a concern, not a part.
    let t = "Critics attacked Moscow's Kabul policy and Beijing's Ukraine stance.";
    let (ents, _) = run(t, &locs(t, &["Moscow", "Kabul", "Beijing", "Ukraine"]));
    assert_eq!(entity(&ents, "Kabul").country.as_deref(), Some("AF"));
    assert_eq!(entity(&ents, "Ukraine").country.as_deref(), Some("UA"));
}

#[test]
fn a_far_bigger_town_beats_a_single_weak_cue_of_another_country() {
    let near = |e: &Entity, lat: f64, lon: f64| {
        e.lat.is_some_and(|la| (la - lat).abs() < 1.0)
            && e.lon.is_some_and(|lo| (lo - lon).abs() < 1.0)
    };
    // A story set in the big city that quotes someone from a country with a small namesake:
    // one mention of that country does not outweigh a fourteenfold population gap.
    let t = "Officials in Boston said the plan would work. An expert from England agreed.";
    let (ents, _) = run(t, &locs(t, &["Boston", "England"]));
    let boston = entity(&ents, "Boston");
    assert_eq!(boston.country.as_deref(), Some("US"), "{boston:?}");
    assert!(near(boston, 42.36, -71.06));
    // Must not fire: a story that names the other country twice is set there.
    let t = "Floods hit Boston in England on Monday. England has had a wet year.";
    let names = vec![
        at(t, "Boston", 0, Label::LOC),
        at(t, "England", 0, Label::LOC),
        at(t, "England", 1, Label::LOC),
    ];
    let (ents, _) = run(t, &names);
    assert_eq!(entity(&ents, "Boston").country.as_deref(), Some("GB"));
    // A nationality word counts for its country: the American story keeps the American city
    // however often it names England.
    let t = "American officials in Boston said so. England agreed, and England paid.";
    let names = vec![
        at(t, "American", 0, Label::NORP),
        at(t, "Boston", 0, Label::LOC),
        at(t, "England", 0, Label::LOC),
        at(t, "England", 1, Label::LOC),
    ];
    let (ents, _) = run(t, &names);
    assert_eq!(entity(&ents, "Boston").country.as_deref(), Some("US"));
    // Must not fire: a smaller gap ("Portland", Oregon, is not ten times Maine's) leaves the
    // context to choose.
    let t = "Rain fell on Portland and across Maine.";
    let (ents, _) = run(t, &locs(t, &["Portland", "Maine"]));
    let portland = entity(&ents, "Portland");
    assert!(near(portland, 43.66, -70.26), "{portland:?}");
}

#[test]
fn a_far_bigger_town_beats_a_single_weak_cue_of_a_namesakes_division() {
    let near = |e: &Entity, lat: f64, lon: f64| {
        e.lat.is_some_and(|la| (la - lat).abs() < 1.0)
            && e.lon.is_some_and(|lo| (lo - lon).abs() < 1.0)
    };
    // One city named once in the state of a village that shares the big city's name is no
    // reason to read the village.
    let t = "The mayor of Boston declared an emergency, and hospitals in New York City filled.";
    let (ents, _) = run(t, &locs(t, &["Boston", "New York City"]));
    let boston = entity(&ents, "Boston");
    assert!(near(boston, 42.36, -71.06), "{boston:?}");
    // Must not fire: a town of the article close to the village places it there.
    let t = "Snow buried Boston and Hamburg on Monday, and crews from Orchard Park helped.";
    let (ents, _) = run(t, &locs(t, &["Boston", "Hamburg", "Orchard Park"]));
    let boston = entity(&ents, "Boston");
    assert!(near(boston, 42.63, -78.74), "{boston:?}");
}

#[test]
fn a_towns_short_name_after_its_full_name_is_that_town() {
    let near = |e: &Entity, lat: f64, lon: f64| {
        e.lat.is_some_and(|la| (la - lat).abs() < 0.2)
            && e.lon.is_some_and(|lo| (lo - lon).abs() < 0.2)
    };
    // "Avondale" is the own name of bigger towns elsewhere (Arizona); after "Avondale
    // Estates" it is that town.
    let t = "Voters in Avondale Estates approved the budget. Leaders in Avondale praised it.";
    let pair = |t: &str, full: &str, short: &str| {
        vec![at(t, full, 0, Label::LOC), at(t, short, 1, Label::LOC)]
    };
    let (ents, _) = run(t, &pair(t, "Avondale Estates", "Avondale"));
    let (full, short) = (entity(&ents, "Avondale Estates"), entity(&ents, "Avondale"));
    assert!(near(full, 33.77, -84.27), "{full:?}");
    assert_eq!((short.lat, short.lon), (full.lat, full.lon), "{short:?}");
    // Must not fire: a big city keeps its name, and a division is no town's short name.
    let t = "Anglers in New York Mills fished all day. Prices in New York rose.";
    let (ents, _) = run(t, &pair(t, "New York Mills", "New York"));
    let ny = entity(&ents, "New York");
    assert!(near(ny, 40.71, -74.01), "{ny:?}");
    let t = "Fans in Kansas City cheered. Farmers in Kansas did not.";
    let (ents, _) = run(t, &pair(t, "Kansas City", "Kansas"));
    let ks = entity(&ents, "Kansas");
    assert!(ks.lat.is_some_and(|la| (la - 39.1).abs() > 0.3), "{ks:?}");
}

#[test]
fn an_organisation_opening_with_an_ordinary_word_is_not_named_after_a_town() {
    // "Liberal" is a town in Kansas, but the party is no organisation of that town.
    let t = "The Liberal Democrats won seats, and the Green Party lost.";
    let names = vec![
        at(t, "Liberal Democrats", 0, Label::ORG),
        at(t, "Green Party", 0, Label::ORG),
    ];
    let (ents, _) = run(t, &names);
    for name in ["Liberal Democrats", "Green Party"] {
        let e = entity(&ents, name);
        assert_eq!((e.lat, e.geonameid), (None, None), "{e:?}");
    }
    // Must not fire: a place's pattern ("X Police Department") or a big town of the word.
    let t = "The Liberal Police Department thanked the Buffalo Bills.";
    let names = vec![
        at(t, "Liberal Police Department", 0, Label::ORG),
        at(t, "Buffalo Bills", 0, Label::ORG),
    ];
    let (ents, _) = run(t, &names);
    let police = entity(&ents, "Liberal Police Department");
    assert!(
        police.lat.is_some_and(|la| (la - 37.04).abs() < 0.5),
        "{police:?}"
    );
    let bills = entity(&ents, "Buffalo Bills");
    assert!(
        bills.lat.is_some_and(|la| (la - 42.89).abs() < 0.5),
        "{bills:?}"
    );
    // The word list is the gazetteer's: ordinary words, not town names that are no words.
    let g = gazetteer();
    assert!(g.ordinary_word("Liberal") && g.ordinary_word("GREEN"));
    assert!(!g.ordinary_word("Boston") && !g.ordinary_word("Wichita"));
}

#[test]
fn a_name_used_as_a_states_is_the_state_apart_from_the_city() {
    let t = "Crowds filled New York on Monday. Farms in upstate New York flooded, and the \
             New York state budget fell short, said the state of New York.";
    let names: Vec<NameMention> = (0..4).map(|k| at(t, "New York", k, Label::LOC)).collect();
    let (ents, ms) = run(t, &names);
    let of = |k: usize| &ents[mention_at(t, &ms, "New York", k).entity.unwrap()];
    let city = of(0);
    assert!(
        city.lat.is_some_and(|la| (la - 40.71).abs() < 0.2),
        "{city:?}"
    );
    for k in 1..4 {
        let state = of(k);
        assert_ne!(state.id, city.id, "mention {k}");
        assert_eq!(state.id, of(1).id);
        assert!(state.lat.is_some_and(|la| la > 41.5), "{state:?}");
        assert_eq!(state.country.as_deref(), Some("US"));
    }
    // Must not fire: plain mentions of the name stay one entity, the city.
    let t = "Crowds filled New York on Monday. New York police said the New York crowds left.";
    let names: Vec<NameMention> = (0..3).map(|k| at(t, "New York", k, Label::LOC)).collect();
    let (ents, _) = run(t, &names);
    assert_eq!(ents.len(), 1);
    assert!(ents[0].lat.is_some_and(|la| (la - 40.71).abs() < 0.2));
}

#[test]
fn a_qualifier_shared_by_several_divisions_is_the_one_with_the_biggest_town() {
    // Six states have a Richland County; two of them a Mansfield: Ohio's is the city.
    let t = "In Mansfield, Richland County Sheriff Ann Roe laid off deputies.";
    let (ents, _) = run(t, &locs(t, &["Mansfield", "Richland County"]));
    for name in ["Mansfield", "Richland County"] {
        let e = entity(&ents, name);
        assert!(
            e.lon.is_some_and(|lo| (-83.5..-82.0).contains(&lo)),
            "{e:?}"
        );
    }
    // Must not fire: a division still comes before a county ("Athens, Georgia").
    let t = "She moved to Athens, Georgia in May.";
    let (ents, _) = run(t, &locs(t, &["Athens", "Georgia"]));
    assert_eq!(entity(&ents, "Georgia").country.as_deref(), Some("US"));
    assert_eq!(entity(&ents, "Athens").country.as_deref(), Some("US"));
}

#[test]
fn a_town_division_and_country_are_one_address_not_a_list() {
    // No Stroud of Ontario is known: the town lies in Ontario at least, not in England.
    let t = "The men were arrested in Stroud, Ontario, Canada on Monday.";
    let (ents, _) = run(t, &locs(t, &["Stroud", "Ontario", "Canada"]));
    assert_eq!(entity(&ents, "Stroud").country.as_deref(), Some("CA"));
    // Must not fire: a list of divisions is a list ("Stroud, Ontario, Quebec").
    let names = [
        at(t, "Ontario", 0, Label::LOC),
        at(t, "Canada", 0, Label::LOC),
    ];
    let t2 = "The men were arrested in Stroud, Ontario, Quebec on Monday.";
    let names2 = locs(t2, &["Stroud", "Ontario", "Quebec"]);
    assert!(!division_of_country(t2, &names2[1], &names2[2]));
    assert!(division_of_country(t, &names[0], &names[1]));
}

#[test]
fn a_city_that_surely_means_its_name_keeps_it_against_namesakes_of_the_articles_names() {
    // Cities across the country: Denver, Alexandria and New Haven all have namesakes in
    // Pennsylvania, and New Haven, Conn. lies 300 km from Denver, Pa.; none of the article's
    // places lies in Pennsylvania.
    let t = "Finalists: Alexandria, Denver, Louisville, Ky., New Haven, Conn. and Surprise, Ariz. \
             Alexandria, Louisville and New Haven won before.";
    let mut names = locs(
        t,
        &[
            "Alexandria",
            "Denver",
            "Louisville",
            "Ky.",
            "New Haven",
            "Conn.",
            "Surprise",
            "Ariz.",
        ],
    );
    for n in ["Alexandria", "Louisville", "New Haven"] {
        names.push(at(t, n, 1, Label::LOC));
    }
    let (ents, _) = run(t, &names);
    let denver = entity(&ents, "Denver");
    assert!(denver.lon.is_some_and(|lo| lo < -100.0), "{denver:?}");
    // Must not fire: a town of the article close by places the name's namesake there.
    let t = "Crews worked in Denver and Ephrata on Monday.";
    let (ents, _) = run(t, &locs(t, &["Denver", "Ephrata"]));
    let denver = entity(&ents, "Denver");
    assert!(denver.lon.is_some_and(|lo| lo > -80.0), "{denver:?}");
}

#[test]
fn a_state_police_is_named_after_the_state_whatever_town_shares_its_name() {
    // Indiana, Pennsylvania is a town of 13,000; "Indiana State Police" is the state's.
    let t = "Richmond police called the Indiana State Police bomb squad to Richmond.";
    let names = vec![
        at(t, "Richmond", 0, Label::LOC),
        at(t, "Indiana State Police", 0, Label::ORG),
        at(t, "Richmond", 1, Label::LOC),
    ];
    let (ents, _) = run(t, &names);
    let r = entity(&ents, "Richmond");
    assert!(
        r.lon.is_some_and(|lo| (-85.5..-84.5).contains(&lo)),
        "{r:?}"
    );
    // Must not fire: without "State" the name may be the town's, and says nothing.
    let t = "Richmond police called the Indiana Police Department to Richmond.";
    let names = vec![
        at(t, "Richmond", 0, Label::LOC),
        at(t, "Indiana Police Department", 0, Label::ORG),
        at(t, "Richmond", 1, Label::LOC),
    ];
    let (ents, _) = run(t, &names);
    let r = entity(&ents, "Richmond");
    assert!(r.lon.is_some_and(|lo| lo > -80.0), "{r:?}");
}

#[test]
fn an_organisation_named_after_a_county_lies_in_the_articles_state() {
    // Ohio and Oregon have a Morrow County: the court lies in the state of the story's towns.
    let court_in = |town: &str, state: &str| {
        let t = format!("In {town}, {state}, the Morrow County Municipal Court cut staff.");
        let names = vec![
            at(&t, town, 0, Label::LOC),
            at(&t, state, 0, Label::LOC),
            at(&t, "Morrow County Municipal Court", 0, Label::ORG),
        ];
        let (ents, _) = run(&t, &names);
        entity(&ents, "Morrow County Municipal Court").lon
    };
    let ohio = court_in("Mount Gilead", "Ohio");
    assert!(
        ohio.is_some_and(|lo| (-84.0..-82.0).contains(&lo)),
        "{ohio:?}"
    );
    // Must not fire: in a story of Oregon towns, Oregon's.
    let oregon = court_in("Heppner", "Oregon");
    assert!(oregon.is_some_and(|lo| lo < -115.0), "{oregon:?}");
}

#[test]
fn an_organisation_named_after_a_shared_name_lies_in_the_articles_state() {
    // The name's places and the organisation's point (lon), with the first occurrence of
    // each place name a place mention.
    let org_lon = |t: &str, places: &[&str], org: &str| {
        let mut names = locs(t, places);
        names.push(at(t, org, 0, Label::ORG));
        let (ents, _) = run(t, &names);
        entity(&ents, org).lon
    };
    // A city of 100,000 that shares its name with towns of many more people (Amherst, New
    // York has 120,000 of the 200,000 in Amhersts) is no likelier than the Amherst of the
    // story's Massachusetts towns.
    let t = "Families from Chicopee and Holyoke toured Amherst College on Friday.";
    let lon = org_lon(t, &["Chicopee", "Holyoke"], "Amherst College");
    assert!(
        lon.is_some_and(|lo| (-73.0..-72.0).contains(&lo)),
        "{lon:?}"
    );
    // A county of any size: the biggest Jefferson County lies in Kentucky, but in a story of
    // Iowa towns the county is Iowa's.
    let t = "Officials in Ottumwa, Iowa, said the Jefferson County Board would meet.";
    let lon = org_lon(t, &["Ottumwa", "Iowa"], "Jefferson County Board");
    assert!(
        lon.is_some_and(|lo| (-93.0..-91.0).contains(&lo)),
        "{lon:?}"
    );
    // Must not fire: a single place of another state is a weak cue for a city of 100,000
    // (Rochester, New York, not a village of Illinois beside Chicago) ...
    let t = "A professor at the University of Rochester spoke in Chicago on Monday.";
    let lon = org_lon(t, &["Chicago"], "University of Rochester");
    assert!(
        lon.is_some_and(|lo| (-78.0..-77.0).contains(&lo)),
        "{lon:?}"
    );
    // ... nor does a city of 100,000 abroad move to an American town of its name ...
    let t = "Analysts at Oxford Economics said Dayton, Ohio, would gain jobs.";
    let lon = org_lon(t, &["Dayton", "Ohio"], "Oxford Economics");
    assert!(lon.is_some_and(|lo| (-2.0..0.0).contains(&lo)), "{lon:?}");
    // ... nor, in a sports report, a city of 100,000 that is a team's ("Cleveland" among
    // Texas games is Cleveland, Ohio's team) ...
    let t = "BASEBALL - ROUNDUP\nHouston beat Dallas 3-1 in Texas on Saturday, and the \
             Cleveland Indians lost 4-2 at Austin.";
    let lon = org_lon(
        t,
        &["Houston", "Dallas", "Texas", "Austin"],
        "Cleveland Indians",
    );
    assert!(
        lon.is_some_and(|lo| (-82.0..-81.0).contains(&lo)),
        "{lon:?}"
    );
    // ... and a city the name surely means stays itself.
    let t = "Reporters from Ottumwa, Iowa, read the Chicago Tribune.";
    let lon = org_lon(t, &["Ottumwa", "Iowa"], "Chicago Tribune");
    assert!(
        lon.is_some_and(|lo| (-88.0..-87.0).contains(&lo)),
        "{lon:?}"
    );
}

#[test]
fn a_dateline_capital_keeps_its_place_against_currency_names_and_weak_cues() {
    let t = "OTTAWA, May 2 (Reuters) - The Bank of Canada kept its policy rate at 4% on Tuesday. \
             The Canadian dollar slipped to 1.3620 to the U.S. dollar, or 73.42 U.S. cents.";
    let names = vec![
        at(t, "OTTAWA", 0, Label::LOC),
        at(t, "Reuters", 0, Label::ORG),
        at(t, "Bank of Canada", 0, Label::ORG),
        at(t, "Canadian", 0, Label::NORP),
        at(t, "U.S.", 0, Label::LOC),
        at(t, "U.S.", 1, Label::LOC),
    ];
    let (ents, _) = run(t, &names);
    let o = entity(&ents, "OTTAWA");
    assert_eq!(o.country.as_deref(), Some("CA"), "{o:?}");
    // The currency's country is still resolved as itself.
    assert_eq!(entity(&ents, "U.S.").country.as_deref(), Some("US"));
    // With no Canadian cue at all, the currency's "U.S." alone does not move the capital.
    let t = "OTTAWA, May 2 (Reuters) - The central bank kept its policy rate at 4% on Tuesday. \
             The currency slipped to 1.3620 to the U.S. dollar, or 73.42 U.S. cents.";
    let names = vec![
        at(t, "OTTAWA", 0, Label::LOC),
        at(t, "U.S.", 0, Label::LOC),
        at(t, "U.S.", 1, Label::LOC),
    ];
    let (ents, _) = run(t, &names);
    assert_eq!(entity(&ents, "OTTAWA").country.as_deref(), Some("CA"));
    // Must not fire: a dateline in a story that places itself firmly in a namesake's state
    // is the namesake town.
    let t = "OTTAWA (AP) - A fire closed a bridge in LaSalle County, Illinois, on Tuesday. \
             Illinois police said Streator and Peru crews helped.";
    let names = vec![
        at(t, "OTTAWA", 0, Label::LOC),
        at(t, "LaSalle County", 0, Label::LOC),
        at(t, "Illinois", 0, Label::LOC),
        at(t, "Illinois", 1, Label::LOC),
        at(t, "Streator", 0, Label::LOC),
        at(t, "Peru", 0, Label::LOC),
    ];
    let (ents, _) = run(t, &names);
    let o = entity(&ents, "OTTAWA");
    assert_eq!(o.country.as_deref(), Some("US"), "{o:?}");
    // A currency's qualifier is a name before "dollar(s)" or "cent(s)" only.
    let t = "the U.S. dollar, 5 U.S. cents, U.S. troops, U.S. centrists";
    let us = |nth| at(t, "U.S.", nth, Label::LOC);
    assert!(currency_use(t, &us(0)) && currency_use(t, &us(1)));
    assert!(!currency_use(t, &us(2)) && !currency_use(t, &us(3)));
}

#[test]
fn an_organisation_named_after_a_state_that_is_also_a_country_lies_in_the_articles_country() {
    // "Georgia" inside a party's name, the story's towns Georgian: the country, and the
    // place mention inside the name with it.
    let party = "Free Democrats of Georgia";
    let country_of = |t: &str, places: &[&str]| {
        let mut names = locs(t, places);
        names.push(at(t, party, 0, Label::ORG));
        let (ents, _) = run(t, &names);
        let org = entity(&ents, party).country.clone();
        let inner = ents
            .iter()
            .find(|e| e.name == "Georgia" && e.label == Label::LOC)
            .and_then(|e| e.country.clone());
        (org, inner)
    };
    let t = "Police in Kutaisi and Zugdidi detained activists of the Free Democrats of Georgia.";
    let (org, inner) = country_of(t, &["Kutaisi", "Zugdidi"]);
    assert_eq!(org.as_deref(), Some("GE"));
    assert_eq!(inner.as_deref(), Some("GE"));
    // Must not fire: in a story of towns in the American state, the state.
    let t = "Police in Valdosta and Macon detained activists of the Free Democrats of Georgia.";
    let (org, inner) = country_of(t, &["Valdosta", "Macon"]);
    assert_eq!(org.as_deref(), Some("US"));
    assert_eq!(inner.as_deref(), Some("US"));
}

#[test]
fn an_organisation_named_after_a_place_takes_the_articles_reading_of_it() {
    let t = "Strikes hit Gaza City and Khan Younis overnight, the Gaza Health Ministry said. \
             Dozens were killed across Gaza.";
    let names = vec![
        at(t, "Gaza City", 0, Label::LOC),
        at(t, "Khan Younis", 0, Label::LOC),
        at(t, "Gaza Health Ministry", 0, Label::ORG),
        at(t, "Gaza", 2, Label::LOC),
    ];
    let (ents, _) = run(t, &names);
    let gaza = entity(&ents, "Gaza");
    let m = entity(&ents, "Gaza Health Ministry");
    assert_eq!(m.country, gaza.country, "{m:?}");
    assert_eq!((m.lat, m.lon), (gaza.lat, gaza.lon));
    // Not naming the place itself, the article's other places' country.
    let names = &names[..3];
    let (ents, _) = run(t, names);
    let m = entity(&ents, "Gaza Health Ministry");
    assert_eq!(m.country.as_deref(), Some("PS"), "{m:?}");
    // Must not fire: in a story of that name's other country, the place there.
    let t = "Floods hit Xai-Xai and Chokwe, the Gaza Health Ministry said.";
    let names = vec![
        at(t, "Xai-Xai", 0, Label::LOC),
        at(t, "Chokwe", 0, Label::LOC),
        at(t, "Gaza Health Ministry", 0, Label::ORG),
    ];
    let (ents, _) = run(t, &names);
    let m = entity(&ents, "Gaza Health Ministry");
    assert_eq!(m.country.as_deref(), Some("MZ"), "{m:?}");
    // Nor is an organisation named after a country moved to the article's places.
    let t = "In Ottawa, Illinois, and Peru, Illinois, the Bank of Canada was quoted.";
    let names = vec![
        at(t, "Ottawa", 0, Label::LOC),
        at(t, "Illinois", 0, Label::LOC),
        at(t, "Peru", 0, Label::LOC),
        at(t, "Illinois", 1, Label::LOC),
        at(t, "Bank of Canada", 0, Label::ORG),
    ];
    let (ents, _) = run(t, &names);
    assert_eq!(
        entity(&ents, "Bank of Canada").country.as_deref(),
        Some("CA")
    );
}

#[test]
fn a_headline_name_the_body_tags_as_a_place_is_that_place() {
    let t = "Quarnby pub hosts charity week\n\nThe Crown in Quarnby sets up its first charity \
             week. The landlord said Quarnby would give to a hospice.";
    let names = vec![
        at(t, "Quarnby", 0, Label::ORG),
        at(t, "Quarnby", 1, Label::LOC),
        at(t, "Quarnby", 2, Label::ORG),
    ];
    let (ents, ms) = run(t, &names);
    assert_eq!(mention_at(t, &ms, "Quarnby", 0).label, Label::LOC);
    let places: Vec<_> = ents
        .iter()
        .filter(|e| e.name == "Quarnby" && e.label == Label::LOC)
        .collect();
    assert_eq!(places.len(), 1, "{ents:?}");
    assert_eq!(places[0].mentions, 2);
    // Must not fire: in the body, an unknown name keeps the tagger's label.
    assert_eq!(mention_at(t, &ms, "Quarnby", 2).label, Label::ORG);
    // Nor does a headline name the body tags as an organisation become a place.
    let t = "Quarnby opens a shop\n\nQuarnby said the shop in Leeds opens today.";
    let names = vec![
        at(t, "Quarnby", 0, Label::ORG),
        at(t, "Quarnby", 1, Label::ORG),
        at(t, "Leeds", 0, Label::LOC),
    ];
    let (_, ms) = run(t, &names);
    assert_eq!(mention_at(t, &ms, "Quarnby", 0).label, Label::ORG);
}

#[test]
fn a_surname_that_is_a_small_towns_name_stays_the_persons() {
    // The label of the `k`th `needle` when the tagger gave `names` (needle, nth, label).
    let label = |t: &str, names: &[(&str, usize, Label)], needle: &str, k: usize| {
        let names: Vec<NameMention> = names.iter().map(|&(n, i, l)| at(t, n, i, l)).collect();
        let (_, ms) = run(t, &names);
        mention_at(t, &ms, needle, k).label
    };
    // The tagger reads the surname alone as the town (a Japanese town of that name), and the
    // place took the titled mention too.
    let t = "President Obama said the deal was good. Critics attacked Obama over it, and \
             Obama's allies in Ohio defended him.";
    let names = [
        ("Obama", 0, Label::PER),
        ("Obama", 1, Label::ORG),
        ("Obama", 2, Label::LOC),
        ("Ohio", 0, Label::LOC),
    ];
    for k in 0..3 {
        assert_eq!(label(t, &names, "Obama", k), Label::PER);
    }
    // The titled mention tagged as the town too, and a mention after "to", the dative's: a
    // letter to the president, a vote that shifted to him.
    let t = "Senators urged President Obama to act. In a letter to Obama, they asked for \
             hearings, and voters shifted to Obama in Ohio.";
    let names = [
        ("Obama", 0, Label::LOC),
        ("Obama", 1, Label::LOC),
        ("Obama", 2, Label::LOC),
        ("Ohio", 0, Label::LOC),
    ];
    for k in 0..3 {
        assert_eq!(label(t, &names, "Obama", k), Label::PER, "mention {k}");
    }
    // The owner after any preposition ("in Obama's term"), and a titled person listed with a
    // place ("Obama and White House aides").
    let t = "President Obama spoke. Late in Obama's term, Obama and White House aides met.";
    let names = [
        ("Obama", 0, Label::PER),
        ("Obama", 1, Label::LOC),
        ("Obama", 2, Label::PER),
        ("White House", 0, Label::LOC),
    ];
    for k in 0..3 {
        assert_eq!(label(t, &names, "Obama", k), Label::PER, "mention {k}");
    }
    // Must not fire: untitled, the town's own ("in Obama's harbour").
    let t = "Boats anchored in Obama's harbour in Japan.";
    let names = [("Obama", 0, Label::LOC), ("Japan", 0, Label::LOC)];
    assert_eq!(label(t, &names, "Obama", 0), Label::LOC);
    // Must not fire: "in" keeps the town, titled person or not.
    let t = "President Obama spoke of the ferry that docked in Obama on Monday.";
    let names = [("Obama", 0, Label::PER), ("Obama", 1, Label::LOC)];
    assert_eq!(label(t, &names, "Obama", 1), Label::LOC);
    // Untitled, the surname is the person where a mention speaks or owns and the town lies in
    // no country of the story ...
    let t = "Obama stated that the plan would work. Later Obama left for Ohio.";
    let names = [
        ("Obama", 0, Label::LOC),
        ("Obama", 1, Label::LOC),
        ("Ohio", 0, Label::LOC),
    ];
    assert_eq!(label(t, &names, "Obama", 1), Label::PER);
    // ... and before "administration" wherever the towns lie.
    let t = "The Bush administration met officials in Ohio.";
    let names = [("Bush", 0, Label::LOC), ("Ohio", 0, Label::LOC)];
    assert_eq!(label(t, &names, "Bush", 0), Label::PER);
    // Must not fire: the town as a place ("to Obama", "in Lincoln, Nebraska").
    let t = "He flew to Obama, a port in Japan. Obama said it would reopen the port.";
    let names = [
        ("Obama", 0, Label::LOC),
        ("Obama", 1, Label::ORG),
        ("Japan", 0, Label::LOC),
    ];
    assert_eq!(label(t, &names, "Obama", 0), Label::LOC);
    let t = "Sen. Blanche Lincoln spoke. Farmers in Lincoln, Nebraska, cheered.";
    let names = [
        ("Blanche Lincoln", 0, Label::PER),
        ("Lincoln", 1, Label::LOC),
        ("Nebraska", 0, Label::LOC),
    ];
    assert_eq!(label(t, &names, "Lincoln", 1), Label::LOC);
}

#[test]
fn a_title_or_a_number_alone_is_no_name() {
    let t = "Sheriff: Two held after chase\nSheriff Dana Kowal said two men were held.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Sheriff", 0, Label::PER),
            at(t, "Two", 0, Label::MISC),
            at(t, "Dana Kowal", 0, Label::PER),
        ],
    );
    let names: Vec<&str> = ents.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, vec!["Dana Kowal"]);
    // Must not fire: a title before a name, a number inside a name.
    let t = "Governor Ann Lee met the Group of Seven.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Governor Ann Lee", 0, Label::PER),
            at(t, "Group of Seven", 0, Label::ORG),
        ],
    );
    assert_eq!(ents.len(), 2, "{ents:?}");
}

#[test]
fn rivers_lakes_and_townships_are_places_whatever_the_tagger_said() {
    let t = "Sandbags were stacked as the Marden River rose. The Tolly Creek bridge and \
             Lake Wendle were closed, officials in Harwick Twp. said.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Marden River", 0, Label::ORG),
            at(t, "Tolly Creek", 0, Label::PER),
            at(t, "Lake Wendle", 0, Label::MISC),
            at(t, "Harwick Twp", 0, Label::ORG),
        ],
    );
    for name in ["Marden River", "Tolly Creek", "Lake Wendle", "Harwick Twp"] {
        assert_eq!(entity(&ents, name).label, Label::LOC, "{name}");
    }
    // Must not fire: a person with a surname that names water, a series with a possessive, and
    // a team in a sports report.
    let t = "Jenna Lake said she watched Marlow's Creek on Sunday.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Jenna Lake", 0, Label::PER),
            at(t, "Marlow's Creek", 0, Label::MISC),
        ],
    );
    assert_eq!(entity(&ents, "Jenna Lake").label, Label::PER);
    assert_eq!(entity(&ents, "Marlow's Creek").label, Label::MISC);
    let t = "Halden Bay beat Corvale 3-1 in the league on Sunday; the coach said the season \
             was long and his striker scored twice.";
    let (ents, _) = run(t, &[at(t, "Halden Bay", 0, Label::ORG)]);
    assert_eq!(entity(&ents, "Halden Bay").label, Label::ORG);
}

#[test]
fn a_resident_or_home_after_a_determiner_makes_an_organisation_tagged_name_a_town() {
    let t = "A Holmby man was charged on Monday. Police searched his Holmby home and found \
             cash.";
    let (_, ms) = run(
        t,
        &[
            at(t, "Holmby", 0, Label::ORG),
            at(t, "Holmby", 1, Label::ORG),
        ],
    );
    assert_eq!(mention_at(t, &ms, "Holmby", 0).label, Label::LOC);
    assert_eq!(mention_at(t, &ms, "Holmby", 1).label, Label::LOC);
    // Must not fire: a party's man, a name with an organisation's word, a home with no
    // determiner before the name (a firm the workers' home).
    let t = "A Labour man won the seat. An Acme Bank man said workers call Zentrix home.";
    let (_, ms) = run(
        t,
        &[
            at(t, "Labour", 0, Label::ORG),
            at(t, "Acme Bank", 0, Label::ORG),
            at(t, "Zentrix", 0, Label::ORG),
        ],
    );
    for name in ["Labour", "Acme Bank", "Zentrix"] {
        assert_eq!(mention_at(t, &ms, name, 0).label, Label::ORG, "{name}");
    }
}

#[test]
fn an_organisation_after_a_countrys_possessive_is_that_countrys() {
    let t = "India's External Affairs Ministry rejected the claim. Acme Holdings agreed.";
    let (ents, _) = run(
        t,
        &[
            at(t, "India", 0, Label::LOC),
            at(t, "External Affairs Ministry", 0, Label::ORG),
            at(t, "Acme Holdings", 0, Label::ORG),
        ],
    );
    assert_eq!(
        entity(&ents, "External Affairs Ministry")
            .country
            .as_deref(),
        Some("IN")
    );
    // Must not fire: no possessive, or a town's ("Springfield's Acme Holdings").
    assert_eq!(entity(&ents, "Acme Holdings").country, None);
    let t = "Springfield's Acme Holdings agreed.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Springfield", 0, Label::LOC),
            at(t, "Acme Holdings", 0, Label::ORG),
        ],
    );
    assert_eq!(entity(&ents, "Acme Holdings").country, None);
}

#[test]
fn the_head_noun_of_an_organisation_named_before_is_that_organisation() {
    let t = "The Harwick Post reported the vote. The Post said its count was final, and the \
             Interior Affairs Ministry agreed. The Ministry added nothing.";
    let (ents, ms) = run(
        t,
        &[
            at(t, "Harwick Post", 0, Label::ORG),
            at(t, "Post", 1, Label::ORG),
            at(t, "Interior Affairs Ministry", 0, Label::ORG),
            at(t, "Ministry", 1, Label::ORG),
        ],
    );
    assert_eq!(ents.len(), 2, "{ents:?}");
    assert_eq!(entity(&ents, "Harwick Post").mentions, 2);
    assert_eq!(entity(&ents, "Interior Affairs Ministry").mentions, 2);
    let post = mention_at(t, &ms, "Post", 1).entity;
    assert_eq!(post, mention_at(t, &ms, "Harwick Post", 0).entity);
    // Must not fire: a head noun that names an institution of its own ("the House" after
    // "the White House"), a head noun without "the", and a head no organisation ends with.
    let t = "The White House sent the bill. The House passed it. Post reporters and the \
             Tribune covered it.";
    let (ents, _) = run(
        t,
        &[
            at(t, "White House", 0, Label::ORG),
            at(t, "House", 1, Label::ORG),
            at(t, "Post", 0, Label::ORG),
            at(t, "Tribune", 0, Label::ORG),
        ],
    );
    assert_eq!(ents.len(), 4, "{ents:?}");
    let t = "The Harwick Post ran it. Post staff struck.";
    let (ents, _) = run(
        t,
        &[
            at(t, "Harwick Post", 0, Label::ORG),
            at(t, "Post", 1, Label::ORG),
        ],
    );
    assert_eq!(ents.len(), 2, "{ents:?}");
}

#[test]
fn a_place_tagged_surname_joins_the_person_named_so_alone() {
    // "Marlow" alone has named one person so far; the tagger reads a later "Marlow" as the
    // town. It is that person, not the relative named in full last.
    let t = "Marlow leads the race\n\nJane Marlow spoke in Akron. Marlow said she would win. \
             Her husband, Tom Marlow, agreed. Tom Marlow smiled. Speaking in Dayton, Marlow, \
             without naming him, attacked her rival. Marlow then left.";
    let (_, ms) = run(
        t,
        &[
            at(t, "Marlow", 0, Label::PER),
            at(t, "Jane Marlow", 0, Label::PER),
            at(t, "Akron", 0, Label::LOC),
            at(t, "Marlow", 2, Label::PER),
            at(t, "Tom Marlow", 0, Label::PER),
            at(t, "Tom Marlow", 1, Label::PER),
            at(t, "Dayton", 0, Label::LOC),
            at(t, "Marlow", 5, Label::LOC),
            at(t, "Marlow", 6, Label::PER),
        ],
    );
    let jane = mention_at(t, &ms, "Jane Marlow", 0).entity;
    assert_ne!(jane, mention_at(t, &ms, "Tom Marlow", 0).entity);
    for k in [0, 2, 5, 6] {
        assert_eq!(mention_at(t, &ms, "Marlow", k).entity, jane, "Marlow #{k}");
    }
}

#[test]
fn a_municipality_is_its_towns_entity() {
    let t = "The City of Harwick will repave Main Street. Harwick grew fast, and the TOWN OF \
             ELMORE agreed.";
    let (ents, ms) = run(
        t,
        &[
            at(t, "City of Harwick", 0, Label::LOC),
            at(t, "Harwick", 1, Label::LOC),
            at(t, "TOWN OF ELMORE", 0, Label::LOC),
        ],
    );
    let names: Vec<&str> = ents.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, vec!["Harwick", "ELMORE"], "{ents:?}");
    assert_eq!(entity(&ents, "Harwick").mentions, 2);
    // The mention keeps its words.
    assert_eq!(
        mention_at(t, &ms, "City of Harwick", 0).span.slice(t),
        "City of Harwick"
    );
    // Must not fire: an organisation's name.
    let t = "The City of Harwick Council met.";
    let (ents, _) = run(t, &[at(t, "City of Harwick Council", 0, Label::ORG)]);
    assert_eq!(ents[0].name, "City of Harwick Council");
}

#[test]
fn an_ordinary_word_named_only_after_the_is_no_town() {
    // "the West" is no town of Texas, "The Post" (a newspaper the tagger read as a place) no
    // other.
    let t = "Moscow accused the West of meddling. The Post said critics in the West agreed.";
    let (ents, _) = run(t, &locs(t, &["Moscow", "West", "Post"]));
    assert_eq!(entity(&ents, "West").lat, None, "{ents:?}");
    assert_eq!(entity(&ents, "Post").lat, None, "{ents:?}");
    // Must not fire: the town named without "the" ("in West, Texas"), a name that is no
    // ordinary word ("the Bronx"), and a city of 100,000 ("the Phoenix airport").
    let t = "He settled in West, Texas, and later moved to the Bronx. He flew from the \
             Phoenix airport.";
    let (ents, _) = run(t, &locs(t, &["West", "Texas", "Bronx", "Phoenix"]));
    assert!(entity(&ents, "West").lat.is_some(), "{ents:?}");
    assert!(entity(&ents, "Bronx").lat.is_some(), "{ents:?}");
    assert!(entity(&ents, "Phoenix").lat.is_some(), "{ents:?}");
}

#[test]
fn an_ordinary_word_opening_sentences_only_is_no_town() {
    // Capitalised words opening sentences that the tagger read as places: "Can" (a Turkish
    // town) and "Mine" (a Japanese one).
    let t = "“Can you explain the vote?” a reporter asked in Denver. Mine was a simple question.";
    let (ents, _) = run(t, &locs(t, &["Can", "Denver", "Mine"]));
    assert_eq!(entity(&ents, "Can").lat, None, "{ents:?}");
    assert_eq!(entity(&ents, "Mine").lat, None, "{ents:?}");
    // Must not fire: the same words named inside a sentence ("the road to Mine") or in
    // capitals (a dateline) in a story of their country, and a city of 100,000 opening a
    // sentence ("Reading won").
    let t = "The road from Hagi to Mine was closed in Japan. CAN residents in Turkey waited.";
    let (ents, _) = run(t, &locs(t, &["Hagi", "Mine", "Japan", "CAN", "Turkey"]));
    assert!(entity(&ents, "Mine").lat.is_some(), "{ents:?}");
    assert!(entity(&ents, "CAN").lat.is_some(), "{ents:?}");
    let t = "Reading won the vote in Berkshire.";
    let (ents, _) = run(t, &locs(t, &["Reading", "Berkshire"]));
    assert!(entity(&ents, "Reading").lat.is_some(), "{ents:?}");
}

#[test]
fn an_ordinary_word_read_as_a_small_town_abroad_is_no_town() {
    // A magazine the tagger read as a place ("Time", a Norwegian town) in a story whose places
    // lie in the US.
    let t = "Every December, Time names its person of the year. Voters in Ohio and Texas \
             argued over the choice.";
    let (ents, _) = run(t, &locs(t, &["Time", "Ohio", "Texas"]));
    let time = entity(&ents, "Time");
    assert!(
        time.lat.is_none() && time.country.as_deref() != Some("NO"),
        "{ents:?}"
    );
    // A first name the tagger read as a place ("Ben", an Iranian town).
    let t = "Ben hinted at a shake-up of his campaign staff in Iowa and Ohio.";
    let (ents, _) = run(t, &locs(t, &["Ben", "Iowa", "Ohio"]));
    let ben = entity(&ents, "Ben");
    assert!(
        ben.lat.is_none() && ben.country.as_deref() != Some("IR"),
        "{ents:?}"
    );
    // Must not fire: the town in a story of its country, and a first name that is a city of
    // 100,000 ("Florence").
    let t = "Farmers near Ben said the drought in Iran had worsened.";
    let (ents, _) = run(t, &locs(t, &["Ben", "Iran"]));
    assert_eq!(
        entity(&ents, "Ben").country.as_deref(),
        Some("IR"),
        "{ents:?}"
    );
    let t = "Florence hosted the summit, officials in Ohio and Texas said.";
    let (ents, _) = run(t, &locs(t, &["Florence", "Ohio", "Texas"]));
    assert!(entity(&ents, "Florence").lat.is_some(), "{ents:?}");
    // Must not fire: a story that points to the town's country ("in Norway"), and a name that
    // is no ordinary word ("Stavanger").
    let t = "Every December, Time hosts a fair. Visitors from across Norway come to Time.";
    let (ents, _) = run(t, &locs(t, &["Time", "Norway"]));
    assert_eq!(
        entity(&ents, "Time").country.as_deref(),
        Some("NO"),
        "{ents:?}"
    );
    let t = "Every December, Stavanger hosts a fair. Voters in Ohio and Texas came.";
    let (ents, _) = run(t, &locs(t, &["Stavanger", "Ohio", "Texas"]));
    assert_eq!(
        entity(&ents, "Stavanger").country.as_deref(),
        Some("NO"),
        "{ents:?}"
    );
}

#[test]
fn a_village_beside_its_county_is_the_postal_town_there() {
    // Beallsville: villages under 500 people in Ohio, Pennsylvania and Maryland that only the
    // USPS data has. Beside a county close to one of them, that one.
    let t = "Deputies from the Monroe County sheriff's office said a barn burned near \
             Beallsville on Sunday.";
    let (ents, _) = run(t, &locs(t, &["Monroe County", "Beallsville"]));
    let v = entity(&ents, "Beallsville");
    assert_eq!(v.country.as_deref(), Some("US"));
    assert!(v.geonameid.is_none());
    let (lat, lon) = (v.lat.unwrap(), v.lon.unwrap());
    assert!(
        (39.5..40.2).contains(&lat) && (-81.5..-80.6).contains(&lon),
        "{lat} {lon}"
    );
    // The county is the one beside it (Monroe County, Ohio).
    let c = entity(&ents, "Monroe County");
    assert!((-81.6..-80.6).contains(&c.lon.unwrap()), "{c:?}");
    // Another county: the village beside that one (Greene County, Pennsylvania).
    let t = "Deputies from the Greene County sheriff's office said a barn burned near \
             Beallsville on Sunday.";
    let (ents, _) = run(t, &locs(t, &["Greene County", "Beallsville"]));
    let v = entity(&ents, "Beallsville");
    assert!((-80.4..-79.7).contains(&v.lon.unwrap()), "{v:?}");
    // Must not fire: nothing points to one of the three.
    let t = "A barn burned near Beallsville on Sunday.";
    let (ents, _) = run(t, &locs(t, &["Beallsville"]));
    assert!(entity(&ents, "Beallsville").lat.is_none());
}

#[test]
fn a_postal_town_alone_of_its_name_is_read_where_used_as_a_place() {
    let t = "The festival in Troxelville drew a crowd of hundreds.";
    let (ents, _) = run(t, &locs(t, &["Troxelville"]));
    let v = entity(&ents, "Troxelville");
    assert_eq!(v.country.as_deref(), Some("US"));
    assert!(v.geonameid.is_none());
    assert!((40.5..41.1).contains(&v.lat.unwrap()), "{v:?}");
    // Must not fire: the name not used as a place's (a mis-tagged word has no point), nor an
    // ordinary word alone ("Bivalve"), which needs its state named after it.
    let t = "Troxelville drew a crowd of hundreds.";
    let (ents, _) = run(t, &locs(t, &["Troxelville"]));
    assert!(entity(&ents, "Troxelville").lat.is_none());
    let t = "The festival in Bivalve drew a crowd of hundreds.";
    let (ents, _) = run(t, &locs(t, &["Bivalve"]));
    assert!(entity(&ents, "Bivalve").lat.is_none());
    let t = "The festival in Bivalve, Maryland, drew a crowd of hundreds.";
    let (ents, _) = run(t, &locs(t, &["Bivalve", "Maryland"]));
    let v = entity(&ents, "Bivalve");
    assert!((38.0..38.6).contains(&v.lat.unwrap()), "{v:?}");
    // A qualifier that names a state and a country is the state where only a postal town of
    // the state bears the name (Bowersville: Georgia and Ohio).
    let t = "Storms hit Bowersville, Georgia, overnight.";
    let (ents, _) = run(t, &locs(t, &["Bowersville", "Georgia"]));
    assert_eq!(entity(&ents, "Georgia").country.as_deref(), Some("US"));
    let v = entity(&ents, "Bowersville");
    assert!((34.0..34.8).contains(&v.lat.unwrap()), "{v:?}");
}

#[test]
fn an_ordinary_word_postal_town_overrides_no_country_state_or_city() {
    // Postal towns called Denmark lie in New York, near Lewis County; Buffalo ones in Kansas
    // and Montana; none of them is read for the country or the big city.
    let t = "Dairy farmers in Denmark and in Lewis County protested the new rules.";
    let (ents, _) = run(t, &locs(t, &["Denmark", "Lewis County"]));
    assert_eq!(entity(&ents, "Denmark").country.as_deref(), Some("DK"));
    let t = "Snow closed schools in Buffalo on Monday, and Kansas roads were icy.";
    let (ents, _) = run(t, &locs(t, &["Buffalo", "Kansas"]));
    let b = entity(&ents, "Buffalo");
    assert!(b.geonameid.is_some(), "{b:?}");
    assert!(b.lon.unwrap() > -100.0 && b.lat.unwrap() > 40.0, "{b:?}");
    // Must fire: a qualifier naming the postal town's state reads it (its own point, not the
    // state's, 50 km off).
    let t = "Snow closed schools in Buffalo, Montana, on Monday.";
    let (ents, _) = run(t, &locs(t, &["Buffalo", "Montana"]));
    let b = entity(&ents, "Buffalo");
    assert!(b.geonameid.is_none(), "{b:?}");
    assert!(
        crate::places::km(b.lat.unwrap(), b.lon.unwrap(), 46.8, -109.7) < 10.0,
        "{b:?}"
    );
}

#[test]
fn an_organisation_named_like_a_postal_town_stays_without_a_place() {
    // No rule that relabels a name or places an organisation sees the postal towns: an
    // organisation-tagged name of a town only the USPS data has, in an article naming its
    // state, stays an organisation with no point.
    let t = "Troxelville announced new rules. Officials in Pennsylvania agreed with the \
             Troxelville Grange.";
    let (ents, ms) = run(
        t,
        &[
            at(t, "Troxelville", 0, Label::ORG),
            at(t, "Pennsylvania", 0, Label::LOC),
            at(t, "Troxelville Grange", 0, Label::ORG),
        ],
    );
    assert_eq!(mention_at(t, &ms, "Troxelville", 0).label, Label::ORG);
    for e in ents.iter().filter(|e| e.name.starts_with("Troxelville")) {
        assert_eq!(e.label, Label::ORG, "{e:?}");
        assert!(e.lat.is_none() && e.geonameid.is_none(), "{e:?}");
    }
    // Nor does a person-tagged one after "from" become a place.
    let t = "Scouts from Troxelville will collect food in Pennsylvania.";
    let (_, ms) = run(
        t,
        &[
            at(t, "Troxelville", 0, Label::PER),
            at(t, "Pennsylvania", 0, Label::LOC),
        ],
    );
    assert_eq!(mention_at(t, &ms, "Troxelville", 0).label, Label::PER);
}

#[test]
fn a_postal_town_without_a_cue_does_not_beat_a_namesake_with_people() {
    // Alderson: a town of 1,200 in West Virginia (GeoNames) and a postal town in Oklahoma.
    // A story about Oklahoma is no reason to read the postal town...
    let t = "Flooding closed roads in Alderson, and Oklahoma officials asked for help.";
    let (ents, _) = run(t, &locs(t, &["Alderson", "Oklahoma"]));
    let a = entity(&ents, "Alderson");
    assert!(a.geonameid.is_some() && a.lon.unwrap() > -82.0, "{a:?}");
    // ...a county close to it is.
    let t = "Flooding closed roads in Alderson, and Pittsburg County officials asked for help.";
    let (ents, _) = run(t, &locs(t, &["Alderson", "Pittsburg County"]));
    let a = entity(&ents, "Alderson");
    assert!(a.geonameid.is_none() && a.lon.unwrap() < -95.0, "{a:?}");
}

#[test]
fn an_organisation_is_named_after_a_small_town_the_article_names() {
    // East Hampton, Connecticut, has under 5,000 people: too small to name an organisation
    // on its own, but the article's own town before the noun of a town's institution.
    let t = "Police are investigating a crash in East Hampton on Thursday, said Sgt. Michael \
             Green of the East Hampton Police Department. The East Hampton Bagel Company \
             was closed.";
    let (ents, ms) = run(
        t,
        &[
            at(t, "East Hampton", 0, Label::LOC),
            at(t, "Michael Green", 0, Label::PER),
            at(t, "East Hampton Police Department", 0, Label::ORG),
            at(t, "East Hampton Bagel Company", 0, Label::ORG),
        ],
    );
    let town = entity(&ents, "East Hampton");
    assert!(town.lat.is_some(), "{town:?}");
    let police = entity(&ents, "East Hampton Police Department");
    assert_eq!((police.lat, police.lon), (town.lat, town.lon));
    // The town's name inside the department's is a mention of the town.
    let inner = ms
        .iter()
        .filter(|m| m.entity == Some(town.id))
        .map(|m| m.span.start)
        .collect::<Vec<_>>();
    assert!(
        inner.contains(&t.find("East Hampton Police").unwrap()),
        "{ms:?}"
    );
    // Must not fire: a company named after the town by no town's institution noun.
    let bagels = entity(&ents, "East Hampton Bagel Company");
    assert_eq!(bagels.lat, None);
    assert!(!inner.contains(&t.find("East Hampton Bagel").unwrap()));
}

#[test]
fn a_part_of_a_two_part_countrys_name_is_the_country() {
    // "Trinidad" in a story of Trinidad and Tobago, "Bosnia" alone: the country.
    let t = "Trinidad and Tobago sent aid to Dominica. The prime minister said Trinidad would \
             help again.";
    let names = [
        at(t, "Trinidad and Tobago", 0, Label::LOC),
        at(t, "Dominica", 0, Label::LOC),
        at(t, "Trinidad", 1, Label::LOC),
    ];
    let (ents, _) = run(t, &names);
    let tt = entity(&ents, "Trinidad and Tobago");
    assert_eq!(
        (tt.mentions, tt.country.as_deref()),
        (2, Some("TT")),
        "{ents:?}"
    );
    assert_eq!(
        country_in("Voters in Bosnia were tired.", &["Bosnia"], "Bosnia").as_deref(),
        Some("BA")
    );
    // Must not fire: the town of that name its state qualifies, and a list of countries.
    let t = "Police in Trinidad, Colorado, said the road was closed.";
    let (ents, _) = run(t, &locs(t, &["Trinidad", "Colorado"]));
    let town = entity(&ents, "Trinidad");
    assert_eq!(town.country.as_deref(), Some("US"));
    assert!(
        town.lat.is_some_and(|lat| (36.0..38.5).contains(&lat)),
        "{town:?}"
    );
    let t = "Leaders of China, Japan and Korea met.";
    assert_eq!(
        country_in(t, &["China", "Japan", "Korea"], "China").as_deref(),
        Some("CN")
    );
}

#[test]
fn a_place_named_after_a_town_spelt_short_or_small_lies_there() {
    // "Mt. Pleasant Community": named after a town GeoNames calls Mount Pleasant, the one of
    // the article's state.
    let t = "The Mt. Pleasant Community band won the state contest in Iowa.";
    let (ents, _) = run(t, &locs(t, &["Mt. Pleasant Community", "Iowa"]));
    let h = entity(&ents, "Mt. Pleasant Community");
    assert!(
        h.lat.is_some_and(|lat| (40.0..42.0).contains(&lat)),
        "{h:?}"
    );
    // An organisation named so, in a story of Iowa towns: the Mount Pleasant of Iowa, not
    // the biggest (South Carolina's).
    let t = "Mt. Pleasant beat a team from Iowa City on Friday in Des Moines.";
    let names = [
        at(t, "Mt. Pleasant", 0, Label::ORG),
        at(t, "Iowa City", 0, Label::LOC),
        at(t, "Des Moines", 0, Label::LOC),
    ];
    let (ents, _) = run(t, &names);
    let o = entity(&ents, "Mt. Pleasant");
    assert!(
        o.lat.is_some_and(|lat| (40.0..42.0).contains(&lat)),
        "{o:?}"
    );
    // Must not fire: a saint's name is no town's ("St. James" is no parish of Jamaica).
    let t = "Mass was held at St. James United Methodist Church in Iowa.";
    let (ents, _) = run(t, &locs(t, &["St. James United Methodist Church", "Iowa"]));
    assert_eq!(entity(&ents, "St. James United Methodist Church").lat, None);
    // "Cottonport Fire Station" beside "Cottonport", a town of 2,000: in that town.
    let t = "Firefighters from the Cottonport Fire Station went to a house in Cottonport. \
             The Cottonport Bagel Shop was shut.";
    let names = [
        at(t, "Cottonport Fire Station", 0, Label::LOC),
        at(t, "Cottonport", 1, Label::LOC),
        at(t, "Cottonport Bagel Shop", 0, Label::LOC),
    ];
    let (ents, _) = run(t, &names);
    let town = entity(&ents, "Cottonport");
    assert!(town.lat.is_some(), "{town:?}");
    let station = entity(&ents, "Cottonport Fire Station");
    assert_eq!((station.lat, station.lon), (town.lat, town.lon));
    // Must not fire: a name that opens with the town's by no town's institution noun.
    assert_eq!(entity(&ents, "Cottonport Bagel Shop").lat, None);
}

#[test]
fn one_weak_cue_does_not_make_a_city_a_village_a_hundredth_its_size() {
    // Santa Clara, California (126,000) against a village of 700 in Texas, where Dallas is
    // the article's one Texan place (no Santa Clara surely means the name: Cuba's is bigger).
    let t = "Police in Santa Clara said the suspect fled. He was later seen in Dallas.";
    let (ents, _) = run(t, &locs(t, &["Santa Clara", "Dallas"]));
    let s = entity(&ents, "Santa Clara");
    assert!(s.lat.is_some_and(|lat| lat > 36.0), "{s:?}");
    // Must not fire: a town a tenth the size keeps the cue (Columbus, Nebraska, beside
    // Lincoln).
    let t = "Work on the viaduct in Columbus goes on. The steel is made in Lincoln.";
    let (ents, _) = run(t, &locs(t, &["Columbus", "Lincoln"]));
    let c = entity(&ents, "Columbus");
    assert!(c.lon.is_some_and(|lon| lon < -95.0), "{c:?}");
}

#[test]
fn a_town_used_as_a_towns_may_be_a_postal_town_the_article_points_to() {
    // "Berlin police" beside "Middletown" and "Hartford Hospital": Berlin, Connecticut, which
    // only the postal towns know, not the bigger Berlin of New Jersey.
    let t = "MIDDLETOWN — A student is recovering at Hartford Hospital after a crash in \
             Berlin. Berlin police are investigating.";
    let names = [
        at(t, "MIDDLETOWN", 0, Label::LOC),
        at(t, "Hartford Hospital", 0, Label::LOC),
        at(t, "Berlin", 0, Label::LOC),
        at(t, "Berlin", 1, Label::LOC),
    ];
    let (ents, _) = run(t, &names);
    let b = entity(&ents, "Berlin");
    assert!(
        b.lon.is_some_and(|lon| (-73.5..-72.0).contains(&lon)),
        "{b:?}"
    );
    let m = entity(&ents, "MIDDLETOWN");
    assert!(
        m.lon.is_some_and(|lon| (-73.5..-72.0).contains(&lon)),
        "{m:?}"
    );
    // Must not fire: with no place of the article close to one, no postal town is read.
    let t = "Berlin police are investigating a crash near Milwaukee.";
    let (ents, _) = run(t, &locs(t, &["Berlin", "Milwaukee"]));
    assert!(entity(&ents, "Berlin").geonameid.is_some());
}

#[test]
fn the_middle_of_a_place_is_in_it() {
    assert_eq!(text::without_direction("Mid-Jutland"), Some("Jutland"));
    assert_eq!(
        text::without_direction("Central\n  Anatolia"),
        Some("Anatolia")
    );
    let t = "Floods hit Mid-Jutland on Monday.";
    assert_eq!(
        country_in(t, &["Mid-Jutland"], "Mid-Jutland").as_deref(),
        Some("DK")
    );
    // Must not fire: a region of its own name ("the Mid-Atlantic" is American, not the
    // middle of the ocean), and a name that only begins with the letters.
    let t = "Storms hit the Mid-Atlantic on Monday.";
    assert_eq!(
        country_in(t, &["Mid-Atlantic"], "Mid-Atlantic").as_deref(),
        Some("US")
    );
    assert_eq!(text::without_direction("Midland"), None);
    assert_eq!(text::without_direction("Midwest"), None);
}

#[test]
fn a_person_tagged_big_city_is_the_city() {
    let t = "Work will start in ten days to improve Tijuana's sewage system.";
    let (ents, _) = run(t, &[at(t, "Tijuana", 0, Label::PER)]);
    let e = entity(&ents, "Tijuana");
    assert_eq!((e.label, e.country.as_deref()), (Label::LOC, Some("MX")));
    // Must not fire: a surname ("Houston"), and a name the article gives a person.
    let t = "Houston said the plan would work.";
    let (ents, _) = run(t, &[at(t, "Houston", 0, Label::PER)]);
    assert_eq!(entity(&ents, "Houston").label, Label::PER);
    let t = "Sydney Moore arrived on Monday. Sydney said the plan would work.";
    let names = [
        at(t, "Sydney Moore", 0, Label::PER),
        at(t, "Sydney", 1, Label::PER),
    ];
    let (ents, _) = run(t, &names);
    assert!(ents.iter().all(|e| e.label == Label::PER), "{ents:?}");
}
