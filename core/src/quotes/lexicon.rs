//! Word lists of the quotation stage: reporting verbs in all their inflections, and the small
//! closed classes (pronouns, determiners, function words) the speaker finder needs.

use std::collections::HashMap;
use std::sync::OnceLock;

/// How a reporting verb behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueClass {
    /// Verbs of speaking that attribute a quotation on their own, before or after it
    /// ("…,” he said"; "X said that …"; "…, X added.").
    Speech,
    /// Verbs of belief, stance or demand: they attribute only the content that follows them
    /// ("X believes that …", "X called for …", "X condemned …").
    Stance,
}

/// What the lexicon knows about one inflected form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CueInfo {
    pub lemma: &'static str,
    pub class: CueClass,
    /// The `-ing` form ("saying", "adding"): a participle that takes the subject of its clause.
    pub participle: bool,
    /// Verbs whose object stands between them and the content ("told reporters that …").
    pub takes_object: bool,
    /// An attitude adjective ("confident", "critical"), a cue only after a copula.
    pub adjective: bool,
}

/// Speech verbs. `lemma` or `lemma/3sg/past/ing` for irregular or doubled forms.
const SPEECH: &[&str] = &[
    "say/says/said/saying",
    "add",
    "tell/tells/told/telling",
    "state",
    "note",
    "ask",
    "warn",
    "insist",
    "claim",
    "argue",
    "confirm",
    "deny/denies/denied/denying",
    "explain",
    "write/writes/wrote/writing/written",
    "tweet",
    "report",
    "announce",
    "reply/replies/replied/replying",
    "respond",
    "continue",
    "declare",
    "acknowledge",
    "admit/admits/admitted/admitting",
    "recall",
    "observe",
    "remark",
    "comment",
    "predict",
    "promise",
    "vow",
    "pledge",
    "concede",
    "contend",
    "maintain",
    "assert",
    "stress",
    "emphasize",
    "emphasise",
    "caution",
    "complain",
    "joke",
    "quip/quips/quipped/quipping",
    "boast",
    "brag/brags/bragged/bragging",
    "testify/testifies/testified/testifying",
    "conclude",
    "reveal",
    "repeat",
    "scoff",
    "sigh",
    "grumble",
    "shout",
    "yell",
    "whisper",
    "muse",
    "counter",
    "retort",
    "allege",
    "speculate",
    "lament",
    "agree",
    "suggest",
    "mention",
    "recount",
    "reiterate",
    "exclaim",
    "mutter",
    "snap/snaps/snapped/snapping",
    "fume",
    "answer",
    "inform",
    "assure",
    "remind",
    "wonder",
    "estimate",
    "charge",
    "demand",
    "urge",
    "add",
    "chime",
    "marvel/marvels/marveled/marveling",
    "concur/concurs/concurred/concurring",
    "elaborate",
    "specify/specifies/specified/specifying",
    "clarify/clarifies/clarified/clarifying",
    "opine",
    "recall",
    "post",
    "predict",
    "posit",
    "surmise",
    "plead",
    "beg/begs/begged/begging",
    "rail",
    "hint",
    "proclaim",
    "cry/cries/cried/crying",
    "groan",
    "gush",
    "pronounce",
    "shrug/shrugs/shrugged/shrugging",
    "rant",
    "summarize",
    "conclude",
    "acknowledge",
    "swear/swears/swore/swearing/sworn",
    "speak/speaks/spoke/speaking/spoken",
    "reason",
    "stipulate",
    "talk/talks/talked/talking",
    "refer/refers/referred/referring",
    "focus",
    "bark",
    "proclaim",
    "sneer",
    "scold",
    "chide",
    "rebuke",
    "rebut/rebuts/rebutted/rebutting",
    "interject",
    "interrupt",
    "recollect",
    "reminisce",
    "intone",
    "declare",
    "gripe",
    "grouse",
    "huff",
    "protest",
    "object",
    "plead",
    "assure",
    "confide",
    "confess",
    "divulge",
    "disclose",
    "publish",
];

/// More verbs of communication, after Levin (1993) 37.x: manner of speaking (37.3), means of
/// communication (37.4), chitchat and lecture (37.6, 37.10), say (37.7), complain (37.8),
/// advise (37.9), overstate (37.11); these attribute a quotation on either side.
const SPEECH_MORE: &[&str] = &[
    "murmur",
    "mumble",
    "stammer",
    "stutter",
    "holler",
    "bellow",
    "roar",
    "growl",
    "snarl",
    "hiss",
    "scream",
    "shriek",
    "wail",
    "whine",
    "moan",
    "chant",
    "blurt",
    "drawl",
    "thunder",
    "chat/chats/chatted/chatting",
    "converse",
    "gossip",
    "lecture",
    "preach",
    "articulate",
    "convey",
    "insinuate",
    "narrate",
    "quote",
    "crow",
    "kvetch",
    "whinge",
    "admonish",
    "instruct",
    "notify/notifies/notified/notifying",
    "exaggerate",
    "overstate",
    "understate",
    "inquire",
    "enquire",
    "query/queries/queried/querying",
    "remark",
    "aver",
    "avow",
    "attest",
    "certify/certifies/certified/certifying",
    "vouch",
    "explain",
    "dispute",
    "rebuff",
    "retract",
    "recant",
    "apologize",
    "apologise",
    "bemoan",
    "decry/decries/decried/decrying",
    "lobby/lobbies/lobbied/lobbying",
    "appeal",
    "petition",
    "implore",
    "entreat",
    "exhort",
    "insinuate",
    "signify/signifies/signified/signifying",
];

