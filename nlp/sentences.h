/*
 * sentences.h — sentence spans: ICU's sentence BreakIterator plus what news text needs
 * and ICU lacks: sentences glued without a space ("الأمد.وقال"), headings and lines with
 * no final punctuation (ICU already ends a sentence at a line break), and the
 * "— Name (@handle) date" line that closes an embedded social-media post.
 */
#ifndef QAWL_SENTENCES_H
#define QAWL_SENTENCES_H

#include <stdint.h>
#include <unicode/ubrk.h>

struct arena;
struct doc;
struct text;

/*
 * ICU's sentence boundaries over a text, with ICU's rule machine run over a shorter text.
 *
 * What it guarantees: sentbreak_next() returns exactly what ubrk_next() returns after
 * ubrk_first() over the whole text: every boundary after 0, then UBRK_DONE.
 *
 * How: in a run of Arabic letters and spaces that starts and ends with a letter
 * ("قال الوزير إن"), no sentence can end (UAX #29 SB998: only a terminator or a
 * paragraph separator ends one), and what the characters on either side see of it is a
 * letter of class OLetter. The rules that look past their neighbour (SB8's look-ahead
 * for a lower-case letter) stop at any letter. So ICU is handed the text with every such
 * run cut to its first and last letter, which gives it the same boundaries, and each
 * boundary is mapped back. Most of an Arabic article is such runs.
 * tests/unit/test_sentbreak.c compares every boundary with ICU over the whole text.
 */
struct sentbreak {
    UBreakIterator *bi;
    const int32_t *at;  /* arena; for each unit handed to ICU, its index in the text */
    int32_t n;          /* units handed to ICU */
    int32_t len;        /* the text's length */
};

/* Builds the shorter text in `a` and sets it as `bi`'s text (both must outlive the
 * struct). 0, or -1 when the arena is exhausted or ICU fails. */
int sentbreak_start(struct sentbreak *sb, const struct text *t, struct arena *a, UBreakIterator *bi);
/* The next boundary in the text, or UBRK_DONE after its end. */
int32_t sentbreak_next(struct sentbreak *sb);

/* Fills d->sentences from d->text using `bi` (a UBRK_SENTENCE iterator owned by the
 * caller; its text is replaced). Sentences are trimmed of surrounding whitespace and
 * never empty. 0, or -1 when the arena is exhausted or ICU fails. */
int sentences_split(struct doc *d, struct arena *a, UBreakIterator *bi);

/* 1 when position i of u16 is a full stop, question or exclamation mark glued between
 * two letters, which in news text ends a sentence. Shared with the tokenizer. */
int sentences_is_glued_stop(const UChar *u16, int32_t len, int32_t i);

/* 1 when the full stop at i follows a lone Arabic letter ("د.منيرة"، "م. سالم"): an
 * abbreviated title (doctor, engineer, professor). The tokenizer still splits such a
 * glued stop off; the sentence goes on. */
int sentences_is_title_abbreviation(const UChar *u16, int32_t len, int32_t i);

/* 1 when the full stop at i joins a site's name to its domain written in Arabic
 * letters ("برلمان.كوم"): the tokenizer splits it off; the sentence goes on. */
int sentences_is_site_name_dot(const UChar *u16, int32_t len, int32_t i);

#endif
