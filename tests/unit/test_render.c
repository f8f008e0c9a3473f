/*
 * test_render.c — render_doc_compact() writes exactly json_dumps(render_doc(),
 * JSON_COMPACT): on the test articles, on the same articles strewn with what JSON must
 * escape (NUL, control characters, quotes, backslashes) and with characters outside the
 * BMP, in the three offset units, with and without an id; and where jansson silently
 * leaves a member out (a string that is not UTF-8, a NaN).
 */
#include <dirent.h>
#include <math.h>

#include "nlp/render.h"
#include "tests/unit/check.h"
#include "tests/unit/nlp_fixture.h"

/* The reference: the tree, as jansson writes it. */
static char *reference(const struct doc *d, const struct render_options *ro, size_t *len)
{
    json_t *j = render_doc(d, ro);
    char *s = j ? json_dumps(j, JSON_COMPACT) : NULL;
    json_decref(j);
    *len = s ? strlen(s) : 0;
    return s;
}

static const char *const ids[] = {
    NULL,
    "req-1",
    "q\"b\\s/t\tn\nr\rb\bf\f\x01\x1f\x7f \xC3\xA9 \xD9\x82 \xF0\x9F\x98\x80", /* escapes and UTF-8 */
    "bad \xC3\x28",                                                          /* not UTF-8: no "id" */
    "",
};

/* Compares both renderings in every unit with every id; returns the compact text in
 * codepoints without an id (the caller frees it) for further checks. */
static char *expect_same(const struct doc *d, const char *label)
{
    char *keep = NULL;
    for (int unit = OFFSET_CODEPOINT; unit <= OFFSET_UTF8; unit++) {
        for (size_t k = 0; k < sizeof ids / sizeof *ids; k++) {
            struct render_options ro = {(enum offset_unit)unit, ids[k]};
            size_t xn = 0, yn = 0;
            char *x = render_doc_compact(d, &ro, &xn), *y = reference(d, &ro, &yn);
            CHECK(x != NULL && y != NULL);
            if (!x || !y) {
                free(x);
                free(y);
                continue;
            }
            CHECK_INT(x[xn], 0);
            int same = xn == yn && memcmp(x, y, xn) == 0;
            CHECK(same);
            if (!same) {
                size_t at = 0;
                while (at < xn && at < yn && x[at] == y[at])
                    at++;
                size_t from = at > 40 ? at - 40 : 0;
                fprintf(stderr, "  %s, %s, id %zu: differs at byte %zu (lengths %zu, %zu)\n  direct: %.80s\n  jansson: %.80s\n",
                        label, offset_unit_name((enum offset_unit)unit), k, at, xn, yn, x + from, y + from);
            }
            if (unit == OFFSET_CODEPOINT && k == 0 && !keep)
                keep = x;
            else
                free(x);
            free(y);
        }
    }
    return keep;
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap)
            break;
        char *g = realloc(buf, cap *= 2);
        if (!g)
            free(buf);
        buf = g;
    }
    fclose(f);
    *len = n;
    return buf;
}

/* Every 5th space of s replaced in turn by one of the pieces below: the text fields then
 * carry every escape jansson writes, NUL, and characters that take two UTF-16 units
 * (which move codepoint offsets away from UTF-16 ones). */
