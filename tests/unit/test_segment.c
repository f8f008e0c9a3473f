/*
 * test_segment.c — sentences and tokens: ICU's breaks plus the news-text rules (glued
 * sentences, headings without punctuation, embedded post lines), clitic variants, the
 * common-word list and lexicon tagging.
 */

#include "nlp/sentences.h"
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

/* The tokens tokens_split made before it read the class bits: ICU's word segments, each
 * character classified on its own, for check_tokens_by_unit. */
struct ref_token {
    int32_t start, end;
    uint8_t kind;
    uint16_t flags;
    UChar fold[64];
    int32_t fold_len;
};

static int is_latin_unit(UChar c)
{
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

static void ref_push(const struct text *t, struct ref_token *out, int32_t *n, int32_t cap, int32_t s, int32_t e,
                     uint8_t kind)
{
    if (*n >= cap)
        return;
    /* (a run of ignorables alone, a tatweel bullet, is no token) */
    int32_t visible = 0;
    for (int32_t i = s; i < e && !visible; i++)
        visible = t->fold[i] != 0;
    if (!visible)
        return;
    struct ref_token *r = &out[(*n)++];
    memset(r, 0, sizeof *r);
    r->start = s;
    r->end = e;
    r->kind = kind;
    for (int32_t i = s; i < e; i++) {
        if (t->fold[i] && r->fold_len < 64)
            r->fold[r->fold_len++] = t->fold[i];
        if (text_is_arabic_letter(t->u16[i]))
            r->flags |= TOKF_ARABIC;
        else if (is_latin_unit(t->u16[i]))
            r->flags |= TOKF_LATIN;
    }
    if (s == 0 || text_is_space(t->u16[s - 1]))
        r->flags |= TOKF_SPACE_BEFORE;
    for (int32_t i = s - 1; i >= 0 && (text_is_space(t->u16[i]) || !t->fold[i]); i--) {
        if (t->u16[i] == '\n' || t->u16[i] == '\r' || t->u16[i] == 0x2029) {
            r->flags |= TOKF_NEWLINE_BEFORE;
            break;
        }
    }
    if (s == 0)
        r->flags |= TOKF_NEWLINE_BEFORE;
    if (t->u16[s] >= 'A' && t->u16[s] <= 'Z') {
        r->flags |= TOKF_UPPER;
        int lower = 0;
        for (int32_t i = s; i < e; i++)
            lower |= t->u16[i] >= 'a' && t->u16[i] <= 'z';
        if (!lower && e - s >= 2)
            r->flags |= TOKF_ALLCAPS;
    }
}

/* The full stop of an abbreviated title (د.منيرة، م. سالم) extends the one-letter word
 * before it instead of standing alone. */
static int ref_join_stop(const struct text *t, struct ref_token *out, int32_t n, int32_t i)
{
    if (n == 0 || !sentences_is_title_abbreviation(t->u16, t->len, i))
        return 0;
    struct ref_token *prev = &out[n - 1];
    if (prev->end != i || prev->kind != TOK_WORD || prev->fold_len != 1)
        return 0;
    prev->end = i + 1;
    return 1;
}

static void ref_push_word(const struct text *t, struct ref_token *out, int32_t *n, int32_t cap, int32_t s,
                          int32_t e, uint8_t kind)
{
    if (e - s >= 4 && (t->u16[e - 1] == 's' || t->u16[e - 1] == 'S') &&
        (t->u16[e - 2] == '\'' || t->u16[e - 2] == 0x2019) && is_latin_unit(t->u16[s])) {
        ref_push_word(t, out, n, cap, s, e - 2, kind);
        ref_push(t, out, n, cap, e - 2, e, TOK_PUNCT);
        return;
    }
    for (int32_t i = s; i < e; i++) {
        if (sentences_is_glued_stop(t->u16, t->len, i)) {
            if (i > s)
                ref_push(t, out, n, cap, s, i, kind);
            if (!ref_join_stop(t, out, *n, i))
                ref_push(t, out, n, cap, i, i + 1, TOK_PUNCT);
            s = i + 1;
        }
    }
    if (s < e)
        ref_push(t, out, n, cap, s, e, kind);
}

/* Every token of d against the reference above (span, kind, form, the flags the split
 * sets, its sentence), and every stop glued between Arabic letters ends the sentence of
 * its token: tokens and sentences must split at the same stops. */
static void check_tokens_by_unit(const struct doc *d)
{
    const struct text *t = &d->text;
    int32_t cap = t->len + 1, n = 0;
    struct ref_token *ref = malloc((size_t)cap * sizeof *ref);
    UErrorCode st = U_ZERO_ERROR;
    UBreakIterator *bi = ubrk_open(UBRK_WORD, "ar", t->u16, t->len, &st);
    CHECK(ref != NULL && U_SUCCESS(st));
    if (!ref || U_FAILURE(st)) {
        free(ref);
        ubrk_close(bi);
        return;
    }
    int32_t start = ubrk_first(bi);
    for (int32_t end = ubrk_next(bi); end != UBRK_DONE; start = end, end = ubrk_next(bi)) {
        int32_t status = ubrk_getRuleStatus(bi);
        if (status >= UBRK_WORD_NONE_LIMIT) {
            ref_push_word(t, ref, &n, cap, start, end, status < UBRK_WORD_NUMBER_LIMIT ? TOK_NUMBER : TOK_WORD);
            continue;
        }
        for (int32_t i = start; i < end; i++) {
            UChar c = t->u16[i];
            if (text_is_space(c) || !t->fold[i])
                continue;
            int32_t w = (U16_IS_LEAD(c) && i + 1 < end && U16_IS_TRAIL(t->u16[i + 1])) ? 2 : 1;
            if (c == '.' && ref_join_stop(t, ref, n, i))
                continue;
            ref_push(t, ref, &n, cap, i, i + w, TOK_PUNCT);
            i += w - 1;
        }
    }
    ubrk_close(bi);
    const uint16_t split_flags =
        TOKF_ARABIC | TOKF_LATIN | TOKF_SPACE_BEFORE | TOKF_NEWLINE_BEFORE | TOKF_UPPER | TOKF_ALLCAPS;
    int bad = 0;
    CHECK_INT(d->n_tokens, n);
    for (int32_t k = 0; k < n && k < d->n_tokens; k++) {
        const struct token *tk = &d->tokens[k];
        const struct ref_token *r = &ref[k];
        int wrong = tk->span.start != r->start || tk->span.end != r->end || tk->kind != r->kind ||
                    (tk->flags & split_flags) != r->flags || tk->fold_len != r->fold_len ||
                    (r->fold_len && memcmp(tk->fold, r->fold, (size_t)r->fold_len * sizeof(UChar)));
        if (wrong)
            fprintf(stderr, "token %d: [%d, %d) kind %d flags %#x, reference [%d, %d) kind %d flags %#x\n", (int)k,
                    (int)tk->span.start, (int)tk->span.end, tk->kind, (unsigned)(tk->flags & split_flags),
                    (int)r->start, (int)r->end, r->kind, (unsigned)r->flags);
        bad += wrong;
        if (sentences_is_glued_stop(t->u16, t->len, tk->span.start) &&
            !sentences_is_title_abbreviation(t->u16, t->len, tk->span.start) &&
            !sentences_is_site_name_dot(t->u16, t->len, tk->span.start))
            bad += tk->sentence < 0 || d->sentences[tk->sentence].span.end != tk->span.end;
    }
    /* sentences as the tokenizer assigned them before: token by token */
    int32_t si = 0, ns = d->n_sentences;
    int32_t *begin = calloc((size_t)ns + 1, sizeof *begin), *end = calloc((size_t)ns + 1, sizeof *end);
    CHECK(begin != NULL && end != NULL);
    for (int32_t k = 0; begin && end && k < d->n_tokens; k++) {
        const struct token *tk = &d->tokens[k];
        /* (one between sentences goes with the next; after the last, with it) */
        while (si + 1 < ns && d->sentences[si].span.end <= tk->span.start)
            si++;
        int32_t want = si < ns ? si : -1;
        bad += tk->sentence != want;
        if (want < 0)
            continue;
        if (end[si] == 0)
            begin[si] = k;
        end[si] = k + 1;
    }
    for (int32_t s = 0; begin && end && s < ns; s++)
        bad += d->sentences[s].tok_begin != begin[s] || d->sentences[s].tok_end != end[s];
    free(begin);
    free(end);
    /* readers that look one past the last token see a zeroed one */
    static const struct token zero;
    CHECK(!memcmp(&d->tokens[d->n_tokens], &zero, sizeof zero));
    CHECK_INT(bad, 0);
    free(ref);
}

static void check_case_by_unit(const struct doc *d, const char *name, const void *unused)
{
    (void)unused;
    CHECK(d != NULL);
    if (!d)
        fprintf(stderr, "  %s not annotated\n", name);
    else
        check_tokens_by_unit(d);
}

/* The tokens of texts made to reach every branch (invisible marks before and inside a
 * word, line breaks of each kind, words of ignorables only, characters outside the BMP,
 * capitals, possessives, stops glued or not, at either end) and of every test case,
 * against the characters under them. */
static void test_tokens_by_unit(void)
{
    static const char *const texts[] = {
        " \xE2\x80\x8F\xD9\x83\xD9\x84\xD9\x85\xD8\xA9",                   /* space, RLM, كلمة */
        "\n\xE2\x80\x8Bword \r\n\xC2\xAD\xE2\x80\x8Dword\xC2\xAD" "end",  /* ZWSP, CRLF, soft hyphen, ZWJ */
        "NATO and U.S. officials, KOREA\xE2\x80\x99S KOREA'S Korea's A I x Ab AB aB",
        "\xD9\x80\xD9\x80\xD9\x80 \xD9\x82\xD8\xA7\xD9\x84 \xD9\x80\xD9\x80",     /* ـــ قال ـــ */
        "\xF0\x9F\x98\x80 \xF0\x9D\x90\x80\xF0\x9D\x90\x81 \xD9\x82\xD8\xA7\xD9\x84\xF0\x9F\x98\x80", /* astral */
        "\xD9\x82\xD8\xA7\xD9\x84.\xD9\x88\xD8\xA3\xD8\xB6\xD8\xA7\xD9\x81 \xD9\x82\xD8\xA7\xD9\x84\xD8\x9F!"
        "\xD9\x88\xD8\xB1\xD8\xAF",                                        /* قال.وأضاف قال؟!ورد */
        ".\xD9\x88\xD9\x82\xD8\xA7\xD9\x84 \xD8\xA8.\xD8\xA8.\xD8\xA8 10.5 \xD9\x82\xD8\xA7\xD9\x84.", /* .وقال ب.ب.ب 10.5 قال. */
        "\xE2\x80\xA9\xD9\x81\xD9\x82\xD8\xB1\xD8\xA9\t\xC2\xA0\xE3\x80\x80\xEF\xBB\xBB \xD9\xA1\xD9\xA2\xD9\xAB\xD9\xA5", /* U+2029 فقرة, tab, NBSP, U+3000, ﻻ, ١٢٫٥ */
        "abc\xD8\xA7\xD9\x84\xD8\xB9\xD8\xB1\xD8\xA8\xD9\x8A\xD8\xA9 \xD9\x85\xD9\x8E\xD8\xAF\xD9\x8A\xD9\x86\xD9\x8E\xD8\xA9\xD9\x8C", /* harakat inside */
        "U.S.\xD9\x88\xD9\x82\xD8\xA7\xD9\x84 5.\xD9\x82\xD8\xA7\xD9\x84 \xD9\x82\xD8\xA7\xD9\x84.a", /* U.S.وقال 5.قال قال.a */
        "\xEF\xBB\xBF\xD9\x82\xD8\xA7\xD9\x84 \xC2\xAB\xD9\x86\xD8\xB9\xD9\x85\xC2\xBB\xE2\x80\xA6", /* BOM, «نعم»… */
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        struct doc *d = fx_annotate(texts[i]);
        CHECK(d != NULL);
        if (d)
            check_tokens_by_unit(d);
    }
    /* a token per unit, four times the room tokens_split starts with: the array grows */
    char dense[3000];
    size_t k = 0;
    for (int i = 0; i < 900; i++)
        dense[k++] = i % 3 == 2 ? 'a' : i % 3 ? ',' : '.';
    dense[k] = 0;
    struct doc *dd = fx_annotate(dense);
    CHECK(dd != NULL);
    if (dd) {
        CHECK_INT(dd->n_tokens, 900);
        check_tokens_by_unit(dd);
    }
    /* as many tokens as the room it starts with (85 / 4 + 64): the zeroed one after the
     * last needs more */
    memset(dense, ',', 85);
    dense[85] = 0;
    dd = fx_annotate(dense);
    CHECK(dd != NULL);
    if (dd) {
        CHECK_INT(dd->n_tokens, 85);
        check_tokens_by_unit(dd);
    }
    CHECK(fx_each_case(check_case_by_unit, NULL) >= 20);
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
            check_tokens_by_unit(d);
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
        if (d)
            check_tokens_by_unit(d);
    }
}

