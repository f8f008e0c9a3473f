/*
 * test_text.c — the text layer: UTF-8 validation with the byte and reason, offsets in
 * the three units (including characters outside the BMP), the matching fold that never
 * moves an offset, and the class bits; text_init's in-line decoding checked against the
 * plain decoder (text_validate_utf8), ICU and the rules as first written.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>

#include "nlp/arena.h"
#include "nlp/text.h"
#include "tests/unit/check.h"

static void check_invalid(const char *bytes, size_t len, size_t at, const char *reason)
{
    struct text_error err = {0, NULL};
    CHECK_INT(text_validate_utf8(bytes, len, &err), -1);
    CHECK_INT(err.byte_offset, at);
    CHECK_STR(err.reason, reason);
    struct arena *a = arena_new(0);
    struct text t;
    struct text_error err2 = {0, NULL};
    CHECK_INT(text_init(&t, a, bytes, len, &err2), TEXT_INVALID_UTF8);
    CHECK_INT(err2.byte_offset, at);
    CHECK_STR(err2.reason, reason);
    arena_free(a);
}

/* Valid input: text_init gives ICU's UTF-16 and the UTF-8 offset of every unit. */
static void check_valid(const char *bytes, size_t len, int32_t units)
{
    struct text_error err = {0, NULL};
    CHECK_INT(text_validate_utf8(bytes, len, &err), 0);
    struct arena *a = arena_new(0);
    struct text t;
    CHECK_INT(text_init(&t, a, bytes, len, &err), TEXT_OK);
    CHECK_INT(t.len, units);
    UChar want[16];
    int32_t n = 0;
    UErrorCode st = U_ZERO_ERROR;
    u_strFromUTF8(want, 16, &n, bytes, (int32_t)len, &st);
    CHECK(U_SUCCESS(st));
    CHECK_INT(n, units);
    for (int32_t i = 0; i < n && i < t.len; i++)
        CHECK_INT(t.u16[i], want[i]);
    CHECK_INT(text_offset(&t, t.len, OFFSET_UTF8), len);
    arena_free(a);
}

/* The edges of the in-line paths: ASCII, the Arabic block (leads 0xD8-0xDB), other two-
 * and three-byte characters, and what falls through to the full decoder. Each invalid
 * case gives the same byte and reason as the plain decoder. */
