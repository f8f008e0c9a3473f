/*
 * tokens.h — words, numbers and punctuation marks, from ICU's word BreakIterator, each
 * with its matching form and the lexicon entry it (or its clitic-stripped form) has.
 */
#ifndef QAWL_TOKENS_H
#define QAWL_TOKENS_H

#include <unicode/ubrk.h>

struct arena;
struct doc;
struct lexicon;

/* Fills d->tokens (and each sentence's token range) using `bi`, a UBRK_WORD iterator
 * owned by the caller. Whitespace is not a token; every other character outside a word
 * is a one-character punctuation token. Needs d->sentences. 0 or -1 (arena, ICU). */
int tokens_split(struct doc *d, struct arena *a, UBreakIterator *bi);

/* Looks every token up in the lexicon (trying clitic variants) and in the common-word
 * list; sets tok->lex, tok->lex_prefix and TOKF_COMMON. */
void tokens_tag(struct doc *d, const struct lexicon *lx);

#endif
