//! Crafted cases, one per construction and per failure mode users report elsewhere.
//! Names are invented; entities are built by hand as the entity stage would build them.

use super::*;
use crate::facts::Label;
use crate::segment::segment;

/// An entity for the test: (canonical name, label, role, the surface forms to mark in the text).
#[derive(Clone, Copy)]
struct E<'a> {
    name: &'a str,
    label: Label,
    role: Option<&'a str>,
    forms: &'a [&'a str],
}

fn build(text: &str, ents: &[E]) -> (Vec<Entity>, Vec<Mention>) {
    let mut entities = Vec::new();
    let mut mentions = Vec::new();
    for (id, e) in ents.iter().enumerate() {
        let mut first = usize::MAX;
        for form in e.forms {
            let mut from = 0;
            while let Some(k) = text[from..].find(form) {
                let start = from + k;
                let end = start + form.len();
                // Whole words only, and not inside a longer form already marked.
                let before_ok = !text[..start]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric);
                let after_ok = !text[end..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
                let taken = mentions
                    .iter()
                    .any(|m: &Mention| m.span.overlaps(&Span::new(start, end)));
                if before_ok && after_ok && !taken {
                    mentions.push(Mention {
                        span: Span::new(start, end),
                        label: e.label,
                        entity: Some(id),
                        kind: MentionKind::Name,
                        stands_for: None,
                    });
                    first = first.min(start);
                }
                from = end;
            }
        }
        entities.push(Entity {
            role: e.role.map(str::to_string),
            ..Entity::new(id, e.name, e.label, first)
        });
    }
    (entities, mentions)
}

fn run_with(text: &str, ents: &[E]) -> (Vec<Quote>, Vec<Mention>) {
    let doc = segment(text, &[]);
    let (entities, mut mentions) = build(text, ents);
    let q = extract(text, &doc, &entities, &mut mentions);
    for x in &q {
        assert!(text.is_char_boundary(x.span.start) && text.is_char_boundary(x.span.end));
    }
    (q, mentions)
}

fn run(text: &str) -> Vec<Quote> {
    run_with(text, &[]).0
}

fn find<'q>(text: &str, q: &'q [Quote], words: &str) -> &'q Quote {
    q.iter()
        .find(|x| x.span.slice(text) == words)
        .unwrap_or_else(|| {
            panic!(
                "no quote {words:?} in {:?}",
                q.iter().map(|x| x.span.slice(text)).collect::<Vec<_>>()
            )
        })
}

fn spk<'t>(text: &'t str, q: &Quote) -> Option<&'t str> {
    q.speaker_span.map(|s| s.slice(text))
}

const ANNA: E = E {
    name: "Anna Maria Berg",
    label: Label::PER,
    role: Some("Foreign Minister"),
    forms: &["Anna Maria Berg", "Berg"],
};

#[test]
fn he_is_resolved_to_the_person_not_returned() {
    let t = "Foreign Minister Anna Maria Berg called on Tuesday for calm in the region.\n\n\
             “The truce was needed to spare the harvest,” he said in parliament.";
    let (q, mentions) = run_with(t, &[ANNA]);
    let x = find(t, &q, "The truce was needed to spare the harvest,");
    assert_eq!(x.kind, QuoteKind::Direct);
    assert_eq!(x.cue.as_deref(), Some("said"));
    assert_eq!(spk(t, x), Some("he"));
    assert_eq!(x.speaker.as_deref(), Some("Anna Maria Berg"));
    assert_eq!(x.speaker_entity, Some(0));
    let pron = mentions
        .iter()
        .find(|m| m.kind == MentionKind::Pronoun)
        .expect("pronoun mention pushed");
    assert_eq!(pron.span.slice(t), "he");
    assert_eq!(pron.entity, Some(0));
    assert_eq!(pron.label, Label::PER);
}

#[test]
fn pronoun_prefers_the_subject_of_the_previous_sentence() {
    let t = "Anna Maria Berg met Tomas Holt in the capital on Monday.\n\n\
             “We agreed on nothing at all,” she said.";
    let holt = E {
        name: "Tomas Holt",
        label: Label::PER,
        role: None,
        forms: &["Tomas Holt"],
    };
    let (q, _) = run_with(t, &[ANNA, holt]);
    let x = find(t, &q, "We agreed on nothing at all,");
    assert_eq!(x.speaker.as_deref(), Some("Anna Maria Berg"));
}

#[test]
fn people_named_inside_quotations_are_not_antecedents() {
    let t = "Anna Maria Berg spoke first.\n\n\
             “Talks with Tomas Holt must resume,” she added.";
    let holt = E {
        name: "Tomas Holt",
        label: Label::PER,
        role: None,
        forms: &["Tomas Holt"],
    };
    let (q, _) = run_with(t, &[ANNA, holt]);
    let x = find(t, &q, "Talks with Tomas Holt must resume,");
    assert_eq!(x.speaker.as_deref(), Some("Anna Maria Berg"));
}

#[test]
fn interrupted_quotation_is_two_quotes_with_one_speaker() {
    let t = "“The pause was overdue,” he said in the chamber, “but nobody trusts it.”";
    let q = run(t);
    let a = find(t, &q, "The pause was overdue,");
    let b = find(t, &q, "but nobody trusts it.");
    for x in [a, b] {
        assert_eq!(x.kind, QuoteKind::Direct);
        assert_eq!(spk(t, x), Some("he"));
        assert_eq!(x.cue.as_deref(), Some("said"));
    }
}

#[test]
fn inverted_attribution_with_a_nominal_resolves_by_role() {
    let t = "Anna Maria Berg spoke in the morning.\n\n\
             “These talks began in the spring,” said the minister, amid clamor.";
    let (q, mentions) = run_with(t, &[ANNA]);
    let x = find(t, &q, "These talks began in the spring,");
    assert_eq!(spk(t, x), Some("the minister"));
    assert_eq!(x.speaker.as_deref(), Some("Anna Maria Berg"));
    assert!(mentions.iter().any(|m| m.kind == MentionKind::Nominal
        && m.entity == Some(0)
        && m.span.slice(t) == "the minister"));
}

#[test]
fn nominal_resolves_through_the_words_before_a_name() {
    // No role stored on the entity: the title before a mention is enough.
    let t = "Interior Minister Carl Dorn visited the border.\n\n\
             “Nothing will change here,” the minister said.";
    let dorn = E {
        name: "Carl Dorn",
        label: Label::PER,
        role: None,
        forms: &["Carl Dorn"],
    };
    let (q, _) = run_with(t, &[dorn]);
    let x = find(t, &q, "Nothing will change here,");
    assert_eq!(x.speaker.as_deref(), Some("Carl Dorn"));
    assert_eq!(x.speaker_entity, Some(0));
}

#[test]
fn names_resolve_to_the_canonical_entity() {
    let t = "Anna Maria Berg arrived late.\n\n“We will stay the course,” Berg told AFP.";
    let (q, _) = run_with(t, &[ANNA]);
    let x = find(t, &q, "We will stay the course,");
    assert_eq!(x.cue.as_deref(), Some("told"));
    assert_eq!(spk(t, x), Some("Berg"));
    assert_eq!(x.speaker.as_deref(), Some("Anna Maria Berg"));
}

#[test]
fn unknown_name_is_reported_as_written() {
    let t = "“The vote is rigged,” Representative Paul Okafor said on Monday.";
    let q = run(t);
    let x = find(t, &q, "The vote is rigged,");
    // Titles are left out of the name, not out of the words that name the speaker.
    assert_eq!(x.speaker.as_deref(), Some("Paul Okafor"));
    assert_eq!(spk(t, x), Some("Representative Paul Okafor"));
    assert_eq!(x.speaker_entity, None);
}

#[test]
fn anonymous_source_is_a_phrase_without_entity() {
    let t = "A senior diplomatic source stated that “a second round of talks is likely”.";
    let q = run(t);
    let x = find(t, &q, "a second round of talks is likely");
    assert_eq!(x.kind, QuoteKind::Direct);
    assert_eq!(x.speaker.as_deref(), Some("A senior diplomatic source"));
    assert_eq!(x.speaker_entity, None);
    assert_eq!(x.cue.as_deref(), Some("stated"));
}

#[test]
fn partial_quotes_and_scare_quotes() {
    let t = "Tomas Holt condemned the “deeply reckless moves” of the rebels on Monday.\n\n\
             The so-called “experts” met in the evening.\n\n\
             Holt also welcomed the “launch of a joint water board”.";
    let q = run(t);
    let a = find(t, &q, "deeply reckless moves");
    assert_eq!(a.kind, QuoteKind::Partial);
    // A second fragment of the same sentence keeps its speaker, even a single word.
    let t2 = "Holt condemned the “reckless moves” of the rebels, especially their “support” of the raids.";
    let q2 = run(t2);
    assert_eq!(spk(t2, find(t2, &q2, "support")), Some("Holt"));
    assert_eq!(a.cue.as_deref(), Some("condemned"));
    assert_eq!(spk(t, a), Some("Tomas Holt"));
    let b = find(t, &q, "launch of a joint water board");
    assert_eq!(b.kind, QuoteKind::Partial);
    assert_eq!(spk(t, b), Some("Holt"));
    // A scare quote with nobody speaking is not a quotation.
    assert!(q.iter().all(|x| x.span.slice(t) != "experts"));
}

#[test]
fn one_word_quote_counts_when_attributed() {
    let t = "Tomas Holt called the election “rigged” in a speech.";
    let q = run(t);
    let x = find(t, &q, "rigged");
    assert_eq!(x.kind, QuoteKind::Partial);
    assert_eq!(spk(t, x), Some("Tomas Holt"));
}

#[test]
fn quotation_over_several_paragraphs() {
    let t = "Carl Dorn said:\n\n“The first point is the border.\n\n\
             “The second point is the refugees.\n\n“The third is the money.”\n\nThe talks end today.";
    let q = run(t);
    let direct: Vec<&Quote> = q.iter().filter(|x| x.kind == QuoteKind::Direct).collect();
    assert_eq!(
        direct.len(),
        1,
        "{:?}",
        q.iter().map(|x| x.span.slice(t)).collect::<Vec<_>>()
    );
    let x = direct[0];
    assert!(x.span.slice(t).starts_with("The first point"));
    assert!(x.span.slice(t).ends_with("the money."));
    assert_eq!(spk(t, x), Some("Carl Dorn"));
}

#[test]
fn continuation_in_the_next_sentence_keeps_the_speaker() {
    let t = "“We need more help,” Dorn said on Thursday. “The winter will be hard for everyone.”";
    let q = run(t);
    let b = find(t, &q, "The winter will be hard for everyone.");
    assert_eq!(spk(t, b), Some("Dorn"));
}

#[test]
fn odd_number_of_marks_does_not_break_the_rest() {
    let t = "He said “this is never closed.\n\n\
             Stray” mark here. “All fine,” she said.\n\n\
             \"Straight and open\n\n“Last one,” Dorn added.";
    let q = run(t);
    let x = find(t, &q, "All fine,");
    assert_eq!(spk(t, x), Some("she"));
    let y = find(t, &q, "Last one,");
    assert_eq!(spk(t, y), Some("Dorn"));
    assert_eq!(y.cue.as_deref(), Some("added"));
}

#[test]
fn apostrophes_are_not_paired() {
    let t =
        "The country’s leaders’ plan dates from the ’90s, and the party's chief said it's fine.";
    let q = run(t);
    assert!(q.iter().all(|x| x.kind == QuoteKind::Indirect));
}

#[test]
fn nyt_double_apostrophes() {
    let t = "''Every one of the plans has a consumption basis,'' said Leonard Okafor, a tax expert.\n\n\
             Mr. Okafor added: ''It is a better use of capital.''";
    let q = run(t);
    let a = find(t, &q, "Every one of the plans has a consumption basis,");
    assert_eq!(a.kind, QuoteKind::Direct);
    assert_eq!(spk(t, a), Some("Leonard Okafor"));
    let b = find(t, &q, "It is a better use of capital.");
    assert_eq!(spk(t, b), Some("Mr. Okafor"));
    assert_eq!(b.cue.as_deref(), Some("added"));
}

#[test]
fn dash_and_colon_attribution() {
    let t = "“Nobody will be left behind.” — Maria Lund\n\n\
             Carl Dorn: “We will not give up the port.”\n\n\
             Her answer was short: “No.”";
    let q = run(t);
    let a = find(t, &q, "Nobody will be left behind.");
    assert_eq!(spk(t, a), Some("Maria Lund"));
    let b = find(t, &q, "We will not give up the port.");
    assert_eq!(spk(t, b), Some("Carl Dorn"));
    assert_eq!(b.cue.as_deref(), Some(":"));
}

#[test]
fn quote_with_no_speaker() {
    let t = "The hall was silent.\n\n“Nothing is settled yet.”\n\nThe meeting ended.";
    let q = run(t);
    let x = find(t, &q, "Nothing is settled yet.");
    assert_eq!(x.kind, QuoteKind::Direct);
    assert_eq!(x.speaker, None);
    assert_eq!(x.speaker_span, None);
}

#[test]
fn unusual_verbs_after_the_quotation() {
    let t = "“You cannot be serious about this,” Oliver Brandt grumbled.";
    let q = run(t);
    let x = find(t, &q, "You cannot be serious about this,");
    assert_eq!(spk(t, x), Some("Oliver Brandt"));
    assert_eq!(x.cue.as_deref(), Some("grumbled"));
}

#[test]
fn apposition_and_parenthesis_between_subject_and_verb() {
    let t = "“It is over,” Nadia Rahman, a spokeswoman for the council, told reporters.\n\n\
             Councillor Guy Marsh (Greens, opposition) asked the mayor, “Who pays for this?”";
    let q = run(t);
    let a = find(t, &q, "It is over,");
    assert_eq!(spk(t, a), Some("Nadia Rahman"));
    let b = find(t, &q, "Who pays for this?");
    assert_eq!(spk(t, b), Some("Councillor Guy Marsh"));
    assert_eq!(b.cue.as_deref(), Some("asked"));
}

#[test]
fn indirect_speech() {
    let t = "Carl Dorn said that the talks would resume next week.\n\n\
             According to officials, the convoy was stopped at the border.\n\n\
             The bridge will reopen in May, the mayor told reporters on Friday.\n\n\
             Nadia Rahman told reporters the plan was dead.";
    let q = run(t);
    let a = find(t, &q, "that the talks would resume next week");
    assert_eq!(a.kind, QuoteKind::Indirect);
    assert_eq!(spk(t, a), Some("Carl Dorn"));
    let b = find(t, &q, "the convoy was stopped at the border");
    assert_eq!(b.cue.as_deref(), Some("According to"));
    assert_eq!(b.speaker.as_deref(), Some("officials"));
    assert_eq!(b.speaker_entity, None);
    let c = find(t, &q, "The bridge will reopen in May");
    assert_eq!(spk(t, c), Some("the mayor"));
    assert_eq!(c.cue.as_deref(), Some("told"));
    let d = find(t, &q, "the plan was dead");
    assert_eq!(spk(t, d), Some("Nadia Rahman"));
}

#[test]
fn indirect_is_not_duplicated_for_a_direct_quotation() {
    let t = "Carl Dorn said: “We stay until the end of the year.”";
    let q = run(t);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].kind, QuoteKind::Direct);
}

#[test]
fn without_entities_he_falls_back_to_the_last_named_speaker() {
    let t = "“We won the vote,” Tomas Holt said.\n\n“It was close,” he added.";
    let q = run(t);
    let x = find(t, &q, "It was close,");
    assert_eq!(spk(t, x), Some("he"));
    assert_eq!(x.speaker.as_deref(), Some("Tomas Holt"));
    assert_eq!(x.speaker_entity, None);
}

#[test]
fn guillemets_and_non_ascii() {
    let t = "«Ça ira très bien», said Zoë Ørsted-Lévy.\n\n“Naïve rôles,” Zoë Ørsted-Lévy added — “déjà vu.”";
    let q = run(t);
    let a = find(t, &q, "Ça ira très bien");
    assert_eq!(spk(t, a), Some("Zoë Ørsted-Lévy"));
    let b = find(t, &q, "Naïve rôles,");
    assert_eq!(spk(t, b), Some("Zoë Ørsted-Lévy"));
}

#[test]
fn empty_and_mark_only_inputs_never_panic() {
    for t in [
        "",
        "“",
        "”",
        "\"",
        "''",
        "'",
        "«",
        "»",
        "“”",
        "“ ”",
        "\n\n“\n\n",
        "said",
        ": “",
        "“a",
        "a”",
        "— ",
        "'''",
        "``",
        "‘’",
        "’‘",
        "According to",
        "according to ,",
    ] {
        let _ = run(t);
    }
}

#[test]
fn random_mark_soup_never_panics_and_spans_stay_on_boundaries() {
    let pieces = [
        "“",
        "”",
        "\"",
        "'",
        "''",
        "‘",
        "’",
        "«",
        "»",
        " ",
        "\n\n",
        "\n",
        "he said",
        ",",
        ".",
        ":",
        "—",
        "Zoë",
        "Berg",
        "told",
        "according to",
        "that",
        "é",
        "the minister",
        "(",
        ")",
        "said",
        "Ørsted",
        "?",
        "s",
    ];
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..400 {
        let mut t = String::new();
        for _ in 0..40 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            t.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            t.push(' ');
        }
        let (q, m) = run_with(&t, &[ANNA]);
        for x in &q {
            assert!(x.span.start <= x.span.end && x.span.end <= t.len());
            if let Some(s) = x.speaker_span {
                assert!(t.is_char_boundary(s.start) && t.is_char_boundary(s.end));
            }
        }
        for x in &m {
            assert!(t.is_char_boundary(x.span.start) && t.is_char_boundary(x.span.end));
        }
    }
}

#[test]
fn quotation_alone_after_a_reporting_sentence_takes_its_subject() {
    let t = "Dana Reyes praised the plan on Monday.\n\n“We need this bridge now.”";
    let q = run(t);
    let x = find(t, &q, "We need this bridge now.");
    assert_eq!(spk(t, x), Some("Dana Reyes"));
    assert_eq!(x.cue.as_deref(), Some("praised"));
}

#[test]
fn relative_that_is_the_speaker_as_written() {
    // Speakers are the words as written: the relative pronoun, like "who" ("a headline that
    // said"); the speaker it names is the phrase it hangs on.
    let t = "She posted it under a headline that said, “Talks collapse at dawn.”";
    let q = run(t);
    let x = find(t, &q, "Talks collapse at dawn.");
    assert_eq!(spk(t, x), Some("that"));
    assert_eq!(x.speaker.as_deref(), Some("a headline"));
    let t = "Anna Maria Berg, who said the truce was holding, left for Oslo.";
    let (q, _) = run_with(t, &[ANNA]);
    let x = find(t, &q, "the truce was holding");
    assert_eq!(spk(t, x), Some("who"));
    assert_eq!(x.speaker.as_deref(), Some("Anna Maria Berg"));
    assert_eq!(x.speaker_entity, Some(0));
    // Must not fire: "that" opening a clause after a verb is no subject.
    let t = "Officials said that the bridge will close in May.";
    let q = run(t);
    let x = find(t, &q, "that the bridge will close in May");
    assert_eq!(spk(t, x), Some("Officials"));
}

