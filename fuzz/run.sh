#!/bin/sh
# fuzz/run.sh [SECONDS] — build the libFuzzer drivers, replay the regression inputs, fuzz.
#
#   fuzz/run.sh 60     make fuzz: each driver fuzzes for 60 s (FUZZ_SECONDS)
#   fuzz/run.sh 10     make test / make fuzz-smoke: a 10 s smoke of each driver
#   fuzz/run.sh 0      replay fuzz/regression/ only
#
# Drivers (fuzz/fuzz_*.c) and what they feed:
#   fuzz_annotate  raw bytes -> annotate() -> render_doc() -> json_dumps(), spans checked
#   fuzz_body      "Content-Type\nbody" -> annotate_media_type/annotate_parse_body -> pipeline
#   fuzz_config    a config file -> config_load_stream() over the defaults
#   fuzz_wordbreak a text (UTF-8, or 0x00 + raw UTF-16LE) -> nlp/wordbreak.c, every
#                  boundary and status class compared with ICU's word iterator
#
# Everything is built with clang -fsanitize=fuzzer,address,undefined into build-fuzz/
# (FUZZ_BUILD). Each driver first replays every file of fuzz/regression/<driver>/ (inputs
# that once failed: they must pass forever), then fuzzes a corpus copied into a temporary
# work directory from fuzz/seeds/<driver>/ (plus tests/cases/*.txt for the text drivers):
# libFuzzer never writes into the repository. A finding is kept in the work directory,
# whose path is printed; minimise it with
#   build-fuzz/fuzz_X -minimize_crash=1 -runs=20000 -exact_artifact_path=min CRASH
# and add `min` to fuzz/regression/fuzz_X/. Exit status: 0 when every replay and every
# run was clean. The last lines are a table of executions per driver.
set -u
SECONDS_EACH="${1:-60}"
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 2
OUT="${FUZZ_BUILD:-$ROOT/build-fuzz}"
CC_FUZZ="${FUZZ_CC:-clang}"
DRIVERS="fuzz_annotate fuzz_body fuzz_config fuzz_wordbreak"

if ! command -v "$CC_FUZZ" >/dev/null 2>&1; then
  echo "fuzz/run.sh: $CC_FUZZ not found (make test-deps installs clang)" >&2
  exit 2
fi

