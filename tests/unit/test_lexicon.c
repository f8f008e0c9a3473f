/*
 * test_lexicon.c — loading the data files: counts, a malformed line stops loading with
 * the file, the line and the reason, a missing file is named, ICU place names arrive.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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
    CHECK(lx.n_verbs > 200);
    CHECK(lx.n_kb > 50);
    CHECK(lx.n_topics >= 7);
    CHECK(lx.pact_topic >= 0);
    /* a country name from ICU's Arabic locale data that no file lists */
    UChar peru[] = {0x0628, 0x064A, 0x0631, 0x0648}; /* بيرو */
    struct ustr p = {peru, 4};
    const struct lex_entry *e = lexicon_get(&lx, &p, 1);
    CHECK(e && (e->kinds & LEX_GAZ));
    CHECK(!lexicon_is_common(&lx, peru, 4)); /* no word list loaded */
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

int main(void)
{
    test_loads();
    test_errors();
    return check_summary("test_lexicon");
}
