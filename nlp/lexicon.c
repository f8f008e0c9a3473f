/*
 * lexicon.c — loading the data files of config/lexicons into one table.
 *
 * Every file is a TSV: one entry per line, fields separated by tabs, '#' starts a
 * comment line, blank lines are ignored. A malformed line stops start-up with the file,
 * the line number and what was expected: a lexicon that half-loads would silently
 * change what the service finds.
 */
#include "nlp/lexicon.h"

#include "nlp/doc.h"
#include "nlp/text.h"

#include <stddef.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uenum.h>
#include <unicode/uloc.h>
#include <unicode/uregion.h>
#include <unicode/ures.h>
#include <unicode/ustring.h>

#define KEY_MAX 256
#define FIELDS_MAX 10

struct loader {
    struct lexicon *lx;
    const char *path;
    int line;
    char *err;
    size_t errlen;
};

__attribute__((format(printf, 2, 3))) static int fail(struct loader *ld, const char *fmt, ...)
{
    va_list ap;
    int n = snprintf(ld->err, ld->errlen, "%s:%d: ", ld->path, ld->line);
    if (n < 0 || (size_t)n >= ld->errlen)
        return -1;
    va_start(ap, fmt);
    vsnprintf(ld->err + n, ld->errlen - (size_t)n, fmt, ap);
    va_end(ap);
    return -1;
}

/* UTF-8 -> matching form with runs of spaces collapsed to one; returns units or -1. */
static int32_t fold_key(const char *utf8, UChar *out, int32_t cap)
{
    UChar raw[KEY_MAX];
    int32_t n = 0;
    UErrorCode st = U_ZERO_ERROR;
    u_strFromUTF8(raw, KEY_MAX, &n, utf8, -1, &st);
    if (U_FAILURE(st) || n >= KEY_MAX)
        return -1;
    int32_t k = 0;
    int space = 1; /* drop leading spaces */
    for (int32_t i = 0; i < n; i++) {
        UChar c = raw[i];
        if (text_is_space(c) || c == '_') {
            if (!space && k < cap)
                out[k++] = ' ';
            space = 1;
            continue;
        }
        UChar f = text_fold_unit(c);
        if (!f)
            continue;
        if (k >= cap)
            return -1;
        out[k++] = f;
        space = 0;
    }
    while (k > 0 && out[k - 1] == ' ')
        k--;
    return k;
}

static struct lex_entry *entry_at(struct lexicon *lx, uint32_t i)
{
    return &lx->entries[i];
}

static int new_entry(struct lexicon *lx, uint32_t *index)
{
    if (lx->n_entries == lx->cap_entries) {
        size_t cap = lx->cap_entries ? lx->cap_entries * 2 : 1024;
        struct lex_entry *e = realloc(lx->entries, cap * sizeof *e);
        if (!e)
            return -1;
        lx->entries = e;
        lx->cap_entries = cap;
    }
    struct lex_entry *e = &lx->entries[lx->n_entries];
    memset(e, 0, sizeof *e);
    e->kb = -1;
    *index = (uint32_t)lx->n_entries++;
    return 0;
}

static int count_words(const UChar *k, int32_t n)
{
    int words = n > 0;
    for (int32_t i = 0; i < n; i++)
        words += k[i] == ' ';
    return words;
}

/* The entry for a folded key, created when absent; its phrase prefixes are marked so the
 * matcher knows to look further. Returns the entry index or -1. */
static int64_t entry_for_folded(struct lexicon *lx, const UChar *key, int32_t n)
{
    uint32_t idx;
    if (strtab_get(lx->index, key, n, &idx))
        return idx;
    if (new_entry(lx, &idx) != 0 || strtab_put(lx->index, key, n, idx, NULL) != 0)
        return -1;
    int words = count_words(key, n);
    entry_at(lx, idx)->n_words = (uint8_t)(words > 255 ? 255 : words);
    entry_at(lx, idx)->max_words = entry_at(lx, idx)->n_words;
    for (int32_t i = 0; i < n; i++) {
        if (key[i] != ' ')
            continue;
        int64_t p = entry_for_folded(lx, key, i);
        if (p < 0)
            return -1;
        struct lex_entry *pe = entry_at(lx, (uint32_t)p);
        pe->kinds |= LEX_PHRASE_START;
        if (pe->max_words < words)
            pe->max_words = (uint8_t)words;
    }
    return idx;
}

static struct lex_entry *entry_for(struct loader *ld, const char *utf8)
{
    UChar key[KEY_MAX];
    int32_t n = fold_key(utf8, key, KEY_MAX);
    if (n <= 0) {
        fail(ld, "empty or over-long key '%s'", utf8);
        return NULL;
    }
    int64_t idx = entry_for_folded(ld->lx, key, n);
    if (idx < 0) {
        fail(ld, "out of memory");
        return NULL;
    }
    return entry_at(ld->lx, (uint32_t)idx);
}

/* ---- field parsers ---- */

static int parse_gender(struct loader *ld, const char *s, uint8_t *g)
{
    if (!strcmp(s, "m")) *g = GENDER_MASC;
    else if (!strcmp(s, "f")) *g = GENDER_FEM;
    else if (!strcmp(s, "p") || !strcmp(s, "d")) *g = GENDER_PLURAL;
    else if (!strcmp(s, "-") || !strcmp(s, "any")) *g = GENDER_UNKNOWN;
    else return fail(ld, "gender must be m, f, p, d or -, not '%s'", s);
    return 0;
}

struct name_bit {
    const char *name;
    uint64_t bit;
};

static const struct name_bit class_names[] = {
    {"person", CLASS_PERSON}, {"media", CLASS_MEDIA}, {"state", CLASS_STATE},
    {"ministry", CLASS_MINISTRY}, {"org", CLASS_ORG}, {"expert", CLASS_EXPERT},
    {"official", CLASS_OFFICIAL}, {"group", CLASS_GROUP}, {"place", CLASS_PLACE},
    {"site", CLASS_SITE}, {"mission", CLASS_MISSION}, {"front", CLASS_FRONT}, {"national", CLASS_NATIONAL},
    {"landmark", CLASS_LANDMARK}, {"station", CLASS_STATION}, {"speaking", CLASS_SPEAKING},
};

/* A comma-separated list of names from `names` (n of them) as the OR of their bits;
 * `what` and `hint` word the error. */
