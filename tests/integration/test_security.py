#!/usr/bin/env python3
"""Security: API keys on /v1/*, /metrics restricted to configured addresses, error bodies
that never leak paths or memory, logs that never carry article text or keys, and the
hardening of the binary (PIE, RELRO, BIND_NOW, stack protector, FORTIFY_SOURCE)."""
import json
import os
import re
import subprocess
import tempfile

from harness import (ASAN, QAWL, ROOT, Server, TestCase, main, read_http_response, run_cli,
                     timeout)

KEY1 = "key-one-0123456789abcdef"
KEY2 = "key-two-ZYXWVUTSRQPONMLK"
TEXT = "قال الرئيس إن الوضع جيد. وأضاف أن الاقتصاد ينمو."
PROBLEM_KEYS = {"type", "title", "status", "detail", "request_id"}


class ApiKeys(TestCase):
    @classmethod
    def setUpClass(cls):
        cls.keyfile = tempfile.NamedTemporaryFile("w", suffix=".keys", delete=False)
        cls.keyfile.write("# rotated monthly\n\n%s\n" % KEY2)
        cls.keyfile.close()
        cls.srv = Server("--api-keys-file", cls.keyfile.name, env={"QAWL_API_KEYS": KEY1})

    @classmethod
    def tearDownClass(cls):
        rc = cls.srv.stop()
        os.unlink(cls.keyfile.name)
        assert rc == 0, cls.srv.stderr()
        assert KEY1 not in cls.srv.stderr() and KEY2 not in cls.srv.stderr(), "a key was logged"

    def test_missing_or_wrong_key_401(self):
        for headers in ({}, {"Authorization": "Bearer " + KEY1[:-1]}, {"Authorization": "Bearer " + KEY1 + "x"},
                        {"X-API-Key": "nope"}, {"Authorization": "Basic " + KEY1},
                        {"Authorization": "Bearer"}, {"X-API-Key": KEY1.upper()}):
            st, h, b = self.srv.annotate(TEXT, headers=headers)
            p = self.assertProblem(st, h, b, 401, "unauthorized", "Authorization: Bearer")
            self.assertEqual(h["www-authenticate"], 'Bearer realm="qawl"')
            self.assertNotIn(KEY1, b.decode())
        st, h, b = self.srv.request("GET", "/v1/info")
        self.assertProblem(st, h, b, 401, "unauthorized")
        # Unknown /v1/ paths do not reveal which routes exist.
        st, h, b = self.srv.request("GET", "/v1/secret-route")
        self.assertProblem(st, h, b, 401, "unauthorized")
        st, h, b = self.srv.request("GET", "/v1/secret-route", headers={"X-API-Key": KEY1})
        self.assertProblem(st, h, b, 404, "not-found")

    def test_valid_keys(self):
        for headers in ({"Authorization": "Bearer " + KEY1}, {"authorization": "bearer  %s " % KEY2},
                        {"X-API-Key": KEY2}, {"X-API-Key": "wrong", "Authorization": "Bearer " + KEY1}):
            st, h, b = self.srv.annotate(TEXT, headers=headers)
            self.assertEqual(st, 200, (headers, b))
            self.assertEqual(json.loads(b)["text_length"], len(TEXT))
        st, h, b = self.srv.request("GET", "/v1/info", headers={"X-API-Key": KEY1})
        self.assertEqual(st, 200)
        self.assertNotIn(KEY1, b.decode(), "/v1/info must not show keys")

    def test_open_routes(self):
        for path in ("/livez", "/healthz", "/readyz", "/metrics", "/openapi.json"):
            st, h, b = self.srv.request("GET", path)
            self.assertEqual(st, 200, path)
        st, h, b = self.srv.request("OPTIONS", "/v1/annotate")   # preflights carry no credentials
        self.assertEqual(st, 204)

    def test_401_before_the_body(self):
        s = self.srv.raw()
        try:
            s.sendall(b"POST /v1/annotate HTTP/1.1\r\nHost: t\r\nContent-Type: text/plain\r\n"
                      b"Content-Length: 500000\r\nExpect: 100-continue\r\n\r\n")
            st, h, b = read_http_response(s)
            self.assertEqual(h["_interim"], [], "no 100 Continue for an unauthenticated upload")
            self.assertProblem(st, h, b, 401, "unauthorized")
        finally:
            s.close()

    def test_key_as_flag_refused(self):
        rc, out, err = run_cli(["serve", "--listen", "127.0.0.1:0", "--api-keys", KEY1])
        self.assertEqual(rc, 2, err)
        self.assertIn("command line", err)
        self.assertNotIn(KEY1, err)
        rc, out, err = run_cli(["serve", "--listen", "127.0.0.1:0"], env={"QAWL_API_KEYS": "tooshort"})
        self.assertEqual(rc, 2, err)
        self.assertIn("api_keys", err)
        self.assertNotIn("tooshort", err)
        rc, out, err = run_cli(["serve", "--listen", "127.0.0.1:0", "--api-keys-file", "/nonexistent/keys"])
        self.assertEqual(rc, 2, err)
        self.assertIn("/nonexistent/keys", err)


