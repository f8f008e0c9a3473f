/*
 * tokens.h — words, numbers and punctuation marks, from ICU's word segments (nlp/wordbreak.h),
 * each with its matching form and the lexicon entry it (or its clitic-stripped form) has.
 */
#ifndef QAWL_TOKENS_H
#define QAWL_TOKENS_H

#include <stdint.h>
#include <unicode/ubrk.h>

#include "nlp/doc.h"
#include "nlp/lexicon.h"

struct arena;

/* Fills d->tokens (and each sentence's token range) from ICU's word segments; `bi`, a
 * UBRK_WORD iterator owned by the caller, segments the lines wordbreak_next() cannot. Whitespace is not a token; every other character outside a word
 * is a one-character punctuation token. Needs d->sentences. 0 or -1 (arena, ICU). */
int tokens_split(struct doc *d, struct arena *a, UBreakIterator *bi);

/* Looks every token up in the lexicon (trying clitic variants) and in the common-word
 * list; sets tok->lex, tok->lex_prefix and TOKF_COMMON, and keeps every clitic reading
 * that has an entry and the longer keys each starts (tok->var_kinds, d->tok_readings,
 * in the arena) for tok_phrase_at.
 * 0, or -1 when the arena is exhausted. */
int tokens_tag(struct doc *d, struct arena *a, const struct lexicon *lx);

/* ---- predicates shared by the stages that read tokens ---- */

/* LEX_* bits of the token's entry (0 when it has none). Inline: the later stages ask it
 * of nearly every token they look at, several times over. */
static inline uint32_t tok_kinds(const struct token *tk)
{
    return tk->lex ? tk->lex->kinds : 0;
}

/* 1 when word token k, less its first `skip` fold units read as a clitic prefix (0: the
 * word as written; 1 after و/ف or ب/ل/ك; ...), is a marker word (markers.tsv) of one of
 * the MARK_* kinds in `mask`: ويذكر with skip 1 is يذكر. Reads the readings tokens_tag
 * kept (a marker word always has an entry, so its reading is among them): no lookup. */
static inline int tok_marker_after(const struct doc *d, int32_t k, int32_t skip, marker_set mask)
{
    if (!(d->tokens[k].var_kinds & LEX_MARKER))
        return 0;
    for (const struct lex_hit *h = d->tok_readings[k].hits; h && h->e; h++)
        if (h->v.skip == skip && !h->v.add_al)
            return (h->e->markers & mask) != 0;
    return 0;
}

/* tok_marker_after() of the word as written: المصدر, not والمصدر. A word tagged with no
 * clitic taken off has its own entry as tok->lex, read without the readings. */
static inline int tok_marker(const struct doc *d, int32_t k, marker_set mask)
{
    const struct token *t = &d->tokens[k];
    if (!(t->var_kinds & LEX_MARKER))
        return 0;
    if (t->lex && !t->lex_prefix)
        return (t->lex->markers & mask) != 0;
    return tok_marker_after(d, k, 0, mask);
}

/* tok_marker_after() with whatever clitics the word carries: الحوار، بالحوار، للمقابلة. */
static inline int tok_marker_behind_clitics(const struct doc *d, int32_t k, marker_set mask)
{
    if (!(d->tokens[k].var_kinds & LEX_MARKER))
        return 0;
    for (const struct lex_hit *h = d->tok_readings[k].hits; h && h->e; h++)
        if (h->e->markers & mask)
            return 1;
    return 0;
}

/* 1 when the token is the single character c. */
int tok_is_char(const struct token *tk, UChar c);
/* لـ written apart (before an outlet's quoted name: لـ"الصباح"), a word of one letter;
 * inline, for the speaker-phrase walks ask it of every word */
static inline int tok_is_lone_lam(const struct token *tk)
{
    return tk->kind == TOK_WORD && tk->fold_len == 1 && tk->fold[0] == 0x0644;
}
/* Length of the pronoun suffix a word of four letters or more ends in: ه (1), ها or هم (2),
 * or 0 — a verb's object (وصفه، وصفها) or a noun's possessor (قرارها). ه alone may also be
 * a folded ta marbuta (دراسة). */
