#!/bin/sh
# bench/stall.sh — does libmicrohttpd stop reading busy keep-alive connections?
#
# Back-to-back wrk runs of 128 keep-alive connections POSTing the seed to the echo floor
# server, once in libmicrohttpd's epoll mode (what qawl used) and once in poll mode (what
# server/daemon.c uses now). A run counts as stalled when the server spends half a second
# in the middle of it without using any CPU while wrk waits on its connections: on
# libmicrohttpd 0.9.75 the epoll workers then sleep in epoll_wait with a request unread
# on every socket, until connection_timeout.
#   sh bench/stall.sh [RUNS]      (build-bench/echo_server comes from make bench)
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
RUNS=${1:-20}
ECHO=build-bench/echo_server
[ -x "$ECHO" ] || { echo "stall: $ECHO is missing; run make bench first" >&2; exit 2; }
SEED="$ROOT/../shared/corpus/seed-aljazeera-putin-pyongyang.txt"
[ -f "$SEED" ] || SEED=$(ls -S tests/cases/*.txt | head -1)
OUT=$(mktemp -d)
SPID=""
trap '[ -n "$SPID" ] && kill "$SPID" 2>/dev/null; rm -rf "$OUT"' EXIT

ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

for mode in epoll poll; do
  "$ECHO" --listen 127.0.0.1:0 --poll "$mode" > "$OUT/echo.out" 2>&1 &
  SPID=$!
  port=""
  while [ -z "$port" ]; do sleep 0.1; port=$(awk '$1 == "listening" { print $2 }' "$OUT/echo.out"); done
  stalled=0 requests=0 i=0
  while [ $i -lt "$RUNS" ]; do
    BENCH_BODY="$SEED" wrk -t1 -c128 -d3s -s bench/post.lua "http://127.0.0.1:$port/" > "$OUT/wrk.out" 2>&1 &
    wpid=$!
    sleep 1.2
    t0=$(ticks "$SPID")
    sleep 0.5
    t1=$(ticks "$SPID")
    wait "$wpid" || true
    [ $((t1 - t0)) -lt 3 ] && stalled=$((stalled + 1))
    n=$(sed -n 's/^WRK requests=\([0-9]*\).*/\1/p' "$OUT/wrk.out")
    requests=$((requests + ${n:-0}))
    i=$((i + 1))
  done
  kill "$SPID"
  wait "$SPID" 2>/dev/null || true
  SPID=""
  echo "$mode: $stalled of $RUNS runs stalled; $requests requests answered"
done
