/*
 * test_wordbreak.c — nlp/wordbreak.c against ICU's word iterator, boundary by boundary.
 *
 * The fast path may only ever give ICU's answer: every boundary and the class of every
 * segment's rule status (none, number, word) are compared with a UBRK_WORD iterator
 * (locale "ar") run over the same whole text, for the test cases, the shared corpus when
 * ../shared/corpus exists, every BMP character between a dozen kinds of neighbour, every
 * short string over one character of each class, and random strings drawn from an
 * alphabet of the characters the word rules treat specially. QAWL_TEST_SEED changes the
 * random strings.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>

#include "nlp/wordbreak.h"
#include "tests/unit/check.h"
#include "tests/unit/u16_fixture.h"

static UBreakIterator *ref_bi, *wb_bi;
static long texts_compared, units_compared, units_to_icu;

static enum wb_kind kind_of(int32_t status)
{
    return status < UBRK_WORD_NONE_LIMIT ? WB_NONE : status < UBRK_WORD_NUMBER_LIMIT ? WB_NUMBER : WB_WORD;
}

static void print_units(const UChar *u, int32_t len, int32_t at)
{
    int32_t from = at > 8 ? at - 8 : 0, to = at + 8 < len ? at + 8 : len;
    fprintf(stderr, "    units %d..%d:", from, to);
    for (int32_t i = from; i < to; i++)
        fprintf(stderr, "%s%04X", i == at ? " |" : " ", u[i]);
    fprintf(stderr, "\n");
}

/* 1 when wordbreak gives ICU's segments of u[0..len); else reports the first difference. */
static int compare(const UChar *u, int32_t len, const char *what)
{
    UErrorCode st = U_ZERO_ERROR;
    ubrk_setText(ref_bi, u, len, &st);
    struct wordbreak wb;
    CHECK(U_SUCCESS(st) && wordbreak_start(&wb, u, len, wb_bi) == 0);
    texts_compared++;
    units_compared += len;
    /* Segments asked for one, a few and many at a time. */
    static const int caps[] = {1, 3, 64};
    int cap = caps[texts_compared % 3];
    struct wb_segment segs[64], seg = {0, 0, WB_NONE};
    int have = 0, used = 0;
    int32_t start = ubrk_first(ref_bi);
    for (int32_t end = ubrk_next(ref_bi);; start = end, end = ubrk_next(ref_bi)) {
        if (used == have && have >= 0) {
            have = wordbreak_next(&wb, segs, cap);
            used = 0;
            if (have < -1 || have > cap) {
                fprintf(stderr, "%s: wordbreak_next returned %d for room for %d\n", what, have, cap);
                return 0;
            }
        }
        int r = have < 0 ? -1 : used < have;
        if (r == 1)
            seg = segs[used++];
        if (end == UBRK_DONE) {
            if (r == 0)
                break;
            fprintf(stderr, "%s: ICU ends at %d, wordbreak goes on to [%d, %d)\n", what, start, seg.start, seg.end);
            print_units(u, len, start);
            return 0;
        }
        enum wb_kind kind = kind_of(ubrk_getRuleStatus(ref_bi));
        if (r != 1 || seg.start != start || seg.end != end || seg.kind != kind) {
            fprintf(stderr, "%s: ICU has [%d, %d) kind %d, wordbreak %s [%d, %d) kind %d\n", what, start, end, kind,
                    r == 1 ? "has" : r == 0 ? "ended," : "failed,", seg.start, seg.end, seg.kind);
            print_units(u, len, start);
            return 0;
        }
    }
    units_to_icu += wb.icu_units;
    return 1;
}

/* The UTF-16 form of a UTF-8 string (the caller frees it), or NULL. */
static UChar *to_u16(const char *s, int32_t *len)
{
    UErrorCode st = U_ZERO_ERROR;
    u_strFromUTF8(NULL, 0, len, s, -1, &st);
    UChar *u = malloc((size_t)(*len + 1) * sizeof *u);
    st = U_ZERO_ERROR;
    if (u)
        u_strFromUTF8(u, *len + 1, len, s, -1, &st);
    if (u && U_FAILURE(st)) {
        free(u);
        u = NULL;
    }
    return u;
}

static void compare_utf8(const char *s, const char *what)
{
    int32_t len;
    UChar *u = to_u16(s, &len);
    CHECK(u != NULL);
    if (u)
        CHECK(compare(u, len, what));
    free(u);
}

static char *read_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = n >= 0 ? malloc((size_t)n + 1) : NULL;
    size_t got = buf ? fread(buf, 1, (size_t)n, f) : 0;
    fclose(f);
    if (buf)
        buf[got] = 0;
    return buf;
}

