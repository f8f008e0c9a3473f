/*
 * daemon.h — the server's state and lifecycle.
 *
 * One struct server is created at start-up and reaches every callback through
 * libmicrohttpd's closure pointers; nothing else in the process is mutable after
 * start-up. Counters that threads share are atomics.
 */
#ifndef QAWL_DAEMON_H
#define QAWL_DAEMON_H

#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <time.h>

#include "handlers/metrics.h"
#include "nlp/pipeline.h"
#include "server/config.h"

struct MHD_Daemon;

struct server {
    const struct config *cfg;        /* borrowed from main(), outlives the server */
    struct model *model;             /* loaded once, freed after MHD_stop_daemon() */
    struct model_stats stats;
    pthread_key_t worker_key;        /* this thread's struct worker, freed at thread exit */
    struct MHD_Daemon *mhd;
    uint16_t port;                   /* the bound port (the real one when 0 was asked) */
    time_t started;
    atomic_int ready;                /* 1 between start-up and the drain */
    atomic_int draining;
    atomic_long active;              /* requests between their first callback and completion */
    atomic_long in_flight;           /* annotate requests holding one of max_in_flight slots */
    atomic_ulong next_id;            /* for generated request ids */
    atomic_ulong completed;          /* requests completed, to pace malloc_trim() */
    char id_prefix[16];
    struct metrics metrics;
};

/* Loads the model, serves until SIGTERM/SIGINT, drains, frees everything. Returns the
 * process exit status: 0 after a clean drain, 1 when start-up failed. */
int server_run(const struct config *cfg);

/* The calling thread's worker, created on first use; NULL with a reason in err when
 * it cannot be created. Owned by the thread (freed when it exits). */
struct worker *server_worker(struct server *s, char *err, size_t errlen);

#endif
