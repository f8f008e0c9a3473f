/*
 * render.c — the document as the API's JSON: a jansson object, or compact text.
 *
 * Every "text" field is cut from the submitted UTF-8 between the span's byte offsets,
 * so it is byte-for-byte what the caller sent, whatever offset unit was asked for.
 */
#include "nlp/render.h"

#include "nlp/doc.h"
#include "nlp/lexicon.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

static json_t *span_json(const struct doc *d, struct span s, enum offset_unit unit, int with_text)
{
    json_t *o = json_object();
    json_object_set_new(o, "start", json_integer(text_offset(&d->text, s.start, unit)));
    json_object_set_new(o, "end", json_integer(text_offset(&d->text, s.end, unit)));
    if (with_text) {
        size_t len;
        const char *p = doc_span_utf8(d, s, &len);
        json_object_set_new(o, "text", json_stringn(p, len));
    }
    return o;
}

static json_t *entity_id(int32_t i)
{
    char id[24];
    snprintf(id, sizeof id, "e%d", i + 1);
    return json_string(id);
}

static json_t *quote_id(int32_t i)
{
    char id[24];
    snprintf(id, sizeof id, "q%d", i + 1);
    return json_string(id);
}

static json_t *topics_json(const struct lexicon *lx, uint32_t bits)
{
    json_t *a = json_array();
    for (int t = 0; t < lx->n_topics; t++)
        if (bits & (1u << t))
            json_array_append_new(a, json_string(lx->topic_ids[t]));
    return a;
}

static json_t *entities_json(const struct doc *d, enum offset_unit unit)
{
    json_t *arr = json_array();
    for (int32_t i = 0; i < d->n_entities; i++) {
        const struct entity *e = &d->entities[i];
        json_t *o = json_object();
        json_object_set_new(o, "id", entity_id(i));
        json_object_set_new(o, "name", json_string(e->name));
        json_object_set_new(o, "type", json_string(ent_type_name((enum ent_type)e->type)));
        if (e->role)
            json_object_set_new(o, "role", json_string(e->role));
        if (e->affiliation >= 0) {
            json_t *af = json_object();
            json_object_set_new(af, "entity", entity_id(e->affiliation));
            json_object_set_new(af, "name", json_string(d->entities[e->affiliation].name));
            json_object_set_new(o, "affiliation", af);
        }
        if (e->kb) {
            json_object_set_new(o, "canonical", json_string(e->kb->english));
            json_object_set_new(o, "wikidata", e->kb->wikidata ? json_string(e->kb->wikidata) : json_null());
        }
        json_t *ms = json_array();
        for (int32_t m = e->first_mention; m >= 0; m = d->mentions[m].next_same)
            json_array_append_new(ms, span_json(d, d->mentions[m].span, unit, 1));
        json_object_set_new(o, "mentions", ms);
        json_array_append_new(arr, o);
    }
    return arr;
}

static json_t *quotes_json(const struct doc *d, const struct lexicon *lx, enum offset_unit unit)
{
    json_t *arr = json_array();
    for (int32_t i = 0; i < d->n_quotes; i++) {
        const struct quote *q = &d->quotes[i];
        json_t *o = json_object();
        json_object_set_new(o, "id", quote_id(i));
        json_object_set_new(o, "type", json_string(quote_type_name((enum quote_type)q->type)));
        json_object_set_new(o, "cue", span_json(d, q->cue, unit, 1));
        json_object_set_new(o, "content", span_json(d, q->content, unit, 1));
        json_t *sp = json_object();
        json_object_set_new(sp, "name", q->speaker_name ? json_string(q->speaker_name) : json_null());
        json_object_set_new(sp, "entity", q->speaker_entity >= 0 ? entity_id(q->speaker_entity) : json_null());
        json_object_set_new(sp, "mention", q->speaker_span.start >= 0 ? span_json(d, q->speaker_span, unit, 1)
                                                                      : json_null());
        json_object_set_new(sp, "resolved", json_string(resolution_name((enum resolution)q->resolution)));
        json_object_set_new(o, "speaker", sp);
        json_object_set_new(o, "sentence", json_integer(q->sentence));
        json_object_set_new(o, "topics", topics_json(lx, q->topics));
        json_array_append_new(arr, o);
    }
    return arr;
}

