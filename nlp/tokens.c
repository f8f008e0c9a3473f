/*
 * tokens.c — word segmentation (ICU's, through nlp/wordbreak.c) with the news-text repairs,
 * and lexicon tagging.
 */
#include "nlp/tokens.h"

#include "nlp/arena.h"
#include "nlp/doc.h"
#include "nlp/lexicon.h"
#include "nlp/sentences.h"
#include "nlp/wordbreak.h"

#include <string.h>

/* sentences_is_glued_stop() on the class bits, as sentences_split tests it: the two
 * must split at the same stops. */
static int is_glued_stop(const struct text *t, int32_t i)
{
    return (t->cls[i] & TEXT_STOP) && i > 0 && i + 1 < t->len && (t->cls[i - 1] & t->cls[i + 1] & TEXT_ARABIC);
}

struct tok_builder {
    struct doc *d;
    struct arena *a;
    int32_t cap;
    UChar *fold_pool;       /* every token's matching form, back to back */
    int32_t fold_used;
};

/* new_token() when the array is full: copies it into one twice as large. The tokens are
 * copied, not cleared, as push writes every field. NULL when the arena is exhausted. */
__attribute__((noinline)) static struct token *grow_tokens(struct tok_builder *b)
{
    struct doc *d = b->d;
    struct token *nt = arena_array_uninit(b->a, (size_t)b->cap * 2, sizeof *nt);
    if (!nt)
        return NULL;
    memcpy(nt, d->tokens, (size_t)d->n_tokens * sizeof *nt);
    d->tokens = nt;
    b->cap *= 2;
    return &d->tokens[d->n_tokens++];
}

/* Room for one more token. The array starts at tokens_split's estimate, so it grows only
 * for texts denser in tokens than news: in line, the room there is costs no call. */
static inline struct token *new_token(struct tok_builder *b)
{
    struct doc *d = b->d;
    if (d->n_tokens == b->cap)
        return grow_tokens(b);
    return &d->tokens[d->n_tokens++];
}

/* Appends the token [s, e). Returns the TEXT_* bits of its units OR'ed (push_word looks
 * for a stop in them), or -1 when the arena is exhausted. In line: it runs for every
 * token, and the call cost as much as the work of a short word. */
static inline __attribute__((always_inline)) int push(struct tok_builder *b, int32_t s, int32_t e, uint8_t kind)
{
    const struct text *t = &b->d->text;
    const uint8_t *cls = t->cls;
    struct token *tk = new_token(b);
    if (!tk)
        return -1;
    /* The form is copied whole, then again without the ignorables (fold 0) in the rare
     * token that has an invisible unit. */
    UChar *fold = b->fold_pool + b->fold_used;
    int32_t n = e - s;
    unsigned any = 0;
    for (int32_t i = 0; i < n; i++) {
        fold[i] = t->fold[s + i];
        any |= cls[s + i];
    }
    if (any & TEXT_INVISIBLE) {
        n = 0;
        for (int32_t i = s; i < e; i++)
            if (t->fold[i])
                fold[n++] = t->fold[i];
        /* (a tatweel alone, a bullet "ـ هي اتفاق": nothing is left to read, and no
         * sentence holds it, so it is no token; the line break before it passes to the
         * next, which the flags below look back through invisible units for) */
        if (n == 0) {
            b->d->n_tokens--;
            return (int)any;
        }
    }
    b->fold_used += n;
    uint16_t flags = (uint16_t)(((any & TEXT_ARABIC) ? TOKF_ARABIC : 0) | ((any & TEXT_LATIN) ? TOKF_LATIN : 0));
    if (s == 0 || (cls[s - 1] & TEXT_SPACE))
        flags |= TOKF_SPACE_BEFORE;
    if (t->u16[s] == 0x0623 || t->u16[s] == 0x0625)
        flags |= TOKF_HAMZA_FIRST;
    else if (t->u16[s] == 0x0622)
        flags |= TOKF_MADDA_FIRST;
    if (e - s > 2 && t->u16[s + 1] == 0x0625)
        flags |= TOKF_HAMZA_INSIDE;
    /* A line break among the invisible units before the token (each is invisible too). */
    int32_t p = s - 1;
    while (p >= 0 && (cls[p] & (TEXT_INVISIBLE | TEXT_LINE_BREAK)) == TEXT_INVISIBLE)
        p--;
    if (s == 0 || (p >= 0 && (cls[p] & TEXT_LINE_BREAK)))
        flags |= TOKF_NEWLINE_BEFORE;
    if (cls[s] & TEXT_UPPER) {
        flags |= TOKF_UPPER;
        int lower = 0;
        for (int32_t i = s; i < e && !lower; i++)
            lower = (cls[i] & (TEXT_LATIN | TEXT_UPPER)) == TEXT_LATIN;
        if (!lower && e - s >= 2)
            flags |= TOKF_ALLCAPS;
    }
    *tk = (struct token){.span = {s, e}, .sentence = -1, .kind = kind, .flags = flags, .fold = fold, .fold_len = n};
    return (int)any;
}

/* "د.منيرة"، "م. سالم": the full stop of an abbreviated title joins the title's token
 * (its span, not its form), so that no stop stands inside the speaker's phrase. 1 when
 * the stop at i was taken so. */
static int join_abbreviation_stop(struct tok_builder *b, int32_t i)
{
    struct doc *d = b->d;
    if (d->n_tokens == 0 || !sentences_is_title_abbreviation(d->text.u16, d->text.len, i))
        return 0;
    struct token *prev = &d->tokens[d->n_tokens - 1];
    if (prev->span.end != i || prev->kind != TOK_WORD || prev->fold_len != 1)
        return 0;
    prev->span.end = i + 1;
    return 1;
}

/* An English possessive to cut off ("Korea's" -> "Korea" + "'s") so names match whole. */
static inline int is_possessive(const struct text *t, int32_t s, int32_t e)
{
    return (t->u16[e - 1] | 0x20) == 's' && e - s >= 4 && (t->u16[e - 2] == '\'' || t->u16[e - 2] == 0x2019) &&
           (t->cls[s] & TEXT_LATIN);
}

/* push_word() of the few segments it cannot take whole: a possessive cut off, and a
 * piece on each side of every stop glued between Arabic letters, the stop a token of
 * its own. */
static int push_word_split(struct tok_builder *b, int32_t s, int32_t e, uint8_t kind)
{
    const struct text *t = &b->d->text;
    if (is_possessive(t, s, e)) {
        if (push_word_split(b, s, e - 2, kind) != 0)
            return -1;
        return push(b, e - 2, e, TOK_PUNCT) < 0 ? -1 : 0;
    }
    for (int32_t i = s; i < e; i++) {
        if (is_glued_stop(t, i)) {
            if (i > s && push(b, s, i, kind) < 0)
                return -1;
            if (!join_abbreviation_stop(b, i) && push(b, i, i + 1, TOK_PUNCT) < 0)
                return -1;
            s = i + 1;
        }
    }
    return s < e && push(b, s, e, kind) < 0 ? -1 : 0;
}

/* A word segment, split where a sentence was glued to it ("الأمد.وقال"), and with an
 * English possessive cut off. Nearly every word is neither: pushed whole, and taken back
 * in the rare case where a stop in it is glued between Arabic letters. */
static int push_word(struct tok_builder *b, int32_t s, int32_t e, uint8_t kind)
{
    const struct text *t = &b->d->text;
    if (is_possessive(t, s, e))
        return push_word_split(b, s, e, kind);
    int32_t fold_used = b->fold_used;
    int any = push(b, s, e, kind);
    if (any < 0)
        return -1;
    if (!(any & TEXT_STOP))
        return 0;
    int glued = 0;
    for (int32_t i = s; i < e && !glued; i++)
        glued = is_glued_stop(t, i);
    if (!glued)
        return 0;
    b->d->n_tokens--;
    b->fold_used = fold_used;
    return push_word_split(b, s, e, kind);
}

int tokens_split(struct doc *d, struct arena *a, UBreakIterator *bi)
{
    const struct text *t = &d->text;
    /* News text has a token per five or six units; a quarter of the length is room for
     * nearly every text, so the array is seldom copied, never cleared. */
    struct tok_builder b = {d, a, t->len / 4 + 64, NULL, 0};
    b.fold_pool = arena_array_uninit(a, (size_t)t->len + 1, sizeof(UChar));
    d->tokens = arena_array_uninit(a, (size_t)b.cap, sizeof *d->tokens);
    d->n_tokens = 0;
    if (!b.fold_pool || !d->tokens)
        return -1;
    struct wordbreak wb;
    if (wordbreak_start(&wb, t->u16, t->len, bi) != 0)
        return -1;
    struct wb_segment segs[64];
    int r;
    while ((r = wordbreak_next(&wb, segs, 64)) > 0) {
        for (int k = 0; k < r; k++) {
            int32_t start = segs[k].start, end = segs[k].end;
            if (segs[k].kind != WB_NONE) {
                if (push_word(&b, start, end, segs[k].kind == WB_NUMBER ? TOK_NUMBER : TOK_WORD) != 0)
                    return -1;
                continue;
            }
            if (end == start + 1 && (t->cls[start] & TEXT_SPACE))
                continue; /* a lone space, as most are: nothing to push */
            for (int32_t i = start; i < end; i++) {
                if (t->cls[i] & TEXT_INVISIBLE)
                    continue;
                UChar c = t->u16[i];
                int32_t n = (U16_IS_LEAD(c) && i + 1 < end && U16_IS_TRAIL(t->u16[i + 1])) ? 2 : 1;
                if (c == '.' && join_abbreviation_stop(&b, i))
                    continue;
                if (push(&b, i, i + n, TOK_PUNCT) < 0)
                    return -1;
                i += n - 1;
            }
        }
    }
    if (r < 0)
        return -1;
    /* Zero after the last form, as a cleared pool had: a word of ignorables only has an
     * empty form, and readers that look at its first unit read on into the pool. */
    memset(b.fold_pool + b.fold_used, 0, (size_t)(t->len + 1 - b.fold_used) * sizeof(UChar));
    /* And a zeroed token after the last, as a cleared array had: some readers look one
     * past the end (quotes.c, the sentence of the token after a cue that ends the text). */
    if (!new_token(&b))
        return -1;
    d->n_tokens--;
    memset(&d->tokens[d->n_tokens], 0, sizeof *d->tokens);
    /* Assign tokens to sentences: both lists are in text order, so each sentence takes
     * the run of tokens that start inside it, and a sentence without tokens [0, 0). A
     * token between sentences (a tatweel or other invisible character the sentence was
     * trimmed of, a bullet: "...؟\nـ هي اتفاق") goes with the sentence after it (the last
     * takes those after it), so that every token has a sentence its readers may index. */
    int32_t k = 0;
    for (int32_t si = 0; si < d->n_sentences; si++) {
        struct sentence *s = &d->sentences[si];
        int32_t begin = k;
        while (k < d->n_tokens && (d->tokens[k].span.start < s->span.end || si + 1 == d->n_sentences))
            d->tokens[k++].sentence = si;
        s->tok_begin = k > begin ? begin : 0;
        s->tok_end = k > begin ? k : 0;
    }
    return 0;
}

