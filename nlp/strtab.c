/*
 * strtab.c — open addressing with linear probing over a power-of-two slot array; key
 * text lives in one growing pool so a table of 100k words is a few allocations. Keys
 * hash as FNV-1a over whole UTF-16 units, mixed by strtab_hash_final (strtab.h), so a
 * caller can carry the state along a word and look up without building the key.
 */
#include "nlp/strtab.h"

#include <stdlib.h>
#include <string.h>

struct slot {
    uint32_t hash;
    uint32_t value;
    uint32_t key_off;   /* offset in pool */
    int32_t key_len;    /* -1: empty slot */
};

/* In front of the slots, a Bloom filter of one 64-bit word per 16 slots (128 KiB for the
 * 97,000 common words, 4 MiB of slots): two bits of one word per key. Most lookups are of
 * forms no table holds (a clitic or a suffix cut off on the chance), and the filter
 * answers nearly all of them from cache, without a probe into the slots. */
#define FILTER_SLOTS_PER_WORD 16

struct strtab {
    struct slot *slots;
    size_t mask;
    size_t count;
    UChar *pool;
    size_t pool_len, pool_cap;
    uint64_t *filter;
    size_t filter_mask;
};

static uint64_t filter_bits(uint32_t h)
{
    return (1ull << ((h >> 20) & 63)) | (1ull << ((h >> 26) & 63));
}

static int filter_may_hold(const struct strtab *t, uint32_t h)
{
    uint64_t bits = filter_bits(h);
    return (t->filter[h & t->filter_mask] & bits) == bits;
}

/* The filter for the current slot array, from the keys in it. */
static int filter_build(struct strtab *t)
{
    size_t words = (t->mask + 1) / FILTER_SLOTS_PER_WORD;
    uint64_t *f = calloc(words ? words : 1, sizeof *f);
    if (!f)
        return -1;
    free(t->filter);
    t->filter = f;
    t->filter_mask = words ? words - 1 : 0;
    for (size_t i = 0; i <= t->mask; i++)
        if (t->slots[i].key_len >= 0)
            f[t->slots[i].hash & t->filter_mask] |= filter_bits(t->slots[i].hash);
    return 0;
}

static uint32_t hash_parts(const struct ustr *parts, int nparts)
{
    uint32_t h = STRTAB_HASH_INIT;
    for (int p = 0; p < nparts; p++) {
        if (p)
            h = strtab_hash_unit(h, ' ');
        h = strtab_hash(h, parts[p].s, parts[p].len);
    }
    return strtab_hash_final(h);
}

/* 1 when a[0..n) == b[0..n): four units at a time, then one by one. Not memcmp: keys
 * are a few units long and the call would cost more than the compare. */
static inline int equal_units(const UChar *a, const UChar *b, int32_t n)
{
    int32_t i = 0;
    for (; i + 4 <= n; i += 4) {
        uint64_t x, y;
        memcpy(&x, a + i, sizeof x);
        memcpy(&y, b + i, sizeof y);
        if (x != y)
            return 0;
    }
    for (; i < n; i++)
        if (a[i] != b[i])
            return 0;
    return 1;
}

/* 1 when key equals the pieces joined by `sep` (0: nothing between them). */
static int equal_pieces(const UChar *key, int32_t key_len, const struct ustr *pieces, int n, UChar sep)
{
    if (n == 1) /* nearly every lookup: one word */
        return pieces[0].len == key_len && equal_units(key, pieces[0].s, key_len);
    int32_t k = 0;
    for (int p = 0; p < n; p++) {
        if (p && sep) {
            if (k >= key_len || key[k] != sep)
                return 0;
            k++;
        }
        int32_t len = pieces[p].len;
        if (len > key_len - k || !equal_units(key + k, pieces[p].s, len))
            return 0;
        k += len;
    }
    return k == key_len;
}

struct strtab *strtab_new(void)
{
    struct strtab *t = calloc(1, sizeof *t);
    if (!t)
        return NULL;
    t->mask = 255;
    t->slots = malloc((t->mask + 1) * sizeof *t->slots);
    if (!t->slots) {
        free(t);
        return NULL;
    }
    for (size_t i = 0; i <= t->mask; i++)
        t->slots[i].key_len = -1;
    if (filter_build(t) != 0) {
        strtab_free(t);
        return NULL;
    }
    return t;
}

void strtab_free(struct strtab *t)
{
    if (!t)
        return;
    free(t->slots);
    free(t->pool);
    free(t->filter);
    free(t);
}

