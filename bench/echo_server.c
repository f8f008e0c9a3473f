/*
 * echo_server.c — the HTTP floor: a bare libmicrohttpd + jansson server.
 *
 * Started with the same daemon options as server/daemon.c (internal poll() threads,
 * inter-thread channel, a thread pool, the same connection limit and timeout), it reads
 * each request's body into memory and answers {"text": body} as compact JSON handed to
 * libmicrohttpd without a copy. Whatever qawl does beyond this is the price of its work.
 *
 *   echo_server [--listen 127.0.0.1:PORT] [--threads N] [--poll poll|epoll]
 * Port 0 picks a free port; the first line on stdout is "listening PORT ...". Runs until
 * SIGTERM or SIGINT. --poll epoll is libmicrohttpd's epoll mode, which qawl used before
 * bench/stall.sh showed it stalling.
 */
#include <arpa/inet.h>
#include <jansson.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct body {
    char *data;
    size_t len, cap;
};

static enum MHD_Result answer(struct MHD_Connection *conn, unsigned status, char *json)
{
    struct MHD_Response *r = MHD_create_response_from_buffer_with_free_callback(strlen(json), json, free);
    if (!r) {
        free(json);
        return MHD_NO;
    }
    MHD_add_response_header(r, "Content-Type", "application/json; charset=utf-8");
    enum MHD_Result ret = MHD_queue_response(conn, status, r);
    MHD_destroy_response(r);
    return ret;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *conn, const char *url, const char *method,
                                  const char *version, const char *upload_data, size_t *upload_data_size,
                                  void **req_cls)
{
    struct body *b = *req_cls;
    if (!b) {
        b = calloc(1, sizeof *b);
        if (!b)
            return MHD_NO;
        *req_cls = b;
        const char *cl = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "Content-Length");
        size_t want = cl ? strtoul(cl, NULL, 10) : 0;
        if (want > 0 && want <= (64u << 20)) {
            b->data = malloc(want);
            b->cap = b->data ? want : 0;
        }
        return MHD_YES;
    }
    if (*upload_data_size) {
        size_t n = *upload_data_size;
        *upload_data_size = 0;
        if (n > b->cap - b->len) {
            size_t cap = b->cap ? b->cap : 16384;
            while (cap < b->len + n)
                cap *= 2;
            char *g = realloc(b->data, cap);
            if (!g)
                return MHD_NO;
            b->data = g;
            b->cap = cap;
        }
        memcpy(b->data + b->len, upload_data, n);
        b->len += n;
        return MHD_YES;
    }
    json_t *text = json_stringn(b->data ? b->data : "", b->len);
    if (!text)
        return answer(conn, 400, strdup("{\"error\":\"the body is not UTF-8\"}"));
    json_t *o = json_object();
    json_object_set_new(o, "text", text);
    char *s = json_dumps(o, JSON_COMPACT);
    json_decref(o);
    return s ? answer(conn, 200, s) : MHD_NO;
}

static void on_completed(void *cls, struct MHD_Connection *conn, void **req_cls, enum MHD_RequestTerminationCode toe)
{
    struct body *b = *req_cls;
    if (b) {
        free(b->data);
        free(b);
        *req_cls = NULL;
    }
}

int main(int argc, char **argv)
{
    const char *listen = "127.0.0.1:0";
    long threads = sysconf(_SC_NPROCESSORS_ONLN);
    unsigned poll_flag = MHD_USE_POLL_INTERNAL_THREAD; /* as server/daemon.c */
    for (int i = 1; i + 1 < argc; i += 2) {
        if (strcmp(argv[i], "--poll") == 0 && (strcmp(argv[i + 1], "poll") == 0 || strcmp(argv[i + 1], "epoll") == 0))
            poll_flag = strcmp(argv[i + 1], "poll") == 0 ? MHD_USE_POLL_INTERNAL_THREAD : MHD_USE_EPOLL_INTERNAL_THREAD;
        else if (strcmp(argv[i], "--listen") == 0)
            listen = argv[i + 1];
        else if (strcmp(argv[i], "--threads") == 0)
            threads = atol(argv[i + 1]);
        else {
            fprintf(stderr, "usage: echo_server [--listen HOST:PORT] [--threads N] [--poll poll|epoll]\n");
            return 2;
        }
    }
    if (threads < 1)
        threads = sysconf(_SC_NPROCESSORS_ONLN) > 0 ? sysconf(_SC_NPROCESSORS_ONLN) : 1;
    char host[64];
    const char *colon = strrchr(listen, ':');
    if (!colon || (size_t)(colon - listen) >= sizeof host) {
        fprintf(stderr, "echo_server: --listen HOST:PORT (IPv4)\n");
        return 2;
    }
    memcpy(host, listen, (size_t)(colon - listen));
    host[colon - listen] = 0;
    struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = htons((uint16_t)atoi(colon + 1))};
    if (inet_pton(AF_INET, host, &sa.sin_addr) != 1) {
        fprintf(stderr, "echo_server: bad address %s\n", host);
        return 2;
    }

    sigset_t sigs;
    sigemptyset(&sigs);
    sigaddset(&sigs, SIGTERM);
    sigaddset(&sigs, SIGINT);
    pthread_sigmask(SIG_BLOCK, &sigs, NULL);
    signal(SIGPIPE, SIG_IGN);

    /* The options of server/daemon.c start_mhd() with its defaults. */
    struct MHD_Daemon *d = MHD_start_daemon(
        poll_flag | MHD_USE_ITC | MHD_USE_ERROR_LOG, ntohs(sa.sin_port), NULL, NULL, on_request,
        NULL, MHD_OPTION_SOCK_ADDR, (const struct sockaddr *)&sa, MHD_OPTION_THREAD_POOL_SIZE, (unsigned)threads,
        MHD_OPTION_CONNECTION_LIMIT, 1024u, MHD_OPTION_PER_IP_CONNECTION_LIMIT, 0u,
        MHD_OPTION_CONNECTION_TIMEOUT, 30u, MHD_OPTION_NOTIFY_COMPLETED, on_completed, NULL, MHD_OPTION_END);
    if (!d) {
        fprintf(stderr, "echo_server: cannot start libmicrohttpd on %s\n", listen);
        return 1;
    }
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
    printf("listening %u threads %ld pid %ld %s\n", info ? info->port : 0, threads, (long)getpid(),
           poll_flag == MHD_USE_POLL_INTERNAL_THREAD ? "poll" : "epoll");
    fflush(stdout);
    int sig;
    while (sigwait(&sigs, &sig) != 0)
        ;
    MHD_stop_daemon(d);
    return 0;
}