const UChar *tok_head_stem(const struct token *t, int32_t *len)
{
    const UChar *w = t->fold + t->lex_prefix;
    int32_t n = t->fold_len - t->lex_prefix;
    if (n > 4 && w[0] == 0x0627 && w[1] == 0x0644) {
        w += 2;
        n -= 2;
    }
    *len = n;
    return w;
}

/* Do a and b have the same head stem, the accusative alef off when `accusative`? */
static int same_stem(const struct token *a, const struct token *b, int accusative)
{
    int32_t an, bn;
    const UChar *aw = tok_head_stem(a, &an), *bw = tok_head_stem(b, &bn);
    if (accusative && an > 3 && aw[an - 1] == 0x0627)
        an--;
    if (accusative && bn > 3 && bw[bn - 1] == 0x0627)
        bn--;
    return an == bn && !memcmp(aw, bw, (size_t)an * sizeof *aw);
}

int tok_same_head(const struct token *a, const struct token *b)
{
    return same_stem(a, b, 0);
}

int tok_same_noun(const struct token *a, const struct token *b)
{
    return a->kind == TOK_WORD && same_stem(a, b, 1);
}

int tok_carries_pronoun(const struct doc *d, const struct token *t)
{
    int32_t n = t->fold_len;
    if (t->kind != TOK_WORD || n < 2 || (tok_kinds(t) & (LEX_PRONOUN | LEX_COMPLEMENTIZER)) || !(tok_kinds(t) & LEX_STOP))
        return 0;
    return d->text.u16[t->span.end - 1] == 0x0647 ||
           (n >= 3 && t->fold[n - 2] == 0x0647 && (t->fold[n - 1] == 0x0627 || t->fold[n - 1] == 0x0645));
}

/* قرارها، حديثهم، موقفه: ها or هم, or ه as written (not a ta marbuta that folding made
 * ه: دراسة), on a word the lexicon does not read otherwise. */
int tok_written_pronoun(const struct doc *d, const struct token *t)
{
    int len = tok_object_pronoun_len(t);
    return len == 2 || (len == 1 && d->text.u16[t->span.end - 1] == 0x0647);
}

int tok_in_it(const struct doc *d, int32_t k)
{
    static const UChar fih[] = {0x0641, 0x064A, 0x0647};
    if (k >= d->n_tokens)
        return 0;
    const struct token *t = &d->tokens[k];
    return (t->fold_len == 3 || (t->fold_len == 4 && t->fold[3] == 0x0627)) && !memcmp(t->fold, fih, sizeof fih);
}

int tok_describes_statement(const struct doc *d, int32_t k)
{
    /* (past كان: "عبارة كان يرددها أستاذه") */
    int32_t before = k > 1 && tok_is_kana(&d->tokens[k - 1]) ? k - 2 : k - 1;
    const struct token *n = before >= 0 ? &d->tokens[before] : NULL;
    return n && n->sentence == d->tokens[k].sentence && (tok_kinds(n) & LEX_STATEMENT) && !tok_has_article(n) &&
           tok_written_pronoun(d, &d->tokens[k]);
}

int tok_pronoun_suffixed(const struct doc *d, const struct token *t)
{
    if (t->fold_len < 5 || (tok_kinds(t) & (LEX_VERB | LEX_STOP | LEX_TITLE | LEX_ROLE_NOUN)))
        return 0;
    return tok_written_pronoun(d, t);
}

/* له، لها، لنا: whom something was told, a pronoun in ل (markers.tsv "dative"); asked of
 * a word the tagger has not reached yet, so from the lexicon itself. */
static int dative_pronoun(const struct lexicon *lx, const struct token *t)
{
    if (t->kind != TOK_WORD || t->fold_len > 4)
        return 0;
    struct ustr w = {t->fold, t->fold_len};
    const struct lex_entry *e = lexicon_get(lx, &w, 1);
    return e && (e->markers & MARK_DATIVE);
}

/* where: 0 anywhere; AFTER_RELATIVE after a relative pronoun, ما or قد, where a lone ه
 * is the object too; ANY_VERB_OF_SAYING there, before whom it was told, where a verb the
 * list does not mark "object" takes one as well ("بما قاله له دبلوماسي"). */
enum { AFTER_RELATIVE = 1, ANY_VERB_OF_SAYING = 2 };

static void tag_verb_with_object(struct token *tk, const struct lexicon *lx, const struct clitic_variant *vs, int nv,
                                 int where)
{
    static const UChar suffixes[][2] = {{0x0647, 0}, {0x0647, 0x0627}, {0x0647, 0x0645}};
    /* (every variant ends as the word does: most words carry no such pronoun) */
    if (!tok_object_pronoun_len(tk))
        return;
    /* Only after و/ف (ووصفه بأنه): a bare word ending in ته is far more often a noun
     * with a pronoun (إفادته، تصريحاته) than a verb with an object. */
    for (int i = 0; i < nv; i++) {
        /* (a verb of describing also bare: "في خطوة وصفها X بأنها") */
        if (vs[i].add_al || vs[i].skip > 1)
            continue;
        int bare = vs[i].skip == 0;
        const UChar *w = tk->fold + vs[i].skip; /* the variant is the word without its clitic */
        int32_t n = tk->fold_len - vs[i].skip;
        /* (bare, only ها and هم: a lone ه folds like the ta marbuta of a noun, وصفة) */
        for (int s = bare && !where ? 1 : 0; s < 3; s++) {
            int32_t sl = suffixes[s][1] ? 2 : 1;
            if (n - sl < 3 || (bare && n - sl > 4) || memcmp(w + n - sl, suffixes[s], (size_t)sl * sizeof(UChar)) != 0)
                continue; /* (the verbs of describing are short: وصف، يصف، وصفت) */
            struct ustr p = {w, n - sl};
            const struct lex_entry *e = lexicon_get(lx, &p, 1);
            if (e && (e->kinds & LEX_VERB) && e->verb_aspect <= ASPECT_PRESENT &&
                (!bare || e->verb_object || where == ANY_VERB_OF_SAYING)) {
                tk->lex = e;
                tk->lex_prefix = vs[i].skip;
                return;
            }
        }
    }
}

/* بيري is not ب + يرى: a finite verb takes no preposition ب or ك and no article (a masdar
 * or participle may: بالقول، كمراقب). */
static int finite_verb_after_preposition(const struct token *tk, struct clitic_variant v, const struct lex_entry *e)
{
    if (!(e->kinds & LEX_VERB) || e->verb_aspect > ASPECT_PRESENT || (e->kinds & ~(uint32_t)(LEX_VERB | LEX_MARKER)))
        return 0;
    if (v.add_al)
        return 1;
    for (int32_t i = 0; i < v.skip && i < tk->fold_len; i++)
        if (tk->fold[i] == 0x0628 || tk->fold[i] == 0x0643)
            return 1;
    return 0;
}

/* فكري is not ف + ك + ري: a name of two letters (a Korean family name) is read behind
 * one clitic at most. */
static int short_name_behind_clitics(const struct token *tk, struct clitic_variant v, const struct lex_entry *e)
{
    return v.skip >= 2 && tk->fold_len - v.skip <= 2 && !(e->kinds & ~(uint32_t)(LEX_FIRST_NAME | LEX_FAMILY_NAME | LEX_MARKER));
}

/* Tags one word whose strtab hash state is h0: every clitic reading is looked up once,
 * here, and the ones that have an entry are kept for tok_phrase_at. 0, or -1 when the
 * arena is exhausted. */
