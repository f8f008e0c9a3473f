/*
 * main.c — the command line: serve, annotate, health.
 *
 * Exit status: 0 success; 1 the work failed (bad input, a server that could not start,
 * an unhealthy server); 2 usage or configuration error.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "handlers/annotate.h"
#include "nlp/arena.h"
#include "nlp/pipeline.h"
#include "server/config.h"
#include "server/daemon.h"
#include "server/log.h"

#define EXIT_USAGE 2

static const char usage_main[] =
    "usage: qawl <command> [options]\n"
    "\n"
    "Finds who said what in a news article (Arabic or English) and returns it as JSON.\n"
    "\n"
    "commands:\n"
    "  serve      run the HTTP API (POST /v1/annotate)\n"
    "  annotate   annotate one article from a file or stdin, print the JSON\n"
    "  health     exit 0 when a running server answers GET /livez, else 1\n"
    "\n"
    "  qawl <command> --help   options of a command\n"
    "  qawl --version          print the version\n";

static void print_settings(FILE *f)
{
    fprintf(f, "settings (flag, environment variable, default):\n");
    for (size_t i = 0; i < config_n_settings; i++) {
        const struct setting *s = &config_settings[i];
        char flag[64], env[64];
        snprintf(flag, sizeof flag, "--%s", s->name);
        for (char *p = flag; *p; p++)
            if (*p == '_')
                *p = '-';
        snprintf(env, sizeof env, "QAWL_%s", s->name);
        for (char *p = env; *p; p++)
            if (*p >= 'a' && *p <= 'z')
                *p = (char)(*p - 'a' + 'A');
        fprintf(f, "  %-27s %-30s default: %s\n      %s\n", flag, env, *s->def ? s->def : "(empty)", s->help);
    }
    fprintf(f, "\nPrecedence: flag > environment > config file > default. A flag may be written\n"
               "--name VALUE or --name=VALUE. The config file has one \"name = value\" per line.\n");
}

static void usage_serve(FILE *f)
{
    fprintf(f, "usage: qawl serve [--config FILE] [--SETTING VALUE ...]\n\n"
               "Serves the HTTP API until SIGTERM or SIGINT, then drains in-flight requests.\n"
               "Logs one JSON line per request on stderr.\n\n"
               "  --config FILE   read settings from FILE (also QAWL_CONFIG)\n\n");
    print_settings(f);
}

static void usage_annotate(FILE *f)
{
    fprintf(f, "usage: qawl annotate [FILE|-] [--offsets codepoint|utf16|utf8] [--language auto|ar|en]\n"
               "                     [--pretty] [--id ID] [--config FILE] [--SETTING VALUE ...]\n\n"
               "Annotates one UTF-8 article (FILE, or stdin when FILE is - or absent) and prints\n"
               "the same JSON as POST /v1/annotate on stdout. Errors go to stderr, exit 1.\n\n"
               "  --offsets UNIT    unit of every start/end offset (default codepoint)\n"
               "  --language LANG   language of the text (default auto: detected)\n"
               "  --pretty          indent the JSON\n"
               "  --id ID           echoed as \"id\" in the output\n"
               "  --config FILE     settings file (lexicon_dir, wordlist, request_memory_limit apply)\n");
}

static void usage_health(FILE *f)
{
    fprintf(f, "usage: qawl health [--listen HOST:PORT] [--config FILE] [--timeout SECONDS]\n\n"
               "GETs /livez from a running server over a plain socket; exits 0 on 200, else 1.\n"
               "The address is the listen setting (flag, QAWL_LISTEN, config file); a wildcard\n"
               "host (0.0.0.0, ::) is reached on the loopback address.\n");
}

/* What a command line said. */
struct cli {
    const char *cmd;
    const char *config_file;
    struct config_arg *args;
    char (*flags)[72];
    size_t nargs;
    const char *positional;
    const char *offsets, *language, *id, *timeout;
    int pretty;
};

/* Options taking a value that belong to a command rather than to the settings table. */
static const char **own_option(struct cli *c, const char *name)
{
    if (strcmp(c->cmd, "annotate") == 0) {
        if (strcmp(name, "offsets") == 0)
            return &c->offsets;
        if (strcmp(name, "language") == 0)
            return &c->language;
        if (strcmp(name, "id") == 0)
            return &c->id;
    }
    if (strcmp(c->cmd, "health") == 0 && strcmp(name, "timeout") == 0)
        return &c->timeout;
    return NULL;
}

