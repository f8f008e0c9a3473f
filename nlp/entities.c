/*
 * entities.c — named entities and their mentions.
 *
 * Candidates come from four passes, in decreasing order of trust, and a token belongs to
 * at most one accepted candidate:
 *   1. known names (knowledge base, ICU place names): longest match through clitics;
 *   2. organisations built on a head noun (صحيفة ..., وزارة ..., مركز ...);
 *   3. people named after a title or role (وزير الخارجية الروسي سيرغي لافروف);
 *   4. people named where a speaker stands (وأعلن بيسكوف أن, ووفقا لرودينكو).
 * People are then merged: a surname alone (or an East Asian family name) is a mention
 * of the full name written before it, or after it when the text names them later.
 * Places and organisations stay one entity per written name, each linked to its
 * canonical identity when the knowledge base has one.
 */
#include "nlp/entities.h"

#include "nlp/arena.h"
#include "nlp/doc.h"
#include "nlp/lexicon.h"
#include "nlp/tokens.h"

#include <stdlib.h>
#include <string.h>

#define MAX_NAME_TOKENS 5
#define MAX_ORG_TOKENS 8
#define TITLE_REACH 20
#define BYLINE_LINES 4 /* a byline stands among the first lines: headline, subtitle, byline */
#define BYLINE_TOKENS 12 /* a byline's line: a label, a title, a name and a job at most */
#define TURN_LABEL_REACH 2000 /* tokens either side where a transcript's next turn is sought */

enum cand_source { CAND_GAZ = 0, CAND_ORG, CAND_TITLED, CAND_CONTEXT };

struct cand {
    int32_t tb, te;           /* tokens [tb, te) of the mention */
    int32_t name_tb, name_te; /* tokens of the name (media: the head noun left out) */
    int32_t role_tb, role_te; /* title chain before a person's name, or -1 */
    uint8_t skip, add_al;     /* clitic of the first name token */
    uint8_t type, gender, source;
    uint16_t classes;
    int32_t kb;
    int accepted;
};

struct cand_list {
    struct cand *v;
    int32_t n, cap;
};

/* Token indices in text order. */
struct tok_list {
    int32_t *v;
    int32_t n;
};

/* A small open-addressing map from folded keys to entity indices, in the arena. */
struct keymap {
    struct keyslot {
        const UChar *key;
        int32_t len;
        int32_t value;
    } *slots;
    int32_t mask;
};

struct ent_ctx {
    struct doc *d;
    struct arena *a;
    const struct lexicon *lx;
    struct cand_list c;
    int32_t *owner;           /* per token: accepted candidate or -1 */
    int32_t ent_cap, men_cap;
    struct keymap names;      /* entity key -> entity */
    struct keymap kbs;        /* "kb id" (as key of one unit) -> entity, for people */
    /* Every word of the text, to tell a clitic from a letter. Built on the first question
     * (most articles ask none), through a pointer so that the passes, which take the
     * context as const, can build it. */
    struct keymap *words;
    /* The words where a pass can start something, found in one look at every token:
     * each pass walks its list instead of testing every token again. A word is listed
     * when it has what the pass tests first, before anything that changes as candidates
     * are accepted. */
    struct tok_list known;    /* a reading is a known name or starts a longer key */
    struct tok_list heads;    /* organisation head nouns, or ال + a word that may be one */
    struct tok_list titles;   /* LEX_TITLE */
    struct tok_list givens;   /* LEX_FIRST_NAME that is no name particle */
    struct tok_list cues;     /* LEX_VERB or LEX_SOURCE */
    struct tok_list latins;   /* capitalised Latin words */
    struct tok_list tails;    /* الدين، الله ...: a word that completes a compound given name */
    struct tok_list media;    /* نيوز، برس ...: a word that ends an outlet's name */
};

/* The first token of l at k or after it, or `none`. *i, where the last search ended,
 * only moves forward: a pass walks its list once, also sentence by sentence, since the
 * sentences' token ranges follow the text. */
static int32_t list_next(const struct tok_list *l, int32_t *i, int32_t k, int32_t none)
{
    while (*i < l->n && l->v[*i] < k)
        (*i)++;
    return *i < l->n ? l->v[*i] : none;
}

/* ---- small helpers ---- */

static uint32_t key_hash(const UChar *k, int32_t n)
{
    uint32_t h = 2166136261u;
    for (int32_t i = 0; i < n; i++)
        h = (h ^ k[i]) * 16777619u;
    return h;
}

static int keymap_init(struct keymap *m, struct arena *a, int32_t expected)
{
    int32_t cap = 64;
    while (cap < expected * 2)
        cap *= 2;
    /* Only the keys are cleared: a slot's length and value are read once it has a key,
     * and clearing whole slots costs several times more. */
    m->slots = arena_array_uninit(a, (size_t)cap, sizeof *m->slots);
    m->mask = cap - 1;
    if (!m->slots)
        return -1;
    for (int32_t i = 0; i < cap; i++)
        m->slots[i].key = NULL;
    return 0;
}

static struct keyslot *keymap_find(const struct keymap *m, const UChar *k, int32_t n)
{
    for (uint32_t i = key_hash(k, n) & (uint32_t)m->mask;; i = (i + 1) & (uint32_t)m->mask) {
        struct keyslot *s = &m->slots[i];
        if (!s->key || (s->len == n && memcmp(s->key, k, (size_t)n * sizeof(UChar)) == 0))
            return s;
    }
}

/* Folded text of tokens [tb, te) with the first token's clitic removed, words joined
 * by one space. Returns the length written (buf holds cap units). */
static int32_t tokens_key(const struct doc *d, int32_t tb, int32_t te, int skip, int add_al,
                          UChar *buf, int32_t cap)
{
    int32_t n = 0;
    for (int32_t k = tb; k < te; k++) {
        const struct token *tk = &d->tokens[k];
        int32_t from = 0;
        if (k == tb) {
            from = skip;
            if (add_al && n + 2 < cap) {
                buf[n++] = 0x0627;
                buf[n++] = 0x0644;
            }
        }
        if (k > tb && tk->kind != TOK_PUNCT && n < cap && !(d->tokens[k - 1].kind == TOK_PUNCT))
            buf[n++] = ' ';
        int32_t stop = tk->fold_len - from < cap - n ? tk->fold_len : from + cap - n;
        for (int32_t i = from; i < stop; i++)
            buf[n++] = tk->fold[i];
    }
    return n;
}

/* The original text of tokens [tb, te) as UTF-8, first token's clitic removed. Encoded
 * here, unit by unit, rather than through a UTF-16 copy and u_strToUTF8: a name is a
 * few words, and the copy and ICU's call cost more than the encoding. */
static const char *tokens_name(struct ent_ctx *x, int32_t tb, int32_t te, int skip, int add_al)
{
    struct doc *d = x->d;
    int32_t s = tok_u16_at_fold(d, &d->tokens[tb], skip);
    int32_t e = d->tokens[te - 1].span.end;
    /* at most 3 bytes per unit (a surrogate pair takes 4 for 2), "ال" and the NUL */
    unsigned char *out = arena_array_uninit(x->a, (size_t)(e - s) * 3 + 5, 1);
    if (!out)
        return NULL;
    size_t k = 0;
    if (add_al) {
        memcpy(out, "\xD8\xA7\xD9\x84", 4);
        k = 4;
    }
    for (int32_t i = s; i < e; i++) {
        UChar c = d->text.u16[i];
        /* Line breaks inside a name become spaces; invisible marks are dropped. */
        if (c == '\n' || c == '\r')
            c = ' ';
        /* (but a ZWNJ between two letters stays: it joins the parts of a Persian name,
         * عبدالله‌زاده; one at a word's edge is dropped) */
        int joiner = c == 0x200C && i > s && i + 1 < e && text_is_arabic_letter(d->text.u16[i - 1]) &&
                     text_is_arabic_letter(d->text.u16[i + 1]);
        if (d->text.fold[i] == 0 && !text_is_space(c) && !joiner)
            continue;
        if (c < 0x80) {
            out[k++] = (unsigned char)c;
        } else if (c < 0x800) {
            out[k++] = (unsigned char)(0xC0 | (c >> 6));
            out[k++] = (unsigned char)(0x80 | (c & 0x3F));
        } else if (c < 0xD800 || c > 0xDFFF) {
            out[k++] = (unsigned char)(0xE0 | (c >> 12));
            out[k++] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
            out[k++] = (unsigned char)(0x80 | (c & 0x3F));
        } else {
            /* text_init writes surrogates only in pairs, and a name starts and ends on a
             * token boundary; a lone one fails as it did with u_strToUTF8 */
            UChar c2 = i + 1 < e ? d->text.u16[i + 1] : 0;
            if (c > 0xDBFF || c2 < 0xDC00 || c2 > 0xDFFF || d->text.fold[i + 1] == 0)
                return NULL;
            uint32_t cp = 0x10000 + (((uint32_t)c - 0xD800) << 10) + ((uint32_t)c2 - 0xDC00);
            out[k++] = (unsigned char)(0xF0 | (cp >> 18));
            out[k++] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
            out[k++] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
            out[k++] = (unsigned char)(0x80 | (cp & 0x3F));
            i++;
        }
    }
    out[k] = 0;
    return (const char *)out;
}

/* A title read after "و" or "ف" ("والزعيم الكوري") or "لل" ("للسيناتور الأميركي") is
 * reported as the bare title: the clitic joins the clause, not the role. */
static const char *role_name(struct ent_ctx *x, int32_t tb, int32_t te)
{
    const struct token *tk = &x->d->tokens[tb];
    int skip = 0, add_al = 0;
    if (tk->lex_prefix > 0 && tk->fold_len >= 3 && (tk->fold[0] == 0x0648 || tk->fold[0] == 0x0641))
        skip = 1;
    else if (tk->fold_len >= 5 && tk->fold[0] == 0x0644 && tk->fold[1] == 0x0644 && (tok_kinds(tk) & LEX_TITLE))
        skip = 2, add_al = 1;
    return tokens_name(x, tb, te, skip, add_al);
}

/* Room for item n of an array in the arena, as arena_grow() but without clearing the
 * new tail: candidates, entities and mentions are written whole when appended. */
static void *grow_slow(struct arena *a, void *array, int32_t n, int32_t *cap, size_t item, int32_t first)
{
    int32_t ncap = *cap ? *cap * 2 : first;
    if (ncap <= n)
        ncap = n + 1;
    void *bigger = arena_array_uninit(a, (size_t)ncap, item);
    if (!bigger)
        return NULL;
    if (n)
        memcpy(bigger, array, (size_t)n * item);
    *cap = ncap;
    return bigger;
}

static void *grow(struct arena *a, void *array, int32_t n, int32_t *cap, size_t item, int32_t first)
{
    return n < *cap ? array : grow_slow(a, array, n, cap, item, first);
}

static int add_cand(struct ent_ctx *x, const struct cand *c)
{
    struct cand_list *l = &x->c;
    struct cand *v = grow(x->a, l->v, l->n, &l->cap, sizeof *v, 64);
    if (!v)
        return -1;
    l->v = v;
    l->v[l->n++] = *c;
    return 0;
}

static int32_t sentence_end(const struct doc *d, int32_t k)
{
    int32_t s = d->tokens[k].sentence;
    return s >= 0 ? d->sentences[s].tok_end : k + 1;
}

static void accept(struct ent_ctx *x, int32_t ci)
{
    struct cand *c = &x->c.v[ci];
    c->accepted = 1;
    for (int32_t k = c->tb; k < c->te; k++)
        x->owner[k] = ci;
}

/* A candidate that no later pass competes for: added and accepted at once. */
static int add_accepted(struct ent_ctx *x, const struct cand *c)
{
    if (add_cand(x, c) != 0)
        return -1;
    accept(x, x->c.n - 1);
    return 0;
}

static int is_quote_mark(const struct token *tk)
{
    if (tk->kind != TOK_PUNCT || tk->fold_len != 1)
        return 0;
    UChar c = tk->fold[0];
    return c == '"' || c == 0x201C || c == 0x201D || c == 0x00AB || c == 0x00BB || c == 0x201E;
}

/* Is token k inside quoted words that open at least two words before it, in its
 * paragraph: direct speech, whose colloquial words ("راهو يعاني"، "شنو ذنبنا") read like
 * names after a title (الموال، الزبون) but are none? A name set in marks (النائب «طارق
 * الجندي») opens right before it. */
static int inside_quoted_speech(const struct doc *d, int32_t k)
{
    int depth = 0, ascii = 0;
    int32_t opened = -1;
    int32_t p = k;
    while (p > 0 && k - p < 160 && !(d->tokens[p].flags & TOKF_NEWLINE_BEFORE))
        p--;
    for (; p < k; p++) {
        const struct token *t = &d->tokens[p];
        if (!is_quote_mark(t))
            continue;
        UChar c = t->fold[0];
        if (c == '"') {
            ascii = !ascii;
            if (ascii)
                opened = p;
        } else if (c == 0x201D || c == 0x00BB) {
            depth -= depth > 0;
        } else if (depth++ == 0) {
            opened = p;
        }
    }
    return (depth > 0 || ascii) && opened >= 0 && opened < k - 2;
}

static int index_words(const struct ent_ctx *x)
{
    const struct doc *d = x->d;
    if (keymap_init(x->words, x->a, d->n_tokens) != 0)
        return -1;
    for (int32_t k = 0; k < d->n_tokens; k++) {
        const struct token *t = &d->tokens[k];
        if (t->kind != TOK_WORD || !t->fold_len)
            continue;
        struct keyslot *s = keymap_find(x->words, t->fold, t->fold_len);
        if (!s->key) {
            s->key = t->fold;
            s->len = t->fold_len;
        }
    }
    return 0;
}

/* Does the word start with ب or ل that is a preposition? Known words say so through
 * the lexicon; for an unknown word, when the rest of it is written alone elsewhere in
 * the text (قال كيم لزينوفييف ... جورجي زينوفييف). */
static int prep_clitic(const struct ent_ctx *x, const struct token *tk)
{
    if (tok_has_prep_clitic(tk))
        return 1;
    if (!(tk->flags & TOKF_ARABIC) || tk->lex || tk->fold_len < 4)
        return 0; /* (لعنب of "لعنب بلدي" too: its rest stands alone elsewhere) */
    int32_t p = (tk->fold[0] == 0x0648 || tk->fold[0] == 0x0641) ? 1 : 0;
    if (tk->fold[p] != 0x0628 && tk->fold[p] != 0x0644)
        return 0;
    /* An exhausted arena fails the request at the end of the pipeline (arena_failed):
     * the answer given meanwhile does not matter. */
    if (!x->words->slots && index_words(x) != 0)
        return 0;
    return keymap_find(x->words, tk->fold + p + 1, tk->fold_len - p - 1)->key != NULL;
}

/* A bare word no dictionary knows that looks like a name: no article, no clitic read off. */
static int bare_unknown_name_word(const struct lexicon *lx, const struct token *t)
{
    return tok_is_name_like(lx, t) && !(t->flags & TOKF_COMMON) && !tok_has_article(t) && !t->lex_prefix;
}

/* برتبة، بصفته: a word of the dictionary behind ب or ل, whatever list its whole form
 * misses. */
static int behind_preposition(const struct ent_ctx *x, const struct token *tk)
{
    return prep_clitic(x, tk) ||
           ((tk->flags & TOKF_COMMON) && tk->fold_len >= 4 && (tk->fold[0] == 0x0628 || tk->fold[0] == 0x0644) &&
            !(tok_kinds(tk) & (LEX_FIRST_NAME | LEX_FAMILY_NAME)) &&
            lexicon_is_common(x->lx, tk->fold + 1, tk->fold_len - 1));
}

static int all_caps(const struct doc *d, const struct token *t)
{
    if (t->span.end - t->span.start < 2)
        return 0;
    for (int32_t i = t->span.start; i < t->span.end; i++) {
        UChar c = d->text.u16[i];
        if (c >= 'a' && c <= 'z')
            return 0;
    }
    return 1;
}

/* ---- pass 1: known names ---- */

/* Longest known name starting at token k; 0 when none. */
static int org_head_token(const struct ent_ctx *x, int32_t k);

/* مجلس الشورى الإسلامي، الجمعية الوطنية لحماية المستهلك، إدارة الدفاع المدني: a body
 * known only by a name that carries no country (institutions.tsv) may be the start or
 * the end of a longer name, which the pass on head nouns reads whole. Tokens [k, e). */
static int institution_named_on(const struct ent_ctx *x, int32_t k, int32_t e, int32_t end)
{
    const struct doc *d = x->d;
    if (k > 0 && d->tokens[k - 1].sentence == d->tokens[k].sentence && !tok_has_article(&d->tokens[k - 1]) &&
        org_head_token(x, k - 1))
        return 1;
    if (e >= end)
        return 0;
    const struct token *t = &d->tokens[e];
    if (t->kind != TOK_WORD || tok_is_demonym(x->lx, t) || (tok_kinds(t) & (LEX_STOP | LEX_VERB | LEX_COMPLEMENTIZER)))
        return 0;
    if (tok_has_article(t))
        return !tok_has_prep_clitic(t);
    /* ل + a verbal noun before a definite one: لحماية المستهلك */
    return t->fold_len >= 4 && t->fold[0] == 0x0644 && e + 1 < end && tok_has_article(&d->tokens[e + 1]) &&
           !tok_has_prep_clitic(&d->tokens[e + 1]);
}

/* كتابة الدولة | المكلفة بالصيد البحري: a participle that governs ب (markers.tsv
 * "governing") and the definite words of its remit go on with a body's name. Returns the
 * end of the remit after tokens [.., e), or e. */
static int32_t governed_remit_end(const struct ent_ctx *x, int32_t e, int32_t end)
{
    const struct doc *d = x->d;
    if (e + 1 >= end || !tok_has_article(&d->tokens[e]) ||
        !lexicon_stem_marker(x->lx, d->tokens[e].fold, d->tokens[e].fold_len, MARK_GOVERNING))
        return e;
    const struct token *b = &d->tokens[e + 1];
    if (b->kind != TOK_WORD || b->fold_len < 5 || b->fold[0] != 0x0628 || b->fold[1] != 0x0627 || b->fold[2] != 0x0644)
        return e;
    int32_t j = e + 2;
    while (j < end && j - e < 5 && d->tokens[j].kind == TOK_WORD && tok_has_article(&d->tokens[j]) &&
           !tok_has_prep_clitic(&d->tokens[j]) && !(tok_kinds(&d->tokens[j]) & (LEX_STOP | LEX_VERB)))
        j++;
    return j;
}

/* A word that can be part of a person's name next to a family name: a given name or
 * syllable (يونغ is also a common word), or a word no list knows. */
static int name_word_beside(const struct doc *d, int32_t k)
{
    const struct token *t = &d->tokens[k];
    if (t->kind != TOK_WORD || !(t->flags & TOKF_ARABIC) || tok_has_article(t) || tok_has_prep_clitic(t) ||
        (tok_kinds(t) & (LEX_STOP | LEX_VERB | LEX_COMPLEMENTIZER | LEX_TITLE | LEX_ROLE_NOUN | LEX_ORG_HEAD |
                         LEX_GROUP | LEX_SOURCE | LEX_TAG | LEX_GAZ | LEX_DEMONYM | LEX_STATEMENT)))
        return 0;
    return (tok_kinds(t) & LEX_FIRST_NAME) || tok_east_asian_syllable(t) || !(t->flags & TOKF_COMMON);
}

/* "كيم سول هوا": is the short place name at k (سول, Seoul) a given name's syllable, between
 * an East Asian family name and another syllable? */
static int place_as_syllable(const struct doc *d, int32_t k)
{
    const struct token *t = &d->tokens[k];
    return k > 0 && k + 1 < d->n_tokens && t->kind == TOK_WORD && (t->flags & TOKF_ARABIC) && t->fold_len <= 4 &&
           (tok_kinds(t) & LEX_GAZ) && !(tok_kinds(t) & LEX_STOP) && !tok_has_article(t) && !t->lex_prefix &&
           (tok_kinds(&d->tokens[k - 1]) & LEX_FAMILY_NAME) && !d->tokens[k - 1].lex_prefix &&
           d->tokens[k - 1].sentence == t->sentence &&
           d->tokens[k + 1].sentence == t->sentence && (d->tokens[k + 1].flags & TOKF_SPACE_BEFORE) &&
           tok_east_asian_syllable(&d->tokens[k + 1]);
}

/* The family name at k is part of a longer name in its sentence: كيم يونغ هيون, جوليا كيم. */
static int family_in_longer_name(const struct doc *d, int32_t k)
{
    const struct token *t = &d->tokens[k];
    int32_t s = t->sentence;
    return (k + 1 < d->n_tokens && d->tokens[k + 1].sentence == s && !(d->tokens[k + 1].flags & TOKF_NEWLINE_BEFORE) &&
            (name_word_beside(d, k + 1) || place_as_syllable(d, k + 1))) ||
           (k > 0 && !t->lex_prefix && d->tokens[k - 1].sentence == s && !(t->flags & TOKF_NEWLINE_BEFORE) &&
            name_word_beside(d, k - 1));
}

/* "بوتين وكيم": a leader's family name alone is the leader only when nothing after it
 * continues a name (وزير الدفاع كيم يونغ هيون) and no one else of the family is named in
 * the text (كيم يو جونغ): then the pass on surnames links it to the person named. */
static int family_alone_names_one(const struct ent_ctx *x, int32_t k, const struct lex_entry *family)
{
    const struct doc *d = x->d;
    if (family_in_longer_name(d, k))
        return 0;
    for (int32_t i = 0; i < x->known.n; i++) {
        int32_t j = x->known.v[i], je = d->sentences[d->tokens[j].sentence].tok_end;
        const struct lex_entry *e;
        struct clitic_variant v;
        if (j == k || tok_phrase_at(d, x->lx, j, j + 1, LEX_GAZ, 1, &e, &v) != 1 || e != family)
            continue;
        int32_t n = tok_phrase_at(d, x->lx, j, je, LEX_GAZ, 1, &e, &v);
        if (n > 1 ? e->kb != family->kb : family_in_longer_name(d, j))
            return 0;
    }
    return 1;
}

/* A place behind ب or ل right before a given name, between commas: "النائبة ...، بيريفان
 * خالد، أن" is her name, not "in Yerevan". */
__attribute__((noinline)) static int clitic_place_before_given_name(const struct doc *d, int32_t k, int32_t end)
{
    return k > 0 && k + 2 < end && tok_is_comma(&d->tokens[k - 1]) && (tok_kinds(&d->tokens[k + 1]) & LEX_FIRST_NAME) &&
           tok_is_comma(&d->tokens[k + 2]);
}

/* Does a town named by a common word stand at k (places.tsv "word": محافظة حماة، ميناء
 * العقبة، في درعا، بالعقبة): after a place's head, or after a preposition of place or ب or ل
 * on the word and before the phrase ends (punctuation, a function word, a verb, a
 * complementiser or a word in و)? "درعا منيعا" is a shield, "العقبة أمام" hardly a town. */
static int town_stands_here(const struct ent_ctx *x, int32_t k, int32_t end, const struct clitic_variant *v)
{
    const struct doc *d = x->d;
    const struct token *t = &d->tokens[k];
    int after_place_word = 0;
    for (int32_t i = 0; i < v->skip; i++)
        after_place_word |= t->fold[i] == 0x0628 || t->fold[i] == 0x0644;
    if (!v->skip && k > 0) {
        const struct token *p = &d->tokens[k - 1];
        if (p->lex && (p->lex->kinds & LEX_ORG_HEAD) &&
            (p->lex->role_classes & (CLASS_PLACE | CLASS_SITE | CLASS_LANDMARK)))
            return 1;
        after_place_word = p->lex && (p->lex->stop_flags & STOP_PLACE) && !p->lex_prefix;
    }
    if (!after_place_word)
        return 0;
    if (k + 1 >= end)
        return 1;
    const struct token *n = &d->tokens[k + 1];
    return n->kind != TOK_WORD || (tok_kinds(n) & (LEX_STOP | LEX_VERB | LEX_COMPLEMENTIZER)) ||
           (n->lex_prefix && n->fold[0] == 0x0648);
}

/* "إيفان بتروفيتش لوكين"، "آنا سيرغييفنا موروزوفا": after a Russian patronymic (-ovich,
 * -ovna) comes the family name. A word the common list knows there is one only with a
 * Russian family name's ending (-in, -ov, -ev, and -ova, -ina, -eva: لوكين reads as ل and
 * a word); "لنظيره"، "قالها" are not. */
static int russian_family_ending(const struct token *t)
{
    int32_t n = t->fold_len;
    const UChar *f = t->fold;
    UChar last = f[n - 1] == 0x0627 ? f[n - 2] : f[n - 1], before = f[n - 1] == 0x0627 ? f[n - 3] : f[n - 2];
    return (last == 0x0646 && before == 0x064A) || (last == 0x0641 && (before == 0x0648 || before == 0x064A));
}

static __attribute__((noinline)) int family_after_patronymic(const struct doc *d, int32_t e)
{
    static const UChar vich[] = {0x0641, 0x064A, 0x062A, 0x0634}, vna[] = {0x0641, 0x0646, 0x0627};
    const struct token *p = &d->tokens[e - 1], *t = &d->tokens[e];
    int32_t n = p->fold_len;
    int patronymic = n >= 7 && (p->flags & TOKF_ARABIC) && !tok_has_article(p) &&
                     (!memcmp(p->fold + n - 4, vich, sizeof vich) ||
                      (!memcmp(p->fold + n - 3, vna, sizeof vna) && (p->fold[n - 4] == 0x0648 || p->fold[n - 4] == 0x064A)));
    return patronymic && t->kind == TOK_WORD && (t->flags & TOKF_ARABIC) && !(t->flags & TOKF_NEWLINE_BEFORE) &&
           !tok_has_article(t) && t->fold_len >= 4 && !(tok_kinds(t) & (LEX_STOP | LEX_VERB | LEX_COMPLEMENTIZER)) &&
           (!(t->flags & TOKF_COMMON) || russian_family_ending(t));
}

/* The cheap half of family_after_patronymic(), for the callers on every word: the word
 * before e is long enough and ends as a patronymic does (ش or ا). */
static inline int may_follow_patronymic(const struct doc *d, int32_t e)
{
    const struct token *p = &d->tokens[e - 1];
    return p->fold_len >= 7 && (p->fold[p->fold_len - 1] == 0x0634 || p->fold[p->fold_len - 1] == 0x0627);
}

static int ends_name_phrase(const struct doc *d, int32_t k);
static int title_phrase_before(const struct doc *d, int32_t s);

/* Is the one-word place at k, without the article, a family name: a given name right
 * before it (or a given name and a second word no list holds) where a name stands, a
 * comma or the complementiser right after? */
static int town_as_family_name(const struct ent_ctx *x, int32_t k, int32_t end)
{
    const struct doc *d = x->d;
    if (k < 2 || k + 1 >= end || d->tokens[k].lex_prefix || tok_has_article(&d->tokens[k]))
        return 0;
    const struct token *next = &d->tokens[k + 1];
    if (!tok_is_comma(next) && !((tok_kinds(next) & LEX_COMPLEMENTIZER) && !next->lex_prefix))
        return 0;
    int32_t g = k - 1;
    if (!(tok_kinds(&d->tokens[g]) & LEX_FIRST_NAME) && g >= 1 && !tok_kinds(&d->tokens[g]) &&
        tok_is_name_like(x->lx, &d->tokens[g]))
        g--; /* (رامون إيغناسيو سانتياغو) */
    const struct token *given = &d->tokens[g];
    if (g < 1 || given->kind != TOK_WORD || !(tok_kinds(given) & LEX_FIRST_NAME) || given->lex_prefix ||
        (tok_kinds(given) & (LEX_STOP | LEX_GAZ | LEX_NAME_PARTICLE)) || given->sentence != d->tokens[k].sentence)
        return 0;
    /* (where a name stands, after a comma or a title: not a verb's subject and its object,
     * "زار سامي تونس، حيث") */
    const struct token *before = &d->tokens[g - 1];
    return tok_is_comma(before) || (tok_kinds(before) & (LEX_TITLE | LEX_ROLE_NOUN | LEX_HONORIFIC)) ||
           title_phrase_before(d, g);
}

static int match_known(struct ent_ctx *x, int32_t k, int32_t end)
{
    const struct doc *d = x->d;
    const struct token *tk = &d->tokens[k];
    const struct lex_entry *e;
    struct clitic_variant v;
    int32_t n = tok_phrase_at(d, x->lx, k, end, LEX_GAZ, 1, &e, &v);
    if (n == 0 || (n == 1 && e->gaz_family_alone && !family_alone_names_one(x, k, e)))
        return 0;
    /* A one-word common noun that happens to be a place name in ICU's data ("صور",
     * "جدة") needs a hand-made list to vouch for it. */
    if (n == 1 && e->gaz_weak && (tk->flags & TOKF_COMMON) && !(tk->flags & TOKF_LATIN))
        return 0;
    /* (and behind a clitic: "لترك" is ل and the verb, not the atoll of Truk) */
    if (n == 1 && e->gaz_weak && v.skip && !v.add_al && !(tk->flags & TOKF_LATIN) &&
        lexicon_is_common_as_written(x->lx, tk->fold + v.skip, tk->fold_len - v.skip))
        return 0;
    if (v.skip && n == 1 && clitic_place_before_given_name(d, k, end))
        return 0;
    /* (nor ف and a place right after a given name: "الشيخ أحمد فوزان" is his name, not
     * أحمد and then Ouazzane; no clause goes on with ف straight after a bare name) */
    if (v.skip == 1 && n == 1 && tk->fold[0] == 0x0641 && k > 0 && (tok_kinds(&d->tokens[k - 1]) & LEX_FIRST_NAME) &&
        d->tokens[k - 1].kind == TOK_WORD && !d->tokens[k - 1].lex_prefix && !(tok_kinds(&d->tokens[k - 1]) & LEX_STOP))
        return 0;
    /* "مجلس الأمن القومي": a known body's name, then an adjective that makes it another
     * body's (markers.tsv: body_adjective), which the organisations' pass reads whole */
    if (e->gaz_type == ENT_ORG && k + n < end && x->owner[k + n] < 0 && tok_marker(d, k + n, MARK_BODY_ADJECTIVE))
        return 0;
    /* (nor a given name as written that a clitic would make a place, before a word of a
     * name: كلاوس فيبر is Klaus, not ك + لاوس; "لقاء بيريفان مع" is in Yerevan) */
    if (v.skip && n == 1 && !tk->lex_prefix && (tok_kinds(tk) & LEX_FIRST_NAME) && k + 1 < end &&
        d->tokens[k + 1].kind == TOK_WORD && !tok_has_article(&d->tokens[k + 1]) &&
        !(tok_kinds(&d->tokens[k + 1]) & (LEX_STOP | LEX_VERB | LEX_COMPLEMENTIZER | LEX_GAZ)))
        return 0;
    /* "رئيسة الوزراء جورجيا ميلوني"، "الطالبة صوفيا ليسينكو": a place that is also a given
     * name, after a title and before a family name where the phrase ends, is the given
     * name */
    if (n == 1 && !v.skip && (tok_kinds(tk) & LEX_FIRST_NAME) && k + 2 < end && title_phrase_before(d, k) &&
        tok_is_name_like(x->lx, &d->tokens[k + 1]) && !(tok_kinds(&d->tokens[k + 1]) & (LEX_GAZ | LEX_FIRST_NAME)) &&
        ends_name_phrase(d, k + 2))
        return 0;
    /* "زواره" (his visitors), "جده" (his grandfather): a name spelled with ة, written with
     * ه after a common noun, is that noun and its pronoun (كيفه، كويه are spelled so) */
    if (n == 1 && e->gaz_ta_marbuta == 1 && d->text.u16[tk->span.end - 1] == 0x0647 &&
        lexicon_is_common_as_written(x->lx, tk->fold + v.skip, tk->fold_len - v.skip - 1))
        return 0;
    if (n == 1 && e->gaz_word && !town_stands_here(x, k, end, &v))
        return 0;
    /* "سيرجي فلاديميروفيتش نيكولاييف": a town's name after a patronymic is a family name */
    if (n == 1 && k > 0 && e->gaz_type != ENT_PERSON && may_follow_patronymic(d, k) && family_after_patronymic(d, k))
        return 0;
    /* "كيم سول هوا": a place's name between an East Asian family name and a syllable is a
     * given name's syllable (سول, not Seoul) */
    if (n == 1 && !v.skip && e->gaz_type != ENT_PERSON && k + 1 < end && place_as_syllable(d, k) &&
        !(x->owner[k - 1] >= 0 && x->c.v[x->owner[k - 1]].type != ENT_PERSON) && x->owner[k + 1] < 0)
        return 0;
    /* "كريستيان فاغنر": a one-word organisation's name right after a given name, neither
     * with a clitic, is the person's family name */
    /* (and so is a town's in a Russian family name's ending: "فاليري نيكولاييف") */
    if (n == 1 && k > 0 && (e->gaz_type == ENT_ORG || (e->gaz_type != ENT_PERSON && !v.add_al && tk->fold_len >= 5 &&
                                                       !tok_has_article(tk) && russian_family_ending(tk))) &&
        !v.skip && (tok_kinds(&d->tokens[k - 1]) & LEX_FIRST_NAME) &&
        !d->tokens[k - 1].lex_prefix && d->tokens[k - 1].sentence == tk->sentence &&
        !(tok_kinds(&d->tokens[k - 1]) & (LEX_STOP | LEX_NAME_PARTICLE | LEX_FAMILY_NAME | LEX_GAZ)))
        return 0;
    /* "لورا ميندوزا، فترى"، "فابريتسيو كولومبو أن": a town no knowledge entry holds, right
     * after a given name (or a given name and a second one no list holds) and before a
     * comma or the complementiser, is the family name */
    if (n == 1 && !v.skip && (e->gaz_type == ENT_GPE || e->gaz_type == ENT_LOC) && e->kb < 0 &&
        town_as_family_name(x, k, end))
        return 0;
    /* "أندريه بيلوسوف-لانسكي"، "زاخاروفا-بيك": a known person's name glued by a hyphen to a
     * word no list holds is someone else's double name, which the name passes read whole
     * (not a second known name: "قمة بوتين-كيم") */
    if (e->gaz_type == ENT_PERSON && k + n + 1 < end && tok_glued_hyphen_after(d, k + n - 1) &&
        !(tok_kinds(&d->tokens[k + n + 1]) & (LEX_GAZ | LEX_FIRST_NAME | LEX_STOP)))
        return 0;
    if (e->gaz_acronym) {
        for (int32_t j = k; j < k + n; j++)
            if (!all_caps(d, &d->tokens[j]) && d->tokens[j].span.end - d->tokens[j].span.start > 1)
                return 0;
        if (n == 1 && d->tokens[k].span.end - d->tokens[k].span.start == 1 && !(d->tokens[k].flags & TOKF_UPPER))
            return 0;
    }
    int32_t remit = e->gaz_type == ENT_ORG && e->kb < 0 ? governed_remit_end(x, k + n, end) : k + n;
    if (remit == k + n && e->gaz_type == ENT_ORG && e->kb < 0 && institution_named_on(x, k, k + n, end))
        return 0;
    n = remit - k;
    struct cand c = {k, k + n, k, k + n, -1, -1, v.skip, v.add_al, e->gaz_type, e->gaz_gender, CAND_GAZ,
                     e->gaz_classes, e->kb, 0};
    /* مجلس الأمن الكوري الجنوبي: a body known by a name others share, made a country's
     * own by an adjective of nationality, is that country's body, not the known one
     * (an outlet's nationality only describes it: وول ستريت جورنال الأميركية) */
    int32_t t = k + n;
    /* (not a body of one country by its name: "مجلس الدوما الروسي" is the Duma) */
    while (e->gaz_type == ENT_ORG && !(e->gaz_classes & (CLASS_MEDIA | CLASS_NATIONAL)) && t < end && t - (k + n) < 2 &&
           tok_has_article(&d->tokens[t]) &&
           tok_is_demonym(x->lx, &d->tokens[t]))
        t++;
    if (t > k + n) {
        c.te = c.name_te = t;
        c.kb = -1;
        n = t - k;
    }
    if (e->gaz_type == ENT_PERSON) {
        c.classes |= CLASS_PERSON;
        /* "ديميتري بيسكوف": a given name, spelled as no alias has it, before a known
         * surname is the same person's */
        const struct token *g = k > 0 ? &d->tokens[k - 1] : NULL;
        if (n == 1 && g && x->owner[k - 1] < 0 && g->kind == TOK_WORD && g->sentence == tk->sentence &&
            !g->lex_prefix && !v.skip && (tok_kinds(g) & LEX_FIRST_NAME) &&
            !(tok_kinds(g) & (LEX_FAMILY_NAME | LEX_NAME_PARTICLE | LEX_STOP)))
            c.tb = c.name_tb = k - 1;
    }
    if (add_accepted(x, &c) != 0)
        return -1;
    return (int)n;
}

/* "شبه الجزيرة الكورية"، "شبه القارة": a noun after شبه ("semi-", "quasi-") is part of a
 * compound common noun, not the name it also spells (the channel الجزيرة). */
static int after_shibh(const struct doc *d, int32_t k)
{
    static const UChar shibh[] = {0x0634, 0x0628, 0x0647};
    if (k == 0)
        return 0;
    const struct token *p = &d->tokens[k - 1];
    int32_t o = p->fold_len == 4 && (p->fold[0] == 0x0648 || p->fold[0] == 0x0641 || p->fold[0] == 0x0628) ? 1 : 0;
    return p->kind == TOK_WORD && p->fold_len - o == 3 && !memcmp(p->fold + o, shibh, sizeof shibh) &&
           tok_has_article(&d->tokens[k]);
}

/* (out of line, so that match_known() stays in line here: entities_find() inlining this
 * pass pushed match_known() out and cost 6 K instructions per article) */
__attribute__((noinline)) static int pass_known(struct ent_ctx *x)
{
    const struct doc *d = x->d;
    int32_t li = 0;
    for (int32_t s = 0; s < d->n_sentences; s++) {
        int32_t end = d->sentences[s].tok_end;
        for (int32_t k = list_next(&x->known, &li, d->sentences[s].tok_begin, end); k < end;
             k = list_next(&x->known, &li, k + 1, end)) {
            if (after_shibh(d, k))
                continue;
            int n = match_known(x, k, end);
            if (n < 0)
                return -1;
            if (n > 0)
                k += n - 1;
        }
    }
    return 0;
}

/* ---- pass 2: organisations on a head noun ---- */

/* Entry of an organisation head at token k, trying the form without the article. */
static const struct lex_entry *org_head(const struct ent_ctx *x, const struct token *tk, int *definite)
{
    *definite = 0;
    if (tk->kind != TOK_WORD)
        return NULL;
    if (tk->lex && (tk->lex->kinds & LEX_ORG_HEAD))
        return tk->lex;
    if (tok_has_article(tk) && tk->fold_len > 3 && !tk->lex_prefix && tk->fold[0] == 0x0627 &&
        (x->lx->org_head_initials >> (tk->fold[2] & 63) & 1)) {
        struct ustr p = {tk->fold + 2, tk->fold_len - 2};
        const struct lex_entry *e = lexicon_get(x->lx, &p, 1);
        if (e && (e->kinds & LEX_ORG_HEAD)) {
            *definite = 1;
            return e;
        }
    }
    /* للمركز الوطني: ل and the article, whose alef is not written */
    if (tk->fold_len > 4 && tk->fold[0] == 0x0644 && tk->fold[1] == 0x0644 && (tk->flags & TOKF_ARABIC) &&
        (x->lx->org_head_initials >> (tk->fold[2] & 63) & 1)) {
        struct ustr p = {tk->fold + 2, tk->fold_len - 2};
        const struct lex_entry *e = lexicon_get(x->lx, &p, 1);
        if (e && (e->kinds & LEX_ORG_HEAD)) {
            *definite = 2;
            return e;
        }
    }
    return NULL;
}

static int org_head_token(const struct ent_ctx *x, int32_t k)
{
    int definite;
    return org_head(x, &x->d->tokens[k], &definite) != NULL;
}

/* Releases accepted place names inside [tb, te) so an organisation can take them. */
/* Is token k a word of a place already read (a state, a city, a river)? The
 * caller checks that an owner exists. */
static int place_owner(const struct ent_ctx *x, int32_t k)
{
    const struct cand *o = &x->c.v[x->owner[k]];
    return o->type == ENT_GPE || o->type == ENT_LOC;
}

static void release_places(struct ent_ctx *x, int32_t tb, int32_t te)
{
    for (int32_t k = tb; k < te; k++) {
        int32_t ci = x->owner[k];
        if (ci < 0)
            continue;
        x->c.v[ci].accepted = 0;
        x->owner[k] = -1;
    }
}

/* An adjective of nationality ending an organisation's name that can be dropped
 * (صحيفة وول ستريت جورنال الأميركية), but not one inside a place's name (سفارة كوريا
 * الشمالية). */
static int trailing_demonym(const struct ent_ctx *x, int32_t k)
{
    if (!tok_is_demonym(x->lx, &x->d->tokens[k]))
        return 0;
    if (x->owner[k] >= 0) {
        const struct cand *o = &x->c.v[x->owner[k]];
        if ((o->type == ENT_GPE || o->type == ENT_LOC) && o->tb < k)
            return 0;
    }
    return 1;
}

/* True for a common word that reads as an adjective of relation (حدودية، صناعي): after
 * a place's head it describes the place rather than naming it (منطقة حدودية). */
static int nisba_adjective(const struct token *t)
{
    return (t->flags & TOKF_COMMON) && tok_nisba_ending(t);
}

/* Is the word at j, after a place's head, its name in ال: one definite word no list
 * holds that ends the phrase (punctuation, a function word, a verb or the complementiser
 * after it: "قرية الحمراء،", "محافظة العمارة إن"), however common a word it is? */
static int definite_place_name(const struct ent_ctx *x, int32_t j, int32_t end)
{
    const struct doc *d = x->d;
    if (j + 1 >= end)
        return 0;
    const struct token *t = &d->tokens[j], *n = &d->tokens[j + 1];
    return t->kind == TOK_WORD && (t->flags & TOKF_ARABIC) && tok_has_article(t) && !tok_has_prep_clitic(t) &&
           x->owner[j] < 0 && !tok_is_demonym(x->lx, t) && !nisba_adjective(t) && t->fold_len >= 5 &&
           !(tok_kinds(t) & ~(uint32_t)(LEX_TOPIC | LEX_PHRASE_START)) &&
           (n->kind == TOK_PUNCT || (tok_kinds(n) & (LEX_STOP | LEX_VERB | LEX_COMPLEMENTIZER)));
}

/* Does a name end before token j: punctuation, a number, a function word, a verb or a
 * complementiser? */
static int name_phrase_ends(const struct ent_ctx *x, int32_t j)
{
    const struct token *t = &x->d->tokens[j];
    return t->kind != TOK_WORD || (t->fold[0] >= '0' && t->fold[0] <= '9') ||
           (tok_kinds(t) & (LEX_STOP | LEX_VERB | LEX_COMPLEMENTIZER));
}

/* محافظة كفرنبل، ولاية بوهانغ، جزيرة سخالين: after the bare head of a place's name, a
 * run of up to three bare words with at least one that no dictionary knows is the
 * place's name (without the head, as gazetteers write it). A known place there keeps
 * its entity; common words alone (منطقة عازلة، جهة مسؤولة، من جهة أخرى) name nothing,
 * but one definite word that ends the phrase does (definite_place_name). */
static int place_after_head(struct ent_ctx *x, int32_t k, const struct lex_entry *head)
{
    const struct doc *d = x->d;
    int32_t end = sentence_end(d, k), j = k + 1, unknown = 0;
    if (definite_place_name(x, k + 1, end)) {
        j = k + 2;
        unknown = 1;
    } else if (k + 2 < end && x->owner[k + 1] < 0 && x->owner[k + 2] < 0 &&
               (tok_kinds(&d->tokens[k + 1]) & LEX_FIRST_NAME) && !d->tokens[k + 1].lex_prefix &&
               tok_marker(d, k + 2, MARK_NAME_TAIL)) {
        j = k + 3; /* (a compound given name is a place's name there: محافظة صلاح الدين) */
        unknown = 1;
    } else if (k + 2 < end && x->owner[k + 1] < 0 && (tok_kinds(&d->tokens[k + 1]) & LEX_FIRST_NAME) &&
               !d->tokens[k + 1].lex_prefix && !tok_has_article(&d->tokens[k + 1]) && name_phrase_ends(x, k + 2)) {
        j = k + 2; /* (and so is one given name where the phrase ends: ولاية بشار، — not the
                    * start of a person's, "ولاية دونالد ترامب", a term of office) */
        unknown = 1;
    }
    while (j < end && j - k <= 3) {
        const struct token *t = &d->tokens[j];
        if (t->kind != TOK_WORD || !(t->flags & (TOKF_ARABIC | TOKF_LATIN)) || x->owner[j] >= 0 ||
            tok_has_article(t) || prep_clitic(x, t) || tok_is_demonym(x->lx, t) || nisba_adjective(t) ||
            (tok_kinds(t) & ~(uint32_t)(LEX_TOPIC | LEX_PHRASE_START)))
            break;
        /* (nor a word in ب whose rest is a word: "لأي جهة بفرض الوصاية" is no region) */
        if (tok_is_manner_after_ba(d, x->lx, j, 0))
            break;
        unknown |= tok_is_name_like(x->lx, t) && !(t->flags & TOKF_COMMON);
        j++;
    }
    /* (a village's or a district's one word, whatever it also means: ناحية سنكسر; not an
     * adjective in ة or ي, nor عين or كفر of a longer name: قرية عين الحلوة) */
    const struct token *w = &d->tokens[k + 1];
    if (head->org_locality && j == k + 2 && !unknown && !(w->flags & TOKF_LATIN) &&
        d->text.u16[w->span.end - 1] != 0x0629 && w->fold[w->fold_len - 1] != 0x064A &&
        (j >= end || name_phrase_ends(x, j)))
        unknown = 1;
    if (j == k + 1 || !unknown)
        return 0;
    uint8_t type = (head->role_classes & CLASS_SITE) ? ENT_LOC : ENT_GPE;
    struct cand c = {k + 1, j, k + 1, j, -1, -1, 0, 0, type, GENDER_FEM, CAND_ORG, 0, -1, 0};
    if (add_accepted(x, &c) != 0)
        return -1;
    return 0;
}

/* لل at the start of a word: ل and the article, "for the ..." (ميناء للحاويات) */
static int lam_and_article(const struct token *t)
{
    return t->fold_len > 2 && t->fold[0] == 0x0644 && t->fold[1] == 0x0644;
}

static int32_t eponym_name_end(const struct ent_ctx *x, int32_t j, int32_t end);
static int is_particle(const struct token *tk);

/* مطار الملك خالد، مسجد عمر بن الخطاب: after a landmark named for people, a given name
 * (a king's or a prince's title before it) and the name it begins, through بن and his
 * father's. Returns where the namesake's name ends, or j. */
static int32_t eponym_after_landmark(const struct ent_ctx *x, int32_t j, int32_t end)
{
    const struct doc *d = x->d;
    int32_t g = j;
    if (g + 1 < end && (tok_kinds(&d->tokens[g]) & LEX_TITLE) && tok_has_article(&d->tokens[g]) &&
        !d->tokens[g].lex_prefix && x->owner[g] < 0)
        g++;
    const struct token *t = &d->tokens[g];
    if (g >= end || x->owner[g] >= 0 || !(tok_kinds(t) & LEX_FIRST_NAME) || t->lex_prefix || is_particle(t) ||
        (tok_kinds(t) & LEX_STOP))
        return j;
    int32_t e = eponym_name_end(x, g, end);
    while (e + 1 < end && e - j < 6 && is_particle(&d->tokens[e]) && !(tok_kinds(&d->tokens[e]) & LEX_STOP) &&
           d->tokens[e + 1].kind == TOK_WORD && x->owner[e + 1] < 0)
        e += 2;
    return e;
}

/* ميناء طرطوس، قاعدة حميميم الجوية (org_heads.tsv: landmark): the head, the place or the
 * name no dictionary knows right after it, and its adjectives in ي, are one LOC (not
 * "قاعدة عسكرية"، "قاعدة قرب X": no name right after the head). 0, or -1 when the arena
 * is exhausted. */
static int landmark_after_head(struct ent_ctx *x, int32_t k, const struct lex_entry *head)
{
    const struct doc *d = x->d;
    int32_t end = sentence_end(d, k), j = k + 1, kb = -1, namesake_end;
    if (j >= end || d->tokens[j].kind != TOK_WORD)
        return 0;
    if (x->owner[j] >= 0) {
        const struct cand *o = &x->c.v[x->owner[j]];
        if (o->tb != j || o->skip || (o->type != ENT_GPE && o->type != ENT_LOC))
            return 0;
        /* (a site named for people that is named by its city is left to the city: مطار
         * القاهرة، مطار بيونغ يانغ; tests/cases/notes, ar-56) */
        if (head->org_eponym && o->type == ENT_GPE)
            return 0;
        j = o->te;
        if (o->type == ENT_LOC)
            kb = o->kb; /* (حميميم is the base: its identity goes with it) */
    } else if (head->org_eponym && (namesake_end = eponym_after_landmark(x, j, end)) > j) {
        j = namesake_end;
    } else {
        while (j < end && j - k <= 3 && x->owner[j] < 0 && tok_is_name_like(x->lx, &d->tokens[j]) &&
               !(d->tokens[j].flags & TOKF_COMMON) && !prep_clitic(x, &d->tokens[j]) && !lam_and_article(&d->tokens[j]))
            j++;
        /* (or a name in ال before its adjective: قاعدة الخادم الجوية) */
        if (j == k + 1 && j + 1 < end && tok_has_article(&d->tokens[j]) && !tok_has_prep_clitic(&d->tokens[j]) &&
            !nisba_adjective(&d->tokens[j]) && !tok_kinds(&d->tokens[j]) && x->owner[j + 1] < 0 &&
            tok_has_article(&d->tokens[j + 1]) && nisba_adjective(&d->tokens[j + 1]) &&
            !tok_is_demonym(x->lx, &d->tokens[j + 1]))
            j++;
        /* (or one definite word no list holds where the phrase ends: a common word only
         * after the head of a port, a crossing or a district, which is named by one
         * (ميناء العقبة، منفذ الكرامة، حي الشهداء) where a station is mostly what it serves,
         * محطة الوقود) */
        if (j == k + 1 && !d->tokens[j].lex_prefix && !lam_and_article(&d->tokens[j]) && definite_place_name(x, j, end) &&
            (head->org_locality || !(d->tokens[j].flags & TOKF_COMMON)))
            j++;
        if (j == k + 1)
            return 0;
    }
    /* (الجوية، البحرية: its adjectives, and one of reach, الدولي of an airport or a port;
     * a crossing's, الحدودي، البري, only describe it) */
    while (!head->org_crossing && j < end && j - k <= 6 && x->owner[j] < 0 && tok_has_article(&d->tokens[j]) &&
           !tok_has_prep_clitic(&d->tokens[j]) && !d->tokens[j].lex_prefix && nisba_adjective(&d->tokens[j]) &&
           (!tok_is_demonym(x->lx, &d->tokens[j]) || tok_is_scope_adjective(x->lx, &d->tokens[j])) &&
           !(tok_kinds(&d->tokens[j]) & LEX_STOP))
        j++;
    release_places(x, k, j);
    struct cand c = {k, j, k, j, -1, -1, d->tokens[k].lex_prefix, 0, ENT_LOC, GENDER_FEM, CAND_ORG, 0, kb, 0};
    if (!tok_kinds(&d->tokens[k]))
        c.skip = 0;
    if (add_accepted(x, &c) != 0)
        return -1;
    return 0;
}

/* التابع، التابعة، التابعين (markers.tsv: affiliated, a stem): "belonging to", which ties
 * a body to its parent */
static int affiliated_adjective(const struct ent_ctx *x, const struct token *t)
{
    return lexicon_stem_marker(x->lx, t->fold, t->fold_len, MARK_AFFILIATED);
}

/* البعثة الروسية لدى الاتحاد الأوروبي، بعثة الأمم المتحدة للدعم في ليبيا: a mission's
 * name goes on through في/لدى and the place or body it sits in; so does the name of a body
 * of people through في and the place whose people it gathers (`members`: نقابة الخبازين
 * في غريان، مجلس المفتين في روسيا). Returns the name's new end, or te. */
static int32_t mission_seat(const struct ent_ctx *x, const struct lex_entry *head, int members, int32_t te,
                            int32_t end)
{
    const struct doc *d = x->d;
    /* (a body of people's place may be written on ب: "جمعية منتجي ومصدري الموالح
     * بالقليوبية") */
    if (members && te < end && x->owner[te] >= 0) {
        const struct cand *o = &x->c.v[x->owner[te]];
        const struct token *t = &d->tokens[te];
        if (o->tb == te && o->type == ENT_GPE && o->skip && t->fold[0] == 0x0628)
            return o->te;
    }
    if (!((head->role_classes & CLASS_MISSION) || members) || te + 1 >= end)
        return te;
    /* (a standing mission's seat after its qualifier: "البعثة الروسية الدائمة لدى ...") */
    int32_t name_end = te;
    if ((head->role_classes & CLASS_MISSION) && te + 2 < end && tok_marker(d, te, MARK_STANDING) && x->owner[te] < 0)
        te++;
    if (!tok_marker(d, te, MARK_SEAT)) /* في، لدى */
        return name_end;
    /* (the place may come with its head: "تجمّع منتجي النبيذ في قضاء البترون") */
    int32_t p = te + 1;
    int definite;
    const struct lex_entry *place_head = x->owner[p] < 0 ? org_head(x, &d->tokens[p], &definite) : NULL;
    if (members && place_head && (place_head->role_classes & CLASS_PLACE) && !definite && !d->tokens[p].lex_prefix &&
        p + 1 < end && x->owner[p + 1] >= 0 && x->c.v[x->owner[p + 1]].tb == p + 1 &&
        x->c.v[x->owner[p + 1]].type == ENT_GPE)
        return x->c.v[x->owner[p + 1]].te;
    if (x->owner[te + 1] < 0)
        return name_end;
    const struct cand *o = &x->c.v[x->owner[te + 1]];
    if (o->tb != te + 1 || o->skip || (o->type != ENT_GPE && (o->type != ENT_ORG || members)))
        return name_end;
    return o->te;
}

/* مفوضية الإعلام في الحزب التقدمي الاشتراكي، لجنة الاستخبارات في الجمعية الوطنية: a
 * body named by one word is a name when في/لدى ties it to the organisation it is part
 * of, named at once (a known one, or an organisation's head with its article). */
static int body_of_parent(const struct ent_ctx *x, int32_t te, int32_t end)
{
    const struct doc *d = x->d;
    if (te + 1 >= end || !tok_marker(d, te, MARK_SEAT))
        return 0;
    const struct token *p = &d->tokens[te + 1];
    if (x->owner[te + 1] >= 0) {
        const struct cand *o = &x->c.v[x->owner[te + 1]];
        return o->tb == te + 1 && o->type == ENT_ORG;
    }
    int definite;
    const struct lex_entry *head = org_head(x, p, &definite);
    if (!head || p->lex_prefix || !tok_has_article(p) || (head->role_classes & (CLASS_PLACE | CLASS_SITE | CLASS_LANDMARK)))
        return 0;
    /* (a head alone refers back, "غرفة العمليات في الوزارة": the parent must be named) */
    const struct token *n = te + 2 < end ? &d->tokens[te + 2] : NULL;
    return n && n->kind == TOK_WORD && tok_has_article(n) && !n->lex_prefix && !(tok_kinds(n) & (LEX_STOP | LEX_VERB));
}

static int future_verb(const struct ent_ctx *x, const struct token *t);

/* نقابة الخبازين، جمعية المزارعين، رابطة المستوردين: a head that names a body by whom it
 * gathers (org_heads.tsv "members"), without its article, before a definite sound plural
 * of people, is a name of one word */
static int members_named(const struct ent_ctx *x, const struct lex_entry *head, int definite, int32_t k)
{
    const struct token *w = &x->d->tokens[k + 1];
    return head->org_members && !definite && !tok_has_article(&x->d->tokens[k]) && tok_has_article(w) &&
           !tok_has_prep_clitic(w) && w->fold_len >= 7 && tok_sound_plural(w) && w->fold[w->fold_len - 2] == 0x064A &&
           !tok_is_demonym(x->lx, w);
}

/* خيرية، حقوقية: a bare feminine adjective in ية whose masculine (خيري) is a word — not
 * a noun such as بداية, which nisba_adjective() would also take */
static int adjective_in_iya(const struct ent_ctx *x, const struct token *t)
{
    int32_t n = t->fold_len;
    return t->kind == TOK_WORD && !tok_has_article(t) && n > 3 && t->fold[n - 1] == 0x0647 && t->fold[n - 2] == 0x064A &&
           lexicon_is_common_as_written(x->lx, t->fold, n - 1);
}

/* قد، لقد، لن، لم، سوف: particles that only stand before a verb. */
static int verb_particle(const struct token *t)
{
    static const UChar qad[] = {0x0642, 0x062F}, laqad[] = {0x0644, 0x0642, 0x062F}, lan[] = {0x0644, 0x0646},
                       lam[] = {0x0644, 0x0645}, sawfa[] = {0x0633, 0x0648, 0x0641};
    const UChar *w = t->fold;
    int32_t n = t->fold_len;
    return (n == 2 && (!memcmp(w, qad, sizeof qad) || !memcmp(w, lan, sizeof lan) || !memcmp(w, lam, sizeof lam))) ||
           (n == 3 && (!memcmp(w, laqad, sizeof laqad) || !memcmp(w, sawfa, sizeof sawfa)));
}

/* وزارة الصحة، لوزارة المالية: a ministry and its portfolio name one ministry of the
 * country the text is about, where مجلس الإدارة or وكالة الأنباء stay descriptions */
static int ministry_of(const struct doc *d, int32_t head, int32_t word)
{
    static const UChar wizara[] = {0x0648, 0x0632, 0x0627, 0x0631, 0x0647};
    const struct token *h = &d->tokens[head];
    int32_t p = h->lex_prefix;
    /* (not cut short before an adjective the name did not take: وزارة العلاقات الاقتصادية) */
    if (word + 1 < d->n_tokens && d->tokens[word + 1].kind == TOK_WORD &&
        (tok_has_article(&d->tokens[word + 1]) || d->tokens[word + 1].fold[0] == 0x0648))
        return 0; /* (nor before a second portfolio: وزارة الصحة ووقاية المجتمع) */
    return word == head + 1 && tok_has_article(&d->tokens[word]) && !tok_has_prep_clitic(&d->tokens[word]) &&
           !tok_has_article(h) && h->fold_len - p == 5 && !memcmp(h->fold + p, wizara, sizeof wizara);
}

/* Are tokens [b, e) all words no dictionary or list knows (a foreign name: أيروفلوت)? */
static int unknown_words(const struct doc *d, int32_t b, int32_t e)
{
    for (int32_t k = b; k < e; k++) {
        const struct token *t = &d->tokens[k];
        if (t->kind != TOK_WORD || (t->flags & TOKF_COMMON) || (tok_kinds(t) & ~(uint32_t)(LEX_GAZ | LEX_PHRASE_START)))
            return 0;
    }
    return 1;
}

/* «فريق المراقبة متعدد الأطراف للعقوبات»: a name quoted whole, head and all, runs to
 * its closing mark — a last ل + noun there has no definite word to lean on. Returns the
 * new end, or te when the head is not so quoted. */
static int32_t quoted_name_end(const struct ent_ctx *x, int32_t k, int32_t te, int32_t end)
{
    const struct doc *d = x->d;
    if (k == 0 || !is_quote_mark(&d->tokens[k - 1]) || d->tokens[k - 1].span.end != d->tokens[k].span.start)
        return te;
    for (int32_t q = te; q < end && q - te <= 3; q++) {
        const struct token *t = &d->tokens[q];
        if (is_quote_mark(t))
            return q > te && d->tokens[q - 1].span.end == t->span.start ? q : te;
        /* (a place there is part of the name: «مركز الدراسات الاستراتيجية لآسيا») */
        if (t->kind != TOK_WORD || (tok_kinds(t) & (LEX_STOP | LEX_VERB | LEX_COMPLEMENTIZER | LEX_PRONOUN | LEX_SOURCE)) ||
            (x->owner[q] >= 0 && x->c.v[x->owner[q]].type != ENT_GPE && x->c.v[x->owner[q]].type != ENT_LOC))
            return te;
    }
    return te;
}

static int preposition_on_word(const struct ent_ctx *x, const struct token *t);

/* ل + a noun (لسلامة، لتنسيق، لحقوق): a preposition on a word, which in an organisation's
 * name takes the definite noun after it. */
static int lam_on_noun(const struct ent_ctx *x, const struct token *t)
{
    /* (the word behind ل may be common where ل and it are not: لكرة القدم) */
    return t->fold[0] == 0x0644 && t->fold_len >= 4 &&
           (prep_clitic(x, t) || (t->flags & TOKF_COMMON) || lexicon_is_common(x->lx, t->fold + 1, t->fold_len - 1));
}

/* Token j, right after the bare head at k, starts a known organisation (not a person, not
 * a place) that is followed by more of a name: a definite adjective (السامية، الإنمائي)
 * or ل + a noun before a definite one (لحقوق الإنسان، لتنسيق الشؤون). */
static int known_org_in_construct(const struct ent_ctx *x, int32_t k, int32_t j, int32_t end)
{
    const struct doc *d = x->d;
    const struct cand *o = &x->c.v[x->owner[j]];
    if (j != k + 1 || o->type != ENT_ORG || o->tb != j || tok_has_article(&d->tokens[k]) ||
        prep_clitic(x, &d->tokens[j]) || o->te + 1 >= end)
        return 0;
    const struct token *nx = &d->tokens[o->te];
    if (nx->kind != TOK_WORD || x->owner[o->te] >= 0 || tok_is_demonym(x->lx, nx) ||
        (tok_kinds(nx) & (LEX_STOP | LEX_VERB | LEX_TITLE | LEX_ROLE_NOUN | LEX_ORG_HEAD)))
        return 0;
    if (tok_has_article(nx))
        return !tok_has_prep_clitic(nx);
    const struct token *after = &d->tokens[o->te + 1];
    return lam_on_noun(x, nx) && after->kind == TOK_WORD && tok_has_article(after) && x->owner[o->te + 1] < 0;
}

/* Is t, at j, a place's head in ال right after a group noun in construct (مزارعي
 * الولاية، تجار المدينة)? */
static int place_of_group(const struct ent_ctx *x, const struct token *t, int32_t j)
{
    int definite;
    const struct lex_entry *head;
    return j > 0 && (tok_kinds(&x->d->tokens[j - 1]) & LEX_GROUP) && tok_has_article(t) && !tok_has_prep_clitic(t) &&
           (head = org_head(x, t, &definite)) != NULL && (head->role_classes & CLASS_PLACE);
}

/* "غرفة تجارة ولاية جنوب كردفان"، "مديرية زراعة محافظة X": a bare place head in
 * construct after the body's bare noun, then the place it heads, is the body's seat. */
static int place_in_construct(const struct ent_ctx *x, const struct token *t, int32_t j)
{
    const struct doc *d = x->d;
    int definite;
    const struct lex_entry *head;
    const struct token *p = &d->tokens[j - 1];
    return j + 1 < d->n_tokens && p->kind == TOK_WORD && !tok_has_article(p) && !p->lex_prefix && !tok_kinds(p) &&
           !tok_has_article(t) && !t->lex_prefix && (head = org_head(x, t, &definite)) != NULL &&
           (head->role_classes & CLASS_PLACE) && x->owner[j + 1] >= 0 && place_owner(x, j + 1);
}

/* لمدينة، لمحافظة، لولاية: ل on the head of a place's name. */
static int place_head_on_lam(const struct ent_ctx *x, const struct token *t)
{
    int definite;
    const struct lex_entry *head = org_head(x, t, &definite);
    return head && (head->role_classes & CLASS_PLACE) && prep_clitic(x, t);
}

/* بالخارج, "abroad": the last word of the Maghrebi ministries of the community abroad
 * (والجالية الوطنية بالخارج), never a verb's complement there. */
static int abroad(const struct token *t)
{
    static const UChar bil_kharij[] = {0x0628, 0x0627, 0x0644, 0x062E, 0x0627, 0x0631, 0x062C};
    return t->fold_len == 7 && !memcmp(t->fold, bil_kharij, sizeof bil_kharij);
}

/* Is the last letter of word t, as written, `letter` (ا، ى، ي)? */
static int ends_with_letter(const struct doc *d, const struct token *t, UChar letter)
{
    return t->kind == TOK_WORD && t->span.end > t->span.start && d->text.u16[t->span.end - 1] == letter;
}

/* The word before token k opens its sentence or clause (after a comma) and has no
 * article: the verb whose subject a name at k is ("ورحبت وزارة الخارجية بالقرار"). */
static int clause_opener_before(const struct doc *d, int32_t k)
{
    if (k == 0 || d->tokens[k - 1].sentence < 0)
        return 0;
    const struct token *v = &d->tokens[k - 1];
    int32_t sb = d->sentences[v->sentence].tok_begin;
    return v->kind == TOK_WORD && !tok_has_article(v) && (k - 1 == sb || (k >= 2 && tok_is_comma(&d->tokens[k - 2])));
}

/* Does the name of a body in tokens [k, e) hold an adjective of a region (الجهوية،
 * الإقليمي، المحلي)? A regional office is named with its seat in ب: المندوبية الجهوية
 * للتنمية الفلاحية بالقيروان، المستشفى الإقليمي بجرادة (a university or an embassy
 * in a city is not: جامعة محمد الخامس | بالرباط). */
static int regional_name(const struct ent_ctx *x, int32_t k, int32_t e)
{
    static const UChar jihawi[] = {0x0627, 0x0644, 0x062C, 0x0647, 0x0648, 0x064A},
                       iqlimi[] = {0x0627, 0x0644, 0x0627, 0x0642, 0x0644, 0x064A, 0x0645, 0x064A},
                       mahalli[] = {0x0627, 0x0644, 0x0645, 0x062D, 0x0644, 0x064A};
    for (int32_t q = k + 1; q < e; q++) {
        const struct token *t = &x->d->tokens[q];
        int32_t n = t->fold_len - (t->fold[t->fold_len - 1] == 0x0647); /* (the feminine: الجهوية) */
        if ((n == 6 && (!memcmp(t->fold, jihawi, sizeof jihawi) || !memcmp(t->fold, mahalli, sizeof mahalli))) ||
            (n == 8 && !memcmp(t->fold, iqlimi, sizeof iqlimi)))
            return 1;
    }
    return 0;
}

/* "تلقت إذاعة الأنبار | نسخة منه"، "خصصت إذاعة طرطوس | فقرتها": after a station named
 * by its place alone (proper and content one word, the place at j - 1), a common word
 * without the article, with more of the clause after it, is the verb's object, no part of
 * the name (a definite one may be: "قناة سوريا الغد"، "قناة مصر الأولى"). The caller has
 * checked that the word is common and no adjective. */
static int station_past_its_place(const struct ent_ctx *x, const struct lex_entry *head, int32_t j, int proper,
                                  int content)
{
    /* (after more of the name too: "خصصت إذاعة صوت مرزق | حلقة") */
    if (!(head->role_classes & CLASS_STATION) || proper < 1 || content > proper + 1 || x->owner[j - 1] < 0)
        return 0;
    const struct cand *place = &x->c.v[x->owner[j - 1]];
    const struct doc *d = x->d;
    /* (a word that ends the phrase is the name's own: "على قناة ليبيا الأحرار،") */
    return (place->type == ENT_GPE || place->type == ENT_LOC) && !tok_has_article(&d->tokens[j]) &&
           j + 1 < d->n_tokens && d->tokens[j + 1].kind != TOK_PUNCT && d->tokens[j + 1].sentence == d->tokens[j].sentence;
}

/* سيدي, which opens the Maghreb's and Mauritania's compound given names (سيدي محمد). */
static int opens_compound_given(const struct token *t)
{
    static const UChar sidi[] = {0x0633, 0x064A, 0x062F, 0x064A};
    return t->fold_len == 4 && !t->lex_prefix && !memcmp(t->fold, sidi, sizeof sidi);
}

/* جامعة عمر المختار، جامعة محمد البشير الإبراهيمي، جامعة عمار ثليجي: after a head named
 * for people (org_heads.tsv "eponym"), the given name at j, one family name or the words
 * in ال after it. Where the person's name ends: a word with a preposition on it, a
 * particle (the caller goes on through بن X), a title or role, a nationality, another
 * given name (جامعة عمر المختار سالمة العبيدي: the person who speaks). */
/* معهد إدوارد سعيد قد أكد، لمعهد إدوارد سعيد الوطني للموسيقى: a second given name at e is
 * the namesake's family name where the body's name ends after it (a function word, a verb,
 * punctuation) or goes on with its adjective in ي and ل + a noun; before a word of a
 * name it begins someone else's ("مستشفى زايد | محمد الكعبي"). */
static int second_given_name_closes(const struct ent_ctx *x, int32_t e, int32_t end)
{
    const struct doc *d = x->d;
    const struct token *w = &d->tokens[e];
    if (e + 1 >= end || !(tok_kinds(w) & LEX_FIRST_NAME) || w->lex_prefix || (tok_kinds(w) & LEX_STOP))
        return 0;
    const struct token *n = &d->tokens[e + 1];
    if (n->kind == TOK_PUNCT || tok_is_qad(n) || (tok_kinds(n) & (LEX_STOP | LEX_VERB | LEX_COMPLEMENTIZER)))
        return !(tok_kinds(n) & LEX_FIRST_NAME);
    return e + 2 < end && tok_has_article(n) && !tok_has_prep_clitic(n) && (n->flags & TOKF_COMMON) &&
           tok_nisba_ending(n) && d->tokens[e + 2].kind == TOK_WORD &&
           d->tokens[e + 2].fold[0] == 0x0644 && d->tokens[e + 2].fold_len >= 4;
}

/* جامعة كيو | الدكتور ماساهيرو ناكامورا، في جامعة كيو.: a given name alone where the
 * name plainly ends (punctuation, a title in ال, a function word) is the body's one-word
 * name; a person would carry a second name after it. */
static int lone_given_name_closes(const struct ent_ctx *x, int32_t j, int32_t end)
{
    const struct doc *d = x->d;
    if (j + 1 >= end)
        return 1;
    const struct token *n = &d->tokens[j + 1];
    if (n->kind == TOK_PUNCT)
        return 1;
    uint32_t kinds = tok_kinds(n);
    if (kinds & LEX_FIRST_NAME)
        return 0;
    return n->kind == TOK_WORD && x->owner[j + 1] < 0 &&
           (((kinds & (LEX_TITLE | LEX_HONORIFIC)) && tok_has_article(n) && !tok_has_prep_clitic(n)) ||
            ((kinds & (LEX_STOP | LEX_COMPLEMENTIZER)) && !n->lex_prefix));
}

static int32_t eponym_name_end(const struct ent_ctx *x, int32_t j, int32_t end)
{
    const struct doc *d = x->d;
    int32_t e = j + 1;
    for (; e < end && e - j < 4; e++) {
        const struct token *w = &d->tokens[e];
        uint32_t kinds = tok_kinds(w);
        if (w->kind != TOK_WORD || x->owner[e] >= 0 || (w->lex_prefix && !tok_has_article(w)) || tok_has_prep_clitic(w) ||
            is_particle(w) ||
            (kinds & (LEX_STOP | LEX_VERB | LEX_ORG_HEAD | LEX_HONORIFIC | LEX_COMPLEMENTIZER | LEX_GROUP)) ||
            tok_is_demonym(x->lx, w))
            break;
        /* (a title that is also the second half of a given name goes on: جامعة عمر المختار) */
        if ((kinds & (LEX_TITLE | LEX_ROLE_NOUN)) && !((kinds & LEX_FIRST_NAME) && tok_has_article(w)))
            break;
        /* (but سيدي opens a compound given name: جامعة سيدي محمد بن عبد الله) */
        if (!tok_has_article(w) && (e > j + 1 || (kinds & LEX_FIRST_NAME)) && !(e == j + 1 && opens_compound_given(&d->tokens[j])) &&
            !second_given_name_closes(x, e, end))
            break;
    }
    return e;
}

/* "لإذاعة عبري:"، "على إذاعة الطائف،"، "إذاعة بعقوبة": a station's head and one word no
 * list knows as a place, where the phrase ends, is the station's name, whatever the word
 * also means (عبري "Hebrew", النعامة "the ostrich"); not an adjective in ي/ية agreeing
 * with it (إذاعة محلية، إذاعة رسمية) nor a word no name starts with. */
static int station_named_by_one_word(const struct ent_ctx *x, const struct lex_entry *head, int definite, int32_t k,
                                     int32_t end)
{
    const struct doc *d = x->d;
    if (!(head->role_classes & CLASS_STATION) || definite || tok_has_article(&d->tokens[k]) || k + 2 > end ||
        x->owner[k + 1] >= 0)
        return 0;
    const struct token *w = &d->tokens[k + 1];
    int32_t n_w = w->fold_len;
    /* (a place in ب is read as one, بعقوبة; an adjective agrees with the head's gender:
     * إذاعة محلية، راديو محلي, where عبري after إذاعة is a town) */
    int ba = n_w > 3 && w->fold[0] == 0x0628 && !tok_has_article_after_clitic(w);
    int agrees = head->role_gender == GENDER_FEM ? n_w > 3 && w->fold[n_w - 2] == 0x064A && w->fold[n_w - 1] == 0x0647
                                                 : n_w > 2 && w->fold[n_w - 1] == 0x064A;
    if (w->kind != TOK_WORD || !(w->flags & TOKF_ARABIC) || n_w < 2 || (tok_has_prep_clitic(w) && !ba) ||
        (w->lex_prefix && !tok_has_article(w) && !ba) || tok_is_demonym(x->lx, w) || agrees ||
        (tok_kinds(w) & (LEX_STOP | LEX_VERB | LEX_COMPLEMENTIZER | LEX_ORG_HEAD | LEX_TITLE | LEX_ROLE_NOUN | LEX_GROUP)))
        return 0;
    if (k + 2 == end)
        return 1;
    /* (a bare common word before a function word is what the head describes: "قناة اتصال
     * مع بكين"، "أنها قناة موثوقة حين"، "راديو بنسخة منه") */
    const struct token *n = &d->tokens[k + 2];
    int described = !tok_has_article(w) && (w->flags & TOKF_COMMON);
    return (n->kind == TOK_PUNCT && !is_quote_mark(n)) ||
           (tok_kinds(n) & (LEX_VERB | LEX_COMPLEMENTIZER | (described ? 0 : LEX_STOP))) ||
           (n->kind == TOK_WORD && n->fold[0] == 0x0644 && n->lex_prefix);
}

/* "جامعة الجزائر 3 الأستاذ X": a number at j of at most `digits` digits, after the city,
 * that counts nothing (no bare noun after it: "جامعة القاهرة 5 طلاب") tells one body of
 * the city from another; and so one channel from another (القناة 12). */
__attribute__((noinline)) static int number_tells_apart(const struct lexicon *lx, const struct doc *d, int32_t j, int32_t end,
                                                        int32_t digits)
{
    if (j >= end || d->tokens[j].kind != TOK_NUMBER || d->tokens[j].span.end - d->tokens[j].span.start > digits)
        return 0;
    if (j + 1 >= end)
        return 1;
    const struct token *next = &d->tokens[j + 1];
    return next->kind != TOK_WORD || tok_has_article(next) || next->lex_prefix ||
           (tok_kinds(next) & (LEX_VERB | LEX_COMPLEMENTIZER | LEX_TITLE | LEX_ROLE_NOUN)) ||
           !(next->flags & TOKF_COMMON) || tok_is_name_like(lx, next);
}

static int pass_orgs(struct ent_ctx *x)
{
    const struct doc *d = x->d;
    int32_t n = d->n_tokens, li = 0;
    for (int32_t k = list_next(&x->heads, &li, 0, n); k < n; k = list_next(&x->heads, &li, k + 1, n)) {
        int definite;
        if (x->owner[k] >= 0)
            continue; /* before org_head, whose lookup a claimed word does not need */
        const struct lex_entry *head = org_head(x, &d->tokens[k], &definite);
        if (!head)
            continue;
        /* "العميد شرطة فتح الرحمن": a bare head right after a definite rank is the
         * rank's branch, and a name follows */
        if (!definite && k > 0 && !tok_has_article(&d->tokens[k]) && !d->tokens[k].lex_prefix &&
            (tok_kinds(&d->tokens[k - 1]) & LEX_TITLE) && tok_has_article(&d->tokens[k - 1]) &&
            d->tokens[k - 1].sentence == d->tokens[k].sentence)
            continue;
        /* "جبهة كورسك": a battle front; the place is the entity (جبهة التحرير is a body) */
        if ((head->role_classes & CLASS_FRONT) && k + 1 < n && x->owner[k + 1] >= 0 && place_owner(x, k + 1))
            continue;
        /* (and so is "الجبهة الروسية"، "الجبهة الأوكرانية": one nationality alone; a body
         * names more, الجبهة التركمانية العراقية) */
        if ((head->role_classes & CLASS_FRONT) && k + 1 < n && tok_is_demonym(x->lx, &d->tokens[k + 1]) &&
            !(k + 2 < n && (tok_is_demonym(x->lx, &d->tokens[k + 2]) || tok_is_name_like(x->lx, &d->tokens[k + 2]) ||
                            lam_on_noun(x, &d->tokens[k + 2]))))
            continue;
        if (head->role_classes & (CLASS_PLACE | CLASS_SITE | CLASS_LANDMARK)) {
            if (!definite && !tok_has_article(&d->tokens[k]) &&
                ((head->role_classes & CLASS_LANDMARK) ? landmark_after_head(x, k, head) : place_after_head(x, k, head)) != 0)
                return -1;
            continue;
        }
        int32_t end = sentence_end(d, k);
        /* "القناة 12 الإسرائيلية": a channel told apart by its number, the number in its
         * name */
        if (station_named_by_one_word(x, head, definite, k, end) ||
            ((head->role_classes & CLASS_STATION) && number_tells_apart(x->lx, d, k + 1, end, 2))) {
            struct cand c = {k, k + 2, k, k + 2, -1, -1, d->tokens[k].lex_prefix, 0, ENT_ORG, head->role_gender, CAND_ORG,
                             head->role_classes, -1, 0};
            if (add_accepted(x, &c) != 0)
                return -1;
            k++;
            continue;
        }
        int32_t j = k + 1, content = 0, proper = 0, demonyms = 0, seen_article = 0, quoted_core = 0, core_tb = k + 1;
        int32_t last_content = k, absorbed = -1;
        while (j < end && j - k <= MAX_ORG_TOKENS) {
            const struct token *t = &d->tokens[j];
            /* (a paper's name in parentheses as agency copy writes it: صحيفة (ازفستيا)) */
            int paren = j == k + 1 && (head->role_classes & CLASS_MEDIA) && tok_is_char(t, '(');
            if (is_quote_mark(t) || paren) {
                /* A quoted name right after the head: وكالة "تاس" (not the mark that closes
                 * a quoted head, لـ"المرصد": ..., nor marks around punctuation) */
                int32_t q = j + 1, words = 1;
                while (q < end && q - j <= 4 && !(paren ? tok_is_char(&d->tokens[q], ')') : is_quote_mark(&d->tokens[q])))
                    words &= d->tokens[q].kind != TOK_PUNCT || tok_is_dash(&d->tokens[q]), q++;
                int closes_head = j == k + 1 && k > 0 && is_quote_mark(&d->tokens[k - 1]);
                /* (الحلف «سيعمّق شراكاته»: quoted words that start with a verb are no name) */
                if (j + 1 < end && (future_verb(x, &d->tokens[j + 1]) || (tok_kinds(&d->tokens[j + 1]) & LEX_VERB) ||
                                    verb_particle(&d->tokens[j + 1])))
                    words = 0; /* (nor with a particle of the verb: الحكومة "قد حسبت كلفة") */
                /* (nor a present verb no list holds, before a word in a preposition or a
                 * function word: دول المجلس "تتمسك بعلاقات"، «يرفضون أي تدخل») */
                if (q > j + 2 && tok_present_verb_shape(&d->tokens[j + 1]) && !tok_kinds(&d->tokens[j + 1]) &&
                    (tok_has_prep_clitic(&d->tokens[j + 2]) || preposition_on_word(x, &d->tokens[j + 2]) ||
                     (tok_kinds(&d->tokens[j + 2]) & LEX_STOP)))
                    words = 0;
                /* (nor after "أن الوزارة": the subject of a clause, its quoted predicate) */
                if (j == k + 1 && k > 0 && tok_has_article(&d->tokens[k]) &&
                    (tok_kinds(&d->tokens[k - 1]) & LEX_COMPLEMENTIZER))
                    words = 0;
                /* (or after the head's common words, a name no dictionary knows: "شركة
                 * الطيران الروسية «أيروفلوت»"، "الاتحاد الدولي لكرة القدم "الفيفا"") */
                int named_after = content > 0 && proper == 0 && !quoted_core && q < end && q - j <= 3 && q > j + 1 &&
                                  unknown_words(d, j + 1, q);
                if (q < end && q - j <= 4 && q > j + 1 && (content == 0 || named_after) && words && !closes_head) {
                    if (named_after)
                        core_tb = j;
                    proper++;
                    content += (int)(q - j - 1);
                    last_content = q;
                    j = q + 1;
                    quoted_core = 1;
                    continue;
                }
                break;
            }
            if (t->kind != TOK_WORD || t->fold_len < 2 || (t->fold_len == 2 && (t->flags & TOKF_ARABIC)))
                break; /* جامعة فودان | لي شياو-تشين: a two-letter word starts something else */
            if (quoted_core && !tok_is_demonym(x->lx, t))
                break; /* لائحة “قرار زحلة” | المحامية: after a quoted name, only an adjective */
            uint32_t kinds = tok_kinds(t);
            /* مستشفى ابن خلدون، مستشفى الملك فهد: right after the head, the person the
             * institution is named after — a name particle and its word, or a title in ال
             * and a given name */
            /* (not a body in office: "برئاسة النائب X" is who chairs it) */
            if (content == 0 && j == k + 1 && !definite && x->owner[j] < 0 &&
                !(head->role_classes & (CLASS_MINISTRY | CLASS_MEDIA | CLASS_STATE))) {
                int32_t e = j;
                if ((kinds & (LEX_TITLE | LEX_HONORIFIC)) && tok_has_article(t) && j + 1 < end &&
                    x->owner[j + 1] < 0 && (tok_kinds(&d->tokens[j + 1]) & (LEX_FIRST_NAME | LEX_NAME_PARTICLE)))
                    e = j + 1;
                /* (after an honorific, a name no list holds too: جامعة السلطان قابوس) */
                else if ((kinds & LEX_HONORIFIC) && tok_has_article(t) && j + 1 < end && x->owner[j + 1] < 0 &&
                         d->tokens[j + 1].kind == TOK_WORD && (d->tokens[j + 1].flags & TOKF_ARABIC) &&
                         !tok_has_article(&d->tokens[j + 1]) && !d->tokens[j + 1].lex_prefix && !tok_kinds(&d->tokens[j + 1]))
                    e = j + 2;
                if (e == j + 1 && (tok_kinds(&d->tokens[j + 1]) & LEX_FIRST_NAME) && !is_particle(&d->tokens[j + 1]))
                    e = j + 2; /* (الملك فهد, and his father's name: جامعة الإمام عبدالرحمن بن فيصل) */
                int eponym = 0; /* a given name and the name it begins */
                int lone_given = 0;
                if (e == j && head->org_eponym && !is_particle(t)) {
                    if ((kinds & LEX_FIRST_NAME) && !t->lex_prefix) {
                        e = eponym_name_end(x, j, end);
                        lone_given = e == j + 1 && lone_given_name_closes(x, j, end);
                    }
                    else if (j + 1 < end && is_particle(&d->tokens[j + 1]))
                        e = j + 1; /* (جامعة الشاذلي بن جديد: a name and his father's) */
                    eponym = e > j;
                }
                while (e + 1 < end && e - j < 6 && is_particle(&d->tokens[e]) && !(tok_kinds(&d->tokens[e]) & LEX_STOP) &&
                       d->tokens[e + 1].kind == TOK_WORD && x->owner[e + 1] < 0) {
                    e += 2;
                    while (e < end && e - j < 8 && is_particle(&d->tokens[e - 1]) && d->tokens[e].kind == TOK_WORD &&
                           x->owner[e] < 0)
                        e++; /* (بن عبد العزيز) */
                }
                if (e > j + 1 || lone_given) {
                    proper++;
                    content += e - j;
                    last_content = e - 1;
                    j = e;
                    const struct token *w = j < end ? &d->tokens[j] : NULL;
                    /* (مستشفى ابن خلدون | بالحوطة: where it stands; but ل + a noun goes on
                     * with the name: جامعة الأمير سلطان للعلوم; a bare word after a person's
                     * name begins someone else's: جامعة عمر المختار سالمة العبيدي) */
                    if (w && ((tok_has_prep_clitic(w) && w->fold[0] != 0x0644) ||
                              (tok_has_article(w) && w->fold[0] == 0x0628) ||
                              (eponym && w->kind == TOK_WORD && !tok_has_article(w) && !tok_has_prep_clitic(w))))
                        break;
                    continue;
                }
            }
            /* لجنة أطباء السودان: a group noun in construct right after the head, before a
             * definite word or a place, names whom the body gathers */
            /* (or a bare noun and a definite one: "نقابة أصحاب محطات المحروقات") */
            if ((kinds & LEX_GROUP) && content == 0 && !tok_has_article(t) && !t->lex_prefix && j + 1 < end &&
                !(kinds & (LEX_STOP | LEX_VERB | LEX_COMPLEMENTIZER | LEX_SOURCE | LEX_TAG | LEX_PRONOUN)) &&
                (tok_has_article(&d->tokens[j + 1]) ||
                 (x->owner[j + 1] >= 0 && x->c.v[x->owner[j + 1]].type == ENT_GPE) ||
                 (j + 2 < end && d->tokens[j + 1].kind == TOK_WORD && (d->tokens[j + 1].flags & TOKF_COMMON) &&
                  !d->tokens[j + 1].lex_prefix && !tok_kinds(&d->tokens[j + 1]) && x->owner[j + 1] < 0 &&
                  tok_has_article(&d->tokens[j + 2]) && !tok_has_prep_clitic(&d->tokens[j + 2])))) {
                content++;
                last_content = j;
                j++;
                continue;
            }
            /* (two of them joined by و: "جمعية آباء وأولياء الطلبة") */
            if ((kinds & LEX_GROUP) && content == 0 && !tok_has_article(t) && !t->lex_prefix && j + 2 < end &&
                !(kinds & (LEX_STOP | LEX_VERB | LEX_COMPLEMENTIZER | LEX_SOURCE | LEX_TAG | LEX_PRONOUN)) &&
                d->tokens[j + 1].fold[0] == 0x0648 && d->tokens[j + 1].lex_prefix == 1 &&
                (tok_kinds(&d->tokens[j + 1]) & LEX_GROUP) && !tok_has_article(&d->tokens[j + 1]) &&
                tok_has_article(&d->tokens[j + 2])) {
                content += 2;
                last_content = j + 1;
                j += 2;
                continue;
            }
            /* الرابطة التونسية للدفاع عن حقوق الإنسان: a verbal noun in لل, then عن and a noun
             * in construct with a definite one, goes on with the name (not a relay's source,
             * a role placed in a body: "نقلت وكالة المغرب العربي للأنباء | عن مسؤول
             * بالمندوبية") */
            if (content > 0 && t->fold_len > 4 && t->fold[0] == 0x0644 && t->fold[1] == 0x0644 && j + 3 < end &&
                tok_is_an(&d->tokens[j + 1]) &&
                d->tokens[j + 2].kind == TOK_WORD && !tok_has_article(&d->tokens[j + 2]) && x->owner[j + 2] < 0 &&
                !(tok_kinds(&d->tokens[j + 2]) & (LEX_STOP | LEX_VERB | LEX_TITLE | LEX_ROLE_NOUN | LEX_GROUP)) &&
                d->tokens[j + 3].kind == TOK_WORD && tok_has_article(&d->tokens[j + 3]) &&
                !tok_has_prep_clitic(&d->tokens[j + 3]) && x->owner[j + 3] < 0) {
                content += 4;
                seen_article = 1;
                last_content = j + 3;
                j += 4;
                continue;
            }
            /* إدارة الجمارك والضرائب غير المباشرة، المنظمات غير الحكومية: غير and the definite
             * adjective it negates go on with the name */
            /* (not one that governs the body as a pronoun: "حكومة صنعاء غير المعترف بها"
             * describes the government) */
            if (content > 0 && tok_is_ghayr(t) && j + 1 < end && tok_has_article(&d->tokens[j + 1]) &&
                !tok_has_prep_clitic(&d->tokens[j + 1]) && x->owner[j + 1] < 0 &&
                !(j + 2 < end && (tok_kinds(&d->tokens[j + 2]) & LEX_STOP) && d->tokens[j + 2].fold[0] == 0x0628) &&
                !(tok_kinds(&d->tokens[j + 1]) & (LEX_STOP | LEX_VERB | LEX_ORG_HEAD | LEX_TITLE | LEX_ROLE_NOUN))) {
                content += 2;
                last_content = j + 1;
                j += 2;
                continue;
            }
            if ((kinds & (LEX_STOP | LEX_VERB | LEX_COMPLEMENTIZER | LEX_SOURCE | LEX_TAG | LEX_PRONOUN | LEX_COMP_BLOCK)) ||
                ((kinds & LEX_GROUP) && !(content > 0 && lam_on_noun(x, t))))
                break;
            if (tok_is_qawluh(t))
                break; /* جبهة كورسك | قوله: a relay's قوله ends any name */
            /* (a lookup: after the test of the token's kinds, which ends the name more often) */
            if (affiliated_adjective(x, t))
                break; /* فريق الخبراء | التابع للأمم المتحدة: whose it is, not its name */
            /* جامعة واسيدا | هيروتاكا تاناكورا: after one foreign word, two more that no
             * list knows are a person's name, not the organisation's */
            if (proper == 1 && content == 1 && j + 1 < end && tok_is_name_like(x->lx, t) &&
                tok_is_name_like(x->lx, &d->tokens[j + 1]) && !(t->flags & TOKF_LATIN))
                break;
            /* (and so is a word before a name particle and a name: معهد كلينغندال | سيم فان
             * بيرخ) */
            if (proper == 1 && content == 1 && j + 2 < end && t->kind == TOK_WORD && !tok_has_article(t) &&
                is_particle(&d->tokens[j + 1]) && tok_is_name_like(x->lx, &d->tokens[j + 2]))
                break;
            int owned = x->owner[j] >= 0;
            if (owned && known_org_in_construct(x, k, j, end)) {
                /* مفوضية الأمم المتحدة السامية لحقوق الإنسان، مكتب الأمم المتحدة لتنسيق
                 * الشؤون الإنسانية: a known organisation in construct with the head, and the
                 * name goes on after it, names a body of its own */
                absorbed = x->owner[j];
                proper++;
                content++;
                last_content = x->c.v[absorbed].te - 1;
                j = x->c.v[absorbed].te;
                continue;
            }
            if (owned) {
                const struct cand *o = &x->c.v[x->owner[j]];
                /* A known person or organisation is its own entity; a place written
                 * after the head is part of the name (منتخب الأردن) unless it carries
                 * a preposition (المكتب الصحفي للكرملين). A region may be a regional
                 * body's seat (المكتب الجهوي للاستثمار الفلاحي لتافيلالت), and a state in
                 * ل the diplomatic post it has after its adjective ("القنصلية العامة
                 * لجمهورية كوريا"، "البعثة الدائمة لروسيا"). */
                if ((o->type == ENT_GPE || o->type == ENT_LOC) && o->tb == j && content > 0 &&
                    (t->fold[0] == 0x0628 || t->fold[0] == 0x0644) && prep_clitic(x, t) &&
                    (regional_name(x, k, j) || (o->type == ENT_GPE && t->fold[0] == 0x0644 &&
                                                (head->role_classes & (CLASS_MINISTRY | CLASS_MISSION))))) {
                    content++; /* (its seat or state ends the name: المديرية الجهوية للفلاحة لسوس ماسة) */
                    last_content = o->te - 1;
                    break;
                }
                if (o->type == ENT_PERSON || o->type == ENT_ORG || o->tb != j || prep_clitic(x, t) ||
                    (definite && content == 0) || (o->skip && t->fold[0] == 0x0648))
                    break; /* (و: الاتحاد السوفيتي | وكوريا الشمالية, a second name) */
                proper++;
                content++;
                last_content = o->te - 1;
                j = o->te;
                if (head->org_numbered && (o->type == ENT_GPE || o->type == ENT_LOC) && number_tells_apart(x->lx, d, j, end, 1)) {
                    last_content = j; /* جامعة الجزائر 3 */
                    break;
                }
                continue;
            }
            int org_head_here = (kinds & LEX_ORG_HEAD) != 0;
            if (!org_head_here && tok_has_article(t) && t->fold_len > 3) {
                /* "جامعة قطر | الفصل الماضي": a time after the name */
                if (content > 0 && j + 1 < end && !t->lex_prefix && tok_marker(d, j + 1, MARK_TIME_AFTER))
                    break;
                int def2;
                org_head_here = org_head(x, t, &def2) != NULL;
            }
            /* (a federation's head after a name is its adjective: جامعة قازان الفيدرالية) */
            /* (and so is one in ية right after the place that names the body: "جمعية
             * الخفجي التعاونية لصيادي الأسماك", or after a definite noun: "الإدارة العامة
             * للثروة البحرية", البحرية "the navy" elsewhere) */
            /* (nor a site's head in ال, a word of the name: جامعة جنوب الوادي) */
            if (org_head_here && content > 0 && t->fold[0] == 0x0627) {
                int def2;
                const struct lex_entry *h2 = org_head(x, t, &def2);
                if ((h2 && (h2->role_classes & CLASS_LANDMARK) && def2) ||
                    (tok_nisba_ending(t) &&
                     ((h2 && (h2->role_classes & CLASS_FRONT)) ||
                      (x->owner[j - 1] >= 0 && place_owner(x, j - 1) && x->c.v[x->owner[j - 1]].te == j) ||
                      (x->owner[j - 1] < 0 && tok_has_article(&d->tokens[j - 1]) && !tok_nisba_ending(&d->tokens[j - 1])))))
                    org_head_here = 0;
            }
            /* (but the place a group noun in construct names goes on with it: "اتحاد مزارعي
             * الولاية الشمالية") */
            if (org_head_here && content > 0 && !place_head_on_lam(x, t) && !place_of_group(x, t, j) &&
                !place_in_construct(x, t, j))
                break; /* مجلس إدارة | البنك المركزي: a second organisation starts */
            if ((kinds & LEX_TITLE) && !(kinds & LEX_ORG_HEAD) && (!tok_has_article(t) || content > 0))
                break; /* (معهد آسان للدراسات السياسية | الدكتور X; مجلس الوزراء keeps its title) */
            if (future_verb(x, t))
                break; /* لجنة مشتركة | ستبحث */
            /* (after a name, a common word that is no adjective ends it: "وحاولت صحيفة
             * الوطن | الحصول على"، "لم يتسن لراديو ألوان | التحقق من", a verbal noun and
             * its preposition, not an adjective in ة ("هيئة الأركان العامة من") nor before
             * علي as written with ي, a name ("ائتلاف دولة القانون علي جبار"); and after a
             * station's own name, not a place's, "رصد راديو دبنقا | تداول" but "قناة ليبيا
             * بانوراما") */
            if (content > 0 && (t->flags & TOKF_COMMON) && !tok_is_demonym(x->lx, t) && !tok_nisba_ending(t) &&
                ((t->fold[0] == 0x0627 && t->fold[1] == 0x0644 && t->fold[t->fold_len - 1] != 0x0647 && j + 1 < end &&
                  (tok_is_min(&d->tokens[j + 1]) ||
                   (tok_is_ala(&d->tokens[j + 1]) && d->text.u16[d->tokens[j + 1].span.end - 1] == 0x0649))) ||
                 ((head->role_classes & CLASS_STATION) && !tok_has_article(t) && proper > 0 && content == proper &&
                  x->owner[j - 1] < 0) ||
                 station_past_its_place(x, head, j, proper, content)))
                break;
            /* (and so do two words no dictionary knows right after a place that closes
             * the name, a person's: "المدير التنفيذي لشركة سكك حديد أولان باتور | باتبايار
             * نيامدافا") */
            if (content > 0 && j + 1 < end && x->owner[j - 1] >= 0 && place_owner(x, j - 1) &&
                x->c.v[x->owner[j - 1]].te == j && x->owner[j + 1] < 0 && bare_unknown_name_word(x->lx, t) &&
                bare_unknown_name_word(x->lx, &d->tokens[j + 1]))
                break;
            /* (and so does an indefinite object, its ending written, right after a place
             * that closes the name: "أصدرت نقابة عمال حلب | بيانا") */
            /* (or a bare noun in construct with another bare one: "وأعلنت بلدية مرجعيون |
             * موعد توزيع البذور") */
            /* (or a verb or noun the dictionary knows before a number or a definite word:
             * "بورصة الكويت | تخسر 1.2%"، "أنهت بورصة الكويت | تعاملات الأسبوع") */
            if (content > 0 && (t->flags & TOKF_COMMON) && !tok_has_article(t) && !t->lex_prefix && !kinds &&
                !prep_clitic(x, t) && !tok_is_demonym(x->lx, t) && !tok_nisba_ending(t) && x->owner[j - 1] >= 0 &&
                place_owner(x, j - 1) && x->c.v[x->owner[j - 1]].te == j &&
                ((t->fold_len >= 4 && t->fold[t->fold_len - 1] == 0x0627) ||
                 (j + 1 < end && t->fold[0] != 0x0644 && t->fold[0] != 0x0628 && x->owner[j + 1] < 0 &&
                  (d->tokens[j + 1].kind == TOK_NUMBER ||
                   /* (not an adjective in ة agreeing with the head: "محطة دوراليه متعددة
                    * الأغراض") */
                   (d->tokens[j + 1].kind == TOK_WORD && (d->tokens[j + 1].flags & TOKF_COMMON) &&
                    !d->tokens[j + 1].lex_prefix &&
                    (!tok_has_article(&d->tokens[j + 1]) ||
                     (!tok_nisba_ending(&d->tokens[j + 1]) && d->text.u16[t->span.end - 1] != 0x0629)))))))
                break;
            /* (the noun may be the head of a place's name: الهيئة الملكية لمدينة الرياض) */
            /* (a group noun too: "النقابة التونسية لأصحاب الصيدليات") */
            if (lam_on_noun(x, t) && !tok_has_article(t) && content > 0 &&
                (!(kinds & ~(uint32_t)(LEX_TOPIC | LEX_PHRASE_START | LEX_MARKER | LEX_GROUP)) || place_head_on_lam(x, t))) {
                /* المركز الوطني لسلامة النقل، مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية:
                 * ل + a noun in construct with a definite one goes on with the name */
                /* (and لاستغلال وتوزيع المياه: a second noun joined by و before it) */
                int32_t jn = j + 1;
                if (jn + 1 < end && d->tokens[jn].kind == TOK_WORD && d->tokens[jn].fold[0] == 0x0648 &&
                    !tok_has_article(&d->tokens[jn]) && (d->tokens[jn].flags & TOKF_COMMON) && x->owner[jn] < 0 &&
                    !(tok_kinds(&d->tokens[jn]) & ~(uint32_t)(LEX_TOPIC | LEX_PHRASE_START | LEX_MARKER)))
                    jn++;
                /* (or a chain of constructs after a plural in construct: الغرفة الوطنية لمصدّري
                 * زيت الزيتون; not a purpose, "غرفة المخابز لتثبيت سعر الرغيف") */
                else if (t->fold[t->fold_len - 1] == 0x064A && jn + 1 < end && d->tokens[jn].kind == TOK_WORD &&
                         !tok_has_article(&d->tokens[jn]) &&
                         !d->tokens[jn].lex_prefix && (d->tokens[jn].flags & TOKF_COMMON) && x->owner[jn] < 0 &&
                         !(tok_kinds(&d->tokens[jn]) & ~(uint32_t)(LEX_TOPIC | LEX_PHRASE_START | LEX_MARKER)) &&
                         d->tokens[jn + 1].kind == TOK_WORD && tok_has_article(&d->tokens[jn + 1]))
                    jn++;
                /* (or a bare noun in construct with a place: الهيئة القومية لسكك حديد مصر; not
                 * a verbal noun of a derived pattern, a purpose: "لمجلس الأمن القومي لبحث تزويد
                 * أوكرانيا") */
                else if (jn + 1 < end && d->tokens[jn].kind == TOK_WORD && !tok_has_article(&d->tokens[jn]) &&
                         !tok_derived_masdar_shape(&d->tokens[jn]) &&
                         !d->tokens[jn].lex_prefix && (d->tokens[jn].flags & TOKF_COMMON) && x->owner[jn] < 0 &&
                         !(tok_kinds(&d->tokens[jn]) & ~(uint32_t)(LEX_TOPIC | LEX_PHRASE_START | LEX_MARKER)) &&
                         x->owner[jn + 1] >= 0 && place_owner(x, jn + 1) && !d->tokens[jn + 1].lex_prefix)
                    jn++;
                const struct token *nx = jn < end ? &d->tokens[jn] : NULL;
                /* (الاتحاد الوطني لطلبة الكويت: a place may close the name) */
                int place = nx && x->owner[jn] >= 0 && place_owner(x, jn);
                if (nx && nx->kind == TOK_WORD && (tok_has_article(nx) || place) && (x->owner[jn] < 0 || place) &&
                    !tok_is_demonym(x->lx, nx) && !(tok_kinds(nx) & (LEX_STOP | LEX_VERB | LEX_TITLE | LEX_ROLE_NOUN))) {
                    content += jn - j + 1;
                    seen_article = 1;
                    last_content = jn;
                    j = jn + 1;
                    continue;
                }
            }
            if (prep_clitic(x, t) && !tok_has_article(t))
                break;
            /* (and so does ب on a common word right after a place that closes the name: the
             * verb's complement, "طالبت الرابطة مصرف لبنان | بإيجاد آلية") */
            if (content > 0 && !tok_has_article(t) && t->fold_len >= 4 && t->fold[0] == 0x0628 && x->owner[j] < 0 &&
                x->owner[j - 1] >= 0 && place_owner(x, j - 1) && x->c.v[x->owner[j - 1]].te == j &&
                lexicon_is_common(x->lx, t->fold + 1, t->fold_len - 1))
                break;
            /* "ورحبت وزارة الخارجية | بالقرار": ب on a definite word is the complement of
             * the verb whose subject the name is; after a plural, or before more of the name
             * joined by و, it stays in the name (والمغاربة المقيمين بالخارج، والجالية الوطنية
             * بالخارج والشؤون الإفريقية) */
            /* (nor after a participle that governs it: "المندوبية السامية المكلفة بالتخطيط") */
            if (content > 0 && t->fold_len > 4 && t->fold[0] == 0x0628 && t->fold[1] == 0x0627 && t->fold[2] == 0x0644 &&
                tok_has_article(t) && !tok_sound_plural(&d->tokens[j - 1]) && clause_opener_before(d, k) &&
                governed_remit_end(x, j - 1, end) == j - 1 &&
                !abroad(t) && !(x->owner[j] >= 0 && place_owner(x, j)) &&
                !(j + 1 < end && d->tokens[j + 1].kind == TOK_WORD && d->tokens[j + 1].fold[0] == 0x0648 &&
                  tok_has_article(&d->tokens[j + 1])))
                break;
            int article = tok_has_article(t);
            int common_bare = !article && (t->flags & TOKF_COMMON);
            /* الحكومة عملت: after a definite head only a definite word, an adjective of
             * nationality or a Latin name continues the name */
            if (definite && content == 0 && !article && !tok_is_demonym(x->lx, t) && !(t->flags & TOKF_LATIN))
                break;
            /* وزارة الخارجية الكورية الجنوبية | الخطوة: right after an adjective of
             * nationality, a definite noun with no clitic before its article is the verb's
             * object; another adjective (in ي/ية) or a clitic goes on with the name
             * ("لأصحاب الصيدليات الخاصة"، "والتونسيين بالخارج") */
            if (demonyms > 0 && article && (tok_is_demonym(x->lx, &d->tokens[j - 1]) || tok_nisba_ending(&d->tokens[j - 1])) &&
                t->fold[0] == 0x0627 && t->fold[1] == 0x0644 && !tok_is_demonym(x->lx, t) && !tok_nisba_ending(t))
                break;
            /* "واستقبلت وزارة الخارجية | الوفد": after a feminine head and its feminine
             * definite complement, a definite word with no clitic and no feminine or
             * relative ending agrees with neither: the object of the verb before them */
            if (article && content > 0 && clause_opener_before(d, k) && t->fold[0] == 0x0627 && t->fold[1] == 0x0644 &&
                tok_ta_marbuta(d, &d->tokens[k]) && tok_ta_marbuta(d, &d->tokens[j - 1]) &&
                d->tokens[j - 1].fold[0] == 0x0627 && tok_has_article(&d->tokens[j - 1]) && !tok_sound_plural(t) &&
                !tok_ta_marbuta(d, t) && !ends_with_letter(d, t, 0x0627) &&
                !ends_with_letter(d, t, 0x0649) && !ends_with_letter(d, t, 0x064A) && !tok_is_demonym(x->lx, t) &&
                x->owner[j] < 0)
                break;
            if (tok_is_name_like(x->lx, t) && !(kinds & (LEX_FIRST_NAME | LEX_FAMILY_NAME))) {
                /* After a chain of definite words, a bare foreign word starts a person's
                 * name: مركز التنبؤات السياسية | دينيس كركودينوف */
                if (seen_article)
                    break;
                proper++;
            } else if (kinds & (LEX_FIRST_NAME | LEX_FAMILY_NAME)) {
                /* جامعة صلاح الدين: right after the head, a compound given name is the
                 * person the institution is named after */
                if (content == 0 && j + 1 < end && tok_marker(d, j + 1, MARK_NAME_TAIL) && x->owner[j + 1] < 0) {
                    proper++;
                    content += 2;
                    last_content = j + 1;
                    j += 2;
                    continue;
                }
                /* مركز عصام فارس للشؤون اللبنانية: a person's full name right after the head,
                 * and the name goes on with ل + a noun */
                if (content == 0 && j + 2 < end && x->owner[j + 1] < 0 && d->tokens[j + 1].kind == TOK_WORD &&
                    !tok_has_article(&d->tokens[j + 1]) && !(tok_kinds(&d->tokens[j + 1]) & LEX_STOP) &&
                    d->tokens[j + 2].kind == TOK_WORD && d->tokens[j + 2].fold_len >= 4 &&
                    d->tokens[j + 2].fold[0] == 0x0644) {
                    proper++;
                    content += 2;
                    last_content = j + 1;
                    j += 2;
                    continue;
                }
                /* حزب قوة الشعب: a name that is also a common word, in construct with a
                 * definite one, is the organisation's word */
                if (content == 0 && (t->flags & TOKF_COMMON) && j + 1 < end && tok_has_article(&d->tokens[j + 1]) &&
                    x->owner[j + 1] < 0) {
                    content++;
                    last_content = j;
                    j++;
                    continue;
                }
                break;
            } else if (tok_is_demonym(x->lx, t)) {
                demonyms++;
            } else if (t->flags & TOKF_LATIN) {
                proper++;
            } else if (common_bare && (seen_article || definite)) {
                /* "وزارة الخارجية وشؤون المغتربين": a ministry's second portfolio, و and a
                 * noun in construct with a definite one */
                if ((head->role_classes & CLASS_MINISTRY) && t->fold[0] == 0x0648 && t->fold_len > 3 && j + 1 < end &&
                    x->owner[j + 1] < 0 && d->tokens[j + 1].kind == TOK_WORD && tok_has_article(&d->tokens[j + 1]) &&
                    !tok_has_prep_clitic(&d->tokens[j + 1])) {
                    content += 2;
                    last_content = j + 1;
                    j += 2;
                    continue;
                }
                /* a bare common word after definite ones starts a new clause:
                 * الحكومة | عملت ... */
                break;
            } else if (common_bare && content > 0 && !seen_article && adjective_in_iya(x, &d->tokens[j - 1])) {
                /* and so does one after a bare adjective in ية: جمعية خيرية | تعنى بـ... */
                break;
            }
            seen_article |= article;
            content++;
            last_content = j;
            j++;
        }
        if (content == 0)
            continue;
        int32_t te = quoted_name_end(x, k, last_content + 1, end);
        int members = content == 1 && seen_article && proper == 0 && members_named(x, head, definite, k);
        /* (or by a group noun in construct: "جمعية منتجي ومصدري الموالح") */
        const struct token *k1 = &d->tokens[k + 1];
        int gathers = members || (head->org_members && !definite && !tok_has_article(&d->tokens[k]) && proper == 0 &&
                                  !tok_has_article(k1) && !k1->lex_prefix &&
                                  ((tok_kinds(k1) & LEX_GROUP) ||
                                   (k1->fold_len >= 4 && k1->fold[k1->fold_len - 1] == 0x064A))); /* (منتجي، مربي) */
        /* (a bare تجمع is a body only in construct with whom it gathers: تجمع مزارعي عكار,
         * whatever place follows; "تجمع البلدين" is a verb; التجمع اليمني is a name) */
        if (head->org_gathering_only && !definite && !tok_has_article(&d->tokens[k]) &&
            (tok_has_article(k1) || k1->lex_prefix || k1->fold_len < 5 || k1->fold[k1->fold_len - 1] != 0x064A))
            continue;
        if (!(proper > 0 || content >= 2 || demonyms > 0 || ministry_of(d, k, last_content) ||
              (content == 1 && seen_article && (members || body_of_parent(x, te, end)))))
            continue;
        /* شبكة ترسل عمالا، مصرف روسي، صحيفة أمريكية: a bare head with only common words
         * describes something; a name has a definite word or a proper one */
        if (!definite && !tok_has_article(&d->tokens[k]) && proper == 0 && !seen_article && !quoted_core)
            continue;
        int32_t seat = mission_seat(x, head, gathers, te, end);
        int32_t own_end = te; /* the seat is a place or body of its own, released below */
        te = seat;
        /* حكومة اليابان is a description; منتخب الأردن and صحيفة X are names */
        if ((head->role_classes & CLASS_STATE) && content == proper && proper == 1 && x->owner[k + 1] >= 0)
            continue;
        /* الحكومة اليابانية describes a government; الجيش الروسي, السفارة الروسية name one */
        if (definite && proper == 0 && content == demonyms && (head->role_classes & (CLASS_STATE | CLASS_MEDIA)))
            continue;
        /* (and المنظمة الدولية، الهيئة الأممية describe a body whatever it heads) */
        if (definite && proper == 0 && content == 1 && te == k + 2 && tok_is_scope_adjective(x->lx, &d->tokens[k + 1]))
            continue;
        for (int32_t q = k; q < own_end; q++) {
            if (x->owner[q] >= 0 && x->owner[q] != absorbed) {
                const struct cand *o = &x->c.v[x->owner[q]];
                if (o->type != ENT_GPE && o->type != ENT_LOC)
                    goto next_head;
            }
        }
        {
            struct cand c = {k, te, k, te, -1, -1, 0, 0, ENT_ORG, head->role_gender, CAND_ORG,
                             head->role_classes, -1, 0};
            if (definite == 2) {
                c.skip = 2; /* للمركز -> المركز */
                c.add_al = 1;
            } else if (tok_kinds(&d->tokens[k]) & LEX_ORG_HEAD) {
                c.skip = d->tokens[k].lex_prefix;
            }
            int core_bare = 1;
            for (int32_t q = k + 1; q < te; q++)
                if (tok_has_article(&d->tokens[q]) && !tok_is_demonym(x->lx, &d->tokens[q]))
                    core_bare = 0;
            /* (a station keeps its head, but not before a name in Latin letters: قناة NRT) */
            int station = (head->role_classes & CLASS_STATION) && !(d->tokens[k + 1].flags & TOKF_LATIN);
            if (((head->role_classes & CLASS_MEDIA) && !station && proper > 0 && core_bare) || quoted_core) {
                /* صحيفة وول ستريت جورنال الأميركية -> وول ستريت جورنال; شركة «نوردويند»
                 * -> نوردويند: the head says what the name is */
                c.name_tb = quoted_core ? core_tb : k + 1;
                c.skip = 0;
                while (c.name_te - 1 > c.name_tb && trailing_demonym(x, c.name_te - 1))
                    c.name_te--;
                if (is_quote_mark(&d->tokens[c.name_tb]) || tok_is_char(&d->tokens[c.name_tb], '('))
                    c.name_tb++;
                if (c.name_te > c.name_tb &&
                    (is_quote_mark(&d->tokens[c.name_te - 1]) || tok_is_char(&d->tokens[c.name_te - 1], ')')))
                    c.name_te--;
                if (c.name_te <= c.name_tb)
                    continue;
            } else if (proper > 0 && core_bare) {
                while (c.name_te - 1 > k + 1 && trailing_demonym(x, c.name_te - 1))
                    c.name_te--;
            }
            release_places(x, k, te);
            if (add_accepted(x, &c) != 0)
                return -1;
            k = te - 1;
        }
    next_head:;
    }
    return 0;
}

/* الخارجية الصينية، للخارجية الكورية الجنوبية: "foreign affairs" with a feminine
 * adjective of nationality names that country's foreign ministry, as news writes it
 * without وزارة. After وزير/وزارة or a definite noun (السياسة الخارجية الروسية) the word
 * is an adjective, not the ministry. */
static int pass_foreign_ministries(struct ent_ctx *x)
{
    static const UChar kharijiya[] = {0x062E, 0x0627, 0x0631, 0x062C, 0x064A, 0x0647};
    const struct doc *d = x->d;
    int32_t n = d->n_tokens, li = 0;
    for (int32_t k = list_next(&x->heads, &li, 0, n); k + 1 < n; k = list_next(&x->heads, &li, k + 1, n)) {
        const struct token *t = &d->tokens[k];
        int lil = t->fold[0] == 0x0644; /* للخارجية: ل and the article, whose alef is not written */
        if (t->fold_len != 8 || x->owner[k] >= 0 || memcmp(t->fold + 2, kharijiya, sizeof kharijiya))
            continue;
        if (k > 0 && t->sentence == d->tokens[k - 1].sentence) {
            const struct token *p = &d->tokens[k - 1];
            if (p->kind == TOK_WORD && (tok_has_article(p) || org_head_token(x, k - 1) ||
                                        (tok_kinds(p) & (LEX_TITLE | LEX_ROLE_NOUN | LEX_ORG_HEAD))))
                continue;
        }
        int32_t te = k + 1;
        while (te < n && te - k <= 2 && x->owner[te] < 0 && d->tokens[te].sentence == t->sentence) {
            const struct token *a = &d->tokens[te];
            if (a->kind != TOK_WORD || !tok_has_article(a) || tok_has_prep_clitic(a) ||
                a->fold[a->fold_len - 1] != 0x0647 || !tok_is_demonym(x->lx, a))
                break;
            te++;
        }
        if (te == k + 1)
            continue;
        struct cand c = {k, te, k, te, -1, -1, 0, 0, ENT_ORG, GENDER_FEM, CAND_ORG, CLASS_ORG | CLASS_MINISTRY, -1, 0};
        if (lil) {
            c.skip = 2;
            c.add_al = 1;
        }
        if (add_accepted(x, &c) != 0)
            return -1;
        k = te - 1;
    }
    return 0;
}

/* ---- pass 2b: short names in parentheses ---- */

#define MAX_ABBREVIATIONS 16 /* per document: keeps the pass linear in the text */

static int is_paren(const struct token *t, UChar c)
{
    return t->kind == TOK_PUNCT && t->fold_len == 1 && t->fold[0] == c;
}

/* Does token t read as the word w (fold) behind at most one clitic (و ف ب ل ك), or as
 * لل/ولل + w without its article? Returns the clitic's length, or -1. */
static int32_t word_behind_clitic(const struct token *t, const UChar *w, int32_t n)
{
    if (t->fold_len == n && !memcmp(t->fold, w, (size_t)n * sizeof(UChar)))
        return 0;
    UChar c = t->fold_len > 0 ? t->fold[0] : 0;
    if (t->fold_len == n + 1 && (c == 0x0648 || c == 0x0641 || c == 0x0628 || c == 0x0644 || c == 0x0643) &&
        !memcmp(t->fold + 1, w, (size_t)n * sizeof(UChar)))
        return 1;
    if (n > 2 && w[0] == 0x0627 && w[1] == 0x0644) { /* الصوناد -> للصوناد، وللصوناد */
        int32_t p = c == 0x0648 ? 1 : 0;
        if (t->fold_len == n + p && t->fold[p] == 0x0644 && t->fold[p + 1] == 0x0644 &&
            !memcmp(t->fold + p + 2, w + 2, (size_t)(n - 2) * sizeof(UChar)))
            return p + 1;
    }
    return -1;
}

/* الشركة الوطنية لاستغلال وتوزيع المياه (الصوناد): a one- or two-word name in parentheses
 * right after an organisation's is that organisation's short name, wherever it stands
 * (a headline "الصوناد: ..." before it included). */
static int pass_abbreviations(struct ent_ctx *x)
{
    const struct doc *d = x->d;
    int32_t n_cands = x->c.n, found = 0;
    for (int32_t ci = 0; ci < n_cands && found < MAX_ABBREVIATIONS; ci++) {
        const struct cand *o = &x->c.v[ci];
        if (!o->accepted || o->type != ENT_ORG || o->name_tb != o->tb || o->skip || o->add_al)
            continue;
        struct cand org = *o; /* a copy: add_cand may move the list */
        int32_t a = org.te + 1, b = a;
        if (org.te >= d->n_tokens || !is_paren(&d->tokens[org.te], '('))
            continue;
        while (b < d->n_tokens && b - a < 2 && d->tokens[b].kind == TOK_WORD && x->owner[b] < 0)
            b++;
        if (b == a || b >= d->n_tokens || !is_paren(&d->tokens[b], ')') ||
            (tok_kinds(&d->tokens[a]) & (LEX_STOP | LEX_VERB)))
            continue;
        found++;
        const struct token *first = &d->tokens[a];
        UChar last = first->fold[first->fold_len - 1];
        for (int32_t k = 0; k + (b - a) <= d->n_tokens; k++) {
            /* (every form ends as the short name does: a cheap test first) */
            const struct token *tk = &d->tokens[k];
            if (tk->fold_len < first->fold_len || tk->fold[tk->fold_len - 1] != last)
                continue;
            int32_t clitic = word_behind_clitic(tk, first->fold, first->fold_len);
            if (clitic < 0 || x->owner[k] >= 0)
                continue;
            int same = 1;
            for (int32_t j = 1; j < b - a && same; j++) {
                const struct token *u = &d->tokens[k + j], *w = &d->tokens[a + j];
                same = x->owner[k + j] < 0 && u->fold_len == w->fold_len &&
                       !memcmp(u->fold, w->fold, (size_t)u->fold_len * sizeof(UChar));
            }
            if (!same)
                continue;
            struct cand c = org;
            c.tb = k;
            c.te = k + (b - a);
            c.skip = (uint8_t)clitic;
            c.add_al = 0;
            if (add_accepted(x, &c) != 0)
                return -1;
            k = c.te - 1;
        }
    }
    return 0;
}

/* ---- pass 3 and 4: people ---- */

/* A definite title opens the phrase that ends before token s, in a few words of its
 * complement ("الباحثة في الاقتصاد السياسي | منى"): the name after it is in apposition. */
static int definite_title_before(const struct doc *d, int32_t s)
{
    for (int32_t j = s - 1; j >= 0 && s - j <= 5 && d->tokens[j].kind == TOK_WORD && d->tokens[j].sentence == d->tokens[s].sentence;
         j--) {
        const struct token *t = &d->tokens[j];
        if ((tok_kinds(t) & LEX_TITLE) && tok_has_article(t))
            return 1;
        if (d->tok_mention[j] >= 0 || (tok_kinds(t) & (LEX_VERB | LEX_COMPLEMENTIZER)))
            return 0;
    }
    return 0;
}

static int32_t extend_forward(const struct ent_ctx *x, int32_t e, int32_t end);


/* (not a two-letter particle read behind و: وود is the name Wood, not و + ود) */
static int is_particle(const struct token *tk)
{
    return (tok_kinds(tk) & LEX_NAME_PARTICLE) && !(tk->flags & TOKF_HAMZA_INSIDE) &&
           !(tk->lex_prefix && tk->fold[0] == 0x0648 && tk->fold_len - tk->lex_prefix <= 2);
}

/* Can token t be the surname after a given name (يوسف الشاهد، جمال سلامي)? */
/* المستهلكين، المواطنون: a common word in a plural ending, the verb's object after a
 * name rather than a family name */
static int common_plural(const struct token *t)
{
    int32_t n = t->fold_len;
    return (t->flags & TOKF_COMMON) && n > 5 && (t->fold[n - 1] == 0x0646) &&
           (t->fold[n - 2] == 0x064A || t->fold[n - 2] == 0x0648);
}

/* A definite word in the sound plural (المسلمين، المواطنون): no adjective of a singular
 * name, so whatever stands before it ends that name. */
static int sound_plural(const struct token *t)
{
    return tok_has_article(t) && t->fold_len >= 6 && tok_sound_plural(t);
}

static int statement_word_as_surname(const struct ent_ctx *x, const struct token *t)
{
    const struct doc *d = x->d;
    int32_t k = (int32_t)(t - d->tokens);
    if (k == 0 || k + 1 >= d->n_tokens || tok_has_article(t) || t->lex_prefix || tok_pronoun_suffixed(d, t))
        return 0;
    uint32_t before = tok_kinds(&d->tokens[k - 1]);
    const struct token *n = &d->tokens[k + 1];
    return (before & LEX_FIRST_NAME) && !(before & (LEX_NAME_PARTICLE | LEX_STOP)) &&
           (tok_is_comma(n) || (tok_kinds(n) & LEX_COMPLEMENTIZER));
}

/* A particle on a present verb the dictionary knows, which no list holds and so reads
 * like a foreign name. Listed names (سيرغي) have an entry and are not asked about. */
static int verb_behind_particle(const struct token *t, UChar particle)
{
    if (t->lex || !(t->flags & TOKF_ARABIC) || t->fold_len < 5 || t->fold[0] != particle)
        return 0;
    UChar c = t->fold[1];
    /* tokens_tag already read the word behind the particle as common or not
     * (lexicon_is_common's clitic readings): TOKF_COMMON says so */
    return (c == 0x064A || c == 0x062A || c == 0x0646) && (t->flags & TOKF_COMMON);
}

/* سيستقيل، ستعقد: the future particle (الوزير سيستقيل). */
/* (not a noun that starts with س and a present prefix, سياحة "tourism": a word the
 * dictionary holds as written whose rest it does not) */
static int future_verb(const struct ent_ctx *x, const struct token *t)
{
    return verb_behind_particle(t, 0x0633) &&
           !(lexicon_is_common_as_written(x->lx, t->fold, t->fold_len) &&
             !lexicon_is_common_as_written(x->lx, t->fold + 1, t->fold_len - 1));
}

/* "ويعود اللواء عبدالعظيم ليختتم حديثه": ل of purpose (ليختتم، ليواصل), the verb as
 * written in the dictionary (ل also reads as "for" before a noun the dictionary knows). */
static int purpose_verb(const struct ent_ctx *x, const struct token *t)
{
    return verb_behind_particle(t, 0x0644) && lexicon_is_common_as_written(x->lx, t->fold + 1, t->fold_len - 1);
}

static int surname_ok(const struct ent_ctx *x, const struct token *t)
{
    if (t->kind != TOK_WORD || !(t->flags & (TOKF_ARABIC | TOKF_LATIN)))
        return 0;
    uint32_t k = tok_kinds(t);
    if (k & (LEX_STOP | LEX_VERB | LEX_COMPLEMENTIZER | LEX_TITLE | LEX_ROLE_NOUN | LEX_ORG_HEAD | LEX_GROUP |
             LEX_SOURCE | LEX_TAG | LEX_PRONOUN | LEX_COMP_BLOCK | LEX_GAZ))
        return 0;
    if (prep_clitic(x, t) || tok_is_demonym(x->lx, t))
        return 0;
    if (lam_and_article(t))
        return 0; /* a preposition and the article, never a family name */
    if (purpose_verb(x, t))
        return 0;
    /* "في مطار دمشق ربيع العام الماضي": a definite word before a time's adjective is
     * that time */
    int32_t at = (int32_t)(t - x->d->tokens);
    if (tok_has_article(t) && at + 1 < x->d->n_tokens && x->d->tokens[at + 1].sentence == t->sentence &&
        !x->d->tokens[at + 1].lex_prefix && tok_marker(x->d, at + 1, MARK_TIME_AFTER))
        return 0;
    if (tok_is_manner_after_ba(x->d, x->lx, (int32_t)(t - x->d->tokens), 1) || tok_manner_participle(t))
        return 0;
    if ((t->flags & TOKF_LATIN) && !(t->flags & TOKF_UPPER))
        return 0;
    /* "ويختم الحاج محمود حديثه بكلمة": the subject's words, the verb's object (but
     * "النائب سامح خطاب، عضو ..."، "سامح خطاب إن": a bare one after a given name, before
     * a comma or the complementiser, is the family name) */
    if (tok_is_statement_word(x->lx, t) && !statement_word_as_surname(x, t))
        return 0;
    return 1;
}


/* يدفع، تريد: a present verb no list holds, its prefix on a root the dictionary knows
 * ("المواطن يدفع الثمن", "المواطن صار يدفع": no name after the role). */
static int present_verb(const struct ent_ctx *x, const struct token *t)
{
    /* (a root of three letters, not و or ا + a word: توما is a name, ت + وما no verb) */
    return !t->lex && (t->flags & TOKF_ARABIC) && t->fold_len == 4 && (t->fold[0] == 0x064A || t->fold[0] == 0x062A) &&
           t->fold[1] != 0x0648 && t->fold[1] != 0x0627 && lexicon_is_common_as_written(x->lx, t->fold + 1, 3);
}

/* علي (Ali) folds like على (on): a given name that is also a function word, written with
 * its final ي as the name is. */
static int given_name_like_function_word(const struct doc *d, const struct token *t)
{
    uint32_t k = tok_kinds(t);
    return t->kind == TOK_WORD && (k & LEX_FIRST_NAME) && (k & LEX_STOP) && d->text.u16[t->span.end - 1] == 0x064A;
}

/* "فاطمة علي:"، "أم علي، وهي": علي written with its ي at k, after a given name or a
 * kunya's particle, before punctuation or إن/أن, ends a name: the preposition على never
 * ends a phrase. */
static int ali_ends_name(const struct doc *d, int32_t k)
{
    if (k < 1 || k + 1 >= d->n_tokens || !given_name_like_function_word(d, &d->tokens[k]))
        return 0;
    const struct token *prev = &d->tokens[k - 1], *next = &d->tokens[k + 1];
    uint32_t pk = tok_kinds(prev);
    return ((pk & LEX_FIRST_NAME) || is_particle(prev)) && !prev->lex_prefix && next->sentence == d->tokens[k].sentence &&
           (next->kind == TOK_PUNCT || ((tok_kinds(next) & LEX_COMPLEMENTIZER) && !next->lex_prefix));
}

/* بالقاسم، بالحاج: بال (the Maghrebi بن ال) and a given name or an honorific; and بل
 * written without its alef, بلحسن، بلقاسم, when no dictionary reads the word. */
static int maghrebi_bal(const struct ent_ctx *x, const struct token *t)
{
    const UChar *f = t->fold;
    if (t->kind != TOK_WORD || t->fold_len < 5 || f[0] != 0x0628 || (t->flags & TOKF_NEWLINE_BEFORE))
        return 0;
    if (f[1] == 0x0644) {
        struct ustr rest = {f + 2, t->fold_len - 2};
        const struct lex_entry *r = (t->flags & TOKF_COMMON) ? NULL : lexicon_get(x->lx, &rest, 1);
        return r && (r->kinds & LEX_FIRST_NAME) && !(r->kinds & LEX_STOP);
    }
    if (t->fold_len < 6 || f[1] != 0x0627 || f[2] != 0x0644)
        return 0;
    struct ustr given = {f + 3, t->fold_len - 3}, honorific = {f + 1, t->fold_len - 1};
    const struct lex_entry *e = lexicon_get(x->lx, &given, 1);
    if (e && (e->kinds & LEX_FIRST_NAME))
        return 1;
    e = lexicon_get(x->lx, &honorific, 1);
    return e && (e->kinds & LEX_HONORIFIC);
}

/* Collects a person's name starting at token s; returns its end (exclusive), or s. */
/* "وافتتح X الجلسة بالتذكير بأن", "وختم X كلمته بالإشارة إلى": a masdar in ب after a
 * definite word makes that word the verb's object, not a family name. */
static int masdar_in_ba(const struct doc *d, int32_t k)
{
    if (k >= d->n_tokens)
        return 0;
    const struct token *t = &d->tokens[k];
    return (tok_kinds(t) & LEX_VERB) && t->lex_prefix > 0 && t->fold[t->lex_prefix - 1] == 0x0628 &&
           t->lex->verb_aspect == ASPECT_MASDAR;
}

/* بالقول (listed whole), بقوله، بقولها: "by saying", after a verb and its object. */
static int by_saying(const struct doc *d, int32_t k)
{
    static const UChar bi_qawl[] = {0x0628, 0x0642, 0x0648, 0x0644};
    if (k >= d->n_tokens)
        return 0;
    const struct token *t = &d->tokens[k];
    if (t->fold_len >= 5 && t->fold_len <= 6 && !memcmp(t->fold, bi_qawl, sizeof bi_qawl) && t->fold[4] == 0x0647)
        return 1;
    return masdar_in_ba(d, k) || ((tok_kinds(t) & LEX_VERB) && t->lex->verb_aspect == ASPECT_MASDAR && !t->lex_prefix &&
                                  t->fold[0] == 0x0628);
}

/* الربيعي، الجبوري: a family name in ال ending in ي that no list holds (the dictionary
 * may: الربيعي is also "vernal"). */
static int nisba_family_name(const struct ent_ctx *x, int32_t k)
{
    const struct token *t = &x->d->tokens[k];
    return t->kind == TOK_WORD && x->owner[k] < 0 && tok_has_article(t) && !tok_kinds(t) &&
           t->fold[t->fold_len - 1] == 0x064A && surname_ok(x, t);
}

/* A bare noun the dictionary holds at k, with no clitic and no entry of its own, or the
 * head of a site or body: one a place or a name can be in construct with (منفذ، سوق). */
static int bare_common_noun(const struct ent_ctx *x, int32_t k)
{
    const struct token *t = &x->d->tokens[k];
    return t->kind == TOK_WORD && (t->flags & TOKF_COMMON) && !tok_has_article(t) && !t->lex_prefix &&
           !(tok_kinds(t) & ~(uint32_t)(LEX_TOPIC | LEX_PHRASE_START | LEX_ORG_HEAD)) && x->owner[k] < 0;
}

/* علي at k is the given name, not على, when written with its final ي and followed by a
 * given name, or by a family name in ال where the phrase ends: "الدكتور علي الجبوري"
 * (after a title: `title_before`), "محمد علي الشامي". */
static int ali_is_a_name(const struct ent_ctx *x, int32_t k, int32_t end, int title_before)
{
    const struct doc *d = x->d;
    if (k + 1 >= end || !given_name_like_function_word(d, &d->tokens[k]))
        return 0;
    const struct token *t1 = &d->tokens[k + 1];
    if (tok_kinds(t1) & LEX_FIRST_NAME)
        return 1;
    /* (or a bare word no dictionary knows, where the name ends: "السيد عبد الرحمن علي
     * دوالة، إن") */
    if (!tok_has_article(t1) && !t1->lex_prefix && !(t1->flags & TOKF_COMMON) && (t1->flags & TOKF_ARABIC) &&
        !tok_kinds(t1) && t1->fold_len >= 3 && k + 2 < end && ends_name_phrase(d, k + 2))
        return 1;
    /* (or any bare word after a given name, in an apposition between commas or after a
     * title: "رئيس الجمعية، محمد علي كده، إن"، "الدكتور حسين علي مدن،", where على would
     * take no comma after its object) */
    if (k >= 2 && k + 2 < end && !tok_has_article(t1) && !t1->lex_prefix && (t1->flags & TOKF_ARABIC) &&
        !tok_kinds(t1) && (tok_kinds(&d->tokens[k - 1]) & LEX_FIRST_NAME) &&
        !(tok_kinds(&d->tokens[k - 1]) & LEX_STOP) &&
        (tok_is_comma(&d->tokens[k - 2]) || (tok_kinds(&d->tokens[k - 2]) & LEX_TITLE)) && tok_is_comma(&d->tokens[k + 2]))
        return 1;
    /* (or a bare word the dictionary holds after a given name, where the phrase ends at
     * punctuation or إن/أن: "سيروان علي قادر إن"; على would govern a noun the clause goes
     * on after) */
    if (k >= 1 && k + 2 < end && !tok_has_article(t1) && !t1->lex_prefix && (t1->flags & TOKF_ARABIC) && !tok_kinds(t1) &&
        t1->fold_len >= 3 && (tok_kinds(&d->tokens[k - 1]) & LEX_FIRST_NAME) && !(tok_kinds(&d->tokens[k - 1]) & LEX_STOP) &&
        !d->tokens[k - 1].lex_prefix &&
        (d->tokens[k + 2].kind == TOK_PUNCT || (tok_kinds(&d->tokens[k + 2]) & LEX_COMPLEMENTIZER)))
        return 1;
    /* (a family name in ي the dictionary holds too: "علي الربيعي", الربيعي "vernal") */
    int name_after = tok_has_article(t1) && (!(t1->flags & TOKF_COMMON) || nisba_family_name(x, k + 1)) &&
                     surname_ok(x, t1);
    /* (after a title, a definite common word is a family name only before the clause
     * goes on: "الدكتور علي الجبوري أن"، not "الوزير علي الرغم من") */
    const struct token *t2 = k + 2 < end ? &d->tokens[k + 2] : NULL;
    /* (or before whom the verb told, or a ب or ل written apart: "علي الساعدي لوكالة
     * الفرات نيوز إن"، "منافسه علي الزروق بـ«شراء ذمم»") */
    /* (or before the verb's object and a masdar in ب: "علي الطائي الحلقة بالتذكير") */
    int ends_there = !t2 || t2->kind == TOK_PUNCT || (tok_kinds(t2) & (LEX_COMPLEMENTIZER | LEX_VERB)) ||
                     (tok_has_article(t2) && masdar_in_ba(d, k + 3)) ||
                     (t2->kind == TOK_WORD && t2->fold[0] == 0x0644 && !tok_has_article(t2) && t2->fold_len >= 4) ||
                     (t2->kind == TOK_WORD && t2->fold_len == 1 && (t2->fold[0] == 0x0628 || t2->fold[0] == 0x0644)) ||
                     tok_is_qawluh(t2); /* (نقل عن الوزير عبدالله علي اليحيا قوله) */
    /* (a nisba no dictionary holds is a family name whatever follows it: "عدّ الوزير علي
     * الحسناوي العقوبات ورقة ضغط") */
    int unknown_nisba = name_after && !(t1->flags & TOKF_COMMON) && t1->fold[t1->fold_len - 1] == 0x064A &&
                        !tok_is_demonym(x->lx, t1);
    return tok_has_article(t1) && (ends_there || (title_before && unknown_nisba)) && (title_before || name_after);
}

/* باسم (Basim) at k is the given name, not "on behalf of", before a family name in ال and
 * ي no dictionary holds, where the phrase ends: "المتحدث باسم الحكومة باسم العوادي إن"
 * (a body after باسم is rarely such a nisba: باسم الحكومة، باسم الجيش الوطني); and so is
 * خلف, not "behind" (سعد خلف الجبوري، المزارع خلف الدليمي). */
/* باسم at k after the title's own باسم phrase already ran ("المتحدث الرسمي باسم وزارة
 * الخارجية باسم جاسم العبيدي"): no one speaks twice on behalf, so this one is the given name. */
static int behalf_phrase_before(const struct doc *d, int32_t k)
{
    for (int32_t j = k - 2; j >= 1 && j >= k - 6; j--) {
        if (d->tokens[j].kind != TOK_WORD)
            return 0;
        if (tok_marker(d, j, MARK_BEHALF))
            return (tok_kinds(&d->tokens[j - 1]) & (LEX_TITLE | LEX_ROLE_NOUN)) ||
                   (j >= 2 && (tok_kinds(&d->tokens[j - 2]) & (LEX_TITLE | LEX_ROLE_NOUN)));
    }
    return 0;
}

/* "الشيخ صباح الأحمد"، "الدكتور صباح الخالد": a given name that is also a word of time
 * (صباح "morning", a stop word) after a title or an honorific, before a family name in
 * ال that is no word of time itself (not "صباح الأحد") */
static __attribute__((noinline)) int time_word_as_given_name(const struct ent_ctx *x, int32_t s, int32_t end,
                                                             int title_before)
{
    const struct doc *d = x->d;
    if (s < 1 || s + 1 >= end)
        return 0;
    const struct token *t0 = &d->tokens[s], *t1 = &d->tokens[s + 1];
    uint32_t k0 = tok_kinds(t0);
    return (k0 & LEX_FIRST_NAME) && (k0 & LEX_STOP) && !(k0 & LEX_NAME_PARTICLE) && t0->fold_len >= 4 &&
           !t0->lex_prefix && !tok_marker(d, s, MARK_BEHALF) /* (المتحدث باسم القوات) */ &&
           (title_before || (tok_kinds(&d->tokens[s - 1]) & (LEX_TITLE | LEX_HONORIFIC))) &&
           tok_has_article(t1) && !t1->lex_prefix && !(tok_kinds(t1) & LEX_STOP) && x->owner[s + 1] < 0 &&
           surname_ok(x, t1);
}

static int word_given_name_before_family(const struct ent_ctx *x, int32_t k, int32_t end)
{
    const struct doc *d = x->d;
    const struct token *t = &d->tokens[k];
    if (k + 2 >= end || (tok_kinds(t) & (LEX_FIRST_NAME | LEX_STOP | LEX_NAME_PARTICLE)) != (LEX_FIRST_NAME | LEX_STOP) ||
        t->fold[t->fold_len - 1] == 0x064A)
        return 0;
    /* (or before a compound given name in عبد and any family name in ال: "المزارع خلف عبد
     * الله الجبوري") */
    if (!tok_marker(d, k, MARK_BEHALF) && k + 4 <= end && (tok_kinds(&d->tokens[k + 1]) & LEX_NAME_PARTICLE) &&
        !tok_has_article(&d->tokens[k + 1]) && !d->tokens[k + 1].lex_prefix &&
        d->tokens[k + 2].kind == TOK_WORD && tok_has_article(&d->tokens[k + 3]) &&
        surname_ok(x, &d->tokens[k + 3]) && ends_name_phrase(d, k + 4))
        return 1;
    /* (or before the father's given name and such a family name: "خلف عوّاد الكربولي") */
    if ((!tok_marker(d, k, MARK_BEHALF) || behalf_phrase_before(d, k)) && (tok_kinds(&d->tokens[k + 1]) & LEX_FIRST_NAME) &&
        !(tok_kinds(&d->tokens[k + 1]) & (LEX_STOP | LEX_NAME_PARTICLE)) && !tok_has_article(&d->tokens[k + 1]) &&
        k + 3 < end && nisba_family_name(x, k + 2) && ends_name_phrase(d, k + 3))
        return 1;
    if (!nisba_family_name(x, k + 1))
        return time_word_as_given_name(x, k, end, 0);
    /* (a family name the dictionary holds too, العوادي "the aggressors", only where باسم
     * does not follow a title: "الناطق باسم الأهالي إن" speaks for the residents; خلف after
     * one is the given name: "المزارع خلف الجبوري،") */
    const struct token *p = k > 0 ? &d->tokens[k - 1] : NULL;
    if ((d->tokens[k + 1].flags & TOKF_COMMON) && p && tok_marker(d, k, MARK_BEHALF) &&
        (tok_kinds(p) & (LEX_TITLE | LEX_ROLE_NOUN)) &&
        (p->lex->role_classes & CLASS_PERSON))
        return 0;
    const struct token *t2 = &d->tokens[k + 2];
    return t2->kind == TOK_PUNCT || (tok_kinds(t2) & (LEX_COMPLEMENTIZER | LEX_VERB)) || tok_is_qad(t2);
}

/* Does the phrase of a name end at token k: punctuation, a clause or function word, قد,
 * ل written apart (لـ«الأيام»: the outlet told), or ل on whom the words were told
 * ("محمد جواد نوروزي لمراسل تسنيم إن"، "للصحفيين")? */
static int ends_name_phrase(const struct doc *d, int32_t k)
{
    const struct token *t = &d->tokens[k];
    return t->kind == TOK_PUNCT || (tok_kinds(t) & (LEX_STOP | LEX_COMPLEMENTIZER | LEX_VERB)) || tok_is_qad(t) ||
           tok_is_lone_lam(t) ||
           (t->kind == TOK_WORD && t->lex_prefix >= 1 && t->fold[t->lex_prefix - 1] == 0x0644 &&
            (tok_kinds(t) & (LEX_TITLE | LEX_ROLE_NOUN | LEX_ORG_HEAD | LEX_GROUP)));
}

/* استعرض، استقبل: a word of six letters in است, the shape of a verb of form X. */
static int form_x_verb(const struct token *t)
{
    return t->fold_len == 6 && t->fold[0] == 0x0627 && t->fold[1] == 0x0633 && t->fold[2] == 0x062A;
}

static inline int abd_compound(const struct doc *d, int32_t k);

/* "محمد جواد نوروزي": a family name in ي without the article after two given names,
 * Persian style, even one the dictionary knows as an adjective. */
static int bare_nisba_after_given(const struct ent_ctx *x, int32_t k)
{
    const struct token *t = &x->d->tokens[k];
    return k >= 2 && t->kind == TOK_WORD && t->fold_len >= 4 && t->fold[t->fold_len - 1] == 0x064A &&
           !tok_has_article(t) && !t->lex_prefix && surname_ok(x, t) &&
           (tok_kinds(&x->d->tokens[k - 1]) & LEX_FIRST_NAME) && (tok_kinds(&x->d->tokens[k - 2]) & LEX_FIRST_NAME);
}

/* A title right before s, or before its genitive and adjectives in ال ("وزير الخارجية
 * السويسري X"): a name follows. */
static int title_phrase_before(const struct doc *d, int32_t s)
{
    int32_t k = s - 1;
    while (k > 0 && s - k <= 3 && tok_has_article(&d->tokens[k]) && !(tok_kinds(&d->tokens[k]) & LEX_TITLE) &&
           d->tok_mention[k] < 0)
        k--;
    return k >= 0 && k < s && (tok_kinds(&d->tokens[k]) & LEX_TITLE);
}

/* "النائب إدريس المغربي بأن": a nationality in ال right after a given name and before the
 * clause goes on (a verb, a complementiser, punctuation) is a family name (المغربي،
 * المصري، التونسي are common ones), not a description of the man. */
static int demonym_family_name(const struct ent_ctx *x, int32_t k, int32_t end)
{
    const struct doc *d = x->d;
    const struct token *t = &d->tokens[k];
    return k + 1 < end && t->kind == TOK_WORD && tok_has_article(t) && !t->lex_prefix && tok_is_demonym(x->lx, t) &&
           t->fold[t->fold_len - 1] == 0x064A && x->owner[k] < 0 &&
           (d->tokens[k + 1].kind == TOK_PUNCT || (tok_kinds(&d->tokens[k + 1]) & (LEX_COMPLEMENTIZER | LEX_VERB)) ||
            /* (after a title and its adjectives, before any bare word, a verb no list holds:
             * "غير أن العميد الركن المتقاعد وليد الكردي خالف زميله") */
            (k >= 2 && title_phrase_before(d, k - 1) &&
             d->tokens[k + 1].kind == TOK_WORD && !tok_has_article(&d->tokens[k + 1]) && !d->tokens[k + 1].lex_prefix &&
             !(tok_kinds(&d->tokens[k + 1]) & (LEX_STOP | LEX_FIRST_NAME | LEX_FAMILY_NAME))));
}

/* آية الله: a given name and a name's tail that are a title together start no name (the
 * tail first: few given names are followed by one, and the phrase lookup costs more). */
static int title_of_words_at(const struct ent_ctx *x, int32_t k)
{
    const struct lex_entry *title;
    return k + 1 < x->d->n_tokens && (tok_kinds(&x->d->tokens[k]) & LEX_PHRASE_START) &&
           tok_marker(x->d, k + 1, MARK_NAME_TAIL) &&
           tok_phrase_at(x->d, x->lx, k, x->d->n_tokens, LEX_TITLE, 0, &title, NULL) >= 2;
}

/* A bare adjective of relation no list knows (حكيمي، سعيدي): after a compound given name
 * ("المحلل السياسي نور الدين حكيمي") the family name, whatever word the dictionary also
 * reads in it. */
static int bare_nisba(const struct token *t)
{
    return t->kind == TOK_WORD && (t->flags & TOKF_ARABIC) && !t->lex_prefix && !tok_has_article(t) && !tok_kinds(t) &&
           t->fold_len >= 4 && t->fold[t->fold_len - 1] == 0x064A;
}

/* "نور الهدى الربيعي": a family nisba in ال, which the dictionary may hold as an
 * adjective (ربيعي), after a compound given name. */
static int nisba_in_al(const struct token *t)
{
    return t->kind == TOK_WORD && (t->flags & TOKF_ARABIC) && !t->lex_prefix && tok_has_article(t) &&
           !(tok_kinds(t) & (LEX_STOP | LEX_VERB | LEX_TITLE | LEX_ROLE_NOUN | LEX_DEMONYM)) &&
           t->fold_len >= 6 && t->fold[t->fold_len - 1] == 0x064A;
}

/* "يصف عبد الباقي القاعدة بأنها": after a verb that takes an object before بأن (وصف), a
 * common definite word right before بأن is what it describes, not the family name of the
 * name at s (a nisba there still is one; "وتعهد عبد الحميد الدبيبة بأن" has no object). */
/* (and so after a verb of advice, whom it advises, and past a title before the name:
 * "ونصح الخبير محمود سعيد الطلبة بأن") */
static int described_before_bi_anna(const struct doc *d, int32_t s, int32_t e)
{
    const struct token *t = &d->tokens[e], *v = NULL;
    for (int32_t p = s - 1; p >= 0 && p >= s - 4 && !v; p--) {
        if (tok_kinds(&d->tokens[p]) & LEX_VERB)
            v = &d->tokens[p];
        else if (d->tokens[p].kind != TOK_WORD || !tok_has_article(&d->tokens[p]) ||
                 !(tok_kinds(&d->tokens[p]) & (LEX_TITLE | LEX_ROLE_NOUN)) || d->tokens[p].lex_prefix)
            break;
    }
    if (e + 1 >= d->n_tokens || !v || !v->lex || !(v->lex->verb_object || v->lex->verb_an == 2) ||
        !(t->flags & TOKF_COMMON) || tok_nisba_ending(t))
        return 0;
    const struct token *n = &d->tokens[e + 1];
    return (tok_kinds(n) & LEX_COMPLEMENTIZER) && n->fold_len >= 3 && n->fold[0] == 0x0628;
}

/* الجربي، الزموري: a word in ال ending in ي that no list holds as anything but a family
 * name, nor as a place's adjective, with no clitic before its article. */
static int family_nisba_at(const struct ent_ctx *x, int32_t k)
{
    const struct token *t = &x->d->tokens[k];
    return t->kind == TOK_WORD && tok_has_article(t) && !t->lex_prefix && t->fold_len >= 5 &&
           t->fold[t->fold_len - 1] == 0x064A && !(tok_kinds(t) & ~LEX_FAMILY_NAME) && !tok_is_demonym(x->lx, t);
}

/* "جهاد الحاج موسى"، "عبد الرزاق الحاج حمدو": an honorific in ال at k right after a given
 * name (one word, or a particle and its word), before a name's word, is the first part of
 * the family name, not the title of whom it precedes. */
static int honorific_inside_name(const struct ent_ctx *x, int32_t k)
{
    const struct doc *d = x->d;
    const struct token *t = &d->tokens[k];
    if (k < 1 || k + 1 >= d->n_tokens || t->lex_prefix)
        return 0;
    /* (or the Levant's bare حج: "عبد الرزاق حج بكور"; its letters tested only when the
     * word is no honorific, as most words here are not) */
    int bare_hajj = 0;
    if (!(tok_kinds(t) & LEX_HONORIFIC) || !tok_has_article(t)) {
        bare_hajj = t->fold_len == 2 && t->fold[0] == 0x062D && t->fold[1] == 0x062C;
        if (!bare_hajj)
            return 0;
    }
    const struct token *prev = &d->tokens[k - 1], *next = &d->tokens[k + 1];
    /* (a given name with its tail, too: "كمال الدين الحاج سالم") */
    int after_given = ((tok_kinds(prev) & LEX_FIRST_NAME) && !(tok_kinds(prev) & LEX_STOP) && !prev->lex_prefix) ||
                      (k >= 2 && is_particle(&d->tokens[k - 2]) && !(tok_kinds(&d->tokens[k - 2]) & LEX_STOP) &&
                       prev->kind == TOK_WORD) ||
                      (k >= 2 && tok_marker(d, k - 1, MARK_NAME_TAIL) && (tok_kinds(&d->tokens[k - 2]) & LEX_FIRST_NAME));
    /* (علي is a given name as well as على: "فراس الشيخ علي") */
    uint32_t kinds = tok_kinds(next);
    return after_given && next->kind == TOK_WORD && next->sentence == t->sentence && !tok_has_article(next) &&
           (!(kinds & (LEX_STOP | LEX_COMPLEMENTIZER | LEX_VERB | LEX_TITLE)) ||
            (kinds & (LEX_FIRST_NAME | LEX_COMPLEMENTIZER | LEX_VERB | LEX_TITLE)) == LEX_FIRST_NAME) &&
           ((kinds & (LEX_FIRST_NAME | LEX_FAMILY_NAME)) || tok_is_name_like(x->lx, next) ||
            (bare_hajj && !kinds && !next->lex_prefix) ||
            /* (or a bare word of the dictionary where the name ends: "ندى الحاج شاهين،"; not
             * an adverb in the accusative: "قال أحمد الحاج كثيرا") */
            (!bare_hajj && !kinds && !next->lex_prefix && next->fold_len >= 3 &&
             next->fold[next->fold_len - 1] != 0x0627 && k + 2 < d->n_tokens &&
             ends_name_phrase(d, k + 2)));
}

/* A bare title of a person alone (شيخ, no office) at k, between two given names: part of
 * the family name ("محمد شيخ أحمد"), not "the sheikh of". */
static int sheikh_in_name(const struct doc *d, int32_t k)
{
    const struct token *t = &d->tokens[k];
    if (!(k > 0 && k + 1 < d->n_tokens && (tok_kinds(t) & LEX_TITLE) && !tok_has_article(t) && !t->lex_prefix &&
          t->lex->role_classes == CLASS_PERSON && d->tokens[k + 1].sentence == t->sentence))
        return 0;
    /* (after a compound given name too: "عبد الرحمن شيخ نور حسن", the Somali naming) */
    if (!(tok_kinds(&d->tokens[k - 1]) & LEX_FIRST_NAME) &&
        !(k >= 2 && is_particle(&d->tokens[k - 2]) && !(tok_kinds(&d->tokens[k - 2]) & LEX_STOP)))
        return 0;
    const struct token *n = &d->tokens[k + 1];
    if ((tok_kinds(n) & LEX_FIRST_NAME) && !(tok_kinds(n) & LEX_STOP))
        return 1;
    /* (or a bare word no list holds as a name, then a given name: شيخ نور حسن) */
    return k + 2 < d->n_tokens && n->kind == TOK_WORD && (n->flags & TOKF_ARABIC) && !tok_has_article(n) &&
           !n->lex_prefix && !tok_kinds(n) && d->tokens[k + 2].sentence == t->sentence &&
           (tok_kinds(&d->tokens[k + 2]) & LEX_FIRST_NAME) && !(tok_kinds(&d->tokens[k + 2]) & LEX_STOP);
}

/* محمد حرسي جيدي في: after a bare father's name no list holds (the naming by father and
 * grandfather, Somali and Sudanese), is the bare word at e, where the phrase ends, the
 * grandfather's, whatever it also means? Not an adverb (حاليا), a noun in ة, a word shaped
 * like a present verb ("فاطمة بنعلي تنتظر") nor a verb before another ("محمد نور عاد
 * ليؤكد"). */
static int grandfathers_name(const struct ent_ctx *x, int32_t e, int32_t end)
{
    const struct doc *d = x->d;
    const struct token *w = &d->tokens[e];
    return e + 1 < end && x->owner[e] < 0 && w->kind == TOK_WORD && (w->flags & TOKF_ARABIC) && !tok_has_article(w) &&
           !w->lex_prefix && !tok_kinds(w) && w->fold_len >= 3 && w->fold[w->fold_len - 1] != 0x0627 &&
           d->text.u16[w->span.end - 1] != 0x0629 && !tok_present_verb_shape(w) && !tok_is_demonym(x->lx, w) &&
           !tok_manner_participle(w) && ends_name_phrase(d, e + 1) && !(tok_kinds(&d->tokens[e + 1]) & LEX_VERB);
}

/* "أحمد حسين علوان الشمري،"، "جاسم محمد علي الربيعي،": after a given name and the
 * father's, the grandfather's (a bare word, a given name too) and a family nisba in ال
 * where the phrase ends, the Iraqi way of naming in four parts. e is the grandfather's. */
static int lineage_then_nisba(const struct ent_ctx *x, int32_t e, int32_t end)
{
    const struct doc *d = x->d;
    if (e + 2 > end || x->owner[e] >= 0 || x->owner[e + 1] >= 0)
        return 0;
    const struct token *w = &d->tokens[e], *f = &d->tokens[e + 1];
    int grandfather = w->kind == TOK_WORD && (w->flags & TOKF_ARABIC) && !tok_has_article(w) && !w->lex_prefix &&
                      w->fold_len >= 3 && ((tok_kinds(w) & LEX_FIRST_NAME) || surname_ok(x, w)) &&
                      /* (علي with its dots, not the preposition على) */
                      (!(tok_kinds(w) & LEX_STOP) || d->text.u16[w->span.end - 1] == 0x064A) &&
                      !tok_present_verb_shape(w) && !tok_manner_participle(w);
    /* (the family's nisba ends in ي for a woman too: نهلة ... الخفاجي; not an adjective in
     * ة, nor a word with a pronoun before it: "ليلى سعيد بنبرتها الهادئة") */
    return grandfather && !tok_written_pronoun(d, w) && f->kind == TOK_WORD && tok_has_article(f) && !f->lex_prefix &&
           f->fold[f->fold_len - 1] == 0x064A &&
           surname_ok(x, f) && !tok_is_demonym(x->lx, f) && (e + 2 == end || ends_name_phrase(d, e + 2));
}

/* "وقاطعها خالد يوسف المطوع ممازحاً:": a participle in the accusative right before the
 * colon says how the words were said, so the name ends before it, and a family name in
 * ال that is also a word (المطوع "the volunteer") is no object of the verb there. The
 * shape alone decides: the dictionary lacks most such participles (ممازحا، متهكما). */
static __attribute__((noinline)) int how_before_colon(const struct doc *d, int32_t k, int32_t end)
{
    const struct token *t = &d->tokens[k];
    int32_t n = t->fold_len;
    return k + 1 < end && tok_is_char(&d->tokens[k + 1], ':') && t->kind == TOK_WORD && (t->flags & TOKF_ARABIC) &&
           !t->lex_prefix && !tok_has_article(t) && !tok_kinds(t) && n >= 5 && n <= 7 && t->fold[0] == 0x0645 &&
           t->fold[n - 1] == 0x0627;
}

static __attribute__((noinline)) int demonym_behind_ba(const struct ent_ctx *x, int32_t e, int32_t end)
{
    const struct doc *d = x->d;
    const struct token *t = &d->tokens[e];
    if (t->kind != TOK_WORD || t->lex_prefix != 1 || t->fold[0] != 0x0628 || !(tok_kinds(t) & LEX_DEMONYM) ||
        tok_has_article(t) || e + 1 >= end)
        return 0;
    const struct token *n = &d->tokens[e + 1];
    return n->kind == TOK_PUNCT || ((tok_kinds(n) & LEX_COMPLEMENTIZER) && !n->lex_prefix);
}

/* مشتقات، قانونيا: a sound feminine plural or a word in the accusative, no given name. */
static int plural_or_accusative(const struct token *t)
{
    int32_t n = t->fold_len;
    return t->fold[n - 1] == 0x0627 || (n >= 4 && t->fold[n - 2] == 0x0627 && t->fold[n - 1] == 0x062A);
}

/* "نائب المدير العام لروساتوم مكسيم كوليشوف": after a role, a word in ل that no list
 * holds, right before a given name, is the body the role is of, not the name's start. */
static int body_in_lam_before_given(const struct doc *d, int32_t k)
{
    const struct token *t = &d->tokens[k];
    const struct token *next = k + 1 < d->n_tokens ? &d->tokens[k + 1] : NULL;
    return next && next->sentence == t->sentence && !t->lex && t->kind == TOK_WORD && t->fold_len >= 5 &&
           t->fold[0] == 0x0644 && (tok_kinds(next) & LEX_FIRST_NAME) && !(tok_kinds(next) & (LEX_STOP | LEX_VERB)) &&
           !next->lex_prefix;
}

/* Does the word end as a word with a pronoun does (ـه، ـها، ـهم، ـكم، ـنا)? */
static int pronoun_ending(const struct token *t)
{
    const UChar *f = t->fold;
    int32_t n = t->fold_len;
    return tok_object_pronoun_len(t) ||
           (n >= 4 && ((f[n - 2] == 0x0643 && f[n - 1] == 0x0645) || (f[n - 2] == 0x0646 && f[n - 1] == 0x0627)));
}


/* "وزير خارجية اليابان X"، "كبير امناء مجلس الوزراء الياباني ماسايوشي كوريتا": a title,
 * its bare words in construct and the body or state it holds office in, read before s,
 * end right before s; the name after them is titled as after a title alone. */
static int title_through_body(const struct ent_ctx *x, int32_t s)
{
    const struct doc *d = x->d;
    if (s < 2 || x->owner[s - 1] < 0)
        return 0;
    const struct cand *c = &x->c.v[x->owner[s - 1]];
    if (c->te != s || c->type == ENT_PERSON)
        return 0;
    int32_t j = c->tb - 1;
    while (j >= 0 && c->tb - j <= 2 && d->tokens[j].kind == TOK_WORD && d->tokens[j].sentence == d->tokens[s].sentence &&
           x->owner[j] < 0 && !(tok_kinds(&d->tokens[j]) & (LEX_TITLE | LEX_VERB | LEX_STOP)) && !tok_has_article(&d->tokens[j]) &&
           !d->tokens[j].lex_prefix)
        j--;
    return j >= 0 && d->tokens[j].kind == TOK_WORD && (tok_kinds(&d->tokens[j]) & LEX_TITLE) && x->owner[j] < 0;
}

/* إن at k, written with its hamza under the alef, no clitic: the Korean syllable In of
 * مون جاي إن as much as the complementiser. */
static int korean_in_at(const struct ent_ctx *x, int32_t k, int32_t end)
{
    const struct doc *d = x->d;
    if (k >= end || x->owner[k] >= 0)
        return 0;
    const struct token *t = &d->tokens[k];
    return t->kind == TOK_WORD && t->fold_len == 2 && !t->lex_prefix && d->text.u16[t->span.start] == 0x0625 &&
           t->fold[1] == 0x0646;
}

/* Does a name end right before k: a comma, a sign, the end of the phrase, or the
 * complementiser that opens what the person said (إن، أن، بأن)? */
static int name_ends_after_in(const struct doc *d, int32_t k, int32_t end)
{
    if (k >= end)
        return 1;
    const struct token *t = &d->tokens[k];
    return t->kind == TOK_PUNCT || (tok_kinds(t) & LEX_COMPLEMENTIZER);
}

/* لا, لوس, لاس at k right after the particle دي: the Spanish article of "دي لا فوينتي",
 * not the negation. */
static int spanish_article_after_de(const struct doc *d, int32_t k)
{
    if (k < 1)
        return 0;
    const struct token *de = &d->tokens[k - 1], *t = &d->tokens[k];
    static const UChar la[] = {0x0644, 0x0627}, los[] = {0x0644, 0x0648, 0x0633}, las[] = {0x0644, 0x0627, 0x0633};
    int is_de = de->fold_len == 2 && de->fold[0] == 0x062F && de->fold[1] == 0x064A;
    return is_de && t->kind == TOK_WORD && !t->lex_prefix &&
           ((t->fold_len == 2 && !memcmp(t->fold, la, sizeof la)) || (t->fold_len == 3 && !memcmp(t->fold, los, sizeof los)) ||
            (t->fold_len == 3 && !memcmp(t->fold, las, sizeof las)));
}

/* Can token k, unread yet, be the last word of a name after a particle of a European
 * name (دي لا X، دا X): a bare Arabic-script word, no function word, verb, title or role. */
static int word_closing_a_name(const struct ent_ctx *x, int32_t k, int32_t end)
{
    if (k >= end || x->owner[k] >= 0)
        return 0;
    const struct token *t = &x->d->tokens[k];
    return t->kind == TOK_WORD && (t->flags & TOKF_ARABIC) && !tok_has_article(t) && !t->lex_prefix &&
           !(tok_kinds(t) & (LEX_STOP | LEX_VERB | LEX_COMPLEMENTIZER | LEX_TITLE | LEX_ROLE_NOUN));
}

/* دا as written, no clitic on it. */
static int portuguese_da(const struct token *t)
{
    return t->kind == TOK_WORD && t->fold_len == 2 && !t->lex_prefix && t->fold[0] == 0x062F && t->fold[1] == 0x0627;
}

/* الأحمد، الأسعد، الأشقر: a definite word of the elative's shape (ال, أ and three
 * letters), a family name the dictionary also reads as an adjective ("مازن ديب الأحمد أن"),
 * which no one writes as a verb's object right after a name */
static int elative_shape(const struct token *t)
{
    return t->kind == TOK_WORD && !t->lex_prefix && tok_has_article(t) && t->fold_len == 6 && t->fold[2] == 0x0627;
}

/* الصانع، الراشد، الحامد: a definite active participle (ال, then three letters with ا
 * after the first), a family name no less often than a word; after a given name and
 * the father's, where the verb's object follows, it is the family name (a verb's object
 * right there is a masdar or a noun: "يلخص محمد علي المشهد") */
static int participle_shape(const struct token *t)
{
    return t->kind == TOK_WORD && !t->lex_prefix && tok_has_article(t) && t->fold_len == 6 && t->fold[3] == 0x0627 &&
           t->fold[2] != 0x0627;
}

static int32_t read_name(const struct ent_ctx *x, int32_t s, int32_t end)
{
    const struct doc *d = x->d;
    const struct lexicon *lx = x->lx;
    /* أم محمد: a particle that is also a function word ("or") opens a name only before
     * a given name */
    /* (علي too, where the phrase ends: "وتقول أم علي، وهي ...") */
    int kunya = s + 1 < end && is_particle(&d->tokens[s]) && (tok_kinds(&d->tokens[s]) & LEX_STOP) &&
                (tok_kinds(&d->tokens[s + 1]) & LEX_FIRST_NAME) &&
                (tok_is_name_like(lx, &d->tokens[s + 1]) || ali_ends_name(d, s + 1));
    const struct token *t0 = s < end ? &d->tokens[s] : NULL;
    const struct token *t1 = s + 1 < end ? &d->tokens[s + 1] : NULL;
    /* (a title, then its adjectives in ي: "المحلل السياسي العراقي علي الساعدي") */
    int32_t tb = s - 1;
    while (tb > 0 && s - tb <= 2 && !(tok_kinds(&d->tokens[tb]) & LEX_TITLE) && tok_has_article(&d->tokens[tb]) &&
           d->tokens[tb].fold[d->tokens[tb].fold_len - 1] == 0x064A && d->tok_mention[tb] < 0)
        tb--;
    int title_before = tb >= 0 && (tok_kinds(&d->tokens[tb]) & LEX_TITLE);
    /* (or a title of two words: "مقدم البرنامج علي الطائي") */
    const struct lex_entry *title2;
    if (!title_before && s >= 2 && tok_phrase_at(d, lx, s - 2, s, LEX_TITLE, 0, &title2, NULL) == 2)
        title_before = 1;
    int stop_name = ali_is_a_name(x, s, end, title_before);
    /* لي سونغ هو: a two-letter family name no list holds (it is a word too), before a
     * syllable that looks like a name */
    /* (and لي, "to me", before two syllables: tok_lee_family()) */
    int short_family = (t0 && s + 1 < end && tok_kinds(t0) == 0 && t0->fold_len == 2 && (t0->flags & TOKF_ARABIC) &&
                        !tok_has_article(t0) && tok_is_name_like(lx, &d->tokens[s + 1])) ||
                       (s + 2 < end && t0->fold_len == 2 && tok_short_family(d, s));
    /* صبري عبد المنعم، سعيد بن علي: a given name that is also a word, before a particle
     * and the word it takes */
    int before_particle = t0 && t1 && s + 2 < end && (tok_kinds(t0) & LEX_FIRST_NAME) && !is_particle(t0) &&
                          !(tok_kinds(t0) & (LEX_STOP | LEX_VERB)) && is_particle(t1) &&
                          !(tok_kinds(t1) & LEX_STOP) && d->tokens[s + 2].kind == TOK_WORD;
    /* (and, after a title, one no list holds, whatever word it also spells, before a
     * European particle and a particle or a word no dictionary knows: "الباحث يورين فان
     * دن بوس"، "يان فان دير بيرغ") */
    before_particle |= t0 && t1 && s + 2 < end && t0->kind == TOK_WORD && (t0->flags & TOKF_ARABIC) &&
                       !tok_has_article(t0) && !t0->lex_prefix && !tok_kinds(t0) && is_particle(t1) &&
                       !(tok_kinds(t1) & LEX_STOP) && !t1->lex_prefix &&
                       (((title_before || title_phrase_before(d, s)) && bare_unknown_name_word(lx, &d->tokens[s + 2])) ||
                        /* (anywhere before فان دير، فان دن، دي لا: "أما كورنيليا فان دير بيك، ...") */
                        (((is_particle(&d->tokens[s + 2]) && !(tok_kinds(&d->tokens[s + 2]) & LEX_STOP)) ||
                          spanish_article_after_de(d, s + 2)) &&
                         s + 3 < end && d->tokens[s + 3].kind == TOK_WORD &&
                         !(tok_kinds(&d->tokens[s + 3]) & (LEX_STOP | LEX_VERB))));
    /* جي-يون سونغ: a short syllable glued by a hyphen to a name starts it, whatever word
     * it also spells */
    int hyphen_start = t0 && s + 2 < end && t0->kind == TOK_WORD && (t0->flags & TOKF_ARABIC) && t0->fold_len <= 3 &&
                       !tok_has_article(t0) && !(tok_kinds(t0) & (LEX_STOP | LEX_VERB)) &&
                       tok_is_dash(&d->tokens[s + 1]) && !(d->tokens[s + 1].flags & TOKF_SPACE_BEFORE) &&
                       !(d->tokens[s + 2].flags & TOKF_SPACE_BEFORE) && tok_is_name_like(lx, &d->tokens[s + 2]);
    /* "العميد شرطة فتح الرحمن محمد التوم": after a title (and its word), a word and الرحمن، الله، الدين
     * (markers.tsv: name_tail) are a compound given name, whatever the word also means */
    int compound_given = (title_before || (s > 1 && (tok_kinds(&d->tokens[s - 2]) & LEX_TITLE))) && t0 && t1 &&
                         t0->kind == TOK_WORD && (t0->flags & TOKF_ARABIC) &&
                         !tok_has_article(t0) && !tok_kinds(t0) && tok_marker(d, s + 1, MARK_NAME_TAIL) &&
                         s + 2 < end && (tok_is_name_like(lx, &d->tokens[s + 2]) || bare_nisba(&d->tokens[s + 2]) ||
                                         nisba_in_al(&d->tokens[s + 2]));
    /* "النائبة معصومة رحيمي لإرنا"، "البروفيسور إمره أوزدمير،": after a title, a word of the
     * dictionary before a word no dictionary knows, where the phrase ends, is a given
     * name no list holds */
    /* (a Russian woman's family name in -ova ends in ا as an accusative does:
     * "المحللة نيلوفر إسماعيلوفا"; the outlet told may follow, "للعربية.نت") */
    int titled = title_before || title_phrase_before(d, s) || title_through_body(x, s);
    int word_before_unknown = titled && t0 && t1 && s + 2 < end && t0->kind == TOK_WORD &&
                              (t0->flags & TOKF_ARABIC) && !tok_has_article(t0) && !t0->lex_prefix &&
                              !tok_kinds(t0) && t0->fold_len >= 3 && t1->kind == TOK_WORD &&
                              (t1->flags & TOKF_ARABIC) && !tok_has_article(t1) && !t1->lex_prefix &&
                              !tok_kinds(t1) && t1->fold_len >= 4 && !(t1->flags & TOKF_COMMON) &&
                              !tok_nisba_ending(t1) && !tok_nisba_ending(t0) && !plural_or_accusative(t0) &&
                              (!plural_or_accusative(t1) || (t1->fold_len >= 6 && russian_family_ending(t1))) &&
                              !tok_pronoun_suffixed(d, t0) &&
                              (ends_name_phrase(d, s + 2) || lam_and_article(&d->tokens[s + 2]));
    /* (and the converse, a given name no dictionary knows before a family name the
     * dictionary reads as a word: "الجنرال كازوهيكو موريتا أن"; one such given name alone
     * is too rare a way to name someone to read an adverb after it, "مؤكدا") */
    int unknown_before_word = titled && t0 && t1 && s + 2 < end && t0->kind == TOK_WORD && (t0->flags & TOKF_ARABIC) &&
                              !tok_has_article(t0) && !t0->lex_prefix && !tok_kinds(t0) && !(t0->flags & TOKF_COMMON) &&
                              t0->fold_len >= 4 && t1->kind == TOK_WORD && (t1->flags & TOKF_ARABIC) &&
                              (t1->flags & TOKF_COMMON) && !tok_has_article(t1) && !t1->lex_prefix && !tok_kinds(t1) &&
                              t1->fold_len >= 4 && !tok_pronoun_suffixed(d, t1) &&
                              ends_name_phrase(d, s + 2);
    /* "عن النائب كوروش بهزادي فر قوله": after a title, two bare words and a Persian or
     * Turkish family tail (markers.tsv: family_tail) are a name, whatever the first word
     * also spells */
    int tail_after_title = titled && t0 && t1 && s + 2 < end && t0->kind == TOK_WORD && (t0->flags & TOKF_ARABIC) &&
                           !tok_has_article(t0) && !t0->lex_prefix && !tok_kinds(t0) && t1->kind == TOK_WORD &&
                           (t1->flags & TOKF_ARABIC) && !tok_has_article(t1) && !t1->lex_prefix &&
                           !(tok_kinds(t1) & (LEX_STOP | LEX_VERB | LEX_COMPLEMENTIZER)) &&
                           tok_marker(d, s + 2, MARK_FAMILY_TAIL);
    if (s >= end ||
        !(kunya || stop_name || short_family || before_particle || hyphen_start || compound_given || word_before_unknown ||
          tail_after_title || tok_is_name_like(lx, &d->tokens[s]) || word_given_name_before_family(x, s, end)) ||
        x->owner[s] >= 0 || title_of_words_at(x, s))
        return s;
    /* (nor with the complementiser, whatever given name its letters also spell (آن): "وقال
     * الوزير إن القارئ «...»"; an East Asian family name written so stays one) */
    if ((tok_kinds(t0) & (LEX_COMPLEMENTIZER | LEX_FAMILY_NAME)) == LEX_COMPLEMENTIZER && !hyphen_start && !short_family)
        return s;
    /* أمين عام، أمين اللجنة: a given name that is also a title opens a name only before
     * a word no dictionary knows or another given name (أمين معلوف); after a given name it
     * is inside one (محمد أمين السملالي) */
    /* (a family name in ال no dictionary knows is one: مختار السقاف, not مختار القرية) */
    if ((tok_kinds(t0) & (LEX_TITLE | LEX_FIRST_NAME)) == (LEX_TITLE | LEX_FIRST_NAME) && t1 &&
        !(s > 0 && (tok_kinds(&d->tokens[s - 1]) & LEX_FIRST_NAME)) &&
        ((tok_has_article(t1) && ((t1->flags & TOKF_COMMON) || !surname_ok(x, t1) ||
                                  lexicon_is_common(lx, t1->fold + 2, t1->fold_len - 2))) ||
         ((t1->flags & TOKF_COMMON) && !(tok_kinds(t1) & LEX_FIRST_NAME))))
        return s;
    if (tok_owner_of_next(d, lx, s, end))
        return s;
    /* (but "وفقا لدانيال موراليس": a given name behind its preposition, before a word no
     * dictionary knows, opens a name all the same) */
    int given_behind_preposition = t0->lex_prefix && t1 && (tok_kinds(t0) & LEX_FIRST_NAME) &&
                                   !(tok_kinds(t0) & (LEX_STOP | LEX_VERB | LEX_TITLE | LEX_NAME_PARTICLE)) &&
                                   t1->kind == TOK_WORD && (t1->flags & TOKF_ARABIC) && !tok_kinds(t1) &&
                                   bare_unknown_name_word(lx, t1) && x->owner[s + 1] < 0 &&
                                   /* (a given name that is a word too, عودة "return", only before
                                    * no word with a pronoun's ending: "لعودة أسرانا") */
                                   (!lexicon_is_common(lx, t0->fold + t0->lex_prefix, t0->fold_len - t0->lex_prefix) ||
                                    !pronoun_ending(t1));
    if ((prep_clitic(x, &d->tokens[s]) && !given_behind_preposition) || future_verb(x, &d->tokens[s]))
        return s;
    if (titled && body_in_lam_before_given(d, s))
        return s;
    if (unknown_before_word && x->owner[s + 1] < 0)
        return s + 2;
    int32_t e = s + 1;
    uint32_t k0 = tok_kinds(&d->tokens[s]);
    /* An Arabic-style given name may take one ordinary word as family name
     * (يوسف الشاهد); East Asian names are all syllables and take none. */
    /* (an East Asian family name before an Arab family name in ال is a given name too:
     * لين الحياري, Leen, not Lin) */
    int given = ((k0 & LEX_FIRST_NAME) && !(k0 & LEX_FAMILY_NAME)) || compound_given || word_before_unknown ||
                tok_madda_given_name(&d->tokens[s]) ||
                ((k0 & LEX_FAMILY_NAME) && s + 1 < end && tok_has_article(&d->tokens[s + 1]) && nisba_family_name(x, s + 1));
    /* (لي، سو: two-letter family names no list holds, for they are words too; a name read
     * from its context may start with one) */
    int family_first = (k0 & LEX_FAMILY_NAME) || (t0 && t0->fold_len == 2 && tok_short_family(d, s)) ||
                       (k0 == 0 && t0->fold_len == 2 && (t0->flags & TOKF_ARABIC) && !tok_has_article(t0));
    /* (a particle at the limit still takes its word: محمد المختار ولد سيدي عبد الله; and a
     * lineage goes on past it with a particle and a given name: "أبو عوض ناصر بن محسن بن
     * علي الحارثي") */
    while (e < end &&
           (e - s < MAX_NAME_TOKENS || is_particle(&d->tokens[e - 1]) ||
            (e - s < 2 * MAX_NAME_TOKENS && is_particle(&d->tokens[e]) && e + 1 < end &&
             (tok_kinds(&d->tokens[e + 1]) & LEX_FIRST_NAME) && x->owner[e + 1] < 0)) &&
           x->owner[e] < 0) {
        const struct token *t = &d->tokens[e];
        const struct token *prev = &d->tokens[e - 1];
        if (given && e - s >= 2 && e - s <= 3 &&
            ((tok_kinds(prev) & LEX_FIRST_NAME) || (e - s == 3 && abd_compound(d, e - 2))) &&
            lineage_then_nisba(x, e, end)) {
            e += 2;
            break;
        }
        /* يون-هي، معلوف-نصار، جان-باتيست: a hyphen glued on both sides joins the parts
         * of a name */
        if (tok_is_dash(t) && !(t->flags & TOKF_SPACE_BEFORE) && e + 1 < end &&
            !(d->tokens[e + 1].flags & TOKF_SPACE_BEFORE) && d->tokens[e + 1].kind == TOK_WORD &&
            (d->tokens[e + 1].flags & (TOKF_ARABIC | TOKF_LATIN)) && d->tokens[e + 1].fold_len <= 14) {
            e += 2;
            continue;
        }
        /* "أيخان حاجي زاده": a word and a Persian or Turkish "son of" (زاده، أوغلو;
         * markers.tsv: family_tail) after the given name are the family name, whatever the
         * word also means */
        if (e + 1 < end && e - s <= 3 && t->kind == TOK_WORD && (t->flags & TOKF_ARABIC) && !tok_has_article(t) &&
            !t->lex_prefix && !(tok_kinds(t) & (LEX_STOP | LEX_COMPLEMENTIZER | LEX_VERB)) && x->owner[e + 1] < 0 &&
            tok_marker(d, e + 1, MARK_FAMILY_TAIL)) {
            e += 2;
            break;
        }
        /* عمر بالقاسم المقرحي، محمد الهادي بالحاج: the Maghrebi بال (بن ال) before a given
         * name or an honorific is part of the name, not a preposition */
        if (given && maghrebi_bal(x, t)) {
            e++;
            continue;
        }
        if (may_follow_patronymic(d, e) && family_after_patronymic(d, e)) {
            e++;
            break;
        }
        /* "وقالت تامي بروس إن": a bare nationality behind ب ("with Russians") right after a
         * given name, before the clause or a sign, is a family name */
        if (e == s + 1 && (tok_kinds(prev) & LEX_FIRST_NAME) && demonym_behind_ba(x, e, end)) {
            e++;
            break;
        }
        /* (a particle takes its word whatever letter starts it: "محمد الأمين ولد ببانه") */
        if (t->kind != TOK_WORD ||
            (prep_clitic(x, t) && !(family_first && e - s <= 2 && tok_east_asian_syllable(t)) && !is_particle(prev)))
            break;
        if (tok_is_lone_lam(t))
            break; /* "تقول ميسون لـ الترا فلسطين": the outlet told, ل written apart */
        /* "وقال الناشط محمد حسين لوكالتنا": the outlet told, ours (not a Russian woman's
         * family name after her given name, "آنا ليفينا") */
        if (tok_lam_noun_ours(t) && !(e == s + 1 && given && russian_family_ending(t)))
            break;
        /* (not a clause word: "تشاو يي فان أن": فان is a Chinese syllable there) */
        /* (a clause word read only with a clitic is a name there: "ولد ببانه", no ب on بأنه) */
        if (is_particle(prev) && (tok_kinds(t) & (LEX_COMPLEMENTIZER | LEX_VERB)) && !t->lex_prefix)
            break;
        if (is_particle(prev)) { /* عبد الله، بن سلمان: the particle takes the next word */
            e++;
            /* (and the Spanish article after دي takes one more: "خافيير دي لا روسا") */
            if (spanish_article_after_de(d, e - 1) && word_closing_a_name(x, e, end)) {
                e++;
                break;
            }
            /* أحمد بن سالم المهيري: and the family name after it, before a boundary or an
             * appositive title (عبدالله بن راشد الدوسري وزير النفط) */
            /* (a nisba that is also a nationality, before punctuation: هلال بن سيف الكندي،) */
            if (e < end && x->owner[e] < 0 && tok_has_article(&d->tokens[e]) &&
                (surname_ok(x, &d->tokens[e]) ||
                 (tok_is_demonym(lx, &d->tokens[e]) && e + 1 < end && d->tokens[e + 1].kind == TOK_PUNCT)) &&
                (e + 1 >= end || d->tokens[e + 1].kind == TOK_PUNCT || !tok_has_article(&d->tokens[e + 1]) ||
                 (tok_kinds(&d->tokens[e + 1]) & (LEX_STOP | LEX_COMPLEMENTIZER | LEX_VERB | LEX_TITLE)) ||
                 /* (a nisba after بن Y is the family name, whatever follows: المعمري الارتفاع) */
                 d->tokens[e].fold[d->tokens[e].fold_len - 1] == 0x064A ||
                 /* (and so is a word before a plural, the verb's object: "أوصى الشيخ X بن Y
                  * الراشد المسلمين") */
                 sound_plural(&d->tokens[e + 1])) &&
                !described_before_bi_anna(d, s, e))
                e++; /* (and before لـ"المدينة"، وكيل الوزارة: anything but another definite word) */
            continue;
        }
        /* جهاد الحاج موسى: an honorific in ال after the given name is part of the family
         * name when a name follows it (and so, bare, a sheikh's title before a given name:
         * "محمد شيخ أحمد", the Syrian and Kurdish family name; asked before a word of a
         * name's make would take the bare حج of "عبد الرزاق حج بكور" as a name alone) */
        /* (a title, an honorific or a word of two letters: most words are none, and are
         * not asked) */
        if (((tok_kinds(t) & (LEX_TITLE | LEX_HONORIFIC)) || t->fold_len == 2) &&
            ((given && e == s + 1) || (e == s + 2 && is_particle(&d->tokens[s])) ||
             (given && e == s + 2 && tok_marker(d, s + 1, MARK_NAME_TAIL))) &&
            e + 1 < end && x->owner[e + 1] < 0 && (sheikh_in_name(d, e) || honorific_inside_name(x, e))) {
            e += 2;
            continue;
        }
        /* "الوزير إينياتسيو كاسيس في مؤتمر": after a title and a given name no dictionary
         * knows, a bare word the dictionary holds too is the family name where the phrase
         * ends (a relay's قوله ends it too, after a word of three letters as well: "عن
         * النائب ماناف غيل قوله"; a place's name may be the family name; and a word in ا
         * that is no accusative of a word, فييرا) */
        if (titled && e == s + 1 && !tok_kinds(prev) && !(prev->flags & TOKF_COMMON) &&
            (prev->flags & TOKF_ARABIC) && t->kind == TOK_WORD && (t->flags & TOKF_ARABIC) &&
            (t->flags & TOKF_COMMON) && !(tok_kinds(t) & ~LEX_GAZ) && !tok_has_article(t) && !t->lex_prefix &&
            (t->fold_len >= 4 || (t->fold_len == 3 && e + 1 < d->n_tokens && tok_is_qawluh(&d->tokens[e + 1]))) &&
            (!plural_or_accusative(t) ||
             (t->fold[t->fold_len - 1] == 0x0627 && !tok_is_accusative_common(x->lx, t))) &&
            !tok_nisba_ending(t) && !tok_pronoun_suffixed(d, t) && e + 1 < d->n_tokens &&
            ((e + 1 < end && ends_name_phrase(d, e + 1)) || tok_is_qawluh(&d->tokens[e + 1]))) {
            e++;
            break;
        }
        /* "النائبة كلارا فينتر بتوسيع": after a given name no dictionary knows,
         * a word in ف that is a word only as ف + verb ("then he scatters") is the family
         * name: a conjunction has nothing to join right after a given name */
        if (e == s + 1 && !tok_kinds(prev) && !(prev->flags & TOKF_COMMON) && (prev->flags & TOKF_ARABIC) &&
            t->kind == TOK_WORD && (t->flags & TOKF_ARABIC) && (t->flags & TOKF_COMMON) && !tok_kinds(t) &&
            !t->lex_prefix && t->fold_len >= 5 && t->fold[0] == 0x0641 &&
            !lexicon_is_common_as_written(x->lx, t->fold, t->fold_len)) {
            e++;
            break;
        }
        if (ali_ends_name(d, e)) {
            e++; /* ("فاطمة علي:": the father's name) */
            break;
        }
        /* "دانيال هارتلي وجي-يون سونغ": after a full name, و starts a second person */
        if (e - s >= 2 && t->fold[0] == 0x0648 && t->fold_len > 2 &&
            !(tok_kinds(t) & (LEX_FIRST_NAME | LEX_FAMILY_NAME | LEX_NAME_PARTICLE)) &&
            e + 1 < end && (tok_is_dash(&d->tokens[e + 1]) || tok_is_name_like(lx, &d->tokens[e + 1])))
            break;
        if ((tok_is_name_like(lx, t) || (bare_nisba_after_given(x, e) && e + 1 < end && ends_name_phrase(d, e + 1))) &&
            !(t->flags & TOKF_NEWLINE_BEFORE) &&
            /* (after a foreign given name, a word in ب that is no word whole is the family
             * name where the phrase ends, not how it was said: "الباحث إدوارد بليك إلى أن",
             * not ب + ليك; but "وطالب أيت بلعيد بعقد لقاء", the verb's complement) */
            (((prev->flags & TOKF_ARABIC) && !(prev->flags & TOKF_COMMON) && !(t->flags & TOKF_COMMON) &&
              e == s + 1 && e + 1 < end && ends_name_phrase(d, e + 1)) ||
             !tok_is_manner_after_ba(x->d, x->lx, (int32_t)(t - x->d->tokens), 1)) &&
            !tok_manner_participle(t)) {
            e++;
            continue;
        }
        /* محمد الأمين ولد ابّاه: a title in ال after the given name is the second part of a
         * compound given name when a particle of the name follows it */
        /* (or a family nisba no dictionary knows: محمد الأمين قادري) */
        if (given && e == s + 1 && (tok_kinds(t) & LEX_TITLE) && e + 1 < end && x->owner[e + 1] < 0 &&
            ((is_particle(&d->tokens[e + 1]) && !(tok_kinds(&d->tokens[e + 1]) & LEX_STOP)) ||
             bare_nisba(&d->tokens[e + 1])) &&
            tok_has_article(t)) {
            e++;
            continue;
        }
        /* "محمد الإدريسي العلمي،": a family name of two nisbas in ال after the given name,
         * where the phrase ends (the Moroccan double family name); not a place's adjective
         * after the first, which may describe the man */
        if (given && e == s + 1 && e + 2 < end && nisba_family_name(x, e) && nisba_family_name(x, e + 1) &&
            !tok_is_demonym(lx, &d->tokens[e + 1]) && !d->tokens[e + 1].lex_prefix && ends_name_phrase(d, e + 2)) {
            e += 2;
            break;
        }
        /* (a father's name that is also a common word, between a given name and a family
         * nisba where the phrase ends: "المربي جبار عودة الفريجي،") */
        if (given && e == s + 1 && e + 2 < end && t->kind == TOK_WORD && !tok_has_article(t) && !t->lex_prefix &&
            !tok_kinds(t) && (t->flags & TOKF_COMMON) && (t->flags & TOKF_ARABIC) && nisba_family_name(x, e + 1) &&
            ends_name_phrase(d, e + 2)) {
            e += 2;
            break;
        }
        /* عادل فتحي المنشاوي: given and father's names, then the family name in ال before
         * the end of the phrase */
        /* (a fourth word is a family name when it looks like one: a nisba, or no common
         * word — "محمد رضا عبدالله‌زاده الانتباه إلى" is the verb's object) */
        /* (a third word that is a common noun only after a father's given name: "علي يوسف
         * الشريف", not "ماثيو ميلر المصادقة": the verb's object) */
        /* (the given name may be a particle's pair: "عبد الله يحيى المؤيد،") */
        int common_third = (e - s == 2 || (e - s == 3 && is_particle(&d->tokens[s]))) &&
                           (tok_kinds(&d->tokens[e - 1]) & LEX_FIRST_NAME);
        /* (a nisba that is also a nationality there, before the phrase ends: "محمد صالح
         * الغربي أن") */
        int demonym_family = common_third && tok_is_demonym(lx, t) && e + 1 < end &&
                             (d->tokens[e + 1].kind == TOK_PUNCT ||
                              (tok_kinds(&d->tokens[e + 1]) & (LEX_COMPLEMENTIZER | LEX_VERB)));
        /* (a plural the dictionary holds, after two given names, only where the phrase
         * ends: "عيسى خليل الحدادين لإذاعتنا"، "X Y الحدادين، أن") */
        const struct token *next = e + 1 < end ? &d->tokens[e + 1] : NULL;
        int plural_family = common_third && next &&
                            (tok_is_comma(next) || tok_is_char(next, ':') || tok_is_lone_lam(next) || tok_lam_noun_ours(next) ||
                             /* (not بأن: "طمأن الوزير أحمد سالم المستهلكين بأن", the verb's object) */
                             ((tok_kinds(next) & LEX_COMPLEMENTIZER) && !next->lex_prefix && next->fold[0] != 0x0628));
        /* (not a word of time that is also "coming": "أحمد فوزي القادم من جاكرتا"; nor a
         * word of the dictionary behind ب, "رحب أحمد سالم بالقرار،", but بالاسيوس) */
        if (given && tok_has_article(t) &&
            (t->fold[0] != 0x0628 || !lexicon_is_common(lx, t->fold + 1, t->fold_len - 1)) &&
            (surname_ok(x, t) || demonym_family) &&
            (!common_plural(t) || plural_family) &&
            !masdar_in_ba(d, e + 1) && !tok_marker(d, e, MARK_TIME_AFTER) && !described_before_bi_anna(d, s, e) &&
            ((e - s >= 2 && e - s <= 3 && (common_third || !(t->flags & TOKF_COMMON) || t->fold[t->fold_len - 1] == 0x064A)) ||
             /* (after a given name alone, a family nisba no dictionary knows: سالم المعمري) */
             (e - s == 1 && !(t->flags & TOKF_COMMON) && t->fold[t->fold_len - 1] == 0x064A)) &&
            (e + 1 >= end || d->tokens[e + 1].kind == TOK_PUNCT || tok_is_lone_lam(&d->tokens[e + 1]) /* (لـ"الصباح": the outlet told) */ ||
             /* (or a preposition written on the next word: "علي يوسف الشريف بمكتبه") */
             (e - s == 2 && d->tokens[e + 1].kind == TOK_WORD && d->tokens[e + 1].fold_len >= 4 &&
              (d->tokens[e + 1].fold[0] == 0x0628 || d->tokens[e + 1].fold[0] == 0x0644) &&
              !tok_has_article(&d->tokens[e + 1]) && !is_particle(&d->tokens[e + 1]) &&
              ((d->tokens[e + 1].flags & TOKF_COMMON) ||
               lexicon_is_common(lx, d->tokens[e + 1].fold + 1, d->tokens[e + 1].fold_len - 1))) ||
             (tok_kinds(&d->tokens[e + 1]) & (LEX_STOP | LEX_COMPLEMENTIZER | LEX_VERB | LEX_TITLE)) ||
             how_before_colon(d, e + 1, end) ||
             /* (or before the verb's object: "طالب النائب X Y الموسوي الوزارة بأن") */
             (tok_has_article(&d->tokens[e + 1]) && (tok_kinds(&d->tokens[e + 1]) & (LEX_ORG_HEAD | LEX_ROLE_NOUN))) ||
             /* (or, a word in ال no dictionary knows after the father's given name, before
              * anything: "ريم عبدالرحمن الدوسري الأثر"، "فايز محمود الخوالدة الذخائر") */
             (common_third && !(t->flags & TOKF_COMMON)) ||
             /* (or a nisba the dictionary holds there, before a bare indefinite word, the
              * verb's object or its adverb: "يقضي الصياد سعيد عامر المهري ساعات") */
             (common_third && t->fold[t->fold_len - 1] == 0x064A && d->tokens[e + 1].kind == TOK_WORD &&
              !tok_has_article(&d->tokens[e + 1]) && !d->tokens[e + 1].lex_prefix && !tok_kinds(&d->tokens[e + 1]) &&
              (d->tokens[e + 1].flags & TOKF_COMMON)) ||
             /* (or any nisba there, before the verb's object with its pronoun: "طمأن الطالب
              * حمد سعيد المنصوري أسرته") */
             (common_third && t->fold[t->fold_len - 1] == 0x064A && tok_pronoun_suffixed(d, &d->tokens[e + 1])) ||
             /* (or a relay's قوله: "نقل البيان عن الوزير X Y الغريري قوله") */
             tok_is_qawluh(&d->tokens[e + 1]) ||
             /* (or a participle, before the verb's object: "يلخص الدكتور بدر يوسف الصانع
              * المشهد") */
             (common_third && participle_shape(t) && tok_has_article(&d->tokens[e + 1]) &&
              !d->tokens[e + 1].lex_prefix))) {
            e++;
            break;
        }
        /* مدحت القاضي، علي السيد: a title or honorific in ال right after a given name, where
         * the phrase ends (a verb, إن, punctuation, لـ an outlet), is the family name */
        /* (and after the father's given name: "الصادق عبدالرحيم الأمين قد أوضح"، "عبد الرحيم
         * حامد الأمين إن") */
        /* (so is a bare honorific, which only ever stands before a name: "النائب وليد
         * سعادة أن") */
        /* (and so is one before a family nisba in ال where the phrase ends: "محمد الصغير
         * الجربي (47 عاما)"; an honorific before any family word in ال there: "اللواء فاروق
         * السيد النجار،") */
        if (given && e == s + 1 && (tok_kinds(t) & (LEX_TITLE | LEX_HONORIFIC)) && tok_has_article(t) &&
            !tok_has_prep_clitic(t) && !tok_is_demonym(lx, t) && e + 2 < end &&
            (family_nisba_at(x, e + 1) ||
             ((tok_kinds(t) & LEX_HONORIFIC) && tok_has_article(&d->tokens[e + 1]) && !d->tokens[e + 1].lex_prefix &&
              surname_ok(x, &d->tokens[e + 1]))) &&
            ends_name_phrase(d, e + 2)) {
            e += 2;
            break;
        }
        /* (after a compound father's name too: "المستشار طارق عبد السلام الجندي،") */
        if (given &&
            (e == s + 1 || (e - s <= 3 && ((tok_kinds(prev) & LEX_FIRST_NAME) || (e - s >= 2 && abd_compound(d, e - 2))))) &&
            (tok_kinds(t) & (LEX_TITLE | LEX_HONORIFIC)) &&
            (tok_has_article(t) || (e == s + 1 && (tok_kinds(t) & LEX_HONORIFIC) && !t->lex_prefix)) &&
            !tok_has_prep_clitic(t) && !tok_is_demonym(lx, t) && e + 1 < end &&
            (d->tokens[e + 1].kind == TOK_PUNCT || tok_is_lone_lam(&d->tokens[e + 1]) || tok_is_qad(&d->tokens[e + 1]) ||
             (tok_kinds(&d->tokens[e + 1]) & (LEX_COMPLEMENTIZER | LEX_VERB)) ||
             /* (or a preposition, after a definite title the name is in apposition to:
              * "ولا تتفق الباحثة منى الجندي مع هذا الرأي") */
             (e == s + 1 && (tok_kinds(&d->tokens[e + 1]) & LEX_STOP) && !tok_has_article(&d->tokens[e + 1]) &&
              definite_title_before(d, s)) ||
             /* (or the verb's object with its pronoun: "ابتدر السفير X Y الأمين حديثه") */
             (e - s >= 2 && tok_pronoun_suffixed(d, &d->tokens[e + 1])) ||
             /* (or an honorific before a bare noun of the dictionary, the verb's object, that
              * no name list holds: "ألقى الدكتور وائل السيد كلمة") */
             (e == s + 1 && (tok_kinds(t) & LEX_HONORIFIC) && d->tokens[e + 1].kind == TOK_WORD &&
              (d->tokens[e + 1].flags & TOKF_COMMON) && !tok_has_article(&d->tokens[e + 1]) &&
              !d->tokens[e + 1].lex_prefix &&
              !(tok_kinds(&d->tokens[e + 1]) & (LEX_FIRST_NAME | LEX_FAMILY_NAME | LEX_NAME_PARTICLE | LEX_STOP))))) {
            e++;
            break;
        }
        /* حسام الدين، عبد الله، نصر الله: الدين and الله (markers.tsv: name_tail) complete a
         * given name */
        if (tok_marker(d, e, MARK_NAME_TAIL) && e - s <= 2) {
            e++;
            continue;
        }
        /* عبد المنعم حسب الرسول، الصادق إبراهيم دفع الله: a word and a name's tail after a
         * given name are a family name, not "according to" or "argued" */
        if (given && e + 1 < end && t->kind == TOK_WORD && t->fold_len >= 3 && !t->lex_prefix && !tok_has_article(t) &&
            !(tok_kinds(t) & (LEX_COMPLEMENTIZER | LEX_PRONOUN)) && tok_marker(d, e + 1, MARK_NAME_TAIL)) {
            e += 2;
            continue;
        }
        /* ريكاردو دا سيلفا، جواو باولو دا كوستا: the Portuguese دا inside a name, before a
         * word that can close it (not listed as a particle: دا is also the colloquial "this",
         * "الشغل دا", and بدا "appeared") */
        if (e > s && portuguese_da(t) && word_closing_a_name(x, e + 1, end) && !(tok_kinds(prev) & (LEX_STOP | LEX_VERB)) &&
            !tok_has_article(prev)) {
            e += 2;
            break;
        }
        /* ماركوس فان دير بليك: a particle inside a name, whatever else the word is */
        if (is_particle(t) && e + 1 < end && d->tokens[e + 1].kind == TOK_WORD && x->owner[e + 1] < 0) {
            e++;
            continue;
        }
        /* جي-سوك، معلوف-نصار: a word glued to a hyphen belongs to the name */
        if (t->kind == TOK_WORD && !(tok_kinds(t) & LEX_STOP) && e + 2 < end && tok_is_dash(&d->tokens[e + 1]) &&
            !(d->tokens[e + 1].flags & TOKF_SPACE_BEFORE) && !(d->tokens[e + 2].flags & TOKF_SPACE_BEFORE)) {
            e++;
            continue;
        }
        /* مون جاي إن، جو إن هي: In, a Korean syllable written as إن, where it ends the name
         * (before the complementiser or a comma) or before the one syllable that does */
        if (family_first && e - s <= 2 && korean_in_at(x, e, end) &&
            ((e - s == 2 && name_ends_after_in(d, e + 1, end)) ||
             (e - s == 1 && e + 1 < end && tok_east_asian_syllable(&d->tokens[e + 1]) &&
              name_ends_after_in(d, e + 2, end)))) {
            e += e - s == 1 ? 2 : 1;
            break;
        }
        /* بارك جي هيون، هوانغ جون كوك: after an East Asian family name, two short given
         * syllables, whatever Arabic words they also spell */
        /* (not how it was said, a word of the dictionary behind ب: "ويضيف جونغ بصوت خافت") */
        /* (nor a short place's name there, before another syllable: "كيم سول هوا") */
        if (family_first && e - s <= 2 && (tok_east_asian_syllable(t) || (e == s + 1 && place_as_syllable(d, e))) &&
            !tok_is_manner_after_ba(d, lx, e, 0)) {
            e++;
            continue;
        }
        /* (and the last of them however common a word it spells, where the phrase ends:
         * "جونغ هيه ريون في إفادة صحفية") */
        /* (a function word of three letters too, before a comma or the complementiser:
         * "وانغ ون بين، المتحدث"، "لي هونغ بين إن") */
        if (family_first && e - s == 2 && t->kind == TOK_WORD && (t->flags & TOKF_ARABIC) && t->fold_len <= 4 &&
            !tok_has_article(t) && !t->lex_prefix && tok_east_asian_syllable(prev) && e + 1 < end &&
            (!tok_kinds(t) || tok_function_word_syllable(d, e)) &&
            !tok_is_qawluh(t) && ends_name_phrase(d, e + 1)) {
            e++;
            break;
        }
        /* كيم تاي هو: a Korean syllable that is also a pronoun, after a family name and
         * a given syllable, before the end of the name */
        /* (and so after a baptismal name and two syllables, where the phrase ends: "الأب
         * ثيودور ري تشول هو،") */
        int family_second = !family_first && e - s >= 3 &&
                            (tok_east_asian_syllable(prev) || (tok_kinds(prev) & LEX_FIRST_NAME)) &&
                            tok_east_asian_syllable(&d->tokens[e - 2]) && e + 1 < end &&
                            (d->tokens[e + 1].kind == TOK_PUNCT ||
                             (tok_kinds(&d->tokens[e + 1]) & (LEX_COMPLEMENTIZER | LEX_VERB)));
        if (((family_first && e - s >= 2) || family_second) && (tok_kinds(t) & LEX_PRONOUN) &&
            t->fold_len == 2 && (e + 1 >= end || !tok_is_name_like(lx, &d->tokens[e + 1]))) {
            e++;
            break;
        }
        /* "محمد قائد (34 عاما)": a title word as family name, the age right after it */
        if (given && e == s + 1 && (tok_kinds(t) & LEX_TITLE) && !tok_has_article(t) && !t->lex_prefix &&
            e + 2 < end && is_paren(&d->tokens[e + 1], '(') && d->tokens[e + 2].kind == TOK_NUMBER) {
            e++;
            break;
        }
        /* محمد علي الحوثي: علي as the father's name, before a given or a family name (and
         * so خلف: حسن خلف الدليمي) */
        if (given && (e == s + 1 || (e == s + 2 && abd_compound(d, s))) &&
            (ali_is_a_name(x, e, end, 1) || word_given_name_before_family(x, e, end))) {
            e++;
            continue;
        }
        /* محمد عثمان أبكر: after two given names, a third bare word the dictionary knows
         * too (أبكر "earlier") is the family name where the phrase ends */
        if (given && e == s + 2 && (tok_kinds(prev) & LEX_FIRST_NAME) && !tok_has_article(t) && !t->lex_prefix &&
            (t->flags & TOKF_ARABIC) && surname_ok(x, t) && !tok_is_statement_word(lx, t) && e + 1 < end &&
            ends_name_phrase(d, e + 1) && !tok_is_min(&d->tokens[e + 1]) /* ("لويد أوستن أول من") */) {
            e++;
            break;
        }
        /* After a given name, one ordinary word can be the family name, and a second one
         * in ال before the end of the phrase (أحمد فوزي الشاذلي). */
        /* (a compound given name too: عماد الدين زيدان) */
        /* (after عبد and a definite word too: "عبد الماجد حمدان قيام القاعدة"; not a verb of
         * the form استفعل, "الوزير عبد العاطي استعرض") */
        if (given &&
            (e == s + 1 ||
             (e == s + 2 && (tok_marker(d, e - 1, MARK_NAME_TAIL) || (abd_compound(d, s) && !form_x_verb(t))))) &&
            (surname_ok(x, t) || demonym_family_name(x, e, end)) &&
            !(t->flags & TOKF_NEWLINE_BEFORE) && !(e == s + 2 && described_before_bi_anna(d, s, e)) &&
            /* (not the verb's object before "by saying": "وختم فيصل الفقرة بالقول") */
            !(tok_has_article(t) && (t->flags & TOKF_COMMON) && by_saying(d, e + 1))) {
            e++;
            /* (after عبد X and a father's name in ال, a family nisba: "عبد الحكيم المبروك
             * الشيباني،") */
            if (e + 1 <= end && e < end && x->owner[e] < 0 && tok_has_article(&d->tokens[e]) &&
                (!tok_has_article(t) || (e == s + 3 && abd_compound(d, s) && tok_nisba_ending(&d->tokens[e]))) &&
                surname_ok(x, &d->tokens[e]) && !masdar_in_ba(d, e + 1) &&
                /* (a common word in ال only after a father's given name or as a nisba: "ووصف
                 * سيرغي فولودين الاتفاقية بأنها" has the verb's object there) */
                (!(d->tokens[e].flags & TOKF_COMMON) || (tok_kinds(t) & LEX_FIRST_NAME) ||
                 d->tokens[e].fold[d->tokens[e].fold_len - 1] == 0x064A || tok_marker(d, e, MARK_NAME_TAIL) ||
                 elative_shape(&d->tokens[e])) &&
                (e + 1 >= end || d->tokens[e + 1].kind == TOK_PUNCT ||
                 (tok_kinds(&d->tokens[e + 1]) & (LEX_STOP | LEX_COMPLEMENTIZER | LEX_VERB)) ||
                 /* (or a relay's قوله: "عن النقيب محمد خير الدويري قوله") */
                 tok_is_qawluh(&d->tokens[e + 1]) ||
                 /* (or, a nisba, before the verb's object: "طالبت النائبة نادية خضير الشمري
                  * الحكومة بأن") */
                 (d->tokens[e].fold[d->tokens[e].fold_len - 1] == 0x064A &&
                  tok_has_article(&d->tokens[e + 1]) && (tok_kinds(&d->tokens[e + 1]) & (LEX_ORG_HEAD | LEX_ROLE_NOUN)))))
                e++;
            else if (e + 1 < end && x->owner[e] < 0 && (d->tokens[e].flags & TOKF_ARABIC) &&
                     tok_is_name_like(lx, &d->tokens[e]) && !tok_manner_participle(&d->tokens[e]) &&
                     (ends_name_phrase(d, e + 1) || tok_is_qawluh(&d->tokens[e + 1])))
                e++; /* رجب طيب أردوغان قد: a bare family name no dictionary knows (or قوله) */
            else if (!tok_has_article(t) && !tok_kinds(t) && grandfathers_name(x, e, end))
                e++; /* محمد حرسي جيدي في */
            break;
        }
        break;
    }
    /* A lone given name that is also a common word is not enough evidence (nor a lone
     * family name that is one: قوه of قوه جيا كون is also قوة, "force") */
    if (e == s + 1) {
        const struct token *t = &d->tokens[s];
        uint32_t k = tok_kinds(t);
        /* (nor is a word with its pronoun ها، هم or هن: "كشف أسمائهم"، "أن يرى مواطنوها"; a
         * lone ه may end a foreign name, زابينه) */
        if ((t->flags & TOKF_COMMON) ||
            (!k && t->fold_len > 4 && t->fold[t->fold_len - 2] == 0x0647 &&
             (t->fold[t->fold_len - 1] == 0x0627 || t->fold[t->fold_len - 1] == 0x0645 ||
              t->fold[t->fold_len - 1] == 0x0646) &&
             tok_pronoun_suffixed(d, t)))
            return s;
        if ((k & LEX_FIRST_NAME) && !(k & LEX_FAMILY_NAME) && tok_is_name_like(lx, t) && (t->flags & TOKF_COMMON))
            return s;
    }
    /* Do not end on a particle (but a syllable after an East Asian family name may read
     * as one: تشاو يي فان) */
    while (e > s && is_particle(&d->tokens[e - 1]) && !(family_first && e - s >= 3))
        e--;
    return e;
}

/* The gender the words around a name give it: a present verb right before it (its ت or
 * ي: "تفتح هان يو ري") or a relative pronoun after its comma (التي، الذي). */
static uint8_t gender_around_name(const struct doc *d, int32_t tb, int32_t te)
{
    if (tb > 0 && d->tokens[tb - 1].sentence == d->tokens[tb].sentence) {
        const struct token *v = &d->tokens[tb - 1];
        if (v->kind == TOK_WORD && !tok_has_article(v) && tok_present_verb_shape(v) && v->fold[0] != 0x0646 &&
            (!v->lex || (tok_kinds(v) & LEX_VERB)))
            return v->fold[0] == 0x062A ? GENDER_FEM : GENDER_MASC;
    }
    if (te + 1 < d->n_tokens && tok_is_comma(&d->tokens[te]))
        return tok_relative_gender(&d->tokens[te + 1]);
    return GENDER_UNKNOWN;
}

static uint8_t person_gender(const struct doc *d, int32_t tb, int32_t te, uint8_t title_gender)
{
    if (title_gender == GENDER_FEM || title_gender == GENDER_MASC)
        return title_gender;
    for (int32_t k = tb; k < te; k++) {
        const struct token *t = &d->tokens[k];
        if ((tok_kinds(t) & LEX_FIRST_NAME) && t->lex->name_gender != GENDER_UNKNOWN)
            return t->lex->name_gender;
    }
    /* منيرة العجمي: an Arabic given name no list holds, ending in ta marbuta (folded ه),
     * is a woman's more often than not (حمزة and أسامة are listed) */
    const struct token *first = &d->tokens[tb];
    if (te - tb >= 2 && (first->flags & TOKF_ARABIC) && !first->lex && first->fold_len >= 4 &&
        first->fold[first->fold_len - 1] == 0x0647 && d->text.u16[first->span.end - 1] == 0x0629)
        return GENDER_FEM;
    /* (an East Asian name's syllables say nothing of it; the verb before it or the
     * relative after it may: "تستعيد تشوي مي ران"، "هان يو ري، التي") */
    if (te - tb >= 2 && (tok_kinds(first) & LEX_FAMILY_NAME))
        return gender_around_name(d, tb, te);
    /* (and so for syllables no list holds as a family name, when the verb before says a
     * woman: "تطبخ سونغ مين جي") */
    int syllables = te - tb >= 2 && te - tb <= 3;
    for (int32_t k = tb; k < te && syllables; k++)
        syllables = tok_east_asian_syllable(&d->tokens[k]);
    if (syllables && gender_around_name(d, tb, te) == GENDER_FEM)
        return GENDER_FEM;
    return GENDER_MASC;
}

/* Words that cannot end a person's name, whatever stands around them: "قوله" of a relay,
 * and a preposition with the article on a common word (بالقرار، للمرة). */
static int not_a_name_word(const struct ent_ctx *x, const struct token *t)
{
    if (t->kind != TOK_WORD || !(t->flags & TOKF_ARABIC) || t->fold_len < 4 ||
        (tok_kinds(t) & (LEX_FIRST_NAME | LEX_FAMILY_NAME | LEX_NAME_PARTICLE)))
        return 0;
    const UChar *f = t->fold;
    int32_t n = t->fold_len;
    if (tok_is_qawluh(t))
        return 1;
    if (f[0] != 0x0628 && f[0] != 0x0644)
        return 0;
    /* ب + ال + stem, or لل + stem. (A preposition on a bare common word is left alone:
     * too many foreign names read that way, بيرغمان as ب + يرغمان.) */
    if (n >= 6 && f[1] == 0x0627 && f[2] == 0x0644)
        return lexicon_is_common(x->lx, f + 3, n - 3);
    if (n >= 5 && f[0] == 0x0644 && f[1] == 0x0644)
        return lexicon_is_common(x->lx, f + 2, n - 2);
    return 0;
}

/* بقلق، بمقر، لبحث: ب or ل on a word the dictionary knows, alone, is no one's name (a
 * longer name may start so: بيرغمان is read with the words around it) */
static int preposition_on_word(const struct ent_ctx *x, const struct token *t)
{
    return !t->lex && (t->flags & TOKF_ARABIC) && t->fold_len >= 4 && (t->fold[0] == 0x0628 || t->fold[0] == 0x0644) &&
           lexicon_is_common(x->lx, t->fold + 1, t->fold_len - 1);
}

/* أبو or أم as written, the particle of a kunya (أبو أحمد، أم راشد) */
static inline int kunya_at(const UChar *f, int32_t n)
{
    return n <= 3 && f[0] == 0x0627 && ((n == 3 && f[1] == 0x0628 && f[2] == 0x0648) || (n == 2 && f[1] == 0x0645));
}

/* أبو at p, written alone (or after و) in the name's sentence? */
static int abu_before(const struct doc *d, int32_t p)
{
    const struct token *t = &d->tokens[p];
    const UChar *f = t->fold + (t->lex_prefix == 1 && t->fold[0] == 0x0648);
    return t->kind == TOK_WORD && t->fold + t->fold_len - f == 3 && kunya_at(f, 3) &&
           t->sentence == d->tokens[p + 1].sentence;
}

/* أبو or أم written behind the one-letter clitic c (لأم، بأم). */
static inline int kunya_behind(const struct token *t, UChar c)
{
    return t->fold_len >= 3 && t->fold[0] == c && kunya_at(t->fold + 1, t->fold_len - 1);
}

/* The word at p, before a name, is a kunya's أم or أبو behind ل, part of the name ("لم
 * تعنِ شيئا لأم محمد السرساوي"). */
static int kunya_behind_lam(const struct ent_ctx *x, int32_t p)
{
    const struct token *t = &x->d->tokens[p];
    return t->lex_prefix == 1 && kunya_behind(t, 0x0644);
}

/* Are a and b the same word as folded, clitics and all? */
static int same_fold(const struct token *a, const struct token *b)
{
    return a->fold_len == b->fold_len && !memcmp(a->fold, b->fold, (size_t)a->fold_len * sizeof *a->fold);
}

/* Do person candidates a and b hold the same name, word for word? */
static int same_name(const struct doc *d, const struct cand *a, const struct cand *b)
{
    if (a->name_te - a->name_tb != b->name_te - b->name_tb)
        return 0;
    for (int32_t i = 0; i < a->name_te - a->name_tb; i++)
        if (!same_fold(&d->tokens[a->name_tb + i], &d->tokens[b->name_tb + i]))
            return 0;
    return 1;
}

/* "وأضاف الحاج محمد أن"، "واستطرد عمي مسعود": a given name alone after an honorific is
 * the one person named in full before with it. The candidate keeps its own words and
 * takes that full name as its name, so that both become one entity. */
static void name_in_full_before(const struct ent_ctx *x, struct cand *c)
{
    const struct doc *d = x->d;
    const struct cand *found = NULL;
    for (int32_t i = 0; i < x->c.n; i++) {
        const struct cand *o = &x->c.v[i];
        if (o->type != ENT_PERSON || !o->accepted || o->tb >= c->tb || o->name_te - o->name_tb < 2 ||
            !same_fold(&d->tokens[o->name_tb], &d->tokens[c->tb]) ||
            (tok_kinds(&d->tokens[o->name_tb]) & (LEX_FAMILY_NAME | LEX_NAME_PARTICLE)))
            continue;
        if (found && !same_name(d, found, o))
            return; /* (two people of that given name: which one?) */
        found = o;
    }
    if (found) {
        c->name_tb = found->name_tb;
        c->name_te = found->name_te;
    }
}

/* "جان-باتيست دو سان-مارتان"، "نام سونغ-تشول": a part glued by a hyphen to a name's last
 * word goes on it, whichever pass read the name; where the name [tb, te) ends after that.
 * (Not a known name or a given name, a second person's: "قمة بوتين-كيم"; an East Asian
 * syllable after one is the name's own.) */
static int32_t hyphen_parts_after(const struct ent_ctx *x, int32_t tb, int32_t te)
{
    const struct doc *d = x->d;
    while (te > tb + 1 && tok_glued_hyphen_after(d, te - 1) && (d->tokens[te + 1].flags & TOKF_ARABIC) &&
           d->tokens[te + 1].sentence == d->tokens[te].sentence && x->owner[te + 1] < 0 && !d->tokens[te + 1].lex_prefix &&
           !(tok_kinds(&d->tokens[te + 1]) & (LEX_STOP | LEX_GAZ | LEX_VERB)) &&
           (!(tok_kinds(&d->tokens[te + 1]) & LEX_FIRST_NAME) ||
            (tok_east_asian_syllable(&d->tokens[te + 1]) && tok_east_asian_syllable(&d->tokens[te - 1]))))
        te += 2;
    return te;
}

/* The same for a part glued before its first word ("يان-ويليم فان دير ميولن"): where the
 * name starts. (Not a title's or a role's word, nor a known name.) */
static int32_t hyphen_parts_before(const struct ent_ctx *x, int32_t tb, int32_t te)
{
    const struct doc *d = x->d;
    while (tb >= 2 && te > tb + 1 && tok_glued_hyphen_after(d, tb - 2) && d->tokens[tb - 2].kind == TOK_WORD &&
           (d->tokens[tb - 2].flags & TOKF_ARABIC) && d->tokens[tb - 2].sentence == d->tokens[tb].sentence &&
           x->owner[tb - 2] < 0 && !d->tokens[tb - 2].lex_prefix &&
           !(tok_kinds(&d->tokens[tb - 2]) & (LEX_STOP | LEX_GAZ | LEX_VERB | LEX_TITLE | LEX_ROLE_NOUN)))
        tb -= 2;
    return tb;
}

static int purpose_verb_at(const struct doc *d, int32_t k);

static int add_person(struct ent_ctx *x, int32_t tb, int32_t te, int32_t role_tb, int32_t role_te,
                      uint16_t classes, uint8_t title_gender, uint8_t source)
{
    const struct doc *d = x->d;
    te = hyphen_parts_after(x, tb, te);
    tb = hyphen_parts_before(x, tb, te);
    /* trailing words only: a name may start with such a word (بسمة الكردي) */
    while (te > tb && not_a_name_word(x, &d->tokens[te - 1]) && !(te < d->n_tokens && te - 2 >= tb &&
                                                                 tok_is_comma(&d->tokens[te]) &&
                                                                 (tok_kinds(&d->tokens[te - 2]) & LEX_FIRST_NAME)) &&
           !(te - 1 > tb && maghrebi_bal(x, &d->tokens[te - 1])))
        te--; /* (but محمد الهادي بالحاج، keeps its family name before the comma, and عمر
               * بالحاج its Maghrebi بال anywhere) */
    if (te == tb || (te == tb + 1 && preposition_on_word(x, &d->tokens[tb])))
        return 0;
    if (tok_son_of_place(d, tb))
        return 0; /* ("ابن مدينة سطيف": a son of a place is an epithet, no name) */
    /* ("جدد السفير الروسي موقف بلاده الداعم لوحدة اليمن وأمنه": و read off the first
     * word joins it to what comes before; a title's holder follows it bare) */
    if (source == CAND_TITLED && role_te == tb && d->tokens[tb].lex_prefix && d->tokens[tb].fold[0] == 0x0648)
        return 0;
    /* ("المسؤول الأممي في اتصال هاتفي": one common word in ي right after an indefinite
     * noun of the title's phrase is that noun's adjective) */
    if (source == CAND_TITLED && te == tb + 1 && tb > 0 && role_te == tb && tok_nisba_ending(&d->tokens[tb]) &&
        (d->tokens[tb].flags & TOKF_COMMON) && !tok_has_article(&d->tokens[tb]) &&
        !(tok_kinds(&d->tokens[tb]) & (LEX_FIRST_NAME | LEX_FAMILY_NAME)) && d->tokens[tb - 1].kind == TOK_WORD &&
        !tok_has_article(&d->tokens[tb - 1]) && (d->tokens[tb - 1].flags & TOKF_COMMON) &&
        !(tok_kinds(&d->tokens[tb - 1]) & (LEX_TITLE | LEX_HONORIFIC)))
        return 0;
    /* ("تقديم المساعدة لهجوم مسلح": so is one common word right after an indefinite
     * noun in ل or ب, which a title's complement would have with its article) */
    if (source == CAND_TITLED && te == tb + 1 && tb > 0 && (d->tokens[tb].flags & TOKF_COMMON) &&
        !tok_has_article(&d->tokens[tb]) && !d->tokens[tb].lex_prefix &&
        !(tok_kinds(&d->tokens[tb]) & (LEX_FIRST_NAME | LEX_FAMILY_NAME)) && d->tokens[tb - 1].kind == TOK_WORD &&
        (d->tokens[tb - 1].fold[0] == 0x0644 || d->tokens[tb - 1].fold[0] == 0x0628) &&
        !tok_has_article_after_clitic(&d->tokens[tb - 1]) && behind_preposition(x, &d->tokens[tb - 1]))
        return 0;
    /* ("لكن الباحث عاد ليقول:": one word right before ل and a present verb, its purpose,
     * is the verb it completes, no name) */
    if (source == CAND_TITLED && te == tb + 1 && te < d->n_tokens && (d->tokens[tb].flags & TOKF_COMMON) &&
        !(tok_kinds(&d->tokens[tb]) & (LEX_FIRST_NAME | LEX_FAMILY_NAME)) && purpose_verb_at(d, te))
        return 0;
    /* ("عن مسؤول تركي رفيع قوله"، "مصدر دبلوماسي تركي": a given name that is also a
     * nationality, right after an indefinite title, is that title's adjective, unless a
     * name's word follows it) */
    if (source == CAND_TITLED && role_te == tb && tb > 0 && !tok_has_article(&d->tokens[tb]) && !d->tokens[tb].lex_prefix &&
        (tok_kinds(&d->tokens[tb]) & LEX_FIRST_NAME) && (tok_kinds(&d->tokens[tb]) & LEX_DEMONYM) &&
        d->tokens[tb - 1].kind == TOK_WORD && !tok_has_article(&d->tokens[tb - 1]) &&
        !(tok_kinds(&d->tokens[tb - 1]) & LEX_HONORIFIC)) {
        int named = 0;
        for (int32_t j = tb + 1; j < te && !named; j++)
            named = !(d->tokens[j].flags & TOKF_COMMON) ||
                    (tok_kinds(&d->tokens[j]) & (LEX_FIRST_NAME | LEX_FAMILY_NAME | LEX_NAME_PARTICLE));
        if (!named)
            return 0;
    }
    /* ("صاحب شركة مقاولات في أوسوريسك": a word right after في, read from a title or the
     * context, is where, not who; pass_places_after_fi has made a place of those no list
     * or dictionary holds) */
    if ((source == CAND_TITLED || source == CAND_CONTEXT) && tb > 0 && tok_is_fi(&d->tokens[tb - 1]) &&
        !(tok_kinds(&d->tokens[tb]) & (LEX_FIRST_NAME | LEX_HONORIFIC)))
        return 0;
    /* ("المعروف باسمه الحركي «فوكس»": a word of the dictionary with its owner's pronoun
     * opens no name) */
    if ((source == CAND_TITLED || source == CAND_CONTEXT) && (d->tokens[tb].flags & TOKF_COMMON) &&
        !(tok_kinds(&d->tokens[tb]) & (LEX_FIRST_NAME | LEX_FAMILY_NAME)) && tok_pronoun_suffixed(d, &d->tokens[tb]))
        return 0;
    /* (in someone's quoted words, a name read from context alone needs a given name or a
     * particle of one: "الموال ... راهو يعاني" is colloquial speech) */
    if (source == CAND_TITLED || source == CAND_CONTEXT) {
        int named = 0;
        for (int32_t j = tb; j < te && !named; j++)
            named = (tok_kinds(&d->tokens[j]) & (LEX_FIRST_NAME | LEX_FAMILY_NAME | LEX_NAME_PARTICLE | LEX_GAZ)) != 0;
        if (!named && inside_quoted_speech(d, tb))
            return 0;
    }
    if (tb > 0 && x->owner[tb - 1] < 0 && kunya_behind_lam(x, tb - 1))
        tb--;
    /* (and so is a bare أبو before it: "أبو سمير قبلاوي"; أم is also "or", and stays out) */
    else if (tb > 0 && x->owner[tb - 1] < 0 && abu_before(d, tb - 1))
        tb--;
    /* "وذكّرت المتحدثة بقضية الطالب إبراهيم سعدون": a feminine title does not name a man's
     * given name; the name stands without it (a masculine one may name a woman: عميد
     * القبول د.منيرة العجمي) */
    const struct token *given = &d->tokens[tb];
    if (role_tb >= 0 && title_gender == GENDER_FEM && (tok_kinds(given) & LEX_FIRST_NAME) &&
        given->lex->name_gender == GENDER_MASC) {
        role_tb = role_te = -1;
        title_gender = GENDER_UNKNOWN;
    }
    struct cand c = {tb, te, tb, te, role_tb, role_te, d->tokens[tb].lex_prefix, 0, ENT_PERSON,
                     person_gender(d, tb, te, title_gender), source, (uint16_t)(classes | CLASS_PERSON), -1, 0};
    /* (a clitic read off a word only as a place's is the name's own letter: بيريفان) */
    if (!(tok_kinds(&d->tokens[tb]) & ~(uint32_t)(LEX_GAZ | LEX_PHRASE_START | LEX_TOPIC)))
        c.skip = 0;
    /* (and so is one right after an honorific, which no preposition follows: الحاج بكير) */
    if (c.skip && tb > 0 && (tok_kinds(&d->tokens[tb - 1]) & LEX_HONORIFIC) && d->tokens[tb - 1].kind == TOK_WORD)
        c.skip = 0;
    if (te == tb + 1 && role_te == tb && role_tb == tb - 1 && (tok_kinds(&d->tokens[role_tb]) & LEX_HONORIFIC) &&
        (tok_kinds(given) & LEX_FIRST_NAME))
        name_in_full_before(x, &c);
    if (add_accepted(x, &c) != 0)
        return -1;
    return 0;
}

/* Is the honorific at h a family name: after a given name and before a mark ("مقدمة
 * البرنامج، مريم السيد،")? An honorific stands before a name, never after one. */
static int honorific_ends_name(const struct doc *d, int32_t h)
{
    const struct token *t = &d->tokens[h];
    return h > 0 && (tok_kinds(t) & LEX_HONORIFIC) && !t->lex_prefix && (tok_kinds(&d->tokens[h - 1]) & LEX_FIRST_NAME) &&
           (h + 1 >= d->n_tokens || d->tokens[h + 1].kind == TOK_PUNCT || d->tokens[h + 1].sentence != t->sentence);
}

/* Does the honorific at h (الشيخ، الأستاذ) stand before a person's name earlier in the
 * text, a name that does not hold the word w? */
static int honorific_named_before(const struct ent_ctx *x, int32_t h, const struct token *w)
{
    const struct doc *d = x->d;
    for (int32_t k = 0; k + 1 < h; k++) {
        if (!same_fold(&d->tokens[k], &d->tokens[h]))
            continue;
        /* (or ended a name as its family name: "مريم السيد، ... وختمت السيد الحلقة") */
        if (honorific_ends_name(d, k))
            return 1;
        if (x->owner[k + 1] < 0)
            continue;
        const struct cand *c = &x->c.v[x->owner[k + 1]];
        if (c->type != ENT_PERSON)
            continue;
        for (int32_t j = c->tb; j < c->te; j++)
            if (same_fold(&d->tokens[j], w))
                return 0;
        return 1;
    }
    return 0;
}

/* After السيد, معالي ...: the name starts here, whether or not its first word is also a
 * common word (منجي بن صالح العياري، السيد العياري). */
/* بوصف: ب or ل on a verb of saying's form, which no name is written as (a common word
 * after the letter is no sign: بنعلي، بلحاج are family names). */
static int clitic_on_verb(const struct token *t)
{
    return t->kind == TOK_WORD && t->fold_len >= 4 && (t->fold[0] == 0x0628 || t->fold[0] == 0x0644) &&
           (t->var_kinds & LEX_VERB) && !(tok_kinds(t) & (LEX_FIRST_NAME | LEX_GAZ));
}

static int bare_word(const struct ent_ctx *x, int32_t k);

static int32_t read_name_after_honorific(const struct ent_ctx *x, int32_t s, int32_t end)
{
    const struct doc *d = x->d;
    const struct token *t = &d->tokens[s];
    /* (د. علي ناصر: a given name that folds like a function word, written with its ي) */
    /* (and صباح, a given name that is also a word of time: time_word_as_given_name) */
    int ali = given_name_like_function_word(d, t) || time_word_as_given_name(x, s, end, 1);
    /* "داتوك ذو الكفل بن إسماعيل"، "اللواء ذو الفقار علي": after an honorific, ذو and the
     * definite word it takes are a compound given name, and the name goes on after them */
    static const UChar dhu[] = {0x0630, 0x0648};
    if (s + 2 < end && t->kind == TOK_WORD && t->fold_len == 2 && !memcmp(t->fold, dhu, sizeof dhu) &&
        x->owner[s] < 0 && x->owner[s + 1] < 0 && tok_has_article(&d->tokens[s + 1]) &&
        !d->tokens[s + 1].lex_prefix && !(tok_kinds(&d->tokens[s + 1]) & (LEX_STOP | LEX_TITLE | LEX_ORG_HEAD))) {
        int32_t rest = read_name(x, s + 2, end);
        return rest > s + 2 ? rest : s + 2;
    }
    if (s >= end || t->kind != TOK_WORD || x->owner[s] >= 0 ||
        (tok_kinds(t) & ((ali ? 0 : LEX_STOP) | LEX_VERB | LEX_COMPLEMENTIZER | LEX_TITLE | LEX_PRONOUN)) ||
        title_of_words_at(x, s))
        return s;
    /* (nor a title of two words or more: "سمو ولي العهد الشيخ X", whose name comes after) */
    const struct lex_entry *phrase;
    if (tok_phrase_at(d, x->lx, s, end, LEX_TITLE | LEX_ROLE_NOUN, 0, &phrase, NULL) >= 2)
        return s;
    /* (after يا the honorific is an address, no name follows: "يا عمي إحنا تعبنا") */
    const struct token *ya = s >= 2 ? &d->tokens[s - 2] : NULL;
    if (ya && ya->kind == TOK_WORD && ya->fold_len == 2 && ya->fold[0] == 0x064A && ya->fold[1] == 0x0627)
        return s;
    /* (nor after one that describes whom it names: "السيدة الأربعينية"، "الحاج السابق") */
    if (tok_marker(d, s, MARK_ROLE_ADJECTIVE))
        return s;
    /* (nor a nationality in ة, which no family name takes: "السيدة الروسية") */
    if (tok_has_article(t) && tok_ta_marbuta(d, t) && tok_is_demonym(x->lx, t))
        return s;
    int32_t e = read_name(x, s, end);
    /* (the name ends before ب or ل on a verb's form: "واستشهد السيد بارك بوصف كيم
     * للعلاقة", by the description) */
    while (e > s + 1 && clitic_on_verb(&d->tokens[e - 1]))
        e--;
    if (e > s)
        return e;
    /* ("ودعا الشيخ الأسر إلى": a definite common word after an honorific that named someone
     * before refers back to him; the word is the verb's object) */
    if (s > 0 && tok_has_article(t) && t->fold[t->fold_len - 1] != 0x064A && honorific_named_before(x, s - 1, t))
        return s;
    /* a first word the usual rules refuse: take it and what reads as the rest */
    e = s + 1;
    while (e < end && e - s < MAX_NAME_TOKENS && x->owner[e] < 0) {
        const struct token *u = &d->tokens[e];
        /* (not how it was said: "واستشهد السيد بارك بوصف الزعيم") */
        if (is_particle(&d->tokens[e - 1]) || (tok_is_name_like(x->lx, u) && !tok_is_manner_after_ba(d, x->lx, e, 0))) {
            e++;
            continue;
        }
        /* (a name's tail makes the first word a compound given name, and one bare word
         * after it, where the phrase ends, is the family name: "مولوي نور الحق ثاقب،") */
        if (e == s + 1 && tok_marker(d, e, MARK_NAME_TAIL)) {
            e++;
            if (e + 1 < end && x->owner[e] < 0 && bare_word(x, e) && !d->tokens[e].lex_prefix &&
                !tok_has_article(&d->tokens[e]) && ends_name_phrase(d, e + 1))
                e++;
            break;
        }
        if (tok_has_article(u) && surname_ok(x, u) && e - s <= 5 &&
            (e + 1 >= end || d->tokens[e + 1].kind == TOK_PUNCT ||
             (tok_kinds(&d->tokens[e + 1]) & (LEX_STOP | LEX_COMPLEMENTIZER | LEX_VERB)))) {
            e++;
            break;
        }
        break;
    }
    return e;
}

/* Is the word at j a bare word that may be a given name though it is also a common word
 * (سلام، نور), with a listed given name after it (سلام كاظم)? */
static int common_word_given_name(const struct ent_ctx *x, int32_t j, int32_t end)
{
    const struct doc *d = x->d;
    const struct token *t = &d->tokens[j];
    return j + 2 < end && t->kind == TOK_WORD && (t->flags & TOKF_ARABIC) && !tok_has_article(t) && !t->lex_prefix &&
           x->owner[j] < 0 && x->owner[j + 1] < 0 &&
           !(tok_kinds(t) & (LEX_STOP | LEX_VERB | LEX_TITLE | LEX_ROLE_NOUN | LEX_ORG_HEAD | LEX_COMPLEMENTIZER | LEX_GROUP)) &&
           (tok_kinds(&d->tokens[j + 1]) & LEX_FIRST_NAME) && !(tok_kinds(&d->tokens[j + 1]) & LEX_STOP);
}

/* "الصحفي المختص في التحقق من الأخبار أنيس الزواري": من and a definite word go on with
 * the role only where a given name follows within a few words; من is more often where
 * the person is from, or what the sentence goes on to ("سأل الصحفي من الحاضرين ...") */
/* (and so do من, a bare word and a nationality, someone's origin: "رجل الأعمال الروسي من
 * أصل كوري فيكتور تسوي") */
static int min_inside_role(const struct ent_ctx *x, int32_t j)
{
    const struct doc *d = x->d;
    if (j + 2 >= d->n_tokens || d->tokens[j + 1].lex_prefix)
        return 0;
    if (!tok_has_article(&d->tokens[j + 1]) &&
        !(d->tokens[j + 1].kind == TOK_WORD && (d->tokens[j + 1].flags & TOKF_COMMON) && !tok_kinds(&d->tokens[j + 1]) &&
          tok_is_demonym(x->lx, &d->tokens[j + 2])))
        return 0;
    for (int32_t c = j + 2; c < d->n_tokens && c - j <= 4; c++) {
        const struct token *t = &d->tokens[c];
        if (t->kind != TOK_WORD || (tok_kinds(t) & (LEX_VERB | LEX_COMPLEMENTIZER)))
            return 0;
        if ((tok_kinds(t) & LEX_FIRST_NAME) && !(tok_kinds(t) & LEX_STOP))
            return 1;
    }
    return 0;
}

/* Words allowed between a title and the name: the rest of the role (nouns, adjectives,
 * "في"/"لدى"/"باسم" phrases, numbers), never a verb or a clause word. */
static int role_word(const struct ent_ctx *x, int32_t j)
{
    const struct token *t = &x->d->tokens[j];
    if (t->kind == TOK_NUMBER)
        return 1;
    if (t->kind != TOK_WORD)
        return 0;
    uint32_t k = tok_kinds(t);
    if (k & (LEX_VERB | LEX_COMPLEMENTIZER | LEX_SOURCE | LEX_TAG | LEX_PRONOUN | LEX_CONJ_BREAK | LEX_COMP_BLOCK))
        return 0;
    if (future_verb(x, t))
        return 0; /* "الدبلوماسية ستبقى منحازة": a clause, no role goes on */
    if ((k & LEX_STATEMENT) && t->lex_prefix > 0 && t->fold[t->lex_prefix - 1] == 0x0628)
        return 0; /* "اكتفى المتحدث بكلمة واحدة:": what was said, after the subject */
    if (tok_manner_before_colon(x->d, x->lx, j))
        return 0; /* "ردّ الوزير بسؤال مضاد:" (not "الوزير نزار بركة أن", a family name) */
    if (k & LEX_STOP) {
        /* في النزاعات الدولية، لدى الأمم المتحدة، المتحدث باسم ... */
        if (tok_marker(x->d, j, MARK_SEAT | MARK_BEHALF))
            return 1;
        /* موفدنا إلى سيول، المبعوث الخاص إلى كوريا: إلى right after the title, before the
         * place it was sent to */
        if (tok_is_ila(t) && j > 0 && j + 1 < x->d->n_tokens && (tok_kinds(&x->d->tokens[j - 1]) & LEX_TITLE) &&
            x->owner[j + 1] >= 0 && x->c.v[x->owner[j + 1]].type == ENT_GPE)
            return 1;
        /* النائب عن الحزب الشيوعي، ممثل عن الوزارة: عن right after the title, or before
         * the body or place the holder stands for (عضو المجلس البلدي عن قائمة «X») */
        if (!tok_is_an(t) || j == 0)
            return 0;
        if (j + 1 >= x->d->n_tokens)
            return 0;
        /* (not before a noun with a pronoun, the verb's object: "أعرب الوزير عن قلقه") */
        if (tok_kinds(&x->d->tokens[j - 1]) & LEX_TITLE)
            return !tok_written_pronoun(x->d, &x->d->tokens[j + 1]);
        int32_t o = x->owner[j + 1];
        return (tok_kinds(&x->d->tokens[j + 1]) & LEX_ORG_HEAD) ||
               (o >= 0 && (x->c.v[o].type == ENT_ORG || x->c.v[o].type == ENT_GPE));
    }
    return 1;
}

/* محمد الهادي بالحاج،، عبدو سعادة،: after a given name, the last word before the comma is
 * the family name, even one that reads as a preposition and the article or as a title */
static int family_before_comma(const struct ent_ctx *x, int32_t s, int32_t e, int32_t end)
{
    const struct doc *d = x->d;
    const struct token *first = &d->tokens[s], *t = &d->tokens[e];
    return e > s && e + 1 < end && tok_is_comma(&d->tokens[e + 1]) && t->kind == TOK_WORD &&
           ((tok_kinds(first) & LEX_FIRST_NAME) || tok_is_name_like(x->lx, first)) && !tok_is_demonym(x->lx, t) &&
           !(tok_kinds(t) & (LEX_STOP | LEX_VERB | LEX_COMPLEMENTIZER | LEX_PRONOUN | LEX_COMP_BLOCK));
}

/* A name set off by commas after a role: "المتحدث باسم الوزارة، لين جيان، ..." —
 * up to four words, none of them a function word, at least one that looks like a name. */
static int32_t comma_name(const struct ent_ctx *x, int32_t s, int32_t end)
{
    const struct doc *d = x->d;
    int32_t e = s, namelike = 0;
    /* "مراسل التلفزيون في سول، حسان الزين، بأن": two or three words set off between the
     * role and the complementizer or verb are the name, however common the words */
    int32_t c = s;
    /* (four when one half is a compound given name: "، عباس نور الدين البياتي،") */
    int32_t most = s + 2 < end && (tok_marker(d, s + 1, MARK_NAME_TAIL) || tok_marker(d, s + 2, MARK_NAME_TAIL)) ? 4 : 3;
    while (c < end && c - s < most && d->tokens[c].kind == TOK_WORD && (d->tokens[c].flags & TOKF_ARABIC) &&
           !tok_has_prep_clitic(&d->tokens[c]) && x->owner[c] < 0 &&
           !(tok_kinds(&d->tokens[c]) & (LEX_STOP | LEX_VERB | LEX_COMPLEMENTIZER | LEX_TITLE | LEX_ROLE_NOUN |
                                          LEX_ORG_HEAD | LEX_GROUP | LEX_PRONOUN | LEX_GAZ)))
        c++;
    /* (not an aside on the speaker whose last word carries a pronoun: "، فضّل حجب اسمه،") */
    if (c - s >= 2 && c + 1 < end && tok_is_comma(&d->tokens[c]) && !tok_has_article(&d->tokens[s]) &&
        (tok_kinds(&d->tokens[c + 1]) & (LEX_COMPLEMENTIZER | LEX_VERB)) &&
        !((d->tokens[c - 1].flags & TOKF_COMMON) && tok_written_pronoun(d, &d->tokens[c - 1])))
        return c;
    while (e < end && e - s < 6) {
        const struct token *t = &d->tokens[e];
        /* هي-يونغ: syllables glued by a hyphen, whatever the words, and a name's sign
         * ("، نام جي-وون،": نام "slept") */
        if (tok_is_dash(t) && e > s && !(t->flags & TOKF_SPACE_BEFORE) && e + 1 < end &&
            !(d->tokens[e + 1].flags & TOKF_SPACE_BEFORE) && d->tokens[e + 1].kind == TOK_WORD) {
            e += 2;
            namelike++;
            continue;
        }
        if (e + 1 < end && tok_is_dash(&d->tokens[e + 1]) && !(d->tokens[e + 1].flags & TOKF_SPACE_BEFORE) &&
            t->kind == TOK_WORD && x->owner[e] < 0) {
            e++;
            continue;
        }
        if (t->kind != TOK_WORD || x->owner[e] >= 0)
            break;
        uint32_t k = tok_kinds(t);
        if (e > s && (tok_kinds(&d->tokens[s]) & LEX_FAMILY_NAME) && tok_east_asian_syllable(t)) {
            e++; /* جونغ هي وون: given syllables that are also Arabic words */
            continue;
        }
        if (family_before_comma(x, s, e, end) && (t->lex_prefix > 0 || (k & (LEX_TITLE | LEX_HONORIFIC | LEX_ROLE_NOUN)))) {
            e++; /* بالحاج، سعادة: a family name that reads as ب + a word, or as a title */
            continue;
        }
        /* (علي written with its ي, last before the comma: "، شيار علي،" is a name) */
        if (e > s && e + 1 < end && tok_is_comma(&d->tokens[e + 1]) && given_name_like_function_word(d, t)) {
            e++;
            namelike++;
            continue;
        }
        if ((k & (LEX_STOP | LEX_VERB | LEX_COMPLEMENTIZER | LEX_TITLE | LEX_ROLE_NOUN | LEX_ORG_HEAD |
                  LEX_GROUP | LEX_PRONOUN | LEX_COMP_BLOCK)) ||
            (tok_has_article(t) && !(k & LEX_FIRST_NAME) && (t->flags & TOKF_COMMON) && !family_before_comma(x, s, e, end)) ||
            tok_is_demonym(x->lx, t))
            return s; /* (أليكسي، إلسه: names that read as if they had the article) */
        /* (set off after a role, a word the list holds only with a suffix taken off is
         * a name too: سيلين، دوبوا are not سيل + ين, دوب + وا) */
        if (tok_marker(d, e, MARK_NEGATION_NOUN))
            return s; /* "، طلب عدم نشر اسمه،": an aside on the speaker, no name */
        namelike += tok_is_name_like(x->lx, t) ||
                    ((t->flags & TOKF_ARABIC) && !k && !t->lex_prefix && !tok_has_article(t) && t->fold_len >= 4 &&
                     !lexicon_is_common_as_written(x->lx, t->fold, t->fold_len) && !tok_pronoun_suffixed(d, t));
        e++;
    }
    if (e == s || !namelike || e >= end || !tok_is_comma(&d->tokens[e]))
        return s;
    return e;
}

/* Is token k the second word of a rank of two (الملازم أول، الفريق أول)? Inside a longer
 * role, "قائد المدفعية الملازم أول سيرغي X"، "نائب رئيس الأركان الفريق أول جو تشول-ون",
 * it belongs to the role, not to the name after it. */
static int second_word_of_rank(const struct ent_ctx *x, int32_t k)
{
    const struct lex_entry *rank;
    return k > 0 && tok_phrase_at(x->d, x->lx, k - 1, k + 1, LEX_TITLE, 0, &rank, NULL) == 2;
}

/* Short syllables of an East Asian name that are also Arabic words (سو مي تيري) stand
 * just before the part that was recognised; take up to two back. */
static int32_t extend_back(const struct ent_ctx *x, int32_t s, int32_t floor)
{
    const struct doc *d = x->d;
    int32_t b = s;
    while (b > floor && s - b < 2) {
        const struct token *t = &d->tokens[b - 1];
        uint32_t k = tok_kinds(t);
        if (t->kind != TOK_WORD || !(t->flags & TOKF_ARABIC) || t->fold_len > 3 || tok_has_article(t) ||
            x->owner[b - 1] >= 0 ||
            (k & (LEX_STOP | LEX_VERB | LEX_COMPLEMENTIZER | LEX_TITLE | LEX_ROLE_NOUN | LEX_ORG_HEAD | LEX_GROUP |
                  LEX_PRONOUN | LEX_COMP_BLOCK | LEX_GAZ)) ||
            second_word_of_rank(x, b - 1))
            break;
        b--;
    }
    /* only when what precedes is the end of a role: a definite word, a demonym, a place,
     * or the one word of an organisation's name after its head (جامعة فودان | لي ...) */
    if (b < s) {
        const struct token *p = &d->tokens[b - 1];
        int after_org_name = b >= 2 && org_head_token(x, b - 2);
        if (!(tok_has_article(p) || tok_is_demonym(x->lx, p) || x->owner[b - 1] >= 0 || after_org_name))
            return s;
    }
    return b;
}

/* ليؤكد، ليضيف: ل and a present verb, the purpose of a verb before it ("محمد نور عاد
 * ليؤكد": عاد, "went on", is that verb, no family name). */
static int purpose_verb_at(const struct doc *d, int32_t k)
{
    const struct token *t = &d->tokens[k];
    return t->lex_prefix && t->fold[0] == 0x0644 && (tok_kinds(t) & LEX_VERB);
}

/* رودريغيز، دياز: a Spanish family name in -ez, the father's, which the mother's may
 * follow (ميغيل دياز كانيل). */
static int spanish_paternal(const struct token *t)
{
    const UChar *f = t->fold;
    int32_t n = t->fold_len;
    return t->kind == TOK_WORD && !t->lex_prefix && n >= 4 && f[n - 1] == 0x0632 &&
           (f[n - 2] == 0x064A || (n == 4 && f[0] == 0x062F && f[1] == 0x064A && f[2] == 0x0627));
}

/* Foreign names that happen to be Arabic words (تيري) end the speaker's phrase just
 * before a comma, a quotation mark or a complementiser: take up to two of them. */
static int32_t extend_forward(const struct ent_ctx *x, int32_t e, int32_t end)
{
    const struct doc *d = x->d;
    /* "البابا شنودة الثالث"، "بنديكتوس السادس عشر": a pope's or a king's ordinal */
    if (e < end && x->owner[e] < 0 && tok_has_article(&d->tokens[e]) && tok_marker(d, e, MARK_REGNAL)) {
        e++;
        if (e < end && x->owner[e] < 0 && !tok_has_article(&d->tokens[e]) && tok_marker(d, e, MARK_REGNAL))
            e++;
        return e;
    }
    /* (the ordinal's first word read as a family name in ال: "لاون الرابع | عشر") */
    if (e < end && e > 0 && x->owner[e] < 0 && !tok_has_article(&d->tokens[e]) && tok_marker(d, e, MARK_REGNAL) &&
        tok_has_article(&d->tokens[e - 1]) && tok_marker(d, e - 1, MARK_REGNAL))
        return e + 1;
    int32_t f = e;
    while (f < end && f - e < 2) {
        const struct token *t = &d->tokens[f];
        uint32_t k = tok_kinds(t);
        int pronoun_suffix = (t->flags & TOKF_COMMON) && tok_object_pronoun_len(t);
        /* (the mother's family name after a Spanish father's is no ك and a word: كانيل) */
        int maternal = f == e && f > 0 && spanish_paternal(&d->tokens[f - 1]);
        if (t->kind != TOK_WORD || t->fold_len < 2 || tok_has_article(t) || x->owner[f] >= 0 ||
            tok_is_demonym(x->lx, t) || (t->flags & TOKF_NEWLINE_BEFORE) || pronoun_suffix ||
            (prep_clitic(x, t) && !(maternal && t->fold[0] == 0x0643)) || tok_lam_noun_ours(t) ||
            (k & (LEX_STOP | LEX_VERB | LEX_COMPLEMENTIZER | LEX_TITLE | LEX_ROLE_NOUN | LEX_ORG_HEAD | LEX_GROUP |
                  LEX_PRONOUN | LEX_COMP_BLOCK | LEX_GAZ | LEX_SOURCE | LEX_TAG)))
            break;
        if (tok_is_manner_after_ba(x->d, x->lx, (int32_t)(t - x->d->tokens), 1) ||
            tok_is_accusative_common(x->lx, t) || tok_manner_participle(t))
            break; /* (أجاب رشيد بحذر; نشر أحمد السالمي بيانا قال فيه; فرد سامي ضاحكا) */
        /* (وجي-يون: و before a hyphenated name starts a second person) */
        if (t->fold[0] == 0x0648 && !(k & (LEX_FIRST_NAME | LEX_FAMILY_NAME)) && f + 1 < end &&
            tok_is_dash(&d->tokens[f + 1]) && !(d->tokens[f + 1].flags & TOKF_SPACE_BEFORE))
            break;
        f++;
    }
    if (f == e)
        return e;
    /* (السائق أحمد عمر أقل حماسا: two words the dictionary knows describe the person; one
     * may be a family name, as مقدم in حميد رضا مقدم) */
    int described = f - e == 2;
    for (int32_t i = e; i < f && described; i++)
        described = (d->tokens[i].flags & TOKF_COMMON) && !(tok_kinds(&d->tokens[i]) & (LEX_FIRST_NAME | LEX_FAMILY_NAME));
    if (described)
        return e;
    if (f >= end)
        return f;
    const struct token *b = &d->tokens[f];
    uint32_t k = tok_kinds(b);
    if (b->kind == TOK_PUNCT || (k & LEX_COMPLEMENTIZER) || ((k & LEX_VERB) && !purpose_verb_at(d, f)))
        return f;
    /* (or the verb's own preposition before أن: "شددت ... زابينه كلاين على أن"، "أشار X إلى أن") */
    if ((tok_is_ala(b) || tok_is_ila(b) || tok_is_min(b)) && f + 1 < end &&
        (tok_kinds(&d->tokens[f + 1]) & LEX_COMPLEMENTIZER) && !d->tokens[f + 1].lex_prefix)
        return f;
    /* (or where he is from, after a family name no dictionary holds or one in ي: "الحاج
     * قويدر مختاري من منطقة وادي رهيو") */
    const struct token *last = &d->tokens[f - 1];
    if (tok_is_min(b) && (!(last->flags & TOKF_COMMON) || d->text.u16[last->span.end - 1] == 0x064A))
        return f; /* (ي as written: "يزن العتوم تعافى من الإصابة" ends in a verb's ى) */
    return e;
}

static int bare_word(const struct ent_ctx *x, int32_t k)
{
    const struct token *t = &x->d->tokens[k];
    uint32_t kinds = tok_kinds(t);
    return t->kind == TOK_WORD && (t->flags & TOKF_ARABIC) && t->fold_len >= 2 && x->owner[k] < 0 &&
           !(kinds & (LEX_STOP | LEX_VERB | LEX_COMPLEMENTIZER | LEX_TITLE | LEX_ROLE_NOUN | LEX_ORG_HEAD |
                      LEX_GROUP | LEX_PRONOUN | LEX_GAZ | LEX_COMP_BLOCK | LEX_SOURCE | LEX_STATEMENT)) &&
           !tok_has_article(t) && !tok_is_demonym(x->lx, t) && !prep_clitic(x, t) && !future_verb(x, t) &&
           !tok_marker(x->d, k, MARK_ROLE_ADJECTIVE) &&
           !tok_is_accusative_common(x->lx, t); /* (بيانا; an adverb too: ضمنيا، رسميا) */
}

/* "لين جيان اليوم (الجمعة) إن": function words (a day, "أمس") and a parenthesis
 * between a name and its verb or complementiser. */
static int time_words_then_clause(const struct doc *d, int32_t j)
{
    int32_t limit = j + 5 < d->n_tokens ? j + 5 : d->n_tokens;
    if (!(tok_kinds(&d->tokens[j]) & LEX_STOP))
        return 0;
    for (int32_t k = j; k < limit; k++) {
        const struct token *t = &d->tokens[k];
        uint32_t kinds = tok_kinds(t);
        if (kinds & (LEX_VERB | LEX_COMPLEMENTIZER))
            return k > j;
        if (t->kind == TOK_PUNCT ? (t->fold[0] != '(' && t->fold[0] != ')') : !(kinds & LEX_STOP))
            return 0;
    }
    return 0;
}

/* The run of bare words (no article, not a function word or a known noun of role) that
 * ends just before token `end`, at most three words (a hyphenated pair counts as one)
 * and not before `floor`. After an organisation's head noun its first word belongs to
 * the organisation (جامعة فودان | لي شياو-تشين). A family name in ال may close the run
 * (سامح الشناوي). Returns the run's start, or `end`. */
static int32_t bare_run_before(const struct ent_ctx *x, int32_t end, int32_t floor)
{
    const struct doc *d = x->d;
    if (end >= d->n_tokens)
        return end;
    const struct token *boundary = &d->tokens[end];
    uint32_t bk = tok_kinds(boundary);
    if (!(boundary->kind == TOK_PUNCT || (bk & (LEX_VERB | LEX_COMPLEMENTIZER))) && !time_words_then_clause(d, end))
        return end;
    /* "وختم الوزير كلمته بالإشارة إلى": before a masdar in ب stands the verb's object */
    if (masdar_in_ba(d, end))
        return end;
    /* "وعلل الوزير موقفه بأن": so does a common noun with its possessive pronoun */
    if (end - 1 >= floor && (d->tokens[end - 1].flags & TOKF_COMMON) && tok_pronoun_suffixed(d, &d->tokens[end - 1]))
        return end;
    /* "وأضافت الطالبة مبتسمة:": and how it was said, a participle in the accusative */
    if (end - 1 >= floor && tok_manner_participle(&d->tokens[end - 1]))
        return end;
    int32_t b = end, words = 0;
    /* given name, then a family name in ال that no dictionary knows */
    if (end - 2 >= floor) {
        const struct token *fam = &d->tokens[end - 1];
        if (fam->kind == TOK_WORD && (fam->flags & TOKF_ARABIC) && tok_has_article(fam) && !(fam->flags & TOKF_COMMON) &&
            !tok_kinds(fam) && x->owner[end - 1] < 0 && !tok_is_demonym(x->lx, fam) && bare_word(x, end - 2)) {
            b = end - 1;
            words = 1;
        }
    }
    while (b > floor && words < 3) {
        if (b - 2 >= floor && tok_is_dash(&d->tokens[b - 2]) && !(d->tokens[b - 2].flags & TOKF_SPACE_BEFORE) &&
            !(d->tokens[b - 1].flags & TOKF_SPACE_BEFORE) && d->tokens[b - 1].kind == TOK_WORD &&
            b - 3 >= floor && d->tokens[b - 3].kind == TOK_WORD) {
            b -= 3; /* X-Y */
            words++;
            continue;
        }
        if (!bare_word(x, b - 1))
            break;
        b--;
        words++;
    }
    if (b < end && b > 0 && ((tok_kinds(&d->tokens[b - 1]) & LEX_ORG_HEAD) ||
                             org_head_token(x, b - 1)))
        b++;
    while (b < end && tok_is_dash(&d->tokens[b]))
        b++;
    return b;
}

/* عاما، عاماً، عام، سنة: "years", after an age */
static int is_years(const struct token *t)
{
    static const UChar am[] = {0x0639, 0x0627, 0x0645}, sana[] = {0x0633, 0x0646, 0x0647},
                       sanawat[] = {0x0633, 0x0646, 0x0648, 0x0627, 0x062A};
    return t->kind == TOK_WORD && ((t->fold_len >= 3 && t->fold_len <= 4 && !memcmp(t->fold, am, sizeof am) &&
                                    (t->fold_len == 3 || t->fold[3] == 0x0627)) ||
                                   (t->fold_len == 3 && !memcmp(t->fold, sana, sizeof sana)) ||
                                   (t->fold_len == 5 && !memcmp(t->fold, sanawat, sizeof sanawat)));
}

/* "يقف فرهود (34 عاما) كل مساء": a word of the dictionary in ي or ت that no list holds as
 * a name is a present verb before the person, the feature pages' opening (يقف، تضع), not
 * their given name. */
static int present_verb_of_dictionary(const struct token *t)
{
    return t->kind == TOK_WORD && (t->flags & TOKF_COMMON) && t->fold_len >= 3 && !t->lex_prefix &&
           (t->fold[0] == 0x064A || t->fold[0] == 0x062A) && !(tok_kinds(t) & (LEX_FIRST_NAME | LEX_FAMILY_NAME));
}

/* "«سو-ري» (اسم مستعار)"، "لي جون هو (اسم مستعار)": the words right before "(a borrowed
 * name)" are a person's name, in marks or not, whatever they also mean. */
static int pass_pseudonyms(struct ent_ctx *x)
{
    static const UChar ism[] = {0x0627, 0x0633, 0x0645}, mustaar[] = {0x0645, 0x0633, 0x062A, 0x0639, 0x0627, 0x0631};
    const struct doc *d = x->d;
    /* (every token is looked at: the count and the array stay in registers) */
    const struct token *tokens = d->tokens;
    int32_t n = d->n_tokens;
    for (int32_t k = 1; k + 3 < n; k++) {
        const struct token *t = &tokens[k];
        if (t->kind != TOK_PUNCT)
            continue;
        /* (or in commas: "حسام، 38 عاما، محام:"، "وتؤكد نورهان، 24 عاما، طالبة") */
        int in_commas = tok_is_comma(t) && tok_is_comma(&tokens[k + 3]);
        /* (or said after a comma: "يعيش «سونغ-ها»، وهو اسم مستعار لعامل ...") */
        const struct token *a = &tokens[k + 1], *b = &tokens[k + 2], *c = &tokens[k + 3];
        int said_after_comma = tok_is_comma(t) && !in_commas && a->fold_len == 3 && a->fold[0] == 0x0648 &&
                               a->fold[1] == 0x0647 && (a->fold[2] == 0x0648 || a->fold[2] == 0x064A);
        if (said_after_comma) {
            a = b;
            b = c;
        }
        if (!in_commas && !said_after_comma && (!is_paren(t, '(') || !is_paren(&tokens[k + 3], ')')))
            continue;
        int pseudonym = !in_commas && a->fold_len == 3 && !memcmp(a->fold, ism, sizeof ism) && b->fold_len == 6 &&
                        !memcmp(b->fold, mustaar, sizeof mustaar);
        /* "صباح كاظم (52 عاماً)": an age in parentheses follows a person too */
        int age = a->kind == TOK_NUMBER && is_years(b);
        if (!pseudonym && !age)
            continue;
        int32_t e = k, s = k;
        if (is_quote_mark(&d->tokens[k - 1])) { /* «سو-ري» */
            e = k - 1;
            s = e;
            while (s > 0 && e - s < 5 && !is_quote_mark(&d->tokens[s - 1]) &&
                   (d->tokens[s - 1].kind == TOK_WORD || tok_is_dash(&d->tokens[s - 1])))
                s--;
            if (s == 0 || !is_quote_mark(&d->tokens[s - 1]))
                continue;
        } else { /* لي جون هو: up to three words that name no one else */
            /* (a two-letter syllable may spell a function word: لي، هو; سو-ري: a hyphen
             * glued on both sides joins two parts) */
            for (int words = 0; s > 0 && words < 3 && d->tokens[s - 1].sentence == t->sentence;) {
                const struct token *p = &d->tokens[s - 1];
                if (tok_is_dash(p) && s > 1 && s < k && !(p->flags & TOKF_SPACE_BEFORE) &&
                    !(d->tokens[s].flags & TOKF_SPACE_BEFORE) && d->tokens[s - 2].kind == TOK_WORD) {
                    s--;
                    continue;
                }
                /* (a given name that is also a function word, صباح, right after the verb) */
                int stop_name = p->fold_len >= 4 && s >= 2 &&
                                ((tok_kinds(&d->tokens[s - 2]) & LEX_VERB) || d->tokens[s - 2].kind == TOK_PUNCT);
                /* (nor أما, nor a noun with its owner's pronoun: "أما جارته رحمة (63 عاماً)"; nor
                 * a present verb in و: "ويدرس دراغمة (22 عاما)") */
                if (p->kind != TOK_WORD || x->owner[s - 1] >= 0 || (words > 0 && tok_has_article(p)) ||
                    tok_is_amma(p) || (words > 0 && tok_pronoun_suffixed(d, p)) ||
                    (tok_kinds(p) & (LEX_VERB | LEX_TITLE | LEX_ROLE_NOUN | LEX_COMPLEMENTIZER)) ||
                    verb_behind_particle(p, 0x0648) || ((tok_kinds(p) & LEX_STOP) && p->fold_len != 2 && !stop_name) ||
                    (words > 0 && present_verb_of_dictionary(p)))
                    break;
                s--;
                words++;
            }
        }
        /* (an age alone does not make a person of common words: "رجل (40 عاما)") */
        int owned = 0, named = pseudonym;
        for (int32_t j = s; j < e; j++) {
            owned |= x->owner[j] >= 0;
            named |= !(d->tokens[j].flags & TOKF_COMMON) || (tok_kinds(&d->tokens[j]) & LEX_FIRST_NAME);
        }
        /* (but a title before them does: "الصغير أنيس (11 سنة)") */
        const struct lex_entry *title = s > 0 && (tok_kinds(&d->tokens[s - 1]) & LEX_TITLE) ? d->tokens[s - 1].lex : NULL;
        if (!named && !title)
            continue;
        if (s < e && !owned &&
            add_person(x, s, e, title ? s - 1 : -1, title ? s : -1, title ? title->role_classes : 0,
                       title ? title->role_gender : GENDER_UNKNOWN, title ? CAND_TITLED : CAND_CONTEXT) != 0)
            return -1;
    }
    return 0;
}

/* The end of a place's name no list holds right after a bare في at k: one or two words
 * that are neither the dictionary's nor any list's (في بورلامار، في أوسوريسك), else k. */
static int32_t foreign_place_after_fi(const struct ent_ctx *x, int32_t k, int32_t end)
{
    const struct doc *d = x->d;
    int32_t e = k;
    while (e < end && e - k < 3 && x->owner[e] < 0) {
        const struct token *t = &d->tokens[e];
        if (t->kind != TOK_WORD || !(t->flags & TOKF_ARABIC) || (t->flags & TOKF_COMMON) || tok_kinds(t) ||
            t->lex_prefix || tok_has_article(t) || t->fold_len < 4 || tok_pronoun_suffixed(d, t))
            break;
        e++;
    }
    return e - k <= 2 ? e : k;
}

/* "رئيس النادي العربي في بورلامار، السوري الأصل X": the words no list holds after a
 * bare في are where, before any title reads them as its holder's name. */
static int pass_places_after_fi(struct ent_ctx *x)
{
    const struct doc *d = x->d;
    for (int32_t k = 1; k < d->n_tokens; k++) {
        if (!tok_is_fi(&d->tokens[k - 1]) || x->owner[k] >= 0)
            continue;
        int32_t e = foreign_place_after_fi(x, k, sentence_end(d, k));
        if (e == k)
            continue;
        struct cand place = {k, e, k, e, -1, -1, 0, 0, ENT_GPE, GENDER_FEM, CAND_CONTEXT, 0, -1, 0};
        if (add_accepted(x, &place) != 0)
            return -1;
        k = e - 1;
    }
    return 0;
}

/* "البرتغالي جواو سانتوس": a definite nationality adjective before two or three words no
 * dictionary knows introduces a foreign person (the sports and features pages' habit). */
static int pass_demonym_names(struct ent_ctx *x)
{
    const struct doc *d = x->d;
    int32_t n = d->n_tokens, li = 0;
    /* (a nationality in ال is among the heads list_starts() collected: words in ال) */
    for (int32_t k = list_next(&x->heads, &li, 0, n); k + 2 < n; k = list_next(&x->heads, &li, k + 1, n)) {
        const struct token *t = &d->tokens[k];
        if (t->kind != TOK_WORD || t->fold_len < 5 || t->fold[0] != 0x0627 || t->fold[1] != 0x0644 ||
            t->fold[t->fold_len - 1] != 0x064A || x->owner[k] >= 0 || !tok_is_demonym(x->lx, t))
            continue;
        int32_t j = k + 1;
        while (j < n && j - k <= 3 && d->tokens[j].sentence == t->sentence && x->owner[j] < 0 &&
               !(d->tokens[j].flags & TOKF_NEWLINE_BEFORE) && tok_is_name_like(x->lx, &d->tokens[j]) &&
               !prep_clitic(x, &d->tokens[j]) && !future_verb(x, &d->tokens[j]))
            j++;
        /* (ويلوبي-هارت: a hyphen glued on both sides joins the parts of a name) */
        if (j > k + 1 && j + 1 < n && tok_is_dash(&d->tokens[j]) && !(d->tokens[j].flags & TOKF_SPACE_BEFORE) &&
            !(d->tokens[j + 1].flags & TOKF_SPACE_BEFORE) && d->tokens[j + 1].kind == TOK_WORD && x->owner[j + 1] < 0)
            j += 2;
        /* (a particle the words ran into takes the word that closes the name, and the
         * Spanish article before it: "الكولومبي إرنستو سالدانيا دي لا بيغا"; a particle
         * left alone at the end is none of the name's) */
        if (j > k + 2 && is_particle(&d->tokens[j - 1])) {
            int32_t c = spanish_article_after_de(d, j) ? j + 1 : j;
            j = word_closing_a_name(x, c, sentence_end(d, k)) ? c + 1 : j - 1;
        }
        /* (a known given name is read whole by pass_given_names: الإيراني حميد رضا مقدم) */
        if (j - k - 1 < 2 || (tok_kinds(&d->tokens[k + 1]) & LEX_FIRST_NAME))
            continue;
        /* (nor is a nationality that describes the noun before it, no title: "السائح الروسي
         * لسه بيحب ..." is a tourist, and the words after it a dialect's) */
        const struct token *noun = k > 0 ? &d->tokens[k - 1] : NULL;
        if (noun && noun->kind == TOK_WORD && tok_has_article(noun) && !tok_is_demonym(x->lx, noun) &&
            !(tok_kinds(noun) & (LEX_TITLE | LEX_ROLE_NOUN)))
            continue;
        if (add_person(x, k + 1, j, -1, -1, 0, GENDER_UNKNOWN, CAND_CONTEXT) != 0)
            return -1;
        k = j - 1;
    }
    return 0;
}

/* Do tokens [b, e) of a mention (its first word read past `skip` units) spell the last
 * words of person candidate o? */
static int ends_person(const struct ent_ctx *x, const struct cand *o, int32_t b, int32_t e, int32_t skip)
{
    const struct doc *d = x->d;
    int32_t n = e - b, ob = o->te - n;
    if (ob <= o->tb)
        return 0; /* (the whole of o is no family name of it) */
    for (int32_t i = 0; i < n; i++) {
        const struct token *t = &d->tokens[b + i], *u = &d->tokens[ob + i];
        int32_t off = i == 0 ? skip : 0;
        if (t->fold_len - off != u->fold_len || memcmp(t->fold + off, u->fold, (size_t)u->fold_len * sizeof(UChar)))
            return 0;
    }
    return 1;
}

/* Are the words [b, e) the last words of a person's name read before them? */
static int family_name_of_earlier(const struct ent_ctx *x, int32_t b, int32_t e)
{
    for (int32_t i = 0; i < x->c.n; i++) {
        const struct cand *c = &x->c.v[i];
        if (c->type == ENT_PERSON && c->accepted && c->te <= b && ends_person(x, c, b, e, 0))
            return 1;
    }
    return 0;
}

/* "ونفى الطيب وجود خلافات"، "لخص عبد الرؤوف حال السلك": the family name of someone named
 * in full before, then a word the dictionary holds and no name list, is the name and the
 * verb's object; where the name [s, e) so read ends */
static int32_t family_name_then_object(const struct ent_ctx *x, int32_t s, int32_t e)
{
    /* (the object may take an adjective: "وأكد الحاج دعمه الكامل") */
    for (int32_t f = s + 1; f < e && f <= s + 2; f++) {
        const struct token *object = &x->d->tokens[f];
        if ((object->flags & TOKF_COMMON) && !(tok_kinds(object) & (LEX_FIRST_NAME | LEX_FAMILY_NAME)) &&
            family_name_of_earlier(x, s, f))
            return f;
    }
    return e;
}

/* Is one of the words [b, e) a given name, or a word no dictionary holds (not a bare
 * adjective in ي/ية, which the dictionary may lack in that form: غذائية)? */
static int unknown_or_given(const struct ent_ctx *x, int32_t b, int32_t e)
{
    for (int32_t q = b; q < e; q++) {
        const struct token *t = &x->d->tokens[q];
        if (tok_kinds(t) & LEX_FIRST_NAME)
            return 1;
        if (!(t->flags & TOKF_COMMON) && !(tok_nisba_ending(t) && !tok_has_article(t)))
            return 1;
    }
    return 0;
}

/* Is the word at j, which no name opens (after a role's في or its own noun in construct),
 * a town no dictionary knows: "سائق شاحنة في أنفرس"، "مدير منفذ سفوان لـ«...»" (after the
 * noun, only where the phrase plainly ends, and no adjective in ي)? Not in quoted speech. */
static int town_after_role(const struct ent_ctx *x, int32_t j, int after_construct)
{
    const struct doc *d = x->d;
    const struct token *t = &d->tokens[j], *after = &d->tokens[j + 1];
    if (x->owner[j] >= 0 || (t->flags & TOKF_COMMON) || tok_kinds(t) || !(t->flags & TOKF_ARABIC))
        return 0;
    if (after_construct && (tok_nisba_ending(t) || !((tok_kinds(after) & LEX_COMPLEMENTIZER) ||
                                                     tok_is_lone_lam(after) || after->kind == TOK_PUNCT)))
        return 0;
    return !inside_quoted_speech(d, j);
}

/* A title at k whose own words end before name_floor is definite: in ال, or in construct
 * with a definite word (رئيس الوزراء). */
static int definite_title(const struct doc *d, int32_t k, int32_t name_floor)
{
    return tok_has_article(&d->tokens[k]) || (name_floor - 1 > k && tok_has_article(&d->tokens[name_floor - 1]));
}

/* Between a title's end and a run of bare words [b, e): only its adjectives in ال (السناتور
 * الجمهوري جيم ريش), and no word of the run carries a clitic ("لفترة أطول" is no name). */
static int only_adjectives_between(const struct ent_ctx *x, int32_t floor, int32_t b, int32_t e)
{
    const struct doc *d = x->d;
    for (int32_t k = floor; k < b; k++)
        if (d->tokens[k].kind != TOK_WORD || !tok_has_article(&d->tokens[k]) || d->tokens[k].lex_prefix ||
            x->owner[k] >= 0)
            return 0;
    for (int32_t k = b; k < e; k++)
        if (d->tokens[k].lex_prefix)
            return 0;
    return 1;
}

static int present_verb_in(const struct ent_ctx *x, int32_t b, int32_t e)
{
    for (int32_t v = b; v < e; v++)
        if (present_verb(x, &x->d->tokens[v]))
            return 1;
    return 0;
}

/* At j a name particle that is also a complementiser (فان, فإن without its hamza), then
 * a word no dictionary knows where the phrase ends: the end of a name that goes on
 * through them (j + 2), else j. */
static int32_t van_then_name(const struct ent_ctx *x, int32_t j, int32_t end)
{
    const struct doc *d = x->d;
    const struct token *t = &d->tokens[j];
    if (!is_particle(t) || !(tok_kinds(t) & LEX_COMPLEMENTIZER) || t->lex_prefix || j + 2 >= end ||
        x->owner[j + 1] >= 0)
        return j;
    const struct token *n = &d->tokens[j + 1];
    return tok_is_name_like(x->lx, n) && !(n->flags & TOKF_COMMON) && ends_name_phrase(d, j + 2) ? j + 2 : j;
}

static int pass_titled(struct ent_ctx *x)
{
    /* the title an owner's word gives (مالك، مالكة), which has no entry of its own */
    static const struct lex_entry owner_m = {.role_classes = CLASS_PERSON, .role_gender = GENDER_MASC};
    static const struct lex_entry owner_f = {.role_classes = CLASS_PERSON, .role_gender = GENDER_FEM};
    const struct doc *d = x->d;
    int32_t n = d->n_tokens, li = 0;
    for (int32_t k = list_next(&x->titles, &li, 0, n); k < n; k = list_next(&x->titles, &li, k + 1, n)) {
        const struct token *tk = &d->tokens[k];
        if (tk->kind != TOK_WORD)
            continue;
        if (x->owner[k] >= 0 && x->c.v[x->owner[k]].type == ENT_PERSON)
            continue;
        /* "لا تتوقع الحاج تغييراً": an honorific that is the family name of someone named
         * before (ريم الحاج) is that person, no title */
        if ((tok_kinds(tk) & LEX_HONORIFIC) && !tk->lex_prefix && family_name_of_earlier(x, k, k + 1))
            continue;
        if (honorific_inside_name(x, k))
            continue;
        /* "محمد الأمين قادري": a title in ال between a given name and a family nisba is
         * the second part of a compound given name (read_name reads the three) */
        if (k > 0 && k + 1 < n && tok_has_article(tk) && !tk->lex_prefix &&
            (tok_kinds(&d->tokens[k - 1]) & LEX_FIRST_NAME) && !(tok_kinds(&d->tokens[k - 1]) & LEX_STOP) &&
            bare_nisba(&d->tokens[k + 1]))
            continue;
        /* "مديرة سياحة محافظة معان": a bare title in construct after a title's bare noun
         * is the role's complement (the governorate), no title of its own */
        if (k >= 2 && !tok_has_article(tk) && !tk->lex_prefix && (tok_kinds(&d->tokens[k - 2]) & LEX_TITLE) &&
            d->tokens[k - 1].kind == TOK_WORD && !tok_kinds(&d->tokens[k - 1]) && !tok_has_article(&d->tokens[k - 1]) &&
            !d->tokens[k - 1].lex_prefix && (d->tokens[k - 1].flags & TOKF_COMMON) && x->owner[k - 1] < 0)
            continue;
        /* "السوق الكبير بجمجمال": a title that also describes a role (كبير المفاوضين،
         * مسؤول كبير), with the article after a definite noun, is that noun's adjective */
        /* (and so after a noun with its pronoun: "في شقته الصغيرة") */
        if (k > 0 && (tok_has_article(&d->tokens[k - 1]) || tok_written_pronoun(d, &d->tokens[k - 1])) &&
            !(tok_kinds(&d->tokens[k - 1]) & LEX_STOP) && tok_role_adjective_with_article(x->lx, tk))
            continue;
        int32_t end = sentence_end(d, k);
        int32_t j = k + 1, commas = 0;
        /* (the longest title decides the class: كاتب الدولة is an official, كاتب a
         * writer) */
        const struct lex_entry *title = tk->lex, *longer;
        int32_t phrase = tok_phrase_at(d, x->lx, k, end, LEX_TITLE, 0, &longer, NULL);
        /* (an owner is titled by what he owns, as صاحب is; the list has مالك as a given
         * name only) */
        if (!(tok_kinds(tk) & LEX_TITLE) && phrase < 2 && tok_owner_of_next(d, x->lx, k, end))
            title = tk->fold[tk->fold_len - 1] == 0x0647 ? &owner_f : &owner_m;
        else if (!(tok_kinds(tk) & LEX_TITLE) && phrase < 2)
            continue;
        if (phrase > 1 && (longer->role_classes || !(tok_kinds(tk) & LEX_TITLE))) {
            title = longer;
            j = k + phrase; /* (الفريق أول X: the rank's second word is no name) */
        }
        int32_t name_floor = j;
        /* د.منيرة، م. سالم: a one-letter title is one only with its full stop, which the
         * tokenizer joined to it (not "500 م تحت الأرض") */
        if (tk->fold_len == 1) {
            if (tk->span.end - tk->span.start != 2)
                continue;
            int32_t e = read_name_after_honorific(x, j, end);
            if (e > j && add_person(x, j, e, k, j, title->role_classes, title->role_gender, CAND_TITLED) != 0)
                return -1;
            continue;
        }
        while (j < end && j - k <= TITLE_REACH) {
            const struct token *t = &d->tokens[j];
            /* "ونقل السفير عن وزير الخارجية X": after a verb of relaying, عن opens whom
             * the words came from; the title before it names no one there */
            if (j == name_floor && k > 0 && tok_is_an(t) && (tok_kinds(&d->tokens[k - 1]) & LEX_VERB) &&
                d->tokens[k - 1].lex->verb_relay)
                break;
            if (tok_is_comma(t)) {
                if (++commas > 1)
                    break;
                j++;
                int32_t e = comma_name(x, j, end);
                if (e > j) {
                    if (add_person(x, j, e, k, j - 1, title->role_classes, title->role_gender, CAND_TITLED) != 0)
                        return -1;
                    k = e - 1;
                    break;
                }
                /* "مدرب الحسين، التونسي منذر الكبادي،": a nationality between the comma
                 * and the name */
                if (j + 1 < end && tok_is_demonym(x->lx, &d->tokens[j]) && x->owner[j] < 0) {
                    /* (and the origin it states: "، السوري الأصل نزار عبد الكريم،"، "،
                     * الكوبي من أصل لبناني ألفريدو نعمة حداد،") */
                    int32_t origin_end = tok_after_origin(d, x->lx, j, end);
                    int32_t nb = origin_end > j ? origin_end : j + 1;
                    struct cand *known = x->owner[nb] >= 0 ? &x->c.v[x->owner[nb]] : NULL;
                    if (known && known->type == ENT_PERSON && known->tb == nb && known->role_tb < 0) {
                        known->role_tb = k;
                        known->role_te = nb; /* (the nationality is part of it) */
                        known->classes |= title->role_classes;
                        k = known->te - 1;
                        break;
                    }
                    int32_t ne = origin_end > j && !known ? comma_name(x, nb, end) : nb;
                    if (ne > nb) {
                        if (add_person(x, nb, ne, k, nb, title->role_classes, title->role_gender, CAND_TITLED) != 0)
                            return -1;
                        k = ne - 1;
                        break;
                    }
                    if (!known && (e = comma_name(x, j + 1, end)) > j + 1) {
                        if (add_person(x, j + 1, e, k, j + 1, title->role_classes, title->role_gender, CAND_TITLED) != 0)
                            return -1;
                        k = e - 1;
                        break;
                    }
                }
                /* "مدير المياه، المهندس زياد العمايرة،": a second title (a rank or a
                 * profession) between the comma and the name; the role is both */
                const struct token *t2 = j < end ? &d->tokens[j] : NULL;
                int titled_pair = t2 && j + 1 < end && (tok_kinds(t2) & LEX_TITLE) && tok_has_article(t2) &&
                                  x->owner[j] < 0;
                /* (the second title may be two words: الفريق أول) */
                const struct lex_entry *rank;
                int32_t n2 = titled_pair ? tok_phrase_at(d, x->lx, j, end, LEX_TITLE, 0, &rank, NULL) : 0;
                int32_t nb = j + (n2 > 1 ? n2 : 1);
                titled_pair = titled_pair && nb < end;
                struct cand *named = titled_pair && x->owner[nb] >= 0 ? &x->c.v[x->owner[nb]] : NULL;
                if (named && named->type == ENT_PERSON && named->tb == nb && named->role_tb < 0 &&
                    named->te < end && tok_is_comma(&d->tokens[named->te])) {
                    named->role_tb = k;
                    named->role_te = nb;
                    named->classes |= title->role_classes | t2->lex->role_classes;
                    if (title->role_gender == GENDER_FEM || t2->lex->role_gender == GENDER_FEM)
                        named->gender = GENDER_FEM;
                    k = named->te - 1;
                    break;
                }
                /* (the name after the second title as that title reads it, set off by a
                 * comma: "مديرة سياحة محافظة معان، المهندسة رانيا الخوالدة،") */
                if (titled_pair && !named && (e = comma_name(x, nb, end)) <= nb) {
                    e = read_name(x, nb, end);
                    if (!(e > nb + 1 && e < end && tok_is_comma(&d->tokens[e])))
                        e = nb;
                }
                if (titled_pair && !named && e > nb) {
                    uint8_t g = t2->lex->role_gender == GENDER_FEM ? GENDER_FEM : title->role_gender;
                    if (add_person(x, nb, e, k, nb, (uint16_t)(title->role_classes | t2->lex->role_classes), g,
                                   CAND_TITLED) != 0)
                        return -1;
                    k = e - 1;
                    break;
                }
                /* "أما السناتور الجمهوري جيم ريش، كبير الأعضاء ...،": two or three bare words
                 * after a definite title and right before the comma are the name when a title
                 * or وهو opens the aside after it (the words may be common ones: جيم، ريش) */
                int32_t b = j;
                if (!titled_pair && j < end &&
                    ((tok_kinds(&d->tokens[j]) & (LEX_TITLE | LEX_ROLE_NOUN)) || tok_is_wa_huwa(&d->tokens[j])) &&
                    !(k > 0 && tok_is_wa_huwa(&d->tokens[k - 1])) && definite_title(d, k, name_floor))
                    b = bare_run_before(x, j - 1, name_floor);
                if (j - 1 - b >= 2 && only_adjectives_between(x, name_floor, b, j - 1) && !present_verb_in(x, b, j - 1)) {
                    if (add_person(x, b, j - 1, k, b, title->role_classes, title->role_gender, CAND_TITLED) != 0)
                        return -1;
                    k = j - 2;
                    break;
                }
                continue;
            }
            if (x->owner[j] >= 0) {
                struct cand *o = &x->c.v[x->owner[j]];
                if (o->type == ENT_PERSON) {
                    /* a known name: the words before it are its role (الرئيس الروسي
                     * فلاديمير بوتين) */
                    int32_t role_te = j;
                    while (role_te > k && tok_is_comma(&d->tokens[role_te - 1]))
                        role_te--;
                    /* "نظيره" relates the name to someone else: no role of its own */
                    int relational = role_te - k == 1 && tk->fold_len > 3 &&
                                     (tk->fold[tk->fold_len - 1] == 0x0647 || tk->fold[tk->fold_len - 1] == 0x0627);
                    if (o->tb == j && o->role_tb < 0 && role_te > k && !relational) {
                        o->role_tb = k;
                        o->role_te = role_te;
                        o->classes |= title->role_classes;
                        /* رئيسة اللجنة سناء ...: a feminine title says so (a masculine one
                         * is also used for women: مدير عام) */
                        if (title->role_gender == GENDER_FEM)
                            o->gender = GENDER_FEM;
                    }
                    break;
                }
                j = o->te;
                continue;
            }
            if (is_quote_mark(t)) {
                /* منسقة لائحة “قرار زحلة” المحامية ...: a quoted name inside the role */
                /* (a body's longer name after في, where the role is held: "الباحثة في
                 * «التحالف المدني لحقوق الإنسان في كوريا الشمالية» بارك مين-جي") */
                int32_t reach = j > k + 1 && tok_is_fi(&d->tokens[j - 1]) ? 9 : 5;
                int32_t c = j + 1;
                while (c < end && c - j <= reach && !is_quote_mark(&d->tokens[c]))
                    c++;
                /* النائب «طارق الجندي»: some Egyptian papers set the holder's name in marks
                 * right after the title; the marks hold the whole name and nothing else */
                int32_t w = j + 1;
                while (w < c && d->tokens[w].kind == TOK_WORD && !(tok_kinds(&d->tokens[w]) & (LEX_STOP | LEX_VERB)))
                    w++;
                if (c < end && c - j <= 5 && j == name_floor && tok_has_article(tk) && c > j + 2 && w == c &&
                    (tok_kinds(&d->tokens[j + 1]) & LEX_FIRST_NAME)) {
                    if (add_person(x, j + 1, c, k, j, title->role_classes, title->role_gender, CAND_TITLED) != 0)
                        return -1;
                    k = c;
                    break;
                }
                if (c < end && c - j <= reach) {
                    j = c + 1;
                    continue;
                }
                break;
            }
            if ((t->flags & TOKF_LATIN) && (tok_kinds(t) & LEX_ORG_WORD)) {
                j++; /* "National Security Office Director X": the office is part of the role */
                continue;
            }
            if (t->kind == TOK_PUNCT && t->fold_len == 1 && t->fold[0] == '(') {
                /* الأمين العام لحلف شمال الأطلسي (ناتو)، مارك روته: an abbreviation */
                int32_t c = j + 1;
                while (c < end && c - j <= 4 && !(d->tokens[c].fold_len == 1 && d->tokens[c].fold[0] == ')'))
                    c++;
                if (c < end && c - j <= 4) {
                    j = c + 1;
                    continue;
                }
                break;
            }
            int32_t e = (tok_kinds(&d->tokens[j - 1]) & LEX_HONORIFIC) ? read_name_after_honorific(x, j, end)
                                                                         : read_name(x, j, end);
            /* (no name opens with an adjective of the role, "باحث ثان", nor with a rank's
             * second word, "الملازم أول تكاتشينكو") */
            if (e > j && (tok_marker(d, j, MARK_ROLE_ADJECTIVE) || second_word_of_rank(x, j)))
                e = j;
            /* "الدكتور سلام كاظم العبيدي": right after a definite title of learning, a bare
             * word that is also a common one, before a given name and the rest of a name, is
             * the given name (not after a rank, "العميد شرطة X"، "العقيد بحري X") */
            if (e <= j + 1 && j == name_floor && tok_has_article(tk) && (title->role_classes & CLASS_EXPERT) &&
                common_word_given_name(x, j, end)) {
                int32_t e2 = read_name(x, j + 1, end);
                if (e2 >= j + 3)
                    e = e2;
            }
            /* "المستمعة سالمة من منطقة الماية"، "المتصل سالم إن": right after a definite
             * title of a person alone, a given name that is also a word, where the phrase
             * ends or says where the person is from, is the name (a phone-in's callers) */
            if (e == j && j == name_floor && tok_has_article(tk) && title->role_classes == CLASS_PERSON &&
                (tok_kinds(t) & LEX_FIRST_NAME) && !(tok_kinds(t) & (LEX_STOP | LEX_NAME_PARTICLE | LEX_TITLE)) &&
                !t->lex_prefix && !tok_has_article(t) && x->owner[j] < 0 && j + 1 < end &&
                !(tok_kinds(&d->tokens[j + 1]) & LEX_FIRST_NAME) /* (محمد علي: a name goes on) */ &&
                (ends_name_phrase(d, j + 1) || tok_is_min(&d->tokens[j + 1])))
                e = j + 1;
            if (e == j + 1 && t->fold[0] == 0x0648 && e + 1 < end && tok_is_comma(&d->tokens[e]) &&
                comma_name(x, e + 1, end) > e + 1) {
                j++; /* مركز كارنيغي لروسيا وأوراسيا، أليكسي نوفيكوف: a conjoined word, then the name */
                continue;
            }
            /* ("عضو المجلس البلدي في عيترون، محمد سويدان"، "الصحفي المحلي من جنديرس، شيار
             * حسو": one word no dictionary knows after في or من, before a name set off by a
             * comma, is where the role is held or the person is from) */
            if (e == j + 1 && j - 1 > k && (tok_is_fi(&d->tokens[j - 1]) || tok_is_min(&d->tokens[j - 1])) &&
                !(tok_kinds(t) & LEX_FIRST_NAME) &&
                e + 1 < end && tok_is_comma(&d->tokens[e]) && comma_name(x, e + 1, end) > e + 1) {
                j++;
                continue;
            }
            /* (and one after a bare noun in construct, with its adjectives, before a name set
             * off by a comma: "مدير منفذ سفوان الحدودي، ماجد عودة الكعبي،": the crossing's
             * place, not the director's name) */
            if (e == j + 1 && j - 1 > k && !(tok_kinds(t) & LEX_FIRST_NAME) && !t->lex_prefix &&
                bare_common_noun(x, j - 1)) {
                int32_t a = e;
                while (a < end && a - e < 3 && d->tokens[a].kind == TOK_WORD && tok_has_article(&d->tokens[a]) &&
                       tok_nisba_ending(&d->tokens[a]) && x->owner[a] < 0)
                    a++;
                if (a + 1 < end && tok_is_comma(&d->tokens[a]) && comma_name(x, a + 1, end) > a + 1) {
                    j = a;
                    continue;
                }
            }
            /* ("مرشد سياحي في تمغزة إن"، "... في تمغزة لـ«الإذاعة»": so is one such word
             * where the phrase ends; a person's name never opens after في, nor after the
             * title's own bare noun in construct: "مدير منفذ سفوان لـ«...»") */
            if (e == j + 1 && j - 1 > k && !(tok_kinds(t) & LEX_FIRST_NAME) && !t->lex_prefix && e < end &&
                ends_name_phrase(d, e) && !tok_is_comma(&d->tokens[e])) {
                int after_construct = j - 1 == k + 1 && bare_common_noun(x, j - 1) &&
                                      !tok_pronoun_suffixed(d, &d->tokens[j - 1]);
                if (tok_is_fi(&d->tokens[j - 1]) || after_construct) {
                    if (town_after_role(x, j, after_construct)) {
                        struct cand c = {j, j + 1, j, j + 1, -1, -1, 0, 0, ENT_GPE, GENDER_FEM, CAND_CONTEXT, 0, -1, 0};
                        if (add_accepted(x, &c) != 0)
                            return -1;
                    }
                    break;
                }
            }
            /* "الأمين العام لغرفة التجارة والصناعة تافنة، السيد محمد ...": one bare word
             * before an honorific set off by a comma is the body's name; the honorific's is
             * the holder's */
            if (e == j + 1 && !(tok_kinds(t) & LEX_FIRST_NAME) && e + 1 < end && tok_is_comma(&d->tokens[e]) &&
                (tok_kinds(&d->tokens[e + 1]) & LEX_HONORIFIC)) {
                int32_t o = x->owner[j - 1];
                if (o >= 0 && x->c.v[o].type == ENT_ORG && x->c.v[o].te == j && x->c.v[o].name_te == j) {
                    x->c.v[o].te = x->c.v[o].name_te = j + 1; /* (the body's name goes on with it) */
                    x->owner[j] = o;
                }
                j++;
                continue;
            }
            /* ("محمد الأمين ولد ابّاه": after a bare given name and before a particle of
             * the name, a title in ال is the second half of a compound given name, which
             * pass_given_names reads) */
            if (e > j && j == k + 1 && k > 0 && is_particle(t) && !(tok_kinds(t) & LEX_STOP) &&
                (tok_kinds(&d->tokens[k - 1]) & LEX_FIRST_NAME) && d->tokens[k - 1].sentence == tk->sentence &&
                tok_has_article(tk) && !tok_has_article(&d->tokens[k - 1]))
                break;
            /* "تاجر مواد غذائية إن": one bare word in ي/ية after a bare noun of the
             * role's describes it (an adjective the dictionary may lack), no name */
            if (e == j + 1 && j - 1 > k && tok_nisba_ending(t) && !tok_has_article(t) &&
                !(tok_kinds(t) & (LEX_FIRST_NAME | LEX_FAMILY_NAME)) && bare_word(x, j - 1) &&
                !tok_has_article(&d->tokens[j - 1]) && (d->tokens[j - 1].flags & TOKF_COMMON) &&
                !(tok_kinds(&d->tokens[j - 1]) & LEX_FIRST_NAME))
                e = j;
            /* "صاحبة بقالة تعرف بأم فهد إن": the name is the kunya behind ب, what she is
             * known by; the words before it say so */
            int32_t known_by = -1;
            for (int32_t p = j; p + 1 < e && known_by < 0; p++) {
                if (kunya_behind(&d->tokens[p], 0x0628))
                    known_by = p;
            }
            if (known_by >= 0) {
                const struct token *kt = &d->tokens[known_by];
                if (add_person(x, known_by, e, k, known_by, title->role_classes,
                               kt->fold[kt->fold_len - 1] == 0x0645 ? GENDER_FEM : GENDER_MASC, CAND_TITLED) != 0)
                    return -1;
                k = e - 1;
                break;
            }
            if (e > j) {
                e = extend_forward(x, e, end);
                int32_t b = extend_back(x, j, name_floor);
                /* نورة بنت سالم: a name read from بن/بنت has its given name just before */
                if (b == j && is_particle(&d->tokens[j]) && j - 1 > k && bare_word(x, j - 1))
                    b = j - 1;
                int32_t role_te = b;
                while (role_te > k && tok_is_comma(&d->tokens[role_te - 1]))
                    role_te--;
                uint16_t classes = title->role_classes;
                if (add_person(x, b, e, k, role_te, classes, title->role_gender, CAND_TITLED) != 0)
                    return -1;
                k = e - 1;
                break;
            }
            if (j - 1 > k && tok_has_article(&d->tokens[j - 1]) && !tok_has_prep_clitic(&d->tokens[j - 1]) &&
                bare_word(x, j) && !tok_kinds(t) && !future_verb(x, t) && !second_word_of_rank(x, j) &&
                !body_in_lam_before_given(d, j) &&
                !tok_marker(d, j, MARK_BEHALF) /* (باسمها: on behalf of the body named before) */ &&
                (!(t->flags & TOKF_COMMON) ||
                 (j + 1 < end && bare_word(x, j + 1) &&
                  ((tok_kinds(&d->tokens[j + 1]) & LEX_FIRST_NAME) ||
                   (!lexicon_is_common_as_written(x->lx, t->fold, t->fold_len) &&
                    !(d->tokens[j + 1].flags & TOKF_COMMON) && !tok_kinds(&d->tokens[j + 1])))))) {
                /* "الطالبة الجامعية روزا سعيد": a definite role takes no indefinite word
                 * after it but in apposition, so a word no dictionary knows, or any word
                 * before a given name, starts the name, with the names after it (and one
                 * the list holds only with a suffix taken off, before a word it does not
                 * hold at all: "وزير الدفاع الياباني كيهارا مينورو") */
                /* (a particle takes the word after it, whatever the word: غانم بن فضل
                 * البوعينين) */
                int32_t ne = j + 1;
                while (ne < end && ne - j < 5 && bare_word(x, ne) &&
                       ((tok_kinds(&d->tokens[ne]) & (LEX_FIRST_NAME | LEX_FAMILY_NAME)) ||
                        (!(d->tokens[ne].flags & TOKF_COMMON) && !tok_kinds(&d->tokens[ne])) ||
                        (is_particle(&d->tokens[ne - 1]) && !(tok_kinds(&d->tokens[ne]) & (LEX_STOP | LEX_VERB)))) &&
                       (ne - j < 3 || is_particle(&d->tokens[ne - 1]) || is_particle(&d->tokens[ne - 2])))
                    ne++;
                /* (a family name in ال after them is read the usual way, to the boundary:
                 * الخبير الاقتصادي ثابت أبو الرب) */
                if (ne >= end || !(d->tokens[ne].kind == TOK_WORD && tok_has_article(&d->tokens[ne]))) {
                    if (add_person(x, j, ne, k, j, title->role_classes, title->role_gender, CAND_TITLED) != 0)
                        return -1;
                    k = ne - 1;
                    break;
                }
            }
            /* "الخبير الاقتصادي سلام الربيعي": a given name that is also a word (سلام،
             * "peace"), right after the definite role, before a family name in ال and ي
             * where the phrase ends */
            /* (or one no dictionary holds, whatever follows it, after a given name that is
             * also a topic's word: "عدّ القيادي ... صادق الحسناوي العقوبات", صادق "ratified") */
            if (j - 1 > k && tok_has_article(&d->tokens[j - 1]) && j + 2 <= end && bare_word(x, j) &&
                !(tok_kinds(t) & ~(uint32_t)LEX_TOPIC) && nisba_family_name(x, j + 1) &&
                (j + 2 == end || ends_name_phrase(d, j + 2) || tok_is_comma(&d->tokens[j + 2]) ||
                 (!(d->tokens[j + 1].flags & TOKF_COMMON) && !tok_is_demonym(x->lx, &d->tokens[j + 1])))) {
                if (add_person(x, j, j + 2, k, j, title->role_classes, title->role_gender, CAND_TITLED) != 0)
                    return -1;
                k = j + 1;
                break;
            }
            if (tok_is_dash(t) && !(t->flags & TOKF_SPACE_BEFORE) && j + 1 < end &&
                !(d->tokens[j + 1].flags & TOKF_SPACE_BEFORE)) {
                j++; /* معلوف-نصار: a hyphen inside a word of the phrase */
                continue;
            }
            /* "عضو المجلس البلدي في زغرتا - إهدن ريتا يونس": a dash between a place and
             * the next word joins two places the body serves; the role goes on after them */
            if (tok_is_dash(t) && j > k + 1 && x->owner[j - 1] >= 0 && place_owner(x, j - 1) && j + 2 < end &&
                d->tokens[j + 1].kind == TOK_WORD && !(tok_kinds(&d->tokens[j + 1]) & (LEX_STOP | LEX_VERB))) {
                j += 2;
                continue;
            }
            int in_role = role_word(x, j);
            /* (من and a definite word go on with the role before a given name) */
            if (!in_role && !commas && tok_is_min(t) && min_inside_role(x, j)) {
                j++;
                continue;
            }
            if (!commas && !in_role && !(tok_kinds(t) & (LEX_VERB | LEX_COMPLEMENTIZER))) {
                /* "الباحث ... في جامعة كيونغ هي بسول، كريستوفر أوكونيل-راي، أن": a word
                 * the role cannot hold, then a name set off by commas */
                int32_t c = j + 1;
                while (c < end && c - j < 8 && !tok_is_comma(&d->tokens[c]) && d->tokens[c].kind != TOK_PUNCT)
                    c++;
                if (c < end && tok_is_comma(&d->tokens[c])) {
                    int32_t e2 = comma_name(x, c + 1, end);
                    if (e2 > c + 1) {
                        if (add_person(x, c + 1, e2, k, c, title->role_classes, title->role_gender,
                                       CAND_TITLED) != 0)
                            return -1;
                        k = e2 - 1;
                        break;
                    }
                }
            }
            if (commas || !in_role) {
                /* the role reached its verb or complementiser with no name read: the bare
                 * words just before that boundary are the name, even words a dictionary
                 * knows (المحامية ريتا معلوف-نصار إن) */
                int32_t stop = j;
                if (stop - 1 > k + 1 && tok_is_comma(&d->tokens[stop - 1]))
                    stop--; /* "...، الوزير الأسبق سامح الشناوي، أن" */
                int32_t b = bare_run_before(x, stop, name_floor); /* (past a title's own words) */
                /* (after عدم the verb is its verbal noun, no boundary: "طلب عدم ذكر اسمه") */
                if (stop == j && stop > k + 1 && tok_marker(d, stop - 1, MARK_NEGATION_NOUN))
                    b = stop;
                if (stop < j) {
                    /* before a comma, one word is more often an adjective (رفيع), and a
                     * name has a word no dictionary knows, or a given name */
                    int unknown = 0;
                    for (int32_t q = b; q < stop; q++)
                        unknown |= !(d->tokens[q].flags & TOKF_COMMON) || (tok_kinds(&d->tokens[q]) & LEX_FIRST_NAME);
                    if (stop - b < 2 || !unknown)
                        b = stop;
                }
                /* "وهو عامل شاب في إحدى الورش، فيقول": words right after في are its
                 * object, where he works, not who he is */
                if (b < stop && b - 1 > k && tok_is_fi(&d->tokens[b - 1]))
                    b = stop;
                /* "وقال مسؤول مرة إن": after an indefinite title, one word a dictionary
                 * knows says more about the title or the saying than who (and so before
                 * a relay's قوله: "عن مسؤول أمني قوله إن") */
                int32_t words = stop - b;
                if (words == 2 && not_a_name_word(x, &d->tokens[stop - 1]))
                    words = 1;
                if (words == 1 && !tok_has_article(tk) && (d->tokens[b].flags & TOKF_COMMON) &&
                    !(tok_kinds(&d->tokens[b]) & LEX_FIRST_NAME))
                    b = stop;
                /* (nor are several: "تاجر مواد غذائية إن"، "صاحب محل مواد بناء إن" say what
                 * he trades in; a name after an indefinite title has a given name or a word
                 * no dictionary knows) */
                /* (a title in construct with a definite word is definite: "رئيس الوزراء جيم
                 * ريش إن" names him with two words that are also common ones) */
                if (words > 1 && !definite_title(d, k, name_floor) && !tok_has_article(&d->tokens[b]) &&
                    !unknown_or_given(x, b, stop))
                    b = stop;
                /* (nor anything in an aside on someone named before: "محمد أمين، وهو سائق
                 * سيارة أجرة صغيرة بحي المعاريف:" says what he is) */
                if (k > 0 && tok_is_wa_huwa(&d->tokens[k - 1]))
                    b = stop;
                /* (nor a feeling with its owner's pronoun before من أن: "وأبدى المزارع قلقه
                 * من أن") */
                if (words == 1 && stop + 1 < n && (tok_is_min(&d->tokens[stop]) || tok_is_fi(&d->tokens[stop])) &&
                    (tok_kinds(&d->tokens[stop + 1]) & LEX_COMPLEMENTIZER) && tok_written_pronoun(d, &d->tokens[b]))
                    b = stop;
                /* (nor is a present verb a name: "إن المواطن صار يدفع ثمن الحرب") */
                if (present_verb_in(x, b, stop))
                    b = stop;
                /* (nor a word behind a preposition that a dictionary reads: "ضابط روسي
                 * برتبة رائد، خدم" gives his rank) */
                if (b < stop && behind_preposition(x, &d->tokens[b]))
                    b = stop;
                /* (nor a dictionary's word after عن: "وأعرب الوزير عن خيبة أمله" is what he
                 * expressed) */
                if (b < stop && b > k + 1 && tok_is_an(&d->tokens[b - 1]) && (d->tokens[b].flags & TOKF_COMMON) &&
                    !(tok_kinds(&d->tokens[b]) & (LEX_FIRST_NAME | LEX_FAMILY_NAME)))
                    b = stop;
                /* "الباحث في معهد كلينغندال سيم فان بيرخ أن": the boundary was فان, also فإن
                 * without its hamza, and is the Dutch particle inside the name */
                int32_t name_end = b < stop && stop == j ? van_then_name(x, j, end) : stop;
                if (b < stop &&
                    add_person(x, b, name_end, k, b, title->role_classes, title->role_gender, CAND_TITLED) != 0)
                    return -1;
                if (b < stop)
                    k = name_end - 1;
                break;
            }
            j++;
        }
    }
    return 0;
}

/* A given name followed by a word no list knows is a person wherever it stands
 * (إلى جورجي زينوفييف، كبير المبعوثين). */
/* عبد الرحيم، عبد العزيز: the particle عبد before a definite word of the same sentence
 * starts a given name (one of God's names after "servant of") */
static inline int abd_compound(const struct doc *d, int32_t k)
{
    static const UChar abd[] = {0x0639, 0x0628, 0x062F};
    const struct token *t = &d->tokens[k];
    return k + 1 < d->n_tokens && t->fold_len == 3 && !memcmp(t->fold, abd, sizeof abd) &&
           (tok_kinds(t) & LEX_NAME_PARTICLE) && d->tokens[k + 1].sentence == t->sentence &&
           d->tokens[k + 1].kind == TOK_WORD && tok_has_article(&d->tokens[k + 1]);
}

/* The next of the article's first lines, from sentence *si: its tokens [*b, *e) and 1
 * when it is short and one sentence, as a byline is, 0 when it is not, -1 past the first
 * lines. Walks sentences, not tokens, so that a long paragraph costs nothing. */
static int byline_line(const struct doc *d, int32_t *si, int32_t *line, int32_t *b, int32_t *e)
{
    if (*si >= d->n_sentences || *line >= BYLINE_LINES)
        return -1;
    const struct sentence *st = &d->sentences[(*si)++];
    (*line)++;
    int whole = *si >= d->n_sentences ||
                (d->tokens[d->sentences[*si].tok_begin].flags & TOKF_NEWLINE_BEFORE);
    /* (a line of several sentences: move to the next line) */
    while (*si < d->n_sentences && !(d->tokens[d->sentences[*si].tok_begin].flags & TOKF_NEWLINE_BEFORE))
        (*si)++;
    *b = st->tok_begin;
    *e = st->tok_end;
    return whole && *e - *b <= BYLINE_TOKENS;
}

/* The part [s, e) of a byline's line names its writer: after a label ("بقلم:"، "إعداد:"),
 * a given name and one to three more words, perhaps a job after them ("هشام الدباغ
 * صحافي"), whatever words the name also spells. Adds the person. */
static int byline_part_name(struct ent_ctx *x, int32_t s, int32_t e)
{
    const struct doc *d = x->d;
    while (s < e && (tok_marker(d, s, MARK_BYLINE_LABEL) || tok_is_char(&d->tokens[s], ':') ||
                     (tok_kinds(&d->tokens[s]) & LEX_HONORIFIC) || tok_is_char(&d->tokens[s], '.')))
        s++;
    while (e - s >= 3 && (d->tokens[e - 1].flags & TOKF_COMMON) && !tok_has_article(&d->tokens[e - 1]) &&
           !(tok_kinds(&d->tokens[e - 1]) & LEX_FIRST_NAME) && !(tok_kinds(&d->tokens[e - 2]) & LEX_NAME_PARTICLE))
        e--;
    int name = e - s >= 2 && e - s <= 4 && (tok_kinds(&d->tokens[s]) & LEX_FIRST_NAME);
    for (int32_t j = s; j < e && name; j++) {
        const struct token *t = &d->tokens[j];
        name = t->kind == TOK_WORD && (t->flags & TOKF_ARABIC) && x->owner[j] < 0 &&
               !(tok_kinds(t) & (LEX_VERB | LEX_STOP | LEX_GAZ | LEX_TITLE | LEX_ORG_HEAD | LEX_ROLE_NOUN |
                                 LEX_GROUP | LEX_DEMONYM | LEX_STATEMENT));
    }
    return name ? add_person(x, s, e, -1, -1, 0, GENDER_UNKNOWN, CAND_CONTEXT) : 0;
}

/* "سليم الجابري" on a line of its own under the headline, or after "بقلم:": the writer's
 * byline names a person, whatever words the name also spells. The line may pair the
 * name with the outlet or the city across a dash, a slash or a colon ("موسكو - سليم
 * نعمة"، "مونت كارلو الدولية / رنا خوري"، "بورتسودان: محاسن عثمان"): each part is read
 * on its own. */
static int pass_byline_name(struct ent_ctx *x)
{
    const struct doc *d = x->d;
    int32_t si = 0, line = 0, s, e, r;
    while ((r = byline_line(d, &si, &line, &s, &e)) >= 0) {
        if (!r || line == 1)
            continue; /* (not the headline) */
        int32_t part = s;
        for (int32_t j = s; j <= e; j++) {
            const struct token *t = j < e ? &d->tokens[j] : NULL;
            if (t && !(t->kind == TOK_PUNCT && (tok_is_dash(t) || tok_is_char(t, '/') || tok_is_char(t, '|') ||
                                                (tok_is_char(t, ':') && j > part + 1))))
                continue;
            if (byline_part_name(x, part, j) != 0)
                return -1;
            part = j + 1;
        }
    }
    return 0;
}

/* Tokens [b, e) are exactly one place already read (a city or a country). */
static int dateline_place(const struct ent_ctx *x, int32_t b, int32_t e)
{
    if (b >= e || x->owner[b] < 0)
        return 0;
    const struct cand *c = &x->c.v[x->owner[b]];
    return c->tb == b && c->te == e && (c->type == ENT_GPE || c->type == ENT_LOC);
}

/* One to three words (or a word and a number, "الساعة 24") that nothing has read and that
 * no list knows as a function word, a verb or a role: an outlet's name. */
static int outlet_words(const struct ent_ctx *x, int32_t b, int32_t e)
{
    const struct doc *d = x->d;
    if (e - b < 1 || e - b > 3 || d->tokens[b].kind != TOK_WORD)
        return 0;
    for (int32_t j = b; j < e; j++) {
        const struct token *t = &d->tokens[j];
        if (x->owner[j] >= 0 || (t->kind != TOK_WORD && t->kind != TOK_NUMBER) ||
            (tok_kinds(t) & (LEX_STOP | LEX_VERB | LEX_COMPLEMENTIZER | LEX_TITLE | LEX_ROLE_NOUN | LEX_GROUP |
                             LEX_FIRST_NAME | LEX_DEMONYM | LEX_STATEMENT | LEX_HONORIFIC)))
            return 0;
    }
    return 1;
}

/* "صوت سحاب - سحاب"، "الشطرة - شطرة نيوز": the words [pb, pe) are all of the place the
 * outlet [ob, oe) is named after, and the outlet has a word more (صوت، نيوز، اليوم). */
static int outlet_named_after(const struct doc *d, int32_t ob, int32_t oe, int32_t pb, int32_t pe)
{
    int32_t n = pe - pb;
    if (n < 1 || oe - ob <= n)
        return 0;
    for (int32_t at = ob; at + n <= oe; at++) {
        int32_t k = 0;
        while (k < n && tok_same_word_without_article(&d->tokens[at + k], &d->tokens[pb + k]))
            k++;
        if (k == n)
            return 1;
    }
    return 0;
}

/* "جنين اليوم - جنين"، "المخا - المخا بوست": an outlet named after the dateline's place, whose
 * own place word was read as the place: the words [ob, oe) are the outlet, and the place
 * read inside them is released. 1 when they are. */
static int outlet_over_its_place(struct ent_ctx *x, int32_t ob, int32_t oe, int32_t pb, int32_t pe)
{
    const struct doc *d = x->d;
    if (oe - ob < 2 || oe - ob > 3 || !outlet_named_after(d, ob, oe, pb, pe))
        return 0;
    for (int32_t k = ob; k < oe; k++) {
        int32_t o = x->owner[k];
        /* (its other words may be any but a verb's: اليوم، نيوز، إف إم) */
        const struct token *t = &d->tokens[k];
        if (o < 0 ? (t->kind != TOK_WORD && t->kind != TOK_NUMBER) || (tok_kinds(t) & (LEX_VERB | LEX_COMPLEMENTIZER))
                  : !is_place_type(x->c.v[o].type) || x->c.v[o].tb < ob || x->c.v[o].te > oe)
            return 0;
    }
    for (int32_t k = ob; k < oe; k++)
        if (x->owner[k] >= 0) {
            x->c.v[x->owner[k]].accepted = 0;
            x->owner[k] = -1;
        }
    return 1;
}

/* Is [b, e) an outlet already read as one (سبيبة إف إم، صوت الطبقة), or one to three
 * words no one has read and no verb (ليث اليوم، شونة اليوم)? */
static int outlet_part(const struct ent_ctx *x, int32_t b, int32_t e)
{
    if (b < e && x->owner[b] >= 0) {
        const struct cand *c = &x->c.v[x->owner[b]];
        return c->tb == b && c->te == e && c->type == ENT_ORG;
    }
    if (e - b < 1 || e - b > 3)
        return 0;
    for (int32_t j = b; j < e; j++) {
        const struct token *t = &x->d->tokens[j];
        if (x->owner[j] >= 0 || (t->kind != TOK_WORD && t->kind != TOK_NUMBER) ||
            (tok_kinds(t) & (LEX_VERB | LEX_COMPLEMENTIZER)))
            return 0;
    }
    return 1;
}

/* "سبيبة إف إم - سبيبة"، "ليث اليوم – Name – الليث"، "الشونة الجنوبية - شونة اليوم - كتب:":
 * across the dashes of a dateline, one or two words no one has read that an outlet on the
 * line is named after (its first word, when the second is a definite adjective in ي: الشونة
 * الجنوبية) are the town. 0, or -1 when the arena is exhausted. */
static int town_named_by_its_outlet(struct ent_ctx *x, int32_t s, int32_t e)
{
    const struct doc *d = x->d;
    int32_t cut[8], n = 0;
    cut[n++] = s - 1;
    for (int32_t j = s; j < e && n < 7; j++)
        if (tok_is_dash(&d->tokens[j]) || tok_is_char(&d->tokens[j], '|'))
            cut[n++] = j;
    cut[n] = e;
    if (n < 2)
        return 0;
    for (int32_t pi = 0; pi < n; pi++) {
        int32_t pb = cut[pi] + 1, pe = cut[pi + 1];
        if (pe - pb < 1 || pe - pb > 2 || !outlet_words(x, pb, pe))
            continue;
        int32_t named = pe - pb == 2 && tok_has_article(&d->tokens[pb + 1]) && tok_nisba_ending(&d->tokens[pb + 1])
                            ? pb + 1
                            : pe;
        for (int32_t oi = 0; oi < n; oi++) {
            int32_t ob = cut[oi] + 1, oe = cut[oi + 1];
            if (oi == pi || !outlet_part(x, ob, oe) || !outlet_named_after(d, ob, oe, pb, named))
                continue;
            struct cand place = {pb, pe, pb, pe, -1, -1, 0, 0, ENT_GPE, GENDER_FEM, CAND_CONTEXT, CLASS_STATE, -1, 0};
            /* (and the outlet, if nothing read it: ليث اليوم) */
            struct cand outlet = {ob, oe, ob, oe, -1, -1, 0, 0, ENT_ORG, GENDER_FEM, CAND_CONTEXT, CLASS_MEDIA | CLASS_ORG,
                                  -1, 0};
            if (x->owner[ob] < 0 && add_accepted(x, &outlet) != 0)
                return -1;
            return add_accepted(x, &place);
        }
    }
    return 0;
}

/* "الرباط - مدار21"، "بنغازي – الساعة 24"، "المؤتمر نت - صنعاء": a short line under the
 * headline that pairs a place with a few other words across a dash or a colon is a
 * dateline, and the other words are the outlet that filed the story. A place no list
 * holds is one when the outlet is named after it ("قلقيلية نت - قلقيلية"). */
static int pass_dateline_outlet(struct ent_ctx *x)
{
    const struct doc *d = x->d;
    int32_t si = 0, line = 0, s, e, r;
    while ((r = byline_line(d, &si, &line, &s, &e)) >= 0) {
        if (!r || line == 1)
            continue;
        while (e > s && d->tokens[e - 1].kind == TOK_PUNCT)
            e--;
        for (int32_t j = s + 1; j + 1 < e; j++) {
            const struct token *t = &d->tokens[j];
            if (!(tok_is_dash(t) || tok_is_char(t, ':')))
                continue;
            int32_t ob = -1, oe = -1;
            if (dateline_place(x, s, j) && outlet_words(x, j + 1, e))
                ob = j + 1, oe = e;
            else if (dateline_place(x, j + 1, e) && (outlet_words(x, s, j) || outlet_over_its_place(x, s, j, j + 1, e)))
                ob = s, oe = j;
            else if (dateline_place(x, s, j) && outlet_over_its_place(x, j + 1, e, s, j))
                ob = j + 1, oe = e;
            else if (outlet_words(x, s, j) && outlet_words(x, j + 1, e)) {
                int32_t pb = -1, pe = -1;
                if (outlet_named_after(d, s, j, j + 1, e))
                    ob = s, oe = j, pb = j + 1, pe = e;
                else if (outlet_named_after(d, j + 1, e, s, j))
                    ob = j + 1, oe = e, pb = s, pe = j;
                struct cand place = {pb, pe, pb, pe, -1, -1, 0, 0, ENT_GPE, GENDER_FEM, CAND_CONTEXT, CLASS_STATE, -1, 0};
                if (pb >= 0 && add_accepted(x, &place) != 0)
                    return -1;
            }
            if (ob >= 0) {
                struct cand c = {ob, oe, ob, oe, -1, -1, 0, 0, ENT_ORG, GENDER_FEM, CAND_CONTEXT, CLASS_MEDIA | CLASS_ORG,
                                 -1, 0};
                if (add_accepted(x, &c) != 0)
                    return -1;
            }
            break;
        }
        if (town_named_by_its_outlet(x, s, e) != 0)
            return -1;
    }
    return 0;
}

/* "نور الدين بلحاج"، "عز الدين الشامي": a word and الدين make a compound given name,
 * whatever the first word also means (نور is "light"), when a family name follows. */
static int pass_din_names(struct ent_ctx *x)
{
    static const UChar din[] = {0x0627, 0x0644, 0x062F, 0x064A, 0x0646};
    const struct doc *d = x->d;
    for (int32_t i = 0; i < x->tails.n; i++) {
        int32_t k = x->tails.v[i] - 1;
        if (k < 0 || k + 2 >= d->n_tokens)
            continue;
        const struct token *t = &d->tokens[k], *tail = &d->tokens[k + 1];
        if (tail->kind != TOK_WORD || tail->fold_len != 5 || memcmp(tail->fold, din, sizeof din) || x->owner[k] >= 0 ||
            x->owner[k + 1] >= 0 || t->kind != TOK_WORD || !(t->flags & TOKF_ARABIC) || tok_has_article(t) ||
            t->fold_len < 2 || (tok_kinds(t) & (LEX_STOP | LEX_VERB | LEX_COMPLEMENTIZER | LEX_TITLE | LEX_ROLE_NOUN)) ||
            tail->sentence != t->sentence)
            continue;
        int32_t e = k + 2, end = d->sentences[t->sentence].tok_end, abd_words = 0;
        while (e < end && e - k - abd_words < 4 && x->owner[e] < 0 && !(d->tokens[e].flags & TOKF_NEWLINE_BEFORE) &&
               (tok_is_name_like(x->lx, &d->tokens[e]) ||
                /* (a family name in ال is a nisba: not "نسبة الدين العام", the debt) */
                (tok_has_article(&d->tokens[e]) && surname_ok(x, &d->tokens[e]) && tok_nisba_ending(&d->tokens[e]) &&
                 !tok_is_demonym(x->lx, &d->tokens[e]))))
            /* (عبد and God's name after it are one word of the name: "حسام الدين عبد الغفار") */
            if (abd_compound(d, e) && e + 2 <= end && x->owner[e + 1] < 0 && !d->tokens[e + 1].lex_prefix)
                e += 2, abd_words++;
            else
                e++;
        if (e == k + 2)
            continue;
        /* (a given name before it is the person's own, the compound his father's: "عباس
         * نور الدين البياتي") */
        int32_t b = k;
        const struct token *p = k > 0 ? &d->tokens[k - 1] : NULL;
        if (p && p->sentence == t->sentence && x->owner[k - 1] < 0 && (tok_kinds(p) & LEX_FIRST_NAME) &&
            !(tok_kinds(p) & (LEX_STOP | LEX_VERB | LEX_TITLE)) && !tok_has_article(p) && !p->lex_prefix)
            b = k - 1;
        if (add_person(x, b, e, -1, -1, 0, GENDER_MASC, CAND_CONTEXT) != 0)
            return -1;
    }
    return 0;
}

/* A name of three words or more read from token *k, added as a person; *k moves to its
 * last word. 0, or -1 when the arena is exhausted. */
static int name_of_three_at(struct ent_ctx *x, int32_t *k)
{
    int32_t e = read_name(x, *k, sentence_end(x->d, *k));
    if (e <= *k + 2)
        return 0;
    if (add_person(x, *k, e, -1, -1, 0, GENDER_UNKNOWN, CAND_CONTEXT) != 0)
        return -1;
    *k = e - 1;
    return 0;
}

/* A comma at c and a title or role right after it, before `end`. */
static int comma_then_title(const struct doc *d, int32_t c, int32_t end)
{
    /* (or a parenthesis, a transcript's label: "سفيان قاسمي (مراسل القناة في موسكو):") */
    return c + 1 < end && (tok_is_comma(&d->tokens[c]) || tok_is_char(&d->tokens[c], '(')) &&
           (tok_kinds(&d->tokens[c + 1]) & (LEX_TITLE | LEX_ROLE_NOUN));
}

/* "عزاه كريم النحاس، رئيس قسم البحوث،": after the given name at k, a family name in ال,
 * a comma and a title — a name, though both its words are words of the language. */
static int family_then_title(const struct doc *d, int32_t k)
{
    /* (the comma first: it rules out most given names without a lookup) */
    return k + 3 < d->n_tokens && tok_is_comma(&d->tokens[k + 2]) && tok_has_article(&d->tokens[k + 1]) &&
           comma_then_title(d, k + 2, d->n_tokens);
}

/* A listed given name opening its sentence, a word in ال after it, then a comma: "ليث
 * العمري، طالب ..." — the subject, named, before its apposition. (A given name that is
 * also a preposition, followed after the comma by a verb or كان, opens a fronted phrase:
 * "على الرصيف، كان أبو علي ...") */
__attribute__((noinline)) static int opens_sentence_before_comma(const struct doc *d, int32_t k)
{
    if (!(k + 2 < d->n_tokens && tok_is_comma(&d->tokens[k + 2]) && tok_has_article(&d->tokens[k + 1]) &&
          !d->tokens[k].lex_prefix && k == d->sentences[d->tokens[k].sentence].tok_begin))
        return 0;
    const struct token *after = k + 3 < d->n_tokens ? &d->tokens[k + 3] : NULL;
    return !(tok_kinds(&d->tokens[k]) & LEX_STOP) || !after || !(tok_is_kana(after) || (tok_kinds(after) & LEX_VERB));
}

/* Do the words [b, e) open their line as a vox pop's label, a colon or who the person is
 * in parentheses right after them ("أم محمد (ربة بيت ...): ..."، "علي المصراتي: ...")? */
static int words_label_their_line(const struct doc *d, int32_t b, int32_t e)
{
    return e < d->n_tokens && (d->tokens[b].flags & TOKF_NEWLINE_BEFORE) && !d->tokens[b].lex_prefix &&
           (tok_is_char(&d->tokens[e], ':') || tok_is_char(&d->tokens[e], '('));
}

/* "علي المصراتي (34 عاما، سائق أجرة): ...": a given name and a word in ال labelling their
 * line are a name (على takes no label). */
static int name_labels_its_line(const struct doc *d, int32_t k)
{
    return k + 2 < d->n_tokens && tok_has_article(&d->tokens[k + 1]) && words_label_their_line(d, k, k + 2);
}

/* Does the word at k, then a colon, open its line, and open another line the same way
 * nearby? (A transcript's turns are close together; the bound keeps a text of many
 * labels linear.) */
__attribute__((noinline)) static int given_name_labels_turns(const struct doc *d, int32_t k)
{
    const struct token *t = &d->tokens[k];
    if (t->lex_prefix || !(t->flags & TOKF_NEWLINE_BEFORE) || k + 1 >= d->n_tokens || !tok_is_char(&d->tokens[k + 1], ':'))
        return 0;
    int32_t from = k > TURN_LABEL_REACH ? k - TURN_LABEL_REACH : 0;
    int32_t to = k + TURN_LABEL_REACH < d->n_tokens ? k + TURN_LABEL_REACH : d->n_tokens;
    for (int32_t j = from; j + 1 < to; j++) {
        const struct token *o = &d->tokens[j];
        if (j != k && (o->flags & TOKF_NEWLINE_BEFORE) && o->fold_len == t->fold_len &&
            !memcmp(o->fold, t->fold, (size_t)t->fold_len * sizeof *t->fold) && tok_is_char(&d->tokens[j + 1], ':'))
            return 1;
    }
    return 0;
}

static inline int kunya_particle(const struct token *t)
{
    return kunya_at(t->fold, t->fold_len);
}

/* Does the given name at k stand in apposition (after a definite noun, the topic of
 * أما, or set off by commas after a definite word)? Asked only where a name is in doubt. */
static int given_in_apposition(const struct ent_ctx *x, int32_t k, const struct token *prev)
{
    const struct doc *d = x->d;
    const struct token *t = &d->tokens[k];
    int32_t nt = d->n_tokens;
    /* (a definite noun stands before the given name: a definite noun takes no
     * indefinite one after it except in apposition, so "الحارس يوسف المطيري"،
     * "المعلمة رنا صوالحة" are a role and a name, however common the given name) */
    int apposition = prev && prev->kind == TOK_WORD && tok_has_article(prev) && !tok_has_prep_clitic(prev) &&
                     !(tok_kinds(prev) & (LEX_VERB | LEX_STOP | LEX_SOURCE | LEX_TAG));
    /* (or the topic of أما, which is a name or a noun phrase: "أما سمير الحيان، طالب
     * الهندسة، فيرى أن") */
    apposition |= prev && tok_is_amma(prev);
    /* (or a place or body closing a role's phrase, in a clitic too, before a family name
     * in ال: "الطالب في جامعة الصداقة بين الشعوب بموسكو وضاح المقطري") */
    const struct cand *place = prev && x->owner[k - 1] >= 0 ? &x->c.v[x->owner[k - 1]] : NULL;
    if (!apposition && place && place->te == k && place->type != ENT_PERSON && k + 1 < nt &&
        tok_has_article(&d->tokens[k + 1])) {
        for (int32_t j = place->tb - 1; j >= 0 && k - j <= 10; j--) {
            const struct token *u = &d->tokens[j];
            if (u->kind != TOK_WORD || u->sentence != t->sentence || (tok_kinds(u) & LEX_VERB))
                break;
            if ((tok_kinds(u) & (LEX_TITLE | LEX_ROLE_NOUN)) && tok_has_article(u) && !tok_has_prep_clitic(u)) {
                apposition = 1;
                break;
            }
        }
    }
    /* (and set off by commas after one, the family name in ال: "القيادي في المجلس
     * الانتقالي الجنوبي، محسن الحالمي، لـ..."، "...، محمد علي الحوثي،") */
    if (!apposition && prev && k >= 2 && tok_is_comma(prev) && d->tokens[k - 2].sentence == t->sentence) {
        const struct token *pp = &d->tokens[k - 2];
        int32_t m = k + 1;
        while (m < nt && m - k < 3 && (tok_kinds(&d->tokens[m]) & LEX_FIRST_NAME) && !tok_has_article(&d->tokens[m]))
            m++;
        /* (a name in marks may close what comes before: "مقدم برنامج «صباح الخير»، خالد
         * الخلف،") */
        int before = (pp->kind == TOK_WORD && tok_has_article(pp) && !(tok_kinds(pp) & (LEX_VERB | LEX_STOP))) ||
                     tok_is_quote_mark(pp);
        apposition = m + 1 < nt && tok_has_article(&d->tokens[m]) && tok_is_comma(&d->tokens[m + 1]) && before;
        /* (or a bare one when what follows the second comma is the subject's verb or its
         * complementiser: "قالت مقدمة نشرة الظهيرة على راديو بيت لحم 2000، رنا قسيس، إن") */
        if (!apposition && m == k + 1 && m + 2 < nt && d->tokens[m].kind == TOK_WORD && !tok_has_article(&d->tokens[m]) &&
            tok_is_comma(&d->tokens[m + 1]) && d->tokens[m + 2].sentence == t->sentence &&
            (tok_kinds(&d->tokens[m + 2]) & (LEX_COMPLEMENTIZER | LEX_VERB)) &&
            (before || pp->kind == TOK_NUMBER))
            apposition = 1;
    }
    return apposition;
}

/* Is the word before the given name at k علي written with its dots, the name's first
 * word whatever else it spells ("ويقول علي حسن الزبيدي"، "علي حيدر شمص")? Asked where
 * at least two words of a name follow it. */
static int ali_opens_name(const struct ent_ctx *x, int32_t k)
{
    const struct doc *d = x->d;
    return k >= 1 && given_name_like_function_word(d, &d->tokens[k - 1]) && x->owner[k - 1] < 0 &&
           d->tokens[k - 1].sentence == d->tokens[k].sentence && !d->tokens[k - 1].lex_prefix;
}

/* "علي بن راشد الكعبي": علي and بن before the father's given name at k open the name (ابن
 * is also "the son of" after على: "اعتدى على ابن عمه") */
static int ali_bin_opens_name(const struct ent_ctx *x, int32_t k)
{
    const struct token *bin = k >= 1 ? &x->d->tokens[k - 1] : NULL;
    return bin && is_particle(bin) && bin->fold_len == 2 && !bin->lex_prefix && x->owner[k - 1] < 0 &&
           bin->sentence == x->d->tokens[k].sentence && ali_opens_name(x, k - 1);
}

/* "ضابط أوكراني عرّف نفسه باسم «أوليغ»"، "مستمعة قدّمت نفسها باسم عائشة": at k, نفسه or
 * نفسها after عرّف or قدّم (and their feminine) and before باسم; the one to three words
 * after باسم, in marks or not, are the name the person goes by. 1 when read, 0 when not,
 * -1 when the arena is exhausted. (Asked at باسم, a given name the given-name pass
 * visits, so that no pass looks at every word for it.) */
static int self_named(struct ent_ctx *x, int32_t k)
{
    static const UChar nafsuh[] = {0x0646, 0x0641, 0x0633, 0x0647}, bism[] = {0x0628, 0x0627, 0x0633, 0x0645},
                       arraf[] = {0x0639, 0x0631, 0x0641}, qaddam[] = {0x0642, 0x062F, 0x0645};
    const struct doc *d = x->d;
    const struct token *t = &d->tokens[k], *v = &d->tokens[k - 1];
    int fem = t->fold_len == 5 && t->fold[4] == 0x0627;
    if ((t->fold_len != 4 && !fem) || memcmp(t->fold, nafsuh, sizeof nafsuh) || k + 2 >= d->n_tokens)
        return 0;
    const UChar *vf = v->fold + v->lex_prefix;
    int32_t vn = v->fold_len - v->lex_prefix - (v->fold_len - v->lex_prefix == 4 && v->fold[v->fold_len - 1] == 0x062A);
    const struct token *b = &d->tokens[k + 1];
    if (v->kind != TOK_WORD || vn != 3 || (memcmp(vf, arraf, sizeof arraf) && memcmp(vf, qaddam, sizeof qaddam)) ||
        b->fold_len != 4 || memcmp(b->fold, bism, sizeof bism))
        return 0;
    int32_t s = k + 2, end = sentence_end(d, k);
    int marked = s < end && tok_is_quote_mark(&d->tokens[s]);
    s += marked;
    int32_t e = s;
    while (e < end && e - s < 3 && d->tokens[e].kind == TOK_WORD && x->owner[e] < 0 &&
           (is_particle(&d->tokens[e]) || !(tok_kinds(&d->tokens[e]) & (LEX_STOP | LEX_VERB | LEX_COMPLEMENTIZER)))) {
        e++;
        /* (a hyphen glued on both sides joins the parts of a name: كيم تشول-هو) */
        if (e + 1 < end && tok_glued_hyphen_after(d, e - 1) && d->tokens[e + 1].kind == TOK_WORD && x->owner[e + 1] < 0)
            e += 2;
    }
    if (e == s || (marked && (e >= end || !tok_is_quote_mark(&d->tokens[e]))))
        return 0;
    struct cand c = {s, e, s, e, -1, -1, 0, 0, ENT_PERSON, fem ? GENDER_FEM : GENDER_MASC, CAND_CONTEXT, CLASS_PERSON, -1, 0};
    return add_accepted(x, &c) != 0 ? -1 : 1;
}

/* Does a particle that opens a clause stand right before token k: لكن، ولكن (and the
 * other words that end a speaker's phrase), or the أن of غير أن، إلا أن? */
static int clause_particle_before(const struct doc *d, int32_t k)
{
    const struct token *p = &d->tokens[k - 1];
    if (p->sentence != d->tokens[k].sentence)
        return 0;
    if (tok_kinds(p) & LEX_CONJ_BREAK)
        return !tok_written_pronoun(d, p);
    if (k < 2 || p->lex_prefix || p->fold_len != 2 || p->fold[0] != 0x0627 || p->fold[1] != 0x0646)
        return 0;
    const struct token *q = &d->tokens[k - 2];
    return tok_is_ghayr(q) || (q->lex && !q->lex_prefix && (q->lex->stop_flags & STOP_EXCEPT));
}

/* "الذي يقدمه علي الساعدي،": علي written with its dots after a present verb that carries
 * its object as a written pronoun (ه، ها، هم) is the verb's subject, where a family name in ي closes the
 * phrase (على would govern a noun the clause goes on after: "يحثه على التعاون مع") */
__attribute__((noinline)) static int ali_after_verb_and_its_object(const struct ent_ctx *x, int32_t k,
                                                                   const struct token *prev)
{
    const struct doc *d = x->d;
    if (!prev || k + 2 >= d->n_tokens || prev->kind != TOK_WORD || tok_has_article(prev) ||
        !tok_present_verb_shape(prev) || !tok_written_pronoun(d, prev))
        return 0;
    return nisba_family_name(x, k + 1) && d->tokens[k + 2].kind == TOK_PUNCT &&
           d->tokens[k + 2].sentence == d->tokens[k + 1].sentence;
}

/* Does the topic of أما end before t: a comma, or the ف of its answer on a verb ("أما
 * حميد فيقول"، "فتكتفي"، "فقالت")? */
static int topic_ends(const struct token *t)
{
    if (tok_is_comma(t))
        return 1;
    if (t->kind != TOK_WORD || t->fold_len < 4 || t->fold[0] != 0x0641)
        return 0;
    if (t->lex_prefix == 1)
        return (tok_kinds(t) & LEX_VERB) || tok_is_kana(t);
    return tok_present_verb_shape(t) && t->fold_len >= 5;
}

/* "الكاتب العام: يوسف بناني": a role of up to three words opening its line and a colon,
 * then a given name (token k) and one bare word closing the line, sign a document */
static int signed_under_role(const struct ent_ctx *x, int32_t k)
{
    const struct doc *d = x->d;
    if (k < 2 || k + 1 >= d->n_tokens || !tok_is_char(&d->tokens[k - 1], ':') || !bare_word(x, k + 1) ||
        (d->tokens[k + 1].flags & TOKF_NEWLINE_BEFORE) ||
        (k + 2 < d->n_tokens && !(d->tokens[k + 2].flags & TOKF_NEWLINE_BEFORE)))
        return 0;
    int role = 0;
    for (int32_t j = k - 2; j >= 0 && k - 2 - j < 3; j--) {
        const struct token *u = &d->tokens[j];
        if (u->kind != TOK_WORD)
            return 0;
        role |= (tok_kinds(u) & (LEX_TITLE | LEX_ROLE_NOUN)) != 0;
        if (j == 0 || (u->flags & TOKF_NEWLINE_BEFORE))
            return role;
    }
    return 0;
}

/* "وهو يبتسم" tells what the person does; "وهو طالب" who the person is, though طالب is
 * also the past verb "demanded", which no one writes after وهو */
static __attribute__((noinline)) int aside_opens_with_a_present_verb(const struct token *t)
{
    return (tok_kinds(t) & LEX_VERB) && t->lex->verb_aspect != ASPECT_PAST;
}

/* Is the given name at k, after a kunya (أبو، أم), followed by a bare family name no
 * dictionary knows and then a comma or the complementiser? */
static int kunya_family_ends(const struct ent_ctx *x, int32_t k)
{
    const struct doc *d = x->d;
    if (k < 1 || k + 2 >= d->n_tokens || !kunya_particle(&d->tokens[k - 1]) || x->owner[k - 1] >= 0 ||
        x->owner[k] >= 0 || x->owner[k + 1] >= 0 || d->tokens[k + 2].sentence != d->tokens[k].sentence)
        return 0;
    uint32_t kinds = tok_kinds(&d->tokens[k]);
    const struct token *fam = &d->tokens[k + 1];
    return (kinds & LEX_FIRST_NAME) && !(kinds & (LEX_STOP | LEX_COMPLEMENTIZER | LEX_VERB)) &&
           fam->kind == TOK_WORD && (fam->flags & TOKF_ARABIC) && !tok_has_article(fam) && !fam->lex_prefix &&
           !(fam->flags & TOKF_COMMON) && surname_ok(x, fam) &&
           (tok_is_comma(&d->tokens[k + 2]) || (tok_kinds(&d->tokens[k + 2]) & LEX_COMPLEMENTIZER));
}

/* Does a comma at c open an aside on who someone is (an indefinite word first), closed
 * by a comma within a few words, with a verb right after it? */
static int aside_then_verb(const struct doc *d, int32_t c)
{
    if (c + 2 >= d->n_tokens || !tok_is_comma(&d->tokens[c]))
        return 0;
    const struct token *first = &d->tokens[c + 1];
    if (first->kind != TOK_WORD || tok_has_article(first) || first->lex_prefix ||
        (tok_kinds(first) & (LEX_STOP | LEX_VERB | LEX_COMPLEMENTIZER | LEX_PRONOUN)))
        return 0;
    for (int32_t j = c + 2; j + 1 < d->n_tokens && j - c <= 8 && d->tokens[j].sentence == first->sentence; j++) {
        if (d->tokens[j].kind == TOK_PUNCT)
            return tok_is_comma(&d->tokens[j]) && (tok_kinds(&d->tokens[j + 1]) & LEX_VERB) &&
                   d->tokens[j + 1].lex && d->tokens[j + 1].lex->verb_aspect <= ASPECT_PRESENT;
    }
    return 0;
}

static int pass_given_names(struct ent_ctx *x)
{
    const struct doc *d = x->d;
    int32_t nt = d->n_tokens, li = 0;
    for (int32_t k = list_next(&x->givens, &li, 0, nt); k + 1 < nt; k = list_next(&x->givens, &li, k + 1, nt)) {
        const struct token *t = &d->tokens[k];
        uint32_t kinds = tok_kinds(t);
        if (title_of_words_at(x, k))
            continue;
        const struct token *prev = k > 0 && d->tokens[k - 1].sentence == t->sentence ? &d->tokens[k - 1] : NULL;
        /* "وتقول أم حسن شمص، التي"، "أما أم محمد عويس، وهي": a kunya, a given name and a
         * bare family name no dictionary knows, where the name plainly ends */
        if (prev && kunya_family_ends(x, k)) {
            uint8_t g = prev->fold[prev->fold_len - 1] == 0x0645 ? GENDER_FEM : GENDER_MASC; /* (أم) */
            if (add_person(x, k - 1, k + 2, -1, -1, 0, g, CAND_CONTEXT) != 0)
                return -1;
            k++;
            continue;
        }
        /* "عرّف نفسه باسم «أوليغ»": باسم after نفسه is no one's name but names the one after */
        if (prev && k >= 2 && t->fold_len == 4 && t->fold[0] == 0x0628 && tok_marker(d, k, MARK_BEHALF)) {
            int read = self_named(x, k - 1);
            if (read < 0)
                return -1;
            if (read)
                continue;
        }
        /* (nor after a spokesman or another role: "المتحدث باسم الأسطول، الكابتن X", on the
         * fleet's behalf) */
        if (prev && tok_marker(d, k, MARK_BEHALF) && (tok_kinds(prev) & (LEX_TITLE | LEX_ROLE_NOUN)))
            continue;
        /* "وقال علي عمران، من كاباو،": علي written with its dots right after a reporting
         * verb (no one says قال على) and one bare word before a comma, a colon or the
         * complementiser are a name, whatever that word also means (and so after a present
         * verb that carries its object: ali_after_verb_and_its_object) */
        if (prev && given_name_like_function_word(d, t) && !t->lex_prefix && x->owner[k] < 0) {
            if (((tok_kinds(prev) & LEX_VERB) && k + 2 < nt && x->owner[k + 1] < 0 && bare_word(x, k + 1) &&
                 d->tokens[k + 2].sentence == t->sentence &&
                 (tok_is_comma(&d->tokens[k + 2]) || tok_is_char(&d->tokens[k + 2], ':') ||
                  (tok_kinds(&d->tokens[k + 2]) & LEX_COMPLEMENTIZER))) ||
                ali_after_verb_and_its_object(x, k, prev)) {
                if (add_person(x, k, k + 2, -1, -1, 0, GENDER_MASC, CAND_CONTEXT) != 0)
                    return -1;
                continue;
            }
        }
        /* (a given name no clitic or other reading claims, not yet anyone's) */
        int plain_given = (kinds & LEX_FIRST_NAME) && !(kinds & (LEX_STOP | LEX_NAME_PARTICLE | LEX_TITLE)) &&
                          !t->lex_prefix && x->owner[k] < 0;
        if (plain_given && signed_under_role(x, k)) {
            if (add_person(x, k, k + 2, -1, -1, 0, GENDER_UNKNOWN, CAND_CONTEXT) != 0)
                return -1;
            continue;
        }
        /* "سميرة رزق، وهي معلمة، قالت": a given name and one bare word before an aside on
         * who the person is, whatever that word also means (or a relative clause on them:
         * "تقلّب سعاد بزّي، التي درست الطب،") */
        /* (or, heading the sentence, before any aside closed by a comma and the verb, the
         * vox pop's subject first: "سامي حداد، موظف في مصرف، قال") */
        if (plain_given && k + 3 < nt && x->owner[k + 1] < 0 && bare_word(x, k + 1) &&
            ((tok_is_comma(&d->tokens[k + 2]) &&
              (tok_is_wa_huwa(&d->tokens[k + 3]) || tok_is_relative_pronoun(&d->tokens[k + 3])) &&
              d->tokens[k + 3].sentence == t->sentence) ||
             (k == d->sentences[t->sentence].tok_begin && aside_then_verb(d, k + 2)))) {
            if (add_person(x, k, k + 2, -1, -1, 0, GENDER_UNKNOWN, CAND_CONTEXT) != 0)
                return -1;
            continue;
        }
        /* "تؤجر فالنتينا، وهي متقاعدة في السبعين،": a given name alone before an aside in
         * وهو/وهي on who the person is (not where: "وهي بلدة", a place's head) */
        if (plain_given && t->fold_len >= 3 && k + 3 < nt && !(prev && (tok_kinds(prev) & LEX_FIRST_NAME)) &&
            tok_is_comma(&d->tokens[k + 1]) && tok_is_wa_huwa(&d->tokens[k + 2]) &&
            d->tokens[k + 3].kind == TOK_WORD && d->tokens[k + 3].sentence == t->sentence &&
            !tok_has_article(&d->tokens[k + 3]) && !d->tokens[k + 3].lex_prefix &&
            !(tok_kinds(&d->tokens[k + 3]) & (LEX_ORG_HEAD | LEX_STOP | LEX_PRONOUN)) &&
            !aside_opens_with_a_present_verb(&d->tokens[k + 3])) {
            if (add_person(x, k, k + 1, -1, -1, 0, GENDER_UNKNOWN, CAND_CONTEXT) != 0)
                return -1;
            continue;
        }
        /* "ويرى مرتضى، طالب الماجستير، أن"، "وقال كريم إن": a given name alone right after
         * a verb of saying, before who the person is or what was said, is the speaker
         * (the vox pop's habit: a first name only; not a syllable of two letters, which
         * dialect also writes as a word: "ما بيسأله شي،") */
        if (prev && (tok_kinds(prev) & LEX_VERB) && prev->lex->verb_aspect <= ASPECT_PRESENT && (kinds & LEX_FIRST_NAME) &&
            !(kinds & (LEX_STOP | LEX_NAME_PARTICLE | LEX_TITLE | LEX_VERB)) && !t->lex_prefix && t->fold_len >= 3 &&
            x->owner[k] < 0 && k + 2 < nt && d->tokens[k + 2].sentence == t->sentence &&
            ((tok_is_comma(&d->tokens[k + 1]) && d->tokens[k + 2].kind == TOK_WORD && !d->tokens[k + 2].lex_prefix &&
              ((tok_kinds(&d->tokens[k + 2]) & (LEX_ROLE_NOUN | LEX_TITLE)) ||
               !(tok_kinds(&d->tokens[k + 2]) & (LEX_STOP | LEX_FIRST_NAME | LEX_COMPLEMENTIZER)))) ||
             /* (not فان before a particle or a name: "يوهان فان دير هوفن" goes on; nor
              * after an East Asian family name, where it is Văn: "نغوين فان توان") */
             ((tok_kinds(&d->tokens[k + 1]) & LEX_COMPLEMENTIZER) &&
              !(is_particle(&d->tokens[k + 1]) && d->tokens[k + 2].kind == TOK_WORD &&
                (is_particle(&d->tokens[k + 2]) || tok_is_name_like(x->lx, &d->tokens[k + 2]) ||
                 (kinds & LEX_FAMILY_NAME)))))) {
            if (add_person(x, k, k + 1, -1, -1, 0, GENDER_UNKNOWN, CAND_CONTEXT) != 0)
                return -1;
            continue;
        }
        /* "أما حميد، أحد الحفارين، فيقول": a given name alone as the topic, however
         * common a word it is */
        if (prev && tok_is_amma(prev) && (kinds & LEX_FIRST_NAME) && !(kinds & (LEX_STOP | LEX_NAME_PARTICLE)) &&
            x->owner[k] < 0 && topic_ends(&d->tokens[k + 1])) {
            if (add_person(x, k, k + 1, -1, -1, 0, GENDER_UNKNOWN, CAND_CONTEXT) != 0)
                return -1;
            continue;
        }
        /* (and a given name and a family name the dictionary also reads, before the
         * topic ends: "أما ماريا لي، صاحبة مطعم، فتؤكد") */
        if (prev && tok_is_amma(prev) && (kinds & LEX_FIRST_NAME) && !(kinds & (LEX_STOP | LEX_NAME_PARTICLE)) &&
            k + 2 < nt && x->owner[k] < 0 && x->owner[k + 1] < 0 && d->tokens[k + 1].kind == TOK_WORD &&
            !tok_has_article(&d->tokens[k + 1]) && !d->tokens[k + 1].lex_prefix &&
            !(tok_kinds(&d->tokens[k + 1]) & (LEX_STOP | LEX_VERB | LEX_COMPLEMENTIZER | LEX_TITLE | LEX_ROLE_NOUN)) &&
            tok_is_comma(&d->tokens[k + 2])) {
            if (add_person(x, k, k + 2, -1, -1, 0, GENDER_UNKNOWN, CAND_CONTEXT) != 0)
                return -1;
            k++;
            continue;
        }
        /* (and a kunya as the topic: "أما أم علاء، الموظفة ...، فتقول"، "أما أم عمار فتكتفي") */
        if (prev && k >= 2 && is_particle(prev) && tok_is_amma(&d->tokens[k - 2]) && (kinds & LEX_FIRST_NAME) &&
            x->owner[k] < 0 && x->owner[k - 1] < 0 && topic_ends(&d->tokens[k + 1])) {
            if (add_person(x, k - 1, k + 1, -1, -1, 0, GENDER_UNKNOWN, CAND_CONTEXT) != 0)
                return -1;
            continue;
        }
        /* "يبدو أبو أنس العمايرة أكثر هدوءا": a kunya (أبو، أم and a given name) and a
         * family name in ال are a person wherever they stand */
        /* (علي as written is the name after أبو: no preposition follows a kunya) */
        if ((kinds & LEX_FIRST_NAME) && prev && kunya_particle(prev) &&
            (!(kinds & (LEX_STOP | LEX_COMPLEMENTIZER | LEX_VERB)) || given_name_like_function_word(d, t)) &&
            t->fold_len >= 3 && x->owner[k - 1] < 0 &&
            x->owner[k] < 0) {
            uint8_t g = prev->fold[prev->fold_len - 1] == 0x0645 ? GENDER_FEM : GENDER_MASC; /* (أم) */
            if (x->owner[k + 1] < 0 && d->tokens[k + 1].sentence == t->sentence && tok_has_article(&d->tokens[k + 1]) &&
                !tok_has_prep_clitic(&d->tokens[k + 1]) && surname_ok(x, &d->tokens[k + 1]) &&
                !common_plural(&d->tokens[k + 1])) {
                if (add_person(x, k - 1, k + 2, -1, -1, 0, g, CAND_CONTEXT) != 0)
                    return -1;
                k++;
                continue;
            }
            /* "اتصلت أم راشد من منطقة البرشاء"، "أبو أحمد من ولاية صحار": a kunya and where
             * the person is from; the kunya is the whole name */
            /* (or set off by a comma before who the person is: "تجلس أم هاشم، صاحبة ورشة
             * فخار،") */
            /* (or before what the person said: "قالت ربة المنزل أم محمد إنها ...") */
            /* (or opening a line as a label, before its colon or who the person is in
             * parentheses: "أم محمد (ربة بيت من حي الكيش): ...") */
            int label = words_label_their_line(d, k - 1, k + 1);
            /* (or wherever the name plainly ends, before a function word, a sign or a verb:
             * "وقف أبو علي أمام المحل وقال"، "التقينا أم محمد في السوق"; not "أحمد أم محمد؟",
             * or between two names) */
            const struct token *after = k + 1 < nt && d->tokens[k + 1].sentence == t->sentence ? &d->tokens[k + 1] : NULL;
            if ((!after || after->kind == TOK_PUNCT ||
                 (after->kind == TOK_WORD && (tok_kinds(after) & (LEX_STOP | LEX_VERB)) &&
                  !(tok_kinds(after) & LEX_FIRST_NAME))) &&
                !(after && (tok_is_char(after, '?') || tok_is_char(after, 0x061F))) &&
                !(k >= 2 && (x->owner[k - 2] >= 0 || (tok_kinds(&d->tokens[k - 2]) & LEX_FIRST_NAME)))) {
                if (add_person(x, k - 1, k + 1, -1, -1, 0, g, CAND_CONTEXT) != 0)
                    return -1;
                continue;
            }
            if (k + 2 < nt && d->tokens[k + 2].sentence == t->sentence &&
                (label || tok_is_min(&d->tokens[k + 1]) || (tok_kinds(&d->tokens[k + 1]) & LEX_COMPLEMENTIZER) ||
                 /* (or the kunya alone in marks, a reader's signature: "أما «أبو فهد» من") */
                 (k >= 2 && is_quote_mark(&d->tokens[k - 2]) && is_quote_mark(&d->tokens[k + 1])) ||
                 /* (or before an aside in وهي on who the person is: "أم زهراء، وهي أم لخمسة") */
                 (tok_is_comma(&d->tokens[k + 1]) && tok_is_wa_huwa(&d->tokens[k + 2])) ||
                 (tok_is_comma(&d->tokens[k + 1]) && d->tokens[k + 2].kind == TOK_WORD &&
                  !tok_has_article(&d->tokens[k + 2]) && !d->tokens[k + 2].lex_prefix &&
                  (d->tokens[k + 2].flags & TOKF_COMMON) &&
                  !(tok_kinds(&d->tokens[k + 2]) & (LEX_STOP | LEX_VERB | LEX_COMPLEMENTIZER | LEX_FIRST_NAME))))) {
                if (add_person(x, k - 1, k + 1, -1, -1, 0, g, CAND_CONTEXT) != 0)
                    return -1;
                continue;
            }
        }
        /* عبد الرحيم المودن: a compound given name in عبد, with a family name after it */
        if (abd_compound(d, k)) {
            /* (after a given name the name starts there: كريم عبد الفتاح; not after a word
             * that also reads as a complementiser, وكان "and was" as وكأن) */
            const struct token *before = k > 0 ? &d->tokens[k - 1] : NULL;
            if (before && (tok_kinds(before) & LEX_FIRST_NAME) && before->sentence == t->sentence &&
                !((tok_kinds(before) & LEX_COMPLEMENTIZER) && before->lex_prefix))
                continue;
            int32_t e = x->owner[k] < 0 ? read_name(x, k, sentence_end(d, k)) : k;
            if (e > k + 2)
                e = family_name_then_object(x, k, e);
            if (e > k + 2) {
                if (add_person(x, k, e, -1, -1, 0, GENDER_UNKNOWN, CAND_CONTEXT) != 0)
                    return -1;
                k = e - 1;
            }
            continue;
        }
        if (t->fold_len == 2 && x->owner[k] < 0 && tok_short_family(d, k)) {
            if (name_of_three_at(x, &k) != 0)
                return -1;
            continue;
        }
        /* "يونس: جيت بعقد ..." on two lines or more: a given name alone labelling the turns
         * of a transcript is the person who speaks them */
        if ((t->flags & TOKF_NEWLINE_BEFORE) && (kinds & LEX_FIRST_NAME) && !(kinds & (LEX_STOP | LEX_NAME_PARTICLE)) &&
            x->owner[k] < 0 && given_name_labels_turns(d, k)) {
            if (add_person(x, k, k + 1, -1, -1, 0, GENDER_UNKNOWN, CAND_CONTEXT) != 0)
                return -1;
            continue;
        }
        /* (علي right after عن، إلى، على is the name: no preposition takes على after it,
         * "نقلت الوكالة عن علي حسن قوله") */
        int after_preposition = prev && (tok_is_an(prev) || tok_is_ila(prev) || tok_is_ala(prev)) &&
                                given_name_like_function_word(d, t);
        if (x->owner[k] >= 0 || !(kinds & LEX_FIRST_NAME) || (kinds & LEX_NAME_PARTICLE) ||
            (!tok_is_name_like(x->lx, t) && !after_preposition && !family_then_title(d, k) &&
             !((t->flags & TOKF_ARABIC) && (!(kinds & LEX_STOP) || given_name_like_function_word(d, t)) &&
               given_in_apposition(x, k, prev)) &&
             /* (not على written with its ى: "على الرصيف، بدا") */
             !(k + 2 < nt && ((tok_is_comma(&d->tokens[k + 2]) && opens_sentence_before_comma(d, k)) ||
                              name_labels_its_line(d, k)) &&
               (!(kinds & LEX_STOP) || given_name_like_function_word(d, t)))) ||
            t->sentence != d->tokens[k + 1].sentence)
            continue;
        const struct token *n = &d->tokens[k + 1];
        if (x->owner[k + 1] >= 0)
            continue;
        if (tok_kinds(n) & LEX_NAME_PARTICLE) {
            /* نبيل بن عبد الله: a given name joined by a particle to the rest */
            if (name_of_three_at(x, &k) != 0)
                return -1;
            continue;
        }
        /* كيم سون وون: a given syllable after a family name may spell a common word too */
        /* (and so when a hyphen glues it to the next: كيم سو-يون) */
        int syllable = (kinds & LEX_FAMILY_NAME) && tok_east_asian_syllable(n) &&
                       (!(n->flags & TOKF_COMMON) || (k + 2 < nt && tok_east_asian_syllable(&d->tokens[k + 2]) &&
                                                       d->tokens[k + 2].sentence == t->sentence) ||
                        tok_glued_hyphen_after(d, k + 1));
        /* سيدي محمد ولد اعبيد: two given names in a row are a name, however common */
        int given_pair = (tok_kinds(n) & LEX_FIRST_NAME) && !(tok_kinds(n) & LEX_NAME_PARTICLE) &&
                         !(tok_kinds(n) & (LEX_STOP | LEX_VERB));
        /* (an East Asian family name is a given name only in the West, كيم داروك, whose
         * names hold none of ع، ح، ص، ض، ظ: "ويستعد كيم لعرض مشروعه" is Kim, then ل and a
         * verbal noun) */
        if ((kinds & LEX_FAMILY_NAME) && !syllable && !given_pair && tok_has_arabic_only_letter(n))
            continue;
        /* (and so is a given name, a sheikh's bare title and another given name: "محمد شيخ
         * أحمد", read_name's) */
        given_pair |= sheikh_in_name(d, k + 1);
        /* (and علي written with its ي between a given name and a name word: "المستوردة فاطمة
         * علي آدم"; the preposition is على) */
        given_pair |= given_name_like_function_word(d, n) && k + 2 < nt && d->tokens[k + 2].sentence == t->sentence &&
                      ((tok_kinds(&d->tokens[k + 2]) & LEX_FIRST_NAME) || tok_is_name_like(x->lx, &d->tokens[k + 2])) &&
                      !(tok_kinds(&d->tokens[k + 2]) & LEX_STOP);
        if (!syllable && !given_pair && (!tok_is_name_like(x->lx, n) || (n->flags & TOKF_COMMON))) {
            /* موسى التعمري ويزن النعيمات: an Arabic given name and a family name in ال,
             * standing alone between boundaries */
            int32_t end = sentence_end(d, k);
            int apposition = given_in_apposition(x, k, prev);
            /* (محمد الأمين ولد ابّاه: a compound given name, then a particle of the name) */
            if (k + 3 < end && (tok_kinds(n) & LEX_TITLE) && is_particle(&d->tokens[k + 2]) &&
                !(tok_kinds(&d->tokens[k + 2]) & LEX_STOP) && tok_has_article(n)) {
                int32_t e = read_name(x, k, end);
                if (e > k + 3) {
                    if (add_person(x, k, e, -1, -1, 0, GENDER_UNKNOWN, CAND_CONTEXT) != 0)
                        return -1;
                    k = e - 1;
                    continue;
                }
            }
            const struct token *after = k + 2 < end ? &d->tokens[k + 2] : NULL;
            /* "وقدّم خالد خياري، الأمين العام المساعد، إحاطة": a word set off by a comma
             * before a definite title in apposition is the family name, however common */
            int titled_after = comma_then_title(d, k + 2, end) &&
                               /* (or a title in construct: "خالد خياري، مساعد الأمين العام") */
                               (tok_has_article(&d->tokens[k + 3]) ||
                                (k + 4 < end && !d->tokens[k + 3].lex_prefix && tok_has_article(&d->tokens[k + 4]) &&
                                 (tok_kinds(&d->tokens[k + 4]) & (LEX_TITLE | LEX_ROLE_NOUN | LEX_ORG_HEAD))));
            if (!(kinds & (LEX_FAMILY_NAME | LEX_STOP | LEX_TITLE)) && titled_after && !tok_has_article(n) &&
                surname_ok(x, n) && n->fold_len >= 3 && !tok_pronoun_suffixed(d, n)) {
                if (add_person(x, k, k + 2, -1, -1, 0, GENDER_UNKNOWN, CAND_CONTEXT) != 0)
                    return -1;
                k++;
                continue;
            }
            /* (a given name that is also a word, محمد، سعيد, with a family name no
             * dictionary knows: محمد الدوسري) */
            /* (after a definite noun in apposition, a family name without the article
             * too, before the phrase ends: "المعلمة رنا صوالحة من نابلس") */
            if (apposition && !(kinds & LEX_FAMILY_NAME) && !tok_has_article(n) && surname_ok(x, n) &&
                n->kind == TOK_WORD && (n->flags & TOKF_ARABIC) && n->fold_len >= 3 &&
                d->text.u16[n->span.end - 1] != 0x0647 /* (not a possessive: "كامل طاقته") */ &&
                (!after || after->kind == TOK_PUNCT || (tok_kinds(after) & (LEX_STOP | LEX_VERB | LEX_COMPLEMENTIZER)) ||
                 /* (or the outlet told, in ل: "قال المتعهد وائل قدسية لكاميرا سما:") */
                 (after->kind == TOK_WORD && after->fold[0] == 0x0644 && after->fold_len >= 4 && !tok_has_article(after) &&
                  !(tok_kinds(after) & (LEX_FIRST_NAME | LEX_FAMILY_NAME))))) {
                if (add_person(x, k, k + 2, -1, -1, 0, GENDER_UNKNOWN, CAND_CONTEXT) != 0)
                    return -1;
                k++;
                continue;
            }
            /* (or both are words after a definite noun in apposition: "المغربي عزيز
             * الرمضاني") */
            /* (علي, also على, only before the phrase ends: not "الوزير علي الرغم من ذلك") */
            /* (or before a comma and a title: "عزاه كريم النحاس، رئيس قسم البحوث،") */
            /* (or the subject that opens its sentence, before its verb: "محمد العلوي قال
             * إن"; two common words there read no other way) */
            /* (or before a comma there, and the apposition that follows: "ليث العمري، طالب
             * سنة ثالثة ...، قال") */
            /* (or after the particle that opens the clause, before its verb: "لكن محمد
             * الهاشمي أكد"، "غير أن محمد الهاشمي أكد") */
            int opens_clause = after && (k == d->sentences[t->sentence].tok_begin ? (tok_kinds(after) & LEX_VERB) ||
                                                                                         (tok_is_comma(after) && opens_sentence_before_comma(d, k)) ||
                                                                                         name_labels_its_line(d, k)
                                                                                   : (tok_kinds(after) & LEX_VERB) && clause_particle_before(d, k));
            /* (an honorific after the given name is none, but the family name) */
            /* (and so is a nisba that is also a nationality after أما, before the comma or
             * the ف of the verb: "أما منير الغربي، صاحب شركة ...، فقال") */
            int honorific_family = honorific_ends_name(d, k + 1) ||
                                   (prev && tok_is_amma(prev) && tok_is_demonym(x->lx, n) && after &&
                                    (tok_is_comma(after) || (after->fold[0] == 0x0641 && (tok_kinds(after) & LEX_VERB))));
            if (!(kinds & LEX_FAMILY_NAME) && !tok_owner_of_next(d, x->lx, k, d->n_tokens) &&
                (!(t->flags & TOKF_COMMON) || !(n->flags & TOKF_COMMON) || apposition || opens_clause ||
                 (!(kinds & (LEX_TITLE | LEX_STOP)) && family_then_title(d, k))) &&
                !((kinds & LEX_STOP) && after && (tok_kinds(after) & LEX_STOP)) &&
                tok_has_article(n) && (surname_ok(x, n) || honorific_family) &&
                /* (no sound plural the dictionary holds: "وعودة النازحين") */
                !((n->flags & TOKF_COMMON) && sound_plural(n)) &&
                (!after || after->kind == TOK_PUNCT || (tok_kinds(after) & LEX_STOP) ||
                 (after->kind == TOK_WORD && after->fold_len == 1) /* (بـ«...»: a clitic written apart) */ ||
                 (tok_kinds(after) & LEX_FIRST_NAME) ||
                 ((apposition || opens_clause) && (tok_kinds(after) & LEX_VERB)) ||
                 /* (or, after a definite noun in apposition, a nisba no dictionary knows
                  * before anything: "زميلته في التقديم ريم الدوسري ضاحكة:") */
                 (apposition && !(n->flags & TOKF_COMMON) && tok_nisba_ending(n)) ||
                 /* (or after a nationality, a nisba family name before anything: "يتابع
                  * الأردني سامر الحوراني نشرات الأخبار") */
                 (apposition && prev && tok_is_demonym(x->lx, prev) && tok_nisba_ending(n) &&
                  !tok_is_demonym(x->lx, n)) ||
                 /* (or a family name no dictionary knows, after one person's nationality:
                  * "قدم الكوميدي الأردني رامي الخصاونة فقرة كاملة"; not a plural's, "ويخشى
                  * الصيادون اليابانيون عودة السفن الصينية") */
                 (apposition && prev && tok_is_demonym(x->lx, prev) && !common_plural(prev) &&
                  prev->fold[prev->fold_len - 1] != 0x0646 && !(n->flags & TOKF_COMMON) &&
                  !tok_is_demonym(x->lx, n) && !(after && tok_has_article(after) && tok_is_demonym(x->lx, after))) ||
                 /* (or before بأن, a family name in ي that no dictionary knows: "وعلقت
                  * زميلته ريم العتيبي بأن"; not "واعترف أمين المال بأن", a title) */
                 ((tok_kinds(after) & LEX_COMPLEMENTIZER) && !(n->flags & TOKF_COMMON) && tok_nisba_ending(n)))) {
                if (add_person(x, ali_opens_name(x, k) ? k - 1 : ali_bin_opens_name(x, k) ? k - 2 : k, k + 2, -1, -1, 0,
                               GENDER_UNKNOWN, CAND_CONTEXT) != 0)
                    return -1;
                k++;
                continue;
            }
            /* (as the topic of أما, a compound given name and a word no list holds right
             * before the topic ends are read whole: "أما فاطمة الزهراء بنعلي، مسيرة شركة") */
            if (!(prev && tok_is_amma(prev) && tok_has_article(n) && after && after->kind == TOK_WORD &&
                  !tok_has_article(after) && !after->lex && k + 3 < end && topic_ends(&d->tokens[k + 3])))
                continue;
        }
        int32_t e = read_name(x, k, sentence_end(d, k));
        if (e > k + 1)
            e = extend_forward(x, e, sentence_end(d, k));
        if (e > k + 1) {
            /* (جي-يون سونغ: a short syllable glued by a hyphen before it is the name's start) */
            int32_t b = k;
            if (e - k >= 2 && ali_opens_name(x, k))
                b = k - 1;
            else if (e - k >= 2 && ali_bin_opens_name(x, k))
                b = k - 2;
            if (k >= 2 && tok_is_dash(&d->tokens[k - 1]) && !(d->tokens[k - 1].flags & TOKF_SPACE_BEFORE) &&
                !(t->flags & TOKF_SPACE_BEFORE) && read_name(x, k - 2, k + 1) == k + 1)
                b = k - 2;
            int32_t n_before = x->c.n;
            if (add_person(x, b, e, -1, -1, 0, GENDER_UNKNOWN, CAND_CONTEXT) != 0)
                return -1;
            /* (وجي-يون: the syllable after و, a second person joined to the first) */
            if (b < k && x->c.n > n_before && d->tokens[b].fold_len == 3 && d->tokens[b].fold[0] == 0x0648)
                x->c.v[x->c.n - 1].skip = 1;
            k = e - 1;
        }
    }
    return 0;
}

/* "قال فرحان حق، نائب المتحدث باسم ...": two or three bare words right after the verb,
 * then a comma and a title, are a name even when each is a common word. Returns the
 * name's end, or s. */
static int32_t name_before_apposition(const struct ent_ctx *x, int32_t s, int32_t end)
{
    const struct doc *d = x->d;
    int32_t c = s;
    while (c < end && c - s < 3 && bare_word(x, c))
        c++;
    if (c - s < 2 || c + 1 >= end || !tok_is_comma(&d->tokens[c]))
        return s;
    uint32_t k = tok_kinds(&d->tokens[c + 1]);
    return (k & (LEX_TITLE | LEX_ROLE_NOUN)) && !(k & LEX_STOP) ? c : s;
}

/* Is token t, as written, the last word of a person's name accepted before it? */
static int family_name_of_someone(const struct ent_ctx *x, const struct token *t)
{
    const struct doc *d = x->d;
    for (int32_t i = 0; i < x->c.n; i++) {
        const struct cand *c = &x->c.v[i];
        if (!c->accepted || c->type != ENT_PERSON || c->name_te - c->name_tb < 2 || d->tokens[c->name_te - 1].span.start >= t->span.start)
            continue;
        const struct token *last = &d->tokens[c->name_te - 1];
        if (last->fold_len == t->fold_len && !memcmp(last->fold, t->fold, (size_t)t->fold_len * sizeof *t->fold))
            return 1;
    }
    return 0;
}

/* Token k is a definite noun in ة that the dictionary holds (الحلقة، الجلسة), followed by
 * a word in ب: a verb's object and how it was done, not a family name. */
__attribute__((noinline)) static int object_then_how(const struct ent_ctx *x, int32_t k, int32_t end)
{
    const struct doc *d = x->d;
    const struct token *t = &d->tokens[k];
    if (k + 1 >= end || !tok_has_article(t) || t->lex_prefix || !(t->flags & TOKF_COMMON) ||
        d->text.u16[t->span.end - 1] != 0x0629 || tok_kinds(t))
        return 0;
    const struct token *how = &d->tokens[k + 1];
    return how->kind == TOK_WORD && how->fold_len > 3 && how->fold[0] == 0x0628 &&
           lexicon_is_common(x->lx, how->fold + 1, how->fold_len - 1);
}

/* Where a speaker stands: after a reporting verb or a source marker, or before a
 * reporting verb at the start of a clause. */
static int pass_context(struct ent_ctx *x)
{
    const struct doc *d = x->d;
    int32_t n = d->n_tokens, li = 0;
    for (int32_t k = list_next(&x->cues, &li, 0, n); k < n; k = list_next(&x->cues, &li, k + 1, n)) {
        const struct token *tk = &d->tokens[k];
        uint32_t kinds = tok_kinds(tk);
        int32_t end = sentence_end(d, k);
        if ((kinds & (LEX_VERB | LEX_SOURCE)) && tk->kind == TOK_WORD && k + 1 < end) {
            /* (after "for his part": "وقال من جهته X إن") */
            int32_t s = k + 1 + ((kinds & LEX_VERB) ? tok_aside_after_verb(d, k + 1, end) : 0);
            if (s >= end)
                continue;
            /* (after a source marker, a statement noun may come first: "ووفق معلومات «صوت
             * بيروت إنترناشونال»، فإن") */
            if ((kinds & LEX_SOURCE) && s + 1 < end && (tok_kinds(&d->tokens[s]) & LEX_STATEMENT) &&
                is_quote_mark(&d->tokens[s + 1]))
                s++;
            const struct token *t = &d->tokens[s];
            if (x->owner[s] >= 0)
                continue;
            if (is_quote_mark(t)) {
                /* رأت «الغارديان» أن: a quoted name as the subject of a reporting verb is
                 * an outlet or an organisation (not after a plural verb, which holds its
                 * subject: "ويهتفون «أهلا بالرئيس»،") */
                if ((kinds & LEX_VERB) && tk->lex->verb_gender == GENDER_PLURAL)
                    continue;
                /* (nor after a verb read only before marks: "بما سمّته «أخوة السلاح»" are
                 * its words) */
                if ((kinds & LEX_VERB) && tk->lex->verb_marked)
                    continue;
                int32_t c = s + 1;
                while (c < end && c - s <= 4 && !is_quote_mark(&d->tokens[c]))
                    c++;
                int32_t after = c + 1;
                if (c < end && c - s <= 4 && c > s + 1 && after < end &&
                    ((tok_kinds(&d->tokens[after]) & LEX_COMPLEMENTIZER) || tok_is_comma(&d->tokens[after]))) {
                    int free_span = 1;
                    for (int32_t j = s + 1; j < c; j++)
                        free_span &= x->owner[j] < 0 && d->tokens[j].kind == TOK_WORD;
                    struct cand c2 = {s + 1, c, s + 1, c, -1, -1, 0, 0, ENT_ORG, GENDER_FEM, CAND_CONTEXT,
                                      CLASS_MEDIA | CLASS_ORG, -1, 0};
                    /* (Egyptian copy marks a person's family name: "وصفه «خطاب» بأنه", the
                     * surname of someone named in full before) */
                    if (c == s + 2 && family_name_of_someone(x, &d->tokens[s + 1])) {
                        c2.type = ENT_PERSON;
                        c2.gender = GENDER_UNKNOWN;
                        c2.classes = CLASS_PERSON;
                    }
                    if (free_span) {
                        if (add_cand(x, &c2) != 0)
                            return -1;
                        accept(x, x->c.n - 1);
                        k = c;
                    }
                }
                continue;
            }
            /* وفقا لرودينكو: the name behind a preposition clitic */
            int32_t p = (t->fold_len > 0 && (t->fold[0] == 0x0648 || t->fold[0] == 0x0641)) ? 1 : 0;
            if ((kinds & LEX_SOURCE) && t->kind == TOK_WORD && t->fold_len - p >= 4 &&
                (t->fold[p] == 0x0644 || t->fold[p] == 0x0628) && !(t->flags & TOKF_COMMON) && !tok_kinds(t) &&
                !lexicon_is_common(x->lx, t->fold + p + 1, t->fold_len - p - 1)) {
                int32_t e = s + 1;
                while (e < end && e - s < MAX_NAME_TOKENS && tok_is_name_like(x->lx, &d->tokens[e]) &&
                       x->owner[e] < 0)
                    e++;
                struct cand c = {s, e, s, e, -1, -1, (uint8_t)(p + 1),
                                 0, ENT_PERSON, GENDER_MASC, CAND_CONTEXT, CLASS_PERSON, -1, 0};
                if (add_accepted(x, &c) != 0)
                    return -1;
                continue;
            }
            /* (and an East Asian family name there, with its given syllables: "ووفقا لكيم
             * هيي-جين") */
            if ((kinds & LEX_SOURCE) && t->kind == TOK_WORD && t->lex_prefix == p + 1 && t->fold[p] == 0x0644 &&
                (tok_kinds(t) & LEX_FAMILY_NAME)) {
                int32_t e = s + 1;
                while (e < end && e - s <= 3 && x->owner[e] < 0) {
                    if (tok_glued_hyphen_after(d, e - 1) && e > s + 1)
                        e += 2;
                    else if (tok_east_asian_syllable(&d->tokens[e]) || tok_glued_hyphen_after(d, e))
                        e++;
                    else
                        break;
                }
                if (e > s + 1) {
                    struct cand c = {s, e, s, e, -1, -1, (uint8_t)(p + 1),
                                     0, ENT_PERSON, GENDER_UNKNOWN, CAND_CONTEXT, CLASS_PERSON, -1, 0};
                    if (add_accepted(x, &c) != 0)
                        return -1;
                    k = e - 1;
                    continue;
                }
            }
            if (tok_is_manner_after_ba(x->d, x->lx, (int32_t)(t - x->d->tokens), 1))
                continue; /* (ويضيف بصوت متقطع: how, not who) */
            /* "اكتفى بهز رأسه": the verb's complement; a name no dictionary knows may still
             * start with ب (اكتفى بيرنز بالقول) */
            if (tk->lex && tk->lex->verb_ba && t->kind == TOK_WORD && t->fold_len > 2 && t->fold[0] == 0x0628 &&
                !(tok_kinds(t) & (LEX_FIRST_NAME | LEX_FAMILY_NAME)) &&
                lexicon_is_common(x->lx, t->fold + 1, t->fold_len - 1))
                continue;
            int32_t e = read_name(x, s, end);
            if (e > s)
                e = extend_forward(x, e, end);
            if (e == s)
                e = name_before_apposition(x, s, end); /* قال فرحان حق، نائب المتحدث ... */
            /* "ويختم يونس الحلقة بنصيحة": a given name, then the verb's definite object in
             * ة that the dictionary holds and how, in ب; the object is no family name */
            if (e == s + 2 && (tok_kinds(t) & LEX_FIRST_NAME) && object_then_how(x, s + 1, end))
                e = s + 1;
            e = family_name_then_object(x, s, e);
            if (e > s && !(e == s + 1 && (tok_kinds(t) & LEX_FIRST_NAME) && !(tok_kinds(t) & LEX_FAMILY_NAME) &&
                           (t->flags & TOKF_COMMON))) {
                if (add_person(x, s, e, -1, -1, 0, GENDER_UNKNOWN, CAND_CONTEXT) != 0)
                    return -1;
                k = e - 1;
            }
        }
    }
    return 0;
}

/* ---- pass 5: capitalised names in Latin script ---- */

static int latin_upper(const struct token *t)
{
    return t->kind == TOK_WORD && (t->flags & TOKF_LATIN) && (t->flags & TOKF_UPPER);
}

static int connector(const struct token *t)
{
    static const char *const words[] = {"of", "for", "and", "on", "in", "de"};
    return tok_is_ascii_word(t, words, sizeof words / sizeof words[0]);
}

/* Runs of capitalised Latin words not claimed by an earlier pass: an organisation when
 * one of its words says so (Department, Institute, Times ...) or it is an acronym; a
 * person when it stands after a title or before a reporting verb. Others (names of
 * exercises, programmes, days) are left alone. */
static int pass_latin(struct ent_ctx *x)
{
    const struct doc *d = x->d;
    int32_t li = 0;
    for (int32_t s = 0; s < d->n_sentences; s++) {
        int32_t sb = d->sentences[s].tok_begin, se = d->sentences[s].tok_end;
        for (int32_t k = list_next(&x->latins, &li, sb, se); k < se; k = list_next(&x->latins, &li, k + 1, se)) {
            if (!latin_upper(&d->tokens[k]) || x->owner[k] >= 0)
                continue;
            int32_t b = k, e = k + 1, org = 0;
            uint16_t classes = 0;
            while (e < se) {
                const struct token *t = &d->tokens[e];
                if (latin_upper(t) && x->owner[e] < 0) {
                    e++;
                    continue;
                }
                /* Min-seok, Six-Party: a hyphen glued on both sides */
                if (tok_is_dash(t) && !(t->flags & TOKF_SPACE_BEFORE) && e + 1 < se &&
                    !(d->tokens[e + 1].flags & TOKF_SPACE_BEFORE) && d->tokens[e + 1].kind == TOK_WORD &&
                    (d->tokens[e + 1].flags & TOKF_LATIN)) {
                    e += 2;
                    continue;
                }
                /* Department of Statistics, Embassy in Washington, Bank Negara Malaysia;
                 * "in" only after an office that sits somewhere (Embassy, Ministry) */
                if (connector(t) && e + 1 < se && latin_upper(&d->tokens[e + 1]) &&
                    (t->fold[0] != 'i' || ((tok_kinds(&d->tokens[e - 1]) & LEX_ORG_WORD) &&
                                           (d->tokens[e - 1].lex->role_classes & CLASS_MINISTRY)))) {
                    e++;
                    continue;
                }
                if (latin_upper(t) && x->owner[e] >= 0 && x->c.v[x->owner[e]].type == ENT_GPE) {
                    int has_org = 0;
                    for (int32_t j = b; j < e; j++)
                        has_org |= (tok_kinds(&d->tokens[j]) & LEX_ORG_WORD) != 0;
                    if (has_org) {
                        e = x->c.v[x->owner[e]].te;
                        continue;
                    }
                }
                break;
            }
            /* trim: leading function words and adjectives (but "Russian Embassy" keeps
             * its adjective: the office alone is no name), trailing titles and connectors */
            while (b < e && (tok_kinds(&d->tokens[b]) & LEX_STOP))
                b++;
            int32_t nb = b;
            while (nb < e && tok_is_demonym(x->lx, &d->tokens[nb]))
                nb++;
            if (!(nb > b && nb < e && (tok_kinds(&d->tokens[nb]) & LEX_ORG_WORD)))
                b = nb;
            while (e > b && ((tok_kinds(&d->tokens[e - 1]) & (LEX_TITLE | LEX_STOP)) || connector(&d->tokens[e - 1])))
                e--;
            if (b >= e) {
                k = e > k ? e - 1 : k;
                continue;
            }
            for (int32_t j = b; j < e; j++) {
                if (tok_kinds(&d->tokens[j]) & LEX_ORG_WORD) {
                    org = 1;
                    classes |= d->tokens[j].lex->role_classes;
                }
            }
            int acronym = e == b + 1 && all_caps(d, &d->tokens[b]);
            int shouting = e - b >= 2 && all_caps(d, &d->tokens[b]) && all_caps(d, &d->tokens[e - 1]);
            const struct token *after = e < se ? &d->tokens[e] : NULL;
            const struct token *before = b > sb ? &d->tokens[b - 1] : NULL;
            int titled = before && (tok_kinds(before) & LEX_TITLE);
            int speaks = after && (tok_kinds(after) & LEX_VERB);
            /* "The head of the committee, Grigory Karasin, told": a name set off by
             * commas right before the verb */
            if (!speaks && after && before && tok_is_comma(after) && tok_is_comma(before) && e + 1 < se &&
                (tok_kinds(&d->tokens[e + 1]) & LEX_VERB) && e - b >= 2)
                speaks = 1;
            int given = (tok_kinds(&d->tokens[b]) & LEX_FIRST_NAME) != 0;
            int only_org_words = 1;
            for (int32_t j = b; j < e; j++)
                only_org_words &= (tok_kinds(&d->tokens[j]) & LEX_ORG_WORD) != 0;
            struct cand c = {b, e, b, e, -1, -1, 0, 0, ENT_ORG, GENDER_FEM, CAND_CONTEXT, classes ? classes : CLASS_ORG,
                             -1, 0};
            int keep = 0;
            if (shouting) {
                keep = 0; /* a headline in capitals, not a name */
            } else if ((org && !(only_org_words && e - b == 1)) || (acronym && speaks)) {
                keep = 1;
            } else if (!acronym && (titled || speaks || (given && e - b >= 2)) && e - b <= 4) {
                /* a person: after a title, before "said", or a known given name with a
                 * family name */
                c.type = ENT_PERSON;
                c.gender = given ? (d->tokens[b].lex->name_gender ? d->tokens[b].lex->name_gender : GENDER_MASC)
                                 : GENDER_MASC;
                c.classes = CLASS_PERSON;
                keep = !(b == sb && !titled && !given && e - b == 1);
            }
            if (keep) {
                for (int32_t j = b; j < e; j++)
                    if (x->owner[j] >= 0)
                        x->c.v[x->owner[j]].accepted = 0, x->owner[j] = -1;
                if (add_accepted(x, &c) != 0)
                    return -1;
            }
            k = e - 1;
        }
    }
    return 0;
}

/* ---- entities from accepted candidates ---- */

struct surname {
    int32_t entity, pos, next;
};

struct surname_index {
    struct keymap map;       /* key -> first node */
    struct surname *nodes;
    int32_t n;
    /* Bit (c & 63) for the last unit c of every key, bit (len & 63) for its length: all
     * the clitic readings of a word end like the word, so most words are ruled out
     * before their readings are even listed. */
    uint64_t last_units, lengths;
};

static uint64_t bit64(uint32_t v)
{
    return (uint64_t)1 << (v & 63);
}

/* 0 when no clitic reading of the word can be a key of the index. */
static int may_be_surname(const struct surname_index *si, const struct token *tk)
{
    if (tk->fold_len == 0)
        return (si->lengths & bit64(0)) != 0; /* only an empty key reads an empty word */
    return (si->last_units & bit64(tk->fold[tk->fold_len - 1])) != 0;
}

/* لي سونغ كوين، سو مين جي: a two-letter family name before East Asian syllables. Such
 * names (لي، سو) are kept out of the name list because they are common words too
 * ("to me"); the full name, found from its context, vouches for them. */
static int short_family_name(const struct doc *d, const struct mention *m)
{
    const struct token *f = &d->tokens[m->tok_begin];
    if (m->tok_end - m->tok_begin < 3 || f->kind != TOK_WORD || !(f->flags & TOKF_ARABIC) || f->fold_len != 2 ||
        tok_has_article(f) || (tok_kinds(f) & LEX_NAME_PARTICLE))
        return 0;
    for (int32_t k = m->tok_begin + 1; k < m->tok_end; k++) {
        const struct token *t = &d->tokens[k];
        if (t->kind != TOK_WORD || !(t->flags & TOKF_ARABIC) || t->fold_len > 5 || tok_has_article(t) ||
            tok_has_prep_clitic(t))
            return 0;
    }
    return 1;
}

/* A two-letter word alone names such a person only as the whole subject of a reporting
 * verb or a source marker (وأضاف لي، أن ...; بحسب لي،): elsewhere لي is "to me"
 * (وقال لي مسؤول). */
static int short_key_as_speaker(const struct doc *d, int32_t k, int32_t key_len)
{
    if (key_len != 2)
        return 1;
    if (k == 0 || k + 1 >= d->n_tokens)
        return 0;
    const struct token *n = &d->tokens[k + 1];
    /* "أن الفريق كو حذر من أن": after his title, before the verb he is the subject of */
    if ((tok_kinds(&d->tokens[k - 1]) & LEX_TITLE) && tok_has_article(&d->tokens[k - 1]) && !n->lex_prefix &&
        (tok_kinds(n) & (LEX_VERB | LEX_COMPLEMENTIZER)))
        return 1;
    if (!(tok_kinds(&d->tokens[k - 1]) & (LEX_VERB | LEX_SOURCE)))
        return 0;
    /* (or before a colon, or where it was said: "وأوضح لي في حديث لـ«...»:") */
    return tok_is_comma(n) || (tok_kinds(n) & LEX_COMPLEMENTIZER) || tok_is_char(n, ':') ||
           (tok_is_fi(n) && k + 2 < d->n_tokens && (tok_kinds(&d->tokens[k + 2]) & LEX_STATEMENT));
}

/* "Chang Ho-jin", "Kim Yo-jong": a romanised Korean given name, two syllables joined by a
 * hyphen with the second in lower case, comes after the family name, which is then
 * used alone ("Chang said"). */
static int hyphenated_given_name(const struct doc *d, const struct mention *m)
{
    if (m->tok_end - m->tok_begin < 4)
        return 0;
    const struct token *last = &d->tokens[m->tok_end - 1], *dash = &d->tokens[m->tok_end - 2];
    return last->kind == TOK_WORD && (last->flags & TOKF_LATIN) && !(last->flags & TOKF_UPPER) &&
           tok_is_dash(dash) && !(dash->flags & TOKF_SPACE_BEFORE) && !(last->flags & TOKF_SPACE_BEFORE);
}

static int build_surname_index(struct ent_ctx *x, struct surname_index *si);
static int32_t surname_lookup(const struct surname_index *si, const UChar *k, int32_t n, int32_t at);
static int32_t surname_lookup_of(const struct doc *d, const struct surname_index *si, const UChar *k, int32_t n,
                                 int32_t at, uint8_t gender);
static uint8_t gender_asked_before(const struct doc *d, int32_t k);

static int grow_entities(struct ent_ctx *x)
{
    struct doc *d = x->d;
    struct entity *v = grow(x->a, d->entities, d->n_entities, &x->ent_cap, sizeof *v, 32);
    if (!v)
        return -1;
    d->entities = v;
    return 0;
}

static int add_mention(struct ent_ctx *x, int32_t ent, int32_t tb, int32_t te, int skip)
{
    struct doc *d = x->d;
    struct mention *v = grow(x->a, d->mentions, d->n_mentions, &x->men_cap, sizeof *v, 64);
    if (!v)
        return -1;
    d->mentions = v;
    int32_t mi = d->n_mentions++;
    struct mention *m = &d->mentions[mi];
    m->span.start = tok_u16_at_fold(d, &d->tokens[tb], skip);
    m->span.end = d->tokens[te - 1].span.end;
    m->entity = ent;
    m->next_same = -1;
    m->tok_begin = tb;
    m->tok_end = te;
    /* the chains are linked once, in text order, by relink_mentions() */
    struct entity *e = &d->entities[ent];
    if (e->first_mention < 0)
        e->first_mention = mi;
    e->n_mentions++;
    for (int32_t k = tb; k < te; k++)
        d->tok_mention[k] = mi;
    return 0;
}

static int32_t new_entity(struct ent_ctx *x, const struct cand *c, const UChar *key, int32_t key_len)
{
    struct doc *d = x->d;
    if (grow_entities(x) != 0)
        return -1;
    int32_t ei = d->n_entities++;
    struct entity *e = &d->entities[ei];
    memset(e, 0, sizeof *e);
    e->first_mention = -1;
    e->type = c->type;
    e->gender = c->gender;
    e->classes = c->classes;
    e->kb = c->kb >= 0 ? &x->lx->kb[c->kb] : NULL;
    int skip = c->name_tb == c->tb ? c->skip : 0;
    e->name = tokens_name(x, c->name_tb, c->name_te, skip, c->name_tb == c->tb ? c->add_al : 0);
    e->name_span.start = tok_u16_at_fold(d, &d->tokens[c->name_tb], skip);
    e->name_span.end = d->tokens[c->name_te - 1].span.end;
    UChar *k = arena_array_uninit(x->a, (size_t)key_len + 1, sizeof(UChar));
    if (!e->name || !k)
        return -1;
    memcpy(k, key, (size_t)key_len * sizeof(UChar));
    k[key_len] = 0;
    e->key = k;
    e->key_len = key_len;
    e->role_tb = e->role_te = e->affiliation = -1;
    if (c->role_tb >= 0 && c->role_te > c->role_tb) {
        e->role = role_name(x, c->role_tb, c->role_te);
        e->role_tb = c->role_tb;
        e->role_te = c->role_te;
    }
    return ei;
}

/* Registers the last word of a person's name (and a leading family name) so that it
 * alone later names the same person. */
static void set_person_keys(struct ent_ctx *x, struct entity *e, const struct cand *c)
{
    const struct doc *d = x->d;
    if (c->name_te - c->name_tb < 2)
        return;
    /* (a pope's or a king's ordinal is no family name: تواضروس of "تواضروس الثاني" is) */
    int32_t te = c->name_te;
    while (te - 1 > c->name_tb && tok_marker(d, te - 1, MARK_REGNAL))
        te--;
    const struct token *last = &d->tokens[te - 1];
    e->last_key = last->fold;
    e->last_key_len = last->fold_len;
}

/* سيد، سيدة as written, no clitic: "Mr", "Mrs" as well as a given name. */
static int sayyid(const struct token *t)
{
    return t->kind == TOK_WORD && !t->lex_prefix && (t->fold_len == 3 || t->fold_len == 4) && t->fold[0] == 0x0633 &&
           t->fold[1] == 0x064A && t->fold[2] == 0x062F && (t->fold_len == 3 || t->fold[3] == 0x0647);
}

/* The last person named so far whose full name ends with the words of `key` (a whole
 * word boundary before them), or -1. */
static int32_t person_ending_with(const struct doc *d, const UChar *key, int32_t n)
{
    for (int32_t i = d->n_entities - 1; i >= 0; i--) {
        const struct entity *e = &d->entities[i];
        if (e->type == ENT_PERSON && (e->key_len == n || (e->key_len > n && e->key[e->key_len - n - 1] == ' ')) &&
            !memcmp(e->key + e->key_len - n, key, (size_t)n * sizeof *key))
            return i;
    }
    return -1;
}

/* "روسيا وكوريا" in a farmer's words, "كوريا الشمالية" in the narration: a place of one
 * word that no knowledge-base entry holds, and that begins the longer name of exactly one
 * known state or place the text names, is that one cut short (with both Koreas named,
 * neither; الجزائر beside الجزائر العاصمة is a state of its own). The longer candidate,
 * or -1. */
__attribute__((noinline)) static int32_t longer_place_name(const struct ent_ctx *x, int32_t self, const UChar *key, int32_t n)
{
    const struct doc *d = x->d;
    const struct cand *c = &x->c.v[self];
    int32_t found = -1;
    UChar buf[256], other[256];
    int32_t other_n = 0;
    for (int32_t i = 0; i < x->c.n; i++) {
        const struct cand *o = &x->c.v[i];
        if (i == self || !o->accepted || o->type != c->type || o->kb < 0 || o->name_te - o->name_tb < 2)
            continue;
        const struct token *oh = &d->tokens[o->name_tb], *h = &d->tokens[c->name_tb];
        if (oh->fold_len - oh->lex_prefix != h->fold_len - h->lex_prefix ||
            memcmp(oh->fold + oh->lex_prefix, h->fold + h->lex_prefix, (size_t)(h->fold_len - h->lex_prefix) * sizeof(UChar)))
            continue; /* (a cheap test of the first word before building the key) */
        int32_t on = tokens_key(d, o->name_tb, o->name_te, o->name_tb == o->tb ? o->skip : 0,
                                o->name_tb == o->tb ? o->add_al : 0, buf, 256);
        if (on <= n || buf[n] != ' ' || memcmp(buf, key, (size_t)n * sizeof(UChar)))
            continue;
        if (found >= 0 && (on != other_n || memcmp(other, buf, (size_t)on * sizeof(UChar))))
            return -1;
        if (found < 0) {
            found = i;
            other_n = on;
            memcpy(other, buf, (size_t)on * sizeof(UChar));
        }
    }
    return found;
}

/* The one accepted organisation candidate other than `self` whose name starts with the
 * words of `key` and goes on (a headline's name cut short), or -1 when none or several
 * different ones. (Not in line: asked of a few names per article, in line it changed
 * what the compiler put in line in entities_find, 4 K instructions per seed article.) */
__attribute__((noinline)) static int32_t longer_org_name(const struct ent_ctx *x, int32_t self, const UChar *key, int32_t n)
{
    const struct doc *d = x->d;
    const struct cand *c = &x->c.v[self];
    int32_t words = c->name_te - c->name_tb, found = -1;
    /* (only a headline's name of three words or more as written: "البنك المركزي" and
     * "وزارة الصحة" in the body are bodies of their own, whatever longer name the text
     * also gives) */
    if (words < 2 || c->te - c->tb < 3 || d->tokens[c->name_tb].sentence != 0)
        return -1;
    const struct token *head = &d->tokens[c->name_tb];
    UChar buf[256];
    for (int32_t i = 0; i < x->c.n; i++) {
        const struct cand *o = &x->c.v[i];
        if (i == self || !o->accepted || o->type != ENT_ORG || o->kb >= 0 || o->name_te - o->name_tb <= words)
            continue;
        const struct token *oh = &d->tokens[o->name_tb];
        if (oh->fold_len - oh->lex_prefix != head->fold_len - head->lex_prefix ||
            memcmp(oh->fold + oh->lex_prefix, head->fold + head->lex_prefix,
                   (size_t)(head->fold_len - head->lex_prefix) * sizeof(UChar)))
            continue; /* (a cheap test of the head word before building the key) */
        int32_t on = tokens_key(d, o->name_tb, o->name_te, o->name_tb == o->tb ? o->skip : 0,
                                o->name_tb == o->tb ? o->add_al : 0, buf, 256);
        if (on <= n || buf[n] != ' ' || memcmp(buf, key, (size_t)n * sizeof(UChar)))
            continue;
        if (found >= 0) {
            UChar other[256];
            const struct cand *f = &x->c.v[found];
            int32_t fn = tokens_key(d, f->name_tb, f->name_te, f->name_tb == f->tb ? f->skip : 0,
                                    f->name_tb == f->tb ? f->add_al : 0, other, 256);
            if (fn != on || memcmp(other, buf, (size_t)on * sizeof(UChar)))
                return -1; /* (وزارة الخارجية الروسية and الأمريكية: which one?) */
            continue;
        }
        found = i;
    }
    return found;
}

static int build_entities(struct ent_ctx *x)
{
    struct doc *d = x->d;
    UChar key[256];
    struct surname_index si;
    int surnames_ready = 0;
    memset(&si, 0, sizeof si);
    if (keymap_init(&x->names, x->a, x->c.n) != 0 || keymap_init(&x->kbs, x->a, x->c.n) != 0)
        return -1;
    /* Full names first, so that a surname written earlier (cataphora) can join them. */
    for (int round = 0; round < 2; round++) {
        for (int32_t ci = 0; ci < x->c.n; ci++) {
            struct cand *c = &x->c.v[ci];
            if (!c->accepted)
                continue;
            /* (ولد حمودة، بن زيان: a family name with its particle, alone, is a surname too) */
            int particle_surname = c->type == ENT_PERSON && c->kb < 0 && c->name_te - c->name_tb == 2 &&
                                   is_particle(&d->tokens[c->name_tb]);
            int single_person = (c->type == ENT_PERSON && c->kb < 0 && c->name_te - c->name_tb == 1) || particle_surname;
            if ((round == 0) == single_person)
                continue;
            int skip = c->name_tb == c->tb ? c->skip : 0;
            int32_t n = tokens_key(d, c->name_tb, c->name_te, skip, c->name_tb == c->tb ? c->add_al : 0, key, 256);
            if (n <= 0)
                continue;
            struct keyslot *slot;
            if (c->type == ENT_PERSON && c->kb >= 0) {
                UChar kbkey = (UChar)(c->kb + 1);
                slot = keymap_find(&x->kbs, &kbkey, 1);
                if (!slot->key) {
                    UChar *kk = arena_alloc(x->a, sizeof(UChar));
                    if (!kk)
                        return -1;
                    *kk = kbkey;
                    slot->key = kk;
                    slot->len = 1;
                    slot->value = -1;
                }
            } else {
                slot = keymap_find(&x->names, key, n);
            }
            int32_t ei = slot->key ? slot->value : -1;
            /* "وأضاف ولد سيدي عبد الله": a name after a particle that ends the name of
             * someone named before, particle and all, is that person by family name */
            if (ei < 0 && c->type == ENT_PERSON && c->kb < 0 && c->name_tb == c->tb && !c->skip && c->tb > 0 &&
                is_particle(&d->tokens[c->tb - 1]) && x->owner[c->tb - 1] < 0 &&
                d->tokens[c->tb - 1].sentence == d->tokens[c->tb].sentence) {
                UChar tail[256];
                int32_t tn = tokens_key(d, c->tb - 1, c->name_te, 0, 0, tail, 256);
                ei = tn > 0 ? person_ending_with(d, tail, tn) : -1;
                if (ei >= 0) {
                    c->tb--;
                    c->name_tb--;
                    x->owner[c->tb] = ci;
                }
            }
            /* "«سيد ريدفيلد، أنتم ...»": سيد or سيدة opening the words in marks calls on
             * someone by family name (Mr), the person named before with it */
            if (ei < 0 && c->type == ENT_PERSON && c->kb < 0 && c->name_te - c->name_tb == 2 && !c->skip &&
                c->name_tb > 0 && (is_quote_mark(&d->tokens[c->name_tb - 1]) || tok_is_char(&d->tokens[c->name_tb - 1], ':')) &&
                sayyid(&d->tokens[c->name_tb])) {
                const struct token *family = &d->tokens[c->name_tb + 1];
                ei = person_ending_with(d, family->fold, family->fold_len);
            }
            if (ei < 0 && single_person) {
                /* A surname alone: the person whose full name ends with it. */
                if (round == 1 && !surnames_ready) {
                    if (build_surname_index(x, &si) != 0)
                        return -1;
                    surnames_ready = 1;
                }
                if (particle_surname) {
                    const struct token *lt = &d->tokens[c->name_te - 1];
                    ei = surname_lookup(&si, lt->fold, lt->fold_len, c->tb);
                } else {
                    /* (of the gender the verb before it asks when one has it: "ويضيف زعيتر"
                     * is the man of the two named زعيتر) */
                    uint8_t asked = gender_asked_before(d, c->tb);
                    ei = asked ? surname_lookup_of(d, &si, key, n, c->tb, asked) : -1;
                    if (ei < 0)
                        ei = surname_lookup(&si, key, n, c->tb);
                }
                /* "عن الشيخ جراح قوله": a given name alone after an honorific (which takes
                 * any word) is the one person named before in full with it (Gulf usage:
                 * الشيخ جراح جابر الأحمد) */
                if (ei < 0 && !skip && c->name_tb > 0 && (tok_kinds(&d->tokens[c->name_tb - 1]) & LEX_HONORIFIC))
                    ei = entities_person_by_given_name(d, c->name_tb);
                /* "وبحسب باحميش": the clitic read off a surname alone belongs to it when
                 * the whole word ends the name of someone named before */
                if (ei < 0 && skip > 0 && !particle_surname) {
                    UChar whole[256];
                    int32_t wn = tokens_key(d, c->name_tb, c->name_te, 0, 0, whole, 256);
                    ei = wn > 0 ? surname_lookup(&si, whole, wn, c->tb) : -1;
                    if (ei >= 0)
                        c->skip = 0;
                }
            }
            /* "منتدى أوراسيا الفلسطيني" in a headline, "منتدى أوراسيا الفلسطيني للحوار
             * والدراسات" in the body: the name cut short is the one body */
            const struct cand *named = c;
            UChar lkey[256];
            const UChar *ekey = key;
            int32_t en = n;
            struct keyslot *lslot = NULL;
            if (ei < 0 && ((c->type == ENT_ORG && c->kb < 0) || (c->type == ENT_GPE && c->kb < 0 && c->name_te - c->name_tb == 1))) {
                int32_t longer = c->type == ENT_ORG ? longer_org_name(x, ci, key, n) : longer_place_name(x, ci, key, n);
                if (longer >= 0) {
                    named = &x->c.v[longer];
                    en = tokens_key(d, named->name_tb, named->name_te, named->name_tb == named->tb ? named->skip : 0,
                                    named->name_tb == named->tb ? named->add_al : 0, lkey, 256);
                    ekey = lkey;
                    lslot = keymap_find(&x->names, lkey, en);
                    ei = lslot->key ? lslot->value : -1;
                    if (ei >= 0)
                        slot->key = d->entities[ei].key, slot->len = n, slot->value = ei;
                }
            }
            if (ei < 0) {
                ei = new_entity(x, named, ekey, en);
                if (ei < 0)
                    return -1;
                if (!slot->key) {
                    slot->key = d->entities[ei].key;
                    slot->len = n; /* (the short key is a prefix of the long one) */
                }
                slot->value = ei;
                if (lslot) {
                    lslot->key = d->entities[ei].key;
                    lslot->len = en;
                    lslot->value = ei;
                }
                if (c->type == ENT_PERSON)
                    set_person_keys(x, &d->entities[ei], c);
            } else if (c->type == ENT_PERSON) {
                /* Keep the fullest written form of a person's name. */
                struct entity *e = &d->entities[ei];
                if (c->name_te - c->name_tb > 1 && strlen(e->name) < 64) {
                    const char *nm = tokens_name(x, c->name_tb, c->name_te, skip, 0);
                    if (nm && strlen(nm) > strlen(e->name)) {
                        e->name = nm;
                        set_person_keys(x, e, c);
                    }
                }
                if (!e->role && c->role_tb >= 0 && c->role_te > c->role_tb) {
                    e->role = role_name(x, c->role_tb, c->role_te);
                    e->role_tb = c->role_tb;
                    e->role_te = c->role_te;
                }
                e->classes |= c->classes;
            }
            if (add_mention(x, ei, c->tb, c->te, c->add_al ? 0 : c->skip) != 0)
                return -1;
        }
    }
    return 0;
}

/* Surnames and family names alone, anywhere: a mention of the person they belong to,
 * the nearest one named before, else the first one named after. The index maps each
 * such key to the people carrying it, in text order. */
static int surname_add(struct ent_ctx *x, struct surname_index *si, const UChar *k, int32_t n, int32_t ent, int32_t pos)
{
    struct keyslot *s = keymap_find(&si->map, k, n);
    struct surname *node = &si->nodes[si->n];
    if (n > 0)
        si->last_units |= bit64(k[n - 1]);
    si->lengths |= bit64((uint32_t)n);
    node->entity = ent;
    node->pos = pos;
    node->next = s->key ? s->value : -1; /* newest first */
    if (!s->key) {
        s->key = k;
        s->len = n;
    }
    s->value = si->n;
    si->n++;
    (void)x;
    return 0;
}

static int32_t surname_lookup_of(const struct doc *d, const struct surname_index *si, const UChar *k, int32_t n,
                                 int32_t at, uint8_t gender)
{
    const struct keyslot *s = keymap_find(&si->map, k, n);
    if (!s->key)
        return -1;
    int32_t best = -1, best_pos = 0, seen = 0;
    /* the 64 people last registered with that name are enough to tell them apart */
    for (int32_t i = s->value; i >= 0 && seen < 64; i = si->nodes[i].next, seen++) {
        int32_t pos = si->nodes[i].pos;
        uint8_t g = d ? d->entities[si->nodes[i].entity].gender : GENDER_UNKNOWN;
        if ((gender == GENDER_MASC && g == GENDER_FEM) || (gender == GENDER_FEM && g == GENDER_MASC))
            continue;
        if (best < 0 || (pos < at && (best_pos > at || pos > best_pos)) || (pos > at && best_pos > at && pos < best_pos)) {
            best = si->nodes[i].entity;
            best_pos = pos;
        }
    }
    return best;
}

static int32_t surname_lookup(const struct surname_index *si, const UChar *k, int32_t n, int32_t at)
{
    return surname_lookup_of(NULL, si, k, n, at, GENDER_UNKNOWN);
}

/* The gender the word before token k asks of a family name after it: a verb's
 * ("وكان القليوبي قد قال" is the father, not his daughter of the same name). */
static uint8_t gender_asked_before(const struct doc *d, int32_t k)
{
    if (k == 0 || d->tokens[k - 1].sentence != d->tokens[k].sentence)
        return GENDER_UNKNOWN;
    const struct token *t = &d->tokens[k - 1];
    if ((tok_kinds(t) & LEX_VERB) && t->lex->verb_aspect <= ASPECT_PRESENT &&
        (t->lex->verb_gender == GENDER_MASC || t->lex->verb_gender == GENDER_FEM))
        return t->lex->verb_gender;
    if (tok_is_kana(t)) {
        /* (كان، كانت; كانوا asks no one's gender) */
        UChar last = t->fold[t->fold_len - 1];
        return last == 0x0646 ? GENDER_MASC : last == 0x062A ? GENDER_FEM : GENDER_UNKNOWN;
    }
    return GENDER_UNKNOWN;
}

static int build_surname_index(struct ent_ctx *x, struct surname_index *si)
{
    struct doc *d = x->d;
    si->nodes = arena_array_uninit(x->a, (size_t)d->n_entities * 2 + 1, sizeof *si->nodes);
    if (!si->nodes || keymap_init(&si->map, x->a, d->n_entities * 2 + 1) != 0)
        return -1;
    for (int32_t i = 0; i < d->n_entities; i++) {
        const struct entity *e = &d->entities[i];
        if (e->type != ENT_PERSON || e->first_mention < 0)
            continue;
        const struct mention *m = &d->mentions[e->first_mention];
        if (e->last_key_len > 0)
            surname_add(x, si, e->last_key, e->last_key_len, i, m->tok_begin);
        const struct token *f = &d->tokens[m->tok_begin];
        if (m->tok_end - m->tok_begin > 1 &&
            ((tok_kinds(f) & LEX_FAMILY_NAME) || hyphenated_given_name(d, m) || short_family_name(d, m))) {
            /* the family name as the mention starts, without a clitic (وتشوي سون هوي) */
            int32_t skipped = 0;
            for (int32_t u = f->span.start; u < m->span.start; u++)
                skipped += d->text.fold[u] != 0;
            if (skipped < f->fold_len)
                surname_add(x, si, f->fold + skipped, f->fold_len - skipped, i, m->tok_begin);
        }
    }
    return 0;
}

/* Does `here` spell the word `part`, behind a clitic of up to two letters (للفوفا for
 * لفوفا)? How many letters the clitic takes, or -1. */
static int32_t spelled_behind_clitic(const struct token *here, const struct token *part)
{
    int32_t extra = here->fold_len - part->fold_len;
    if (here->kind != TOK_WORD || part->kind != TOK_WORD || extra < 0 || extra > 2 ||
        memcmp(here->fold + extra, part->fold, (size_t)part->fold_len * sizeof *part->fold))
        return -1;
    if (extra == 0)
        return 0;
    struct clitic_variant vs[8];
    int nv = lexicon_clitic_variants(here->fold, here->fold_len, vs);
    for (int i = 0; i < nv; i++)
        if (vs[i].skip == extra && !vs[i].add_al)
            return extra;
    return -1;
}

/* "ماريا لفوفا-بيلوفا ... وأوضحت لفوفا-بيلوفا": the last word of a hyphenated family name
 * found at k takes the part before the hyphen, as the name wrote it (behind a clitic
 * there, "ووفقا للفوفا-بيلوفا"); *b and *skip are where the mention then starts. */
static void first_part_of_hyphenated(const struct ent_ctx *x, int32_t ent, int32_t k, int32_t *b, uint8_t *skip)
{
    const struct doc *d = x->d;
    const struct entity *e = &d->entities[ent];
    if (k < 2 || e->first_mention < 0 || x->owner[k - 2] >= 0 || !tok_glued_hyphen_after(d, k - 2))
        return;
    const struct mention *m = &d->mentions[e->first_mention];
    if (m->tok_end - m->tok_begin < 3 || !tok_glued_hyphen_after(d, m->tok_end - 3))
        return;
    int32_t extra = spelled_behind_clitic(&d->tokens[k - 2], &d->tokens[m->tok_end - 3]);
    if (extra < 0)
        return;
    *b = k - 2;
    *skip = (uint8_t)extra;
}

/* "رافائيل نور الدينوف ... نور الدينوف:": a family name of two words, found by its last
 * at k, takes the words before it that the full name wrote there too (the whole name in
 * a headline written before it: "لي سونغ كوين: ..."); as above for *b and *skip, the
 * clitic read off the first word taken. */
static void words_before_family_name(const struct ent_ctx *x, int32_t ent, int32_t k, int32_t *b, uint8_t *skip)
{
    const struct doc *d = x->d;
    const struct entity *e = &d->entities[ent];
    if (e->first_mention < 0)
        return;
    const struct mention *m = &d->mentions[e->first_mention];
    if (m->tok_end - m->tok_begin < 3 || m->tok_end - 1 == k)
        return;
    for (int32_t j = 1; j < m->tok_end - m->tok_begin && k - j >= 0; j++) {
        int32_t extra = x->owner[k - j] < 0 && d->tokens[k - j].sentence == d->tokens[k].sentence
                            ? spelled_behind_clitic(&d->tokens[k - j], &d->tokens[m->tok_end - 1 - j])
                            : -1;
        if (extra < 0)
            return;
        *b = k - j;
        *skip = (uint8_t)extra;
        if (extra)
            return;
    }
}

static int pass_surnames(struct ent_ctx *x)
{
    struct doc *d = x->d;
    struct surname_index si;
    memset(&si, 0, sizeof si);
    if (build_surname_index(x, &si) != 0)
        return -1;
    if (si.n == 0)
        return 0;
    UChar buf[80];
    for (int32_t k = 0; k < d->n_tokens; k++) {
        const struct token *tk = &d->tokens[k];
        if (x->owner[k] >= 0 || tk->kind != TOK_WORD || tk->fold_len > 64 || !may_be_surname(&si, tk))
            continue;
        /* (على written with its ى is the preposition, whatever family name علي folds like) */
        if ((tok_kinds(tk) & LEX_STOP) && d->text.u16[tk->span.end - 1] == 0x0649)
            continue;
        /* (a family name that is a title word is the title unless the phrase ends after it:
         * "ومضى الأمين قائلاً" is him, "الأمين العام للمركز" someone else; so does the outlet
         * he told, "وقال الجندي لـ"مصر 360" إن") */
        /* (nor the verb's object in the accusative: "لا تتوقع الحاج تغييراً") */
        /* (but an honorific that ended the name before, before a definite word: "مريم
         * السيد، ... وختمت السيد الحلقة") */
        /* (or before a noun of the dictionary with a pronoun, the verb's object: "سمير
         * الحاج، ... وأكد الحاج دعمه الكامل") */
        if ((tok_kinds(tk) & LEX_TITLE) && k + 1 < d->n_tokens && d->tokens[k + 1].kind == TOK_WORD &&
            !(tok_kinds(&d->tokens[k + 1]) & (LEX_VERB | LEX_COMPLEMENTIZER | LEX_STOP)) && !tok_is_lone_lam(&d->tokens[k + 1]) &&
            !((d->tokens[k + 1].flags & TOKF_COMMON) && tok_written_pronoun(d, &d->tokens[k + 1]) &&
              !(tok_kinds(&d->tokens[k + 1]) & (LEX_FIRST_NAME | LEX_FAMILY_NAME))) &&
            d->text.u16[d->tokens[k + 1].span.end - 1] != 0x064B && d->text.u16[d->tokens[k + 1].span.end - 2] != 0x064B &&
            !((tok_kinds(tk) & LEX_HONORIFIC) && tok_has_article(&d->tokens[k + 1]) &&
              honorific_named_before(x, k, &d->tokens[k + 1])))
            continue;
        struct clitic_variant vs[8];
        int nv = lexicon_clitic_variants(tk->fold, tk->fold_len, vs);
        for (int vi = 0; vi < nv; vi++) {
            if (!(si.lengths & bit64((uint32_t)(tk->fold_len - vs[vi].skip + (vs[vi].add_al ? 2 : 0)))))
                continue;
            int32_t n = lexicon_variant_form(tk->fold, tk->fold_len, vs[vi], buf);
            uint8_t asked = gender_asked_before(d, k);
            int32_t best = asked ? surname_lookup_of(d, &si, buf, n, k, asked) : -1;
            if (best < 0)
                best = surname_lookup(&si, buf, n, k);
            if (best < 0 || !short_key_as_speaker(d, k, n))
                continue;
            int32_t b = k;
            uint8_t skip = vs[vi].skip;
            first_part_of_hyphenated(x, best, k, &b, &skip);
            if (b == k)
                words_before_family_name(x, best, k, &b, &skip);
            struct cand c = {b, k + 1, b, k + 1, -1, -1, skip, vs[vi].add_al, ENT_PERSON, 0, CAND_CONTEXT,
                             CLASS_PERSON, -1, 1};
            if (add_cand(x, &c) != 0)
                return -1;
            for (int32_t j = b; j <= k; j++)
                x->owner[j] = x->c.n - 1;
            if (add_mention(x, best, b, k + 1, vs[vi].add_al ? 0 : skip) != 0)
                return -1;
            break;
        }
    }
    return 0;
}

/* The one person of the text whose full name, seen before k, starts with the given name
 * at k; -1 when none or several do. */
static int32_t person_of_given_name(const struct ent_ctx *x, int32_t k)
{
    const struct doc *d = x->d;
    const struct token *tk = &d->tokens[k];
    int32_t found = -1;
    for (int32_t i = 0; i < d->n_entities && found != -2; i++) {
        const struct entity *e = &d->entities[i];
        if (e->type != ENT_PERSON || e->first_mention < 0)
            continue;
        const struct mention *m = &d->mentions[e->first_mention];
        const struct token *f = &d->tokens[m->tok_begin];
        if (m->tok_end - m->tok_begin < 2 || m->tok_begin >= k || f->fold_len != tk->fold_len ||
            m->span.start != f->span.start || (tok_kinds(f) & (LEX_FAMILY_NAME | LEX_NAME_PARTICLE)) ||
            memcmp(f->fold, tk->fold, (size_t)tk->fold_len * sizeof *tk->fold))
            continue;
        found = found == -1 || found == i ? i : -2;
    }
    return found < 0 ? -1 : found;
}

/* "فابتسمت إخلاص وقالت:": the word at k, between a verb no list holds and a reporting verb
 * joined by و or ف, is the subject both verbs share, so it may be a given name alone. */
static int subject_before_joined_verb(const struct doc *d, int32_t cue)
{
    const struct token *v = &d->tokens[cue];
    if (cue < 2 || v->lex_prefix != 1 || (v->fold[0] != 0x0648 && v->fold[0] != 0x0641) || !(tok_kinds(v) & LEX_VERB))
        return 0;
    const struct token *p = &d->tokens[cue - 2];
    return p->kind == TOK_WORD && (p->flags & TOKF_ARABIC) && p->sentence == v->sentence && !tok_has_article(p) &&
           !(tok_kinds(p) & (LEX_STOP | LEX_TITLE | LEX_ROLE_NOUN | LEX_FIRST_NAME | LEX_NAME_PARTICLE));
}

/* "«...»، تضيف روزا.": a given name alone names the one person of the text whose full
 * name starts with it, but only as the whole subject of a reporting verb or a source
 * marker, or of a verb joined to one; elsewhere a given name (سعيد، كريم) is as often a
 * word or someone else. */
static int pass_given_name_subjects(struct ent_ctx *x)
{
    struct doc *d = x->d;
    int32_t nt = d->n_tokens, li = 0;
    /* (the verbs and markers are the start list the context pass walks) */
    for (int32_t cue = list_next(&x->cues, &li, 0, nt); cue + 1 < nt; cue = list_next(&x->cues, &li, cue + 1, nt)) {
        int32_t k = cue + 1;
        const struct token *tk = &d->tokens[k], *v = &d->tokens[cue];
        const struct token *n = k + 1 < d->n_tokens ? &d->tokens[k + 1] : NULL;
        /* (the outlet told may follow, ل written apart: "تقول ميسون لـ الترا فلسطين") */
        if (tk->kind != TOK_WORD || (n && n->sentence == tk->sentence && n->kind != TOK_PUNCT &&
                                     !(tok_kinds(n) & LEX_COMPLEMENTIZER) && !tok_is_lone_lam(n))) {
            if (!subject_before_joined_verb(d, cue))
                continue;
            k = cue - 1, tk = &d->tokens[k];
        }
        if (x->owner[k] >= 0 || tk->kind != TOK_WORD || !(tk->flags & TOKF_ARABIC) || tk->lex_prefix ||
            !(tok_kinds(v) & (LEX_VERB | LEX_SOURCE)) || v->sentence != tk->sentence ||
            (tok_kinds(tk) & (LEX_STOP | LEX_VERB | LEX_TITLE | LEX_ROLE_NOUN | LEX_NAME_PARTICLE)))
            continue;
        int32_t found = person_of_given_name(x, k);
        uint8_t said_by = v->lex->verb_gender, is = found >= 0 ? d->entities[found].gender : GENDER_UNKNOWN;
        /* (before the verb, a name that does not agree with it is someone it spoke of) */
        if (found < 0 || (k < cue && said_by != is && said_by != GENDER_UNKNOWN && is != GENDER_UNKNOWN))
            continue;
        struct cand c = {k, k + 1, k, k + 1, -1, -1, 0, 0, ENT_PERSON, 0, CAND_CONTEXT, CLASS_PERSON, -1, 1};
        if (add_cand(x, &c) != 0)
            return -1;
        x->owner[k] = x->c.n - 1;
        if (add_mention(x, found, k, k + 1, 0) != 0)
            return -1;
    }
    return 0;
}

/* End of the run of mentions in text order that starts at lo. */
static int32_t mention_run(const struct mention *m, int32_t lo, int32_t n)
{
    while (++lo < n && m[lo - 1].span.start <= m[lo].span.start)
        ;
    return lo;
}

/* Mentions were appended candidate by candidate, pass by pass: a few runs already in
 * text order. A stable merge of those runs (ties keep the order they were added in, as
 * glibc's merging qsort did) costs a fraction of qsort's comparisons through a pointer
 * and its malloc'ed buffer. */
static int sort_mentions(struct ent_ctx *x)
{
    struct doc *d = x->d;
    int32_t n = d->n_mentions;
    if (n < 2 || mention_run(d->mentions, 0, n) == n)
        return 0;
    struct mention *from = d->mentions, *to = arena_array_uninit(x->a, (size_t)n, sizeof *to);
    if (!to)
        return -1;
    for (;;) {
        int32_t runs = 0;
        for (int32_t lo = 0; lo < n; runs++) {
            int32_t mid = mention_run(from, lo, n), hi = mid < n ? mention_run(from, mid, n) : n;
            int32_t i = lo, j = mid, o = lo;
            while (i < mid && j < hi)
                to[o++] = from[j].span.start < from[i].span.start ? from[j++] : from[i++];
            while (i < mid)
                to[o++] = from[i++];
            while (j < hi)
                to[o++] = from[j++];
            lo = hi;
        }
        struct mention *t = from;
        from = to;
        to = t;
        if (runs == 1)
            break;
    }
    /* no mention is appended after this: the sorted copy can stand as the array */
    d->mentions = from;
    x->men_cap = n;
    return 0;
}

static int relink_mentions(struct ent_ctx *x)
{
    struct doc *d = x->d;
    if (sort_mentions(x) != 0)
        return -1;
    /* last[i] is read only once entity i has a first mention, which sets it */
    int32_t *last = arena_array_uninit(x->a, (size_t)d->n_entities + 1, sizeof(int32_t));
    if (!last)
        return -1;
    for (int32_t i = 0; i < d->n_entities; i++) {
        d->entities[i].first_mention = -1;
        d->entities[i].n_mentions = 0;
    }
    for (int32_t mi = 0; mi < d->n_mentions; mi++) {
        struct mention *m = &d->mentions[mi];
        struct entity *e = &d->entities[m->entity];
        m->next_same = -1;
        if (e->first_mention < 0)
            e->first_mention = mi;
        else
            d->mentions[last[m->entity]].next_same = mi;
        last[m->entity] = mi;
        e->n_mentions++;
        for (int32_t k = m->tok_begin; k < m->tok_end; k++)
            d->tok_mention[k] = mi;
    }
    return 0;
}

/* The organisation a person's role names (مدير مركز التنبؤات السياسية -> the centre),
 * else the state (وزير الخارجية الروسي has none; سفير كوريا الجنوبية has one). */
static void find_affiliations(struct doc *d)
{
    for (int32_t i = 0; i < d->n_entities; i++) {
        struct entity *e = &d->entities[i];
        if (e->type != ENT_PERSON || e->role_tb < 0)
            continue;
        for (int pass = 0; pass < 2 && e->affiliation < 0; pass++) {
            for (int32_t k = e->role_tb; k < e->role_te; k++) {
                int32_t m = d->tok_mention[k];
                if (m < 0)
                    continue;
                int32_t other = d->mentions[m].entity;
                uint8_t type = d->entities[other].type;
                if (other != i && (pass == 0 ? type == ENT_ORG : type == ENT_GPE)) {
                    e->affiliation = other;
                    break;
                }
            }
        }
    }
}

static int list_starts(struct ent_ctx *x)
{
    const struct doc *d = x->d;
    size_t n = (size_t)d->n_tokens;
    int32_t *v = arena_array_uninit(x->a, 8 * n + 1, sizeof(int32_t));
    if (!v)
        return -1;
    x->known.v = v;
    x->heads.v = v + n;
    x->titles.v = v + 2 * n;
    x->givens.v = v + 3 * n;
    x->cues.v = v + 4 * n;
    x->latins.v = v + 5 * n;
    x->tails.v = v + 6 * n;
    x->media.v = v + 7 * n;
    for (int32_t k = 0; k < d->n_tokens; k++) {
        const struct token *t = &d->tokens[k];
        /* the tag says which words have a reading that is a known name or starts a
         * longer key: tok_phrase_at finds nothing elsewhere */
        if (t->var_kinds & (LEX_GAZ | LEX_PHRASE_START))
            x->known.v[x->known.n++] = k;
        if (t->kind != TOK_WORD)
            continue; /* every other pass starts on a word */
        if (latin_upper(t))
            x->latins.v[x->latins.n++] = k;
        uint32_t kinds = t->lex ? t->lex->kinds : 0; /* tok_kinds(), without a call per word */
        /* org_head: an entry with LEX_ORG_HEAD, or the word without its article */
        if ((kinds & LEX_ORG_HEAD) || (t->fold_len > 3 && !t->lex_prefix && t->fold[0] == 0x0627 && tok_has_article(t)) ||
            (t->fold_len > 4 && t->fold[0] == 0x0644 && t->fold[1] == 0x0644))
            x->heads.v[x->heads.n++] = k;
        /* (or a title of two words whose first is none: مقدم البرنامج) */
        const struct lex_entry *title;
        /* (or مالك before what he owns: "مالك السفن خالد المقدم", like صاحب) */
        if ((kinds & LEX_TITLE) ||
            ((t->var_kinds & LEX_PHRASE_START) && !(kinds & LEX_STOP) && k + 1 < d->n_tokens &&
             tok_has_article(&d->tokens[k + 1]) && tok_phrase_at(d, x->lx, k, d->n_tokens, LEX_TITLE, 0, &title, NULL) > 1) ||
            tok_owner_of_next(d, x->lx, k, d->n_tokens))
            x->titles.v[x->titles.n++] = k;
        if (((kinds & LEX_FIRST_NAME) && (!(kinds & LEX_NAME_PARTICLE) || abd_compound(d, k))) ||
            (t->fold_len == 2 && t->fold[0] == 0x0644 && t->fold[1] == 0x064A && tok_lee_family(d, k)))
            x->givens.v[x->givens.n++] = k;
        /* (one test for both rare kinds: this loop sees every word) */
        if (kinds & (LEX_VERB | LEX_SOURCE | LEX_MEDIA_TAIL)) {
            if (kinds & (LEX_VERB | LEX_SOURCE))
                x->cues.v[x->cues.n++] = k;
            else
                x->media.v[x->media.n++] = k;
        }
        if ((t->var_kinds & LEX_MARKER) && tok_marker(d, k, MARK_NAME_TAIL))
            x->tails.v[x->tails.n++] = k;
    }
    return 0;
}

/* لـ«الاقتصادية»، لـ"الصباح"، لـ(واع): a short name in marks or parentheses after لـ
 * written apart is the outlet someone spoke to — an organisation of the media; so is a
 * short quoted name with a nationality after it (أما «لوموند» الفرنسية، فرأت). */
/* A quoted name [b, e) that no ل of an outlet told precedes, read as a paper's name: a
 * foreign name as the subject of a reporting verb (تكتب «أساهي شيمبون» أن) or before
 * its nationality («لوموند» الفرنسية). Kept out of line: pass_outlets_told() runs over
 * every token, and this is reached only at a quotation mark. */
__attribute__((noinline)) static int quoted_paper_name(const struct ent_ctx *x, int32_t k, int32_t b, int32_t e)
{
    const struct doc *d = x->d;
    const struct token *t = &d->tokens[k];
    /* (a foreign name, not a coined Arabic phrase: «أسطول الظل» الروسي) */
    /* (the article as written: إلبو folds like ال + بو) */
    int foreign = 0, article = 0;
    /* (a word that is a preposition on a common word is no foreign word either:
     * تتابع «بقلق بالغ» التطورات) */
    for (int32_t j = b; j < e; j++) {
        const struct token *w = &d->tokens[j];
        int on_common = w->fold_len > 3 && (w->fold[0] == 0x0628 || w->fold[0] == 0x0644 || w->fold[0] == 0x0643) &&
                        lexicon_is_common(x->lx, w->fold + 1, w->fold_len - 1);
        foreign |= !(w->flags & TOKF_COMMON) && !on_common;
        article |= tok_has_article(w) && d->text.u16[w->span.start] == 0x0627;
    }
    foreign &= !article;
    /* (or a foreign name of two or three words as the subject right after a
     * reporting verb: تكتب «أساهي شيمبون» أن; not words joined by و: «طويلا
     * وتعجيزيا») */
    int subject = t->kind == TOK_WORD && (tok_kinds(t) & LEX_VERB) && e - b >= 2;
    for (int32_t j = b + 1; j < e && subject; j++)
        subject = d->tokens[j].fold[0] != 0x0648;
    /* (or the topic of أما before the verb in ف: أما «سانكي شيمبون» فتوقفت; or one
     * foreign word after a reporting verb, before أن or an adjective and أن:
     * ورأى «نيكاي» الاقتصادي أن) */
    const struct token *after = e + 1 < d->n_tokens ? &d->tokens[e + 1] : NULL;
    if (!subject && after && after->kind == TOK_WORD && tok_is_amma(t))
        subject = after->fold[0] == 0x0641 && after->fold_len >= 4 && !(tok_kinds(after) & LEX_STOP);
    if (!subject && after && t->kind == TOK_WORD && (tok_kinds(t) & LEX_VERB)) {
        int32_t c = e + 1;
        if (c + 1 < d->n_tokens && tok_has_article(&d->tokens[c]) && (d->tokens[c].flags & TOKF_COMMON) &&
            !(tok_kinds(&d->tokens[c]) & (LEX_VERB | LEX_STOP | LEX_COMPLEMENTIZER)))
            c++;
        subject = tok_kinds(&d->tokens[c]) & LEX_COMPLEMENTIZER;
    }
    return foreign && (subject || (e + 1 < d->n_tokens && tok_has_article(&d->tokens[e + 1]) &&
                                   tok_is_demonym(x->lx, &d->tokens[e + 1])));
}

/* Do tokens [b, e) spell, word for word, an outlet accepted among candidates [first, x->c.n)? */
static int outlet_named_again(const struct ent_ctx *x, int32_t first, int32_t b, int32_t e)
{
    const struct doc *d = x->d;
    for (int32_t i = first; i < x->c.n; i++) {
        const struct cand *c = &x->c.v[i];
        if (!(c->classes & CLASS_MEDIA) || c->te - c->tb != e - b)
            continue;
        int32_t j = 0;
        while (j < e - b && same_fold(&d->tokens[c->tb + j], &d->tokens[b + j]))
            j++;
        if (j == e - b)
            return 1;
    }
    return 0;
}

/* "في اتصال مع «X»"، "في حديث مع «X»": مع at k after a talk's noun; the outlet in marks
 * after it is whom the words were told, as after لـ. */
static int contact_with(const struct doc *d, int32_t k)
{
    static const UChar maa[] = {0x0645, 0x0639}, ittisal[] = {0x0627, 0x062A, 0x0635, 0x0627, 0x0644};
    const struct token *t = &d->tokens[k], *p = k > 0 ? &d->tokens[k - 1] : NULL;
    if (!p || t->kind != TOK_WORD || t->fold_len != 2 || memcmp(t->fold, maa, sizeof maa) != 0 || p->kind != TOK_WORD)
        return 0;
    return ((tok_kinds(p) & LEX_STATEMENT) && !tok_has_article(p)) ||
           (p->fold_len == 5 && !memcmp(p->fold, ittisal, sizeof ittisal));
}

/* The body in marks after a role and عن (tok_body_in_marks_after_an) is an organisation. */
static int pass_body_in_marks_after_role(struct ent_ctx *x)
{
    const struct doc *d = x->d;
    for (int32_t k = 1; k + 3 < d->n_tokens; k++) {
        int32_t e = tok_body_in_marks_after_an(d, k);
        if (e < 0)
            continue;
        int free_span = 1;
        for (int32_t j = k + 2; j < e; j++)
            free_span &= x->owner[j] < 0;
        struct cand c = {k + 2, e, k + 2, e, -1, -1, 0, 0, ENT_ORG, GENDER_FEM, CAND_CONTEXT, CLASS_ORG, -1, 0};
        if (free_span && add_accepted(x, &c) != 0)
            return -1;
        k = e;
    }
    return 0;
}

static int pass_outlets_told(struct ent_ctx *x)
{
    const struct doc *d = x->d;
    int32_t first = x->c.n;
    for (int32_t k = 0; k + 3 < d->n_tokens; k++) {
        /* (or, after any word, a quoted name and a nationality: «لوموند» الفرنسية) */
        const struct token *t = &d->tokens[k], *open = &d->tokens[k + 1];
        int told = tok_is_lone_lam(t) || contact_with(d, k);
        int paren = told && is_paren(open, '(');
        if (!paren && !is_quote_mark(open))
            continue;
        int32_t b = k + 2, e = b, places = 0;
        /* (the outlet told may hold a place: لـ«الفرات نيوز»، لـ«صوت بيروت إنترناشونال»; and so
         * may the same name in marks later: تتابع «صوت زليتن») */
        while (e < d->n_tokens && e - b < 3 && d->tokens[e].kind == TOK_WORD &&
               (x->owner[e] < 0 || ((told || x->c.n > first) && place_owner(x, e) && ++places)) &&
               !(tok_kinds(&d->tokens[e]) & (LEX_VERB | LEX_COMPLEMENTIZER)) && d->tokens[e].sentence == t->sentence)
            e++;
        if (e == b || e >= d->n_tokens || (paren ? !is_paren(&d->tokens[e], ')') : !is_quote_mark(&d->tokens[e])) ||
            (tok_kinds(&d->tokens[b]) & LEX_STOP) || places == e - b)
            continue;
        /* (a place inside a name in marks, "تتابع «صوت زليتن»", hides an outlet named
         * before; without one, quoted_paper_name decides, as it always did) */
        int again = !told && places && outlet_named_again(x, first, b, e);
        if (places && !told && !again)
            continue;
        if (places)
            release_places(x, b, e);
        if (!told && !again && !quoted_paper_name(x, k, b, e))
            continue;
        struct cand c = {b, e, b, e, -1, -1, 0, 0, ENT_ORG, GENDER_FEM, CAND_ORG, CLASS_MEDIA | CLASS_ORG, -1, 0};
        if (add_accepted(x, &c) != 0)
            return -1;
        k = e;
    }
    return 0;
}

/* "راية إف إم"، "شمس أف أم": the word before إف إم (FM) names a radio station, whatever
 * else it means (راية "flag"); tail k is إف, and إم must follow it on its line (not إف 16,
 * the F-16). A station's name a head already began takes the two words in. */
static int fm_station(struct ent_ctx *x, int32_t k)
{
    const struct doc *d = x->d;
    const struct token *m = k + 1 < d->n_tokens ? &d->tokens[k + 1] : NULL;
    const struct token *w = &d->tokens[k - 1];
    if (!m || m->kind != TOK_WORD || m->fold_len != 2 || m->fold[0] != 0x0627 || m->fold[1] != 0x0645 ||
        (m->flags & TOKF_NEWLINE_BEFORE) || x->owner[k + 1] >= 0)
        return 0;
    /* (after a head read as a station's name: إذاعة موزاييك إف إم) */
    int32_t o = x->owner[k - 1];
    if (o >= 0 && x->c.v[o].type == ENT_ORG && x->c.v[o].te == k && x->c.v[o].name_te == k) {
        x->c.v[o].te = x->c.v[o].name_te = k + 2;
        x->owner[k] = x->owner[k + 1] = o;
        return 0;
    }
    if (w->kind != TOK_WORD || !(w->flags & TOKF_ARABIC) || o >= 0 ||
        (tok_kinds(w) & (LEX_STOP | LEX_VERB | LEX_COMPLEMENTIZER | LEX_TITLE | LEX_ROLE_NOUN | LEX_ORG_HEAD)))
        return 0;
    struct cand c = {k - 1, k + 2, k - 1, k + 2, -1, -1, 0, 0, ENT_ORG, GENDER_FEM, CAND_ORG, CLASS_MEDIA | CLASS_ORG, -1, 0};
    return add_accepted(x, &c);
}

/* "ستيب نيوز"، "أثر برس"، "26 سبتمبر نت": one to three words and a media tail make an
 * outlet's name wherever it stands. Going back from the tail, the words are ones no list
 * reads as a title, a head, a function word or a verb, and a common word only as the
 * name's first (البوابة نيوز, not "نشرته ستيب نيوز"). A ل, ب or و written onto the first
 * word is a clitic when the name is also written without it (لستيب نيوز). (Not in line:
 * an article rarely has a tail, and in line in entities_find it cost the seed 3 K
 * instructions by what it changed around it.) */
__attribute__((noinline)) static int pass_media_tails(struct ent_ctx *x)
{
    const struct doc *d = x->d;
    enum { MAX_WORDS = 3 };
    int32_t first = x->c.n;
    for (int32_t i = 0; i < x->media.n; i++) {
        int32_t k = x->media.v[i];
        const struct token *tail = &d->tokens[k];
        if (k == 0 || tail->lex_prefix || x->owner[k] >= 0 ||
            (tail->flags & TOKF_NEWLINE_BEFORE))
            continue;
        if (tail->fold_len == 2 && tail->fold[0] == 0x0627 && tail->fold[1] == 0x0641) {
            if (fm_station(x, k) != 0)
                return -1;
            continue;
        }
        /* (a dot between them, with no space on either side: العربية.نت) */
        int32_t dot = k >= 2 && d->tokens[k - 1].kind == TOK_PUNCT && d->text.u16[d->tokens[k - 1].span.start] == '.' &&
                      !(d->tokens[k - 1].flags & TOKF_SPACE_BEFORE) && !(tail->flags & TOKF_SPACE_BEFORE);
        int32_t b = k - dot;
        while (b > 0 && k - dot - b < MAX_WORDS) {
            const struct token *t = &d->tokens[b - 1];
            if ((t->kind != TOK_WORD && t->kind != TOK_NUMBER) || x->owner[b - 1] >= 0 ||
                t->sentence != tail->sentence || (d->tokens[b].flags & TOKF_NEWLINE_BEFORE) ||
                (tok_kinds(t) & (LEX_STOP | LEX_VERB | LEX_COMPLEMENTIZER | LEX_TITLE | LEX_ROLE_NOUN | LEX_ORG_HEAD |
                                 LEX_GROUP | LEX_SOURCE | LEX_STATEMENT | LEX_MEDIA_TAIL | LEX_DEMONYM)))
                break;
            /* (a common word only with the article: البوابة نيوز, الشعب اليومية أونلاين; not
             * "خاص لستيب نيوز", "لم تتمكن ستيب نيوز") */
            if (t->kind == TOK_WORD && (t->flags & TOKF_COMMON) && !tok_has_article(t))
                break;
            b--;
            /* (a clitic on a word opens the name: لستيب نيوز, وأثر برس; للعربية.نت, and
             * للسومرية نيوز that no list holds after a person's name) */
            if (t->kind == TOK_WORD && (!tok_has_article(t) || t->lex_prefix || lam_and_article(t)) &&
                (t->fold[0] == 0x0644 || t->fold[0] == 0x0628 || t->fold[0] == 0x0648 || t->fold[0] == 0x0641))
                break;
        }
        /* (a name in marks is read where the marks are: «السورية نت» that translated a
         * report is the narrator, no source) */
        if (b == k - dot || (b > 0 && is_quote_mark(&d->tokens[b - 1])))
            continue;
        struct cand c = {b, k + 1, b, k + 1, -1, -1, 0, 0, ENT_ORG, GENDER_FEM, CAND_ORG, CLASS_MEDIA | CLASS_ORG, -1, 0};
        const struct token *first_word = &d->tokens[b];
        int lam_al = lam_and_article(first_word);
        if (tok_has_article(first_word) && (first_word->lex_prefix || lam_al)) {
            /* (the name without its clitic: للعربية.نت -> العربية.نت) */
            c.skip = lam_al ? 2 : 1;
            c.add_al = (uint8_t)lam_al;
        }
        if (add_accepted(x, &c) != 0)
            return -1;
    }
    /* (لستيب نيوز beside ستيب نيوز: the first letter is the preposition or و; so is a ل
     * on a word no list holds, لشفق نيوز: outlets are told things more often than
     * their names start with ل) */
    for (int32_t i = first; i < x->c.n; i++) {
        struct cand *c = &x->c.v[i];
        const struct token *t = &d->tokens[c->tb];
        if (t->kind != TOK_WORD || t->fold_len < 4 || tok_has_article(t) ||
            (t->fold[0] != 0x0644 && t->fold[0] != 0x0628 && t->fold[0] != 0x0648))
            continue;
        if (t->fold[0] == 0x0644 && !t->lex) {
            c->skip = 1;
            continue;
        }
        /* (among the outlets near it: a window keeps the pass linear) */
        for (int32_t j = i > first + 32 ? i - 32 : first; j < x->c.n && j <= i + 32; j++) {
            const struct token *o = &d->tokens[x->c.v[j].tb];
            if (j != i && x->c.v[j].accepted && o->fold_len == t->fold_len - 1 &&
                !memcmp(o->fold, t->fold + 1, (size_t)o->fold_len * sizeof(UChar))) {
                c->skip = 1;
                break;
            }
        }
    }
    return 0;
}

/* "قال أحمد سالم، مدير عام الشركة، إن": a role set off by commas right after a person's
 * name is that person's role, as one written before the name is — later "المدير" names
 * him. The apposition must open with a title and close with a comma (or run into the
 * complementizer) within a dozen words, with no verb, quotation or other person inside:
 * "X، الذي ..." and "X، وقال ..." are no roles. */
/* Is the last word of person candidate c a common noun in ال (no nisba, no listed
 * name) that may be the verb's object rather than a family name? The dictionary must
 * hold the noun as written, with no ending taken off: الخوالدة and الدبيبة read as
 * خوالد and دبيب + ة, and are family names. (A noun in ة of a three-letter stem, الحصة,
 * is not marked common, as short stems behind ال often are names; its stem decides.) */
static int object_noun_ends(const struct ent_ctx *x, const struct cand *c)
{
    const struct token *t = &x->d->tokens[c->te - 1];
    return c->type == ENT_PERSON && c->accepted && c->te - c->tb >= 2 && c->name_te == c->te &&
           c->name_tb == c->tb && tok_has_article(t) && !t->lex_prefix &&
           ((t->flags & TOKF_COMMON) || x->d->text.u16[t->span.end - 1] == 0x0629) &&
           !tok_nisba_ending(t) && !(tok_kinds(t) & (LEX_FAMILY_NAME | LEX_FIRST_NAME)) && t->fold_len > 4 &&
           lexicon_is_common_as_written(x->lx, t->fold + 2, t->fold_len - 2);
}

static void drop_last_word(struct ent_ctx *x, struct cand *c)
{
    c->te = c->name_te = c->te - 1;
    x->owner[c->te] = -1;
}

/* "واختتم عبد الفتاح الفقرة بقوله:"، "واختتم بن عيسى الحلقة": a family name of someone
 * named before, then a common noun in ال, is that person and the verb's object, not a
 * new person "عبد الفتاح الفقرة". A single word before the noun must not be a given
 * name (محمد القضاة is a name). Nor is such a noun in ة the family name after a name of
 * two words or more ("وافتتح مقدم البرنامج نوفل بن عيسى الفقرة بعرض"), unless a name
 * particle governs it (حسين عبد الزهرة). */
static void drop_object_after_family_name(struct ent_ctx *x)
{
    const struct doc *d = x->d;
    for (int32_t i = 0; i < x->c.n; i++) {
        struct cand *c = &x->c.v[i];
        if (c->type != ENT_PERSON || c->te - c->tb < 2)
            continue;
        const struct token *t = &d->tokens[c->te - 1];
        /* (the article's two letters first: most names end in something else) */
        if (t->fold_len <= 4 || t->fold[0] != 0x0627 || t->fold[1] != 0x0644 || !object_noun_ends(x, c))
            continue;
        /* (but before a comma, a colon, إن/أن or the outlet told, it is the family name:
         * "يوسف سليمان المخامرة، أن"، "وقال سالم عيد الرواشدة إن") */
        const struct token *after = c->te < d->n_tokens ? &d->tokens[c->te] : NULL;
        int name_ends = after && (tok_is_comma(after) || tok_is_char(after, ':') || tok_is_lone_lam(after) ||
                                  ((tok_kinds(after) & LEX_COMPLEMENTIZER) && !after->lex_prefix));
        if (c->te - c->tb >= 3 && !(tok_kinds(&d->tokens[c->te - 2]) & LEX_NAME_PARTICLE) &&
            d->text.u16[t->span.end - 1] == 0x0629 && !name_ends) {
            drop_last_word(x, c);
            continue;
        }
        if (c->te - c->tb == 2 && (tok_kinds(&d->tokens[c->tb]) & LEX_FIRST_NAME))
            continue;
        for (int32_t j = 0; j < x->c.n; j++) {
            const struct cand *o = &x->c.v[j];
            if (j != i && o->type == ENT_PERSON && o->accepted && o->tb < c->tb &&
                ends_person(x, o, c->tb, c->te - 1, c->skip)) {
                drop_last_word(x, c);
                break;
            }
        }
    }
}

static void pass_roles_after_names(struct ent_ctx *x)
{
    const struct doc *d = x->d;
    for (int32_t i = 0; i < x->c.n; i++) {
        struct cand *c = &x->c.v[i];
        int32_t b = c->te + 1;
        if (c->type != ENT_PERSON || c->role_tb >= 0 || b >= d->n_tokens || !tok_is_comma(&d->tokens[c->te]))
            continue;
        /* "محمود الشاذلي، وهو وكيل ملاحي يتعامل مع ...": an indefinite title after وهو and
         * its adjectives are his role too, whatever clause describes him after them */
        int wa_huwa = tok_is_wa_huwa(&d->tokens[b]) && b + 1 < d->n_tokens && !tok_has_article(&d->tokens[b + 1]);
        b += wa_huwa;
        const struct token *head = &d->tokens[b];
        if (!head->lex || !(tok_kinds(head) & LEX_TITLE) || !(head->lex->role_classes & CLASS_PERSON) ||
            head->sentence != d->tokens[c->te].sentence || (head->lex_prefix && !tok_has_article(head)))
            continue;
        if (wa_huwa) {
            int32_t e = b + 1;
            while (e < d->n_tokens && e - b <= 3 && d->tokens[e].kind == TOK_WORD && !tok_has_article(&d->tokens[e]) &&
                   !d->tokens[e].lex_prefix && tok_nisba_ending(&d->tokens[e]) && x->owner[e] < 0)
                e++;
            c->role_tb = b;
            c->role_te = e;
            c->classes |= head->lex->role_classes;
            continue;
        }
        int32_t e = b + 1;
        for (; e < d->n_tokens && e - b <= 12; e++) {
            const struct token *t = &d->tokens[e];
            int32_t o = x->owner[e];
            if (is_quote_mark(t) && e > b) {
                /* (a short quoted name in it: "مراسل «القاهرة الإخبارية» من موسكو") */
                int32_t close = e + 1;
                while (close < d->n_tokens && close - e <= 4 && d->tokens[close].kind == TOK_WORD)
                    close++;
                if (close < d->n_tokens && close > e + 1 && is_quote_mark(&d->tokens[close])) {
                    e = close;
                    continue;
                }
            }
            if (tok_is_comma(t) || t->sentence != head->sentence || is_quote_mark(t) ||
                (tok_kinds(t) & (LEX_VERB | LEX_COMPLEMENTIZER)) || (t->kind == TOK_PUNCT && !tok_is_dash(t)) ||
                (o >= 0 && x->c.v[o].type == ENT_PERSON))
                break;
        }
        if (e >= d->n_tokens || e - b > 12 || !tok_is_comma(&d->tokens[e]))
            continue;
        c->role_tb = b;
        c->role_te = e;
        c->classes |= head->lex->role_classes;
        if (head->lex->role_gender == GENDER_FEM)
            c->gender = GENDER_FEM;
    }
}

/* The writer's byline: among the article's first lines, one that holds a person's name
 * and little else (a label, a title, punctuation: "سليم الجابري"، "بقلم: د. Name").
 * Returns the entity, or -1. */
static int32_t find_byline(const struct doc *d)
{
    int32_t si = 0, line = 0, b, e, r;
    while ((r = byline_line(d, &si, &line, &b, &e)) >= 0) {
        int32_t person = -1, other = 0;
        for (int32_t j = b; j < e && r && other == 0; j++) {
            const struct token *t = &d->tokens[j];
            int32_t m = d->tok_mention[j];
            if (m >= 0 && d->entities[d->mentions[m].entity].type == ENT_PERSON &&
                (person < 0 || person == d->mentions[m].entity))
                person = d->mentions[m].entity;
            else if (t->kind == TOK_WORD && !tok_marker(d, j, MARK_BYLINE_LABEL) &&
                     !(tok_kinds(t) & (LEX_TITLE | LEX_HONORIFIC)))
                other++;
        }
        if (person >= 0 && other == 0)
            return person;
    }
    return -1;
}

/* "البابا لاون الرابع عشر"، "الأنبا إرميا": a person called by a title (roles.tsv
 * in_name) has it as the first word of the name, wherever it stood right before one of
 * the mentions; the mentions keep their spans. */
static int name_title_called_by(struct ent_ctx *x)
{
    struct doc *d = x->d;
    for (int32_t i = 0; i < d->n_entities; i++) {
        struct entity *e = &d->entities[i];
        if (e->type != ENT_PERSON)
            continue;
        for (int32_t m = e->first_mention; m >= 0; m = d->mentions[m].next_same) {
            int32_t k = d->mentions[m].tok_begin - 1;
            const struct token *t = k >= 0 ? &d->tokens[k] : NULL;
            if (!t || t->kind != TOK_WORD || !t->lex || !t->lex->role_in_name || d->tok_mention[k] >= 0)
                continue;
            const char *title = tokens_name(x, k, k + 1, t->lex_prefix, 0);
            size_t tn = title ? strlen(title) : 0, nn = strlen(e->name);
            char *name = title ? arena_array_uninit(x->a, tn + nn + 2, 1) : NULL;
            if (!name)
                return -1;
            memcpy(name, title, tn);
            name[tn] = ' ';
            memcpy(name + tn + 1, e->name, nn + 1);
            e->name = name;
            e->called_len = (int32_t)tn + 1;
            break;
        }
    }
    return 0;
}

int entities_find(struct doc *d, struct arena *a, const struct lexicon *lx)
{
    struct ent_ctx x;
    struct keymap words;
    memset(&x, 0, sizeof x);
    memset(&words, 0, sizeof words);
    x.words = &words;
    x.d = d;
    x.a = a;
    x.lx = lx;
    x.owner = arena_array_uninit(a, (size_t)d->n_tokens + 1, sizeof(int32_t));
    d->tok_mention = arena_array_uninit(a, (size_t)d->n_tokens + 1, sizeof(int32_t));
    if (!x.owner || !d->tok_mention)
        return -1;
    for (int32_t k = 0; k <= d->n_tokens; k++)
        x.owner[k] = d->tok_mention[k] = -1;
    if (list_starts(&x) != 0 || pass_known(&x) != 0 || pass_orgs(&x) != 0 || pass_foreign_ministries(&x) != 0 ||
        pass_abbreviations(&x) != 0 ||
        pass_outlets_told(&x) != 0 || pass_body_in_marks_after_role(&x) != 0 || pass_media_tails(&x) != 0 ||
        pass_pseudonyms(&x) != 0 || pass_demonym_names(&x) != 0 || pass_places_after_fi(&x) != 0 ||
        pass_titled(&x) != 0 || pass_byline_name(&x) != 0 ||
        pass_dateline_outlet(&x) != 0 || pass_din_names(&x) != 0 ||
        pass_given_names(&x) != 0 ||
        pass_context(&x) != 0 || pass_latin(&x) != 0)
        return -1;
    drop_object_after_family_name(&x);
    pass_roles_after_names(&x);
    if (build_entities(&x) != 0 || pass_surnames(&x) != 0 || pass_given_name_subjects(&x) != 0)
        return -1;
    if (relink_mentions(&x) != 0)
        return -1;
    if (name_title_called_by(&x) != 0)
        return -1;
    find_affiliations(d);
    d->byline_entity = find_byline(d);
    return 0;
}

/* The one person named before token k whose name opens (after the title it is called
 * by) or closes with the word at k, as a whole word; -1 for none or two. */
static int32_t person_by_name_end(const struct doc *d, int32_t k, int closes)
{
    const struct token *t = &d->tokens[k];
    size_t len;
    const char *w = doc_span_utf8(d, t->span, &len);
    int32_t found = -1;
    for (int32_t i = 0; w && i < d->n_entities; i++) {
        const struct entity *en = &d->entities[i];
        if (en->type != ENT_PERSON || en->first_mention < 0 || d->mentions[en->first_mention].tok_begin >= k)
            continue;
        size_t n = strlen(en->name);
        int match = closes ? n > len && en->name[n - len - 1] == ' ' && !memcmp(en->name + n - len, w, len)
                           : !strncmp(en->name + en->called_len, w, len) && en->name[en->called_len + len] == ' ';
        if (!match)
            continue;
        if (found >= 0)
            return -1;
        found = i;
    }
    return found;
}

int32_t entities_person_by_given_name(const struct doc *d, int32_t k)
{
    return person_by_name_end(d, k, 0);
}

int32_t entities_person_by_family_name(const struct doc *d, int32_t k)
{
    return person_by_name_end(d, k, 1);
}

int32_t entities_mention_at(const struct doc *d, int32_t k)
{
    return (k >= 0 && k < d->n_tokens && d->tok_mention) ? d->tok_mention[k] : -1;
}
