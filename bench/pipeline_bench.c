/*
 * pipeline_bench.c — qawl's pipeline against the NLP floor, in one process, one thread.
 *
 * The model is loaded and the worker created once; each pipeline run is what one
 * request costs the NLP side: a fresh arena, annotate(), the compact response as the
 * server writes it (render_doc_compact(), or with --jansson render_doc()'s tree and
 * json_dumps(), the reference it must equal), then everything freed. Floor and pipeline runs alternate (floor, pipeline, floor,
 * pipeline, ...) so both see the same machine at the same moment, and medians are
 * reported: on a shared machine only the ratio means much.
 *
 *   pipeline_bench compare FILE   floor vs pipeline: ratio, MB/s, words/s, articles/s
 *   pipeline_bench stages FILE    time per pipeline stage, through the public stage headers
 *   pipeline_bench growth FILE    1x, 2x, 4x ... concatenations of FILE's first article
 *   pipeline_bench profile FILE   the pipeline only, --iterations times (for callgrind/perf)
 *
 * FILE may hold several articles separated by a form feed line ("\f\n"); each article is
 * one document, as each would be one request.
 */
#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unicode/ubrk.h>

#include "bench/nlp_floor.h"
#include "nlp/arena.h"
#include "nlp/attribution.h"
#include "nlp/doc.h"
#include "nlp/entities.h"
#include "nlp/lexicon.h"
#include "nlp/pipeline.h"
#include "nlp/quotes.h"
#include "nlp/render.h"
#include "nlp/sentences.h"
#include "nlp/tokens.h"
#include "nlp/topics.h"

#define ARENA_LIMIT ((size_t)256 << 20) /* the server's default request_memory_limit */

struct opts {
    const char *mode, *file, *name, *kv, *lexicon_dir, *wordlist, *sizes;
    double seconds;
    long min_reps, max_reps, iterations;
    int floor_only, both, jansson;
};

struct article {
    const char *text;
    size_t len;
};

struct bench {
    struct opts o;
    char *data;
    size_t data_len;
    struct article *arts;
    size_t n_arts;
    size_t bytes;           /* sum of the articles' lengths */
    long words;             /* ICU word segments, counted by the floor */
    struct model *model;
    struct worker *worker;
    struct nlp_floor *floor;
    /* the stage mode's own iterators, opened like pipeline.c's worker_new() */
    UBreakIterator *sent_ar, *sent_en, *word;
    FILE *kv;
};

/* ---- small utilities ---- */

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

__attribute__((noreturn, format(printf, 1, 2))) static void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("pipeline_bench: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}

static void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        die("out of memory");
    return p;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* The q-quantile (0..1) of v[0..n), nearest rank; v is left unchanged. */
static double quantile(const double *v, size_t n, double q)
{
    if (n == 0)
        return 0;
    double *c = xmalloc(n * sizeof *c);
    memcpy(c, v, n * sizeof *c);
    qsort(c, n, sizeof *c, cmp_double);
    size_t i = (size_t)(q * (double)(n - 1) + 0.5);
    double r = c[i];
    free(c);
    return r;
}

static double median(const double *v, size_t n)
{
    return quantile(v, n, 0.5);
}

/* A growable array of samples. */
struct samples {
    double *v;
    size_t n, cap;
};

static void samples_add(struct samples *s, double x)
{
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 256;
        double *v = realloc(s->v, s->cap * sizeof *v);
        if (!v)
            die("out of memory");
        s->v = v;
    }
    s->v[s->n++] = x;
}

/* One "name.key value" line with `decimals` digits after the point. */
static void kv_put(struct bench *b, const char *key, int decimals, double v)
{
    if (b->kv)
        fprintf(b->kv, "%s.%s %.*f\n", b->o.name, key, decimals, v);
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        die("%s: %s", path, strerror(errno));
    size_t cap = 1 << 16, n = 0;
    char *buf = xmalloc(cap);
    for (;;) {
        if (n == cap) {
            cap *= 2;
            char *g = realloc(buf, cap);
            if (!g)
                die("out of memory");
            buf = g;
        }
        size_t r = fread(buf + n, 1, cap - n, f);
        if (r == 0)
            break;
        n += r;
    }
    if (ferror(f))
        die("%s: read error", path);
    fclose(f);
    *len = n;
    return buf;
}

