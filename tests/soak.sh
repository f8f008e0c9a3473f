#!/bin/sh
# tests/soak.sh [SECONDS] — a bounded soak of `qawl serve` on loopback with wrk.
#
#   tests/soak.sh          20 s (the documented run)
#   tests/soak.sh 5        the short run of make test
#   tests/soak.sh 300      a long run
#
# Starts the server from $QAWL_BUILD (default build/) on 127.0.0.1 and a free port,
# drives it with wrk (CONNECTIONS, default 16, on 2 threads) and the request mix of
# tests/soak.lua — valid and invalid requests in turn, each carrying the status it must
# get — while sampling the server's resident memory from /proc/PID/status every second.
# Passes when: every request was answered (no socket error, answered == sent), no
# status differed from the expected one, the server's own counters saw no 5xx, the
# resident memory after warm-up (the first quarter) grew by less than max(16 MiB, 10%),
# and the server drained and exited 0 on SIGTERM. Only loopback traffic, bounded in time.
set -u
SECS="${1:-20}"
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD="${QAWL_BUILD:-$ROOT/build}"
CONNECTIONS="${CONNECTIONS:-16}"
cd "$ROOT" || exit 2
command -v wrk >/dev/null 2>&1 || { echo "soak: wrk is missing (make test-deps installs it)" >&2; exit 2; }
[ -x "$BUILD/qawl" ] || { echo "soak: $BUILD/qawl is missing" >&2; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/qawl-soak.XXXXXX")
LOG="$WORK/server.log"
: >"$LOG"
"$BUILD/qawl" serve --listen 127.0.0.1:0 --threads 2 --log-level warn >/dev/null 2>"$LOG" &
PID=$!
cleanup() { kill "$PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT INT TERM

port=""
for _ in $(seq 1 300); do
  port=$(sed -n 's/.*"msg":"listening".*"port":\([0-9]*\).*/\1/p' "$LOG" | head -1)
  [ -n "$port" ] && break
  kill -0 "$PID" 2>/dev/null || break
  sleep 0.1
done
if [ -z "$port" ]; then
  echo "soak: the server did not start:" >&2; cat "$LOG" >&2; exit 1
fi
URL="http://127.0.0.1:$port"

rss() { sed -n 's/^VmRSS:[[:space:]]*\([0-9]*\).*/\1/p' "/proc/$PID/status" 2>/dev/null; }
: >"$WORK/rss"
(
  while kill -0 "$PID" 2>/dev/null; do rss >>"$WORK/rss"; sleep 1; done
) &
SAMPLER=$!

wrk -t2 -c"$CONNECTIONS" -d"${SECS}s" --timeout 30s --latency -s tests/soak.lua "$URL" >"$WORK/wrk.out" 2>&1
wrk_rc=$?
kill "$SAMPLER" 2>/dev/null
wait "$SAMPLER" 2>/dev/null
metrics=$(curl -s --max-time 30 "$URL/metrics")

val() { sed -n "s/^soak: $1 //p" "$WORK/wrk.out" | head -1; }
requests=$(val requests); answered=$(val answered); unexpected=$(val unexpected)
sockerr=$(val socket_errors); rps=$(val rps); p50=$(val p50_ms); p99=$(val p99_ms); maxms=$(val max_ms)
errors5xx=$(printf '%s\n' "$metrics" | awk '/^qawl_http_requests_total\{.*status="5/ {s += $2} END {print s + 0}')
other=$(printf '%s\n' "$metrics" | awk '/^qawl_http_requests_total\{.*status="other"/ {s += $2} END {print s + 0}')

# Memory: samples after the first quarter of the run.
n=$(wc -l <"$WORK/rss")
skip=$(( n / 4 )); [ "$skip" -lt 1 ] && skip=1
base=$(sed -n "$((skip + 1))p" "$WORK/rss")
peak=$(tail -n +"$((skip + 1))" "$WORK/rss" | sort -n | tail -1)
last=$(tail -1 "$WORK/rss")
first=$(head -1 "$WORK/rss")

kill -TERM "$PID"
wait "$PID"
exit_rc=$?
trap - EXIT INT TERM

fail=0
check() { # check CONDITION-DESCRIPTION RESULT(0 ok)
  if [ "$2" = 0 ]; then echo "soak: ok   $1"; else echo "soak: FAIL $1" >&2; fail=1; fi
}
echo "soak: ${SECS}s, $CONNECTIONS connections: $requests requests ($rps/s), p50 ${p50} ms, p99 ${p99} ms, max ${maxms} ms"
echo "soak: RSS ${first} KiB at start, ${base} KiB after warm-up, peak ${peak} KiB, ${last} KiB at the end ($n samples)"
[ "$wrk_rc" = 0 ] && [ -n "$requests" ]; check "wrk ran (exit $wrk_rc)" $?
[ "${requests:-0}" -gt 0 ] && [ "${answered:-x}" = "$requests" ]; check "every request answered ($answered of $requests)" $?
[ "${sockerr:-1}" = 0 ]; check "no socket errors ($sockerr)" $?
[ "${unexpected:-1}" = 0 ]; check "no unexpected status ($unexpected)$(sed -n 's/^soak: first_unexpected / — first: /p' "$WORK/wrk.out")" $?
[ "$errors5xx" = 0 ] && [ "$other" = 0 ]; check "no 5xx or unlisted status in the server's counters ($errors5xx, $other)" $?
if [ "${QAWL_TEST_SANITIZER:-}" = asan ]; then
  echo "soak: skip RSS flatness under ASan (its quarantine holds freed memory by design)"
elif [ -n "$base" ] && [ -n "$peak" ]; then
  allowed=$(( base / 10 )); [ "$allowed" -lt 16384 ] && allowed=16384
  [ $(( peak - base )) -le "$allowed" ]; check "RSS flat after warm-up (+$(( peak - base )) KiB, allowed $allowed)" $?
else
  check "RSS sampled" 1
fi
[ "$exit_rc" = 0 ]; check "drained and exited 0 on SIGTERM (exit $exit_rc)" $?
if [ "$fail" != 0 ]; then
  echo "--- wrk output:" >&2; cat "$WORK/wrk.out" >&2
  echo "--- server log (warn and above):" >&2; tail -20 "$LOG" >&2
fi
rm -rf "$WORK"
exit "$fail"
