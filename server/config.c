/*
 * config.c — the settings table and its three sources (file, environment, flags).
 *
 * Every setting is described once in config_settings[]; defaults are written in the
 * same syntax as the other sources and go through the same parser, so the table, the
 * documentation and the checks cannot drift apart. This is the only file that calls
 * getenv().
 */
#include "server/config.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#define FIELD(f) offsetof(struct config, f)
#define KIB ((int64_t)1024)
#define MIB (KIB * 1024)
#define GIB (MIB * 1024)

static const char *const log_levels[] = {"debug", "info", "warn", "error", NULL};

const struct setting config_settings[] = {
    {"listen", SET_LISTEN, 0, 0, "127.0.0.1:8080", FIELD(listen),
     "address and port to listen on, HOST:PORT or [IPv6]:PORT (port 0: any free port)", NULL, 0},
    {"threads", SET_INT, 0, 1024, "0", FIELD(threads),
     "worker threads in the pool (0: one per CPU core)", NULL, 0},
    {"max_body", SET_SIZE, 1, GIB, "1MiB", FIELD(max_body),
     "largest request body accepted, in bytes (suffixes KiB, MiB, GiB; K, M, G)", NULL, 0},
    {"max_in_flight", SET_INT, 1, 1000000, "64", FIELD(max_in_flight),
     "annotate requests processed at once; more are answered 503 with Retry-After", NULL, 0},
    {"connection_limit", SET_INT, 1, 1000000, "1024", FIELD(connection_limit),
     "open client connections at most", NULL, 0},
    {"per_ip_connection_limit", SET_INT, 0, 1000000, "0", FIELD(per_ip_connection_limit),
     "open connections per client IP at most (0: no limit)", NULL, 0},
    {"connection_timeout", SET_SECONDS, 1, 86400, "30", FIELD(connection_timeout),
     "seconds of inactivity after which a connection is closed", NULL, 0},
    {"request_memory_limit", SET_SIZE, 1 * MIB, 64 * GIB, "256MiB", FIELD(request_memory_limit),
     "memory one request may use for its body and analysis; beyond it the answer is 413", NULL, 0},
    {"drain_timeout", SET_SECONDS, 0, 3600, "10", FIELD(drain_timeout),
     "seconds given to in-flight requests to finish after SIGTERM/SIGINT", NULL, 0},
    {"retry_after", SET_SECONDS, 1, 3600, "1", FIELD(retry_after),
     "seconds sent in Retry-After with 503 answers", NULL, 0},
    {"lexicon_dir", SET_STRING, 0, 0, "config/lexicons", FIELD(lexicon_dir),
     "directory of the lexicon files (relative to the current directory)", NULL, 0},
    {"wordlist", SET_STRING, 0, 0, "/usr/share/hunspell/ar.dic", FIELD(wordlist),
     "hunspell .dic file used as the Arabic common-word list (empty: none)", NULL, 0},
    {"trusted_proxies", SET_CIDRS, 0, 0, "", FIELD(trusted_proxies),
     "comma-separated IPs/CIDRs whose X-Forwarded-For is believed (empty: none)", NULL, 0},
    {"cors_origins", SET_ORIGINS, 0, 0, "", FIELD(cors_origins),
     "comma-separated origins allowed to call the API from a browser, or * (empty: none)", NULL, 0},
    {"cors_max_age", SET_SECONDS, 0, 86400, "600", FIELD(cors_max_age),
     "seconds a browser may cache a CORS preflight answer", NULL, 0},
    {"log_level", SET_ENUM, 0, 0, "info", FIELD(log_level),
     "least severe log level written: debug, info, warn, error", log_levels, 0},
    {"api_keys", SET_KEYS, 0, 0, "", FIELD(api_keys),
     "comma-separated API keys required on /v1/* (empty, with no api_keys_file: no keys required); "
     "environment or config file only", NULL, 1},
    {"api_keys_file", SET_STRING, 0, 0, "", FIELD(api_keys_file),
     "file of API keys, one per line, added to api_keys (empty: none)", NULL, 0},
    {"metrics_allow", SET_CIDRS, 0, 0, "", FIELD(metrics_allow),
     "comma-separated IPs/CIDRs that may GET /metrics; others get 403 (empty: every client)", NULL, 0},
};
const size_t config_n_settings = sizeof config_settings / sizeof config_settings[0];