/* Articles are separated by "\f\n"; empty pieces are skipped. */
static void split_articles(struct bench *b)
{
    size_t cap = 16;
    b->arts = xmalloc(cap * sizeof *b->arts);
    const char *p = b->data, *end = b->data + b->data_len;
    while (p < end) {
        const char *q = p;
        while (q < end && !(q[0] == '\f' && (q + 1 == end || q[1] == '\n')))
            q++;
        if (q > p) {
            if (b->n_arts == cap) {
                cap *= 2;
                struct article *g = realloc(b->arts, cap * sizeof *g);
                if (!g)
                    die("out of memory");
                b->arts = g;
            }
            b->arts[b->n_arts++] = (struct article){p, (size_t)(q - p)};
            b->bytes += (size_t)(q - p);
        }
        p = q + (q < end ? (q + 1 < end ? 2 : 1) : 0);
    }
    if (b->n_arts == 0)
        die("%s holds no text", b->o.file);
}

/* ---- the two things measured ---- */

/* The reference output: render_doc()'s tree as json_dumps() writes it. */
static char *render_jansson(const struct doc *d, const struct render_options *ro, size_t *len)
{
    json_t *j = render_doc(d, ro);
    char *s = j ? json_dumps(j, JSON_COMPACT) : NULL;
    if (s)
        *len = strlen(s);
    json_decref(j);
    return s;
}

/* The compact response as the server writes it (or the reference, with --jansson). */
static char *render(const struct bench *b, const struct doc *d, size_t *len)
{
    struct render_options ro = {OFFSET_CODEPOINT, NULL};
    return b->o.jansson ? render_jansson(d, &ro, len) : render_doc_compact(d, &ro, len);
}

/* One request's NLP work. Returns the JSON length; dies on failure. */
__attribute__((noinline)) static size_t pipeline_run(struct bench *b, const char *text, size_t len)
{
    struct arena *a = arena_new(ARENA_LIMIT);
    if (!a)
        die("out of memory");
    struct annotate_input in = {text, len, LANG_AUTO};
    struct doc *d;
    struct annotate_error ae;
    if (annotate(b->worker, a, &in, &d, &ae) != 0)
        die("annotate failed: %s", ae.detail);
    size_t n = 0;
    char *s = render(b, d, &n);
    if (!s)
        die("render failed");
    free(s);
    arena_free(a);
    return n;
}

static double time_pipeline(struct bench *b, const struct article *arts, size_t n)
{
    double t0 = now();
    for (size_t i = 0; i < n; i++)
        pipeline_run(b, arts[i].text, arts[i].len);
    return now() - t0;
}

static double time_floor(struct bench *b, const struct article *arts, size_t n, long *words)
{
    long w = 0;
    double t0 = now();
    for (size_t i = 0; i < n; i++) {
        long k = nlp_floor_run(b->floor, arts[i].text, arts[i].len, NULL);
        if (k < 0)
            die("the NLP floor failed (invalid UTF-8?)");
        w += k;
    }
    double t = now() - t0;
    if (words)
        *words = w;
    return t;
}

/* Alternates floor and pipeline runs over `arts` until both the time budget and the
 * minimum repetitions are reached. */
static void interleave(struct bench *b, const struct article *arts, size_t n, double seconds,
                       struct samples *floor_t, struct samples *pipe_t)
{
    time_floor(b, arts, n, NULL); /* warm-up: caches, lazily loaded ICU data */
    time_pipeline(b, arts, n);
    double start = now();
    while ((long)pipe_t->n < b->o.max_reps &&
           ((long)pipe_t->n < b->o.min_reps || now() - start < seconds)) {
        samples_add(floor_t, time_floor(b, arts, n, NULL));
        samples_add(pipe_t, time_pipeline(b, arts, n));
    }
}