/* The slot of the key, or the empty slot where it would go. */
static struct slot *find(const struct strtab *t, const struct ustr *pieces, int n, UChar sep, uint32_t h)
{
    for (size_t i = h & t->mask;; i = (i + 1) & t->mask) {
        struct slot *s = &t->slots[i];
        if (s->key_len < 0)
            return s;
        if (s->hash == h && equal_pieces(t->pool + s->key_off, s->key_len, pieces, n, sep))
            return s;
    }
}

static int grow(struct strtab *t)
{
    size_t n = (t->mask + 1) * 2;
    struct slot *slots = malloc(n * sizeof *slots);
    if (!slots)
        return -1;
    for (size_t i = 0; i < n; i++)
        slots[i].key_len = -1;
    for (size_t i = 0; i <= t->mask; i++) {
        struct slot *s = &t->slots[i];
        if (s->key_len < 0)
            continue;
        size_t j = s->hash & (n - 1);
        while (slots[j].key_len >= 0)
            j = (j + 1) & (n - 1);
        slots[j] = *s;
    }
    free(t->slots);
    t->slots = slots;
    t->mask = n - 1;
    return filter_build(t);
}

int strtab_put(struct strtab *t, const UChar *key, int32_t len, uint32_t value, uint32_t *existing)
{
    struct ustr part = {key, len};
    uint32_t h = hash_parts(&part, 1);
    struct slot *s = find(t, &part, 1, 0, h);
    if (s->key_len >= 0) {
        if (existing)
            *existing = s->value;
        return 1;
    }
    if (t->pool_len + (size_t)len > t->pool_cap) {
        size_t cap = t->pool_cap ? t->pool_cap * 2 : 4096;
        while (cap < t->pool_len + (size_t)len)
            cap *= 2;
        UChar *pool = realloc(t->pool, cap * sizeof(UChar));
        if (!pool)
            return -1;
        t->pool = pool;
        t->pool_cap = cap;
    }
    memcpy(t->pool + t->pool_len, key, (size_t)len * sizeof(UChar));
    s->hash = h;
    s->value = value;
    s->key_off = (uint32_t)t->pool_len;
    s->key_len = len;
    t->pool_len += (size_t)len;
    t->count++;
    t->filter[h & t->filter_mask] |= filter_bits(h);
    /* Keep the load factor under 1/2 so probes stay short. */
    if (t->count * 2 > t->mask + 1 && grow(t) != 0)
        return -1;
    return 0;
}

int strtab_set(struct strtab *t, const UChar *key, int32_t len, uint32_t value)
{
    struct ustr part = {key, len};
    struct slot *s = find(t, &part, 1, 0, hash_parts(&part, 1));
    if (s->key_len < 0)
        return -1;
    s->value = value;
    return 0;
}

/* find() of a one-piece key, nearly every lookup, with the compare in line: a probe
 * costs no call, and neither does the search (in line in its two callers, whose
 * prologue was as long as the search of a word that hits at once). (The length first:
 * an empty slot's hash was never written.) */
static inline __attribute__((always_inline)) const struct slot *find_one(const struct strtab *t, const UChar *key, int32_t len, uint32_t h)
{
    for (size_t i = h & t->mask;; i = (i + 1) & t->mask) {
        const struct slot *s = &t->slots[i];
        if (s->key_len == len && s->hash == h && equal_units(t->pool + s->key_off, key, len))
            return s;
        if (s->key_len < 0)
            return s;
    }
}

int strtab_get_parts(const struct strtab *t, const struct ustr *parts, int nparts, uint32_t *value)
{
    uint32_t h = hash_parts(parts, nparts);
    if (!filter_may_hold(t, h))
        return 0;
    const struct slot *s = nparts == 1 ? find_one(t, parts[0].s, parts[0].len, h) : find(t, parts, nparts, ' ', h);
    if (s->key_len < 0)
        return 0;
    *value = s->value;
    return 1;
}

int strtab_get_pieces(const struct strtab *t, uint32_t h, const struct ustr *pieces, int npieces, uint32_t *value)
{
    h = strtab_hash_final(h);
    if (!filter_may_hold(t, h))
        return 0;
    const struct slot *s = npieces == 1 ? find_one(t, pieces[0].s, pieces[0].len, h) : find(t, pieces, npieces, 0, h);
    if (s->key_len < 0)
        return 0;
    *value = s->value;
    return 1;
}

int strtab_get(const struct strtab *t, const UChar *key, int32_t len, uint32_t *value)
{
    struct ustr part = {key, len};
    return strtab_get_parts(t, &part, 1, value);
}

size_t strtab_count(const struct strtab *t)
{
    return t->count;
}