/* One entry per speaker: by entity when resolved to one, else by name. Each quote joins
 * the entry of the first quote with the same speaker, found through a per-entity table
 * and, for unnamed speakers, a comparison with the entries made so far. */
static json_t *speakers_json(const struct doc *d)
{
    json_t *arr = json_array();
    json_t **by_entity = d->n_entities ? calloc((size_t)d->n_entities, sizeof *by_entity) : NULL;
    if (d->n_entities && !by_entity)
        return arr;
    for (int32_t i = 0; i < d->n_quotes; i++) {
        const struct quote *q = &d->quotes[i];
        if (!q->speaker_name)
            continue;
        json_t *entry = NULL;
        if (q->speaker_entity >= 0) {
            entry = by_entity[q->speaker_entity];
        } else {
            size_t n = json_array_size(arr);
            for (size_t j = n; j > 0 && j + 32 > n && !entry; j--) {
                json_t *o = json_array_get(arr, j - 1);
                if (json_is_null(json_object_get(o, "entity")) &&
                    !strcmp(json_string_value(json_object_get(o, "name")), q->speaker_name))
                    entry = o;
            }
        }
        if (!entry) {
            entry = json_object();
            json_object_set_new(entry, "name", json_string(q->speaker_name));
            json_object_set_new(entry, "entity", q->speaker_entity >= 0 ? entity_id(q->speaker_entity) : json_null());
            json_object_set_new(entry, "quotes", json_array());
            json_array_append_new(arr, entry);
            if (q->speaker_entity >= 0)
                by_entity[q->speaker_entity] = entry;
        }
        json_array_append_new(json_object_get(entry, "quotes"), quote_id(i));
    }
    free(by_entity);
    return arr;
}

json_t *render_doc(const struct doc *d, const struct render_options *opts)
{
    const struct lexicon *lx = model_lexicon(d->model);
    enum offset_unit unit = opts->unit;
    json_t *o = json_object();
    if (!o)
        return NULL;
    if (opts->id)
        json_object_set_new(o, "id", json_string(opts->id));
    json_object_set_new(o, "language", json_string(lang_name(d->lang)));
    json_object_set_new(o, "offsets", json_string(offset_unit_name(unit)));
    json_object_set_new(o, "text_length", json_integer(text_offset(&d->text, d->text.len, unit)));
    json_t *ss = json_array();
    for (int32_t i = 0; i < d->n_sentences; i++)
        json_array_append_new(ss, span_json(d, d->sentences[i].span, unit, 0));
    json_object_set_new(o, "sentences", ss);
    json_object_set_new(o, "entities", entities_json(d, unit));
    json_object_set_new(o, "quotes", quotes_json(d, lx, unit));
    json_object_set_new(o, "speakers", speakers_json(d));
    json_object_set_new(o, "topics", topics_json(lx, d->topics));
    json_object_set_new(o, "pact_relevance", json_real(d->pact_relevance));
    return o;
}

/* ---- compact text, written directly ----
 *
 * The tree costs about seventeen allocations per span and a second walk to serialise,
 * and the response is most of what qawl sends; so the compact form goes straight into
 * one growing buffer. It reproduces what jansson 2.14 does with render_doc()'s tree:
 *   - members in insertion order, "," and ":" with no spaces;
 *   - json_string() makes no value from NULL or from bytes that are not UTF-8, and
 *     json_object_set_new() / json_array_append_new() then drop the member or element:
 *     such a string drops its key here too (names come from lexicons and the pipeline);
 *   - only '"', '\\' and bytes below 0x20 are escaped (\b \f \n \r \t, else \u00XX in
 *     capitals); other bytes, '/' and UTF-8 included, pass through;
 *   - reals as "%.17g" with ".0" added when it would read as an integer, and no value
 *     (so no member) for NaN and infinities, which json_real() refuses.
 */

