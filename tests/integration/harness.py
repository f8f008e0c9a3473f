"""Shared helpers for the integration tests: start the real binary, talk HTTP to it.

Standard library only. The binary comes from $QAWL_BUILD/qawl (tests/run.sh sets it;
default build/qawl). Servers start on 127.0.0.1:0 and the port is read back from the
"listening" log line. With QAWL_TEST_VALGRIND=1 every process runs under valgrind
memcheck and must exit without memory errors; with QAWL_TEST_SANITIZER=asan the build
is instrumented and a report makes the process exit non-zero. Timeouts are scaled for
both, and are generous everywhere: these tests must pass on a loaded 2-core machine.
"""
import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import unittest

ROOT = os.environ.get("QAWL_ROOT") or os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUILD = os.environ.get("QAWL_BUILD") or os.path.join(ROOT, "build")
QAWL = os.path.join(BUILD, "qawl")
VALGRIND = os.environ.get("QAWL_TEST_VALGRIND") == "1"
ASAN = os.environ.get("QAWL_TEST_SANITIZER") == "asan"
SCALE = 12 if VALGRIND else (3 if ASAN else 1)
VALGRIND_CMD = ["valgrind", "-q", "--error-exitcode=99", "--leak-check=full",
                "--errors-for-leak-kinds=definite", "--show-leak-kinds=definite"]


def timeout(seconds):
    """A timeout in seconds, scaled for slow (instrumented) runs."""
    return seconds * SCALE


def command(args):
    return (VALGRIND_CMD if VALGRIND else []) + [QAWL] + list(args)


def clean_env(extra=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("QAWL_")}
    env.update(extra or {})
    return env


def run_cli(args, stdin=None, env=None, seconds=60):
    """Runs `qawl ARGS`; returns (exit code, stdout bytes, stderr text)."""
    p = subprocess.run(command(args), input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       cwd=ROOT, env=clean_env(env), timeout=timeout(seconds))
    return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")


class Server:
    """A `qawl serve` process on a free loopback port."""

    def __init__(self, *flags, env=None, config=None, listen="127.0.0.1:0", wait=True):
        args = ["serve", "--threads", "2"] + (["--listen", listen] if listen else [])
        if config is not None:
            self._conf = tempfile.NamedTemporaryFile("w", suffix=".conf", delete=False)
            self._conf.write(config)
            self._conf.close()
            args += ["--config", self._conf.name]
        else:
            self._conf = None
        args += list(flags)
        self.proc = subprocess.Popen(command(args), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE, cwd=ROOT, env=clean_env(env))
        self.lines = []        # every stderr line, decoded
        self.events = []       # the lines that are JSON objects
        self.cond = threading.Condition()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()
        self.port = None
        if wait:
            ev = self.wait_event(lambda e: e.get("msg") == "listening", timeout(60))
            if ev is None:
                self.kill()
                raise AssertionError("server did not start:\n" + self.stderr())
            self.port = ev["port"]

    def _read(self):
        for raw in self.proc.stderr:
            line = raw.decode("utf-8", "replace").rstrip("\n")
            with self.cond:
                self.lines.append(line)
                try:
                    ev = json.loads(line)
                    if isinstance(ev, dict):
                        self.events.append(ev)
                except ValueError:
                    pass
                self.cond.notify_all()
        with self.cond:
            self.cond.notify_all()

    def stderr(self):
        with self.cond:
            return "\n".join(self.lines)

    def wait_event(self, pred, seconds):
        """The first log event matching pred, waiting up to `seconds`; None if none."""
        deadline = time.monotonic() + seconds
        with self.cond:
            while True:
                for ev in self.events:
                    if pred(ev):
                        return ev
                left = deadline - time.monotonic()
                if left <= 0 or (self.proc.poll() is not None and not self.reader.is_alive()):
                    return None
                self.cond.wait(min(left, 0.5))

    def request_log(self, request_id, seconds=10):
        return self.wait_event(lambda e: e.get("msg") == "request" and e.get("request_id") == request_id,
                               timeout(seconds))

    def conn(self, seconds=30):
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout(seconds))

    def request(self, method, path, body=None, headers=None, seconds=60):
        """One request on a new connection: (status, headers dict (lower-case), body bytes)."""
        c = self.conn(seconds)
        try:
            c.request(method, path, body=body, headers=headers or {})
            r = c.getresponse()
            data = r.read()
            return r.status, {k.lower(): v for k, v in r.getheaders()}, data
        finally:
            c.close()

    def annotate(self, text, ctype="text/plain; charset=utf-8", query="", headers=None):
        h = {"Content-Type": ctype}
        h.update(headers or {})
        body = text.encode("utf-8") if isinstance(text, str) else text
        return self.request("POST", "/v1/annotate" + query, body, h)

    def raw(self, seconds=30):
        s = socket.create_connection(("127.0.0.1", self.port), timeout=timeout(seconds))
        return s

    def send_signal(self, sig=signal.SIGTERM):
        self.proc.send_signal(sig)

    def stop(self, sig=signal.SIGTERM, seconds=30):
        """Signals the server and returns its exit status (killing it after `seconds`)."""
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        try:
            rc = self.proc.wait(timeout(seconds))
        except subprocess.TimeoutExpired:
            self.kill()
            raise AssertionError("server did not exit after signal:\n" + self.stderr())
        self.reader.join(timeout(10))
        self._cleanup()
        return rc

    def wait_exit(self, seconds):
        """Waits (without signalling) for the process to exit; returns its status."""
        try:
            rc = self.proc.wait(seconds)
        except subprocess.TimeoutExpired:
            self.kill()
            raise AssertionError("server did not exit in %ss:\n%s" % (seconds, self.stderr()))
        self._cleanup()
        return rc

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        self._cleanup()

    def _cleanup(self):
        if self.reader.is_alive():
            self.reader.join(timeout(10))
        if not self.reader.is_alive() and self.proc.stderr and not self.proc.stderr.closed:
            self.proc.stderr.close()
        if self._conf:
            try:
                os.unlink(self._conf.name)
            except OSError:
                pass
            self._conf = None


