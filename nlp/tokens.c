/*
 * tokens.c — ICU word segmentation with the news-text repairs, and lexicon tagging.
 */
#include "nlp/tokens.h"

#include "nlp/arena.h"
#include "nlp/doc.h"
#include "nlp/lexicon.h"
#include "nlp/sentences.h"

#include <string.h>

struct tok_builder {
    struct doc *d;
    struct arena *a;
    int32_t cap;
    UChar *fold_pool;       /* every token's matching form, back to back */
    int32_t fold_used;
};

static int push(struct tok_builder *b, int32_t s, int32_t e, uint8_t kind)
{
    struct doc *d = b->d;
    const struct text *t = &d->text;
    if (d->n_tokens == b->cap) {
        int32_t cap = b->cap ? b->cap * 2 : 256;
        struct token *nt = arena_array(b->a, (size_t)cap, sizeof *nt);
        if (!nt)
            return -1;
        if (d->n_tokens)
            memcpy(nt, d->tokens, (size_t)d->n_tokens * sizeof *nt);
        d->tokens = nt;
        b->cap = cap;
    }
    struct token *tk = &d->tokens[d->n_tokens++];
    memset(tk, 0, sizeof *tk);
    tk->span.start = s;
    tk->span.end = e;
    tk->kind = kind;
    tk->sentence = -1;
    tk->fold = b->fold_pool + b->fold_used;
    for (int32_t i = s; i < e; i++) {
        UChar f = t->fold[i];
        if (f)
            b->fold_pool[b->fold_used++] = f;
        if (text_is_arabic_letter(t->u16[i]))
            tk->flags |= TOKF_ARABIC;
        else if ((t->u16[i] | 0x20) >= 'a' && (t->u16[i] | 0x20) <= 'z')
            tk->flags |= TOKF_LATIN;
    }
    tk->fold_len = (int32_t)(b->fold_pool + b->fold_used - tk->fold);
    if (s == 0 || text_is_space(t->u16[s - 1]))
        tk->flags |= TOKF_SPACE_BEFORE;
    for (int32_t i = s - 1; i >= 0 && (text_is_space(t->u16[i]) || !t->fold[i]); i--) {
        if (t->u16[i] == '\n' || t->u16[i] == '\r' || t->u16[i] == 0x2029) {
            tk->flags |= TOKF_NEWLINE_BEFORE;
            break;
        }
    }
    if (s == 0)
        tk->flags |= TOKF_NEWLINE_BEFORE;
    if (t->u16[s] >= 'A' && t->u16[s] <= 'Z')
        tk->flags |= TOKF_UPPER;
    return 0;
}

/* A word segment, split where a sentence was glued to it ("الأمد.وقال"). */
static int push_word(struct tok_builder *b, int32_t s, int32_t e, uint8_t kind)
{
    const struct text *t = &b->d->text;
    for (int32_t i = s; i < e; i++) {
        if (sentences_is_glued_stop(t->u16, t->len, i)) {
            if ((i > s && push(b, s, i, kind) != 0) || push(b, i, i + 1, TOK_PUNCT) != 0)
                return -1;
            s = i + 1;
        }
    }
    return s < e ? push(b, s, e, kind) : 0;
}

int tokens_split(struct doc *d, struct arena *a, UBreakIterator *bi)
{
    const struct text *t = &d->text;
    struct tok_builder b = {d, a, 0, NULL, 0};
    b.fold_pool = arena_array(a, (size_t)t->len + 1, sizeof(UChar));
    if (!b.fold_pool)
        return -1;
    UErrorCode st = U_ZERO_ERROR;
    ubrk_setText(bi, t->u16, t->len, &st);
    if (U_FAILURE(st))
        return -1;
    int32_t start = ubrk_first(bi);
    for (int32_t end = ubrk_next(bi); end != UBRK_DONE; start = end, end = ubrk_next(bi)) {
        int32_t status = ubrk_getRuleStatus(bi);
        if (status >= UBRK_WORD_NONE_LIMIT) {
            uint8_t kind = status < UBRK_WORD_NUMBER_LIMIT ? TOK_NUMBER : TOK_WORD;
            if (push_word(&b, start, end, kind) != 0)
                return -1;
            continue;
        }
        for (int32_t i = start; i < end; i++) {
            UChar c = t->u16[i];
            if (text_is_space(c) || !t->fold[i])
                continue;
            int32_t n = (U16_IS_LEAD(c) && i + 1 < end && U16_IS_TRAIL(t->u16[i + 1])) ? 2 : 1;
            if (push(&b, i, i + n, TOK_PUNCT) != 0)
                return -1;
            i += n - 1;
        }
    }
    /* Assign tokens to sentences: both lists are in text order. */
    int32_t si = 0;
    for (int32_t i = 0; i < d->n_sentences; i++)
        d->sentences[i].tok_begin = d->sentences[i].tok_end = 0;
    for (int32_t k = 0; k < d->n_tokens; k++) {
        struct token *tk = &d->tokens[k];
        while (si < d->n_sentences && d->sentences[si].span.end <= tk->span.start)
            si++;
        if (si == d->n_sentences)
            break;
        struct sentence *s = &d->sentences[si];
        if (tk->span.start < s->span.start)
            continue; /* only possible for invisible characters trimmed off */
        if (s->tok_end == 0 && s->tok_begin == 0 && (k == 0 || d->tokens[k - 1].sentence != si))
            s->tok_begin = k;
        s->tok_end = k + 1;
        tk->sentence = si;
    }
    return 0;
}

void tokens_tag(struct doc *d, const struct lexicon *lx)
{
    UChar buf[80];
    for (int32_t k = 0; k < d->n_tokens; k++) {
        struct token *tk = &d->tokens[k];
        if (tk->fold_len == 0 || tk->fold_len > 64)
            continue;
        if (tk->kind == TOK_PUNCT) {
            struct ustr p = {tk->fold, tk->fold_len};
            tk->lex = lexicon_get(lx, &p, 1);
            continue;
        }
        struct clitic_variant vs[8];
        int nv = lexicon_clitic_variants(tk->fold, tk->fold_len, vs);
        for (int i = 0; i < nv && !tk->lex; i++) {
            int32_t n = lexicon_variant_form(tk->fold, tk->fold_len, vs[i], buf);
            struct ustr p = {buf, n};
            const struct lex_entry *e = lexicon_get(lx, &p, 1);
            /* A stripped variant only counts when it is a word on its own right:
             * "وزير" must not become و + "زير". Stop words need the exact form. */
            if (e && (i == 0 || (e->kinds & ~(uint32_t)(LEX_STOP | LEX_PRONOUN | LEX_CONJ_BREAK)))) {
                tk->lex = e;
                tk->lex_prefix = (uint8_t)vs[i].skip;
            }
        }
        if ((tk->flags & TOKF_ARABIC) && lexicon_is_common(lx, tk->fold, tk->fold_len))
            tk->flags |= TOKF_COMMON;
    }
}