static int parse_name_list(struct loader *ld, const char *s, const struct name_bit *names, size_t n, uint64_t *out,
                           const char *what, const char *hint)
{
    *out = 0;
    char buf[256];
    snprintf(buf, sizeof buf, "%s", s);
    for (char *save = NULL, *tok = strtok_r(buf, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
        size_t i;
        for (i = 0; i < n; i++)
            if (!strcmp(tok, names[i].name))
                break;
        if (i == n)
            return fail(ld, "unknown %s '%s' (%s)", what, tok, hint);
        *out |= names[i].bit;
    }
    return 0;
}

static int parse_classes(struct loader *ld, const char *s, uint16_t *out)
{
    uint64_t bits = 0;
    int rc = parse_name_list(ld, s, class_names, sizeof class_names / sizeof class_names[0], &bits, "class",
                             "person, media, state, ministry, org, expert, official, group, place, site, mission, front, national");
    *out = (uint16_t)bits;
    return rc;
}

static int parse_type(struct loader *ld, const char *s, uint8_t *t)
{
    for (int i = 0; i < ENT_TYPE_COUNT; i++) {
        if (!strcmp(s, ent_type_name((enum ent_type)i))) {
            *t = (uint8_t)i;
            return 0;
        }
    }
    return fail(ld, "entity type must be PERSON, ORG, GPE, LOC or GROUP, not '%s'", s);
}

/* ---- one callback per file ---- */

typedef int (*line_fn)(struct loader *ld, char **f, int nf);

static int need(struct loader *ld, int nf, int min, const char *what)
{
    if (nf < min)
        return fail(ld, "expected %s", what);
    return 0;
}

/* The fifth column of reporting_verbs.tsv: which field of the entry a word sets, and to
 * what (np is a kind bit, not a field). */
static const struct {
    const char *name;
    size_t field;
    uint8_t value;
} verb_extras[] = {
    {"np", (size_t)-1, 0},
    {"relay", offsetof(struct lex_entry, verb_relay), 1},
    {"from", offsetof(struct lex_entry, verb_relay), 2},
    {"object", offsetof(struct lex_entry, verb_object), 1},
    {"ba", offsetof(struct lex_entry, verb_ba), 1},
    {"ask", offsetof(struct lex_entry, verb_ask), 1},
    {"colon", offsetof(struct lex_entry, verb_colon), 1},
    {"in", offsetof(struct lex_entry, verb_in), 1},
    {"an", offsetof(struct lex_entry, verb_an), 1},
    {"advise", offsetof(struct lex_entry, verb_an), 2},
    {"plea", offsetof(struct lex_entry, verb_an), 3},
    {"self", offsetof(struct lex_entry, verb_self), 1},
    {"marked", offsetof(struct lex_entry, verb_marked), 1},
    {"act", offsetof(struct lex_entry, verb_act), 1},
    {"shadda", offsetof(struct lex_entry, verb_shadda), 1},
};

static int on_verb(struct loader *ld, char **f, int nf)
{
    if (need(ld, nf, 4, "form, aspect, gender, prep(0|1) [, np]") != 0)
        return -1;
    static const char *const aspects[] = {"past", "present", "participle", "masdar", "passive"};
    int aspect = -1;
    for (int i = 0; i < 5; i++)
        if (!strcmp(f[1], aspects[i]))
            aspect = i;
    if (aspect < 0)
        return fail(ld, "aspect must be past, present, participle, masdar or passive, not '%s'", f[1]);
    uint8_t g = 0;
    if (parse_gender(ld, f[2], &g) != 0)
        return -1;
    static const char ala[] = "\xd8\xb9\xd9\x84\xd9\x89"; /* على */
    if (strcmp(f[3], "0") && strcmp(f[3], "1") && strcmp(f[3], ala))
        return fail(ld, "prep must be 0, 1 or على, not '%s'", f[3]);
    struct lex_entry *e = entry_for(ld, f[0]);
    if (!e)
        return -1;
    e->kinds |= LEX_VERB;
    e->verb_aspect = (uint8_t)aspect;
    e->verb_gender = g;
    e->verb_prep = !strcmp(f[3], ala) ? VERB_PREP_ALA : f[3][0] == '1' ? VERB_PREP_ANY : VERB_PREP_NONE;
    if (nf >= 5 && f[4][0]) {
        size_t i = 0;
        while (i < sizeof verb_extras / sizeof *verb_extras && strcmp(f[4], verb_extras[i].name))
            i++;
        if (i == sizeof verb_extras / sizeof *verb_extras)
            return fail(ld, "extra must be np, relay, from, object, ba, ask, colon, in, an, advise, self, marked, act or shadda, not '%s'", f[4]);
        if (verb_extras[i].field == (size_t)-1)
            e->kinds |= LEX_NP_CUE;
        else
            *((uint8_t *)e + verb_extras[i].field) = verb_extras[i].value;
    }
    ld->lx->n_verbs++;
    return 0;
}

static int on_complementizer(struct loader *ld, char **f, int nf)
{
    if (need(ld, nf, 2, "form, kind (an|in|block)") != 0)
        return -1;
    if (strcmp(f[1], "an") && strcmp(f[1], "in") && strcmp(f[1], "block"))
        return fail(ld, "kind must be an, in or block, not '%s'", f[1]);
    struct lex_entry *e = entry_for(ld, f[0]);
    if (!e)
        return -1;
    if (!strcmp(f[1], "block")) {
        e->kinds |= LEX_COMP_BLOCK;
        return 0;
    }
    e->kinds |= LEX_COMPLEMENTIZER;
    e->comp_in = f[1][0] == 'i';
    return 0;
}

static int on_source(struct loader *ld, char **f, int nf)
{
    if (need(ld, nf, 2, "phrase, kind (according|relay|tag)") != 0)
        return -1;
    struct lex_entry *e = entry_for(ld, f[0]);
    if (!e)
        return -1;
    if (!strcmp(f[1], "according")) {
        e->kinds |= LEX_SOURCE;
        e->source_kind = SOURCE_ACCORDING;
    } else if (!strcmp(f[1], "relay")) {
        e->kinds |= LEX_SOURCE;
        e->source_kind = SOURCE_RELAY;
    } else if (!strcmp(f[1], "tag")) {
        e->kinds |= LEX_TAG;
        e->source_kind = SOURCE_TAG_SPEAKER;
    } else {
        return fail(ld, "kind must be according, relay or tag, not '%s'", f[1]);
    }
    return 0;
}

static int add_role(struct loader *ld, const char *form, uint32_t kinds, uint16_t classes, uint8_t g)
{
    struct lex_entry *e = entry_for(ld, form);
    if (!e)
        return -1;
    /* An explicit line for this form wins over a derived one. */
    if (e->kinds & (LEX_TITLE | LEX_ROLE_NOUN))
        return 0;
    e->kinds |= kinds;
    e->role_classes |= classes;
    e->role_gender = g;
    return 0;
}

static int ends_with(const char *s, const char *tail)
{
    size_t n = strlen(s), t = strlen(tail);
    return n >= t && !memcmp(s + n - t, tail, t);
}

/* A group form derived from a listed one (its accusative, its construct), made only where
 * no other word is written so: an explicit line always wins. */
static int add_derived_group(struct loader *ld, const char *form, uint8_t g)
{
    UChar key[KEY_MAX];
    uint32_t old;
    int32_t n = fold_key(form, key, KEY_MAX);
    if (n <= 0 || strtab_get(ld->lx->index, key, n, &old))
        return 0;
    struct lex_entry *e = entry_for(ld, form);
    if (!e)
        return -1;
    e->kinds |= LEX_GROUP;
    e->role_gender = g;
    e->role_classes |= CLASS_GROUP;
    return 0;
}

/* A title or a group of people as the subject after إن، أن، لكن stands in the accusative,
 * with its tanween's alef: "غير أن سكانا في ودان قالوا"، "لكن تاجرا في السوق قال". Not
 * derived from a form whose ending takes no such alef (مشيرا, a verb's participle, is
 * listed before and keeps its reading). */
static int add_accusative(struct loader *ld, const char *form, uint8_t g)
{
    static const char *const no_alef[] = {"ا", "ى", "ي", "و", "ة", "ء", "ون", "ين"};
    if (strchr(form, ' ') || !strncmp(form, "ال", strlen("ال")) || (form[0] & 0x80) == 0)
        return 0;
    for (size_t i = 0; i < sizeof no_alef / sizeof no_alef[0]; i++)
        if (ends_with(form, no_alef[i]))
            return 0;
    char buf[256];
    snprintf(buf, sizeof buf, "%sا", form);
    return add_derived_group(ld, buf, g);
}

/* A plural in ون owned by what follows drops its ن: "ويرى محللو الموقع أن"، "قال مسؤولو
 * الشركة". */
static int add_construct(struct loader *ld, const char *form)
{
    size_t n = strlen(form), tail = strlen("ن");
    if (strchr(form, ' ') || !ends_with(form, "ون") || n >= 256)
        return 0;
    char buf[256];
    memcpy(buf, form, n - tail);
    buf[n - tail] = 0;
    return add_derived_group(ld, buf, GENDER_PLURAL);
}

/* Titles and roles also stand in their definite, feminine and dual forms: وزير -> الوزير,
 * وزيرة, الوزيرة, الوزيران, الوزيرتان. Derived forms never override a form listed in the
 * file; `feminine` 0 derives no feminine (roles.tsv: no_feminine). */
static int add_role_forms(struct loader *ld, const char *form, uint32_t kinds, uint16_t classes, uint8_t g,
                          int feminine)
{
    char buf[256];
    int definite = !strncmp(form, "ال", strlen("ال"));
    int fem = ends_with(form, "ة");
    if (strchr(form, ' ') || !(classes & CLASS_PERSON) || (form[0] & 0x80) == 0)
        return 0;
    /* (a form with its owner's pronoun, رئيسه، زوجها، نظيرته, takes no article: "ال" on it
     * would fold like the feminine noun, الرئيسة) */
    if (ends_with(form, "ه") || ends_with(form, "ها"))
        return 0;
    if (!definite) {
        snprintf(buf, sizeof buf, "ال%s", form);
        if (add_role(ld, buf, LEX_TITLE | LEX_ROLE_NOUN, classes, g) != 0)
            return -1;
    }
    /* the dual of a definite role, as the subject of a verb of saying, names two people:
     * الباحثان، الخبيرتان (a role noun only: as a title it would read the words after it
     * as names; not the form in ين, which is also the plural, اللاعبين، المواطنين) */
    if (g == GENDER_MASC || g == GENDER_FEM) {
        const char *stem = definite ? form + strlen("ال") : form;
        int n = (int)strlen(stem) - (fem ? (int)strlen("ة") : 0);
        snprintf(buf, sizeof buf, "ال%.*s%sان", n, stem, fem ? "ت" : "");
        if (add_role(ld, buf, LEX_ROLE_NOUN, classes, GENDER_PLURAL) != 0)
            return -1;
        if (!fem) {
            snprintf(buf, sizeof buf, "ال%sتان", stem);
            if (add_role(ld, buf, LEX_ROLE_NOUN, classes, GENDER_PLURAL) != 0)
                return -1;
        }
    }
    if (!definite && !fem && g == GENDER_MASC && add_accusative(ld, form, g) != 0)
        return -1;
    if (!fem && g == GENDER_MASC && feminine) {
        snprintf(buf, sizeof buf, "%sة", form);
        if (add_role(ld, buf, kinds, classes, GENDER_FEM) != 0)
            return -1;
        if (!definite) {
            snprintf(buf, sizeof buf, "ال%sة", form);
            if (add_role(ld, buf, LEX_TITLE | LEX_ROLE_NOUN, classes, GENDER_FEM) != 0)
                return -1;
        }
    }
    return 0;
}

static int on_role(struct loader *ld, char **f, int nf)
{
    if (need(ld, nf, 4, "form, kind (title|role|both|honorific), classes, gender") != 0)
        return -1;
    uint32_t kinds;
    if (!strcmp(f[1], "title")) kinds = LEX_TITLE;
    else if (!strcmp(f[1], "role")) kinds = LEX_ROLE_NOUN;
    else if (!strcmp(f[1], "both")) kinds = LEX_TITLE | LEX_ROLE_NOUN;
    else if (!strcmp(f[1], "honorific")) kinds = LEX_TITLE | LEX_HONORIFIC;
    else return fail(ld, "kind must be title, role, both or honorific, not '%s'", f[1]);
    uint16_t classes = 0;
    uint8_t g = 0;
    if (parse_classes(ld, f[2], &classes) != 0 || parse_gender(ld, f[3], &g) != 0)
        return -1;
    struct lex_entry *e = entry_for(ld, f[0]);
    if (!e)
        return -1;
    e->kinds |= kinds;
    e->role_classes |= classes;
    /* (a title with a pronoun in ه folds with a feminine one in ة, مديره with مديرة: the
     * feminine noun is by far the more common reading and keeps its gender) */
    if (!(ends_with(f[0], "ه") && e->role_gender == GENDER_FEM))
        e->role_gender = g;
    e->role_generic = nf >= 5 && !strcmp(f[4], "generic");
    e->role_in_name = nf >= 5 && !strcmp(f[4], "in_name");
    if (nf >= 5 && strcmp(f[4], "no_feminine") && !e->role_generic && !e->role_in_name)
        return fail(ld, "fifth field must be no_feminine, generic or in_name, not '%s'", f[4]);
    if (kinds & LEX_HONORIFIC)
        return 0; /* معالي + ة would be معاليه, "his excellency" */
    /* (الفلاح + ة is الفلاحة, "agriculture": a role whose feminine is another noun; البابة
     * no pope) */
    int feminine = nf < 5 || e->role_generic;
    return add_role_forms(ld, f[0], kinds, classes, g, feminine);
}

/* The bit (c & 63) of the first (or, with `last`, the last) unit of a key as folded, for
 * the lexicon's letter masks; 0 for an empty key. */
static uint64_t key_edge_bit(const char *utf8, int last)
{
    UChar key[KEY_MAX];
    int32_t n = fold_key(utf8, key, KEY_MAX);
    return n > 0 ? (uint64_t)1 << (key[last ? n - 1 : 0] & 63) : 0;
}

static int on_org_head(struct loader *ld, char **f, int nf)
{
    if (need(ld, nf, 3, "form, classes, gender [, eponym|members|gathering|locality|crossing|numbered]") != 0)
        return -1;
    uint16_t classes = 0;
    uint8_t g = 0;
    if (parse_classes(ld, f[1], &classes) != 0 || parse_gender(ld, f[2], &g) != 0)
        return -1;
    static const struct name_bit flag_names[] = {{"eponym", 1}, {"members", 2}, {"gathering", 4}, {"locality", 8}, {"crossing", 16}, {"numbered", 32}};
    uint64_t flags = 0;
    if (nf >= 4 && f[3][0] &&
        parse_name_list(ld, f[3], flag_names, 6, &flags, "flag", "eponym, members, gathering, locality, crossing, numbered") != 0)
        return -1;
    struct lex_entry *e = entry_for(ld, f[0]);
    if (!e)
        return -1;
    e->org_eponym = (flags & 1) != 0;
    e->org_members = (flags & 6) != 0;
    e->org_gathering_only = (flags & 4) != 0;
    e->org_locality = (flags & 8) != 0;
    e->org_crossing = (flags & 16) != 0;
    e->org_numbered = (flags & 32) != 0;
    ld->lx->org_head_initials |= key_edge_bit(f[0], 0);
    e->kinds |= LEX_ORG_HEAD;
    e->role_classes |= classes;
    e->role_gender = g;
    return 0;
}

/* The entry of f[0] for a line "form, gender, ...": NULL (reported) on a bad line. */
static struct lex_entry *entry_with_gender(struct loader *ld, char **f, int nf, const char *what, uint8_t *g)
{
    if (need(ld, nf, 2, what) != 0 || parse_gender(ld, f[1], g) != 0)
        return NULL;
    return entry_for(ld, f[0]);
}

static int on_first_name(struct loader *ld, char **f, int nf)
{
    uint8_t g = 0;
    struct lex_entry *e = entry_with_gender(ld, f, nf, "name, gender [, family|particle]", &g);
    if (!e)
        return -1;
    e->kinds |= LEX_FIRST_NAME;
    e->name_gender = g;
    if (nf >= 3 && !strcmp(f[2], "family"))
        e->kinds |= LEX_FAMILY_NAME;
    else if (nf >= 3 && !strcmp(f[2], "particle"))
        e->kinds |= LEX_NAME_PARTICLE;
    else if (nf >= 3 && f[2][0])
        return fail(ld, "third field must be family, particle or empty, not '%s'", f[2]);
    return 0;
}

static int on_stopword(struct loader *ld, char **f, int nf)
{
    /* (break and contrast are bits of the entry's kinds and markers, above the flags' byte) */
    enum { KIND_BREAK = 1u << 8, KIND_CONTRAST = 1u << 9 };
    static const struct name_bit stop_kinds[] = {
        {"stop", 0}, {"break", KIND_BREAK}, {"contrast", KIND_BREAK | KIND_CONTRAST}, {"place", STOP_PLACE},
        {"when_said", STOP_WHEN_SAID}, {"except", STOP_EXCEPT}, {"but", STOP_BUT}, {"because", STOP_BECAUSE},
    };
    struct lex_entry *e = entry_for(ld, f[0]);
    if (!e)
        return -1;
    e->kinds |= LEX_STOP;
    uint64_t kinds = 0;
    if (nf >= 2 && f[1][0] &&
        parse_name_list(ld, f[1], stop_kinds, sizeof stop_kinds / sizeof stop_kinds[0], &kinds, "kind",
                        "stop, break, contrast, place, when_said, except, but or because, comma separated") != 0)
        return -1;
    e->stop_flags |= (uint8_t)(kinds & 0xff);
    if (kinds & KIND_BREAK)
        e->kinds |= LEX_CONJ_BREAK;
    if (kinds & KIND_CONTRAST)
        e->markers |= MARK_CONTRAST; /* (read from the phrase's entry: "في حين" is two words) */
    return 0;
}

static int on_group(struct loader *ld, char **f, int nf)
{
    uint8_t g = 0;
    struct lex_entry *e = entry_with_gender(ld, f, nf, "form, gender", &g);
    if (!e)
        return -1;
    e->kinds |= LEX_GROUP;
    e->role_gender = g;
    e->role_classes |= CLASS_GROUP;
    if ((g == GENDER_PLURAL || g == GENDER_MASC) && add_accusative(ld, f[0], g) != 0)
        return -1;
    if (g == GENDER_PLURAL && add_construct(ld, f[0]) != 0)
        return -1;
    /* with the article, the group named before: "وتوقعت المصادر أن" */
    if (strncmp(f[0], "ال", strlen("ال")) && !strchr(f[0], ' ') && (f[0][0] & 0x80)) {
        char buf[256];
        snprintf(buf, sizeof buf, "ال%s", f[0]);
        struct lex_entry *r = entry_for(ld, buf);
        if (!r)
            return -1;
        if (!(r->kinds & (LEX_ROLE_NOUN | LEX_GROUP))) {
            r->kinds |= LEX_ROLE_NOUN;
            r->role_classes |= CLASS_GROUP;
            r->role_gender = g;
        }
    }
    return 0;
}

static int on_demonym(struct loader *ld, char **f, int nf)
{
    int scope = nf >= 2 && f[1][0];
    if (scope && strcmp(f[1], "scope") != 0)
        return fail(ld, "unknown flag \"%s\" (expected: scope)", f[1]);
    struct lex_entry *e = entry_for(ld, f[0]);
    if (!e)
        return -1;
    ld->lx->demonym_finals |= key_edge_bit(f[0], 1);
    e->kinds |= LEX_DEMONYM;
    e->demonym_scope |= (uint8_t)scope;
    return 0;
}

/* A file whose lines are forms of one kind and nothing else. */
static int add_kind(struct loader *ld, const char *form, uint32_t kind)
{
    struct lex_entry *e = entry_for(ld, form);
    if (!e)
        return -1;
    e->kinds |= kind;
    return 0;
}

static int on_statement_noun(struct loader *ld, char **f, int nf)
{
    return add_kind(ld, f[0], LEX_STATEMENT);
}

static int on_media_tail(struct loader *ld, char **f, int nf)
{
    return add_kind(ld, f[0], LEX_MEDIA_TAIL);
}

static int on_org_word_en(struct loader *ld, char **f, int nf)
{
    if (need(ld, nf, 2, "word, classes") != 0)
        return -1;
    uint16_t classes = 0;
    if (parse_classes(ld, f[1], &classes) != 0)
        return -1;
    struct lex_entry *e = entry_for(ld, f[0]);
    if (!e)
        return -1;
    e->kinds |= LEX_ORG_WORD;
    e->role_classes |= classes;
    return 0;
}

static int on_pronoun(struct loader *ld, char **f, int nf)
{
    uint8_t g = 0;
    struct lex_entry *e = entry_with_gender(ld, f, nf, "form, gender [, office]", &g);
    if (!e)
        return -1;
    e->kinds |= LEX_PRONOUN | LEX_STOP;
    e->role_gender = g;
    if (nf >= 3 && f[2][0]) {
        struct lexicon *lx = ld->lx;
        if (lx->n_offices == (int)(sizeof lx->offices / sizeof lx->offices[0]))
            return fail(ld, "too many honorifics with an office");
        struct lex_office *o = &lx->offices[lx->n_offices];
        if (!(o->office = strdup(f[2])))
            return -1;
        o->entry = (size_t)(e - lx->entries);
        lx->n_offices++;
    }
    return 0;
}

static const struct name_bit marker_names[] = {
    {"credit_line", MARK_CREDIT_LINE}, {"same_source", MARK_SAME_SOURCE}, {"narrator", MARK_NARRATOR},
    {"read_also", MARK_READ_ALSO}, {"read_also_next", MARK_READ_ALSO_NEXT}, {"answer_label", MARK_ANSWER_LABEL},
    {"negation_noun", MARK_NEGATION_NOUN}, {"affiliated", MARK_AFFILIATED}, {"governing", MARK_GOVERNING},
    {"same_before", MARK_SAME_BEFORE}, {"same_after", MARK_SAME_AFTER}, {"seat", MARK_SEAT},
    {"behalf", MARK_BEHALF}, {"name_tail", MARK_NAME_TAIL},
    {"ordinal_first", MARK_ORDINAL_FIRST}, {"ordinal_second", MARK_ORDINAL_SECOND},
    {"latter", MARK_LATTER}, {"text_of", MARK_TEXT_OF},
    {"title_word", MARK_TITLE_WORD}, {"ma_attached", MARK_MA_ATTACHED}, {"question", MARK_QUESTION},
    {"thus", MARK_THUS}, {"gloss", MARK_GLOSS},
    {"question_label", MARK_QUESTION_LABEL}, {"role_adjective", MARK_ROLE_ADJECTIVE},
    {"whether", MARK_WHETHER}, {"whether_before", MARK_WHETHER_BEFORE}, {"negation", MARK_NEGATION},
    {"these_words", MARK_THESE_WORDS}, {"these_words_next", MARK_THESE_WORDS_NEXT},
    {"byline_label", MARK_BYLINE_LABEL}, {"occasion", MARK_OCCASION}, {"reply", MARK_REPLY}, {"asked", MARK_ASKED},
    {"that_being", MARK_THAT_BEING}, {"time_after", MARK_TIME_AFTER}, {"host_label", MARK_HOST_LABEL},
    {"standing", MARK_STANDING}, {"ones_part", MARK_ONES_PART},
    {"cardinal", MARK_CARDINAL}, {"dative", MARK_DATIVE}, {"interview", MARK_INTERVIEW},
    {"noun_in_construct", MARK_NOUN_IN_CONSTRUCT}, {"family_tail", MARK_FAMILY_TAIL},
    {"owner_of", MARK_OWNER_OF}, {"regnal", MARK_REGNAL}, {"card_label", MARK_CARD_LABEL},
    {"body_adjective", MARK_BODY_ADJECTIVE}, {"norm", MARK_NORM},
};

static int parse_markers(struct loader *ld, const char *s, marker_set *out)
{
    if (parse_name_list(ld, s, marker_names, sizeof marker_names / sizeof marker_names[0], out, "marker kind",
                        "see the header of markers.tsv") != 0)
        return -1;
    return *out ? 0 : fail(ld, "no marker kind");
}

/* A stem line: the stem in lx->stems, its value the kinds and the longest ending. */
static int add_marker_stem(struct loader *ld, const char *form, uint32_t kinds, const char *ending)
{
    unsigned longest = 255; /* "+": any ending */
    if (ending[1]) {
        char *end;
        errno = 0;
        unsigned long n = strtoul(ending + 1, &end, 10);
        if (*end || errno || n > 254 || !(ending[1] >= '0' && ending[1] <= '9'))
            return fail(ld, "ending must be +N (N up to 254) or +, not '%s'", ending);
        longest = (unsigned)n;
    }
    UChar key[KEY_MAX];
    int32_t n = fold_key(form, key, KEY_MAX);
    if (n <= 0 || n > 63)
        return fail(ld, "empty or over-long stem '%s'", form);
    struct lexicon *lx = ld->lx;
    if (!lx->stems && !(lx->stems = strtab_new()))
        return fail(ld, "out of memory");
    uint32_t old;
    if (strtab_get(lx->stems, key, n, &old)) {
        if (old >> STEM_KIND_BITS != longest)
            return fail(ld, "stem '%s' listed before with another ending", form);
        strtab_set(lx->stems, key, n, old | kinds);
    } else if (strtab_put(lx->stems, key, n, kinds | (uint32_t)longest << STEM_KIND_BITS, NULL) < 0) {
        return fail(ld, "out of memory");
    }
    for (int i = 0; i < STEM_KIND_BITS; i++)
        if (kinds & (1u << i))
            lx->stem_lengths[i] |= 1ull << n;
    return 0;
}

static int on_marker(struct loader *ld, char **f, int nf)
{
    if (need(ld, nf, 2, "form, kinds [, ending +N or +]") != 0)
        return -1;
    if (strchr(f[0], ' ') || strchr(f[0], '_'))
        return fail(ld, "a marker is one word, not '%s' (list each word with a kind of its own)", f[0]);
    marker_set kinds = 0;
    if (parse_markers(ld, f[1], &kinds) != 0)
        return -1;
    if (nf >= 3 && f[2][0] == '+') {
        if (kinds >> STEM_KIND_BITS)
            return fail(ld, "stem '%s': only the first %d marker kinds can be stems", f[0], STEM_KIND_BITS);
        return add_marker_stem(ld, f[0], (uint32_t)kinds, f[2]);
    }
    if (nf >= 3 && f[2][0])
        return fail(ld, "ending must be +N, + or empty, not '%s'", f[2]);
    struct lex_entry *e = entry_for(ld, f[0]);
    if (!e)
        return -1;
    e->kinds |= LEX_MARKER;
    e->markers |= kinds;
    return 0;
}

static char *dup_or_null(const char *s)
{
    return (s && *s && strcmp(s, "-")) ? strdup(s) : NULL;
}

/* weak: a name from ICU's data, which also holds words that are common nouns
 * ("مالي" is Mali and "financial"); the tagger trusts a weak one-word name only when
 * the word is not a common word. */
static int add_gaz(struct loader *ld, const char *name, uint8_t type, uint16_t classes, uint8_t gender, int32_t kb,
                   int weak)
{
    struct lex_entry *e = entry_for(ld, name);
    if (!e)
        return -1;
    /* The knowledge base outranks the other lists, and the hand-made lists outrank ICU. */
    if ((e->kinds & LEX_GAZ) && ((e->kb >= 0 && kb < 0) || (!e->gaz_weak && weak)))
        return 0;
    e->gaz_weak = (uint8_t)weak;
    /* (1: spelled with ة by every list that has it; 2: with ه by one too, كيفه) */
    size_t len = strlen(name);
    if (len >= 2 && !strcmp(name + len - 2, "\xD8\xA9")) /* (ة in UTF-8) */
        e->gaz_ta_marbuta |= 1;
    else if (len >= 2 && !strcmp(name + len - 2, "\xD9\x87")) /* (ه) */
        e->gaz_ta_marbuta |= 2;
    e->kinds |= LEX_GAZ;
    e->gaz_type = type;
    e->gaz_classes = classes;
    e->gaz_gender = gender;
    e->kb = kb;
    return 0;
}

static int on_knowledge(struct loader *ld, char **f, int nf)
{
    if (need(ld, nf, 7, "id, type, classes, gender, english, wikidata, arabic names [, english names]") != 0)
        return -1;
    uint8_t type = 0, g = 0;
    uint16_t classes = 0;
    if (parse_type(ld, f[1], &type) != 0 || parse_classes(ld, f[2], &classes) != 0 ||
        parse_gender(ld, f[3], &g) != 0)
        return -1;
    if (strcmp(f[5], "-") && (f[5][0] != 'Q' || strspn(f[5] + 1, "0123456789") != strlen(f[5] + 1)))
        return fail(ld, "wikidata id must look like Q123 or be -, not '%s'", f[5]);
    struct lexicon *lx = ld->lx;
    struct kb_entry *kb = realloc(lx->kb, (lx->n_kb + 1) * sizeof *kb);
    if (!kb)
        return fail(ld, "out of memory");
    lx->kb = kb;
    struct kb_entry *k = &kb[lx->n_kb];
    char arabic_first[KEY_MAX];
    snprintf(arabic_first, sizeof arabic_first, "%s", f[6]);
    char *bar = strchr(arabic_first, '|');
    if (bar)
        *bar = 0;
    k->id = strdup(f[0]);
    k->english = strdup(f[4]);
    k->wikidata = dup_or_null(f[5]);
    k->arabic = strdup(arabic_first);
    k->type = type;
    if (!k->id || !k->english || !k->arabic)
        return fail(ld, "out of memory");
    int32_t kbi = (int32_t)lx->n_kb++;
    for (int col = 6; col < nf && col <= 7; col++) {
        char names[2048];
        snprintf(names, sizeof names, "%s", f[col]);
        for (char *save = NULL, *n = strtok_r(names, "|", &save); n; n = strtok_r(NULL, "|", &save)) {
            if (!strcmp(n, "-"))
                continue;
            int family_alone = n[0] == '~';
            n += family_alone;
            if (add_gaz(ld, n, type, classes, g, kbi, 0) != 0)
                return -1;
            if (family_alone)
                entry_for(ld, n)->gaz_family_alone = 1;
            /* "UN", "WHO", "X": an acronym names the entity only in capitals, not as
             * the words "un" or "who" */
            if (strspn(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ.") == strlen(n))
                entry_for(ld, n)->gaz_acronym = 1;
        }
    }
    if (add_gaz(ld, f[4], type, classes, g, kbi, 0) != 0)
        return -1;
    return 0;
}

static int on_place(struct loader *ld, char **f, int nf)
{
    if (need(ld, nf, 3, "name, type (GPE|LOC|WORD), english [, word]") != 0)
        return -1;
    if (nf >= 4 && f[3][0] && strcmp(f[3], "word"))
        return fail(ld, "the fourth field is empty or word, not '%s'", f[3]);
    if (!strcmp(f[1], "WORD")) {
        struct lex_entry *e = entry_for(ld, f[0]);
        if (!e)
            return -1;
        e->icu_word = 1;
        return 0;
    }
    uint8_t type = 0;
    if (parse_type(ld, f[1], &type) != 0)
        return -1;
    if (type != ENT_GPE && type != ENT_LOC)
        return fail(ld, "a place is GPE or LOC, not '%s'", f[1]);
    uint16_t classes = type == ENT_GPE ? CLASS_STATE : 0;
    if (add_gaz(ld, f[0], type, classes, GENDER_FEM, -1, 0) != 0)
        return -1;
    if (nf >= 4 && f[3][0])
        entry_for(ld, f[0])->gaz_word = 1;
    return add_gaz(ld, f[2], type, classes, GENDER_FEM, -1, 0);
}

/* institutions.tsv: bodies whose proper name carries no country (مجلس النواب): every
 * country that has one calls it so, so no knowledge-base identity can be given */
static int on_institution(struct loader *ld, char **f, int nf)
{
    if (need(ld, nf, 4, "name, classes, gender, english") != 0)
        return -1;
    uint16_t classes = 0;
    uint8_t g = 0;
    if (parse_classes(ld, f[1], &classes) != 0 || parse_gender(ld, f[2], &g) != 0)
        return -1;
    return add_gaz(ld, f[0], ENT_ORG, classes, g, -1, 0);
}

/* actors <side> <kb ids>: the two parties whose joint mention marks the pact's story */
static int on_actors(struct loader *ld, char **f, int nf)
{
    struct lexicon *lx = ld->lx;
    if (need(ld, nf, 3, "actors, side, knowledge-base ids separated by |") != 0)
        return -1;
    if (lx->n_sides == 2)
        return fail(ld, "only two sides of actors are supported");
    int side = ++lx->n_sides;
    if (!lx->kb_side) {
        lx->kb_side = calloc(lx->n_kb + 1, 1);
        if (!lx->kb_side)
            return fail(ld, "out of memory");
    }
    char ids[4096];
    snprintf(ids, sizeof ids, "%s", f[2]);
    for (char *save = NULL, *id = strtok_r(ids, "|", &save); id; id = strtok_r(NULL, "|", &save)) {
        size_t i;
        for (i = 0; i < lx->n_kb; i++)
            if (!strcmp(lx->kb[i].id, id))
                break;
        if (i == lx->n_kb)
            return fail(ld, "unknown knowledge-base id '%s'", id);
        lx->kb_side[i] = (uint8_t)side;
    }
    return 0;
}

static int on_topic(struct loader *ld, char **f, int nf)
{
    if (!strcmp(f[0], "actors"))
        return on_actors(ld, f, nf);
    if (need(ld, nf, 3, "id, label, keywords separated by |") != 0)
        return -1;
    struct lexicon *lx = ld->lx;
    if (lx->n_topics == TOPIC_MAX)
        return fail(ld, "more than %d topics", TOPIC_MAX);
    int t = lexicon_topic_index(lx, f[0]);
    if (t < 0) {
        t = lx->n_topics++;
        lx->topic_ids[t] = strdup(f[0]);
        lx->topic_labels[t] = strdup(f[1]);
        if (!lx->topic_ids[t] || !lx->topic_labels[t])
            return fail(ld, "out of memory");
        if (!strcmp(f[0], "pact"))
            lx->pact_topic = t;
    }
    char words[8192];
    snprintf(words, sizeof words, "%s", f[2]);
    for (char *save = NULL, *w = strtok_r(words, "|", &save); w; w = strtok_r(NULL, "|", &save)) {
        struct lex_entry *e = entry_for(ld, w);
        if (!e)
            return -1;
        e->kinds |= LEX_TOPIC;
        e->topics |= 1u << t;
    }
    return 0;
}

/* ---- file reading ---- */

static int read_file(const char *path, char **out, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return -1;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap + 1);
    while (buf) {
        size_t r = fread(buf + n, 1, cap - n, fp);
        n += r;
        if (n < cap)
            break;
        cap *= 2;
        char *nb = realloc(buf, cap + 1);
        if (!nb) {
            free(buf);
            buf = NULL;
        } else {
            buf = nb;
        }
    }
    int bad = !buf || ferror(fp);
    fclose(fp);
    if (bad) {
        free(buf);
        return -1;
    }
    buf[n] = 0;
    *out = buf;
    *len = n;
    return 0;
}

static int load_tsv(struct lexicon *lx, const char *dir, const char *name, line_fn fn, char *err, size_t errlen)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    struct loader ld = {lx, path, 0, err, errlen};
    char *buf;
    size_t len;
    if (read_file(path, &buf, &len) != 0) {
        snprintf(err, errlen, "%s: cannot read: %s", path, strerror(errno));
        return -1;
    }
    int rc = 0;
    char *save = NULL;
    for (char *line = buf, *next; line && rc == 0; line = next) {
        next = strchr(line, '\n');
        if (next)
            *next++ = 0;
        ld.line++;
        size_t l = strlen(line);
        if (l && line[l - 1] == '\r')
            line[--l] = 0;
        if (!l || line[0] == '#')
            continue;
        char *f[FIELDS_MAX];
        int nf = 0;
        for (char *p = line; p && nf < FIELDS_MAX;) {
            f[nf++] = p;
            p = strchr(p, '\t');
            if (p)
                *p++ = 0;
        }
        for (int i = 0; i < nf; i++) { /* trim spaces around fields */
            while (*f[i] == ' ')
                f[i]++;
            char *e = f[i] + strlen(f[i]);
            while (e > f[i] && e[-1] == ' ')
                *--e = 0;
        }
        if (!f[0][0]) {
            rc = fail(&ld, "empty first field");
            break;
        }
        rc = fn(&ld, f, nf);
    }
    (void)save;
    free(buf);
    return rc;
}

/* ---- ICU place names ---- */

/* weak: as add_gaz(); -1 for weak only when places.tsv calls the name a word. */
static int add_icu_name(struct lexicon *lx, const UChar *name, int32_t n, uint8_t type, uint16_t classes,
                        int weak, char *err, size_t errlen)
{
    char utf8[KEY_MAX * 3];
    UErrorCode st = U_ZERO_ERROR;
    u_strToUTF8(utf8, sizeof utf8, NULL, name, n, &st);
    if (U_FAILURE(st))
        return 0; /* a name too long to be useful */
    struct loader ld = {lx, "ICU locale data", 0, err, errlen};
    /* Skip display names with parentheses or commas: "كوريا (الشمالية)" style variants
     * are not how articles write them. (The Arabic comma is two bytes: strstr, not a
     * byte of strpbrk's set, whose lead byte most Arabic letters share.) */
    if (strpbrk(utf8, "(),") || strstr(utf8, "،"))
        return 0;
    if (weak < 0) {
        struct lex_entry *e = entry_for(&ld, utf8);
        if (!e)
            return -1;
        weak = e->icu_word;
    }
    return add_gaz(&ld, utf8, type, classes, GENDER_FEM, -1, weak);
}

static int load_icu_places(struct lexicon *lx, char *err, size_t errlen)
{
    static const char *const langs[] = {"ar", "en"};
    UChar name[KEY_MAX];
    for (int li = 0; li < 2; li++) {
        /* Countries and territories: display names of ISO 3166 regions. An Arabic one is
         * trusted although the common-word list may hold it (that list holds proper nouns
         * too: غانا، السنغال), unless places.tsv calls it a word. */
        for (const char *const *cc = uloc_getISOCountries(); *cc; cc++) {
            char loc[16];
            snprintf(loc, sizeof loc, "und_%s", *cc);
            UErrorCode st = U_ZERO_ERROR;
            int32_t n = uloc_getDisplayCountry(loc, langs[li], name, KEY_MAX, &st);
            if (U_SUCCESS(st) && st != U_USING_DEFAULT_WARNING && n > 0 &&
                add_icu_name(lx, name, n, ENT_GPE, CLASS_STATE, li == 0 ? -1 : 1, err, errlen) != 0)
                return -1;
        }
        /* Continents and sub-continents are places, not states. */
        static const URegionType kinds[] = {URGN_CONTINENT, URGN_SUBCONTINENT};
        for (int k = 0; k < 2; k++) {
            UErrorCode st = U_ZERO_ERROR;
            UEnumeration *en = uregion_getAvailable(kinds[k], &st);
            const char *code;
            while (U_SUCCESS(st) && (code = uenum_next(en, NULL, &st)) != NULL) {
                char loc[16];
                snprintf(loc, sizeof loc, "und_%s", code);
                UErrorCode st2 = U_ZERO_ERROR;
                int32_t n = uloc_getDisplayCountry(loc, langs[li], name, KEY_MAX, &st2);
                if (U_SUCCESS(st2) && n > 0 && add_icu_name(lx, name, n, ENT_LOC, 0, 1, err, errlen) != 0) {
                    uenum_close(en);
                    return -1;
                }
            }
            uenum_close(en);
        }
        /* Cities: exemplar cities of time zones, from the zone strings of each locale. */
        UErrorCode st = U_ZERO_ERROR;
        UResourceBundle *zones = ures_open(U_ICUDATA_NAME "-zone", langs[li], &st);
        UResourceBundle *zs = ures_getByKey(zones, "zoneStrings", NULL, &st);
        while (U_SUCCESS(st) && ures_hasNext(zs)) {
            UErrorCode st2 = U_ZERO_ERROR;
            UResourceBundle *z = ures_getNextResource(zs, NULL, &st2);
            if (U_SUCCESS(st2) && ures_getType(z) == URES_TABLE) {
                int32_t n = 0;
                const UChar *ec = ures_getStringByKey(z, "ec", &n, &st2);
                if (U_SUCCESS(st2) && n > 0 && n < KEY_MAX) {
                    u_strncpy(name, ec, n);
                    if (add_icu_name(lx, name, n, ENT_GPE, CLASS_STATE, 1, err, errlen) != 0) {
                        ures_close(z);
                        ures_close(zs);
                        ures_close(zones);
                        return -1;
                    }
                }
            }
            ures_close(z);
        }
        ures_close(zs);
        ures_close(zones);
    }
    return 0;
}

/* ---- the common-word list ---- */

static int load_wordlist(struct lexicon *lx, const char *path, char *err, size_t errlen)
{
    char *buf;
    size_t len;
    if (read_file(path, &buf, &len) != 0) {
        snprintf(err, errlen, "%s: cannot read word list: %s", path, strerror(errno));
        return -1;
    }
    lx->common = strtab_new();
    if (!lx->common) {
        free(buf);
        snprintf(err, errlen, "%s: out of memory", path);
        return -1;
    }
    int first = 1;
    for (char *line = buf, *next; line; line = next) {
        next = strchr(line, '\n');
        if (next)
            *next++ = 0;
        if (first) { /* hunspell's first line is the entry count */
            first = 0;
            continue;
        }
        line[strcspn(line, "/\t\r")] = 0;
        if (!line[0] || line[0] == ':' || strstr(line, ".dic"))
            continue;
        UChar key[KEY_MAX];
        int32_t n = fold_key(line, key, KEY_MAX);
        if (n > 0 && strtab_put(lx->common, key, n, 0, NULL) < 0) {
            free(buf);
            snprintf(err, errlen, "%s: out of memory", path);
            return -1;
        }
    }
    free(buf);
    return 0;
}

/* ---- public ---- */

static const struct {
    const char *file;
    line_fn fn;
} files[] = {
    {"stopwords.tsv", on_stopword},
    {"pronouns.tsv", on_pronoun},
    {"reporting_verbs.tsv", on_verb},
    {"complementizers.tsv", on_complementizer},
    {"source_markers.tsv", on_source},
    {"roles.tsv", on_role},
    {"org_heads.tsv", on_org_head},
    {"demonyms.tsv", on_demonym},
    {"statement_nouns.tsv", on_statement_noun},
    {"org_words_en.tsv", on_org_word_en},
    {"media_tails.tsv", on_media_tail},
    {"group_nouns.tsv", on_group},
    {"first_names.tsv", on_first_name},
    {"knowledge.tsv", on_knowledge},
    {"places.tsv", on_place},
    {"institutions.tsv", on_institution},
    {"topics.tsv", on_topic},
    /* last: a marker sense joins whatever entry its form already has */
    {"markers.tsv", on_marker},
};

int lexicon_load(struct lexicon *lx, const char *dir, const char *wordlist, char *err, size_t errlen)
{
    memset(lx, 0, sizeof *lx);
    lx->pact_topic = -1;
    lx->index = strtab_new();
    if (!lx->index) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++)
        if (load_tsv(lx, dir, files[i].file, files[i].fn, err, errlen) != 0)
            return -1;
    if (load_icu_places(lx, err, errlen) != 0)
        return -1;
    if (wordlist && *wordlist && load_wordlist(lx, wordlist, err, errlen) != 0)
        return -1;
    return 0;
}