SAN="-fsanitize=address,undefined -fno-sanitize-recover=all"
FLAGS="-O1 -g -fno-omit-frame-pointer $SAN -fsanitize=fuzzer-no-link"
echo "fuzz: building into $OUT"
mkdir -p "$OUT"
OBJS=$(ls nlp/*.c server/*.c handlers/*.c | grep -v '^server/main\.c$' | sed "s|^\(.*\)\.c$|$OUT/\1.o|")
# The project's own rules build the objects (same warnings, -Werror, dependency files).
# shellcheck disable=SC2086
if ! make --no-print-directory -s BUILD="$OUT" CC="$CC_FUZZ" CFLAGS="$FLAGS" HARDEN="-fPIE" $OBJS >"$OUT/objects.log" 2>&1; then
  cat "$OUT/objects.log" >&2
  echo "fuzz/run.sh: building the objects failed" >&2
  exit 1
fi
PKG_CFLAGS=$(pkg-config --cflags libmicrohttpd jansson icu-uc icu-i18n)
PKG_LIBS=$(pkg-config --libs libmicrohttpd jansson icu-uc icu-i18n)
for d in $DRIVERS; do
  # shellcheck disable=SC2086
  if ! "$CC_FUZZ" -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -I. $PKG_CFLAGS -O1 -g -fno-omit-frame-pointer \
      $SAN -fsanitize=fuzzer -o "$OUT/$d" "fuzz/$d.c" $OBJS $PKG_LIBS -lpthread -lm; then
    echo "fuzz/run.sh: building $d failed" >&2
    exit 1
  fi
done

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
failed=0
table=""
WORK=$(mktemp -d "${TMPDIR:-/tmp}/qawl-fuzz.XXXXXX")

seed() { # seed DRIVER DIR: the initial corpus
  d=$1; dir=$2
  mkdir -p "$dir"
  [ -d "fuzz/seeds/$d" ] && cp fuzz/seeds/"$d"/* "$dir"/ 2>/dev/null
  case "$d" in
    fuzz_annotate|fuzz_wordbreak)
      for f in tests/cases/*.txt; do cp "$f" "$dir/case-$(basename "$f")"; done ;;
    fuzz_body)
      python3 - "$dir" <<'EOF'
import glob, json, os, sys
out = sys.argv[1]
for path in sorted(glob.glob("tests/cases/*.txt")):
    name = os.path.basename(path)[:-4]
    text = open(path, encoding="utf-8").read()
    with open(os.path.join(out, "text-" + name), "wb") as f:
        f.write(b"text/plain; charset=utf-8\n" + text.encode())
    with open(os.path.join(out, "json-" + name), "wb") as f:
        f.write(b"application/json\n" + json.dumps({"text": text, "id": name, "language": "auto"}).encode())
EOF
      ;;
    fuzz_config)
      cp config/qawl.conf "$dir/qawl.conf" ;;
  esac
}

for d in $DRIVERS; do
  bin="$OUT/$d"
  # 1. Replay: each regression input once, no fuzzing. An input that runs for more than
  #    60 s is a hang (libFuzzer reports a timeout) and fails the replay.
  n=0
  if [ -d "fuzz/regression/$d" ]; then
    n=$(find "fuzz/regression/$d" -type f | wc -l)
  fi
  if [ "$n" -gt 0 ]; then
    if find "fuzz/regression/$d" -type f -print0 | xargs -0 "$bin" -timeout=60 -rss_limit_mb=2560 >"$WORK/$d.replay.log" 2>&1; then
      echo "fuzz: $d replayed $n regression inputs: clean"
    else
      echo "fuzz: $d FAILED on a regression input:" >&2
      tail -40 "$WORK/$d.replay.log" >&2
      failed=1
    fi
  fi
  [ "$SECONDS_EACH" -gt 0 ] || { table="$table$(printf '%-14s %6ss %10s %8s %s' "$d" 0 - - "replayed $n")
"; continue; }
  # 2. Fuzz for SECONDS_EACH seconds on a scratch corpus.
  corpus="$WORK/$d.corpus"
  seed "$d" "$corpus"
  nseeds=$(find "$corpus" -type f | wc -l)
  log="$WORK/$d.log"
  "$bin" -max_total_time="$SECONDS_EACH" -timeout=25 -rss_limit_mb=2560 -malloc_limit_mb=2560 \
    -print_final_stats=1 -artifact_prefix="$WORK/$d-" "$corpus" >"$log" 2>&1
  rc=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  cov=$(sed -n 's/^#[0-9]*.*DONE *cov: *\([0-9]*\).*/\1/p' "$log" | tail -1)
  if [ "$rc" = 0 ]; then
    status=clean
  else
    status=FAILED
    failed=1
    echo "fuzz: $d FAILED (exit $rc); log and input kept in $WORK:" >&2
    grep -E 'ERROR|SUMMARY|runtime error|Test unit written|fuzz_' "$log" | head -20 >&2
    tail -60 "$log" >&2
  fi
  echo "fuzz: $d: ${execs:-?} executions in ${SECONDS_EACH}s from $nseeds seeds, coverage ${cov:-?}: $status"
  table="$table$(printf '%-14s %6ss %10s %8s %s' "$d" "$SECONDS_EACH" "${execs:-?}" "${cov:-?}" "$status, replayed $n")
"
done

echo
printf '%-14s %7s %10s %8s %s\n' driver time executions coverage result
printf '%s' "$table"
if [ "$failed" = 0 ]; then
  rm -rf "$WORK"
  echo "fuzz: every driver clean"
else
  echo "fuzz: findings kept in $WORK" >&2
fi
[ "$failed" = 0 ]
