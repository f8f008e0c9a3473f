#!/bin/sh
# The whole test suite against one build directory:
#   tests/run.sh build            (make test)
#   QAWL_TEST_SANITIZER=asan tests/run.sh build-asan    (make asan)
#   QAWL_TEST_VALGRIND=1 tests/run.sh build-valgrind    (make valgrind)
# Runs, in order: unit test binaries, integration tests (python3, standard library),
# tests/quality/run.sh, a 5 s soak (tests/soak.sh) and the fuzz smoke (fuzz/run.sh 10,
# which first replays fuzz/regression/) when they exist. Prints a summary table and exits
# non-zero when any step failed.
set -u
BUILD="${1:-build}"
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 2
case "$BUILD" in /*) ;; *) BUILD="$ROOT/$BUILD" ;; esac
if [ ! -x "$BUILD/qawl" ]; then
  echo "run.sh: $BUILD/qawl is missing; build first (make test does)" >&2
  exit 2
fi
export QAWL_BUILD="$BUILD"
if [ "${QAWL_TEST_SANITIZER:-}" = asan ]; then
  export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
  export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"
fi
# Tests must not pick up a developer's settings.
for v in $(env | sed -n 's/^\(QAWL_[A-Z_]*\)=.*/\1/p'); do
  case "$v" in QAWL_BUILD|QAWL_TEST_*) ;; *) unset "$v" ;; esac
done

results=""
passed=0; failed=0
step() { # step NAME COMMAND...
  name=$1; shift
  echo "==> $name"
  start=$(date +%s)
  if "$@"; then status=PASS; passed=$((passed + 1)); else status=FAIL; failed=$((failed + 1)); fi
  secs=$(( $(date +%s) - start ))
  results="$results$(printf '%-40s %-5s %5ss' "$name" "$status" "$secs")
"
  echo "<== $name: $status (${secs}s)"
}

for t in "$BUILD"/tests/test_*; do
  [ -x "$t" ] || continue
  step "unit/$(basename "$t")" sh tests/run-unit.sh "$t"
done
for t in tests/integration/test_*.py; do
  [ -f "$t" ] || continue
  step "integration/$(basename "$t" .py)" python3 "$t"
done
if [ -f tests/quality/run.sh ]; then
  step "quality" sh tests/quality/run.sh "$BUILD"
fi
if [ -f tests/soak.sh ]; then
  step "soak (5 s)" sh tests/soak.sh 5
fi
if [ -f fuzz/run.sh ]; then
  step "fuzz smoke" sh fuzz/run.sh 10
fi

echo
echo "summary ($BUILD${QAWL_TEST_SANITIZER:+, $QAWL_TEST_SANITIZER}$( [ "${QAWL_TEST_VALGRIND:-0}" = 1 ] && echo ', valgrind')):"
printf '%s' "$results"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