static void test_site_names(void)
{
    /* "برلمان.كوم": a site's name and its domain in Arabic letters; ICU breaks after the
     * stop, the sentence goes on (the tokenizer still splits the stop off) */
    struct doc *d = fx_annotate("وقال الباحث في تصريح لـ«برلمان.كوم»، إن الرباط بعيدة. وقال الوزير إن موقع هسبريس.نت مهم.");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK_INT(d->n_sentences, 2);
    check_tokens_by_unit(d);
    /* (but a word glued after a stop starts a sentence: "الأمد.وقال") */
    d = fx_annotate("انتهى الاجتماع القصير الأمد.وقال الوزير إن الوضع هادئ.");
    CHECK(d != NULL);
    if (d)
        CHECK_INT(d->n_sentences, 2);
}

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

/* Arabic unless Latin letters outnumber Arabic ones, whatever the lengths (the count
 * takes eight units at a time); digits, spaces and marks count for neither. */
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

static void test_a_tatweel_alone_is_no_token(void)
{
    /* a bullet of tatweel, "؟ ⏎ ـ هي": no token of nothing (sentences were trimmed of it,
     * and a token between sentences had none for its readers to index), and the answer
     * it opens reads from its first word to the end of its paragraph */
    struct doc *d = fx_annotate("السفير الأوزبكي لـ«الوطن»: الطريق أقصر مما يظن كثيرون\nحاوره ـ سالم الحارثي:\n"
                                "أكد السفير باهودير نورماتوف أن الطريق مهم.\n● هل تأثرت الشحنات بالعقوبات؟\n"
                                "ـ تأثرت كلفة التأمين أكثر من حجم الشحنات.\n● وما موقع السلطنة؟\n"
                                "ـ الخط يبدأ من ترمذ ويمر عبر كابول.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    for (int32_t k = 0; k < d->n_tokens; k++) {
        CHECK(d->tokens[k].fold_len > 0);
        CHECK(d->tokens[k].sentence >= 0 && d->tokens[k].sentence < d->n_sentences);
    }
    const struct quote *q = fx_quote(d, "تأثرت كلفة");
    CHECK(q && strstr(fx_text(d, q->content), "حجم الشحنات") != NULL);
}

int main(void)
{
    fx_setup();
    test_sentences();
    test_glued_stops();
    test_site_names();
    test_language();
    test_title_abbreviations();
    test_tokens();
    test_tokens_by_unit();
    test_lexicon_tags();
    test_a_tatweel_alone_is_no_token();
    fx_teardown();
    return check_summary("test_segment");
}
