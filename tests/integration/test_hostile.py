#!/usr/bin/env python3
"""Hostile input against the real server: invalid UTF-8 of every kind, invisible and
unusual characters, hostile JSON, malformed and abusive HTTP (lengths, framing, sizes,
garbage, pipelining, clients that vanish or trickle), pathological but valid texts,
overload and a drain with many requests in flight.

Every test asserts what the client gets (status, problem type, exact offsets) and that
the server goes on answering afterwards. Timing is never asserted tightly: generous
timeouts only, so the suite passes on a loaded 2-core machine and under ASan/valgrind.
"""
import json
import os
import signal
import socket
import sys
import threading
import time

from harness import (ASAN, VALGRIND, Server, TestCase, main, read_http_response, read_interim,
                     timeout)
from test_api import ARABIC, cut, slow_upload, spans, to_unit

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import pathological  # noqa: E402

# (bytes, byte offset reported, words of the reason)
INVALID_UTF8 = [
    (b"ok \xc0\xaf", 3, "overlong"),                 # 2-byte overlong '/'
    (b"ab\xc1\xbf", 2, "overlong"),
    (b"abc\xe0\x80\xaf", 3, "overlong"),             # 3-byte overlong
    (b"\xf0\x80\x80\xaf", 0, "overlong"),            # 4-byte overlong
    (b"x\xed\xa0\x80", 1, "surrogate"),              # U+D800
    (b"xy\xed\xbf\xbf", 2, "surrogate"),             # U+DFFF
    (b"\xed\xb0\x80z", 0, "surrogate"),              # a low surrogate alone
    (b"\xed\xa0\xbd\xed\xb8\x80", 0, "surrogate"),   # CESU-8 pair for U+1F600
    (b"abc\xe2\x82", 3, "truncated"),                # cut at the end
    (b"a\xe2\x82b", 1, "truncated"),                 # cut in the middle
    (b"a\xf0\x9f\x98", 1, "truncated"),
    (b"\xc3", 0, "truncated"),
    (b"\xf4\x90\x80\x80", 0, "above U+10FFFF"),
    (b"zz\xf7\xbf\xbf\xbf", 2, "above U+10FFFF"),
    (b"\xf8\x88\x80\x80\x80", 0, "0xF8-0xFF"),
    (b"\xfe\xff", 0, "0xF8-0xFF"),
    (b"\xff", 0, "0xF8-0xFF"),
    (b"abc\x80", 3, "continuation"),                 # stray continuation bytes
    (b"\xbf\xbf", 0, "continuation"),
    ("قال الرئيس إن".encode() + b"\x80", len("قال الرئيس إن".encode()), "continuation"),
]


def check_offsets(test, text, doc, unit):
    """Every span of `doc` lies in `text`, on character boundaries, and every "text"
    field equals the text between its offsets in `unit`."""
    test.assertEqual(doc["offsets"], unit)
    test.assertEqual(doc["text_length"], to_unit(text, len(text), unit))
    n = 0
    for sp in spans(doc):
        test.assertLessEqual(0, sp["start"])
        test.assertLessEqual(sp["start"], sp["end"])
        test.assertLessEqual(sp["end"], doc["text_length"])
        piece = cut(text, sp["start"], sp["end"], unit)
        if "text" in sp:
            test.assertEqual(piece, sp["text"], (unit, sp))
        n += 1
    return n


def check_utf8_offsets(test, data, doc):
    """check_offsets for a large text with offsets=utf8: slices of the bytes, O(span)."""
    test.assertEqual(doc["offsets"], "utf8")
    test.assertEqual(doc["text_length"], len(data))
    for sp in spans(doc):
        test.assertTrue(0 <= sp["start"] <= sp["end"] <= len(data), sp)
        piece = data[sp["start"]:sp["end"]].decode("utf-8")    # raises if a character is split
        if "text" in sp:
            test.assertEqual(piece, sp["text"])