/* 0: parsed; 1: help printed; EXIT_USAGE: bad usage (message printed). */
static int parse_cli(struct cli *c, int argc, char **argv, void (*usage)(FILE *))
{
    c->args = calloc((size_t)argc + 1, sizeof *c->args);
    c->flags = calloc((size_t)argc + 1, sizeof *c->flags);
    if (!c->args || !c->flags) {
        fprintf(stderr, "qawl: out of memory\n");
        return EXIT_USAGE;
    }
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage(stdout);
            return 1;
        }
        if (strncmp(a, "--", 2) != 0 || a[2] == 0) {
            if (strcmp(c->cmd, "annotate") == 0 && !c->positional) {
                c->positional = a;
                continue;
            }
            fprintf(stderr, "qawl %s: unexpected argument \"%s\" (see qawl %s --help)\n", c->cmd, a, c->cmd);
            return EXIT_USAGE;
        }
        char name[64];
        const char *eq = strchr(a + 2, '=');
        size_t n = eq ? (size_t)(eq - (a + 2)) : strlen(a + 2);
        if (n >= sizeof name) {
            fprintf(stderr, "qawl %s: unknown option %.80s (see qawl %s --help)\n", c->cmd, a, c->cmd);
            return EXIT_USAGE;
        }
        memcpy(name, a + 2, n);
        name[n] = 0;
        for (char *p = name; *p; p++)
            if (*p == '-')
                *p = '_';
        if (strcmp(name, "pretty") == 0 && strcmp(c->cmd, "annotate") == 0 && !eq) {
            c->pretty = 1;
            continue;
        }
        const char **own = own_option(c, name);
        const struct setting *s = NULL;
        if (!own && strcmp(name, "config") != 0) {
            s = config_find(name);
            if (!s) {
                fprintf(stderr, "qawl %s: unknown option --%s (see qawl %s --help)\n", c->cmd, a + 2, c->cmd);
                return EXIT_USAGE;
            }
        }
        const char *value;
        if (eq) {
            value = eq + 1;
        } else if (i + 1 < argc) {
            value = argv[++i];
        } else {
            fprintf(stderr, "qawl %s: option --%s needs a value\n", c->cmd, a + 2);
            return EXIT_USAGE;
        }
        if (own) {
            *own = value;
        } else if (!s) {
            c->config_file = value;
        } else {
            snprintf(c->flags[c->nargs], sizeof c->flags[0], "--%.*s", (int)n, a + 2);
            c->args[c->nargs] = (struct config_arg){s->name, c->flags[c->nargs], value};
            c->nargs++;
        }
    }
    return 0;
}

static void cli_free(struct cli *c)
{
    free(c->args);
    free(c->flags);
}

/* The settings from the file, the environment and the flags; a bad one is reported as
 * "qawl COMMAND: ..." so the user sees which command refused it. */
static int cli_config(const struct cli *c, struct config *cfg)
{
    char err[512];
    if (config_build(cfg, c->config_file, c->args, c->nargs, err, sizeof err) == 0)
        return 0;
    fprintf(stderr, "qawl %s: %s\n", c->cmd, err);
    return EXIT_USAGE;
}

static int cmd_serve(int argc, char **argv)
{
    struct cli c = {.cmd = "serve"};
    int rc = parse_cli(&c, argc, argv, usage_serve);
    if (rc) {
        cli_free(&c);
        return rc == 1 ? 0 : rc;
    }
    struct config cfg;
    if (cli_config(&c, &cfg) != 0) {
        cli_free(&c);
        return EXIT_USAGE;
    }
    cli_free(&c);
    log_init((enum log_level)cfg.log_level);
    rc = server_run(&cfg);
    config_free(&cfg);
    return rc;
}