static void print_rate_row(const char *label, double t, const struct bench *b)
{
    printf("  %-12s %12.1f %10.2f %12.0f %12.1f\n", label, t * 1e6, (double)b->bytes / t / 1e6,
           (double)b->words / t, (double)b->n_arts / t);
}

/* ---- modes ---- */

static void doc_summary(struct bench *b, const struct article *art)
{
    struct arena *a = arena_new(ARENA_LIMIT);
    struct annotate_input in = {art->text, art->len, LANG_AUTO};
    struct doc *d;
    struct annotate_error ae;
    if (!a || annotate(b->worker, a, &in, &d, &ae) != 0)
        die("annotate failed");
    printf("  first article: %s, %d sentences, %d tokens, %d entities, %d quotes\n", lang_name(d->lang),
           d->n_sentences, d->n_tokens, d->n_entities, d->n_quotes);
    arena_free(a);
}

static void mode_compare(struct bench *b)
{
    struct samples ft = {0}, pt = {0}, ratio = {0};
    interleave(b, b->arts, b->n_arts, b->o.seconds, &ft, &pt);
    for (size_t i = 0; i < pt.n; i++)
        samples_add(&ratio, pt.v[i] / ft.v[i]);
    double f = median(ft.v, ft.n), p = median(pt.v, pt.n);
    printf("== %s: %zu article%s, %zu bytes, %ld words; %zu interleaved repetitions (floor, pipeline, ...)\n",
           b->o.name, b->n_arts, b->n_arts == 1 ? "" : "s", b->bytes, b->words, pt.n);
    doc_summary(b, &b->arts[0]);
    printf("  %-12s %12s %10s %12s %12s\n", "median of", "us/run", "MB/s", "words/s", "articles/s");
    print_rate_row("NLP floor", f, b);
    print_rate_row("pipeline", p, b);
    printf("  ratio pipeline/floor: %.2f (medians); per-repetition ratios p10 %.2f, p50 %.2f, p90 %.2f\n", p / f,
           quantile(ratio.v, ratio.n, 0.1), quantile(ratio.v, ratio.n, 0.5), quantile(ratio.v, ratio.n, 0.9));
    printf("  spread: floor p10-p90 %.1f-%.1f us, pipeline p10-p90 %.1f-%.1f us\n",
           quantile(ft.v, ft.n, 0.1) * 1e6, quantile(ft.v, ft.n, 0.9) * 1e6, quantile(pt.v, pt.n, 0.1) * 1e6,
           quantile(pt.v, pt.n, 0.9) * 1e6);
    kv_put(b, "articles", 0, (double)b->n_arts);
    kv_put(b, "bytes", 0, (double)b->bytes);
    kv_put(b, "words", 0, (double)b->words);
    kv_put(b, "reps", 0, (double)pt.n);
    kv_put(b, "floor_us", 1, f * 1e6);
    kv_put(b, "pipe_us", 1, p * 1e6);
    kv_put(b, "ratio", 2, p / f);
    kv_put(b, "ratio_p10", 2, quantile(ratio.v, ratio.n, 0.1));
    kv_put(b, "ratio_p90", 2, quantile(ratio.v, ratio.n, 0.9));
    kv_put(b, "floor_mbps", 2, (double)b->bytes / f / 1e6);
    kv_put(b, "pipe_mbps", 2, (double)b->bytes / p / 1e6);
    kv_put(b, "floor_wps", 0, (double)b->words / f);
    kv_put(b, "pipe_wps", 0, (double)b->words / p);
    kv_put(b, "floor_aps", 1, (double)b->n_arts / f);
    kv_put(b, "pipe_aps", 1, (double)b->n_arts / p);
    free(ft.v);
    free(pt.v);
    free(ratio.v);
}

/* -- stages: annotate() taken apart through the public stage headers -- */