#[test]
fn a_time_phrase_between_a_relative_subject_and_its_verb_is_skipped() {
    let t = "The senator, who has in the past described the plan as reckless, voted for it.";
    let q = run(t);
    assert_eq!(spk(t, find(t, &q, "the plan as reckless")), Some("who"));
    let t = "The senator, who on Friday criticized the plan, voted for it.";
    let q = run(t);
    assert_eq!(spk(t, find(t, &q, "the plan")), Some("who"));
    // Must not fire: a phrase after a copula belongs to the relative clause of the subject.
    let t = "The senator who was in the room said the plan was reckless.";
    let q = run(t);
    let x = find(t, &q, "the plan was reckless");
    assert!(spk(t, x).is_some_and(|s| s.contains("senator")), "{x:?}");
}

#[test]
fn a_relative_subject_is_the_subject_of_its_second_verb() {
    let t = "He won over Weaver, who came out and endorsed the governor.";
    let q = run(t);
    assert_eq!(spk(t, find(t, &q, "the governor")), Some("who"));
    // Must not fire: "which" is the object of its clause ("which she was doing").
    let t = "Lee said the candidate was headed to the hall to give interviews, which she was \
             doing when police located her and told her to leave.";
    let q = run(t);
    assert!(
        q.iter().all(|x| spk(t, x) != Some("which")),
        "{:?}",
        q.iter()
            .map(|x| (x.span.slice(t), spk(t, x)))
            .collect::<Vec<_>>()
    );
}

#[test]
fn leading_search_stops_at_the_previous_sentence() {
    // "asked" belongs to the previous sentence; the quotation continues the earlier speech.
    let t = "“Jobs first,” Dana Reyes said when asked about the plan. “Nobody did it better.”";
    let q = run(t);
    let x = find(t, &q, "Nobody did it better.");
    assert_eq!(spk(t, x), Some("Dana Reyes"));
}

#[test]
fn told_with_an_object_before_the_content() {
    let t = "“It is over,” he told the AP.\n\n\
             Dana Reyes told conservative radio host Sam Brook on Wednesday that the tweet was a joke.";
    let q = run(t);
    assert!(q.iter().all(|x| x.span.slice(t) != "the AP"));
    let x = find(t, &q, "that the tweet was a joke");
    assert_eq!(x.kind, QuoteKind::Indirect);
    assert_eq!(spk(t, x), Some("Dana Reyes"));
}

#[test]
fn infinitive_content_time_word_and_subordinate_clause() {
    let t = "The government has pledged to double its aid.\n\n\
             Dana Reyes announced Sunday she will resign after the vote.\n\n\
             While Reyes claimed that the videos exist, nobody has seen them.";
    let q = run(t);
    let a = find(t, &q, "to double its aid");
    assert_eq!(a.cue.as_deref(), Some("pledged"));
    let b = find(t, &q, "she will resign after the vote");
    assert_eq!(spk(t, b), Some("Dana Reyes"));
    let c = find(t, &q, "that the videos exist");
    assert_eq!(spk(t, c), Some("Reyes"));
}

#[test]
fn reported_clause_stops_before_a_trailing_relative_or_concessive_clause() {
    let t = "Axel Moreau said the quiet campaign helped the mayor, who has nothing to prove.";
    let q = run(t);
    let x = find(t, &q, "the quiet campaign helped the mayor");
    assert_eq!(spk(t, x), Some("Axel Moreau"));
}

#[test]
fn partial_quote_takes_the_nearest_cue() {
    let t = "She said the topic came up in December, when Dana Reyes called the frontrunner “the best recruiter of the group.”";
    let q = run(t);
    let x = find(t, &q, "the best recruiter of the group.");
    assert_eq!(spk(t, x), Some("Dana Reyes"));
    assert_eq!(x.cue.as_deref(), Some("called"));
}

#[test]
fn interrupted_quotation_shares_a_cue_that_also_opens_the_second_part() {
    let t = "''The plan was rushed,'' he said, ''and nobody read the fine print.''\n\n\
             “Your offer is kind,” I said, “but we must decline.”";
    let q = run(t);
    for words in ["The plan was rushed,", "and nobody read the fine print."] {
        let x = find(t, &q, words);
        assert_eq!(spk(t, x), Some("he"), "{words}");
        assert_eq!(x.cue.as_deref(), Some("said"));
    }
    for words in ["Your offer is kind,", "but we must decline."] {
        assert_eq!(spk(t, find(t, &q, words)), Some("I"), "{words}");
    }
    // A quotation ending on a full stop does not take the cue that opens the next one.
    let t = "“The vote is over.” Then she said, “We start again.”";
    let q = run(t);
    assert_eq!(find(t, &q, "The vote is over.").cue, None);
}

#[test]
fn a_text_speaks_for_itself_with_reads() {
    let t = "The council met on Friday.\n\n“The bridge will stay closed until spring,” the notice reads.";
    let q = run(t);
    let x = find(t, &q, "The bridge will stay closed until spring,");
    assert_eq!(spk(t, x), Some("the notice"));
    assert_eq!(x.cue.as_deref(), Some("reads"));
}

#[test]
fn a_dateline_is_not_the_subject() {
    let t = "OAKVILLE — Mayor Dana Crest opened the hearing on Monday and warned that the budget \
             would shrink.";
    let q = run(t);
    let x = find(t, &q, "that the budget would shrink");
    assert_eq!(spk(t, x), Some("Mayor Dana Crest"));
    // Nor part of the content reported before "according to".
    let t = "OAKVILLE (Wire) — Rents rose 5 percent last year, according to city records.";
    let q = run(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].span.slice(t), "Rents rose 5 percent last year");
    let t = "OAKVILLE (Wire) — Rents rose, according to city records, after a dry spell.";
    let q = run(t);
    assert!(
        q.iter().all(|x| !x.span.slice(t).starts_with("OAKVILLE")),
        "{q:?}"
    );
}

#[test]
fn a_cue_inside_reported_content_is_not_a_second_attribution() {
    let t = "The mayor said on Friday that critics believe the new tax is unfair to renters.";
    let q = run(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(spk(t, &q[0]), Some("The mayor"));
    assert_eq!(q[0].cue.as_deref(), Some("said"));
}

#[test]
fn back_as_an_adverb_and_participles_as_adjectives_are_no_cues() {
    for t in [
        "The governor beat back a strong challenge from the senator in the primary.",
        "The senator has won more pledged delegates than any rival in the race.",
    ] {
        assert!(run(t).is_empty(), "{t}: {:?}", run(t));
    }
    let t = "Local farmers back the plan to rebuild the old port.";
    let q = run(t);
    assert!(q
        .iter()
        .any(|x| x.span.slice(t) == "the plan to rebuild the old port"));
}

#[test]
fn dates_and_figures_are_no_speakers() {
    let t = "Only 3% support the plan to close the school.\n\n\
             Speaking in the hall, she added that the plan would wait.";
    let q = run(t);
    assert!(
        q.iter()
            .all(|x| x.cue.as_deref() != Some("support") || x.speaker_span.is_none()),
        "{q:?}"
    );
    let x = find(t, &q, "that the plan would wait");
    assert_eq!(spk(t, x), Some("she"));
}

#[test]
fn attribution_between_commas_splits_the_report_in_two() {
    let t = "The council met again.\n\nEvery tenant on the list, she said, will get a new lease by May.";
    let q = run(t);
    for words in ["Every tenant on the list", "will get a new lease by May"] {
        let x = find(t, &q, words);
        assert_eq!(x.kind, QuoteKind::Indirect);
        assert_eq!(spk(t, x), Some("she"));
    }
}

#[test]
fn a_share_of_people_is_a_speaker() {
    let t = "Nearly four in 10 said they would skip the vote.";
    let q = run(t);
    let x = find(t, &q, "they would skip the vote");
    assert!(spk(t, x).is_some_and(|s| s.ends_with("10")), "{x:?}");
}

#[test]
fn a_name_and_a_colon_open_a_report() {
    let t = "Berg: Farm subsidies will end at the close of next year.\n\n\
             Note: This story was updated with the new figures.\n\n\
             The Latest: The council will vote again on Monday morning.\n\n\
             Berg: Win the north.";
    let (q, _) = run_with(t, &[ANNA]);
    let x = find(t, &q, "Farm subsidies will end at the close of next year");
    assert_eq!(spk(t, x), Some("Berg"));
    assert_eq!(x.speaker.as_deref(), Some("Anna Maria Berg"));
    assert_eq!(x.cue.as_deref(), Some(":"));
    assert_eq!(q.len(), 1, "{q:?}");
}

#[test]
fn reported_content_ends_at_an_apposition_a_participle_or_its_relative_clause() {
    let t = "The inspector said the bridge was unsafe, a finding the city accepted.\n\n\
             The union endorsed the mayor, and its members began to campaign.\n\n\
             The judge, who said the law was unclear, sent the case back.\n\n\
             The agency said prices would rise, leaving families with less to spend.";
    let q = run(t);
    for words in [
        "the bridge was unsafe",
        "the mayor",
        "the law was unclear",
        "prices would rise",
    ] {
        find(t, &q, words);
    }
}

#[test]
fn no_report_after_a_quotation_attribution_or_from_a_finite_verb() {
    let t =
        "“The roads will be cleared by noon,” the mayor said, drawing laughter from the crowd.\n\n\
             The governor, speaking at the fair, was greeted by a long line of farmers.";
    let q = run(t);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].span.slice(t), "The roads will be cleared by noon,");
}

#[test]
fn participle_forms_and_inverted_reads() {
    let t = "“We will reopen the mill,” they had written to the board.\n\n\
             “Vote early,” reads the banner over the square.\n\n\
             Asked about the delay, the engineer was blunt:\n\n“The parts never came.”";
    let q = run(t);
    assert_eq!(
        spk(t, find(t, &q, "We will reopen the mill,")),
        Some("they")
    );
    let x = find(t, &q, "Vote early,");
    assert_eq!(spk(t, x), Some("the banner"));
    assert_eq!(x.cue.as_deref(), Some("reads"));
    assert_eq!(
        spk(t, find(t, &q, "The parts never came.")),
        Some("the engineer")
    );
}

#[test]
fn relative_and_parenthetical_reports_keep_a_verb_first_part() {
    let t = "The council passed a rule, which critics said was unfair to renters.\n\n\
             The new budget, officials said, was drafted in a hurry.\n\n\
             “The rent is too high,” the tenant said, referring to the new rates.";
    let q = run(t);
    find(t, &q, "was unfair to renters");
    // The relative pronoun is the report's first part.
    assert_eq!(spk(t, find(t, &q, "which")), Some("critics"));
    find(t, &q, "was drafted in a hurry");
    assert!(
        q.iter().any(|x| x.span.slice(t).contains("the new rates")),
        "{q:?}"
    );
}

#[test]
fn a_fragment_inside_reported_speech_takes_the_reporter() {
    let t = "The mayor says she admires what her aide calls “a brave stand” on rents.";
    let q = run(t);
    let x = find(t, &q, "a brave stand");
    assert_eq!(x.kind, QuoteKind::Partial);
    assert_eq!(spk(t, x), Some("The mayor"));
}

#[test]
fn a_reporting_noun_before_a_verb_is_no_cue() {
    let t = "The hearing went late into the night before the final report was filed.";
    let q = run(t);
    assert!(
        q.iter().all(|x| x.cue.as_deref() != Some("report")),
        "{q:?}"
    );
}

#[test]
fn a_speech_verb_in_a_title_case_headline_is_a_cue() {
    let t = "Governor Lund Says New Bridge Will Open in May.\n\n\
             The governor spoke on Monday. Said to be ready, the bridge waits.";
    let q = run(t);
    let x = find(t, &q, "New Bridge Will Open in May");
    assert_eq!(spk(t, x), Some("Governor Lund"));
    assert!(q.iter().all(|x| x.cue.as_deref() != Some("Said")), "{q:?}");
}

#[test]
fn a_title_in_quotation_marks_is_no_quotation() {
    let t = "“We will not wait,” Berg said on the radio show “Morning Desk.”\n\n\
             Berg, author of “The Long Road Home,” called the plan “a reckless gamble.”";
    let (q, _) = run_with(t, &[ANNA]);
    assert!(
        q.iter().all(|x| !x.span.slice(t).starts_with("Morning")),
        "{q:?}"
    );
    assert!(
        q.iter().all(|x| !x.span.slice(t).starts_with("The Long")),
        "{q:?}"
    );
    assert_eq!(find(t, &q, "a reckless gamble.").kind, QuoteKind::Partial);
}

#[test]
fn an_impression_without_a_source() {
    let t =
        "Beneath the noise, the council seemed ready to approve the plan, a sign of fatigue.\n\n\
             The mayor appeared in court on Monday.";
    let q = run(t);
    // The subject and the complement are the two parts.
    let x = find(t, &q, "the council");
    assert_eq!(x.kind, QuoteKind::Indirect);
    assert_eq!(x.cue.as_deref(), Some("seemed"));
    assert_eq!(x.speaker_span, None);
    find(t, &q, "ready to approve the plan");
    assert_eq!(q.len(), 2, "{q:?}");
    // An infinitive is an impression too; a dummy "it" is no part.
    let t = "Investors seem to agree with the board. It appears that the deal is off.";
    let q = run(t);
    find(t, &q, "Investors");
    find(t, &q, "to agree with the board");
    find(t, &q, "that the deal is off");
    assert!(q.iter().all(|x| x.span.slice(t) != "It"));
    // The subject is the noun phrase before the verb, without its auxiliary.
    let t = "Weaver didn't seem particularly impressed with the plan.";
    let q = run(t);
    find(t, &q, "Weaver");
    find(t, &q, "particularly impressed with the plan");
    // Must not fire: "appeared to the court" is no impression.
    let t = "The witness appeared to the court in person.";
    assert!(run(t).is_empty());
}

#[test]
fn as_reported_and_passive_agent() {
    let t = "As the Harbor Gazette reported, the ferry will stop running in May.\n\n\
             The leak was first reported by the Harbor Gazette.";
    let q = run(t);
    let x = find(t, &q, "the ferry will stop running in May");
    assert!(
        spk(t, x).is_some_and(|s| s.ends_with("Harbor Gazette")),
        "{x:?}"
    );
    let x = find(t, &q, "The leak");
    assert!(
        spk(t, x).is_some_and(|s| s.ends_with("Harbor Gazette")),
        "{x:?}"
    );
}

#[test]
fn noun_like_forms_before_that_and_adverbs_before_the_verb() {
    let t = "The Budget Office estimates that the bridge will cost twice as much.\n\n\
             Berg however said she would welcome a second vote.\n\n\
             Voters over 60 say they feel left out.";
    let (q, _) = run_with(t, &[ANNA]);
    let x = find(t, &q, "that the bridge will cost twice as much");
    assert_eq!(spk(t, x), Some("Budget Office"));
    let x = find(t, &q, "she would welcome a second vote");
    assert_eq!(spk(t, x), Some("Berg"));
    let x = find(t, &q, "they feel left out");
    assert!(spk(t, x).is_some_and(|s| s.ends_with("60")), "{x:?}");
}

#[test]
fn quotation_after_a_verb_and_a_comma_or_a_passive_agent() {
    let t = "The memo began, “All staff will return to the office on Monday.”\n\n\
             Berg was asked by a reporter, “Will you run again?”";
    let (q, _) = run_with(t, &[ANNA]);
    let x = find(t, &q, "All staff will return to the office on Monday.");
    assert_eq!(spk(t, x), Some("The memo"));
    let x = find(t, &q, "Will you run again?");
    assert_eq!(spk(t, x), Some("a reporter"));
}

#[test]
fn accused_with_an_object_reports_the_object_and_the_charge() {
    let t = "The senator accused him of hiding the true cost of the bridge.";
    let q = run(t);
    let x = find(t, &q, "him of hiding the true cost of the bridge");
    assert_eq!(spk(t, x), Some("The senator"));
}

#[test]
fn speakers_behind_a_parenthesis_an_inverted_cue_or_a_long_apposition() {
    let t = "“The port must stay open,” Sen. Ann Lee (D-Ore.) said. “Jobs depend on it.”\n\n\
             Rents could fall next year, said Bart Quill, an analyst at a bank.\n\n\
             “Prices have peaked.”\n\n\
             Berg, noting that “the market is calm,” added: “We expect a quiet year.”";
    let (q, _) = run_with(t, &[ANNA]);
    for words in ["The port must stay open,", "Jobs depend on it."] {
        assert!(
            spk(t, find(t, &q, words)).is_some_and(|s| s.contains("Ann Lee")),
            "{words}"
        );
    }
    assert_eq!(
        spk(t, find(t, &q, "Prices have peaked.")),
        Some("Bart Quill")
    );
    assert_eq!(spk(t, find(t, &q, "We expect a quiet year.")), Some("Berg"));
}

#[test]
fn a_name_set_off_after_a_described_person_is_the_speaker() {
    let t = "A spokesman for the ministry, Bart Quill, said the talks would resume.\n\n\
             Her lawyer, Anna Maria Berg, said she was innocent.\n\n\
             In Lisbon, Bart Quill said prices would rise.\n\n\
             Berg's spokesman, Bart Quill, said the trip was off.\n\n\
             The report, Quill said, was late.";
    let (q, _) = run_with(t, &[ANNA]);
    assert_eq!(
        spk(t, find(t, &q, "the talks would resume")),
        Some("Bart Quill")
    );
    assert_eq!(
        spk(t, find(t, &q, "she was innocent")),
        Some("Anna Maria Berg")
    );
    assert_eq!(spk(t, find(t, &q, "the trip was off")), Some("Bart Quill"));
    // Must not fire: a place before the comma, and a parenthetical cue.
    assert_eq!(spk(t, find(t, &q, "prices would rise")), Some("Bart Quill"));
    assert!(q.iter().all(|x| spk(t, x) != Some("The report")), "{q:?}");
}

#[test]
fn a_speaker_name_with_lower_case_words_is_reported_whole() {
    const BUREAU: E = E {
        name: "Bureau of Fish and Game",
        label: Label::ORG,
        role: None,
        forms: &["Bureau of Fish and Game"],
    };
    let t = "Deer numbers fell last year, the Bureau of Fish and Game said on Monday.";
    let (q, _) = run_with(t, &[BUREAU]);
    assert_eq!(
        spk(t, find(t, &q, "Deer numbers fell last year")),
        Some("Bureau of Fish and Game")
    );
}

#[test]
fn judge_as_a_noun_reports_nothing() {
    let t = "A federal judge on Monday blocked a state law that bans most protests.\n\n\
             Voters will judge that the plan failed.";
    let q = run(t);
    assert!(
        q.iter()
            .all(|x| !x.span.slice(t).contains("bans most protests")),
        "{q:?}"
    );
    // Must not fire: "judge" after a modal is still a verb.
    let x = find(t, &q, "that the plan failed");
    assert_eq!(x.cue.as_deref(), Some("judge"));
}

#[test]
fn the_subject_stands_before_a_place_phrase() {
    let t = "Officials in Lisbon said the talks had failed.\n\n\
             A spokesman at the embassy in Oslo said the visit was off.\n\n\
             Anna Maria Berg at a rally in Porto said the tax would go.\n\n\
             In Lisbon, traders said prices would rise.";
    let (q, _) = run_with(t, &[ANNA]);
    assert_eq!(
        spk(t, find(t, &q, "the talks had failed")),
        Some("Officials in Lisbon")
    );
    assert_eq!(
        spk(t, find(t, &q, "the visit was off")),
        Some("A spokesman")
    );
    assert_eq!(
        spk(t, find(t, &q, "the tax would go")),
        Some("Anna Maria Berg")
    );
    // Must not fire: a place in an opening adverbial is no object before the subject.
    assert_eq!(spk(t, find(t, &q, "prices would rise")), Some("traders"));
}

