/*
 * entities.h — people, organisations, states and places, with every mention.
 *
 * Three sources of evidence, strongest first: the knowledge base and ICU place names
 * (longest match, through clitics); phrases built around a head noun ("صحيفة ...",
 * "وزارة ..."); and person names read from their context — the words after a title or
 * a role ("الباحث في النزاعات الدولية فيودور كوزمين") that are given names or words no
 * common-word list knows. A surname alone later in the text is a mention of the person.
 */
#ifndef QAWL_ENTITIES_H
#define QAWL_ENTITIES_H

#include <stdint.h>

struct arena;
struct doc;
struct lexicon;

/* Fills d->entities and d->mentions. 0, or -1 when the arena is exhausted. */
int entities_find(struct doc *d, struct arena *a, const struct lexicon *lx);

/* The one person named before token k whose name opens with the word at k, a given name
 * (the same letters, then a space), or -1: none, or two who share it. Valid after
 * entities_find; a scan of the entities, for the rare word that needs it. */
int32_t entities_person_by_given_name(const struct doc *d, int32_t k);

/* The same for the last word of the name, a family name: "خو:" opening an interview's
 * answer is دميتري خو, named before (a short word no surname pass takes alone). */
int32_t entities_person_by_family_name(const struct doc *d, int32_t k);

/* Index of the mention that covers token k, or -1. Valid after entities_find. */
int32_t entities_mention_at(const struct doc *d, int32_t k);

#endif
