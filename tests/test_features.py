"""Each feature family on small hand-made cases: values and the spans that justify them."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from features import attribution, boilerplate, contradictions, tone, translation
from features.document import Document, Span
from tests.helpers import labelled, span_texts

FIXTURES = Path(__file__).parent / "fixtures"


# Boilerplate


def test_comment_thread_share_buttons_and_byline_are_boilerplate():
    text = (FIXTURES / "comment_thread.txt").read_text(encoding="utf-8")
    marked = labelled(boilerplate, text)
    for line in ("By Jane Doe", "Share this article", "Facebook", "3 Comments", "Mary K. says:", "March 3, 2021 at 10:15 am",
                 "Reply", "Leave a Reply", "Post Comment"):
        assert line in marked, line
    assert any(line.startswith("Six million over budget") for line in marked)  # a user comment
    story = [line for line in text.splitlines()[2:7]]
    assert not set(story) & set(marked)
    assert "City opens new library after years of delay" not in marked


def test_a_short_last_paragraph_of_the_story_is_no_chrome():
    text = ("City council approves new budget\n\nBy Sarah Jones | March 4, 2023\n\n"
            "The city council approved a $2.3 billion budget on Tuesday after a four-hour debate, with spending "
            "increases for parks and public transport.\n\nAlso Read: Mayor announces new bike lanes downtown\n\n"
            "Council member David Ruiz said the budget balanced growth with restraint. \"We listened to residents,\" he said.\n\n"
            "The budget takes effect on July 1.\n\nShare this:\nFacebook\nTwitter\nWhatsApp\n\n"
            "Sarah Jones is a senior reporter covering city hall. She has worked at the paper since 2015.\n\n"
            "Leave a Reply\nYour email address will not be published. Required fields are marked *\n\n"
            "Weather\nLondon 12\u00b0C Partly cloudy\nHumidity 70% Wind 12 km/h\n")
    marked = labelled(boilerplate, text)
    assert "The budget takes effect on July 1." not in marked
    for line in ("By Sarah Jones | March 4, 2023", "Also Read: Mayor announces new bike lanes downtown", "Share this:",
                 "Leave a Reply", "London 12\u00b0C Partly cloudy"):
        assert line in marked, line


def test_a_story_sentence_before_a_call_to_subscribe_stays_the_storys():
    story = "The plan will be put to a public consultation in the spring."
    text = ("City unveils plan to cut traffic\n\nThe city council on Monday unveiled a plan to cut traffic in the centre by "
            "a third by 2030, with new bus lanes and wider pavements.\n\n" + story + " Click here to subscribe to our daily "
            "newsletter.\n\nOfficials said the charge would raise about 40 million pounds a year for public transport.")
    assert labelled(boilerplate, text) == ["Click here to subscribe to our daily newsletter."]
    assert labelled(boilerplate, "Subscribe to our newsletter. Get the latest news first.") == [
        "Subscribe to our newsletter. Get the latest news first."]


def test_a_wordpress_post_keeps_its_headline_and_story_and_loses_the_rest():
    lines = (FIXTURES / "wordpress_post.txt").read_text(encoding="utf-8").splitlines()
    marked = set(labelled(boilerplate, "\n".join(lines)))
    headline, story = lines[0], lines[2:5]
    assert not ({headline} | set(story)) & marked  # the headline above "Posted on ... by ..." is the story's
    assert set(lines[1:2] + lines[5:]) <= marked  # byline, share and like widgets, "Related" teasers, bio, comments


def test_a_press_release_keeps_its_headline_and_news_and_loses_its_notices():
    lines = (FIXTURES / "press_release.txt").read_text(encoding="utf-8").splitlines()
    marked = set(labelled(boilerplate, "\n".join(lines)))
    assert not {lines[0], *lines[4:7]} & marked  # headline (above "NEWS PROVIDED BY", the issuer, the date), news
    for line in ("NEWS PROVIDED BY", "Mar 05, 2025, 08:00 ET", "About Acme Robotics", "Forward-Looking Statements",
                 "Media Contact:", "press@acmerobotics.example", "+1 617 555 0100", "SOURCE Acme Robotics Inc."):
        assert line in marked, line


def test_a_republished_page_keeps_its_headline_far_above_the_story():
    lines = (FIXTURES / "republished_conversation.txt").read_text(encoding="utf-8").splitlines()
    marked = set(labelled(boilerplate, "\n".join(lines)))
    story = lines[lines.index("Messenger") + 1 : lines.index("Ocean heat")]
    assert len(story) == 5 and not ({lines[0]} | set(story)) & marked  # the headline's words come back in the story
    for line in ("Published: March 3, 2025 2:14pm GMT", "University of Exeter provides funding as a member of The Conversation UK.",
                 "Climate change", "Sea level rise", "This article is republished from The Conversation under a Creative "
                 "Commons license. Read the original article."):
        assert line in marked, line


def test_a_blog_platform_page_loses_its_app_bar_and_author_box():
    lines = (FIXTURES / "medium_post.txt").read_text(encoding="utf-8").splitlines()
    marked = set(labelled(boilerplate, "\n".join(lines)))
    story = [line for line in lines if len(line.split()) >= 12]
    assert len(story) == 4 and not set(story) & marked  # (its headline below the app bar is lost: docs/benchmarks.md)
    for line in ("Open in app", "Maria Lopez", "6 min read", "Written by Maria Lopez", "1.2K Followers", "Recommended from Medium"):
        assert line in marked, line
    assert "Thanks for reading The Policy Memo! Subscribe for free to receive new posts and support my work." in labelled(
        boilerplate, "\n".join(["The quiet collapse of rural hospitals", *story,
                                "Thanks for reading The Policy Memo! Subscribe for free to receive new posts and support my work."]))


def test_a_syndicated_page_loses_its_notices_and_topic_tags():
    lines = (FIXTURES / "syndicated_mint.txt").read_text(encoding="utf-8").splitlines()
    marked = set(labelled(boilerplate, "\n".join(lines)))
    assert not {line for line in lines if len(line.split()) >= 12 and line.endswith(".") and not line.startswith(
        ("Catch all", "Disclaimer"))} & marked
    for line in ("Written By Priya Sharma", "First Published: 06 Dec 2024, 11:42 AM IST", "repo rate", "inflation",
                 "Catch all the Business News, Market News, Breaking News Events and Latest News Updates on Live Mint. "
                 "Download The Mint News App to get Daily Market Updates."):
        assert line in marked, line


def test_bylines_bios_and_legal_lines_of_news_sites():
    page = ("Police: Man arrested after standoff\nBy: WXYZ Web Team\nPosted at 6:15 AM, Mar 04, 2025\n"
            "and last updated 10:02 AM, Mar 04, 2025\n" + "A man was taken into custody early Tuesday after an hours-long "
            "standoff with police in the city, authorities said on Tuesday morning.\n" * 3 +
            "Stephen Angbulu\nStephen has over three years experience in covering the Presidency, politics and elections.\n"
            "Copyright PUNCH.\nContact: [email\u00a0protected]\nE-mail: news@example.com")
    marked = labelled(boilerplate, page)
    for line in page.splitlines()[1:4] + page.splitlines()[-5:]:
        assert line.replace("\u00a0", " ") in marked or line in marked, line
    assert "Police: Man arrested after standoff" not in marked
    page = ("Rescuers search rubble after earthquake in eastern Turkey\nJane Smith in Istanbul\n" + "Rescuers were searching "
            "through the rubble of collapsed buildings on Tuesday after a powerful earthquake, officials said.\n" * 3
            + "Suggested Topics:\nCommodities\nEnergy")
    marked = labelled(boilerplate, page)
    assert {"Jane Smith in Istanbul", "Suggested Topics:", "Commodities", "Energy"} <= set(marked)
    assert "Rescuers search rubble after earthquake in eastern Turkey" not in marked
    headline = "Heavy Rain in Spain"  # a Title Case headline is no byline: "Heavy" is no first name
    story = "Heavy rain flooded towns across eastern Spain on Tuesday, forcing thousands from their homes, officials said.\n"
    assert headline not in labelled(boilerplate, headline + "\n" + story * 3)


def test_attribution_and_tone_count_the_story_not_the_comment_thread():
    text = (FIXTURES / "comment_thread.txt").read_text(encoding="utf-8")
    sources = span_texts(text, attribution.extract(Document(text)).evidence, "attribution", "source")
    assert "Mayor Tom Baker" in sources and not {"Mary K.", "Peter Walsh"} & set(sources)
    found = tone.extract(Document(text))
    assert "!" not in span_texts(text, found.evidence, "tone")  # "Finally!" is a reader's comment
    assert "you" not in [s.lower() for s in span_texts(text, found.evidence, "tone")]


def test_forum_style_comment_thread_is_boilerplate():
    text = (FIXTURES / "comment_thread_forum.txt").read_text(encoding="utf-8")
    lines = text.splitlines()
    marked = labelled(boilerplate, text)
    assert set(lines[5:]) <= set(marked)  # counts, "Top Rated Comments", user names, timestamps, votes, comments
    assert not set(lines[1:5]) & set(marked)


def test_disqus_style_comment_thread_is_boilerplate():
    text = (FIXTURES / "comment_thread_disqus.txt").read_text(encoding="utf-8")
    marked = labelled(boilerplate, text)
    story, thread = text.split("12 Comments")
    assert "12 Comments" in marked
    for line in thread.strip().splitlines():
        assert line in marked, line
    assert not set(story.strip().splitlines()) & set(marked)


def test_clean_article_has_no_boilerplate():
    text = (
        "Shares in the carmaker rose 4% on Monday after it reported higher sales in Europe and China.\n\n"
        "The company said demand for its electric models had doubled compared with the same period last year.\n\n"
        "Analysts had expected a smaller rise, citing weaker consumer spending across the region."
    )
    result = boilerplate.extract(Document(text))
    assert result.values["boilerplate_ratio"] == 0.0 and not result.evidence


def test_boilerplate_ratio_counts_non_space_characters():
    text = "Also Read: Another story\nThe council approved the plan on Monday after a long debate about costs and delays."
    ratio = boilerplate.extract(Document(text)).values["boilerplate_ratio"]
    assert ratio == len("AlsoRead:Anotherstory") / len(text.replace(" ", "").replace("\n", ""))


# Translation


def test_translation_artifacts_raise_the_probability():
    clean = "The minister said on Wednesday that talks would continue. Officials expect a deal within weeks."
    garbled = (
        "The minister counted this Wednesday XNUMX deaths in the region. The talks will continue. internally.\n"
        "far from entering\n"
        "Officials expect a deal within weeks."
    )
    clean_p = translation.extract(Document(clean)).values["translation_probability"]
    garbled_p = translation.extract(Document(garbled)).values["translation_probability"]
    assert clean_p < 0.2 < 0.8 < garbled_p
    labels = {e.label for e in translation.extract(Document(garbled)).evidence}
    assert {"number placeholder", "weekday calque", "sentence fragment", "stray fragment"} <= labels


def test_calques_of_russian_and_ukrainian_news_are_artifacts():
    text = ("The ministry approved the decision on Monday. Earlier it was reported that talks had stalled. "
            "We will remind, the sanctions concern 30 physical persons. Let us note, that the council meets on Friday.")
    hits = [text[e.start : e.end] for e in translation.extract(Document(text)).evidence if e.label == "calque phrase"]
    assert hits == ["Earlier it was reported", "We will remind", "physical persons", "Let us note"]
    plain = "The ministry approved the decision. It was reported earlier that talks stalled. Let us go, she said."
    assert not labelled(translation, plain, "calque phrase")
    text = '"We will not vote for it," - emphasized Szijjarto. Recall, the EU approved 11 packages of sanctions.'
    hits = [text[e.start : e.end] for e in translation.extract(Document(text)).evidence if e.label == "calque phrase"]
    assert hits == ['," - emphasized', "Recall"], hits
    plain = '"We will not vote for it," he said - and left. Recall the vote, she said. What about "him?"-she asked.'
    assert not labelled(translation, plain, "calque phrase")


def test_abbreviation_before_lower_case_is_no_fragment():
    text = "They sold apples, pears, etc. and other fruit at the market on Sunday."
    assert not labelled(translation, text, "sentence fragment")


# Attribution


def categories(text: str) -> dict[str, str]:
    result = attribution.extract(Document(text))
    return {text[e.start : e.end]: e.reason for e in result.evidence if e.label == "source"}


def test_what_an_outlet_reports_in_its_sentence_is_second_hand():
    through = "original speaker (named person), quoted through another outlet"
    assert categories("Zelenskyy said the army would hold the line, Al Jazeera reported.")["Zelenskyy"] == through
    assert categories("According to the Financial Times, Peter Chernin said the deal was close.")["Peter Chernin"] == through
    assert categories("In comments carried by state news agency TASS, Putin said Russia would respond.")["Putin"] == through
    # Someone else's words in the same sentence are not the outlet's: it reports after a full stop, or it is told.
    assert categories("Zelenskyy said the army would hold. Al Jazeera reported on the front.")["Zelenskyy"] == "named person"
    assert categories("Putin said Russia would respond, and Lavrov told CNN that talks were over.")["Putin"] == "named person"


def contents(text: str) -> list[tuple[str, str]]:
    """(content, reason) of every attribution content span."""
    return [(text[e.start : e.end], e.reason.split(":")[0]) for e in attribution.extract(Document(text)).evidence if e.label == "content"]


def test_indirect_speech_is_content_too():
    assert contents("The minister said on Monday that the talks had failed.") == [("that the talks had failed", "indirect speech")]
    assert contents("The talks had failed, said the minister.") == [("The talks had failed", "indirect speech")]
    assert contents("According to the ministry, the talks had failed.") == [("the talks had failed", "indirect speech")]
    assert contents("He told BBC Radio 4 the plan was fair.") == [("the plan was fair", "indirect speech")]
    # a short noun phrase before a name set off by commas is the speaker's title, not what they said
    assert contents("A Kremlin spokesman, Dmitry Peskov, declined to comment.") == []
    spoken = contents("The trucks brought food, water and medicine, the envoy, Serdar Kilic, said.")  # (a clause: kept)
    assert len(spoken) == 1 and spoken[0][0].startswith("The trucks brought food, water and medicine"), spoken
    # Each source's words end where the next source begins.
    assert contents("Smith said the plan would work, but Jones said it would fail.") == [
        ("the plan would work", "indirect speech"), ("it would fail", "indirect speech")]
    assert contents('"We will win," he said.') == [('"We will win,"', "direct quote")]
    # a sentence that opens inside a quotation pairs its marks after that quotation closes: the cue is outside
    assert contents('"It is over. We lost," Lopez said, "and we will not run again."') == [
        ('"It is over. We lost,"', "direct quote")]
    # ... but a cue with no source of its own inside them ends no one's words and takes none from before it
    spoken = contents("Lin said she was disappointed but not surprised.")
    assert ("she was disappointed but not surprised", "indirect speech") in spoken
    spoken = contents("A spokeswoman told reporters that more rain was expected on Tuesday.")
    assert spoken == [("that more rain was expected on Tuesday", "indirect speech")], spoken
    # A learned cue may run past its sentence's end (WMT: "were explained\nAccording to ..."): no crash.
    text = "The problems that arose among pregnant Russians with entering Argentina were explained\nAccording to the embassy"
    assert isinstance(contents(text), list)


def test_a_document_is_its_issuers_words():
    found = categories("According to a statement from the company, profits fell by 10%. "
                       "According to figures from the Office for National Statistics, prices rose.")
    assert found["a statement from the company"] == "named organisation"
    assert found["figures from the Office for National Statistics"] == "named organisation"
    assert categories("Jane Smith of the Department for Education said schools would open.")[
        "Jane Smith of the Department for Education"] == "named person"


def test_source_categories():
    text = (
        "Western officials said the talks had stalled. "
        "According to Reuters, the deal was close. "
        "The ministry said in a statement that it would respond. "
        '"We will not give up," said Maria Lopez.'
    )
    found = categories(text)
    assert found["Western officials"].startswith("unnamed")
    assert found["Reuters"].startswith("second-hand")
    assert found["The ministry"] == "named organisation"
    assert found["Maria Lopez"] == "named person"
    values = attribution.extract(Document(text)).values
    assert values["second_hand_attribution_share"] == 0.25
    assert values["direct_quote_share"] == 0.25


def test_cue_source_and_quote_share_a_group():
    text = 'The Daily Planet quoted the mayor as saying: "The bridge is safe for traffic again."'
    result = attribution.extract(Document(text))
    groups = {e.group for e in result.evidence}
    assert len(groups) == 1
    assert {e.label for e in result.evidence} == {"cue", "source", "content"}


def test_nouns_that_look_like_verbs_are_no_cues():
    text = "Western reports of an attack were false. The eastern states of the country voted."
    assert attribution.extract(Document(text)).values["attributions_per_100_words"] == 0


# Contradictions


def contradiction_pairs(text: str) -> list[tuple[str, str]]:
    result = contradictions.extract(Document(text))
    by_group: dict[str, list[str]] = {}
    for e in result.evidence:
        by_group.setdefault(e.group, []).append(text[e.start : e.end])
    return [tuple(v) for v in by_group.values()]


def test_pronoun_of_the_other_gender_is_linked_to_the_person():
    text = "John Miller is a veteran reporter. He joined the paper in 2001, where he made a name for herself."
    assert contradiction_pairs(text) == [("John Miller", "herself")]


def test_pronoun_with_a_possible_antecedent_of_its_gender_is_not_flagged():
    assert contradiction_pairs("John Miller met Mary Jones. She said he was late, and he agreed with her.") == []
    assert contradiction_pairs("John Miller met his wife at the station. He said she was tired.") == []


def test_pronouns_inside_quotes_are_ignored():
    assert contradiction_pairs('John Miller said: "She told me he was right." He smiled.') == []


def test_a_pronoun_going_on_with_the_words_of_the_speaker_just_named_is_checked():
    earlier = "President Volodymyr Zelenskyy said more air defence was needed. "
    text = earlier + "Maria Kovalenko, a spokeswoman for the ministry, said repairs had begun. He added that they could take weeks."
    assert contradiction_pairs(text) == [("Maria Kovalenko", "He")]
    reasons = [e.reason for e in contradictions.extract(Document(text)).evidence if e.label == "pronoun"]
    assert reasons == ["'He' is male but goes on with the words of Maria Kovalenko, who is female"]
    for verb in ("pointed out", "declared", "emphasised", "replied"):
        said = earlier + f"Maria Kovalenko said repairs had begun. He {verb} that they could take weeks."
        assert contradiction_pairs(said) == [("Maria Kovalenko", "He")], verb
    assert contradiction_pairs(earlier + 'Maria Kovalenko said repairs had begun. "It will take weeks," he said.') == [
        ("Maria Kovalenko", "he")]
    # Another person in between, a surname alone, a name of mostly one gender or the same gender: no flag.
    assert contradiction_pairs(earlier + "Maria Kovalenko said Oleg Petrov had resigned. He added that it was sudden.") == []
    assert contradiction_pairs(earlier + "Kovalenko said repairs had begun. He added that they could take weeks.") == []
    # ... unless the full name came just before, with a first name of one gender only
    assert contradiction_pairs(earlier + "Maria Kovalenko visited the plant. Kovalenko said repairs had begun. "
                                         "He added that they could take weeks.") == [("Kovalenko", "He")]
    assert contradiction_pairs(earlier + "Maria Kovalenko visited the plant. The plant was built in 1970 and employs 900 people. "
                               "Its reactors were shut in 2022. Kovalenko said repairs had begun. He added that "
                               "they could take weeks.") == []
    assert contradiction_pairs(earlier + "Jamie Noon said repairs had begun. He added that they could take weeks.") == []
    assert contradiction_pairs(earlier + "Mr Kovalenko said repairs had begun. He added that they could take weeks.") == []
    # Without a speech verb the pronoun may be anyone's: the older, stricter rule applies.
    assert contradiction_pairs(earlier + "Maria Kovalenko visited the plant. He was impressed.") == []


def test_a_pronoun_in_a_second_clause_of_the_speakers_sentence_goes_on_with_their_words():
    earlier = "The minister, Carlos Mendes, announced the package on Monday. "
    said = "The head of the traders' association, Maria Santos, said the measures were late, "
    assert contradiction_pairs(earlier + said + "but he warned that more was needed.") == [("Maria Santos", "he")]
    assert contradiction_pairs(earlier + said + "but she warned that more was needed.") == []
    # Another person named in between may be the one who warned.
    assert contradiction_pairs(earlier + "Maria Santos said Oleg Petrov was late, but he warned that more was needed.") == []


def test_name_spelled_two_ways():
    text = "Kremlin spokesman Dmitry Peskov said talks would go on. Later, Dimitri Peskov said they had stalled in Kyiv. Officials in Kiev agreed."
    pairs = contradiction_pairs(text)
    assert ("Dmitry", "Dimitri") in pairs and ("Kyiv", "Kiev") in pairs
    # Both spellings opening a sentence: the shared surname shows they are one name, not sentence openers.
    assert contradiction_pairs("Dmitry Peskov said talks would go on. Dimitri Peskov added that no date was set.") == [
        ("Dmitry", "Dimitri")]
    assert contradiction_pairs("Alexei Navalny's team said it would publish documents. Aleksei Navalny was in jail.") == [
        ("Alexei", "Aleksei")]
    assert contradiction_pairs("The orchestra played Tchaikovsky's fifth symphony. Critics praised its Chaikovsky.") == [
        ("Tchaikovsky", "Chaikovsky")]
    assert contradiction_pairs("Muammar Gaddafi spoke on television. Later, Qaddafi said he would stay.") == [("Gaddafi", "Qaddafi")]
    assert contradiction_pairs("US troops left Iraq in 2011. Irak was calm, the French daily wrote.") == [("Iraq", "Irak")]
    assert contradiction_pairs("Yahoo replaced Tim Koogle with Terry Semel. Google grew fast.") == []  # no q: two names
    assert contradiction_pairs("Sarah Lindqvist said she was sorry. Later, Lindquist posted an apology.") == [
        ("Lindqvist", "Lindquist")]  # after a q, v and u are one sound


def test_a_surname_alone_is_the_person_its_full_name_introduced():
    # "Carter" is also a male first name; after "Emily Carter" it is her surname.
    assert contradiction_pairs("Emily Carter has won a national prize. Carter said the award recognised his work.") == [
        ("Carter", "his")]
    assert contradiction_pairs("Emily Carter has won a national prize. While Carter said the award recognised her work, "
                               "she thanked the team.") == []
    # "Bill" is a first name before a surname, though scikit-learn lists "bill" among its stop words.
    assert contradiction_pairs("Hillary Clinton spoke first. Former President Bill Clinton said he would campaign.") == []
    # A party before the name is a title: "Teachout" is the person of unknown gender "Zephyr Teachout".
    assert contradiction_pairs("Andrew Cuomo won the primary against Democrat Zephyr Teachout. "
                               "Teachout's fundraising was strong. Her haul was large.") == []


def test_a_role_in_apposition_to_the_introduced_name_is_that_person():
    text = "The defence minister, Oleksii Reznikov, has underlined that the help is necessary. She added that weapons will come."
    assert contradiction_pairs(text) == [("Oleksii Reznikov", "She")]
    assert contradiction_pairs(text.replace("She added", "He added")) == []
    # A role of its own, not in apposition, may still be the pronoun's antecedent.
    assert contradiction_pairs("The defence minister met Oleksii Reznikov on Monday. She said weapons will come.") == []
    # An object pronoun may be someone else of the story the role tells (the kidnapped girl three sentences up).
    story = ("A video shows the moment a kidnapped girl was rescued by police.\n\nThe suspect, Michael Webb, was "
             "sentenced last Thursday.\n\nThe video was released on Monday.\n\nNow that his trial has ended, prosecutors released the footage when officers "
             "found her in a hotel room.")
    assert contradiction_pairs(story) == []


def test_a_pronoun_before_the_name_of_its_clause_is_no_contradiction():
    # "Bernie" is Bernard or Bernadette: no gender, and "the same of Sanders" is him, not a place.
    text = ("Voters say the same of Bernie Sanders. Hillary Clinton leads the race. "
            "Her campaign argues that as voters learn more about his record, Sanders will lose support.")
    assert contradiction_pairs(text) == []
    # The clause's subject after the comma is whom "his" means, though a woman is named before it in the sentence.
    assert contradiction_pairs("Mary Smith's campaign argues that as voters learn more about his record, "
                               "John Brown will lose support.") == []


def test_first_names_spelled_two_ways_before_one_surname():
    assert contradiction_pairs("Mohammed bin Salman met the delegation. Later, Muhammad bin Salman said the talks went well.") == [
        ("Mohammed", "Muhammad")]
    assert contradiction_pairs("Oleksandr Usyk defended his title. Alexander Usyk, 37, said he would fight again.") == [
        ("Oleksandr", "Alexander")]
    # Other people of one family: another gender, too few letters to tell, a word made from the name.
    assert contradiction_pairs("Mark Collins and Mary Collins run the farm. Dan Reed and Don Reed help.") == []
    assert contradiction_pairs("Israel Defense Forces said the raid was over. Israeli Defense Minister Benny Gantz agreed.") == []


def test_names_written_with_and_without_their_accents_or_in_ukrainian_and_russian():
    assert contradiction_pairs("Opposition leader Kemal Kilicdaroglu conceded. Kılıçdaroğlu said the vote was unfair.") == [
        ("Kilicdaroglu", "Kılıçdaroğlu")]
    assert contradiction_pairs("Lech Wałęsa won the vote in 1990. Walesa later lost it.") == [("Wałęsa", "Walesa")]
    assert contradiction_pairs("The mayor of Kharkiv, Ihor Terekhov, said the city was shelled. Igor Terekhov added "
                               "that power was out.") == [("Ihor", "Igor")]
    # A broken encoding glued to a name is no second spelling; nor is a social-media handle.
    assert contradiction_pairs("Hillary Clinton spoke. It was Hillary Clinton\u00e2\u0080\u0099s plan.") == []
    assert contradiction_pairs("They are not coming to kill us. \u2014 Tour\u00e9 (@Toure) said so.") == []
    # Two names that fold alike but differ in more than accents (Carr\u00e9/Carey) are two names.
    assert contradiction_pairs("The novelist John le Carr\u00e9 met the actress. Carey Mulligan said she had read his books.") == []


def test_a_surname_spelled_two_ways_after_one_given_name():
    assert contradiction_pairs("President Xi Jinping arrived in Paris. Xi Jingping was greeted at the Elysee.") == [
        ("Jinping", "Jingping")]
    # Short surnames one letter apart are often two people; a letter swapped is not a letter added.
    assert contradiction_pairs("Mark Wood met Mark Hood in Leeds. John Carter met John Carver there.") == []


def test_related_words_are_not_name_variants():
    text = "Russian troops left Russia. Iraqi officials met in Iraq, and German and Germany's leaders spoke with Brian and Bryan."
    assert contradiction_pairs(text) == []
    # a first name and a surname are two names: "Gerry Anderson" and "Richard Gere" (not "Hoffman" / "Hoffmann")
    text = "Why not remake Gerry Anderson's UFO? What about Keanu Reeves and Richard Gere in a remake?"
    assert contradiction_pairs(text) == []
    text = "Dustin Hoffman spoke in London. Recently, Hoffmann has returned to film."
    assert contradiction_pairs(text) == [("Hoffman", "Hoffmann")]


def test_weekday_that_does_not_match_its_date():
    text = "The vote took place on Friday, September 30, 2023, in the capital."
    assert contradiction_pairs(text) == [("Friday", "Friday, September 30, 2023")]
    assert contradiction_pairs("The vote took place on Saturday, September 30, 2023, in the capital.") == []
    for wrong in ("Mon, 12 Mar 2024", "Monday (March 12, 2024)", "March 12, 2024, a Monday", "Mon. 12 March 2024",
                  "March 12, 2024 (Monday)", "Monday the 12th of March 2024"):
        assert len(contradiction_pairs(f"The vote took place on {wrong} in Paris.")) == 1, wrong
    for right in ("Tue, 12 Mar 2024", "Tuesday, Sept. 12, 2023", "The Sun, 12 March 2024,", "Tuesday the 12th of March 2024"):
        assert contradiction_pairs(f"The vote took place on {right} in Paris.") == [], right


def test_page_date_before_the_story_date():
    text = "January 5, 2020\nThe summit opened on March 3, 2021, with forty leaders attending."
    assert contradiction_pairs(text) == [("January 5, 2020", "March 3, 2021")]
    dateline = "Published 3 June 2001\n\nThe minister spoke on Monday, 7 March 2005 to reporters in London."
    assert contradiction_pairs(dateline) == [("3 June 2001", "Monday, 7 March 2005")]
    assert contradiction_pairs("Updated: 2019-03-12\nThe summit opened on 5 May 2023.") == [("2019-03-12", "5 May 2023")]
    # One wrong page date is one contradiction, however many story dates it disagrees with.
    assert contradiction_pairs("Updated: 2019-03-12\nThe summit opened on 5 May 2023 and closed on 9 May 2023.") == [
        ("2019-03-12", "5 May 2023")]


def test_a_month_in_the_story_years_after_the_page_date():
    text = "Posted on January 5, 2009\nThe new stadium, which opened in September 2019, holds 40,000 fans."
    assert contradiction_pairs(text) == [("January 5, 2009", "September 2019")]
    assert contradiction_pairs("Posted on January 5, 2009\nThe stadium opened in December 2009.") == []  # within the year
    # A full date is one date, not a month: "12 September 2019" is judged as a day (and its weekday).
    assert contradiction_pairs("Posted on January 5, 2009\nThe stadium opened on 12 September 2019.") == [
        ("January 5, 2009", "12 September 2019")]
    # A month on a page line is no story date; a term that runs until a month is announced.
    assert contradiction_pairs("Posted on January 5, 2009\nUpdated March 2015\nThe stadium holds 40,000 fans.") == []
    assert contradiction_pairs("Posted on January 5, 2009\nHer term runs until February 2012, officials said.") == []


def test_an_html_pages_menus_make_no_contradiction():
    text = "Leaders of 30 countries meet in Rome\nLeaders of 32 countries signed the deal on Monday.\nThe deal covers trade."
    assert len(contradictions.extract(Document(text)).evidence) == 2  # plain text: one count, two values
    # The first line is a teaser in the page's sidebar, outside the article the extractor kept.
    assert contradictions.extract(Document(text, article_lines=frozenset({1, 2}))).evidence == ()


def test_a_numeric_page_date_in_either_order():
    story = "\nThe company said on 4 May 2021 that it would close two factories."
    assert contradiction_pairs("Published 12.06.2015" + story) == [("12.06.2015", "4 May 2021")]
    assert contradiction_pairs("12/06/2015" + story) == [("12/06/2015", "4 May 2021")]
    # Read as 6 December 2020 at the latest, within a year of May 2021; and only on a page line.
    assert contradiction_pairs("06/12/2020" + story) == []
    assert contradiction_pairs("The old plant, built in 1998, closed." + story.replace("\n", " ") + " Form 12/06/2015 was filed.") == []


def test_a_story_may_announce_a_date_after_its_page_date():
    assert contradiction_pairs("Published 3 January 2005\n\nThe vote will be held on Thursday, 5 May 2005, officials said.") == []
    # Years ahead too, when announced without a weekday; a weekday names a day close to the telling.
    assert contradiction_pairs("Published 3 January 2025\n\nThe election will be held on 4 November 2026.") == []
    assert contradiction_pairs("Published 3 January 2019\n\nThe talks will resume on Monday, 3 March 2025.") == [
        ("3 January 2019", "Monday, 3 March 2025")]


def test_doubled_letters_are_a_respelling():
    text = "Roger Federer won the final on Sunday. The Swiss player said the match was hard. Federrer will now rest."
    assert contradiction_pairs(text) == [("Federer", "Federrer")]


def test_ukrainian_and_russian_endings_are_a_respelling():
    text = "Russian forces shelled Kharkiv on Monday. Officials in Kharkov said 12 people were hurt."
    assert contradiction_pairs(text) == [("Kharkiv", "Kharkov")]
    assert contradiction_pairs("Troops reached Kharkiv on Monday. Officials in Kharkiv said the city was calm.") == []


def test_a_vowel_after_the_first_syllable_is_a_respelling():
    text = "Khalifa Haftar did not attend the talks. A spokesman for Field Marshal Hafter said he would study the results."
    assert contradiction_pairs(text) == [("Haftar", "Hafter")]
    text = "Robbie Williams won the prize. It was handed to him by the comedian David Walliams on Monday."
    assert contradiction_pairs(text) == []  # a vowel of the first syllable: two names


def test_one_count_with_two_values():
    text = "The summit of 30 countries signed the deal on Monday. Later, ministers said 32 countries signed the deal."
    assert contradiction_pairs(text) == [("30 countries", "32 countries")]
    assert contradiction_pairs("Five people died in 2004 and 50 people were hurt in 2005; 2 years later 3 years passed.") == []


def test_a_noun_counted_item_by_item_is_no_contradiction():
    table = ("Joe Schobert: 7 tackles (10 combined), 1 sack.\nMack Wilson: 1 tackle (5 combined).\n"
             "Chad Thomas: 3 tackles (3 combined), 1 sack.\nDenzel Ward: 4 tackles (4 combined).\n"
             "Juston Burris: 4 tackles (5 combined), 1 sack.")
    assert contradiction_pairs(table) == []
    # State by state (BuzzFeed-Webis): offices counted 50, 30, 10, 25 times over are many counts, not one.
    staff = ("In Ohio, Clinton has around 250 organizers and 50 offices. Trump, meanwhile, has roughly 110 staffers "
             "and 30 offices. In North Carolina, where Trump has around 170 staffers and 10 offices, Clinton has over 250 "
             "workers and 30 offices. While Trump has just a handful of offices, Clinton has around 100 staffers and 25 "
             "offices. In Arizona, Clinton has around 160 staffers and 25 offices.")
    assert contradiction_pairs(staff) == []


def test_a_count_that_refers_back_must_keep_its_value():
    text = "Regulators wrote to two companies in May. Talks between the three companies failed in June."
    assert contradiction_pairs(text) == [("two companies", "three companies")]
    # Different groups of one noun, none of them referring back, are not one count.
    assert contradiction_pairs("Two companies bid in May. In June, three companies were fined by regulators.") == []
    # A count stated and then referred back to is established: another value later contradicts it.
    text = "Seven candidates are standing. The seven candidates debate on Thursday. Voters choose between eight candidates."
    assert contradiction_pairs(text) == [("seven candidates", "eight candidates")]
    assert contradiction_pairs("A poll in all 50 states was run. Across all 50 states, Obama leads in 48 states.") == []


def test_the_only_two_values_of_a_count_told_about_one_event():
    text = ("Leaders from 30 countries signed the climate declaration in Paris on Monday.\n\nThe talks ran late.\n\n"
            "The declaration, signed by 32 countries, commits them to cut emissions.")
    assert contradiction_pairs(text) == [("30 countries", "32 countries")]
    assert contradiction_pairs("The charity employs 40 staff across the country. Its chief said the charity's 45 staff "
                               "had worked through the pandemic.") == [("40 staff", "45 staff")]
    # A sentence's capitalised first word is one of its words too.
    text = "The government plans to build 200 new schools by 2030. Building 250 new schools would cost billions."
    assert contradiction_pairs(text) == [("200 new schools", "250 new schools")]


def test_a_death_toll_told_with_two_verbs_and_a_count_in_hyphenated_words():
    text = ("A total of 12 people died when the bus overturned near Lyon.\n\nPolice said the driver had lost control. "
            "Local hospitals treated the injured.\n\nThe crash, which killed 15 people, is the worst this year.")
    assert contradiction_pairs(text) == [("12 people", "15 people")]
    text = "Twenty-seven countries signed the treaty in Rome. Officials from all 25 countries attended the ceremony."
    assert contradiction_pairs(text) == [("Twenty-seven countries", "25 countries")]
    assert contradiction_pairs("Twenty-seven countries signed the treaty. All twenty-seven countries attended.") == []


def test_job_cuts_count_jobs_and_a_forecast_is_another_count():
    text = ("The company will cut 1,200 jobs across its European plants, it announced on Monday. Unions called the "
            "decision a betrayal. The 1,500 job cuts will mostly fall in Germany and France, a spokesman said.")
    assert contradiction_pairs(text) == [("1,200 jobs", "1,500 job cuts")]
    text = ("Oracle has announced it is cutting about 5,000 jobs after the takeover.\n\n"
            "Correspondents say 6,000 job losses had been expected, and more cuts may be announced.")
    assert contradiction_pairs(text) == []


def test_one_person_given_two_ages():
    text = "Paul Okonkwo, 34, was arrested on Monday. Police said the 36-year-old had been watched for months."
    assert contradiction_pairs(text) == [("34", "36")]
    assert contradiction_pairs("Mr Smith, 52, said he was shocked. Smith, 55, later withdrew the claim.") == [("52", "55")]
    # Two people of one family, a firm's age, an unnamed athlete: no contradiction.
    assert contradiction_pairs("Jane Doe, 45, and her son Tom Doe, 20, were rescued. The 20-year-old was treated.") == []
    assert contradiction_pairs("Fiorina, 61, declined to comment. She met resistance at the 60-year-old firm.") == []
    assert contradiction_pairs("Sotherton, 28, won. Others ran too.\n\nA new record fell. It was fast. The 26-year-old was happy.") == []


def test_two_values_of_a_noun_that_count_different_things():
    assert contradiction_pairs("Five people died when a bus overturned near Leeds.\n\n"
                               "Seven people were taken to hospital with serious injuries after the bus overturned.") == []
    assert contradiction_pairs("The carmaker will cut 300 jobs in Leeds.\n\nThe carmaker said 350 jobs will go in Bristol.") == []
    assert contradiction_pairs("The carmaker will cut 300 jobs in Leeds.\n\nA further 350 jobs at the carmaker will go.") == []
    assert contradiction_pairs("Almost 23,000 people took the survey.\n\nThe survey of 22,953 people was run online.") == []
    assert contradiction_pairs("Wales coach Gatland has made two changes to the team. "
                               "France coach Laporte has made four changes to the team.") == []
    assert contradiction_pairs("The poll covered voters in all 50 states.\n\nShe leads the poll in 48 states.") == []
    # a total told with a part of it: "20 of 23 drones" after a headline's "20 drones"
    assert contradiction_pairs("Ukraine says it shot down 20 drones overnight\n"
                               "The air force said it had shot down 20 of 23 drones launched by Russia.") == []
    assert contradiction_pairs("Ukraine says it shot down 20 drones overnight\n"
                               "The air force said it had shot down 23 drones launched by Russia.") != []


def test_a_count_of_a_modified_noun_and_a_count_of_all_of_them():
    text = ("All 27 member states backed the target on Friday. "
            "The agreement, which all 25 member states signed, still needs approval from parliament.")
    assert contradiction_pairs(text) == [("27 member states", "25 member states")]
    # a subset ("these two") of a larger count is no second value of it
    assert contradiction_pairs("Iraq will award contracts for three projects. These two projects aim to develop oil fields.") == []
    # a count of the modified noun is another count than one of the bare noun
    assert contradiction_pairs("Three new cases were found on Monday. Officials said four cases were found in the region.") == []


def test_numbers_that_count_no_things_are_not_counts():
    assert contradiction_pairs("Read part 1 here, and part 2 here. Read part 3 here, and part 2 here.") == []
    assert contradiction_pairs("Her lead shrank from about 12 percentage points to 8 percentage points in May.") == []
    # an adjective ending in s is no plural noun: "three previous" ... "two previous" counts nothing
    assert contradiction_pairs("He lost three previous elections in the state. Like the two previous candidates, he ran again.") == []


def test_a_swapped_pronoun_after_consistent_ones_is_flagged():
    text = "Tony Blair spoke in London on Monday. He said the plan would work. Blair added that she was confident of victory."
    assert contradiction_pairs(text) == [("Blair", "she")]


def test_the_text_outvotes_the_name_lexicon():
    text = "Leslie Grantham hit the headlines in May. Photographs showed him at home. He apologised and said his family came first."
    assert contradiction_pairs(text) == []


def test_the_first_pronoun_after_a_person_is_introduced_disagrees_whatever_follows():
    text = ("Sarah Collins, a science teacher at Hill Park School, has won the award. He has taught there for years. "
            "Collins said she was surprised. The head teacher praised his commitment.")
    assert contradiction_pairs(text) == [("Sarah Collins", "He")]
    # Not when the name is the object of its sentence, nor after a pronoun that may be someone else's.
    assert contradiction_pairs("The award went to a school run for years by Sarah Collins. He has taught there for years. "
                               "Collins said she was surprised. The head teacher praised his commitment.") == []
    assert contradiction_pairs("His pupils say Sarah Collins, a science teacher, has won the award. He has taught there "
                               "for years. Collins said she was surprised. The head teacher praised his commitment.") == []


def test_an_english_word_that_is_a_first_name_opens_a_full_name():
    text = ('His colleague Grace Okafor, who nominated him, said the award was overdue. "He never gave up," she said. '
            "Okafor added that his work had changed laws.")
    assert contradiction_pairs(text) == []  # Grace Okafor is a woman: "she" is hers, "his" is the nominee's
    assert contradiction_pairs("Mark Carney spoke in Ottawa on Monday. Carney said she would cut taxes.") == [("Carney", "she")]


def test_a_titled_surname_has_no_gender_from_the_first_name_lexicon():
    assert contradiction_pairs("The case went on. Judge Clark said in her ruling that the firm had broken the law.") == []


def test_modern_widgets_and_promotions_are_boilerplate():
    text = (FIXTURES / "modern_widgets.txt").read_text(encoding="utf-8")
    marked = labelled(boilerplate, text)
    chrome = [
        "Home » World » Europe", "London 12°C", "By John Smith, Transport Correspondent | Fox News", "Mon, 02 Oct 2023", "Last Updated: Oct 2, 2023, 10:45 IST",
        "Image source, Getty Images", "Story continues below advertisement", "Follow us on Google News",
        "Join our WhatsApp channel for the latest updates", "Sign up for our morning newsletter",
        "Tags: rail, strikes, transport", "Comments are closed.",
        "Get the latest headlines delivered to your inbox every morning.", "March 4, 2024 at 9:12 am ET • 4 min read",
        "Download The Mint News App to get Daily Market Updates.",
    ]
    for line in chrome:
        assert line in marked, line
    story = [line for line in text.splitlines() if line not in chrome]
    assert not set(story) & set(marked)
    # the lexicon alone knows an app promotion with a two-word name
    assert boilerplate.lexicon_hits(["Download The Mint News App to get Daily Market Updates.", "The app crashed twice."]) == [
        True, False]


SHORT_STORY = [
    "Council backs housing plan despite protests",
    "The council met on Tuesday evening to discuss the plans, which have divided residents for months.",
    "Supporters say the new homes are badly needed, while opponents fear the roads cannot cope with more traffic.",
    "A final decision is expected in the spring, after a public consultation closes at the end of February.",
]


@pytest.mark.parametrize("chrome", [
    "Advertisement - Scroll to continue", "Article continues after advertisement", "Promoted content", "Accept cookies",
    "Recommended Stories", "Don't miss", "Must read", "Up next", "2 hours ago", "(Photo by John Smith/Getty Images)",
    "Reuters", "Posted in News", "Topics", "Play video", "Live", "Contact the author", "Send us your tips",
    "Have a story? Email news@example.com", "Report an error", "Corrections policy", "Support our journalism",
    "Donate", "Become a member", "Already a subscriber? Log in", "This article is for subscribers only",
    "Want to read more? Subscribe today", "This article was originally published on The Conversation.",
    "Related links:", "Other news in this section", "Partner news", "Write to Al Root at allen.root@dowjones.com",
    "This copy is for your personal, non-commercial use only.", "Você pode gostar...", "Lesen Sie auch:", "Читайте также",
    "Image 1 of 5", "Hide caption", "Font size", "Listen to article", "Pictured: The council chamber on Tuesday",
    "Last modified on Tue 5 Mar 2024 14.32 GMT", "Copy link to clipboard", "Get our free newsletter", "Enter your email address",
    "Do not sell my personal information", "Sponsored by Acme Bank", "Further reading",
    "This article originally appeared on The Riverside Courier.", "A version of this story first ran in The Tribune.",
    "Originally published on Live Science.", "Mumbai, 24°C Partly Cloudy", "New York, NY 72°F Sunny",
])
def test_common_chrome_lines_are_boilerplate_by_the_lexicon_alone(chrome):
    for lines in (SHORT_STORY[:2] + [chrome] + SHORT_STORY[2:], SHORT_STORY + [chrome]):  # mid-story and after it
        assert labelled(boilerplate, "\n".join(lines)) == [chrome]  # under MODEL_MIN_LINES: no line model


@pytest.mark.parametrize("chrome", [
    "It looks like you're using an ad blocker.", "Please update your browser for the best experience of this site.",
    "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
    "Something went wrong. Please try again.", "Thank you for signing up!", "No spam, we promise.",
    "Get the morning briefing delivered to your inbox.", "Follow her on Twitter @janedoe.", "Stay up to date with the Courier.",
    "Video: Firefighters tackle the blaze", "Also on example.com Storm warnings issued for the north",
    "Jane Doe and John Roe contributed to this report.", "Firefighters at the scene on Monday. (AP Photo/John Smith)",
    "The mayor, centre, opens the new bridge, Friday, March 1, 2024, in Leeds.", "In this file photo, the mayor opens a bridge.",
    "Protesters outside parliament in London [File: Reuters]", "A rescue worker in Kyiv. \u00a9 AFP / Jane Doe",
    "Labour (41%, 1,680 votes)", "Image caption The mayor opens the new bridge", "The mayor at the bridge.Credit...Jane Doe/The Courier",
    "Jane Doe, Associated Press", "There was a problem subscribing you to this newsletter.", "I agree that the Courier may email me offers.",
    "Like this story? Share it with a friend!", "If you buy something through our links, we may earn a commission.",
    "You may like these posts", "The cookie settings on this website are set to allow cookies.",
    "Contact the newsroom. Telephone: 0113 555 0100", "Share or comment on this article:", "Press enquiries:",
    "Show key events only", "This article is more than 5 years old", "You have 2 free articles remaining this month",
    "Humidity: 65%", "Wind: 12 km/h NW", "Sunrise 06:12", "Today 21° / 14°", "Partly cloudy", "Also Read:", "Posted by admin",
    "Print this page", "(Photo: Mark Chen/The Daily Herald)", "(Image: © Shutterstock)",
    "(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)",
    "This story has been published from a wire agency feed without modifications to the text.", "Press Trust of India",
])
def test_site_notices_form_messages_and_agency_captions_are_boilerplate(chrome):
    assert labelled(boilerplate, "\n".join(SHORT_STORY[:2] + [chrome] + SHORT_STORY[2:])) == [chrome]


def test_a_numbered_list_the_story_introduces_stays_story():
    story = [
        "Deals for collectors", "Black Friday is here, and shops are cutting prices on toys, films and games from the eighties.",
        "Retailers expect record sales this year, and the best offers tend to sell out within the first hours of the day.",
        "Here are the offers for nostalgic readers that we found this morning on the big sites:",
    ]
    items = []
    for number, item in enumerate(["Lego Star Wars bomber", "Electric racing track", "Blade Runner box set", "Ghostbusters collection",
                                   "Magnum P.I. complete series", "DeLorean model, scale 1:24", "Board game Taboo"], start=1):
        items += [f"{number}) {item}", f"http://amzn.example/{number}x"]
    menu = ["Home", "News", "World", "Business", "Sports", "Weather", "Entertainment", "Lifestyle", "Travel", "Opinion",
            "Video", "Podcasts", "Newsletters", "Events", "Shop", "Jobs", "Obituaries", "Puzzles"]
    footer = menu + ["Contact us", "Privacy policy", "Terms of use", "Careers", "Advertise", "Site map", "Help", "Archive",
                     "Apps", "Mobile", "Reprints", "Licensing", "Store"]
    introduced = "\n".join(menu + story + items + footer)
    assert not set(items) & set(labelled(boilerplate, introduced))
    unintroduced = "\n".join(menu + story[:-1] + items + footer)  # no line of the story opens it: the page model decides
    assert set(items) & set(labelled(boilerplate, unintroduced))


def test_a_line_with_a_telephone_number_is_contact_details():
    line = "The Customer Service Center can be contacted with any questions or requests: Telephone: *2421 or 03-7619056"
    assert labelled(boilerplate, "\n".join(SHORT_STORY + [line])) == [line]


def test_a_bio_at_the_top_names_a_workplace_and_a_lede_about_a_journalist_is_story():
    lede = ("Paul Adeyemi is a journalist with more than twenty years of experience in West Africa. Over that time "
            "he has become one of the region's most respected voices on corruption.")
    bio = "Jane Doe is a senior reporter at The Courier, covering the council and local politics."
    assert labelled(boilerplate, "\n".join(["Reporter honoured in Lagos", lede] + SHORT_STORY[1:])) == []
    assert labelled(boilerplate, "\n".join(["Council backs housing plan", bio] + SHORT_STORY[1:])) == [bio]
    # at the end, before links to other stories and a comment form: short lines are no story after it
    bio = "Rahul Sharma is a senior correspondent covering banking and markets. He has worked for several newspapers."
    page = SHORT_STORY + [bio, "Previous article", "Gold prices fall for third day", "Next article", "Rupee ends flat",
                          "Oil climbs on supply fears", "Leave a Reply"]
    assert bio in labelled(boilerplate, "\n".join(page))


def test_story_sentences_like_captions_or_notices_are_story():
    for line in ("He said the party had moved left, right and centre over the years, and voters had noticed.",
                 "Officials asked residents to stay up to date with warnings from the Met Office on Tuesday.",
                 "Ms Kaur left, saying the meeting was over, and the chairman adjourned it until Friday.",
                 "Wind speeds reached 90mph on the coast on Sunday, the Met Office said in its latest update.",
                 "The company said an error had occurred in its billing system and customers would be refunded."):
        assert labelled(boilerplate, "\n".join(SHORT_STORY + [line])) == []


def test_related_topics_is_a_block_heading_not_a_lone_link():
    labels = boilerplate.extract(Document("\n".join(SHORT_STORY + ["Related Topics", "Wildfires", "Climate"]))).evidence
    assert [e.label for e in labels] == ["teaser header", "teaser", "teaser"]


def test_footer_links_and_news_site_buttons_are_chrome():
    chrome = ["Terms & Conditions", "Privacy Notice", "Accessibility Statement", "Advertise", "AFP via Getty Images",
              "Skip Ad", "Ad Feedback", "Gift this article", "Share full article", "See more stories"]
    assert labelled(boilerplate, "\n".join(SHORT_STORY + chrome)) == chrome


def test_story_sentences_that_open_with_a_chrome_word_are_story():
    for line in ("Save the Children said the camps were full and that more tents were needed before winter.",
                 "Contact with the crew was lost shortly after take-off, the airline said in a statement.",
                 "Follow-up checks found no trace of the virus in the herd, officials said on Friday."):
        assert labelled(boilerplate, "\n".join(SHORT_STORY + [line])) == []


def test_an_address_inside_a_story_sentence_is_not_a_contact_line():
    line = "Police asked anyone who saw the crash to contact officers at tips@police.example.gov or to call 101."
    assert labelled(boilerplate, "\n".join(SHORT_STORY + [line])) == []


@pytest.mark.parametrize("teaser", [
    "Your Weather Today In Detroit for 11/15You can leave your umbrella at home through Sunday, says the forecast.",
    "Say Cheese? Detroit's Top 3 Cheese ShopsWondering where to find the best cheese near you? We crunched the numbers.",
    "Find Burgers & More at Downtown's New Frita BatidosA new Cuban spot, offering burgers and more, has opened.",
    "Ford Recalls F-150s; Loose Cable Can Cause Stalling Or FiresFord is recalling over 168,000 pickup trucks.",
])
def test_a_headline_with_symbols_run_into_its_excerpt_is_a_teaser(teaser):
    assert labelled(boilerplate, "\n".join(SHORT_STORY + [teaser])) == [teaser]


def test_a_caption_closed_by_its_credit_is_boilerplate():
    caption = "The city of Uglii was closed earlier this year due to plague-contaminated marmotsCredit: The Siberian Times"
    assert labelled(boilerplate, "\n".join(SHORT_STORY[:2] + [caption] + SHORT_STORY[2:])) == [caption]
    sourced = "Prices rose 3% in May, the fastest rate in a decade, the statistics office said. Source: ONS"
    assert labelled(boilerplate, "\n".join(SHORT_STORY + [sourced])) == []


def test_a_headline_run_into_the_dateline_of_its_excerpt_is_a_teaser():
    teaser = ("UN 'regrets' new US position on legality of Israeli settlements UNITED NATIONS: United Nations "
              "Secretary General Antonio Guterres has expressed regret over the decision.")
    assert labelled(boilerplate, "\n".join(SHORT_STORY + [teaser])) == [teaser]
    # A story's own dateline opens its line; a short capitalised word before a colon is no dateline.
    for line in ("NEW DELHI: Home Minister Amit Shah on Wednesday said internet services would be restored soon.",
                 "Fans of the long-running hit crime drama CSI: Miami will get a final episode next year, producers said."):
        assert labelled(boilerplate, "\n".join(SHORT_STORY + [line])) == []


def test_words_of_judgement_in_the_articles_own_voice_are_evidence():
    text = 'This deplorable plan is an amazing failure, critics say. "It is idiotic," the mayor said of the new budget.'
    result = tone.extract(Document(text))
    assert span_texts(text, result.evidence, "tone", "subjective word") == ["deplorable", "amazing"]  # not the quote's
    assert result.values["subjective_words_per_100_words"] == pytest.approx(100 * 2 / 19)
    assert tone.extract(Document("The federal budget rose by 3% to $4bn in 2023.")).values["subjective_words_per_100_words"] == 0


def test_legal_and_consent_notices_are_boilerplate_in_a_short_text():
    notices = [
        "We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies.",
        "By signing up, you agree to our Privacy Policy and European users agree to the data transfer policy.",
        "Copyright © 2024 Example Media Group. All rights reserved. Reproduction in whole or in part without written "
        "permission is prohibited, and the Example Media Group name and logo are registered trademarks.",
    ]
    story = "By continuing the talks, both sides agree that progress is possible, the mediator said on Monday."
    text = "\n".join([story, *notices])  # under MODEL_MIN_LINES lines: the lexicon alone decides
    assert labelled(boilerplate, text) == notices


def test_a_live_blog_speaker_line_does_not_open_a_comment_thread():
    story = [
        "Protesters gathered outside the embassy on Tuesday as news of the attack spread through the city.",
        "The ambassador and three other staff members were killed, officials in Washington confirmed.",
        "Officials have not said who they believe was behind the attack, which began late in the evening.",
        "The State Department said it was reviewing security at all of its diplomatic posts in the region.",
        "Reporter Jomana Karadsheh says:",  # in the second half of the text
        "The clear impression from the people we spoke to is that the attack was planned well in advance.",
        "More than a dozen people were arrested overnight, according to local police, who gave no names.",
        "The embassy will stay closed until further notice, a spokesman told reporters at a briefing.",
    ]
    marked = labelled(boilerplate, "\n".join(story))
    assert not [line for line in marked if line.endswith(".")]


def test_a_comment_thread_longer_than_the_story_is_boilerplate():
    story = ["Our goal with these open threads is to let readers raise questions about our research in public.",
             "You can read last quarter's thread on the blog, where we answered more than forty questions."]
    thread = [
        "Milan Griffes on September 12, 2018 at 4:47 pm said:",
        "Any update on how the new follow-up paper will affect your recommendation of the cash transfer charity this year?",
        "Catherine on September 13, 2018 at 5:23 pm said:",
        "We have not yet reviewed the paper, but we plan to consider it as part of our year-end review of cash transfers.",
        "We expect to publish that review in November, and we will link to it from this thread when it is out.",
        "Alex on September 17, 2018 at 6:34 am said:",
        "I read your report on road safety and did not see any analysis of the cost of travelling on slower buses.",
        "Logically there must be some speed at which slower is no longer better, or the speed limit would be one mile an hour.",
    ]
    marked = labelled(boilerplate, "\n".join(story + thread))
    assert not set(story) & set(marked) and set(thread) <= set(marked)
    embedded = ["The singer's label denied the claim on Thursday, saying it had never blocked any performance.", "Report",
                "Fans shared the news widely on social media, and several artists voiced their support for her.", "Report",
                "The awards organisers said the matter should be settled between the artist and her label directly.",
                "Her manager said talks with the label had gone on for months without any sign of a settlement.",
                "The label said it had offered several times to meet the singer and her lawyers to resolve the dispute."]
    assert labelled(boilerplate, "\n".join(embedded)) == ["Report", "Report"]  # buttons under embedded posts are no thread


def test_a_headline_run_into_its_excerpt_is_a_teaser():
    glued = ["Customers Leave Without Paying $690 Bill At Troy SteakhouseA party of six left the restaurant after a fight.",
             "Michigan To Mail Redistricting Panel Applications To 250,000The state will mail applications to voters."]
    story = ["The minister said the McDonald family would attend the PlayStation launch in London on Friday evening.",
             "Stadia Falls Short of 4K at Launch, Destiny 2 Runs at a Native 1080p and Medium Settings on the console."]
    assert labelled(boilerplate, "\n".join(story + glued)) == glued


def test_a_teaser_glued_into_a_story_line_is_boilerplate():
    text = ("The minister said the plan would be announced next week. Also Read: Opposition slams budget as anti-poor. "
            "The minister added that details were still being worked out.\n"
            "Farmers say it does little for them. READ MORE | Farmers protest in Delhi")
    assert labelled(boilerplate, text) == ["Also Read: Opposition slams budget as anti-poor.", "READ MORE | Farmers protest in Delhi"]
    assert labelled(boilerplate, "He told us to read more: books, papers and reports, every day.") == []
    text = ("The ministry said repair crews had restored power by morning. RELATED: Kyiv braces for winter blackouts\n"
            "Governor Vitaliy Koval said three people were injured. Read more: How Ukraine's grid survived last winter")
    assert labelled(boilerplate, text) == ["RELATED: Kyiv braces for winter blackouts", "Read more: How Ukraine's grid survived last winter"]
    # a headline without its full stop runs into the next story sentence: the teaser ends where that sentence starts
    for headline in ("Sensex hits record high as IT stocks rally", "Sensex Hits Record High As IT Stocks Rally"):
        text = f"The bank held rates on Friday. Also Read: {headline} The central bank also said inflation was easing."
        assert labelled(boilerplate, text) == [f"Also Read: {headline}"]


def test_site_chrome_run_into_the_last_story_line_is_boilerplate():
    story = ("The city council voted 7-2 on Tuesday to approve 1,200 new homes. Opponents argued the roads could not cope. ")
    chrome = ("Share this article Facebook Twitter WhatsApp Related Articles Man charged after crash Leave a Reply "
              "Your email address will not be published.")
    assert labelled(boilerplate, story + chrome) == [chrome]
    assert labelled(boilerplate, story + "Sign up for our daily newsletter.") == ["Sign up for our daily newsletter."]
    # one phrase with a long story after it is the story's ("Share this article" as words of a sentence), and
    # the phrase must start a sentence
    assert labelled(boilerplate, story + "Share this article with friends, the mayor said at a meeting that ran late into the "
                                 "night, because the housing plan would change how the whole town looks.") == []
    assert labelled(boilerplate, "Readers may leave a reply below, the editor said, and Related Articles will follow.") == []


def test_a_byline_ads_and_a_bio_run_into_flattened_story_lines_are_boilerplate():
    story = ("By Jane Doe | Published March 12, 2024 | 3 min read The council voted on Tuesday to approve 1,200 homes. "
             "Advertisement The developer said building would begin in spring. Councillor Mark Ellis said residents "
             "were ignored. Jane Doe is a local democracy reporter covering Riverside council. She joined in 2019.")
    assert labelled(boilerplate, story) == ["By Jane Doe | Published March 12, 2024 | 3 min read", "Advertisement",
                                            "Jane Doe is a local democracy reporter covering Riverside council. She joined in 2019."]
    # prose: "By Tuesday" is no byline, an advertisement spoken of is no slot, a quoted memo's bio is quoted
    assert labelled(boilerplate, "By Tuesday, March 12, 2024 the council had voted. The advertisement ran for weeks, "
                                 'the memo said. "Adam Cancryn is joining the team. Adam was a senior reporter at S&P."') == []
    # a wire credit and the page's tags and share buttons run into the last line
    story = ("The air force said 20 of 23 drones were shot down. Reuters could not verify the reports. (Reporting by "
             "Olena Harmash; Editing by Mark Heinrich) Our Standards: The Thomson Reuters Trust Principles. Tags: Ukraine, "
             "drones Share this: Facebook Twitter")
    assert labelled(boilerplate, story) == [story[story.index("(Reporting") :]]


def test_hard_wrapped_text_is_classified_by_its_unwrapped_lines():
    text = (FIXTURES / "wire_copy.txt").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line]
    wrapped = "\n".join(piece for line in lines for piece in textwrap.wrap(line, 64))
    doc = Document(wrapped)
    assert len(boilerplate._logical_lines(doc)) < len(doc.lines)
    marked = {doc.span_text(span) for span, label in zip(doc.lines, boilerplate.classify_lines(doc)) if label is not None}
    story = [line for line in lines if line.startswith(("Markets", "LONDON", "The Stoxx", '"Inflation', "Analysts"))]
    assert len(story) == 5 and not {piece for line in story for piece in textwrap.wrap(line, 64)} & marked
    chrome = [line for line in lines if line not in story]
    caught = [line for line in chrome if set(textwrap.wrap(line, 64)) <= marked]
    assert len(caught) >= len(chrome) - 2, set(chrome) - set(caught)


def test_syndication_notes_and_sign_offs_are_boilerplate():
    chrome = ["This story has been published from a wire agency feed without modifications to the text.",
              "Catch all the Business News and Updates on Live Mint.", "Thank you for reading."]
    story = "Catch up with the news from Tuesday, when the minister resigned after a long row about his expenses."
    assert labelled(boilerplate, "\n".join([story, *chrome])) == chrome


def test_audio_player_social_links_and_author_story_links_are_boilerplate():
    chrome = ["Listen to this article · 4 min", "Facebook · Instagram · X", "More stories by Maria Gonzalez"]
    story = "Heavy rain forced thousands of people from their homes across northern Italy on Tuesday, officials said."
    assert labelled(boilerplate, "\n".join([chrome[0], story, *chrome[1:]])) == chrome


def test_a_clause_between_commas_before_the_subject_is_no_appositive():
    text = "Rivers burst their banks across northern Italy on Tuesday, forcing thousands from their homes, officials said."
    assert categories(text) == {"officials": "unnamed source: a role with no name"}


def test_an_agency_is_an_outlet_only_when_it_is_a_news_agency():
    assert categories("The civil protection agency said 12 towns had been evacuated.") == {
        "The civil protection agency": "named organisation"}
    assert categories("The state news agency said the talks had ended.")["The state news agency"].startswith("second-hand")
    assert categories("The mayor's office said in a statement that work would start in spring.") == {
        "The mayor's office": "named organisation"}


def test_people_named_with_their_role_or_workplace_and_unnamed_people_at_a_place():
    assert categories('"It is exciting," said lead author Angelos Tsiaras of University College London.') == {
        "lead author Angelos Tsiaras of University College London": "named person"}
    # a role with its own modifier before the name: "fire chief", "race director" (not "one former ...")
    assert categories('"We have never seen water like this," said fire chief Margaret Collins.') == {
        "fire chief Margaret Collins": "named person"}
    assert categories('"It is a coup for us," said race director David Bedford.') == {"race director David Bedford": "named person"}
    assert "one former Western" not in categories('"It is a study," said one former Western energy CEO.')
    assert categories("Dr Sarah Horst of Johns Hopkins University said more work was needed.") == {
        "Dr Sarah Horst of Johns Hopkins University": "named person"}
    assert categories("A senior official in Brussels said talks were under way.") == {
        "A senior official in Brussels": "unnamed source: a role with no name"}
    assert categories("A trader in London said the market was caught off guard.") == {
        "A trader in London": "unnamed source: a role with no name"}
    # a group at a place is still unnamed; a body at a place is the body; a role for a body is one unnamed person
    assert categories("Officials in Moscow said the talks had ended.") == {"Officials in Moscow": "unnamed source: a role with no name"}
    # a minister with "the" or a country is one known office-holder, like "the mayor"; "a minister" is not
    assert categories("The prime minister said taxes would rise.") == {"The prime minister": "named person"}
    assert categories("A minister said taxes would rise.") == {"A minister": "unnamed source: a role with no name"}
    assert categories("Police in Nairobi said the road was closed.") == {"Police in Nairobi": "named organisation"}
    assert categories("A spokesman for the bank said the loan was approved.") == {
        "A spokesman for the bank": "unnamed source: a role with no name"}
    assert categories("The Communications Workers of America said the strike would go ahead.") == {
        "The Communications Workers of America": "named organisation"}


def test_a_role_for_a_body_that_declines_to_comment_says_nothing():
    found = attribution.extract(Document("A spokesperson for the bank declined to comment.")).evidence
    assert [(e.label, e.start) for e in found if e.label != "cue"] == [("source", 0)]


def test_an_outlet_citing_someone_is_not_the_content_of_its_report():
    for text in ("The Daily Nation, citing police sources, reported that at least 40 people had died.",
                 "At least 40 people had died, the Daily Nation reported, citing police sources."):
        contents = {text[e.start : e.end] for e in attribution.extract(Document(text)).evidence if e.label == "content"}
        assert contents <= {"that at least 40 people had died", "At least 40 people had died"}, text
    text = "Bloomberg reported, citing people familiar with the matter, that the deal was off."
    contents = [text[e.start : e.end] for e in attribution.extract(Document(text)).evidence if e.label == "content"]
    assert contents == ["that the deal was off"]


def test_outlet_names_with_a_number_or_of_sport_and_technology_are_second_hand():
    for outlet in ("France 24", "Fox Business", "ESPN", "Ars Technica", "The New Yorker", "Newsmax"):
        assert categories(f"{outlet} reported that the talks had collapsed.")[outlet].startswith("second-hand"), outlet
    assert categories("In 2024 officials said the talks had collapsed.") == {"officials": "unnamed source: a role with no name"}
    assert "December 15" not in categories("On December 15 the minister said the talks had collapsed.")


def test_news_agencies_are_outlets_in_the_plural_too():
    found = categories("Russian news agencies quoted the minister as saying the deal was off.")
    assert found["Russian news agencies"].startswith("second-hand")


def test_citing_and_interviews_with_outlets_are_second_hand():
    text = (
        "The minister resigned on Friday, citing The Guardian. "
        "In an interview with CNN, the senator said the bill would pass. "
        "The company said its profits had doubled, as reported by Bloomberg."
    )
    found = categories(text)
    for outlet in ("The Guardian", "CNN", "Bloomberg"):
        assert found[outlet].startswith("second-hand"), outlet


def test_the_records_own_title_is_not_boilerplate():
    title = "Global Markets Today"
    text = f"{title}\nShares rose across Asia on Monday as investors welcomed the central bank's decision to hold rates."
    assert title in labelled(boilerplate, text)  # a short banner-like line at the top...
    result = boilerplate.extract(Document(text, title=title))
    assert not span_texts(text, result.evidence, "boilerplate")  # ...unless it is the article's own headline


def test_second_hand_sources_in_common_phrasings():
    text = (
        '"We will not retreat," the president said in an interview with the BBC. '
        "According to a report in The Guardian, the talks collapsed on Friday. "
        "The Washington Post, citing people familiar with the matter, said the company would be sold. "
        "Local media reported that the fire had spread. "
        "The company's chief executive, John Smith, told the Financial Times the deal was dead."
    )
    found = categories(text)
    for outlet in ("BBC", "The Guardian", "The Washington Post", "Local media", "Financial Times"):
        assert found[outlet].startswith("second-hand"), outlet
    assert found["John Smith"].startswith("original speaker")


def test_unnamed_outlets_and_sources_close_to_an_institution():
    found = categories("Lavrov told state television that the talks had failed. "
                       "Citing sources close to the government, Bloomberg said the deal was off.")
    assert found["state television"].startswith("second-hand") and found["Lavrov"].startswith("original speaker")
    # The sources, not the government; Bloomberg cites them, so they reach the article through it.
    assert found["sources close to the government"] == "original speaker (unnamed source), quoted through another outlet"
    found = categories("According to Ukrainian media, several buildings were damaged. "
                       "According to Russian state media, the talks were postponed.")
    assert found["Ukrainian media"].startswith("second-hand") and found["Russian state media"].startswith("second-hand")


def test_a_group_named_by_what_its_people_are_is_an_unnamed_source():
    found = categories("Opponents say the roads cannot cope. Farmers said the plan would ruin their fields. "
                       "Golfer Tiger Woods withdrew on Friday. Woods said his back was sore.")
    assert found["Opponents"].startswith("unnamed") and found["Farmers"].startswith("unnamed")
    assert found["Woods"] == "named person"  # a surname that is also a plural word stays a name
    # Part of a group: "Some" and "others" are unnamed, not the person named before them.
    found = categories("Opposition leader Tom Harris said the plan would hurt families. Economists were divided. "
                       "Some warned that the tax rises would slow growth; others welcomed the cuts.")
    assert found["Opposition leader Tom Harris"] == "named person"
    assert found["Some"].startswith("unnamed") and found["others"].startswith("unnamed")


def test_a_clause_opened_by_its_verb_or_a_weekday_is_no_source():
    sources = [attribution_sources(text) for text in (
        "To address the situation, they recommended new training.",
        "Never mentioning his rival by name, the president warned of isolationism.",
        "The mayors released a joint op-ed Tuesday advocating for refugee resettlement.")]
    assert not any(word in found for found in sources for word in ("To", "Never", "Tuesday", "op-ed Tuesday"))
    assert attribution_sources("A new poll released Wednesday found that voters were split.") == ["A new poll"]
    assert attribution_sources("President Obama Tuesday said the talks would resume.") == ["President Obama"]


def attribution_sources(text: str) -> list[str]:
    return [text[a.source.start : a.source.end] for a in attribution.find_attributions(Document(text)) if a.source]


def test_a_group_at_a_place_and_organisations_named_with_of():
    found = categories("Traders in the town centre say the charges will drive shoppers away. "
                       "Residents of the village said the water was unsafe. "
                       "The Federation of Small Businesses said 40 members had signed. "
                       "The mayor of London said the plan was unfair.")
    assert found["Traders in the town centre"].startswith("unnamed")  # the traders speak, not the town centre
    assert found["Residents of the village"].startswith("unnamed")
    assert found["The Federation of Small Businesses"] == "named organisation"
    assert categories("The developer, Greenfield Homes, said building would begin in spring.")["Greenfield Homes"] == (
        "named organisation")  # a company's name ends in what it does
    for phrase in ("president of the Federation of Teachers", "chief executive of SK Telecom"):
        assert attribution._classify(phrase) == attribution.NAMED_PERSON  # the office-holder, not the body
    assert found["The mayor of London"] == "named person"  # one office-holder, not the city


def test_qualified_and_in_charge_sources():
    found = categories("According to a source familiar with the investigation, the hackers were abroad. "
                       "According to people briefed on the talks, a deal is near. "
                       "The person in charge said that the bureau will act. "
                       "The official in charge of the project told reporters it was late.")
    for source in ("a source familiar with the investigation", "people briefed on the talks", "The person in charge",
                   "The official in charge of the project"):
        assert found[source].startswith("unnamed"), source


def test_outlets_of_other_countries_and_a_ministers_portfolio():
    found = categories("Japan's defence minister said in an interview with NHK that Tokyo would protest. "
                       "According to the Kremlin's readout of the call, the leaders spoke for an hour.")
    assert found["NHK"].startswith("second-hand") and found["Japan's defence minister"].startswith("original speaker")
    assert found["the Kremlin's"] == "named organisation"
    assert categories("The decision was unanimous, the Fed said in a statement.")["the Fed"] == "named organisation"


def test_single_quotes_and_guillemets_are_direct_quotes():
    for text in ("'We will not give up,' said Maria Lopez, the mayor.", "«We will not give up», said Maria Lopez.",
                 "'We don't know what the minister's plan is,' Maria Lopez said."):
        assert attribution.extract(Document(text)).values["direct_quote_share"] == 1.0, text
    # apostrophes and scare quotes are not quotations
    text = "The mayor's 'special relationship' with the council is over, Maria Lopez said."
    assert attribution.extract(Document(text)).values["direct_quote_share"] == 0.0


def test_a_quotation_of_several_sentences_is_the_content_of_its_cue():
    for text, quote in (('Maria Lopez said: "We will not give up. The people are with us." Then she left.',
                         '"We will not give up. The people are with us."'),
                        ('"It is over. We lost," Maria Lopez said.', '"It is over. We lost,"')):
        evidence = attribution.extract(Document(text)).evidence
        assert [text[e.start : e.end] for e in evidence if e.label == "content"] == [quote]
    # the unpaired mark opens the quotation that runs on, not a short quotation before it (two cues share it)
    text = 'Maria Lopez called it "a mess" and said: "We lost. The people are with us." Then she left.'
    evidence = attribution.extract(Document(text)).evidence
    assert {text[e.start : e.end] for e in evidence if e.label == "content"} == {'"We lost. The people are with us."'}
    # a quotation never runs into the next paragraph
    text = 'Maria Lopez said: "We lost.\nNext paragraph" here.'
    assert not [e for e in attribution.extract(Document(text)).evidence if e.label == "content"]


def test_an_interview_with_an_outlet_is_one_second_hand_attribution():
    text = "In an interview with CNN, the senator said the bill would pass."
    (found,) = attribution.find_attributions(Document(text))
    assert (text[found.cue.start : found.cue.end], found.category) == ("said", "second-hand")
    assert text[found.source.start : found.source.end] == "CNN" and text[found.speaker.start : found.speaker.end] == "the senator"


def test_no_source_after_a_passive_verb_or_from_a_prepositional_phrase():
    text = "The agency was warned in March that the dam could fail."
    sources = [a.source for a in attribution.find_attributions(Document(text))]
    assert all(s is None or text[s.start : s.end] != "in March" for s in sources)
    assert categories("Mike R. says the power is still out.") == {"Mike R.": "named person"}  # an initial is no acronym


def test_an_unlisted_name_that_quotes_someone_as_saying_is_an_outlet():
    assert categories("Meduza quoted Dmitry Peskov as saying the talks had stalled.")["Meduza"].startswith("second-hand")
    assert categories("Dmitry Peskov quoted Putin as saying the talks had stalled.")["Dmitry Peskov"] == "named person"
    assert categories("The Kremlin quoted Putin as saying he was ready.")["The Kremlin"] == "named organisation"


def test_outlets_named_after_the_cue_make_one_second_hand_attribution():
    cases = {
        "Peskov was quoted by Interfax as saying that talks would resume.": ("Interfax", "Peskov"),
        "The minister said, as cited by TASS, that the deal was done.": ("TASS", "The minister"),
        "Zelensky said in comments to the Financial Times that more aid was needed.": ("Financial Times", "Zelensky"),
        "Smith said on Monday, as reported by the BBC, he was fine.": ("BBC", "Smith"),
        '"There are no such talks," Peskov was quoted as saying by the RIA Novosti agency.': ("the RIA Novosti agency", "Peskov"),
        "John Houlihan, editor of Computerandvideogames.com told BBC News the console sold well.": (
            "BBC News", "Computerandvideogames.com"),  # the outlet told, even after a website
    }
    for text, (outlet, speaker) in cases.items():
        (found,) = attribution.find_attributions(Document(text))
        assert found.category == "second-hand", text
        assert (text[found.source.start : found.source.end], text[found.speaker.start : found.speaker.end]) == (outlet, speaker)


def test_a_website_is_an_outlet_and_an_org_site_an_organisation():
    assert categories("Lenta.ru reported that the plant had closed.")["Lenta.ru"].startswith("second-hand")
    assert categories("The state had 214 such deaths, according to AL.com.")["AL.com"].startswith("second-hand")
    assert categories("The claim is false, according to Factcheck.org.")["Factcheck.org"] == "named organisation"


def test_second_hand_content_is_what_the_original_speaker_said():
    indirect = "indirect speech"
    assert contents("Critics said the decision came too late, the New York Times reported.")[0] == (
        "the decision came too late", indirect)
    assert contents("The decision came too late, critics said, the New York Times reported.")[0] == (
        "The decision came too late", indirect)
    assert contents("The minister said, as cited by TASS, that the talks had failed.") == [("that the talks had failed", indirect)]
    assert contents("Lavrov said in an interview with Reuters that the talks had failed.") == [
        ("that the talks had failed", indirect)]
    text = "Putin told reporters, as quoted by Interfax, the talks had failed."
    (found,) = attribution.find_attributions(Document(text))
    assert (text[found.source.start : found.source.end], text[found.speaker.start : found.speaker.end]) == ("Interfax", "Putin")
    assert contents(text) == [("the talks had failed", indirect)]
    assert categories("The minister said in comments carried by state news agency TASS that talks failed.")[
        "state news agency TASS"].startswith("second-hand")


def test_words_said_on_a_named_outlets_programme_are_second_hand():
    through = "original speaker (named person), quoted through another outlet"
    assert categories("Dr Anthony Fauci said on NBC's Meet the Press that cases were rising.")["Dr Anthony Fauci"] == through
    assert categories("Pence said on CNN that the campaign was confident.")["Pence"] == through
    # Television, social media or a place after "on"/"in" is no outlet the words came through.
    assert categories("Putin said on television that the war would go on.")["Putin"] == "named person"
    assert categories("He said on social media that he was innocent.")["He"] == "named person"
    assert categories("Trump said in Moscow that the deal was done.")["Trump"] == "named person"


def test_distinct_sources_count_each_person_once_and_a_modified_institution_whole():
    text = ('Mayor Jane Smith said the park would open in May. "We are thrilled," Smith said. Council member Bob Lee '
            'said the cost was too high. According to the city budget office, the park cost $2 million. "It is a waste," '
            'Lee told reporters. He said the plan was rushed.')
    result = attribution.extract(Document(text))
    assert result.values["distinct_sources"] == 3.0  # Smith, Lee, the city budget office; "He" is one of them
    assert "the city budget office" in categories(text)
    assert attribution.extract(Document("He said the plan was rushed.")).values["distinct_sources"] == 1.0


def test_watchdogs_issued_posts_and_op_eds():
    assert categories("According to a report by Human Rights Watch, hundreds were detained.")[
        "a report by Human Rights Watch"] == "named organisation"
    assert categories("Amnesty International said the trial was unfair.")["Amnesty International"] == "named organisation"
    assert categories("According to a tweet by the ministry, the talks will resume.")[
        "a tweet by the ministry"] == "named organisation"
    assert categories("In an op-ed for The Washington Post, the senator argued that the bill was flawed.")[
        "the senator"].startswith("original speaker")


def test_a_headline_speaker_before_a_colon_is_an_attribution():
    text = "Sanders: Brexit message could draw Trump support.\n\nUpdate: The talks resumed on Monday.\n\nNEW DELHI: The council met."
    found = attribution.find_attributions(Document(text))
    assert [(text[a.cue.start : a.cue.end], text[a.source.start : a.source.end]) for a in found] == [(":", "Sanders")]
    assert categories("NY Post: Megyn Kelly Is No Different Than Anyone.")["NY Post"].startswith("second-hand")
    for dateline in ("Kenya: Floods Kill 40, Displace Thousands in Coastal Region.", "Texas: Storm Leaves 2 Million Without Power."):
        assert attribution.find_attributions(Document(dateline)) == []  # a place before a colon is a dateline
    # a Title Case headline's verb, after its speaker at the line's start or closing the line; an inverted opening
    for text, source in (("Trump Says He Never Pledged To Kill Family Members", "Trump"),
                         ("Donald Trump Is Like A Lawyer's Dumbest Client Ever, Trevor Noah Says.", "Trevor Noah"),
                         ('Said Mr Fogg: "It is very much a computer."', "Mr Fogg")):
        assert [text[a.source.start : a.source.end] for a in attribution.find_attributions(Document(text))] == [source]
    text = "Asked about Sullivan on Tuesday, Feinstein said the senator had done nothing wrong."
    assert [text[a.cue.start : a.cue.end] for a in attribution.find_attributions(Document(text))] == ["Asked", "said"]
    for title in ("How Advertisers Talk to You and What This Says About You.", "Their hits include You Said No and Year 3000."):
        assert attribution.find_attributions(Document(title)) == []
    # a large city before a story's long first sentence is a dateline too
    text = "Mumbai: The Sensex jumped over 600 points on Wednesday, led by gains in IT and banking stocks, as investors returned."
    assert [a for a in attribution.find_attributions(Document(text)) if text[a.cue.start] == ":"] == []
    # a topic or a list heading is no speaker, where the headline rule or the cue model finds the colon
    text = "Flood Crisis: Officials said the river would peak on Friday.\n\nRussia-Ukraine War: Zelensky visits the front."
    found = attribution.find_attributions(Document(text))
    assert [text[a.source.start : a.source.end] for a in found] == ["Officials"], found
    text = "Wales named their side on Friday. Replacements: Gareth Cooper, Duncan Jones, Ryan Jones, Jason Roberts."
    assert [a for a in attribution.find_attributions(Document(text)) if text[a.cue.start] == ":"] == []


def test_a_common_noun_subject_is_an_unnamed_source():
    for text, source in (("After the match, the coach said he was proud of the team.", "the coach"),
                         ("The victim's mother told the court she was shocked.", "The victim's mother"),
                         ("A young farmer told us the crops had failed.", "A young farmer"),
                         ("The plan will work, said the coach.", "the coach")):
        assert categories(text)[source] == "unnamed source: a role with no name", text
    assert categories('"The plan will work," said the mayor.') == {"the mayor": "named person"}
    assert "the company" not in categories("He said the company would be sold.")  # an object, not an inverted subject


def test_places_speak_for_their_governments_and_common_nouns_are_no_names():
    text = ("Kenya said on Monday it would send troops. A local chief, who asked not to be named, said the water rose. "
            "The Kenya Red Cross Society said 40 people had died. Michael Douglas said he was moved. "
            "The mayor said help was coming.")
    found = categories(text)
    assert found["Kenya"] == "named organisation" and found["The Kenya Red Cross Society"] == "named organisation"
    assert found["A local chief"].startswith("unnamed") and found["Michael Douglas"] == "named person"
    assert found["The mayor"] == "named person"  # one known person, though not named here


def test_a_sentence_opened_by_asked_whether_is_attributed():
    text = "Asked whether he would run again, the senator smiled and left the room without a word."
    cues = [text[a.cue.start : a.cue.end] for a in attribution.find_attributions(Document(text))]
    assert "Asked" in cues


def test_appositives_and_qualified_unnamed_sources():
    text = (
        "Smith, a spokesman for the ministry, said the figures were wrong. "
        "Last December, the government spokesman, Dimitri Peskov, indicated that talks had stalled. "
        "Officials speaking on condition of anonymity said the strike killed 12 people."
    )
    found = categories(text)
    assert found["Smith"] == "named person" and found["Dimitri Peskov"] == "named person"
    assert found["Officials speaking on condition of anonymity"].startswith("unnamed")  # the qualifier is the source's
    found = categories("Sources close to the negotiations told the newspaper that both sides had softened.")
    assert found["Sources close to the negotiations"] == "original speaker (unnamed source), quoted through another outlet"
    found = categories("Linda Green, 54, a nurse from Ohio, said the water rose in minutes.")  # an age before the role
    assert found == {"Linda Green": "named person"}
    found = categories("Politico first reported the failure of the talks. The ministry also said they had failed.")
    assert found["Politico"].startswith("second-hand") and found["The ministry"] == "named organisation"  # adverbs


def test_outlets_of_many_countries_are_second_hand():
    for outlet in ("USA Today", "The Hindu", "Corriere della Sera", "the Globe and Mail", "Meduza", "Die Welt"):
        found = categories(f"The minister resigned on Friday, {outlet} reported.")
        assert found[outlet].startswith("second-hand"), outlet
    assert categories("The Atlantic Council said the plan was flawed.")["The Atlantic Council"] == "named organisation"


def test_findings_attribute_only_to_documents():
    found = categories("A new poll found that most voters want change.")  # (the voters' wish is nested in the poll's finding)
    assert found["A new poll"] == "unnamed source: a role with no name" and set(found.values()) == {found["A new poll"]}
    assert attribution.extract(Document("Police found a body near the river.")).values["attributions_per_100_words"] == 0
    assert attribution.extract(Document("A CNN poll last month showed Mr. Trump ahead.")).values["attributions_per_100_words"] > 0
    # The document may head a longer subject.
    found = categories("A poll conducted by voters in Saturday's primary showed that change mattered most.")
    assert [source for source in found if "poll" in source]


def test_speech_inside_a_quote_is_not_an_attribution_of_the_article():
    text = '"They told me it was over," Smith said.'
    result = attribution.extract(Document(text))
    cues = [text[e.start : e.end] for e in result.evidence if e.label == "cue"]
    assert cues == ["said"]


def test_speech_inside_a_quotation_of_several_sentences_or_paragraphs_is_no_cue():
    text = ('Smith said: "We lost the vote. I think they want more, and people say it openly.\n\n'
            '"Nobody believes they will stop. They told us so," he added. Jones wants a recount.')
    result = attribution.extract(Document(text))
    cues = [text[e.start : e.end] for e in result.evidence if e.label == "cue"]
    assert cues == ["said", "added", "wants"]
    assert attribution.quotations_by_line('He said "yes." Then "no"', (Span(0, 24),)) == [Span(8, 14), Span(20, 24)]


def test_a_scare_quote_does_not_pair_with_the_next_quotation():
    text = '"A big truck" plowed through the barriers, he said, and "everyone started running."'
    (found,) = attribution.find_attributions(Document(text))
    assert text[found.cue.start : found.cue.end] == "said"
    assert text[found.content.start : found.content.end] == '"everyone started running."'


def test_learned_cue_model_finds_verbs_outside_the_rules():
    from features.cue_model import CueModel

    text = "Senator Mary Jones lamented that the bill would pass before the summer."
    silent = CueModel(frozenset(), {}, 0.0, 0.5)  # no learned cues: only the rules speak
    assert not attribution.find_attributions(Document(text), silent)
    eager = CueModel(frozenset({"lamented"}), {"w": {"lamented": 3.0}}, -1.0, 0.5)
    (found,) = attribution.find_attributions(Document(text), eager)
    assert text[found.cue.start : found.cue.end] == "lamented" and text[found.source.start : found.source.end] == "Senator Mary Jones"
    assert found.category == "named person"


def test_shipped_cue_model_is_readable_json():
    import json
    from importlib.resources import files

    data = json.loads(files("features").joinpath("models", "attribution-cues.json").read_text(encoding="utf-8"))
    assert "said" in data["candidates"] and data["weights"]["w"]["said"] > 0 and 0 < data["threshold"] < 1


def test_widget_share_and_legal_lines_are_boilerplate():
    text = ("The council approved the new budget on Tuesday after a long debate about costs and delays in the city.\n"
            "Weather: London 14°C Partly cloudy\n"
            "Share this article: Facebook Twitter WhatsApp\n"
            "Copyright 2024 Example Media. All rights reserved.")
    assert labelled(boilerplate, text) == text.splitlines()[1:]


def test_a_doubled_final_letter_is_a_respelling():
    text = "Al Jazeera quoted Zelenskyy as saying the talks had failed. Later, Zelensky said talks would resume."
    assert contradiction_pairs(text) == [("Zelenskyy", "Zelensky")]


def test_comment_authors_datelines_and_html_code_are_boilerplate():
    text = ("The council approved the new budget on Tuesday after a long debate about costs and delays in the city.\n"
            "Catherine (GiveWell) on September 13, 2018 at 5:23 pm said:\n"
            "Monday November 18, 2019 7:45 am PST by Joe Rossignol\n"
            '<img height="1" width="1" style="display:none" src="http://example.com/pixel.gif"/>')
    assert labelled(boilerplate, text) == text.splitlines()[1:]


def test_speaking_to_an_outlet_is_second_hand():
    found = categories("Speaking to Sky News, the minister said the plan would work.")
    assert found["Sky News"].startswith("second-hand") and found["the minister"].startswith("original speaker")
    assert categories("Speaking on Sky News, the minister said the strike was wrong.")["Sky News"].startswith("second-hand")
    assert categories("Johnson told Channel 4 News that he had no regrets.")["Channel 4 News"].startswith("second-hand")
    assert categories("Talking on the phone, Johnson said it was late.") == {"Johnson": "named person"}
    text = "Speaking to the BBC's Today programme, the minister admitted mistakes."
    assert [e.label for e in attribution.extract(Document(text)).evidence if e.label == "content"] == []
    assert categories("Prosecutors allege that he stole millions.") == {"Prosecutors": "unnamed source: a role with no name"}


def test_a_role_the_text_gave_to_a_named_man_is_not_an_unnamed_woman():
    text = "Prime Minister Tony Blair met voters in Leeds. Later the prime minister said she was confident."
    assert contradiction_pairs(text) == [("Tony Blair", "she")]
    # A definite role right after a named person refers to them ...
    assert contradiction_pairs("Tony Blair met voters in Leeds. Later the minister said she was confident.") == [
        ("Tony Blair", "she")]
    # ... but far from any name it may be someone else: no flag.
    filler = "The visit, which had been planned for weeks, " + "took in schools, hospitals and factories, " * 7 + "ended late."
    assert contradiction_pairs(f"Tony Blair met voters in Leeds. {filler} Later the minister said she was confident.") == []
    # A role after "with", "to", "met" ... is another person the pronoun may stand for.
    text = "Angela Merkel arrived in Washington on Monday for talks with the president. He said the meeting had gone well."
    assert contradiction_pairs(text) == []
    assert contradiction_pairs(text.replace("talks with the president", "talks")) == [("Angela Merkel", "He")]


def test_a_first_name_given_to_men_and_women_alike_tells_no_gender():
    assert contradiction_pairs("Alex Morgan scored twice on Sunday. She said the team was improving.") == []
    assert contradiction_pairs("Jess Phillips spoke in the debate. She said the bill was flawed.") == []
    assert contradiction_pairs("Daniele De Rossi scored on Sunday. He said the team was improving.") == []  # Italian: a man
    assert contradiction_pairs("Jan Berry chairs the federation. She said officers were exhausted.") == []  # English: a woman
    assert contradiction_pairs("Ms. Lee founded the charity in 2010. It grew quickly under his leadership.") == [("Ms. Lee", "his")]


def test_a_lone_pronoun_disagreeing_with_a_mostly_male_name_is_flagged():
    text = "Fly-half Charlie Hodgson admitted her wayward kicking played a big part."
    assert contradiction_pairs(text) == [("Charlie Hodgson", "her")]
    reasons = {e.label: e.reason for e in contradictions.extract(Document(text)).evidence}
    assert reasons["person"] == "'Charlie Hodgson' is male by first name or title"  # no claim the text says "he"


def test_a_capitalised_word_the_text_also_writes_in_lower_case_is_not_a_person():
    text = "Tony Blair met analysts in London on Monday. Analysts said she was confident of victory."
    assert contradiction_pairs(text) == [("Tony Blair", "she")]
    assert contradiction_pairs("Tony Blair met Kipchoge in London on Monday. Kipchoge said she was confident.") == []


def test_the_text_gives_a_gender_to_a_name_the_lexicon_does_not_know():
    text = "Kipchoge said he won the race in Berlin. He was happy. Kipchoge added that her training had paid off."
    assert contradiction_pairs(text) == [("Kipchoge", "her")]
    # Once "he", once "she": the text does not settle it, so nothing is flagged.
    assert contradiction_pairs("Kipchoge said he won the race in Berlin. Kipchoge added that her training paid off.") == []


def test_a_first_name_before_a_verb_or_a_possessive_is_a_person_the_linker_can_choose():
    doc = Document("When Maurice arrives at the castle, Gilbert greets him.")
    linked = contradictions.antecedent(doc, doc.text.index("him"))
    assert linked is not None and doc.span_text(linked) == "Maurice"
    doc = Document("Alice's hand held the shoe. Her teacher smiled.")
    linked = contradictions.antecedent(doc, doc.text.index("Her"))
    assert linked is not None and doc.span_text(linked) == "Alice"


def test_a_first_name_in_the_lexicon_after_another_name_is_a_surname():
    text = ("The group backs Donald Trump. Dahlys Hamilton is listed as its chairman. "
            "Recently she announced a new plan.")
    assert contradiction_pairs(text) == []  # "Hamilton" is her surname here, not a man's first name


def test_a_name_after_the_pronoun_counts_only_when_the_pronoun_opens_the_sentence():
    assert contradiction_pairs("Banned sprinter Kelli White says he took steroids given by Victor Conte.") == [
        ("Kelli White", "he")]
    assert contradiction_pairs("Months after he savaged her on air, Donald Trump told Megyn Kelly he was sorry.") == []


def test_a_place_or_court_before_a_titled_name_is_not_the_person():
    doc = Document("Santa Clara County Superior Court Judge James Kleinberg ruled on Friday. His ruling was clear.")
    linked = contradictions.antecedent(doc, doc.text.index("His"))
    assert linked is not None and doc.span_text(linked) == "James Kleinberg"


def test_pronouns_in_title_case_headlines_are_not_checked():
    text = "Mary Smith Suffered A Big Blow. Here Is His Plan Going Forward\n\nMary Smith spoke in Leeds on Monday."
    assert contradiction_pairs(text) == []


def test_a_byline_is_nobodys_antecedent_but_a_bio_is_its_own_text():
    story = ("Ukraine's leader met Biden ahead of NATO summit\nBy Priya Raman, Senior Correspondent\n"
             "Updated: 14 July 2023, 09:15 IST\n"
             "The talks in Vilnius covered air defence and long-range missiles, officials said on Wednesday.\n"
             "Paul Kowalski has covered Eastern Europe for two decades. He has established herself as a leading voice.\n"
             "Share this: Facebook Twitter WhatsApp Email\n")
    assert contradiction_pairs(story) == [("Paul Kowalski", "herself")]  # Priya in the byline cannot be "herself"
    bio = "Leave a Reply\nJane Doe is a reporter. She covers courts and he has won two awards for herself.\n"
    # The story names a man (Paul), but the bio below the comment form is a text of its own: only Jane is named there.
    assert contradiction_pairs(story.replace("herself", "himself") + bio) == [("Jane Doe", "he")]


def test_an_honorific_outweighs_a_first_name_the_lexicon_is_unsure_of():
    text = "Senator Bernie Sanders wants higher taxes. He calls for single-payer care. Mr. Sanders spoke in Iowa."
    assert contradiction_pairs(text) == []  # the lexicon's "Bernie" is mostly female
    doc = Document("Anna Smith, 12, won the prize. Her father, Mr. Smith, said he was proud.")
    genders = {doc.span_text(m.span): m.gender for m in contradictions._person_mentions(doc)}
    assert genders == {"Anna Smith": "female", "Mr. Smith": "male"}  # a name the lexicon is sure of keeps its gender


def test_a_syndicated_page_keeps_its_headline_above_an_agency_credit_and_a_dateline():
    menu = ["Home", "Latest News", "India", "Business", "Entertainment", "Sports", "Photos", "Videos"]
    headline = "Monsoon arrives in Kerala two days early, says IMD"
    header = ["Press Trust of India", "Thiruvananthapuram", "Updated: June 6, 2024 10:45 IST", "Follow Us"]
    story = [
        "The southwest monsoon set in over Kerala on Thursday, two days ahead of its normal onset date, the weather office said.",
        "Heavy rain lashed several districts, and the department issued an orange alert for Ernakulam, Idukki and Thrissur.",
        "The department said the monsoon would advance to Karnataka and the northeast over the next three to four days.",
    ]
    notice = "(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)"
    marked = set(labelled(boilerplate, "\n".join([*menu, headline, *header, *story, notice])))
    assert headline not in marked and not marked & set(story)
    assert {"Latest News", "Press Trust of India", "Updated: June 6, 2024 10:45 IST", notice} <= marked
    # A teaser with its author and no story after it stays in the teaser block.
    teasers = ["Read next", "Markets tumble as central bank signals more rate rises", "Press Trust of India",
               "Gold prices hit a record as investors seek safety", "Press Trust of India"]
    assert {"Markets tumble as central bank signals more rate rises"} <= set(labelled(boilerplate, "\n".join([*story, *teasers])))


def test_a_wire_copy_page_keeps_its_headline_after_a_trending_block():
    text = (FIXTURES / "wire_copy.txt").read_text(encoding="utf-8")
    marked = set(labelled(boilerplate, text))
    story = [
        "Markets tumble as central bank signals more rate rises",  # after "Trending Now", but a byline and the story follow
        *[line for line in text.splitlines() if line.startswith(("LONDON", "The Stoxx", '"Inflation', "Analysts"))],
    ]
    assert len(story) == 5 and not set(story) & marked
    chrome = set(text.splitlines()) - set(story) - {""}
    assert chrome == marked, chrome ^ marked
    headline = "Our Standards: The Thomson Reuters Trust Principles."
    assert attribution.find_attributions(Document(headline)) == []  # "Our Standards" is nobody


def test_a_prize_named_after_a_person_is_no_person():
    # "Booker" is a first name, "Booker Prize" is not someone "he" could refer to.
    text = "The novelist Anna Kerr won the Booker Prize in 1979. He is survived by two daughters."
    assert contradiction_pairs(text) == [("Anna Kerr", "He")]


def test_a_weekday_before_a_date_without_its_year_is_read_in_the_year_told_just_before():
    text = ("Workers called off a strike on 14 March 2024 after talks. The walkout, due to start on Friday 16 March, "
            "would have closed 40 stations. Talks resume on Tuesday 19 March.")
    assert contradiction_pairs(text) == [("Friday", "Friday 16 March")]  # 16 March 2024 was a Saturday
    # No full date shortly before (the year is unknown), a full date months away, or a wrong weekday on the full
    # date itself (one finding: the yearless dates after it may be right for the year the writer meant).
    assert contradiction_pairs("On Saturday, September 17 at 8:30 pm, an explosion rocked the street.") == []
    assert contradiction_pairs("The law passed on 2 January 2024. It takes effect on Monday 16 August.") == []
    assert contradiction_pairs("Workers struck on Wednesday 14 March 2024. They struck again on Friday 16 March.") == [
        ("Wednesday", "Wednesday 14 March 2024")]
    # a page whose article lines hold no sentence (only menus outside them) is no error
    page = Document("Menu 14 March 2024\nFriday 16 March sale", article_lines=frozenset({99}))
    assert contradictions.extract(page).values["date_contradictions"] == 0.0


def test_the_clause_before_a_semicolon_is_not_the_next_speakers_content():
    text = "Some warned that the tax rises would slow growth; others welcomed the cuts."
    contents = [text[e.start : e.end] for e in attribution.extract(Document(text)).evidence if e.label == "content"]
    assert contents == ["that the tax rises would slow growth"]


def test_a_colon_after_a_cue_opens_its_quote_and_is_no_second_attribution():
    text = 'A source close to the couple told the paper: "They have been living apart for months."'
    cues = [text[a.cue.start : a.cue.end] for a in attribution.find_attributions(Document(text))]
    assert cues == ["told"]


def test_a_relative_pronoun_is_the_source_and_its_antecedent_says_what_kind():
    text = ("He met Anna Smith, who said she had waited for hours. The news came from the ministry, "
            "which said the talks had failed. Those who support the plan argue it will work.")
    found = [(text[a.source.start : a.source.end], a.category) for a in attribution.find_attributions(Document(text)) if a.source]
    # PolNeAR marks "who"/"which" as the source; "those who" are people nobody names
    assert found[:3] == [("who", "named person"), ("which", "named organisation"), ("who", "unnamed")]


def test_reports_per_and_quoting_are_cues_of_second_hand_reporting():
    through = "original speaker (unnamed source), quoted through another outlet"
    assert categories("The minister resigned, the BBC reports.")["the BBC"].startswith("second-hand")
    assert categories("Per Reuters, the deal was off.")["Reuters"].startswith("second-hand")
    assert categories("Quoting a senior official, Axios reported that the deal was off.")["a senior official"] == through
    assert categories("Media reports say the deal is off.")["Media reports"].startswith("second-hand")
    found = categories("The minister said in a statement to the Guardian that the deal was off.")
    assert found["Guardian"].startswith("second-hand") and found["The minister"] == through.replace("unnamed source", "named person")
    assert categories("According to news reports, the deal is off.")["news reports"].startswith("second-hand")
    # "reports" after a determiner, a possessive or a common noun is the noun; "per cent" is no cue
    for text in ("The reports apparently worried some members.", "It appeared on the PAC's reports: Cherna gave.",
                 "Growth was 2 per cent last year."):
        cues = [text[a.cue.start : a.cue.end] for a in attribution.find_attributions(Document(text))]
        assert "reports" not in cues and "per" not in cues, text


def test_a_reflexive_pronoun_disagreeing_with_its_clause_subject_is_a_contradiction():
    assert contradiction_pairs("Our correspondent has covered the war for years. He has established herself as a "
                               "leading voice.") == [("He", "herself")]
    assert contradiction_pairs("The minister said she would defend himself in court.") == [("she", "himself")]
    # the reflexive may belong to an object or another clause's subject; a named person's finding is not doubled
    for text in ("He told her to calm herself.", "He asked the teacher to introduce herself.", "He said she hurt herself.",
                 'She said: "He would never hurt herself."'):
        assert contradiction_pairs(text) == [], text
    assert contradiction_pairs("Paul is a journalist. Over the years he has established herself as a reliable voice.") == [
        ("Paul", "herself")]


def test_a_page_date_line_below_the_story_dates_it_too():
    story = "Bridge reopens\n\nThe bridge reopened on 5 June 2017 after repairs.\n\n"
    assert contradiction_pairs(story + "Posted on March 3, 2012") == [("March 3, 2012", "5 June 2017")]
    assert contradiction_pairs(story + "Posted on March 3, 2017") == []
    # an embedded tweet's credit line is no page date
    assert contradiction_pairs(story + "- Skittles (@Skittles) August 20, 2011") == []


def test_two_spellings_in_one_sentence_are_two_names():
    assert contradiction_pairs("Smith met Smyth on Monday. Later, the minister said the talks had gone well.") == []
    assert contradiction_pairs("At a place known as Horgos to the Chinese and Khorgos to the Kazakhs, a terminal rose.") == []
    assert contradiction_pairs("Smith met the minister on Monday. Later, Smyth said the talks had gone well.") == [("Smith", "Smyth")]


def test_the_occasion_of_a_statement_is_not_its_content_and_titles_keep_their_full_stop():
    def contents(text: str) -> list[str]:
        return [text[e.start : e.end] for e in attribution.extract(Document(text)).evidence if e.label == "content"]

    assert contents("Prices will rise, the minister said at a news conference in Paris.") == ["Prices will rise"]
    assert contents("The company said in a filing that profits fell.") == ["that profits fell"]
    assert contents("The governor said Tuesday that the state would sue.") == ["that the state would sue"]
    assert contents("Smith told reporters Monday night the vote would fail.") == ["the vote would fail"]
    assert contents("Analysts at Goldman Sachs wrote in a note to clients that demand was weak.") == ["that demand was weak"]
    assert contents("Zelensky said in his evening address that the attacks would go on.") == ["that the attacks would go on"]
    assert contents('"No," she told The Associated Press in a phone interview.') == ['"No,"']  # short, but speech
    assert categories('"It was a surprise," said lead researcher Dr. Elena Martinez.') == {
        "lead researcher Dr. Elena Martinez": "named person"}
    assert categories("The deal is off, a person familiar with the negotiations said.") == {
        "a person familiar with the negotiations": "unnamed source: a role with no name"}
    assert categories("One person who had a lot to say was the mayor.") == {}  # "person who": no qualifier of a source
    # the qualifier's phrase ends before another speech verb: no source reaching over "said" for a later cue
    for text in ("Officials close to the president said Smith told them he would resign.",
                 "People familiar with the plan say the mayor told reporters it was over."):
        sources = [text[a.source.start : a.source.end] for a in attribution.find_attributions(Document(text)) if a.source]
        assert not any(" said " in source or " say " in source for source in sources), sources
    assert categories('"It is costly," an economist said of Mrs. Clinton\'s plan.') == {"an economist": "unnamed source: a role with no name"}


def test_possessive_owners_issuers_and_inverted_groups_name_the_source():
    unnamed, organisation = "unnamed source: a role with no name", "named organisation"
    # a speaker owned by a name: "Ukraine's air force", "Clinton's advisers" (no name of their own)
    assert categories("Ukraine's air force said on Sunday it had destroyed 30 drones.") == {"Ukraine's air force": organisation}
    assert categories("Clinton's advisers said she would win.") == {"Clinton's advisers": unnamed}
    # the issuer of a statement is the whole phrase, without the sentence's full stop
    assert categories("The fire grew, according to a statement from the county fire department.") == {
        "a statement from the county fire department": organisation}
    assert list(categories("The fire grew, according to a statement from Cal Fire.")) == ["a statement from Cal Fire"]
    # "..., say MPs." closes its sentence with the speakers; a party speaks as an organisation, some of its members do not
    assert categories("The rules come into force next month, say MPs.") == {"MPs": unnamed}
    assert categories("The plan is wrong, say the Tories.") == {"the Tories": organisation}
    assert categories("Several Republicans said the bill would fail.") == {"Several Republicans": unnamed}
    # a plural pronoun stands for the last source, named or not; "it" is a body
    assert categories("Sheriff Mark Essick said crews were out. Analysts at Moody's said losses could top $1 billion. "
                      "They wrote that fires were more common.")["They"] == unnamed
    assert categories("Analysts said losses would rise. It said the fund was safe.")["It"] == organisation
    # a denial has its subject before the auxiliary; a learned cue goes on over "not"
    assert categories("The company did not say how many jobs would go.") == {"The company": organisation}
    text = "It did not mention how many homes had been destroyed."
    assert [text[a.cue.start : a.cue.end] for a in attribution.find_attributions(Document(text))] == ["did not mention"]
    # an institution with nouns compounded before it, and a role "to" someone, are one source
    through = "original speaker (unnamed source), quoted through another outlet"
    assert categories("A source in Ukraine's security service told the BBC the attack was planned.")[
        "A source in Ukraine's security service"] == through
    assert categories("A top aide to Hillary Clinton said the debate went well.") == {"A top aide to Hillary Clinton": unnamed}
    # a poll or a study the sentence cites with "In"; not "in the polls" of a race
    assert categories("In a recent Gallup poll released Monday, 50 percent of voters chose Clinton.") == {
        "a recent Gallup poll released Monday": organisation}
    assert categories("Sanders rose in the polls after the debate.") == {}
    # "according to him" is the person named before; a title ending in a name is that person; a translated
    # inversion after a quote ("- emphasized Szijjarto") names the speaker, but "stressed the importance" has none
    text = "Minister Peter Szijjarto spoke in Budapest. According to him, the sanctions hurt Europe more than Russia."
    assert categories(text)["him"] == "named person"
    assert categories("The Ministry of Foreign Affairs of Hungary Peter Szijjarto declared that it would veto the plan.") == {
        "Ministry of Foreign Affairs of Hungary Peter Szijjarto": "named person"}
    assert categories('"We will not vote for measures that harm our families," - emphasized Szijjarto.') == {
        "Szijjarto": "named person"}
    assert categories("Earlier, stressed the importance of the talks for Europe.") == {}
    # a body's own website or channel is the body's word, not another outlet's
    assert categories("Putin said, according to the Kremlin's website, that Russia was ready.")[
        "the Kremlin's website"] == organisation
    assert categories("The results were posted on Tuesday, according to the Defence Ministry's Telegram channel.")[
        "the Defence Ministry's Telegram channel"] == organisation
    assert categories("According to Politico's website, the vote was close.")["Politico's website"].startswith("second-hand")
    # a finding told with "that" is attributed to whoever found it; "show that" is left alone (a noun as often)
    assert list(categories("The inquiry found that the office almost never followed the rules.")) == ["The inquiry"]
    assert list(categories("Economists at the bank found that wages fell in towns hit by imports.")) == [
        "Economists at the bank"]
    assert categories("He hosted his radio show that aired on Sundays.") == {}
    # a name right after an institution noun is the body's ("security firm Sophos"), a person's name stays a person's
    assert categories("Anti-virus firm Sophos said the worm spread fast.") == {"Anti-virus firm Sophos": organisation}
    assert categories("The firm said profits rose.") == {"The firm": organisation}
    assert categories("Police Chief David Brown said the gunman acted alone.") == {"Police Chief David Brown": "named person"}
    # "called" that gives a name is no speech; a demand is
    assert categories("Barden now helps lead a program called Sandy Hook Promise.") == {}
    assert categories("Texas was called for Ted Cruz moments after the polls closed.") == {}
    text = "A group of rabbis called for a boycott of his speech."
    assert [text[a.cue.start : a.cue.end] for a in attribution.find_attributions(Document(text))] == ["called"]
    # an agency that quotes someone "as saying" is a news agency; one that says something is a body
    assert categories("The agency quoted Peskov as saying the talks had failed.")["The agency"].startswith("second-hand")
    assert categories("The agency said prices rose.") == {"The agency": organisation}
    # an outlet's name goes on over "News", "Digital", "Radio 4"
    for text, outlet in (("The senator told Fox News Digital that the bill would fail.", "Fox News Digital"),
                         ("The company said in a statement to NBC News that it would appeal.", "NBC News"),
                         ("He told BBC Radio 4 the plan was fair.", "BBC Radio 4")):
        assert categories(text)[outlet].startswith("second-hand"), text
    # a second verb of the same subject: "... and said", ", adding"; not a capitalised opener
    assert categories("Cruz exhorted Republicans to vote their conscience and said he was standing on principle.") == {
        "Cruz": "named person"}
    text = '"We are working on it," Nikolenko said, adding that diplomats were at the scene.'
    found = attribution.find_attributions(Document(text))
    assert [text[a.source.start : a.source.end] for a in found] == ["Nikolenko", "Nikolenko"]
    assert categories("Speaking to the crowd, the panel cut its forecast and warned growth would slow.") == {}
    assert categories("Several supporters of reform said it was more realistic.") == {"Several supporters of reform": unnamed}
    # a US politician's party and state after the name belong to the source, not its category
    assert categories("Sen. Bernie Sanders (I-Vt.) said he would run.") == {"Sen. Bernie Sanders (I-Vt.)": "named person"}
    # a capitalised article opens the phrase: the dateline before it is no part of the source
    assert categories("SAN FRANCISCO — The company said on Thursday that profit rose.") == {"The company": organisation}
    assert "their naturalization drives" not in categories("Groups, like the Florida Coalition, say their naturalization drives work.")


def test_a_signed_quotation_or_post_is_attributed_to_its_signer():
    text = ('"He represents our greatest shame for this country." - Sonya Herridge\n'
            "Just another day in the campaign. - Sahil Kapur (@sahilkapur) September 1, 2016\n"
            "Ukraine - Russia Talks Resume In Geneva\n")
    found = [(text[a.cue.start : a.cue.end], text[a.source.start : a.source.end], text[a.content.start : a.content.end])
             for a in attribution.find_attributions(Document(text))]
    assert found == [("-", "Sonya Herridge", '"He represents our greatest shame for this country."'),
                     ("-", "Sahil Kapur", "Just another day in the campaign")], found


def test_a_royal_title_tells_the_gender_of_the_name_after_it():
    text = "Queen Elizabeth opened the new hospital wing on Monday. He thanked the staff for their work."
    assert contradiction_pairs(text) == [("Elizabeth", "He")]
    assert contradiction_pairs("King Charles opened the new hospital wing. He thanked the staff.") == []


def test_names_of_vowels_only_are_compared_without_error():
    assert contradiction_pairs("Aoaia went home on Monday. Later, Auaia came back to the town.") == []
