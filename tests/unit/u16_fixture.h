/*
 * u16_fixture.h — what the break-iterator tests (test_wordbreak, test_sentbreak) share to
 * build their texts: a growing UTF-16 buffer, every short string over an alphabet, and a
 * seeded random generator. Header-only, for tests; memory errors abort.
 */
#ifndef QAWL_TESTS_U16_FIXTURE_H
#define QAWL_TESTS_U16_FIXTURE_H

#include <stdint.h>
#include <stdlib.h>

#include <unicode/utypes.h>

/* Texts built a line at a time; each line is a case of its own, and a long text costs ICU
 * less than many short ones. The caller owns u (free it). */
struct u16_builder {
    UChar *u;
    int32_t len, cap;
};

static inline void u16_put(struct u16_builder *b, UChar c)
{
    if (b->len == b->cap) {
        b->cap = b->cap ? b->cap * 2 : 1 << 16;
        b->u = realloc(b->u, (size_t)b->cap * sizeof *b->u);
        if (!b->u)
            abort();
    }
    b->u[b->len++] = c;
}

/* Every string of 1 to max_len units over the alphabet, each followed by U+2029 (a
 * paragraph separator, after which both iterators start afresh), handed to flush (which
 * compares and empties the buffer) whenever the text grows past flush_at, and at the end. */
static inline void u16_every_string(const UChar *alphabet, int n_alphabet, int max_len, int32_t flush_at,
                                    void (*flush)(struct u16_builder *b, const char *what))
{
    struct u16_builder b = {0};
    for (int len = 1; len <= max_len; len++) {
        long total = 1;
        for (int k = 0; k < len; k++)
            total *= n_alphabet;
        for (long x = 0; x < total; x++) {
            long y = x;
            for (int k = 0; k < len; k++, y /= n_alphabet)
                u16_put(&b, alphabet[y % n_alphabet]);
            u16_put(&b, 0x2029);
            if (b.len > flush_at)
                flush(&b, "short strings");
        }
    }
    flush(&b, "short strings");
    free(b.u);
}

/* xorshift64, seeded from QAWL_TEST_SEED when set so a failure can be replayed. */
struct test_rng {
    uint64_t state;
};

static inline struct test_rng test_rng_seeded(void)
{
    const char *seed = getenv("QAWL_TEST_SEED");
    struct test_rng r = {seed ? strtoull(seed, NULL, 10) | 1 : 0x9E3779B97F4A7C15u};
    return r;
}

static inline uint32_t test_rng_next(struct test_rng *r)
{
    r->state ^= r->state << 13;
    r->state ^= r->state >> 7;
    r->state ^= r->state << 17;
    return (uint32_t)(r->state >> 16);
}

#endif