/// Stance verbs whose content is a noun phrase ("endorsed the senator", "praised X").
const STANCE: &[&str] = &[
    "downplay",
    "savage",
    "decline",
    "echo/echoes/echoed/echoing",
    "highlight",
    "encourage",
    "portray",
    "envision",
    "outline",
    "express",
    "discuss",
    "identify/identifies/identified/identifying",
    "view",
    "call",
    "accuse",
    "criticize",
    "criticise",
    "praise",
    "condemn",
    "welcome",
    "reject",
    "dismiss",
    "defend",
    "endorse",
    "oppose",
    "decry/decries/decried/decrying",
    "blame",
    "describe",
    "cite",
    "question",
    "accept",
    "attack",
    "slam/slams/slammed/slamming",
    "blast",
    "applaud",
    "hail",
    "advocate",
    "favor",
    "favour",
    "mock",
    "deride",
    "lambaste",
    "denounce",
    "challenge",
    "dub/dubs/dubbed/dubbing",
    "support",
    "back",
    "push",
    "pitch",
    "promote",
    "champion",
    "embrace",
    "target",
    "fault",
    "credit",
    "thank",
    "congratulate",
    "compare",
    "insult",
    "ridicule",
    "vote",
    "label/labels/labeled/labeling",
    "term",
    "brand",
    "tout",
    "lash",
];

/// Stance, belief and demand verbs whose content is usually a clause ("believes the plan
/// will fail", "hopes to win").
const STANCE_CLAUSE: &[&str] = &[
    "calculate",
    "know/knows/knew/knowing/known",
    "believe",
    "think/thinks/thought/thinking",
    "feel/feels/felt/feeling",
    "hope",
    "expect",
    "fear",
    "worry/worries/worried/worrying",
    "want",
    "wish",
    "show/shows/showed/showing",
    "find/finds/found/finding",
    "indicate",
    "propose",
    "signal/signals/signaled/signaling",
    "imply/implies/implied/implying",
    "recommend",
    "request",
    "threaten",
    "doubt",
    "plan/plans/planned/planning",
    "seek/seeks/sought/seeking",
    "refuse",
    "prefer/prefers/preferred/preferring",
    "recognize",
    "understand/understands/understood/understanding",
    "assume",
    "suspect",
    "consider",
    "learn",
    "discover",
    "realize",
    "decide",
    "promise",
    "vow",
    "demand",
    "acknowledge",
    "reaffirm",
    "affirm",
    "guarantee",
    "forecast/forecasts/forecast/forecasting",
    "anticipate",
    "conclude",
    "determine",
    "point",
    "imagine",
    "predict",
    "admit/admits/admitted/admitting",
    "warn",
    "argue",
    "stress",
    "note",
    "say",
    "insist",
];

/// Verbs of judgment (Levin 33) and of attitude towards a thing (Levin 31.2, admire): their
/// content is the noun phrase judged ("commended the effort", "deplored the vote").
const JUDGMENT: &[&str] = &[
    "acclaim",
    "assail",
    "castigate",
    "censure",
    "chastise",
    "commend",
    "compliment",
    "denigrate",
    "disparage",
    "excoriate",
    "extol/extols/extolled/extolling",
    "laud",
    "reprimand",
    "reproach",
    "repudiate",
    "revile",
    "salute",
    "scorn",
    "vilify/vilifies/vilified/vilifying",
    "upbraid",
    "belittle",
    "lampoon",
    "skewer",
    "berate",
    "pillory/pillories/pilloried/pillorying",
    "chastise",
    "admire",
    "adore",
    "appreciate",
    "deplore",
    "despise",
    "detest",
    "dislike",
    "distrust",
    "loathe",
    "regret/regrets/regretted/regretting",
    "resent",
    "respect",
    "cherish",
    "celebrate",
    "embrace",
    "spurn",
    "snub/snubs/snubbed/snubbing",
    "disavow",
    "denounce",
    "renounce",
    "condone",
    "approve",
    "disapprove",
    "veto/vetoes/vetoed/vetoing",
    "ratify/ratifies/ratified/ratifying",
    "sanction",
    "tout",
    "hype",
    "trumpet",
    "herald",
    "ridicule",
    "lambast",
    "pan/pans/panned/panning",
    "rap/raps/rapped/rapping",
    "bash",
];

/// Verbs of belief, conjecture, desire and intention (Levin 29.4-29.5, 32.1-32.2) and of
/// commitment and attempt: their content is a clause or an infinitive ("reckons the deal will
/// pass", "intends to run", "yearns for a win").
const BELIEF: &[&str] = &[
    "reckon",
    "presume",
    "guess",
    "conjecture",
    "deem",
    "judge",
    "reckon",
    "theorize",
    "theorise",
    "hypothesize",
    "desire",
    "crave",
    "yearn",
    "intend",
    "aim",
    "strive/strives/strove/striving",
    "resolve",
    "volunteer",
    "remember",
    "forget/forgets/forgot/forgetting/forgotten",
    "notice",
    "perceive",
    "foresee/foresees/foresaw/foreseeing/foreseen",
    "envisage",
    "confirm",
    "verify/verifies/verified/verifying",
    "reveal",
    "underscore",
    "underline",
    "illustrate",
    "maintain",
    "wonder",
    "ponder",
    "mull",
    "contemplate",
    "dread",
    "agonize",
    "fret/frets/fretted/fretting",
    "grieve",
    "rejoice",
];

