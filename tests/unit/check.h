/*
 * check.h — a small assertion harness for the unit tests.
 *
 * CHECK(cond) records a failure with file:line and carries on, so one run reports every
 * broken expectation; main() returns check_summary(), non-zero when anything failed.
 */
#ifndef QAWL_CHECK_H
#define QAWL_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_run, check_failed;

#define CHECK(cond)                                                                 \
    do {                                                                            \
        check_run++;                                                                \
        if (!(cond)) {                                                              \
            check_failed++;                                                         \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                           \
    } while (0)

#define CHECK_INT(a, b)                                                             \
    do {                                                                            \
        long long check_a_ = (long long)(a), check_b_ = (long long)(b);             \
        check_run++;                                                                \
        if (check_a_ != check_b_) {                                                 \
            check_failed++;                                                         \
            fprintf(stderr, "%s:%d: %s == %lld, expected %s == %lld\n", __FILE__,   \
                    __LINE__, #a, check_a_, #b, check_b_);                          \
        }                                                                           \
    } while (0)

#define CHECK_STR(a, b)                                                             \
    do {                                                                            \
        const char *check_a_ = (a), *check_b_ = (b);                                \
        check_run++;                                                                \
        if (!check_a_ || !check_b_ || strcmp(check_a_, check_b_) != 0) {           \
            check_failed++;                                                         \
            fprintf(stderr, "%s:%d: %s == \"%s\", expected \"%s\"\n", __FILE__,     \
                    __LINE__, #a, check_a_ ? check_a_ : "(null)",                   \
                    check_b_ ? check_b_ : "(null)");                                \
        }                                                                           \
    } while (0)

static inline int check_summary(const char *name)
{
    fprintf(stderr, "%s: %d checks, %d failed\n", name, check_run, check_failed);
    return check_failed != 0;
}

#endif
