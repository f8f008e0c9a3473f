/*
 * attribution.c — from the words that name a speaker to the speaker.
 *
 * Quotations are resolved in text order, keeping the history of who spoke:
 *   a phrase with a named entity      -> that entity (a surname alone is the full name);
 *   several entities joined by و      -> a joint speaker, named as written;
 *   an unnamed group (مراقبين روس)     -> the group, named as written;
 *   a role noun (الخبير، الصحيفة)      -> the latest speaker, or entity, of that class;
 *   a pronoun (لكنه) or no subject    -> the speaker in focus, checked against the
 *                                        verb's gender (قالت needs a feminine speaker);
 *   a participle (مؤكدا أن)            -> the subject of its clause.
 * A headline that names its speaker only by role ("مسؤول ياباني:") is the first person
 * quoted in the body. Quotations whose speaker cannot be found are dropped: the API
 * promises who said what, and a quotation without a who is noise to its users.
 */
#include "nlp/attribution.h"

#include "nlp/arena.h"
#include "nlp/doc.h"
#include "nlp/entities.h"
#include "nlp/lexicon.h"
#include "nlp/quotes.h"
#include "nlp/tokens.h"

#include <string.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>

struct who {
    int32_t entity;           /* -1 for groups and joint speakers */
    const char *name;
    struct span span;         /* where the speaker is named; start < 0 if nowhere */
    uint8_t gender;
    uint16_t classes;
};

struct actx {
    struct doc *d;
    struct arena *a;
    const struct lexicon *lx;
    struct who *hist;         /* speaker of each quote so far, in order */
    int32_t n_hist;
    int unnamed_title;        /* the last phrase read was a title with no name */
    int32_t interviewee;      /* entity that answers an interview's questions; -2 until asked */
};