static inline int tok_object_pronoun_len(const struct token *t)
{
    int32_t n = t->fold_len;
    if (n < 4)
        return 0;
    if (t->fold[n - 2] == 0x0647 && (t->fold[n - 1] == 0x0627 || t->fold[n - 1] == 0x0645))
        return 2;
    return t->fold[n - 1] == 0x0647 ? 1 : 0;
}

/* تعزيز، إنشاء، اعتماد، متابعة، استحداث: the shape of a verbal noun of a derived pattern
 * (تفعيل، إفعال، افتعال، مفاعلة، استفعال), as folded. */
static inline int tok_derived_masdar_shape(const struct token *t)
{
    const UChar *f = t->fold;
    switch (t->fold_len) {
    case 5:
        return (f[0] == 0x062A && f[3] == 0x064A) || (f[0] == 0x0627 && f[3] == 0x0627);
    case 6:
        return (f[0] == 0x0627 && f[2] == 0x062A && f[4] == 0x0627) || (f[0] == 0x0645 && f[2] == 0x0627 && f[5] == 0x0647);
    case 7:
        return f[0] == 0x0627 && f[1] == 0x0633 && f[2] == 0x062A && f[5] == 0x0627;
    default:
        return 0;
    }
}

/* تنتظر، يعمل، تنقله: a word of four letters or more in ت، ي or ن, the shape of a present
 * verb the lists may not hold. */
static inline int tok_present_verb_shape(const struct token *t)
{
    return t->fold_len >= 4 && (t->fold[0] == 0x062A || t->fold[0] == 0x064A || t->fold[0] == 0x0646);
}

/* The word ends in ها، هم or ه as written — a pronoun, not a ta marbuta folded to ه
 * (قلقه، وصفها؛ not دراسة). */
int tok_written_pronoun(const struct doc *d, const struct token *t);

/* "عبارة قالها له دبلوماسي روسي": the verb at k carries a pronoun and follows an
 * indefinite statement noun, so it describes that noun (a clause on it, whose subject
 * follows the verb), not the sentence's own subject. */
int tok_describes_statement(const struct doc *d, int32_t k);
/* فيه، فيها at token k: "in it", after a verb whose subject wrote the statement it
 * stands for (بيانا قال فيه). */
int tok_in_it(const struct doc *d, int32_t k);

/* A word that ends in a possessive pronoun as written (قرارها، موقفه) and has no other
 * reading: a noun with its owner, never part of a name. */
int tok_pronoun_suffixed(const struct doc *d, const struct token *t);

/* The head word of a name or role without its clitics and article (الرابطة، للرابطة،
 * رابطة -> رابطة), in the token's fold; its length in *len. */
const UChar *tok_head_stem(const struct token *t, int32_t *len);

/* Do a and b have the same head word (tok_head_stem)? */
int tok_same_head(const struct token *a, const struct token *b);

/* Are a and b one noun, whatever their clitics, article and accusative alef (برقيةً،
 * البرقية؛ بيانا، البيان)? */
int tok_same_noun(const struct token *a, const struct token *b);

/* عليه، لها، إليهم: a stop word (a preposition) with a pronoun attached, its last letters
 * ه، ها or هم as written (not a ta marbuta). */
int tok_carries_pronoun(const struct doc *d, const struct token *t);

/* 1 for , ، and the other commas. */
static inline int tok_is_comma(const struct token *tk)
{
    return tk->kind == TOK_PUNCT && tk->fold_len == 1 &&
           (tk->fold[0] == ',' || tk->fold[0] == 0x060C || tk->fold[0] == 0xFF0C);
}

