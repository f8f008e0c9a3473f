/*
 * jsonw.c — one recursive walk over the jansson tree into a doubling buffer.
 *
 * jansson validates UTF-8 when a string is created, so strings are copied in runs and
 * only '"', '\\' and control characters are escaped, as jansson escapes them.
 */
#include "server/jsonw.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define JSONW_MAX_DEPTH 2048

struct buf {
    char *p;
    size_t len, cap;
    int failed;
};

static int reserve(struct buf *b, size_t n)
{
    if (b->failed)
        return -1;
    if (n <= b->cap - b->len)
        return 0;
    size_t cap = b->cap ? b->cap : 4096;
    while (cap - b->len < n) {
        if (cap > SIZE_MAX / 2) {
            b->failed = 1;
            return -1;
        }
        cap *= 2;
    }
    char *p = realloc(b->p, cap);
    if (!p) {
        b->failed = 1;
        return -1;
    }
    b->p = p;
    b->cap = cap;
    return 0;
}

static void put(struct buf *b, const char *s, size_t n)
{
    if (reserve(b, n) == 0) {
        memcpy(b->p + b->len, s, n);
        b->len += n;
    }
}

static void put_char(struct buf *b, char c)
{
    if (reserve(b, 1) == 0)
        b->p[b->len++] = c;
}

/* Bytes the escapes of s[0..n) add: 1 for \" \\ \n and the like, 5 for \u00XX. */
static size_t escape_extra(const unsigned char *s, size_t n)
{
    size_t extra = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = s[i];
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        extra += (c == '"' || c == '\\' || c == '\b' || c == '\f' || c == '\n' || c == '\r' || c == '\t') ? 1 : 5;
    }
    return extra;
}

static void put_string(struct buf *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789ABCDEF";
    const unsigned char *u = (const unsigned char *)s;
    size_t extra = escape_extra(u, n);
    if (n > SIZE_MAX / 8 || reserve(b, n + extra + 2) != 0) {
        b->failed = 1;
        return;
    }
    char *o = b->p + b->len;
    *o++ = '"';
    if (extra == 0) {
        memcpy(o, s, n);
        o += n;
    } else {
        size_t run = 0; /* start of the bytes not copied yet */
        for (size_t i = 0; i < n; i++) {
            unsigned char c = u[i];
            if (c >= 0x20 && c != '"' && c != '\\')
                continue;
            memcpy(o, s + run, i - run);
            o += i - run;
            run = i + 1;
            *o++ = '\\';
            switch (c) {
            case '"': *o++ = '"'; break;
            case '\\': *o++ = '\\'; break;
            case '\b': *o++ = 'b'; break;
            case '\f': *o++ = 'f'; break;
            case '\n': *o++ = 'n'; break;
            case '\r': *o++ = 'r'; break;
            case '\t': *o++ = 't'; break;
            default:
                *o++ = 'u';
                *o++ = '0';
                *o++ = '0';
                *o++ = hex[c >> 4];
                *o++ = hex[c & 15];
            }
        }
        memcpy(o, s + run, n - run);
        o += n - run;
    }
    *o++ = '"';
    b->len = (size_t)(o - b->p);
}

static void put_integer(struct buf *b, json_int_t v)
{
    char tmp[24], *e = tmp + sizeof tmp, *p = e;
    /* Negate in unsigned arithmetic so the most negative value is fine too. */
    unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        *--p = '-';
    put(b, p, (size_t)(e - p));
}

/* jansson's real format: "%.17g", the decimal point as '.', ".0" when the result
 * would read back as an integer, and no '+' or leading zeros in the exponent. */
static void put_real(struct buf *b, double v)
{
    char tmp[64];
    int n = snprintf(tmp, sizeof tmp, "%.17g", v);
    if (n < 0 || (size_t)n >= sizeof tmp - 3) {
        b->failed = 1;
        return;
    }
    size_t len = (size_t)n;
    for (size_t i = 0; i < len; i++) /* a locale's decimal point, as jansson's from_locale() */
        if (!((tmp[i] >= '0' && tmp[i] <= '9') || tmp[i] == '-' || tmp[i] == '+' || tmp[i] == 'e'))
            tmp[i] = '.';
    if (!memchr(tmp, '.', len) && !memchr(tmp, 'e', len)) {
        tmp[len++] = '.';
        tmp[len++] = '0';
    }
    char *e = memchr(tmp, 'e', len);
    if (e) {
        char *start = e + 1, *end = start + 1;
        if (*start == '-')
            start++;
        while (end < tmp + len && *end == '0')
            end++;
        if (end != start) {
            memmove(start, end, (size_t)(tmp + len - end));
            len -= (size_t)(end - start);
        }
    }
    put(b, tmp, len);
}

static void put_value(struct buf *b, const json_t *j, int depth)
{
    if (depth > JSONW_MAX_DEPTH) {
        b->failed = 1;
        return;
    }
    switch (json_typeof(j)) {
    case JSON_OBJECT: {
        put_char(b, '{');
        int first = 1;
        for (void *it = json_object_iter((json_t *)(uintptr_t)j); it && !b->failed;
             it = json_object_iter_next((json_t *)(uintptr_t)j, it)) {
            if (!first)
                put_char(b, ',');
            first = 0;
            put_string(b, json_object_iter_key(it), json_object_iter_key_len(it));
            put_char(b, ':');
            put_value(b, json_object_iter_value(it), depth + 1);
        }
        put_char(b, '}');
        break;
    }
    case JSON_ARRAY: {
        put_char(b, '[');
        size_t n = json_array_size(j);
        for (size_t i = 0; i < n && !b->failed; i++) {
            if (i)
                put_char(b, ',');
            put_value(b, json_array_get(j, i), depth + 1);
        }
        put_char(b, ']');
        break;
    }
    case JSON_STRING:
        put_string(b, json_string_value(j), json_string_length(j));
        break;
    case JSON_INTEGER:
        put_integer(b, json_integer_value(j));
        break;
    case JSON_REAL:
        put_real(b, json_real_value(j));
        break;
    case JSON_TRUE:
        put(b, "true", 4);
        break;
    case JSON_FALSE:
        put(b, "false", 5);
        break;
    case JSON_NULL:
        put(b, "null", 4);
        break;
    }
}

char *jsonw_compact(const json_t *j, size_t size_hint, size_t *len)
{
    if (!j || !(json_is_object(j) || json_is_array(j)))
        return NULL;
    struct buf b = {NULL, 0, 0, 0};
    if (size_hint && reserve(&b, size_hint + 1) != 0)
        return NULL;
    put_value(&b, j, 0);
    put_char(&b, '\0');
    if (b.failed) {
        free(b.p);
        return NULL;
    }
    *len = b.len - 1;
    return b.p;
}
