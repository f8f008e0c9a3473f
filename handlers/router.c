/*
 * router.c — the route table and the request lifecycle around it.
 *
 * Everything that is the same for every route lives here: creating the request and its
 * arena, the request id and client address, 404/405, OPTIONS and CORS, the common
 * response headers, and at completion the access log line and the metrics.
 */
#include "handlers/router.h"

#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "handlers/handlers.h"
#include "handlers/problem.h"
#include "nlp/arena.h"
#include "server/auth.h"
#include "server/daemon.h"
#include "server/log.h"

/* How many requests between two malloc_trim() calls (see router_completed). */
#define TRIM_EVERY 2048u

static const struct route routes[] = {
    {"/v1/annotate", ROUTE_ANNOTATE, METHOD_POST, annotate_begin, annotate_body, annotate_finish},
    {"/livez", ROUTE_LIVEZ, METHOD_GET | METHOD_HEAD, NULL, NULL, health_live},
    {"/healthz", ROUTE_HEALTHZ, METHOD_GET | METHOD_HEAD, NULL, NULL, health_live},
    {"/readyz", ROUTE_READYZ, METHOD_GET | METHOD_HEAD, NULL, NULL, health_ready},
    {"/metrics", ROUTE_METRICS, METHOD_GET | METHOD_HEAD, NULL, NULL, metrics_handle},
    {"/openapi.json", ROUTE_OPENAPI, METHOD_GET | METHOD_HEAD, NULL, NULL, meta_openapi},
    {"/v1/info", ROUTE_INFO, METHOD_GET | METHOD_HEAD, NULL, NULL, meta_info},
};

const struct route *route_find(const char *path)
{
    for (size_t i = 0; i < sizeof routes / sizeof routes[0]; i++)
        if (strcmp(routes[i].path, path) == 0)
            return &routes[i];
    return NULL;
}

const char *route_name(enum route_id id)
{
    for (size_t i = 0; i < sizeof routes / sizeof routes[0]; i++)
        if (routes[i].id == id)
            return routes[i].path;
    return "unmatched";
}

void methods_format(unsigned methods, char *buf, size_t len)
{
    static const struct { unsigned bit; const char *name; } names[] = {
        {METHOD_GET, "GET"}, {METHOD_HEAD, "HEAD"}, {METHOD_POST, "POST"}, {METHOD_OPTIONS, "OPTIONS"},
    };
    size_t used = 0;
    buf[0] = 0;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (!(methods & names[i].bit))
            continue;
        int n = snprintf(buf + used, len - used, "%s%s", used ? ", " : "", names[i].name);
        if (n < 0 || (size_t)n >= len - used) {
            buf[used] = 0; /* no partial name */
            break;
        }
        used += (size_t)n;
    }
}

static unsigned method_bit(const char *m)
{
    if (strcmp(m, "GET") == 0)
        return METHOD_GET;
    if (strcmp(m, "HEAD") == 0)
        return METHOD_HEAD;
    if (strcmp(m, "POST") == 0)
        return METHOD_POST;
    if (strcmp(m, "OPTIONS") == 0)
        return METHOD_OPTIONS;
    return METHOD_OTHER;
}

const char *request_header(const struct request *r, const char *name)
{
    return MHD_lookup_connection_value(r->conn, MHD_HEADER_KIND, name);
}

double request_seconds(const struct request *r)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - r->start.tv_sec) + (double)(now.tv_nsec - r->start.tv_nsec) / 1e9;
}

