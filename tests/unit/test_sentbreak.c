/*
 * test_sentbreak.c — nlp/sentences.c's sentbreak against ICU's sentence iterator over
 * the whole text, boundary by boundary.
 *
 * sentbreak hands ICU the text with runs of Arabic letters and spaces cut to their first
 * and last letter; it may only ever give the boundaries ICU gives over the text itself.
 * Both iterators qawl opens are compared ("ar", and "en@ss=standard" with its English
 * abbreviations), over the test cases, the shared corpus when ../shared/corpus exists,
 * every string of up to four characters over one character of each sentence-break class,
 * and random strings of those characters and words. QAWL_TEST_SEED changes the random
 * strings.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>

#include "nlp/arena.h"
#include "nlp/sentences.h"
#include "nlp/text.h"
#include "tests/unit/check.h"
#include "tests/unit/u16_fixture.h"

static const char *const locales[] = {"ar", "en@ss=standard"};
static UBreakIterator *ref_bi[2], *fast_bi[2];
static long texts_compared, units_compared, units_to_icu;

/* 1 when sentbreak gives ICU's boundaries of the UTF-8 text s[0..n); else reports the
 * first difference. */
static int compare(const char *s, size_t n, const char *what)
{
    struct arena *a = arena_new(0);
    struct text t;
    struct text_error terr;
    int ok = a && text_init(&t, a, s, n, &terr) == TEXT_OK;
    CHECK(ok);
    for (int l = 0; ok && l < 2; l++) {
        UErrorCode st = U_ZERO_ERROR;
        ubrk_setText(ref_bi[l], t.u16, t.len, &st);
        struct sentbreak sb;
        CHECK(U_SUCCESS(st) && sentbreak_start(&sb, &t, a, fast_bi[l]) == 0);
        if (!U_SUCCESS(st))
            break;
        units_to_icu += sb.n;
        int32_t want = ubrk_first(ref_bi[l]), got = 0;
        while (want != UBRK_DONE) {
            want = ubrk_next(ref_bi[l]);
            got = sentbreak_next(&sb);
            if (got != want) {
                fprintf(stderr, "  %s (%s): ICU breaks at %d, sentbreak at %d\n", what, locales[l], want, got);
                ok = 0;
                break;
            }
        }
    }
    if (ok) {
        texts_compared++;
        units_compared += t.len;
    }
    arena_free(a);
    return ok;
}

static int compare_u16(const UChar *u, int32_t len, const char *what)
{
    UErrorCode st = U_ZERO_ERROR;
    int32_t n = 0;
    u_strToUTF8(NULL, 0, &n, u, len, &st);
    char *s = malloc((size_t)n + 1);
    st = U_ZERO_ERROR;
    if (s)
        u_strToUTF8(s, n + 1, &n, u, len, &st);
    int ok = s && U_SUCCESS(st) && compare(s, (size_t)n, what);
    free(s);
    return ok;
}

static char *read_file(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = size >= 0 ? malloc((size_t)size + 1) : NULL;
    *n = buf ? fread(buf, 1, (size_t)size, f) : 0;
    fclose(f);
    return buf;
}

/* Every `suffix` file of `dir`: its text, or the "text" field of a JSON file. The number
 * of texts compared, -1 when the folder cannot be opened. */
static int compare_folder(const char *dir, const char *suffix)
{
    DIR *d = opendir(dir);
    if (!d)
        return -1;
    int count = 0;
    for (struct dirent *de; (de = readdir(d)) != NULL;) {
        size_t len = strlen(de->d_name), sl = strlen(suffix);
        if (len <= sl || strcmp(de->d_name + len - sl, suffix) != 0)
            continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        size_t n = 0;
        char *text = read_file(path, &n);
        CHECK(text != NULL);
        if (!text)
            continue;
        if (strcmp(suffix, ".json") == 0) {
            json_error_t jerr;
            json_t *doc = json_loadb(text, n, 0, &jerr);
            const char *field = json_string_value(json_object_get(doc, "text"));
            CHECK(field != NULL);
            if (field)
                CHECK(compare(field, strlen(field), path));
            json_decref(doc);
        } else {
            CHECK(compare(text, n, path));
        }
        free(text);
        count++;
    }
    closedir(d);
    return count;
}

static void test_texts(void)
{
    long units = units_compared, to_icu = units_to_icu;
    CHECK(compare_folder("tests/cases", ".txt") > 50);
    /* Arabic news is mostly runs of letters: ICU sees a small part of it (both
     * iterators count, and the English test cases are not cut down). */
    long share = (units_to_icu - to_icu) * 100 / (2 * (units_compared - units) + 1);
    fprintf(stderr, "test_sentbreak: tests/cases: ICU was handed %ld%% of the units\n", share);
    CHECK(share < 50);
    if (compare_folder("../shared/corpus", ".txt") < 0) {
        fprintf(stderr, "test_sentbreak: no ../shared/corpus, its texts skipped\n");
    } else {
        CHECK(compare_folder("../shared/corpus/dev", ".json") > 0);
    }
    static const char *const small[] = {"", "\n", "\r\n\r\r\n\n", "ب", "ب.", " ب ", "قال.\n\nوأضاف"};
    for (size_t k = 0; k < sizeof small / sizeof small[0]; k++)
        CHECK(compare(small[k], strlen(small[k]), "a small text"));
}