/* قد, alone or with و، ف or ل in front (وقد، فقد، لقد): the particle before a verb. */
static inline int tok_is_qad(const struct token *t)
{
    const UChar *f = t->fold;
    int32_t n = t->fold_len;
    if (t->kind != TOK_WORD || n < 2 || n > 3 || f[n - 2] != 0x0642 || f[n - 1] != 0x062F)
        return 0;
    return n == 2 || f[0] == 0x0644 || f[0] == 0x0648 || f[0] == 0x0641;
}

/* وهو، وهي: و + the independent pronoun of the third person singular, which opens an
 * aside on what the sentence names or a clause describing it. */
static inline int tok_is_wa_huwa(const struct token *t)
{
    return t->kind == TOK_WORD && t->fold_len == 3 && t->fold[0] == 0x0648 && t->fold[1] == 0x0647 &&
           (t->fold[2] == 0x0648 || t->fold[2] == 0x064A);
}

/* The pronoun written on a preposition from fold position p on (عنه، عنها، عنهم; p = 2
 * for عن): 1 and its gender in *g, or 0 when the rest is no third-person pronoun. */
static inline int tok_pronoun_after(const struct token *t, int32_t p, uint8_t *g)
{
    int32_t rest = t->fold_len - p;
    if (p <= 0 || rest < 1 || rest > 3 || t->fold[p] != 0x0647)
        return 0;
    *g = rest == 1 ? GENDER_MASC : t->fold[p + 1] == 0x0627 && rest == 2 ? GENDER_FEM : GENDER_PLURAL;
    return 1;
}

/* لوكالتنا، لصحيفتنا، لموقعنا: ل + a noun + "our" (the outlet that was told), a word of
 * the language in a form no word list holds; never part of a name. */
static inline int tok_lam_noun_ours(const struct token *t)
{
    int32_t n = t->fold_len;
    return t->kind == TOK_WORD && n >= 6 && t->fold[0] == 0x0644 && t->fold[n - 2] == 0x0646 && t->fold[n - 1] == 0x0627;
}

/* ويبوو، تاي-وو: Arabic writes a doubled waw once, under a shadda, so a word ending in two
 * is foreign; tokens_tag gives it no common-word flag (the dictionary would read و + a
 * stem). */
static inline int tok_two_final_waws(const struct token *t)
{
    int32_t n = t->fold_len;
    return n >= 3 && t->fold[n - 1] == 0x0648 && t->fold[n - 2] == 0x0648;
}

/* أنا، أن are never written with a madda: a word written with آ first whose whole form's
 * entry `e` is a function word (a pronoun, a complementiser, a stop word that is also a
 * given name) is a name, آنا، آن: tokens_tag gives it no entry and no common-word flag. */
static inline int tok_madda_name(const struct token *tk, const struct lex_entry *e)
{
    return (tk->flags & TOKF_MADDA_FIRST) && e &&
           ((e->kinds & (LEX_PRONOUN | LEX_COMPLEMENTIZER)) || (e->kinds & (LEX_STOP | LEX_FIRST_NAME)) == (LEX_STOP | LEX_FIRST_NAME));
}

/* آنا: a name written with its madda whose form the given-name list holds (its entry,
 * shared with أنا, is no reading of it: tok_madda_name) */
static inline int tok_madda_given_name(const struct token *tk)
{
    return (tk->flags & TOKF_MADDA_FIRST) && !tk->lex && (tk->var_kinds & LEX_FIRST_NAME);
}

/* A word in ل that no list knows and no mention covers (لعنب بلدي، لشدى إف إم): right
 * after a verb of saying it is the outlet told, not the speaker, whose name in ل
 * (لبنى، لؤي) the given-name list holds. */
static inline int tok_unknown_in_lam(const struct doc *d, int32_t k)
{
    const struct token *t = &d->tokens[k];
    return t->kind == TOK_WORD && t->fold_len >= 4 && t->fold[0] == 0x0644 && !tok_kinds(t) && d->tok_mention[k] < 0;
}

