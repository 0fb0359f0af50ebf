"""The translation detector: topic-free style model plus explicit artifacts."""

from __future__ import annotations

import json

import numpy as np

from features import Document, translation
from features.translationese import (
    MODEL_FORMAT,
    TranslationeseModel,
    decode,
    default_model,
    encode,
    symbol_sequence,
)
from tests.helpers import labelled, span_texts

RUSSIA = ("According to the ministry, Russia will supply 30 million tonnes of grain to Egypt this year. "
          "There is also a plan to build a nuclear plant near Cairo, Mr Ivanov said.")
# The same sentences with every name, number and content word replaced by one of the same shape.
FRANCE = ("According to the council, France will sell 45 thousand cases of wine to Chile this summer. "
          "There is also a scheme to open a regional office near Lyon, Mr Dupont said.")


def test_style_model_sees_no_topic_or_name():
    model = default_model()
    assert model.score(Document(RUSSIA)).logit == model.score(Document(FRANCE)).logit


def test_symbols_keep_function_words_and_mask_content():
    ids, starts = symbol_sequence(Document("The US said that #PRS_ORG# sold 3 cars. It rained."))
    assert decode(int(ids[0])) == "<s>" and starts.tolist() == [0, 9]
    assert " ".join(decode(int(i)) for i in ids) == "<s> the A said that w 0 w . <s> it w ."


def test_ngram_codes_round_trip():
    for ngram in ("<s> according to", "C said that", "there is", ","):
        assert decode(encode(ngram)) == ngram


def test_model_is_readable_json_with_a_threshold():
    from importlib.resources import files

    data = json.loads(files("features").joinpath("models", "translationese.json").read_text(encoding="utf-8"))
    assert data["format"] == MODEL_FORMAT and 0.0 < data["threshold"] < 1.0
    assert all(isinstance(w, float) for w in data["weights"].values())


def test_logit_is_intercept_plus_sentence_shares():
    model = TranslationeseModel({"there is": 2.0, "<s> according to": 1.0, "C": -0.5}, intercept=-1.0, threshold=0.5)
    doc = Document("According to Ivanov, there is a plan. Paris agreed.")
    style = model.score(doc)
    symbols = len(symbol_sequence(doc)[0])  # 11 + 4
    expected = -1.0 + 100.0 / symbols * (2.0 + 1.0 - 0.5 * 2)
    assert np.isclose(style.logit, expected)
    assert np.isclose(style.logit, model.intercept + style.sentence_logits.sum())
    assert style.strongest_ngrams(0) == ("there is", "<s> according to")


def test_translated_style_marks_its_strongest_sentences():
    model = TranslationeseModel({"there is": 5.0}, intercept=0.0, threshold=0.5)
    doc = Document("The plan was approved by the council on Monday. There is no doubt that there is a problem here.")
    result = translation.score(doc, model)
    marked = span_texts(doc.text, result.evidence, "translation", "translation-like sentence")
    assert marked == ["There is no doubt that there is a problem here."]
    reason = next(e.reason for e in result.evidence if e.label == "translation-like sentence")
    assert "'there is'" in reason


def test_a_chrome_line_is_never_the_marked_sentence():
    model = TranslationeseModel({"there is": 5.0}, intercept=0.0, threshold=0.5)
    doc = Document("The plan was approved by the council on Monday and there is a vote next week.\n"
                   "Also Read: There is no doubt that there is a problem there is")
    marked = span_texts(doc.text, translation.score(doc, model).evidence, "translation", "translation-like sentence")
    assert marked == ["The plan was approved by the council on Monday and there is a vote next week."]


def test_original_style_marks_no_sentence():
    model = TranslationeseModel({"there is": -5.0}, intercept=0.0, threshold=0.5)
    result = translation.score(Document("There is no doubt that there is a problem here."), model)
    assert not result.evidence
    assert result.values["translation_probability"] < 0.5


def test_untranslated_script_and_line_are_evidence():
    text = ("The delegation met officials in Beijing (北京) on Monday to discuss the new trade agreement.\n"
            "El presidente dijo que la guerra no terminará pronto según fuentes oficiales del gobierno.\n"
            "The talks will continue next week, the ministry said in a statement.")
    evidence = translation.extract(Document(text)).evidence
    assert span_texts(text, evidence, "translation", "untranslated script") == ["北京"]
    assert span_texts(text, evidence, "translation", "untranslated line") == [text.splitlines()[1]]


