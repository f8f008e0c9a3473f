/*
 * metrics.c — counting requests and exposing them in the Prometheus text format.
 */
#include "handlers/metrics.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "handlers/handlers.h"
#include "handlers/problem.h"
#include "server/daemon.h"

static const unsigned statuses[METRICS_N_STATUS] = {200, 204, 400, 401, 403, 404, 405, 408, 413, 415, 422, 431, 500, 503, 0};
static const double bounds[METRICS_N_BUCKETS] = {0.001, 0.005, 0.01, 0.025, 0.05, 0.1,
                                                 0.25,  0.5,   1,    2.5,   5,    10};

void metrics_observe(struct metrics *m, enum route_id route, unsigned status, double seconds)
{
    size_t si = METRICS_N_STATUS - 1; /* the last slot counts any other status */
    for (size_t i = 0; i + 1 < METRICS_N_STATUS; i++)
        if (statuses[i] == status)
            si = i;
    atomic_fetch_add_explicit(&m->requests[route][si], 1, memory_order_relaxed);
    for (size_t b = 0; b < METRICS_N_BUCKETS; b++) {
        if (seconds <= bounds[b]) {
            atomic_fetch_add_explicit(&m->buckets[route][b], 1, memory_order_relaxed);
            break;
        }
    }
    atomic_fetch_add_explicit(&m->count[route], 1, memory_order_relaxed);
    atomic_fetch_add_explicit(&m->sum_us[route], (unsigned long long)(seconds * 1e6), memory_order_relaxed);
}

struct sbuf {
    char *s;
    size_t len, cap;
    int failed;
};

__attribute__((format(printf, 2, 3))) static void sb_printf(struct sbuf *b, const char *fmt, ...)
{
    if (b->failed)
        return;
    for (;;) {
        va_list ap;
        va_start(ap, fmt);
        int n = vsnprintf(b->s + b->len, b->cap - b->len, fmt, ap);
        va_end(ap);
        if (n < 0) {
            b->failed = 1;
            return;
        }
        if ((size_t)n < b->cap - b->len) {
            b->len += (size_t)n;
            return;
        }
        size_t cap = b->cap * 2 + (size_t)n;
        char *grown = realloc(b->s, cap);
        if (!grown) {
            b->failed = 1;
            return;
        }
        b->s = grown;
        b->cap = cap;
    }
}

static unsigned long long load(atomic_ullong *v)
{
    return atomic_load_explicit(v, memory_order_relaxed);
}

enum MHD_Result metrics_handle(struct request *r)
{
    struct server *srv = r->srv;
    struct metrics *m = &srv->metrics;
    struct sbuf b = {malloc(8192), 0, 8192, 0};
    if (!b.s)
        return problem_respond(r, PROBLEM_INTERNAL, "out of memory");

    sb_printf(&b, "# HELP qawl_build_info The running version of qawl.\n# TYPE qawl_build_info gauge\n");
    sb_printf(&b, "qawl_build_info{version=\"%s\"} 1\n", QAWL_VERSION);
    sb_printf(&b, "# HELP qawl_start_time_seconds Start time of the process since the epoch.\n"
                  "# TYPE qawl_start_time_seconds gauge\nqawl_start_time_seconds %lld\n",
              (long long)srv->started);
    sb_printf(&b, "# HELP qawl_ready 1 while the server accepts work (see /readyz).\n"
                  "# TYPE qawl_ready gauge\nqawl_ready %d\n",
              atomic_load(&srv->ready) && !atomic_load(&srv->draining));