struct jw {
    char *p;
    size_t len, cap;
    int failed;
    int comma;   /* the current object or array already holds a value: "," comes next */
    const int32_t *esc; /* byte offsets in the submitted text that need an escape, in order */
    int32_t n_esc;
};

__attribute__((noinline)) static int jw_grow(struct jw *w, size_t n)
{
    if (w->failed)
        return 0;
    size_t cap = w->cap ? w->cap : 4096;
    while (cap - w->len < n) {
        if (cap > SIZE_MAX / 2) {
            w->failed = 1;
            return 0;
        }
        cap *= 2;
    }
    char *p = realloc(w->p, cap);
    if (!p) {
        w->failed = 1;
        return 0;
    }
    w->p = p;
    w->cap = cap;
    return 1;
}

/* Room for n more bytes; 0 when out of memory (then the output is abandoned, and the
 * writers may stop anywhere). */
static inline int jw_reserve(struct jw *w, size_t n)
{
    return n <= w->cap - w->len || jw_grow(w, n);
}

/* Where a value or key of at most n bytes starts, after the "," that separates it from
 * the previous one; NULL when out of memory. */
static inline char *jw_begin(struct jw *w, size_t n)
{
    if (!jw_reserve(w, n + 1))
        return NULL;
    char *o = w->p + w->len;
    if (w->comma)
        *o++ = ',';
    return o;
}

static inline void jw_end(struct jw *w, char *o, int comma)
{
    w->len = (size_t)(o - w->p);
    w->comma = comma;
}

/* A key with its quotes and colon, e.g. "\"start\":". */
static inline void jw_key_raw(struct jw *w, const char *k, size_t n)
{
    char *o = jw_begin(w, n);
    if (!o)
        return;
    memcpy(o, k, n);
    jw_end(w, o + n, 0);
}

#define JW_KEY(w, k) jw_key_raw((w), "\"" k "\":", sizeof k + 2)

static inline void jw_open(struct jw *w, char c)
{
    char *o = jw_begin(w, 1);
    if (!o)
        return;
    *o++ = c;
    jw_end(w, o, 0);
}

static inline void jw_close(struct jw *w, char c)
{
    if (!jw_reserve(w, 1))
        return;
    w->p[w->len++] = c;
    w->comma = 1;
}

static void jw_null(struct jw *w)
{
    char *o = jw_begin(w, 4);
    if (!o)
        return;
    memcpy(o, "null", 4);
    jw_end(w, o + 4, 1);
}

static inline unsigned digits10(uint32_t u)
{
    unsigned n = 1;
    for (; u >= 10000; u /= 10000)
        n += 4;
    return n + (u >= 10) + (u >= 100) + (u >= 1000);
}

/* The decimal digits of u ending just before `end`, two at a time: an article has a few
 * hundred offsets of three or four digits. */
static inline void put_digits(char *end, uint32_t u)
{
    static const char pairs[] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                                "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
                                "8081828384858687888990919293949596979899";
    while (u >= 100) {
        const char *p = pairs + 2 * (u % 100);
        u /= 100;
        *--end = p[1];
        *--end = p[0];
    }
    if (u >= 10) {
        *--end = pairs[2 * u + 1];
        *--end = pairs[2 * u];
    } else {
        *--end = (char)('0' + u);
    }
}

/* v in decimal at o (at most 11 bytes); returns the end. */
static inline char *put_int(char *o, int32_t v)
{
    /* Negated in unsigned arithmetic so that INT32_MIN is fine too. */
    uint32_t u = v < 0 ? 0u - (uint32_t)v : (uint32_t)v;
    if (v < 0)
        *o++ = '-';
    o += digits10(u);
    put_digits(o, u);
    return o;
}

