/*
 * problem.c — the table of problem types and the one function that answers with one.
 */
#include "handlers/problem.h"

#include <stdio.h>
#include <string.h>

#include "server/daemon.h"

const struct problem_info problem_table[PROBLEM_COUNT] = {
    [PROBLEM_MALFORMED_JSON] = {"malformed-json", 400, "The body is not well-formed JSON"},
    [PROBLEM_INVALID_UTF8] = {"invalid-utf8", 400, "The text is not valid UTF-8"},
    [PROBLEM_INVALID_FIELD] = {"invalid-field", 400, "A field of the request is missing or has the wrong type"},
    [PROBLEM_INVALID_QUERY] = {"invalid-query", 400, "A query parameter has an invalid value"},
    [PROBLEM_NOT_FOUND] = {"not-found", 404, "No such resource"},
    [PROBLEM_METHOD_NOT_ALLOWED] = {"method-not-allowed", 405, "Method not allowed on this resource"},
    [PROBLEM_BODY_TOO_LARGE] = {"body-too-large", 413, "The request body is larger than the server accepts"},
    [PROBLEM_TEXT_TOO_COSTLY] = {"text-too-costly", 413, "The text needs more memory than one request may use"},
    [PROBLEM_UNSUPPORTED_MEDIA_TYPE] = {"unsupported-media-type", 415, "Unsupported media type"},
    [PROBLEM_EMPTY_TEXT] = {"empty-text", 422, "The text is empty"},
    [PROBLEM_OVERLOADED] = {"overloaded", 503, "Too many requests in flight"},
    [PROBLEM_NOT_READY] = {"not-ready", 503, "The server is starting or shutting down"},
    [PROBLEM_INTERNAL] = {"internal", 500, "Internal server error"},
    [PROBLEM_UNAUTHORIZED] = {"unauthorized", 401, "A valid API key is required"},
    [PROBLEM_FORBIDDEN] = {"forbidden", 403, "This client may not use this resource"},
    [PROBLEM_MALFORMED_REQUEST] = {"malformed-request", 400, "The request's framing is ambiguous or unsupported"},
};

void problem_quote(const char *s, char *buf, size_t len)
{
    size_t i = 0;
    if (!len)
        return;
    for (; s && s[i] && i + 4 < len && i < 64; i++)
        buf[i] = (s[i] >= 0x20 && s[i] < 0x7f) ? s[i] : '?';
    if (s && s[i] && i + 3 < len) {
        buf[i++] = '.';
        buf[i++] = '.';
        buf[i++] = '.';
    }
    buf[i] = 0;
}

enum MHD_Result problem_respond(struct request *r, enum problem p, const char *detail, ...)
{
    const struct problem_info *pi = &problem_table[p];
    char det[512], type[96];
    va_list ap;
    va_start(ap, detail);
    vsnprintf(det, sizeof det, detail, ap);
    va_end(ap);
    snprintf(type, sizeof type, "urn:qawl:problem:%s", pi->slug);

    json_t *o = json_object();
    json_object_set_new(o, "type", json_string(type));
    json_object_set_new(o, "title", json_string(pi->title));
    json_object_set_new(o, "status", json_integer(pi->status));
    json_object_set_new(o, "detail", json_string(det));
    json_object_set_new(o, "request_id", json_string(r->id));
    char *body = json_dumps(o, JSON_COMPACT);
    json_decref(o);
    r->problem = pi->slug;

    const char *extra[5] = {NULL};
    char allow[64], retry[24];
    if (pi->status == 401) {
        extra[0] = "WWW-Authenticate";
        extra[1] = "Bearer realm=\"qawl\"";
    } else if (pi->status == 405 && r->route) {
        methods_format(r->route->methods | METHOD_OPTIONS, allow, sizeof allow);
        extra[0] = "Allow";
        extra[1] = allow;
    } else if (pi->status == 503) {
        snprintf(retry, sizeof retry, "%lld", (long long)r->srv->cfg->retry_after);
        extra[0] = "Retry-After";
        extra[1] = retry;
    }
    if (!body) /* out of memory: still answer, with a static body */
        return respond(r, pi->status, "application/problem+json", "{}", 2, 0, extra);
    return respond(r, pi->status, "application/problem+json", body, strlen(body), 1, extra);
}