const struct setting *config_find(const char *name)
{
    char norm[64];
    size_t n = strlen(name);
    if (n >= sizeof norm)
        return NULL;
    for (size_t i = 0; i <= n; i++)
        norm[i] = name[i] == '-' ? '_' : name[i];
    for (size_t i = 0; i < config_n_settings; i++)
        if (strcmp(config_settings[i].name, norm) == 0)
            return &config_settings[i];
    return NULL;
}

/* ---- value parsers ---- */

/* A non-negative decimal integer at the start of s; *end past it. */
static int parse_uint(const char *s, int64_t *out, const char **end, const char **why)
{
    if (!isdigit((unsigned char)*s)) {
        *why = *s == '-' ? "must not be negative" : "not a number";
        return -1;
    }
    int64_t v = 0;
    for (; isdigit((unsigned char)*s); s++) {
        int d = *s - '0';
        if (v > (INT64_MAX - d) / 10) {
            *why = "number too large";
            return -1;
        }
        v = v * 10 + d;
    }
    *out = v;
    *end = s;
    return 0;
}

int config_parse_size(const char *s, int64_t *out, const char **why)
{
    static const struct { const char *suffix; int64_t mult; } units[] = {
        {"", 1}, {"b", 1},
        {"k", KIB}, {"kib", KIB}, {"kb", 1000},
        {"m", MIB}, {"mib", MIB}, {"mb", 1000000},
        {"g", GIB}, {"gib", GIB}, {"gb", 1000000000},
    };
    int64_t v;
    const char *end;
    if (parse_uint(s, &v, &end, why) != 0)
        return -1;
    while (*end == ' ')
        end++;
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++) {
        if (strcasecmp(end, units[i].suffix) == 0) {
            if (v > INT64_MAX / units[i].mult) {
                *why = "number too large";
                return -1;
            }
            *out = v * units[i].mult;
            return 0;
        }
    }
    *why = "not a size: use a number of bytes with an optional suffix KiB, MiB, GiB (or K, M, G; KB, MB, GB are powers of 1000)";
    return -1;
}

int config_parse_seconds(const char *s, int64_t *out, const char **why)
{
    int64_t v;
    const char *end;
    if (parse_uint(s, &v, &end, why) != 0)
        return -1;
    int64_t mult;
    if (*end == 0 || strcmp(end, "s") == 0)
        mult = 1;
    else if (strcmp(end, "m") == 0)
        mult = 60;
    else if (strcmp(end, "h") == 0)
        mult = 3600;
    else {
        *why = "not a duration: use whole seconds, optionally with a suffix s, m or h";
        return -1;
    }
    if (v > INT64_MAX / mult) {
        *why = "number too large";
        return -1;
    }
    *out = v * mult;
    return 0;
}

