/*
 * test_config.c — the settings table: file, environment, flags, precedence, every kind
 * of bad value (the message must name the setting and the source), size and duration
 * syntax, listen addresses and CIDR lists.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "server/config.h"
#include "tests/unit/check.h"

static char tmpdir[] = "/tmp/qawl-test-config-XXXXXX";

static const char *write_file(const char *name, const char *content)
{
    static char path[256];
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    FILE *f = fopen(path, "w");
    if (!f)
        return NULL;
    fputs(content, f);
    fclose(f);
    return path;
}

static void clear_env(void)
{
    for (size_t i = 0; i < config_n_settings; i++) {
        char var[80];
        snprintf(var, sizeof var, "QAWL_%s", config_settings[i].name);
        for (char *p = var; *p; p++)
            if (*p >= 'a' && *p <= 'z')
                *p = (char)(*p - 32);
        unsetenv(var);
    }
    unsetenv("QAWL_CONFIG");
}

/* Builds with the given file and flags; returns the error message ("" on success). */
static const char *build(struct config *c, const char *file, const struct config_arg *args, size_t n)
{
    static char err[512];
    err[0] = 0;
    if (config_build(c, file, args, n, err, sizeof err) != 0 && !err[0])
        snprintf(err, sizeof err, "(failed without a message)");
    return err;
}

static int contains(const char *s, const char *part)
{
    int ok = strstr(s, part) != NULL;
    if (!ok)
        fprintf(stderr, "  \"%s\" does not contain \"%s\"\n", s, part);
    return ok;
}

static void test_defaults(void)
{
    struct config c;
    CHECK_STR(build(&c, NULL, NULL, 0), "");
    CHECK_STR(c.listen.host, "127.0.0.1");
    CHECK_INT(c.listen.port, 8080);
    CHECK_INT(c.threads, 0);
    CHECK_INT(c.max_body, 1048576);
    CHECK_INT(c.max_in_flight, 64);
    CHECK_INT(c.connection_limit, 1024);
    CHECK_INT(c.per_ip_connection_limit, 0);
    CHECK_INT(c.connection_timeout, 30);
    CHECK_INT(c.request_memory_limit, 256LL << 20);
    CHECK_INT(c.drain_timeout, 10);
    CHECK_STR(c.lexicon_dir, "config/lexicons");
    CHECK_STR(c.wordlist, "/usr/share/hunspell/ar.dic");
    CHECK_INT(c.trusted_proxies.n, 0);
    CHECK_INT(c.cors_origins.n, 0);
    CHECK_INT(c.cors_origins.any, 0);
    CHECK_INT(c.log_level, LOG_INFO);
    CHECK(config_thread_count(&c) >= 1);
    config_free(&c);
}

static void test_file(void)
{
    const char *path = write_file("ok.conf", "# a comment\n"
                                             "\n"
                                             "listen = 0.0.0.0:9090\n"
                                             "threads 3   # trailing comment\n"
                                             "max-body = 512KiB\n"
                                             "lexicon_dir = \"/srv/lex icons\"\n"
                                             "trusted_proxies = 10.0.0.0/8, ::1\n"
                                             "cors_origins = https://a.example, http://b.example:8000\n"
                                             "log_level = WARN\n"
                                             "connection_timeout = 2m\n");
    struct config c;
    CHECK_STR(build(&c, path, NULL, 0), "");
    CHECK_STR(c.listen.host, "0.0.0.0");
    CHECK_INT(c.listen.port, 9090);
    CHECK_INT(c.threads, 3);
    CHECK_INT(c.max_body, 512 * 1024);
    CHECK_STR(c.lexicon_dir, "/srv/lex icons");
    CHECK_INT(c.trusted_proxies.n, 2);
    CHECK_INT(c.cors_origins.n, 2);
    CHECK(config_origin_allowed(&c, "https://a.example"));
    CHECK(config_origin_allowed(&c, "http://b.example:8000"));
    CHECK(!config_origin_allowed(&c, "https://evil.example"));
    CHECK(!config_origin_allowed(&c, NULL));
    CHECK_INT(c.log_level, LOG_WARN);
    CHECK_INT(c.connection_timeout, 120);
    CHECK_INT(c.max_in_flight, 64); /* untouched: default */
    config_free(&c);

    /* QAWL_CONFIG names the file when no --config is given. */
    setenv("QAWL_CONFIG", path, 1);
    CHECK_STR(build(&c, NULL, NULL, 0), "");
    CHECK_INT(c.threads, 3);
    config_free(&c);
    unsetenv("QAWL_CONFIG");
}