static void test_fast_path_edges(void)
{
    check_valid("\x7F", 1, 1);
    check_valid("\xC2\x80", 2, 1);             /* U+0080, smallest two-byte */
    check_valid("\xD7\xBF", 2, 1);             /* U+05FF, just below the Arabic block */
    check_valid("\xD8\x80", 2, 1);             /* U+0600 */
    check_valid("\xDB\xBF", 2, 1);             /* U+06FF */
    check_valid("\xDC\x80", 2, 1);             /* U+0700, just above */
    check_valid("\xDF\xBF", 2, 1);             /* U+07FF, largest two-byte */
    check_valid("\xE0\xA0\x80", 3, 1);         /* U+0800, smallest three-byte */
    check_valid("\xED\x9F\xBF", 3, 1);         /* U+D7FF, below the surrogates */
    check_valid("\xEE\x80\x80", 3, 1);         /* U+E000, above them */
    check_valid("\xEF\xBF\xBF", 3, 1);         /* U+FFFF */
    check_valid("\xF0\x90\x80\x80", 4, 2);     /* U+10000 */
    check_valid("\xF4\x8F\xBF\xBF", 4, 2);     /* U+10FFFF */
    check_valid("a\xD8\xA7", 3, 2);            /* Arabic as the last character */
    check_valid("\xD8\xA7" "a", 3, 2);         /* ASCII as the last byte */

    check_invalid("\xC0\x80", 2, 0, "overlong encoding");
    check_invalid("a\xC1\xBF", 3, 1, "overlong encoding");
    check_invalid("\xE0\x9F\xBF", 3, 0, "overlong encoding");
    check_invalid("\xF0\x8F\xBF\xBF", 4, 0, "overlong encoding");
    check_invalid("\xED\xA0\x80", 3, 0, "UTF-16 surrogate code point");
    check_invalid("\xED\xBF\xBF", 3, 0, "UTF-16 surrogate code point");
    check_invalid("\xF4\x90\x80\x80", 4, 0, "code point above U+10FFFF");
    check_invalid("\xF7\xBF\xBF\xBF", 4, 0, "code point above U+10FFFF");
    check_invalid("\xD8\xA7\xD8", 3, 2, "truncated multi-byte sequence");  /* lead as the last byte */
    check_invalid("\xDB", 1, 0, "truncated multi-byte sequence");
    check_invalid("\xD8" "a", 2, 0, "truncated multi-byte sequence");      /* lead, then ASCII */
    check_invalid("\xD8\xD8\xA7", 3, 0, "truncated multi-byte sequence");  /* lead, then a lead */
    check_invalid("\xD8\xC0", 2, 0, "truncated multi-byte sequence");
    check_invalid("\xDF", 1, 0, "truncated multi-byte sequence");
    check_invalid("\xE2\x80", 2, 0, "truncated multi-byte sequence");
    check_invalid("\xE2\x80" "a", 3, 0, "truncated multi-byte sequence");
    check_invalid("\xE2" "a\x80", 3, 0, "truncated multi-byte sequence");
    check_invalid("\xF0\x9F\x98", 3, 0, "truncated multi-byte sequence");
    check_invalid("\xF0\x9F\x98" "a", 4, 0, "truncated multi-byte sequence");
    check_invalid("\xD8\xA7\x80", 3, 2, "unexpected continuation byte");
    check_invalid("ab\xBF", 3, 2, "unexpected continuation byte");       /* at the last byte */
    check_invalid("\xD8\xA7\xF8", 3, 2, "byte 0xF8-0xFF never appears in UTF-8");
    check_invalid("\xFF\xD8\xA7", 3, 0, "byte 0xF8-0xFF never appears in UTF-8");
}

/* Deterministic byte soup from the bytes that matter at the edges of the in-line paths:
 * text_init must agree with text_validate_utf8 on the verdict, the byte and the reason,
 * and with ICU on the units of what is valid. */
static void test_fast_path_random(void)
{
    static const unsigned char pool[] = {
        0x00, 'a', '.', 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xA7, 0xBF, 0xC0, 0xC1, 0xC2,
        0xD7, 0xD8, 0xD9, 0xDA, 0xDB, 0xDC, 0xDF, 0xE0, 0xE1, 0xE2, 0xEC, 0xED, 0xEE, 0xEF,
        0xF0, 0xF3, 0xF4, 0xF5, 0xF7, 0xF8, 0xFF,
    };
    uint32_t x = 2463534242u; /* xorshift32 */
    long disagree = 0, valid = 0;
    struct arena *a = arena_new(0);
    for (int round = 0; round < 200000; round++) {
        unsigned char buf[12];
        x ^= x << 13, x ^= x >> 17, x ^= x << 5;
        size_t len = 1 + x % sizeof buf;
        for (size_t k = 0; k < len; k++) {
            x ^= x << 13, x ^= x >> 17, x ^= x << 5;
            buf[k] = pool[x % sizeof pool];
        }
        struct text_error e1 = {0, NULL}, e2 = {0, NULL};
        int v = text_validate_utf8((const char *)buf, len, &e1);
        struct text t;
        int r = text_init(&t, a, (const char *)buf, len, &e2);
        if (v != 0) {
            disagree += r != TEXT_INVALID_UTF8 || e1.byte_offset != e2.byte_offset || e1.reason != e2.reason;
            continue;
        }
        valid++;
        UChar want[16];
        int32_t n = 0;
        UErrorCode st = U_ZERO_ERROR;
        u_strFromUTF8(want, 16, &n, (const char *)buf, (int32_t)len, &st);
        disagree += r != TEXT_OK || U_FAILURE(st) || n != t.len ||
                    memcmp(want, t.u16, (size_t)n * sizeof(UChar)) != 0 || t.u16[t.len] != 0;
    }
    arena_free(a);
    CHECK_INT(disagree, 0);
    CHECK(valid > 1000); /* the soup is not all invalid */
}

