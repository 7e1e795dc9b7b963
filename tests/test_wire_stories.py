"""Whole wire stories end to end: what a reader of each story knows, asked of the output.

The stories are written for these tests (no corpus text). Each exercises constructions that the
corpora rarely test one by one but that every newsroom writes: a dateline, a headline naming a
company by its short form, a spokesman introduced before his name, officials "in" a capital,
a name with a particle, an acronym that leaves out its last words.
"""

from __future__ import annotations

import newsfacts

STORY_A = """Norvane to cut 2,000 jobs as orders slump

OSLO (Reuters) - Norvane Industries ASA said on Tuesday it would cut 2,000 jobs, according to a company filing, after orders fell for a third quarter.

A spokesman for the company, Lars Holm, said the cuts would be made by the end of the year. "We have no other choice," he said.

Officials in Oslo said the government would not step in. Norway's labour minister, Ingrid van der Berg, told reporters the state "will support every worker."

The Agency for Industrial Safety and Standards, which regulates the sector, said it had not been told of the plan. AIS inspectors will visit the plant next week.
"""


def by_name(result: dict) -> dict[str, dict]:
    return {e["name"]: e for e in result["entities"]}


def quote_with(result: dict, words: str) -> dict:
    hits = [q for q in result["quotes"] if words in q["text"]]
    assert hits, (words, [q["text"] for q in result["quotes"]])
    return hits[0]


def test_who_appears_each_once_under_the_full_name():
    r = newsfacts.extract(STORY_A, id="a", published="2023-03-14")
    ents = by_name(r)
    # The headline's short form joins the full name given later.
    company = ents["Norvane Industries ASA"]
    assert company["label"] == "ORG"
    assert company["mentions"] >= 2
    assert company["first"] == 0
    assert not any(e["name"] == "Norvane" for e in r["entities"])
    # The dateline's capitals give way to the name as the story writes it.
    assert "Oslo" in ents and "OSLO" not in ents
    assert ents["Oslo"]["country"] == "NO"
    # A name with a particle is one person, with the role stated before it.
    minister = ents["Ingrid van der Berg"]
    assert minister["label"] == "PER"
    assert minister["role"] == "Norway's labour minister"
    # A spokesman introduced before his name has that role.
    assert ents["Lars Holm"]["role"] == "spokesman for the company"
    # An acronym that leaves out the last "and ..." words is the same organisation.
    agency = ents["Agency for Industrial Safety and Standards"]
    assert agency["mentions"] == 2


def test_who_said_what():
    r = newsfacts.extract(STORY_A, id="a", published="2023-03-14")
    # Reported content starts after the dateline.
    filing = quote_with(r, "would cut 2,000 jobs")
    assert not filing["text"].startswith("OSLO")
    # The name set off after "A spokesman for the company" speaks, and "he" is him.
    assert quote_with(r, "cuts would be made")["speaker"] == "Lars Holm"
    direct = quote_with(r, "We have no other choice")
    assert direct["kind"] == "direct"
    assert direct["speaker"] == "Lars Holm"
    assert STORY_A[direct["speaker_start"] : direct["speaker_end"]] == "he"
    # Officials in a capital are the officials, not the city.
    officials = quote_with(r, "would not step in")
    assert officials["speaker"] == "Officials in Oslo"
    assert officials["speaker_entity"] is None
    # A partial quote inside the minister's reported speech.
    partial = quote_with(r, "will support every worker")
    assert partial["speaker"] == "Ingrid van der Berg"
    # The organisation's whole name is the speaker span, not its last word.
    agency = quote_with(r, "had not been told of the plan")
    assert agency["speaker"] == "Agency for Industrial Safety and Standards"
    span = STORY_A[agency["speaker_start"] : agency["speaker_end"]]
    assert span == "Agency for Industrial Safety and Standards"


def test_when():
    r = newsfacts.extract(STORY_A, id="a", published="2023-03-14")
    values = {d["text"]: d["value"] for d in r["dates"]}
    assert values["Tuesday"] == "2023-03-14"  # the publication day itself
    assert values["next week"] == "2023-W12"
    assert r["dates"] and all(STORY_A[d["start"] : d["end"]] == d["text"] for d in r["dates"])


STORY_B = """Dravik profit doubles as chip demand soars

SANTA CLARA, Calif. (AP) — Dravik Corp. said Wednesday that its quarterly profit doubled.

The Santa Clara, California-based company reported net income of $9.1 billion for the quarter. Chief Financial Officer Mira Kessel told analysts that supply would remain tight.

Zentravo declined to comment. Shares of Dravik fell by 25 basis points to 3% of the index.
"""

STORY_C = """Police arrest suspect in mall shooting

DENVER — Police on Saturday arrested a man suspected of shooting two people at a mall, authorities said.

Speaking in the Rose Garden of City Hall, Mayor Tom Varga said the city was safe. Several council members objected, and the police union's president, Ana Lusk, said officers were tired.

Clinics in neighboring Kansas and Nebraska have reported a rise in patients. Polls close at 7 p.m. Results are expected late Tuesday.
"""