/// Adjectives of attitude and certainty after a copula, with the complements they take
/// ("is confident that …", "was critical of …", "remains eager to …"). The subject of the
/// copula is the source.
const ADJECTIVES: &[(&str, &[&str])] = &[
    ("confident", &["that", "in", "about"]),
    ("convinced", &["that"]),
    ("certain", &["that"]),
    ("sure", &["that"]),
    ("positive", &["that"]),
    ("adamant", &["that"]),
    ("insistent", &["that"]),
    ("hopeful", &["that", "about"]),
    ("optimistic", &["that", "about"]),
    ("pessimistic", &["about"]),
    ("doubtful", &["that", "about"]),
    ("skeptical", &["that", "of", "about"]),
    ("sceptical", &["that", "of", "about"]),
    ("aware", &["that", "of"]),
    ("unaware", &["that", "of"]),
    ("mindful", &["that", "of"]),
    ("afraid", &["that", "of"]),
    ("fearful", &["that", "of"]),
    ("concerned", &["that", "about", "by"]),
    ("anxious", &["that", "about", "to"]),
    ("nervous", &["that", "about"]),
    ("wary", &["that", "of", "about"]),
    ("angry", &["that", "about", "at", "over"]),
    ("furious", &["that", "about", "at", "over"]),
    ("upset", &["that", "about", "with", "over"]),
    ("unhappy", &["that", "about", "with"]),
    ("happy", &["that", "about", "with"]),
    ("pleased", &["that", "with", "by"]),
    ("glad", &["that"]),
    ("thrilled", &["that", "with", "about"]),
    ("excited", &["that", "about"]),
    ("proud", &["that", "of"]),
    ("ashamed", &["that", "of"]),
    ("disappointed", &["that", "with", "in", "by"]),
    ("frustrated", &["that", "with", "by"]),
    ("dissatisfied", &["with"]),
    ("satisfied", &["that", "with"]),
    ("critical", &["of"]),
    ("supportive", &["of"]),
    ("dismissive", &["of"]),
    ("suspicious", &["of"]),
    ("fond", &["of"]),
    ("enthusiastic", &["about"]),
    ("passionate", &["about"]),
    ("eager", &["to", "for"]),
    ("willing", &["to"]),
    ("unwilling", &["to"]),
    ("reluctant", &["to"]),
    ("determined", &["to", "that"]),
    ("ready", &["to"]),
    ("keen", &["to", "on"]),
    ("intent", &["on"]),
    ("open", &["to"]),
    ("opposed", &["to"]),
    ("hostile", &["to", "toward"]),
    ("receptive", &["to"]),
    ("sympathetic", &["to", "toward"]),
    ("grateful", &["for", "that"]),
    ("thankful", &["for", "that"]),
    ("vocal", &["about", "in"]),
    ("outspoken", &["about", "in"]),
];

/// The complements `lemma` takes if it is one of the attitude adjectives.
pub fn adjective_complements(lemma: &str) -> Option<&'static [&'static str]> {
    ADJECTIVES
        .iter()
        .find(|(a, _)| *a == lemma)
        .map(|(_, c)| *c)
}

/// Verbs of issuing or making public a text or a decision (a statement, an ad, an order, a
/// plan): PolNeAR attributes their object to the subject.
const ISSUE: &[&str] = &[
    "release",
    "issue",
    "order",
    "retweet",
    "unveil",
    "share",
    "invoke",
    "reference",
];

/// Phrasal particles that belong to a cue ("calls on", "called for", "pointed out").
pub const PARTICLES: &[(&str, &str)] = &[
    ("talk", "about"),
    ("speak", "about"),
    ("refer", "to"),
    ("focus", "on"),
    ("warn", "of"),
    ("warn", "about"),
    ("complain", "about"),
    ("push", "for"),
    ("vote", "for"),
    ("vote", "against"),
    ("call", "for"),
    ("call", "on"),
    ("point", "out"),
    ("point", "to"),
    ("chime", "in"),
    ("speak", "out"),
    ("lash", "out"),
    ("rail", "against"),
    ("respond", "to"),
    ("comment", "on"),
    ("reply", "to"),
];

/// Is `next` the particle of the cue `lemma` ("called for", "responded to")?
pub fn has_particle(lemma: &str, next: &str) -> bool {
    PARTICLES
        .iter()
        .any(|(l, p)| *l == lemma && next.eq_ignore_ascii_case(p))
}

/// Cues that need their particle to count ("call" alone is not a reporting verb).
pub const NEEDS_PARTICLE: &[&str] = &[
    "call", "point", "chime", "rail", "talk", "refer", "focus", "vote",
];

/// Inflected forms that are far more often plural nouns ("in 50 states", "his plans").
const NOUN_FORMS: &[&str] = &[
    "states",
    "plans",
    "points",
    "questions",
    "counters",
    "posts",
    "answers",
    "charges",
    "attacks",
    "requests",
    "demands",
    "doubts",
    "reasons",
    "estimates",
    "forecasts",
    "cautions",
    "comments",
    "calls",
    "wishes",
    "praises",
    "pledges",
    "promises",
    "vows",
    "tweets",
    "rails",
    "hints",
    "marvels",
    "groans",
    "rants",
    "snaps",
    "cries",
    "shouts",
    "sighs",
    "whispers",
    "plan",
    "attack",
    "question",
    "counter",
    "post",
    "answer",
    "charge",
    "request",
    "demand",
    "doubt",
    "reason",
    "estimate",
    "forecast",
    "caution",
    "comment",
    "tweet",
    "rail",
    "hint",
    "marvel",
    "groan",
    "rant",
    "cry",
    "shout",
    "sigh",
    "whisper",
    "state",
    "signal",
    "cause",
    "advocates",
    "signals",
    "thinking",
    "feelings",
    "findings",
    "remarks",
    "remark",
    "find",
    "spoke",
    "speak",
    "speaks",
    "backs",
    "supports",
    "pushes",
    "pitches",
    "labels",
    "brands",
    "terms",
    "projects",
    "figures",
    "judge",
    "judges",
    "means",
    "emails",
    "chats",
    "quotes",
    "disputes",
    "contests",
    "petitions",
    "appeals",
    "lectures",
    "sanctions",
    "notices",
    "attempts",
    "struggles",
    "debates",
    "volunteers",
    "bets",
    "needs",
    "orders",
    "offers",
    "shares",
    "issues",
    "releases",
    "signs",
    "drafts",
    "airs",
    "references",
];

