/*
 * test_text.c — the text layer: UTF-8 validation with the byte and reason, offsets in
 * the three units (including characters outside the BMP), and the matching fold that
 * never moves an offset.
 */
#include <string.h>

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
    arena_free(a);
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
    test_offsets();
    test_fold();
    test_arena_limit();
    test_arena_grow();
    return check_summary("test_text");
}