static void jw_int(struct jw *w, int32_t v)
{
    char *o = jw_begin(w, 11);
    if (!o)
        return;
    jw_end(w, put_int(o, v), 1);
}

/* "e12" / "q3": entity and quote ids are the 1-based index behind a letter. */
static void jw_id(struct jw *w, char letter, int32_t i)
{
    char *o = jw_begin(w, 14);
    if (!o)
        return;
    uint32_t u = (uint32_t)i + 1;
    *o++ = '"';
    *o++ = letter;
    o += digits10(u);
    put_digits(o, u);
    *o++ = '"';
    jw_end(w, o, 1);
}

/* The first index in [i, n) of a byte that needs an escape ('"', '\\', below 0x20), or
 * n. Sixteen bytes at a time with SSE2, which every x86-64 has; elsewhere eight, in a
 * word: a lane below 0x20 or equal to '"' or '\\' makes its high bit survive the mask
 * (a borrow can only mark lanes after a real match, so a non-zero word means a match,
 * found then byte by byte). */
static size_t next_escape(const unsigned char *s, size_t i, size_t n)
{
#ifdef __SSE2__
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), top = _mm_set1_epi8(0x1F);
    for (; n - i >= 16; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                                 _mm_cmpeq_epi8(_mm_min_epu8(v, top), v)); /* v <= 0x1F */
        unsigned bits = (unsigned)_mm_movemask_epi8(m);
        if (bits)
            return i + (size_t)__builtin_ctz(bits);
    }
#endif
    const uint64_t ones = 0x0101010101010101u, highs = ones << 7;
    for (; n - i >= 8; i += 8) {
        uint64_t v;
        memcpy(&v, s + i, 8);
        uint64_t q = v ^ (ones * '"'), b = v ^ (ones * '\\');
        if (((v - ones * 0x20) | (q - ones) | (b - ones)) & ~v & highs)
            break;
    }
    for (; i < n; i++)
        if (s[i] < 0x20 || s[i] == '"' || s[i] == '\\')
            return i;
    return n;
}

/* s[0..n) as a JSON string; s must be UTF-8 (jansson's json_stringn() would refuse it
 * otherwise) and may hold NUL. Runs without escapes are copied whole. */
static void jw_string(struct jw *w, const char *s, size_t n)
{
    static const char hex[] = "0123456789ABCDEF";
    const unsigned char *u = (const unsigned char *)s;
    if (n > SIZE_MAX / 2) {
        w->failed = 1;
        return;
    }
    char *o = jw_begin(w, n + 2);
    if (!o)
        return;
    *o++ = '"';
    size_t run = 0; /* the first byte not copied yet */
    for (size_t i = next_escape(u, 0, n); i < n; i = next_escape(u, i + 1, n)) {
        memcpy(o, s + run, i - run);
        o += i - run;
        run = i + 1;
        /* The escape takes up to 6 bytes where 1 was reserved; then come the rest of
         * s and the closing quote. */
        w->len = (size_t)(o - w->p);
        if (!jw_reserve(w, n - i + 6))
            return;
        o = w->p + w->len;
        *o++ = '\\';
        switch (u[i]) {
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
            *o++ = hex[u[i] >> 4];
            *o++ = hex[u[i] & 15];
        }
    }
    memcpy(o, s + run, n - run);
    o += n - run;
    *o++ = '"';
    jw_end(w, o, 1);
}

#define X4(m, b) m(b), m((b) + 1), m((b) + 2), m((b) + 3)
#define X16(m, b) X4(m, b), X4(m, (b) + 4), X4(m, (b) + 8), X4(m, (b) + 12)
#define X64(m, b) X16(m, b), X16(m, (b) + 16), X16(m, (b) + 32), X16(m, (b) + 48)
#define X128(m, b) X64(m, b), X64(m, (b) + 64)
#define ESCAPED_ENTRY(c) (uint8_t)((c) < 0x20 || (c) == '"' || (c) == '\\')