enum { ST_TEXT, ST_SENT, ST_TOK, ST_TAG, ST_ENT, ST_QUOTE, ST_ATTR, ST_TOPIC, ST_RENDER, ST_FREE, ST_N };
static const char *const stage_names[ST_N] = {
    "text_init", "sentences_split", "tokens_split", "tokens_tag", "entities_find", "quotes_find",
    "attribution_resolve", "topics_assign", "render", "free (output, arena)",
};

/* The same rule as pipeline.c's detect_lang(). */
static enum lang detect_lang(const struct text *t)
{
    int32_t ar = 0, lat = 0;
    for (int32_t i = 0; i < t->len; i++) {
        UChar c = t->u16[i];
        if (text_is_arabic_letter(c))
            ar++;
        else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
            lat++;
    }
    return ar >= lat ? LANG_AR : LANG_EN;
}

/* Runs the stages in pipeline.c's order, adding each one's time to acc[]. When `json`
 * is not NULL the output is returned there instead of freed (the caller frees it).
 * *tree_s (when not NULL) gets the time the jansson tree took on the same document
 * (render_doc(), json_dumps(JSON_COMPACT), json_decref(): jansson's way to the same
 * bytes as render_doc_compact()), for comparison, outside the stages. */
static void stages_run(struct bench *b, const char *text, size_t len, double *acc, char **json, double *tree_s)
{
    double t[ST_N + 1];
    const struct lexicon *lx = model_lexicon(b->model);
    t[0] = now();
    struct arena *a = arena_new(ARENA_LIMIT);
    struct doc *d = a ? arena_alloc(a, sizeof *d) : NULL;
    if (!d)
        die("out of memory");
    d->model = b->model;
    struct text_error te;
    if (text_init(&d->text, a, text, len, &te) != TEXT_OK)
        die("text_init failed");
    int32_t visible = 0;
    for (int32_t i = 0; i < d->text.len && !visible; i++)
        visible = d->text.fold[i] && !text_is_space(d->text.u16[i]);
    if (!visible)
        die("empty text");
    d->lang = detect_lang(&d->text);
    t[1] = now();
    if (sentences_split(d, a, d->lang == LANG_EN ? b->sent_en : b->sent_ar) != 0)
        die("sentences_split failed");
    t[2] = now();
    if (tokens_split(d, a, b->word) != 0)
        die("tokens_split failed");
    t[3] = now();
    if (tokens_tag(d, a, lx) != 0)
        die("tokens_tag failed");
    t[4] = now();
    if (entities_find(d, a, lx) != 0)
        die("entities_find failed");
    t[5] = now();
    if (quotes_find(d, a, lx) != 0)
        die("quotes_find failed");
    t[6] = now();
    if (attribution_resolve(d, a, lx) != 0)
        die("attribution_resolve failed");
    t[7] = now();
    topics_assign(d, lx);
    t[8] = now();
    size_t n = 0;
    char *s = render(b, d, &n);
    if (!s)
        die("render failed");
    t[9] = now();
    double skip = 0; /* time of the comparison below, kept out of the next stage */
    if (tree_s) {
        struct render_options ro = {OFFSET_CODEPOINT, NULL};
        json_t *j = render_doc(d, &ro);
        char *x = j ? json_dumps(j, JSON_COMPACT) : NULL;
        if (!x)
            die("out of memory");
        free(x);
        json_decref(j);
        skip = now() - t[9];
        *tree_s += skip;
    }
    if (arena_failed(a))
        die("arena exhausted");
    arena_free(a);
    if (json)
        *json = s;
    else
        free(s);
    t[10] = now() - skip;
    for (int i = 0; i < ST_N; i++)
        acc[i] += t[i + 1] - t[i];
}

/* annotate() + render_doc() + json_dumps(): the reference output, in offset unit
 * OFFSET_CODEPOINT. *differ counts the other units and ids where render_doc_compact()
 * does not write the reference's bytes. */