int config_parse_listen(const char *s, struct listen_addr *out, const char **why)
{
    memset(out, 0, sizeof *out);
    const char *colon;
    const char *host = s;
    size_t hostlen;
    if (*s == '[') {
        const char *close = strchr(s, ']');
        if (!close || close[1] != ':') {
            *why = "expected [IPv6]:PORT";
            return -1;
        }
        host = s + 1;
        hostlen = (size_t)(close - host);
        colon = close + 1;
    } else {
        colon = strrchr(s, ':');
        if (!colon) {
            *why = "expected HOST:PORT, e.g. 127.0.0.1:8080";
            return -1;
        }
        if (memchr(s, ':', (size_t)(colon - s))) {
            *why = "an IPv6 address must be written in brackets: [::1]:8080";
            return -1;
        }
        hostlen = (size_t)(colon - s);
    }
    if (hostlen >= sizeof out->host) {
        *why = "host too long";
        return -1;
    }
    int64_t port;
    const char *end;
    if (parse_uint(colon + 1, &port, &end, why) != 0 || *end) {
        *why = "the port is not a number";
        return -1;
    }
    if (port > 65535) {
        *why = "the port must be between 0 and 65535";
        return -1;
    }
    memcpy(out->host, host, hostlen);
    out->host[hostlen] = 0;
    out->port = (uint16_t)port;
    const char *h = out->host;
    if (*h == 0)
        h = "0.0.0.0";
    else if (strcmp(h, "localhost") == 0)
        h = "127.0.0.1";
    struct sockaddr_in *in = (struct sockaddr_in *)(void *)&out->sa;
    struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)(void *)&out->sa;
    if (inet_pton(AF_INET, h, &in->sin_addr) == 1) {
        in->sin_family = AF_INET;
        in->sin_port = htons(out->port);
        out->salen = sizeof *in;
    } else if (inet_pton(AF_INET6, h, &in6->sin6_addr) == 1) {
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(out->port);
        out->salen = sizeof *in6;
    } else {
        *why = "the host must be an IP address or localhost";
        return -1;
    }
    return 0;
}

static void origin_list_free(struct origin_list *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->items[i]);
    free(l->items);
    memset(l, 0, sizeof *l);
}

/* scheme://host[:port], no path, no trailing slash: what browsers send in Origin. */
static int origin_valid(const char *o)
{
    const char *rest;
    if (strncmp(o, "http://", 7) == 0)
        rest = o + 7;
    else if (strncmp(o, "https://", 8) == 0)
        rest = o + 8;
    else
        return 0;
    if (!*rest)
        return 0;
    for (const char *p = rest; *p; p++)
        if (!(isalnum((unsigned char)*p) || strchr(".-:[]", *p)))
            return 0;
    return 1;
}

static int origin_list_parse(const char *s, struct origin_list *out, char *why, size_t whylen)
{
    memset(out, 0, sizeof *out);
    const char *p = s;
    while (*p == ' ')
        p++;
    if (!*p)
        return 0;
    for (;;) {
        const char *end = strchr(p, ',');
        if (!end)
            end = p + strlen(p);
        const char *a = p, *b = end;
        while (a < b && *a == ' ')
            a++;
        while (b > a && b[-1] == ' ')
            b--;
        size_t n = (size_t)(b - a);
        if (n == 1 && *a == '*') {
            out->any = 1;
        } else {
            char *item = strndup(a, n);
            char **grown = item ? realloc(out->items, (out->n + 1) * sizeof *grown) : NULL;
            if (!grown) {
                free(item);
                snprintf(why, whylen, "out of memory");
                goto fail;
            }
            out->items = grown;
            out->items[out->n++] = item;
            if (!origin_valid(item)) {
                snprintf(why, whylen, "\"%.100s\" is not an origin (scheme://host[:port], no path), nor *", item);
                goto fail;
            }
        }
        if (!*end)
            break;
        p = end + 1;
    }
    if (out->any && out->n) {
        snprintf(why, whylen, "* cannot be combined with a list of origins");
        goto fail;
    }
    return 0;
fail:
    origin_list_free(out);
    return -1;
}

static char *trim(char *s);

static void key_list_free(struct key_list *l)
{
    for (size_t i = 0; i < l->n; i++) {
        /* Keys are secrets: do not leave them in freed memory. */
        explicit_bzero(l->items[i], strlen(l->items[i]));
        free(l->items[i]);
    }
    free(l->items);
    memset(l, 0, sizeof *l);
}

/* Appends key a[0..n) after checking its form; -1 with a reason that never quotes it. */
static int key_list_add(struct key_list *l, const char *a, size_t n, char *why, size_t whylen)
{
    if (n < API_KEY_MIN || n > API_KEY_MAX) {
        snprintf(why, whylen, "a key of %zu bytes: keys must be %d to %d bytes long", n, API_KEY_MIN, API_KEY_MAX);
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        if (a[i] <= 0x20 || a[i] >= 0x7f || a[i] == ',') {
            snprintf(why, whylen, "a key holds a character other than printable ASCII (no space or comma)");
            return -1;
        }
    }
    char *item = strndup(a, n);
    char **grown = item ? realloc(l->items, (l->n + 1) * sizeof *grown) : NULL;
    if (!grown) {
        free(item);
        snprintf(why, whylen, "out of memory");
        return -1;
    }
    l->items = grown;
    l->items[l->n++] = item;
    return 0;
}