/* What the cut relies on, over every BMP unit: a unit that may stand in a run is an
 * OLetter (a letter) or an Sp (a space), never anything the rules look for. */
static void test_run_classes(void)
{
    long bad = 0;
    for (uint32_t c = 0; c <= 0xFFFF; c++) {
        if (U16_IS_SURROGATE(c))
            continue;
        uint8_t cls = text_class_unit((UChar)c);
        int sb = u_getIntPropertyValue((UChar32)c, UCHAR_SENTENCE_BREAK);
        int wrong = ((cls & TEXT_ARABIC) && sb != U_SB_OLETTER) ||
                    ((cls & (TEXT_SPACE | TEXT_SENTENCE_END)) == TEXT_SPACE && sb != U_SB_SP);
        if (wrong && bad++ == 0)
            fprintf(stderr, "  U+%04X: class %02X, Sentence_Break %d\n", (unsigned)c, cls, sb);
    }
    CHECK_INT(bad, 0);
}

static void flush(struct u16_builder *b, const char *what)
{
    CHECK(compare_u16(b->u, b->len, what));
    b->len = 0;
}

/* One character of each sentence-break class (OLetter, Sp, ATerm, STerm, Lower, Upper,
 * Numeric, SContinue, Close, LF, Sep, Extend, Format, Other), each string followed by
 * a paragraph separator, after which a sentence always starts again (SB4). */
static void test_short_strings(void)
{
    static const UChar alphabet[] = {0x0628, ' ', '.', 0x061F, 'a', 'A', '1', 0x060C,
                                     0x00AB, '\n', 0x2029, 0x064E, 0x200F, '#'};
    u16_every_string(alphabet, (int)(sizeof alphabet / sizeof alphabet[0]), 4, 1 << 18, flush);
}

/* Random strings of Arabic words, spaces and the characters the rules look at, each
 * alone (the start and end of a text) and many in one text. */
static void test_random_strings(void)
{
    static const UChar chars[] = {0x0628, 0x0644, 0x0627, ' ',    ' ',    '.',    '.',    '!',    '?',
                                  0x061F, 0x06D4, 0x2024, 'a',    'M',    'r',    '1',    0x0663, ',',
                                  0x060C, ':',    '-',    0x00AB, 0x00BB, '"',    ')',    '(',    0x201D,
                                  '\n',   '\r',   0x2029, 0x0085, 0x00A0, '\t',   0x064E, 0x0640, 0x200C,
                                  0x200F, 0x0661, 0xD83D, 0x05D0, 0x3002, 0x2026};
    const uint32_t nc = sizeof chars / sizeof chars[0];
    struct test_rng r = test_rng_seeded();
    struct u16_builder one = {0}, many = {0};
    for (int n = 0; n < 20000; n++) {
        int len = 1 + (int)(test_rng_next(&r) % 40);
        for (int k = 0; k < len; k++) {
            UChar c = chars[test_rng_next(&r) % nc];
            if (c == 0xD83D) {
                u16_put(&one, c);
                c = 0xDE00; /* a character outside the BMP */
            }
            u16_put(&one, c);
        }
        char what[64];
        snprintf(what, sizeof what, "random string %d", n);
        CHECK(compare_u16(one.u, one.len, what));
        for (int32_t k = 0; k < one.len; k++)
            u16_put(&many, one.u[k]);
        one.len = 0;
        if (many.len > 1 << 15)
            flush(&many, "random strings, many at a time");
    }
    flush(&many, "random strings, many at a time");
    free(one.u);
    free(many.u);
}

int main(void)
{
    UErrorCode st = U_ZERO_ERROR;
    for (int l = 0; l < 2; l++) {
        ref_bi[l] = ubrk_open(UBRK_SENTENCE, locales[l], NULL, 0, &st);
        fast_bi[l] = ubrk_open(UBRK_SENTENCE, locales[l], NULL, 0, &st);
    }
    if (U_FAILURE(st)) {
        fprintf(stderr, "test_sentbreak: cannot open ICU's sentence iterators: %s\n", u_errorName(st));
        return 2;
    }
    test_run_classes();
    test_texts();
    test_short_strings();
    test_random_strings();
    fprintf(stderr, "test_sentbreak: %ld texts, %ld units compared with ICU\n", texts_compared, units_compared);
    for (int l = 0; l < 2; l++) {
        ubrk_close(ref_bi[l]);
        ubrk_close(fast_bi[l]);
    }
    return check_summary("test_sentbreak");
}