/* The writer's own past words: a verb listed as "self" (كتبنا، قلت), or any past verb
 * whose final ت carries a damma as written (كتبتُ، ذكرتُ) or that follows كنت (قد)
 * ("وكنت قد كتبت"): "I wrote", not "she wrote". */
int tok_writer_voice(const struct doc *d, const struct token *t);

/* 1 for - – — used as parenthetical dashes. */
int tok_is_dash(const struct token *tk);

/* 1 for a question mark, Arabic ؟ or Latin ?. */
int tok_is_question_mark(const struct token *tk);

/* Is the word at k glued by a hyphen to a word after it, no space on either side of the
 * hyphen (سو-يون، جي-هون)? */
static inline int tok_glued_hyphen_after(const struct doc *d, int32_t k)
{
    return k + 2 < d->n_tokens && tok_is_dash(&d->tokens[k + 1]) && !(d->tokens[k + 1].flags & TOKF_SPACE_BEFORE) &&
           !(d->tokens[k + 2].flags & TOKF_SPACE_BEFORE) && d->tokens[k + 2].kind == TOK_WORD;
}

/* 1 when the word carries the definite article after its clitics (الـ، والـ، بالـ، للـ).
 * (the bare ال is tested inline: most calls end there, on hot paths) */
int tok_has_article_after_clitic(const struct token *tk);
static inline int tok_has_article(const struct token *tk)
{
    if (tk->fold_len < 4 || !(tk->flags & TOKF_ARABIC))
        return 0;
    return (tk->fold[0] == 0x0627 && tk->fold[1] == 0x0644 && !(tk->flags & (TOKF_HAMZA_FIRST | TOKF_MADDA_FIRST))) ||
           tok_has_article_after_clitic(tk);
}

/* 1 when the lexicon read the word as a preposition clitic (ب ل ك, after an optional
 * و/ف) in front of a known word or name: بموسكو، للكرملين. Unknown words say 0. */
int tok_has_prep_clitic(const struct token *tk);

/* 1 for a nationality or direction adjective: الروسي، الكورية، روس، أميركيون. */
int tok_is_demonym(const struct lexicon *lx, const struct token *tk);

/* The first token after a nationality and the origin it states at k ("السوري الأصل"،
 * "الكوبي من أصل لبناني"), set off before a name; k when the words there say no origin. */
int32_t tok_after_origin(const struct doc *d, const struct lexicon *lx, int32_t k, int32_t end);

/* 1 for an adjective of reach rather than nation (demonyms.tsv "scope"): الدولية، الأممية. */
int tok_is_scope_adjective(const struct lexicon *lx, const struct token *tk);

/* 1 when the word can be part of a person's name: a given name, a family name, a name
 * particle, or an Arabic word no common-word list knows and that carries no article;
 * capitalised Latin words count too. */
int tok_is_name_like(const struct lexicon *lx, const struct token *tk);

/* 1 when token k is مالك, a given name that also means "owner of", before the thing it
 * owns (مالك الناقلة، مالك العمارة): a definite word of the dictionary, before `end`, that
 * is no nisba (مالك السعدي is a name). */
int tok_owner_of_next(const struct doc *d, const struct lexicon *lx, int32_t k, int32_t end);

/* Longest lexicon key starting at word token k (through the clitics of its first word)
 * and made of word tokens before `end`, whose entry has one of the LEX_* bits in `mask`.
 * Returns its length in tokens, 0 when none; *out is the entry and, when not NULL,
 * *variant the clitic reading of the first word. `with_article` also tries لل as ال.
 * Needs tokens_tag, whose readings and phrases it reads: no lookup of its own. */
int32_t tok_phrase_from(const struct doc *d, const struct lexicon *lx, int32_t k, int32_t end, uint32_t mask,
                        int with_article, const struct lex_entry **out, struct clitic_variant *variant);

/* tok_phrase_from(), answered in line for the word that starts nothing the caller wants
 * (its readings' kinds say so): most words, asked by every stage, some 2,000 times per
 * article. */