#[test]
fn a_pronoun_clause_after_a_time_phrase_is_the_content() {
    let t = "Zentrix said on Tuesday it would cut 2,000 jobs, according to a filing.\n\n\
             The mayor said on Friday, after the vote, that taxes would rise.";
    let q = run(t);
    let x = find(t, &q, "it would cut 2,000 jobs");
    assert_eq!(x.cue.as_deref(), Some("said"));
    assert_eq!(spk(t, x), Some("Zentrix"));
    // Must not fire: a time phrase closed by a comma with no pronoun inside.
    find(t, &q, "that taxes would rise");
}

#[test]
fn a_place_possessive_before_a_role_names_the_person_with_that_role() {
    const KENT: E = E {
        name: "Kent",
        label: Label::LOC,
        role: None,
        forms: &["Kent"],
    };
    let t = "Foreign Minister Anna Maria Berg arrived on Monday.\n\n\
             Kent's minister said the talks would resume.\n\n\
             Berg's minister said the visit was off.";
    let (q, _) = run_with(t, &[ANNA, KENT]);
    let x = find(t, &q, "the talks would resume");
    assert_eq!(x.speaker.as_deref(), Some("Anna Maria Berg"));
    // Must not fire: a person's possessive names someone else.
    let x = find(t, &q, "the visit was off");
    assert_ne!(x.speaker.as_deref(), Some("Anna Maria Berg"));
}

#[test]
fn a_relative_pronoun_after_an_apposition_means_the_person() {
    let t = "Anna Maria Berg, a Democrat who said the plan was rushed, voted no.\n\n\
             The mayor, who said taxes would rise, left early.";
    let (q, _) = run_with(t, &[ANNA]);
    let x = find(t, &q, "the plan was rushed");
    assert_eq!(x.speaker.as_deref(), Some("Anna Maria Berg"));
    // Must not fire: no person named before the phrase.
    let x = find(t, &q, "taxes would rise");
    assert_eq!(x.speaker.as_deref(), Some("The mayor"));
}

#[test]
fn the_company_is_the_organisation_named_before() {
    const ZEN: E = E {
        name: "Zentrix Technologies Inc.",
        label: Label::ORG,
        role: None,
        forms: &["Zentrix Technologies Inc."],
    };
    let t = "Zentrix Technologies Inc. reported a loss on Monday.\n\n\
             The company said sales fell in Europe.\n\n\
             The bank said rates would rise.";
    let (q, ms) = run_with(t, &[ZEN]);
    let x = find(t, &q, "sales fell in Europe");
    assert_eq!(x.speaker.as_deref(), Some("Zentrix Technologies Inc."));
    assert_eq!(spk(t, x), Some("The company"));
    assert!(ms.iter().any(|m| m.span.slice(t) == "The company"
        && m.kind == MentionKind::Nominal
        && m.label == Label::ORG));
    // Must not fire: no bank was named.
    let x = find(t, &q, "rates would rise");
    assert_eq!(x.speaker.as_deref(), Some("The bank"));
    assert_eq!(x.speaker_entity, None);
}

#[test]
fn an_apposition_inside_the_content_stays() {
    let t = "Officials said the navy plans to turn the island, a rock in the bay, into a base.\n\n\
             Half said they would move, compared with a third last year.";
    let q = run(t);
    find(
        t,
        &q,
        "the navy plans to turn the island, a rock in the bay, into a base",
    );
    find(t, &q, "they would move");
}

#[test]
fn called_with_a_pronoun_object_or_a_later_quotation() {
    let t = "The senator called him reckless.\n\n\
             The mayor called the plan to close three schools in the north “a mistake.”\n\n\
             The clerk called a meeting for Friday.";
    let q = run(t);
    assert_eq!(spk(t, find(t, &q, "him reckless")), Some("The senator"));
    assert!(
        q.iter()
            .any(|x| x.cue.as_deref() == Some("called") && x.span.slice(t).starts_with("the plan")),
        "{q:?}"
    );
    assert!(
        q.iter().all(|x| !x.span.slice(t).contains("meeting")),
        "{q:?}"
    );
}

#[test]
fn judgment_belief_and_manner_of_speaking_verbs() {
    let t = "The mayor commended the firefighters.\n\n\
             Critics deplored the vote on the budget.\n\n\
             She intends to run again.\n\n\
             The senator bemoaned the cuts to the program.\n\n\
             The judges met on Monday.";
    let q = run(t);
    assert_eq!(spk(t, find(t, &q, "the firefighters")), Some("The mayor"));
    assert_eq!(
        spk(t, find(t, &q, "the vote on the budget")),
        Some("Critics")
    );
    assert_eq!(spk(t, find(t, &q, "to run again")), Some("She"));
    assert_eq!(
        spk(t, find(t, &q, "the cuts to the program")),
        Some("The senator")
    );
    assert!(
        q.iter().all(|x| !x.span.slice(t).contains("Monday")),
        "{q:?}"
    );
}

#[test]
fn a_plural_noun_form_is_a_verb_after_a_pronoun_or_a_name() {
    let t = "She supports the health plan.\n\n\
             Lee backs the mayor.\n\n\
             The state plans were dropped.\n\n\
             The law differs in 50 states.";
    let q = run(t);
    assert_eq!(spk(t, find(t, &q, "the health plan")), Some("She"));
    assert_eq!(spk(t, find(t, &q, "the mayor")), Some("Lee"));
    assert_eq!(q.len(), 2, "{q:?}");
}

#[test]
fn clause_after_there_a_phrase_or_a_negated_participle() {
    let t = "The farmers insist there was a leak in the dam.\n\n\
             Okafor has said for months she is the best cook in town.\n\n\
             Lee isn't saying what she wants from the deal.\n\n\
             He said in an interview.";
    let q = run(t);
    assert_eq!(
        spk(t, find(t, &q, "there was a leak in the dam")),
        Some("The farmers")
    );
    assert_eq!(
        spk(t, find(t, &q, "she is the best cook in town")),
        Some("Okafor")
    );
    assert_eq!(
        spk(t, find(t, &q, "what she wants from the deal")),
        Some("Lee")
    );
    assert_eq!(q.len(), 3, "{q:?}");
}

#[test]
fn a_source_noun_before_its_verb_and_a_closing_verb_of_evidence() {
    let t = "A new report shows the economy grew.\n\n\
             The gap has narrowed since June, new records show.\n\n\
             Some believe the plan will fail.\n\n\
             Some reports were false.";
    let q = run(t);
    assert_eq!(
        spk(t, find(t, &q, "the economy grew")),
        Some("A new report")
    );
    assert_eq!(
        spk(t, find(t, &q, "The gap has narrowed since June")),
        Some("new records")
    );
    assert_eq!(spk(t, find(t, &q, "the plan will fail")), Some("Some"));
    assert_eq!(q.len(), 3, "{q:?}");
}

#[test]
fn nominal_cues_with_their_owner() {
    let t = "His plan to close the base angered voters.\n\n\
             Her claim that the vote was rigged drew criticism.\n\n\
             Lee's support for the bill was never firm, and his criticism of the mayor grew.\n\n\
             The support for the bill waned.";
    let q = run(t);
    let x = find(t, &q, "to close the base angered voters");
    assert_eq!((spk(t, x), x.cue.as_deref()), (Some("His"), Some("plan")));
    assert_eq!(
        spk(t, find(t, &q, "that the vote was rigged drew criticism")),
        Some("Her")
    );
    let x = find(t, &q, "the bill");
    assert_eq!(
        (spk(t, x), x.cue.as_deref()),
        (Some("Lee"), Some("support for"))
    );
    assert_eq!(spk(t, find(t, &q, "the mayor grew")), Some("his"));
    assert_eq!(q.len(), 4, "{q:?}");
}

#[test]
fn a_comparison_is_no_cue_and_an_inverted_cue_closes_the_sentence() {
    let t = "Turnout rose 5%, compared with 3% last year, according to officials.\n\n\
             The fair will be won by growers like Lee, who farms in a dry valley, says Tom \
             Dale, a judge of the show.";
    let q = run(t);
    let x = find(t, &q, "Turnout rose 5%, compared with 3% last year");
    assert_eq!(spk(t, x), Some("officials"));
    let x = find(
        t,
        &q,
        "The fair will be won by growers like Lee, who farms in a dry valley",
    );
    assert_eq!(spk(t, x), Some("Tom Dale"));
}

#[test]
fn speaker_behind_a_time_phrase_a_relative_clause_or_a_participle() {
    let t = "Lee in June sharply criticized the budget.\n\n\
             Two clerks who spoke with The Harbor Gazette said the archive was flooded.\n\n\
             A letter from the union obtained by the newspaper warns that the talks could fail.\n\n\
             Voters in Ohio said the race was close.";
    let q = run(t);
    assert_eq!(spk(t, find(t, &q, "the budget")), Some("Lee"));
    assert_eq!(
        spk(t, find(t, &q, "the archive was flooded")),
        Some("Two clerks")
    );
    assert_eq!(
        spk(t, find(t, &q, "that the talks could fail")),
        Some("the union")
    );
    // A place after the subject is no relative clause: the nearest phrase stays.
    assert!(spk(t, find(t, &q, "the race was close")).is_some_and(|s| s.ends_with("Ohio")));
}

#[test]
fn a_participle_takes_the_pronoun_subject_not_the_words_after_it() {
    let t = "Anna Maria Berg spoke in the morning.\n\n\
             She closed the bakery in Lund, Skåne, citing the storm.";
    let (q, _) = run_with(t, &[ANNA]);
    let x = find(t, &q, "the storm");
    assert_eq!(spk(t, x), Some("She"));
    assert_eq!(x.speaker.as_deref(), Some("Anna Maria Berg"));
}

#[test]
fn attitude_adjectives_after_a_copula() {
    let t = "The governor is confident that the bill will pass.\n\n\
             Lee was sharply critical of the new rules.\n\n\
             Voters remain eager to hear more.\n\n\
             A confident team took the field.\n\n\
             The critical vote is on Friday.";
    let q = run(t);
    let x = find(t, &q, "that the bill will pass");
    assert_eq!(
        (spk(t, x), x.cue.as_deref()),
        (Some("The governor"), Some("confident"))
    );
    let x = find(t, &q, "the new rules");
    assert_eq!(
        (spk(t, x), x.cue.as_deref()),
        (Some("Lee"), Some("critical of"))
    );
    assert_eq!(spk(t, find(t, &q, "to hear more")), Some("Voters"));
    assert_eq!(q.len(), 3, "{q:?}");
}

#[test]
fn made_it_clear_and_issuing_verbs() {
    let t = "The mayor made it clear that she would not resign.\n\n\
             The campaign released a statement on the vote.\n\n\
             The senator has made clear that the deal is off.\n\n\
             The team made it to the final.";
    let q = run(t);
    let x = find(t, &q, "that she would not resign");
    assert_eq!(
        (spk(t, x), x.cue.as_deref()),
        (Some("The mayor"), Some("made it clear"))
    );
    assert_eq!(
        spk(t, find(t, &q, "a statement on the vote")),
        Some("The campaign")
    );
    assert_eq!(
        spk(t, find(t, &q, "that the deal is off")),
        Some("The senator")
    );
    assert_eq!(q.len(), 3, "{q:?}");
}

#[test]
fn appositions_with_commas_ages_and_party_labels() {
    let t = "Tom Dale, a baker from Lyon, France, said the flour was too wet.\n\n\
             Rep. Ann Cole, D-Maine, said the bridge will open soon.\n\n\
             Lee Park, 70, said it was too cold to swim.\n\n\
             Mike Dunn says too much salt ruins the soup.\n\n\
             Ruth Hale says praise from chefs keeps her going.";
    let q = run(t);
    assert_eq!(
        spk(t, find(t, &q, "the flour was too wet")),
        Some("Tom Dale")
    );
    assert_eq!(
        spk(t, find(t, &q, "the bridge will open soon")),
        Some("Rep. Ann Cole")
    );
    assert_eq!(
        spk(t, find(t, &q, "it was too cold to swim")),
        Some("Lee Park")
    );
    assert_eq!(
        spk(t, find(t, &q, "too much salt ruins the soup")),
        Some("Mike Dunn")
    );
    assert_eq!(
        spk(t, find(t, &q, "praise from chefs keeps her going")),
        Some("Ruth Hale")
    );
}

#[test]
fn a_question_put_to_the_speaker() {
    let t = "When asked by a reporter whether the plan was legal, Lee said it was.\n\n\
             Asked at a briefing about the talks, the spokesman declined to comment.\n\n\
             She asked for more time.";
    let q = run(t);
    let x = find(t, &q, "whether the plan was legal");
    assert_eq!(
        (spk(t, x), x.cue.as_deref()),
        (Some("a reporter"), Some("asked"))
    );
    let x = find(t, &q, "the talks");
    assert_eq!((spk(t, x), x.cue.as_deref()), (None, Some("Asked")));
    assert!(
        q.iter().all(|x| !x.span.slice(t).contains("more time")),
        "{q:?}"
    );
    // An adverb before the agent.
    let t = "When asked directly by the Herald if he knew, Lee said no.";
    let q = run(t);
    let x = find(t, &q, "if he knew");
    assert!(spk(t, x).is_some_and(|s| s.ends_with("Herald")), "{x:?}");
    // A request in the infinitive; a question with commas inside runs to the answer's subject.
    let t = "Asked to describe the device, the chief said he could not.\n\n\
             Asked whether the plan, which critics call costly, would pass, Lee said it would.";
    let q = run(t);
    find(t, &q, "to describe the device");
    find(
        t,
        &q,
        "whether the plan, which critics call costly, would pass",
    );
    // Must not fire: "asked to" with its object is no request put to the speaker here, and
    // a question that has no answer after its comma keeps its first comma.
    let t = "Asked to the front, the chief spoke.\n\n\
             Asked whether the plan would pass, quickly, the chief left the room.";
    let q = run(t);
    assert!(
        q.iter().all(|x| !x.span.slice(t).starts_with("to the")),
        "{q:?}"
    );
    find(t, &q, "whether the plan would pass");
}