static int tag_word(struct token *tk, struct tok_readings *r, uint32_t h0, struct arena *a,
                    const struct lexicon *lx)
{
    struct clitic_variant vs[8];
    struct lex_hit hits[8];
    int nv = lexicon_clitic_variants(tk->fold, tk->fold_len, vs), nh = 0, madda_name = 0;
    for (int i = 0; i < nv; i++) {
        struct ustr pieces[2];
        pieces[0] = (struct ustr){tk->fold, tk->fold_len};
        uint32_t h = h0;
        int np = i == 0 ? 1 : lexicon_variant_pieces(tk->fold, tk->fold_len, vs[i], pieces, &h); /* 0: the word */
        const struct lex_entry *e = lexicon_get_hashed(lx, h, pieces, np);
        if (!e)
            continue;
        if (i == 0 && tok_madda_name(tk, e)) {
            madda_name = 1;
            tk->var_kinds |= e->kinds & LEX_FIRST_NAME; /* (tok_madda_given_name) */
            continue;
        }
        hits[nh++] = (struct lex_hit){e, h, vs[i]};
        tk->var_kinds |= e->kinds;
        /* A stripped variant only counts when it is a word on its own right:
         * "وزير" must not become و + "زير". Stop words need the exact form. A marker
         * sense never makes a reading the token's entry: markers are read from the hits
         * (tok_marker), and a word is tagged as it was before markers.tsv listed it. */
        uint32_t senses = e->kinds & ~(uint32_t)LEX_MARKER;
        if (!tk->lex && senses && (i == 0 || (senses & ~(uint32_t)(LEX_STOP | LEX_PRONOUN | LEX_CONJ_BREAK))) &&
            !(i > 0 && (finite_verb_after_preposition(tk, vs[i], e) || short_name_behind_clitics(tk, vs[i], e)))) {
            tk->lex = e;
            tk->lex_prefix = (uint8_t)vs[i].skip;
        }
    }
    if (nh) {
        struct lex_hit *kept = arena_array_uninit(a, (size_t)nh + 1, sizeof *kept);
        if (!kept)
            return -1;
        memcpy(kept, hits, (size_t)nh * sizeof *kept);
        kept[nh] = (struct lex_hit){NULL, 0, {0, 0}}; /* ends the list */
        r->hits = kept;
    }
    if (!tk->lex && (tk->flags & TOKF_ARABIC))
        tag_verb_with_object(tk, lx, vs, nv, 0);
    if ((tk->flags & TOKF_ARABIC) && !madda_name && !tok_two_final_waws(tk) &&
        (lexicon_is_common_hashed(lx, tk->fold, tk->fold_len, h0) || tok_lam_noun_ours(tk)))
        tk->flags |= TOKF_COMMON;
    return 0;
}

/* The keys that go on from token k's readings: for each reading (its hits, in order),
 * the entries of its form joined to the next 1, 2, ... words, as far as the table knows
 * them, then NULL. Every word prefix of a key is an entry marked LEX_PHRASE_START whose
 * max_words covers the key (entry_for_folded), so the first prefix the table does not
 * know ends a run, and the hash of a run's key goes on from the one before. The runs
 * stop where a match would (punctuation, 16 words) except at the caller's `end`, which
 * tok_phrase_at applies. 0, or -1 when the arena is exhausted. */
static int tag_phrases(struct doc *d, int32_t k, struct arena *a, const struct lexicon *lx)
{
    static const UChar space = ' ';
    struct token *tk = &d->tokens[k];
    const struct lex_entry *runs[8 * 16];
    int nr = 0, any = 0;
    /* every reading's run is ended by the NULL of the loop's step, skipped ones too */
    for (const struct lex_hit *h = d->tok_readings[k].hits; h->e; runs[nr++] = NULL, h++) {
        const struct lex_entry *prev = h->e;
        if (!(prev->kinds & LEX_PHRASE_START))
            continue;
        struct ustr pieces[2 + 2 * 15];
        uint32_t hash = h->hash;
        int np = lexicon_variant_pieces(tk->fold, tk->fold_len, h->v, pieces, NULL);
        int32_t maxn = prev->max_words < 16 ? prev->max_words : 16;
        for (int32_t n = 2; n <= maxn && k + n - 1 < d->n_tokens; n++) {
            const struct token *t = &d->tokens[k + n - 1];
            if (t->kind == TOK_PUNCT || !(prev->kinds & LEX_PHRASE_START) || prev->max_words < n)
                break;
            hash = strtab_hash(strtab_hash_unit(hash, space), t->fold, t->fold_len);
            pieces[np++] = (struct ustr){&space, 1};
            pieces[np++] = (struct ustr){t->fold, t->fold_len};
            const struct lex_entry *e = lexicon_get_hashed(lx, hash, pieces, np);
            if (!e)
                break;
            runs[nr++] = prev = e;
            any = 1;
        }
    }
    if (!any)
        return 0; /* phrases stays NULL: no reading goes on */
    const struct lex_entry **kept = arena_array_uninit(a, (size_t)nr, sizeof *kept);
    if (!kept)
        return -1;
    memcpy(kept, runs, (size_t)nr * sizeof *kept);
    d->tok_readings[k].phrases = kept;
    return 0;
}

/* The tokens already tagged in this article, by form: an article repeats its words, and
 * all tokens_tag finds depends only on the form, on TOKF_ARABIC, on the first letter's
 * hamza (TOKF_HAMZA_FIRST, TOKF_MADDA_FIRST) and on whether the token is punctuation. A
 * slot holds a token index + 1 (0: empty). A form is looked for in at most MEMO_PROBES
 * slots, so words built to collide each cost a fresh tag, never a long scan. */
#define MEMO_PROBES 8

struct memo {
    uint32_t *slots;
    uint32_t mask;
};

/* 1 when a[0..n) == b[0..n). A loop, not memcmp: forms are a few units long and the
 * call would cost more than the compare. */
static int same_units(const UChar *a, const UChar *b, int32_t n)
{
    for (int32_t i = 0; i < n; i++)
        if (a[i] != b[i])
            return 0;
    return 1;
}

/* The earlier token of the same form as tk, or NULL; *free_slot gets where tk may go
 * (NULL when every probed slot is taken). */
static const struct token *memo_find(const struct memo *m, const struct doc *d, const struct token *tk, uint32_t h,
                                     uint32_t **free_slot)
{
    *free_slot = NULL;
    for (uint32_t i = 0, j = h & m->mask; i < MEMO_PROBES; i++, j = (j + 1) & m->mask) {
        if (!m->slots[j]) {
            *free_slot = &m->slots[j];
            return NULL;
        }
        const struct token *t = &d->tokens[m->slots[j] - 1];
        if (t->fold_len == tk->fold_len && !((t->flags ^ tk->flags) & (TOKF_ARABIC | TOKF_HAMZA_FIRST | TOKF_MADDA_FIRST)) &&
            (t->kind == TOK_PUNCT) == (tk->kind == TOK_PUNCT) && same_units(t->fold, tk->fold, tk->fold_len))
            return t;
    }
    return NULL;
}

/* ما، مما، كما، بما، لما: "what" before a verb — "ما يصفه مراقبون بـ«...»" — whose object pronoun
 * is the thing described */
static int is_ma(const struct token *t)
{
    const UChar *w = t->fold;
    int32_t n = t->fold_len;
    if (n == 3 && (w[0] == 0x0645 || w[0] == 0x0643 || w[0] == 0x0628 || w[0] == 0x0644))
        w++, n--;
    return t->kind == TOK_WORD && n == 2 && w[0] == 0x0645 && w[1] == 0x0627;
}

int tok_shadda_unwritten(const struct doc *d, const struct token *t, const struct lex_entry *e)
{
    if (!e || e->kinds != LEX_VERB || !e->verb_shadda)
        return 0;
    if (t->lex_prefix == 1 && (t->fold[0] == 0x0648 || t->fold[0] == 0x0641))
        return 0;
    for (int32_t i = t->span.start; i < t->span.end; i++)
        if (d->text.u16[i] == 0x0651)
            return 0;
    return 1;
}

int tokens_tag(struct doc *d, struct arena *a, const struct lexicon *lx)
{
    struct memo m;
    /* (as many slots as tokens: a text repeats its words, so the distinct forms fill about
     * half of them, and the table is cleared per document; twice that cost the seed 2 K
     * instructions in clearing alone) */
    size_t cap = 64;
    while (cap < (size_t)d->n_tokens)
        cap *= 2;
    m.slots = arena_array(a, cap, sizeof *m.slots);
    m.mask = (uint32_t)(cap - 1);
    /* Not cleared: every entry is set below, as the loop reaches its token. */
    struct tok_readings *rd = d->tok_readings = arena_array_uninit(a, (size_t)d->n_tokens + 1, sizeof *rd);
    if (!m.slots || !rd)
        return -1;
    struct token *tokens = d->tokens;
    int32_t n = d->n_tokens;
    rd[n] = (struct tok_readings){NULL, NULL};
    for (int32_t k = 0; k < n; k++) {
        struct token *tk = &tokens[k];
        rd[k] = (struct tok_readings){NULL, NULL};
        if (tk->fold_len == 0 || tk->fold_len > 64)
            continue;
        uint32_t h0 = strtab_hash(STRTAB_HASH_INIT, tk->fold, tk->fold_len), *slot;
        const struct token *same = memo_find(&m, d, tk, strtab_hash_final(h0), &slot);
        if (same) {
            tk->lex = same->lex;
            tk->lex_prefix = same->lex_prefix;
            tk->var_kinds = same->var_kinds;
            rd[k].hits = rd[same - tokens].hits;
            tk->flags |= same->flags & TOKF_COMMON;
        } else {
            if (tk->kind == TOK_PUNCT) {
                struct ustr p = {tk->fold, tk->fold_len};
                tk->lex = lexicon_get_hashed(lx, h0, &p, 1);
            } else if (tag_word(tk, &rd[k], h0, a, lx) != 0) {
                return -1;
            }
            if (slot)
                *slot = (uint32_t)k + 1;
        }
        if ((tk->var_kinds & LEX_PHRASE_START) && tag_phrases(d, k, a, lx) != 0)
            return -1;
        /* "لقدرة الحكومة": folding made the ta marbuta ه, so the noun read as ل + the verb
         * قدّره with its object; no finite verb ends in ة as written (the memo above is per
         * folded form, so this is settled per token) */
        if (tk->lex && tk->lex->kinds == LEX_VERB && tk->lex->verb_aspect <= ASPECT_PRESENT && tok_ta_marbuta(d, tk)) {
            tk->lex = NULL;
            tk->lex_prefix = 0;
        }
        /* "الاتفاق الذي وصفه X بأنه": after a relative pronoun a bare word in ه is the verb
         * with its object, not a noun in ta marbuta (the memo above is per word, so this
         * reading, which depends on the word before, is taken here) */
        /* (so after قد, and after "وهو رقم": an indefinite noun that the verb's clause
         * describes, "وهو رقم وصفه الكرملين بأنه") */
        if (k > 0 && (tk->flags & TOKF_ARABIC) && tk->fold_len >= 4 && !(tok_kinds(tk) & LEX_VERB) &&
            tok_object_pronoun_len(tk) &&
            (tok_is_relative_pronoun(&tokens[k - 1]) || is_ma(&tokens[k - 1]) || tok_is_qad(&tokens[k - 1]) ||
             (k > 1 && tok_is_wa_huwa(&tokens[k - 2]) && tokens[k - 1].kind == TOK_WORD &&
              !tok_has_article(&tokens[k - 1]) && !tok_kinds(&tokens[k - 1])))) {
            struct clitic_variant vs[8];
            int nv = lexicon_clitic_variants(tk->fold, tk->fold_len, vs);
            /* (any verb of saying after ما inside a clause, before whom it was told: "ويستشهد
             * بما قاله له X:"; not ما of a source, "بحسب ما نقله X", which reads the verb in
             * the marker's own way, nor a heading, "ما يقوله المحللون:") */
            const struct token *w = k > 1 ? &tokens[k - 2] : NULL;
            int any_verb = is_ma(&tokens[k - 1]) && w && w->kind == TOK_WORD && w->sentence == tk->sentence &&
                           !(tok_kinds(w) & LEX_SOURCE) && k + 1 < n && dative_pronoun(lx, &tokens[k + 1]);
            tag_verb_with_object(tk, lx, vs, nv, any_verb ? ANY_VERB_OF_SAYING : AFTER_RELATIVE);
        }
    }
    /* after the loop, whose memo hands a token's reading on to the later tokens of its
     * form: this reading depends on the word before */
    /* (and "كو إن-هيه"، "سو-إن": إن glued by a hyphen to a word is a syllable of a Korean
     * name, never the complementiser, which no one writes joined to anything) */
    for (int32_t k = 1; k < n; k++) {
        struct token *tk = &tokens[k];
        if (tok_verb_read_as_noun(&tokens[k - 1], tk->lex))
            tk->lex = NULL;
        else if (tk->fold_len == 2 && (tok_kinds(tk) & LEX_COMPLEMENTIZER) &&
                 (tok_glued_hyphen_after(d, k) || (k >= 2 && tok_glued_hyphen_after(d, k - 2)))) {
            tk->lex = NULL;
            tk->lex_prefix = 0;
            tk->var_kinds = 0;
        }
    }
    return 0;
}

