/*
 * arena.c — bump allocation in chunks that grow geometrically.
 *
 * Chunks double in size (from 16 KiB up to 1 MiB) so a typical article needs a handful
 * of mallocs in all; a request larger than a chunk gets a chunk of its own. In debug
 * builds under AddressSanitizer, the unused tail of each chunk is poisoned so a read
 * past an allocation is caught.
 */
#include "nlp/arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define QAWL_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define QAWL_ASAN 1
#endif
#ifdef QAWL_ASAN
#include <sanitizer/asan_interface.h>
#define POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define POISON(p, n) ((void)(p), (void)(n))
#define UNPOISON(p, n) ((void)(p), (void)(n))
#endif

#define ARENA_ALIGN 16
#define CHUNK_MIN (16u * 1024u)
#define CHUNK_MAX (1024u * 1024u)

struct chunk {
    struct chunk *next;
    size_t cap;
    size_t used;
    _Alignas(ARENA_ALIGN) unsigned char data[];
};

struct arena {
    struct chunk *head;
    size_t limit;       /* 0: unlimited */
    size_t reserved;    /* bytes of chunk capacity obtained so far */
    size_t used;        /* bytes handed out */
    size_t next_cap;
    int failed;
};

struct arena *arena_new(size_t limit)
{
    struct arena *a = calloc(1, sizeof *a);
    if (!a)
        return NULL;
    a->limit = limit;
    a->next_cap = CHUNK_MIN;
    return a;
}

void arena_free(struct arena *a)
{
    if (!a)
        return;
    struct chunk *c = a->head;
    while (c) {
        struct chunk *next = c->next;
        UNPOISON(c->data, c->cap);
        free(c);
        c = next;
    }
    free(a);
}

static struct chunk *chunk_add(struct arena *a, size_t need)
{
    size_t cap = a->next_cap;
    if (cap < need)
        cap = need;
    if (a->limit && (cap > a->limit || a->reserved > a->limit - cap)) {
        /* A smaller chunk may still fit under the limit. */
        if (need > a->limit || a->reserved > a->limit - need)
            return NULL;
        cap = need;
    }
    struct chunk *c = malloc(sizeof *c + cap);
    if (!c)
        return NULL;
    c->cap = cap;
    c->used = 0;
    c->next = a->head;
    a->head = c;
    a->reserved += cap;
    if (a->next_cap < CHUNK_MAX)
        a->next_cap *= 2;
    POISON(c->data, cap);
    return c;
}

static void *bump(struct arena *a, size_t n)
{
    if (n > SIZE_MAX / 2) {
        a->failed = 1;
        return NULL;
    }
    size_t size = (n + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    if (size == 0)
        size = ARENA_ALIGN;
    struct chunk *c = a->head;
    if (!c || c->cap - c->used < size) {
        c = chunk_add(a, size);
        if (!c) {
            a->failed = 1;
            return NULL;
        }
    }
    void *p = c->data + c->used;
    c->used += size;
    a->used += size;
    UNPOISON(p, size);
    return p;
}

void *arena_alloc(struct arena *a, size_t n)
{
    void *p = bump(a, n);
    if (p)
        memset(p, 0, n);
    return p;
}

void *arena_array(struct arena *a, size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size) {
        a->failed = 1;
        return NULL;
    }
    return arena_alloc(a, count * size);
}

void *arena_array_uninit(struct arena *a, size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size) {
        a->failed = 1;
        return NULL;
    }
    return bump(a, count * size);
}

void *arena_grow(struct arena *a, void *array, int32_t n, int32_t *cap, size_t item, int32_t first)
{
    if (n < *cap)
        return array;
    int32_t ncap = *cap ? *cap * 2 : first;
    if (ncap <= n)
        ncap = n + 1;
    /* Only the new tail is cleared: the first n items are copied over anyway. */
    unsigned char *bigger = arena_array_uninit(a, (size_t)ncap, item);
    if (!bigger)
        return NULL;
    if (n)
        memcpy(bigger, array, (size_t)n * item);
    memset(bigger + (size_t)n * item, 0, (size_t)(ncap - n) * item);
    *cap = ncap;
    return bigger;
}

char *arena_strndup(struct arena *a, const char *s, size_t len)
{
    char *d = arena_alloc(a, len + 1);
    if (d && len)
        memcpy(d, s, len);
    return d;
}

size_t arena_used(const struct arena *a)
{
    return a->used;
}

int arena_failed(const struct arena *a)
{
    return a->failed;
}
