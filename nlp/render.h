/*
 * render.h — a document as the API's JSON.
 *
 * Offsets are converted here, once, from the internal UTF-16 indices to the unit the
 * caller asked for; every "text" field is cut from the submitted text at those offsets.
 *
 * Two forms of the same document: render_doc() builds a jansson tree (for indented
 * output and for callers that inspect the JSON), render_doc_compact() writes the compact
 * text directly, which is what every ordinary response is. Their bytes agree:
 * render_doc_compact() == json_dumps(render_doc(), JSON_COMPACT), tests/unit/test_render.c.
 */
#ifndef QAWL_RENDER_H
#define QAWL_RENDER_H

#include <jansson.h>

#include "nlp/text.h"

struct doc;

struct render_options {
    enum offset_unit unit;
    const char *id;          /* echoed as "id" when not NULL */
};

/* A new JSON object (the caller owns the reference) or NULL when out of memory. */
json_t *render_doc(const struct doc *d, const struct render_options *opts);

/* The document as compact JSON, byte for byte json_dumps(render_doc(d, opts),
 * JSON_COMPACT), written into one buffer without building the tree. Returns a malloc'ed
 * NUL-terminated string that the caller releases with free() (so it can be handed to
 * libmicrohttpd with free as the callback), its length without the NUL in *len; NULL when
 * out of memory. `d` and `opts` are borrowed, and `d` must be what annotate() produced:
 * the "text" fields are cut from its validated input without checking it again. */
char *render_doc_compact(const struct doc *d, const struct render_options *opts, size_t *len);

#endif
