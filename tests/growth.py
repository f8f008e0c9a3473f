#!/usr/bin/env python3
"""How the time and memory of `qawl annotate` grow with the size of pathological texts.

For each family of tests/pathological.py, texts of 1x, 2x, 4x and 8x a base size are
annotated by the CLI (best of --repeat runs each); the fixed cost of loading the model,
measured on a one-word text, is subtracted. A linear pipeline doubles its time when the
text doubles. The growth exponent is log2(time 8x / time 4x) — 1 for linear, 2 for
quadratic — judged only when the 8x run does measurable work (--min-seconds); a family
whose exponent exceeds --limit (default 1.4) is flagged SUPER-LINEAR, which means a
quadratic scan somewhere. Peak RSS is reported too. This is a benchmark, not a test:
run it on a quiet machine.

    tests/growth.py                         every family, base 64 KiB
    tests/growth.py --base 32768 nested_quotes many_sentences
    tests/growth.py --build build-asan      another build
Exit status 1 when a family is flagged.
"""
import argparse
import math
import os
import resource
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import pathological  # noqa: E402


def run_once(qawl, path):
    """(seconds, peak RSS in KiB, exit status, stdout bytes) of one `qawl annotate`."""
    t0 = time.monotonic()
    with open(os.devnull, "wb") as null:
        p = subprocess.Popen([qawl, "annotate", path], stdout=subprocess.PIPE, stderr=null, cwd=ROOT)
        out = p.stdout.read()
        _, status, usage = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    return time.monotonic() - t0, usage.ru_maxrss, p.returncode, out


def best(qawl, text, repeat):
    with tempfile.NamedTemporaryFile("wb", suffix=".txt", delete=False) as f:
        f.write(text.encode())
        path = f.name
    try:
        runs = [run_once(qawl, path) for _ in range(repeat)]
    finally:
        os.unlink(path)
    rc = runs[0][2]
    return min(r[0] for r in runs), max(r[1] for r in runs), rc, runs[0][3]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("families", nargs="*", help="families to measure (default: all)")
    ap.add_argument("--build", default=os.environ.get("QAWL_BUILD", os.path.join(ROOT, "build")))
    ap.add_argument("--base", type=int, default=64 * 1024, help="bytes of the 1x text")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--limit", type=float, default=1.4, help="largest acceptable exponent log2(t8x/t4x)")
    ap.add_argument("--min-seconds", type=float, default=0.1, help="least 8x time worth judging")
    args = ap.parse_args()
    qawl = os.path.join(args.build, "qawl")
    families = args.families or list(pathological.FAMILIES)

    fixed, _, _, _ = best(qawl, "قال.", max(3, args.repeat))
    print("model load and start-up: %.3f s (subtracted)" % fixed)
    print("%-22s %8s %8s %8s %8s %7s %6s %8s  %s" % ("family", "1x s", "2x s", "4x s", "8x s", "8x/4x",
                                                   "exp", "RSS 8x", "verdict"))
    flagged = []
    for fam in families:
        times, rss, notes = [], 0, []
        for mult in (1, 2, 4, 8):
            text = pathological.generate(fam, args.base * mult)
            secs, peak, rc, out = best(qawl, text, args.repeat)
            if rc != 0:
                notes.append("%dx exit %d" % (mult, rc))
            times.append(max(secs - fixed, 1e-4))
            rss = peak
        ratio = times[3] / times[2]
        exponent = math.log2(ratio) if ratio > 0 else 0
        # Below ~0.1 s of real work the ratio is noise: judge only what can be measured.
        measurable = times[3] >= args.min_seconds
        verdict = "ok"
        if measurable and exponent > args.limit:
            verdict = "SUPER-LINEAR"
            flagged.append(fam)
        elif not measurable:
            verdict = "ok (too fast to judge)"
        if notes:
            verdict += " [" + ", ".join(notes) + "]"
        print("%-22s %8.3f %8.3f %8.3f %8.3f %7.2f %6.2f %6dMB  %s" % (
            fam, times[0], times[1], times[2], times[3], ratio, exponent, rss // 1024, verdict))
        sys.stdout.flush()
    peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print("(base %d bytes; times are the best of %d runs minus start-up; this script used %d MB)" %
          (args.base, args.repeat, peak_self // 1024))
    if flagged:
        print("super-linear: " + ", ".join(flagged))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
