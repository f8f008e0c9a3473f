/*
 * strtab.h — an immutable hash table from UTF-16 strings to 32-bit values.
 *
 * Built once at start-up (by the lexicon loader), then only read, so all threads share
 * it without locks. Keys are matching forms (see text_fold_unit); a multi-word key is
 * its words joined by one U+0020, and can be looked up as separate parts without
 * building the joined string.
 */
#ifndef QAWL_STRTAB_H
#define QAWL_STRTAB_H

#include <stddef.h>
#include <stdint.h>
#include <unicode/utypes.h>

struct strtab;

/* A part of a key: `len` units at `s`. */
struct ustr {
    const UChar *s;
    int32_t len;
};

/* An empty table; NULL when out of memory. Caller owns it (strtab_free). */
struct strtab *strtab_new(void);
void strtab_free(struct strtab *t);

/* Inserts key -> value. If the key exists its value is left alone and returned through
 * *existing (when not NULL) with return value 1; 0 when inserted; -1 out of memory. */
int strtab_put(struct strtab *t, const UChar *key, int32_t len, uint32_t value, uint32_t *existing);

/* Replaces the value of an existing key; -1 when absent. */
int strtab_set(struct strtab *t, const UChar *key, int32_t len, uint32_t value);

/* Looks up the key formed by `parts` joined with single spaces. 1 and *value when
 * found, 0 otherwise. */
int strtab_get_parts(const struct strtab *t, const struct ustr *parts, int nparts, uint32_t *value);

/* Single-part lookup. */
int strtab_get(const struct strtab *t, const UChar *key, int32_t len, uint32_t *value);

/* ---- lookups over a key given as pieces, with its hash computed by the caller ----
 * The lookups above hash and compare what they are given; the hot paths instead carry a
 * hash state along as they walk a word (a clitic dropped, "ال" put in front, a suffix
 * cut off, the next word of a phrase), so no key is copied into a buffer and no unit is
 * hashed twice. The state starts at STRTAB_HASH_INIT and is fed every unit of the key
 * in order, spaces included. */
#define STRTAB_HASH_INIT 2166136261u

static inline uint32_t strtab_hash_unit(uint32_t h, UChar c)
{
    return (h ^ c) * 16777619u;
}

static inline uint32_t strtab_hash(uint32_t h, const UChar *s, int32_t len)
{
    for (int32_t i = 0; i < len; i++)
        h = strtab_hash_unit(h, s[i]);
    return h;
}

/* The mix applied to a finished state before it picks a slot: FNV's low bits depend
 * only on the low bits of the input, and Arabic letters differ only there. Also good
 * for a caller's own small table keyed by the same words. */
static inline uint32_t strtab_hash_final(uint32_t h)
{
    h ^= h >> 16;
    h *= 0x85EBCA6Bu;
    h ^= h >> 13;
    h *= 0xC2B2AE35u;
    h ^= h >> 16;
    return h;
}

/* Looks up the key made of `pieces` laid end to end (nothing put between them) whose
 * hash state is `h`. 1 and *value when found, 0 otherwise. */
int strtab_get_pieces(const struct strtab *t, uint32_t h, const struct ustr *pieces, int npieces, uint32_t *value);

size_t strtab_count(const struct strtab *t);

#endif