static char *pipeline_json(struct bench *b, const struct article *art, size_t *differ)
{
    struct arena *a = arena_new(ARENA_LIMIT);
    struct annotate_input in = {art->text, art->len, LANG_AUTO};
    struct doc *d;
    struct annotate_error ae;
    if (!a || annotate(b->worker, a, &in, &d, &ae) != 0)
        die("annotate failed");
    char *ref = NULL;
    for (int unit = OFFSET_CODEPOINT; unit <= OFFSET_UTF8; unit++) {
        struct render_options ro = {(enum offset_unit)unit, unit == OFFSET_UTF8 ? "a \"b\"\n" : NULL};
        size_t xn = 0, yn = 0;
        char *x = render_doc_compact(d, &ro, &xn), *y = render_jansson(d, &ro, &yn);
        if (!x || !y)
            die("render failed");
        if (unit == OFFSET_CODEPOINT) {
            ref = y;
            y = NULL;
        } else {
            *differ += xn != yn || memcmp(x, y, xn) != 0;
        }
        free(x);
        free(y);
    }
    arena_free(a);
    return ref;
}

static void mode_stages(struct bench *b)
{
    /* The copy of annotate() above must produce what annotate() + render_doc() +
     * json_dumps() do: this checks both the copy and that render_doc_compact() writes
     * json_dumps()'s bytes (also in the other offset units, with an id). */
    size_t differ = 0, differ_units = 0;
    for (size_t i = 0; i < b->n_arts; i++) {
        double dummy[ST_N] = {0};
        char *x, *y = pipeline_json(b, &b->arts[i], &differ_units);
        stages_run(b, b->arts[i].text, b->arts[i].len, dummy, &x, NULL);
        differ += strcmp(x, y) != 0;
        free(x);
        free(y);
    }

    struct samples st[ST_N] = {{0}}, fl[3] = {{0}}, total = {0}, whole = {0}, tree = {0};
    double start = now();
    while ((long)total.n < b->o.max_reps && ((long)total.n < b->o.min_reps || now() - start < b->o.seconds)) {
        double acc[ST_N] = {0}, sum = 0, ts = 0;
        for (size_t i = 0; i < b->n_arts; i++)
            stages_run(b, b->arts[i].text, b->arts[i].len, acc, NULL, b->o.jansson ? NULL : &ts);
        samples_add(&tree, ts);
        for (int k = 0; k < ST_N; k++) {
            samples_add(&st[k], acc[k]);
            sum += acc[k];
        }
        samples_add(&total, sum);
        samples_add(&whole, time_pipeline(b, b->arts, b->n_arts));
        struct nlp_floor_times ft, facc = {0, 0, 0};
        for (size_t i = 0; i < b->n_arts; i++) {
            nlp_floor_run(b->floor, b->arts[i].text, b->arts[i].len, &ft);
            facc.convert += ft.convert;
            facc.sentences += ft.sentences;
            facc.words += ft.words;
        }
        samples_add(&fl[0], facc.convert);
        samples_add(&fl[1], facc.sentences);
        samples_add(&fl[2], facc.words);
    }
    double tot = median(total.v, total.n);
    printf("== stages: %s, %zu article%s, %zu bytes; median of %zu repetitions, us per run\n", b->o.name,
           b->n_arts, b->n_arts == 1 ? "" : "s", b->bytes, total.n);
    if (differ)
        printf("  WARNING: on %zu article%s the stage-by-stage run's output differs from annotate() + json_dumps(): "
               "pipeline.c changed (update stages_run()) or render_doc_compact() no longer writes json_dumps()'s "
               "bytes\n",
               differ, differ == 1 ? "" : "s");
    if (differ_units)
        printf("  WARNING: in %zu case%s (utf16 offsets; utf8 offsets with an id) render_doc_compact() differs from "
               "render_doc() + json_dumps()\n",
               differ_units, differ_units == 1 ? "" : "s");
    if (!differ && !differ_units)
        printf("  output identical to annotate() + render_doc() + json_dumps() on every article, in every offset "
               "unit\n");
    for (int k = 0; k < ST_N; k++) {
        double m = median(st[k].v, st[k].n);
        printf("  %-22s %10.1f  %5.1f%%%s\n", stage_names[k], m * 1e6, 100 * m / tot,
               k == ST_RENDER ? (b->o.jansson ? "  (render_doc + json_dumps)" : "  (render_doc_compact)") : "");
        char key[64];
        snprintf(key, sizeof key, "stage.%s_us", stage_names[k]);
        for (char *c = key; *c; c++)
            if (*c == ' ' || *c == '(' || *c == ')' || *c == ',')
                *c = '_';
        kv_put(b, key, 1, m * 1e6);
    }
    printf("  %-22s %10.1f\n", "sum of stages", tot * 1e6);
    printf("  %-22s %10.1f  (annotate + render + free, timed whole)\n", "pipeline",
           median(whole.v, whole.n) * 1e6);
    if (!b->o.jansson)
        printf("  %-22s %10.1f  (render_doc + json_dumps + json_decref of the same document, for comparison; "
               "not in the sum)\n",
               "jansson tree", median(tree.v, tree.n) * 1e6);
    printf("  NLP floor parts: u_strFromUTF8 %.1f, sentence iteration %.1f, word iteration %.1f us\n",
           median(fl[0].v, fl[0].n) * 1e6, median(fl[1].v, fl[1].n) * 1e6, median(fl[2].v, fl[2].n) * 1e6);
    kv_put(b, "stage.differ", 0, (double)(differ + differ_units));
    if (!b->o.jansson)
        kv_put(b, "stage.jansson_tree_us", 1, median(tree.v, tree.n) * 1e6);
    for (int k = 0; k < ST_N; k++)
        free(st[k].v);
    for (int k = 0; k < 3; k++)
        free(fl[k].v);
    free(total.v);
    free(whole.v);
    free(tree.v);
}

