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

size_t strtab_count(const struct strtab *t);

#endif
