/*
 * sentences.h — sentence spans: ICU's sentence BreakIterator plus what news text needs
 * and ICU lacks: sentences glued without a space ("الأمد.وقال"), headings and lines with
 * no final punctuation (ICU already ends a sentence at a line break), and the
 * "— Name (@handle) date" line that closes an embedded social-media post.
 */
#ifndef QAWL_SENTENCES_H
#define QAWL_SENTENCES_H

#include <unicode/ubrk.h>

struct arena;
struct doc;

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