def exchange(srv, data, seconds=20, shut=False):
    """Sends raw bytes on a new connection; returns the first status code answered, or
    None when the server closed the connection without an answer."""
    s = srv.raw(seconds)
    try:
        s.sendall(data)
        if shut:
            s.shutdown(socket.SHUT_WR)
        s.settimeout(timeout(seconds))
        buf = b""
        while b"\r\n" not in buf:
            try:
                chunk = s.recv(4096)
            except ConnectionResetError:
                chunk = b""
            if not chunk:
                return None
            buf += chunk
        return int(buf.split(b" ", 2)[1])
    finally:
        s.close()


class Responses:
    """Reads consecutive HTTP/1.1 responses from one socket, keeping what arrives early
    (pipelined answers often come in one segment)."""

    def __init__(self, sock, seconds=30):
        self.sock = sock
        self.buf = b""
        sock.settimeout(timeout(seconds))

    def _fill(self):
        chunk = self.sock.recv(65536)
        if not chunk:
            raise AssertionError("connection closed before a response: %r" % self.buf[:200])
        self.buf += chunk

    def next(self):
        while b"\r\n\r\n" not in self.buf:
            self._fill()
        head, self.buf = self.buf.split(b"\r\n\r\n", 1)
        lines = head.decode("latin-1").split("\r\n")
        headers = {}
        for ln in lines[1:]:
            k, _, v = ln.partition(":")
            headers[k.strip().lower()] = v.strip()
        n = int(headers.get("content-length", "0"))
        while len(self.buf) < n:
            self._fill()
        body, self.buf = self.buf[:n], self.buf[n:]
        return int(lines[0].split()[1]), headers, body


def metric(srv, name):
    st, h, b = srv.request("GET", "/metrics")
    for line in b.decode().splitlines():
        if line.startswith(name + " "):
            return float(line.split()[1])
    raise AssertionError("no metric " + name)


def wait_metric(srv, name, want, seconds=20):
    deadline = time.monotonic() + timeout(seconds)
    while True:
        v = metric(srv, name)
        if v == want or time.monotonic() > deadline:
            return v
        time.sleep(0.05)


