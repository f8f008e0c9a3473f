#!/bin/sh
# Quality floors: annotates every gold article with the CLI and scores it with the same
# metric as the project's evaluation (tests/quality/score.py). Fails the build when the
# who-said-what F1 or the entity F1 drops under its floor.
#   tests/quality/run.sh BUILD_DIR
# Our own articles (tests/cases) always; the seed and the development articles of
# ../shared/corpus when that folder exists beside the checkout (skipped otherwise).
set -u
BUILD="${1:-build}"
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT" || exit 2
case "$BUILD" in /*) ;; *) BUILD="$ROOT/$BUILD" ;; esac
QAWL="$BUILD/qawl"
[ -x "$QAWL" ] || { echo "quality: $QAWL missing" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT INT TERM

# Runs the CLI under valgrind when the suite does, like the integration tests.
run_cli() {
  if [ "${QAWL_TEST_VALGRIND:-0}" = 1 ]; then
    valgrind -q --error-exitcode=99 --leak-check=full "$QAWL" annotate "$@"
  else
    "$QAWL" annotate "$@"
  fi
}

# score NAME MIN_WSW MIN_ENTITY GOLD...
score() {
  name=$1 min_wsw=$2 min_ent=$3
  shift 3
  preds=""
  # every article's text in one interpreter: a python start per file cost more than the
  # annotation itself on two thousand articles
  python3 - "$WORK/$name" "$@" <<'PY' || return 1
import json, os, sys
for i, path in enumerate(sys.argv[2:], 1):
    g = json.load(open(path, encoding='utf-8'))
    text = g['text'] if 'text' in g else open(os.path.join(os.path.dirname(path), g['text_file']), encoding='utf-8').read()
    open('%s-%d.txt' % (sys.argv[1], i), 'w', encoding='utf-8').write(text)
PY
  i=0
  for g in "$@"; do
    i=$((i + 1))
    txt="$WORK/$name-$i.txt"
    run_cli "$txt" > "$WORK/$name-$i.json" || { echo "quality: annotate failed on $g" >&2; return 1; }
    preds="$preds --pred $WORK/$name-$i.json"
  done
  echo "-- $name ($# articles; floors: who-said-what F1 >= $min_wsw, entities F1 >= $min_ent)"
  # shellcheck disable=SC2086
  python3 tests/quality/score.py "$@" $preds --min-wsw "$min_wsw" --min-entity "$min_ent" | grep -E '^TOTAL|floor'
}

status=0
python3 tests/quality/test_score.py >/dev/null 2>&1 || { echo "quality: scorer self-test failed" >&2; status=1; }
python3 tests/quality/check_gold.py tests/cases/*.gold.json >/dev/null || { echo "quality: gold files invalid" >&2; status=1; }

# ar-01..16 were written first and the rules were developed against them; ar-17 and later
# were written blind (by someone who never ran qawl), in batches scored before any rule
# looked at them (first sight: 0.570, 0.764, 0.763, 0.781, 0.822, 0.738, 0.835, 0.812, 0.773, 0.813, 0.744, 0.831, 0.817, 0.571, 0.642, 0.600, 0.553, 0.610, 0.669, 0.669, 0.709, 0.633, 0.702, 0.748, 0.739, 0.862, 0.871, 0.825, 0.780, 0.793, 0.857, 0.760, 0.775, 0.817, 0.820, 0.793, 0.621, 0.846, 0.680, 0.711, 0.867, 0.751, 0.758, 0.730, 0.784, 0.772, 0.688, 0.769, 0.756, 0.732, 0.845, 0.792, 0.715, 0.799, 0.750, 0.805, 0.849, 0.828, 0.824, 0.891, 0.874, 0.800, 0.910, 0.865, 0.807, 0.838, 0.867, 0.800, 0.907, 0.961, 0.915, 0.895, 0.825, 0.878, 0.894, 0.797, 0.834, 0.884, 0.875, 0.885, 0.906, 0.874, 0.910, 0.894, 0.948, 0.915, 0.908, 0.851, 0.910, 0.853, 0.902, 0.922, 0.898, 0.924, 0.871, 0.957, 0.909, 0.930, 0.883, 0.852, 0.871, 0.830, 0.885, 0.890, 0.887, 0.885, 0.885, 0.925, 0.852, 0.848, 0.900, 0.974, 0.880, 0.917, 0.902, 0.878, 0.905, 0.881, 0.886, 0.911, 0.944, 0.852, 0.931, 0.900, 0.902, 0.914, 0.782, 0.879, 0.852, 0.935, 0.882, 0.905, 0.817, 0.883, 0.807, 0.821, 0.891, 0.876, 0.888, 0.913, 0.851, 0.847, 0.783, 0.795, 0.922, 0.762, 0.810, 0.931, 0.803, 0.776, 0.725, 0.882, 0.949, 0.881, 0.774, 0.823, 0.864, 0.751, 0.887, 0.811, 0.858, 0.893, 0.802, 0.820, 0.964, 0.880, 0.772, 0.867, 0.862, 0.808, 0.828, 0.815, 0.726, 0.765, 0.897, 0.702, 0.958, 0.765, 0.813, 0.653, 0.831, 0.910, 0.831, 0.848, 0.926, 0.837, 0.823, 0.689, 0.824, 0.957, 0.932, 0.825, 0.961, 0.905, 0.986, 0.835, 0.931, 0.944, 0.922, 0.970, 0.868, 0.904, 0.943, 0.934, 0.849, 0.832, 0.932, 0.829, 0.959, 0.878, 0.923, 0.933, 0.962, 0.914, 0.857, 0.887, 0.904, 0.896, 0.911, 0.921, 0.956, 0.922, 0.754, 0.951, 0.667, 0.927, 0.899, 0.826, 0.922, 0.859, 0.944, 0.964, 0.927, 0.901, 0.968, 0.870, 0.946, 0.909, 0.912, 0.828, 0.962, 0.917, 0.917, 0.846, 0.876, 0.980, 0.913, 0.756, 0.698, 0.796, 0.914, 0.800, 0.941, 0.746, 0.909, 0.952, 0.838, 0.983, 0.991, 0.966, 0.920, 0.916, 0.923, 0.923, 0.889, 0.915, 0.867, 0.870, 0.855, 0.796, 0.955, 0.917, 0.848, 0.917, 0.982, 0.763, 0.904, 0.920, 0.804, 0.829, 0.911, 0.862, 0.939, 0.891, 0.982, 0.796, 0.920, 0.992, 0.905, 0.929, 0.808, 0.958, 0.836, 0.885, 0.819, 0.879, 0.949, 0.767, 0.937, 0.917, 0.937, 0.941, 0.983, 0.912, 0.950, 0.852, 0.947, 0.887, 0.757, 0.860, 0.950, 0.914, 0.800, 0.974, 0.932, 0.887, 0.873, 0.983, 0.952, 0.638, 0.889, 0.965, 0.964, 0.991, 0.906, 0.934, 0.919, 0.950, 0.920, 0.927, 0.905, 0.869, 0.832, 0.931, 0.894, 0.906, 0.897, 0.920, 0.785, 0.883, 0.870, 0.908, 0.983, 1.000, 0.960, 0.901, 0.982, 0.971, 0.914, 0.940, 0.852, 0.962, 0.942, 0.860, 0.942, 0.927, 0.975, 0.940, 0.931, 0.946, 0.904, 0.912, 0.929, 0.946, 0.991, 0.962, 0.723, 0.880, 0.953, 0.984, 0.857, 1.000, 1.000, 0.983, 0.850, 0.885, 0.862, 0.991, 0.887, 0.974, 0.914, 0.893, 0.946, 0.899, 0.914, 0.877, 0.955, 0.974, 0.807, 0.911, 0.821, 0.855, 0.937, 0.930, 0.916, 0.974, 0.991, 0.946, 0.982, 0.939, 0.975, 0.954, 0.959, 0.933, 0.973, 0.870, 0.906, 0.897, 0.990, 0.962, 0.976, 0.893, 0.954, 0.876, 0.991, 0.855, 0.974, 1.000, 0.938, 1.000, 0.991, 0.893, 0.952, 0.982, 0.974, 0.938, 0.860, 1.000, 0.893, 0.938, 0.982, 0.804, 0.964, 0.709, 0.895, 0.944, 0.914, 0.975, 0.957, 0.889, 0.908, 0.923, 0.911, 0.973, 0.949, 0.829, 0.906, 0.862, 0.952, 0.936, 0.962, 0.935, 0.983, 0.983, 0.972, 0.957, 0.807, 0.865, 0.964, 0.982, 0.875, 0.873, 0.952, 0.873, 0.769, 0.941, 0.947, 0.974, 0.913, 0.982, 0.991, 0.984, 0.990, 0.909, 0.947, 0.924, 0.968, 0.905, 0.959, 0.953, 0.893, 0.863, 0.899, 0.833, 0.942, 0.867, 0.956, 0.917, 0.952, 0.860, 0.955, 0.902, 0.918, 0.980, 0.946, 0.891, 0.911, 0.939, 0.874, 0.930, 0.967, 0.891, 0.992, 1.000, 0.974, 0.933, 0.895, 0.667, 0.816, 0.786, 0.922, 0.720, 0.775, 0.885, 0.752, 0.750, 0.909, 0.913, 0.800, 0.903, 0.860, 0.839, 0.789, 0.919, 0.977, 0.911, 0.867, 0.878, 0.783, 0.807, 0.754, 0.943, 0.889, 0.732, 0.901, 0.926, 0.847, 0.824, 0.927, 0.932, 0.917, 0.908, 0.932, 0.855, 0.926, 0.976, 0.918, 0.857, 0.908, 0.869, 0.776, 0.945, 0.959, 0.814, 0.544, 0.950, 0.920, 0.776, 0.946, 0.825, 0.800, 0.927, 0.953, 0.946, 0.824, 0.783, 0.893, 0.883, 0.881, 0.955, 0.887, 0.877, 0.790, 0.929, 0.797, 0.935, 0.916, 0.936, 0.828, 0.869, 0.876, 0.857, 0.857, 0.933, 0.850, 0.946, 0.881, 0.869, 0.977, 0.631, 0.959, 0.885, 0.901, 0.930, 0.862, 0.778, 0.937, 0.887, 0.955, 0.853, 0.828, 0.928, 0.948, 0.860, 0.876, 0.953, 0.706, 0.848, 0.829, 0.897, 0.678, 0.918, 0.923, 0.832, 0.903, 0.857, 0.935, 0.800, 0.759, 0.779, 0.809, 0.906, 0.867, 0.921, 0.957, 0.789, 0.891, 0.818, 0.850, 0.952, 0.968, 0.931, 0.929, 0.944, 0.785, 0.885, 0.902, 0.872, 0.911, 0.932, 0.894, 0.901, 0.776, 0.872, 0.903, 0.903, 0.922, 0.855, 0.924, 0.859, 0.934, 0.761, 0.800, 0.929, 0.884, 0.947, 0.930, 0.870, 0.983, 0.934, 0.897, 0.843, 0.899, 0.927, 0.927, 0.937, 0.895, 0.935, 0.942, 0.891, 0.867, 0.817, 0.958, 0.974, 0.935, 0.906, 0.966, 0.951, 0.853, 0.968, 0.948, 0.883, 0.929, 0.958, 0.974, 0.947, 0.938, 0.870, 0.903, 0.983, 0.936, 0.951, 0.867, 0.923, 0.992, 0.951, 0.961, 0.967, 0.909, 0.909, 0.882, 0.943, 0.902, 0.949, 0.921, 0.965, 0.929, 0.825, 0.932, 0.966, 0.982, 0.992, 0.962, 0.933, 0.984, 0.921, 0.946, 0.944, 0.967, 0.976, 0.909, 0.909, 0.937, 0.963, 0.951, 0.967, 0.975, 0.930, 0.975, 0.949, 0.973, 0.820, 0.939, 0.962, 0.974, 0.885, 0.984, 0.963, 0.918, 0.811, 0.973, 0.950, 0.915, 0.929, 0.957, 0.991, 0.967, 0.950, 0.912, 0.850, 0.984, 0.944, 0.966, 0.862, 0.966, 0.919, 1.000, 0.983, 0.982, 0.957, 0.974, 0.926, 0.942, 0.982, 0.942, 0.870, 0.949, 0.898, 0.964, 0.932, 0.922, 0.915, 0.958 and 0.983 (the last five hundred and ninety-eight half batches: ar-1757 … ar-1766, then ar-1752 … ar-1756 and ar-1767 … ar-1781, then ar-1782 … ar-4741; the last hundred batches: the story's own coverage) who-said-what F1, README "Quality").
# They have been worked on since, so their floor sits a little under today's score to
# catch regressions; the first-sight figures are the honest ones for unseen articles.
score cases-ar 0.95 0.92 tests/cases/ar-0*.gold.json tests/cases/ar-1[0-6]-*.gold.json || status=1
set -- tests/cases/ar-1[7-9]-*.gold.json tests/cases/ar-[2-9][0-9]-*.gold.json tests/cases/ar-[1-9][0-9][0-9]-*.gold.json \
  tests/cases/ar-[1-9][0-9][0-9][0-9]-*.gold.json
blind=""
for g in "$@"; do [ -f "$g" ] && blind="$blind $g"; done
# shellcheck disable=SC2086
# (0.87 since ar-187 … ar-196: batches of article types new to qawl — talk shows,
# columns, court hearings, round-ups, fact-checks, timelines, strikes — brought the whole
# blind set from 0.90 to 0.88; the floor sits just under it to catch regressions)
[ -n "$blind" ] && { score cases-ar-blind 0.87 0.85 $blind || status=1; }
score cases-en 0.90 0.90 tests/cases/en-*.gold.json || status=1

SHARED="$ROOT/../shared/corpus"
if [ -d "$SHARED" ]; then
  score seed 0.95 0.90 "$SHARED"/*.gold.json || status=1
  score dev-ar 0.96 0.95 "$SHARED"/dev/dev-ar-*.json || status=1
  score dev-en 0.88 0.88 "$SHARED"/dev/dev-en-*.json || status=1
else
  echo "-- ../shared/corpus not found: seed and development articles skipped"
fi
exit $status
