/*
 * addr.c — address parsing and matching for trusted_proxies and X-Forwarded-For.
 */
#include "server/addr.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void map_v4(const void *v4, uint8_t out[16])
{
    memset(out, 0, 10);
    out[10] = out[11] = 0xff;
    memcpy(out + 12, v4, 4);
}

static int is_mapped_v4(const uint8_t ip[16])
{
    static const uint8_t prefix[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    return memcmp(ip, prefix, 12) == 0;
}

int ip_parse(const char *s, uint8_t out[16])
{
    struct in_addr v4;
    struct in6_addr v6;
    if (inet_pton(AF_INET, s, &v4) == 1) {
        map_v4(&v4, out);
        return 0;
    }
    if (inet_pton(AF_INET6, s, &v6) == 1) {
        memcpy(out, &v6, 16);
        return 0;
    }
    return -1;
}

int cidr_parse(const char *s, struct cidr *out, const char **why)
{
    char buf[64];
    const char *slash = strchr(s, '/');
    size_t n = slash ? (size_t)(slash - s) : strlen(s);
    if (n == 0 || n >= sizeof buf) {
        *why = "not an IP address";
        return -1;
    }
    memcpy(buf, s, n);
    buf[n] = 0;
    struct in_addr v4;
    struct in6_addr v6;
    int max;
    if (inet_pton(AF_INET, buf, &v4) == 1) {
        map_v4(&v4, out->addr);
        max = 32;
    } else if (inet_pton(AF_INET6, buf, &v6) == 1) {
        memcpy(out->addr, &v6, 16);
        max = 128;
    } else {
        *why = "not an IP address";
        return -1;
    }
    int prefix = max;
    if (slash) {
        const char *p = slash + 1;
        if (*p < '0' || *p > '9') {
            *why = "the prefix length after '/' is not a number";
            return -1;
        }
        prefix = 0;
        for (; *p >= '0' && *p <= '9'; p++) {
            prefix = prefix * 10 + (*p - '0');
            if (prefix > 128)
                break;
        }
        if (*p && !(*p >= '0' && *p <= '9')) {
            *why = "the prefix length after '/' is not a number";
            return -1;
        }
        if (prefix > max) {
            *why = max == 32 ? "an IPv4 prefix length is at most 32" : "an IPv6 prefix length is at most 128";
            return -1;
        }
    }
    out->prefix = max == 32 ? prefix + 96 : prefix;
    for (int bit = out->prefix; bit < 128; bit++)
        out->addr[bit / 8] &= (uint8_t) ~(0x80u >> (bit % 8));
    return 0;
}

int cidr_list_parse(const char *s, struct cidr_list *out, char *why, size_t whylen)
{
    out->items = NULL;
    out->n = 0;
    size_t cap = 0;
    const char *p = s;
    while (*p == ' ' || *p == '\t')
        p++;
    if (!*p)
        return 0;
    for (;;) {
        const char *end = strchr(p, ',');
        if (!end)
            end = p + strlen(p);
        const char *a = p, *b = end;
        while (a < b && (*a == ' ' || *a == '\t'))
            a++;
        while (b > a && (b[-1] == ' ' || b[-1] == '\t'))
            b--;
        char item[64];
        const char *reason = NULL;
        struct cidr c;
        if (b == a) {
            snprintf(why, whylen, "empty item in the list");
            goto fail;
        }
        if ((size_t)(b - a) >= sizeof item) {
            snprintf(why, whylen, "\"%.40s...\" is not an IP address or CIDR range", a);
            goto fail;
        }
        memcpy(item, a, (size_t)(b - a));
        item[b - a] = 0;
        if (cidr_parse(item, &c, &reason) != 0) {
            snprintf(why, whylen, "\"%s\": %s", item, reason);
            goto fail;
        }
        if (out->n == cap) {
            cap = cap ? cap * 2 : 4;
            struct cidr *grown = realloc(out->items, cap * sizeof *grown);
            if (!grown) {
                snprintf(why, whylen, "out of memory");
                goto fail;
            }
            out->items = grown;
        }
        out->items[out->n++] = c;
        if (!*end)
            return 0;
        p = end + 1;
    }
fail:
    cidr_list_free(out);
    return -1;
}

void cidr_list_free(struct cidr_list *l)
{
    free(l->items);
    l->items = NULL;
    l->n = 0;
}

int cidr_list_contains(const struct cidr_list *l, const uint8_t ip[16])
{
    for (size_t i = 0; i < l->n; i++) {
        const struct cidr *c = &l->items[i];
        int full = c->prefix / 8, rest = c->prefix % 8;
        if (memcmp(c->addr, ip, (size_t)full) != 0)
            continue;
        if (rest) {
            uint8_t mask = (uint8_t)(0xff00u >> rest);
            if ((ip[full] & mask) != c->addr[full])
                continue;
        }
        return 1;
    }
    return 0;
}

int ip_from_sockaddr(const struct sockaddr *sa, uint8_t out[16])
{
    if (!sa)
        return -1;
    if (sa->sa_family == AF_INET) {
        const struct sockaddr_in *in = (const struct sockaddr_in *)(const void *)sa;
        map_v4(&in->sin_addr, out);
        return 0;
    }
    if (sa->sa_family == AF_INET6) {
        const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)(const void *)sa;
        memcpy(out, &in6->sin6_addr, 16);
        return 0;
    }
    return -1;
}

void ip_format(const uint8_t ip[16], char *buf, size_t buflen)
{
    if (is_mapped_v4(ip)) {
        if (!inet_ntop(AF_INET, ip + 12, buf, (socklen_t)buflen))
            snprintf(buf, buflen, "?");
    } else if (!inet_ntop(AF_INET6, ip, buf, (socklen_t)buflen)) {
        snprintf(buf, buflen, "?");
    }
}

void client_address(const struct cidr_list *trusted, const uint8_t peer[16], const char *xff,
                    char *buf, size_t buflen)
{
    uint8_t cur[16];
    memcpy(cur, peer, 16);
    if (xff && cidr_list_contains(trusted, cur)) {
        const char *end = xff + strlen(xff);
        while (end > xff && cidr_list_contains(trusted, cur)) {
            const char *comma = end;
            while (comma > xff && comma[-1] != ',')
                comma--;
            const char *a = comma, *b = end;
            while (a < b && (*a == ' ' || *a == '\t'))
                a++;
            while (b > a && (b[-1] == ' ' || b[-1] == '\t'))
                b--;
            char item[64];
            uint8_t ip[16];
            if (b == a || (size_t)(b - a) >= sizeof item)
                break;
            memcpy(item, a, (size_t)(b - a));
            item[b - a] = 0;
            if (ip_parse(item, ip) != 0)
                break;
            memcpy(cur, ip, 16);
            end = comma > xff ? comma - 1 : xff;
        }
    }
    ip_format(cur, buf, buflen);
}
