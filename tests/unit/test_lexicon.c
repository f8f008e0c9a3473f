/*
 * test_lexicon.c — loading the data files: counts, a malformed line stops loading with
 * the file, the line and the reason, a missing file is named, ICU place names arrive.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "nlp/doc.h"
#include "nlp/lexicon.h"
#include "nlp/pipeline.h"
#include "tests/unit/check.h"

static char dir[] = "/tmp/qawl-test-lexicon-XXXXXX";

static void copy_lexicons(void)
{
    char cmd[512];
    snprintf(cmd, sizeof cmd, "cp config/lexicons/*.tsv %s/", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "copy failed\n");
}

static void append(const char *file, const char *line)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, file);
    FILE *f = fopen(path, "a");
    if (!f)
        return;
    fputs(line, f);
    fclose(f);
}

static void test_loads(void)
{
    struct lexicon lx;
    char err[512] = "";
    CHECK_INT(lexicon_load(&lx, "config/lexicons", NULL, err, sizeof err), 0);
    /* the extras of reporting_verbs.tsv land on their fields: نقل relays by عن, علمت by من */
    {
        static const UChar naqala[] = {0x0646, 0x0642, 0x0644}, alimat[] = {0x0639, 0x0644, 0x0645, 0x062A};
        struct ustr k1 = {naqala, 3}, k2 = {alimat, 4};
        const struct lex_entry *e1 = lexicon_get(&lx, &k1, 1), *e2 = lexicon_get(&lx, &k2, 1);
        CHECK(e1 && e1->verb_relay == 1);
        CHECK(e2 && e2->verb_relay == 2);
    }
    /* stopwords.tsv kinds, comma separated, land on the entry: في is a town's preposition
     * and opens when the words were said; إلا opens a clause; في حين is a contrast */
    {
        static const UChar fi[] = {0x0641, 0x064A}, illa[] = {0x0627, 0x0644, 0x0627}, hin[] = {0x062D, 0x064A, 0x0646};
        struct ustr k1 = {fi, 2}, k2 = {illa, 3}, k3[2] = {{fi, 2}, {hin, 3}};
        const struct lex_entry *e1 = lexicon_get(&lx, &k1, 1), *e2 = lexicon_get(&lx, &k2, 1), *e3 = lexicon_get(&lx, k3, 2);
        CHECK(e1 && (e1->kinds & LEX_STOP) && (e1->stop_flags & STOP_PLACE) && (e1->stop_flags & STOP_WHEN_SAID));
        CHECK(e2 && (e2->stop_flags & STOP_EXCEPT) && !(e2->stop_flags & STOP_WHEN_SAID));
        CHECK(e3 && (e3->kinds & LEX_CONJ_BREAK) && (e3->markers & MARK_CONTRAST));
        static const UChar lakin[] = {0x0644, 0x0643, 0x0646};
        struct ustr k4 = {lakin, 3};
        const struct lex_entry *e4 = lexicon_get(&lx, &k4, 1);
        CHECK(e4 && (e4->kinds & LEX_CONJ_BREAK) && (e4->stop_flags & STOP_BUT) && !(e4->stop_flags & STOP_EXCEPT));
    }
    /* marker kinds past the 32nd bit land on the entry (ردا: reply), and a stem kind
     * matches a word that goes on from it (سؤالها) but not one that merely shares letters */
    {
        static const UChar radda[] = {0x0631, 0x062F, 0x0627},
                           suaalha[] = {0x0633, 0x0648, 0x0627, 0x0644, 0x0647, 0x0627}, suar[] = {0x0633, 0x0648, 0x0631};
        struct ustr k1 = {radda, 3};
        const struct lex_entry *e1 = lexicon_get(&lx, &k1, 1);
        CHECK(e1 && (e1->kinds & LEX_MARKER) && (e1->markers & MARK_REPLY) && !(e1->markers & MARK_OCCASION));
        CHECK(lexicon_stem_marker(&lx, suaalha, 6, MARK_ASKED));
        CHECK(!lexicon_stem_marker(&lx, suaalha, 6, MARK_AFFILIATED));
        CHECK(!lexicon_stem_marker(&lx, suar, 3, MARK_ASKED));
    }
    /* the accusative of a title or a group is derived (تاجرا، سكانا), but never over a
     * form listed with another sense before (ما, a stop word, is not the title م + ا) */
    {
        static const UChar tajiran[] = {0x062A, 0x0627, 0x062C, 0x0631, 0x0627},
                           sukkanan[] = {0x0633, 0x0643, 0x0627, 0x0646, 0x0627}, ma[] = {0x0645, 0x0627};
        struct ustr k1 = {tajiran, 5}, k2 = {sukkanan, 5}, k3 = {ma, 2};
        const struct lex_entry *e1 = lexicon_get(&lx, &k1, 1), *e2 = lexicon_get(&lx, &k2, 1), *e3 = lexicon_get(&lx, &k3, 1);
        CHECK(e1 && (e1->kinds & LEX_GROUP) && e1->role_gender == GENDER_MASC);
        CHECK(e2 && (e2->kinds & LEX_GROUP) && e2->role_gender == GENDER_PLURAL);
        CHECK(e3 && (e3->kinds & LEX_STOP) && !(e3->kinds & LEX_GROUP));
    }
    /* a title with its owner's pronoun (مديرها) derives no article form ("المديرها"),
     * which would fold like a feminine noun (الرئيسه like الرئيسة) */
    {
        static const UChar al_mudiruha[] = {0x0627, 0x0644, 0x0645, 0x062F, 0x064A, 0x0631, 0x0647, 0x0627},
                           mudiruha[] = {0x0645, 0x062F, 0x064A, 0x0631, 0x0647, 0x0627};
        struct ustr k1 = {al_mudiruha, 8}, k2 = {mudiruha, 6};
        CHECK(lexicon_get(&lx, &k1, 1) == NULL);
        const struct lex_entry *e2 = lexicon_get(&lx, &k2, 1);
        CHECK(e2 && (e2->kinds & LEX_TITLE));
    }
    /* a title with a pronoun in ه (نائبه، مديره) folds with the feminine noun in ة
     * (نائبة، مديرة), which keeps its gender (keys as folded: ئ as ي) */
    {
        static const UChar naiba[] = {0x0646, 0x0627, 0x064A, 0x0628, 0x0647}, mudira[] = {0x0645, 0x062F, 0x064A, 0x0631, 0x0647};
        struct ustr k1 = {naiba, 5}, k2 = {mudira, 5};
        const struct lex_entry *e1 = lexicon_get(&lx, &k1, 1), *e2 = lexicon_get(&lx, &k2, 1);
        CHECK(e1 && (e1->kinds & LEX_TITLE) && e1->role_gender == GENDER_FEM);
        CHECK(e2 && (e2->kinds & LEX_TITLE) && e2->role_gender == GENDER_FEM);
    }
    CHECK(lx.n_verbs > 200);
    CHECK(lx.n_kb > 50);
    CHECK(lx.n_topics >= 7);
    CHECK(lx.pact_topic >= 0);
    /* country names from ICU's Arabic locale data that no file lists are trusted, since
     * the common-word list holds proper nouns too (غانا); one places.tsv calls a word
     * (بنين "sons") and a time zone's city (هونولولو) need an uncommon word */
    UChar guyana[] = {0x063A, 0x064A, 0x0627, 0x0646, 0x0627}; /* غيانا */
    UChar barbados[] = {0x0628, 0x0631, 0x0628, 0x0627, 0x062F, 0x0648, 0x0633}; /* بربادوس */
    UChar benin[] = {0x0628, 0x0646, 0x064A, 0x0646}; /* بنين */
    UChar honolulu[] = {0x0647, 0x0648, 0x0646, 0x0648, 0x0644, 0x0648, 0x0644, 0x0648}; /* هونولولو */
    struct ustr p = {guyana, 5}, p2 = {barbados, 7}, p3 = {benin, 4}, p4 = {honolulu, 8};
    const struct lex_entry *e = lexicon_get(&lx, &p, 1), *e2 = lexicon_get(&lx, &p2, 1);
    const struct lex_entry *e3 = lexicon_get(&lx, &p3, 1), *e4 = lexicon_get(&lx, &p4, 1);
    CHECK(e && (e->kinds & LEX_GAZ) && !e->gaz_weak && e->gaz_type == ENT_GPE);
    CHECK(e2 && (e2->kinds & LEX_GAZ) && !e2->gaz_weak);
    CHECK(e3 && (e3->kinds & LEX_GAZ) && e3->gaz_weak && e3->icu_word);
    CHECK(e4 && (e4->kinds & LEX_GAZ) && e4->gaz_weak);
    CHECK(!lexicon_is_common(&lx, guyana, 5)); /* no word list loaded */
    /* pronouns.tsv's office: سعادته is said of an ambassador, هو of no office */
    {
        static const UChar saadatuh[] = {0x0633, 0x0639, 0x0627, 0x062F, 0x062A, 0x0647}, huwa[] = {0x0647, 0x0648};
        struct ustr k1 = {saadatuh, 6}, k2 = {huwa, 2};
        const struct lex_entry *honorific = lexicon_get(&lx, &k1, 1), *pronoun = lexicon_get(&lx, &k2, 1);
        const char *office = honorific ? lexicon_office(&lx, honorific) : NULL;
        CHECK(office && !strcmp(office, "سفير"));
        CHECK(pronoun && lexicon_office(&lx, pronoun) == NULL);
    }
    lexicon_release(&lx);
}

