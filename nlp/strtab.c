/*
 * strtab.c — open addressing with linear probing over a power-of-two slot array; key
 * text lives in one growing pool so a table of 100k words is a few allocations.
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

struct strtab {
    struct slot *slots;
    size_t mask;
    size_t count;
    UChar *pool;
    size_t pool_len, pool_cap;
};

#define FNV_OFFSET 2166136261u
#define FNV_PRIME 16777619u

static uint32_t hash_step(uint32_t h, UChar c)
{
    h ^= (uint32_t)(c & 0xFF);
    h *= FNV_PRIME;
    h ^= (uint32_t)(c >> 8);
    h *= FNV_PRIME;
    return h;
}

static uint32_t hash_parts(const struct ustr *parts, int nparts)
{
    uint32_t h = FNV_OFFSET;
    for (int p = 0; p < nparts; p++) {
        if (p)
            h = hash_step(h, ' ');
        for (int32_t i = 0; i < parts[p].len; i++)
            h = hash_step(h, parts[p].s[i]);
    }
    return h;
}

static int equal_parts(const UChar *key, int32_t key_len, const struct ustr *parts, int nparts)
{
    int32_t k = 0;
    for (int p = 0; p < nparts; p++) {
        if (p) {
            if (k >= key_len || key[k] != ' ')
                return 0;
            k++;
        }
        if (parts[p].len > key_len - k)
            return 0;
        if (memcmp(key + k, parts[p].s, (size_t)parts[p].len * sizeof(UChar)) != 0)
            return 0;
        k += parts[p].len;
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
    return t;
}

void strtab_free(struct strtab *t)
{
    if (!t)
        return;
    free(t->slots);
    free(t->pool);
    free(t);
}

static struct slot *find(const struct strtab *t, const struct ustr *parts, int nparts, uint32_t h)
{
    for (size_t i = h & t->mask;; i = (i + 1) & t->mask) {
        struct slot *s = &t->slots[i];
        if (s->key_len < 0)
            return s;
        if (s->hash == h && equal_parts(t->pool + s->key_off, s->key_len, parts, nparts))
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
    return 0;
}

int strtab_put(struct strtab *t, const UChar *key, int32_t len, uint32_t value, uint32_t *existing)
{
    struct ustr part = {key, len};
    uint32_t h = hash_parts(&part, 1);
    struct slot *s = find(t, &part, 1, h);
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
    /* Keep the load factor under 1/2 so probes stay short. */
    if (t->count * 2 > t->mask + 1 && grow(t) != 0)
        return -1;
    return 0;
}

int strtab_set(struct strtab *t, const UChar *key, int32_t len, uint32_t value)
{
    struct ustr part = {key, len};
    struct slot *s = find(t, &part, 1, hash_parts(&part, 1));
    if (s->key_len < 0)
        return -1;
    s->value = value;
    return 0;
}

int strtab_get_parts(const struct strtab *t, const struct ustr *parts, int nparts, uint32_t *value)
{
    const struct slot *s = find(t, parts, nparts, hash_parts(parts, nparts));
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
