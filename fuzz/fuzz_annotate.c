/*
 * fuzz_annotate.c — raw bytes → annotate() → render_doc() → json_dumps().
 *
 * The input is the article exactly as a client would post it as text/plain. Its length
 * picks the language hint and the offset unit, so every corpus entry exercises all of
 * them over time. Beyond "no crash, no leak, no undefined behaviour", every rendered
 * span is checked: 0 <= start <= end <= text_length, on character boundaries, and each
 * "text" field equals the submitted bytes between its offsets. A violation aborts, so
 * libFuzzer keeps the input.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "fuzz/fuzz_common.h"
#include "nlp/arena.h"
#include "nlp/pipeline.h"
#include "nlp/render.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_MEMORY_LIMIT (64u << 20)

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    fuzz_load_model();
    return 0;
}

/* Byte offset of offset `off` in `unit` within valid UTF-8 s[0..n); -1 when it lies
 * beyond the end or inside a character. */
static long to_byte(const uint8_t *s, size_t n, enum offset_unit unit, long long off)
{
    if (off < 0)
        return -1;
    if (unit == OFFSET_UTF8) {
        if ((size_t)off > n || ((size_t)off < n && (s[off] & 0xC0) == 0x80))
            return -1;
        return (long)off;
    }
    size_t i = 0;
    long long at = 0;
    while (at < off && i < n) {
        unsigned c = s[i];
        size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        at += (unit == OFFSET_UTF16 && len == 4) ? 2 : 1;
        i += len;
    }
    return at == off ? (long)i : -1;
}

static void check_spans(json_t *v, const uint8_t *s, size_t n, enum offset_unit unit, long long text_length)
{
    if (json_is_array(v)) {
        size_t i;
        json_t *x;
        json_array_foreach(v, i, x)
            check_spans(x, s, n, unit, text_length);
        return;
    }
    if (!json_is_object(v))
        return;
    json_t *js = json_object_get(v, "start"), *je = json_object_get(v, "end");
    if (json_is_integer(js) && json_is_integer(je)) {
        long long a = json_integer_value(js), b = json_integer_value(je);
        if (a < 0 || a > b || b > text_length) {
            fprintf(stderr, "fuzz_annotate: span [%lld, %lld) outside [0, %lld]\n", a, b, text_length);
            abort();
        }
        long ba = to_byte(s, n, unit, a), bb = to_byte(s, n, unit, b);
        if (ba < 0 || bb < 0) {
            fprintf(stderr, "fuzz_annotate: span [%lld, %lld) splits a character\n", a, b);
            abort();
        }
        json_t *jt = json_object_get(v, "text");
        if (jt && (!json_is_string(jt) || json_string_length(jt) != (size_t)(bb - ba) ||
                   memcmp(json_string_value(jt), s + ba, (size_t)(bb - ba)) != 0)) {
            fprintf(stderr, "fuzz_annotate: \"text\" of span [%lld, %lld) differs from the input there\n", a, b);
            abort();
        }
    }
    const char *key;
    json_t *x;
    json_object_foreach(v, key, x)
        check_spans(x, s, n, unit, text_length);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct arena *a = arena_new(FUZZ_MEMORY_LIMIT);
    if (!a)
        return 0;
    enum lang lang = (enum lang)(size % 3);
    enum offset_unit unit = (enum offset_unit)((size / 3) % 3);
    struct annotate_input in = {(const char *)data, size, lang};
    struct doc *d = NULL;
    struct annotate_error err;
    if (annotate(fuzz_worker, a, &in, &d, &err) == 0) {
        struct render_options ro = {unit, (size & 1) ? "fuzz-id" : NULL};
        json_t *j = render_doc(d, &ro);
        if (j) {
            long long len = json_integer_value(json_object_get(j, "text_length"));
            if (to_byte(data, size, unit, len) != (long)size) {
                fprintf(stderr, "fuzz_annotate: text_length %lld is not the length of the input\n", len);
                abort();
            }
            check_spans(j, data, size, unit, len);
            char *s = json_dumps(j, JSON_COMPACT);
            json_t *back = s ? json_loads(s, JSON_ALLOW_NUL, NULL) : NULL;
            if (s && !back) {
                fprintf(stderr, "fuzz_annotate: the response does not parse back as JSON\n");
                abort();
            }
            json_decref(back);
            free(s);
            json_decref(j);
        }
    } else if (err.status == ANNOTATE_OK) {
        fprintf(stderr, "fuzz_annotate: annotate() failed without a status\n");
        abort();
    }
    arena_free(a);
    return 0;
}