class MetricsAllow(TestCase):
    def test_restricted(self):
        srv = Server("--metrics-allow", "10.0.0.0/8, 192.0.2.1")
        try:
            st, h, b = srv.request("GET", "/metrics")
            self.assertProblem(st, h, b, 403, "forbidden", "127.0.0.1")
            self.assertNotIn(b"qawl_", b)
            st, h, b = srv.request("GET", "/livez")         # other routes are not affected
            self.assertEqual(st, 200)
            st, h, b = srv.annotate(TEXT)
            self.assertEqual(st, 200)
        finally:
            self.assertEqual(srv.stop(), 0, srv.stderr())

    def test_allowed(self):
        srv = Server("--metrics-allow", "127.0.0.0/8,::1")
        try:
            st, h, b = srv.request("GET", "/metrics")
            self.assertEqual(st, 200)
            self.assertIn(b"qawl_build_info", b)
        finally:
            self.assertEqual(srv.stop(), 0, srv.stderr())

    def test_behind_trusted_proxy(self):
        # The address checked is the client's, from X-Forwarded-For set by a trusted proxy.
        srv = Server("--trusted-proxies", "127.0.0.1", "--metrics-allow", "10.1.2.3")
        try:
            st, h, b = srv.request("GET", "/metrics", headers={"X-Forwarded-For": "10.1.2.3"})
            self.assertEqual(st, 200, b)
            st, h, b = srv.request("GET", "/metrics", headers={"X-Forwarded-For": "10.9.9.9"})
            self.assertProblem(st, h, b, 403, "forbidden")
            st, h, b = srv.request("GET", "/metrics")
            self.assertProblem(st, h, b, 403, "forbidden")
        finally:
            self.assertEqual(srv.stop(), 0, srv.stderr())


class Leaks(TestCase):
    """Error answers and logs carry no paths, pointers, stack traces, article text or keys."""

    @classmethod
    def setUpClass(cls):
        cls.srv = Server("--log-level", "debug", "--max-body", "64KiB", "--request-memory-limit", "1MiB")

    @classmethod
    def tearDownClass(cls):
        assert cls.srv.stop() == 0, cls.srv.stderr()

    def error_answers(self, marker):
        s = self.srv
        yield s.annotate(marker.encode() + b" \xff", ctype="text/plain")
        yield s.annotate('{"text": "%s", "text": "x"}' % marker, ctype="application/json")
        yield s.annotate('{"text": "%s"' % marker, ctype="application/json")
        yield s.annotate('{"txt": "%s"}' % marker, ctype="application/json")
        yield s.annotate('{"text": "%s", "language": "xx"}' % marker, ctype="application/json")
        yield s.annotate("[" * 100000, ctype="application/json")
        yield s.annotate(marker, ctype="application/octet-stream")
        yield s.annotate(marker, query="?offsets=nope")
        yield s.annotate("   ")
        yield s.annotate((marker + " ") * 4000)          # over max_body
        yield s.annotate(("قال الرئيس %s إن الوضع جيد. " % marker) * 1500)   # over the memory limit
        yield s.request("GET", "/no/such/path")
        yield s.request("PUT", "/livez")
        yield s.request("GET", "/v1/annotate")

    def test_error_bodies(self):
        marker = "ARTICLEMARK%d" % os.getpid()
        seen = set()
        for st, h, b in self.error_answers(marker):
            self.assertGreaterEqual(st, 400)
            self.assertEqual(h["content-type"], "application/problem+json", b[:200])
            p = json.loads(b)
            self.assertEqual(set(p), PROBLEM_KEYS)
            seen.add(p["type"])
            text = b.decode()
            for bad in (ROOT, "/usr/", "/etc/", "config/lexicons", ".c:", "Traceback", "stack", "malloc",
                        "(null)", "%s", "%d"):
                self.assertNotIn(bad, text, "%s leaks %r" % (p["type"], bad))
            self.assertNotRegex(text, r"0x[0-9a-fA-F]{6,}", "pointer-like value in " + text)
            self.assertLess(len(b), 1024, "problem bodies stay short")
        self.assertGreaterEqual(len(seen), 9, seen)

    def test_logs_never_carry_text(self):
        marker = "LOGMARK%d" % os.getpid()
        for _ in self.error_answers(marker):
            pass
        st, h, b = self.srv.annotate("قال الرئيس %s إن الوضع جيد." % marker)
        self.assertEqual(st, 200)
        st, h, b = self.srv.annotate(json.dumps({"text": "He said %s today." % marker, "id": "x"}),
                                     ctype="application/json")
        self.assertEqual(st, 200)
        # A request whose last log line is written: then every earlier one is too.
        self.srv.request("GET", "/livez", headers={"X-Request-Id": "leaks-last"})
        self.assertIsNotNone(self.srv.request_log("leaks-last"))
        log = self.srv.stderr()
        self.assertNotIn(marker, log, "article text, bodies or URLs were logged (at debug level)")
        for line in self.srv.lines:
            json.loads(line)