void lexicon_release(struct lexicon *lx)
{
    strtab_free(lx->index);
    strtab_free(lx->common);
    strtab_free(lx->stems);
    for (int i = 0; i < lx->n_offices; i++)
        free(lx->offices[i].office);
    free(lx->entries);
    for (size_t i = 0; i < lx->n_kb; i++) {
        free(lx->kb[i].id);
        free(lx->kb[i].english);
        free(lx->kb[i].wikidata);
        free(lx->kb[i].arabic);
    }
    free(lx->kb);
    free(lx->kb_side);
    for (int i = 0; i < lx->n_topics; i++) {
        free(lx->topic_ids[i]);
        free(lx->topic_labels[i]);
    }
    memset(lx, 0, sizeof *lx);
}

const struct lex_entry *lexicon_get(const struct lexicon *lx, const struct ustr *parts, int nparts)
{
    uint32_t idx;
    if (!strtab_get_parts(lx->index, parts, nparts, &idx))
        return NULL;
    return &lx->entries[idx];
}


#define AR_WAW 0x0648
#define AR_FA 0x0641
#define AR_BA 0x0628
#define AR_LAM 0x0644
#define AR_KAF 0x0643
#define AR_ALEF 0x0627

int32_t lexicon_variant_form(const UChar *w, int32_t len, struct clitic_variant v, UChar *buf)
{
    int32_t k = 0;
    if (v.add_al) {
        buf[k++] = AR_ALEF;
        buf[k++] = AR_LAM;
    }
    for (int32_t i = v.skip; i < len; i++)
        buf[k++] = w[i];
    return k;
}

