/*
 * render.h — a document as the API's JSON.
 *
 * Offsets are converted here, once, from the internal UTF-16 indices to the unit the
 * caller asked for; every "text" field is cut from the submitted text at those offsets.
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

#endif
