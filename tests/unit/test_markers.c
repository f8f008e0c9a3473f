/*
 * test_markers.c — markers.tsv: its words arrive with their kinds (and keep the senses
 * other files give them), stems match with their ending bounds, bad lines stop loading,
 * and tok_marker / tok_marker_after read a token's marker kinds as the memcmp tests they
 * replaced did: the word as written, or behind the clitic its reading took off (ويُذكر),
 * for every token of every test case.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <unicode/ustring.h>

#include "nlp/tokens.h"
#include "tests/unit/check.h"
#include "tests/unit/nlp_fixture.h"

/* The entry of a UTF-8 word, folded as the loader folds keys, or NULL. */
static const struct lex_entry *entry_of(const struct lexicon *lx, const char *utf8, UChar *buf, int32_t *len)
{
    UChar raw[64];
    int32_t n = 0;
    UErrorCode st = U_ZERO_ERROR;
    u_strFromUTF8(raw, 64, &n, utf8, -1, &st);
    *len = text_fold_string(raw, n, buf);
    struct ustr p = {buf, *len};
    return lexicon_get(lx, &p, 1);
}

static int stem(const struct lexicon *lx, const char *utf8, uint32_t mask)
{
    UChar buf[64];
    int32_t n;
    entry_of(lx, utf8, buf, &n);
    return lexicon_stem_marker(lx, buf, n, mask);
}

static void test_entries(void)
{
    const struct lexicon *lx = model_lexicon(fx_model);
    UChar buf[64];
    int32_t n;
    const struct lex_entry *e = entry_of(lx, "المصدر", buf, &n);
    CHECK(e && (e->kinds & LEX_MARKER));
    CHECK(e && (e->markers & MARK_CREDIT_LINE) && (e->markers & MARK_SAME_SOURCE));
    CHECK(e && !(e->markers & MARK_SEAT));
    /* a word other files list keeps its senses: في is a stop word and a seat */
    e = entry_of(lx, "في", buf, &n);
    CHECK(e && (e->kinds & LEX_STOP) && (e->kinds & LEX_MARKER) && e->markers == MARK_SEAT);
    e = entry_of(lx, "يذكر", buf, &n);
    CHECK(e && (e->kinds & LEX_VERB) && (e->markers & MARK_NARRATOR));
    /* folding: أيضاً with its tanwin, ى of لدى, ة as ه */
    e = entry_of(lx, "أيضاً", buf, &n);
    CHECK(e && (e->markers & MARK_READ_ALSO_NEXT));
    e = entry_of(lx, "لدي", buf, &n);
    CHECK(e && (e->markers & MARK_SEAT));
    /* the words only, never a clitic form, and a stem is no word of its own */
    CHECK(entry_of(lx, "والمصدر", buf, &n) == NULL || !(entry_of(lx, "والمصدر", buf, &n)->kinds & LEX_MARKER));
    e = entry_of(lx, "التابع", buf, &n);
    CHECK(!e || !(e->kinds & LEX_MARKER));
    /* stems: التابع and up to three more letters, مطلع and any ending; the start of the
     * word only */
    CHECK(stem(lx, "التابع", MARK_AFFILIATED));
    CHECK(stem(lx, "التابعة", MARK_AFFILIATED));
    CHECK(stem(lx, "التابعتين", MARK_AFFILIATED));
    CHECK(!stem(lx, "التابعيتين", MARK_AFFILIATED));
    CHECK(!stem(lx, "والتابعة", MARK_AFFILIATED));
    CHECK(!stem(lx, "التاب", MARK_AFFILIATED));
    CHECK(!stem(lx, "التابعة", MARK_GOVERNING));
    CHECK(stem(lx, "مطلعة", MARK_GOVERNING));
    CHECK(stem(lx, "مطلعون", MARK_GOVERNING | MARK_AFFILIATED));
    CHECK(!stem(lx, "مطل", MARK_GOVERNING));
    /* المكلف with up to two letters more: المكلفة، المكلفين; not a longer word */
    CHECK(stem(lx, "المكلفة", MARK_GOVERNING));
    CHECK(stem(lx, "مكلفين", MARK_GOVERNING));
    CHECK(!stem(lx, "المكلفتين", MARK_GOVERNING));
}

static char dir[] = "/tmp/qawl-test-markers-XXXXXX";

static int load_with(const char *line, char *err, size_t errlen)
{
    char cmd[512];
    snprintf(cmd, sizeof cmd, "cp config/lexicons/*.tsv %s/", dir);
    if (system(cmd) != 0)
        return -2;
    char path[256];
    snprintf(path, sizeof path, "%s/markers.tsv", dir);
    FILE *f = fopen(path, "a");
    if (!f)
        return -2;
    fputs(line, f);
    fclose(f);
    struct lexicon lx;
    int rc = lexicon_load(&lx, dir, NULL, err, errlen);
    lexicon_release(&lx);
    return rc;
}

