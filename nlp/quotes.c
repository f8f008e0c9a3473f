/*
 * quotes.c — quotations: where they are, what introduced them, and the words that name
 * the speaker. attribution.c turns those words into a speaker.
 *
 * First the quotation marks are paired into regions (typographic, guillemets and the
 * ambiguous ASCII mark, which outlets also use reversed). Then each sentence is read
 * for cues, left to right:
 *   reporting verb  [و|ف] VERB [speaker] [، aside ،|- aside -] (أن|إن|إلى أن|:|“) CONTENT
 *   participle      ..., مؤكدا أن CONTENT          (the clause's speaker goes on)
 *   masdar          الإشارة إلى أن، تصريحات X بأن
 *   relative        CONTENT، وهو ما أكده X
 *   source          بحسب X، CONTENT  |  CONTENT، بحسب X.
 *   headline        X: CONTENT                     (a line whose head names a speaker)
 * Content runs to the end of the clause: the sentence end, the closing mark of a direct
 * quotation (which may span sentences), a participle that starts the next quotation, a
 * closing tag (حسب تعبيره) or a coordinated complementiser (وأن) that starts a sibling.
 * Reported speech nested inside another quotation's content is left to that quotation.
 */
#include "nlp/quotes.h"

#include "nlp/arena.h"
#include "nlp/doc.h"
#include "nlp/entities.h"
#include "nlp/lexicon.h"
#include "nlp/tokens.h"

#include <stdlib.h>
#include <string.h>

#define NP_REACH 40          /* tokens between a verb and its complementiser, at most */
#define NP_CUE_REACH 28      /* and between أعرب and its عن: a long role and a name in commas */
#define POST_SPEAKER_MAX 10  /* words after a verb that still name its speaker, said words before it */
#define SOURCE_NP_MAX 12     /* tokens naming a source after بحسب */
#define HEADLINE_HEAD_MAX 7  /* tokens before the colon of a headline */
#define REGION_SCAN_MAX 400  /* tokens a quotation may span before it counts as unclosed */

struct region {
    int32_t open, close;     /* tokens of the marks; close == -1: never closed */
    int32_t inner_b, inner_e;
    int32_t words;           /* word tokens inside */
};

struct qctx {
    struct doc *d;
    struct arena *a;
    const struct lexicon *lx;
    struct region *r;
    int32_t nr, rcap;
    int32_t *opens;          /* per token: region opened by this token, or -1 */
    int32_t *inside;         /* per token: innermost region whose inner part holds it, or -1 */
    int32_t *closes;         /* per token: region closed by this token, or -1 */
    uint8_t *in_long;        /* per token: inside a quotation of four words or more */
    int32_t *quoted_before;  /* per token: regions with words opened before it (prefix count) */
    int32_t *next_stop;      /* per token: first clause boundary at or after it (see clause_end) */
    int32_t qcap;
    int32_t question_lines;  /* lines that are one question (an interview without labels) */
    int interview;           /* an interview's byline: "I" is the interviewee, not the writer */
};

/* ---- quotation marks ---- */

enum mark { MARK_NONE = 0, MARK_OPEN, MARK_CLOSE, MARK_EITHER };

static int name_line_after(const struct doc *d, int32_t colon);

static enum mark mark_kind(const struct token *tk, UChar *family)
{
    if (tk->kind != TOK_PUNCT || tk->fold_len != 1)
        return MARK_NONE;
    if (tk->fold[0] == '\'') {
        /* ' ‘ ’ (folded alike): an opener before a word it touches, a closer after a word
         * it touches; an apostrophe inside a word is no token of its own */
        *family = '\'';
        return (tk->flags & TOKF_SPACE_BEFORE) ? MARK_OPEN : MARK_CLOSE;
    }
    switch (tk->fold[0]) {
    case 0x201C: case 0x201E: *family = 0x201C; return MARK_OPEN;   /* “ „ */
    case 0x201D: case 0x2033: *family = 0x201C; return MARK_CLOSE;  /* ” ″ */
    case 0x00AB: *family = 0x00AB; return MARK_OPEN;                 /* « */
    case 0x00BB: *family = 0x00AB; return MARK_CLOSE;                /* » */
    case '"': *family = '"'; return MARK_EITHER;
    default: return MARK_NONE;
    }
}

static int is_mark(const struct token *tk)
{
    UChar f;
    return mark_kind(tk, &f) != MARK_NONE;
}

static int add_region(struct qctx *q, int32_t open, int32_t close)
{
    struct region *v = arena_grow(q->a, q->r, q->nr, &q->rcap, sizeof *v, 32);
    if (!v)
        return -1;
    q->r = v;
    struct region *r = &q->r[q->nr++];
    r->open = open;
    r->close = close;
    r->inner_b = open + 1;
    r->inner_e = close >= 0 ? close : open + 1;
    return 0;
}

/* End of the paragraph holding token k: the first token after a line break, from a
 * table filled once per document (a walk per call would be quadratic on a text of many
 * stray marks). */
static int32_t paragraph_end(const struct doc *d, int32_t k)
{
    return d->par_end[k];
}

static int fill_paragraph_ends(struct doc *d, struct arena *a)
{
    d->par_end = arena_array_uninit(a, (size_t)d->n_tokens + 1, sizeof(int32_t));
    if (!d->par_end)
        return -1;
    d->par_end[d->n_tokens] = d->n_tokens;
    int32_t next = d->n_tokens;
    for (int32_t k = d->n_tokens - 1; k >= 0; k--) {
        d->par_end[k] = next;
        if (d->tokens[k].flags & TOKF_NEWLINE_BEFORE)
            next = k;
    }
    return 0;
}

/* Pairs marks with a small stack. An ASCII mark closes an open ASCII mark, else opens;
 * a closing ” with nothing open opens (some outlets write ”...”). An opener never closed
 * runs to the end of its paragraph (articles cut mid-quotation). */
static int pair_marks(struct qctx *q)
{
    const struct doc *d = q->d;
    int32_t stack[16];
    UChar fam[16];
    int depth = 0;
    for (int32_t k = 0; k < d->n_tokens; k++) {
        UChar f = 0;
        enum mark m = mark_kind(&d->tokens[k], &f);
        if (m == MARK_NONE)
            continue;
        /* a paragraph break closes nothing but forgets openers older than it that were
         * never closed within reach */
        while (depth > 0 && k - stack[depth - 1] > REGION_SCAN_MAX) {
            depth--;
            if (add_region(q, stack[depth], -1) != 0)
                return -1;
        }
        int closes = 0;
        if (m == MARK_CLOSE || m == MARK_EITHER) {
            for (int i = depth - 1; i >= 0; i--) {
                if (fam[i] == f || (f == 0x201C && fam[i] == 0x201D)) {
                    /* close region i; inner unclosed ones become unclosed */
                    for (int j = depth - 1; j > i; j--)
                        if (add_region(q, stack[j], -1) != 0)
                            return -1;
                    if (add_region(q, stack[i], k) != 0)
                        return -1;
                    depth = i;
                    closes = 1;
                    break;
                }
            }
        }
        if (closes)
            continue;
        if (m == MARK_CLOSE && f == 0x201C) {
            /* a ” with nothing open: opens when a word follows it */
            if (k + 1 < d->n_tokens && d->tokens[k + 1].kind != TOK_PUNCT && depth < 16) {
                stack[depth] = k;
                fam[depth++] = 0x201D;
            }
            continue;
        }
        if (m == MARK_CLOSE)
            continue;
        if (depth == 16)
            continue;
        if (f == '\'' && (k + 1 >= d->n_tokens || (d->tokens[k + 1].flags & TOKF_SPACE_BEFORE) ||
                          d->tokens[k + 1].kind != TOK_WORD))
            continue; /* a lone apostrophe, not an opening quotation mark */
        stack[depth] = k;
        fam[depth++] = f;
    }
    while (depth > 0)
        if (add_region(q, stack[--depth], -1) != 0)
            return -1;
    /* Unclosed regions: to the end of their paragraph (an article cut mid-quotation),
     * at most REGION_SCAN_MAX tokens. */
    for (int32_t i = 0; i < q->nr; i++) {
        struct region *r = &q->r[i];
        if (r->close < 0) {
            r->inner_e = paragraph_end(d, r->open);
            if (r->inner_e - r->open > REGION_SCAN_MAX)
                r->inner_e = r->open + REGION_SCAN_MAX;
        }
        /* drop trailing punctuation from the inner part of an unclosed region */
        while (r->close < 0 && r->inner_e > r->inner_b && d->tokens[r->inner_e - 1].kind == TOK_PUNCT &&
               !is_mark(&d->tokens[r->inner_e - 1]))
            r->inner_e--;
    }
    /* Per-token tables, each built in one pass over each region: regions nest at most
     * 16 deep, so this stays linear in the text. */
    for (int32_t i = 0; i < q->nr; i++) {
        struct region *r = &q->r[i];
        q->opens[r->open] = i;
        if (r->close >= 0)
            q->closes[r->close] = i;
        /* words up to 5: every test asks "at least n" with n <= 5 */
        r->words = 0;
        for (int32_t k = r->inner_b; k < r->inner_e && r->words < 5; k++)
            r->words += d->tokens[k].kind != TOK_PUNCT;
        /* Closed regions nest (they come off one stack 16 deep), so marking their insides
         * costs at most 16 passes over the text. Unclosed ones overlap freely: only a
         * stray mark, they are not walked. */
        if (r->close < 0)
            continue;
        for (int32_t k = r->inner_b; k < r->inner_e; k++) {
            int32_t cur = q->inside[k];
            /* keep the innermost: the one that opened last */
            if (cur < 0 || q->r[cur].open < r->open)
                q->inside[k] = i;
            if (r->words >= 4)
                q->in_long[k] = 1;
        }
    }
    int32_t count = 0;
    for (int32_t k = 0; k <= d->n_tokens; k++) {
        q->quoted_before[k] = count;
        if (k < d->n_tokens && q->opens[k] >= 0 && q->r[q->opens[k]].words >= 1)
            count++;
    }
    return 0;
}

static int32_t region_words(const struct qctx *q, const struct region *r)
{
    (void)q;
    return r->words;
}

/* Does a place's name (a GPE mention) start at token k? */
static int place_starts_at(const struct doc *d, int32_t k)
{
    int32_t m = d->tok_mention[k];
    return m >= 0 && d->mentions[m].tok_begin == k && d->entities[d->mentions[m].entity].type == ENT_GPE;
}

/* A quoted name, not quoted words: "سي إن إن", "لافروف", «تاس» — every word of it
 * belongs to a named entity (an organisation's name runs long: «فريق المراقبة متعدد
 * الأطراف للعقوبات»), or it is one or two words that look like a name. */
static inline int is_verb(const struct token *t, enum verb_aspect *aspect);

/* Is one of the tokens [b, e) a verb? */
static int verb_in(const struct qctx *q, int32_t b, int32_t e)
{
    for (int32_t k = b; k < e; k++)
        if (is_verb(&q->d->tokens[k], NULL))
            return 1;
    return 0;
}

/* Do the words before k (a quotation's opening mark) end a role and what it governs, so
 * that up to `words` words in marks there name where or of what the role is: في after the
 * role ("الباحثة في «...»"), a body's bare head ("رئيس شركة "..."") or one in ل past the
 * role's adjective ("المدير العام لشركة "...""), or a bare noun and its definite complement
 * ("قبطان سفينة الصيد "..."", the ship's)? */
static int role_governs_marks(const struct doc *d, int32_t k, int32_t words)
{
    if (k < 2)
        return 0;
    const struct token *last = &d->tokens[k - 1], *before = &d->tokens[k - 2];
    const uint32_t role_kinds = LEX_TITLE | LEX_ROLE_NOUN;
    if ((tok_kinds(before) & role_kinds) &&
        (tok_is_fi(last) || ((tok_kinds(last) & LEX_ORG_HEAD) && !tok_has_article(last))))
        return 1;
    if (k < 3 || words > 5 || last->kind != TOK_WORD || last->sentence != d->tokens[k - 3].sentence ||
        !(tok_kinds(&d->tokens[k - 3]) & role_kinds))
        return 0;
    const struct token *role = &d->tokens[k - 3];
    int head_in_lam = last->lex_prefix == 1 && last->fold[0] == 0x0644 && (tok_kinds(last) & LEX_ORG_HEAD) &&
                      tok_has_article(before) && !(tok_kinds(before) & LEX_STOP);
    int head_and_complement = !tok_has_article(role) && before->kind == TOK_WORD && !tok_has_article(before) &&
                              !before->lex_prefix && !(tok_kinds(before) & (LEX_STOP | LEX_VERB | LEX_COMPLEMENTIZER)) &&
                              tok_has_article(last) && !last->lex_prefix && !(tok_kinds(last) & (LEX_STOP | LEX_VERB));
    return head_in_lam || head_and_complement;
}

/* Does token k start a person's name: a person named there, or a word no dictionary
 * knows that looks like a name (a Korean name no list holds, جو سونغ-ميونغ)? */
static int holder_after(const struct qctx *q, int32_t k)
{
    const struct doc *d = q->d;
    int32_t m = d->tok_mention[k];
    if (m >= 0)
        return d->mentions[m].tok_begin == k && d->entities[d->mentions[m].entity].type == ENT_PERSON;
    const struct token *t = &d->tokens[k];
    return t->kind == TOK_WORD && !(t->flags & TOKF_COMMON) && !tok_kinds(t) && tok_is_name_like(q->lx, t);
}

static int region_is_name(const struct qctx *q, const struct region *r)
{
    const struct doc *d = q->d;
    int32_t words = region_words(q, r);
    if (words == 0 || words > 7 || r->close < 0)
        return 0;
    /* (up to four words that no list knows after a body's name governed by a preposition,
     * its name in the original: "مع هيئة البث الكورية "كيه بي إس"" — not after a subject:
     * "وصفت الوزارة "انتهاكا صارخا"") */
    int32_t before = r->open > 0 ? d->tok_mention[r->open - 1] : -1;
    int after_org = 0;
    if (before >= 0 && d->entities[d->mentions[before].entity].type == ENT_ORG && d->mentions[before].tok_end == r->open) {
        int32_t mb = d->mentions[before].tok_begin;
        after_org = tok_has_prep_clitic(&d->tokens[mb]) || (mb > 0 && (tok_kinds(&d->tokens[mb - 1]) & LEX_STOP) &&
                                                            !(tok_kinds(&d->tokens[mb - 1]) & LEX_COMPLEMENTIZER));
    }
    /* "يتابع المصدرون تداعيات "معاهدة الشراكة الاستراتيجية الشاملة"": words in marks
     * that open with what names a title (معاهدة، مناورات، حملة) in construct with a
     * definite word, and hold no verb, name it (not «حملة تشهير منظمة», a description) */
    /* (or with a place: «ملتقى دبي للأمن السيبراني») */
    if (words >= 2 && words <= 6 && tok_marker(d, r->inner_b, MARK_TITLE_WORD) && r->inner_b + 1 < r->inner_e &&
        (tok_has_article(&d->tokens[r->inner_b + 1]) || place_starts_at(d, r->inner_b + 1)) &&
        !tok_has_prep_clitic(&d->tokens[r->inner_b + 1]) && !verb_in(q, r->inner_b, r->inner_e))
        return 1;
    /* "الباحثة في «التحالف المدني لحقوق الإنسان في كوريا الشمالية» بارك مين-جي": words in
     * marks between a role and the name of its holder, after what the role governs, are
     * where the role is held or the body or ship it is of (role_governs_marks) */
    if (r->close + 1 < d->n_tokens && d->tok_mention[r->close + 1] >= 0 &&
        d->entities[d->mentions[d->tok_mention[r->close + 1]].entity].type == ENT_PERSON &&
        role_governs_marks(d, r->open, words) && !verb_in(q, r->inner_b, r->inner_e))
        return 1;
    /* "جوزيف هوانغ، رئيس «التحالف الكوري الأميركي من أجل حقوق الإنسان» ومقره لوس
     * أنجلوس، لموقع «الحرة»، إن": up to seven words with no verb in marks after a bare
     * title set off in apposition are the body's name; so are those the title's holder
     * follows ("وقال رئيس «تحالف المنشقين من أجل الحرية» X، إن") */
    const struct token *head = r->open > 0 ? &d->tokens[r->open - 1] : NULL;
    int bare_title = head && r->open > 1 && (tok_kinds(head) & LEX_TITLE) && head->kind == TOK_WORD &&
                     !tok_has_article(head) && !head->lex_prefix && !tok_written_pronoun(d, head);
    if (bare_title && words <= 7 &&
        (tok_is_comma(&d->tokens[r->open - 2]) ||
         (r->close >= 0 && r->close + 1 < d->n_tokens && holder_after(q, r->close + 1))) &&
        !verb_in(q, r->inner_b, r->inner_e))
        return 1;
    /* (and up to five right after a body's bare head: "ذكرت شركة «سفن الشرقية للخدمات
     * الملاحية» أن") */
    if (head && words <= 5 && (tok_kinds(head) & LEX_ORG_HEAD) && !tok_has_article(head) && !tok_written_pronoun(d, head) &&
        !verb_in(q, r->inner_b, r->inner_e))
        return 1;
    /* (the body a role speaks for, after عن: "ممثل عن «روس أوبورون إكسبورت»، أن") */
    if (r->open >= 1 && tok_body_in_marks_after_an(d, r->open - 1) == r->close)
        return 1;
    int covered = 1, namelike = words <= (after_org ? 4 : 2);
    for (int32_t k = r->inner_b; k < r->inner_e && (covered || namelike); k++) {
        const struct token *t = &d->tokens[k];
        if (t->kind == TOK_PUNCT)
            continue;
        int32_t m = d->tok_mention[k];
        /* (a family name with its particle, «عبد الرازق», is mentioned by its last word) */
        if (m < 0 && (tok_kinds(t) & LEX_NAME_PARTICLE) && k + 1 < r->inner_e && d->tok_mention[k + 1] >= 0 &&
            d->entities[d->mentions[d->tok_mention[k + 1]].entity].type == ENT_PERSON)
            continue;
        if (m < 0 || d->entities[d->mentions[m].entity].type == ENT_GPE)
            covered = 0;
        if (namelike && !tok_is_name_like(q->lx, t) && !(after_org && !(tok_kinds(t) & ~(uint32_t)LEX_PHRASE_START)))
            namelike = 0;
    }
    return covered || namelike;
}

/* A token inside a quotation long enough to be someone's words, not a quoted name or
 * term: cues there are nested speech. */
static int in_long_region(const struct qctx *q, int32_t k)
{
    return q->in_long[k];
}

/* ---- token tests ---- */

static int32_t sent_end(const struct doc *d, int32_t k)
{
    return d->sentences[d->tokens[k].sentence].tok_end;
}

static int32_t sent_begin(const struct doc *d, int32_t k)
{
    return d->sentences[d->tokens[k].sentence].tok_begin;
}

/* Is token j the إذا of "عمّا إذا" (whether), which opens a question reported ("تساءلت
 * عمّا إذا كانت الحكومة ...")? */
static int whether_at(const struct doc *d, int32_t j)
{
    return j > 0 && tok_marker(d, j, MARK_WHETHER) && tok_marker(d, j - 1, MARK_WHETHER_BEFORE);
}

/* A complementiser of the lexicon at j that opens a clause (is_complementizer asks it only
 * of the words the lexicon marks so). */
static int lexicon_complementizer(const struct qctx *q, int32_t j)
{
    const struct doc *d = q->d;
    const struct token *t = &d->tokens[j];
    if (whether_at(d, j))
        return 1;
    if (d->tok_mention[j] >= 0)
        return 0; /* "فان" inside ماركوس فان دير بليك is a name, not فإن */
    if (t->lex_prefix && t->fold[t->lex_prefix - 1] == 0x0643)
        return 0; /* "كأنها مشاهد من لعبة": as if, no clause of what was said */
    /* "فان دير بليك" written without the hamza of فإن, before a name */
    if ((tok_kinds(t) & LEX_NAME_PARTICLE) && d->text.u16[t->span.start + 1] != 0x0625 && j + 1 < d->n_tokens &&
        ((tok_kinds(&d->tokens[j + 1]) & LEX_NAME_PARTICLE) || tok_is_name_like(q->lx, &d->tokens[j + 1])))
        return 0;
    if (j > 0 && (tok_kinds(&q->d->tokens[j - 1]) & LEX_COMP_BLOCK))
        return 0;
    return 1;
}

/* Most words asked are no complementiser: the lexicon's class is tested inline. */
static inline int is_complementizer(const struct qctx *q, int32_t j)
{
    const struct token *t = &q->d->tokens[j];
    return (tok_kinds(t) & LEX_COMPLEMENTIZER) ? lexicon_complementizer(q, j)
                                               : (t->var_kinds & LEX_MARKER) && whether_at(q->d, j);
}

/* و + complementiser: a second reported clause under the same cue */
static int is_coordinated_complementizer(const struct qctx *q, int32_t j)
{
    const struct token *t = &q->d->tokens[j];
    return t->lex_prefix == 1 && t->fold[0] == 0x0648 && is_complementizer(q, j);
}

static int is_preposition(const struct token *t)
{
    static const UChar min[] = {0x0645, 0x0646}, to[] = {'t', 'o'};
    if (t->kind != TOK_WORD)
        return 0;
    return tok_is_ila(t) || tok_is_ala(t) || tok_is_an(t) ||
           (t->fold_len == 2 && (!memcmp(t->fold, min, sizeof min) || !memcmp(t->fold, to, sizeof to)));
}

/* A preposition at token j that starts no name: علي of "وقال علي حسن إن" folds like على. */
static int preposition_at(const struct doc *d, int32_t j)
{
    return is_preposition(&d->tokens[j]) && d->tok_mention[j] < 0;
}

/* "ملوحا بـ«تصعيد الأدوات الرقابية» إذا لم تقدم الوزارة ...": a condition right after
 * the marked words (within a few words of time) belongs to what was threatened or
 * promised. */
static int condition_follows(const struct doc *d, int32_t from, int32_t end)
{
    for (int32_t c = from; c < end && c - from < 4; c++) {
        if (d->tokens[c].kind == TOK_PUNCT)
            return 0;
        if (tok_marker(d, c, MARK_WHETHER) ||
            (c + 1 < end && tok_is_ma(&d->tokens[c]) && tok_marker(d, c + 1, MARK_NEGATION)))
            return 1;
    }
    return 0;
}

/* A preposition that opens the complement of a noun (إزاء، تجاه، حيال، حول، بشأن، من،
 * على، عن، إلى، مع، and ل or ب on a definite noun), not في, which more often says where or
 * in what something was said, nor بين: "أشار إلى «تحالف متزايد» بين روسيا و..." keeps the
 * marked words alone in dev-ar-09's gold. */
static int complement_preposition(const struct token *t)
{
    static const UChar izaa[] = {0x0627, 0x0632, 0x0627, 0x0621}, tujah[] = {0x062A, 0x062C, 0x0627, 0x0647},
                       hiyal[] = {0x062D, 0x064A, 0x0627, 0x0644}, hawl[] = {0x062D, 0x0648, 0x0644},
                       bisha[] = {0x0628, 0x0634, 0x0627, 0x0646}, maa[] = {0x0645, 0x0639},
                       lada[] = {0x0644, 0x062F, 0x064A}, bima[] = {0x0628, 0x0645, 0x0627};
    if (t->kind != TOK_WORD)
        return 0;
    const UChar *f = t->fold;
    int32_t n = t->fold_len;
    if (is_preposition(t) || (n == 2 && !memcmp(f, maa, sizeof maa)) || (n == 3 && !memcmp(f, hawl, sizeof hawl)))
        return 1;
    if (n == 4 && (!memcmp(f, izaa, sizeof izaa) || !memcmp(f, tujah, sizeof tujah) || !memcmp(f, hiyal, sizeof hiyal) ||
                   !memcmp(f, bisha, sizeof bisha)))
        return 1;
    /* لدى، بما ("«تحرك عاجل» لدى موسكو"، "«عدم الاستهانة» بما يجري"; not بين: the
     * development set's "أشار إلى «تحالف متزايد» بين روسيا و..." keeps the marks alone) */
    if (n == 3 && (!memcmp(f, lada, sizeof lada) || !memcmp(f, bima, sizeof bima)))
        return 1;
    return n >= 5 && ((f[0] == 0x0644 && f[1] == 0x0644) || (f[0] == 0x0628 && f[1] == 0x0627 && f[2] == 0x0644));
}

/* ل written onto a noun that names no one (لتعاونها، لقرارات): the complement of what
 * comes before, not the outlet or person told. */
static int lam_on_noun(const struct doc *d, int32_t k)
{
    const struct token *t = &d->tokens[k];
    if (t->kind != TOK_WORD || t->fold_len < 4 || t->fold[0] != 0x0644 || d->tok_mention[k] >= 0 ||
        (tok_kinds(t) & (LEX_STOP | LEX_VERB | LEX_COMPLEMENTIZER)))
        return 0;
    if ((t->flags & TOKF_COMMON) || tok_object_pronoun_len(t) > 0)
        return 1;
    /* (a verbal noun of three letters the dictionary does not read behind ل, before the
     * noun it governs: "«تحرك جاد» لوقف استهداف المدنيين"، "لمنع وصول") */
    const struct token *n = k + 1 < d->n_tokens ? &d->tokens[k + 1] : NULL;
    return t->fold_len == 4 && n && n->kind == TOK_WORD && n->sentence == t->sentence && (n->flags & TOKF_COMMON) &&
           !(tok_kinds(n) & (LEX_STOP | LEX_VERB | LEX_COMPLEMENTIZER)) && d->tok_mention[k + 1] < 0;
}

/* في and the phrase it opens after marked words ("عدّ القرار «خطوة متأخرة» في مواجهة
 * الحصار"): the predicate's complement, unless it names the occasion of the words (في
 * تصريح لـ، في بيان), is the narrator's gloss (في إشارة إلى) or says where (من «تصعيد
 * خطير» في شبه الجزيرة). */
static int fi_complement(const struct qctx *q, int32_t k)
{
    const struct doc *d = q->d;
    const struct token *t = &d->tokens[k];
    if (!tok_is_fi(t) || k + 1 >= d->n_tokens)
        return 0;
    const struct token *n = &d->tokens[k + 1];
    int32_t m = d->tok_mention[k + 1];
    enum ent_type where = m >= 0 ? d->entities[d->mentions[m].entity].type : ENT_PERSON;
    if (where == ENT_GPE || where == ENT_LOC)
        return 0;
    return n->kind == TOK_WORD && !tok_is_statement_word(q->lx, n) && !tok_marker(d, k + 1, MARK_GLOSS);
}

/* و and a definite noun or عدم after marked words ("إلى «ضبط النفس» والعودة إلى طاولة
 * الحوار"، "«التحلي بالروح الرياضية» وعدم اقتناء"): a second object of the same verb,
 * not a clause of its own (a verb there, "وقال"، is one). */
static int coordinated_noun(const struct doc *d, int32_t k)
{
    const struct token *t = &d->tokens[k];
    if (t->kind != TOK_WORD || t->fold_len < 4 || t->fold[0] != 0x0648 || (tok_kinds(t) & (LEX_VERB | LEX_STOP)) ||
        d->tok_mention[k] >= 0)
        return 0;
    /* (وعدم is four letters, and عدم behind its و) */
    return (t->fold_len >= 5 && t->fold[1] == 0x0627 && t->fold[2] == 0x0644) ||
           tok_marker_after(d, k, 1, MARK_NEGATION_NOUN);
}

/* "طالب بـ«محاسبة» بيونغ يانغ"، "أشاد بـ«بطولة» الجنود": marked words that end in a noun
 * without the article, right before a definite noun or a name, are the first term of a
 * construct whose genitive stands outside the marks (not a time word: "«...» اليوم"). */
static int construct_genitive(const struct qctx *q, const struct region *r, int32_t k)
{
    const struct doc *d = q->d;
    const struct token *last = &d->tokens[r->inner_e - 1], *t = &d->tokens[k];
    if (r->inner_e <= r->inner_b || last->kind != TOK_WORD || tok_has_article(last) || tok_has_prep_clitic(last) ||
        (tok_kinds(last) & (LEX_STOP | LEX_VERB)) || t->kind != TOK_WORD || (t->flags & TOKF_NEWLINE_BEFORE))
        return 0;
    /* (a quantifier too: "بـ«محاسبة» كل من يزج") */
    if (t->fold_len == 2 && t->fold[0] == 0x0643 && t->fold[1] == 0x0644)
        return 1;
    if (tok_has_prep_clitic(t) || t->lex_prefix || (tok_kinds(t) & (LEX_STOP | LEX_VERB | LEX_COMPLEMENTIZER)))
        return 0;
    /* (not a preposition's phrase: "تتابع «باهتمام» التطورات" says how) */
    UChar c = last->fold[0];
    if ((c == 0x0628 || c == 0x0644 || c == 0x0643) && last->fold_len > 3 &&
        lexicon_is_common_as_written(q->lx, last->fold + 1, last->fold_len - 1))
        return 0;
    int32_t m = d->tok_mention[k];
    if (m >= 0)
        return d->mentions[m].tok_begin == k;
    return tok_has_article(t) && !tok_is_demonym(q->lx, t);
}

/* "وطالب سيف الوزارة بـ«تسعيرة عادلة» تأخذ في الاعتبار الكلفة": marked words that end in
 * an indefinite noun, then a present verb of no saying that describes it (ت or ي on a word
 * the dictionary knows as written): the clause is the marked head's. */
static int describing_verb(const struct qctx *q, const struct region *r, int32_t k)
{
    const struct doc *d = q->d;
    const struct token *last = &d->tokens[r->inner_e - 1], *t = &d->tokens[k];
    return r->inner_e > r->inner_b && last->kind == TOK_WORD && !tok_has_article(last) && t->kind == TOK_WORD &&
           t->fold_len >= 4 && (t->fold[0] == 0x062A || t->fold[0] == 0x064A) && d->tok_mention[k] < 0 &&
           !(tok_kinds(t) & (LEX_VERB | LEX_STOP | LEX_COMPLEMENTIZER)) && !(t->flags & TOKF_NEWLINE_BEFORE) &&
           lexicon_is_common_as_written(q->lx, t->fold, t->fold_len);
}

/* What a marked head governs past its marks besides a preposition's phrase: the
 * preposition with a pronoun on it ("«الإفراج الفوري» عنه"), ل on a state ("«الموقف
 * المبدئي» لروسيا"), and بعيدا عن / بدلا من ("«توحيد المؤسسة» بعيدا عن أي نفوذ"). */
static int adverbial_complement(const struct qctx *q, int32_t k)
{
    const struct doc *d = q->d;
    const struct token *t = &d->tokens[k];
    static const UChar baid[] = {0x0628, 0x0639, 0x064A, 0x062F, 0x0627}, badal[] = {0x0628, 0x062F, 0x0644, 0x0627};
    if (t->kind != TOK_WORD || k + 1 >= d->n_tokens)
        return 0;
    if ((tok_kinds(t) & LEX_STOP) && tok_carries_pronoun(d, t))
        return 1;
    if (t->fold[0] == 0x0644 && t->lex_prefix >= 1 && place_starts_at(d, k))
        return 1;
    const struct token *n = &d->tokens[k + 1];
    /* (and قبل، خلف، وراء with what they govern: "«موقف معلن» قبل أن تتحول ..."، "«رص
     * الصفوف» خلف رئيس الجمهورية") */
    static const UChar khalf[] = {0x062E, 0x0644, 0x0641}, waraa[] = {0x0648, 0x0631, 0x0627, 0x0621};
    if (n->kind == TOK_WORD && (tok_is_qabl(t) || (t->fold_len == 3 && !memcmp(t->fold, khalf, sizeof khalf)) ||
                                (t->fold_len == 4 && !memcmp(t->fold, waraa, sizeof waraa))))
        return 1;
    return (t->fold_len == 5 && !memcmp(t->fold, baid, sizeof baid) && tok_is_an(n)) ||
           (t->fold_len == 4 && !memcmp(t->fold, badal, sizeof badal) && tok_is_min(n));
}

/* في، مع، إلى، على، عن، من written as words of their own (not ب or ل on a noun:
 * "القائمة بأعمال المندوبة" goes on with the phrase). */
static int standalone_preposition(const struct token *t)
{
    return tok_is_fi(t) || is_preposition(t) ||
           (t->kind == TOK_WORD && t->fold_len == 2 && t->fold[0] == 0x0645 && t->fold[1] == 0x0639);
}

/* A colon that can introduce words, not one inside a time or a score (2:30, 3:1). Most
 * tokens asked are words: that test stays inline at every caller, the rest is out of line. */
static int colon_punct(const struct doc *d, int32_t j)
{
    const struct token *t = &d->tokens[j];
    if (!(t->fold_len == 1 && (t->fold[0] == ':' || t->fold[0] == 0xFF1A)))
        return 0;
    return !(j > 0 && j + 1 < d->n_tokens && d->tokens[j - 1].kind == TOK_NUMBER && d->tokens[j + 1].kind == TOK_NUMBER &&
             !(t->flags & TOKF_SPACE_BEFORE) && !(d->tokens[j + 1].flags & TOKF_SPACE_BEFORE));
}

static inline int is_colon(const struct doc *d, int32_t j)
{
    return d->tokens[j].kind == TOK_PUNCT && colon_punct(d, j);
}

/* Is there a colon in [b, end) before the clause's next comma? */
static int colon_in_clause(const struct doc *d, int32_t b, int32_t end)
{
    for (int32_t c = b; c < end && !tok_is_comma(&d->tokens[c]); c++)
        if (is_colon(d, c))
            return 1;
    return 0;
}

static int is_stop_punct(const struct token *t)
{
    if (t->kind != TOK_PUNCT || t->fold_len != 1)
        return 0;
    UChar c = t->fold[0];
    return c == '.' || c == '!' || c == '?' || c == 0x061F || c == 0x061B || c == ';' || c == 0x2026;
}

/* A verb of the lexicon, and its aspect. Most tokens asked are no verb: that test stays
 * inline at every caller (is_verb), the rest is out of line. */
static int lexicon_verb(const struct token *t, enum verb_aspect *aspect)
{
    /* "بنسبة": ب and ك go before nouns; of a verb's forms only the masdar takes them
     * (اكتفى بالقول) */
    if (t->lex_prefix > 0 && (t->fold[t->lex_prefix - 1] == 0x0628 || t->fold[t->lex_prefix - 1] == 0x0643) &&
        t->lex->verb_aspect != ASPECT_MASDAR)
        return 0;
    if (aspect)
        *aspect = (enum verb_aspect)t->lex->verb_aspect;
    return 1;
}

static inline int is_verb(const struct token *t, enum verb_aspect *aspect)
{
    return t->kind == TOK_WORD && (tok_kinds(t) & LEX_VERB) && lexicon_verb(t, aspect);
}

static int32_t phrase_at(const struct qctx *q, int32_t k, int32_t end, uint32_t mask, const struct lex_entry **out)
{
    return tok_phrase_at(q->d, q->lx, k, end, mask, 0, out, NULL);
}

/* A digest's or a list's bullet: • * ■ ● ▪ ◆ ► (the dash is tested apart). */
static __attribute__((noinline)) int bullet_symbol(const struct token *t)
{
    if (t->fold_len != 1 || t->kind == TOK_WORD)
        return 0;
    UChar c = t->fold[0];
    return c == 0x2022 || c == '*' || c == 0x25A0 || c == 0x25CF || c == 0x25AA || c == 0x25C6 || c == 0x25BA;
}

/* The first token after a live-blog timestamp ("09:40 —") or a dateline dash, else b. */
static int32_t skip_timestamp(const struct doc *d, int32_t b, int32_t end)
{
    /* (a transcript's time in brackets: "[03:25] نزار: ...") */
    UChar close = b + 2 >= end ? 0 : tok_is_char(&d->tokens[b], '[') ? ']' : tok_is_char(&d->tokens[b], '(') ? ')' : 0;
    if (close) {
        int32_t k = b + 1;
        while (k < end && k - b < 6 && (d->tokens[k].kind == TOK_NUMBER || tok_is_char(&d->tokens[k], ':')))
            k++;
        if (k > b + 1 && k < end && tok_is_char(&d->tokens[k], close))
            return k + 1;
    }
    int32_t j = b;
    /* (a word of time may open it: "الساعة 19:30 - ...") */
    if (b + 2 < end && d->tokens[b].kind == TOK_WORD && d->tokens[b + 1].kind == TOK_NUMBER &&
        tok_is_char(&d->tokens[b + 2], ':'))
        j = b + 1;
    int32_t j0 = j;
    while (j < end && j - b < 6 && (d->tokens[j].kind == TOK_NUMBER || tok_is_char(&d->tokens[j], ':')))
        j++;
    if (j > j0 && j < end && tok_is_dash(&d->tokens[j])) {
        /* (and a label after it: "الساعة 11:40 - عاجل| ...") */
        for (int32_t k = j + 1; k < end && k - j <= 3; k++)
            if (tok_is_char(&d->tokens[k], '|'))
                return k + 1;
        return j + 1;
    }
    j = j0 == b ? j : b;
    /* a live page's label: "عاجل | زيلينسكي: ...", "10:45 | ...", and both: "03:18 م |
     * عاجل | زيلينسكي: ..." */
    int32_t labelled = -1;
    for (int found = 1; found;) {
        found = 0;
        for (int32_t k = j; k < end && k - j < 3; k++)
            if (tok_is_char(&d->tokens[k], '|')) {
                j = labelled = k + 1;
                found = 1;
                break;
            }
    }
    if (labelled >= 0)
        return labelled;
    /* a bullet: "- وزير الطاقة: ...", "• ..."; a timeline's entry dates it first: "- 12
     * يوليو 2025: لافروف من وونسان: ..." (numbers and a month name, then a colon) */
    if (j == b && b + 1 < end && (tok_is_dash(&d->tokens[b]) || bullet_symbol(&d->tokens[b]))) {
        int32_t k = b + 1;
        int numbers = 0;
        while (k < end && k - b <= 5 &&
               (d->tokens[k].kind == TOK_NUMBER || tok_is_char(&d->tokens[k], '/') ||
                (d->tokens[k].kind == TOK_WORD && (tok_kinds(&d->tokens[k]) & LEX_STOP))))
            numbers += d->tokens[k++].kind == TOK_NUMBER;
        if (numbers && k + 1 < end && tok_is_char(&d->tokens[k], ':'))
            return k + 1;
        return b + 1;
    }
    /* an infographic's card and its number: "البطاقة الثانية: ترامب: ..."، "اللوحة 3 - ..." */
    if (j == b && b + 3 < end && tok_marker(d, b, MARK_CARD_LABEL) &&
        (tok_is_char(&d->tokens[b + 2], ':') || tok_is_dash(&d->tokens[b + 2])))
        return b + 3;
    return b;
}

/* "اقرأ أيضا: ..." opening the line at token b — a link to another story; its words are
 * a headline of that story, not speech reported here. */
static int read_also_line(const struct doc *d, int32_t b)
{
    return b + 1 < d->n_tokens && tok_marker(d, b, MARK_READ_ALSO) && tok_marker(d, b + 1, MARK_READ_ALSO_NEXT);
}

/* ---- building quotes ---- */

static struct quote *new_quote(struct qctx *q)
{
    struct doc *d = q->d;
    struct quote *v = arena_grow(q->a, d->quotes, d->n_quotes, &q->qcap, sizeof *v, 32);
    if (!v)
        return NULL;
    d->quotes = v;
    struct quote *qt = &d->quotes[d->n_quotes++];
    memset(qt, 0, sizeof *qt);
    qt->speaker_entity = -1;
    qt->speaker_span.start = qt->speaker_span.end = -1;
    return qt;
}

/* A new quotation cued by the single token cue_tok, of `kind`, in sentence s, whose
 * speaker phrase is tokens [np_b, np_e); NULL when out of memory. The caller sets the
 * content (and drops the quotation when it is empty). */
static struct quote *cued_quote(struct qctx *q, int32_t cue_tok, uint8_t kind, int32_t s, int32_t np_b, int32_t np_e)
{
    struct quote *qt = new_quote(q);
    if (!qt)
        return NULL;
    qt->cue_tok = cue_tok;
    qt->cue = q->d->tokens[cue_tok].span;
    qt->cue_kind = kind;
    qt->sentence = s;
    qt->np_begin = np_b;
    qt->np_end = np_e;
    return qt;
}

/* Where the content that starts at token cs stops (exclusive), within the sentence:
 * before a participle that continues the speaker, a closing tag or source, a
 * coordinated complementiser, or the final punctuation. The boundaries are found once
 * per document (find_stops), so each quotation costs O(1) here. */
static int32_t clause_end(const struct qctx *q, int32_t cs, int32_t end)
{
    const struct lex_entry *e;
    /* a tag right after the content's first word: "..., حسب تعبيره" */
    /* (not "في تقدير" there: "أن المبالغة في تقدير أثر المعاهدة" estimates, it cites no one) */
    if (cs + 1 < end && !q->in_long[cs + 1] && phrase_at(q, cs + 1, end, LEX_TAG, &e))
        return cs + 1;
    int32_t stop = cs + 1 <= q->d->n_tokens ? q->next_stop[cs + 1] : end;
    return stop < end ? stop : end;
}

/* Is the content at cs the أن/إن clause of the past verb at v ("قال X إن ...")? */
static int past_that_clause(const struct qctx *q, int32_t v, int32_t cs)
{
    enum verb_aspect asp;
    return cs > v + 1 && is_verb(&q->d->tokens[v], &asp) && asp == ASPECT_PAST && is_complementizer(q, cs - 1);
}

/* "قال X إن الأمين العام «يدين ...»، ويحث بيونغ يانغ على ...": after a past cue, a
 * present verb in و after the comma at `comma` goes on with the same words (the narrator
 * tells the speaker's next words in the past: "، وأكد أن"). Not a verb read only before
 * marks (ويصفها بـ«...») or a colon, nor one with a subject of its own. */
static int present_verb_goes_on(const struct qctx *q, int32_t comma, int32_t end)
{
    const struct doc *d = q->d;
    enum verb_aspect asp = ASPECT_PAST;
    if (comma + 2 >= end || !tok_is_comma(&d->tokens[comma]))
        return 0;
    const struct token *t = &d->tokens[comma + 1];
    if (t->lex_prefix != 1 || t->fold[0] != 0x0648 || !is_verb(t, &asp) || asp != ASPECT_PRESENT ||
        t->lex->verb_marked || t->lex->verb_colon)
        return 0;
    /* (its own أن goes on too, "، وتؤكد أن": the narrator would have written وأكدت; but
     * not with a subject named before it, "، وتعلّق سو-ري على ذلك بأن") */
    int named = 0;
    for (int32_t j = comma + 2; j < end && j <= comma + 8 && !tok_is_comma(&d->tokens[j]); j++) {
        if (is_colon(d, j))
            return 0;
        if (is_complementizer(q, j))
            return !named;
        named |= d->tok_mention[j] >= 0 || (tok_kinds(&d->tokens[j]) & (LEX_TITLE | LEX_ROLE_NOUN | LEX_GROUP));
    }
    return 1;
}

/* Is there a reporting verb among tokens [b, e)? After a closed quotation and a comma,
 * one says the narrator has gone on to someone's next words ("«...»، فيما اكتفت X
 * بالقول"، "«...»، لكنه لم ينف ...، بل قال"); without one, what follows may still be the
 * speaker's ("«...»، لأن «...»"). */
static int source_aside(const struct qctx *q, int32_t j, int32_t send);

/* لأن، لأنه (stopwords.tsv: because, or ل on أنه): the speaker's reason, which goes on
 * with the words: "«تدرس خطوات مماثلة»، لأن البنوك باتت تسأل عن كل شحنة". */
static int bare_because(const struct token *t)
{
    return t->kind == TOK_WORD && t->lex && !t->lex_prefix && (t->lex->stop_flags & STOP_BECAUSE);
}

static int speakers_reason(const struct token *t)
{
    return bare_because(t) ||
           (t->kind == TOK_WORD && t->lex && t->lex_prefix == 1 && t->fold[0] == 0x0644 && (t->lex->kinds & LEX_COMPLEMENTIZER));
}

/* Is there a verb in tokens [b, e)? (not the masdar of a speaker's own tag set off
 * inside the words: "، على حد قوله، «...»") */
static int cue_in(const struct qctx *q, int32_t b, int32_t e)
{
    const struct doc *d = q->d;
    for (int32_t k = b; k < e; k++) {
        const struct lex_entry *le;
        int32_t n = k > b && tok_is_comma(&d->tokens[k - 1]) ? phrase_at(q, k, e, LEX_TAG, &le) : 0;
        if (n && source_aside(q, k, e)) {
            k += n - 1;
            continue;
        }
        if (tok_kinds(&d->tokens[k]) & LEX_VERB)
            return 1;
    }
    return 0;
}

/* "... and said": a verb sharing the subject of the one before. */
static int coordinated(const struct doc *d, int32_t v)
{
    if (v == 0)
        return 0;
    const struct token *t = &d->tokens[v - 1];
    return t->kind == TOK_WORD && ((t->fold_len == 3 && t->fold[0] == 'a' && t->fold[1] == 'n' && t->fold[2] == 'd') ||
                                   (t->fold_len == 3 && t->fold[0] == 'b' && t->fold[1] == 'u' && t->fold[2] == 't'));
}

/* "، فالخليج، بحسب X،": one word opened by ف or و between two commas before the source
 * at j, a subject of its own whose predicate follows the source. */
static int own_subject_before(const struct doc *d, int32_t j)
{
    return j >= 3 && tok_is_comma(&d->tokens[j - 1]) && tok_is_comma(&d->tokens[j - 3]) &&
           d->tokens[j - 2].lex_prefix == 1 && (d->tokens[j - 2].fold[0] == 0x0641 || d->tokens[j - 2].fold[0] == 0x0648);
}

/* "فحسب رئيس المجلس البلدي، كمال بوزيدي، فإن": the source's name set off by commas
 * after its title, then the clause the source opens: no aside. comma is the first comma. */
__attribute__((noinline)) static int source_apposition_then_clause(const struct qctx *q, int32_t comma, int32_t send)
{
    const struct doc *d = q->d;
    for (int32_t k = comma + 1; k < send && k - comma <= 5; k++) {
        const struct token *t = &d->tokens[k];
        if (tok_is_comma(t))
            return k > comma + 1 && k + 1 < send && d->tokens[k + 1].fold[0] == 0x0641 && is_complementizer(q, k + 1);
        if (t->kind != TOK_WORD || (tok_kinds(t) & (LEX_VERB | LEX_COMPLEMENTIZER)))
            return 0;
    }
    return 0;
}

/* "يتطلب، بحسب تقديرات الوزارة، نحو 600 ألف طن": a source set off by commas inside a
 * clause that goes on after it is an aside of the speaker's, not the end of the words
 * reported (", بحسب X، فإن ..." opens a clause of its own, and ", بحسب X." ends one). */
static int source_aside(const struct qctx *q, int32_t j, int32_t send)
{
    const struct doc *d = q->d;
    const struct lex_entry *e;
    int32_t n = phrase_at(q, j, send, LEX_SOURCE | LEX_TAG, &e);
    if (!n)
        return 0;
    /* "إذ تريد بيونغ يانغ، بحسب قوله، أن «...»": the speaker's own tag set off by commas
     * inside the clause, which goes on after it (not into another cue, a clause word or
     * the narrator's "، و...", but into marked words: "لأن العراق، على حد قوله، «البلد
     * الذي ...»") */
    if (e->kinds & LEX_TAG) {
        int32_t c = j + n;
        const struct token *next = c + 1 < send ? &d->tokens[c + 1] : NULL;
        return next && tok_is_comma(&d->tokens[c]) &&
               ((next->kind == TOK_WORD && next->fold[0] != 0x0648 &&
                 !(tok_kinds(next) & (LEX_VERB | LEX_SOURCE | LEX_CONJ_BREAK | LEX_TAG | LEX_PRONOUN)) &&
                 !(next->fold[0] == 0x0641 && is_complementizer(q, c + 1))) ||
                q->opens[c + 1] >= 0);
    }
    /* (not after a subject of its own: "«...»، فالخليج، بحسب الأكاديميين، ليس طرفا" is
     * theirs) */
    if (own_subject_before(d, j))
        return 0;
    for (int32_t k = j + n; k < send && k - j <= 8; k++) {
        const struct token *t = &d->tokens[k];
        if (tok_is_comma(t)) {
            if (k + 2 >= send)
                return 0;
            const struct token *next = &d->tokens[k + 1];
            if (source_apposition_then_clause(q, k, send))
                return 0;
            /* (or into marked words: "إلى روسيا، وفق تقديرات استخبارية غربية، «غيّرت
             * معادلة المدفعية»") */
            return (next->kind == TOK_WORD &&
                    !(tok_kinds(next) & (LEX_VERB | LEX_COMPLEMENTIZER | LEX_SOURCE | LEX_CONJ_BREAK | LEX_TAG)) &&
                    !(next->fold_len >= 2 && next->fold[0] == 0x0641 && is_complementizer(q, k + 1))) ||
                   q->opens[k + 1] >= 0;
        }
        if (t->kind != TOK_WORD && !tok_is_quote_mark(t))
            return 0;
    }
    return 0;
}

/* قبل أن at token j: "before" a clause. */
static int before_an(const struct qctx *q, int32_t j)
{
    return j + 1 < q->d->n_tokens && tok_is_qabl(&q->d->tokens[j]) && (tok_kinds(&q->d->tokens[j + 1]) & LEX_COMPLEMENTIZER);
}

static const struct lex_entry *relative_verb(const struct qctx *q, int32_t k, int32_t *after_verb);
static const struct lex_entry *noun_relative_verb(const struct qctx *q, int32_t k, int32_t end, int32_t *after_verb);

/* At j, a contrast (فيما، بينما، في حين: stopwords.tsv) + a verb (after لم or not) + a
 * person, an organisation or a group, named or by title: another actor's clause. */
static int actor_contrast(const struct qctx *q, int32_t j, int32_t send)
{
    const struct doc *d = q->d;
    const struct lex_entry *e;
    int32_t n = phrase_at(q, j, send, LEX_CONJ_BREAK, &e);
    if (n && !(e->markers & MARK_CONTRAST))
        n = 0; /* (not لكن: "، لكن بند المساعدة ..." goes on with the speaker's words) */
    if (!n)
        return 0;
    int32_t v = j + n;
    if (v < send && tok_marker(d, v, MARK_NEGATION))
        v++;
    int32_t k = v + 1;
    if (k >= send || d->tokens[v].kind != TOK_WORD || tok_has_article(&d->tokens[v]) || d->tok_mention[v] >= 0)
        return 0;
    int32_t m = d->tok_mention[k];
    if (m >= 0) {
        uint8_t type = d->entities[d->mentions[m].entity].type;
        return type == ENT_PERSON || type == ENT_ORG;
    }
    return (tok_kinds(&d->tokens[k]) & (LEX_TITLE | LEX_ROLE_NOUN | LEX_GROUP)) != 0; /* (فيما أرفقت حسابات أخرى) */
}

/* At j, "غير أن"، "إلا أن" or لكن + a person, a body or a group (named, by title, or
 * unnamed in the accusative: مصدرا حكوميا) + a verb of saying within a few words: "...،
 * غير أن مصدرا حكوميا قال لـ«...» إن": another speaker's clause, not the words before. */
static int but_another_speaker(const struct qctx *q, int32_t j, int32_t send)
{
    const struct doc *d = q->d;
    const struct token *t = &d->tokens[j];
    if (t->fold_len != 3 || t->kind != TOK_WORD || j + 3 >= send)
        return 0;
    uint8_t stop = t->lex && !t->lex_prefix ? t->lex->stop_flags : 0;
    int32_t s = j + 1;
    if (tok_is_ghayr(t) || (stop & STOP_EXCEPT)) {
        if (!is_complementizer(q, j + 1) || d->tokens[j + 1].fold_len != 2)
            return 0; /* (غير أنه: a pronoun, the same subject goes on) */
        s = j + 2;
    } else if (!(stop & STOP_BUT)) {
        return 0; /* (neither غير، إلا nor لكن) */
    }
    const struct token *h = &d->tokens[s];
    int32_t m = d->tok_mention[s];
    if (!(m >= 0 ? (d->entities[d->mentions[m].entity].type == ENT_PERSON ||
                    d->entities[d->mentions[m].entity].type == ENT_ORG)
                 : (tok_kinds(h) & (LEX_TITLE | LEX_ROLE_NOUN | LEX_GROUP)) != 0))
        return 0;
    enum verb_aspect asp;
    for (int32_t k = s + 1; k < send && k - s <= 6; k++) {
        const struct token *w = &d->tokens[k];
        if (w->kind != TOK_WORD || is_complementizer(q, k))
            return 0;
        if ((tok_kinds(w) & LEX_VERB) && is_verb(w, &asp))
            return asp == ASPECT_PAST || asp == ASPECT_PRESENT;
    }
    return 0;
}

/* "في إشارة إلى" at token j (markers.tsv: gloss). */
static int gloss_at(const struct doc *d, int32_t j, int32_t send)
{
    return j + 2 < send && tok_is_fi(&d->tokens[j]) && tok_marker(d, j + 1, MARK_GLOSS) && tok_is_ila(&d->tokens[j + 2]);
}

static const struct lex_entry *verb_under_object(const struct qctx *q, int32_t k);

/* After "، وذلك", a word that opens when, where or how the narrator says something was
 * said (stopwords.tsv when_said: خلال، في، عقب ...), as written. */
static int when_or_where_said(const struct token *t)
{
    return t->kind == TOK_WORD && t->lex && !t->lex_prefix && (t->lex->stop_flags & STOP_WHEN_SAID);
}

/* "...، تعليقا على دخول المعاهدة حيز التنفيذ"، "...، وذلك ردا على سؤال حول ...": the
 * occasion of the words, told by the narrator (markers.tsv: that_being, occasion, reply,
 * asked). */
static int occasion_at(const struct qctx *q, int32_t j, int32_t send)
{
    const struct doc *d = q->d;
    if (tok_marker(d, j, MARK_THAT_BEING) && j + 1 < send) {
        /* ("، وذلك خلال ندوة"، "، وذلك في مؤتمر صحفي": when and where the words were said) */
        if (when_or_where_said(&d->tokens[++j]))
            return 1;
    }
    if (j + 2 >= send || !tok_is_ala(&d->tokens[j + 1]))
        return 0;
    /* (and with its و at a sentence's head: "وردا على سؤال آخر، نفى X") */
    const struct token *t = &d->tokens[j];
    int32_t skip = t->fold_len > 3 && t->fold[0] == 0x0648;
    if (tok_marker_after(d, j, skip, MARK_OCCASION))
        return 1;
    if (!tok_marker_after(d, j, skip, MARK_REPLY))
        return 0;
    const struct token *what = &d->tokens[j + 2];
    return tok_is_ma(what) || (tok_kinds(what) & LEX_STATEMENT) ||
           (what->kind == TOK_WORD && lexicon_stem_marker(q->lx, what->fold, what->fold_len, MARK_ASKED));
}

/* وسبق أن صرّح at j: "it happened before that ... said", the opening of
 * another report, not the words going on. */
static int said_before_at(const struct qctx *q, int32_t j, int32_t send)
{
    static const UChar sabaqa[] = {0x0633, 0x0628, 0x0642};
    const struct doc *d = q->d;
    const struct token *t = &d->tokens[j];
    if (t->kind != TOK_WORD || t->fold_len != 4 || t->fold[0] != 0x0648 || memcmp(t->fold + 1, sabaqa, sizeof sabaqa))
        return 0;
    int32_t c = j + 1;
    enum verb_aspect asp;
    /* (أن here takes the verb, not a clause: the list's word, whatever its reading) */
    return c + 1 < send && (tok_kinds(&d->tokens[c]) & LEX_COMPLEMENTIZER) && is_verb(&d->tokens[c + 1], &asp) &&
           asp <= ASPECT_PRESENT;
}

/* وبيّن، فبيّن: a verb listed with its و or ف on (بين alone is "between"), which the
 * tagger therefore reads whole, with no clitic taken off. */
static int conjunction_listed(const struct qctx *q, const struct token *t)
{
    if (t->lex_prefix || t->fold_len < 4 || (t->fold[0] != 0x0648 && t->fold[0] != 0x0641))
        return 0;
    struct ustr rest = {t->fold + 1, t->fold_len - 1};
    const struct lex_entry *e = lexicon_get(q->lx, &rest, 1);
    return e && (e->kinds & LEX_STOP);
}

/* Is the first letter of the word, past its clitic, written with a damma (ذُكر، يُتوقع)? */
static int damma_on_first_letter(const struct doc *d, const struct token *t)
{
    int32_t i = tok_u16_at_fold(d, t, t->lex_prefix) + 1;
    return i < t->span.end && d->text.u16[i] == 0x064F;
}

/* "، ويُتوقع افتتاحه": a present verb of the forms in ت (يتفعل، يتفاعل، يستفعل) voweled
 * with a damma on its prefix is passive (their active voice takes a fatha there, unlike
 * يُؤكد): no one's next words, but more of the same. */
static int present_passive_written(const struct doc *d, const struct token *t)
{
    int32_t p = t->lex_prefix;
    return p + 2 < t->fold_len && (t->fold[p] == 0x064A || t->fold[p] == 0x062A) &&
           (t->fold[p + 1] == 0x062A || (t->fold[p + 1] == 0x0633 && t->fold[p + 2] == 0x062A)) &&
           damma_on_first_letter(d, t);
}

/* "ولم يستبعد"، "فلم يعلق": لم with its و or ف, then a verb of saying in the jussive at
 * j + 1, the narrator's past (not لا, whose present may go on with the words: "، ولا ترى
 * فيها ما يستدعي موقفا"). */
static int negated_verb_after_wa(const struct qctx *q, int32_t j, int32_t send)
{
    const struct token *t = &q->d->tokens[j];
    enum verb_aspect asp = ASPECT_PAST;
    return t->fold_len == 3 && (t->fold[0] == 0x0648 || t->fold[0] == 0x0641) && t->fold[1] == 0x0644 &&
           t->fold[2] == 0x0645 && j + 1 < send &&
           (tok_kinds(&q->d->tokens[j + 1]) & LEX_VERB) && is_verb(&q->d->tokens[j + 1], &asp) && asp == ASPECT_PRESENT;
}

/* Does the sentence at token sb open with a contrast (في حين، بينما، فيما: stopwords.tsv),
 * a clause that waits for its main clause, before token j? */
static int subordinate_opening(const struct qctx *q, int32_t sb, int32_t j)
{
    const struct lex_entry *e;
    int32_t n = phrase_at(q, sb, j, LEX_CONJ_BREAK, &e);
    return n > 0 && (e->markers & MARK_CONTRAST);
}

/* Does a new clause start at word j (after_comma: a comma just before it), so that the
 * words before end (at j, or at the comma)? Returns where they end, or -1. After a comma every rule ends them at the
 * comma; without one, only a participle, an English coordinated verb or a coordinated
 * أن can. (Not in line: asked of one word in ten, in line in find_stops it cost the seed
 * 3 K instructions by what it changed around it.) */
__attribute__((noinline)) static int32_t clause_stop_at(const struct qctx *q, int32_t j, int after_comma)
{
    const struct doc *d = q->d;
    const struct token *t = &d->tokens[j];
    const struct lex_entry *e;
    int32_t send = d->sentences[t->sentence].tok_end;
    enum verb_aspect asp = ASPECT_PAST;
    int32_t av;
    /* "وفي حين تكرر موسكو أن ...، كان الزعيم قد وصف": after a sentence that opens with
     * في حين or بينما, the main clause's كان after the comma ends the words of the clause
     * that opened it */
    if (after_comma && tok_is_kana(t) && subordinate_opening(q, d->sentences[t->sentence].tok_begin, j))
        return j - 1;
    int verb = (tok_kinds(t) & LEX_VERB) && is_verb(t, &asp);
    /* (a cue only before marks is no verb elsewhere: "تركيا، بوصفها عضوا في الناتو، ستتابع") */
    if (verb && ((t->lex->verb_marked && !(j + 1 < send && q->opens[j + 1] >= 0)) || tok_shadda_unwritten(d, t, t->lex)))
        verb = 0;
    if (!after_comma) {
        if (verb && asp == ASPECT_PARTICIPLE) {
            /* ("... "ليست غاية في حد ذاتها" داعيا الى ...": wire copy without the comma; and
             * "... التطورات الاخيرة مؤكدا ان طوكيو ...": a participle before its own أن
             * clause, however the copy punctuates) */
            /* (not بوصفها after a name in marks: "داخل "أوبك+" بوصفها "شريكا"" qualifies
             * within the clause) */
            /* (or before its own colon: "... مجلس الامن الدولي مضيفا: "نحن ..."") */
            const struct token *next = j + 1 < send ? &d->tokens[j + 1] : NULL;
            if ((j > 0 && q->closes[j - 1] >= 0 && !t->lex->verb_marked) ||
                (j + 2 < send && (is_complementizer(q, j + 1) || is_colon(d, j + 1) ||
                                  ((tok_is_ila(next) || tok_is_ala(next)) && is_complementizer(q, j + 2)))))
                return j;
        }
        /* ("... حصلت على ما تريد واضاف ان واشنطن ..."، "... وتساءل: هل ...": wire copy
         * without the comma, a verb of saying in و right before its own أن or colon) */
        if (verb && asp == ASPECT_PAST && t->lex_prefix == 1 && t->fold[0] == 0x0648 && !t->lex->verb_an &&
            j + 1 < send && (is_complementizer(q, j + 1) || is_colon(d, j + 1)))
            return j;
        /* "... بعد أن أكدت وزارة الخارجية أنها": a verb of saying after بعد أن or قبل أن
         * with a subject of its own named after it is another speaker's clause */
        /* (and its own clause: "بعد أن وجدت موسكو ... متنفسا" is the speaker's reason) */
        if (verb && asp <= ASPECT_PRESENT && j >= 2 && j + 1 < send && d->tok_mention[j + 1] >= 0 &&
            (tok_kinds(&d->tokens[j - 1]) & LEX_COMPLEMENTIZER) && (tok_is_baad(&d->tokens[j - 2]) || tok_is_qabl(&d->tokens[j - 2])))
            for (int32_t c = j + 2; c < send && c - j <= 10 && !tok_is_comma(&d->tokens[c]); c++)
                if (is_complementizer(q, c))
                    return j - 2;
        /* "..., and warned that": the same in English */
        if (j > 1 && verb && (t->flags & TOKF_LATIN) && asp != ASPECT_MASDAR && coordinated(d, j))
            return tok_is_comma(&d->tokens[j - 2]) ? j - 2 : j - 1;
        return is_coordinated_complementizer(q, j) ? j : -1;
    }
    int stops =
        (verb && asp == ASPECT_PARTICIPLE) ||
        /* "...، وأكد دعمه": a reporting verb joined by و after a comma opens the speaker's
         * next clause (or by ف, or after ثم: "...»، ثم قال: «...»"; or by ل: "...»، لتعلق
         * ساخرة:"; not a verb that reports only a clause: "، واتفقا على «مواصلة التنسيق»") */
        (verb && asp != ASPECT_MASDAR && (t->lex_prefix == 1 || conjunction_listed(q, t)) && !t->lex->verb_an &&
         (t->fold[0] == 0x0648 || t->fold[0] == 0x0641 || (t->fold[0] == 0x0644 && asp == ASPECT_PRESENT)) &&
         /* (not a noun with its pronoun before a figure: "، وقدرها 25 ألف طن،") */
         !(j + 1 < send && d->tokens[j + 1].kind == TOK_NUMBER && tok_object_pronoun_len(t)) &&
         !(asp == ASPECT_PRESENT && present_passive_written(d, t))) ||
        /* (and so does one negated, its و on the particle: "...»، ولم يستبعد أن") */
        negated_verb_after_wa(q, j, send) ||
        /* (a present verb after ثم goes on with what the words describe, "إنها تبدأ كل
         * محاضرة بانحناءة، ثم تكتب على اللوح كلمة", unless it opens words of its own: "ثم
         * يختم حديثه بكلمة واحدة: “...”") */
        (t->fold_len == 2 && t->fold[0] == 0x062B && t->fold[1] == 0x0645 && j + 1 < send &&
         is_verb(&d->tokens[j + 1], &asp) && asp != ASPECT_MASDAR && asp != ASPECT_PARTICIPLE &&
         (asp != ASPECT_PRESENT || colon_in_clause(d, j + 2, send))) ||
        (phrase_at(q, j, send, LEX_TAG | LEX_SOURCE, &e) && !source_aside(q, j, send) &&
         /* (not the speaker's own "بحسبه" set off inside the clause: "، فموسكو، بحسبه، تبحث") */
         !(tok_object_pronoun_len(t) && j + 2 < send && tok_is_comma(&d->tokens[j + 1]) &&
           d->tokens[j + 2].kind == TOK_WORD)) ||
        is_coordinated_complementizer(q, j) ||
        /* "...، قبل أن تعود وتؤكد": what came next, told by the narrator (بعد أن after a
         * comma, by contrast, usually gives the speaker's own reason) */
        before_an(q, j) ||
        /* "...، وهو ما علّق عليه X بالقول": a relative clause on the words, told by the
         * narrator or by another speaker */
        (j + 1 < send && (relative_verb(q, j + 1, &av) || noun_relative_verb(q, j, send, &av))) ||
        /* "«...»، فيما رفضت السفارة الروسية الرد": a contrast whose verb has a person or a
         * body for subject is the narrator going on to another actor (not "، بينما تحصل
         * بيونغ يانغ على ...": a speaker's contrast between states, or "، فيما سجلت العمالة
         * ...", between figures) */
        actor_contrast(q, j, send) || but_another_speaker(q, j, send) ||
        /* "...، في إشارة إلى ...": the narrator's gloss on what the words refer to */
        gloss_at(d, j, send) || occasion_at(q, j, send) ||
        /* "...، وسبق أن صرّح كيم بأن": what was said before, another report */
        said_before_at(q, j, send) ||
        /* "...، وهو رقم وصفه الكرملين بأنه «...»": a noun the words are, and someone's verb
         * about it with its pronoun — another speaker's clause */
        /* (or a verb of saying with its own complementiser: "، وهي شراكة قال إنها «...»") */
        (tok_is_wa_huwa(t) && j + 2 < send && d->tokens[j + 1].kind == TOK_WORD && !tok_has_article(&d->tokens[j + 1]) &&
         !(tok_kinds(&d->tokens[j + 1]) & ~(uint32_t)(LEX_TOPIC | LEX_PHRASE_START)) &&
         (verb_under_object(q, j + 2) || (j + 3 < send && (tok_kinds(&d->tokens[j + 2]) & LEX_VERB) &&
                                         is_verb(&d->tokens[j + 2], &asp) && asp <= ASPECT_PRESENT &&
                                         is_complementizer(q, j + 3))));
    if (stops && own_subject_before(d, j) && phrase_at(q, j, send, LEX_SOURCE, &e))
        return j - 3; /* (the subject's clause is the source's) */
    return stops ? j - 1 : -1;
}

/* next_stop[j]: the first boundary clause_end would stop at, scanning from j. */
static void find_stops(struct qctx *q)
{
    const struct doc *d = q->d;
    int32_t n = d->n_tokens;
    q->next_stop[n] = n;
    int32_t pending = -1; /* a comma before a cue with its colon, found ahead */
    for (int32_t j = n - 1; j >= 0; j--) {
        int32_t stop = -1;
        const struct token *t = &d->tokens[j];
        /* "...»، ضحك ريابوف قبل أن يقول: «...»": a reporting verb and its colon start
         * another speaker's words; the clause before ends at the comma before them */
        if (j + 1 < n && d->tokens[j + 1].kind == TOK_PUNCT && t->kind == TOK_WORD && is_colon(d, j + 1) &&
            is_verb(t, NULL)) {
            int32_t sb = d->sentences[t->sentence].tok_begin;
            for (int32_t c = j - 1; c > sb && j - c <= 6; c--)
                if (tok_is_comma(&d->tokens[c])) {
                    pending = c;
                    break;
                }
        }
        if (j == pending + 1 && pending >= 0) {
            q->next_stop[j] = pending;
            pending = -1;
            continue;
        }
        /* (only a word after a comma, a verb or a word in و can start a clause) */
        int after_comma = j > 0 && tok_is_comma(&d->tokens[j - 1]);
        if (!q->in_long[j] && t->kind == TOK_WORD &&
            (after_comma || (tok_kinds(t) & LEX_VERB) || (t->lex_prefix == 1 && t->fold[0] == 0x0648)))
            stop = clause_stop_at(q, j, after_comma);
        q->next_stop[j] = stop >= 0 ? stop : q->next_stop[j + 1];
    }
}

static int is_percent(const struct token *t)
{
    return (tok_is_char(t, '%') || tok_is_char(t, 0x066A)) && !(t->flags & TOKF_SPACE_BEFORE);
}

/* Trims punctuation and spaces off content [b, e) (tokens) and sets the quote's span
 * and type from the quotation marks it holds. */
static void set_content(struct qctx *q, struct quote *qt, int32_t b, int32_t e)
{
    const struct doc *d = q->d;
    /* (a percent sign belongs to its number: "بنحو 35%") */
    while (e > b && d->tokens[e - 1].kind == TOK_PUNCT && !is_mark(&d->tokens[e - 1]) &&
           d->tokens[e - 1].fold[0] != ')' && d->tokens[e - 1].fold[0] != ']' && !is_percent(&d->tokens[e - 1]))
        e--;
    while (b < e && d->tokens[b].kind == TOK_PUNCT && !is_mark(&d->tokens[b]) && d->tokens[b].fold[0] != '(')
        b++;
    /* a content that is exactly one quotation: direct, without its marks */
    int32_t ri = b < e ? q->opens[b] : -1;
    if (ri >= 0) {
        const struct region *r = &q->r[ri];
        int32_t close_end = r->close >= 0 ? r->close + 1 : r->inner_e;
        int32_t rest = close_end;
        while (rest < e && d->tokens[rest].kind == TOK_PUNCT && !is_mark(&d->tokens[rest]))
            rest++;
        if (rest >= e || close_end >= e) {
            int32_t ib = r->inner_b, ie = r->inner_e;
            while (ie > ib && d->tokens[ie - 1].kind == TOK_PUNCT && !is_mark(&d->tokens[ie - 1]) &&
                   d->tokens[ie - 1].fold[0] != ')')
                ie--;
            if (ie > ib) {
                qt->type = QUOTE_DIRECT;
                qt->content.start = d->tokens[ib].span.start;
                qt->content.end = d->tokens[ie - 1].span.end;
                qt->content_tb = b;
                qt->content_te = close_end;
                return;
            }
        }
    }
    if (e <= b) {
        qt->content.start = qt->content.end = -1;
        return;
    }
    /* drop an unmatched closing mark at the end */
    while (e > b + 1 && is_mark(&d->tokens[e - 1]) && q->opens[e - 1] < 0) {
        int32_t ri2 = q->closes[e - 1];
        if (ri2 >= 0 && q->r[ri2].open >= b)
            break; /* it closes a quotation opened inside the content */
        e--;
    }
    qt->type = q->quoted_before[e] > q->quoted_before[b] ? QUOTE_MIXED : QUOTE_INDIRECT;
    qt->content.start = d->tokens[b].span.start;
    qt->content.end = d->tokens[e - 1].span.end;
    qt->content_tb = b;
    qt->content_te = e;
}

/* "قالت لشدى إف إم:": an unknown word in ل right after the verb, and the colon or
 * complementiser within three words (at `limit`, where the words open, at the latest). */
static int outlet_told_unknown(const struct qctx *q, int32_t j, int32_t limit)
{
    const struct doc *d = q->d;
    if (!tok_unknown_in_lam(d, j))
        return 0;
    /* (or where it was said after the name: "قال لمزاج إف إم في اتصال هاتفي:") */
    int32_t reach = j + 3;
    for (int32_t k = j + 1; k <= limit && k <= reach && k < d->n_tokens; k++) {
        if (is_colon(d, k) || is_complementizer(q, k))
            return 1;
        if (reach == j + 3 && k > j + 1 && tok_is_fi(&d->tokens[k]))
            reach = k + 4;
    }
    return 0;
}

/* Is there a verb of saying before token v in its sentence, with no complementiser
 * between them to take its clause? */
static int earlier_cue_verb(const struct qctx *q, int32_t v)
{
    const struct doc *d = q->d;
    for (int32_t k = v - 1; k >= sent_begin(d, v); k--) {
        if (is_complementizer(q, k))
            return 0;
        if ((tok_kinds(&d->tokens[k]) & LEX_VERB) && is_verb(&d->tokens[k], NULL))
            return 1;
    }
    return 0;
}

/* "السرساوي، التي قالت لمراسل الإذاعة: «...»": after a relative pronoun the verb's
 * subject is its antecedent, so the words in ل after it are whom it told, up to the
 * colon or complementiser. */
static int relative_told(const struct qctx *q, int32_t v, int32_t limit)
{
    const struct doc *d = q->d;
    if (v < 1 || !tok_is_relative_pronoun(&d->tokens[v - 1]) || d->tokens[v + 1].lex_prefix != 1 || d->tok_mention[v + 1] >= 0)
        return 0;
    for (int32_t k = v + 2; k <= limit && k <= v + 4 && k < d->n_tokens; k++)
        if (is_colon(d, k) || is_complementizer(q, k))
            return 1;
    return 0;
}

/* "الأسبوع الماضي" right after the verb at v: a definite word of time and its الماضي */
static __attribute__((noinline)) int time_after_verb(const struct doc *d, int32_t v)
{
    return tok_has_article(&d->tokens[v + 1]) && tok_marker(d, v + 2, MARK_TIME_AFTER);
}

/* The speaker phrase after a cue: up to the first comma, dash, preposition phrase,
 * complementiser, colon or quotation mark. */
static int32_t np_after(const struct qctx *q, int32_t from, int32_t limit)
{
    const struct doc *d = q->d;
    int32_t j = from;
    while (j < limit) {
        const struct token *t = &d->tokens[j];
        uint32_t k = tok_kinds(t);
        /* (a short quoted name after a document noun is its producer: بيانات «تداول السعودية») */
        if (t->kind == TOK_PUNCT &&
            !(q->opens[j] >= 0 && (region_is_name(q, &q->r[q->opens[j]]) ||
                                   (j > from && (tok_kinds(&d->tokens[j - 1]) & LEX_STATEMENT) &&
                                    q->r[q->opens[j]].close >= 0 && q->r[q->opens[j]].words <= 3))))
            break;
        if (q->opens[j] >= 0) { /* a quoted name inside the phrase: وكالة "تاس" */
            const struct region *r = &q->r[q->opens[j]];
            j = r->close >= 0 ? r->close + 1 : r->inner_e;
            continue;
        }
        if (k & (LEX_COMPLEMENTIZER | LEX_VERB | LEX_SOURCE | LEX_TAG | LEX_CONJ_BREAK))
            break;
        /* (or a source of more words: "ذكرت الوكالة نقلا عن مصدر أن", whom it relays) */
        const struct lex_entry *source;
        if (j > from && (t->var_kinds & LEX_PHRASE_START) && phrase_at(q, j, limit, LEX_SOURCE, &source) > 1)
            break;
        if (j + 1 < limit && whether_at(d, j + 1))
            break; /* "عمّا إذا": the question reported */
        if (j > from && tok_is_lone_lam(t))
            break; /* لـ"...": the outlet told */
        if (preposition_at(d, j) ||
            (j > from && (k & LEX_STOP) && !(k & LEX_PRONOUN) && !tok_has_article(t) && d->tok_mention[j] < 0 &&
             !(j == from + 1 && tok_is_trade_qualifier(d, j, j + 1 < limit ? &d->tokens[j + 1] : NULL))))
            break;
        j++;
    }
    return j;
}

/* كما at j, then a verb and its subject up to a comma and a complementiser: *last is set
 * to the comma. */
__attribute__((noinline)) static int how_known_aside(const struct qctx *q, int32_t j, int32_t end, int32_t *last)
{
    static const UChar kama[] = {0x0643, 0x0645, 0x0627};
    const struct doc *d = q->d;
    if (d->tokens[j].fold_len != 3 || memcmp(d->tokens[j].fold, kama, sizeof kama))
        return 0;
    for (int32_t c = j + 2; c + 1 < end && c - j <= 6; c++) {
        const struct token *t = &d->tokens[c];
        if (tok_is_comma(t)) {
            if (!is_complementizer(q, c + 1))
                return 0;
            *last = c;
            return 1;
        }
        if (t->kind != TOK_WORD || is_complementizer(q, c))
            return 0;
    }
    return 0;
}

static int32_t find_opening_at(const struct qctx *q, int32_t v, int32_t end, int32_t np_end, int32_t *direct_region,
                               int32_t *relay_np_b, int32_t *relay_np_e, int32_t *open_tok);
static int aside_predicate(const struct qctx *q, int32_t v, int32_t end);

/* "لـ“الأفق نت”": a preposition letter standing alone before a quotation mark marks a
 * quoted name, not quoted words. */
static int after_bare_clitic(const struct doc *d, int32_t j)
{
    if (j == 0)
        return 0;
    const struct token *t = &d->tokens[j - 1];
    if (t->kind != TOK_WORD || t->fold_len != 1)
        return 0;
    return t->fold[0] == 0x0644; /* بـ"..." is usually quoted words: اتهمها بـ"..." */
}

/* "عدم كشف هويته": after عدم the verb's form is a verbal noun. */
static int after_negation_noun(const struct doc *d, int32_t j)
{
    return j > 0 && tok_marker(d, j - 1, MARK_NEGATION_NOUN);
}

/* قوله، قولها، قولهم: the relayed speaker's "saying", a verbal noun, before the
 * complementiser (attribution.c's said_with_pronoun is a verb with its object: قاله). */
static int relayed_saying_noun(const struct token *u)
{
    return u->kind == TOK_WORD && u->fold_len >= 4 && u->fold[0] == 0x0642 && u->fold[1] == 0x0648 &&
           u->fold[2] == 0x0644;
}

/* "نقلت عن مسؤول أمريكي، لم تكشف هويته، قوله إن": a verb set off by commas whose aside
 * ends before "قوله إن" is an aside on the relayed speaker; the relay goes on after it. */
static int aside_before_relayed_saying(const struct qctx *q, int32_t v, int32_t end)
{
    const struct doc *d = q->d;
    int32_t c = v - 1;
    if (c > 0 && d->tokens[c].kind == TOK_WORD && d->tokens[c].fold_len == 2)
        c--; /* (لم، لا، ما: negated) */
    if (c < 0 || !tok_is_comma(&d->tokens[c]))
        return 0;
    for (int32_t k = v + 1; k + 2 < end && k - v <= 8; k++) {
        if (tok_is_comma(&d->tokens[k]))
            return relayed_saying_noun(&d->tokens[k + 1]) && is_complementizer(q, k + 2);
        if (d->tokens[k].kind != TOK_WORD)
            return 0;
    }
    return 0;
}

/* صاحبه، مديرها، ناشره at j: a title with the pronoun of whom or what it belongs to. */
static int titled_owner(const struct qctx *q, int32_t j)
{
    const struct doc *d = q->d;
    const struct token *t = &d->tokens[j];
    int32_t p = tok_object_pronoun_len(t);
    if (t->kind != TOK_WORD || t->lex_prefix || !p || !tok_written_pronoun(d, t) || t->fold_len - p < 3)
        return 0;
    struct ustr stem = {t->fold, t->fold_len - p};
    const struct lex_entry *e = lexicon_get(q->lx, &stem, 1);
    return e && (e->kinds & LEX_TITLE) && (e->role_classes & CLASS_PERSON);
}

/* "أعرب عضو مجلس النواب عن دائرة طبرق، سالم بوخطوة، عن خشيته": the عن at j is the
 * seat the subject stands for, where a second عن follows before any clause or marks, with
 * the feeling that owns the subject's pronoun or words in marks after it. */
static int an_in_subject(const struct qctx *q, int32_t j, int32_t end)
{
    const struct doc *d = q->d;
    for (int32_t k = j + 1; k + 1 < end && k - j <= 10; k++) {
        const struct token *t = &d->tokens[k];
        if (is_complementizer(q, k) || tok_is_quote_mark(t) || is_stop_punct(t))
            return 0;
        if (tok_is_an(t) && k > j + 1) {
            const struct token *n = &d->tokens[k + 1];
            return tok_is_quote_mark(n) || (n->kind == TOK_WORD && !n->lex_prefix && tok_written_pronoun(d, n));
        }
    }
    return 0;
}

/* خشيته، قلقها، أملهم at j, a noun with its owner's pronoun, then من أن or في أن: what a
 * verb with no عن expresses (أبدى X خشيته من أن), as أعرب عن does. */
static int felt_before_that(const struct qctx *q, int32_t j)
{
    const struct doc *d = q->d;
    const struct token *t = &d->tokens[j];
    if (j + 2 >= d->n_tokens || t->kind != TOK_WORD || t->lex_prefix || (tok_kinds(t) & (LEX_VERB | LEX_STOP)))
        return 0;
    /* (or whose it is follows it: "لم يخف قلق المتعاملين من أن") */
    int owner = t->fold_len >= 3 && !tok_has_article(t) && j + 3 < d->n_tokens && tok_has_article(&d->tokens[j + 1]) &&
                !d->tokens[j + 1].lex_prefix && !tok_written_pronoun(d, t);
    if (!owner && !(t->fold_len >= 4 && tok_written_pronoun(d, t)))
        return 0;
    return (tok_is_min(&d->tokens[j + 1 + owner]) || tok_is_fi(&d->tokens[j + 1 + owner])) &&
           is_complementizer(q, j + 2 + owner);
}

/* Is the word before token j a relative pronoun (الذي، التي، الذين)? */
static int after_relative(const struct doc *d, int32_t j)
{
    return j > 0 && tok_is_relative_pronoun(&d->tokens[j - 1]);
}

/* Does the verb at j stand in an aside on who someone is, "، وهو سائق ينقل ...", opened a
 * few words before it? */
static int in_wa_huwa_aside(const struct doc *d, int32_t j)
{
    for (int32_t p = j - 1; p >= 1 && j - p <= 4; p--) {
        if (d->tokens[p].kind == TOK_PUNCT)
            return 0;
        if (tok_is_wa_huwa(&d->tokens[p]))
            return tok_is_comma(&d->tokens[p - 1]);
    }
    return 0;
}

/* At k, the outlet told (ل on its name, or a lone ل before marks), then the colon or the
 * complementiser ("، لـ"القريات اليوم": «...»"، "، لـ«عفرين اليوم» إن")? */
static int outlet_told_then_words(const struct qctx *q, int32_t k, int32_t end)
{
    const struct doc *d = q->d;
    if (k >= end || d->tokens[k].kind != TOK_WORD || d->tokens[k].fold[0] != 0x0644)
        return 0;
    for (int32_t c = k + 1; c < end && c - k <= 6; c++) {
        if (is_colon(d, c) || is_complementizer(q, c))
            return 1;
        if (d->tokens[c].kind == TOK_PUNCT && !tok_is_quote_mark(&d->tokens[c]))
            return 0;
    }
    return 0;
}

/* "مسؤول أوروبي، تحدث بشرط عدم ذكر اسمه، أن ...": a verb inside an aside set off by
 * commas, right before the complementiser (or the relay's قوله and it: "نقلت عن مسؤول،
 * لم تكشف هويته، قوله إن"; or the cue's إلى or على and it: "وأشار السفير، وفق ما أوردت
 * الوكالة، إلى أن"), belongs to the aside. */
static int inside_aside(const struct qctx *q, int32_t j, int32_t end)
{
    const struct doc *d = q->d;
    int commas = 0;
    for (int32_t c = j + 1; c < end && c - j <= 14; c++) {
        const struct token *t = &d->tokens[c];
        if (tok_is_comma(t)) {
            if (c + 1 < end && (is_complementizer(q, c + 1) ||
                                (c + 2 < end && (relayed_saying_noun(&d->tokens[c + 1]) || tok_is_ila(&d->tokens[c + 1]) ||
                                                 tok_is_ala(&d->tokens[c + 1])) &&
                                 is_complementizer(q, c + 2))))
                return 1;
            /* (or, after a relative clause's words, the outlet told and the colon: "قال
             * السائق X، الذي ينقل الحبوب إلى الرياض، لـ"القريات اليوم": «...»") */
            if (j >= 2 && tok_is_comma(&d->tokens[j - 2]) && after_relative(d, j) && outlet_told_then_words(q, c + 1, end))
                return 1; /* (or its complementiser: "X، الذي يتابع الشائعات، لـ«Y» إن") */
            /* (or an aside in وهو closed by a comma, then how it was said and the colon:
             * "وقال أبو خالد، وهو متداول يتابع الشاشات منذ الثمانينيات، بلهجته:") */
            if (!commas && c + 2 < end && tok_is_manner_after_ba(d, q->lx, c + 1, 0) && is_colon(d, c + 2) &&
                in_wa_huwa_aside(d, j))
                return 1;
            if (++commas > 2)
                return 0;
            continue;
        }
        /* (or a relative clause's words of its own, up to the colon: "قال سائق الشاحنة X،
         * الذي ينقل البوتاس ... إلى الميناء منذ 12 سنة: «...»"; not "X، الذي قال: «...»";
         * or an aside's: "ويقول X، وهو سائق ينقل العمال إلى القاهرة: «...»") */
        if (t->kind == TOK_PUNCT && !is_mark(t))
            return c > j + 3 && !commas && is_colon(d, c) &&
                   ((j >= 2 && tok_is_comma(&d->tokens[j - 2]) && after_relative(d, j)) || in_wa_huwa_aside(d, j));
        if (is_complementizer(q, c))
            return 0; /* the verb's own clause */
    }
    return 0;
}

/* "قال مصدر تحدث إلى «زمان الوصل» شرط عدم كشف هويته، إن": after the outlet the speaker
 * talked to, the clause goes on to its complementiser; the outlet is a name. */
static int complementizer_follows(const struct qctx *q, int32_t from, int32_t end)
{
    for (int32_t c = from; c < end && c - from <= 12; c++) {
        if (is_complementizer(q, c))
            return 1;
        if (is_stop_punct(&q->d->tokens[c]) || is_colon(q->d, c) || q->opens[c] >= 0 ||
            ((tok_kinds(&q->d->tokens[c]) & LEX_VERB) && !after_negation_noun(q->d, c)))
            return 0; /* (not another verb's: "دعا إلى «التهدئة» وقال إن") */
    }
    return 0;
}

/* "خريطة معلقة على الجدار": a feminine participle right after an indefinite feminine
 * noun agrees with it as its adjective; the participle of manner follows its verb's
 * phrase, not a bare noun of that gender */
static int adjective_of_noun(const struct doc *d, int32_t v)
{
    const struct token *vt = &d->tokens[v], *n = v > 0 ? &d->tokens[v - 1] : NULL;
    return n && n->kind == TOK_WORD && vt->lex->verb_gender == GENDER_FEM && !tok_has_article(n) &&
           d->tok_mention[v - 1] < 0 && !(tok_kinds(n) & (LEX_VERB | LEX_STOP)) &&
           d->text.u16[n->span.end - 1] == 0x0629 && d->text.u16[vt->span.end - 1] == 0x0629;
}

/* "ويضيف وهو يشير إلى خريطة على الجدار: «...»": وهو + a present verb is what the
 * speaker was doing as he spoke (a حال); with no clause of its own before the colon,
 * the words after the colon are still the first verb's. */
static int circumstance_before_colon(const struct qctx *q, int32_t j, int32_t end)
{
    const struct doc *d = q->d;
    if (j == 0 || !tok_is_wa_huwa(&d->tokens[j - 1]))
        return 0;
    for (int32_t c = j + 1; c < end && c - j <= 10; c++) {
        if (is_colon(d, c))
            return 1;
        if (is_complementizer(q, c) || q->opens[c] >= 0 || (d->tokens[c].kind == TOK_PUNCT && !tok_is_dash(&d->tokens[c])))
            return 0;
    }
    return 0;
}

/* After the speaker phrase of a verb at v: find what opens the content. Returns the
 * content's first token (or -1), and through *direct_region the quotation right after
 * a colon or the phrase (or -1). */
static int32_t find_opening(const struct qctx *q, int32_t v, int32_t end, int32_t np_end, int32_t *direct_region,
                            int32_t *relay_np_b, int32_t *relay_np_e, int32_t *open_tok)
{
    *direct_region = -1;
    int32_t r0 = find_opening_at(q, v, end, np_end, direct_region, relay_np_b, relay_np_e, open_tok);
    return r0;
}

/* A masdar of saying in ب at token k (بالقول، بالتأكيد): how the words were said (بالقول is
 * listed whole, its ب no clitic). */
static int said_in_ba(const struct doc *d, int32_t k, int32_t end)
{
    enum verb_aspect asp;
    if (k >= end || !is_verb(&d->tokens[k], &asp) || asp != ASPECT_MASDAR)
        return 0;
    const struct token *t = &d->tokens[k];
    return t->lex_prefix > 0 ? t->fold[t->lex_prefix - 1] == 0x0628 : t->fold[0] == 0x0628;
}

/* The word before token v is a bare indefinite noun (a title too: والد) it can be the
 * genitive of: no name, group, verb or function word, and not in the accusative
 * ("بيانا رسميا طالب فيه" has the verb after an adverb). */
static int in_construct_after_noun(const struct doc *d, int32_t v)
{
    const struct token *n = &d->tokens[v - 1];
    return n->kind == TOK_WORD && (n->flags & TOKF_ARABIC) && !tok_has_article(n) && !n->lex_prefix &&
           !(tok_kinds(n) & ~LEX_TITLE) && d->tok_mention[v - 1] < 0 && n->sentence == d->tokens[v].sentence &&
           !(d->tokens[v].flags & TOKF_NEWLINE_BEFORE) && n->fold[n->fold_len - 1] != 0x0627;
}

/* "الباحث في برنامج نقل الأسلحة": a relay verb's form in construct after a bare noun and
 * before a noun in ال, with no عن of a relay before the clause's complementiser, is the
 * verbal noun "moving". Kept out of line: asked only of relay verbs. */
__attribute__((noinline)) static int relay_verbal_noun(const struct qctx *q, int32_t v, int32_t end)
{
    const struct doc *d = q->d;
    const struct token *vt = &d->tokens[v];
    if (!vt->lex || vt->lex->verb_relay != 1 || vt->lex_prefix || v == 0 || v + 1 >= end)
        return 0;
    const struct token *n = &d->tokens[v - 1];
    /* "التقارير عن نقل أسلحة"، "إلى نقل الملف": right after a preposition, the verbal noun
     * (not after من, also "who": "من نقل عنه") */
    if (n->sentence == vt->sentence && (tok_is_an(n) || tok_is_ila(n) || tok_is_ala(n) || tok_is_fi(n)) &&
        d->tok_mention[v - 1] < 0)
        return 1;
    if (!tok_has_article(&d->tokens[v + 1]))
        return 0;
    if (n->kind != TOK_WORD || !(n->flags & TOKF_ARABIC) || tok_has_article(n) || n->lex_prefix ||
        (tok_kinds(n) & (LEX_VERB | LEX_STOP | LEX_COMPLEMENTIZER)) || d->tok_mention[v - 1] >= 0 ||
        n->sentence != vt->sentence)
        return 0;
    for (int32_t k = v + 1; k < end && !is_complementizer(q, k); k++)
        if (tok_is_an(&d->tokens[k]))
            return 0;
    return 1;
}

/* Is طالب at v the noun "student" there? Right after such a noun it is its genitive
 * ("X، والد طالب في السنة الرابعة:"; news puts the verb first); before a nationality
 * ("طالب أردني في فورونيج لـ«مزاج»:") or in apposition to a person ("ليث العمري، طالب سنة
 * ثالثة ...، قال") it is the noun too. Kept out of line: asked only of طالب. */
__attribute__((noinline)) static int student_in_context(const struct qctx *q, int32_t v)
{
    const struct doc *d = q->d;
    const struct token *n = v + 1 < d->n_tokens ? &d->tokens[v + 1] : NULL;
    /* (the person's age or town may stand between, in parentheses: "سليم (23 سنة)، طالب") */
    int32_t named_end = v - 1;
    if (v >= 4 && tok_is_comma(&d->tokens[v - 1]) && tok_is_char(&d->tokens[v - 2], ')')) {
        int32_t o = v - 3;
        while (o > 0 && v - o <= 6 && !tok_is_char(&d->tokens[o], '(') && d->tokens[o].kind != TOK_PUNCT)
            o--;
        if (o > 0 && tok_is_char(&d->tokens[o], '('))
            named_end = o;
    }
    int32_t m = v >= 2 && tok_is_comma(&d->tokens[v - 1]) ? d->tok_mention[named_end - 1] : -1;
    /* (or after أم، أب, the parent's nouns that are function words too: "وهي أم طالب") */
    const struct token *b = v > 0 ? &d->tokens[v - 1] : NULL;
    if (b && b->kind == TOK_WORD && b->fold_len == 2 && b->fold[0] == 0x0627 && (b->fold[1] == 0x0645 || b->fold[1] == 0x0628))
        return 1;
    return (v > 0 && in_construct_after_noun(d, v)) ||
           (n && n->kind == TOK_WORD && !tok_has_article(n) && tok_is_demonym(q->lx, n) && n->fold[n->fold_len - 1] == 0x064A) ||
           (m >= 0 && d->mentions[m].tok_end == named_end && d->entities[d->mentions[m].entity].type == ENT_PERSON);
}

/* طالب ("student" as well as "demanded") at v, read as the noun: the spelling first, the
 * context only for the word itself (the test runs on every word the cue scan meets). */
static inline int student_not_verb(const struct qctx *q, int32_t v)
{
    const struct token *t = &q->d->tokens[v];
    /* (with ل it is the noun whatever the context, "أب لطالب": ل takes no past verb) */
    int32_t p = t->lex_prefix == 1 && t->fold[0] == 0x0644 ? 1 : 0;
    const UChar *f = t->fold + p;
    return t->fold_len == 4 + p && t->lex_prefix == p && f[0] == 0x0637 && f[1] == 0x0627 && f[2] == 0x0644 &&
           f[3] == 0x0628 && (p || student_in_context(q, v));
}

/* "بحسب ما تنقله كتب التاريخ": a past form right after what a present verb carries as
 * its object (ما and the verb with its pronoun) is that verb's subject, a noun (كتب
 * "books"): one verb does not follow another so. */
static int subject_of_verb_before(const struct doc *d, int32_t v, enum verb_aspect asp)
{
    if (asp != ASPECT_PAST || v < 2 || d->tokens[v].lex_prefix || !tok_is_what(&d->tokens[v - 2]))
        return 0;
    const struct token *p = &d->tokens[v - 1];
    return p->kind == TOK_WORD && tok_present_verb_shape(p) && !tok_has_article(p) && tok_written_pronoun(d, p);
}

/* Is the word at k, after whom a verb told (له، لها), a verb's form that is the verb's
 * object, the verbal noun (أكدت له نقل ثلاث مروحيات: "moving")? Not a subject, which
 * may come there too (قاله له ملحق عسكري), nor a verb with its own clause (عن، أن). */
static int told_then_object(const struct qctx *q, int32_t k, int32_t end)
{
    const struct doc *d = q->d;
    const struct token *t = &d->tokens[k];
    if (t->kind != TOK_WORD || t->lex_prefix || tok_has_article(t) || !is_verb(t, NULL) || (tok_kinds(t) & LEX_STOP) ||
        q->opens[k] >= 0)
        return 0;
    return k + 1 < end && d->tokens[k + 1].kind == TOK_WORD && !tok_is_an(&d->tokens[k + 1]) &&
           !is_complementizer(q, k + 1) && !(tok_kinds(&d->tokens[k + 1]) & LEX_STOP);
}

/* "X، مدير التنمية بالمنطقة الصناعية "طنجة أوطوموتيف سيتي"، في تصريح لجريدة ...، أن": the
 * marks opening at j, after the definite noun they name, hold a name; the complementiser
 * comes after `after`, past a statement on the way but no other verb. Kept out of line:
 * find_opening_at runs on every cue. */
__attribute__((noinline)) static int name_in_apposition_before_that(const struct qctx *q, int32_t j, int32_t after,
                                                                     int32_t end)
{
    const struct doc *d = q->d;
    const struct token *p = &d->tokens[j - 1];
    if (p->kind != TOK_WORD || !tok_has_article(p) || (tok_kinds(p) & (LEX_VERB | LEX_STOP)))
        return 0;
    int32_t c = after;
    enum verb_aspect asp;
    while (c < end && c - after < 12 && !is_complementizer(q, c) && q->opens[c] < 0 &&
           (!(tok_kinds(&d->tokens[c]) & LEX_VERB) || (is_verb(&d->tokens[c], &asp) && asp == ASPECT_MASDAR)) &&
           !(d->tokens[c].kind == TOK_PUNCT && !tok_is_comma(&d->tokens[c])))
        c++;
    return c > after && c < end && is_complementizer(q, c);
}

/* "مديرة المبيعات في شركة "بحر الشرق لتزويد السفن"، X، بأن": after a body's head, marks
 * of up to five words closed before a comma hold its name, however long (or before the
 * body's relative clause or the colon of the words said: "عضو شبكة "نساء من أجل السلام"
 * التي تتخذ من بيروت مقرا لها: "..."). */
static int company_named_in_marks(const struct qctx *q, int32_t j, int32_t end)
{
    const struct region *r = &q->r[q->opens[j]];
    const struct token *after = r->close >= 0 && r->close + 1 < end ? &q->d->tokens[r->close + 1] : NULL;
    return (tok_kinds(&q->d->tokens[j - 1]) & LEX_ORG_HEAD) && r->words <= 5 && after &&
           (tok_is_comma(after) || tok_is_relative_pronoun(after) || is_colon(q->d, r->close + 1));
}

/* "وذكرت وكالة السودان للأنباء «سونا»، نقلا عن": one word in marks at j, right after a
 * body's full name and set off by a comma, is the body's short name, not its words. */
static int short_name_after_body(const struct qctx *q, int32_t j, int32_t end)
{
    const struct doc *d = q->d;
    const struct region *r = &q->r[q->opens[j]];
    int32_t named = j > 0 ? d->tok_mention[j - 1] : -1;
    return r->words == 1 && r->close >= 0 && r->close + 1 < end && tok_is_comma(&d->tokens[r->close + 1]) && named >= 0 &&
           d->mentions[named].tok_end == j && d->entities[d->mentions[named].entity].type == ENT_ORG;
}

/* A feminine participle written with ه is a noun and its pronoun: مضيفه "his host"
 * folds like مضيفة "adding". */
static int host_not_participle(const struct doc *d, const struct token *t)
{
    return t->lex->verb_gender == GENDER_FEM && tok_written_pronoun(d, t);
}

static int32_t find_opening_at(const struct qctx *q, int32_t v, int32_t end, int32_t np_end, int32_t *direct_region,
                               int32_t *relay_np_b, int32_t *relay_np_e, int32_t *open_tok)
{
    const struct doc *d = q->d;
    /* "أكدت له نقل ثلاث مروحيات ...، «...»": whom it told, then a verb's form that opens
     * no clause, its verbal noun, is the verb's object; marks further on are not its
     * words (the phrase after the verb holds whom it told when no subject follows) */
    int32_t told = np_end == v + 2 ? v + 1 : np_end;
    if (told + 1 < end && v >= 0 && d->tokens[told].kind == TOK_WORD && d->tokens[told].fold[0] == 0x0644 &&
        d->tokens[told].fold_len <= 4 && tok_carries_pronoun(d, &d->tokens[told]) && told_then_object(q, told + 1, end))
        return -1;
    /* (a name or a title in marks jumped over counts as one word of the reach: "في دراسة
     * بعنوان «...: ...»، إلى أن") */
    int32_t jumped = 0;
    for (int32_t j = np_end; j < end && j - v - jumped <= NP_REACH; j++) {
        const struct token *t = &d->tokens[j];
        enum verb_aspect asp;
        int after_noun = j > 0 && (tok_kinds(&d->tokens[j - 1]) & (LEX_TITLE | LEX_ORG_HEAD | LEX_STATEMENT)) &&
                         q->opens[j] >= 0 && (q->r[q->opens[j]].words <= 2 || company_named_in_marks(q, j, end));
        /* "في حديث إلى «الأخبار»": the outlet told, after a statement noun and a preposition */
        int outlet = j >= 2 && q->opens[j] >= 0 && q->r[q->opens[j]].words <= 2 && is_preposition(&d->tokens[j - 1]) &&
                     (tok_kinds(&d->tokens[j - 2]) & LEX_STATEMENT);
        /* "في اتصال مع "الشروق": "...": a short quoted name before the colon that opens
         * the words said */
        /* (and its nationality: وتتساءل «جونغ أنغ إلبو» الكورية الجنوبية:) */
        if (!outlet && q->opens[j] >= 0 && q->r[q->opens[j]].words <= 3 && q->r[q->opens[j]].close >= 0) {
            int32_t c = q->r[q->opens[j]].close + 1;
            while (c < end && c - q->r[q->opens[j]].close <= 3 && tok_is_demonym(q->lx, &d->tokens[c]))
                c++;
            outlet = c < end && is_colon(d, c) && (q->r[q->opens[j]].words <= 2 || c > q->r[q->opens[j]].close + 1);
            /* (or right after the verb, then عن: "ويجيب «الوسيط المغاربي» عن أبرز الأسئلة" —
             * the subject, and what it answers about) */
            outlet |= j == v + 1 && q->r[q->opens[j]].close + 1 < end && tok_is_an(&d->tokens[q->r[q->opens[j]].close + 1]);
        }
        /* (whatever preposition the verb takes, when إلى belongs to an aside's verb:
         * "ويقر دبلوماسي أوروبي، تحدث إلى «اللواء» شرط عدم ذكر اسمه، بأن") */
        if (!outlet && j - 2 > v && v >= 0 &&
            (!(d->tokens[v].lex && d->tokens[v].lex->verb_prep) || (j >= 3 && tok_is_comma(&d->tokens[j - 3]))) &&
            q->opens[j] >= 0 && q->r[q->opens[j]].words <= 3 && q->r[q->opens[j]].close >= 0 && tok_is_ila(&d->tokens[j - 1]))
            outlet = complementizer_follows(q, q->r[q->opens[j]].close + 1, end) ||
                     said_in_ba(d, q->r[q->opens[j]].close + 1, end); /* (حديثه إلى «الحياة» بالقول:) */
        /* "في مقال حمل عنوان «...»": a title; "يكتب X في «جونغ أنغ إلبو»": where it was
         * written, a paper's short name after في */
        /* (a nickname after its participle and a bare ب: "الملقب بـ«أسد العمارة»") */
        int title = j > 0 && q->opens[j] >= 0 &&
                    (tok_marker(d, j - 1, MARK_TITLE_WORD) ||
                     /* (with و on it too: "والمعروف بـ«وزير القائد»") */
                     (j > 1 && d->tokens[j - 1].kind == TOK_WORD && d->tokens[j - 1].fold_len == 1 &&
                      d->tokens[j - 1].fold[0] == 0x0628 && tok_marker_behind_clitics(d, j - 2, MARK_TITLE_WORD)) ||
                     (tok_is_fi(&d->tokens[j - 1]) && q->r[q->opens[j]].words <= 4 && q->r[q->opens[j]].close >= 0));
        if (q->opens[j] >= 0 && (region_is_name(q, &q->r[q->opens[j]]) || after_bare_clitic(d, j) || after_noun || outlet ||
                                 title || short_name_after_body(q, j, end))) {
            const struct region *r = &q->r[q->opens[j]];
            /* jump over the name; an unclosed mark only to its end, and never backwards */
            int32_t to = r->close >= 0 ? r->close : r->inner_e - 1;
            if (to > j) {
                /* (at most one reach more, so that a verb's scan stays bounded) */
                jumped = jumped + to - j < NP_REACH ? jumped + to - j : NP_REACH;
                j = to;
            }
            continue;
        }
        if (q->opens[j] >= 0) {
            const struct region *r = &q->r[q->opens[j]];
            /* a short quoted name inside the clause is not the content (وكالة "تاس") unless
             * it is the object right after the phrase or a preposition */
            /* (بـ"..." too: اتهمت X، Y، موسكو بـ"انتهاك صارخ") */
            int adjacent = j == np_end || (j > 0 && (is_preposition(&d->tokens[j - 1]) || tok_is_comma(&d->tokens[j - 1]) ||
                                                     (d->tokens[j - 1].kind == TOK_WORD && d->tokens[j - 1].fold_len == 1 &&
                                                      d->tokens[j - 1].fold[0] == 0x0628)));
            /* "وتقول الوثيقة، المصنفة "للاستخدام الرسمي فقط"، إن ...": marks inside an aside
             * that the complementiser closes are not the content */
            int32_t after = r->close >= 0 ? r->close + 1 : -1;
            while (after >= 0 && after < end && tok_is_comma(&d->tokens[after]))
                after++;
            /* (and a short quoted name right before it: خبراء تحدثت إليهم "الوطن" أن) */
            if ((after > r->close + 1 || r->words <= 2) && after >= 0 && after < end && is_complementizer(q, after)) {
                j = r->close;
                continue;
            }
            /* (or a name in marks after the definite noun it names, in the speaker's
             * apposition, then more of it before the complementiser) */
            if (r->words >= 3 && r->words <= 4 && after == r->close + 2 && j > np_end &&
                name_in_apposition_before_that(q, j, after, end)) {
                j = r->close;
                continue;
            }
            /* (or a short name right after the subject's phrase, before the verb's
             * preposition: "أعلنت شركة الطيران الكورية الشمالية «إير كوريو» عن تسيير") */
            if (r->words <= 2 && j == np_end && j > v + 1 && after == r->close + 1 && after < end &&
                is_preposition(&d->tokens[after]) && d->tokens[j - 1].kind == TOK_WORD && d->tokens[j - 1].fold_len > 1) {
                j = r->close;
                continue;
            }
            /* (or an aside set off by commas before it: "أبلغ «الخليج أونلاين»، طالبا عدم
             * ذكر اسمه، أن": the outlet told) */
            if (r->words <= 3 && j == np_end && after == r->close + 2 && inside_aside(q, r->close, end)) {
                j = r->close;
                continue;
            }
            /* (or a few words before it: "في حوار أجرته معه «مدى مصر» عام 2021 إن"; or the
             * outlet told: "مصدر مقرّب من «حزب الله» لـ«ليبانون فايلز» إن") */
            if (r->words <= 2 && after == r->close + 1) {
                int32_t c = after;
                while (c < end && c - after < 4 && !is_complementizer(q, c) && !(tok_kinds(&d->tokens[c]) & LEX_VERB)) {
                    if (q->opens[c] >= 0 && c > after && tok_is_lone_lam(&d->tokens[c - 1]) &&
                        q->r[q->opens[c]].close >= 0 && q->r[q->opens[c]].words <= 3) {
                        c = q->r[q->opens[c]].close + 1;
                        continue;
                    }
                    if (d->tokens[c].kind == TOK_PUNCT || q->opens[c] >= 0)
                        break;
                    c++;
                }
                if (c > after && c < end && is_complementizer(q, c)) {
                    j = r->close;
                    continue;
                }
            }
            if (region_words(q, r) >= 3 || adjacent) {
                *direct_region = q->opens[j];
                *open_tok = (j > 0 && is_preposition(&d->tokens[j - 1])) ? j - 1 : j;
                return j;
            }
            j = r->close >= 0 ? r->close : r->inner_e;
            continue;
        }
        if (is_colon(d, j)) {
            /* "وأضاف العبيدي: إن الوزارة ...": a colon before the complementiser (Iraqi
             * and Levantine usage) opens an indirect clause, not the words as said */
            if (j + 2 < end && is_complementizer(q, j + 1)) {
                *open_tok = j + 1;
                return j + 2;
            }
            *open_tok = j;
            if (j + 1 < d->n_tokens && q->opens[j + 1] >= 0) {
                *direct_region = q->opens[j + 1];
                return j + 1;
            }
            if (j + 1 < end)
                return j + 1;
            /* "... جاء فيها:" at the end of a line: the post or statement follows */
            if (j + 1 < d->n_tokens && (d->tokens[j + 1].flags & TOKF_NEWLINE_BEFORE))
                return j + 1;
            return -1;
        }
        /* "طلب عدم ذكر اسمه لأنه غير مخول بالحديث، أن": لأن past the phrase says why, it
         * opens nothing (right after it, "أشار لأن", it is the verb's) */
        if (j > np_end && t->lex_prefix && t->fold[t->lex_prefix - 1] == 0x0644 && (tok_kinds(t) & LEX_COMPLEMENTIZER))
            continue;
        if (is_complementizer(q, j)) {
            /* "أقرت الحكومة النظام، على أن يبدأ تطبيقه": after a comma, على أن is a
             * proviso on what was done, unless the verb itself takes على (شدد، على أن) */
            if (j >= 2 && v >= 0 && tok_is_comma(&d->tokens[j - 2]) && tok_is_ala(&d->tokens[j - 1]) &&
                !(d->tokens[v].lex && d->tokens[v].lex->verb_prep == VERB_PREP_ALA))
                return -1;
            /* "وتتابع الأسواق اجتماع «أوبك+» المقبل، الذي يُنتظر أن يحسم": right after a
             * relative pronoun and a verb of no saying, the clause is that verb's */
            if (j - 1 > np_end && after_relative(d, j - 1) && d->tokens[j - 1].kind == TOK_WORD &&
                !is_verb(&d->tokens[j - 1], NULL))
                return -1;
            *open_tok = (j > 0 && is_preposition(&d->tokens[j - 1])) ? j - 1 : j;
            return j + 1;
        }
        const struct lex_entry *e;
        int32_t n = phrase_at(q, j, end, LEX_SOURCE, &e);
        if (n && e->source_kind == SOURCE_RELAY && relay_np_b) {
            /* ذكرت X، نقلا عن Y، أن ...: Y speaks */
            *relay_np_b = j + n;
            int32_t re = j + n;
            while (re < end && re - j < 14 && !tok_is_comma(&d->tokens[re]) && !is_complementizer(q, re) &&
                   d->tokens[re].kind != TOK_PUNCT)
                re++;
            *relay_np_e = re;
            j = re - 1;
            continue;
        }
        /* "واضاف بو ناصر، كما يعرفه زملاؤه، ان": how the speaker is known, set off by
         * commas before the verb's own complementiser, is an aside, not a new clause */
        if (t->fold_len == 3 && j > np_end && tok_is_comma(&d->tokens[j - 1]) && how_known_aside(q, j, end, &j))
            continue;
        /* (a dot inside a name is none: "للعربية.نت:") */
        if ((is_stop_punct(t) && !(j > 0 && d->tok_mention[j] >= 0 && d->tok_mention[j - 1] == d->tok_mention[j])) ||
            (tok_kinds(t) & LEX_CONJ_BREAK))
            return -1;
        /* "، وهو ما وصفته X بأنه": a relative clause of its own starts */
        if (t->kind == TOK_WORD && t->fold_len == 2 && t->fold[0] == 0x0645 && t->fold[1] == 0x0627 && j > 0 &&
            d->tokens[j - 1].fold_len >= 3 && d->tokens[j - 1].fold[0] == 0x0648 &&
            (tok_kinds(&d->tokens[j - 1]) & LEX_STOP))
            return -1;
        /* another reporting verb with its own clause: this one has no content, unless
         * that verb sits in a relative clause of the frame (تصريحات ... التي تزعم) */
        /* (a verb cued only before أن with none after it is some other word: "إعلان
         * أوكرانيا أسر جنديين «...»" is a capture, no confiding) */
        if (j > np_end && is_verb(t, &asp) && asp != ASPECT_MASDAR && !t->lex->verb_colon && !after_relative(d, j) &&
            !student_not_verb(q, j) && !subject_of_verb_before(d, j, asp) &&
            !(t->lex->verb_relay && relay_verbal_noun(q, j, end)) &&
            !(t->lex->verb_an && !complementizer_follows(q, j + 1, end)) &&
            !after_negation_noun(d, j) && !inside_aside(q, j, end) && !aside_predicate(q, j, end) &&
            !(asp == ASPECT_PRESENT && circumstance_before_colon(q, j, end)) &&
            !(asp == ASPECT_PARTICIPLE && (adjective_of_noun(d, j) || host_not_participle(d, t))))
            return -1;
        /* "«...»، يقول X، الذي يرى أن": a relative clause on the speaker that reports
         * on its own; the words before the verb are this one's (and "، التي أشارت إلى
         * أن", its preposition between) */
        if (j > np_end && j >= 2 && after_relative(d, j) && tok_is_comma(&d->tokens[j - 2]) && is_verb(t, &asp) &&
            asp <= ASPECT_PRESENT && j + 1 < end &&
            (is_complementizer(q, j + 1) ||
             (j + 2 < end && (tok_is_ila(&d->tokens[j + 1]) || tok_is_ala(&d->tokens[j + 1])) && is_complementizer(q, j + 2))))
            return -1;
    }
    return -1;
}

static int is_kul_min_tok(const struct doc *d, int32_t k)
{
    static const UChar kul[] = {0x0643, 0x0644};
    return d->tokens[k].fold_len == 2 && !memcmp(d->tokens[k].fold, kul, sizeof kul);
}

/* The mention of a person whose recorded role starts at token b (a title chain and the
 * name after it), or -1. */
static int32_t person_after_role(const struct doc *d, int32_t b, int32_t limit)
{
    /* (a minister's portfolios may take ten words: "وزير الشؤون الخارجية والجالية الوطنية
     * بالخارج والشؤون الإفريقية، أحمد عطاف،") */
    for (int32_t j = b; j < limit && j - b <= 12; j++) {
        int32_t m = d->tok_mention[j];
        if (m < 0)
            continue;
        const struct entity *e = &d->entities[d->mentions[m].entity];
        /* (a role of two titles, "نائب رئيس الغرفة، المهندسة X", ends with the one at b) */
        return e->type == ENT_PERSON && (e->role_tb == b || (e->role_tb >= 0 && e->role_tb < b && e->role_te == b + 1))
                   ? m
                   : -1;
    }
    return -1;
}

/* "الأستاذة في كلية العلوم، التابعة لجامعة الملك سعود، الدكتورة X، إلى أن": after a
 * role, an aside on where it is (no verb, no mention of a person in it), then the person
 * named in a second one, an honorific or a title before the name. The person's mention, or -1. */
static int32_t person_after_second_aside(const struct doc *d, int32_t b, int32_t limit)
{
    int32_t c = b;
    while (c < limit && c - b <= 10 && d->tokens[c].kind == TOK_WORD && !(tok_kinds(&d->tokens[c]) & (LEX_VERB | LEX_COMPLEMENTIZER)) &&
           (d->tok_mention[c] < 0 || d->entities[d->mentions[d->tok_mention[c]].entity].type != ENT_PERSON))
        c++;
    if (c == b || c + 1 >= limit || !tok_is_comma(&d->tokens[c]))
        return -1;
    int32_t at = c + 1;
    if (d->tok_mention[at] < 0 && (tok_kinds(&d->tokens[at]) & (LEX_TITLE | LEX_HONORIFIC)))
        at++;
    int32_t m = at < limit ? d->tok_mention[at] : -1;
    return m >= 0 && d->mentions[m].tok_begin == at && d->entities[d->mentions[m].entity].type == ENT_PERSON ? m : -1;
}

/* "في حديث لـ"العربي الجديد""، "في تصريحات لرويترز": لـ before an outlet names who was
 * told, not who spoke (unlike "في بيان لوزارة الخارجية"). */
static int outlet_told(const struct doc *d, int32_t k)
{
    const struct token *t = &d->tokens[k];
    if (t->kind != TOK_WORD || t->fold[0] != 0x0644)
        return 0;
    if (t->fold_len == 1)
        return 1; /* لـ"...": a quoted outlet */
    if (t->fold_len >= 3 && (t->fold[1] | 0x20) >= 'a' && (t->fold[1] | 0x20) <= 'z')
        return 1; /* لـTRT، لـCNN: a Latin name written onto the ل */
    int32_t m = d->tok_mention[k];
    if (m >= 0)
        return (d->entities[d->mentions[m].entity].classes & CLASS_MEDIA) != 0;
    /* للصحيفة، للوكالة: the outlet named before, by its kind */
    return t->lex && t->lex_prefix && (tok_kinds(t) & LEX_ROLE_NOUN) && (t->lex->role_classes & CLASS_MEDIA) &&
           tok_has_article(t);
}

/* "قال للصحفيين إن": after the verb only whom it told, in ل — no subject */
static int told_only(const struct doc *d, int32_t b, int32_t e)
{
    const struct token *t = &d->tokens[b];
    return e - b <= 2 && t->kind == TOK_WORD && t->fold[0] == 0x0644 &&
           (tok_has_prep_clitic(t) || (t->fold_len > 3 && t->fold[1] == 0x0644)) && /* (لل: ل and the article) */
           (d->tok_mention[b] < 0 || !(d->entities[d->mentions[d->tok_mention[b]].entity].classes & CLASS_PERSON));
}

/* "فتقول بعربية متقطعة إن"، "فيجيب بالإنجليزية إن": the words after the verb say only how
 * it was said, ب on a common word with perhaps its adjective; the subject stands before
 * the verb. */
static __attribute__((noinline)) int manner_only(const struct qctx *q, int32_t b, int32_t e)
{
    const struct doc *d = q->d;
    const struct token *t = &d->tokens[b];
    if (e - b < 1 || e - b > 2 || t->kind != TOK_WORD || t->fold_len < 4 || t->fold[0] != 0x0628 ||
        !(t->flags & TOKF_COMMON) || d->tok_mention[b] >= 0 ||
        (tok_kinds(t) & (LEX_TITLE | LEX_ROLE_NOUN | LEX_GROUP | LEX_ORG_HEAD | LEX_FIRST_NAME | LEX_STOP)))
        return 0;
    const struct token *a = &d->tokens[e - 1];
    return e - b == 1 || (a->kind == TOK_WORD && !tok_has_article(a) && !a->lex_prefix && (a->flags & TOKF_COMMON) &&
                          !tok_kinds(a));
}

/* "لـ«الاقتصادية» الدكتور X"، "للجزيرة نت المحلل X": when the outlet told comes first,
 * in marks or named, and a person named or titled follows it before open_tok, the token
 * after the outlet; else b. */
static int32_t after_outlet_told(const struct qctx *q, int32_t b, int32_t open_tok)
{
    const struct doc *d = q->d;
    if (b + 1 >= open_tok || !outlet_told(d, b))
        return b;
    int32_t a;
    if (d->tokens[b].fold_len == 1) {
        if (q->opens[b + 1] < 0)
            return b;
        a = q->r[q->opens[b + 1]].close + 1;
    } else {
        a = d->mentions[d->tok_mention[b]].tok_end;
    }
    if (a <= b || a >= open_tok)
        return b;
    uint32_t k = tok_kinds(&d->tokens[a]);
    int32_t m = d->tok_mention[a];
    if ((m >= 0 && d->entities[d->mentions[m].entity].type == ENT_PERSON) ||
        (m < 0 && (k & (LEX_TITLE | LEX_HONORIFIC | LEX_ROLE_NOUN)) && !d->tokens[a].lex_prefix))
        return a;
    return b;
}

static int names_someone(const struct doc *d, int32_t b, int32_t e);
static int names_entity(const struct doc *d, int32_t b, int32_t e);

/* ردا على، تعليقا على، تعقيبا على: "in reply to", "commenting on" right after the verb
 * opens a circumstance ("ثم قال ردّاً على سؤال عن التقارير إن"); the subject is elided. */
static int in_reply_to(const struct doc *d, int32_t b, int32_t open_tok)
{
    static const UChar radd[] = {0x0631, 0x062F, 0x0627}, taliq[] = {0x062A, 0x0639, 0x0644, 0x064A, 0x0642, 0x0627},
                       taqib[] = {0x062A, 0x0639, 0x0642, 0x064A, 0x0628, 0x0627};
    const struct token *t = &d->tokens[b];
    if (b + 1 >= open_tok || t->kind != TOK_WORD || !tok_is_ala(&d->tokens[b + 1]))
        return 0;
    return (t->fold_len == 3 && !memcmp(t->fold, radd, sizeof radd)) ||
           (t->fold_len == 6 && (!memcmp(t->fold, taliq, sizeof taliq) || !memcmp(t->fold, taqib, sizeof taqib)));
}

/* An indefinite adjective of relation right before the colon, named by nothing. */
static int adjective_before_colon(const struct doc *d, int32_t j, int32_t open_tok)
{
    const struct token *t = &d->tokens[j];
    /* (definite after a definite noun: "باللهجة المحلية:") */
    int definite = tok_has_article(&d->tokens[j - 1]);
    return t->kind == TOK_WORD && tok_has_article(t) == definite && !tok_has_prep_clitic(t) &&
           (!t->lex_prefix || definite) && tok_nisba_ending(t) && d->tok_mention[j] < 0 &&
           !(tok_kinds(t) & (LEX_TITLE | LEX_ROLE_NOUN | LEX_ORG_HEAD | LEX_GROUP | LEX_FIRST_NAME)) && is_colon(d, open_tok);
}

/* "وتابع ساخراً:", "ساخرًا": an adjective in the accusative, written with its tanween
 * (after the alef or before it), says how it was said; before a colon, one indefinite
 * word the dictionary knows does too ("وتعلق ساخرة:", not "وكتب تحتها:", a place). */
static int how_it_was_said(const struct doc *d, int32_t j, int32_t open_tok)
{
    const struct token *t = &d->tokens[j];
    uint32_t k = tok_kinds(t);
    return t->kind == TOK_WORD && d->tok_mention[j] < 0 && t->fold_len >= 4 && t->span.end - t->span.start >= 3 &&
           ((d->text.u16[t->span.end - 1] == 0x064B || d->text.u16[t->span.end - 2] == 0x064B) ||
            (is_colon(d, open_tok) && (t->flags & TOKF_COMMON) && !tok_has_article(t) && !tok_pronoun_suffixed(d, t) &&
             !(k & (LEX_STATEMENT | LEX_PRONOUN | LEX_FIRST_NAME | LEX_STOP)))) &&
           !(k & (LEX_TITLE | LEX_ROLE_NOUN | LEX_ORG_HEAD | LEX_GROUP));
}

/* The speaker's words between a verb and what opens the content: up to the first
 * comma or dash that starts an aside (وقال رودينكو، خلال ...؛ ويضيف كوزمين -في ...-),
 * unless a name set off by commas follows (المتحدث باسم الوزارة، لين جيان، إن). */
static int32_t speaker_region_end(const struct qctx *q, int32_t b, int32_t open_tok)
{
    const struct doc *d = q->d;
    /* "عمّا إذا": the word before "whether" belongs to the question, not the speaker */
    if (open_tok > b && whether_at(d, open_tok))
        open_tok--;
    /* "فقالت في مؤتمر صحفي إن", "كشفت لـ“الأفق نت” أن": a preposition right after the
     * verb opens a circumstance, not the speaker's name */
    if (b < open_tok) {
        const struct token *t = &d->tokens[b];
        uint32_t k = tok_kinds(t);
        /* "جاء في بيان الخارجية": the statement's author, right after it, speaks; not
         * in "كتبت في منشور على منصة إكس", where a place follows */
        /* (its author may follow a relative verb with the statement's pronoun: "جاء في
         * برقية بعث بها الرئيس X"، "في رسالة وجهها X"، "في بلاغ أصدرته وزارة الصحة") */
        int32_t a = b + 2;
        if (a + 1 < open_tok && (tok_kinds(&d->tokens[b + 1]) & LEX_STATEMENT) && d->tokens[a].kind == TOK_WORD &&
            d->tok_mention[a] < 0 && !tok_has_article(&d->tokens[a]) && !(tok_kinds(&d->tokens[a]) & LEX_STOP)) {
            const struct token *w = &d->tokens[a], *n = &d->tokens[a + 1];
            static const UChar biha[] = {0x0628, 0x0647, 0x0627};
            if (n->kind == TOK_WORD && n->fold_len == 3 && !memcmp(n->fold, biha, sizeof biha))
                a += 2;
            else if (w->fold_len >= 4 && (w->fold[w->fold_len - 1] == 0x0647 ||
                                          (w->fold[w->fold_len - 2] == 0x0647 && w->fold[w->fold_len - 1] == 0x0627)))
                a += 1; /* (وجهها، أصدرته) */
            /* (or a participle and its preposition: "بيان صادر عن X"، "ممهور بتوقيع X") */
            else if (n->kind == TOK_WORD &&
                     ((n->fold_len == 2 && n->fold[0] == 0x0639 && n->fold[1] == 0x0646) ||
                      (n->fold_len >= 4 && n->fold[0] == 0x0628 && (n->flags & TOKF_COMMON) && !tok_has_article(n))))
                a += 2;
        }
        /* (and an adjective before its author in ل: "في بيان منفصل للخارجية اليابانية") */
        if (a == b + 2 && a + 1 < open_tok && (tok_kinds(&d->tokens[b + 1]) & LEX_STATEMENT) &&
            d->tokens[a].kind == TOK_WORD && (d->tokens[a].flags & TOKF_COMMON) && !tok_has_article(&d->tokens[a]) &&
            !(tok_kinds(&d->tokens[a]) & LEX_STOP) && d->tok_mention[a] < 0 && d->tok_mention[a + 1] >= 0 &&
            d->tokens[a + 1].fold[0] == 0x0644)
            a++;
        /* (an adjective in ي alone before the clause is no author: "في تصريحات صحفية إن"،
         * "في تصريح صحفي إن") */
        int no_author = a + 1 == open_tok && d->tokens[a].kind == TOK_WORD && !tok_has_article(&d->tokens[a]) &&
                             tok_nisba_ending(&d->tokens[a]) && d->tok_mention[a] < 0;
        /* (nor whom it was told, a sound plural in لل: "في تصريحات للصحفيين إن") */
        no_author |= a + 1 == open_tok && d->tokens[a].kind == TOK_WORD && d->tokens[a].lex_prefix &&
                          d->tokens[a].fold[0] == 0x0644 && tok_has_article(&d->tokens[a]) &&
                          tok_sound_plural(&d->tokens[a]) && d->tok_mention[a] < 0;
        int statement = a < open_tok && !no_author && (tok_kinds(&d->tokens[b + 1]) & LEX_STATEMENT) &&
                        !is_preposition(&d->tokens[a]) && !(tok_kinds(&d->tokens[a]) & LEX_STOP) &&
                        !outlet_told(d, a) &&
                        (d->tok_mention[a] >= 0 || (tok_kinds(&d->tokens[a]) & (LEX_ORG_HEAD | LEX_TITLE)) ||
                         /* (not a verb in أل with its object: "في كلمة ألقاها إن") */
                         (tok_has_article(&d->tokens[a]) && !tok_written_pronoun(d, &d->tokens[a])) ||
                         tok_is_quote_mark(&d->tokens[a]));
        /* "وقالت بهدوء:", "أجاب بحذر إن": a manner adverb of ب and a common noun */
        /* (and its adjective in ي before the colon: "الذي قال بدارجة خريبكية:") */
        int manner = t->kind == TOK_WORD && t->fold_len >= 4 && t->fold[0] == 0x0628 &&
                     ((t->flags & TOKF_COMMON) || tok_is_manner_after_ba(d, q->lx, b, 0)) &&
                     d->tok_mention[b] < 0 && !(k & (LEX_TITLE | LEX_ROLE_NOUN | LEX_ORG_HEAD | LEX_GROUP)) &&
                     (b + 1 == open_tok || (b + 2 == open_tok && adjective_before_colon(d, b + 1, open_tok)));
        if (manner || (b + 1 == open_tok && how_it_was_said(d, b, open_tok)) || in_reply_to(d, b, open_tok))
            return b;
        /* (not "قالت في بيان مقتضب إن": an adjective, no author; "وقال هذا الأخير إن":
         * a stop word before "the latter" is its demonstrative; "ورد عليه جونغ بأن": a
         * preposition with whom it answers, then the name) */
        if (!statement &&
            (preposition_at(d, b) || outlet_told(d, b) || ((k & LEX_STOP) && !(k & (LEX_PRONOUN | LEX_FIRST_NAME)) && !tok_has_article(t) &&
                                   d->tok_mention[b] < 0 && !is_kul_min_tok(d, b) &&
                                   /* ("ويذهب بعض المحللين إلى أن": some of a group) */
                                   !(tok_is_some(t) && b + 1 < open_tok && tok_has_article(&d->tokens[b + 1])) &&
                                   !(b + 1 < open_tok && tok_marker(d, b + 1, MARK_LATTER)) &&
                                   !(b + 1 < open_tok && tok_carries_pronoun(d, t) &&
                                     (d->tok_mention[b + 1] >= 0 || tok_is_name_like(q->lx, &d->tokens[b + 1]) ||
                                      tok_one_of(&d->tokens[b + 1]) || /* ("ليرد عليه أحد متابعيه:") */
                                      /* (or a title: "عبارة قالها له دبلوماسي روسي:"; one with
                                       * its body's pronoun before a name too: "مؤتمرا قال
                                       * فيه رئيسها X") */
                                      ((tok_kinds(&d->tokens[b + 1]) & (LEX_TITLE | LEX_GROUP)) &&
                                       (!tok_written_pronoun(d, &d->tokens[b + 1]) ||
                                        (b + 2 < open_tok && d->tok_mention[b + 2] >= 0)))))) ||
             (t->kind == TOK_WORD && t->fold_len == 1 && t->span.end - t->span.start == 1)))
            return b; /* not "جاء في بيان الخارجية": the statement's author speaks */
    }
    for (int32_t j = b; j < open_tok; j++) {
        const struct token *t = &d->tokens[j];
        if (q->opens[j] >= 0) {
            const struct region *r = &q->r[q->opens[j]];
            j = r->close >= 0 ? r->close : r->inner_e;
            continue;
        }
        /* "ويتابع النائب في حديثه للوكالة، أن": a preposition before a statement noun
         * opens the circumstance of speaking */
        /* (right after the verb too, when no author is the statement's genitive: "إذ كتب
         * في مقال نشرته مجلة X أن" has its subject elided, the magazine only publishes;
         * not after جاء، ورد: "جاء في بلاغ أصدرته الوزارة" is the ministry's) */
        /* (or where it was published, in ب or في: "وكتب في مقال بمجلة «...» أن") */
        if (t->kind == TOK_WORD && (tok_kinds(t) & LEX_STOP) && !tok_has_article(t) && j + 1 < open_tok) {
            const struct token *after = j + 2 < open_tok ? &d->tokens[j + 2] : NULL;
            /* (or whom it was told, in ل, or its kind: "فاعتبر في تصريحات للصحافيين أن"،
             * "في تصريحات صحفية") */
            int venue = after && (tok_is_fi(after) ||
                                  (after->lex_prefix && (after->fold[after->lex_prefix - 1] == 0x0628 ||
                                                         after->fold[after->lex_prefix - 1] == 0x0644)) ||
                                  (!after->lex_prefix && !tok_has_article(after) && tok_nisba_ending(after) &&
                                   d->tok_mention[j + 2] < 0));
            if (tok_is_statement_word(q->lx, &d->tokens[j + 1]) &&
                (j > b || (after && b > 0 && d->tokens[b - 1].lex && !d->tokens[b - 1].lex->verb_in &&
                           (venue || (d->tok_mention[j + 2] < 0 && !tok_has_article(after) &&
                                      tok_pronoun_suffixed(d, after))))))
                return j;
            /* "وقال المدير في تدخله على المباشر:": في and a common noun with the subject's
             * pronoun, after the subject, is where or how it was said */
            /* (or a bare noun in construct with one that carries it: "وذكرت المحكمة في
             * أسباب حكمها أن") */
            if (j > b && t->fold_len == 2 && t->fold[0] == 0x0641 && t->fold[1] == 0x064A &&
                (d->tokens[j + 1].flags & TOKF_COMMON) && d->tok_mention[j + 1] < 0 &&
                (tok_pronoun_suffixed(d, &d->tokens[j + 1]) ||
                 (j + 2 < open_tok && !tok_has_article(&d->tokens[j + 1]) && !d->tokens[j + 1].lex_prefix &&
                  (d->tokens[j + 2].flags & TOKF_COMMON) && d->tok_mention[j + 2] < 0 &&
                  tok_pronoun_suffixed(d, &d->tokens[j + 2]))))
                return j;
        }
        /* "وقال مخاطبا رئيس الوزراء:": a participle in the accusative and whom it addresses,
         * before the colon, say how; the subject ends before it (elided right after the verb) */
        /* (its alef, not ة: "علقت مشاهدة من قسنطينة:" is a viewer, the subject) */
        if (open_tok - j >= 2 && open_tok - j <= 5 && is_colon(d, open_tok) && tok_manner_participle(t) &&
            t->fold[t->fold_len - 1] == 0x0627 && d->tok_mention[j] < 0)
            return j;
        /* "ردّ الوزير الروسي بسؤال مضاد:": a common noun in ب and at most two common words
         * before the colon say how, after the subject */
        if (j > b && open_tok - j <= 3 && is_colon(d, open_tok)) {
            if (!names_someone(d, j, open_tok) && tok_manner_before_colon(d, q->lx, j))
                return quotes_before_object_preposition(d, q->lx, b, j, 1);
            /* "ويضيف الخباز مبتسما:": how it was said, after the subject, in the
             * accusative's alef (not "قالت سيدة مسنة:", the subject's adjective) */
            if (j + 1 == open_tok && t->kind == TOK_WORD && t->fold[t->fold_len - 1] == 0x0627 &&
                how_it_was_said(d, j, open_tok))
                return j;
        }
        /* "اكتفى المتحدث بكلمة واحدة:"، "ختم حديثه ببيان": a statement in ب says what
         * the words were, after the subject */
        if (t->kind == TOK_WORD && t->lex_prefix > 0 && t->fold[t->lex_prefix - 1] == 0x0628 &&
            (tok_kinds(t) & LEX_STATEMENT) && d->tok_mention[j] < 0)
            return quotes_before_object_preposition(d, q->lx, b, j, 1);
        /* "واختتم زيدان الجلسة بالتأكيد على أن"، "واكتفى بالقول:": a masdar in ب (after the subject and
         * the verb's object, or right after the verb) says how the words were said; the subject ends before it */
        if (said_in_ba(d, j, open_tok))
            return quotes_before_object_preposition(d, q->lx, b, j, 1);
        if (!(tok_is_comma(t) || tok_is_dash(t) || t->fold[0] == '('))
            continue;
        if (j == b)
            return b;
        if (t->fold[0] == '(') {
            /* الأمين العام لحلف شمال الأطلسي (ناتو)، مارك روته، أن: an abbreviation */
            int32_t c = j + 1;
            while (c < open_tok && c - j <= 4 && d->tokens[c].fold[0] != ')')
                c++;
            if (c + 1 < open_tok && c - j <= 4 && tok_is_comma(&d->tokens[c + 1])) {
                j = c;
                continue;
            }
            /* (a body's name after its head, as agency copy writes it: صحيفة (ازفستيا)) */
            if (c < open_tok && c - j <= 4 && j > b && (tok_kinds(&d->tokens[j - 1]) & LEX_ORG_HEAD) &&
                d->tok_mention[j + 1] >= 0) {
                j = c;
                continue;
            }
        }
        int32_t m = j + 1 < open_tok ? d->tok_mention[j + 1] : -1;
        if (tok_is_comma(t) && m < 0)
            m = person_after_role(d, j + 1, open_tok); /* الخبير ...، اللواء المتقاعد X، أن */
        if (tok_is_comma(t) && m < 0 && (tok_kinds(&d->tokens[b]) & (LEX_TITLE | LEX_ROLE_NOUN)))
            m = person_after_second_aside(d, j + 1, open_tok);
        if (tok_is_comma(t) && m >= 0 && d->entities[d->mentions[m].entity].type == ENT_PERSON) {
            int32_t after = d->mentions[m].tok_end;
            if (after >= open_tok || tok_is_comma(&d->tokens[after]))
                return after < open_tok ? after : open_tok;
        }
        return j;
    }
    return open_tok;
}

static int media_head_word(const struct token *t);

/* "نقلت (إن إتش كيه) عن (كيودو) عن مسؤول": an outlet relayed relays in turn, and the
 * speaker is after the last عن. From b, the start of what the relay names, the token of
 * the next عن when what stands before it is an outlet (its abbreviation in parentheses,
 * an adjective), or -1. */
static int32_t relay_chain_next(const struct qctx *q, int32_t b, int32_t end)
{
    const struct doc *d = q->d;
    int media = 0;
    for (int32_t k = b; k < end && k - b < 8; k++) {
        const struct token *t = &d->tokens[k];
        int32_t m = d->tok_mention[k];
        if (k > b && tok_is_an(t))
            return media ? k : -1;
        media |= (m >= 0 && (d->entities[d->mentions[m].entity].classes & CLASS_MEDIA)) || media_head_word(t);
        if (tok_is_comma(t) || is_complementizer(q, k) || relayed_saying_noun(t) ||
            (t->kind == TOK_PUNCT && !tok_is_char(t, '(') && !tok_is_char(t, ')') && !is_mark(t)))
            return -1;
    }
    return -1;
}

/* Words of the relay construction نقل X عن Y قوله (علمت X من Y أن): the speaker is Y. */
static int relay_speaker(const struct qctx *q, int32_t v, int32_t end, int32_t *b, int32_t *e)
{
    static const UChar an[] = {0x0639, 0x0646}, ila[] = {0x0627, 0x0644, 0x064A}, min[] = {0x0645, 0x0646};
    const struct doc *d = q->d;
    const UChar *by = d->tokens[v].lex && d->tokens[v].lex->verb_relay == 2 ? min : an;
    int commas = 0;
    for (int32_t j = v + 1; j < end && j - v < 15; j++) {
        const struct token *t = &d->tokens[j];
        commas += tok_is_comma(t);
        if (t->kind == TOK_WORD && ((t->fold_len == 2 && !memcmp(t->fold, by, sizeof an)) ||
                                    (t->fold_len == 3 && !memcmp(t->fold, ila, sizeof ila)))) {
            /* "ونقل النائب X، أمين اللجنة عن الحزب الحاكم، عن الجهاز قوله": an عن inside
             * an aside on the relayer is not the relay's; the one after the aside is */
            if (commas % 2) {
                int32_t c = j + 1;
                while (c < end && c - j < 12 && !tok_is_comma(&d->tokens[c]) && d->tokens[c].kind != TOK_PUNCT)
                    c++;
                if (c + 1 < end && tok_is_comma(&d->tokens[c]) && d->tokens[c + 1].kind == TOK_WORD &&
                    d->tokens[c + 1].fold_len == 2 && !memcmp(d->tokens[c + 1].fold, by, sizeof an)) {
                    j = c;
                    commas++;
                    continue;
                }
            }
            for (int32_t chain = relay_chain_next(q, j + 1, end); chain >= 0; chain = relay_chain_next(q, j + 1, end))
                j = chain;
            *b = j + 1;
            /* (the source in marks: "نقلت صفحة محلية عن "مصدر عسكري" قوله", the words the
             * page used, the marks no part of them) */
            int32_t r = j + 1 < end ? q->opens[j + 1] : -1;
            if (r >= 0 && q->r[r].close > j + 2 && q->r[r].close + 1 < end && q->r[r].words <= 3 &&
                relayed_saying_noun(&d->tokens[q->r[r].close + 1])) {
                *b = j + 2;
                *e = q->r[r].close;
                return 1;
            }
            int32_t k = j + 1;
            while (k < end && k - j < 16) {
                const struct token *u = &d->tokens[k];
                const struct lex_entry *le;
                int32_t m = k + 1 < end ? d->tok_mention[k + 1] : -1;
                if (tok_is_comma(u) && m >= 0 && d->entities[d->mentions[m].entity].type == ENT_PERSON) {
                    k = d->mentions[m].tok_end; /* عن نائبة مدير ...، سون هي-يونغ، قولها */
                    continue;
                }
                if (tok_is_comma(u) && k > j + 1) {
                    /* إلى كيم جونغ أون، الذي أشرف على ...، قوله; عن عامل سابق، فرّ إلى
                     * سيول، قوله: an aside on the speaker; the phrase ends before it */
                    *e = k;
                    return 1;
                }
                if (u->kind == TOK_PUNCT || is_complementizer(q, k) ||
                    (phrase_at(q, k, end, LEX_TAG, &le) == 0 && relayed_saying_noun(u)))
                    break;
                k++;
            }
            *e = k;
            return k > j + 1;
        }
    }
    return 0;
}

/* "نقل X عنه/عنها/عنهم": the relayed speaker is a pronoun. Returns its token (its gender
 * in *g) within the verb's clause, or -1. */
static int32_t relay_pronoun(const struct doc *d, int32_t v, int32_t end, uint8_t *g)
{
    for (int32_t j = v + 1; j < end && j - v <= 8; j++) {
        const struct token *t = &d->tokens[j];
        if (tok_is_quote_mark(t) || tok_is_char(t, '(') || tok_is_char(t, ')'))
            continue; /* نقلت وكالة "نوفوستي" عنها، نقلت وكالة الأنباء (إرنا) عنه */
        if (t->kind != TOK_WORD)
            return -1;
        /* عنه، عنها، عنهم; إليه، إليها، إليهم ("ونسبت إليه قوله") */
        int32_t p = t->fold_len >= 3 && t->fold[0] == 0x0639 && t->fold[1] == 0x0646 ? 2
                    : t->fold_len >= 4 && t->fold[0] == 0x0627 && t->fold[1] == 0x0644 && t->fold[2] == 0x064A ? 3
                                                                                                              : 0;
        uint8_t pg;
        if (!tok_pronoun_after(t, p, &pg))
            continue;
        /* (إليه relays only before قوله: "نقلت الحكومة إليه الملف" moves a file) */
        const struct token *u = j + 1 < end ? &d->tokens[j + 1] : NULL;
        if (p == 3 && !(u && relayed_saying_noun(u)))
            continue;
        *g = pg;
        return j;
    }
    return -1;
}

/* The first person or organisation mentioned in the clause that ends before token e
 * (back to a comma, a clause word, a complementizer or the sentence's start), or -1. */
static int32_t clause_first_actor(const struct qctx *q, int32_t e)
{
    const struct doc *d = q->d;
    int32_t sb = d->sentences[d->tokens[e].sentence].tok_begin, b = e;
    while (b > sb && !tok_is_comma(&d->tokens[b - 1]) && !(tok_kinds(&d->tokens[b - 1]) & LEX_CONJ_BREAK) &&
           !is_complementizer(q, b - 1) && e - b < 12)
        b--;
    for (int32_t k = b; k < e; k++) {
        int32_t m = d->tok_mention[k];
        if (m >= 0 && (d->entities[d->mentions[m].entity].type == ENT_PERSON ||
                       d->entities[d->mentions[m].entity].type == ENT_ORG) && d->mentions[m].tok_end <= e)
            return m;
    }
    return -1;
}

/* "في خطوة وصفها مراقبون بأنها «...» في مواجهة ...، وقّع X": is the verb at v in a
 * clause on the indefinite noun before it? Such a clause, before the sentence's own,
 * ends at its comma. */
static int on_indefinite_noun(const struct doc *d, int32_t v)
{
    const struct token *t = v > 0 ? &d->tokens[v - 1] : NULL;
    return t && t->kind == TOK_WORD && !tok_has_article(t) && d->tok_mention[v - 1] < 0 && !t->lex_prefix &&
           !(tok_kinds(t) & ~(uint32_t)(LEX_TOPIC | LEX_PHRASE_START));
}

/* The first comma in [b, e), or e. */
static int32_t first_comma(const struct doc *d, int32_t b, int32_t e)
{
    for (int32_t c = b; c < e; c++)
        if (tok_is_comma(&d->tokens[c]))
            return c;
    return e;
}

static int32_t np_before(const struct qctx *q, int32_t v)
{
    const struct doc *d = q->d;
    /* "فالحكومة، على لسان ناطقها الرسمي X، اكتفت بالقول إن": a relay set off by commas
     * right before the verb names who speaks for the subject */
    if (v >= 4 && tok_is_comma(&d->tokens[v - 1])) {
        int32_t sb = sent_begin(d, v);
        for (int32_t c = v - 2; c > sb && v - c <= 12; c--) {
            if (!tok_is_comma(&d->tokens[c])) {
                if (d->tokens[c].kind == TOK_PUNCT)
                    break;
                continue;
            }
            const struct lex_entry *e;
            int32_t n = phrase_at(q, c + 1, v - 1, LEX_SOURCE, &e);
            if (n > 0 && e->source_kind == SOURCE_RELAY && c + 1 + n < v - 1)
                return c + 1 + n;
            break;
        }
    }
    int32_t b = tok_subject_before(d, v);
    /* ("... ان بيونغ يانغ حصلت على ما تريد واضاف ان": a verb in و after the words of a
     * clause in أن joins the speaker's verb; those words are no subject of its) */
    if (b < v && b > 0 && d->tokens[v].lex_prefix == 1 && d->tokens[v].fold[0] == 0x0648 && is_complementizer(q, b - 1))
        return v;
    return b;
}

/* Does an attached pronoun stand for the subject just before the verb (لكنه يعتبر)? */
static int pronoun_before(const struct doc *d, int32_t v)
{
    if (v > 1 && tok_marker(d, v - 1, MARK_NEGATION))
        v--; /* "إلا أنه لم يستبعد" */
    if (v == 0 || d->tokens[v - 1].sentence != d->tokens[v].sentence)
        return 0;
    const struct token *t = &d->tokens[v - 1];
    if (t->kind != TOK_WORD || t->fold_len < 3)
        return 0;
    UChar last = t->fold[t->fold_len - 1];
    /* لكنه، إنه، بل إنها ...: a particle carrying ه / ها / هم */
    uint32_t k = tok_kinds(t);
    return (k & (LEX_STOP | LEX_CONJ_BREAK | LEX_COMPLEMENTIZER)) && (last == 0x0647 || last == 0x0627 || last == 0x0645);
}

/* وأن ...: a second reported clause under the same cue becomes a quotation of its own,
 * with the same cue and speaker. `ce` is where the previous clause stopped. */
static int siblings(struct qctx *q, struct quote *first, int32_t ce, int32_t end)
{
    struct doc *d = q->d;
    struct quote proto = *first;
    int n = 1;
    while (ce < end) {
        int32_t c = ce;
        while (c < end && tok_is_comma(&d->tokens[c]))
            c++;
        /* "إن A، على حد تعبيره، وإن B": a tag between two clauses is medial and stays
         * inside the one quotation (only a trailing tag is cut) */
        const struct lex_entry *tag;
        int32_t tag_len = c > ce && c < end ? phrase_at(q, c, end, LEX_TAG, &tag) : 0;
        if (tag_len > 0 && (tag->kinds & LEX_TAG)) {
            c += tag_len;
            if (c >= end || !tok_is_comma(&d->tokens[c]))
                break;
            while (c < end && tok_is_comma(&d->tokens[c]))
                c++;
        } else {
            tag_len = 0;
        }
        if (c >= end || !is_coordinated_complementizer(q, c))
            break;
        int32_t cs = c + 1;
        int32_t region = cs < end ? q->opens[cs] : -1;
        int32_t e2;
        if (region >= 0 && q->r[region].close >= 0)
            e2 = clause_end(q, q->r[region].close, end);
        else
            e2 = clause_end(q, cs, end);
        if (e2 <= cs)
            break;
        /* "أن A، وأن "B" منذ ...": B only opens with a quoted fragment — one mixed
         * quotation, as with an unquoted B */
        int partly_quoted = 0;
        for (int32_t j = region >= 0 ? q->r[region].close + 1 : e2; j < e2 && !partly_quoted; j++)
            partly_quoted = d->tokens[j].kind == TOK_WORD;
        /* (and "أن A «...»، وأن «B»": after a comma a wholly quoted B goes on the same
         * quotation; written without one, "«A» وأن «B»", B is a quotation of its own) */
        int after_comma = c > ce && tok_is_comma(&d->tokens[c - 1]);
        if (tag_len || region < 0 || partly_quoted || after_comma) {
            /* "قال إن A، وإن B" with B unquoted: one quotation of both clauses */
            struct quote *last = &d->quotes[d->n_quotes - 1];
            struct quote joined = *last;
            set_content(q, &joined, last->content_tb, e2);
            if (joined.content.start < 0)
                break;
            *last = joined;
            ce = e2;
            continue;
        }
        /* "إن “A” وأن “B”": a second quotation of its own */
        struct quote *qt = new_quote(q);
        if (!qt)
            return -1;
        *qt = proto;
        set_content(q, qt, cs, e2);
        if (qt->content.start < 0) {
            d->n_quotes--;
            break;
        }
        n++;
        ce = e2;
    }
    return n;
}

static int english_preposition(const struct token *t)
{
    return tok_is_english_preposition(t);
}


/* "X, speaking at a briefing, said": the subject before an aside set off by commas.
 * Returns its first token and sets *end_tok to the comma, or -1. */
static int32_t aside_subject(const struct qctx *q, int32_t v, int32_t *end_tok)
{
    const struct doc *d = q->d;
    int32_t sb = sent_begin(d, v);
    if (v - 1 <= sb || !tok_is_comma(&d->tokens[v - 1]))
        return -1;
    for (int32_t c = v - 2; c > sb && v - c < 14; c--) {
        if (!tok_is_comma(&d->tokens[c]))
            continue;
        /* "secretary, Haruki Sone, told": the aside is the name */
        int32_t m = d->tok_mention[c + 1];
        if (m >= 0 && d->mentions[m].tok_end == v - 1 && d->entities[d->mentions[m].entity].type == ENT_PERSON) {
            if (end_tok)
                *end_tok = v - 1;
            return c + 1;
        }
        int32_t b = np_before(q, c);
        if (b < c) {
            if (end_tok)
                *end_tok = c;
            return b;
        }
        return -1;
    }
    return -1;
}

/* "مصدر عسكري رفيع، فضّل حجب اسمه، أبلغ ... أن"، "الوزير، وهو عائد من موسكو، قال إن": an
 * aside on the subject that opens the sentence, "، وهو ..." or, after an indefinite
 * subject, a bare verb (a relative clause without الذي) that reports nothing itself. */
static int aside_on_subject(const struct doc *d, int32_t b, int32_t a)
{
    const struct token *at = &d->tokens[a];
    if (tok_is_wa_huwa(at))
        return 1;
    /* (the subject may follow the sentence's opening "غير أن"، "إلا أن": "غير أن
     * دبلوماسيا غربيا، فضّل حجب اسمه، قال") */
    int32_t sb = sent_begin(d, b);
    int opens = b == sb || (b == sb + 2 && (tok_kinds(&d->tokens[sb + 1]) & LEX_COMPLEMENTIZER) &&
                            (tok_kinds(&d->tokens[sb]) & LEX_STOP));
    /* (a phrase that opens with a preposition says when or where, no subject: "وعلى
     * هامش حفل أقامته السفارة، أمّن السفير X على ...، وقال") */
    /* (and so does one in و: "ومن الإسكندرية، اتصلت المستمعة X، وقالت") */
    const struct token *bt = &d->tokens[b];
    if (bt->fold_len == 3 && bt->fold[0] == 0x0648 &&
        ((bt->fold[1] == 0x0645 && bt->fold[2] == 0x0646) || (bt->fold[1] == 0x0641 && bt->fold[2] == 0x064A) ||
         (bt->fold[1] == 0x0639 && bt->fold[2] == 0x0646)))
        return 0;
    return opens && !tok_has_article(bt) && !(tok_kinds(bt) & LEX_STOP) &&
           at->kind == TOK_WORD && !at->lex_prefix &&
           !tok_has_article(at) && d->tok_mention[a] < 0 &&
           !(tok_kinds(at) & (LEX_STOP | LEX_TITLE | LEX_ROLE_NOUN | LEX_VERB));
}

/* Does the phrase [b, e) name someone: an entity, a role, a group? */
static int names_someone(const struct doc *d, int32_t b, int32_t e)
{
    for (int32_t k = b; k < e; k++)
        if (d->tok_mention[k] >= 0 || (tok_kinds(&d->tokens[k]) & (LEX_ROLE_NOUN | LEX_TITLE | LEX_GROUP)))
            return 1;
    return 0;
}

/* Does the phrase name an entity, or a group of people (ناشطون)? Not an evidential noun
 * (التقديرات). */
static int names_entity(const struct doc *d, int32_t b, int32_t e)
{
    for (int32_t k = b; k < e; k++)
        if (d->tok_mention[k] >= 0 || (tok_kinds(&d->tokens[k]) & LEX_GROUP))
            return 1;
    return 0;
}

/* "في مكتب صغير بشارع النبي دانيال، يتابع X ... شاشة": a phrase in a preposition alone,
 * with no clause in it, sets the scene of what follows; it is no one's words. */
static int scene_before(const struct qctx *q, int32_t b, int32_t e)
{
    const struct doc *d = q->d;
    /* (a scene is a short phrase: the bound keeps many cues after a long one linear) */
    /* (with و on it too: "وفي حوار مع سبوتنيك، أجاب الباحث X عن أسئلتنا" tells where
     * he answered, not what) */
    const struct token *t = &d->tokens[b];
    int wa_fi_or_maa = t->kind == TOK_WORD && t->fold_len == 3 && t->fold[0] == 0x0648 &&
                       ((t->fold[1] == 0x0641 && t->fold[2] == 0x064A) || (t->fold[1] == 0x0645 && t->fold[2] == 0x0639));
    if (e - b > 24 || !(standalone_preposition(t) || wa_fi_or_maa))
        return 0;
    for (int32_t k = b + 1; k < e; k++) {
        /* (a short name in marks is part of it: في حوار مع "سبوتنيك") */
        int32_t r = q->opens[k];
        if (r >= 0 && q->r[r].close > k && q->r[r].close < e && q->r[r].words <= 3) {
            k = q->r[r].close;
            continue;
        }
        if (d->tokens[k].kind == TOK_PUNCT || r >= 0 || is_complementizer(q, k) || (tok_kinds(&d->tokens[k]) & LEX_VERB))
            return 0;
    }
    return 1;
}

/* "...، اكتفت بهز رأسها": a verb whose ب word is its complement (the lexicon's ba)
 * names no one with it, unless that word is a name already found (اكتفى بيرنز بالقول) */
static __attribute__((noinline)) int verb_ba_complement(const struct doc *d, int32_t v)
{
    const struct token *vt = &d->tokens[v], *t = &d->tokens[v + 1];
    return vt->lex && vt->lex->verb_ba && t->kind == TOK_WORD && t->fold_len > 2 && t->fold[0] == 0x0628 &&
           d->tok_mention[v + 1] < 0;
}

/* "«...»، قال مبتسما."، "«...»، قالها وهو يشير إلى الشاشة": after the verb, only how or
 * while it was said — a participle in the accusative ending the clause, or a clause in
 * وهو/وهي — and no one named. */
static __attribute__((noinline)) int said_while(const struct doc *d, int32_t v, int32_t after_v)
{
    const struct token *t = &d->tokens[v + 1];
    if (tok_is_wa_huwa(t))
        return 1;
    int32_t n = t->fold_len;
    return after_v == v + 2 && t->kind == TOK_WORD && (t->flags & TOKF_ARABIC) && !t->lex_prefix &&
           !tok_has_article(t) && !(tok_kinds(t) & (LEX_FIRST_NAME | LEX_FAMILY_NAME | LEX_TITLE)) && n >= 5 &&
           n <= 7 && t->fold[0] == 0x0645 && t->fold[n - 1] == 0x0627 && d->tok_mention[v + 1] < 0;
}

/* At k, a bare common word no list reads as part of a name: the adjective of a manner
 * noun before it (بصوت هادئ، بنبرة حادة), not a speaker. */
static int manner_adjective(const struct doc *d, int32_t k)
{
    const struct token *t = &d->tokens[k];
    if (t->kind != TOK_WORD || t->lex_prefix || tok_has_article(t) || !(t->flags & TOKF_COMMON) ||
        (tok_kinds(t) & (LEX_FAMILY_NAME | LEX_NAME_PARTICLE | LEX_TITLE | LEX_ROLE_NOUN | LEX_GROUP)))
        return 0;
    /* (a given name that is also a word, هادئ read as هادي, is the adjective unless a
     * name goes on after it) */
    return !(tok_kinds(t) & LEX_FIRST_NAME) || k + 1 >= d->n_tokens || d->tokens[k + 1].kind != TOK_WORD;
}

/* The words said stand before the cue: “...”، قال X / “...,” Putin said / “...,” said X
 * (a quotation), or CONTENT, the agency said. (a clause, when the verb ends its own).
 * Returns the content's first token or -1; sets the region or *post_end, and the speaker
 * phrase when it follows the verb. */
static int speaker_like(const struct qctx *q, int32_t b, int32_t e);

static int32_t words_before(struct qctx *q, int32_t v, int32_t end, int32_t *region, int32_t *np_b, int32_t *np_e,
                            int32_t *post_end)
{
    const struct doc *d = q->d;
    int32_t sb = sent_begin(d, v);
    int32_t subj = np_before(q, v);
    /* ("«...»، لأن البنوك المراسلة باتت تسأل عن": the speaker's reason, whose verb
     * reports nothing before it) */
    if (subj < v && speakers_reason(&d->tokens[subj]))
        return -1;
    int32_t p = (subj < v ? subj : v) - 1;
    if (d->lang == LANG_EN && subj < v) {
        /* “...,” Pentagon press secretary Maj. Gen. Pat Ryder told: the words of the
         * subject's title before its name */
        int32_t b = p;
        while (b > sb && p - b < 8 && (d->tokens[b].kind == TOK_WORD || d->tokens[b].fold[0] == '.'))
            b--;
        if (b < p && (tok_is_comma(&d->tokens[b]) || q->closes[b] >= 0))
            p = b;
    }
    int comma = p >= 0 && tok_is_comma(&d->tokens[p]);
    while (p > 0 && tok_is_comma(&d->tokens[p]))
        p--;
    if (p < 0)
        return -1;
    int32_t ri = q->closes[p];
    /* (not "... في «الصباح الجديد»، داعية": a paper's name, or a title, before the cue) */
    if (ri >= 0 && q->r[ri].open > 0 && q->r[ri].words <= 4 &&
        (tok_is_fi(&d->tokens[q->r[ri].open - 1]) || tok_marker(d, q->r[ri].open - 1, MARK_TITLE_WORD)))
        return -1;
    /* "«...»، قال الخبير العسكري في جامعة واسيدا X لـ"مشرق"": the speaker runs to the
     * outlet it spoke to, or to the end of the clause */
    /* (after "for her part": "«...»، قالت من جهتها X، الباحثة في ...") */
    int32_t subj_b = v + 1 + tok_aside_after_verb(d, v + 1, end);
    int32_t after_v = subj_b;
    while (after_v < end && after_v - v < 16) {
        /* (a short quoted name: «...»، يقول "كانغ" (اسم مستعار)) */
        int32_t ro = q->opens[after_v];
        if (after_v == v + 1 && ro >= 0 && q->r[ro].close >= 0 && q->r[ro].words <= 3 && q->r[ro].close < end) {
            after_v = q->r[ro].close + 1;
            continue;
        }
        if (d->tokens[after_v].kind != TOK_WORD || is_complementizer(q, after_v) ||
            (tok_kinds(&d->tokens[after_v]) & (LEX_VERB | LEX_CONJ_BREAK)) || tok_is_lone_lam(&d->tokens[after_v]))
            break;
        after_v++;
    }
    if (ri >= 0 && q->r[ri].words >= 3) {
        *region = ri;
        if (subj == v) { /* inversion: "..., said X" */
            /* (after how it was said: "«...»، قالها بحسرة أبو عمر") */
            *np_b = v + 2 < after_v && tok_is_manner_after_ba(d, q->lx, v + 1, 0) ? v + 2 : subj_b;
            /* (with the manner's own adjective: "«...»، تقول بصوت هادئ" names no one) */
            while (*np_b > subj_b && *np_b < after_v && *np_b - v <= 3 && manner_adjective(d, *np_b))
                (*np_b)++;
            *np_e = after_v;
            if (v + 1 < after_v && said_while(d, v, after_v))
                *np_b = *np_e; /* the subject is elided */
        }
        return q->r[ri].open;
    }
    /* a clause and then "the X said": only when the verb closes its clause */
    int32_t next = subj < v ? v + 1 : after_v;
    /* the verb ends its clause, or only a short circumstance follows ("said in a
     * statement.", "showed on Monday.") */
    int closes_clause = next >= end || d->tokens[next].kind == TOK_PUNCT ||
                        (english_preposition(&d->tokens[next]) && end - next <= 6);
    /* "...، وأكد دعمه": a verb joined by و or ف starts a clause of its own; it never
     * reports the clause before it */
    const struct token *vt = &d->tokens[v];
    int joined = vt->lex_prefix > 0 && (vt->fold[0] == 0x0648 || vt->fold[0] == 0x0641);
    /* a participle (متهما بيونغ يانغ بـ...) continues its own clause's subject */
    enum verb_aspect asp = ASPECT_PAST;
    is_verb(vt, &asp);
    /* (nor a verb whose complement follows it: "...، ليختم بصور أرشيفية لجنود في كورسك"
     * concludes with pictures, and names no one after it) */
    if (subj == v && subj_b < end &&
        (standalone_preposition(&d->tokens[subj_b]) || tok_is_manner_after_ba(d, q->lx, v + 1, 0) ||
         verb_ba_complement(d, v)))
        return -1;
    /* (nor one with a clause of its own after it: "منذ أن ...، يتساءل المراقبون عما تبقى
     * من منظومة العقوبات ..." asks about what follows) */
    if (subj == v && after_v - v > POST_SPEAKER_MAX)
        return -1;
    /* (nor one whose subject is the person just named before the comma: "لكن الخبير ...،
     * المحامي القطري خالد الكواري، يرى الأمر أكثر تعقيدا") */
    if (subj == v && comma && d->tok_mention[p] >= 0 && d->mentions[d->tok_mention[p]].tok_end == p + 1 &&
        d->entities[d->mentions[d->tok_mention[p]].entity].type == ENT_PERSON)
        return -1;
    /* (and the words after the verb must name someone who can speak: in "أن الأردن، كغيره
     * من الدول العربية، يتابع الملف من زاوية اقتصادية" the verb has its own object) */
    if (comma && closes_clause && !joined && asp != ASPECT_PARTICIPLE && p - sb >= 3 && d->tokens[p].sentence == d->tokens[v].sentence &&
        !scene_before(q, sb, p + 1) && !occasion_at(q, sb, end) && (subj < v || speaker_like(q, subj_b, after_v))) {
        if (subj == v) {
            *np_b = subj_b;
            *np_e = after_v;
        }
        *post_end = p + 1;
        return sb;
    }
    return -1;
}

/* hailed the treaty as a “groundbreaking document” that “reflects ...”: quoted fragments
 * joined by a word or two ("that", "and", "but also") are one quotation. Returns the end
 * of the last fragment, from the end `e` of the first. */
static int32_t joined_fragments(const struct qctx *q, int32_t e, int32_t end)
{
    const struct doc *d = q->d;
    for (;;) {
        int32_t g = e, words = 0;
        while (g < end && words <= 2 && q->opens[g] < 0 && !is_stop_punct(&d->tokens[g]))
            words += d->tokens[g++].kind == TOK_WORD;
        if (g >= end || words < 1 || words > 2 || q->opens[g] < 0 || q->r[q->opens[g]].close < 0)
            return e;
        e = q->r[q->opens[g]].close + 1;
    }
}

/* The same, backwards: a short fragment (“dangerous precedent”, too short to be a
 * quotation alone) joined to the quotation that starts at `cs`, after the verb `v`. */
static int32_t earlier_fragment(const struct qctx *q, int32_t cs, int32_t v)
{
    const struct doc *d = q->d;
    for (;;) {
        int32_t g = cs - 1, words = 0;
        while (g > v && words <= 2 && q->closes[g] < 0 && !is_stop_punct(&d->tokens[g]))
            words += d->tokens[g--].kind == TOK_WORD;
        if (g <= v || words < 1 || words > 2 || q->closes[g] < 0 || q->r[q->closes[g]].open <= v)
            return cs;
        cs = q->r[q->closes[g]].open;
    }
}

/* The subject of "كان X ... قد" before the قد at `qad`: the words after كان up to the
 * first comma. */
static int kana_subject(const struct qctx *q, int32_t qad, int32_t *b, int32_t *e)
{
    const struct doc *d = q->d;
    int32_t sb = sent_begin(d, qad);
    for (int32_t k = qad - 1; k >= sb && qad - k <= 40; k--) {
        if (!tok_is_kana(&d->tokens[k]))
            continue;
        int32_t j = k + 1;
        while (j < qad && !tok_is_comma(&d->tokens[j]))
            j++;
        if (j == k + 1)
            return 0;
        *b = k + 1;
        *e = j;
        return 1;
    }
    return 0;
}

/* "Officials said the move was symbolic": an English clause reported with no "that". The
 * subject stands before the verb, perhaps before an aside ("X, speaking at ..., said"),
 * or is shared with a previous verb ("... and said"); a participle has its clause's
 * subject. */
static int no_that_clause(const struct qctx *q, int32_t v, int32_t end, enum verb_aspect asp)
{
    const struct doc *d = q->d;
    if (v + 1 >= end)
        return 0;
    const struct token *n1 = &d->tokens[v + 1];
    int32_t words = 0;
    for (int32_t j = v + 1; j < end && words < 4; j++)
        words += d->tokens[j].kind == TOK_WORD;
    int subject = np_before(q, v) < v || asp == ASPECT_PARTICIPLE || coordinated(d, v) || aside_subject(q, v, NULL) >= 0;
    /* "said about 10,000 troops were sent": a quantity, not a topic */
    int quantity = v + 2 < end && d->tokens[v + 2].kind == TOK_NUMBER;
    return subject && n1->kind == TOK_WORD && (!english_preposition(n1) || quantity) && !(tok_kinds(n1) & LEX_VERB) &&
           words >= 4;
}

/* "كتبت ريما حداد في "النهار":" on one of the article's first lines: the byline of the
 * writer, whose article follows as narration, not as one quotation. (Later in the text
 * "وكتب X على منصة إكس:" does introduce the post quoted on the next line.) */
static int writes_byline(const struct doc *d, int32_t v)
{
    static const UChar katab[] = {0x0643, 0x062A, 0x0628};
    const struct token *t = &d->tokens[v];
    int32_t n = t->fold_len - t->lex_prefix;
    if (t->kind != TOK_WORD || (n != 3 && !(n == 4 && t->fold[t->fold_len - 1] == 0x062A)) ||
        memcmp(t->fold + t->lex_prefix, katab, sizeof katab) != 0 || v > 200)
        return 0; /* (a byline stands among the first words: the count below stays short) */
    int lines = 0;
    for (int32_t k = 1; k <= v && lines < 3; k++)
        lines += (d->tokens[k].flags & TOKF_NEWLINE_BEFORE) != 0;
    if (lines >= 3)
        return 0;
    /* "كتب: أحمد سمير - الخميس ...": the label, its colon, then the writer */
    if (v + 1 < d->n_tokens && is_colon(d, v + 1) && (t->flags & TOKF_NEWLINE_BEFORE))
        return 1;
    int32_t k = v + 1;
    while (k < d->n_tokens && k - v <= 10 && !(d->tokens[k].flags & TOKF_NEWLINE_BEFORE))
        k++;
    /* the line ends with its colon */
    return k - v <= 10 && k - 1 > v && is_colon(d, k - 1);
}

/* Words of the narrator that look like a cue: "يُذكر أن ..." opening a sentence ("it is
 * worth recalling that"), and a byline label. */
static int narrator_aside(const struct qctx *q, int32_t v)
{
    const struct doc *d = q->d;
    const struct token *t = &d->tokens[v];
    int32_t p = t->lex_prefix;
    /* the word behind the clitic its reading took off: ويُذكر أن too (not ويذكّر بأن,
     * "he reminds that": the narrator's passive takes its أن bare) */
    if (v == sent_begin(d, v) && tok_marker_after(d, v, p, MARK_NARRATOR) && v + 1 < d->n_tokens &&
        is_complementizer(q, v + 1) && d->tokens[v + 1].fold[0] != 0x0628)
        return 1;
    /* "وتجدر الإشارة إلى أن": a masdar after the narrator's verb ("it is worth pointing out") */
    if (v > 0 && v - 1 == sent_begin(d, v) &&
        (tok_marker_after(d, v - 1, 0, MARK_NARRATOR) || tok_marker_after(d, v - 1, 1, MARK_NARRATOR)))
        return 1;
    /* "للتذكير، فإن ...", "للإشارة، ...": a masdar after ل opening the sentence is the
     * narrator's "as a reminder" */
    if (v == sent_begin(d, v) && t->lex && t->lex->verb_aspect == ASPECT_MASDAR && (tok_kinds(t) & LEX_VERB) && p > 0 &&
        t->fold[p - 1] == 0x0644 && v + 1 < d->n_tokens && tok_is_comma(&d->tokens[v + 1]))
        return 1;
    if ((t->flags & TOKF_NEWLINE_BEFORE || v == 0) && writes_byline(d, v))
        return 1;
    /* "متابعة: سلطان الحارثي (جدة)": a noun and a colon opening a line is a byline label */
    if (!(t->flags & TOKF_NEWLINE_BEFORE || v == 0) || p || v + 1 >= d->n_tokens || !is_colon(d, v + 1))
        return 0;
    int32_t k = v + 2;
    while (k < d->n_tokens && k - v <= 8 && !(d->tokens[k].flags & TOKF_NEWLINE_BEFORE) && !is_mark(&d->tokens[k]))
        k++;
    return k >= d->n_tokens || (d->tokens[k].flags & TOKF_NEWLINE_BEFORE);
}

static int32_t words_before(struct qctx *q, int32_t v, int32_t end, int32_t *region, int32_t *np_b, int32_t *np_e,
                            int32_t *post_end);

/* "«A»، قال الرئيس الروسي، «B»": a quotation split by its cue. The part after the cue
 * is qt (found already); the part before is a quotation of its own, with the same cue
 * and speaker. Returns 1, or -1 when out of memory. */
static int split_quotation(struct qctx *q, struct quote *qt, int32_t v, int32_t end)
{
    int32_t region = -1, nb = -1, ne = -1, post_end = -1;
    if (words_before(q, v, end, &region, &nb, &ne, &post_end) < 0 || region < 0)
        return 1;
    const struct region *r = &q->r[region];
    if (r->close < 0 || r->close >= v)
        return 1;
    struct quote copy = *qt; /* (new_quote may move the array) */
    struct quote *first = new_quote(q);
    if (!first)
        return -1;
    *first = copy;
    set_content(q, first, r->open, r->close + 1);
    if (first->content.start < 0)
        q->d->n_quotes--;
    return 1;
}

/* A plural of people (المواطنين، المشاركون): a group, or a person's role noun in ين/ون. */
static int plural_people(const struct token *t)
{
    uint32_t k = tok_kinds(t);
    if (k & LEX_GROUP)
        return 1;
    return (k & (LEX_ROLE_NOUN | LEX_TITLE)) && (t->lex->role_classes & (CLASS_PERSON | CLASS_GROUP)) &&
           tok_sound_plural(t);
}

/* "وزير الشؤون الخارجية والجالية الوطنية بالخارج، أحمد عطاف،": a title whose words
 * run on in ب, and its holder's name set off after it: the word in ب is the title's. */
static int holder_set_off(const struct doc *d, int32_t b, int32_t j, int32_t e)
{
    for (int32_t c = j + 1; c + 1 < e; c++) {
        int32_t m = d->tok_mention[c + 1];
        if (!tok_is_comma(&d->tokens[c]) || m < 0)
            continue;
        const struct entity *en = &d->entities[d->mentions[m].entity];
        return en->type == ENT_PERSON && en->role_tb >= b && en->role_tb < j;
    }
    return 0;
}

/* "الأستاذة المشاركة"، "الأستاذ المساعد": a definite participle in م after a person's role,
 * of the role's gender, is its adjective, not the verb's object. */
static int participle_of_a_persons_role(const struct token *role, const struct token *t)
{
    return role->lex && (role->lex->role_classes & CLASS_PERSON) && t->fold_len >= 6 && t->fold[2] == 0x0645 &&
           (role->fold[role->fold_len - 1] == 0x0647) == (t->fold[t->fold_len - 1] == 0x0647);
}

int32_t quotes_before_object_preposition(const struct doc *d, const struct lexicon *lx, int32_t b, int32_t e,
                                         int ba_object)
{
    /* "وعلل موقفه بأن": the object first, the subject elided (not "ورد زميلها كريم رمضان
     * بأن": a person's name after it is who he is to her) */
    if (b < e && d->tokens[b].kind == TOK_WORD && !tok_has_article(&d->tokens[b]) && d->tok_mention[b] < 0 &&
        (d->tokens[b].flags & TOKF_COMMON) && tok_pronoun_suffixed(d, &d->tokens[b]) &&
        !(b + 1 < e && d->tok_mention[b + 1] >= 0 &&
          d->entities[d->mentions[d->tok_mention[b + 1]].entity].type == ENT_PERSON))
        return b;
    /* "وعللت المحكمة (الإدارية) قرارها بأن": a noun with a possessive pronoun after the
     * subject and its adjectives */
    for (int32_t j = b + 1; j < e && j - b <= 4 && tok_has_article(&d->tokens[j - 1]); j++)
        if (d->tok_mention[j] < 0 && d->tokens[j].kind == TOK_WORD && !tok_has_article(&d->tokens[j]) &&
            tok_pronoun_suffixed(d, &d->tokens[j]))
            return j;
    /* "ويختم سفير سابق في موسكو حديثه إلى «الحياة» بالقول": the object after a place */
    for (int32_t j = b + 2; j < e && j - b <= 8; j++)
        if (d->tok_mention[j - 1] >= 0 && d->tok_mention[j] < 0 && d->tokens[j].kind == TOK_WORD &&
            (d->tokens[j].flags & TOKF_COMMON) && !tok_has_article(&d->tokens[j]) && tok_pronoun_suffixed(d, &d->tokens[j]))
            return j;
    if (b + 1 < e && tok_has_article(&d->tokens[b]) && (tok_kinds(&d->tokens[b]) & (LEX_STATEMENT | LEX_ROLE_NOUN)) &&
        tok_has_article(&d->tokens[b + 1]) && d->tok_mention[b + 1] < 0 &&
        (!(tok_kinds(&d->tokens[b + 1]) & (LEX_DEMONYM | LEX_TITLE | LEX_ROLE_NOUN | LEX_STOP)) ||
         plural_people(&d->tokens[b + 1])) && /* (ناشدت الوزارة المواطنين أن) */
        d->tokens[b + 1].fold[d->tokens[b + 1].fold_len - 1] != 0x064A && /* (nor a nisba: البيان الختامي، */
        !(d->tokens[b + 1].fold_len > 3 && d->tokens[b + 1].fold[d->tokens[b + 1].fold_len - 1] == 0x0647 &&
          d->tokens[b + 1].fold[d->tokens[b + 1].fold_len - 2] == 0x064A) && /* الخارجية الكورية) */
        !participle_of_a_persons_role(&d->tokens[b], &d->tokens[b + 1]) &&
        !tok_marker(d, b + 1, MARK_ROLE_ADJECTIVE)) /* (nor "former": الرئيس الأسبق) */
        return b + 1;
    /* "وطالبت الهيئة الأمم المتحدة بأن": a body's role noun, then a state or body named
     * in full, its object (a person's name after a title is the title's holder) */
    if (b + 1 < e && tok_has_article(&d->tokens[b]) && d->tok_mention[b] < 0 && d->tok_mention[b + 1] >= 0 &&
        (tok_kinds(&d->tokens[b]) & LEX_ROLE_NOUN) && !(d->tokens[b].lex->role_classes & CLASS_PERSON) &&
        d->mentions[d->tok_mention[b + 1]].tok_begin == b + 1 &&
        d->entities[d->mentions[d->tok_mention[b + 1]].entity].type != ENT_PERSON)
        return b + 1;
    for (int32_t j = b + 1; ba_object && j < e; j++) {
        const struct token *t = &d->tokens[j];
        /* (not after a participle that governs it: "مصدر بكتابة الدولة المكلفة بالصيد البحري") */
        if (t->kind == TOK_WORD && t->fold_len >= 5 && t->fold[0] == 0x0628 && d->tok_mention[j] < 0 &&
            !tok_marker(d, j, MARK_BEHALF) && tok_has_article(&d->tokens[j - 1]) &&
            !lexicon_stem_marker(lx, d->tokens[j - 1].fold, d->tokens[j - 1].fold_len, MARK_GOVERNING))
            return holder_set_off(d, b, j, e) ? e : j;
    }
    return e;
}

/* إبان "during" folds like the verb أبان "he made clear": written with إ, or without a
 * hamza inside a clause (زار بيونغ يانغ ابان ثمانينيات القرن), it is the preposition; the
 * verb opens its clause (وأبان العتيبي أن). */
static int during_not_showed(const struct doc *d, int32_t v)
{
    static const UChar aban[] = {0x0627, 0x0628, 0x0627, 0x0646};
    const struct token *t = &d->tokens[v];
    int32_t p = t->lex_prefix;
    if (t->fold_len - p != 4 || memcmp(t->fold + p, aban, sizeof aban))
        return 0;
    UChar first = d->text.u16[t->span.start + p];
    if (first == 0x0625)
        return 1;
    return first == 0x0627 && p == 0 && v > sent_begin(d, v) && d->tokens[v - 1].kind == TOK_WORD;
}

/* "وقال أحد المحتجين، وهو طالب جامعي، لـ218:": right after "، وهو" / "، وهي", a word that
 * reads as a verb (طالب "demanded") with no clause of its own after it is the aside's
 * predicate, a noun. */
static int aside_predicate(const struct qctx *q, int32_t v, int32_t end)
{
    const struct doc *d = q->d;
    if (v < 2 || v + 1 >= end || !tok_is_comma(&d->tokens[v - 2]))
        return 0;
    const struct token *n = &d->tokens[v + 1];
    enum verb_aspect asp;
    return tok_is_wa_huwa(&d->tokens[v - 1]) && is_verb(&d->tokens[v], &asp) && asp == ASPECT_PAST &&
           !is_complementizer(q, v + 1) && !is_preposition(n) && !tok_has_prep_clitic(n);
}

/* "قال X، وهو سائق من زاخو جاء مع أبنائه، إنه ...": a verb inside an aside set off by
 * commas after another reporting verb of the sentence belongs to the aside; the
 * complementiser after it is the first verb's. */
static int verb_of_aside(const struct qctx *q, int32_t v, int32_t end)
{
    const struct doc *d = q->d;
    if (d->lang == LANG_EN)
        return 0;
    if (!aside_predicate(q, v, end) && !inside_aside(q, v, end))
        return 0;
    int32_t sb = sent_begin(d, v), c = v - 1;
    while (c > sb && !tok_is_comma(&d->tokens[c]))
        c--;
    if (c <= sb || c + 1 >= v)
        return 0;
    /* (an aside about the speaker: "، وهو ..."، "، وهي ..."، "، الذي ..."; or an apposition
     * on a named person whose relative clause has no الذي after its indefinite noun: "حسين
     * بزي، صاحب مكتب في بنت جبيل نقل عمله إلى صور، أن") */
    const struct token *a = &d->tokens[c + 1];
    int32_t named = d->tok_mention[c - 1];
    if (!(tok_is_relative_pronoun(a) || tok_is_wa_huwa(a) ||
          (named >= 0 && d->entities[d->mentions[named].entity].type == ENT_PERSON && !is_verb(a, &(enum verb_aspect){0}) &&
           !(tok_kinds(a) & LEX_STOP))))
        return 0;
    enum verb_aspect asp;
    for (int32_t k = sb; k < c; k++)
        if (is_verb(&d->tokens[k], &asp) && asp <= ASPECT_PRESENT)
            return 1;
    return 0;
}

/* Between a verb of asking at v and the opening at open_tok, a verb of saying joined by و
 * or ف after a comma: the answer, whose words those are. */
static int answered_before(const struct qctx *q, int32_t v, int32_t open_tok)
{
    const struct doc *d = q->d;
    enum verb_aspect asp;
    for (int32_t k = v + 2; k < open_tok; k++) {
        const struct token *t = &d->tokens[k];
        if ((tok_kinds(t) & LEX_VERB) && t->lex_prefix == 1 && (t->fold[0] == 0x0648 || t->fold[0] == 0x0641) &&
            tok_is_comma(&d->tokens[k - 1]) && is_verb(t, &asp) && asp <= ASPECT_PRESENT)
            return 1;
    }
    return 0;
}

static int labelled_line(const struct doc *d, int32_t b, int32_t e);

static int question_line(const struct doc *d, int32_t s);

/* Does token open_tok open the words with a colon or with بأن? */
static int colon_or_bianna(const struct doc *d, int32_t open_tok)
{
    if (open_tok < 0)
        return 0;
    const struct token *t = &d->tokens[open_tok];
    /* (or بالقول before the complementiser: "ورد الزروق على الاتهامات بالقول إنها") */
    enum verb_aspect asp;
    const struct token *p = open_tok > 0 ? &d->tokens[open_tok - 1] : NULL;
    return is_colon(d, open_tok) ||
           (t->fold[0] == 0x0628 && (tok_kinds(t) & LEX_COMPLEMENTIZER)) || /* (بأن, listed or with its ب off) */
           (p && is_verb(p, &asp) && asp == ASPECT_MASDAR && p->lex_prefix > 0 && p->fold[0] == 0x0628);
}

/* ما after a source marker, or لما after وفقا (the ل it takes, written onto ما). */
static int ma_of_source(const struct token *t)
{
    return tok_is_ma(t) || (t->kind == TOK_WORD && t->fold_len == 3 && t->fold[0] == 0x0644 && t->fold[1] == 0x0645 &&
                            t->fold[2] == 0x0627);
}

/* أعتقد، أعتبر، أستبعد: a verb of forms VII, VIII and X written with a hamza on its alef is
 * "I ..." in the present, not the past "he ..." it folds to (اعتقد، اعتبر، استبعد, whose
 * alef takes none). Outside an interview and anyone's quotation that is the writer's own
 * voice. */
static int first_person_wasl(const struct doc *d, const struct token *vt)
{
    int32_t p = vt->lex_prefix, n = vt->fold_len - p;
    const UChar *f = vt->fold + p;
    if (n < 5 || f[0] != 0x0627 || d->text.u16[tok_u16_at_fold(d, vt, p)] != 0x0623)
        return 0;
    return f[2] == 0x062A || f[1] == 0x0646; /* (ت third: VIII افتعل and X استفعل; ن second: VII) */
}

/* Between the statement noun in [b, v) and the verb at v, إلى and whom it was sent to
 * (ببرقية إلى الزعيم X). */
static int addressee_before(const struct doc *d, int32_t b, int32_t v)
{
    for (int32_t k = v - 1; k > b && v - k <= 8; k--) {
        if (tok_is_ila(&d->tokens[k]))
            return (tok_kinds(&d->tokens[k - 1]) & LEX_STATEMENT) != 0;
        if (d->tokens[k].kind != TOK_WORD)
            return 0;
    }
    return 0;
}

/* "ولافتات كتب عليها «أهلا بالرفيق بوتين»": كتب, then عليه، عليها، عليهم and the marks
 * right after, is what is written on something, a banner or a wall: an inscription, no
 * one's words (not "وكتب عليها: «...»"، "كتب عليها بخط يده:", someone's caption). */
static __attribute__((noinline)) int written_on_it(const struct doc *d, const struct token *vt)
{
    static const UChar katab[] = {0x0643, 0x062A, 0x0628}, alayh[] = {0x0639, 0x0644, 0x064A, 0x0647};
    int32_t v = (int32_t)(vt - d->tokens), n = vt->fold_len - vt->lex_prefix;
    if (v + 2 >= d->n_tokens || !(n == 3 || (n == 4 && vt->fold[vt->fold_len - 1] == 0x062A)) ||
        memcmp(vt->fold + vt->lex_prefix, katab, sizeof katab))
        return 0;
    const struct token *on = &d->tokens[v + 1];
    return on->fold_len >= 4 && on->fold_len <= 6 && !memcmp(on->fold, alayh, sizeof alayh) &&
           tok_is_quote_mark(&d->tokens[v + 2]);
}

/* "كُتب عليها «...»"، "ذُكر أن": a past verb voweled as passive (a damma on its first
 * letter) has no subject to speak; a relay keeps whom it names ("نُقل عن X قوله"); nor has an
 * inscription (written_on_it). */
static int passive_written(const struct doc *d, const struct token *vt)
{
    if (vt->lex->verb_aspect != ASPECT_PAST || vt->lex->verb_relay)
        return 0;
    return damma_on_first_letter(d, vt) || written_on_it(d, vt);
}

/* اسمه، اسمها، هويته، هويتهم: one's own name or identity, with its pronoun. */
static int own_identity_word(const struct token *t)
{
    static const UChar ism[] = {0x0627, 0x0633, 0x0645}, huwiyya[] = {0x0647, 0x0648, 0x064A, 0x062A};
    const UChar *f = t->fold;
    int32_t n = t->fold_len;
    if (t->kind != TOK_WORD)
        return 0;
    if (n >= 4 && n <= 6 && !memcmp(f, ism, sizeof ism))
        return f[3] == 0x0647;
    return n >= 5 && n <= 7 && !memcmp(f, huwiyya, sizeof huwiyya) && f[4] == 0x0647;
}

/* Is the verb at v that of من "whoever" in a range of views, "بين من يرى أن ... ومن
 * يحذر من أن"? من (or ومن) right before it, and بين before the first من. */
__attribute__((noinline)) static int views_summed_up(const struct doc *d, int32_t v)
{
    const struct token *m = &d->tokens[v - 1];
    int wa = m->fold_len == 3 && m->fold[0] == 0x0648 && m->fold[1] == 0x0645 && m->fold[2] == 0x0646;
    if (!tok_is_min(m) && !wa)
        return 0;
    int32_t sb = d->sentences[d->tokens[v].sentence].tok_begin;
    for (int32_t k = v - 2; k >= sb && k >= v - 40; k--) {
        const struct token *t = &d->tokens[k];
        if (t->kind == TOK_WORD && t->fold_len == 3 && t->fold[0] == 0x0628 && t->fold[1] == 0x064A &&
            t->fold[2] == 0x0646)
            return k + 1 < v && tok_is_min(&d->tokens[k + 1]); /* (بين من) */
        if (!wa && k < v - 2)
            return 0; /* (a bare من right after بين only) */
    }
    return 0;
}

/* "نقلت وكالة X مقتطفات منها"، "بثت القناة أجزاء منه": after a relay verb's subject, a
 * bare noun and من with a pronoun: the verb carried part of an event, it relays no one. */
static __attribute__((noinline)) int carried_part_of_it(const struct doc *d, int32_t k, int32_t end)
{
    if (k + 1 >= end)
        return 0;
    const struct token *part = &d->tokens[k], *of = &d->tokens[k + 1];
    return part->kind == TOK_WORD && (part->flags & TOKF_COMMON) && !tok_has_article(part) && !part->lex_prefix &&
           !tok_kinds(part) && of->kind == TOK_WORD && of->fold_len >= 3 && of->fold_len <= 4 && of->fold[0] == 0x0645 &&
           of->fold[1] == 0x0646 && of->fold[2] == 0x0647;
}

static int verb_cue(struct qctx *q, int32_t v)
{
    struct doc *d = q->d;
    const struct token *vt = &d->tokens[v];
    int32_t end = sent_end(d, v);
    enum verb_aspect asp = ASPECT_PAST;
    is_verb(vt, &asp);
    if (vt->lex->verb_act || tok_shadda_unwritten(d, vt, vt->lex) || passive_written(d, vt))
        return 0;
    if (narrator_aside(q, v) || during_not_showed(d, v) || verb_of_aside(q, v, end))
        return 0;
    /* "، لم يكشف عن اسمه،"، "لم تكشف هويته": a verb whose object is the speaker's own
     * name withholds it, an aside on who speaks with no words of its own */
    int32_t object = v + 2 < end && tok_is_an(&d->tokens[v + 1]) ? v + 2 : v + 1;
    if (object < end && own_identity_word(&d->tokens[object]))
        return 0;
    /* "بين من رأى فيها «حلفا» ومن اعتبرها ورقة ضغط": the views of whoever holds them,
     * summed up by the narrator, are no one's words */
    if (v >= 2 && views_summed_up(d, v))
        return 0;
    /* "تعد من أبرز مناطق": a past form in أ after من, before a bare noun, is the elative
     * "the most" (not "من أكد أن", who said it) */
    if (asp == ASPECT_PAST && v > 0 && v + 1 < end && !vt->lex_prefix && d->text.u16[vt->span.start] == 0x0623 &&
        tok_is_min(&d->tokens[v - 1]) && d->tokens[v + 1].kind == TOK_WORD && !tok_has_article(&d->tokens[v + 1]) &&
        !d->tokens[v + 1].lex_prefix && !(tok_kinds(&d->tokens[v + 1]) & (LEX_STOP | LEX_COMPLEMENTIZER)))
        return 0;
    /* (nor a feminine participle written with ه, a noun and its pronoun: مضيفه "his host"
     * folds like مضيفة) */
    if (asp == ASPECT_PARTICIPLE && (adjective_of_noun(d, v) || host_not_participle(d, vt)))
        return 0;
    if (student_not_verb(q, v) || subject_of_verb_before(d, v, asp)) /* ("X، والد طالب في السنة الرابعة:") */
        return 0;
    /* ("قال X، تاجر ذهب، إن": ذهب "gold" after a title, no verb: a verb that takes its
     * clause through a preposition is not followed by a comma right after such a noun) */
    if (v > 0 && vt->lex->verb_prep && !vt->lex_prefix && v + 1 < end && tok_is_comma(&d->tokens[v + 1]) &&
        in_construct_after_noun(d, v))
        return 0;
    /* (the narrator's "في إشارة إلى «...»" quotes no one) */
    if (asp == ASPECT_MASDAR && v > 0 && gloss_at(d, v - 1, end))
        return 0;
    /* "هل ترى الصين أن ...؟": asked about, not said */
    if (v > 0 && tok_marker(d, v - 1, MARK_QUESTION))
        return 0;
    /* "في مقال رأي نشرته"، "استطلاع رأي أجراه": the genitive of a statement noun, no verb */
    if (v > 0 && tok_marker(d, v, MARK_NOUN_IN_CONSTRUCT) && (tok_kinds(&d->tokens[v - 1]) & LEX_STATEMENT) &&
        !tok_has_article(&d->tokens[v - 1]))
        return 0;
    if (!q->interview && first_person_wasl(d, vt))
        return 0;
    /* "كتبنا في هذه الزاوية أن": a columnist's own past words, when the byline names
     * them (in an interview "I" is the interviewee; inside someone's words, that someone) */
    /* (nor "إذا قلنا إن": what the writer would say, no words said) */
    if (vt->lex->verb_aspect == ASPECT_PAST && tok_writer_voice(d, vt) &&
        (q->interview || d->byline_entity < 0 || in_long_region(q, v) || (v > 0 && tok_marker(d, v - 1, MARK_WHETHER))))
        return 0;
    /* "وأضاف بوتين، حسبما أفادت الوكالة، أن": the verb of a source phrase set off inside
     * a clause is the source marker's (source_cue), no cue of its own; at the head of the
     * sentence ("وبحسب ما أبلغ به الجهاز النواب، فإن") it still names who told */
    int32_t mk = v > 0 && tok_marker(d, v - 1, MARK_MA_ATTACHED) ? v - 1
                 : v > 1 && ma_of_source(&d->tokens[v - 1]) && (tok_kinds(&d->tokens[v - 2]) & LEX_SOURCE) ? v - 2
                                                                                                         : -1;
    if (mk > 0 && tok_is_comma(&d->tokens[mk - 1]))
        return 0;
    /* "نقلت X عنها قولها إن": قولها completes the relay, it is no cue of its own */
    if (v > 0 && vt->fold_len >= 4 && vt->fold[0] == 0x0642 && vt->fold[1] == 0x0648 && vt->fold[2] == 0x0644) {
        uint8_t g;
        if (relay_pronoun(d, v - 2, v, &g) == v - 1)
            return 0;
    }
    /* "أكدت له نقل ثلاث مروحيات": a relay verb's form right after a verb and what it told
     * (له، لها) is that verb's object, the verbal noun "moving" */
    if (vt->lex->verb_relay && v > 1 && d->tokens[v - 1].fold[0] == 0x0644 && d->tokens[v - 1].fold_len <= 4 &&
        tok_carries_pronoun(d, &d->tokens[v - 1]) && is_verb(&d->tokens[v - 2], NULL))
        return 0;
    if (vt->lex->verb_relay && relay_verbal_noun(q, v, end)) /* (برنامج نقل الأسلحة) */
        return 0;
    int np_cue = (tok_kinds(vt) & LEX_NP_CUE) != 0;
    /* English puts the subject first: what follows the verb is never the speaker,
     * except after a quotation ("..., said X") */
    int english = d->lang == LANG_EN;
    /* "وقال من جهته X إن": for his part, an aside before the subject */
    int32_t part = english ? 0 : tok_aside_after_verb(d, v + 1, end);
    int32_t np_b = v + 1 + part, np_e = english ? v + 1 : np_after(q, np_b, end);
    /* "كتبت الأسبوع الماضي أن": a time that is all the phrase after the verb says when,
     * not who; the subject is elided */
    if (np_e == v + 3 && (tok_kinds(&d->tokens[v + 1]) & LEX_STOP) && time_after_verb(d, v))
        np_b = np_e;
    if (vt->lex->verb_prep && !english)
        np_e = quotes_before_object_preposition(d, q->lx, np_b, np_e, 1);
    int32_t relay_b = -1, relay_e = -1;
    uint8_t relay_gender = GENDER_UNKNOWN;
    int32_t pr = vt->lex->verb_relay && !english ? relay_pronoun(d, v, end, &relay_gender) : -1;
    if (pr >= 0) {
        np_b = np_e = pr + 1; /* "نقلت وكالة نوفوستي عنها قولها إن": she, named before */
    } else if (vt->lex->verb_relay && relay_speaker(q, v, end, &relay_b, &relay_e)) {
        np_b = relay_b;
        np_e = relay_e;
    } else if (vt->lex->verb_relay && !english && np_e - 1 > np_b && carried_part_of_it(d, np_e - 1, end)) {
        return 0; /* "في ندوة نقلت وكالة X مقتطفات منها": carried, no one relayed */
    } else if (vt->lex->verb_relay && !english && v > sent_begin(d, v) && !names_someone(d, np_b, np_e) &&
               !names_someone(d, sent_begin(d, v), v)) {
        return 0; /* "إن المنظومة نُقلت جوا": the passive "was moved", no one relaying */
    }
    int32_t region = -1, cs, np_cue_end = -1, post_end = -1;
    if (np_cue) {
        /* أعرب X عن CONTENT */
        cs = -1;
        int commas = 0;
        /* (the feeling may have closed the subject's phrase: "وأبدى المزارع قلقه من أن") */
        if (!vt->lex->verb_prep && np_e - 1 > np_b && np_e + 1 < end && felt_before_that(q, np_e - 1))
            np_e--;
        /* (or it follows the verb at once, the subject named before it: "لكن X أبدى قلقه
         * من أن") */
        else if (!vt->lex->verb_prep && np_e > np_b && felt_before_that(q, np_b))
            np_e = np_b;
        for (int32_t j = np_e; j < end && j - v < NP_CUE_REACH; j++) {
            const struct token *t = &d->tokens[j];
            if (tok_is_an(t) && vt->lex->verb_prep && !an_in_subject(q, j, end)) {
                cs = j + 1;
                break;
            }
            /* (or, with no عن, the feeling with its owner's pronoun before من أن or في أن,
             * as أعرب عن: "أبدى X خشيته من أن") */
            if (!vt->lex->verb_prep && j + 2 < end && felt_before_that(q, j)) {
                cs = j;
                break;
            }
            /* (and what was not hidden may be the clause itself: "ولم يخف X أن") */
            if (!vt->lex->verb_prep && j == np_e && j > np_b && is_complementizer(q, j)) {
                cs = j;
                break;
            }
            /* (a verb that takes its object with no عن, أبدى X «قلقا بالغا»: the words in
             * marks) */
            if (!vt->lex->verb_prep && q->opens[j] >= 0) {
                const struct region *r = &q->r[q->opens[j]];
                if (r->close >= 0 && r->words <= 3 && j > np_e && (tok_kinds(&d->tokens[j - 1]) & LEX_ORG_HEAD)) {
                    j = r->close; /* (a name in marks in the subject: النائبة عن حزب «الناس الجدد») */
                    continue;
                }
                cs = j;
                break;
            }
            /* أعرب كبير أمناء مجلس الوزراء، يوشيماسا هاياشي، عن: a name set off by commas */
            if (tok_is_comma(t) && ++commas <= 2)
                continue;
            /* (an abbreviation in parentheses in the role goes on: "الأمين العام لحلف شمال
             * الأطلسي (ناتو) ينس ستولتنبرغ عن"; and so does an age: "X (41 عاما) عن") */
            if (tok_is_char(t, '(')) {
                int32_t c = j + 1;
                while (c < end && c - j <= 4 && (d->tokens[c].kind == TOK_WORD || d->tokens[c].kind == TOK_NUMBER))
                    c++;
                if (c < end && c > j + 1 && tok_is_char(&d->tokens[c], ')')) {
                    j = c;
                    continue;
                }
            }
            /* (a hyphen inside a name goes on: لي جاي-وونج) */
            if (t->kind == TOK_PUNCT && !(tok_is_dash(t) && !(t->flags & TOKF_SPACE_BEFORE)))
                break;
        }
        if (cs < 0 || cs >= end)
            return 0;
        /* (and a name after the role's place goes with it: "أعرب المبعوث الخاص إلى اليمن
         * هانس غروندبرغ عن") */
        int named_later = 0;
        for (int32_t j = np_e; !commas && j + 1 < cs && !named_later; j++)
            named_later = d->tok_mention[j] >= 0 && d->entities[d->mentions[d->tok_mention[j]].entity].type == ENT_PERSON;
        if ((commas || named_later) && relay_b < 0)
            np_e = speaker_region_end(q, np_b, cs - 1);
        /* the object phrase ends at the clause: أعربت X عن قلقها من ...، في حين ... */
        /* (or at a participle before its own clause, wire copy without a comma: "عن "قلق
         * بالغ" ازاء ... مشددا على ان") */
        int32_t ce = cs;
        while (ce < end && !tok_is_comma(&d->tokens[ce]) && !is_stop_punct(&d->tokens[ce]) &&
               !(tok_kinds(&d->tokens[ce]) & LEX_CONJ_BREAK) && !(ce > cs && q->next_stop[ce] == ce))
            ce++;
        /* "أعربت واشنطن عن قلقها تجاه هذه المعلومات": a noun phrase alone, neither a clause
         * (من أن، بأن) nor words in marks, reports a feeling, not what was said (the
         * development set's note; the seed's gold, in an embedded post, reads one as said) */
        int said = 0;
        int32_t that = -1;
        for (int32_t j = cs; j < ce && !said; j++) {
            said = is_complementizer(q, j) || tok_is_quote_mark(&d->tokens[j]);
            if (said && !tok_is_quote_mark(&d->tokens[j]))
                that = j;
        }
        if (!said)
            return 0;
        /* (a clause runs to its own end, past an aside set off by commas: "عن أمله في أن
         * تشهد المبادلات، ولا سيما في مجال الصيد، نموا") */
        if (that >= 0 && that + 1 < end) {
            ce = clause_end(q, that + 1, end);
            while (ce > that + 1 && tok_is_comma(&d->tokens[ce - 1]))
                ce--;
        }
        if (cs == np_e && is_complementizer(q, cs))
            cs++; /* (what was not hidden is the clause after أن, without it) */
        np_cue_end = ce;
    } else {
        /* "شونة اليوم - كتب: محمد العدوان": a byline's label, the writer's name after it */
        if (v + 1 < end && tok_marker(d, v, MARK_BYLINE_LABEL) && tok_is_char(&d->tokens[v + 1], ':') &&
            name_line_after(d, v + 1))
            return 0;
        int32_t open_tok = -1;
        cs = find_opening(q, v, end, np_e, &region, &relay_b, &relay_e, &open_tok);
        /* "وسأل «المدار» مصدراً في الوزارة عن": a short name in marks right after a verb of
         * asking, with the one asked after it, is the asker (an outlet), no words */
        if (vt->lex->verb_ask && region >= 0 && open_tok == v + 1 && q->r[region].words < 3 &&
            q->r[region].close + 1 < end && d->tokens[q->r[region].close + 1].kind == TOK_WORD)
            return 0;
        /* "سأل أحد الطلبة عن دور قطر، فردّت الكواري بالقول إن": a question, then its answer
         * by a verb of its own; the words are the answer's */
        if (vt->lex->verb_ask && cs > v + 1 && answered_before(q, v, open_tok))
            return 0;
        /* "ورد الرواشدة بحدة:": a verb read only before a colon or بأن, and not in a
         * relative clause ("التلويح الذي رد عليه X ... بالقول:" is the masdar's) */
        if (vt->lex->verb_colon && (cs < 0 || after_relative(d, v) || !colon_or_bianna(d, open_tok)))
            return 0;
        /* ("أفادت الوزارة، في رد مكتوب، بأن": after a preposition, a noun, the reply) */
        if (vt->lex->verb_colon && v > 0 && (is_preposition(&d->tokens[v - 1]) || tok_is_fi(&d->tokens[v - 1])))
            return 0;
        /* "اتفقا على أن" but not "اتفقا على «مواصلة التنسيق»": only a clause was agreed */
        /* (not فإن, which answers a condition: "إذا ... ووجد نفسه في حالة حرب، فإن") */
        /* (a recommendation in marks after بـ is words too: "ويوصي معدو التقرير صانع القرار
         * بـ«تعميق الشراكات»") */
        const struct token *before_mark = open_tok > v + 1 ? &d->tokens[open_tok - 1] : NULL;
        int marked_ba = vt->lex->verb_an == 2 && region >= 0 && cs == open_tok && before_mark &&
                        before_mark->kind == TOK_WORD && before_mark->fold_len == 1 && before_mark->fold[0] == 0x0628;
        /* (advice and a plea only in بأن: "ونصح X أولياء الأمور بالتأكد من أن" advises a
         * check, "دفع ببطلان الإجراءات" pleads a noun) */
        if (vt->lex->verb_an && !marked_ba &&
            (cs < 1 || !is_complementizer(q, cs - 1) || d->tokens[cs - 1].fold[0] == 0x0641 ||
             (vt->lex->verb_an >= 2 && d->tokens[cs - 1].fold[0] != 0x0628)))
            return 0;
        /* (not past a comma after an earlier verb of saying: "وأوضح X، الكاتب العام لمهنيي
         * قطع غيار السيارات، أن" has قطع in the subject's title, the أن أوضح's) */
        if (vt->lex->verb_an && !marked_ba && cs > v + 2 && tok_is_comma(&d->tokens[cs - 2]) && earlier_cue_verb(q, v))
            return 0;
        /* "قرأ المعاهدة بوصفها «...»" but not "تركيا، بوصفها عضوا في الناتو": only marked words */
        if (vt->lex->verb_marked && (region < 0 || q->r[region].open != v + 1))
            return 0;
        /* described it as a “dangerous precedent” that “...”: the clause after "that"
         * starts with the fragment before it */
        if (english && region < 0 && cs > v + 1 && is_complementizer(q, cs - 1))
            cs = earlier_fragment(q, cs, v);
        if (relay_b >= 0) {
            np_b = relay_b;
            np_e = relay_e;
        } else if (cs >= 0 && open_tok > v && !english && pr < 0) {
            /* (in English the words between the verb and "that" are its object: "told
             * reporters that") */
            int32_t after = after_outlet_told(q, v + 1, open_tok);
            if (after > v + 1) {
                /* "وقال لـ«الاقتصادية» الدكتور X إن": the speaker after the outlet told */
                np_b = after;
                np_e = speaker_region_end(q, after, open_tok);
            } else if (d->tokens[v + 1].fold[0] == 0x0644 &&
                       (outlet_told_unknown(q, v + 1, open_tok) || relative_told(q, v, open_tok) ||
                        (v + 2 == open_tok && tok_marker(d, v + 1, MARK_DATIVE) && d->tok_mention[v + 1] < 0 &&
                         !(vt->lex_prefix && vt->fold[0] == 0x0644)))) {
                /* (or told me, us, him and no one named: "فقال لي إن"; not Li named before,
                 * "ويقول لي إن", nor what anyone would say, "لقال لك إن") */
                /* (the fold pool ends in a zero: an empty form reads as no ل) */
                np_e = v + 1; /* the subject is elided or stands before the verb */
            } else {
                np_e = speaker_region_end(q, v + 1 + part, open_tok);
            }
            if (vt->lex->verb_prep)
                np_e = quotes_before_object_preposition(d, q->lx, np_b, np_e, vt->lex->verb_prep != VERB_PREP_ALA);
        }
        if (cs < 0 && v > 0 && asp != ASPECT_MASDAR) {
            cs = words_before(q, v, end, &region, &np_b, &np_e, &post_end);
            /* "وفي مداخلة ضمن برنامج «صباح الشمس»، سأل المنشط طبيبا": a question put has
             * no words before it but a quotation of its own */
            if (cs >= 0 && vt->lex->verb_ask && (region < 0 || q->r[region].words < 3))
                return 0;
        }
        if (english && region >= 0 && open_tok > v + 1 && asp != ASPECT_MASDAR && no_that_clause(q, v, end, asp)) {
            /* "said the figures reflected 'a structural shift,' as ...": the quoted words
             * are part of the clause the verb reports */
            cs = v + 1;
            region = -1;
        }
        if (cs < 0 && english && asp != ASPECT_MASDAR && no_that_clause(q, v, end, asp))
            cs = v + 1;
        if (english && region >= 0 && cs == v + 1 && q->r[region].words < 3 && q->r[region].close >= 0 &&
            q->r[region].close + 1 < end && d->tokens[q->r[region].close + 1].kind == TOK_WORD) {
            /* "Pentagon says 'small number' of troops in Kursk": a clause that starts
             * with a quoted phrase */
            region = -1;
        }
        if (cs < 0)
            return 0;
    }
    if (asp == ASPECT_MASDAR && np_e > np_b && !names_someone(d, np_b, np_e))
        return 0; /* "في تصريحات خاصة لـ..." is a circumstance, not a cue */
    /* "واستذكر بوحجي ما أكده الملك من أن «...»": someone else's words recalled; the verb
     * of ما, whose subject follows it, reports them */
    /* (not a source set off after the verb: "وأضاف X، بحسب ما نقلته الوكالة، أن") */
    for (int32_t k = v + 2; k + 1 < end && k <= v + 4 && k < cs && d->tokens[k - 1].kind == TOK_WORD; k++)
        if (tok_is_ma(&d->tokens[k]) && !(tok_kinds(&d->tokens[k - 1]) & LEX_SOURCE) &&
            tok_verb_before_pronoun(d, q->lx, &d->tokens[k + 1]))
            return 0;
    /* "ولم يوضح البيان ما إذا كانت ...": whether, asked and not answered */
    if (cs > v + 1 && region < 0 && whether_at(d, cs - 1) && v > 0 && tok_marker(d, v - 1, MARK_NEGATION))
        return 0;
    /* (and "ويبقى سؤال لا تجيب عنه موسكو: هل ...؟": the question after the colon is what
     * no one answers) */
    if (v > 0 && cs > v + 1 && tok_marker(d, v - 1, MARK_NEGATION) && is_colon(d, cs - 1) && end > cs &&
        tok_is_question_mark(&d->tokens[end - 1]))
        return 0;
    /* "سأل دبلوماسي ... عمّا إذا": a question put to someone, not words reported (and so
     * is "سألت المتصلين إن كانت ...", إن there "whether") */
    if (cs > v + 1 && region < 0 && vt->lex->verb_ask && (whether_at(d, cs - 1) || (cs < end && tok_is_kana(&d->tokens[cs]))))
        return 0;
    /* (with its object on the verb, "وصفها مراقبون بأنها", what follows the verb is the
     * subject; the rules below on what is described do not apply) */
    /* (not a ب or ل written apart: "ما وصفه بـ«...»" names no one after the verb) */
    int object_on_verb = vt->lex->verb_object && tok_written_pronoun(d, &d->tokens[v]) && np_b < np_e &&
                         d->tokens[np_b].kind == TOK_WORD && d->tokens[np_b].fold_len > 1;
    /* "ووصفت الفريق بأنه": a masculine name after a feminine verb is what is described */
    if (vt->lex->verb_object && !object_on_verb && np_e == np_b + 1 && vt->lex->verb_gender == GENDER_FEM &&
        (d->tok_mention[np_b] >= 0 ? d->entities[d->mentions[d->tok_mention[np_b]].entity].gender == GENDER_MASC
                                   : d->tokens[np_b].lex && (tok_kinds(&d->tokens[np_b]) & (LEX_ORG_HEAD | LEX_TITLE)) &&
                                         d->tokens[np_b].lex->role_gender == GENDER_MASC))
        np_e = np_b;
    /* (but a role noun before في and where it spoke is the subject: "فيما وصفت الوكالة في
     * تعليق منفصل العقوبات بأنها") */
    if (vt->lex->verb_object && !object_on_verb && np_e == np_b + 1 && d->tok_mention[np_b] < 0 &&
        !(tok_kinds(&d->tokens[np_b]) & (LEX_TITLE | LEX_ORG_HEAD)) &&
        !((tok_kinds(&d->tokens[np_b]) & LEX_ROLE_NOUN) &&
          ((d->tokens[np_b].lex->role_classes & CLASS_PERSON) || (np_e < end && tok_is_fi(&d->tokens[np_e])) ||
           /* (or before a definite word, what it describes, or an aside: "ووصفت الصحيفة
            * المعاهدة بأنها"، "ووصفت الصحيفة، في افتتاحيتها، المعاهدة بأنها") */
           (np_e < end && ((d->tokens[np_e].kind == TOK_WORD && tok_has_article(&d->tokens[np_e]) &&
                            !d->tokens[np_e].lex_prefix) ||
                           tok_is_comma(&d->tokens[np_e]))))))
        np_e = np_b; /* "ووصفت التقارير بأنها": one noun is what is described; the subject is elided */
    /* "X، أستاذ ...، الذي وصف الكاتب بأنه": right after a relative pronoun the verb's
     * subject is the antecedent, and one noun after it is what is described */
    if (vt->lex->verb_object && !object_on_verb && np_e == np_b + 1 && v > 0 && !vt->lex_prefix &&
        tok_is_relative_pronoun(&d->tokens[v - 1]))
        np_e = np_b;
    /* "وصفت واشنطن زيارة لافروف بأنها": a name right after the verb is its subject, and
     * what follows it is what is described */
    if (vt->lex->verb_object && !object_on_verb && np_e > np_b + 1 && d->tok_mention[np_b] >= 0) {
        const struct mention *m = &d->mentions[d->tok_mention[np_b]];
        uint8_t type = d->entities[m->entity].type;
        if (m->tok_begin == np_b && m->tok_end < np_e && (type == ENT_GPE || type == ENT_ORG || type == ENT_PERSON) &&
            !tok_has_prep_clitic(&d->tokens[np_b]))
            np_e = m->tok_end;
    }
    /* "يصفه مراقبون بـ«...»": the preposition written apart belongs to the words */
    while (np_e > np_b + 1 && d->tokens[np_e - 1].kind == TOK_WORD && d->tokens[np_e - 1].fold_len == 1 &&
           (d->tokens[np_e - 1].fold[0] == 0x0628 || d->tokens[np_e - 1].fold[0] == 0x0644))
        np_e--;
    /* "ثم ذكّر المشاركين بأن": a definite plural (or dual) in -ين right after the verb is
     * in the accusative, its object; the subject would be -ون */
    if (np_e > np_b && !english && d->tok_mention[np_b] < 0 && tok_has_article(&d->tokens[np_b]) &&
        d->tokens[np_b].fold_len >= 6 && d->tokens[np_b].fold[d->tokens[np_b].fold_len - 2] == 0x064A &&
        d->tokens[np_b].fold[d->tokens[np_b].fold_len - 1] == 0x0646 &&
        !(tok_kinds(&d->tokens[np_b]) & (LEX_FIRST_NAME | LEX_TITLE | LEX_ORG_HEAD | LEX_GAZ)) &&
        (d->tokens[np_b].flags & TOKF_COMMON))
        np_e = np_b;
    /* "فقد دعت الجانب الروسي إلى": a masculine role between a feminine verb and the
     * preposition it takes, with no name that could make it a woman's title (أكدت عميد
     * القبول د.منيرة), is the verb's object */
    if (vt->lex->verb_prep && !vt->lex->verb_object && vt->lex->verb_gender == GENDER_FEM && np_e > np_b &&
        d->tokens[np_b].lex && (tok_kinds(&d->tokens[np_b]) & (LEX_TITLE | LEX_ROLE_NOUN | LEX_ORG_HEAD)) &&
        d->tokens[np_b].lex->role_gender == GENDER_MASC && !names_entity(d, np_b, np_e) && np_e < end &&
        (tok_is_ila(&d->tokens[np_e]) || tok_is_ala(&d->tokens[np_e])))
        np_e = np_b;
    if (vt->lex->verb_object && np_e > np_b + 1) {
        /* "وصف الاتهامات الغربية بـ": words that name no one are all the object; so are
         * "وصف التعاون العسكري مع بيونغ يانغ بأنه", whose name is behind a preposition
         * (but "وصفتها وسائل الإعلام في بيونغ يانغ بأنها": with its object on the verb,
         * what follows is the subject) */
        int names = 0;
        for (int32_t k = np_b; k < np_e && !names && (object_on_verb || k == np_b || !standalone_preposition(&d->tokens[k])); k++)
            names = d->tok_mention[k] >= 0 || (tok_kinds(&d->tokens[k]) & (LEX_TITLE | LEX_ROLE_NOUN | LEX_ORG_HEAD |
                                                                             LEX_GROUP | LEX_STATEMENT | LEX_PRONOUN));
        if (!names)
            np_e = np_b;
    }
    if (vt->lex->verb_object && np_e > np_b + 1) {
        const struct token *t0 = &d->tokens[np_b];
        if (!object_on_verb && np_e == np_b + 2 && d->tok_mention[np_b] < 0 && !tok_has_article(t0) &&
            tok_has_article(&d->tokens[np_b + 1]) &&
            !(tok_kinds(t0) & (LEX_TITLE | LEX_ORG_HEAD | LEX_ROLE_NOUN)) &&
            (!(tok_kinds(t0) & LEX_GROUP) || (tok_kinds(t0) & LEX_STATEMENT)))
            np_e = np_b; /* "فوصف تقرير الفريق بأنه": one noun in construct, the object */
        for (int32_t k = np_b + 1; k < np_e; k++)
            if ((tok_kinds(&d->tokens[k]) & LEX_STATEMENT) && !tok_has_article(&d->tokens[k]) &&
                tok_has_article(&d->tokens[k - 1]) && d->tok_mention[k] < 0) {
                np_e = k; /* "ووصف السفير الروسي تقرير الفريق بأنه": the object after the subject */
                break;
            }
        /* "ووصفت الصحيفة المعاهدة بأنها": after a definite role and its adjectives (in ي,
         * or سابق and its kind), a definite common word no one's name is the object, not
         * one more adjective */
        if (!object_on_verb && np_e > np_b + 1 && d->tok_mention[np_b] < 0 && tok_has_article(t0) && !t0->lex_prefix &&
            (tok_kinds(t0) & (LEX_TITLE | LEX_ROLE_NOUN | LEX_ORG_HEAD))) {
            int32_t k = np_b + 1;
            while (k < np_e && d->tok_mention[k] < 0 && tok_has_article(&d->tokens[k]) &&
                   (tok_nisba_ending(&d->tokens[k]) || tok_marker(d, k, MARK_ROLE_ADJECTIVE)))
                k++;
            const struct token *o = k < np_e ? &d->tokens[k] : NULL;
            if (o && d->tok_mention[k] < 0 && o->kind == TOK_WORD && tok_has_article(o) && !o->lex_prefix &&
                (o->flags & TOKF_COMMON) && !(tok_kinds(o) & (LEX_TITLE | LEX_ROLE_NOUN | LEX_ORG_HEAD | LEX_GROUP)))
                np_e = k;
        }
    }
    if (aside_before_relayed_saying(q, v, end))
        return 0;
    struct quote *qt = new_quote(q);
    if (!qt)
        return -1;
    qt->cue_tok = v;
    qt->cue.start = vt->span.start;
    qt->cue.end = vt->span.end;
    qt->cue_gender = pr >= 0 ? relay_gender : vt->lex->verb_gender;
    qt->subject_pronoun = pr >= 0; /* (the speaker is the pronoun's: resolved as one) */
    qt->cue_kind = asp == ASPECT_PARTICIPLE ? CUE_PARTICIPLE : asp == ASPECT_MASDAR ? CUE_MASDAR : CUE_VERB;
    qt->sentence = vt->sentence;
    qt->np_begin = np_b;
    qt->np_end = np_b < np_e ? np_e : np_b;
    if (qt->cue_kind == CUE_VERB || (qt->cue_kind == CUE_MASDAR && qt->np_end == qt->np_begin)) {
        /* speaker first: "واشنطن تحذر موسكو:", "أما X فقالت"; then what follows the verb
         * is its object. A masdar with nothing after it (اكتفى X بالقول) takes the
         * subject of its clause the same way. */
        int32_t b = np_before(q, v), aside_end;
        /* "عبارة قالها له دبلوماسي روسي:": its subject follows the verb */
        /* (and "بما قاله له دبلوماسي:": what someone told him, named after the verb) */
        if (qt->np_end > qt->np_begin &&
            (tok_describes_statement(d, v) || (v > 0 && tok_is_what(&d->tokens[v - 1]) && tok_written_pronoun(d, vt))))
            b = v;
        /* (nor after فيه: "ونشر الموقع مقطعا يقول فيه الرئيس X إن" is the president, the
         * words before the verb name the clip; a verb of calling takes its addressee
         * there, "بيانا طالب فيه الحكومة بأن") */
        if (qt->np_end > qt->np_begin && tok_in_it(d, v + 1) && !vt->lex->verb_prep && !vt->lex->verb_object)
            b = v;
        /* (nor before a title with its owner's pronoun: "مقطع فيديو على فيسبوك يدعي صاحبه
         * أن" is the clip's owner speaking) */
        if (qt->np_end == qt->np_begin + 1 && titled_owner(q, qt->np_begin))
            b = v;
        /* "بعث ببرقية إلى الزعيم X وصف فيها": a clause on a statement sent to someone; the
         * addressee before the verb is no subject (the author is the sentence's) */
        if (qt->np_end == qt->np_begin && b < v && tok_in_it(d, v + 1) && addressee_before(d, b, v))
            b = v;
        /* "وانتقد الوزير ما وصفه بـ«...»": what the subject of the verb before ما calls
         * it; the speaker is that verb's subject, between it and ما */
        int32_t ma_subject_end = -1;
        if (v >= 3 && b < v - 1 && tok_is_ma(&d->tokens[v - 1]) && !tok_relative_ma(d, v - 1) &&
            qt->np_end == qt->np_begin) {
            /* (the verb before is often no verb of saying: انتقد، هاجم; a bare word that
             * names no one, first in the clause, is it) */
            const struct token *t = &d->tokens[b];
            if (b + 1 < v - 1 && t->kind == TOK_WORD && !tok_has_article(t) && d->tok_mention[b] < 0 &&
                !(tok_kinds(t) & (LEX_TITLE | LEX_ROLE_NOUN | LEX_GROUP | LEX_ORG_HEAD | LEX_FIRST_NAME | LEX_STOP)))
                b++;
            ma_subject_end = v - 1;
        } else if (v >= 4 && tok_is_ma(&d->tokens[v - 1]) && !tok_relative_ma(d, v - 1) && qt->np_end == qt->np_begin &&
                   (tok_kinds(&d->tokens[v - 2]) & LEX_STOP) && d->tokens[v - 2].fold_len <= 3) {
            /* "فيما شكر الرئيس بوتين «الرفاق الكوريين» على ما وصفه بـ«...»": what the
             * subject of the clause's verb calls it; the first person or body named in
             * the clause */
            int32_t m = clause_first_actor(q, v - 2);
            if (m >= 0) {
                b = d->mentions[m].tok_begin;
                ma_subject_end = d->mentions[m].tok_end;
            }
        }
        /* (not "الفاقد الذي تقول الأرقام الرسمية إنه": a relative verb with its own
         * subject after it has its antecedent for object; but "X، الذي طالب الوزارة
         * بأن": a verb that takes a preposition has its object there) */
        if (b < v && relay_b < 0 &&
            (qt->np_end == qt->np_begin ||
             (v > sent_begin(d, v) && !(after_relative(d, v) && !vt->lex->verb_prep)))) {
            qt->np_begin = b;
            qt->np_end = ma_subject_end >= 0 ? ma_subject_end : v;
            /* "وكان الوزير قد أعلن": the particle belongs to the verb, and كان after
             * the subject too ("الجامعة كانت قد أعلنت") */
            while (qt->np_end > qt->np_begin && tok_is_qad(&d->tokens[qt->np_end - 1]))
                qt->np_end--;
            if (qt->np_end - 1 > qt->np_begin && tok_is_kana(&d->tokens[qt->np_end - 1]))
                qt->np_end--;
            /* (and the comma that closed a topic: "أما الطيار الأردني المتقاعد، فيقول") */
            while (qt->np_end - 1 > qt->np_begin && tok_is_comma(&d->tokens[qt->np_end - 1]))
                qt->np_end--;
        } else if (after_relative(d, v) && vt->lex->verb_prep && qt->np_end > qt->np_begin && v >= 3 &&
                   tok_is_comma(&d->tokens[v - 2]) && d->tok_mention[v - 3] >= 0) {
            /* "على ذمة النائب X، الذي طالب الوزارة بأن": whom a relative verb of a
             * preposition asks is its object; the name before the relative speaks */
            const struct mention *m = &d->mentions[d->tok_mention[v - 3]];
            qt->np_begin = m->tok_begin;
            qt->np_end = m->tok_end;
        } else if ((qt->np_end == qt->np_begin || told_only(d, qt->np_begin, qt->np_end) ||
                    manner_only(q, qt->np_begin, qt->np_end)) &&
                   (b = aside_subject(q, v, &aside_end)) >= 0 && (english || after_relative(d, aside_end + 2) ||
                                                                  (aside_on_subject(d, b, aside_end + 1) &&
                                                                   names_someone(d, b, aside_end)))) {
            /* "Michael Torrance, speaking at a separate briefing, said"; "فمدير إحدى الشركات،
             * الذي طلب عدم نشر اسمه، يؤكد أن" (also with whom it told: "قال للصحفيين") */
            qt->np_begin = b;
            qt->np_end = aside_end;
        } else if (qt->np_end == qt->np_begin) {
            qt->subject_pronoun = (uint8_t)pronoun_before(d, v);
        }
        /* "وكانت مصادر مطلعة، طلبت عدم ...، قد أفادت "بلومبرغ" بأن": the subject stands
         * between كان and قد; what follows the verb is its object */
        int32_t kb, ke;
        /* (not the relayer of "كانت الوكالة قد نقلت عن X قوله": X speaks) */
        if (v > 0 && relay_b < 0 && tok_is_qad(&d->tokens[v - 1]) && kana_subject(q, v - 1, &kb, &ke)) {
            qt->np_begin = kb;
            qt->np_end = ke;
            qt->subject_pronoun = 0;
        }
    }
    /* "أوضح X أن:" over a list of lines: the colon after the complementiser ends the
     * line, and what follows is what was said, as after "أوضح X:" */
    if (region < 0 && cs + 1 == end && is_colon(d, cs) && cs > 0 && is_complementizer(q, cs - 1) &&
        end < d->n_tokens && (d->tokens[end].flags & TOKF_NEWLINE_BEFORE))
        cs = end;
    if (region >= 0) {
        const struct region *r = &q->r[region];
        int32_t close_end = r->close >= 0 ? r->close + 1 : r->inner_e;
        /* the quotation, and what follows it to the end of the clause when it is only
         * the start of the content (أنه “...” أن ...) */
        int32_t e = close_end;
        /* (not past a comma, unless another أن goes on: "بأنه «...»، لكنه لم ينف" is the
         * narrator's) */
        int comma_after = close_end + 1 < end && tok_is_comma(&d->tokens[close_end]) &&
                          !is_coordinated_complementizer(q, close_end + 1) && cue_in(q, close_end + 1, end);
        if (cs > v && r->open == cs && r->close >= 0 && cs > 0 && is_complementizer(q, cs - 1) && !comma_after) {
            int32_t ce = clause_end(q, close_end - 1, end > close_end ? end : close_end);
            if (object_on_verb && on_indefinite_noun(d, v))
                ce = first_comma(d, close_end, ce);
            if (ce > close_end)
                e = ce;
        } else if (!english && cs > v && r->open == cs && r->close >= 0 && close_end < end && !after_relative(d, v) &&
                   ((close_end + 1 < end &&
                     (complement_preposition(&d->tokens[close_end]) || lam_on_noun(d, close_end) ||
                      adverbial_complement(q, close_end) || fi_complement(q, close_end) ||
                      coordinated_noun(d, close_end) || condition_follows(d, close_end, end))) ||
                    construct_genitive(q, r, close_end) || describing_verb(q, r, close_end))) {
            /* (the genitive may end a headline: "وحنون تحذر من «عسكرة» المنطقة") */
            /* "دعا إلى «يقظة دبلوماسية» إزاء انعكاساته", "وصفها بأنها «انتهاك صريح»
             * للعقوبات": a marked head and the phrase it governs are one mixed quotation
             * (in a relative clause, "التي اتهمت X بـ«...» لقرارات", the marks alone) */
            int32_t ce = clause_end(q, close_end - 1, end);
            for (int32_t c = close_end; c < ce; c++)
                if (tok_is_comma(&d->tokens[c])) {
                    ce = c; /* (to the phrase's end, not into the next clause) */
                    break;
                }
            if (ce > close_end)
                e = ce;
        }
        if (english && cs > v && r->close >= 0) {
            e = joined_fragments(q, e, end);
            cs = earlier_fragment(q, cs, v);
        }
        set_content(q, qt, cs, e);
        if (cs > v && r->open == cs && tok_is_comma(&d->tokens[cs - 1]) && qt->content.start >= 0)
            return split_quotation(q, qt, v, end);
    } else if (np_cue_end >= 0) {
        set_content(q, qt, cs, np_cue_end);
    } else if (post_end >= 0) {
        set_content(q, qt, cs, post_end);
    } else if (cs >= end) {
        /* the lines after a colon that ends its line, up to the closing "— Name (@handle)"
         * line of a post or the end of the paragraph */
        int32_t e = paragraph_end(d, cs);
        int32_t s2 = d->tokens[cs].sentence;
        if (s2 + 1 < d->n_sentences && (d->sentences[s2].flags & SENT_SOCIAL))
            e = cs;
        /* (not an interview the colon introduces, "شرحت X كيف جرى تعقب الناقلة:" over
         * "يورونيوز: هل ...؟" and "X: ...": its first turn, a labelled question, is the
         * interviewer's, and each answer is read on its own) */
        if (cs < d->n_tokens && labelled_line(d, cs, e) && question_line(d, d->tokens[cs].sentence))
            e = cs;
        set_content(q, qt, cs, e);
    } else {
        int32_t ce = clause_end(q, cs, end);
        if (object_on_verb && on_indefinite_noun(d, v))
            ce = first_comma(d, cs, ce);
        else if (asp == ASPECT_PAST && past_that_clause(q, v, cs) && present_verb_goes_on(q, ce, end))
            ce = clause_end(q, ce + 1, end);
        /* "بأنها «حملة تضليل»، فيما اكتفت ...": the words end with their marks when a comma
         * follows that opens no other أن clause */
        if (cs < end && q->opens[cs] >= 0 && q->r[q->opens[cs]].close >= 0) {
            int32_t after = q->r[q->opens[cs]].close + 1;
            /* (bare لأن gives the speaker's reason, with a subject of its own: "«...»، لأن
             * البنوك باتت تسأل عن"; with his pronoun, "لأنه يرى أن", he goes on to new words) */
            int reason = after + 1 < ce && bare_because(&d->tokens[after + 1]);
            if (after + 1 < ce && tok_is_comma(&d->tokens[after]) && !is_coordinated_complementizer(q, after + 1) && !reason &&
                cue_in(q, after + 1, ce))
                ce = after;
        }
        /* English "that" is also a determiner: "twice that number." is no clause */
        int32_t words = 0;
        for (int32_t j = cs; j < ce && words < 3; j++)
            words += d->tokens[j].kind == TOK_WORD;
        if (english && words < 3) {
            if (cs == v + 1 || !no_that_clause(q, v, end, asp)) {
                d->n_quotes--;
                return 0;
            }
            cs = v + 1; /* "saying universities produce ... twice that number" */
            ce = clause_end(q, cs, end);
        }
        set_content(q, qt, cs, ce);
        if (qt->content.start >= 0)
            return siblings(q, qt, ce, end);
    }
    if (qt->content.start < 0) {
        d->n_quotes--;
        return 0;
    }
    return 1;
}

/* Is an organisation whose name starts with `head` (its article aside) named before
 * token b? "بحسب أرقام التعاونية" after "تعاونية مزارعي التفاح". */
static int body_named_before(const struct doc *d, int32_t b, const struct ustr *head)
{
    for (int32_t j = b - 1; j >= 0 && b - j <= 600; j--) {
        int32_t m = d->tok_mention[j];
        if (m < 0 || d->mentions[m].tok_begin != j)
            continue;
        const struct entity *en = &d->entities[d->mentions[m].entity];
        int32_t off = en->key_len > 2 && en->key[0] == 0x0627 && en->key[1] == 0x0644 ? 2 : 0;
        if (en->type == ENT_ORG && en->key_len - off >= head->len &&
            !memcmp(en->key + off, head->s, (size_t)head->len * sizeof(UChar)) &&
            (en->key_len - off == head->len || en->key[off + head->len] == ' '))
            return 1;
    }
    return 0;
}

/* Is token k the head of an organisation's name with the article alone (الدائرة،
 * التعاونية), the name of a body named before it? */
static int body_by_head_before(const struct qctx *q, int32_t k)
{
    const struct doc *d = q->d;
    const struct token *h = &d->tokens[k];
    if (d->tok_mention[k] >= 0 || h->kind != TOK_WORD || h->lex_prefix || !tok_has_article(h) || h->fold_len < 5)
        return 0;
    struct ustr stem = {h->fold + 2, h->fold_len - 2};
    const struct lex_entry *head = lexicon_get(q->lx, &stem, 1);
    return head && (head->kinds & LEX_ORG_HEAD) && !(head->role_classes & (CLASS_PLACE | CLASS_SITE)) &&
           body_named_before(d, k, &stem);
}

/* "بحسب منظمي الندوة"، "بحسب القائمين على المنصة": people named by what they do, the
 * sound plural of a word the dictionary holds (four letters at least), with its
 * article or (a participle in م) in construct with a definite word. */
__attribute__((noinline)) static int people_by_what_they_do(const struct qctx *q, int32_t b, int32_t e)
{
    const struct doc *d = q->d;
    const struct token *t = &d->tokens[b];
    if (t->kind != TOK_WORD || t->lex_prefix || tok_kinds(t) || d->tok_mention[b] >= 0 || !(t->flags & TOKF_ARABIC))
        return 0;
    /* (after the preposition the plural is genitive, in ين: القانون is no plural) */
    if (tok_has_article(t))
        return t->fold_len >= 8 && t->fold[t->fold_len - 2] == 0x064A && t->fold[t->fold_len - 1] == 0x0646 &&
               lexicon_is_common_as_written(q->lx, t->fold + 2, t->fold_len - 4);
    return t->fold_len >= 5 && t->fold[0] == 0x0645 && t->fold[t->fold_len - 1] == 0x064A && b + 1 < e &&
           tok_has_article(&d->tokens[b + 1]) && lexicon_is_common_as_written(q->lx, t->fold, t->fold_len - 1);
}

/* Is the phrase [b, e) something that can speak: a named entity, a role, a group, a
 * pronoun, a foreign name? بحسب التوقيت المحلي and وفقا للقانون are not. */
static int speaker_like(const struct qctx *q, int32_t b, int32_t e)
{
    const struct doc *d = q->d;
    /* "بحسب أرقام رسمية"، "وفق تقديرات أولية": figures described by their adjectives
     * alone are the source as written */
    if (b + 1 < e && (tok_kinds(&d->tokens[b]) & LEX_STATEMENT) && tok_adjectives_alone(d, b + 1, e))
        return 1;
    int32_t statement = b;
    if (b + 1 < e && (tok_kinds(&d->tokens[b]) & LEX_STATEMENT)) {
        b++; /* بحسب معطيات الصيدلية المركزية: the data's author */
        /* بحسب تقرير نشرته صحيفة "X"، حسب بيانات جمعتها "بلومبرغ": after a verb of
         * making, its author (and after a relative: "وفقا للملخص الذي نشره المركز") */
        if (tok_is_relative_pronoun(&d->tokens[b]) && b + 1 < e)
            b++;
        int32_t a = b + 1;
        if (a < e && tok_is_quote_mark(&d->tokens[a]))
            a++;
        if (d->tok_mention[b] < 0 && a < e && d->tok_mention[a] >= 0) {
            uint8_t type = d->entities[d->mentions[d->tok_mention[a]].entity].type;
            if (type == ENT_PERSON || type == ENT_ORG)
                return 1;
        }
    }
    /* (or a body named before by its head with the article: "بحسب أرقام التعاونية"،
     * "بحسب الدائرة") */
    if (b + 1 == e && body_by_head_before(q, b))
        return 1;
    /* "وحسب ذات المصدر، فإن": the same source as before */
    if (b + 1 < e && tok_marker(d, b, MARK_SAME_BEFORE))
        return 1;
    /* "وبحسب الوثيقة، فإن": a document named before speaks for its producer (with its
     * adjective too: "بحسب البيان الختامي") */
    if (statement < e && (tok_kinds(&d->tokens[statement]) & LEX_STATEMENT) && tok_has_article(&d->tokens[statement]))
        return 1;
    /* "على حد قول أحد المتصلين"، "بحسب إحدى المزارعات": one of a group of people, or of
     * a definite sound plural no list holds */
    if (b + 1 < e && d->tok_mention[b] < 0 && tok_one_of(&d->tokens[b])) {
        const struct token *w = &d->tokens[b + 1];
        if ((tok_kinds(w) & (LEX_GROUP | LEX_ROLE_NOUN | LEX_TITLE)) ||
            (tok_has_article(w) && !tok_kinds(w) && tok_sound_plural(w)))
            return 1;
    }
    /* "بحسب وسائل الإعلام الرسمية": a group, role or title of more than one word */
    const struct lex_entry *phrase;
    if (b < e && phrase_at(q, b, e, LEX_GROUP | LEX_ROLE_NOUN | LEX_TITLE | LEX_ORG_HEAD, &phrase))
        return 1;
    for (int32_t k = b; k < e; k++) {
        const struct token *t = &d->tokens[k];
        uint32_t kinds = tok_kinds(t);
        int32_t m = d->tok_mention[k];
        if (m >= 0) {
            uint8_t type = d->entities[d->mentions[m].entity].type;
            if (type == ENT_PERSON || type == ENT_ORG || (type == ENT_GPE && k == b))
                return 1;
        }
        if (kinds & (LEX_ROLE_NOUN | LEX_GROUP | LEX_TITLE | LEX_ORG_HEAD))
            return 1;
        if (k == b && (tok_is_name_like(q->lx, t) || tok_owned_people(d, q->lx, t))) /* (بحسب أقاربه) */
            return 1;
        if (k == b && kinds == 0 && (t->flags & TOKF_ARABIC) && t->fold_len >= 3) {
            /* له، لها، لهم — "according to him" */
            static const UChar lahu[] = {0x0644, 0x0647};
            if (t->fold_len <= 4 && !memcmp(t->fold, lahu, sizeof lahu))
                return 1;
        }
        if (k == b && (kinds & LEX_STOP)) {
            static const UChar lahu[] = {0x0644, 0x0647};
            if (t->fold_len >= 2 && t->fold_len <= 4 && !memcmp(t->fold, lahu, sizeof lahu))
                return 1;
        }
        if (k == b && (kinds & LEX_STOP) && !(kinds & LEX_PRONOUN))
            return 0;
        if (k == b && (kinds & LEX_TOPIC))
            return 0;
        /* "بحسب صيادين في الميناء": people of a trade no list holds */
        if (k == b && !kinds && tok_people_plural(q->lx, t))
            return 1;
        if (k == b && !kinds && people_by_what_they_do(q, b, e))
            return 1;
        if (k == b && !(kinds & LEX_GAZ) && (t->flags & TOKF_COMMON) && !tok_has_prep_clitic(t))
            return 0;
    }
    return 0;
}

/* The word that heads a source phrase [b, e): its first, or the one after a demonstrative
 * or an opening mark (هذه المصادر، «صوت بيروت»). */
static int32_t source_head(const struct doc *d, int32_t b, int32_t e)
{
    return b + (b + 1 < e && ((tok_kinds(&d->tokens[b]) & LEX_STOP) || tok_is_quote_mark(&d->tokens[b])));
}

/* "وبحسب معطيات الديوان، فإن"، "ووفقا لبيانات الصليب الأحمر، فإن": a source phrase [b, e)
 * opening its sentence and closed by "، فإن" frames a report, whoever or whatever the
 * phrase names (a publisher, a data set, a surgeon); a rule or a text is refused by the
 * caller, wherever the marker stands. */
static int reports_before_fa(const struct qctx *q, int32_t b, int32_t e, int32_t end)
{
    const struct doc *d = q->d;
    if (b >= e || e + 1 >= end || !tok_is_comma(&d->tokens[e]) || !is_complementizer(q, e + 1) ||
        d->tokens[e + 1].fold[0] != 0x0641)
        return 0;
    int32_t h = source_head(d, b, e);
    if (d->tokens[h].kind != TOK_WORD || (tok_kinds(&d->tokens[h]) & (LEX_STOP | LEX_VERB)))
        return 0;
    /* (not when the clause reports someone's words itself: "وبحسب بيان صادر عن الأمانة،
     * فإن البديوي شدد على أن ..." is البديوي's, which the statement only relays) */
    enum verb_aspect asp;
    for (int32_t j = e + 2; j < end && j <= e + 7 && d->tokens[j].kind == TOK_WORD; j++)
        if (is_verb(&d->tokens[j], &asp) && (asp == ASPECT_PAST || asp == ASPECT_PRESENT))
            return 0;
    return 1;
}

/* الأرقام، المعطيات: a statement noun the list holds without its article (the data
 * nouns, which as a verb's subject are no one's words: "وتظهر الأرقام أن") */
static int data_noun_with_article(const struct qctx *q, const struct token *t)
{
    if (t->kind != TOK_WORD || t->lex_prefix || !tok_has_article(t) || t->fold_len < 5)
        return 0;
    struct ustr stem = {t->fold + 2, t->fold_len - 2};
    const struct lex_entry *e = lexicon_get(q->lx, &stem, 1);
    return e && (e->kinds & LEX_STATEMENT);
}

/* "ووفقا لتقرير حديث صادر عن X"، "تقرير صادر الشهر الماضي عن X"، "الأرقام الأولية لوزارة
 * X": a document (token b) described by its adjectives, and then named by its maker after
 * عن (with صادر among the words between) or on ل. Where the maker's phrase starts, or b. */
static int32_t document_author_after(const struct qctx *q, int32_t b, int32_t e)
{
    static const UChar sadir[] = {0x0635, 0x0627, 0x062F, 0x0631};
    const struct doc *d = q->d;
    int issued = 0;
    for (int32_t j = b + 1; j + 1 < e && j <= b + 5; j++) {
        const struct token *t = &d->tokens[j];
        if (t->kind != TOK_WORD)
            return b;
        if (tok_is_an(t) && issued)
            return j + 1;
        /* (its maker on ل: a name, a body's head, a title, or a name in marks after it) */
        if (t->lex_prefix == 1 && t->fold[0] == 0x0644 && j > b + 1 && !issued &&
            (d->tok_mention[j] >= 0 || (tok_kinds(t) & (LEX_ORG_HEAD | LEX_TITLE | LEX_ROLE_NOUN)) ||
             tok_is_quote_mark(&d->tokens[j + 1])))
            return j;
        int32_t a = tok_has_article(t) ? 2 : 0;
        /* (an adjective agrees with the document: a definite word after an indefinite one
         * is in construct with it, its maker already: "إحصاءات السجل الوطني") */
        if (d->tok_mention[j] >= 0 || (!issued && (a != 0) != (tok_has_article(&d->tokens[b]) != 0)))
            return b;
        if (t->fold_len - a >= 4 && !t->lex_prefix && !memcmp(t->fold + a, sadir, sizeof sadir))
            issued = 1;
        else if ((tok_kinds(t) & ~LEX_STATEMENT) && !issued)
            return b; /* (only adjectives before the maker, or the time it was issued) */
    }
    return b;
}

/* The entry of a reporting verb carrying an object pronoun (أعلنته، ذكرتها), or NULL. */
static const struct lex_entry *verb_under_object(const struct qctx *q, int32_t k)
{
    const struct token *v = &q->d->tokens[k];
    if (v->kind != TOK_WORD || v->fold_len < 4 || v->fold_len > 40)
        return NULL;
    int32_t n = v->fold_len;
    for (int32_t sl = 1; sl <= 2; sl++) {
        if (v->fold[n - 1] != (sl == 1 ? 0x0647 : 0x0627) || (sl == 2 && v->fold[n - 2] != 0x0647))
            continue;
        struct ustr p = {v->fold + v->lex_prefix, n - sl - v->lex_prefix};
        if (p.len < 2)
            continue;
        const struct lex_entry *e = lexicon_get(q->lx, &p, 1);
        /* (not أسرة, a family, written with its ة: no أسرّه) */
        if (e && (e->kinds & LEX_VERB) && !(sl == 1 && tok_ta_marbuta(q->d, v)))
            return e;
    }
    return NULL;
}

static int preposition_with_pronoun(const struct token *t);

/* Is token k a reporting participle (مضيفا، مشيرة)? */
static int participle_at(const struct doc *d, int32_t k)
{
    enum verb_aspect asp;
    return is_verb(&d->tokens[k], &asp) && asp == ASPECT_PARTICIPLE;
}

/* بحسب X، CONTENT  or  CONTENT، بحسب X. */
/* "...، وفق ما أفادت X، في خطوة تأتي ...": a preposition and its word after the source
 * open the narrator's circumstance; the clause the source vouches for ended before it. */
static int circumstance_at(const struct doc *d, int32_t j)
{
    const struct token *t = &d->tokens[j], *next = &d->tokens[j + 1];
    static const UChar hin[] = {0x062D, 0x064A, 0x0646};
    if (next->kind != TOK_WORD || (next->fold_len == 3 && !memcmp(next->fold, hin, sizeof hin)))
        return 0; /* (في حين: a contrast, which clause_end handles) */
    return tok_is_fi(t); /* (not على: "وتنص المادة، وفقا للنص، على أنه" is the verb's own) */
}

/* "وأطفالها يأكلون وجبة واحدة، على حد قولها.": a closing tag (على حد قوله، وفق تعبيرها)
 * after a comma, ending a sentence no other cue has quoted, is the sentence's only cue:
 * the words before it are the speaker's, whom its pronoun points to. */
static int lone_closing_tag(const struct qctx *q, int32_t k, int32_t n)
{
    const struct doc *d = q->d;
    int32_t end = sent_end(d, k), after = k + n;
    if (k < 1 || !tok_is_comma(&d->tokens[k - 1]) || (after < end && (after + 1 < end || !is_stop_punct(&d->tokens[after]))))
        return 0;
    return d->n_quotes == 0 || d->quotes[d->n_quotes - 1].sentence != d->tokens[k].sentence;
}

static int source_cue(struct qctx *q, int32_t k, int32_t n, const struct lex_entry *e)
{
    struct doc *d = q->d;
    /* (not inside a name: محمد حسب الله) */
    if (d->tok_mention[k] >= 0)
        return 0;
    int32_t sb = sent_begin(d, k), end = sent_end(d, k);
    int32_t np_b = k + n, np_e = np_b;
    /* "أبلغ الكلام جاء على لسان X، الذي قال": what came from X is the verb's complement,
     * not a source closing the words before it (but "، كما جاء على لسان X" is one) */
    if (k > sb && (tok_kinds(&d->tokens[k - 1]) & LEX_VERB) && d->tokens[k - 1].lex->verb_in &&
        !(k - 1 > sb && tok_is_kama(&d->tokens[k - 2])))
        return 0;
    /* "...، على ما يقول دبلوماسي": a marker that ends in ما of its own is set off by a comma
     * ("لم يصدر أي تعليق على ما أوردته الصحيفة" comments on what was reported) */
    if (n > 1 && ma_of_source(&d->tokens[k + n - 1]) && (k == sb || !tok_is_comma(&d->tokens[k - 1])))
        return 0;
    /* "فاعتبرت على لسان المتحدثة باسمها X أن"، "وأكدت الحكومة على لسان وزيرها أن": whom
     * a verb relays, after it and its subject with no comma between, is part of the verb's
     * speaker phrase; the words are after it, not before */
    if (e->source_kind == SOURCE_RELAY)
        for (int32_t j = k - 1; j >= sb && k - j <= 4 && d->tokens[j].kind == TOK_WORD; j--)
            if ((tok_kinds(&d->tokens[j]) & LEX_VERB) && !(j > sb && tok_is_kama(&d->tokens[j - 1])))
                return 0;
    /* حسبما ذكرت الوكالة، وفق ما أعلنته اللجنة: the source is the subject of the verb
     * after ما */
    int after_ma = np_e + 1 < end && ma_of_source(&d->tokens[np_e]);
    if (after_ma)
        np_e++;
    /* (ما written onto the marker: حسبما، وفقما) */
    const struct token *last = &d->tokens[k + n - 1];
    if (!after_ma && (tok_marker(d, k + n - 1, MARK_MA_ATTACHED) ||
                      (last->lex_prefix && tok_marker_after(d, k + n - 1, last->lex_prefix, MARK_MA_ATTACHED))))
        after_ma = 1;
    int elided = 0, by_position = 0;
    uint8_t elided_gender = GENDER_UNKNOWN;
    /* "وحسبه، فإن"، "وبحسبها فإن"، "وفي تقديره، فإن": the marker carries its source as
     * a pronoun, the speaker in focus of that gender */
    const struct token *mk = &d->tokens[k + n - 1];
    int32_t mk_pronoun = !after_ma && (n == 1 || tok_written_pronoun(d, mk)) ? tok_object_pronoun_len(mk) : 0;
    if (mk_pronoun) {
        UChar suffix_end = mk->fold[mk->fold_len - 1];
        elided = 1;
        elided_gender = suffix_end == 0x0627 ? GENDER_FEM : suffix_end == 0x0645 ? GENDER_PLURAL : GENDER_MASC;
    }
    if (!elided && np_e < end && (is_verb(&d->tokens[np_e], NULL) || verb_under_object(q, np_e))) {
        int32_t rb, re;
        const struct token *vt2 = &d->tokens[np_e];
        /* (the verb may carry ما's pronoun: "وفق ما نقلته رويترز عن مسؤولين") */
        const struct lex_entry *ve2 = vt2->lex && (vt2->lex->kinds & LEX_VERB) ? vt2->lex : verb_under_object(q, np_e);
        /* (whom it relays is named before the phrase's comma: "بحسب ما نقلته وكالة تاس، بأن
         * موسكو ... إلى الدول" relays no one) */
        int32_t phrase_end = np_e;
        while (ve2 && ve2->verb_relay && phrase_end < end && !tok_is_comma(&d->tokens[phrase_end]) &&
               !is_stop_punct(&d->tokens[phrase_end]))
            phrase_end++;
        if (ve2 && ve2->verb_relay && relay_speaker(q, np_e, phrase_end, &rb, &re)) {
            np_b = np_e = rb; /* بحسب ما نقلت رويترز عن مصدرين مطلعين: the sources speak */
        } else {
            /* "وفق ما ورد في الصفحة 31 من التقرير": what came in a document, which is
             * the source by its position */
            int32_t doc_tok = -1;
            if (after_ma && vt2->lex && vt2->lex->verb_in && np_e + 2 < end && tok_is_fi(&d->tokens[np_e + 1]))
                for (int32_t j = np_e + 2; j < end && j - np_e <= 6 && d->tokens[j].kind != TOK_PUNCT; j++)
                    if (d->tok_mention[j] >= 0 || tok_is_statement_word(q->lx, &d->tokens[j]) ||
                        (tok_kinds(&d->tokens[j]) & LEX_ORG_HEAD)) {
                        doc_tok = j;
                        break;
                    }
            const struct token *after = np_e + 1 < end ? &d->tokens[np_e + 1] : NULL;
            /* (no one after the verb: its end, or where or how it was said, "في بيان"،
             * "عبر حسابها الرسمي") */
            int verb_known = vt2->lex && (vt2->lex->kinds & LEX_VERB);
            elided = doc_tok < 0 && (verb_known || after_ma) &&
                     (!after || is_stop_punct(after) ||
                      ((tok_kinds(after) & LEX_STOP) && !tok_has_article(after) && d->tok_mention[np_e + 1] < 0 &&
                       np_e + 2 < end &&
                       (tok_is_statement_word(q->lx, &d->tokens[np_e + 2]) ||
                        /* (but after ما's own pronoun, "وفق ما أفادت به أسرته", the one
                         * with the pronoun is who) */
                        (tok_pronoun_suffixed(d, &d->tokens[np_e + 2]) && !(after_ma && preposition_with_pronoun(after))))));
            if (elided && verb_known) {
                elided_gender = vt2->lex->verb_gender;
            } else if (elided) { /* (أوضحته: the verb's ت before its pronoun) */
                int32_t pl = tok_object_pronoun_len(vt2), n2 = vt2->fold_len - pl;
                elided_gender = n2 >= 3 && vt2->fold[n2 - 1] == 0x062A ? GENDER_FEM : GENDER_MASC;
            }
            np_b = ++np_e;
            /* (حسب ما أفادت به مصادر محلية: the preposition carrying ما's pronoun) */
            if (after_ma && np_e + 1 < end && preposition_with_pronoun(&d->tokens[np_e]))
                np_b = ++np_e;
            if (doc_tok >= 0)
                np_b = np_e = doc_tok, by_position = 1;
        }
    } else if (!elided && after_ma && np_e + 1 < end && d->tokens[np_e].kind == TOK_WORD && d->tok_mention[np_e] < 0 &&
               !(tok_kinds(&d->tokens[np_e]) & LEX_STOP) &&
               (tok_written_pronoun(d, &d->tokens[np_e]) || preposition_with_pronoun(&d->tokens[np_e + 1]))) {
        /* "وفق ما رصدته عنب بلدي"، "حسب ما أفادت به مصادر محلية": any verb whose pronoun
         * is ما; whoever follows it is the source, by its position */
        const struct token *vt2 = &d->tokens[np_e];
        np_e++;
        if (np_e < end && preposition_with_pronoun(&d->tokens[np_e]))
            np_e++;
        np_b = np_e;
        by_position = np_b < end && d->tokens[np_b].kind == TOK_WORD && !(tok_kinds(&d->tokens[np_b]) & LEX_STOP);
        /* "بحسب ما نشرته عبر صفحتها": no one after the verb; the sentence's subject, of
         * the verb's gender (its ت before the pronoun), published it */
        if (!by_position && (np_b >= end || is_stop_punct(&d->tokens[np_b]) || (tok_kinds(&d->tokens[np_b]) & LEX_STOP))) {
            int32_t pl = tok_object_pronoun_len(vt2), n2 = vt2->fold_len - pl;
            elided = 1;
            elided_gender = n2 >= 3 && vt2->fold[n2 - 1] == 0x062A ? GENDER_FEM : GENDER_MASC;
        }
    }
    /* (a فإن with no comma before it ends the phrase too: "وبحسب الوكالة فان") */
    while (np_e < end && np_e - np_b < SOURCE_NP_MAX && !tok_is_comma(&d->tokens[np_e]) &&
           !is_stop_punct(&d->tokens[np_e]) && !is_colon(d, np_e) && !(elided && np_e == k + n) &&
           !(np_e > np_b && d->tokens[np_e].fold[0] == 0x0641 && is_complementizer(q, np_e)))
        np_e++;
    /* (a long phrase still ends at the comma before فإن: "وبحسب بيان للوكالة الدولية للطاقة
     * الذرية صدر عقب زيارة فريق من خبرائها إلى موقع الضبعة، فإن") */
    if (np_e - np_b == SOURCE_NP_MAX && np_e < end && !tok_is_comma(&d->tokens[np_e])) {
        int32_t c = np_e;
        while (c + 1 < end && c - np_b < 2 * SOURCE_NP_MAX && d->tokens[c].kind == TOK_WORD && q->opens[c] < 0)
            c++;
        if (c + 1 < end && tok_is_comma(&d->tokens[c]) && is_complementizer(q, c + 1) && d->tokens[c + 1].fold[0] == 0x0641)
            np_e = c;
    }
    /* (a relative clause on the source, with no comma, that runs to the sentence's end:
     * "...، بحسب موقع «ديلي إن كيه» الإخباري الذي يتخذ من سول مقرا ويعتمد على ..."; the
     * source ends before it) */
    int relative_tail = 0;
    for (int32_t r = np_b + 1; r < np_e; r++) {
        if (!tok_is_relative_pronoun(&d->tokens[r]))
            continue;
        int32_t c = r + 1;
        while (c < end && d->tokens[c].kind != TOK_PUNCT && !is_complementizer(q, c))
            c++;
        if (c > r + 1 && (c >= end || (is_stop_punct(&d->tokens[c]) && c + 1 >= end))) {
            relative_tail = 1;
            np_e = r;
        }
        break;
    }
    /* (and a quoted name it runs into goes to its end: مراسل «ليبيا الأحرار») */
    for (int32_t j = np_b; by_position && j < np_e; j++)
        if (q->opens[j] >= 0 && q->r[q->opens[j]].close >= np_e && q->r[q->opens[j]].close < end &&
            q->r[q->opens[j]].words <= 3) {
            np_e = q->r[q->opens[j]].close + 1;
            break;
        }
    /* "بحسب أرقام عرضها الوزير X"، "وفق وثيقة اطلعت عليها رويترز": a document and the
     * verb of its making or reading; its author, after them, is the source */
    /* (the document's adjectives may come first: "بحسب تقرير داخلي آخر أعدته إدارة X";
     * a feminine one's ة is no pronoun: "ورقة خلفية أعدها فريق X") */
    int32_t dv = np_b + 1;
    while (dv + 1 < np_e && dv - np_b <= 3 && d->tokens[dv].kind == TOK_WORD && d->tok_mention[dv] < 0 &&
           !tok_has_article(&d->tokens[dv]) && !tok_kinds(&d->tokens[dv]) && (d->tokens[dv].flags & TOKF_COMMON) &&
           !tok_written_pronoun(d, &d->tokens[dv]) && !preposition_with_pronoun(&d->tokens[dv + 1]))
        dv++;
    if (dv > np_b + 1 && !tok_object_pronoun_len(&d->tokens[dv]) &&
        !(dv + 1 < np_e && preposition_with_pronoun(&d->tokens[dv + 1])))
        dv = np_b + 1; /* (no verb of the document's after them) */
    if (!elided && !by_position && dv + 1 < np_e && d->tok_mention[np_b] < 0 &&
        (tok_kinds(&d->tokens[np_b]) & LEX_STATEMENT) && d->tokens[dv].kind == TOK_WORD &&
        d->tok_mention[dv] < 0 && !(tok_kinds(&d->tokens[dv]) & LEX_STOP)) {
        int32_t a = dv + 1;
        int pronoun = tok_object_pronoun_len(&d->tokens[dv]) > 0;
        if (a + 1 < np_e && preposition_with_pronoun(&d->tokens[a]))
            a++, pronoun = 1;
        if (pronoun && (d->tok_mention[a] >= 0 || (tok_kinds(&d->tokens[a]) & (LEX_TITLE | LEX_ROLE_NOUN | LEX_ORG_HEAD))))
            np_b = a;
    }
    /* "بحسب أحدث إحصائية لفريق X"، "وفق آخر تقرير للأمم المتحدة": an elative (أفعل,
     * آخر) in construct with a document; the document's author is the source */
    if (!by_position && np_b + 2 < np_e && d->tok_mention[np_b] < 0 && d->tokens[np_b].kind == TOK_WORD &&
        d->tokens[np_b].fold[0] == 0x0627 && !d->tokens[np_b].lex_prefix &&
        (d->tokens[np_b].fold_len == 3 || d->tokens[np_b].fold_len == 4) && !tok_has_article(&d->tokens[np_b + 1]) &&
        (tok_kinds(&d->tokens[np_b + 1]) & LEX_STATEMENT) && d->tok_mention[np_b + 1] < 0)
        np_b++;
    /* "بحسب بيان صادر عن X"، "بيان نُسب إلى X": a statement, its participle of issue and
     * the preposition; its author is the source */
    if (!elided && !by_position && np_b + 3 < np_e && d->tok_mention[np_b] < 0 &&
        (tok_kinds(&d->tokens[np_b]) & LEX_STATEMENT) && d->tokens[np_b + 1].kind == TOK_WORD &&
        !tok_has_article(&d->tokens[np_b + 1]) && d->tok_mention[np_b + 1] < 0 &&
        (tok_is_an(&d->tokens[np_b + 2]) || tok_is_ila(&d->tokens[np_b + 2])))
        np_b += 3;
    else if (!elided && !by_position && d->tok_mention[np_b] < 0 &&
             ((tok_kinds(&d->tokens[np_b]) & LEX_STATEMENT) || data_noun_with_article(q, &d->tokens[np_b])))
        np_b = document_author_after(q, np_b, np_e);
    /* the phrase proper ends before a preposition phrase or a time word */
    int32_t np_core = np_after(q, np_b, np_e);
    if (np_core == np_b && np_b < np_e)
        np_core = np_b + 1; /* لها، له */
    /* at the start of the sentence, after at most a conjunction or two */
    int32_t sb2 = skip_timestamp(d, sb, end);
    /* (or of a clause after a semicolon: "لم يعد سرا؛ فبحسب تقديرات X، فإن ...") */
    for (int32_t j = k - 1; j > sb2; j--)
        if (d->tokens[j].kind == TOK_PUNCT && d->tokens[j].fold_len == 1 &&
            (d->tokens[j].fold[0] == 0x061B || d->tokens[j].fold[0] == ';')) {
            sb2 = j + 1;
            break;
        }
    int initial = k - sb2 <= 3;
    for (int32_t j = sb2; j < k && initial; j++) {
        const struct token *t = &d->tokens[j];
        if (t->kind == TOK_PUNCT || (tok_kinds(t) & LEX_STOP))
            continue;
        initial = 0;
    }
    /* (or of a clause after a comma, opened by its ف or و, whose phrase ends at "، فإن":
     * "غير أن ما يقلقنا أبعد من ذلك، فبحسب خبراء ...، فإن") */
    const struct token *mt = &d->tokens[k];
    if (!initial && k > sb2 && tok_is_comma(&d->tokens[k - 1]) && mt->lex_prefix == 1 &&
        (mt->fold[0] == 0x0641 || mt->fold[0] == 0x0648) && np_e + 1 < end && tok_is_comma(&d->tokens[np_e]) &&
        ((is_complementizer(q, np_e + 1) && d->tokens[np_e + 1].fold[0] == 0x0641) ||
         source_apposition_then_clause(q, np_e, end)))
        initial = 1;
    if (!elided && !by_position && !speaker_like(q, np_b, np_core) && !(initial && reports_before_fa(q, np_b, np_e, end)))
        return 0;
    /* (a rule or a text is no source wherever the marker stands: "وفقا للقانون الدولي"،
     * "بحسب نصها"; markers.tsv, norm) */
    int32_t head = np_b < np_e ? source_head(d, np_b, np_e) : -1;
    if (!elided && !by_position && head >= 0 && d->tokens[head].kind == TOK_WORD &&
        tok_marker_behind_clitics(d, head, MARK_NORM))
        return 0;
    /* (ووفقا لدبلوماسي آسيوي في نيويورك: the place is part of who) */
    /* (who it is by position ends before the statement it was in: "وفق ما رصدته X في
     * جولة ميدانية") */
    int32_t np_who = np_e;
    for (int32_t j = np_b + 1; by_position && j + 1 < np_e; j++)
        if ((is_preposition(&d->tokens[j]) || tok_is_fi(&d->tokens[j])) &&
            (tok_is_statement_word(q->lx, &d->tokens[j + 1]) || tok_is_manner_after_ba(d, q->lx, j + 1, 0))) {
            np_who = j;
            break;
        }
    struct quote *qt = cued_quote(q, k, CUE_SOURCE, d->tokens[k].sentence, np_b, np_who);
    if (!qt)
        return -1;
    qt->cue.end = d->tokens[k + n - 1].span.end;
    qt->cue_gender = elided_gender;
    if (elided)
        qt->np_begin = qt->np_end = k + n; /* no one named: resolved as an elided subject */
    /* ("وحسبه فإن"، "وبحسب الوكالة فان": فإن may follow with no comma) */
    int bare_fa = initial && (elided ? np_e == k + n : np_e > np_b) && np_e < end && is_complementizer(q, np_e) &&
                  d->tokens[np_e].fold[0] == 0x0641;
    if (initial && np_e < end && (tok_is_comma(&d->tokens[np_e]) || bare_fa)) {
        int32_t cs = bare_fa ? np_e : np_e + 1;
        /* "ووفقا للنائب X، عضو اللجنة عن الحزب، فإن ...": an apposition set off by commas
         * before the فإن that opens the content */
        for (int32_t j = cs; j < end && j - cs <= SOURCE_NP_MAX && !is_stop_punct(&d->tokens[j]); j++) {
            if (is_complementizer(q, j) || is_verb(&d->tokens[j], NULL))
                break;
            if (tok_is_comma(&d->tokens[j])) {
                if (j + 1 < end && is_complementizer(q, j + 1) && d->tokens[j + 1].fold[0] == 0x0641)
                    cs = j + 1;
                break;
            }
        }
        /* ، فإن ... / ، فقد ...: the particle belongs to the frame */
        while (cs < end && d->tokens[cs].kind == TOK_WORD &&
               ((is_complementizer(q, cs) && d->tokens[cs].fold[0] == 0x0641) ||
                (d->tokens[cs].fold_len == 3 && d->tokens[cs].fold[0] == 0x0641 && d->tokens[cs].fold[1] == 0x0642 &&
                 d->tokens[cs].fold[2] == 0x062F)))
            cs++;
        /* (and a second clause in وإن goes on it: "فإن A، وإن B") */
        int32_t ce = clause_end(q, cs, end);
        while (ce + 2 < end && tok_is_comma(&d->tokens[ce]) && d->tokens[ce + 1].fold[0] == 0x0648 &&
               is_coordinated_complementizer(q, ce + 1)) {
            int32_t e2 = clause_end(q, ce + 2, end);
            if (e2 <= ce + 2)
                break;
            ce = e2;
        }
        set_content(q, qt, cs, ce);
    } else if (!initial && (np_e >= end || is_stop_punct(&d->tokens[np_e]) || relative_tail ||
                            (tok_is_comma(&d->tokens[np_e]) && np_e + 2 < end &&
                             (after_relative(d, np_e + 2) || participle_at(d, np_e + 1) ||
                              circumstance_at(d, np_e + 1))))) {
        /* "يذكر أن ...، وفق ما أعلنته المفوضية": the narrator's background, sourced */
        if (narrator_aside(q, sb) || (sb + 1 < k && narrator_aside(q, sb + 1))) {
            d->n_quotes--;
            return 0;
        }
        /* "...، بحسب يون، التي تعتقد أن ...": a relative clause may follow the source,
         * or the source's own words go on after a participle ("...، حسبما أفاد به
         * دبلوماسي، مضيفا أن") */
        /* the clause before the marker, after a leading connector */
        /* (a closing mark before the comma closes words of the clause: "وارتفعت الأسعار
         * "بشكل جنوني"، بحسب أحد التجار") */
        int32_t ce = k;
        while (ce > sb && (tok_is_comma(&d->tokens[ce - 1]) || d->tokens[ce - 1].kind == TOK_PUNCT) &&
               !is_mark(&d->tokens[ce - 1]))
            ce--;
        /* a quotation already attributed in this sentence makes the marker a channel —
         * except "نقلا عن X", which names who spoke through the channel; quotations are
         * made in text order, so only the latest ones can be here */
        for (int32_t i = d->n_quotes - 2; i >= 0 && d->quotes[i].sentence == qt->sentence; i--) {
            if (d->quotes[i].content.end <= d->tokens[k].span.start) {
                if (e->source_kind == SOURCE_RELAY) {
                    d->quotes[i].np_begin = np_b;
                    d->quotes[i].np_end = np_e;
                    d->quotes[i].cue_kind = CUE_SOURCE;
                }
                d->n_quotes--;
                return 0;
            }
        }
        set_content(q, qt, sb, ce);
    } else if (!initial && np_e + 1 < end && tok_is_comma(&d->tokens[np_e]) && k >= 2 && tok_is_comma(&d->tokens[k - 1])) {
        /* "فالخليج، بحسب الأكاديميين، ليس طرفا": a source set off between a short subject
         * and its predicate; the content is both, the source inside it */
        /* (one or two definite words, none a function word) */
        int32_t s0 = k - 1;
        while (s0 > sb && k - 1 - s0 < 2 && d->tokens[s0 - 1].kind == TOK_WORD && tok_has_article(&d->tokens[s0 - 1]) &&
               !(tok_kinds(&d->tokens[s0 - 1]) & (LEX_VERB | LEX_COMPLEMENTIZER | LEX_STOP)))
            s0--;
        if (s0 == k - 1 || (s0 > sb && !tok_is_comma(&d->tokens[s0 - 1])) || is_verb(&d->tokens[np_e + 1], NULL) ||
            e->source_kind == SOURCE_RELAY) {
            d->n_quotes--;
            return 0;
        }
        const struct token *st = &d->tokens[s0];
        int32_t from = st->lex_prefix == 1 && (st->fold[0] == 0x0641 || st->fold[0] == 0x0648)
                           ? tok_u16_at_fold(d, st, 1) : st->span.start; /* (its ف or و: the frame's) */
        set_content(q, qt, s0, clause_end(q, np_e + 1, end));
        if (qt->content.start >= 0)
            qt->content.start = from;
    } else {
        d->n_quotes--;
        return 0;
    }
    if (qt->content.start < 0) {
        d->n_quotes--;
        return 0;
    }
    return 1;
}

/* منه، عنه، به، إليه، عليه (and ها): a preposition carrying the pronoun of ما. */
static int preposition_with_pronoun(const struct token *t)
{
    static const UChar forms[][5] = {
        {0x0645, 0x0646, 0x0647}, {0x0639, 0x0646, 0x0647}, {0x0628, 0x0647}, {0x0627, 0x0644, 0x064A, 0x0647},
        {0x0639, 0x0644, 0x064A, 0x0647}, {0x0645, 0x0646, 0x0647, 0x0627}, {0x0639, 0x0646, 0x0647, 0x0627},
        {0x0628, 0x0647, 0x0627}, {0x0627, 0x0644, 0x064A, 0x0647, 0x0627}, {0x0639, 0x0644, 0x064A, 0x0647, 0x0627},
    };
    static const int lens[] = {3, 3, 2, 4, 4, 4, 4, 3, 5, 5};
    for (size_t i = 0; i < sizeof lens / sizeof lens[0]; i++)
        if (t->fold_len == lens[i] && !memcmp(t->fold, forms[i], (size_t)lens[i] * sizeof(UChar)))
            return 1;
    return 0;
}

/* CONTENT، وهو ما أكده X: the verb carries the object pronoun and follows ما. */
/* The verb of "وهو ما أكده X" / "وهو ما حذر منه X" after the ما at token k (its entry),
 * or NULL; *after_verb is the token after the verb and its pronoun. */
static const struct lex_entry *verb_on_antecedent(const struct qctx *q, int32_t k, int32_t *after_verb);

static const struct lex_entry *relative_verb(const struct qctx *q, int32_t k, int32_t *after_verb)
{
    return tok_relative_ma(q->d, k) ? verb_on_antecedent(q, k, after_verb) : NULL;
}

/* "...، وهو كلام ردّت عليه X"، "وهي تصريحات وصفها X": وهو or وهي, a noun of no article
 * and a verb whose pronoun is that noun: the relative clause of "وهو ما"; its verb's
 * entry, or NULL. */
static const struct lex_entry *noun_relative_verb(const struct qctx *q, int32_t k, int32_t end, int32_t *after_verb)
{
    const struct doc *d = q->d;
    const struct token *t = &d->tokens[k];
    if (k + 2 >= end || !tok_is_wa_huwa(t))
        return NULL;
    const struct token *noun = &d->tokens[k + 1];
    if (noun->kind != TOK_WORD || noun->lex_prefix || tok_has_article(noun) || !(noun->flags & TOKF_COMMON) ||
        (tok_kinds(noun) & (LEX_STOP | LEX_VERB | LEX_COMPLEMENTIZER)) || d->tok_mention[k + 1] >= 0)
        return NULL;
    return verb_on_antecedent(q, k + 1, after_verb);
}

/* The verb after token k that carries the pronoun of what k stands for (أكده، حذر منه). */
static const struct lex_entry *verb_on_antecedent(const struct qctx *q, int32_t k, int32_t *after_verb)
{
    const struct doc *d = q->d;
    const struct token *v = &d->tokens[k + 1];
    if (v->kind != TOK_WORD || v->fold_len < 3 || v->fold_len > 40)
        return NULL; /* (three letters: "وهو ما علّق عليه X") */
    /* strip the object pronoun ه / ها and look the verb up */
    UChar buf[48];
    int32_t n = v->fold_len, vs = v->lex_prefix;
    const struct lex_entry *ve = NULL;
    for (int suffix = 1; suffix <= 2 && !ve; suffix++) {
        int32_t len = n - vs - suffix;
        if (len < 2 || v->fold[n - 1] != (suffix == 1 ? 0x0647 : 0x0627) || (suffix == 2 && v->fold[n - 2] != 0x0647))
            continue;
        memcpy(buf, v->fold + vs, (size_t)len * sizeof(UChar));
        /* أكدته -> أكدت */
        struct ustr p = {buf, len};
        const struct lex_entry *e = lexicon_get(q->lx, &p, 1);
        /* (a final ى turns alef before the pronoun: نفاه -> نفى) */
        if (!e && buf[len - 1] == 0x0627) {
            buf[len - 1] = 0x064A;
            e = lexicon_get(q->lx, &p, 1);
        }
        if (e && (e->kinds & LEX_VERB) && e->verb_aspect <= ASPECT_PRESENT)
            ve = e;
    }
    *after_verb = k + 2;
    if (!ve && v->lex && (v->lex->kinds & LEX_VERB) && k + 2 < d->n_tokens && preposition_with_pronoun(&d->tokens[k + 2])) {
        ve = v->lex; /* وهو ما حذر منه X: the pronoun sits on the preposition */
        *after_verb = k + 3;
    }
    return ve;
}

static int relative_cue(struct qctx *q, int32_t k)
{
    struct doc *d = q->d;
    int32_t after_verb;
    const struct lex_entry *ve = relative_verb(q, k, &after_verb);
    if (!ve)
        return 0;
    int32_t sb = sent_begin(d, k - 1), end = sent_end(d, k);
    /* (an adverb between the verb and its subject: "وهو ما حذر منه أيضا مسؤول") */
    if (after_verb + 1 < end && tok_marker(d, after_verb, MARK_READ_ALSO_NEXT))
        after_verb++;
    /* (and the outlet told, before the subject: "وهو ما أكده لـ«مرصد الأسواق» مدير فرع") */
    if (after_verb + 2 < end && tok_is_lone_lam(&d->tokens[after_verb]) && q->opens[after_verb + 1] >= 0) {
        int32_t c = q->r[q->opens[after_verb + 1]].close;
        if (c > after_verb + 1 && c + 1 < end && q->r[q->opens[after_verb + 1]].words <= 4 &&
            d->tokens[c + 1].kind == TOK_WORD)
            after_verb = c + 1;
    }
    int32_t cb, ce;
    if (k - 1 == sb) {
        /* at the start of a sentence: the previous sentence is what was confirmed */
        int32_t s = d->tokens[k].sentence;
        if (s == 0)
            return 0;
        cb = d->sentences[s - 1].tok_begin;
        ce = d->sentences[s - 1].tok_end;
    } else {
        /* the clause that ends at the comma before وهو, from the comma before it */
        ce = k - 1;
        while (ce > sb && (tok_is_comma(&d->tokens[ce - 1]) || d->tokens[ce - 1].kind == TOK_PUNCT))
            ce--;
        cb = ce;
        while (cb > sb && !tok_is_comma(&d->tokens[cb - 1]) && !is_stop_punct(&d->tokens[cb - 1]))
            cb--;
        /* "...يوميا، في أول زيادة منذ عامين، وهو ما أكده X": a short phrase in a
         * preposition, with no verb, is an aside on the clause before it, which is what was
         * confirmed */
        if (cb > sb + 1 && tok_is_comma(&d->tokens[cb - 1]) && ce - cb <= 6 &&
            (tok_is_fi(&d->tokens[cb]) || preposition_at(d, cb)) && !verb_in(q, cb, ce)) {
            ce = cb - 1;
            cb = ce;
            while (cb > sb && !tok_is_comma(&d->tokens[cb - 1]) && !is_stop_punct(&d->tokens[cb - 1]))
                cb--;
        }
        /* "تربط أربيل بموسكو علاقات، لا سيما في قطاع النفط، وهو ما أكده X": words after a
         * comma with no verb of their own (an apposition, a phrase), or a relative clause on
         * the noun before, are not a clause; what was confirmed starts before them */
        while (cb > sb + 1 && tok_is_comma(&d->tokens[cb - 1])) {
            int32_t se = cb;
            while (se < ce && !tok_is_comma(&d->tokens[se]))
                se++;
            /* ("، وسط تقارير غربية عن تبادل ...، وهو ما تنفيه X": what is denied is told there) */
            int talk_about = 0;
            for (int32_t j = cb; j < se && !talk_about; j++)
                talk_about = tok_is_an(&d->tokens[j]);
            if ((verb_in(q, cb, se) && !tok_is_relative_pronoun(&d->tokens[cb])) || talk_about)
                break;
            cb--;
            while (cb > sb && !tok_is_comma(&d->tokens[cb - 1]) && !is_stop_punct(&d->tokens[cb - 1]))
                cb--;
        }
        /* حيث، إذ: the clause word is not what was said */
        while (cb < ce && (tok_kinds(&d->tokens[cb]) & LEX_CONJ_BREAK))
            cb++;
    }
    /* (ب or ل written apart opens what follows, "وهو ما يصفه بـ«...»": no one named, the
     * subject is elided) */
    const struct token *at = after_verb < end ? &d->tokens[after_verb] : NULL;
    int lone = at && at->kind == TOK_WORD && at->fold_len == 1 && (at->fold[0] == 0x0628 || at->fold[0] == 0x0644);
    struct quote *qt = cued_quote(q, k + 1, CUE_RELATIVE, d->tokens[k].sentence, after_verb,
                                  lone ? after_verb : np_after(q, after_verb, end));
    if (!qt)
        return -1;
    qt->cue_gender = ve->verb_gender;
    if (!lone) {
        /* وهو ما أكده دبلوماسي من إحدى دول البلطيق، ...: the speaker runs to the comma */
        int32_t re = qt->np_end;
        int said_in = 0;
        while (re < end && re - k < 14) {
            /* (a short name in marks after a preposition is part of it: "مصدر مقرّب من «حزب
             * الله»"; not the verb's own words, "اعتبرته X حينها «انتصارا ...»") */
            int32_t mr = q->opens[re];
            if (mr >= 0 && q->r[mr].close > re && q->r[mr].words <= 3 && re > qt->np_end &&
                is_preposition(&d->tokens[re - 1])) {
                re = q->r[mr].close + 1;
                continue;
            }
            /* (and it ends before where it was said: "مصدر بالوزارة | في تصريح للإذاعة") */
            /* (its pronoun on too: "نقيب الخبازين | في حديثه للإذاعة") */
            said_in = tok_is_fi(&d->tokens[re]) && re + 1 < end && tok_is_statement_word(q->lx, &d->tokens[re + 1]);
            if (said_in || d->tokens[re].kind != TOK_WORD || is_complementizer(q, re) ||
                (tok_kinds(&d->tokens[re]) & (LEX_VERB | LEX_CONJ_BREAK)))
                break;
            re++;
        }
        /* (or to a verb that opens an asyndetic relative on it: "أكده وسيط في مدينة يانجي
         * طلب عدم ذكر اسمه") */
        if (re < end && (said_in || d->tokens[re].kind == TOK_PUNCT ||
                         ((tok_kinds(&d->tokens[re]) & LEX_VERB) && !d->tokens[re].lex_prefix && re > qt->np_end)))
            qt->np_end = re;
        /* (and the name set off by commas after a title: "وهو ما ذهب إليه عضو المجلس البلدي،
         * عبد الحميد المسماري،") */
        int32_t nm = re + 1 < end && tok_is_comma(&d->tokens[re]) ? d->tok_mention[re + 1] : -1;
        int titled = 0; /* (after an adverb too: "ذهب إليه أيضا عضو المجلس") */
        for (int32_t j = qt->np_begin; nm >= 0 && j < re && j < qt->np_begin + 2 && !titled; j++)
            titled = (tok_kinds(&d->tokens[j]) & LEX_TITLE) != 0;
        if (nm >= 0 && qt->np_end == re && titled &&
            d->mentions[nm].tok_begin == re + 1 && d->entities[d->mentions[nm].entity].type == ENT_PERSON &&
            (d->mentions[nm].tok_end >= end || d->tokens[d->mentions[nm].tok_end].kind == TOK_PUNCT))
            qt->np_end = d->mentions[nm].tok_end;
        /* ("طلب عدم ذكر اسمه"، "رفض ذكر اسمه": the verbal noun's verb opens that relative) */
        if (qt->np_end == re && re < end && after_negation_noun(d, re)) {
            int32_t cut = re - 1;
            if (cut - 1 > qt->np_begin && d->tokens[cut - 1].kind == TOK_WORD && (d->tokens[cut - 1].flags & TOKF_COMMON) &&
                !tok_has_article(&d->tokens[cut - 1]) && d->tok_mention[cut - 1] < 0)
                cut--;
            if (cut > qt->np_begin)
                qt->np_end = cut;
        }
    }
    /* وهو ما وصفته واشنطن بأنه “...”: the verb has content of its own */
    int32_t region = -1, open_tok = -1;
    int32_t own = find_opening(q, k + 1, end, qt->np_end, &region, NULL, NULL, &open_tok);
    /* (not one a relative clause on the speaker opens: "وهو ما أكده رئيس البلدية، X، الذي
     * لفت إلى أن" has the clause before it, and الذي لفت its own) */
    for (int32_t j = qt->np_end; own >= 0 && j + 1 < own; j++)
        if (tok_is_relative_pronoun(&d->tokens[j]) && is_verb(&d->tokens[j + 1], &(enum verb_aspect){0}))
            own = -1;
    if (own >= 0 && own < end) {
        if (region >= 0) {
            const struct region *r = &q->r[region];
            set_content(q, qt, own, r->close >= 0 ? r->close + 1 : r->inner_e);
        } else {
            set_content(q, qt, own, clause_end(q, own, end));
        }
    } else {
        /* "وبحسب شهود عيان، فإن ...، وهو ما اعترف به X": a clause already the words of
         * a source, of someone named or of a group is not made a second speaker's
         * (tests/cases/README.md, ar-189); a sourceless "وتشير التقديرات إلى أن" is
         * still X's */
        struct span back = {cb < ce ? d->tokens[cb].span.start : 0, cb < ce ? d->tokens[ce - 1].span.end : 0};
        /* (quotations are made in text order: those of earlier sentences end the scan) */
        for (int32_t i = d->n_quotes - 2; i >= 0 && back.start < back.end && d->quotes[i].sentence + 1 >= d->tokens[cb].sentence; i--) {
            const struct quote *o = &d->quotes[i];
            /* (or by a role: "وقال السفير إن الوضع خطير، وهو ما حذر منه مسؤول") */
            if (o->content.start < back.end && o->content.end > back.start &&
                (o->cue_kind == CUE_SOURCE || names_entity(d, o->np_begin, o->np_end) ||
                 (o->np_end > o->np_begin && (tok_kinds(&d->tokens[o->np_begin]) & (LEX_TITLE | LEX_ROLE_NOUN)) &&
                  (d->tokens[o->np_begin].lex->role_classes & CLASS_PERSON)))) {
                d->n_quotes--;
                return 0;
            }
        }
        set_content(q, qt, cb, ce);
    }
    if (qt->content.start < 0) {
        d->n_quotes--;
        return 0;
    }
    return 1;
}

/* The words of the closed region r, direct, cued at token cue with the speaker's phrase
 * [np_b, np_e). 1 when made, 0 when not, -1 when out of memory. */
static int closed_words_quote(struct qctx *q, int32_t cue, uint8_t kind, int32_t np_b, int32_t np_e, const struct region *r)
{
    struct doc *d = q->d;
    struct quote *qt = cued_quote(q, cue, kind, d->tokens[cue].sentence, np_b, np_e);
    if (!qt)
        return -1;
    set_content(q, qt, r->open, r->close + 1);
    if (qt->content.start < 0) {
        d->n_quotes--;
        return 0;
    }
    qt->type = QUOTE_DIRECT;
    return 1;
}

/* "«...»، بهذه الكلمات بدأ المواطن X حديثه" (or after the quotation's full stop): the
 * quotation just closed is the words of the subject of the verb after "these words".
 * k is بهذه. 1 when made, 0 when not, -1 when out of memory. */
static int these_words_cue(struct qctx *q, int32_t k)
{
    struct doc *d = q->d;
    /* (or one word: "«...»، هكذا علّق X") */
    int thus = k + 2 < d->n_tokens && tok_marker(d, k, MARK_THUS);
    if (!thus && (k + 3 >= d->n_tokens || !tok_marker(d, k, MARK_THESE_WORDS) || !tok_marker(d, k + 1, MARK_THESE_WORDS_NEXT)))
        return 0;
    int32_t p = k - 1;
    while (p > 0 && (tok_is_comma(&d->tokens[p]) || tok_is_char(&d->tokens[p], '.') || tok_is_char(&d->tokens[p], 0x061B)))
        p--;
    if (p < 0 || q->closes[p] < 0)
        return 0;
    const struct region *r = &q->r[q->closes[p]];
    int32_t v = thus ? k + 1 : k + 2, end = sent_end(d, k);
    /* (a phrase, "عبارة قالها X", only with a verb of saying on its pronoun) */
    if (thus && d->tokens[k].fold_len > 4 && (!verb_under_object(q, v) || p == k - 1)) /* (after a sign: "»؛ عبارة") */
        return 0;
    if (d->tokens[v].kind != TOK_WORD || r->words < 2)
        return 0;
    /* (after "هذا ما" only a verb of saying whose pronoun is ما: "هذا ما يرويه X") */
    if (!thus && tok_is_ma(&d->tokens[k + 1]) && !verb_under_object(q, v))
        return 0;
    int32_t np_e = np_after(q, v + 1, end);
    if (np_e <= v + 1 || !names_someone(d, v + 1, np_e))
        return 0;
    return closed_words_quote(q, v, CUE_VERB, v + 1, np_e, r);
}

/* "كلمة الأسبوع: «...» (كيم جونغ أون).": a person or body named alone in parentheses right
 * after a closed quotation is whose words they are, as a source marker would say. k is the
 * opening parenthesis. 1 when made, 0 when not, -1 when out of memory. */
static int name_in_parentheses_cue(struct qctx *q, int32_t k)
{
    struct doc *d = q->d;
    if (k < 1 || k + 2 >= d->n_tokens || q->closes[k - 1] < 0 || !tok_is_char(&d->tokens[k], '(') ||
        d->tok_mention[k + 1] < 0)
        return 0;
    const struct mention *m = &d->mentions[d->tok_mention[k + 1]];
    uint8_t type = d->entities[m->entity].type;
    const struct region *r = &q->r[q->closes[k - 1]];
    if (m->tok_begin != k + 1 || m->tok_end >= d->n_tokens || !tok_is_char(&d->tokens[m->tok_end], ')') ||
        (type != ENT_PERSON && type != ENT_ORG) || r->words < 3 || r->open < 0 || region_is_name(q, r) ||
        d->tok_mention[r->open + 1] >= 0) /* (a name in marks, then its short form: «...» (MSMT)) */
        return 0;
    /* (not words some cue already gave someone; the quotations are made as the main loop
     * reads the text, so those are among the latest: the look back ends at one wholly
     * in an earlier sentence, which keeps a text of many such regions linear) */
    int32_t from = d->tokens[r->open].span.start, to = d->tokens[r->close].span.end;
    int32_t here = d->tokens[r->open].sentence;
    for (int32_t i = d->n_quotes - 1; i >= 0; i--) {
        const struct quote *o = &d->quotes[i];
        if (o->content.start < to && o->content.end > from)
            return 0;
        if (o->content.end <= from && o->sentence < here)
            break;
    }
    return closed_words_quote(q, k + 1, CUE_SOURCE, k + 1, m->tok_end, r);
}

/* Is the head [b, he) an outlet (DW عربية:، الجزيرة نت:)? In an interview it labels
 * the interviewer's questions. */
static int media_head(const struct doc *d, int32_t b, int32_t he)
{
    /* (the head noun before a known name: "وكالة رويترز:") */
    if (b + 1 < he && d->tok_mention[b] < 0 && (tok_kinds(&d->tokens[b]) & LEX_ORG_HEAD))
        b++;
    int32_t m = d->tok_mention[b];
    return m >= 0 && d->mentions[m].tok_end >= he &&
           (d->entities[d->mentions[m].entity].classes & CLASS_MEDIA);
}

/* Does the span end with a question mark (the mark itself just after it)? */
static int ends_in_question(const struct doc *d, struct span s)
{
    for (int32_t i = s.end - 1; i < d->text.len && i <= s.end + 1; i++)
        if (i >= 0 && (d->text.u16[i] == 0x061F || d->text.u16[i] == '?'))
            return 1;
    return 0;
}

/* Is token k a state, body or person named with ل written onto it (لطوكيو, للكرملين)? */
static int addressee_in_lam(const struct doc *d, int32_t k)
{
    const struct token *t = &d->tokens[k];
    int32_t m = d->tok_mention[k];
    if (t->kind != TOK_WORD || t->fold_len < 3 || t->fold[0] != 0x0644 || m < 0 || d->mentions[m].tok_begin != k ||
        d->mentions[m].tok_end != k + 1)
        return 0;
    const struct entity *e = &d->entities[d->mentions[m].entity];
    /* (the ل is a clitic when the name itself does not start with it) */
    return e->type != ENT_LOC && strncmp(e->name, "ل", strlen("ل")) != 0;
}

/* Do the tokens [b, e) read as prepositional phrases only (لواشنطن في مجلس الأمن)? Each
 * starts with a preposition, as a word or a clitic, and none holds a verb or a mark. */
static int preposition_phrases(const struct doc *d, int32_t b, int32_t e)
{
    if (e - b > 6 || !(is_preposition(&d->tokens[b]) || tok_has_prep_clitic(&d->tokens[b]) ||
                       (tok_kinds(&d->tokens[b]) & LEX_STOP)))
        return 0;
    for (int32_t j = b; j < e; j++)
        if (d->tokens[j].kind != TOK_WORD || (tok_kinds(&d->tokens[j]) & (LEX_VERB | LEX_COMPLEMENTIZER)))
            return 0;
    return 1;
}

int quotes_ministry_by_field(const struct doc *d, int32_t k)
{
    const struct token *w = &d->tokens[k];
    /* the word as written in the name: التجارة, also after و on a headline's second part */
    int32_t skip = w->fold_len > 3 && w->fold[0] == 0x0648 ? 1 : 0;
    const UChar *word = w->fold + skip;
    int32_t n = w->fold_len - skip;
    if (w->kind != TOK_WORD || n < 5 || word[0] != 0x0627 || word[1] != 0x0644 || d->tok_mention[k] >= 0)
        return -1;
    for (int32_t j = 0; j + 1 < d->n_tokens && j < MINISTRY_FIELD_REACH; j++) {
        const struct token *h = &d->tokens[j], *f = &d->tokens[j + 1];
        if (j + 1 != k && (tok_kinds(h) & LEX_ORG_HEAD) && (h->lex->role_classes & CLASS_MINISTRY) &&
            f->fold_len == n && !memcmp(f->fold, word, (size_t)n * sizeof(UChar)))
            return j;
    }
    return -1;
}

/* "بغداد: شيماء رشيد", "الجزائر: ع. بلقاسم": a city, a colon and the writer's name
 * make a dateline with a byline, not a headline — a few words, a name among them, and
 * no verb or function word (which "موسكو: لا تعليق" has). */

static int dateline_byline(const struct doc *d, int32_t b, int32_t he, int32_t colon)
{
    int32_t m = d->tok_mention[b];
    if (m < 0 || d->mentions[m].tok_end != he || d->entities[d->mentions[m].entity].type != ENT_GPE)
        return 0;
    return name_line_after(d, colon);
}

/* After the colon at `colon`, the rest of the line is a person's name of two to four
 * words ("ع. بلقاسم"، "هبة عبد العظيم"): a byline. */
static int name_line_after(const struct doc *d, int32_t colon)
{
    int words = 0, name = 0;
    int32_t j = colon + 1;
    for (; j < d->n_tokens && !(d->tokens[j].flags & TOKF_NEWLINE_BEFORE); j++) {
        const struct token *t = &d->tokens[j];
        if (t->kind == TOK_PUNCT && t->fold_len == 1 && t->fold[0] == '.')
            continue; /* ع. بلقاسم */
        /* (the date may follow across a bar: "الرباط: حسناء الزياني | الثلاثاء 05 نونبر") */
        if (tok_is_char(t, '|') && words >= 2)
            break;
        if (t->kind != TOK_WORD || ++words > 4 || (tok_kinds(t) & (LEX_STOP | LEX_VERB | LEX_COMPLEMENTIZER)))
            return 0;
        int32_t mj = d->tok_mention[j];
        name |= (tok_kinds(t) & LEX_FIRST_NAME) || (mj >= 0 && d->entities[d->mentions[mj].entity].type == ENT_PERSON);
        /* (or a family name no dictionary holds after a given name that is also a word:
         * "سطيف: سليمة بوزيد") */
        name |= words >= 2 && !(t->flags & TOKF_COMMON) && (t->flags & TOKF_ARABIC) &&
                (mj < 0 || d->entities[d->mentions[mj].entity].type != ENT_GPE);
    }
    return name && words >= 2;
}

/* The closing parenthesis of a line that opens at b with "(" and ends with its ")", else
 * -1: a caption under a photo. */
static int32_t caption_paren_close(const struct doc *d, int32_t b)
{
    if (b >= d->n_tokens || !tok_is_char(&d->tokens[b], '(') || !(d->tokens[b].flags & TOKF_NEWLINE_BEFORE))
        return -1;
    int32_t last = paragraph_end(d, b) - 1;
    if (last <= b + 3 || !tok_is_char(&d->tokens[last], ')'))
        return -1;
    for (int32_t k = b + 1; k < last; k++)
        if (tok_is_char(&d->tokens[k], '(') || tok_is_char(&d->tokens[k], ')'))
            return -1; /* (parentheses inside: not one caption) */
    return last;
}

/* Where a caption's words end: before its photo credit, " - يونهاب" in the last words
 * before the closing parenthesis, else at it. */
static int32_t caption_dash_credit(const struct doc *d, int32_t b, int32_t close)
{
    for (int32_t k = close - 1; k > b && close - k <= 4; k--)
        if (tok_is_dash(&d->tokens[k]) && (d->tokens[k].flags & TOKF_SPACE_BEFORE) && k + 1 < close &&
            d->tokens[k + 1].kind == TOK_WORD)
            return k;
    return close;
}

/* X: CONTENT on a line of its own — a headline that quotes. */
/* "النيابة تتحرى ووكيلة التعليم العالي:": a clause of its own, then a role joined by و
 * before the colon — that last conjunct is the head. Its token, or -1. */
static int32_t conjunct_head(const struct doc *d, int32_t b, int32_t he)
{
    for (int32_t j = b + 2; j < he; j++) {
        const struct token *t = &d->tokens[j], *p = &d->tokens[j - 1];
        if (t->kind == TOK_WORD && t->lex_prefix == 1 && t->fold[0] == 0x0648 &&
            (tok_kinds(t) & (LEX_TITLE | LEX_ROLE_NOUN | LEX_GROUP)) && d->tok_mention[j] < 0 &&
            p->kind == TOK_WORD && d->tok_mention[j - 1] < 0 && !tok_kinds(p) && !tok_has_article(p))
            return j;
    }
    return -1;
}

/* Token j is ل written onto the first word of a name that runs to `end` (لشفق نيوز،
 * لـTRT): at most three words, none a function word or a verb, one at least that no
 * dictionary knows or Latin. */
static int outlet_name_on_lam(const struct qctx *q, int32_t j, int32_t end)
{
    const struct doc *d = q->d;
    const struct token *t = &d->tokens[j];
    if (t->kind != TOK_WORD || t->fold_len < 3 || t->fold[0] != 0x0644 || tok_has_article(t) || d->tok_mention[j] >= 0 ||
        end - j > 3)
        return 0;
    int unknown = !lexicon_is_common(q->lx, t->fold + 1, t->fold_len - 1);
    for (int32_t k = j + 1; k < end; k++) {
        const struct token *u = &d->tokens[k];
        if (u->kind != TOK_WORD || (tok_kinds(u) & (LEX_STOP | LEX_VERB)))
            return 0;
        unknown |= !(u->flags & TOKF_COMMON) || (u->flags & TOKF_LATIN);
    }
    return unknown;
}

/* Is t a media head's word (إذاعة، صحيفة، بوابة)? */
static int media_head_word(const struct token *t)
{
    return (tok_kinds(t) & LEX_ORG_HEAD) && t->lex && (t->lex->role_classes & CLASS_MEDIA);
}

/* Does token b open an outlet's name: a media head (إذاعة، صحيفة، بوابة) or an outlet's
 * mention? */
static int outlet_heads(const struct qctx *q, int32_t b)
{
    const struct doc *d = q->d;
    int32_t m = d->tok_mention[b];
    if (m >= 0)
        return (d->entities[d->mentions[m].entity].classes & CLASS_MEDIA) != 0;
    return media_head_word(&d->tokens[b]);
}

/* Does an outlet's mention start at token j on its ل and end at token end? */
static int media_on_lam_to(const struct doc *d, int32_t j, int32_t end)
{
    int32_t m = d->tok_mention[j];
    if (m < 0 || d->mentions[m].tok_begin != j || d->mentions[m].tok_end != end || d->tokens[j].fold[0] != 0x0644)
        return 0;
    return (d->entities[d->mentions[m].entity].classes & CLASS_MEDIA) != 0;
}

/* Is "PLACE: NAME" (tokens b, colon, to end) a dateline with the writer's name: a place
 * alone before the colon, then at most four tokens, each an initial (ف.) or a word that
 * can be part of a name (or the paper's name in two definite words), and no more on the
 * line? */
static int byline_after_place(const struct qctx *q, int32_t b, int32_t colon, int32_t end)
{
    const struct doc *d = q->d;
    int32_t m = d->tok_mention[b];
    if (m < 0 || d->mentions[m].tok_begin != b || d->mentions[m].tok_end != colon ||
        d->entities[d->mentions[m].entity].type != ENT_GPE)
        return 0;
    /* "الجزائر: سليمة. ع": a line of one or two words and an initial after its dot is a
     * name and its initial, whatever the words (the dot ends the sentence before it) */
    int32_t words = 0, initial = 0;
    for (int32_t j = colon + 1; j < d->n_tokens && words <= 3; j++) {
        const struct token *t = &d->tokens[j];
        if (j > colon + 1 && (t->flags & TOKF_NEWLINE_BEFORE))
            break;
        if (t->kind == TOK_WORD) {
            words++;
            initial |= t->fold_len == 1 && tok_is_char(&d->tokens[j - 1], '.');
        } else if (!tok_is_char(t, '.')) {
            words = 4;
        }
    }
    if (initial && words <= 3)
        return 1;
    words = 0;
    /* ("لندن: «الشرق الأوسط»": the paper's name may stand in marks, that hold the whole
     * rest of the line) */
    int32_t last = colon + 1;
    while (last + 1 < end && !(d->tokens[last + 1].flags & TOKF_NEWLINE_BEFORE))
        last++;
    int in_marks = last > colon + 2 && tok_is_quote_mark(&d->tokens[colon + 1]) && tok_is_quote_mark(&d->tokens[last]);
    for (int32_t j = colon + 1; j < end; j++) {
        const struct token *t = &d->tokens[j];
        if (j > colon + 1 && (t->flags & TOKF_NEWLINE_BEFORE))
            break;
        if (t->kind == TOK_PUNCT) {
            if (!tok_is_char(t, '.') && !(in_marks && (j == colon + 1 || j == last)))
                return 0;
            continue;
        }
        /* (or the paper's own name: "الخرطوم: الأيام"، "القاهرة: الشروق", on a line
         * after the headline) */
        /* (a paper's name may start with a function word: "بورتسودان: اليوم التالي") */
        int outlet = d->tokens[b].sentence > 0 && d->tokens[b].sentence < 5 && t->fold_len > 3 && t->fold[0] == 0x0627 &&
                     t->fold[1] == 0x0644 && !(tok_kinds(t) & LEX_VERB);
        if (t->kind != TOK_WORD || ++words > 4 ||
            !(t->fold_len == 1 || tok_is_name_like(q->lx, t) || (tok_kinds(t) & LEX_FIRST_NAME) || (outlet && words <= 2)))
            return 0;
    }
    return words > 0;
}

/* "تونس تتابع «باهتمام» التطورات ... (الخارجية)": an agency's headline whose source
 * closes it in parentheses (TAP's house style): the source speaks the line before it.
 * Only the article's first line, and only a source that names a speaker (not "(فيديو)").
 * 0, or -1 when out of memory. (Not in line: run once per article, it cost 11 K
 * instructions on the seed by what its inlining changed on quotes_find's hot path.) */
__attribute__((noinline)) static int headline_source_cue(struct qctx *q)
{
    struct doc *d = q->d;
    if (d->n_sentences == 0 || d->n_tokens == 0)
        return 0;
    int32_t b = d->sentences[0].tok_begin, e = b;
    while (e < d->n_tokens && (e == b || !(d->tokens[e].flags & TOKF_NEWLINE_BEFORE)))
        e++; /* the first line, whatever sentences it holds */
    int32_t close = e - 1;
    if (close - b < 4 || !tok_is_char(&d->tokens[close], ')'))
        return 0;
    int32_t open = close - 1;
    while (open > b && close - open <= 6 && !tok_is_char(&d->tokens[open], '('))
        open--;
    if (!tok_is_char(&d->tokens[open], '(') || open + 1 >= close || open - b < 3)
        return 0;
    int speaker = 0;
    for (int32_t k = open + 1; k < close && !speaker; k++) {
        int32_t m = d->tok_mention[k];
        const struct token *t = &d->tokens[k];
        speaker = (m >= 0 && d->entities[d->mentions[m].entity].type != ENT_GPE &&
                   d->entities[d->mentions[m].entity].type != ENT_LOC) ||
                  (k == open + 1 && (tok_kinds(t) & (LEX_ROLE_NOUN | LEX_ORG_HEAD | LEX_TITLE)) && t->lex &&
                   !(t->lex->role_classes & (CLASS_PLACE | CLASS_SITE)));
    }
    if (!speaker)
        return 0;
    struct quote *qt = cued_quote(q, open, CUE_SOURCE, 0, open + 1, close);
    if (!qt)
        return -1;
    qt->cue.end = d->tokens[close].span.end;
    set_content(q, qt, b, open);
    if (qt->content.start < 0)
        d->n_quotes--;
    return 0;
}

static int question_line(const struct doc *d, int32_t s);

/* Does the line [b, e) open with a label, a colon among its first words? (or after a
 * role in parentheses there: "مازن العلي (مراسل العربية في موسكو): ...") */
static int labelled_line(const struct doc *d, int32_t b, int32_t e)
{
    for (int32_t k = b + 1; k < b + 4 && k < e; k++) {
        if (is_colon(d, k))
            return 1;
        if (tok_is_char(&d->tokens[k], '(')) {
            for (int32_t c = k + 1; c + 1 < e && c - k <= 12; c++)
                if (tok_is_char(&d->tokens[c], ')'))
                    return is_colon(d, c + 1);
            return 0;
        }
    }
    return 0;
}

/* Does the line after sentence s open with a label? */
static int next_line_labelled(const struct doc *d, int32_t s)
{
    for (int32_t n = s + 1; n < d->n_sentences; n++)
        if (d->sentences[n].flags & SENT_LINE_START)
            return labelled_line(d, d->sentences[n].tok_begin, d->sentences[n].tok_end);
    return 0;
}

/* "(م)" at token j, before `limit`: a one- or two-letter abbreviation in parentheses
 * after a rank ("لواء (م)", retired), part of the head. */
static int paren_abbreviation(const struct doc *d, int32_t j, int32_t limit)
{
    return j + 2 < limit && tok_is_char(&d->tokens[j], '(') && tok_is_char(&d->tokens[j + 2], ')') &&
           d->tokens[j + 1].kind == TOK_WORD && d->tokens[j + 1].fold_len <= 2;
}

/* و standing alone at k before a quotation mark: ".. و«الداخلية»: ...". */
static int lone_wa_before_mark(const struct doc *d, int32_t k, int32_t end)
{
    const struct token *t = &d->tokens[k];
    return k + 1 < end && t->kind == TOK_WORD && t->fold_len == 1 && t->fold[0] == 0x0648 &&
           tok_is_quote_mark(&d->tokens[k + 1]);
}

/* Is sentence s a second headline on the line of the one before ("... المدفعية..
 * وبودانوف: ...")? */
static int second_headline(const struct qctx *q, int32_t s)
{
    const struct doc *d = q->d;
    const struct sentence *st = &d->sentences[s];
    int32_t m0 = d->tok_mention[st->tok_begin];
    int same_line = s > 0 && (d->sentences[s - 1].flags & SENT_LINE_START) &&
                    !(d->tokens[st->tok_begin].flags & TOKF_NEWLINE_BEFORE);
    int second = same_line && m0 >= 0 && d->tokens[d->mentions[m0].tok_end].kind == TOK_PUNCT &&
                 is_colon(d, d->mentions[m0].tok_end);
    /* (or a role, a group or a ministry's field: "... الشاملة.. والخارجية: ...", "..
     * ومستشار معارض: ...", on the article's first line) */
    if (same_line && !second && s == 1 && st->tok_end - st->tok_begin > 3) {
        const struct token *t0 = &d->tokens[st->tok_begin];
        /* (a role may take its complement: ".. وعضو في لجنة الشؤون الخارجية: ...") */
        for (int32_t j = st->tok_begin + 1; j <= st->tok_begin + HEADLINE_HEAD_MAX && j < st->tok_end && !second; j++) {
            /* (the outlet told may stand in marks: ".. أكاديمية قطرية لـ«العرب»: ..."; a rank
             * its abbreviation in parentheses: ".. ولواء (م): ...", retired) */
            if (paren_abbreviation(d, j, st->tok_end)) {
                j += 2;
                continue;
            }
            if (d->tokens[j].kind == TOK_PUNCT && !is_colon(d, j) && !tok_is_quote_mark(&d->tokens[j]))
                break;
            /* (or one definite word and its words in marks: ".. والأرصاد: «...»"; or a short
             * name in marks after و: ".. و«الداخلية»: ...") */
            second = is_colon(d, j) && ((tok_kinds(t0) & (LEX_TITLE | LEX_ROLE_NOUN | LEX_GROUP | LEX_ORG_HEAD)) ||
                                        (lone_wa_before_mark(d, st->tok_begin, st->tok_end) && j <= st->tok_begin + 5 &&
                                         tok_is_quote_mark(&d->tokens[j - 1])) ||
                                        (j == st->tok_begin + 1 && quotes_ministry_by_field(d, st->tok_begin) >= 0) ||
                                        (j == st->tok_begin + 1 && tok_has_article(t0) && !(tok_kinds(t0) & LEX_STOP) &&
                                         j + 1 < st->tok_end && q->opens[j + 1] >= 0) ||
                                        conjunct_head(d, st->tok_begin, j) >= 0);
        }
    }
    return second;
}

/* ".. وخبير على أمواج الأولى يحذر من ..."، "«...» وحنون تحذر من ...": after a
 * headline's words, words in و from token k that name someone else (a name, a role, a
 * group, a body) and give them a reporting verb are the narrator's next item, not the
 * speaker's words going on (".. والملف عند الجيش" and ".. ولا نرى فيها" go on). */
static int headline_item_at(const struct qctx *q, int32_t k, int32_t end)
{
    const struct doc *d = q->d;
    const struct token *t0 = &d->tokens[k];
    if (t0->kind != TOK_WORD || t0->fold[0] != 0x0648 || (t0->flags & TOKF_NEWLINE_BEFORE) ||
        (d->tok_mention[k] < 0 && !(tok_kinds(t0) & (LEX_TITLE | LEX_ROLE_NOUN | LEX_GROUP | LEX_ORG_HEAD))))
        return 0;
    for (int32_t j = k + 1; j < end && j - k <= HEADLINE_HEAD_MAX; j++) {
        enum verb_aspect asp;
        if (d->tokens[j].kind != TOK_WORD)
            return 0;
        if (d->tok_mention[j] < 0 && is_verb(&d->tokens[j], &asp))
            return asp <= ASPECT_PRESENT;
    }
    return 0;
}

/* Is the head [b, colon) one place that the next line, a dateline ("صفاقس – إذاعة
 * صفاقس"), opens with? */
static int place_of_the_dateline(const struct doc *d, int32_t b, int32_t colon, int32_t end)
{
    int32_t m = d->tok_mention[b];
    if (m < 0 || d->mentions[m].tok_end != colon || d->entities[d->mentions[m].entity].type != ENT_GPE)
        return 0;
    int32_t k = end; /* (the headline's line ends its sentence) */
    while (k < d->n_tokens && !(d->tokens[k].flags & TOKF_NEWLINE_BEFORE))
        k++;
    if (k >= d->n_tokens || d->tok_mention[k] < 0 || d->mentions[d->tok_mention[k]].entity != d->mentions[m].entity)
        return 0;
    int32_t a = d->mentions[d->tok_mention[k]].tok_end;
    return a < d->n_tokens && tok_is_dash(&d->tokens[a]) && !(d->tokens[a].flags & TOKF_NEWLINE_BEFORE);
}

/* "بحار من الوطية: «...»"، "بيطري في الجبايش: ...": someone by a word no list holds (a
 * title or role heads a headline of its own accord), then the place he is of, heads a
 * headline when his words stand in marks or the word is a relation noun in ي; the place
 * ends the head at the colon. */
static int someone_of_a_place(const struct qctx *q, int32_t b, int32_t colon)
{
    const struct doc *d = q->d;
    const struct token *w = &d->tokens[b];
    /* (with the trade's adjective: "مخلّص جمركي في سواكن:") */
    int32_t p = b + 1;
    if (p + 1 < colon && d->tokens[p].kind == TOK_WORD && !tok_has_article(&d->tokens[p]) && !d->tokens[p].lex_prefix &&
        !tok_kinds(&d->tokens[p]) && tok_nisba_ending(&d->tokens[p]))
        p++;
    const struct token *prep = &d->tokens[p];
    /* (or a given name: a caller's "منير من صفاقس:") */
    int given = (tok_kinds(w) & LEX_FIRST_NAME) && p == b + 1;
    if (colon < p + 2 || w->kind != TOK_WORD || tok_has_article(w) || w->lex_prefix || d->tok_mention[b] >= 0 ||
        (tok_kinds(w) & ~(given ? (uint32_t)LEX_FIRST_NAME : 0u)) || is_verb(w, NULL) ||
        !(tok_is_min(prep) || tok_is_fi(prep)))
        return 0;
    int32_t at = p + 1, m = d->tok_mention[at];
    if (m < 0 && (tok_kinds(&d->tokens[at]) & LEX_ORG_HEAD) && (d->tokens[at].lex->role_classes & CLASS_PLACE))
        m = d->tok_mention[++at]; /* (منمون في بلدية تيشيت) */
    /* (a town no list holds is one word no list knows: الوطية) */
    const struct token *t = &d->tokens[at];
    int town = m < 0 && at + 1 == colon && t->kind == TOK_WORD && (t->flags & TOKF_ARABIC) && !tok_kinds(t);
    if (!town && (m < 0 || d->mentions[m].tok_begin != at || d->mentions[m].tok_end != colon ||
                  !is_place_type(d->entities[d->mentions[m].entity].type)))
        return 0;
    int32_t r = q->opens[colon + 1];
    return (r >= 0 && q->r[r].close > colon + 1) || tok_relation_head(d, b, p) || given;
}

/* Is [b, e) one mention, of a person, body or state, and nothing else? */
static int region_is_one_mention(const struct doc *d, int32_t b, int32_t e)
{
    int32_t m = d->tok_mention[b];
    return m >= 0 && d->mentions[m].tok_begin == b && d->mentions[m].tok_end == e &&
           d->entities[d->mentions[m].entity].type != ENT_LOC;
}

/* "«البواخر صارت تتأخر أسابيع».. عمال مرفأ شكا يترقبون": a headline that opens with words
 * in marks, no one named before them, lifts them from the body; attribution gives them
 * to whoever the body quotes saying them, or drops them. */
static int headline_opens_quoted(struct qctx *q, int32_t s)
{
    struct doc *d = q->d;
    const struct sentence *st = &d->sentences[s];
    if (s != 0)
        return 0;
    int32_t b = skip_timestamp(d, st->tok_begin, st->tok_end);
    int32_t ri = b < st->tok_end ? q->opens[b] : -1;
    if (ri < 0 || q->r[ri].close < 0 || q->r[ri].words < 3 || q->r[ri].close >= st->tok_end)
        return 0;
    int32_t close = q->r[ri].close;
    /* (then the headline's own words after "..": not "«...»، قال" of a body's first line,
     * nor a label and its colon) */
    int32_t dots = 0, k = close + 1;
    for (; k < st->tok_end && (tok_is_char(&d->tokens[k], '.') || tok_is_char(&d->tokens[k], 0x2026)); k++)
        dots += tok_is_char(&d->tokens[k], '.') ? 1 : 2;
    if (k != st->tok_end || dots < 2)
        return 0;
    struct quote *qt = new_quote(q);
    if (!qt)
        return -1;
    qt->cue_tok = close;
    qt->cue = d->tokens[close].span;
    qt->cue_kind = CUE_HEADLINE;
    qt->sentence = s;
    qt->np_begin = qt->np_end = b;
    set_content(q, qt, b, close + 1);
    return 0;
}

/* Are the words after the colon, to `end`, a person's name alone on its line: a person's
 * mention, or a given name and one or two words that are no verb or function word? */
static int signature_line(const struct qctx *q, int32_t colon, int32_t end)
{
    const struct doc *d = q->d;
    /* (a caption's line ends with its parenthesis: "(المحرر: ليلى تشانغ)") */
    int32_t after = end < d->n_tokens && tok_is_char(&d->tokens[end], ')') ? end + 1 : end;
    if (colon + 1 >= end || end - colon > 4 || (after < d->n_tokens && !(d->tokens[after].flags & TOKF_NEWLINE_BEFORE)))
        return 0;
    int32_t m = d->tok_mention[colon + 1];
    if (m >= 0 && d->mentions[m].tok_begin == colon + 1 && d->mentions[m].tok_end == end)
        return d->entities[d->mentions[m].entity].type == ENT_PERSON;
    if (end - colon < 3 || !(tok_kinds(&d->tokens[colon + 1]) & LEX_FIRST_NAME))
        return 0;
    for (int32_t j = colon + 1; j < end; j++)
        if (d->tokens[j].kind != TOK_WORD || (tok_kinds(&d->tokens[j]) & (LEX_VERB | LEX_STOP)))
            return 0;
    return 1;
}

/* The last sentence of the line sentence s opens. */
static int32_t line_last_sentence(const struct doc *d, int32_t s)
{
    while (s + 1 < d->n_sentences && !(d->sentences[s + 1].flags & SENT_LINE_START))
        s++;
    return s;
}

/* The person a transcript's label [b, colon) names: its mention, or, where the label's
 * first words went unmarked, the person its last word names ("سلمى حداد:" after
 * "الزميلة سلمى حداد", حداد alone marked, or no word at all); -1 for none. */
static int32_t label_person(const struct doc *d, int32_t b, int32_t colon)
{
    int32_t m = d->tok_mention[b];
    if (m >= 0)
        return d->mentions[m].tok_begin == b && d->mentions[m].tok_end == colon &&
                       d->entities[d->mentions[m].entity].type == ENT_PERSON
                   ? d->mentions[m].entity
                   : -1;
    if (colon - b > 3 || colon <= b || d->tokens[colon - 1].kind != TOK_WORD)
        return -1;
    for (int32_t k = b; k < colon; k++)
        if (d->tokens[k].kind != TOK_WORD)
            return -1;
    /* (its family name may be marked alone: "سلمى حداد:" with حداد the mention) */
    int32_t ml = d->tok_mention[colon - 1];
    if (ml >= 0)
        return d->mentions[ml].tok_end == colon && d->entities[d->mentions[ml].entity].type == ENT_PERSON
                   ? d->mentions[ml].entity
                   : -1;
    return entities_person_by_family_name(d, colon - 1);
}

/* "حاتم الرياحي: يعني نحن أمام حرب باردة جديدة؟": a transcript's label that is a person's
 * name, on a line that ends in a question the next label answers, is the interviewer's
 * turn when that person asks somewhere in a line of one question alone (a guest's
 * rhetorical question closes an answer, not a line of its own). */
__attribute__((noinline)) static int asking_person_label(const struct doc *d, int32_t b, int32_t colon, int32_t s)
{
    int32_t who = label_person(d, b, colon);
    if (who < 0)
        return 0;
    int32_t last = line_last_sentence(d, s);
    const struct token *end = &d->tokens[d->sentences[last].tok_end - 1];
    if (!(tok_is_question_mark(end) && next_line_labelled(d, last)))
        return 0;
    for (int32_t s2 = 0; s2 < d->n_sentences; s2++) {
        int32_t b2 = d->sentences[s2].tok_begin, c2 = b2 + 1;
        while (c2 < d->sentences[s2].tok_end && c2 - b2 <= 3 && !is_colon(d, c2))
            c2++;
        if (c2 < d->sentences[s2].tok_end && is_colon(d, c2) && label_person(d, b2, c2) == who && question_line(d, s2) &&
            next_line_labelled(d, s2))
            return 1;
    }
    return 0;
}

/* A definite plural of people in لل at k, no one's name: whom words are addressed to
 * (للأمهات، للمواطنين، للصحفيين). */
static int addressed_plural(const struct doc *d, int32_t k)
{
    const struct token *t = &d->tokens[k];
    int32_t n = t->fold_len;
    return t->kind == TOK_WORD && n >= 6 && t->fold[0] == 0x0644 && t->fold[1] == 0x0644 && d->tok_mention[k] < 0 &&
           (tok_sound_plural(t) || (t->fold[n - 2] == 0x0627 && t->fold[n - 1] == 0x062A));
}

static int headline_cue(struct qctx *q, int32_t s)
{
    struct doc *d = q->d;
    const struct sentence *st = &d->sentences[s];
    int second = second_headline(q, s);
    if (!(st->flags & SENT_LINE_START) && !second)
        return 0;
    int32_t b = skip_timestamp(d, st->tok_begin, st->tok_end), end = st->tok_end, colon = -1;
    /* "(العبودي متحدثا للصحفيين: «لا عقود جديدة»)": a photo's caption, a line wholly in
     * parentheses, heads its words as a headline does */
    int32_t caption_close = caption_paren_close(d, b);
    if (caption_close >= 0) {
        b++;
        if (end > caption_close)
            end = caption_close;
    }
    /* (".. و«الداخلية»: ...": the و of a second headline written apart from its marks) */
    if (second && lone_wa_before_mark(d, b, end))
        b++;
    /* "المذيعة: ..."، "مقدم البرنامج: ...": a host's turn in a transcript links, asks and
     * thanks; what it reports is cued on its own */
    if (b == st->tok_begin && b < end && tok_marker(d, b, MARK_HOST_LABEL))
        return 0;
    /* a live-blog entry names its speaker at length: "الباحث في معهد ... الدكتور X لـ"Y":" */
    int32_t reach = b > st->tok_begin ? 2 * HEADLINE_HEAD_MAX : HEADLINE_HEAD_MAX;
    /* (the outlet told, لـ«أساهي», may take the head past that: checked below) */
    int32_t told_reach = b > st->tok_begin ? reach : reach + 4;
    /* "- السيناتور X، عضو لجنة العلاقات الخارجية في مجلس الشيوخ: ...": a person named,
     * then a role in apposition, may take the head further; the name is the head */
    int32_t appos = -1;
    for (int32_t j = b; j < end && j - b < HEADLINE_HEAD_MAX; j++) {
        int32_t mj = d->tok_mention[j];
        if (mj < 0)
            continue;
        const struct mention *mm = &d->mentions[mj];
        /* (and so may where the person is from: "السفير الأسبق X من جامعة الجزائر 3:") */
        const struct token *after = mm->tok_end < end ? &d->tokens[mm->tok_end] : NULL;
        /* (or the outlet told after a long role: "الخبيرة في الشئون الروسية د. X لـ«Y Z»:") */
        if (d->entities[mm->entity].type == ENT_PERSON && after &&
            (tok_is_comma(after) || tok_is_fi(after) || tok_is_lone_lam(after) ||
             /* (or a transcript's label, the role in parentheses: "X (مراسل القناة في موسكو):") */
             tok_is_char(after, '(') ||
             (after->fold_len == 2 && after->fold[0] == 0x0645 && after->fold[1] == 0x0646)))
            appos = mm->tok_end;
        break;
    }
    if (appos >= 0)
        told_reach = appos - b + HEADLINE_HEAD_MAX + 4;
    for (int32_t j = b; j < end && j - b <= told_reach; j++) {
        if (is_colon(d, j)) {
            colon = j;
            break;
        }
    }
    /* the words may stand on the next line: "تدوينة للسيناتور X على منصة إكس:" */
    int next_line = colon + 1 >= end && colon + 1 < d->n_tokens && (d->tokens[colon + 1].flags & TOKF_NEWLINE_BEFORE);
    if (colon <= b || (colon + 1 >= end && !next_line))
        return 0;
    /* "صفاقس: صادرات الأسمدة تتراجع" over the dateline "صفاقس – إذاعة صفاقس": the city the
     * story is filed from heads the headline as where it happened, not who spoke */
    if (place_of_the_dateline(d, b, colon, end))
        return 0;
    /* "المذيعة: هل نحن أمام ...؟" and the next line "العشري: ...": a role's question that
     * another label answers is the interviewer's turn, no quotation; so is the outlet's
     * ("إذاعة النعامة: ما علاقة ...؟" over "بن عمر: ...") */
    if (((colon == b + 1 && d->tok_mention[b] < 0 && (tok_kinds(&d->tokens[b]) & (LEX_ROLE_NOUN | LEX_TITLE))) ||
         outlet_heads(q, b)) &&
        question_line(d, s) && next_line_labelled(d, s))
        return 0;
    if (asking_person_label(d, b, colon, s))
        return 0;
    /* "وأضافت الصحيفة: ..." is a reporting clause, read by its verb; "وحين سأله القاضي:
     * «...»" a clause of time, no head */
    if ((is_verb(&d->tokens[b], NULL) && !student_not_verb(q, b)) || (tok_kinds(&d->tokens[b]) & LEX_CONJ_BREAK))
        return 0;
    /* "- كوريا الجنوبية: أعربت الخارجية عن «قلق بالغ»": a label, then a sentence with its
     * own reporting verb and subject, read by that verb */
    if (colon + 2 < end && is_verb(&d->tokens[colon + 1], NULL) && d->tokens[colon + 2].kind == TOK_WORD &&
        (d->tok_mention[colon + 2] >= 0 || (tok_kinds(&d->tokens[colon + 2]) & (LEX_TITLE | LEX_ROLE_NOUN | LEX_ORG_HEAD | LEX_GROUP))))
        return 0;
    /* (or its subject first: "قابس: وثائق داخلية تكشف أن ..."; not the speaker's own
     * negated verb, "العتيبي: لا أعتقد أننا ...") */
    for (int32_t j = colon + 2; j + 1 < end && j - colon <= 4; j++) {
        if (d->tokens[j - 1].kind != TOK_WORD || q->opens[j - 1] >= 0 ||
            (j == colon + 2 && tok_marker(d, j - 1, MARK_NEGATION)))
            break;
        enum verb_aspect asp;
        if (is_verb(&d->tokens[j], &asp) && asp <= ASPECT_PRESENT && is_complementizer(q, j + 1))
            return 0;
    }
    /* "واتصل X من Y ليسأل عن ...، قائلا: «...»": a participle of saying before the colon
     * closes a narrated sentence, read by that participle, never a headline's head */
    enum verb_aspect before_colon;
    if (colon > b + 1 && is_verb(&d->tokens[colon - 1], &before_colon) && before_colon == ASPECT_PARTICIPLE)
        return 0;
    /* "إذاعة سيئون تتحقق: هل ...؟": an outlet's own question over its fact-check frames
     * the story, no one's words */
    if (colon + 1 < end && tok_marker(d, colon + 1, MARK_QUESTION) && outlet_heads(q, b))
        return 0;
    /* "وفيما يلي نص البيان:": the text of a document, its author's (text_of_cue) */
    if (colon >= b + 2 && tok_marker(d, colon - 2, MARK_TEXT_OF))
        return 0;
    /* "المصدر: الجزيرة + وكالات": the credit line of a story */
    if (colon == b + 1 && tok_marker(d, b, MARK_CREDIT_LINE))
        return 0;
    /* "الجزائر: ف. جمال": a dateline and the writer's name */
    if (byline_after_place(q, b, colon, end))
        return 0;
    /* "الكاتب العام: يوسف بناني": a role, its colon and a person's name alone on the line
     * sign a document; a name is no one's words */
    if (signature_line(q, colon, end))
        return 0;
    /* the head must name a speaker: an entity, a title or role, a group; a verb may
     * close it (زيلينسكي يكشف:) */
    int32_t he = colon;
    for (int32_t j = b + 1; j < colon; j++) {
        if (is_verb(&d->tokens[j], NULL)) {
            he = j; /* واشنطن تحذر موسكو: — the speaker is before the verb */
            break;
        }
    }
    /* "باحثة إماراتية لـ«الاتحاد»:": the outlet told ends the head */
    int told = 0;
    /* (a title of two words opens it as one does: "مربي مواش لإذاعة عبري:") */
    const struct lex_entry *head_title;
    int titled_at_b = (tok_kinds(&d->tokens[b]) & (LEX_TITLE | LEX_ROLE_NOUN)) || phrase_at(q, b, colon, LEX_TITLE, &head_title) >= 2;
    for (int32_t j = b + 1; j + 1 < he; j++) {
        const struct token *t = &d->tokens[j];
        if (tok_is_lone_lam(t) &&
            ((q->opens[j + 1] >= 0 && q->r[q->opens[j + 1]].close == colon - 1) ||
             (tok_is_char(&d->tokens[j + 1], '(') && tok_is_char(&d->tokens[colon - 1], ')')))) {
            he = j; /* (or in parentheses: خبير لـ(واع):) */
            told = 1;
            break;
        }
        /* (or an outlet no list knows written onto its ل after a role: "السفير الروسي
         * لشفق نيوز:") */
        if (j > b && titled_at_b && (outlet_name_on_lam(q, j, colon) || media_on_lam_to(d, j, colon))) {
            he = j; /* (or one it knows: "المدير التجاري لشركة X لإذاعة باتنة:") */
            break;
        }
    }
    /* (and whom it is said to, a plural in لل right before the colon: "الصحة للأمهات:"،
     * "وزير الداخلية للمواطنين:") */
    if (he == colon && colon - 1 > b && addressed_plural(d, colon - 1))
        he = colon - 1;
    /* (a verb inside the parentheses is the role's, not the head's: "X (52 عاما، تاجر قطع
     * غيار):") */
    if (appos >= 0 && appos < colon &&
        (he == colon || (tok_is_char(&d->tokens[appos], '(') && he > appos && tok_is_char(&d->tokens[colon - 1], ')'))))
        he = appos;
    /* "وزير أسبق في ديوانية الرويعي:": an unnamed title and its adjective, then where it
     * was said (a rank with a place of its own, "مسؤول في الخارجية:", keeps it) */
    if (b + 2 < he && d->tok_mention[b] < 0 && (tok_kinds(&d->tokens[b]) & (LEX_TITLE | LEX_ROLE_NOUN)) &&
        tok_marker(d, b + 1, MARK_ROLE_ADJECTIVE) && tok_is_fi(&d->tokens[b + 2]))
        he = b + 2;
    int32_t head_b = b;
    /* "نواب نقلا عن الاستخبارات:": those who relay, then whom; the one after the relay
     * marker speaks */
    int relayed = 0;
    for (int32_t j = b + 1; j < he && !relayed; j++) {
        const struct lex_entry *le;
        int32_t n = phrase_at(q, j, he, LEX_SOURCE, &le);
        if (n && le->source_kind == SOURCE_RELAY && j + n < he && d->tokens[j + n].kind == TOK_WORD &&
            !(tok_kinds(&d->tokens[j + n]) & LEX_STOP)) {
            b = j + n;
            relayed = 1;
        }
    }
    int32_t conj = conjunct_head(d, b, he);
    if (conj >= 0)
        b = conj;
    int named = relayed;
    /* "لافروف من وونسان:": a name, then where it was said ("مرفأ طرطوس بعد المعاهدة:"
     * is a site and the story's topic) */
    int32_t mh = d->tok_mention[b];
    if (mh >= 0 && d->mentions[mh].tok_begin == b && d->mentions[mh].tok_end < he &&
        (tok_kinds(&d->tokens[d->mentions[mh].tok_end]) & LEX_STOP) &&
        d->entities[d->mentions[mh].entity].type != ENT_GPE && d->entities[d->mentions[mh].entity].type != ENT_LOC)
        he = d->mentions[mh].tok_end;
    /* (where it was said may be long: "كيم جونغ أون في مأدبة على شرف بوتين:"; after a
     * title the marks of a name count for nothing, "وكيل الدفاع في قضية «حاويات العقبة»:") */
    int32_t head_words = 0;
    for (int32_t j = head_b; j < colon; j++)
        head_words += !(titled_at_b && tok_is_quote_mark(&d->tokens[j]));
    if (head_words > reach && he == colon)
        return 0;
    /* (a head that opens with a role may hold its complement: "وعضو في لجنة الشؤون
     * الخارجية:") */
    /* ("طالب أردني في فورونيج لـ«مزاج»:" is a student, someone by trade, whom the body
     * names: the head is the noun and its nationality) */
    int student = student_not_verb(q, b);
    if (student && b + 2 < he)
        he = b + 2;
    /* (a title of two words opens it as one does: "مرشدة سياحية لإذاعة قنا:"، "مربي أغنام
     * من آفلو لـ...:") */
    const struct lex_entry *title_words;
    int titled_head = phrase_at(q, b, he, LEX_TITLE, &title_words) >= 2;
    int long_head = he - b > HEADLINE_HEAD_MAX || b > st->tok_begin || student || told || titled_head ||
                    (tok_kinds(&d->tokens[b]) & (LEX_TITLE | LEX_ROLE_NOUN | LEX_GROUP));
    /* "كوزلوف لـ"سبوتنيك": ...": a surname alone, named in full in the body, and the
     * outlet it spoke to */
    const struct token *first = &d->tokens[b];
    /* (or the first word alone of someone named in full before: a transcript's "نزار:", an
     * interview's "لي:" for لي جونغ هو, whatever else the word is) */
    int lone_name = mh < 0 ? (tok_is_name_like(q->lx, first) && !(first->flags & TOKF_COMMON)) ||
                                 (b + 1 == colon && first->kind == TOK_WORD && entities_person_by_given_name(d, b) >= 0) ||
                                 (b + 1 == colon && first->kind == TOK_WORD && (first->flags & TOKF_NEWLINE_BEFORE) &&
                                  entities_person_by_family_name(d, b) >= 0)
                           : d->mentions[mh].tok_begin == b && d->mentions[mh].tok_end == b + 1 &&
                                 d->entities[d->mentions[mh].entity].type == ENT_PERSON;
    int surname_head = he == colon && lone_name &&
                       (b + 1 == he || (d->tokens[b + 1].kind == TOK_WORD && d->tokens[b + 1].fold[0] == 0x0644 &&
                                        d->tokens[b + 1].fold_len <= 2 && b + 2 < he && q->opens[b + 2] >= 0 &&
                                        q->r[q->opens[b + 2]].close == he - 1));
    /* "نيبينزيا لواشنطن في مجلس الأمن:": a person's name, then whom and where it was said */
    if (!surname_head && he == colon && mh >= 0 && d->entities[d->mentions[mh].entity].type == ENT_PERSON &&
        d->mentions[mh].tok_begin == b && d->mentions[mh].tok_end < colon &&
        preposition_phrases(d, d->mentions[mh].tok_end, colon)) {
        surname_head = 1;
        he = d->mentions[mh].tok_end;
    }
    /* "موسكو لطوكيو:"، "واشنطن لبكين:": a state or body, then the one it answers, named in ل
     * right before the colon (a place then "في ..." stays the story's site) */
    if (!surname_head && he == colon && mh >= 0 && d->mentions[mh].tok_begin == b &&
        d->mentions[mh].tok_end + 1 == colon && d->entities[d->mentions[mh].entity].type != ENT_LOC &&
        addressee_in_lam(d, colon - 1)) {
        surname_head = 1;
        he = d->mentions[mh].tok_end;
    }
    if (surname_head) {
        named = 1;
        he = he == colon ? b + 1 : he;
    }
    /* "\"المياه\": ..." and "\"الزراعة\" لـ\"رؤيا\": ...": a body's short name in marks
     * (a ministry known by its field) */
    /* (or any name found whole in them: "«هيومن رايتس ووتش»: ...") */
    int32_t qr = q->opens[b];
    int quoted_head = !surname_head && qr >= 0 && q->r[qr].close > b + 1 && q->r[qr].close + 1 == he &&
                      (q->r[qr].words <= 2 || region_is_one_mention(d, b + 1, q->r[qr].close));
    if (quoted_head) {
        named = 1;
        b++;
        he = q->r[qr].close;
    }
    if (!named && !surname_head && !quoted_head && he == colon && someone_of_a_place(q, b, colon)) {
        named = 1;
        he = b + 1;
    }
    for (int32_t j = b; j < colon && !surname_head && !quoted_head; j++) {
        const struct token *t = &d->tokens[j];
        uint32_t k = tok_kinds(t);
        if (j >= he)
            continue;
        if (paren_abbreviation(d, j, he)) {
            j += 2; /* "لواء (م)": retired */
            continue;
        }
        int32_t mj = d->tok_mention[j];
        if (mj >= 0 && d->mentions[mj].tok_begin == j && d->mentions[mj].tok_end <= he &&
            d->entities[d->mentions[mj].entity].type == ENT_PERSON) {
            named = 1; /* تشوي سون هي: a name may hold a word that is also a pronoun */
            j = d->mentions[mj].tok_end - 1;
            continue;
        }
        if (long_head) {
            /* a longer head may hold a role's prepositions and a quoted outlet name */
            if (q->opens[j] >= 0 && q->r[q->opens[j]].words <= 3 && q->r[q->opens[j]].close >= 0) {
                j = q->r[q->opens[j]].close;
                continue;
            }
            if (tok_is_dash(t) && !(t->flags & TOKF_SPACE_BEFORE) && j + 1 < colon &&
                !(d->tokens[j + 1].flags & TOKF_SPACE_BEFORE))
                continue; /* ويلوبي-هارت: a hyphen inside a name */
            if (t->kind == TOK_PUNCT || (k & LEX_COMPLEMENTIZER))
                return 0;
        } else if (tok_is_dash(t) && !(t->flags & TOKF_SPACE_BEFORE) && j + 1 < colon &&
                   !(d->tokens[j + 1].flags & TOKF_SPACE_BEFORE)) {
            continue; /* يون مي-را: */
        } else if (t->kind != TOK_WORD || (k & (LEX_STOP | LEX_COMPLEMENTIZER)) || q->opens[j] >= 0) {
            return 0;
        }
        int32_t m = d->tok_mention[j];
        if (m >= 0 && d->entities[d->mentions[m].entity].type != ENT_GPE && d->entities[d->mentions[m].entity].type != ENT_LOC)
            named = 1;
        if (k & (LEX_TITLE | LEX_ROLE_NOUN | LEX_GROUP))
            named = 1;
        if (j == b && (k & LEX_ORG_HEAD) && !(t->lex->role_classes & (CLASS_PLACE | CLASS_SITE)))
            named = 1; /* صحيفة أمريكية:، فريق دولي: — named in the body */
        if (m >= 0 && d->mentions[m].tok_begin == b && d->mentions[m].tok_end == he)
            named = 1; /* كوريا الشمالية: — a state or place speaking */
        if (j == b && he == b + 1 && quotes_ministry_by_field(d, b) >= 0)
            named = 1; /* التجارة: — the ministry the lead names */
        if (j == b && he == b + 1 && second && tok_has_article(t) && q->opens[colon + 1] >= 0)
            named = 1; /* ".. والأرصاد: «...»": a body, whom the body names */
        if (j == b && colon == he && tok_relation_head(d, b, he))
            named = 1; /* "برلماني: ..."، "صناعي حلبي: ...": someone by trade, whom the body names */
    }
    /* ("عائد من كورسك لـ"جسر برس":": whoever told the outlet speaks, a word of no list,
     * and the place he comes from is no speaker) */
    if (told && !named && d->tokens[b].kind == TOK_WORD && !tok_kinds(&d->tokens[b]) && d->tok_mention[b] < 0) {
        named = 1;
        for (int32_t j = b + 1; j < he; j++)
            if (tok_kinds(&d->tokens[j]) & LEX_STOP) {
                he = j;
                break;
            }
    }
    named |= student | titled_head;
    /* "مكالمة بوتين وكيم بروايتين: ...", "قمة موسكو: ...": a common noun that names no
     * speaker, with the names as its complement, is the story's topic */
    const struct token *h0 = &d->tokens[b];
    if (!surname_head && !quoted_head && h0->kind == TOK_WORD && (h0->flags & TOKF_COMMON) && !tok_has_article(h0) &&
        !tok_kinds(h0) && d->tok_mention[b] < 0 && b + 1 < he && d->tok_mention[b + 1] >= 0)
        named = 0;
    if (!named)
        return 0;
    struct quote *qt = new_quote(q);
    if (!qt)
        return -1;
    qt->cue_tok = colon;
    qt->cue.start = d->tokens[colon].span.start;
    qt->cue.end = d->tokens[colon].span.end;
    qt->cue_kind = CUE_HEADLINE;
    qt->sentence = s;
    qt->np_begin = b;
    qt->np_end = he;
    if (he < colon && is_verb(&d->tokens[he], NULL))
        qt->cue_gender = d->tokens[he].lex->verb_gender;
    /* a headline is a line: "..." may hold sentence breaks ("الموسم.. والإدارة"); a post
     * announced by its head runs on the next line, up to its "— Name (@handle)" line */
    if (next_line) {
        int32_t e = paragraph_end(d, colon + 1);
        set_content(q, qt, colon + 1, e);
    } else {
        /* (up to a second headline on the line: "...: دعوة إلى رفع المبادلات.. والسفير
         * الروسي: «...»" is two) */
        int32_t e = paragraph_end(d, colon);
        if (s + 1 < d->n_sentences && d->sentences[s + 1].tok_begin < e &&
            (second_headline(q, s + 1) || headline_item_at(q, d->sentences[s + 1].tok_begin, d->sentences[s + 1].tok_end)))
            e = st->tok_end;
        /* (and words wholly in marks end with their sentence: "...: «لا يساوي الحبر»..
         * ومندوب بيونغ يانغ يغادر القاعة" goes on to the narrator's next headline) */
        if (colon + 1 < st->tok_end && q->opens[colon + 1] >= 0 && q->r[q->opens[colon + 1]].close >= 0) {
            int32_t after = q->r[q->opens[colon + 1]].close + 1;
            while (after < st->tok_end && d->tokens[after].kind == TOK_PUNCT && !tok_is_quote_mark(&d->tokens[after]))
                after++;
            if (after == st->tok_end && st->tok_end < e)
                e = st->tok_end;
            else if (after < st->tok_end && headline_item_at(q, after, st->tok_end))
                e = after; /* ("«...» وحنون تحذر من «عسكرة» المنطقة": the next item) */
        }
        if (caption_close >= 0 && e > caption_close)
            e = caption_dash_credit(d, colon + 1, caption_close);
        set_content(q, qt, colon + 1, e);
    }
    /* (an interviewer's question, labelled with the outlet's name, in marks or not:
     * «النهار العربي»: كيف تنظر أنقرة ...؟) */
    if (qt->content.start < 0 || ((media_head(d, b, he) || quoted_head) && ends_in_question(d, qt->content)) ||
        dateline_byline(d, b, he, colon) || (he == b + 1 && tok_marker(d, b, MARK_BYLINE_LABEL)) ||
        /* ("ناظورسيتي: متابعة": the outlet's credit, its label after the colon) */
        (colon + 2 == st->tok_end && tok_marker(d, colon + 1, MARK_BYLINE_LABEL)) ||
        /* ("تقرير: هبة عبد العظيم": who wrote the report, on its own line) */
        (he == b + 1 && tok_is_statement_word(q->lx, &d->tokens[b]) && name_line_after(d, colon))) {
        d->n_quotes--;
        return 0;
    }
    return 1;
}


/* "وهذا نص البرقية:"، "وفيما يلي نص البيان:": a line that ends with the text of a
 * document and a colon; the next paragraph is the document's words, its author's. 1 when
 * made, 0 when not, -1 when out of memory. */
static int text_of_cue(struct qctx *q, int32_t s)
{
    struct doc *d = q->d;
    const struct sentence *st = &d->sentences[s];
    int32_t c = st->tok_end - 1;
    if (c < st->tok_begin + 2 || !is_colon(d, c) || c + 1 >= d->n_tokens ||
        !(d->tokens[c + 1].flags & TOKF_NEWLINE_BEFORE))
        return 0;
    const struct token *doc_word = &d->tokens[c - 1];
    if (!tok_marker(d, c - 2, MARK_TEXT_OF) || !tok_has_article(doc_word) || !tok_is_statement_word(q->lx, doc_word))
        return 0;
    /* who made it: the name just before the same noun where the document was first
     * mentioned ("بعث رئيس الجمهورية، السيد X، برقية"، "أصدرت الوزارة بيانا") */
    int32_t np_b = c - 1, np_e = c;
    for (int32_t k = c - 3; k >= 0 && d->tokens[k].sentence >= s - 3; k--) {
        if (!tok_same_noun(&d->tokens[k], doc_word))
            continue;
        for (int32_t j = k - 1; j >= sent_begin(d, k); j--) {
            int32_t m = d->tok_mention[j];
            if (m < 0)
                continue;
            uint8_t type = d->entities[d->mentions[m].entity].type;
            if (type == ENT_PERSON || type == ENT_ORG) {
                np_b = d->mentions[m].tok_begin;
                np_e = d->mentions[m].tok_end;
            }
            break;
        }
        break;
    }
    struct quote *qt = cued_quote(q, c - 2, CUE_VERB, s, np_b, np_e);
    if (!qt)
        return -1;
    set_content(q, qt, c + 1, paragraph_end(d, c + 1));
    if (qt->content.start < 0) {
        d->n_quotes--;
        return 0;
    }
    qt->type = QUOTE_DIRECT;
    return 1;
}

/* "«...» - الرئيس بوتين في المؤتمر الصحفي": a line (after its time) that is a quotation,
 * a dash and who said it — a person named, or a title. 1 when made, 0 when not, -1 when
 * out of memory. */
static int dash_credit_cue(struct qctx *q, int32_t s)
{
    struct doc *d = q->d;
    const struct sentence *st = &d->sentences[s];
    int32_t b = st->tok_begin, end = st->tok_end;
    /* (a line that opens with its quotation, or with a time or a digest's bullet: most
     * lines open with a word) */
    if (!(st->flags & SENT_LINE_START) || b + 2 >= end ||
        (q->opens[b] < 0 && d->tokens[b].kind != TOK_NUMBER && d->tokens[b + 1].kind != TOK_NUMBER &&
         !bullet_symbol(&d->tokens[b]) && !tok_is_dash(&d->tokens[b])))
        return 0;
    b = skip_timestamp(d, b, end);
    if (b >= end || q->opens[b] < 0)
        return 0;
    const struct region *r = &q->r[q->opens[b]];
    int32_t dash = r->close + 1;
    if (r->close < 0 || r->words < 3 || dash + 1 >= end || !tok_is_dash(&d->tokens[dash]))
        return 0;
    int32_t w = dash + 1;
    if (!(d->tok_mention[w] >= 0 && d->entities[d->mentions[d->tok_mention[w]].entity].type == ENT_PERSON) &&
        !(tok_kinds(&d->tokens[w]) & LEX_TITLE))
        return 0;
    int32_t np_e = w + 1;
    while (np_e < end && d->tokens[np_e].kind == TOK_WORD && !(tok_kinds(&d->tokens[np_e]) & LEX_STOP))
        np_e++;
    struct quote *qt = cued_quote(q, dash, CUE_VERB, s, w, np_e);
    if (!qt)
        return -1;
    set_content(q, qt, b, r->close + 1);
    if (qt->content.start < 0) {
        d->n_quotes--;
        return 0;
    }
    return 1;
}

/* "ج: ..." on a line of its own: an interview's answer label (س: asks, ج: answers); the
 * paragraph is the interviewee's words, marks or not. */
/* An interviewee's answer of sentence s: the paragraph from token b, cued by token
 * cue_tok (a label, or the question's mark), direct whatever its marks. 1 when made, 0
 * when empty, -1 when out of memory. */
static int add_answer(struct qctx *q, int32_t s, int32_t cue_tok, int32_t np, int32_t b)
{
    struct doc *d = q->d;
    struct quote *qt = cued_quote(q, cue_tok, CUE_ANSWER, s, np, np);
    if (!qt)
        return -1;
    set_content(q, qt, b, paragraph_end(d, b));
    if (qt->content.start < 0) {
        d->n_quotes--;
        return 0;
    }
    qt->type = QUOTE_DIRECT;
    return 1;
}

/* Does sentence s open a line with a label of kind `mark` and a colon ("س:"، "جواب:"),
 * or the slash Iraqi papers print instead ("س/"، "ج/")? */
static int label_line(const struct doc *d, int32_t s, uint32_t mark)
{
    const struct sentence *st = &d->sentences[s];
    int32_t b = st->tok_begin;
    return (st->flags & SENT_LINE_START) && b + 2 < st->tok_end && d->tokens[b].kind == TOK_WORD &&
           tok_marker(d, b, mark) && (is_colon(d, b + 1) || tok_is_char(&d->tokens[b + 1], '/'));
}

static int answer_cue(struct qctx *q, int32_t s)
{
    if (!label_line(q->d, s, MARK_ANSWER_LABEL))
        return 0;
    int32_t b = q->d->sentences[s].tok_begin;
    return add_answer(q, s, b, b, b + 2);
}

enum { TURN_NONE = 0, TURN_QUESTION, TURN_ANSWER };

/* Which turn of an interview labelled with names the line of sentence s opens: the
 * outlet's question ("«جنوبية»: ...؟", its name in marks or known as a medium), a
 * person's answer ("خليفة: ..."), or none. */
static int named_turn(const struct doc *d, int32_t s)
{
    const struct sentence *st = &d->sentences[s];
    int32_t b = st->tok_begin, e = st->tok_end;
    if (!(st->flags & SENT_LINE_START) || b >= e)
        return TURN_NONE;
    /* (each turn may open with a dash, as a list's items do: "- شمس أف أم: ...؟") */
    if (b + 1 < e && (tok_is_dash(&d->tokens[b]) || bullet_symbol(&d->tokens[b])))
        b++;
    /* (an outlet's short name in marks: "«جنوبية»:") */
    if (tok_is_quote_mark(&d->tokens[b])) {
        int32_t c = b + 1;
        while (c < e && c - b <= 4 && d->tokens[c].kind == TOK_WORD)
            c++;
        if (c > b + 1 && c + 2 < e && tok_is_quote_mark(&d->tokens[c]) && is_colon(d, c + 1))
            return TURN_QUESTION;
        b++;
    }
    int32_t m = b < e ? d->tok_mention[b] : -1;
    if (m < 0 || d->mentions[m].tok_begin != b)
        return TURN_NONE;
    int32_t he = d->mentions[m].tok_end;
    if (he < e && tok_is_quote_mark(&d->tokens[he]))
        he++;
    if (he - st->tok_begin > 4 || he + 1 >= e || !is_colon(d, he))
        return TURN_NONE;
    const struct entity *en = &d->entities[d->mentions[m].entity];
    if (en->type == ENT_ORG && (en->classes & CLASS_MEDIA))
        return TURN_QUESTION;
    return en->type == ENT_PERSON ? TURN_ANSWER : TURN_NONE;
}

/* An interview printed with labels: the interviewer's turns ("س:"، "سؤال:") and the
 * interviewee's ("ج:"، "جواب:"). What a question reports ("وصف بيسكوف المعاهدة بأنها
 * «...». هل تصدق ذلك؟") is the interviewer's framing and goes; a paragraph after an
 * answer, before the next label, goes on with the answer when nothing in it is cued
 * (a paragraph of narration reports with a verb of its own: "واختتم حديثه قائلا"). */
static int labelled_turns(struct qctx *q)
{
    struct doc *d = q->d;
    int32_t answers = 0, questions = 0, named_answers = 0, named_questions = 0;
    for (int32_t s = 0; s < d->n_sentences; s++) {
        answers += label_line(d, s, MARK_ANSWER_LABEL);
        questions += label_line(d, s, MARK_QUESTION_LABEL);
        int turn = named_turn(d, s);
        named_questions += turn == TURN_QUESTION;
        named_answers += turn == TURN_ANSWER;
    }
    /* (or turns labelled with the outlet's name and the interviewee's: "«جنوبية»: ...؟"،
     * "خليفة: ...") */
    int named = named_questions >= 2 && named_answers >= 2;
    if (answers < 2 && !named)
        return 0;
    questions += named ? named_questions : 0;
    enum { IN_QUESTION = 1, CUE_HERE = 2 };
    int32_t answer_tok = -1, w = 0;
    uint8_t *turn_of = arena_array(q->a, (size_t)d->n_tokens + 1, 1);
    if (!turn_of)
        return -1;
    for (int32_t i = 0; i < d->n_quotes; i++)
        turn_of[d->quotes[i].cue_tok] = CUE_HERE;
    for (int32_t s = 0; s < d->n_sentences; s++) {
        const struct sentence *st = &d->sentences[s];
        if (!(st->flags & SENT_LINE_START))
            continue;
        int32_t b = st->tok_begin, pe = paragraph_end(d, b);
        int turn = named ? named_turn(d, s) : 0;
        int question = label_line(d, s, MARK_QUESTION_LABEL) || turn == TURN_QUESTION, cued = 0;
        for (int32_t k = b; k < pe; k++) {
            cued |= turn_of[k] & CUE_HERE;
            turn_of[k] = question ? IN_QUESTION : 0;
        }
        if (question) {
            answer_tok = -1;
        } else if (label_line(d, s, MARK_ANSWER_LABEL) || turn == TURN_ANSWER) {
            answer_tok = b;
        } else if (answer_tok >= 0) {
            for (int32_t k = b + 1; k < b + 4 && k < st->tok_end && !cued; k++)
                cued = is_colon(d, k); /* a label of another kind: "المحاور:"، a name */
            if (cued)
                answer_tok = -1;
            else if (add_answer(q, s, answer_tok, answer_tok, b) < 0)
                return -1;
        }
    }
    if (!questions)
        return 0;
    for (int32_t i = 0; i < d->n_quotes; i++)
        if (!(turn_of[d->quotes[i].cue_tok] & IN_QUESTION) && !(turn_of[d->quotes[i].content_tb] & IN_QUESTION))
            d->quotes[w++] = d->quotes[i];
    d->n_quotes = w;
    return 0;
}

/* Is sentence s a line of its own that asks a question (ends in ؟ or ?), past the
 * headline? */
static int question_line(const struct doc *d, int32_t s)
{
    const struct sentence *st = &d->sentences[s];
    if (s == 0 || !(st->flags & SENT_LINE_START) || st->tok_end <= st->tok_begin ||
        (s + 1 < d->n_sentences && !(d->sentences[s + 1].flags & SENT_LINE_START)))
        return 0;
    const struct token *last = &d->tokens[st->tok_end - 1];
    return tok_is_question_mark(last);
}

/* Is sentence s a question line with no label (no colon in its first words)? */
static int unlabelled_question_at(const struct doc *d, int32_t s)
{
    if (!question_line(d, s))
        return 0;
    const struct sentence *st = &d->sentences[s];
    for (int32_t k = st->tok_begin; k < st->tok_begin + 4 && k < st->tok_end; k++)
        if (is_colon(d, k))
            return 0;
    return 1;
}

/* "حاوره: Name", "حوار: Name", "أجرت الحوار: Name": a byline that says the article is an
 * interview, on one of its first lines (or an introduction that ends on "نص الحوار:",
 * then a question with no label). */
static int interview_byline(const struct doc *d)
{
    for (int32_t s = 0; s < d->n_sentences && s < 6; s++) {
        const struct sentence *st = &d->sentences[s];
        if (!(st->flags & SENT_LINE_START))
            continue;
        for (int32_t k = st->tok_begin; k < st->tok_end && k < st->tok_begin + 3; k++)
            if (k + 1 < st->tok_end && is_colon(d, k + 1) && tok_marker(d, k, MARK_INTERVIEW))
                return 1;
    }
    /* (or the introduction ends on "نص الحوار:"، "وفي ما يلي الحوار:" — the word for an
     * interview and a colon closing its paragraph) */
    for (int32_t s = 0; s + 1 < d->n_sentences && s < 12; s++) {
        int32_t e = d->sentences[s].tok_end;
        if (e < 2 || !is_colon(d, e - 1) || !(d->sentences[s + 1].flags & SENT_LINE_START))
            continue;
        if (tok_has_article(&d->tokens[e - 2]) && tok_marker(d, e - 2, MARK_INTERVIEW))
            return unlabelled_question_at(d, s + 1);
    }
    /* (or an introduction that calls the piece an interview, "وتطرق X، في هذا الحوار مع
     * هسبريس، إلى", before two lines or more that are one question each, with no label) */
    /* (the introduction may be the paragraph right before the first question, after the
     * story's news: "وللوقوف على ...، حاورت «العين الإخبارية» الخبير X") */
    int32_t first_question = 0;
    while (first_question < d->n_sentences && !unlabelled_question_at(d, first_question))
        first_question++;
    /* (not when the first answer is the narrator's "يقول X إن ...": the interviewee's words
     * are cued there) */
    const struct sentence *answer = first_question + 1 < d->n_sentences ? &d->sentences[first_question + 1] : NULL;
    int narrated = answer && answer->tok_begin < answer->tok_end && (tok_kinds(&d->tokens[answer->tok_begin]) & LEX_VERB);
    int intro = 0;
    for (int32_t s = 0; s < d->n_sentences && (s < 5 || s < first_question) && !intro && !narrated; s++)
        for (int32_t k = d->sentences[s].tok_begin; k < d->sentences[s].tok_end && !intro; k++)
            intro = d->tokens[k].kind == TOK_WORD && tok_marker_behind_clitics(d, k, MARK_INTERVIEW);
    int questions = 0;
    for (int32_t s = first_question; intro && s < d->n_sentences && questions < 2; s++)
        questions += unlabelled_question_at(d, s);
    return questions >= 2;
}

/* An interview printed without labels: a line that is one question, then the answer's
 * paragraph. With two such questions or more in the article, the paragraph after each
 * is the interviewee's words, marks or not (as after "ج:"). */
static int unlabelled_answer_cue(struct qctx *q, int32_t s)
{
    struct doc *d = q->d;
    const struct sentence *st = &d->sentences[s];
    if (q->question_lines < 2 || s < 1 || !(st->flags & SENT_LINE_START) || !question_line(d, s - 1) ||
        question_line(d, s) || st->tok_end - st->tok_begin < 4)
        return 0;
    /* (answers with a label, "ج:" or the interviewee's name, are read by their label) */
    for (int32_t k = st->tok_begin + 1; k < st->tok_begin + 4 && k < st->tok_end; k++)
        if (is_colon(d, k))
            return 0;
    return add_answer(q, s, d->sentences[s - 1].tok_end - 1, st->tok_begin, st->tok_begin);
}

/* Is sentence s a line of one question under the outlet's label ("إذاعة النعامة: ...؟")? */
static int outlet_question_line(const struct qctx *q, int32_t s)
{
    const struct doc *d = q->d;
    int32_t b = d->sentences[s].tok_begin, e = d->sentences[s].tok_end;
    if (!question_line(d, s) || !outlet_heads(q, b))
        return 0;
    for (int32_t k = b + 1; k < b + 4 && k < e; k++)
        if (is_colon(d, k))
            return 1;
    return 0;
}

/* "إذاعة الجبيل تسأل: هل ...؟"، "منتدى إذاعة إليزي: ماذا يعني ...؟": the outlet (or its
 * programme) asking a question in the headline frames its story; no one's words. */
static int outlet_asks_in_headline(const struct qctx *q, const struct quote *qt)
{
    const struct doc *d = q->d;
    if (qt->sentence != 0 || qt->content_te >= d->n_tokens)
        return 0;
    const struct token *after = &d->tokens[qt->content_te];
    /* (or the station's programme or bulletin heads it, whatever it says: "نشرة إذاعة
     * زالنجي: الدقيق يرتفع مجددا") */
    int32_t hb = d->sentences[0].tok_begin;
    int programme = hb < qt->np_end && hb + 1 < qt->cue_tok && tok_marker(d, hb, MARK_TITLE_WORD);
    if (!programme && !tok_is_char(after, 0x061F) && !tok_is_char(after, '?'))
        return 0;
    /* (the head's word as well as its mention: a programme's name holds the station's) */
    for (int32_t k = qt->np_begin; k < qt->np_end; k++)
        if (outlet_heads(q, k) || media_head_word(&d->tokens[k]))
            return 1;
    return 0;
}

/* In an interview without labels, what the interviewer's questions report ("يرى خبراء
 * أن ...، هل توافقون؟") is the interviewer's framing, not a quotation; so is what a
 * question under the outlet's label reports ("إذاعة النعامة: مسؤولون ... يقولون إن
 * المخزون كاف، فلماذا ارتفع السعر؟"), and the outlet's own question in the headline. */
static void drop_interviewer_quotes(struct qctx *q)
{
    struct doc *d = q->d;
    int32_t w = 0;
    for (int32_t i = 0; i < d->n_quotes; i++) {
        const struct quote *qt = &d->quotes[i];
        int32_t s = d->tokens[qt->cue_tok].sentence;
        int in_question = s >= 0 && qt->cue_kind != CUE_ANSWER &&
                          (q->question_lines >= 2 ? question_line(d, s) : outlet_question_line(q, s));
        in_question |= outlet_asks_in_headline(q, qt);
        if (!in_question)
            d->quotes[w++] = d->quotes[i];
    }
    d->n_quotes = w;
}

/* ---- nesting and siblings ---- */

/* "، واكتفى بالقول إن": a word joined by و that is no name, right before a cue, is the
 * verb of a new clause with the same subject. */
static int conjoined_verb(const struct doc *d, int32_t k)
{
    const struct token *t = &d->tokens[k];
    return t->kind == TOK_WORD && (t->flags & TOKF_ARABIC) && t->fold_len >= 4 && t->fold[0] == 0x0648 &&
           d->tok_mention[k] < 0 && !tok_has_article(t) && !(tok_kinds(t) & (LEX_STOP | LEX_TITLE | LEX_ROLE_NOUN));
}

static int cue_is_sibling(const struct qctx *q, const struct quote *outer, const struct quote *inner)
{
    const struct doc *d = q->d;
    int32_t c = inner->cue_tok;
    if (inner->cue_kind == CUE_PARTICIPLE)
        return c > 0 && tok_is_comma(&d->tokens[c - 1]);
    /* ("قال X إن الجبهة «...»، لكنها ترى فيها «...»": a pronoun subject of the other gender
     * is the reported clause's own subject going on, not the speaker) */
    /* (not one that reports a clause of its own: "فردت عليه بأن ...، غير أنه أصر على أن" is
     * the other person answering) */
    if (inner->subject_pronoun && inner->np_end <= inner->np_begin && c > outer->content_tb &&
        inner->content_tb > 0 && !is_complementizer(q, inner->content_tb - 1) &&
        ((outer->cue_gender == GENDER_MASC && inner->cue_gender == GENDER_FEM) ||
         (outer->cue_gender == GENDER_FEM && inner->cue_gender == GENDER_MASC)))
        return 0;
    /* a new clause: after a comma or a clause word, with its own speaker — inside the
     * outer content (not "فإن" that opens it: ووفقا لـX، فإن بكين أبلغت ...) */
    /* "...، واكتفى المتحدث باسمه X بالقول إن": the cue's own subject opens a clause after
     * a comma */
    if (d->lang != LANG_EN && outer->cue_kind <= CUE_MASDAR && inner->np_begin < inner->np_end && inner->np_end <= c &&
        inner->np_begin > outer->content_tb &&
        tok_is_comma(&d->tokens[inner->np_begin - 1]) && names_someone(d, inner->np_begin, inner->np_end))
        return 1;
    /* ("...، المدعومة من إيران، بما سمّته «...»": what someone the words name called a
     * thing is part of them, nested; "، في ما وصفته الوكالة بأنه" names its own speaker) */
    if (c > 0 && tok_is_what(&d->tokens[c - 1]) && inner->np_end <= inner->np_begin)
        return 0;
    /* ("قال X إن A «...»، ويحث ...": the reported clause's subject going on, read into
     * the outer words when they were cut) */
    if (outer->cue_kind == CUE_VERB && c > outer->content_tb && past_that_clause(q, outer->cue_tok, outer->content_tb) &&
        c - 1 < outer->content_te && present_verb_goes_on(q, c - 1, outer->content_te))
        return 0;
    /* "فروسيا، كما يقول، «تحتفظ ...»": the speaker's own aside set off by commas, the words
     * going on after it, is nested in them (not "، كما يقول الحداد،", a subject of its own) */
    if (c >= 2 && inner->cue_kind == CUE_VERB && inner->np_end <= inner->np_begin && tok_is_kama(&d->tokens[c - 1]) &&
        tok_is_comma(&d->tokens[c - 2])) {
        int32_t k = c + 1;
        if (k < outer->content_te && d->tokens[k].kind == TOK_WORD && d->tokens[k].fold_len <= 3 &&
            d->tokens[k].fold[0] == 0x0644 && tok_carries_pronoun(d, &d->tokens[k]))
            k++; /* (كما يقول لي) */
        if (k + 1 < outer->content_te && tok_is_comma(&d->tokens[k]))
            return 0;
    }
    /* (a negation before the verb is the clause's own: "، إلا أنه لم يستبعد أن") */
    int32_t from = c > 0 && tok_marker(d, c - 1, MARK_NEGATION) ? c - 2 : c - 1;
    for (int32_t j = from; j >= 0 && j >= from - 2 && j >= outer->content_tb; j--) {
        const struct token *t = &d->tokens[j];
        if (tok_kinds(t) & LEX_CONJ_BREAK)
            return 1; /* ...، لكنه أقر بأن / في حين قالت ... */
        if (is_complementizer(q, j) && t->fold[0] == 0x0648)
            return 0; /* "...، وأن أحدهما أبلغ المحققين أنه": the outer clause goes on */
        if (tok_is_comma(t))
            return inner->np_end > inner->np_begin || inner->subject_pronoun ||
                   (d->tokens[c].lex_prefix == 1 && d->tokens[c].fold[0] == 0x0648 && j == c - 1) ||
                   (j == c - 2 && inner->cue_kind <= CUE_MASDAR && conjoined_verb(d, c - 1));
        if (d->tokens[j].kind == TOK_PUNCT)
            break;
    }
    return 0;
}

/* Cuts or drops quotations that overlap, in one sweep in cue order: a cue inside the
 * content of the quotation in force is either a sibling clause (that content stops
 * before it, and the new one is in force) or nested speech (dropped). Then, among
 * quotations sorted by content, one that mostly repeats the words of the previous one
 * is a second cue for the same words and goes. */
static int cmp_cue(const void *a, const void *b)
{
    const struct quote *x = a, *y = b;
    if (x->cue.start != y->cue.start)
        return (x->cue.start > y->cue.start) - (x->cue.start < y->cue.start);
    return (x->content.start > y->content.start) - (x->content.start < y->content.start);
}

static int cmp_content(const void *a, const void *b)
{
    const struct quote *x = a, *y = b;
    if (x->content.start != y->content.start)
        return (x->content.start > y->content.start) - (x->content.start < y->content.start);
    return (x->cue.start > y->cue.start) - (x->cue.start < y->cue.start);
}

static int names_kind(const struct doc *d, int32_t b, int32_t e, uint8_t type, uint16_t classes)
{
    for (int32_t k = b; k < e; k++) {
        int32_t m = d->tok_mention[k];
        if (m >= 0 && d->entities[d->mentions[m].entity].type == type &&
            (!classes || (d->entities[d->mentions[m].entity].classes & classes)))
            return 1;
    }
    return 0;
}

/* "ذكرت وكالة الأنباء المركزية أن الزعيم كيم أكد ... أن ...", "وبحسب الوكالة، قال كيم
 * إن ...": an outlet reports that a person said something; the person's words are the
 * quotation, the outlet the channel. Returns 0 when not, 1 when the person is the inner
 * quotation's subject, 2 when it is the phrase set off by commas between the outer
 * complementizer and the inner cue ("ذكّرت الصحيفة بأن المتحدث باسم الكرملين، دميتري
 * بيسكوف، وصف ..."), which the inner quotation should take for its subject. */
static int relayed_report(const struct qctx *q, const struct quote *outer, const struct quote *inner)
{
    const struct doc *d = q->d;
    if (outer->type == QUOTE_DIRECT || inner->cue_kind != CUE_VERB || inner->content.end > outer->content.end)
        return 0;
    /* (the outlet named, or "الصحيفة" for it) */
    const struct token *src = outer->np_end > outer->np_begin ? &d->tokens[outer->np_begin] : NULL;
    int outlet = src && (names_kind(d, outer->np_begin, outer->np_end, ENT_ORG, CLASS_MEDIA) ||
                         ((tok_kinds(src) & LEX_ROLE_NOUN) && (src->lex->role_classes & CLASS_MEDIA)));
    int32_t c = inner->cue_tok;
    /* "وأوضح الزركاني أن السفير الروسي X أبلغ اللجنة أن ...": a person who reports what a
     * named person said only relays too */
    if (!outlet) {
        /* (the person or the title first: not "أعتقد أن جولة الوزيرة X كانت محاولة
         * لطمأنة ... بأن", whose subject is the tour) */
        const struct token *h = inner->np_begin < inner->np_end ? &d->tokens[inner->np_begin] : NULL;
        int32_t mh = h ? d->tok_mention[inner->np_begin] : -1;
        int person_first = h && ((mh >= 0 && d->entities[d->mentions[mh].entity].type == ENT_PERSON) ||
                                 ((tok_kinds(h) & (LEX_TITLE | LEX_ROLE_NOUN)) && (h->lex->role_classes & CLASS_PERSON)));
        /* (or whoever "told him", named or not: "ويروي أن مسؤولا في الخارجية قال له:") */
        const struct token *to = c + 1 < d->n_tokens ? &d->tokens[c + 1] : NULL;
        int told_him = to && to->kind == TOK_WORD && to->fold[0] == 0x0644 && to->fold_len <= 4 &&
                       tok_carries_pronoun(d, to) && inner->np_end - inner->np_begin <= 6;
        /* (after a participle too: "، مشيرا إلى أن المتحدث X اعتبر ...") */
        return (outer->cue_kind == CUE_VERB || outer->cue_kind == CUE_PARTICIPLE) &&
               ((person_first && names_kind(d, inner->np_begin, inner->np_end, ENT_PERSON, 0)) || (h && told_him)) &&
               inner->np_begin == outer->content_tb && inner->np_end == c;
    }
    /* (the phrase may hold a long title when the person's name opens it: "أنّ كيم يو جونغ،
     * نائبة مدير دائرة في اللجنة المركزية لحزب العمال الحاكم، قالت في بيان إنّ") */
    int32_t m0 = outer->content_tb >= 0 && outer->content_tb < c ? d->tok_mention[outer->content_tb] : -1;
    int name_first = m0 >= 0 && d->entities[d->mentions[m0].entity].type == ENT_PERSON &&
                     d->mentions[m0].tok_end < c && tok_is_comma(&d->tokens[d->mentions[m0].tok_end]);
    if (outer->cue_kind == CUE_VERB && inner->np_begin == inner->np_end && c - outer->content_tb >= 3 &&
        c - outer->content_tb <= (name_first ? 16 : 8) && tok_is_comma(&d->tokens[c - 1]) &&
        names_kind(d, outer->content_tb, c, ENT_PERSON, 0)) {
        for (int32_t k = outer->content_tb; k < c; k++)
            if (is_verb(&d->tokens[k], NULL) || is_complementizer(q, k) || tok_is_quote_mark(&d->tokens[k]))
                return 0;
        return 2;
    }
    if (!names_kind(d, inner->np_begin, inner->np_end, ENT_PERSON, 0))
        return 0;
    if (outer->cue_kind == CUE_VERB)
        return inner->np_begin == outer->content_tb &&
               (inner->np_end == c || (inner->np_end + 1 == c && tok_is_comma(&d->tokens[inner->np_end])));
    /* "وبحسب الوكالة، قال كيم إن": a fronted outlet, then a verb of saying and who said */
    return outer->cue_kind == CUE_SOURCE && c == outer->content_tb && inner->np_begin == c + 1;
}

/* "بأنها "A" و"B"": two wholly quoted phrases joined by و, and nothing else, are two
 * quotations of the same speaker (with an unquoted tail, «A» و«B» للحرب, they stay one
 * mixed quotation). Returns 0, or -1 when out of memory. */
static int split_joined_quotations(struct qctx *q)
{
    struct doc *d = q->d;
    int32_t n = d->n_quotes;
    for (int32_t i = 0; i < n; i++) {
        int32_t b = d->quotes[i].content_tb, e = d->quotes[i].content_te;
        if (d->quotes[i].content.start < 0 || b < 0 || e <= b || q->opens[b] < 0)
            continue;
        const struct region *r1 = &q->r[q->opens[b]];
        int32_t w = r1->close + 1;
        if (r1->close < 0 || w + 1 >= e || d->tokens[w].kind != TOK_WORD || d->tokens[w].fold_len != 1 ||
            d->tokens[w].fold[0] != 0x0648 || q->opens[w + 1] < 0)
            continue;
        const struct region *r2 = &q->r[q->opens[w + 1]];
        if (r2->close < 0 || r2->close + 1 != e || r1->words < 2 || r2->words < 2)
            continue;
        struct quote second = d->quotes[i]; /* (new_quote may move the array) */
        int32_t open1 = r1->open, close1 = r1->close, open2 = r2->open, close2 = r2->close;
        set_content(q, &d->quotes[i], open1, close1 + 1);
        struct quote *nq = new_quote(q);
        if (!nq)
            return -1;
        *nq = second;
        set_content(q, nq, open2, close2 + 1);
        if (nq->content.start < 0)
            d->n_quotes--;
    }
    return 0;
}

/* Does the quotation's cue end its line, its words starting on the next one? */
static int opens_next_line(const struct doc *d, const struct quote *qt)
{
    int32_t c = qt->cue_tok;
    while (c + 1 < d->n_tokens && d->tokens[c + 1].span.start < qt->content.start &&
           !(d->tokens[c + 1].flags & TOKF_NEWLINE_BEFORE))
        c++;
    return c + 1 < d->n_tokens && (d->tokens[c + 1].flags & TOKF_NEWLINE_BEFORE) &&
           d->tokens[c + 1].span.start <= qt->content.start;
}

/* Is quotation qt a line labelled with a person's name ("المرعبي: ...")? */
static int person_labels(const struct doc *d, const struct quote *qt)
{
    if (qt->cue_kind != CUE_HEADLINE || qt->np_begin >= qt->np_end)
        return 0;
    int32_t m = d->tok_mention[qt->np_begin];
    return m >= 0 && d->mentions[m].tok_end == qt->np_end && d->entities[d->mentions[m].entity].type == ENT_PERSON;
}

/* Is qt's cue a participle that stands after its words ("«...»، داعيا")? */
static int trailing_participle(const struct quote *qt)
{
    return qt->cue_kind == CUE_PARTICIPLE && qt->cue.start >= qt->content.end;
}

static void resolve_overlaps(struct qctx *q)
{
    struct doc *d = q->d;
    int32_t n = d->n_quotes;
    if (n > 1)
        qsort(d->quotes, (size_t)n, sizeof *d->quotes, cmp_cue);
    struct quote *cur = NULL;
    for (int32_t i = 0; i < n; i++) {
        struct quote *b = &d->quotes[i];
        if (b->content.start < 0)
            continue;
        int32_t bc = b->cue.start;
        int relayed;
        if (cur && bc >= cur->content.start && bc < cur->content.end) {
            if (person_labels(d, cur)) {
                /* "المرعبي: ...، والمطاحن تقول لنا إن ...": a person's labelled answer holds
                 * the speech it tells of */
                b->content.start = -1;
            } else if ((cur->cue_kind == CUE_HEADLINE || opens_next_line(d, cur)) && cur->type != QUOTE_DIRECT &&
                b->cue_kind != CUE_SOURCE && cue_is_sibling(q, cur, b)) {
                /* "- الكرملين: رفض المتحدث باسمه التعليق، واكتفى بالقول إن": a label over
                 * unmarked narration that goes on to its own cue is a topic, no speaker; so
                 * is a line ending "... أبرز ما جاء فيه:" over a paragraph with its own cues */
                cur->content.start = -1;
                cur = b;
            } else if (cur->type != QUOTE_DIRECT && b->cue_kind != CUE_SOURCE && cue_is_sibling(q, cur, b)) {
                /* stop cur's content at the comma or clause word before b's clause */
                int32_t cut = b->cue_tok;
                if (cut > 1 && tok_is_comma(&d->tokens[cut - 2]) && conjoined_verb(d, cut - 1))
                    cut--; /* "، واكتفى | بالقول إن" */
                if (b->np_begin < b->np_end && b->np_end <= b->cue_tok && b->np_begin > cur->content_tb &&
                    tok_is_comma(&d->tokens[b->np_begin - 1]))
                    cut = b->np_begin; /* "، | واكتفى المتحدث X بالقول إن" */
                if (cut > cur->content_tb + 1 && tok_marker(d, cut - 1, MARK_NEGATION))
                    cut--; /* "، لكنه | لم يستبعد أن" */
                const struct lex_entry *contrast;
                if (cut > cur->content_tb + 2 && phrase_at(q, cut - 2, cut, LEX_CONJ_BREAK, &contrast) == 2)
                    cut -= 2; /* "، غير أنه | رأى أن" */
                while (cut > 0 && (tok_is_comma(&d->tokens[cut - 1]) || (tok_kinds(&d->tokens[cut - 1]) & LEX_CONJ_BREAK) ||
                                   (d->tokens[cut - 1].kind == TOK_PUNCT && !is_mark(&d->tokens[cut - 1]))))
                    cut--; /* (a closing mark stays: «...»، لكنه ...) */
                /* (its type again from the marks it still holds: "أن الاتفاق هش، ويذهب
                 * إلى أن «...»" leaves no mark in the first clause) */
                if (cut > 0 && d->tokens[cut - 1].span.end > cur->content.start) {
                    if (cur->content_tb >= 0 && cut > cur->content_tb)
                        set_content(q, cur, cur->content_tb, cut);
                    else
                        cur->content.end = d->tokens[cut - 1].span.end;
                }
                cur = b;
            } else if ((relayed = relayed_report(q, cur, b)) != 0) {
                if (relayed == 2) {
                    b->np_begin = cur->content_tb;
                    b->np_end = b->cue_tok - 1;
                }
                cur->content.start = -1; /* the outlet only relays: the person speaks */
                cur = b;
            } else {
                b->content.start = -1; /* nested speech, or a channel inside a quotation */
            }
            continue;
        }
        if (!cur || b->content.end > cur->content.end || bc >= cur->content.end)
            cur = b;
    }
    int32_t w = 0;
    for (int32_t i = 0; i < n; i++)
        if (d->quotes[i].content.start >= 0 && d->quotes[i].content.end > d->quotes[i].content.start)
            d->quotes[w++] = d->quotes[i];
    n = w;
    if (n > 1)
        qsort(d->quotes, (size_t)n, sizeof *d->quotes, cmp_content);
    struct quote *last = NULL;
    for (int32_t i = 0; i < n; i++) {
        struct quote *b = &d->quotes[i];
        if (last) {
            int32_t ov = (last->content.end < b->content.end ? last->content.end : b->content.end) - b->content.start;
            if (ov > 0 && ov * 2 >= (b->content.end - b->content.start)) {
                /* the same words under two cues: the cue nearer to them introduced them */
                int32_t dl = last->content.start - last->cue.end, db = b->content.start - b->cue.end;
                if (dl < 0)
                    dl = -dl;
                if (db < 0)
                    db = -db;
                int b_better = db < dl;
                if (last->cue_kind == CUE_VERB && b->cue_kind == CUE_MASDAR)
                    b_better = 0; /* وقال X، في تصريحات ...، إن: the verb is the cue */
                else if (b->cue_kind == CUE_VERB && last->cue_kind == CUE_MASDAR)
                    b_better = 1;
                /* "نقلت X عن Y قوله إن «...»، داعيا ...": a participle after the words goes
                 * on to what follows; the cue before them introduced them */
                else if (trailing_participle(b) && last->cue.end <= last->content.start)
                    b_better = 0;
                else if (trailing_participle(last) && b->cue.end <= b->content.start)
                    b_better = 1;
                if (b->content.start == last->content.start && b_better) {
                    last->content.start = -1;
                    last = b;
                } else {
                    b->content.start = -1;
                }
                continue;
            }
        }
        if (!last || b->content.end > last->content.end)
            last = b;
    }
    w = 0;
    for (int32_t i = 0; i < n; i++)
        if (d->quotes[i].content.start >= 0)
            d->quotes[w++] = d->quotes[i];
    d->n_quotes = w;
}

/* A quoted passage that stands as a sentence of its own, right after a quotation, with
 * no cue: the same speaker going on ("“...,” he said. “...”"). */
/* "وتابعت بأن السؤال كان دائما، ما هو الثمن؟ ما مدى استعداده ...؟": reported words that
 * end in a question go on through the questions that follow in the same paragraph (a
 * question may wrap onto the next line), as long as no other cue speaks there (up to
 * four). Returns 0, or -1 when out of memory. */
static int question_runs(struct qctx *q)
{
    struct doc *d = q->d;
    uint8_t *spoken = NULL;
    for (int32_t i = 0; i < d->n_quotes; i++) {
        struct quote *qt = &d->quotes[i];
        int32_t te = qt->content_te;
        if (qt->cue_kind != CUE_VERB || qt->type == QUOTE_DIRECT || te <= qt->content_tb || te >= d->n_tokens ||
            !tok_is_question_mark(&d->tokens[te]))
            continue;
        if (!spoken) { /* the sentences that hold a cue, once */
            if (!(spoken = arena_array(q->a, (size_t)d->n_sentences + 1, 1)))
                return -1;
            for (int32_t j = 0; j < d->n_quotes; j++)
                spoken[d->quotes[j].sentence] = 1;
        }
        int32_t par = paragraph_end(d, te), end = -1;
        for (int32_t s = d->tokens[te].sentence + 1; s < d->n_sentences && s <= d->tokens[te].sentence + 4; s++) {
            const struct sentence *st = &d->sentences[s];
            if (st->tok_begin >= par || st->tok_end <= st->tok_begin || spoken[s])
                break;
            /* (a question wrapped at a line break ends on the next line) */
            if (!tok_is_question_mark(&d->tokens[st->tok_end - 1]) && (st->flags & SENT_NO_FINAL_PUNCT) &&
                s + 1 < d->n_sentences && !spoken[s + 1] && d->sentences[s + 1].tok_end > d->sentences[s + 1].tok_begin)
                st = &d->sentences[++s];
            if (!tok_is_question_mark(&d->tokens[st->tok_end - 1]))
                break;
            end = st->tok_end;
            par = paragraph_end(d, end - 1);
        }
        if (end > te)
            set_content(q, qt, qt->content_tb, end);
    }
    return 0;
}

__attribute__((noinline)) static int continuations(struct qctx *q)
{
    struct doc *d = q->d;
    int32_t n = d->n_tokens;
    int32_t *covered = arena_array(q->a, (size_t)n + 1, sizeof(int32_t));
    int32_t *last_quote_sentence = arena_alloc(q->a, sizeof(int32_t));
    if (!covered || !last_quote_sentence)
        return -1;
    /* tokens covered by a quotation's content, from a difference array */
    int32_t nq = d->n_quotes;
    for (int32_t i = 0; i < nq; i++) {
        const struct quote *qt = &d->quotes[i];
        if (qt->content_te > qt->content_tb) {
            covered[qt->content_tb]++;
            covered[qt->content_te]--;
        }
    }
    for (int32_t k = 1; k <= n; k++)
        covered[k] += covered[k - 1];
    /* the sentences that hold a quotation */
    uint8_t *has_quote = arena_array(q->a, (size_t)d->n_sentences + 1, 1);
    if (!has_quote)
        return -1;
    for (int32_t i = 0; i < nq; i++)
        has_quote[d->quotes[i].sentence] = 1;
    for (int32_t i = 0; i < q->nr; i++) {
        const struct region *r = &q->r[i];
        if (r->words < 5 || covered[r->open] || q->in_long[r->open] || r->close < 0)
            continue;
        int32_t s = d->tokens[r->open].sentence;
        if (d->sentences[s].tok_begin != r->open || s == 0)
            continue;
        if (!has_quote[s - 1] && !(s >= 2 && has_quote[s - 2]))
            continue;
        struct quote *qt = cued_quote(q, r->open, CUE_CONTINUATION, s, r->open, r->open);
        if (!qt)
            return -1;
        set_content(q, qt, r->open, r->close + 1);
        if (qt->content.start < 0)
            d->n_quotes--;
    }
    /* a transcript's answer that runs on to a paragraph of its own, unlabelled, before the
     * next label: "نصّار: ...\n\nولا تنسي الصين. ...\n\nالخوري: ..." */
    for (int32_t s = 1; s < d->n_sentences; s++) {
        const struct sentence *st = &d->sentences[s];
        int32_t b = st->tok_begin;
        if (!(st->flags & SENT_LINE_START) || has_quote[s] || covered[b] || tok_is_quote_mark(&d->tokens[b]))
            continue;
        int32_t prev = s - 1;
        while (prev > 0 && !(d->sentences[prev].flags & SENT_LINE_START))
            prev--;
        if (prev == 0 || !has_quote[prev] || labelled_line(d, b, st->tok_end))
            continue;
        int32_t pe = paragraph_end(d, b), last = s;
        if (pe - b < 6)
            continue;
        while (last + 1 < d->n_sentences && d->sentences[last + 1].tok_begin < pe)
            last++;
        int quoted = 0, turn = 0;
        for (int32_t k = s; k <= last && !quoted; k++) /* (a question is the interviewer's) */
            quoted = has_quote[k] || tok_is_question_mark(&d->tokens[d->sentences[k].tok_end - 1]);
        int32_t prev_b = d->sentences[prev].tok_begin, prev_end = quoted ? 0 : paragraph_end(d, prev_b);
        for (int32_t i = 0; i < nq && !quoted && !turn; i++) {
            const struct quote *o = &d->quotes[i];
            turn = o->cue_kind == CUE_HEADLINE && o->sentence == prev && o->np_begin == prev_b && o->content_te >= prev_end - 1;
        }
        if (quoted || !turn || !next_line_labelled(d, last))
            continue;
        struct quote *qt = cued_quote(q, b, CUE_CONTINUATION, s, b, b);
        if (!qt)
            return -1;
        set_content(q, qt, b, pe);
        if (qt->content.start < 0)
            d->n_quotes--;
        s = last;
    }
    return 0;
}

/* The first token of a list item's text when the line at token k opens with a list
 * marker ("1-", "2)", "٣.", "-", "•", "*"), else -1. */
static int32_t list_item_body(const struct doc *d, int32_t k)
{
    int32_t n = d->n_tokens;
    if (k + 1 >= n)
        return -1;
    const struct token *t = &d->tokens[k];
    if (t->kind == TOK_NUMBER && t->span.end - t->span.start <= 2 && k + 2 < n &&
        (tok_is_dash(&d->tokens[k + 1]) || tok_is_char(&d->tokens[k + 1], ')') || tok_is_char(&d->tokens[k + 1], '.')))
        return k + 2;
    if (tok_is_dash(t) || tok_is_char(t, 0x2022) || tok_is_char(t, '*'))
        return k + 1;
    return -1;
}

/* "- إنشاء وحدة لرصد ..."، "- تعزيز الحوار ...": a list item that opens with a bare verbal
 * noun of a derived pattern (تفعيل، إفعال، افتعال، استفعال، مفاعلة) is a recommendation
 * or an aim named as a noun phrase, no clause anyone stated. */
static int item_opens_with_masdar(const struct doc *d, int32_t k)
{
    if (k + 1 >= d->n_tokens)
        return 0;
    const struct token *t = &d->tokens[k], *next = &d->tokens[k + 1];
    if (t->kind != TOK_WORD || t->lex_prefix || tok_has_article(t) ||
        (tok_kinds(t) & (LEX_COMPLEMENTIZER | LEX_STOP | LEX_PRONOUN)) || next->kind != TOK_WORD)
        return 0;
    /* (متابعة "follow-up" is listed as the participle of تابع; a past or present verb
     * opens a clause) */
    if ((tok_kinds(t) & LEX_VERB) && t->lex->verb_aspect != ASPECT_MASDAR && t->lex->verb_aspect != ASPECT_PARTICIPLE)
        return 0;
    return tok_derived_masdar_shape(t);
}

/* The words at b, at a line's start, open an item of a list introduced by a line that
 * ends with a colon ("وأوصوا بما يلي:"), and the item opens with a bare verbal noun. */
__attribute__((noinline)) static int masdar_item_at_line_start(const struct doc *d, int32_t b)
{
    int32_t m = b - 1;
    if (list_item_body(d, m - 1) == b)
        m--;
    if (m <= 0 || list_item_body(d, m) != b || !(d->tokens[m].flags & TOKF_NEWLINE_BEFORE) ||
        !item_opens_with_masdar(d, b))
        return 0;
    /* back over the list's earlier items to the line that introduces it */
    for (int32_t k = m - 1; k > 0 && m - k < 400; k--) {
        if (!(d->tokens[k].flags & TOKF_NEWLINE_BEFORE))
            continue;
        if (list_item_body(d, k) < 0)
            break;
        m = k;
    }
    return is_colon(d, m - 1);
}

/* "... إن المعاهدة تحمل 3 رسائل رئيسية:" and then "1- ...", "2- ...": a reported clause
 * that ends its line with a colon, over lines that each open with a list marker, goes
 * on in them; each item is a quotation of the same speaker, by the same cue. */
/* "قالوا عن المعاهدة:" over "• المحلل الأمني يوسي ميلمان في «هآرتس»: «...»": an item
 * that opens with a person named before its own colon is that person's, not one more
 * item of the line above */
static int item_names_its_speaker(const struct doc *d, int32_t body, int32_t end)
{
    int named = 0;
    for (int32_t k = body; k < end && k - body <= 12; k++) {
        if (is_colon(d, k))
            return named;
        if (d->tokens[k].kind == TOK_PUNCT && !tok_is_quote_mark(&d->tokens[k]))
            return 0;
        int32_t m = d->tok_mention[k];
        const struct entity *en = m >= 0 ? &d->entities[d->mentions[m].entity] : NULL;
        /* (or the outlet whose turn it is: "- شمس أف أم: ...؟") */
        named |= en && (en->type == ENT_PERSON || (en->type == ENT_ORG && (en->classes & CLASS_MEDIA)));
    }
    return 0;
}

static int listed_items(struct qctx *q)
{
    struct doc *d = q->d;
    int32_t nq = d->n_quotes;
    for (int32_t i = 0; i < nq; i++) {
        int32_t c = d->quotes[i].content_te, first = -1;
        if (d->quotes[i].content.start < 0)
            continue;
        if (c + 1 < d->n_tokens && is_colon(d, c) && (d->tokens[c + 1].flags & TOKF_NEWLINE_BEFORE))
            first = c + 1;
        /* (or the words after a colon that ends its line are the list's first item: "وتاليا
         * أبرز ما جاء في كلمة الوزير:" over "- ...", "- ...") */
        int32_t b = d->quotes[i].content_tb;
        int line_opens = b >= 2 && ((d->tokens[b - 1].flags | d->tokens[b - 2].flags) & TOKF_NEWLINE_BEFORE);
        /* (an item named as a noun phrase is no quotation, whichever way its words became
         * one: the parent's first item, a continuation) */
        if (line_opens && (masdar_item_at_line_start(d, b) ||
                           (list_item_body(d, b - 1) == b && item_names_its_speaker(d, b, paragraph_end(d, b)))))
            d->quotes[i].content.start = -1;
        for (int32_t m = b - 2; m < b && first < 0 && line_opens; m++)
            if (m > 0 && list_item_body(d, m) == b && is_colon(d, m - 1) && (d->tokens[m].flags & TOKF_NEWLINE_BEFORE))
                first = paragraph_end(d, b);
        if (first < 0)
            continue;
        for (int32_t k = first, body; k < d->n_tokens && (body = list_item_body(d, k)) >= 0;) {
            int32_t e = paragraph_end(d, k);
            if (item_names_its_speaker(d, body, e)) {
                k = e;
                continue;
            }
            const struct quote parent = d->quotes[i];
            struct quote *qt = cued_quote(q, parent.cue_tok, parent.cue_kind, d->tokens[body].sentence, parent.np_begin,
                                          parent.np_end);
            if (!qt)
                return -1;
            qt->cue = parent.cue;
            qt->cue_gender = parent.cue_gender;
            qt->subject_pronoun = parent.subject_pronoun;
            set_content(q, qt, body, e);
            if (qt->content.start < 0 || masdar_item_at_line_start(d, body))
                d->n_quotes--;
            k = e;
        }
    }
    return 0;
}

static int cmp_quote(const void *a, const void *b)
{
    const struct quote *x = a, *y = b;
    int32_t xs = x->cue.start < x->content.start ? x->cue.start : x->content.start;
    int32_t ys = y->cue.start < y->content.start ? y->cue.start : y->content.start;
    return (xs > ys) - (xs < ys);
}

int quotes_find(struct doc *d, struct arena *a, const struct lexicon *lx)
{
    struct qctx q;
    memset(&q, 0, sizeof q);
    q.d = d;
    q.a = a;
    q.lx = lx;
    size_t ntok = (size_t)d->n_tokens + 1;
    /* Not cleared: set to -1 below, or every entry written by pair_marks / find_stops. */
    q.opens = arena_array_uninit(a, ntok, sizeof(int32_t));
    q.inside = arena_array_uninit(a, ntok, sizeof(int32_t));
    q.closes = arena_array_uninit(a, ntok, sizeof(int32_t));
    q.quoted_before = arena_array_uninit(a, ntok, sizeof(int32_t));
    q.next_stop = arena_array_uninit(a, ntok, sizeof(int32_t));
    q.in_long = arena_array(a, ntok, 1);
    if (!q.opens || !q.inside || !q.closes || !q.quoted_before || !q.next_stop || !q.in_long)
        return -1;
    for (int32_t k = 0; k <= d->n_tokens; k++)
        q.opens[k] = q.inside[k] = q.closes[k] = -1;
    if (fill_paragraph_ends(d, a) != 0 || pair_marks(&q) != 0)
        return -1;
    find_stops(&q);
    q.interview = interview_byline(d);
    if (q.interview)
        for (int32_t s = 0; s < d->n_sentences; s++)
            q.question_lines += question_line(d, s);
    int read_also = 0;
    int32_t paren_r = 0;
    for (int32_t s = 0; s < d->n_sentences; s++) {
        /* decided on a line's first sentence, for all of the line's sentences */
        if (s == 0 || (d->sentences[s].flags & SENT_LINE_START))
            read_also = read_also_line(d, d->sentences[s].tok_begin);
        if (read_also)
            continue;
        if (headline_cue(&q, s) < 0 || headline_opens_quoted(&q, s) < 0 || answer_cue(&q, s) < 0 || unlabelled_answer_cue(&q, s) < 0 ||
            dash_credit_cue(&q, s) < 0 || text_of_cue(&q, s) < 0 || (s == 0 && headline_source_cue(&q) < 0))
            return -1;
        const struct sentence *st = &d->sentences[s];
        for (int32_t k = st->tok_begin; k < st->tok_end; k++) {
            const struct token *t = &d->tokens[k];
            if (t->kind != TOK_WORD || in_long_region(&q, k))
                continue;
            int rc = 0;
            const struct lex_entry *e;
            int32_t n;
            if (t->fold_len == 2 && relative_cue(&q, k)) { /* (ما of "وهو ما أكده") */
                k++;
                continue;
            }
            if ((t->var_kinds & LEX_MARKER) && (rc = these_words_cue(&q, k)) != 0) {
                if (rc < 0)
                    return -1;
                k += 2;
                continue;
            }
            /* "United States" is no verb: a word inside a name, or a capitalised English
             * word inside a sentence, is not a cue */
            int in_name = d->tok_mention[k] >= 0 ||
                          ((t->flags & TOKF_UPPER) && k > st->tok_begin && !(t->flags & TOKF_ALLCAPS));
            enum verb_aspect asp = ASPECT_PAST;
            /* "مؤكدا بالقول:", "اكتفى بالقول": the masdar completes the word before it,
             * which is the cue when it is one */
            int complement = is_verb(t, &asp) && asp == ASPECT_MASDAR && k > st->tok_begin &&
                             is_verb(&d->tokens[k - 1], NULL);
            /* "رأت X، في تصريح من بروكسل، أن": a masdar inside the reporting clause of the
             * quotation just made is where it was said, no cue of its own */
            if (asp == ASPECT_MASDAR && is_verb(t, NULL) && d->n_quotes > 0) {
                const struct quote *lq = &d->quotes[d->n_quotes - 1];
                complement |= lq->sentence == t->sentence && lq->cue_tok < k && k < lq->content_tb;
            }
            /* (nor the first of a few quoted words: وعلمت “رأي اليوم” من, an outlet's name) */
            if (is_verb(t, NULL) && !in_name && !complement && !after_negation_noun(d, k) &&
                !(k > 0 && q.opens[k - 1] >= 0 && q.r[q.opens[k - 1]].close >= 0 && q.r[q.opens[k - 1]].words <= 3)) {
                rc = verb_cue(&q, k);
            } else if ((n = phrase_at(&q, k, st->tok_end, LEX_SOURCE | LEX_TAG, &e)) > 0 &&
                       (!(e->kinds & LEX_TAG) || lone_closing_tag(&q, k, n))) {
                rc = source_cue(&q, k, n, e);
                k += n - 1;
            }
            if (rc < 0)
                return -1;
        }
        /* "«...» (Name)": the sentence's closed quotations, each looked at once */
        for (; paren_r < q.nr && q.r[paren_r].open < st->tok_end; paren_r++)
            if (q.r[paren_r].close >= 0 && q.r[paren_r].close + 2 < st->tok_end &&
                name_in_parentheses_cue(&q, q.r[paren_r].close + 1) < 0)
                return -1;
    }
    if (labelled_turns(&q) != 0 || question_runs(&q) != 0 || continuations(&q) != 0 || listed_items(&q) != 0 ||
        split_joined_quotations(&q) != 0)
        return -1;
    drop_interviewer_quotes(&q);
    resolve_overlaps(&q);
    if (d->n_quotes > 1)
        qsort(d->quotes, (size_t)d->n_quotes, sizeof *d->quotes, cmp_quote);
    return arena_failed(a) ? -1 : 0;
}