static void test_errors(void)
{
    struct lexicon lx;
    char err[512] = "";
    CHECK(mkdtemp(dir) != NULL);
    copy_lexicons();
    append("reporting_verbs.tsv", "صرخ\tyesterday\tm\t0\n");
    CHECK_INT(lexicon_load(&lx, dir, NULL, err, sizeof err), -1);
    CHECK(strstr(err, "reporting_verbs.tsv:") != NULL);
    CHECK(strstr(err, "aspect must be") != NULL);
    lexicon_release(&lx);

    copy_lexicons();
    append("reporting_verbs.tsv", "صرخ\tpast\tm\t0\tloudly\n");
    CHECK_INT(lexicon_load(&lx, dir, NULL, err, sizeof err), -1);
    CHECK(strstr(err, "extra must be") != NULL && strstr(err, "'loudly'") != NULL);
    lexicon_release(&lx);

    copy_lexicons();
    append("knowledge.tsv", "x\tPERSON\tperson\tm\tX\tQ12a\tس\n");
    CHECK_INT(lexicon_load(&lx, dir, NULL, err, sizeof err), -1);
    CHECK(strstr(err, "wikidata id") != NULL);
    lexicon_release(&lx);

    copy_lexicons();
    append("roles.tsv", "خبير\ttitle\tastronaut\tm\n");
    CHECK_INT(lexicon_load(&lx, dir, NULL, err, sizeof err), -1);
    CHECK(strstr(err, "unknown class 'astronaut'") != NULL);
    lexicon_release(&lx);

    copy_lexicons();
    append("stopwords.tsv", "لدن\tplace,sometimes\n");
    CHECK_INT(lexicon_load(&lx, dir, NULL, err, sizeof err), -1);
    CHECK(strstr(err, "stopwords.tsv:") != NULL && strstr(err, "unknown kind 'sometimes'") != NULL);
    lexicon_release(&lx);

    copy_lexicons();
    char path[256];
    snprintf(path, sizeof path, "%s/topics.tsv", dir);
    unlink(path);
    CHECK_INT(lexicon_load(&lx, dir, NULL, err, sizeof err), -1);
    CHECK(strstr(err, "topics.tsv: cannot read") != NULL);
    lexicon_release(&lx);

    /* the public entry point reports the same, and a missing word list too */
    copy_lexicons();
    struct model_options mo = {dir, "/nonexistent/ar.dic"};
    CHECK(model_load(&mo, err, sizeof err) == NULL);
    CHECK(strstr(err, "/nonexistent/ar.dic") != NULL);
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    CHECK_INT(system(cmd), 0);
}