/* Every `suffix` file of `dir`: its text, or the "text" field of a JSON file. The number
 * of texts compared, -1 when the folder cannot be opened. */
static int compare_folder(const char *dir, const char *suffix)
{
    DIR *d = opendir(dir);
    if (!d)
        return -1;
    int n = 0;
    for (struct dirent *de; (de = readdir(d)) != NULL;) {
        size_t len = strlen(de->d_name), sl = strlen(suffix);
        if (len <= sl || strcmp(de->d_name + len - sl, suffix) != 0)
            continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        char *text = read_file(path);
        CHECK(text != NULL);
        if (!text)
            continue;
        if (strcmp(suffix, ".json") == 0) {
            json_error_t jerr;
            json_t *doc = json_loads(text, 0, &jerr);
            const char *field = json_string_value(json_object_get(doc, "text"));
            CHECK(field != NULL);
            if (field)
                compare_utf8(field, path);
            json_decref(doc);
        } else {
            compare_utf8(text, path);
        }
        free(text);
        n++;
    }
    closedir(d);
    return n;
}

static void test_texts(void)
{
    long before = units_to_icu, units = units_compared;
    CHECK(compare_folder("tests/cases", ".txt") > 50);
    long icu_share = (units_to_icu - before) * 100 / (units_compared - units + 1);
    fprintf(stderr, "test_wordbreak: tests/cases: %ld%% of the units went to ICU\n", icu_share);
    if (compare_folder("../shared/corpus", ".txt") < 0) {
        fprintf(stderr, "test_wordbreak: no ../shared/corpus, its texts skipped\n");
        return;
    }
    CHECK(compare_folder("../shared/corpus/dev", ".json") > 0);
    /* The seed is news as the service sees it: the fast path must take it (a fallback
     * there would be correct, but would mean the table misses a common character). */
    char *seed = read_file("../shared/corpus/seed-aljazeera-putin-pyongyang.txt");
    if (seed) {
        before = units_to_icu;
        compare_utf8(seed, "seed");
#ifndef QAWL_WORDBREAK_ICU_ONLY
        if (wordbreak_fast_path_usable())
            CHECK_INT(units_to_icu - before, 0);
#endif
        free(seed);
    }
    compare_utf8("", "empty");
    compare_utf8("\n", "newline");
    compare_utf8("\r\n\r\r\n\n", "line breaks");
}

static void flush(struct u16_builder *b, const char *what)
{
    CHECK(compare(b->u, b->len, what));
    b->len = 0;
}

/* Neighbours: one of each word-break class, and characters that need ICU. */
static const UChar neighbours[] = {'a',    0x0627, '1',    0x0663, 0x064E, 0x200D, '.',    '\'',   0x060C,
                                   ':',    0x00B7, '_',    ' ',    0x00A0, '"',    '\r',   0x2029, 0x05D0};

/* 1 for a unit of the blocks the fast path's table covers (scripts/gen-wordbreak-table.c). */
static int in_table_block(uint32_t c)
{
    uint32_t hi = c >> 8;
    return hi <= 0x07 || hi == 0x20 || hi == 0x30 || (hi >= 0xFB && hi <= 0xFE);
}

/* Every BMP unit, surrogates included: alone, after, before and between two neighbours,
 * and doubled between them; the units outside the table (a line with one goes to ICU
 * whole) between fewer kinds of neighbour. */
static void test_every_character(void)
{
    struct u16_builder b = {0};
    const size_t nn = sizeof neighbours / sizeof neighbours[0];
    for (int table = 1; table >= 0; table--) {
        size_t n = table ? nn : 4; /* a 1 . ' */
        for (size_t i = 0; i <= n; i++) {
            for (size_t j = 0; j <= n; j++) {
                for (uint32_t c = 0; c <= 0xFFFF; c++) {
                    if (in_table_block(c) != table)
                        continue;
                    UChar left = neighbours[i < n ? i : 0], right = neighbours[j < n ? j : 0];
                    if (i < n)
                        u16_put(&b, left);
                    u16_put(&b, (UChar)c);
                    if (j < n && ((c + i) & 3) == 0)
                        u16_put(&b, (UChar)c); /* doubled, for a quarter of them */
                    if (j < n)
                        u16_put(&b, right);
                    u16_put(&b, '\n');
                }
                char what[64];
                snprintf(what, sizeof what, "every character between neighbours %zu and %zu", i, j);
                flush(&b, what);
            }
        }
    }
    free(b.u);
}

/* Every string of up to five characters over one character of each class the fast path
 * knows. */
static void test_short_strings(void)
{
    static const UChar alphabet[] = {'a', '1', 0x064E, '.', ':', 0x00B7, ';', '_', ' ', '#', '\r', '\n'};
    u16_every_string(alphabet, (int)(sizeof alphabet / sizeof alphabet[0]), 5, 1 << 20, flush);
}

