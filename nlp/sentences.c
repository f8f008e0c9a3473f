/*
 * sentences.c — ICU sentence boundaries, then the news-text rules.
 */
#include "nlp/sentences.h"

#include "nlp/arena.h"
#include "nlp/doc.h"

#include <ctype.h>
#include <string.h>

static int is_stop_char(UChar c)
{
    return c == '.' || c == '!' || c == '?' || c == 0x061F /* ؟ */ || c == 0x06D4;
}

int sentences_is_glued_stop(const UChar *u, int32_t len, int32_t i)
{
    if (i <= 0 || i + 1 >= len || !is_stop_char(u[i]))
        return 0;
    /* Arabic letter on the right: Arabic has no capitals, so ICU cannot see a new
     * sentence in "الأمد.وقال"; a Latin "U.S." or a number "10.5" must stay whole. */
    return text_is_arabic_letter(u[i + 1]) && text_is_arabic_letter(u[i - 1]);
}

int sentences_is_title_abbreviation(const UChar *u, int32_t len, int32_t i)
{
    /* د (دكتور), م (مهندس), أ (أستاذ); not after a number: "عام 2024 م." is a date */
    if (i <= 0 || i >= len || u[i] != '.' || (u[i - 1] != 0x062F && u[i - 1] != 0x0645 && u[i - 1] != 0x0623))
        return 0;
    if (i >= 2 && (text_is_arabic_letter(u[i - 2]) || (u[i - 2] < 128 && isalnum(u[i - 2]))))
        return 0;
    int32_t p = i - 2;
    while (p >= 0 && (u[p] == ' ' || u[p] == 0x00A0))
        p--;
    return p < 0 || !((u[p] >= '0' && u[p] <= '9') || (u[p] >= 0x0660 && u[p] <= 0x0669));
}

int sentences_is_site_name_dot(const UChar *u, int32_t len, int32_t i)
{
    /* كوم، نت، إنفو (com, net, info) written in Arabic letters: "برلمان.كوم" */
    static const UChar com[] = {0x0643, 0x0648, 0x0645}, net[] = {0x0646, 0x062A},
                       info1[] = {0x0625, 0x0646, 0x0641, 0x0648}, info2[] = {0x0627, 0x0646, 0x0641, 0x0648};
    static const struct { const UChar *w; int32_t n; } suffixes[] = {{com, 3}, {net, 2}, {info1, 4}, {info2, 4}};
    if (i <= 0 || i + 1 >= len || u[i] != '.')
        return 0;
    int32_t e = i + 1;
    while (e < len && text_is_arabic_letter(u[e]))
        e++;
    for (size_t k = 0; k < sizeof suffixes / sizeof suffixes[0]; k++)
        if (e - i - 1 == suffixes[k].n && !memcmp(u + i + 1, suffixes[k].w, (size_t)suffixes[k].n * sizeof(UChar)))
            return 1;
    return 0;
}

/* Characters that may end a sentence that is not a heading. */
static int is_final_punct(UChar c)
{
    return is_stop_char(c) || c == 0x2026 || c == ':' || c == '"' || c == 0x201D ||
           c == 0x00BB || c == ')' || c == 0x061B || c == ';' || c == 0x2019 || c == '\'';
}

/* A closing line of an embedded post: starts with a dash and names an @handle. */
static int is_social_line(const UChar *u, int32_t s, int32_t e)
{
    if (!(u[s] == 0x2014 || u[s] == 0x2013 || (u[s] == '-' && s + 1 < e && u[s + 1] == '-')))
        return 0;
    for (int32_t i = s; i + 1 < e; i++)
        if (u[i] == '(' && u[i + 1] == '@')
            return 1;
    return 0;
}

struct sent_builder {
    struct doc *d;
    struct arena *a;
    int32_t cap;
};

static int push(struct sent_builder *b, int32_t s, int32_t e)
{
    const UChar *u = b->d->text.u16;
    const uint8_t *cls = b->d->text.cls;
    while (s < e && (cls[s] & TEXT_INVISIBLE))
        s++;
    while (e > s && (cls[e - 1] & TEXT_INVISIBLE))
        e--;
    if (s >= e)
        return 0;
    struct doc *d = b->d;
    struct sentence *ns = arena_grow(b->a, d->sentences, d->n_sentences, &b->cap, sizeof *ns, 64);
    if (!ns)
        return -1;
    d->sentences = ns;
    struct sentence *st = &d->sentences[d->n_sentences++];
    memset(st, 0, sizeof *st);
    st->span.start = s;
    st->span.end = e;
    /* Every line break is invisible too: walk back over the invisible rest. */
    int32_t p = s - 1;
    while (p >= 0 && (cls[p] & (TEXT_INVISIBLE | TEXT_LINE_BREAK)) == TEXT_INVISIBLE)
        p--;
    if (p < 0 || (cls[p] & TEXT_LINE_BREAK))
        st->flags |= SENT_LINE_START;
    if (!is_final_punct(u[e - 1]))
        st->flags |= SENT_NO_FINAL_PUNCT;
    if (is_social_line(u, s, e))
        st->flags |= SENT_SOCIAL;
    return 0;
}

/* The first i in [i, end) whose class has `bit`, or end. Stops are a few in a hundred
 * units, so eight class bytes are tested at a time. */
static int32_t next_with(const uint8_t *cls, uint8_t bit, int32_t i, int32_t end)
{
    const uint64_t bits = UINT64_C(0x0101010101010101) * bit;
    for (; i + 8 <= end; i += 8) {
        uint64_t w;
        memcpy(&w, cls + i, sizeof w);
        if (w & bits)
            break;
    }
    while (i < end && !(cls[i] & bit))
        i++;
    return i;
}