/* ---- predicates ---- */

int tok_verb_read_as_noun(const struct token *prev, const struct lex_entry *e)
{
    return prev->fold_len == 2 && prev->fold[0] == 0x0627 && prev->fold[1] == 0x064A && e && e->kinds == LEX_VERB &&
           e->verb_aspect <= ASPECT_PRESENT;
}

int tok_is_quote_mark(const struct token *tk);

#define AR_ALEF 0x0627
#define AR_LAM 0x0644

int tok_is_char(const struct token *tk, UChar c)
{
    return tk->kind == TOK_PUNCT && tk->fold_len == 1 && tk->fold[0] == c;
}

int tok_writer_voice(const struct doc *d, const struct token *t)
{
    if (t->kind != TOK_WORD || !t->lex || !(t->lex->kinds & LEX_VERB))
        return 0;
    if (t->lex->verb_self)
        return 1;
    const UChar *u = d->text.u16;
    int32_t e = t->span.end;
    if (t->lex->verb_aspect != ASPECT_PAST || e - t->span.start < 3)
        return 0;
    if (u[e - 1] == 0x064F && u[e - 2] == 0x062A)
        return 1;
    /* "وكنت قد كتبت": كنت (not كانت) is the writer's, and the ت of the verb after it too */
    int32_t k = (int32_t)(t - d->tokens);
    if (t->fold[t->fold_len - 1] != 0x062A || k < 1)
        return 0;
    const struct token *b = &d->tokens[k - 1];
    if (tok_is_qad(b) && k >= 2)
        b = &d->tokens[k - 2];
    int32_t p = b->fold_len == 4 && (b->fold[0] == 0x0648 || b->fold[0] == 0x0641) ? 1 : 0;
    return b->kind == TOK_WORD && b->fold_len - p == 3 && b->fold[p] == 0x0643 && b->fold[p + 1] == 0x0646 &&
           b->fold[p + 2] == 0x062A;
}

int tok_is_dash(const struct token *tk)
{
    return tk->kind == TOK_PUNCT && tk->fold_len == 1 &&
           (tk->fold[0] == '-' || tk->fold[0] == 0x2013 || tk->fold[0] == 0x2014);
}

int tok_is_question_mark(const struct token *tk)
{
    return tok_is_char(tk, 0x061F) || tok_is_char(tk, '?');
}

int tok_has_article_after_clitic(const struct token *tk)
{
    const UChar *w = tk->fold;
    int32_t n = tk->fold_len;
    int32_t p = (w[0] == 0x0648 || w[0] == 0x0641) ? 1 : 0; /* و ف */
    if (n - p >= 4 && w[p] == AR_LAM && w[p + 1] == AR_LAM)
        return 1; /* لل */
    if (n - p >= 5 && (w[p] == 0x0628 || w[p] == 0x0643 || w[p] == AR_LAM) && w[p + 1] == AR_ALEF &&
        w[p + 2] == AR_LAM)
        return 1; /* بال كال */
    /* (not a word the lexicon knows whole: والدة، والدي are "mother", "my father") */
    return p == 1 && n >= 5 && w[1] == AR_ALEF && w[2] == AR_LAM && !(tk->lex && tk->lex_prefix == 0);
}

int tok_has_prep_clitic(const struct token *tk)
{
    if (!(tk->flags & TOKF_ARABIC) || tk->fold_len < 4 || !tk->lex)
        return 0;
    int32_t p = (tk->fold[0] == 0x0648 || tk->fold[0] == 0x0641) ? 1 : 0;
    UChar c = tk->fold[p];
    if (c != 0x0628 && c != AR_LAM && c != 0x0643)
        return 0;
    /* Only when the lexicon stripped it: for an unknown word the first letter may as
     * well belong to the name (كركودينوف، بيلوسوف). */
    return tk->lex_prefix > p;
}

static int demonym_stem(const struct lexicon *lx, const UChar *w, int32_t n)
{
    if (n <= 0 || !(lx->demonym_finals >> (w[n - 1] & 63) & 1))
        return 0;
    struct ustr p = {w, n};
    const struct lex_entry *e = lexicon_get(lx, &p, 1);
    return e && (e->kinds & LEX_DEMONYM);
}

int tok_is_demonym(const struct lexicon *lx, const struct token *tk)
{
    if (!(tk->flags & (TOKF_ARABIC | TOKF_LATIN)) || tk->fold_len > 40)
        return 0;
    const UChar *w = tk->fold;
    int32_t n = tk->fold_len;
    if (tk->lex && tk->lex_prefix) { /* clitic already identified */
        w += tk->lex_prefix;
        n -= tk->lex_prefix;
    } else if (n > 3 && (w[0] == 0x0648 || w[0] == 0x0641) && w[1] == AR_ALEF && w[2] == AR_LAM) {
        w++;
        n--;
    }
    if (n > 4 && w[0] == AR_ALEF && w[1] == AR_LAM) {
        w += 2;
        n -= 2;
    }
    if (demonym_stem(lx, w, n))
        return 1;
    /* feminine ة (folded to ه), plurals ون ين, dual ان */
    if (n > 3 && w[n - 1] == 0x0647 && demonym_stem(lx, w, n - 1))
        return 1;
    if (n > 4 && (w[n - 1] == 0x0646) && (w[n - 2] == 0x0648 || w[n - 2] == 0x064A) &&
        demonym_stem(lx, w, n - 2))
        return 1;
    /* (a dual is of a nisba, روسيان: "الروسان" is a family name, not a dual of روس) */
    if (n > 4 && w[n - 1] == 0x0646 && w[n - 2] == AR_ALEF && w[n - 3] == 0x064A && demonym_stem(lx, w, n - 2))
        return 1;
    return 0;
}

int32_t tok_after_origin(const struct doc *d, const struct lexicon *lx, int32_t k, int32_t end)
{
    static const UChar origin[] = {AR_ALEF, 0x0635, AR_LAM}; /* أصل, folded */
    if (k + 2 >= end || !tok_is_demonym(lx, &d->tokens[k]) || !tok_has_article(&d->tokens[k]))
        return k;
    const struct token *t = &d->tokens[k + 1];
    if (tok_has_article(t) && t->fold_len - t->lex_prefix == 5 &&
        !memcmp(t->fold + t->fold_len - 3, origin, sizeof origin))
        return k + 2; /* السوري الأصل */
    const struct token *o = &d->tokens[k + 2];
    if (k + 3 < end && tok_is_min(t) && o->fold_len == 3 && !memcmp(o->fold, origin, sizeof origin) &&
        tok_is_demonym(lx, &d->tokens[k + 3]))
        return k + 4; /* الكوبي من أصل لبناني */
    return k;
}

int tok_is_scope_adjective(const struct lexicon *lx, const struct token *tk)
{
    /* (the definite singular only, الدولي، الدولية: as it stands after a body's head) */
    if (!tok_has_article(tk) || tk->lex_prefix || tk->fold_len < 5)
        return 0;
    struct ustr p = {tk->fold + 2, tk->fold_len - 2};
    if (p.s[p.len - 1] == 0x0647)
        p.len--;
    const struct lex_entry *e = lexicon_get(lx, &p, 1);
    return e && e->demonym_scope;
}

/* تاريخيا، عسكريا: a nisba in the accusative, an adverb, when the word before its يا is
 * common (the dictionary holds تاريخ, not every nisba made from it) and of four letters
 * at least (سيديا is a name); a given name in يا (ناديا) is listed as one. */
