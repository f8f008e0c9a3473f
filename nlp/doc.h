/*
 * doc.h — the one document structure every stage reads and extends.
 *
 * Each stage appends to its own array (sentences, tokens, entities and mentions,
 * quotes) and may read what earlier stages produced; nothing points outside the
 * request's arena except the borrowed input text and read-only lexicon entries.
 * All spans are half-open [start, end) in UTF-16 units of doc->text.
 */
#ifndef QAWL_DOC_H
#define QAWL_DOC_H

#include <stdint.h>

#include "nlp/pipeline.h"
#include "nlp/text.h"

struct lex_entry;
struct lex_hit;
struct kb_entry;

struct span {
    int32_t start, end;
};

/* ---- sentences ---- */
enum {
    SENT_LINE_START = 1 << 0,   /* begins a line */
    SENT_NO_FINAL_PUNCT = 1 << 1, /* a heading or a line with no final punctuation */
    SENT_SOCIAL = 1 << 2,       /* "— Name (@handle) date" line closing an embedded post */
};

struct sentence {
    struct span span;
    int32_t tok_begin, tok_end; /* tokens [tok_begin, tok_end) */
    uint16_t flags;
};

/* ---- tokens ---- */
enum tok_kind { TOK_WORD = 0, TOK_NUMBER, TOK_PUNCT };

enum {
    TOKF_ARABIC = 1 << 0,       /* contains Arabic letters */
    TOKF_LATIN = 1 << 1,
    TOKF_SPACE_BEFORE = 1 << 2, /* whitespace or the start of the text precedes it */
    TOKF_NEWLINE_BEFORE = 1 << 3,
    TOKF_COMMON = 1 << 4,       /* the common-word list knows it (clitics stripped) */
    TOKF_UPPER = 1 << 5,        /* Latin word starting with a capital */
    TOKF_ALLCAPS = 1 << 6,      /* Latin word of two letters or more, all capitals */
    TOKF_HAMZA_FIRST = 1 << 7,  /* written with أ or إ first: its أل/إل is no article (إلفيرا) */
    TOKF_MADDA_FIRST = 1 << 8,  /* written with آ first: no article (آلية), no pronoun (آنا) */
    TOKF_HAMZA_INSIDE = 1 << 9, /* written with إ right after a first letter (a clitic): فإن,
                                 * never the name's particle فان that its fold also spells */
};

struct token {
    struct span span;
    int32_t sentence;
    uint8_t kind;
    uint8_t lex_prefix;         /* fold units of clitic prefix stripped to reach `lex` */
    uint16_t flags;
    const UChar *fold;          /* matching form, ignorables dropped (arena) */
    int32_t fold_len;
    uint32_t var_kinds;         /* LEX_* bits of every clitic reading's entry, OR'ed */
    const struct lex_entry *lex; /* lexicon entry of the word or of its stripped form */
};

/* What tokens_tag keeps of a token's lookups so that tok_phrase_at makes none. */
struct tok_readings {
    const struct lex_hit *hits; /* readings that have an entry, most literal first, ended by
                                 * e == NULL; shared by tokens of the same form; NULL when none */
    const struct lex_entry *const *phrases; /* per reading in hits, the entries of the longer
                                 * keys it starts with the next words, each run ended by
                                 * NULL; NULL when no reading goes on */
};

/* ---- entities ---- */
enum ent_type { ENT_PERSON = 0, ENT_ORG, ENT_GPE, ENT_LOC, ENT_GROUP, ENT_TYPE_COUNT };

/* GPE or LOC: wherever a place can stand (a seat, "في X"), either kind of place will do. */
static inline int is_place_type(uint8_t type)
{
    return type == ENT_GPE || type == ENT_LOC;
}

enum gender { GENDER_UNKNOWN = 0, GENDER_MASC, GENDER_FEM, GENDER_PLURAL };

/* What kind of speaker an entity can be; role nouns ("the newspaper", "the expert")
 * are resolved to the most recent speaker whose class they share. */
enum {
    CLASS_PERSON = 1 << 0,
    CLASS_MEDIA = 1 << 1,       /* newspapers, agencies, channels */
    CLASS_STATE = 1 << 2,       /* countries and capitals speaking for them */
    CLASS_MINISTRY = 1 << 3,    /* ministries, governments, offices */
    CLASS_ORG = 1 << 4,         /* other organisations */
    CLASS_EXPERT = 1 << 5,      /* researchers, analysts, experts */
    CLASS_OFFICIAL = 1 << 6,    /* ministers, presidents, spokespeople, diplomats */
    CLASS_GROUP = 1 << 7,       /* unnamed groups: observers, sources, officials */
    CLASS_PLACE = 1 << 8,       /* not a speaker: head of a GPE's name (محافظة، ولاية) */
    CLASS_SITE = 1 << 9,        /* not a speaker: head of a LOC's name (جزيرة، نهر) */
    CLASS_MISSION = 1 << 10,    /* embassies and missions: named with where they sit */
    CLASS_FRONT = 1 << 11,      /* جبهة: before a place a battle front, the place alone named */
    CLASS_NATIONAL = 1 << 12,   /* a known body of one country (مجلس الدوما): its nationality
                                 * adjective after it only describes it */
    CLASS_LANDMARK = 1 << 13,   /* not a speaker: head of a named site kept in its LOC name
                                 * (ميناء طرطوس، قاعدة حميميم الجوية) */
    CLASS_STATION = 1 << 14,    /* a broadcaster's head, kept in its name (قناة الجزيرة، إذاعة
                                 * صفاقس، راديو سوا), unlike a paper's (صحيفة X is X) */
    CLASS_SPEAKING = 1 << 15,   /* المتحدث: "the one speaking"; alone, with no باسم after it,
                                 * whoever spoke last, of any class */
};