class Hardening(TestCase):
    """The release binary is built with the flags in the Makefile's HARDEN/QAWL_LDFLAGS."""

    def readelf(self, *args):
        p = subprocess.run(["readelf", "-W"] + list(args) + [QAWL], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=timeout(60))
        self.assertEqual(p.returncode, 0, p.stderr)
        return p.stdout.decode("utf-8", "replace")

    def test_pie_relro_now(self):
        self.assertRegex(self.readelf("-h"), r"Type:\s+DYN", "not a position-independent executable")
        self.assertIn("GNU_RELRO", self.readelf("-l"))
        dyn = self.readelf("-d")
        self.assertRegex(dyn, r"\(FLAGS\)\s+.*BIND_NOW|\(FLAGS_1\)\s+.*NOW", "not linked with -z now")
        self.assertRegex(dyn, r"\(FLAGS_1\)\s+.*PIE")
        self.assertNotIn("TEXTREL", dyn)
        self.assertNotRegex(self.readelf("-l"), r"GNU_STACK\s+.*RWE", "executable stack")

    def test_stack_protector_and_fortify(self):
        if ASAN:
            self.skipTest("the sanitizer build replaces stack protector and FORTIFY_SOURCE")
        syms = self.readelf("--dyn-syms")
        self.assertIn("__stack_chk_fail", syms, "built without -fstack-protector")
        self.assertRegex(syms, r"__\w+_chk\b(?<!__stack_chk)", "built without -D_FORTIFY_SOURCE")

    def test_makefile_flags(self):
        with open(os.path.join(ROOT, "Makefile")) as f:
            mk = f.read()
        for flag in ("-fstack-protector-strong", "-D_FORTIFY_SOURCE=2", "-fPIE", "-pie", "-z,relro", "-z,now"):
            self.assertIn(flag, mk)


class Container(TestCase):
    def test_read_only_non_root(self):
        with open(os.path.join(ROOT, "Dockerfile")) as f:
            df = f.read()
        self.assertRegex(df, r"(?m)^USER (?!root|0)\w+")
        self.assertIn("--read-only", df, "the Dockerfile should show how to run with a read-only root")
        # Nothing in qawl writes a file: the container's root can be mounted read-only.
        writes = re.compile(r'fopen\([^;]*"[wa+]|O_CREAT|O_WRONLY|O_RDWR|mkstemp|tmpfile\(|mkdir\(')
        for d in ("nlp", "server", "handlers"):
            for name in sorted(os.listdir(os.path.join(ROOT, d))):
                if name.endswith(".c"):
                    with open(os.path.join(ROOT, d, name), encoding="utf-8") as f:
                        self.assertNotRegex(f.read(), writes, "%s/%s writes files" % (d, name))


if __name__ == "__main__":
    main()