/* A unit that may stand inside a run of letters cut down for ICU: a letter, or a space
 * that is not a paragraph separator. */
static int in_letter_run(uint8_t c)
{
    return (c & TEXT_ARABIC) || (c & (TEXT_SPACE | TEXT_SENTENCE_END)) == TEXT_SPACE;
}

int sentbreak_start(struct sentbreak *sb, const struct text *t, struct arena *a, UBreakIterator *bi)
{
    const uint8_t *cls = t->cls;
    UChar *u = arena_array_uninit(a, (size_t)t->len + 1, sizeof *u);
    int32_t *at = arena_array_uninit(a, (size_t)t->len + 1, sizeof *at);
    if (!u || !at)
        return -1;
    int32_t n = 0;
    for (int32_t i = 0; i < t->len; i++) {
        u[n] = t->u16[i];
        at[n++] = i;
        if (!(cls[i] & TEXT_ARABIC))
            continue;
        int32_t last = i;
        for (int32_t k = i + 1; k < t->len && in_letter_run(cls[k]); k++)
            if (cls[k] & TEXT_ARABIC)
                last = k;
        if (last > i) {
            u[n] = t->u16[last];
            at[n++] = last;
            i = last;
        }
    }
    UErrorCode st = U_ZERO_ERROR;
    ubrk_setText(bi, u, n, &st);
    if (U_FAILURE(st))
        return -1;
    ubrk_first(bi);
    sb->bi = bi;
    sb->at = at;
    sb->n = n;
    sb->len = t->len;
    return 0;
}

int32_t sentbreak_next(struct sentbreak *sb)
{
    int32_t b = ubrk_next(sb->bi);
    return b == UBRK_DONE ? UBRK_DONE : b < sb->n ? sb->at[b] : sb->len;
}

/* Where the words before a break at `end` stop, over the spaces before it: the unit after
 * the last word, or -1 when a line break stands between (a line's end is a sentence's). */
static int32_t before_spaces(const struct text *t, int32_t s, int32_t end)
{
    int32_t i = end;
    while (i > s && (t->cls[i - 1] & TEXT_SPACE)) {
        if (t->cls[i - 1] & TEXT_LINE_BREAK)
            return -1;
        i--;
    }
    return i;
}

/* ICU's English suppressions know "Mr." and "Maj." but not every title written before
 * a name: a break after one of these, with a capital after it, is no sentence end; nor is
 * one after an Arabic abbreviated title before an Arabic word ("م. سالم"). */
static int after_title_abbreviation(const struct text *t, int32_t s, int32_t end)
{
    static const char *const titles[] = {"Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Sgt", "Cpl", "Brig",
                                         "Gov", "Sen", "Rep", "Rev", "Hon", "Amb", "Pres", "Supt", "Prof",
                                         "Dr", "Mr", "Mrs", "Ms", "St"};
    if (!(t->cls[end] & (TEXT_UPPER | TEXT_ARABIC)))
        return 0;
    int32_t i = before_spaces(t, s, end);
    if (i < 0)
        return 0;
    if (t->cls[end] & TEXT_ARABIC)
        return i - 1 > s && sentences_is_title_abbreviation(t->u16, t->len, i - 1);
    if (i <= s || t->u16[i - 1] != '.')
        return 0;
    int32_t we = --i;
    while (i > s && (t->cls[i - 1] & TEXT_LATIN))
        i--;
    if (i > s && !(t->cls[i - 1] & TEXT_SPACE) && t->u16[i - 1] != '(')
        return 0;
    for (size_t k = 0; k < sizeof titles / sizeof titles[0]; k++) {
        size_t n = strlen(titles[k]);
        if ((size_t)(we - i) != n)
            continue;
        size_t j = 0;
        while (j < n && t->u16[i + (int32_t)j] == (UChar)titles[k][j])
            j++;
        if (j == n)
            return 1;
    }
    return 0;
}

int sentences_split(struct doc *d, struct arena *a, UBreakIterator *bi)
{
    const struct text *t = &d->text;
    const uint8_t *cls = t->cls;
    struct sent_builder b = {d, a, 0};
    struct sentbreak sb;
    if (sentbreak_start(&sb, t, a, bi) != 0)
        return -1;
    int32_t start = 0, carried = -1;
    for (int32_t end = sentbreak_next(&sb); end != UBRK_DONE; start = end, end = sentbreak_next(&sb)) {
        int32_t s = carried >= 0 ? carried : start;
        carried = -1;
        for (int32_t i = next_with(cls, TEXT_STOP, start, end); i < end; i = next_with(cls, TEXT_STOP, i + 1, end)) {
            /* sentences_is_glued_stop() on the class bits */
            if (i > 0 && i + 1 < t->len && (cls[i - 1] & cls[i + 1] & TEXT_ARABIC) &&
                !sentences_is_title_abbreviation(t->u16, t->len, i) && !sentences_is_site_name_dot(t->u16, t->len, i)) {
                if (push(&b, s, i + 1) != 0)
                    return -1;
                s = i + 1;
            }
        }
        /* (ICU breaks after a stop before any Arabic letter: "برلمان.كوم" too) */
        if (end < t->len && (after_title_abbreviation(t, s, end) || sentences_is_site_name_dot(t->u16, t->len, end - 1))) {
            carried = s; /* "Maj. Gen. Pat Ryder told": one sentence */
            continue;
        }
        if (push(&b, s, end) != 0)
            return -1;
    }
    if (carried >= 0 && push(&b, carried, t->len) != 0)
        return -1;
    return 0;
}
