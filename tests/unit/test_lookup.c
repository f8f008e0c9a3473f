/*
 * test_lookup.c — the lookups tokens_tag keeps (each word's clitic readings, the longer
 * keys they start, the common-word test, a memo per distinct form) against the lookups
 * they replace, reimplemented here as they were: same entries, same readings, same
 * phrase lengths, for every token of every test case.
 */

#include "nlp/tokens.h"
#include "tests/unit/check.h"
#include "tests/unit/nlp_fixture.h"

/* tok_phrase_at as it was before tokens_tag kept each word's readings: every reading of
 * the first word built and looked up again, then every length from the longest down. */
static int32_t slow_phrase_at(const struct doc *d, const struct lexicon *lx, int32_t k, int32_t end, uint32_t mask,
                              int with_article, const struct lex_entry **out, struct clitic_variant *variant)
{
    const struct token *tk = &d->tokens[k];
    if (tk->kind == TOK_PUNCT || tk->fold_len > 64)
        return 0;
    UChar first[70];
    struct clitic_variant vs[8];
    int nv = lexicon_clitic_variants(tk->fold, tk->fold_len, vs);
    for (int vi = 0; vi < nv; vi++) {
        if (vs[vi].add_al && !with_article)
            continue;
        struct ustr parts[16];
        parts[0].s = first;
        parts[0].len = lexicon_variant_form(tk->fold, tk->fold_len, vs[vi], first);
        const struct lex_entry *e0 = lexicon_get(lx, parts, 1);
        if (!e0 || !(e0->kinds & (mask | LEX_PHRASE_START)))
            continue;
        int32_t maxn = e0->max_words < 16 ? e0->max_words : 16;
        int32_t avail = 1;
        while (avail < maxn && k + avail < end && d->tokens[k + avail].kind != TOK_PUNCT)
            avail++;
        for (int32_t n = avail; n >= 1; n--) {
            for (int32_t i = 1; i < n; i++)
                parts[i] = (struct ustr){d->tokens[k + i].fold, d->tokens[k + i].fold_len};
            const struct lex_entry *e = n == 1 ? e0 : lexicon_get(lx, parts, (int)n);
            if (e && (e->kinds & mask)) {
                *out = e;
                *variant = vs[vi];
                return n;
            }
        }
    }
    return 0;
}

/* The entry tokens_tag gave a word before: readings in order, the first that counts. A
 * marker sense (markers.tsv) alone never counts: the word is tagged as if no marker were
 * listed. */
static const struct lex_entry *slow_tag(const struct lexicon *lx, const struct token *tk, int *prefix)
{
    UChar buf[80];
    struct clitic_variant vs[8];
    int nv = lexicon_clitic_variants(tk->fold, tk->fold_len, vs);
    for (int i = 0; i < nv; i++) {
        struct ustr p = {buf, lexicon_variant_form(tk->fold, tk->fold_len, vs[i], buf)};
        const struct lex_entry *e = lexicon_get(lx, &p, 1);
        if (i == 0 && tok_madda_name(tk, e))
            return NULL; /* (آنا is no أنا) */
        uint32_t senses = e ? e->kinds & ~(uint32_t)LEX_MARKER : 0;
        /* (a reading as a finite verb behind ب، ك or an added article is no reading) */
        int bad_verb = 0;
        if (i > 0 && e && senses == LEX_VERB && e->verb_aspect <= ASPECT_PRESENT) {
            bad_verb = vs[i].add_al;
            for (int32_t u = 0; u < vs[i].skip; u++)
                bad_verb |= tk->fold[u] == 0x0628 || tk->fold[u] == 0x0643;
        }
        /* (nor a name of two letters behind two clitics: فكري is no ف + ك + ري) */
        if (i > 0 && e && vs[i].skip >= 2 && tk->fold_len - vs[i].skip <= 2 &&
            !(senses & ~(uint32_t)(LEX_FIRST_NAME | LEX_FAMILY_NAME)))
            bad_verb = 1;
        if (senses && !bad_verb && (i == 0 || (senses & ~(uint32_t)(LEX_STOP | LEX_PRONOUN | LEX_CONJ_BREAK)))) {
            *prefix = vs[i].skip;
            return e;
        }
    }
    return NULL;
}