static char *strew(const char *s, size_t n, size_t *out_len)
{
    static const char *const pieces[] = {
        "\0", "\x01", "\x1f", "\t", "\b", "\f", "\r", "\n", "\"", "\\", "/", "\x7f",
        "\xF0\x9F\x98\x80", "\xF0\x9D\x90\x80", " \"\\\" ", "\r\n", "\xE2\x80\x8F",
    };
    const size_t np = sizeof pieces / sizeof *pieces;
    char *o = malloc(n * 4 + 1);
    if (!o)
        return NULL;
    size_t len = 0, spaces = 0, next = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == ' ' && ++spaces % 5 == 0) {
            const char *p = pieces[next++ % np];
            size_t pl = p[0] ? strlen(p) : 1;
            memcpy(o + len, p, pl);
            len += pl;
        } else {
            o[len++] = s[i];
        }
    }
    *out_len = len;
    return o;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void test_cases(void)
{
    DIR *dir = opendir("tests/cases");
    CHECK(dir != NULL);
    if (!dir)
        return;
    char *names[256];
    size_t nn = 0;
    for (struct dirent *e; (e = readdir(dir)) && nn < 256;) {
        size_t l = strlen(e->d_name);
        if (l > 4 && !strcmp(e->d_name + l - 4, ".txt"))
            names[nn++] = strdup(e->d_name);
    }
    closedir(dir);
    qsort(names, nn, sizeof *names, cmp_str);
    CHECK(nn >= 10);
    int quotes = 0, nul = 0, astral = 0, kb = 0, affiliation = 0;
    for (size_t i = 0; i < nn; i++) {
        char path[512], label[600];
        snprintf(path, sizeof path, "tests/cases/%s", names[i]);
        size_t n, sn;
        char *text = read_file(path, &n);
        CHECK(text != NULL);
        char *strewn = text ? strew(text, n, &sn) : NULL;
        for (int pass = 0; pass < 2 && strewn; pass++) {
            struct doc *d = pass ? fx_annotate_bytes(strewn, sn) : fx_annotate_bytes(text, n);
            CHECK(d != NULL);
            if (!d)
                continue;
            snprintf(label, sizeof label, "%s%s", names[i], pass ? " (strewn)" : "");
            for (int32_t k = 0; k < d->n_entities; k++) {
                kb += d->entities[k].kb != NULL;
                affiliation += d->entities[k].affiliation >= 0;
            }
            char *out = expect_same(d, label);
            if (out && pass) {
                quotes += d->n_quotes > 0;
                nul += strstr(out, "\\u0000") != NULL;
                astral += strstr(out, "\xF0\x9F\x98\x80") != NULL;
            }
            free(out);
        }
        free(strewn);
        free(text);
        free(names[i]);
    }
    /* the strewn texts did exercise what they are for */
    CHECK(quotes > 5);
    CHECK(nul > 5);
    CHECK(astral > 5);
    CHECK(kb > 0);
    CHECK(affiliation > 0);
}

static void test_small_texts(void)
{
    static const struct {
        const char *s;
        size_t n;
    } texts[] = {
#define T(lit) {lit, sizeof lit - 1}
        T("\"We will not back down,\" said John Smith, the defence minister.\n"
          "He added that \"the \\ talks\"\tcontinue\x01.\r\nAccording to Reuters, the \0deal is off.\n"),
        /* a BOM, then a quotation holding an emoji, '"', '\\', U+001F, NUL and U+1D400 */
        T("\xEF\xBB\xBFوقال الرئيس فلاديمير بوتين إن «\xF0\x9F\x98\x80\"\\\x1fالشراكة\0\xF0\x9D\x90\x80 مستمرة».\n"),
        T("x"),
        T("\xF0\x9F\x98\x80\xF0\x9F\x98\x80 \"\xF0\x9F\x98\x80\" said Ann Lee.\n"),
        T("\0\0\0 a"),
#undef T
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        struct doc *d = fx_annotate_bytes(texts[i].s, texts[i].n);
        CHECK(d != NULL);
        if (!d)
            continue;
        char label[32];
        snprintf(label, sizeof label, "small text %zu", i);
        free(expect_same(d, label));
    }
}

/* What jansson refuses, put into a real document: json_string() makes no value from NULL
 * or from bytes that are not UTF-8, json_real() none from NaN or infinity, and the member
 * (or array element) is then missing from the tree, so from the direct output too. */
