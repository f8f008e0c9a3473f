/*
 * nlp_fixture.h — a loaded model and a one-call annotate for the nlp unit tests.
 * Lexicons come from config/lexicons (the tests run from the repository root).
 */
#ifndef QAWL_NLP_FIXTURE_H
#define QAWL_NLP_FIXTURE_H

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nlp/arena.h"
#include "nlp/doc.h"
#include "nlp/lexicon.h"
#include "nlp/pipeline.h"

static struct model *fx_model;
static struct worker *fx_worker;
static struct arena *fx_arena;

static inline void fx_setup(void)
{
    char err[512];
    struct model_options mo = {"config/lexicons", "/usr/share/hunspell/ar.dic"};
    fx_model = model_load(&mo, err, sizeof err);
    if (!fx_model) {
        fprintf(stderr, "cannot load the model: %s\n", err);
        exit(2);
    }
    fx_worker = worker_new(fx_model, err, sizeof err);
    if (!fx_worker) {
        fprintf(stderr, "cannot create a worker: %s\n", err);
        exit(2);
    }
}

/* A test case's text, NUL-terminated, up to 1 MiB (the caller frees it), or NULL. */
static inline char *fx_read_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = malloc(1 << 20);
    size_t n = buf ? fread(buf, 1, (1 << 20) - 1, f) : 0;
    fclose(f);
    if (buf)
        buf[n] = 0;
    return buf;
}

static inline void fx_teardown(void)
{
    arena_free(fx_arena);
    fx_arena = NULL;
    worker_free(fx_worker);
    model_free(fx_model);
}

/* Annotates s[0..n), which may hold NUL; the document lives until the next call (which
 * frees it: read a document before annotating the next one). */
static inline struct doc *fx_annotate_bytes(const char *s, size_t n)
{
    arena_free(fx_arena);
    fx_arena = arena_new(64u << 20);
    struct annotate_input in = {s, n, LANG_AUTO};
    struct doc *d = NULL;
    struct annotate_error err;
    if (annotate(fx_worker, fx_arena, &in, &d, &err) != 0) {
        fprintf(stderr, "annotate failed: %s\n", err.detail);
        return NULL;
    }
    return d;
}

/* Annotates s (NUL-terminated), as fx_annotate_bytes. */
static inline struct doc *fx_annotate(const char *s)
{
    return fx_annotate_bytes(s, strlen(s));
}

/* Calls fn on the document of every .txt file in tests/cases; returns how many were read, or
 * -1 when the folder cannot be opened. A text that cannot be read or annotated passes
 * NULL, for the caller to count as a failure. */
static inline int fx_each_case(void (*fn)(const struct doc *d, const char *name, const void *ctx), const void *ctx)
{
    DIR *dir = opendir("tests/cases");
    if (!dir)
        return -1;
    int docs = 0;
    for (struct dirent *de; (de = readdir(dir)) != NULL;) {
        size_t n = strlen(de->d_name);
        if (n < 5 || strcmp(de->d_name + n - 4, ".txt"))
            continue;
        char path[512];
        snprintf(path, sizeof path, "tests/cases/%s", de->d_name);
        char *text = fx_read_file(path);
        fn(text ? fx_annotate(text) : NULL, de->d_name, ctx);
        free(text);
        docs++;
    }
    closedir(dir);
    return docs;
}

/* The UTF-8 text of a span of d, in a static buffer. */
static inline const char *fx_text(const struct doc *d, struct span s)
{
    static char buf[4096];
    size_t len;
    const char *p = doc_span_utf8(d, s, &len);
    if (len >= sizeof buf)
        len = sizeof buf - 1;
    memcpy(buf, p, len);
    buf[len] = 0;
    return buf;
}

/* The first quote whose content starts with `prefix`, or NULL. */
static inline const struct quote *fx_quote(const struct doc *d, const char *prefix)
{
    for (int32_t i = 0; i < d->n_quotes; i++)
        if (!strncmp(fx_text(d, d->quotes[i].content), prefix, strlen(prefix)))
            return &d->quotes[i];
    return NULL;
}

/* The entity named `name`, or NULL. */
static inline const struct entity *fx_entity(const struct doc *d, const char *name)
{
    for (int32_t i = 0; i < d->n_entities; i++)
        if (!strcmp(d->entities[i].name, name))
            return &d->entities[i];
    return NULL;
}

#endif
