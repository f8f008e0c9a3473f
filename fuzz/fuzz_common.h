/*
 * fuzz_common.h — what the libFuzzer drivers share: the model and one worker, loaded
 * once per process in LLVMFuzzerInitialize from the lexicons the server uses.
 *
 * The lexicon directory and word list come from QAWL_LEXICON_DIR and QAWL_WORDLIST
 * (default config/lexicons and the hunspell Arabic list, as the server's defaults);
 * fuzz/run.sh runs the drivers from the repository root. Both objects live until the
 * process exits: they are not leaks, libFuzzer checks leaks per input.
 */
#ifndef QAWL_FUZZ_COMMON_H
#define QAWL_FUZZ_COMMON_H

#include <stdio.h>
#include <stdlib.h>

#include "nlp/pipeline.h"

static struct model *fuzz_model;
static struct worker *fuzz_worker;

static void fuzz_load_model(void)
{
    char err[512];
    const char *dir = getenv("QAWL_LEXICON_DIR");
    const char *wordlist = getenv("QAWL_WORDLIST");
    struct model_options mo = {dir && *dir ? dir : "config/lexicons",
                               wordlist ? wordlist : "/usr/share/hunspell/ar.dic"};
    fuzz_model = model_load(&mo, err, sizeof err);
    if (!fuzz_model) {
        fprintf(stderr, "fuzz: cannot load the model: %s\n", err);
        exit(2);
    }
    fuzz_worker = worker_new(fuzz_model, err, sizeof err);
    if (!fuzz_worker) {
        fprintf(stderr, "fuzz: cannot create a worker: %s\n", err);
        exit(2);
    }
}

#endif
