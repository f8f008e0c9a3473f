/*
 * handlers.h — the route callbacks, one group per file, registered in router.c.
 */
#ifndef QAWL_HANDLERS_H
#define QAWL_HANDLERS_H

#include "handlers/router.h"

/* annotate.c — POST /v1/annotate */
enum MHD_Result annotate_begin(struct request *r);
int annotate_body(struct request *r, const char *data, size_t len);
enum MHD_Result annotate_finish(struct request *r);

/* health.c — GET /livez, /healthz, /readyz */
enum MHD_Result health_live(struct request *r);
enum MHD_Result health_ready(struct request *r);

/* metrics.c — GET /metrics */
enum MHD_Result metrics_handle(struct request *r);

/* meta.c — GET /openapi.json, /v1/info */
enum MHD_Result meta_openapi(struct request *r);
enum MHD_Result meta_info(struct request *r);

/* The OpenAPI document embedded at build time (NUL-terminated) and its length. */
const char *meta_openapi_text(size_t *len);

#endif