static int nisba_adverb(const struct lexicon *lx, const struct token *tk)
{
    int32_t n = tk->fold_len;
    return n >= 6 && tk->fold[n - 1] == 0x0627 && tk->fold[n - 2] == 0x064A && (tk->flags & TOKF_ARABIC) &&
           !(tok_kinds(tk) & (LEX_FIRST_NAME | LEX_FAMILY_NAME)) && lexicon_is_common_as_written(lx, tk->fold, n - 2);
}

int tok_owner_of_next(const struct doc *d, const struct lexicon *lx, int32_t k, int32_t end)
{
    if (k + 1 >= end || !tok_marker(d, k, MARK_OWNER_OF))
        return 0;
    const struct token *n = &d->tokens[k + 1];
    return tok_has_article(n) && !tok_nisba_ending(n) &&
           ((n->flags & TOKF_COMMON) || lexicon_is_common(lx, n->fold + 2, n->fold_len - 2));
}

int tok_is_name_like(const struct lexicon *lx, const struct token *tk)
{
    if (tk->kind != TOK_WORD)
        return 0;
    uint32_t k = tok_kinds(tk);
    if (k & (LEX_FIRST_NAME | LEX_FAMILY_NAME))
        return !(k & (LEX_STOP | LEX_VERB | LEX_COMPLEMENTIZER | LEX_PRONOUN | LEX_COMP_BLOCK));
    if (k & (LEX_STOP | LEX_VERB | LEX_COMPLEMENTIZER | LEX_TITLE | LEX_ROLE_NOUN | LEX_ORG_HEAD |
             LEX_GROUP | LEX_SOURCE | LEX_TAG | LEX_PRONOUN | LEX_COMP_BLOCK | LEX_DEMONYM))
        return 0;
    if (tk->flags & TOKF_LATIN)
        return (tk->flags & TOKF_UPPER) && !(tk->flags & TOKF_ALLCAPS); /* "TROOPS": a headline */
    if (!(tk->flags & TOKF_ARABIC) || tk->fold_len < 2)
        return 0;
    if (tok_is_demonym(lx, tk))
        return 0;
    if (nisba_adverb(lx, tk))
        return 0;
    return !(tk->flags & TOKF_COMMON) && !tok_has_article(tk);
}

int tok_relation_head(const struct doc *d, int32_t b, int32_t e)
{
    if (e - b < 1 || e - b > 2 || (tok_kinds(&d->tokens[b]) & LEX_STATEMENT))
        return 0;
    for (int32_t k = b; k < e; k++)
        if (d->tokens[k].kind != TOK_WORD || d->tok_mention[k] >= 0 || tok_has_article(&d->tokens[k]) ||
            (tok_kinds(&d->tokens[k]) & (LEX_TITLE | LEX_ROLE_NOUN | LEX_GROUP | LEX_ORG_HEAD)))
            return 0;
    const struct token *t = &d->tokens[e - 1];
    return t->fold_len >= 4 && t->fold[t->fold_len - 1] == 0x064A;
}

int tok_is_accusative_common(const struct lexicon *lx, const struct token *tk)
{
    int32_t n = tk->fold_len;
    return tk->kind == TOK_WORD && n >= 5 && tk->fold[n - 1] == 0x0627 && (tk->flags & TOKF_ARABIC) &&
           !(tok_kinds(tk) & (LEX_FIRST_NAME | LEX_FAMILY_NAME)) &&
           (lexicon_is_common_as_written(lx, tk->fold, n - 1) || nisba_adverb(lx, tk));
}

int32_t tok_u16_at_fold(const struct doc *d, const struct token *tk, int32_t fold_index)
{
    int32_t seen = 0;
    for (int32_t i = tk->span.start; i < tk->span.end; i++) {
        if (!d->text.fold[i])
            continue;
        if (seen == fold_index)
            return i;
        seen++;
    }
    return tk->span.end;
}

int32_t tok_phrase_from(const struct doc *d, const struct lexicon *lx, int32_t k, int32_t end, uint32_t mask,
                        int with_article, const struct lex_entry **out, struct clitic_variant *variant)
{
    const struct token *tk = &d->tokens[k];
    if (!(tk->var_kinds & (mask | LEX_PHRASE_START)))
        return 0;
    const struct lex_entry *const *run = d->tok_readings[k].phrases;
    for (const struct lex_hit *h = d->tok_readings[k].hits; h->e; h++) {
        const struct lex_entry *const *r = run;
        if (run)
            while (*run++) /* to the next reading's run */
                ;
        const struct lex_entry *e0 = h->e;
        if ((h->v.add_al && !with_article) || !(e0->kinds & (mask | LEX_PHRASE_START)))
            continue;
        const struct lex_entry *best = (e0->kinds & mask) ? e0 : NULL;
        int32_t best_n = 1;
        for (int32_t n = 2; r && r[n - 2] && k + n - 1 < end; n++) {
            if (r[n - 2]->kinds & mask) {
                best = r[n - 2];
                best_n = n;
            }
        }
        if (best) {
            *out = best;
            if (variant)
                *variant = h->v;
            return best_n;
        }
    }
    return 0;
}

int tok_is_kana(const struct token *t)
{
    int32_t p = t->fold_len > 3 && (t->fold[0] == 0x0648 || t->fold[0] == 0x0641) ? 1 : 0;
    int32_t n = t->fold_len - p;
    const UChar *f = t->fold + p;
    return t->kind == TOK_WORD && n >= 3 && n <= 4 && f[0] == 0x0643 && f[1] == 0x0627 && f[2] == 0x0646 &&
           (n == 3 || f[3] == 0x062A || f[3] == 0x0648);
}

int tok_is_amma(const struct token *t)
{
    const UChar *f = t->fold + (t->fold_len == 4 && t->fold[0] == 0x0648); /* (and وأما) */
    return (t->fold_len == 3 || f > t->fold) && f[0] == 0x0627 && f[1] == 0x0645 && f[2] == 0x0627;
}

/* له، لها، لهم، لنا، لي: ل and an attached pronoun, whom the verb told. */
static int lam_with_pronoun(const struct token *t)
{
    const UChar *f = t->fold;
    int32_t n = t->fold_len;
    if (n < 2 || n > 4 || f[0] != AR_LAM)
        return 0;
    return (n == 2 && (f[1] == 0x0647 || f[1] == 0x064A)) ||
           (n == 3 && ((f[1] == 0x0647 && (f[2] == 0x0627 || f[2] == 0x0645)) || (f[1] == 0x0646 && f[2] == 0x0627) ||
                       (f[1] == 0x0643 && f[2] == 0x0645))) ||
           (n == 4 && f[1] == 0x0647 && f[2] == 0x0645 && f[3] == 0x0627);
}

/* Can the word right after a verb begin its subject? Not a function word, a
 * complementiser, or a word behind a preposition (بالإنجليزية، للصحيفة). */
static int may_be_subject(const struct token *t)
{
    return t->kind == TOK_WORD && !(tok_kinds(t) & (LEX_STOP | LEX_COMPLEMENTIZER)) && !tok_has_prep_clitic(t) &&
           !lam_with_pronoun(t) &&
           !(t->fold_len > 4 && (t->fold[0] == 0x0628 || t->fold[0] == 0x0643) && t->fold[1] == 0x0627 &&
             t->fold[2] == AR_LAM) &&
           !(t->fold_len > 3 && t->fold[0] == AR_LAM && t->fold[1] == AR_LAM);
}

/* The subject written before the verb (speaker-first order), back to the start of the
 * clause: "وزير الخارجية ... قال إن". Returns the phrase start or v when none. */
