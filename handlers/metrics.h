/*
 * metrics.h — request counters and latency histograms, rendered for Prometheus.
 *
 * All counters are relaxed atomics updated once per request at completion; the
 * exposition reads them without locks (a scrape may see one request counted in the
 * total and not yet in the histogram, which Prometheus tolerates).
 */
#ifndef QAWL_METRICS_H
#define QAWL_METRICS_H

#include <stdatomic.h>
#include <stddef.h>

#include "handlers/router.h"

#define METRICS_N_STATUS 15
#define METRICS_N_BUCKETS 12

struct metrics {
    atomic_ullong requests[ROUTE_COUNT][METRICS_N_STATUS];
    atomic_ullong buckets[ROUTE_COUNT][METRICS_N_BUCKETS]; /* not cumulative */
    atomic_ullong count[ROUTE_COUNT];
    atomic_ullong sum_us[ROUTE_COUNT];
    atomic_ullong aborted;       /* requests that ended with no response (client went away) */
    atomic_ullong body_bytes;    /* request bodies received by /v1/annotate */
};

/* Records one answered request. */
void metrics_observe(struct metrics *m, enum route_id route, unsigned status, double seconds);

#endif
