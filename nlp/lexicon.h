/*
 * lexicon.h — every word list qawl knows, compiled at start-up into one table.
 *
 * Each data file in config/lexicons/ contributes senses to entries keyed by matching
 * form (text_fold_unit, ignorables dropped; words of a phrase joined by one space).
 * A word can carry several senses at once ("الرئيس" is a title and a role noun), so an
 * entry is a set of LEX_* bits plus the payload each sense needs. The table, the
 * knowledge base and the common-word list are read-only once loaded.
 */
#ifndef QAWL_LEXICON_H
#define QAWL_LEXICON_H

#include <stddef.h>
#include <stdint.h>
#include <unicode/utypes.h>

#include "nlp/strtab.h"

enum {
    LEX_VERB = 1u << 0,          /* reporting verb form */
    LEX_COMPLEMENTIZER = 1u << 1, /* أن، إن، بأن ... */
    LEX_SOURCE = 1u << 2,        /* بحسب، وفقا ل، نقلا عن: "according to X" */
    LEX_TAG = 1u << 3,           /* حسب تعبيره، على حد قوله: closing tag, current speaker */
    LEX_TITLE = 1u << 4,         /* word that introduces a name: الرئيس، وزير */
    LEX_ROLE_NOUN = 1u << 5,     /* definite role noun that refers back: الخبير، الصحيفة */
    LEX_FIRST_NAME = 1u << 6,    /* given name or name particle */
    LEX_STOP = 1u << 7,          /* function word: never part of a name */
    LEX_ORG_HEAD = 1u << 8,      /* noun that starts an organisation's name: صحيفة، وزارة */
    LEX_GAZ = 1u << 9,           /* known name: knowledge base or ICU place names */
    LEX_GROUP = 1u << 10,        /* unnamed plural source: مراقبون، مصادر */
    LEX_PRONOUN = 1u << 11,      /* independent pronoun: هو، هي */
    LEX_TOPIC = 1u << 12,        /* topic keyword */
    LEX_PHRASE_START = 1u << 13, /* first word(s) of a longer key: see max_words */
    LEX_CONJ_BREAK = 1u << 14,   /* word that ends a speaker phrase: في حين، بينما ... */
    LEX_NP_CUE = 1u << 15,       /* verb whose noun-phrase object is the quotation (أعرب عن) */
    LEX_COMP_BLOCK = 1u << 16,   /* أن after it is modal or temporal (بعد أن، يمكن أن) */
    LEX_DEMONYM = 1u << 17,      /* nationality or direction adjective stem (روسي، شمالي) */
    LEX_FAMILY_NAME = 1u << 18,  /* East Asian family name, written first (كيم، لي) */
    LEX_NAME_PARTICLE = 1u << 19, /* joins the parts of a name: بن، عبد، أبو */
    LEX_STATEMENT = 1u << 20,    /* a statement noun: its genitive is its author (بيان X) */
    LEX_ORG_WORD = 1u << 21,     /* English word that makes a capitalised name an organisation */
    LEX_HONORIFIC = 1u << 22,    /* السيد، معالي: the next word starts a name, common or not */
    LEX_MARKER = 1u << 23,       /* a marker word of markers.tsv: see marker_set */
    LEX_MEDIA_TAIL = 1u << 24,   /* last word of an outlet's name: ستيب نيوز، أثر برس */
};

/* Marker words (markers.tsv): words a stage tests for by name, each for one convention of
 * news text. An entry holds the kinds of its form as written (lex_entry.markers); a line
 * with an ending is a stem instead, matched at the start of a word (lexicon_stem_marker). */
typedef uint64_t marker_set; /* MARK_* bits */
#define MARK_CREDIT_LINE (UINT64_C(1) << 0) /* المصدر: a story's credit line, "المصدر: الجزيرة" */
#define MARK_SAME_SOURCE (UINT64_C(1) << 1) /* المصدر after ذات: "the same source", the one before */
#define MARK_NARRATOR (UINT64_C(1) << 2) /* يذكر: "يُذكر أن", the narrator's background */
#define MARK_READ_ALSO (UINT64_C(1) << 3) /* اقرأ: first word of "اقرأ أيضا", a link to another story */
#define MARK_READ_ALSO_NEXT (UINT64_C(1) << 4) /* أيضا: its second word */
#define MARK_ANSWER_LABEL (UINT64_C(1) << 5) /* ج: an interview's answer, "ج: ..." */
#define MARK_NEGATION_NOUN (UINT64_C(1) << 6) /* عدم: the verb form after it is a verbal noun */
#define MARK_AFFILIATED (UINT64_C(1) << 7) /* التابع (stem): "belonging to", ties a body to its parent */
/* مطلع، المكلف (stems): a participle whose preposition and its object stay with it
 * (مطلعة على الملف، المكلفة بالصيد) */
