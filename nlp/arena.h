/*
 * arena.h — one memory region per request.
 *
 * Everything a request builds (the UTF-16 copy of the text, tokens, entities, quotes,
 * the output offsets) is allocated here and released at once by arena_free(). A byte
 * limit bounds what one request may use, so a hostile article costs itself a 413, not
 * the process its memory.
 */
#ifndef QAWL_ARENA_H
#define QAWL_ARENA_H

#include <stddef.h>
#include <stdint.h>

struct arena;

/* A new arena that refuses to grow past `limit` bytes in total (0: no limit).
 * Returns NULL when out of memory. The caller owns it; release with arena_free(). */
struct arena *arena_new(size_t limit);

/* Releases every allocation made from `a`, then `a` itself. NULL is accepted. */
void arena_free(struct arena *a);

/* `n` bytes aligned for any type, zero-filled, owned by the arena (never free them).
 * Returns NULL when the limit would be exceeded or malloc fails; `n` may be 0. */
void *arena_alloc(struct arena *a, size_t n);

/* arena_alloc() of `count` items of `size` bytes, with the multiplication checked. */
void *arena_array(struct arena *a, size_t count, size_t size);

/* arena_array() without the zero-fill, for arrays whose every element the caller writes
 * before reading it: clearing large per-unit arrays only to overwrite them costs as much
 * as writing them. The contents are indeterminate (valgrind's memcheck sees them as
 * undefined, so an element left unwritten shows up there). Same ownership and failure
 * rules as arena_alloc(). */
void *arena_array_uninit(struct arena *a, size_t count, size_t size);

/* Room for one more item in an array kept in the arena: when n == *cap the items are
 * copied into an array twice as large (`first` items at least) and *cap updated; the
 * old copy stays in the arena until it is freed. Returns the array to use from now on,
 * or NULL when the arena is exhausted (the old array is still valid then). */
void *arena_grow(struct arena *a, void *array, int32_t n, int32_t *cap, size_t item, int32_t first);

/* A copy of `len` bytes of `s` with a NUL after them, owned by the arena. */
char *arena_strndup(struct arena *a, const char *s, size_t len);

/* Bytes handed out so far and whether an allocation ever failed: the pipeline checks
 * the latter once at the end instead of after every small allocation. */
size_t arena_used(const struct arena *a);
int arena_failed(const struct arena *a);

#endif