static void test_validation(void)
{
    check_invalid("ab\xC0\xAF", 4, 2, "overlong encoding");
    check_invalid("\xE0\x80\xAF", 3, 0, "overlong encoding");
    check_invalid("x\xED\xA0\x80", 4, 1, "UTF-16 surrogate code point");
    check_invalid("xy\xF4\x90\x80\x80", 6, 2, "code point above U+10FFFF");
    check_invalid("\xD9", 1, 0, "truncated multi-byte sequence");
    check_invalid("a\xE2\x82", 3, 1, "truncated multi-byte sequence");
    check_invalid("\x80", 1, 0, "unexpected continuation byte");
    check_invalid("ok\xFF", 3, 2, "byte 0xF8-0xFF never appears in UTF-8");
    struct text_error err;
    const char *ok = "\xD9\x82\xD8\xA7\xD9\x84 \xF0\x9F\x98\x80 \0x";
    CHECK_INT(text_validate_utf8(ok, 14, &err), 0);
}

static void test_offsets(void)
{
    /* "قال 😀 𝐀b": Arabic (2 bytes each), an emoji and a math letter (4 bytes, 2 units) */
    const char *s = "\xD9\x82\xD8\xA7\xD9\x84 \xF0\x9F\x98\x80 \xF0\x9D\x90\x80" "b";
    struct arena *a = arena_new(0);
    struct text t;
    struct text_error err;
    CHECK_INT(text_init(&t, a, s, strlen(s), &err), TEXT_OK);
    CHECK_INT(t.len, 10);        /* 3 + 1 + 2 + 1 + 2 + 1 UTF-16 units */
    CHECK_INT(t.n_codepoints, 8);
    /* the 'b' */
    CHECK_INT(text_offset(&t, 9, OFFSET_UTF16), 9);
    CHECK_INT(text_offset(&t, 9, OFFSET_CODEPOINT), 7);
    CHECK_INT(text_offset(&t, 9, OFFSET_UTF8), 16);
    CHECK_INT(text_offset(&t, t.len, OFFSET_UTF8), (long long)strlen(s));
    CHECK_INT(text_offset(&t, t.len, OFFSET_CODEPOINT), 8);
    /* the emoji starts at unit 4, code point 4, byte 7 */
    CHECK_INT(text_offset(&t, 4, OFFSET_CODEPOINT), 4);
    CHECK_INT(text_offset(&t, 4, OFFSET_UTF8), 7);
    CHECK_INT(text_offset(&t, 5, OFFSET_CODEPOINT), 4); /* inside the pair: its start */
    CHECK_INT(text_offset(&t, 5, OFFSET_UTF8), 7);
    /* without characters beyond the BMP there is no table: the index is the unit */
    const char *bmp = "\xD9\x82\xD8\xA7\xD9\x84 \xE2\x80\x9Cok\xE2\x80\x9D";
    CHECK_INT(text_init(&t, a, bmp, strlen(bmp), &err), TEXT_OK);
    CHECK(t.cp_at == NULL);
    CHECK_INT(t.n_codepoints, t.len);
    CHECK_INT(text_offset(&t, 5, OFFSET_CODEPOINT), 5);
    CHECK_INT(text_offset(&t, 5, OFFSET_UTF8), 10);
    CHECK_INT(text_offset(&t, t.len, OFFSET_CODEPOINT), 8);
    arena_free(a);
    enum offset_unit u;
    CHECK_INT(offset_unit_parse("utf16", &u), 0);
    CHECK_INT(u, OFFSET_UTF16);
    CHECK_INT(offset_unit_parse("bytes", &u), -1);
    CHECK_STR(offset_unit_name(OFFSET_CODEPOINT), "codepoint");
}

