/*
 * daemon.c — start-up, serving, and the drain on SIGTERM/SIGINT.
 *
 * The main thread blocks the termination signals before any other thread exists (so
 * every thread inherits the mask) and waits for them with sigwait(): no work ever runs
 * in a signal handler. On the first signal the server stops being ready, stops
 * accepting connections (MHD_quiesce_daemon), lets requests in flight finish, even an
 * upload still arriving, until drain_timeout, then stops libmicrohttpd (whose threads
 * free their workers on exit) and frees the model.
 */
#include "server/daemon.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <unistd.h>

#include "handlers/router.h"
#include "server/log.h"

static void worker_destroy(void *w)
{
    worker_free(w);
}

struct worker *server_worker(struct server *s, char *err, size_t errlen)
{
    struct worker *w = pthread_getspecific(s->worker_key);
    if (w)
        return w;
    w = worker_new(s->model, err, errlen);
    if (!w)
        return NULL;
    if (pthread_setspecific(s->worker_key, w) != 0) {
        worker_free(w);
        snprintf(err, errlen, "pthread_setspecific failed");
        return NULL;
    }
    return w;
}

__attribute__((format(printf, 2, 0))) static void mhd_log(void *cls, const char *fmt, va_list ap)
{
    char buf[512];
    vsnprintf(buf, sizeof buf, fmt, ap);
    size_t n = strlen(buf);
    while (n && (buf[n - 1] == '\n' || buf[n - 1] == '\r'))
        buf[--n] = 0;
    log_event(LOG_WARN, "libmicrohttpd", json_pack("{ss}", "detail", buf));
}

static void make_id_prefix(struct server *srv)
{
    unsigned char rnd[6];
    if (getrandom(rnd, sizeof rnd, GRND_NONBLOCK) != (ssize_t)sizeof rnd) {
        unsigned long v = (unsigned long)getpid() ^ (unsigned long)time(NULL);
        memcpy(rnd, &v, sizeof rnd < sizeof v ? sizeof rnd : sizeof v);
    }
    for (size_t i = 0; i < sizeof rnd; i++)
        snprintf(srv->id_prefix + 2 * i, 3, "%02x", rnd[i]);
}

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static struct MHD_Daemon *start_mhd(struct server *srv)
{
    const struct config *c = srv->cfg;
    /* poll(), not epoll: libmicrohttpd 0.9.75's edge-triggered epoll loop can lose
     * readiness under many busy keep-alive connections: every socket holds an unread
     * request while every worker sleeps in epoll_wait until connection_timeout
     * (bench/stall.sh shows it). poll() has never stalled there and is as fast. */
    unsigned flags = MHD_USE_POLL_INTERNAL_THREAD | MHD_USE_ITC | MHD_USE_ERROR_LOG;
    if (c->listen.sa.ss_family == AF_INET6)
        flags |= MHD_USE_IPv6;
    unsigned threads = config_thread_count(c);
    return MHD_start_daemon(flags, c->listen.port, NULL, NULL, router_access, srv,
                            MHD_OPTION_EXTERNAL_LOGGER, mhd_log, srv,
                            MHD_OPTION_SOCK_ADDR, (const struct sockaddr *)&c->listen.sa,
                            MHD_OPTION_THREAD_POOL_SIZE, threads,
                            MHD_OPTION_CONNECTION_LIMIT, (unsigned)c->connection_limit,
                            MHD_OPTION_PER_IP_CONNECTION_LIMIT, (unsigned)c->per_ip_connection_limit,
                            MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)c->connection_timeout,
                            MHD_OPTION_NOTIFY_COMPLETED, router_completed, srv,
                            MHD_OPTION_END);
}

/* Waits for in-flight requests until the deadline; a second signal cuts it short. */
static void drain(struct server *srv, const sigset_t *sigs)
{
    atomic_store(&srv->ready, 0);
    atomic_store(&srv->draining, 1);
    MHD_socket lfd = MHD_quiesce_daemon(srv->mhd);
    if (lfd != MHD_INVALID_SOCKET)
        close(lfd);
    log_lifecycle("draining",
              json_pack("{sIsI}", "in_flight", (json_int_t)atomic_load(&srv->active), "drain_timeout",
                        (json_int_t)srv->cfg->drain_timeout));
    double deadline = now_seconds() + (double)srv->cfg->drain_timeout;
    struct timespec tick = {0, 20 * 1000 * 1000};
    while (atomic_load(&srv->active) > 0 && now_seconds() < deadline) {
        int sig = sigtimedwait(sigs, NULL, &tick);
        if (sig == SIGTERM || sig == SIGINT) {
            log_event(LOG_WARN, "second signal: stopping without waiting", NULL);
            break;
        }
    }
}