    sb_printf(&b, "# HELP qawl_http_requests_total HTTP requests answered, by route and status.\n"
                  "# TYPE qawl_http_requests_total counter\n");
    for (int rt = 0; rt < ROUTE_COUNT; rt++) {
        for (size_t si = 0; si < METRICS_N_STATUS; si++) {
            unsigned long long v = load(&m->requests[rt][si]);
            if (!v)
                continue;
            if (statuses[si])
                sb_printf(&b, "qawl_http_requests_total{route=\"%s\",status=\"%u\"} %llu\n",
                          route_name((enum route_id)rt), statuses[si], v);
            else
                sb_printf(&b, "qawl_http_requests_total{route=\"%s\",status=\"other\"} %llu\n",
                          route_name((enum route_id)rt), v);
        }
    }

    sb_printf(&b, "# HELP qawl_http_request_duration_seconds Time from the request headers to the response.\n"
                  "# TYPE qawl_http_request_duration_seconds histogram\n");
    for (int rt = 0; rt < ROUTE_COUNT; rt++) {
        unsigned long long count = load(&m->count[rt]);
        if (!count)
            continue;
        const char *name = route_name((enum route_id)rt);
        unsigned long long cum = 0;
        for (size_t bi = 0; bi < METRICS_N_BUCKETS; bi++) {
            cum += load(&m->buckets[rt][bi]);
            sb_printf(&b, "qawl_http_request_duration_seconds_bucket{route=\"%s\",le=\"%g\"} %llu\n", name,
                      bounds[bi], cum);
        }
        sb_printf(&b, "qawl_http_request_duration_seconds_bucket{route=\"%s\",le=\"+Inf\"} %llu\n", name, count);
        sb_printf(&b, "qawl_http_request_duration_seconds_sum{route=\"%s\"} %.6f\n", name,
                  (double)load(&m->sum_us[rt]) / 1e6);
        sb_printf(&b, "qawl_http_request_duration_seconds_count{route=\"%s\"} %llu\n", name, count);
    }

    sb_printf(&b, "# HELP qawl_http_requests_in_flight Requests received and not yet completed.\n"
                  "# TYPE qawl_http_requests_in_flight gauge\nqawl_http_requests_in_flight %ld\n",
              atomic_load(&srv->active));
    sb_printf(&b, "# HELP qawl_annotate_in_flight Annotate requests holding one of max_in_flight slots.\n"
                  "# TYPE qawl_annotate_in_flight gauge\nqawl_annotate_in_flight %ld\n",
              atomic_load(&srv->in_flight));
    sb_printf(&b, "# HELP qawl_annotate_max_in_flight The max_in_flight setting.\n"
                  "# TYPE qawl_annotate_max_in_flight gauge\nqawl_annotate_max_in_flight %lld\n",
              (long long)srv->cfg->max_in_flight);
    sb_printf(&b, "# HELP qawl_http_requests_aborted_total Requests that ended without a response.\n"
                  "# TYPE qawl_http_requests_aborted_total counter\nqawl_http_requests_aborted_total %llu\n",
              load(&m->aborted));
    sb_printf(&b, "# HELP qawl_annotate_body_bytes_total Request body bytes received by /v1/annotate.\n"
                  "# TYPE qawl_annotate_body_bytes_total counter\nqawl_annotate_body_bytes_total %llu\n",
              load(&m->body_bytes));
    sb_printf(&b, "# HELP qawl_model_entries Entries loaded into the model, by table.\n"
                  "# TYPE qawl_model_entries gauge\n"
                  "qawl_model_entries{table=\"lexicon\"} %zu\n"
                  "qawl_model_entries{table=\"common_words\"} %zu\n"
                  "qawl_model_entries{table=\"knowledge\"} %zu\n"
                  "qawl_model_entries{table=\"reporting_verbs\"} %zu\n",
              srv->stats.lexicon_entries, srv->stats.common_words, srv->stats.knowledge_entries,
              srv->stats.reporting_verbs);
    if (b.failed) {
        free(b.s);
        return problem_respond(r, PROBLEM_INTERNAL, "out of memory");
    }
    return respond(r, 200, "text/plain; version=0.0.4; charset=utf-8", b.s, b.len, 1, NULL);
}
