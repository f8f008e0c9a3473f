/*
 * log.c — JSON lines on stderr.
 *
 * The level is the one piece of process-wide state: written once by log_init() during
 * start-up, only read afterwards.
 */
#include "server/log.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static enum log_level min_level = LOG_INFO;
static const char *const level_names[] = {"debug", "info", "warn", "error"};

void log_init(enum log_level level)
{
    min_level = level;
}

int log_enabled(enum log_level level)
{
    return level >= min_level;
}

void log_timestamp(char *buf, size_t len)
{
    struct timespec ts;
    struct tm tm;
    clock_gettime(CLOCK_REALTIME, &ts);
    gmtime_r(&ts.tv_sec, &tm);
    char base[24];
    strftime(base, sizeof base, "%Y-%m-%dT%H:%M:%S", &tm);
    snprintf(buf, len, "%s.%03ldZ", base, ts.tv_nsec / 1000000);
}

static void write_line(enum log_level level, const char *msg, json_t *fields);

void log_event(enum log_level level, const char *msg, json_t *fields)
{
    if (!log_enabled(level)) {
        json_decref(fields);
        return;
    }
    write_line(level, msg, fields);
}

void log_lifecycle(const char *msg, json_t *fields)
{
    write_line(LOG_INFO, msg, fields);
}

static void write_line(enum log_level level, const char *msg, json_t *fields)
{
    char ts[40];
    log_timestamp(ts, sizeof ts);
    json_t *o = json_object();
    if (!o) {
        json_decref(fields);
        return;
    }
    json_object_set_new(o, "ts", json_string(ts));
    json_object_set_new(o, "level", json_string(level_names[level]));
    json_object_set_new(o, "msg", json_string(msg));
    if (fields) {
        json_object_update(o, fields);
        json_decref(fields);
    }
    char *line = json_dumps(o, JSON_COMPACT | JSON_REAL_PRECISION(6));
    json_decref(o);
    if (!line)
        return;
    size_t n = strlen(line);
    line[n] = '\n'; /* json_dumps leaves the NUL: replace it, the length is known */
    const char *p = line;
    size_t left = n + 1;
    while (left) {
        ssize_t w = write(STDERR_FILENO, p, left);
        if (w <= 0)
            break;
        p += w;
        left -= (size_t)w;
    }
    free(line);
}