/* lexicon_is_common as it was before it carried hash states: every form copied out and
 * hashed from scratch. */
static const UChar slow_suffixes[][3] = {
    {0x0647, 0x0645, 0x0627}, {0x0627, 0x062A}, {0x064A, 0x0647}, {0x064A, 0x0646}, {0x0648, 0x0646},
    {0x0627, 0x0646}, {0x0647, 0x0627}, {0x0647, 0x0645}, {0x0643, 0x0645}, {0x0646, 0x0627},
    {0x0648, 0x0627}, {0x062A, 0x0645}, {0x0647}, {0x064A}, {0x0627}, {0x062A},
};

static int slow_pronoun(const UChar *w, int32_t len, int32_t sl)
{
    static const UChar pronouns[][3] = {{0x0647}, {0x0647, 0x0627}, {0x0647, 0x0645}, {0x0647, 0x0645, 0x0627}};
    for (size_t i = 0; i < sizeof pronouns / sizeof pronouns[0]; i++) {
        int32_t pl = pronouns[i][2] ? 3 : pronouns[i][1] ? 2 : 1;
        if (pl == sl && len >= sl && !memcmp(w + len - sl, pronouns[i], (size_t)sl * sizeof(UChar)))
            return 1;
    }
    return 0;
}

static int slow_cws_at(const struct lexicon *lx, const UChar *w, int32_t len, int32_t min_stem, int depth);

static int slow_cws(const struct lexicon *lx, const UChar *w, int32_t len, int32_t min_stem)
{
    return slow_cws_at(lx, w, len, min_stem, 0);
}

/* depth 1: a stem already stripped of a pronoun, stripped of no further pronoun */
static int slow_cws_at(const struct lexicon *lx, const UChar *w, int32_t len, int32_t min_stem, int depth)
{
    uint32_t v;
    if (strtab_get(lx->common, w, len, &v))
        return 1;
    for (size_t i = 0; i < sizeof slow_suffixes / sizeof slow_suffixes[0]; i++) {
        int32_t sl = slow_suffixes[i][2] ? 3 : slow_suffixes[i][1] ? 2 : 1;
        if (len - sl < min_stem || memcmp(w + len - sl, slow_suffixes[i], (size_t)sl * sizeof(UChar)) != 0)
            continue;
        if (strtab_get(lx->common, w, len - sl, &v))
            return 1;
        /* ات of a plural in ta marbuta (اتفاقيات -> اتفاقية) */
        if (sl == 2 && w[len - 2] == 0x0627 && w[len - 1] == 0x062A && len - sl >= 4) {
            UChar buf[64];
            memcpy(buf, w, (size_t)(len - sl) * sizeof(UChar));
            buf[len - sl] = 0x0647;
            if (strtab_get(lx->common, buf, len - sl + 1, &v))
                return 1;
        }
        if (len - sl >= 3 && w[len - sl - 1] == 0x062A && len - sl < 64) {
            UChar buf[64];
            memcpy(buf, w, (size_t)(len - sl) * sizeof(UChar));
            buf[len - sl - 1] = 0x0647;
            if (strtab_get(lx->common, buf, len - sl, &v))
                return 1;
        }
        /* a pronoun on a word that itself ends in a suffix (تقديراته، خارجيتها) */
        if (depth == 0 && slow_pronoun(w, len, sl) && len - sl >= 4) {
            if (slow_cws_at(lx, w, len - sl, min_stem, 1))
                return 1;
            if (w[len - sl - 1] == 0x062A && len - sl >= 2) {
                UChar buf[64];
                memcpy(buf, w, (size_t)(len - sl) * sizeof(UChar));
                buf[len - sl - 1] = 0x0647;
                if (slow_cws_at(lx, buf, len - sl, min_stem, 1))
                    return 1;
            }
        }
    }
    return 0;
}

