/*
 * jsonw.h — compact JSON text from a jansson value, faster than json_dumps().
 *
 * The output is byte for byte what json_dumps(j, JSON_COMPACT) writes (keys in
 * insertion order, UTF-8 unescaped, "/" unescaped, reals as "%.17g" with ".0" added
 * when needed), written in one pass into one growing buffer: no per-container loop
 * check with a formatted pointer key, no intermediate buffer and final copy. The
 * annotate response is most of what qawl sends, and json_dumps() was about a quarter
 * of a request's time (bench/RESULTS.md).
 */
#ifndef QAWL_JSONW_H
#define QAWL_JSONW_H

#include <stddef.h>

#include <jansson.h>

/* `j` (an object or an array, like json_dumps() without JSON_ENCODE_ANY; borrowed,
 * unchanged) as compact JSON: a malloc'ed NUL-terminated string the caller frees, its
 * length (without the NUL) in *len. NULL when out of memory, when `j` is not an object
 * or array, or nests deeper than 2048 levels. `size_hint` is the expected length (0: no
 * idea); it only saves reallocations. */
char *jsonw_compact(const json_t *j, size_t size_hint, size_t *len);

#endif