def read_http_response(sock, seconds=30):
    """Reads one HTTP/1.1 response from a raw socket: (status, headers, body).
    Skips interim 1xx responses, recording them in headers['_interim']."""
    sock.settimeout(timeout(seconds))
    buf = b""
    interim = []
    while True:
        while b"\r\n\r\n" not in buf:
            chunk = sock.recv(65536)
            if not chunk:
                raise AssertionError("connection closed before a response: %r" % buf[:200])
            buf += chunk
        head, buf = buf.split(b"\r\n\r\n", 1)
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        headers = {}
        for ln in lines[1:]:
            k, _, v = ln.partition(":")
            headers[k.strip().lower()] = v.strip()
        if 100 <= status < 200:
            interim.append(status)
            continue
        n = int(headers.get("content-length", "0"))
        while len(buf) < n:
            chunk = sock.recv(65536)
            if not chunk:
                break
            buf += chunk
        headers["_interim"] = interim
        return status, headers, buf[:n]


def read_interim(sock, seconds=30):
    """Reads the status line and headers of the next response (expected: 100 Continue)."""
    sock.settimeout(timeout(seconds))
    buf = b""
    while b"\r\n\r\n" not in buf:
        chunk = sock.recv(1)
        if not chunk:
            raise AssertionError("connection closed: %r" % buf)
        buf += chunk
    return int(buf.split()[1])


class TestCase(unittest.TestCase):
    def assertProblem(self, status, headers, body, code, type_slug, detail_part=None):
        """An RFC 9457 problem answer with the given status and type."""
        self.assertEqual(status, code, body[:500])
        self.assertEqual(headers.get("content-type"), "application/problem+json")
        p = json.loads(body)
        self.assertEqual(p["type"], "urn:qawl:problem:" + type_slug)
        self.assertEqual(p["status"], code)
        self.assertTrue(p["title"])
        self.assertTrue(p["detail"])
        self.assertEqual(p["request_id"], headers.get("x-request-id"))
        if detail_part is not None:
            self.assertIn(detail_part, p["detail"])
        return p


def main():
    if not os.access(QAWL, os.X_OK):
        print("missing %s: build first" % QAWL, file=sys.stderr)
        sys.exit(2)
    unittest.main(verbosity=2)