int32_t tok_subject_before(const struct doc *d, int32_t v)
{
    static const UChar qad[] = {0x0642, 0x062F}, laqad[] = {0x0644, 0x0642, 0x062F}, faqad[] = {0x0641, 0x0642, 0x062F};
    int32_t sb = d->sentences[d->tokens[v].sentence].tok_begin, verb = v;
    /* وكان الوزير ... قد ذكر أن: step over قد (and "أما X، فقد دعت": its ف opens the
     * answer to أما as a ف on the verb does) */
    int fa = d->tokens[verb].lex_prefix >= 1 && d->tokens[verb].fold[0] == 0x0641;
    if (v > sb) {
        const struct token *t = &d->tokens[v - 1];
        if ((t->fold_len == 2 && !memcmp(t->fold, qad, sizeof qad)) ||
            (t->fold_len == 3 && !memcmp(t->fold, laqad, sizeof laqad)))
            v--;
        else if (t->fold_len == 3 && !memcmp(t->fold, faqad, sizeof faqad))
            v--, fa = 1;
    }
    /* "الاتفاق الذي وصفه كيم بأنه": after a relative pronoun, a verb with an object
     * pronoun (the antecedent) has its subject after it */
    const struct token *vt = &d->tokens[verb];
    if (verb > sb && tok_is_relative_pronoun(&d->tokens[verb - 1]) && tok_object_pronoun_len(vt))
        return verb;
    int32_t b = v;
    while (b > sb && v - b < 14) {
        const struct token *t = &d->tokens[b - 1];
        uint32_t k = tok_kinds(t);
        /* (a short name in marks inside the phrase, behind a preposition: "فمصادر قريبة
         * من «حزب الله» ترى") */
        if (tok_is_quote_mark(t) && b - 1 < v) {
            int32_t c = b - 2;
            while (c > sb && b - 1 - c <= 4 && d->tokens[c].kind == TOK_WORD)
                c--;
            const struct token *p = c > sb ? &d->tokens[c - 1] : NULL;
            /* (behind من، عن or في: "قريبة من «X»"; not "محدّث «الرياض»", the outlet told;
             * or, right before the verb, behind the bare head of a body: "رئيسة تعاونية
             * «تيفاوين» ترى") */
            int prep = p && p->kind == TOK_WORD &&
                       ((p->fold_len == 2 &&
                         ((p->fold[0] == 0x0645 && p->fold[1] == 0x0646) || (p->fold[0] == 0x0639 && p->fold[1] == 0x0646) ||
                          (p->fold[0] == 0x0641 && p->fold[1] == 0x064A))) ||
                        (b == v && (tok_kinds(p) & LEX_ORG_HEAD) && !tok_has_article(p) && !p->lex_prefix));
            if (prep && c < b - 2 && tok_is_quote_mark(&d->tokens[c])) {
                b = c;
                continue;
            }
        }
        if (t->kind == TOK_PUNCT || (k & (LEX_VERB | LEX_COMPLEMENTIZER | LEX_CONJ_BREAK | LEX_SOURCE)))
            break;
        b--;
    }
    /* "أما X، فغرّد": the topic before the comma is the subject of the verb in ف, when
     * no subject follows the verb ("أما واشنطن، فزعم متحدث ...": the spokesman) */
    /* (or "أما «سو-يون» (اسم مستعار) فقالت": a quoted name, a note in parentheses) */
    const struct token *before = v - 1 > sb ? &d->tokens[v - 1] : NULL;
    if (b == v && before && (tok_is_comma(before) || tok_is_quote_mark(before) || tok_is_char(before, ')')) && fa &&
        !(verb + 1 < d->n_tokens && may_be_subject(&d->tokens[verb + 1]))) {
        /* (an aside may stand between: "أما مصدر في جهاز استخبارات غربي، تحدث إلى «الوطن»
         * ...، فيقدّر أن"; the topic ends at its first comma) */
        int32_t comma = tok_is_comma(before) ? v - 1 : v;
        int quoted = 0; /* (a title in marks may hold any sign: "صاحب كتاب «كوريا: ...»") */
        for (int32_t a = v - 2; a >= sb && v - a < 40; a--) {
            const struct token *t = &d->tokens[a];
            if (tok_is_quote_mark(t))
                quoted = !quoted;
            if (quoted)
                continue;
            if (tok_is_comma(t)) {
                comma = a;
                continue;
            }
            if (t->kind == TOK_PUNCT && !tok_is_quote_mark(t) && !tok_is_char(t, 0x28) && !tok_is_char(t, 0x29) &&
                !tok_is_dash(t))
                break;
            if (tok_is_amma(t)) {
                /* (unless what follows that comma is the topic's role and name in
                 * apposition: "أما شريكته في إعداد التقرير، الباحثة سونغ، فكتبت") */
                if (comma + 1 < v - 1 && (tok_kinds(&d->tokens[comma + 1]) & (LEX_TITLE | LEX_ROLE_NOUN)) &&
                    tok_has_article(&d->tokens[comma + 1]))
                    comma = v - 1;
                /* (or a role, then the name set off by commas: "أما عضو المجلس البلدي عن قائمة
                 * «X»، نضال حاج يحيى، الذي ...، فقال") */
                else if (comma + 1 < v - 1 && d->tok_mention[comma + 1] >= 0) {
                    const struct mention *m = &d->mentions[d->tok_mention[comma + 1]];
                    if (m->tok_begin == comma + 1 && d->entities[m->entity].type == ENT_PERSON && m->tok_end < v &&
                        tok_is_comma(&d->tokens[m->tok_end]))
                        comma = m->tok_end;
                }
                if (a + 1 < comma)
                    b = a + 1, v = comma; /* (the phrase ends at the comma) */
                break;
            }
        }
    }
    /* "ضابط منشق عن قوات النظام، كان يخدم في ...، قال لعنب بلدي إن": the phrase that
     * opens the sentence, then an aside in a verb or a relative pronoun set off by commas,
     * when no subject follows the verb */
    /* (an outlet told in ل that no list knows is no subject: "قال لعنب بلدي") */
    const struct token *after_verb = verb + 1 < d->n_tokens ? &d->tokens[verb + 1] : NULL;
    if (b == v && before && tok_is_comma(before) && !fa &&
        !(after_verb && may_be_subject(after_verb) && !tok_unknown_in_lam(d, verb + 1))) {
        int32_t first = sb, comma = -1;
        while (first < v - 1 && d->tokens[first].kind == TOK_PUNCT)
            first++;
        for (int32_t a = first; a < v - 1 && a - first <= 10; a++) {
            const struct token *t = &d->tokens[a];
            if (tok_is_comma(t)) {
                comma = a;
                break;
            }
            if (t->kind == TOK_PUNCT || (tok_kinds(t) & (LEX_VERB | LEX_COMPLEMENTIZER | LEX_CONJ_BREAK | LEX_SOURCE)))
                break;
        }
        /* (a phrase headed by whom it names: not "نبدأ جولتنا من صحيفة X، التي ...") */
        int named_head = first < v && (d->tok_mention[first] >= 0 ||
                                       (tok_kinds(&d->tokens[first]) & (LEX_TITLE | LEX_ROLE_NOUN | LEX_GROUP)));
        const struct token *aside = named_head && comma > first && comma + 1 < v - 1 ? &d->tokens[comma + 1] : NULL;
        if (aside && ((tok_kinds(aside) & LEX_VERB) || tok_is_kana(aside) || tok_is_relative_pronoun(aside)))
            b = first, v = comma;
    }
    /* "اسمه الأول، سيرغي، قال لنا إن": a person's name set off by commas right before a
     * verb with no conjunction of its own and no subject after it is its subject
     * ("التقى الوزير بوتين، وقال" goes on with the first subject; "...، X، قال نائب
     * المستشار" has its own) */
    /* (or a given name alone that no pass made a person: "اسمه الأول، سيرغي،") */
    /* (a verb that takes its object before the words, "X، يصف كوزلوفسكي بأنه", has a name
     * after it for object) */
    int object_verb = d->tokens[verb].lex && d->tokens[verb].lex->verb_object;
    if (b == v && before && tok_is_comma(before) && !d->tokens[verb].lex_prefix && v - 3 >= sb &&
        !(after_verb && may_be_subject(after_verb) && !object_verb)) {
        int32_t mi = d->tok_mention[v - 2];
        const struct mention *m = mi >= 0 ? &d->mentions[mi] : NULL;
        /* (its title and the title's adjectives may open the apposition: "زميله السابق،
         * العقيد المتقاعد X، يصف") */
        int32_t ab = m ? m->tok_begin : v;
        if (m && object_verb)
            while (ab - 1 > sb && m->tok_begin - ab < 4 && d->tok_mention[ab - 1] < 0 &&
                   d->tokens[ab - 1].kind == TOK_WORD && !d->tokens[ab - 1].lex_prefix &&
                   ((tok_kinds(&d->tokens[ab - 1]) & (LEX_TITLE | LEX_ROLE_NOUN)) || tok_has_article(&d->tokens[ab - 1])))
                ab--;
        /* (and opens the sentence's clause: not "رفض X، Y، وصف المعاهدة بـ", a verbal noun
         * after the clause's verb, nor "ذكّرت الصحيفة بأن X، Y، وصف", a clause reported) */
        for (int32_t a = sb; object_verb && m && a < ab - 1; a++)
            if (tok_kinds(&d->tokens[a]) & (LEX_VERB | LEX_COMPLEMENTIZER))
                ab = sb;
        /* (whose first words name someone: a role, a title, a group or a name) */
        if (object_verb && m && ab > sb + 1) {
            int32_t f = ab - 2;
            while (f > sb && !tok_is_comma(&d->tokens[f - 1]))
                f--;
            /* (or a relation with its pronoun: "زميله السابق، العقيد X،") */
            if (!(d->tok_mention[f] >= 0 || (tok_kinds(&d->tokens[f]) & (LEX_TITLE | LEX_ROLE_NOUN | LEX_GROUP)) ||
                  (!tok_kinds(&d->tokens[f]) && tok_pronoun_suffixed(d, &d->tokens[f]))))
                ab = sb;
        }
        if (m && m->tok_end == v - 1 && d->entities[m->entity].type == ENT_PERSON && ab > sb &&
            tok_is_comma(&d->tokens[ab - 1]))
            return m->tok_begin;
        const struct token *given = &d->tokens[v - 2];
        if (!m && given->kind == TOK_WORD && !given->lex_prefix && (tok_kinds(given) & LEX_FIRST_NAME) &&
            !(tok_kinds(given) & (LEX_STOP | LEX_NAME_PARTICLE)) && tok_is_comma(&d->tokens[v - 3]))
            return v - 2;
    }
    /* أما X فقال: أما opens the topic */
    if (b < v && tok_is_amma(&d->tokens[b]))
        b++;
    /* كان is the frame, not the subject */
    while (b < v && tok_is_kana(&d->tokens[b]))
        b++;
    if (b == v)
        return verb;
    /* "وفي الصفحة الأخيرة من سيرته كتب:": a phrase behind في says where, not who */
    if (d->tokens[b].fold_len <= 3 && tok_marker_after(d, b, d->tokens[b].lex_prefix, MARK_SEAT))
        return verb;
    /* "وردا على سؤال حول موقف الدول قال المسؤول": nor one on the occasion of the words
     * (ردا، تعليقا على), which says why */
    const struct token *first = &d->tokens[b];
    if (b + 1 < v && (first->var_kinds & LEX_MARKER) && tok_is_ala(&d->tokens[b + 1]) &&
        tok_marker_after(d, b, first->fold_len > 3 && first->fold[0] == 0x0648, MARK_OCCASION | MARK_REPLY))
        return verb;
    /* only a phrase that names someone counts */
    for (int32_t k = b; k < v; k++) {
        uint32_t kinds = tok_kinds(&d->tokens[k]);
        if (d->tok_mention[k] >= 0 || (kinds & (LEX_ROLE_NOUN | LEX_TITLE | LEX_GROUP | LEX_PRONOUN)) ||
            ((kinds & LEX_ORG_HEAD) && k == b)) /* (أما إدارة الفيصلي فأعلنت) */
            return b;
    }
    return verb;
}

int tok_sound_plural(const struct token *tk)
{
    if (tk->kind != TOK_WORD || tk->fold_len < 5)
        return 0;
    UChar a = tk->fold[tk->fold_len - 2], z = tk->fold[tk->fold_len - 1];
    return z == 0x0646 && (a == 0x064A || a == 0x0648);
}