/// Verbs whose object comes between them and the content.
const TAKES_OBJECT: &[&str] = &[
    "tell", "ask", "warn", "inform", "assure", "remind", "urge", "accuse", "beg", "caution",
];

fn inflect(entry: &'static str) -> (&'static str, Vec<(String, bool)>) {
    let parts: Vec<&'static str> = entry.split('/').collect();
    let lemma = parts[0];
    if parts.len() >= 4 {
        // lemma/3sg/past/ing, and the past participle fifth where it differs ("written").
        let mut forms = vec![
            (lemma.to_string(), false),
            (parts[1].to_string(), false),
            (parts[2].to_string(), false),
            (parts[3].to_string(), true),
        ];
        forms.extend(parts.get(4).map(|p| (p.to_string(), false)));
        return (lemma, forms);
    }
    let third = if lemma.ends_with('s')
        || lemma.ends_with("sh")
        || lemma.ends_with("ch")
        || lemma.ends_with('x')
        || lemma.ends_with('z')
    {
        format!("{lemma}es")
    } else {
        format!("{lemma}s")
    };
    let stem = lemma.strip_suffix('e');
    let past = match stem {
        Some(_) => format!("{lemma}d"),
        None => format!("{lemma}ed"),
    };
    let ing = match stem {
        Some(s) if !lemma.ends_with("ee") => format!("{s}ing"),
        _ => format!("{lemma}ing"),
    };
    (
        lemma,
        vec![
            (lemma.to_string(), false),
            (third, false),
            (past, false),
            (ing, true),
        ],
    )
}

/// What the lexicon knows about one lower-case word: its closed classes and its cue.
#[derive(Debug, Clone, Copy, Default)]
struct Entry {
    flags: u32,
    cue: Option<CueInfo>,
}

/// Every inflected form of every reporting verb with what it is, in the order that lets a
/// later entry win: stance first, so that a verb in both lists ends up a speech verb.
fn all_forms() -> impl Iterator<Item = (String, CueInfo)> {
    [
        (STANCE, CueClass::Stance),
        (JUDGMENT, CueClass::Stance),
        (ISSUE, CueClass::Stance),
        (STANCE_CLAUSE, CueClass::Stance),
        (BELIEF, CueClass::Stance),
        (SPEECH, CueClass::Speech),
        (SPEECH_MORE, CueClass::Speech),
    ]
    .into_iter()
    .flat_map(|(list, class)| list.iter().map(move |e| (inflect(e), class)))
    .flat_map(|((lemma, forms), class)| {
        forms.into_iter().map(move |(form, participle)| {
            let info = CueInfo {
                lemma,
                class,
                participle,
                takes_object: TAKES_OBJECT.contains(&lemma),
                adjective: false,
            };
            (form, info)
        })
    })
}

/// A lower-case word of at most 24 bytes packed into three words (zero-padded) and its length:
/// hashed and compared without a byte loop or a `memcmp` call.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Key {
    words: [u64; 3],
    len: u8,
}

impl Key {
    /// The key of `bytes` lower-cased (ASCII), if it fits.
    #[inline]
    fn of(bytes: &[u8]) -> Option<Key> {
        Key::within(bytes, 0, bytes.len())
    }

    /// The key of the word `hay[start..start + len]`, if it fits. With 24 bytes of `hay` from
    /// `start` it reads whole words and masks off what follows the word (no byte loop).
    #[inline]
    fn within(hay: &[u8], start: usize, len: usize) -> Option<Key> {
        let bytes = hay.get(start..start.checked_add(len)?)?;
        if len > 24 {
            return None;
        }
        let mut words = [0u64; 3];
        let padded = hay.get(start..start + 24);
        for (c, w) in words.iter_mut().enumerate() {
            let lo = 8 * c;
            if lo >= len {
                break;
            }
            let keep = len - lo;
            let x = match padded {
                Some(p) => {
                    let mut a = [0u8; 8];
                    a.copy_from_slice(&p[lo..lo + 8]);
                    let x = u64::from_le_bytes(a);
                    if keep >= 8 {
                        x
                    } else {
                        x & ((1u64 << (8 * keep)) - 1)
                    }
                }
                None => bytes[lo..len.min(lo + 8)]
                    .iter()
                    .rev()
                    .fold(0u64, |acc, &b| (acc << 8) | u64::from(b)),
            };
            // ASCII upper case to lower case in each byte at once: a byte in A..=Z gets 0x20.
            let hi = 0x8080_8080_8080_8080u64;
            let ones = 0x0101_0101_0101_0101u64;
            let ge_a = (x | hi).wrapping_sub(ones * u64::from(b'A')) & hi;
            let gt_z = (x | hi).wrapping_sub(ones * u64::from(b'Z' + 1)) & hi;
            let upper = ge_a & !gt_z & !x & hi;
            *w = x | (upper >> 2);
        }
        Some(Key {
            words,
            len: len as u8,
        })
    }
}

impl std::hash::Hash for Key {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        let [a, b, c] = self.words;
        state.write_u64(
            a.wrapping_mul(0x9e37_79b9_7f4a_7c15)
                ^ b.rotate_left(23)
                ^ c.rotate_left(47)
                ^ u64::from(self.len),
        );
    }
}

fn table() -> &'static HashMap<Key, Entry, Fast> {
    static TABLE: OnceLock<HashMap<Key, Entry, Fast>> = OnceLock::new();
    TABLE.get_or_init(|| {
        byte_table()
            .into_iter()
            // (a key with a capital could never be met: words are looked up lower-cased)
            .filter(|(k, _)| !k.iter().any(u8::is_ascii_uppercase))
            .filter_map(|(k, e)| Some((Key::of(&k)?, e)))
            .collect()
    })
}

