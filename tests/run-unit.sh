#!/bin/sh
# Runs unit test binaries given as arguments; prints one line per binary and exits
# non-zero when any failed. Under QAWL_TEST_VALGRIND=1 each runs under memcheck.
set -u
pass=0; fail=0
for t in "$@"; do
  if [ "${QAWL_TEST_VALGRIND:-0}" = 1 ]; then
    set -- valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite "$t"
  else
    set -- "$t"
  fi
  if "$@"; then
    echo "PASS $(basename "$t")"; pass=$((pass + 1))
  else
    echo "FAIL $(basename "$t") (exit $?)"; fail=$((fail + 1))
  fi
done
echo "unit: $pass passed, $fail failed"
[ "$fail" = 0 ]