#define MARK_GOVERNING (UINT64_C(1) << 8)
#define MARK_SAME_BEFORE (UINT64_C(1) << 9) /* نفس، ذات before a noun: "the same X" */
#define MARK_SAME_AFTER (UINT64_C(1) << 10) /* ذاته، نفسها after a noun: "the X itself" */
#define MARK_SEAT (UINT64_C(1) << 11) /* في، لدى: where a mission or an official sits */
#define MARK_BEHALF (UINT64_C(1) << 12) /* باسم: on whose behalf (المتحدث باسم) */
#define MARK_NAME_TAIL (UINT64_C(1) << 13) /* الدين، الله: completes a given name (حسام الدين) */
#define MARK_ORDINAL_FIRST (UINT64_C(1) << 14) /* الأول، الأولى: the first of two people quoted */
#define MARK_ORDINAL_SECOND (UINT64_C(1) << 15) /* الثاني، الثانية: the second of the two */
#define MARK_QUESTION_LABEL (UINT64_C(1) << 16) /* س، سؤال: an interviewer's question, "س: ..." */
#define MARK_ROLE_ADJECTIVE (UINT64_C(1) << 17) /* سابق، رفيع: describes a role, never a name ("مسؤول روسي سابق") */
#define MARK_WHETHER (UINT64_C(1) << 18) /* إذا after عمّا: "تساءل عمّا إذا", opens an indirect question */
#define MARK_WHETHER_BEFORE (UINT64_C(1) << 19) /* عمّا، ما، فيما before that إذا */
#define MARK_NEGATION (UINT64_C(1) << 20) /* لم، لن، لا before a verb: "لم يوضح ما إذا" reports nothing */
#define MARK_THESE_WORDS (UINT64_C(1) << 21) /* بهذه of "«...»، بهذه الكلمات بدأ X حديثه" */
#define MARK_THESE_WORDS_NEXT (UINT64_C(1) << 22) /* الكلمات، العبارة after it */
#define MARK_ASKED (UINT64_C(1) << 23) /* سؤال، استفسار (stems): what "ردا على" answers, when it is a question */
#define MARK_LATTER (UINT64_C(1) << 24) /* الأخير، الأخيرة: "the latter", the one named last (no stem) */
#define MARK_TEXT_OF (UINT64_C(1) << 25) /* نص: "وهذا نص البرقية:", the document's words follow (no stem) */
#define MARK_TITLE_WORD (UINT64_C(1) << 26) /* عنوان، بعنوان: the quoted words after it are a title (no stem) */
#define MARK_MA_ATTACHED (UINT64_C(1) << 27) /* حسبما، وفقما: a source marker with its ما written on (no stem) */
#define MARK_QUESTION (UINT64_C(1) << 28) /* هل: "هل ترى الصين أن" asks; the verb after it reports nothing (no stem) */
#define MARK_THUS (UINT64_C(1) << 29) /* هكذا: "«...»، هكذا علّق X", the words just quoted are X's (no stem) */
/* فيما، بينما، في حين (stopwords.tsv kind "contrast"): a break that may go on to another
 * actor, unlike لكن */