def test_an_english_headline_without_function_words_is_no_foreign_line():
    text = ("Ukraine war: Drone strikes hit power stations overnight\n"
            "Russian drones struck two power stations in central Ukraine overnight, cutting electricity to thousands "
            "of homes, the energy ministry said on Tuesday.")
    labels = [e.label for e in translation.extract(Document(text)).evidence]
    assert "untranslated line" not in labels


def test_name_lists_are_no_foreign_line():
    text = "Italy: g intoppa (calvisano), s perugini (calvisano), ca del fava (parma), s orlando (treviso), p griffen."
    assert not span_texts(text, translation.extract(Document(text)).evidence, "translation", "untranslated line")


def test_seeds_translated_rank_above_originals(seeds):
    p = {name: article.features["translation_probability"] for name, article in seeds.items()}
    assert min(p["000"], p["002"], p["004"]) > max(p["001"], p["003"])
    for name in ("000", "002", "004"):
        reasons = [e.reason for e in seeds[name].evidence if e.kind == "translation"]
        assert reasons and all(len(reason) > 20 for reason in reasons)


def test_logit_from_counts_is_the_documents_logit():
    from features.translationese import ngram_counts

    model = default_model()
    doc = Document(RUSSIA)
    assert np.isclose(model.logit_of_counts(*ngram_counts(doc)), model.score(doc).logit)


def test_unfilled_template_slots_are_artifacts_but_editors_brackets_are_not():
    text = "The company {COMPANY_NAME} said its profits rose by [PERCENT] in the quarter. Shares rose in early trading."
    assert labelled(translation, text, "template placeholder") == ["{COMPANY_NAME}", "[PERCENT]"]
    text = "He said the deal [NAFTA] had cost jobs, and that the [RNC] would decide. Voters disagreed."
    assert labelled(translation, text, "template placeholder") == []


def test_full_stops_between_thousands_are_a_number_format_artifact_but_decimals_are_not():
    text = ("More than 3.000 enterprises closed last year. The plan should create 20.000 jobs by 2026. "
            "It costs 3.000 million euros.")
    assert labelled(translation, text, "number format") == ["3.000", "20.000", "3.000"]
    text = ("Unemployment rose to 4.464 million people. The rupee climbed to 43.305 per dollar, "
            "and the index gained 1.25 points to 10.500. A $1.000 bill.")
    assert labelled(translation, text, "number format") == []


def test_a_decimal_comma_is_a_number_format_artifact_but_a_list_of_numbers_is_not():
    text = "The economy grew by 1,5% in 2022, and exports rose 2,3 times. Unemployment fell to 8,25 percent."
    assert labelled(translation, text, "number format") == ["1,5%", "2,3 times", "8,25 percent"]
    text = "Votes were split 1,200 to 900, and 3,500 people, 12% of them children, were in rooms 1,2 and 3. 1,000,5%."
    assert labelled(translation, text, "number format") == []


def test_dates_and_phrases_built_word_by_word_are_calques():
    text = ("As it became known, the minister signed the decree on the 15 of March. The document enters in force next "
            "month. In declarations to the press, the minister said more.")
    assert labelled(translation, text, "calque phrase") == [
        "As it became known", "15 of March", "enters in force", "declarations to the press"]
    text = "The treaty enters into force on the 15th of March. She told the press on 15 March it was known. Athe 5 of May."
    assert labelled(translation, text, "calque phrase") == []


def test_spun_set_phrases_are_artifacts_with_the_phrase_they_replace():
    text = ("Business bunches cautioned that the ascent could prompt occupation misfortunes. Makers face higher "
            "vitality bills, said boss financial specialist Rain Newton-Smith.")
    result = translation.extract(Document(text))
    spun = [e for e in result.evidence if e.label == "spun phrase"]
    assert [text[e.start : e.end] for e in spun] == ["Business bunches", "occupation misfortunes", "vitality bills",
                                                      "boss financial specialist"]
    assert "'job losses'" in spun[1].reason
    clean = ("Business groups warned that the rise could lead to job losses. Manufacturers face higher energy bills, "
             "said chief economist Rain Newton-Smith.")
    assert result.values["translation_probability"] > translation.extract(Document(clean)).values["translation_probability"] + 0.3
    # Word boundaries: a longer word that starts like a phrase is no hit.
    assert not translation.spun_phrases(Document("Harmony talksmen and vitality billsboard ads ran."))


