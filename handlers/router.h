/*
 * router.h — the route table, the per-request state, and the response helpers every
 * handler uses.
 *
 * libmicrohttpd calls router_access() several times per request: once when the headers
 * are in (the request is created, routed and checked, and may be answered at once),
 * once per piece of body, and once at the end (the route's finish() answers). The
 * request lives in its own arena, created on that first call and stored in *req_cls;
 * router_completed() logs the request, updates the metrics and frees the arena, once.
 */
#ifndef QAWL_ROUTER_H
#define QAWL_ROUTER_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <time.h>

#include <jansson.h>
#include <microhttpd.h>

#include "nlp/pipeline.h"
#include "nlp/text.h"

struct server;
struct arena;

enum route_id {
    ROUTE_ANNOTATE = 0,
    ROUTE_LIVEZ,
    ROUTE_HEALTHZ,
    ROUTE_READYZ,
    ROUTE_METRICS,
    ROUTE_OPENAPI,
    ROUTE_INFO,
    ROUTE_UNMATCHED,             /* no route: 404 */
    ROUTE_COUNT
};

enum {
    METHOD_GET = 1 << 0,
    METHOD_HEAD = 1 << 1,
    METHOD_POST = 1 << 2,
    METHOD_OPTIONS = 1 << 3,
    METHOD_OTHER = 1 << 4,
};

enum body_kind { BODY_NONE = 0, BODY_TEXT, BODY_JSON };

struct request;

struct route {
    const char *path;            /* exact match; also the route's name in logs and metrics */
    enum route_id id;
    unsigned methods;            /* METHOD_* accepted (OPTIONS is always answered) */
    /* First call, once method and state are checked: may answer at once (e.g. 413, 415,
     * 503). NULL: nothing to check. */
    enum MHD_Result (*begin)(struct request *r);
    /* Each piece of body; returns 0, or -1 to close the connection (abuse). NULL: the
     * body is ignored. */
    int (*body)(struct request *r, const char *data, size_t len);
    /* The request is complete: must queue a response. */
    enum MHD_Result (*finish)(struct request *r);
};

/* Everything one request owns; allocated in its arena. */
struct request {
    struct server *srv;
    struct MHD_Connection *conn;
    struct arena *arena;
    const struct route *route;   /* NULL when unmatched */
    const char *method;          /* libmicrohttpd's, valid for the request */
    unsigned method_bit;
    struct timespec start;
    char id[132];                /* request id: from X-Request-Id when well-formed */
    char client[64];             /* client address (after X-Forwarded-For) */
    unsigned status;             /* 0 until a response is queued */
    size_t bytes;                /* response body bytes */
    const char *problem;         /* problem type slug of an error response, for the log */
    int holds_slot;              /* counts in srv->in_flight */
    int deferred;                /* no body: routed on the final call, keeping keep-alive */

    /* Body, accumulated in the arena, bounded by max_body. */
    enum body_kind kind;
    char *body;
    size_t body_len, body_cap;
    int body_too_large;          /* max_body passed: the rest is discarded, 413 at the end */
    int body_no_memory;          /* the arena limit was hit while storing the body */
    uint64_t body_discarded;

    /* Query options of /v1/annotate. */
    enum offset_unit unit;
    enum lang lang;
    int pretty;
};

/* The route for an exact path, or NULL. */
const struct route *route_find(const char *path);

/* The route's name for logs and metrics ("unmatched" for ROUTE_UNMATCHED). */
const char *route_name(enum route_id id);

/* "GET, HEAD, OPTIONS" for a METHOD_* mask, into buf. */
void methods_format(unsigned methods, char *buf, size_t len);

/* libmicrohttpd callbacks; cls is the struct server. */
enum MHD_Result router_access(void *cls, struct MHD_Connection *conn, const char *url,
                              const char *method, const char *version, const char *upload_data,
                              size_t *upload_data_size, void **req_cls);
void router_completed(void *cls, struct MHD_Connection *conn, void **req_cls,
                      enum MHD_RequestTerminationCode toe);

/* Queues `body` (len bytes) as the response with `status` and `content_type`, adding
 * the headers every response carries (X-Request-Id, CORS, Connection: close while
 * draining). With `take`, `body` was malloc'ed and is handed to libmicrohttpd, which
 * frees it; otherwise it must be static. `extra` is a NULL-terminated list of header
 * name/value pairs (may be NULL). */
enum MHD_Result respond(struct request *r, unsigned status, const char *content_type, const char *body,
                        size_t len, int take, const char *const *extra);

/* json_dumps() of `j` (reference stolen) as application/json. */
enum MHD_Result respond_json(struct request *r, unsigned status, json_t *j, int pretty);

/* A request header value or NULL. */
const char *request_header(const struct request *r, const char *name);

/* Seconds since the request's first callback. */
double request_seconds(const struct request *r);

#endif
