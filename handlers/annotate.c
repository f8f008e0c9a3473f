/*
 * annotate.c — POST /v1/annotate: media type, limits, body, JSON fields, the pipeline.
 *
 * Everything that can be refused without the body (media type, query, Content-Length,
 * the in-flight cap, draining) is refused on the first callback, so a client that sent
 * `Expect: 100-continue` or a too-large Content-Length gets its answer before it sends
 * the body. Chunked bodies are counted as they arrive; past max_body the rest is read
 * and thrown away and 413 is the answer (libmicrohttpd 0.9.75 cannot answer before an
 * upload is over), and a client that keeps going far past the limit is cut off.
 */
#include "handlers/annotate.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "handlers/handlers.h"
#include "handlers/problem.h"
#include "nlp/arena.h"
#include "nlp/render.h"
#include "server/daemon.h"

#define ACCEPTED_MEDIA "text/plain; charset=utf-8 or application/json"

char *annotate_render(struct worker *w, struct arena *a, const struct annotate_input *in,
                      enum offset_unit unit, const char *id, int pretty, size_t *len,
                      struct annotate_error *err)
{
    struct doc *d;
    if (annotate(w, a, in, &d, err) != 0)
        return NULL;
    struct render_options ro = {unit, id};
    if (!pretty)
        return render_doc_compact(d, &ro, len);
    /* Indented output is for people reading it: jansson's tree and indentation are fine. */
    json_t *j = render_doc(d, &ro);
    char *s = j ? json_dumps(j, JSON_INDENT(2)) : NULL;
    if (s)
        *len = strlen(s);
    json_decref(j);
    return s;
}

static void trim_span(const char **a, const char **b)
{
    while (*a < *b && (**a == ' ' || **a == '\t'))
        (*a)++;
    while (*b > *a && ((*b)[-1] == ' ' || (*b)[-1] == '\t'))
        (*b)--;
}

static int span_is(const char *a, const char *b, const char *word)
{
    size_t n = strlen(word);
    return (size_t)(b - a) == n && strncasecmp(a, word, n) == 0;
}

int annotate_media_type(const char *ct, enum body_kind *kind, char *why, size_t whylen)
{
    if (!ct || !*ct) {
        snprintf(why, whylen, "a Content-Type header is required: %s", ACCEPTED_MEDIA);
        return -1;
    }
    const char *end = strchr(ct, ';');
    if (!end)
        end = ct + strlen(ct);
    const char *a = ct, *b = end;
    trim_span(&a, &b);
    char q[80];
    if (span_is(a, b, "text/plain")) {
        *kind = BODY_TEXT;
    } else if (span_is(a, b, "application/json")) {
        *kind = BODY_JSON;
    } else {
        problem_quote(ct, q, sizeof q);
        snprintf(why, whylen, "media type %s is not supported; send %s", q, ACCEPTED_MEDIA);
        return -1;
    }
    while (*end == ';') {
        const char *p = end + 1;
        end = strchr(p, ';');
        if (!end)
            end = p + strlen(p);
        const char *eq = memchr(p, '=', (size_t)(end - p));
        if (!eq)
            continue;
        const char *na = p, *nb = eq, *va = eq + 1, *vb = end;
        trim_span(&na, &nb);
        trim_span(&va, &vb);
        if (vb - va >= 2 && *va == '"' && vb[-1] == '"')
            va++, vb--;
        if (!span_is(na, nb, "charset"))
            continue;
        if (!span_is(va, vb, "utf-8") && !span_is(va, vb, "utf8")) {
            char cs[80];
            size_t n = (size_t)(vb - va) < 63 ? (size_t)(vb - va) : 63;
            memcpy(cs, va, n);
            cs[n] = 0;
            problem_quote(cs, q, sizeof q);
            snprintf(why, whylen, "charset %s is not supported; the body must be UTF-8 (%s)", q,
                     ACCEPTED_MEDIA);
            return -1;
        }
    }
    return 0;
}