def rss_kib(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


class Shared(TestCase):
    @classmethod
    def setUpClass(cls):
        cls.srv = Server()

    @classmethod
    def tearDownClass(cls):
        rc = cls.srv.stop()
        assert rc == 0, "server exit %d:\n%s" % (rc, cls.srv.stderr())

    def alive(self):
        st, h, b = self.srv.request("GET", "/livez")
        self.assertEqual(st, 200)

    # ---- UTF-8 ----

    def test_invalid_utf8_text_plain(self):
        for data, at, why in INVALID_UTF8:
            st, h, b = self.srv.annotate(data, ctype="text/plain; charset=utf-8")
            self.assertProblem(st, h, b, 400, "invalid-utf8", "invalid UTF-8 at byte %d: " % at)
            self.assertIn(why, json.loads(b)["detail"], data)
        self.alive()

    def test_invalid_utf8_in_json(self):
        for data, at, why in INVALID_UTF8:
            body = b'{"text": "' + data + b'"}'
            st, h, b = self.srv.annotate(body, ctype="application/json")
            self.assertProblem(st, h, b, 400, "invalid-utf8", "invalid UTF-8 at byte %d: " % (at + 10))
            self.assertIn(why, json.loads(b)["detail"], data)

    def test_invisible_and_unusual_characters(self):
        texts = [
            "قال\x00 الرئيس إن\x00 الوضع جيد. He said\x00 \"yes\".",                 # NUL bytes
            "\ufeffقال الرئيس جو بايدن إن الوضع جيد.",                               # BOM first
            "قال \ufeffالرئيس إن الوضع\ufeff جيد.",                                  # BOMs inside
            "\u200fقال \u202bالرئيس\u202c جو بايدن \u2067إن\u2069 \u202eالوضع\u202c جيد.",  # bidi
            "قال\u200b ال\u200cرئيس\u200d جو\u2060 بايدن إن \"الحرب\u200b لن تنتهي\".",   # zero-width
            "قَالَ الرَّئِيسُ جُو بَايْدِن إِنَّ الْوَضْعَ جَيِّدٌ.",                                   # fully vocalised
            "قـــال الرئيـــس إن الوضـــع جيـــد.",                                       # tatweel
            "Mr. Smith said \"café naïve résumé\" in Zürich. 😀 قال 𝐀 الرئيس.",
        ]
        for text in texts:
            for unit in ("codepoint", "utf16", "utf8"):
                st, h, b = self.srv.annotate(text, query="?offsets=" + unit)
                self.assertEqual(st, 200, (text, b))
                doc = json.loads(b)
                check_offsets(self, text, doc, unit)
                self.assertGreaterEqual(len(doc["sentences"]), 1, text)
            # The same text through JSON (NULs as \u0000) gives the same document.
            st, h, b2 = self.srv.annotate(json.dumps({"text": text}), ctype="application/json")
            self.assertEqual(st, 200)
            st, h, b1 = self.srv.annotate(text)
            self.assertEqual(json.loads(b1), json.loads(b2))

    def test_marks_only(self):
        # Diacritics, tatweel and format marks alone fold to nothing: no text to analyse.
        for text in ("\u064e\u064f\u0650\u0651\u0652", "\u0640\u0640\u0640", "\u200b\u200f\ufeff\u2060",
                     " \u064b \n\u0670\t"):
            st, h, b = self.srv.annotate(text)
            self.assertProblem(st, h, b, 422, "empty-text")
            st, h, b = self.srv.annotate(json.dumps({"text": text}), ctype="application/json")
            self.assertProblem(st, h, b, 422, "empty-text")
        # Diacritics on letters that carry them are text, with exact offsets.
        text = "\u064eقَ\u064f"
        st, h, b = self.srv.annotate(text, query="?offsets=utf16")
        self.assertEqual(st, 200, b)
        check_offsets(self, text, json.loads(b), "utf16")

    # ---- JSON ----

    def test_json_deep_nesting(self):
        for body in ("[" * 100000, "[" * 5000 + "]" * 5000, '{"a":' * 50000 + "1" + "}" * 50000,
                     '{"text": "x", "deep": ' + "[" * 3000 + "]" * 3000 + "}"):
            st, h, b = self.srv.annotate(body, ctype="application/json")
            self.assertEqual(st, 400, (body[:30], b))
            self.assertIn(json.loads(b)["type"], ("urn:qawl:problem:malformed-json", "urn:qawl:problem:invalid-field"))
            self.assertProblem(st, h, b, 400, json.loads(b)["type"].rsplit(":", 1)[1])
        self.alive()

    def test_json_duplicates_types_null(self):
        cases = [('{"text": "a", "text": "a"}', "malformed-json", "duplicate"),
                 ('{"text": "a", "x": {"k": 1, "k": 2}}', "malformed-json", "duplicate"),
                 ('{"text": 1}', "invalid-field", '"text" must be a string'),
                 ('{"text": 1.5e3}', "invalid-field", '"text" must be a string'),
                 ('{"text": ["a"]}', "invalid-field", '"text" must be a string'),
                 ('{"text": {"t": "a"}}', "invalid-field", '"text" must be a string'),
                 ('{"text": true}', "invalid-field", '"text" must be a string'),
                 ('{"text": null}', "invalid-field", '"text" must be a string'),
                 ('{"text": "a", "language": null}', "invalid-field", '"language"'),
                 ('{"text": "a", "language": ["ar"]}', "invalid-field", '"language"'),
                 ('{"text": "a", "id": null}', "invalid-field", '"id"'),
                 ('{"text": "a", "id": {"x": 1}}', "invalid-field", '"id"'),
                 ("{}", "invalid-field", '"text" is required'),
                 ('[{"text": "a"}]', "invalid-field", "object"),
                 ("null", "malformed-json", None),
                 ("123", "malformed-json", None),
                 ('"text"', "malformed-json", None),
                 ("", "malformed-json", None),
                 ("\ufeff{\"text\": \"a\"}", "malformed-json", None),
                 ('{"text": "a",}', "malformed-json", None),
                 ("{'text': 'a'}", "malformed-json", None)]
        for body, slug, part in cases:
            st, h, b = self.srv.annotate(body, ctype="application/json")
            self.assertProblem(st, h, b, 400, slug, part)

    def test_json_lone_surrogates_and_escapes(self):
        for esc in ("\\ud800", "\\udc00", "\\ud800\\u0041", "\\ud800\\ud800", "\\udbff", "x\\ud83d"):
            body = '{"text": "قال %s الرئيس."}' % esc
            st, h, b = self.srv.annotate(body, ctype="application/json")
            self.assertProblem(st, h, b, 400, "malformed-json")
            self.assertIn("byte", json.loads(b)["detail"])
        for body in ('{"text": "\\x41"}', '{"text": "\\u12"}', '{"text": "a\\"}', '{"text": "a\nb"}'):
            st, h, b = self.srv.annotate(body, ctype="application/json")
            self.assertProblem(st, h, b, 400, "malformed-json")
        # A valid pair and every short escape are fine.
        body = '{"text": "\\ud83d\\ude00 \\"quoted\\" \\/ \\\\ \\b\\f\\n\\r\\t said the man."}'
        st, h, b = self.srv.annotate(body, ctype="application/json")
        self.assertEqual(st, 200, b)
        self.assertEqual(json.loads(b)["text_length"], len(json.loads(body)["text"]))

    def test_json_huge_numbers(self):
        for num in ("1e999999", "-1e999999", "123456789012345678901234567890", "-99999999999999999999999"):
            st, h, b = self.srv.annotate('{"text": "He said yes.", "n": %s}' % num, ctype="application/json")
            self.assertProblem(st, h, b, 400, "malformed-json")
        # Numbers that fit are ignored like any unknown key.
        st, h, b = self.srv.annotate('{"text": "He said yes.", "n": 1e308, "m": -9223372036854775808, "o": 1e-400}',
                                     ctype="application/json")
        self.assertEqual(st, 200, b)
        big = '{"text": "x", "n": ' + "9" * 500000 + "}"
        st, h, b = self.srv.annotate(big, ctype="application/json")
        self.assertProblem(st, h, b, 400, "malformed-json")

    # ---- HTTP ----

    def test_content_length_abuse(self):
        post = b"POST /v1/annotate HTTP/1.1\r\nHost: t\r\nContent-Type: text/plain\r\n"
        self.assertEqual(exchange(self.srv, post + b"Content-Length: -1\r\n\r\nabc"), 400)
        self.assertEqual(exchange(self.srv, post + b"Content-Length: 12abc\r\n\r\nabc"), 400)
        self.assertEqual(exchange(self.srv, post + b"Content-Length: 5, 6\r\n\r\nabcdef"), 400)
        self.assertEqual(exchange(self.srv, post + b"Content-Length: 99999999999999999999999\r\n\r\n"), 413)
        self.alive()

    def test_conflicting_framing(self):
        post = b"POST /v1/annotate HTTP/1.1\r\nHost: t\r\nContent-Type: text/plain\r\n"
        cases = [(b"Content-Length: 5\r\nContent-Length: 6\r\n\r\nabcdef", "2 Content-Length"),
                 (b"Content-Length: 6\r\nContent-Length: 6\r\n\r\nabcdef", "2 Content-Length"),
                 (b"Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n", "alone"),
                 (b"Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", "alone"),
                 (b"Transfer-Encoding: gzip\r\n\r\nhello", "gzip"),
                 (b"Transfer-Encoding: gzip, chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n", "gzip"),
                 (b"Transfer-Encoding: chunked \r\n\r\n5\r\nhello\r\n0\r\n\r\n", "chunked")]
        for extra, part in cases:
            s = self.srv.raw()
            try:
                s.sendall(post + extra)
                st, h, b = read_http_response(s)
                self.assertProblem(st, h, b, 400, "malformed-request", part)
            finally:
                s.close()
        st, h, b = self.srv.request("GET", "/livez", headers={"Content-Length": "0", "content-length": "0"})
        self.assertEqual(st, 400)
        # Well-formed chunked framing, any case, is fine.
        s = self.srv.raw()
        try:
            s.sendall(post + b"Transfer-Encoding: Chunked\r\n\r\n6\r\nHello.\r\n0\r\n\r\n")
            st, h, b = read_http_response(s)
            self.assertEqual(st, 200, b)
        finally:
            s.close()

    def test_huge_headers_and_urls(self):
        self.assertEqual(exchange(self.srv, b"GET /" + b"a" * 100000 + b" HTTP/1.1\r\nHost: t\r\n\r\n"), 414)
        self.assertEqual(exchange(self.srv, b"GET /livez?" + b"q=1&" * 20000 + b" HTTP/1.1\r\nHost: t\r\n\r\n"), 414)
        self.assertEqual(exchange(self.srv, b"GET /livez HTTP/1.1\r\nHost: t\r\nX-Big: " + b"a" * 100000 +
                                  b"\r\n\r\n"), 431)
        many = b"".join(b"X-H%d: v\r\n" % i for i in range(5000))
        self.assertEqual(exchange(self.srv, b"GET /livez HTTP/1.1\r\nHost: t\r\n" + many + b"\r\n"), 431)
        # Just below the buffer: answered normally.
        st, h, b = self.srv.request("GET", "/livez", headers={"X-Big": "a" * 8000})
        self.assertEqual(st, 200)
        self.alive()

    def test_garbage_request_lines(self):
        srv = Server("--connection-timeout", "2")
        try:
            for data in (b"GARBAGE\r\n\r\n", b"GET\r\n\r\n", b"\r\n\r\n\r\n", b"GET / HTTP/1.1 extra\r\n\r\n",
                         b"GET /livez HTTP/9.9\r\nHost: t\r\n\r\n", b"GET /livez FTP/1.0\r\n\r\n",
                         b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + os.urandom(64),   # a TLS ClientHello
                         b"\x00\x01\x02\xff\r\n\r\n", b"\xff" * 5000, b"GET /livez HTTP/1.1\r\n" + b" " * 5000):
                st = exchange(srv, data, seconds=30, shut=True)
                self.assertTrue(st is None or 400 <= st < 600, (data[:20], st))
            # Header lines without a name or a colon: libmicrohttpd skips them; the request
            # itself is answered (whatever the status), and the server carries on.
            for data in (b"GET /livez HTTP/1.1\r\nNoColonHeader\r\n\r\n", b"GET /livez HTTP/1.1\r\n: empty\r\n\r\n"):
                st = exchange(srv, data, seconds=30, shut=True)
                self.assertTrue(st is None or 200 <= st < 600, (data[:20], st))
            st, h, b = srv.request("GET", "/livez")
            self.assertEqual(st, 200)
        finally:
            self.assertEqual(srv.stop(), 0, srv.stderr())

    def test_unknown_methods(self):
        for m in ("FOO", "PATCH", "DELETE", "PUT", "TRACE", "CONNECT", "get", "PROPFIND", "X" * 200):
            st, h, b = self.srv.request(m, "/v1/annotate")
            self.assertProblem(st, h, b, 405, "method-not-allowed")
            self.assertEqual(h["allow"], "POST, OPTIONS")
            self.assertLess(len(json.loads(b)["detail"]), 300)
        st, h, b = self.srv.request("TRACE", "/nowhere")
        self.assertProblem(st, h, b, 404, "not-found")

    def test_pipelined_requests(self):
        body = ARABIC.encode()
        reqs = (b"GET /livez HTTP/1.1\r\nHost: t\r\nX-Request-Id: pipe-1\r\n\r\n"
                b"POST /v1/annotate HTTP/1.1\r\nHost: t\r\nX-Request-Id: pipe-2\r\nContent-Type: text/plain\r\n"
                b"Content-Length: %d\r\n\r\n%s"
                b"GET /nope HTTP/1.1\r\nHost: t\r\nX-Request-Id: pipe-3\r\n\r\n"
                b"POST /v1/annotate HTTP/1.1\r\nHost: t\r\nX-Request-Id: pipe-4\r\nContent-Type: application/json\r\n"
                b"Content-Length: 2\r\n\r\n{}"
                b"GET /readyz HTTP/1.1\r\nHost: t\r\nX-Request-Id: pipe-5\r\n\r\n") % (len(body), body)
        s = self.srv.raw()
        try:
            s.sendall(reqs)
            got = []
            answers = Responses(s)
            for _ in range(5):
                st, h, b = answers.next()
                got.append((h["x-request-id"], st))
            self.assertEqual(got, [("pipe-1", 200), ("pipe-2", 200), ("pipe-3", 404), ("pipe-4", 400),
                                   ("pipe-5", 200)])
        finally:
            s.close()

    def test_truncated_bodies_and_vanishing_clients(self):
        before = metric(self.srv, "qawl_http_requests_aborted_total")
        # Content-Length promises more than is sent, then the client goes away.
        s = self.srv.raw()
        s.sendall(b"POST /v1/annotate HTTP/1.1\r\nHost: t\r\nX-Request-Id: vanish-1\r\nContent-Type: text/plain\r\n"
                  b"Content-Length: 100000\r\n\r\n" + ARABIC.encode())
        time.sleep(0.2)
        s.close()
        # A chunked upload cut in the middle of a chunk.
        s = self.srv.raw()
        s.sendall(b"POST /v1/annotate HTTP/1.1\r\nHost: t\r\nX-Request-Id: vanish-2\r\nContent-Type: text/plain\r\n"
                  b"Transfer-Encoding: chunked\r\n\r\n1000\r\nabc")
        time.sleep(0.2)
        s.close()
        # Headers only, then a reset.
        s = self.srv.raw()
        s.sendall(b"POST /v1/annotate HTTP/1.1\r\nHost: t\r\nX-Request-Id: vanish-3\r\nContent-Type: text/plain\r\n"
                  b"Content-Length: 10\r\n\r\n")
        time.sleep(0.2)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        s.close()
        for rid in ("vanish-1", "vanish-2", "vanish-3"):
            ev = self.srv.request_log(rid, 30)
            self.assertIsNotNone(ev, rid)
            self.assertEqual(ev["status"], 0)
            self.assertIn(ev["termination"], ("client-abort", "read-error", "error"))
        self.assertGreaterEqual(metric(self.srv, "qawl_http_requests_aborted_total"), before + 3)
        self.assertEqual(wait_metric(self.srv, "qawl_annotate_in_flight", 0), 0, "slots must be released")
        self.alive()

    # ---- pathological texts ----

    def test_pathological_texts(self):
        size = (64 if VALGRIND else 256) * 1024
        for fam in pathological.FAMILIES:
            data = pathological.generate(fam, size).encode()
            self.assertGreater(len(data), size // 2, fam)
            st, h, b = self.srv.request("POST", "/v1/annotate?offsets=utf8", data,
                                        {"Content-Type": "text/plain; charset=utf-8"}, seconds=300)
            self.assertEqual(st, 200, (fam, b[:300]))
            check_utf8_offsets(self, data, json.loads(b))
        if not VALGRIND:
            # Memory stays bounded: each request has its own capped arena, freed after it.
            self.assertLess(rss_kib(self.srv.proc.pid), (1536 if ASAN else 768) * 1024)
        self.alive()


class Endings(TestCase):
    """Texts that stop where a scan looks ahead: an opening mark, a colon or a cue as the
    very last thing. Each has its own server, so that a hang fails this test only."""

    def test_text_ends_inside_a_construction(self):
        srv = Server()
        try:
            for text in ('قال الرئيس "', "قال الرئيس «", "قال الرئيس “", 'He said "', "He said:", "قال:",
                         'وقال "', '"', "«", "قال", 'قال الرئيس إن "الحرب', '"a" "b" "', "نقل وكالة «", 'said Mr "'):
                st, h, b = srv.request("POST", "/v1/annotate", text.encode(),
                                       {"Content-Type": "text/plain; charset=utf-8"}, seconds=30)
                self.assertEqual(st, 200, (text, b))
                check_offsets(self, text, json.loads(b), "codepoint")
        finally:
            srv.kill()


class SmallBodies(TestCase):
    """max_body 64 KiB: a chunked client that keeps sending far past it is cut off."""

    def test_chunked_flood_is_cut_off(self):
        srv = Server("--max-body", "64KiB")
        try:
            s = srv.raw(60)
            s.sendall(b"POST /v1/annotate HTTP/1.1\r\nHost: t\r\nContent-Type: text/plain\r\n"
                      b"Transfer-Encoding: chunked\r\n\r\n")
            piece = b"%x\r\n%s\r\n" % (65536, b"a" * 65536)
            sent, cut_off = 0, False
            try:
                while sent < 64 << 20:          # 64 MiB at most; the cut-off is at 4.25 MiB
                    s.sendall(piece)
                    sent += 65536
            except (BrokenPipeError, ConnectionResetError):
                cut_off = True
            if not cut_off:
                s.settimeout(timeout(20))
                try:
                    cut_off = s.recv(1) == b""
                except ConnectionResetError:
                    cut_off = True
            s.close()
            self.assertTrue(cut_off, "a client sending without end must be disconnected")
            self.assertLess(sent, 16 << 20)
            st, h, b = srv.annotate("قال الرئيس إن الوضع جيد.")
            self.assertEqual(st, 200)
        finally:
            self.assertEqual(srv.stop(), 0, srv.stderr())


class SlowClients(TestCase):
    def test_slowloris_does_not_starve_others(self):
        srv = Server("--connection-timeout", "3")
        stop = threading.Event()
        socks, uploads = [], []
        try:
            head = b"POST /v1/annotate HTTP/1.1\r\nHost: t\r\nContent-Type: text/plain\r\nX-Slow: " + b"z" * 200
            for _ in range(40):                      # headers that never end
                s = srv.raw()
                socks.append(s)
            body = ARABIC.encode()
            uploads += [slow_upload(srv, body, 5) for _ in range(8)]   # bodies that trickle

            def trickle():
                i = 0
                while not stop.is_set() and i < len(head):
                    for s in socks:
                        try:
                            s.send(head[i:i + 1])
                        except OSError:
                            pass
                    for u in uploads:
                        try:
                            u.send(b" ")
                        except OSError:
                            pass
                    i += 1
                    stop.wait(0.25)
            t = threading.Thread(target=trickle, daemon=True)
            t.start()
            # Meanwhile, normal clients are served.
            for i in range(20):
                st, h, b = srv.annotate(ARABIC)
                self.assertEqual(st, 200, b)
                st, h, b = srv.request("GET", "/readyz")
                self.assertEqual(st, 200)
            stop.set()
            t.join(timeout(10))
            # Once they stop sending, slow clients are closed after connection_timeout and
            # their slots come back.
            for s in socks + uploads:
                s.settimeout(timeout(30))
                try:
                    data = s.recv(4096)
                except (ConnectionResetError, socket.timeout):
                    data = b""
                self.assertFalse(data.startswith(b"HTTP/1.1 200"), data[:100])
            self.assertEqual(wait_metric(srv, "qawl_annotate_in_flight", 0, 30), 0)
        finally:
            stop.set()
            for s in socks + uploads:
                s.close()
            self.assertEqual(srv.stop(), 0, srv.stderr())


class Overload(TestCase):
    def test_burst_past_the_cap(self):
        # A long connection_timeout: the held uploads must not time out, however slow the run.
        srv = Server("--max-in-flight", "2", "--retry-after", "3", "--connection-timeout", "600")
        try:
            body = ARABIC.encode()
            held = [slow_upload(srv, body, 10) for _ in range(2)]     # the cap is reached
            results = []
            lock = threading.Lock()

            def client():
                t0 = time.monotonic()
                st, h, b = srv.annotate(ARABIC)
                with lock:
                    results.append((st, h, b, time.monotonic() - t0))
            threads = [threading.Thread(target=client) for _ in range(16)]
            for t in threads:
                t.start()
            for t in threads:
                t.join(timeout(60))
            self.assertEqual(len(results), 16)
            for st, h, b, secs in results:
                self.assertProblem(st, h, b, 503, "overloaded")
                self.assertEqual(h["retry-after"], "3")
                self.assertLess(secs, timeout(15), "503 must be fast, never queued")
            st, h, b = srv.request("GET", "/readyz")          # health is not capped
            self.assertEqual(st, 200)
            for s in held:
                s.sendall(body[10:])
                st, h, b = read_http_response(s)
                self.assertEqual(st, 200)
                s.close()
            # Load dropped: served at once (the slots are released on completion, which
            # libmicrohttpd reports right after the response is sent).
            deadline = time.monotonic() + timeout(5)
            while metric(srv, "qawl_annotate_in_flight") > 0 and time.monotonic() < deadline:
                time.sleep(0.02)
            for _ in range(10):
                st, h, b = srv.annotate(ARABIC)
                self.assertEqual(st, 200, b)
        finally:
            self.assertEqual(srv.stop(), 0, srv.stderr())


class Drain(TestCase):
    def test_sigterm_with_many_requests_in_flight(self):
        drain = timeout(40)
        srv = Server("--drain-timeout", str(drain), "--threads", "2", "--connection-timeout", "600")
        body = ARABIC.encode()
        # Two idle keep-alive connections: a /readyz answered just as the drain starts can
        # be a 200 that already closes its connection (the drain began between the status
        # and the headers); the second connection then asks again.
        keeps = [srv.conn(), srv.conn()]
        for keep in keeps:
            keep.request("GET", "/livez")
            keep.getresponse().read()
        uploads = [slow_upload(srv, body, n) for n in (1, 20, len(body) - 1)]
        # A chunked upload in progress, too.
        ch = srv.raw(60)
        ch.sendall(b"POST /v1/annotate HTTP/1.1\r\nHost: t\r\nContent-Type: text/plain\r\n"
                   b"Transfer-Encoding: chunked\r\n\r\n%x\r\n%s\r\n" % (len(body), body))
        # And a large article being analysed when the signal arrives.
        big = (ARABIC + "\n").encode() * (500 if VALGRIND else 4000)
        result = {}

        def analyse():
            result["big"] = srv.request("POST", "/v1/annotate", big, {"Content-Type": "text/plain"}, seconds=300)
        t = threading.Thread(target=analyse)
        t.start()
        time.sleep(0.3)
        t0 = time.monotonic()
        srv.send_signal(signal.SIGTERM)
        # /readyz answers 503 during the drain, on a connection opened before.
        deadline = time.monotonic() + timeout(10)
        keep = keeps.pop(0)
        while True:
            keep.request("GET", "/readyz")
            r = keep.getresponse()
            data = r.read()
            if r.status != 200 or time.monotonic() > deadline:
                break
            if (r.getheader("Connection") or "").lower() == "close":
                keep.close()
                self.assertTrue(keeps, "more than one /readyz answered 200 with the drain under way")
                keep = keeps.pop(0)
            time.sleep(0.05)
        self.assertEqual(r.status, 503, data)
        self.assertEqual(json.loads(data)["type"], "urn:qawl:problem:not-ready")
        keep.close()
        for k in keeps:
            k.close()
        # Every request in flight gets its answer.
        for s, n in zip(uploads, (1, 20, len(body) - 1)):
            time.sleep(0.1)
            s.sendall(body[n:])
        ch.sendall(b"0\r\n\r\n")
        for s in uploads + [ch]:
            st, h, b = read_http_response(s, 60)
            s.close()
            self.assertEqual(st, 200, b)
            self.assertEqual(json.loads(b)["text_length"], len(ARABIC))
            self.assertEqual(h.get("connection"), "close")
        t.join(timeout(300))
        st, h, b = result["big"]
        self.assertEqual(st, 200, b[:200])
        self.assertEqual(json.loads(b)["text_length"], len(big.decode()))
        rc = srv.wait_exit(drain + timeout(10))
        self.assertEqual(rc, 0, srv.stderr())
        self.assertLess(time.monotonic() - t0, drain, "the drain must end when the last request completes")
        ev = srv.wait_event(lambda e: e.get("msg") == "stopped", 1)
        self.assertEqual(ev["unfinished_requests"], 0, srv.stderr())


if __name__ == "__main__":
    main()
