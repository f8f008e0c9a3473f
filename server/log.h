/*
 * log.h — one JSON object per line on stderr.
 *
 * Every line carries "ts" (UTC, RFC 3339 with milliseconds), "level" and "msg", then
 * the event's own fields. A line is written with a single write(2), so lines from
 * different threads never interleave. Article text is never logged.
 */
#ifndef QAWL_LOG_H
#define QAWL_LOG_H

#include <jansson.h>

#include "server/config.h"

/* Sets the least severe level written. Call once at start-up, before any thread. */
void log_init(enum log_level level);

/* 1 when lines of `level` are written. */
int log_enabled(enum log_level level);

/* Writes one line. `fields` is a JSON object whose reference is stolen (NULL: none). */
void log_event(enum log_level level, const char *msg, json_t *fields);

/* As log_event() at level info, but written whatever the level: the start-up, drain and
 * stop lines, which operators (and the tests, for the port) rely on. */
void log_lifecycle(const char *msg, json_t *fields);

/* The current time as RFC 3339 UTC with milliseconds into buf (>= 32 bytes). */
void log_timestamp(char *buf, size_t len);

#endif