static void test_errors(void)
{
    char err[512] = "";
    CHECK(mkdtemp(dir) != NULL);
    CHECK_INT(load_with("شاهد\twatch_also\n", err, sizeof err), -1);
    CHECK(strstr(err, "markers.tsv:") != NULL && strstr(err, "unknown marker kind 'watch_also'") != NULL);
    CHECK_INT(load_with("اقرأ أيضا\tread_also\n", err, sizeof err), -1);
    CHECK(strstr(err, "a marker is one word") != NULL);
    CHECK_INT(load_with("التابع\taffiliated\t3\n", err, sizeof err), -1);
    CHECK(strstr(err, "ending must be") != NULL);
    CHECK_INT(load_with("التابع\taffiliated\t+5\n", err, sizeof err), -1);
    CHECK(strstr(err, "another ending") != NULL);
    CHECK_INT(load_with("شاهد\tread_also\n", err, sizeof err), 0);
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    CHECK_INT(system(cmd), 0);
}

/* Token k of d whose text is `word`, or -1. */
static int32_t token_of(const struct doc *d, const char *word)
{
    for (int32_t k = 0; k < d->n_tokens; k++)
        if (!strcmp(fx_text(d, d->tokens[k].span), word))
            return k;
    return -1;
}

static void test_tokens(void)
{
    const struct doc *d = fx_annotate("ويُذكر أن الوزير قال إن الاتفاق مهم، وتحدث بشرط عدم ذكر اسمه وعدم نشره. "
                                      "يُذكر أن المصدر أكد ذلك.");
    CHECK(d != NULL);
    if (!d)
        return;
    int32_t wy = token_of(d, "ويُذكر"), y = token_of(d, "يُذكر"), adam = token_of(d, "عدم"),
            wadam = token_of(d, "وعدم"), src = token_of(d, "المصدر");
    CHECK(wy >= 0 && y >= 0 && adam >= 0 && wadam >= 0 && src >= 0);
    if (wy < 0 || y < 0 || adam < 0 || wadam < 0 || src < 0)
        return;
    /* the word as written */
    CHECK(tok_marker(d, y, MARK_NARRATOR));
    CHECK(!tok_marker(d, y, MARK_CREDIT_LINE));
    CHECK(tok_marker(d, src, MARK_CREDIT_LINE));
    /* behind و, where narrator_aside read the word after the tagger's clitic */
    CHECK(!tok_marker(d, wy, MARK_NARRATOR));
    CHECK_INT(d->tokens[wy].lex_prefix, 1);
    CHECK(tok_marker_after(d, wy, d->tokens[wy].lex_prefix, MARK_NARRATOR));
    /* a word only markers.tsv lists is tagged as before: no entry, no kinds */
    CHECK(tok_marker(d, adam, MARK_NEGATION_NOUN));
    CHECK(d->tokens[adam].lex == NULL && tok_kinds(&d->tokens[adam]) == 0);
    CHECK(!tok_marker(d, wadam, MARK_NEGATION_NOUN));
    CHECK(tok_marker_after(d, wadam, 1, MARK_NEGATION_NOUN));
    /* and the narrator's aside is no quotation, with or without و; قال after it is */
    for (int32_t i = 0; i < d->n_quotes; i++) {
        int32_t c = d->quotes[i].cue_tok;
        CHECK(c != wy && c != y);
    }
    CHECK(d->n_quotes >= 1);
}

/* Every token of every test case: tok_marker and tok_marker_after against a lookup of the
 * word (or of the word less its clitic) as the memcmp tests compared it. */
static void compare_case(const struct doc *d, const char *name, const void *ctx)
{
    const struct lexicon *lx = ctx;
    CHECK(d != NULL);
    if (!d) {
        fprintf(stderr, "  %s not annotated\n", name);
        return;
    }
    int mismatches = 0;
    for (int32_t k = 0; k < d->n_tokens; k++) {
        const struct token *t = &d->tokens[k];
        struct clitic_variant vs[8];
        int nv = lexicon_clitic_variants(t->fold, t->fold_len, vs);
        for (int32_t skip = 0; skip <= 2; skip++) {
            /* the old tests compared fold + skip: a reading without "ال" put back */
            int reading = 0;
            for (int i = 0; i < nv; i++)
                reading |= vs[i].skip == skip && !vs[i].add_al;
            uint32_t want = 0;
            if (t->kind != TOK_PUNCT && t->fold_len <= 64 && reading) {
                struct ustr p = {t->fold + skip, t->fold_len - skip};
                const struct lex_entry *e = p.len > 0 ? lexicon_get(lx, &p, 1) : NULL;
                want = e ? e->markers : 0;
            }
            for (uint32_t bit = 1; bit <= MARK_NAME_TAIL; bit <<= 1) {
                int got = skip ? tok_marker_after(d, k, skip, bit) : tok_marker(d, k, bit);
                mismatches += got != !!(want & bit);
                if (!skip)
                    mismatches += tok_marker_after(d, k, 0, bit) != got;
            }
        }
    }
    CHECK_INT(mismatches, 0);
}

static void test_cases(void)
{
    CHECK(fx_each_case(compare_case, model_lexicon(fx_model)) > 10);
}

int main(void)
{
    fx_setup();
    test_entries();
    test_errors();
    test_tokens();
    test_cases();
    fx_teardown();
    return check_summary("test_markers");
}