static int slow_is_common(const struct lexicon *lx, const UChar *w, int32_t len)
{
    if (!lx->common || len <= 0 || len > 64)
        return 0;
    if (slow_cws(lx, w, len, 2))
        return 1;
    UChar buf[70];
    struct clitic_variant vs[8];
    int nv = lexicon_clitic_variants(w, len, vs);
    for (int i = 0; i < nv; i++) {
        int32_t n = lexicon_variant_form(w, len, vs[i], buf);
        int32_t min = vs[i].skip == 1 && (w[0] == 0x0648 || w[0] == 0x0641) ? 3 : 4;
        if (i > 0 && (n >= min || vs[i].add_al) && slow_cws(lx, buf, n, 2))
            return 1;
        if (n >= 6 && buf[0] == 0x0627 && buf[1] == 0x0644 && slow_cws(lx, buf + 2, n - 2, i > 0 ? 4 : 2))
            return 1;
        if (i == 0 && n >= 5 && buf[0] == 0x0633 && (buf[1] == 0x064A || buf[1] == 0x062A || buf[1] == 0x0646) &&
            slow_cws(lx, buf + 1, n - 1, 3))
            return 1;
    }
    return 0;
}

/* The word with clitics put in front and suffixes after, each form checked both ways. */
static int compare_common_forms(const struct lexicon *lx, const UChar *w, int32_t len)
{
    static const UChar prefixes[][3] = {{0}, {0x0648}, {0x0641}, {0x0628}, {0x0644}, {0x0643}, {0x0648, 0x0628},
                                        {0x0627, 0x0644}, {0x0648, 0x0627, 0x0644}, {0x0644, 0x0644},
                                        {0x0648, 0x0644, 0x0644}, {0x0633}, {0x0641, 0x0628, 0x0627}};
    int bad = 0;
    UChar buf[80];
    for (size_t p = 0; p < sizeof prefixes / sizeof prefixes[0]; p++) {
        int32_t pl = 0;
        while (pl < 3 && prefixes[p][pl])
            buf[pl] = prefixes[p][pl], pl++;
        for (size_t x = 0; x <= sizeof slow_suffixes / sizeof slow_suffixes[0]; x++) {
            int32_t n = pl;
            if (len > 70)
                return bad;
            memcpy(buf + n, w, (size_t)len * sizeof(UChar));
            n += len;
            for (int32_t j = 0; x > 0 && j < 3 && slow_suffixes[x - 1][j]; j++)
                buf[n++] = slow_suffixes[x - 1][j];
            /* and with the last stem letter as ت, the way ة is written before a suffix */
            for (int ta = 0; ta < 2; ta++) {
                if (ta && (len < 1 || x == 0))
                    break;
                if (ta)
                    buf[pl + len - 1] = 0x062A;
                int want = slow_is_common(lx, buf, n);
                bad += lexicon_is_common(lx, buf, n) != want;
                /* what tokens_tag asks, with the hash state it already has */
                bad += lexicon_is_common_hashed(lx, buf, n, strtab_hash(STRTAB_HASH_INIT, buf, n)) != want;
                for (int32_t cut = 1; cut < n; cut++) /* the tails entities.c asks about */
                    bad += lexicon_is_common(lx, buf + cut, n - cut) != slow_is_common(lx, buf + cut, n - cut);
            }
        }
    }
    return bad;
}

/* Is tk a name written with a madda that folds like a function word (tok_madda_name)? */
static int madda_name(const struct lexicon *lx, const struct token *tk)
{
    struct ustr whole = {tk->fold, tk->fold_len};
    return tok_madda_name(tk, lexicon_get(lx, &whole, 1));
}

