/*
 * config.h — every setting of the server, from one declarative table.
 *
 * A setting has one name used everywhere: `max_body` in the config file, `--max-body`
 * (or `--max_body`) on the command line, QAWL_MAX_BODY in the environment. Sources are
 * applied default < file < environment < flags, the last one winning; a bad value stops
 * start-up with a message naming the setting, where the value came from and why it is
 * wrong. This module is the only place that reads the environment.
 */
#ifndef QAWL_CONFIG_H
#define QAWL_CONFIG_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/socket.h>

#include "server/addr.h"

enum log_level { LOG_DEBUG = 0, LOG_INFO, LOG_WARN, LOG_ERROR };

struct listen_addr {
    char host[64];                 /* as written, without brackets */
    uint16_t port;
    struct sockaddr_storage sa;    /* ready for bind() / MHD_OPTION_SOCK_ADDR */
    socklen_t salen;
};

struct origin_list {
    int any;                       /* "*" */
    char **items;                  /* malloc'ed strings, owned by the list */
    size_t n;
};

/* API keys: each 16–256 printable ASCII bytes, no comma or space. */
#define API_KEY_MIN 16
#define API_KEY_MAX 256

struct key_list {
    char **items;                  /* malloc'ed strings, owned by the list */
    size_t n;
};

struct config {
    struct listen_addr listen;
    int64_t threads;               /* 0: one per core */
    int64_t max_body;              /* bytes */
    int64_t max_in_flight;
    int64_t connection_limit;
    int64_t per_ip_connection_limit; /* 0: off */
    int64_t connection_timeout;    /* seconds */
    int64_t request_memory_limit;  /* bytes, arena limit per request */
    int64_t drain_timeout;         /* seconds */
    int64_t retry_after;           /* seconds, sent with 503 */
    int64_t cors_max_age;          /* seconds */
    char *lexicon_dir;             /* malloc'ed */
    char *wordlist;                /* malloc'ed; "" = none */
    struct cidr_list trusted_proxies;
    struct origin_list cors_origins;
    int64_t log_level;             /* enum log_level */
    struct key_list api_keys;      /* from api_keys, then the lines of api_keys_file */
    char *api_keys_file;           /* malloc'ed; "" = none */
    struct cidr_list metrics_allow; /* empty: /metrics open to every client */
};

/* One command-line value, as collected by the argument parser: `name` is the setting
 * name (dashes already turned into underscores), `flag` the flag as typed (for
 * messages). Both borrowed. */
struct config_arg {
    const char *name;
    const char *flag;
    const char *value;
};

enum setting_type {
    SET_STRING, SET_INT, SET_SIZE, SET_SECONDS, SET_LISTEN, SET_CIDRS, SET_ORIGINS, SET_ENUM, SET_KEYS,
};

struct setting {
    const char *name;
    enum setting_type type;
    int64_t min, max;              /* SET_INT, SET_SIZE, SET_SECONDS */
    const char *def;               /* default, in the same syntax as every other source */
    size_t offset;                 /* of the field in struct config */
    const char *help;
    const char *const *choices;    /* SET_ENUM: NULL-terminated */
    int secret;                    /* never echoed in messages, refused as a flag (ps shows flags) */
};

/* The table, for --help and the documentation. */
extern const struct setting config_settings[];
extern const size_t config_n_settings;

/* The setting called `name` ("max_body" or "max-body"), or NULL. */
const struct setting *config_find(const char *name);

/* Builds a configuration: defaults, then `file` if not NULL (NULL: $QAWL_CONFIG if set,
 * else no file), then QAWL_* variables, then `args`. 0 on success; -1 with a one-line
 * message in err[0..errlen) otherwise, in which case nothing needs freeing. On success
 * release with config_free(). */
int config_build(struct config *c, const char *file, const struct config_arg *args, size_t nargs,
                 char *err, size_t errlen);

/* Sets one setting from text; `source` names where it came from ("flag --threads",
 * "config/qawl.conf:7", "environment QAWL_THREADS"). 0 or -1 with err set. */
int config_set(struct config *c, const struct setting *s, const char *value, const char *source,
               char *err, size_t errlen);

void config_free(struct config *c);

/* Sets every setting to its default (no file, no environment). 0, or -1 with err set. */
int config_defaults(struct config *c, char *err, size_t errlen);

/* Applies the "name = value" lines of `f` to `c`; `path` names the file in messages.
 * config_build() reads the config file with it; exposed for the fuzzer. 0, or -1 with
 * err set (c then still needs config_free()). */
int config_load_stream(struct config *c, FILE *f, const char *path, char *err, size_t errlen);

/* Adds the keys in the file at `path` (one per line; blank lines and lines starting
 * with '#' ignored) to c->api_keys. 0, or -1 with err set; never echoes a key. */
int config_load_keys_file(struct config *c, const char *path, char *err, size_t errlen);

/* Value parsers, exposed for the unit tests. Each returns 0, or -1 with a static reason. */
int config_parse_size(const char *s, int64_t *out, const char **why);
int config_parse_seconds(const char *s, int64_t *out, const char **why);
int config_parse_listen(const char *s, struct listen_addr *out, const char **why);

/* 1 when `origin` may make cross-origin requests. */
int config_origin_allowed(const struct config *c, const char *origin);

/* The number of pool threads `threads` stands for (0: one per online core). */
unsigned config_thread_count(const struct config *c);

#endif
