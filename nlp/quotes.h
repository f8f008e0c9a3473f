/*
 * quotes.h — finding quotations: cue, content and the phrase that names the speaker.
 *
 * Cues are reporting verbs followed by a complementiser, a colon or an opening quotation
 * mark (verb first and speaker first), participles that continue a speaker (مؤكدا أن),
 * nominal cues (الإشارة إلى أن), relative cues (وهو ما أكده X), source attributions
 * (بحسب X before or after the clause), headlines ("X: ...") and quotation marks
 * themselves. Speakers are left as spans here; attribution.h resolves them.
 */
#ifndef QAWL_QUOTES_H
#define QAWL_QUOTES_H

struct arena;
struct doc;
struct lexicon;

int quotes_find(struct doc *d, struct arena *a, const struct lexicon *lx);

#endif