static void compare_doc(const struct doc *d, const struct lexicon *lx)
{
    static const uint32_t masks[] = {LEX_GAZ, LEX_TOPIC, LEX_TAG | LEX_SOURCE, LEX_SOURCE, LEX_TAG, LEX_GROUP,
                                     LEX_TITLE | LEX_ROLE_NOUN, LEX_VERB};
    int mismatches = 0;
    for (int32_t s = 0; s < d->n_sentences; s++) {
        int32_t end = d->sentences[s].tok_end;
        for (int32_t k = d->sentences[s].tok_begin; k < end; k++) {
            const struct token *tk = &d->tokens[k];
            if (tk->kind != TOK_PUNCT && tk->fold_len > 0 && tk->fold_len <= 64) {
                int prefix = 0;
                const struct lex_entry *e = slow_tag(lx, tk, &prefix);
                /* (a finite verb's reading of a word written with ة is dropped: لقدرة) */
                if (e && e->kinds == LEX_VERB && e->verb_aspect <= ASPECT_PRESENT && tok_ta_marbuta(d, tk))
                    e = NULL;
                /* (and a complementiser's, glued by a hyphen: كو إن-هيه) */
                if (e && tk->fold_len == 2 && (e->kinds & LEX_COMPLEMENTIZER) &&
                    (tok_glued_hyphen_after(d, k) || (k >= 2 && tok_glued_hyphen_after(d, k - 2))))
                    e = NULL;
                /* (else a verb with an object pronoun may be; and a verb's form read as
                 * its noun has no entry) */
                if ((e || !(tk->flags & TOKF_ARABIC)) && !(k > 0 && !tk->lex && tok_verb_read_as_noun(&d->tokens[k - 1], e)))
                    mismatches += e != tk->lex || (e && prefix != tk->lex_prefix);
            }
            /* (the flag also marks ل + a noun + نا, لأصدقائنا, which no list holds) */
            if (tk->flags & TOKF_ARABIC)
                mismatches += !!(tk->flags & TOKF_COMMON) !=
                              (!madda_name(lx, tk) && !tok_two_final_waws(tk) && (slow_is_common(lx, tk->fold, tk->fold_len) || tok_lam_noun_ours(tk)));
            for (size_t m = 0; m < sizeof masks / sizeof masks[0]; m++) {
                for (int art = 0; art < 2; art++) {
                    /* the sentence's end, and ends that cut a phrase short */
                    for (int32_t e = end, cut = 0; cut < 4 && e > k;
                         cut++, e = k + 4 - cut < d->n_tokens ? k + 4 - cut : d->n_tokens) {
                        const struct lex_entry *e1 = NULL, *e2 = NULL;
                        struct clitic_variant v1 = {0, 0}, v2 = {0, 0};
                        int32_t n1 = tok_phrase_at(d, lx, k, e, masks[m], art, &e1, &v1);
                        int32_t n2 = slow_phrase_at(d, lx, k, e, masks[m], art, &e2, &v2);
                        mismatches += n1 != n2 ||
                                      (n1 && (e1 != e2 || v1.skip != v2.skip || v1.add_al != v2.add_al));
                        /* the out-of-line part alone, for the words the in-line test passes on */
                        const struct lex_entry *e3 = NULL;
                        int32_t n3 = tok_phrase_from(d, lx, k, e, masks[m], art, &e3, NULL);
                        mismatches += n3 != n1 || e3 != (n1 ? e1 : NULL);
                    }
                }
            }
        }
    }
    CHECK_INT(mismatches, 0);
}

/* Every test case, every token: the tags, the common-word flag and the phrase matcher
 * over cached readings give what the full lookups gave. */
static void compare_case(const struct doc *d, const char *name, const void *lx)
{
    CHECK(d != NULL);
    if (!d)
        fprintf(stderr, "  %s not annotated\n", name);
    else
        compare_doc(d, lx);
}

static void test_cases(void)
{
    CHECK(fx_each_case(compare_case, model_lexicon(fx_model)) >= 20);
}

