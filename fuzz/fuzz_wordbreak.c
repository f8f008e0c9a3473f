/*
 * fuzz_wordbreak.c — nlp/wordbreak.c against ICU's word iterator on whatever libFuzzer
 * finds.
 *
 * The input is a text in one of two forms, chosen by its first byte: 0x00, then raw
 * UTF-16LE units (lone surrogates and all: what the fast path must hand to ICU); anything
 * else, UTF-8 (invalid sequences become U+FFFD), so that the test cases seed it. Every
 * boundary and every segment's status class must be ICU's over the whole text, asked for
 * a varying number of segments at a time; a difference aborts, so libFuzzer keeps the
 * input.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/ustring.h>

#include "nlp/wordbreak.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static UBreakIterator *ref_bi, *wb_bi;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    UErrorCode st = U_ZERO_ERROR;
    ref_bi = ubrk_open(UBRK_WORD, "ar", NULL, 0, &st);
    wb_bi = ubrk_open(UBRK_WORD, "ar", NULL, 0, &st);
    if (U_FAILURE(st)) {
        fprintf(stderr, "fuzz_wordbreak: cannot open ICU's word iterator: %s\n", u_errorName(st));
        exit(2);
    }
    return 0;
}

static void differ(const char *what, int32_t at)
{
    fprintf(stderr, "fuzz_wordbreak: %s at unit %d\n", what, at);
    abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > (1u << 20))
        return 0;
    UChar *u;
    int32_t len = 0;
    UErrorCode st = U_ZERO_ERROR;
    if (size > 0 && data[0] == 0) {
        len = (int32_t)((size - 1) / 2);
        u = malloc((size_t)len * sizeof *u + 1);
        for (int32_t i = 0; i < len; i++)
            u[i] = (UChar)(data[1 + 2 * i] | data[2 + 2 * i] << 8);
    } else {
        u = malloc(size * sizeof *u + 1); /* UTF-16 never has more units than UTF-8 bytes */
        u_strFromUTF8WithSub(u, (int32_t)size, &len, (const char *)data, (int32_t)size, 0xFFFD, NULL, &st);
        if (U_FAILURE(st) && st != U_STRING_NOT_TERMINATED_WARNING)
            len = 0;
    }
    st = U_ZERO_ERROR;
    ubrk_setText(ref_bi, u, len, &st);
    struct wordbreak wb;
    if (U_FAILURE(st) || wordbreak_start(&wb, u, len, wb_bi) != 0)
        differ("setting the text failed", 0);
    int cap = 1 + (int)(size % 7) * 10;
    struct wb_segment segs[64];
    int have = 0, used = 0;
    int32_t start = ubrk_first(ref_bi);
    for (int32_t end = ubrk_next(ref_bi);; start = end, end = ubrk_next(ref_bi)) {
        if (used == have) {
            have = wordbreak_next(&wb, segs, cap);
            used = 0;
            if (have < 0 || have > cap)
                differ("wordbreak_next failed", start);
        }
        if (end == UBRK_DONE) {
            if (have != 0)
                differ("wordbreak goes on after ICU's last boundary", start);
            break;
        }
        if (used == have)
            differ("wordbreak ends before ICU", start);
        int32_t status = ubrk_getRuleStatus(ref_bi);
        enum wb_kind kind = status < UBRK_WORD_NONE_LIMIT     ? WB_NONE
                            : status < UBRK_WORD_NUMBER_LIMIT ? WB_NUMBER
                                                              : WB_WORD;
        const struct wb_segment *seg = &segs[used++];
        if (seg->start != start || seg->end != end)
            differ("a boundary differs", start);
        if (seg->kind != kind)
            differ("a status class differs", start);
    }
    free(u);
    return 0;
}