static int key_list_parse(const char *s, struct key_list *out, char *why, size_t whylen)
{
    memset(out, 0, sizeof *out);
    const char *p = s;
    while (*p == ' ')
        p++;
    if (!*p)
        return 0;
    for (;;) {
        const char *end = strchr(p, ',');
        if (!end)
            end = p + strlen(p);
        const char *a = p, *b = end;
        while (a < b && *a == ' ')
            a++;
        while (b > a && b[-1] == ' ')
            b--;
        if (key_list_add(out, a, (size_t)(b - a), why, whylen) != 0) {
            key_list_free(out);
            return -1;
        }
        if (!*end)
            break;
        p = end + 1;
    }
    return 0;
}

int config_load_keys_file(struct config *c, const char *path, char *err, size_t errlen)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        snprintf(err, errlen, "cannot read api_keys_file %s: %s", path, strerror(errno));
        return -1;
    }
    char line[API_KEY_MAX + 64], why[160];
    int lineno = 0, rc = 0;
    size_t before = c->api_keys.n;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        size_t len = strlen(line);
        if (len == sizeof line - 1 && line[len - 1] != '\n') {
            snprintf(err, errlen, "%s:%d: line too long for an API key", path, lineno);
            rc = -1;
            break;
        }
        char *k = trim(line);
        if (!*k || *k == '#')
            continue;
        if (key_list_add(&c->api_keys, k, strlen(k), why, sizeof why) != 0) {
            snprintf(err, errlen, "%s:%d: %s", path, lineno, why);
            rc = -1;
            break;
        }
    }
    explicit_bzero(line, sizeof line);
    if (rc == 0 && ferror(f)) {
        snprintf(err, errlen, "cannot read api_keys_file %s: %s", path, strerror(errno));
        rc = -1;
    }
    if (rc == 0 && c->api_keys.n == before) {
        snprintf(err, errlen, "api_keys_file %s holds no key", path);
        rc = -1;
    }
    fclose(f);
    return rc;
}

int config_origin_allowed(const struct config *c, const char *origin)
{
    if (!origin)
        return 0;
    if (c->cors_origins.any)
        return 1;
    for (size_t i = 0; i < c->cors_origins.n; i++)
        if (strcasecmp(c->cors_origins.items[i], origin) == 0)
            return 1;
    return 0;
}

unsigned config_thread_count(const struct config *c)
{
    if (c->threads > 0)
        return (unsigned)c->threads;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (unsigned)n : 1;
}

/* ---- applying one value ---- */

static void format_bound(const struct setting *s, int64_t v, char *buf, size_t len)
{
    if (s->type == SET_SIZE && v >= GIB && v % GIB == 0)
        snprintf(buf, len, "%" PRId64 "GiB", v / GIB);
    else if (s->type == SET_SIZE && v >= MIB && v % MIB == 0)
        snprintf(buf, len, "%" PRId64 "MiB", v / MIB);
    else
        snprintf(buf, len, "%" PRId64, v);
}