/* Common-word forms with every clitic and suffix the test strips, on the words of a
 * sentence, many of them common. */
static void test_common_forms(void)
{
    const struct lexicon *lx = model_lexicon(fx_model);
    const struct doc *d = fx_annotate("وقال الوزير إن المفاوضات مع نظيرته الكورية ستستمر، مؤكدا أن الطرفين "
                                      "اتفقا على تعزيز علاقاتهما في مجالات الطاقة والزراعة والسياحة.");
    CHECK(d != NULL);
    int bad = 0, common = 0;
    for (int32_t k = 0; d && k < d->n_tokens; k++) {
        if (d->tokens[k].flags & TOKF_ARABIC) {
            bad += compare_common_forms(lx, d->tokens[k].fold, d->tokens[k].fold_len);
            common += !!(d->tokens[k].flags & TOKF_COMMON);
        }
    }
    CHECK_INT(bad, 0);
    CHECK(common >= 10);
}

/* A phrase through a clitic with the article put back (للأمم المتحدة), and the end a
 * caller gives cutting it short. */
static void test_phrase(void)
{
    const struct lexicon *lx = model_lexicon(fx_model);
    const struct doc *d = fx_annotate("وقالت للأمم المتحدة");
    CHECK(d != NULL);
    if (!d)
        return;
    const struct lex_entry *e = NULL;
    struct clitic_variant v = {0, 0};
    CHECK_INT(tok_phrase_at(d, lx, 1, d->n_tokens, LEX_GAZ, 1, &e, &v), 2);
    CHECK(v.add_al);
    CHECK_INT(tok_phrase_at(d, lx, 1, d->n_tokens, LEX_GAZ, 0, &e, &v), 0);
    CHECK_INT(tok_phrase_at(d, lx, 1, 2, LEX_GAZ, 1, &e, &v), 0);
    compare_doc(d, lx);
}

/* A form seen again is tagged from the first token of that form: the same readings, and
 * a different form (قال, not وقال) its own. */
/* The plural in ات of a noun in ta marbuta is as common as its singular: "وفقا لاتفاقيات
 * جنيف" names a document, not a person. */
static void test_feminine_plural(void)
{
    const struct lexicon *lx = model_lexicon(fx_model);
    static const UChar agreements[] = {0x0627, 0x062A, 0x0641, 0x0627, 0x0642, 0x064A, 0x0627, 0x062A};
    CHECK(lexicon_is_common(lx, agreements, 8));
    CHECK_INT(lexicon_is_common(lx, agreements, 8), slow_is_common(lx, agreements, 8));
}

static void test_memo(void)
{
    const struct lexicon *lx = model_lexicon(fx_model);
    const struct doc *d = fx_annotate("وقال الرئيس الروسي، وقال الرئيس الروسي، ثم قال");
    CHECK(d != NULL);
    CHECK(d && d->n_tokens == 10);
    if (!d || d->n_tokens != 10)
        return;
    CHECK(d->tok_readings[0].hits != NULL);
    CHECK(d->tok_readings[0].hits == d->tok_readings[4].hits);
    CHECK(d->tok_readings[1].hits == d->tok_readings[5].hits);
    CHECK_INT(d->tokens[2].flags & TOKF_COMMON, d->tokens[6].flags & TOKF_COMMON);
    CHECK(d->tokens[3].lex == d->tokens[7].lex);
    CHECK(d->tok_readings[9].hits != d->tok_readings[0].hits);
    CHECK(tok_kinds(&d->tokens[9]) & LEX_VERB);
    CHECK_INT(d->tokens[9].lex_prefix, 0);
    CHECK_INT(d->tokens[4].lex_prefix, 1);
    compare_doc(d, lx);
}

int main(void)
{
    fx_setup();
    test_cases();
    test_common_forms();
    test_feminine_plural();
    test_phrase();
    test_memo();
    fx_teardown();
    return check_summary("test_lookup");
}