static void test_file_errors(void)
{
    struct config c;
    const char *path = write_file("bad1.conf", "threads = 2\nmax_body = 12XB\n");
    const char *e = build(&c, path, NULL, 0);
    CHECK(contains(e, "max_body"));
    CHECK(contains(e, "bad1.conf:2"));
    CHECK(contains(e, "12XB"));
    CHECK(contains(e, "not a size"));

    path = write_file("bad2.conf", "\n\nfrobnicate = 1\n");
    e = build(&c, path, NULL, 0);
    CHECK(contains(e, "bad2.conf:3"));
    CHECK(contains(e, "unknown setting \"frobnicate\""));

    path = write_file("bad3.conf", "= 3\n");
    e = build(&c, path, NULL, 0);
    CHECK(contains(e, "bad3.conf:1"));

    e = build(&c, "/nonexistent/qawl.conf", NULL, 0);
    CHECK(contains(e, "cannot read config file /nonexistent/qawl.conf"));
}

static void test_env_and_precedence(void)
{
    const char *path = write_file("prec.conf", "threads = 3\nmax_in_flight = 5\nmax_body = 2MiB\n");
    struct config c;
    setenv("QAWL_THREADS", "4", 1);
    setenv("QAWL_MAX_IN_FLIGHT", "6", 1);
    setenv("QAWL_LISTEN", "[::1]:0", 1);
    struct config_arg args[] = {{"threads", "--threads", "5"}};
    CHECK_STR(build(&c, path, args, 1), "");
    CHECK_INT(c.threads, 5);          /* flag > env > file */
    CHECK_INT(c.max_in_flight, 6);    /* env > file */
    CHECK_INT(c.max_body, 2 << 20);   /* file > default */
    CHECK_STR(c.listen.host, "::1");
    CHECK_INT(c.listen.port, 0);
    CHECK_INT(c.listen.sa.ss_family, AF_INET6);
    config_free(&c);

    setenv("QAWL_THREADS", "lots", 1);
    const char *e = build(&c, path, NULL, 0);
    CHECK(contains(e, "threads"));
    CHECK(contains(e, "environment QAWL_THREADS"));
    CHECK(contains(e, "not a number"));
    /* A valid flag does not hide a bad environment value: every source is checked. */
    e = build(&c, path, args, 1);
    CHECK(contains(e, "QAWL_THREADS"));
    clear_env();
}