/// The lexicon by lower-case word.
fn byte_table() -> HashMap<Box<[u8]>, Entry, Fast> {
    {
        let mut m: HashMap<Box<[u8]>, Entry, Fast> = HashMap::default();
        for (form, info) in all_forms() {
            if NOUN_FORMS.contains(&form.as_str()) && !NEEDS_PARTICLE.contains(&info.lemma) {
                continue;
            }
            m.entry(form.into_bytes().into_boxed_slice())
                .or_default()
                .cue = Some(info);
        }
        for (adj, _) in ADJECTIVES {
            let e = m
                .entry(adj.as_bytes().to_vec().into_boxed_slice())
                .or_default();
            // A verb form ("worried", "opposed") keeps its verb reading.
            if e.cue.is_none() {
                e.cue = Some(CueInfo {
                    lemma: adj,
                    class: CueClass::Stance,
                    participle: false,
                    takes_object: false,
                    adjective: true,
                });
            }
        }
        for (list, b) in class_lists() {
            for w in list {
                m.entry(w.to_ascii_lowercase().into_bytes().into_boxed_slice())
                    .or_default()
                    .flags |= b;
            }
        }
        for w in NOUN_FORMS {
            m.entry(w.as_bytes().to_vec().into_boxed_slice())
                .or_default()
                .flags |= bit::IS_NOUN_FORM;
        }
        for w in super::CUE_LEADS.iter().chain(super::CONTROL_VERBS) {
            m.entry(w.as_bytes().to_vec().into_boxed_slice())
                .or_default()
                .flags |= bit::IS_CUE_LEAD;
        }
        for w in super::nominal::nouns() {
            m.entry(w.as_bytes().to_vec().into_boxed_slice())
                .or_default()
                .flags |= bit::IS_NOMINAL_NOUN;
        }
        m
    }
}

/// Cell of the pre-filter for a word: its first two letters (the second may be a non-letter).
fn filter_cell(bytes: &[u8]) -> usize {
    let a = (bytes[0].to_ascii_lowercase() - b'a') as usize;
    let b = match bytes.get(1) {
        Some(x) if x.is_ascii_alphabetic() => (x.to_ascii_lowercase() - b'a') as usize,
        _ => 26,
    };
    a * 27 + b
}

/// For each cell, a bit per word length (1..=24) present in the table: most words that are
/// in no list are turned away without hashing.
fn filter() -> &'static [u32; 26 * 27] {
    static FILTER: OnceLock<[u32; 26 * 27]> = OnceLock::new();
    FILTER.get_or_init(|| {
        let mut f = [0u32; 26 * 27];
        for k in byte_table().keys() {
            if !k.is_empty() && k.len() <= 24 && k[0].is_ascii_alphabetic() {
                f[filter_cell(k)] |= 1 << k.len();
            }
        }
        f
    })
}

/// The reporting verb behind a form that is more often a plural noun ("estimates", "claims"):
/// counted as a verb only where the context says so ("The agency estimates that …").
pub fn noun_form_cue(word: &str) -> Option<CueInfo> {
    static MAP: OnceLock<HashMap<&'static str, CueInfo>> = OnceLock::new();
    let m = MAP.get_or_init(|| {
        let mut m = HashMap::new();
        for (form, info) in all_forms() {
            if let Some(f) = NOUN_FORMS.iter().find(|f| **f == form) {
                m.insert(*f, info);
            }
        }
        m
    });
    m.get(word).copied()
}

/// A finite auxiliary: a modal or a present or past form of "be" or "have" ("would", "is",
/// "had"), lower case: the verb of a clause after it is finite.
pub fn is_auxiliary(word: &str) -> bool {
    is_modal(word) || matches!(word, "is" | "are" | "was" | "were" | "has" | "have" | "had")
}

/// A modal verb ("will", "could", "must"), lower case.
pub fn is_modal(word: &str) -> bool {
    matches!(
        word,
        "will" | "would" | "could" | "should" | "can" | "may" | "might" | "must"
    )
}

/// A stance verb whose content is usually a clause, not a noun phrase.
pub fn takes_clause(lemma: &str) -> bool {
    // The lemmas, gathered once (a scan of the lists splitting every entry cost a char search
    // per entry and call).
    static LEMMAS: OnceLock<std::collections::HashSet<&'static str, Fast>> = OnceLock::new();
    LEMMAS
        .get_or_init(|| {
            STANCE_CLAUSE
                .iter()
                .chain(BELIEF)
                .filter_map(|e| e.split('/').next())
                .collect()
        })
        .contains(lemma)
}

/// The closed classes and the cue of `word` (any case): one hash look-up at most.
pub fn lookup(word: &str) -> (u32, Option<CueInfo>) {
    lookup_in(word, 0, word.len())
}

/// [`lookup`] of the word `text[start..end]`: the same answer, read from the text (whole
/// words at a time where the text goes on after it).
pub fn lookup_in(text: &str, start: usize, end: usize) -> (u32, Option<CueInfo>) {
    let hay = text.as_bytes();
    let Some(bytes) = hay.get(start..end) else {
        return (0, None);
    };
    if bytes.is_empty() || bytes.len() > 24 || !bytes[0].is_ascii_alphabetic() {
        return (0, None);
    }
    if filter()[filter_cell(bytes)] & (1 << bytes.len()) == 0 {
        return (0, None);
    }
    match Key::within(hay, start, bytes.len()).and_then(|k| table().get(&k)) {
        Some(e) => (e.flags, e.cue),
        None => (0, None),
    }
}

/// The reporting verb `word` is a form of, if any.
#[cfg(test)]
pub fn cue(word: &str) -> Option<CueInfo> {
    lookup(word).1
}