#define MARK_CONTRAST (UINT64_C(1) << 30)
#define MARK_GLOSS (UINT64_C(1) << 31) /* إشارة of "، في إشارة إلى ...": the narrator's gloss (no stem) */
#define MARK_BYLINE_LABEL (UINT64_C(1) << 32) /* بقلم، إعداد، تحرير: "بقلم: Name" is a byline, no headline (no stem) */
#define MARK_OCCASION (UINT64_C(1) << 33) /* تعليقا، تعقيبا before على: the occasion of the words (no stem) */
#define MARK_REPLY (UINT64_C(1) << 34) /* ردا before على: an occasion only when a question or a report follows (no stem) */
#define MARK_THAT_BEING (UINT64_C(1) << 35) /* وذلك: "، وذلك خلال ندوة", when or where the words were said follows (no stem) */
#define MARK_TIME_AFTER (UINT64_C(1) << 36) /* الماضي، المقبل: "جامعة قطر | الفصل الماضي", the noun before is a time (no stem) */
#define MARK_HOST_LABEL (UINT64_C(1) << 37) /* المذيعة، المحاور: "المذيعة: ..." is a host's turn, no quotation (no stem) */
#define MARK_STANDING (UINT64_C(1) << 38) /* الدائمة: "البعثة الروسية الدائمة لدى ...", a mission's qualifier before its seat (no stem) */
#define MARK_DATIVE (UINT64_C(1) << 41) /* لي، لنا، لها: "وقال لنا X إن", to whom, between verb and subject (no stem) */
#define MARK_CARDINAL (UINT64_C(1) << 40) /* ثلاثة، عدة: "قال ثلاثة مسؤولين إن", a number of people (no stem) */
#define MARK_INTERVIEW (UINT64_C(1) << 42) /* حوار، مقابلة، حاوره: the piece is an interview, or the words were said in one (no stem) */
#define MARK_NOUN_IN_CONSTRUCT (UINT64_C(1) << 43) /* رأي: after an indefinite statement noun, a noun, not رأى (no stem) */
#define MARK_FAMILY_TAIL (UINT64_C(1) << 44) /* زاده، أوغلو: "حاجي زاده", a word and this are a Persian or Turkish family name (no stem) */
#define MARK_OWNER_OF (UINT64_C(1) << 45) /* مالك: a given name that also means "owner of" (مالك الناقلة) (no stem) */
#define MARK_REGNAL (UINT64_C(1) << 46) /* الثالث، عشر: a pope's or a king's ordinal, part of the name (شنودة الثالث) (no stem) */
#define MARK_CARD_LABEL (UINT64_C(1) << 47) /* البطاقة، اللوحة: "البطاقة الثانية: ترامب: «...»", an infographic's card before its label (no stem) */
#define MARK_BODY_ADJECTIVE (UINT64_C(1) << 48) /* القومي، الوطني: after a known body's name, another body's (مجلس الأمن القومي) (no stem) */
#define MARK_NORM (UINT64_C(1) << 49) /* القانون، النص: a rule or a text, which vouches for nothing as a source (وفقا للقانون، فإن) (no stem) */
#define MARK_ONES_PART (UINT64_C(1) << 39) /* جهته، جانبها after من: "وقال من جهته X إن", for his part (no stem) */

/* Kinds of stopwords.tsv beyond stop and break, read from the entry of the word as written. */
enum stop_flag {
    STOP_PLACE = 1u << 0,     /* في، من، إلى: a town's name may follow */
    STOP_WHEN_SAID = 1u << 1, /* خلال، في، عقب: after "، وذلك", when or where the words were said */
    STOP_EXCEPT = 1u << 2,    /* إلا: "إلا أن" opens a clause against what came before */
    STOP_BUT = 1u << 3,       /* لكن: another speaker's clause may open right after it */
    STOP_BECAUSE = 1u << 4,   /* لأن: the speaker's reason, which goes on with the words */
};

/* A stem's entry packs its kinds and its longest ending into one 32-bit value: the kinds
 * that can be stems are the first STEM_KIND_BITS (the loader refuses others). */
#define STEM_KIND_BITS 24

enum verb_aspect { ASPECT_PAST = 0, ASPECT_PRESENT, ASPECT_PARTICIPLE, ASPECT_MASDAR, ASPECT_PASSIVE };

/* Source markers: does X follow the marker (بحسب X) or is it a closing tag? */
enum source_kind { SOURCE_ACCORDING = 0, SOURCE_RELAY, SOURCE_TAG_SPEAKER };

/* The preposition a reporting verb puts before أن. Only على is told apart: after a comma,
 * "على أن" belongs to a verb that takes it (شدد، في كلمته، على أن) and is otherwise a
 * proviso on what was done (أقرت النظام، على أن يبدأ تطبيقه). */
enum verb_prep { VERB_PREP_NONE = 0, VERB_PREP_ANY, VERB_PREP_ALA };