static const UChar article[] = {AR_ALEF, AR_LAM};

int lexicon_variant_pieces(const UChar *w, int32_t len, struct clitic_variant v, struct ustr *pieces,
                           uint32_t *hash)
{
    uint32_t h = STRTAB_HASH_INIT;
    int n = 0;
    if (v.add_al) {
        pieces[n++] = (struct ustr){article, 2};
        h = strtab_hash(h, article, 2);
    }
    pieces[n++] = (struct ustr){w + v.skip, len - v.skip};
    if (hash)
        *hash = strtab_hash(h, w + v.skip, len - v.skip);
    return n;
}

/* Suffixes tried when checking the common-word list:
 *   هما; ات يه ين ون ان ها هم كم نا وا تم (the last two verb endings); ه ي ا ت.
 * Bit sl-1 of the result is set when the word ends with a listed suffix of sl units;
 * a switch on the last unit, as this runs for every form of every word. */
#define AR_HEH 0x0647
#define AR_MEEM 0x0645
#define AR_TEH 0x062A
#define AR_YEH 0x064A
#define AR_NOON 0x0646
static unsigned suffix_lengths(const UChar *w, int32_t len)
{
    if (len < 1)
        return 0;
    UChar c1 = w[len - 1], c2 = len >= 2 ? w[len - 2] : 0, c3 = len >= 3 ? w[len - 3] : 0;
    switch (c1) {
    case AR_TEH:
        return 1u | (c2 == AR_ALEF ? 2u : 0);
    case AR_HEH:
        return 1u | (c2 == AR_YEH ? 2u : 0);
    case AR_YEH:
        return 1u;
    case AR_NOON:
        return c2 == AR_YEH || c2 == AR_WAW || c2 == AR_ALEF ? 2u : 0;
    case AR_MEEM:
        return c2 == AR_HEH || c2 == AR_KAF || c2 == AR_TEH ? 2u : 0;
    case AR_ALEF:
        return 1u | (c2 == AR_HEH || c2 == AR_NOON || c2 == AR_WAW ? 2u : 0) |
               (c2 == AR_MEEM && c3 == AR_HEH ? 4u : 0);
    default:
        return 0;
    }
}

