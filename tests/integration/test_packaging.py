#!/usr/bin/env python3
"""The files around the binary stay consistent with it: the documentation lists every
setting and problem type, the Dockerfile copies files that exist and sets real settings,
the nginx example's body limit matches max_body, .ci/run runs make test.

No Docker engine runs in CI, so the Dockerfile's runtime environment is reproduced here:
the binary started from another directory with the image's QAWL_* variables and the
lexicons at an absolute path, and `qawl health` as the HEALTHCHECK runs it."""
import json
import os
import re
import shutil
import tempfile

from harness import ROOT, TestCase, Server, main, run_cli

PROBLEMS = ["malformed-json", "invalid-utf8", "invalid-field", "invalid-query", "not-found",
            "method-not-allowed", "body-too-large", "text-too-costly", "unsupported-media-type",
            "empty-text", "overloaded", "not-ready", "internal", "unauthorized", "forbidden", "malformed-request"]


def read(*parts):
    with open(os.path.join(ROOT, *parts), encoding="utf-8") as f:
        return f.read()


def settings():
    rc, out, err = run_cli(["serve", "--help"])
    assert rc == 0, err
    return re.findall(r"^  --([a-z-]+)\s+QAWL_([A-Z_]+)", out.decode(), re.M)


class Packaging(TestCase):
    def test_settings_documented(self):
        names = settings()
        self.assertGreaterEqual(len(names), 14)
        doc = read("README.md")
        conf = read("config", "qawl.conf")
        for flag, env in names:
            name = env.lower()
            self.assertEqual(flag.replace("-", "_"), name)
            self.assertIn("`%s`" % name, doc, name)
            self.assertIn("`QAWL_%s`" % env, doc, name)
            self.assertIn("`--%s`" % flag, doc, name)
            self.assertRegex(conf, r"(?m)^%s =" % name, "config/qawl.conf should document " + name)

    def test_problem_types_documented(self):
        doc = read("docs", "server.md")
        api = read("handlers", "openapi.json")
        for slug in PROBLEMS:
            self.assertIn("urn:qawl:problem:" + slug, doc)
            self.assertIn("urn:qawl:problem:" + slug, api)

    def test_dockerfile(self):
        df = read("Dockerfile")
        self.assertIn("FROM debian:bookworm-slim AS build", df)
        self.assertIn("FROM debian:bookworm-slim AS runtime", df)
        self.assertIn("install-deps.sh build", df)
        self.assertIn("install-deps.sh runtime", df)
        self.assertRegex(df, r"(?m)^USER (?!root)")
        self.assertRegex(df, r"(?m)^EXPOSE 8080$")
        self.assertRegex(df, r'(?m)^HEALTHCHECK .*"qawl", "health"')
        for src in re.findall(r"(?m)^COPY (?!--from)(\S+) ", df):
            self.assertTrue(os.path.exists(os.path.join(ROOT, src)), src)
        known = {env for _, env in settings()} | {"CONFIG"}
        envs = re.findall(r"QAWL_([A-Z_]+)=", df)
        self.assertIn("LISTEN", envs)
        self.assertIn("LEXICON_DIR", envs)
        for env in envs:
            self.assertIn(env, known)
        ignored = read(".dockerignore").split()
        for needed in ("nlp", "server", "handlers", "config", "scripts", "Makefile"):
            self.assertNotIn(needed, ignored)

    def test_image_environment(self):
        """The runtime stage's layout and environment, reproduced outside Docker."""
        df = read("Dockerfile")
        env = dict(re.findall(r"(QAWL_[A-Z_]+)=(\S+)", df))
        tmp = tempfile.mkdtemp()
        try:
            shutil.copytree(os.path.join(ROOT, "config", "lexicons"), os.path.join(tmp, "lexicons"))
            shutil.copy(os.path.join(ROOT, "config", "qawl.conf"), os.path.join(tmp, "qawl.conf"))
            env["QAWL_CONFIG"] = os.path.join(tmp, "qawl.conf")
            env["QAWL_LEXICON_DIR"] = os.path.join(tmp, "lexicons")
            self.assertEqual(env["QAWL_LISTEN"], "0.0.0.0:8080")
            env["QAWL_LISTEN"] = "127.0.0.1:0"     # a free port instead of 8080
            srv = Server(env=env, listen=None)
            try:
                st, h, b = srv.annotate("قال الرئيس إن الوضع جيد.")
                self.assertEqual(st, 200, b)
                rc, out, err = run_cli(["health", "--timeout", "4"],
                                       env={"QAWL_LISTEN": "0.0.0.0:%d" % srv.port})
                self.assertEqual(rc, 0, err)
            finally:
                self.assertEqual(srv.stop(), 0, srv.stderr())
        finally:
            shutil.rmtree(tmp)

    def test_nginx_example(self):
        ngx = read("config", "nginx.conf.example")
        rc, out, err = run_cli(["serve", "--help"])
        default = re.search(r"--max-body\s+QAWL_MAX_BODY\s+default: (\S+)", out.decode()).group(1)
        self.assertEqual(default, "1MiB")
        self.assertRegex(ngx, r"client_max_body_size 1m;")
        self.assertIn("keepalive", ngx)
        self.assertIn("X-Forwarded-For $proxy_add_x_forwarded_for", ngx)
        self.assertIn("X-Request-Id", ngx)
        self.assertRegex(ngx, r"location = /metrics \{[^}]*deny all;")
        self.assertRegex(ngx, r"proxy_set_header Connection \"\";")

    def test_readme(self):
        """The README's links lead somewhere, its example uses the response's real field
        names, and its table of `resolved` values is the one the code emits."""
        readme = read("README.md")
        self.assertIn("make run", readme)
        self.assertIn("make test", readme)
        for target in re.findall(r"\]\(((?!https?:|#)[^)#]+)", readme):
            self.assertTrue(os.path.exists(os.path.join(ROOT, target)), target)
        example = re.search(r"```json\n(.*?)```", readme, re.S).group(1)
        srv = Server()
        try:
            st, h, b = srv.annotate("قال الرئيس الروسي فلاديمير بوتين إن الاتفاق “خطوة كبيرة”. "
                                    "وأضاف بوتين أن التعاون سيستمر.")
            self.assertEqual(st, 200, b)
            keys = set()

            def walk(v):
                if isinstance(v, dict):
                    keys.update(v)
                    for x in v.values():
                        walk(x)
                elif isinstance(v, list):
                    for x in v:
                        walk(x)
            walk(json.loads(b))
        finally:
            srv.stop()
        keys |= {"affiliation", "id"}   # present only for some entities and requests
        for key in re.findall(r'"([a-z_]+)":', example):
            self.assertIn(key, keys, "README example field " + key)
        # Its spans are real: each is the text between its offsets in the article it names.
        article = read(*re.search(r"@(tests/cases/\S+\.txt)", readme).group(1).split("/"))
        spans = re.findall(r'\{"start": (\d+), "end": (\d+), "text": "([^"]*)"\}', example)
        self.assertGreater(len(spans), 5)
        for start, end, text in spans:
            self.assertEqual(article[int(start):int(end)], text)
        documented = set(re.findall(r"^\| `([a-z_]+)` \| ", readme, re.M))
        emitted = set(re.findall(r'"([a-z_]+)"', read("nlp", "doc.c").split("resolution_names[]")[1].split(";")[0])) - {"none"}
        self.assertTrue(emitted)
        self.assertLessEqual(emitted, documented)

    def test_ci_entry(self):
        ci = read(".ci", "run")
        self.assertTrue(ci.startswith("#!/bin/sh\n"))
        self.assertIn("set -e", ci)
        self.assertIn("make test", ci)
        self.assertTrue(os.access(os.path.join(ROOT, ".ci", "run"), os.X_OK))


if __name__ == "__main__":
    main()
