/*
 * auth.c — API key extraction and constant-time comparison.
 *
 * Every configured key is compared, always, over API_KEY_MAX bytes with the shorter
 * side padded by zeros, and the results are OR-ed together without branching: the time
 * depends only on the number of keys, never on where the first difference is or which
 * key matched. A presented key longer than API_KEY_MAX is refused at once: its length
 * is the attacker's own and tells nothing about the keys.
 */
#include "server/auth.h"

#include <stdint.h>
#include <string.h>
#include <strings.h>

static const char *skip_spaces(const char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    return s;
}

static size_t trimmed_len(const char *s)
{
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    return n;
}

const char *auth_presented_key(const char *authorization, const char *x_api_key, size_t *len)
{
    if (authorization) {
        const char *p = skip_spaces(authorization);
        if (strncasecmp(p, "Bearer", 6) == 0 && (p[6] == ' ' || p[6] == '\t')) {
            p = skip_spaces(p + 6);
            size_t n = trimmed_len(p);
            if (n) {
                *len = n;
                return p;
            }
        }
    }
    if (x_api_key) {
        const char *p = skip_spaces(x_api_key);
        size_t n = trimmed_len(p);
        if (n) {
            *len = n;
            return p;
        }
    }
    return NULL;
}

/* 0 when equal, non-zero otherwise, in time independent of the contents. */
static unsigned padded_diff(const char *a, size_t alen, const char *b, size_t blen)
{
    volatile unsigned char diff = 0;
    for (size_t i = 0; i < API_KEY_MAX; i++) {
        unsigned char x = i < alen ? (unsigned char)a[i] : 0;
        unsigned char y = i < blen ? (unsigned char)b[i] : 0;
        diff |= (unsigned char)(x ^ y);
    }
    return (unsigned)diff | (unsigned)(alen != blen);
}

int auth_key_matches(const struct key_list *keys, const char *key, size_t len)
{
    if (!key || len == 0 || len > API_KEY_MAX)
        return 0;
    volatile unsigned found = 0;
    for (size_t i = 0; i < keys->n; i++) {
        unsigned d = padded_diff(keys->items[i], strlen(keys->items[i]), key, len);
        found |= (unsigned)(d == 0);
    }
    return found != 0;
}
