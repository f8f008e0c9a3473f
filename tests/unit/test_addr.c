/*
 * test_addr.c — CIDR parsing and matching, and the client address behind proxies.
 */
#include <string.h>

#include "server/addr.h"
#include "tests/unit/check.h"

static int in_list(const char *list, const char *ip)
{
    struct cidr_list l;
    char why[128];
    uint8_t a[16];
    if (cidr_list_parse(list, &l, why, sizeof why) != 0 || ip_parse(ip, a) != 0)
        return -1;
    int r = cidr_list_contains(&l, a);
    cidr_list_free(&l);
    return r;
}

static const char *client(const char *trusted, const char *peer, const char *xff)
{
    static char buf[64];
    struct cidr_list l;
    char why[128];
    uint8_t p[16];
    if (cidr_list_parse(trusted, &l, why, sizeof why) != 0 || ip_parse(peer, p) != 0)
        return "(setup failed)";
    client_address(&l, p, xff, buf, sizeof buf);
    cidr_list_free(&l);
    return buf;
}

static void test_cidr_parse(void)
{
    struct cidr c;
    const char *why = NULL;
    CHECK_INT(cidr_parse("10.0.0.0/8", &c, &why), 0);
    CHECK_INT(c.prefix, 96 + 8);
    CHECK_INT(cidr_parse("10.1.2.3", &c, &why), 0);
    CHECK_INT(c.prefix, 128);
    CHECK_INT(cidr_parse("2001:db8::/32", &c, &why), 0);
    CHECK_INT(c.prefix, 32);
    CHECK_INT(cidr_parse("::1", &c, &why), 0);
    CHECK_INT(c.prefix, 128);
    CHECK_INT(cidr_parse("0.0.0.0/0", &c, &why), 0);
    CHECK_INT(cidr_parse("10.0.0.0/33", &c, &why), -1);
    CHECK_INT(cidr_parse("::/129", &c, &why), -1);
    CHECK_INT(cidr_parse("10.0.0.0/", &c, &why), -1);
    CHECK_INT(cidr_parse("10.0.0.0/8x", &c, &why), -1);
    CHECK_INT(cidr_parse("10.0.0/8", &c, &why), -1);
    CHECK_INT(cidr_parse("/8", &c, &why), -1);
    CHECK_INT(cidr_parse("host.example", &c, &why), -1);
    CHECK_INT(cidr_parse("10.0.0.0/-1", &c, &why), -1);
}

static void test_cidr_match(void)
{
    CHECK_INT(in_list("10.0.0.0/8", "10.255.1.2"), 1);
    CHECK_INT(in_list("10.0.0.0/8", "11.0.0.1"), 0);
    CHECK_INT(in_list("192.168.1.128/25", "192.168.1.200"), 1);
    CHECK_INT(in_list("192.168.1.128/25", "192.168.1.100"), 0);
    CHECK_INT(in_list("192.168.1.77/24", "192.168.1.5"), 1); /* host bits ignored */
    CHECK_INT(in_list("127.0.0.1", "127.0.0.1"), 1);
    CHECK_INT(in_list("127.0.0.1", "127.0.0.2"), 0);
    CHECK_INT(in_list("0.0.0.0/0", "8.8.8.8"), 1);
    CHECK_INT(in_list("0.0.0.0/0", "2001:db8::1"), 0); /* v4 ranges do not match v6 */
    CHECK_INT(in_list("2001:db8::/32", "2001:db8:ffff::1"), 1);
    CHECK_INT(in_list("2001:db8::/32", "2001:db9::1"), 0);
    CHECK_INT(in_list("fd00::/7", "fdff::1"), 1);
    CHECK_INT(in_list("::/0", "::1"), 1);
    /* A v4 peer seen as v4-mapped v6 matches v4 ranges. */
    CHECK_INT(in_list("10.0.0.0/8", "::ffff:10.0.0.1"), 1);
    CHECK_INT(in_list("10.0.0.1, 10.0.0.2 ,fd00::1", "10.0.0.2"), 1);
    CHECK_INT(in_list("", "10.0.0.2"), 0);
    struct cidr_list l;
    char why[128];
    CHECK_INT(cidr_list_parse("10.0.0.1, nonsense", &l, why, sizeof why), -1);
    CHECK(strstr(why, "nonsense") != NULL);
    CHECK_INT(cidr_list_parse(" , ", &l, why, sizeof why), -1);
}

static void test_client_address(void)
{
    /* No trusted proxies: the header is ignored. */
    CHECK_STR(client("", "203.0.113.9", "1.2.3.4"), "203.0.113.9");
    /* Untrusted peer: ignored too. */
    CHECK_STR(client("10.0.0.0/8", "203.0.113.9", "1.2.3.4"), "203.0.113.9");
    /* Trusted peer: the right-most address, when untrusted. */
    CHECK_STR(client("10.0.0.0/8", "10.0.0.5", "1.2.3.4"), "1.2.3.4");
    /* A forged left part is ignored: the right-most untrusted entry wins. */
    CHECK_STR(client("10.0.0.0/8", "10.0.0.5", "6.6.6.6, 1.2.3.4"), "1.2.3.4");
    /* Trusted hops are skipped from the right. */
    CHECK_STR(client("10.0.0.0/8", "10.0.0.5", "6.6.6.6, 1.2.3.4, 10.9.9.9"), "1.2.3.4");
    /* All trusted: the left-most one. */
    CHECK_STR(client("10.0.0.0/8", "10.0.0.5", "10.1.1.1, 10.2.2.2"), "10.1.1.1");
    /* Garbage stops the walk at the last good address. */
    CHECK_STR(client("10.0.0.0/8", "10.0.0.5", "1.2.3.4, garbage"), "10.0.0.5");
    CHECK_STR(client("10.0.0.0/8", "10.0.0.5", "garbage, 10.1.1.1"), "10.1.1.1");
    CHECK_STR(client("10.0.0.0/8", "10.0.0.5", ""), "10.0.0.5");
    CHECK_STR(client("10.0.0.0/8", "10.0.0.5", " , "), "10.0.0.5");
    CHECK_STR(client("10.0.0.0/8", "10.0.0.5", NULL), "10.0.0.5");
    /* IPv6 both ways. */
    CHECK_STR(client("::1", "::1", "2001:db8::7"), "2001:db8::7");
    CHECK_STR(client("::1", "::1", " 2001:db8::7 ,  192.0.2.1 "), "192.0.2.1");
    CHECK_STR(client("127.0.0.1", "::ffff:127.0.0.1", "192.0.2.1"), "192.0.2.1");
}

int main(void)
{
    test_cidr_parse();
    test_cidr_match();
    test_client_address();
    return check_summary("test_addr");
}