/* [A-Za-z0-9._:-]{1,128} */
static int request_id_valid(const char *s)
{
    size_t n = 0;
    for (; s[n]; n++) {
        char c = s[n];
        if (n >= 128 || !((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                          c == '.' || c == '_' || c == ':' || c == '-'))
            return 0;
    }
    return n > 0;
}

/* Every X-Forwarded-For header, joined with commas in the order received. */
struct xff_acc {
    char *buf;
    size_t len, cap;
};

static enum MHD_Result xff_collect(void *cls, enum MHD_ValueKind kind, const char *key, const char *value)
{
    struct xff_acc *acc = cls;
    if (strcasecmp(key, "X-Forwarded-For") != 0 || !value)
        return MHD_YES;
    size_t n = strlen(value);
    if (acc->len + n + 2 > acc->cap)
        return MHD_YES; /* too long to be believed in full: keep what fits */
    if (acc->len)
        acc->buf[acc->len++] = ',';
    memcpy(acc->buf + acc->len, value, n);
    acc->len += n;
    acc->buf[acc->len] = 0;
    return MHD_YES;
}

static void find_client(struct request *r)
{
    uint8_t peer[16];
    const union MHD_ConnectionInfo *ci = MHD_get_connection_info(r->conn, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    if (!ci || ip_from_sockaddr(ci->client_addr, peer) != 0) {
        snprintf(r->client, sizeof r->client, "unknown");
        return;
    }
    const char *xff = NULL;
    char buf[2048];
    if (r->srv->cfg->trusted_proxies.n) {
        struct xff_acc acc = {buf, 0, sizeof buf};
        buf[0] = 0;
        MHD_get_connection_values(r->conn, MHD_HEADER_KIND, xff_collect, &acc);
        if (acc.len)
            xff = buf;
    }
    client_address(&r->srv->cfg->trusted_proxies, peer, xff, r->client, sizeof r->client);
}

/* The headers that say where the body ends. */
struct framing {
    unsigned content_length, transfer_encoding;
    const char *te;
};

static enum MHD_Result framing_collect(void *cls, enum MHD_ValueKind kind, const char *key, const char *value)
{
    struct framing *f = cls;
    if (strcasecmp(key, "Content-Length") == 0)
        f->content_length++;
    else if (strcasecmp(key, "Transfer-Encoding") == 0) {
        f->transfer_encoding++;
        f->te = value;
    }
    return MHD_YES;
}

/* A body whose end two parties could see in different places is how requests are
 * smuggled past a proxy: several Content-Length headers (libmicrohttpd 0.9.75 takes the
 * first), Content-Length with Transfer-Encoding, or a transfer coding other than
 * chunked (which libmicrohttpd would read until the connection closes). 0 when the
 * framing is unambiguous, else -1 with the reason. */
static int framing_check(const struct request *r, char *why, size_t whylen)
{
    struct framing f = {0, 0, NULL};
    MHD_get_connection_values(r->conn, MHD_HEADER_KIND, framing_collect, &f);
    if (f.content_length > 1) {
        snprintf(why, whylen, "%u Content-Length headers; send one", f.content_length);
        return -1;
    }
    if (f.transfer_encoding > 1 || (f.transfer_encoding && f.content_length)) {
        snprintf(why, whylen, "Transfer-Encoding must come alone: one header, without Content-Length");
        return -1;
    }
    if (f.transfer_encoding) {
        /* Exactly what libmicrohttpd reads as chunked (it strips leading blanks only). */
        const char *a = f.te ? f.te : "";
        while (*a == ' ' || *a == '\t')
            a++;
        if (strcasecmp(a, "chunked") != 0) {
            char q[80];
            problem_quote(f.te, q, sizeof q);
            snprintf(why, whylen, "Transfer-Encoding %s is not supported; send Content-Length or chunked", q);
            return -1;
        }
    }
    return 0;
}

static struct request *request_new(struct server *srv, struct MHD_Connection *conn, const char *method)
{
    struct arena *a = arena_new((size_t)srv->cfg->request_memory_limit);
    if (!a)
        return NULL;
    struct request *r = arena_alloc(a, sizeof *r);
    if (!r) {
        arena_free(a);
        return NULL;
    }
    r->srv = srv;
    r->conn = conn;
    r->arena = a;
    r->method = method;
    r->method_bit = method_bit(method);
    clock_gettime(CLOCK_MONOTONIC, &r->start);
    const char *rid = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "X-Request-Id");
    if (rid && request_id_valid(rid))
        snprintf(r->id, sizeof r->id, "%s", rid);
    else
        snprintf(r->id, sizeof r->id, "%s-%lx", srv->id_prefix,
                 (unsigned long)atomic_fetch_add_explicit(&srv->next_id, 1, memory_order_relaxed));
    find_client(r);
    atomic_fetch_add(&srv->active, 1);
    return r;
}

static enum MHD_Result options_respond(struct request *r)
{
    char allow[64], age[24];
    methods_format(r->route->methods | METHOD_OPTIONS, allow, sizeof allow);
    const char *origin = request_header(r, "Origin");
    const char *want = request_header(r, "Access-Control-Request-Method");
    if (origin && want && config_origin_allowed(r->srv->cfg, origin)) {
        snprintf(age, sizeof age, "%lld", (long long)r->srv->cfg->cors_max_age);
        const char *extra[] = {"Access-Control-Allow-Methods", allow,
                               "Access-Control-Allow-Headers", "Content-Type, X-Request-Id",
                               "Access-Control-Max-Age", age,
                               "Allow", allow, NULL};
        return respond(r, 204, NULL, "", 0, 0, extra);
    }
    const char *extra[] = {"Allow", allow, NULL};
    return respond(r, 204, NULL, "", 0, 0, extra);
}

/* API keys, when configured, guard every /v1/ path (matched or not, so that the routes
 * are not revealed); CORS preflights carry no credentials and are exempt. */
static int needs_key(const struct request *r, const char *url)
{
    return r->srv->cfg->api_keys.n && strncmp(url, "/v1/", 4) == 0 && r->method_bit != METHOD_OPTIONS;
}

static int key_accepted(const struct request *r)
{
    size_t len = 0;
    const char *key = auth_presented_key(request_header(r, "Authorization"), request_header(r, "X-API-Key"), &len);
    return auth_key_matches(&r->srv->cfg->api_keys, key, len);
}

/* /metrics from a client outside metrics_allow (when set). The client is the address
 * find_client() settled on: the peer, or behind a trusted proxy its X-Forwarded-For. */
static int metrics_denied(const struct request *r)
{
    uint8_t ip[16];
    const struct cidr_list *allow = &r->srv->cfg->metrics_allow;
    if (!allow->n || r->route->id != ROUTE_METRICS || r->method_bit == METHOD_OPTIONS)
        return 0;
    return ip_parse(r->client, ip) != 0 || !cidr_list_contains(allow, ip);
}

static enum MHD_Result request_begin(struct request *r, const char *url)
{
    if (needs_key(r, url) && !key_accepted(r))
        return problem_respond(r, PROBLEM_UNAUTHORIZED,
                               "send an API key as \"Authorization: Bearer KEY\" or \"X-API-Key: KEY\"");
    r->route = route_find(url);
    if (!r->route) {
        char q[80];
        problem_quote(url, q, sizeof q);
        return problem_respond(r, PROBLEM_NOT_FOUND, "no resource at %s; see /openapi.json", q);
    }
    if (metrics_denied(r))
        return problem_respond(r, PROBLEM_FORBIDDEN, "%s may not read the metrics (metrics_allow)", r->client);
    if (r->method_bit == METHOD_OPTIONS)
        return options_respond(r);
    if (!(r->route->methods & r->method_bit)) {
        char allow[64], m[80];
        methods_format(r->route->methods | METHOD_OPTIONS, allow, sizeof allow);
        problem_quote(r->method, m, sizeof m);
        return problem_respond(r, PROBLEM_METHOD_NOT_ALLOWED, "%s is not allowed on %s; allowed: %s", m,
                               r->route->path, allow);
    }
    if (r->route->begin)
        return r->route->begin(r);
    return MHD_YES;
}

enum MHD_Result router_access(void *cls, struct MHD_Connection *conn, const char *url,
                              const char *method, const char *version, const char *upload_data,
                              size_t *upload_data_size, void **req_cls)
{
    struct request *r = *req_cls;
    if (!r) {
        r = request_new(cls, conn, method);
        if (!r)
            return MHD_NO;
        *req_cls = r;
        char why[160];
        if (framing_check(r, why, sizeof why) != 0)
            return problem_respond(r, PROBLEM_MALFORMED_REQUEST, "%s", why);
        /* A request with a body is checked now, so that 413/415/503 are answered before
         * the body is sent. One without is checked on the final call: libmicrohttpd
         * 0.9.75 closes the connection after an answer queued on the first call. */
        if (!request_header(r, "Content-Length") && !request_header(r, "Transfer-Encoding")) {
            r->deferred = 1;
            return MHD_YES;
        }
        return request_begin(r, url);
    }
    if (r->deferred) {
        r->deferred = 0;
        enum MHD_Result ret = request_begin(r, url);
        if (ret != MHD_YES || r->status)
            return ret;
    }
    if (*upload_data_size) {
        size_t n = *upload_data_size;
        *upload_data_size = 0;
        if (r->status || !r->route || !r->route->body)
            return MHD_YES;
        return r->route->body(r, upload_data, n) == 0 ? MHD_YES : MHD_NO;
    }
    if (r->status)
        return MHD_YES;
    if (!r->route) /* not reached: unmatched requests are answered on the first call */
        return problem_respond(r, PROBLEM_NOT_FOUND, "no such resource");
    return r->route->finish(r);
}

static const char *termination_name(enum MHD_RequestTerminationCode toe)
{
    switch (toe) {
    case MHD_REQUEST_TERMINATED_COMPLETED_OK: return "completed";
    case MHD_REQUEST_TERMINATED_WITH_ERROR: return "error";
    case MHD_REQUEST_TERMINATED_TIMEOUT_REACHED: return "timeout";
    case MHD_REQUEST_TERMINATED_DAEMON_SHUTDOWN: return "shutdown";
    case MHD_REQUEST_TERMINATED_READ_ERROR: return "read-error";
    case MHD_REQUEST_TERMINATED_CLIENT_ABORT: return "client-abort";
    }
    return "unknown";
}

void router_completed(void *cls, struct MHD_Connection *conn, void **req_cls,
                      enum MHD_RequestTerminationCode toe)
{
    struct server *srv = cls;
    struct request *r = *req_cls;
    if (!r)
        return;
    *req_cls = NULL;
    double secs = request_seconds(r);
    enum route_id route = r->route ? r->route->id : ROUTE_UNMATCHED;
    if (r->holds_slot)
        atomic_fetch_sub(&srv->in_flight, 1);
    if (r->status)
        metrics_observe(&srv->metrics, route, r->status, secs);
    else
        atomic_fetch_add_explicit(&srv->metrics.aborted, 1, memory_order_relaxed);

    if (log_enabled(LOG_INFO)) {
        char method[80];
        problem_quote(r->method, method, sizeof method);
        json_t *f = json_object();
        json_object_set_new(f, "request_id", json_string(r->id));
        json_object_set_new(f, "client", json_string(r->client));
        json_object_set_new(f, "method", json_string(method));
        json_object_set_new(f, "route", json_string(route_name(route)));
        json_object_set_new(f, "status", json_integer(r->status));
        json_object_set_new(f, "bytes", json_integer((json_int_t)r->bytes));
        json_object_set_new(f, "duration", json_real((double)(long long)(secs * 1e6) / 1e6));
        if (r->body_len || r->body_discarded)
            json_object_set_new(f, "body_bytes", json_integer((json_int_t)(r->body_len + r->body_discarded)));
        if (r->problem)
            json_object_set_new(f, "problem", json_string(r->problem));
        if (toe != MHD_REQUEST_TERMINATED_COMPLETED_OK)
            json_object_set_new(f, "termination", json_string(termination_name(toe)));
        log_event(LOG_INFO, "request", f);
    }
    atomic_fetch_sub(&srv->active, 1);
    arena_free(r->arena);
    /* Requests free their memory in another order than they took it, across several
     * threads' malloc arenas, so freed pages stay mapped between live blocks and RSS
     * crept up by 3-4 MiB over the first 250,000 requests before it levelled off.
     * malloc_trim() hands those pages back: measured at 0.36 ms on average (2.1 ms at
     * most) per call, once every TRIM_EVERY requests, well under a microsecond a request. */
#ifdef __GLIBC__
    if (atomic_fetch_add_explicit(&srv->completed, 1, memory_order_relaxed) % TRIM_EVERY == TRIM_EVERY - 1)
        malloc_trim(0);
#endif
}

enum MHD_Result respond(struct request *r, unsigned status, const char *content_type, const char *body,
                        size_t len, int take, const char *const *extra)
{
    struct MHD_Response *resp;
    void *buf = (void *)(uintptr_t)body; /* libmicrohttpd takes void * but never writes */
    if (take)
        resp = MHD_create_response_from_buffer_with_free_callback(len, buf, free);
    else
        resp = MHD_create_response_from_buffer(len, buf, MHD_RESPMEM_PERSISTENT);
    if (!resp) {
        if (take)
            free(buf);
        return MHD_NO;
    }
    if (content_type)
        MHD_add_response_header(resp, "Content-Type", content_type);
    MHD_add_response_header(resp, "X-Request-Id", r->id);
    MHD_add_response_header(resp, "Cache-Control", "no-store");
    const char *origin = request_header(r, "Origin");
    if (origin && config_origin_allowed(r->srv->cfg, origin)) {
        MHD_add_response_header(resp, "Access-Control-Allow-Origin", origin);
        MHD_add_response_header(resp, "Access-Control-Expose-Headers", "X-Request-Id, Retry-After");
    }
    if (r->srv->cfg->cors_origins.n || r->srv->cfg->cors_origins.any)
        MHD_add_response_header(resp, "Vary", "Origin");
    if (atomic_load(&r->srv->draining))
        MHD_add_response_header(resp, "Connection", "close");
    for (size_t i = 0; extra && extra[i] && extra[i + 1]; i += 2)
        MHD_add_response_header(resp, extra[i], extra[i + 1]);
    enum MHD_Result ret = MHD_queue_response(r->conn, status, resp);
    MHD_destroy_response(resp);
    if (ret == MHD_YES) {
        r->status = status;
        r->bytes = len;
    }
    return ret;
}

enum MHD_Result respond_json(struct request *r, unsigned status, json_t *j, int pretty)
{
    char *s = j ? json_dumps(j, pretty ? JSON_INDENT(2) : JSON_COMPACT) : NULL;
    json_decref(j);
    if (!s)
        return problem_respond(r, PROBLEM_INTERNAL, "out of memory");
    return respond(r, status, "application/json; charset=utf-8", s, strlen(s), 1, NULL);
}