static int common_get(const struct lexicon *lx, uint32_t h, const struct ustr *pieces, int n)
{
    uint32_t v;
    return strtab_get_pieces(lx->common, h, pieces, n, &v);
}

/* 1 when the form ("ال" in front when `al`, then w[0..len)) less a suffix (leaving
 * min_stem units) is a common word, or the form itself when `whole`. hs[i] is the hash
 * state after the form's first i units of w: a suffix cut off is an earlier state, not
 * a new hash. */
static void form_states(int al, const UChar *w, int32_t len, uint32_t *hs);

/* Is the suffix of length sl at the end of w a third-person pronoun (ه ها هم هما)? Not
 * نا or ك: foreign names end so too often (سابرينا، كريستينا). */
static int pronoun_suffix(const UChar *w, int32_t len, int32_t sl)
{
    UChar c1 = w[len - 1], c2 = len >= 2 ? w[len - 2] : 0;
    if (sl == 1)
        return c1 == AR_HEH;
    if (sl == 2)
        return c2 == AR_HEH && (c1 == AR_ALEF || c1 == AR_MEEM);
    return sl == 3 && len >= 3 && w[len - 3] == AR_HEH && c2 == AR_MEEM && c1 == AR_ALEF;
}

const struct lex_entry *lexicon_get_before_pronoun(const struct lexicon *lx, const UChar *w, int32_t len,
                                                   int32_t *suffix_len)
{
    UChar stem[64];
    for (int32_t sl = 1; sl <= 3; sl++) {
        int32_t m = len - sl;
        if (m < 2 || m > 64 || !pronoun_suffix(w, len, sl))
            continue;
        memcpy(stem, w, (size_t)m * sizeof(UChar));
        struct ustr u = {stem, m};
        const struct lex_entry *e = lexicon_get(lx, &u, 1);
        if (!e && stem[m - 1] == AR_TEH) {
            stem[m - 1] = AR_HEH; /* the ta marbuta folds to ه */
            e = lexicon_get(lx, &u, 1);
        }
        if (e) {
            *suffix_len = sl;
            return e;
        }
    }
    return NULL;
}