struct lex_entry {
    uint32_t kinds;           /* LEX_* bits */
    uint8_t n_words;          /* words in this key */
    uint8_t max_words;        /* longest key that starts with this one (>= n_words) */
    /* LEX_VERB */
    uint8_t verb_aspect;      /* enum verb_aspect */
    uint8_t verb_gender;      /* enum gender */
    uint8_t verb_prep;        /* enum verb_prep: a preposition before أن (أشار إلى أن) */
    uint8_t verb_relay;       /* 1: نقل X عن Y — Y speaks; 2: علمت X من Y — Y speaks */
    uint8_t verb_object;      /* 1: وصف X بأنه — a lone noun phrase after it is the object */
    uint8_t verb_ba;          /* 1: اكتفى بـ — a word in ب right after it is its complement */
    uint8_t verb_ask;         /* 1: سأل — asks someone: its "whether" clause is no quotation */
    uint8_t verb_colon;       /* 1: ردّ — a cue only before a colon or بأن (ورد is also "it came") */
    uint8_t verb_in;          /* 1: جاء، ورد — "what came in X": X, a document or paper, is the source */
    uint8_t verb_an;          /* 1: اتفق — a cue only before أن or بأن; 2: أوصى — only بأن, and
                               * before بـ«...»; 3: دفع — only before بأن */
    uint8_t verb_self;        /* 1: كتبنا، قلت — the writer's own past words: the byline speaks */
    uint8_t verb_marked;      /* 1: بوصفه — a cue only right before words in marks */
    uint8_t verb_act;         /* 1: رافضا — the speaker's next act, no speech: ends the words before it */
    uint8_t verb_shadda;      /* 1: ثمّن — a verb only as written with its shadda, or after و/ف (ثمن "price") */
    /* LEX_TITLE, LEX_ROLE_NOUN, LEX_ORG_HEAD, LEX_GROUP */
    uint8_t role_gender;
    uint8_t org_eponym;       /* LEX_ORG_HEAD "eponym": جامعة، مستشفى — named after a person
                               * as often as not (جامعة عمر المختار) */
    uint8_t org_members;      /* LEX_ORG_HEAD "members": نقابة، جمعية — named by the people it
                               * gathers (نقابة الخبازين) */
    uint8_t org_gathering_only; /* LEX_ORG_HEAD "gathering": تجمع — a head only before whom it
                                 * gathers (تجمع مزارعي عكار); a verb as often (تجمع البلدين) */
    uint8_t org_locality;     /* LEX_ORG_HEAD "locality": قرية، بلدة، ناحية — a village's or a
                               * district's head, after which one bare word is its name even
                               * when it is also a word (ناحية سنكسر، بلدة عرمان) */
    uint8_t org_crossing;     /* LEX_ORG_HEAD "crossing": منفذ، معبر — a border crossing, named by
                               * its place alone: its adjectives (الحدودي، البري) stay outside */
    uint8_t org_numbered;     /* LEX_ORG_HEAD "numbered": جامعة — one body of several in a city,
                               * told apart by a number after the city (جامعة الجزائر 3) */
    uint8_t demonym_scope;    /* demonyms.tsv "scope": دولي، أممي — an adjective of reach, not of
                               * a nation: a body's definite head with it alone describes a
                               * body (المنظمة الدولية) */
    uint16_t role_classes;    /* CLASS_* bits */
    uint8_t role_generic;     /* roles.tsv "generic": المسؤول — any official, whatever
                               * role the text gave them (مدير سايلو الشرقاط ... وأشار المسؤول) */
    uint8_t role_in_name;     /* roles.tsv "in_name": البابا، الأنبا — the name's first word
                               * before a name (البابا فرنسيس is what he is called) */
    /* LEX_FIRST_NAME */
    uint8_t name_gender;
    /* LEX_SOURCE, LEX_TAG */
    uint8_t source_kind;
    /* LEX_COMPLEMENTIZER: 1 for إن (after قال), 0 for أن */
    uint8_t comp_in;
    /* LEX_GAZ */
    uint8_t gaz_type;         /* enum ent_type */
    uint8_t gaz_gender;
    uint8_t gaz_weak;         /* from ICU's data: trust a one-word name only if uncommon */
    uint8_t gaz_acronym;      /* written in capitals in the data: match capitals only */
    uint8_t gaz_family_alone; /* a family name alone ("~كيم" in the data): the person only when
                               * the text names no one else of that family */
    uint8_t icu_word;         /* places.tsv "WORD": ICU names a country so, but it is also an
                               * Arabic word (بنين "sons"): ICU's name stays weak */
    uint8_t gaz_word;         /* places.tsv "word": a town named by a common word (درعا "a
                               * shield", العقبة "the obstacle"): the town only where a place
                               * stands, after في/من or ب/ل or a place's head, as the phrase ends */
    uint8_t stop_flags;       /* enum stop_flag: what else a stop word of stopwords.tsv does */
    uint8_t gaz_ta_marbuta;   /* 1: a name the lists spell only with a final ة (جدة، زوارة), which
                               * folds like the pronoun ه of a noun (جده "his grandfather");
                               * 2 is set too where one spells it with ه (كيفه) */
    uint16_t gaz_classes;
    int32_t kb;               /* index into the knowledge base, -1 for none */
    /* LEX_TOPIC */
    uint32_t topics;
    /* LEX_MARKER */
    marker_set markers;       /* MARK_* bits of the form as written */
};

