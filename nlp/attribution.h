/*
 * attribution.h — who said it: speakers resolved to entities, with coreference.
 *
 * A named speaker links to its entity; a surname alone to the full name; a role noun
 * (الخبير، الصحيفة) to the most recent speaker of a compatible class; an attached
 * pronoun (لكنه) or a verb with no subject (ويتابع) to the speaker in focus, checked
 * against the verb's gender. Each quote records how it was resolved.
 */
#ifndef QAWL_ATTRIBUTION_H
#define QAWL_ATTRIBUTION_H

struct arena;
struct doc;
struct lexicon;

int attribution_resolve(struct doc *d, struct arena *a, const struct lexicon *lx);

#endif