/* offsets, language, pretty; -1 with a reason for 400. */
static int parse_query(struct request *r, char *why, size_t whylen)
{
    char q[80];
    const char *v = MHD_lookup_connection_value(r->conn, MHD_GET_ARGUMENT_KIND, "offsets");
    r->unit = OFFSET_CODEPOINT;
    if (v && offset_unit_parse(v, &r->unit) != 0) {
        problem_quote(v, q, sizeof q);
        snprintf(why, whylen, "offsets=%s: must be codepoint, utf16 or utf8", q);
        return -1;
    }
    v = MHD_lookup_connection_value(r->conn, MHD_GET_ARGUMENT_KIND, "language");
    r->lang = LANG_AUTO;
    if (v && lang_parse(v, &r->lang) != 0) {
        problem_quote(v, q, sizeof q);
        snprintf(why, whylen, "language=%s: must be auto, ar or en", q);
        return -1;
    }
    v = MHD_lookup_connection_value(r->conn, MHD_GET_ARGUMENT_KIND, "pretty");
    r->pretty = 0;
    if (v) {
        if (strcmp(v, "1") == 0 || strcmp(v, "true") == 0)
            r->pretty = 1;
        else if (strcmp(v, "0") != 0 && strcmp(v, "false") != 0) {
            problem_quote(v, q, sizeof q);
            snprintf(why, whylen, "pretty=%s: must be 1, true, 0 or false", q);
            return -1;
        }
    }
    return 0;
}

/* The declared body length; UINT64_MAX when absent (chunked), saturating below it
 * (libmicrohttpd has already refused malformed values). */
static uint64_t content_length(struct request *r)
{
    const char *v = request_header(r, "Content-Length");
    if (!v)
        return UINT64_MAX;
    uint64_t n = 0;
    for (; *v >= '0' && *v <= '9'; v++) {
        if (n > (UINT64_MAX - 9) / 10)
            return UINT64_MAX - 1;
        n = n * 10 + (uint64_t)(*v - '0');
    }
    return n;
}

enum MHD_Result annotate_begin(struct request *r)
{
    struct server *srv = r->srv;
    char why[256];
    if (atomic_load(&srv->draining))
        return problem_respond(r, PROBLEM_NOT_READY, "the server is shutting down; retry on another instance");
    if (parse_query(r, why, sizeof why) != 0)
        return problem_respond(r, PROBLEM_INVALID_QUERY, "%s", why);
    if (annotate_media_type(request_header(r, "Content-Type"), &r->kind, why, sizeof why) != 0)
        return problem_respond(r, PROBLEM_UNSUPPORTED_MEDIA_TYPE, "%s", why);
    uint64_t cl = content_length(r);
    uint64_t max = (uint64_t)srv->cfg->max_body;
    if (cl != UINT64_MAX && cl > max)
        return problem_respond(r, PROBLEM_BODY_TOO_LARGE,
                               "the body is %llu bytes; at most %llu are accepted (max_body)",
                               (unsigned long long)cl, (unsigned long long)max);
    if (atomic_fetch_add(&srv->in_flight, 1) >= srv->cfg->max_in_flight) {
        atomic_fetch_sub(&srv->in_flight, 1);
        return problem_respond(r, PROBLEM_OVERLOADED, "%lld requests are in flight, the most this server takes",
                               (long long)srv->cfg->max_in_flight);
    }
    r->holds_slot = 1;
    if (cl != UINT64_MAX && cl > 0) {
        r->body = arena_alloc(r->arena, (size_t)cl + 1);
        if (!r->body)
            r->body_no_memory = 1;
        else
            r->body_cap = (size_t)cl;
    }
    return MHD_YES;
}

int annotate_body(struct request *r, const char *data, size_t len)
{
    size_t max = (size_t)r->srv->cfg->max_body;
    atomic_fetch_add_explicit(&r->srv->metrics.body_bytes, len, memory_order_relaxed);
    if (!r->body_too_large && !r->body_no_memory && len > max - r->body_len)
        r->body_too_large = 1;
    if (r->body_too_large || r->body_no_memory) {
        r->body_discarded += len;
        /* Reading on costs bandwidth only, but not forever. */
        return r->body_discarded > 4 * (uint64_t)max + (4u << 20) ? -1 : 0;
    }
    if (len > r->body_cap - r->body_len) {
        size_t cap = r->body_cap ? r->body_cap : 16384;
        while (cap < r->body_len + len)
            cap *= 2;
        if (cap > max)
            cap = max;
        char *grown = arena_alloc(r->arena, cap + 1);
        if (!grown) {
            r->body_no_memory = 1;
            r->body_discarded += len;
            return 0;
        }
        if (r->body_len)
            memcpy(grown, r->body, r->body_len);
        r->body = grown;
        r->body_cap = cap;
    }
    memcpy(r->body + r->body_len, data, len);
    r->body_len += len;
    return 0;
}

