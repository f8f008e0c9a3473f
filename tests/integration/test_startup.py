#!/usr/bin/env python3
"""Failures at start-up: a missing or malformed config file, a missing or malformed
lexicon file, a missing word list, a port in use, an address not on this machine. Each
must stop the process with a clear message naming what is wrong and a non-zero exit
status, and leave nothing listening: never a half-started server."""
import json
import os
import shutil
import socket
import subprocess
import tempfile

from harness import ROOT, TestCase, clean_env, command, main, timeout

LEXICONS = os.path.join(ROOT, "config", "lexicons")


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def listening(port):
    try:
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
        return True
    except OSError:
        return False


class StartupFailures(TestCase):
    def serve(self, args, want_rc, env=None, port=None):
        """Runs `qawl serve` expecting it to fail; returns its stderr. Without `port`, a
        free port is used, which must still be free afterwards."""
        owned = port is not None
        port = port or free_port()
        p = subprocess.run(command(["serve", "--threads", "2", "--listen", "127.0.0.1:%d" % port] + args),
                           stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
                           env=clean_env(env), timeout=timeout(60))
        err = p.stderr.decode("utf-8", "replace")
        self.assertEqual(p.returncode, want_rc, err)
        self.assertEqual(p.stdout, b"")
        self.assertNotIn('"msg":"listening"', err, "a failed start-up must never say it listens")
        if not owned:
            self.assertFalse(listening(port), "nothing may be left listening")
        for line in err.splitlines():
            if line.startswith("{"):
                ev = json.loads(line)
                self.assertNotIn(ev.get("msg"), ("listening", "draining"))
        return err

    def lexicon_copy(self):
        tmp = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, tmp)
        shutil.copytree(LEXICONS, os.path.join(tmp, "lex"))
        return os.path.join(tmp, "lex")

    def test_missing_config_file(self):
        err = self.serve(["--config", "/nonexistent/qawl.conf"], 2)
        self.assertIn("cannot read config file /nonexistent/qawl.conf", err)
        err = self.serve([], 2, env={"QAWL_CONFIG": "/nonexistent/env.conf"})
        self.assertIn("/nonexistent/env.conf", err)

    def test_malformed_config_file(self):
        for content, part in ((b"max_body = lots\n", ":1"), (b"# ok\nlisten 127.0.0.1:99999\n", ":2"),
                              (b"= 5\n", "expected"), (b"threads = 1\n" + b"x" * 5000 + b"\n", "too long"),
                              (b"\xff\xfe = 1\n", "expected"), (b"cors_origins = *, https://a.example\n", "cors_origins")):
            with tempfile.NamedTemporaryFile("wb", suffix=".conf", delete=False) as f:
                f.write(content)
            try:
                err = self.serve(["--config", f.name], 2)
                self.assertIn(f.name, err)
                self.assertIn(part, err)
            finally:
                os.unlink(f.name)

    def test_missing_lexicon_dir_or_file(self):
        err = self.serve(["--lexicon-dir", "/nonexistent/lexicons"], 1)
        self.assertIn("cannot load the model", err)
        self.assertIn("/nonexistent/lexicons", err)
        lex = self.lexicon_copy()
        os.unlink(os.path.join(lex, "reporting_verbs.tsv"))
        err = self.serve(["--lexicon-dir", lex], 1)
        self.assertIn("reporting_verbs.tsv", err)
        self.assertIn("No such file", err)

    def test_malformed_lexicon_file(self):
        lex = self.lexicon_copy()
        path = os.path.join(lex, "reporting_verbs.tsv")
        with open(path, "rb") as f:
            lines = f.read().count(b"\n")
        with open(path, "ab") as f:
            f.write(b"a line without the expected columns\n")
        err = self.serve(["--lexicon-dir", lex], 1)
        self.assertIn("cannot load the model", err)
        self.assertIn("reporting_verbs.tsv:%d" % (lines + 1), err)
        # Bytes that are not UTF-8 in a data file.
        lex = self.lexicon_copy()
        with open(os.path.join(lex, "roles.tsv"), "ab") as f:
            f.write(b"\xff\xfe\tbroken\n")
        err = self.serve(["--lexicon-dir", lex], 1)
        self.assertIn("roles.tsv:", err)

    def test_missing_wordlist(self):
        err = self.serve(["--wordlist", "/nonexistent/ar.dic"], 1)
        self.assertIn("/nonexistent/ar.dic", err)

    def test_port_in_use(self):
        busy = socket.socket()
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        try:
            err = self.serve([], 1, port=port)
            self.assertIn("cannot start the HTTP server", err)
            self.assertIn('"port":%d' % port, err)
            self.assertIn("in use", err)
            # The port still belongs to its owner, untouched.
            c = socket.create_connection(("127.0.0.1", port), timeout=timeout(5))
            conn, _ = busy.accept()
            conn.close()
            c.close()
        finally:
            busy.close()

    def test_address_not_on_this_machine(self):
        # 192.0.2.0/24 is TEST-NET-1: bind() fails, no packet is ever sent.
        p = subprocess.run(command(["serve", "--listen", "192.0.2.1:0"]), stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, env=clean_env(),
                           timeout=timeout(60))
        err = p.stderr.decode()
        self.assertEqual(p.returncode, 1, err)
        self.assertIn("cannot start the HTTP server", err)
        self.assertNotIn('"msg":"listening"', err)


if __name__ == "__main__":
    main()
