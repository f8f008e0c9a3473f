/*
 * test_router.c — the route table, the problem table, metrics buckets and small helpers.
 */
#include <string.h>

#include "handlers/metrics.h"
#include "handlers/problem.h"
#include "handlers/router.h"
#include "tests/unit/check.h"

static void test_routes(void)
{
    static const char *const paths[] = {"/v1/annotate", "/livez", "/healthz", "/readyz",
                                        "/metrics", "/openapi.json", "/v1/info"};
    for (size_t i = 0; i < sizeof paths / sizeof paths[0]; i++) {
        const struct route *r = route_find(paths[i]);
        CHECK(r != NULL);
        if (!r)
            continue;
        CHECK_STR(route_name(r->id), paths[i]);
        CHECK(r->finish != NULL);
    }
    CHECK(route_find("/v1/annotate/") == NULL);
    CHECK(route_find("/V1/annotate") == NULL);
    CHECK(route_find("") == NULL);
    CHECK(route_find("/") == NULL);
    CHECK_STR(route_name(ROUTE_UNMATCHED), "unmatched");
    CHECK_INT(route_find("/v1/annotate")->methods, METHOD_POST);
    CHECK(route_find("/v1/annotate")->body != NULL);
    CHECK(route_find("/livez")->body == NULL);
}

static void test_methods_format(void)
{
    char buf[64];
    methods_format(METHOD_GET | METHOD_HEAD | METHOD_OPTIONS, buf, sizeof buf);
    CHECK_STR(buf, "GET, HEAD, OPTIONS");
    methods_format(METHOD_POST | METHOD_OPTIONS, buf, sizeof buf);
    CHECK_STR(buf, "POST, OPTIONS");
    methods_format(0, buf, sizeof buf);
    CHECK_STR(buf, "");
    char small[8];
    methods_format(METHOD_GET | METHOD_HEAD | METHOD_POST, small, sizeof small);
    CHECK_STR(small, "GET"); /* truncated at a whole name, still terminated */
}

static void test_problems(void)
{
    for (int i = 0; i < PROBLEM_COUNT; i++) {
        const struct problem_info *p = &problem_table[i];
        CHECK(p->slug && *p->slug && p->title && *p->title);
        CHECK(p->status >= 400 && p->status < 600);
        for (int j = 0; j < i; j++)
            CHECK(strcmp(p->slug, problem_table[j].slug) != 0);
    }
    CHECK_INT(problem_table[PROBLEM_BODY_TOO_LARGE].status, 413);
    CHECK_INT(problem_table[PROBLEM_TEXT_TOO_COSTLY].status, 413);
    CHECK_INT(problem_table[PROBLEM_UNSUPPORTED_MEDIA_TYPE].status, 415);
    CHECK_INT(problem_table[PROBLEM_EMPTY_TEXT].status, 422);
    CHECK_INT(problem_table[PROBLEM_OVERLOADED].status, 503);

    char buf[80];
    problem_quote("/plain/path", buf, sizeof buf);
    CHECK_STR(buf, "/plain/path");
    problem_quote("a\xff\n\"b", buf, sizeof buf);
    CHECK_STR(buf, "a??\"b");
    char longer[200];
    memset(longer, 'x', sizeof longer - 1);
    longer[sizeof longer - 1] = 0;
    problem_quote(longer, buf, sizeof buf);
    CHECK_INT(strlen(buf), 67);
    CHECK(strcmp(buf + 64, "...") == 0);
    char tiny[4];
    problem_quote("abcdef", tiny, sizeof tiny);
    CHECK(strlen(tiny) < sizeof tiny);
}

static void test_metrics(void)
{
    static struct metrics m; /* zeroed */
    metrics_observe(&m, ROUTE_LIVEZ, 200, 0.0005);
    metrics_observe(&m, ROUTE_LIVEZ, 200, 0.3);
    metrics_observe(&m, ROUTE_LIVEZ, 404, 100.0);  /* beyond the last bucket: +Inf only */
    metrics_observe(&m, ROUTE_LIVEZ, 299, 0.01);   /* an unlisted status: "other" */
    CHECK_INT(m.count[ROUTE_LIVEZ], 4);
    CHECK_INT(m.buckets[ROUTE_LIVEZ][0], 1);
    unsigned long long in_buckets = 0;
    for (int b = 0; b < METRICS_N_BUCKETS; b++)
        in_buckets += m.buckets[ROUTE_LIVEZ][b];
    CHECK_INT(in_buckets, 3);
    CHECK_INT(m.requests[ROUTE_LIVEZ][0], 2);                    /* 200 */
    CHECK_INT(m.requests[ROUTE_LIVEZ][METRICS_N_STATUS - 1], 1); /* other */
    CHECK_INT(m.sum_us[ROUTE_LIVEZ], 500 + 300000 + 100000000 + 10000);
}

int main(void)
{
    test_routes();
    test_methods_format();
    test_problems();
    test_metrics();
    return check_summary("test_router");
}