static void test_fold(void)
{
    /* alef forms, alef maqsura, ta marbuta, hamza seats, tatweel and harakat */
    CHECK_INT(text_fold_unit(0x0623), 0x0627);
    CHECK_INT(text_fold_unit(0x0625), 0x0627);
    CHECK_INT(text_fold_unit(0x0622), 0x0627);
    CHECK_INT(text_fold_unit(0x0649), 0x064A);
    CHECK_INT(text_fold_unit(0x0629), 0x0647);
    CHECK_INT(text_fold_unit(0x0624), 0x0648);
    CHECK_INT(text_fold_unit(0x0626), 0x064A);
    CHECK_INT(text_fold_unit(0x0640), 0);
    CHECK_INT(text_fold_unit(0x064E), 0);
    CHECK_INT(text_fold_unit(0x200F), 0);
    CHECK_INT(text_fold_unit(0xFEFF), 0);
    CHECK_INT(text_fold_unit('Q'), 'q');
    CHECK_INT(text_fold_unit(0x0663), '3');
    /* folding keeps one unit per unit: the folded array lines up with the text */
    const char *s = "\xD8\xA3\xD9\x8E\xD9\x83\xD9\x91\xD9\x8E\xD8\xAF\xD9\x8E"; /* أَكَّدَ */
    struct arena *a = arena_new(0);
    struct text t;
    struct text_error err;
    CHECK_INT(text_init(&t, a, s, strlen(s), &err), TEXT_OK);
    CHECK_INT(t.len, 7);
    UChar out[8];
    CHECK_INT(text_fold_string(t.u16, t.len, out), 3);
    CHECK_INT(out[0], 0x0627);
    CHECK_INT(out[1], 0x0643);
    CHECK_INT(out[2], 0x062F);
    arena_free(a);
}

/* The rules as first written, one branch per rule, before text.c turned them into
 * tables: text_init and the public functions must still agree with them. */