/* Key i of the strtab test: "k<i in base 7>", with a space before the last unit when i
 * is odd so that multi-part lookups have something to join. */
static int32_t strtab_key(uint32_t i, UChar *buf)
{
    int32_t n = 0;
    buf[n++] = 0x0643;
    do {
        buf[n++] = (UChar)(0x0627 + i % 7);
        i /= 7;
    } while (i);
    if (n > 2 && (buf[1] & 1)) {
        buf[n] = buf[n - 1];
        buf[n - 1] = ' ';
        n++;
    }
    return n;
}

/* The table through its growth and its filter: every key is found by each kind of
 * lookup, split at every place, and keys never put are not. */
static void test_strtab(void)
{
    struct strtab *t = strtab_new();
    CHECK(t != NULL);
    if (!t)
        return;
    enum { N = 40000 };
    UChar k[32];
    int bad = 0;
    for (uint32_t i = 0; i < N; i++)
        bad += strtab_put(t, k, strtab_key(i, k), i * 3, NULL) != 0;
    CHECK_INT(bad, 0);
    CHECK_INT(strtab_count(t), N);
    uint32_t v = 0;
    CHECK_INT(strtab_put(t, k, strtab_key(77, k), 5, &v), 1);
    CHECK_INT(v, 77 * 3);
    CHECK_INT(strtab_set(t, k, strtab_key(78, k), 12345), 0);
    for (uint32_t i = 0; i < N; i++) {
        int32_t n = strtab_key(i, k);
        uint32_t want = i == 78 ? 12345 : i * 3;
        v = ~0u;
        bad += !strtab_get(t, k, n, &v) || v != want;
        /* as parts joined by the space, when the key has one */
        for (int32_t sp = 0; sp < n; sp++) {
            if (k[sp] != ' ')
                continue;
            struct ustr parts[2] = {{k, sp}, {k + sp + 1, n - sp - 1}};
            v = ~0u;
            bad += !strtab_get_parts(t, parts, 2, &v) || v != want;
        }
        /* as pieces cut anywhere, with the hash carried across them */
        for (int32_t cut = 0; cut <= n; cut++) {
            struct ustr pieces[2] = {{k, cut}, {k + cut, n - cut}};
            uint32_t h = strtab_hash(strtab_hash(STRTAB_HASH_INIT, k, cut), k + cut, n - cut);
            v = ~0u;
            bad += !strtab_get_pieces(t, h, pieces, 2, &v) || v != want;
        }
    }
    CHECK_INT(bad, 0);
    int found = 0;
    for (uint32_t i = N; i < 3 * N; i++) {
        int32_t n = strtab_key(i, k);
        struct ustr piece = {k, n};
        found += strtab_get(t, k, n, &v);
        found += strtab_get_pieces(t, strtab_hash(STRTAB_HASH_INIT, k, n), &piece, 1, &v);
    }
    CHECK_INT(found, 0);
    CHECK_INT(strtab_set(t, k, strtab_key(N, k), 1), -1);
    strtab_free(t);
}