/* 1 for the ASCII bytes a JSON string escapes: a lookup is cheaper than three tests on
 * the English names, which are all ASCII. */
static const uint8_t needs_escape[128] = {X128(ESCAPED_ENTRY, 0)};

/* 1 when json_string(s) would make a value, with *n = strlen(s): s not NULL and UTF-8
 * as jansson checks it (RFC 3629: no overlongs, surrogates or code points past
 * U+10FFFF). The names checked here are short and mostly Arabic, so the check is inline,
 * by the table of well-formed byte sequences (Unicode 3.9, table 3-7), rather than
 * through text_validate_utf8(), which decodes every character. *plain is set to 1 when
 * no byte needs an escape, so that the string is then copied without a second look. */
static int jansson_string_ok(const char *s, size_t *n, int *plain)
{
    if (!s)
        return 0;
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    int escapes = 0;
    for (;;) {
        unsigned c = u[i];
        /* two-byte characters first: all of Arabic */
        if (c - 0xC2u <= 0xDFu - 0xC2u) {
            if ((u[i + 1] & 0xC0) != 0x80)
                return 0;
            i += 2;
            continue;
        }
        if (c < 0x80) {
            if (c == 0)
                break;
            escapes |= needs_escape[c];
            i++;
            continue;
        }
        /* The second byte's range depends on the first; the others are 80..BF. A NUL
         * fails the range checks, so the terminator is never read past. */
        unsigned lo = 0x80, hi = 0xBF, more;
        if (c >= 0xC2 && c <= 0xDF)
            more = 1;
        else if (c >= 0xE0 && c <= 0xEF)
            more = 2, lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
        else if (c >= 0xF0 && c <= 0xF4)
            more = 3, lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
        else
            return 0;
        if (u[i + 1] < lo || u[i + 1] > hi)
            return 0;
        for (unsigned k = 2; k <= more; k++)
            if ((u[i + k] & 0xC0) != 0x80)
                return 0;
        i += 1 + more;
    }
    *n = i;
    *plain = !escapes;
    return 1;
}

/* s[0..n), which holds no byte to escape, as a JSON string. */
static void jw_plain_string(struct jw *w, const char *s, size_t n)
{
    char *o = jw_begin(w, n + 2);
    if (!o)
        return;
    *o++ = '"';
    memcpy(o, s, n);
    o += n;
    *o++ = '"';
    jw_end(w, o, 1);
}

/* A NUL-terminated string as json_string() takes it: nothing at all when it would refuse. */
static void jw_cstring_element(struct jw *w, const char *s)
{
    size_t n;
    int plain;
    if (jansson_string_ok(s, &n, &plain)) {
        if (plain)
            jw_plain_string(w, s, n);
        else
            jw_string(w, s, n);
    }
}

static void jw_cstring_member_raw(struct jw *w, const char *k, size_t klen, const char *s)
{
    size_t n;
    int plain;
    if (jansson_string_ok(s, &n, &plain)) {
        jw_key_raw(w, k, klen);
        if (plain)
            jw_plain_string(w, s, n);
        else
            jw_string(w, s, n);
    }
}

#define JW_CSTRING_MEMBER(w, k, s) jw_cstring_member_raw((w), "\"" k "\":", sizeof k + 2, (s))

/* One of the API's fixed names (languages, units, types): ASCII, nothing to check. */
static void jw_name(struct jw *w, const char *s)
{
    jw_string(w, s, strlen(s));
}