static inline int32_t tok_phrase_at(const struct doc *d, const struct lexicon *lx, int32_t k, int32_t end,
                                    uint32_t mask, int with_article, const struct lex_entry **out,
                                    struct clitic_variant *variant)
{
    if (!(d->tokens[k].var_kinds & (mask | LEX_PHRASE_START)))
        return 0;
    return tok_phrase_from(d, lx, k, end, mask, with_article, out, variant);
}

/* 1 for an English preposition or clause word after which a reporting verb has a
 * circumstance: "said in a statement", "said on Tuesday". */
int tok_is_english_preposition(const struct token *t);

/* 1 when the word's fold is one of words[0..n_words) (lower-case ASCII), else 0. */
int tok_is_ascii_word(const struct token *t, const char *const *words, size_t n_words);

/* 1 for a quotation mark: " “ ” « » „ ″ */
int tok_is_quote_mark(const struct token *tk);

/* 1 for a relative pronoun: الذي، التي، الذين (and the forms they begin). */
int tok_is_relative_pronoun(const struct token *tk);

/* The gender of a singular relative pronoun with no clitic: GENDER_FEM for التي,
 * GENDER_MASC for الذي, else GENDER_UNKNOWN. */
uint8_t tok_relative_gender(const struct token *tk);
/* أحد / إحدى "one of" (behind a clitic too): the gender it gives the speaker, or 0. */
uint8_t tok_one_of(const struct token *t);

/* 1 when the word ends in ة as written: folding makes it ه, so a noun like قدرة also reads
 * as a verb with its object (قدّره), which no finite verb written with ة is. */
static inline int tok_ta_marbuta(const struct doc *d, const struct token *t)
{
    return t->span.end > t->span.start && d->text.u16[t->span.end - 1] == 0x0629;
}

/* 1 for the prepositions إلى, على and عن (in line: the quote stage asks of many tokens). */
static inline int tok_is_ila(const struct token *tk)
{
    return tk->kind == TOK_WORD && tk->fold_len == 3 && tk->fold[0] == 0x0627 && tk->fold[1] == 0x0644 &&
           tk->fold[2] == 0x064A;
}

static inline int tok_is_ala(const struct token *tk)
{
    return tk->kind == TOK_WORD && tk->fold_len == 3 && tk->fold[0] == 0x0639 && tk->fold[1] == 0x0644 &&
           tk->fold[2] == 0x064A;
}

/* قبل and بعد as words of their own ("before", "after"): a clause of time opens at them
 * (قبل أن، بعد أن) */
static inline int tok_is_qabl(const struct token *tk)
{
    return tk->kind == TOK_WORD && tk->fold_len == 3 && tk->fold[0] == 0x0642 && tk->fold[1] == 0x0628 &&
           tk->fold[2] == 0x0644;
}

static inline int tok_is_baad(const struct token *tk)
{
    return tk->kind == TOK_WORD && tk->fold_len == 3 && tk->fold[0] == 0x0628 && tk->fold[1] == 0x0639 &&
           tk->fold[2] == 0x062F;
}

static inline int tok_is_an(const struct token *tk)
{
    return tk->kind == TOK_WORD && tk->fold_len == 2 && tk->fold[0] == 0x0639 && tk->fold[1] == 0x0646;
}

/* حدودية، صناعي، صوتية: the ending of an adjective of relation (ي, or يه: ية folded). */
static inline int tok_nisba_ending(const struct token *t)
{
    int32_t n = t->fold_len;
    return n >= 3 && (t->fold[n - 1] == 0x064A || (t->fold[n - 2] == 0x064A && t->fold[n - 1] == 0x0647));
}

/* Are tokens [b, e) indefinite adjectives of relation alone, with no clitic and no one
 * named in them: a document's "رسمية"، "حكومية أولية" (not "التعاونية", a body's head)? */