/* A lookup given a key's hash but other units, one changed at each place, or one fewer
 * or more, of keys of every length up to 13: the compare, not the hash, must refuse
 * them, in one piece and cut in two. */
static void test_strtab_compare(void)
{
    struct strtab *t = strtab_new();
    CHECK(t != NULL);
    if (!t)
        return;
    UChar keys[14][14];
    for (int32_t n = 1; n <= 13; n++) {
        for (int32_t i = 0; i < n; i++)
            keys[n][i] = (UChar)(0x0627 + (i * 5 + n) % 20);
        CHECK_INT(strtab_put(t, keys[n], n, (uint32_t)n, NULL), 0);
    }
    int bad = 0;
    for (int32_t n = 1; n <= 13; n++) {
        uint32_t h = strtab_hash(STRTAB_HASH_INIT, keys[n], n), v = 0;
        UChar k[15];
        memcpy(k, keys[n], (size_t)n * sizeof(UChar));
        for (int32_t cut = 0; cut <= n; cut++) {
            struct ustr pieces[2] = {{k, cut}, {k + cut, n - cut}};
            bad += !strtab_get_pieces(t, h, pieces, 2, &v) || v != (uint32_t)n;
        }
        struct ustr whole = {k, n};
        bad += !strtab_get_pieces(t, h, &whole, 1, &v) || v != (uint32_t)n;
        for (int32_t i = 0; i < n; i++) {
            k[i] ^= 0x10;
            bad += strtab_get_pieces(t, h, &whole, 1, &v);
            for (int32_t cut = 0; cut <= n; cut++) {
                struct ustr pieces[2] = {{k, cut}, {k + cut, n - cut}};
                bad += strtab_get_pieces(t, h, pieces, 2, &v);
            }
            k[i] ^= 0x10;
        }
        k[n] = 0x0627;
        struct ustr longer = {k, n + 1}, shorter = {k, n - 1};
        bad += strtab_get_pieces(t, h, &longer, 1, &v) + strtab_get_pieces(t, h, &shorter, 1, &v);
    }
    CHECK_INT(bad, 0);
    strtab_free(t);
}

int main(void)
{
    test_strtab();
    test_strtab_compare();
    test_loads();
    test_errors();
    return check_summary("test_lexicon");
}
