/*
 * topics.h — what each quotation is about, from the topic lexicon, and how much the
 * article is about the Russia–North Korea pact.
 */
#ifndef QAWL_TOPICS_H
#define QAWL_TOPICS_H

struct doc;
struct lexicon;

/* Sets quote->topics for every quote, d->topics and d->pact_relevance. */
void topics_assign(struct doc *d, const struct lexicon *lx);

#endif