static inline int tok_adjectives_alone(const struct doc *d, int32_t b, int32_t e)
{
    for (int32_t k = b; k < e; k++) {
        const struct token *t = &d->tokens[k];
        if (t->kind != TOK_WORD || d->tok_mention[k] >= 0 || t->lex_prefix || !tok_nisba_ending(t) ||
            tok_has_article(t) || (tok_kinds(t) & ~(uint32_t)(LEX_TOPIC | LEX_DEMONYM)))
            return 0;
    }
    return b < e;
}

/* "برلماني"، "صناعي حلبي"، "محاضر جامعي": tokens [b, e) are one or two bare words named by
 * nothing and no title, role, group or organisation's head, the last an adjective of
 * relation (in ي), the first no statement noun: a headline's head naming someone by trade
 * or origin, whom the body names. */
int tok_relation_head(const struct doc *d, int32_t b, int32_t e);

/* ابن or ابنة ("son", "daughter"; ابنة has four letters as folded). */
static inline int tok_is_son(const struct token *t)
{
    return t->fold_len >= 3 && t->fold_len <= 4 && t->fold[0] == 0x0627 && t->fold[1] == 0x0628 && t->fold[2] == 0x0646;
}

/* "ابن مدينة سطيف": ابن or ابنة at k before a place's head, a son or daughter of the
 * place: an epithet for someone named before, not a name. */
static inline int tok_son_of_place(const struct doc *d, int32_t k)
{
    const struct token *n = k + 1 < d->n_tokens ? &d->tokens[k + 1] : NULL;
    return n && tok_is_son(&d->tokens[k]) && (tok_kinds(n) & LEX_ORG_HEAD) && (n->lex->role_classes & CLASS_PLACE);
}

/* كما: "as" (كما يقول، كما جاء على لسان X) */
static inline int tok_is_kama(const struct token *tk)
{
    return tk->kind == TOK_WORD && tk->fold_len == 3 && tk->fold[0] == 0x0643 && tk->fold[1] == 0x0645 &&
           tk->fold[2] == 0x0627;
}

/* A trade's qualifier right after its noun, "wholesale" in تجار جملة (markers.tsv
 * role_adjective, a stop word as جملة also is); not the adverb of "نفاه جملة وتفصيلا"
 * (next: the word after it, or NULL). */
static inline int tok_is_trade_qualifier(const struct doc *d, int32_t k, const struct token *next)
{
    const struct token *t = &d->tokens[k];
    return t->kind == TOK_WORD && !t->lex_prefix && (tok_kinds(t) & LEX_STOP) && tok_marker(d, k, MARK_ROLE_ADJECTIVE) &&
           !(next && next->kind == TOK_WORD && next->fold_len > 1 && next->fold[0] == 0x0648 && (tok_kinds(next) & LEX_STOP));
}

/* غير: "non-", the noun that negates the adjective after it (غير المباشرة، غير الحكومية) */
static inline int tok_is_ghayr(const struct token *tk)
{
    return tk->kind == TOK_WORD && tk->fold_len == 3 && tk->fold[0] == 0x063A && tk->fold[1] == 0x064A &&
           tk->fold[2] == 0x0631;
}

static inline int tok_is_fi(const struct token *tk)
{
    return tk->kind == TOK_WORD && tk->fold_len == 2 && tk->fold[0] == 0x0641 && tk->fold[1] == 0x064A;
}

/* قوله، قولها، قولهم: the word that closes a relay ("نقلت X عن Y قوله") and ends the
 * name before it. */
static inline int tok_is_qawluh(const struct token *t)
{
    const UChar *f = t->fold;
    return t->kind == TOK_WORD && t->fold_len >= 4 && f[0] == 0x0642 && f[1] == 0x0648 && f[2] == 0x0644 && f[3] == 0x0647;
}

/* بعض ("some of"), with و or ف on it or not */
static inline int tok_is_some(const struct token *tk)
{
    int32_t p = tk->lex_prefix;
    return tk->kind == TOK_WORD && tk->fold_len - p == 3 && tk->fold[p] == 0x0628 && tk->fold[p + 1] == 0x0639 &&
           tk->fold[p + 2] == 0x0636;
}

