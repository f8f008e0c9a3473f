#!/bin/sh
# Installs the Debian packages qawl needs, only those missing.
# Used by the Makefile (make deps/run/test) and by the Dockerfile, so both install the same set.
#   install-deps.sh build     compiler-side: headers and pkg-config files
#   install-deps.sh runtime   what the built binary needs at run time
#   install-deps.sh test      build + what the tests drive (curl, python3, clang for sanitizers/fuzzers, wrk)
set -eu

RUNTIME_PKGS="libmicrohttpd12 libjansson4 libicu72 hunspell-ar ca-certificates"
BUILD_PKGS="gcc make pkg-config libmicrohttpd-dev libjansson-dev libicu-dev hunspell-ar"
TEST_PKGS="$BUILD_PKGS curl python3 clang libclang-rt-14-dev valgrind wrk procps"

case "${1:-build}" in
  runtime) want="$RUNTIME_PKGS" ;;
  build)   want="$BUILD_PKGS" ;;
  test)    want="$TEST_PKGS" ;;
  *) echo "usage: $0 build|runtime|test" >&2; exit 2 ;;
esac

missing=""
for p in $want; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
[ -z "$missing" ] && exit 0

echo "installing Debian packages:$missing" >&2
SUDO=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "missing packages:$missing (run as root or install sudo)" >&2; exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
# A fresh machine may have no package lists yet: update only when the first attempt fails.
# shellcheck disable=SC2086
if ! $SUDO apt-get install -y --no-install-recommends $missing >/dev/null 2>&1; then
  $SUDO apt-get update -qq
  $SUDO apt-get install -y --no-install-recommends $missing
fi
