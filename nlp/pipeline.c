/*
 * pipeline.c — the model, the per-thread worker, and the order of the stages.
 */
#include "nlp/pipeline.h"

#include "nlp/arena.h"
#include "nlp/attribution.h"
#include "nlp/doc.h"
#include "nlp/entities.h"
#include "nlp/lexicon.h"
#include "nlp/quotes.h"
#include "nlp/sentences.h"
#include "nlp/tokens.h"
#include "nlp/topics.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>

struct model {
    struct lexicon lex;
};

struct worker {
    const struct model *model;
    UBreakIterator *sent_ar, *sent_en;
    UBreakIterator *word;
};

static const char *const lang_names[] = {"auto", "ar", "en"};

const char *lang_name(enum lang lang)
{
    return lang_names[lang];
}

int lang_parse(const char *name, enum lang *lang)
{
    for (int i = 0; i < 3; i++) {
        if (strcmp(name, lang_names[i]) == 0) {
            *lang = (enum lang)i;
            return 0;
        }
    }
    return -1;
}

struct model *model_load(const struct model_options *opts, char *err, size_t errlen)
{
    struct model *m = calloc(1, sizeof *m);
    if (!m) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    if (lexicon_load(&m->lex, opts->lexicon_dir, opts->wordlist, err, errlen) != 0) {
        lexicon_release(&m->lex);
        free(m);
        return NULL;
    }
    return m;
}

void model_free(struct model *m)
{
    if (!m)
        return;
    lexicon_release(&m->lex);
    free(m);
}

void model_get_stats(const struct model *m, struct model_stats *out)
{
    out->lexicon_entries = m->lex.n_entries;
    out->common_words = m->lex.common ? strtab_count(m->lex.common) : 0;
    out->knowledge_entries = m->lex.n_kb;
    out->reporting_verbs = m->lex.n_verbs;
}

struct worker *worker_new(const struct model *m, char *err, size_t errlen)
{
    struct worker *w = calloc(1, sizeof *w);
    if (!w) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    w->model = m;
    UErrorCode st = U_ZERO_ERROR;
    w->sent_ar = ubrk_open(UBRK_SENTENCE, "ar", NULL, 0, &st);
    /* "ss=standard" suppresses breaks after English abbreviations such as "Mr." */
    w->sent_en = ubrk_open(UBRK_SENTENCE, "en@ss=standard", NULL, 0, &st);
    w->word = ubrk_open(UBRK_WORD, "ar", NULL, 0, &st);
    if (U_FAILURE(st)) {
        snprintf(err, errlen, "cannot open ICU break iterators: %s", u_errorName(st));
        worker_free(w);
        return NULL;
    }
    return w;
}

void worker_free(struct worker *w)
{
    if (!w)
        return;
    if (w->sent_ar)
        ubrk_close(w->sent_ar);
    if (w->sent_en)
        ubrk_close(w->sent_en);
    if (w->word)
        ubrk_close(w->word);
    free(w);
}

/* Arabic unless Latin letters outnumber Arabic ones. */
static enum lang detect_lang(const struct text *t)
{
    const uint8_t *cls = t->cls;
    int32_t n = t->len, i = 0;
    int64_t ar = 0, lat = 0; /* in units of the class bit */
    /* Eight class bytes at a time: masked, each byte is the bit or 0, and multiplying
     * by `ones` adds the eight bytes (at most 8 * TEXT_LATIN) into the top one. */
    const uint64_t ones = UINT64_C(0x0101010101010101);
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, cls + i, sizeof w);
        ar += (int64_t)(((w & ones * TEXT_ARABIC) * ones) >> 56);
        lat += (int64_t)(((w & ones * TEXT_LATIN) * ones) >> 56);
    }
    for (; i < n; i++) {
        ar += cls[i] & TEXT_ARABIC;
        lat += cls[i] & TEXT_LATIN;
    }
    return ar / TEXT_ARABIC >= lat / TEXT_LATIN ? LANG_AR : LANG_EN;
}

static int set_error(struct annotate_error *err, enum annotate_status st, const char *detail)
{
    err->status = st;
    snprintf(err->detail, sizeof err->detail, "%s", detail);
    return -1;
}

int annotate(struct worker *w, struct arena *a, const struct annotate_input *in,
             struct doc **out, struct annotate_error *err)
{
    memset(err, 0, sizeof *err);
    *out = NULL;
    struct doc *d = arena_alloc(a, sizeof *d);
    if (!d)
        return set_error(err, ANNOTATE_NO_MEMORY, "the per-request memory limit was reached");
    d->model = w->model;
    struct text_error te = {0, NULL};
    switch (text_init(&d->text, a, in->text, in->len, &te)) {
    case TEXT_OK:
        break;
    case TEXT_INVALID_UTF8:
        err->byte_offset = te.byte_offset;
        err->status = ANNOTATE_INVALID_UTF8;
        snprintf(err->detail, sizeof err->detail, "invalid UTF-8 at byte %zu: %s", te.byte_offset, te.reason);
        return -1;
    case TEXT_TOO_LONG:
        return set_error(err, ANNOTATE_TOO_LONG, "the text is longer than qawl can index");
    default:
        return set_error(err, ANNOTATE_NO_MEMORY, "the per-request memory limit was reached");
    }
    int32_t visible = 0;
    for (int32_t i = 0; i < d->text.len && !visible; i++)
        visible = !(d->text.cls[i] & TEXT_INVISIBLE);
    if (!visible)
        return set_error(err, ANNOTATE_EMPTY, "the text is empty or only whitespace");

    d->lang = in->lang == LANG_AUTO ? detect_lang(&d->text) : in->lang;
    const struct lexicon *lx = &w->model->lex;
    UBreakIterator *sent = d->lang == LANG_EN ? w->sent_en : w->sent_ar;
    if (sentences_split(d, a, sent) != 0 || tokens_split(d, a, w->word) != 0 || tokens_tag(d, a, lx) != 0)
        goto failed;
    if (entities_find(d, a, lx) != 0 || quotes_find(d, a, lx) != 0 ||
        attribution_resolve(d, a, lx) != 0)
        goto failed;
    topics_assign(d, lx);
    if (arena_failed(a))
        goto failed;
    *out = d;
    return 0;
failed:
    if (arena_failed(a))
        return set_error(err, ANNOTATE_NO_MEMORY, "the per-request memory limit was reached");
    return set_error(err, ANNOTATE_NO_MEMORY, "text segmentation failed");
}

const struct lexicon *model_lexicon(const struct model *m)
{
    return &m->lex;
}