struct kb_entry {
    char *id;                 /* stable id from the data file */
    char *english;            /* canonical English name */
    char *wikidata;           /* Q-number or NULL */
    char *arabic;             /* preferred Arabic name */
    uint8_t type;             /* enum ent_type */
};

#define TOPIC_MAX 32

struct lexicon {
    struct strtab *index;     /* key -> entry index */
    struct lex_entry *entries;
    size_t n_entries, cap_entries;
    struct strtab *common;    /* common words (value unused) */
    struct kb_entry *kb;
    size_t n_kb;
    char *topic_ids[TOPIC_MAX];
    char *topic_labels[TOPIC_MAX];
    int n_topics;
    int pact_topic;           /* index of the topic that is the pact itself, -1 if none */
    struct strtab *stems;     /* marker stems: stem -> MARK_* bits | longest ending << STEM_KIND_BITS */
    uint64_t stem_lengths[STEM_KIND_BITS]; /* [i]: bit n when a stem of kind 1 << i is n units long */
    uint8_t *kb_side;         /* per knowledge-base entry: 0, or the side (1, 2) of the pact it is on */
    int n_sides;
    size_t n_verbs;
    /* bit (c & 63) of the first letter of every organisation head, and of the last of
     * every demonym: most words need no lookup of their bare form or stem */
    uint64_t org_head_initials, demonym_finals;
    /* pronouns.tsv's third field: the office an honorific with its pronoun is said of
     * (سعادته: سفير), by entry index; owned. Kept apart from lex_entry: a handful of
     * words ask for it, and a wider entry cost the tagger of every word. */
    struct lex_office {
        size_t entry;
        char *office;
    } offices[8];
    int n_offices;
};

/* Loads every file of `dir` (and the hunspell word list at `wordlist` when not NULL or
 * empty). 0 on success; -1 with a reason naming file and line in err. */
int lexicon_load(struct lexicon *lx, const char *dir, const char *wordlist, char *err, size_t errlen);
void lexicon_release(struct lexicon *lx);

/* The office the honorific entry e is said of (UTF-8, the lexicon's), or NULL. */
const char *lexicon_office(const struct lexicon *lx, const struct lex_entry *e);

/* Entry of a key given as parts (joined by spaces), or NULL. */
const struct lex_entry *lexicon_get(const struct lexicon *lx, const struct ustr *parts, int nparts);

/* Clitic variants of a folded word, most literal first: the word itself, then without
 * و/ف, without ب/ل/ك, with لل read as ال, ... Each variant is `skip` units off the front,
 * optionally with "ال" put back (لل+X -> الX). Returns how many were written (<= 8). */
struct clitic_variant {
    uint8_t skip;
    uint8_t add_al;
};
/* In line: tokens_tag asks it of every distinct word, and the call cost as much as the
 * few tests most words take. */