static void test_refused_values(void)
{
    struct doc *d = fx_annotate("قال وزير الخارجية الروسي سيرغي لافروف إن العلاقات مع بيونغ يانغ قوية.\n"
                                "وقالت صحيفة إزفستيا إن الوفد سيصل غدا.\n"
                                "وبحسب مصادر دبلوماسية، فإن الجولة ستعقد في موسكو.\n");
    CHECK(d != NULL);
    if (!d)
        return;
    CHECK(d->n_entities >= 2);
    CHECK(d->n_quotes >= 2);
    free(expect_same(d, "refused: untouched"));

    static const char *const bad[] = {
        "\xC3\x28", "\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE2\x82", "\xF5\x80\x80\x80",
        "ok \xFF", "\x80",
    };
    static const char *const good[] = {"\xF4\x8F\xBF\xBF", "\xEF\xBF\xBF", "\xC2\x80", "a\"\\\x01"};
    struct kb_entry kb_bad = {"x", "\xED\xBF\xBF", "Q\xC3", "y", 0};
    struct kb_entry kb_null = {"x", NULL, NULL, "y", 0};
    struct kb_entry kb_good = {"x", "Sergei \"Lavrov\"", "Q1", "y", 0};
    char label[64];
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        struct entity *e = &d->entities[i % (size_t)d->n_entities];
        const char *name = e->name, *role = e->role;
        const struct kb_entry *kb = e->kb;
        int32_t aff = e->affiliation;
        e->name = bad[i];
        e->role = bad[(i + 1) % (sizeof bad / sizeof *bad)];
        e->kb = i % 3 == 0 ? &kb_bad : i % 3 == 1 ? &kb_null : &kb_good;
        e->affiliation = (int32_t)(i % (size_t)d->n_entities); /* its own name, refused */
        snprintf(label, sizeof label, "refused: entity strings %zu", i);
        free(expect_same(d, label));
        e->name = name;
        e->role = role;
        e->kb = kb;
        e->affiliation = aff;
    }
    for (size_t i = 0; i < sizeof good / sizeof *good; i++) {
        const char *name = d->entities[0].name;
        d->entities[0].name = good[i];
        snprintf(label, sizeof label, "accepted: entity name %zu", i);
        free(expect_same(d, label));
        d->entities[0].name = name;
    }
    /* A quote without a speaker name ("name": null, in no speaker entry), and one whose
     * name jansson refuses; the latter needs an entity, as render_doc() compares the
     * names of entries without one. */
    for (int32_t i = 0; i < d->n_quotes; i++) {
        struct quote *q = &d->quotes[i];
        const char *name = q->speaker_name;
        int32_t ent = q->speaker_entity;
        q->speaker_name = NULL;
        snprintf(label, sizeof label, "quote %d without a speaker", i);
        free(expect_same(d, label));
        q->speaker_name = "\xED\xA0\x80";
        q->speaker_entity = 0;
        snprintf(label, sizeof label, "quote %d, refused speaker", i);
        free(expect_same(d, label));
        q->speaker_name = name;
        q->speaker_entity = ent;
    }
    /* Speakers without an entity grouped by name, as render_doc() does. */
    for (int32_t i = 0; i < d->n_quotes; i++) {
        d->quotes[i].speaker_entity = -1;
        d->quotes[i].speaker_name = i % 2 ? "A" : "B";
    }
    free(expect_same(d, "speakers by name"));
    /* An entry is looked for among the last 32 only, and a speaker without an entity
     * never joins one with an entity, even of the same name. Quotes 0..35 each start an
     * entry; then s4 is the oldest entry inside the window and s3 the newest outside. */
    enum { NQ = 40 };
    struct quote many[NQ];
    static char names[NQ][8];
    static const int tail[] = {4, 3, 20, 10};
    for (int i = 0; i < NQ; i++) {
        many[i] = d->quotes[0];
        snprintf(names[i], sizeof names[i], "s%d", i < 36 ? i : tail[i - 36]);
        many[i].speaker_name = names[i];
        many[i].speaker_entity = i == 20 ? 0 : -1;
    }
    struct quote *saved = d->quotes;
    int32_t saved_n = d->n_quotes;
    d->quotes = many;
    d->n_quotes = NQ;
    char *out = expect_same(d, "speakers: window and entities");
    CHECK(out && strstr(out, "{\"name\":\"s4\",\"entity\":null,\"quotes\":[\"q5\",\"q37\"]}"));
    CHECK(out && strstr(out, "{\"name\":\"s3\",\"entity\":null,\"quotes\":[\"q4\"]}"));
    CHECK(out && strstr(out, "{\"name\":\"s3\",\"entity\":null,\"quotes\":[\"q38\"]}"));
    CHECK(out && strstr(out, "{\"name\":\"s20\",\"entity\":\"e1\",\"quotes\":[\"q21\"]}"));
    CHECK(out && strstr(out, "{\"name\":\"s20\",\"entity\":null,\"quotes\":[\"q39\"]}"));
    CHECK(out && strstr(out, "{\"name\":\"s10\",\"entity\":null,\"quotes\":[\"q11\",\"q40\"]}"));
    free(out);
    d->quotes = saved;
    d->n_quotes = saved_n;
    static const double reals[] = {NAN, INFINITY, -INFINITY, 0, 1, 0.1, 1.0 / 3, 1e-7, 1e22, 123456789.0, -0.0, 5e-324};
    for (size_t i = 0; i < sizeof reals / sizeof *reals; i++) {
        d->pact_relevance = reals[i];
        snprintf(label, sizeof label, "pact_relevance %g", reals[i]);
        out = expect_same(d, label);
        CHECK(out != NULL);
        if (out)
            CHECK((strstr(out, "\"pact_relevance\":") != NULL) == (isfinite(reals[i]) != 0));
        free(out);
    }
}

int main(void)
{
    fx_setup();
    test_small_texts();
    test_refused_values();
    test_cases();
    fx_teardown();
    return check_summary("test_render");
}