/* whole: 1 to try the form as written first, 0 not to, -1 (a stem already stripped of a
 * pronoun) not to and to strip no further pronoun. */
static int common_form(const struct lexicon *lx, int al, const UChar *w, int32_t len, int32_t min_stem,
                       const uint32_t *hs, int whole)
{
    static const UChar heh = AR_HEH;
    struct ustr pieces[3];
    int np = 0;
    if (al)
        pieces[np++] = (struct ustr){article, 2};
    pieces[np] = (struct ustr){w, len};
    if (whole != 0 && common_get(lx, hs[len], pieces, np + 1))
        return 1;
    int32_t n = len + (al ? 2 : 0);
    /* No suffix reaches into a leading "ال", so a suffix is always within w. */
    unsigned sls = suffix_lengths(w, len);
    for (int32_t sl = 1; sl <= 3; sl++) {
        if (!(sls & (1u << (sl - 1))) || n - sl < min_stem || sl > len)
            continue;
        int32_t m = len - sl;
        pieces[np].len = m;
        if (common_get(lx, hs[m], pieces, np + 1))
            return 1;
        /* the feminine plural of a noun in ta marbuta: اتفاقيات -> اتفاقية (folded ه) */
        if (sl == 2 && w[len - 1] == AR_TEH && w[m] == AR_ALEF && m >= 4) {
            pieces[np + 1] = (struct ustr){&heh, 1};
            if (common_get(lx, strtab_hash_unit(hs[m], heh), pieces, np + 2))
                return 1;
        }
        /* ta marbuta is written ت before a suffix: نظيرتها -> نظيرة (folded ه) */
        if (n - sl >= 3 && m >= 1 && w[m - 1] == AR_TEH && n - sl < 64) {
            pieces[np].len = m - 1;
            pieces[np + 1] = (struct ustr){&heh, 1};
            if (common_get(lx, strtab_hash_unit(hs[m - 1], heh), pieces, np + 2))
                return 1;
        }
        /* a pronoun on a word that itself ends in a suffix: تقديراته -> تقديرات -> تقدير,
         * خارجيتها -> خارجية -> خارجي (one level more, no deeper) */
        if (whole >= 0 && pronoun_suffix(w, len, sl) && n - sl >= 4) {
            if (common_form(lx, al, w, m, min_stem, hs, -1))
                return 1;
            if (w[m - 1] == AR_TEH && m >= 2) {
                UChar stem[64];
                memcpy(stem, w, (size_t)(m - 1) * sizeof(UChar));
                stem[m - 1] = heh;
                uint32_t hs2[65];
                form_states(al, stem, m, hs2);
                if (common_form(lx, al, stem, m, min_stem, hs2, -1))
                    return 1;
            }
        }
    }
    return 0;
}