int tok_same_word_without_article(const struct token *a, const struct token *b)
{
    const UChar *wa = a->fold, *wb = b->fold;
    int32_t na = a->fold_len, nb = b->fold_len;
    if (na > 3 && wa[0] == 0x0648)
        wa++, na--;
    if (nb > 3 && wb[0] == 0x0648)
        wb++, nb--;
    if (na > 4 && wa[0] == 0x0627 && wa[1] == 0x0644)
        wa += 2, na -= 2;
    if (nb > 4 && wb[0] == 0x0627 && wb[1] == 0x0644)
        wb += 2, nb -= 2;
    return na == nb && na >= 3 && !memcmp(wa, wb, (size_t)na * sizeof(UChar));
}

int tok_people_plural(const struct lexicon *lx, const struct token *tk)
{
    if (!tok_sound_plural(tk) || tk->lex_prefix || tok_has_article(tk) || !(tk->flags & TOKF_ARABIC))
        return 0;
    return lexicon_is_common_as_written(lx, tk->fold, tk->fold_len - 2);
}

int tok_role_adjective_with_article(const struct lexicon *lx, const struct token *t)
{
    if (t->kind != TOK_WORD || t->fold_len < 5 || t->lex_prefix || !tok_has_article(t))
        return 0;
    struct ustr bare = {t->fold + 2, t->fold_len - 2};
    const struct lex_entry *b = lexicon_get(lx, &bare, 1);
    return b && (b->markers & MARK_ROLE_ADJECTIVE);
}

int tok_is_statement_word(const struct lexicon *lx, const struct token *t)
{
    if (tok_kinds(t) & LEX_STATEMENT)
        return 1;
    if (t->kind != TOK_WORD || t->lex_prefix || t->fold_len < 3)
        return 0; /* (رده: رد and its pronoun) */
    int32_t sl;
    const struct lex_entry *e = lexicon_get_before_pronoun(lx, t->fold, t->fold_len, &sl);
    return e && (e->kinds & LEX_STATEMENT);
}

static int people_entry(const struct lex_entry *e)
{
    return e && ((e->kinds & LEX_GROUP) || ((e->kinds & LEX_TITLE) && (e->role_classes & CLASS_PERSON)));
}

const struct lex_entry *tok_owned_people(const struct doc *d, const struct lexicon *lx, const struct token *t)
{
    /* (a verb with its object may be the noun with its possessor: أسرته "captured him" is
     * "his family") */
    if ((t->lex && t->lex->kinds != LEX_VERB) || t->kind != TOK_WORD || t->lex_prefix || !tok_object_pronoun_len(t) ||
        !tok_written_pronoun(d, t))
        return NULL;
    int32_t n = t->fold_len - tok_object_pronoun_len(t);
    UChar stem[32];
    if (n < 2 || n > 32)
        return NULL;
    memcpy(stem, t->fold, (size_t)n * sizeof(UChar));
    struct ustr u = {stem, n};
    /* (the ta marbuta written ت before the pronoun, first: اسرت is a verb, أسرة a family;
     * lexicon_get_before_pronoun tries the word as written first, so it is not asked) */
    if (stem[n - 1] == 0x062A) {
        stem[n - 1] = 0x0647;
        const struct lex_entry *noun = lexicon_get(lx, &u, 1);
        if (people_entry(noun))
            return noun;
        stem[n - 1] = 0x062A;
    }
    const struct lex_entry *e = lexicon_get(lx, &u, 1);
    return people_entry(e) ? e : NULL;
}

const struct lex_entry *tok_verb_before_pronoun(const struct doc *d, const struct lexicon *lx, const struct token *t)
{
    int32_t sl;
    if (t->kind != TOK_WORD || !tok_written_pronoun(d, t))
        return NULL;
    const struct lex_entry *e = lexicon_get_before_pronoun(lx, t->fold + t->lex_prefix, t->fold_len - t->lex_prefix, &sl);
    return e && (e->kinds & LEX_VERB) && e->verb_aspect <= ASPECT_PRESENT ? e : NULL;
}

/* "ويقول بلهجته الصعيدية:"، "بنبرتها": is w[0..n) a common noun with its possessor's
 * pronoun, its ة written ت before it? `last` is the word's last letter as written: ة folds
 * like the pronoun's ه, and بوعزة is a name. (Out of line: its buffer would cost every call
 * of the caller a stack guard.) */
__attribute__((noinline)) static int common_with_possessor(const struct lexicon *lx, const UChar *w, int32_t n,
                                                          UChar last)
{
    int32_t s = n >= 4 && last == 0x0647 ? 1 : n >= 5 && last == 0x0627 && w[n - 2] == 0x0647 ? 2 : 0;
    UChar stem[64];
    int32_t m = n - s;
    if (!s || m < 3 || m >= (int32_t)(sizeof stem / sizeof *stem))
        return 0;
    memcpy(stem, w, (size_t)m * sizeof *stem);
    if (stem[m - 1] == 0x062A)
        stem[m - 1] = 0x0647;
    return lexicon_is_common_as_written(lx, stem, m);
}

int tok_manner_participle(const struct token *t)
{
    int32_t n = t->fold_len;
    if (t->kind != TOK_WORD || !(t->flags & TOKF_ARABIC) || !(t->flags & TOKF_COMMON) || t->lex_prefix ||
        tok_has_article(t) || (tok_kinds(t) & (LEX_FIRST_NAME | LEX_FAMILY_NAME)))
        return 0;
    /* (and the feminine: ساخرة، مبتسمة; not a noun with her pronoun, متحدثها) */
    return (n >= 5 && n <= 7 && t->fold[n - 1] == 0x0627 && t->fold[n - 2] != 0x0647 &&
            (t->fold[1] == 0x0627 || t->fold[0] == 0x0645)) ||
           (t->fold[n - 1] == 0x0647 && ((n == 5 && t->fold[1] == 0x0627) || (n >= 6 && n <= 7 && t->fold[0] == 0x0645)));
}

int tok_is_manner_after_ba(const struct doc *d, const struct lexicon *lx, int32_t k, int name_may_follow)
{
    const struct token *t = &d->tokens[k];
    int32_t p = t->fold_len && (t->fold[0] == 0x0648 || t->fold[0] == 0x0641) ? 1 : 0;
    if (t->kind != TOK_WORD || !(t->flags & TOKF_ARABIC) || t->fold_len - p < 4 || t->fold[p] != 0x0628 ||
        (tok_kinds(t) && !t->lex_prefix) || tok_has_article(t))
        return 0; /* (a reading behind the ب, بفرح as ب + فرح, is no word of its own) */
    UChar r = t->fold[p + 1];
    /* (a noun in ة reads as no verb: "بنبرة ساخرة"، "بابتسامة") */
    if (name_may_follow && (((r == 0x064A || r == 0x062A || r == 0x0646 || r == 0x0627) && !tok_ta_marbuta(d, t)) ||
                            (k + 1 < d->n_tokens && tok_is_comma(&d->tokens[k + 1]))))
        return 0;
    const UChar *w = t->fold + p + 1;
    int32_t n = t->fold_len - p - 1;
    if (lexicon_is_common_as_written(lx, w, n))
        return 1;
    UChar last = d->text.u16[t->span.end - 1];
    return (last == 0x0647 || last == 0x0627) && common_with_possessor(lx, w, n, last);
}

int tok_is_relative_pronoun(const struct token *tk)
{
    static const UChar alladhi[] = {0x0627, 0x0644, 0x0630, 0x064A}, allati[] = {0x0627, 0x0644, 0x062A, 0x064A};
    return tk->kind == TOK_WORD && tk->fold_len >= 4 &&
           (!memcmp(tk->fold, alladhi, sizeof alladhi) || !memcmp(tk->fold, allati, sizeof allati));
}

uint8_t tok_relative_gender(const struct token *tk)
{
    if (tk->fold_len != 4 || tk->lex_prefix || !tok_is_relative_pronoun(tk))
        return GENDER_UNKNOWN;
    return tk->fold[2] == 0x062A ? GENDER_FEM : GENDER_MASC;
}

int tok_is_quote_mark(const struct token *tk)
{
    if (tk->kind != TOK_PUNCT || tk->fold_len != 1)
        return 0;
    UChar c = tk->fold[0];
    return c == '"' || c == 0x201C || c == 0x201D || c == 0x00AB || c == 0x00BB || c == 0x201E || c == 0x2033;
}

/* Words after which an English reporting verb has a circumstance, not the words said:
 * "said in a statement", "said on Tuesday". */
int tok_is_ascii_word(const struct token *t, const char *const *words, size_t n_words)
{
    if (t->kind != TOK_WORD)
        return 0;
    for (size_t i = 0; i < n_words; i++) {
        size_t n = strlen(words[i]);
        if ((size_t)t->fold_len != n)
            continue;
        size_t j = 0;
        while (j < n && t->fold[j] == (UChar)words[i][j])
            j++;
        if (j == n)
            return 1;
    }
    return 0;
}

int tok_is_english_preposition(const struct token *t)
{
    static const char *const words[] = {"in", "on", "at", "during", "after", "before", "with", "for", "by",
                                        "from", "to", "about", "of", "when", "while", "as", "through", "via"};
    return tok_is_ascii_word(t, words, sizeof words / sizeof words[0]);
}

int tok_is_ma(const struct token *t)
{
    return t->kind == TOK_WORD && t->fold_len == 2 && t->fold[0] == 0x0645 && t->fold[1] == 0x0627;
}

int tok_is_what(const struct token *t)
{
    return tok_is_ma(t) || (t->kind == TOK_WORD && t->fold_len == 3 && (t->fold[0] == 0x0628 || t->fold[0] == 0x0644) &&
                            t->fold[1] == 0x0645 && t->fold[2] == 0x0627);
}

