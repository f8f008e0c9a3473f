# qawl — who said what, as a service.
#   make          build build/qawl
#   make run      install missing Debian packages, build, serve on 127.0.0.1:8080
#   make test     the same set-up, then every test (unit, integration, quality, fuzz smoke)
#   make asan     the whole test suite under AddressSanitizer + UBSan (clang)
#   make valgrind the whole test suite with the server under valgrind memcheck
#   make fuzz     each libFuzzer driver for FUZZ_SECONDS (default 60)
#   make bench    the benchmark suite (bench/RESULTS.md)

CC       ?= cc
BUILD    ?= build
VERSION  := 0.1.0
PKGS     := libmicrohttpd jansson icu-uc icu-i18n

# Project-only flags live in QAWL_CFLAGS so CFLAGS stays the user's.
WARN     := -Wall -Wextra -Werror -Wstrict-prototypes -Wmissing-prototypes -Wshadow \
            -Wpointer-arith -Wcast-qual -Wsign-compare -Wformat=2 -Wvla -Wno-unused-parameter
HARDEN   := -fstack-protector-strong -D_FORTIFY_SOURCE=2 -fPIE
CFLAGS   ?= -O2 -g
QAWL_CFLAGS = -std=c11 -D_GNU_SOURCE $(WARN) $(HARDEN) -I. \
              -DQAWL_VERSION='"$(VERSION)"' $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
LDFLAGS  ?=
QAWL_LDFLAGS = -pie -Wl,-z,relro -Wl,-z,now
LIBS     = $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lpthread -lm

NLP_SRC     := $(sort $(wildcard nlp/*.c))
SERVER_SRC  := $(sort $(wildcard server/*.c handlers/*.c))
NLP_OBJ     := $(NLP_SRC:%.c=$(BUILD)/%.o)
SERVER_OBJ  := $(SERVER_SRC:%.c=$(BUILD)/%.o)
UNIT_SRC    := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BIN    := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)

.PHONY: all deps test-deps run test unit asan valgrind fuzz fuzz-smoke bench clean

all: $(BUILD)/qawl

deps:
	@sh scripts/install-deps.sh build

test-deps:
	@sh scripts/install-deps.sh test

# Installing is a prerequisite of compiling only through the top-level targets, so a
# plain `make` on a machine that already has everything never calls apt.
$(BUILD)/qawl: $(NLP_OBJ) $(SERVER_OBJ)
	$(CC) $(CFLAGS) $(QAWL_LDFLAGS) $(LDFLAGS) -o $@ $^ $(LIBS)

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(QAWL_CFLAGS) -MMD -MP -c -o $@ $<

# meta.c embeds the OpenAPI document with .incbin, which -MMD does not see.
$(BUILD)/handlers/meta.o: handlers/openapi.json

$(BUILD)/tests/%: tests/unit/%.c $(NLP_OBJ) $(filter-out $(BUILD)/server/main.o,$(SERVER_OBJ))
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(QAWL_CFLAGS) $(QAWL_LDFLAGS) $(LDFLAGS) -o $@ $^ $(LIBS)

run: deps
	@$(MAKE) --no-print-directory all
	$(BUILD)/qawl serve --config config/qawl.conf --listen 127.0.0.1:8080

unit: $(UNIT_BIN)
	@sh tests/run-unit.sh $(UNIT_BIN)

test: test-deps
	@$(MAKE) --no-print-directory all unit-bins
	@sh tests/run.sh $(BUILD)

unit-bins: $(UNIT_BIN)

# Sanitizer and valgrind runs rebuild into their own directories and run the same suite.
asan: test-deps
	@$(MAKE) --no-print-directory BUILD=build-asan CC=clang \
	  CFLAGS="-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all" \
	  HARDEN="-fPIE" all unit-bins
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  QAWL_TEST_SANITIZER=asan sh tests/run.sh build-asan

valgrind: test-deps
	@$(MAKE) --no-print-directory BUILD=build-valgrind CFLAGS="-O1 -g" all unit-bins
	@QAWL_TEST_VALGRIND=1 sh tests/run.sh build-valgrind

FUZZ_SECONDS ?= 60
fuzz: test-deps
	@sh fuzz/run.sh $(FUZZ_SECONDS)

fuzz-smoke: test-deps
	@sh fuzz/run.sh 10

bench: test-deps
	@$(MAKE) --no-print-directory all
	@sh bench/run.sh

clean:
	rm -rf build build-asan build-valgrind build-fuzz build-bench

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
