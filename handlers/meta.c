/*
 * meta.c — GET /openapi.json and GET /v1/info.
 *
 * The OpenAPI document is handlers/openapi.json, written by hand and embedded into
 * the binary by the assembler's .incbin at build time (the Makefile makes this object
 * depend on the JSON file), so the served document is always the one in the tree.
 */
#include <stdatomic.h>
#include <string.h>
#include <time.h>

#include "handlers/annotate.h"
#include "handlers/handlers.h"
#include "server/daemon.h"

__asm__(".section .rodata\n"
        ".balign 16\n"
        ".globl qawl_openapi_json\n"
        ".hidden qawl_openapi_json\n"
        "qawl_openapi_json:\n"
        ".incbin \"handlers/openapi.json\"\n"
        ".globl qawl_openapi_json_end\n"
        ".hidden qawl_openapi_json_end\n"
        "qawl_openapi_json_end:\n"
        ".byte 0\n"
        ".previous\n");

extern const char qawl_openapi_json[] __attribute__((visibility("hidden")));
extern const char qawl_openapi_json_end[] __attribute__((visibility("hidden")));

const char *meta_openapi_text(size_t *len)
{
    *len = (size_t)(qawl_openapi_json_end - qawl_openapi_json);
    return qawl_openapi_json;
}

enum MHD_Result meta_openapi(struct request *r)
{
    size_t len;
    const char *doc = meta_openapi_text(&len);
    return respond(r, 200, "application/json; charset=utf-8", doc, len, 0, NULL);
}

enum MHD_Result meta_info(struct request *r)
{
    const struct server *srv = r->srv;
    const struct config *c = srv->cfg;
    json_t *o = json_object();
    json_object_set_new(o, "name", json_string("qawl"));
    json_object_set_new(o, "version", json_string(QAWL_VERSION));
    json_object_set_new(o, "languages", json_pack("[sss]", "auto", "ar", "en"));
    json_object_set_new(o, "offset_units", json_pack("[sss]", "codepoint", "utf16", "utf8"));
    json_object_set_new(o, "media_types", json_pack("[ss]", "text/plain; charset=utf-8", "application/json"));
    json_object_set_new(o, "limits",
                        json_pack("{sIsIsIsIsi}", "max_body", (json_int_t)c->max_body, "max_in_flight",
                                  (json_int_t)c->max_in_flight, "request_memory_limit",
                                  (json_int_t)c->request_memory_limit, "connection_timeout",
                                  (json_int_t)c->connection_timeout, "max_id_length", ANNOTATE_MAX_ID));
    json_object_set_new(o, "model",
                        json_pack("{sIsIsIsI}", "lexicon_entries", (json_int_t)srv->stats.lexicon_entries,
                                  "common_words", (json_int_t)srv->stats.common_words, "knowledge_entries",
                                  (json_int_t)srv->stats.knowledge_entries, "reporting_verbs",
                                  (json_int_t)srv->stats.reporting_verbs));
    json_object_set_new(o, "uptime_seconds", json_integer((json_int_t)(time(NULL) - srv->started)));
    return respond_json(r, 200, o, 0);
}
