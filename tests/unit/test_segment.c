/*
 * test_segment.c — sentences and tokens: ICU's breaks plus the news-text rules (glued
 * sentences, headings without punctuation, embedded post lines), clitic variants, the
 * common-word list and lexicon tagging.
 */
#include "nlp/tokens.h"
#include "tests/unit/check.h"
#include "tests/unit/nlp_fixture.h"

static void test_sentences(void)
{
    struct doc *d = fx_annotate("عنوان بلا نقطة\nوقال الوزير إن الاتفاق مهم.وأضاف أن الحوار مستمر.\n"
                                "— الوكالة (@agency) June 18, 2024");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_INT(d->n_sentences, 4);
    CHECK_STR(fx_text(d, d->sentences[0].span), "عنوان بلا نقطة");
    CHECK(d->sentences[0].flags & SENT_NO_FINAL_PUNCT);
    CHECK(d->sentences[0].flags & SENT_LINE_START);
    /* "مهم.وأضاف": the glued full stop ends the sentence */
    CHECK_STR(fx_text(d, d->sentences[1].span), "وقال الوزير إن الاتفاق مهم.");
    CHECK_STR(fx_text(d, d->sentences[2].span), "وأضاف أن الحوار مستمر.");
    CHECK(!(d->sentences[2].flags & SENT_LINE_START));
    CHECK(d->sentences[3].flags & SENT_SOCIAL);
    /* every token belongs to the sentence that covers it */
    for (int32_t s = 0; s < d->n_sentences; s++)
        for (int32_t k = d->sentences[s].tok_begin; k < d->sentences[s].tok_end; k++)
            CHECK_INT(d->tokens[k].sentence, s);
}

static void test_tokens(void)
{
    struct doc *d = fx_annotate("وبيونغ يانغ، للأمم المتحدة: «نعم»");
    CHECK(d != NULL);
    if (!d)
        return;
    /* وبيونغ يانغ ، للأمم المتحدة : « نعم » */
    CHECK_INT(d->n_tokens, 9);
    CHECK_STR(fx_text(d, d->tokens[0].span), "وبيونغ");
    CHECK(tok_is_comma(&d->tokens[2]));
    CHECK(tok_has_article(&d->tokens[3])); /* للأمم: لل is ل + ال */
    CHECK(tok_is_char(&d->tokens[5], ':'));
    CHECK_INT(d->tokens[6].kind, TOK_PUNCT);
    /* the clitic و is not part of the place name */
    CHECK_INT(d->n_mentions >= 2, 1);
    CHECK_STR(fx_text(d, d->mentions[0].span), "بيونغ يانغ");
}

static void test_lexicon_tags(void)
{
    struct doc *d = fx_annotate("ويؤكد الخبير أن كركودينوف فالصواريخ الروسية");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct lexicon *lx = model_lexicon(fx_model);
    CHECK(tok_kinds(&d->tokens[0]) & LEX_VERB); /* و + يؤكد */
    CHECK_INT(d->tokens[0].lex_prefix, 1);
    CHECK(tok_kinds(&d->tokens[1]) & LEX_ROLE_NOUN);
    CHECK(tok_kinds(&d->tokens[2]) & LEX_COMPLEMENTIZER);
    /* a transliterated name no word list holds */
    CHECK(!(d->tokens[3].flags & TOKF_COMMON));
    CHECK(tok_is_name_like(lx, &d->tokens[3]));
    CHECK(d->tokens[4].flags & TOKF_COMMON);
    CHECK(tok_is_demonym(lx, &d->tokens[5]));
    /* clitic readings of a word, most literal first */
    UChar w[] = {0x0648, 0x0644, 0x0644, 0x0627, 0x0645, 0x0645}; /* وللامم */
    struct clitic_variant vs[8];
    int n = lexicon_clitic_variants(w, 6, vs);
    CHECK(n >= 3);
    CHECK_INT(vs[0].skip, 0);
    CHECK_INT(vs[1].skip, 1);
    int found_al = 0;
    for (int i = 0; i < n; i++)
        found_al |= vs[i].add_al && vs[i].skip == 3;
    CHECK(found_al);
}

int main(void)
{
    fx_setup();
    test_sentences();
    test_tokens();
    test_lexicon_tags();
    fx_teardown();
    return check_summary("test_segment");
}
