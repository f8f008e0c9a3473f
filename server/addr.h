/*
 * addr.h — IP addresses, CIDR ranges, and the client address behind trusted proxies.
 *
 * Pure functions over caller-owned memory: nothing here allocates except
 * cidr_list_parse(), whose list the caller releases with cidr_list_free().
 */
#ifndef QAWL_ADDR_H
#define QAWL_ADDR_H

#include <stddef.h>
#include <stdint.h>
#include <sys/socket.h>

/* An IPv4 or IPv6 range. IPv4 is kept as an IPv4-mapped IPv6 address (::ffff:a.b.c.d)
 * with the prefix shifted by 96, so one comparison serves both families and a v4 peer
 * seen on a dual-stack socket matches a v4 range. */
struct cidr {
    uint8_t addr[16];
    int prefix;             /* 0..128, counted on the mapped form */
};

struct cidr_list {
    struct cidr *items;     /* malloc'ed, owned by the list */
    size_t n;
};

/* Parses "IP" or "IP/PREFIX" (v4 or v6). 0 on success; -1 with *why set to a static
 * reason otherwise. Host bits past the prefix are cleared. */
int cidr_parse(const char *s, struct cidr *out, const char **why);

/* Parses a comma-separated list (spaces around items allowed; "" is the empty list).
 * 0 on success; -1 with a reason naming the bad item written to why[0..whylen). */
int cidr_list_parse(const char *s, struct cidr_list *out, char *why, size_t whylen);
void cidr_list_free(struct cidr_list *l);

/* Parses a textual IP address into the mapped 16-byte form. 0 or -1. */
int ip_parse(const char *s, uint8_t out[16]);

/* 1 when `ip` (mapped form) lies in one of the ranges, else 0. */
int cidr_list_contains(const struct cidr_list *l, const uint8_t ip[16]);

/* The mapped form of a socket address; -1 for families other than AF_INET/AF_INET6. */
int ip_from_sockaddr(const struct sockaddr *sa, uint8_t out[16]);

/* Writes the canonical text of a mapped address (dotted quad for IPv4) into buf. */
void ip_format(const uint8_t ip[16], char *buf, size_t buflen);

/* The client address of a request: the peer, unless the peer is a trusted proxy, in
 * which case X-Forwarded-For is walked from the right and the first address that is not
 * itself trusted is taken (the right-most untrusted one). A malformed entry stops the
 * walk at the last good address. `xff` may be NULL. The result is written to buf. */
void client_address(const struct cidr_list *trusted, const uint8_t peer[16], const char *xff,
                    char *buf, size_t buflen);

#endif