int annotate_parse_body(enum body_kind kind, const char *data, size_t len, enum lang lang,
                        struct annotate_body *out, enum problem *problem, char *why, size_t whylen)
{
    memset(out, 0, sizeof *out);
    out->in = (struct annotate_input){data, len, lang};
    if (kind != BODY_JSON)
        return 0;
    struct text_error te = {0, NULL};
    if (text_validate_utf8(data, len, &te) != 0) {
        *problem = PROBLEM_INVALID_UTF8;
        snprintf(why, whylen, "invalid UTF-8 at byte %zu: %s", te.byte_offset, te.reason);
        return -1;
    }
    json_error_t je;
    json_t *root = json_loadb(data, len, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &je);
    if (!root) {
        *problem = PROBLEM_MALFORMED_JSON;
        snprintf(why, whylen, "%s (line %d, column %d, byte %d)", je.text, je.line, je.column, je.position);
        return -1;
    }
    *problem = PROBLEM_INVALID_FIELD;
    if (!json_is_object(root)) {
        snprintf(why, whylen, "the body must be a JSON object with a \"text\" string");
        goto fail;
    }
    json_t *t = json_object_get(root, "text");
    if (!json_is_string(t)) {
        snprintf(why, whylen, t ? "\"text\" must be a string" : "\"text\" is required");
        goto fail;
    }
    out->in.text = json_string_value(t);
    out->in.len = json_string_length(t);
    json_t *l = json_object_get(root, "language");
    if (l && (!json_is_string(l) || lang_parse(json_string_value(l), &out->in.lang) != 0)) {
        snprintf(why, whylen, "\"language\" must be \"auto\", \"ar\" or \"en\"");
        goto fail;
    }
    json_t *i = json_object_get(root, "id");
    if (i) {
        if (!json_is_string(i) || json_string_length(i) > ANNOTATE_MAX_ID ||
            strlen(json_string_value(i)) != json_string_length(i)) {
            snprintf(why, whylen, "\"id\" must be a string of at most %d bytes without NUL", ANNOTATE_MAX_ID);
            goto fail;
        }
        out->id = json_string_value(i);
    }
    out->root = root;
    return 0;
fail:
    json_decref(root);
    memset(out, 0, sizeof *out);
    return -1;
}

static enum MHD_Result annotate_failed(struct request *r, const struct annotate_error *ae)
{
    switch (ae->status) {
    case ANNOTATE_INVALID_UTF8:
        return problem_respond(r, PROBLEM_INVALID_UTF8, "%s", ae->detail);
    case ANNOTATE_EMPTY:
        return problem_respond(r, PROBLEM_EMPTY_TEXT, "%s", ae->detail);
    case ANNOTATE_NO_MEMORY:
    case ANNOTATE_TOO_LONG:
        return problem_respond(r, PROBLEM_TEXT_TOO_COSTLY, "%s (request_memory_limit is %lld bytes)", ae->detail,
                               (long long)r->srv->cfg->request_memory_limit);
    case ANNOTATE_OK:
        break;
    }
    return problem_respond(r, PROBLEM_INTERNAL, "out of memory while rendering the response");
}

enum MHD_Result annotate_finish(struct request *r)
{
    struct server *srv = r->srv;
    if (r->body_too_large)
        return problem_respond(r, PROBLEM_BODY_TOO_LARGE, "the body is larger than %lld bytes (max_body)",
                               (long long)srv->cfg->max_body);
    if (r->body_no_memory)
        return problem_respond(r, PROBLEM_TEXT_TOO_COSTLY, "the body does not fit in request_memory_limit (%lld bytes)",
                               (long long)srv->cfg->request_memory_limit);

    struct annotate_body body;
    enum problem p;
    char why[512];
    enum MHD_Result ret;
    if (annotate_parse_body(r->kind, r->body ? r->body : "", r->body_len, r->lang, &body, &p, why, sizeof why) != 0)
        return problem_respond(r, p, "%s", why);

    char err[256];
    struct worker *w = server_worker(srv, err, sizeof err);
    if (!w) {
        ret = problem_respond(r, PROBLEM_INTERNAL, "cannot create a worker");
        goto done;
    }
    struct annotate_error ae;
    size_t len = 0;
    char *out = annotate_render(w, r->arena, &body.in, r->unit, body.id, r->pretty, &len, &ae);
    if (!out)
        ret = annotate_failed(r, &ae);
    else
        ret = respond(r, 200, "application/json; charset=utf-8", out, len, 1, NULL);
done:
    json_decref(body.root);
    return ret;
}