/// Irregular past tenses that end a noun phrase as "-ed" does ("The bank kept rates on hold"):
/// only forms that are no noun (not "cut", "set", "hit", "read", "left").
const IS_IRREGULAR_PAST_WORDS: &[&str] = &[
    "kept", "held", "made", "took", "gave", "sent", "won", "met", "led", "paid", "sold", "bought",
    "brought", "began", "became", "ran", "saw", "spent", "struck", "rose", "fell", "grew", "drew",
    "wrote", "chose", "broke", "spoke", "stood", "fought", "caught", "sought", "built", "felt",
    "heard", "meant", "swore", "threw", "flew", "froze", "tore", "withdrew", "upheld", "withheld",
    "overtook", "forgave", "shook", "stole", "sank", "sang", "swept",
];

/// One bit per closed word class.
pub mod bit {
    pub const IS_SUBJECT_PRONOUN: u32 = 1 << 0;
    pub const IS_PERSON_PRONOUN: u32 = 1 << 1;
    pub const IS_OBJECT_WORD: u32 = 1 << 2;
    pub const IS_NP_BOUNDARY: u32 = 1 << 3;
    pub const IS_VERB_MODIFIER: u32 = 1 << 4;
    pub const IS_PP_START: u32 = 1 << 5;
    pub const IS_TITLE_WORD: u32 = 1 << 6;
    pub const IS_TIME_WORD: u32 = 1 << 7;
    pub const IS_BAD_CONTENT_START: u32 = 1 << 8;
    pub const IS_DETERMINER: u32 = 1 << 9;
    pub const IS_ANONYMOUS_HEAD: u32 = 1 << 10;
    pub const IS_ROLE_HEAD: u32 = 1 << 11;
    /// A form of a reporting verb more often a noun ([`super::noun_form_cue`]).
    pub const IS_NOUN_FORM: u32 = 1 << 12;
    /// A noun that may head a nominal report ("claim", "support"; see `nominal.rs`).
    pub const IS_NOMINAL_NOUN: u32 = 1 << 13;
    /// A word that opens a cue without being a reporting verb ("according", "saw", "tried").
    pub const IS_CUE_LEAD: u32 = 1 << 14;
    /// An irregular past tense that is no noun ("kept", "held"): it ends a noun phrase.
    pub const IS_IRREGULAR_PAST: u32 = 1 << 15;
}

/// A small multiplicative hasher for short ASCII words (the tables are fixed, not attacker-fed).
#[derive(Default, Clone, Copy)]
pub struct WordHasher(u64);

impl std::hash::Hasher for WordHasher {
    fn finish(&self) -> u64 {
        // splitmix64's finaliser: every output bit depends on every input bit.
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    /// A [`Key`] hashes as one word, mixed by `finish`.
    fn write_u64(&mut self, x: u64) {
        self.0 ^= x;
    }
}

type Fast = std::hash::BuildHasherDefault<WordHasher>;

fn class_lists() -> [(&'static [&'static str], u32); 13] {
    [
        (IS_SUBJECT_PRONOUN_WORDS, bit::IS_SUBJECT_PRONOUN),
        (IS_PERSON_PRONOUN_WORDS, bit::IS_PERSON_PRONOUN),
        (IS_OBJECT_WORD_WORDS, bit::IS_OBJECT_WORD),
        (IS_NP_BOUNDARY_WORDS, bit::IS_NP_BOUNDARY),
        (IS_VERB_MODIFIER_WORDS, bit::IS_VERB_MODIFIER),
        (IS_PP_START_WORDS, bit::IS_PP_START),
        (IS_TITLE_WORD_WORDS, bit::IS_TITLE_WORD),
        (IS_TIME_WORD_WORDS, bit::IS_TIME_WORD),
        (IS_BAD_CONTENT_START_WORDS, bit::IS_BAD_CONTENT_START),
        (IS_DETERMINER_WORDS, bit::IS_DETERMINER),
        (IS_ANONYMOUS_HEAD_WORDS, bit::IS_ANONYMOUS_HEAD),
        (IS_ROLE_HEAD_WORDS, bit::IS_ROLE_HEAD),
        (IS_IRREGULAR_PAST_WORDS, bit::IS_IRREGULAR_PAST),
    ]
}

/// The word classes of `word` (any case), one bit each. One hash look-up.
pub fn word_flags(word: &str) -> u32 {
    lookup(word).0
}

/// Does `word` (any case) belong to the word class `b`?
fn has(word: &str, b: u32) -> bool {
    word_flags(word) & b != 0
}

/// Subject pronouns that can name a speaker.
const IS_SUBJECT_PRONOUN_WORDS: &[&str] = &["he", "she", "they", "it", "we", "i", "who", "you"];

pub fn is_subject_pronoun(word: &str) -> bool {
    has(word, bit::IS_SUBJECT_PRONOUN)
}

/// Personal pronouns that refer to one person.
const IS_PERSON_PRONOUN_WORDS: &[&str] = &["he", "she", "his", "her"];

pub fn is_person_pronoun(word: &str) -> bool {
    has(word, bit::IS_PERSON_PRONOUN)
}

/// Object pronouns and common audiences after "told", "asked", "warned".
const IS_OBJECT_WORD_WORDS: &[&str] = &[
    "me",
    "him",
    "her",
    "us",
    "them",
    "you",
    "reporters",
    "journalists",
    "supporters",
    "lawmakers",
    "voters",
    "listeners",
    "viewers",
    "delegates",
    "senators",
    "members",
    "colleagues",
    "students",
    "donors",
    "residents",
    "attendees",
    "parliament",
    "congress",
    "everyone",
    "audiences",
];

pub fn is_object_word(word: &str) -> bool {
    has(word, bit::IS_OBJECT_WORD)
}

