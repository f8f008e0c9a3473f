#!/usr/bin/env python3
"""The command line: annotate, health, --help/--version, usage and configuration errors,
and the precedence of flag > environment > config file > default."""
import json
import os
import re
import socket
import tempfile

from harness import ROOT, Server, TestCase, main, run_cli, timeout

TEXT = "قال الرئيس 𝐀𝐁 إن الوضع 😀 جيد. وأضاف أن الاقتصاد ينمو."


def write_tmp(data, suffix=".txt"):
    f = tempfile.NamedTemporaryFile("wb", suffix=suffix, delete=False)
    f.write(data)
    f.close()
    return f.name


class Cli(TestCase):
    def test_version(self):
        rc, out, err = run_cli(["--version"])
        self.assertEqual(rc, 0)
        self.assertRegex(out.decode(), r"^qawl \d+\.\d+\.\d+\n$")

    def test_help(self):
        rc, out, err = run_cli(["--help"])
        self.assertEqual(rc, 0)
        for cmd in ("serve", "annotate", "health"):
            self.assertIn(cmd, out.decode())
        rc, out, err = run_cli(["serve", "--help"])
        self.assertEqual(rc, 0)
        text = out.decode()
        self.assertIn("usage: qawl serve", text)
        for name in ("listen", "threads", "max_body", "max_in_flight", "connection_limit",
                     "per_ip_connection_limit", "connection_timeout", "request_memory_limit",
                     "drain_timeout", "lexicon_dir", "wordlist", "trusted_proxies", "cors_origins", "log_level"):
            self.assertIn("--" + name.replace("_", "-"), text)
            self.assertIn("QAWL_" + name.upper(), text)
        rc, out, err = run_cli(["annotate", "--help"])
        self.assertEqual(rc, 0)
        self.assertIn("--offsets", out.decode())
        rc, out, err = run_cli(["health", "-h"])
        self.assertEqual(rc, 0)
        self.assertIn("/livez", out.decode())

    def test_usage_errors(self):
        for args, part in ((["frobnicate"], "unknown command"), ([], "usage"),
                           (["serve", "--no-such-flag", "1"], "unknown option --no-such-flag"),
                           (["serve", "--threads"], "needs a value"),
                           (["serve", "extra"], "unexpected argument"),
                           (["annotate", "--offsets", "bytes"], "--offsets"),
                           (["annotate", "--language", "fr"], "--language"),
                           (["annotate", "a.txt", "b.txt"], "unexpected argument"),
                           (["health", "--timeout", "x"], "--timeout")):
            rc, out, err = run_cli(args)
            self.assertEqual(rc, 2, (args, err))
            self.assertIn(part, err, args)

    def test_annotate_file_and_stdin(self):
        path = write_tmp(TEXT.encode())
        try:
            rc, out, err = run_cli(["annotate", path])
            self.assertEqual(rc, 0, err)
            doc = json.loads(out)
            self.assertEqual(doc["offsets"], "codepoint")
            self.assertEqual(doc["text_length"], len(TEXT))
            self.assertTrue(out.endswith(b"}\n"))
            rc, out2, err = run_cli(["annotate"], stdin=TEXT.encode())
            self.assertEqual((rc, out2), (0, out))
            rc, out3, err = run_cli(["annotate", "-"], stdin=TEXT.encode())
            self.assertEqual((rc, out3), (0, out))
            rc, out, err = run_cli(["annotate", path, "--offsets=utf16", "--pretty", "--id", "a-1",
                                    "--language", "en"])
            self.assertEqual(rc, 0, err)
            self.assertIn(b'\n  "id": "a-1"', out)
            doc = json.loads(out)
            self.assertEqual(doc["offsets"], "utf16")
            self.assertEqual(doc["language"], "en")
            self.assertEqual(doc["text_length"], len(TEXT.encode("utf-16-le")) // 2)
            rc, out, err = run_cli(["annotate", path, "--offsets", "utf8"])
            self.assertEqual(json.loads(out)["text_length"], len(TEXT.encode()))
        finally:
            os.unlink(path)

    def test_annotate_errors(self):
        path = write_tmp(b"abc\xffdef")
        try:
            rc, out, err = run_cli(["annotate", path])
            self.assertEqual(rc, 1)
            self.assertEqual(out, b"")
            self.assertIn("invalid UTF-8 at byte 3", err)
        finally:
            os.unlink(path)
        rc, out, err = run_cli(["annotate", "-"], stdin=b"  \n ")
        self.assertEqual(rc, 1)
        self.assertIn("empty", err)
        rc, out, err = run_cli(["annotate", "/nonexistent/article.txt"])
        self.assertEqual(rc, 1)
        self.assertIn("/nonexistent/article.txt", err)
        rc, out, err = run_cli(["annotate", "-", "--lexicon-dir", "/nonexistent"], stdin=b"hello")
        self.assertEqual(rc, 1)
        self.assertIn("cannot load the model", err)

    def test_annotate_uses_config(self):
        conf = write_tmp(b"lexicon_dir = /nonexistent/lexicons\n", ".conf")
        try:
            rc, out, err = run_cli(["annotate", "-", "--config", conf], stdin=b"Hello there.")
            self.assertEqual(rc, 1)
            self.assertIn("/nonexistent/lexicons", err)
            rc, out, err = run_cli(["annotate", "-", "--config", conf, "--lexicon-dir", "config/lexicons"],
                                   stdin=b"Hello there.")
            self.assertEqual(rc, 0, err)
        finally:
            os.unlink(conf)


class ConfigErrors(TestCase):
    """A bad value stops start-up with exit 2 and a message naming setting, source and reason."""

    def serve_fails(self, args, env=None):
        rc, out, err = run_cli(["serve", "--listen", "127.0.0.1:0"] + args, env=env, seconds=60)
        self.assertEqual(rc, 2, err)
        return err

    def test_bad_flag_value(self):
        err = self.serve_fails(["--threads", "abc"])
        self.assertIn("threads", err)
        self.assertIn("flag --threads", err)
        self.assertIn("not a number", err)
        err = self.serve_fails(["--max-body=12XB"])
        self.assertIn("max_body", err)
        self.assertIn("flag --max-body", err)
        self.assertIn("not a size", err)
        err = self.serve_fails(["--connection-timeout", "0"])
        self.assertIn("connection_timeout", err)
        self.assertIn("out of range", err)
        err = self.serve_fails(["--trusted-proxies", "10.0.0.0/40"])
        self.assertIn("trusted_proxies", err)
        err = self.serve_fails(["--listen", "nowhere"])
        self.assertIn("listen", err)

    def test_bad_env_value(self):
        err = self.serve_fails([], env={"QAWL_MAX_BODY": "lots"})
        self.assertIn("max_body", err)
        self.assertIn("environment QAWL_MAX_BODY", err)
        err = self.serve_fails([], env={"QAWL_LOG_LEVEL": "chatty"})
        self.assertIn("QAWL_LOG_LEVEL", err)
        self.assertIn("debug info warn error", err)

    def test_bad_file_value(self):
        conf = write_tmp(b"# qawl\nthreads = 2\n\nmax_in_flight = -1\n", ".conf")
        try:
            err = self.serve_fails(["--config", conf])
            self.assertIn("max_in_flight", err)
            self.assertIn(conf + ":4", err)
            self.assertIn("negative", err)
        finally:
            os.unlink(conf)
        conf = write_tmp(b"listen = 127.0.0.1:0\nmax_bodyy = 1\n", ".conf")
        try:
            err = self.serve_fails(["--config", conf])
            self.assertIn(conf + ":2", err)
            self.assertIn("unknown setting", err)
        finally:
            os.unlink(conf)
        err = self.serve_fails(["--config", "/nonexistent/qawl.conf"])
        self.assertIn("/nonexistent/qawl.conf", err)

    def test_start_up_failures_exit_1(self):
        rc, out, err = run_cli(["serve", "--listen", "127.0.0.1:0", "--lexicon-dir", "/nonexistent"])
        self.assertEqual(rc, 1)
        self.assertIn("cannot load the model", err)
        busy = socket.socket()
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        try:
            rc, out, err = run_cli(["serve", "--listen", "127.0.0.1:%d" % busy.getsockname()[1]])
            self.assertEqual(rc, 1)
            self.assertIn("cannot start the HTTP server", err)
        finally:
            busy.close()

    def test_shipped_config_is_valid(self):
        with open(os.path.join(ROOT, "config", "qawl.conf")) as f:
            srv = Server(config=f.read())
        try:
            st, h, b = srv.request("GET", "/v1/info")
            self.assertEqual(st, 200)
        finally:
            self.assertEqual(srv.stop(), 0, srv.stderr())


class Precedence(TestCase):
    """flag > environment > file > default, observed through /v1/info."""

    def limits(self, *flags, env=None, config=None):
        srv = Server(*flags, env=env, config=config)
        try:
            st, h, b = srv.request("GET", "/v1/info")
            self.assertEqual(st, 200)
            return json.loads(b)["limits"]
        finally:
            self.assertEqual(srv.stop(), 0, srv.stderr())

    def test_precedence(self):
        conf = "max_body = 1000\nmax_in_flight = 11\nconnection_timeout = 5\n"
        env = {"QAWL_MAX_BODY": "2000", "QAWL_MAX_IN_FLIGHT": "12"}
        lim = self.limits("--max-body", "3KiB", env=env, config=conf)
        self.assertEqual(lim["max_body"], 3072)          # flag
        self.assertEqual(lim["max_in_flight"], 12)       # environment over file
        self.assertEqual(lim["connection_timeout"], 5)   # file over default
        lim = self.limits(env=env, config=conf)
        self.assertEqual(lim["max_body"], 2000)
        lim = self.limits(config=conf)
        self.assertEqual(lim["max_body"], 1000)
        lim = self.limits()
        self.assertEqual(lim["max_body"], 1048576)
        self.assertEqual(lim["request_memory_limit"], 256 << 20)

    def test_listen_from_environment_and_config_env(self):
        conf = write_tmp(b"max_in_flight = 13\n", ".conf")
        try:
            srv = Server(env={"QAWL_CONFIG": conf})
            try:
                st, h, b = srv.request("GET", "/v1/info")
                self.assertEqual(json.loads(b)["limits"]["max_in_flight"], 13)
            finally:
                self.assertEqual(srv.stop(), 0, srv.stderr())
        finally:
            os.unlink(conf)


class Health(TestCase):
    def test_health(self):
        srv = Server()
        try:
            rc, out, err = run_cli(["health", "--listen", "127.0.0.1:%d" % srv.port])
            self.assertEqual(rc, 0, err)
            rc, out, err = run_cli(["health"], env={"QAWL_LISTEN": "0.0.0.0:%d" % srv.port})
            self.assertEqual(rc, 0, err)
        finally:
            self.assertEqual(srv.stop(), 0, srv.stderr())
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        s.close()
        rc, out, err = run_cli(["health", "--listen", "127.0.0.1:%d" % port, "--timeout", "3"])
        self.assertEqual(rc, 1)
        self.assertIn("cannot connect", err)

    def test_health_on_non_200(self):
        # Something that answers, but not 200: a listener that replies 500.
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(1)
        port = lsock.getsockname()[1]
        import threading

        def serve_once():
            c, _ = lsock.accept()
            c.recv(4096)
            c.sendall(b"HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            c.close()
        t = threading.Thread(target=serve_once, daemon=True)
        t.start()
        try:
            rc, out, err = run_cli(["health", "--listen", "127.0.0.1:%d" % port])
            self.assertEqual(rc, 1)
            self.assertIn("500", err)
        finally:
            t.join(timeout(10))
            lsock.close()


class Logging(TestCase):
    def test_log_level_and_start_line(self):
        srv = Server("--log-level", "warn")
        try:
            srv.request("GET", "/livez", headers={"X-Request-Id": "quiet"})
        finally:
            self.assertEqual(srv.stop(), 0, srv.stderr())
        self.assertIsNone(srv.wait_event(lambda e: e.get("msg") == "request", 0.5))
        self.assertIsNotNone(srv.wait_event(lambda e: e.get("msg") == "listening", 0.5))
        for line in srv.lines:
            if line.startswith("{"):
                json.loads(line)   # every log line is one JSON object


if __name__ == "__main__":
    main()