/* Index of the last mention that starts before pos, or -1 (mentions are in text order). */
static int32_t mention_before(const struct doc *d, int32_t pos)
{
    int32_t lo = 0, hi = d->n_mentions;
    while (lo < hi) {
        int32_t mid = lo + (hi - lo) / 2;
        if (d->mentions[mid].span.start < pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo - 1;
}

/* How far back coreference looks: the speakers and mentions of the last few
 * paragraphs, which keeps each resolution O(1) however long the article. */
#define HIST_REACH 64
#define MENTION_REACH 256

/* How many sentences at the top of an article can be its headline block (title,
 * subtitle, dateline). */
#define HEADLINE_SENTENCES 3

/* Is mention mm the object of a preposition: one written on it (لشركة، بالوزارة) or a
 * function word before it (مع، عن، إلى)? */
static int object_of_preposition(const struct doc *d, const struct mention *mm)
{
    const struct token *first = &d->tokens[mm->tok_begin];
    if (tok_has_prep_clitic(first))
        return 1;
    if (mm->tok_begin == 0)
        return 0;
    const struct token *p = &d->tokens[mm->tok_begin - 1];
    return p->kind == TOK_WORD && p->sentence == first->sentence && (tok_kinds(p) & LEX_STOP) &&
           !(tok_kinds(p) & (LEX_COMPLEMENTIZER | LEX_PRONOUN | LEX_CONJ_BREAK));
}

/* "برئاسة النائب X"، "بحضور الوزير X": a person named after a title that a noun in ب
 * governs is where or with whom something was done, no subject. */
static int title_behind_ba(const struct doc *d, int32_t j)
{
    int32_t p = j;
    while (p > 0 && d->tok_mention[p - 1] < 0 && (tok_kinds(&d->tokens[p - 1]) & (LEX_TITLE | LEX_ROLE_NOUN)))
        p--;
    if (p == j || p == 0)
        return 0;
    const struct token *t = &d->tokens[p - 1];
    return t->kind == TOK_WORD && t->fold_len >= 5 && t->fold[0] == 0x0628 && !tok_has_article(t) &&
           (tok_has_prep_clitic(t) || (t->flags & TOKF_COMMON));
}

/* منه، منها: "of it", the document a copy was taken of. */
static int tok_is_min_pronoun(const struct token *t)
{
    return t->kind == TOK_WORD && (t->fold_len == 3 || (t->fold_len == 4 && t->fold[3] == 0x0627)) &&
           t->fold[0] == 0x0645 && t->fold[1] == 0x0646 && t->fold[2] == 0x0647;
}

/* The organisation or person named as the producer of the document whose noun stands at
 * token k ("تقرير فريق X", "مسودة تقرير أعده فريق X", "بيان للخارجية"): the first such
 * mention in the next few words, or -1. */
static int32_t author_after(const struct doc *d, int32_t k)
{
    for (int32_t j = k + 1; j < d->n_tokens && j - k <= 8; j++) {
        const struct token *t = &d->tokens[j];
        if (t->kind == TOK_PUNCT && !tok_is_quote_mark(t))
            return -1;
        int32_t m = d->tok_mention[j];
        /* (a definite noun is in construct with nothing: "ودعا البيان الأمم المتحدة إلى"
         * names the verb's object) */
        if (m >= 0 && j == k + 1 && tok_has_article(&d->tokens[k]) && !d->tokens[j].lex_prefix)
            return -1;
        if (m >= 0) {
            uint8_t type = d->entities[d->mentions[m].entity].type;
            /* (not where it was posted: "بيان نشرته على صفحتها في فيسبوك"، "بلاغ نشرته على
             * صفحتها الرسمية بموقع فيسبوك" name a platform after the page of the producer
             * the pronoun points to) */
            for (int32_t p = k + 2; p < j; p++)
                if ((tok_is_fi(&d->tokens[p - 1]) || tok_is_ala(&d->tokens[p - 1])) && tok_object_pronoun_len(&d->tokens[p]))
                    return -1;
            /* (nor who received a copy of it: "بلاغ توصلت «X» بنسخة منه"، "بيان تلقت X نسخة منه") */
            for (int32_t p = d->mentions[m].tok_end; p < d->n_tokens && p - d->mentions[m].tok_end < 4; p++) {
                const struct token *w = &d->tokens[p];
                if (w->kind == TOK_PUNCT && !tok_is_quote_mark(w) && !tok_is_char(w, ')'))
                    break;
                if (tok_is_min_pronoun(w))
                    return -1;
            }
            return type == ENT_ORG || type == ENT_PERSON ? d->mentions[m].entity : -1;
        }
        if (tok_kinds(t) & (LEX_VERB | LEX_COMPLEMENTIZER))
            return -1;
        /* (not "برقية تعزية إلى أسرة X": whom it was sent to) */
        if (tok_is_ila(t))
            return -1;
    }
    return -1;
}

/* تصريحا، بيانا: a statement noun in the accusative, as the object of a verb (شريحة تتضمن
 * تصريحا لـX قال فيه إن). Not listed as such: in a speaker's phrase it would be read as
 * the start of a document's name (أصدر النادي بيانا). */
static int accusative_statement(const struct actx *x, const struct token *t)
{
    if (t->fold_len < 4 || t->fold[t->fold_len - 1] != 0x0627 || tok_has_article(t))
        return 0;
    struct ustr stem = {t->fold + t->lex_prefix, t->fold_len - t->lex_prefix - 1};
    const struct lex_entry *e = lexicon_get(x->lx, &stem, 1);
    return e && (e->kinds & LEX_STATEMENT);
}

/* A statement noun at e, or a preposition before one ("في بيان"، "ببيان"): where the words
 * were said, which ends the phrase of whoever said them. */
static int opens_channel(const struct doc *d, int32_t e, int32_t limit)
{
    return (tok_kinds(&d->tokens[e]) & LEX_STATEMENT) ||
           (e + 1 < limit && (tok_kinds(&d->tokens[e]) & LEX_STOP) && (tok_kinds(&d->tokens[e + 1]) & LEX_STATEMENT));
}

/* Who issued the document at token k, named without its article in its clause ("أصدرت
 * جمعية أنصار الوداد بيانا"، "أما الوزارة، فقد أعلنت في بلاغ لها"): the nearest person or
 * organisation before it in the sentence, over one comma, that no preposition governs,
 * or -1. */
static int32_t issuer_before(const struct doc *d, int32_t k)
{
    int commas = 0;
    for (int32_t j = k - 1; j >= 0 && k - j <= 16 && d->tokens[j].sentence == d->tokens[k].sentence; j--) {
        const struct token *t = &d->tokens[j];
        /* (over its short name in brackets: "أصدر المعهد الدولي للدراسات الإيرانية (رصانة)
         * دراسة") */
        if (tok_is_char(t, ')')) {
            int32_t o = j - 1;
            while (o > 0 && j - o < 6 && !tok_is_char(&d->tokens[o], '('))
                o--;
            if (tok_is_char(&d->tokens[o], '(')) {
                j = o;
                continue;
            }
        }
        /* (over one comma: "أما الوزارة، فقد أعلنت في بلاغ لها") */
        if (t->kind == TOK_PUNCT && !tok_is_quote_mark(t) && !(tok_is_comma(t) && !commas++))
            return -1;
        int32_t mi = d->tok_mention[j];
        if (mi < 0 || d->mentions[mi].tok_begin != j)
            continue;
        uint8_t type = d->entities[d->mentions[mi].entity].type;
        if ((type == ENT_ORG || type == ENT_PERSON) &&
            (!object_of_preposition(d, &d->mentions[mi]) || (j > 0 && tok_is_amma(&d->tokens[j - 1]))) &&
            !title_behind_ba(d, j))
            return d->mentions[mi].entity;
    }
    return -1;
}

static int32_t preparer_before(const struct doc *d, int32_t b);

/* The two-letter word c1 c2, alone or after و (في، وفي; عن، وعن). */
static int two_letters_or_wa(const struct token *t, UChar c1, UChar c2)
{
    int32_t o = t->fold_len == 3 && t->fold[0] == 0x0648;
    return t->kind == TOK_WORD && t->fold_len - o == 2 && t->fold[o] == c1 && t->fold[o + 1] == c2;
}

/* Token k right after the في (or وفي) that opens its sentence. */
static int fronted_fi(const struct doc *d, int32_t k)
{
    return k > 0 && d->tokens[k].sentence >= 0 && d->sentences[d->tokens[k].sentence].tok_begin == k - 1 &&
           two_letters_or_wa(&d->tokens[k - 1], 0x0641, 0x064A);
}

/* The producer of the latest document named before token b, only one written as the
 * noun at b when `same` is set, or -1. */
static int32_t earlier_document_author(const struct actx *x, int32_t b, int same)
{
    const struct doc *d = x->d;
    int32_t qi = d->n_quotes - 1, a;
    for (int32_t k = b - 1; k >= 0 && k >= b - 600; k--) {
        /* (or the same document issued as a verb's object: "أصدرت الجمعية بيانا ...
         * وجاء في البيان") */
        const struct token *t = &d->tokens[k];
        int same_noun = tok_same_noun(t, &d->tokens[b]);
        /* (or its first mention with its author, a noun no list holds bare: "مذكرة داخلية
         * صادرة عن شركة X ... وتضيف المذكرة أن", for مذكرة is also "reminding") */
        int issued = !tok_has_article(t) && same_noun &&
                     ((tok_kinds(t) & LEX_STATEMENT) || accusative_statement(x, t) || (same && author_after(d, k) >= 0));
        if ((!(tok_kinds(t) & LEX_STATEMENT) && !issued) || (same && !same_noun))
            continue;
        /* (not "المؤلف الرئيس للدراسة": the document in a role's complement, behind ل) */
        if (t->lex_prefix > 0 && t->fold[t->lex_prefix - 1] == 0x0644)
            continue;
        /* "وقالت اللجنة، في بيان نشرته الوكالة، إن": a statement inside a reporting
         * clause is the speaker's, whoever published it */
        while (qi >= 0 && d->quotes[qi].cue_tok > k)
            qi--;
        if (qi >= 0 && d->quotes[qi].content_tb > k && d->quotes[qi].speaker_entity >= 0)
            return d->quotes[qi].speaker_entity;
        if ((a = author_after(d, k)) >= 0)
            return a;
        /* (and so is one fronted in the sentence of a reporting verb, with no author after
         * it: "وفي بيان تلقت «الوطن» نسخة منه، قالت المديرية إن") */
        const struct quote *next = qi + 1 < d->n_quotes ? &d->quotes[qi + 1] : NULL;
        if (next && next->sentence == t->sentence && next->cue_tok > k && next->cue_tok < b &&
            next->speaker_entity >= 0 && fronted_fi(d, k))
            return next->speaker_entity;
        if (issued) {
            /* (or, with no issuer named, whoever prepared it in that sentence: "نشرت
             * مبادرة ... ورقة ...، أعدّها الباحث X") */
            a = issuer_before(d, k);
            int32_t mi = a < 0 ? preparer_before(d, d->sentences[t->sentence].tok_end) : -1;
            return mi >= 0 && d->mentions[mi].tok_begin > k ? d->mentions[mi].entity : a;
        }
    }
    return -1;
}

/* Who speaks through the document noun at token b: its producer named right after it,
 * or, for a definite noun alone that refers back (الوثيقة، التقرير), the producer of
 * the latest document named before: the same noun first ("أصدر المركز موجزا ... ويلفت
 * الموجز" is the brief, not a tally named between them), then any. */
static int32_t document_author(const struct actx *x, int32_t b, int refers_back)
{
    int32_t a = author_after(x->d, b);
    if (a >= 0 || !refers_back)
        return a;
    a = earlier_document_author(x, b, 1);
    return a >= 0 ? a : earlier_document_author(x, b, 0);
}

/* Is t an organisation's head with the article written (المرصد، الغرفة), no place's? */
static int definite_org_head(const struct actx *x, const struct token *t)
{
    if (t->kind != TOK_WORD || !tok_has_article(t) || t->fold_len < 5 || t->fold[0] != 0x0627)
        return 0;
    struct ustr stem = {t->fold + 2, t->fold_len - 2};
    const struct lex_entry *h = lexicon_get(x->lx, &stem, 1);
    return h && (h->kinds & LEX_ORG_HEAD) && !(h->role_classes & (CLASS_PLACE | CLASS_SITE));
}

/* "وأفاد المرصد بأن": the head of an organisation's name with the article alone names
 * the latest organisation so named (المرصد الوطني للفلاحة، مؤسسة كهرباء لبنان), whether
 * or not it spoke before. Returns the entity, or -1. */
static int32_t org_by_head(const struct actx *x, const struct token *t)
{
    const struct doc *d = x->d;
    if (!definite_org_head(x, t))
        return -1;
    struct ustr stem = {t->fold + 2, t->fold_len - 2};
    /* (one named after a preposition only when no other fits, as in by_role) */
    int32_t last = mention_before(d, t->span.start), fallback = -1;
    for (int32_t m = last; m >= 0 && m > last - MENTION_REACH; m--) {
        const struct entity *en = &d->entities[d->mentions[m].entity];
        if (en->type != ENT_ORG)
            continue;
        const UChar *k = en->key;
        int32_t n = en->key_len, off = n > 2 && k[0] == 0x0627 && k[1] == 0x0644 ? 2 : 0;
        if (n - off >= stem.len && !memcmp(k + off, stem.s, (size_t)stem.len * sizeof(UChar)) &&
            (n - off == stem.len || k[off + stem.len] == ' ')) {
            if (!object_of_preposition(d, &d->mentions[m]))
                return d->mentions[m].entity;
            if (fallback < 0)
                fallback = d->mentions[m].entity;
        }
    }
    return fallback;
}
#define SUBJECT_REACH 80

static const char *span_text(struct actx *x, struct span s)
{
    size_t len;
    const char *p = doc_span_utf8(x->d, s, &len);
    char *out = arena_strndup(x->a, p, len);
    if (!out)
        return NULL;
    /* a phrase broken over lines reads as one line */
    for (char *c = out; *c; c++)
        if (*c == '\n' || *c == '\r')
            *c = ' ';
    return out;
}

static struct span tok_span(const struct doc *d, int32_t b, int32_t e)
{
    struct span s = {d->tokens[b].span.start, d->tokens[e - 1].span.end};
    return s;
}

static int gender_ok(uint8_t want, uint8_t have)
{
    if (want == GENDER_UNKNOWN || have == GENDER_UNKNOWN)
        return 1;
    if (want == GENDER_PLURAL)
        return have == GENDER_PLURAL;
    /* organisations and states agree in the feminine, but a masculine verb for them is
     * common enough in news prose not to reject it */
    return want == have || (have == GENDER_PLURAL && want == GENDER_FEM);
}

/* "نقلت الوكالة عن المتحدث": the cue is a verb of relaying (it agrees with the relayer,
 * and the phrase after عن is the speaker). */
static int is_relay_cue(const struct doc *d, const struct quote *q)
{
    if (q->cue_tok < 0)
        return 0;
    const struct token *t = &d->tokens[q->cue_tok];
    return t->lex && (tok_kinds(t) & LEX_VERB) && t->lex->verb_relay;
}

/* A masculine and a feminine form: they cannot share a subject. */
static int opposite_genders(uint8_t a, uint8_t b)
{
    return (a == GENDER_MASC && b == GENDER_FEM) || (a == GENDER_FEM && b == GENDER_MASC);
}

/* The person who relays in "نقل X عن Y قوله": the first one named between the verb and
 * عن, or -1 (also when a body is named first: an agency, an outlet). */
static int32_t relaying_person(const struct doc *d, const struct quote *q)
{
    for (int32_t k = q->cue_tok + 1; k < d->n_tokens && k - q->cue_tok <= 8 && d->tokens[k].kind == TOK_WORD; k++) {
        if (tok_is_an(&d->tokens[k]))
            return -1;
        int32_t mi = d->tok_mention[k];
        if (mi >= 0)
            return d->entities[d->mentions[mi].entity].type == ENT_PERSON ? d->mentions[mi].entity : -1;
    }
    return -1;
}

static struct who who_entity(struct actx *x, int32_t ent, int32_t mention)
{
    const struct entity *e = &x->d->entities[ent];
    struct who w = {ent, e->name, {-1, -1}, e->gender, e->classes};
    if (mention >= 0)
        w.span = x->d->mentions[mention].span;
    if (is_place_type(e->type))
        w.classes |= CLASS_STATE;
    return w;
}

/* The speaker in focus for a verb of gender g: the latest one who agrees. */
static int focus_at(struct actx *x, uint8_t g, int32_t before, struct who *out);
static int person_named_last(struct actx *x, uint8_t g, int32_t before, struct who *out);

/* الطالبات، المتابعين، متابعيه: a sound plural, definite or in construct with a pronoun,
 * that names no one (a word no list holds: the people "one of" whom speaks). */
static int plural_of_people(const struct doc *d, int32_t k)
{
    const struct token *t = &d->tokens[k];
    int32_t n = t->fold_len;
    if (t->kind != TOK_WORD || n < 6 || d->tok_mention[k] >= 0 || (tok_kinds(t) & (LEX_STOP | LEX_VERB)))
        return 0;
    const UChar *f = t->fold;
    if (tok_has_article(t))
        return tok_sound_plural(t) || (f[n - 2] == 0x0627 && f[n - 1] == 0x062A);
    /* (متابعيه، متابعيها، متابعيهم: the construct plural in ي with its pronoun) */
    for (int32_t i = n - 1; i >= n - 3 && i > 3; i--)
        if (f[i] == 0x0647 && f[i - 1] == 0x064A)
            return 1;
    /* (or a participle's before a definite noun: "أحد متابعي الصفحة"، "إحدى مستخدمي المنصة") */
    return f[0] == 0x0645 && f[n - 1] == 0x064A && !t->lex_prefix && k + 1 < d->n_tokens &&
           d->tokens[k + 1].sentence == t->sentence && tok_has_article(&d->tokens[k + 1]);
}

/* A number at k (ثلاثة، 3، عدة), then a group or people in a sound plural that name no
 * one: "ثلاثة مسؤولين"، "عدة خبراء". */
static __attribute__((noinline)) int counted_people(const struct doc *d, int32_t k)
{
    const struct token *n = &d->tokens[k], *p = &d->tokens[k + 1];
    if (n->kind != TOK_NUMBER && !tok_marker(d, k, MARK_CARDINAL))
        return 0;
    return d->tok_mention[k + 1] < 0 && !tok_has_article(p) &&
           ((tok_kinds(p) & LEX_GROUP) || (p->kind == TOK_WORD && tok_sound_plural(p) && !(tok_kinds(p) & (LEX_STOP | LEX_VERB))));
}

/* "ويقول صيادون في منطقة نشطون إن": a sound plural in ون no list holds, whose singular
 * the dictionary knows, as the subject (nominative) of a verb: people of a trade or
 * place, unnamed, like the listed مزارعون (not قانون، مليون: five letters). */
static int unnamed_plural_of_people(const struct actx *x, const struct token *t)
{
    /* (no entry read it, so a و or ف on it is still there: وصيادون) */
    int32_t p = t->fold_len > 6 && (t->fold[0] == 0x0648 || t->fold[0] == 0x0641) ? 1 : 0, n = t->fold_len - p;
    const UChar *f = t->fold + p;
    return t->kind == TOK_WORD && (t->flags & TOKF_ARABIC) && !tok_kinds(t) && n >= 6 && !tok_has_article(t) &&
           !tok_has_prep_clitic(t) && f[n - 2] == 0x0648 && f[n - 1] == 0x0646 &&
           lexicon_is_common_as_written(x->lx, f, n - 2);
}

/* Is the word at tok the family name of person en (first, as in Korean names, or
 * last)? */
static int family_name_of(const struct doc *d, const struct entity *en, int32_t tok)
{
    const struct token *t = &d->tokens[tok];
    const UChar *f = t->fold + t->lex_prefix;
    int32_t n = t->fold_len - t->lex_prefix;
    return en->type == ENT_PERSON && en->key &&
           ((en->key_len > n && !memcmp(en->key, f, (size_t)n * sizeof *f) && en->key[n] == ' ') ||
            (en->last_key && en->last_key_len == n && !memcmp(en->last_key, f, (size_t)n * sizeof *f)));
}

/* Another person the text names whose family name is the word at tok and whose gender
 * is `gender`, or -1. */
static __attribute__((noinline)) int32_t family_member_of_gender(const struct doc *d, int32_t picked, int32_t tok,
                                                                 uint8_t gender)
{
    for (int32_t i = 0; i < d->n_entities; i++)
        if (i != picked && d->entities[i].gender == gender && family_name_of(d, &d->entities[i], tok))
            return i;
    return -1;
}

/* "ويختم كيم حديثه" after the leader كيم جونغ أون was named: another person of the
 * family name at tok, of a gender the verb allows, who spoke more lately than `picked`
 * did, or -1 (the one quoted is the one who goes on speaking). */
static __attribute__((noinline)) int32_t family_member_who_spoke(const struct actx *x, int32_t picked, int32_t tok,
                                                                 uint8_t gender)
{
    for (int32_t i = x->n_hist - 1; i >= 0 && i >= x->n_hist - HIST_REACH; i--) {
        int32_t ent = x->hist[i].entity;
        if (ent == picked)
            return -1;
        if (ent >= 0 && gender_ok(gender, x->d->entities[ent].gender) && family_name_of(x->d, &x->d->entities[ent], tok))
            return ent;
    }
    return -1;
}

/* بعض at k, then a definite plural that names no one: the group, unnamed (بعض السكان،
 * بعض المحللين، بعض الدول الأوروبية). */
static __attribute__((noinline)) int some_of_group(const struct doc *d, int32_t k)
{
    return tok_is_some(&d->tokens[k]) && tok_has_article(&d->tokens[k + 1]) && d->tok_mention[k + 1] < 0;
}

/* A word the lexicon read behind the preposition ل (للصحيفة، ولوكالة). */
static int lam_proclitic(const struct token *t)
{
    int32_t p = t->fold_len && (t->fold[0] == 0x0648 || t->fold[0] == 0x0641) ? 1 : 0;
    return tok_has_prep_clitic(t) && t->fold[p] == 0x0644;
}

static int mention_is_object(const struct doc *d, const struct mention *m, int32_t np_b, int source);

/* Index of the token that starts at or after text position pos. */
static int32_t token_from(const struct doc *d, int32_t pos)
{
    int32_t lo = 0, hi = d->n_tokens;
    while (lo < hi) {
        int32_t mid = lo + (hi - lo) / 2;
        if (d->tokens[mid].span.start < pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* "وفي موسكو، أشاد الكرملين": a word opening the clause (after the sentence's start or
 * a comma) right before the mention, with no article and no preposition, is its verb. */
static int clause_verb_before(const struct doc *d, int32_t mention_tb, int32_t sent_tb)
{
    int32_t v = mention_tb - 1;
    const struct token *t = &d->tokens[v];
    if (t->kind != TOK_WORD || tok_has_article(t) || (tok_kinds(t) & LEX_STOP) || d->tok_mention[v] >= 0)
        return 0;
    return v == sent_tb || tok_is_comma(&d->tokens[v - 1]);
}

/* "بعد أن فرضت وزارة X"، "عقوبات فرضتها وزارة X": a bare word between a
 * complementizer and the mention, or one carrying the pronoun that takes an indefinite
 * noun back (a relative clause with no relative word), is a verb whose subject the
 * mention is. */
static int verb_opens_before(const struct doc *d, int32_t mention_tb)
{
    if (mention_tb < 2)
        return 0;
    if (tok_kinds(&d->tokens[mention_tb - 1]) & LEX_COMPLEMENTIZER)
        return 1; /* "يذكر أن وزارة X أعلنت": the subject of the clause */
    int32_t v = mention_tb - 1;
    const struct token *t = &d->tokens[v], *p = &d->tokens[v - 1];
    if (t->kind != TOK_WORD || tok_has_article(t) || tok_has_prep_clitic(t) || (tok_kinds(t) & LEX_STOP) ||
        d->tok_mention[v] >= 0 || p->kind != TOK_WORD || d->tok_mention[v - 1] >= 0)
        return 0;
    if (tok_kinds(p) & LEX_COMPLEMENTIZER)
        return 1;
    return tok_written_pronoun(d, t) && !tok_has_article(p) && !(tok_kinds(p) & LEX_STOP);
}

/* مقطعا مصورا: the phrase ends in a bare word in the accusative, with its alef of
 * tanween — an object, not a subject. */
static int accusative_end(const struct doc *d, int32_t b, int32_t e)
{
    const struct token *t = e > b ? &d->tokens[e - 1] : NULL;
    return t && t->kind == TOK_WORD && !tok_has_article(t) && d->tok_mention[e - 1] < 0 && t->fold_len >= 3 &&
           t->fold[t->fold_len - 1] == 0x0627 && !(tok_kinds(t) & (LEX_STOP | LEX_FIRST_NAME));
}

/* حين، عندما، لما (also after و/ف): a clause of time opens. */
static int temporal_clause(const struct token *t)
{
    static const UChar hina[] = {0x062D, 0x064A, 0x0646}, indama[] = {0x0639, 0x0646, 0x062F, 0x0645, 0x0627},
                       lamma[] = {0x0644, 0x0645, 0x0627};
    int32_t p = t->fold_len > 3 && (t->fold[0] == 0x0648 || t->fold[0] == 0x0641) ? 1 : 0;
    int32_t n = t->fold_len - p;
    const UChar *f = t->fold + p;
    return t->kind == TOK_WORD && ((n == 3 && (!memcmp(f, hina, sizeof hina) || !memcmp(f, lamma, sizeof lamma))) ||
                                   (n == 5 && !memcmp(f, indama, sizeof indama)));
}

/* Token k lies inside the words of a quotation of sentence si: a body named there is
 * what was said, not who says it ("وأضاف الضيف أن تقرير فريق X «يبالغ»، لكنه أقر"). (A
 * person may be: a content read too far can hold the next clause's subject.) */
static int in_reported_content(const struct doc *d, int32_t si, int32_t k)
{
    int32_t lo = 0, hi = d->n_quotes;
    while (lo < hi) {
        int32_t mid = lo + (hi - lo) / 2;
        if (d->quotes[mid].sentence < si)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (; lo < d->n_quotes && d->quotes[lo].sentence == si; lo++)
        if (k >= d->quotes[lo].content_tb && k < d->quotes[lo].content_te)
            return 1;
    return 0;
}

/* عن، عمّا: what was asked about, right after the verb of asking. */
static int about_question(const struct token *t)
{
    const UChar *f = t->fold;
    return t->kind == TOK_WORD && !t->lex_prefix && f[0] == 0x0639 &&
           ((t->fold_len == 2 && f[1] == 0x0646) || (t->fold_len == 3 && f[1] == 0x0645 && f[2] == 0x0627));
}

/* Is t a verb of asking: tagged so, or bare with the one asked as its pronoun ("سألناه
 * عن ..."), which the tagger leaves untagged (a bare word in ه is as often a noun with a
 * pronoun; here, opening the question a ف-verb answers, it is the verb). */
static int asks(const struct actx *x, const struct token *t)
{
    if (tok_kinds(t) & LEX_VERB)
        return t->lex->verb_ask;
    int32_t pronoun = t->kind == TOK_WORD && !t->lex ? tok_object_pronoun_len(t) : 0;
    if (!pronoun || t->fold_len - pronoun < 3)
        return 0;
    struct ustr stem = {t->fold, t->fold_len - pronoun};
    const struct lex_entry *e = lexicon_get(x->lx, &stem, 1);
    return e && (e->kinds & LEX_VERB) && e->verb_ask;
}

/* سُئل، سُئلت: "was asked", told from the active سأل by its hamza on a ya. */
static int passive_asked(const struct doc *d, int32_t k)
{
    static const UChar suila[] = {0x0633, 0x0626, 0x0644, 0x062A};
    const struct token *t = &d->tokens[k];
    int32_t n = 0;
    for (int32_t i = t->span.start; i < t->span.end; i++) {
        UChar c = d->text.u16[i];
        if (c >= 0x064B && c <= 0x0652)
            continue; /* harakat */
        if (n == 4 || c != suila[n])
            return 0;
        n++;
    }
    return n >= 3;
}

/* "ما يسمى" / "ما تسمى" at tokens k, k + 1: the narrator's "so-called" before a name. */
static int so_called(const struct doc *d, int32_t k)
{
    const struct token *v = &d->tokens[k + 1];
    return tok_is_ma(&d->tokens[k]) && v->kind == TOK_WORD && v->fold_len == 4 &&
           (v->fold[0] == 0x064A || v->fold[0] == 0x062A) && v->fold[1] == 0x0633 && v->fold[2] == 0x0645 &&
           (v->fold[3] == 0x0649 || v->fold[3] == 0x064A);
}

/* عن or وعن opening a sentence: "as for", the topic before the comma. */
static int about_topic(const struct token *t)
{
    return two_letters_or_wa(t, 0x0639, 0x0646);
}

/* Do tokens [b, e) stand between كان and قد, قد before `limit` ("وكان الكرملين قد تجنّب")?
 * b > 0. */
static int between_kana_and_qad(const struct doc *d, int32_t b, int32_t e, int32_t limit)
{
    return tok_is_kana(&d->tokens[b - 1]) && e < limit && tok_is_qad(&d->tokens[e]);
}

/* A reporting verb, then a definite role noun and its adjectives, ending right before
 * the complementiser at c: "ويروي الدبلوماسي السابق أن". */
static int reporter_role_before(const struct doc *d, int32_t c)
{
    int32_t k = c - 1;
    while (k > 0 && c - k <= 3 && tok_has_article(&d->tokens[k]) && !(tok_kinds(&d->tokens[k]) & (LEX_ROLE_NOUN | LEX_TITLE)))
        k--;
    return k > 0 && tok_has_article(&d->tokens[k]) && (tok_kinds(&d->tokens[k]) & LEX_ROLE_NOUN) &&
           (tok_kinds(&d->tokens[k - 1]) & LEX_VERB) && d->tokens[k - 1].sentence == d->tokens[c].sentence;
}

/* The first person named in the sentence before `before`, not behind a preposition:
 * "وعلقت الباحثة ... ميغان ريد على الجدل بتدوينة قالت فيها:" */
static int sentence_subject(struct actx *x, uint8_t g, int32_t before, struct who *out)
{
    const struct doc *d = x->d;
    int32_t k0 = token_from(d, before);
    if (k0 >= d->n_tokens || d->tokens[k0].sentence < 0)
        return 0;
    const struct sentence *st = &d->sentences[d->tokens[k0].sentence];
    /* people first, then organisations */
    int32_t from = k0 - st->tok_begin > SUBJECT_REACH ? k0 - SUBJECT_REACH : st->tok_begin;
    /* "وحين سأله أحد الصحفيين عن X، ردّ:": a clause of time before the comma names
     * those of its own verb, not the subject of the main one */
    /* (but "وحين سُئل X عن ...، ردّ": who was asked answers) */
    /* (and so does a topic in عن before the comma: "وعن أثر المعاهدة التي وقعها الرئيس X
     * ...، قال:" is whoever speaks on, not X) */
    /* (unless the asked one goes unnamed, the question right after: "وعندما سئل عما إذا
     * كان بوتين سيتصل بكيم، قال:" is whoever was asked, not بوتين) */
    /* (and a question put to the verb's pronoun: "سألناه عن المعاهدة التي وقعها بوتين،
     * فرأى أنها ...، لكنه" is the one asked) */
    if (from == st->tok_begin &&
        (temporal_clause(&d->tokens[from]) || about_topic(&d->tokens[from]) ||
         (asks(x, &d->tokens[from]) && tok_object_pronoun_len(&d->tokens[from]))) &&
        !(from + 2 < k0 && passive_asked(d, from + 1) && !about_question(&d->tokens[from + 2]))) {
        int32_t c = from + 1;
        while (c < k0 && !tok_is_comma(&d->tokens[c]))
            c++;
        if (c < k0)
            from = c + 1;
    }
    /* "وتذهب ورقة أصدرها مركز X أبعد من ذلك، إذ تخلص إلى أن": a document that opens the
     * sentence as its subject speaks for its producer (the verb agrees with the document) */
    for (int32_t k = st->tok_begin; k < st->tok_begin + 3 && k < k0; k++) {
        const struct token *t = &d->tokens[k];
        if (t->kind != TOK_WORD || !(tok_kinds(t) & LEX_STATEMENT) || tok_has_prep_clitic(t) ||
            d->tok_mention[k] >= 0)
            continue;
        int32_t a = k > st->tok_begin && (tok_kinds(&d->tokens[k - 1]) & LEX_STOP) ? -1 : author_after(d, k);
        if (a >= 0) {
            *out = who_entity(x, a, -1);
            return 1;
        }
        break;
    }
    for (int pass = 0; pass < 2; pass++) {
        for (int32_t k = from; k < k0; k++) {
            /* (a relative clause set off by a comma names its own verb's subject: "على
             * المعاهدة، التي أحالها الرئيس X إلى الدوما، موضحا") */
            if (k > from && tok_is_comma(&d->tokens[k - 1]) && tok_is_relative_pronoun(&d->tokens[k])) {
                while (k + 1 < k0 && !tok_is_comma(&d->tokens[k + 1]))
                    k++;
                continue;
            }
            int32_t mi = d->tok_mention[k];
            if (mi < 0)
                continue;
            const struct mention *m = &d->mentions[mi];
            const struct entity *e = &d->entities[m->entity];
            /* an organisation right after a verb is its subject, whatever adverbial opens
             * the sentence ("في المقابل، نفت البعثة ...، ووصفت") */
            /* (a quoted name's mark stands between: سخرت «كومسومولسكايا برافدا») */
            int32_t mb = m->tok_begin > st->tok_begin + 1 && tok_is_quote_mark(&d->tokens[m->tok_begin - 1])
                             ? m->tok_begin - 1 : m->tok_begin;
            /* (and so may the narrator's "ما يسمى": وكان ما يسمى المكتب السياسي قد بارك) */
            if (mb >= st->tok_begin + 2 && so_called(d, mb - 2))
                mb -= 2;
            int after_verb = pass == 1 && mb > st->tok_begin &&
                             ((tok_kinds(&d->tokens[mb - 1]) & LEX_VERB) || clause_verb_before(d, mb, st->tok_begin) ||
                              verb_opens_before(d, mb));
            /* (and between كان and قد: "وكان الكرملين قد تجنّب ...، مكتفيا" is the subject) */
            int after_kana = mb > st->tok_begin && between_kana_and_qad(d, mb, m->tok_end, k0);
            /* (a masculine verb for an organisation is common: أشاد الكرملين ...، مؤكدا) */
            int agrees = gender_ok(g, e->gender) || (pass == 1 && g == GENDER_MASC && e->gender == GENDER_FEM);
            /* (a preposition governs within its clause: "وعلى هامش حفل ...، أمّن السفير X") */
            int32_t clause_b = m->tok_begin;
            while (clause_b > st->tok_begin && !tok_is_comma(&d->tokens[clause_b - 1]))
                clause_b--;
            if (e->type == (pass == 0 ? ENT_PERSON : ENT_ORG) && agrees &&
                (after_verb || after_kana || !mention_is_object(d, m, clause_b, 0)) &&
                (pass == 0 || !in_reported_content(d, d->tokens[k0].sentence, k))) {
                *out = who_entity(x, m->entity, -1);
                return 1;
            }
            k = m->tok_end - 1;
        }
    }
    return 0;
}

/* "كانت ريم السبيعي، الموظفة في أحد البنوك، تنتظر قطارها. وتقول إنها ...": a person
 * introduced as the subject of the sentence just before (their first mention, with no
 * quotation in that sentence), who agrees with the verb, is who goes on speaking. */
static int introduced_before(struct actx *x, uint8_t g, int32_t before, struct who *out)
{
    const struct doc *d = x->d;
    int32_t k0 = token_from(d, before);
    if (k0 >= d->n_tokens || d->tokens[k0].sentence <= 0 || (g != GENDER_FEM && g != GENDER_MASC))
        return 0;
    int32_t si = d->tokens[k0].sentence;
    /* the cue opens its sentence (after و), or follows the words that open it: "«...»،
     * تقول" */
    int32_t sb = d->sentences[si].tok_begin;
    if (k0 - sb > 1 && !(k0 - sb > 3 && tok_is_quote_mark(&d->tokens[sb]) && tok_is_comma(&d->tokens[k0 - 1]) &&
                         tok_is_quote_mark(&d->tokens[k0 - 2])))
        return 0;
    const struct sentence *prev = &d->sentences[si - 1];
    /* quotations are in text order: the first one at or after the sentence before */
    int32_t lo = 0, hi = d->n_quotes;
    while (lo < hi) {
        int32_t mid = lo + (hi - lo) / 2;
        if (d->quotes[mid].sentence < si - 1)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < d->n_quotes && d->quotes[lo].sentence == si - 1)
        return 0;
    /* (after a fronted place or time set off by a comma: "وفي ضيعته بإقليم اشتوكة، لا يخفي
     * الفلاح X قلقه") */
    int32_t start = prev->tok_begin;
    const struct token *t0 = &d->tokens[start];
    if (two_letters_or_wa(t0, 0x0641, 0x064A) || tok_has_prep_clitic(t0))
        for (int32_t k = start + 1; k < prev->tok_end && k - prev->tok_begin < 8; k++)
            if (tok_is_comma(&d->tokens[k])) {
                start = k + 1;
                break;
            }
    for (int32_t k = start; k < prev->tok_end && k - start < 8; k++) {
        int32_t mi = d->tok_mention[k];
        if (mi < 0)
            continue;
        const struct mention *m = &d->mentions[mi];
        const struct entity *e = &d->entities[m->entity];
        /* (a body too, named before or not, as the subject between كان and قد: "وكانت وزارة
         * الخزانة قد أعلنت ... حزمة عقوبات. وقالت في بيان إن") */
        int kana_qad = m->tok_begin > start && between_kana_and_qad(d, m->tok_begin, m->tok_end, prev->tok_end);
        if (kana_qad && e->gender == g && (e->type == ENT_PERSON || e->type == ENT_ORG)) {
            *out = who_entity(x, m->entity, -1);
            return 1;
        }
        if (e->type != ENT_PERSON || e->first_mention != mi || e->gender != g ||
            mention_is_object(d, m, prev->tok_begin, 0))
            return 0;
        *out = who_entity(x, m->entity, -1);
        return 1;
    }
    return 0;
}

static int focus(struct actx *x, uint8_t g, struct who *out)
{
    return focus_at(x, g, -1, out);
}

/* هذا، هذه: the gender a demonstrative points with, or 0. */
static uint8_t demonstrative_gender(const struct token *t)
{
    if (t->kind != TOK_WORD || t->fold_len != 3 || t->fold[0] != 0x0647 || t->fold[1] != 0x0630)
        return 0;
    return t->fold[2] == 0x0627 ? GENDER_MASC : t->fold[2] == 0x0647 ? GENDER_FEM : 0;
}

/* The person of gender g mentioned last before text position `before`, spoken or not;
 * one named as a subject before one a preposition governs ("يحتفظ السفير X بصورة تجمعه
 * بوزير الخارجية Y. يشير إليها ويقول:" is X). */
static int person_named_last(struct actx *x, uint8_t g, int32_t before, struct who *out)
{
    const struct doc *d = x->d;
    int32_t last = mention_before(d, before), governed = -1;
    for (int32_t m = last; m >= 0 && m > last - MENTION_REACH; m--) {
        const struct mention *mm = &d->mentions[m];
        const struct entity *e = &d->entities[mm->entity];
        if (e->type != ENT_PERSON || !gender_ok(g, e->gender))
            continue;
        /* (or its role: "بوزير الخارجية الروسي سيرجي لافروف") */
        if (object_of_preposition(d, mm) || title_behind_ba(d, mm->tok_begin) ||
            (e->role_tb >= 0 && e->role_te == mm->tok_begin && tok_has_prep_clitic(&d->tokens[e->role_tb]))) {
            if (governed < 0)
                governed = mm->entity;
            continue;
        }
        *out = who_entity(x, mm->entity, -1);
        return 1;
    }
    if (governed < 0)
        return 0;
    *out = who_entity(x, governed, -1);
    return 1;
}

/* The speaker in focus for a verb of gender g: the latest one who agrees; before
 * anyone has spoken, the latest person named before the cue. */
static int as_written(struct actx *x, struct span s, uint8_t gender, uint16_t classes, struct who *out, uint8_t *how);
static int is_place_preposition(const struct doc *d, int32_t k);

static int nisba_adjective(const struct doc *d, int32_t k);

/* The last role noun or title of a person of gender g in the sentence before text
 * position `before`, unnamed and no preposition's object, read as written with what
 * describes it. */
static int unnamed_in_sentence(struct actx *x, uint8_t g, int32_t before, struct who *out)
{
    const struct doc *d = x->d;
    int32_t k0 = token_from(d, before);
    if (k0 >= d->n_tokens || d->tokens[k0].sentence < 0)
        return 0;
    int32_t sb = d->sentences[d->tokens[k0].sentence].tok_begin;
    for (int32_t k = k0 - 1; k >= sb; k--) {
        const struct token *t = &d->tokens[k];
        if (t->kind != TOK_WORD || d->tok_mention[k] >= 0 || !(tok_kinds(t) & (LEX_TITLE | LEX_ROLE_NOUN)) ||
            !(t->lex->role_classes & CLASS_PERSON) || t->lex->role_gender != g || tok_has_prep_clitic(t) ||
            (k > sb && is_place_preposition(d, k - 1)))
            continue;
        /* (with the adjectives in ي that describe it: مهندسة بصرية، موظف حكومي) */
        int32_t e = k + 1;
        while (e < k0 && e - k <= 2 && nisba_adjective(d, e))
            e++;
        uint8_t how;
        return as_written(x, tok_span(d, k, e), g, t->lex->role_classes, out, &how);
    }
    return 0;
}

/* Where to look back from for an elided subject: before the words themselves when they
 * come first ("«... أيام ستالين»، قالها بحسرة": not a name inside them). */
static int32_t before_the_words(const struct quote *q)
{
    return q->content.end <= q->cue.start ? q->content.start : q->cue.start;
}

/* Is token k the honorific `stem` (folded, ة as ه), with or without the article? */
static int token_is_honorific(const struct doc *d, int32_t k, const UChar *stem, int32_t n)
{
    const struct token *t = &d->tokens[k];
    int32_t a = tok_has_article(t) ? 2 : 0;
    return t->kind == TOK_WORD && t->fold_len - a == n && !memcmp(t->fold + a, stem, (size_t)n * sizeof *stem);
}

/* "أوضح سموه"، "وأكد معاليه": an honorific with its pronoun is the person last named
 * under that honorific (صاحب السمو الملكي الأمير X، معالي الوزير Y), not whoever was
 * named last. */
static int honorific_pronoun_holder(struct actx *x, const struct token *t, struct who *out)
{
    const struct doc *d = x->d;
    UChar stem[16];
    int32_t n = t->fold_len - 1;
    if (t->lex_prefix || n < 3 || n > 15 || t->fold[n] != 0x0647)
        return 0;
    memcpy(stem, t->fold, (size_t)n * sizeof *stem);
    if (stem[n - 1] == 0x062A)
        stem[n - 1] = 0x0647; /* فخامته: فخامة */
    struct ustr w = {stem, n};
    const struct lex_entry *e = lexicon_get(x->lx, &w, 1);
    if (!e || !(e->kinds & LEX_HONORIFIC))
        return 0;
    /* (only one person so named: a Gulf wire that gives both envoys سعادة means by
     * سعادته the one its paragraph is about, which the focus knows better) */
    int32_t holder = -1, holder_mention = -1;
    int32_t last = mention_before(d, t->span.start);
    for (int32_t mi = last; mi >= 0 && mi > last - MENTION_REACH; mi--) {
        const struct mention *m = &d->mentions[mi];
        const struct entity *en = &d->entities[m->entity];
        if (en->type != ENT_PERSON || m->entity == holder)
            continue;
        /* (the honorific in the words right before the name, no other name between) */
        int found = 0;
        for (int32_t k = m->tok_begin - 1; k >= 0 && m->tok_begin - k <= 5 && d->tok_mention[k] < 0 && !found; k--)
            found = token_is_honorific(d, k, stem, n);
        if (!found)
            continue;
        if (holder >= 0)
            return 0;
        holder = m->entity;
        holder_mention = mi;
    }
    if (holder < 0)
        return 0;
    *out = who_entity(x, holder, holder_mention);
    return 1;
}

static int focus_at(struct actx *x, uint8_t g, int32_t before, struct who *out)
{
    if (before >= 0 && sentence_subject(x, g, before, out))
        return 1;
    if (before >= 0 && introduced_before(x, g, before, out))
        return 1;
    for (int32_t i = x->n_hist - 1; i >= 0 && i >= x->n_hist - 8; i--) {
        if (x->hist[i].name && gender_ok(g, x->hist[i].gender)) {
            *out = x->hist[i];
            out->span.start = out->span.end = -1;
            return 1;
        }
    }
    const struct doc *d = x->d;
    int32_t last = before >= 0 ? mention_before(d, before) : -1;
    /* no speaker agrees: a person of that gender named just before, who has not spoken
     * yet ("في إفادة مع المتحدثة ...، قال X ... وأضافت أن") */
    if ((g == GENDER_FEM || g == GENDER_MASC) && x->n_hist > 0) {
        for (int32_t m = last; m >= 0 && m > last - 12; m--) {
            const struct entity *e = &d->entities[d->mentions[m].entity];
            if (e->type == ENT_PERSON && e->gender == g) {
                *out = who_entity(x, d->mentions[m].entity, -1);
                return 1;
            }
        }
    }
    /* (nor named: someone of that gender the sentence brings in by a role, unnamed,
     * "وفي قسم السلامة، تعمل مهندسة بصرية، تقول إن") */
    if ((g == GENDER_FEM || g == GENDER_MASC) && before >= 0 && x->n_hist > 0 && opposite_genders(g, x->hist[x->n_hist - 1].gender) &&
        unnamed_in_sentence(x, g, before, out))
        return 1;
    if (x->n_hist > 0 && x->hist[x->n_hist - 1].name && g != GENDER_PLURAL) {
        *out = x->hist[x->n_hist - 1];
        out->span.start = out->span.end = -1;
        return 1;
    }
    return before >= 0 && person_named_last(x, g, before, out);
}

/* The person the introduction quotes as speaking in the interview itself ("وأضاف X، في
 * مقابلة خاصة مع الموقع، أن"، "ضمن حوار مع هسبريس"), before offset `before`, or -1. */
static int32_t guest_said_in_interview(const struct doc *d, int32_t before)
{
    for (int32_t i = 0; i < d->n_quotes; i++) {
        const struct quote *q = &d->quotes[i];
        if (q->cue_kind == CUE_ANSWER || q->content.start >= before || q->speaker_entity < 0 ||
            d->entities[q->speaker_entity].type != ENT_PERSON)
            continue;
        for (int32_t k = q->cue_tok; k < q->content_tb && k < d->n_tokens; k++)
            if (d->tokens[k].kind == TOK_WORD && tok_marker_behind_clitics(d, k, MARK_INTERVIEW))
                return q->speaker_entity;
    }
    return -1;
}

/* Does the sentence of token k open its line and end in a question mark ("■ هل نحن أمام
 * ...؟"), an unlabelled question of the interviewer? */
static int asks_a_question(const struct doc *d, int32_t k)
{
    const struct sentence *st = &d->sentences[d->tokens[k].sentence];
    if (!(st->flags & SENT_LINE_START) || st->tok_end <= st->tok_begin)
        return 0;
    return tok_is_question_mark(&d->tokens[st->tok_end - 1]);
}

/* Who answers an interview's questions: the person the introduction quotes as speaking in
 * the interview, else the person named right before the first answer
 * when no one else is quoted in between and no agency is relayed quoting them, else the
 * person the text quotes most ("قال فيه إن ..."), else the person the article names most
 * often (the interviewer signs once, in the byline; but the leaders an interview is about
 * can be named more often than the guest). */
static int interviewee(struct actx *x, const struct quote *first_answer, struct who *out)
{
    const struct doc *d = x->d;
    if (x->interviewee == -2) { /* once per document, however many answers */
        x->interviewee = guest_said_in_interview(d, first_answer->content.start);
        if (x->interviewee >= 0) {
            *out = who_entity(x, x->interviewee, -1);
            return 1;
        }
        /* the person the text names last before the first answer, when no one is quoted
         * in between: "وحاورت «لحج نيوز» الدكتور X، أستاذ ...:" introduces the interview,
         * whoever spoke before it */
        /* (not one named in a question: "سؤال: وصف ... بيسكوف المعاهدة") */
        for (int32_t m = mention_before(d, first_answer->content.start); m >= 0 && x->interviewee < 0; m--) {
            const struct mention *mm = &d->mentions[m];
            if (d->entities[mm->entity].type != ENT_PERSON)
                continue;
            int32_t line = mm->tok_begin;
            while (line > 0 && !(d->tokens[line].flags & TOKF_NEWLINE_BEFORE))
                line--;
            if (tok_marker(d, line, MARK_QUESTION_LABEL) || asks_a_question(d, mm->tok_begin))
                continue;
            /* (nor one named in someone else's words: "مضيفا أن الأمين العام X يتابع الملف"
             * is the spokesman's, who answers) */
            int in_words = 0;
            for (int32_t i = 0; i < d->n_quotes && !in_words; i++)
                in_words = d->quotes[i].cue_kind != CUE_ANSWER && d->quotes[i].speaker_entity != mm->entity &&
                           mm->span.start >= d->quotes[i].content.start && mm->span.start < d->quotes[i].content.end;
            if (in_words)
                continue;
            int quoted_between = 0; /* (by someone else: the introduction may quote them) */
            for (int32_t i = 0; i < d->n_quotes && !quoted_between; i++)
                quoted_between = d->quotes[i].content.start > mm->span.start &&
                                 d->quotes[i].content.start < first_answer->content.start &&
                                 d->quotes[i].cue_kind != CUE_ANSWER && d->quotes[i].speaker_entity != mm->entity;
            /* (nor one whose words the introduction relays from an agency: "نقلت الوكالة عن
             * الزعيم X قوله إن" is background; the guest is the one it quotes most) */
            int relayed = 0;
            for (int32_t i = 0; i < d->n_quotes && !relayed; i++) {
                const struct quote *qi = &d->quotes[i];
                const struct token *cue = &d->tokens[qi->cue_tok];
                relayed = qi->cue_kind == CUE_VERB && qi->speaker_entity == mm->entity && cue->lex &&
                          cue->lex->verb_relay && qi->content.start < first_answer->content.start;
            }
            if (!quoted_between && !relayed)
                x->interviewee = mm->entity;
            break;
        }
        if (x->interviewee >= 0) {
            *out = who_entity(x, x->interviewee, -1);
            return 1;
        }
        int32_t best = 0;
        int32_t *times = arena_array(x->a, (size_t)d->n_entities + 1, sizeof *times);
        for (int32_t i = 0; times && i < x->n_hist; i++) {
            int32_t e = x->hist[i].entity;
            if (e < 0 || d->entities[e].type != ENT_PERSON)
                continue;
            if (++times[e] > best)
                best = times[e], x->interviewee = e;
        }
        for (int32_t i = 0; i < d->n_entities && best == 0; i++)
            if (d->entities[i].type == ENT_PERSON &&
                (x->interviewee < 0 || d->entities[i].n_mentions > d->entities[x->interviewee].n_mentions))
                x->interviewee = i;
    }
    if (x->interviewee < 0)
        return 0;
    *out = who_entity(x, x->interviewee, -1);
    return 1;
}

/* The latest person who spoke, of gender g. */
static int person_focus(struct actx *x, uint8_t g, struct who *out)
{
    for (int32_t i = x->n_hist - 1; i >= 0 && i >= x->n_hist - HIST_REACH; i--) {
        const struct who *h = &x->hist[i];
        if (h->name && (h->classes & CLASS_PERSON) && gender_ok(g, h->gender)) {
            *out = *h;
            out->span.start = out->span.end = -1;
            return 1;
        }
    }
    return 0;
}

/* The role word of token t as written, without clitics and article (القاضي -> قاضي), into
 * buf; NULL if too long. */
static const char *role_word(const struct actx *x, const struct token *t, char *buf, size_t size)
{
    struct span s = t->span;
    s.start = tok_u16_at_fold(x->d, t, t->lex_prefix);
    size_t len;
    const char *w = doc_span_utf8(x->d, s, &len);
    if (!w)
        return NULL;
    static const char al[] = "ال";
    if (len > sizeof al - 1 + 2 && !memcmp(w, al, sizeof al - 1))
        w += sizeof al - 1, len -= sizeof al - 1;
    if (len >= size)
        return NULL;
    memcpy(buf, w, len);
    buf[len] = 0;
    return buf;
}

/* The adjective of the role right after the role noun t (سابق، الأسبق، المتقاعد), as a
 * role word into buf, or NULL. */
static const char *role_adjective_after(const struct actx *x, const struct token *t, char *buf, size_t size)
{
    const struct doc *d = x->d;
    int32_t k = (int32_t)(t - d->tokens) + 1;
    if (k >= d->n_tokens || d->tokens[k].sentence != t->sentence || !tok_marker(d, k, MARK_ROLE_ADJECTIVE))
        return NULL;
    return role_word(x, &d->tokens[k], buf, size);
}

/* Is h a person named as written ("ممثل الادعاء العام") whose name does not hold the role
 * word (role_word())? Another role is someone else: "قال القاضي". */
static int unnamed_other_role(const struct who *h, const char *word)
{
    if (h->entity >= 0 || !(h->classes & CLASS_PERSON) || (h->classes & CLASS_GROUP) || !word)
        return 0;
    return strstr(h->name, word) == NULL;
}

/* Does the speaker h hold the role word, in the role the text gave them or in the words
 * naming them? */
static int holds_role_word(const struct actx *x, const struct who *h, const char *word)
{
    const char *written = h->entity >= 0 ? x->d->entities[h->entity].role : h->name;
    return word && written && strstr(written, word) != NULL;
}

/* The latest person mentioned before `before` whose written role holds `word`, or -1. */
static int32_t role_holder_before(const struct actx *x, const char *word, uint8_t gender, int32_t before)
{
    const struct doc *d = x->d;
    if (!word)
        return -1;
    for (int32_t m = mention_before(d, before); m >= 0; m--) {
        const struct entity *e = &d->entities[d->mentions[m].entity];
        if (e->type == ENT_PERSON && e->role && gender_ok(gender, e->gender) && strstr(e->role, word))
            return d->mentions[m].entity;
    }
    return -1;
}

/* The latest entity mentioned before `before` that `fits` (with `arg`). One named as
 * the object of a preposition ("توقيع عقد مع شركة X") only when no one fits who is not
 * ("أعلنت شركة Y توقيع عقد مع شركة X. وأوضحت الشركة" is Y). */
/* Does the word at k itself name w (its mention, or a phrase read as written that opens
 * on no statement noun), rather than a document whose author w is? */
static int head_names(const struct doc *d, int32_t k, const struct who *w)
{
    int32_t m = d->tok_mention[k];
    if (w->entity >= 0)
        return m >= 0 && d->mentions[m].tok_begin == k && d->mentions[m].entity == w->entity;
    return !(tok_kinds(&d->tokens[k]) & LEX_STATEMENT);
}

/* Has entity e been one of the latest speakers, or named in their reporting clauses
 * (one who relays: "تنقل «فايننشال تايمز» عن ...")? Quotation i is resolved as hist[i]. */
static int has_spoken(const struct actx *x, int32_t e)
{
    const struct doc *d = x->d;
    for (int32_t i = x->n_hist - 1; i >= 0 && i >= x->n_hist - HIST_REACH; i--) {
        if (x->hist[i].entity == e)
            return 1;
        for (int32_t k = d->quotes[i].cue_tok + 1; k < d->quotes[i].np_end; k++)
            if (d->tok_mention[k] >= 0 && d->mentions[d->tok_mention[k]].entity == e)
                return 1;
    }
    return 0;
}

static int latest_mention(struct actx *x, int32_t before, int (*fits)(const struct doc *, const struct mention *, const void *),
                          const void *arg, struct who *out)
{
    const struct doc *d = x->d;
    int32_t last = mention_before(d, before), fallback = -1;
    for (int32_t m = last; m >= 0 && m > last - MENTION_REACH; m--) {
        const struct mention *mm = &d->mentions[m];
        if (!fits(d, mm, arg))
            continue;
        if (object_of_preposition(d, mm)) {
            if (fallback < 0)
                fallback = mm->entity;
            continue;
        }
        *out = who_entity(x, mm->entity, -1);
        return 1;
    }
    if (fallback >= 0) {
        *out = who_entity(x, fallback, -1);
        return 1;
    }
    return 0;
}

struct class_want {
    uint16_t want;
    uint8_t gender;
    int body_role;
};

/* An entity whose class fits (a body of the noun's gender when `body_role`; a document's
 * noun, البيان, is its issuer's whatever their gender). */
static int of_class(const struct doc *d, const struct mention *mm, const void *arg)
{
    const struct class_want *c = arg;
    const struct entity *e = &d->entities[mm->entity];
    return (e->classes & c->want) && ((e->type == ENT_ORG && (!c->body_role || gender_ok(c->gender, e->gender))) ||
                                      (e->type == ENT_PERSON && gender_ok(c->gender, e->gender)));
}

static int mentioned_of_class(struct actx *x, uint16_t want, uint8_t gender, int body_role, int32_t before,
                              struct who *out)
{
    struct class_want c = {want, gender, body_role};
    return latest_mention(x, before, of_class, &c, out);
}

struct class_nationality {
    uint16_t want;
    const struct token *demonym;
    const struct lexicon *lx;
    int exact; /* only a body given this very nationality */
};

/* A body of the class that the text gave no other nationality: "وأضافت الجريدة
 * الإسبانية" is the last paper named but one written "«كومرسانت» الروسية" (the adjective
 * closes the mention, or follows it or its closing mark). */
static int of_class_and_nationality(const struct doc *d, const struct mention *mm, const void *arg)
{
    const struct class_nationality *c = arg;
    if (!(d->entities[mm->entity].classes & c->want))
        return 0;
    int32_t last = mm->tok_end + (mm->tok_end < d->n_tokens && tok_is_quote_mark(&d->tokens[mm->tok_end]));
    for (int32_t k = mm->tok_end - 1; k <= last && k < d->n_tokens; k++) {
        const struct token *t = &d->tokens[k];
        if (t != c->demonym && tok_is_demonym(c->lx, t))
            return t->fold_len == c->demonym->fold_len &&
                   !memcmp(t->fold, c->demonym->fold, (size_t)t->fold_len * sizeof *t->fold);
    }
    return !c->exact;
}

/* Does the written role of entity ent hold an adjective of nationality other than
 * `nat` (البحريني for الروسي; الأوروبية and الأوروبي are one)? */
static int role_of_another_nationality(const struct actx *x, int32_t ent, const struct token *nat)
{
    const struct doc *d = x->d;
    if (ent < 0 || d->entities[ent].role_tb < 0)
        return 0;
    int32_t n = nat->fold_len - (nat->fold[nat->fold_len - 1] == 0x0647);
    for (int32_t k = d->entities[ent].role_tb; k < d->entities[ent].role_te; k++) {
        const struct token *t = &d->tokens[k];
        if (!tok_is_demonym(x->lx, t) || d->tok_mention[k] >= 0)
            continue; /* (not a word of a place's name: كوريا الشمالية) */
        int32_t m = t->fold_len - (t->fold[t->fold_len - 1] == 0x0647);
        if (m != n || memcmp(t->fold, nat->fold, (size_t)n * sizeof(UChar)) != 0)
            return 1;
    }
    return 0;
}

/* Does باسم follow the role noun at k, right after it or after one adjective in ال
 * (المتحدث باسم الحزب، الناطق الرسمي باسم الوزارة)? Then it names a spokesman. (Not
 * after a second role noun: "الوزير الناطق باسم الحكومة" is the minister named before.) */
static int behalf_after_role(const struct doc *d, int32_t k)
{
    if (k + 1 < d->n_tokens && tok_marker(d, k + 1, MARK_BEHALF))
        return 1;
    const struct token *t = k + 2 < d->n_tokens ? &d->tokens[k + 1] : NULL;
    return t && t->kind == TOK_WORD && tok_has_article(t) && !t->lex_prefix && d->tok_mention[k + 1] < 0 &&
           !(tok_kinds(t) & (LEX_ROLE_NOUN | LEX_TITLE)) && tok_marker(d, k + 2, MARK_BEHALF);
}

/* "تطبخ سونغ مين جي أطباقا ... وتقول الشابة إن": a noun that says only "a person" of an
 * age or sex (الشابة، الرجل، الأم; no title) right after the sentence that described one
 * person of that gender, and no other, is that person. */
static int person_just_described(struct actx *x, uint8_t gender, int32_t k, struct who *out)
{
    const struct doc *d = x->d;
    int32_t si = d->tokens[k].sentence, found = -1;
    for (int32_t m = mention_before(d, d->tokens[k].span.start); m >= 0; m--) {
        const struct mention *mm = &d->mentions[m];
        int32_t ms = d->tokens[mm->tok_begin].sentence;
        if (ms < si - 1)
            break;
        const struct entity *e = &d->entities[mm->entity];
        if (e->type != ENT_PERSON || (d->sentences[ms].flags & SENT_NO_FINAL_PUNCT) || object_of_preposition(d, mm))
            continue;
        if (!gender_ok(gender, e->gender))
            continue;
        if (found >= 0 && found != mm->entity)
            return 0; /* (two of them: no telling which) */
        found = mm->entity;
    }
    if (found < 0)
        return 0;
    *out = who_entity(x, found, -1);
    return 1;
}

/* A role noun: the latest speaker of a compatible class, else the latest entity
 * mentioned before `before` whose class fits. `role` is the noun when it heads the
 * phrase (NULL otherwise): an unnamed speaker of another role is not it. `title` is the
 * noun wherever it stands (رد الوزير): a person the text gave that title is it. */
static int by_role(struct actx *x, const struct token *role, const struct token *title, uint16_t classes, uint8_t gender,
                   int32_t before, struct who *out)
{
    uint16_t want = classes & (uint16_t)~CLASS_PERSON;
    if (!want)
        want = classes;
    char buf[128];
    const char *word = role ? role_word(x, role, buf, sizeof buf) : NULL;
    /* (المسؤول: any official named as written, whatever their role word) */
    const char *other_role_word = role && role->lex && role->lex->role_generic ? NULL : word;
    /* (a word that says only "a person" and also stands before names, "أجاب المتهم", is
     * someone who spoke before only when they were given that very role; a word of the
     * conversation alone, الضيف، محدثنا, points back to whoever spoke) */
    int only_holder = classes == CLASS_PERSON && role && (tok_kinds(role) & LEX_TITLE);
    int body_role = role && role->lex && !(role->lex->role_classes & CLASS_PERSON) && role->lex->role_gender &&
                    !(role->lex->role_classes & CLASS_STATE) && !(tok_kinds(role) & LEX_STATEMENT);
    /* "وجاء في رد الوزير" after the MP who asked him spoke: a title names the person the
     * text gave it to, not a speaker it gave another role */
    char tbuf[128];
    const char *tword = NULL;
    int32_t holder = -1;
    int asked = 0; /* (the holder is sought only when a speaker of another role comes first) */
    /* "وحذر الدبلوماسي السابق": an adjective of the role (سابق، متقاعد) picks the speaker
     * whose role the text wrote with it, before any later speaker of the class */
    char abuf[64];
    const char *adj = role ? role_adjective_after(x, role, abuf, sizeof abuf) : NULL;
    /* "وتابع المتحدث أن": with no باسم after it, the one speaking is whoever spoke last, an
     * analyst as much as an official (المتحدث الرسمي باسم الحزب is a spokesman too) */
    int speaking = role && role->lex && (role->lex->role_classes & CLASS_SPEAKING) &&
                   !behalf_after_role(x->d, (int32_t)(role - x->d->tokens));
    if (speaking && person_focus(x, gender, out))
        return 1;
    for (int32_t i = x->n_hist - 1; adj && i >= 0 && i >= x->n_hist - HIST_REACH; i--) {
        const struct who *h = &x->hist[i];
        if (h->name && (h->classes & want) && gender_ok(gender, h->gender) && holds_role_word(x, h, adj)) {
            *out = *h;
            return 1;
        }
    }
    /* "ووفقا للمسؤول التركي": the role noun and a nationality after it point back to the
     * unnamed speaker written with both ("عن مسؤول تركي رفيع قوله"), before anyone of the
     * class named since */
    int32_t after_role = role ? (int32_t)(role - x->d->tokens) + 1 : -1;
    char nbuf[64];
    const char *nationality = word && after_role < x->d->n_tokens && x->d->tokens[after_role].sentence == role->sentence &&
                                      tok_is_demonym(x->lx, &x->d->tokens[after_role])
                                  ? role_word(x, &x->d->tokens[after_role], nbuf, sizeof nbuf)
                                  : NULL;
    for (int32_t i = x->n_hist - 1; nationality && i >= 0 && i >= x->n_hist - HIST_REACH; i--) {
        const struct who *h = &x->hist[i];
        if (h->name && h->entity < 0 && (h->classes & want) && gender_ok(gender, h->gender) &&
            !strncmp(h->name, word, strlen(word)) && strstr(h->name, nationality)) {
            *out = *h;
            return 1;
        }
    }
    for (int32_t i = x->n_hist - 1; i >= 0 && i >= x->n_hist - HIST_REACH; i--) {
        const struct who *h = &x->hist[i];
        if (!(h->name && (h->classes & want) && gender_ok(gender, h->gender) && !unnamed_other_role(h, other_role_word) &&
              (!only_holder || holds_role_word(x, h, word))))
            continue;
        if (title && (tok_kinds(title) & LEX_TITLE) && h->entity >= 0 && x->d->entities[h->entity].role) {
            if (!asked) {
                tword = role_word(x, title, tbuf, sizeof tbuf);
                holder = role_holder_before(x, tword, gender, before);
                asked = 1;
            }
            if (holder >= 0 && h->entity != holder && !holds_role_word(x, h, tword))
                continue;
        }
        *out = *h;
        return 1;
    }
    if (holder >= 0) {
        *out = who_entity(x, holder, -1);
        return 1;
    }
    if (classes == CLASS_PERSON && role && !(tok_kinds(role) & LEX_TITLE) &&
        person_just_described(x, gender, (int32_t)(role - x->d->tokens), out))
        return 1;
    /* "تقول المريضة": a role that says only "a person" names someone new unless that
     * someone spoke before; any person merely mentioned (a byline) is not them */
    if (want != CLASS_PERSON && mentioned_of_class(x, want, gender, body_role, before, out))
        return 1;
    /* a person role with no class match: the latest person who spoke (not for a role
     * that says only "a person", "أجاب المتهم": someone new, whom no one named) */
    if ((classes & CLASS_PERSON) && classes != CLASS_PERSON) {
        for (int32_t i = x->n_hist - 1; i >= 0 && i >= x->n_hist - HIST_REACH; i--) {
            const struct who *h = &x->hist[i];
            if (h->name && (h->classes & CLASS_PERSON) && gender_ok(gender, h->gender) && !unnamed_other_role(h, other_role_word)) {
                *out = *h;
                return 1;
            }
        }
    }
    return 0;
}

/* في، لدى، باسم (markers.tsv: seat, behalf), and من: a preposition that places someone
 * rather than ends their phrase */
static int is_place_preposition(const struct doc *d, int32_t k)
{
    return tok_marker(d, k, MARK_SEAT | MARK_BEHALF) || tok_is_min(&d->tokens[k]);
}

/* مصادر مطلعة على المداولات: "informed about" (a governing stem of markers.tsv) takes its
 * object into the source's phrase; so does "talked to" (مزارعين تحدثوا إلى الإذاعة،
 * أولياء أمور تحدثت إليهم القناة) */
static int informed_on(const struct actx *x, int32_t k)
{
    if (k < 1)
        return 0;
    const struct token *p = &x->d->tokens[k - 1], *t = &x->d->tokens[k];
    uint8_t g;
    int ila_pronoun = t->kind == TOK_WORD && !t->lex_prefix && t->fold_len >= 4 && t->fold[0] == 0x0627 &&
                      t->fold[1] == 0x0644 && t->fold[2] == 0x064A && tok_pronoun_after(t, 3, &g); /* إليهم */
    return (tok_is_ala(t) || tok_is_ila(t) || ila_pronoun) && lexicon_stem_marker(x->lx, p->fold, p->fold_len, MARK_GOVERNING);
}

static int is_kul_min(const struct doc *d, int32_t k)
{
    static const UChar kul[] = {0x0643, 0x0644};
    return k + 1 < d->n_tokens && d->tokens[k].fold_len == 2 && !memcmp(d->tokens[k].fold, kul, sizeof kul) &&
           tok_is_min(&d->tokens[k + 1]);
}

/* Is mention m the object of a preposition inside the speaker phrase? A statement noun
 * before it makes it the author (جاء في بيان الخارجية), and after a source marker the
 * preposition is the marker's (وفقا لرودينكو). */

static int mention_is_object(const struct doc *d, const struct mention *m, int32_t np_b, int source)
{
    const struct token *t = &d->tokens[m->tok_begin];
    int person = d->entities[m->entity].type == ENT_PERSON;
    for (int32_t k = m->tok_begin - 1; k >= 0 && k >= m->tok_begin - 3 && k >= np_b; k--) {
        const struct token *w = &d->tokens[k];
        /* (not across a preposition other than عن and من: "في مقابلة مع رويترز" names whom
         * the words were told; "بيان صادر عن الخارجية"، "تعليق من بيونغ يانغ" the author) */
        if ((tok_kinds(w) & LEX_STOP) && w->kind == TOK_WORD && !tok_is_an(w) && !tok_is_min(w) && !tok_has_article(w))
            break;
        if (tok_kinds(w) & LEX_STATEMENT)
            return 0; /* بيان الخارجية، data from the Department of Statistics */
    }
    if (source && m->tok_begin == np_b)
        return 0;
    /* لـ«الراي»، لـ(واع): the outlet told, after ل written apart and a mark */
    if (m->tok_begin >= 2 && tok_is_lone_lam(&d->tokens[m->tok_begin - 2]) && d->tokens[m->tok_begin - 1].kind == TOK_PUNCT)
        return 1;
    /* the clitics that were cut off the mention's first word */
    int32_t skipped = 0;
    for (int32_t i = t->span.start; i < m->span.start; i++)
        skipped += d->text.fold[i] != 0;
    for (int32_t i = 0; i < skipped && i < t->fold_len; i++) {
        UChar c = t->fold[i];
        if (c == 0x0644 || c == 0x0628 || c == 0x0643)
            return 1;
    }
    if (skipped == 0 && t->fold_len > 3 && t->fold[0] == 0x0644 && t->fold[1] == 0x0644)
        return 1; /* للأمم المتحدة */
    /* "موجها كلامه إلى نيبينزيا": whom the words are addressed to, person or not */
    if (m->tok_begin > np_b && tok_is_ila(&d->tokens[m->tok_begin - 1]))
        return 1;
    /* a person named after a role keeps being the subject through the role's
     * preposition: الباحث في النزاعات الدولية فيودور كوزمين */
    for (int32_t k = np_b; k < m->tok_begin && !person; k++) {
        uint32_t kinds = tok_kinds(&d->tokens[k]);
        if (is_kul_min(d, k)) {
            k++;
            continue;
        }
        if ((kinds & LEX_STOP) && !(kinds & (LEX_PRONOUN | LEX_CONJ_BREAK)) && !tok_has_article(&d->tokens[k]) &&
            d->tok_mention[k] < 0 && (!(d->tokens[k].flags & TOKF_LATIN) || tok_is_english_preposition(&d->tokens[k])))
            return 1; /* a preposition; "the", "its" and a conjunction opening the clause (كما) are not */
    }
    return 0;
}

/* The person whose written role holds `word` — an organisation's name (أمين عام حلف
 * شمال الأطلسي), an adjective of nationality (المندوبة الأمريكية) — anywhere in the text,
 * or, when `before` is not -1, first named before that offset (a role in the body points
 * back: "قال الرئيس البيلاروسي" is not "رئيس لجنة ... البيلاروسي" introduced below). */
static int person_whose_role_has(struct actx *x, const char *word, const char *also, int32_t before, struct who *out)
{
    const struct doc *d = x->d;
    for (int32_t i = 0; i < d->n_entities && i < MENTION_REACH; i++) {
        const struct entity *e = &d->entities[i];
        if (before >= 0 && (e->first_mention < 0 || d->mentions[e->first_mention].span.start >= before))
            continue;
        if (e->type == ENT_PERSON && e->role && strstr(e->role, word) && (!also || strstr(e->role, also))) {
            *out = who_entity(x, i, -1);
            return 1;
        }
    }
    return 0;
}

/* "وأوضح سعادته"، "وأكد معاليه": an honorific with its pronoun is said of one office (an
 * ambassador, a minister); the person named last before `before` whose written role opens
 * with it holds it (not a deputy's: "نائب وزير الخارجية"). */
static int office_holder(struct actx *x, const char *office, int32_t before, struct who *out)
{
    const struct doc *d = x->d;
    size_t n = strlen(office);
    int32_t last = mention_before(d, before);
    for (int32_t m = last; m >= 0 && last - m < MENTION_REACH; m--) {
        const struct entity *e = &d->entities[d->mentions[m].entity];
        const char *r = e->role;
        if (e->type != ENT_PERSON || !r)
            continue;
        /* (past the honorific the role opens with: "معالي وزير الصناعة") */
        if (e->role_tb >= 0 && e->role_tb + 1 < e->role_te && (tok_kinds(&d->tokens[e->role_tb]) & LEX_HONORIFIC)) {
            const char *sp = strchr(r, ' ');
            if (sp)
                r = sp + 1;
        }
        if (!strncmp(r, "ال", sizeof "ال" - 1))
            r += sizeof "ال" - 1;
        if (!strncmp(r, office, n)) {
            *out = who_entity(x, d->mentions[m].entity, -1);
            return 1;
        }
    }
    return 0;
}

/* "استقبل معالي نائب وزير الخارجية X ... سعادة سفير Y ... وأكد معاليه": the one person
 * named before `before` whose written role opens with the honorific the pronoun is on
 * (none when two were given it: "سعادة X ... سعادة Y ... وأكد سعادته"). */
static int honorific_holder(struct actx *x, const struct lex_entry *h, int32_t before, struct who *out)
{
    const struct doc *d = x->d;
    int32_t holder = -1;
    int32_t last = mention_before(d, before);
    for (int32_t m = last; m >= 0 && last - m < MENTION_REACH; m--) {
        int32_t ent = d->mentions[m].entity;
        const struct entity *e = &d->entities[ent];
        if (e->type != ENT_PERSON || e->role_tb < 0 || d->tokens[e->role_tb].lex != h || ent == holder)
            continue;
        if (holder >= 0)
            return 0;
        holder = ent;
    }
    if (holder < 0)
        return 0;
    *out = who_entity(x, holder, -1);
    return 1;
}

static int person_by_role(struct actx *x, int32_t org_entity, struct who *out)
{
    return person_whose_role_has(x, x->d->entities[org_entity].name, NULL, -1, out);
}

/* The word begins with the article itself, or و/ف and the article (الخارجية، والخارجية). */
static int plain_article(const struct token *t)
{
    const UChar *w = t->fold;
    int32_t p = t->fold_len > 0 && (w[0] == 0x0648 || w[0] == 0x0641) ? 1 : 0;
    return t->kind == TOK_WORD && t->fold_len - p >= 4 && w[p] == 0x0627 && w[p + 1] == 0x0644;
}

/* A pronoun written on the word (أحدهم، إحداهما، إحداهن): tok_written_pronoun()'s ه as
 * written، ها، هم, and the dual هما and feminine plural هن. */
static int pronoun_ended(const struct doc *d, const struct token *t)
{
    const UChar *w = t->fold;
    int32_t n = t->fold_len;
    return tok_written_pronoun(d, t) || (n >= 3 && w[n - 2] == 0x0647 && w[n - 1] == 0x0646) ||
           (n >= 4 && w[n - 3] == 0x0647 && w[n - 2] == 0x0645 && w[n - 1] == 0x0627);
}

/* End of an unnamed speaker's phrase starting at k: its adjectives and a preposition
 * phrase that places it (مصدر في وزارة التنمية، ضابط في البحرية), within [k, e) and eight
 * words. */
static int32_t phrase_end(const struct actx *x, int32_t k, int32_t e)
{
    const struct doc *d = x->d;
    int32_t g = k + 1;
    /* (أحدهم، إحداهما: one of those named, with no adjective of its own; what follows
     * is how or to whom it was said, "كتب أحدهم ساخرا"، "قال أحدهم لمراسلها") */
    if ((tok_kinds(&d->tokens[k]) & LEX_GROUP) && pronoun_ended(d, &d->tokens[k]))
        return g;
    while (g < e && g - k < 8) {
        const struct token *t = &d->tokens[g];
        uint32_t kinds = tok_kinds(t);
        if (tok_is_quote_mark(t)) {
            /* مراسل "مشرق" في طوكيو: a quoted name is part of the phrase */
            int32_t c = g + 1;
            while (c < e && c - g <= 4 && !tok_is_quote_mark(&d->tokens[c]))
                c++;
            if (c < e && c - g <= 4) {
                g = c + 1;
                continue;
            }
            break;
        }
        int32_t m = d->tok_mention[g];
        if (m >= 0 && m == d->tok_mention[g - 1]) {
            g++; /* (inside a name, whatever its words: the أم of "راية إف إم") */
            continue;
        }
        /* ("جندي من اللواء الميكانيكي الـ47": a unit's ordinal in digits, with its article,
         * is part of the unit's name) */
        if (t->kind == TOK_NUMBER && t->span.end - t->span.start > 2 && d->text.u16[t->span.start] == 0x0627 &&
            d->text.u16[t->span.start + 1] == 0x0644 && tok_has_article(&d->tokens[g - 1])) {
            g++;
            continue;
        }
        if (t->kind != TOK_WORD || (kinds & (LEX_VERB | LEX_COMPLEMENTIZER | LEX_CONJ_BREAK | LEX_PRONOUN)))
            break;
        if (tok_is_lone_lam(t))
            break; /* مصادر ديبلوماسية | لـ«الراي»: the outlet told, written apart */
        if (m >= 0 && (d->entities[d->mentions[m].entity].classes & CLASS_MEDIA) && t->fold[0] == 0x0644 &&
            d->mentions[m].span.start > t->span.start)
            break; /* مصادر مطلعة على الملف | لرويترز: the outlet told is not the source */
        /* ("تجار جملة في سوق النقوب": wholesale, after the trade's noun, is in the phrase) */
        if (g == k + 1 && tok_is_trade_qualifier(d, g, g + 1 < e ? &d->tokens[g + 1] : NULL)) {
            g++;
            continue;
        }
        /* ("مسؤول عن ملف الطاقة"، "ممثل عن الوزارة"، "نائب عن البصرة": عن right after a
         * role says what the role answers for, and stays in the phrase) */
        /* (and a name in marks there: "ممثل عن «روس أوبورون إكسبورت»") */
        if (g == k + 1 && tok_is_an(t) && (tok_kinds(&d->tokens[k]) & (LEX_ROLE_NOUN | LEX_TITLE)) && g + 1 < e &&
            (d->tokens[g + 1].kind == TOK_WORD || tok_is_quote_mark(&d->tokens[g + 1])) &&
            !(tok_kinds(&d->tokens[g + 1]) & (LEX_COMPLEMENTIZER | LEX_STOP))) {
            g++;
            continue;
        }
        /* ("صاحب مخبز في وسط المدينة": a noun of place that is also a preposition, after
         * في and before its definite noun, is in the phrase) */
        if ((kinds & LEX_STOP) && !is_place_preposition(d, g) && !informed_on(x, g) &&
            !(g > k + 1 && is_place_preposition(d, g - 1) && g + 1 < e && !t->lex_prefix &&
              plain_article(&d->tokens[g + 1])))
            break;
        /* "وطالب المجلس | الحكومة بـ": a definite word cannot govern another definite word,
         * so a body's or a role's noun after one starts the verb's object (not a participle
         * in م that describes it, اللجنة المنظمة، الهيئة المديرة; nor members in apposition,
         * الدول الأعضاء) */
        /* (nor a title that also describes, كبير: "تجار في السوق الكبير بالمدينة") */
        if (plain_article(&d->tokens[g - 1]) && plain_article(t) && (kinds & (LEX_ORG_HEAD | LEX_ROLE_NOUN)) &&
            !(kinds & LEX_GROUP) && !tok_nisba_ending(t) && t->fold_len > 3 && t->fold[2] != 0x0645 && m < 0 &&
            !tok_role_adjective_with_article(x->lx, t))
            break;
        /* "وزير الخارجية | موقف سلطنة عمان": after a definite word a bare common noun can
         * no longer be in construct with it; it is the verb's object, a body's noun too
         * (وطالب الاتحاد الجهوي | سلطة الإشراف بـ) */
        /* (the article as written, not كـ or بـ before it: وكالات; and no title before,
         * which a name follows: النائب مشعل الحربي) */
        if (plain_article(&d->tokens[g - 1]) && !(tok_kinds(&d->tokens[g - 1]) & LEX_TITLE) &&
            !tok_has_article(t) && (t->flags & TOKF_COMMON) && !(kinds & ~(uint32_t)(LEX_TOPIC | LEX_PHRASE_START | LEX_ORG_HEAD)) &&
            m < 0 && !t->lex_prefix)
            break;
        /* وسيط في مدينة يانجي | طلب عدم ذكر اسمه: a relative clause of a verbal noun */
        if (tok_marker(d, g, MARK_NEGATION_NOUN) ||
            (g + 1 < e && tok_marker(d, g + 1, MARK_NEGATION_NOUN) && (t->flags & TOKF_COMMON) && !tok_has_article(t)))
            break;
        g++;
    }
    /* (a phrase never ends on its preposition: "مصدر في | ..." is the source) */
    while (g - 1 > k && (tok_kinds(&d->tokens[g - 1]) & LEX_STOP) && is_place_preposition(d, g - 1))
        g--;
    /* (nor, at its length, inside a name or between a place's head and the place: "مصدر
     * في فرع الشركة العامة لتجارة الحبوب بذي قار"، "... والزراعة بمنطقة تبوك") */
    int32_t m = g < e && g - k >= 8 ? d->tok_mention[g] : -1;
    if (m >= 0 && (d->mentions[m].tok_begin < g ||
                   ((tok_kinds(&d->tokens[g - 1]) & LEX_ORG_HEAD) && (d->tokens[g - 1].lex->role_classes & CLASS_PLACE))))
        g = d->mentions[m].tok_end < e ? d->mentions[m].tok_end : e;
    return g;
}

/* The latest speaker who is a person whose written role holds the word of token t (the
 * nationality of "وأضاف الدبلوماسي الروسي": the Russian who spoke last, not the first
 * Russian the text named). */
static int latest_speaker_with_role_word(struct actx *x, const struct token *t, struct who *out)
{
    char buf[128];
    const char *word = role_word(x, t, buf, sizeof buf);
    const struct doc *d = x->d;
    for (int32_t i = x->n_hist - 1; word && i >= 0; i--) {
        int32_t en = x->hist[i].entity;
        if (en >= 0 && d->entities[en].type == ENT_PERSON && d->entities[en].role && strstr(d->entities[en].role, word)) {
            *out = who_entity(x, en, -1);
            return 1;
        }
    }
    return 0;
}

/* The person whose written role holds the word of token t and, when `head` is given,
 * the word of that token too (السفير الروسي: an ambassador's role, not the president's);
 * `before` as for person_whose_role_has(). */
static int person_with_role_word(struct actx *x, const struct token *t, const struct token *head, int32_t before,
                                 struct who *out)
{
    char buf[128], hbuf[128];
    const char *word = role_word(x, t, buf, sizeof buf);
    const char *also = head ? role_word(x, head, hbuf, sizeof hbuf) : NULL;
    return word && (!head || also) && person_whose_role_has(x, word, also, before, out);
}

/* Does the role noun at k carry a complement that ties it to an organisation or place
 * (باسم الوزارة، في البحرية، لحلف ...)? Adjectives alone (الوزير الياباني) do not. */
static int role_has_complement(const struct doc *d, const struct lexicon *lx, int32_t k, int32_t e)
{
    if (k + 1 >= e)
        return 0;
    const struct token *t = &d->tokens[k + 1];
    uint32_t kinds = tok_kinds(t);
    if (d->tok_mention[k + 1] >= 0 || behalf_after_role(d, k))
        return 1;
    /* "الرئيس المشترك لدائرة العلاقات الخارجية": its adjectives in ال, then the body it
     * heads in ل */
    int32_t j = k + 1;
    while (j < e && j - k <= 2 && d->tok_mention[j] < 0 && tok_has_article(&d->tokens[j]) &&
           !d->tokens[j].lex_prefix)
        j++;
    /* (a body, not the outlet told, "المنشق للجزيرة", nor a town, "الروسي بدمشق") */
    if (j > k + 1 && j < e && d->tok_mention[j] >= 0 && d->tokens[j].lex_prefix && d->tokens[j].fold[0] == 0x0644) {
        const struct entity *body = &d->entities[d->mentions[d->tok_mention[j]].entity];
        if (body->type == ENT_ORG && !(body->classes & CLASS_MEDIA))
            return 1;
    }
    /* "النائب في حديثه للوكالة"، "الخبير في رده": a preposition before a statement noun
     * opens the circumstance of speaking, not the role's complement */
    if (k + 2 < e && tok_is_statement_word(lx, &d->tokens[k + 2]))
        return 0;
    /* (and so does one of when or how it was said, "الوزير خلال المؤتمر"، "الوزير أمام
     * الصحفيين"; not على, nor في and لدى, a seat: "المشرف على"، "السفير لدى") */
    /* (a seat too before a word with its pronoun: "الوزير لدى وصوله"، "الخبير في رده") */
    if (t->lex && !t->lex_prefix && (t->lex->stop_flags & STOP_WHEN_SAID) && !tok_is_ala(t) &&
        (!tok_marker(d, k + 1, MARK_SEAT) || (k + 2 < e && tok_pronoun_suffixed(d, &d->tokens[k + 2]))))
        return 0;
    if ((kinds & LEX_STOP) && !(kinds & LEX_PRONOUN) && t->fold_len > 1)
        return is_place_preposition(d, k + 1) || t->fold_len >= 3;
    return 0;
}

/* Where a phrase ending at e ends with the place it sits in, in ب: "بالأحساء"،
 * "بمنطقة مكة المكرمة" (a place's head and the place). */
static int32_t place_after_ba(const struct doc *d, int32_t e)
{
    if (e >= d->n_tokens || d->tokens[e].kind != TOK_WORD || d->tokens[e].fold[0] != 0x0628 || !d->tokens[e].lex_prefix)
        return e;
    int32_t k = d->tok_mention[e] >= 0 ? e : e + 1;
    if (k >= d->n_tokens || d->tok_mention[k] < 0 || d->tokens[k].sentence != d->tokens[e].sentence)
        return e;
    const struct mention *m = &d->mentions[d->tok_mention[k]];
    uint8_t type = d->entities[m->entity].type;
    if (m->tok_begin != k || (type != ENT_GPE && type != ENT_LOC))
        return e;
    if (k == e + 1 && !(tok_kinds(&d->tokens[e]) & LEX_ORG_HEAD))
        return e;
    return m->tok_end;
}

/* Does the word at k follow a source marker of one word in ا (source_markers.tsv: وفقا،
 * طبقا), an adverb that governs the ل the word carries? */
static int after_according(const struct doc *d, int32_t k)
{
    if (k < 1 || k >= d->n_tokens)
        return 0;
    const struct token *m = &d->tokens[k - 1];
    return m->kind == TOK_WORD && (tok_kinds(m) & LEX_SOURCE) && m->fold_len > m->lex_prefix + 1 &&
           m->fold[m->fold_len - 1] == 0x0627;
}

/* A speaker with no entity, named by the words of span s as written. */
static int as_written(struct actx *x, struct span s, uint8_t gender, uint16_t classes, struct who *out, uint8_t *how)
{
    out->entity = -1;
    /* "ومندوب اليمن:": the conjunction the lexicon read off the first word is not part
     * of the name */
    int32_t k = token_from(x->d, s.start);
    if (k < x->d->n_tokens) {
        const struct token *t = &x->d->tokens[k];
        int according = after_according(x->d, k);
        if (t->span.start == s.start && (t->lex_prefix >= 1 || according)) {
            int n = t->lex_prefix >= 1 && (t->fold[0] == 0x0648 || t->fold[0] == 0x0641);
            /* (nor the preposition before a title: "ووفقا لممثل اليونيسف" names "ممثل
             * اليونيسف"; لل, the article's, stays for the rule below; nor the one وفقا
             * governs, whatever the word: "ووفقا لمبادرة تومين الكبرى") */
            if (t->fold_len > n + 3 && t->fold[n] == 0x0644 && t->fold[n + 1] != 0x0644 &&
                ((n < t->lex_prefix && t->lex && (t->lex->kinds & (LEX_TITLE | LEX_ROLE_NOUN))) || according))
                n++;
            int32_t at = n ? tok_u16_at_fold(x->d, t, n) : s.start;
            if (at > s.start && at < s.end)
                s.start = at;
        }
    }
    out->name = span_text(x, s);
    /* "بيان للخارجية الروسية": ل took the article's alef; the name is "الخارجية الروسية"
     * (the mention stays the words as written) */
    const UChar *u = x->d->text.u16;
    if (out->name && s.start >= 2 && u[s.start - 1] == 0x0644 && u[s.start - 2] == 0x0644 && u[s.start] != 0x0627 &&
        (s.start == 2 || !u_isalpha(u[s.start - 3]) || u[s.start - 3] == 0x0648)) {
        size_t n = strlen(out->name);
        char *named = arena_alloc(x->a, n + sizeof "ال");
        if (named) {
            memcpy(named, "ال", sizeof "ال" - 1);
            memcpy(named + sizeof "ال" - 1, out->name, n + 1);
            out->name = named;
        }
    }
    out->span = s;
    out->gender = gender;
    out->classes = classes;
    *how = RESOLVED_EXPLICIT;
    return out->name != NULL;
}

/* "وفق ما رصدته عنب بلدي": b follows ما and the verb whose pronoun it is (and a
 * preposition carrying it: حسب ما أفادت به) — a source by its position. */
static int after_ma_verb(const struct doc *d, int32_t b)
{
    return (b >= 2 && tok_is_ma(&d->tokens[b - 2])) || (b >= 3 && tok_is_ma(&d->tokens[b - 3]));
}

static int has_article_word(const struct doc *d, int32_t b, int32_t e)
{
    for (int32_t k = b; k < e; k++)
        if (tok_has_article(&d->tokens[k]) && !(tok_kinds(&d->tokens[k]) & LEX_STOP))
            return 1;
    return 0;
}

/* ذاته، نفسها، عينه (markers.tsv: same_after): "the X itself", after the noun */
static int is_same_word(const struct doc *d, int32_t k)
{
    return d->tokens[k].kind == TOK_WORD && tok_marker(d, k, MARK_SAME_AFTER);
}

/* نفس، ذات (markers.tsv: same_before): "the same X", before the noun */
static int is_same_before(const struct doc *d, int32_t k)
{
    return d->tokens[k].kind == TOK_WORD && tok_marker(d, k, MARK_SAME_BEFORE);
}

/* Reads the speaker phrase [b, e). Returns 1 and *out with *how set, or 0. */

/* Do the words of a written role from token r on read as the words [b, e)? */
static int role_words_at(const struct doc *d, int32_t r, int32_t b, int32_t e)
{
    for (int32_t j = 0; j < e - b; j++) {
        const struct token *w = &d->tokens[r + j], *p = &d->tokens[b + j];
        if (w->fold_len - w->lex_prefix != p->fold_len - p->lex_prefix ||
            memcmp(w->fold + w->lex_prefix, p->fold + p->lex_prefix, (size_t)(p->fold_len - p->lex_prefix) * sizeof(UChar)))
            return 0;
    }
    return 1;
}

/* The person named in the last paragraphs whose written role starts with the words
 * [b, e) (an indefinite title and its complement), or -1. A role may hold several
 * titles in a row ("نائب رئيس الوزراء وزير الخارجية X"): each title after a definite word
 * starts one of them (not رئيس in "نائب رئيس الوزراء", the deputy's genitive). */
static int32_t person_with_role_words(struct actx *x, int32_t b, int32_t e, int32_t before)
{
    const struct doc *d = x->d;
    if (e - b < 2)
        return -1;
    int32_t last = mention_before(d, before);
    for (int32_t m = last; m >= 0 && m > last - 64; m--) {
        const struct entity *en = &d->entities[d->mentions[m].entity];
        if (en->type != ENT_PERSON)
            continue;
        /* (the role written right after the name, as official copy has it: "معالي الدكتور
         * X وزير الخارجية، ...", then "وأكد وزير الخارجية أن") */
        int32_t a = d->mentions[m].tok_end;
        if (a + (e - b) < d->n_tokens && a != b && !tok_has_article(&d->tokens[a]) && role_words_at(d, a, b, e))
            return d->mentions[m].entity;
        if (en->role_tb < 0)
            continue;
        for (int32_t r = en->role_tb; r + (e - b) <= en->role_te; r++)
            if ((r == en->role_tb || ((tok_kinds(&d->tokens[r]) & LEX_TITLE) && !tok_has_article(&d->tokens[r]) &&
                                      tok_has_article(&d->tokens[r - 1]))) &&
                role_words_at(d, r, b, e))
                return d->mentions[m].entity;
    }
    return -1;
}

/* سعادته، معاليه، سموها: an honorific with a possessive pronoun, "his excellency": 1
 * (masculine) or 2 (feminine), with the honorific's entry in *honorific; else 0. */
static int honorific_pronoun(const struct actx *x, const struct token *t, const struct lex_entry **honorific)
{
    int32_t sl;
    if (t->kind != TOK_WORD || t->fold_len < 4 || t->lex_prefix)
        return 0;
    const struct lex_entry *h = lexicon_get_before_pronoun(x->lx, t->fold, t->fold_len, &sl);
    if (!h || !(h->kinds & LEX_HONORIFIC) || sl == 3)
        return 0;
    *honorific = h;
    return sl == 2 && t->fold[t->fold_len - 1] == 0x0627 ? 2 : 1; /* ها: feminine; ه (هم: plural, none) */
}

/* A word of a written role that is t's: the same entry, or the same word without its
 * article (الوزير for "وزير المالية"). */
static int same_role_word(const struct token *r, const struct token *t)
{
    return r->lex && (r->lex == t->lex || tok_same_head(r, t));
}

/* Does the role word at j, within a role that starts at jb, name t's role? Not as the
 * genitive of a bare noun before it: "محامي المتهم الرئيسي" is no defendant, "نائب
 * الرئيس" no president. */
static int role_word_at(const struct doc *d, int32_t jb, int32_t j, const struct token *t)
{
    if (!same_role_word(&d->tokens[j], t))
        return 0;
    const struct token *head = j > jb ? &d->tokens[j - 1] : NULL;
    return !(head && head->kind == TOK_WORD && !tok_has_article(head) && !head->lex_prefix &&
             tok_has_article(&d->tokens[j]) && (tok_kinds(head) & (LEX_TITLE | LEX_ROLE_NOUN)));
}

static int apposition_after(const struct doc *d, const struct entity *en, int32_t *ab, int32_t *ae);
static int apposition_before(const struct doc *d, const struct entity *en, int32_t *ab, int32_t *ae);

/* The latest speaker of gender g whose written role holds a word of the same entry as t
 * (اللواء for "اللواء الركن المتقاعد X"), or the same word without its article
 * (الوزير for "وزير المالية X"). */
static int speaker_with_role_word(struct actx *x, const struct token *t, uint8_t g, struct who *out)
{
    const struct doc *d = x->d;
    if (!t->lex)
        return 0;
    /* (with an adjective of the role, "الوزير الأسبق", one whose role holds it first) */
    char abuf[64];
    const char *adj = role_adjective_after(x, t, abuf, sizeof abuf);
    for (int pass = adj ? 0 : 1; pass < 2; pass++)
        for (int32_t i = x->n_hist - 1; i >= 0 && i >= x->n_hist - HIST_REACH; i--) {
            int32_t ent = x->hist[i].entity;
            if (ent < 0 || d->entities[ent].type != ENT_PERSON || !gender_ok(g, d->entities[ent].gender) ||
                (pass == 0 && !holds_role_word(x, &x->hist[i], adj)))
                continue;
            const struct entity *en = &d->entities[ent];
            int held = 0;
            int32_t ab, ae;
            if (en->role_tb >= 0) {
                for (int32_t j = en->role_tb; j < en->role_te && !held; j++)
                    held = role_word_at(d, en->role_tb, j, t);
                /* (and the apposition after the name when the role stood before it:
                 * "اللواء مجدي الطوخي، الخبير العسكري والاستراتيجي، إن" is "الخبير العسكري") */
                if (!held && apposition_after(d, en, &ab, &ae) && ab >= en->role_te)
                    for (int32_t j = ab; j < ae && !held; j++)
                        held = role_word_at(d, ab, j, t);
            }
            /* (or the role set off before the name: "عميد الكلية، الدكتور X، قال") */
            if (!held && apposition_before(d, en, &ab, &ae))
                for (int32_t j = ab; j < ae && !held; j++)
                    held = role_word_at(d, ab, j, t);
            if (held) {
                *out = x->hist[i];
                return 1;
            }
        }
    return 0;
}

/* Failing a speaker, the latest person named before `before` whose written role holds
 * that word: "وصرح السفير X المتحدث الرسمي باسم الوزارة بأن الوزير أكد ... وأضاف
 * المتحدث الرسمي أن" is X, who only relayed the minister the first time. */
static int mentioned_with_role_word(struct actx *x, const struct token *t, uint8_t g, int32_t before, struct who *out)
{
    const struct doc *d = x->d;
    if (!t->lex)
        return 0;
    int32_t last = mention_before(d, before);
    for (int32_t m = last; m >= 0 && m > last - 64; m--) {
        int32_t ent = d->mentions[m].entity;
        const struct entity *en = &d->entities[ent];
        if (en->type != ENT_PERSON || !gender_ok(g, en->gender))
            continue;
        /* (the role before the name, or the one set right after it: "السفير X المتحدث
         * الرسمي باسم الوزارة") */
        int held = d->mentions[m].tok_end < d->n_tokens && same_role_word(&d->tokens[d->mentions[m].tok_end], t);
        for (int32_t j = en->role_tb; j >= 0 && j < en->role_te && !held; j++)
            held = role_word_at(d, en->role_tb, j, t);
        if (held) {
            *out = who_entity(x, ent, -1);
            return 1;
        }
    }
    return 0;
}

/* An organisation whose name starts with the head word of `arg` (a token). */
static int org_headed_by(const struct doc *d, const struct mention *mm, const void *arg)
{
    return d->entities[mm->entity].type == ENT_ORG && tok_same_head(arg, &d->tokens[mm->tok_begin]);
}

/* Is entity ent named in sentence `here` or the one before it? */
static int named_near(const struct doc *d, int32_t ent, int32_t here)
{
    for (int32_t m = d->entities[ent].first_mention; m >= 0; m = d->mentions[m].next_same) {
        int32_t s = d->tokens[d->mentions[m].tok_begin].sentence;
        if (s <= here && s + 1 >= here)
            return 1;
    }
    return 0;
}

/* "وجاء في بلاغ الرابطة": an institution's role noun is, first, the latest organisation
 * whose name starts with that very noun (الرابطة الوطنية لكرة القدم), a speaker or
 * else one named before `before`, however many others were named since. */
static int org_with_head_word(struct actx *x, const struct token *role, int32_t before, struct who *out)
{
    const struct doc *d = x->d;
    char buf[128];
    const char *word = NULL;
    /* (but one of that head named in this sentence or the one before, when the speaker is
     * not, is the one meant: "أما صحيفة كوميرسانت فنقلت عن مصدر ... وأشارت الصحيفة" is
     * not لوموند, which spoke a paragraph earlier) */
    int32_t here = role->sentence, near_ent = -1;
    for (int32_t m = mention_before(d, before); m >= 0 && near_ent < 0; m--) {
        const struct mention *mm = &d->mentions[m];
        if (d->tokens[mm->tok_begin].sentence + 1 < here)
            break;
        /* (its head may stand before its name in marks: صحيفة “كوميرسانت”) */
        int32_t h = mm->tok_begin >= 2 && tok_is_quote_mark(&d->tokens[mm->tok_begin - 1]) ? mm->tok_begin - 2 : mm->tok_begin;
        if (d->entities[mm->entity].type == ENT_ORG &&
            (tok_same_head(role, &d->tokens[mm->tok_begin]) || (h != mm->tok_begin && tok_same_head(role, &d->tokens[h]))) &&
            !object_of_preposition(d, mm))
            near_ent = mm->entity;
    }
    for (int32_t i = x->n_hist - 1; i >= 0 && i >= x->n_hist - HIST_REACH; i--) {
        int32_t ent = x->hist[i].entity;
        if (near_ent >= 0 && ent >= 0 && ent != near_ent && !named_near(d, ent, here))
            continue;
        if (ent >= 0 && d->entities[ent].type == ENT_ORG &&
            tok_same_head(role, &d->tokens[d->mentions[d->entities[ent].first_mention].tok_begin])) {
            *out = x->hist[i];
            return 1;
        }
        /* (a body named as written that spoke, in a definite construct: "وأكد مجلس الوزراء
         * أن ... وأعرب المجلس"; not a description, "صحيفة أمريكية") */
        const char *name = x->hist[i].name;
        if (ent < 0 && name && !(x->hist[i].classes & CLASS_PERSON)) {
            if (!word)
                word = role_word(x, role, buf, sizeof buf);
            size_t n = word ? strlen(word) : 0;
            static const char al[] = "ال";
            if (n && !strncmp(name, word, n) && name[n] == ' ' && !strncmp(name + n + 1, al, sizeof al - 1)) {
                *out = x->hist[i];
                /* (the body's full name, when the text gives it: سلطة النقد الفلسطينية) */
                size_t len = strlen(name);
                for (int32_t e = 0; e < d->n_entities && e < MENTION_REACH; e++)
                    if (d->entities[e].type == ENT_ORG && !strncmp(d->entities[e].name, name, len)) {
                        *out = who_entity(x, e, -1);
                        break;
                    }
                return 1;
            }
        }
    }
    if (near_ent >= 0) {
        *out = who_entity(x, near_ent, -1);
        return 1;
    }
    return latest_mention(x, before, org_headed_by, role, out);
}

/* الأول، الأولى: 1; الثاني، الثانية: 2; else 0. */
static int ordinal_word(const struct doc *d, int32_t k)
{
    return tok_marker(d, k, MARK_ORDINAL_FIRST) ? 1 : tok_marker(d, k, MARK_ORDINAL_SECOND) ? 2 : 0;
}

/* "ويعود الأول ليؤكد ...، فيما يصر الثاني على أن": of the last two people quoted, the
 * one introduced first or second (before two have spoken, of the last two named before
 * `pos`: "وقّع بوتين وكيم المعاهدة. وقال الأول إنها ..."). */
static int ordinal_speaker(struct actx *x, int which, int32_t pos, struct who *out)
{
    int32_t a = -1, b = -1; /* the latest two distinct people quoted, newest first */
    for (int32_t i = x->n_hist - 1; i >= 0 && i >= x->n_hist - 12 && b < 0; i--) {
        int32_t ent = x->hist[i].entity;
        if (ent < 0 || x->d->entities[ent].type != ENT_PERSON)
            continue;
        if (a < 0)
            a = ent;
        else if (ent != a)
            b = ent;
    }
    if (b < 0 && x->n_hist < 2) {
        a = -1;
        int32_t last = mention_before(x->d, pos);
        for (int32_t m = last; m >= 0 && b < 0 && m > last - MENTION_REACH; m--) {
            int32_t ent = x->d->mentions[m].entity;
            if (x->d->entities[ent].type != ENT_PERSON)
                continue;
            if (a < 0)
                a = ent;
            else if (ent != a)
                b = ent;
        }
    }
    if (b < 0)
        return 0;
    const struct entity *ea = &x->d->entities[a], *eb = &x->d->entities[b];
    int a_first = ea->first_mention < eb->first_mention;
    *out = who_entity(x, (which == 1) == a_first ? a : b, -1);
    return out->name != NULL;
}

/* Is token k inside the marks of an earlier direct quotation? */
static int in_direct_quote(const struct doc *d, const struct quote *q, int32_t k)
{
    for (const struct quote *p = q - 1; p >= d->quotes && p->content_te > k - 64; p--)
        if (p->type == QUOTE_DIRECT && p->content_tb <= k && k < p->content_te)
            return 1;
    return 0;
}

/* Does a name follow the title or role at token k within its next three words (its
 * complement and the name: "ضيف الحلقة جواد حمدان"), before token `limit`? */
static int name_follows(const struct doc *d, int32_t k, int32_t limit)
{
    for (int32_t j = k + 1; j < limit && j <= k + 3; j++)
        if (d->tok_mention[j] >= 0)
            return 1;
    return 0;
}

/* "فردّ الأخير"، "وقال هذا الأخير": the latter — the person named last in this sentence
 * or the one before ("موجها حديثه إلى Y: ...، فرد الأخير"); when the last person there
 * is named only by a role ("قاطع X ضيف الحلقة قائلا: ...، ليرد الأخير"), the person
 * quoted before the latest speaker. Words inside quotation marks name no one here. */
static int latter_speaker(struct actx *x, const struct quote *q, int32_t latter_tok, uint8_t g, struct who *out)
{
    const struct doc *d = x->d;
    int32_t first_sentence = q->sentence > 0 ? q->sentence - 1 : 0;
    for (int32_t k = latter_tok - 1; k >= d->sentences[first_sentence].tok_begin; k--) {
        if (in_direct_quote(d, q, k))
            continue;
        int32_t mi = d->tok_mention[k];
        if (mi >= 0) {
            const struct entity *e = &d->entities[d->mentions[mi].entity];
            if (e->type == ENT_PERSON && gender_ok(g, e->gender)) {
                *out = who_entity(x, d->mentions[mi].entity, -1);
                return 1;
            }
            k = d->mentions[mi].tok_begin;
            continue;
        }
        const struct token *t = &d->tokens[k];
        if ((tok_kinds(t) & (LEX_ROLE_NOUN | LEX_TITLE)) && (t->lex->role_classes & CLASS_PERSON) &&
            gender_ok(g, t->lex->role_gender) && !name_follows(d, k, latter_tok))
            break; /* a person named by a role alone */
    }
    int32_t latest = -1;
    for (int32_t i = x->n_hist - 1; i >= 0 && i >= x->n_hist - HIST_REACH; i--) {
        int32_t ent = x->hist[i].entity;
        if (ent < 0 || d->entities[ent].type != ENT_PERSON)
            continue;
        if (latest < 0)
            latest = ent;
        else if (ent != latest && gender_ok(g, d->entities[ent].gender)) {
            *out = who_entity(x, ent, -1);
            return 1;
        }
    }
    return 0;
}

/* "ونقل ... تحيات الرئيس فلاديمير بوتين، كما نقل عنه قوله إن": a verb of relaying with no
 * relayer before its pronoun (عنه، عنها); the pronoun stands for the person named last
 * before the verb in this sentence, not for whoever is in focus (the elided relayer). */
static int relay_pronoun_referent(struct actx *x, const struct quote *q, struct who *out)
{
    const struct doc *d = x->d;
    if (q->cue_kind != CUE_VERB || !is_relay_cue(d, q) || q->np_begin != q->np_end)
        return 0;
    /* "تنقل أوساط الرئيس X عنه قوله": the person whose circles relay, named in the
     * verb's subject before the pronoun */
    /* (the pronoun's gender, not the verb's, which agrees with the circles) */
    const struct token *an = q->np_begin > q->cue_tok + 2 ? &d->tokens[q->np_begin - 1] : NULL;
    uint8_t g;
    int anhu = an && an->fold_len >= 3 && an->fold[0] == 0x0639 && an->fold[1] == 0x0646 && tok_pronoun_after(an, 2, &g);
    if (anhu && q->np_begin - q->cue_tok <= 8) {
        for (int32_t k = q->cue_tok + 1; k < q->np_begin - 1; k++) {
            int32_t mi = d->tok_mention[k];
            if (mi >= 0 && d->entities[d->mentions[mi].entity].type == ENT_PERSON &&
                gender_ok(g, d->entities[d->mentions[mi].entity].gender)) {
                *out = who_entity(x, d->mentions[mi].entity, mi);
                return 1;
            }
        }
        return 0;
    }
    if (q->np_begin != q->cue_tok + 2)
        return 0;
    for (int32_t k = q->cue_tok - 1; k >= d->sentences[q->sentence].tok_begin; k--) {
        if (in_direct_quote(d, q, k))
            continue;
        int32_t mi = d->tok_mention[k];
        if (mi < 0)
            continue;
        const struct entity *e = &d->entities[d->mentions[mi].entity];
        if (e->type == ENT_PERSON && gender_ok(q->cue_gender, e->gender)) {
            *out = who_entity(x, d->mentions[mi].entity, mi);
            return 1;
        }
        k = d->mentions[mi].tok_begin;
    }
    return 0;
}

/* Is there a document noun among tokens [b, e)? */
static int statement_before(const struct doc *d, int32_t b, int32_t e)
{
    for (int32_t k = b; k < e; k++)
        if (tok_kinds(&d->tokens[k]) & LEX_STATEMENT)
            return 1;
    return 0;
}

/* "نفى المصدر ذاته": the latest speaker named "مصدر ..." as written — the same source,
 * not whoever spoke last. Token b is the definite noun. */
static int same_source(struct actx *x, int32_t b, struct who *out)
{
    const struct token *t = &x->d->tokens[b];
    if (!tok_has_article(t))
        return 0;
    struct span noun = {tok_u16_at_fold(x->d, t, t->lex_prefix + 2), t->span.end};
    const char *w = span_text(x, noun);
    size_t n = w ? strlen(w) : 0;
    for (int32_t i = x->n_hist - 1; n && i >= 0 && i >= x->n_hist - HIST_REACH; i--) {
        const char *name = x->hist[i].name;
        if (x->hist[i].entity < 0 && name && !strncmp(name, w, n) && (name[n] == ' ' || name[n] == 0)) {
            *out = x->hist[i];
            out->span.start = out->span.end = -1;
            return 1;
        }
    }
    return 0;
}

/* تدعى، يدعى: "is called", the verb before someone's name. */
static int is_called_verb(const struct token *t)
{
    static const UChar tud3a[] = {0x062A, 0x062F, 0x0639, 0x064A}, yud3a[] = {0x064A, 0x062F, 0x0639, 0x064A};
    return t->kind == TOK_WORD && t->fold_len == 4 &&
           (!memcmp(t->fold, tud3a, sizeof tud3a) || !memcmp(t->fold, yud3a, sizeof yud3a));
}

/* اسم، باسم after no title, تدعى، يدعى: the word before the name someone goes by. */
static int goes_by_name(const struct doc *d, int32_t k)
{
    static const UChar ism[] = {0x0627, 0x0633, 0x0645}, bism[] = {0x0628, 0x0627, 0x0633, 0x0645};
    const struct token *t = &d->tokens[k];
    if (t->kind != TOK_WORD)
        return 0;
    if (t->fold_len == 3)
        return !memcmp(t->fold, ism, sizeof ism);
    if (t->fold_len == 4 && !memcmp(t->fold, bism, sizeof bism))
        return k > 0 && !(tok_kinds(&d->tokens[k - 1]) & (LEX_TITLE | LEX_ROLE_NOUN | LEX_ORG_HEAD));
    return is_called_verb(t);
}

/* معدو، معدّيه: a document's makers (group_nouns.tsv), who speak for whoever issued it. */
static int document_makers(const struct token *t)
{
    const UChar *f = t->fold + t->lex_prefix;
    return t->kind == TOK_WORD && (tok_kinds(t) & LEX_GROUP) && t->fold_len >= t->lex_prefix + 4 && f[0] == 0x0645 &&
           f[1] == 0x0639 && f[2] == 0x062F;
}

/* "وأعده الباحثان X وY": the mention of whoever a document was said to be prepared by
 * (أعدّه، أعدّتها), the nearest before token b, or -1. */
static int32_t preparer_before(const struct doc *d, int32_t b)
{
    static const UChar aadda[] = {0x0627, 0x0639, 0x062F};
    for (int32_t k = b - 1; k >= 0 && b - k <= 600; k--) {
        const struct token *t = &d->tokens[k];
        int32_t p = t->fold_len > 4 && (t->fold[0] == 0x0648 || t->fold[0] == 0x0641) ? 1 : 0;
        int32_t n = t->fold_len - p;
        if (t->kind != TOK_WORD || n < 4 || n > 6 || memcmp(t->fold + p, aadda, sizeof aadda) ||
            (t->fold[p + 3] != 0x0647 && t->fold[p + 3] != 0x062A))
            continue;
        for (int32_t j = k + 1; j < d->n_tokens && j - k <= 4 && d->tokens[j].kind == TOK_WORD; j++) {
            int32_t mi = d->tok_mention[j];
            if (mi >= 0 && (d->entities[d->mentions[mi].entity].type == ENT_PERSON ||
                            d->entities[d->mentions[mi].entity].type == ENT_ORG))
                return mi;
        }
    }
    return -1;
}

/* Does the place whose mention starts at token k close the name of a body, the word
 * before it a noun or an adjective of that name with no preposition between (السوق
 * المالية السعودية، قيادة عمليات البصرة، «صوت بيروت إنترناشونال»)? */
static int place_closes_body_name(const struct doc *d, int32_t k)
{
    int32_t j = k - 1;
    if (j >= 0 && tok_is_quote_mark(&d->tokens[j]))
        j--;
    if (j < 0 || d->tokens[j].sentence != d->tokens[k].sentence)
        return 0;
    const struct token *w = &d->tokens[j];
    return w->kind == TOK_WORD && d->tok_mention[j] < 0 && (w->flags & TOKF_ARABIC) && !tok_has_prep_clitic(w) &&
           !tok_is_fi(w) && !(tok_kinds(w) & (LEX_STOP | LEX_VERB | LEX_COMPLEMENTIZER));
}

static int read_phrase(struct actx *x, const struct quote *q, int32_t b, int32_t e, struct who *out, uint8_t *how)
{
    int source = q->cue_kind == CUE_SOURCE;
    if (b < e && is_kul_min(x->d, b))
        b += 2; /* كل من موسكو وبيونغ يانغ */
    const struct doc *d = x->d;
    if (e == b + 1 && (tok_kinds(&d->tokens[b]) & LEX_PRONOUN) && honorific_pronoun_holder(x, &d->tokens[b], out)) {
        out->span = d->tokens[b].span;
        *how = RESOLVED_PRONOUN;
        return 1;
    }
    /* "إلى الدكتور X، الباحث بمعهد ...، الذي شارك من موسكو، ورأى أن": a role set off by a
     * comma right after a person's name, read before the verb, is that person's
     * apposition: the person speaks */
    if (b >= 2 && b < e && e <= q->cue_tok && tok_is_comma(&d->tokens[b - 1]) && d->tok_mention[b] < 0 &&
        (tok_kinds(&d->tokens[b]) & (LEX_TITLE | LEX_ROLE_NOUN)) && d->tok_mention[b - 2] >= 0) {
        const struct mention *m = &d->mentions[d->tok_mention[b - 2]];
        if (m->tok_end == b - 1 && d->entities[m->entity].type == ENT_PERSON &&
            gender_ok(q->cue_gender, d->entities[m->entity].gender)) {
            *out = who_entity(x, m->entity, -1);
            out->span = tok_span(d, b, e);
            *how = RESOLVED_ROLE_NOUN;
            return 1;
        }
    }
    /* "أستاذ زائر من جامعة يونسي يدعى لي دونغ-ووك"، "طالبة ...، تُدعى سو أون-هي،": the
     * person the described one is called, right after the phrase, speaks */
    if (b < e && e + 1 < d->n_tokens) {
        int32_t g = tok_is_comma(&d->tokens[e]) ? e + 1 : e;
        const struct token *gt = &d->tokens[g];
        int32_t pm = g + 1 < d->n_tokens ? d->tok_mention[g + 1] : -1;
        if (is_called_verb(gt) && pm >= 0 &&
            d->mentions[pm].tok_begin == g + 1 && d->entities[d->mentions[pm].entity].type == ENT_PERSON &&
            gt->sentence == d->tokens[b].sentence) {
            *out = who_entity(x, d->mentions[pm].entity, pm);
            *how = RESOLVED_EXPLICIT;
            return 1;
        }
    }
    /* "ويضيف ابن مدينة سطيف أن"، "ابنة البصرة"، "ابنة حي الميدان": a son or daughter of a
     * place is the person in focus */
    int32_t pm = b + 1 < e ? d->tok_mention[b + 1] : -1;
    if (b + 1 < e && tok_is_son(&d->tokens[b]) &&
        (tok_son_of_place(d, b) || (pm >= 0 && is_place_type(d->entities[d->mentions[pm].entity].type))) &&
        person_focus(x, d->tokens[b].fold_len == 4 ? GENDER_FEM : GENDER_MASC, out)) {
        out->span = tok_span(d, b, e);
        *how = RESOLVED_ROLE_NOUN;
        return 1;
    }
    /* "ويضيف معدو التقرير أن": the document they made speaks; "خلص معدوه إلى أن": the
     * one named last */
    if (b < e && document_makers(&d->tokens[b])) {
        int32_t first = preparer_before(d, b);
        if (first >= 0) {
            /* (two or more joined by و prepared it together: the phrase of them is read as
             * any subject is, a joint speaker) */
            int32_t last = first, nx;
            while (d->mentions[last].tok_end < d->n_tokens && (nx = d->tok_mention[d->mentions[last].tok_end]) >= 0 &&
                   d->mentions[nx].tok_begin == d->mentions[last].tok_end && d->tokens[d->mentions[nx].tok_begin].fold[0] == 0x0648)
                last = nx;
            if (last != first)
                return read_phrase(x, q, d->mentions[first].tok_begin, d->mentions[last].tok_end, out, how);
            *out = who_entity(x, d->mentions[first].entity, -1);
            out->span = tok_span(d, b, b + 1);
            *how = RESOLVED_ROLE_NOUN;
            return 1;
        }
        if (b + 1 < e && tok_has_article(&d->tokens[b + 1]) && (tok_kinds(&d->tokens[b + 1]) & LEX_STATEMENT)) {
            b++;
        } else if (d->tokens[b].fold_len - d->tokens[b].lex_prefix >= 5) { /* (معدوه، معديها) */
            int32_t ent = earlier_document_author(x, b, 0);
            if (ent >= 0) {
                *out = who_entity(x, ent, -1);
                out->span = tok_span(d, b, b + 1);
                *how = RESOLVED_PRONOUN;
                return 1;
            }
        }
    }
    /* "وبدأ فيصل الفقرة بقوله": a given name alone, right after the verb, is the person
     * named in full before with it (فيصل العتيبي), whatever the verb's object after it;
     * so is a label of one word that opens someone's name ("نزار: ..."، "لي: ...") or,
     * on a line of its own, closes it */
    if (b < e && d->tok_mention[b] < 0 &&
        ((q->cue_kind == CUE_VERB && q->cue_tok + 1 == b && (tok_kinds(&d->tokens[b]) & LEX_FIRST_NAME)) ||
         (q->cue_kind == CUE_HEADLINE && e == b + 1 && d->tokens[b].kind == TOK_WORD))) {
        int32_t named = entities_person_by_given_name(d, b);
        /* (or, on a line of its own, closes it: an interview's "خو:" for دميتري خو) */
        if (named < 0 && q->cue_kind == CUE_HEADLINE && (d->tokens[b].flags & TOKF_NEWLINE_BEFORE))
            named = entities_person_by_family_name(d, b);
        if (named >= 0) {
            *out = who_entity(x, named, -1);
            out->span = tok_span(d, b, b + 1);
            *how = RESOLVED_SURNAME;
            return 1;
        }
    }
    /* "معالي السيد وزير الخارجية": honorifics before a title say nothing of who holds it */
    while (b + 2 < e && (tok_kinds(&d->tokens[b]) & LEX_HONORIFIC) && d->tok_mention[b] < 0 &&
           ((tok_kinds(&d->tokens[b + 1]) & (LEX_HONORIFIC | LEX_TITLE)) == LEX_TITLE ||
            (tok_kinds(&d->tokens[b + 1]) & LEX_HONORIFIC)))
        b++;
    /* "ورد عليه جونغ بأن"، "وقالت لها الطبيبة": a preposition carrying whom the verb
     * answers or tells, then the subject's name */
    /* (or a title: "عبارة قالها له دبلوماسي روسي:") */
    if (q->cue_kind == CUE_VERB && q->cue_tok + 1 == b && b + 1 < e && d->tok_mention[b] < 0 &&
        (d->tok_mention[b + 1] >= 0 || tok_is_name_like(x->lx, &d->tokens[b + 1]) || tok_one_of(&d->tokens[b + 1]) ||
         ((tok_kinds(&d->tokens[b + 1]) & (LEX_TITLE | LEX_GROUP)) && !tok_written_pronoun(d, &d->tokens[b + 1]))) &&
        tok_carries_pronoun(d, &d->tokens[b]))
        b++;
    /* "أحد القراء ويحمل اسم «ابن الكرك»"، "قارئ باسم «...»"، "قارئة تدعى «أم سند»": the
     * name in marks a person goes by (not "المتحدث باسم «حماس»": on whose behalf; an
     * account or a channel, "حساب يحمل اسم «...»", keeps its phrase) */
    for (int32_t k = b; k + 3 < e && !(tok_kinds(&d->tokens[b]) & (LEX_GROUP | LEX_ORG_HEAD)); k++) {
        if (!goes_by_name(d, k) || !tok_is_quote_mark(&d->tokens[k + 1]))
            continue;
        int32_t c = k + 2;
        while (c < e && c - k <= 6 && d->tokens[c].kind == TOK_WORD)
            c++;
        if (c > k + 2 && c < e && tok_is_quote_mark(&d->tokens[c]))
            return as_written(x, tok_span(d, k + 2, c), q->cue_gender, CLASS_PERSON, out, how);
    }
    /* "الوزير ذاته", "الخبير نفسه", "نفس الوزارة": the role noun alone, referring back */
    int same_after = 0;
    while (e - 1 > b && is_same_word(d, e - 1))
        e--, same_after = 1;
    /* "ويضيف السفير في الفصل ذاته أن": "the same" is the place in a text where the role
     * said it (a definite word that names no one after في), not the role's */
    if (same_after && e == b + 3 && tok_has_article(&d->tokens[b]) && tok_marker(d, b + 1, MARK_SEAT) &&
        tok_has_article(&d->tokens[b + 2]) && d->tok_mention[b + 2] < 0 && d->tok_mention[b] < 0) {
        e = b + 1;
        same_after = 0;
    }
    /* "وأفاد المصدر ذاته": the same source, the word after it */
    if (same_after && e == b + 1 && tok_marker(d, b, MARK_SAME_SOURCE) && same_source(x, b, out)) {
        *how = RESOLVED_ROLE_NOUN;
        return 1;
    }
    if (same_after && e == b + 1 && tok_marker(d, b, MARK_SAME_SOURCE) && focus(x, q->cue_gender, out)) {
        *how = RESOLVED_ROLE_NOUN;
        return 1;
    }
    if (e - b >= 2 && d->tok_mention[b] < 0 && is_same_before(d, b)) {
        b++;
        same_after = 1; /* (before or after, the same) */
        /* "وأضاف ذات المصدر": the same source as before, whoever it was */
        if (e == b + 1 && tok_marker(d, b, MARK_SAME_SOURCE) && focus(x, q->cue_gender, out)) {
            *how = RESOLVED_ROLE_NOUN;
            return 1;
        }
    }
    /* "وأشارت ذات الصحيفة إلى أن": the same body is the last one of its kind named, even
     * one that only relayed someone (نقلت صحيفة X عن مسؤول ...) */
    const struct token *sn = &d->tokens[b];
    if (same_after && e == b + 1 && sn->lex && (tok_kinds(sn) & LEX_ROLE_NOUN) && !(sn->lex->role_classes & CLASS_PERSON) &&
        sn->lex->role_classes && mentioned_of_class(x, sn->lex->role_classes, sn->lex->role_gender, 1, sn->span.start, out)) {
        out->span = tok_span(d, b, e);
        *how = RESOLVED_ROLE_NOUN;
        return 1;
    }
    /* "ثم تساءل موجها كلامه إلى نيبينزيا:": words that name no one, then the words'
     * addressee; the subject is elided */
    if (q->cue_kind == CUE_VERB && q->cue_tok < b) {
        int32_t k = b;
        while (k < e && !tok_is_ila(&d->tokens[k]) && d->tok_mention[k] < 0 &&
               !(tok_kinds(&d->tokens[k]) & (LEX_TITLE | LEX_ROLE_NOUN | LEX_GROUP | LEX_ORG_HEAD | LEX_STATEMENT)))
            k++;
        if (k > b && k < e && tok_is_ila(&d->tokens[k])) {
            *how = RESOLVED_ELIDED;
            return focus_at(x, q->cue_gender, q->cue.start, out);
        }
    }
    /* "لكنه أكد للصحيفة أن", "وقال لوكالة الأنباء إن", "فقال بابتسامة عريضة إنه": whom
     * the verb tells, after its ل, or how, after ب, is all there is; the subject is elided */
    if (q->cue_kind == CUE_VERB && q->cue_tok < b && b < e && d->tok_mention[b] < 0 &&
        (lam_proclitic(&d->tokens[b]) || tok_is_manner_after_ba(d, x->lx, b, 0))) {
        int32_t k = b + 1;
        while (k < e && d->tok_mention[k] < 0 &&
               !(tok_kinds(&d->tokens[k]) & (LEX_TITLE | LEX_ROLE_NOUN | LEX_GROUP | LEX_ORG_HEAD)))
            k++;
        if (k == e) {
            *how = RESOLVED_ELIDED;
            return focus_at(x, q->cue_gender, before_the_words(q), out);
        }
    }
    /* "قال لنظيرته تشوي سون هي إن": the phrase is whom the verb tells — a role in ل and
     * its holder; the subject is elided */
    if (q->cue_kind == CUE_VERB && q->cue_tok + 1 == b && b + 1 < e && lam_proclitic(&d->tokens[b]) &&
        (tok_kinds(&d->tokens[b]) & (LEX_TITLE | LEX_ROLE_NOUN)) && d->tok_mention[b + 1] >= 0 &&
        d->entities[d->mentions[d->tok_mention[b + 1]].entity].type == ENT_PERSON) {
        *how = RESOLVED_ELIDED;
        return focus_at(x, q->cue_gender, q->cue.start, out);
    }
    /* "وقال سعادته": the holder of the office the honorific is said of, named last (the
     * ambassador, not the minister he quoted), else the person of that gender in focus */
    const struct lex_entry *honorific = NULL;
    int hp = e == b + 1 ? honorific_pronoun(x, &d->tokens[b], &honorific) : 0;
    const char *office = hp && d->tokens[b].lex ? lexicon_office(x->lx, d->tokens[b].lex) : NULL;
    if (hp && (honorific_holder(x, honorific, d->tokens[b].span.start, out) ||
               (office && office_holder(x, office, d->tokens[b].span.start, out)) ||
               focus_at(x, hp == 2 ? GENDER_FEM : GENDER_MASC, d->tokens[b].span.start, out))) {
        *how = RESOLVED_PRONOUN;
        return 1;
    }
    if (b < e && q->cue_kind != CUE_SOURCE) {
        int32_t k = b + (e - b >= 2 && demonstrative_gender(&d->tokens[b]) ? 1 : 0);
        const struct token *t = &d->tokens[k];
        int32_t after = k + 1;
        while (after < e && d->tok_mention[after] < 0)
            after++;
        if (after == e && d->tok_mention[k] < 0 && tok_marker(d, k, MARK_LATTER) &&
            latter_speaker(x, q, b, t->lex && t->lex->role_gender ? t->lex->role_gender : q->cue_gender, out)) {
            out->span = tok_span(d, b, k + 1);
            *how = RESOLVED_ROLE_NOUN;
            return 1;
        }
    }
    /* "تقول هذه الأم"، "يضيف هذا الشاب": a demonstrative points to the person of its
     * gender named last */
    if (e - b >= 2 && q->cue_kind != CUE_SOURCE && d->tok_mention[b + 1] < 0 && tok_has_article(&d->tokens[b + 1])) {
        uint8_t g = demonstrative_gender(&d->tokens[b]);
        if (g && person_named_last(x, g, d->tokens[b].span.start, out)) {
            out->span = tok_span(d, b, b + 2);
            *how = RESOLVED_ROLE_NOUN;
            return 1;
        }
    }
    if (e == b + 1 && d->tok_mention[b] < 0 && ordinal_word(d, b) && q->cue_kind != CUE_SOURCE &&
        ordinal_speaker(x, ordinal_word(d, b), d->tokens[b].span.start, out)) {
        *how = RESOLVED_ROLE_NOUN;
        return 1;
    }
    const struct lexicon *lx = x->lx;
    int32_t picked = -1, picked_mention = -1, n_subjects = 0, first_m = -1, last_m = -1, branch_of = -1;
    static const int rank[ENT_TYPE_COUNT] = {4, 3, 2, 1, 0};
    const struct token *bt0 = &d->tokens[b];
    int group_of_place = b + 1 < e && d->tok_mention[b] < 0 && !tok_has_article(bt0) && !tok_has_prep_clitic(bt0) &&
                         ((tok_kinds(bt0) & LEX_GROUP) || tok_people_plural(lx, bt0)) && !tok_written_pronoun(d, bt0);
    for (int32_t k = b; k < e; k++) {
        int32_t mi = d->tok_mention[k];
        if (mi < 0)
            continue;
        const struct mention *m = &d->mentions[mi];
        k = m->tok_end - 1;
        if (mention_is_object(d, m, b, source))
            continue;
        /* "وحسب أهالي قرية مسارع": the people of a place, in construct with it (or with its
         * head), are who speak; the place only says which people */
        if (group_of_place && m->tok_begin > b && m->tok_begin - b <= 2 && is_place_type(d->entities[m->entity].type))
            continue;
        /* قال (masculine) before a state or organisation (feminine): its object; not
         * after a document noun, which the verb agrees with (جاء في بيان وزارة الخارجية) */
        const struct entity *cand = &d->entities[m->entity];
        /* (nor after a bare noun in construct with it, which the verb agrees with: "وأفاد
         * فرع وزارة الزراعة بأن") */
        /* (a masculine noun: not one in ة, "يكشف حاجة روسيا", nor in the accusative's ا,
         * "مثلا روسيا"; not a title, whose holder's name follows) */
        const struct token *head = &d->tokens[b];
        UChar last = head->fold_len ? head->fold[head->fold_len - 1] : 0;
        int construct = m->tok_begin == b + 1 && head->kind == TOK_WORD && (head->flags & TOKF_ARABIC) &&
                        !tok_has_article(head) && !head->lex_prefix && d->tok_mention[b] < 0 && last != 0x0647 &&
                        last != 0x0627 && last != 0x064A &&
                        !(tok_kinds(head) & (LEX_STOP | LEX_VERB | LEX_COMPLEMENTIZER | LEX_PRONOUN | LEX_TITLE |
                                             LEX_ROLE_NOUN | LEX_GROUP));
        if (q->cue_gender == GENDER_MASC && cand->type != ENT_PERSON && cand->gender == GENDER_FEM &&
            q->cue_kind != CUE_SOURCE && !statement_before(d, b, m->tok_begin) &&
            !(m->tok_begin > 0 && tok_is_quote_mark(&d->tokens[m->tok_begin - 1]))) {
            if (!construct)
                continue; /* (a name in marks agrees either way: ورأى «نيكاي» الاقتصادي) */
            branch_of = m->entity;
        }
        /* "وذكّرت المتحدثة بقضية الطالب X، معتبرة أن": a role noun of the verb's gender
         * opens the phrase; a person of the other gender after it is its complement */
        if (cand->type == ENT_PERSON && opposite_genders(q->cue_gender, cand->gender) && m->tok_begin > b &&
            d->tok_mention[b] < 0 && tok_has_article(&d->tokens[b]) && (tok_kinds(&d->tokens[b]) & LEX_ROLE_NOUN) &&
            d->tokens[b].lex->role_gender == q->cue_gender)
            continue;
        n_subjects++;
        if (first_m < 0)
            first_m = mi;
        last_m = mi;
        const struct entity *en = &d->entities[m->entity];
        if (picked < 0 || rank[en->type] > rank[d->entities[picked].type]) {
            picked = m->entity;
            picked_mention = mi;
        }
    }
    /* "محامي الإدريسي، عبد الرحيم بنعلي،": a title in construct with a person, then the
     * name set off by a comma — the name is who speaks, the first person is whose */
    if (picked >= 0 && d->entities[picked].type == ENT_PERSON) {
        const struct mention *m1 = &d->mentions[picked_mention];
        int32_t c = m1->tok_end;
        if (m1->tok_begin > b && (tok_kinds(&d->tokens[m1->tok_begin - 1]) & LEX_TITLE) &&
            !tok_has_article(&d->tokens[m1->tok_begin - 1]) && c + 1 < e && tok_is_comma(&d->tokens[c]) &&
            d->tok_mention[c + 1] >= 0) {
            int32_t mi2 = d->tok_mention[c + 1];
            if (d->mentions[mi2].tok_begin == c + 1 && d->entities[d->mentions[mi2].entity].type == ENT_PERSON &&
                d->mentions[mi2].entity != picked) {
                picked = d->mentions[mi2].entity;
                picked_mention = mi2;
            }
        }
    }
    /* (the noun the verb agrees with speaks, named as written with the body it is part
     * of: "فرع وزارة البيئة والمياه والزراعة بمنطقة الباحة", no entity of its own) */
    if (branch_of >= 0 && picked == branch_of)
        return as_written(x, tok_span(d, b, place_after_ba(d, e)), GENDER_MASC, CLASS_ORG, out, how);
    /* (and a body no list names, described with its place on ب, speaks as written, not
     * the place: "الغرفة التجارية بولاية النيل الأزرق") */
    /* (the phrase may start at the verb whose subject the body is: "وأصدرت الغرفة التجارية
     * بولاية غرب كردفان بيانا قالت فيه إن") */
    int32_t ob = b + (b + 1 < e && d->tokens[b].kind == TOK_WORD && !tok_has_article(&d->tokens[b]) &&
                      d->tok_mention[b] < 0 && definite_org_head(x, &d->tokens[b + 1]));
    if (picked >= 0 && is_place_type(d->entities[picked].type) &&
        first_m == picked_mention && d->tok_mention[ob] < 0 && definite_org_head(x, &d->tokens[ob])) {
        const struct mention *m = &d->mentions[picked_mention];
        /* (ب on the place itself, بالجوف, or on its head, بولاية سنار) */
        if ((m->tok_begin > ob && place_after_ba(d, m->tok_begin) == m->tok_end) ||
            (m->tok_begin - 1 > ob && place_after_ba(d, m->tok_begin - 1) == m->tok_end))
            return as_written(x, tok_span(d, ob, m->tok_end), GENDER_UNKNOWN, CLASS_ORG, out, how);
    }
    /* "خبراء جزائريون يقرأون تحالف موسكو وبيونغ يانغ: ...": a headline headed by a group
     * noun is the group's, whatever it names after its verb (not a document's: "تقرير
     * لفريق المراقبة: ..." is its author's) */
    if (q->cue_kind == CUE_HEADLINE && (tok_kinds(&d->tokens[b]) & (LEX_GROUP | LEX_STATEMENT)) == LEX_GROUP &&
        d->tok_mention[b] < 0 &&
        !d->tokens[b].lex_prefix)
        picked = -1, n_subjects = 0;
    if ((picked < 0 || d->entities[picked].type != ENT_PERSON) && (tok_kinds(&d->tokens[b]) & LEX_TITLE) &&
        (q->content_tb > e || q->content_te <= b) && (q->cue_tok < b || (q->cue_tok >= e && q->cue_kind != CUE_HEADLINE))) {
        /* "نائبة المتحدث باسم وزارة الدفاع (البنتاغون) سابرينا سينغ إن": the phrase stopped at
         * the parenthesis; the person this role was read with follows (also after words
         * quoted first: "«...»، يقول عضو اللجنة، مختار الدليمي."; and before the verb:
         * "وكان الناطق باسم الحكومة، مصطفى بايتاس، قد اكتفى ... بالقول") */
        int32_t limit = q->content_tb > e ? q->content_tb : d->sentences[d->tokens[b].sentence].tok_end;
        if (q->cue_tok >= e && q->cue_tok < limit)
            limit = q->cue_tok;
        for (int32_t k = e; k < limit && k < e + 12; k++) {
            int32_t mi = d->tok_mention[k];
            if (mi >= 0 && d->entities[d->mentions[mi].entity].type == ENT_PERSON &&
                d->entities[d->mentions[mi].entity].role_tb == b) {
                *out = who_entity(x, d->mentions[mi].entity, mi);
                *how = RESOLVED_EXPLICIT;
                return 1;
            }
        }
    }
    /* (after a source marker only the document alone: "وفق ما ورد في التقرير") */
    if ((picked < 0 || d->entities[picked].type == ENT_GPE) && (tok_kinds(&d->tokens[b]) & LEX_STATEMENT) &&
        (q->cue_kind != CUE_SOURCE || (e == b + 1 && tok_has_article(&d->tokens[b])))) {
        /* كشفت مسودة تقرير أعده فريق ...، وتقول الوثيقة: a document speaks for whoever
         * produced it */
        /* (a verb that takes an object before its preposition, "وطالب البيان الأجهزة
         * الأمنية بـ"، leaves the object in the phrase: the definite noun still refers back) */
        int takes_object = q->cue_kind == CUE_VERB && d->tokens[q->cue_tok].lex && d->tokens[q->cue_tok].lex->verb_prep;
        int32_t ent = document_author(x, b, tok_has_article(&d->tokens[b]) && (e - b <= 2 || takes_object));
        if (ent >= 0) {
            *out = who_entity(x, ent, -1);
            out->span = tok_span(d, b, e);
            *how = RESOLVED_ROLE_NOUN;
            return 1;
        }
    }
    /* "بحسب أرقام رسمية": figures with their adjectives alone are the source as written */
    if (picked < 0 && q->cue_kind == CUE_SOURCE && e > b + 1 && (tok_kinds(&d->tokens[b]) & LEX_STATEMENT) &&
        tok_adjectives_alone(d, b + 1, e))
        return as_written(x, tok_span(d, b, e), GENDER_UNKNOWN, CLASS_GROUP, out, how);
    /* "وفق تحليل المركز للصور": a document, then its maker by the head of its name */
    if (picked < 0 && e > b + 1 && (tok_kinds(&d->tokens[b]) & LEX_STATEMENT) && d->tok_mention[b + 1] < 0) {
        int32_t ent = org_by_head(x, &d->tokens[b + 1]);
        if (ent >= 0) {
            *out = who_entity(x, ent, -1);
            out->span = tok_span(d, b, b + 2);
            *how = RESOLVED_ROLE_NOUN;
            return 1;
        }
    }
    if (picked < 0 && e == b + 1) {
        int32_t ent = org_by_head(x, &d->tokens[b]);
        if (ent >= 0) {
            *out = who_entity(x, ent, -1);
            out->span = tok_span(d, b, e);
            *how = RESOLVED_ROLE_NOUN;
            return 1;
        }
    }
    if (n_subjects >= 2) {
        /* سول وواشنطن وكييف: entities joined by و, with nothing else between them */
        int joint = 1;
        for (int32_t k = d->mentions[first_m].tok_begin; k < d->mentions[last_m].tok_end && joint; k++) {
            if (d->tok_mention[k] >= 0)
                continue;
            joint = 0;
        }
        for (int32_t k = d->mentions[first_m].tok_begin + 1; k < d->mentions[last_m].tok_end && joint; k++) {
            int32_t mi = d->tok_mention[k];
            if (mi >= 0 && d->mentions[mi].tok_begin == k && d->tokens[k].fold[0] != 0x0648)
                joint = 0;
        }
        if (joint) {
            struct span s = {d->mentions[first_m].span.start, d->mentions[last_m].span.end};
            return as_written(x, s, GENDER_PLURAL, CLASS_GROUP | CLASS_STATE | CLASS_PERSON, out, how);
        }
    }
    /* "سيئول تستدعي السفير الروسي وطوكيو تبدي «...»": a second clause, و and its own
     * subject right before the verb; the first clause is no part of the phrase */
    if (n_subjects >= 2 && q->cue_tok == e && d->mentions[last_m].tok_end == e) {
        const struct token *lt = &d->tokens[d->mentions[last_m].tok_begin];
        if (lt->fold[0] == 0x0648 && d->mentions[last_m].span.start > lt->span.start &&
            d->tok_mention[d->mentions[last_m].tok_begin - 1] < 0) {
            picked = d->mentions[last_m].entity;
            picked_mention = last_m;
        }
    }
    if (d->lang == LANG_EN && (picked < 0 || is_place_type(d->entities[picked].type)) &&
        e - b <= 6) {
        /* "North Korea's defence ministry", "Chinese foreign ministry": an office named
         * by description. An organisation named in the phrase is the speaker itself
         * ("the state news agency TASS"). */
        for (int32_t k = b; k < e; k++) {
            const struct token *t = &d->tokens[k];
            if ((tok_kinds(t) & LEX_ORG_WORD) && !(t->flags & TOKF_UPPER) && d->tok_mention[k] < 0) {
                int32_t s0 = b;
                while (s0 < k && (tok_kinds(&d->tokens[s0]) & LEX_STOP))
                    s0++;
                struct span sp = tok_span(d, s0, k + 1);
                return as_written(x, sp, GENDER_FEM, t->lex->role_classes, out, how);
            }
        }
    }
    /* "صاح أحد نواب الحزب الشيوعي:": one member of a group, whoever its organisation
     * or leader (أحد أعضاء البرلمان الأوروبي، أحد مستشاري بوتين: not the body, not him) */
    /* (any people in a sound plural too: "إحدى الطالبات"، "أحد متابعيه") */
    if (e - b >= 2 && d->tok_mention[b] < 0 && tok_one_of(&d->tokens[b]) &&
        ((tok_kinds(&d->tokens[b + 1]) & (LEX_GROUP | LEX_ROLE_NOUN | LEX_TITLE)) || plural_of_people(d, b + 1))) {
        struct span s = tok_span(d, b, phrase_end(x, b + 1, e));
        s.start = tok_u16_at_fold(d, &d->tokens[b], d->tokens[b].lex_prefix);
        x->unnamed_title = 1; /* (a headline's "أحد أعيان الأهقار:" is whom the body names) */
        return as_written(x, s, tok_one_of(&d->tokens[b]), CLASS_PERSON, out, how);
    }
    /* "وكتبت إحدى هذه الصفحات أن": one of those just named, by a demonstrative and a
     * definite noun, is one of them, unnamed: as written (not the one that spoke before) */
    if (e - b >= 3 && d->tok_mention[b] < 0 && tok_one_of(&d->tokens[b]) && demonstrative_gender(&d->tokens[b + 1]) &&
        tok_has_article(&d->tokens[b + 2])) {
        int people = (tok_kinds(&d->tokens[b + 2]) & (LEX_GROUP | LEX_ROLE_NOUN | LEX_TITLE)) || plural_of_people(d, b + 2);
        struct span s = tok_span(d, b, phrase_end(x, b + 2, e));
        s.start = tok_u16_at_fold(d, &d->tokens[b], d->tokens[b].lex_prefix);
        return as_written(x, s, tok_one_of(&d->tokens[b]), people ? CLASS_PERSON : CLASS_ORG, out, how);
    }
    /* "قال ثلاثة مسؤولين مطلعين لرويترز إن"، "أكد 3 خبراء أن": a number of people, unnamed */
    if (e - b >= 2 && d->tok_mention[b] < 0 && counted_people(d, b)) {
        struct span s = tok_span(d, b, phrase_end(x, b + 1, e));
        s.start = tok_u16_at_fold(d, &d->tokens[b], d->tokens[b].lex_prefix);
        return as_written(x, s, GENDER_PLURAL, CLASS_GROUP, out, how);
    }
    if (picked >= 0 && d->entities[picked].type != ENT_PERSON && (tok_kinds(&d->tokens[b]) & LEX_TITLE) &&
        d->tokens[b].lex && (d->tokens[b].lex->role_classes & CLASS_PERSON) &&
        d->mentions[picked_mention].tok_begin > b) {
        if (person_by_role(x, picked, out)) {
            out->span = tok_span(d, b, e);
            *how = RESOLVED_ROLE_NOUN;
            return 1;
        }
        /* name the role: the title and its complement, without time words after it */
        int32_t te = d->mentions[picked_mention].tok_end;
        /* (the complement may be a quoted name that holds the mention: مراسل «ليبيا الأحرار») */
        int32_t mb = d->mentions[picked_mention].tok_begin;
        if (mb > b && tok_is_quote_mark(&d->tokens[mb - 1]))
            for (int32_t c = te; c < e && c - te <= 3; c++)
                if (tok_is_quote_mark(&d->tokens[c])) {
                    te = c + 1;
                    break;
                }
        struct span sp = tok_span(d, b, te);
        return as_written(x, sp, d->tokens[b].lex->role_gender ? d->tokens[b].lex->role_gender : q->cue_gender, d->tokens[b].lex->role_classes, out, how);
    }
    /* "حكومة بورتسودان"، "لجنة خبراء الأمم المتحدة": a body's head before the state or
     * organisation it belongs to names that body, as written (not a medium's: صحيفة
     * إزفستيا is the paper) */
    /* (and after a document, in ل or in construct: "أحدث تقرير لفريق خبراء الأمم المتحدة
     * المعني باليمن", "تقرير فريق خبراء ..." is the panel's, named as written with what
     * places it) */
    int32_t body = b;
    for (int32_t k = b; k + 1 < e && k <= b + 1 && body == b; k++)
        if ((tok_kinds(&d->tokens[k]) & LEX_STATEMENT) &&
            (!d->tokens[k + 1].lex_prefix || (d->tokens[k + 1].lex_prefix == 1 && d->tokens[k + 1].fold[0] == 0x0644)) &&
            (tok_kinds(&d->tokens[k + 1]) & LEX_ORG_HEAD))
            body = k + 1;
    const struct token *bt = &d->tokens[body];
    if (picked >= 0 && d->entities[picked].type != ENT_PERSON && d->tok_mention[body] < 0 &&
        (tok_kinds(bt) & LEX_ORG_HEAD) && !tok_has_article(bt) && bt->lex && !(bt->lex->role_classes & CLASS_MEDIA) &&
        d->mentions[picked_mention].tok_begin > body && d->mentions[picked_mention].tok_begin <= body + 2) {
        int32_t te = d->mentions[picked_mention].tok_end, pe = body > b ? phrase_end(x, body, e) : te;
        if (pe > te)
            te = pe;
        struct span sp = tok_span(d, body, te);
        sp.start = tok_u16_at_fold(d, bt, bt->lex_prefix);
        return as_written(x, sp, bt->lex->role_gender ? bt->lex->role_gender : q->cue_gender,
                          bt->lex->role_classes | CLASS_ORG, out, how);
    }
    /* "وبحسب بيانات السوق المالية السعودية"، "ووفق إحصاءات المنطقة الحرة مصراتة": after a
     * source marker, a place that closes a body's name (a word of the name before it, no
     * preposition between) says whose body it is; the body speaks, as written after the
     * document it put out */
    if (source && picked >= 0 && n_subjects == 1 && is_place_type(d->entities[picked].type)) {
        const struct mention *m = &d->mentions[picked_mention];
        int32_t from = b + (b + 1 < m->tok_begin && (tok_kinds(&d->tokens[b]) & LEX_STATEMENT) &&
                            !tok_has_article(&d->tokens[b]));
        if (m->tok_begin > from && !tok_has_prep_clitic(&d->tokens[m->tok_begin]) &&
            place_closes_body_name(d, m->tok_begin)) {
            int32_t to = e;
            if (to - from > 2 && tok_is_quote_mark(&d->tokens[from]) && tok_is_quote_mark(&d->tokens[to - 1]))
                from++, to--; /* (the body's name in marks: «صوت بيروت إنترناشونال») */
            struct span sp = tok_span(d, from, to);
            sp.start = tok_u16_at_fold(d, &d->tokens[from], d->tokens[from].lex_prefix);
            return as_written(x, sp, q->cue_gender, CLASS_ORG, out, how);
        }
    }
    /* "وهاجمت كيم": a family name alone, read as the man of that family, after a verb of
     * a woman's form is the woman of the family the text names (كيم يو جونغ, not her
     * brother) */
    if (picked >= 0 && d->entities[picked].type == ENT_PERSON && opposite_genders(q->cue_gender, d->entities[picked].gender) &&
        d->mentions[picked_mention].tok_end - d->mentions[picked_mention].tok_begin == 1) {
        int32_t other = family_member_of_gender(d, picked, d->mentions[picked_mention].tok_begin, q->cue_gender);
        if (other >= 0)
            picked = other;
    }
    if (picked >= 0 && d->entities[picked].type == ENT_PERSON &&
        d->mentions[picked_mention].tok_end - d->mentions[picked_mention].tok_begin == 1) {
        int32_t other = family_member_who_spoke(x, picked, d->mentions[picked_mention].tok_begin, q->cue_gender);
        if (other >= 0)
            picked = other;
    }
    if (picked >= 0) {
        *out = who_entity(x, picked, picked_mention);
        const struct mention *m = &d->mentions[picked_mention];
        *how = (m->tok_end - m->tok_begin == 1 && strchr(d->entities[picked].name, ' ') &&
                d->entities[picked].type == ENT_PERSON)
                   ? RESOLVED_SURNAME
                   : RESOLVED_EXPLICIT;
        return 1;
    }
    for (int32_t k = b; k < e; k++) {
        const struct token *t = &d->tokens[k];
        uint32_t kinds = tok_kinds(t);
        const struct lex_entry *ge = NULL;
        if (!(kinds & LEX_GROUP) && tok_phrase_at(d, lx, k, e, LEX_GROUP, 0, &ge, NULL) > 1)
            kinds |= LEX_GROUP;
        /* a group noun speaks from the head of the phrase; later in it (دبلوماسي من إحدى
         * دول البلطيق) it only places the speaker */
        if (k == b && !(kinds & LEX_GROUP) && unnamed_plural_of_people(x, t))
            kinds |= LEX_GROUP;
        /* (and a bare word no list holds before من and a group: "عدد من المربين"، "مجموعة من
         * التجار", a part of the group) */
        if (k == b && !(kinds & ~(uint32_t)(LEX_TOPIC | LEX_PHRASE_START)) && k + 2 < e && t->kind == TOK_WORD && !tok_has_article(t) &&
            d->tok_mention[k] < 0 && tok_is_min(&d->tokens[k + 1]) &&
            ((tok_kinds(&d->tokens[k + 2]) & LEX_GROUP) || plural_of_people(d, k + 2)))
            kinds |= LEX_GROUP;
        /* (and بعض before a group: "ويذهب بعض المحللين الأردنيين إلى أن", some of them) */
        if (k == b && k + 1 < e && (kinds & LEX_STOP) && some_of_group(d, k))
            kinds |= LEX_GROUP;
        /* "وقالت عائلته"، "وقال أقاربه"، "وقال شقيقه": people with the pronoun of whose
         * they are, a group or a person's title, speak as written */
        const struct lex_entry *owned = k == b && d->tok_mention[k] < 0 ? tok_owned_people(d, lx, t) : NULL;
        if (owned && (owned->kinds & LEX_GROUP)) {
            kinds |= LEX_GROUP;
            ge = owned;
        } else if (owned && e == b + 1) {
            return as_written(x, t->span, q->cue_gender, CLASS_PERSON, out, how);
        }
        if ((kinds & LEX_GROUP) && k == b) {
            /* the group noun and the adjectives after it: مراقبين روس، مصادر دبلوماسية */
            int32_t g = phrase_end(x, k, e);
            /* (a headline's head is the group as the line names it: "تجار وسط البلد:") */
            if (q->cue_kind == CUE_HEADLINE)
                while (g < e && !tok_is_lone_lam(&d->tokens[g]))
                    g++; /* (up to the outlet told: "مصادر دبلوماسية لـ القبس:") */
            /* مسؤولون أميركيون ووزير الدفاع الأوكراني: a group joined to others by و */
            if (g < e && e - k <= 8 && d->tokens[g].kind == TOK_WORD && d->tokens[g].fold[0] == 0x0648 &&
                d->tokens[g].lex_prefix == 1)
                g = e;
            struct span s = tok_span(d, k, g);
            s.start = tok_u16_at_fold(d, t, t->lex_prefix);
            /* (the group noun's own number: مصدر دبلوماسي is one source, not the later
             * "المصادر") */
            const struct lex_entry *gl = t->lex && (t->lex->kinds & LEX_GROUP) ? t->lex : ge;
            /* (people with their owner's pronoun take the verb's gender: "ويقول طلابها" are not
             * the "هي" who speaks next) */
            uint8_t g_of = owned && q->cue_gender != GENDER_UNKNOWN ? q->cue_gender
                           : gl && gl->role_gender                   ? gl->role_gender
                                                                     : GENDER_PLURAL;
            return as_written(x, s, g_of, CLASS_GROUP, out, how);
        }
    }
    /* "وأضافت الجريدة الإسبانية": a paper's role noun and a nationality name the last
     * paper the text gave no other nationality, unless that one never spoke and an earlier
     * one was given this very nationality ("الوكالة الكورية" is وكالة الأنباء المركزية
     * الكورية, not a site named since as where someone published) */
    const struct token *rn = &d->tokens[b];
    if (e == b + 2 && d->tok_mention[b] < 0 && (tok_kinds(rn) & LEX_ROLE_NOUN) && (rn->lex->role_classes & CLASS_MEDIA) &&
        !(rn->lex->role_classes & CLASS_PERSON) && tok_is_demonym(lx, &d->tokens[b + 1])) {
        struct class_nationality c = {rn->lex->role_classes, &d->tokens[b + 1], lx, 0};
        struct who given;
        int found = latest_mention(x, rn->span.start, of_class_and_nationality, &c, out);
        c.exact = 1;
        if (found && !has_spoken(x, out->entity) && latest_mention(x, rn->span.start, of_class_and_nationality, &c, &given))
            *out = given;
        if (found) {
            out->span = tok_span(d, b, e);
            *how = RESOLVED_ROLE_NOUN;
            return 1;
        }
    }
    /* "وقال رجل أعمال إن"، "مربي ماشية في القرية": a title of two words whose first is no
     * title alone names someone new, as written, like a one-word title below */
    const struct lex_entry *title2 = NULL;
    if (!(tok_kinds(rn) & LEX_TITLE) && !tok_has_article(rn) && tok_phrase_at(d, lx, b, e, LEX_TITLE, 0, &title2, NULL) > 1 &&
        title2 && (title2->kinds & LEX_TITLE) && !(title2->kinds & LEX_ROLE_NOUN) && (title2->role_classes & CLASS_PERSON)) {
        int32_t g = phrase_end(x, b + 1, e);
        x->unnamed_title = 1;
        struct span sp = tok_span(d, b, g);
        sp.start = tok_u16_at_fold(d, rn, rn->lex_prefix);
        return as_written(x, sp, title2->role_gender ? title2->role_gender : q->cue_gender, title2->role_classes, out,
                          how);
    }
    for (int32_t k = b; k < e; k++) {
        const struct token *t = &d->tokens[k];
        uint32_t kinds = tok_kinds(t);
        if (k == b && (kinds & LEX_TITLE) && !(kinds & LEX_ROLE_NOUN) && !tok_has_article(t) &&
            (t->lex->role_classes & CLASS_PERSON)) {
            int32_t g = phrase_end(x, k, e);
            /* "وبينت مدير عام الخدمات الصحية أن": the very role a person was given before */
            int32_t holder = person_with_role_words(x, k, g, t->span.start);
            if (holder >= 0) {
                *out = who_entity(x, holder, -1);
                out->span = tok_span(d, k, g);
                *how = RESOLVED_ROLE_NOUN;
                return 1;
            }
            /* دبلوماسي أوروبي، ضابط في البحرية الكورية: someone new, unnamed — name them
             * as written */
            x->unnamed_title = 1;
            struct span sp = tok_span(d, k, g);
            sp.start = tok_u16_at_fold(d, t, t->lex_prefix); /* لدبلوماسي -> دبلوماسي */
            return as_written(x, sp, t->lex->role_gender ? t->lex->role_gender : q->cue_gender, t->lex->role_classes,
                              out, how);
        }
        if ((kinds & LEX_ROLE_NOUN) && !(t->lex->role_classes & CLASS_PERSON) && k + 1 < e &&
            tok_has_article(&d->tokens[k + 1]) && !(tok_kinds(&d->tokens[k + 1]) & (LEX_STOP | LEX_VERB))) {
            /* الجيش الأميركي، اللجنة المنظمة: an organisation described, not one named before
             * (with its place on ب: "الغرفة التجارية بولاية شمال كردفان") */
            int32_t g = phrase_end(x, k, e);
            if (d->tok_mention[k] < 0)
                g = place_after_ba(d, g);
            struct span sp = tok_span(d, k, g);
            sp.start = tok_u16_at_fold(d, t, t->lex_prefix);
            return as_written(x, sp, t->lex->role_gender, t->lex->role_classes, out, how);
        }
        if ((kinds & LEX_ROLE_NOUN) && (t->lex->role_classes & CLASS_PERSON) && role_has_complement(d, x->lx, k, e)) {
            /* المتحدث باسم وزارة الخارجية الصينية: a role tied to an organisation names
             * whoever holds it — a known person with that role, else the role itself */
            int32_t g2 = phrase_end(x, k, e);
            for (int32_t j = k + 1; j < g2; j++) {
                int32_t mi = d->tok_mention[j];
                if (mi >= 0 && d->entities[d->mentions[mi].entity].type != ENT_PERSON &&
                    person_by_role(x, d->mentions[mi].entity, out)) {
                    out->span = tok_span(d, k, g2);
                    *how = RESOLVED_ROLE_NOUN;
                    return 1;
                }
            }
            struct span sp = tok_span(d, k, g2);
            sp.start = tok_u16_at_fold(d, t, t->lex_prefix);
            return as_written(x, sp, t->lex->role_gender ? t->lex->role_gender : q->cue_gender, t->lex->role_classes, out, how);
        }
        if ((kinds & LEX_ROLE_NOUN) || ((kinds & (LEX_TITLE | LEX_ORG_HEAD)) && k == b)) {
            uint16_t classes = t->lex->role_classes;
            /* (a document's gender is its noun's, not its issuer's: "وأضاف البيان" after
             * the union spoke) */
            uint8_t g = (kinds & LEX_STATEMENT) ? GENDER_UNKNOWN
                        : t->lex->role_gender ? t->lex->role_gender
                                              : q->cue_gender;
            /* "وأضافت شقيقة الزعيم": a role noun after the head, of the other gender than
             * the verb, is the head's complement; the verb says who speaks */
            if (k > b && q->cue_gender != GENDER_UNKNOWN && g != q->cue_gender && q->cue_kind == CUE_VERB)
                g = q->cue_gender;
            struct who same;
            /* (the head's: whose role holds both words; else one who spoke before and whose
             * role says the nationality: المدرب البرتغالي is "المدير الفني، البرتغالي X", but
             * السفير الروسي in a deck is not the Russian president named earlier; below the
             * headline block, only one named before the phrase) */
            int32_t named_before = (d->sentences[q->sentence].flags & SENT_NO_FINAL_PUNCT) ||
                                           q->sentence < HEADLINE_SENTENCES
                                       ? -1
                                       : d->tokens[b].span.start;
            if (k + 1 < e && tok_is_demonym(lx, &d->tokens[k + 1]) &&
                (k > b ? person_with_role_word(x, &d->tokens[k + 1], NULL, named_before, &same)
                       : person_with_role_word(x, &d->tokens[k + 1], t, named_before, &same) ||
                             latest_speaker_with_role_word(x, &d->tokens[k + 1], &same)) &&
                ((same.classes & classes & ~(uint16_t)CLASS_PERSON) || classes == CLASS_PERSON)) {
                /* المندوبة الأمريكية: the delegate whose role says American (and is a
                 * delegate's: الخبير الروسي is not the Russian minister) */
                *out = same;
                out->span = tok_span(d, k, k + 2);
                *how = RESOLVED_ROLE_NOUN;
                return 1;
            }
            if (!(classes & CLASS_PERSON) && org_with_head_word(x, t, d->tokens[b].span.start, out)) {
                out->span = tok_span(d, b, e);
                *how = RESOLVED_ROLE_NOUN;
                return 1;
            }
            if (speaker_with_role_word(x, t, g, out) ||
                (k == b && mentioned_with_role_word(x, t, g, d->tokens[b].span.start, out))) {
                /* "ويرى اللواء السعودي": the speaker whose written role holds that very
                 * word (اللواء الركن المتقاعد X), before any of the same class */
                out->span = tok_span(d, b, e);
                *how = RESOLVED_ROLE_NOUN;
                return 1;
            }
            /* (not the head of a body's name in construct, "أجهزة المخابرات في كوريا الجنوبية":
             * it names bodies of its own, not the last one of the class) */
            int named_body = k == b && e - b >= 2 && (kinds & LEX_ORG_HEAD) && !(kinds & LEX_ROLE_NOUN) &&
                             !tok_has_article(t) && tok_has_article(&d->tokens[b + 1]);
            /* (nor one whose role says another nationality: "وقال السفير الروسي لدى المملكة"
             * after "وزير الخارجية البحريني X" is a new man) */
            /* (nor one described anew, a nationality and a seat that no earlier role
             * holds: "السفير الروسي لدى أسمرا") */
            int described_anew = k + 2 < e && tok_is_demonym(lx, &d->tokens[k + 1]) && tok_marker(d, k + 2, MARK_SEAT);
            if (!named_body && !described_anew && by_role(x, k == b ? t : NULL, t, classes, g, d->tokens[b].span.start, out) &&
                !(k + 1 < e && tok_is_demonym(lx, &d->tokens[k + 1]) &&
                  role_of_another_nationality(x, out->entity, &d->tokens[k + 1]))) {
                out->span = tok_span(d, b, e);
                *how = RESOLVED_ROLE_NOUN;
                return 1;
            }
            /* a title with its complement, or an institution (الشرطة، المحكمة), and no
             * earlier speaker it can be: name it as written (a longer phrase carries a
             * clause of its own, "قيادي سابق في الجماعة انشق عنها ... ويقيم في مأرب،":
             * its head phrase is the speaker) */
            struct span s = tok_span(d, b, e - b <= 8 ? e : phrase_end(x, b, e));
            s.start = tok_u16_at_fold(d, &d->tokens[b], d->tokens[b].lex_prefix);
            return as_written(x, s, g, classes, out, how);
        }
        if (k == b && t->fold_len >= 2 && t->fold_len <= 3 && t->fold[0] == 0x0644 && t->fold[1] == 0x0647) {
            /* وفقا له، بحسب لها */
            uint8_t g = t->fold_len == 2 ? GENDER_MASC : t->fold[2] == 0x0627 ? GENDER_FEM : GENDER_PLURAL;
            if (focus(x, g, out)) {
                out->span = t->span;
                *how = RESOLVED_PRONOUN;
                return 1;
            }
            return 0;
        }
        if (kinds & LEX_PRONOUN) {
            if ((t->flags & TOKF_LATIN) && t->lex->role_gender != GENDER_PLURAL && t->lex->role_gender &&
                person_focus(x, t->lex->role_gender, out)) {
                out->span = t->span; /* "he", "she": a person */
                *how = RESOLVED_PRONOUN;
                return 1;
            }
            if (focus_at(x, t->lex->role_gender, t->span.start, out)) {
                out->span = t->span;
                *how = RESOLVED_PRONOUN;
                return 1;
            }
            return 0;
        }
    }
    /* الاستخبارات العسكرية الأوكرانية: definite words and an adjective of nationality
     * describe an institution — name it as written */
    if (e - b >= 2 && e - b <= 5) {
        int all_definite = 1, demonym = 0;
        for (int32_t k = b; k < e && all_definite; k++) {
            all_definite = tok_has_article(&d->tokens[k]) && !(tok_kinds(&d->tokens[k]) & LEX_STOP);
            demonym |= tok_is_demonym(lx, &d->tokens[k]);
        }
        if (all_definite && demonym) {
            struct span sp = tok_span(d, b, e);
            return as_written(x, sp, q->cue_gender, CLASS_ORG, out, how);
        }
    }
    /* after عن in a relay (نقلت X عن الإدارة الوطنية ... قولها) or a source marker, the
     * phrase is a speaker by position: name it as written */
    /* (people of a trade too: "بحسب صيادين في مرسى فايد") */
    if ((q->cue_kind == CUE_SOURCE || is_relay_cue(d, q)) && e - b >= 1 && e - b <= 8 &&
        (has_article_word(d, b, e) ||
         (q->cue_kind == CUE_SOURCE && (after_ma_verb(d, b) || tok_people_plural(lx, &d->tokens[b]))))) {
        struct span sp = tok_span(d, b, e);
        sp.start = tok_u16_at_fold(d, &d->tokens[b], d->tokens[b].lex_prefix);
        return as_written(x, sp, q->cue_gender, CLASS_ORG, out, how);
    }
    /* "نقل التقرير عن عامل سابق في الميناء قوله": whoever the relay names after عن, a
     * noun no list holds too (the verb agrees with the relayer, not with them) */
    if (is_relay_cue(d, q) && e - b >= 1 && e - b <= 6 && d->tokens[b].kind == TOK_WORD &&
        !(tok_kinds(&d->tokens[b]) & (LEX_STOP | LEX_VERB | LEX_PRONOUN | LEX_COMPLEMENTIZER))) {
        struct span sp = tok_span(d, b, e);
        sp.start = tok_u16_at_fold(d, &d->tokens[b], d->tokens[b].lex_prefix);
        return as_written(x, sp, GENDER_UNKNOWN, CLASS_PERSON, out, how);
    }
    /* "وقال الرفاعي إن"، "وأضاف العتوم في مستهل الاجتماع": a definite word right after
     * the verb, then nothing or a preposition, that is a relative adjective in ي (not a
     * nationality) or a word no dictionary knows, is a family name */
    if (q->cue_kind == CUE_VERB && b == q->cue_tok + 1 && d->tok_mention[b] < 0 &&
        (e == b + 1 || ((tok_kinds(&d->tokens[b + 1]) & LEX_STOP) && !tok_has_article(&d->tokens[b + 1])))) {
        const struct token *t = &d->tokens[b];
        int32_t n = t->fold_len;
        if (t->kind == TOK_WORD && tok_has_article(t) && !tok_kinds(t) && !(t->var_kinds & LEX_MARKER) &&
            !tok_is_demonym(lx, t) &&
            (!(t->flags & TOKF_COMMON) || t->fold[n - 1] == 0x064A)) {
            struct span sp = t->span;
            sp.start = tok_u16_at_fold(d, t, t->lex_prefix);
            return as_written(x, sp, q->cue_gender, CLASS_PERSON, out, how);
        }
    }
    /* (not the words of a title that no list holds alone: "مربي مواش لإذاعة عبري:" is a
     * breeder, whom the body names) */
    const struct lex_entry *title_words;
    if (e - b >= 2 && tok_phrase_at(d, lx, b, e, LEX_TITLE, 0, &title_words, NULL) == e - b)
        return 0;
    /* an unknown name (Latin script, or a word no list knows): the last run of
     * name-like words in the phrase */
    int32_t ne = e, nb;
    while (ne > b && !tok_is_name_like(lx, &d->tokens[ne - 1]))
        ne--;
    nb = ne;
    while (nb > b && ne - nb < 4 && tok_is_name_like(lx, &d->tokens[nb - 1]))
        nb--;
    if (nb < ne) {
        /* (or مالك and what it owns: "مالك الناقلة") */
        if (ne == nb + 1 && tok_owner_of_next(d, lx, nb, e))
            ne++;
        struct span s = tok_span(d, nb, ne);
        return as_written(x, s, q->cue_gender, CLASS_PERSON, out, how);
    }
    return 0;
}

/* The subject of the sentence a sentence-final source follows: the first entity, role
 * noun or organisation head in its first words, not behind a preposition. */
static int clause_subject(struct actx *x, const struct quote *q, struct who *out)
{
    const struct doc *d = x->d;
    const struct sentence *s = &d->sentences[q->sentence];
    for (int32_t k = s->tok_begin; k < q->cue_tok && k - s->tok_begin < 6; k++) {
        const struct token *t = &d->tokens[k];
        uint32_t kinds = tok_kinds(t);
        if (t->kind != TOK_WORD || t->lex_prefix > 1 || (kinds & LEX_STOP))
            continue;
        if (d->tok_mention[k] >= 0) {
            const struct mention *m = &d->mentions[d->tok_mention[k]];
            if (mention_is_object(d, m, s->tok_begin, 0))
                return 0;
            *out = who_entity(x, m->entity, d->tok_mention[k]);
            return 1;
        }
        if (tok_has_article(t) && (kinds & (LEX_ROLE_NOUN | LEX_ORG_HEAD | LEX_STATEMENT))) {
            /* "وأعرب المندوب الكوري الجنوبي هوانغ جون كوك عن ...، لكنه قال": the role's
             * holder, named after it */
            /* (also set off by a comma, after an honorific: "القيادي بالحزب الاتحادي
             * الديمقراطي الأصل، مولانا حسن إدريس، على ...، لكنه قطع بأن") */
            for (int32_t e = k + 1; e < q->cue_tok && e - k <= 9 && (d->tokens[e].kind == TOK_WORD || tok_is_comma(&d->tokens[e]));
                 e++) {
                int32_t mi = d->tok_mention[e];
                if (mi >= 0 && d->mentions[mi].tok_begin == e && d->entities[d->mentions[mi].entity].type == ENT_PERSON &&
                    (kinds & LEX_ROLE_NOUN) && !(tok_kinds(&d->tokens[e - 1]) & LEX_STOP)) {
                    *out = who_entity(x, d->mentions[mi].entity, mi);
                    return 1;
                }
                /* (past the body the role belongs to: "الباحث في المعهد الكوري للتوحيد
                 * الوطني بارك جي-وون") */
                if (mi >= 0 && d->mentions[mi].tok_begin == e && d->entities[d->mentions[mi].entity].type != ENT_PERSON &&
                    object_of_preposition(d, &d->mentions[mi])) {
                    e = d->mentions[mi].tok_end - 1;
                    continue;
                }
                if (mi >= 0)
                    break;
            }
            /* (the head of a body's part, its adjectives and the body in ل: "وحمّل المكتب
             * المحلي للاتحاد المغربي للشغل بجرادة الدولة ...، مطالبا" — the whole phrase) */
            int32_t e = k + 1;
            while (e < q->cue_tok && d->tok_mention[e] < 0 && d->tokens[e].fold[0] == 0x0627 &&
                   tok_has_article(&d->tokens[e]) && tok_nisba_ending(&d->tokens[e]))
                e++;
            int32_t mi = e < q->cue_tok && e > k + 1 ? d->tok_mention[e] : -1;
            if (mi >= 0 && d->mentions[mi].tok_begin == e && d->entities[d->mentions[mi].entity].type == ENT_ORG &&
                d->tokens[e].fold[0] == 0x0644 && (tok_has_prep_clitic(&d->tokens[e]) || d->tokens[e].fold[1] == 0x0644)) {
                e = d->mentions[mi].tok_end;
                int32_t seat = e < q->cue_tok ? d->tok_mention[e] : -1;
                if (seat >= 0 && d->mentions[seat].tok_begin == e && d->tokens[e].fold[0] == 0x0628 &&
                    d->entities[d->mentions[seat].entity].type == ENT_GPE)
                    e = d->mentions[seat].tok_end;
            } else {
                e = k + 1;
            }
            uint8_t how;
            return read_phrase(x, q, k, e, out, &how);
        }
        /* "وأكد دبلوماسي غربي مطلع ...، صحة الوثيقة، لكنه أوضح أن": an unnamed title or
         * group right after the clause's verb, up to the comma */
        /* (a group of two words too: "احتفت وسائل إعلام جزائرية بالمعاهدة، وزعمت أن") */
        const struct lex_entry *ge;
        if (!(kinds & LEX_GROUP) && k > s->tok_begin && !tok_has_article(t) &&
            tok_phrase_at(d, x->lx, k, q->cue_tok, LEX_GROUP, 0, &ge, NULL) > 1)
            kinds |= LEX_GROUP;
        if (k > s->tok_begin && !tok_has_article(t) && (kinds & (LEX_TITLE | LEX_GROUP)) &&
            ((kinds & LEX_GROUP) || (t->lex->role_classes & CLASS_PERSON))) {
            int32_t e = k + 1, definite = 0;
            while (e < q->cue_tok && e - k < 8) {
                const struct token *w = &d->tokens[e];
                /* (a short name in marks after a preposition ends it: "أوساط قريبة من
                 * «حزب الله»") */
                if (tok_is_quote_mark(w) && (tok_kinds(&d->tokens[e - 1]) & LEX_STOP)) {
                    int32_t c = e + 1;
                    while (c < q->cue_tok && c - e <= 4 && d->tokens[c].kind == TOK_WORD)
                        c++;
                    if (c > e + 1 && c < q->cue_tok && tok_is_quote_mark(&d->tokens[c]))
                        e = c + 1;
                    break;
                }
                if (w->kind != TOK_WORD)
                    break;
                /* "ونعى وزير الثقافة الكاتبَ الراحل في بيان": after the title's definite
                 * complement, a definite noun that is no adjective (nisba, demonym) is
                 * the verb's object; a statement noun is where it was said */
                if (opens_channel(d, e, q->cue_tok))
                    break;
                /* (nor a preposition on a definite noun: "احتفت وسائل إعلام جزائرية |
                 * بالمعاهدة") */
                if (tok_has_prep_clitic(w) && tok_has_article(w) && d->tok_mention[e] < 0)
                    break;
                if (tok_has_article(w) && d->tok_mention[e] < 0) {
                    if (definite && w->fold[w->fold_len - 1] != 0x064A && !tok_is_demonym(x->lx, w) &&
                        !(w->fold_len > 4 && w->fold[w->fold_len - 2] == 0x064A && w->fold[w->fold_len - 1] == 0x0647))
                        break;
                    definite = 1;
                }
                e++;
            }
            uint8_t how;
            return read_phrase(x, q, k, e, out, &how);
        }
    }
    return 0;
}

/* "وتخصص الدراسة فصلا ...، إذ تذكّر بأن": a definite statement noun as the subject of the
 * clause that opens the sentence (after its verb), of a feminine elided verb later in
 * it that no quotation before in the sentence claims: the document's producer speaks. */
static int statement_subject(struct actx *x, const struct quote *q, struct who *out)
{
    const struct doc *d = x->d;
    const struct sentence *s = &d->sentences[q->sentence];
    if (q->cue_gender != GENDER_FEM)
        return 0;
    /* (quotations are in text order: the ones before it in its sentence are just before) */
    for (int32_t i = (int32_t)(q - d->quotes) - 1; i >= 0 && d->quotes[i].sentence == q->sentence; i--)
        if (d->quotes[i].cue_tok < q->cue_tok)
            return 0;
    for (int32_t k = s->tok_begin + 1; k < q->cue_tok && k - s->tok_begin < 4; k++) {
        const struct token *t = &d->tokens[k];
        if (d->tok_mention[k] >= 0)
            return 0;
        if (tok_has_article(t) && (tok_kinds(t) & LEX_STATEMENT)) {
            int32_t ent = document_author(x, k, 1);
            if (ent < 0)
                return 0;
            *out = who_entity(x, ent, -1);
            return 1;
        }
    }
    return 0;
}

/* "من صحيفة فايننشال تايمز، التي نشرت تقريرا ...، قالت فيه إن": a verb followed by فيه or
 * فيها ("in it") continues the relative clause of the document's producer: the entity
 * before "، التي/الذي" earlier in the sentence speaks, whatever preposition it is behind. */
static int relative_author(struct actx *x, const struct quote *q, struct who *out)
{
    const struct doc *d = x->d;
    int32_t v = q->cue_tok;
    if (!tok_in_it(d, v + 1))
        return 0;
    int32_t sb = d->sentences[q->sentence].tok_begin;
    for (int32_t k = v - 1; k > sb + 1 && v - k < 40; k--) {
        if (!tok_is_relative_pronoun(&d->tokens[k]))
            continue;
        if (!tok_is_comma(&d->tokens[k - 1]) || d->tok_mention[k - 2] < 0)
            return 0;
        int32_t ent = d->mentions[d->tok_mention[k - 2]].entity;
        if (d->entities[ent].type != ENT_ORG && d->entities[ent].type != ENT_PERSON)
            return 0;
        /* "الغارديان، التي نشرت مقالا للباحث ...، جيمس كولينز، يرى فيه": the writer
         * named inside the clause speaks, not the paper */
        int quoted = 0; /* (not inside a quoted title: بعنوان "جنود كيم ...") */
        for (int32_t j = k + 1; j < v; j++) {
            if (tok_is_quote_mark(&d->tokens[j]))
                quoted = !quoted;
            int32_t mi = d->tok_mention[j];
            if (!quoted && mi >= 0 && d->entities[d->mentions[mi].entity].type == ENT_PERSON)
                ent = d->mentions[mi].entity;
        }
        *out = who_entity(x, ent, -1);
        return 1;
    }
    /* no relative clause: the person the sentence names (حوارا مع X، قال فيه), else its
     * subject as written ("ونعى وزير الثقافة الراحل في بيان ...، قال فيه:") */
    return sentence_subject(x, q->cue_gender, q->cue.start, out) || clause_subject(x, q, out);
}

/* "وفي تعليق نشرته الوكالة الكورية يوم الجمعة، اعتبرت أن": a sentence that opens on في
 * and something someone published or issued (a noun, then a verb carrying it as its
 * pronoun, then its subject), then a verb with no subject of its own after a comma: the
 * publisher speaks, when the verb agrees with it. */
static int opening_statement_publisher(struct actx *x, const struct quote *q, struct who *out)
{
    const struct doc *d = x->d;
    int32_t sb = d->sentences[q->sentence].tok_begin, v = q->cue_tok;
    if (q->cue_kind != CUE_VERB || q->np_end > q->np_begin || q->subject_pronoun || v - sb < 5 ||
        !tok_is_comma(&d->tokens[v - 1]) || !(tok_marker(d, sb, MARK_SEAT) || tok_marker_after(d, sb, 1, MARK_SEAT)) ||
        d->tokens[sb + 1].kind != TOK_WORD || tok_has_article(&d->tokens[sb + 1]) || d->tok_mention[sb + 1] >= 0)
        return 0;
    /* (an adjective may come between: "وفي بيان منفصل نشرته") */
    for (int32_t j = sb + 2; j <= sb + 3 && j + 1 < v; j++) {
        const struct token *t = &d->tokens[j];
        if (t->kind != TOK_WORD || d->tok_mention[j] >= 0)
            return 0;
        if (!tok_object_pronoun_len(t))
            continue;
        int32_t mi = d->tok_mention[j + 1];
        if (mi >= 0 && d->mentions[mi].tok_begin == j + 1) {
            int32_t ent = d->mentions[mi].entity;
            if ((d->entities[ent].type != ENT_ORG && d->entities[ent].type != ENT_PERSON) ||
                opposite_genders(q->cue_gender, d->entities[ent].gender))
                return 0;
            *out = who_entity(x, ent, -1);
            return 1;
        }
        /* (or by its role noun, referring back: "نشرته الوكالة الكورية") */
        int32_t e = j + 2;
        if (!(tok_kinds(&d->tokens[j + 1]) & LEX_ROLE_NOUN))
            return 0;
        while (e < v && tok_has_article(&d->tokens[e]) && tok_nisba_ending(&d->tokens[e]))
            e++;
        uint8_t how;
        return read_phrase(x, q, j + 1, e, out, &how) && !opposite_genders(q->cue_gender, out->gender);
    }
    return 0;
}

/* قاله، قالته، ذكره: a past verb of saying with an object pronoun ("what he said"). */
static int said_with_pronoun(const struct actx *x, const struct token *t)
{
    const struct lex_entry *e = tok_verb_before_pronoun(x->d, x->lx, t);
    return e && e->verb_aspect == ASPECT_PAST;
}

/* "مستشهدا بقول الرئيس X في بيونغ يانغ إن"، "مذكرا بتأكيد الرئيس X أن": a participle
 * citing someone's saying (a masdar of saying or a statement in ب, in construct with a
 * title or a name, or بما قاله X) quotes that someone. */
static int cited_saying(struct actx *x, const struct quote *q, struct who *out)
{
    const struct doc *d = x->d;
    int32_t k = q->cue_tok + 1;
    if (q->cue_kind != CUE_PARTICIPLE || k + 1 >= d->n_tokens)
        return 0;
    /* (a masdar of saying or a statement in ب: "مذكرا بتأكيد الرئيس X أن"; بقول is listed
     * whole, its ب no clitic) */
    const struct token *m = &d->tokens[k];
    uint32_t kinds = tok_kinds(m);
    /* "مستشهدا بما قاله له ملحق عسكري سابق من أن": what someone said to the citer */
    static const UChar bima[] = {0x0628, 0x0645, 0x0627};
    if (m->fold_len == 3 && !memcmp(m->fold, bima, sizeof bima) && k + 2 < d->n_tokens &&
        said_with_pronoun(x, &d->tokens[k + 1])) {
        int32_t b = k + 2, e;
        if (tok_carries_pronoun(d, &d->tokens[b]) && (tok_kinds(&d->tokens[b]) & LEX_STOP))
            b++; /* (له، لها: to the citer) */
        for (e = b; e < d->n_tokens && e - b < 8 && d->tokens[e].kind == TOK_WORD &&
                    !(tok_kinds(&d->tokens[e]) & (LEX_COMPLEMENTIZER | LEX_VERB));
             e++) {
            if (!(tok_kinds(&d->tokens[e]) & LEX_STOP))
                continue;
            /* (and where they served: "ملحق عسكري سابق في موسكو") */
            int32_t mi = e + 1 < d->n_tokens ? d->tok_mention[e + 1] : -1;
            if (!tok_marker(d, e, MARK_SEAT) || mi < 0 || d->entities[d->mentions[mi].entity].type != ENT_GPE)
                break;
            e = d->mentions[mi].tok_end - 1;
        }
        uint8_t how;
        return e > b && read_phrase(x, q, b, e, out, &how);
    }
    int masdar = (kinds & LEX_VERB) && m->lex->verb_aspect == ASPECT_MASDAR && m->lex_prefix <= 1;
    int statement = (kinds & LEX_STATEMENT) && m->lex_prefix == 1;
    if (m->kind != TOK_WORD || m->fold[0] != 0x0628 || tok_has_article(m) || !(masdar || statement))
        return 0;
    for (int32_t j = k + 1; j < d->n_tokens && j - k <= 4; j++) {
        int32_t mi = d->tok_mention[j];
        if (mi >= 0) {
            if (d->entities[d->mentions[mi].entity].type != ENT_PERSON && d->entities[d->mentions[mi].entity].type != ENT_ORG)
                return 0;
            *out = who_entity(x, d->mentions[mi].entity, mi);
            return 1;
        }
        if (!(tok_kinds(&d->tokens[j]) & LEX_TITLE) && !tok_has_article(&d->tokens[j]))
            return 0;
    }
    return 0;
}

/* صوتية، رسمي، إلكترونية: an adjective of relation after a noun (its article not asked:
 * إلكترونية folds like a definite word). */
static int nisba_adjective(const struct doc *d, int32_t k)
{
    const struct token *t = &d->tokens[k];
    return t->kind == TOK_WORD && d->tok_mention[k] < 0 && t->fold_len >= 4 && tok_nisba_ending(t);
}

/* "وفي بيان نشرته على صفحتها، أكدت محافظة كركوك أن ... وجاء في البيان أن": the document
 * named without its article before an earlier cue, in that cue's sentence, is the words of
 * that cue's speaker, even one no entity holds. */
static int statement_opening_a_quote(struct actx *x, int32_t k, struct who *out)
{
    const struct doc *d = x->d;
    for (int32_t i = x->n_hist - 1; i >= 0 && i >= x->n_hist - HIST_REACH; i--) {
        const struct quote *q = &d->quotes[i];
        if (!x->hist[i].name || q->cue_kind != CUE_VERB)
            continue;
        /* (within sixteen words before the cue: the scan stays bounded however long the
         * sentence) */
        int32_t sb = d->sentences[q->sentence].tok_begin;
        for (int32_t j = q->cue_tok - sb > 16 ? q->cue_tok - 16 : sb; j < q->cue_tok; j++)
            if (!tok_has_article(&d->tokens[j]) && tok_same_noun(&d->tokens[j], &d->tokens[k])) {
                *out = x->hist[i];
                out->span = tok_span(d, k, k + 1);
                return 1;
            }
    }
    return 0;
}

/* "وجاء في البيان أن" (or ":"): a verb with no subject, then في and a document named
 * before, with its article alone; whoever produced or issued that document speaks. */
static int document_came_in(struct actx *x, const struct quote *q, struct who *out)
{
    const struct doc *d = x->d;
    int32_t k = q->cue_tok + 2;
    if (q->cue_kind != CUE_VERB || q->np_end > q->np_begin || q->subject_pronoun || k + 1 >= d->n_tokens ||
        !tok_marker(d, k - 1, MARK_SEAT) || !tok_has_article(&d->tokens[k]) ||
        !(tok_kinds(&d->tokens[k]) & LEX_STATEMENT) ||
        !((tok_kinds(&d->tokens[k + 1]) & LEX_COMPLEMENTIZER) || tok_is_char(&d->tokens[k + 1], ':')))
        return 0;
    int32_t ent = document_author(x, k, 1);
    if (ent < 0)
        return statement_opening_a_quote(x, k, out);
    *out = who_entity(x, ent, -1);
    out->span = tok_span(d, k, k + 1);
    return 1;
}

/* "نشر تدوينة لسفير بلاده في سيول جاء فيها أن": a verb followed by فيه/فيها right after a
 * statement noun and its author in لـ: that author speaks, not whoever posted it. */
static int statement_author_in_it(struct actx *x, const struct quote *q, struct who *out)
{
    const struct doc *d = x->d;
    int32_t v = q->cue_tok, sb = d->sentences[q->sentence].tok_begin;
    if (q->cue_kind != CUE_VERB || !tok_in_it(d, v + 1))
        return 0;
    /* (over one comma: "رسالة وجهها السفير X إلى المشاركين، أكد فيها أن"; or two round
     * the writer's apposition: "تدوينة للدكتور X، أستاذ العلاقات الدولية بجامعة Y، يقول
     * فيها إن") */
    int commas = 0;
    for (int32_t k = v - 1; k > sb && v - k <= 20 && (d->tokens[k].kind == TOK_WORD || (tok_is_comma(&d->tokens[k]) && commas++ < 2));
         k--) {
        if (!(tok_kinds(&d->tokens[k]) & LEX_STATEMENT) && !accusative_statement(x, &d->tokens[k]))
            continue;
        const struct token *a = &d->tokens[k + 1];
        /* "بتصريح لبوغدانوف قال فيه إن": a name written on its ل, read as a mention
         * without it */
        int32_t own = d->tok_mention[k + 1];
        if (own >= 0 && a->fold[0] == 0x0644 && d->mentions[own].span.start > a->span.start &&
            (d->entities[d->mentions[own].entity].type == ENT_PERSON ||
             d->entities[d->mentions[own].entity].type == ENT_ORG)) {
            *out = who_entity(x, d->mentions[own].entity, own);
            return 1;
        }
        /* "رسالة وجهها السفير X": the relative verb's subject wrote it (past the noun's
         * adjective: "رسالة صوتية بعثتها سلمى") */
        int32_t ra = k + 2 < v && nisba_adjective(d, k + 1) ? k + 2 : k + 1;
        const struct token *rel = &d->tokens[ra];
        int32_t mi = -1;
        for (int32_t j = ra + 1; j < v && j - ra <= 4 && mi < 0; j++) {
            mi = d->tok_mention[j];
            if (mi < 0 && (d->tokens[j].kind != TOK_WORD || !tok_has_article(&d->tokens[j]) ||
                           (tok_kinds(&d->tokens[j]) & LEX_STOP)))
                break; /* (only a title and its adjectives before the name) */
        }
        if (mi >= 0 && rel->kind == TOK_WORD && d->tok_mention[ra] < 0 && !(tok_kinds(rel) & LEX_STOP) &&
            !tok_has_article(rel) && tok_object_pronoun_len(rel) && d->text.u16[rel->span.end - 1] != 0x0629 &&
            d->entities[d->mentions[mi].entity].type != ENT_GPE &&
            d->entities[d->mentions[mi].entity].type != ENT_LOC) {
            *out = who_entity(x, d->mentions[mi].entity, mi);
            return 1;
        }
        uint8_t how;
        /* (words before the verb are the document's, not a subject: "رسالة من X جاء فيها") */
        int own_subject = (q->np_end > q->np_begin && q->np_begin > v) || q->subject_pronoun;
        /* "رسالة صوتية من ابن عمه، جاء فيها": the sender, named after من (past one
         * adjective), up to the comma */
        if (!own_subject && ra + 1 < v && tok_is_min(&d->tokens[ra])) {
            int32_t e = ra + 1;
            while (e < v && !tok_is_comma(&d->tokens[e]))
                e++;
            if (read_phrase(x, q, ra + 1, e, out, &how))
                return 1;
        }
        /* (a title may have its article: تصريحا للرئيس الفرنسي X; with commas, the writer
         * ends at the first) */
        int32_t we = v;
        if (commas) {
            we = k + 1;
            while (we < v && !tok_is_comma(&d->tokens[we]))
                we++;
            if (we == v || we - k < 3)
                return 0;
        }
        return k + 1 < we && a->fold[0] == 0x0644 &&
               ((a->lex_prefix == 1 && !tok_has_article(a)) || (a->lex_prefix == 2 && (tok_kinds(a) & LEX_TITLE))) &&
               read_phrase(x, q, k + 1, we, out, &how);
    }
    return 0;
}

/* "فيما اكتفت السفارة الروسية، ردا على ...، بالقول إن": a masdar in ب with no subject
 * of its own completes the verb that opens its clause (after the sentence's start or
 * فيما/بينما), whose subject is named right after it. */
static int masdar_clause_subject(struct actx *x, const struct quote *q, struct who *out)
{
    const struct doc *d = x->d;
    const struct token *c = &d->tokens[q->cue_tok];
    int32_t p = c->fold_len > 1 && (c->fold[0] == 0x0648 || c->fold[0] == 0x0641) ? 1 : 0;
    if (q->np_end > q->np_begin || c->fold[p] != 0x0628)
        return 0;
    int32_t sb = d->sentences[q->sentence].tok_begin, k = q->cue_tok - 1;
    /* (over a clause of time set off by commas: "فيما اكتفى بوتين، حين سئل عن ...، بالقول") */
    while (k > sb && q->cue_tok - k < 30 &&
           (!(tok_kinds(&d->tokens[k]) & LEX_CONJ_BREAK) || (temporal_clause(&d->tokens[k]) && tok_is_comma(&d->tokens[k - 1]))))
        k--;
    int32_t start = (tok_kinds(&d->tokens[k]) & LEX_CONJ_BREAK) ? k + 1 : sb;
    if (start + 1 >= q->cue_tok || d->tokens[start].kind != TOK_WORD || d->tok_mention[start] >= 0)
        return 0;
    int32_t mi = d->tok_mention[start + 1];
    if (mi < 0 || d->mentions[mi].tok_begin != start + 1 || d->entities[d->mentions[mi].entity].type == ENT_LOC ||
        mention_is_object(d, &d->mentions[mi], start + 1, 0))
        return 0;
    *out = who_entity(x, d->mentions[mi].entity, mi);
    return 1;
}

/* "وسأل «المدار» مصدراً في وزارة الخارجية عن حقيقة ذلك، فاكتفى بالقول إن": a verb in ف
 * right after the comma that ends a question put to someone has the one asked for its
 * subject. Only a person named or an indefinite role or source is read as the one asked:
 * a definite noun there is as often the asker ("وسألت الصحيفة الوزير"). */
/* "، صمت قليلا ثم قال": where the verb at a follows ثم and, a few words back, the comma
 * that ends the question, with a word right after it that is no verb of saying and
 * names no one (the answer's first act), the token after that comma; else 0. */
static int32_t then_after_a_short_act(const struct doc *d, int32_t sb, int32_t a)
{
    static const UChar thumma[] = {0x062B, 0x0645};
    const struct token *then = &d->tokens[a - 1];
    if (then->kind != TOK_WORD || then->fold_len != 2 || memcmp(then->fold, thumma, sizeof thumma))
        return 0;
    int32_t c = a - 2;
    while (c > sb && c >= a - 6 && d->tokens[c].kind == TOK_WORD)
        c--;
    if (c <= sb || c < a - 6 || !tok_is_comma(&d->tokens[c]) || c + 1 >= a - 1)
        return 0;
    const struct token *act = &d->tokens[c + 1];
    return !(tok_kinds(act) & LEX_VERB) && !act->lex_prefix && d->tok_mention[c + 1] < 0 ? c + 1 : 0;
}

static int asked_one_answers(struct actx *x, const struct quote *q, struct who *out)
{
    const struct doc *d = x->d;
    int32_t sb = d->sentences[q->sentence].tok_begin;
    int32_t a = q->cue_kind == CUE_MASDAR ? q->cue_tok - 1 : q->cue_tok;
    if (a < sb + 3 || q->np_end > q->np_begin || d->tokens[a].kind != TOK_WORD)
        return 0;
    /* (or the verb after ثم, the answer's first act after the comma: "وحين سألنا X عما
     * إذا ...، صمت قليلا ثم قال:") */
    int32_t act = then_after_a_short_act(d, sb, a);
    if (act)
        a = act;
    else if (d->tokens[a].fold_len < 3 || d->tokens[a].fold[0] != 0x0641 || !tok_is_comma(&d->tokens[a - 1]))
        return 0;
    int32_t k = a - 2;
    while (k > sb && !tok_is_comma(&d->tokens[k]) && !asks(x, &d->tokens[k]))
        k--;
    const struct token *ask = &d->tokens[k];
    if (!asks(x, ask) || passive_asked(d, k))
        return 0;
    /* "سألناه عن المعاهدة التي وقعها بوتين، فرأى أنها": the one asked is the verb's
     * pronoun, the latest speaker of its gender (or, before anyone spoke, the person of
     * that gender named last), not one the question names */
    int32_t pronoun = tok_object_pronoun_len(ask);
    if (pronoun) {
        uint8_t g;
        if (!tok_pronoun_after(ask, ask->fold_len - pronoun, &g) || g == GENDER_PLURAL)
            return 0;
        for (int32_t i = x->n_hist - 1; i >= 0 && i >= x->n_hist - HIST_REACH; i--) {
            const struct who *w = &x->hist[i];
            /* (a person named by a given name alone, as no entity yet: "اسمه الأول، سيرغي،
             * قال لنا") */
            int person = w->entity >= 0 ? d->entities[w->entity].type == ENT_PERSON
                                        : (w->classes & CLASS_PERSON) && !(w->classes & CLASS_GROUP) &&
                                              w->span.start >= 0 && w->span.start < ask->span.start &&
                                              (tok_kinds(&d->tokens[token_from(d, w->span.start)]) & LEX_FIRST_NAME);
            if (w->name && person && gender_ok(g, w->gender)) {
                *out = *w;
                return 1;
            }
        }
        return person_named_last(x, g, d->tokens[k].span.start, out);
    }
    int32_t b = k + 1;
    if (b < a && tok_is_quote_mark(&d->tokens[b])) { /* (the outlet that asked, its name in marks) */
        int32_t c = b + 1;
        while (c < a && c - b <= 4 && !tok_is_quote_mark(&d->tokens[c]))
            c++;
        b = c + 1;
    }
    if (b >= a - 1 || d->tokens[b].kind != TOK_WORD)
        return 0;
    const struct token *first = &d->tokens[b];
    int32_t mi = d->tok_mention[b];
    int named = mi >= 0 && d->mentions[mi].tok_begin == b && d->entities[d->mentions[mi].entity].type == ENT_PERSON;
    if (!named && (tok_has_article(first) || tok_has_prep_clitic(first) ||
                   !(tok_kinds(first) & (LEX_GROUP | LEX_ROLE_NOUN | LEX_TITLE))))
        return 0;
    int32_t e = b + 1;
    while (e < a - 1 && e - b < 8 && d->tokens[e].kind == TOK_WORD && !tok_is_an(&d->tokens[e]) &&
           !(tok_kinds(&d->tokens[e]) & LEX_COMPLEMENTIZER) && !about_topic(&d->tokens[e]))
        e++;
    uint8_t how;
    return read_phrase(x, q, b, e, out, &how);
}

/* إذ at k ("since", "as"), right after a comma. */
static int idh_after_comma(const struct doc *d, int32_t k)
{
    const struct token *t = &d->tokens[k];
    return k > 0 && t->kind == TOK_WORD && t->fold_len == 2 && t->fold[1] == 0x0630 && !t->lex_prefix &&
           (tok_kinds(t) & LEX_CONJ_BREAK) && tok_is_comma(&d->tokens[k - 1]);
}

/* "ويرفض السفير الأسبق ...، ويصفه بأنه": a verb with no subject of its own, later in a
 * sentence that opened with another verb and its subject (a verb of saying too, whose
 * object quoted nothing: "وأكد التاجر ذلك، وقال:"; the caller asks that no quotation
 * came before in the sentence) */
static int elided_later_verb(const struct doc *d, const struct quote *q)
{
    int32_t sb = d->sentences[q->sentence].tok_begin;
    return q->cue_kind == CUE_VERB && !q->subject_pronoun && q->np_end == q->np_begin && q->cue_tok > sb + 2 &&
           d->tokens[sb].kind == TOK_WORD && !tok_has_article(&d->tokens[sb]) &&
           d->tok_mention[sb] < 0 && d->tokens[q->cue_tok].lex_prefix == 1 && d->tokens[q->cue_tok].fold[0] == 0x0648;
}

/* "قال المتحدث باسم الرئيس X، Y، إن"، "أما أستاذ العلاقات الدولية بجامعة الحسن الثاني،
 * Y، فيرى أن": a role phrase that names someone else (whose spokesman, a university named
 * after a king), then a person's full name set off by commas right before the
 * complementiser or the verb: the name in apposition is the speaker. Returns its
 * mention, or -1. */
static int32_t appositive_name(const struct doc *d, const struct quote *q)
{
    /* (after the verb the phrase runs to the comma before the complementiser; before it,
     * up to the verb, that comma included) */
    int32_t e = q->np_end, name_end;
    if (q->np_begin > q->cue_tok && e < d->n_tokens && tok_is_comma(&d->tokens[e]))
        name_end = e;
    else if (e == q->cue_tok && e - 1 > q->np_begin && tok_is_comma(&d->tokens[e - 1]))
        name_end = e - 1;
    else
        return -1;
    if (name_end - q->np_begin < 4)
        return -1;
    /* (the last apposition, past another set off before it: "الأستاذة في كلية العلوم،
     * التابعة لجامعة ...، الدكتورة X،"; an honorific may open it) */
    int32_t c = name_end - 1;
    while (c > q->np_begin && !tok_is_comma(&d->tokens[c]))
        c--;
    int32_t at = c + 1 < name_end && (tok_kinds(&d->tokens[c + 1]) & (LEX_TITLE | LEX_HONORIFIC)) && d->tok_mention[c + 1] < 0
                     ? c + 2
                     : c + 1;
    int titled = 0;
    for (int32_t k = q->np_begin; k < c && !titled; k++)
        titled = (tok_kinds(&d->tokens[k]) & (LEX_TITLE | LEX_ROLE_NOUN)) != 0;
    int32_t mi = c > q->np_begin && titled && at < name_end ? d->tok_mention[at] : -1;
    if (mi < 0)
        return -1;
    const struct mention *m = &d->mentions[mi];
    return m->tok_begin == at && m->tok_end == name_end && m->tok_end - m->tok_begin >= 2 &&
                   d->entities[m->entity].type == ENT_PERSON
               ? mi : -1;
}

/* The person named before an apposition set off by commas whose last word is k (at most
 * reach words, none of them a mention): one that holds a title or role noun or opens
 * with an indefinite word ("يلينا فاسيليفا، نائبة حزب «الناس الجدد»،"، "بعمر البوزيدي،
 * عامل في المنجم منذ عشرين سنة،"). The person's mention, or -1. */
static int32_t person_before_apposition(const struct doc *d, int32_t k, int32_t sb, int32_t reach)
{
    int32_t j = k, titled = 0;
    /* (over a place in the role: "X، المندوب الأسبق لجيبوتي لدى الأمم المتحدة، الذي") */
    while (j > sb && !tok_is_comma(&d->tokens[j]) && k - j <= reach &&
           (d->tok_mention[j] < 0 || is_place_type(d->entities[d->mentions[d->tok_mention[j]].entity].type)))
        titled |= (tok_kinds(&d->tokens[j]) & (LEX_TITLE | LEX_ROLE_NOUN)) != 0, j--;
    titled |= j + 1 < d->n_tokens && !tok_has_article(&d->tokens[j + 1]) && d->tokens[j + 1].kind == TOK_WORD;
    int32_t pm = j > sb && tok_is_comma(&d->tokens[j]) ? d->tok_mention[j - 1] : -1;
    return titled && pm >= 0 && d->entities[d->mentions[pm].entity].type == ENT_PERSON ? pm : -1;
}

/* "«لوفيغارو» الفرنسية، التي ترى أن": a verb right after a relative pronoun has the
 * antecedent before it (past a comma, a nationality adjective, a closing mark) as its
 * subject. */
static int relative_antecedent(struct actx *x, const struct quote *q, struct who *out)
{
    const struct doc *d = x->d;
    int32_t k = q->cue_tok - 1, sb = d->sentences[q->sentence].tok_begin;
    if (k <= sb || !tok_is_relative_pronoun(&d->tokens[k]))
        return 0;
    k--;
    if (k > sb && tok_is_comma(&d->tokens[k]))
        k--;
    while (k > sb && d->tok_mention[k] < 0 &&
           (tok_is_demonym(x->lx, &d->tokens[k]) || tok_is_quote_mark(&d->tokens[k])))
        k--;
    int32_t mi = d->tok_mention[k];
    if (mi < 0)
        mi = person_before_apposition(d, k, sb, 10); /* ("بعمر X، عامل في المنجم ...، الذي قال") */
    if (mi < 0)
        return 0;
    /* "جهاز الاستخبارات الوطني في سيول، الذي أبلغ": the body, where it sits after it */
    int32_t at = d->mentions[mi].tok_begin;
    uint8_t type = d->entities[d->mentions[mi].entity].type;
    if (is_place_type(type) && at - 2 > sb && tok_marker(d, at - 1, MARK_SEAT) &&
        d->tok_mention[at - 2] >= 0)
        mi = d->tok_mention[at - 2];
    const struct entity *e = &d->entities[d->mentions[mi].entity];
    if (e->type != ENT_ORG && e->type != ENT_PERSON)
        return 0;
    if (e->type == ENT_ORG) {
        /* "يلينا فاسيليفا، نائبة حزب «الناس الجدد»، التي تساءلت": the organisation
         * completes a role set off by commas after a person, who is the antecedent */
        /* (an indefinite role too, a word no list holds as one: "عبدالله القحطاني، طالب
         * العلوم السياسية في جامعة الملك سعود، الذي قال:") */
        int32_t pm = person_before_apposition(d, d->mentions[mi].tok_begin - 1, sb, 5);
        if (pm >= 0)
            mi = pm;
    }
    *out = who_entity(x, d->mentions[mi].entity, mi);
    return 1;
}

/* The first unnamed group in the sentence before the cue (مرضى يراجعون مستشفيات ...),
 * read up to the comma or clause that ends its phrase. */
static int sentence_group(struct actx *x, const struct quote *q, struct who *out)
{
    const struct doc *d = x->d;
    const struct sentence *s = &d->sentences[q->sentence];
    for (int32_t k = s->tok_begin; k < q->cue_tok && k - s->tok_begin < SUBJECT_REACH; k++) {
        const struct token *t = &d->tokens[k];
        if (!(tok_kinds(t) & LEX_GROUP) || t->lex_prefix || d->tok_mention[k] >= 0)
            continue;
        int32_t e = k + 1;
        while (e < q->cue_tok && e - k < 10 && d->tokens[e].kind == TOK_WORD &&
               !(tok_kinds(&d->tokens[e]) & (LEX_VERB | LEX_COMPLEMENTIZER | LEX_SOURCE))) {
            /* "ناشطون سوريون صورة ...": after the group's nationality, a bare noun is
             * the verb's object */
            if (e > k + 1 && tok_is_demonym(x->lx, &d->tokens[e - 1]) && !tok_is_demonym(x->lx, &d->tokens[e]) &&
                !tok_has_article(&d->tokens[e]) && d->tokens[e].fold[0] != 0x0648)
                break;
            e++;
        }
        uint8_t how;
        return read_phrase(x, q, k, e, out, &how);
    }
    return 0;
}

/* "ضحك ريابوف قبل أن يقول:": the verb after "قبل أن" has the subject of the clause it
 * closes, the person named between that clause's start and قبل. */
static int subject_before_qabla(struct actx *x, const struct quote *q, struct who *out)
{
    const struct doc *d = x->d;
    int32_t k = q->cue_tok;
    /* (and "اعترف به الناطق الرسمي ضمنيا حين قال إن": a clause of time closing it) */
    int when = k >= 2 && temporal_clause(&d->tokens[k - 1]);
    if (!when && (k < 3 || !(tok_kinds(&d->tokens[k - 1]) & LEX_COMPLEMENTIZER) || !tok_is_qabl(&d->tokens[k - 2])))
        return 0;
    int32_t from = when ? k - 2 : k - 3;
    for (int32_t j = from; j >= 0 && k - j <= 10; j--) {
        const struct token *t = &d->tokens[j];
        /* (the comma closing a name set off after its role: "عبّر عنه الأمين العام للحزب،
         * محمد جودار، حين قال") */
        if (j == from && j > 0 && tok_is_comma(t) && d->tok_mention[j - 1] >= 0 &&
            d->entities[d->mentions[d->tok_mention[j - 1]].entity].type == ENT_PERSON)
            continue;
        if (t->kind == TOK_PUNCT || t->sentence != q->sentence)
            break;
        int32_t mi = d->tok_mention[j];
        if (mi < 0 && when && tok_has_article(t) && (tok_kinds(t) & LEX_ROLE_NOUN) && !t->lex_prefix) {
            uint8_t how; /* (a role noun there: whom it refers to) */
            return read_phrase(x, q, j, j + 1, out, &how);
        }
        if (mi < 0)
            continue;
        const struct mention *m = &d->mentions[mi];
        const struct entity *e = &d->entities[m->entity];
        if (e->type == ENT_PERSON && !opposite_genders(q->cue_gender, e->gender) &&
            !mention_is_object(d, m, m->tok_begin, 0)) {
            *out = who_entity(x, m->entity, -1);
            return 1;
        }
        j = m->tok_begin;
    }
    return 0;
}

/* ما, بما or لما at k, then a past verb of saying with its pronoun: "بما قاله Y", what Y said
 * (not "ما يسميه Y", what Y calls something). */
static int what_was_said_at(const struct actx *x, int32_t k)
{
    const struct doc *d = x->d;
    if (k + 1 >= d->n_tokens || !tok_is_what(&d->tokens[k]))
        return 0;
    const struct lex_entry *v = tok_verb_before_pronoun(d, x->lx, &d->tokens[k + 1]);
    return v && v->verb_aspect == ASPECT_PAST;
}

/* "وذكّر X بما قاله Y من أن": quotation pq, cued by the recalling verb, holds what Y said
 * (within a few words of the cue): Y's words, which X only recalls. */
static int recalls_what_was_said(const struct actx *x, const struct quote *pq)
{
    if (pq->cue_kind != CUE_VERB)
        return 0;
    for (int32_t k = pq->cue_tok + 1; k < x->d->n_tokens && k <= pq->cue_tok + 3; k++)
        if (what_was_said_at(x, k))
            return 1;
    return 0;
}

/* The subject written after the verb at token k, up to the participle's cue: a name set
 * off by commas after its role, else the phrase (before the object's preposition when
 * the verb takes one). */
static int subject_after_verb(struct actx *x, const struct quote *q, int32_t k, int takes_object, struct who *out)
{
    const struct doc *d = x->d;
    uint8_t h;
    int32_t e = k + 1, named = 0;
    /* "ودعا الخبير ذاته إلى ...": the subject ends with "ذاته", which says it is the
     * same one as before */
    /* (a body's name counts as one word: "قاطعته أستاذة العلاقات الدولية في جامعة الإمام
     * عبدالرحمن بن فيصل الدكتورة هند الدوسري قائلة") */
    /* (and where it was said: "وهو ما نفته شركة سكر كنانة في بيان، مؤكدة أن") */
    /* (nor what someone else said: "وذكّر المتحدث | بما قاله الرئيس X") */
    while (e < q->cue_tok && d->tokens[e].kind == TOK_WORD && e - k - named <= 10 && !(e > k + 1 && is_same_word(d, e)) &&
           !(e > k + 1 && opens_channel(d, e, q->cue_tok)) && !(e > k + 1 && what_was_said_at(x, e))) {
        int32_t mi = d->tok_mention[e];
        if (mi >= 0 && d->mentions[mi].tok_begin == e && d->entities[d->mentions[mi].entity].type == ENT_ORG &&
            d->mentions[mi].tok_end <= q->cue_tok) {
            named += d->mentions[mi].tok_end - e - 1;
            e = d->mentions[mi].tok_end;
            continue;
        }
        e++;
    }
    if (e > k + 1 && e < q->cue_tok && is_same_word(d, e))
        e++;
    /* "نفى الناطق باسم الوزارة، عمر الماحي، وجود ...": the name set off by commas
     * after the role is the subject */
    if (e + 1 < q->cue_tok && tok_is_comma(&d->tokens[e]) && d->tok_mention[e + 1] >= 0) {
        const struct mention *m = &d->mentions[d->tok_mention[e + 1]];
        const struct entity *en = &d->entities[m->entity];
        if (en->type == ENT_PERSON && en->role_tb == k + 1 && m->tok_begin == e + 1) {
            *out = who_entity(x, m->entity, d->tok_mention[e + 1]);
            out->span.start = out->span.end = -1;
            return 1;
        }
    }
    if (takes_object)
        e = quotes_before_object_preposition(d, x->lx, k + 1, e, 1);
    const struct token *first = k + 1 < q->cue_tok ? &d->tokens[k + 1] : NULL;
    /* (a pronoun is no subject here, but an honorific with its pronoun is: "وأكد سموه
     * ...، مشددا على أن") */
    int honorific = first && (tok_kinds(first) & LEX_PRONOUN) && first->fold_len >= 4 && !first->lex_prefix;
    /* (كل من موسكو وبيونغ يانغ: "both", no preposition) */
    int prep = first && ((tok_kinds(first) & LEX_STOP) && !tok_has_article(first) && d->tok_mention[k + 1] < 0) &&
               !is_kul_min(d, k + 1) && !honorific;
    if (e > k + 1 && !prep && read_phrase(x, q, k + 1, e, out, &h) && (h != RESOLVED_PRONOUN || honorific)) {
        out->span.start = out->span.end = -1;
        return 1;
    }
    return 0;
}

/* The subject of the finite verb a participle continues: the speaker of the previous
 * quotation in the sentence, else the phrase after the sentence's first verb. */
/* The subject of a verb of saying whose أن-clause opens with the named speaker of
 * quotation `in` ("كشف الوزير أن نظيره X أكد"): الوزير, read up to أن. */
static int outer_reporter(struct actx *x, const struct quote *q, const struct quote *in, int32_t sb, struct who *out)
{
    const struct doc *d = x->d;
    int32_t c = in->np_begin - 1;
    if (in->cue_kind != CUE_VERB || in->np_end <= in->np_begin || c - 2 < sb ||
        !(tok_kinds(&d->tokens[c]) & LEX_COMPLEMENTIZER) || in->speaker_entity < 0 ||
        d->entities[in->speaker_entity].type != ENT_PERSON)
        return 0;
    for (int32_t k = c - 1; k >= sb && c - k <= 6; k--) {
        const struct token *t = &d->tokens[k];
        if (t->kind != TOK_WORD)
            return 0;
        if (!(tok_kinds(t) & LEX_VERB))
            continue;
        uint8_t h;
        /* (a person, of the participle's gender: not "ذكرت الوكالة أن كيم قال ...، واصفا") */
        if (t->lex->verb_aspect > ASPECT_PRESENT || k + 1 == c || opposite_genders(q->cue_gender, t->lex->verb_gender) ||
            !read_phrase(x, q, k + 1, c, out, &h) || h == RESOLVED_PRONOUN || out->entity < 0 ||
            d->entities[out->entity].type != ENT_PERSON)
            return 0;
        out->span.start = out->span.end = -1;
        return 1;
    }
    return 0;
}

/* من، إلى، على، عن، في written as words of their own. */
static int word_preposition(const struct token *t)
{
    return tok_is_min(t) || tok_is_ila(t) || tok_is_ala(t) || tok_is_an(t) || tok_is_fi(t);
}

static int participle_subject(struct actx *x, const struct quote *q, int32_t qi, struct who *out, uint8_t *how)
{
    const struct doc *d = x->d;
    /* (a person of the other gender does not go on: "سخرت من وصف الوزير X لهم بأنهم
     * «...»، معتبرة أن" is the woman who mocked) */
    const struct who *prev = x->n_hist > 0 ? &x->hist[x->n_hist - 1] : NULL;
    int prev_here = qi > 0 && prev && d->quotes[qi - 1].sentence == q->sentence && prev->name &&
                    !(opposite_genders(q->cue_gender, d->quotes[qi - 1].cue_gender) &&
                      !is_relay_cue(d, &d->quotes[qi - 1])) &&
                    !(prev->entity >= 0 && d->entities[prev->entity].type == ENT_PERSON &&
                      opposite_genders(q->cue_gender, d->entities[prev->entity].gender));
    /* "عرض X شريحة تتضمن تصريحا لـY قال فيه إن «...»، معلقا بأن": a verb in a relative
     * clause on a statement is its author's; commenting on it is the one who showed it,
     * the sentence's own subject (not "بيانا طالب فيه ...، مؤكدا أن": the statement goes
     * on) */
    static const UChar commenting[] = {0x0645, 0x0639, 0x0644, 0x0642};
    const struct token *ct = &d->tokens[q->cue_tok];
    int comments = ct->fold_len >= ct->lex_prefix + 4 && !memcmp(ct->fold + ct->lex_prefix, commenting, sizeof commenting);
    int32_t relative_cue = comments && qi > 0 && prev_here && d->quotes[qi - 1].cue_kind == CUE_VERB &&
                                   tok_in_it(d, d->quotes[qi - 1].cue_tok + 1)
                               ? d->quotes[qi - 1].cue_tok
                               : -1;
    if (relative_cue >= 0)
        prev_here = 0;
    /* (nor the speaker of a saying the sentence's subject recalls: "واستعاد X عبارة قالها
     * له Y: «...»، مضيفا"، "وذكّر X بما قاله Y من أن ...، مضيفا") */
    if (prev_here && (tok_describes_statement(d, d->quotes[qi - 1].cue_tok) || recalls_what_was_said(x, &d->quotes[qi - 1])))
        prev_here = 0;
    /* (nor the one whose saying a verb cites in ب: "واستشهد X بتأكيد الرئيس Y أن «...»،
     * معتبرًا" is X, the masdar's genitive Y only said the cited words) */
    const struct quote *pq = qi > 0 ? &d->quotes[qi - 1] : NULL;
    if (prev_here && pq->cue_kind == CUE_MASDAR && pq->np_begin == pq->cue_tok + 1 && pq->np_end > pq->np_begin &&
        pq->speaker_span.start >= d->tokens[pq->np_begin].span.start &&
        d->tokens[pq->cue_tok].lex_prefix == 1 && d->tokens[pq->cue_tok].fold[0] == 0x0628)
        prev_here = 0;
    /* "ونقل الطويل عن دبلوماسي ... قوله: «...»، مضيفاً أن": after a relaying verb whose
     * subject is a person, the participle is that person's, who goes on in his own words
     * (an agency that relays adds nothing: "نقلت الوكالة عن X قوله ...، مضيفا" is X) */
    if (prev_here && pq->cue_kind == CUE_VERB && is_relay_cue(d, pq) && ct->lex_prefix == 0) {
        int32_t relayer = relaying_person(d, pq);
        if (relayer >= 0 && !opposite_genders(q->cue_gender, d->entities[relayer].gender)) {
            *out = who_entity(x, relayer, -1);
            *how = RESOLVED_ELIDED;
            return 1;
        }
    }
    /* "أفاد المراسل X بأن ...، ناقلا عن Y قوله إن «...»، ومضيفا أن": a participle in و
     * joins the relaying one, whose subject it shares (the one who relayed, quoted just
     * before it in the sentence), not Y */
    if (prev_here && pq->cue_kind == CUE_PARTICIPLE && is_relay_cue(d, pq) && qi >= 2 &&
        d->quotes[qi - 2].sentence == q->sentence && x->n_hist >= 2 && x->hist[x->n_hist - 2].name &&
        ct->lex_prefix == 1 && ct->fold[0] == 0x0648) {
        *out = x->hist[x->n_hist - 2];
        out->span.start = out->span.end = -1;
        *how = RESOLVED_ELIDED;
        return 1;
    }
    const struct sentence *s = &d->sentences[q->sentence];
    /* "وكشف الوزير أن نظيره X أكد له أن «...»، مضيفاً أن": the report inside the
     * report is X's; the participle goes on with who reported it */
    if (prev_here && outer_reporter(x, q, pq, s->tok_begin, out)) {
        *how = RESOLVED_ELIDED;
        return 1;
    }
    int32_t from = relative_cue >= 0 ? relative_cue - 1 : q->cue_tok - 1;
    for (int32_t k = from; k >= s->tok_begin && k >= q->cue_tok - SUBJECT_REACH; k--) {
        const struct token *t = &d->tokens[k];
        /* "وهو ما نفاه ممثل الشركات، سامي عيد، مؤكدا أن": a verb whose pronoun is ما
         * has its subject after it, and the participle goes on with that subject */
        if (k > s->tok_begin && tok_relative_ma(d, k - 1) && t->kind == TOK_WORD && d->tok_mention[k] < 0 &&
            tok_object_pronoun_len(t) && !(tok_kinds(t) & LEX_STOP)) {
            if (subject_after_verb(x, q, k, 0, out)) {
                *how = RESOLVED_ELIDED;
                return 1;
            }
            break;
        }
        if (t->kind != TOK_WORD || !(tok_kinds(t) & LEX_VERB) || t->lex->verb_aspect > ASPECT_PRESENT)
            continue;
        if (tok_describes_statement(d, k))
            continue; /* "استعاد X عبارة قالها له Y: «...»، مضيفا": X goes on */
        if (k > s->tok_begin && tok_marker(d, k - 1, MARK_NEGATION_NOUN))
            continue; /* "طلب عدم ذكر اسمه": a verbal noun, not a verb */
        if (k > s->tok_begin && word_preposition(&d->tokens[k - 1]))
            continue; /* "بموقف من نقل معدات": after a preposition, a verbal noun */
        /* "واختتم بارك ...، حين تطالب بيونغ يانغ ...، قائلا": a participle agrees with its
         * subject, so a verb of the other gender has another subject */
        if (opposite_genders(q->cue_gender, t->lex->verb_gender) && !t->lex->verb_relay)
            continue;
        /* the nearest verb is the previous quotation's cue, inside its content (وأضاف
         * روته أن الحلف يتابع ...، محذرا من أن) or in the object between them (عدّ X
         * إعلان أوكرانيا أسر جنديين "...": أسر has its own subject): that speaker goes on */
        if (prev_here && (k <= d->quotes[qi - 1].cue_tok || t->span.end <= d->quotes[qi - 1].content.end)) {
            *out = x->hist[x->n_hist - 1];
            out->span.start = out->span.end = -1;
            *how = RESOLVED_ELIDED;
            return 1;
        }
        uint8_t h;
        int32_t b = tok_subject_before(d, k);
        if (b < k && read_phrase(x, q, b, k, out, &h) && h != RESOLVED_PRONOUN) {
            out->span.start = out->span.end = -1;
            *how = RESOLVED_ELIDED;
            return 1;
        }
        if (subject_after_verb(x, q, k, t->lex->verb_prep, out)) {
            *how = RESOLVED_ELIDED;
            return 1;
        }
        break;
    }
    if (prev_here) {
        *out = x->hist[x->n_hist - 1];
        out->span.start = out->span.end = -1;
        *how = RESOLVED_ELIDED;
        return 1;
    }
    /* "اشتكى مرضى ...، مؤكدين أن": a plural participle continues the group the sentence
     * is about */
    if (q->cue_gender == GENDER_PLURAL && sentence_group(x, q, out)) {
        *how = RESOLVED_ELIDED;
        return 1;
    }
    /* "اعترض النائب X على ...، معتبراً أنها": the verb is no reporting verb, but its
     * subject is the sentence's */
    if (sentence_subject(x, q->cue_gender, q->cue.start, out)) {
        *how = RESOLVED_ELIDED;
        return 1;
    }
    /* "وطالب البيان ... بـ"..."، محذرا من أن": a statement or role noun opening the clause
     * (a person of the other gender there is someone else: "كما سخرت من وصف الوزير X
     * ...، معتبرة أن") */
    if (clause_subject(x, q, out) &&
        !(out->entity >= 0 && d->entities[out->entity].type == ENT_PERSON &&
          opposite_genders(q->cue_gender, d->entities[out->entity].gender))) {
        *how = RESOLVED_ELIDED;
        return 1;
    }
    if (focus(x, q->cue_gender, out)) {
        *how = RESOLVED_ELIDED;
        return 1;
    }
    return 0;
}

/* "كيم جونج أون\nوصف المعاهدة بأنها «...»": a round-up heads each paragraph with a line
 * that only names whose reaction follows; a paragraph that starts with no subject is
 * that one's. */
static int label_above(struct actx *x, const struct quote *q, struct who *out)
{
    const struct doc *d = x->d;
    int32_t si = q->sentence;
    if (si == 0 || !(d->sentences[si].flags & SENT_LINE_START))
        return 0;
    const struct sentence *l = &d->sentences[si - 1];
    if (!(l->flags & SENT_LINE_START) || !(l->flags & SENT_NO_FINAL_PUNCT) || l->tok_end - l->tok_begin > 4)
        return 0;
    int32_t mi = d->tok_mention[l->tok_begin];
    if (mi < 0 || d->mentions[mi].tok_begin != l->tok_begin || d->mentions[mi].tok_end != l->tok_end)
        return 0;
    const struct entity *e = &d->entities[d->mentions[mi].entity];
    if (e->type == ENT_PERSON && opposite_genders(q->cue_gender, e->gender))
        return 0;
    *out = who_entity(x, d->mentions[mi].entity, mi);
    return 1;
}

static int has_content_word(const struct doc *d, int32_t b, int32_t e)
{
    for (int32_t k = b; k < e; k++) {
        const struct token *t = &d->tokens[k];
        /* a named entity here was set aside as an object (حث روسيا على ...), and a
         * statement noun with no author (في بيان) is a circumstance */
        if (t->kind == TOK_WORD && !(tok_kinds(t) & (LEX_STOP | LEX_PRONOUN | LEX_STATEMENT)) &&
            !tok_is_english_preposition(t) && d->tok_mention[k] < 0)
            return 1;
    }
    return 0;
}


/* "بيطري في الجبايش:" over "أما الطبيب البيطري ...، حيدر ناصر الحلفي، فأوضح أن": the first
 * quotation below whose speaker is named with the headline's word, or -1. */
static int32_t quoted_as(const struct doc *d, const struct token *word, int32_t after)
{
    for (int32_t j = after + 1; j < d->n_quotes; j++) {
        const struct quote *b = &d->quotes[j];
        for (int32_t k = b->np_begin; b->speaker_name && k < b->np_end; k++)
            if (d->tokens[k].kind == TOK_WORD && tok_same_word_without_article(&d->tokens[k], word))
                return j;
    }
    return -1;
}

/* "قال المهندس X، رئيس حزب الكرامة، إن": the apposition set off by commas after a
 * person's first mention, when the role was written before the name; [*ab, *ae), or 0. */
static int apposition_after(const struct doc *d, const struct entity *en, int32_t *ab, int32_t *ae)
{
    if (en->first_mention < 0)
        return 0;
    int32_t k = d->mentions[en->first_mention].tok_end;
    if (k + 1 >= d->n_tokens || !tok_is_comma(&d->tokens[k]) || !(tok_kinds(&d->tokens[k + 1]) & LEX_TITLE))
        return 0;
    int32_t j = k + 1;
    while (j < d->n_tokens && j - k <= 8 && !tok_is_comma(&d->tokens[j]) && d->tokens[j].sentence == d->tokens[k].sentence)
        j++;
    *ab = k + 1;
    *ae = j;
    return 1;
}

/* "عميد كلية العلوم السياسية، الأستاذ الدكتور X، قال": the role that opens the sentence
 * and is set off by a comma before a person's first mention (and the titles written on
 * the name); [*ab, *ae), or 0. */
static int apposition_before(const struct doc *d, const struct entity *en, int32_t *ab, int32_t *ae)
{
    if (en->first_mention < 0)
        return 0;
    const struct mention *m = &d->mentions[en->first_mention];
    int32_t k = en->role_tb >= 0 && en->role_te == m->tok_begin ? en->role_tb : m->tok_begin;
    if (k < 2 || !tok_is_comma(&d->tokens[k - 1]))
        return 0;
    int32_t s = k - 1, sb = d->sentences[d->tokens[k - 1].sentence].tok_begin;
    while (s > sb && k - 1 - s < 8 && d->tokens[s - 1].kind == TOK_WORD)
        s--;
    if (s != sb || s == k - 1 || !(tok_kinds(&d->tokens[s]) & LEX_TITLE))
        return 0;
    *ab = s;
    *ae = k - 1;
    return 1;
}

/* Is entity ei named in a sentence that reports speech (the sentence of some quotation's
 * cue)? Read before any is resolved: the cues are the quote stage's. */
static int named_where_speech_is(const struct doc *d, int32_t ei)
{
    for (int32_t m = d->entities[ei].first_mention; m >= 0; m = d->mentions[m].next_same) {
        int32_t sentence = d->tokens[d->mentions[m].tok_begin].sentence;
        for (int32_t j = 0; j < d->n_quotes; j++)
            if (d->tokens[d->quotes[j].cue_tok].sentence == sentence)
                return 1;
    }
    return 0;
}

/* The person whose role shares a title word with the phrase [b, e) ("security adviser"
 * in a headline, "national security adviser Chang Ho-jin" in the body) and, of those,
 * the most of its words ("قائد المنطقة العسكرية الخامسة" is the region's commander, not
 * another "قائد"); the first such one named, or -1. Only someone named where the body
 * reports speech: a headline lifts its words from the body ("نائب ليبي:" is not the
 * deputy minister named in the background, "نائب وزير الدفاع"). */
static int32_t role_holder(const struct doc *d, int32_t b, int32_t e, int *words_shared)
{
    int32_t best = -1, best_shared = 0;
    for (int32_t ei = 0; ei < d->n_entities; ei++) {
        const struct entity *en = &d->entities[ei];
        if (en->type != ENT_PERSON || en->role_tb < 0 || !named_where_speech_is(d, ei))
            continue;
        int titled = 0, shared = 0, named = 0, has_title = 0;
        int32_t ab = en->role_te, ae = en->role_te;
        /* (only when the role stands apart before the name: one written after it is
         * that apposition already) */
        if (!apposition_after(d, en, &ab, &ae) || ab < en->role_te)
            ab = ae = en->role_te;
        for (int32_t k = b; k < e && k < d->n_tokens; k++) {
            const struct token *t = &d->tokens[k];
            if (t->kind != TOK_WORD || (tok_kinds(t) & LEX_STOP))
                continue; /* (في of "قيادي في «حماس»" is no word of a role) */
            int title = t->lex && (tok_kinds(t) & (LEX_TITLE | LEX_ROLE_NOUN)) && (t->lex->role_classes & CLASS_PERSON);
            has_title |= title;
            for (int32_t j = en->role_tb; j < ae; j = j + 1 == en->role_te ? ab : j + 1)
                if (j != k && ((t->lex && d->tokens[j].lex == t->lex) || tok_same_word_without_article(&d->tokens[j], t))) {
                    titled |= title;
                    named |= k > b && tok_is_an(&d->tokens[k - 1]) && d->tok_mention[k] >= 0 &&
                             d->entities[d->mentions[d->tok_mention[k]].entity].type == ENT_GPE;
                    shared++;
                    break;
                }
        }
        /* (or a title for a place, after عن, that the role names: "نائب عن سبها:" is "عضو
         * مجلس النواب عن دائرة سبها") */
        if ((titled || (named && has_title)) && shared > best_shared) {
            best = ei;
            best_shared = shared;
        }
    }
    if (words_shared)
        *words_shared = best_shared;
    return best;
}

/* Who speaks for the body `org` first below the headline quotation i: the body itself
 * ("أعلنت وزارة التعليم") or a person whose role places them in it (its spokesman); -1
 * when neither is quoted. */
static int32_t voice_of_body(const struct doc *d, int32_t i, int32_t org)
{
    for (int32_t j = i + 1; j < d->n_quotes; j++) {
        int32_t e = d->quotes[j].speaker_entity;
        if (e == org || (e >= 0 && d->entities[e].type == ENT_PERSON && d->entities[e].affiliation == org))
            return e;
    }
    return -1;
}

/* Is entity e mentioned in the paragraph (the headline's line) of token k? */
static int named_in_paragraph(const struct doc *d, int32_t e, int32_t k)
{
    for (int32_t mi = d->entities[e].first_mention; mi >= 0; mi = d->mentions[mi].next_same)
        if (d->par_end[d->mentions[mi].tok_begin] == d->par_end[k])
            return 1;
    return 0;
}

/* Who a headline's short name at token k speaks for ("الطاقة" for وزارة الطاقة والثروة
 * المعدنية, "التجمع" for حزب التجمع الوطني ...): among the organisations named with that
 * word after their head, or by the word alone, the first that speaks below the headline
 * quotation i, itself or through a voice the headline does not name already (not the
 * committee of "الحباشنة يحذر ... و\"الطاقة\": ...", whose member is the other speaker);
 * else the first of them; -1 when none is named. */
static int32_t body_of_short_name(const struct doc *d, int32_t i, int32_t k)
{
    enum { BODIES = 4 }; /* (whose voices are looked for: each look reads the quotations) */
    const struct token *word = &d->tokens[k];
    int32_t tried[BODIES], n_tried = 0;
    for (int32_t mi = 0; mi < d->n_mentions && n_tried < BODIES; mi++) {
        const struct mention *m = &d->mentions[mi];
        if (d->entities[m->entity].type != ENT_ORG || (m->tok_begin <= k && k < m->tok_end))
            continue;
        int seen = 0;
        for (int32_t t = 0; t < n_tried; t++)
            seen |= tried[t] == m->entity;
        for (int32_t j = m->tok_begin; j < m->tok_end && !seen; j++) {
            if (!((j > m->tok_begin || m->tok_end == m->tok_begin + 1) && tok_same_word_without_article(&d->tokens[j], word)))
                continue;
            int32_t voice = voice_of_body(d, i, m->entity);
            if (voice >= 0 && !named_in_paragraph(d, voice, k))
                return voice;
            tried[n_tried++] = m->entity;
            break;
        }
    }
    return n_tried ? tried[0] : -1;
}

/* Where the seat of a body named up to token e ends: "في اللاذقية"، "لدى موسكو"، "بطرطوس",
 * through a place's head ("بولاية البحر الأحمر") and a second place ("في زحلة والبقاع");
 * -1 when no place follows. */
static int32_t seat_end(const struct actx *x, int32_t e)
{
    const struct doc *d = x->d;
    static const UChar lada[] = {0x0644, 0x062F, 0x064A};
    if (e + 1 >= d->n_tokens)
        return -1;
    const struct token *p = &d->tokens[e];
    int32_t at = tok_is_fi(p) || (p->fold_len == 3 && !memcmp(p->fold, lada, sizeof lada)) ? e + 1
                 : p->lex_prefix && p->fold[0] == 0x0628                                  ? e
                                                                                           : -1;
    if (at >= 0 && at + 1 < d->n_tokens && d->tok_mention[at] < 0 && (tok_kinds(&d->tokens[at]) & LEX_ORG_HEAD) &&
        (d->tokens[at].lex->role_classes & CLASS_PLACE))
        at++;
    int32_t m = at >= 0 && at < d->n_tokens ? d->tok_mention[at] : -1;
    /* (or a town no list holds, one bare word where the phrase ends: "الاتحاد المحلي
     * للفلاحة بتستور، فإن"، "تعاونية المربين في تاكلسة إن"; no clitic is read off a word no
     * list holds, so its ب is its first letter; a definite one, "في القبيات", is left: the
     * dictionary holds too many such words) */
    int32_t town = at >= 0 ? at : p->kind == TOK_WORD && p->fold[0] == 0x0628 && p->fold_len >= 4 ? e : -1;
    if (m < 0 && town >= 0 && town + 1 < d->n_tokens) {
        const struct token *t = &d->tokens[town], *n = &d->tokens[town + 1];
        int32_t skip = town == at ? 0 : 1; /* (not ب and a word: "ببساطة" is "simply") */
        if (t->kind == TOK_WORD && (t->flags & TOKF_ARABIC) && !(t->flags & TOKF_COMMON) && !t->lex &&
            t->fold_len - skip >= 3 && !lexicon_is_common_as_written(x->lx, t->fold + skip, t->fold_len - skip) &&
            (n->kind == TOK_PUNCT || (tok_kinds(n) & (LEX_COMPLEMENTIZER | LEX_VERB))))
            return t->span.end;
    }
    if (m < 0 || d->mentions[m].tok_begin != at || !is_place_type(d->entities[d->mentions[m].entity].type))
        return -1;
    int32_t and_next = d->mentions[m].tok_end, m2 = and_next < d->n_tokens ? d->tok_mention[and_next] : -1;
    if (m2 >= 0 && d->mentions[m2].tok_begin == and_next && d->tokens[and_next].fold[0] == 0x0648 &&
        d->tokens[and_next].lex_prefix && is_place_type(d->entities[d->mentions[m2].entity].type))
        m = m2;
    return d->mentions[m].span.end;
}

/* "قالت السفارة الروسية في بيروت إن"، "الغرفة التجارية والصناعية بتعز": a body named
 * with the city it sits in speaks under that name, where the entity is the body alone
 * (org_heads.tsv: a mission keeps its seat in its entity's name already). */
static void with_seat(struct actx *x, struct who *w)
{
    const struct doc *d = x->d;
    int32_t k = token_from(d, w->span.start);
    const struct token *h = k < d->n_tokens ? &d->tokens[k] : NULL;
    if (!h || (h->lex && (h->lex->role_classes & (CLASS_MISSION | CLASS_MEDIA))))
        return;
    int32_t end = seat_end(x, token_from(d, w->span.end));
    const char *named = end >= 0 ? span_text(x, (struct span){w->span.start, end}) : NULL;
    if (named)
        w->name = named;
}

/* "أصدرت مديرية التجارة في ريف دمشق بيانا ... وأكدت المديرية أن": a body whose full name
 * was read with its seat speaks under that name wherever it is found again. */
static void bodies_with_seat(struct actx *x)
{
    struct doc *d = x->d;
    for (int32_t i = 0; i < d->n_quotes; i++) {
        struct quote *q = &d->quotes[i];
        if (q->speaker_entity < 0 || q->speaker_name != d->entities[q->speaker_entity].name ||
            d->entities[q->speaker_entity].type != ENT_ORG)
            continue;
        struct who w = {.span = d->entities[q->speaker_entity].name_span, .name = q->speaker_name};
        /* (where the name was read as written: "للمجمع الكيميائي" gives its name the article
         * back, and the seat after it is read with the span's words) */
        size_t len = 0;
        const char *read = w.span.start >= 0 ? doc_span_utf8(d, w.span, &len) : NULL;
        if (!read || len != strlen(w.name) || memcmp(read, w.name, len))
            continue;
        /* (the seat of "فرع وزارة الزراعة بمنطقة الباحة" is the branch's: the ministry
         * itself, "الوزارة" further on, is named without it) */
        static const UChar branch[] = {0x0641, 0x0631, 0x0639};
        int32_t k = token_from(d, w.span.start);
        const struct token *before = k > 0 ? &d->tokens[k - 1] : NULL;
        if (before && before->fold_len == 3 && !memcmp(before->fold, branch, sizeof branch))
            continue;
        with_seat(x, &w);
        /* (every quote of the body takes the name at once) */
        for (int32_t j = i; j < d->n_quotes; j++)
            if (d->quotes[j].speaker_entity == q->speaker_entity && d->quotes[j].speaker_name == d->entities[q->speaker_entity].name)
                d->quotes[j].speaker_name = w.name;
    }
}

static void apply(struct quote *q, const struct who *w, uint8_t how)
{
    q->speaker_entity = w->entity;
    q->speaker_name = w->name;
    q->speaker_span = w->span;
    q->resolution = how;
}

/* The same word, or the body's with a conjunction و the headline drops: "والعراق لن
 * ينجر" in the body repeats "العراق لن ينجر" of the headline. */
static int same_word_but_wa(const struct token *body, const struct token *head)
{
    int32_t skip = body->lex_prefix >= 1 && body->fold_len > 1 && body->fold[0] == 0x0648 &&
                   !(head->fold_len > 0 && head->fold[0] == 0x0648);
    return body->fold_len - skip == head->fold_len &&
           !memcmp(body->fold + skip, head->fold, (size_t)head->fold_len * sizeof *body->fold);
}

/* The body quotation that repeats a headline's words ("ونائب: «لسنا طرفًا في أي محور»"
 * and, below, "قائلًا: «لسنا طرفًا في أي محور، ولن نكون»"): headlines lift their quotes
 * from the body, so the body's speaker of the same words is the headline's. Three of its
 * words in a row, among its first eight, must recur in order (a headline rewords the
 * start: "على بغداد أن تقرأ دروس كورسك جيداً" and, below, "«قراءة دروس كورسك جيداً»");
 * -1 when none does. */
static int32_t repeated_below(const struct doc *d, int32_t i)
{
    enum { RUN = 3, HEAD_WORDS = 8 };
    const struct quote *h = &d->quotes[i];
    int32_t w[HEAD_WORDS], n = 0;
    for (int32_t k = h->content_tb; k < h->content_te && n < HEAD_WORDS; k++)
        if (d->tokens[k].kind == TOK_WORD)
            w[n++] = k;
    /* (a run of short words says little: "أن لا في") */
    int32_t starts[HEAD_WORDS], n_starts = 0;
    for (int32_t s0 = 0; s0 + RUN <= n; s0++)
        if (d->tokens[w[s0]].fold_len + d->tokens[w[s0 + 1]].fold_len + d->tokens[w[s0 + 2]].fold_len >= 10)
            starts[n_starts++] = s0;
    if (n_starts == 0)
        return -1;
    for (int32_t j = i + 1; j < d->n_quotes; j++) {
        const struct quote *b = &d->quotes[j];
        for (int32_t k = b->content_tb; k < b->content_te; k++) {
            const struct token *first = &d->tokens[k];
            if (first->kind != TOK_WORD)
                continue;
            for (int32_t si = 0; si < n_starts; si++) {
                const struct token *h0 = &d->tokens[w[starts[si]]];
                if (!same_word_but_wa(first, h0))
                    continue;
                int32_t m = starts[si], t = k;
                while (m < starts[si] + RUN && t < b->content_te) {
                    const struct token *body = &d->tokens[t], *head = &d->tokens[w[m]];
                    if (body->kind != TOK_WORD) {
                        t++;
                        continue;
                    }
                    if (!same_word_but_wa(body, head))
                        break;
                    m++, t++;
                }
                if (m == starts[si] + RUN)
                    return j;
            }
        }
    }
    return -1;
}

/* "وصف الوزير حديث X بأنه «...»، وقال في تغريدة إن": a verb in و right after a comma
 * that closes the previous quotation of its sentence shares that quotation's subject,
 * of its gender, even one the text does not name (whom the object's X would otherwise
 * replace). */
static int same_subject_verb(struct actx *x, const struct quote *q, int32_t qi, struct who *out)
{
    const struct doc *d = x->d;
    const struct token *c = &d->tokens[q->cue_tok];
    if (qi == 0 || q->cue_tok < 2 || x->n_hist == 0 || !x->hist[x->n_hist - 1].name)
        return 0;
    const struct quote *pq = &d->quotes[qi - 1];
    const struct who *prev = &x->hist[x->n_hist - 1];
    /* (not after a statement's own words: "مقطعا يقول فيه بوتين إن «...»، وعلّق عليه") */
    if (pq->sentence != q->sentence || pq->cue_kind != CUE_VERB || tok_in_it(d, pq->cue_tok + 1) ||
        c->fold[0] != 0x0648 || c->lex_prefix != 1 ||
        !tok_is_comma(&d->tokens[q->cue_tok - 1]) || !gender_ok(q->cue_gender, prev->gender))
        return 0;
    /* (the comma right after the quotation's words or marks) */
    int32_t k = q->cue_tok - 2;
    if (tok_is_quote_mark(&d->tokens[k]))
        k--;
    if (d->tokens[k].span.end < pq->content.end - 1 || d->tokens[k].span.start >= pq->content.end + 1)
        return 0;
    *out = *prev;
    out->span.start = out->span.end = -1;
    return 1;
}

/* "...، وهو ما أكده تاجر في السوق، وقال: «...»": a verb in و after the comma that ends a
 * relative's subject, with no subject of its own after it, goes on with that subject (the
 * phrase quotes.c read before it is the sentence's opening clause, someone else's). */
static int relative_subject_goes_on(struct actx *x, const struct quote *q, int32_t qi, struct who *out)
{
    const struct doc *d = x->d;
    const struct quote *pq = qi > 0 ? &d->quotes[qi - 1] : NULL;
    const struct token *c = &d->tokens[q->cue_tok];
    if (!pq || q->cue_kind != CUE_VERB || q->subject_pronoun || pq->sentence != q->sentence ||
        pq->cue_kind != CUE_RELATIVE || pq->np_end != q->cue_tok - 1 || !tok_is_comma(&d->tokens[q->cue_tok - 1]) ||
        c->lex_prefix != 1 || c->fold[0] != 0x0648 || (q->np_end > q->np_begin && q->np_end > pq->cue_tok) ||
        x->n_hist == 0 || !x->hist[x->n_hist - 1].name)
        return 0;
    *out = x->hist[x->n_hist - 1];
    out->span.start = out->span.end = -1;
    return 1;
}

/* "مضيفة، نقلا عن مصدرين دبلوماسيين في موسكو، أن": a participle whose clause opens with a
 * relay set off by commas has the relayed for speaker, read up to the comma. */
static int relayed_aside(struct actx *x, const struct quote *q, struct who *out)
{
    const struct doc *d = x->d;
    int32_t k = q->cue_tok + 1, end = d->sentences[q->sentence].tok_end;
    const struct lex_entry *e;
    if (k + 2 >= end || !tok_is_comma(&d->tokens[k]))
        return 0;
    int32_t n = tok_phrase_at(d, x->lx, k + 1, end, LEX_SOURCE, 0, &e, NULL);
    if (!n || e->source_kind != SOURCE_RELAY)
        return 0;
    int32_t b = k + 1 + n, c = b;
    while (c < end && c - b < 10 && c < q->content_tb && !tok_is_comma(&d->tokens[c]))
        c++;
    uint8_t how;
    return c > b && c < end && tok_is_comma(&d->tokens[c]) && read_phrase(x, q, b, c, out, &how);
}

/* Does the phrase [b, e) name anyone itself: an entity, a title, a role, a body? (not a
 * group: "الحكومات العربية") */
static int names_anyone(const struct doc *d, int32_t b, int32_t e)
{
    for (int32_t k = b; k < e; k++)
        if (d->tok_mention[k] >= 0 || (tok_kinds(&d->tokens[k]) & (LEX_TITLE | LEX_ROLE_NOUN | LEX_ORG_HEAD | LEX_FIRST_NAME)))
            return 1;
    return 0;
}

/* Is the phrase [b, e) one state or city alone ("وطالبت موسكو بـ")? After a quotation of
 * the same sentence, such a phrase is whom the subject calls on. */
static int only_a_state(const struct doc *d, int32_t b, int32_t e)
{
    int32_t mi = b < e ? d->tok_mention[b] : -1;
    return mi >= 0 && d->mentions[mi].tok_begin == b && d->mentions[mi].tok_end == e &&
           d->entities[d->mentions[mi].entity].type == ENT_GPE;
}

int attribution_resolve(struct doc *d, struct arena *a, const struct lexicon *lx)
{
    struct actx x = {d, a, lx, NULL, 0, 0, -2};
    x.hist = arena_array(a, (size_t)d->n_quotes + 1, sizeof *x.hist);
    /* per headline quotation: whether its head only describes the speaker, whom the body
     * names (by the role, else as the first person quoted; or only the latter) */
    enum { BODY_NONE = 0, BODY_BY_ROLE, BODY_FIRST_QUOTED, BODY_SHORT_NAME };
    uint8_t *from_body = arena_array(a, (size_t)d->n_quotes + 1, sizeof *from_body);
    if (!x.hist || !from_body)
        return -1;
    for (int32_t i = 0; i < d->n_quotes; i++) {
        struct quote *q = &d->quotes[i];
        struct who w;
        memset(&w, 0, sizeof w);
        w.entity = -1;
        w.span.start = w.span.end = -1;
        uint8_t how = RESOLVED_NONE;
        int ok = 0, cited = 0;
        int32_t appos;
        if (q->cue_kind == CUE_ANSWER) {
            ok = interviewee(&x, q, &w);
            how = RESOLVED_ELIDED;
        } else if (q->cue_kind == CUE_VERB && d->byline_entity >= 0 && tok_writer_voice(d, &d->tokens[q->cue_tok])) {
            w = who_entity(&x, d->byline_entity, -1); /* "كتبنا أن": the writer */
            ok = 1;
            how = RESOLVED_PRONOUN;
        } else if (cited_saying(&x, q, &w)) {
            ok = 1; /* "مستشهدا بقول الرئيس X إن": X */
            how = RESOLVED_EXPLICIT;
            cited = 1;
        } else if (document_came_in(&x, q, &w)) {
            ok = 1; /* "أصدرت الجمعية بيانا ... وجاء في البيان أن": the issuer */
            how = RESOLVED_ROLE_NOUN;
        } else if (statement_author_in_it(&x, q, &w)) {
            ok = 1; /* "نشر تدوينة لـY جاء فيها أن": Y */
            how = RESOLVED_EXPLICIT;
        } else if (q->cue_kind == CUE_PARTICIPLE && relayed_aside(&x, q, &w)) {
            ok = 1; /* "مضيفة، نقلا عن مصدرين في موسكو، أن": the sources relayed speak */
            how = RESOLVED_EXPLICIT;
        } else if (q->cue_kind == CUE_PARTICIPLE && !(is_relay_cue(d, q) && q->np_end > q->np_begin)) {
            /* (a participle of relaying names whom it relays: "ناقلة عن X قوله") */
            ok = participle_subject(&x, q, i, &w, &how);
        } else if (relative_subject_goes_on(&x, q, i, &w)) {
            ok = 1; /* "...، وهو ما أكده تاجر في السوق، وقال: «...»" */
            how = RESOLVED_ELIDED;
        } else if (q->np_end > q->np_begin && q->cue_kind == CUE_VERB && (tok_kinds(&d->tokens[q->cue_tok]) & LEX_VERB) &&
                   d->tokens[q->cue_tok].lex->verb_prep &&
                   !tok_written_pronoun(d, &d->tokens[q->cue_tok]) &&
                   (!names_anyone(d, q->np_begin, q->np_end) || only_a_state(d, q->np_begin, q->np_end)) &&
                   same_subject_verb(&x, q, i, &w)) {
            ok = 1; /* "وحيّت الجبهة «...»، ودعت الحكومات العربية إلى": whom it calls on */
            how = RESOLVED_ELIDED;
        } else if (q->np_end > q->np_begin && q->cue_kind == CUE_VERB && (appos = appositive_name(d, q)) >= 0) {
            /* "أوضح مستشار رئيس الوزراء X للشؤون الاقتصادية، Y، أن": Y */
            w = who_entity(&x, d->mentions[appos].entity, appos);
            ok = 1;
            how = RESOLVED_EXPLICIT;
        } else if (q->np_end > q->np_begin) {
            x.unnamed_title = 0;
            ok = read_phrase(&x, q, q->np_begin, q->np_end, &w, &how);
            /* "ودعا الحكومة إلى": a masculine verb takes no body of feminine gender as its
             * subject right after it; that is its object, and the subject is elided */
            if (ok && w.gender == GENDER_FEM && q->cue_gender == GENDER_MASC && q->cue_kind == CUE_VERB &&
                q->np_begin == q->cue_tok + 1 && !(w.classes & CLASS_PERSON) && !q->subject_pronoun &&
                head_names(d, q->np_begin, &w)) {
                ok = same_subject_verb(&x, q, i, &w) || focus_at(&x, q->cue_gender, q->cue.start, &w);
                how = RESOLVED_ELIDED;
            }
            /* "شقيقة زعيم كوريا الشمالية: ...": a noun in construct with a state names
             * someone of that state, whom the body names */
            int of_state = ok && w.entity >= 0 && d->entities[w.entity].type == ENT_GPE &&
                           d->tok_mention[q->np_begin] < 0 && d->tokens[q->np_begin].kind == TOK_WORD &&
                           !tok_has_article(&d->tokens[q->np_begin]) &&
                           !(tok_kinds(&d->tokens[q->np_begin]) & (LEX_ORG_HEAD | LEX_STATEMENT | LEX_GROUP));
            /* ("صناعي حلبي: ...": someone by trade, the first person quoted below — the
             * adjective names no role the body gives) */
            int by_trade = q->cue_kind == CUE_HEADLINE && tok_relation_head(d, q->np_begin, q->np_end);
            if (by_trade && !ok)
                ok = as_written(&x, tok_span(d, q->np_begin, q->np_end), GENDER_UNKNOWN, CLASS_PERSON, &w, &how);
            /* ("مساعد أمين الجامعة العربية الأسبق:": a title with the body it serves, read as
             * written, is someone the body names with that role too, when it does; "مندوب
             * اليمن:" whose role the body gives no one stays as written; a definite title
             * too, "السفير الروسي بدمشق:" over "وأكد السفير X") */
            const struct token *h0 = &d->tokens[q->np_begin];
            int titled_head = ok && q->cue_kind == CUE_HEADLINE && w.entity < 0 && q->np_end > q->np_begin + 1 &&
                              d->tok_mention[q->np_begin] < 0 && h0->lex && (tok_kinds(h0) & LEX_TITLE) &&
                              (h0->lex->role_classes & CLASS_PERSON) &&
                              q->sentence < HEADLINE_SENTENCES && role_holder(d, q->np_begin, q->np_end, NULL) >= 0;
            if (ok && q->cue_kind == CUE_HEADLINE &&
                (x.unnamed_title || how == RESOLVED_ROLE_NOUN || of_state || by_trade || titled_head))
                from_body[i] = of_state || by_trade ? BODY_FIRST_QUOTED : BODY_BY_ROLE; /* resolved below */
            /* "\"المياه\": ...": a short name in marks that nothing else names stands as written */
            if (!ok && q->cue_kind == CUE_HEADLINE && q->np_begin > 0 && tok_is_quote_mark(&d->tokens[q->np_begin - 1]) &&
                as_written(&x, tok_span(d, q->np_begin, q->np_end), GENDER_UNKNOWN, CLASS_ORG, &w, &how)) {
                ok = 1;
                from_body[i] = BODY_SHORT_NAME; /* the body may say who speaks for it: below */
            }
            /* ".. والأرصاد: «...»": one definite word no list holds, an institution; the
             * body may say who speaks for it (below) */
            if (!ok && q->cue_kind == CUE_HEADLINE && q->np_end == q->np_begin + 1 &&
                tok_has_article(&d->tokens[q->np_begin]) && !(tok_kinds(&d->tokens[q->np_begin]) & LEX_STOP) &&
                q->np_begin > 0 && !(d->tokens[q->np_begin].flags & TOKF_NEWLINE_BEFORE)) {
                struct span sp = tok_span(d, q->np_begin, q->np_end);
                sp.start = tok_u16_at_fold(d, &d->tokens[q->np_begin], d->tokens[q->np_begin].lex_prefix);
                ok = as_written(&x, sp, GENDER_UNKNOWN, CLASS_ORG, &w, &how);
                from_body[i] = BODY_SHORT_NAME;
            }
            int32_t field = !ok && q->cue_kind == CUE_HEADLINE && q->np_end == q->np_begin + 1
                                ? quotes_ministry_by_field(d, q->np_begin) : -1;
            if (field >= 0 && as_written(&x, tok_span(d, field, field + 2), GENDER_FEM, CLASS_ORG | CLASS_MINISTRY, &w, &how)) {
                ok = 1; /* "التجارة: ...": وزارة التجارة, as the lead writes it */
            }
            /* "نشروا مقطعا مصورا قالوا إنه": an indefinite object in the accusative right
             * before the verb, whose relative clause it opens; the sentence's subject */
            if (!ok && q->cue_kind == CUE_VERB && q->np_end == q->cue_tok && accusative_end(d, q->np_begin, q->np_end) &&
                (q->cue_gender == GENDER_PLURAL ? sentence_group(&x, q, &w)
                                                : sentence_subject(&x, q->cue_gender, q->cue.start, &w))) {
                ok = 1;
                how = RESOLVED_ELIDED;
            }
            /* "وقال حارس اللجنة للصحفيين إن": a common noun no list holds, in construct with
             * a definite one, is someone described, as written (the role nouns after it
             * name no one known) */
            if (!ok && q->cue_kind == CUE_VERB && q->np_begin == q->cue_tok + 1 && q->np_end > q->np_begin + 1 &&
                d->tok_mention[q->np_begin] < 0) {
                const struct token *h = &d->tokens[q->np_begin];
                if (h->kind == TOK_WORD && (h->flags & TOKF_ARABIC) && (h->flags & TOKF_COMMON) && !tok_kinds(h) &&
                    !tok_has_article(h) && !h->lex_prefix && tok_has_article(&d->tokens[q->np_begin + 1]) &&
                    !(tok_kinds(&d->tokens[q->np_begin + 1]) & (LEX_STOP | LEX_VERB))) {
                    int32_t g = phrase_end(&x, q->np_begin, q->np_end);
                    ok = as_written(&x, tok_span(d, q->np_begin, g), q->cue_gender, CLASS_PERSON, &w, &how);
                }
            }
            /* words that name nobody (أيضا، مجددا، اليوم): the subject is elided; a noun
             * that names no one we know (التقديرات، الأرقام): nobody to credit */
            /* (nor does how they were said, alone: "ويضيف ضاحكا أن") */
            if (!ok && q->cue_kind != CUE_HEADLINE && q->cue_kind != CUE_SOURCE &&
                (!has_content_word(d, q->np_begin, q->np_end) ||
                 (q->np_end == q->np_begin + 1 && tok_manner_participle(&d->tokens[q->np_begin])))) {
                ok = focus(&x, q->cue_gender, &w);
                how = RESOLVED_ELIDED;
            }
        } else if (q->cue_kind == CUE_MASDAR && q->cue_tok > 0 && d->tok_mention[q->cue_tok - 1] >= 0 &&
                   d->entities[d->mentions[d->tok_mention[q->cue_tok - 1]].entity].type != ENT_LOC) {
            /* "وردت تشوي بالقول إن": the subject of the verb the masdar completes */
            int32_t mi = d->tok_mention[q->cue_tok - 1];
            w = who_entity(&x, d->mentions[mi].entity, mi);
            ok = 1;
            how = RESOLVED_EXPLICIT;
        } else if (q->cue_kind == CUE_MASDAR && masdar_clause_subject(&x, q, &w)) {
            ok = 1; /* "فيما اكتفت السفارة ...، ردا على ...، بالقول إن" */
            how = RESOLVED_ELIDED;
        } else if (relay_pronoun_referent(&x, q, &w)) {
            ok = 1;
            how = RESOLVED_PRONOUN;
        } else if (q->cue_kind == CUE_VERB && relative_antecedent(&x, q, &w)) {
            ok = 1; /* "«لوفيغارو» الفرنسية، التي ترى أن" */
            how = RESOLVED_EXPLICIT;
        } else if (opening_statement_publisher(&x, q, &w)) {
            ok = 1;
            how = RESOLVED_ELIDED;
        } else if (q->cue_kind == CUE_VERB && relative_author(&x, q, &w)) {
            ok = 1; /* "صحيفة X، التي نشرت تقريرا ...، قالت فيه إن" */
            how = RESOLVED_ELIDED;
        } else if (q->cue_kind != CUE_HEADLINE) {
            /* "ويعود الأول ليؤكد أن": the ordinal is the subject before the verb */
            int ord = q->cue_tok > 0 ? ordinal_word(d, q->cue_tok - 1) : 0;
            if (ord && ordinal_speaker(&x, ord, d->tokens[q->cue_tok - 1].span.start, &w)) {
                ok = 1;
                how = RESOLVED_ROLE_NOUN;
            } else if (!q->subject_pronoun && asked_one_answers(&x, q, &w)) {
                ok = 1;
                how = RESOLVED_ELIDED;
            } else if (q->cue_kind == CUE_VERB && q->cue_gender == GENDER_PLURAL && !q->subject_pronoun &&
                       q->np_end == q->np_begin && (i == 0 || d->quotes[i - 1].sentence != q->sentence) &&
                       sentence_group(&x, q, &w)) {
                ok = 1; /* "وتداول ناشطون صورة ...، قالوا إنها": the group the sentence is about */
                how = RESOLVED_ELIDED;
            } else if (q->cue_kind == CUE_VERB && q->np_end == q->np_begin && !q->subject_pronoun &&
                       subject_before_qabla(&x, q, &w)) {
                ok = 1;
                how = RESOLVED_ELIDED;
            } else if (elided_later_verb(d, q) && (i == 0 || d->quotes[i - 1].sentence != q->sentence) &&
                       (sentence_subject(&x, q->cue_gender, q->cue.start, &w) || clause_subject(&x, q, &w))) {
                ok = 1; /* "ويرفض السفير الأسبق ...، ويصفه بأنه": the sentence's subject */
                how = RESOLVED_ELIDED;
            } else if (q->cue_kind == CUE_VERB && q->np_end == q->np_begin && !q->subject_pronoun &&
                       !d->tokens[q->cue_tok].lex_prefix && idh_after_comma(d, q->cue_tok - 1) &&
                       (i == 0 || d->quotes[i - 1].sentence != q->sentence) &&
                       (sentence_subject(&x, q->cue_gender, q->cue.start, &w) ||
                        (clause_subject(&x, q, &w) && w.entity >= 0))) {
                ok = 1; /* "وكانت المجر قد عرقلت الحزمة، إذ رأت أن": the one named as the subject */
                how = RESOLVED_ELIDED;
            } else if ((q->cue_kind == CUE_SOURCE ||
                        (q->subject_pronoun == 1 && (i == 0 || d->quotes[i - 1].sentence != q->sentence))) &&
                       clause_subject(&x, q, &w)) {
                /* (لكنه أوضح after a clause that quoted no one: that clause's subject) */
                ok = 1; /* "وكانت الوزارة قد بدأت ...، حسبما أفادت": the clause's subject */
                how = RESOLVED_ELIDED;
            } else if (q->cue_kind == CUE_VERB && !q->subject_pronoun && statement_subject(&x, q, &w)) {
                ok = 1; /* "وتخصص الدراسة فصلا ...، إذ تذكّر بأن": the document speaks */
                how = RESOLVED_ELIDED;
            } else if (q->cue_kind == CUE_VERB && label_above(&x, q, &w)) {
                ok = 1;
                how = RESOLVED_ELIDED;
            } else if (q->cue_kind == CUE_VERB && q->np_end == q->np_begin && !q->subject_pronoun &&
                       same_subject_verb(&x, q, i, &w)) {
                ok = 1; /* "وصف وزير الإعلام حديث X بأنه «...»، وقال إن": the same subject */
                how = RESOLVED_ELIDED;
            } else if (q->cue_kind == CUE_VERB && q->np_end == q->np_begin && q->cue_tok >= 3 && i > 0 &&
                       d->quotes[i - 1].sentence == q->sentence && tok_is_wa_huwa(&d->tokens[q->cue_tok - 2]) &&
                       tok_is_comma(&d->tokens[q->cue_tok - 3]) && x.n_hist > 0 && x.hist[x.n_hist - 1].name) {
                /* "أن العلاقات تحكمها الشراكة التي أرساها الملك، وهي شراكة قال إنها «...»": the
                 * speaker of the words just before goes on, not whoever they name */
                w = x.hist[x.n_hist - 1];
                w.span.start = w.span.end = -1;
                ok = 1;
                how = RESOLVED_ELIDED;
            } else if (q->cue_kind == CUE_VERB && q->np_end == q->np_begin && !q->subject_pronoun &&
                       q->cue_tok > 0 && tok_is_what(&d->tokens[q->cue_tok - 1]) && sentence_subject(&x, q->cue_gender, q->cue.start, &w)) {
                ok = 1; /* "وكان المكتب السياسي قد بارك ... ما وصفه بـ«...»": the sentence's subject */
                how = RESOLVED_ELIDED;
            } else if (q->cue_kind == CUE_VERB && q->subject_pronoun == 1 && i > 0 &&
                       d->quotes[i - 1].sentence == q->sentence && d->quotes[i - 1].content_te >= q->cue_tok - 3 &&
                       x.n_hist > 0 && x.hist[x.n_hist - 1].name && gender_ok(q->cue_gender, x.hist[x.n_hist - 1].gender)) {
                /* "ورد الوزير بأن الحكومة كانت على علم منذ زيارة كيم ...، لكنه أقر بأن": the
                 * pronoun right after the words goes on with their speaker, not with someone
                 * the words named */
                w = x.hist[x.n_hist - 1];
                w.span.start = w.span.end = -1;
                ok = 1;
                how = RESOLVED_PRONOUN;
            } else {
                ok = focus_at(&x, q->cue_gender, q->cue.start, &w);
                how = q->subject_pronoun ? RESOLVED_PRONOUN : RESOLVED_ELIDED;
            }
        }
        /* "أكدت عميد القبول د.منيرة العجمي": a feminine verb with a person named as its
         * subject says she is a woman, whatever her title's gender */
        /* (not for a verb of relaying: in "نقلت الوكالة عن الوزير" the verb agrees with the
         * agency) */
        if (ok && how == RESOLVED_EXPLICIT && q->cue_kind == CUE_VERB && q->cue_gender == GENDER_FEM && w.entity >= 0 &&
            d->entities[w.entity].type == ENT_PERSON && !is_relay_cue(d, q)) {
            d->entities[w.entity].gender = GENDER_FEM;
            w.gender = GENDER_FEM;
        }
        if (ok && how == RESOLVED_EXPLICIT && q->cue_kind == CUE_SOURCE)
            how = RESOLVED_SOURCE;
        if (ok && q->cue_kind == CUE_HEADLINE)
            how = RESOLVED_HEADLINE;
        /* "عميد متقاعد: ..." whom the body gives that role is who speaks now, so that
         * "فرد العميد المتقاعد" below finds him among the speakers */
        if (ok && q->cue_kind == CUE_HEADLINE && from_body[i] == BODY_BY_ROLE && q->sentence < HEADLINE_SENTENCES) {
            int32_t holder = role_holder(d, q->np_begin, q->np_end, NULL);
            if (holder >= 0) {
                struct span named = w.span;
                w = who_entity(&x, holder, -1);
                w.span = named;
                /* (still BODY_BY_ROLE: a body quotation of the same words, below, wins) */
            }
        }
        if (ok && (how == RESOLVED_EXPLICIT || how == RESOLVED_SOURCE) && w.entity >= 0 && d->entities[w.entity].type == ENT_ORG &&
            w.span.start >= 0)
            with_seat(&x, &w);
        if (ok)
            apply(q, &w, how);
        /* (whoever cites a saying stays in focus: "، مستشهدا بقول X إن «...». وأشار إلى أن") */
        struct who citer;
        uint8_t citer_how;
        if (cited && participle_subject(&x, q, i, &citer, &citer_how))
            w = citer;
        /* (and so does whoever recalls one: "ويستعيد X عبارة قالها له Y: «...». ويضيف أن" is
         * X again) */
        else if (ok && q->cue_kind == CUE_VERB && !d->tokens[q->cue_tok].lex_prefix && tok_describes_statement(d, q->cue_tok) &&
                 sentence_subject(&x, GENDER_UNKNOWN, d->tokens[q->cue_tok - 1].span.start, &citer) &&
                 citer.entity != w.entity)
            w = citer;
        /* (and so does whoever reports what someone said: "ويتذكر X أن Y قال لوفد زاره:
         * «...». ويضيف أن" is X again) */
        else if (ok && q->cue_kind == CUE_VERB && q->np_begin < q->cue_tok && q->np_begin > 1 &&
                 (tok_kinds(&d->tokens[q->np_begin - 1]) & LEX_COMPLEMENTIZER)) {
            if (d->tok_mention[q->np_begin - 2] >= 0) {
                if (sentence_subject(&x, GENDER_UNKNOWN, d->tokens[q->np_begin - 1].span.start, &citer) &&
                    citer.entity != w.entity && citer.entity >= 0 && d->entities[citer.entity].type == ENT_PERSON)
                    w = citer;
            } else if (x.n_hist > 0 && x.hist[x.n_hist - 1].entity >= 0 && x.hist[x.n_hist - 1].entity != w.entity &&
                       d->entities[x.hist[x.n_hist - 1].entity].type == ENT_PERSON && reporter_role_before(d, q->np_begin - 1)) {
                /* (with a role noun for X right after his verb, the speaker in focus: "ويروي
                 * الدبلوماسي السابق أن مسؤولا ... قال له ذات مرة إن «...»") */
                w = x.hist[x.n_hist - 1];
            }
        }
        x.hist[x.n_hist++] = ok ? w : (struct who){-1, NULL, {-1, -1}, 0, 0};
    }
    /* Headlines naming only a role ("..., security adviser says", "مسؤول ياباني: ..."):
     * the person the body gives that role, else, for a "X: ..." headline, the first
     * person quoted below. Roles are matched in the headline block only, which also
     * keeps the scan over the entities bounded. */
    for (int32_t i = 0; i < d->n_quotes; i++) {
        struct quote *q = &d->quotes[i];
        int top = q->sentence < HEADLINE_SENTENCES;
        int heading = top && (d->sentences[q->sentence].flags & SENT_NO_FINAL_PUNCT) != 0;
        int role_only = q->cue_kind == CUE_HEADLINE ? (!q->speaker_name || from_body[i] != BODY_NONE)
                                                    : heading && q->speaker_name && q->speaker_entity < 0;
        if (!role_only)
            continue;
        int32_t rep = q->cue_kind == CUE_HEADLINE ? repeated_below(d, i) : -1;
        /* (but a head of a title and more of its words, "باحث فلسطيني:", is the one the
         * body gives that role, "الباحث الفلسطيني X", over another whose words recur) */
        int shared = 0;
        int32_t holder = top && from_body[i] != BODY_FIRST_QUOTED ? role_holder(d, q->np_begin, q->np_end, &shared) : -1;
        if (rep >= 0 && d->quotes[rep].speaker_entity >= 0 && !(holder >= 0 && shared >= 2 && from_body[i] != BODY_SHORT_NAME)) {
            q->speaker_entity = d->quotes[rep].speaker_entity;
            q->speaker_name = d->quotes[rep].speaker_name;
            q->resolution = RESOLVED_HEADLINE;
            continue;
        }
        /* ("\"الطاقة\": ..." is وزارة الطاقة, or its spokesman quoted below: a short name
         * is not a role, and the first person quoted may be anyone else) */
        if (from_body[i] == BODY_SHORT_NAME) {
            int32_t body = top ? body_of_short_name(d, i, q->np_begin) : -1;
            if (body >= 0) {
                q->speaker_entity = body;
                q->speaker_name = d->entities[q->speaker_entity].name;
                q->resolution = RESOLVED_HEADLINE;
            }
            continue;
        }
        /* (the head "شقيقة زعيم X" is not the role of X's leader) */
        if (holder >= 0) {
            q->speaker_entity = holder;
            q->speaker_name = d->entities[holder].name;
            q->resolution = RESOLVED_HEADLINE;
            continue;
        }
        /* (a headline's words in marks with no one named before them are only the body's
         * speaker's, above) */
        if (q->cue_kind != CUE_HEADLINE || q->np_begin == q->np_end)
            continue;
        const struct token *head = &d->tokens[q->np_begin];
        /* ("مسؤول بالخارجية السودانية:" is the unnamed "مسؤول رفيع في وزارة الخارجية"
         * quoted below, not the first person the body names) */
        int32_t unnamed = -1;
        for (int32_t j = i + 1; j < d->n_quotes && unnamed < 0; j++) {
            const struct quote *b = &d->quotes[j];
            if (b->speaker_entity < 0 && b->speaker_name && b->resolution == RESOLVED_EXPLICIT && b->np_end > b->np_begin &&
                tok_same_head(head, &d->tokens[b->np_begin]))
                unnamed = j;
        }
        if (unnamed >= 0) {
            q->speaker_name = d->quotes[unnamed].speaker_name;
            q->resolution = RESOLVED_HEADLINE;
            continue;
        }
        /* (a word no list holds: whom the body names by it) */
        int32_t named_so = !tok_kinds(head) ? quoted_as(d, head, i) : -1;
        if (named_so >= 0) {
            q->speaker_entity = d->quotes[named_so].speaker_entity;
            q->speaker_name = d->quotes[named_so].speaker_name;
            q->resolution = RESOLVED_HEADLINE;
            continue;
        }
        /* (of the role's gender: "أكاديمية قطرية:" is the first woman quoted below) */
        uint8_t head_gender = head->lex && (tok_kinds(head) & LEX_TITLE) ? head->lex->role_gender : GENDER_UNKNOWN;
        for (int32_t j = i + 1; j < d->n_quotes; j++) {
            const struct quote *b = &d->quotes[j];
            if (d->par_end[b->cue_tok] == d->par_end[q->cue_tok])
                continue; /* (a second headline on the line is no one the body quotes) */
            if (b->speaker_entity >= 0 && d->entities[b->speaker_entity].type == ENT_PERSON &&
                !opposite_genders(head_gender, d->entities[b->speaker_entity].gender)) {
                q->speaker_entity = b->speaker_entity;
                q->speaker_name = b->speaker_name;
                q->resolution = RESOLVED_HEADLINE;
                break;
            }
        }
    }
    bodies_with_seat(&x);
    int32_t w = 0;
    for (int32_t i = 0; i < d->n_quotes; i++)
        if (d->quotes[i].speaker_name)
            d->quotes[w++] = d->quotes[i];
    d->n_quotes = w;
    return 0;
}