/// Words that end a subject phrase when met walking left from the verb.
const IS_NP_BOUNDARY_WORDS: &[&str] = &[
    "that",
    "which",
    "but",
    "and",
    "or",
    "because",
    "when",
    "while",
    "if",
    "as",
    "so",
    "after",
    "before",
    "since",
    "until",
    "though",
    "although",
    "whether",
    "where",
    "whom",
    "in",
    "on",
    "at",
    "to",
    "by",
    "during",
    "into",
    "than",
    "like",
    "about",
    "with",
    "from",
    "over",
    "under",
    "against",
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "must",
    "can",
    "did",
    "does",
    "do",
    "not",
    "n’t",
    "never",
    "also",
    "then",
    "yet",
    "still",
    "even",
    "just",
    "what",
    "how",
    "why",
    "there",
    "here",
    "said",
    "says",
    "say",
    "told",
    "added",
    "nor",
    "once",
    "whose",
    "thus",
    "however",
    "instead",
    "meanwhile",
    "again",
    "later",
    "earlier",
    "already",
    "too",
    "very",
    "n't",
    "this",
    "all",
    "both",
    "each",
    "every",
];

pub fn is_np_boundary(word: &str) -> bool {
    has(word, bit::IS_NP_BOUNDARY)
}

/// Adverbs and auxiliaries that may stand between a subject and its verb ("he also said").
const IS_VERB_MODIFIER_WORDS: &[&str] = &[
    "also",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "must",
    "can",
    "did",
    "does",
    "do",
    "is",
    "was",
    "are",
    "were",
    "been",
    "later",
    "previously",
    "recently",
    "repeatedly",
    "then",
    "once",
    "not",
    "n't",
    "n’t",
    "ca",
    "wo",
    "never",
    "already",
    "just",
    "often",
    "frequently",
    "publicly",
    "privately",
    "reportedly",
    "quickly",
    "simply",
    "flatly",
    "further",
    "again",
    "long",
    "first",
    "initially",
    "subsequently",
    "ultimately",
    "immediately",
    "earlier",
    "since",
    "still",
    "even",
    "openly",
    "repeatedly",
    "falsely",
    "correctly",
    "wrongly",
    "angrily",
    "bluntly",
    "clearly",
    "explicitly",
    "separately",
    "specifically",
    "directly",
    "firmly",
    "strongly",
    "privately",
    "apparently",
    "allegedly",
    "essentially",
    "basically",
    "effectively",
    "quietly",
    "loudly",
    "proudly",
    "frankly",
    "told",
    "always",
    "usually",
    "typically",
    "generally",
    "sometimes",
    "personally",
    "specifically",
    "elsewhere",
    "likewise",
    "similarly",
    "too",
    "however",
    "meanwhile",
    "instead",
    "now",
    "nonetheless",
    "nevertheless",
    "therefore",
    "thus",
    "himself",
    "herself",
    "themselves",
    "itself",
    "here",
    "there",
    "both",
    "remain",
    "remains",
    "remained",
    "became",
    "become",
    "becomes",
    "grew",
    "feels",
    "felt",
];

/// Words after a verb that open a prepositional or time phrase before the content
/// ("said on Tuesday that", "said in a statement that").
const IS_PP_START_WORDS: &[&str] = &[
    "in",
    "on",
    "at",
    "during",
    "after",
    "before",
    "to",
    "from",
    "via",
    "with",
    "through",
    "last",
    "this",
    "earlier",
    "later",
    "recently",
    "yesterday",
    "today",
    "tonight",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "privately",
    "publicly",
    "repeatedly",
    "previously",
    "also",
    "again",
    "separately",
    "late",
    "early",
    "flatly",
    "bluntly",
    "simply",
    "then",
    "once",
    "afterward",
    "afterwards",
    "jan.",
    "feb.",
    "march",
    "april",
    "may",
    "june",
    "july",
    "aug.",
    "sept.",
    "oct.",
    "nov.",
    "dec.",
    "here",
    "there",
];

pub fn is_pp_start(word: &str) -> bool {
    has(word, bit::IS_PP_START)
}

/// Titles and honorifics written before a name ("Sen.", "Foreign", "Mr.").
const IS_TITLE_WORD_WORDS: &[&str] = &[
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "sen.",
    "rep.",
    "gov.",
    "gen.",
    "rev.",
    "prof.",
    "lt.",
    "col.",
    "capt.",
    "sgt.",
    "adm.",
    "pres.",
    "foreign",
    "interior",
    "defense",
    "defence",
    "finance",
    "prime",
    "vice",
    "deputy",
    "former",
    "state",
    "attorney",
    "assistant",
    "u.s.",
    "us",
    "house",
    "senate",
    "majority",
    "minority",
    "chief",
    "sir",
    "dame",
    "lord",
    "lady",
    "mayor",
    "justice",
];

pub fn is_title_word(word: &str) -> bool {
    has(word, bit::IS_TITLE_WORD)
}

/// Words of a time phrase between a subject and its verb ("Smith on Tuesday said").
const IS_TIME_WORD_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "on",
    "last",
    "this",
    "morning",
    "afternoon",
    "evening",
    "night",
    "week",
    "month",
    "year",
    "today",
    "yesterday",
    "tonight",
    "weekend",
    "earlier",
    "late",
    "early",
];

/// Words that cannot open reported content ("said in an interview", "respond when …").
const IS_BAD_CONTENT_START_WORDS: &[&str] = &[
    "in",
    "on",
    "at",
    "of",
    "for",
    "with",
    "by",
    "from",
    "into",
    "under",
    "over",
    "during",
    "after",
    "before",
    "when",
    "while",
    "because",
    "since",
    "as",
    "although",
    "though",
    "until",
    "where",
    "like",
    "than",
    "to",
    "via",
    "through",
    "among",
    "against",
    "despite",
    "amid",
    "without",
    "within",
    "upon",
    "toward",
    "towards",
    "and",
    "or",
    "but",
    "so",
    "again",
    "then",
    "later",
    "earlier",
    "today",
    "yesterday",
    "repeatedly",
    "recently",
];