static inline int lexicon_clitic_variants(const UChar *w, int32_t len, struct clitic_variant *out)
{
    int n = 0;
    out[n++] = (struct clitic_variant){0, 0};
    if (len < 3 || w[0] < 0x0600 || w[0] > 0x06FF)
        return n;
    int32_t pos = 0;
    if (w[0] == 0x0648 || w[0] == 0x0641) { /* و ف */
        out[n++] = (struct clitic_variant){1, 0};
        pos = 1;
    }
    /* ب ل ك after an optional و/ف; لل is ل + ال with the alef dropped. */
    for (int32_t p = 0; p <= pos; p++) {
        if (len - p < 3)
            break;
        UChar c = w[p];
        if (c == 0x0644 && w[p + 1] == 0x0644 && len - p >= 4)
            out[n++] = (struct clitic_variant){(uint8_t)(p + 2), 1};
        if ((c == 0x0628 || c == 0x0644 || c == 0x0643) && len - p - 1 >= 2)
            out[n++] = (struct clitic_variant){(uint8_t)(p + 1), 0};
    }
    return n;
}

/* Builds variant `v` of w into buf (capacity >= len + 2); returns its length. */
int32_t lexicon_variant_form(const UChar *w, int32_t len, struct clitic_variant v, UChar *buf);

/* Variant `v` of w as pieces for strtab_get_pieces (at most 2, pointing into w or at a
 * static "ال"), without copying; *hash (when not NULL) gets its strtab hash state.
 * Returns the count. */
int lexicon_variant_pieces(const UChar *w, int32_t len, struct clitic_variant v, struct ustr *pieces,
                           uint32_t *hash);

/* Entry of the key made of `pieces` laid end to end, whose strtab hash state is `hash`
 * (see strtab.h), or NULL. In line: tokens_tag makes some 750 of these per article, and
 * the call was a fifth of a lookup that misses. */
static inline const struct lex_entry *lexicon_get_hashed(const struct lexicon *lx, uint32_t hash,
                                                         const struct ustr *pieces, int npieces)
{
    uint32_t idx;
    if (!strtab_get_pieces(lx->index, hash, pieces, npieces, &idx))
        return NULL;
    return &lx->entries[idx];
}

/* A clitic reading of a word that has an entry; tokens_tag keeps a list per word (ended
 * by e == NULL) so later stages match phrases without looking the word up again. */
struct lex_hit {
    const struct lex_entry *e;
    uint32_t hash;            /* strtab hash state of the variant form, to continue a phrase */
    struct clitic_variant v;
};

/* 1 when the common-word list knows the word, trying clitic prefixes and common
 * suffixes (ة، ات، ين، ون، ي، ية، ها، ه، هم ...). 0 when no list was loaded. */
int lexicon_is_common(const struct lexicon *lx, const UChar *w, int32_t len);

/* lexicon_is_common() of a word whose strtab hash state (see strtab.h) the caller has
 * already computed: the word as written, the most frequent answer, costs one lookup. */
int lexicon_is_common_hashed(const struct lexicon *lx, const UChar *w, int32_t len, uint32_t hash);

/* 1 when the common-word list holds the form exactly as given, with no clitic or suffix
 * taken off: "بداي" is not a word, though بدا + ي would make it one. */
int lexicon_is_common_as_written(const struct lexicon *lx, const UChar *w, int32_t len);

/* 1 when w[0..len) starts with a marker stem of one of the MARK_* kinds in `mask` and
 * goes on no further than the stem's line allows (markers.tsv: "التابع  affiliated  +3"
 * takes التابع to التابعين, not التابعيتين). Looks the stems up: for the few words a stage
 * asks about, not for every token. */
int lexicon_stem_marker(const struct lexicon *lx, const UChar *w, int32_t len, marker_set mask);

/* The entry of w[0..len) less a third-person possessive pronoun (ه ها هم هما), with a ta
 * marbuta written ت before it restored (سعادته -> سعادة, تصريحاته -> تصريحات), or NULL.
 * *suffix_len gets the pronoun's length (ها: 2). The entry is the lexicon's. */
const struct lex_entry *lexicon_get_before_pronoun(const struct lexicon *lx, const UChar *w, int32_t len,
                                                   int32_t *suffix_len);

/* Index of topic `id` or -1. */
int lexicon_topic_index(const struct lexicon *lx, const char *id);


struct model;
/* The lexicon inside a loaded model (defined in pipeline.c). */
const struct lexicon *model_lexicon(const struct model *m);

#endif