static void test_flag_errors(void)
{
    struct config c;
    struct config_arg a1[] = {{"threads", "--threads", "-3"}};
    const char *e = build(&c, NULL, a1, 1);
    CHECK(contains(e, "invalid threads from flag --threads"));
    CHECK(contains(e, "negative"));

    struct config_arg a2[] = {{"threads", "--threads", "2000"}};
    e = build(&c, NULL, a2, 1);
    CHECK(contains(e, "out of range"));
    CHECK(contains(e, "between 0 and 1024"));

    struct config_arg a3[] = {{"max_body", "--max-body", "0"}};
    e = build(&c, NULL, a3, 1);
    CHECK(contains(e, "max_body"));
    CHECK(contains(e, "out of range"));

    struct config_arg a4[] = {{"listen", "--listen", "localhost"}};
    e = build(&c, NULL, a4, 1);
    CHECK(contains(e, "invalid listen from flag --listen"));
    CHECK(contains(e, "HOST:PORT"));

    struct config_arg a5[] = {{"listen", "--listen", "127.0.0.1:70000"}};
    e = build(&c, NULL, a5, 1);
    CHECK(contains(e, "port"));

    struct config_arg a6[] = {{"listen", "--listen", "example.com:80"}};
    e = build(&c, NULL, a6, 1);
    CHECK(contains(e, "IP address"));

    struct config_arg a7[] = {{"trusted_proxies", "--trusted-proxies", "10.0.0.0/33"}};
    e = build(&c, NULL, a7, 1);
    CHECK(contains(e, "trusted_proxies"));
    CHECK(contains(e, "at most 32"));

    struct config_arg a8[] = {{"trusted_proxies", "--trusted-proxies", "10.0.0.1,,10.0.0.2"}};
    e = build(&c, NULL, a8, 1);
    CHECK(contains(e, "empty item"));

    struct config_arg a9[] = {{"cors_origins", "--cors-origins", "https://a.example/path"}};
    e = build(&c, NULL, a9, 1);
    CHECK(contains(e, "cors_origins"));
    CHECK(contains(e, "not an origin"));

    struct config_arg a10[] = {{"cors_origins", "--cors-origins", "*, https://a.example"}};
    e = build(&c, NULL, a10, 1);
    CHECK(contains(e, "cannot be combined"));

    struct config_arg a11[] = {{"log_level", "--log-level", "loud"}};
    e = build(&c, NULL, a11, 1);
    CHECK(contains(e, "log_level"));
    CHECK(contains(e, "debug info warn error"));

    struct config_arg a12[] = {{"drain_timeout", "--drain-timeout", "10 minutes"}};
    e = build(&c, NULL, a12, 1);
    CHECK(contains(e, "drain_timeout"));
    CHECK(contains(e, "not a duration"));

    struct config_arg a13[] = {{"lexicon_dir", "--lexicon-dir", ""}};
    e = build(&c, NULL, a13, 1);
    CHECK(contains(e, "must not be empty"));

    struct config_arg a14[] = {{"nonsense", "--nonsense", "1"}};
    e = build(&c, NULL, a14, 1);
    CHECK(contains(e, "unknown setting --nonsense"));

    struct config_arg a15[] = {{"request_memory_limit", "--request-memory-limit", "99999999999999999999"}};
    e = build(&c, NULL, a15, 1);
    CHECK(contains(e, "too large"));

    /* The last flag wins; empty lists are allowed. */
    struct config_arg ok[] = {{"threads", "--threads", "1"}, {"threads", "--threads", "+2"},
                              {"trusted_proxies", "--trusted-proxies", ""}, {"cors_origins", "--cors-origins", "*"},
                              {"wordlist", "--wordlist", ""}};
    CHECK_STR(build(&c, NULL, ok, 5), "");
    CHECK_INT(c.threads, 2);
    CHECK_INT(c.cors_origins.any, 1);
    CHECK(config_origin_allowed(&c, "http://anything.example"));
    CHECK_STR(c.wordlist, "");
    config_free(&c);
}

