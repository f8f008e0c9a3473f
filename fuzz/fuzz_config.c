/*
 * fuzz_config.c — a config file → config_load_stream() over the defaults → config_free().
 *
 * The bytes are read as the file given to --config (through fmemopen, so no file is
 * written). Every line goes through the same table and value parsers as flags and the
 * environment: sizes, durations, listen addresses, CIDR lists, origins, enums, API keys.
 * A refusal must come with a message; an accepted file must leave a configuration
 * within each setting's bounds.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "server/config.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    FILE *f = fmemopen((void *)(uintptr_t)data, size, "r");
    if (!f)
        return 0;
    struct config c;
    char err[512] = "";
    if (config_defaults(&c, err, sizeof err) != 0)
        abort();
    err[0] = 0;
    if (config_load_stream(&c, f, "fuzz.conf", err, sizeof err) != 0) {
        if (!err[0])
            abort();
    } else {
        for (size_t i = 0; i < config_n_settings; i++) {
            const struct setting *s = &config_settings[i];
            if (s->type != SET_INT && s->type != SET_SIZE && s->type != SET_SECONDS)
                continue;
            int64_t v = *(const int64_t *)(const void *)((const char *)&c + s->offset);
            if (v < s->min || v > s->max) {
                fprintf(stderr, "fuzz_config: %s = %lld outside [%lld, %lld]\n", s->name, (long long)v,
                        (long long)s->min, (long long)s->max);
                abort();
            }
        }
        if (!c.lexicon_dir || !*c.lexicon_dir || !c.wordlist)
            abort();
    }
    fclose(f);
    config_free(&c);
    return 0;
}
