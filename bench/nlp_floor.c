/*
 * nlp_floor.c — ICU conversion plus sentence and word iteration, nothing else.
 *
 * The UTF-16 buffer grows to the largest text seen and is kept, like the iterators:
 * the floor pays for no allocation per run, so it is the cheapest honest baseline.
 */
#include "bench/nlp_floor.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>

struct nlp_floor {
    UBreakIterator *sent, *word;
    UChar *u16;
    size_t cap;
    long n_sentences;
};

struct nlp_floor *nlp_floor_new(char *err, size_t errlen)
{
    struct nlp_floor *f = calloc(1, sizeof *f);
    if (!f) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    UErrorCode st = U_ZERO_ERROR;
    f->sent = ubrk_open(UBRK_SENTENCE, "ar", NULL, 0, &st);
    f->word = ubrk_open(UBRK_WORD, "ar", NULL, 0, &st);
    if (U_FAILURE(st)) {
        snprintf(err, errlen, "cannot open ICU break iterators: %s", u_errorName(st));
        nlp_floor_free(f);
        return NULL;
    }
    return f;
}

void nlp_floor_free(struct nlp_floor *f)
{
    if (!f)
        return;
    if (f->sent)
        ubrk_close(f->sent);
    if (f->word)
        ubrk_close(f->word);
    free(f->u16);
    free(f);
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

long nlp_floor_run(struct nlp_floor *f, const char *utf8, size_t len, struct nlp_floor_times *times)
{
    double t0 = times ? now() : 0;
    if (len + 1 > f->cap) { /* UTF-16 never needs more units than UTF-8 has bytes */
        UChar *u = realloc(f->u16, (len + 1) * sizeof *u);
        if (!u)
            return -1;
        f->u16 = u;
        f->cap = len + 1;
    }
    if (len > INT32_MAX - 1)
        return -1;
    UErrorCode st = U_ZERO_ERROR;
    int32_t n = 0;
    u_strFromUTF8(f->u16, (int32_t)f->cap, &n, utf8, (int32_t)len, &st);
    if (U_FAILURE(st))
        return -1;
    double t1 = times ? now() : 0;

    ubrk_setText(f->sent, f->u16, n, &st);
    long sentences = 0;
    for (int32_t b = ubrk_first(f->sent); (b = ubrk_next(f->sent)) != UBRK_DONE;)
        sentences++;
    double t2 = times ? now() : 0;

    ubrk_setText(f->word, f->u16, n, &st);
    long words = 0;
    for (int32_t b = ubrk_first(f->word); (b = ubrk_next(f->word)) != UBRK_DONE;)
        if (ubrk_getRuleStatus(f->word) >= UBRK_WORD_NONE_LIMIT)
            words++;
    if (U_FAILURE(st))
        return -1;
    if (times) {
        double t3 = now();
        times->convert = t1 - t0;
        times->sentences = t2 - t1;
        times->words = t3 - t2;
    }
    f->n_sentences = sentences;
    return words;
}

long nlp_floor_sentences(const struct nlp_floor *f)
{
    return f->n_sentences;
}
