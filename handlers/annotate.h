/*
 * annotate.h — text to response JSON, shared by POST /v1/annotate and `qawl annotate`
 * so both print exactly the same document.
 */
#ifndef QAWL_ANNOTATE_H
#define QAWL_ANNOTATE_H

#include <stddef.h>

#include <jansson.h>

#include "handlers/problem.h"
#include "handlers/router.h"
#include "nlp/pipeline.h"
#include "nlp/text.h"

/* The id of a request is echoed; longer ids are refused. */
#define ANNOTATE_MAX_ID 256

/* Runs the pipeline on `in` with arena `a` and renders the document: compact with
 * render_doc_compact(), or with `pretty` render_doc()'s tree indented by json_dumps()
 * (UTF-8 not escaped either way). Returns a malloc'ed NUL-terminated string the caller
 * frees with free(), its length in *len; or NULL with `err` set. NULL with
 * err->status == ANNOTATE_OK means the process ran out of memory while rendering. */
char *annotate_render(struct worker *w, struct arena *a, const struct annotate_input *in,
                      enum offset_unit unit, const char *id, int pretty, size_t *len,
                      struct annotate_error *err);

/* Content-Type to the kind of body: text/plain or application/json, with no charset or
 * utf-8. 0 with *kind set; -1 with a reason for a 415 in why[0..whylen). `ct` may be
 * NULL (missing header). */
int annotate_media_type(const char *ct, enum body_kind *kind, char *why, size_t whylen);

/* A request body, parsed. For a JSON body `root` holds the parsed document, which owns
 * `in.text` and `id`: release it with json_decref() once they are no longer used. For
 * text/plain, `in.text` is the body itself (borrowed) and root and id are NULL. */
struct annotate_body {
    struct annotate_input in;
    const char *id;
    json_t *root;
};

/* Parses `data` (len bytes, borrowed, must outlive `out` for text/plain) as a body of
 * `kind`; `lang` comes from the query and a JSON "language" overrides it. 0 on success;
 * -1 with the problem to answer in *problem and its detail in why[0..whylen), in which
 * case nothing needs releasing. Needs no libmicrohttpd connection: the fuzzer calls it
 * directly. The text itself is validated later, by annotate(). */
int annotate_parse_body(enum body_kind kind, const char *data, size_t len, enum lang lang,
                        struct annotate_body *out, enum problem *problem, char *why, size_t whylen);

#endif