int config_set(struct config *c, const struct setting *s, const char *value, const char *source,
               char *err, size_t errlen)
{
    void *field = (char *)c + s->offset;
    const char *why = NULL;
    char whybuf[256];
    int64_t v = 0;

    switch (s->type) {
    case SET_INT: {
        const char *end;
        const char *p = value;
        if (*p == '+')
            p++;
        if (parse_uint(p, &v, &end, &why) != 0)
            goto bad;
        if (*end) {
            why = "not a whole number";
            goto bad;
        }
        goto range;
    }
    case SET_SIZE:
        if (config_parse_size(value, &v, &why) != 0)
            goto bad;
        goto range;
    case SET_SECONDS:
        if (config_parse_seconds(value, &v, &why) != 0)
            goto bad;
        goto range;
    case SET_LISTEN: {
        struct listen_addr la;
        if (config_parse_listen(value, &la, &why) != 0)
            goto bad;
        *(struct listen_addr *)field = la;
        return 0;
    }
    case SET_STRING: {
        if (s->offset == FIELD(lexicon_dir) && !*value) {
            why = "must not be empty";
            goto bad;
        }
        char *copy = strdup(value);
        if (!copy) {
            why = "out of memory";
            goto bad;
        }
        free(*(char **)field);
        *(char **)field = copy;
        return 0;
    }
    case SET_CIDRS: {
        struct cidr_list l;
        if (cidr_list_parse(value, &l, whybuf, sizeof whybuf) != 0) {
            why = whybuf;
            goto bad;
        }
        cidr_list_free(field);
        *(struct cidr_list *)field = l;
        return 0;
    }
    case SET_ORIGINS: {
        struct origin_list l;
        if (origin_list_parse(value, &l, whybuf, sizeof whybuf) != 0) {
            why = whybuf;
            goto bad;
        }
        origin_list_free(field);
        *(struct origin_list *)field = l;
        return 0;
    }
    case SET_KEYS: {
        struct key_list l;
        if (key_list_parse(value, &l, whybuf, sizeof whybuf) != 0) {
            why = whybuf;
            goto bad;
        }
        key_list_free(field);
        *(struct key_list *)field = l;
        return 0;
    }
    case SET_ENUM:
        for (int i = 0; s->choices[i]; i++) {
            if (strcasecmp(value, s->choices[i]) == 0) {
                *(int64_t *)field = i;
                return 0;
            }
        }
        why = whybuf;
        snprintf(whybuf, sizeof whybuf, "must be one of:");
        for (int i = 0; s->choices[i]; i++) {
            size_t used = strlen(whybuf);
            snprintf(whybuf + used, sizeof whybuf - used, " %s", s->choices[i]);
        }
        goto bad;
    }
    why = "unknown setting type";
    goto bad;

range:
    if (v < s->min || v > s->max) {
        char lo[32], hi[32];
        format_bound(s, s->min, lo, sizeof lo);
        format_bound(s, s->max, hi, sizeof hi);
        snprintf(whybuf, sizeof whybuf, "out of range: must be between %s and %s", lo, hi);
        why = whybuf;
        goto bad;
    }
    *(int64_t *)field = v;
    return 0;

bad:
    if (s->secret) /* never echo a secret */
        snprintf(err, errlen, "invalid %s from %s: %s", s->name, source, why);
    else
        snprintf(err, errlen, "invalid %s from %s: \"%.200s\": %s", s->name, source, value, why);
    return -1;
}

/* ---- sources ---- */

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    char *e = s + strlen(s);
    while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' || e[-1] == '\n'))
        e--;
    *e = 0;
    return s;
}

/* Lines "name = value" (or "name value"); '#' starts a comment at the start of a line or
 * after whitespace; a value may be wrapped in double quotes. */
static int load_file(struct config *c, const char *path, char *err, size_t errlen)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        snprintf(err, errlen, "cannot read config file %s: %s", path, strerror(errno));
        return -1;
    }
    int rc = config_load_stream(c, f, path, err, errlen);
    fclose(f);
    return rc;
}