static UChar ref_fold(UChar c)
{
    if (c < 0x80) {
        if (c >= 'A' && c <= 'Z')
            return (UChar)(c + 32);
        if (c == '{' || c == '}')
            return c == '{' ? 0x00AB : 0x00BB; /* braces around names, as guillemets */
        return c;
    }
    if (c >= 0x0600 && c <= 0x06FF) {
        if ((c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x0610 && c <= 0x061A) ||
            (c >= 0x06D6 && c <= 0x06DC) || (c >= 0x06DF && c <= 0x06E8) ||
            (c >= 0x06EA && c <= 0x06ED) || c == 0x0640)
            return 0;
        switch (c) {
        case 0x0622: case 0x0623: case 0x0625: case 0x0671: case 0x0672: case 0x0673:
            return 0x0627;
        case 0x0649: case 0x06CC: case 0x0626:
            return 0x064A;
        case 0x0624: return 0x0648;
        case 0x0629: return 0x0647;
        case 0x06A9: return 0x0643;
        case 0x06C1: return 0x0647;
        default: break;
        }
        if (c >= 0x0660 && c <= 0x0669)
            return (UChar)('0' + (c - 0x0660));
        if (c >= 0x06F0 && c <= 0x06F9)
            return (UChar)('0' + (c - 0x06F0));
        return c;
    }
    if ((c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
        (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF ||
        c == 0x00AD)
        return 0;
    if (c == 0x2019 || c == 0x2018)
        return '\'';
    if (c >= 0xD800 && c <= 0xDFFF)
        return c;
    return (UChar)u_tolower(c);
}

static int ref_arabic_letter(UChar c)
{
    return (c >= 0x0621 && c <= 0x064A) || (c >= 0x0671 && c <= 0x06D3) || c == 0x06D5 ||
           (c >= 0x06FA && c <= 0x06FC) || c == 0x0640;
}

static int ref_space(UChar c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x00A0 || c == 0x2028 ||
           c == 0x2029 || c == 0x3000 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F ||
           c == 0x205F || c == 0x0B || c == 0x0C || c == 0x85;
}

/* ICU's own property: the reference for TEXT_SENTENCE_END. */
static int ref_sentence_end(UChar c)
{
    int sb = u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK);
    return sb == U_SB_STERM || sb == U_SB_ATERM || sb == U_SB_SEP || sb == U_SB_CR || sb == U_SB_LF;
}

static uint8_t ref_class(UChar c)
{
    int latin = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    return (uint8_t)((ref_arabic_letter(c) ? TEXT_ARABIC : 0) | (latin ? TEXT_LATIN : 0) |
                     (c >= 'A' && c <= 'Z' ? TEXT_UPPER : 0) |
                     (ref_space(c) ? TEXT_SPACE : 0) |
                     (ref_space(c) || ref_fold(c) == 0 ? TEXT_INVISIBLE : 0) |
                     (c == '.' || c == '!' || c == '?' || c == 0x061F || c == 0x06D4 ? TEXT_STOP : 0) |
                     (c == '\n' || c == '\r' || c == 0x2029 ? TEXT_LINE_BREAK : 0) |
                     (ref_sentence_end(c) ? TEXT_SENTENCE_END : 0));
}

/* Every UTF-16 unit through the public functions. */
static void test_units_against_rules(void)
{
    long bad = 0;
    for (uint32_t c = 0; c <= 0xFFFF; c++) {
        UChar u = (UChar)c;
        int wrong = text_fold_unit(u) != ref_fold(u) || text_is_arabic_letter(u) != ref_arabic_letter(u) ||
                    text_is_space(u) != ref_space(u) ||
                    (!U16_IS_SURROGATE(u) && text_class_unit(u) != ref_class(u));
        if (wrong && bad++ == 0)
            fprintf(stderr, "first disagreement at U+%04X\n", (unsigned)c);
    }
    CHECK_INT(bad, 0);
}

static size_t put_utf8(unsigned char *p, uint32_t c)
{
    if (c < 0x80) {
        p[0] = (unsigned char)c;
        return 1;
    }
    if (c < 0x800) {
        p[0] = (unsigned char)(0xC0 | c >> 6);
        p[1] = (unsigned char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        p[0] = (unsigned char)(0xE0 | c >> 12);
        p[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
        p[2] = (unsigned char)(0x80 | (c & 0x3F));
        return 3;
    }
    p[0] = (unsigned char)(0xF0 | c >> 18);
    p[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
    p[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
    p[3] = (unsigned char)(0x80 | (c & 0x3F));
    return 4;
}

/* Every scalar value of the BMP and one in 7 beyond it, in one text: the units, the
 * fold, the class and the offsets in all three units, whichever path decoded it. */
static void test_all_characters(void)
{
    size_t cap = 0x110000 * 4;
    unsigned char *buf = malloc(cap);
    CHECK(buf != NULL);
    if (!buf)
        return;
    size_t len = 0;
    for (uint32_t c = 0; c <= 0x10FFFF; c += c < 0x10000 ? 1 : 7)
        if (c < 0xD800 || c > 0xDFFF)
            len += put_utf8(buf + len, c);
    struct arena *a = arena_new(0);
    struct text t;
    struct text_error err;
    CHECK_INT(text_init(&t, a, (const char *)buf, len, &err), TEXT_OK);
    long bad = 0;
    int32_t i = 0, cpi = 0;
    size_t at = 0;
    for (uint32_t c = 0; c <= 0x10FFFF && i < t.len; c += c < 0x10000 ? 1 : 7) {
        if (c >= 0xD800 && c <= 0xDFFF)
            continue;
        unsigned char tmp[4];
        size_t n = put_utf8(tmp, c);
        int wrong;
        if (c < 0x10000) {
            wrong = t.u16[i] != c || t.fold[i] != ref_fold((UChar)c) || t.cls[i] != ref_class((UChar)c) ||
                    text_offset(&t, i, OFFSET_UTF8) != (int32_t)at || text_offset(&t, i, OFFSET_CODEPOINT) != cpi;
            i += 1;
        } else {
            UChar hi = U16_LEAD(c), lo = U16_TRAIL(c);
            wrong = i + 1 >= t.len || t.u16[i] != hi || t.u16[i + 1] != lo || t.fold[i] != hi ||
                    t.fold[i + 1] != lo || t.cls[i] != 0 || t.cls[i + 1] != 0 ||
                    text_offset(&t, i, OFFSET_UTF8) != (int32_t)at || text_offset(&t, i + 1, OFFSET_UTF8) != (int32_t)at ||
                    text_offset(&t, i, OFFSET_CODEPOINT) != cpi || text_offset(&t, i + 1, OFFSET_CODEPOINT) != cpi;
            i += 2;
        }
        if (wrong && bad++ == 0)
            fprintf(stderr, "first disagreement at U+%04X\n", (unsigned)c);
        at += n;
        cpi++;
    }
    CHECK_INT(bad, 0);
    CHECK_INT(i, t.len);
    CHECK_INT(t.n_codepoints, cpi);
    CHECK_INT(text_offset(&t, t.len, OFFSET_UTF8), len);
    CHECK_INT(text_offset(&t, t.len, OFFSET_CODEPOINT), cpi);
    CHECK_INT(t.cls[t.len], TEXT_INVISIBLE);
    arena_free(a);
    free(buf);
}

static void test_arena_limit(void)
{
    struct arena *a = arena_new(64 * 1024);
    CHECK(arena_alloc(a, 1000) != NULL);
    CHECK(!arena_failed(a));
    CHECK(arena_alloc(a, 100 * 1024) == NULL);
    CHECK(arena_failed(a));
    CHECK(arena_array(a, (size_t)-1 / 2, 4) == NULL);
    char *p = arena_strndup(a, "abcdef", 3);
    CHECK_STR(p, "abc");
    arena_free(a);
    arena_free(NULL);
    /* the uninitialised variant obeys the same limit and overflow checks */
    a = arena_new(64 * 1024);
    CHECK(arena_array_uninit(a, 250, 4) != NULL);
    CHECK(!arena_failed(a));
    CHECK(arena_array_uninit(a, (size_t)-1 / 2, 4) == NULL);
    CHECK(arena_failed(a));
    arena_free(a);
    a = arena_new(64 * 1024);
    CHECK(arena_array_uninit(a, 100 * 1024, 1) == NULL);
    CHECK(arena_failed(a));
    arena_free(a);
}

/* arena_grow keeps the items and hands out a zeroed tail, as when it cleared it all. */
static void test_arena_grow(void)
{
    struct arena *a = arena_new(0);
    int32_t *v = NULL, cap = 0;
    for (int32_t n = 0; n < 1000; n++) {
        v = arena_grow(a, v, n, &cap, sizeof *v, 4);
        CHECK(v != NULL);
        if (!v)
            break;
        CHECK(cap > n);
        for (int32_t k = n; k < cap; k++)
            if (v[k] != 0) {
                CHECK_INT(v[k], 0);
                break;
            }
        v[n] = n + 1;
    }
    for (int32_t n = 0; v && n < 1000; n++)
        if (v[n] != n + 1) {
            CHECK_INT(v[n], n + 1);
            break;
        }
    arena_free(a);
}

int main(void)
{
    test_validation();
    test_fast_path_edges();
    test_fast_path_random();
    test_offsets();
    test_fold();
    test_units_against_rules();
    test_all_characters();
    test_arena_limit();
    test_arena_grow();
    return check_summary("test_text");
}
