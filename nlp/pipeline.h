/*
 * pipeline.h — the one entry point from text to document, shared by the HTTP handler
 * and the `qawl annotate` command.
 *
 * Three objects, three lifetimes:
 *   struct model   read-only lexicons and tables, loaded once at start-up, shared by
 *                  every thread;
 *   struct worker  per-thread scratch that is costly to create (ICU break iterators),
 *                  reused from request to request, never shared between threads;
 *   struct doc     one request's result, allocated entirely in that request's arena.
 * nlp/ knows nothing about HTTP.
 */
#ifndef QAWL_PIPELINE_H
#define QAWL_PIPELINE_H

#include <stddef.h>

#include "nlp/text.h"

struct arena;
struct doc;
struct model;
struct worker;

enum lang { LANG_AUTO = 0, LANG_AR, LANG_EN };

/* "auto", "ar", "en"; parse returns 0 or -1. */
const char *lang_name(enum lang lang);
int lang_parse(const char *name, enum lang *lang);

struct model_options {
    const char *lexicon_dir;   /* directory holding the lexicon data files (config/lexicons) */
    const char *wordlist;      /* hunspell .dic used as the common-word list; NULL or "" = none */
};

/* Loads every lexicon. Returns NULL and writes a one-line reason naming the file and
 * line into err[0..errlen) when something is missing or malformed. The caller owns the
 * model; release with model_free() after every worker is gone. */
struct model *model_load(const struct model_options *opts, char *err, size_t errlen);
void model_free(struct model *m);

/* Summary counts for /v1/info and start-up logs. */
struct model_stats {
    size_t lexicon_entries;
    size_t common_words;
    size_t knowledge_entries;
    size_t reporting_verbs;
};
void model_get_stats(const struct model *m, struct model_stats *out);

/* Per-thread scratch. Returns NULL on failure (with a reason in err). Caller owns it. */
struct worker *worker_new(const struct model *m, char *err, size_t errlen);
void worker_free(struct worker *w);

enum annotate_status {
    ANNOTATE_OK = 0,
    ANNOTATE_INVALID_UTF8,  /* err.byte_offset and err.detail say where and why */
    ANNOTATE_EMPTY,         /* nothing but whitespace and invisible marks */
    ANNOTATE_NO_MEMORY,     /* the arena's limit was reached: the text is too costly */
    ANNOTATE_TOO_LONG,      /* longer than the pipeline can index */
};

struct annotate_error {
    enum annotate_status status;
    size_t byte_offset;
    char detail[160];
};

struct annotate_input {
    const char *text;        /* UTF-8 as submitted; borrowed, must outlive the doc */
    size_t len;
    enum lang lang;          /* LANG_AUTO: detected from the script */
};

/* Runs every stage. On success *out is a document owned by `a` and 0 is returned;
 * otherwise -1 and `err` says why. Thread-safe as long as each thread has its own
 * worker and arena. */
int annotate(struct worker *w, struct arena *a, const struct annotate_input *in,
             struct doc **out, struct annotate_error *err);

#endif