/* -- growth: the first article repeated k times -- */

static void mode_growth(struct bench *b)
{
    enum { MAX_SIZES = 32 };
    long sizes[MAX_SIZES];
    int ns = 0;
    for (const char *p = b->o.sizes; *p && ns < MAX_SIZES;) {
        char *e;
        long k = strtol(p, &e, 10);
        if (e == p || k < 1)
            die("--sizes: a comma-separated list of positive integers");
        sizes[ns++] = k;
        p = *e == ',' ? e + 1 : e;
    }
    const struct article *one = &b->arts[0];
    struct article texts[MAX_SIZES];
    struct samples ft[MAX_SIZES] = {{0}}, pt[MAX_SIZES] = {{0}};
    for (int s = 0; s < ns; s++) {
        char *text = xmalloc((one->len + 2) * (size_t)sizes[s]);
        size_t n = 0;
        for (long k = 0; k < sizes[s]; k++) {
            memcpy(text + n, one->text, one->len);
            n += one->len;
            text[n++] = '\n';
            text[n++] = '\n';
        }
        texts[s] = (struct article){text, n};
        time_floor(b, &texts[s], 1, NULL); /* warm-up */
        time_pipeline(b, &texts[s], 1);
    }
    /* Round-robin over the sizes, floor then pipeline for each, so that a noisy moment
     * on a shared machine lands on every size alike. */
    double start = now();
    long reps = 0;
    while (reps < b->o.max_reps && (reps < b->o.min_reps || now() - start < b->o.seconds)) {
        for (int s = 0; s < ns; s++) {
            samples_add(&ft[s], time_floor(b, &texts[s], 1, NULL));
            samples_add(&pt[s], time_pipeline(b, &texts[s], 1));
        }
        reps++;
    }
    printf("== growth: %s repeated (blank line between copies), %zu bytes at 1x; %ld rounds over the sizes\n",
           b->o.name, one->len, reps);
    printf("  %5s %10s %12s %12s %7s %12s %10s\n", "size", "bytes", "floor us", "pipeline us", "ratio", "ns/byte",
           "vs first");
    double base_per_byte = 0, first_t = 0, last_t = 0;
    size_t first_len = 0, last_len = 0;
    for (int s = 0; s < ns; s++) {
        size_t n = texts[s].len;
        double f = median(ft[s].v, ft[s].n), p = median(pt[s].v, pt[s].n);
        double per_byte = p / (double)n;
        if (s == 0) {
            base_per_byte = per_byte;
            first_t = p;
            first_len = n;
        }
        last_t = p;
        last_len = n;
        printf("  %4ldx %10zu %12.1f %12.1f %7.2f %12.1f %9.2fx\n", sizes[s], n, f * 1e6, p * 1e6, p / f,
               per_byte * 1e9, per_byte / base_per_byte);
        char key[64];
        snprintf(key, sizeof key, "growth.%ldx.pipe_us", sizes[s]);
        kv_put(b, key, 1, p * 1e6);
        snprintf(key, sizeof key, "growth.%ldx.floor_us", sizes[s]);
        kv_put(b, key, 1, f * 1e6);
        snprintf(key, sizeof key, "growth.%ldx.ratio", sizes[s]);
        kv_put(b, key, 2, p / f);
        snprintf(key, sizeof key, "growth.%ldx.rel", sizes[s]);
        kv_put(b, key, 2, per_byte / base_per_byte);
        free(ft[s].v);
        free(pt[s].v);
        free((char *)(uintptr_t)texts[s].text);
    }
    if (ns > 1) {
        /* The exponent e in time ~ size^e between the smallest and the largest size:
         * 1 is linear, 2 quadratic; fixed per-request costs pull it under 1. */
        double e = log(last_t / first_t) / log((double)last_len / (double)first_len);
        printf("  growth exponent (log-log slope, %ldx to %ldx): %.2f; cost per byte at %ldx is %.2fx that at %ldx\n",
               sizes[0], sizes[ns - 1], e, sizes[ns - 1], (last_t / (double)last_len) / base_per_byte, sizes[0]);
        kv_put(b, "growth.exponent", 3, e);
        kv_put(b, "growth.max_rel", 2, (last_t / (double)last_len) / base_per_byte);
    }
}

