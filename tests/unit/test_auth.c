/*
 * test_auth.c — API keys: where a request presents one, the comparison, and the
 * settings that load keys (environment list, file, refused as a flag, never echoed).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "server/auth.h"
#include "server/config.h"
#include "tests/unit/check.h"

#define KEY1 "k1-0123456789abcdef"
#define KEY2 "k2-fedcba9876543210xyz"

static void test_presented(void)
{
    size_t n = 0;
    const char *k = auth_presented_key("Bearer abc", NULL, &n);
    CHECK(k && n == 3 && memcmp(k, "abc", 3) == 0);
    k = auth_presented_key("  bearer \t abc  ", NULL, &n);
    CHECK(k && n == 3 && memcmp(k, "abc", 3) == 0);
    k = auth_presented_key("Basic dXNlcjpwYXNz", "xyz", &n);   /* other scheme: X-API-Key */
    CHECK(k && n == 3 && memcmp(k, "xyz", 3) == 0);
    CHECK(auth_presented_key("Bearer", NULL, &n) == NULL);
    CHECK(auth_presented_key("Bearer   ", NULL, &n) == NULL);
    CHECK(auth_presented_key("Bearerabc", NULL, &n) == NULL);
    CHECK(auth_presented_key(NULL, "   ", &n) == NULL);
    CHECK(auth_presented_key(NULL, NULL, &n) == NULL);
}

static void test_matches(void)
{
    char *items[] = {(char *)KEY1, (char *)KEY2};
    struct key_list keys = {items, 2};
    CHECK(auth_key_matches(&keys, KEY1, strlen(KEY1)));
    CHECK(auth_key_matches(&keys, KEY2, strlen(KEY2)));
    CHECK(!auth_key_matches(&keys, KEY1, strlen(KEY1) - 1));       /* a prefix */
    CHECK(!auth_key_matches(&keys, KEY1 "x", strlen(KEY1) + 1));   /* an extension */
    CHECK(!auth_key_matches(&keys, "k1-0123456789abcdeF", strlen(KEY1)));
    CHECK(!auth_key_matches(&keys, "", 0));
    CHECK(!auth_key_matches(&keys, NULL, 0));
    char big[API_KEY_MAX + 2];
    memset(big, 'a', sizeof big);
    CHECK(!auth_key_matches(&keys, big, sizeof big));
    /* A key with a NUL inside is not the key up to the NUL. */
    char nul[] = "k1-0123456789abcdef\0zz";
    CHECK(!auth_key_matches(&keys, nul, sizeof nul - 1));
    struct key_list none = {NULL, 0};
    CHECK(!auth_key_matches(&none, KEY1, strlen(KEY1)));
}

static void test_settings(void)
{
    char dir[] = "/tmp/qawl-test-auth-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char path[300];
    snprintf(path, sizeof path, "%s/keys", dir);
    FILE *f = fopen(path, "w");
    CHECK(f != NULL);
    if (!f)
        return;
    fputs("# keys for qawl\n\n  " KEY2 "  \n", f);
    fclose(f);
    unsetenv("QAWL_CONFIG");
    unsetenv("QAWL_API_KEYS_FILE");
    setenv("QAWL_API_KEYS", KEY1, 1);
    struct config c;
    char err[512] = "";
    struct config_arg a1[] = {{"api_keys_file", "--api-keys-file", path}};
    CHECK_INT(config_build(&c, NULL, a1, 1, err, sizeof err), 0);
    CHECK_INT(c.api_keys.n, 2);
    if (c.api_keys.n == 2) {
        CHECK_STR(c.api_keys.items[0], KEY1);
        CHECK_STR(c.api_keys.items[1], KEY2);
    }
    config_free(&c);

    /* Never on the command line. */
    unsetenv("QAWL_API_KEYS");
    struct config_arg a2[] = {{"api_keys", "--api-keys", KEY1}};
    CHECK_INT(config_build(&c, NULL, a2, 1, err, sizeof err), -1);
    CHECK(strstr(err, "command line") != NULL);
    CHECK(strstr(err, KEY1) == NULL);

    /* A short key is refused, and the message does not quote it. */
    setenv("QAWL_API_KEYS", KEY1 ",short-key", 1);
    CHECK_INT(config_build(&c, NULL, NULL, 0, err, sizeof err), -1);
    CHECK(strstr(err, "QAWL_API_KEYS") != NULL);
    CHECK(strstr(err, "short-key") == NULL);
    CHECK(strstr(err, KEY1) == NULL);
    setenv("QAWL_API_KEYS", "k1-0123456789 abcdef", 1);
    CHECK_INT(config_build(&c, NULL, NULL, 0, err, sizeof err), -1);
    CHECK(strstr(err, "abcdef") == NULL);
    unsetenv("QAWL_API_KEYS");

    /* A missing or empty key file stops start-up. */
    struct config_arg a3[] = {{"api_keys_file", "--api-keys-file", "/nonexistent/keys"}};
    CHECK_INT(config_build(&c, NULL, a3, 1, err, sizeof err), -1);
    CHECK(strstr(err, "/nonexistent/keys") != NULL);
    f = fopen(path, "w");
    if (f) {
        fputs("# nothing\n\n", f);
        fclose(f);
    }
    CHECK_INT(config_build(&c, NULL, a1, 1, err, sizeof err), -1);
    CHECK(strstr(err, "no key") != NULL);
    f = fopen(path, "w");
    if (f) {
        fputs(KEY1 "\nbad key with spaces\n", f);
        fclose(f);
    }
    CHECK_INT(config_build(&c, NULL, a1, 1, err, sizeof err), -1);
    CHECK(strstr(err, ":2:") != NULL);
    CHECK(strstr(err, "spaces") == NULL);

    /* metrics_allow is a CIDR list. */
    struct config_arg a4[] = {{"metrics_allow", "--metrics-allow", "127.0.0.1, 10.0.0.0/8, ::1"}};
    CHECK_INT(config_build(&c, NULL, a4, 1, err, sizeof err), 0);
    CHECK_INT(c.metrics_allow.n, 3);
    config_free(&c);
    struct config_arg a5[] = {{"metrics_allow", "--metrics-allow", "10.0.0.0/99"}};
    CHECK_INT(config_build(&c, NULL, a5, 1, err, sizeof err), -1);
    CHECK(strstr(err, "metrics_allow") != NULL);

    unlink(path);
    rmdir(dir);
}

int main(void)
{
    test_presented();
    test_matches();
    test_settings();
    return check_summary("test_auth");
}
