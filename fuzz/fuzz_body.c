/*
 * fuzz_body.c — a request body as POST /v1/annotate receives it → the handler's parsing
 * → the pipeline → the response JSON.
 *
 * Input format: the Content-Type header value, a newline, then the body. The media
 * type goes through annotate_media_type() and the body through annotate_parse_body()
 * (UTF-8 check, JSON with duplicate keys refused, field types), exactly as the handler
 * calls them; an accepted body is annotated and rendered as the handler would. Every
 * refusal must name a problem with a 4xx status and a detail.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz/fuzz_common.h"
#include "handlers/annotate.h"
#include "handlers/problem.h"
#include "nlp/arena.h"

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

static void check_refusal(enum problem p, const char *why)
{
    if ((int)p < 0 || p >= PROBLEM_COUNT || problem_table[p].status < 400 || problem_table[p].status >= 500 ||
        !why[0]) {
        fprintf(stderr, "fuzz_body: refusal without a 4xx problem and a detail (%d, \"%s\")\n", (int)p, why);
        abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const uint8_t *nl = memchr(data, '\n', size < 256 ? size : 256);
    if (!nl)
        return 0;
    size_t ctlen = (size_t)(nl - data);
    char ct[257];
    memcpy(ct, data, ctlen);
    ct[ctlen] = 0;
    const char *body = (const char *)nl + 1;
    size_t len = size - ctlen - 1;

    char why[512] = "";
    enum body_kind kind = BODY_NONE;
    if (annotate_media_type(ctlen ? ct : NULL, &kind, why, sizeof why) != 0) {
        if (!why[0])
            abort();
        return 0;
    }
    if (kind != BODY_TEXT && kind != BODY_JSON)
        abort();

    /* The handler keeps the body in the request's arena, NUL-terminated; a copy of
     * exactly `len` bytes lets ASan see any read past it. */
    char *copy = malloc(len ? len : 1);
    if (!copy)
        return 0;
    memcpy(copy, body, len);
    struct annotate_body b;
    enum problem p = PROBLEM_COUNT;
    why[0] = 0;
    if (annotate_parse_body(kind, copy, len, (enum lang)(size % 3), &b, &p, why, sizeof why) != 0) {
        check_refusal(p, why);
        free(copy);
        return 0;
    }
    struct arena *a = arena_new(FUZZ_MEMORY_LIMIT);
    if (a) {
        struct annotate_error ae;
        size_t outlen = 0;
        char *out = annotate_render(fuzz_worker, a, &b.in, (enum offset_unit)((size / 3) % 3), b.id, (int)(size & 1),
                                    &outlen, &ae);
        if (out && strlen(out) != outlen)
            abort();
        if (!out && ae.status == ANNOTATE_OK)
            abort(); /* out of memory while rendering: not with 64 MiB and fuzzer-sized inputs */
        free(out);
        arena_free(a);
    }
    json_decref(b.root);
    free(copy);
    return 0;
}