static void jw_real(struct jw *w, double v)
{
    char tmp[64];
    int n = snprintf(tmp, sizeof tmp, "%.17g", v);
    if (n < 0 || (size_t)n >= sizeof tmp - 3) {
        w->failed = 1;
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
    /* jansson drops the exponent's '+' and leading zeros: 1e+22 -> 1e22, 1e-07 -> 1e-7 */
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
    char *o = jw_begin(w, len);
    if (!o)
        return;
    memcpy(o, tmp, len);
    jw_end(w, o + len, 1);
}

/* The first index in esc[0..n) whose offset is >= at, or n. */
static int32_t first_escape_from(const int32_t *esc, int32_t n, int32_t at)
{
    int32_t lo = 0, hi = n;
    while (lo < hi) {
        int32_t mid = lo + (hi - lo) / 2;
        if (esc[mid] < at)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The text of span s as a JSON string. The escapes the whole text needs were found once
 * (render_doc_compact), so a span without one, nearly every span, is copied whole
 * instead of scanned again. */
static void jw_span_text(struct jw *w, const struct doc *d, struct span s)
{
    size_t len;
    const char *p = doc_span_utf8(d, s, &len);
    int32_t a = (int32_t)(p - d->text.utf8);
    int32_t k = first_escape_from(w->esc, w->n_esc, a);
    if (k < w->n_esc && (size_t)(w->esc[k] - a) < len)
        jw_string(w, p, len);
    else
        jw_plain_string(w, p, len);
}

static void jw_span(struct jw *w, const struct doc *d, struct span s, enum offset_unit unit, int with_text)
{
    static const char start[] = "{\"start\":", end[] = ",\"end\":", text[] = ",\"text\":";
    /* The keys and both offsets in one reservation: the fixed bytes and two integers. */
    char *o = jw_begin(w, sizeof start + sizeof end + sizeof text + 2 * 11);
    if (!o)
        return;
    memcpy(o, start, sizeof start - 1);
    o = put_int(o + sizeof start - 1, text_offset(&d->text, s.start, unit));
    memcpy(o, end, sizeof end - 1);
    o = put_int(o + sizeof end - 1, text_offset(&d->text, s.end, unit));
    if (with_text) {
        /* Cut at character starts from input annotate() validated: always UTF-8. */
        memcpy(o, text, sizeof text - 1);
        jw_end(w, o + sizeof text - 1, 0);
        jw_span_text(w, d, s);
        jw_close(w, '}');
        return;
    }
    *o++ = '}';
    jw_end(w, o, 1);
}

static void jw_topics(struct jw *w, const struct lexicon *lx, uint32_t bits)
{
    jw_open(w, '[');
    for (int t = 0; t < lx->n_topics; t++)
        if (bits & (1u << t))
            jw_cstring_element(w, lx->topic_ids[t]);
    jw_close(w, ']');
}

static void jw_entities(struct jw *w, const struct doc *d, enum offset_unit unit)
{
    jw_open(w, '[');
    for (int32_t i = 0; i < d->n_entities; i++) {
        const struct entity *e = &d->entities[i];
        jw_open(w, '{');
        JW_KEY(w, "id");
        jw_id(w, 'e', i);
        JW_CSTRING_MEMBER(w, "name", e->name);
        JW_KEY(w, "type");
        jw_name(w, ent_type_name((enum ent_type)e->type));
        if (e->role)
            JW_CSTRING_MEMBER(w, "role", e->role);
        if (e->affiliation >= 0) {
            JW_KEY(w, "affiliation");
            jw_open(w, '{');
            JW_KEY(w, "entity");
            jw_id(w, 'e', e->affiliation);
            JW_CSTRING_MEMBER(w, "name", d->entities[e->affiliation].name);
            jw_close(w, '}');
        }
        if (e->kb) {
            JW_CSTRING_MEMBER(w, "canonical", e->kb->english);
            if (e->kb->wikidata) {
                JW_CSTRING_MEMBER(w, "wikidata", e->kb->wikidata);
            } else {
                JW_KEY(w, "wikidata");
                jw_null(w);
            }
        }
        JW_KEY(w, "mentions");
        jw_open(w, '[');
        for (int32_t m = e->first_mention; m >= 0; m = d->mentions[m].next_same)
            jw_span(w, d, d->mentions[m].span, unit, 1);
        jw_close(w, ']');
        jw_close(w, '}');
    }
    jw_close(w, ']');
}

static void jw_quotes(struct jw *w, const struct doc *d, const struct lexicon *lx, enum offset_unit unit)
{
    jw_open(w, '[');
    for (int32_t i = 0; i < d->n_quotes; i++) {
        const struct quote *q = &d->quotes[i];
        jw_open(w, '{');
        JW_KEY(w, "id");
        jw_id(w, 'q', i);
        JW_KEY(w, "type");
        jw_name(w, quote_type_name((enum quote_type)q->type));
        JW_KEY(w, "cue");
        jw_span(w, d, q->cue, unit, 1);
        JW_KEY(w, "content");
        jw_span(w, d, q->content, unit, 1);
        JW_KEY(w, "speaker");
        jw_open(w, '{');
        if (q->speaker_name) {
            JW_CSTRING_MEMBER(w, "name", q->speaker_name);
        } else {
            JW_KEY(w, "name");
            jw_null(w);
        }
        JW_KEY(w, "entity");
        if (q->speaker_entity >= 0)
            jw_id(w, 'e', q->speaker_entity);
        else
            jw_null(w);
        JW_KEY(w, "mention");
        if (q->speaker_span.start >= 0)
            jw_span(w, d, q->speaker_span, unit, 1);
        else
            jw_null(w);
        JW_KEY(w, "resolved");
        jw_name(w, resolution_name((enum resolution)q->resolution));
        jw_close(w, '}');
        JW_KEY(w, "sentence");
        jw_int(w, q->sentence);
        JW_KEY(w, "topics");
        jw_topics(w, lx, q->topics);
        jw_close(w, '}');
    }
    jw_close(w, ']');
}

/* speakers_json()'s grouping without the tree: entry[k] is the first quote of the k-th
 * speaker entry, later quotes of an entry are chained through next[]. The same rule picks
 * the entry: the entity's, or for a speaker without one, among the last 32 entries, one
 * without an entity and with the same name. 0, or -1 when out of memory. */
static int jw_speakers(struct jw *w, const struct doc *d)
{
    int32_t nq = d->n_quotes, ne = d->n_entities;
    if (nq == 0) {
        jw_open(w, '[');
        jw_close(w, ']');
        return 0;
    }
    /* entry, last (per entry), next (per quote), by_entity */
    int32_t *mem = malloc(((size_t)3 * (size_t)nq + (size_t)ne) * sizeof *mem);
    if (!mem)
        return -1;
    int32_t *entry = mem, *last = mem + nq, *next = mem + 2 * (size_t)nq, *by_entity = mem + 3 * (size_t)nq;
    for (int32_t k = 0; k < ne; k++)
        by_entity[k] = -1;
    int32_t n = 0;
    for (int32_t i = 0; i < nq; i++) {
        const struct quote *q = &d->quotes[i];
        if (!q->speaker_name)
            continue;
        int32_t k = -1;
        if (q->speaker_entity >= 0) {
            k = by_entity[q->speaker_entity];
        } else {
            for (int32_t j = n; j > 0 && j + 32 > n && k < 0; j--) {
                const struct quote *f = &d->quotes[entry[j - 1]];
                if (f->speaker_entity < 0 && !strcmp(f->speaker_name, q->speaker_name))
                    k = j - 1;
            }
        }
        next[i] = -1;
        if (k < 0) {
            k = n++;
            entry[k] = last[k] = i;
            if (q->speaker_entity >= 0)
                by_entity[q->speaker_entity] = k;
        } else {
            next[last[k]] = i;
            last[k] = i;
        }
    }
    jw_open(w, '[');
    for (int32_t k = 0; k < n; k++) {
        const struct quote *q = &d->quotes[entry[k]];
        jw_open(w, '{');
        JW_CSTRING_MEMBER(w, "name", q->speaker_name);
        JW_KEY(w, "entity");
        if (q->speaker_entity >= 0)
            jw_id(w, 'e', q->speaker_entity);
        else
            jw_null(w);
        JW_KEY(w, "quotes");
        jw_open(w, '[');
        for (int32_t i = entry[k]; i >= 0; i = next[i])
            jw_id(w, 'q', i);
        jw_close(w, ']');
        jw_close(w, '}');
    }
    jw_close(w, ']');
    free(mem);
    return 0;
}

/* The byte offsets in t's UTF-8 of every byte a JSON string escapes, in order, into a
 * malloc'ed *out (NULL when there is none). 0, or -1 when out of memory. */
static int escape_offsets(const struct text *t, int32_t **out, int32_t *n_out)
{
    const unsigned char *u = (const unsigned char *)t->utf8;
    size_t n = t->utf8_len;
    int32_t *esc = NULL, count = 0, cap = 0;
    for (size_t i = next_escape(u, 0, n); i < n; i = next_escape(u, i + 1, n)) {
        if (count == cap) {
            int32_t *more = realloc(esc, (size_t)(cap = cap ? 2 * cap : 64) * sizeof *esc);
            if (!more) {
                free(esc);
                return -1;
            }
            esc = more;
        }
        esc[count++] = (int32_t)i;
    }
    *out = esc;
    *n_out = count;
    return 0;
}

char *render_doc_compact(const struct doc *d, const struct render_options *opts, size_t *len)
{
    const struct lexicon *lx = model_lexicon(d->model);
    enum offset_unit unit = opts->unit;
    struct jw w = {NULL, 0, 0, 0, 0, NULL, 0};
    /* The document is usually under three times the text's size (spans repeat parts of
     * it); one allocation then, and doubling past it. */
    size_t hint = d->text.utf8_len < SIZE_MAX / 4 - 1024 ? 3 * d->text.utf8_len + 1024 : 0;
    if (hint && !jw_reserve(&w, hint))
        return NULL;
    int32_t *esc = NULL;
    if (escape_offsets(&d->text, &esc, &w.n_esc) != 0) {
        free(w.p);
        return NULL;
    }
    w.esc = esc;
    jw_open(&w, '{');
    if (opts->id)
        JW_CSTRING_MEMBER(&w, "id", opts->id);
    JW_KEY(&w, "language");
    jw_name(&w, lang_name(d->lang));
    JW_KEY(&w, "offsets");
    jw_name(&w, offset_unit_name(unit));
    JW_KEY(&w, "text_length");
    jw_int(&w, text_offset(&d->text, d->text.len, unit));
    JW_KEY(&w, "sentences");
    jw_open(&w, '[');
    for (int32_t i = 0; i < d->n_sentences; i++)
        jw_span(&w, d, d->sentences[i].span, unit, 0);
    jw_close(&w, ']');
    JW_KEY(&w, "entities");
    jw_entities(&w, d, unit);
    JW_KEY(&w, "quotes");
    jw_quotes(&w, d, lx, unit);
    JW_KEY(&w, "speakers");
    if (jw_speakers(&w, d) != 0)
        w.failed = 1;
    JW_KEY(&w, "topics");
    jw_topics(&w, lx, d->topics);
    if (isfinite(d->pact_relevance)) {
        JW_KEY(&w, "pact_relevance");
        jw_real(&w, d->pact_relevance);
    }
    jw_close(&w, '}');
    if (jw_reserve(&w, 1))
        w.p[w.len] = '\0';
    free(esc);
    if (w.failed) {
        free(w.p);
        return NULL;
    }
    *len = w.len;
    return w.p;
}