/* The hash states of "ال" (when `al`) then w[0..len), after each unit of w: hs[0..len]. */
static void form_states(int al, const UChar *w, int32_t len, uint32_t *hs)
{
    hs[0] = al ? strtab_hash(STRTAB_HASH_INIT, article, 2) : STRTAB_HASH_INIT;
    for (int32_t i = 0; i < len; i++)
        hs[i + 1] = strtab_hash_unit(hs[i], w[i]);
}

/* common_form() of the whole form and its suffixes, hashed here. */
static int common_with_suffixes(const struct lexicon *lx, int al, const UChar *w, int32_t len, int32_t min_stem)
{
    uint32_t hs[65];
    form_states(al, w, len, hs);
    return common_form(lx, al, w, len, min_stem, hs, 1);
}

/* The stem behind a definite article, after clitic reading i: كوريه in الكوريه, والكوريه,
 * للكوريه (لل read as ل + ال). Keep four letters of stem after a clitic, or a foreign
 * name such as فاليريا would read as ف + ال + يري. */
static int common_article_stem(const struct lexicon *lx, const UChar *w, int32_t len, const struct clitic_variant *vs,
                               int i)
{
    const UChar *tail = w + vs[i].skip;
    int32_t tlen = len - vs[i].skip, n = tlen + (vs[i].add_al ? 2 : 0);
    if (n < 6 || !(vs[i].add_al || (tail[0] == AR_ALEF && tail[1] == AR_LAM)))
        return 0;
    const UChar *stem = vs[i].add_al ? tail : tail + 2;
    return common_with_suffixes(lx, 0, stem, n - 2, i > 0 ? 4 : 2);
}

