"""Strong past tenses the tagger read as nouns become the verbs they are; real nouns stay nouns."""

import pytest


@pytest.mark.parametrize(("sentence", "word", "lemma"), [
    ("Hij kocht vorig jaar een huis in de Kerkstraat.", "kocht", "kopen"),
    ("De koning verving de minister.", "verving", "vervangen"),
    ("Het schilderij hing in de kerk.", "hing", "hangen"),
])
def test_a_strong_past_read_as_a_noun_is_a_verb(nlp, sentence, word, lemma):
    [token] = [token for token in nlp(sentence) if token.text == word]
    assert (token.pos_, token.lemma_, token.morph.get("Tense")) == ("VERB", lemma, ["Past"])


@pytest.mark.parametrize(("sentence", "word"), [
    ("De streek is mooi in de zomer.", "streek"),  # also a noun of the gender table
    ("In de dreef stond een oude boom.", "dreef"),
    ("Wij verzorgen de wond van uw zoon.", "wond"),
])
def test_a_noun_that_is_also_a_strong_past_stays_a_noun(nlp, sentence, word):
    [token] = [token for token in nlp(sentence) if token.text == word]
    assert token.pos_ == "NOUN"