static void test_sizes(void)
{
    int64_t v;
    const char *why;
    CHECK_INT(config_parse_size("0", &v, &why), 0);
    CHECK_INT(v, 0);
    CHECK_INT(config_parse_size("1048576", &v, &why), 0);
    CHECK_INT(v, 1048576);
    CHECK_INT(config_parse_size("1MiB", &v, &why), 0);
    CHECK_INT(v, 1048576);
    CHECK_INT(config_parse_size("512KiB", &v, &why), 0);
    CHECK_INT(v, 524288);
    CHECK_INT(config_parse_size("512 kib", &v, &why), 0);
    CHECK_INT(v, 524288);
    CHECK_INT(config_parse_size("2K", &v, &why), 0);
    CHECK_INT(v, 2048);
    CHECK_INT(config_parse_size("2KB", &v, &why), 0);
    CHECK_INT(v, 2000);
    CHECK_INT(config_parse_size("3G", &v, &why), 0);
    CHECK_INT(v, 3LL << 30);
    CHECK_INT(config_parse_size("1GB", &v, &why), 0);
    CHECK_INT(v, 1000000000);
    CHECK_INT(config_parse_size("10B", &v, &why), 0);
    CHECK_INT(v, 10);
    CHECK_INT(config_parse_size("", &v, &why), -1);
    CHECK_INT(config_parse_size("MiB", &v, &why), -1);
    CHECK_INT(config_parse_size("1.5MiB", &v, &why), -1);
    CHECK_INT(config_parse_size("-1", &v, &why), -1);
    CHECK_INT(config_parse_size("1TiB", &v, &why), -1);
    CHECK_INT(config_parse_size("9999999999999G", &v, &why), -1);

    CHECK_INT(config_parse_seconds("30", &v, &why), 0);
    CHECK_INT(v, 30);
    CHECK_INT(config_parse_seconds("30s", &v, &why), 0);
    CHECK_INT(v, 30);
    CHECK_INT(config_parse_seconds("2m", &v, &why), 0);
    CHECK_INT(v, 120);
    CHECK_INT(config_parse_seconds("1h", &v, &why), 0);
    CHECK_INT(v, 3600);
    CHECK_INT(config_parse_seconds("1.5", &v, &why), -1);
    CHECK_INT(config_parse_seconds("s", &v, &why), -1);
}

static void test_listen(void)
{
    struct listen_addr la;
    const char *why;
    CHECK_INT(config_parse_listen("127.0.0.1:8080", &la, &why), 0);
    CHECK_INT(la.sa.ss_family, AF_INET);
    CHECK_INT(ntohs(((struct sockaddr_in *)(void *)&la.sa)->sin_port), 8080);
    CHECK_INT(config_parse_listen("localhost:1", &la, &why), 0);
    CHECK_INT(ntohl(((struct sockaddr_in *)(void *)&la.sa)->sin_addr.s_addr), 0x7f000001);
    CHECK_INT(config_parse_listen(":8080", &la, &why), 0);
    CHECK_INT(ntohl(((struct sockaddr_in *)(void *)&la.sa)->sin_addr.s_addr), 0);
    CHECK_INT(config_parse_listen("[::]:80", &la, &why), 0);
    CHECK_INT(la.sa.ss_family, AF_INET6);
    CHECK_INT(config_parse_listen("::1:80", &la, &why), -1);
    CHECK(contains(why, "brackets"));
    CHECK_INT(config_parse_listen("[::1]80", &la, &why), -1);
    CHECK_INT(config_parse_listen("1.2.3.4:", &la, &why), -1);
    CHECK_INT(config_parse_listen("1.2.3.4:http", &la, &why), -1);
    CHECK_INT(config_parse_listen("1.2.3.999:80", &la, &why), -1);
}

static void test_find(void)
{
    CHECK(config_find("max_body") != NULL);
    CHECK(config_find("max-body") == config_find("max_body"));
    CHECK(config_find("max body") == NULL);
    CHECK(config_find("") == NULL);
    /* Every setting has a help text and a default that parses. */
    for (size_t i = 0; i < config_n_settings; i++) {
        CHECK(config_settings[i].help && *config_settings[i].help);
        CHECK(config_settings[i].def != NULL);
    }
}

int main(void)
{
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 1;
    }
    clear_env();
    test_defaults();
    test_file();
    test_file_errors();
    test_env_and_precedence();
    test_flag_errors();
    test_sizes();
    test_listen();
    test_find();
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", tmpdir);
    return check_summary("test_config");
}