#[test]
fn a_transcript_turn_in_capitals_and_no_heading() {
    let t = "Debate transcript.\n\n\
             HOST: If I may, sir, we have very little time left tonight.\n\n\
             The Latest: Lee wins the caucuses in the north by a wide margin.";
    let q = run(t);
    assert_eq!(
        spk(
            t,
            find(
                t,
                &q,
                "If I may, sir, we have very little time left tonight"
            )
        ),
        Some("HOST")
    );
    assert!(
        q.iter().all(|x| !x.span.slice(t).contains("caucuses")),
        "{q:?}"
    );
    // Turns inside one paragraph: each runs to the next speaker's name.
    let t = "The host spoke first. Thanks to all. MS. HALE: You are kind. I mean it. GUEST: \
             I think you called me, too.";
    let q = run(t);
    assert_eq!(
        spk(t, find(t, &q, "You are kind. I mean it")),
        Some("MS. HALE")
    );
    assert_eq!(
        spk(t, find(t, &q, "I think you called me, too")),
        Some("GUEST")
    );
    // Must not fire: a capitalised word before a colon that is no speaker's name.
    let t = "The rules are simple. Rule one: Lee goes first, and then the rest follow.";
    let q = run(t);
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn a_headline_naming_its_written_source() {
    let t = "Poll: Lee and Tan hold narrow leads in the north\n\nThe race is close.";
    let q = run(t);
    let x = find(t, &q, "Lee and Tan hold narrow leads in the north");
    assert_eq!((spk(t, x), x.cue.as_deref()), (Some("Poll"), Some(":")));
    // Must not fire: a heading word that names no source.
    let t = "Update: Lee and Tan hold narrow leads in the north\n\nThe race is close.";
    let q = run(t);
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn a_noun_phrase_object_ends_before_an_adjunct_or_a_second_verb() {
    let t = "Mr. Dale endorsed Lee last week and has appeared at her side since.\n\n\
             The union endorsed Mr. Park in December.\n\n\
             Members favored Lee 61 percent to 20 percent.\n\n\
             The mayor praised the plan to build the bridge in the north.";
    let q = run(t);
    assert_eq!(spk(t, find(t, &q, "Lee")), Some("Mr. Dale"));
    assert_eq!(spk(t, find(t, &q, "Mr. Park")), Some("The union"));
    assert!(q
        .iter()
        .any(|x| x.span.slice(t) == "Lee" && spk(t, x) == Some("Members")));
    // A place phrase inside the object stays.
    find(t, &q, "the plan to build the bridge in the north");
}

#[test]
fn a_cue_closing_a_direct_quote_reports_nothing_after_its_object() {
    let t = "“Nobody wants this to last,” Berg told reporters outside the hall on Tuesday.\n\n\
             “We will sign,” Berg told the council that the deal was done.";
    let q = run_with(t, &[ANNA]).0;
    let texts: Vec<&str> = q.iter().map(|x| x.span.slice(t)).collect();
    assert!(
        !texts.iter().any(|s| s.contains("outside the hall")),
        "{texts:?}"
    );
    find(t, &q, "Nobody wants this to last,");
    // A that-clause after the object is still a report of its own.
    let x = find(t, &q, "that the deal was done");
    assert_eq!(x.kind, QuoteKind::Indirect);
}

#[test]
fn a_cue_in_the_infinitive_of_a_verb_of_continuing_chains_to_its_subject() {
    let t = "Even after the complaint was filed, Holt continued to say he had never met the clerk.";
    let q = run(t);
    let x = find(t, &q, "he had never met the clerk");
    assert_eq!(x.cue.as_deref(), Some("continued to say"));
    assert_eq!(x.speaker.as_deref(), Some("Holt"));
    // Nothing is reported backwards from the chain.
    assert!(q.iter().all(|x| !x.span.slice(t).starts_with("Even")));
    let t = "He went on to say the plan was a disaster.";
    let q = run(t);
    let x = find(t, &q, "the plan was a disaster");
    assert_eq!(spk(t, x), Some("He"));
    // Must not fire: infinitives that report nothing.
    let t = "They used to live near the school. She tried to leave the hall early.";
    let q = run(t);
    assert!(
        q.is_empty(),
        "{:?}",
        q.iter().map(|x| x.span.slice(t)).collect::<Vec<_>>()
    );
}

#[test]
fn a_number_standing_for_people_is_a_subject() {
    let t = "The two said they had taken their pleas to senior officials.";
    let q = run(t);
    let x = find(t, &q, "they had taken their pleas to senior officials");
    assert_eq!(spk(t, x), Some("The two"));
    // Must not fire: a number before a noun-like form ("two reports").
    let t = "The two reports were filed in May.";
    assert!(run(t).is_empty());
}

#[test]
fn voted_to_and_responded_to_report_their_object() {
    let t = "In 1988, the council voted to compensate the victims.";
    let q = run(t);
    let x = find(t, &q, "to compensate the victims");
    assert_eq!(spk(t, x), Some("the council"));
    let t = "The Lee campaign did not immediately respond to a request for comment.";
    let q = run(t);
    let x = find(t, &q, "a request for comment");
    assert_eq!(x.cue.as_deref(), Some("respond to"));
    // Must not fire: "vote" as a noun before "to", a vote to the people.
    let t = "The vote to the committee was close. Voters went to the polls.";
    assert!(run(t).is_empty());
}

#[test]
fn a_participle_after_a_direct_quotation_reports_for_its_speaker() {
    let t = "In a statement, Acme said: “The firm was highly successful a decade ago,” adding \
             that its market value quadrupled in less than a year.";
    let q = run(t);
    let x = find(
        t,
        &q,
        "that its market value quadrupled in less than a year",
    );
    assert_eq!(spk(t, x), Some("Acme"));
    // The direct quotation is not swallowed by an indirect report of "said".
    assert!(q.iter().all(|x| !x.span.slice(t).starts_with('“')));
    let t = "“She is a fine speaker, and that helps,” said the director, Jane Palm, adding \
             that against any other opponent things might have gone differently.";
    let q = run(t);
    let x = find(
        t,
        &q,
        "that against any other opponent things might have gone differently",
    );
    assert!(spk(t, x).is_some_and(|s| s.contains("director") || s.contains("Palm")));
    // Must not fire: a participle with no speaker anywhere in the sentence.
    let t = "“It was a long night,” adding to the gloom.";
    assert!(run(t).iter().all(|x| x.kind != QuoteKind::Indirect));
}

#[test]
fn a_passive_cue_before_an_infinitive_gives_the_subject_and_the_infinitive() {
    let t = "The fair is expected to draw 50,000 visitors - a key reason the city agreed.";
    let q = run(t);
    let a = find(t, &q, "The fair");
    let b = find(t, &q, "to draw 50,000 visitors");
    assert_eq!(a.cue.as_deref(), Some("expected"));
    assert!(a.speaker.is_none() && b.speaker.is_none());
    let t = "The first move, which is widely expected to come on Dec. 16, could roil markets.";
    let q = run(t);
    find(t, &q, "which");
    find(t, &q, "to come on Dec. 16");
    // Must not fire: an active "expected to" has its subject as the source.
    let t = "Analysts expected the bank to raise rates.";
    let q = run(t);
    assert!(q.iter().all(|x| x.span.slice(t) != "Analysts"));
}

#[test]
fn a_clause_opening_on_this_or_there_is_reported() {
    let t = "Others say this is just a rough patch.";
    let q = run(t);
    assert_eq!(
        spk(t, find(t, &q, "this is just a rough patch")),
        Some("Others")
    );
    let t = "Holt said there certainly was more room for him.";
    let q = run(t);
    find(t, &q, "there certainly was more room for him");
    // After a weekday, a subject pronoun opens the report.
    let t = "Holt said on Friday he met the mayor earlier this week.";
    let q = run(t);
    find(t, &q, "he met the mayor earlier this week");
    // Must not fire: "said this week" reports nothing by itself.
    let t = "Holt said this week.";
    assert!(run(t).is_empty());
}

#[test]
fn a_quantifier_opens_the_speaker_phrase() {
    let t = "Each side said the other would be responsible.";
    let q = run(t);
    let x = find(t, &q, "the other would be responsible");
    assert_eq!(spk(t, x), Some("Each side"));
}

#[test]
fn a_closing_cue_followed_by_a_participle_reports_backwards() {
    let t = "The two leaders will meet next week, Spicer said, adding, “They need to talk.”";
    let q = run(t);
    let x = find(t, &q, "The two leaders will meet next week");
    assert_eq!(spk(t, x), Some("Spicer"));
    assert_eq!(spk(t, find(t, &q, "They need to talk.")), Some("Spicer"));
    // Must not fire backwards: a cue with its own object before the participle.
    let t = "Spicer said the leaders will meet, adding that no date is set.";
    let q = run(t);
    find(t, &q, "the leaders will meet");
    assert!(q.iter().all(|x| !x.span.slice(t).starts_with("Spicer")));
}

#[test]
fn a_parenthetical_cue_before_a_conjunction_has_two_parts() {
    let t = "She was happy to work the phones, she said, but only for local candidates.";
    let q = run(t);
    find(t, &q, "She was happy to work the phones");
    find(t, &q, "but only for local candidates");
    // Must not fire on what follows a cue after a quotation's close.
    let t = "“We won,” she said, and the crowd cheered.";
    let q = run(t);
    assert!(q.iter().all(|x| !x.span.slice(t).contains("crowd")));
}

#[test]
fn as_x_said_closing_a_sentence_reports_the_clause_before() {
    let t = "It does not answer whether the driver had a gun, as police have said.";
    let q = run(t);
    let x = find(t, &q, "It does not answer whether the driver had a gun");
    assert_eq!(spk(t, x), Some("police"));
}

#[test]
fn shares_of_those_polled_are_speakers() {
    let t = "Voters view Lee as prepared, with 50 percent saying she is ready for the job.";
    let q = run(t);
    let x = find(t, &q, "she is ready for the job");
    assert_eq!(spk(t, x), Some("50 percent"));
    let t = "On economic issues, 42% say they are liberal.";
    let q = run(t);
    find(t, &q, "they are liberal");
    // Must not fire: a figure before a verb that reports nothing.
    let t = "Sales rose 3% in May, with 40 stores closing early.";
    assert!(run(t).is_empty());
}

#[test]
fn a_relative_pronoun_is_not_a_part_of_a_clause_with_its_own_subject() {
    // Must not fire: "who" is the speaker here, not a part of the report.
    let t = "The mayor, who said the plan was sound, left early.";
    let q = run(t);
    assert!(q.iter().all(|x| x.span.slice(t) != "who"));
    // Nor when the report opens on its own subject.
    let t = "It was a rule that critics said they would fight.";
    let q = run(t);
    assert!(q.iter().all(|x| x.span.slice(t) != "that"));
}

#[test]
fn a_participle_takes_the_subject_of_its_own_clause() {
    let t = "His campaign sued the party in court on Friday, claiming the move would cost money.";
    let q = run(t);
    let x = find(t, &q, "the move would cost money");
    assert_eq!(spk(t, x), Some("His campaign"));
    let t = "Lee pivoted to trade, but Wallace pressed him again on the attacks, asking Lee to \
             share his views.";
    let q = run(t);
    let x = find(t, &q, "to share his views");
    assert_eq!(spk(t, x), Some("Wallace"));
    // A modifier before a participle adjective stays in the phrase.
    let t = "A newly elected official said the budget was late.";
    let q = run(t);
    assert_eq!(
        spk(t, find(t, &q, "the budget was late")),
        Some("A newly elected official")
    );
}

#[test]
fn according_to_a_source_with_a_relative_clause_reports_the_clause_before() {
    let t = "The group has called for attacks using vehicles, according to the Harbor Institute, \
             which monitors extremist statements.";
    let q = run(t);
    let x = find(t, &q, "The group has called for attacks using vehicles");
    assert!(spk(t, x).is_some_and(|s| s.contains("Harbor Institute")));
    // Must not cut a report whose source stands in the middle of it.
    let t = "The mill, according to the Harbor Institute, will close in May.";
    let q = run(t);
    assert!(q
        .iter()
        .any(|x| x.span.slice(t).contains("will close in May")));
}

#[test]
fn coordinated_quantified_and_generic_subjects_speak() {
    let t = "The book and film blame Holt for blocking the departure.";
    let q = run(t);
    let x = find(t, &q, "Holt for blocking the departure");
    assert_eq!(spk(t, x), Some("The book and film"));
    let t = "Both think the mayor advanced the agenda.";
    let q = run(t);
    assert_eq!(
        spk(t, find(t, &q, "the mayor advanced the agenda")),
        Some("Both")
    );
    let t = "Lee leads, but many mention the mayor only in passing.";
    let q = run(t);
    assert!(q.iter().any(|x| spk(t, x) == Some("many")), "{q:?}");
    let t = "Lee leads, although history says there can be upheavals.";
    let q = run(t);
    assert_eq!(
        spk(t, find(t, &q, "there can be upheavals")),
        Some("history")
    );
    // Must not fire: a bare noun that is no source ("the film's budget says nothing").
    let t = "Lee leads, although weather says little about turnout.";
    assert!(run(t).iter().all(|x| spk(t, x) != Some("weather")));
}

#[test]
fn plans_to_after_an_adverb_reports_the_infinitive() {
    // The infinitive is what is planned.
    let t = "The Lee Fund also plans to target voters via mail.";
    let q = run(t);
    let x = find(t, &q, "to target voters via mail");
    assert_eq!(x.cue.as_deref(), Some("plans"));
    assert!(spk(t, x).is_some_and(|s| s.contains("Lee Fund")));
    // Must not fire: the noun "plans".
    let t = "The plans to target voters were dropped.";
    assert!(run(t).iter().all(|x| x.cue.as_deref() != Some("plans")));
}

#[test]
fn an_inflected_stance_verb_in_a_title_case_headline_is_a_cue() {
    let t = "Senator Ann Lund Praises Harbor Plan For Its Ambition.\n\nThe senator spoke Monday.";
    let q = run(t);
    let x = find(t, &q, "Harbor Plan For Its Ambition");
    assert_eq!(spk(t, x), Some("Senator Ann Lund"));
    // Must not fire: a stance verb's bare form in a headline is a noun ("Support").
    let t = "Lund Support Grows Among Harbor Voters In The North.\n\nThe senator spoke Monday.";
    assert!(run(t).is_empty(), "{:?}", run(t));
}

#[test]
fn a_noun_phrase_object_ends_before_a_second_verb_or_a_weekday() {
    let t = "Lund talked about the stock market and made comments about trade.";
    let q = run(t);
    find(t, &q, "the stock market");
    let t = "Lund hasn't endorsed the mayor or conceded the race.";
    let q = run(t);
    find(t, &q, "the mayor");
    let t = "The station first published the video Friday afternoon.";
    let q = run(t);
    find(t, &q, "the video");
    // Must not cut a coordinated object: "praised the police and the firefighters".
    let t = "Lund praised the police and the firefighters.";
    let q = run(t);
    find(t, &q, "the police and the firefighters");
}

#[test]
fn according_to_after_an_opening_adverbial_reports_what_follows() {
    let t = "In addition, according to the department, nine million more workers will be covered.";
    let q = run(t);
    let x = find(t, &q, "nine million more workers will be covered");
    assert!(spk(t, x).is_some_and(|s| s.contains("department")));
    // A clause before the cue is still the report.
    let t = "The mill will close, according to the department.";
    let q = run(t);
    find(t, &q, "The mill will close");
}

#[test]
fn a_verb_and_particle_before_a_colon_introduce_a_quotation() {
    let t = "Asked about the flap, Mr. Holt shot back: “That would be good.”";
    let q = run(t);
    let x = find(t, &q, "That would be good.");
    assert_eq!(spk(t, x), Some("Mr. Holt"));
    assert_eq!(x.cue.as_deref(), Some("shot back"));
    let t = "As Professor Lund put it: “The city does a better job.”";
    let q = run(t);
    assert_eq!(
        spk(t, find(t, &q, "The city does a better job.")),
        Some("Professor Lund")
    );
    // Must not fire: a noun before the colon is no speaker ("The plan fell apart: “…”").
    let t = "The deal was off. The talks broke up: “Never again.”";
    let q = run(t);
    assert!(q.iter().all(|x| spk(t, x) != Some("The talks")), "{q:?}");
}

#[test]
fn a_passive_agent_may_follow_a_short_phrase() {
    let t = "Lund was also endorsed the day before by former rival Ann Berg.";
    let q = run(t);
    let x = find(t, &q, "Lund");
    assert!(spk(t, x).is_some_and(|s| s.contains("Ann Berg")));
    // Must not fire: "by" opening a time phrase after an active cue.
    let t = "Lund said the work would be done by Friday.";
    let q = run(t);
    assert!(q.iter().all(|x| x.span.slice(t) != "Lund"));
}

#[test]
fn a_second_verb_after_its_auxiliary_takes_the_subject() {
    let t = "Lund has called for new roads and has said that taxes can fall.";
    let q = run(t);
    let x = find(t, &q, "that taxes can fall");
    assert_eq!(spk(t, x), Some("Lund"));
    let t = "Neither company would comment on those reports.";
    let q = run(t);
    assert_eq!(
        spk(t, find(t, &q, "those reports")),
        Some("Neither company")
    );
}

#[test]
fn a_participle_after_a_plural_noun_takes_the_noun_as_source() {
    let t = "Hackers backing Lund hijacked the account in 2013.";
    let q = run(t);
    let x = find(t, &q, "Lund");
    assert_eq!(spk(t, x), Some("Hackers"));
    let t = "There would be more polls showing Lund ahead.";
    let q = run(t);
    assert_eq!(spk(t, find(t, &q, "Lund ahead")), Some("more polls"));
    // Must not fire: a participle after a verb form ending in -s.
    let t = "The bridge stands waiting for repairs.";
    assert!(run(t).is_empty(), "{:?}", run(t));
}

#[test]
fn as_for_opens_no_report() {
    // Must not fire: "As for X, …" is no "As reported by X, …".
    let t = "As for the proposals suggested by the tax experts, Lund would wait.";
    let q = run(t);
    assert!(
        q.iter().all(|x| x.span.slice(t) != "Lund would wait"),
        "{q:?}"
    );
    let t = "As first reported by the Harbor Post, the mill will close.";
    let q = run(t);
    find(t, &q, "the mill will close");
}

#[test]
fn a_judgment_in_the_passive_gives_the_subject_and_the_complement() {
    let t = "There were moments when he was described as becoming newly serious.";
    let q = run(t);
    find(t, &q, "he");
    find(t, &q, "as becoming newly serious");
    let t = "This has allowed Lund, who has been criticized as uninspiring, to speak.";
    let q = run(t);
    find(t, &q, "who");
    find(t, &q, "as uninspiring");
    // Must not fire: an active judgment keeps its subject as the source.
    let t = "Lund described the plan as a disaster.";
    let q = run(t);
    assert!(q.iter().all(|x| x.span.slice(t) != "Lund"), "{q:?}");
}

#[test]
fn the_object_of_a_causative_verb_is_the_source_of_the_infinitive() {
    let t = "The attack has led many cyber experts to suspect that the files were faked.";
    let q = run(t);
    let x = find(t, &q, "that the files were faked");
    assert_eq!(spk(t, x), Some("many cyber experts"));
    let t = "Lund won Tuesday, an unexpectedly strong win that led her to declare that the \
             nomination was in sight.";
    let (q, _) = run_with(
        t,
        &[E {
            name: "Ann Lund",
            label: Label::PER,
            role: None,
            forms: &["Lund"],
        }],
    );
    let x = find(t, &q, "that the nomination was in sight");
    assert_eq!(spk(t, x), Some("her"));
    assert_eq!(x.speaker.as_deref(), Some("Ann Lund"));
    // Must not fire: an infinitive of purpose after a noun ("a meeting to discuss").
    let t = "The council called an emergency meeting to discuss the test.";
    let q = run(t);
    assert!(
        q.iter().all(|x| spk(t, x) != Some("an emergency meeting")),
        "{q:?}"
    );
}

#[test]
fn a_cue_inside_an_asked_question_belongs_to_the_question() {
    let t = "Asked whether he was concerned that Lund could win the race, Holt demurred.";
    let q = run(t);
    let x = find(
        t,
        &q,
        "whether he was concerned that Lund could win the race",
    );
    assert_eq!(x.cue.as_deref(), Some("Asked"));
    assert!(
        q.iter().all(|x| x.cue.as_deref() != Some("concerned")),
        "{q:?}"
    );
}

#[test]
fn parenthetical_cues_with_a_phrase_or_an_infinitive_after_them() {
    let t = "Those discussions are continuing, he said.";
    let q = run(t);
    find(t, &q, "Those discussions are continuing");
    let t = "Fraudsters, he said in the video, don't last long.";
    let q = run(t);
    find(t, &q, "Fraudsters");
    find(t, &q, "don't last long");
    let t = "It is his job, he said, to talk to the public about the threat.";
    let q = run(t);
    find(t, &q, "It is his job");
    find(t, &q, "to talk to the public about the threat");
    let t = "One says the city has the most, while another says the town has more.";
    let q = run(t);
    assert_eq!(spk(t, find(t, &q, "the city has the most")), Some("One"));
    assert_eq!(spk(t, find(t, &q, "the town has more")), Some("another"));
}

#[test]
fn a_report_inside_a_relative_clause_before_a_finite_verb() {
    let t = "It is a group of hackers who officials say is tied to the agency.";
    let q = run(t);
    let x = find(t, &q, "is tied to the agency");
    assert_eq!(spk(t, x), Some("officials"));
    find(t, &q, "who");
    // Must not fire: a noun before a finite verb ("the conference report was filed").
    let t = "The conference report was filed late.";
    assert!(run(t).is_empty());
}

#[test]
fn a_weekday_phrase_before_an_object_and_a_quantifier_after_a_relative() {
    let t = "Authorities announced on Friday the arrest of a man in the shooting.";
    let q = run(t);
    assert!(
        q.iter()
            .any(|x| x.span.slice(t).starts_with("the arrest of a man")),
        "{q:?}"
    );
    let t = "The junta passed laws that some say target the minority.";
    let q = run(t);
    assert_eq!(spk(t, find(t, &q, "target the minority")), Some("some"));
    // Must not fire: "on Friday" closing the sentence reports nothing.
    let t = "Lund spoke on Friday.";
    assert!(run(t).is_empty());
}

const LUND: E = E {
    name: "Kari Lund",
    label: Label::PER,
    role: None,
    forms: &["Kari Lund", "Lund"],
};

#[test]
fn a_participle_takes_the_subject_after_an_opening_conjunction_or_place() {
    let t = "The hall was full. And then Lund went on the attack, saying, “Will the mayor resign?”";
    let (q, _) = run_with(t, &[LUND]);
    assert_eq!(spk(t, find(t, &q, "Will the mayor resign?")), Some("Lund"));
    // "City, Region,": the second part of the place is no subject.
    let salem = E {
        name: "Salem",
        label: Label::LOC,
        role: None,
        forms: &["Salem"],
    };
    let oregon = E {
        name: "Oregon",
        label: Label::LOC,
        role: None,
        forms: &["Oregon"],
    };
    let t = "The hall was full. Speaking at a rally in Salem, Oregon, Lund went on the attack, \
             saying, “Will the mayor resign?”";
    let (q, _) = run_with(t, &[LUND, salem, oregon]);
    assert_eq!(spk(t, find(t, &q, "Will the mayor resign?")), Some("Lund"));
    // Must not fire: a person after the opening phrase stays the subject, and an opening
    // phrase is still skipped.
    let holt = E {
        name: "Tomas Holt",
        label: Label::PER,
        role: None,
        forms: &["Tomas Holt", "Holt"],
    };
    let t = "The hall was full. Speaking at a rally, Lund, Holt and others went on the attack, \
             saying, “Will the mayor resign?”";
    let (q, _) = run_with(t, &[LUND, holt]);
    assert_eq!(spk(t, find(t, &q, "Will the mayor resign?")), Some("Lund"));
    let t = "The hall was full. A few hours later, Lund went on the attack, saying, “Will \
             the mayor resign?”";
    let (q, _) = run_with(t, &[LUND]);
    assert_eq!(spk(t, find(t, &q, "Will the mayor resign?")), Some("Lund"));
    let t = "The hall was full. Later that night, Lund went on the attack, saying, “Will the \
             mayor resign?”";
    let (q, _) = run_with(t, &[LUND]);
    assert_eq!(spk(t, find(t, &q, "Will the mayor resign?")), Some("Lund"));
    let t = "The hall was full. But a day later, Lund changed course again, telling the paper \
             that “the law is settled.”";
    let (q, _) = run_with(t, &[LUND]);
    assert_eq!(spk(t, find(t, &q, "the law is settled.")), Some("Lund"));
    let t = "The hall was full. But other aides have been urging a delay, saying that “the law \
             is settled.”";
    let q = run(t);
    assert_eq!(
        spk(t, find(t, &q, "the law is settled.")),
        Some("other aides")
    );
}

#[test]
fn a_noun_like_verb_closes_a_trailing_attribution_with_a_phrase_before_it() {
    let t = "The ad ran all week.\n\n“She will stand up to the lobby,” a voice-over in the ad \
             states. “She will protect the clinics.”";
    let q = run(t);
    let x = find(t, &q, "She will stand up to the lobby,");
    assert_eq!(spk(t, x), Some("a voice-over"));
    assert_eq!(x.cue.as_deref(), Some("states"));
    assert_eq!(
        spk(t, find(t, &q, "She will protect the clinics.")),
        Some("a voice-over")
    );
    let t = "The paper was shared.\n\n“The kingdom fights terror,” the officials state in the \
             paper.";
    let q = run(t);
    assert_eq!(
        spk(t, find(t, &q, "The kingdom fights terror,")),
        Some("the officials")
    );
    // Must not fire: a noun form inside a longer subject is no cue ("the mayor of two states
    // wrote" keeps "wrote" and the mayor).
    let t = "The letter came.\n\n“Never again,” the mayor of two states wrote.";
    let q = run(t);
    let x = find(t, &q, "Never again,");
    assert_eq!(x.cue.as_deref(), Some("wrote"));
    assert_eq!(spk(t, x), Some("the mayor of two states"));
    let t = "Lund denied the “sexist” attacks on the secretary of state.";
    let (q, _) = run_with(t, &[LUND]);
    assert!(q.iter().all(|x| x.cue.as_deref() != Some("state")), "{q:?}");
    // Nor is a clause with its own verb a subject before a prepositional phrase.
    let t = "The chief said, “We lost.” Posters appeared in front of the office that said \
             “We won.”";
    let q = run(t);
    let x = find(t, &q, "We won.");
    assert!(
        !spk(t, x).is_some_and(|s| s.starts_with("Posters")),
        "{x:?}"
    );
}

#[test]
fn a_fragment_with_its_attribution_after_it_is_continued_by_the_next_quotation() {
    let t = "The speech was long. The address ''was a reply to the gloom of the last year,'' \
             said Kari Lund, a former speechwriter. ''People never elect a pessimist.''";
    let (q, _) = run_with(t, &[LUND]);
    let x = find(t, &q, "People never elect a pessimist.");
    assert_eq!(spk(t, x), Some("Kari Lund"));
    // Must not fire: a paragraph of narration in between ends the speech.
    let t = "The speech was long. The address ''was a reply to the gloom,'' said Kari Lund.\n\n\
             The hall emptied fast.\n\n''People never elect a pessimist.''";
    let (q, _) = run_with(t, &[LUND]);
    assert_eq!(spk(t, find(t, &q, "People never elect a pessimist.")), None);
}

#[test]
fn reported_content_goes_on_over_a_parenthesis_between_dashes() {
    let t = "Lund says the number of true voters — always small — shrinks as the vote nears.";
    let (q, _) = run_with(t, &[LUND]);
    let x = find(
        t,
        &q,
        "the number of true voters — always small — shrinks as the vote nears",
    );
    assert_eq!(spk(t, x), Some("Lund"));
    let t = "Lund said the tax (a new one) would pass in May.";
    let (q, _) = run_with(t, &[LUND]);
    find(t, &q, "the tax (a new one) would pass in May");
    // Must not fire: a single dash still ends the content.
    let t = "Lund said the plan would fail — a view the mayor shares.";
    let (q, _) = run_with(t, &[LUND]);
    find(t, &q, "the plan would fail");
}

const HOLM: E = E {
    name: "Karl Holm",
    label: Label::PER,
    role: None,
    forms: &["Karl Holm"],
};

#[test]
fn a_colon_headline_opening_on_a_quoted_fragment_reports_the_whole_line() {
    let t = "Karl Holm: ‘No Idea’ If I Would Have Told Her the Plan Was Bad.\n\n\
             Karl Holm said on Wednesday that he has no idea.";
    let (q, _) = run_with(t, &[HOLM]);
    let x = find(t, &q, "‘No Idea’ If I Would Have Told Her the Plan Was Bad");
    assert_eq!(spk(t, x), Some("Karl Holm"));
    // Must not fire: a quotation that is the whole statement stays a direct quotation.
    let t = "Karl Holm: “I had no idea the plan was bad.”\n\nHolm spoke on Wednesday.";
    let (q, _) = run_with(t, &[HOLM]);
    assert!(q.iter().all(|x| x.kind == QuoteKind::Direct), "{q:?}");
}

#[test]
fn a_that_clause_goes_on_over_a_second_that_and_a_parenthesis_after_that() {
    let t = "Lund predicted that wages would fall over time, but that overtime pay would offset \
             the loss.";
    let (q, _) = run_with(t, &[LUND]);
    find(
        t,
        &q,
        "that wages would fall over time, but that overtime pay would offset the loss",
    );
    let t = "The two admit that, given the partisan divide, meeting these goals will be hard.";
    let q = run(t);
    find(
        t,
        &q,
        "that, given the partisan divide, meeting these goals will be hard",
    );
    let t = "Lund noted that troop strength - about 160,000 in April - lags the target.";
    let (q, _) = run_with(t, &[LUND]);
    find(
        t,
        &q,
        "that troop strength - about 160,000 in April - lags the target",
    );
    // Must not fire: a clause after ", but" with its own subject and no "that" is no part of it.
    let t = "Lund predicted that wages would fall over time, but the mayor disagreed.";
    let (q, _) = run_with(t, &[LUND]);
    find(t, &q, "that wages would fall over time");
}

#[test]
fn known_as_and_known_for_give_a_name_or_a_reputation_with_no_source() {
    let t = "Lund won the string of contests known as Super Tuesday.";
    let (q, _) = run_with(t, &[LUND]);
    let x = find(t, &q, "Super Tuesday");
    assert_eq!(x.cue.as_deref(), Some("known as"));
    assert_eq!(x.speaker_span, None);
    find(t, &q, "the string of contests");
    let t = "The island was known as the Poorhouse of the Sea, with an economy of sugar.";
    let q = run(t);
    find(t, &q, "The island");
    find(t, &q, "the Poorhouse of the Sea");
    let t = "The group, also known as the Front, met on Monday.";
    let q = run(t);
    assert_eq!(q.len(), 1, "{q:?}");
    find(t, &q, "the Front");
    let t = "Lund is perhaps best known for his tough stance on migrants.";
    let (q, _) = run_with(t, &[LUND]);
    find(t, &q, "his tough stance on migrants");
    // Must not fire: "known" with no "as"/"for" names nothing.
    let t = "The results were known on Monday.";
    assert!(run(t).is_empty());
}

#[test]
fn see_an_object_as_something_is_a_judgment() {
    let t = "Most Democrats see Lund as an agent of decline.";
    let (q, _) = run_with(t, &[LUND]);
    let x = find(t, &q, "Lund as an agent of decline");
    assert_eq!(spk(t, x), Some("Most Democrats"));
    let t = "Many voters regard the deal as a betrayal.";
    let q = run(t);
    assert_eq!(
        spk(t, find(t, &q, "the deal as a betrayal")),
        Some("Many voters")
    );
    // Must not fire: "as" opening a clause or an adverb.
    let t = "Voters saw the mayor as he left the hall.";
    assert!(run(t).is_empty(), "{:?}", run(t));
    let t = "We saw the film as well.";
    assert!(run(t).is_empty());
}

#[test]
fn reported_content_ends_before_a_second_clause_of_the_writer() {
    let t = "Lund mentioned the governor twice, and at one point the crowd chanted her name.";
    let (q, _) = run_with(t, &[LUND]);
    find(t, &q, "the governor twice");
    let t = "Polls show that she leads by a small margin, with one poll finding a tie.";
    let q = run(t);
    find(t, &q, "that she leads by a small margin");
    let t = "Lund suggested that she is popular everywhere, rather than a regional candidate.";
    let (q, _) = run_with(t, &[LUND]);
    find(t, &q, "that she is popular everywhere");
    // Must not fire: a list with an earlier comma goes on.
    let t = "Lund pointed to schools, roads, and the new hospital.";
    let (q, _) = run_with(t, &[LUND]);
    find(t, &q, "schools, roads, and the new hospital");
}

#[test]
fn an_age_standing_for_a_person_is_a_speaker() {
    let t = "The video spread fast.\n\n“What if the mayor had lessons?” the 43-year-old asked in \
             the video’s description.";
    let q = run(t);
    let x = find(t, &q, "What if the mayor had lessons?");
    assert_eq!(spk(t, x), Some("the 43-year-old"));
    // Must not fire: a figure is still no speaker.
    let t = "The vote was close.\n\n“We won,” 43 agreed.";
    let q = run(t);
    assert!(q.iter().all(|x| spk(t, x) != Some("43")), "{q:?}");
}

#[test]
fn a_manner_adverb_before_a_place_phrase_is_no_content() {
    let t = "The call went out.\n\n“How are you today?” Miller, a retired worker, said \
             pleasantly into the phone.";
    let q = run(t);
    assert!(
        q.iter().all(|x| !x.span.slice(t).contains("pleasantly")),
        "{q:?}"
    );
    let t = "Lund wrote sarcastically on Twitter.";
    let (q, _) = run_with(t, &[LUND]);
    assert!(q.is_empty(), "{q:?}");
    // Must not fire: an adverb before the content proper stays ("complained bitterly about").
    let t = "Lund complained bitterly about the new tax on fuel.";
    let (q, _) = run_with(t, &[LUND]);
    assert!(!q.is_empty());
}

#[test]
fn a_verb_of_continuing_before_an_infinitive_that_reports_nothing_is_no_cue() {
    let t = "Lund continues to lead in the polls despite the scandal.";
    let (q, _) = run_with(t, &[LUND]);
    assert!(q.is_empty(), "{q:?}");
    // Must not fire: an infinitive that reports is still reported.
    let t = "Lund continued to insist that the vote was rigged.";
    let (q, _) = run_with(t, &[LUND]);
    find(t, &q, "that the vote was rigged");
}

#[test]
fn trailing_attributions_with_a_description_before_the_name_or_an_age_and_a_place() {
    let t = "The day was long.\n\n“She is also a mother of three boys,” another friend, Mara \
             Lind told the station.";
    let q = run(t);
    let x = find(t, &q, "She is also a mother of three boys,");
    assert_eq!(spk(t, x), Some("Mara Lind"));
    let t = "The poll was new.\n\n“I am not sure she was truthful,” Cecilia Purr, 67, a \
             retired clerk in Allentown, Pa., said in an interview.";
    let q = run(t);
    let x = find(t, &q, "I am not sure she was truthful,");
    assert_eq!(spk(t, x), Some("Cecilia Purr"));
    // An inverted cue closing the sentence before a quotation names its speaker.
    let t = "The poll was new. If the mayor acts now, members could push to replace him, said \
             Bart Nolan, an advocate. “It would avoid a big fight.”";
    let q = run(t);
    let x = find(t, &q, "It would avoid a big fight.");
    assert_eq!(spk(t, x), Some("Bart Nolan"));
    // Must not fire: a capitalised phrase before the comma is no description of the name.
    let t = "The day was long.\n\n“We lost,” Oslo, Mara Lind told the station.";
    let q = run(t);
    assert_ne!(spk(t, find(t, &q, "We lost,")), Some("Mara Lind"));
}

#[test]
fn an_unknown_verb_between_a_quotation_and_a_closing_name_is_its_cue() {
    let t = "Tips follow.\n\n“Go to people who support you,” advises psychologist Ann Alvord.";
    let q = run(t);
    let x = find(t, &q, "Go to people who support you,");
    assert_eq!(x.cue.as_deref(), Some("advises"));
    assert_eq!(spk(t, x), Some("Ann Alvord"));
    // Must not fire: a quotation ending its sentence, or a verb whose object runs on.
    let t = "Tips follow.\n\n“Go to people who support you.” Features Ann Alvord.";
    let q = run(t);
    assert_eq!(
        find(t, &q, "Go to people who support you.").speaker_span,
        None
    );
    let t = "Tips follow.\n\n“Go,” fans shouted Ann Alvord's name and more words after it.";
    let q = run(t);
    assert_ne!(find(t, &q, "Go,").cue.as_deref(), Some("fans"));
}

#[test]
fn a_transcript_turn_is_the_speaker_s_words_to_the_end_of_its_paragraph() {
    let t = "The interview aired on Sunday.\n\nHOST: Do you think he can heal the country?\n\n\
             JANE HOLM: Well, I think the whole nation needs to work together. People are \
             scared. They want safe homes.\n\nHOST: Thank you.";
    let q = run(t);
    let x = find(
        t,
        &q,
        "Well, I think the whole nation needs to work together. People are scared. They want \
         safe homes",
    );
    assert_eq!(spk(t, x), Some("JANE HOLM"));
    assert_eq!(x.cue.as_deref(), Some(":"));
    // The words inside the turn report nothing of their own.
    assert!(q.iter().all(|y| y.cue.as_deref() != Some("think")), "{q:?}");
    // Must not fire: a turn holding a direct quotation is left to the quotation.
    let t = "The interview aired.\n\nHOST: “We will win,” he said. Then he came back.";
    let q = run(t);
    assert!(
        q.iter()
            .all(|y| !y.span.slice(t).contains("Then he came back")),
        "{q:?}"
    );
}

#[test]
fn verbs_of_playing_down_attacking_and_reckoning_report() {
    let t = "The mayor downplayed the risk of flooding.";
    let q = run(t);
    assert_eq!(
        spk(t, find(t, &q, "the risk of flooding")),
        Some("The mayor")
    );
    let t = "Critics savaged the budget as a giveaway.";
    let q = run(t);
    assert_eq!(
        spk(t, find(t, &q, "the budget as a giveaway")),
        Some("Critics")
    );
    let t = "Analysts calculate that the deficit will double by 2030.";
    let q = run(t);
    assert_eq!(
        spk(t, find(t, &q, "that the deficit will double by 2030")),
        Some("Analysts")
    );
    // Must not fire: the adjective before a noun, and the noun after a determiner.
    for t in [
        "The savage storm hit the coast on Monday.",
        "A quick calculation showed the bridge was safe, the engineer's downplay aside.",
    ] {
        let q = run(t);
        assert!(
            q.iter().all(|x| !matches!(
                x.cue.as_deref(),
                Some("savage" | "downplay" | "calculation")
            )),
            "{t}: {q:?}"
        );
    }
}

#[test]
fn an_infinitive_after_a_promise_is_content_not_a_place() {
    // After an opening phrase and a comma, "agreed to lend …" reports what follows; the
    // opening phrase is no content.
    let t = "In the end, the company agreed to lend the city ten million dollars.";
    let q = run(t);
    assert_eq!(
        spk(t, find(t, &q, "to lend the city ten million dollars")),
        Some("the company")
    );
    assert!(q.iter().all(|x| x.span.slice(t) != "In the end"), "{q:?}");
    let t = "Later, the governor vowed to veto the bill.";
    let q = run(t);
    assert_eq!(
        spk(t, find(t, &q, "to veto the bill")),
        Some("the governor")
    );
    // Must not fire: "to" naming the audience of a speech verb keeps the report before it.
    let t = "The bridge is unsafe, the engineer said to reporters.";
    let q = run(t);
    assert_eq!(
        spk(t, find(t, &q, "The bridge is unsafe")),
        Some("the engineer")
    );
}

#[test]
fn an_inverted_cue_whose_speaker_has_a_long_apposition() {
    // The apposition after the name holds commas and a relative clause: it still closes the
    // sentence, and its verb reports nothing.
    let t = "The budget will be tight this year, said Mark Ellis, a debt expert who has \
             published several books, papers and essays on the topic.";
    let q = run(t);
    assert_eq!(
        spk(t, find(t, &q, "The budget will be tight this year")),
        Some("Mark Ellis")
    );
    assert!(
        q.iter().all(|x| x.cue.as_deref() != Some("published")),
        "{q:?}"
    );
    // Must not fire: a participle after the name is a report of its own, and a second
    // clause after ", and" is the writer's.
    let t = "The budget will be tight, said Mark Ellis, adding that taxes would rise.";
    let q = run(t);
    assert_eq!(
        spk(t, find(t, &q, "that taxes would rise")),
        Some("Mark Ellis")
    );
    let t = "Rates will rise, said the banker, a partner at the firm, and the markets fell.";
    let q = run(t);
    assert!(
        q.iter()
            .all(|x| !x.span.slice(t).contains("the markets fell")),
        "{q:?}"
    );
}

#[test]
fn a_cue_closing_an_opening_subordinate_clause_reports_nothing() {
    for t in [
        "After the senator testified, the committee moved on to the budget.",
        "When the mayor spoke, the crowd fell silent for a long time.",
    ] {
        let q = run(t);
        assert!(q.is_empty(), "{t}: {q:?}");
    }
    // Must not fire: a parenthetical cue after a comma of its own still reports the clause
    // after it, and "As X reported, …" is a report.
    let t = "After two quiet years, the agency said, deficits will rise sharply.";
    let q = run(t);
    assert_eq!(
        spk(t, find(t, &q, "deficits will rise sharply")),
        Some("the agency")
    );
    let t = "As the newspaper reported, the deal was signed on Friday.";
    let q = run(t);
    assert_eq!(
        spk(t, find(t, &q, "the deal was signed on Friday")),
        Some("the newspaper")
    );
}

#[test]
fn thanks_to_is_a_preposition() {
    for t in [
        "Families paid more, thanks to the new tax on benefits.",
        "Sales rose, thanks in part to a weaker currency.",
    ] {
        let q = run(t);
        assert!(
            q.iter().all(|x| x.cue.as_deref() != Some("thanks")),
            "{t}: {q:?}"
        );
    }
    // Must not fire: the verb still reports.
    let t = "The mayor thanks the volunteers for their work.";
    let q = run(t);
    assert_eq!(
        spk(t, find(t, &q, "the volunteers for their work")),
        Some("The mayor")
    );
}

#[test]
fn a_participle_after_a_noun_before_its_time_or_agent_modifies_the_noun() {
    let t = "A new poll released Friday found that most voters favor the plan.";
    let q = run(t);
    assert!(
        q.iter().all(|x| x.cue.as_deref() != Some("released")),
        "{q:?}"
    );
    let who = spk(t, find(t, &q, "that most voters favor the plan"));
    assert!(who.is_some_and(|w| w.starts_with("A new poll")), "{who:?}");
    let t = "In his own statement issued Tuesday, the chairman repeated the charge.";
    let q = run(t);
    assert!(
        q.iter().all(|x| x.cue.as_deref() != Some("issued")),
        "{q:?}"
    );
    // Must not fire: the finite verb with its object after a time word.
    let t = "The company released on Friday a report on its finances.";
    let q = run(t);
    assert!(
        q.iter().any(|x| x.cue.as_deref() == Some("released")),
        "{q:?}"
    );
}

#[test]
fn an_opening_phrase_is_no_report_when_the_cue_reports_forward() {
    // A quotation right after the cue, and a that-clause after a short phrase, carry the
    // report on: the phrase before the comma is the writer's.
    let t = "In a new poll, most farmers said “the subsidies” must go.";
    let q = run(t);
    assert!(
        q.iter().all(|x| x.span.slice(t) != "In a new poll"),
        "{q:?}"
    );
    assert!(
        q.iter()
            .any(|x| x.span.slice(t).contains("must go") && spk(t, x) == Some("most farmers")),
        "{q:?}"
    );
    let t = "When the family moved to the city, the son confided to her that money was short.";
    let q = run(t);
    assert!(
        q.iter()
            .all(|x| !x.span.slice(t).starts_with("When the family")),
        "{q:?}"
    );
    assert_eq!(spk(t, find(t, &q, "that money was short")), Some("the son"));
    // Must not fire: a cue closing the sentence after its comma still reports what is before.
    let t = "The plan will fail, the senator said on Tuesday.";
    let q = run(t);
    assert_eq!(
        spk(t, find(t, &q, "The plan will fail")),
        Some("the senator")
    );
}

#[test]
fn a_base_form_after_a_determiner_and_a_modifier_is_a_noun() {
    // (A possessive before the noun is its source: the nominal report of "his promise".)
    let t = "The president revisited his own promise to unite the country.";
    let q = run(t);
    assert!(
        q.iter()
            .all(|x| spk(t, x).is_none_or(|w| !w.contains("revisited"))),
        "{q:?}"
    );
    for t in [
        "In a press release earlier this month, the committee listed its goals.",
        "Markets may rise in the short term, but nobody knows for how long.",
    ] {
        let q = run(t);
        assert!(
            q.iter()
                .all(|x| !matches!(x.cue.as_deref(), Some("promise" | "release" | "term"))),
            "{t}: {q:?}"
        );
    }
    // Must not fire: a plural subject and a bare plural noun before the verb.
    let t = "Both of them say the plan is sound, and the people say it is not.";
    let q = run(t);
    assert_eq!(spk(t, find(t, &q, "it is not")), Some("the people"));
}

#[test]
fn a_list_after_including_belongs_to_the_report() {
    let t = "The minister said many groups would lose, including farmers and teachers.";
    let q = run(t);
    assert_eq!(
        spk(
            t,
            find(
                t,
                &q,
                "many groups would lose, including farmers and teachers"
            )
        ),
        Some("The minister")
    );
    // Must not fire: a relative clause after the comma still ends the report.
    let t = "The minister said many groups would lose, which angered the unions.";
    let q = run(t);
    find(t, &q, "many groups would lose");
    // A noun-phrase object goes on past ", including" too.
    let t = "The union criticized the new rules, including the longer shifts.";
    let q = run(t);
    find(t, &q, "the new rules, including the longer shifts");
    // Must not fire: a noun-phrase object still ends at its comma before other words.
    let t = "The union criticized the new rules, and the mayor agreed.";
    let q = run(t);
    find(t, &q, "the new rules");
}

#[test]
fn a_reason_or_a_concession_stays_in_the_report() {
    let t = "The mayor said the bridge would close, because the repairs had run late.";
    let q = run(t);
    find(
        t,
        &q,
        "the bridge would close, because the repairs had run late",
    );
    let t = "Lee said the plan would pass, even if the council objected.";
    let q = run(t);
    find(t, &q, "the plan would pass, even if the council objected");
    // Must not fire: a contrast with its own subject still ends the report.
    let t = "Lee said the plan would pass, but the council objected.";
    let q = run(t);
    find(t, &q, "the plan would pass");
}

#[test]
fn a_time_phrase_between_subject_and_cue_is_skipped() {
    let t = "The committee chairman earlier in the day touted the new findings.";
    let q = run(t);
    assert_eq!(
        spk(t, find(t, &q, "the new findings")),
        Some("The committee chairman")
    );
    // Must not fire: a time noun that is the object of a verb is no phrase to skip.
    let t = "The voters spent the day criticized by the candidates.";
    let q = run(t);
    assert!(q.iter().all(|x| spk(t, x) != Some("The voters")), "{q:?}");
}

#[test]
fn a_noun_form_verb_before_a_gerund_or_a_quantifier_reports() {
    let t = "Senator Lee supports raising the minimum wage to $15.";
    let q = run(t);
    assert_eq!(
        spk(t, find(t, &q, "raising the minimum wage to $15")),
        Some("Senator Lee")
    );
    let t = "Lee backs more of the spending cuts.";
    let q = run(t);
    assert_eq!(
        spk(t, find(t, &q, "more of the spending cuts")),
        Some("Lee")
    );
    // Must not fire: the noun before a participle phrase, and a plural noun after a
    // capitalised preposition.
    let t = "For reasons both economic and political, the plan failed.";
    let q = run(t);
    assert!(
        q.iter().all(|x| x.cue.as_deref() != Some("reasons")),
        "{q:?}"
    );
    let t = "The claims adding to the pressure came from the party.";
    let q = run(t);
    assert!(
        q.iter().all(|x| x.cue.as_deref() != Some("claims")),
        "{q:?}"
    );
}

#[test]
fn a_causative_before_a_long_title_and_name() {
    let t =
        "The victory led National Party Committee Chairman Rex Olsen to declare him the winner.";
    let q = run(t);
    let who = spk(t, find(t, &q, "him the winner"));
    assert!(who.is_some_and(|w| w.contains("Rex Olsen")), "{who:?}");
}

#[test]
fn a_statement_released_with_its_words_is_the_vehicle_not_the_report() {
    let t = "The union released a statement Wednesday saying the plan was unfair.";
    let q = run(t);
    assert!(q.iter().all(|x| x.span.slice(t) != "a statement"), "{q:?}");
    assert_eq!(
        spk(t, find(t, &q, "the plan was unfair")),
        Some("The union")
    );
    let t = "The senator released a letter from his doctor that says he is healthy.";
    let q = run(t);
    assert!(
        q.iter().all(|x| !x.span.slice(t).starts_with("a letter")),
        "{q:?}"
    );
    assert_eq!(spk(t, find(t, &q, "he is healthy")), Some("The senator"));
    // With no time word between the text and its participle too.
    let t = "The union released a statement saying the plan was unfair.";
    let q = run(t);
    assert!(
        q.iter()
            .all(|x| !x.span.slice(t).starts_with("a statement")),
        "{q:?}"
    );
    assert_eq!(
        spk(t, find(t, &q, "the plan was unfair")),
        Some("The union")
    );
    // Must not fire: a released thing that carries no words.
    let t = "The agency released the emails on Friday.";
    let q = run(t);
    assert!(
        q.iter().any(|x| x.span.slice(t).starts_with("the emails")),
        "{q:?}"
    );
}

#[test]
fn an_object_with_a_name_as_modifier_is_skipped() {
    // The cue closing the sentence reports what is before it, not its object.
    let t = "The new force will assist local fighters, the defense secretary told a Senate \
             panel Wednesday.";
    let q = run(t);
    assert!(
        q.iter().all(|x| !x.span.slice(t).starts_with("a Senate")),
        "{q:?}"
    );
    assert_eq!(
        spk(t, find(t, &q, "The new force will assist local fighters")),
        Some("the defense secretary")
    );
    let t = "The minister told a Senate panel that the troops would stay.";
    let q = run(t);
    assert_eq!(
        spk(t, find(t, &q, "that the troops would stay")),
        Some("The minister")
    );
    // Must not fire: a name and its noun that are the reported words' subject.
    let t = "The minister told reporters the Senate panel would meet again.";
    let q = run(t);
    find(t, &q, "the Senate panel would meet again");
}

#[test]
fn finding_oneself_is_no_finding() {
    let t = "The senator once again found himself embroiled in controversy.";
    let q = run(t);
    assert!(q.iter().all(|x| x.cue.as_deref() != Some("found")), "{q:?}");
    // Must not fire: a finding with its clause.
    let t = "The auditors found that the accounts were wrong.";
    let q = run(t);
    assert_eq!(
        spk(t, find(t, &q, "that the accounts were wrong")),
        Some("The auditors")
    );
}

#[test]
fn a_clause_after_a_parenthetical_cue_keeps_its_own_that() {
    let t = "If only a few delegates are at stake, the campaign said, it may not take that step.";
    let q = run(t);
    assert_eq!(
        spk(t, find(t, &q, "it may not take that step")),
        Some("the campaign")
    );
    // Must not fire: a parenthesis closed by its comma before "that".
    let t = "The minister said, however, that the talks would resume.";
    let q = run(t);
    assert_eq!(
        spk(t, find(t, &q, "that the talks would resume")),
        Some("The minister")
    );
}

#[test]
fn an_inverted_attribution_ends_the_content_before_it() {
    let t = "Voters want change, says Dana Moss, a pollster in the state capital.";
    let q = run(t);
    assert_eq!(spk(t, find(t, &q, "Voters want change")), Some("Dana Moss"));
    assert!(q.iter().all(|x| !x.span.slice(t).contains("says")), "{q:?}");
    // Must not fire: a speech verb after a comma with no subject after it.
    let t = "Officials said the roads were closed, said to be flooded, until Monday.";
    let q = run(t);
    assert!(
        q.iter()
            .any(|x| x.span.slice(t).starts_with("the roads were closed")),
        "{q:?}"
    );
}

#[test]
fn a_question_after_a_place_phrase_is_asked() {
    let t = "The chairman asked the federal attorney in Washington whether the senator had lied.";
    let q = run(t);
    assert_eq!(
        spk(t, find(t, &q, "whether the senator had lied")),
        Some("The chairman")
    );
    // Must not fire: a cue with a place phrase and nothing reported.
    let t = "The chairman spoke to the federal attorney in Washington.";
    let q = run(t);
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn hearsay_without_a_source_is_the_clause_around_reportedly() {
    // The words before and after the adverb are the two parts.
    let t = "The mill has reportedly cut 300 jobs since the spring, leaving the town worried.";
    let q = run(t);
    let x = find(t, &q, "The mill has");
    assert_eq!(x.cue.as_deref(), Some("reportedly"));
    assert_eq!(x.speaker_span, None);
    find(t, &q, "cut 300 jobs since the spring");
    assert_eq!(q.len(), 2, "{q:?}");
    // An opening phrase before its comma is the writer's; so is an adverb opening the sentence.
    let t = "In total, the raiders have reportedly taken 40 boats. Reportedly, the talks failed.";
    let q = run(t);
    find(t, &q, "the raiders have");
    find(t, &q, "taken 40 boats");
    find(t, &q, "the talks failed");
    // Must not fire: inside a report already made, and inside a quotation.
    let t = "Lee said the mill had reportedly cut jobs. \"We reportedly lost,\" Tan said.";
    let q = run(t);
    assert!(
        q.iter().all(|x| x.cue.as_deref() != Some("reportedly")),
        "{q:?}"
    );
}

#[test]
fn a_name_ending_like_a_participle_opens_the_sentence_as_its_subject() {
    let t = "Fleming said the members would still meet on Fridays.";
    let q = run(t);
    assert_eq!(
        spk(t, find(t, &q, "the members would still meet on Fridays")),
        Some("Fleming")
    );
    // Must not fire: a participle opening the sentence is no speaker.
    let t = "Speaking to reporters, the mayor said the bridge would reopen.";
    let q = run(t);
    assert_eq!(
        spk(t, find(t, &q, "the bridge would reopen")),
        Some("the mayor")
    );
}

#[test]
fn an_aside_between_the_subject_and_its_cue() {
    let t = "Farmers — and some ranchers — say the new rules will raise costs.";
    let q = run(t);
    assert_eq!(
        spk(t, find(t, &q, "the new rules will raise costs")),
        Some("Farmers")
    );
    let t = "Farmers - especially in the north - said the rules were unfair.";
    let q = run(t);
    assert_eq!(
        spk(t, find(t, &q, "the rules were unfair")),
        Some("Farmers")
    );
    let t = "Sen. Jo Hale (a Democrat so young she has been mistaken for an aide) says she was \
             adrift for weeks.";
    let q = run(t);
    assert!(
        spk(t, find(t, &q, "she was adrift for weeks")).is_some_and(|s| s.contains("Jo Hale")),
        "{q:?}"
    );
    // Must not fire: a clause between dashes with its own subject is no aside.
    let t = "The plan was late — it was never funded — officials said on Monday.";
    let q = run(t);
    assert!(q.iter().all(|x| spk(t, x) != Some("late")), "{q:?}");
}

#[test]
fn an_inverted_speaker_with_a_bare_role_and_commas_in_a_place_name() {
    let t = "The mayor has a strong ground game in the state, said Jo Marsh, director of the \
             Civic Project at the University of Kent, Canterbury, Centre for Towns.";
    let q = run(t);
    let x = find(t, &q, "The mayor has a strong ground game in the state");
    assert!(spk(t, x).is_some_and(|s| s.contains("Jo Marsh")), "{x:?}");
    // Must not fire: a lower-case clause after the name is no apposition.
    let t = "The mayor has a strong ground game, said Jo Marsh, adding that the race is close.";
    let q = run(t);
    find(t, &q, "that the race is close");
}

#[test]
fn a_parenthetical_cue_before_a_phrase_that_goes_on_with_the_report() {
    let t = "He has come up with a model, he said, for how the mills can keep running.";
    let q = run(t);
    find(t, &q, "He has come up with a model");
    find(t, &q, "for how the mills can keep running");
    // Must not fire: a phrase of place after the cue closes the sentence.
    let t = "He has come up with a model, he said, in an interview.";
    let q = run(t);
    find(t, &q, "He has come up with a model");
    assert!(
        q.iter().all(|x| !x.span.slice(t).contains("interview")),
        "{q:?}"
    );
}

#[test]
fn back_before_punctuation_is_a_particle() {
    let t = "Students should have no trouble paying the loans back, he said.";
    let q = run(t);
    find(
        t,
        &q,
        "Students should have no trouble paying the loans back",
    );
    // Must not fire: "back" as a verb after a plural subject still reports.
    let t = "Farmers back the plan to widen the road.";
    let q = run(t);
    find(t, &q, "the plan to widen the road");
}

#[test]
fn a_second_that_clause_after_a_clause_without_that() {
    let t = "Tan said his staff had done wrong, but that the party's response was \"an \
             egregious act.\"";
    let q = run(t);
    find(
        t,
        &q,
        "his staff had done wrong, but that the party's response was \"an egregious act.",
    );
    // Must not fire: a demonstrative "that" opens a sentence of the writer's.
    let t = "Tan said his staff had done wrong, and that is why the party lost.";
    let q = run(t);
    find(t, &q, "his staff had done wrong");
}

#[test]
fn a_nominal_report_goes_on_past_a_quotation_inside_it() {
    let t = "The site checked Lee's claim that there were \"thousands of errors\" in the count.";
    let q = run(t);
    find(
        t,
        &q,
        "that there were \"thousands of errors\" in the count",
    );
    // Must not fire: the report still ends at the sentence's end.
    let t = "The site checked Lee's claim that there were errors. \"None,\" Tan said.";
    let q = run(t);
    find(t, &q, "that there were errors");
}

#[test]
fn a_complementizer_that_is_no_relative_pronoun() {
    let t = "People briefed on the talks say that Gov. Jo Lee, who must decide, has revealed \
             almost nothing.";
    let q = run(t);
    let x = find(
        t,
        &q,
        "that Gov. Jo Lee, who must decide, has revealed almost nothing",
    );
    assert!(spk(t, x).is_some_and(|w| w.starts_with("People")), "{x:?}");
    assert!(q.iter().all(|x| x.span.slice(t) != "that"), "{q:?}");
    // Must not fire: a relative "that" after a noun is still the report's first part.
    let t = "It is a rule that critics say is unfair.";
    let q = run(t);
    find(t, &q, "that");
    find(t, &q, "is unfair");
}

#[test]
fn phrasal_verbs_that_say_nothing() {
    let t = "Around 30 people would show up to each event, he said.\n\n\
             Firms would write off the cost at once.";
    let q = run(t);
    find(t, &q, "Around 30 people would show up to each event");
    assert!(q.iter().all(|x| x.cue.as_deref() != Some("write")), "{q:?}");
    // Must not fire: the plain verbs still report.
    let t = "Polls show Lee ahead. Tan wrote that the plan failed.";
    let q = run(t);
    find(t, &q, "Lee ahead");
    find(t, &q, "that the plan failed");
}

#[test]
fn calling_someone_something_without_quotation_marks() {
    let t = "One of the doctors called Dr. Vale a quack and a fraud.\n\n\
             Critics called the contempt citation a political ploy.";
    let q = run(t);
    let x = find(t, &q, "Dr. Vale a quack and a fraud");
    assert_eq!(x.cue.as_deref(), Some("called"));
    find(t, &q, "the contempt citation a political ploy");
    // Must not fire: calling a meeting or a person on the phone names nothing.
    let t = "The mayor called a meeting on Monday. She called Lee after the vote.";
    let q = run(t);
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn while_without_a_comma_stays_in_the_report() {
    let t = "Lee said the files went through a private server while she was in office.";
    let q = run(t);
    find(
        t,
        &q,
        "the files went through a private server while she was in office",
    );
    // Must not fire: a contrast after a comma, or a second action of the subject.
    let t = "Lee said the course had closed, while others had slipped into debt.";
    let q = run(t);
    find(t, &q, "the course had closed");
    let t = "Lee vowed to limit the war while promising to win it.";
    let q = run(t);
    find(t, &q, "to limit the war");
}

#[test]
fn a_transcript_quoted_over_paragraphs_is_one_quote_per_turn() {
    let t = "Partial transcript as follows:\n\n\
             \"HOST: Do you really see those two as equal? Do you?\n\n\
             \"GUEST: Well, look, this is a show. But this is serious.\n\n\
             \"It is serious business.\n\n\
             \"HOST: If I may, sir, we have little time.\"\n\n\
             \"GUEST: I agree.\"\n\n\
             The show ended at nine.";
    let q = run(t);
    let x = find(t, &q, "Do you really see those two as equal? Do you");
    assert_eq!((spk(t, x), x.cue.as_deref()), (Some("HOST"), Some(":")));
    let x = find(
        t,
        &q,
        "Well, look, this is a show. But this is serious.\n\n\"It is serious business",
    );
    assert_eq!(spk(t, x), Some("GUEST"));
    find(t, &q, "If I may, sir, we have little time");
    assert_eq!(spk(t, find(t, &q, "I agree")), Some("GUEST"));
    assert_eq!(q.len(), 4, "{q:?}");
    // Must not fire: a quotation over paragraphs that opens on no speaker's name.
    let t = "He wrote:\n\n\"The plan failed. We knew it would.\n\n\"NOTE: it is late.\"";
    let q = run(t);
    assert!(q.iter().all(|x| x.cue.as_deref() != Some(":")), "{q:?}");
}

#[test]
fn an_infinitive_after_an_object_and_a_phrase_of_place() {
    let t = "Lee urged the voters at the fair to reject the plan.";
    let q = run(t);
    find(t, &q, "to reject the plan");
    let t = "Lee tells his supporters at a rally in Ohio to \"go to your place\" and vote early.";
    let q = run(t);
    let x = find(t, &q, "to \"go to your place\" and vote early");
    assert_eq!(spk(t, x), Some("Lee"));
    // Must not fire: "to" naming a place after the phrase is no infinitive.
    let t = "Lee told reporters at the airport in Ohio.";
    let q = run(t);
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn as_someone_put_it() {
    let t = "As Jo Amar, a law professor, put it, \"A compromise today may be far better.\"";
    let q = run(t);
    let x = find(t, &q, "A compromise today may be far better.");
    assert_eq!(x.cue.as_deref(), Some("put it"));
    assert!(spk(t, x).is_some_and(|s| s.contains("Jo Amar")), "{x:?}");
    let t = "The plan will \"make sure our economy works for everyone,\" as she put it on Monday.";
    let q = run(t);
    let x = find(t, &q, "make sure our economy works for everyone,");
    assert_eq!(spk(t, x), Some("she"));
    // Must not fire: putting a thing somewhere.
    let t = "He took the letter and put it in a drawer.";
    assert!(run(t).is_empty());
}

#[test]
fn a_participle_clause_ends_before_the_subjects_own_cue_and_colon() {
    let t = "Mr. Dale, noting that the races were close, added: \"I'm concerned about the vote.\"";
    let q = run(t);
    find(t, &q, "that the races were close");
    // Must not fire: a colon inside the report that no cue opens.
    let t = "Lee said the plan had one aim: lower costs for farmers.";
    let q = run(t);
    find(t, &q, "the plan had one aim: lower costs for farmers");
}

#[test]
fn a_finding_framed_by_its_poll() {
    let t = "In the latest Harbor Gazette poll, Lee leads Tan by 13 points among likely voters.";
    let q = run(t);
    let x = find(t, &q, "Lee leads Tan by 13 points among likely voters");
    assert_eq!(x.cue.as_deref(), Some("In"));
    assert_eq!(spk(t, x), Some("the latest Harbor Gazette poll"));
    let t = "In a survey conducted in May, 40 percent of voters were still undecided.";
    let q = run(t);
    find(t, &q, "40 percent of voters were still undecided");
    // Must not fire: an opening phrase that names no poll, or none as its head.
    let t = "In the fall of 2007, Lee held a 24-point lead over Tan.";
    assert!(run(t).is_empty());
    let t = "In the context of election polls, that means a candidate's voters stay home.";
    assert!(run(t).is_empty());
}

#[test]
fn a_common_noun_before_a_place_phrase_is_the_subject() {
    const KENT: E = E {
        name: "Kent",
        label: Label::LOC,
        role: None,
        forms: &["Kent"],
    };
    const ESSEX: E = E {
        name: "Essex",
        label: Label::LOC,
        role: None,
        forms: &["Essex"],
    };
    let t =
        "Since then, clinics in neighboring Kent and Essex have reported a surge in patients.\n\n\
             Hospitals in Kent said the wards were full.\n\n\
             Kent said the plan was fair.";
    let (q, _) = run_with(t, &[KENT, ESSEX]);
    let x = find(t, &q, "a surge in patients");
    assert_eq!(spk(t, x), Some("clinics in neighboring Kent and Essex"));
    assert_eq!(x.speaker_entity, None);
    assert_eq!(
        spk(t, find(t, &q, "the wards were full")),
        Some("Hospitals in Kent")
    );
    // Must not fire: a place that is itself the subject still speaks.
    assert_eq!(spk(t, find(t, &q, "the plan was fair")), Some("Kent"));
}

#[test]
fn a_headline_role_names_the_person_the_story_names_later() {
    const KENT: E = E {
        name: "Kent",
        label: Label::LOC,
        role: None,
        forms: &["Kent"],
    };
    let t = "Kent's minister vows to press ahead with tax plan\n\n\
             Foreign Minister Anna Maria Berg on Thursday defended the plan.\n\n\
             Kent's mayor vows to fight on.";
    let (q, _) = run_with(t, &[ANNA, KENT]);
    // "vows" is the verb after a role noun, not the owner's noun ("Kent's vows").
    let x = find(t, &q, "to press ahead with tax plan");
    assert_eq!(x.cue.as_deref(), Some("vows"));
    assert_eq!(x.speaker.as_deref(), Some("Anna Maria Berg"));
    // Must not fire: after the headline a role looks back only, and nobody is mayor.
    let x = find(t, &q, "to fight on");
    assert_eq!(x.speaker.as_deref(), Some("Kent's mayor"));
}

#[test]
fn speaking_somewhere_sets_the_scene_and_the_main_verb_reports() {
    let t = "Anna Maria Berg, speaking in Porto, urged voters to turn out.\n\n\
             Speaking to reporters on Monday, Berg said the tax would go.\n\n\
             Zentrix said on Tuesday that profit rose.\n\n\
             The Porto, Lisbon-based company reported a loss.\n\n\
             Berg was speaking about the tax, which she called unfair.";
    const ZEN: E = E {
        name: "Zentrix",
        label: Label::ORG,
        role: None,
        forms: &["Zentrix"],
    };
    let (q, _) = run_with(t, &[ANNA, ZEN]);
    let x = find(t, &q, "to turn out");
    assert_eq!(x.cue.as_deref(), Some("urged"));
    assert_eq!(x.speaker.as_deref(), Some("Anna Maria Berg"));
    let x = find(t, &q, "the tax would go");
    assert_eq!(x.cue.as_deref(), Some("said"));
    assert!(
        q.iter().all(|x| x.cue.as_deref() != Some("Speaking")),
        "{q:?}"
    );
    // "The X, Y-based company" is the organisation named last, as "the company" is.
    let x = find(t, &q, "a loss");
    assert_eq!(x.speaker.as_deref(), Some("Zentrix"));
    // Must not fire: "speaking about" reports what follows.
    find(t, &q, "the tax");
}

#[test]
fn measures_nationalities_and_clubs_in_attributions() {
    const SPANISH: E = E {
        name: "Spanish",
        label: Label::NORP,
        role: None,
        forms: &["Spanish"],
    };
    const CLUB: E = E {
        name: "Atletico Zentra",
        label: Label::ORG,
        role: None,
        forms: &["Atletico Zentra"],
    };
    const BANK: E = E {
        name: "Treasury",
        label: Label::ORG,
        role: None,
        forms: &["Treasury"],
    };
    let t = "Atletico Zentra signed a striker on Sunday.\n\n\
             The club said the fee was a record.\n\n\
             Rivals had also been interested, according to Spanish media.\n\n\
             The bank cut its rate by 25 basis points to 3%.\n\n\
             The Treasury estimates the measure will save money.";
    let (q, _) = run_with(t, &[SPANISH, CLUB, BANK]);
    assert_eq!(
        find(t, &q, "the fee was a record").speaker.as_deref(),
        Some("Atletico Zentra")
    );
    let x = find(t, &q, "Rivals had also been interested");
    assert_eq!(spk(t, x), Some("Spanish media"));
    assert_eq!(
        find(t, &q, "the measure will save money").cue.as_deref(),
        Some("estimates")
    );
    // "…, and the opposition leader, Jo Price, called": the name after the description.
    let t2 = "Several lawmakers objected, and the opposition leader, Anna Maria Berg, said the cuts were cruel.";
    let (q2, _) = run_with(t2, &[ANNA]);
    assert_eq!(
        find(t2, &q2, "the cuts were cruel").speaker.as_deref(),
        Some("Anna Maria Berg")
    );
    // Must not fire: "points to" after a measure.
    assert!(
        q.iter().all(|x| x.cue.as_deref() != Some("points to")),
        "{q:?}"
    );
}

#[test]
fn an_acronym_spelt_like_a_pronoun_is_a_name() {
    const WHO: E = E {
        name: "World Health Organization",
        label: Label::ORG,
        role: None,
        forms: &["World Health Organization", "WHO"],
    };
    let t =
        "WHO warns of rising measles cases\n\nThe World Health Organization said cases rose.\n\n\
             The nurse, who said the wards were full, left.";
    let (q, _) = run_with(t, &[WHO]);
    assert_eq!(
        find(t, &q, "rising measles cases").speaker.as_deref(),
        Some("World Health Organization")
    );
    // Must not fire: "who" in lower case is the relative pronoun.
    assert_eq!(
        find(t, &q, "the wards were full").speaker.as_deref(),
        Some("The nurse")
    );
}

#[test]
fn a_person_after_an_organisation_of_a_place_is_the_speaker() {
    let bank = E {
        name: "Bank of Eastland",
        label: Label::ORG,
        role: None,
        forms: &["Bank of Eastland"],
    };
    let roe = E {
        name: "Jane Roe",
        label: Label::PER,
        role: None,
        forms: &["Jane Roe"],
    };
    let texas = E {
        name: "Texas",
        label: Label::LOC,
        role: None,
        forms: &["Texas"],
    };
    let t = "Bank of Eastland Governor Jane Roe said the committee had voted unanimously.";
    let (q, _) = run_with(t, &[bank, roe]);
    let x = find(t, &q, "the committee had voted unanimously");
    assert_eq!(x.speaker.as_deref(), Some("Jane Roe"));
    // Must not fire: a person of a place is still the person, not the place.
    let t = "Senator Jane Roe of Texas said the bill would pass.";
    let (q, _) = run_with(t, &[roe, texas]);
    let x = find(t, &q, "the bill would pass");
    assert_eq!(x.speaker.as_deref(), Some("Jane Roe"));
}

#[test]
fn an_organisation_before_its_place_is_the_speaker() {
    let court = E {
        name: "Eastland Court of Appeals",
        label: Label::ORG,
        role: None,
        forms: &["Eastland Court of Appeals"],
    };
    let town = E {
        name: "Springfield",
        label: Label::LOC,
        role: None,
        forms: &["Springfield"],
    };
    let t = "The Eastland Court of Appeals in Springfield said the law was void.";
    let (q, _) = run_with(t, &[court, town]);
    let x = find(t, &q, "the law was void");
    assert_eq!(x.speaker.as_deref(), Some("Eastland Court of Appeals"));
    // Must not fire: officials at the organisation speak, not the organisation.
    let t = "Officials at the Eastland Court of Appeals in Springfield said the law was void.";
    let (q, _) = run_with(t, &[court, town]);
    let x = find(t, &q, "the law was void");
    assert!(
        spk(t, x).is_some_and(|s| s.starts_with("Officials")),
        "{x:?}"
    );
}

#[test]
fn a_stance_verb_in_the_passive_reports_nothing() {
    let t = "The launch, which will carry four crew, was pushed from May to June, \
             agency chief Jane Roe said at a briefing at the agency's headquarters in Eastville.";
    let q = run(t);
    assert!(
        q.iter().all(|x| x.cue.as_deref() != Some("pushed")),
        "{q:?}"
    );
    let x = find(
        t,
        &q,
        "The launch, which will carry four crew, was pushed from May to June",
    );
    assert_eq!(x.cue.as_deref(), Some("said"));
    // Must not fire: the active verb, and the passive with its agent.
    let t = "Unions pushed for higher wages.";
    assert!(run(t)
        .iter()
        .any(|x| x.cue.as_deref() == Some("pushed for")));
    let t = "The bill was endorsed by the mayor.";
    assert!(run(t).iter().any(|x| x.cue.as_deref() == Some("endorsed")));
}

#[test]
fn adding_a_figure_is_no_report() {
    let t = "Jane Roe added 24 points and 14 rebounds for the home side.";
    assert!(run(t).is_empty(), "{:?}", run(t));
    let t = "Healthcare, restaurants and government added the most jobs, while factories added \
             more positions.";
    assert!(run(t).is_empty(), "{:?}", run(t));
    // Must not fire: a clause after "added", and a figure inside it.
    let t = "Jane Roe added more talks would follow.";
    let q = run(t);
    find(t, &q, "more talks would follow");
    let t = "Jane Roe added that 24 people had been hurt.";
    let q = run(t);
    find(t, &q, "that 24 people had been hurt");
    let t = "Jane Roe added the team had scored 24 points.";
    let q = run(t);
    find(t, &q, "the team had scored 24 points");
}

#[test]
fn a_long_phrase_of_place_after_a_closing_cue_still_closes_the_report() {
    let t = "The mission was moved to May, Jane Roe said at a news conference at the \
             agency's headquarters in Eastville.";
    let q = run(t);
    let x = find(t, &q, "The mission was moved to May");
    assert_eq!(spk(t, x), Some("Jane Roe"));
    // Must not fire: a clause after the cue is the report.
    let t = "Sales fell, Jane Roe said at a meeting that the company would cut 500 jobs.";
    let q = run(t);
    find(t, &q, "that the company would cut 500 jobs");
}

#[test]
fn agreeing_a_thing_reports_nothing() {
    for t in [
        "The two sides agreed a ceasefire on Friday.",
        "Eastland agrees landmark rules on drones",
    ] {
        assert!(run(t).is_empty(), "{t}: {:?}", run(t));
    }
    // Must not fire: agreeing to do, that, or with someone.
    let t = "Ministers agreed to lend more.";
    find(t, &run(t), "to lend more");
    let t = "Ministers agreed that the fund would grow.";
    find(t, &run(t), "that the fund would grow");
}

#[test]
fn a_coordinated_cue_takes_the_subject_after_a_dated_dateline() {
    let t = "SYDNEY, Feb 4 (Reuters) - Eastland's central bank kept interest rates at 4.35% on \
             Tuesday and warned that inflation remained too high.";
    let q = run(t);
    let x = find(t, &q, "that inflation remained too high");
    assert_eq!(spk(t, x), Some("Eastland's central bank"));
    // An irregular past tense ends the subject as "-ed" does; a noun stays inside it.
    let t = "The board kept rates on hold and warned that prices would rise.";
    let q = run(t);
    assert_eq!(
        spk(t, find(t, &q, "that prices would rise")),
        Some("The board")
    );
    let t = "The budget cut hurt schools, and the union warned that pay would fall.";
    let q = run(t);
    assert_eq!(
        spk(t, find(t, &q, "that pay would fall")),
        Some("the union")
    );
}

#[test]
fn a_relative_clause_after_an_apposition_leads_back_to_the_name() {
    let t = "Jo Price, a professor of nutrition at the University of Eastland in Westland, who \
             was not involved in the research, said the increase in risk was small.";
    let q = run(t);
    let x = find(t, &q, "the increase in risk was small");
    assert_eq!(spk(t, x), Some("Jo Price"));
    let t = "Jo Price, a professor, who was not involved, said the risk was small.";
    let q = run(t);
    assert_eq!(spk(t, find(t, &q, "the risk was small")), Some("Jo Price"));
    // Must not fire: a relative clause right after the subject.
    let t = "The professor, who was not involved, said the risk was small.";
    let q = run(t);
    assert_eq!(
        spk(t, find(t, &q, "the risk was small")),
        Some("The professor")
    );
}

#[test]
fn weapons_attacks_are_no_words() {
    let t = "Eastland has stepped up its own drone attacks on oil refineries.";
    assert!(run(t).is_empty(), "{:?}", run(t));
    // Must not fire: a person's attacks on a rival are words.
    let t = "Her attacks on the mayor were sharp.";
    find(t, &run(t), "the mayor");
}

#[test]
fn a_closing_verb_of_evidence_may_end_on_a_time_phrase() {
    let t = "Consumer prices rose 4.1% in the year to December, data from the bureau showed \
             last week.";
    let q = run(t);
    let x = find(t, &q, "Consumer prices rose 4.1% in the year to December");
    assert_eq!(x.cue.as_deref(), Some("showed"));
    // Must not fire: a report after the verb.
    let t = "Prices rose, and data showed last week that wages fell.";
    let q = run(t);
    find(t, &q, "that wages fell");
}

#[test]
fn it_as_a_speaker_is_the_organisation() {
    let acme = E {
        name: "Acme Group",
        label: Label::ORG,
        role: None,
        forms: &["Acme Group", "Acme"],
    };
    let t = "Acme Group said on Thursday it would cut 5,000 jobs.\n\n\
             The provider employs about 130,000 people. It said about 1,000 of the roles would \
             be replaced by software.";
    let (q, _) = run_with(t, &[acme]);
    let x = find(
        t,
        &q,
        "about 1,000 of the roles would be replaced by software",
    );
    assert_eq!(x.speaker.as_deref(), Some("Acme Group"));
    // Must not fire: with no organisation named, "it" names nobody.
    let t = "The storm passed. It said nothing about the damage.";
    assert!(run(t).iter().all(|x| x.speaker.is_none()), "{:?}", run(t));
}

#[test]
fn names_that_speak_together_are_one_phrase() {
    let ents = [
        E {
            name: "Eastland",
            label: Label::LOC,
            role: None,
            forms: &["Eastland"],
        },
        E {
            name: "Westland",
            label: Label::LOC,
            role: None,
            forms: &["Westland"],
        },
        E {
            name: "Northland",
            label: Label::LOC,
            role: None,
            forms: &["Northland"],
        },
        E {
            name: "Trinidad and Tobago",
            label: Label::LOC,
            role: None,
            forms: &["Trinidad and Tobago"],
        },
    ];
    let t = "Eastland and Westland said on Tuesday that the truce would hold.";
    let (q, _) = run_with(t, &ents);
    let x = find(t, &q, "that the truce would hold");
    assert_eq!(x.speaker.as_deref(), Some("Eastland and Westland"));
    assert_eq!(x.speaker_entity, None);
    let t = "Northland, Eastland and Westland reported that new cases rose.";
    let (q, _) = run_with(t, &ents);
    let x = find(t, &q, "that new cases rose");
    assert_eq!(
        x.speaker.as_deref(),
        Some("Northland, Eastland and Westland")
    );
    // Must not fire: one name that holds "and".
    let t = "Trinidad and Tobago said that the truce would hold.";
    let (q, _) = run_with(t, &ents);
    let x = find(t, &q, "that the truce would hold");
    assert_eq!(x.speaker.as_deref(), Some("Trinidad and Tobago"));
}

#[test]
fn a_party_member_named_by_the_state_is_the_person_just_named() {
    let lee = E {
        name: "Dana Lee",
        label: Label::PER,
        role: Some("Senate Majority Leader"),
        forms: &["Dana Lee", "Lee"],
    };
    let ny = E {
        name: "New York",
        label: Label::LOC,
        role: None,
        forms: &["New York"],
    };
    let t = "Senate Majority Leader Dana Lee said the vote showed that the chamber could still \
             work. The New York Democrat urged House Republicans to take up a separate aid \
             package.";
    let (q, _) = run_with(t, &[lee, ny]);
    let x = find(t, &q, "to take up a separate aid package");
    assert_eq!(x.speaker.as_deref(), Some("Dana Lee"), "{q:?}");
    // Must not fire: with no person named before, the phrase is reported as written; and the
    // party itself speaks for itself.
    let t = "The storm passed. The Ohio Democrat said the bill was too costly.";
    let q = run(t);
    let x = find(t, &q, "the bill was too costly");
    assert_eq!(x.speaker.as_deref(), Some("The Ohio Democrat"), "{q:?}");
    let t = "Republicans said the bill was too costly.";
    let q = run(t);
    let x = find(t, &q, "the bill was too costly");
    assert_eq!(x.speaker.as_deref(), Some("Republicans"), "{q:?}");
}

#[test]
fn pushing_a_bill_through_is_no_stance() {
    let t = "House Speaker Jo Lane had pushed the bill through the House on Wednesday over \
             objections from conservatives.";
    let q = run(t);
    assert!(
        q.iter().all(|x| x.cue.as_deref() != Some("pushed")),
        "{q:?}"
    );
    // Must not fire: pushing others to act is a stance.
    let t = "Jo Lane pushed lawmakers to adopt rigorous standards for schools.";
    let q = run(t);
    assert!(
        q.iter().any(|x| x.cue.as_deref() == Some("pushed")),
        "{q:?}"
    );
}

#[test]
fn a_kind_of_business_is_the_organisation_named_last() {
    const ZEN: E = E {
        name: "Zentrix",
        label: Label::ORG,
        role: None,
        forms: &["Zentrix"],
    };
    let t = "Zentrix went further on Wednesday.\n\n\
             The Porto, Lisbon-based chain said it had filed a lawsuit in a state court.\n\n\
             The utility said a transformer had been damaged.";
    let (q, _) = run_with(t, &[ZEN]);
    let x = find(t, &q, "it had filed a lawsuit in a state court");
    assert_eq!(x.speaker.as_deref(), Some("Zentrix"), "{q:?}");
    let x = find(t, &q, "a transformer had been damaged");
    assert_eq!(x.speaker.as_deref(), Some("Zentrix"), "{q:?}");
    // Must not fire: with no organisation named, the phrase is reported as written.
    let t = "The storm passed.\n\nThe utility said a transformer had been damaged.";
    let q = run(t);
    let x = find(t, &q, "a transformer had been damaged");
    assert_eq!(x.speaker.as_deref(), Some("The utility"), "{q:?}");
}

#[test]
fn a_fronted_time_or_place_is_no_subject_before_a_named_speaker() {
    const PRIYA: E = E {
        name: "Priya Natarajan",
        label: Label::PER,
        role: None,
        forms: &["Priya Natarajan", "Natarajan"],
    };
    let t = "On Monday, Priya Natarajan, who leads the group, said the plan was bad.\n\n\
             Outside court, campaigner Priya Natarajan, whose group first raised concerns in \
             2021, said: \"Today is a vindication.\"";
    let (q, _) = run_with(t, &[PRIYA]);
    let x = find(t, &q, "the plan was bad");
    assert_eq!(x.speaker.as_deref(), Some("Priya Natarajan"), "{q:?}");
    let x = find(t, &q, "Today is a vindication.");
    assert_eq!(x.speaker.as_deref(), Some("Priya Natarajan"), "{q:?}");
    // Must not fire: a subject before an apposition and a relative clause is still found.
    let t = "Jo Price, a professor at the university in Eastland, who was not involved, said \
             the study was small.";
    const JO: E = E {
        name: "Jo Price",
        label: Label::PER,
        role: None,
        forms: &["Jo Price"],
    };
    let (q, _) = run_with(t, &[JO]);
    let x = find(t, &q, "the study was small");
    assert_eq!(x.speaker.as_deref(), Some("Jo Price"), "{q:?}");
}

#[test]
fn according_to_a_description_and_then_the_name_is_the_named_person() {
    const MELO: E = E {
        name: "Sebastiao Melo",
        label: Label::PER,
        role: None,
        forms: &["Sebastiao Melo"],
    };
    let t = "The river rose to more than 4 meters on Friday, its highest level since 1941, \
             according to the city's mayor, Sebastiao Melo.";
    let (q, _) = run_with(t, &[MELO]);
    let x = find(
        t,
        &q,
        "The river rose to more than 4 meters on Friday, its highest level since 1941",
    );
    assert_eq!(x.speaker.as_deref(), Some("Sebastiao Melo"), "{q:?}");
    // Must not fire: a clause after the source's comma is no name.
    let t = "The river rose on Friday, according to the city's mayor, who called for calm.";
    let q = run(t);
    let x = find(t, &q, "The river rose on Friday");
    assert_eq!(x.speaker.as_deref(), Some("the city's mayor"), "{q:?}");
}

#[test]
fn showing_no_emotion_reports_nothing() {
    let t = "Jo Lane showed no emotion as the sentence was read.";
    assert!(run(t).is_empty(), "{:?}", run(t));
    // Must not fire: what polls show is reported.
    let t = "Polls showed that Lee was ahead.";
    assert!(run(t).iter().any(|x| x.cue.as_deref() == Some("showed")));
}

#[test]
fn the_company_is_the_organisation_the_last_sentence_is_about() {
    let ents = [
        E {
            name: "Zentrix",
            label: Label::ORG,
            role: None,
            forms: &["Zentrix"],
        },
        E {
            name: "SoftBank",
            label: Label::ORG,
            role: None,
            forms: &["SoftBank"],
        },
        E {
            name: "Fidelity",
            label: Label::ORG,
            role: None,
            forms: &["Fidelity"],
        },
    ];
    let t = "Zentrix, founded in 2019 and backed by SoftBank and Fidelity, has raised about $1.1 \
             billion. The company did not say how much the chip would cost.";
    let (q, _) = run_with(t, &ents);
    let x = find(t, &q, "how much the chip would cost");
    assert_eq!(x.speaker.as_deref(), Some("Zentrix"), "{q:?}");
    // Must not fire: an organisation named long before (more than three sentences) still
    // speaks when no nearer one is named.
    let t = "SoftBank bought a stake. The deal closed. Prices rose. Rates fell. Markets cheered. \
             The company said it was pleased.";
    let (q, _) = run_with(t, &ents);
    let x = find(t, &q, "it was pleased");
    assert_eq!(x.speaker.as_deref(), Some("SoftBank"), "{q:?}");
}

#[test]
fn an_organisation_set_off_after_its_description_speaks() {
    let ents = [
        E {
            name: "NatWest",
            label: Label::ORG,
            role: None,
            forms: &["NatWest"],
        },
        E {
            name: "Royal Bank of Eastland Group",
            label: Label::ORG,
            role: None,
            forms: &["Royal Bank of Eastland Group"],
        },
    ];
    let t = "NatWest's corporate parent, the Royal Bank of Eastland Group, said in a statement \
             that the decisions were not taken lightly.";
    let (q, _) = run_with(t, &ents);
    let x = find(t, &q, "that the decisions were not taken lightly");
    assert_eq!(
        x.speaker.as_deref(),
        Some("Royal Bank of Eastland Group"),
        "{q:?}"
    );
    // Must not fire: a lower-case description after the comma is no name.
    let t = "NatWest's corporate parent, the largest lender, said the decisions were final.";
    let (q, _) = run_with(t, &ents);
    let x = find(t, &q, "the decisions were final");
    assert_ne!(
        x.speaker.as_deref(),
        Some("Royal Bank of Eastland Group"),
        "{q:?}"
    );
}

#[test]
fn the_company_is_no_public_body_and_a_product_recall_reports_nothing() {
    let ents = [
        E {
            name: "Zentrix Inc",
            label: Label::ORG,
            role: None,
            forms: &["Zentrix Inc"],
        },
        E {
            name: "U.S. Food and Drug Administration",
            label: Label::ORG,
            role: None,
            forms: &["U.S. Food and Drug Administration"],
        },
    ];
    let t = "Zentrix Inc is voluntarily recalling several lots of its blood pressure drug because \
             of an impurity, the U.S. Food and Drug Administration said on Friday. The company \
             said it had not received any reports of adverse events.";
    let (q, _) = run_with(t, &ents);
    let x = find(t, &q, "it had not received any reports of adverse events");
    assert_eq!(x.speaker.as_deref(), Some("Zentrix Inc"), "{q:?}");
    assert!(
        q.iter().all(|x| x.cue.as_deref() != Some("recalling")),
        "{q:?}"
    );
    let t = "Drugmaker recalls blood pressure pills. Carmaker recalls 300,000 vehicles.";
    assert!(run(t).is_empty(), "{:?}", run(t));
    // Nor a union: "the company" is the carmaker named before the union's president spoke.
    let ents2 = [
        E {
            name: "Zentor Motors",
            label: Label::ORG,
            role: None,
            forms: &["Zentor Motors"],
        },
        E {
            name: "United Auto Workers",
            label: Label::ORG,
            role: None,
            forms: &["United Auto Workers"],
        },
    ];
    let t = "A strike at Zentor Motors entered its third week. The United Auto Workers said \
             it would expand the walkout. The company said it had made a historic offer.";
    let (q, _) = run_with(t, &ents2);
    let x = find(t, &q, "it had made a historic offer");
    assert_eq!(x.speaker.as_deref(), Some("Zentor Motors"), "{q:?}");
    // ("The group" may be the union.)
    let t = "A strike at Zentor Motors entered its third week. The United Auto Workers said \
             it would expand the walkout. The group said talks had stalled.";
    let (q, _) = run_with(t, &ents2);
    let x = find(t, &q, "talks had stalled");
    assert_eq!(x.speaker.as_deref(), Some("United Auto Workers"), "{q:?}");
    // Must not fire: with only the public body named, "the company" names no one; a memory
    // is recalled.
    let t = "A drug was withdrawn, the U.S. Food and Drug Administration said. The company \
             said the risk was low.";
    let (q, _) = run_with(t, &ents);
    let x = find(t, &q, "the risk was low");
    assert_eq!(x.speaker.as_deref(), Some("The company"), "{q:?}");
    let t = "Jo Lane recalls that the plant was busy.";
    assert!(run(t).iter().any(|x| x.cue.as_deref() == Some("recalls")));
    // Nor an international body: "the port operator" named after a United Nations official
    // spoke is no one the story has named.
    let ents3 = [E {
        name: "United Nations",
        label: Label::ORG,
        role: None,
        forms: &["United Nations"],
    }];
    let t = "Talks at the United Nations stalled, officials said. The Varna-based port operator \
             said exports had fallen by half.";
    let (q, _) = run_with(t, &ents3);
    let x = find(t, &q, "exports had fallen by half");
    assert_ne!(x.speaker.as_deref(), Some("United Nations"), "{q:?}");
    // Nor a company named long before: a description that places the organisation introduces
    // a new one ...
    let ents4 = [E {
        name: "Zentrix Inc",
        label: Label::ORG,
        role: None,
        forms: &["Zentrix Inc"],
    }];
    let t = "Zentrix Inc bought a fleet of ships last year. Grain prices rose. Talks stalled. \
             Ships waited. Farmers protested. The Varna-based port operator said exports had \
             fallen by half. The company said prices would rise.";
    let (q, _) = run_with(t, &ents4);
    let x = find(t, &q, "exports had fallen by half");
    assert_ne!(x.speaker.as_deref(), Some("Zentrix Inc"), "{q:?}");
    // ... while "the company" still is the one named before.
    let x = find(t, &q, "prices would rise");
    assert_eq!(x.speaker.as_deref(), Some("Zentrix Inc"), "{q:?}");
}

#[test]
fn officials_on_both_sides_and_a_name_ending_in_a_particle_speak() {
    let t = "The ceasefire held for a second day on Sunday as three hostages were released, \
             officials on both sides said.";
    let q = run(t);
    let x = find(
        t,
        &q,
        "The ceasefire held for a second day on Sunday as three hostages were released",
    );
    assert_eq!(
        x.speaker.as_deref(),
        Some("officials on both sides"),
        "{q:?}"
    );
    const ANSARI: E = E {
        name: "Majed al-Ansari",
        label: Label::PER,
        role: None,
        forms: &["Majed al-Ansari"],
    };
    let t = "Foreign Ministry spokesman Majed al-Ansari told reporters that mediators were \
             working.";
    let (q, _) = run_with(t, &[ANSARI]);
    let x = find(t, &q, "that mediators were working");
    assert_eq!(x.speaker.as_deref(), Some("Majed al-Ansari"), "{q:?}");
    // Must not fire: a vote on a bill is no speaker ("the vote on the bill showed" is the vote).
    let t = "Officials said the talks on the border would resume.";
    let q = run(t);
    let x = find(t, &q, "the talks on the border would resume");
    assert_eq!(x.speaker.as_deref(), Some("Officials"), "{q:?}");
}

#[test]
fn a_clause_of_its_own_before_a_colon_introduces_the_quotation() {
    const LENA: E = E {
        name: "Lena Fischer",
        label: Label::PER,
        role: None,
        forms: &["Lena Fischer", "Fischer"],
    };
    let t = "Lena Fischer teaches in Munich. The Commission has promised to propose one, but \
             Fischer is sceptical: \"E-fuels will stay expensive for a long time.\"";
    let (q, _) = run_with(t, &[LENA]);
    let x = find(t, &q, "E-fuels will stay expensive for a long time.");
    assert_eq!(x.speaker.as_deref(), Some("Lena Fischer"), "{q:?}");
    // Must not fire: one clause, its verb introduces the quotation.
    let t = "Lena Fischer teaches in Munich. Fischer warned on Tuesday: \"Prices will rise.\"";
    let (q, _) = run_with(t, &[LENA]);
    let x = find(t, &q, "Prices will rise.");
    assert_eq!(x.speaker.as_deref(), Some("Lena Fischer"), "{q:?}");
    assert_eq!(x.cue.as_deref(), Some("warned"), "{q:?}");
}

#[test]
fn an_audience_after_told_is_no_content() {
    const MAO: E = E {
        name: "Mao Ning",
        label: Label::PER,
        role: None,
        forms: &["Mao Ning"],
    };
    let t = "Beijing \"will take all necessary measures,\" spokesperson Mao Ning told a regular \
             news briefing, urging Manila to stop.";
    let (q, _) = run_with(t, &[MAO]);
    assert!(
        q.iter().all(|x| !x.span.slice(t).contains("briefing")),
        "{q:?}"
    );
    // Must not fire: what is told after the audience is the content.
    let t = "Mao Ning told a regular news briefing that the talks would resume.";
    let (q, _) = run_with(t, &[MAO]);
    find(t, &q, "that the talks would resume");
}

#[test]
fn a_headline_title_alone_is_the_holder_the_story_names() {
    const REEVES: E = E {
        name: "Rachel Ames",
        label: Label::PER,
        role: Some("Chancellor"),
        forms: &["Rachel Ames", "Ames"],
    };
    let t = "Chancellor defends tax rise as firms warn of job losses\n\n\
             Chancellor Rachel Ames on Monday defended her decision to raise taxes.";
    let (q, _) = run_with(t, &[REEVES]);
    let x = q
        .iter()
        .find(|x| x.cue.as_deref() == Some("defends"))
        .expect("headline cue");
    assert_eq!(x.speaker.as_deref(), Some("Rachel Ames"), "{q:?}");
    // Must not fire: with no holder of the title named, the word is reported as written.
    let t = "Mayor defends tax rise\n\nThe council met on Monday.";
    let q = run(t);
    let x = q
        .iter()
        .find(|x| x.cue.as_deref() == Some("defends"))
        .expect("headline cue");
    assert_eq!(x.speaker.as_deref(), Some("Mayor"), "{q:?}");
}

#[test]
fn an_address_or_a_predicate_inside_the_subject_is_no_speaker() {
    let ents = [
        E {
            name: "Brant Roberts",
            label: Label::PER,
            role: None,
            forms: &["Brant Roberts"],
        },
        E {
            name: "University of California",
            label: Label::ORG,
            role: None,
            forms: &["University of California"],
        },
        E {
            name: "Santa Cruz",
            label: Label::LOC,
            role: None,
            forms: &["Santa Cruz"],
        },
        E {
            name: "Stefan Carlo",
            label: Label::PER,
            role: None,
            forms: &["Stefan Carlo"],
        },
        E {
            name: "Emily Stone",
            label: Label::PER,
            role: None,
            forms: &["Emily Stone"],
        },
    ];
    let t = "Brant Roberts, an astrophysicist at the University of California, Santa Cruz, and \
             a co-author, said the galaxy was bright.";
    let (q, _) = run_with(t, &ents);
    let x = find(t, &q, "the galaxy was bright");
    assert_eq!(x.speaker.as_deref(), Some("Brant Roberts"), "{q:?}");
    let t = "The galaxy, called JADES-GS-z14-0, is unusually bright for its age, said Stefan \
             Carlo of the Scuola Normale in Pisa, Italy, who led the study.";
    let (q, _) = run_with(t, &ents);
    let x = find(
        t,
        &q,
        "The galaxy, called JADES-GS-z14-0, is unusually bright for its age",
    );
    assert_eq!(x.speaker.as_deref(), Some("Stefan Carlo"), "{q:?}");
    let t = "\"Today, patients can breathe,\" said the group's regional president, Emily Stone.";
    let (q, _) = run_with(t, &ents);
    let x = find(t, &q, "Today, patients can breathe,");
    assert_eq!(x.speaker.as_deref(), Some("Emily Stone"), "{q:?}");
    // Must not fire: a place that speaks opens the sentence; a description alone stays.
    let t = "Santa Cruz, which hosts the lab, said the galaxy was bright.";
    let (q, _) = run_with(t, &ents);
    let x = find(t, &q, "the galaxy was bright");
    assert_eq!(x.speaker.as_deref(), Some("Santa Cruz"), "{q:?}");
    let t = "\"We can breathe,\" said the group's regional president.";
    let (q, _) = run_with(t, &ents);
    let x = find(t, &q, "We can breathe,");
    assert_eq!(
        x.speaker.as_deref(),
        Some("the group's regional president"),
        "{q:?}"
    );
}

#[test]
fn a_place_before_a_relative_clause_after_an_opener_speaks() {
    let ents = [E {
        name: "Eastland",
        label: Label::LOC,
        role: None,
        forms: &["Eastland"],
    }];
    let t = "In turn, Eastland, which calls the panel biased toward its neighbour, praised the \
             \u{201c}plan for joint river patrols\u{201d}.";
    let (q, _) = run_with(t, &ents);
    let x = find(t, &q, "plan for joint river patrols");
    assert_eq!(x.speaker.as_deref(), Some("Eastland"), "{q:?}");
}

#[test]
fn a_headline_gives_its_speaker_by_role() {
    let ents = [E {
        name: "Dana Kowal",
        label: Label::PER,
        role: Some("Sheriff"),
        forms: &["Dana Kowal"],
    }];
    let t = "Sheriff: Two held after a chase through the county\n\nTwo men were held on \
             Tuesday, Sheriff Dana Kowal said.";
    let (q, _) = run_with(t, &ents);
    let x = find(t, &q, "Two held after a chase through the county");
    assert_eq!(x.cue.as_deref(), Some(":"), "{q:?}");
    assert_eq!(x.speaker.as_deref(), Some("Dana Kowal"), "{q:?}");
    // Must not fire: a heading of one ordinary word.
    let t = "Weather: Rain all day in the north and the west\n\nIt rained.";
    assert!(run(t).is_empty(), "{:?}", run(t));
}

#[test]
fn an_inverted_cue_before_an_organisation_spokesman_is_the_persons() {
    let ents = [
        E {
            name: "National Security Council",
            label: Label::ORG,
            role: None,
            forms: &["National Security Council"],
        },
        E {
            name: "Jon Kerr",
            label: Label::PER,
            role: Some("National Security Council spokesman"),
            forms: &["Jon Kerr"],
        },
    ];
    let t =
        "\u{201c}We are deeply concerned,\u{201d} said National Security Council spokesman Jon \
             Kerr.";
    let (q, _) = run_with(t, &ents);
    let x = find(t, &q, "We are deeply concerned,");
    assert_eq!(x.speaker.as_deref(), Some("Jon Kerr"), "{q:?}");
    // Must not fire: the organisation alone speaks.
    let t = "\u{201c}We are deeply concerned,\u{201d} said the National Security Council.";
    let (q, _) = run_with(t, &ents);
    let x = find(t, &q, "We are deeply concerned,");
    assert_eq!(
        x.speaker.as_deref(),
        Some("National Security Council"),
        "{q:?}"
    );
}

#[test]
fn the_subject_ends_before_a_verb_of_spending_time() {
    let t = "The mayor spent hours explaining that the plan was sound.";
    let q = run(t);
    let x = find(t, &q, "that the plan was sound");
    assert_eq!(spk(t, x), Some("The mayor"));
    // Must not fire: an ordinary subject before its cue keeps its words.
    let t = "The city's spending panel explained that the plan was sound.";
    let q = run(t);
    let x = find(t, &q, "that the plan was sound");
    assert_eq!(spk(t, x), Some("The city's spending panel"));
}