struct entity {
    const char *name;           /* UTF-8 (arena): the fullest name seen */
    int32_t called_len;         /* bytes of name before the name proper: a title the person
                                 * is called by and a space ("البابا "), else 0 */
    const char *role;           /* UTF-8 (arena) or NULL: title or position seen with it */
    int32_t role_tb, role_te;   /* tokens of that role, or -1 */
    int32_t affiliation;        /* organisation (else state) named in the role, or -1 */
    const struct kb_entry *kb;  /* canonical identity or NULL */
    uint8_t type;               /* enum ent_type */
    uint8_t gender;             /* enum gender */
    uint16_t classes;           /* CLASS_* bits */
    int32_t first_mention;      /* index into doc->mentions, chained by next_same */
    int32_t n_mentions;
    struct span name_span;      /* where `name` was read */
    const UChar *key;           /* folded name (arena), for merging */
    int32_t key_len;
    const UChar *last_key;      /* folded last word of a person's name, for surname matches */
    int32_t last_key_len;
};

struct mention {
    struct span span;
    int32_t entity;
    int32_t next_same;          /* next mention of the same entity, -1 at the end */
    int32_t tok_begin, tok_end;
};

/* ---- quotes ---- */
enum quote_type { QUOTE_DIRECT = 0, QUOTE_INDIRECT, QUOTE_MIXED };

/* How the speaker was found: the API's "resolved" field. */
enum resolution {
    RESOLVED_NONE = 0,
    RESOLVED_EXPLICIT,          /* named in the reporting clause */
    RESOLVED_SURNAME,           /* a surname alone, linked to the full name */
    RESOLVED_ROLE_NOUN,         /* "the expert", "the newspaper" */
    RESOLVED_PRONOUN,           /* attached or independent pronoun */
    RESOLVED_ELIDED,            /* verb with no expressed subject */
    RESOLVED_SOURCE,            /* "according to X" */
    RESOLVED_HEADLINE,          /* "X: ..." */
};

/* What introduced the quotation; attribution reads the speaker differently for each. */
enum cue_kind {
    CUE_VERB = 0,               /* قال X إن ... */
    CUE_PARTICIPLE,             /* ..., مؤكدا أن ...: the clause's speaker goes on */
    CUE_MASDAR,                 /* الإشارة إلى أن ...، تصريحات X بأن ... */
    CUE_RELATIVE,               /* ...، وهو ما أكده X */
    CUE_SOURCE,                 /* بحسب X، ... / ...، بحسب X */
    CUE_HEADLINE,               /* X: ... */
    CUE_CONTINUATION,           /* a quoted passage going on with no new cue */
    CUE_ANSWER,                 /* "ج: ..." — an interview's answer, the interviewee's words */
};

struct quote {
    uint8_t type;               /* enum quote_type */
    uint8_t resolution;         /* enum resolution */
    uint8_t cue_kind;           /* enum cue_kind */
    uint8_t cue_gender;         /* enum gender of the verb (قال m, قالت f) */
    uint8_t subject_pronoun;    /* the subject is a pronoun attached before the verb (لكنه) */
    int32_t cue_tok;            /* token of the cue word */
    int32_t np_begin, np_end;   /* tokens naming the speaker in the cue clause; empty if none */
    int32_t content_tb, content_te; /* tokens of the content (marks included) */
    struct span cue;
    struct span content;
    int32_t sentence;
    int32_t speaker_entity;     /* index into doc->entities or -1 */
    struct span speaker_span;   /* the mention the speaker was read from; start < 0 if none */
    const char *speaker_name;   /* UTF-8 (arena) or NULL */
    uint32_t topics;            /* bit i: topic i of the model's topic list */
};

struct doc {
    struct text text;
    enum lang lang;
    const struct model *model;
    struct sentence *sentences;
    int32_t n_sentences;
    struct token *tokens;
    int32_t n_tokens;
    struct entity *entities;
    int32_t n_entities;
    struct mention *mentions;
    int32_t n_mentions;
    int32_t byline_entity;      /* the writer, a person named on a line of their own among the
                                 * first lines ("بقلم: Name"), or -1: whom "كتبنا، قلت" quote */
    struct tok_readings *tok_readings; /* per token, from tokens_tag (arena; apart from
                                 * struct token, whose size every token pays for) */
    int32_t *tok_mention;       /* per token: the mention covering it, or -1 */
    int32_t *par_end;           /* per token: the first token of the next paragraph */
    struct quote *quotes;
    int32_t n_quotes;
    uint32_t topics;            /* topics of the whole article */
    double pact_relevance;      /* 0..1 */
};

/* Names of the enums as the API spells them. */
const char *ent_type_name(enum ent_type t);
const char *quote_type_name(enum quote_type t);
const char *resolution_name(enum resolution r);

/* The UTF-8 bytes of span `s` (a pointer into the submitted text and a length). */
const char *doc_span_utf8(const struct doc *d, struct span s, size_t *len);

#endif