int server_run(const struct config *cfg)
{
    sigset_t sigs;
    sigemptyset(&sigs);
    sigaddset(&sigs, SIGTERM);
    sigaddset(&sigs, SIGINT);
    sigaddset(&sigs, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &sigs, NULL);
    signal(SIGPIPE, SIG_IGN);

    struct server *srv = calloc(1, sizeof *srv);
    if (!srv) {
        log_event(LOG_ERROR, "out of memory", NULL);
        return 1;
    }
    srv->cfg = cfg;
    srv->started = time(NULL);
    make_id_prefix(srv);

    char err[512];
    struct model_options mo = {cfg->lexicon_dir, cfg->wordlist};
    double t0 = now_seconds();
    srv->model = model_load(&mo, err, sizeof err);
    if (!srv->model) {
        log_event(LOG_ERROR, "cannot load the model",
                  json_pack("{ssssss}", "error", err, "lexicon_dir", cfg->lexicon_dir, "wordlist", cfg->wordlist));
        free(srv);
        return 1;
    }
    model_get_stats(srv->model, &srv->stats);
    log_lifecycle("model loaded",
              json_pack("{sIsIsIsIsf}", "lexicon_entries", (json_int_t)srv->stats.lexicon_entries,
                        "common_words", (json_int_t)srv->stats.common_words, "knowledge_entries",
                        (json_int_t)srv->stats.knowledge_entries, "reporting_verbs",
                        (json_int_t)srv->stats.reporting_verbs, "seconds", now_seconds() - t0));

    int rc = 1;
    if (pthread_key_create(&srv->worker_key, worker_destroy) != 0) {
        log_event(LOG_ERROR, "pthread_key_create failed", NULL);
        goto cleanup_model;
    }
    srv->mhd = start_mhd(srv);
    if (!srv->mhd) {
        log_event(LOG_ERROR, "cannot start the HTTP server",
                  json_pack("{sssiss}", "host", cfg->listen.host, "port", cfg->listen.port, "error",
                            strerror(errno)));
        goto cleanup_key;
    }
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(srv->mhd, MHD_DAEMON_INFO_BIND_PORT);
    srv->port = info && info->port ? info->port : cfg->listen.port;
    const char *host = cfg->listen.host[0] ? cfg->listen.host : "0.0.0.0";
    atomic_store(&srv->ready, 1); /* before the line that tells the world where we listen */
    char address[96];
    snprintf(address, sizeof address, strchr(host, ':') ? "[%s]:%u" : "%s:%u", host, srv->port);
    log_lifecycle("listening",
              json_pack("{sssssisisIsIsI}", "address", address, "host", host, "port", srv->port, "threads",
                        (int)config_thread_count(cfg), "max_in_flight", (json_int_t)cfg->max_in_flight,
                        "max_body", (json_int_t)cfg->max_body, "pid", (json_int_t)getpid()));

    for (;;) {
        int sig = 0;
        if (sigwait(&sigs, &sig) != 0)
            continue;
        if (sig == SIGHUP) {
            log_event(LOG_INFO, "SIGHUP ignored: restart to change the configuration", NULL);
            continue;
        }
        log_lifecycle("signal received", json_pack("{ss}", "signal", sig == SIGTERM ? "SIGTERM" : "SIGINT"));
        break;
    }
    drain(srv, &sigs);
    long unfinished = atomic_load(&srv->active);
    MHD_stop_daemon(srv->mhd);
    log_lifecycle("stopped", json_pack("{sI}", "unfinished_requests", (json_int_t)unfinished));
    rc = 0;
cleanup_key:
    pthread_key_delete(srv->worker_key);
cleanup_model:
    model_free(srv->model);
    free(srv);
    return rc;
}
