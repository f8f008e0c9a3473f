/*
 * auth.h — API keys: which key a request presents, and whether it is one of ours.
 *
 * Pure functions over borrowed memory, no allocation. The comparison takes the same
 * time whichever configured key the presented one resembles, and however many of its
 * bytes match: an attacker timing the 401s learns nothing about the keys.
 */
#ifndef QAWL_AUTH_H
#define QAWL_AUTH_H

#include <stddef.h>

#include "server/config.h"

/* The key a request presents: "Authorization: Bearer KEY" (scheme case-insensitive,
 * spaces around KEY ignored), else "X-API-Key: KEY". Either header may be NULL.
 * Returns a pointer into one of the headers and its length in *len, or NULL when
 * neither carries a key. */
const char *auth_presented_key(const char *authorization, const char *x_api_key, size_t *len);

/* 1 when key[0..len) equals one of `keys`, else 0. Constant time in the content and
 * length of the configured keys (every key is compared over API_KEY_MAX bytes). */
int auth_key_matches(const struct key_list *keys, const char *key, size_t len);

#endif