static void mode_profile(struct bench *b)
{
    double t0 = now();
    size_t out = 0;
    for (long i = 0; i < b->o.iterations; i++) {
        if (b->o.floor_only || b->o.both)
            time_floor(b, b->arts, b->n_arts, NULL);
        if (!b->o.floor_only)
            for (size_t k = 0; k < b->n_arts; k++)
                out += pipeline_run(b, b->arts[k].text, b->arts[k].len);
    }
    double t = now() - t0;
    printf("== profile: %s, %ld x %zu article%s in %.3f s (%.1f us per pass, %zu JSON bytes)\n",
           b->o.both ? "NLP floor and pipeline" : b->o.floor_only ? "NLP floor" : "pipeline", b->o.iterations,
           b->n_arts, b->n_arts == 1 ? "" : "s", t, t / (double)b->o.iterations * 1e6, out);
}

/* ---- set-up ---- */

static void usage(FILE *to)
{
    fputs("usage: pipeline_bench compare|stages|growth|profile FILE [options]\n"
          "  --name NAME          label in the output and prefix of --kv keys (default: the file name)\n"
          "  --seconds S          time budget per measurement (default 2)\n"
          "  --min-reps N         at least N repetitions (default 7)\n"
          "  --max-reps N         at most N repetitions (default 1000000)\n"
          "  --sizes 1,2,4,8,16   growth: multiples of the first article\n"
          "  --iterations N       profile: passes over the file (default 200)\n"
          "  --floor              profile: run the NLP floor instead of the pipeline\n"
          "  --both               profile: run the NLP floor and the pipeline, alternately\n"
          "  --jansson            render_doc() + json_dumps() instead of the server's render_doc_compact()\n"
          "  --kv FILE            append 'name.key value' lines to FILE\n"
          "  --lexicon-dir DIR    default config/lexicons\n"
          "  --wordlist PATH      default /usr/share/hunspell/ar.dic (empty: none)\n",
          to);
}