static inline int tok_is_min(const struct token *tk)
{
    return tk->kind == TOK_WORD && tk->fold_len == 2 && tk->fold[0] == 0x0645 && tk->fold[1] == 0x0646;
}

/* Does the word hold a letter that no transliteration of an East Asian or a Western name
 * uses (ع، ح، ص، ض، ظ)? Then it is an Arabic word: لعرض is ل + a noun, no syllable. */
int tok_has_arabic_only_letter(const struct token *t);

/* لي جي هون: a syllable of an East Asian name (two to four letters, or -ng, no article,
 * in no list of function or title words), and لي as the family name Li before two of them
 * (not "to me": "قال لي سامي"). */
int tok_east_asian_syllable(const struct token *t);
int tok_lee_family(const struct doc *d, int32_t k);
/* بين in "وانغ ون بين، المتحدث": a function word of three letters as the last syllable of an
 * East Asian name, where a comma or the complementiser ends the name after it (Bin). */
int tok_function_word_syllable(const struct doc *d, int32_t k);
/* tok_lee_family, or the Chinese family names ما and هو before two syllables (ما جيان هوا). */
int tok_short_family(const struct doc *d, int32_t k);

/* "ممثل عن «روس أوبورون إكسبورت»، طلب عدم ذكر اسمه، أن": at k عن after a role, then one to
 * four words in marks with no verb, closed before a comma or a complementiser: the name of
 * the body the role speaks for. Returns the closing mark's index, or -1. */
int32_t tok_body_in_marks_after_an(const struct doc *d, int32_t k);

/* The words between a verb and its subject that are neither: 2 for "من جهته" (for his
 * part; جانبه، ناحيتها ...), 1 for a dative pronoun (لي، لنا، لها: markers.tsv's dative:
 * "وقال لنا أحمد الخوري إن", when a word other than أن follows it: not "يرى لي، الذي",
 * Li, nor لي of a longer name, tok_lee_family), else 0. */
static inline int32_t tok_aside_after_verb(const struct doc *d, int32_t k, int32_t end)
{
    if (k + 1 < end && tok_is_min(&d->tokens[k]) && tok_marker(d, k + 1, MARK_ONES_PART))
        return 2;
    const struct token *next = k + 1 < end ? &d->tokens[k + 1] : NULL;
    return next && next->kind == TOK_WORD && !(tok_kinds(next) & LEX_COMPLEMENTIZER) && tok_marker(d, k, MARK_DATIVE) &&
                   !tok_lee_family(d, k)
               ? 1
               : 0;
}

/* 1 for a word in the sound masculine plural as written (ين، ون at the end of at least
 * five units: المسلمين، مشاركون). */
int tok_sound_plural(const struct token *tk);

/* خبير and الخبير, وخبير; شطرة and الشطرة: one word whatever its article and conjunction (the
 * lexicon may list the forms apart). */
int tok_same_word_without_article(const struct token *a, const struct token *b);

/* صيادين، مزارعون: an indefinite sound plural whose singular the dictionary holds (صياد),
 * people of a trade; not a broken plural of the same ending (قوانين، موازين). */
int tok_people_plural(const struct lexicon *lx, const struct token *tk);

/* قاله، أكده، يصفها: the finite verb a word is with a written object pronoun taken off, or
 * NULL (its entry says the aspect). */
const struct lex_entry *tok_verb_before_pronoun(const struct doc *d, const struct lexicon *lx, const struct token *t);

/* "فرد الطاهر ضاحكا:"، "قال سامي مبتسما"، "ويضيف ضاحكا أن": 1 when t is a participle in
 * the accusative (فاعلا، مفتعلا، ساخرة، مبتسمة), a common word saying how the subject
 * spoke: no part of a name, and no one named. */
