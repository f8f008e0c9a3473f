/*
 * problem.h — every error answer, as application/problem+json (RFC 9457).
 *
 * Each kind of problem has a stable type URI (urn:qawl:problem:<slug>), a status and a
 * title; the detail is written per occurrence. The body also carries the request id.
 * 401 answers get WWW-Authenticate, 405 answers Allow, 503 answers Retry-After.
 */
#ifndef QAWL_PROBLEM_H
#define QAWL_PROBLEM_H

#include "handlers/router.h"

enum problem {
    PROBLEM_MALFORMED_JSON = 0,
    PROBLEM_INVALID_UTF8,
    PROBLEM_INVALID_FIELD,
    PROBLEM_INVALID_QUERY,
    PROBLEM_NOT_FOUND,
    PROBLEM_METHOD_NOT_ALLOWED,
    PROBLEM_BODY_TOO_LARGE,
    PROBLEM_TEXT_TOO_COSTLY,
    PROBLEM_UNSUPPORTED_MEDIA_TYPE,
    PROBLEM_EMPTY_TEXT,
    PROBLEM_OVERLOADED,
    PROBLEM_NOT_READY,
    PROBLEM_INTERNAL,
    PROBLEM_UNAUTHORIZED,
    PROBLEM_FORBIDDEN,
    PROBLEM_MALFORMED_REQUEST,
    PROBLEM_COUNT
};

struct problem_info {
    const char *slug;            /* type is "urn:qawl:problem:" slug */
    unsigned status;
    const char *title;
};

extern const struct problem_info problem_table[PROBLEM_COUNT];

/* Queues the problem answer; `detail` is printf-style. */
enum MHD_Result problem_respond(struct request *r, enum problem p, const char *detail, ...)
    __attribute__((format(printf, 3, 4)));

/* A printable, bounded copy of client-supplied text for a detail message: at most 64
 * bytes, anything but printable ASCII replaced by '?'. */
void problem_quote(const char *s, char *buf, size_t len);

#endif