/* The rest of lexicon_is_common once the word, its suffixes and its article stems are
 * not common: the other clitic readings. */
static int common_with_clitics(const struct lexicon *lx, const UChar *w, int32_t len, const struct clitic_variant *vs,
                               int nv)
{
    /* Clitic prefixes: keep at least three letters of stem so that short names are not
     * explained away as a clitic plus a two-letter word. Variant i reads as "ال" (add_al)
     * then w[skip..len), n units in all. */
    for (int i = 1; i < nv; i++) {
        const UChar *tail = w + vs[i].skip;
        int32_t tlen = len - vs[i].skip, n = tlen + (vs[i].add_al ? 2 : 0);
        /* و/ف leave a stem of three letters or more; ب/ل/ك four, or a name such as
         * لوسي would read as ل + a three-letter word */
        int32_t min = vs[i].skip == 1 && (w[0] == 0x0648 || w[0] == 0x0641) ? 3 : 4;
        if ((n >= min || vs[i].add_al) && common_with_suffixes(lx, vs[i].add_al, tail, tlen, 2))
            return 1;
    }
    /* future prefix on a present verb: سيزور، ستبحث */
    return len >= 5 && w[0] == 0x0633 && (w[1] == AR_YEH || w[1] == AR_TEH || w[1] == AR_NOON) &&
           common_with_suffixes(lx, 0, w + 1, len - 1, 3);
}

int lexicon_is_common(const struct lexicon *lx, const UChar *w, int32_t len)
{
    if (!lx->common || len <= 0 || len > 64)
        return 0;
    return lexicon_is_common_hashed(lx, w, len, strtab_hash(STRTAB_HASH_INIT, w, len));
}

int lexicon_is_common_as_written(const struct lexicon *lx, const UChar *w, int32_t len)
{
    if (!lx->common || len <= 0 || len > 64)
        return 0;
    struct ustr whole = {w, len};
    return common_get(lx, strtab_hash(STRTAB_HASH_INIT, w, len), &whole, 1);
}

int lexicon_is_common_hashed(const struct lexicon *lx, const UChar *w, int32_t len, uint32_t hash)
{
    if (!lx->common || len <= 0 || len > 64)
        return 0;
    /* Most words of an article are common as written: one lookup, no hashing. */
    struct ustr whole = {w, len};
    if (common_get(lx, hash, &whole, 1))
        return 1;
    /* The answer is whether any of the forms below is listed, whatever the order they
     * are tried in. The list holds stems without the article, so for the many words
     * that carry one the stem behind it is tried first. */
    struct clitic_variant vs[8];
    int nv = lexicon_clitic_variants(w, len, vs);
    for (int i = 0; i < nv; i++)
        if (common_article_stem(lx, w, len, vs, i))
            return 1;
    if (suffix_lengths(w, len)) {
        uint32_t hs[65];
        form_states(0, w, len, hs);
        if (common_form(lx, 0, w, len, 2, hs, 0))
            return 1;
    }
    return common_with_clitics(lx, w, len, vs, nv);
}

int lexicon_stem_marker(const struct lexicon *lx, const UChar *w, int32_t len, marker_set mask)
{
    /* only the lengths of the kinds asked for, up to the word's: one lookup, or none */
    uint64_t lengths = 0;
    for (uint32_t m = (uint32_t)(mask & ((1u << STEM_KIND_BITS) - 1)); m; m &= m - 1)
        lengths |= lx->stem_lengths[__builtin_ctz(m)];
    if (len < 63)
        lengths &= (2ull << len) - 1;
    for (; lengths; lengths &= lengths - 1) {
        int32_t n = __builtin_ctzll(lengths);
        uint32_t v;
        if (strtab_get(lx->stems, w, n, &v) && (v & mask) && len - n <= (int32_t)(v >> STEM_KIND_BITS))
            return 1;
    }
    return 0;
}

int lexicon_topic_index(const struct lexicon *lx, const char *id)
{
    for (int i = 0; i < lx->n_topics; i++)
        if (!strcmp(lx->topic_ids[i], id))
            return i;
    return -1;
}

const char *lexicon_office(const struct lexicon *lx, const struct lex_entry *e)
{
    for (int i = 0; i < lx->n_offices; i++)
        if (&lx->entries[lx->offices[i].entry] == e)
            return lx->offices[i].office;
    return NULL;
}