int config_load_stream(struct config *c, FILE *f, const char *path, char *err, size_t errlen)
{
    char line[4096];
    int lineno = 0, rc = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        size_t len = strlen(line);
        if (len == sizeof line - 1 && line[len - 1] != '\n') {
            snprintf(err, errlen, "%s:%d: line too long", path, lineno);
            rc = -1;
            break;
        }
        for (char *h = line; (h = strchr(h, '#')) != NULL; h++) {
            if (h == line || h[-1] == ' ' || h[-1] == '\t') {
                *h = 0;
                break;
            }
        }
        char *p = trim(line);
        if (!*p)
            continue;
        char *k = p;
        while (*p && (isalnum((unsigned char)*p) || *p == '_' || *p == '-'))
            p++;
        char *kend = p;
        while (*p == ' ' || *p == '\t')
            p++;
        if (kend == k) { /* no name at all: "= 5", or bytes that cannot start one */
            snprintf(err, errlen, "%s:%d: expected \"name = value\"", path, lineno);
            rc = -1;
            break;
        }
        if (*p == '=')
            p++;
        else if (p == kend) {
            snprintf(err, errlen, "%s:%d: expected \"name = value\"", path, lineno);
            rc = -1;
            break;
        }
        *kend = 0;
        char *value = trim(p);
        size_t vlen = strlen(value);
        if (vlen >= 2 && value[0] == '"' && value[vlen - 1] == '"') {
            value[vlen - 1] = 0;
            value++;
        }
        const struct setting *s = config_find(k);
        if (!s) {
            snprintf(err, errlen, "%s:%d: unknown setting \"%.100s\"", path, lineno, k);
            rc = -1;
            break;
        }
        char source[512];
        snprintf(source, sizeof source, "%s:%d", path, lineno);
        if (config_set(c, s, value, source, err, errlen) != 0) {
            rc = -1;
            break;
        }
    }
    if (rc == 0 && ferror(f)) {
        snprintf(err, errlen, "cannot read config file %s: %s", path, strerror(errno));
        rc = -1;
    }
    explicit_bzero(line, sizeof line); /* it may have held a key */
    return rc;
}

static int load_env(struct config *c, char *err, size_t errlen)
{
    for (size_t i = 0; i < config_n_settings; i++) {
        const struct setting *s = &config_settings[i];
        char var[80];
        snprintf(var, sizeof var, "QAWL_%s", s->name);
        for (char *p = var + 5; *p; p++)
            *p = (char)toupper((unsigned char)*p);
        const char *v = getenv(var);
        if (!v)
            continue;
        char source[96];
        snprintf(source, sizeof source, "environment %s", var);
        if (config_set(c, s, v, source, err, errlen) != 0)
            return -1;
    }
    return 0;
}

int config_defaults(struct config *c, char *err, size_t errlen)
{
    memset(c, 0, sizeof *c);
    for (size_t i = 0; i < config_n_settings; i++) {
        if (config_set(c, &config_settings[i], config_settings[i].def, "default", err, errlen) != 0) {
            config_free(c);
            return -1;
        }
    }
    return 0;
}

int config_build(struct config *c, const char *file, const struct config_arg *args, size_t nargs,
                 char *err, size_t errlen)
{
    if (config_defaults(c, err, errlen) != 0)
        return -1;
    if (!file) {
        file = getenv("QAWL_CONFIG");
        if (file && !*file)
            file = NULL;
    }
    if (file && load_file(c, file, err, errlen) != 0)
        goto fail;
    if (load_env(c, err, errlen) != 0)
        goto fail;
    for (size_t i = 0; i < nargs; i++) {
        const struct setting *s = config_find(args[i].name);
        char source[96];
        snprintf(source, sizeof source, "flag %s", args[i].flag ? args[i].flag : args[i].name);
        if (!s) {
            snprintf(err, errlen, "unknown setting %s", source + 5);
            goto fail;
        }
        if (s->secret) {
            snprintf(err, errlen, "%s cannot be given on the command line, where every user can see it "
                     "(ps): use the environment or a file", source + 5);
            goto fail;
        }
        if (config_set(c, s, args[i].value, source, err, errlen) != 0)
            goto fail;
    }
    if (c->api_keys_file && *c->api_keys_file && config_load_keys_file(c, c->api_keys_file, err, errlen) != 0)
        goto fail;
    return 0;
fail:
    config_free(c);
    return -1;
}

void config_free(struct config *c)
{
    free(c->lexicon_dir);
    free(c->wordlist);
    cidr_list_free(&c->trusted_proxies);
    origin_list_free(&c->cors_origins);
    key_list_free(&c->api_keys);
    free(c->api_keys_file);
    cidr_list_free(&c->metrics_allow);
    memset(c, 0, sizeof *c);
}