def test_spun_phrase_lexicon_rows_have_a_phrase_and_its_original():
    lexicon = translation.spun_lexicon()
    pairs = [pair for pairs in lexicon.values() for pair in pairs]
    assert len(pairs) >= 50
    assert all(spun == spun.lower() and original and spun.split()[0].split("-")[0] in lexicon for spun, original in pairs)


def test_spun_phrases_of_health_and_security_news_are_found():
    text = "Medical caretakers said web-based media spread fear. Outfitted powers hunted the fear based oppressor."
    found = [text[e.start : e.end] for e in translation.spun_phrases(Document(text))]
    assert found == ["Medical caretakers", "web-based media", "Outfitted powers", "fear based oppressor"]


def test_chinese_and_arabic_calques_and_plural_scales_after_a_decimal_comma():
    text = ("The relevant person in charge of the bureau said output rose. The minister received a call from the "
            "brotherly Kingdom of Jordan. The deficit will be 13,5 billions of euros. The law will enter into vigour soon.")
    found = [(e.label, text[e.start : e.end]) for e in translation.artifacts(Document(text))[1]]
    assert found == [("number format", "13,5 billions"), ("calque phrase", "enter into vigour"),
                     ("calque phrase", "relevant person in charge"), ("calque phrase", "brotherly Kingdom")]
    clean = "The person in charge of the bureau said output rose by 13.5 billion euros, a brotherly gesture."
    assert translation.artifacts(Document(clean))[1] == []


def test_spun_phrases_of_a_paraphrasing_tool_are_found():
    text = ("Despite sturdy opposition from enterprise teams, the bill passed this yr. "
            "Regulation enforcement and authorities officers said it would start this 12 months.")
    found = [text[e.start : e.end] for e in translation.spun_phrases(Document(text))]
    assert found == ["sturdy opposition", "enterprise teams", "this yr", "Regulation enforcement", "authorities officers",
                     "this 12 months"]
    assert translation.spun_phrases(Document("Despite strong opposition from business groups, it passed this year.")) == []


def test_a_weekday_with_its_day_in_brackets_is_a_brazilian_date_calque():
    found = translation.artifacts(Document("Lula said on Monday (12) that the plan was ready."))[1]
    assert [e.label for e in found] == ["weekday calque"]
    assert translation.artifacts(Document("The vote is on Monday (see below), he said on Monday (12 March)."))[1] == []


def test_a_statement_closed_by_so_and_a_name_is_a_german_calque():
    found = translation.artifacts(Document("There is no alternative to the savings, so Scholz. The opposition objected."))[1]
    assert [e.label for e in found] == ["calque phrase"]
    assert translation.artifacts(Document("It rained, so Smith stayed home. We lost, so the team left."))[1] == []


def test_spun_phrases_of_economic_news_are_found():
    text = ("The central financial institution kept its curiosity fee unchanged. Economists polled by means of Reuters "
            "said cuts were now not but on the table, with inflation at its lowest stage in two years.")
    spun = [text[e.start : e.end] for e in translation.spun_phrases(Document(text))]
    assert spun == ["central financial institution", "curiosity fee", "polled by means of", "now not but", "lowest stage in"]
    clean = "The bank kept rates unchanged; a hobby rated highly. Cuts are not on the table now, not but a few said."
    assert not translation.spun_phrases(Document(clean))


def test_spun_phrases_of_economy_news_are_found():
    text = ("The joblessness rate fell as the work market cooled, the bank told columnists. Buyer costs and the swelling "
            "rate rose on web based life fears, money related analysts said.")
    found = [text[e.start : e.end] for e in translation.spun_phrases(Document(text))]
    assert found == ["joblessness rate", "work market", "told columnists", "Buyer costs", "swelling rate", "web based life",
                     "money related"]
    assert translation.spun_phrases(Document("The money-related crimes rose; the labour market cooled.")) == []
