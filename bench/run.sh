#!/bin/sh
# bench/run.sh — the benchmark suite (make bench). Builds into build-bench/, runs
#   1. the pipeline against the NLP floor (ICU conversion + sentence and word iteration),
#      interleaved in one process, on the seed article and on a ~1.6 MB file of articles;
#   2. HTTP: POST /v1/annotate on build/qawl against the echo floor server
#      (bench/echo_server.c), wrk on loopback, alternating runs, 32 and 128 connections;
#   3. growth: the pipeline on 1x, 2x, 4x, 8x, 16x the seed;
#   4. memory: qawl's RSS idle, under load, and across BENCH_REQUESTS requests;
# then prints a summary table and rewrites bench/RESULTS.md.
#
# Knobs (environment), with their defaults:
#   BENCH_SECONDS=3         time budget of each pipeline-vs-floor comparison
#   BENCH_HTTP_SECONDS=5    length of each wrk run
#   BENCH_HTTP_ROUNDS=3     alternating rounds (echo, qawl / qawl, echo) per connection count
#   BENCH_CONNECTIONS="32 128"
#   BENCH_WRK_THREADS=1     wrk threads (the client shares the machine with the servers)
#   BENCH_THREADS=          server thread pool size for both servers (default: one per core)
#   BENCH_REQUESTS=100000   requests of the memory phase
#   BENCH_BIG_BYTES=1600000 size of the many-articles file
#   BENCH_GROWTH_SIZES=1,2,4,8,16
#   BENCH_CALLGRIND=1       also count instructions (valgrind callgrind) of floor and pipeline
#                           on the seed: a ratio that no noisy neighbour can move; 0 skips it
#   BENCH_SEED=             the seed article (default ../shared/corpus/seed-...txt beside the
#                           checkout, else the largest tests/cases article)
#   BENCH_QAWL=build/qawl   the server binary measured
#   BENCH_RESULTS=bench/RESULTS.md
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

SECONDS_CMP=${BENCH_SECONDS:-3}
HTTP_SECONDS=${BENCH_HTTP_SECONDS:-5}
HTTP_ROUNDS=${BENCH_HTTP_ROUNDS:-3}
CONNECTIONS=${BENCH_CONNECTIONS:-32 128}
WRK_THREADS=${BENCH_WRK_THREADS:-1}
NCPU=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)
THREADS=${BENCH_THREADS:-$NCPU}
REQUESTS=${BENCH_REQUESTS:-100000}
BIG_BYTES=${BENCH_BIG_BYTES:-1600000}
GROWTH_SIZES=${BENCH_GROWTH_SIZES:-1,2,4,8,16}
QAWL=${BENCH_QAWL:-build/qawl}
RESULTS=${BENCH_RESULTS:-bench/RESULTS.md}
OUT=build-bench
KV=$OUT/results.kv
LOG=$OUT/bench.log

# A developer's QAWL_* settings must not change what is measured.
for v in $(env | sed -n 's/^\(QAWL_[A-Z_]*\)=.*/\1/p'); do unset "$v"; done

for tool in wrk curl pkg-config awk; do
  command -v "$tool" >/dev/null 2>&1 || { echo "bench: $tool is missing (make bench installs it)" >&2; exit 2; }
done
[ -x "$QAWL" ] || { echo "bench: $QAWL is missing; run make first (make bench does)" >&2; exit 2; }

mkdir -p "$OUT"
: > "$KV"
: > "$LOG"
say() { printf '%s\n' "$*" | tee -a "$LOG"; }
kv() { awk -v k="$1" '$1 == k { v = $2 } END { if (v == "") v = "n/a"; print v }' "$KV"; }
kvset() { echo "$1 $2" >> "$KV"; }
calc() { awk "BEGIN { printf \"$1\", $2 }"; }