/* Reads all of `f` into a malloc'ed buffer; -1 when larger than `limit`. */
static int read_all(FILE *f, size_t limit, char **out, size_t *len)
{
    size_t cap = 65536, n = 0;
    char *buf = malloc(cap);
    if (!buf)
        return -1;
    for (;;) {
        if (n == cap) {
            if (cap > limit) {
                free(buf);
                errno = EFBIG;
                return -1;
            }
            char *grown = realloc(buf, cap * 2);
            if (!grown) {
                free(buf);
                return -1;
            }
            buf = grown;
            cap *= 2;
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0)
            break;
    }
    if (ferror(f)) {
        free(buf);
        return -1;
    }
    if (n > limit) {
        free(buf);
        errno = EFBIG;
        return -1;
    }
    *out = buf;
    *len = n;
    return 0;
}

static int cmd_annotate(int argc, char **argv)
{
    struct cli c = {.cmd = "annotate"};
    int rc = parse_cli(&c, argc, argv, usage_annotate);
    if (rc) {
        cli_free(&c);
        return rc == 1 ? 0 : rc;
    }
    enum offset_unit unit = OFFSET_CODEPOINT;
    enum lang lang = LANG_AUTO;
    if (c.offsets && offset_unit_parse(c.offsets, &unit) != 0) {
        fprintf(stderr, "qawl annotate: invalid --offsets \"%s\": must be codepoint, utf16 or utf8\n", c.offsets);
        cli_free(&c);
        return EXIT_USAGE;
    }
    if (c.language && lang_parse(c.language, &lang) != 0) {
        fprintf(stderr, "qawl annotate: invalid --language \"%s\": must be auto, ar or en\n", c.language);
        cli_free(&c);
        return EXIT_USAGE;
    }
    if (c.id && strlen(c.id) > ANNOTATE_MAX_ID) {
        fprintf(stderr, "qawl annotate: --id is longer than %d bytes\n", ANNOTATE_MAX_ID);
        cli_free(&c);
        return EXIT_USAGE;
    }
    struct config cfg;
    char err[512];
    if (cli_config(&c, &cfg) != 0) {
        cli_free(&c);
        return EXIT_USAGE;
    }

    rc = 1;
    char *text = NULL, *out = NULL;
    size_t len = 0, outlen = 0;
    struct model *m = NULL;
    struct worker *w = NULL;
    struct arena *a = NULL;
    const char *path = c.positional && strcmp(c.positional, "-") != 0 ? c.positional : NULL;
    FILE *f = path ? fopen(path, "rb") : stdin;
    if (!f) {
        fprintf(stderr, "qawl annotate: cannot open %s: %s\n", path, strerror(errno));
        goto cleanup;
    }
    int read_rc = read_all(f, (size_t)cfg.request_memory_limit, &text, &len);
    int read_errno = errno;
    if (path)
        fclose(f);
    if (read_rc != 0) {
        fprintf(stderr, "qawl annotate: cannot read %s: %s\n", path ? path : "stdin",
                read_errno == EFBIG ? "larger than request_memory_limit" : strerror(read_errno));
        goto cleanup;
    }
    struct model_options mo = {cfg.lexicon_dir, cfg.wordlist};
    m = model_load(&mo, err, sizeof err);
    if (!m) {
        fprintf(stderr, "qawl annotate: cannot load the model: %s\n", err);
        goto cleanup;
    }
    w = worker_new(m, err, sizeof err);
    a = arena_new((size_t)cfg.request_memory_limit);
    if (!w || !a) {
        fprintf(stderr, "qawl annotate: %s\n", w ? "out of memory" : err);
        goto cleanup;
    }
    struct annotate_input in = {text, len, lang};
    struct annotate_error ae;
    out = annotate_render(w, a, &in, unit, c.id, c.pretty, &outlen, &ae);
    if (!out) {
        fprintf(stderr, "qawl annotate: %s\n", ae.status == ANNOTATE_OK ? "out of memory" : ae.detail);
        goto cleanup;
    }
    if (fwrite(out, 1, outlen, stdout) != outlen || fputc('\n', stdout) == EOF || fflush(stdout) != 0) {
        fprintf(stderr, "qawl annotate: cannot write the output: %s\n", strerror(errno));
        goto cleanup;
    }
    rc = 0;
cleanup:
    free(out);
    arena_free(a);
    worker_free(w);
    model_free(m);
    free(text);
    config_free(&cfg);
    cli_free(&c);
    return rc;
}