/* Random strings over the characters the rules treat specially, each compared alone
 * (the start and end of a text) and many at a time (lines of one text). */
static void test_random_strings(void)
{
    static const UChar nasty[] = {
        /* Arabic letters, harakat, superscript alef, tatweel, ZWNJ, ZWJ, bidi marks */
        0x0627, 0x0628, 0x0644, 0x0647, 0x0629, 0x064A, 0x064E, 0x0651, 0x0652, 0x0670, 0x0640, 0x200C, 0x200D,
        0x200E, 0x200F, 0x061C, 0x0600, 0xFEFF, 0x00AD,
        /* Latin letters, digits of three kinds, '@' */
        'a', 'Z', 0x00E9, 's', '1', '0', 0x0661, 0x0669, 0x06F4, '@',
        /* . , ' ’ ‘ : ; and their Arabic kin, ExtendNumLet */
        '.', ',', '\'', 0x2019, 0x2018, ':', ';', 0x060C, 0x061B, 0x066B, 0x066C, 0x00B7, 0x2024, '_', 0x202F,
        0x203F,
        /* spaces of several kinds, line breaks */
        ' ', ' ', 0x00A0, 0x2009, 0x3000, 0x2007, '\t', '\n', '\r', 0x2028, 0x2029, 0x0085, 0x000B,
        /* quotation marks and other punctuation */
        '"', 0x00AB, 0x00BB, 0x201C, 0x201D, '-', 0x2014, '(', ')', '!', '?', 0x061F, 0x06D4, '%', 0x2026,
        /* Hebrew (letters, geresh, gershayim), CJK, kana, Thai, emoji, regional indicators */
        0x05D0, 0x05E9, 0x05F3, 0x05F4, 0x4E2D, 0x3042, 0x30A2, 0x30FC, 0x0E01, 0x0E32, 0x0E48, 0x00A9, 0x2764,
        0xFE0F,
        /* surrogates: halves of 😀 (U+1F600) and of a regional indicator, alone or paired */
        0xD83D, 0xDE00, 0xD83C, 0xDDE6,
    };
    const size_t nn = sizeof nasty / sizeof nasty[0];
    struct test_rng r = test_rng_seeded();
    struct u16_builder one = {0}, many = {0};
    long before = units_to_icu, units = units_compared;
    for (int n = 0; n < 20000; n++) {
        int len = 1 + (int)(test_rng_next(&r) % 40);
        /* Most strings are drawn from the first two thirds of the alphabet, so that
         * many lines stay on the fast path. */
        size_t range = n % 3 ? nn - 19 : nn;
        for (int k = 0; k < len; k++) {
            UChar c = nasty[test_rng_next(&r) % range];
            if (c == 0xD83D && test_rng_next(&r) % 2) {
                u16_put(&one, c);
                c = 0xDE00;
            }
            u16_put(&one, c);
        }
        char what[64];
        snprintf(what, sizeof what, "random string %d", n);
        CHECK(compare(one.u, one.len, what));
        for (int32_t k = 0; k < one.len; k++)
            u16_put(&many, one.u[k]);
        u16_put(&many, '\n');
        one.len = 0;
        if (many.len > 1 << 16)
            flush(&many, "random strings, many at a time");
    }
    flush(&many, "random strings, many at a time");
    long share = (units_to_icu - before) * 100 / (units_compared - units + 1);
    fprintf(stderr, "test_wordbreak: random strings: %ld%% of the units went to ICU\n", share);
#ifndef QAWL_WORDBREAK_ICU_ONLY
    if (wordbreak_fast_path_usable())
        CHECK(share > 5 && share < 95); /* both paths were taken */
    else
        fprintf(stderr, "test_wordbreak: the table is not of this ICU's Unicode version: ICU only\n");
#endif
    free(one.u);
    free(many.u);
}

int main(void)
{
    UErrorCode st = U_ZERO_ERROR;
    ref_bi = ubrk_open(UBRK_WORD, "ar", NULL, 0, &st);
    wb_bi = ubrk_open(UBRK_WORD, "ar", NULL, 0, &st);
    if (U_FAILURE(st)) {
        fprintf(stderr, "test_wordbreak: cannot open ICU's word iterator: %s\n", u_errorName(st));
        return 2;
    }
    test_texts();
    test_every_character();
    test_short_strings();
    test_random_strings();
    fprintf(stderr, "test_wordbreak: %ld texts, %ld units compared with ICU\n", texts_compared, units_compared);
    ubrk_close(ref_bi);
    ubrk_close(wb_bi);
    return check_summary("test_wordbreak");
}
