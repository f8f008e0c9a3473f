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

/* A stop glued between Arabic letters ends a sentence wherever it falls, also where the
 * scan for stops reads eight class bytes at a time (every offset, after a first ICU
 * sentence of every length); Latin or digits around a stop keep the sentence whole. */
static void test_glued_stops(void)
{
    static const char *const stops[] = {".", "\xD8\x9F" /* ؟ */, "!", "\xDB\x94" /* ۔ */};
    for (int pre = 0; pre < 10; pre++) {
        for (int pad = 0; pad < 18; pad++) {
            char text[512], first[256];
            size_t n = 0, f = 0;
            if (pre) {
                for (int k = 0; k < pre; k++)
                    n += (size_t)snprintf(text + n, sizeof text - n, "\xD8\xAC"); /* ج */
                n += (size_t)snprintf(text + n, sizeof text - n, ". ");
            }
            for (int k = 0; k <= pad; k++)
                f += (size_t)snprintf(first + f, sizeof first - f, "\xD8\xA8"); /* ب */
            const char *stop = stops[(pre + pad) % 4];
            f += (size_t)snprintf(first + f, sizeof first - f, "%s", stop);
            snprintf(text + n, sizeof text - n, "%s\xD9\x88\xD9\x82\xD8\xA7\xD9\x84 \xD8\xA7\xD9\x84\xD9\x88\xD8\xB2\xD9\x8A\xD8\xB1", first); /* وقال الوزير */
            struct doc *d = fx_annotate(text);
            CHECK(d != NULL);
            if (!d)
                return;
            int32_t want = pre ? 3 : 2;
            CHECK_INT(d->n_sentences, want);
            if (d->n_sentences == want)
                CHECK_STR(fx_text(d, d->sentences[want - 2].span), first);
        }
    }
    /* a stop with a digit or a Latin letter on one side stays inside the sentence */
    static const char *const keep[] = {
        "\xD9\x82\xD8\xA7\xD9\x84 10.5\xD9\x85 \xD9\x83\xD8\xB0\xD8\xA7", /* قال 10.5م كذا */
        "\xD9\x82\xD8\xA7\xD9\x84 \xD8\xA8.a \xD9\x83\xD8\xB0\xD8\xA7",   /* قال ب.a كذا */
        "\xD9\x82\xD8\xA7\xD9\x84 \xD8\xA8.5 \xD9\x83\xD8\xB0\xD8\xA7",   /* قال ب.5 كذا */
    };
    for (int i = 0; i < 3; i++) {
        struct doc *d = fx_annotate(keep[i]);
        CHECK(d != NULL);
        if (d)
            CHECK_INT(d->n_sentences, 1);
    }
}

/* Arabic unless Latin letters outnumber Arabic ones, whatever the lengths (the count
 * takes eight units at a time); digits, spaces and marks count for neither. */
static void test_title_abbreviations(void)
{
    /* ICU breaks after "Gen."; a title before a capital is no sentence end, but a
     * sentence that ends with one, or before a line break, still ends */
    struct doc *d = fx_annotate("Maj. Gen. Pat Ryder spoke to reporters. They asked about Lt. Col. Ames. He left.");
    CHECK(d != NULL);
    if (d)
        CHECK_INT(d->n_sentences, 3);
    d = fx_annotate("The memo was signed by the Gen.\nReporters were not told.");
    CHECK(d != NULL);
    if (d)
        CHECK_INT(d->n_sentences, 2);
}

static void test_language(void)
{
    for (int n = 1; n < 20; n++) {
        for (int extra = 0; extra < 2; extra++) {
            char text[256];
            size_t k = 0;
            for (int i = 0; i < n; i++)
                k += (size_t)snprintf(text + k, sizeof text - k, "\xD8\xA8"); /* ب */
            k += (size_t)snprintf(text + k, sizeof text - k, " 12, \xD9\x8E");  /* a haraka */
            for (int i = 0; i < n + extra; i++)
                k += (size_t)snprintf(text + k, sizeof text - k, i % 2 ? "a" : "Z");
            struct doc *d = fx_annotate(text);
            CHECK(d != NULL);
            if (d)
                CHECK_INT(d->lang, extra ? LANG_EN : LANG_AR);
        }
    }
}

int main(void)
{
    fx_setup();
    test_sentences();
    test_glued_stops();
    test_language();
    test_title_abbreviations();
    test_tokens();
    test_lexicon_tags();
    fx_teardown();
    return check_summary("test_segment");
}