static void parse_args(struct opts *o, int argc, char **argv)
{
    *o = (struct opts){.lexicon_dir = "config/lexicons", .wordlist = "/usr/share/hunspell/ar.dic",
                       .sizes = "1,2,4,8,16", .seconds = 2, .min_reps = 7, .max_reps = 1000000,
                       .iterations = 200};
    int pos = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage(stdout);
            exit(0);
        } else if (strcmp(a, "--floor") == 0) {
            o->floor_only = 1;
        } else if (strcmp(a, "--both") == 0) {
            o->both = 1;
        } else if (strcmp(a, "--jansson") == 0) {
            o->jansson = 1;
        } else if (a[0] == '-' && a[1] == '-') {
            if (!v)
                die("%s needs a value", a);
            i++;
            if (strcmp(a, "--name") == 0)
                o->name = v;
            else if (strcmp(a, "--seconds") == 0)
                o->seconds = atof(v);
            else if (strcmp(a, "--min-reps") == 0)
                o->min_reps = atol(v);
            else if (strcmp(a, "--max-reps") == 0)
                o->max_reps = atol(v);
            else if (strcmp(a, "--sizes") == 0)
                o->sizes = v;
            else if (strcmp(a, "--iterations") == 0)
                o->iterations = atol(v);
            else if (strcmp(a, "--kv") == 0)
                o->kv = v;
            else if (strcmp(a, "--lexicon-dir") == 0)
                o->lexicon_dir = v;
            else if (strcmp(a, "--wordlist") == 0)
                o->wordlist = v;
            else
                die("unknown option %s (see --help)", a);
        } else if (pos == 0) {
            o->mode = a, pos++;
        } else if (pos == 1) {
            o->file = a, pos++;
        } else {
            die("unexpected argument %s", a);
        }
    }
    if (!o->mode || !o->file) {
        usage(stderr);
        exit(2);
    }
    if (!o->name) {
        const char *s = strrchr(o->file, '/');
        o->name = s ? s + 1 : o->file;
    }
    if (o->max_reps < 1)
        o->max_reps = 1;
}

int main(int argc, char **argv)
{
    struct bench b = {0};
    parse_args(&b.o, argc, argv);
    b.data = read_file(b.o.file, &b.data_len);
    split_articles(&b);

    char err[512];
    struct model_options mo = {b.o.lexicon_dir, b.o.wordlist};
    b.model = model_load(&mo, err, sizeof err);
    if (!b.model)
        die("cannot load the model: %s", err);
    b.worker = worker_new(b.model, err, sizeof err);
    if (!b.worker)
        die("%s", err);
    b.floor = nlp_floor_new(err, sizeof err);
    if (!b.floor)
        die("%s", err);
    UErrorCode st = U_ZERO_ERROR;
    b.sent_ar = ubrk_open(UBRK_SENTENCE, "ar", NULL, 0, &st);
    b.sent_en = ubrk_open(UBRK_SENTENCE, "en@ss=standard", NULL, 0, &st);
    b.word = ubrk_open(UBRK_WORD, "ar", NULL, 0, &st);
    if (U_FAILURE(st))
        die("cannot open ICU break iterators: %s", u_errorName(st));
    if (strcmp(b.o.mode, "profile") != 0) /* keeps profile's call counts exact */
        time_floor(&b, b.arts, b.n_arts, &b.words);
    if (b.o.kv && !(b.kv = fopen(b.o.kv, "a")))
        die("%s: %s", b.o.kv, strerror(errno));

    if (strcmp(b.o.mode, "compare") == 0)
        mode_compare(&b);
    else if (strcmp(b.o.mode, "stages") == 0)
        mode_stages(&b);
    else if (strcmp(b.o.mode, "growth") == 0)
        mode_growth(&b);
    else if (strcmp(b.o.mode, "profile") == 0)
        mode_profile(&b);
    else
        die("unknown mode %s (compare, stages, growth, profile)", b.o.mode);

    if (b.kv)
        fclose(b.kv);
    ubrk_close(b.sent_ar);
    ubrk_close(b.sent_en);
    ubrk_close(b.word);
    nlp_floor_free(b.floor);
    worker_free(b.worker);
    model_free(b.model);
    free(b.arts);
    free(b.data);
    return 0;
}
