/*
 * annotate.h — text to response JSON, shared by POST /v1/annotate and `qawl annotate`
 * so both print exactly the same document.
 */
#ifndef QAWL_ANNOTATE_H
#define QAWL_ANNOTATE_H

#include <stddef.h>

#include "nlp/pipeline.h"
#include "nlp/text.h"

/* The id of a request is echoed; longer ids are refused. */
#define ANNOTATE_MAX_ID 256

/* Runs the pipeline on `in` with arena `a` and serialises render_doc()'s JSON (indented
 * with `pretty`, else compact, UTF-8 not escaped). Returns a malloc'ed NUL-terminated
 * string the caller frees, its length in *len; or NULL with `err` set. NULL with
 * err->status == ANNOTATE_OK means the process ran out of memory while rendering. */
char *annotate_render(struct worker *w, struct arena *a, const struct annotate_input *in,
                      enum offset_unit unit, const char *id, int pretty, size_t *len,
                      struct annotate_error *err);

#endif