int tok_relative_ma(const struct doc *d, int32_t k)
{
    if (!tok_is_ma(&d->tokens[k]) || k + 1 >= d->n_tokens)
        return 0;
    return k > 0 && (tok_kinds(&d->tokens[k - 1]) & (LEX_PRONOUN | LEX_STOP)) && d->tokens[k - 1].fold[0] == 0x0648;
}

int tok_manner_before_colon(const struct doc *d, const struct lexicon *lx, int32_t k)
{
    const struct token *t = &d->tokens[k];
    /* (any letter after the ب: the colon a word or two later leaves no name to mistake,
     * "بنبرة غاضبة:") */
    if (t->kind != TOK_WORD || t->fold_len < 4 || t->fold[0] != 0x0628 || tok_has_article(t) ||
        !tok_is_manner_after_ba(d, lx, k, 0))
        return 0;
    int32_t c = k + 1;
    while (c < d->n_tokens && c - k <= 2 && d->tokens[c].kind == TOK_WORD && (d->tokens[c].flags & TOKF_COMMON))
        c++;
    return c < d->n_tokens && tok_is_char(&d->tokens[c], ':');
}

uint8_t tok_one_of(const struct token *t)
{
    static const UChar ahad[] = {0x0627, 0x062D, 0x062F}, ihda[] = {0x0627, 0x062D, 0x062F, 0x064A};
    int32_t p = t->lex_prefix;
    if (t->fold_len - p == 3 && !memcmp(t->fold + p, ahad, sizeof ahad))
        return GENDER_MASC;
    if (t->fold_len - p == 4 && !memcmp(t->fold + p, ihda, sizeof ihda))
        return GENDER_FEM;
    return 0;
}

int tok_has_arabic_only_letter(const struct token *t)
{
    for (int32_t i = 0; i < t->fold_len; i++)
        switch (t->fold[i]) {
        case 0x0639: case 0x062D: case 0x0635: case 0x0636: case 0x0638:
            return 1;
        }
    return 0;
}

int tok_east_asian_syllable(const struct token *t)
{
    /* (a syllable in -ng may be longer, كوانغ، تشيونغ, for Arabic words end so rarely; and
     * it is whole, not ك + وانغ) */
    /* (written نج in Egypt: تشيونج) */
    int ng = t->fold_len >= 5 && t->fold_len <= 6 && t->fold[t->fold_len - 2] == 0x0646 &&
             (t->fold[t->fold_len - 1] == 0x063A || t->fold[t->fold_len - 1] == 0x062C);
    return t->kind == TOK_WORD && (t->flags & TOKF_ARABIC) && t->fold_len >= 2 && (t->fold_len <= 4 || ng) &&
           !(t->flags & TOKF_NEWLINE_BEFORE) && !tok_has_article(t) && (!tok_has_prep_clitic(t) || ng) &&
           (!(t->flags & TOKF_COMMON) || t->fold_len <= 3 || ng) && /* (كيونغ: not ك + يونغ) */
           (!(tok_kinds(t) & LEX_STOP) || (tok_kinds(t) & LEX_PRONOUN)) && /* هي، هو */
           !(tok_kinds(t) & (LEX_VERB | LEX_COMPLEMENTIZER | LEX_TITLE | LEX_ROLE_NOUN | LEX_ORG_HEAD |
                             LEX_GROUP | LEX_SOURCE | LEX_TAG | LEX_COMP_BLOCK | LEX_GAZ | LEX_DEMONYM | LEX_STATEMENT)) &&
           !tok_has_arabic_only_letter(t);
}

int32_t tok_body_in_marks_after_an(const struct doc *d, int32_t k)
{
    if (k < 1 || k + 3 >= d->n_tokens || !tok_is_an(&d->tokens[k]) ||
        !(tok_kinds(&d->tokens[k - 1]) & (LEX_TITLE | LEX_ROLE_NOUN)) || !tok_is_quote_mark(&d->tokens[k + 1]))
        return -1;
    int32_t b = k + 2, e = b;
    while (e < d->n_tokens && e - b < 4 && d->tokens[e].kind == TOK_WORD &&
           !(tok_kinds(&d->tokens[e]) & (LEX_VERB | LEX_COMPLEMENTIZER)))
        e++;
    if (e == b || e + 1 >= d->n_tokens || !tok_is_quote_mark(&d->tokens[e]))
        return -1;
    const struct token *n = &d->tokens[e + 1];
    return tok_is_comma(n) || (tok_kinds(n) & LEX_COMPLEMENTIZER) ? e : -1;
}

int tok_function_word_syllable(const struct doc *d, int32_t k)
{
    if (k + 1 >= d->n_tokens)
        return 0;
    const struct token *t = &d->tokens[k], *n = &d->tokens[k + 1];
    return t->kind == TOK_WORD && (t->flags & TOKF_ARABIC) && t->fold_len == 3 && tok_kinds(t) == LEX_STOP &&
           !t->lex_prefix && (tok_is_comma(n) || (tok_kinds(n) & LEX_COMPLEMENTIZER));
}

/* Does a name end at token k: the text ends, or punctuation or a complementiser follows? */
static int syllables_end_phrase(const struct doc *d, int32_t k)
{
    if (k >= d->n_tokens)
        return 1;
    const struct token *t = &d->tokens[k];
    return t->kind == TOK_PUNCT || ((tok_kinds(t) & LEX_COMPLEMENTIZER) && !t->lex_prefix);
}

/* لي جي هون: لي is also "to me", which the given-name list leaves out; before two East
 * Asian syllables that no list holds as given names it is the family name (Lee, Li). */
/* (a given name of two letters is a syllable too: "لي وي دونغ", Wei; "قال لي سامي" is
 * "told me") */
int tok_lee_family(const struct doc *d, int32_t k)
{
    const struct token *t = &d->tokens[k];
    /* (the given syllables may be glued by a hyphen: لي جي-هون; the second one then even
     * a word the dictionary knows, لي دونغ-هيون) */
    const struct token *glued = k + 3 < d->n_tokens ? &d->tokens[k + 3] : NULL;
    int hyphen = tok_glued_hyphen_after(d, k + 1) &&
                 (tok_east_asian_syllable(glued) ||
                  (glued->kind == TOK_WORD && (glued->flags & TOKF_ARABIC) && glued->fold_len <= 4 &&
                   !tok_has_article(glued) && !glued->lex_prefix &&
                   !(tok_kinds(glued) & (LEX_STOP | LEX_VERB | LEX_COMPLEMENTIZER))));
    /* (and the first syllable a Korean given name the dictionary also holds, before the
     * hyphen: "وقالت لي هيون-آه،") */
    const struct token *first = k + 1 < d->n_tokens ? &d->tokens[k + 1] : NULL;
    return t->fold_len == 2 && t->fold[0] == 0x0644 && t->fold[1] == 0x064A && k + 2 < d->n_tokens &&
           (tok_east_asian_syllable(first) ||
            (hyphen && (tok_kinds(first) & LEX_FIRST_NAME) && first->fold_len <= 4 && !first->lex_prefix &&
             !tok_has_article(first))) &&
           (tok_east_asian_syllable(&d->tokens[k + 2]) || hyphen || tok_function_word_syllable(d, k + 2)) &&
           /* (a given name after لي is "to me, John" after a verb; with no word before it, as
            * a line's label "لي جون هو:", لي is the family) */
           /* (but three syllables, or two glued by a hyphen, that end the phrase are a whole
            * Korean name: "وقال لي جونغ هو، نائب ..."، "وقال لي جونغ-هو إن") */
           (!(tok_kinds(&d->tokens[k + 1]) & LEX_FIRST_NAME) || d->tokens[k + 1].fold_len == 2 || k == 0 ||
            d->tokens[k - 1].kind != TOK_WORD || d->tokens[k - 1].sentence != t->sentence ||
            syllables_end_phrase(d, hyphen ? k + 4 : k + 3)) &&
           d->tokens[k + 2].sentence == t->sentence;
}

/* An East Asian syllable, or a short word the lists hold as a given or family name
 * (تشاو, a word of the dictionary too), but no function word. */
static int syllable_or_listed(const struct token *t)
{
    return tok_east_asian_syllable(t) ||
           (t->kind == TOK_WORD && t->fold_len <= 5 && !t->lex_prefix && !tok_has_article(t) &&
            (tok_kinds(t) & (LEX_FIRST_NAME | LEX_FAMILY_NAME)) && !(tok_kinds(t) & (LEX_STOP | LEX_NAME_PARTICLE)));
}

/* ما جيان هوا، هو شياو ليانغ: the Chinese family names Ma and He (Hu) are also "what" and
 * "he"; right after a definite word (the title, the nationality: "المتحدث باسم الخارجية
 * الصينية ما جيان هوا") and before two East Asian syllables that end the phrase, they
 * open the name. */
static int chinese_family_in_a_word(const struct doc *d, int32_t k)
{
    const struct token *t = &d->tokens[k];
    if (t->kind != TOK_WORD || t->fold_len != 2 || t->lex_prefix || k == 0 || k + 3 > d->n_tokens)
        return 0;
    int ma = t->fold[0] == 0x0645 && t->fold[1] == 0x0627, huwa = t->fold[0] == 0x0647 && t->fold[1] == 0x0648;
    if (!ma && !huwa)
        return 0;
    const struct token *p = &d->tokens[k - 1];
    return p->kind == TOK_WORD && p->sentence == t->sentence && tok_has_article(p) && !p->lex_prefix &&
           !(tok_kinds(p) & (LEX_VERB | LEX_STOP)) && syllable_or_listed(&d->tokens[k + 1]) &&
           syllable_or_listed(&d->tokens[k + 2]) && d->tokens[k + 2].sentence == t->sentence &&
           (syllables_end_phrase(d, k + 3) || (k + 3 < d->n_tokens && tok_is_qawluh(&d->tokens[k + 3])));
}

int tok_short_family(const struct doc *d, int32_t k)
{
    return tok_lee_family(d, k) || chinese_family_in_a_word(d, k);
}