int tok_manner_participle(const struct token *t);

/* 1 when token k of d is ب on a noun the dictionary knows as written, saying how the
 * words were said (أجابت بحذر:، ويضيف بصوت متقطع:، تابعت بقلق بالغ), not who said them.
 * `name_may_follow`: the word may still be part of a name (entities ask before any name
 * is read; attribution asks only of words no mention holds). A family name in ب may read
 * as ب + a word (بنعدو، بيري، باسم), so then a word whose rest opens like a present verb
 * or with alef (ي ت ن ا) is not one, nor one set off by a comma. */
int tok_is_manner_after_ba(const struct doc *d, const struct lexicon *lx, int32_t k, int name_may_follow);

/* A statement noun, also with a possessive pronoun (بيان، حديثه، تصريحاتها). */
int tok_is_statement_word(const struct lexicon *lx, const struct token *t);
/* عائلته، أقاربه، شقيقه: a word no list holds as written (or only as a verb: أسرته), a
 * group of people or a person's title with the pronoun of whose they are; the stem's entry
 * (LEX_GROUP, or LEX_TITLE of CLASS_PERSON), else NULL. */
const struct lex_entry *tok_owned_people(const struct doc *d, const struct lexicon *lx, const struct token *t);
/* الكبير، السابق: a word with the article whose bare form describes a role (markers.tsv
 * role_adjective): after a definite noun, that noun's adjective. */
int tok_role_adjective_with_article(const struct lexicon *lx, const struct token *t);

/* كان، كانت، كانوا, also after و/ف. */
int tok_is_kana(const struct token *t);

/* أما (or وأما), "as for", which opens a topic. */
int tok_is_amma(const struct token *t);

/* ما, "what". */
int tok_is_ma(const struct token *t);
/* ما, بما or لما: "what" opening a relative ("بما سمّته «...»"، "ما وصفه بـ"). */
int tok_is_what(const struct token *t);

/* "ما" of "وهو ما / وهي ما / وهذا ما" at token k: a relative clause on what was said. */
int tok_relative_ma(const struct doc *d, int32_t k);

/* 1 when token k is ب on a common noun, with at most two common words after it and then
 * a colon: how the words were said, after their speaker ("ردّ الوزير بسؤال مضاد:"). */
int tok_manner_before_colon(const struct doc *d, const struct lexicon *lx, int32_t k);

/* 1 when e, a verb's form only, reads as its noun after prev: "أسقط أي ذكر للمساعدات"
 * (after أي, a mention, no cue); tokens_tag then leaves the token without an entry. */
int tok_verb_read_as_noun(const struct token *prev, const struct lex_entry *e);

/* "دفع ثمن الحرب" and "وثمّن الرئيس": entry e is a verb listed with `shadda` (a cue only as
 * written with its shadda, or in و/ف opening its clause) and token t is neither. The
 * quotes stage asks it of the verbs it reads as cues: the token keeps its entry, for the
 * memo of tokens_tag keeps readings per form, not per spelling. */
int tok_shadda_unwritten(const struct doc *d, const struct token *t, const struct lex_entry *e);

/* 1 for a common word with the alef of its accusative tanween: a noun, the verb's object
 * (بيانا، مقطعا), or an adjective as an adverb (ضمنيا، رسميا) — never part of a name. */
int tok_is_accusative_common(const struct lexicon *lx, const struct token *tk);

/* The subject written before the verb at token v (speaker-first order), back to the
 * start of its clause: "وزير الخارجية ... قال إن", "أما X فقال", "وكان X قد ذكر".
 * Returns the phrase's first token, or v when no phrase naming someone stands there.
 * Needs d->tok_mention. */
int32_t tok_subject_before(const struct doc *d, int32_t v);

/* UTF-16 index in the text of the token's fold unit `fold_index` (its clitic boundary). */
int32_t tok_u16_at_fold(const struct doc *d, const struct token *tk, int32_t fold_index);

#endif