PIDS=""
cleanup() {
  for p in $PIDS; do kill "$p" 2>/dev/null || true; done
  for p in $PIDS; do wait "$p" 2>/dev/null || true; done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- build ----------------------------------------------------------------------------
CC=${CC:-cc}
WARN="-Wall -Wextra -Werror -Wstrict-prototypes -Wmissing-prototypes -Wshadow -Wpointer-arith -Wcast-qual
      -Wsign-compare -Wformat=2 -Wvla -Wno-unused-parameter"
BCFLAGS="-O2 -g -std=c11 -D_GNU_SOURCE $WARN -I."
NLP_OBJS=""
for f in nlp/*.c; do NLP_OBJS="$NLP_OBJS $OUT/${f%.c}.o"; done
say "==> building into $OUT/ (-O2)"
# shellcheck disable=SC2086
make --no-print-directory BUILD="$OUT" CFLAGS="-O2 -g" $NLP_OBJS >> "$LOG" 2>&1 ||
  { tail -20 "$LOG" >&2; exit 1; }
# shellcheck disable=SC2086,SC2046
$CC $BCFLAGS $(pkg-config --cflags jansson icu-uc icu-i18n) -o "$OUT/pipeline_bench" \
  bench/pipeline_bench.c bench/nlp_floor.c $NLP_OBJS $(pkg-config --libs jansson icu-uc icu-i18n) -lm
# shellcheck disable=SC2086,SC2046
$CC $BCFLAGS $(pkg-config --cflags libmicrohttpd jansson) -o "$OUT/echo_server" bench/echo_server.c \
  $(pkg-config --libs libmicrohttpd jansson) -lpthread

# ---- texts ----------------------------------------------------------------------------
SEED_DEFAULT="$ROOT/../shared/corpus/seed-aljazeera-putin-pyongyang.txt"
if [ -n "${BENCH_SEED:-}" ]; then
  SEED=$BENCH_SEED; SEED_NOTE="BENCH_SEED"
elif [ -f "$SEED_DEFAULT" ]; then
  SEED=$(cd "$(dirname "$SEED_DEFAULT")" && pwd)/$(basename "$SEED_DEFAULT"); SEED_NOTE="the shared seed article"
  SEED_SHOW=../shared/corpus/$(basename "$SEED_DEFAULT")
else
  # Our own texts have plain names, so ls needs no quoting here.
  SEED=$(ls -S tests/cases/*.txt | head -1)
  SEED_NOTE="fallback: ../shared/corpus is absent, largest tests/cases article"
fi
SEED_NAME=$(basename "$SEED")
SEED_SHOW=${SEED_SHOW:-$SEED}  # as the commands in RESULTS.md name it
BIG=$OUT/many-articles.txt
: > "$BIG"
n_big=0
while [ "$(wc -c < "$BIG")" -lt "$BIG_BYTES" ]; do
  for f in tests/cases/*.txt; do
    cat "$f" >> "$BIG"
    printf '\f\n' >> "$BIG"  # pipeline_bench's article separator
    n_big=$((n_big + 1))
  done
done
big_bytes=$(wc -c < "$BIG")
n_cases=$(set -- tests/cases/*.txt; echo $#)
say "seed: $SEED_NAME ($(wc -c < "$SEED") bytes; $SEED_NOTE)"
say "many articles: $BIG, $n_big articles ($n_cases texts of tests/cases repeated), $big_bytes bytes"

PB="$OUT/pipeline_bench"

# ---- 1. pipeline vs NLP floor -----------------------------------------------------------
say ""
say "==> 1. pipeline vs NLP floor (one core, interleaved, medians)"
"$PB" compare "$SEED" --name seed --seconds "$SECONDS_CMP" --kv "$KV" | tee -a "$LOG"
"$PB" compare "$BIG" --name big --seconds "$SECONDS_CMP" --kv "$KV" | tee -a "$LOG"
"$PB" stages "$SEED" --name seed --seconds 2 --kv "$KV" | tee -a "$LOG"
"$PB" stages "$BIG" --name big --seconds 2 --min-reps 5 --kv "$KV" | tee -a "$LOG"

if [ "${BENCH_CALLGRIND:-1}" = 1 ] && command -v valgrind >/dev/null 2>&1; then
  say "instructions per run on the seed (callgrind, 10 runs each, alternating):"
  valgrind --tool=callgrind --collect-atstart=no --toggle-collect=pipeline_run --toggle-collect=nlp_floor_run \
    --callgrind-out-file="$OUT/callgrind.seed" "$PB" profile "$SEED" --both --iterations 10 >> "$LOG" 2>&1
  ann=$(callgrind_annotate --inclusive=yes "$OUT/callgrind.seed" 2>/dev/null)
  ir_pipe=$(echo "$ann" | awk '/:pipeline_run / { gsub(",", "", $1); print int($1 / 10); exit }')
  ir_floor=$(echo "$ann" | awk '/:nlp_floor_run / { gsub(",", "", $1); print int($1 / 10); exit }')
  if [ -n "$ir_pipe" ] && [ -n "$ir_floor" ]; then
    kvset seed.ir_pipe "$ir_pipe"
    kvset seed.ir_floor "$ir_floor"
    kvset seed.ir_ratio "$(calc '%.2f' "$ir_pipe / $ir_floor")"
    say "  pipeline $ir_pipe, NLP floor $ir_floor: ratio $(kv seed.ir_ratio)"
  fi
fi

# ---- 3. growth (before the servers: it needs a quiet machine too) ------------------------
say ""
say "==> 3. growth"
"$PB" growth "$SEED" --name seed --sizes "$GROWTH_SIZES" --seconds "$SECONDS_CMP" --kv "$KV" | tee -a "$LOG"

# ---- servers ----------------------------------------------------------------------------
# start_qawl LOGFILE: starts qawl on a free port; sets QPID and QPORT.
start_qawl() {
  : > "$1"  # now, so that no stale file is read before the server writes it
  "$QAWL" serve --listen 127.0.0.1:0 --threads "$THREADS" 2> "$1" &
  QPID=$!
  PIDS="$PIDS $QPID"
  QPORT=""
  i=0
  while [ -z "$QPORT" ] && [ $i -lt 200 ]; do
    QPORT=$(sed -n 's/.*"msg":"listening".*"port":\([0-9]*\).*/\1/p' "$1" | head -1)
    [ -n "$QPORT" ] || { kill -0 "$QPID" 2>/dev/null || break; sleep 0.05; }
    i=$((i + 1))
  done
  [ -n "$QPORT" ] || { echo "bench: qawl did not start:" >&2; cat "$1" >&2; exit 1; }
}
start_echo() {
  : > "$OUT/echo.out"
  "$OUT/echo_server" --listen 127.0.0.1:0 --threads "$THREADS" > "$OUT/echo.out" 2>&1 &
  EPID=$!
  PIDS="$PIDS $EPID"
  EPORT=""
  i=0
  while [ -z "$EPORT" ] && [ $i -lt 200 ]; do
    EPORT=$(awk '$1 == "listening" { print $2 }' "$OUT/echo.out")
    [ -n "$EPORT" ] || sleep 0.05
    i=$((i + 1))
  done
  [ -n "$EPORT" ] || { echo "bench: echo_server did not start" >&2; cat "$OUT/echo.out" >&2; exit 1; }
}
stop_pid() {
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
  PIDS=$(echo "$PIDS" | tr ' ' '\n' | grep -vx "$1" | tr '\n' ' ')
}
rss_kb() { awk -v k="$2:" '$1 == k { print $2 }' "/proc/$1/status"; }
# Requests qawl has completed: its request log has one line per request.
served() { grep -c '"msg":"request"' "$QLOG" || true; }
# wrk_run PORT CONNECTIONS SECONDS [sample]: runs wrk with bench/post.lua and prints its
# WRK line. With "sample", qawl's VmRSS is read every 0.2 s (the largest kept in
# $OUT/rss-max) and "requests-served VmRSS" appended to $OUT/rss.tsv at the end.
wrk_run() {
  BENCH_BODY="$SEED" wrk -t"$WRK_THREADS" -c"$2" -d"$3"s -s bench/post.lua \
    "http://127.0.0.1:$1/v1/annotate" > "$OUT/wrk.out" 2>&1 &
  wpid=$!
  while kill -0 "$wpid" 2>/dev/null; do
    if [ "${4:-}" = sample ]; then
      r=$(rss_kb "$QPID" VmRSS || true)
      [ "${r:-0}" -gt "$(cat "$OUT/rss-max")" ] && echo "$r" > "$OUT/rss-max"
    fi
    sleep 0.2
  done
  wait "$wpid" || true
  line=$(grep '^WRK ' "$OUT/wrk.out" || true)
  [ -n "$line" ] || { echo "bench: wrk failed:" >&2; cat "$OUT/wrk.out" >&2; exit 1; }
  [ "${4:-}" = sample ] && echo "$(served) $(rss_kb "$QPID" VmRSS)" >> "$OUT/rss.tsv"
  echo "$line"
}
field() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }

# ---- 2. HTTP (and the first part of 4. memory) -------------------------------------------
say ""
say "==> 2. HTTP: POST /v1/annotate (qawl) vs the echo floor, wrk -t$WRK_THREADS, ${HTTP_SECONDS}s runs, $THREADS server threads"
QLOG=$OUT/qawl.log
start_qawl "$QLOG"
sleep 0.5
idle_rss=$(rss_kb "$QPID" VmRSS)
echo "$idle_rss" > "$OUT/rss-max"
: > "$OUT/rss.tsv"
start_echo
code=$(curl -s -o "$OUT/http-answer.json" -w '%{http_code}' -H 'Content-Type: text/plain; charset=utf-8' \
  --data-binary @"$SEED" "http://127.0.0.1:$QPORT/v1/annotate")
"$QAWL" annotate "$SEED" > "$OUT/cli-answer.json"
if [ "$code" = 200 ] && [ "$(head -c -1 "$OUT/cli-answer.json" | cksum)" = "$(cksum < "$OUT/http-answer.json")" ]; then
  same_answer=yes
else
  same_answer="NO (HTTP $code)"
fi
say "qawl on port $QPORT (pid $QPID, idle VmRSS $idle_rss kB), echo on port $EPORT (pid $EPID); qawl's HTTP answer identical to the CLI's: $same_answer"
wrk_run "$EPORT" 32 1 > /dev/null  # warm-up
wrk_run "$QPORT" 32 1 sample > /dev/null
: > "$OUT/http.tsv"
for c in $CONNECTIONS; do
  r=1
  while [ $r -le "$HTTP_ROUNDS" ]; do
    if [ $((r % 2)) = 1 ]; then order="echo qawl"; else order="qawl echo"; fi
    for who in $order; do
      if [ "$who" = qawl ]; then line=$(wrk_run "$QPORT" "$c" "$HTTP_SECONDS" sample)
      else line=$(wrk_run "$EPORT" "$c" "$HTTP_SECONDS"); fi
      printf '%s\t%s\t%s\t%s\n' "$c" "$r" "$who" "$line" >> "$OUT/http.tsv"
      say "  c=$c round $r $who: rps $(field "$line" rps), p50 $(field "$line" p50_us) us, p99 $(field "$line" p99_us) us, non-2xx $(field "$line" status_errors), socket errors $(field "$line" socket_errors)"
    done
    r=$((r + 1))
  done
  # medians over the rounds
  for who in echo qawl; do
    for f in rps p50_us p99_us; do
      m=$(awk -F'\t' -v c="$c" -v w="$who" '$1 == c && $3 == w { print $4 }' "$OUT/http.tsv" |
          tr ' ' '\n' | sed -n "s/^$f=//p" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
      kvset "http.c$c.$who.$f" "$m"
    done
    e=$(awk -F'\t' -v c="$c" -v w="$who" '$1 == c && $3 == w { print $4 }' "$OUT/http.tsv" | tr ' ' '\n' |
        awk -F= '$1 == "status_errors" || $1 == "socket_errors" { s += $2 } END { print s + 0 }')
    kvset "http.c$c.$who.errors" "$e"
  done
  kvset "http.c$c.ratio" "$(calc '%.3f' "$(kv "http.c$c.qawl.rps") / $(kv "http.c$c.echo.rps")")"
done
stop_pid "$EPID"

# ---- 4. memory: the same qawl process, on to $REQUESTS requests ---------------------------
say ""
say "==> 4. memory: qawl idle VmRSS $idle_rss kB; the HTTP runs above, then wrk -c128 until $REQUESTS requests"
while [ "$(served)" -lt "$REQUESTS" ]; do
  line=$(wrk_run "$QPORT" 128 "$HTTP_SECONDS" sample)
  say "  $(tail -1 "$OUT/rss.tsv" | awk '{ printf "after %d requests: VmRSS %d kB", $1, $2 }') ($(field "$line" rps) req/s)"
done
sleep 0.3
total=$(served)
final_rss=$(rss_kb "$QPID" VmRSS)
peak_rss=$(rss_kb "$QPID" VmHWM)
max_rss=$(cat "$OUT/rss-max")
# Readings after a tenth, a quarter, half and three quarters of the requests. RSS rises
# while the allocator and libmicrohttpd's per-connection pools warm up to the highest
# concurrency; a leak would go on rising, so growth is judged over the second half.
at() { awk -v m="$1" '$1 >= m { print $1; exit }' "$OUT/rss.tsv"; }
rss_at() { awk -v m="$1" '$1 >= m { print $2; exit }' "$OUT/rss.tsv"; }
checkpoints="" rss_points=""
for q in 10 4 2; do
  checkpoints="$checkpoints$(at $((REQUESTS / q))) / "
  rss_points="$rss_points$(calc '%.1f' "$(rss_at $((REQUESTS / q))) / 1024") / "
done
checkpoints="$checkpoints$(at $((REQUESTS * 3 / 4))) / $total"
rss_points="$rss_points$(calc '%.1f' "$(rss_at $((REQUESTS * 3 / 4))) / 1024") / $(calc '%.1f' "$final_rss / 1024")"
early_at=$(at $((REQUESTS / 10)))
early_rss=$(rss_at $((REQUESTS / 10)))
half_at=$(at $((REQUESTS / 2)))
half_rss=$(rss_at $((REQUESTS / 2)))
log_lines=$(wc -l < "$QLOG")
stop_pid "$QPID"
kvset mem.idle_kb "$idle_rss"
kvset mem.load_max_kb "$max_rss"
kvset mem.hwm_kb "$peak_rss"
kvset mem.requests "$total"
kvset mem.early_at "$early_at"
kvset mem.early_kb "$early_rss"
kvset mem.final_kb "$final_rss"
kvset mem.half_at "$half_at"
kvset mem.half_kb "$half_rss"
kvset mem.growth_kb $((final_rss - early_rss))
kvset mem.growth_second_half_kb $((final_rss - half_rss))
say "  peak (VmHWM) $peak_rss kB; VmRSS after $checkpoints requests: $rss_points MiB; request log $log_lines lines"

# ---- summary ----------------------------------------------------------------------------
yesno() { if awk "BEGIN { exit !($1) }"; then echo met; else echo "NOT met"; fi; }
mib() { calc '%.1f' "$1 / 1024"; }
t_seed=$(yesno "$(kv "seed.ratio") <= 2")
t_big=$(yesno "$(kv "big.ratio") <= 2")
t_http=$(yesno "$(kv "http.c32.ratio") >= 0.5")
t_p99=$(yesno "$(kv "http.c32.qawl.p99_us") < 5000")
t_growth=$(yesno "$(kv "seed.growth.max_rel") <= 1.25")
t_rss=$(yesno "$peak_rss < 65536")
t_leak=$(yesno "$((final_rss - half_rss)) <= 1024")

SUMMARY=$OUT/summary.md
{
  echo "| Measure | qawl | floor | qawl / floor | Target | |"
  echo "| --- | ---: | ---: | ---: | --- | --- |"
  for n in seed big; do
    if [ $n = seed ]; then label="Pipeline, seed ($(kv "seed.bytes") B, 1 article)"; else label="Pipeline, many articles ($(kv "big.bytes") B, $(kv "big.articles") articles)"; fi
    if [ $n = seed ]; then t=$t_seed; else t=$t_big; fi
    echo "| $label: median time | $(calc '%.1f' "$(kv "$n.pipe_us") / 1000") ms | $(calc '%.1f' "$(kv "$n.floor_us") / 1000") ms | **$(kv "$n.ratio")x** | <= 2x | $t |"
    echo "| ... MB/s · words/s · articles/s (one core) | $(kv "$n.pipe_mbps") · $(kv "$n.pipe_wps") · $(kv "$n.pipe_aps") | $(kv "$n.floor_mbps") · $(kv "$n.floor_wps") · $(kv "$n.floor_aps") | | context | |"
  done
  if [ "$(kv seed.ir_ratio)" != n/a ]; then
    echo "| Pipeline, seed: instructions per run (callgrind) | $(calc '%.2f' "$(kv seed.ir_pipe) / 1e6") M | $(calc '%.2f' "$(kv seed.ir_floor) / 1e6") M | **$(kv seed.ir_ratio)x** | <= 2x | $(yesno "$(kv seed.ir_ratio) <= 2") |"
  fi
  for c in $CONNECTIONS; do
    if [ "$c" = 32 ]; then tr_=$t_http; tp_=$t_p99; tt=">= 0.5x"; pt="p99 < 5 ms"; else tr_=""; tp_=""; tt="context"; pt="context"; fi
    echo "| HTTP c=$c: req/s (median of $HTTP_ROUNDS) | $(kv "http.c$c.qawl.rps") | $(kv "http.c$c.echo.rps") | **$(kv "http.c$c.ratio")x** | $tt | $tr_ |"
    echo "| HTTP c=$c: p50 / p99 latency | $(calc '%.2f' "$(kv "http.c$c.qawl.p50_us") / 1000") / $(calc '%.2f' "$(kv "http.c$c.qawl.p99_us") / 1000") ms | $(calc '%.2f' "$(kv "http.c$c.echo.p50_us") / 1000") / $(calc '%.2f' "$(kv "http.c$c.echo.p99_us") / 1000") ms | | $pt | $tp_ |"
  done
  g_last=$(echo "$GROWTH_SIZES" | tr ',' '\n' | tail -1)
  g_pipe="" g_floor=""
  for k in $(echo "$GROWTH_SIZES" | tr ',' ' '); do
    g_pipe="$g_pipe${g_pipe:+ / }$(calc '%.2f' "$(kv "seed.growth.${k}x.pipe_us") / 1000")"
    g_floor="$g_floor${g_floor:+ / }$(calc '%.2f' "$(kv "seed.growth.${k}x.floor_us") / 1000")"
  done
  echo "| Growth: time at $(echo "$GROWTH_SIZES" | tr ',' '/')x the seed | $g_pipe ms | $g_floor ms | | | |"
  echo "| Growth: cost per byte at ${g_last}x vs 1x (exponent) | $(kv "seed.growth.max_rel")x ($(kv "seed.growth.exponent")) | | | linear (<= 1.25x) | $t_growth |"
  echo "| RSS idle · max sampled under load · peak (VmHWM) | $(mib "$idle_rss") · $(mib "$max_rss") · $(mib "$peak_rss") MiB | | | peak < 64 MiB | $t_rss |"
  echo "| RSS after $checkpoints requests | $rss_points MiB | | | | |"
  echo "| RSS growth over the second half ($half_at → $total requests) | $((final_rss - half_rss)) kB | | | no growth (<= 1 MiB) | $t_leak |"
} > "$SUMMARY"

say ""
say "==> summary"
tee -a "$LOG" < "$SUMMARY"

# ---- RESULTS.md -------------------------------------------------------------------------
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=$(git status --porcelain --untracked-files=no -- nlp handlers server config 2>/dev/null | head -1)
[ -n "$dirty" ] && commit="$commit (with uncommitted changes in nlp/handlers/server/config)"
errs_q="" errs_e=""
for c in $CONNECTIONS; do
  errs_q="$errs_q${errs_q:+, }c=$c: $(kv "http.c$c.qawl.errors")"
  errs_e="$errs_e${errs_e:+, }c=$c: $(kv "http.c$c.echo.errors")"
done
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
mem=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
{
  echo "# Benchmark results"
  echo
  echo "Written by \`make bench\` (bench/run.sh); rerun it to bring this file up to date."
  echo
  echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- Commit: $commit"
  echo "- Machine: $cpu, $NCPU online CPUs, $mem RAM, Linux $(uname -r) (shared: absolute times are context, the ratios measured side by side are the figures)"
  echo "- Toolchain: $($CC --version | head -1); ICU $(pkg-config --modversion icu-uc), libmicrohttpd $(pkg-config --modversion libmicrohttpd), jansson $(pkg-config --modversion jansson), $(wrk --version 2>&1 | head -1 | awk '{ print $1, $2 }')"
  echo "- Seed: \`$SEED_NAME\` ($(kv "seed.bytes") bytes, $(kv "seed.words") words; $SEED_NOTE)"
  echo "- Many articles: \`$BIG\`, built at run time from tests/cases/*.txt ($n_cases texts repeated, $(kv "big.articles") articles, $(kv "big.bytes") bytes), one document per article"
  echo "- Knobs: BENCH_SECONDS=$SECONDS_CMP BENCH_HTTP_SECONDS=$HTTP_SECONDS BENCH_HTTP_ROUNDS=$HTTP_ROUNDS BENCH_CONNECTIONS=\"$CONNECTIONS\" BENCH_WRK_THREADS=$WRK_THREADS BENCH_THREADS=$THREADS BENCH_REQUESTS=$REQUESTS"
  echo
  echo "## Summary"
  echo
  cat "$SUMMARY"
  echo
  echo "Targets (issue 5): pipeline at most 2x the NLP floor on the seed and on the many-articles file;"
  echo "annotate at least 0.5x the echo floor's req/s on the seed and p99 under 5 ms at 32 connections;"
  echo "linear growth; peak RSS under 64 MiB under load; no RSS growth over $REQUESTS requests."
  echo
  echo "## What is measured"
  echo
  echo "- **NLP floor** (\`bench/nlp_floor.c\`): \`u_strFromUTF8\` into a kept buffer, then one pass of ICU's"
  echo "  sentence and word BreakIterator (locale ar, opened once, \`ubrk_setText\`). Words are word-break"
  echo "  segments with a letter/number rule status."
  echo "- **Pipeline** (\`bench/pipeline_bench.c\`): model loaded once, one worker; per article a fresh arena,"
  echo "  \`annotate()\`, the compact response as the server writes it (\`render_doc_compact()\`, the same bytes"
  echo "  as \`render_doc()\` + \`json_dumps(JSON_COMPACT)\`, checked on every article by the stages run), everything"
  echo "  freed. Floor and pipeline runs alternate in one process on one core; figures are medians over all"
  echo "  repetitions. The instruction counts (callgrind) are the noise-free view of the same ratio."
  echo "- **HTTP**: \`$QAWL serve --listen 127.0.0.1:0 --threads $THREADS\` (default settings otherwise, request"
  echo "  log on stderr to a file) against \`bench/echo_server.c\`: libmicrohttpd with server/daemon.c's options"
  echo "  (internal poll() threads, ITC, thread pool of $THREADS, connection limit 1024, timeout 30 s) answering"
  echo "  \`{\"text\": body}\` via jansson. wrk POSTs the seed as text/plain (\`bench/post.lua\`), runs alternate"
  echo "  between the servers, medians over $HTTP_ROUNDS rounds; p50/p99 are wrk's latency distribution."
  echo "  Errors (non-2xx or socket) over all measured runs: qawl $errs_q; echo $errs_e."
  echo "  qawl's HTTP answer was byte-identical to \`qawl annotate\`: $same_answer. Request log: $log_lines lines for $total requests."
  echo "- **Growth**: the seed repeated k times (a blank line between copies) as one document."
  echo "- **Memory**: the qawl process of the HTTP runs: VmRSS idle (before any request), VmRSS sampled every"
  echo "  0.2 s during every wrk run against it, then wrk -c128 runs until $REQUESTS requests were served"
  echo "  (counted in its request log); VmHWM at the end; VmRSS after a tenth, a quarter, half, three quarters and"
  echo "  all of the requests. RSS rises while the allocator and libmicrohttpd's per-connection pools warm up to"
  echo "  128 connections, then stays put; a leak would keep rising, so growth is judged over the second half."
  echo
  echo "## Commands"
  echo
  echo '```sh'
  echo "make bench        # = make all, then sh bench/run.sh"
  echo "$PB compare $SEED_SHOW --name seed --seconds $SECONDS_CMP"
  echo "$PB compare $BIG --name big --seconds $SECONDS_CMP"
  echo "$PB stages $SEED_SHOW --name seed --seconds 2"
  echo "$PB stages $BIG --name big --seconds 2 --min-reps 5"
  echo "$PB growth $SEED_SHOW --name seed --sizes $GROWTH_SIZES --seconds $SECONDS_CMP"
  echo "valgrind --tool=callgrind --collect-atstart=no --toggle-collect=pipeline_run --toggle-collect=nlp_floor_run $PB profile $SEED_SHOW --both --iterations 10"
  echo "$QAWL serve --listen 127.0.0.1:0 --threads $THREADS 2> qawl.log &"
  echo "$OUT/echo_server --listen 127.0.0.1:0 --threads $THREADS &"
  echo "BENCH_BODY=$SEED_SHOW wrk -t$WRK_THREADS -c32 -d${HTTP_SECONDS}s -s bench/post.lua http://127.0.0.1:PORT/v1/annotate"
  echo '```'
  echo
  echo "## Details"
  echo
  echo '```'
  grep -v '^==> building' "$LOG" | sed -n '/^==> 1\./,/^==> summary/p' | sed '$d'
  echo '```'
  if [ -f bench/ANALYSIS.md ]; then
    echo
    echo "Where the time goes (callgrind, perf), what the targets need and what was changed for them: bench/ANALYSIS.md."
  fi
} > "$RESULTS"
say ""
say "wrote $RESULTS"