def test_a_results_story():
    r = newsfacts.extract(STORY_B, id="b", published="2024-11-20")
    ents = by_name(r)
    assert ents["Mira Kessel"]["role"] == "Chief Financial Officer"
    # "The Santa Clara, California-based company" is the company named before.
    assert quote_with(r, "net income")["speaker"] == "Dravik Corp."
    # A company the model never saw, opening a sentence before "declined", is a name.
    assert ents["Zentravo"]["label"] == "ORG"
    assert quote_with(r, "to comment")["speaker_entity"] == ents["Zentravo"]["id"]
    # "basis points to 3%" is a measure, not "points to".
    assert all(q["cue"] != "points to" for q in r["quotes"])


def test_a_local_story():
    r = newsfacts.extract(STORY_C, id="c", published="2024-11-23")
    ents = by_name(r)
    # The dateline and the first word after its dash are not one name.
    assert "DENVER" in ents and not any("—" in n for n in ents)
    assert "Police" not in ents
    # A garden is a place, not a person.
    assert ents["Rose Garden"]["label"] == "LOC"
    # The participle of speaking sets the scene; the mayor said it.
    safe = quote_with(r, "the city was safe")
    assert safe["cue"] == "said" and safe["speaker"] == "Tom Varga"
    # The name after "…, and the police union's president," speaks, with that role.
    assert quote_with(r, "officers were tired")["speaker"] == "Ana Lusk"
    assert ents["Ana Lusk"]["role"] == "police union's president"
    # Clinics in two states reported, not the last state.
    clinics = quote_with(r, "a rise in patients")
    assert clinics["speaker"] == "Clinics in neighboring Kansas and Nebraska"
    assert clinics["speaker_entity"] is None
    # The sentence after "7 p.m." is a sentence of its own.
    assert all(not q["text"].startswith("Polls close") for q in r["quotes"])


STORY_D = """Eastland central bank holds rates

BRUSSELS, Dec 9 (AP) - Eastland's central bank kept interest rates at 4% on Tuesday and warned that inflation remained too high. Fines for lenders can reach 35 million euros ($37.7 million).

Central Bank of Eastland Governor Mara Lind said the board had voted unanimously. The launch of a digital currency was pushed from November to September 2025, Lind said at a news conference at the bank's headquarters in the capital.

Spain and Portugal said on Wednesday that they would follow. Dravik Group said it would cut 500 jobs. It said most of the cuts would come in the capital.
"""


def test_a_central_bank_story():
    r = newsfacts.extract(STORY_D, id="d", published="2024-12-10")
    ents = by_name(r)
    # A dateline capital stays itself although the story converts a sum into dollars, and
    # the wire service credited after it is an organisation.
    assert ents["BRUSSELS"]["country"] == "BE"
    assert ents["AP"]["label"] == "ORG"
    # A coordinated cue speaks for the subject after the dateline, not for the dateline.
    warned = quote_with(r, "inflation remained too high")
    assert warned["speaker"].startswith("Eastland"), warned
    # The governor, not the bank before the title, speaks.
    assert quote_with(r, "had voted unanimously")["speaker"] == "Mara Lind"
    # A passive "was pushed" is no cue: the closing "Lind said" reports the sentence.
    pushed = quote_with(r, "was pushed from November")
    assert (pushed["cue"], pushed["speaker"]) == ("said", "Mara Lind")
    assert not [q for q in r["quotes"] if q["cue"] == "pushed"]
    # The range ending in a written year starts the year before.
    months = {d["text"]: d["value"] for d in r["dates"]}
    assert months["September 2025"] == "2025-09"
    assert months["November"] == "2024-11"
    # Two names speak together; "It said" is the company.
    both = quote_with(r, "they would follow")
    assert (both["speaker"], both["speaker_entity"]) == ("Spain and Portugal", None)
    assert quote_with(r, "most of the cuts")["speaker"] == "Dravik Group"


STORY_E = """Senate passes stopgap bill as grocers call off merger

By Jo Harlan, Washington Correspondent

WASHINGTON (AP) — The Senate voted 77-19 late Friday to keep the government funded, sending the measure to the president hours before a deadline.

Senate Majority Leader Dana Whitlock said the vote showed that "the chamber can still work." The Ohio Democrat urged House members to take up a separate aid package.

On Monday, Priya Natarajan, who leads a budget watchdog group, said the bill did nothing to cut spending.

Separately, Corvane and Halbrook called off their planned $24.6 billion merger. Corvane shares rose 2%. Corvane, founded in 1883 and backed by two pension funds, has 400,000 employees, the U.S. Trade Commission said. The company said it would now buy back shares.
"""


def test_a_politics_and_business_story():
    r = newsfacts.extract(STORY_E, id="e", published="2024-12-20")
    ents = by_name(r)
    # The byline is no part of the story: the reporter is no entity.
    assert "Jo Harlan" not in ents
    assert any(b["text"].startswith("By Jo Harlan") for b in r["boilerplate"])
    # "The Ohio Democrat" is the senator just named; Ohio is a place, no "Ohio Democrat" entity.
    urged = quote_with(r, "to take up a separate aid package")
    assert urged["speaker"] == "Dana Whitlock", urged
    assert "Ohio Democrat" not in ents and ents["Ohio"]["label"] == "LOC"
    # A fronted time is no speaker; the name before the relative clause is.
    assert quote_with(r, "did nothing to cut spending")["speaker"] == "Priya Natarajan"
    # A one-word name whose shares trade is a company throughout; "the company" is that
    # company, not the public body that reported its size.
    assert ents["Corvane"]["label"] == "ORG"
    assert quote_with(r, "buy back shares")["speaker"] == "Corvane"