pub fn is_bad_content_start(word: &str) -> bool {
    has(word, bit::IS_BAD_CONTENT_START)
}

/// Determiners that open a noun phrase.
const IS_DETERMINER_WORDS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "one", "two", "three",
    "several", "many", "some", "most", "other", "another", "no", "few", "top", "senior",
];

pub fn is_determiner(word: &str) -> bool {
    has(word, bit::IS_DETERMINER)
}

/// Head nouns of anonymous or collective sources; they are never resolved to an entity.
const IS_ANONYMOUS_HEAD_WORDS: &[&str] = &[
    "source",
    "sources",
    "official",
    "officials",
    "people",
    "person",
    "analyst",
    "analysts",
    "expert",
    "experts",
    "observers",
    "critics",
    "aides",
    "aide",
    "diplomats",
    "diplomat",
    "insiders",
    "residents",
    "witnesses",
    "witness",
    "economists",
    "scholars",
    "researchers",
    "investigators",
    "authorities",
    "supporters",
    "opponents",
    "voters",
    "democrats",
    "republicans",
    "lawmakers",
    "members",
    "leaders",
    "advisers",
    "advisors",
    "staffers",
    "allies",
    "polls",
    "poll",
    "report",
    "reports",
    "study",
    "studies",
    "survey",
    "data",
    "statement",
    "documents",
    "records",
    "filings",
    "others",
    "many",
    "some",
    "several",
];

pub fn is_anonymous_head(word: &str) -> bool {
    has(word, bit::IS_ANONYMOUS_HEAD)
}

/// Role nouns: a definite phrase with one of these as head ("the minister") names a person
/// mentioned earlier.
const IS_ROLE_HEAD_WORDS: &[&str] = &[
    "minister",
    "president",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "secretary",
    "senator",
    "governor",
    "mayor",
    "chairman",
    "chairwoman",
    "chair",
    "director",
    "ambassador",
    "chancellor",
    "premier",
    "representative",
    "congressman",
    "congresswoman",
    "candidate",
    "nominee",
    "leader",
    "chief",
    "general",
    "commander",
    "judge",
    "justice",
    "prosecutor",
    "attorney",
    "lawyer",
    "executive",
    "ceo",
    "founder",
    "king",
    "queen",
    "prince",
    "pope",
    "envoy",
    "diplomat",
    "official",
    "billionaire",
    "businessman",
    "businesswoman",
    "frontrunner",
    "front-runner",
    "speaker",
    "manager",
    "adviser",
    "advisor",
    "aide",
    "deputy",
    "lawmaker",
    "legislator",
    "professor",
    "economist",
    "analyst",
    "author",
    "writer",
    "host",
    "commissioner",
    "coach",
    "officer",
    "sheriff",
    "emperor",
    "monarch",
    "mogul",
    "democrat",
    "republican",
    "politician",
    "activist",
    "actor",
    "actress",
    "singer",
];

pub fn is_role_head(word: &str) -> bool {
    has(word, bit::IS_ROLE_HEAD)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_keys_fold_ascii_case_only() {
        // Every byte value in every position: the packed key is that of the lower-cased bytes.
        for pos in 0..24 {
            for b in 0..=255u8 {
                let mut w = vec![b'x'; 24];
                w[pos] = b;
                let lower: Vec<u8> = w.iter().map(u8::to_ascii_lowercase).collect();
                let (k, l) = (Key::of(&w).unwrap(), Key::of(&lower).unwrap());
                assert!(k == l, "byte {b:#x} at {pos}");
                let mut other = lower.clone();
                other[pos] = lower[pos].wrapping_add(1);
                assert!(Key::of(&other).unwrap() != l || other == lower);
            }
        }
        assert!(Key::of(&[b'a'; 25]).is_none());
        // Read from a longer text (whole words, masked) or near its end: the same key.
        let text = b"Officials SAID on Tuesday that the Talks were over";
        for start in 0..text.len() {
            for end in start..=text.len().min(start + 25) {
                let inside = Key::within(text, start, end - start);
                let alone = Key::of(&text[start..end]);
                assert!(inside == alone, "{start}..{end}");
            }
        }
        assert!(Key::within(text, text.len(), 1).is_none());
        assert!(Key::within(text, usize::MAX, 2).is_none());
        // Lengths tell apart words that differ only by trailing NUL bytes.
        assert!(Key::of(b"said").unwrap() != Key::of(b"said\0").unwrap());
        assert_eq!(lookup("SAID").1.map(|c| c.lemma), Some("say"));
        assert_eq!(lookup("Sa\u{ef}d").1, None);
        assert_eq!(lookup("").1, None);
    }

    #[test]
    fn inflections_are_generated() {
        for w in [
            "say",
            "says",
            "said",
            "saying",
            "added",
            "adds",
            "adding",
            "noted",
            "noting",
            "argued",
            "argues",
            "denied",
            "denies",
            "told",
            "Said",
            "SAID",
            "warned",
            "insists",
            "confirmed",
            "welcomed",
            "condemned",
            "believes",
            "thought",
            "quipped",
        ] {
            assert!(cue(w).is_some(), "{w} should be a cue");
        }
        assert!(cue("saying").unwrap().participle);
        assert!(!cue("said").unwrap().participle);
        assert_eq!(cue("told").unwrap().lemma, "tell");
        assert!(cue("told").unwrap().takes_object);
        assert_eq!(cue("said").unwrap().class, CueClass::Speech);
        assert_eq!(cue("believes").unwrap().class, CueClass::Stance);
        for w in ["table", "house", "the", "", "’", "élan", "sai"] {
            assert!(cue(w).is_none(), "{w} should not be a cue");
        }
    }
}
