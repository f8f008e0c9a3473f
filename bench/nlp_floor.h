/*
 * nlp_floor.h — the NLP floor: the least any ICU-based analyser of this text must do.
 *
 * ICU's UTF-8 -> UTF-16 conversion (u_strFromUTF8) and one pass of the sentence and the
 * word BreakIterator over the result, with the iterators opened once and reused through
 * ubrk_setText, as qawl's worker does. The pipeline is measured against this.
 */
#ifndef QAWL_BENCH_NLP_FLOOR_H
#define QAWL_BENCH_NLP_FLOOR_H

#include <stddef.h>

struct nlp_floor;

/* Opens the iterators (sentence "ar", word "ar", like qawl's worker). NULL with a
 * reason in err on failure. The caller owns it; release with nlp_floor_free(). */
struct nlp_floor *nlp_floor_new(char *err, size_t errlen);
void nlp_floor_free(struct nlp_floor *f);

/* Times of the three parts of one run, in seconds. */
struct nlp_floor_times {
    double convert, sentences, words;
};

/* Converts utf8[0..len) and iterates sentences and words. Returns the number of words
 * (word-break segments whose rule status is a letter, number, kana or ideograph run)
 * or -1 when the text is not valid UTF-8 or memory runs out. `times` may be NULL;
 * when given, each part is timed separately (a little slower). */
long nlp_floor_run(struct nlp_floor *f, const char *utf8, size_t len, struct nlp_floor_times *times);

/* Sentences found by the last run. */
long nlp_floor_sentences(const struct nlp_floor *f);

#endif
