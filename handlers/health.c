/*
 * health.c — liveness and readiness.
 *
 * /livez and /healthz answer 200 as long as the process serves HTTP at all; /readyz
 * answers 200 only between start-up and the drain, so a load balancer stops sending
 * work as soon as SIGTERM arrives.
 */
#include <stdatomic.h>

#include "handlers/handlers.h"
#include "handlers/problem.h"
#include "server/daemon.h"

enum MHD_Result health_live(struct request *r)
{
    static const char body[] = "{\"status\":\"ok\"}";
    return respond(r, 200, "application/json; charset=utf-8", body, sizeof body - 1, 0, NULL);
}

enum MHD_Result health_ready(struct request *r)
{
    static const char body[] = "{\"status\":\"ready\"}";
    if (atomic_load(&r->srv->draining))
        return problem_respond(r, PROBLEM_NOT_READY, "the server is draining before it stops");
    if (!atomic_load(&r->srv->ready))
        return problem_respond(r, PROBLEM_NOT_READY, "the server is starting");
    return respond(r, 200, "application/json; charset=utf-8", body, sizeof body - 1, 0, NULL);
}