/* Connects with a deadline; returns the socket or -1. */
static int connect_timeout(const struct sockaddr *sa, socklen_t len, int ms)
{
    int fd = socket(sa->sa_family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0)
        return -1;
    if (connect(fd, sa, len) != 0) {
        if (errno != EINPROGRESS)
            goto fail;
        struct pollfd p = {fd, POLLOUT, 0};
        if (poll(&p, 1, ms) != 1)
            goto fail;
        int soerr = 0;
        socklen_t sl = sizeof soerr;
        if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &soerr, &sl) != 0 || soerr) {
            errno = soerr;
            goto fail;
        }
    }
    return fd;
fail:
    close(fd);
    return -1;
}

static int cmd_health(int argc, char **argv)
{
    struct cli c = {.cmd = "health"};
    int rc = parse_cli(&c, argc, argv, usage_health);
    if (rc) {
        cli_free(&c);
        return rc == 1 ? 0 : rc;
    }
    struct config cfg;
    if (cli_config(&c, &cfg) != 0) {
        cli_free(&c);
        return EXIT_USAGE;
    }
    int64_t timeout = 5;
    const char *why = NULL;
    if (c.timeout && (config_parse_seconds(c.timeout, &timeout, &why) != 0 || timeout < 1)) {
        fprintf(stderr, "qawl health: invalid --timeout \"%s\": %s\n", c.timeout, why ? why : "must be at least 1");
        config_free(&cfg);
        cli_free(&c);
        return EXIT_USAGE;
    }
    struct sockaddr_storage sa = cfg.listen.sa;
    if (sa.ss_family == AF_INET) {
        struct sockaddr_in *in = (struct sockaddr_in *)(void *)&sa;
        if (in->sin_addr.s_addr == htonl(INADDR_ANY))
            in->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    } else {
        struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)(void *)&sa;
        if (IN6_IS_ADDR_UNSPECIFIED(&in6->sin6_addr))
            in6->sin6_addr = in6addr_loopback;
    }
    rc = 1;
    int ms = (int)(timeout > 600 ? 600000 : timeout * 1000);
    int fd = connect_timeout((struct sockaddr *)&sa, cfg.listen.salen, ms);
    if (fd < 0) {
        fprintf(stderr, "qawl health: cannot connect to %s:%u: %s\n", cfg.listen.host, cfg.listen.port,
                strerror(errno));
        goto done;
    }
    char req[256], resp[512];
    int n = snprintf(req, sizeof req, "GET /livez HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n",
                     cfg.listen.host[0] ? cfg.listen.host : "localhost");
    size_t sent = 0, got = 0;
    while (sent < (size_t)n) {
        struct pollfd p = {fd, POLLOUT, 0};
        if (poll(&p, 1, ms) != 1)
            break;
        ssize_t w = send(fd, req + sent, (size_t)n - sent, MSG_NOSIGNAL);
        if (w <= 0)
            break;
        sent += (size_t)w;
    }
    while (sent == (size_t)n && got < sizeof resp - 1 && !memchr(resp, '\n', got)) {
        struct pollfd p = {fd, POLLIN, 0};
        if (poll(&p, 1, ms) != 1)
            break;
        ssize_t r = recv(fd, resp + got, sizeof resp - 1 - got, 0);
        if (r <= 0)
            break;
        got += (size_t)r;
    }
    close(fd);
    resp[got] = 0;
    char *eol = strpbrk(resp, "\r\n");
    if (eol)
        *eol = 0;
    if (strncmp(resp, "HTTP/1.", 7) == 0 && strncmp(resp + 8, " 200", 4) == 0) {
        rc = 0;
    } else {
        fprintf(stderr, "qawl health: GET /livez: %s\n", got ? resp : "no answer");
    }
done:
    config_free(&cfg);
    cli_free(&c);
    return rc;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fputs(usage_main, stderr);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "version") == 0) {
        printf("qawl %s\n", QAWL_VERSION);
        return 0;
    }
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        fputs(usage_main, stdout);
        return 0;
    }
    if (strcmp(cmd, "serve") == 0)
        return cmd_serve(argc - 1, argv + 1);
    if (strcmp(cmd, "annotate") == 0)
        return cmd_annotate(argc - 1, argv + 1);
    if (strcmp(cmd, "health") == 0)
        return cmd_health(argc - 1, argv + 1);
    fprintf(stderr, "qawl: unknown command \"%s\"\n\n%s", cmd, usage_main);
    return EXIT_USAGE;
}
