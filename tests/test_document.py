"""Document: one analysis per article, every offset into the text as given."""

from __future__ import annotations

from features.document import Document, fold_typography

TEXT = (
    "Headline \u201cwith quotes\u201d\n"
    "\n"
    "Mr. Smith met U.S. officials on Monday\u00a0\u2014 he said \u2018no\u2019. Then he left! Why? Nobody knows\u2026\n"
    "Second line of the same paragraph.\n"
    "\n"
    "  Last paragraph, indented.  \n"
)


def test_folding_keeps_length_and_offsets():
    doc = Document(TEXT)
    assert len(doc.normalized) == len(TEXT)
    assert fold_typography("\u201cA\u201d \u2018b\u2019 \u2014 \u00a0") == "\"A\" 'b' -  "


def test_doubled_apostrophes_and_backticks_are_quotation_marks():
    text = "``Go,'' he said. ''Now.''"
    folded = fold_typography(text)
    assert folded == ' "Go,"  he said.  "Now." '
    assert len(folded) == len(text)


def test_lines_and_paragraphs():
    doc = Document(TEXT)
    lines = [TEXT[s.start : s.end] for s in doc.lines]
    assert lines[0] == "Headline \u201cwith quotes\u201d"
    assert lines[-1] == "Last paragraph, indented."
    assert len(lines) == 4
    paragraphs = [TEXT[s.start : s.end] for s in doc.paragraphs]
    assert len(paragraphs) == 3
    assert paragraphs[1].endswith("same paragraph.")


def test_sentences_respect_abbreviations_and_line_breaks():
    doc = Document(TEXT)
    sentences = [doc.span_text(s) for s in doc.sentences]
    assert "Mr. Smith met U.S. officials on Monday - he said 'no'." in sentences
    assert "Then he left!" in sentences and "Why?" in sentences
    assert "Second line of the same paragraph." in sentences
    assert all("\n" not in s for s in sentences)


def test_tokens_index_the_original_text():
    doc = Document(TEXT)
    words = [TEXT[t.start : t.end] for t in doc.words]
    assert words[:3] == ["Headline", "with", "quotes"]
    assert "U.S" in words
    assert doc.word_count == len(words)


def test_language_is_deterministic():
    text = "The government announced new measures on Monday to support small businesses during the winter."
    assert {Document(text).language for _ in range(5)} == {"en"}
    assert Document("Die Regierung hat am Montag neue Maßnahmen angekündigt, um kleine Unternehmen zu unterstützen.").language == "de"


def test_a_short_text_of_common_english_words_is_english_whatever_langdetect_guesses():
    assert Document("Hello.").language == "en"  # langdetect: Italian
    assert Document("Police arrest two men after shop fire").language == "en"
    assert Document("Il governo ha approvato la legge.").language == "it"
    assert Document("Le gouvernement a annoncé de nouvelles mesures.").language == "fr"


def test_every_kind_of_line_end_makes_the_same_lines():
    text = "Headline\n\nFirst paragraph of the story.\nShare this:\nFacebook"
    expected = [line for line in text.split("\n") if line]
    for line_end in ("\r\n", "\r", "\u2028", "\u2029", "\x0c", "\x85"):
        doc = Document(text.replace("\n", line_end))
        assert [doc.normalized[line.start : line.end].strip() for line in doc.lines] == expected, repr(line_end)
        assert len(doc.normalized) == len(text.replace("\n", line_end))
